#!/usr/bin/env python3
"""Write the sixteenth team-made article set (NNN_slug.txt, ids team16-076 ... team16-080) and its gold
(team16.gold.json).

The articles and annotations live here; ``benchmarks/data/goldkit.py`` writes the files and computes every
offset (nothing is typed by hand): para_spans are the [start, end) code-point offsets of each line (newline
excluded) in the file text, trigger spans are found inside the named paragraph. Run from anywhere:
    python3 benchmarks/data/articles16/build_gold.py && python3 benchmarks/data/articles16/check_gold.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from actors_places import (  # noqa: E402
    AANES,
    AIN_AREA,
    AIN_NOTABLES,
    AIN_SHARQIYAH,
    ALL_PARTIES,
    ANKARA,
    ATTACKERS_RECIP,
    BAGHDAD,
    BAGHDAD_ERBIL,
    BAHLULIYAH,
    BAHLULIYAH_YOUTHS,
    BANIYAS,
    BANIYAS_EMPLOYEES,
    BEIT_UMMAR,
    BEIT_UMMAR_DETAINEES,
    CEASEFIRE_PARTIES,
    COALITION_DELEG,
    CONVOY_ORGANISERS,
    CONVOY_PLACE,
    DUHOK_CAMPS,
    EU_DELEGATION,
    FAWWAR,
    FAWWAR_VICTIM,
    GS,
    GS_ATTACKERS,
    GS_CHECKPOINT,
    GS_COMMAND,
    HAMAS,
    HASAKAH,
    HAWBAN,
    HEBRON_FACTIONS,
    HEBRON_GOV,
    HOUTHI_COMMITTEE,
    HOUTHIS,
    HRW,
    HRW_RECIP,
    IL_ARMY,
    IL_AUTH,
    IL_GOV,
    IQ_ARMY,
    IQ_FED_GOV,
    IQ_MOFA,
    ISIS,
    JABLEH_COUNTRY,
    JABLEH_DETAINEES,
    JAMAL_ST,
    KDP,
    KHANASOR,
    KHANASOR_TARGET,
    KIRYAT_ARBA,
    KIRYAT_VICTIM,
    LATAKIA_CITY,
    LOCAL_AUTHORITY,
    MEMO_RECIP,
    MOSUL,
    MOTHERS,
    MT_SINJAR,
    MUFAQARA,
    MUFAQARA_RESIDENTS,
    NES_CIVILIANS,
    NINEVEH_GOV,
    PKK,
    PS_MOFA,
    PS_PRESIDENCY,
    QARA_QOZAK,
    QARDAHA,
    QARDAHA_MEMBER,
    QASR_ROAD,
    RELEASED_23,
    SANCTIONING_STATES,
    SARRIN,
    SARRIN_BAKERY,
    SDF,
    SDF_CMDR,
    SDF_SNA,
    SETTLERS,
    SINJAR,
    SINUNI,
    SINUNI_VICTIM,
    SY_AUTHORITIES,
    SY_MOI_MINISTER,
    TAIZ,
    TAIZ_AXIS,
    TAIZ_GOVERNOR,
    TAIZ_RESIDENTS,
    TARTUS_CITY,
    TARTUS_GOV_MOAD,
    TARTUS_GOVERNOR,
    TEACHERS,
    THABAT,
    THABAT_CHILDREN,
    TISHREEN,
    TISHREEN_PROTESTERS,
    TR_CHARGE,
    TR_FM,
    TURKEY,
    TURKEY_DRONE,
    TURKEY_ONLY,
    TUWANI,
    TUWANI_LOCALS,
    UN_COALITION,
    UN_ENVOY,
    UNAMI_DEPUTY,
    UNKNOWN,
    US_ADMIN,
    US_STATE,
    WAZIIYAH,
    WAZIIYAH_VICTIMS,
    WB_PUBLIC,
    YATTA,
    YATTA_HOUSES,
    YATTA_OWNERS,
    YAZIDI_IDPS,
    YAZIDIS,
    YBS,
    YE_GOV,
    YE_GOV_MOF,
    YPG,
)
from goldkit import D, E, build  # noqa: E402

FIRST_NUMBER = 76  # file and id numbering continues after the first fifteen sets (001-075)

AIR = ["Explosions/Remote violence/Air/drone strike"]
MINE = ["Explosions/Remote violence/Remote explosive/landmine/IED"]
CLASH = ["Battles/Armed clash"]
ATTACK = ["Violence against civilians/Attack"]
ABDUCTION = ["Violence against civilians/Abduction/forced disappearance"]
ARREST = ["Strategic developments/Arrests"]
PEACEFUL = ["Protests/Peaceful protest"]
OTHER = ["Strategic developments/Other"]
AGREEMENT = ["Strategic developments/Agreement"]
DESTRUCTION = ["Strategic developments/Destruction of property"]

ARTICLES = []

# ============================================================================ 076: Jableh, Baniyas, Latakia (coastal network)
ARTICLES.append(dict(
    id="team16-076", slug="jableh_ain_sharqiyah_baniyas_dismissed_workers", published="2025-05-20",
    outlet="Mawj al-Sahil network (fictional)",
    paras=[
        # 0 (headline: the attack, with the lowest toll, and the Baniyas protest)
        "مقتل عنصرين من «الأمن العام» بهجوم على حاجز في ريف جبلة.. وموظفون مفصولون يعتصمون أمام مجلس مدينة بانياس",
        # 1 (dateline; the attack «ليل أمس الإثنين», per a local source; the attackers' withdrawal (optional))
        "جبلة – «موج الساحل»: قُتل عنصران من جهاز «الأمن العام» وأصيب ثالث بجروح، ليل أمس الإثنين، إثر هجوم شنّه مسلحون مجهولون بالأسلحة الرشاشة والقنابل اليدوية على حاجز أمني عند المدخل الشرقي لبلدة عين الشرقية في ريف جبلة، قبل أن ينسحب المهاجمون باتجاه الأحراج المحيطة بالبلدة، بحسب ما أفاد به مصدر محلي لـ«موج الساحل».",
        # 2 (the same attack through a chain: the state agency quoting the local security chief, two)
        "ونقلت الوكالة العربية السورية للأنباء «سانا» عن مدير منطقة جبلة في قيادة الأمن العام قوله إن «مجموعة من فلول النظام البائد» هاجمت الحاجز «مستغلّةً انقطاع التيار الكهربائي عن البلدة»، ما أدى إلى «ارتقاء عنصرين وإصابة ثالث»، مضيفاً أن عناصر الحاجز «اشتبكوا مع المهاجمين وأجبروهم على الفرار».",
        # 3 (the same attack: the monitor's three; the shots at an ambulance are part of it)
        "غير أن «المرصد السوري لحقوق الإنسان» قال إن حصيلة الهجوم بلغت ثلاثة قتلى من عناصر الحاجز، بينهم شاب من أبناء ريف إدلب التحق بالجهاز قبل أشهر، مشيراً إلى أن الاشتباك استمر نحو نصف ساعة، وأن المهاجمين أطلقوا النار أيضاً على سيارة إسعاف وصلت إلى المكان من دون أن يصاب أحد من طاقمها.",
        # 4 (a sweep with arrests «فجر اليوم الثلاثاء» after the attack (a back-reference); two counts of detainees)
        "وعقب الهجوم، أطلقت قوات الأمن العام، فجر اليوم الثلاثاء، حملة تمشيط في عين الشرقية وقريتي بيت ياشوط والدالية المجاورتين، اعتقلت خلالها أحد عشر شخصاً، بينهم شقيقان في العقد السادس من العمر، بحسب ما أفاد به أهالٍ من المنطقة لـ«موج الساحل»، في حين قالت وزارة الداخلية، في بيان مقتضب، إن الحملة أسفرت عن «إلقاء القبض على أربعة من المتورطين في الهجوم وضبط أسلحة وذخائر كانت بحوزتهم».",
        # 5 (the minister's threat, dated by its own words «ظهر اليوم»; the internal meeting is no CONSULT)
        "وفي مدينة اللاذقية، توعّد وزير الداخلية، في كلمة ألقاها ظهر اليوم خلال اجتماع مع قادة الوحدات الأمنية في المحافظة، منفّذي الهجوم بـ«ملاحقتهم حتى آخر واحد منهم»، مؤكداً أن «أمن الساحل خط أحمر» وأن الوزارة «لن تسمح بعودة الفوضى إلى المنطقة»، بحسب ما نشرته الوزارة على معرّفاتها الرسمية.",
        # 6 (a vigil in Baniyas «صباح اليوم» with banners and a finite demand to two addressees)
        "وفي مدينة بانياس، نظّم عشرات الموظفين المفصولين من مصفاة بانياس ومن دوائر حكومية في المدينة، صباح اليوم، وقفة احتجاجية أمام مبنى مجلس المدينة، رفعوا خلالها لافتات كُتب عليها «لقمة عيش أطفالنا ليست ورقة سياسية» و«نريد العودة إلى عملنا»، وطالبوا محافظ طرطوس ووزارة التنمية الإدارية بإلغاء قرارات الفصل «التعسفية» وصرف مستحقاتهم المتأخرة منذ ثلاثة أشهر.",
        # 7 (the governor hosts a delegation in another city and makes a promise; «سيواصلون تحركاتهم» no event)
        "واستقبل محافظ طرطوس، بعد ظهر اليوم، وفداً من المحتجين في مكتبه بمدينة طرطوس، ووعدهم بـ«مراجعة قرارات الفصل التي لم تستند إلى أسباب قانونية خلال أسبوعين»، فيما قال أحد أعضاء الوفد لـ«موج الساحل» إن المحافظ «لم يقدّم أي ضمانات مكتوبة»، وإن المفصولين سيواصلون تحركاتهم «حتى إنصافهم».",
        # 8 (back to the attack: a hospital's words (part of G1); the funeral is no event)
        "وفي سياق الهجوم على حاجز عين الشرقية، قال مصدر طبي في المستشفى الوطني بجبلة لـ«موج الساحل» إن المستشفى استقبل، قرابة منتصف الليل، جثتي عنصرين مصابين بطلقات نارية في الصدر والرأس، إضافة إلى جريح «حالته مستقرة»، فيما شيّع المئات، ظهر اليوم، القتيلين في مدينة جبلة قبل نقل جثمان أحدهما إلى مسقط رأسه في ريف إدلب.",
        # 9 (the notables' condemnation with no named culprit and their demand, «عصر اليوم»)
        "وأدان وجهاء من عين الشرقية، في بيان تلاه أحدهم أمام جامع البلدة عصر اليوم، «الاعتداء الآثم» على الحاجز، مؤكدين أن منفّذيه «لا يمثّلون أهالي المنطقة»، وطالبوا قيادة الأمن العام بـ«عدم أخذ الأبرياء بجريرة المجرمين» والإفراج عن الموقوفين الذين لم تثبت صلتهم بالهجوم.",
        # 10 (a release «يوم السبت الماضي», then an undated letter with its addressee: today, not Saturday)
        "وكانت السلطات قد أفرجت، يوم السبت الماضي، عن ثلاثة وعشرين موقوفاً من أبناء ريف جبلة بعد انتهاء التحقيق معهم وعدم ثبوت أي تهم بحقهم. ودعت منظمة «هيومن رايتس ووتش»، في رسالة وجّهتها إلى وزير الداخلية السوري، السلطات إلى «ضمان حصول جميع المحتجزين على محاكمة عادلة وإبلاغ ذويهم بأماكن احتجازهم»، محذّرةً من أن «الاعتقالات الجماعية تقوّض ثقة السكان بالمؤسسات الجديدة».",
        # 11 (generic: recurring attacks and raids since the start of the year, a tally, a standing demand)
        "ومنذ مطلع العام الجاري، تتعرض حواجز الأمن العام ودورياته في أرياف اللاذقية وجبلة وطرطوس لهجمات متفرقة تنسبها السلطات إلى «فلول النظام البائد»، أودت بحياة العشرات من عناصره بحسب إحصاءات «المرصد السوري»، فيما تشكو عائلات في المنطقة من حملات دهم واعتقالات متكررة تطال أبناءها، وتطالب منظمات حقوقية منذ أشهر بالكشف عن مصير المفقودين في الساحل.",
        # 12 (a rumoured abduction «مساء أمس», denied; the brief stop at a checkpoint (optional))
        "وتداولت صفحات محلية على مواقع التواصل الاجتماعي، مساء أمس، أنباء عن اختطاف مسلحين مجهولين شابين من قرية البهلولية في ريف اللاذقية أثناء عودتهما من عملهما في المدينة، إلا أن مصدراً في قيادة الأمن العام باللاذقية نفى ذلك لـ«موج الساحل»، موضحاً أن الشابين «أُوقفا على أحد الحواجز للتدقيق في أوراقهما الثبوتية، وعادا إلى منزليهما بعد ساعات».",
        # 13 (background «وكان … قد», «الخميس الماضي», one killed)
        "وكان عنصر في «الأمن العام» قد قُتل، الخميس الماضي، برصاص مسلحين مجهولين أطلقوا النار عليه من سيارة مسرعة أثناء وجوده على حاجز عند المدخل الجنوبي لمدينة القرداحة، بحسب ما أعلنته قيادة الأمن العام في اللاذقية حينها.",
    ],
    events=[
        # the attack: headline 0, lead 1, the agency 2, the monitor 3, the hospital 8; 2 and 3 → 2; a night that may
        # run past midnight («ليل أمس», «قرابة منتصف الليل»)
        E(True, ["ASSAULT"], [0, 1, 2, 3, 8], "هجوم شنّه", ["asserted", "reported"], mode="firearms",
          source=GS_ATTACKERS, recipient=GS_CHECKPOINT, location=AIN_SHARQIYAH,
          date=D("2025-05-19", "day", ("2025-05-19", "2025-05-20")), fatalities=2,
          attribution=["مصدر محلي", "سانا عن مدير منطقة جبلة في قيادة الأمن العام", "المرصد السوري لحقوق الإنسان",
                       "مصدر طبي في المستشفى الوطني بجبلة"], acled=CLASH, tpara=1),
        E(False, ["RETREAT"], [1], "ينسحب", ["asserted", "reported"], mode="withdraw", source=GS_ATTACKERS,
          location=AIN_SHARQIYAH, date=D("2025-05-19", "day", ("2025-05-19", "2025-05-20"))),
        # the sweep and arrests, today (the residents' eleven, the ministry's four: a disputed recipient)
        E(True, ["COERCE"], [4], "اعتقلت", ["asserted", "reported"], mode="arrest",
          source=GS, recipient=JABLEH_DETAINEES, location=AIN_AREA, date=D("2025-05-20"),
          attribution=["أهالٍ من المنطقة", "بيان وزارة الداخلية"], acled=ARREST),
        # the minister's threat, dated by «ظهر اليوم»
        E(True, ["THREATEN"], [5], "توعّد", ["asserted", "reported"], mode="arrest",
          source=SY_MOI_MINISTER, recipient=ATTACKERS_RECIP, location=LATAKIA_CITY, date=D("2025-05-20"),
          attribution=["معرّفات وزارة الداخلية"]),
        # the Baniyas vigil (headline 0) and its finite demand to the governor and the ministry
        E(True, ["PROTEST"], [0, 6], "وقفة احتجاجية", ["asserted"], mode="demo",
          source=BANIYAS_EMPLOYEES, location=BANIYAS, date=D("2025-05-20"), acled=PEACEFUL, tpara=6),
        E(True, ["REQUEST"], [6], "وطالبوا", ["asserted"],
          source=BANIYAS_EMPLOYEES, recipient=TARTUS_GOV_MOAD, location=BANIYAS, date=D("2025-05-20")),
        # the governor hosts the delegation in Tartus (host as source) and promises a review within two weeks
        E(True, ["CONSULT"], [7], "واستقبل", ["asserted", "reported"], mode="visit",
          source=TARTUS_GOVERNOR, recipient=BANIYAS_EMPLOYEES, location=TARTUS_CITY, date=D("2025-05-20"),
          attribution=["أحد أعضاء الوفد"]),
        E(True, ["AGREE"], [7], "ووعدهم", ["asserted", "reported"],
          source=TARTUS_GOVERNOR, recipient=BANIYAS_EMPLOYEES, location=TARTUS_CITY, date=D("2025-05-20"),
          attribution=["أحد أعضاء الوفد"]),
        # the notables' condemnation (no named culprit) and their demand to the General Security command
        E(True, ["ACCUSE"], [9], "وأدان", ["asserted", "reported"],
          source=AIN_NOTABLES, location=AIN_SHARQIYAH, date=D("2025-05-20"),
          attribution=["بيان وجهاء عين الشرقية"]),
        E(True, ["REQUEST"], [9], "وطالبوا", ["asserted", "reported"],
          source=AIN_NOTABLES, recipient=GS_COMMAND, location=AIN_SHARQIYAH, date=D("2025-05-20"),
          attribution=["بيان وجهاء عين الشرقية"]),
        # the release last Saturday (a dated «وكانت … قد»), then HRW's undated letter (today, yesterday accepted)
        E(True, ["RETREAT", "CONCEDE"], [10], "أفرجت", ["historical", "asserted"], mode="release",
          source=SY_AUTHORITIES, recipient=RELEASED_23, location=JABLEH_COUNTRY, date=D("2025-05-17")),
        E(True, ["REQUEST"], [10], "ودعت", ["asserted", "reported"],
          source=HRW, recipient=HRW_RECIP, date=D("2025-05-20", "day", ("2025-05-19", "2025-05-20")),
          attribution=["رسالة هيومن رايتس ووتش إلى وزير الداخلية السوري"]),
        # paragraph 11 is a generic statement: deliberately NO gold event
        # the rumoured abduction, denied; the brief stop at a checkpoint in the denial (optional)
        E(True, ["ASSAULT"], [12], "اختطاف", ["rumored", "negated", "reported"], mode="abduct",
          source=UNKNOWN, recipient=BAHLULIYAH_YOUTHS, location=BAHLULIYAH,
          date=D("2025-05-19", "day", ("2025-05-19", "2025-05-20")),
          attribution=["صفحات محلية على مواقع التواصل الاجتماعي", "مصدر في قيادة الأمن العام باللاذقية"],
          acled=ABDUCTION),
        E(False, ["COERCE"], [12], "أُوقفا", ["asserted", "reported"], mode="arrest", source=GS,
          recipient=BAHLULIYAH_YOUTHS, location=BAHLULIYAH,
          date=D("2025-05-19", "day", ("2025-05-19", "2025-05-20"))),
        # background: Thursday before a Tuesday, one killed
        E(True, ["ASSAULT"], [13], "برصاص", ["historical", "asserted", "reported"], mode="firearms",
          source=UNKNOWN, recipient=QARDAHA_MEMBER, location=QARDAHA, date=D("2025-05-15"), fatalities=1,
          attribution=["قيادة الأمن العام في اللاذقية"], acled=CLASH),
    ],
))

# ============================================================================ 077: Sinjar, Duhok, Mosul (Iraqi news site)
ARTICLES.append(dict(
    id="team16-077", slug="sinjar_khanasor_duhok_camps_turkish_drone", published="2024-07-29",
    outlet="Bawabat Nineveh news site (fictional)",
    paras=[
        # 0 (headline: the drone strike and the IDPs' march, with a participle demand)
        "قتيلان بقصف مسيّرة تركية على عجلة قرب خانصور في سنجار.. ونازحون إيزيديون يتظاهرون في دهوك مطالبين بالعودة",
        # 1 (dateline in another district; the strike «عصر أمس الأحد», per the qaimmaqam)
        "الموصل – «بوابة نينوى»: قُتل شخصان، أحدهما سائق مدني، وأصيب ثالث بجروح بليغة، عصر أمس الأحد، جراء قصف نفّذته طائرة مسيّرة تركية على عجلة مدنية عند مفرق مجمّع خانصور شمالي قضاء سنجار غربي محافظة نينوى، بحسب ما أفاد به قائممقام القضاء لـ«بوابة نينوى».",
        # 2 (the same strike: the Security Media Cell, no number, no agent)
        "وذكرت خلية الإعلام الأمني، في بيان مقتضب، أن «طائرة مسيّرة» استهدفت «عجلة نوع بيك آب» على الطريق الرابط بين خانصور ومركز القضاء، ما أسفر عن «سقوط ضحايا»، من دون أن تحدد الجهة التي تعود إليها الطائرة أو هوية من كانوا في العجلة.",
        # 3 (the same strike through a chain: Anadolu quoting the defence ministry; «حيّدت» is no death count)
        "في المقابل، نقلت وكالة «الأناضول» التركية عن مصادر في وزارة الدفاع أن القوات التركية «حيّدت أربعة إرهابيين» من منظمة «بي كي كي»، بينهم «مسؤول عن التنسيق في منطقة سنجار»، في «عملية دقيقة» نفّذها جهاز الاستخبارات شمالي العراق.",
        # 4 (the same strike in an obituary (three fighters); the finite threat dated «مساء أمس»)
        "ونعت «وحدات مقاومة سنجار»، المعروفة محلياً باسم «اليبشة»، في بيان نشرته على معرّفاتها مساء أمس، ثلاثة من مقاتليها قالت إنهم قضوا «في هجوم غادر لمسيّرات الاحتلال التركي»، وتوعّدت أنقرة بأن «دماء الشهداء لن تمرّ دون حساب».",
        # 5 (a condemnation and a demand «صباح اليوم الإثنين»; the announced summons (optional); «سحب قواتها» no event)
        "وأدانت وزارة الخارجية العراقية، في بيان أصدرته صباح اليوم الإثنين، «الاعتداء التركي» على قضاء سنجار، وعدّته «خرقاً فاضحاً للسيادة العراقية ولمبادئ حسن الجوار»، وطالبت الحكومة التركية بـ«الكفّ عن الأعمال الأحادية وسحب قواتها من الأراضي العراقية»، مشيرةً إلى أنها ستستدعي القائم بالأعمال التركي في بغداد لتسليمه مذكرة احتجاج.",
        # 6 (an undated blame with its target in «حمّل … مسؤولية» and a call; «تكرار القصف» an aggregate)
        "من جهته، حمّل الحزب الديمقراطي الكردستاني، في بيان لمكتبه في سنجار، «وجود مسلحي حزب العمال الكردستاني بين المدنيين» مسؤولية تكرار القصف على القضاء، ودعا الحكومة الاتحادية إلى «تطبيق اتفاق سنجار وإخراج المسلحين الغرباء»، معتبراً أن ذلك «الطريق الوحيد لعودة النازحين».",
        # 7 (a march «صباح اليوم», a participle demand (optional), the 2014 genocide (optional), a memo with its demand)
        "وفي محافظة دهوك، خرج مئات النازحين الإيزيديين من مخيمي شاريا وكبرتو، صباح اليوم، في مسيرة راجلة انطلقت من بوابة مخيم شاريا باتجاه الطريق العام، مطالبين بإعادتهم إلى ديارهم في سنجار وتوفير الخدمات والأمن فيها، ورفعوا صور ضحايا «الإبادة» التي ارتكبها تنظيم «داعش» بحق الإيزيديين في آب 2014، قبل أيام من ذكراها العاشرة. وسلّم ممثلون عن النازحين مذكرة إلى مكتب بعثة الأمم المتحدة لمساعدة العراق «يونامي» في دهوك، تطالب الحكومتين الاتحادية والإقليمية بـ«وضع جدول زمني ملزم لإغلاق المخيمات».",
        # 8 (back to the strike: witnesses (part of G1); the closed shops are no strike)
        "وفي سياق القصف الذي استهدف العجلة قرب خانصور، قال شهود عيان من المجمّع لـ«بوابة نينوى» إن المسيّرة أطلقت صاروخين متتاليين على العجلة أثناء توقفها قرب محطة وقود، ما أدى إلى احتراقها بالكامل، وإن سيارة إسعاف نقلت الجريح إلى مستشفى سنجار العام، فيما أغلق أصحاب المحال التجارية في سوق خانصور محالهم حتى المساء خشية تجدد القصف.",
        # 9 (an army deployment «فجر اليوم», per a military source; «لا يستهدف أي طرف» no event)
        "وأفاد مصدر في قيادة عمليات غرب نينوى لـ«بوابة نينوى» بأن قطعات من الجيش العراقي انتشرت، فجر اليوم، في محيط خانصور وعلى الطريق الرابط بينها وبين مركز القضاء، ونصبت نقاط تفتيش إضافية «لمنع أي احتكاك»، مؤكداً أن الانتشار «إجراء احترازي لا يستهدف أي طرف».",
        # 10 (a meeting in Mosul «مساء أمس» inside a masdar phrase; the 2020 agreement in a relative clause (optional))
        "وبحث محافظ نينوى، خلال لقائه في مكتبه بالموصل مساء أمس نائب الممثل الخاص للأمين العام للأمم المتحدة في العراق، ملف عودة النازحين إلى سنجار والعقبات التي تؤخر تطبيق الاتفاق الذي وقّعته بغداد وأربيل في تشرين الأول 2020 لتطبيع الأوضاع في القضاء، بحسب ما أفاد به المكتب الإعلامي للمحافظ.",
        # 11 (generic: recurring Turkish strikes, tallies, camps, chronic disputes)
        "ويتعرض قضاء سنجار منذ سنوات لضربات جوية تركية متكررة تقول أنقرة إنها تستهدف مواقع لحزب العمال الكردستاني، أودت بحياة العشرات بينهم مدنيون، فيما لا يزال عشرات آلاف الإيزيديين يعيشون في مخيمات النزوح بإقليم كوردستان، ولم يعد إلى القضاء سوى جزء من سكانه، وسط خلافات مزمنة بين بغداد وأربيل والقوى المحلية على إدارته وأمنه.",
        # 12 (a rumoured second strike «ليل أمس», denied; the gas cylinder is an accident, no event)
        "وتداولت حسابات محلية على مواقع التواصل الاجتماعي، ليل أمس، أنباء عن غارة تركية ثانية استهدفت موقعاً لـ«اليبشة» على السفح الجنوبي لجبل سنجار، غير أن مصدراً أمنياً في القضاء نفى ذلك لـ«بوابة نينوى»، موضحاً أن الدويّ الذي سمعه السكان ناجم عن انفجار أسطوانة غاز في أحد المنازل من دون وقوع إصابات.",
        # 13 (background «وكانت … قد», «الخميس الماضي», one killed)
        "وكانت مسيّرة تركية قد استهدفت، الخميس الماضي، منزلاً في مجمّع سنوني شمالي جبل سنجار، ما أدى إلى مقتل قيادي في «اليبشة» وإصابة اثنين من أفراد عائلته، بحسب ما أعلنته الوحدات حينها.",
    ],
    events=[
        # the strike: headline 0, lead 1, the Cell 2, the Turkish claim 3, the obituary 4, witnesses 8; 2 and 3 → 2
        E(True, ["ASSAULT"], [0, 1, 2, 3, 4, 8], "قصف نفّذته", ["asserted", "reported"], mode="aerial",
          source=TURKEY, recipient=KHANASOR_TARGET, location=KHANASOR, date=D("2024-07-28"), fatalities=2,
          attribution=["قائممقام قضاء سنجار", "خلية الإعلام الأمني", "الأناضول عن مصادر في وزارة الدفاع التركية",
                       "بيان وحدات مقاومة سنجار", "شهود عيان"], acled=AIR, tpara=1),
        # the YBŞ threat, dated by its own «مساء أمس»
        E(True, ["THREATEN"], [4], "وتوعّدت", ["asserted", "reported"], mode="violence",
          source=YBS, recipient=TURKEY_ONLY, location=SINJAR, date=D("2024-07-28"),
          attribution=["بيان وحدات مقاومة سنجار"]),
        # the Iraqi ministry's condemnation and demand, «صباح اليوم الإثنين»; the announced summons optional
        E(True, ["ACCUSE"], [5], "وأدانت", ["asserted", "reported"],
          source=IQ_MOFA, recipient=TURKEY_ONLY, location=BAGHDAD, date=D("2024-07-29"),
          attribution=["بيان وزارة الخارجية العراقية"]),
        E(True, ["REQUEST"], [5], "وطالبت", ["asserted", "reported"],
          source=IQ_MOFA, recipient=TURKEY_ONLY, location=BAGHDAD, date=D("2024-07-29"),
          attribution=["بيان وزارة الخارجية العراقية"]),
        E(False, ["ACCUSE", "CONSULT"], [5], "ستستدعي", ["planned", "reported"], source=IQ_MOFA,
          recipient=TR_CHARGE, location=BAGHDAD, date=None),
        # the KDP's undated blame and call (today, yesterday accepted)
        E(True, ["ACCUSE"], [6], "حمّل", ["asserted", "reported"],
          source=KDP, recipient=PKK, location=SINJAR, date=D("2024-07-29", "day", ("2024-07-28", "2024-07-29")),
          attribution=["بيان مكتب الحزب الديمقراطي الكردستاني في سنجار"]),
        E(True, ["REQUEST"], [6], "ودعا", ["asserted", "reported"],
          source=KDP, recipient=IQ_FED_GOV, location=SINJAR,
          date=D("2024-07-29", "day", ("2024-07-28", "2024-07-29")),
          attribution=["بيان مكتب الحزب الديمقراطي الكردستاني في سنجار"]),
        # the march (headline 0, 7); the participle demand (headline «مطالبين» too) optional; the memo's demand core
        E(True, ["PROTEST"], [0, 7], "مسيرة", ["asserted"], mode="demo",
          source=YAZIDI_IDPS, location=DUHOK_CAMPS, date=D("2024-07-29"), acled=PEACEFUL, tpara=7),
        E(False, ["REQUEST"], [0, 7], "مطالبين", ["asserted"], source=YAZIDI_IDPS, location=DUHOK_CAMPS,
          date=D("2024-07-29"), tpara=7),
        E(False, ["ASSAULT"], [7], "الإبادة", ["historical"], source=ISIS, recipient=YAZIDIS, location=SINJAR,
          date=D("2014-08-15", "month", ("2014-08-01", "2014-08-31")), acled=ATTACK),
        E(True, ["REQUEST"], [7], "تطالب", ["asserted"],
          source=YAZIDI_IDPS, recipient=MEMO_RECIP, location=DUHOK_CAMPS, date=D("2024-07-29")),
        # the army deployment, today
        E(True, ["MOBILIZE"], [9], "انتشرت", ["asserted", "reported"], mode="troops",
          source=IQ_ARMY, location=KHANASOR, date=D("2024-07-29"),
          attribution=["مصدر في قيادة عمليات غرب نينوى"], acled=OTHER),
        # the governor's meeting in Mosul yesterday evening; the 2020 agreement optional
        E(True, ["CONSULT"], [10], "لقائه", ["asserted", "reported"], mode="visit",
          source=NINEVEH_GOV, recipient=UNAMI_DEPUTY, location=MOSUL, date=D("2024-07-28"),
          attribution=["المكتب الإعلامي لمحافظ نينوى"]),
        E(False, ["AGREE"], [10], "وقّعته", ["historical"], source=BAGHDAD_ERBIL, location=SINJAR,
          date=D("2020-10-15", "month", ("2020-10-01", "2020-10-31")), acled=AGREEMENT),
        # paragraph 11 is a generic statement: deliberately NO gold event
        # the rumoured second strike, denied (the rumour names the agent)
        E(True, ["ASSAULT"], [12], "غارة تركية ثانية", ["rumored", "negated", "reported"], mode="aerial",
          source=TURKEY, recipient=YBS, location=MT_SINJAR,
          date=D("2024-07-28", "day", ("2024-07-28", "2024-07-29")),
          attribution=["حسابات محلية على مواقع التواصل الاجتماعي", "مصدر أمني في قضاء سنجار"], acled=AIR),
        # background: Thursday before a Monday, one killed
        E(True, ["ASSAULT"], [13], "استهدفت", ["historical", "asserted", "reported"], mode="aerial",
          source=TURKEY, recipient=SINUNI_VICTIM, location=SINUNI, date=D("2024-07-25"), fatalities=1,
          attribution=["وحدات مقاومة سنجار"], acled=AIR),
    ],
))

# ============================================================================ 078: Taiz (Taiz local site)
ARTICLES.append(dict(
    id="team16-078", slug="taiz_thabat_sniper_teachers_strike_abductees_mothers", published="2023-11-16",
    outlet="Sawt al-Halima site (fictional)",
    paras=[
        # 0 (headline: the sniping and the teachers' strike)
        "مقتل طفل برصاص قناص حوثي شرقي تعز.. ومعلمو المدينة يبدأون إضراباً شاملاً عن العمل",
        # 1 (dateline; the sniping «عصر أمس الأربعاء», the victims as passive subjects, per a medical source)
        "تعز – «صوت الحالمة»: قُتل طفل في الحادية عشرة من عمره، وأصيبت شقيقته الصغرى بجروح، عصر أمس الأربعاء، برصاص قناص تابع لميليشيا الحوثي يتمركز في تبة السلال المطلة على حي ثعبات شرقي مدينة تعز، أثناء لعبهما أمام منزل أسرتهما، بحسب ما أفاد به مصدر طبي في مستشفى الثورة العام لـ«صوت الحالمة».",
        # 2 (the same sniping: the military axis (participle blame, optional) and a monitor's details; a tally)
        "وقال المركز الإعلامي لمحور تعز العسكري، في بيان، إن القناص «تعمّد استهداف الطفلين» رغم خلو المنطقة من أي مواقع عسكرية، متهماً الميليشيا بـ«مواصلة حرب القنص ضد المدنيين في الأحياء الشرقية»، فيما ذكرت «الشبكة المدنية للرصد في تعز» أن الطفلة أصيبت بشظايا الرصاصة ذاتها في يدها، وأن شقيقها هو الضحية الثالثة للقنص في الحي منذ مطلع الشهر الجاري.",
        # 3 (the same sniping: the Houthi channel's counter-version through a chain; participle blame (optional))
        "في المقابل، نقلت قناة «المسيرة» التابعة للجماعة عن مصدر عسكري في تعز أن «مرتزقة العدوان» هم من «افتعلوا اشتباكاً» في محيط ثعبات عصر أمس، محمّلاً إياهم مسؤولية «أي ضحايا يسقطون في المنطقة».",
        # 4 (the strike «صباح اليوم الخميس», per the correspondent; the earlier call in a relative clause (optional))
        "وفي سياق آخر، بدأ المعلمون في مدارس مدينة تعز والمديريات الخاضعة لسيطرة الحكومة، صباح اليوم الخميس، إضراباً شاملاً عن العمل دعت إليه نقابة المعلمين اليمنيين في المحافظة، احتجاجاً على تأخر صرف رواتبهم للشهر الثالث على التوالي وتآكل قيمتها مع تراجع سعر صرف الريال، وأغلقت معظم المدارس أبوابها أمام الطلاب، بحسب ما رصده مراسل «صوت الحالمة».",
        # 5 (the union's demand and threat, dated by their own «مساء الإثنين»; the threatened act no event)
        "وكانت النقابة قد طالبت، في بيان أصدرته مساء الإثنين، الحكومة ووزارة المالية بـ«صرف الرواتب المتأخرة فوراً وإقرار علاوة غلاء معيشة تتناسب مع انهيار العملة»، وهددت بـ«تعليق العام الدراسي كاملاً» إذا لم تُلبَّ مطالبها خلال أسبوعين من بدء الإضراب.",
        # 6 (a vigil «ظهر اليوم» and its demand to the UN envoy; «مختطف منذ ثماني سنوات» no event)
        "وفي شارع جمال وسط المدينة، نظّمت «رابطة أمهات المختطفين»، ظهر اليوم، وقفة احتجاجية رفعت خلالها المشاركات صور أبنائهن المخفيين قسراً في سجون الحوثيين، وطالبن المبعوث الأممي إلى اليمن بـ«الضغط الجاد على الجماعة للكشف عن مصيرهم والإفراج عنهم دون قيد أو شرط»، مؤكدات أن بعضهم «مختطف منذ ثماني سنوات».",
        # 7 (back to the sniping (part of G1); the governor's condemnation dated «مساء أمس»)
        "وأكد المصدر الطبي في مستشفى الثورة، في اتصال لاحق مع «صوت الحالمة»، أن الرصاصة التي قتلت الطفل أصابته في الرأس مباشرة، وأن شقيقته خضعت لعملية جراحية في يدها وحالتها مستقرة. وكان محافظ تعز قد أدان، في تصريح نشره على صفحته الرسمية مساء أمس، «جريمة قنص الطفل»، محمّلاً ميليشيا الحوثي «المسؤولية الكاملة عن استمرار استهداف الأطفال».",
        # 8 (the governor hosts a UN delegation «صباح اليوم», through a chain; the letter of violations (optional))
        "والتقى محافظ تعز، صباح اليوم، في مكتبه بالمدينة، وفداً من مكتب المبعوث الأممي إلى اليمن، وبحث معه ملف فتح الطرق الرئيسية المغلقة منذ سنوات والمقترحات الأممية بشأن طريق الحوبان، وسلّم الوفد رسالة موجّهة إلى المبعوث تتضمن «قائمة بانتهاكات الميليشيا منذ بدء الهدنة»، بحسب ما نقلته وكالة الأنباء اليمنية «سبأ» بنسختها الحكومية عن المكتب الإعلامي للمحافظ.",
        # 9 (a road opening «السبت الماضي»; the local authority's criticism (optional); then an undated accusation)
        "وكانت جماعة الحوثي قد أعلنت، السبت الماضي، فتح طريق جولة القصر – الكمب شرقي المدينة أمام حركة المشاة والدراجات النارية «من طرف واحد»، في خطوة وصفتها السلطة المحلية بـ«الاستعراضية» لأنها لم تشمل مرور السيارات والشاحنات. واتهمت «اللجنة العسكرية» التابعة للجماعة في تعز، في بيان، الحكومة بـ«عرقلة فتح بقية الطرق» و«المتاجرة بمعاناة المواطنين».",
        # 10 (rumoured reinforcements «ليل أمس», unconfirmed; «في جاهزية تامة» no MOBILIZE)
        "وتحدثت مصادر محلية، ليل أمس، عن وصول تعزيزات حوثية كبيرة، بينها عربات عسكرية ومدافع، إلى خطوط التماس في منطقة الحوبان شرقي المدينة، ولم يتسنَّ لـ«صوت الحالمة» التحقق من هذه الأنباء من مصادر مستقلة، في حين قال مصدر في «محور تعز» إن قواته «في جاهزية تامة للتعامل مع أي تصعيد».",
        # 11 (generic: the siege since 2015, recurring sniping, a tally, unpaid salaries)
        "وتعيش مدينة تعز منذ عام 2015 تحت حصار تفرضه ميليشيا الحوثي على منافذها الرئيسية، ويضطر سكانها إلى سلوك طرق جبلية وعرة للتنقل بين المدينة والمناطق المجاورة، فيما تتكرر عمليات القنص والقصف على الأحياء السكنية القريبة من خطوط التماس، وسط تقديرات حقوقية بسقوط مئات الأطفال بين قتيل وجريح منذ بداية الحرب، بينما يشكو الموظفون من تأخر رواتبهم لأشهر.",
        # 12 (a planned sit-in «يوم الأحد المقبل»; «لن تعلّق الإضراب» no event)
        "ومن المقرر أن ينفّذ المعلمون المضربون، يوم الأحد المقبل، اعتصاماً مفتوحاً أمام مبنى السلطة المحلية في المدينة، بحسب ما أعلنه عضو في الهيئة الإدارية لنقابة المعلمين لـ«صوت الحالمة»، مشيراً إلى أن النقابة «لن تعلّق الإضراب قبل صرف آخر ريال من المستحقات».",
        # 13 (background «وكان … قد», «الأحد الماضي», two killed by a landmine)
        "وكان مدنيان قد قُتلا، الأحد الماضي، بانفجار لغم أرضي زرعته ميليشيا الحوثي في طريق ترابية بمديرية الوازعية غربي تعز، أثناء عودتهما على دراجة نارية من سوق المديرية، بحسب ما أعلنه المركز التنفيذي للتعامل مع الألغام حينها.",
    ],
    events=[
        # the sniping: headline 0, lead 1, the axis and the monitor 2, the Houthi version 3, the hospital 7
        E(True, ["ASSAULT"], [0, 1, 2, 3, 7], "برصاص قناص", ["asserted", "reported"], mode="firearms",
          source=HOUTHIS, recipient=THABAT_CHILDREN, location=THABAT, date=D("2023-11-15"), fatalities=1,
          attribution=["مصدر طبي في مستشفى الثورة العام", "المركز الإعلامي لمحور تعز العسكري",
                       "الشبكة المدنية للرصد في تعز", "قناة المسيرة عن مصدر عسكري حوثي"], acled=ATTACK, tpara=1),
        E(False, ["ACCUSE"], [2], "متهماً", ["asserted", "reported"], source=TAIZ_AXIS, recipient=HOUTHIS,
          location=TAIZ, date=D("2023-11-16", "day", ("2023-11-15", "2023-11-16"))),
        E(False, ["ACCUSE"], [3], "محمّلاً", ["asserted", "reported"], source=HOUTHIS, recipient=TAIZ_AXIS,
          location=THABAT, date=D("2023-11-16", "day", ("2023-11-15", "2023-11-16"))),
        # the teachers' strike (headline 0, 4); the union's earlier call in a relative clause optional
        E(True, ["PROTEST"], [0, 4], "إضراباً شاملاً", ["asserted"], mode="strike",
          source=TEACHERS, location=TAIZ, date=D("2023-11-16"), attribution=["مراسل صوت الحالمة"],
          acled=PEACEFUL, tpara=4),
        E(False, ["REQUEST"], [4], "دعت إليه", ["asserted", "historical"], source=TEACHERS, location=TAIZ,
          date=D("2023-11-13", "day", ("2023-11-13", "2023-11-16"))),
        # the union's demand and threat, dated Monday by their own words
        E(True, ["REQUEST"], [5], "طالبت", ["asserted", "reported", "historical"],
          source=TEACHERS, recipient=YE_GOV_MOF, location=TAIZ, date=D("2023-11-13"),
          attribution=["بيان نقابة المعلمين اليمنيين في تعز"]),
        E(True, ["THREATEN"], [5], "وهددت", ["asserted", "reported", "historical"],
          source=TEACHERS, recipient=YE_GOV_MOF, location=TAIZ, date=D("2023-11-13"),
          attribution=["بيان نقابة المعلمين اليمنيين في تعز"]),
        # the mothers' vigil and their demand to the UN envoy
        E(True, ["PROTEST"], [6], "وقفة احتجاجية", ["asserted"], mode="demo",
          source=MOTHERS, location=JAMAL_ST, date=D("2023-11-16"), acled=PEACEFUL),
        E(True, ["REQUEST"], [6], "وطالبن", ["asserted"],
          source=MOTHERS, recipient=UN_ENVOY, location=JAMAL_ST, date=D("2023-11-16")),
        # the governor's condemnation yesterday evening (the culprit named in the participle)
        E(True, ["ACCUSE"], [7], "أدان", ["asserted", "reported", "historical"],
          source=TAIZ_GOVERNOR, recipient=HOUTHIS, location=TAIZ, date=D("2023-11-15"),
          attribution=["صفحة محافظ تعز الرسمية"]),
        # the governor hosts the UN delegation (host as source); the letter listing violations optional
        E(True, ["CONSULT"], [8], "والتقى", ["asserted", "reported"], mode="visit",
          source=TAIZ_GOVERNOR, recipient=UN_ENVOY, location=TAIZ, date=D("2023-11-16"),
          attribution=["سبأ الحكومية عن المكتب الإعلامي لمحافظ تعز"]),
        E(False, ["ACCUSE"], [8], "رسالة", ["asserted", "reported"], source=TAIZ_GOVERNOR, recipient=HOUTHIS,
          location=TAIZ, date=D("2023-11-16")),
        # the Houthi road opening last Saturday (announced and done); the criticism optional; the undated accusation
        E(True, ["CONCEDE", "RETREAT"], [9], "فتح طريق", ["historical", "asserted", "reported"], mode="access",
          source=HOUTHIS, recipient=TAIZ_RESIDENTS, location=QASR_ROAD, date=D("2023-11-11"), acled=OTHER),
        E(False, ["ACCUSE"], [9], "وصفتها", ["asserted", "historical"], source=LOCAL_AUTHORITY, recipient=HOUTHIS,
          location=TAIZ, date=D("2023-11-11", "day", ("2023-11-11", "2023-11-16"))),
        E(True, ["ACCUSE"], [9], "واتهمت", ["asserted", "reported"],
          source=HOUTHI_COMMITTEE, recipient=YE_GOV, location=TAIZ,
          date=D("2023-11-16", "day", ("2023-11-15", "2023-11-16")),
          attribution=["بيان اللجنة العسكرية التابعة لجماعة الحوثي في تعز"]),
        # the rumoured reinforcements, unconfirmed
        E(True, ["MOBILIZE"], [10], "تعزيزات", ["rumored", "reported"], mode="troops",
          source=HOUTHIS, location=HAWBAN, date=D("2023-11-15", "day", ("2023-11-15", "2023-11-16")),
          attribution=["مصادر محلية"], acled=OTHER),
        # paragraph 11 is a generic statement: deliberately NO gold event
        # the planned sit-in: Sunday after a Thursday
        E(True, ["PROTEST"], [12], "اعتصاماً", ["planned", "reported"], mode="demo",
          source=TEACHERS, location=TAIZ, date=D("2023-11-19"),
          attribution=["عضو في الهيئة الإدارية لنقابة المعلمين"], acled=PEACEFUL),
        # background: Sunday before a Thursday, two killed by a landmine
        E(True, ["ASSAULT"], [13], "بانفجار لغم", ["historical", "asserted", "reported"], mode="explosives",
          source=HOUTHIS, recipient=WAZIIYAH_VICTIMS, location=WAZIIYAH, date=D("2023-11-12"), fatalities=2,
          attribution=["المركز التنفيذي للتعامل مع الألغام"], acled=MINE),
    ],
))

# ============================================================================ 079: Hebron, Masafer Yatta (Palestinian radio site)
ARTICLES.append(dict(
    id="team16-079", slug="hebron_fawwar_masafer_yatta_strike", published="2025-02-19",
    outlet="Sada al-Jabal radio site (fictional)",
    paras=[
        # 0 (headline: the killing and the general strike)
        "شهيد برصاص الاحتلال خلال اقتحام مخيم الفوار.. والخليل تلتزم بالإضراب الشامل حداداً",
        # 1 (dateline; the killing «فجر اليوم الأربعاء» during a raid (the raid optional), per the ministry)
        "الخليل – «صدى الجبل»: استُشهد شاب في العشرين من عمره، فجر اليوم الأربعاء، برصاص قوات الاحتلال الإسرائيلي خلال اقتحامها مخيم الفوار جنوبي مدينة الخليل، بحسب ما أعلنته وزارة الصحة الفلسطينية، التي أوضحت أنه أصيب برصاصة في الصدر ونُقل إلى المستشفى الأهلي في الخليل حيث أُعلن عن استشهاده.",
        # 2 (the same raid: the Red Crescent's four injuries, the blocked ambulance part of it)
        "وقالت جمعية الهلال الأحمر الفلسطيني إن طواقمها تعاملت خلال الاقتحام مع أربع إصابات، إحداها بالرصاص الحي في الصدر «وُصفت بالحرجة جداً» قبل أن يُعلن استشهاد صاحبها، وثلاث بالرصاص المعدني المغلّف بالمطاط، مشيرةً إلى أن جنود الاحتلال أعاقوا وصول مركبة إسعاف إلى المصاب لنحو عشرين دقيقة.",
        # 3 (the same raid: the army's version, a disputed target; its arrests part of the optional raid)
        "في المقابل، زعم جيش الاحتلال، في بيان، أن قواته «أطلقت النار على مخرّب ألقى عبوة ناسفة» باتجاهها خلال «نشاط لمكافحة الإرهاب» في المخيم، وأنها اعتقلت «ثلاثة مطلوبين» وصادرت أسلحة، من دون أن يشير إلى استشهاد الشاب.",
        # 4 (a settlers' attack «مساء أمس الثلاثاء», four injured; the arson (optional))
        "وفي مسافر يطا جنوبي الخليل، هاجم مستوطنون، مساء أمس الثلاثاء، تجمّع خربة المفقرة، ورشقوا منازل المواطنين بالحجارة واعتدوا بالضرب على عدد من الأهالي، وأحرقوا مركبة وخيمة تُستخدم حظيرةً للمواشي، بحسب ما أفاد به منسق لجان الحماية والصمود في مسافر يطا لـ«صدى الجبل»، الذي قال إن أربعة مواطنين أصيبوا بجروح ورضوض ونُقلوا إلى مستشفى يطا الحكومي.",
        # 5 (the same attack per a commission (six injured); a ministry's condemnation and demand dated «ليل أمس»)
        "وقالت «هيئة مقاومة الجدار والاستيطان» في تقرير نشرته صباح اليوم إن نحو عشرين مستوطناً، بعضهم مسلح، شاركوا في الهجوم على المفقرة تحت حماية جنود الاحتلال، وإن عدد المصابين بلغ ستة بينهم سيدة في السبعين من عمرها. وأدانت وزارة الخارجية والمغتربين الفلسطينية، في بيان أصدرته ليل أمس، «إرهاب المستوطنين المنظّم» في مسافر يطا، وطالبت الدول التي فرضت عقوبات على مستوطنين عنيفين بـ«توسيعها لتشمل الجهات التي تموّلهم وتوفر لهم الحماية».",
        # 6 (the strike declared «صباح اليوم» and observed; the funeral and its chants are no events)
        "وأعلنت القوى الوطنية والإسلامية في محافظة الخليل، في بيان أصدرته صباح اليوم، الإضراب الشامل حداداً على روح الشهيد، فأغلقت المحال التجارية أبوابها في المدينة وبلداتها ومخيماتها، وتعطّل الدوام في المدارس والجامعات والمؤسسات الرسمية، فيما شيّع الآلاف جثمان الشهيد بعد الظهر في مخيم الفوار وسط هتافات تندد بالاحتلال.",
        # 7 (the presidency's condemnation and demand, no time word, about today's killing; through the agency)
        "وأدانت الرئاسة الفلسطينية، في بيان نقلته وكالة الأنباء الرسمية «وفا»، «جريمة الإعدام الميداني» التي ارتكبتها قوات الاحتلال في مخيم الفوار، وحمّلت الحكومة الإسرائيلية «المسؤولية الكاملة عن هذا التصعيد الخطير»، وطالبت الإدارة الأمريكية بـ«التدخل الفوري لإلزام إسرائيل بوقف عدوانها على شعبنا».",
        # 8 (an undated call with its addressee in the accusative; its content no event)
        "من جهتها، دعت حركة «حماس»، في تصريح لأحد المتحدثين باسمها، «جماهير شعبنا في الضفة» إلى «النفير العام والتصدي لاقتحامات الاحتلال واعتداءات المستوطنين بكل الوسائل»، معتبرةً أن «دماء الشهداء ستبقى وقوداً للمقاومة».",
        # 9 (a «وكان … قد» visit «ظهر أمس» with a meeting; a participle call (optional))
        "وكان وفد من رؤساء بعثات دول الاتحاد الأوروبي المعتمدين لدى السلطة الفلسطينية قد زار، ظهر أمس، قرية التواني في مسافر يطا، والتقى أعضاء مجلسها القروي وعائلات تعرضت منازلها لاعتداءات المستوطنين، قبل ساعات من الهجوم على المفقرة المجاورة. وقال رئيس الوفد في بيان صدر عقب الزيارة إن ما شاهده «مقلق للغاية»، داعياً السلطات الإسرائيلية إلى «محاسبة المستوطنين العنيفين ووقف التوسع الاستيطاني».",
        # 10 (back to the raid: witnesses (part of G1); arrests in Beit Ummar «فجر اليوم»; a monthly tally)
        "وفي سياق اقتحام مخيم الفوار، أفاد شهود عيان لـ«صدى الجبل» بأن الشهيد أصيب أثناء وقوفه قرب باب منزل عائلته عند المدخل الرئيسي للمخيم، وبأن قناصاً اعتلى سطح بناية مجاورة أطلق عليه النار. وفي بلدة بيت أمر شمالي الخليل، اعتقلت قوات الاحتلال، فجر اليوم، سبعة شبان بينهم أسير محرر وطالب جامعي، بعد دهم منازل ذويهم وتفتيشها، وفق ما أفاد به «نادي الأسير الفلسطيني»، الذي قال إن عدد حالات الاعتقال في محافظة الخليل منذ مطلع الشهر الجاري تجاوز الستين.",
        # 11 (generic: escalation since October 2023, demolitions, tallies, gates)
        "ومنذ السابع من تشرين الأول 2023، صعّدت قوات الاحتلال والمستوطنون اعتداءاتهم في محافظة الخليل، ولا سيما في مسافر يطا وقرى جنوب المحافظة، حيث تتكرر عمليات الهدم وإحراق الممتلكات ومحاولات تهجير التجمعات البدوية، وتشير معطيات فلسطينية إلى استشهاد العشرات من أبناء المحافظة واعتقال المئات خلال هذه الفترة، فيما تُفرض قيود مشددة على حركة المواطنين عبر البوابات الحديدية المنصوبة على مداخل البلدات.",
        # 12 (a demolition «صباح اليوم»; the stop-work notices (optional))
        "وفي مدينة يطا، هدمت جرافات الاحتلال، صباح اليوم، منزلين قيد الإنشاء وبئراً لجمع مياه الأمطار في الجهة الجنوبية من المدينة بحجة البناء دون ترخيص في المنطقة المصنفة «ج»، وسلّمت إخطارات بوقف البناء لأصحاب ستة منازل أخرى، بحسب ما أفاد به رئيس بلدية يطا لـ«صدى الجبل».",
        # 13 (background «وكان … قد», «الأحد الماضي», one killed by a settler; the police's claim (optional))
        "وكان شاب قد استشهد، الأحد الماضي، برصاص مستوطن قرب المدخل الشرقي لمستوطنة «كريات أربع» المقامة على أراضي المواطنين شرقي الخليل، فيما زعمت شرطة الاحتلال حينها أنه «حاول تنفيذ عملية طعن»، بحسب ما أعلنته وزارة الصحة في حينه.",
    ],
    events=[
        # the killing: headline 0, lead 1, the Red Crescent 2, the army 3, the witnesses 10; one dead
        E(True, ["ASSAULT"], [0, 1, 2, 3, 10], "برصاص قوات الاحتلال", ["asserted", "reported"], mode="firearms",
          source=IL_ARMY, recipient=FAWWAR_VICTIM, location=FAWWAR, date=D("2025-02-19"), fatalities=1,
          attribution=["وزارة الصحة الفلسطينية", "جمعية الهلال الأحمر الفلسطيني", "بيان جيش الاحتلال",
                       "شهود عيان"], acled=ATTACK, tpara=1),
        # the raid itself, with the army's three arrests and the blocked ambulance (optional)
        E(False, ["COERCE", "MOBILIZE"], [1, 2, 3], "اقتحامها", ["asserted", "reported"], mode="arrest",
          source=IL_ARMY, location=FAWWAR, date=D("2025-02-19")),
        # the settlers' attack: the coordinator 4, the commission 5 (four / six injured, nobody killed)
        E(True, ["ASSAULT"], [4, 5], "هاجم مستوطنون", ["asserted", "reported"], mode="beat",
          source=SETTLERS, recipient=MUFAQARA_RESIDENTS, location=MUFAQARA, date=D("2025-02-18"),
          attribution=["منسق لجان الحماية والصمود في مسافر يطا", "هيئة مقاومة الجدار والاستيطان"], acled=ATTACK),
        E(False, ["ASSAULT"], [4], "وأحرقوا", ["asserted", "reported"], mode="destroy", source=SETTLERS,
          location=MUFAQARA, date=D("2025-02-18")),
        # the foreign ministry's condemnation and demand, «ليل أمس»
        E(True, ["ACCUSE"], [5], "وأدانت", ["asserted", "reported"],
          source=PS_MOFA, recipient=SETTLERS, date=D("2025-02-18", "day", ("2025-02-18", "2025-02-19")),
          attribution=["بيان وزارة الخارجية والمغتربين الفلسطينية"]),
        E(True, ["REQUEST"], [5], "وطالبت", ["asserted", "reported"],
          source=PS_MOFA, recipient=SANCTIONING_STATES, date=D("2025-02-18", "day", ("2025-02-18", "2025-02-19")),
          attribution=["بيان وزارة الخارجية والمغتربين الفلسطينية"]),
        # the strike (headline 0, 6), declared by the factions
        E(True, ["PROTEST"], [0, 6], "الإضراب الشامل", ["asserted", "reported"], mode="strike",
          source=HEBRON_FACTIONS, location=HEBRON_GOV, date=D("2025-02-19"),
          attribution=["بيان القوى الوطنية والإسلامية في محافظة الخليل"], acled=PEACEFUL, tpara=6),
        # the presidency's condemnation and demand (no time word, about today's killing: today)
        E(True, ["ACCUSE"], [7], "وأدانت", ["asserted", "reported"],
          source=PS_PRESIDENCY, recipient=IL_GOV, date=D("2025-02-19"), attribution=["وفا عن بيان الرئاسة"]),
        E(True, ["REQUEST"], [7], "وطالبت", ["asserted", "reported"],
          source=PS_PRESIDENCY, recipient=US_ADMIN, date=D("2025-02-19"), attribution=["وفا عن بيان الرئاسة"]),
        # Hamas's undated call (today, yesterday accepted)
        E(True, ["REQUEST"], [8], "دعت", ["asserted", "reported"],
          source=HAMAS, recipient=WB_PUBLIC, date=D("2025-02-19", "day", ("2025-02-18", "2025-02-19")),
          attribution=["تصريح لمتحدث باسم حماس"]),
        # the EU visit yesterday noon (a dated «وكان … قد»); the participle call optional
        E(True, ["CONSULT"], [9], "زار", ["asserted", "historical", "reported"], mode="visit",
          source=EU_DELEGATION, recipient=TUWANI_LOCALS, location=TUWANI, date=D("2025-02-18")),
        E(False, ["REQUEST"], [9], "داعياً", ["asserted", "reported"], source=EU_DELEGATION, recipient=IL_AUTH,
          location=TUWANI, date=D("2025-02-18", "day", ("2025-02-18", "2025-02-19"))),
        # the Beit Ummar arrests, today
        E(True, ["COERCE"], [10], "اعتقلت", ["asserted", "reported"], mode="arrest",
          source=IL_ARMY, recipient=BEIT_UMMAR_DETAINEES, location=BEIT_UMMAR, date=D("2025-02-19"),
          attribution=["نادي الأسير الفلسطيني"], acled=ARREST),
        # paragraph 11 is a generic statement: deliberately NO gold event
        # the demolition in Yatta; the notices optional
        E(True, ["ASSAULT", "COERCE"], [12], "هدمت", ["asserted", "reported"], mode="destroy",
          source=IL_ARMY, recipient=YATTA_HOUSES, location=YATTA, date=D("2025-02-19"),
          attribution=["رئيس بلدية يطا"], acled=DESTRUCTION),
        E(False, ["COERCE", "THREATEN"], [12], "إخطارات", ["asserted", "reported"], source=IL_ARMY,
          recipient=YATTA_OWNERS, location=YATTA, date=D("2025-02-19")),
        # background: Sunday before a Wednesday, one killed by a settler; the police's claim optional
        E(True, ["ASSAULT"], [13], "برصاص مستوطن", ["historical", "asserted", "reported"], mode="firearms",
          source=SETTLERS, recipient=KIRYAT_VICTIM, location=KIRYAT_ARBA, date=D("2025-02-16"), fatalities=1,
          attribution=["وزارة الصحة الفلسطينية"], acled=ATTACK),
        E(False, ["ASSAULT"], [13], "عملية طعن", ["reported", "hypothetical"], source=KIRYAT_VICTIM,
          location=KIRYAT_ARBA, date=D("2025-02-16")),
    ],
))

# ============================================================================ 080: Tishreen Dam, Qara Qozak (Kobani agency)
ARTICLES.append(dict(
    id="team16-080", slug="tishreen_dam_qara_qozak_sit_in_drone_strike", published="2025-01-12",
    outlet="Nafidhat Kobani agency (fictional)",
    paras=[
        # 0 (headline: the drone strike and the administration's demand)
        "خمسة شهداء بقصف مسيّرة تركية على خيام المعتصمين عند سد تشرين.. و«الإدارة الذاتية» تطالب التحالف الدولي بـ«موقف واضح»",
        # 1 (dateline in another district; the strike «عصر أمس السبت», per the health authority)
        "كوباني – «نافذة كوباني»: استُشهد خمسة مدنيين، بينهم امرأة، وأصيب أكثر من عشرين آخرين، عصر أمس السبت، جراء قصف نفّذته طائرة مسيّرة تابعة لدولة الاحتلال التركي على خيام المدنيين المعتصمين قرب جسم سد تشرين جنوب شرقي مدينة منبج، بحسب ما أعلنته هيئة الصحة في «الإدارة الذاتية الديمقراطية لشمال وشرق سوريا» في بيان.",
        # 2 (the same strike: the monitor's seven)
        "من جهته، وثّق «المرصد السوري لحقوق الإنسان» مقتل سبعة مدنيين في القصف، بينهم امرأتان وصحفي محلي كان يغطي الاعتصام، مشيراً إلى أن المسيّرة استهدفت تجمّعاً للمعتصمين أثناء إقامتهم حلقة دبكة قرب الخيام.",
        # 3 (the same strike: a denial with a disputed target through an agency; the ministry's weekly tally no event)
        "في المقابل، نفى مسؤول في «الجيش الوطني السوري» الموالي لأنقرة، في تصريح لوكالة «الأناضول» التركية، استهداف المدنيين، مدّعياً أن الضربة طالت «عناصر من «ي ب ك» يتخذون من المدنيين دروعاً بشرية»، بينما قالت وزارة الدفاع التركية في إحاطتها الأسبوعية إن قواتها «حيّدت 32 إرهابياً» خلال الأيام الستة الماضية في شمالي سوريا.",
        # 4 (the sit-in continuing today, joined by a convoy from Raqqa: one PROTEST)
        "ويواصل مئات المدنيين القادمين من مدن وبلدات شمال وشرق سوريا اعتصامهم عند السد لليوم الخامس على التوالي، رفضاً لـ«الهجمات التركية على هذا المرفق الحيوي»، وانضمت إليهم صباح اليوم قافلة جديدة انطلقت من مدينة الرقة تضم عشرات السيارات والحافلات، بحسب ما رصده مراسل «نافذة كوباني» في الموقع.",
        # 5 (the administration's demand and blame, dated by their own «مساء أمس»; the feared collapse no event)
        "وطالبت «الإدارة الذاتية»، في بيان أصدرته مساء أمس، الأمم المتحدة والتحالف الدولي بـ«اتخاذ موقف واضح وحازم» من «المجازر التي يرتكبها الاحتلال التركي بحق المدنيين العزّل»، وحمّلت أنقرة «المسؤولية الكاملة» عن أي انهيار قد يصيب جسم السد «لما له من تبعات كارثية على ملايين السوريين».",
        # 6 (a two-sided clash «فجر اليوم», eight per the monitor; the SDF's «أفشلوا هجوماً» is the same clash)
        "ميدانياً، اندلعت فجر اليوم اشتباكات عنيفة بين «قوات سوريا الديمقراطية» والفصائل الموالية لتركيا على محور جسر قره قوزاق شرقي منبج، بإسناد من المدفعية التركية، ما أسفر عن مقتل ثمانية مقاتلين من الطرفين، بحسب «المرصد السوري»، في حين قال «المركز الإعلامي لقوات سوريا الديمقراطية» إن مقاتليه «أفشلوا هجوماً واسعاً للمرتزقة» و«كبّدوهم خسائر فادحة في الأرواح والعتاد».",
        # 7 (a conditional threat in Ankara «ظهر اليوم»; the threatened act no event)
        "في غضون ذلك، هدّد وزير الخارجية التركي، في مؤتمر صحفي عقده في أنقرة ظهر اليوم، بأن بلاده «لن تتردد في القيام بما يلزم» إذا لم تُلقِ «وحدات حماية الشعب» سلاحها وتُخرج «المقاتلين الأجانب» من سوريا، معتبراً أن «أيام التنظيم في المنطقة باتت معدودة».",
        # 8 (back to the strike: the Kurdish Red Crescent (part of G1); the funeral and its chants no events)
        "وفي سياق القصف الذي استهدف خيام المعتصمين، قال مسؤول في «الهلال الأحمر الكردي» لـ«نافذة كوباني» إن فرقه نقلت الجرحى إلى مستشفيات كوباني والرقة، وإن حالة ثلاثة منهم «حرجة»، مضيفاً أن إحدى سيارات الإسعاف تضررت بشظايا القصف، فيما شيّع الآلاف، ظهر اليوم، جثامين الضحايا في مدينة كوباني وسط هتافات منددة بالاحتلال التركي.",
        # 9 (a meeting «مساء أمس» in Hasakah, then an undated call (today, not yesterday))
        "والتقى القائد العام لـ«قوات سوريا الديمقراطية»، مساء أمس، وفداً عسكرياً من التحالف الدولي في مدينة الحسكة، وبحث معه «التصعيد التركي» والأوضاع في محيط سد تشرين وسبل «حماية المدنيين»، بحسب ما نشره المركز الإعلامي للقوات على موقعه الرسمي. ودعت وزارة الخارجية الأمريكية، في بيان، جميع الأطراف إلى «ضبط النفس وتجنّب استهداف البنية التحتية المدنية»، مؤكدة أن الأولوية هي «منع عودة تنظيم داعش».",
        # 10 (a rumoured ceasefire agreement «ليل أمس», denied; its withdrawal term (optional))
        "وتداولت صفحات مقرّبة من الفصائل الموالية لتركيا، ليل أمس، أنباء عن «اتفاق» برعاية أمريكية لوقف إطلاق النار في محيط السد يقضي بانسحاب «قسد» إلى الضفة الشرقية لنهر الفرات، غير أن مصدراً في «قسد» نفى ذلك لـ«نافذة كوباني»، مؤكداً أن «لا اتفاق ولا انسحاب، والمقاومة مستمرة».",
        # 11 (generic: near-daily fighting since early December, tallies, warnings)
        "ومنذ مطلع كانون الأول الماضي، تشهد المنطقة الممتدة بين سد تشرين وجسر قره قوزاق معارك شبه يومية وقصفاً جوياً ومدفعياً متواصلاً، أودى بحياة المئات من المقاتلين والمدنيين بحسب تقديرات «المرصد السوري»، فيما تحذّر منظمات محلية ودولية من خروج السد عن الخدمة وانقطاع المياه والكهرباء عن مئات آلاف السكان في حال استمرار المعارك.",
        # 12 (a planned convoy «يوم الثلاثاء المقبل»; its purpose no event)
        "ومن المقرر أن تنطلق، يوم الثلاثاء المقبل، قافلة مدنية جديدة من مدينتي الحسكة والقامشلي باتجاه السد «للمشاركة في الاعتصام وحماية السد بالأجساد»، بحسب ما أعلنته «اللجنة المنظمة للقوافل المدنية» في بيان نشرته على صفحتها.",
        # 13 (background «وكانت … قد», «الخميس الماضي», three killed)
        "وكانت مسيّرة تركية قد استهدفت، الخميس الماضي، فرناً آلياً في بلدة صرين جنوبي كوباني، ما أدى إلى استشهاد ثلاثة من عماله وخروج الفرن عن الخدمة، بحسب ما أعلنته «الإدارة الذاتية» حينها.",
    ],
    events=[
        # the strike: headline 0, lead 1, the monitor 2, the denial 3, the Red Crescent 8; 5 and 7 → 5
        E(True, ["ASSAULT"], [0, 1, 2, 3, 8], "قصف نفّذته", ["asserted", "reported"], mode="aerial",
          source=TURKEY_DRONE, recipient=TISHREEN_PROTESTERS, location=TISHREEN, date=D("2025-01-11"), fatalities=5,
          attribution=["بيان هيئة الصحة في الإدارة الذاتية", "المرصد السوري لحقوق الإنسان",
                       "مسؤول في الجيش الوطني السوري للأناضول", "مسؤول في الهلال الأحمر الكردي"], acled=AIR, tpara=1),
        # the sit-in, today, against Turkey's attacks
        E(True, ["PROTEST"], [4], "اعتصامهم", ["asserted"], mode="demo",
          source=NES_CIVILIANS, recipient=TURKEY_ONLY, location=TISHREEN, date=D("2025-01-12"),
          attribution=["مراسل نافذة كوباني"], acled=PEACEFUL),
        # the administration's demand (headline 0, 5) and blame, «مساء أمس»
        E(True, ["REQUEST"], [0, 5], "وطالبت", ["asserted", "reported"],
          source=AANES, recipient=UN_COALITION, date=D("2025-01-11"),
          attribution=["بيان الإدارة الذاتية"], tpara=5),
        E(True, ["ACCUSE"], [5], "وحمّلت", ["asserted", "reported"],
          source=AANES, recipient=TURKEY_ONLY, date=D("2025-01-11"), attribution=["بيان الإدارة الذاتية"]),
        # the two-sided clash at the Qara Qozak bridge, eight killed
        E(True, ["ASSAULT"], [6], "اشتباكات عنيفة", ["asserted", "reported"], mode="firearms",
          source=SDF_SNA, location=QARA_QOZAK, date=D("2025-01-12"), fatalities=8,
          attribution=["المرصد السوري لحقوق الإنسان", "المركز الإعلامي لقوات سوريا الديمقراطية"], acled=CLASH),
        # the Turkish minister's conditional threat in Ankara
        E(True, ["THREATEN"], [7], "هدّد", ["asserted", "reported"], mode="violence",
          source=TR_FM, recipient=YPG, location=ANKARA, date=D("2025-01-12"),
          attribution=["مؤتمر صحفي لوزير الخارجية التركي"]),
        # the SDF commander's meeting with a coalition delegation (host as source), yesterday evening
        E(True, ["CONSULT"], [9], "والتقى", ["asserted", "reported"], mode="visit",
          source=SDF_CMDR, recipient=COALITION_DELEG, location=HASAKAH, date=D("2025-01-11"),
          attribution=["المركز الإعلامي لقوات سوريا الديمقراطية"]),
        # the State Department's undated call (today, yesterday accepted)
        E(True, ["REQUEST"], [9], "ودعت", ["asserted", "reported"],
          source=US_STATE, recipient=ALL_PARTIES, date=D("2025-01-12", "day", ("2025-01-11", "2025-01-12")),
          attribution=["بيان وزارة الخارجية الأمريكية"]),
        # the rumoured ceasefire agreement, denied; its withdrawal term optional
        E(True, ["AGREE"], [10], "اتفاق", ["rumored", "negated", "reported"],
          source=CEASEFIRE_PARTIES, location=TISHREEN, date=D("2025-01-11", "day", ("2025-01-11", "2025-01-12")),
          attribution=["صفحات مقرّبة من الفصائل الموالية لتركيا", "مصدر في قسد"], acled=AGREEMENT),
        E(False, ["RETREAT"], [10], "بانسحاب", ["rumored", "negated", "planned"], mode="withdraw", source=SDF,
          location=TISHREEN, date=None),
        # paragraph 11 is a generic statement: deliberately NO gold event
        # the planned convoy: Tuesday after a Sunday
        E(True, ["PROTEST"], [12], "قافلة مدنية", ["planned", "reported"], mode="demo",
          source=CONVOY_ORGANISERS, location=CONVOY_PLACE, date=D("2025-01-14"),
          attribution=["بيان اللجنة المنظمة للقوافل المدنية"], acled=PEACEFUL),
        # background: Thursday before a Sunday, three killed
        E(True, ["ASSAULT"], [13], "استهدفت", ["historical", "asserted", "reported"], mode="aerial",
          source=TURKEY_DRONE, recipient=SARRIN_BAKERY, location=SARRIN, date=D("2025-01-09"), fatalities=3,
          attribution=["الإدارة الذاتية"], acled=AIR),
    ],
))


if __name__ == "__main__":
    build(HERE, ARTICLES, "team16.gold.json", id_prefix="team16", first_number=FIRST_NUMBER)
