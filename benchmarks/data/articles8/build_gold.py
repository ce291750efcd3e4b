#!/usr/bin/env python3
"""Write the eighth team-made article set (NNN_slug.txt, ids team8-036 ... team8-040) and its gold
(team8.gold.json).

The articles and annotations live here; ``benchmarks/data/goldkit.py`` writes the files and computes every
offset (nothing is typed by hand): para_spans are the [start, end) code-point offsets of each line (newline
excluded) in the file text, trigger spans are found inside the named paragraph. Run from anywhere:
    python3 benchmarks/data/articles8/build_gold.py && python3 benchmarks/data/articles8/check_gold.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from actors_places import (  # noqa: E402
    AANES_EMPLOYEES,
    ABU_ASSI,
    ABU_FADL,
    AIR_INTEL,
    ARMY_VS_SMUGGLERS,
    ASAYISH,
    ATIL_GUNMEN,
    ATIL_NORTH,
    ATIL_VS_SS,
    ATMEH,
    BAATH_CITY,
    COORDINATION,
    DETAINEE_FAMILIES,
    DISPLACED,
    DISPLACEMENT_AREA,
    DRONE_VICTIMS,
    FOURTH_DIV,
    GHIRAS,
    GOLAN_GUNMEN,
    GOLAN_RESISTANCE,
    GUARANTORS,
    GUNMEN,
    HADAR,
    HAMA_AIRPORT,
    HEALTH_COMMITTEE,
    HISHA,
    HOSPITAL_WORKERS,
    HUJEIRA,
    HUJEIRA_YOUTH,
    ICRC_RIGHTS,
    ISIS,
    ISRAEL,
    ISRAELI_PATROL,
    JARAMANA,
    JARAMANA_MEETING,
    JARAMANA_NOTABLES,
    JARAMANA_OFFICER,
    JAYSH_IZZA,
    JUBATA_TRUNJAH,
    KA_VICTIMS,
    KAFR_ZITA,
    KARAMAH,
    KHAN_ARNABEH,
    KIDNAPPERS,
    KISWAH_ZAKIYAH,
    KUDNA,
    KUDNA_SHEPHERDS,
    KZ_MOREK_ROAD,
    KZ_NOTABLE,
    LATAMINAH_KZ,
    LATAMINAH_VICTIMS,
    MAJDAL_SHAMS,
    MIL_SECURITY,
    MINIBUS_DRIVERS,
    MOREK,
    MUHRADAH,
    MUHRADAH_VICTIMS,
    NDF,
    OPPOSITION_TERROR,
    POLITICAL_SECURITY,
    PUMP_WORKERS,
    QN_DETAINEES,
    QUNEITRA_CROSSING,
    QUNEITRA_GOVERNOR,
    QURAYYA,
    RAFID,
    RAFID_VICTIMS,
    RAQQA_CITY,
    RAQQA_COUNCIL,
    RAQQA_EAST,
    REGIME,
    RIF_GOVERNOR,
    RUSSIA,
    SAHNAYA,
    SAHNAYA_DETAINEES,
    SAWRA,
    SAYYIDA_ZAYNAB,
    SDF_COALITION,
    SDF_FIGHTERS,
    SECURITY_SERVICES,
    SHOUFI,
    SHOUFI_FAMILY,
    SPIRITUAL,
    SS_HOSTAGES,
    STATE_SECURITY,
    SURAN_MAARDES,
    SWEIDA_CITY,
    SWEIDA_GOV,
    SWEIDA_PROTESTERS,
    SYRIAN_SECURITY,
    TABQA,
    TABQA_MEMBER,
    TABQA_SUSPECTS,
    THAALAH,
    TIGER_FORCES,
    TRIBESMEN,
    TURKEY,
    UNDOF,
)
from goldkit import D, E, build  # noqa: E402

FIRST_NUMBER = 36  # file and id numbering continues after the first seven sets (001-035)

SHELL = ["Explosions/Remote violence/Shelling/artillery/missile attack"]
AIR = ["Explosions/Remote violence/Air/drone strike"]
IED = ["Explosions/Remote violence/Remote explosive/landmine/IED"]
CLASH = ["Battles/Armed clash"]
ATTACK = ["Violence against civilians/Attack"]
ABDUCT = ["Violence against civilians/Abduction/forced disappearance"]
ARREST = ["Strategic developments/Arrests"]
PEACEFUL = ["Protests/Peaceful protest"]
INTERVENTION = ["Protests/Protest with intervention"]
OTHER = ["Strategic developments/Other"]
AGREEMENT = ["Strategic developments/Agreement"]

ARTICLES = []

# ============================================================================ 036: Damascus' southern belt (local opposition site)
ARTICLES.append(dict(
    id="team8-036", slug="damascus_jaramana_sahnaya_zaynab", published="2022-11-23",
    outlet="Nafidhat Dimashq (fictional)",
    paras=[
        # 0 (headline: an IED killing and an arrest campaign)
        "مقتل ضابط بانفجار عبوة ناسفة في سيارته بجرمانا.. و«المخابرات الجوية» تعتقل 12 شاباً في صحنايا",
        # 1 (a passive killing; the trigger is the masdar of the explosion; the correspondent's toll is 1)
        "قُتل ضابط برتبة مقدّم في قوات النظام، صباح اليوم الأربعاء، إثر انفجار عبوة ناسفة لاصقة زُرعت في سيارته العسكرية قرب ساحة الرئيس وسط مدينة جرمانا بريف دمشق، كما أُصيب ثلاثة مدنيين كانوا في المكان بجروح متفاوتة، بحسب ما أفاد به مراسل «نافذة دمشق» في المدينة.",
        # 2 (the same blast: a second toll (2), a cordon, and a pro-government outlet's denial that is no event)
        "وقالت مصادر أهلية لـ«نافذة دمشق» إن الانفجار أودى بحياة الضابط وسائقه على الفور، وإن عناصر من «الأمن العسكري» طوّقوا الساحة ومنعوا الأهالي من الاقتراب منها لساعات، في حين نفت شبكة «عين الشام» الموالية للنظام أن يكون الانفجار ناجماً عن عبوة ناسفة، وزعمت أنه نتج عن «ماس كهربائي» في خزان وقود السيارة، دون أن تذكر أي حصيلة.",
        # 3 (an arrest campaign; a transfer; a negated release)
        "وفي مدينة صحنايا جنوب غربي دمشق، شنّت دوريات تابعة لفرع «المخابرات الجوية»، فجر أمس الثلاثاء، حملة دهم في عدة أحياء من المدينة، اعتقلت خلالها 12 شاباً من أبناء المدينة والنازحين المقيمين فيها، بينهم ثلاثة طلاب جامعيين، واقتادتهم إلى فرع التحقيق في مطار المزة العسكري، ولم يُفرج عن أي منهم حتى لحظة إعداد هذا التقرير، وفق ما أفاد به ذوو عدد من المعتقلين.",
        # 4 (the same arrests told by an unnamed notable; a confiscation; the charge names graffiti: no PROTEST)
        "وقال أحد وجهاء المدينة، طالباً عدم الكشف عن اسمه، إن العناصر «كسروا أبواب المنازل وصادروا الهواتف المحمولة والأموال»، وإن الاعتقالات جرت بتهمة «كتابة عبارات مناهضة للدولة» على جدران إحدى المدارس، مؤكداً أن معظم المعتقلين «لا علاقة لهم بأي نشاط سياسي».",
        # 5 (a road closure and the reinforcements that preceded it)
        "وفي منطقة السيدة زينب جنوبي دمشق، أغلقت ميليشيا «لواء أبو الفضل العباس» المدعومة من «الحرس الثوري» الإيراني، منذ مساء أمس، الطريق الواصل بين المنطقة وبلدة حجيرة بالسواتر الترابية أمام السيارات المدنية، بعد أن استقدمت تعزيزات ضمّت نحو 15 آلية وعشرات العناصر إلى محيط المقام، وفق ما رصده مراسلنا.",
        # 6 (a killing at a checkpoint, two versions of the circumstances)
        "وفي بلدة حجيرة المجاورة، قُتل شاب من أبناء البلدة برصاص عناصر حاجز تابع لـ«الفرقة الرابعة» عند مدخلها الشمالي، ليل أمس، بعد أن حاول تجاوز الحاجز بدراجته النارية دون التوقف للتفتيش، بحسب مصادر محلية، فيما قال شهود إن العناصر أطلقوا النار عليه عقب مشادة كلامية، وتركوه ينزف لأكثر من نصف ساعة قبل نقله إلى مشفى المجتهد في دمشق.",
        # 7 (a protest stand dispersed, with two arrests)
        "وفي جرمانا أيضاً، نفّذ العشرات من سائقي الحافلات الصغيرة («السرافيس»)، ظهر اليوم، وقفة احتجاجية أمام مبنى البلدية، احتجاجاً على تخفيض مخصصاتهم من مادة المازوت إلى النصف، قبل أن تفرّقهم دورية تابعة لفرع «الأمن السياسي» وتعتقل اثنين منهم، بحسب ما أفاد به أحد المشاركين لـ«نافذة دمشق».",
        # 8 (an appeal; a participle accusation)
        "وناشدت عائلات المعتقلين في صحنايا، في بيان تداولته صفحات محلية، «اللجنة الدولية للصليب الأحمر» والمنظمات الحقوقية التدخل للكشف عن مصير أبنائها، محمّلةً فرع «المخابرات الجوية» المسؤولية الكاملة عن سلامتهم.",
        # 9 (a planned meeting «يوم الأحد المقبل»)
        "ومن المقرر أن يلتقي وفد من وجهاء جرمانا محافظَ ريف دمشق، يوم الأحد المقبل، لبحث أزمة المحروقات والتوتر الأمني في المدينة، وفق ما أعلنته «لجنة أهالي جرمانا» في منشور على صفحتها.",
        # 10 (generic)
        "وتشهد مدن وبلدات الحزام الجنوبي لدمشق منذ مطلع العام تصاعداً في التفجيرات بالعبوات اللاصقة التي تستهدف ضباطاً وعناصر في قوات النظام، إلى جانب حملات اعتقال شبه يومية تنفذها الأفرع الأمنية بذريعة ملاحقة «الخلايا النائمة»، في ظل أزمة معيشية خانقة ونقص حاد في المحروقات.",
        # 11 (background, passive, with a dated toll)
        "وكان عنصران من ميليشيا «الدفاع الوطني» قد قُتلا، مساء الجمعة الماضي، برصاص مسلحين مجهولين استهدفوا سيارتهما على الطريق الواصل بين بلدتي الكسوة وزاكية جنوب غربي دمشق، ولم تتبنَّ أي جهة العملية.",
    ],
    events=[
        # the IED: headline 0, correspondent 1, local sources 2 (toll 2) and a loyalist denial of the cause;
        # the lowest toll is 1; the denial is no REJECT, and `negated` is accepted
        E(True, ["ASSAULT"], [0, 1, 2], "انفجار عبوة ناسفة", ["asserted", "reported", "negated"],
          mode="explosives", recipient=JARAMANA_OFFICER, location=JARAMANA, date=D("2022-11-23"), fatalities=1,
          attribution=["مراسل نافذة دمشق", "مصادر أهلية", "شبكة عين الشام (نفي)"], acled=IED, tpara=1),
        E(False, ["COERCE"], [2], "طوّقوا", ["asserted", "reported"], mode="restrict", source=MIL_SECURITY,
          location=JARAMANA, date=D("2022-11-23")),
        # the arrests: headline 0, relatives 3, a notable 4, «عائلات المعتقلين» 8
        E(True, ["COERCE"], [0, 3, 4, 8], "اعتقلت", ["asserted", "reported"], mode="arrest",
          source=AIR_INTEL, recipient=SAHNAYA_DETAINEES, location=SAHNAYA, date=D("2022-11-22"),
          attribution=["ذوو عدد من المعتقلين", "أحد وجهاء المدينة"], acled=ARREST, tpara=3),
        E(False, ["COERCE"], [3], "حملة دهم", ["asserted", "reported"], mode="seize", source=AIR_INTEL,
          location=SAHNAYA, date=D("2022-11-22")),
        E(False, ["RETREAT"], [3], "ولم يُفرج", ["negated"], mode="release", source=AIR_INTEL,
          recipient=SAHNAYA_DETAINEES, location=SAHNAYA, date=D("2022-11-23")),
        E(False, ["COERCE"], [4], "وصادروا", ["asserted", "reported"], mode="confiscate", source=AIR_INTEL,
          recipient=SAHNAYA_DETAINEES, location=SAHNAYA, date=D("2022-11-22")),
        # the closure «منذ مساء أمس»; the reinforcements came before it (no time word)
        E(True, ["COERCE"], [5], "أغلقت", ["asserted"], mode="restrict",
          source=ABU_FADL, location=SAYYIDA_ZAYNAB, date=D("2022-11-22", "day", ("2022-11-22", "2022-11-23")),
          attribution=["مراسلنا"], acled=OTHER),
        E(True, ["MOBILIZE"], [5], "استقدمت", ["asserted"], mode="troops",
          source=ABU_FADL, location=SAYYIDA_ZAYNAB, date=D("2022-11-22", "day", ("2022-11-21", "2022-11-23")),
          attribution=["مراسلنا"], acled=OTHER),
        # the checkpoint killing «ليل أمس»
        E(True, ["ASSAULT"], [6], "قُتل شاب", ["asserted", "reported"], mode="firearms",
          source=FOURTH_DIV, recipient=HUJEIRA_YOUTH, location=HUJEIRA,
          date=D("2022-11-22", "day", ("2022-11-22", "2022-11-23")), fatalities=1,
          attribution=["مصادر محلية", "شهود"], acled=ATTACK),
        # the protest stand and the arrests that ended it
        E(True, ["PROTEST"], [7], "وقفة احتجاجية", ["asserted", "reported"], mode="demo",
          source=MINIBUS_DRIVERS, location=JARAMANA, date=D("2022-11-23"), attribution=["أحد المشاركين"],
          acled=INTERVENTION),
        E(True, ["COERCE"], [7], "وتعتقل", ["asserted", "reported"], mode="arrest",
          source=POLITICAL_SECURITY, recipient=MINIBUS_DRIVERS, location=JARAMANA, date=D("2022-11-23"),
          attribution=["أحد المشاركين"], acled=ARREST),
        E(False, ["COERCE"], [7], "تفرّقهم", ["asserted", "reported"], mode="restrict", source=POLITICAL_SECURITY,
          recipient=MINIBUS_DRIVERS, location=JARAMANA, date=D("2022-11-23")),
        # the appeal (an undated statement about yesterday's arrests)
        E(True, ["REQUEST"], [8], "وناشدت", ["asserted", "reported"],
          source=DETAINEE_FAMILIES, recipient=ICRC_RIGHTS, location=SAHNAYA,
          date=D("2022-11-23", "day", ("2022-11-22", "2022-11-23")), attribution=["بيان عائلات المعتقلين"]),
        E(False, ["ACCUSE"], [8], "محمّلةً", ["asserted", "reported"], source=DETAINEE_FAMILIES,
          recipient=AIR_INTEL, location=SAHNAYA, date=D("2022-11-23", "day", ("2022-11-22", "2022-11-23"))),
        # the planned meeting, Sunday after a Wednesday
        E(True, ["CONSULT"], [9], "يلتقي", ["planned"],
          source=JARAMANA_NOTABLES, recipient=RIF_GOVERNOR, location=JARAMANA_MEETING, date=D("2022-11-27"),
          attribution=["لجنة أهالي جرمانا"]),
        # paragraph 10 is a generic statement: deliberately NO gold event
        E(True, ["ASSAULT"], [11], "برصاص مسلحين مجهولين", ["historical", "asserted"], mode="firearms",
          source=GUNMEN, recipient=NDF, location=KISWAH_ZAKIYAH, date=D("2022-11-18"), fatalities=2,
          acled=ATTACK),
    ],
))

# ============================================================================ 037: northern Hama countryside (activist network)
ARTICLES.append(dict(
    id="team8-037", slug="hama_lataminah_kafr_zita_suran", published="2019-03-13",
    outlet="Sahl Hama News Network (fictional)",
    paras=[
        # 0 (headline: a shelling toll and a displacement)
        "خمسة قتلى بقصف لقوات النظام على اللطامنة وكفرزيتا.. وموجة نزوح جديدة من ريف حماة الشمالي",
        # 1 (a passive killing with the agent in «شنّته قوات النظام»; the guns stand in Suran, the shells land elsewhere)
        "قُتل خمسة مدنيين، بينهم ثلاثة أطفال وامرأة، وأُصيب أكثر من عشرة آخرين، فجر اليوم الأربعاء، جراء قصف صاروخي ومدفعي مكثف شنّته قوات النظام المتمركزة في بلدة صوران وحاجز المصاصنة على مدينة اللطامنة وبلدة كفرزيتا بريف حماة الشمالي، بحسب ما أفاد به مراسل الشبكة في المنطقة.",
        # 2 (the same shelling with a second toll (6))
        "من جهته، قال «الدفاع المدني السوري» في حماة إن فرقه انتشلت جثث ستة مدنيين من تحت أنقاض منزلين دمّرهما القصف في الحي الغربي من مدينة اللطامنة، مشيراً إلى أن أكثر من 60 صاروخاً وقذيفة سقطت على المدينة وبلدة كفرزيتا منذ ساعات الفجر الأولى.",
        # 3 (the reply, then rockets on Muhradah told by loyalist pages: two ASSAULTs)
        "وردّ «جيش العزة»، أبرز فصائل المعارضة في المنطقة، باستهداف مواقع قوات النظام في بلدتي صوران ومعردس بصواريخ «غراد» وقذائف المدفعية، معلناً تدمير مربض مدفعية، في حين قالت صفحات موالية للنظام إن قذائف صاروخية أطلقتها «المجموعات الإرهابية» سقطت على حي سكني في مدينة محردة، ما أدى إلى مقتل طفلة وإصابة أربعة مدنيين.",
        # 4 (a drone strike whose owner is only «رجّح»)
        "وعلى الطريق الواصل بين كفرزيتا وبلدة مورك، استهدفت طائرة مسيّرة، ظهر اليوم، سيارة مدنية كانت تقل عائلة نازحة، ما أدى إلى مقتل سائقها وإصابة امرأة وطفلها، ورجّح ناشطون أن تكون الطائرة روسية، في حين لم تعلن أي جهة مسؤوليتها عن الضربة.",
        # 5 (displacement (optional) and an aid distribution)
        "ودفع التصعيد مئات العائلات من اللطامنة وكفرزيتا ومورك إلى النزوح باتجاه المخيمات الحدودية مع تركيا وبلدات ريف إدلب الشمالي، إذ أحصى فريق «استجابة الوسط» التطوعي نزوح أكثر من 700 عائلة خلال الأيام الثلاثة الماضية، في حين وزّعت جمعية «غراس الخير» الإغاثية، مساء أمس، وجبات ساخنة وبطانيات على نحو 200 عائلة نازحة وصلت إلى مخيمات أطمة.",
        # 6 (a funeral (no PROTEST) and an accusation of two guarantors by one verb)
        "وشيّع المئات من أهالي كفرزيتا، عصر اليوم، جثامين ثلاثة من ضحايا القصف، وحمّل أحد وجهاء البلدة، في كلمة ألقاها خلال التشييع، روسيا وتركيا، بصفتهما الدولتين الضامنتين لاتفاق «سوتشي»، المسؤولية عن «استمرار المجازر بحق المدنيين».",
        # 7 (a Turkish convoy into an observation post)
        "وفي الأثناء، دخل رتل عسكري تركي ضمّ نحو 20 آلية، بينها دبابات وعربات مصفحة، مساء أمس، إلى نقطة المراقبة التركية في محيط بلدة مورك قادماً من معبر كفرلوسين الحدودي، وفق ما رصده مراسل الشبكة، دون أن يصدر عن الجيش التركي أي تعليق.",
        # 8 (a threat in a video; the threatened storming; a participle second threat)
        "وهدّد قائد ميداني في «قوات النمر» التابعة للنظام، في تسجيل مصوّر بثّته صفحات موالية، باقتحام اللطامنة وكفرزيتا «خلال أيام»، متوعداً مقاتلي «جيش العزة» بـ«مصير مسلحي الغوطة»، في حين رأى ناشطون أن التسجيل يأتي في إطار «الحرب النفسية».",
        # 9 (a rumoured mobilisation that nobody denies; the operation it would prepare is optional)
        "وتدور أحاديث في أوساط المعارضة عن وصول تعزيزات روسية، بينها عناصر من الشرطة العسكرية الروسية وراجمات صواريخ، إلى مطار حماة العسكري خلال الأسبوع الجاري، تمهيداً لعملية برية في ريف حماة الشمالي، وهو ما لم يؤكده أي مصدر رسمي.",
        # 10 (generic)
        "ويقطن ريف حماة الشمالي، الذي يُعد خط تماس مباشراً بين فصائل المعارضة وقوات النظام، عشرات آلاف المدنيين، إذ تتعرض مدنه وبلداته لقصف شبه يومي منذ دخول اتفاق «سوتشي» حيّز التنفيذ، في حين يعتمد معظم النازحين منه على المساعدات الإنسانية في ظل غياب فرص العمل.",
        # 11 (background with a dated toll)
        "وكانت طائرات حربية روسية قد شنّت، مساء الأحد الماضي، أربع غارات جوية على محيط محطة ضخ المياه في بلدة كفرزيتا، ما أدى إلى مقتل اثنين من عمال المحطة وخروجها عن الخدمة.",
    ],
    events=[
        # the shelling: headline 0, correspondent 1, civil defence 2 (6 dead), «ضحايا القصف» 6; lowest toll 5;
        # the place is where the shells land (Suran is not accepted)
        E(True, ["ASSAULT"], [0, 1, 2, 6], "قصف صاروخي ومدفعي", ["asserted", "reported"], mode="heavy-weapons",
          source=REGIME, recipient=LATAMINAH_VICTIMS, location=LATAMINAH_KZ, date=D("2019-03-13"), fatalities=5,
          attribution=["مراسل الشبكة", "الدفاع المدني السوري"], acled=SHELL, tpara=1),
        # the reply (no time word, after the dawn shelling)
        E(True, ["ASSAULT"], [3], "باستهداف", ["asserted", "reported"], mode="heavy-weapons",
          source=JAYSH_IZZA, recipient=REGIME, location=SURAN_MAARDES,
          date=D("2019-03-13", "day", ("2019-03-12", "2019-03-13")), attribution=["جيش العزة"], acled=SHELL),
        # rockets on Muhradah, told by loyalist pages; the perpetrator is their «المجموعات الإرهابية»
        E(True, ["ASSAULT"], [3], "قذائف صاروخية", ["reported", "asserted"], mode="heavy-weapons",
          source=OPPOSITION_TERROR, recipient=MUHRADAH_VICTIMS, location=MUHRADAH,
          date=D("2019-03-13", "day", ("2019-03-12", "2019-03-13")), fatalities=1,
          attribution=["صفحات موالية للنظام"], acled=SHELL),
        # the drone strike: no source («رجّح ناشطون»)
        E(True, ["ASSAULT"], [4], "استهدفت", ["asserted"], mode="aerial",
          recipient=DRONE_VICTIMS, location=KZ_MOREK_ROAD, date=D("2019-03-13"), fatalities=1, acled=AIR),
        # displacement: headline 0, details 5; optional
        E(False, ["RETREAT"], [0, 5], "النزوح", ["asserted", "reported"], mode="withdraw", source=DISPLACED,
          location=DISPLACEMENT_AREA, date=D("2019-03-12", "day", ("2019-03-10", "2019-03-13")), tpara=5),
        E(True, ["AID"], [5], "وزّعت", ["asserted"], mode="humanitarian",
          source=GHIRAS, recipient=DISPLACED, location=ATMEH, date=D("2019-03-12")),
        # the accusation at the funeral; the funeral itself is no PROTEST
        E(True, ["ACCUSE"], [6], "وحمّل", ["asserted"],
          source=KZ_NOTABLE, recipient=GUARANTORS, location=KAFR_ZITA, date=D("2019-03-13")),
        E(True, ["MOBILIZE"], [7], "رتل عسكري تركي", ["asserted"], mode="troops",
          source=TURKEY, location=MOREK, date=D("2019-03-12"), attribution=["مراسل الشبكة"], acled=OTHER),
        # the threat (an undated video), the threatened storming and the participle
        E(True, ["THREATEN"], [8], "وهدّد", ["asserted", "reported"], mode="violence",
          source=TIGER_FORCES, recipient=JAYSH_IZZA, location=LATAMINAH_KZ,
          date=D("2019-03-13", "day", ("2019-03-12", "2019-03-13")), attribution=["تسجيل مصوّر بثّته صفحات موالية"]),
        E(False, ["ASSAULT"], [8], "باقتحام", ["hypothetical", "planned"], source=TIGER_FORCES,
          location=LATAMINAH_KZ),
        E(False, ["THREATEN"], [8], "متوعداً", ["asserted", "reported"], mode="violence", source=TIGER_FORCES,
          recipient=JAYSH_IZZA, location=LATAMINAH_KZ),
        # a rumoured act (arrival of reinforcements), not denied: core, as the earlier sets' rumoured acts
        E(True, ["MOBILIZE"], [9], "تعزيزات روسية", ["rumored", "reported"], mode="troops",
          source=RUSSIA, location=HAMA_AIRPORT, date=D("2019-03-11", "week", ("2019-03-09", "2019-03-13")),
          attribution=["أحاديث في أوساط المعارضة"]),
        E(False, ["ASSAULT"], [9], "لعملية برية", ["planned", "rumored", "hypothetical"], source=RUSSIA,
          location=LATAMINAH_KZ),
        # paragraph 10 is a generic statement: deliberately NO gold event
        E(True, ["ASSAULT"], [11], "شنّت", ["historical", "asserted"], mode="aerial",
          source=RUSSIA, recipient=PUMP_WORKERS, location=KAFR_ZITA, date=D("2019-03-10"), fatalities=2, acled=AIR),
    ],
))

# ============================================================================ 038: Raqqa, Tabqa, the Ain Issa road (pro-AANES agency)
ARTICLES.append(dict(
    id="team8-038", slug="raqqa_tabqa_ain_issa_road", published="2022-05-18",
    outlet="Nabd al-Raqqa Agency (fictional)",
    paras=[
        # 0 (headline: an ISIS attack and a joint raid)
        "استشهاد مقاتلَين من «قسد» بهجوم لخلايا «داعش» على طريق الرقة – عين عيسى.. وعملية أمنية مشتركة مع التحالف في الطبقة",
        # 1 (dateline; the attack, told by a military source)
        "الرقة – «نبض الرقة»: استشهد مقاتلان من «قوات سوريا الديمقراطية» وأُصيب ثالث بجروح، ليل أمس الثلاثاء، إثر هجوم شنّته خلية تابعة لمرتزقة «داعش» بالأسلحة الرشاشة على نقطة عسكرية لـ«قسد» على طريق الرقة – عين عيسى قرب قرية الهيشة شمالي الرقة، بحسب ما أفاد به مصدر عسكري لمراسل الوكالة.",
        # 2 (the claim (killed and wounded: no death count), the attackers' flight, a cordon)
        "وتبنّى تنظيم «داعش» الهجوم في بيان نشرته وكالة «أعماق» التابعة له، زاعماً «قتل وإصابة سبعة عناصر من ميليشيا قسد»، فيما أكد المصدر العسكري أن المهاجمين «لاذوا بالفرار باتجاه البادية» بعد أن تصدّى لهم مقاتلو النقطة، وأن «قسد» طوّقت القرى المحيطة وبدأت حملة تمشيط واسعة بحثاً عنهم.",
        # 3 (a joint raid with the coalition; «عملية إنزال جوي» is no ASSAULT)
        "وفي مدينة الطبقة غربي الرقة، نفّذت «وحدات مكافحة الإرهاب» التابعة لـ«قسد» بمشاركة قوات «التحالف الدولي»، فجر اليوم، عملية إنزال جوي ومداهمة في الحي الثالث من المدينة، اعتُقل خلالها سبعة أشخاص يُشتبه بانتمائهم إلى خلايا «داعش»، بينهم «مسؤول مالي» في التنظيم، وفق ما أعلنه المركز الإعلامي لـ«قسد» في بيان.",
        # 4 (a confiscation; the charge names assassinations: no ASSAULT)
        "وأضاف البيان أن القوات المشاركة صادرت أسلحة فردية وأجهزة اتصال ومبالغ مالية، وأن المعتقلين «متورطون في عمليات اغتيال وابتزاز» استهدفت أعضاء في مجالس «الإدارة المدنية» خلال الأشهر الماضية.",
        # 5 (a tribal sit-in and a demand; last week's raid is optional background)
        "وفي مدينة الرقة، نصب العشرات من أبناء إحدى العشائر العربية في ريف الرقة الشرقي، صباح اليوم، خيمة اعتصام أمام مبنى «مجلس الرقة المدني»، احتجاجاً على استمرار توقيف أربعة من أبنائها منذ مداهمة نفّذتها «قوى الأمن الداخلي» (الأسايش) في قريتهم الأسبوع الماضي، وطالب المعتصمون بالإفراج عنهم أو إحالتهم إلى القضاء، مؤكدين أن اعتصامهم «مفتوح» حتى تلبية مطالبهم.",
        # 6 (a meeting and a promise; the promised release is optional)
        "والتقى الرئيس المشترك لـ«مجلس الرقة المدني» وفداً من المعتصمين داخل مبنى المجلس، ووعد بـ«متابعة ملف الموقوفين مع قوى الأمن الداخلي والإفراج عمّن لا تثبت إدانته خلال أسبوع»، بحسب ما أفاد به أحد أعضاء الوفد لمراسل الوكالة.",
        # 7 (a hospital strike on its third day; a threat to widen it)
        "وعلى صعيد آخر، يواصل العاملون في «المشفى الوطني» بالرقة، لليوم الثالث على التوالي، إضرابهم عن العمل في العيادات والأقسام غير الإسعافية، احتجاجاً على تأخر «لجنة الصحة» في مجلس الرقة المدني في صرف رواتبهم منذ شهرين، وهدّد ممثلون عنهم بتوسيع الإضراب ليشمل قسم الإسعاف في حال لم تُصرف الرواتب قبل نهاية الأسبوع.",
        # 8 (a «وكان … قد» meeting of yesterday; an offer (optional) and its rejection)
        "وكان اجتماع عُقد، مساء أمس، بين ممثلين عن العاملين والرئاسة المشتركة لـ«لجنة الصحة» قد انتهى دون نتيجة، بعد أن عرضت اللجنة صرف راتب شهر واحد فقط، وهو ما رفضه ممثلو العاملين، بحسب ما أفاد به أحدهم.",
        # 9 (a threat in leaflets by a suspected perpetrator; «وزّع» is no AID)
        "في غضون ذلك، وزّع مجهولون يُعتقد أنهم من خلايا «داعش»، ليل أمس، منشورات في بلدة الكرامة شرقي الرقة، هدّدوا فيها العاملين في مؤسسات «الإدارة الذاتية» بـ«القتل» ما لم يعلنوا «توبتهم» وانشقاقهم عنها خلال عشرة أيام، بحسب صور للمنشورات حصلت عليها الوكالة.",
        # 10 (generic)
        "وتشهد أرياف الرقة الشمالية والشرقية منذ مطلع العام الجاري تصاعداً في هجمات خلايا «داعش» على نقاط «قسد» وحواجز «قوى الأمن الداخلي»، تقابلها عمليات أمنية متكررة تنفذها «قسد» بدعم من «التحالف الدولي»، فيما تتكرر احتجاجات العاملين في المؤسسات الخدمية على تدني الأجور وتأخر صرفها.",
        # 11 (background with a dated toll)
        "وكان مسلحون مجهولون يستقلون دراجة نارية قد اغتالوا، مساء السبت الماضي، عضواً في «مجلس الطبقة المدني» بعدة رصاصات أطلقوها عليه أمام منزله في الحي الأول بمدينة الطبقة.",
    ],
    events=[
        # the attack: headline 0, military source 1, ISIS claim and the source's account 2; 2 killed (the claim's
        # «قتل وإصابة سبعة» is no death count)
        E(True, ["ASSAULT"], [0, 1, 2], "هجوم شنّته", ["asserted", "reported"], mode="firearms",
          source=ISIS, recipient=SDF_FIGHTERS, location=HISHA,
          date=D("2022-05-17", "day", ("2022-05-17", "2022-05-18")), fatalities=2,
          attribution=["مصدر عسكري", "وكالة أعماق"], acled=ATTACK + CLASH, tpara=1),
        E(False, ["RETREAT"], [2], "لاذوا بالفرار", ["asserted", "reported"], mode="withdraw", source=ISIS,
          location=HISHA, date=D("2022-05-17", "day", ("2022-05-17", "2022-05-18"))),
        E(False, ["COERCE"], [2], "طوّقت", ["asserted", "reported"], mode="restrict", source=SDF_FIGHTERS,
          location=HISHA, date=D("2022-05-18", "day", ("2022-05-17", "2022-05-18"))),
        # the joint raid: headline 0, the SDF statement 3–4
        E(True, ["COERCE", "COOPERATE"], [0, 3, 4], "اعتُقل خلالها", ["asserted", "reported"], mode="arrest",
          source=SDF_COALITION, recipient=TABQA_SUSPECTS, location=TABQA, date=D("2022-05-18"),
          attribution=["المركز الإعلامي لقسد"], acled=ARREST, tpara=3),
        E(False, ["COERCE"], [4], "صادرت", ["asserted", "reported"], mode="confiscate", source=SDF_COALITION,
          location=TABQA, date=D("2022-05-18")),
        # the sit-in and its demand (no recipient named); the raid of last week is optional background
        E(True, ["PROTEST"], [5], "خيمة اعتصام", ["asserted"], mode="demo",
          source=TRIBESMEN, location=RAQQA_CITY, date=D("2022-05-18"), acled=PEACEFUL),
        E(False, ["COERCE"], [5], "مداهمة", ["historical", "asserted"], mode="arrest", source=ASAYISH,
          recipient=TRIBESMEN, location=RAQQA_EAST, date=D("2022-05-11", "week", ("2022-05-07", "2022-05-15"))),
        E(True, ["REQUEST"], [5], "وطالب", ["asserted"],
          source=TRIBESMEN, location=RAQQA_CITY, date=D("2022-05-18")),
        # the meeting and the promise; the promised release is planned
        E(True, ["CONSULT"], [6], "والتقى", ["asserted", "reported"],
          source=RAQQA_COUNCIL, recipient=TRIBESMEN, location=RAQQA_CITY, date=D("2022-05-18"),
          attribution=["أحد أعضاء الوفد"]),
        E(True, ["AGREE"], [6], "ووعد", ["asserted", "reported"],
          source=RAQQA_COUNCIL, recipient=TRIBESMEN, location=RAQQA_CITY, date=D("2022-05-18"),
          attribution=["أحد أعضاء الوفد"]),
        E(False, ["RETREAT"], [6], "والإفراج", ["planned"], mode="release", source=ASAYISH, recipient=TRIBESMEN,
          location=RAQQA_CITY),
        # the strike on its third day, the threat, and the threatened widening
        E(True, ["PROTEST"], [7], "إضرابهم", ["asserted"], mode="strike",
          source=HOSPITAL_WORKERS, recipient=HEALTH_COMMITTEE, location=RAQQA_CITY,
          date=D("2022-05-18", "day", ("2022-05-16", "2022-05-18")), acled=PEACEFUL),
        E(True, ["THREATEN"], [7], "وهدّد", ["asserted"],
          source=HOSPITAL_WORKERS, recipient=HEALTH_COMMITTEE, location=RAQQA_CITY, date=D("2022-05-18")),
        E(False, ["PROTEST"], [7], "بتوسيع الإضراب", ["hypothetical", "planned"], mode="strike",
          source=HOSPITAL_WORKERS, location=RAQQA_CITY),
        # yesterday's meeting («وكان … قد»), the offer it made (optional) and the rejection
        E(True, ["CONSULT"], [8], "اجتماع عُقد", ["asserted", "reported", "historical"],
          source=HOSPITAL_WORKERS, recipient=HEALTH_COMMITTEE, location=RAQQA_CITY, date=D("2022-05-17"),
          attribution=["أحد ممثلي العاملين"]),
        E(False, ["AGREE", "CONCEDE"], [8], "عرضت", ["asserted", "reported", "historical"],
          source=HEALTH_COMMITTEE, recipient=HOSPITAL_WORKERS, location=RAQQA_CITY, date=D("2022-05-17")),
        E(True, ["REJECT"], [8], "رفضه", ["asserted", "reported", "historical"],
          source=HOSPITAL_WORKERS, recipient=HEALTH_COMMITTEE, location=RAQQA_CITY, date=D("2022-05-17"),
          attribution=["أحد ممثلي العاملين"]),
        # the threat in leaflets: the perpetrator is only «يُعتقد», so no source is checked
        E(True, ["THREATEN"], [9], "هدّدوا", ["asserted"], mode="violence",
          recipient=AANES_EMPLOYEES, location=KARAMAH, date=D("2022-05-17", "day", ("2022-05-17", "2022-05-18")),
          attribution=["صور للمنشورات"]),
        E(False, ["ASSAULT"], [9], "القتل", ["hypothetical"], source=ISIS, recipient=AANES_EMPLOYEES,
          location=KARAMAH),
        # paragraph 10 is a generic statement: deliberately NO gold event
        E(True, ["ASSAULT"], [11], "اغتالوا", ["historical", "asserted"], mode="assassinate",
          source=GUNMEN, recipient=TABQA_MEMBER, location=TABQA, date=D("2022-05-14"), fatalities=1, acled=ATTACK),
    ],
))

# ============================================================================ 039: Quneitra and the Golan line (pan-Arab TV site style)
ARTICLES.append(dict(
    id="team8-039", slug="quneitra_khan_arnabeh_golan_line", published="2024-08-21",
    outlet="Al-Mashriq Today TV (fictional)",
    paras=[
        # 0 (headline: a drone strike and an incursion)
        "شهيدان بغارة لمسيّرة إسرائيلية في خان أرنبة.. وقوة من جيش الاحتلال تتوغل في ريف القنيطرة الجنوبي",
        # 1 (dateline; «مصادر ميدانية»)
        "القنيطرة – «المشرق اليوم»: استشهد مواطنان سوريان وأُصيب ثالث بجروح خطيرة، فجر اليوم الأربعاء، جراء غارة شنّتها طائرة مسيّرة تابعة لجيش الاحتلال الإسرائيلي على سيارة مدنية عند المدخل الغربي لمدينة خان أرنبة في ريف القنيطرة الأوسط، وفق ما أفادت به مصادر ميدانية لمراسل «المشرق اليوم».",
        # 2 (the same strike in Israel's claim, with a disputed target; the «planning» it alleges is no event)
        "وزعم جيش الاحتلال، في بيان نشره المتحدث باسمه، أنه «قضى على عنصرين في خلية إرهابية تعمل لصالح حزب الله» كانا «يخططان لتنفيذ هجمات ضد قواتنا في هضبة الجولان»، في حين أكدت المصادر أن الشهيدين من أبناء المنطقة ويعملان في تجارة المواشي، ولا ينتميان إلى أي جهة عسكرية.",
        # 3 (an incursion, bulldozing, an arrest and the withdrawal; «خط وقف إطلاق النار» is no event)
        "وفي سياق متصل، توغلت قوة من جيش الاحتلال، مؤلفة من دبابتين وجرافة عسكرية وعدد من الآليات، صباح اليوم، مسافة تقارب 600 متر داخل الأراضي السورية قرب بلدة كودنا في ريف القنيطرة الجنوبي، وجرفت مساحات من الأراضي الزراعية، واعتقلت راعيين من أبناء البلدة كانا يرعيان أغنامهما قرب خط وقف إطلاق النار، قبل أن تنسحب إلى داخل الجولان المحتل.",
        # 4 (a passive release through UNDOF; the agent is known from ¶3)
        "وأُفرج، بعد ظهر اليوم، عن أحد الراعيين عبر معبر القنيطرة، عن طريق قوة الأمم المتحدة لمراقبة فض الاشتباك (أندوف) التي سلّمته إلى ذويه، في حين لا يزال مصير الراعي الثاني مجهولاً، بحسب ما أفادت به مصادر محلية.",
        # 5 (a meeting with UNDOF; a participle demand and a participle warning)
        "وفي السياق، التقى محافظ القنيطرة، أمس، في مبنى المحافظة بمدينة البعث، وفداً من قيادة قوة «أندوف»، مطالباً إياها بـ«تحمّل مسؤولياتها في وقف الخروقات الإسرائيلية المتكررة لاتفاق فض الاشتباك»، ومؤكداً أن «سوريا تحتفظ بحقها في الدفاع عن أرضها بكل الوسائل المتاحة».",
        # 6 (arrests of alleged collaborators «خلال الأيام الماضية»)
        "على صعيد آخر، أوقفت الأجهزة الأمنية السورية، خلال الأيام الماضية، خمسة أشخاص في بلدتي جباتا الخشب وطرنجة بريف القنيطرة الشمالي، بتهمة «التعامل مع العدو الإسرائيلي» وتزويده بمعلومات عن تحركات الجيش السوري و«المقاومة» في المنطقة، بحسب ما أكده مصدر أمني لـ«المشرق اليوم».",
        # 7 (the same arrests: confessions, a future referral; no COOPERATE, no SANCTION)
        "وأوضح المصدر أن الموقوفين «اعترفوا» بتلقي مبالغ مالية عبر وسطاء مقابل تصوير مواقع عسكرية وإرسال إحداثياتها، مشيراً إلى أن التحقيقات «لا تزال جارية لكشف بقية أفراد الشبكة»، وأنهم سيُحالون إلى القضاء العسكري فور انتهائها.",
        # 8 (a smuggling clash with dead on both sides; the smugglers' flight)
        "وفي ريف القنيطرة الشمالي أيضاً، دارت اشتباكات، ليل أمس، بين دورية تابعة للجيش السوري ومجموعة من مهربي الأسلحة والمخدرات على طريق ترابي قرب بلدة حضر عند سفوح جبل الشيخ، ما أسفر عن مقتل أحد المهربين وجندي سوري وإصابة جنديين آخرين، فيما تمكّن بقية أفراد المجموعة من الفرار باتجاه الأراضي اللبنانية، وفق المصدر الأمني ذاته.",
        # 9 (a threat by a «resistance» group; «جريمة خان أرنبة» refers to the strike)
        "وتوعّدت «المقاومة الشعبية في الجولان»، في بيان تداولته قنوات على تطبيق «تلغرام»، بـ«الرد على جريمة خان أرنبة في الزمان والمكان المناسبين»، مؤكدةً أن «دماء الشهداء لن تذهب هدراً».",
        # 10 (a rumoured attack denied)
        "ونفت مصادر ميدانية ما تداولته وسائل إعلام عبرية عن «تسلل» مسلحين من الأراضي السورية إلى الجولان المحتل، ليل أمس، وإطلاقهم النار على دورية لجيش الاحتلال قرب بلدة مجدل شمس، مؤكدةً أن «الرواية الإسرائيلية مختلقة لتبرير العدوان».",
        # 11 (generic, analytic)
        "ويرى مراقبون أن جيش الاحتلال يسعى منذ أشهر إلى فرض «منطقة عازلة» بحكم الأمر الواقع على امتداد خط وقف إطلاق النار، من خلال التوغلات المتكررة وأعمال التجريف وحفر الخنادق، في ظل عجز قوات «أندوف» عن القيام بمهامها، وتصاعد الغارات التي تستهدف ما يصفه الاحتلال بـ«بنى تحتية» لحزب الله في الجنوب السوري.",
        # 12 (background with a dated toll)
        "وكانت مدفعية الاحتلال قد استهدفت، مساء الخميس الماضي، بعدة قذائف أطراف بلدة الرفيد في ريف القنيطرة الجنوبي، ما أدى إلى استشهاد راعٍ وإصابة طفل كان برفقته.",
    ],
    events=[
        # the strike: headline 0, lead 1, Israel's claim 2, «جريمة خان أرنبة» 9; 2 killed; disputed target
        E(True, ["ASSAULT"], [0, 1, 2, 9], "غارة شنّتها", ["asserted", "reported"], mode="aerial",
          source=ISRAEL, recipient=KA_VICTIMS, location=KHAN_ARNABEH, date=D("2024-08-21"), fatalities=2,
          attribution=["مصادر ميدانية", "بيان جيش الاحتلال"], acled=AIR, tpara=1),
        # the incursion: headline 0, details 3; the bulldozing and the withdrawal are optional
        E(True, ["MOBILIZE", "COERCE"], [0, 3], "توغلت", ["asserted"], mode="troops",
          source=ISRAEL, location=KUDNA, date=D("2024-08-21"), acled=OTHER, tpara=3),
        E(False, ["COERCE"], [3], "وجرفت", ["asserted"], mode="confiscate", source=ISRAEL, location=KUDNA,
          date=D("2024-08-21")),
        # the arrest of the shepherds; «أحد الراعيين» 4 is added
        E(True, ["COERCE"], [3, 4], "واعتقلت", ["asserted"], mode="arrest",
          source=ISRAEL, recipient=KUDNA_SHEPHERDS, location=KUDNA, date=D("2024-08-21"), acled=ARREST),
        E(False, ["RETREAT"], [3], "تنسحب", ["asserted"], mode="withdraw", source=ISRAEL, location=KUDNA,
          date=D("2024-08-21")),
        # the passive release: agent (Israel) from ¶3, UNDOF only hands him over
        E(True, ["RETREAT", "CONCEDE"], [4], "وأُفرج", ["asserted", "reported"], mode="release",
          source=ISRAEL, recipient=KUDNA_SHEPHERDS, location=QUNEITRA_CROSSING, date=D("2024-08-21"),
          attribution=["مصادر محلية"]),
        E(False, ["RETREAT"], [4], "سلّمته", ["asserted", "reported"], mode="release", source=UNDOF,
          recipient=KUDNA_SHEPHERDS, location=QUNEITRA_CROSSING, date=D("2024-08-21")),
        E(True, ["CONSULT"], [5], "التقى", ["asserted"],
          source=QUNEITRA_GOVERNOR, recipient=UNDOF, location=BAATH_CITY, date=D("2024-08-20")),
        E(False, ["REQUEST"], [5], "مطالباً", ["asserted"], source=QUNEITRA_GOVERNOR, recipient=UNDOF,
          location=BAATH_CITY, date=D("2024-08-20")),
        E(False, ["THREATEN"], [5], "ومؤكداً", ["asserted"], source=QUNEITRA_GOVERNOR, recipient=ISRAEL,
          location=BAATH_CITY, date=D("2024-08-20")),
        # the arrests of alleged collaborators: 6, «الموقوفين» 7
        E(True, ["COERCE"], [6, 7], "أوقفت", ["asserted", "reported"], mode="arrest",
          source=SYRIAN_SECURITY, recipient=QN_DETAINEES, location=JUBATA_TRUNJAH,
          date=D("2024-08-19", "week", ("2024-08-14", "2024-08-21")), attribution=["مصدر أمني"], acled=ARREST),
        # the smuggling clash: two-sided, 1 + 1 dead
        E(True, ["ASSAULT"], [8], "اشتباكات", ["asserted", "reported"], mode="firearms",
          source=ARMY_VS_SMUGGLERS, location=HADAR, date=D("2024-08-20", "day", ("2024-08-20", "2024-08-21")),
          fatalities=2, attribution=["مصدر أمني"], acled=CLASH),
        E(False, ["RETREAT"], [8], "الفرار", ["asserted", "reported"], mode="withdraw",
          source=ARMY_VS_SMUGGLERS, location=HADAR, date=D("2024-08-21", "day", ("2024-08-20", "2024-08-21"))),
        # the threat; the target (Israel) and the place come from the strike it answers
        E(True, ["THREATEN"], [9], "وتوعّدت", ["asserted", "reported"], mode="violence",
          source=GOLAN_RESISTANCE, recipient=ISRAEL, location=KHAN_ARNABEH, date=D("2024-08-21"),
          attribution=["بيان تداولته قنوات على تلغرام"]),
        # the rumoured attack, denied; «لتبرير العدوان» is NOT added to the strike (this ¶ holds its own ASSAULT)
        E(True, ["ASSAULT"], [10], "وإطلاقهم النار", ["rumored", "negated", "reported"], mode="firearms",
          source=GOLAN_GUNMEN, recipient=ISRAELI_PATROL, location=MAJDAL_SHAMS,
          date=D("2024-08-20", "day", ("2024-08-20", "2024-08-21")),
          attribution=["وسائل إعلام عبرية", "مصادر ميدانية (نفي)"]),
        # paragraph 11 is a generic (analytic) statement: deliberately NO gold event
        E(True, ["ASSAULT"], [12], "استهدفت", ["historical", "asserted"], mode="heavy-weapons",
          source=ISRAEL, recipient=RAFID_VICTIMS, location=RAFID, date=D("2024-08-15"), fatalities=1, acled=SHELL),
    ],
))

# ============================================================================ 040: Sweida (local network)
ARTICLES.append(dict(
    id="team8-040", slug="sweida_karama_square_atil", published="2024-05-24",
    outlet="Sada al-Jabal Network (fictional)",
    paras=[
        # 0 (headline: a demonstration and a clash)
        "آلاف المحتجين في «ساحة الكرامة» بالسويداء.. واشتباك بين مسلحين محليين وعناصر «أمن الدولة» على المدخل الشمالي للمدينة",
        # 1 (a Friday demonstration; banners with demands)
        "احتشد آلاف المحتجين، ظهر اليوم الجمعة، في «ساحة الكرامة» وسط مدينة السويداء، في مظاهرة مركزية جديدة ضمن الحراك السلمي المتواصل في المحافظة منذ آب الماضي، ورفعوا لافتات تطالب بـ«الانتقال السياسي» وتطبيق القرار الأممي 2254 والإفراج عن المعتقلين في سجون النظام، بحسب ما أفاد به مراسل «صدى الجبل».",
        # 2 (the same demonstration; slogans; «عمليات الخطف» is general)
        "وشاركت في المظاهرة وفود من مدينتي شهبا وصلخد وعدد من قرى الريف الغربي، وقدّر منظمون عدد المشاركين بنحو أربعة آلاف شخص، وردّد المشاركون هتافات تندد بـ«الحل الأمني» وتحمّل الأجهزة الأمنية مسؤولية «الفلتان» وعمليات الخطف.",
        # 3 (an abduction and a ransom demand; «مقابل إطلاق سراحه» is no event)
        "وفي سياق آخر، أقدم مسلحون مجهولون، مساء الأربعاء الماضي، على خطف الشاب كنان الشوفي، من أبناء بلدة المزرعة بريف السويداء الغربي، أثناء عودته من دمشق على طريق دمشق – السويداء قرب بلدة الصورة الكبيرة، واقتادوه إلى جهة مجهولة، ثم طالبوا عائلته، في اتصال هاتفي، بفدية قدرها 100 ألف دولار أمريكي مقابل إطلاق سراحه، وفق ما أفاد به أحد أقاربه لـ«صدى الجبل».",
        # 4 (a standalone release after a ransom; torture and a participle accusation)
        "وأُطلق سراح الشوفي، فجر اليوم، قرب بلدة الصورة الكبيرة، بعد أن دفعت عائلته للخاطفين مبلغ 30 ألف دولار جمعه أقاربه وأبناء بلدته، وقال القريب ذاته إن آثار ضرب وتعذيب ظهرت على جسده، متهماً عصابة مرتبطة بفرع «الأمن العسكري» بالوقوف وراء عملية الخطف.",
        # 5 (a clash at a checkpoint with two tolls (1 and 2); the arrest that set it off is optional)
        "وفي مدينة السويداء، اندلعت اشتباكات بالأسلحة الخفيفة والمتوسطة، مساء أمس الخميس، بين مسلحين من أبناء بلدة عتيل وعناصر من فرع «أمن الدولة» عند حاجز للفرع على المدخل الشمالي للمدينة، إثر توقيف الحاجز شاباً من البلدة بتهمة التخلف عن الخدمة العسكرية، ما أسفر عن مقتل عنصر من الفرع وإصابة اثنين من المسلحين، وفق مصادر محلية، في حين تحدثت صفحات موالية للنظام عن مقتل عنصرين.",
        # 6 (hostage-taking and an exchange carried out; the place is carried over from ¶5)
        "وعقب الاشتباكات، احتجز مسلحو البلدة ثلاثة عناصر من الفرع، بينهم ضابط برتبة ملازم، قبل أن يُطلق سراحهم، ظهر اليوم، في عملية تبادل أُفرج بموجبها عن الشاب الموقوف، بحسب ما أكده أحد وجهاء البلدة لـ«صدى الجبل».",
        # 7 (a statement by the spiritual leadership: an accusation and a demand; its contents are no events)
        "وأصدرت «الرئاسة الروحية للمسلمين الموحدين الدروز» في السويداء، اليوم، بياناً حمّلت فيه «الأجهزة الأمنية» مسؤولية «التوتر المتصاعد» في المحافظة، وطالبت بـ«الكفّ عن الاستفزازات على الحواجز، ومحاسبة العصابات التي تعبث بأمن الناس وأرزاقهم»، مشددةً على أن «السلم الأهلي في الجبل خط أحمر».",
        # 8 (a rumoured mobilisation, denied)
        "ونفى مصدر في محافظة السويداء ما تداولته صفحات على مواقع التواصل الاجتماعي عن وصول تعزيزات عسكرية كبيرة من دمشق إلى مطار الثعلة العسكري غربي المدينة خلال الساعات الماضية، مؤكداً أن «ما يُشاع عارٍ عن الصحة» وأن «لا نية لأي حل أمني».",
        # 9 (a call for a strike «يوم الأحد المقبل»: planned; the habitual arrests are no event)
        "ودعت «تنسيقية الحراك السلمي» في السويداء إلى إضراب عام في المدينة يوم الأحد المقبل، احتجاجاً على حملات التوقيف على الحواجز، على أن يقتصر الإضراب على يوم واحد «كخطوة أولى».",
        # 10 (generic)
        "ومنذ انطلاق الحراك في آب 2023، تحوّلت «ساحة الكرامة» إلى مركز للاحتجاجات الأسبوعية في المحافظة، في حين تتكرر عمليات الخطف مقابل الفدية على طريق دمشق – السويداء والاحتكاكات على حواجز الأفرع الأمنية، وسط اتهامات للأجهزة الأمنية بالتغاضي عن نشاط العصابات المحلية أو رعايتها.",
        # 11 (background with a dated toll)
        "وكان مجهولون قد أطلقوا النار، مساء الإثنين الماضي، على الناشط في الحراك السلمي فراس أبو عاصي أمام منزله في بلدة القريّا بريف السويداء الجنوبي، ما أدى إلى مقتله على الفور، ولم تتبنَّ أي جهة العملية.",
    ],
    events=[
        # the demonstration: headline 0, correspondent 1, details 2
        E(True, ["PROTEST"], [0, 1, 2], "مظاهرة مركزية", ["asserted"], mode="demo",
          source=SWEIDA_PROTESTERS, location=SWEIDA_CITY, date=D("2024-05-24"), attribution=["مراسل صدى الجبل"],
          acled=PEACEFUL, tpara=1),
        E(False, ["REQUEST"], [1], "تطالب", ["asserted"], source=SWEIDA_PROTESTERS, recipient=REGIME,
          location=SWEIDA_CITY, date=D("2024-05-24")),
        E(False, ["ACCUSE"], [2], "تندد", ["asserted"], source=SWEIDA_PROTESTERS, recipient=SECURITY_SERVICES,
          location=SWEIDA_CITY, date=D("2024-05-24")),
        # the abduction «مساء الأربعاء الماضي» (from a Friday); «للخاطفين» 4 is added
        E(True, ["ASSAULT"], [3, 4], "خطف", ["asserted", "reported"], mode="abduct",
          source=KIDNAPPERS, recipient=SHOUFI, location=SAWRA, date=D("2024-05-22"),
          attribution=["أحد أقاربه"], acled=ABDUCT),
        # the ransom demand (after the abduction, before the release)
        E(True, ["REQUEST"], [3], "طالبوا", ["asserted", "reported"],
          source=KIDNAPPERS, recipient=SHOUFI_FAMILY, location=SAWRA,
          date=D("2024-05-22", "day", ("2024-05-22", "2024-05-24")), attribution=["أحد أقاربه"]),
        # the release: its own paragraph and day, so core (unlike the fifth set's 024-G11)
        E(True, ["RETREAT", "CONCEDE"], [4], "وأُطلق سراح", ["asserted", "reported"], mode="release",
          source=KIDNAPPERS, recipient=SHOUFI, location=SAWRA, date=D("2024-05-24"), attribution=["أحد أقاربه"]),
        E(False, ["ASSAULT"], [4], "ضرب وتعذيب", ["asserted", "reported"], mode="torture", source=KIDNAPPERS,
          recipient=SHOUFI, location=SAWRA),
        E(False, ["ACCUSE"], [4], "متهماً", ["asserted", "reported"], source=SHOUFI_FAMILY,
          recipient=SECURITY_SERVICES, location=SAWRA, date=D("2024-05-24")),
        # the clash: headline 0, details 5; two-sided; the lowest toll is 1 (loyalist pages say 2)
        E(True, ["ASSAULT"], [0, 5], "اشتباكات", ["asserted", "reported"], mode="firearms",
          source=ATIL_VS_SS, location=ATIL_NORTH, date=D("2024-05-23"), fatalities=1,
          attribution=["مصادر محلية", "صفحات موالية للنظام"], acled=CLASH, tpara=5),
        E(False, ["COERCE"], [5], "توقيف", ["asserted", "reported"], mode="arrest", source=STATE_SECURITY,
          location=ATIL_NORTH, date=D("2024-05-23")),
        # hostage-taking after the clash (the place is carried over: «مسلحو البلدة» = Atil)
        E(True, ["ASSAULT", "COERCE"], [6], "احتجز", ["asserted", "reported"], mode="abduct",
          source=ATIL_GUNMEN, recipient=SS_HOSTAGES, location=ATIL_NORTH,
          date=D("2024-05-23", "day", ("2024-05-23", "2024-05-24")), attribution=["أحد وجهاء البلدة"], acled=ABDUCT),
        # the exchange carried out: both sides release; «أُفرج بموجبها» optional
        E(True, ["RETREAT", "COOPERATE", "CONCEDE"], [6], "عملية تبادل", ["asserted", "reported"], mode="release",
          source=ATIL_VS_SS, location=ATIL_NORTH, date=D("2024-05-24"), attribution=["أحد وجهاء البلدة"],
          acled=OTHER),
        E(False, ["RETREAT"], [6], "أُفرج بموجبها", ["asserted", "reported"], mode="release",
          source=STATE_SECURITY, location=ATIL_NORTH, date=D("2024-05-24")),
        # the spiritual leadership's statement: accusation and demand (no recipient named for the demand)
        E(True, ["ACCUSE"], [7], "حمّلت", ["asserted", "reported"],
          source=SPIRITUAL, recipient=SECURITY_SERVICES, location=SWEIDA_GOV, date=D("2024-05-24"),
          attribution=["بيان الرئاسة الروحية"]),
        E(True, ["REQUEST"], [7], "وطالبت", ["asserted", "reported"],
          source=SPIRITUAL, location=SWEIDA_GOV, date=D("2024-05-24"), attribution=["بيان الرئاسة الروحية"]),
        # the rumoured reinforcements, denied: no actor is named («من دمشق»), so checked on place and day only
        E(True, ["MOBILIZE"], [8], "تعزيزات عسكرية", ["rumored", "negated", "reported"], mode="troops",
          location=THAALAH, date=D("2024-05-24", "day", ("2024-05-23", "2024-05-24")),
          attribution=["صفحات على مواقع التواصل الاجتماعي", "مصدر في محافظة السويداء (نفي)"]),
        # the call for a strike «يوم الأحد المقبل»: one planned event, PROTEST first, REQUEST accepted
        E(True, ["PROTEST", "REQUEST"], [9], "إضراب عام", ["planned"], mode="strike",
          source=COORDINATION, location=SWEIDA_CITY, date=D("2024-05-26")),
        # paragraph 10 is a generic statement: deliberately NO gold event
        E(True, ["ASSAULT"], [11], "أطلقوا النار", ["historical", "asserted"], mode="assassinate",
          source=GUNMEN, recipient=ABU_ASSI, location=QURAYYA, date=D("2024-05-20"), fatalities=1, acled=ATTACK),
    ],
))


if __name__ == "__main__":
    build(HERE, ARTICLES, "team8.gold.json", id_prefix="team8", first_number=FIRST_NUMBER)
