"""Gold of article 522: an air strike near a school used as an exam centre in Maarat al-Numan killing
three students and a teacher (main event, told first in the lead; one toll), a proctor's account and
the state agency's version, a march of students and teachers, the Free Education Directorate's
accusation and demand, a delivery of school tents, a teachers' strike in Kafr Nabl and the Salvation
Government's threat, salaries not paid, a strike on a school in Hish rumoured and denied, the local
council's praise and refusal, the burial, a meeting with UNICEF due on Wednesday, the schools
shelled since May, an education office closed in Idlib, and a Russian strike on a school in Saraqib
on 27 May 2019 (Idlib governorate, Syria), an Idlib-based local news website, 2019-06-17 (Mon). No
dateline: the lead names Maarat al-Numan in its first sentence."""
from actors_places import (
    EDU_DONOR,
    EDU_NGO,
    EDU_OFFICE,
    EXAM_STRIKE_SOURCE,
    EXAM_VICTIMS,
    FREE_EDU,
    HISH,
    IDLIB_CITY,
    IDP_SCHOOLS,
    KAFRANBEL,
    KN_TEACHERS,
    MAARA,
    MAARA_EDGE,
    MAARA_SCHOOL,
    MN_COUNCIL,
    PARENTS,
    RU_AIR,
    RU_REGIME,
    SALVATION,
    SALVATION_EDU,
    SARAQIB,
    SARAQIB_VICTIMS,
    SOUTH_IDLIB,
    STUDENT_MARCH,
    STUDENTS_TEACHERS,
    TEACHERS,
    UNICEF,
    UNICEF_MEETING,
)
from common import AIR, PEACEFUL, D, E, paras_of

SLUG = "idlib_2019_maarat_numan_kafranbel"
YESTERDAY = D("2019-06-16")
TODAY = D("2019-06-17")
# a statement of the day whose hour the text does not give: today, or the evening before
TODAY_OR_EVE = D("2019-06-17", "day", ("2019-06-16", "2019-06-17"))
ARTICLE = dict(
    id="team105-522", slug=SLUG, published="2019-06-17",
    outlet="Minbar al-Maarra, an Idlib-based local news website (fictional)",
    paras=paras_of(f"522_{SLUG}.txt"),
    events=[
        # MAIN EVENT, told first in the lead (a passive verb first; Maarat al-Numan in the first
        # sentence): an air strike by the outskirts of a school used as an exam centre; a proctor
        # ¶2, the state agency's version ¶3 (no number, «سلاح الجو») and the burial ¶12 retell it;
        # «غارة المركز» in ¶11 is a back-reference. The Civil Defence names a Russian jet; the state
        # agency its own air force: both are accepted. One toll: 4 (three students and a teacher)
        E(True, ["ASSAULT"], [0, 1, 2, 3, 12], "بغارة جوية", ["asserted"], mode="aerial",
          source=EXAM_STRIKE_SOURCE, recipient=EXAM_VICTIMS, location=MAARA_SCHOOL, date=YESTERDAY,
          fatalities=4,
          attribution=["الدفاع المدني السوري", "أحد المراقبين في المركز", "وكالة «سانا» عن مصدر عسكري"],
          acled=AIR, tpara=1),
        # ¶4: students and teachers march through the town (VSO)
        E(True, ["PROTEST"], [4], "مظاهرة", ["asserted"], mode="demo",
          source=STUDENT_MARCH, location=MAARA, date=TODAY, acled=PEACEFUL),
        # ¶5: the Free Education Directorate accuses Russia and the regime and asks UNICEF to act
        # (two verbs joined with «و»; the postponed exams are no event)
        E(True, ["ACCUSE"], [5], "واتهمت", ["asserted"],
          source=FREE_EDU, recipient=RU_REGIME, date=TODAY_OR_EVE, attribution=["بيان"]),
        E(True, ["REQUEST"], [5], "وطالبت", ["asserted"],
          source=FREE_EDU, recipient=UNICEF, date=TODAY_OR_EVE),
        # ¶6 (the town's schools described) holds no event. ¶7 (short): school tents and kits
        # delivered (AID)
        E(True, ["AID"], [7], "وسلّمت", ["asserted"], mode="humanitarian",
          source=EDU_NGO, recipient=IDP_SCHOOLS, location=MAARA_EDGE, date=TODAY),
        # ¶8: the teachers' strike in Kafr Nabl in its tenth day (PROTEST strike, dated over the ten
        # days) and the Salvation Government's conditional threat; the dismissal is optional and
        # hypothetical
        E(True, ["PROTEST"], [8], "إضراب", ["asserted"], mode="strike",
          source=KN_TEACHERS, location=KAFRANBEL, date=D("2019-06-17", "day", ("2019-06-08", "2019-06-17")),
          acled=PEACEFUL),
        E(True, ["THREATEN"], [8], "توعّدت", ["asserted"], mode="sanction",
          source=SALVATION_EDU, recipient=KN_TEACHERS, date=TODAY_OR_EVE),
        E(False, ["SANCTION", "COERCE"], [8], "بفصلهم", ["hypothetical"],
          source=SALVATION_EDU, recipient=KN_TEACHERS, date=None),
        # ¶9: the salaries not paid (negated AID); «من دون أن تحدد موعداً» negates nothing
        E(True, ["AID"], [9], "تصرف", ["negated"], mode="economic",
          source=EDU_DONOR, recipient=TEACHERS, date=TODAY, attribution=["مصدر في المديرية"]),
        # ¶10: a strike on a school in Hish told on Telegram and denied by the education complex
        # (rumoured; no actor named)
        E(True, ["ASSAULT"], [10], "غارة", ["rumored", "negated"], mode="aerial",
          location=HISH, date=None, attribution=["ناشطون على «تلغرام»"]),
        # ¶11: the local council praises the students and teachers and rejects some parents' calls
        # (the calls optional)
        E(True, ["SUPPORT"], [11], "وأشاد", ["asserted"],
          source=MN_COUNCIL, recipient=STUDENTS_TEACHERS, date=TODAY_OR_EVE),
        E(True, ["REJECT"], [11], "ورفض", ["asserted"],
          source=MN_COUNCIL, recipient=PARENTS, date=TODAY_OR_EVE),
        E(False, ["REQUEST"], [11], "دعوات", ["asserted"],
          source=PARENTS, date=None),
        # ¶12: the burial belongs to the main event. ¶13: a meeting with UNICEF «يوم الأربعاء
        # المقبل» (planned CONSULT; both parties in either role)
        E(True, ["CONSULT"], [13], "ويجتمع", ["planned"],
          source=UNICEF_MEETING, recipient=UNICEF_MEETING, location=IDLIB_CITY, date=D("2019-06-19"),
          attribution=["عضو في الوفد"]),
        # ¶14 (the students' nights) holds no event. ¶15: schools shelled since May, an aggregate
        # (optional, generic)
        E(False, ["ASSAULT"], [15], "تعرضت للقصف", ["generic"],
          location=SOUTH_IDLIB, date=None),
        # ¶16: the Salvation Government closes an office of the directorate (COERCE) and seizes its
        # computers (optional); a purpose clause «في إطار مساعٍ تهدف إلى»
        E(True, ["COERCE"], [16], "وأغلقت", ["asserted"], mode="restrict",
          source=SALVATION, recipient=EDU_OFFICE, location=IDLIB_CITY, date=YESTERDAY,
          attribution=["موظف في المكتب"]),
        E(False, ["COERCE"], [16], "وصادرت", ["asserted"], mode="confiscate",
          source=SALVATION, recipient=EDU_OFFICE, location=IDLIB_CITY, date=YESTERDAY),
        # ¶17, «وكان … قد» at another place: a Russian strike on a school in Saraqib on 27 May
        # (core, historical; 3 killed)
        E(True, ["ASSAULT"], [17], "قصف", ["historical", "asserted"], mode="aerial",
          source=RU_AIR, recipient=SARAQIB_VICTIMS, location=SARAQIB, date=D("2019-05-27"), fatalities=3,
          attribution=["مديرية التربية"], acled=AIR),
    ],
)
