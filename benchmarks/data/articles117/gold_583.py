"""Gold of article 583: the army deploys along Syria Street, a night of clashes between Bab al-Tabbaneh and
Jabal Mohsen (main event, told in ¶2 after the deployment; four per a security source, six per the Arab
Democratic Party → 4), a baker's account, the party's version, the Muslim scholars' accusation and demand,
militia leaders' threat, five wanted men arrested in al-Qobbeh, a ceasefire deal rumoured and denied, the
city's MPs' meeting not held, the Higher Defence Council due to meet on Thursday, the traders' sit-in at the
Serail, the burials, the Tabbaneh figures' rejection of the party's call, the dead of the rounds since 2008,
and shells from the Syrian side on al-Mashairfeh in Wadi Khaled on 14 November 2013 (North Lebanon), a
Tripoli-based local daily newspaper's website, 2013-12-03 (Tue). Dateline «طرابلس – «الفيحاء»:» (the town of
the event)."""
from actors_places import (
    ADP,
    ARMY_INTEL,
    AXIS_LEADERS,
    CLASH_SIDES,
    FIVE_WANTED,
    FRONT_LINES,
    HDC,
    LAF,
    LB_GOV,
    LB_STATE,
    MASHAIRFEH,
    MOHSEN,
    QOBBEH,
    SCHOLARS,
    SOME_MPS,
    SYRIA_STREET,
    SYRIAN_SIDE,
    TABBANEH,
    TABBANEH_FIGURES,
    TRIPOLI,
    TRIPOLI_MPS,
    TRIPOLI_SERAIL,
    TRIPOLI_TRADERS,
    TRUCE_SIDES,
    TWO_CHILDREN,
)
from common import ARREST, CLASH, PEACEFUL, SHELL, D, E, paras_of

SLUG = "tripoli_2013_tabbaneh_jabal_mohsen"
YESTERDAY = D("2013-12-02")
TODAY = D("2013-12-03")
# a statement or an act without a time of day (or one of the night before): the day of publication, or the
# day before
STATED = D("2013-12-03", "day", ("2013-12-02", "2013-12-03"))
ARTICLE = dict(
    id="team117-583", slug=SLUG, published="2013-12-03",
    outlet="Al-Fayhaa, a Tripoli-based local daily newspaper's website (fictional)",
    paras=paras_of(f"583_{SLUG}.txt"),
    events=[
        # ¶1 (dateline: the town of the event): the army deploys along Syria Street (the headline names
        # it); the checkpoints and the reinforcement before it are optional
        E(True, ["MOBILIZE"], [0, 1], "انتشرت وحدات", ["asserted"], mode="troops",
          source=LAF, location=SYRIA_STREET, date=TODAY, attribution=["مصدر عسكري"], tpara=1),
        E(False, ["COERCE", "MOBILIZE"], [1], "وأقامت حواجز", ["asserted"], mode="restrict",
          source=LAF, location=SYRIA_STREET, date=TODAY),
        E(False, ["MOBILIZE"], [1], "عززت", ["asserted", "historical"], mode="troops",
          source=LAF, location=TRIPOLI, date=STATED),
        # MAIN EVENT, told in ¶2 after the deployment («وجاء الانتشار بعد» is a back-reference; «بين …
        # و…»; the hours told after the act in a clause of its own): the clashes, both sides as source; a
        # baker ¶3, the party's version and its six ¶4, the burials ¶14 → 4, the lowest count
        E(True, ["ASSAULT"], [0, 2, 3, 4, 14], "الاشتباكات", ["asserted"], mode="firearms",
          source=CLASH_SIDES, location=FRONT_LINES, date=STATED, fatalities=4,
          attribution=["مصدر أمني في سراي طرابلس", "«الحزب العربي الديمقراطي»"], acled=CLASH, tpara=2),
        # ¶4: the party's accusation of some MPs, inside its version, is optional
        E(False, ["ACCUSE"], [4], "متهماً", ["asserted"], source=ADP, recipient=SOME_MPS, date=STATED),
        # ¶5 (subject, a long parenthesis, verb): the accusation and the demand, two verbs joined with «و»
        E(True, ["ACCUSE"], [5], "اتهمت", ["asserted"],
          source=SCHOLARS, recipient=ADP, date=STATED, attribution=["بيان"]),
        E(True, ["REQUEST"], [5], "وطالبت", ["asserted"],
          source=SCHOLARS, recipient=LB_STATE, date=STATED),
        # ¶6 (Syria Street) holds no event. ¶7: the militia leaders' threat, told by mediators (reported
        # first); the retaliation it names is optional and hypothetical
        E(True, ["THREATEN"], [7], "وتوعّد", ["reported", "asserted"], mode="violence",
          source=AXIS_LEADERS, recipient=MOHSEN, location=TABBANEH, date=STATED, attribution=["وسطاء"]),
        E(False, ["ASSAULT"], [7], "بـ«الرد", ["hypothetical"], mode="firearms",
          source=AXIS_LEADERS, recipient=MOHSEN, date=None),
        # ¶8 (passive, «من قبل»): five wanted men arrested in al-Qobbeh; the seized rifle is optional
        E(True, ["COERCE"], [8], "واعتُقل", ["asserted"], mode="arrest",
          source=ARMY_INTEL, recipient=FIVE_WANTED, location=QOBBEH, date=TODAY,
          attribution=["بيان لقيادة الجيش – مديرية التوجيه"], acled=ARREST),
        E(False, ["COERCE"], [8], "وصودرت", ["asserted"], mode="confiscate",
          source=ARMY_INTEL, location=QOBBEH, date=TODAY),
        # ¶9: a ceasefire deal told by political sources and denied by the party (rumoured; «ليلاً» dates it)
        E(True, ["AGREE", "CONCEDE"], [9], "اتفاق", ["rumored", "negated"],
          source=TRUCE_SIDES, recipient=TRUCE_SIDES, location=TRIPOLI, date=STATED,
          attribution=["مصادر سياسية"]),
        # ¶10: the MPs' meeting not held (CONSULT, negated)
        E(True, ["CONSULT"], [10], "ولم يعقد", ["negated"], mode="multilateral",
          source=TRIPOLI_MPS, recipient=TRIPOLI_MPS, location=TRIPOLI, date=TODAY,
          attribution=["مصدر في مكتب أحد النواب"]),
        # ¶11 (the roots of the rounds) holds no event. ¶12: the Higher Defence Council's meeting «يوم الخميس
        # المقبل» (planned CONSULT; a purpose clause)
        E(True, ["CONSULT"], [12], "اجتماعاً استثنائياً", ["planned"], mode="multilateral",
          source=HDC, date=D("2013-12-05"), attribution=["مصادر وزارية"]),
        # ¶13: the traders' sit-in at the Serail (PROTEST); their call to the government is optional
        E(True, ["PROTEST"], [13], "واعتصم", ["asserted"], mode="demo",
          source=TRIPOLI_TRADERS, location=TRIPOLI_SERAIL, date=TODAY, acled=PEACEFUL),
        E(False, ["REQUEST"], [13], "ودعوا", ["asserted"],
          source=TRIPOLI_TRADERS, recipient=LB_GOV, date=TODAY),
        # ¶14: the burials belong to the main event. ¶15: the Tabbaneh figures reject the party's call
        # (REJECT); their meeting and the call itself are optional
        E(True, ["REJECT"], [15], "ورفضت فاعليات", ["asserted"],
          source=TABBANEH_FIGURES, recipient=ADP, location=TABBANEH, date=TODAY,
          attribution=["أحد الحاضرين"]),
        E(False, ["CONSULT"], [15], "لقاء", ["asserted"], source=TABBANEH_FIGURES, date=TODAY),
        E(False, ["REQUEST"], [15], "دعوة", ["historical", "asserted"], source=ADP, date=None),
        # ¶16: the dead of the rounds since 2008, an aggregate (optional, generic)
        E(False, ["ASSAULT"], [16], "وقُتل", ["generic"], location=FRONT_LINES, date=None),
        # ¶17, «وكانت … قد» at another place: shells from the Syrian side on al-Mashairfeh on 14 November
        # (core, historical)
        E(True, ["ASSAULT"], [17], "سقطت", ["historical", "asserted"], mode="heavy-weapons",
          source=SYRIAN_SIDE, recipient=TWO_CHILDREN, location=MASHAIRFEH, date=D("2013-11-14"),
          fatalities=2, acled=SHELL),
    ],
)
