"""Gold of article 208: Qamishli, Amuda and the border (the KNC offices, al-Kornish, al-Hilaliya, al-Antariya), a
Kurdish opposition site close to the KNC, 2017-03-13 (Mon). No dateline; 18 paragraphs; ¶8 and ¶14 hold no event."""
from actors_places import (
                           AMUDA,
                           ANTARIYA,
                           ASAYISH,
                           BORDER_VICTIM,
                           COALITION,
                           DARBASIYAH,
                           DUHOK,
                           ERBIL,
                           HILALIYA,
                           HILALIYA_YOUTHS,
                           KNC,
                           KNC_DELEGATION,
                           KNC_DETAINEES,
                           KNC_LEADERS,
                           KNC_OFFICES,
                           KNC_PARTIES,
                           KNC_RELEASED,
                           KNC_SUPPORTERS,
                           KNC_TEVDEM,
                           KORNISH,
                           KURDS_2004,
                           MALIKIYAH_DARBASIYAH,
                           PYD_ASAYISH,
                           QAMISHLI,
                           QAMISHLI_BORDER,
                           REGIME_CELLS,
                           SY_MIL_SECURITY,
                           SY_REGIME_FORCES_2004,
                           TEV_DEM,
                           TR_BORDER_GUARDS,
                           US_STATE_DEPT,
                           YEKITI_MEMBER,
)
from common import ARREST, ATTACK, MINE, OTHER, PEACEFUL, D, E, paras_of

SLUG = "qamishli_2017_asayish_closes_knc_offices_amuda_border_shooting"
ARTICLE = dict(
    id="team42-208", slug=SLUG, published="2017-03-13", outlet="Afaq Qamishlo news site (fictional)",
    paras=paras_of(f"208_{SLUG}.txt"),
    events=[
        # the closure of three KNC parties' offices in Qamishli this morning: headline 0, lead 1, the Asayish's
        # justification 3 (a retelling), the party member's details 9 (computers and papers seized in the same act)
        E(True, ["COERCE"], [0, 1, 3, 9], "إغلاق مكاتب", ["asserted", "reported"], mode="ban",
          source=ASAYISH, recipient=KNC_PARTIES, location=QAMISHLI, date=D("2017-03-13"),
          attribution=["مراسل آفاق قامشلو", "عضو في الهيئة القيادية لأحد الأحزاب"], acled=OTHER, tpara=1),
        # in the same sentence, the arrest of six members (a distinct act on distinct people; headline 0), told again
        # at the end (17: four still held, whereabouts unknown; the Asayish's silence is no event)
        E(True, ["COERCE"], [0, 1, 17], "واعتقلت", ["asserted", "reported"], mode="arrest",
          source=ASAYISH, recipient=KNC_DETAINEES, location=QAMISHLI, date=D("2017-03-13"),
          attribution=["مراسل آفاق قامشلو"], acled=ARREST, tpara=1),
        # yesterday's commemorative rally of KNC supporters in al-Kornish (a political gathering with flags:
        # PROTEST); the 2004 killings are recalled in a relative clause (optional, historical)
        E(True, ["PROTEST"], [2], "تجمّع نظّمه المجلس", ["asserted"], mode="demo",
          source=KNC_SUPPORTERS, location=KORNISH, date=D("2017-03-12"), acled=PEACEFUL),
        E(False, ["ASSAULT"], [2], "وقُتل خلالها", ["historical"], mode="firearms",
          source=SY_REGIME_FORCES_2004, recipient=KURDS_2004, location=QAMISHLI,
          date=D("2004-03-12", "month", ("2004-03-01", "2004-03-31")), fatalities=30),
        # the Asayish statement: accusation of the parties and a threat to close any unlicensed office; the closures
        # it threatens are only hypothetical (optional)
        E(True, ["ACCUSE"], [3], "واتهمت", ["asserted"],
          source=ASAYISH, recipient=KNC_PARTIES, date=D("2017-03-13"), attribution=["صفحة الأسايش على فيسبوك"]),
        E(True, ["THREATEN"], [3], "مهددةً", ["asserted"], mode="ban",
          source=ASAYISH, recipient=KNC_PARTIES, date=D("2017-03-13"), attribution=["صفحة الأسايش على فيسبوك"]),
        E(False, ["COERCE"], [3], "بإغلاق كل مكتب", ["hypothetical"], mode="ban",
          source=ASAYISH, recipient=KNC_PARTIES, date=None),
        # the sit-in before the closed KDP-S office and its demand to the Asayish
        E(True, ["PROTEST"], [4], "اعتصم", ["asserted"], mode="demo",
          source=KNC_SUPPORTERS, location=QAMISHLI, date=D("2017-03-13"), acled=PEACEFUL),
        E(True, ["REQUEST"], [4], "ومطالبين", ["asserted"],
          source=KNC_SUPPORTERS, recipient=ASAYISH, location=QAMISHLI, date=D("2017-03-13")),
        # the KNC's condemnation and blame of the PYD (one ACCUSE) and its demand to the US-led coalition
        E(True, ["ACCUSE"], [5], "أدانت", ["asserted"],
          source=KNC, recipient=PYD_ASAYISH, date=D("2017-03-13"), attribution=["بيان الأمانة العامة للمجلس"]),
        E(True, ["REQUEST"], [5], "وطالبت", ["asserted"],
          source=KNC, recipient=COALITION, date=D("2017-03-13"), attribution=["بيان الأمانة العامة للمجلس"]),
        # background: the Duhok agreement of October 2014 (optional, historical)
        E(False, ["AGREE"], [6], "«اتفاقية دهوك»", ["historical"],
          source=KNC_TEVDEM, location=DUHOK, date=D("2014-10-22", "month", ("2014-10-01", "2014-10-31"))),
        # a young man shot dead by Turkish border guards east of Qamishli at dawn
        E(True, ["ASSAULT"], [7], "برصاص حرس الحدود", ["asserted", "reported"], mode="firearms",
          source=TR_BORDER_GUARDS, recipient=BORDER_VICTIM, location=QAMISHLI_BORDER, date=D("2017-03-13"),
          fatalities=1, attribution=["مصادر محلية لمراسلنا"], acled=ATTACK),
        # paragraph 8 is a generic statement (young men leaving, «التجنيد الإجباري الذي تفرضه»): NO gold event
        # ¶9: the Amuda office closed at the same time (another place: its own event) and the release of two
        # detainees this evening after a signed pledge (RETREAT release)
        E(True, ["COERCE"], [9], "أغلقت", ["asserted", "reported"], mode="ban",
          source=ASAYISH, recipient=KNC_PARTIES, location=AMUDA, date=D("2017-03-13"),
          attribution=["عضو في الهيئة القيادية لأحد الأحزاب"], acled=OTHER),
        E(True, ["RETREAT"], [9], "وأفرجت", ["asserted", "reported"], mode="release",
          source=ASAYISH, recipient=KNC_RELEASED, location=QAMISHLI, date=D("2017-03-13"),
          attribution=["عضو في الهيئة القيادية لأحد الأحزاب"]),
        # the regime's Military Security arrests two young men in al-Hilaliya yesterday evening
        E(True, ["COERCE"], [10], "اعتقلت", ["asserted", "reported"], mode="arrest",
          source=SY_MIL_SECURITY, recipient=HILALIYA_YOUTHS, location=HILALIYA, date=D("2017-03-12"),
          attribution=["أحد أقارب المعتقلين"], acled=ARREST),
        # pages speak of a list of offices to be closed in al-Malikiyah and al-Darbasiyah; denied by an
        # Autonomous Administration official
        E(True, ["COERCE"], [11], "إغلاقها", ["rumored", "planned", "negated"], mode="ban",
          source=ASAYISH, recipient=KNC_OFFICES, location=MALIKIYAH_DARBASIYAH, date=None,
          attribution=["صفحات مقرّبة من المجلس على فيسبوك", "مسؤول في الإدارة الذاتية"]),
        # TEV-DEM rejects the KNC's demands (its member's words are the reason, no accusation)
        E(True, ["REJECT"], [12], "رفضت", ["asserted", "reported"],
          source=TEV_DEM, recipient=KNC, date=D("2017-03-13"), attribution=["وكالة هاوار"]),
        # the KNC delegation's meeting with State Department representatives in Erbil on Thursday (planned); the
        # later visit to the Kurdistan Region presidency (optional, planned, undated)
        E(True, ["CONSULT"], [13], "سيلتقي", ["planned"], mode="visit",
          source=KNC_DELEGATION, recipient=US_STATE_DEPT, location=ERBIL, date=D("2017-03-16"),
          attribution=["عضو في الأمانة العامة للمجلس"]),
        E(False, ["CONSULT"], [13], "يزور الوفد", ["planned"], mode="visit",
          source=KNC_DELEGATION, location=ERBIL, date=None),
        # paragraph 14 is about Newroz habits: NO gold event
        # the IED under a Yekiti member's car on Saturday evening (no one hurt; no claim); the activists' blame of
        # regime cells (optional ACCUSE)
        E(True, ["ASSAULT"], [15], "انفجرت عبوة ناسفة", ["asserted"], mode="explosives",
          recipient=YEKITI_MEMBER, location=ANTARIYA, date=D("2017-03-11"), acled=MINE),
        E(False, ["ACCUSE"], [15], "اتهم ناشطون", ["asserted"],
          recipient=REGIME_CELLS, date=None),
        # background: the arrest of four KNC leaders in al-Darbasiyah last October (core, historical) and the
        # expulsion of two of them to Iraqi Kurdistan (optional)
        E(True, ["COERCE"], [16], "اعتقلت", ["historical", "asserted"], mode="arrest",
          source=ASAYISH, recipient=KNC_LEADERS, location=DARBASIYAH,
          date=D("2016-10-15", "month", ("2016-10-01", "2016-10-31")), acled=ARREST),
        E(False, ["COERCE"], [16], "وأبعدت", ["historical"], mode="deport",
          source=ASAYISH, recipient=KNC_LEADERS, location=DARBASIYAH, date=None),
    ],
)
