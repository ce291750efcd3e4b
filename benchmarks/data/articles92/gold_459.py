"""Gold of article 459: Bab al-Tabbaneh, Jabal Mohsen, Syria Street and al-Qubbah (Tripoli, North Lebanon),
al-Beddawi and Beirut, a Lebanese TV station's news website, 2014-03-27 (Thu)."""
from actors_places import (
    ADP,
    BEDDAWI,
    BEDDAWI_VENDOR,
    BEIRUT_SERAIL,
    CABINET,
    ISF_INFO,
    JABAL_SNIPERS,
    LAF,
    LAF_CHECKPOINT,
    LAF_PATROL,
    LEB_STATE,
    MALLOULEH,
    MIL_JUDICIARY,
    PLAN_AREA,
    PLAN_FORCES,
    QUBBAH,
    QUBBAH_COMMANDER,
    SITIN,
    SOUQ_QAMH,
    SYRIA_STREET,
    TABBANEH,
    TABBANEH_COMMANDER,
    TABBANEH_GROUPS,
    TRIPOLI,
    TRIPOLI_GUNMEN,
    TRIPOLI_LINES,
    TRIPOLI_MPS,
    TRIPOLI_RESIDENTS,
    TRIPOLI_SERAIL,
    TWO_SNIPERS,
    UNKNOWN_GUNMEN,
    WANTED_26,
)
from common import ARREST, ATTACK, CLASH, PEACEFUL, D, E, paras_of

SLUG = "north_lebanon_2014_tripoli_tabbaneh_jabal_mohsen"
TODAY = D("2014-03-27")
LAST_NIGHT = D("2014-03-26", "day", ("2014-03-26", "2014-03-27"))
ARTICLE = dict(
    id="team92-459", slug=SLUG, published="2014-03-27",
    outlet="al-Sindiyan, a Lebanese TV station's news website (fictional)",
    paras=paras_of(f"459_{SLUG}.txt"),
    events=[
        # ¶1 (dateline «طرابلس», the town of the event): the army reinforces its deployment (its purpose,
        # «تمهيداً لتنفيذ الخطة الأمنية», is no event); the headline 0 names it
        E(True, ["MOBILIZE"], [0, 1], "عزّز", ["asserted"], mode="troops",
          source=LAF, location=TRIPOLI_LINES, date=TODAY, attribution=["مراسل «السنديان»"], tpara=1),
        # the main event, in ¶2 after the deployment: sniper fire exchanged between the two quarters (both
        # sides' gunmen are the source; the army's return fire is part of it); the army's two against the
        # hospital's three (3) → 2; the other side's version 4 (the ADP's statement), the funeral 17
        E(True, ["ASSAULT"], [0, 2, 3, 4, 17], "برصاص القنص", ["asserted"], mode="firearms",
          source=TRIPOLI_GUNMEN, location=SYRIA_STREET, date=TODAY, fatalities=2,
          attribution=["قيادة الجيش", "مصدر طبي في أحد مستشفيات المدينة"], acled=CLASH, tpara=2),
        # ¶4: the ADP blames armed groups of al-Tabbaneh (ACCUSE); a Tabbaneh commander's counter-accusation
        # (optional; «قناصي الجبل», a possessive)
        E(True, ["ACCUSE"], [4], "حمّل", ["asserted"],
          source=ADP, recipient=TABBANEH_GROUPS, date=TODAY),
        E(False, ["ACCUSE"], [4], "اتهم", ["asserted"],
          source=TABBANEH_COMMANDER, recipient=JABAL_SNIPERS, date=TODAY),
        # ¶5 (in «وكان … قد», but yesterday: asserted): the cabinet's session (CONSULT), its approval of the
        # plan (optional AGREE, no ACLED label) and the deployment planned for next week (MOBILIZE, planned;
        # the plan's other terms are no events)
        E(True, ["CONSULT"], [5], "جلسة", ["asserted"], mode="multilateral",
          source=CABINET, location=BEIRUT_SERAIL, date=D("2014-03-26")),
        E(False, ["AGREE"], [5], "أقرّ", ["asserted"],
          source=CABINET, location=BEIRUT_SERAIL, date=D("2014-03-26")),
        E(True, ["MOBILIZE"], [5], "بانتشار", ["planned"], mode="troops",
          source=PLAN_FORCES, location=PLAN_AREA, date=D("2014-04-01", "week", ("2014-03-30", "2014-04-05"))),
        # ¶6: arrest warrants issued (COERCE or SANCTION, no ACLED label: nobody was arrested) and the earlier
        # warrants never executed (core COERCE, negated)
        E(True, ["COERCE", "SANCTION"], [6], "وأصدر", ["asserted"], mode="arrest",
          source=MIL_JUDICIARY, recipient=WANTED_26, location=TRIPOLI, date=TODAY),
        E(True, ["COERCE"], [6], "تُنفَّذ", ["negated"], mode="arrest",
          location=TRIPOLI, date=TODAY, attribution=["مصدر قضائي"]),
        # ¶7: the sit-in and the demand joined with «و» and a second verb
        E(True, ["PROTEST"], [7], "اعتصاماً", ["asserted"], mode="demo",
          source=SITIN, location=TRIPOLI_SERAIL, date=TODAY, acled=PEACEFUL),
        E(True, ["REQUEST"], [7], "وطالبوا", ["asserted"],
          source=SITIN, recipient=LEB_STATE, date=TODAY),
        # ¶8: an arrest at a checkpoint told by local sites and denied (rumoured)
        E(True, ["COERCE"], [8], "توقيف", ["rumored", "reported"], mode="arrest",
          source=LAF_CHECKPOINT, recipient=QUBBAH_COMMANDER, location=MALLOULEH, date=LAST_NIGHT,
          attribution=["مواقع إخبارية محلية"]),
        # ¶9: a commander's conditional threat (asserted); firing on raids is hypothetical (optional)
        E(True, ["THREATEN"], [9], "وهدّد", ["asserted"], mode="violence",
          source=TABBANEH_COMMANDER, location=TABBANEH, date=TODAY),
        E(False, ["ASSAULT"], [9], "الرد بالنار", ["hypothetical"], mode="firearms",
          source=TABBANEH_COMMANDER, location=TABBANEH, date=None),
        # the commander's offer to hand weapons to the army alone (optional AGREE: «مستعدون»)
        E(False, ["AGREE"], [9], "مستعدون", ["asserted"],
          source=TABBANEH_COMMANDER, location=TABBANEH, date=TODAY),
        # paragraph 10 (Syria Street: a description) holds no event
        # ¶11: the MPs' welcome of the plan (SUPPORT); their meeting and their call are optional
        E(True, ["SUPPORT"], [11], "ورحّب", ["asserted"],
          source=TRIPOLI_MPS, location=TRIPOLI, date=TODAY),
        E(False, ["CONSULT"], [11], "اجتماع", ["asserted"], mode="multilateral",
          source=TRIPOLI_MPS, location=TRIPOLI, date=TODAY),
        E(False, ["REQUEST"], [11], "داعين", ["asserted"],
          source=TRIPOLI_MPS, recipient=TRIPOLI_RESIDENTS, date=TODAY),
        # ¶12 (the time in its own clause): fire on an army patrol «من دون أن تسفر عن إصابات» (asserted)
        E(True, ["ASSAULT"], [12], "وأطلق", ["asserted"], mode="firearms",
          source=UNKNOWN_GUNMEN, recipient=LAF_PATROL, location=SOUQ_QAMH, date=LAST_NIGHT, acled=CLASH),
        # background at another place, in «وكان … قد»: a vegetable seller shot dead near al-Beddawi on 19
        # March
        E(True, ["ASSAULT"], [13], "قُتل", ["historical", "asserted"], mode="firearms",
          recipient=BEDDAWI_VENDOR, location=BEDDAWI, date=D("2014-03-19"), fatalities=1, acled=ATTACK),
        # paragraph 14 (rounds of fighting since 2008: aggregates, generic) holds no event
        # ¶15: two men with sniper rifles arrested by the ISF Information Branch
        E(True, ["COERCE"], [15], "وأوقفت", ["asserted"], mode="arrest",
          source=ISF_INFO, recipient=TWO_SNIPERS, location=QUBBAH, date=TODAY,
          attribution=["بلاغ للمديرية العامة"], acled=ARREST),
        # paragraph 16 (schools closed: a standing situation) holds no event; ¶17, the funeral (with shots
        # in the air, no event), is a paragraph of the main event
    ],
)
