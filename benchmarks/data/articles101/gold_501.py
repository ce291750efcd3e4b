"""Gold of article 501: Internal Security Forces cordoning off a booby-trapped building in al-Mashlab (Raqqa
city), a landmine under a tractor near al-Mansoura killing three farmers (main event, told in ¶2 after the
cordon; one toll), a relative's account and the Tabqa council's version, a joint survey of the fields, the
farmers' gathering's accusation and demand, a sit-in and the council's meeting with its delegation,
detectors handed over, a threat to scrap dealers, a rumoured blast in a school denied, no compensation
paid, the burial, a meeting with the coalition due on Thursday, the toll since October, and a mine near
al-Karama on 8 March 2018 (Raqqa governorate, Syria), a Raqqa civil-society monthly magazine's website,
2018-04-17 (Tue). No dateline: the lead names Raqqa city in its first sentence."""
from actors_places import (
    AIN_ISSA,
    AIN_ISSA_MEETING,
    COALITION,
    DEMINING_NGO,
    FARMERS_FAMILIES,
    FARMERS_GATHERING,
    ISIS,
    KARAMA,
    KARAMA_WORKERS,
    MANSOURA,
    MANSOURA_FARMERS,
    MANSOURA_FIELDS,
    MASHLAB,
    MASHLAB_FAMILIES,
    RAQQA_CC,
    RAQQA_CITY,
    RAQQA_GOV,
    RECON_COMMITTEE,
    RUMAILA,
    RUMAILA_PUPILS,
    SCRAP_DEALERS,
    SITIN_FARMERS,
    SURVEY_PARTIES,
    SY_ISF,
    TABQA,
    TABQA_CC,
    TABQA_MEETING,
)
from common import MINE, PEACEFUL, D, E, paras_of

SLUG = "raqqa_2018_mansoura_mashlab"
YESTERDAY = D("2018-04-16")
TODAY = D("2018-04-17")
# a statement or an act of the day whose hour the text does not give: today, or the evening before
TODAY_OR_EVE = D("2018-04-17", "day", ("2018-04-16", "2018-04-17"))
ARTICLE = dict(
    id="team101-501", slug=SLUG, published="2018-04-17",
    outlet="Nawafidh al-Raqqa, a Raqqa civil-society monthly magazine's website (fictional)",
    paras=paras_of(f"501_{SLUG}.txt"),
    events=[
        # ¶1 (no dateline; Raqqa city in the first sentence): the Internal Security Forces cordon off a
        # booby-trapped building (COERCE restrict; the headline names it). The devices defused by the
        # engineers are no event
        E(True, ["COERCE"], [0, 1], "طوّقت", ["asserted"], mode="restrict",
          source=SY_ISF, recipient=MASHLAB_FAMILIES, location=MASHLAB, date=YESTERDAY,
          attribution=["مراسل «نوافذ الرقة»"], tpara=1),
        # the families moved out of the next buildings belong to the cordon; a second verb, kept optional
        E(False, ["COERCE"], [1], "وأخلت", ["asserted"], mode="restrict",
          source=SY_ISF, recipient=MASHLAB_FAMILIES, location=MASHLAB, date=YESTERDAY),
        # MAIN EVENT, told in ¶2 after the cordon (verb first, a purpose clause of the farmers' work, the hour
        # told after the act in a clause of its own): a landmine under a tractor near al-Mansoura, no author
        # named; a relative ¶3, the Tabqa council's version ¶4 and the burial ¶13 retell it. One toll: 3
        E(True, ["ASSAULT"], [0, 2, 3, 4, 13], "انفجر لغم أرضي", ["asserted"], mode="explosives",
          recipient=MANSOURA_FARMERS, location=MANSOURA, date=YESTERDAY, fatalities=3,
          attribution=["مصدر طبي في مستشفى الطبقة الوطني", "مزارع من أقارب القتلى",
                       "مسؤول في لجنة الزراعة التابعة لمجلس الطبقة المدني"],
          acled=MINE, tpara=2),
        # ¶5: the SDF's engineers and an international demining organisation survey the fields together
        # (COOPERATE; both parties accepted in either role)
        E(True, ["COOPERATE"], [5], "مسحاً مشتركاً", ["asserted"],
          source=SURVEY_PARTIES, recipient=SURVEY_PARTIES, location=MANSOURA_FIELDS, date=TODAY),
        # ¶6: the farmers' gathering accuses the Raqqa Civil Council and asks the coalition for money («عن
        # مقتل المزارعين» is a back-reference); the blame in a second verb is optional
        E(True, ["ACCUSE"], [6], "واتهم", ["asserted"],
          source=FARMERS_GATHERING, recipient=RAQQA_CC, date=YESTERDAY, attribution=["بيان نشره على صفحته"]),
        E(False, ["ACCUSE"], [6], "وحمّله", ["asserted"],
          source=FARMERS_GATHERING, recipient=RAQQA_CC, date=YESTERDAY),
        E(True, ["REQUEST"], [6], "وطالب", ["asserted"],
          source=FARMERS_GATHERING, recipient=COALITION, date=YESTERDAY),
        # ¶7: the sit-in (PROTEST) and the co-chair receiving a delegation (CONSULT); his pledge to fence the
        # fields is optional (planned AGREE)
        E(True, ["PROTEST"], [7], "واعتصم", ["asserted"], mode="demo",
          source=SITIN_FARMERS, location=TABQA, date=TODAY, acled=PEACEFUL),
        E(True, ["CONSULT"], [7], "يستقبل", ["asserted"],
          source=TABQA_MEETING, recipient=TABQA_MEETING, location=TABQA, date=TODAY),
        E(False, ["AGREE"], [7], "ويتعهد", ["planned", "asserted"],
          source=TABQA_CC, recipient=SITIN_FARMERS, date=None),
        # ¶8 (short): detectors and protective suits handed to the reconstruction committee (AID)
        E(True, ["AID"], [8], "وسلّمت", ["asserted"], mode="humanitarian",
          source=DEMINING_NGO, recipient=RECON_COMMITTEE, location=RAQQA_CITY, date=YESTERDAY),
        # ¶9 (al-Mansoura's fields described) holds no event. ¶10: the threat to scrap dealers; the seizure of
        # their depots is conditional (optional, hypothetical)
        E(True, ["THREATEN"], [10], "وتوعّدت", ["asserted"], mode="arrest",
          source=SY_ISF, recipient=SCRAP_DEALERS, date=TODAY_OR_EVE,
          attribution=["تعميم وُزّع على المخاتير"]),
        E(False, ["COERCE"], [10], "بمصادرة", ["hypothetical"], mode="confiscate",
          source=SY_ISF, recipient=SCRAP_DEALERS, date=None),
        # ¶11: a blast in a school yard told on Facebook pages and denied by the education committee
        # (rumoured)
        E(True, ["ASSAULT"], [11], "انفجار جسم غريب", ["rumored", "negated"], mode="explosives",
          recipient=RUMAILA_PUPILS, location=RUMAILA, date=None, attribution=["صفحات محلية على «فيسبوك»"]),
        # ¶12: no compensation paid to the farmers' families (negated AID)
        E(True, ["AID"], [12], "يصرف", ["negated"], mode="economic",
          source=TABQA_CC, recipient=FARMERS_FAMILIES, location=TABQA, date=TODAY),
        # ¶13: the burial belongs to the main event. ¶14: the meeting with the coalition due on Thursday in
        # Ain Issa (planned CONSULT; the coalition's silence negates nothing)
        E(True, ["CONSULT"], [14], "يلتقي", ["planned"],
          source=AIN_ISSA_MEETING, recipient=AIN_ISSA_MEETING, location=AIN_ISSA, date=D("2018-04-19"),
          attribution=["مصدر في المجلس"]),
        # ¶15 (the deminers' view) holds no event. ¶16: the toll of mines since October, an aggregate
        # (optional, generic), and the departure of ISIS from the city recalled (optional, historical)
        E(False, ["ASSAULT"], [16], "قتلت", ["generic"], mode="explosives", location=RAQQA_GOV, date=None),
        E(False, ["RETREAT"], [16], "خروج التنظيم", ["historical"], mode="withdraw",
          source=ISIS, location=RAQQA_CITY, date=D("2017-10-15", "month", ("2017-10-01", "2017-10-31"))),
        # ¶17, «وكان … قد» at another place: a mine under a car of sanitation workers near al-Karama on 8
        # March (core, historical; 2 killed)
        E(True, ["ASSAULT"], [17], "انفجر", ["historical", "asserted"], mode="explosives",
          recipient=KARAMA_WORKERS, location=KARAMA, date=D("2018-03-08"), fatalities=2, acled=MINE),
    ],
)
