"""Gold of article 603: the local council announces a ceasefire between the Awlad Abu Seif gunmen and the Tebu
fighters, a force of the chief of staff lands at Sabha airport, mortar shells and rockets kill five civilians
in al-Tayuri (main event, told in ¶3 after the ceasefire and the force; five per the Sabha Medical Centre
against eight per the Tebu local council → 5), the other side's denial, the Tebu notables' accusation and
demand, a Tebu leader's threat to close the roads to the oil fields (reported), fighters from Chad rumoured
and denied, medicine flown in, the Red Crescent kept out of the quarter, notables agreeing in Ubari, the
burial, an NTC delegation due on Friday, the toll since Saturday, and three Tebu drivers abducted on the road
to al-Qatrun on 7 March 2012 (Sabha, Libya), a Benghazi-based private newspaper's website, 2012-03-28 (Wed).
Dateline «سبها – «الميزان»:» (the town of the event)."""
from actors_places import (
    ABU_SEIF,
    CHAD_FIGHTERS,
    KIDNAPPERS,
    LRC,
    LY_MOH,
    NTC,
    NTC_DELEGATION,
    QATRUN_ROAD,
    SABHA_AIRPORT,
    SABHA_CITY,
    SABHA_COUNCIL,
    SABHA_MEDICAL,
    SABHA_SIDES,
    STAFF_FORCE,
    TAYURI,
    TAYURI_GUNMEN,
    TAYURI_VICTIMS,
    TEBU_DRIVERS,
    TEBU_ELDERS,
    TEBU_LEADER,
    TEBU_NOTABLES,
    TEBU_SABHA_COUNCIL,
    TRIBAL_NOTABLES,
    UBARI,
    UN,
)
from common import ABDUCTION, SHELL, D, E, paras_of

SLUG = "sabha_2012_tayuri_qatrun"
YESTERDAY = D("2012-03-27")
TODAY = D("2012-03-28")
# a statement or an act without a time of day: the day of publication, or the day before
STATED = D("2012-03-28", "day", ("2012-03-27", "2012-03-28"))
ARTICLE = dict(
    id="team121-603", slug=SLUG, published="2012-03-28",
    outlet="Al-Mizan, a Benghazi-based private newspaper's website (fictional)",
    paras=paras_of(f"603_{SLUG}.txt"),
    events=[
        # ¶1 (dateline «سبها – «الميزان»:», the town of the event): the council announces a ceasefire between
        # the two sides (CONCEDE; «بين … و…»); the three days of fighting, the ceasefire not holding and the
        # meeting before the announcement are optional
        E(True, ["CONCEDE", "AGREE"], [1], "وقفاً لإطلاق النار", ["asserted"], mode="ceasefire",
          source=SABHA_COUNCIL, recipient=SABHA_SIDES, location=SABHA_CITY, date=YESTERDAY,
          attribution=["مراسل «الميزان»"]),
        E(False, ["ASSAULT"], [1], "المواجهات", ["asserted", "historical"], source=SABHA_SIDES,
          location=SABHA_CITY, date=D("2012-03-25", "week", ("2012-03-24", "2012-03-27"))),
        E(False, ["RETREAT"], [1], "لم تصمد", ["negated"], mode="ceasefire", source=SABHA_SIDES, date=TODAY),
        E(False, ["CONSULT"], [1], "اجتماع", ["asserted"], source=SABHA_COUNCIL, date=YESTERDAY),
        # ¶2: a force of the chief of staff flown in (MOBILIZE; a purpose clause); the second force by land
        # optional and planned
        E(True, ["MOBILIZE"], [2], "ووصلت", ["asserted"], mode="troops",
          source=STAFF_FORCE, location=SABHA_AIRPORT, date=TODAY, attribution=["ضابط في القوة"]),
        E(False, ["MOBILIZE"], [2], "ستصل", ["planned"], source=STAFF_FORCE, date=None),
        # MAIN EVENT, told in ¶3 after the ceasefire and the force («وبعد ساعات من انهيار الهدنة» refers back
        # to ¶1): the shells on al-Tayuri; the Tebu council's eight ¶4, the other side's denial ¶5, the
        # burial ¶14 → 5
        E(True, ["ASSAULT"], [0, 3, 4, 5, 14], "قذائف هاون", ["asserted"], mode="heavy-weapons",
          source=ABU_SEIF, recipient=TAYURI_VICTIMS, location=TAYURI, date=TODAY, fatalities=5,
          attribution=["مصدر في مركز سبها الطبي", "المجلس المحلي لقبائل التبو"], acled=SHELL, tpara=3),
        # ¶4: the Tebu council's accusation with its count is optional; ¶5: the shelling of their own
        # positions «since Saturday» (optional, reported and generic) and the renewed blame (optional)
        E(False, ["ACCUSE"], [4], "متهماً", ["asserted"], source=TEBU_SABHA_COUNCIL, recipient=ABU_SEIF,
          date=STATED),
        E(False, ["ASSAULT"], [5], "للقصف", ["reported", "generic"], date=None),
        E(False, ["ACCUSE"], [5], "اتهامه", ["asserted"], source=ABU_SEIF, date=STATED),
        # ¶6 (the city, its peoples and its trade) holds no event. ¶7 (verb first): the blame and the demand,
        # two verbs joined with «و»
        E(True, ["ACCUSE"], [7], "وحمّل", ["asserted"],
          source=TEBU_ELDERS, recipient=NTC, date=STATED, attribution=["بيان"]),
        E(True, ["REQUEST"], [7], "وطالب", ["asserted"],
          source=TEBU_ELDERS, recipient=UN, date=STATED),
        # ¶8: the threat quoted by a TV channel (reported first); the closure it names optional and
        # hypothetical, the shelling of its condition optional
        E(True, ["THREATEN"], [8], "وهدّد", ["reported", "asserted"],
          source=TEBU_LEADER, date=STATED, attribution=["قناة فضائية ليبية"]),
        E(False, ["PROTEST"], [8], "بإغلاق", ["hypothetical"], mode="obstruct", source=TEBU_LEADER,
          date=None),
        E(False, ["ASSAULT"], [8], "قصف الأحياء", ["hypothetical", "generic"], date=None),
        # ¶9: fighters crossing from Chad, told by Facebook pages and denied (rumoured, undated)
        E(True, ["MOBILIZE"], [9], "عبور", ["rumored"], mode="troops",
          source=CHAD_FIGHTERS, location=SABHA_CITY, date=None, attribution=["صفحات ليبية على «فيسبوك»"]),
        # ¶10 (verb first): medicine flown in (AID); the surgeons due tomorrow optional and planned
        E(True, ["AID"], [10], "وأرسلت", ["asserted"], mode="humanitarian",
          source=LY_MOH, recipient=SABHA_MEDICAL, location=SABHA_CITY, date=TODAY, attribution=["الوزارة"]),
        E(False, ["AID"], [10], "سيصل", ["planned"], source=LY_MOH, date=D("2012-03-29")),
        # ¶11: the gunmen do not let the Red Crescent through (RETREAT access, negated; a purpose clause)
        E(True, ["RETREAT"], [11], "ولم يسمح", ["negated"], mode="access",
          source=TAYURI_GUNMEN, recipient=LRC, location=TAYURI, date=TODAY, attribution=["متطوع في الجمعية"]),
        # ¶12: notables of three peoples agree on a joint committee in Ubari (AGREE); their meeting optional
        E(True, ["AGREE"], [12], "واتفق", ["asserted"],
          source=TRIBAL_NOTABLES, recipient=TRIBAL_NOTABLES, location=UBARI, date=STATED),
        E(False, ["CONSULT"], [12], "اجتماع", ["asserted"], source=TRIBAL_NOTABLES, location=UBARI,
          date=STATED),
        # ¶13 (the price of gas and bread) holds no event; ¶14 is the burial of the main event. ¶15: an NTC
        # delegation «يوم الجمعة المقبل» (planned CONSULT visit); its meeting with both sides optional
        E(True, ["CONSULT"], [15], "يصل", ["planned"], mode="visit",
          source=NTC_DELEGATION, location=SABHA_CITY, date=D("2012-03-30")),
        E(False, ["CONSULT"], [15], "للقاء", ["planned"], source=NTC_DELEGATION, date=D("2012-03-30")),
        # ¶16: the toll since Saturday, an aggregate (optional, generic)
        E(False, ["ASSAULT"], [16], "أوقعت", ["generic"], date=None),
        # ¶17, «وكان … قد» at another place: three Tebu drivers abducted on the road to al-Qatrun on 7 March
        # (core, historical); their release and the notables' blame optional
        E(True, ["ASSAULT"], [17], "اختطفوا", ["historical", "asserted"], mode="abduct",
          source=KIDNAPPERS, recipient=TEBU_DRIVERS, location=QATRUN_ROAD, date=D("2012-03-07"),
          acled=ABDUCTION),
        E(False, ["RETREAT"], [17], "يُطلق سراحهم", ["historical"], mode="release", date=D("2012-03-09")),
        E(False, ["ACCUSE"], [17], "اتهم", ["historical"], source=TEBU_NOTABLES,
          date=D("2012-03-07", "week", ("2012-03-07", "2012-03-14"))),
    ],
)
