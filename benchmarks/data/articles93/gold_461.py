"""Gold of article 461: five quarry workers of Umm al-Zaytun abducted on the Shahba–Shaqqa road, their
families' road block and demand, the night raid of the Men of Dignity on a farm east of Shaqqa that turned
into a clash with the kidnappers (main event, told in ¶3 after the abduction; one toll), the Bedouin clan's
version, six clansmen seized at a checkpoint in return and fighters deployed along the road, the notables'
meeting and the swap agreed for tomorrow, the movement's conditional threat, a rumoured release denied, the
police sending no patrol, the spiritual leadership's praise, the year's tally of abductions, the funeral,
one clansman freed, the hospital's account, and a doctor abducted near Salkhad on 19 September 2016
(As-Suwayda, Syria), a Suwayda local news network's website, 2016-11-14 (Mon). Dateline: the provincial
capital, As-Suwayda."""
from actors_places import (
    AQL_SHEIKHDOM,
    JABAL_PEOPLE,
    KARAMA,
    NOTABLES_ELDERS,
    OLDEST_HOSTAGE,
    ONE_OF_SIX,
    SALKHAD,
    SALKHAD_DOCTOR,
    SALKHAD_GUNMEN,
    SHAHBA,
    SHAHBA_CHECKPOINT,
    SHAHBA_SHAQQA_ROAD,
    SHAQQA_FARM,
    SHAQQA_JUNCTION,
    SIX_MEN,
    SW_AUTHORITIES,
    SW_DESERT,
    SW_FAMILIES,
    SW_FIGHT,
    SW_KIDNAPPERS,
    SW_POLICE,
    SW_WORKERS,
    SWAP_PARTIES,
    TWO_CLANSMEN,
    UMM_ZAYTUN,
    UMM_ZAYTUN_ENTRANCE,
)
from common import ABDUCTION, AGREEMENT, CLASH, PEACEFUL, D, E, paras_of

SLUG = "shahba_2016_shaqqa_salkhad"
YESTERDAY = D("2016-11-13")
TODAY = D("2016-11-14")
# a statement or an act of the day whose hour the text does not give: today, or the evening before
TODAY_OR_EVE = D("2016-11-14", "day", ("2016-11-13", "2016-11-14"))
ARTICLE = dict(
    id="team93-461", slug=SLUG, published="2016-11-14",
    outlet="Asdaa al-Jabal, a Suwayda local news network's website (fictional)",
    paras=paras_of(f"461_{SLUG}.txt"),
    events=[
        # ¶1 (dateline of the provincial capital): the abduction on the Shahba–Shaqqa road (the headline names
        # it); «واقتادوهم» is the same act
        E(True, ["ASSAULT"], [0, 1], "اختطف", ["asserted"], mode="abduct",
          source=SW_KIDNAPPERS, recipient=SW_WORKERS, location=SHAHBA_SHAQQA_ROAD, date=YESTERDAY,
          attribution=["أحد أقارب المخطوفين"], acled=ABDUCTION, tpara=1),
        # ¶2, several events in one sentence: the kidnappers' ransom demand (optional), the two clansmen
        # held by the movement since last month (optional, historical), the families' road block and their
        # demand
        E(False, ["REQUEST"], [2], "طالبوا", ["asserted", "reported"],
          source=SW_KIDNAPPERS, date=YESTERDAY),
        E(False, ["COERCE", "ASSAULT"], [2], "تحتجزهما", ["historical", "asserted"], mode="arrest",
          source=KARAMA, recipient=TWO_CLANSMEN, date=D("2016-10-15", "month", ("2016-10-01", "2016-10-31"))),
        E(True, ["PROTEST"], [2], "قطع", ["asserted"], mode="obstruct",
          source=SW_FAMILIES, location=UMM_ZAYTUN_ENTRANCE, date=YESTERDAY, acled=PEACEFUL),
        E(True, ["REQUEST"], [2], "مطالبين", ["asserted"],
          source=SW_FAMILIES, recipient=SW_AUTHORITIES, location=UMM_ZAYTUN, date=YESTERDAY),
        # MAIN EVENT, told in ¶3 after the abduction (a purpose clause opens it; the hour comes after the
        # act in its own clause): the raid and the clash at the farm make one fight, both sides sources; the
        # clan's version ¶4, the funeral ¶13 and the hospital ¶16 retell it; the headline names it. One
        # toll: 3
        E(True, ["ASSAULT"], [0, 3, 4, 13, 16], "اشتباك", ["asserted", "reported"], mode="firearms",
          source=SW_FIGHT, location=SHAQQA_FARM, date=YESTERDAY, fatalities=3,
          attribution=["مصدر في الحركة", "أحد وجهاء عشيرة بدوية", "مصدر طبي في المشفى الوطني بالسويداء"],
          acled=CLASH, tpara=3),
        # the raid that opened the fight is part of it; as a raid of its own it is optional
        E(False, ["COERCE", "ASSAULT"], [3], "داهمت", ["asserted"], mode="arrest",
          source=KARAMA, location=SHAQQA_FARM, date=YESTERDAY),
        # ¶5: six clansmen seized at a checkpoint in return (a non-state group holding civilians for a swap:
        # an abduction) and fighters deployed along the road, two events joined with «و» and a second verb
        E(True, ["ASSAULT", "COERCE"], [5], "احتجز", ["asserted"], mode="abduct",
          source=KARAMA, recipient=SIX_MEN, location=SHAHBA_CHECKPOINT, date=TODAY, acled=ABDUCTION),
        E(True, ["MOBILIZE"], [5], "ونشرت", ["asserted"], mode="troops",
          source=KARAMA, location=SHAHBA_SHAQQA_ROAD, date=TODAY_OR_EVE),
        # ¶6: the notables' meeting with the clan elders (CONSULT), the swap agreed (AGREE) and the exchange
        # due tomorrow at noon (COOPERATE, planned), three events in one sentence
        E(True, ["CONSULT"], [6], "اجتماعاً", ["asserted"], mode="third-party",
          source=NOTABLES_ELDERS, recipient=NOTABLES_ELDERS, location=SHAHBA, date=TODAY),
        E(True, ["AGREE"], [6], "اتفاق", ["asserted", "reported"],
          source=NOTABLES_ELDERS, recipient=NOTABLES_ELDERS, location=SHAHBA, date=TODAY,
          attribution=["أحد المشاركين في الاجتماع"], acled=AGREEMENT),
        E(True, ["COOPERATE", "RETREAT"], [6], "عملية التبادل", ["planned"],
          source=SWAP_PARTIES, recipient=SWAP_PARTIES, location=SHAQQA_JUNCTION, date=D("2016-11-15")),
        # ¶7: the movement's conditional threat (asserted); the storming it announces is hypothetical
        # (optional)
        E(True, ["THREATEN"], [7], "توعدت", ["asserted"], mode="violence",
          source=KARAMA, recipient=SW_KIDNAPPERS, date=TODAY_OR_EVE,
          attribution=["بيان نشرته على صفحتها الرسمية"]),
        E(False, ["ASSAULT"], [7], "اقتحام", ["hypothetical"], mode="firearms",
          source=KARAMA, recipient=SW_KIDNAPPERS, location=SW_DESERT, date=None),
        # ¶8: a release told by local pages and denied by the hostage's brother (rumoured)
        E(True, ["RETREAT"], [8], "إطلاق سراح", ["rumored", "negated"], mode="release",
          recipient=OLDEST_HOSTAGE, date=TODAY, attribution=["صفحات محلية"]),
        # ¶9 (the road described) holds no event. ¶10: the police sent no patrol (MOBILIZE, negated); «من
        # دون أن يوضح» negates nothing, and the patrols of last summer are a habit, no event
        E(True, ["MOBILIZE"], [10], "ترسل", ["negated"], mode="police",
          source=SW_POLICE, location=UMM_ZAYTUN, date=TODAY_OR_EVE),
        # ¶11: the spiritual leadership's praise of the notables and the elders; its call is optional
        E(True, ["SUPPORT"], [11], "وأشادت", ["asserted"],
          source=AQL_SHEIKHDOM, recipient=NOTABLES_ELDERS, date=TODAY),
        E(False, ["REQUEST"], [11], "داعيةً", ["asserted"],
          source=AQL_SHEIKHDOM, recipient=JABAL_PEOPLE, date=TODAY),
        # ¶12: the year's tally of abductions, an aggregate (optional, generic)
        E(False, ["ASSAULT"], [12], "حالة خطف", ["generic"], mode="abduct", date=None),
        # ¶13: the funeral belongs to the main event; the shops closed in mourning are an optional strike
        E(False, ["PROTEST"], [13], "أغلقت", ["asserted"], mode="strike", location=SHAHBA, date=TODAY),
        # ¶14 (analysis) holds no event. ¶15: one of the six freed as a goodwill gesture
        E(True, ["RETREAT"], [15], "وأفرجت", ["asserted"], mode="release",
          source=KARAMA, recipient=ONE_OF_SIX, location=SHAHBA, date=TODAY,
          attribution=["متحدث باسمها"]),
        # ¶16: the hospital's account belongs to the main event. ¶17, «وكان … قد» at another place: a doctor
        # abducted near Salkhad on 19 September (core, historical) and freed sixteen days later (optional)
        E(True, ["ASSAULT"], [17], "خطفوا", ["historical", "asserted"], mode="abduct",
          source=SALKHAD_GUNMEN, recipient=SALKHAD_DOCTOR, location=SALKHAD, date=D("2016-09-19"),
          acled=ABDUCTION),
        E(False, ["RETREAT"], [17], "يُطلق سراحه", ["historical"], mode="release",
          source=SALKHAD_GUNMEN, recipient=SALKHAD_DOCTOR, location=SALKHAD, date=D("2016-10-05")),
    ],
)
