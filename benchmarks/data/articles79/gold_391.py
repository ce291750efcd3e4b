"""Gold of article 391: three students abducted on the Shahba–Damascus road, the kidnappers' ransom demand and
threat, a deadly clash between police and gunmen near Ariqa (main event), relatives' sit-in and demand, a
governor who does not meet them, a sheikh's mediation, a hostage exchange at al-Mazraa on Saturday, a rumoured
release denied, police reinforcements and an arrest, a movement's solidarity, a meeting due in Salkhad, a
killing near al-Qrayya on 19 November 2019 (al-Suwayda, Syria), a Syrian local news network, 2020-07-14 (Tue).
Dateline «شهبا – «قمم الجبل»:»; the main event comes first in ¶3, after the abduction and the ransom call, and
its toll conflicts (the police command's two, local sources' three → 2). Mostly about kidnappings for
ransom."""
from actors_places import (
    ABDUCTEE_FAMILY,
    ARIQA,
    ARIQA_FIGHT,
    ARIQA_GUNMEN_FLEEING,
    BADIA_NOTABLES,
    DARAA_GROUP,
    DARAA_THREE,
    EXCHANGE_PARTIES,
    EXCHANGED,
    FAMILIES_WAIT,
    FOUR_HOSTAGES,
    KARAMA,
    KIDNAPPER_CALLER,
    MAZRAA,
    NOTABLES_3,
    QRAYYA,
    QRAYYA_GUNMEN,
    QRAYYA_RESIDENTS,
    QRAYYA_VICTIMS,
    RELATIVES,
    SALKHAD,
    SHAHBA,
    SHAHBA_DRIVER,
    SHAHBA_KIDNAPPERS,
    SHAHBA_ROAD,
    SHAHBA_YOUTHS,
    SHEIKH_AQL,
    SHELTERING_MAN,
    STATE_BODIES,
    SUWAYDA_GOVERNOR,
    SUWAYDA_GROUP,
    SUWAYDA_OFFICIALS,
    SUWAYDA_PEOPLE,
    SUWAYDA_POLICE_CMD,
    SUWAYDA_WEST,
    YOUNGEST,
)
from common import ABDUCTION, ARREST, ATTACK, CLASH, OTHER, PEACEFUL, D, E, paras_of

SLUG = "shahba_2020_ariqa_qrayya_salkhad"
TODAY = D("2020-07-14")
YDAY = D("2020-07-13")
TODAY_OPEN = D("2020-07-14", "day", ("2020-07-13", "2020-07-14"))
ARTICLE = dict(
    id="team79-391", slug=SLUG, published="2020-07-14",
    outlet="Shabakat Qimam al-Jabal, Syrian local news network of al-Suwayda (fictional)",
    paras=paras_of(f"391_{SLUG}.txt"),
    events=[
        # ¶1: three students abducted on the road between Shahba and Damascus yesterday noon (the driver's
        # account); the driver, led away with them and left an hour later, is an optional release
        E(True, ["ASSAULT"], [1], "اختطف", ["asserted", "reported"], mode="abduct",
          source=SHAHBA_KIDNAPPERS, recipient=SHAHBA_YOUTHS, location=SHAHBA_ROAD, date=YDAY,
          attribution=["سائقها"], acled=ABDUCTION),
        E(False, ["RETREAT"], [1], "يتركوه", ["asserted", "reported"], mode="release",
          source=SHAHBA_KIDNAPPERS, recipient=SHAHBA_DRIVER, date=YDAY),
        # ¶2: one sentence, two events: the caller demands a ransom and threatens to kill the three (the
        # killing itself optional, hypothetical); after midnight = today, the range allows yesterday
        E(True, ["REQUEST"], [2], "طلب", ["asserted", "reported"],
          source=KIDNAPPER_CALLER, recipient=ABDUCTEE_FAMILY, date=TODAY_OPEN,
          attribution=["أحد أقارب المخطوفين"]),
        E(True, ["THREATEN"], [2], "وتوعّد", ["asserted", "reported"], mode="violence",
          source=KIDNAPPER_CALLER, recipient=ABDUCTEE_FAMILY, date=TODAY_OPEN,
          attribution=["أحد أقارب المخطوفين"]),
        E(False, ["ASSAULT"], [2], "جثثاً", ["hypothetical"], mode="execute",
          source=KIDNAPPER_CALLER, recipient=SHAHBA_YOUTHS, date=None),
        # MAIN EVENT, first told in ¶3: the clash near Ariqa yesterday afternoon, told by the police command
        # (two policemen killed), a farmer (¶4) and local sources (¶5: three dead, a gunman among them) → 2;
        # the headline names it. Two-sided: police and gunmen are both sources. The gunmen's pull-back (¶4) is
        # optional.
        E(True, ["ASSAULT"], [0, 3, 4, 5], "اشتباك", ["asserted", "reported"], mode="firearms",
          source=ARIQA_FIGHT, location=ARIQA, date=YDAY, fatalities=2,
          attribution=["قيادة شرطة محافظة السويداء", "مصادر أهلية في عريقة"], acled=CLASH, tpara=3),
        E(False, ["RETREAT"], [4], "انسحبوا", ["asserted", "reported"], mode="withdraw",
          source=ARIQA_GUNMEN_FLEEING, date=YDAY),
        # ¶6 (the road described) holds no event. ¶7: the relatives' sit-in and their demand (headline 0); the
        # blame for any harm is optional
        E(True, ["PROTEST"], [0, 7], "واعتصم", ["asserted"], mode="demo",
          source=RELATIVES, location=SHAHBA, date=TODAY, acled=PEACEFUL, tpara=7),
        E(True, ["REQUEST"], [0, 7], "وطالبوا", ["asserted"],
          source=RELATIVES, recipient=SUWAYDA_OFFICIALS, location=SHAHBA, date=TODAY, tpara=7),
        E(False, ["ACCUSE"], [7], "محمّلين", ["asserted"],
          source=RELATIVES, recipient=STATE_BODIES, date=TODAY),
        # ¶8: the governor did not come out to meet them (negated); the place is the dateline's
        E(True, ["CONSULT"], [8], "للقاء", ["negated"], mode="visit",
          source=SUWAYDA_GOVERNOR, recipient=RELATIVES, location=SHAHBA, date=TODAY),
        # ¶9: a sheikh al-aql's mediation since last night (third-party); his request to the families optional
        E(True, ["CONSULT"], [9], "اتصالات", ["asserted", "reported"], mode="third-party",
          source=SHEIKH_AQL, recipient=BADIA_NOTABLES, location=SHAHBA, date=TODAY_OPEN,
          attribution=["مقربين منه"]),
        E(False, ["REQUEST"], [9], "طلب", ["asserted", "reported"],
          source=SHEIKH_AQL, recipient=FAMILIES_WAIT, date=TODAY_OPEN),
        # ¶10, in «وكانت … قد»: last Saturday's exchange at al-Mazraa (COOPERATE, RETREAT accepted; a recent
        # act, so asserted first); the mediation that led to it and the two abductions it settled are optional
        E(True, ["COOPERATE", "RETREAT"], [10], "تبادل", ["asserted", "historical"], mode="release",
          source=EXCHANGE_PARTIES, recipient=EXCHANGED, location=MAZRAA, date=D("2020-07-11"), acled=OTHER),
        E(False, ["CONSULT"], [10], "وساطة", ["asserted", "historical"], mode="third-party",
          date=D("2020-07-11", "week", ("2020-07-04", "2020-07-11"))),
        E(False, ["ASSAULT"], [10], "خطف", ["historical", "asserted"], mode="abduct",
          source=DARAA_GROUP, recipient=FOUR_HOSTAGES,
          date=D("2020-06-20", "week", ("2020-06-15", "2020-06-25")),
          acled=ABDUCTION),
        E(False, ["ASSAULT"], [10], "احتجزتهم", ["historical", "asserted"], mode="abduct",
          source=SUWAYDA_GROUP, recipient=DARAA_THREE, date=None, acled=ABDUCTION),
        # ¶11: a rumoured release of the youngest, denied by his uncle (rumoured; undated)
        E(True, ["RETREAT"], [11], "إفراج", ["rumored", "negated"], mode="release",
          source=SHAHBA_KIDNAPPERS, recipient=YOUNGEST, date=None, attribution=["صفحات محلية"]),
        # ¶12: police reinforcements since last night (verb-subject-object) and an arrest at dawn (passive
        # «اعتُقل»)
        E(True, ["MOBILIZE"], [12], "بتعزيزات", ["asserted", "reported"], mode="police",
          source=SUWAYDA_POLICE_CMD, location=ARIQA,
          date=D("2020-07-13", "day", ("2020-07-13", "2020-07-14")),
          attribution=["مصدر في قيادة الشرطة"]),
        E(True, ["COERCE"], [12], "واعتُقل", ["asserted", "reported"], mode="arrest",
          source=SUWAYDA_POLICE_CMD, recipient=SHELTERING_MAN, location=SUWAYDA_WEST, date=TODAY,
          attribution=["مصدر في قيادة الشرطة"], acled=ARREST),
        # ¶13: the Men of Dignity's solidarity (SUPPORT); its call on the people optional
        E(True, ["SUPPORT"], [13], "تضامنها", ["asserted"],
          source=KARAMA, recipient=RELATIVES, date=TODAY_OPEN),
        E(False, ["REQUEST"], [13], "داعيةً", ["asserted"],
          source=KARAMA, recipient=SUWAYDA_PEOPLE, date=TODAY_OPEN),
        # ¶14: notables to meet in Salkhad «يوم الخميس المقبل» (planned); the «similar operations» are generic
        E(True, ["CONSULT"], [14], "يجتمع", ["planned"], mode="multilateral",
          source=NOTABLES_3, location=SALKHAD, date=D("2020-07-16")),
        E(False, ["ASSAULT"], [14], "عمليات مماثلة", ["generic"], mode="abduct", date=None),
        # Background at another place, in «وكانت … قد»: two young men shot near al-Qrayya on 19 November 2019
        # in an attempted abduction; the road blocked that day is optional, historical
        E(True, ["ASSAULT"], [15], "برصاص", ["historical", "asserted"], mode="firearms",
          source=QRAYYA_GUNMEN, recipient=QRAYYA_VICTIMS, location=QRAYYA, date=D("2019-11-19"), fatalities=2,
          acled=ATTACK),
        E(False, ["PROTEST"], [15], "قطع الطريق", ["historical", "asserted"], mode="obstruct",
          source=QRAYYA_RESIDENTS, location=QRAYYA, date=D("2019-11-19")),
        # ¶16 (analysis) and ¶17 (families and ransoms in general) hold no event
    ],
)
