#!/usr/bin/env python3
"""Write the second team-made article set (NNN_slug.txt, ids team2-006 ... team2-010) and its gold
(team2.gold.json).

The articles and annotations live here so that every offset is computed, never typed by hand:
para_spans are the [start, end) code-point offsets of each line (newline excluded) in the file text,
trigger spans are found inside the named paragraph. Run from anywhere:
    python3 benchmarks/data/articles2/build_gold.py && python3 benchmarks/data/articles2/check_gold.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from actors_places import *  # noqa: E402
from goldkit import D, E, build  # noqa: E402

FIRST_NUMBER = 6  # file and id numbering continues after the first set (001-005)


ARTICLES = []

# ============================================================================ 006: South Damascus, the checkpoint
ARTICLES.append(dict(
    id="team2-006", slug="south_damascus_checkpoint", published="2017-11-14",
    outlet="Janoub al-Asima News (fictional)",
    paras=[
        # 0
        "أغلقت قوات النظام، صباح أمس الاثنين، حاجز ببيلا–سيدي مقداد، المنفذ الوحيد الذي يربط بلدات يلدا وببيلا وبيت سحم جنوبي دمشق بالعاصمة، ومنعت حركة المدنيين ودخول المواد الغذائية والمحروقات إلى المنطقة حتى ساعة إعداد هذا التقرير.",
        # 1
        "وقال مراسلنا في جنوب دمشق إن عناصر الحاجز التابع لفرع «الأمن العسكري» أبلغوا الأهالي المتجمعين عند المعبر بأن الإغلاق جاء «بأوامر عليا»، وأن الحاجز سيبقى مغلقاً «حتى إشعار آخر»، وذلك على خلفية رفض اللجان المحلية في البلدات الثلاث تسليم قوائم بأسماء الشبان المطلوبين للخدمة الإلزامية.",
        # 2
        "واعتُقلت امرأتان وشاب من أبناء بلدة يلدا على الحاجز ذاته، قبل إغلاقه بساعات، أثناء عودتهم من أعمالهم في العاصمة، بحسب ما أفاد به أحد أقاربهم لشبكتنا، مرجحاً أن يكون سبب اعتقالهم «تقارير كيدية».",
        # 3
        "وفي أعقاب الإغلاق، خرج مئات من أهالي البلدات الثلاث، ظهر اليوم الثلاثاء، في مظاهرة انطلقت من ساحة بلدة يلدا باتجاه الحاجز، رفعوا خلالها لافتات كُتب عليها «الحصار جريمة حرب»، وطالبوا قوات النظام بإعادة فتح المعبر والإفراج عن المعتقلين الثلاثة.",
        # 4
        "وأفاد ناشطون بأن عناصر الحاجز أطلقوا الرصاص في الهواء لتفريق المتظاهرين عند اقترابهم من ساحة المعبر، دون أن يسفر ذلك عن إصابات في صفوفهم.",
        # 5
        "من جهتها، طالبت «اللجنة السياسية» في البلدات الثلاث الجانب الروسي، بصفته ضامناً لاتفاق الهدنة المعمول به في المنطقة منذ عام 2014، بالتدخل «الفوري» لإعادة فتح الحاجز، محمّلةً النظام المسؤولية الكاملة عن أي كارثة إنسانية قد تحل بأكثر من مئة ألف مدني يقطنون جنوب دمشق.",
        # 6
        "وفي سياق منفصل، قُتل القيادي في «جيش الأبابيل» خالد السعدي، المعروف بـ«أبو جعفر الحوراني»، مساء أول أمس الأحد، إثر انفجار عبوة ناسفة زُرعت في سيارته أثناء مروره في الشارع العام لبلدة ببيلا، ولم تتبنَّ أي جهة العملية حتى لحظة إعداد هذا التقرير.",
        # 7
        "واتهم ناشطون من المنطقة خلايا تابعة لتنظيم «داعش» في الحجر الأسود بالوقوف وراء عملية الاغتيال، في حين نفى حساب مقرب من التنظيم على «تلغرام» أي علاقة له بالحادثة.",
        # 8
        "وكانت بلدة يلدا قد شهدت، الخميس الماضي، مقتل طفل في العاشرة من عمره برصاص قناص تابع للتنظيم يتمركز على أطراف الحجر الأسود، أثناء توجهه إلى مدرسته في الحي الجنوبي من البلدة.",
        # 9
        "ويقطن في بلدات جنوب دمشق أكثر من مئة ألف مدني، بينهم آلاف النازحين من مخيم اليرموك والحجر الأسود، يعتمدون بشكل شبه كامل على ما يدخل عبر حاجز ببيلا من مواد غذائية، في حين يلجأ النظام إلى إغلاق الحاجز بين حين وآخر للضغط على اللجان المحلية والفصائل.",
        # 10
        "ومن المقرر أن يلتقي وفد من اللجنة السياسية ضباطاً روساً عند حاجز ببيلا–سيدي مقداد يوم الخميس المقبل لبحث إعادة فتح المعبر، بحسب ما ذكره عضو في اللجنة لمراسلنا، مشيراً إلى أن الوفد سيطالب أيضاً بالإفراج عن المعتقلين الثلاثة وضمان عدم تكرار الإغلاق.",
        # 11
        "وتداولت صفحات محلية على «فيسبوك»، مساء اليوم، أنباء عن نية النظام إعادة فتح الحاجز جزئياً أمام الطلاب والموظفين اعتباراً من صباح الغد، دون أن يصدر أي تأكيد من الجهات المسؤولة عن الحاجز.",
    ],
    events=[
        # the closure, told in 0 and retold (with the guards' explanation) in 1
        E(True, ["COERCE"], [0, 1], "أغلقت", ["asserted"], mode="restrict",
          source=MIL_SECURITY, recipient=SD_RESIDENTS, location=SIDI_MIQDAD_CP, date=D("2017-11-13"),
          attribution=["مراسلنا"], acled=["Strategic developments/Other"]),
        # the committees' refusal that caused the closure: undated background
        E(False, ["REJECT"], [1], "رفض اللجان المحلية", ["historical", "asserted"],
          source=SD_COMMITTEE, recipient=REGIME, location=THREE_TOWNS),
        # passive arrest without a named agent: the agent is the checkpoint of paragraph 1
        E(True, ["COERCE"], [2], "واعتُقلت", ["asserted", "reported"], mode="arrest",
          source=MIL_SECURITY, recipient=YALDA_DETAINEES, location=SIDI_MIQDAD_CP,
          date=D("2017-11-13", "day", ("2017-11-12", "2017-11-13")), attribution=["أحد أقاربهم"],
          acled=["Strategic developments/Arrests"]),
        E(True, ["PROTEST"], [3, 4], "مظاهرة", ["asserted"], mode="demo",
          source=SD_RESIDENTS, recipient=REGIME, location=YALDA, date=D("2017-11-14"),
          acled=["Protests/Protest with intervention"]),
        E(True, ["REQUEST"], [3], "وطالبوا", ["asserted"],
          source=SD_RESIDENTS, recipient=REGIME, location=YALDA, date=D("2017-11-14")),
        E(True, ["COERCE", "ASSAULT"], [4], "لتفريق المتظاهرين", ["asserted", "reported"], mode="firearms",
          source=MIL_SECURITY, recipient=SD_RESIDENTS, location=SIDI_MIQDAD_CP, date=D("2017-11-14"),
          attribution=["ناشطون"], acled=["Protests/Protest with intervention"]),
        # statement with no explicit day, reacting to yesterday's closure: yesterday or today
        E(True, ["REQUEST"], [5], "طالبت", ["asserted"],
          source=SD_COMMITTEE, recipient=RUSSIA, location=THREE_TOWNS,
          date=D("2017-11-14", "day", ("2017-11-13", "2017-11-14"))),
        # participle clause inside the appeal: optional (like «محذرين»/«داعياً» in the first set)
        E(False, ["ACCUSE"], [5], "محمّلةً", ["asserted"],
          source=SD_COMMITTEE, recipient=REGIME, location=THREE_TOWNS,
          date=D("2017-11-14", "day", ("2017-11-13", "2017-11-14"))),
        E(False, ["AGREE"], [5], "اتفاق الهدنة", ["historical", "asserted"],
          source=merge(REGIME, SD_COMMITTEE), location=THREE_TOWNS,
          date=D("2014-06-30", "year", ("2014-01-01", "2014-12-31")),
          acled=["Strategic developments/Agreement"]),
        # IED assassination, no perpetrator named in 6; the accusation in 7 refers to the same event
        E(True, ["ASSAULT"], [6, 7], "انفجار عبوة ناسفة", ["asserted"], mode="explosives",
          recipient=JAYSH_ABABIL, location=BABILA, date=D("2017-11-12"), fatalities=1,
          acled=["Explosions/Remote violence/Remote explosive/landmine/IED"]),
        E(True, ["ACCUSE"], [7], "واتهم", ["asserted"],
          source=ACTIVISTS, recipient=ISIS, location=BABILA,
          date=D("2017-11-13", "day", ("2017-11-12", "2017-11-14"))),
        # background with «وكانت ... قد», dated (last Thursday), with a toll: core
        E(True, ["ASSAULT"], [8], "برصاص قناص", ["historical", "asserted"], mode="firearms",
          source=ISIS, recipient=CIVILIANS, location=YALDA_ONLY, date=D("2017-11-09"), fatalities=1,
          acled=["Violence against civilians/Attack"]),
        # paragraph 9 is a generic statement (population, habitual closures): deliberately NO gold event
        E(True, ["CONSULT"], [10], "يلتقي", ["planned"],
          source=SD_COMMITTEE, recipient=RUSSIA, location=SIDI_MIQDAD_CP, date=D("2017-11-16"),
          attribution=["عضو في اللجنة", "مراسلنا"]),
        E(False, ["REQUEST"], [10], "سيطالب", ["planned"],
          source=SD_COMMITTEE, recipient=RUSSIA, location=SIDI_MIQDAD_CP, date=D("2017-11-16")),
        # rumoured intention to reopen (open access): optional
        E(False, ["RETREAT", "CONCEDE"], [11], "إعادة فتح الحاجز", ["rumored", "planned", "reported"],
          mode="access", source=REGIME, location=SIDI_MIQDAD_CP, date=D("2017-11-15")),
    ],
))

# ============================================================================ 007: Yarmouk / Hajar al-Aswad / Qadam / Tadamon
ARTICLES.append(dict(
    id="team2-007", slug="yarmouk_hajar_clashes", published="2017-08-09",
    outlet="Sawt al-Mukhayyam Network (fictional)",
    paras=[
        # 0 (headline)
        "اشتباكات بين «داعش» و«هيئة تحرير الشام» في مخيم اليرموك توقع قتلى من الطرفين، وقصف للنظام على الحجر الأسود",
        # 1
        "اندلعت، فجر اليوم الأربعاء، اشتباكات عنيفة بين عناصر تنظيم «داعش» ومقاتلي «هيئة تحرير الشام» على محور ساحة الريجة وشارع لوبية في مخيم اليرموك جنوب دمشق، إثر هجوم شنه التنظيم على نقاط الهيئة في الجهة الغربية من المخيم.",
        # 2
        "وقال مراسلنا في المخيم إن المواجهات استمرت نحو أربع ساعات، استخدم خلالها الطرفان الأسلحة الرشاشة وقذائف الهاون، وأسفرت عن مقتل خمسة عناصر من التنظيم وثلاثة من مقاتلي الهيئة، بينهم القيادي الميداني «أبو هاشم الصفدي»، فيما أصيب مدنيان بشظايا قذيفة سقطت على منزلهما في شارع صفد.",
        # 3
        "ونقلت صفحة «يرموك نيوز 24» على «فيسبوك» عن مصدر في الهيئة أن مقاتليها تمكنوا من صد الهجوم واستعادة نقطتين كان التنظيم قد تقدم إليهما في الساعات الأولى، في حين زعم حساب مقرب من التنظيم على «تلغرام» أن عناصره «سيطروا على كتل سكنية جديدة» داخل المخيم.",
        # 4
        "وفي الحجر الأسود، استهدفت قوات النظام، ظهر اليوم، الأحياء الخاضعة لسيطرة التنظيم بقذائف المدفعية وصواريخ «الفيل»، ما أدى إلى مقتل ثلاثة مدنيين، بينهم امرأة، وإصابة آخرين، وفق ما وثقه «مكتب توثيق جنوب دمشق».",
        # 5
        "كما دارت، مساء أمس الثلاثاء، اشتباكات متقطعة بين عناصر التنظيم وقوات النظام على محور حي القدم – العسالي، دون ورود معلومات عن خسائر بشرية.",
        # 6
        "وفي سياق آخر، اعتقل عناصر «ديوان الحسبة» التابع للتنظيم، أمس الثلاثاء، ستة شبان في شارع الثلاثين بمخيم اليرموك بتهمة بيع السجائر، بحسب ما أفاد به أحد سكان المخيم لشبكتنا.",
        # 7
        "وأفرج التنظيم في وقت لاحق عن ثلاثة منهم بعد إخضاعهم لـ«دورة شرعية» وتغريمهم مبالغ مالية، في حين لا يزال مصير الثلاثة الآخرين مجهولاً.",
        # 8
        "وفي حي التضامن المجاور، أُصيب شاب برصاص قناص تابع لميليشيا «الدفاع الوطني» المتمركزة على أطراف الحي، ظهر أمس، أثناء محاولته الوصول إلى منزله، بحسب ما ذكره ناشطون من الحي.",
        # 9
        "إنسانياً، وزعت وكالة «الأونروا»، صباح اليوم، سلالاً غذائية ومواد صحية على نحو ألفي عائلة من مهجري مخيم اليرموك المقيمين في بلدة يلدا، في أول توزيع من نوعه منذ ثلاثة أشهر.",
        # 10
        "وناشدت «رابطة أهالي مخيم اليرموك» المنظمات الدولية والفصائل الفلسطينية التدخل لتحييد المدنيين عن المعارك، وفتح ممر آمن لإخراج الجرحى والمرضى من المخيم نحو بلدة يلدا، محذّرة من «كارثة إنسانية» في حال تجدد الاشتباكات داخل الأحياء المأهولة.",
        # 11
        "وكانت الاشتباكات بين التنظيم والهيئة قد تجددت مطلع الشهر الجاري بعد هدوء حذر استمر أسابيع، وقُتل خلال أيامها الأولى أحد عشر عنصراً من الجانبين، بحسب «مكتب توثيق جنوب دمشق».",
        # 12
        "ويتقاسم تنظيم «داعش» و«هيئة تحرير الشام» السيطرة على مخيم اليرموك، في حين تفرض قوات النظام والفصائل الفلسطينية الموالية لها حصاراً على المخيم منذ سنوات، تسبب بوفاة عشرات المدنيين جوعاً ونقصاً في الرعاية الطبية.",
    ],
    events=[
        # one clash: headline 0, details 1, toll 2, the two sides' claims 3
        E(True, ["ASSAULT"], [0, 1, 2, 3], "اشتباكات عنيفة", ["asserted", "reported"], mode="firearms",
          source=ISIS_HTS, location=YARMOUK, date=D("2017-08-09"),
          attribution=["مراسلنا", "يرموك نيوز 24"], fatalities=8, acled=["Battles/Armed clash"], tpara=1),
        # the attack that started the clash: part of it; a separate ASSAULT is tolerated
        E(False, ["ASSAULT"], [1], "هجوم", ["asserted"], mode="firearms",
          source=ISIS, recipient=HTS, location=YARMOUK, date=D("2017-08-09")),
        # ISIS's claimed gains: a claim inside the same clash
        E(False, ["ASSAULT", "COERCE"], [3], "سيطروا", ["reported", "rumored", "asserted"],
          source=ISIS, recipient=HTS, location=YARMOUK, date=D("2017-08-09")),
        E(True, ["ASSAULT"], [0, 4], "استهدفت", ["asserted", "reported"], mode="heavy-weapons",
          source=REGIME, recipient=merge(CIVILIANS, ISIS), location=HAJAR, date=D("2017-08-09"),
          attribution=["مكتب توثيق جنوب دمشق"], fatalities=3,
          acled=["Explosions/Remote violence/Shelling/artillery/missile attack"], tpara=4),
        E(True, ["ASSAULT"], [5], "اشتباكات متقطعة", ["asserted"], mode="firearms",
          source=merge(ISIS, REGIME), location=QADAM, date=D("2017-08-08"), acled=["Battles/Armed clash"]),
        E(True, ["COERCE"], [6], "اعتقل", ["asserted", "reported"], mode="arrest",
          source=ISIS_HISBA, recipient=YARMOUK_YOUNG_MEN, location=YARMOUK, date=D("2017-08-08"),
          attribution=["أحد سكان المخيم"], acled=["Strategic developments/Arrests"]),
        E(True, ["RETREAT", "CONCEDE"], [7], "وأفرج", ["asserted", "reported"], mode="release",
          source=ISIS_HISBA, recipient=YARMOUK_YOUNG_MEN, location=YARMOUK_HAJAR,
          date=D("2017-08-08", "day", ("2017-08-08", "2017-08-09"))),
        # the fine imposed on release: a minor punitive sub-action
        E(False, ["SANCTION", "COERCE"], [7], "وتغريمهم", ["asserted"],
          source=ISIS_HISBA, recipient=YARMOUK_YOUNG_MEN, location=YARMOUK),
        # passive wounding by a sniper («برصاص قناص تابع لـ»), no death
        E(True, ["ASSAULT"], [8], "برصاص قناص", ["asserted", "reported"], mode="firearms",
          source=NDF, recipient=merge(CIVILIANS, {"en": ["young man"], "ar": ["شاب"]}), location=TADAMON,
          date=D("2017-08-08"), attribution=["ناشطون من الحي"], acled=["Violence against civilians/Attack"]),
        E(True, ["AID"], [9], "وزعت", ["asserted"], mode="humanitarian",
          source=UNRWA, recipient=YARMOUK_DISPLACED, location=YALDA_ONLY, date=D("2017-08-09")),
        E(True, ["REQUEST"], [10], "وناشدت", ["asserted"],
          source=YARMOUK_ASSOC, recipient=INTL_ORGS, location=YARMOUK, date=D("2017-08-09")),
        # requested evacuation of the wounded, and the feared renewal of fighting: not events yet
        E(False, ["RETREAT", "AID"], [10], "لإخراج الجرحى", ["hypothetical", "planned"], mode="access",
          location=YARMOUK),
        E(False, ["ASSAULT"], [10], "تجدد الاشتباكات", ["hypothetical"], source=ISIS_HTS, location=YARMOUK),
        # background with «وكانت ... قد», dated (start of this month), with a toll: core
        E(True, ["ASSAULT"], [11], "تجددت", ["historical", "asserted", "reported"], mode="firearms",
          source=ISIS_HTS, location=YARMOUK, date=D("2017-08-03", "week", ("2017-08-01", "2017-08-07")),
          attribution=["مكتب توثيق جنوب دمشق"], fatalities=11, acled=["Battles/Armed clash"]),
        # paragraph 12 is a generic statement (control, the long siege, deaths by hunger): NO gold event
    ],
))

# ============================================================================ 008: Eastern Ghouta, March 2018
ARTICLES.append(dict(
    id="team2-008", slug="eastern_ghouta_douma_harasta", published="2018-03-23",
    outlet="Ghouta Today Network (fictional)",
    paras=[
        # 0
        "تعرضت مدينة دوما في الغوطة الشرقية، صباح اليوم الجمعة، لغارات جوية مكثفة نفذتها طائرات حربية روسية، تزامناً مع جولة مفاوضات جديدة بين «جيش الإسلام» والجانب الروسي حول مصير المدينة.",
        # 1
        "وقال «الدفاع المدني السوري» في ريف دمشق إن الغارات استهدفت سوقاً شعبياً ومحيط أحد المشافي الميدانية وسط المدينة، ما أدى إلى مقتل 11 مدنياً، بينهم 4 أطفال، وإصابة أكثر من ثلاثين آخرين، مشيراً إلى أن فرقه ما زالت تبحث عن مفقودين تحت الأنقاض.",
        # 2
        "وعلى جبهة عربين، دارت اشتباكات عنيفة بين «فيلق الرحمن» وقوات النظام المدعومة بميليشيا «قوات النمر» على أطراف البلدة من جهة كفربطنا، التي سيطرت عليها قوات النظام الأسبوع الماضي، وأعلن الفيلق في بيان مقتل سبعة عناصر من قوات النظام وأربعة من مقاتليه.",
        # 3
        "وعلى صعيد المفاوضات، عقدت لجنة مدنية تمثل أهالي دوما، بمشاركة قياديين في «جيش الإسلام»، اجتماعاً مع ضباط روس في مخيم الوافدين على أطراف المدينة استمر نحو خمس ساعات، لبحث مستقبل دوما، دون التوصل إلى نتيجة نهائية، بحسب ما نقلته صفحة «تنسيقية مدينة دوما» على «فيسبوك».",
        # 4
        "وأكد مصدر في «جيش الإسلام» لشبكتنا أن الفصيل «يرفض رفضاً قاطعاً أي اتفاق يقضي بتهجير أهالي دوما إلى الشمال السوري»، وأن وفده أبلغ الضباط الروس بهذا الموقف خلال الاجتماع.",
        # 5
        "في المقابل، نقلت مصادر مطلعة على سير المفاوضات أن الضباط الروس هددوا بشن «عملية عسكرية شاملة» على دوما في حال رفض «جيش الإسلام» المقترح الروسي، ومنحوا الفصيل مهلة تنتهي مساء الأحد المقبل للرد.",
        # 6
        "وفي مدينة حرستا، خرجت مساء أمس الخميس 22 آذار دفعة جديدة من مقاتلي «حركة أحرار الشام الإسلامية» وعائلاتهم على متن ست عشرة حافلة باتجاه الشمال السوري، بموجب الاتفاق الذي أبرمته الحركة مع الجانب الروسي مطلع الأسبوع، وضمت الدفعة نحو ثمانمئة شخص بينهم قرابة مئتي مقاتل، بحسب ما أكده ناشطون.",
        # 7
        "من جهة أخرى، ذكرت صفحة «مرصد حمورية المدني»، نقلاً عن ذوي عدد من المعتقلين، أن قوات النظام اعتقلت عشرات الشبان من بين المدنيين الواصلين إلى مراكز الإيواء في مدينة عدرا عبر ممر حمورية خلال اليومين الماضيين، بحجة «التدقيق الأمني».",
        # 8
        "إلى ذلك، دخلت قافلة مساعدات إنسانية مشتركة بين الأمم المتحدة و«الهلال الأحمر العربي السوري»، ظهر أمس، إلى مدينة دوما، تضم ثلاث عشرة شاحنة محملة بمواد غذائية وطبية مخصصة لأهالي المدينة، في أول قافلة تدخل المدينة منذ أكثر من أسبوعين، وفق ما أعلنه مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية.",
        # 9
        "ونظم العشرات من أهالي دوما، عصر أمس، وقفة احتجاجية أمام مبنى المجلس المحلي في المدينة، طالبوا خلالها الوفد المفاوض بالتوصل إلى حل يضمن سلامة المدنيين ويوقف القصف على الأحياء السكنية.",
        # 10
        "وتحدثت أنباء غير مؤكدة، تداولتها صفحات موالية للنظام، عن توقيع «فيلق الرحمن» اتفاقاً مع الجانب الروسي يقضي بخروج مقاتليه من بلدات عربين وزملكا وعين ترما وحي جوبر نحو إدلب، في حين نفى مصدر في الفيلق لشبكتنا «توقيع أي اتفاق حتى اللحظة».",
        # 11
        "وكان الطيران المروحي التابع للنظام قد استهدف، الأحد الماضي، الأطراف الشرقية لمدينة حرستا بعدد من البراميل المتفجرة، ما أسفر عن مقتل ثلاثة من مقاتلي «أحرار الشام» وامرأة كانت في منزل مجاور.",
        # 12
        "وتتعرض الغوطة الشرقية منذ أسابيع لحملة عسكرية هي الأعنف منذ سنوات، أودت بحياة مئات المدنيين ودفعت عشرات الآلاف إلى النزوح، فيما باتت قوات النظام تسيطر على أكثر من ثلثي مساحتها، وفق تقديرات ناشطين.",
    ],
    events=[
        # air strikes: headline-like lead 0, toll (digits) from the Civil Defence in 1
        E(True, ["ASSAULT"], [0, 1], "لغارات جوية", ["asserted", "reported"], mode="aerial",
          source=RUSSIA, recipient=CIVILIANS, location=DOUMA, date=D("2018-03-23"),
          attribution=["الدفاع المدني السوري"], fatalities=11,
          acled=["Explosions/Remote violence/Air/drone strike"]),
        # «بين X و Y» clash with tolls for both sides (7 + 4); no explicit day: yesterday or today
        E(True, ["ASSAULT"], [2], "اشتباكات عنيفة", ["asserted", "reported"], mode="firearms",
          source=FAYLAQ_REGIME, location=ARBIN, date=D("2018-03-23", "day", ("2018-03-22", "2018-03-23")),
          attribution=["بيان فيلق الرحمن"], fatalities=11, acled=["Battles/Armed clash"]),
        # the regime's takeover of Kafr Batna last week, in a relative clause: background, optional
        E(False, ["ASSAULT", "COERCE"], [2], "سيطرت", ["historical", "asserted"],
          source=REGIME, location=ARBIN, date=D("2018-03-17", "week", ("2018-03-13", "2018-03-21")),
          acled=["Battles/Government regains territory"]),
        # the negotiation round: announced in 0, the meeting in 3, its content in 4
        E(True, ["CONSULT"], [0, 3, 4], "اجتماعاً", ["asserted", "reported"],
          source=DOUMA_NEGOTIATORS, recipient=RUSSIA, location=DOUMA_WAFIDEEN, date=D("2018-03-23"),
          attribution=["تنسيقية مدينة دوما"], tpara=3),
        E(True, ["REJECT"], [4], "يرفض", ["asserted", "reported"],
          source=JAYSH_ISLAM, recipient=RUSSIA, location=DOUMA, date=D("2018-03-23"),
          attribution=["مصدر في جيش الإسلام"]),
        E(True, ["THREATEN"], [5], "هددوا", ["asserted", "reported"], mode="violence",
          source=RUSSIA, recipient=JAYSH_ISLAM, location=DOUMA, date=D("2018-03-23"),
          attribution=["مصادر مطلعة على سير المفاوضات"]),
        # the threatened offensive (after the Sunday deadline) and the Russian proposal: optional
        E(False, ["ASSAULT"], [5], "عملية عسكرية شاملة", ["hypothetical", "planned"],
          source=RUSSIA, recipient=JAYSH_ISLAM, location=DOUMA,
          date=D("2018-03-26", "week", ("2018-03-25", "2018-04-01"))),
        E(False, ["AGREE"], [5], "المقترح الروسي", ["asserted", "planned"],
          source=RUSSIA, recipient=JAYSH_ISLAM, location=DOUMA, date=D("2018-03-23")),
        # evacuation of fighters carried out (explicit date «الخميس 22 آذار»)
        E(True, ["RETREAT"], [6], "خرجت", ["asserted", "reported"], mode="withdraw",
          source=AHRAR, location=HARASTA, date=D("2018-03-22"), attribution=["ناشطون"],
          acled=["Strategic developments/Non-violent transfer of territory"]),
        E(False, ["AGREE"], [6], "الاتفاق", ["historical", "asserted"],
          source=AHRAR, recipient=RUSSIA, location=HARASTA,
          date=D("2018-03-19", "week", ("2018-03-17", "2018-03-21")), acled=["Strategic developments/Agreement"]),
        # SVO arrest, «نقلاً عن», over the last two days
        E(True, ["COERCE"], [7], "اعتقلت", ["asserted", "reported"], mode="arrest",
          source=REGIME, recipient=GHOUTA_YOUNG_MEN, location=ADRA_HAMOURIA,
          date=D("2018-03-22", "day", ("2018-03-21", "2018-03-23")),
          attribution=["مرصد حمورية المدني", "ذوي عدد من المعتقلين"], acled=["Strategic developments/Arrests"]),
        E(True, ["AID"], [8], "قافلة مساعدات", ["asserted", "reported"], mode="humanitarian",
          source=UN_SARC, recipient=DOUMA_RESIDENTS, location=DOUMA, date=D("2018-03-22"),
          attribution=["مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية"]),
        E(True, ["PROTEST"], [9], "وقفة احتجاجية", ["asserted"], mode="demo",
          source=DOUMA_RESIDENTS, location=DOUMA, date=D("2018-03-22"), acled=["Protests/Peaceful protest"]),
        E(True, ["REQUEST"], [9], "طالبوا", ["asserted"],
          source=DOUMA_RESIDENTS, recipient=DOUMA_NEGOTIATORS, location=DOUMA, date=D("2018-03-22")),
        # a rumoured agreement that the faction denies: core, negated/rumored (cf. the first set's A-G7)
        E(True, ["AGREE"], [10], "توقيع", ["negated", "rumored", "reported"],
          source=FAYLAQ, recipient=RUSSIA, location=ARBIN_ZAMALKA_JOBAR,
          date=D("2018-03-23", "day", ("2018-03-22", "2018-03-23")),
          attribution=["صفحات موالية للنظام", "مصدر في الفيلق"], acled=["Strategic developments/Agreement"]),
        E(False, ["RETREAT"], [10], "بخروج مقاتليه", ["rumored", "planned", "negated", "reported"], mode="withdraw",
          source=FAYLAQ, location=ARBIN_ZAMALKA_JOBAR),
        # background with «وكان ... قد», dated (last Sunday), with a toll (3 fighters + 1 woman): core
        E(True, ["ASSAULT"], [11], "استهدف", ["historical", "asserted"], mode="aerial",
          source=REGIME_HELI, recipient=AHRAR_AND_CIVILIANS, location=HARASTA, date=D("2018-03-18"),
          fatalities=4, acled=["Explosions/Remote violence/Air/drone strike"]),
        # paragraph 12 is a generic statement about the campaign: deliberately NO gold event
    ],
))

# ============================================================================ 009: northern Homs countryside and Qalamoun
ARTICLES.append(dict(
    id="team2-009", slug="north_homs_qalamoun", published="2017-05-25",
    outlet="Rif Homs al-Shamali Now (fictional)",
    paras=[
        # 0
        "خرج المئات من أهالي منطقة الحولة في ريف حمص الشمالي، مساء أمس الأربعاء، في مظاهرة جابت شوارع بلدة كفرلاها، عشية الذكرى الخامسة لمجزرة الحولة، رافعين صور الضحايا ولافتات تطالب بمحاسبة مرتكبيها أمام المحاكم الدولية.",
        # 1
        "وكانت المجزرة قد وقعت في الخامس والعشرين من أيار عام 2012، حين اقتحمت قوات النظام وميليشيات موالية لها أطراف بلدة تلدو، وقتلت عشرات المدنيين، بينهم نساء وأطفال، داخل منازلهم.",
        # 2
        "وفي مدينة تلبيسة، قُتل 4 مدنيين، بينهم طفلان، وأصيب 9 آخرون بجروح، ظهر اليوم الخميس، جراء قصف مدفعي وصاروخي مصدره مواقع قوات النظام في قرية جبورين، استهدف الأحياء السكنية وسط المدينة، بحسب ما وثقه «مركز حمص لتوثيق الانتهاكات».",
        # 3
        "وأوضح مراسلنا في تلبيسة أن القذائف سقطت على سوق الخضار المزدحم في ساعات الظهيرة، وأن بين الضحايا أماً وطفليها، لافتاً إلى أن فرق الدفاع المدني عملت على نقل المصابين إلى النقاط الطبية في المدينة.",
        # 4
        "وعلى صعيد آخر، عقدت «هيئة التفاوض عن ريف حمص الشمالي» جولة مفاوضات مع وفد روسي، أمس الأربعاء، في خيمة أقيمت عند معبر الدار الكبيرة، لبحث الأوضاع الإنسانية والعسكرية في المنطقة.",
        # 5
        "وطالبت هيئة التفاوض الجانب الروسي، خلال الجولة، بالإفراج عن المعتقلين من أبناء المنطقة في سجون النظام، وفتح طريق حمص–حماة الدولي أمام حركة المدنيين والبضائع، بحسب بيان نشرته الهيئة على صفحتها في «فيسبوك».",
        # 6
        "وتوصل الطرفان في ختام الجولة إلى اتفاق على وقف لإطلاق النار يبدأ عند منتصف ليل الجمعة، على أن تُعقد جولة ثانية من المفاوضات في مدينة حمص مطلع الشهر المقبل لبحث بقية الملفات.",
        # 7
        "ولم تشهد جبهات ريف حمص الشمالي الأخرى أي اشتباكات بين فصائل المعارضة وقوات النظام منذ صباح أمس، وسط حالة من الترقب والحذر، بحسب ما أفاد به مراسلنا.",
        # 8
        "وفي القلمون الغربي، شنت دوريات مشتركة من فرع «الأمن العسكري» وميليشيا «حزب الله» اللبناني، فجر اليوم، حملة دهم في مدينة يبرود، اعتُقل خلالها سبعة شبان، بينهم طالبان جامعيان، بتهمة التواصل مع فصائل المعارضة في الجرود، وفق ما ذكرته صفحة «أخبار يبرود لحظة بلحظة» على «فيسبوك».",
        # 9
        "وفي القلمون الشرقي، دارت اشتباكات عنيفة، أمس، بين «جيش أسود الشرقية» وعناصر تنظيم «داعش» في منطقة المحسا، قُتل خلالها ثلاثة من مقاتلي الجيش وستة من عناصر التنظيم، قبل أن ينسحب عناصر التنظيم باتجاه عمق البادية، بحسب ما أعلنه الناطق باسم «جيش أسود الشرقية».",
        # 10
        "في غضون ذلك، استقدمت ميليشيا «حزب الله» تعزيزات عسكرية إلى جرود بلدتي قارة وفليطة في القلمون الغربي، تضم راجمات صواريخ ومدافع ثقيلة وعشرات العناصر، وسط أنباء عن تحضيرها لعملية عسكرية ضد «هيئة تحرير الشام» في الجرود الحدودية مع لبنان.",
        # 11
        "ويخضع ريف حمص الشمالي، الذي يقطنه نحو ربع مليون نسمة، لحصار تفرضه قوات النظام منذ سنوات، ويتعرض لقصف شبه يومي رغم الاتفاقات المتكررة على التهدئة.",
    ],
    events=[
        # demonstration on the eve of a commemoration
        E(True, ["PROTEST"], [0], "مظاهرة", ["asserted"], mode="demo",
          source=HOULA_PROTESTERS, location=HOULA, date=D("2017-05-24"),
          acled=["Protests/Peaceful protest"]),
        E(False, ["REQUEST"], [0], "تطالب", ["asserted"],
          source=HOULA_PROTESTERS, recipient=REGIME, location=HOULA, date=D("2017-05-24")),
        # the commemorated 2012 massacre: historical, optional. «عشرات» -> 12 (ACLED rule).
        # One optional event with both types (storming + killing), named in 0 and told in 1.
        E(False, ["ASSAULT", "COERCE"], [0, 1], "اقتحمت", ["historical"], mode="firearms",
          source=REGIME, recipient=CIVILIANS, location=HOULA, date=D("2012-05-25"), fatalities=12, tpara=1),
        # one shelling told in 2 (toll in digits, monitor) and retold by the correspondent in 3
        E(True, ["ASSAULT"], [2, 3], "قصف مدفعي وصاروخي", ["asserted", "reported"], mode="heavy-weapons",
          source=REGIME, recipient=CIVILIANS, location=TALBISEH, date=D("2017-05-25"),
          attribution=["مركز حمص لتوثيق الانتهاكات", "مراسلنا"], fatalities=4,
          acled=["Explosions/Remote violence/Shelling/artillery/missile attack"]),
        E(True, ["CONSULT"], [4, 5], "جولة مفاوضات", ["asserted"],
          source=NHOMS_NEG, recipient=RUSSIA, location=DAR_KABIRA, date=D("2017-05-24")),
        E(True, ["REQUEST"], [5], "وطالبت", ["asserted", "reported"],
          source=NHOMS_NEG, recipient=RUSSIA, location=DAR_KABIRA, date=D("2017-05-24"),
          attribution=["بيان هيئة التفاوض"]),
        E(True, ["AGREE"], [6], "اتفاق", ["asserted"],
          source=NHOMS_NEG_RUSSIA, location=DAR_KABIRA, date=D("2017-05-24"),
          acled=["Strategic developments/Agreement"]),
        # the ceasefire itself starts tomorrow night: planned
        E(False, ["CONCEDE", "AGREE", "RETREAT"], [6], "وقف لإطلاق النار", ["planned"], mode="ceasefire",
          source=NHOMS_NEG_RUSSIA, location=DAR_KABIRA, date=D("2017-05-26", "day", ("2017-05-26", "2017-05-27"))),
        E(True, ["CONSULT"], [6], "جولة ثانية", ["planned"],
          source=NHOMS_NEG_RUSSIA, location=HOMS_CITY, date=D("2017-06-05", "week", ("2017-06-01", "2017-06-10"))),
        # paragraph 7 states that NO clashes took place: deliberately NO gold event
        # raid + arrests: one event (passive «اعتُقل خلالها»), joint actors
        E(True, ["COERCE"], [8], "اعتُقل", ["asserted", "reported"], mode="arrest",
          source=MILSEC_HEZBOLLAH, recipient=YABRUD_YOUNG_MEN, location=YABRUD, date=D("2017-05-25"),
          attribution=["أخبار يبرود لحظة بلحظة"], acled=["Strategic developments/Arrests"]),
        # clash with tolls for both sides (3 + 6)
        E(True, ["ASSAULT"], [9], "اشتباكات عنيفة", ["asserted", "reported"], mode="firearms",
          source=USOUD_ISIS, location=MAHSA, date=D("2017-05-24"),
          attribution=["الناطق باسم جيش أسود الشرقية"], fatalities=9, acled=["Battles/Armed clash"]),
        E(False, ["RETREAT"], [9], "ينسحب", ["asserted", "reported"], mode="withdraw",
          source=ISIS, location=MAHSA, date=D("2017-05-24")),
        E(True, ["MOBILIZE"], [10], "تعزيزات عسكرية", ["asserted"], mode="troops",
          source=HEZBOLLAH, location=QARA_FLITA, date=D("2017-05-25", "day", ("2017-05-24", "2017-05-25"))),
        E(False, ["ASSAULT"], [10], "لعملية عسكرية", ["rumored", "planned", "reported"],
          source=HEZBOLLAH, recipient=HTS, location=QARA_FLITA),
        # paragraph 11 is a generic statement (siege, near-daily shelling): deliberately NO gold event
    ],
))

# ============================================================================ 010: Quneitra and western Daraa
ARTICLES.append(dict(
    id="team2-010", slug="quneitra_daraa_west", published="2017-09-19",
    outlet="Golan-Horan News (fictional)",
    paras=[
        # 0 (headline, SVO)
        "الجيش الإسرائيلي يستهدف موقعاً لقوات النظام في ريف القنيطرة رداً على سقوط قذائف في الجولان المحتل",
        # 1
        "استهدفت دبابة تابعة للجيش الإسرائيلي، مساء أمس الاثنين، موقعاً عسكرياً لقوات النظام قرب بلدة خان أرنبة في ريف القنيطرة الأوسط، ما أدى إلى تدمير مدفع ميداني وإصابة عنصرين بجروح، بحسب ما أفاد مراسلنا في القنيطرة، وذلك بعد ساعات من سقوط قذيفتي هاون مصدرهما الأراضي السورية في الجزء المحتل من هضبة الجولان.",
        # 2
        "وقال متحدث باسم الجيش الإسرائيلي في بيان إن جيشه «لن يتسامح مع أي انتهاك للسيادة الإسرائيلية»، وتوعد بـ«الرد بقوة» على أي قذيفة تسقط في الجولان «مهما كان مصدرها»، محمّلاً النظام السوري المسؤولية عن كل ما يجري في أراضيه.",
        # 3
        "وفي ريف القنيطرة الشمالي، دارت اشتباكات متقطعة، فجر اليوم، بين فصائل من «الجيش السوري الحر» وقوات النظام على محور جباتا الخشب – مدينة البعث، أسفرت عن مقتل عنصرين من قوات النظام ومقاتل من الفصائل، بحسب ما وثقه «مرصد الجولان لحقوق الإنسان».",
        # 4
        "وفي ريف درعا الغربي، اختُطف شاب من أبناء بلدة حيط، صباح أمس، من قبل مجموعة مسلحة تابعة لـ«جيش خالد بن الوليد» المبايع لتنظيم «داعش»، أثناء عمله في أرضه الزراعية على الطريق الواصل بين حيط وسحم الجولان، واقتيد إلى جهة مجهولة داخل منطقة حوض اليرموك.",
        # 5
        "وتداولت صفحات محلية، مساء أمس، أنباء عن إعدام عناصر «جيش خالد» للشاب بتهمة «التعامل مع الصحوات»، إلا أن أحد أقاربه نفى لشبكتنا صحة هذه الأنباء، مؤكداً أن العائلة تلقت صباح اليوم اتصالاً من وسيط يفيد بأنه «ما زال على قيد الحياة».",
        # 6
        "وتتكرر عمليات الخطف في القرى والبلدات المحاذية لحوض اليرموك، إذ يلجأ «جيش خالد بن الوليد» إلى خطف المزارعين والرعاة لمقايضتهم بعناصره المعتقلين لدى الفصائل أو لطلب فدى مالية، بحسب ناشطين من المنطقة.",
        # 7
        "إنسانياً، وصلت صباح اليوم قافلة مساعدات إغاثية مقدمة من «جمعية نبع العطاء الإغاثية» إلى مخيمات النازحين قرب بلدة بريقة في ريف القنيطرة، تضم نحو ألف ومئتي سلة غذائية وكميات من حليب الأطفال، وُزعت على العائلات النازحة من ريف درعا الغربي والقنيطرة.",
        # 8
        "وأشاد «مجلس محافظة القنيطرة الحرة» في بيان بجهود الجمعية، داعياً المنظمات الإنسانية الأخرى إلى زيادة دعمها للمخيمات التي يقطنها أكثر من خمسة عشر ألف نازح يعيشون ظروفاً صعبة مع اقتراب فصل الشتاء.",
        # 9
        "وفي مدينة نوى بريف درعا الغربي، نظم العشرات من أهالي المدينة، ظهر اليوم، اعتصاماً أمام مقر «دار العدل في حوران»، للمطالبة بالكشف عن مصير المخطوفين لدى «جيش خالد» وتكثيف الجهود لتحريرهم.",
        # 10
        "وفي سياق منفصل، أطلقت «هيئة تحرير الشام» سراح ثلاثة عناصر من «الجيش الحر» كانت قد اعتقلتهم الأسبوع الماضي على حاجز لها قرب بلدة مسحرة في ريف القنيطرة الأوسط، بحسب ما أكده أحد المفرج عنهم لشبكتنا.",
        # 11
        "ومن المقرر أن تجري، غداً الأربعاء، عملية تبادل بين فصائل المعارضة وقوات النظام في ريف القنيطرة، تسلّم بموجبها الفصائل جثتي عنصرين من قوات النظام مقابل إطلاق سراح ثلاث معتقلات من أبناء المنطقة، بحسب ما أفاد به مصدر في «الجيش الحر» لمراسلنا.",
    ],
    events=[
        # the Israeli strike: headline 0, details 1
        E(True, ["ASSAULT"], [0, 1], "استهدفت", ["asserted"], mode="heavy-weapons",
          source=ISRAEL, recipient=REGIME, location=KHAN_ARNABAH, date=D("2017-09-18"),
          attribution=["مراسلنا"], acled=["Explosions/Remote violence/Shelling/artillery/missile attack"], tpara=1),
        # the stray mortar rounds that preceded it: no perpetrator, no toll; optional
        E(False, ["ASSAULT"], [0, 1], "سقوط قذيفتي هاون", ["asserted"], mode="heavy-weapons",
          location=GOLAN_QUNEITRA, date=D("2017-09-18"), tpara=1),
        E(True, ["THREATEN"], [2], "وتوعد", ["asserted", "reported"], mode="violence",
          source=ISRAEL, recipient=REGIME, location=GOLAN_QUNEITRA,
          date=D("2017-09-19", "day", ("2017-09-18", "2017-09-19")), attribution=["متحدث باسم الجيش الإسرائيلي"]),
        E(False, ["ASSAULT"], [2], "الرد بقوة", ["hypothetical"], source=ISRAEL, location=GOLAN_QUNEITRA),
        # participle clause («محمّلاً»): optional, as in 006
        E(False, ["ACCUSE"], [2], "محمّلاً", ["asserted", "reported"],
          source=ISRAEL, recipient=REGIME, date=D("2017-09-19", "day", ("2017-09-18", "2017-09-19"))),
        E(True, ["ASSAULT"], [3], "اشتباكات متقطعة", ["asserted", "reported"], mode="firearms",
          source=FSA_REGIME, location=JUBATA_BAATH, date=D("2017-09-19"),
          attribution=["مرصد الجولان لحقوق الإنسان"], fatalities=3, acled=["Battles/Armed clash"]),
        # passive abduction with «من قبل», on a road
        E(True, ["ASSAULT"], [4], "اختُطف", ["asserted"], mode="abduct",
          source=JKBW, recipient=KIDNAPPED, location=HAYT, date=D("2017-09-18"),
          acled=["Violence against civilians/Abduction/forced disappearance"]),
        # rumoured execution, denied by a relative: core, negated/rumored (cf. the first set's A-G7)
        E(True, ["ASSAULT"], [5], "إعدام", ["negated", "rumored", "reported"], mode="execute",
          source=JKBW, recipient=KIDNAPPED, location=HAYT,
          date=D("2017-09-18", "day", ("2017-09-18", "2017-09-19")), attribution=["صفحات محلية", "أحد أقاربه"]),
        # paragraph 6 is a generic statement about kidnappings: deliberately NO gold event
        E(True, ["AID"], [7], "قافلة مساعدات إغاثية", ["asserted"], mode="humanitarian",
          source=NGO_NABAA, recipient=QUNEITRA_DISPLACED, location=BARIQA_CAMPS, date=D("2017-09-19")),
        E(True, ["SUPPORT"], [8], "وأشاد", ["asserted", "reported"],
          source=QUNEITRA_COUNCIL, recipient=NGO_NABAA, location=BARIQA_CAMPS, date=D("2017-09-19"),
          attribution=["بيان مجلس محافظة القنيطرة الحرة"]),
        E(False, ["REQUEST"], [8], "داعياً", ["asserted"],
          source=QUNEITRA_COUNCIL, recipient=INTL_ORGS, location=BARIQA_CAMPS, date=D("2017-09-19")),
        E(True, ["PROTEST"], [9], "اعتصاماً", ["asserted"], mode="demo",
          source=NAWA_PROTESTERS, location=NAWA, date=D("2017-09-19"), acled=["Protests/Peaceful protest"]),
        E(False, ["REQUEST"], [9], "للمطالبة", ["asserted"],
          source=NAWA_PROTESTERS, location=NAWA, date=D("2017-09-19")),
        E(True, ["RETREAT", "CONCEDE"], [10], "أطلقت", ["asserted", "reported"], mode="release",
          source=HTS, recipient=FSA_MEMBERS, location=MASHARA,
          date=D("2017-09-19", "day", ("2017-09-18", "2017-09-19")), attribution=["أحد المفرج عنهم"]),
        E(False, ["COERCE"], [10], "اعتقلتهم", ["historical", "asserted"], mode="arrest",
          source=HTS, recipient=FSA_MEMBERS, location=MASHARA,
          date=D("2017-09-13", "week", ("2017-09-09", "2017-09-17"))),
        # a scheduled exchange (bodies for detainees): planned, core (cf. the first set's planned departure B-G14)
        E(True, ["COOPERATE", "RETREAT", "AGREE"], [11], "عملية تبادل", ["planned"], mode="release",
          source=FSA_REGIME, location=QUNEITRA_COUNTRY, date=D("2017-09-20"),
          attribution=["مصدر في الجيش الحر", "مراسلنا"]),
        E(False, ["RETREAT", "CONCEDE"], [11], "إطلاق سراح", ["planned"], mode="release",
          source=REGIME, location=QUNEITRA_COUNTRY, date=D("2017-09-20")),
    ],
))


if __name__ == "__main__":
    build(HERE, ARTICLES, "team2.gold.json", id_prefix="team2", first_number=FIRST_NUMBER)
