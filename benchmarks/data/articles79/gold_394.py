"""Gold of article 394: an attack on a Security Belt checkpoint in Mudiyah and the clash that followed (main
event), raids and arrests in Mudiyah's countryside, the soldiers' funeral in Zinjibar, AQAP's claim and
threat, Security Belt reinforcements, a rumoured US drone strike near Lawdar, a protest and demand in Lawdar,
detainees not released, food aid in Ahwar, the governor's visit due on Thursday, a Security Belt commander's
accusation, a bomb west of Zinjibar on 15 February 2018 (Abyan, Yemen), a southern Yemeni news website,
2019-03-19 (Tue). No dateline: the lead names Mudiyah in its first sentence and tells the main event first,
with one toll (4)."""
from actors_places import (
    ABYAN_GOVERNOR,
    AHWAR,
    AHWAR_FAMILIES,
    AQAP,
    AQAP_ATTACKERS,
    LAWDAR,
    LAWDAR_AQAP_DEAD,
    LAWDAR_DETAINEES,
    LAWDAR_FAMILIES,
    MOURNERS,
    MUDIYAH,
    MUDIYAH_FIGHT,
    MUDIYAH_NOTABLES,
    MUDIYAH_RURAL,
    MUDIYAH_SUSPECTS,
    MUDIYAH_TRIBES,
    SBF,
    SBF_AUTHORITY,
    SBF_CMDR,
    SBF_COMMAND,
    SBF_UNITS,
    UAE_RC,
    US_DRONE,
    YE_GOV,
    YE_GOV_FIGURES,
    ZINJIBAR,
    ZINJIBAR_COAST,
    ZINJIBAR_SOLDIERS,
)
from common import AIR, ARREST, CLASH, MINE, PEACEFUL, D, E, paras_of

SLUG = "mudiyah_2019_zinjibar_lawdar_ahwar"
TODAY = D("2019-03-19")
YDAY = D("2019-03-18")
TODAY_OPEN = D("2019-03-19", "day", ("2019-03-18", "2019-03-19"))
ARTICLE = dict(
    id="team79-394", slug=SLUG, published="2019-03-19",
    outlet="al-Delta Net, southern Yemeni news website (fictional)",
    paras=paras_of(f"394_{SLUG}.txt"),
    events=[
        # MAIN EVENT, told first in the lead: the attack on the checkpoint and the hour-long clash it started,
        # yesterday evening (headline 0; ¶1: four killed; ¶2: the security source's details; ¶4: the funeral
        # in Zinjibar of «الجنود الأربعة الذين قضوا في هجوم مودية»; ¶6: AQAP's claim) → 4, one toll.
        # Two-sided: both sides are sources. The attackers' pull-back (¶2) is optional.
        E(True, ["ASSAULT"], [0, 1, 2, 4, 6], "هجوم شنّه", ["asserted", "reported"], mode="firearms",
          source=MUDIYAH_FIGHT, location=MUDIYAH, date=YDAY, fatalities=4, attribution=["مصدر أمني"],
          acled=CLASH, tpara=1),
        E(False, ["RETREAT"], [2], "انسحبوا", ["asserted", "reported"], mode="withdraw",
          source=AQAP_ATTACKERS, date=YDAY),
        # ¶3: raids with nine arrests since dawn (one COERCE, passive «اعتُقل»)
        E(True, ["COERCE"], [3], "حملة مداهمات", ["asserted", "reported"], mode="arrest",
          source=SBF_UNITS, recipient=MUDIYAH_SUSPECTS, location=MUDIYAH_RURAL, date=TODAY,
          attribution=["قائد قطاع مودية في الحزام"], acled=ARREST),
        # ¶4: the mourners' chants are an optional demand
        E(False, ["REQUEST"], [4], "تطالب", ["asserted"], source=MOURNERS, location=ZINJIBAR, date=TODAY),
        # ¶5 (the district described) holds no event. ¶6: AQAP's threat, in the statement claiming the attack
        E(True, ["THREATEN"], [6], "وتوعّد", ["asserted", "reported"], mode="violence",
          source=AQAP, recipient=SBF, date=TODAY_OPEN, attribution=["بيان تداولته حسابات مقربة منه"]),
        # ¶7: reinforcements since last night (subject-verb-object after a long parenthesis); the government's
        # standing charge against the Security Belt is generic, optional
        E(True, ["MOBILIZE"], [7], "بتعزيزات", ["asserted", "reported"], mode="troops",
          source=SBF_COMMAND, location=MUDIYAH, date=D("2019-03-18", "day", ("2019-03-18", "2019-03-19")),
          attribution=["شهود عيان"]),
        E(False, ["ACCUSE"], [7], "تتهمها", ["generic"], source=YE_GOV, recipient=SBF_COMMAND, date=None),
        # ¶8: a US drone strike told only by tribal sources, unconfirmed (rumoured; two killed)
        E(True, ["ASSAULT"], [8], "غارة", ["rumored", "reported"], mode="aerial",
          source=US_DRONE, recipient=LAWDAR_AQAP_DEAD, location=LAWDAR,
          date=D("2019-03-17", "day", ("2019-03-17", "2019-03-18")), fatalities=2,
          attribution=["مصادر قبلية في لودر"], acled=AIR),
        # ¶9: the protest and its demand (headline 0); the arrests two months ago and the banners' charge
        # optional
        E(True, ["PROTEST"], [0, 9], "وقفة احتجاجية", ["asserted"], mode="demo",
          source=LAWDAR_FAMILIES, location=LAWDAR, date=TODAY, acled=PEACEFUL, tpara=9),
        E(True, ["REQUEST"], [0, 9], "للمطالبة", ["asserted"],
          source=LAWDAR_FAMILIES, recipient=SBF, location=LAWDAR, date=TODAY, tpara=9),
        E(False, ["COERCE"], [9], "اعتُقلوا", ["historical", "asserted"], mode="arrest",
          source=SBF, recipient=LAWDAR_DETAINEES, date=D("2019-01-19", "month", ("2019-01-01", "2019-01-31")),
          acled=ARREST),
        E(False, ["ACCUSE"], [9], "تندد", ["asserted"], source=LAWDAR_FAMILIES, recipient=SBF, date=TODAY),
        # ¶10: the six not released (negated)
        E(True, ["RETREAT"], [10], "تُفرج", ["negated"], mode="release",
          source=SBF, recipient=LAWDAR_DETAINEES, date=TODAY),
        # ¶11 (analysis) holds no event. ¶12: food aid in Ahwar yesterday
        E(True, ["AID"], [12], "ووزّعت", ["asserted", "reported"], mode="humanitarian",
          source=UAE_RC, recipient=AHWAR_FAMILIES, location=AHWAR, date=YDAY,
          attribution=["مكتب الهيئة في عدن"]),
        # ¶13: the governor's visit «يوم الخميس المقبل» (planned)
        E(True, ["CONSULT"], [13], "يزور", ["planned"], mode="visit",
          source=ABYAN_GOVERNOR, recipient=MUDIYAH_NOTABLES, location=MUDIYAH, date=D("2019-03-21"),
          attribution=["مصدر في مكتبه"]),
        # ¶14: the sector commander's accusation; the mutual charges «منذ أشهر» are generic, optional
        E(True, ["ACCUSE"], [14], "واتهم", ["asserted"],
          source=SBF_CMDR, recipient=YE_GOV_FIGURES, date=TODAY_OPEN, attribution=["المركز الإعلامي للحزام"]),
        E(False, ["ACCUSE"], [14], "الاتهامات", ["generic"],
          source=SBF_AUTHORITY, recipient=SBF_AUTHORITY, date=None),
        # Background at another place, in «وكان … قد»: six soldiers killed west of Zinjibar on 15 February
        # 2018
        E(True, ["ASSAULT"], [15], "عبوة ناسفة", ["historical", "asserted"], mode="explosives",
          source=AQAP, recipient=ZINJIBAR_SOLDIERS, location=ZINJIBAR_COAST, date=D("2018-02-15"),
          fatalities=6,
          acled=MINE),
        # ¶16 (electricity, fishing, remittances) holds no event. ¶17: feared clashes (optional, hypothetical)
        E(False, ["ASSAULT"], [17], "مواجهات", ["hypothetical"], mode="firearms",
          recipient=MUDIYAH_TRIBES, location=MUDIYAH, date=None),
    ],
)
