#!/usr/bin/env python3
"""Write the third team-made article set (NNN_slug.txt, ids team3-011 ... team3-015) and its gold
(team3.gold.json).

The articles and annotations live here so that every offset is computed, never typed by hand:
para_spans are the [start, end) code-point offsets of each line (newline excluded) in the file text,
trigger spans are found inside the named paragraph. Run from anywhere:
    python3 benchmarks/data/articles3/build_gold.py && python3 benchmarks/data/articles3/check_gold.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from actors_places import *  # noqa: E402
from goldkit import D, E, build  # noqa: E402

FIRST_NUMBER = 11  # file and id numbering continues after the first two sets (001-010)


ARTICLES = []

# ============================================================================ 011: Idlib city and Jisr al-Shughur
ARTICLES.append(dict(
    id="team3-011", slug="idlib_jisr_ied_raids", published="2020-09-22",
    outlet="Sada Idlib Network (fictional)",
    paras=[
        # 0 (headline: two events)
        "مقتل قيادي في «هيئة تحرير الشام» بعبوة ناسفة وسط مدينة إدلب.. وغارات روسية على ريف جسر الشغور",
        # 1
        "قُتل القيادي في «هيئة تحرير الشام» حسان الدبيس، المعروف بـ«أبو صهيب الجسراوي»، صباح اليوم الثلاثاء، إثر انفجار عبوة ناسفة زُرعت أسفل سيارته في حي القصور بمدينة إدلب، فيما أصيب مرافقه بجروح بليغة نُقل على إثرها إلى المشفى الوطني في المدينة.",
        # 2
        "وذكرت صفحة «إدلب لحظة بلحظة» على «فيسبوك» أن العبوة انفجرت لحظة تشغيل «الجسراوي» محرك سيارته أمام منزله القريب من دوار الساعة، مشيرةً إلى أن أي جهة لم تتبنَّ التفجير حتى لحظة إعداد هذا التقرير.",
        # 3
        "وعقب التفجير، طوّق عناصر «جهاز الأمن العام» التابع للهيئة الحي، وشنوا حملة دهم واعتقالات طالت أحد عشر شاباً من سكانه ومن النازحين المقيمين فيه، بتهمة «التعامل مع خلايا الخوارج»، بحسب ما أفاد به أحد سكان الحي لمراسلنا.",
        # 4
        "وفي ريف جسر الشغور الغربي، شنت طائرات حربية روسية، فجر اليوم، سلسلة غارات جوية على قريتي بداما والناجية ومحيطهما، ما أدى إلى مقتل امرأة وطفلها وإصابة ستة مدنيين آخرين بجروح، وفق ما وثقه «الدفاع المدني السوري»، وسط تخوف الأهالي من تصعيد جوي جديد يطال ما تبقى من قرى المنطقة.",
        # 5
        "كما دارت، مساء أمس الاثنين، اشتباكات عنيفة بين فصائل غرفة عمليات «الفتح المبين» وقوات النظام على محور الكبانة في جبل الأكراد بريف اللاذقية الشمالي، المتاخم لريف جسر الشغور، أسفرت عن مقتل خمسة عناصر من قوات النظام واثنين من مقاتلي الفصائل، بحسب ما أعلنته الغرفة عبر معرّفاتها الرسمية.",
        # 6
        "في غضون ذلك، دخل رتل عسكري تركي مؤلف من نحو 35 آلية، بينها دبابات وعربات مصفحة، من معبر كفرلوسين الحدودي مساء أمس، واتجه نحو النقاط التركية المنتشرة على طريق حلب–اللاذقية الدولي (M4) قرب مدينة جسر الشغور، وفق ما رصده مراسلنا.",
        # 7
        "وقال مصدر عسكري في «الجبهة الوطنية للتحرير» لمراسلنا إن ضباطاً في الجيش التركي أجروا، ظهر اليوم، اتصالاً هاتفياً مع الجانب الروسي في قاعدة حميميم، احتجوا خلاله على الغارات الأخيرة، وطالبوا بوقف استهداف القرى القريبة من نقاط المراقبة التركية.",
        # 8
        "وفي مدينة إدلب أيضاً، اعتصم العشرات من ذوي المعتقلين في سجون الهيئة، ظهر اليوم، أمام مبنى «حكومة الإنقاذ» وسط المدينة، وطالبوا بالكشف عن مصير أبنائهم وإحالة ملفاتهم إلى «محاكم علنية»، رافعين صوراً لمعتقلين مضى على احتجازهم أكثر من عامين.",
        # 9
        "وأفرج «جهاز الأمن العام»، في وقت لاحق من اليوم، عن أربعة من الشبان الذين اعتقلهم في حي القصور، بعد «ثبوت عدم تورطهم»، بحسب بيان مقتضب نشره الجهاز على قناته في «تلغرام».",
        # 10 (generic: yearly aggregate)
        "ووثق «مركز إدلب للتوثيق» منذ مطلع العام الجاري مقتل 164 مدنياً في محافظة إدلب جراء القصف الجوي والمدفعي، إضافة إلى 41 عملية اغتيال وتفجير طالت عسكريين ومدنيين في مناطق سيطرة فصائل المعارضة.",
        # 11
        "وكان مسلحان مجهولان يستقلان دراجة نارية قد اغتالا، الأحد الماضي، القيادي في «فيلق الشام» أحمد العمر، بإطلاق النار عليه على طريق إدلب–بنش، ما أدى إلى مقتله على الفور، ولم تعلن أي جهة مسؤوليتها عن العملية.",
    ],
    events=[
        # IED assassination: headline 0, details 1, retold in other words by a Facebook page in 2, referred to in 3
        E(True, ["ASSAULT"], [0, 1, 2, 3], "انفجار عبوة ناسفة", ["asserted", "reported"], mode="explosives",
          recipient=HTS_COMMANDER, location=IDLIB_QUSUR, date=D("2020-09-22"), attribution=["إدلب لحظة بلحظة"],
          fatalities=1, acled=["Explosions/Remote violence/Remote explosive/landmine/IED"], tpara=1),
        # the cordon around the neighbourhood: a sub-action of the raid
        E(False, ["COERCE", "MOBILIZE"], [3], "طوّق", ["asserted", "reported"], mode="restrict",
          source=HTS_SECURITY, location=IDLIB_QUSUR, date=D("2020-09-22")),
        # the arrest campaign; paragraph 9 refers back to it («الذين اعتقلهم»)
        E(True, ["COERCE"], [3, 9], "حملة دهم واعتقالات", ["asserted", "reported"], mode="arrest",
          source=HTS_SECURITY, recipient=IDLIB_YOUNG_MEN, location=IDLIB_QUSUR, date=D("2020-09-22"),
          attribution=["أحد سكان الحي", "مراسلنا"], acled=["Strategic developments/Arrests"]),
        # Russian air strikes: headline 0, details 4, referred to by the Turkish officers in 7
        E(True, ["ASSAULT"], [0, 4, 7], "سلسلة غارات جوية", ["asserted", "reported"], mode="aerial",
          source=RUSSIA, recipient=CIVILIANS, location=BADAMA_NAJIYA, date=D("2020-09-22"),
          attribution=["الدفاع المدني السوري"], fatalities=2,
          acled=["Explosions/Remote violence/Air/drone strike"], tpara=4),
        # the feared new escalation: not an event yet
        E(False, ["ASSAULT"], [4], "تصعيد جوي جديد", ["hypothetical"], mode="aerial",
          source=RUSSIA, location=BADAMA_NAJIYA),
        # «بين X و Y» clash, tolls for both sides in one clause (5 + 2)
        E(True, ["ASSAULT"], [5], "اشتباكات عنيفة", ["asserted", "reported"], mode="firearms",
          source=FATH_REGIME, location=KABANI, date=D("2020-09-21"), attribution=["غرفة عمليات الفتح المبين"],
          fatalities=7, acled=["Battles/Armed clash"]),
        E(True, ["MOBILIZE"], [6], "رتل عسكري تركي", ["asserted"], mode="troops",
          source=TURKEY, location=M4_JISR, date=D("2020-09-21"), attribution=["مراسلنا"],
          acled=["Strategic developments/Other"]),
        # phone call, reported by an unnamed «مصدر عسكري»
        E(True, ["CONSULT"], [7], "اتصالاً هاتفياً", ["asserted", "reported"], mode="phone",
          source=TURKEY, recipient=RUSSIA, location=TURKEY_RUSSIA_CALL, date=D("2020-09-22"),
          attribution=["مصدر عسكري في الجبهة الوطنية للتحرير", "مراسلنا"]),
        # a verbal complaint during the call: not a demonstration; optional ACCUSE
        E(False, ["ACCUSE"], [7], "احتجوا", ["asserted", "reported"],
          source=TURKEY, recipient=RUSSIA, date=D("2020-09-22")),
        # finite demand whose subject is only the pronoun of «وطالبوا»
        E(True, ["REQUEST"], [7], "وطالبوا", ["asserted", "reported"],
          source=TURKEY, recipient=RUSSIA, location=TURKEY_RUSSIA_CALL, date=D("2020-09-22"),
          attribution=["مصدر عسكري في الجبهة الوطنية للتحرير"]),
        E(True, ["PROTEST"], [8], "اعتصم", ["asserted"], mode="demo",
          source=DETAINEE_FAMILIES, location=IDLIB_CITY, date=D("2020-09-22"),
          acled=["Protests/Peaceful protest"]),
        E(True, ["REQUEST"], [8], "وطالبوا", ["asserted"],
          source=DETAINEE_FAMILIES, location=IDLIB_CITY, date=D("2020-09-22")),
        # the long detention of the protesters' relatives: undated background
        E(False, ["COERCE"], [8], "احتجازهم", ["historical", "asserted"], mode="arrest",
          source=HTS, location=IDLIB_CITY),
        E(True, ["RETREAT", "CONCEDE"], [9], "وأفرج", ["asserted", "reported"], mode="release",
          source=HTS_SECURITY, recipient=IDLIB_YOUNG_MEN, location=IDLIB_QUSUR, date=D("2020-09-22"),
          attribution=["بيان جهاز الأمن العام"]),
        # paragraph 10 is a generic statement (yearly aggregate of a monitor): deliberately NO gold event
        # background with «وكان ... قد», dated (last Sunday), with a toll: core
        E(True, ["ASSAULT"], [11], "اغتالا", ["historical", "asserted"], mode="assassinate",
          source=GUNMEN, recipient=FAYLAQ_SHAM, location=IDLIB_BINNISH_ROAD, date=D("2020-09-20"), fatalities=1,
          acled=["Battles/Armed clash"]),
    ],
))

# ============================================================================ 012: Afrin, Azaz and northern Aleppo
ARTICLES.append(dict(
    id="team3-012", slug="afrin_azaz_factions", published="2021-10-16",
    outlet="Shamal Halab Post (fictional)",
    paras=[
        # 0
        "اندلعت، مساء أمس الجمعة، اشتباكات عنيفة بين «فرقة الحمزة» و«الجبهة الشامية»، المنضويتين في صفوف «الجيش الوطني السوري» المدعوم من تركيا، في بلدة جنديرس بريف عفرين شمال غربي حلب، على خلفية خلاف بين الطرفين على إدارة معصرة للزيتون في البلدة.",
        # 1
        "وأسفرت المواجهات، التي استُخدمت فيها الأسلحة المتوسطة وقذائف «آر بي جي»، عن مقتل أربعة عناصر من «فرقة الحمزة» وثلاثة من «الجبهة الشامية»، إضافة إلى سيدة أصيبت برصاصة طائشة داخل منزلها، بحسب ما وثقه «مرصد عفرين لحقوق الإنسان».",
        # 2
        "وتوصل الطرفان، ظهر اليوم السبت، إلى اتفاق «صلح» برعاية «لجنة رد الحقوق» وبحضور ضباط أتراك ووجهاء من المنطقة، يقضي بوقف فوري لإطلاق النار وانسحاب مقاتلي الفصيلين من الأحياء السكنية وتسليم المتورطين بمقتل السيدة إلى القضاء العسكري.",
        # 3
        "وقال مراسلنا في عفرين إن مجموعات «فرقة الحمزة» انسحبت، عصر اليوم، من ثلاث نقاط كانت تتمركز فيها عند المدخل الشمالي لجنديرس، وسلّمتها لعناصر «الشرطة العسكرية»، في حين لا تزال حالة من التوتر الحذر تسود البلدة.",
        # 4
        "وفي ناحية شيخ الحديد بريف عفرين الغربي، استولى عناصر فصيل تابع لـ«الجيش الوطني»، خلال اليومين الماضيين، على محصول نحو ألفي شجرة زيتون تعود ملكيتها لمزارعين من أهالي المنطقة، بحسب ما أفاد به أحد المزارعين لشبكتنا، مؤكداً أن عناصر الفصيل منعوا الأهالي من دخول حقولهم إلا بعد دفع «إتاوة» عن كل شجرة.",
        # 5
        "وفي ريف حلب الشمالي، قُتل طفلان وأصيب 5 مدنيين آخرين، صباح اليوم، جراء قصف صاروخي مصدره مناطق سيطرة «قوات سوريا الديمقراطية» (قسد) في محيط بلدة تل رفعت، استهدف الأحياء السكنية في مدينة مارع، وفق ما أفاد به مصدر طبي في مشفى المدينة.",
        # 6
        "وبعد ساعات، أفاد ناشطون، نقلاً عن صفحات محلية مقربة من «قسد»، بأن طائرة مسيّرة تركية استهدفت سيارة عسكرية تابعة لـ«قسد» على الطريق الواصل بين تل رفعت وبلدة فافين، ما أدى إلى مقتل ثلاثة من عناصرها.",
        # 7
        "وحمّلت وزارة الدفاع في «الحكومة السورية المؤقتة»، في بيان، «قسد» مسؤولية القصف على مارع، متوعدةً بـ«رد قاسٍ» على أي استهداف جديد للمدنيين في المنطقة.",
        # 8
        "وفي مدينة أعزاز، قطع العشرات من قاطني مخيم «سجو» الحدودي، ظهر اليوم، الطريق الواصل بين المدينة ومعبر باب السلامة لساعات، احتجاجاً على تقليص مخصصات الخبز، وطالبوا المجلس المحلي في أعزاز بإعادة توزيع الخبز المدعوم على المخيمات بشكل يومي.",
        # 9 (SVO)
        "الشرطة العسكرية في أعزاز، من جهتها، شنت فجر اليوم حملة مداهمات في الحي الشرقي من المدينة، اعتقلت خلالها 14 شخصاً بتهمة التعامل مع «قسد» والتخطيط لتنفيذ تفجيرات في المدينة، وفق ما ذكره مصدر في الشرطة لشبكتنا.",
        # 10
        "وكانت سيارة مفخخة قد انفجرت، الخميس 7 تشرين الأول الجاري، قرب سوق الهال في مدينة عفرين، ما أسفر عن مقتل 6 مدنيين وإصابة 15 آخرين، دون أن تتبنى أي جهة التفجير، فيما اتهمت فصائل «الجيش الوطني» «وحدات حماية الشعب» الكردية بالوقوف وراءه.",
    ],
    events=[
        # intra-SNA clash: 0, toll for both sides plus a woman in 1 (4 + 3 + 1); 2 refers to the woman's death
        E(True, ["ASSAULT"], [0, 1, 2], "اشتباكات عنيفة", ["asserted", "reported"], mode="firearms",
          source=HAMZA_SHAMIYA, location=JINDIRES, date=D("2021-10-15"), attribution=["مرصد عفرين لحقوق الإنسان"],
          fatalities=8, acled=["Battles/Armed clash"]),
        # the reconciliation agreement
        E(True, ["AGREE"], [2], "اتفاق", ["asserted"],
          source=HAMZA_SHAMIYA, location=JINDIRES, date=D("2021-10-16"),
          acled=["Strategic developments/Agreement"]),
        # its terms: an immediate ceasefire and a withdrawal (carried out in 3 for one faction)
        E(False, ["CONCEDE", "AGREE", "RETREAT"], [2], "بوقف فوري لإطلاق النار", ["asserted", "planned"],
          mode="ceasefire", source=HAMZA_SHAMIYA, location=JINDIRES, date=D("2021-10-16")),
        E(False, ["RETREAT"], [2], "وانسحاب مقاتلي الفصيلين", ["planned"], mode="withdraw",
          source=HAMZA_SHAMIYA, location=JINDIRES, date=D("2021-10-16")),
        # withdrawal and handover of positions, carried out
        E(True, ["RETREAT"], [3], "انسحبت", ["asserted"], mode="withdraw",
          source=HAMZA, recipient=MIL_POLICE, location=JINDIRES, date=D("2021-10-16"), attribution=["مراسلنا"],
          acled=["Strategic developments/Non-violent transfer of territory"]),
        # confiscation of the olive harvest; possessive actor «عناصر الفصيل» in the same paragraph
        E(True, ["COERCE"], [4], "استولى", ["asserted", "reported"], mode="confiscate",
          source=SNA_FACTION, recipient=AFRIN_FARMERS, location=SHEIKH_HADID,
          date=D("2021-10-15", "day", ("2021-10-14", "2021-10-16")), attribution=["أحد المزارعين"],
          acled=["Strategic developments/Looting/property destruction"]),
        E(False, ["COERCE"], [4], "منعوا", ["asserted", "reported"], mode="restrict",
          source=SNA_FACTION, recipient=AFRIN_FARMERS, location=SHEIKH_HADID),
        # SDF rocket fire on Marea; paragraph 7 holds the accusation about it
        E(True, ["ASSAULT"], [5, 7], "قصف صاروخي", ["asserted", "reported"], mode="heavy-weapons",
          source=SDF, recipient=CIVILIANS, location=MAREA, date=D("2021-10-16"), attribution=["مصدر طبي"],
          fatalities=2, acled=["Explosions/Remote violence/Shelling/artillery/missile attack"]),
        # Turkish drone strike, reported «نقلاً عن» pages close to the SDF
        E(True, ["ASSAULT"], [6], "استهدفت", ["asserted", "reported"], mode="aerial",
          source=TURKEY, recipient=SDF, location=TAL_RIFAAT_FAFIN, date=D("2021-10-16"),
          attribution=["ناشطون", "صفحات محلية مقربة من قسد"], fatalities=3,
          acled=["Explosions/Remote violence/Air/drone strike"]),
        E(True, ["ACCUSE"], [7], "وحمّلت", ["asserted", "reported"],
          source=SIG_MOD, recipient=SDF, location=MAREA, date=D("2021-10-16"),
          attribution=["بيان وزارة الدفاع في الحكومة السورية المؤقتة"]),
        # participle clause: optional THREATEN (like «محمّلةً»/«داعياً» in the second set), and the threatened reply
        E(False, ["THREATEN"], [7], "متوعدةً", ["asserted", "reported"], mode="violence",
          source=SIG_MOD, recipient=SDF, location=MAREA, date=D("2021-10-16")),
        E(False, ["ASSAULT"], [7], "رد قاسٍ", ["hypothetical"], source=SIG_MOD, recipient=SDF),
        # road blocking by camp residents, near a border crossing
        E(True, ["PROTEST"], [8], "قطع", ["asserted"], mode="obstruct",
          source=CAMP_PROTESTERS, location=AZAZ_SIJO, date=D("2021-10-16"), acled=["Protests/Peaceful protest"]),
        E(True, ["REQUEST"], [8], "وطالبوا", ["asserted"],
          source=CAMP_PROTESTERS, recipient=AZAZ_COUNCIL, location=AZAZ_SIJO, date=D("2021-10-16")),
        # SVO arrest campaign («الشرطة العسكرية ... شنت»)
        E(True, ["COERCE"], [9], "اعتقلت", ["asserted", "reported"], mode="arrest",
          source=MIL_POLICE, recipient=AZAZ_DETAINEES, location=AZAZ, date=D("2021-10-16"),
          attribution=["مصدر في الشرطة"], acled=["Strategic developments/Arrests"]),
        # background with «وكانت ... قد», explicit day-month date, with a toll: core
        E(True, ["ASSAULT"], [10], "انفجرت", ["historical", "asserted"], mode="explosives",
          recipient=CIVILIANS, location=AFRIN_CITY, date=D("2021-10-07"), fatalities=6,
          acled=["Explosions/Remote violence/Remote explosive/landmine/IED"]),
        # the accusation that followed the car bomb: background, optional
        E(False, ["ACCUSE"], [10], "اتهمت", ["historical", "asserted"],
          source=SNA, recipient=SDF, location=AFRIN_CITY, date=D("2021-10-07", "week", ("2021-10-07", "2021-10-14"))),
    ],
))

# ============================================================================ 013: Deir ez-Zor and al-Bukamal
ARTICLES.append(dict(
    id="team3-013", slug="deir_ezzor_bukamal_tribes", published="2021-04-25",
    outlet="Ain al-Furat Network (fictional)",
    paras=[
        # 0 (passive)
        "قُتل خمسة عناصر من ميليشيا «لواء فاطميون» الأفغانية المدعومة من إيران، فجر اليوم الأحد، بغارة نفذتها طائرة مسيّرة مجهولة على موقع للميليشيا في حي الكتف بمدينة البوكمال شرقي دير الزور، على بعد كيلومترات من معبر البوكمال–القائم الحدودي مع العراق.",
        # 1
        "وأفاد مراسلنا في البوكمال بأن الطائرة استهدفت مستودعاً للذخيرة تتخذه الميليشيا مقراً لها، ما أدى إلى اندلاع حريق كبير سُمعت أصوات انفجاراته في أرجاء المدينة، في حين رجّحت مصادر محلية أن تكون الطائرة تابعة لـ«التحالف الدولي» بقيادة واشنطن.",
        # 2
        "وعقب الضربة، استقدمت الميليشيات الإيرانية تعزيزات عسكرية من مدينة الميادين إلى البوكمال، ضمت نحو عشرين سيارة محملة بالعناصر والأسلحة المتوسطة، ونشرت حواجز إضافية في شوارع المدينة، وسط تخوف الأهالي من حملة اعتقالات انتقامية بحق شبانها.",
        # 3
        "وفي ريف دير الزور الغربي، داهمت دورية تابعة لـ«قوات سوريا الديمقراطية» (قسد)، بمساندة مروحيات «التحالف الدولي»، فجر أمس السبت، منزل الشيخ مطر الحمادي، أحد أبرز وجهاء العشائر في بلدة الكسرة، واعتقلته مع اثنين من أبنائه بتهمة «التستر على خلايا تنظيم داعش»، بحسب ما ذكرته صفحة «أخبار الكسرة» على «فيسبوك».",
        # 4
        "وأغلق العشرات من أبناء عشيرته، صباح اليوم، الطريق العام الواصل بين الكسرة وبلدة جديدة بكارة بالإطارات المشتعلة، احتجاجاً على اعتقال الشيخ ونجليه، ورددوا هتافات تطالب بخروج «قسد» من المنطقة.",
        # 5
        "وردّت «قسد» بفرض حظر للتجوال في بلدة الكسرة اعتباراً من ظهر اليوم وحتى إشعار آخر، ونشرت عناصرها وعرباتها العسكرية على مداخل البلدة ومفارقها الرئيسية.",
        # 6
        "وهدد وجهاء من العشيرة، في تسجيل مصور نُشر على مواقع التواصل الاجتماعي، بـ«التصعيد الشامل» وطرد عناصر «قسد» من قرى الريف الغربي، في حال عدم الإفراج عن الشيخ ونجليه خلال 48 ساعة.",
        # 7 (pronoun-only actor: «وأكدوا»)
        "والتقى وفد من وجهاء العشيرة، عصر اليوم، قياديين في «مجلس دير الزور العسكري» التابع لـ«قسد» في بلدة الكسرة لبحث قضية الاعتقال، وأكدوا خلال اللقاء رفضهم أي «تسوية» لا تبدأ بالإفراج عن المعتقلين الثلاثة، بحسب ما نقلته الصفحة ذاتها.",
        # 8
        "وبحسب الصفحة ذاتها، تعهدت قيادة المجلس بالإفراج عن الشيخ ونجليه «فور انتهاء التحقيق معهم»، من دون تحديد موعد لذلك، في حين لم يصدر أي تعليق رسمي عن «قسد» حول القضية.",
        # 9
        "وفي ريف دير الزور الشرقي، قُتل عنصران من «قسد» وأصيب ثالث بجروح، ليل أمس، بهجوم شنه مسلحون يُعتقد أنهم من خلايا تنظيم «داعش» على حاجز للقوات عند المدخل الجنوبي لبلدة هجين، قبل أن يلوذوا بالفرار.",
        # 10
        "وكانت مواقع لميليشيا «كتائب حزب الله» العراقية قرب قرية الهري جنوب شرقي البوكمال قد تعرضت، منتصف الشهر الجاري، لغارات جوية مماثلة أسفرت عن مقتل سبعة عناصر وتدمير عدد من الآليات، ولم تتبنَّ أي جهة تلك الغارات.",
    ],
    events=[
        # drone strike (unidentified drone: no source), told in 0, retold by the correspondent in 1, referred to in 2
        E(True, ["ASSAULT"], [0, 1, 2], "بغارة", ["asserted"], mode="aerial",
          recipient=FATEMIYOUN, location=BUKAMAL, date=D("2021-04-25"), attribution=["مراسلنا"], fatalities=5,
          acled=["Explosions/Remote violence/Air/drone strike"]),
        E(True, ["MOBILIZE"], [2], "تعزيزات عسكرية", ["asserted"], mode="troops",
          source=IRAN_MILITIAS, location=BUKAMAL_MAYADIN, date=D("2021-04-25"),
          acled=["Strategic developments/Other"]),
        # the feared reprisal arrests: not an event yet
        E(False, ["COERCE"], [2], "حملة اعتقالات انتقامية", ["hypothetical"], mode="arrest",
          source=IRAN_MILITIAS, location=BUKAMAL),
        # raid and arrest of a tribal sheikh; the protest in 4 and the meeting in 7 refer to it
        E(True, ["COERCE"], [3, 4, 7], "واعتقلته", ["asserted", "reported"], mode="arrest",
          source=SDF_COALITION, recipient=SHEIKH, location=KASRA, date=D("2021-04-24"),
          attribution=["أخبار الكسرة"], acled=["Strategic developments/Arrests"]),
        # road blocking with burning tyres
        E(True, ["PROTEST"], [4], "وأغلق", ["asserted"], mode="obstruct",
          source=TRIBE, recipient=SDF, location=KASRA_JDEIDA, date=D("2021-04-25"),
          acled=["Protests/Peaceful protest"]),
        # slogans «تطالب»: optional REQUEST (like the second set's «لافتات تطالب»)
        E(False, ["REQUEST"], [4], "تطالب", ["asserted"], source=TRIBE, recipient=SDF, location=KASRA_JDEIDA,
          date=D("2021-04-25")),
        E(True, ["COERCE"], [5], "حظر للتجوال", ["asserted"], mode="curfew",
          source=SDF, location=KASRA, date=D("2021-04-25")),
        E(False, ["MOBILIZE"], [5], "ونشرت عناصرها", ["asserted"], mode="troops",
          source=SDF, location=KASRA, date=D("2021-04-25")),
        # conditional threat with a 48-hour deadline; no explicit day: yesterday or today
        E(True, ["THREATEN"], [6], "وهدد", ["asserted", "reported"], mode="violence",
          source=TRIBE, recipient=SDF, location=KASRA_WEST, date=D("2021-04-25", "day", ("2021-04-24", "2021-04-25")),
          attribution=["تسجيل مصور"]),
        E(False, ["COERCE", "ASSAULT"], [6], "وطرد", ["hypothetical"], source=TRIBE, recipient=SDF,
          location=KASRA),
        E(True, ["CONSULT"], [7], "والتقى", ["asserted", "reported"],
          source=TRIBE, recipient=DEZ_MC, location=KASRA, date=D("2021-04-25"), attribution=["أخبار الكسرة"]),
        # the rejection whose subject is only the pronoun of «وأكدوا»
        E(True, ["REJECT"], [7], "رفضهم", ["asserted", "reported"],
          source=TRIBE, recipient=DEZ_MC, location=KASRA, date=D("2021-04-25"), attribution=["أخبار الكسرة"]),
        # a commitment to act (AGREE), and the promised release itself (planned, optional)
        E(True, ["AGREE"], [8], "تعهدت", ["asserted", "reported"],
          source=DEZ_MC, recipient=merge(TRIBE, SHEIKH), location=KASRA, date=D("2021-04-25"),
          attribution=["أخبار الكسرة"]),
        E(False, ["RETREAT", "CONCEDE"], [8], "بالإفراج", ["planned"], mode="release",
          source=DEZ_MC, recipient=SHEIKH, location=KASRA),
        E(True, ["ASSAULT"], [9], "بهجوم", ["asserted"], mode="firearms",
          source=ISIS_GUNMEN, recipient=SDF_FIGHTERS, location=HAJIN,
          date=D("2021-04-24", "day", ("2021-04-24", "2021-04-25")), fatalities=2,
          acled=["Battles/Armed clash"]),
        E(False, ["RETREAT"], [9], "يلوذوا بالفرار", ["asserted"], mode="withdraw",
          source=ISIS_GUNMEN, location=HAJIN),
        # background with «وكانت ... قد», «منتصف الشهر الجاري», with a toll: core
        E(True, ["ASSAULT"], [10], "لغارات جوية", ["historical", "asserted"], mode="aerial",
          recipient=KATAIB_HEZBOLLAH, location=BUKAMAL_HARI,
          date=D("2021-04-15", "week", ("2021-04-12", "2021-04-18")), fatalities=7,
          acled=["Explosions/Remote violence/Air/drone strike"]),
    ],
))

# ============================================================================ 014: Suwayda
ARTICLES.append(dict(
    id="team3-014", slug="suwayda_kidnap_karama", published="2021-09-04",
    outlet="Sada al-Jabal Network (fictional)",
    paras=[
        # 0 (commemoration rally)
        "أحيا المئات من أبناء محافظة السويداء، ظهر اليوم السبت، الذكرى السادسة لاغتيال الشيخ وحيد البلعوس، مؤسس حركة «رجال الكرامة»، في تجمع حاشد بساحة السير وسط مدينة السويداء، رددوا خلاله هتافات تطالب بكشف المتورطين في الاغتيال ومحاسبتهم، وترفض سوق أبناء المحافظة إلى الخدمة العسكرية خارجها.",
        # 1 (passive with «من قبل», on a road)
        "وفي سياق آخر، اختُطف الشاب رامي ع.، وهو من أبناء مدينة شهبا، مساء أول أمس الخميس، من قبل مجموعة مسلحة اعترضت سيارته على طريق دمشق–السويداء قرب بلدة الصورة الكبيرة، واقتيد إلى جهة مجهولة، بحسب ما أفاد به أحد أقاربه.",
        # 2
        "وشنت «حركة رجال الكرامة»، فجر اليوم، هجوماً على مقر المجموعة الخاطفة في مزرعة على أطراف بلدة الصورة الكبيرة بريف السويداء الشمالي، دارت خلاله اشتباكات بين مقاتلي الحركة وعناصر المجموعة استمرت نحو ساعتين، وانتهت بتحرير المخطوف ومقتل اثنين من الخاطفين ومقاتل من الحركة، وفق ما أكده مصدر في «رجال الكرامة» لـ«صدى الجبل».",
        # 3 (accusation, threat, and a denial of responsibility)
        "واتهمت الحركة، في بيان نشرته على صفحتها في «فيسبوك»، فرع «الأمن العسكري» في السويداء بتوفير الغطاء لعصابات الخطف وتزويد عناصرها بالسلاح وبطاقات أمنية، وتوعدت بملاحقة «كل من يعبث بأمن الجبل وأهله»، في حين نفى مصدر في الفرع لإذاعة محلية موالية أي صلة للفرع بالمجموعة.",
        # 4 (checkpoint detention)
        "وفي مدينة السويداء، احتجز عناصر حاجز تابع لفرع «المخابرات الجوية» عند المدخل الشمالي للمدينة، صباح اليوم، طالبين جامعيين من أبناء بلدة القريا أثناء توجههما إلى دمشق لتقديم امتحاناتهما، بحجة تخلفهما عن الخدمة الاحتياطية.",
        # 5 (road blocking)
        "وعلى إثر ذلك، تجمع العشرات من أهالي القريا أمام مبنى قيادة الشرطة في المدينة، وقطعوا الطريق الرئيسي المؤدي إليه بالحجارة والإطارات، مطالبين بالإفراج الفوري عن الطالبين.",
        # 6 (passive release, agent known from context)
        "وأُفرج عن الطالبين مساء اليوم، بعد تدخل وجهاء من البلدة ومشايخ من «الرئاسة الروحية للطائفة»، وفق ما أفادت به صفحة «القريا الآن» المحلية، التي أشارت إلى أن المحتجين فتحوا الطريق فور وصول الطالبين إلى البلدة.",
        # 7
        "إنسانياً، وزعت «جمعية أيادي الخير في جبل العرب»، أمس الجمعة، سلالاً غذائية ومواد تدفئة على نحو 450 عائلة من العائلات المهجرة من ريف دمشق ودرعا، والمقيمة في بلدة قنوات شرقي السويداء.",
        # 8 (generic: yearly aggregate)
        "وتشهد محافظة السويداء منذ سنوات انتشاراً لعصابات الخطف مقابل الفدية، إذ وثقت شبكة «صدى الجبل» 63 حالة خطف في المحافظة منذ مطلع العام الجاري، أُفرج عن معظم المخطوفين فيها بعد دفع ذويهم مبالغ مالية كبيرة.",
        # 9
        "وكانت اشتباكات قد اندلعت، الثلاثاء الماضي، بين مجموعة محلية مسلحة وعناصر من ميليشيا «الدفاع الوطني» في بلدة عتيل شمال السويداء، على خلفية خلاف على إدارة حاجز عند مدخل البلدة، وأسفرت عن مقتل عنصر من كل طرف.",
        # 10 (fear)
        "ويسود التوتر بلدات ريف السويداء الشمالي، وسط تخوف الأهالي من تجدد المواجهات بين الفصائل المحلية والمجموعات المرتبطة بالأجهزة الأمنية، ولا سيما بعد مقتل مقاتل «رجال الكرامة» في هجوم اليوم.",
    ],
    events=[
        # commemorative rally with slogans: a demonstration
        E(True, ["PROTEST"], [0], "تجمع حاشد", ["asserted"], mode="demo",
          source=SUWAYDA_PEOPLE, location=SUWAYDA_CITY, date=D("2021-09-04"), acled=["Protests/Peaceful protest"]),
        # slogans that demand and refuse: one optional event
        E(False, ["REQUEST", "REJECT"], [0], "تطالب", ["asserted"],
          source=SUWAYDA_PEOPLE, location=SUWAYDA_CITY, date=D("2021-09-04")),
        # the commemorated 2015 assassination: historical, optional, no toll stated
        E(False, ["ASSAULT"], [0], "لاغتيال", ["historical"], mode="assassinate",
          recipient=KARAMA, location=SUWAYDA_CITY, date=D("2015-09-04", "month", ("2015-09-01", "2015-09-30"))),
        E(True, ["ASSAULT"], [1], "اختُطف", ["asserted", "reported"], mode="abduct",
          source=KIDNAPPERS, recipient=KIDNAPPED, location=SURA_ROAD, date=D("2021-09-02"),
          attribution=["أحد أقاربه"], acled=["Violence against civilians/Abduction/forced disappearance"]),
        # the rescue raid: a clash with tolls for both sides (2 + 1); 10 refers back to it
        E(True, ["ASSAULT"], [2, 10], "اشتباكات", ["asserted", "reported"], mode="firearms",
          source=KARAMA_KIDNAPPERS, location=SUWAYDA_NORTH_FARM, date=D("2021-09-04"),
          attribution=["مصدر في رجال الكرامة"], fatalities=3, acled=["Battles/Armed clash"]),
        # the attack that started the clash, and the freeing of the hostage: parts of it
        E(False, ["ASSAULT"], [2], "هجوماً", ["asserted", "reported"], mode="firearms",
          source=KARAMA, recipient=KIDNAPPERS, location=SUWAYDA_NORTH_FARM, date=D("2021-09-04")),
        E(False, ["RETREAT", "COERCE"], [2], "بتحرير المخطوف", ["asserted", "reported"], mode="release",
          source=KARAMA, recipient=KIDNAPPED, location=SUWAYDA_NORTH_FARM, date=D("2021-09-04")),
        E(True, ["ACCUSE"], [3], "واتهمت", ["asserted", "reported"],
          source=KARAMA, recipient=MIL_SECURITY, location=SUWAYDA_CITY, date=D("2021-09-04"),
          attribution=["بيان حركة رجال الكرامة"]),
        E(True, ["THREATEN"], [3], "وتوعدت", ["asserted", "reported"], mode="violence",
          source=KARAMA, recipient=KIDNAPPERS, location=SUWAYDA_CITY, date=D("2021-09-04"),
          attribution=["بيان حركة رجال الكرامة"]),
        # the Military Security source's denial of any link is not an event (no REJECT): see README
        E(True, ["COERCE"], [4], "احتجز", ["asserted"], mode="arrest",
          source=AIR_INTEL, recipient=STUDENTS, location=SUWAYDA_NORTH_ENTRANCE, date=D("2021-09-04"),
          acled=["Strategic developments/Arrests"]),
        E(True, ["PROTEST"], [5], "وقطعوا", ["asserted"], mode="obstruct",
          source=QURAYYA_PROTESTERS, location=SUWAYDA_CITY, date=D("2021-09-04"),
          acled=["Protests/Peaceful protest"]),
        E(False, ["REQUEST"], [5], "مطالبين", ["asserted"],
          source=QURAYYA_PROTESTERS, location=SUWAYDA_CITY, date=D("2021-09-04")),
        # passive release without a named agent: the agent is the Air Force Intelligence checkpoint of 4
        E(True, ["RETREAT", "CONCEDE"], [6], "وأُفرج", ["asserted", "reported"], mode="release",
          source=AIR_INTEL, recipient=STUDENTS, location=SUWAYDA_QURAYYA, date=D("2021-09-04"),
          attribution=["القريا الآن"]),
        E(True, ["AID"], [7], "وزعت", ["asserted"], mode="humanitarian",
          source=NGO_AYADI, recipient=DISPLACED_QANAWAT, location=QANAWAT, date=D("2021-09-03")),
        # paragraph 8 is a generic statement (kidnappings since the start of the year): deliberately NO gold event
        # background with «وكانت ... قد», dated (last Tuesday), one killed on each side: core
        E(True, ["ASSAULT"], [9], "اشتباكات", ["historical", "asserted"], mode="firearms",
          source=LOCAL_GROUP_NDF, location=ATIL, date=D("2021-08-31"), fatalities=2,
          acled=["Battles/Armed clash"]),
        # the feared renewal of fighting
        E(False, ["ASSAULT"], [10], "تجدد المواجهات", ["hypothetical"], source=LOCAL_GROUP_NDF,
          location=SUWAYDA_NORTH_FARM),
    ],
))

# ============================================================================ 015: Manbij, analytic report
ARTICLES.append(dict(
    id="team3-015", slug="manbij_russian_delegation", published="2019-12-18",
    outlet="Sajur Network (fictional)",
    paras=[
        # 0 (explicit day-month date)
        "وصل وفد عسكري روسي، يوم أمس الثلاثاء 17 كانون الأول، إلى قرية العريمة غربي مدينة منبج بريف حلب الشرقي، والتقى قياديين في «مجلس منبج العسكري» المنضوي في صفوف «قوات سوريا الديمقراطية» (قسد).",
        # 1
        "وقالت صفحة «منبج الحدث» على «فيسبوك» إن الاجتماع، الذي عُقد في مقر الشرطة العسكرية الروسية في القرية واستمر نحو أربع ساعات، تناول ملف انتشار قوات النظام على خطوط التماس مع فصائل «الجيش الوطني السوري» على ضفاف نهر الساجور، دون الكشف عن نتائجه.",
        # 2
        "وبحسب مصادر خاصة لـ«شبكة الساجور»، فإن الجانب الروسي طلب من المجلس تسليم ثلاث نقاط عسكرية في قريتي عون الدادات والدندنية لقوات النظام، وإعادة فتح معبر العون مع مناطق سيطرة «الجيش الوطني» أمام الحركة التجارية، على أن يجري لقاء آخر مطلع الأسبوع المقبل، بعد طلب المجلس مهلة للتشاور مع القيادة العامة لـ«قسد».",
        # 3 (negated attendance)
        "وأكد مصدر في «مجلس منبج العسكري» لـ«شبكة الساجور» أن المجلس رفض تسليم أي نقطة قبل الحصول على «ضمانات روسية مكتوبة» بمنع أي هجوم تركي على المدينة، ولم يحضر الاجتماع أي ممثل عن «مجلس منبج المدني» أو «الإدارة الذاتية»، بحسب المصدر ذاته.",
        # 4 (the attack, first telling)
        "وتأتي زيارة الوفد الروسي بعد ثمانية أيام على هجوم شنته فصائل من «الجيش الوطني» على قرية الدندنية شمال غربي منبج، وسط تخوف الأهالي من تكرار الهجوم مع استمرار التوتر على خطوط التماس.",
        # 5 (rumour)
        "وتدور أحاديث في أوساط مقربة من «قسد» عن تفاهم روسي–تركي جرى التوصل إليه مؤخراً، يقضي بانسحاب مقاتلي المجلس إلى شرقي نهر الفرات وتسليم مدينة منبج لقوات النظام والشرطة العسكرية الروسية، مقابل تعهد أنقرة بوقف عملياتها العسكرية في المنطقة.",
        # 6 (denial)
        "في المقابل، نفى المتحدث باسم المجلس، في تصريح لشبكتنا، وجود أي اتفاق من هذا النوع، مؤكداً أن «منبج لن تُسلَّم لأي جهة»، وأن مقاتلي المجلس «باقون في مواقعهم».",
        # 7 (leaked news)
        "كما تسربت أنباء من داخل الاجتماع عن موافقة مبدئية أبداها المجلس على تسيير دوريات روسية مشتركة مع قوات النظام في قرى خط الساجور خلال الأيام المقبلة، من دون أن يصدر أي تأكيد رسمي بهذا الشأن.",
        # 8 (dismissal and referral for investigation)
        "وفي تطور لافت، أصدرت القيادة العامة لـ«قسد» أوامر بإقالة قائد «قطاع الساجور» في مجلس منبج العسكري، القيادي فرهاد حسو، وتحويله للتحقيق، وتعيين قيادي آخر بدلاً عنه، على خلفية «التقصير» الذي رافق أحداث الدندنية، بحسب ما أفاد به مصدر عسكري في المجلس فضّل عدم الكشف عن اسمه.",
        # 9
        "وأيّد «مجلس شيوخ ووجهاء عشائر منبج»، في بيان أصدره اليوم، موقف المجلس العسكري الرافض لتسليم النقاط، داعياً الجانب الروسي إلى «الوفاء بتعهداته» بحماية المدينة وأهلها.",
        # 10
        "من جهته، أعلن «مجلس منبج المدني» إعادة فتح معبر العون أمام حركة المدنيين والحالات الإنسانية اعتباراً من صباح الأحد المقبل، بعد توقف الحركة عبره نحو شهرين، مع إبقاء الحركة التجارية متوقفة «حتى إشعار آخر».",
        # 11 (the attack, second telling, with the toll)
        "وكان الهجوم على الدندنية، الذي بدأ فجر الاثنين 9 كانون الأول بتمهيد مدفعي تركي، قد أسفر عن مقتل أربعة من مقاتلي المجلس وثلاثة عناصر من الفصائل المهاجمة، بحسب حصيلة نشرها «مركز منبج للتوثيق»، قبل أن تستعيد قوات المجلس السيطرة على القرية بعد ظهر اليوم ذاته.",
        # 12 (an earlier round that produced nothing)
        "وكانت جولة سابقة من المحادثات بين قيادة المجلس والجانب الروسي قد عُقدت في قاعدة حميميم مطلع الشهر الجاري، ولم تسفر عن أي اتفاق بشأن مستقبل المدينة، وفق ما ذكره المصدر العسكري ذاته.",
        # 13
        "في غضون ذلك، رصد مراسلنا وصول تعزيزات عسكرية تركية جديدة، خلال اليومين الماضيين، إلى القواعد التركية في محيط مدينة جرابلس ومنطقة الساجور، تضم دبابات وراجمات صواريخ، وسط مخاوف من عملية عسكرية تركية وشيكة على منبج في حال فشل المساعي الروسية.",
    ],
    events=[
        # the visit and meeting: 0, the meeting's content in 1, referred to in 4
        E(True, ["CONSULT"], [0, 1, 4], "وصل", ["asserted", "reported"], mode="visit",
          source=RUSSIA, recipient=MMC, location=ARIMA, date=D("2019-12-17"), attribution=["منبج الحدث"]),
        E(True, ["REQUEST"], [2], "طلب من المجلس", ["asserted", "reported"],
          source=RUSSIA, recipient=MMC, location=MANBIJ_TALKS, date=D("2019-12-17"), attribution=["مصادر خاصة"]),
        # the requested handover of positions (and reopening of the crossing): not carried out
        E(False, ["RETREAT"], [2], "تسليم ثلاث نقاط", ["hypothetical", "planned"], mode="withdraw",
          source=MMC, recipient=REGIME, location=SAJUR_VILLAGES),
        # planned meeting «على أن يجري لقاء», seed style
        E(True, ["CONSULT"], [2], "لقاء آخر", ["planned"],
          source=RUSSIA, recipient=MMC, location=MANBIJ_TALKS,
          date=D("2019-12-22", "week", ("2019-12-21", "2019-12-25")), attribution=["مصادر خاصة"]),
        # «طلب المجلس مهلة للتشاور», as the seed's «طلب الفصائل مدة زمنية للتشاور» (core)
        E(True, ["REQUEST"], [2], "طلب المجلس", ["asserted", "reported"],
          source=MMC, recipient=RUSSIA, location=MANBIJ_TALKS, date=D("2019-12-17")),
        # the refusal; paragraph 9 refers back to it («الرافض لتسليم النقاط»)
        E(True, ["REJECT"], [3, 9], "رفض", ["asserted", "reported"],
          source=MMC, recipient=RUSSIA, location=ARIMA, date=D("2019-12-17", "day", ("2019-12-17", "2019-12-18")),
          attribution=["مصدر في مجلس منبج العسكري"]),
        # «لم يحضر»: negated attendance, optional (as the seed's G13)
        E(False, ["CONSULT"], [3], "لم يحضر", ["negated"],
          source=MANBIJ_CIVIL, recipient=RUSSIA, location=ARIMA, date=D("2019-12-17")),
        # the recalled attack, told in 4 and again in 11 (with the toll: 4 + 3); dated background: core.
        # Dead on both sides and a recapture make it a two-sided fight: both sides are source, no recipient.
        E(True, ["ASSAULT"], [4, 11], "هجوم شنته", ["historical", "asserted", "reported"], mode="firearms",
          source=merge(SNA_TURKEY, MMC), location=DANDANIYAH, date=D("2019-12-09"),
          attribution=["مركز منبج للتوثيق"], fatalities=7, acled=["Battles/Armed clash"]),
        E(False, ["ASSAULT"], [4], "تكرار الهجوم", ["hypothetical"], source=SNA, location=DANDANIYAH),
        # rumoured Russian-Turkish understanding («تدور أحاديث»), denied by the council in 6: core
        E(True, ["AGREE"], [5, 6], "تفاهم", ["rumored", "negated", "reported"],
          source=RUSSIA_TURKEY, location=MANBIJ, attribution=["أوساط مقربة من قسد", "المتحدث باسم المجلس"],
          acled=["Strategic developments/Agreement"]),
        E(False, ["RETREAT"], [5], "بانسحاب مقاتلي المجلس", ["rumored", "planned", "negated", "reported"],
          mode="withdraw", source=MMC, location=MANBIJ),
        # «منبج لن تُسلَّم لأي جهة» inside the denial: a stance, optional REJECT
        E(False, ["REJECT"], [6], "لن تُسلَّم", ["asserted", "reported"],
          source=MMC, location=MANBIJ, date=D("2019-12-18", "day", ("2019-12-17", "2019-12-18"))),
        # leaked consent in principle («تسربت أنباء»): rumoured, core; the patrols themselves: planned, optional
        E(True, ["AGREE"], [7], "موافقة مبدئية", ["rumored", "reported"],
          source=MMC, recipient=RUSSIA, location=MANBIJ_TALKS, date=D("2019-12-17")),
        E(False, ["COOPERATE", "MOBILIZE", "AGREE"], [7], "دوريات روسية مشتركة", ["planned", "rumored"],
          source=merge(RUSSIA, REGIME), location=SAJUR_VILLAGES),
        # dismissal and referral for investigation (as the seed's G21); no date given
        E(True, ["SANCTION", "COERCE"], [8], "بإقالة", ["asserted", "reported"],
          source=SDF_COMMAND, recipient=MMC_COMMANDER, location=MANBIJ,
          attribution=["مصدر عسكري في المجلس"]),
        E(True, ["SUPPORT"], [9], "وأيّد", ["asserted"],
          source=MANBIJ_TRIBES, recipient=MMC, location=MANBIJ, date=D("2019-12-18")),
        E(False, ["REQUEST"], [9], "داعياً", ["asserted"],
          source=MANBIJ_TRIBES, recipient=RUSSIA, location=MANBIJ, date=D("2019-12-18")),
        # announced reopening of a crossing (a concession, effective next Sunday)
        E(True, ["CONCEDE", "RETREAT"], [10], "أعلن", ["asserted", "planned"], mode="access",
          source=MANBIJ_CIVIL, recipient=MANBIJ_CIVILIANS, location=AWN_CROSSING,
          date=D("2019-12-18", "day", ("2019-12-18", "2019-12-22"))),
        # «قبل أن تستعيد قوات المجلس السيطرة»: part of the recalled fighting; extra ASSAULTs in 11 are tolerated
        E(False, ["ASSAULT", "COERCE"], [11], "تستعيد قوات المجلس السيطرة", ["historical", "asserted"],
          source=MMC, location=DANDANIYAH, date=D("2019-12-09")),
        # the earlier round at Hmeimim (happened; «لم تسفر» negates its outcome): optional
        E(False, ["CONSULT"], [12], "جولة سابقة من المحادثات", ["historical", "asserted"],
          source=MMC, recipient=RUSSIA, location=HMEIMIM,
          date=D("2019-12-03", "week", ("2019-12-01", "2019-12-07"))),
        E(False, ["AGREE"], [12], "اتفاق", ["negated", "historical"],
          source=merge(MMC, RUSSIA), location=HMEIMIM),
        E(True, ["MOBILIZE"], [13], "تعزيزات عسكرية تركية", ["asserted"], mode="troops",
          source=TURKEY, location=JARABULUS_SAJUR, date=D("2019-12-17", "day", ("2019-12-16", "2019-12-18")),
          attribution=["مراسلنا"], acled=["Strategic developments/Other"]),
        E(False, ["ASSAULT"], [13], "عملية عسكرية تركية", ["hypothetical"], source=TURKEY, recipient=MMC,
          location=MANBIJ),
    ],
))


if __name__ == "__main__":
    build(HERE, ARTICLES, "team3.gold.json", id_prefix="team3", first_number=FIRST_NUMBER)
