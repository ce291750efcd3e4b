#!/usr/bin/env python3
"""Write the seventh team-made article set (NNN_slug.txt, ids team7-031 ... team7-035) and its gold
(team7.gold.json).

The articles and annotations live here; ``benchmarks/data/goldkit.py`` writes the files and computes every
offset (nothing is typed by hand): para_spans are the [start, end) code-point offsets of each line (newline
excluded) in the file text, trigger spans are found inside the named paragraph. Run from anywhere:
    python3 benchmarks/data/articles7/build_gold.py && python3 benchmarks/data/articles7/check_gold.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from actors_places import (  # noqa: E402
    AANES,
    AANES_MP,
    AANES_SDF,
    AHRAR_SHARQIYA,
    AIN_ISSA,
    AIR_INTEL,
    AL_BAB,
    AL_BAB_AZAZ,
    ARIHA,
    ARIMA,
    ARMY_AND_AUTHORITIES,
    ARMY_BUS,
    ARMY_OR_HEZBOLLAH,
    ARMY_VS_GROUP,
    ARMY_VS_SMUGGLER,
    AUTHORITIES,
    BAB_AGREEMENT,
    BAB_FACTIONS,
    BAB_HAWA,
    BAB_MC,
    BARA_FLEIFEL,
    BARA_KANSAFRA,
    DABBOUSIYEH,
    FATH_MUBIN,
    FOURTH_DIV,
    GUNMEN,
    GUNMEN_SARAYA,
    HAMDAN,
    HAMZA_COMMANDER,
    HAWSH,
    HAWSH_WANTED,
    HOMS_GOV_SARC,
    HOMS_GOVERNOR,
    HOUSHAN,
    HOUSHAN_VICTIMS,
    HTS_GSS,
    HTS_MEMBERS,
    IDLIB_AREA,
    IDLIB_CITY,
    IDLIB_PROTESTERS,
    INKHIL,
    INKHIL_HEAD,
    INKHIL_YOUTHS,
    ISRAEL,
    JARABLUS,
    JARABLUS_DETAINEES,
    JARABLUS_VICTIMS,
    JASIM,
    JASIM_MEETING,
    JASIM_NOTABLES,
    JASIM_PROTESTERS,
    JASIM_ROAD,
    JASIM_SIDES,
    JUSIYAH,
    KAFRANBEL,
    KANSAFRA,
    KANSAFRA_VICTIMS,
    KOBANI,
    KOBANI_EAST,
    KOBANI_VILLAGERS,
    KOBANI_YOUTH,
    LEVANT_FRONT,
    MOFA,
    NAWA,
    NAWA_AUTHORITIES,
    NAWA_TASIL,
    NAWA_WANTED,
    QABASIN,
    QUSAYR,
    QUSAYR_STATE,
    RABLAH_JUSIYAH,
    RAI,
    REGIME,
    REGIME_DIVISIONS,
    RETURNEES,
    RUSSIA,
    RUSSIA_MP,
    RUSSIA_TURKEY,
    SANAMAYN,
    SARMADA,
    SARMADA_DETAINEES,
    SDF,
    SECURITY_COMMITTEE,
    SHEIKH_HAMAD,
    SNA_MP,
    SULUK,
    SYRIAN_ARMY,
    TAL_KALAKH,
    TAL_RIFAAT_KOBANI,
    TAL_TAMR,
    TAL_TAMR_ROAD,
    TANKER_DRIVERS,
    TERROR_GROUP,
    TERRORISTS,
    TK_HOSN,
    TK_NOTABLES,
    TRIBAL_NOTABLES,
    TRUCK_SMUGGLERS,
    TURKEY,
    TURKEY_SNA,
    UN_OCHA,
    UNSC,
    YPG,
    ZAWIYA_YOUTHS,
)
from goldkit import D, E, build  # noqa: E402

FIRST_NUMBER = 31  # file and id numbering continues after the first six sets (001-030)

SHELL = ["Explosions/Remote violence/Shelling/artillery/missile attack"]
AIR = ["Explosions/Remote violence/Air/drone strike"]
IED = ["Explosions/Remote violence/Remote explosive/landmine/IED"]
CLASH = ["Battles/Armed clash"]
ATTACK = ["Violence against civilians/Attack"]
ARREST = ["Strategic developments/Arrests"]
PEACEFUL = ["Protests/Peaceful protest"]
INTERVENTION = ["Protests/Protest with intervention"]
RIOT = ["Riots/Violent demonstration"]
OTHER = ["Strategic developments/Other"]
AGREEMENT = ["Strategic developments/Agreement"]

ARTICLES = []

# ============================================================================ 031: Idlib, Sarmada, Jabal al-Zawiya, Ariha
ARTICLES.append(dict(
    id="team7-031", slug="idlib_sarmada_jabal_zawiya", published="2024-03-09",
    outlet="Minbar al-Shamal (fictional)",
    paras=[
        # 0 (headline: an arrest and a demonstration with a demand)
        "«جهاز الأمن العام» يعتقل خمسة أشخاص بينهم ناشط إعلامي في سرمدا.. ومظاهرة حاشدة في إدلب تطالب بالإفراج عن المعتقلين",
        # 1 (a raid and arrests, told by the correspondent)
        "داهم عناصر من «جهاز الأمن العام» التابع لـ«هيئة تحرير الشام»، فجر اليوم السبت، منازل في الحي الغربي من مدينة سرمدا بريف إدلب الشمالي، واعتقلوا خمسة أشخاص بينهم الناشط الإعلامي عمر الحلاق، واقتادوهم إلى جهة مجهولة، بحسب ما أفاد به مراسلنا في ريف إدلب الشمالي.",
        # 2 (the same arrests told by a relative and by the arresting body; a confiscation)
        "وقال شقيق أحد المعتقلين لـ«منبر الشمال» إن نحو عشرين عنصراً ملثماً طوّقوا الحي بسيارات رباعية الدفع قبل اقتحام المنازل، وصادروا هواتف المعتقلين وحواسيبهم، في حين قال الجهاز، في بيان مقتضب نشره على معرّفاته، إنه «ألقى القبض على خلية تعمل لصالح جهات معادية للثورة»، دون أن يسمّي أياً من الموقوفين.",
        # 3 (a demonstration and a demand; the habitual arrest campaigns are no event)
        "وفي مدينة إدلب، خرج مئات المحتجين، عقب صلاة الجمعة أمس، في مظاهرة انطلقت من دوار الساعة وجابت الشوارع الرئيسية، احتجاجاً على حملات الاعتقال التي ينفذها الجهاز الأمني للهيئة، وطالب المتظاهرون بالإفراج عن المعتقلين وحلّ «جهاز الأمن العام» وتنحّي قائد الهيئة «أبو محمد الجولاني»، وفق ما رصده مراسلنا.",
        # 4 (a beating told by witnesses and denied by the accused side; the denial is no event)
        "وأفاد شهود عيان بأن عناصر يتبعون للهيئة اعترضوا المظاهرة قرب مبنى «حكومة الإنقاذ»، واعتدوا على عدد من المتظاهرين بالضرب بالعصي والهراوات، ما أدى إلى إصابة ثلاثة منهم بجروح طفيفة، في حين نفت وزارة الداخلية في «حكومة الإنقاذ»، في بيان، وقوع «أي اعتداء على المحتجين»، مؤكدةً أن عناصرها «اكتفوا بتنظيم حركة السير».",
        # 5 (a passive killing by shelling; a second shelling nearby)
        "وفي جبل الزاوية بريف إدلب الجنوبي، قُتلت امرأة وطفلاها، ظهر اليوم، بقصف مدفعي لقوات النظام استهدف منزلهم في بلدة كنصفرة، فيما أُصيب أربعة مدنيين آخرين بقصف مماثل طال أطراف بلدتي البارة وفليفل، وفق ما وثّقه «الدفاع المدني السوري».",
        # 6 (Russian air strikes without casualties)
        "كما شنّت الطائرات الحربية الروسية، فجر اليوم، ثلاث غارات جوية على محيط مدينة أريحا، استهدفت إحداها مدجنة على الطريق الواصل بين أريحا وبلدة محمبل، دون ورود معلومات عن إصابات، بحسب ما رصده مراسلنا ومراصد المعارضة التي تتابع حركة الطيران.",
        # 7 (a reply by shelling, no toll)
        "وردّت غرفة عمليات «الفتح المبين»، التي تقودها الهيئة، باستهداف مواقع لقوات النظام في محيط مدينة كفرنبل وبلدة حزارين بقذائف المدفعية والصواريخ، معلنةً «تحقيق إصابات مباشرة»، دون أن تُعرف حصيلة الخسائر في صفوف قوات النظام.",
        # 8 (a threat in a statement; the warning participle is part of it)
        "وتوعّد «جهاز الأمن العام»، في بيان نشره مساء أمس، بـ«الضرب بيد من حديد على كل من يعبث بأمن المحرر»، محذّراً مما وصفه بـ«استغلال المظاهرات لإثارة الفتنة»، وهو ما اعتبره ناشطون تهديداً مبطّناً للمحتجين.",
        # 9 (planned aid; a negated entry of aid)
        "إلى ذلك، من المقرر أن تعبر قافلة مساعدات أممية تضم 40 شاحنة محمّلة بمواد غذائية وطبية معبر باب الهوى الحدودي مع تركيا، يوم الثلاثاء المقبل، وفق ما أعلنه مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية (أوتشا)، علماً أن أي قافلة أممية لم تدخل عبر المعبر منذ نحو ثلاثة أسابيع.",
        # 10 (generic)
        "وتشهد مناطق سيطرة الهيئة منذ أشهر احتقاناً شعبياً متصاعداً على خلفية ملف المعتقلين في سجونها واتهامات التعذيب التي تلاحق جهازها الأمني، في حين تتعرض قرى جبل الزاوية وريف أريحا لقصف شبه يومي من قوات النظام وروسيا، رغم سريان اتفاق «خفض التصعيد» منذ سنوات.",
        # 11 (background with a dated toll)
        "وكانت قوات النظام قد استهدفت بصاروخ موجّه، مساء الإثنين الماضي، دراجة نارية على الطريق الواصل بين بلدتي البارة وكنصفرة، ما أسفر عن مقتل شابين من عائلة واحدة كانا في طريقهما إلى أرضهما الزراعية.",
    ],
    events=[
        # the arrests: headline 0, correspondent 1, relative and the body's own statement 2
        E(True, ["COERCE"], [0, 1, 2], "واعتقلوا", ["asserted", "reported"], mode="arrest",
          source=HTS_GSS, recipient=SARMADA_DETAINEES, location=SARMADA, date=D("2024-03-09"),
          attribution=["مراسلنا", "شقيق أحد المعتقلين", "بيان جهاز الأمن العام"], acled=ARREST, tpara=1),
        E(False, ["COERCE"], [1], "داهم", ["asserted"], mode="seize", source=HTS_GSS, location=SARMADA,
          date=D("2024-03-09")),
        E(False, ["COERCE"], [2], "وصادروا", ["asserted", "reported"], mode="confiscate", source=HTS_GSS,
          recipient=SARMADA_DETAINEES, location=SARMADA, date=D("2024-03-09")),
        # the demonstration: headline 0, details 3, «اعترضوا المظاهرة» 4
        E(True, ["PROTEST"], [0, 3, 4], "مظاهرة", ["asserted"], mode="demo",
          source=IDLIB_PROTESTERS, location=IDLIB_CITY, date=D("2024-03-08"), attribution=["مراسلنا"],
          acled=INTERVENTION, tpara=3),
        # the finite demand; its content (release, dissolution, resignation) is no event
        E(True, ["REQUEST"], [0, 3], "وطالب", ["asserted"],
          source=IDLIB_PROTESTERS, recipient=HTS_GSS, location=IDLIB_CITY, date=D("2024-03-08"), tpara=3),
        # the beating, told by witnesses and denied by the Salvation Government's ministry
        E(True, ["ASSAULT", "COERCE"], [4], "واعتدوا", ["reported", "asserted", "negated"], mode="beat",
          source=HTS_MEMBERS, recipient=IDLIB_PROTESTERS, location=IDLIB_CITY, date=D("2024-03-08"),
          attribution=["شهود عيان"]),
        # the shelling of Kansafra, passive with the perpetrator in «بقصف … لقوات النظام»
        E(True, ["ASSAULT"], [5], "بقصف مدفعي", ["asserted", "reported"], mode="heavy-weapons",
          source=REGIME, recipient=KANSAFRA_VICTIMS, location=KANSAFRA, date=D("2024-03-09"), fatalities=3,
          attribution=["الدفاع المدني السوري"], acled=SHELL),
        E(False, ["ASSAULT"], [5], "بقصف مماثل", ["asserted", "reported"], mode="heavy-weapons", source=REGIME,
          location=BARA_FLEIFEL, date=D("2024-03-09")),
        # Russian strikes: no casualties, no recipient checked
        E(True, ["ASSAULT"], [6], "غارات جوية", ["asserted", "reported"], mode="aerial",
          source=RUSSIA, location=ARIHA, date=D("2024-03-09"), attribution=["مراسلنا", "مراصد المعارضة"],
          acled=AIR),
        # the reply (no time word: the day of the shelling or the day before)
        E(True, ["ASSAULT"], [7], "باستهداف", ["asserted", "reported"], mode="heavy-weapons",
          source=FATH_MUBIN, recipient=REGIME, location=KAFRANBEL,
          date=D("2024-03-09", "day", ("2024-03-08", "2024-03-09")), attribution=["غرفة عمليات الفتح المبين"],
          acled=SHELL),
        # the threat; «المحرر» is the only place word, so the place is carried over (Idlib)
        E(True, ["THREATEN"], [8], "وتوعّد", ["asserted", "reported"], mode="violence",
          source=HTS_GSS, location=IDLIB_AREA, date=D("2024-03-08"), attribution=["بيان جهاز الأمن العام"]),
        # planned aid «يوم الثلاثاء المقبل» (from a Saturday)
        E(True, ["AID"], [9], "قافلة مساعدات", ["planned"], mode="humanitarian",
          source=UN_OCHA, location=BAB_HAWA, date=D("2024-03-12"), attribution=["أوتشا"]),
        E(False, ["AID"], [9], "لم تدخل", ["negated", "generic"], mode="humanitarian", source=UN_OCHA,
          location=BAB_HAWA),
        # paragraph 10 is a generic statement: deliberately NO gold event
        E(True, ["ASSAULT"], [11], "استهدفت", ["historical", "asserted"], mode="heavy-weapons",
          source=REGIME, recipient=ZAWIYA_YOUTHS, location=BARA_KANSAFRA, date=D("2024-03-04"), fatalities=2,
          acled=SHELL),
    ],
))

# ============================================================================ 032: al-Bab, Jarablus, Qabasin (monitor style)
ARTICLES.append(dict(
    id="team7-032", slug="al_bab_jarablus_qabasin", published="2023-08-16",
    outlet="Northern Observatory for Human Rights (fictional)",
    paras=[
        # 0 (headline: infighting and arrests)
        "اقتتال بين «أحرار الشرقية» و«الجبهة الشامية» في الباب يخلّف أربعة قتلى.. و«الشرطة العسكرية» تعتقل تسعة أشخاص في جرابلس",
        # 1 (a two-sided clash with a summed toll, in the monitor's voice)
        "رصد «المرصد الشمالي لحقوق الإنسان» اشتباكات عنيفة بالأسلحة الرشاشة والقذائف الصاروخية، اندلعت مساء أمس الثلاثاء واستمرت حتى ساعات الفجر الأولى، بين فصيلي «أحرار الشرقية» و«الجبهة الشامية» المنضويين ضمن «الجيش الوطني السوري» الموالي لأنقرة، في الحي الشمالي من مدينة الباب بريف حلب الشرقي، على خلفية خلاف على إدارة حاجز عند المدخل الشمالي للمدينة، ما أسفر عن مقتل ثلاثة عناصر من الطرفين ومدني كان في طريقه إلى عمله، وإصابة ثمانية آخرين بينهم طفلان.",
        # 2 (the same clash told by one side; reinforcements; a participle accusation)
        "وقال مصدر عسكري في «الجبهة الشامية» لنشطاء المرصد إن مجموعة من «أحرار الشرقية» هاجمت الحاجز بهدف السيطرة عليه، وإن عناصر الجبهة تصدّوا للهجوم بعد وصول مؤازرات من مدينة اعزاز، متهماً «أحرار الشرقية» بـ«محاولة الاستيلاء على عائدات الحاجز».",
        # 3 (an announced ceasefire agreement; its terms are optional planned events)
        "وأعلنت وزارة الدفاع في «الحكومة السورية المؤقتة»، ظهر اليوم، التوصل إلى اتفاق لوقف إطلاق النار بين الفصيلين، يقضي بانسحاب عناصر الطرفين من الحي وتسليم الحاجز لـ«الشرطة العسكرية»، وتشكيل لجنة قضائية للنظر في أسباب الخلاف ومحاسبة المتسببين بسقوط الضحايا.",
        # 4 (a negated withdrawal, an alert, a feared renewal: all optional)
        "إلا أن نشطاء المرصد أكدوا أن عناصر «أحرار الشرقية» لم ينسحبوا من الحاجز حتى لحظة إعداد هذا التقرير، وسط استنفار متبادل وانتشار للقناصة على أسطح الأبنية المحيطة، ما ينذر بتجدد الاقتتال في أي لحظة.",
        # 5 (an unclaimed bombing; two tolls, the lowest counts)
        "وفي مدينة جرابلس بريف حلب الشمالي الشرقي، قُتل ستة مدنيين بينهم طفلان وامرأة، وأصيب 15 آخرون، ظهر اليوم، جراء انفجار دراجة نارية مفخخة ركنت قرب سوق الخضار وسط المدينة، بحسب ما وثّقه المرصد، فيما تحدثت مصادر طبية في مشفى جرابلس عن ثمانية قتلى، ولم تتبنَّ أي جهة التفجير حتى الآن.",
        # 6 (arrests after the bombing)
        "وعقب التفجير، شنّت «الشرطة العسكرية» حملة دهم في أحياء عدة من المدينة، اعتقلت خلالها تسعة أشخاص، بينهم ثلاثة نازحين من ريف دير الزور، بتهمة «التعامل مع قسد»، وفقاً لما علمه المرصد من مصادر أمنية.",
        # 7 (an accusation and a claimed retaliation)
        "من جانبها، حمّلت وزارة الدفاع التركية، في بيان اليوم، «تنظيم بي كا كا/ي ب ك الإرهابي» مسؤولية التفجير، وأعلنت «تحييد» 11 «إرهابياً» في منطقتي تل رفعت وعين العرب «رداً على الهجوم»، دون أن توضح طبيعة العمليات أو توقيتها.",
        # 8 (a Turkish drone strike)
        "في غضون ذلك، استهدفت طائرة مسيّرة تركية، مساء أمس، سيارة عسكرية تابعة لـ«مجلس الباب العسكري» المنضوي ضمن «قوات سوريا الديمقراطية» (قسد) قرب قرية العريمة بريف منبج الغربي، ما أدى إلى مقتل عنصرين كانا بداخلها، وفق ما أكده المجلس في بيان نعى فيه «المقاتلَين».",
        # 9 (a demand; a participle threat)
        "وطالب «مجلس الباب العسكري»، في البيان ذاته، القوات الروسية «بصفتها ضامناً لاتفاق وقف إطلاق النار» بـ«وضع حد للاعتداءات التركية المتكررة»، مؤكداً أن قواته «ستردّ على أي اعتداء في الوقت المناسب».",
        # 10 (a road-blocking protest; the habitual levies are no event)
        "وفي بلدة قباسين شمال شرقي الباب، قطع العشرات من سائقي صهاريج المحروقات، صباح اليوم، الطريق الواصل بين البلدة ومدينة الباب، احتجاجاً على «إتاوات» يفرضها حاجز تابع لأحد الفصائل على كل صهريج قادم من مناطق «قسد»، ورفعوا لافتات تطالب «الشرطة العسكرية» بإزالة الحاجز.",
        # 11 (generic: the monitor's aggregate)
        "ووفقاً لإحصائيات «المرصد الشمالي»، شهدت مناطق سيطرة فصائل «الجيش الوطني» في ريفي حلب الشمالي والشرقي منذ مطلع العام الجاري 41 حادثة اقتتال بين الفصائل أو داخلها، أسفرت عن مقتل 63 شخصاً بينهم 19 مدنياً، إضافة إلى 27 تفجيراً بعبوات ناسفة وسيارات ودراجات مفخخة.",
        # 12 (background with a dated toll)
        "وكانت عبوة ناسفة قد انفجرت، مساء الخميس 10 آب الجاري، بسيارة قيادي في «فرقة الحمزة» قرب مدخل بلدة الراعي الحدودية شمالي حلب، ما أدى إلى مقتله مع اثنين من مرافقيه.",
    ],
    events=[
        # the clash: headline 0, the monitor 1, one side's account 2; 3 fighters + 1 civilian dead
        E(True, ["ASSAULT"], [0, 1, 2], "اشتباكات", ["asserted", "reported"], mode="firearms",
          source=BAB_FACTIONS, location=AL_BAB, date=D("2023-08-15", "day", ("2023-08-15", "2023-08-16")),
          attribution=["المرصد الشمالي لحقوق الإنسان", "مصدر عسكري في الجبهة الشامية"], fatalities=4,
          acled=CLASH, tpara=1),
        E(False, ["MOBILIZE"], [2], "مؤازرات", ["asserted", "reported"], mode="troops", source=LEVANT_FRONT,
          location=AL_BAB_AZAZ, date=D("2023-08-15", "day", ("2023-08-15", "2023-08-16"))),
        E(False, ["ACCUSE"], [2], "متهماً", ["asserted", "reported"], source=LEVANT_FRONT, recipient=AHRAR_SHARQIYA,
          location=AL_BAB, date=D("2023-08-16", "day", ("2023-08-15", "2023-08-16"))),
        # the announced ceasefire agreement; «الحي» carries the place over from ¶1
        E(True, ["AGREE", "CONCEDE"], [3], "اتفاق", ["asserted", "reported"],
          source=BAB_AGREEMENT, location=AL_BAB, date=D("2023-08-16"),
          attribution=["وزارة الدفاع في الحكومة السورية المؤقتة"], acled=AGREEMENT),
        E(False, ["RETREAT"], [3], "بانسحاب", ["planned"], mode="withdraw", source=BAB_FACTIONS,
          recipient=SNA_MP, location=AL_BAB),
        E(False, ["RETREAT"], [4], "لم ينسحبوا", ["negated"], mode="withdraw", source=AHRAR_SHARQIYA,
          location=AL_BAB, date=D("2023-08-16")),
        E(False, ["MOBILIZE"], [4], "استنفار متبادل", ["asserted", "reported"], mode="troops", source=BAB_FACTIONS,
          location=AL_BAB, date=D("2023-08-16")),
        E(False, ["ASSAULT"], [4], "بتجدد الاقتتال", ["hypothetical"], source=BAB_FACTIONS, location=AL_BAB),
        # the Jarablus bombing: no claim, so no source; the monitor's 6 is the lowest toll (the hospital says 8);
        # «وعقب التفجير» 6 is added; «مسؤولية التفجير» 7 is NOT added (¶7 holds its own core ASSAULT)
        E(True, ["ASSAULT"], [5, 6], "انفجار دراجة نارية مفخخة", ["asserted", "reported"], mode="explosives",
          recipient=JARABLUS_VICTIMS, location=JARABLUS, date=D("2023-08-16"), fatalities=6,
          attribution=["المرصد الشمالي لحقوق الإنسان", "مصادر طبية في مشفى جرابلس"], acled=IED),
        # the arrests: headline 0, details 6; the raid is optional
        E(True, ["COERCE"], [0, 6], "اعتقلت", ["asserted", "reported"], mode="arrest",
          source=SNA_MP, recipient=JARABLUS_DETAINEES, location=JARABLUS, date=D("2023-08-16"),
          attribution=["مصادر أمنية"], acled=ARREST, tpara=6),
        E(False, ["COERCE"], [6], "حملة دهم", ["asserted", "reported"], mode="seize", source=SNA_MP,
          location=JARABLUS, date=D("2023-08-16")),
        # the accusation; «التفجير» carries the place over from ¶5
        E(True, ["ACCUSE"], [7], "حمّلت", ["asserted", "reported"],
          source=TURKEY, recipient=YPG, location=JARABLUS, date=D("2023-08-16"),
          attribution=["بيان وزارة الدفاع التركية"]),
        # the claimed «تحييد»: neutralised is not a death count; time unknown (announced today)
        E(True, ["ASSAULT"], [7], "تحييد", ["reported", "asserted"],
          source=TURKEY, recipient=YPG, location=TAL_RIFAAT_KOBANI,
          date=D("2023-08-16", "day", ("2023-08-15", "2023-08-16")), attribution=["بيان وزارة الدفاع التركية"]),
        E(True, ["ASSAULT"], [8], "استهدفت", ["asserted", "reported"], mode="aerial",
          source=TURKEY, recipient=BAB_MC, location=ARIMA, date=D("2023-08-15"), fatalities=2,
          attribution=["المرصد الشمالي لحقوق الإنسان", "بيان مجلس الباب العسكري"], acled=AIR),
        # the demand, in «البيان ذاته»: the place is carried over from ¶8
        E(True, ["REQUEST"], [9], "وطالب", ["asserted", "reported"],
          source=BAB_MC, recipient=RUSSIA, location=ARIMA, date=D("2023-08-16", "day", ("2023-08-15", "2023-08-16")),
          attribution=["بيان مجلس الباب العسكري"]),
        E(False, ["THREATEN"], [9], "ستردّ", ["asserted", "reported"], mode="violence", source=BAB_MC,
          recipient=TURKEY, location=ARIMA),
        E(True, ["PROTEST"], [10], "قطع", ["asserted"], mode="obstruct",
          source=TANKER_DRIVERS, location=QABASIN, date=D("2023-08-16"), acled=PEACEFUL),
        E(False, ["REQUEST"], [10], "تطالب", ["asserted"], source=TANKER_DRIVERS, recipient=SNA_MP,
          location=QABASIN, date=D("2023-08-16")),
        # paragraph 11 is a generic statement (the monitor's aggregate): deliberately NO gold event
        E(True, ["ASSAULT"], [12], "انفجرت", ["historical", "asserted"], mode="explosives",
          recipient=HAMZA_COMMANDER, location=RAI, date=D("2023-08-10"), fatalities=3, acled=IED),
    ],
))

# ============================================================================ 033: Ain Issa, Kobani, Tal Tamr (news site)
ARTICLES.append(dict(
    id="team7-033", slug="ain_issa_kobani_tal_tamr", published="2020-11-29",
    outlet="Khabour News Network (fictional)",
    paras=[
        # 0 (no headline; a dateline and a passive lead)
        "عين عيسى – «شبكة الخابور»: قُتل طفل وأُصيبت والدته بجروح بليغة، صباح اليوم الأحد، جراء قصف مدفعي نفذته القوات التركية وفصائل «الجيش الوطني السوري» الموالية لها على قرية الهوشان شرقي بلدة عين عيسى بريف الرقة الشمالي، بحسب ما أفاد به مراسل الشبكة في المنطقة.",
        # 1 (the same shelling in the SDF's statement; the SDF's reply)
        "وقالت «قوات سوريا الديمقراطية» (قسد)، في بيان نشره مركزها الإعلامي، إن أكثر من 70 قذيفة مدفعية وصاروخية سقطت على قرى الهوشان وصيدا والمعلق ومحيط مخيم عين عيسى خلال ساعات الصباح، وإن مقاتليها استهدفوا نقاطاً للقوات التركية والفصائل في محيط بلدة سلوك رداً على القصف، دون أن يذكر البيان تفاصيل عن الخسائر.",
        # 2 (conscription arrests; the transfer is a sub-action)
        "وفي مدينة عين العرب (كوباني) بريف حلب الشمالي الشرقي، اعتقلت دوريات تابعة لـ«الشرطة العسكرية» في «الإدارة الذاتية»، أمس السبت، 11 شاباً من أبناء المدينة وريفها خلال حملة لسوق المطلوبين إلى «واجب الدفاع الذاتي» (التجنيد الإجباري)، ونقلتهم إلى أحد معسكرات التدريب، بحسب ما أفاد به ذوو عدد منهم لـ«الخابور».",
        # 3 (a passive release)
        "وأُفرج، مساء أمس، عن ثلاثة من المعتقلين بعد أن قدّم ذووهم وثائق تثبت أنهم طلاب جامعيون، في حين لا يزال مصير الباقين مجهولاً، وفق المصادر ذاتها.",
        # 4 (a tribal meeting and a demand; the release demanded and the arrests in the relative clause are no events)
        "وفي بلدة تل تمر بريف الحسكة الشمالي الغربي، عقد شيوخ ووجهاء من العشائر العربية، أمس السبت، اجتماعاً موسعاً في مضافة أحد الوجهاء، حضره ممثلون عن «الإدارة الذاتية» و«مجلس سوريا الديمقراطية» (مسد)، وطالب المجتمعون بوقف حملات التجنيد الإجباري بحق أبناء العشائر والإفراج عن الشبان الذين اعتُقلوا خلالها.",
        # 5 (a commitment and a rejection)
        "وبحسب أحد الحاضرين، فقد تعهّد ممثلو «الإدارة الذاتية» بإطلاق سراح الطلاب والمعيلين لأسرهم «خلال أيام»، لكنهم رفضوا وقف الحملة، معتبرين أن «واجب الدفاع الذاتي» «قانون نافذ لا يمكن تعليقه في ظل التهديدات التركية».",
        # 6 (a joint patrol)
        "وعلى صعيد آخر، سيّرت القوات الروسية والتركية، صباح اليوم، دورية عسكرية مشتركة جديدة في ريف عين العرب الشرقي، ضمّت ثماني عربات وجابت عدداً من القرى الحدودية قبل أن تعود إلى نقطة انطلاقها، وسط تحليق مروحيتين روسيتين في أجواء المنطقة، بحسب مراسل «الخابور» في عين العرب.",
        # 7 (stone-throwing at the patrol; the patrol changes route)
        "ورشق عشرات الأهالي في إحدى القرى عربات الدورية بالحجارة، رافعين صوراً لضحايا القصف التركي وأعلاماً لـ«قسد»، ما دفع الدورية إلى تغيير مسارها، دون تسجيل إصابات، بحسب مقاطع مصورة تداولها ناشطون على مواقع التواصل.",
        # 8 (a reported intention of an offensive, conditional; no official comment)
        "ونقلت وسائل إعلام تركية مقربة من الحكومة، اليوم، عن مصادر أمنية أن الجيش التركي «يستعد لعملية عسكرية جديدة» تستهدف مواقع «قسد» في محيط عين عيسى، في حال لم تنسحب الأخيرة من البلدة والطريق الدولي «إم 4»، وهو ما لم يصدر بشأنه أي تعليق رسمي من أنقرة.",
        # 9 (reinforcements; trenches)
        "في المقابل، استقدمت «قسد»، خلال اليومين الماضيين، تعزيزات عسكرية ضمّت عربات مصفحة وعشرات المقاتلين إلى خطوط التماس في محيط عين عيسى، وحفرت خنادق جديدة على أطراف البلدة الشمالية، بحسب ما رصده مراسل «الخابور».",
        # 10 (generic)
        "وتُعد بلدة عين عيسى، التي تضم مقرات رئيسية لـ«الإدارة الذاتية» وتقع على الطريق الدولي «إم 4»، من أكثر المناطق توتراً في شمال شرقي سوريا منذ أواخر عام 2019، إذ تتعرض قراها لقصف شبه يومي، فيما تتكرر حوادث رشق الدوريات المشتركة بالحجارة في ريف عين العرب.",
        # 11 (background, passive, with a dated toll)
        "وكان الشيخ حمد العبد الله، أحد وجهاء العشائر العربية في ريف تل تمر، قد قُتل برصاص مسلحين مجهولين، مساء الخميس الماضي، أثناء عودته بسيارته على الطريق الواصل بين تل تمر ومدينة الحسكة، ولم تتبنَّ أي جهة عملية الاغتيال.",
    ],
    events=[
        # the shelling: the lead 0 and the SDF's «سقطت» 1; 1 killed
        E(True, ["ASSAULT"], [0, 1], "قصف مدفعي", ["asserted", "reported"], mode="heavy-weapons",
          source=TURKEY_SNA, recipient=HOUSHAN_VICTIMS, location=HOUSHAN, date=D("2020-11-29"), fatalities=1,
          attribution=["مراسل الشبكة", "بيان قسد"], acled=SHELL),
        E(True, ["ASSAULT"], [1], "استهدفوا", ["asserted", "reported"], mode="heavy-weapons",
          source=SDF, recipient=TURKEY_SNA, location=SULUK, date=D("2020-11-29"), attribution=["بيان قسد"],
          acled=SHELL + CLASH),
        # the conscription arrests; «المعتقلين» 3 is added
        E(True, ["COERCE"], [2, 3], "اعتقلت", ["asserted", "reported"], mode="arrest",
          source=AANES_MP, recipient=KOBANI_YOUTH, location=KOBANI, date=D("2020-11-28"),
          attribution=["ذوو عدد من المعتقلين"], acled=ARREST),
        E(False, ["COERCE"], [2], "ونقلتهم", ["asserted", "reported"], mode="arrest", source=AANES_MP,
          recipient=KOBANI_YOUTH, location=KOBANI, date=D("2020-11-28")),
        # the passive release: agent and place carried over from ¶2
        E(True, ["RETREAT", "CONCEDE"], [3], "وأُفرج", ["asserted", "reported"], mode="release",
          source=AANES_MP, recipient=KOBANI_YOUTH, location=KOBANI, date=D("2020-11-28"),
          attribution=["المصادر ذاتها"]),
        # the tribal meeting: 4, «أحد الحاضرين» 5
        E(True, ["CONSULT"], [4, 5], "اجتماعاً", ["asserted"], mode="multilateral",
          source=TRIBAL_NOTABLES, recipient=AANES, location=TAL_TAMR, date=D("2020-11-28")),
        E(True, ["REQUEST"], [4], "وطالب", ["asserted"],
          source=TRIBAL_NOTABLES, recipient=AANES_SDF, location=TAL_TAMR, date=D("2020-11-28")),
        # a commitment is AGREE; the promised release is an optional planned RETREAT; the place comes from ¶4
        E(True, ["AGREE"], [5], "تعهّد", ["asserted", "reported"],
          source=AANES, recipient=TRIBAL_NOTABLES, location=TAL_TAMR, date=D("2020-11-28"),
          attribution=["أحد الحاضرين"]),
        E(False, ["RETREAT"], [5], "بإطلاق سراح", ["planned"], mode="release", source=AANES_MP,
          recipient=KOBANI_YOUTH),
        E(True, ["REJECT"], [5], "رفضوا", ["asserted", "reported"],
          source=AANES, recipient=TRIBAL_NOTABLES, location=TAL_TAMR, date=D("2020-11-28"),
          attribution=["أحد الحاضرين"]),
        # the joint patrol: 6, «عربات الدورية» 7
        E(True, ["COOPERATE", "MOBILIZE"], [6, 7], "دورية عسكرية مشتركة", ["asserted"], mode="troops",
          source=RUSSIA_TURKEY, location=KOBANI_EAST, date=D("2020-11-29"), attribution=["مراسل الخابور"],
          acled=OTHER),
        # stones thrown at the patrol: a riot; «إحدى القرى» and the day are carried over from ¶6
        E(True, ["PROTEST", "ASSAULT"], [7], "ورشق", ["asserted", "reported"], mode="riot",
          source=KOBANI_VILLAGERS, recipient=RUSSIA_TURKEY, location=KOBANI_EAST, date=D("2020-11-29"),
          attribution=["مقاطع مصورة تداولها ناشطون"], acled=RIOT),
        E(False, ["RETREAT"], [7], "تغيير مسارها", ["asserted", "reported"], mode="withdraw",
          source=RUSSIA_TURKEY, location=KOBANI_EAST, date=D("2020-11-29")),
        # a reported, conditional intention (no official comment): optional
        E(False, ["ASSAULT", "THREATEN"], [8], "عملية عسكرية", ["planned", "rumored", "reported", "hypothetical"],
          source=TURKEY, recipient=SDF, location=AIN_ISSA),
        E(True, ["MOBILIZE"], [9], "استقدمت", ["asserted"], mode="troops",
          source=SDF, location=AIN_ISSA, date=D("2020-11-28", "day", ("2020-11-27", "2020-11-29")),
          attribution=["مراسل الخابور"], acled=OTHER),
        E(False, ["MOBILIZE"], [9], "وحفرت خنادق", ["asserted"], mode="troops", source=SDF, location=AIN_ISSA,
          date=D("2020-11-28", "day", ("2020-11-27", "2020-11-29"))),
        # paragraph 10 is a generic statement: deliberately NO gold event
        E(True, ["ASSAULT"], [11], "قُتل برصاص", ["historical", "asserted"], mode="assassinate",
          source=GUNMEN, recipient=SHEIKH_HAMAD, location=TAL_TAMR_ROAD, date=D("2020-11-26"), fatalities=1,
          acled=ATTACK),
    ],
))

# ============================================================================ 034: north-west Daraa (local opposition site)
ARTICLES.append(dict(
    id="team7-034", slug="daraa_nawa_inkhil_jasim", published="2021-10-12",
    outlet="Sahl Horan Network (fictional)",
    paras=[
        # 0 (headline: an assassination and a mobilisation)
        "مقتل قيادي سابق في المعارضة باستهداف مباشر في نوى.. وقوات الأسد تحشد على أطراف جاسم",
        # 1 (an assassination, the trigger is a masdar)
        "لقي القيادي السابق في فصائل المعارضة فادي الحمدان مصرعه، مساء أمس الإثنين، إثر استهدافه بالرصاص من قبل مسلحين مجهولين كانوا يستقلون دراجة نارية في الحي الشرقي من مدينة نوى بريف درعا الغربي، بحسب ما أفاد به مراسل «سهل حوران» في المدينة.",
        # 2 (the same killing told by local sources; the flight; a settlement card that is no event)
        "وقالت مصادر محلية للشبكة إن المسلحين أطلقوا أكثر من عشر رصاصات على الحمدان أثناء خروجه من محله التجاري ثم فرّوا باتجاه الطريق الواصل بين نوى وبلدة الشيخ سعد، مشيرةً إلى أنه كان يحمل بطاقة «التسوية» منذ صيف عام 2018 ولم ينضم إلى أي من التشكيلات التابعة للأفرع الأمنية.",
        # 3 (a failed assassination by IED; no death)
        "وفي مدينة انخل شمال غربي درعا، نجا رئيس مجلس المدينة من محاولة اغتيال، صباح اليوم، إثر انفجار عبوة ناسفة زُرعت على جانب الطريق لحظة مرور سيارته قرب المدخل الجنوبي للمدينة، ما أدى إلى إصابة مرافقه بجروح متوسطة، وفق ما نقلته صفحات محلية.",
        # 4 (reinforcements over three days)
        "وعلى صعيد التصعيد العسكري، استقدمت قوات الأسد، خلال الأيام الثلاثة الماضية، تعزيزات عسكرية إلى محيط مدينة جاسم في ريف درعا الشمالي الغربي، ضمّت دبابات وعربات مدرعة ومئات العناصر من «الفرقة الرابعة» و«الفرقة التاسعة»، وتمركزت على الطريق الواصل بين جاسم وانخل، بحسب ما رصده مراسلنا.",
        # 5 (a deadline under threat; the demanded handover or deportation is no event)
        "وأمهلت «اللجنة الأمنية» التابعة للنظام في درعا، يوم أمس، وجهاء جاسم 72 ساعة لتسليم 25 مطلوباً أو ترحيلهم إلى الشمال السوري، تحت طائلة اقتحام المدينة عسكرياً، بحسب ما أفاد به عضو في «لجنة جاسم المركزية» لـ«سهل حوران».",
        # 6 (a passive meeting with a Russian officer and the agreement reached in it)
        "وعُقد، ظهر اليوم، اجتماع في المركز الثقافي بمدينة جاسم، حضره ضابط من الشرطة العسكرية الروسية وممثلون عن «اللجنة الأمنية» ووجهاء المدينة، وجرى خلاله التوصل إلى اتفاق يقضي بإجراء «تسوية» جديدة لأوضاع المطلوبين وتسليم عدد من قطع السلاح الفردي، مقابل سحب التعزيزات العسكرية من محيط المدينة وعدم دخول قوات الأسد إليها، وفق المصدر ذاته.",
        # 7 (a rumour denied)
        "ونفى عضو «لجنة جاسم المركزية» ما تداولته صفحات موالية للنظام عن موافقة اللجنة على ترحيل عدد من الرافضين للتسوية إلى الشمال السوري، مؤكداً أن «أحداً من أبناء المدينة لن يُهجَّر» وأن الاتفاق «لم يتضمن أي بند يتعلق بالترحيل».",
        # 8 (a settlement carried out)
        "وفي مدينة نوى، افتتحت «اللجنة الأمنية»، صباح اليوم، مركزاً لـ«التسوية» في مبنى البلدية، وتوافد إليه عشرات المطلوبين للخدمة العسكرية والمنشقين عن قوات الأسد لتسوية أوضاعهم وتسليم أسلحتهم الفردية، تحت إشراف ضباط من «الأمن العسكري»، بحسب ما رصده مراسل الشبكة.",
        # 9 (an arrest «الأسبوع الماضي»)
        "في المقابل، اعتقلت دورية تابعة لفرع «المخابرات الجوية»، الأسبوع الماضي، شابين من أبناء مدينة انخل على حاجز عند مدخل مدينة الصنمين أثناء توجههما إلى دمشق، رغم حملهما بطاقات «التسوية»، ولم تُعرف التهم الموجهة إليهما حتى الآن، بحسب ما أفاد به أحد أقاربهما.",
        # 10 (a demonstration; masdar demand; slogans)
        "وخرجت، مساء أمس، مظاهرة في مدينة جاسم شارك فيها العشرات من أبناء المدينة، رفضاً للتهديدات باقتحامها، ومطالبةً بالإفراج عن المعتقلين في سجون النظام، وردّد المشاركون هتافات تندد بالحملة العسكرية وبدور الميليشيات الإيرانية في الجنوب السوري.",
        # 11 (generic: an analytic paragraph with an aggregate)
        "ويرى مراقبون أن النظام يسعى، عبر «التسويات» المتتالية والتلويح بالخيار العسكري، إلى فرض سيطرة أمنية كاملة على ريف درعا الغربي، الذي ظل خارج قبضته فعلياً منذ اتفاق صيف 2018، في حين تشير إحصاءات محلية إلى أن عمليات الاغتيال في المحافظة تجاوزت 300 عملية منذ ذلك الحين، لم يُكشف عن منفذي معظمها.",
        # 12 (background, passive, with a dated toll and a claim)
        "وكان ثلاثة عناصر من «الفرقة الرابعة» قد قُتلوا، الأربعاء الماضي، بهجوم شنّه مسلحون مجهولون على حاجز للفرقة على الطريق الواصل بين نوى وبلدة تسيل، وتبنّته لاحقاً مجموعة تطلق على نفسها اسم «سرايا الجنوب» في بيان نشرته على «تلغرام».",
    ],
    events=[
        # the assassination: headline 0, correspondent 1, local sources 2
        E(True, ["ASSAULT"], [0, 1, 2], "استهدافه", ["asserted", "reported"], mode="assassinate",
          source=GUNMEN, recipient=HAMDAN, location=NAWA, date=D("2021-10-11"), fatalities=1,
          attribution=["مراسل سهل حوران", "مصادر محلية"], acled=ATTACK, tpara=1),
        E(False, ["RETREAT"], [2], "فرّوا", ["asserted", "reported"], mode="withdraw", source=GUNMEN,
          location=NAWA, date=D("2021-10-11")),
        # the failed assassination: no claim, no death (injury only)
        E(True, ["ASSAULT"], [3], "محاولة اغتيال", ["asserted", "reported"], mode="explosives",
          recipient=INKHIL_HEAD, location=INKHIL, date=D("2021-10-12"), attribution=["صفحات محلية"], acled=IED),
        # the reinforcements: headline 0 («تحشد»), details 4
        E(True, ["MOBILIZE"], [0, 4], "استقدمت", ["asserted"], mode="troops",
          source=REGIME_DIVISIONS, location=JASIM_ROAD, date=D("2021-10-11", "day", ("2021-10-09", "2021-10-12")),
          attribution=["مراسلنا"], acled=OTHER, tpara=4),
        # the deadline under threat of storming; «رفضاً للتهديدات» 10 is NOT added (¶10 holds an optional REQUEST,
        # which this event's REQUEST type would absorb)
        E(True, ["THREATEN", "REQUEST"], [5], "وأمهلت", ["asserted", "reported"], mode="violence",
          source=SECURITY_COMMITTEE, recipient=JASIM_NOTABLES, location=JASIM, date=D("2021-10-11"),
          attribution=["عضو في لجنة جاسم المركزية"]),
        E(False, ["ASSAULT"], [5], "اقتحام المدينة", ["hypothetical"], source=SECURITY_COMMITTEE, location=JASIM),
        # the meeting, with the Russian officer as third party
        E(True, ["CONSULT"], [6], "اجتماع", ["asserted", "reported"], mode="third-party",
          source=RUSSIA_MP, recipient=JASIM_SIDES, location=JASIM_MEETING, date=D("2021-10-12"),
          attribution=["عضو في لجنة جاسم المركزية"]),
        E(True, ["AGREE"], [6], "اتفاق", ["asserted", "reported"],
          source=JASIM_SIDES, location=JASIM_MEETING, date=D("2021-10-12"),
          attribution=["عضو في لجنة جاسم المركزية"], acled=AGREEMENT),
        E(False, ["RETREAT"], [6], "سحب التعزيزات", ["planned"], mode="withdraw", source=REGIME_DIVISIONS,
          location=JASIM),
        E(False, ["RETREAT"], [6], "وتسليم عدد من قطع السلاح", ["planned"], mode="disarm", source=JASIM_NOTABLES,
          recipient=SECURITY_COMMITTEE, location=JASIM),
        # the rumoured consent, denied: core (no date, no recipient checked)
        E(True, ["AGREE"], [7], "موافقة", ["rumored", "negated", "reported"],
          source=JASIM_NOTABLES, location=JASIM, attribution=["صفحات موالية للنظام", "عضو لجنة جاسم المركزية"]),
        E(False, ["RETREAT"], [7], "ترحيل", ["rumored", "negated", "planned"], mode="withdraw", location=JASIM),
        # the settlement carried out: status settled and personal weapons handed over
        E(True, ["AGREE", "RETREAT"], [8], "لتسوية أوضاعهم", ["asserted"], mode="disarm",
          source=NAWA_WANTED, recipient=NAWA_AUTHORITIES, location=NAWA, date=D("2021-10-12"),
          attribution=["مراسل الشبكة"]),
        # «الأسبوع الماضي» from a Tuesday
        E(True, ["COERCE"], [9], "اعتقلت", ["asserted", "reported"], mode="arrest",
          source=AIR_INTEL, recipient=INKHIL_YOUTHS, location=SANAMAYN,
          date=D("2021-10-06", "week", ("2021-10-02", "2021-10-10")), attribution=["أحد أقاربهما"], acled=ARREST),
        E(True, ["PROTEST"], [10], "مظاهرة", ["asserted"], mode="demo",
          source=JASIM_PROTESTERS, location=JASIM, date=D("2021-10-11"), acled=PEACEFUL),
        E(False, ["REQUEST"], [10], "ومطالبةً", ["asserted"], source=JASIM_PROTESTERS, recipient=REGIME,
          location=JASIM, date=D("2021-10-11")),
        E(False, ["ACCUSE"], [10], "تندد", ["asserted"], source=JASIM_PROTESTERS, recipient=REGIME, location=JASIM,
          date=D("2021-10-11")),
        # paragraph 11 is a generic (analytic) statement: deliberately NO gold event
        E(True, ["ASSAULT"], [12], "بهجوم شنّه", ["historical", "asserted"], mode="firearms",
          source=GUNMEN_SARAYA, recipient=FOURTH_DIV, location=NAWA_TASIL, date=D("2021-10-06"), fatalities=3,
          acled=CLASH),
    ],
))

# ============================================================================ 035: Tal Kalakh and al-Qusayr (state-media style)
ARTICLES.append(dict(
    id="team7-035", slug="tal_kalakh_qusayr_border", published="2022-07-14",
    outlet="Al-Assi News Agency (fictional)",
    paras=[
        # 0 (headline: a foiled infiltration and a drug seizure)
        "الجيش يحبط محاولة تسلل مجموعة إرهابية من الأراضي اللبنانية بريف تلكلخ.. وضبط أكثر من مليون حبة «كبتاغون» في القصير",
        # 1 (dateline; the ambush, no number yet)
        "حمص-العاصي: أحبطت وحدة من الجيش العربي السوري العاملة في ريف حمص الغربي، فجر اليوم، محاولة تسلل مجموعة إرهابية مسلحة من الأراضي اللبنانية باتجاه الأراضي السورية قرب معبر الدبوسية في منطقة تلكلخ، وأوقعت أفرادها بين قتيل ومصاب، وفق ما أفاد به مصدر عسكري لمراسل «العاصي».",
        # 2 (the same clash with the toll; the flight; a seizure)
        "وأوضح المصدر أن عناصر الوحدة رصدوا تحركات المجموعة ونصبوا لها كميناً محكماً، واشتبكوا مع أفرادها، ما أسفر عن مقتل أربعة إرهابيين وإصابة آخرين فرّوا باتجاه الأراضي اللبنانية، فيما ضُبطت بحوزة القتلى أسلحة فردية وقنابل يدوية وكمية من حبوب «الكبتاغون».",
        # 3 (a seizure and arrests; the referral is no SANCTION)
        "وفي سياق متصل، ضبطت الجهات المختصة في منطقة القصير، مساء أمس، شاحنة محمّلة بأكثر من مليون ونصف مليون حبة «كبتاغون» مخبأة ضمن شحنة من الخضار، كانت معدّة للتهريب إلى لبنان عبر المعابر غير الشرعية، وأُلقي القبض على سائقها ومرافقه، وتمت إحالتهما إلى القضاء المختص.",
        # 4 (an Israeli air strike; the launch direction is not the place; air defence)
        "وعلى صعيد آخر، نفّذ العدو الإسرائيلي، نحو الساعة الحادية عشرة والنصف من ليل أمس، عدواناً جوياً برشقات من الصواريخ من اتجاه شمال شرق بيروت، مستهدفاً بعض النقاط في محيط مدينة القصير، وتصدّت وسائط دفاعنا الجوي لصواريخ العدوان وأسقطت معظمها، حسب ما أفاد به مصدر عسكري.",
        # 5 (the toll of the strike; a disputed target and a denial that are no events)
        "وأضاف المصدر أن العدوان أدى إلى ارتقاء شهيدين من العسكريين وإصابة ثلاثة آخرين بجروح، ووقوع بعض الخسائر المادية، في حين زعمت وسائل إعلام «معادية» أن الصواريخ استهدفت مستودعات أسلحة تابعة لـ«حزب الله» اللبناني، وهو ما نفاه المصدر، مؤكداً أن المواقع المستهدفة «نقاط عسكرية تابعة للجيش».",
        # 6 (a condemnation and a demand; a participle accusation)
        "وأدانت وزارة الخارجية والمغتربين، في رسالتين متطابقتين وجّهتهما اليوم إلى الأمين العام للأمم المتحدة ورئيس مجلس الأمن، «العدوان الإسرائيلي الغاشم» على منطقة القصير، وطالبت مجلس الأمن بـ«اتخاذ إجراءات حازمة وفورية لمنع تكرار هذه الاعتداءات»، محمّلةً «كيان الاحتلال» المسؤولية الكاملة عن تداعياتها.",
        # 7 (a rumoured closure, denied)
        "ونفى مصدر في محافظة حمص ما تداولته صفحات على مواقع التواصل الاجتماعي عن إغلاق معبر جوسية الحدودي مع لبنان أمام حركة المسافرين والشاحنات، مؤكداً أن المعبر «يعمل بشكل طبيعي» وأن حركة العبور في الاتجاهين «لم تتأثر».",
        # 8 (a security operation with arrests and a smuggler killed in an exchange of fire)
        "وفي ريف القصير الجنوبي الغربي، نفّذت وحدات من الجيش العربي السوري بالتعاون مع الجهات المختصة، صباح اليوم، عملية أمنية في قرية حوش السيد علي الحدودية استهدفت أوكار مهربين ومطلوبين للقضاء، أُلقي خلالها القبض على سبعة مطلوبين، فيما قُتل أحد المهربين بعد أن بادر بإطلاق النار على عناصر الوحدات المشاركة، وصودرت كميات من الأسلحة والذخائر.",
        # 9 (aid; the «return» named in the quote is no event)
        "إلى ذلك، وزّعت محافظة حمص بالتعاون مع «الهلال الأحمر العربي السوري»، اليوم، 600 سلة غذائية وصحية على العائلات العائدة إلى قريتي ربلة وجوسية بريف القصير، وذلك في إطار «دعم عودة الأهالي إلى قراهم المحررة من الإرهاب»، بحسب ما أفاد به مدير فرع الهلال الأحمر في حمص.",
        # 10 (a meeting; its topics are no events)
        "والتقى محافظ حمص، أمس، في مدينة تلكلخ، وفداً من وجهاء المنطقة وأعضاء لجان «المصالحة الوطنية»، وبحث معهم الواقع الخدمي في القرى الحدودية وآليات تسوية أوضاع المطلوبين والمتخلفين عن الخدمة الإلزامية، مؤكداً أن «الدولة تفتح أبوابها لكل من يرغب بالعودة إلى حضن الوطن».",
        # 11 (generic)
        "وتعمل المجموعات الإرهابية وشبكات التهريب المرتبطة بها على استغلال الطبيعة الجغرافية الوعرة للحدود السورية–اللبنانية في ريفي القصير وتلكلخ لتهريب الأسلحة والمواد المخدرة وتسلل الإرهابيين، في حين تواصل وحدات الجيش والجهات المختصة جهودها لضبط الحدود وملاحقة المهربين وتقديمهم إلى العدالة.",
        # 12 (background with a dated toll)
        "وكان إرهابيون قد استهدفوا، مساء الإثنين الماضي، بعبوة ناسفة حافلة مبيت عسكري على الطريق الواصل بين مدينة تلكلخ وقلعة الحصن، ما أدى إلى ارتقاء ثلاثة شهداء من العسكريين وإصابة خمسة آخرين بجروح.",
    ],
    events=[
        # the ambush: headline 0, lead 1, the source's account with the toll 2; a fight (both sides are source)
        E(True, ["ASSAULT"], [0, 1, 2], "أحبطت", ["asserted", "reported"], mode="firearms",
          source=ARMY_VS_GROUP, location=DABBOUSIYEH, date=D("2022-07-14"), fatalities=4,
          attribution=["مصدر عسكري"], acled=CLASH, tpara=1),
        E(False, ["RETREAT"], [2], "فرّوا", ["asserted", "reported"], mode="withdraw", source=TERROR_GROUP,
          location=DABBOUSIYEH, date=D("2022-07-14")),
        E(False, ["COERCE"], [2], "ضُبطت", ["asserted", "reported"], mode="confiscate", source=SYRIAN_ARMY,
          location=DABBOUSIYEH, date=D("2022-07-14")),
        # the seizure with arrests: headline 0, details 3
        E(True, ["COERCE"], [0, 3], "ضبطت", ["asserted"], mode="confiscate",
          source=AUTHORITIES, recipient=TRUCK_SMUGGLERS, location=QUSAYR, date=D("2022-07-13"),
          acled=ARREST, tpara=3),
        E(False, ["COERCE"], [3], "وأُلقي القبض", ["asserted"], mode="arrest", source=AUTHORITIES,
          recipient=TRUCK_SMUGGLERS, location=QUSAYR, date=D("2022-07-13")),
        # the Israeli strike: 4, the toll 5, «العدوان الإسرائيلي الغاشم» 6; Beirut is the launch direction
        E(True, ["ASSAULT"], [4, 5, 6], "عدواناً جوياً", ["asserted", "reported"], mode="aerial",
          source=ISRAEL, recipient=ARMY_OR_HEZBOLLAH, location=QUSAYR,
          date=D("2022-07-13", "day", ("2022-07-13", "2022-07-14")), fatalities=2, attribution=["مصدر عسكري"],
          acled=AIR),
        E(False, ["ASSAULT"], [4], "وتصدّت", ["asserted", "reported"], mode="aerial", source=SYRIAN_ARMY,
          recipient=ISRAEL, location=QUSAYR, date=D("2022-07-13", "day", ("2022-07-13", "2022-07-14"))),
        E(True, ["ACCUSE"], [6], "وأدانت", ["asserted", "reported"],
          source=MOFA, recipient=ISRAEL, location=QUSAYR_STATE, date=D("2022-07-14"),
          attribution=["رسالتا وزارة الخارجية والمغتربين"]),
        E(True, ["REQUEST"], [6], "وطالبت", ["asserted", "reported"],
          source=MOFA, recipient=UNSC, location=QUSAYR_STATE, date=D("2022-07-14"),
          attribution=["رسالتا وزارة الخارجية والمغتربين"]),
        E(False, ["ACCUSE"], [6], "محمّلةً", ["asserted", "reported"], source=MOFA, recipient=ISRAEL,
          location=QUSAYR_STATE, date=D("2022-07-14")),
        # the rumoured closure, denied: core, checked on place only
        E(True, ["COERCE"], [7], "إغلاق", ["rumored", "negated", "reported"], mode="restrict",
          location=JUSIYAH, attribution=["صفحات على مواقع التواصل الاجتماعي", "مصدر في محافظة حمص"]),
        # the operation with its arrests; the smuggler killed in an exchange of fire is a separate ASSAULT
        E(True, ["COERCE"], [8], "عملية أمنية", ["asserted"], mode="arrest",
          source=ARMY_AND_AUTHORITIES, recipient=HAWSH_WANTED, location=HAWSH, date=D("2022-07-14"), acled=ARREST),
        E(True, ["ASSAULT"], [8], "قُتل", ["asserted"], mode="firearms",
          source=ARMY_VS_SMUGGLER, location=HAWSH, date=D("2022-07-14"), fatalities=1, acled=CLASH),
        E(False, ["COERCE"], [8], "وصودرت", ["asserted"], mode="confiscate", source=ARMY_AND_AUTHORITIES,
          location=HAWSH, date=D("2022-07-14")),
        E(True, ["AID"], [9], "وزّعت", ["asserted", "reported"], mode="humanitarian",
          source=HOMS_GOV_SARC, recipient=RETURNEES, location=RABLAH_JUSIYAH, date=D("2022-07-14"),
          attribution=["مدير فرع الهلال الأحمر في حمص"]),
        E(True, ["CONSULT"], [10], "والتقى", ["asserted"],
          source=HOMS_GOVERNOR, recipient=TK_NOTABLES, location=TAL_KALAKH, date=D("2022-07-13")),
        # paragraph 11 is a generic statement: deliberately NO gold event
        E(True, ["ASSAULT"], [12], "استهدفوا", ["historical", "asserted"], mode="explosives",
          source=TERRORISTS, recipient=ARMY_BUS, location=TK_HOSN, date=D("2022-07-11"), fatalities=3, acled=IED),
    ],
))


if __name__ == "__main__":
    build(HERE, ARTICLES, "team7.gold.json", id_prefix="team7", first_number=FIRST_NUMBER)
