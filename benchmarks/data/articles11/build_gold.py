#!/usr/bin/env python3
"""Write the eleventh team-made article set (NNN_slug.txt, ids team11-051 ... team11-055) and its gold
(team11.gold.json).

The articles and annotations live here; ``benchmarks/data/goldkit.py`` writes the files and computes every
offset (nothing is typed by hand): para_spans are the [start, end) code-point offsets of each line (newline
excluded) in the file text, trigger spans are found inside the named paragraph. Run from anywhere:
    python3 benchmarks/data/articles11/build_gold.py && python3 benchmarks/data/articles11/check_gold.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from actors_places import (  # noqa: E402
    AID_SENDERS,
    AMMAN,
    ASAYISH,
    AWAMIYAH,
    BAGHDAD,
    BAGHDAD_ERBIL,
    BANI_SUHEILA,
    BARA,
    BARA_VICTIMS,
    BINNISH,
    BINNISH_PREACHER,
    BINNISH_RESIDENTS,
    BORDER_GUARD_VS_HOUTHIS,
    CELL,
    CELL_PLACES,
    COALITION,
    DAMASCUS_DHIBIN,
    DEFENDANTS,
    DEIR_BALAH,
    DEIR_BALAH_POLICE,
    DHIBIN,
    DHIBIN_PROTESTERS,
    DOHA,
    DOHA_TALKS,
    EAST_BORDER,
    EDU_PLACES,
    ERBIL,
    ERBIL_SUSPECTS,
    FEDERAL_GOV,
    GAZA_RESIDENTS,
    GCC_MINISTERS,
    GENERAL_SECURITY,
    GUNMEN,
    HAMAS,
    HARTH,
    HOUTHI_SALEH,
    HTS,
    HTS_AUTHORITIES,
    IDLIB_CITY,
    IDLIB_MOVEMENT,
    IDLIB_PROTESTERS,
    IHSIM,
    IHSIM_VICTIMS,
    INTL_COMMUNITY,
    IRAQ_MOFA,
    ISRAEL,
    ISRAELI_PROTESTERS,
    JABAL_DUD,
    JAF,
    JAF_STATEMENT,
    JAF_VS_SMUGGLERS,
    JAZAN_AUTHORITIES,
    JAZAN_VILLAGES,
    JEDDAH,
    JISR,
    JISR_ACTIVISTS,
    JISR_IDLIB,
    JISR_OFFICIAL,
    JISR_PROTESTERS,
    JOINT_COMMITTEE,
    JORDAN,
    JORDAN_GOV,
    KEREM_SHALOM,
    KRG,
    KRG_CTD,
    KRG_EDU,
    KY_RAFAH,
    KY_VICTIMS,
    KY_WEST,
    MAWASI,
    MAWASI_DISPLACED,
    MOFA_PLACES,
    NAJRAN,
    NAJRAN_BORDER,
    NAJRAN_VICTIMS,
    PATROL,
    QASSAM_VS_ISRAEL,
    RAFAH,
    RAFAH_VICTIMS,
    RAZIH,
    RAZIH_TARGETS,
    REGIME,
    RIYADH,
    RUWAISHED,
    SAID_SADIQ,
    SAID_SADIQ_VICTIMS,
    SAUDI_ARABIA,
    SAUDI_COURT,
    SAUDI_FORCES,
    SAUDI_MOI,
    SIDAKAN,
    SIDAKAN_VICTIMS,
    SINUNI,
    SMUGGLERS,
    SULAY_CITY,
    SULAY_ORGANISERS,
    SULAY_TEACHERS,
    SWEIDA_TARGETS,
    SYRIA_MOFA,
    SYRIAN_GOV,
    TURKEY,
    UMM_JIMAL,
    UMM_JIMAL_AMMAN,
    UNRWA,
    UNRWA_PLACES,
    YBS,
)
from goldkit import D, E, build  # noqa: E402

FIRST_NUMBER = 51  # file and id numbering continues after the first ten sets (001-050)

SHELL = ["Explosions/Remote violence/Shelling/artillery/missile attack"]
AIR = ["Explosions/Remote violence/Air/drone strike"]
CLASH = ["Battles/Armed clash"]
ATTACK = ["Violence against civilians/Attack"]
ARREST = ["Strategic developments/Arrests"]
PEACEFUL = ["Protests/Peaceful protest"]
INTERVENTION = ["Protests/Protest with intervention"]
DISRUPTED = ["Strategic developments/Disrupted weapons use"]
OTHER = ["Strategic developments/Other"]
AGREEMENT = ["Strategic developments/Agreement"]

ARTICLES = []

# ============================================================================ 051: Idlib (Syrian opposition site)
ARTICLES.append(dict(
    id="team11-051", slug="idlib_binnish_jisr_hts_protests", published="2024-05-17",
    outlet="Zaytoun al-Shamal network (fictional)",
    paras=[
        # 0 (headline: the Idlib protest and its demand, the Jisr arrest and the release)
        "آلاف المتظاهرين في إدلب يطالبون بتنحي الجولاني.. و«الأمن العام» يفرج عن ناشطَين اعتقلهما في جسر الشغور",
        # 1 (dateline; the Idlib protest and a finite demand; «تنديداً» is no ACCUSE)
        "إدلب – «زيتون الشمال»: احتشد آلاف المحتجين، عقب صلاة الجمعة اليوم، في دوار السبع بحرات وسط مدينة إدلب، في مظاهرة حاشدة تُعدّ الأكبر منذ أسابيع، تنديداً بممارسات «هيئة تحرير الشام» وجهازها الأمني، وطالب المتظاهرون قائد الهيئة «أبو محمد الجولاني» بالتنحي و«تبييض السجون» من المعتقلين، وفق ما أفاد به مراسلنا في المدينة.",
        # 2 (an HTS deployment before the protest; «لم تُسجَّل أي احتكاكات» is no event)
        "واستبقت الهيئة المظاهرة بنشر عشرات العناصر الملثمين وسيارات مزودة برشاشات ثقيلة عند مداخل المدينة وفي محيط مبنى «حكومة الإنقاذ»، منذ ساعات الصباح الأولى، فيما لم تُسجَّل أي احتكاكات بين المحتجين والعناصر المنتشرين، بحسب المراسل.",
        # 3 (a vigil in Binnish; banners (optional))
        "وفي مدينة بنش شرقي إدلب، نظّم العشرات من أبناء المدينة، ظهر اليوم، وقفة احتجاجية أمام مبنى المجلس المحلي، رفعوا خلالها لافتات تطالب بالإفراج عن «معتقلي الرأي» وتندد بـ«احتكار الهيئة للقرار العسكري والاقتصادي في المحرر».",
        # 4 (arrests in Jisr al-Shughur «مساء أمس», told by relatives and by the arresting body; the raid optional;
        # the charge is no event)
        "وفي مدينة جسر الشغور غربي إدلب، داهمت دورية تابعة لـ«جهاز الأمن العام»، مساء أمس، منازل ثلاثة ناشطين من منظمي المظاهرات في المدينة، واعتقلتهم واقتادتهم إلى جهة مجهولة، بحسب ما أفاد به ذووهم لـ«زيتون الشمال»، في حين قال الجهاز، في بيان على معرّفاته الرسمية، إنه أوقف «ثلاثة أشخاص متورطين في التواصل مع جهات معادية وإثارة الفوضى».",
        # 5 (the Jisr protest; its demand, the road-blocking and the shots in the air are optional)
        "وخرج مئات المحتجين في جسر الشغور، ظهر اليوم، في مظاهرة طالبت بالإفراج عن الناشطين الثلاثة، وقطع عدد منهم الطريق الرئيسي المؤدي إلى مبنى «المنطقة الأمنية» بالإطارات المشتعلة، قبل أن يطلق عناصر من الهيئة الرصاص في الهواء لتفريقهم، وفق ما أفاد به شهود عيان لمراسلنا.",
        # 6 (a standalone release; «المظاهرة» refers to the Jisr protest; the third activist's fate is no event)
        "وبعد ساعات من المظاهرة، أفرج «جهاز الأمن العام» عن اثنين من الناشطين الثلاثة، بحسب ما أكده أحدهما لمراسلنا، موضحاً أن التحقيق معهما تمحور حول «الجهات التي تموّل الحراك»، في حين لا يزال مصير الناشط الثالث، وهو مدرّس في إحدى مدارس المدينة، مجهولاً حتى ساعة إعداد هذا التقرير.",
        # 7 (a dismissal with a referral; a promised amnesty in a participle (optional))
        "في المقابل، أعلنت قيادة «هيئة تحرير الشام»، في بيان مساء اليوم، إعفاء مسؤول «جهاز الأمن العام» في منطقة جسر الشغور من مهامه وإحالته إلى «لجنة الرقابة والمحاسبة» للتحقيق في «تجاوزات» رافقت عمليات التوقيف، معلنةً عزمها إصدار «عفو عام» عن الموقوفين بتهم غير جنائية «خلال الأيام المقبلة».",
        # 8 (a rejection of the HTS steps; a participle accusation (optional); «مؤكداً استمرار» is no event)
        "ورفض «الحراك الثوري في إدلب»، وهو تجمع يضم ناشطين ووجهاء من مختلف المدن، الخطوات التي أعلنتها الهيئة، معتبراً في بيان أنها «محاولة مكشوفة لامتصاص الغضب الشعبي»، ومتهماً «جهاز الأمن العام» بـ«ممارسة التعذيب الممنهج بحق المعتقلين»، ومؤكداً استمرار المظاهرات «حتى تحقيق كامل المطالب».",
        # 9 (a regime drone strike in Jabal al-Zawiya; 2 per the correspondent, 1 per the civil defence)
        "وفي جبل الزاوية بريف إدلب الجنوبي، قُتل مدنيان وأُصيب طفل بجروح، ظهر اليوم، جراء استهداف طائرة مسيّرة انتحارية تابعة لقوات النظام جراراً زراعياً على أطراف بلدة إحسم، بحسب ما أفاد به مراسلنا، فيما أعلن «الدفاع المدني السوري» أن فرقه انتشلت جثة مزارع وأسعفت مصابَين اثنين إلى مشفى في مدينة أريحا.",
        # 10 (a rumoured arrest, denied)
        "ونفى مصدر في وزارة الداخلية التابعة لـ«حكومة الإنقاذ»، في حديث لـ«زيتون الشمال»، ما تداولته صفحات محلية على مواقع التواصل عن اعتقال خطيب الجامع الكبير في بنش، مساء أمس، مؤكداً أن الخطيب «موجود في منزله ولم يتعرض لأي مضايقة».",
        # 11 (generic)
        "ومنذ أواخر شباط الماضي، تشهد مدن إدلب وبلداتها مظاهرات أسبوعية مناهضة لـ«هيئة تحرير الشام»، اندلعت على خلفية ملف المعتقلين واتهامات التعذيب في سجون جهازها الأمني، فيما تتعرض قرى جبل الزاوية وسهل الغاب لقصف واستهدافات شبه يومية بالطائرات المسيّرة الانتحارية من قبل قوات النظام، رغم سريان اتفاق وقف إطلاق النار الموقّع في آذار 2020.",
        # 12 (background with a dated toll)
        "وكانت قوات النظام قد استهدفت بالمدفعية الثقيلة، صباح الإثنين الماضي، أطراف بلدة البارة في جبل الزاوية، ما أدى إلى مقتل امرأة وإصابة اثنين من أبنائها أثناء عملهم في قطاف الكرز.",
    ],
    events=[
        # the Idlib protest (headline 0, lead 1) and its finite demand
        E(True, ["PROTEST"], [0, 1], "مظاهرة حاشدة", ["asserted"], mode="demo",
          source=IDLIB_PROTESTERS, location=IDLIB_CITY, date=D("2024-05-17"), attribution=["مراسلنا"],
          acled=PEACEFUL, tpara=1),
        E(True, ["REQUEST"], [0, 1], "وطالب", ["asserted"],
          source=IDLIB_PROTESTERS, recipient=HTS, location=IDLIB_CITY, date=D("2024-05-17"),
          attribution=["مراسلنا"], tpara=1),
        # the deployment before the protest (the outlet's own correspondent)
        E(True, ["MOBILIZE"], [2], "بنشر", ["asserted"], mode="troops",
          source=HTS, location=IDLIB_CITY, date=D("2024-05-17"), attribution=["المراسل"], acled=OTHER),
        # the Binnish vigil; the banners are optional
        E(True, ["PROTEST"], [3], "وقفة احتجاجية", ["asserted"], mode="demo",
          source=BINNISH_RESIDENTS, location=BINNISH, date=D("2024-05-17"), acled=PEACEFUL),
        E(False, ["REQUEST", "ACCUSE"], [3], "تطالب", ["asserted"], source=BINNISH_RESIDENTS, recipient=HTS,
          location=BINNISH, date=D("2024-05-17")),
        # the Jisr arrests: headline 0, relatives and the statement 4; the raid optional
        E(True, ["COERCE"], [0, 4], "واعتقلتهم", ["asserted", "reported"], mode="arrest",
          source=GENERAL_SECURITY, recipient=JISR_ACTIVISTS, location=JISR, date=D("2024-05-16"),
          attribution=["ذوو المعتقلين", "بيان جهاز الأمن العام"], acled=ARREST, tpara=4),
        E(False, ["COERCE"], [4], "داهمت", ["asserted", "reported"], mode="seize", source=GENERAL_SECURITY,
          recipient=JISR_ACTIVISTS, location=JISR, date=D("2024-05-16")),
        # the Jisr protest (5, «المظاهرة» 6); its demand, the road-blocking and the dispersal are optional
        E(True, ["PROTEST"], [5, 6], "مظاهرة", ["asserted", "reported"], mode="demo",
          source=JISR_PROTESTERS, location=JISR, date=D("2024-05-17"), attribution=["شهود عيان"],
          acled=INTERVENTION),
        E(False, ["REQUEST"], [5], "طالبت", ["asserted", "reported"], source=JISR_PROTESTERS,
          recipient=GENERAL_SECURITY, location=JISR, date=D("2024-05-17")),
        E(False, ["PROTEST", "COERCE"], [5], "وقطع", ["asserted", "reported"], mode="obstruct",
          source=JISR_PROTESTERS, location=JISR, date=D("2024-05-17")),
        E(False, ["COERCE", "ASSAULT"], [5], "يطلق", ["asserted", "reported"], mode="restrict", source=HTS,
          recipient=JISR_PROTESTERS, location=JISR, date=D("2024-05-17")),
        # the release: headline 0, 6
        E(True, ["RETREAT", "CONCEDE"], [0, 6], "أفرج", ["asserted", "reported"], mode="release",
          source=GENERAL_SECURITY, recipient=JISR_ACTIVISTS, location=JISR, date=D("2024-05-17"),
          attribution=["أحد المفرج عنهما"], tpara=6),
        # the dismissal with a referral (7; «الخطوات التي أعلنتها الهيئة» 8); the promised amnesty optional
        E(True, ["SANCTION", "COERCE"], [7, 8], "إعفاء", ["asserted", "reported"],
          source=HTS, recipient=JISR_OFFICIAL, location=JISR_IDLIB, date=D("2024-05-17"),
          attribution=["بيان قيادة هيئة تحرير الشام"]),
        E(False, ["CONCEDE", "AGREE"], [7], "عفو عام", ["planned"], source=HTS, recipient=JISR_ACTIVISTS,
          location=JISR_IDLIB),
        # the movement's rejection; the participle accusation is optional
        E(True, ["REJECT"], [8], "ورفض", ["asserted", "reported"],
          source=IDLIB_MOVEMENT, recipient=HTS, location=IDLIB_CITY, date=D("2024-05-17"),
          attribution=["بيان الحراك الثوري في إدلب"]),
        E(False, ["ACCUSE"], [8], "ومتهماً", ["asserted", "reported"], source=IDLIB_MOVEMENT,
          recipient=GENERAL_SECURITY, location=IDLIB_CITY, date=D("2024-05-17")),
        # the drone strike: 2 per the correspondent, 1 per the civil defence → 1
        E(True, ["ASSAULT"], [9], "استهداف طائرة مسيّرة", ["asserted", "reported"], mode="aerial",
          source=REGIME, recipient=IHSIM_VICTIMS, location=IHSIM, date=D("2024-05-17"), fatalities=1,
          attribution=["مراسلنا", "الدفاع المدني السوري"], acled=AIR),
        # the rumoured arrest of the preacher, denied (core, as the earlier sets' denied rumours)
        E(True, ["COERCE"], [10], "اعتقال", ["rumored", "negated", "reported"], mode="arrest",
          source=HTS_AUTHORITIES, recipient=BINNISH_PREACHER, location=BINNISH, date=D("2024-05-16"),
          attribution=["صفحات محلية", "مصدر في وزارة الداخلية التابعة لحكومة الإنقاذ (نفي)"]),
        # paragraph 11 is a generic statement: deliberately NO gold event
        E(True, ["ASSAULT"], [12], "استهدفت", ["historical", "asserted"], mode="heavy-weapons",
          source=REGIME, recipient=BARA_VICTIMS, location=BARA, date=D("2024-05-13"), fatalities=1, acled=SHELL),
    ],
))

# ============================================================================ 052: the Jordan–Syria border (Jordanian daily)
ARTICLES.append(dict(
    id="team11-052", slug="jordan_syria_border_mafraq_sweida", published="2024-01-24",
    outlet="Al-Badia daily (fictional)",
    paras=[
        # 0 (headline: the seizure and the strikes)
        "الجيش يحبط تهريب ملايين الحبوب المخدرة عبر الواجهة الشمالية.. ومصادر سورية: غارات على مزارع «تجار مخدرات» في ريف السويداء",
        # 1 (dateline; a two-sided clash, 4 smugglers killed; the flight (optional))
        "عمّان – «البادية»: اشتبكت قوات حرس الحدود في المنطقة العسكرية الشمالية، فجر أمس الثلاثاء، مع مجموعات مسلحة من المهربين حاولت اجتياز الحدود من الأراضي السورية إلى الأراضي الأردنية، ما أسفر عن مقتل أربعة من المهربين وإصابة عدد آخر وفرار البقية إلى العمق السوري، وفق ما أعلنه مصدر عسكري مسؤول في القيادة العامة للقوات المسلحة الأردنية – الجيش العربي.",
        # 2 (the same clash; the seizure)
        "وأوضح المصدر أن الاشتباك وقع قبالة منطقة أم الجمال في محافظة المفرق، وأن القوات ضبطت خلال تفتيش المنطقة ما تركه المهربون خلفهم، ومنه 3.2 مليون حبة «كبتاجون» و12 كيلوغراماً من مادة «الكريستال» وبنادق آلية وقاذف «آر بي جي»، مشيراً إلى إصابة أحد أفراد حرس الحدود بجروح نُقل على إثرها إلى مدينة الحسين الطبية.",
        # 3 (the army's warning: a threat)
        "وحذّر المصدر من أن القوات المسلحة «لن تتردد في استخدام القوة بكل حزم ضد أي محاولة للتسلل أو التهريب تستهدف أمن الوطن»، مؤكداً أنها ستواصل «ملاحقة شبكات التهريب والجهات التي تقف خلفها وتدعمها أينما وُجدت».",
        # 4 (a smuggling drone downed in the east; «تحويل المضبوطات» is no event)
        "وفي المنطقة العسكرية الشرقية، أسقطت قوات حرس الحدود، مساء أمس، طائرة مسيّرة محمّلة بكمية من المواد المخدرة ومسدسات حربية وذخائر، كانت قادمة من الأراضي السورية باتجاه الأراضي الأردنية في منطقة الرويشد، وجرى تحويل المضبوطات إلى الجهات المختصة، بحسب المصدر ذاته.",
        # 5 (air strikes in Sweida, told by Syrian local sources; the charge is no event)
        "في غضون ذلك، أفادت مصادر محلية في محافظة السويداء جنوبي سوريا بأن طائرات حربية أردنية شنّت، فجر أمس، ثلاث غارات على مزرعة ومنزلين في بلدة ذيبين ومحيط قرية أم الرمان في ريف السويداء الجنوبي، قالت المصادر إنها تعود لأشخاص «متهمين بإدارة عمليات تهريب المخدرات»، ما أدى إلى مقتل خمسة أشخاص بينهم امرأة وطفلان.",
        # 6 (the same strikes: a second toll (6); no Jordanian comment (no event))
        "وقال أحد وجهاء ذيبين لـ«البادية»، في اتصال هاتفي، إن الغارة الأولى دمّرت منزلاً من طابقين بالكامل، وإن حصيلة القتلى بلغت ستة أشخاص، بينهم ثلاثة أطفال، مؤكداً أن بينهم «مدنيين لا علاقة لهم بالتهريب»، في حين لم يصدر أي تعليق رسمي أردني على هذه الأنباء حتى مساء أمس.",
        # 7 (a vigil in Dhibin; banners and a participle demand (optional))
        "وشهدت ساحة بلدة ذيبين، مساء أمس، وقفة احتجاجية شارك فيها العشرات من أبناء البلدة والقرى المجاورة، رفعوا خلالها لافتات تندد بـ«استهداف المدنيين تحت ذريعة مكافحة المخدرات»، مطالبين الحكومتين السورية والأردنية بـ«إيجاد حلول أمنية لا يدفع الأبرياء ثمنها».",
        # 8 (Damascus criticises the strikes; a participle call (optional); «للغارات» refers to the strikes)
        "من جهتها، انتقدت وزارة الخارجية والمغتربين السورية، في بيان، الغارات التي قالت إن «سلاح الجو الأردني» نفذها داخل الأراضي السورية، معتبرةً أنها «لا تخدم العلاقات بين البلدين الشقيقين»، وداعيةً إلى معالجة ملف التهريب «عبر التنسيق الثنائي واللجان الأمنية المشتركة بعيداً عن أي عمل عسكري».",
        # 9 (Amman's demand; a vague warning (optional); «تنفيذ الغارات» refers to the strikes)
        "بدوره، قال الناطق الرسمي باسم الحكومة الأردنية، في تصريح للصحفيين أمس، إن المملكة «ستتخذ كل ما يلزم لحماية حدودها ومواطنيها»، وطالب الحكومة السورية بـ«تحمّل مسؤولياتها في ضبط حدودها ومنع عصابات التهريب من النشاط في المناطق المحاذية للمملكة»، من دون أن يؤكد أو ينفي تنفيذ الغارات.",
        # 10 (a planned meeting «خلال الأسبوع المقبل»)
        "وكشف مصدر حكومي لـ«البادية» أن لجنة أمنية أردنية – سورية مشتركة ستعقد اجتماعاً في عمّان خلال الأسبوع المقبل لبحث «آليات التعاون في مكافحة تهريب المخدرات والسلاح عبر الحدود وتبادل المعلومات بشأن الشبكات الناشطة».",
        # 11 (generic; «تتهم عمّان» is a habitual accusation, «الحرب المفتوحة» a metaphor)
        "وتخوض القوات المسلحة منذ نحو عامين ما يصفه مسؤولون بـ«الحرب المفتوحة» على شبكات تهريب المخدرات على امتداد الحدود مع سوريا البالغ طولها نحو 375 كيلومتراً، بعد أن تحولت محاولات التهريب من أعمال فردية إلى عمليات منظمة تستخدم فيها الأسلحة الرشاشة والطائرات المسيّرة، فيما تتهم عمّان جماعات مرتبطة بإيران بحماية المهربين ودعمهم.",
        # 12 (background with a dated toll, two-sided)
        "وكان أحد أفراد حرس الحدود قد استُشهد وأُصيب اثنان آخران، مساء الخميس الماضي، في اشتباك مع مهربين على الواجهة الحدودية الشرقية، قُتل خلاله ثلاثة من المهربين، بحسب ما أعلنته القيادة العامة للقوات المسلحة في حينه.",
    ],
    events=[
        # the clash: 1, the source's details 2; two-sided (4 smugglers); the flight optional
        E(True, ["ASSAULT"], [1, 2], "اشتبكت", ["asserted", "reported"], mode="firearms",
          source=JAF_VS_SMUGGLERS, location=UMM_JIMAL_AMMAN, date=D("2024-01-23"), fatalities=4,
          attribution=["مصدر عسكري مسؤول في القيادة العامة للقوات المسلحة"], acled=CLASH),
        E(False, ["RETREAT"], [1], "وفرار", ["asserted", "reported"], mode="withdraw", source=SMUGGLERS,
          location=UMM_JIMAL, date=D("2024-01-23")),
        # the seizure: headline 0, 2
        E(True, ["COERCE"], [0, 2], "ضبطت", ["asserted", "reported"], mode="confiscate",
          source=JAF, recipient=SMUGGLERS, location=UMM_JIMAL, date=D("2024-01-23"),
          attribution=["مصدر عسكري مسؤول"], acled=DISRUPTED, tpara=2),
        # the warning (statement of yesterday, read in this morning's paper)
        E(True, ["THREATEN"], [3], "وحذّر", ["asserted", "reported"], mode="violence",
          source=JAF, recipient=SMUGGLERS, location=JAF_STATEMENT,
          date=D("2024-01-23", "day", ("2024-01-23", "2024-01-24")), attribution=["مصدر عسكري مسؤول"]),
        # the downed smuggling drone
        E(True, ["COERCE", "ASSAULT"], [4], "أسقطت", ["asserted", "reported"], mode="seize",
          source=JAF, location=RUWAISHED, date=D("2024-01-23"),
          attribution=["مصدر عسكري مسؤول"], acled=DISRUPTED),
        # the Sweida strikes: headline 0, local sources 5, a notable 6 (5 vs 6 → 5), Damascus 8, Amman 9;
        # disputed target; Jordan neither confirms nor denies
        E(True, ["ASSAULT"], [0, 5, 6, 8, 9], "شنّت", ["reported", "asserted"], mode="aerial",
          source=JORDAN, recipient=SWEIDA_TARGETS, location=DHIBIN, date=D("2024-01-23"), fatalities=5,
          attribution=["مصادر محلية في محافظة السويداء", "أحد وجهاء ذيبين", "وزارة الخارجية والمغتربين السورية"],
          acled=AIR, tpara=5),
        # the vigil; the banners and the participle demand are optional
        E(True, ["PROTEST"], [7], "وقفة احتجاجية", ["asserted"], mode="demo",
          source=DHIBIN_PROTESTERS, location=DHIBIN, date=D("2024-01-23"), acled=PEACEFUL),
        E(False, ["ACCUSE"], [7], "تندد", ["asserted"], source=DHIBIN_PROTESTERS, recipient=JORDAN,
          location=DHIBIN, date=D("2024-01-23")),
        E(False, ["REQUEST"], [7], "مطالبين", ["asserted"], source=DHIBIN_PROTESTERS,
          recipient=JOINT_COMMITTEE, location=DHIBIN, date=D("2024-01-23")),
        # Damascus: criticism core, the participle call optional
        E(True, ["ACCUSE"], [8], "انتقدت", ["asserted", "reported"],
          source=SYRIA_MOFA, recipient=JORDAN, location=DAMASCUS_DHIBIN,
          date=D("2024-01-23", "day", ("2024-01-23", "2024-01-24")), attribution=["بيان وزارة الخارجية السورية"]),
        E(False, ["REQUEST"], [8], "وداعيةً", ["asserted", "reported"], source=SYRIA_MOFA, recipient=JORDAN_GOV,
          location=DAMASCUS_DHIBIN, date=D("2024-01-23", "day", ("2024-01-23", "2024-01-24"))),
        # Amman: the finite demand core, the vague warning optional
        E(True, ["REQUEST"], [9], "وطالب", ["asserted", "reported"],
          source=JORDAN_GOV, recipient=SYRIAN_GOV, location=AMMAN, date=D("2024-01-23"),
          attribution=["الناطق الرسمي باسم الحكومة الأردنية"]),
        E(False, ["THREATEN"], [9], "ستتخذ", ["asserted", "reported"], source=JORDAN_GOV, recipient=SMUGGLERS,
          location=AMMAN, date=D("2024-01-23")),
        # the planned meeting «خلال الأسبوع المقبل» (from a Wednesday)
        E(True, ["CONSULT"], [10], "اجتماعاً", ["planned"], mode="multilateral",
          source=JOINT_COMMITTEE, location=AMMAN, date=D("2024-01-30", "week", ("2024-01-27", "2024-02-03")),
          attribution=["مصدر حكومي"]),
        # paragraph 11 is a generic statement: deliberately NO gold event
        E(True, ["ASSAULT"], [12], "اشتباك", ["historical", "asserted", "reported"], mode="firearms",
          source=JAF_VS_SMUGGLERS, location=EAST_BORDER, date=D("2024-01-18"), fatalities=4,
          attribution=["القيادة العامة للقوات المسلحة"], acled=CLASH),
    ],
))

# ============================================================================ 053: Gaza (pan-Arab news site)
ARTICLES.append(dict(
    id="team11-053", slug="gaza_rafah_khan_younis_kerem_shalom", published="2024-02-27",
    outlet="Bawabat al-Dad (fictional)",
    paras=[
        # 0 (headline: the Rafah strikes and the Mawasi protest)
        "37 شهيداً في غارات إسرائيلية على منازل برفح.. ونازحون يتظاهرون في المواصي للمطالبة بوقف الحرب",
        # 1 (dateline; the Rafah strikes)
        "غزة – «بوابة الضاد»: استشهد 37 فلسطينياً على الأقل، بينهم 14 طفلاً، وأُصيب العشرات بجروح، في سلسلة غارات شنّها الطيران الحربي الإسرائيلي منذ منتصف ليل الإثنين وحتى فجر اليوم الثلاثاء على منازل مأهولة بالنازحين في حيي تل السلطان والجنينة بمدينة رفح جنوبي قطاع غزة، وفق ما أفاد به مراسلنا ومصادر طبية في مستشفى أبو يوسف النجار.",
        # 2 (the same strikes: the civil defence (41) and the army's claim (disputed target))
        "وقال الدفاع المدني في غزة إن طواقمه انتشلت جثامين 41 شهيداً من تحت أنقاض سبعة منازل استهدفتها الغارات، مشيراً إلى أن عدداً من المفقودين لا يزالون تحت الركام، في حين زعم الجيش الإسرائيلي، في بيان، أن طائراته أغارت على «بنى تحتية عسكرية ومنصات لإطلاق القذائف تابعة لحركة حماس» في منطقة رفح.",
        # 3 (artillery shelling in Khan Younis)
        "وفي خان يونس، استشهد ستة مواطنين، بينهم مسعف، وأُصيب آخرون، صباح اليوم، بقصف مدفعي إسرائيلي استهدف تجمعاً للنازحين قرب دوار بني سهيلا شرقي المدينة، بحسب ما أعلنته جمعية الهلال الأحمر الفلسطيني، التي أوضحت أن طواقمها واجهت «صعوبات بالغة» في الوصول إلى المصابين بسبب كثافة القصف.",
        # 4 (a two-sided clash in western Khan Younis, told with the Qassam statement)
        "وفي غرب المدينة، دارت اشتباكات عنيفة، منذ ساعات الصباح، بين مقاتلين من «كتائب القسام» وقوة إسرائيلية متوغلة في محيط مجمع ناصر الطبي وحي الأمل، وأعلنت «القسام»، في بيان على قناتها في «تلغرام»، أن مقاتليها استهدفوا دبابة من نوع «ميركافا» بقذيفة «الياسين 105»، وأوقعوا «إصابات مؤكدة» في صفوف الجنود.",
        # 5 (the ministry's aggregate tolls: deliberately NO gold event)
        "وأعلنت وزارة الصحة في غزة، في تقريرها اليومي، ارتفاع حصيلة الشهداء منذ السابع من أكتوبر الماضي إلى 29 ألفاً و692 شهيداً، إضافة إلى 69 ألفاً و918 مصاباً، مشيرةً إلى أن الاحتلال ارتكب خلال الساعات الـ24 الماضية عشر مجازر بحق العائلات راح ضحيتها 96 شهيداً.",
        # 6 (aid trucks through Kerem Shalom «أمس»; Israeli protesters blocking them (optional))
        "وعلى الصعيد الإنساني، دخلت أمس 78 شاحنة محمّلة بالمواد الغذائية والطبية إلى القطاع عبر معبر كرم أبو سالم، مقدّمة من الهلال الأحمر المصري ووكالات أممية، بحسب ما أفاد به مصدر في هيئة المعابر بغزة، فيما واصل عشرات المحتجين الإسرائيليين، لليوم الرابع على التوالي، التجمّع عند المعبر لمنع مرور الشاحنات.",
        # 7 (UNRWA: a refusal of convoys (optional) and a finite demand; «محذرةً» is no event)
        "من جهتها، قالت وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين «الأونروا»، في بيان اليوم، إن السلطات الإسرائيلية رفضت خلال الأسبوعين الماضيين جميع طلباتها لإرسال قوافل غذائية إلى شمال القطاع، وطالبت المجتمع الدولي بـ«الضغط لفتح جميع المعابر البرية وضمان وصول المساعدات دون عوائق»، محذرةً من أن «شبح المجاعة بات واقعاً في الشمال».",
        # 8 (a protest of displaced people; banners and a participle condemnation (optional))
        "وفي منطقة المواصي غرب خان يونس، تظاهر مئات النازحين، عصر اليوم، بين الخيام، رافعين لافتات تطالب بـ«وقف الإبادة» و«إدخال الطعام»، ومنددين بما وصفوه بـ«صمت العالم» على معاناتهم، وفق ما رصده مراسلنا.",
        # 9 (talks in Doha, mediated; «بهدف التوصل إلى هدنة» is a purpose, no event)
        "سياسياً، أفاد مصدر مصري مطلع لـ«بوابة الضاد» بأن وفداً إسرائيلياً يضم مسؤولين أمنيين وصل إلى الدوحة، مساء أمس، لاستئناف المباحثات غير المباشرة مع حركة «حماس» بوساطة قطرية ومصرية، بهدف التوصل إلى هدنة إنسانية وصفقة لتبادل الأسرى قبل حلول شهر رمضان.",
        # 10 (a rumoured acceptance, denied; the Paris talks (optional); a threat)
        "في المقابل، نفى قيادي في «حماس»، في تصريح لـ«بوابة الضاد»، ما نقلته وسائل إعلام إسرائيلية عن «موافقة الحركة» على مقترح إطار جرى بحثه في باريس الأسبوع الماضي، فيما توعّد وزير الدفاع الإسرائيلي، خلال جولة ميدانية في خان يونس، بأن الجيش «سيصل إلى كل مكان يختبئ فيه قادة حماس، بما فيه رفح».",
        # 11 (generic)
        "ويتكدس في مدينة رفح، التي كان عدد سكانها قبل الحرب نحو 275 ألف نسمة، أكثر من مليون ونصف المليون نازح، يعيش معظمهم في خيام ومراكز إيواء مكتظة، وسط تحذيرات أممية متكررة من تدهور الأوضاع الصحية وانتشار الأمراض، فيما تتعرض أحياء المدينة لغارات شبه يومية منذ بداية الحرب.",
        # 12 (background with a dated toll)
        "وكانت طائرة مسيّرة إسرائيلية قد استهدفت، ظهر الأحد الماضي، سيارة تقل عناصر من الشرطة المكلفين بتأمين شاحنات المساعدات في مدينة دير البلح وسط القطاع، ما أدى إلى استشهاد ثلاثة منهم، وفق ما أعلنه المكتب الإعلامي الحكومي في غزة حينها.",
    ],
    events=[
        # the Rafah strikes: headline 0, lead 1, the civil defence and the army's claim 2 (37 vs 41 → 37)
        E(True, ["ASSAULT"], [0, 1, 2], "سلسلة غارات", ["asserted", "reported"], mode="aerial",
          source=ISRAEL, recipient=RAFAH_VICTIMS, location=RAFAH,
          date=D("2024-02-27", "day", ("2024-02-26", "2024-02-27")), fatalities=37,
          attribution=["مراسلنا", "مصادر طبية في مستشفى أبو يوسف النجار", "الدفاع المدني في غزة",
                       "الجيش الإسرائيلي"], acled=AIR, tpara=1),
        # the Khan Younis shelling
        E(True, ["ASSAULT"], [3], "بقصف مدفعي", ["asserted", "reported"], mode="heavy-weapons",
          source=ISRAEL, recipient=KY_VICTIMS, location=BANI_SUHEILA, date=D("2024-02-27"), fatalities=6,
          attribution=["جمعية الهلال الأحمر الفلسطيني"], acled=SHELL),
        # the clash: two-sided, no death count; the Qassam claim is part of it
        E(True, ["ASSAULT"], [4], "اشتباكات عنيفة", ["asserted", "reported"], mode="firearms",
          source=QASSAM_VS_ISRAEL, location=KY_WEST, date=D("2024-02-27"), attribution=["بيان كتائب القسام"],
          acled=CLASH),
        # paragraph 5 holds aggregate tolls only: deliberately NO gold event
        # the aid trucks «أمس»; the Israeli protesters' blocking is optional
        E(True, ["AID"], [6], "78 شاحنة", ["asserted", "reported"], mode="humanitarian",
          source=AID_SENDERS, recipient=GAZA_RESIDENTS, location=KEREM_SHALOM, date=D("2024-02-26"),
          attribution=["مصدر في هيئة المعابر بغزة"]),
        E(False, ["PROTEST", "COERCE"], [6], "التجمّع", ["asserted", "reported"], mode="obstruct",
          source=ISRAELI_PROTESTERS, location=KEREM_SHALOM, date=D("2024-02-26", "day", ("2024-02-23", "2024-02-26"))),
        # UNRWA: the refused convoys optional, the finite demand core
        E(False, ["COERCE", "REJECT"], [7], "رفضت", ["asserted", "reported"], mode="withhold", source=ISRAEL,
          recipient=UNRWA, location=UNRWA_PLACES),
        E(True, ["REQUEST"], [7], "وطالبت", ["asserted", "reported"],
          source=UNRWA, recipient=INTL_COMMUNITY, location=UNRWA_PLACES, date=D("2024-02-27"),
          attribution=["بيان الأونروا"]),
        # the Mawasi protest: headline 0, 8; the banners and the participle condemnation are optional
        E(True, ["PROTEST"], [0, 8], "تظاهر", ["asserted"], mode="demo",
          source=MAWASI_DISPLACED, location=MAWASI, date=D("2024-02-27"), attribution=["مراسلنا"],
          acled=PEACEFUL, tpara=8),
        E(False, ["REQUEST"], [8], "تطالب", ["asserted"], source=MAWASI_DISPLACED, location=MAWASI,
          date=D("2024-02-27")),
        E(False, ["ACCUSE"], [8], "ومنددين", ["asserted"], source=MAWASI_DISPLACED, recipient=INTL_COMMUNITY,
          location=MAWASI, date=D("2024-02-27")),
        # the Doha talks (the delegation arrived «مساء أمس» to resume them)
        E(True, ["CONSULT"], [9], "المباحثات غير المباشرة", ["asserted", "reported"], mode="third-party",
          source=DOHA_TALKS, location=DOHA, date=D("2024-02-26", "day", ("2024-02-26", "2024-02-27")),
          attribution=["مصدر مصري مطلع"]),
        # the rumoured acceptance, denied (no date); the Paris talks optional; the threat core
        E(True, ["AGREE"], [10], "موافقة الحركة", ["rumored", "negated", "reported"],
          source=HAMAS, attribution=["وسائل إعلام إسرائيلية", "قيادي في حماس (نفي)"]),
        E(False, ["CONSULT"], [10], "جرى بحثه", ["historical", "asserted"], mode="third-party",
          source=DOHA_TALKS, location={"accept": ["باريس", "Paris"]},
          date=D("2024-02-23", "week", ("2024-02-18", "2024-02-24"))),
        E(True, ["THREATEN"], [10], "توعّد", ["asserted", "reported"], mode="violence",
          source=ISRAEL, recipient=HAMAS, location=KY_RAFAH,
          date=D("2024-02-27", "day", ("2024-02-26", "2024-02-27"))),
        # paragraph 11 is a generic statement: deliberately NO gold event
        E(True, ["ASSAULT"], [12], "استهدفت", ["historical", "asserted", "reported"], mode="aerial",
          source=ISRAEL, recipient=DEIR_BALAH_POLICE, location=DEIR_BALAH, date=D("2024-02-25"), fatalities=3,
          attribution=["المكتب الإعلامي الحكومي في غزة"], acled=AIR),
    ],
))

# ============================================================================ 054: Iraqi Kurdistan (Kurdish-Iraqi agency)
ARTICLES.append(dict(
    id="team11-054", slug="kurdistan_sulaymaniyah_sinjar_erbil_baghdad", published="2023-09-26",
    outlet="Sirwan News Agency (fictional)",
    paras=[
        # 0 (headline: the Said Sadiq strike and the teachers' protest)
        "مسيّرة تركية تقتل شخصين في ريف السليمانية.. ومئات المعلمين يتظاهرون للمطالبة بصرف رواتبهم المتأخرة",
        # 1 (dateline; the Said Sadiq strike in the CTD's statement (3 PKK members))
        "السليمانية (سيروان) – أعلن جهاز مكافحة الإرهاب في إقليم كوردستان أن طائرة مسيّرة تابعة للجيش التركي قصفت، عصر اليوم الثلاثاء، سيارة على طريق قروي قرب قضاء سيد صادق شرقي محافظة السليمانية، ما أسفر عن مقتل ثلاثة من مسلحي حزب العمال الكوردستاني (PKK) كانوا على متنها.",
        # 2 (the same strike: the qaimmaqam's lower toll (2); a participle demand (optional))
        "غير أن قائممقام قضاء سيد صادق أكد، في تصريح لـ«سيروان»، أن القصف أودى بحياة شخصين فقط، أحدهما سائق مدني من أهالي القضاء كان يعمل على نقل الركاب، وأن السيارة احترقت بالكامل، مطالباً الحكومة الاتحادية وحكومة الإقليم بـ«وضع حد للانتهاكات التركية المتكررة للسيادة العراقية».",
        # 3 (a drone strike in Sinjar, wounded only; Turkey's «تحييد» is no death count)
        "وفي قضاء سنجار (شنگال) غربي محافظة نينوى، أُصيب اثنان من عناصر «وحدات مقاومة سنجار» (اليبشة)، المقربة من حزب العمال، بجروح، فجر اليوم، إثر غارة لمسيّرة تركية استهدفت مقراً لها في ناحية سنوني شمالي القضاء، بحسب ما أفاد به مصدر أمني لـ«سيروان»، فيما أعلنت وزارة الدفاع التركية، في بيان، «تحييد» خمسة «إرهابيين» في غارات على المنطقة.",
        # 4 (Baghdad condemns; a planned summons (optional))
        "وأدانت وزارة الخارجية العراقية، في بيان، «الاعتداءات التركية» على أراضي الإقليم وسنجار، معتبرةً أنها «تقوّض علاقات حسن الجوار»، وأعلنت أنها ستستدعي القائم بالأعمال التركي في بغداد لتسليمه مذكرة احتجاج شديدة اللهجة.",
        # 5 (the teachers' protest; the ongoing boycott of classes (optional))
        "وفي مدينة السليمانية، تظاهر مئات المعلمين والموظفين، صباح اليوم، أمام مبنى ديوان المحافظة، احتجاجاً على تأخر صرف رواتبهم للشهر الثالث على التوالي، في وقت يواصل فيه آلاف المعلمين مقاطعة الدوام في مدارس المحافظة لليوم الثاني عشر، ما عطّل انطلاق العام الدراسي في معظمها.",
        # 6 (the Asayish: a prevention (optional), arrests (core), a release in a clause (optional);
        # «منظمي الاحتجاج» refers to the protest)
        "وأفاد مراسل «سيروان» بأن قوات الأسايش منعت المتظاهرين من قطع شارع سالم، واعتقلت ثلاثة من منظمي الاحتجاج، بينهم معلمة، قبل أن تطلق سراحهم بعد ساعات بكفالة، في حين قالت مديرية الأسايش، في بيان، إن عناصرها «تعاملوا بمسؤولية مع المحتجين وحافظوا على سلمية التظاهرة».",
        # 7 (the Ministry of Education's threat; a participle call (optional); «ومؤكدةً» is no event)
        "من جهتها، لوّحت وزارة التربية في حكومة الإقليم، في بيان، باتخاذ «إجراءات قانونية» بحق المعلمين المقاطعين للدوام، تشمل «قطع رواتب أيام الغياب»، داعيةً إياهم إلى العودة إلى المدارس «حرصاً على مستقبل الطلبة»، ومؤكدةً أن الحكومة «تبذل جهوداً حثيثة مع بغداد لتأمين الرواتب».",
        # 8 (a meeting in Baghdad «أمس»; no final agreement (optional, negated))
        "وفي بغداد، عقد وفد من حكومة إقليم كوردستان، برئاسة وزير المالية في الإقليم، أمس، اجتماعاً مع مسؤولين في وزارة المالية الاتحادية استمر عدة ساعات، لبحث آلية تمويل رواتب موظفي الإقليم للأشهر الثلاثة الأخيرة، من دون أن يتوصل الجانبان إلى اتفاق نهائي، بحسب ما أفاد به عضو في الوفد لـ«سيروان».",
        # 9 (a loan agreed by Baghdad, announced in Erbil; a follow-up meeting «يوم الأحد المقبل»)
        "وقال المتحدث باسم حكومة الإقليم، في مؤتمر صحفي عقده في أربيل اليوم، إن الحكومة الاتحادية وافقت على إقراض الإقليم 500 مليار دينار كدفعة أولى لتمويل رواتب شهر آب، على أن يعود الوفد إلى بغداد يوم الأحد المقبل لاستكمال المباحثات بشأن «آلية دائمة» لتمويل الرواتب.",
        # 10 (arrests of an ISIS cell in Erbil «مساء أمس»; the planned attacks (optional); the referral no event)
        "أمنياً، أعلن جهاز مكافحة الإرهاب في الإقليم، في بيان منفصل، اعتقال ثلاثة أشخاص ينتمون إلى تنظيم «داعش» في عملية نُفذت مساء أمس في مدينة أربيل، بناءً على معلومات استخبارية، مبيناً أنهم كانوا «يخططون لتنفيذ هجمات تستهدف مواقع حيوية ومقرات أمنية في الإقليم»، وأنهم أحيلوا إلى الجهات القضائية المختصة.",
        # 11 (generic)
        "ويشن الجيش التركي منذ سنوات عمليات جوية وبرية داخل أراضي إقليم كوردستان ضد مسلحي حزب العمال الكوردستاني، تطال بين الحين والآخر مناطق في محافظتي السليمانية ودهوك وقضاء سنجار، فيما تتكرر أزمة تأخر رواتب موظفي الإقليم منذ سنوات بسبب الخلافات المالية والنفطية بين أربيل وبغداد، وتوقف صادرات نفط الإقليم منذ آذار الماضي.",
        # 12 (background with a dated toll)
        "وكان راعيان قد قُتلا وأُصيب ثالث، صباح السبت الماضي، بقصف مدفعي تركي استهدف أطراف قرية على سفوح جبال قنديل في ناحية سيدكان التابعة لقضاء سوران بمحافظة أربيل، بحسب ما أفاد به مدير الناحية حينها.",
    ],
    events=[
        # the Said Sadiq strike: headline 0, the CTD 1 (3), the qaimmaqam 2 (2) → 2; disputed target
        E(True, ["ASSAULT"], [0, 1, 2], "قصفت", ["asserted", "reported"], mode="aerial",
          source=TURKEY, recipient=SAID_SADIQ_VICTIMS, location=SAID_SADIQ, date=D("2023-09-26"), fatalities=2,
          attribution=["جهاز مكافحة الإرهاب في إقليم كوردستان", "قائممقام قضاء سيد صادق"], acled=AIR, tpara=1),
        E(False, ["REQUEST"], [2], "مطالباً", ["asserted", "reported"], recipient=FEDERAL_GOV, source=KRG,
          location=SAID_SADIQ, date=D("2023-09-26")),
        # the Sinjar strike: wounded only; Turkey's «تحييد» claim is part of it
        E(True, ["ASSAULT"], [3], "غارة لمسيّرة تركية", ["asserted", "reported"], mode="aerial",
          source=TURKEY, recipient=YBS, location=SINUNI, date=D("2023-09-26"),
          attribution=["مصدر أمني", "وزارة الدفاع التركية"], acled=AIR),
        # Baghdad's condemnation (an undated statement after today's strikes); the summons optional
        E(True, ["ACCUSE"], [4], "وأدانت", ["asserted", "reported"],
          source=IRAQ_MOFA, recipient=TURKEY, location=MOFA_PLACES,
          date=D("2023-09-26", "day", ("2023-09-25", "2023-09-26")), attribution=["بيان وزارة الخارجية العراقية"]),
        E(False, ["ACCUSE", "CONSULT"], [4], "ستستدعي", ["planned"], source=IRAQ_MOFA, recipient=TURKEY,
          location=BAGHDAD),
        # the teachers' protest (headline 0, 5, «منظمي الاحتجاج» 6); the ongoing boycott optional
        E(True, ["PROTEST"], [0, 5, 6], "تظاهر", ["asserted"], mode="demo",
          source=SULAY_TEACHERS, location=SULAY_CITY, date=D("2023-09-26"), acled=INTERVENTION, tpara=5),
        E(False, ["PROTEST"], [5], "مقاطعة الدوام", ["asserted"], mode="strike", source=SULAY_TEACHERS,
          location=SULAY_CITY, date=D("2023-09-26", "week", ("2023-09-15", "2023-09-26"))),
        # the Asayish (the agency's own correspondent): arrests core, prevention and release optional
        E(False, ["COERCE"], [6], "منعت", ["asserted"], mode="restrict", source=ASAYISH,
          recipient=SULAY_TEACHERS, location=SULAY_CITY, date=D("2023-09-26")),
        E(True, ["COERCE"], [6], "واعتقلت", ["asserted"], mode="arrest",
          source=ASAYISH, recipient=SULAY_ORGANISERS, location=SULAY_CITY, date=D("2023-09-26"),
          attribution=["مراسل سيروان"], acled=ARREST),
        E(False, ["RETREAT", "CONCEDE"], [6], "تطلق سراحهم", ["asserted"], mode="release", source=ASAYISH,
          recipient=SULAY_ORGANISERS, location=SULAY_CITY, date=D("2023-09-26")),
        # the ministry's threat; the participle call optional
        E(True, ["THREATEN"], [7], "لوّحت", ["asserted", "reported"], mode="sanction",
          source=KRG_EDU, recipient=SULAY_TEACHERS, location=EDU_PLACES,
          date=D("2023-09-26", "day", ("2023-09-25", "2023-09-26")), attribution=["بيان وزارة التربية"]),
        E(False, ["REQUEST"], [7], "داعيةً", ["asserted", "reported"], source=KRG_EDU, recipient=SULAY_TEACHERS,
          location=EDU_PLACES, date=D("2023-09-26", "day", ("2023-09-25", "2023-09-26"))),
        # the Baghdad meeting «أمس»; «من دون أن يتوصل الجانبان إلى اتفاق» optional negated AGREE
        E(True, ["CONSULT"], [8], "اجتماعاً", ["asserted", "reported"], mode="visit",
          source=KRG, recipient=FEDERAL_GOV, location=BAGHDAD, date=D("2023-09-25"),
          attribution=["عضو في الوفد"]),
        E(False, ["AGREE"], [8], "اتفاق نهائي", ["negated"], source=KRG, recipient=FEDERAL_GOV,
          location=BAGHDAD, date=D("2023-09-25")),
        # the loan (agreed after yesterday's meeting, announced today; AID accepted too) and the follow-up, Sunday
        # after a Tuesday
        E(True, ["AGREE", "AID"], [9], "وافقت", ["asserted", "reported"], mode="economic",
          source=FEDERAL_GOV, recipient=KRG, location=BAGHDAD_ERBIL,
          date=D("2023-09-26", "day", ("2023-09-25", "2023-09-26")), attribution=["المتحدث باسم حكومة الإقليم"],
          acled=AGREEMENT),
        E(True, ["CONSULT"], [9], "لاستكمال المباحثات", ["planned"], mode="visit",
          source=KRG, recipient=FEDERAL_GOV, location=BAGHDAD, date=D("2023-10-01"),
          attribution=["المتحدث باسم حكومة الإقليم"]),
        # the ISIS cell arrested «مساء أمس»; the planned attacks optional
        E(True, ["COERCE"], [10], "اعتقال", ["asserted", "reported"], mode="arrest",
          source=KRG_CTD, recipient=ERBIL_SUSPECTS, location=ERBIL, date=D("2023-09-25"),
          attribution=["بيان جهاز مكافحة الإرهاب في الإقليم"], acled=ARREST),
        E(False, ["ASSAULT"], [10], "لتنفيذ هجمات", ["planned", "hypothetical"], source=ERBIL_SUSPECTS,
          location=ERBIL),
        # paragraph 11 is a generic statement: deliberately NO gold event
        E(True, ["ASSAULT"], [12], "بقصف مدفعي", ["historical", "asserted", "reported"], mode="heavy-weapons",
          source=TURKEY, recipient=SIDAKAN_VICTIMS, location=SIDAKAN, date=D("2023-09-23"), fatalities=2,
          attribution=["مدير ناحية سيدكان"], acled=SHELL),
    ],
))

# ============================================================================ 055: Saudi Arabia 2015 (Saudi daily)
ARTICLES.append(dict(
    id="team11-055", slug="saudi_2015_qatif_najran_jazan_gcc", published="2015-08-13",
    outlet="Al-Waha daily (fictional)",
    paras=[
        # 0 (headline: the arrests and the attack on the patrol)
        "«الداخلية»: القبض على خلية «داعشية» من خمسة أشخاص خططت لاستهداف مساجد بالشرقية.. واستشهاد رجل أمن في هجوم على دورية بالعوامية",
        # 1 (dateline; the arrests announced «أمس», made «خلال الأيام الثلاثة الماضية»; the plot (optional))
        "الرياض – «الواحة»: أعلن المتحدث الأمني لوزارة الداخلية، أمس، أن الجهات الأمنية تمكنت، خلال الأيام الثلاثة الماضية، من القبض على خمسة أشخاص، هم أربعة مواطنين ومقيم من جنسية عربية، يشكلون خلية مرتبطة بتنظيم «داعش» الإرهابي، كانت تخطط لاستهداف مساجد ودور عبادة ومقار أمنية في المنطقة الشرقية.",
        # 2 (the same arrests; a confiscation (optional))
        "وأوضح المتحدث أن عمليات القبض جرت في مدينتي الدمام والأحساء، وأن رجال الأمن ضبطوا بحوزة أفراد الخلية حزامين ناسفين معدّين للاستخدام وأسلحة رشاشة وذخائر ومبالغ مالية، مبيناً أن التحقيقات الأولية كشفت «ارتباطهم بعناصر التنظيم في الخارج».",
        # 3 (the attack on the patrol; the return fire (optional))
        "وفي محافظة القطيف، استُشهد رجل أمن وأُصيب آخر بجروح، مساء أمس، إثر تعرّض دورية أمنية لإطلاق نار كثيف من مسلحين مجهولين كانوا يستقلون سيارة، أثناء قيامها بمهامها في بلدة العوامية، وفق ما أعلنه المتحدث الإعلامي لشرطة المنطقة الشرقية، الذي أوضح أن رجال الأمن بادلوا المعتدين إطلاق النار.",
        # 4 (the same attack: witnesses; a cordon (optional); «لم تعلن أي جهة مسؤوليتها» is no event)
        "وأفاد شهود عيان لـ«الواحة» بأن الهجوم وقع قرب أحد الأسواق الشعبية في البلدة، وأن قوات الأمن طوّقت الحي عقب الهجوم وأقامت نقاط تفتيش على مداخل العوامية بحثاً عن الجناة، في حين لم تعلن أي جهة مسؤوليتها عن العملية حتى مساء أمس.",
        # 5 (Houthi projectiles on Najran)
        "وفي منطقة نجران، استُشهد مواطنان، أحدهما طفل في العاشرة من عمره، وأُصيب ثلاثة آخرون، عصر أمس، جراء سقوط مقذوفات عسكرية أطلقتها الميليشيات الحوثية وقوات المخلوع صالح من داخل الأراضي اليمنية على حي سكني في مدينة نجران، بحسب ما أعلنه المتحدث الرسمي للمديرية العامة للدفاع المدني بالمنطقة.",
        # 6 (shells on Jazan villages, no casualties; an evacuation (optional))
        "كما سقطت قذائف مماثلة، مساء أمس، على قرى حدودية في محافظة الحرث بمنطقة جازان، دون أن تسفر عن إصابات، وأوضح مصدر في إمارة المنطقة أن الجهات المختصة أخلت سكان عدد من القرى المتاخمة للشريط الحدودي إلى مساكن مؤقتة «حفاظاً على سلامتهم».",
        # 7 (the coalition spokesman: a strike in Saada; a participle warning (optional); the press conference
        # is no CONSULT)
        "وفي الرياض، أعلن المتحدث الرسمي باسم قوات التحالف، في المؤتمر الصحفي الذي عقده مساء أمس، أن مقاتلات التحالف استهدفت، فجر أمس، منصات لإطلاق الصواريخ ومخازن للذخيرة تابعة للميليشيات في مديرية رازح بمحافظة صعدة، قال إنها كانت تُستخدم في قصف القرى السعودية، محذراً من أن قوات التحالف «سترد بكل حزم على أي اعتداء يطال حدود المملكة ومواطنيها».",
        # 8 (a GCC ministers' meeting, a finite endorsement; a participle condemnation (optional))
        "وفي جدة، عقد وزراء الداخلية في دول مجلس التعاون لدول الخليج العربية، أمس، اجتماعاً استثنائياً لبحث الاعتداءات الحوثية على الحدود الجنوبية للمملكة، وأعلن الوزراء في بيانهم الختامي تأييدهم الكامل للإجراءات التي تتخذها المملكة «لحماية أمنها وحدودها»، مستنكرين «الهجمات الإرهابية الجبانة» التي استهدفت رجال الأمن في المنطقة الشرقية.",
        # 9 (a court convicts seven defendants)
        "في سياق آخر، أصدرت المحكمة الجزائية المتخصصة في الرياض، أمس، أحكاماً ابتدائية بالسجن لمدد تتراوح بين خمس سنوات و18 سنة بحق سبعة متهمين، بعد إدانتهم بـ«الانتماء إلى خلية إرهابية» و«التستر على مطلوبين أمنياً» و«حيازة أسلحة دون ترخيص».",
        # 10 (a rumoured takeover of Saudi positions, denied)
        "ونفى مصدر عسكري في قيادة قوات التحالف ما تداولته قناة «المسيرة» التابعة للحوثيين خلال الساعات الماضية عن «سيطرة» مقاتلي الميليشيات على مواقع عسكرية سعودية في جبل الدود بمنطقة جازان، مؤكداً أن «جميع المواقع الحدودية تحت سيطرة القوات السعودية بالكامل».",
        # 11 (generic)
        "وتتعرض المدن والقرى الحدودية في منطقتي نجران وجازان منذ أشهر لقذائف ومقذوفات تطلقها الميليشيات الحوثية من داخل الأراضي اليمنية، فيما تواصل الجهات الأمنية ملاحقة عناصر «الفئة الضالة» والخلايا المرتبطة بالتنظيمات الإرهابية، التي سعت خلال الأشهر الماضية إلى استهداف المساجد ورجال الأمن في عدد من مناطق المملكة.",
        # 12 (background with a dated toll, two-sided)
        "وكانت قوات حرس الحدود قد تصدّت، مساء السبت الماضي، لمحاولة تسلل نفذها عناصر من الميليشيات الحوثية عبر الشريط الحدودي في منطقة نجران، ما أسفر عن مقتل ثلاثة من المتسللين واستشهاد جندي سعودي، بحسب ما أعلنه المتحدث الأمني لوزارة الداخلية في حينه.",
    ],
    events=[
        # the arrests: headline 0, lead 1, details 2; made during the three days before the announcement
        E(True, ["COERCE"], [0, 1, 2], "القبض", ["asserted", "reported"], mode="arrest",
          source=SAUDI_MOI, recipient=CELL, location=CELL_PLACES,
          date=D("2015-08-11", "day", ("2015-08-09", "2015-08-12")),
          attribution=["المتحدث الأمني لوزارة الداخلية"], acled=ARREST, tpara=1),
        E(False, ["ASSAULT"], [1], "لاستهداف", ["planned", "hypothetical"], source=CELL,
          location=CELL_PLACES),
        E(False, ["COERCE"], [2], "ضبطوا", ["asserted", "reported"], mode="confiscate", source=SAUDI_MOI,
          recipient=CELL, location=CELL_PLACES, date=D("2015-08-11", "day", ("2015-08-09", "2015-08-12"))),
        # the attack on the patrol: headline 0, 3, witnesses 4; the return fire and the cordon optional
        E(True, ["ASSAULT"], [0, 3, 4], "لإطلاق نار كثيف", ["asserted", "reported"], mode="firearms",
          source=GUNMEN, recipient=PATROL, location=AWAMIYAH, date=D("2015-08-12"), fatalities=1,
          attribution=["المتحدث الإعلامي لشرطة المنطقة الشرقية", "شهود عيان"], acled=CLASH, tpara=3),
        E(False, ["ASSAULT"], [3], "بادلوا", ["asserted", "reported"], mode="firearms", source=PATROL,
          recipient=GUNMEN, location=AWAMIYAH, date=D("2015-08-12")),
        E(False, ["COERCE"], [4], "طوّقت", ["asserted", "reported"], mode="restrict", source=SAUDI_MOI,
          location=AWAMIYAH, date=D("2015-08-12")),
        # the projectiles on Najran
        E(True, ["ASSAULT"], [5], "سقوط مقذوفات عسكرية", ["asserted", "reported"], mode="heavy-weapons",
          source=HOUTHI_SALEH, recipient=NAJRAN_VICTIMS, location=NAJRAN, date=D("2015-08-12"), fatalities=2,
          attribution=["المتحدث الرسمي للمديرية العامة للدفاع المدني بمنطقة نجران"], acled=SHELL),
        # the shells on Jazan (agent from ¶5, «مماثلة»); the evacuation optional
        E(True, ["ASSAULT"], [6], "سقطت قذائف", ["asserted", "reported"], mode="heavy-weapons",
          source=HOUTHI_SALEH, recipient=JAZAN_VILLAGES, location=HARTH, date=D("2015-08-12"),
          attribution=["مصدر في إمارة منطقة جازان"], acled=SHELL),
        E(False, ["RETREAT", "COERCE"], [6], "أخلت", ["asserted", "reported"], mode="withdraw",
          source=JAZAN_AUTHORITIES, recipient=JAZAN_VILLAGES, location=HARTH),
        # the coalition strike in Saada; the participle warning optional
        E(True, ["ASSAULT"], [7], "استهدفت", ["asserted", "reported"], mode="aerial",
          source=COALITION, recipient=RAZIH_TARGETS, location=RAZIH, date=D("2015-08-12"),
          attribution=["المتحدث الرسمي باسم قوات التحالف"], acled=AIR),
        E(False, ["THREATEN"], [7], "محذراً", ["asserted", "reported"], mode="violence", source=COALITION,
          recipient=HOUTHI_SALEH, location=RIYADH, date=D("2015-08-12")),
        # the GCC meeting and its endorsement; the participle condemnation optional
        E(True, ["CONSULT"], [8], "اجتماعاً استثنائياً", ["asserted"], mode="multilateral",
          source=GCC_MINISTERS, location=JEDDAH, date=D("2015-08-12")),
        E(True, ["SUPPORT"], [8], "تأييدهم", ["asserted"],
          source=GCC_MINISTERS, recipient=SAUDI_ARABIA, location=JEDDAH, date=D("2015-08-12")),
        E(False, ["ACCUSE"], [8], "مستنكرين", ["asserted"], source=GCC_MINISTERS, recipient=GUNMEN,
          location=JEDDAH, date=D("2015-08-12")),
        # the convictions
        E(True, ["SANCTION"], [9], "أحكاماً", ["asserted"], mode="convict",
          source=SAUDI_COURT, recipient=DEFENDANTS, location=RIYADH, date=D("2015-08-12")),
        # the rumoured takeover, denied (core)
        E(True, ["ASSAULT", "COERCE"], [10], "سيطرة", ["rumored", "negated", "reported"], mode="seize",
          source=HOUTHI_SALEH, recipient=SAUDI_FORCES, location=JABAL_DUD,
          date=D("2015-08-12", "day", ("2015-08-12", "2015-08-13")),
          attribution=["قناة المسيرة", "مصدر عسكري في قيادة قوات التحالف (نفي)"]),
        # paragraph 11 is a generic statement: deliberately NO gold event
        E(True, ["ASSAULT"], [12], "تصدّت", ["historical", "asserted", "reported"], mode="firearms",
          source=BORDER_GUARD_VS_HOUTHIS, location=NAJRAN_BORDER, date=D("2015-08-08"), fatalities=4,
          attribution=["المتحدث الأمني لوزارة الداخلية"], acled=CLASH),
    ],
))


if __name__ == "__main__":
    build(HERE, ARTICLES, "team11.gold.json", id_prefix="team11", first_number=FIRST_NUMBER)
