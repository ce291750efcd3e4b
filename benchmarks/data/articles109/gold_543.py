"""Gold of article 543: the Babil Operations Command's troops sent to the pilgrims' roads, a roadside bomb by
a service tent for Arbaeen pilgrims at the northern entrance of al-Musayyib killing four (main event, told in
¶2 after the deployment; one toll), a pilgrim's account and the ISIL claim, the provincial council's
accusation and demand, six suspects arrested in Jurf al-Sakhar, the processions committee's conditional
threat, a second blast by the al-Iskandariya bridge rumoured and unconfirmed, the ambulances that did not
reach al-Musayyib's hospital, the governor's meeting and agreement to close the Hilla–Karbala road, the
burial, field hospitals due on Thursday, the Husseini shrine's praise, the season's count of blasts, and a car
bomb in al-Mahawil on 7 November 2013 (Babil, Iraq), a Hilla-based local satellite channel's website,
2013-12-18 (Wed). Dateline «الحلة»: the provincial capital. Mostly about the Arbaeen pilgrims and their
roads."""
from actors_places import (
    BABIL_COUNCIL,
    BABIL_HEALTH,
    BABIL_MEETING,
    BABIL_OPS,
    BABIL_PEOPLE,
    GOV_OFFICE,
    HILLA_KARBALA_ROAD,
    HUSSEINI_SHRINE,
    IRAQ_MOH,
    IRAQ_MOI,
    IRAQI_ARMY,
    ISIL,
    ISKANDARIYA,
    JURF,
    JURF_SUSPECTS,
    MAHAWIL,
    MAHAWIL_VICTIMS,
    MAWAKIB_BODY,
    MUSAYYIB_HOSP,
    MUSAYYIB_HOSPITAL,
    MUSAYYIB_MAWKIB,
    MUSAYYIB_PILGRIMS,
    MUSAYYIB_ROAD,
    PILGRIM_ROADS,
    PILGRIMS,
)
from common import ARREST, MINE, D, E, paras_of

SLUG = "babil_2013_musayyib_jurf_sakhar"
YESTERDAY = D("2013-12-17")
TODAY = D("2013-12-18")
# a statement of the day whose hour the text does not give: today, or the evening before
TODAY_OR_EVE = D("2013-12-18", "day", ("2013-12-17", "2013-12-18"))
ARTICLE = dict(
    id="team109-543", slug=SLUG, published="2013-12-18",
    outlet="Shams Babil, a Hilla-based Iraqi local satellite channel's website (fictional)",
    paras=paras_of(f"543_{SLUG}.txt"),
    events=[
        # ¶1 (dateline «الحلة», the provincial capital): thousands of troops and police sent to the pilgrims'
        # roads (MOBILIZE; the headline names it; «لإحياء زيارة الأربعين» is the pilgrims' purpose)
        E(True, ["MOBILIZE"], [0, 1], "دفعت", ["asserted"], mode="troops",
          source=BABIL_OPS, location=PILGRIM_ROADS, date=YESTERDAY, tpara=1),
        # MAIN EVENT, told in ¶2 after the deployment (verb first; the hour told after the act in a clause of
        # its own): a roadside bomb by a service tent at al-Musayyib; a pilgrim ¶3, the ISIL claim and the
        # police source ¶4 and the burial ¶12 retell it. One toll: 4
        E(True, ["ASSAULT"], [0, 2, 3, 4, 12], "عبوة ناسفة مزروعة", ["asserted"], mode="explosives",
          source=ISIL, recipient=MUSAYYIB_PILGRIMS, location=MUSAYYIB_MAWKIB, date=YESTERDAY, fatalities=4,
          attribution=["دائرة صحة بابل", "زائر قدِم سيراً من العاصمة", "بيان نُشر على مواقع متشددة",
                       "مصدر في قيادة شرطة بابل"],
          acled=MINE, tpara=2),
        # ¶3: the second blast the tent's owners feared (optional, hypothetical)
        E(False, ["ASSAULT"], [3], "انفجار ثانٍ", ["hypothetical"], mode="explosives", date=None),
        # ¶5 (subject, a long parenthesis, verb): the council's accusation and demand, two verbs joined with
        # «و»
        E(True, ["ACCUSE"], [5], "اتهم", ["asserted"],
          source=BABIL_COUNCIL, recipient=BABIL_OPS, date=TODAY_OR_EVE, attribution=["بيان"]),
        E(True, ["REQUEST"], [5], "وطالب", ["asserted"],
          source=BABIL_COUNCIL, recipient=IRAQ_MOI, date=TODAY_OR_EVE),
        # ¶6: six suspects arrested in Jurf al-Sakhar (COERCE arrest); the explosives seized and the attacks
        # the command says they planned are optional; «بتفجير المسيب» is a back-reference to the main event
        E(True, ["COERCE"], [6], "واعتقلت", ["asserted"], mode="arrest",
          source=IRAQI_ARMY, recipient=JURF_SUSPECTS, location=JURF, date=TODAY,
          attribution=["بيان لقيادة العمليات"], acled=ARREST),
        E(False, ["COERCE"], [6], "وضبطت", ["asserted"], mode="seize",
          source=IRAQI_ARMY, location=JURF, date=TODAY),
        E(False, ["ASSAULT"], [6], "لاستهداف", ["hypothetical", "planned", "reported"],
          source=JURF_SUSPECTS, location=PILGRIM_ROADS, date=None),
        # ¶7: the processions committee's conditional threat
        # to pull its tents off the road (THREATEN; the withdrawal optional, hypothetical)
        E(True, ["THREATEN"], [7], "وهدّدت", ["asserted"],
          source=MAWAKIB_BODY, location=MUSAYYIB_ROAD, date=TODAY_OR_EVE),
        E(False, ["RETREAT"], [7], "بسحب", ["hypothetical"], mode="withdraw",
          source=MAWAKIB_BODY, location=MUSAYYIB_ROAD, date=None),
        # ¶8: a motorcycle bomb by the al-Iskandariya bridge, told by Facebook pages and confirmed by no one
        # (rumoured; the morning is given)
        E(True, ["ASSAULT"], [8], "دراجة مفخخة", ["rumored"], mode="explosives",
          location=ISKANDARIYA, date=TODAY, attribution=["صفحات على «فيسبوك»"]),
        # ¶9 (the service tents along the road) holds no event. ¶10: the ambulances promised by the ministry
        # have not reached the hospital (AID, negated); the promise two weeks ago is optional and historical
        E(True, ["AID"], [10], "سيارات الإسعاف العشر", ["negated"], mode="humanitarian",
          source=IRAQ_MOH, recipient=MUSAYYIB_HOSPITAL, location=MUSAYYIB_HOSP, date=TODAY,
          attribution=["مدير المستشفى"]),
        E(False, ["AGREE"], [10], "وعدت", ["historical"],
          source=IRAQ_MOH, recipient=MUSAYYIB_HOSPITAL,
          date=D("2013-12-04", "week", ("2013-12-02", "2013-12-06"))),
        # ¶11, one sentence, two events (and a third, optional): the governor's meeting with the security
        # chiefs and the processions' representatives (CONSULT) and their agreement (AGREE); the closure of
        # the road from Friday is optional and planned
        E(True, ["CONSULT"], [11], "واجتمع", ["asserted"],
          source=BABIL_MEETING, recipient=BABIL_MEETING, location=GOV_OFFICE, date=TODAY,
          attribution=["المكتب الإعلامي للمحافظ"]),
        E(True, ["AGREE"], [11], "واتفق", ["asserted"],
          source=BABIL_MEETING, recipient=BABIL_MEETING, location=GOV_OFFICE, date=TODAY),
        E(False, ["COERCE"], [11], "منع", ["planned"], mode="restrict",
          source=BABIL_MEETING, location=HILLA_KARBALA_ROAD, date=D("2013-12-20")),
        # ¶12: the burial belongs to the main event. ¶13: five field hospitals «ابتداءً من يوم الخميس»
        # (planned AID)
        E(True, ["AID"], [13], "خمسة مستشفيات ميدانية", ["planned"], mode="humanitarian",
          source=BABIL_HEALTH, recipient=PILGRIMS, location=PILGRIM_ROADS, date=D("2013-12-19"),
          attribution=["مسؤول في الدائرة"]),
        # ¶14: the shrine's praise («من قبل» in the same sentence; SUPPORT); its call to the pilgrims is
        # optional
        E(True, ["SUPPORT"], [14], "وأشادت", ["asserted"],
          source=HUSSEINI_SHRINE, recipient=BABIL_PEOPLE, date=TODAY_OR_EVE),
        E(False, ["REQUEST"], [14], "وداعية", ["asserted"],
          source=HUSSEINI_SHRINE, recipient=PILGRIMS, date=TODAY_OR_EVE),
        # ¶15 (the pilgrims crossing Babil every year) holds no event. ¶16: the season's count of blasts
        # (optional, generic)
        E(False, ["ASSAULT"], [16], "تفجيرات", ["generic"], mode="explosives", location=PILGRIM_ROADS,
          date=None),
        # ¶17, «وكانت … قد» at another place: a car bomb by a market in al-Mahawil on 7 November (core,
        # historical; unclaimed; 6 killed); the market's closure afterwards is optional
        E(True, ["ASSAULT"], [17], "سيارة مفخخة", ["historical", "asserted"], mode="explosives",
          recipient=MAHAWIL_VICTIMS, location=MAHAWIL, date=D("2013-11-07"), fatalities=6,
          attribution=["دائرة الصحة"], acled=MINE),
        E(False, ["COERCE"], [17], "وأغلقت", ["historical"], mode="restrict",
          location=MAHAWIL, date=D("2013-11-10", "week", ("2013-11-07", "2013-11-14"))),
    ],
)
