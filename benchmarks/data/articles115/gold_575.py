"""Gold of article 575: the curfew in North Sinai extended, gunmen attack a police checkpoint at the entrance
of al-Masaeed west of al-Arish (main event, told in ¶2 after the curfew; four per a security source, seven
per the claim → 4), a neighbour's account, the Islamic State's claim, the Union of Sinai Tribes' accusation
and demand, the Islamic State's leaflets threatening those who supply the checkpoints (reported), nine
arrests in al-Masaeed and al-Samran, an army unit's withdrawal near Sheikh Zuweid rumoured and denied, the
flour not delivered, the burials, the Rafah crossing due to open on Saturday, army reinforcements west of
al-Arish, the Bir al-Abd sheikhs' support for the curfew, the police and soldiers killed since last year,
and a roadside bomb on an army vehicle near Bir al-Abd on 21 February 2016 (North Sinai, Egypt), a
Cairo-based private daily newspaper's website, 2016-04-12 (Tue). Dateline «العريش – «فجر النيل»:» (the town
of the event)."""
from actors_places import (
    ARISH,
    ARISH_BAKERS,
    BIR_ABD,
    BIR_ABD_ROAD,
    BIR_APC,
    BIR_SHEIKHS,
    CURFEW_AREA,
    EG_ARMED_FORCES,
    EG_ARMY_UNIT,
    EG_GOV,
    EG_POLICE,
    ISIS_SINAI,
    MASAEED,
    MASAEED_POLICE,
    MASAEED_SAMRAN,
    NINE_SUSPECTS,
    POLICE_ARMY_DEAD,
    RAFAH_CROSSING,
    RAFAH_TRAVELLERS,
    SHEIKH_ZUWEID,
    SHEIKHS_ARMY,
    SINAI_GUNMEN,
    SINAI_RESIDENTS,
    SOUQ_KHAMIS,
    SUPPLIERS,
    SUPPLY_MINISTRY,
    TAKFIRIS,
    TRIBAL_UNION,
    WEST_ARISH,
)
from common import ARREST, CLASH, MINE, D, E, paras_of

SLUG = "sinai_2016_arish_masaeed"
YESTERDAY = D("2016-04-11")
TODAY = D("2016-04-12")
# a statement or an act without a time of day: the day of publication, or the day before
STATED = D("2016-04-12", "day", ("2016-04-11", "2016-04-12"))
ARTICLE = dict(
    id="team115-575", slug=SLUG, published="2016-04-12",
    outlet="Fajr al-Nil, a Cairo-based private daily newspaper's website (fictional)",
    paras=paras_of(f"575_{SLUG}.txt"),
    events=[
        # ¶1 (dateline of the town of the event): the curfew extended (COERCE curfew; the headline names it)
        E(True, ["COERCE"], [0, 1], "مدّدت الحكومة", ["asserted"], mode="curfew",
          source=EG_GOV, location=CURFEW_AREA, date=YESTERDAY, attribution=["الجريدة الرسمية"], tpara=1),
        # MAIN EVENT, told in ¶2 after the curfew (verb first; «بعد ساعات من صدور القرار» is a back-reference;
        # the hour told after the act in a clause of its own): the attack on the checkpoint; a neighbour ¶3,
        # the claim ¶4 (seven) and the burials ¶12 → 4, the lowest count
        E(True, ["ASSAULT"], [0, 2, 3, 4, 12], "هاجم مسلحون", ["asserted"], mode="firearms",
          source=SINAI_GUNMEN, recipient=MASAEED_POLICE, location=MASAEED, date=YESTERDAY, fatalities=4,
          attribution=["مصدر أمني في مديرية أمن شمال سيناء", "بيان منسوب إلى «ولاية سيناء»"], acled=CLASH,
          tpara=2),
        # ¶4: the weapons the claim says were taken (optional, reported)
        E(False, ["COERCE"], [4], "واستولوا", ["reported"], mode="seize",
          source=SINAI_GUNMEN, recipient=MASAEED_POLICE, date=YESTERDAY),
        # ¶5 (al-Masaeed) holds no event. ¶6 (subject, a long parenthesis, verb): the accusation and the
        # demand, two verbs joined with «و»
        E(True, ["ACCUSE"], [6], "اتهم", ["asserted"],
          source=TRIBAL_UNION, recipient=TAKFIRIS, date=STATED, attribution=["بيان"]),
        E(True, ["REQUEST"], [6], "وطالب", ["asserted"],
          source=TRIBAL_UNION, recipient=SINAI_RESIDENTS, date=STATED),
        # ¶7: the leaflets told by traders (reported first); the punishment they threaten is optional and
        # hypothetical
        E(True, ["THREATEN"], [7], "وتوعّد التنظيم", ["reported", "asserted"], mode="violence",
          source=ISIS_SINAI, recipient=SUPPLIERS, location=SOUQ_KHAMIS, date=STATED, attribution=["تجار"]),
        E(False, ["ASSAULT"], [7], "بـ«معاقبة»", ["hypothetical"], mode="firearms",
          source=ISIS_SINAI, recipient=SUPPLIERS, date=None),
        # ¶8: nine arrests in the raids (COERCE arrest); the devices and motorcycles seized are optional
        E(True, ["COERCE"], [8], "وألقت قوات", ["asserted"], mode="arrest",
          source=EG_POLICE, recipient=NINE_SUSPECTS, location=MASAEED_SAMRAN, date=TODAY,
          attribution=["بيان لوزارة الداخلية"], acled=ARREST),
        E(False, ["COERCE"], [8], "صادرت", ["asserted", "reported"], mode="confiscate",
          source=EG_POLICE, location=MASAEED_SAMRAN, date=TODAY),
        # ¶9: an army unit's withdrawal told by local sources and denied by a military source (rumoured); the
        # troop carriers a driver saw are optional
        E(True, ["RETREAT"], [9], "انسحاب قوة", ["rumored", "negated"], mode="withdraw",
          source=EG_ARMY_UNIT, location=SHEIKH_ZUWEID, date=STATED, attribution=["مصادر محلية"]),
        E(False, ["MOBILIZE"], [9], "تتحرك", ["asserted", "reported"], mode="troops",
          location=SHEIKH_ZUWEID, date=STATED),
        # ¶10: the flour not delivered (AID, negated); the ministry's promise early in the month is optional
        # and historical
        E(True, ["AID"], [10], "ولم تصل", ["negated"], mode="economic",
          source=SUPPLY_MINISTRY, recipient=ARISH_BAKERS, location=ARISH, date=TODAY,
          attribution=["أصحاب مخابز في المدينة"]),
        E(False, ["AGREE"], [10], "وعدت", ["historical"],
          source=SUPPLY_MINISTRY, date=D("2016-04-03", "week", ("2016-04-01", "2016-04-07"))),
        # ¶11 (life under the curfew) holds no event. ¶12: the burials belong to the main event.
        # ¶13: the crossing due to open «يوم السبت المقبل» (planned RETREAT access)
        E(True, ["RETREAT"], [13], "يُفتح معبر", ["planned"], mode="access",
          recipient=RAFAH_TRAVELLERS, location=RAFAH_CROSSING, date=D("2016-04-16"),
          attribution=["السفارة الفلسطينية في القاهرة"]),
        # ¶14: reinforcements west of al-Arish (MOBILIZE; «لتأمين الكمائن» is their purpose)
        E(True, ["MOBILIZE"], [14], "ودفعت القوات", ["asserted"], mode="troops",
          source=EG_ARMED_FORCES, location=WEST_ARISH, date=TODAY, attribution=["شهود عيان"]),
        # ¶15: the sheikhs' support for the curfew (SUPPORT); the meeting and their demand are optional
        E(True, ["SUPPORT"], [15], "وأيّد شيوخ", ["asserted"],
          source=BIR_SHEIKHS, location=BIR_ABD, date=STATED),
        E(False, ["CONSULT"], [15], "في لقاء", ["asserted"],
          source=SHEIKHS_ARMY, recipient=SHEIKHS_ARMY, location=BIR_ABD, date=STATED),
        E(False, ["REQUEST"], [15], "وطالبوا", ["asserted"], source=BIR_SHEIKHS, date=STATED),
        # ¶16: the police and soldiers killed since last year, an aggregate (optional, generic)
        E(False, ["ASSAULT"], [16], "مقتل", ["generic"], recipient=POLICE_ARMY_DEAD, date=None),
        # ¶17, «وكان … قد» at another place: a roadside bomb on an army vehicle near Bir al-Abd on 21 February
        # (core, historical)
        E(True, ["ASSAULT"], [17], "انفجرت", ["historical", "asserted"], mode="explosives",
          recipient=BIR_APC, location=BIR_ABD_ROAD, date=D("2016-02-21"), fatalities=2,
          attribution=["سكان"], acled=MINE),
    ],
)
