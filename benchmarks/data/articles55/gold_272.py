"""Gold of article 272: the Gafsa mining basin (Redeyef, Oum Larayes, Metlaoui, Gafsa) and Tunis, a Tunisian
opposition news site, 2008-04-17 (Thu)."""
from actors_places import (
    GAFSA,
    GAFSA_DETAINEE,
    GAFSA_GOVERNOR,
    METLAOUI,
    METLAOUI_UNEMPLOYED,
    MINING_BASIN,
    MINING_PROTESTERS,
    REDEYEF,
    REDEYEF_DELEGATE,
    REDEYEF_DETAINEES,
    REDEYEF_MARCHERS,
    REDEYEF_NOTABLES,
    REDEYEF_PROTESTERS,
    REDEYEF_ROAD,
    TN_BOP,
    TN_INFILTRATORS,
    TN_JOURNALISTS,
    TN_NATIONAL_GUARD,
    TN_NG_CAR,
    TUNIS,
    TUNIS_LAWYERS,
    UGTT_GAFSA,
    UGTT_REDEYEF,
)
from common import ARREST, EXCESSIVE, PEACEFUL, RIOT, D, E, paras_of

SLUG = "redeyef_2008_gafsa_oum_larayes_metlaoui_tunis"
TODAY = D("2008-04-17")
DETENTION = D("2008-04-17", "day", ("2008-04-14", "2008-04-17"))
ARTICLE = dict(
    id="team55-272", slug=SLUG, published="2008-04-17",
    outlet="Asdaa al-Hawd al-Manjami news site (fictional)",
    paras=paras_of(f"272_{SLUG}.txt"),
    events=[
        # the intervention units' fire on the march in Redeyef «ظهر اليوم الخميس»: headline 0 («قتيلان»), lead
        # 1 (trade union sources: two), the follow-up 6 (a doctor at Gafsa regional hospital: one dead and one
        # «between life and death»; the official agency's «responsible source» denies the live rounds, which
        # negates nothing, and speaks of one person who «fell») → 2 vs 1 vs 1 → 1. The march itself is a
        # separate PROTEST (1, 6)
        E(True, ["ASSAULT"], [0, 1, 6], "أطلقت وحدات التدخل الرصاص الحي", ["asserted", "reported"],
          mode="firearms", source=TN_BOP, recipient=REDEYEF_MARCHERS, location=REDEYEF, date=TODAY,
          fatalities=1,
          attribution=["مصادر نقابية في مدينة الرديف", "شهود", "طبيب في المستشفى الجهوي بقفصة",
                       "وكالة تونس إفريقيا للأنباء عن «مصدر مسؤول»"], acled=EXCESSIVE, tpara=1),
        E(True, ["PROTEST"], [1, 6], "مسيرة حاشدة", ["asserted"], mode="demo",
          source=REDEYEF_MARCHERS, location=REDEYEF, date=TODAY, acled=EXCESSIVE),
        # the local union's call to march, in a relative clause, optional
        E(False, ["REQUEST"], [1], "دعا إليها", ["asserted"],
          source=UGTT_REDEYEF, date=TODAY),
        # the road to Oum Larayes blocked and a National Guard car set on fire (two acts, one sentence); then
        # the cordon round the town (passive «فُرض», headline) and the ban on journalists (optional)
        E(True, ["PROTEST"], [2], "وأغلق محتجون", ["asserted"], mode="obstruct",
          source=REDEYEF_PROTESTERS, location=REDEYEF_ROAD, date=TODAY, acled=PEACEFUL),
        E(True, ["PROTEST", "ASSAULT"], [2], "وأضرموا النار", ["asserted"], mode="riot",
          source=REDEYEF_PROTESTERS, recipient=TN_NG_CAR, location=REDEYEF, date=TODAY, acled=RIOT),
        E(True, ["COERCE"], [0, 2], "فُرض طوق أمني", ["asserted"], mode="restrict",
          location=REDEYEF, date=TODAY, tpara=2),
        E(False, ["COERCE"], [2], "ومُنع الصحافيون", ["asserted"], mode="restrict",
          recipient=TN_JOURNALISTS, location=REDEYEF, date=TODAY),
        # the night raids and arrests «فجر الإثنين» (headline «حملة الإيقافات»; told by lawyers)
        E(True, ["COERCE"], [0, 3], "أوقف خلالها أعوان الأمن", ["asserted", "reported"], mode="arrest",
          source=TN_BOP, recipient=REDEYEF_DETAINEES, location=REDEYEF, date=D("2008-04-14"),
          attribution=["محامون"], acled=ARREST, tpara=3),
        # the regional union's condemnation (the «brutal repression» retells the shooting) and demand (the
        # release and the dialogue are its content)
        E(True, ["ACCUSE"], [4], "وندّد", ["asserted"],
          source=UGTT_GAFSA, date=TODAY),
        E(True, ["REQUEST"], [4], "وطالب", ["asserted"],
          source=UGTT_GAFSA, date=TODAY),
        # paragraph 5 (the four mining towns and their unemployment) holds no event
        # the governor's blame and his warning on regional radio
        E(True, ["ACCUSE"], [7], "حمّل", ["asserted"],
          source=GAFSA_GOVERNOR, recipient=TN_INFILTRATORS, date=TODAY, attribution=["الإذاعة الجهوية"]),
        E(True, ["THREATEN"], [7], "وحذّر", ["asserted"], mode="arrest",
          source=GAFSA_GOVERNOR, date=TODAY, attribution=["الإذاعة الجهوية"]),
        # the rumoured death of a detainee under torture in Gafsa, denied by the regional security
        # administration; the beating a lawyer saw on some detainees optional
        E(True, ["ASSAULT"], [8], "تحت التعذيب", ["rumored", "negated", "reported"], mode="torture",
          recipient=GAFSA_DETAINEE, location=GAFSA, date=DETENTION,
          attribution=["رسائل قصيرة بين أهالي الرديف", "مصدر في الإدارة الجهوية للأمن"]),
        E(False, ["ASSAULT"], [8], "آثار ضرب", ["reported"], mode="beat",
          recipient=GAFSA_DETAINEE, location=GAFSA, date=DETENTION, attribution=["محامٍ"]),
        # the general strike on Saturday (planned); the call and the open sit-in optional
        E(True, ["PROTEST"], [9], "إلى إضراب عام", ["planned"], mode="strike",
          source=UGTT_REDEYEF, location=REDEYEF, date=D("2008-04-19")),
        E(False, ["REQUEST"], [9], "ودعا", ["asserted"],
          source=UGTT_REDEYEF, date=TODAY),
        E(False, ["PROTEST"], [9], "اعتصام مفتوح", ["planned"], mode="demo",
          source=UGTT_REDEYEF, location=REDEYEF, date=None),
        # the delegate's meeting with the notables; the agreement it did not reach optional, negated
        E(True, ["CONSULT"], [10], "والتقى", ["asserted"], mode="visit",
          source=REDEYEF_DELEGATE, recipient=REDEYEF_NOTABLES, location=REDEYEF, date=TODAY),
        E(False, ["AGREE"], [10], "اتفاق", ["negated"],
          source=REDEYEF_DELEGATE, location=REDEYEF, date=TODAY),
        # the lawyers' gathering in Tunis and the plain-clothes police who hem them in
        E(True, ["PROTEST"], [11], "تجمّع عشرات المحامين", ["asserted"], mode="demo",
          source=TUNIS_LAWYERS, location=TUNIS, date=TODAY, acled=PEACEFUL),
        E(True, ["COERCE"], [11], "يحاصرهم", ["asserted"], mode="restrict",
          source=TN_BOP, recipient=TUNIS_LAWYERS, location=TUNIS, date=TODAY),
        # paragraph 12 (the sit-ins since January, as a habit) is generic: no event
        # background at another place: the sit-in of the unemployed in Metlaoui broken up «مساء الأحد الماضي»
        # (core, historical); the sit-in, the six arrests and their release the next day optional; the
        # protests' start in January optional, historical
        E(True, ["COERCE", "ASSAULT"], [13], "فرّقت بالقوة", ["historical", "asserted"], mode="restrict",
          source=TN_BOP, recipient=METLAOUI_UNEMPLOYED, location=METLAOUI, date=D("2008-04-13")),
        E(False, ["PROTEST"], [13], "اعتصاماً", ["historical"], mode="demo",
          source=METLAOUI_UNEMPLOYED, location=METLAOUI, date=D("2008-04-13"), acled=PEACEFUL),
        E(False, ["COERCE"], [13], "وأوقفت", ["historical"], mode="arrest",
          source=TN_BOP, recipient=METLAOUI_UNEMPLOYED, location=METLAOUI, date=D("2008-04-13"),
          acled=ARREST),
        E(False, ["RETREAT"], [13], "أُطلق سراحهم", ["historical"], mode="release",
          source=TN_BOP, recipient=METLAOUI_UNEMPLOYED, location=METLAOUI, date=D("2008-04-14")),
        E(False, ["PROTEST"], [13], "احتجاجات الحوض المنجمي", ["historical"], mode="demo",
          source=MINING_PROTESTERS, location=MINING_BASIN,
          date=D("2008-01-15", "month", ("2008-01-01", "2008-01-31"))),
        # the intervention units' buses towards Redeyef (told by residents along the road); the National
        # Guard's patrols at the town's entrances optional
        E(True, ["MOBILIZE"], [14], "وشوهدت عشرات الحافلات", ["reported", "asserted"], mode="police",
          source=TN_BOP, location=REDEYEF, date=TODAY, attribution=["سكان يقطنون على الطريق"]),
        E(False, ["MOBILIZE"], [14], "رابطت دوريات", ["asserted"], mode="police",
          source=TN_NATIONAL_GUARD, location=REDEYEF, date=TODAY),
        # paragraph 15 (closed shops, empty streets, the residents' fears) holds no event
    ],
)
