"""Gold of article 203: al-Tabqa (the first and third quarters, old Tabqa, the airbase, Lake Assad), al-Jarniyah,
Ain Issa camp and Urfa, a Raqqa activists' campaign, 2017-04-18 (Tue). No dateline."""
from actors_places import (
    AIN_ISSA,
    BOAT_FAMILY,
    CAMPAIGN,
    COALITION,
    INTL_ORGS,
    ISIS_203,
    JARNIYAH,
    KURDISH_RC,
    SDF,
    SDF_ISIS,
    TABQA,
    TABQA_ACTIVISTS,
    TABQA_AIRBASE,
    TABQA_DAM,
    TABQA_DISPLACED,
    TABQA_EXECUTED,
    TABQA_FLEEING,
    TABQA_LAKE,
    TABQA_VICTIMS,
    TABQA_YOUTHS,
    URFA,
)
from common import AIR, ARREST, ATTACK, CLASH, D, E, paras_of

SLUG = "tabqa_2017_coalition_strikes_lake_boats_executions"
ARTICLE = dict(
    id="team41-203", slug=SLUG, published="2017-04-18", outlet="Tabqa Under Fire activists' campaign (fictional)",
    paras=paras_of(f"203_{SLUG}.txt"),
    events=[
        # the coalition strikes on the first quarter «فجر أمس الإثنين»: headline 0, lead 1 (14), the coalition's own
        # daily report of eleven strikes «near Tabqa» and the activists' remark on the building 8
        E(True, ["ASSAULT"], [0, 1, 8], "غارات جوية", ["asserted", "reported"], mode="aerial",
          source=COALITION, recipient=TABQA_VICTIMS, location=TABQA, date=D("2017-04-17"), fatalities=14,
          attribution=["مصادر الحملة داخل المدينة", "التحالف الدولي"], acled=AIR, tpara=1),
        # ISIS arrests of people heading for the lake «مساء السبت الماضي» (headline 0); the women and children freed
        # (optional RETREAT)
        E(True, ["COERCE"], [0, 2], "اعتقلت", ["asserted", "reported"], mode="arrest",
          source=ISIS_203, recipient=TABQA_FLEEING, location=TABQA_LAKE, date=D("2017-04-15"),
          attribution=["ناشطو الحملة"], acled=ARREST, tpara=2),
        E(False, ["RETREAT"], [2], "أُطلق سراح", ["asserted", "reported"], mode="release",
          source=ISIS_203, location=TABQA, date=D("2017-04-15", "week", ("2017-04-15", "2017-04-18"))),
        # paragraph 3 is the humanitarian situation: deliberately NO gold event
        # SDF reinforcements to the airbase «يوم أمس»; the SDF–ISIS fighting on the southern edge «منذ صباح اليوم»
        E(True, ["MOBILIZE"], [4], "استقدمت", ["asserted", "reported"], mode="troops",
          source=SDF, location=TABQA_AIRBASE, date=D("2017-04-17"), attribution=["مراسل الحملة في ريف الرقة الغربي"]),
        E(True, ["ASSAULT"], [4], "اشتباكات متقطعة", ["asserted", "reported"], mode="firearms",
          source=SDF_ISIS, location=TABQA, date=D("2017-04-18"), attribution=["مراسل الحملة في ريف الرقة الغربي"],
          acled=CLASH),
        # the suicide car bomb «ظهر أمس» near the airbase: claimed by Amaq («dozens»), unverified; the SDF says it was
        # hit before reaching its lines (no toll)
        E(True, ["ASSAULT"], [5, 6], "فجّر عربة مفخخة", ["reported", "rumored"], mode="suicide-attack",
          source=ISIS_203, recipient=SDF, location=TABQA_AIRBASE, date=D("2017-04-17"),
          attribution=["وكالة «أعماق»", "المركز الإعلامي لـ«قسد»"]),
        # the SDF media centre's accusation «مساء أمس»
        E(True, ["ACCUSE"], [6], "متهماً", ["asserted", "reported"],
          source=SDF, recipient=ISIS_203, location=TABQA, date=D("2017-04-17"),
          attribution=["المركز الإعلامي لـ«قسد»"]),
        # ISIS snipers on a family's boat «ليل الأحد» (5), retold by the boatman 16
        E(True, ["ASSAULT"], [7, 16], "استهدف قناصو التنظيم", ["asserted", "reported"], mode="firearms",
          source=ISIS_203, recipient=BOAT_FAMILY, location=TABQA_LAKE, date=D("2017-04-16"), fatalities=5,
          attribution=["أحد أقارب العائلة", "صاحب القارب"], acled=ATTACK),
        # the campaign's blame of the coalition and its two demands (no day: taken as the report's)
        E(True, ["ACCUSE"], [9], "وحمّلت", ["asserted"],
          source=CAMPAIGN, recipient=COALITION, date=D("2017-04-18", "day", ("2017-04-17", "2017-04-18"))),
        E(True, ["REQUEST"], [9], "وطالبته", ["asserted"],
          source=CAMPAIGN, recipient=COALITION, date=D("2017-04-18", "day", ("2017-04-17", "2017-04-18"))),
        E(True, ["REQUEST"], [9], "ناشدت", ["asserted"],
          source=CAMPAIGN, recipient=INTL_ORGS, date=D("2017-04-18", "day", ("2017-04-17", "2017-04-18"))),
        # background of 2013–2014 (optional, historical); the detainees held «حالياً» are an ongoing state
        E(False, ["RETREAT"], [10], "خرجت عن سيطرة النظام", ["historical"], mode="withdraw",
          location=TABQA, date=D("2013-02-15", "month", ("2013-02-01", "2013-02-28"))),
        E(False, ["ASSAULT", "COERCE"], [10], "يبسط تنظيم «داعش» سيطرته", ["historical"],
          source=ISIS_203, location=TABQA, date=D("2014-01-15", "month", ("2014-01-01", "2014-02-28"))),
        E(False, ["ASSAULT"], [10], "أعدم عناصره", ["historical"], mode="execute",
          source=ISIS_203, location=TABQA_AIRBASE, date=D("2014-08-15", "month", ("2014-08-01", "2014-08-31")),
          fatalities=12, acled=ATTACK),
        # indirect SDF–ISIS talks through tribal mediators «منذ أيام» (told by informed sources, unconfirmed); the exit
        # they are about (optional) and the talks' failure so far (optional, negated)
        E(True, ["CONSULT"], [11], "مفاوضات غير مباشرة", ["reported", "rumored"], mode="third-party",
          source=SDF, recipient=ISIS_203, location=TABQA, date=D("2017-04-15", "week", ("2017-04-11", "2017-04-18")),
          attribution=["مصادر مطلعة"]),
        E(False, ["RETREAT"], [11], "خروج مقاتلي التنظيم", ["rumored", "planned", "hypothetical"], mode="withdraw",
          source=ISIS_203, location=TABQA_DAM, date=None),
        E(False, ["AGREE"], [11], "لم تفضِ إلى أي نتيجة", ["negated"],
          source=SDF_ISIS, location=TABQA, date=None),
        # paragraph 12 describes the town and the dam: deliberately NO gold event
        # two men executed in old Tabqa «ظهر الجمعة الماضي»
        E(True, ["ASSAULT"], [13], "إعدام رجلين", ["asserted", "reported"], mode="execute",
          source=ISIS_203, recipient=TABQA_EXECUTED, location=TABQA, date=D("2017-04-14"), fatalities=2,
          acled=ATTACK),
        # SDF arrests at a checkpoint near al-Jarniyah «خلال الأيام الثلاثة الماضية»
        E(True, ["COERCE"], [14], "اعتقلت", ["asserted", "reported"], mode="arrest",
          source=SDF, recipient=TABQA_YOUTHS, location=JARNIYAH,
          date=D("2017-04-17", "week", ("2017-04-15", "2017-04-18")), attribution=["ذوو بعضهم"], acled=ARREST),
        # the Kurdish Red Crescent's distribution in Ain Issa camp «أمس الإثنين»
        E(True, ["AID"], [15], "وزّع", ["asserted"], mode="humanitarian",
          source=KURDISH_RC, recipient=TABQA_DISPLACED, location=AIN_ISSA, date=D("2017-04-17")),
        # ISIS keeping people from the shore where bodies float (optional)
        E(False, ["COERCE"], [16], "منعوا الأهالي", ["reported", "asserted"], mode="restrict",
          source=ISIS_203, location=TABQA_LAKE, date=None),
        # a vigil in Urfa «يوم الجمعة المقبل» (planned) and its demand (optional)
        E(True, ["PROTEST"], [17], "وقفة احتجاجية", ["planned"], mode="demo",
          source=TABQA_ACTIVISTS, location=URFA, date=D("2017-04-21"),
          attribution=["منظمو الوقفة"]),
        E(False, ["REQUEST"], [17], "والمطالبة", ["planned"],
          source=TABQA_ACTIVISTS, date=D("2017-04-21")),
    ],
)
