"""Gold of article 104: Baalbek and the Bekaa (the Shmustar uplands, Brital, Taybeh and Hortaala, Baalbek's Serail,
al-Sharawneh and al-Sheikh Habib, Janta), a Lebanese local news site, 2025-05-13 (Tue), five days before the
Baalbek-Hermel municipal elections."""
from actors_places import (
                           ARSON_LIST,
                           BAALBEK,
                           BAALBEK_MUFTI_HOUSE,
                           BAALBEK_PROTESTERS,
                           BAALBEK_SERAIL,
                           BEKAA,
                           BK_CLANS,
                           BK_DRIVERS,
                           BK_KIDNAPPERS,
                           BRITAL,
                           BRITAL_WANTED,
                           HEZBOLLAH,
                           HORTAALA,
                           IDF_LB,
                           JANTA,
                           JANTA_DEPOT,
                           LAF_BK,
                           LAF_BRITAL,
                           LB_INTERIOR,
                           MECHANISM,
                           SHARAWNEH,
                           SHEIKH_HABIB,
                           SHEIKH_HABIB_VICTIM,
                           SHMUSTAR,
                           SHMUSTAR_VICTIMS,
                           SY_WORKER,
                           TAYBEH_BK,
                           UNKNOWN,
)
from common import ABDUCTION, AGREEMENT, AIR, ARREST, ATTACK, CLASH, DESTRUCTION, PEACEFUL, D, E, paras_of

SLUG = "baalbek_shmustar_brital_taybeh_janta_clans"
ARTICLE = dict(
    id="team21-104", slug=SLUG, published="2025-05-13", outlet="Shams al-Bekaa news site (fictional)",
    paras=paras_of(f"104_{SLUG}.txt"),
    events=[
        # the Israeli drone strike on a car in the Shmustar uplands (2 killed): headline 0, lead 1, the army's claim 2
        # («قضى على عنصرين»), the resident's follow-up 8 (two missiles, the bodies recovered)
        E(True, ["ASSAULT"], [0, 1, 2, 8], "غارة", ["asserted", "reported"], mode="aerial",
          source=IDF_LB, recipient=SHMUSTAR_VICTIMS, location=SHMUSTAR, date=D("2025-05-13"), fatalities=2,
          attribution=["مركز عمليات طوارئ الصحة العامة", "الجيش الإسرائيلي", "أحد أبناء البلدة"], acled=AIR,
          tpara=1),
        # Hezbollah («الحزب» in its second mention) condemns the strike (ACCUSE, Israel) and blames the ceasefire
        # committee (a second ACCUSE, other recipient, fronted object «وحمّل لجنةَ الإشراف»)
        E(True, ["ACCUSE"], [2], "ندّد", ["asserted"],
          source=HEZBOLLAH, recipient=IDF_LB, date=D("2025-05-13")),
        E(True, ["ACCUSE"], [2], "وحمّل", ["asserted"],
          source=HEZBOLLAH, recipient=MECHANISM, date=D("2025-05-13")),
        # Brital, one sentence, two events: the army's raid and three arrests (one COERCE) and the exchange of fire with
        # gunmen that followed (two-sided, no one hurt: no fatalities field)
        E(True, ["COERCE"], [0, 3], "دهمت", ["asserted", "reported"], mode="arrest",
          source=LAF_BK, recipient=BRITAL_WANTED, location=BRITAL, date=D("2025-05-13"),
          attribution=["قيادة الجيش"], acled=ARREST, tpara=3),
        E(True, ["ASSAULT"], [3], "فتبادلوا معهم النار", ["asserted", "reported"], mode="firearms",
          source=LAF_BRITAL, location=BRITAL, date=D("2025-05-13"), attribution=["قيادة الجيش"], acled=CLASH),
        # central Bekaa, one sentence, two events: a Syrian worker kidnapped near Taybeh «مساء أمس» and released at
        # dawn near Hortaala (RETREAT: release carried out); the army's pursuit is no separate event
        E(True, ["ASSAULT"], [4], "خطف", ["asserted", "reported"], mode="abduct",
          source=BK_KIDNAPPERS, recipient=SY_WORKER, location=TAYBEH_BK, date=D("2025-05-12"),
          attribution=["مصدر أمني"], acled=ABDUCTION),
        E(True, ["RETREAT"], [4], "يطلقوا سراحه", ["asserted", "reported"], mode="release",
          source=BK_KIDNAPPERS, recipient=SY_WORKER, location=HORTAALA, date=D("2025-05-13"),
          attribution=["مصدر أمني"]),
        # the Baalbek sit-in (PROTEST; its slogans' condemnation is its content) and the call on the interior
        # minister («ودعوا … وزيرَ الداخلية»)
        E(True, ["PROTEST"], [5], "اعتصم", ["asserted"], mode="demo",
          source=BAALBEK_PROTESTERS, location=BAALBEK_SERAIL, date=D("2025-05-13"), acled=PEACEFUL),
        E(True, ["REQUEST"], [5], "ودعوا", ["asserted"],
          source=BAALBEK_PROTESTERS, recipient=LB_INTERIOR, location=BAALBEK_SERAIL, date=D("2025-05-13")),
        # the army's deployment and checkpoints from Friday (planned MOBILIZE through the NNA); the elections on
        # Sunday are no event
        E(True, ["MOBILIZE"], [6], "سيعزّز انتشاره", ["planned", "reported"], mode="troops",
          source=LAF_BK, location=BAALBEK, date=D("2025-05-16"),
          attribution=["الوكالة الوطنية للإعلام", "مصدر أمني"]),
        # the clan reconciliation at the mufti's house (AGREE; CONSULT accepted); the armed feud three years ago that
        # killed two is background (historical, optional)
        E(True, ["AGREE", "CONSULT"], [7], "مصالحة", ["asserted"],
          source=BK_CLANS, location=BAALBEK_MUFTI_HOUSE, date=D("2025-05-13"), acled=AGREEMENT),
        E(False, ["ASSAULT"], [7], "خلافاً مسلحاً", ["historical"], mode="firearms",
          source=BK_CLANS, location=BAALBEK, date=D("2022-05-13", "year", ("2022-01-01", "2022-12-31")),
          fatalities=2),
        # rumoured arson of an electoral office in al-Sharawneh «ليل أمس»
        E(True, ["ASSAULT"], [9], "أضرموا النار", ["rumored"], mode="destroy",
          source=UNKNOWN, recipient=ARSON_LIST, location=SHARAWNEH,
          date=D("2025-05-12", "day", ("2025-05-12", "2025-05-13")), attribution=["أهالي بعلبك"],
          acled=DESTRUCTION),
        # a raid on a Hezbollah depot in Janta told by websites and denied by the army command
        E(True, ["COERCE"], [10], "دهم", ["rumored", "negated", "reported"], mode="seize",
          source=LAF_BK, recipient=JANTA_DEPOT, location=JANTA,
          date=D("2025-05-13", "day", ("2025-05-11", "2025-05-13")), attribution=["مواقع إلكترونية", "قيادة الجيش"]),
        # paragraph 11 is generic (recurring family feuds, daily overflights): NO gold event
        # the drivers' syndicate's general strike «يوم الخميس المقبل» (planned PROTEST); the call itself is optional,
        # and so are the road blocks, planned only «إذا لم تتجاوب الحكومة»
        E(True, ["PROTEST"], [12], "إضراب شامل", ["planned", "asserted"], mode="strike",
          source=BK_DRIVERS, location=BEKAA, date=D("2025-05-15"), acled=PEACEFUL),
        E(False, ["REQUEST"], [12], "ودعت", ["asserted"],
          source=BK_DRIVERS, location=BEKAA, date=D("2025-05-13")),
        E(False, ["PROTEST"], [12], "قطع للطرقات", ["planned", "hypothetical"], mode="obstruct",
          source=BK_DRIVERS, location=BEKAA, date=None),
        # background «وكان … قد»: a young man shot dead in a quarrel in al-Sheikh Habib «مساء الأحد الماضي»
        E(True, ["ASSAULT"], [13], "قُتل", ["historical", "asserted"], mode="firearms",
          recipient=SHEIKH_HABIB_VICTIM, location=SHEIKH_HABIB, date=D("2025-05-11"), fatalities=1, acled=ATTACK),
    ],
)
