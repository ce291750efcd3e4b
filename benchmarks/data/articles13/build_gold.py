#!/usr/bin/env python3
"""Write the thirteenth team-made article set (NNN_slug.txt, ids team13-061 ... team13-065) and its gold
(team13.gold.json).

The articles and annotations live here; ``benchmarks/data/goldkit.py`` writes the files and computes every
offset (nothing is typed by hand): para_spans are the [start, end) code-point offsets of each line (newline
excluded) in the file text, trigger spans are found inside the named paragraph. Run from anywhere:
    python3 benchmarks/data/articles13/build_gold.py && python3 benchmarks/data/articles13/check_gold.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from actors_places import (  # noqa: E402
    AANES,
    ACTIVIST,
    AFES,
    AFES_DRIVER,
    AH_DISPLACED,
    AH_SIDES,
    AIN_HILWEH,
    AMRA,
    AMUDA,
    ANKARA,
    ARIHA,
    ASSA,
    ATMEH,
    ATMEH_DANA,
    ATMEH_PROTESTERS,
    AUTHORITIES_SY,
    BAB_HAWA,
    BALAAS,
    BAN_AREA,
    BEN_GUERDANE,
    BOAT_MIGRANTS,
    CAMP_COMMITTEES,
    CAMP_ENTRANCE,
    CAMPS_HARIM_IDLIB,
    CAMPS_LEAGUE,
    CEASEFIRE_SIDES,
    CEYLANPINAR,
    COALITION_RUSSIA,
    DEPORT_PLACES,
    DEPORTED_MIGRANTS,
    FATAH_CC,
    HABIB,
    HAMA_GOVERNOR,
    HAMA_POLICE,
    HAMA_SEC_COMMITTEE,
    HASAKAH_CITY,
    HASAKAH_TARGET,
    HITTIN,
    HTS_SECURITY,
    INFILTRATORS,
    INTL_COMMUNITY,
    INTL_ORGS,
    ISIS_SUSPECTS,
    ISIS_SY,
    ISLAMISTS_AH,
    IVORIAN,
    JANDARMA,
    JOINT_ACTION,
    JOINT_ACTION_PLACES,
    LAF_AH,
    LAF_INTEL,
    LB_OFFICIALS,
    LOST_MIGRANTS,
    LY_BORDER_GUARD,
    LY_STATEMENT,
    MAARAT_MISRIN,
    MEDIATORS_LB,
    MINE_VICTIMS,
    MIT,
    NDF,
    NW_SYRIA,
    OCHA,
    PKK_YPG,
    PNSF,
    PNSF_MEMBER,
    QAMISHLI,
    QAMISHLI_AMUDA,
    QAMISHLI_PROTESTERS,
    QAMISHLI_STRIKES,
    QAMISHLI_TARGETS,
    REGIME_ID,
    RUSAFA,
    SAA,
    SAFSAF,
    SAKIET_EDDAIER,
    SALAMIYAH,
    SALVATION_GOV,
    SDF,
    SDF_VEHICLE,
    SFAX_ARREST,
    SFAX_CITY,
    SFAX_DELEGATION,
    SFAX_DETAINEES,
    SFAX_GOVERNOR,
    SFAX_RESIDENTS,
    SFAX_SIDES,
    SHEIKH_HILAL,
    SHEPHERDS,
    SIDON,
    SIDON_SQUARE,
    SIJO,
    SIJO_IDPS,
    SNA,
    SNIPED_BOY,
    STRANDED_MIGRANTS,
    SUKHNAH,
    SY_RU_AIR,
    TN_AUTHORITIES,
    TN_COAST_GUARD,
    TN_NGOS,
    TN_PROSECUTION,
    TN_SECURITY,
    TR_DEF_MIN,
    TR_DRONE,
    TR_MOD,
    TRC_IOM,
    TRUFFLE_GATHERERS,
    TUNIS_NGOS,
    TURKEY,
    TWO_PALESTINIANS,
    TWO_YOUTHS,
    UNKNOWN,
    UNRWA,
    UNRWA_PLACES,
    UQAYRIBAT,
    UQAYRIBAT_NOTABLES,
    UQAYRIBAT_SALAMIYAH,
    US_DEF,
    US_OCCUPATION,
    WAFA_CAMP,
    YPG,
)
from goldkit import D, E, build  # noqa: E402

FIRST_NUMBER = 61  # file and id numbering continues after the first twelve sets (001-060)

SHELL = ["Explosions/Remote violence/Shelling/artillery/missile attack"]
AIR = ["Explosions/Remote violence/Air/drone strike"]
MINE = ["Explosions/Remote violence/Remote explosive/landmine/IED"]
CLASH = ["Battles/Armed clash"]
ATTACK = ["Violence against civilians/Attack"]
ABDUCTION = ["Violence against civilians/Abduction/forced disappearance"]
MOB = ["Riots/Mob violence"]
ARREST = ["Strategic developments/Arrests"]
PEACEFUL = ["Protests/Peaceful protest"]
LOOTING = ["Strategic developments/Looting/property destruction"]
AGREEMENT = ["Strategic developments/Agreement"]
OTHER = ["Strategic developments/Other"]

ARTICLES = []

# ============================================================================ 061: the Hama/Homs desert (loyalist site)
ARTICLES.append(dict(
    id="team13-061", slug="hama_homs_desert_truffle_gatherers", published="2024-03-06",
    outlet="Manarat al-Sham site (fictional)",
    paras=[
        # 0 (headline: the attack on the truffle gatherers and the ban)
        "ارتقاء سبعة من جامعي الكمأة بهجوم لفلول «داعش» في بادية السلمية.. وقرار بمنع الجمع شرقي عقيربات",
        # 1 (dateline; the attack «صباح اليوم الأربعاء», told by a police source)
        "حماة – «منارة الشام»: ارتقى سبعة مواطنين وأصيب أربعة آخرون بجروح، صباح اليوم الأربعاء، جراء هجوم غادر شنّته مجموعة إرهابية من فلول تنظيم «داعش» على عدد من جامعي الكمأة في البادية الواقعة شرقي بلدة عقيربات بريف السلمية الشرقي، وفق ما أفاد به مصدر في قيادة شرطة محافظة حماة لـ«منارة الشام».",
        # 2 (the same attack, told by the correspondent; the arson and the abduction (optional); a higher toll)
        "وأوضح مراسلنا في السلمية أن الإرهابيين، الذين كانوا يستقلون دراجات نارية، فتحوا نيران رشاشاتهم على المواطنين أثناء تجمّعهم قرب سياراتهم، ثم أضرموا النار في ثلاث سيارات، واقتادوا شابين من الضحايا إلى جهة مجهولة، فيما تحدثت صفحات محلية عن ارتفاع عدد الضحايا إلى تسعة.",
        # 3 (a landmine, wounded only, no agent)
        "وفي بادية حمص الشرقية، أُصيب ثلاثة مواطنين بجروح، ظهر اليوم، إثر انفجار لغم من مخلفات الإرهابيين بسيارتهم أثناء جمعهم الكمأة على بعد نحو عشرين كيلومتراً شمالي مدينة السخنة، بحسب ما ذكره مصدر طبي في المشفى الوطني بتدمر.",
        # 4 (air strikes in reply, per the state agency; reinforcements)
        "وعلى الأثر، شنّ الطيران الحربي السوري الروسي المشترك سلسلة غارات على مخابئ الإرهابيين وتحركاتهم في عمق البادية بين منطقة جبل البلعاس وبادية عقيربات، ما أدى إلى تدمير عدد من أوكارهم وآلياتهم، بحسب ما نقلته وكالة «سانا» عن مصدر عسكري، في حين دفعت وحدات من الجيش العربي السوري بتعزيزات إضافية إلى المنطقة لملاحقة المجموعة المنفذة.",
        # 5 (the ban; a participle warning (optional); «وداعيةً» is no event)
        "وأصدرت اللجنة الأمنية والعسكرية في محافظة حماة قراراً يقضي بمنع جمع الكمأة في المناطق الواقعة شرقي طريق أثريا – عقيربات وفي محيط السخنة «حتى إشعار آخر»، محذّرةً المخالفين من أنهم «سيتحملون وحدهم تبعات مخالفتهم»، وداعيةً الأهالي إلى التقيّد بالتعليمات حفاظاً على أرواحهم.",
        # 6 (the governor blames the US; the hospital visit is no CONSULT)
        "وحمّل محافظ حماة، خلال تفقّده الجرحى في مشفى السلمية الوطني، «قوات الاحتلال الأمريكي» مسؤولية «استمرار تحرك فلول داعش في البادية»، معتبراً أن المجموعات الإرهابية «تنطلق من منطقة الخمسة والخمسين كيلومتراً المحيطة بقاعدة التنف غير الشرعية وتعود إليها».",
        # 7 (the funeral is no PROTEST; the notables' finite demand)
        "وشُيّعت جثامين الضحايا، عصر اليوم، في بلدة عقيربات ومدينة السلمية بمشاركة حشود من الأهالي، وطالب وجهاء عشائر المنطقة، خلال التشييع، الجهاتِ المعنية بـ«تأمين مرافقة عسكرية لجامعي الكمأة» و«تمشيط البادية قبل فتحها أمام الأهالي».",
        # 8 (arrests, a passive inside the police's post)
        "وفي سياق متصل، أعلنت قيادة شرطة محافظة حماة، في منشور على صفحتها الرسمية، أنه أُلقي القبض على ثلاثة أشخاص في مدينة السلمية «يُشتبه بتعاملهم مع المجموعات الإرهابية وتزويدها بمعلومات عن أماكن تجمّع جامعي الكمأة»، مشيرةً إلى أن التحقيقات معهم ما زالت جارية.",
        # 9 (a release of one of the two abducted)
        "وأفاد مصدر أهلي في عقيربات لمراسلنا بأن الإرهابيين أطلقوا، مساء اليوم، سراح أحد الشابين المخطوفين بعد أن سلبوه هاتفه وماله وتركوه قرب الطريق العام، في حين لا يزال مصير الثاني مجهولاً.",
        # 10 (a capture claimed by ISIS accounts, denied by a military source)
        "في المقابل، نفى مصدر عسكري لـ«منارة الشام» ما زعمته معرّفات تابعة للتنظيم على تطبيق «تلغرام» عن «أسر» ثلاثة عناصر من قوات الدفاع الوطني في بادية الرصافة بريف الرقة الجنوبي الغربي، واصفاً هذه الادعاءات بأنها «أكاذيب لرفع معنويات فلوله».",
        # 11 (generic: a seasonal habit and an aggregate)
        "ويشهد موسم الكمأة، الممتد عادة من شباط حتى نيسان، سقوط ضحايا كل عام بين المدنيين في البادية السورية، سواء برصاص فلول الإرهابيين أو بالألغام التي خلّفوها، إذ تجاوز عدد من قضوا خلال موسم العام الماضي مئة شخص وفق تقديرات أهلية، في حين يضطر كثير من أبناء القرى المجاورة للبادية إلى المغامرة بأرواحهم طلباً للرزق.",
        # 12 (background with a dated toll; the theft of the flock (optional))
        "وكان أربعة رعاة قد قُتلوا، مساء الأحد الماضي، برصاص إرهابيين من فلول «داعش» هاجموهم أثناء رعيهم الأغنام في بادية قرية الشيخ هلال بريف السلمية الشرقي، قبل أن يسرقوا نحو مئتي رأس من الماشية، بحسب ما نقلته «سانا» في حينه.",
    ],
    events=[
        # the attack: headline 0, lead 1, the correspondent's details 2; 7 per the police, 9 per local pages → 7
        E(True, ["ASSAULT"], [0, 1, 2], "هجوم غادر", ["asserted", "reported"], mode="firearms",
          source=ISIS_SY, recipient=TRUFFLE_GATHERERS, location=UQAYRIBAT, date=D("2024-03-06"), fatalities=7,
          attribution=["مصدر في قيادة شرطة محافظة حماة", "مراسلنا في السلمية", "صفحات محلية"], acled=ATTACK,
          tpara=1),
        # the arson and the abduction inside the attack (optional)
        E(False, ["ASSAULT"], [2], "أضرموا النار", ["asserted"], mode="destroy", source=ISIS_SY,
          recipient=TRUFFLE_GATHERERS, location=UQAYRIBAT, date=D("2024-03-06")),
        E(False, ["ASSAULT"], [2], "واقتادوا", ["asserted"], mode="abduct", source=ISIS_SY, recipient=TWO_YOUTHS,
          location=UQAYRIBAT, date=D("2024-03-06"), acled=ABDUCTION),
        # the landmine: wounded only, no agent
        E(True, ["ASSAULT"], [3], "انفجار لغم", ["asserted", "reported"], mode="explosives",
          recipient=MINE_VICTIMS, location=SUKHNAH, date=D("2024-03-06"), attribution=["مصدر طبي"], acled=MINE),
        # the air strikes (no toll) and the reinforcements
        E(True, ["ASSAULT"], [4], "سلسلة غارات", ["asserted", "reported"], mode="aerial",
          source=SY_RU_AIR, recipient=ISIS_SY, location=BALAAS, date=D("2024-03-06"),
          attribution=["وكالة سانا عن مصدر عسكري"], acled=AIR),
        E(True, ["MOBILIZE"], [4], "بتعزيزات", ["asserted", "reported"], mode="troops",
          source=SAA, location=UQAYRIBAT, date=D("2024-03-06"), attribution=["وكالة سانا عن مصدر عسكري"],
          acled=OTHER),
        # the ban (headline 0, 5); the participle warning optional
        E(True, ["COERCE"], [0, 5], "بمنع", ["asserted"], mode="ban",
          source=HAMA_SEC_COMMITTEE, recipient=TRUFFLE_GATHERERS, location=BAN_AREA, date=D("2024-03-06"),
          acled=OTHER, tpara=5),
        E(False, ["THREATEN"], [5], "محذّرةً", ["asserted"], source=HAMA_SEC_COMMITTEE,
          recipient=TRUFFLE_GATHERERS, location=BAN_AREA, date=D("2024-03-06")),
        # the governor's blame of the US
        E(True, ["ACCUSE"], [6], "وحمّل", ["asserted"],
          source=HAMA_GOVERNOR, recipient=US_OCCUPATION, location=SALAMIYAH, date=D("2024-03-06")),
        # the notables' demand at the funeral (the funeral is no PROTEST)
        E(True, ["REQUEST"], [7], "وطالب", ["asserted"],
          source=UQAYRIBAT_NOTABLES, recipient=AUTHORITIES_SY, location=UQAYRIBAT_SALAMIYAH,
          date=D("2024-03-06")),
        # the arrests: a passive inside the police's post; undated, told after today's attack
        E(True, ["COERCE"], [8], "أُلقي القبض", ["asserted", "reported"], mode="arrest",
          source=HAMA_POLICE, recipient=ISIS_SUSPECTS, location=SALAMIYAH,
          date=D("2024-03-06", "day", ("2024-03-05", "2024-03-06")),
          attribution=["منشور قيادة شرطة محافظة حماة"], acled=ARREST),
        # the release of one abductee
        E(True, ["RETREAT"], [9], "أطلقوا", ["asserted", "reported"], mode="release",
          source=ISIS_SY, recipient=TWO_YOUTHS, location=UQAYRIBAT, date=D("2024-03-06"),
          attribution=["مصدر أهلي في عقيربات"]),
        # the robbery of the released man (optional)
        E(False, ["COERCE"], [9], "سلبوه", ["asserted", "reported"], mode="confiscate", source=ISIS_SY,
          recipient=TWO_YOUTHS, location=UQAYRIBAT, date=D("2024-03-06"), acled=LOOTING),
        # the claimed capture, denied by the army; no time given
        E(True, ["ASSAULT"], [10], "أسر", ["reported", "negated", "rumored"], mode="abduct",
          source=ISIS_SY, recipient=NDF, location=RUSAFA, date=None,
          attribution=["معرّفات تابعة للتنظيم على تلغرام", "مصدر عسكري"], acled=ABDUCTION),
        # paragraph 11 is a generic statement: deliberately NO gold event
        # background: Sunday before a Wednesday; the theft optional
        E(True, ["ASSAULT"], [12], "قُتلوا", ["historical", "asserted", "reported"], mode="firearms",
          source=ISIS_SY, recipient=SHEPHERDS, location=SHEIKH_HILAL, date=D("2024-03-03"), fatalities=4,
          attribution=["سانا"], acled=ATTACK),
        E(False, ["COERCE"], [12], "يسرقوا", ["historical", "asserted", "reported"], mode="confiscate",
          source=ISIS_SY, recipient=SHEPHERDS, location=SHEIKH_HILAL, date=D("2024-03-03"), acled=LOOTING),
    ],
))

# ============================================================================ 062: Ain al-Hilweh (Palestinian refugee site)
ARTICLES.append(dict(
    id="team13-062", slug="sidon_ain_al_hilweh_clashes_unrwa_schools", published="2023-09-14",
    outlet="Bawwabat al-Laji site (fictional)",
    paras=[
        # 0 (headline: the clash and the Joint Action Committee's demand)
        "قتيلان وتسعة جرحى بتجدد الاشتباكات في عين الحلوة.. و«هيئة العمل المشترك» تطالب المسلحين بإخلاء مدارس «الأونروا»",
        # 1 (dateline; the clash «ليل أمس الأربعاء», two-sided, a medical source's toll)
        "صيدا – «بوابة اللاجئ»: تجددت، ليل أمس الأربعاء، الاشتباكات بين قوات الأمن الوطني الفلسطيني ومسلحين من مجموعات إسلامية متشددة على محاور حي الطوارئ والبركسات والشارع الفوقاني في مخيم عين الحلوة للاجئين الفلسطينيين جنوبي مدينة صيدا، ما أدى إلى مقتل شخصين، أحدهما مدني، وإصابة تسعة آخرين، بحسب ما أفاد به مصدر طبي في مستشفى الهمشري لـ«بوابة اللاجئ».",
        # 2 (the same clash: the correspondent and field sources (3); the displacement (optional))
        "وأفاد مراسلنا في المخيم بأن الطرفين استخدما قذائف «آر بي جي» والرشاشات المتوسطة، وأن رصاصاً طائشاً وصل إلى أحياء في مدينة صيدا وإلى الأوتوستراد الشرقي، في حين تحدثت مصادر ميدانية عن ثلاثة قتلى. ونزحت عشرات العائلات من أحياء المخيم الشمالية إلى مساجد صيدا وقاعاتها.",
        # 3 (a shell on an army post, no agent; the army's reply and warning (optional))
        "وأعلنت قيادة الجيش اللبناني، في بيان، أن قذيفة سقطت قرب أحد مراكزه عند المدخل الشمالي للمخيم، ما أدى إلى إصابة عسكريين اثنين بجروح طفيفة، وأن عناصر المركز أطلقوا النار باتجاه الجهة التي انطلقت منها القذيفة، محذّرةً من أنها «لن تسكت بعد اليوم» عن أي نيران تطال جنودها.",
        # 4 (the Joint Action Committee's finite demand; its meeting (optional); the murder named in it is no event)
        "وطالبت «هيئة العمل الفلسطيني المشترك في لبنان»، في بيان أصدرته عقب اجتماع طارئ عقدته في سفارة دولة فلسطين في بيروت، المجموعاتِ المسلحة بـ«إخلاء مجمّع مدارس الأونروا فوراً» و«تسليم المطلوبين في جريمة الاغتيال إلى القضاء اللبناني»، مؤكدةً أن «أمن المخيم من أمن جواره».",
        # 5 (UNRWA accuses armed groups; «حُرموا» is no event)
        "من جهتها، اتهمت وكالة «الأونروا»، في بيان صادر عن مكتبها في بيروت، «جهات مسلحة» بـ«احتلال ثماني مدارس تابعة لها داخل المخيم وتحويلها إلى مواقع قتالية»، لافتةً إلى أن نحو ستة آلاف طالب حُرموا من بدء عامهم الدراسي.",
        # 6 (a ceasefire reached through mediators; the contacts (optional); a planned deployment (optional))
        "وقرابة الخامسة من فجر اليوم، أعلن مصدر في «هيئة العمل المشترك» التوصل إلى وقف جديد لإطلاق النار في عين الحلوة بين حركة «فتح» والمجموعات المسلحة، إثر اتصالات أجراها رئيس مجلس النواب اللبناني ومدير عام الأمن العام مع قيادتَي الطرفين، على أن تنتشر «القوة الأمنية المشتركة» في نقاط التماس خلال الساعات المقبلة.",
        # 7 (a sniping, wounded only, no agent; mutual accusations (optional))
        "إلا أن الهدوء الحذر لم يصمد طويلاً، إذ أصيب فتى في الرابعة عشرة من عمره برصاص قنّاص عند محور حي حطين ظهر اليوم، وتبادل الطرفان الاتهامات بخرق الاتفاق.",
        # 8 (an arrest by army intelligence, per the national agency)
        "وعلى حاجز الجيش اللبناني عند مدخل الحسبة، أوقفت دورية من مديرية المخابرات شخصين فلسطينيين خرجا من المخيم، يُشتبه بمشاركتهما في الاشتباكات، وضبطت بحوزتهما بندقية حربية وذخائر، وفق ما ذكرته «الوكالة الوطنية للإعلام».",
        # 9 (a sit-in of displaced people and their finite demand)
        "وفي ساحة النجمة وسط صيدا، نفّذ العشرات من النازحين من المخيم، ظهر اليوم، اعتصاماً أمام مكتب منطقة صيدا التابع لـ«الأونروا»، وطالب المعتصمون الوكالة بـ«فتح مراكز إيواء لائقة وتأمين مساعدات عاجلة» للعائلات المهجّرة، رافعين لافتات كُتب عليها «نريد العودة إلى بيوتنا بأمان».",
        # 10 (a planned visit «يوم السبت المقبل»)
        "ومن المقرر أن يصل إلى بيروت، يوم السبت المقبل، وفد من اللجنة المركزية لحركة «فتح» قادماً من رام الله، للقاء مسؤولين لبنانيين وقيادات فلسطينية وبحث «تثبيت وقف إطلاق النار»، بحسب ما أكده مسؤول في الحركة لـ«بوابة اللاجئ».",
        # 11 (generic)
        "ويُعدّ عين الحلوة أكبر مخيمات اللاجئين الفلسطينيين في لبنان من حيث عدد السكان، وكثيراً ما تتحول الخلافات بين القوى المسلحة فيه إلى جولات اقتتال في أزقته الضيقة، إذ خلّفت المواجهات التي شهدها منذ مطلع الصيف عشرات القتلى والجرحى، وألحقت أضراراً واسعة بمنازله ومدارسه.",
        # 12 (background with a dated toll; Fatah's blame in a relative clause (optional))
        "وكان عنصر في قوات الأمن الوطني الفلسطيني قد قُتل، مساء الأحد الماضي، برصاص مجهولين أثناء مروره في حي الصفصاف، في حادثة حمّلت حركة «فتح» مسؤوليتها لـ«المجموعات الإرهابية»، وفق ما أفاد به مراسلنا حينها.",
    ],
    events=[
        # the clash: headline 0, lead 1, the correspondent 2; 2 per the medical source, 3 per field sources → 2
        E(True, ["ASSAULT"], [0, 1, 2], "الاشتباكات", ["asserted", "reported"], mode="firearms",
          source=AH_SIDES, location=AIN_HILWEH, date=D("2023-09-13", "day", ("2023-09-13", "2023-09-14")),
          fatalities=2, attribution=["مصدر طبي في مستشفى الهمشري", "مراسلنا في المخيم", "مصادر ميدانية"],
          acled=CLASH, tpara=1),
        E(False, ["RETREAT"], [2], "ونزحت", ["asserted"], mode="withdraw", source=AH_DISPLACED, location=SIDON,
          date=D("2023-09-13", "day", ("2023-09-13", "2023-09-14"))),
        # the shell on an army post: no agent; the reply and the warning optional
        E(True, ["ASSAULT"], [3], "قذيفة سقطت", ["asserted", "reported"], mode="heavy-weapons",
          recipient=LAF_AH, location=CAMP_ENTRANCE, date=D("2023-09-13", "day", ("2023-09-13", "2023-09-14")),
          attribution=["بيان قيادة الجيش اللبناني"], acled=SHELL),
        E(False, ["ASSAULT"], [3], "أطلقوا النار", ["asserted", "reported"], source=LAF_AH, location=CAMP_ENTRANCE,
          date=D("2023-09-13", "day", ("2023-09-13", "2023-09-14"))),
        E(False, ["THREATEN"], [3], "محذّرةً", ["asserted", "reported"], source=LAF_AH, location=CAMP_ENTRANCE,
          date=D("2023-09-14", "day", ("2023-09-13", "2023-09-14"))),
        # the Joint Action Committee's demand (headline 0, 4); its meeting optional
        E(True, ["REQUEST"], [0, 4], "وطالبت", ["asserted", "reported"],
          source=JOINT_ACTION, recipient=ISLAMISTS_AH, location=JOINT_ACTION_PLACES,
          date=D("2023-09-14", "day", ("2023-09-13", "2023-09-14")),
          attribution=["بيان هيئة العمل الفلسطيني المشترك في لبنان"], tpara=4),
        E(False, ["CONSULT"], [4], "اجتماع طارئ", ["asserted", "reported"], mode="multilateral",
          source=JOINT_ACTION, location=JOINT_ACTION_PLACES,
          date=D("2023-09-14", "day", ("2023-09-13", "2023-09-14"))),
        # UNRWA's accusation
        E(True, ["ACCUSE"], [5], "اتهمت", ["asserted", "reported"],
          source=UNRWA, recipient=ISLAMISTS_AH, location=UNRWA_PLACES,
          date=D("2023-09-14", "day", ("2023-09-13", "2023-09-14")), attribution=["بيان الأونروا"]),
        # the ceasefire: the parties as source (mediation); the contacts and the planned deployment optional
        E(True, ["AGREE", "CONCEDE"], [6], "التوصل إلى وقف جديد لإطلاق النار", ["asserted", "reported"],
          mode="ceasefire", source=CEASEFIRE_SIDES, location=AIN_HILWEH, date=D("2023-09-14"),
          attribution=["مصدر في هيئة العمل المشترك"], acled=AGREEMENT),
        E(False, ["CONSULT"], [6], "اتصالات", ["asserted", "reported"], mode="phone", source=MEDIATORS_LB,
          recipient=CEASEFIRE_SIDES, location=AIN_HILWEH, date=D("2023-09-14", "day", ("2023-09-13", "2023-09-14"))),
        E(False, ["MOBILIZE"], [6], "تنتشر", ["planned", "reported"], mode="troops",
          source={"en": ["Joint Security Force", "joint Palestinian security force"],
                  "ar": ["القوة الأمنية المشتركة"]}, location=AIN_HILWEH, date=D("2023-09-14")),
        # the sniping: wounded only, no agent; the mutual accusations optional
        E(True, ["ASSAULT"], [7], "برصاص قنّاص", ["asserted"], mode="firearms",
          recipient=SNIPED_BOY, location=HITTIN, date=D("2023-09-14"), acled=ATTACK),
        E(False, ["ACCUSE"], [7], "وتبادل الطرفان الاتهامات", ["asserted"], source=CEASEFIRE_SIDES,
          recipient=CEASEFIRE_SIDES, location=AIN_HILWEH, date=D("2023-09-14")),
        # the arrest at the checkpoint (undated: yesterday or today)
        E(True, ["COERCE"], [8], "أوقفت", ["asserted", "reported"], mode="arrest",
          source=LAF_INTEL, recipient=TWO_PALESTINIANS, location=CAMP_ENTRANCE,
          date=D("2023-09-14", "day", ("2023-09-13", "2023-09-14")), attribution=["الوكالة الوطنية للإعلام"],
          acled=ARREST),
        # the sit-in and the sit-in's finite demand
        E(True, ["PROTEST"], [9], "اعتصاماً", ["asserted"], mode="demo",
          source=AH_DISPLACED, recipient=UNRWA, location=SIDON_SQUARE, date=D("2023-09-14"), acled=PEACEFUL),
        E(True, ["REQUEST"], [9], "وطالب المعتصمون", ["asserted"],
          source=AH_DISPLACED, recipient=UNRWA, location=SIDON_SQUARE, date=D("2023-09-14")),
        # the planned Fatah visit: Saturday after a Thursday
        E(True, ["CONSULT"], [10], "للقاء", ["planned", "reported"], mode="visit",
          source=FATAH_CC, recipient=LB_OFFICIALS, location={"accept": ["بيروت", "Beirut", "لبنان", "Lebanon"]},
          date=D("2023-09-16"), attribution=["مسؤول في حركة فتح"]),
        # paragraph 11 is a generic statement: deliberately NO gold event
        # background: Sunday before a Thursday; Fatah's blame in the relative clause optional
        E(True, ["ASSAULT"], [12], "قُتل", ["historical", "asserted"], mode="firearms",
          source=UNKNOWN, recipient=PNSF_MEMBER, location=SAFSAF, date=D("2023-09-10"), fatalities=1,
          attribution=["مراسلنا"], acled=ATTACK),
        E(False, ["ACCUSE"], [12], "حمّلت", ["historical", "asserted"], source=PNSF, recipient=ISLAMISTS_AH,
          location=AIN_HILWEH, date=D("2023-09-10", "day", ("2023-09-10", "2023-09-14"))),
    ],
))

# ============================================================================ 063: the Idlib and Aleppo camps (humanitarian site)
ARTICLES.append(dict(
    id="team13-063", slug="idlib_camps_maarat_misrin_atmeh_sijo", published="2024-01-15",
    outlet="Khayma platform (fictional)",
    paras=[
        # 0 (headline: the drone on the camp and the Atmeh protest)
        "مسيّرة انتحارية لقوات النظام تقتل امرأة وطفلها في مخيم قرب معرة مصرين.. ونازحون في أطمة يتظاهرون ضد توقف السلال الغذائية",
        # 1 (dateline; the drone strike, actor in a construct state, per the Civil Defence)
        "إدلب – «منصة خيمة»: قُتلت امرأة وطفلها، وأصيب خمسة نازحين آخرين بينهم ثلاثة أطفال، ظهر اليوم الإثنين، جراء استهداف قوات النظام بطائرة مسيّرة انتحارية خيمةً في مخيم «الوفاء» العشوائي على أطراف بلدة معرة مصرين شمالي إدلب، وفق ما أعلنه «الدفاع المدني السوري» في منشور على معرّفاته الرسمية.",
        # 2 (the same strike: a resident, loyalist pages' claim; the rescue (optional))
        "وقال أحد سكان المخيم لـ«منصة خيمة» إن المسيّرة «انقضّت على خيمة جاره مباشرة» بعد دقائق من تحليقها فوق المخيم، في حين زعمت صفحات موالية للنظام أن «الجيش» استهدف «تجمعاً للإرهابيين» في المنطقة. وأسعفت فرق الدفاع المدني المصابين إلى مشفى في مدينة إدلب.",
        # 3 (shelling with its source in a relative phrase, no toll)
        "كما تعرّضت أطراف مدينة أريحا وقرى في جبل الزاوية، صباح اليوم، لقصف مدفعي وصاروخي مصدره مواقع قوات النظام في محيط مدينة كفرنبل، اقتصرت أضراره على الماديات، بحسب ما رصده مراسلنا.",
        # 4 (the Atmeh protest and its finite demand; the aid cut is its motive)
        "وفي تجمّع مخيمات أطمة الحدودية مع تركيا شمالي إدلب، تظاهر مئات النازحين، بعد ظهر اليوم، احتجاجاً على توقف توزيع السلال الغذائية الشهرية إثر قرار «برنامج الأغذية العالمي» إنهاء برنامج مساعداته العامة في سوريا، وطالبوا المنظمات الدولية والجهات المانحة بـ«التراجع الفوري عن القرار» قبل أن «يموت الناس جوعاً في الخيام».",
        # 5 (a road blocked (optional); an activist arrested by HTS's security, per a relative)
        "وقطع عدد من المحتجين الطريق الواصل بين أطمة وبلدة الدانا لنحو ساعة بالإطارات المشتعلة، قبل أن يعتقل عناصر من «جهاز الأمن العام» التابع لـ«هيئة تحرير الشام» الناشط الإعلامي مهند الأسعد، من أبناء المخيم، ويصادروا هاتفه الذي وثّق به المظاهرة، بحسب ما أفاد به أحد أقاربه لـ«منصة خيمة».",
        # 6 (the same arrest: the service denies the motive; the referral is no SANCTION)
        "في المقابل، نفى مسؤول في «الجهاز»، في تصريح لـ«منصة خيمة»، أن يكون توقيف الأسعد مرتبطاً بالمظاهرة، مؤكداً أنه «مطلوب بدعوى قضائية سابقة»، ولافتاً إلى أنه «سيُحال إلى القضاء المختص».",
        # 7 (a meeting and a pledge)
        "وفي محاولة لاحتواء الغضب، التقى وفد من «حكومة الإنقاذ»، مساء اليوم، ممثلين عن لجان المخيمات في أطمة، وتعهّد الوفد بتوزيع ثلاثة آلاف سلة غذائية طارئة على المخيمات الأكثر حاجة «خلال الأسبوع الجاري»، وفق ما نقله أحد أعضاء اللجان لـ«منصة خيمة».",
        # 8 (a beating in an Aleppo camp; the displaced people's refusal (optional))
        "وفي ريف حلب الشمالي، اعتدى عناصر من فصيل تابع لـ«الجيش الوطني السوري»، مساء أمس، بالضرب على ثلاثة نازحين في مخيم «سجو» قرب مدينة اعزاز، بعد رفضهم إخلاء خيامهم المقامة على أرض زراعية يدّعي الفصيل ملكيتها، وفق ما أفاد به شهود لـ«منصة خيمة»، مشيرين إلى أن أحد المصابين نُقل إلى مشفى اعزاز الوطني.",
        # 9 (a local organisation, in parentheses, blames the international community; a participle call (optional))
        "وحمّلت «رابطة نازحي المخيمات» (منظمة أهلية مستقلة) المجتمعَ الدولي «المسؤولية الكاملة عن الكارثة الإنسانية التي تهدد مئات آلاف النازحين في شمال غربي سوريا»، داعيةً الأمم المتحدة إلى «إيجاد بدائل عاجلة» للمساعدات المتوقفة.",
        # 10 (a planned UN convoy «يوم الأربعاء المقبل»)
        "ومن المقرر أن تعبر، يوم الأربعاء المقبل، قافلة أممية مؤلفة من 24 شاحنة محمّلة بالمواد الغذائية والطبية معبرَ باب الهوى الحدودي مع تركيا، وفق ما أعلنه مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية (أوتشا)، على أن تُوزَّع حمولتها على مخيمات منطقتي حارم وإدلب.",
        # 11 (generic)
        "ويقطن نحو مليوني شخص في مئات المخيمات المنتشرة شمال غربي سوريا، معظمها مخيمات عشوائية تفتقر إلى البنى التحتية، وكثيراً ما تغرق خيامها مع كل منخفض جوي أو تلتهمها الحرائق الناجمة عن وسائل التدفئة البدائية، فيما تتراجع المساعدات الإنسانية عاماً بعد عام.",
        # 12 (background with a dated toll; no agent named)
        "وكانت مسيّرة انتحارية مماثلة قد استهدفت، مساء الخميس الماضي، سيارة مدنية على الطريق بين بلدتي آفس وتفتناز شرقي إدلب، ما أدى إلى مقتل سائقها، بحسب ما وثّقته فرق «الدفاع المدني» حينها.",
    ],
    events=[
        # the drone strike: headline 0, lead 1, the resident and the loyalist claim 2
        E(True, ["ASSAULT"], [0, 1, 2], "استهداف", ["asserted", "reported"], mode="aerial",
          source=REGIME_ID, recipient=WAFA_CAMP, location=MAARAT_MISRIN, date=D("2024-01-15"), fatalities=2,
          attribution=["الدفاع المدني السوري", "أحد سكان المخيم", "صفحات موالية للنظام"], acled=AIR, tpara=1),
        E(False, ["AID"], [2], "وأسعفت", ["asserted"], mode="humanitarian",
          source={"en": ["Syrian Civil Defence", "White Helmets"], "ar": ["فرق الدفاع المدني", "الدفاع المدني"]},
          recipient=WAFA_CAMP, location=MAARAT_MISRIN, date=D("2024-01-15")),
        # the shelling: no toll
        E(True, ["ASSAULT"], [3], "لقصف مدفعي", ["asserted"], mode="heavy-weapons",
          source=REGIME_ID, location=ARIHA, date=D("2024-01-15"), attribution=["مراسلنا"], acled=SHELL),
        # the protest (headline 0, 4) and its finite demand
        E(True, ["PROTEST"], [0, 4], "تظاهر", ["asserted"], mode="demo",
          source=ATMEH_PROTESTERS, recipient=INTL_ORGS, location=ATMEH, date=D("2024-01-15"), acled=PEACEFUL,
          tpara=4),
        E(True, ["REQUEST"], [4], "وطالبوا", ["asserted"],
          source=ATMEH_PROTESTERS, recipient=INTL_ORGS, location=ATMEH, date=D("2024-01-15")),
        # the road block (optional)
        E(False, ["PROTEST", "COERCE"], [5], "وقطع", ["asserted"], mode="obstruct", source=ATMEH_PROTESTERS,
          location=ATMEH_DANA, date=D("2024-01-15")),
        # the arrest, with the service's denial of its motive
        E(True, ["COERCE"], [5, 6], "يعتقل", ["asserted", "reported"], mode="arrest",
          source=HTS_SECURITY, recipient=ACTIVIST, location=ATMEH, date=D("2024-01-15"),
          attribution=["أحد أقارب الناشط", "مسؤول في جهاز الأمن العام"], acled=ARREST),
        # the meeting and the pledge
        E(True, ["CONSULT"], [7], "التقى", ["asserted", "reported"], mode="visit",
          source=SALVATION_GOV, recipient=CAMP_COMMITTEES, location=ATMEH, date=D("2024-01-15"),
          attribution=["أحد أعضاء اللجان"]),
        E(True, ["AGREE", "AID"], [7], "وتعهّد", ["asserted", "reported", "planned"],
          source=SALVATION_GOV, recipient=CAMP_COMMITTEES, location=ATMEH, date=D("2024-01-15"),
          attribution=["أحد أعضاء اللجان"]),
        # the beating in Sijo camp; the refusal optional
        E(True, ["ASSAULT"], [8], "اعتدى", ["asserted", "reported"], mode="beat",
          source=SNA, recipient=SIJO_IDPS, location=SIJO, date=D("2024-01-14"), attribution=["شهود"],
          acled=ATTACK),
        E(False, ["REJECT"], [8], "رفضهم", ["asserted", "reported"], source=SIJO_IDPS, recipient=SNA,
          location=SIJO, date=D("2024-01-14")),
        # the league's blame; the participle call optional
        E(True, ["ACCUSE"], [9], "وحمّلت", ["asserted"],
          source=CAMPS_LEAGUE, recipient=INTL_COMMUNITY, location=NW_SYRIA,
          date=D("2024-01-15", "day", ("2024-01-14", "2024-01-15"))),
        E(False, ["REQUEST"], [9], "داعيةً", ["asserted"], source=CAMPS_LEAGUE, recipient=INTL_COMMUNITY,
          location=NW_SYRIA, date=D("2024-01-15", "day", ("2024-01-14", "2024-01-15"))),
        # the planned convoy: Wednesday after a Monday
        E(True, ["AID"], [10], "قافلة أممية", ["planned", "reported"], mode="humanitarian",
          source=OCHA, recipient=CAMPS_HARIM_IDLIB, location=BAB_HAWA, date=D("2024-01-17"),
          attribution=["مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية"]),
        # paragraph 11 is a generic statement: deliberately NO gold event
        # background: Thursday before a Monday; no agent named
        E(True, ["ASSAULT"], [12], "استهدفت", ["historical", "asserted", "reported"], mode="aerial",
          recipient=AFES_DRIVER, location=AFES, date=D("2024-01-11"), fatalities=1,
          attribution=["الدفاع المدني"], acled=AIR),
    ],
))

# ============================================================================ 064: Qamishli and Hasakah (Turkish agency, Arabic)
ARTICLES.append(dict(
    id="team13-064", slug="qamishli_hasakah_turkish_drone_strikes", published="2024-01-22",
    outlet="Al-Jisr agency, Arabic service (fictional)",
    paras=[
        # 0 (headline: the strikes and the threat)
        "مسيّرات تركية تضرب منشآت يستخدمها «بي كا كا/ واي بي جي» في القامشلي.. ووزارة الدفاع تتوعّد بمواصلة العمليات",
        # 1 (dateline; the strikes «مساء أمس الأحد», per the ministry's statement)
        "أنقرة – «الجسر»: نفّذ الجيش التركي، مساء أمس الأحد، سلسلة عمليات جوية استهدفت 16 موقعاً يستخدمها تنظيم «بي كا كا/ واي بي جي» الإرهابي في منطقتي القامشلي والمالكية شمال شرقي سوريا، بينها مستودعات ذخيرة ومنشآت نفطية «يموّل التنظيم بها أنشطته الإرهابية»، بحسب بيان صادر عن وزارة الدفاع التركية اليوم.",
        # 2 (the same strikes: «تحييد» (no count) per the ministry, four dead per the AANES)
        "وأضاف البيان أن العمليات أسفرت عن «تحييد 19 إرهابياً»، في حين قالت ما تسمى «الإدارة الذاتية» التابعة للتنظيم إن الضربات طالت محطة لتوليد الكهرباء في ريف القامشلي ومنشأة نفطية قرب بلدة القحطانية، وأدت إلى مقتل أربعة من العاملين فيها وحراسها وخروج المحطة عن الخدمة.",
        # 3 (a drone strike in Hasakah: the intelligence's claim vs local media (1 dead))
        "وفي مدينة الحسكة، «حيّدت» الاستخبارات التركية، بعملية نفّذتها بطائرة مسيّرة عصر أمس، قيادياً في التنظيم يُعرف بالاسم الحركي «جودي آمد»، قالت إنه «مسؤول عن التخطيط لهجمات على قواعد تركية»، وفق ما أفادت به مصادر أمنية لـ«الجسر»، فيما ذكرت وسائل إعلام محلية في المدينة أن القصف استهدف سيارة في حي العزيزية وأدى إلى مقتل رجل وإصابة ابنه، مؤكدةً أنهما مدنيان.",
        # 4 (the ministry's threat at its weekly briefing; a hypothetical ground operation (optional))
        "وتوعّد المتحدث باسم وزارة الدفاع التركية، خلال المؤتمر الصحفي الأسبوعي للوزارة في أنقرة اليوم، الإرهابيين بـ«ملاحقتهم في أوكارهم حتى القضاء على آخر إرهابي»، مؤكداً أن العمليات «ستستمر بلا هوادة»، ومشيراً إلى أن خيار شنّ عملية برية جديدة في شمالي سوريا «يبقى مطروحاً على الطاولة».",
        # 5 (the SDF's accusation, a masdar reported at a distance)
        "في المقابل، نقلت وسائل إعلام مقرّبة من التنظيم عن «القيادة العامة لقوات سوريا الديمقراطية (قسد)» اتهامها أنقرة بـ«استهداف البنية التحتية التي يعتمد عليها ملايين المدنيين» و«ارتكاب جرائم حرب».",
        # 6 (the AANES's demand to two coordinated recipients; Turkish diplomatic sources dismiss it (optional))
        "وطالبت «الإدارة الذاتية»، في بيان منفصل، كلّاً من التحالف الدولي وروسيا بـ«الخروج عن صمتهما» والضغط على أنقرة «لوقف هجماتها»، وهو ما وصفته مصادر دبلوماسية تركية بـ«محاولة يائسة لتدويل قضية تنظيم إرهابي».",
        # 7 (a protest in Qamishli, per the group's accounts; chants (optional))
        "وخرج مئات الأشخاص، ظهر اليوم، في مظاهرة بمدينة القامشلي دعت إليها أحزاب موالية للتنظيم، رفعوا خلالها صوراً لزعيم «بي كا كا» المسجون عبد الله أوجلان، وردّدوا شعارات معادية لتركيا، وفق صور ومقاطع نشرتها حسابات التنظيم على مواقع التواصل الاجتماعي.",
        # 8 (arrests by the gendarmerie in Ceylanpinar)
        "وفي سياق متصل، أوقفت قوات الدرك التركية، أمس، في قضاء جيلان بينار التابع لولاية شانلي أورفة ثلاثة أشخاص تسللوا من الأراضي السورية بطريقة غير شرعية، يُشتبه بانتمائهم إلى التنظيم، بحسب ما أفادت به مصادر أمنية، مشيرةً إلى أن محكمة محلية قررت حبسهم.",
        # 9 (a phone call; the minister's warning (optional))
        "وبحث وزير الدفاع التركي، في اتصال هاتفي مساء أمس مع نظيره الأمريكي، «التطورات في سوريا والعراق»، وأكد خلاله أن بلاده «لن تسمح بإقامة ممر إرهابي على حدودها الجنوبية»، بحسب ما أعلنته الوزارة.",
        # 10 (a rumoured downing of a Turkish drone, denied)
        "ونفت مصادر في وزارة الدفاع التركية، في حديث لـ«الجسر»، صحة ما تداولته حسابات مقرّبة من التنظيم عن إسقاط «وحدات حماية الشعب» طائرة مسيّرة تركية من طراز «بيرقدار» فوق ريف عامودا ليل أمس، واصفةً هذه الأنباء بأنها «دعاية سوداء».",
        # 11 (generic)
        "وتصنّف أنقرة «وحدات حماية الشعب» امتداداً سورياً لتنظيم «بي كا كا» المدرج على قوائم الإرهاب في تركيا والولايات المتحدة والاتحاد الأوروبي، وتنفّذ قواتها منذ سنوات ضربات متكررة بالطائرات المسيّرة على قياداته ومنشآته في شمالي سوريا والعراق، كثيراً ما تتصاعد عقب أي هجوم يطال جنودها.",
        # 12 (background: «تحييد» per Turkish sources, 2 dead per the SDF)
        "وكانت مسيّرة تركية قد استهدفت، مساء الخميس الماضي، عربة عسكرية لـ«قسد» على الطريق بين القامشلي وعامودا، ما أدى إلى «تحييد إرهابيَّين اثنين» بحسب ما أعلنته مصادر أمنية تركية آنذاك، في حين أكدت «قسد» مقتل اثنين من مقاتليها.",
    ],
    events=[
        # the Qamishli strikes: headline 0, lead 1, 2; «تحييد» is no count, the AANES's four dead are
        E(True, ["ASSAULT"], [0, 1, 2], "سلسلة عمليات جوية", ["asserted", "reported"], mode="aerial",
          source=TURKEY, recipient=QAMISHLI_TARGETS, location=QAMISHLI_STRIKES, date=D("2024-01-21"),
          fatalities=4, attribution=["بيان وزارة الدفاع التركية", "الإدارة الذاتية"], acled=AIR, tpara=1),
        # the Hasakah strike: a disputed target, 1 dead per local media
        E(True, ["ASSAULT"], [3], "حيّدت", ["asserted", "reported"], mode="aerial",
          source=MIT, recipient=HASAKAH_TARGET, location=HASAKAH_CITY, date=D("2024-01-21"), fatalities=1,
          attribution=["مصادر أمنية", "وسائل إعلام محلية"], acled=AIR),
        # the threat (headline 0, 4); the ground operation optional and hypothetical
        E(True, ["THREATEN"], [0, 4], "وتوعّد", ["asserted"], mode="violence",
          source=TR_MOD, recipient=PKK_YPG, location=ANKARA, date=D("2024-01-22"), tpara=4),
        E(False, ["ASSAULT", "MOBILIZE"], [4], "عملية برية", ["hypothetical"], source=TURKEY, recipient=PKK_YPG,
          location={"accept": ["شمالي سوريا", "northern Syria", "سوريا", "Syria"]}, date=None),
        # the SDF's accusation (a masdar, reported by the group's media)
        E(True, ["ACCUSE"], [5], "اتهامها", ["reported", "asserted"],
          source=SDF, recipient=TURKEY,
          date=D("2024-01-22", "day", ("2024-01-21", "2024-01-22")),
          attribution=["وسائل إعلام مقرّبة من التنظيم"]),
        # the AANES's demand; the dismissal optional
        E(True, ["REQUEST"], [6], "وطالبت", ["asserted", "reported"],
          source=AANES, recipient=COALITION_RUSSIA,
          date=D("2024-01-22", "day", ("2024-01-21", "2024-01-22")), attribution=["بيان الإدارة الذاتية"]),
        E(False, ["REJECT"], [6], "وصفته", ["asserted", "reported"], source=TURKEY, recipient=AANES,
          location=ANKARA, date=D("2024-01-22", "day", ("2024-01-21", "2024-01-22"))),
        # the Qamishli protest; chants optional
        E(True, ["PROTEST"], [7], "مظاهرة", ["asserted", "reported"], mode="demo",
          source=QAMISHLI_PROTESTERS, recipient=TURKEY, location=QAMISHLI, date=D("2024-01-22"),
          attribution=["حسابات التنظيم على مواقع التواصل الاجتماعي"], acled=PEACEFUL),
        E(False, ["ACCUSE"], [7], "شعارات معادية", ["asserted", "reported"], source=QAMISHLI_PROTESTERS,
          recipient=TURKEY, location=QAMISHLI, date=D("2024-01-22")),
        # the arrests in Ceylanpinar
        E(True, ["COERCE"], [8], "أوقفت", ["asserted", "reported"], mode="arrest",
          source=JANDARMA, recipient=INFILTRATORS, location=CEYLANPINAR, date=D("2024-01-21"),
          attribution=["مصادر أمنية"], acled=ARREST),
        # the court's custody order (optional: a second actor on the same detainees)
        E(False, ["COERCE"], [8], "قررت حبسهم", ["asserted", "reported"], mode="arrest",
          source={"en": ["local court", "Turkish court", "Turkish judiciary"], "ar": ["محكمة محلية"]},
          recipient=INFILTRATORS, location=CEYLANPINAR, date=D("2024-01-22", "day", ("2024-01-21", "2024-01-22"))),
        # the phone call; the warning optional
        E(True, ["CONSULT"], [9], "اتصال هاتفي", ["asserted", "reported"], mode="phone",
          source=TR_DEF_MIN, recipient=US_DEF, date=D("2024-01-21"),
          attribution=["وزارة الدفاع التركية"]),
        E(False, ["THREATEN"], [9], "لن تسمح", ["asserted", "reported"], source=TR_DEF_MIN, recipient=PKK_YPG,
          location=ANKARA, date=D("2024-01-21")),
        # the rumoured downing, denied (core)
        E(True, ["ASSAULT"], [10], "إسقاط", ["rumored", "negated", "reported"], mode="aerial",
          source=YPG, recipient=TR_DRONE, location=AMUDA, date=D("2024-01-21", "day", ("2024-01-21", "2024-01-22")),
          attribution=["حسابات مقرّبة من التنظيم", "مصادر في وزارة الدفاع التركية"]),
        # paragraph 11 is a generic statement: deliberately NO gold event
        # background: Thursday before a Monday; «تحييد» per Turkey, 2 dead per the SDF
        E(True, ["ASSAULT"], [12], "استهدفت", ["historical", "asserted", "reported"], mode="aerial",
          source=TURKEY, recipient=SDF_VEHICLE, location=QAMISHLI_AMUDA, date=D("2024-01-18"), fatalities=2,
          attribution=["مصادر أمنية تركية", "قسد"], acled=AIR),
    ],
))

# ============================================================================ 065: Sfax (Tunisian site)
ARTICLES.append(dict(
    id="team13-065", slug="tunisia_sfax_sakiet_eddaier_migrants", published="2023-07-20",
    outlet="Sada al-Sahel site (fictional)",
    paras=[
        # 0 (headline: the arrests and the organisations' demand)
        "صفاقس: إيقاف 14 شخصاً إثر مواجهات بين شبان ومهاجرين في ساقية الدائر.. ومنظمات تطالب بوقف «الترحيل القسري»",
        # 1 (dateline; the brawl «ليلة أمس الأربعاء», two-sided, wounded only)
        "صفاقس – «صدى الساحل»: اندلعت، ليلة أمس الأربعاء، مواجهات عنيفة بين مجموعات من شبان منطقة ساقية الدائر ومهاجرين غير نظاميين من دول إفريقيا جنوب الصحراء، استُعملت فيها الحجارة والعصي والآلات الحادة، ما أسفر عن إصابة تسعة أشخاص من الجانبين بجروح متفاوتة الخطورة نُقلوا إلى المستشفى الجامعي الحبيب بورقيبة بصفاقس، وفق ما أفاد به مصدر أمني لـ«صدى الساحل».",
        # 2 (tear gas (optional); the arrests, a passive «تمّ إيقاف»; a deployment (optional))
        "وتدخّلت وحدات الأمن الوطني والحرس الوطني لتفريق المتواجهين مستعملةً الغاز المسيل للدموع، وتمّ إيقاف 14 شخصاً، بينهم ستة تونسيين وثمانية مهاجرين، في حين تواصل الانتشار الأمني المكثف في المنطقة إلى حدود صباح اليوم.",
        # 3 (custody of five (optional) and the release of nine, per the courts' spokesman; the charges are no events)
        "وأفاد الناطق الرسمي باسم المحاكم بصفاقس، في تصريح لـ«صدى الساحل»، بأن النيابة العمومية أذنت بالاحتفاظ بخمسة من الموقوفين من أجل «الاعتداء بالعنف الشديد ومسك سلاح أبيض دون رخصة»، فيما أُخلي سبيل التسعة الآخرين مع إبقائهم بحالة سراح.",
        # 4 (expulsions to the Libyan border, reported by rights groups)
        "وفي سياق متصل، نقلت منظمات حقوقية عن مهاجرين قولهم إن وحدات أمنية اقتادت، منذ مطلع الأسبوع، مئات المهاجرين من صفاقس، بينهم نساء حوامل وأطفال، على متن حافلات إلى المنطقة الحدودية مع ليبيا قرب معبر رأس جدير، وتركتهم هناك «في العراء دون ماء ولا غذاء».",
        # 5 (the same expulsions, denied by the Interior Ministry)
        "في المقابل، نفى مصدر مسؤول بوزارة الداخلية، في تصريح لإذاعة محلية، أن تكون الوحدات الأمنية قد «رحّلت أي مهاجر قسراً»، مؤكداً أنها «لا تتجاوز القانون في أي إجراء تتخذه» تجاه الوافدين بصفة غير قانونية.",
        # 6 (a sea crossing foiled; bodies recovered from a wreck are no event)
        "وعلى صعيد آخر، أحبطت وحدات الحرس البحري بصفاقس، فجر اليوم، رحلة إبحار سرية نحو السواحل الإيطالية كانت ستنطلق من شاطئ بمنطقة العامرة، وأوقفت 41 مهاجراً من جنسيات إفريقية مختلفة كانوا على متن قارب حديدي، بحسب ما أعلنته الإدارة العامة للحرس الوطني في بلاغ لها، مضيفةً أن وحداتها انتشلت جثتي مهاجرَين غرق قاربهما قبالة سواحل جبنيانة.",
        # 7 (eight organisations' finite demand; «محذّرةً» is no event)
        "وطالبت ثماني منظمات وجمعيات، من بينها «الرابطة التونسية للدفاع عن حقوق الإنسان» و«المنتدى التونسي للحقوق الاقتصادية والاجتماعية»، في بيان مشترك، السلطاتِ التونسية بـ«الوقف الفوري لعمليات الترحيل القسري» و«تحمّل مسؤوليتها في حماية المهاجرين العالقين على الحدود»، محذّرةً من «كارثة إنسانية» في المناطق الصحراوية.",
        # 8 (a residents' protest with a masdar demand (optional), and the governor's meeting with their delegation)
        "ونفّذ عشرات من متساكني ساقية الدائر، صباح اليوم، وقفة احتجاجية أمام مقر ولاية صفاقس للمطالبة بـ«إخلاء الأحياء من المهاجرين غير النظاميين» و«تعزيز الحضور الأمني»، قبل أن يستقبل والي الجهة وفداً عنهم، وفق ما أفاد به أحد المشاركين في الوقفة.",
        # 9 (aid by two coordinated bodies)
        "إنسانياً، وزّع الهلال الأحمر التونسي، بالتعاون مع المنظمة الدولية للهجرة، أمس، مساعدات غذائية وطبية على نحو مئتي مهاجر عالقين في منطقة حدودية قرب مدينة بن قردان بولاية مدنين، وفق ما أكده منسّق الهلال الأحمر في الجهة لـ«صدى الساحل».",
        # 10 (a Libyan accusation; the rescue in a participle clause (optional))
        "ومن الجانب الآخر للحدود، اتّهم متحدث باسم جهاز حرس الحدود الليبي، في تصريح لقناة محلية ليبية، السلطاتِ التونسية بـ«دفع مجموعات من المهاجرين نحو الأراضي الليبية»، مشيراً إلى أن دوريات الجهاز أنقذت خلال اليومين الماضيين 62 مهاجراً كانوا تائهين في الصحراء قرب منطقة العسة، بينهم خمسة أطفال.",
        # 11 (generic)
        "وتُعدّ سواحل ولاية صفاقس نقطة الانطلاق الرئيسية لرحلات الهجرة غير النظامية نحو جزيرة لامبيدوزا الإيطالية، فيما تشير تقديرات منظمات مختصة إلى وجود آلاف المهاجرين من دول جنوب الصحراء في المدينة، يعيش كثير منهم في ظروف هشة، وكثيراً ما تتجدد التوترات بينهم وبين بعض السكان.",
        # 12 (background with a dated toll; unknown killers)
        "وكان مهاجر من ساحل العاج قد لقي حتفه، مساء الأحد الماضي، إثر تعرّضه للطعن بسكين على أيدي مجهولين في حي الحبيب بمدينة صفاقس، بحسب ما أكده مصدر أمني حينها، مشيراً إلى أن الأبحاث ما تزال جارية للكشف عن الجناة.",
    ],
    events=[
        # the brawl: two-sided, wounded only (headline 0 names it only as the arrests' cause)
        E(True, ["ASSAULT", "PROTEST"], [0, 1], "مواجهات عنيفة", ["asserted", "reported"], mode="riot",
          source=SFAX_SIDES, location=SAKIET_EDDAIER, date=D("2023-07-19", "day", ("2023-07-19", "2023-07-20")),
          attribution=["مصدر أمني"], acled=MOB, tpara=1),
        # tear gas and the deployment (optional)
        E(False, ["COERCE", "ASSAULT"], [2], "مستعملةً الغاز المسيل للدموع", ["asserted"], source=TN_SECURITY,
          recipient=SFAX_SIDES, location=SAKIET_EDDAIER, date=D("2023-07-19", "day", ("2023-07-19", "2023-07-20"))),
        E(False, ["MOBILIZE"], [2], "الانتشار الأمني", ["asserted"], mode="police", source=TN_SECURITY,
          location=SAKIET_EDDAIER, date=D("2023-07-20", "day", ("2023-07-19", "2023-07-20"))),
        # the arrests (headline 0, 2): a passive, the agent from context
        E(True, ["COERCE"], [0, 2], "إيقاف", ["asserted"], mode="arrest",
          source=TN_SECURITY, recipient=SFAX_DETAINEES, location=SFAX_ARREST,
          date=D("2023-07-19", "day", ("2023-07-19", "2023-07-20")), acled=ARREST, tpara=2),
        # custody (optional) and release (core), per the courts' spokesman
        E(False, ["COERCE"], [3], "بالاحتفاظ", ["asserted", "reported"], mode="arrest", source=TN_PROSECUTION,
          recipient=SFAX_DETAINEES, location=SFAX_CITY, date=D("2023-07-20", "day", ("2023-07-19", "2023-07-20"))),
        E(True, ["RETREAT", "CONCEDE"], [3], "أُخلي سبيل", ["asserted", "reported"], mode="release",
          source=TN_PROSECUTION, recipient=SFAX_DETAINEES, location=SFAX_CITY,
          date=D("2023-07-20", "day", ("2023-07-19", "2023-07-20")),
          attribution=["الناطق الرسمي باسم المحاكم بصفاقس"]),
        # the expulsions: reported by rights groups, denied by the ministry
        E(True, ["COERCE"], [4, 5], "اقتادت", ["reported", "negated"], mode="deport",
          source=TN_SECURITY, recipient=DEPORTED_MIGRANTS, location=DEPORT_PLACES,
          date=D("2023-07-17", "week", ("2023-07-17", "2023-07-20")),
          attribution=["منظمات حقوقية عن مهاجرين", "مصدر مسؤول بوزارة الداخلية"], acled=OTHER),
        # the foiled crossing (the wreck's bodies are no event)
        E(True, ["COERCE"], [6], "أحبطت", ["asserted", "reported"], mode="seize",
          source=TN_COAST_GUARD, recipient=BOAT_MIGRANTS, location=AMRA, date=D("2023-07-20"),
          attribution=["بلاغ الإدارة العامة للحرس الوطني"], acled=ARREST),
        # the organisations' demand (headline 0, 7)
        E(True, ["REQUEST"], [0, 7], "وطالبت", ["asserted", "reported"],
          source=TN_NGOS, recipient=TN_AUTHORITIES, location=TUNIS_NGOS,
          date=D("2023-07-20", "day", ("2023-07-19", "2023-07-20")), attribution=["بيان مشترك"], tpara=7),
        # the residents' protest; the masdar demand optional; the governor's meeting
        E(True, ["PROTEST"], [8], "وقفة احتجاجية", ["asserted", "reported"], mode="demo",
          source=SFAX_RESIDENTS, recipient=SFAX_GOVERNOR, location=SFAX_CITY, date=D("2023-07-20"),
          attribution=["أحد المشاركين في الوقفة"], acled=PEACEFUL),
        E(False, ["REQUEST"], [8], "للمطالبة", ["asserted", "reported"], source=SFAX_RESIDENTS,
          recipient=SFAX_GOVERNOR, location=SFAX_CITY, date=D("2023-07-20")),
        E(True, ["CONSULT"], [8], "يستقبل", ["asserted", "reported"], mode="visit",
          source=SFAX_GOVERNOR, recipient=SFAX_DELEGATION, location=SFAX_CITY, date=D("2023-07-20"),
          attribution=["أحد المشاركين في الوقفة"]),
        # the aid
        E(True, ["AID"], [9], "وزّع", ["asserted", "reported"], mode="humanitarian",
          source=TRC_IOM, recipient=STRANDED_MIGRANTS, location=BEN_GUERDANE, date=D("2023-07-19"),
          attribution=["منسّق الهلال الأحمر في الجهة"]),
        # the Libyan accusation; the rescue optional
        E(True, ["ACCUSE"], [10], "اتّهم", ["asserted", "reported"],
          source=LY_BORDER_GUARD, recipient=TN_AUTHORITIES, location=LY_STATEMENT,
          date=D("2023-07-20", "day", ("2023-07-19", "2023-07-20")),
          attribution=["متحدث باسم جهاز حرس الحدود الليبي"]),
        E(False, ["AID"], [10], "أنقذت", ["asserted", "reported"], mode="humanitarian", source=LY_BORDER_GUARD,
          recipient=LOST_MIGRANTS, location=ASSA, date=D("2023-07-19", "day", ("2023-07-18", "2023-07-20"))),
        # paragraph 11 is a generic statement: deliberately NO gold event
        # background: Sunday before a Thursday
        E(True, ["ASSAULT"], [12], "للطعن", ["historical", "asserted", "reported"],
          source=UNKNOWN, recipient=IVORIAN, location=HABIB, date=D("2023-07-16"), fatalities=1,
          attribution=["مصدر أمني"], acled=ATTACK),
    ],
))


if __name__ == "__main__":
    build(HERE, ARTICLES, "team13.gold.json", id_prefix="team13", first_number=FIRST_NUMBER)
