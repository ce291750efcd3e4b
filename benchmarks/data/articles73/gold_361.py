"""Gold of article 361: a general strike in Tabqa against the SDF's conscription drive, a march, the Asayish's
deadly fire on protesters at al-Mansoura the evening before, the notables' meeting with the civil council, a
refusal, detainees not released, raids and arrests, a rumoured SDF convoy, the sheikhs' threat, a sit-in
planned for Thursday, and a young man killed at an SDF checkpoint near al-Karama on 7 May (Raqqa, Syria), a
local citizen news network, 2019-05-21 (Tue). Mostly about protests and strikes, their demands and their
repression. No dateline: the lead names «مدينة الطبقة» in its first sentence; the main event is first told in
¶3, after the strike and the march, in a «وكانت … قد» clause about the evening before; one toll (2), told
again by the Asayish's statement (¶5, no number) and a hospital source (¶6)."""
from actors_places import (
    AANES,
    ASAYISH,
    DETAINEES_FAMILIES,
    EAST_RAQQA,
    INFILTRATORS,
    ISKAN,
    ISKAN_YOUTHS,
    KARAMA,
    KARAMA_YOUTH,
    MANSOURA,
    MANSOURA_PROTESTERS,
    REGIME_TURKEY_CELLS,
    SDF,
    SDF_CHECKPOINT,
    SDF_DETAINEES,
    TABQA,
    TABQA_COORDINATION,
    TABQA_COUNCIL,
    TABQA_COUNCIL_BLDG,
    TABQA_COUNTRYSIDE,
    TABQA_MEETING,
    TABQA_PROTESTERS,
    TABQA_RESIDENTS,
    TABQA_SHEIKHS,
    TABQA_STRIKERS,
    TRIBAL_DELEGATION,
)
from common import ARREST, ATTACK, EXCESSIVE, PEACEFUL, D, E, paras_of

SLUG = "tabqa_2019_mansoura_karama_conscription_strike"
TODAY = D("2019-05-21")
TODAY_OPEN = D("2019-05-21", "day", ("2019-05-20", "2019-05-21"))
ARTICLE = dict(
    id="team73-361", slug=SLUG, published="2019-05-21",
    outlet="Minbar al-Rashid, local citizen news network of Raqqa (fictional)",
    paras=paras_of(f"361_{SLUG}.txt"),
    events=[
        # ¶1: the general strike in Tabqa, second day (headline 0); the notables' call and the young men taken
        # to the training camps over past weeks are optional (a call recalled; an aggregate)
        E(True, ["PROTEST"], [0, 1], "إضراب عام", ["asserted", "reported"], mode="strike",
          source=TABQA_STRIKERS, recipient=SDF, location=TABQA, date=TODAY,
          attribution=["مراسل «منبر الرشيد» في المدينة"], acled=PEACEFUL, tpara=1),
        E(False, ["REQUEST"], [1], "دعا إليه", ["historical", "asserted"],
          source=TABQA_STRIKERS, location=TABQA, date=None),
        E(False, ["COERCE"], [1], "اقتيدوا", ["generic", "historical"], mode="arrest",
          source=SDF, recipient=SDF_DETAINEES, location=TABQA, date=None),
        # ¶2: the march after the afternoon prayer (its banners' call optional); the Asayish did not disperse
        # it (optional, negated)
        E(True, ["PROTEST"], [2], "مظاهرة", ["asserted"], mode="demo",
          source=TABQA_PROTESTERS, recipient=AANES, location=TABQA, date=TODAY, acled=PEACEFUL),
        E(False, ["REQUEST"], [2], "تدعو", ["asserted"],
          source=TABQA_PROTESTERS, recipient=AANES, date=TODAY),
        E(False, ["COERCE", "ASSAULT"], [2], "لتفريق", ["negated"], mode="restrict",
          source=ASAYISH, recipient=TABQA_PROTESTERS, location=TABQA, date=TODAY),
        # MAIN EVENT, first told in ¶3 in a «وكانت … قد» clause about the evening before: the Asayish's live
        # fire on protesters at al-Mansoura (headline 0; witnesses 3: two; the Asayish's version 5; a hospital
        # 6: two) → 2. The protest it met is optional; the Asayish's claim of fire from «infiltrators» is
        # optional
        E(True, ["ASSAULT", "COERCE", "PROTEST"], [0, 3, 5, 6], "الرصاص الحي",
          ["asserted", "reported", "historical"], mode="firearms",
          source=ASAYISH, recipient=MANSOURA_PROTESTERS, location=MANSOURA,
          date=D("2019-05-20"), fatalities=2,
          attribution=["شهود عيان", "قيادة قوى الأمن الداخلي في الرقة", "مصدر طبي في المشفى الوطني بالطبقة"],
          acled=EXCESSIVE, tpara=3),
        E(False, ["PROTEST"], [3], "احتجاجاً مماثلاً", ["asserted", "historical"], mode="demo",
          source=MANSOURA_PROTESTERS, location=MANSOURA, date=D("2019-05-20")),
        E(False, ["ASSAULT"], [5], "لإطلاق نار", ["reported"], mode="firearms",
          source=INFILTRATORS, recipient=ASAYISH, location=MANSOURA, date=D("2019-05-20")),
        # ¶4 (Tabqa described) holds no event
        # ¶7: the notables' meeting with the civil council (CONSULT), their demand (REQUEST) and the council's
        # pledge (AGREE), told by a delegate
        E(True, ["CONSULT"], [7], "اجتماعاً", ["asserted", "reported"],
          source=TABQA_MEETING, recipient=TABQA_MEETING, location=TABQA, date=TODAY,
          attribution=["أحد أعضاء الوفد"]),
        E(True, ["REQUEST"], [7], "طالب خلاله", ["asserted", "reported"],
          source=TRIBAL_DELEGATION, recipient=TABQA_COUNCIL, date=TODAY, attribution=["أحد أعضاء الوفد"]),
        E(True, ["AGREE"], [7], "تعهّد", ["asserted", "reported"],
          source=TABQA_COUNCIL, recipient=TRIBAL_DELEGATION, date=TODAY, attribution=["أحد أعضاء الوفد"]),
        # ¶8: the notables refuse the council's proposal (REJECT; the proposal optional AGREE); no detainee
        # released (RETREAT, negated)
        E(True, ["REJECT"], [8], "ورفض", ["asserted", "reported"],
          source=TRIBAL_DELEGATION, recipient=TABQA_COUNCIL, date=TODAY, attribution=["أحد أعضاء الوفد"]),
        E(False, ["AGREE"], [8], "مقترحاً", ["asserted", "reported"],
          source=TABQA_COUNCIL, recipient=TRIBAL_DELEGATION, date=TODAY),
        E(True, ["RETREAT", "CONCEDE"], [8], "تُفرج", ["negated"], mode="release",
          source=SDF, recipient=SDF_DETAINEES, date=TODAY),
        # ¶9: dawn raids on houses in al-Iskan and five arrests (one event); the phones seized are optional
        E(True, ["COERCE"], [9], "واعتقلت", ["asserted", "reported"], mode="arrest",
          source=ASAYISH, recipient=ISKAN_YOUTHS, location=ISKAN, date=TODAY, attribution=["ذووهم"],
          acled=ARREST),
        E(False, ["COERCE"], [9], "وصادروا", ["reported"], mode="confiscate",
          source=ASAYISH, location=ISKAN, date=TODAY),
        # ¶10: an SDF convoy near al-Mansoura, told by local pages and unchecked (rumoured); the military
        # council's source «knows of no movement»
        E(True, ["MOBILIZE"], [10], "رتل", ["rumored", "reported"], mode="troops",
          source=SDF, location=MANSOURA, date=TODAY_OPEN, attribution=["صفحات محلية على «فيسبوك»"]),
        # ¶11: the sheikhs' conditional threat (THREATEN); the wider strike itself is hypothetical (optional)
        E(True, ["THREATEN"], [11], "وهدّد", ["asserted"],
          source=TABQA_SHEIKHS, recipient=AANES, location=TABQA_COUNTRYSIDE, date=TODAY_OPEN),
        E(False, ["PROTEST"], [11], "بتوسيع الإضراب", ["hypothetical"], mode="strike",
          source=TABQA_SHEIKHS, location=TABQA_COUNTRYSIDE, date=None),
        # ¶12: the detainees' families' sit-in «يوم الخميس المقبل» (planned); the coordination's call optional
        E(True, ["PROTEST"], [12], "اعتصاماً", ["planned"], mode="demo",
          source=DETAINEES_FAMILIES, location=TABQA_COUNCIL_BLDG, date=D("2019-05-23"),
          attribution=["«تنسيقية شباب الطبقة»"]),
        E(False, ["REQUEST"], [12], "لدعوة", ["asserted"],
          source=TABQA_COORDINATION, date=TODAY_OPEN),
        # ¶13 (the conscription law and its standing complaints: generic) holds no event
        # background at another place: a young man killed at an SDF checkpoint near al-Karama on 7 May; the
        # protests it set off are optional, historical
        E(True, ["ASSAULT"], [14], "قُتل", ["historical", "asserted"], mode="firearms",
          source=SDF_CHECKPOINT, recipient=KARAMA_YOUTH, location=KARAMA, date=D("2019-05-07"), fatalities=1,
          attribution=["أقاربه"], acled=ATTACK),
        E(False, ["PROTEST"], [14], "احتجاجات", ["historical"], mode="demo",
          location=EAST_RAQQA, date=D("2019-05-08", "week", ("2019-05-07", "2019-05-10"))),
        # ¶15 (activists' reading) holds no event
        # ¶16: the Autonomous Administration's call on Tabqa's residents (REQUEST) and its accusation (ACCUSE)
        E(True, ["REQUEST"], [16], "دعت", ["asserted"],
          source=AANES, recipient=TABQA_RESIDENTS, date=TODAY),
        E(True, ["ACCUSE"], [16], "متهمةً", ["asserted"],
          source=AANES, recipient=REGIME_TURKEY_CELLS, date=TODAY),
    ],
)
