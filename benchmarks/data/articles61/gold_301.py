"""Gold of article 301: Tafas and al-Muzayrib, al-Musayfirah, Nawa, al-Sanamayn, Jasim and al-Karak al-Sharqi
(Daraa, Syria), a Horan opposition news site, 2020-10-13 (Tue). Mostly about clashes between armed groups,
kidnappings, assassinations and arrests."""
from actors_places import (
    AFI,
    CC_RU,
    CENTRAL_COMMITTEE,
    DARAA_CITY,
    DARAA_FACTIONS_RU,
    DARAA_GOV,
    EIGHTH_BRIGADE,
    FOURTH_DIV,
    JASIM,
    JASIM_VICTIM,
    KARAK,
    MAHAJJA_YOUTHS,
    MUSAYFIRAH,
    MUSAYFIRAH_BUSRA,
    MUSAYFIRAH_DETAINEES,
    MUSAYFIRAH_FIGHT,
    NAWA,
    NAWA_FAMILY,
    NAWA_KIDNAPPERS,
    NAWA_PHARMACIST,
    REGIME_2018,
    REGIME_VEHICLE,
    RU_OFFICER,
    SANAMAYN,
    TAFAS,
    TAFAS_COMMANDER,
    TAFAS_NOTABLE,
    TAFAS_PEOPLE,
    TAFAS_ROAD,
    UNKNOWN,
    WANTED_SIX,
    YADUDAH,
)
from common import ABDUCTION, AGREEMENT, ARREST, ATTACK, CLASH, MINE, TRANSFER, D, E, paras_of

SLUG = "tafas_2020_muzayrib_musayfirah_nawa_jasim"
TODAY = D("2020-10-13")
YESTERDAY = D("2020-10-12")
SUMMER_2018 = D("2018-07-15", "month", ("2018-06-15", "2018-08-15"))
ARTICLE = dict(
    id="team61-301", slug=SLUG, published="2020-10-13",
    outlet="Nawafidh Horan opposition news site (fictional)",
    paras=paras_of(f"301_{SLUG}.txt"),
    events=[
        # the ambush on the former commander's car on the Tafas–al-Muzayrib road «مساء أمس الإثنين»:
        # headline 0 («بكمين»), lead 1 (our correspondent: the commander and his companion, two; the shooting
        # and the flight are the same act), the follow-up 6 (a medical source: two bodies and a wounded
        # passer-by; a documentation office: three dead) and the retelling 10 (pro-government pages: «سقط» in
        # a quarrel over loot) → 2 vs 3 → 2
        E(True, ["ASSAULT"], [0, 1, 6, 10], "استهداف سيارتهما", ["asserted", "reported"], mode="assassinate",
          source=UNKNOWN, recipient=TAFAS_COMMANDER, location=TAFAS_ROAD, date=YESTERDAY, fatalities=2,
          attribution=["مراسلنا", "مصدر طبي في المشفى الوطني بمدينة درعا",
                       "«مكتب توثيق الانتهاكات في الجنوب»", "صفحات موالية للنظام"],
          acled=ATTACK, tpara=1),
        # one sentence, two events: the dawn fight in al-Musayfirah between the Eighth Brigade and a local
        # group working for Military Security (two-sided: both are sources; one of the group killed), and the
        # Brigade's arrest of four of the group, taken to Busra al-Sham
        E(True, ["ASSAULT"], [0, 2], "اشتباكات", ["asserted", "reported"], mode="firearms",
          source=MUSAYFIRAH_FIGHT, location=MUSAYFIRAH, date=TODAY, fatalities=1,
          attribution=["مصدر عسكري في اللواء"], acled=CLASH, tpara=2),
        E(True, ["COERCE"], [2], "يعتقل", ["asserted", "reported"], mode="arrest",
          source=EIGHTH_BRIGADE, recipient=MUSAYFIRAH_DETAINEES, location=MUSAYFIRAH_BUSRA, date=TODAY,
          attribution=["مصدر عسكري في اللواء"], acled=ARREST),
        # the pharmacist of Nawa kidnapped «ظهر أمس» (passive); his release in ¶15 points back at it; the
        # ransom demand optional
        E(True, ["ASSAULT"], [3, 15], "واختُطف", ["asserted", "reported"], mode="abduct",
          source=NAWA_KIDNAPPERS, recipient=NAWA_PHARMACIST, location=NAWA, date=YESTERDAY,
          attribution=["أحد أقاربه"], acled=ABDUCTION),
        E(False, ["REQUEST", "THREATEN"], [3], "وطالب الخاطفون", ["asserted", "reported"],
          source=NAWA_KIDNAPPERS, recipient=NAWA_FAMILY, location=NAWA, date=None),
        # paragraph 4 (western Daraa's chronic disorder since the settlement) holds no event
        # three young men of Mahajjah arrested at an Air Force Intelligence checkpoint near al-Sanamayn
        E(True, ["COERCE"], [5], "اعتقلت", ["asserted", "reported"], mode="arrest",
          source=AFI, recipient=MAHAJJA_YOUTHS, location=SANAMAYN, date=TODAY,
          attribution=["ناشطين من المنطقة"], acled=ARREST),
        # the Central Committee's meeting with a Russian officer in Daraa city and its demand (what it asks:
        # an end to arrests, the Fourth Division's «hand» off the villages, the fate of detainees, is
        # content); «اتفاق التسوية» is the 2018 agreement of ¶13
        E(True, ["CONSULT"], [7], "اجتماعاً", ["asserted", "reported"], mode="visit",
          source=CENTRAL_COMMITTEE, recipient=RU_OFFICER, location=DARAA_CITY, date=TODAY,
          attribution=["أحد الحاضرين"]),
        E(True, ["REQUEST"], [7], "طالبوا", ["asserted", "reported"],
          source=CENTRAL_COMMITTEE, recipient=RU_OFFICER, location=DARAA_CITY, date=TODAY,
          attribution=["أحد الحاضرين"]),
        # a Tafas notable's arrest at a Fourth Division checkpoint: rumoured on Facebook, denied by his son
        E(True, ["COERCE"], [8], "اعتقال", ["rumored", "negated"], mode="arrest",
          source=FOURTH_DIV, recipient=TAFAS_NOTABLE, location=YADUDAH, date=TODAY,
          attribution=["صفحات محلية على «فيسبوك»", "نجله"], acled=ARREST),
        # the Fourth Division officer's three-day ultimatum to Tafas (a threat made: asserted); the handover
        # demanded (optional) and the storming and shelling he waves (optional, hypothetical)
        E(True, ["THREATEN"], [9], "أمهل", ["asserted", "reported"], mode="violence",
          source=FOURTH_DIV, recipient=TAFAS_PEOPLE, location=TAFAS,
          date=D("2020-10-12", "day", ("2020-10-12", "2020-10-13")), attribution=["مصادر محلية"]),
        E(False, ["REQUEST"], [9], "لتسليم", ["asserted", "reported"],
          source=FOURTH_DIV, recipient=TAFAS_PEOPLE, location=TAFAS, date=None),
        E(False, ["ASSAULT"], [9], "باقتحامها", ["hypothetical"], mode="heavy-weapons",
          source=FOURTH_DIV, recipient=WANTED_SIX, location=TAFAS, date=None),
        # paragraph 11 (the year's tally of assassinations: an aggregate) holds no event
        # the Committee and the Russians to meet again on Thursday in Daraa (planned; the purpose is no event)
        E(True, ["CONSULT"], [12], "تلتقي", ["planned", "reported"], mode="multilateral",
          source=CC_RU, location=DARAA_CITY, date=D("2020-10-15"), attribution=["عضو في اللجنة"]),
        # background at another place: a former rebel of Military Security killed by a car bomb in Jasim «مساء
        # السبت الماضي» (core, historical, 1); the 2018 takeover and the settlement deals optional, historical
        E(True, ["ASSAULT"], [13], "بانفجار عبوة ناسفة", ["historical", "asserted"], mode="explosives",
          recipient=JASIM_VICTIM, location=JASIM, date=D("2020-10-10"), fatalities=1, acled=MINE),
        E(False, ["COERCE", "ASSAULT", "RETREAT"], [13], "استعادت السيطرة", ["historical"], mode="seize",
          source=REGIME_2018, location=DARAA_GOV, date=SUMMER_2018, acled=TRANSFER),
        E(False, ["AGREE"], [7, 13], "اتفاقات", ["historical"],
          source=DARAA_FACTIONS_RU, location=DARAA_GOV, date=SUMMER_2018, acled=AGREEMENT, tpara=13),
        # a roadside bomb on a regime vehicle in al-Karak al-Sharqi, no one hurt (the blast is not negated)
        E(True, ["ASSAULT"], [14], "انفجرت عبوة ناسفة", ["asserted"], mode="explosives",
          recipient=REGIME_VEHICLE, location=KARAK, date=TODAY, acled=MINE),
        # the pharmacist freed after a part of the ransom was paid (RETREAT, passive «أُفرج»); the marks of
        # beating optional
        E(True, ["RETREAT"], [15], "أُفرج", ["asserted", "reported"], mode="release",
          recipient=NAWA_PHARMACIST, location=NAWA, date=TODAY, attribution=["قريبه"]),
        E(False, ["ASSAULT"], [15], "آثار ضرب", ["historical", "asserted"], mode="beat",
          source=NAWA_KIDNAPPERS, recipient=NAWA_PHARMACIST, date=None),
    ],
)
