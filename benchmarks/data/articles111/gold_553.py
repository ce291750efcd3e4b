"""Gold of article 553: lawyers and prosecutors sit in before the Zawiya court complex, gunmen open fire on
its main gate killing two judicial police guards and a visitor (main event, told in ¶2 after the sit-in; one
toll), a clerk's account and a brigade's version, the bar association's blame and call, the judges' strike due
from tomorrow and their conditional threat, police vehicles deployed around the complex, the abducted
prosecutor's release rumoured and denied, a verdict not given, a brigade's pledge to leave the court's annex
and the council's welcome, the burial, UNSMIL's equipment due on Thursday, the court president's meeting with
notables, the year's attacks on the judiciary, and a prosecutor killed by a car bomb in Sabratha on 2 February
2014 (Zawiya, Libya), a Zawiya-based local FM radio station's website, 2014-03-25 (Tue). Dateline «الزاوية»
(the town of the event). Mostly about courts, judges and lawyers."""
from actors_places import (
    ANNEX_BRIGADE,
    APPEALS_COURT,
    APPEALS_COURT_PLACE,
    BAR_ASSOCIATION,
    COURT_ANNEX,
    COURT_ATTACKERS,
    COURT_COMPLEX,
    COURT_COMPLEX_BODY,
    COURT_MEETING,
    COURT_VICTIMS,
    FUEL_DEFENDANTS,
    GNC,
    JUDGES_CLUB,
    JUDICIARY_MEMBERS,
    KIDNAPPERS_553,
    MIN_JUSTICE,
    OTHER_BRIGADES,
    OUTLAW_GROUPS,
    SABRATHA,
    SABRATHA_PROSECUTOR,
    SABRATHA_UNKNOWN,
    SURMAN_PROSECUTOR,
    UNSMIL,
    WEST_COURTS,
    ZAWIYA_COUNCIL,
    ZAWIYA_COURTS,
    ZAWIYA_LAWYERS,
    ZAWIYA_NOTABLES,
    ZAWIYA_SECURITY,
)
from common import CLASH, MINE, PEACEFUL, D, E, paras_of

SLUG = "zawiya_2014_surman_sabratha"
YESTERDAY = D("2014-03-24")
TODAY = D("2014-03-25")
# a statement of the day whose hour the text does not give: today, or the evening before
TODAY_OR_EVE = D("2014-03-25", "day", ("2014-03-24", "2014-03-25"))
ARTICLE = dict(
    id="team111-553", slug=SLUG, published="2014-03-25",
    outlet="Bawwabat al-Bahr, a Zawiya-based local FM radio station's website (fictional)",
    paras=paras_of(f"553_{SLUG}.txt"),
    events=[
        # ¶1 (dateline «الزاوية – «بوابة البحر»:»): the lawyers' sit-in (PROTEST demo; the headline names it);
        # the prosecutor abducted a week before is optional and historical
        E(True, ["PROTEST"], [0, 1], "اعتصم", ["asserted"], mode="demo",
          source=ZAWIYA_LAWYERS, location=COURT_COMPLEX, date=YESTERDAY,
          attribution=["مراسل «بوابة البحر»"], acled=PEACEFUL, tpara=1),
        E(False, ["ASSAULT"], [1], "اختُطف", ["historical"], mode="abduct",
          recipient=SURMAN_PROSECUTOR, date=D("2014-03-17", "week", ("2014-03-15", "2014-03-19"))),
        # MAIN EVENT, told in ¶2 after the sit-in («وما إن خلت الساحة من المعتصمين» refers back to ¶1; verb
        # first; the hour told after the act in a clause of its own): gunmen fire on the gate, a guard fires
        # back; the clerk ¶3, the brigade's version ¶4 and the burial ¶13 retell it. One toll: 3
        E(True, ["ASSAULT"], [0, 2, 3, 4, 13], "فتح مسلحون", ["asserted"], mode="firearms",
          source=COURT_ATTACKERS, recipient=COURT_VICTIMS, location=COURT_COMPLEX, date=YESTERDAY,
          fatalities=3,
          attribution=["مديرية أمن الزاوية", "موظف في قلم المحكمة الابتدائية",
                       "مصدر في إحدى الكتائب المسلحة"],
          acled=CLASH, tpara=2),
        # the judges' club calling the brigade's version «a cheap excuse for the crime» (optional ACCUSE)
        E(False, ["ACCUSE", "REJECT"], [4], "وصفها", ["asserted"],
          source=JUDGES_CLUB, date=TODAY_OR_EVE),
        # ¶5 (subject, a long parenthesis, verb): the bar association's blame and call, two verbs joined with
        # «و» («الهجوم على المجمع» refers back to the main event); the two earlier boycotts in the parenthesis
        # are optional and generic
        E(False, ["PROTEST"], [5], "علّق أعضاؤها", ["generic"], mode="strike",
          source=BAR_ASSOCIATION, date=None),
        E(True, ["ACCUSE"], [5], "حمّلت", ["asserted"],
          source=BAR_ASSOCIATION, recipient=OUTLAW_GROUPS, date=TODAY_OR_EVE, attribution=["بيان"]),
        E(True, ["REQUEST"], [5], "ودعت", ["asserted"],
          source=BAR_ASSOCIATION, recipient=GNC, date=TODAY_OR_EVE),
        # ¶6: the judges' strike from tomorrow for three days (planned) and their conditional threat; the
        # strike in all the western courts is optional and hypothetical; the council's silence negates nothing
        E(True, ["PROTEST"], [6], "ستتوقف", ["planned"], mode="strike",
          source=JUDGES_CLUB, location=ZAWIYA_COURTS,
          date=D("2014-03-26", "day", ("2014-03-26", "2014-03-28"))),
        E(True, ["THREATEN"], [6], "مهدداً", ["asserted"], mode="strike",
          source=JUDGES_CLUB, location=WEST_COURTS, date=TODAY_OR_EVE),
        E(False, ["PROTEST"], [6], "بتعليق العمل", ["hypothetical"], mode="strike",
          source=JUDGES_CLUB, location=WEST_COURTS, date=None),
        # ¶7 (the court complex) holds no event. ¶8: police vehicles and men deployed around the complex
        # (MOBILIZE police; «لتأمين المبنى …» is its purpose)
        E(True, ["MOBILIZE"], [8], "ونشرت", ["asserted"], mode="police",
          source=ZAWIYA_SECURITY, location=COURT_COMPLEX, date=TODAY,
          attribution=["الناطق باسم مديرية أمن الزاوية"]),
        # ¶9: the abducted prosecutor's release told by pages and denied by his brother (rumoured)
        E(True, ["RETREAT"], [9], "إطلاق سراح", ["rumored", "negated"], mode="release",
          source=KIDNAPPERS_553, recipient=SURMAN_PROSECUTOR, date=YESTERDAY,
          attribution=["صفحات على «فيسبوك»"]),
        # ¶10: the verdict due yesterday not given (SANCTION convict, negated)
        E(True, ["SANCTION"], [10], "ولم تنطق", ["negated"], mode="convict",
          source=APPEALS_COURT, recipient=FUEL_DEFENDANTS, location=APPEALS_COURT_PLACE, date=YESTERDAY,
          attribution=["محامي أحدهم"]),
        # ¶11, one sentence: the brigade announces it will leave the annex (CONCEDE), the handover within a
        # week (optional, planned RETREAT), the council's welcome (SUPPORT) and its call (optional REQUEST)
        E(True, ["CONCEDE"], [11], "ستخلي", ["asserted"],
          source=ANNEX_BRIGADE, recipient=MIN_JUSTICE, location=COURT_ANNEX, date=TODAY_OR_EVE),
        E(False, ["RETREAT"], [11], "وتسلّمه", ["planned"], mode="withdraw",
          source=ANNEX_BRIGADE, recipient=MIN_JUSTICE, location=COURT_ANNEX,
          date=D("2014-03-28", "week", ("2014-03-25", "2014-04-01"))),
        E(True, ["SUPPORT"], [11], "رحّب", ["asserted"],
          source=ZAWIYA_COUNCIL, recipient=ANNEX_BRIGADE, date=TODAY_OR_EVE),
        E(False, ["REQUEST"], [11], "داعياً", ["asserted"],
          source=ZAWIYA_COUNCIL, recipient=OTHER_BRIGADES, date=TODAY_OR_EVE),
        # ¶12 (the shops by the complex) holds no event. ¶13: the burial belongs to the main event; the
        # mourners' chants for «the state of law» are an optional PROTEST
        E(False, ["PROTEST"], [13], "هتافات", ["asserted"], mode="demo",
          location=COURT_COMPLEX, date=TODAY),
        # ¶14: UNSMIL's equipment «يوم الخميس المقبل» (planned AID)
        E(True, ["AID"], [14], "تسلّم", ["planned"],
          source=UNSMIL, recipient=COURT_COMPLEX_BODY, location=COURT_COMPLEX, date=D("2014-03-27"),
          attribution=["مكتب وزارة العدل في الزاوية"]),
        # ¶15: the court president receives the notables (CONSULT; «لبحث …» is its purpose); their pledge is
        # optional (AGREE)
        E(True, ["CONSULT"], [15], "واستقبل", ["asserted"], mode="visit",
          source=COURT_MEETING, recipient=COURT_MEETING, location=APPEALS_COURT_PLACE, date=TODAY,
          attribution=["أحد أعضاء الوفد"]),
        E(False, ["AGREE"], [15], "تعهدوا", ["asserted", "reported"],
          source=ZAWIYA_NOTABLES, date=TODAY),
        # ¶16: the year's attacks on the judiciary, an aggregate (optional, generic)
        E(False, ["ASSAULT"], [16], "اعتداءات", ["generic"], recipient=JUDICIARY_MEMBERS, date=None),
        # ¶17, «وكان … قد» at another place: a prosecutor killed by a car bomb in Sabratha on 2 February
        # (core, historical)
        E(True, ["ASSAULT"], [17], "فجّروا", ["historical", "asserted"], mode="explosives",
          source=SABRATHA_UNKNOWN, recipient=SABRATHA_PROSECUTOR, location=SABRATHA, date=D("2014-02-02"),
          fatalities=1, attribution=["مديرية أمن صبراتة"], acled=MINE),
    ],
)
