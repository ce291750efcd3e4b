"""Gold of article 609: Bab al-Tabbaneh, Jabal Mohsen, al-Qobbeh, al-Mallouleh, Abu Samra, al-Beddawi and the
al-Nour square (Tripoli, North Lebanon), with the Grand Serail and Baabda, a Beirut-based daily newspaper's
website, 2014-03-22 (Sat)."""
from actors_places import (
    ABU_SAMRA,
    ADP_OFFICIAL,
    AXIS_LEADERS,
    BAABDA,
    BEDDAWI,
    BEDDAWI_GUNMEN,
    FRONT_LINES_609,
    GUNMEN_609,
    HIGHER_DEFENCE_COUNCIL,
    HRC,
    LAF,
    LAF_COMMAND,
    LAF_UNIT,
    LAF_UNITS,
    LB_CABINET,
    LRC,
    MALLOULEH,
    MOHSEN_ENTRANCES,
    MOHSEN_GUNMEN,
    MOHSEN_WORKERS,
    NOUR_SQUARE,
    POLITICAL_SECURITY_BODIES,
    QOBBEH,
    SERAIL,
    SNIPERS_609,
    TABBANEH_FAMILIES,
    TABBANEH_GUNMEN,
    TABBANEH_LEADERS,
    TABBANEH_MOHSEN,
    TABBANEH_QOBBEH,
    TAXI_DRIVER,
    TRAPPED_FAMILIES,
    TRIPOLI,
    TRIPOLI_FIGHTERS,
    TRIPOLI_MPS,
    TRIPOLI_NOTABLES,
    TRIPOLI_PROTESTERS,
    WANTED_FOUR,
)
from common import ARREST, ATTACK, CLASH, PEACEFUL, D, E, paras_of

SLUG = "north_lebanon_2014_tripoli_tabbaneh_mohsen_qobbeh"
TODAY = D("2014-03-22")
YESTERDAY = D("2014-03-21")
LAST_NIGHT = D("2014-03-21", "day", ("2014-03-21", "2014-03-22"))
LATELY = D("2014-03-22", "day", ("2014-03-21", "2014-03-22"))
ARTICLE = dict(
    id="team122-609", slug=SLUG, published="2014-03-22",
    outlet="al-Madar, a Beirut-based daily newspaper's website (fictional)",
    paras=paras_of(f"609_{SLUG}.txt"),
    events=[
        # ¶1 (dateline «بيروت», the country's capital; the events happen in Tripoli): the cabinet approves a
        # security plan for Tripoli last night (core AGREE, no ACLED label); the deployment it foresees from
        # next week is optional (planned); the headline names it
        E(True, ["AGREE"], [0, 1], "أقر", ["asserted"], source=LB_CABINET, location=SERAIL, date=YESTERDAY,
          attribution=["وزير الإعلام"], tpara=1),
        E(False, ["MOBILIZE"], [1], "بانتشار", ["planned"], mode="troops", source=LAF_UNITS, location=TRIPOLI,
          date=D("2014-03-24", "week", ("2014-03-24", "2014-03-30"))),
        # the main event, in ¶2 after the cabinet's decision of ¶1 (not first in the lead): clashes between
        # Bab al-Tabbaneh and Jabal Mohsen from Thursday evening to this morning; six killed per security
        # sources, eight per medical sources → 6 (the lowest); ¶3 each side's telling, ¶15 the soldier's
        # burial; the headline names it
        E(True, ["ASSAULT"], [0, 2, 3, 15], "اشتباكات", ["asserted", "reported"], mode="firearms",
          source=TRIPOLI_FIGHTERS, location=TABBANEH_MOHSEN, date=D("2014-03-20", "day",
                                                                     ("2014-03-20", "2014-03-22")),
          fatalities=6, attribution=["مصادر أمنية", "مصادر طبية في مستشفيات المدينة"], acled=CLASH, tpara=2),
        # ¶3: each side blames the other (two optional ACCUSE events); the truce of two weeks ago is optional
        # (historical)
        E(False, ["ACCUSE"], [3], "حمّل", ["asserted"], source=ADP_OFFICIAL, recipient=TABBANEH_GUNMEN,
          date=LATELY),
        E(False, ["ACCUSE"], [3], "اتهم", ["asserted"], source=TABBANEH_LEADERS, recipient=MOHSEN_GUNMEN,
          date=LATELY),
        E(False, ["AGREE"], [3], "الهدنة", ["historical"], source=TRIPOLI_NOTABLES,
          date=D("2014-03-08", "week", ("2014-03-05", "2014-03-11"))),
        # ¶4: snipers wound a taxi driver near the al-Mallouleh bridge (core ASSAULT, Violence against
        # civilians)
        E(True, ["ASSAULT"], [4], "رصاص القناصة", ["asserted"], mode="firearms", source=SNIPERS_609,
          recipient=TAXI_DRIVER, location=MALLOULEH, date=YESTERDAY, acled=ATTACK),
        # ¶5, verb–subject–object: an army raid in al-Qobbeh, four wanted men held (core COERCE, Arrests)
        E(True, ["COERCE"], [5], "ودهمت", ["asserted"], mode="arrest", source=LAF_UNIT, recipient=WANTED_FOUR,
          location=QOBBEH, date=TODAY, attribution=["مديرية التوجيه"], acled=ARREST),
        # ¶6: front-line commanders said to have left the city, unconfirmed (core RETREAT, rumored)
        E(True, ["RETREAT"], [6], "مغادرة", ["rumored", "reported"], mode="withdraw", source=AXIS_LEADERS,
          location=TRIPOLI, date=None, attribution=["أوساط طرابلسية"]),
        # ¶7: the army command warns the gunmen (core THREATEN «أنذرت»); the answering fire is optional
        # (hypothetical)
        E(True, ["THREATEN"], [7], "وأنذرت", ["asserted"], mode="violence", source=LAF_COMMAND,
          recipient=GUNMEN_609, location=TRIPOLI, date=LATELY),
        E(False, ["ASSAULT"], [7], "ستردّ", ["hypothetical"], source=LAF_COMMAND, date=None),
        # paragraph 8 (Syria Street and the rounds since 2008: a description and aggregates) holds no event
        # ¶9: the Higher Defence Council to meet next Monday in Baabda (core planned CONSULT)
        E(True, ["CONSULT"], [9], "اجتماعاً", ["planned"], source=HIGHER_DEFENCE_COUNCIL, location=BAABDA,
          date=D("2014-03-24"), attribution=["مصدر وزاري"]),
        # ¶10: the Red Cross unable to evacuate trapped families (core AID, negated)
        E(True, ["AID"], [10], "إخلاء", ["negated"], mode="humanitarian", source=LRC,
          recipient=TRAPPED_FAMILIES, location=FRONT_LINES_609, date=LATELY,
          attribution=["مسؤول في الصليب الأحمر"]),
        # background at another place, in «وكان … قد»: gunmen fire on a bus of Jabal Mohsen workers at the
        # entrance of al-Beddawi on 13 March (core, historical, 1; Violence against civilians); «ولم تتمكن
        # الأجهزة الأمنية من تحديد هوية» adds no event
        E(True, ["ASSAULT"], [11], "أطلقوا النار", ["historical", "asserted"], mode="firearms",
          source=BEDDAWI_GUNMEN, recipient=MOHSEN_WORKERS, location=BEDDAWI, date=D("2014-03-13"),
          fatalities=1, attribution=["مصدر قضائي"], acled=ATTACK),
        # ¶12: Tripoli's MPs accuse «جهات سياسية وأمنية» (core ACCUSE) and, in a participle clause,
        # call on the army (core REQUEST); their meeting is optional
        E(True, ["ACCUSE"], [12], "اتهم", ["asserted"], source=TRIPOLI_MPS,
          recipient=POLITICAL_SECURITY_BODIES, date=LATELY),
        E(True, ["REQUEST"], [12], "داعين", ["asserted"], source=TRIPOLI_MPS, recipient=LAF, date=LATELY),
        E(False, ["CONSULT"], [12], "اجتماعهم", ["asserted"], source=TRIPOLI_MPS, date=LATELY),
        # ¶13: food and mattresses for families in Abu Samra's schools (core AID); their flight is optional
        E(True, ["AID"], [13], "ووزعت", ["asserted"], mode="humanitarian", source=HRC,
          recipient=TABBANEH_FAMILIES, location=ABU_SAMRA, date=LATELY),
        E(False, ["RETREAT"], [13], "نزحت", ["asserted"], source=TABBANEH_FAMILIES, location=TABBANEH_QOBBEH,
          date=D("2014-03-21", "day", ("2014-03-20", "2014-03-22"))),
        # ¶14: a sit-in on al-Nour square (core PROTEST, Peaceful protest)
        E(True, ["PROTEST"], [14], "اعتصاماً", ["asserted"], mode="demo", source=TRIPOLI_PROTESTERS,
          location=NOUR_SQUARE, date=TODAY, acled=PEACEFUL),
        # ¶15, the soldier's burial, is a paragraph of the main event
        # paragraph 16 (a shopkeeper's words) holds no event
        # ¶17: the army reinforces its positions around Jabal Mohsen last night (core MOBILIZE)
        E(True, ["MOBILIZE"], [17], "وعززت", ["asserted"], mode="troops", source=LAF_UNITS,
          location=MOHSEN_ENTRANCES, date=LAST_NIGHT, attribution=["مراسل «المدار»"]),
    ],
)
