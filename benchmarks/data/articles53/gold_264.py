"""Gold of article 264: Kismayo (the airport and Farjano), Yontoy, Afmadow, Jamame and the Jubba villages,
Dhobley and Liboi across the Kenyan border, and Mogadishu (southern Somalia), a Horn of Africa news site,
2009-10-02 (Fri)."""
from actors_places import (
    AFMADOW,
    CLAN_MEDIATORS,
    DHOBLEY,
    DHOBLEY_PROTESTERS,
    HI_CHECKPOINT,
    HI_SHURA,
    HI_SPOKESMAN,
    HIZBUL_ISLAM,
    JAMAME,
    JUBBA_IDPS,
    JUBBA_VILLAGES,
    KENYA_ARMY,
    KISMAYO,
    KISMAYO_AIRPORT,
    KISMAYO_CHARITY,
    KISMAYO_COMMANDERS,
    KISMAYO_DETAINEES,
    KISMAYO_FIGHT,
    KISMAYO_NORTH,
    KISMAYO_RESIDENTS,
    LIBOI,
    RAS_KAMBONI,
    SHABAAB,
    SHABAAB_SUSPECTS,
    TFG,
    WFP,
)
from common import AGREEMENT, ARREST, CLASH, OTHER, PEACEFUL, TRANSFER, D, E, paras_of

SLUG = "kismayo_2009_yontoy_afmadow_dhobley_jamame"
TODAY = D("2009-10-02")
YESTERDAY = D("2009-10-01")
SINCE_YESTERDAY = D("2009-10-02", "day", ("2009-10-01", "2009-10-02"))
ARTICLE = dict(
    id="team53-264", slug=SLUG, published="2009-10-02",
    outlet="Nafidhat al-Qarn news site, Kismayo (fictional)",
    paras=paras_of(f"264_{SLUG}.txt"),
    events=[
        # the al-Shabaab–Hizbul Islam battle around Kismayo airport and Farjano «صباح أمس الخميس»: headline 0
        # («قتلى», no number), lead 1 (an official at Kismayo general hospital: seventeen), the follow-up 8
        # (Hizbul Islam: «no more than twelve» from both sides; al-Shabaab: over thirty «apostates» and five
        # of its own) → 12. Two-sided: both are sources
        E(True, ["ASSAULT"], [0, 1, 8], "معارك", ["asserted", "reported"], mode="firearms",
          source=KISMAYO_FIGHT, location=KISMAYO_AIRPORT, date=YESTERDAY, fatalities=12,
          attribution=["مسؤول في مستشفى كسمايو العام", "المتحدث باسم الحزب الإسلامي", "بيان حركة الشباب",
                       "سائق سيارة إسعاف"], acled=CLASH, tpara=1),
        # the Ras Kamboni fighters' withdrawal from the airport at dawn (headline 0; told by residents), which
        # hands it to al-Shabaab without a fight; the flag raised over the terminal is the takeover (optional)
        E(True, ["RETREAT"], [0, 2], "انسحبوا", ["reported", "asserted"], mode="withdraw",
          source=RAS_KAMBONI, location=KISMAYO_AIRPORT, date=TODAY, attribution=["سكان"], acled=TRANSFER,
          tpara=2),
        E(False, ["COERCE"], [2], "رفعوا رايتهم", ["reported"], mode="seize",
          source=SHABAAB, location=KISMAYO_AIRPORT, date=TODAY, acled=TRANSFER),
        # Hizbul Islam's vow to retake «every inch» of the city (a threat, unconditional; a one-line
        # paragraph; Kismayo from the dateline)
        E(True, ["THREATEN"], [3], "وتوعّد", ["asserted"], mode="violence",
          source=HI_SPOKESMAN, location=KISMAYO, date=SINCE_YESTERDAY),
        # paragraph 4 (the port's revenue, «the real prize») holds no event Hizbul Islam's accusation (read on
        # a local radio); the power-sharing deal of last year is recalled in a relative clause (optional,
        # historical); al-Shabaab's reply that Hizbul Islam «started the aggression» (optional)
        E(True, ["ACCUSE"], [5], "واتهم", ["asserted"],
          source=HIZBUL_ISLAM, recipient=SHABAAB, date=SINCE_YESTERDAY, attribution=["إذاعة محلية"]),
        E(False, ["AGREE"], [5], "أبرمه", ["historical"],
          source=KISMAYO_FIGHT, location=KISMAYO, date=D("2008-07-01", "year", ("2008-01-01", "2008-12-31")),
          acled=AGREEMENT),
        E(False, ["ACCUSE"], [5], "بادر", ["asserted", "reported"],
          source=SHABAAB, recipient=HIZBUL_ISLAM, date=SINCE_YESTERDAY),
        # the leaked news of Kenyan units crossing near Dhobley, denied in Nairobi; the reinforcement inside
        # Kenya at Liboi, stated by the same spokesman
        E(True, ["MOBILIZE", "ASSAULT"], [6], "عبور", ["rumored", "negated", "reported"], mode="troops",
          source=KENYA_ARMY, location=DHOBLEY, date=SINCE_YESTERDAY,
          attribution=["أنباء متسربة", "المتحدث باسم الجيش الكيني"]),
        E(True, ["MOBILIZE"], [6], "عززت", ["asserted", "reported"], mode="troops",
          source=KENYA_ARMY, location=LIBOI, date=SINCE_YESTERDAY, attribution=["المتحدث باسم الجيش الكيني"]),
        # al-Shabaab's curfew in Kismayo and the arrest of three clan elders, told by residents; the closure
        # of the qat market (optional)
        E(True, ["COERCE"], [7], "حظراً للتجول", ["reported", "asserted"], mode="curfew",
          source=SHABAAB, location=KISMAYO, date=YESTERDAY, attribution=["سكان"], acled=OTHER),
        E(False, ["COERCE"], [7], "وأغلقت", ["reported"], mode="ban",
          source=SHABAAB, location=KISMAYO, date=YESTERDAY),
        E(True, ["COERCE"], [7], "اعتقل", ["reported", "asserted"], mode="arrest",
          source=SHABAAB, recipient=KISMAYO_DETAINEES, location=KISMAYO, date=SINCE_YESTERDAY,
          attribution=["سكان"], acled=ARREST),
        # in the follow-up, the snipers' fire that keeps the bodies on the runway is part of the battle
        # (optional)
        E(False, ["ASSAULT"], [8], "رصاص القناصة", ["reported"], mode="firearms",
          location=KISMAYO_AIRPORT, date=SINCE_YESTERDAY),
        # WFP's suspension of distributions (optional, negated aid) and a local charity's water for families
        # displaced to the Jubba villages
        E(False, ["AID"], [9], "علّق", ["negated"], mode="humanitarian",
          source=WFP, location=KISMAYO, date=SINCE_YESTERDAY),
        E(True, ["AID"], [9], "وزّعت", ["asserted"], mode="humanitarian",
          source=KISMAYO_CHARITY, recipient=JUBBA_IDPS, location=JUBBA_VILLAGES, date=SINCE_YESTERDAY),
        # paragraph 10 (a wave of killings since January: an aggregate; condemnations as a habit) holds no
        # event the elders' meeting with both sides' commanders in Jamame (told by clan sources); no
        # agreement reached (optional, negated)
        E(True, ["CONSULT"], [11], "لقاءً", ["reported", "asserted"], mode="third-party",
          source=CLAN_MEDIATORS, recipient=KISMAYO_COMMANDERS, location=JAMAME, date=YESTERDAY,
          attribution=["مصادر عشائرية"]),
        E(False, ["AGREE"], [11], "يتوصل", ["negated"],
          source=KISMAYO_COMMANDERS, location=JAMAME, date=YESTERDAY),
        # Hizbul Islam's shura council to meet in Afmadow on Sunday (planned; a one-line paragraph)
        E(True, ["CONSULT"], [12], "اجتماعاً", ["planned"], mode="multilateral",
          source=HI_SHURA, location=AFMADOW, date=D("2009-10-04")),
        # the TFG information minister's call to Kismayo's residents; his denial that the government armed
        # either side (optional, negated)
        E(True, ["REQUEST"], [13], "دعا", ["asserted"],
          source=TFG, recipient=KISMAYO_RESIDENTS, date=SINCE_YESTERDAY),
        E(False, ["AID"], [13], "قدّمت", ["negated"], mode="military",
          source=TFG, date=None),
        # background: Monday before a Friday, gunmen thought to be al-Shabaab attacked a Hizbul Islam
        # checkpoint at Kismayo's northern entrance (two guards killed; core, historical)
        E(True, ["ASSAULT"], [14], "هاجموا", ["historical", "asserted"], mode="firearms",
          source=SHABAAB_SUSPECTS, recipient=HI_CHECKPOINT, location=KISMAYO_NORTH, date=D("2009-09-28"),
          fatalities=2, acled=CLASH),
        # the Dhobley demonstration against al-Shabaab's conscription; the chants' demand and the conscription
        # decree it rejects (optional)
        E(True, ["PROTEST"], [15], "تظاهر", ["asserted"], mode="demo",
          source=DHOBLEY_PROTESTERS, location=DHOBLEY, date=YESTERDAY, acled=PEACEFUL),
        E(False, ["REQUEST"], [15], "تطالب", ["asserted"],
          source=DHOBLEY_PROTESTERS, location=DHOBLEY, date=YESTERDAY),
        E(False, ["COERCE"], [15], "تجنيد", ["asserted"], mode="restrict",
          source=SHABAAB, location=DHOBLEY, date=None),
    ],
)
