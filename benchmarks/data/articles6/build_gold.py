#!/usr/bin/env python3
"""Write the sixth team-made article set (NNN_slug.txt, ids team6-026 ... team6-030) and its gold
(team6.gold.json).

The articles and annotations live here; ``benchmarks/data/goldkit.py`` writes the files and computes every
offset (nothing is typed by hand): para_spans are the [start, end) code-point offsets of each line (newline
excluded) in the file text, trigger spans are found inside the named paragraph. Run from anywhere:
    python3 benchmarks/data/articles6/build_gold.py && python3 benchmarks/data/articles6/check_gold.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from actors_places import (  # noqa: E402
    AIR_INTEL,
    AKRAMA,
    ARAB_HASSAN,
    ASAYISH,
    ASSAD_RELATIVE,
    AWN_DADAT,
    BANIYAS,
    DZ_FAMILIES,
    DZ_TRADERS,
    EAST_BADIA,
    EAST_NOTABLES,
    EAST_PROTESTERS,
    FATEMIYOUN,
    FOURTH_DIV,
    FOURTH_HEZBOLLAH,
    FOURTH_OFFICER,
    GUNMEN,
    HAMZA,
    HAQF,
    HAQF_SHABKI,
    HOL,
    HOL_DETAINEES,
    HOL_YARUBIYAH,
    HUWAYQA,
    IRAN_MILITIAS,
    JDEIDET_YABOUS,
    JURA,
    JURA_RESIDENTS,
    KARAMA,
    LEBANESE_DRIVER,
    MANBIJ_CHILDREN,
    MAYADIN,
    MAYADIN_BUKAMAL,
    MIL_SECURITY,
    MMC,
    MMC_FIGHTERS,
    MMC_HAMZA,
    MOI,
    MUHASSAN,
    MUSHANNAF,
    NDF,
    NDF_MS,
    NIDAA,
    NOTABLES_KARAMA,
    OPPOSITION_FIGHTERS,
    POLICE_CHIEF,
    QARDAHA,
    QARDAHA_PROTESTERS,
    QARDAHA_VICTIM,
    RAS_AIN,
    RAS_AIN_PROTESTERS,
    RECONCILIATION_MEMBER,
    REFINERY_WORKERS,
    REGIME,
    REP_GUARD,
    RUSSIA,
    SABBOURA,
    SHABKI,
    SHABKI_VICTIMS,
    SHEPHERDS,
    SHOOTER,
    SIG,
    SIG_MOD,
    SNA_MP,
    SOUQ_HAL,
    STATE_SECURITY,
    SULTAN_MURAD,
    SWEIDA_CITY,
    SWEIDA_GOV_BODY,
    TAL_ABYAD,
    TAL_ABYAD_VICTIMS,
    TARTUS_CITY,
    TARTUS_GOVERNOR,
    TAXI_DRIVERS,
    TOKHAR,
    TRADER,
    TRADER_FAMILY,
    TURKEY,
    UN,
    WAER,
    WAER_ACTIVISTS,
    WAER_DETAINEES,
    WAER_MUKHTAR,
    WFP_SARC,
    YABROUD,
    YABROUD_DETAINEES,
    YAFOUR,
    YPG,
    place,
)
from goldkit import D, E, build  # noqa: E402

FIRST_NUMBER = 26  # file and id numbering continues after the first five sets (001-025)

SHELL = ["Explosions/Remote violence/Shelling/artillery/missile attack"]
AIR = ["Explosions/Remote violence/Air/drone strike"]
IED = ["Explosions/Remote violence/Remote explosive/landmine/IED"]
CLASH = ["Battles/Armed clash"]
ATTACK = ["Violence against civilians/Attack"]
ABDUCT = ["Violence against civilians/Abduction/forced disappearance"]
ARREST = ["Strategic developments/Arrests"]
PEACEFUL = ["Protests/Peaceful protest"]
OTHER = ["Strategic developments/Other"]
AGREEMENT = ["Strategic developments/Agreement"]
TRANSFER = ["Strategic developments/Non-violent transfer of territory"]

ARTICLES = []

# ============================================================================ 026: Homs, al-Waer, Tartus and Baniyas
ARTICLES.append(dict(
    id="team6-026", slug="homs_waer_tartus_baniyas", published="2021-03-10",
    outlet="Nabd Homs (fictional)",
    paras=[
        # 0 (headline: an assassination and an arrest)
        "اغتيال مختار حي الوعر برصاص مجهولين في حمص.. و«أمن الدولة» يعتقل ثلاثة موظفين في مصفاة بانياس",
        # 1
        "اغتال مسلحون مجهولون يستقلون دراجة نارية، مساء أمس الثلاثاء، مختار حي الوعر في مدينة حمص، عبد الرزاق الفاخوري، بإطلاق النار عليه أمام منزله في الجزيرة السابعة من الحي، ما أدى إلى مقتله على الفور، بحسب ما أفاد به مراسلنا في حمص.",
        # 2 (the same killing in other words; the attackers' flight; a background evacuation)
        "وقالت صفحة «الوعر الآن» المحلية إن المختار أُصيب بثلاث رصاصات في الرأس والصدر أثناء عودته من صلاة العشاء، وإن مطلقي النار لاذوا بالفرار باتجاه حي الإنشاءات، مشيرةً إلى أن الفاخوري كان عضواً في لجنة التسوية التي شُكّلت في الحي عقب خروج مقاتلي المعارضة منه.",
        # 3 (an accusation; a background refusal in a causal phrase; a participle threat)
        "واتهم ناشطون من أبناء الحي، في منشورات على مواقع التواصل، عناصر مرتبطين بفرع «الأمن العسكري» بالوقوف وراء الاغتيال، بسبب رفض المختار تسليم قوائم بأسماء الشبان المتخلفين عن الخدمة الإلزامية، فيما نعت محافظة حمص الفاخوري في بيان، متوعدةً بـ«ملاحقة الفاعلين أينما كانوا».",
        # 4 (arrests after a raid; a negated release)
        "وعقب الاغتيال، داهمت دوريات من «الأمن العسكري»، صباح اليوم الأربعاء، عدداً من المنازل في الجزيرة السابعة، واعتقلت أربعة شبان بينهم شقيقان، واقتادتهم إلى جهة مجهولة، ولم يُفرج عن أي منهم حتى ساعة إعداد هذا التقرير، بحسب المراسل.",
        # 5 (an arrest; the strike call in the charge is no event)
        "وفي مدينة بانياس الساحلية، اعتقلت دورية تابعة لفرع «أمن الدولة»، يوم الإثنين الماضي، ثلاثة موظفين في مصفاة بانياس من مكان عملهم، بتهمة «التحريض على الإضراب» بعد تداولهم دعوة للتوقف عن العمل احتجاجاً على تدني الأجور، بحسب ما أفاد به قريب لأحدهم لـ«نبض حمص».",
        # 6 (a strike with a gathering and a participle demand)
        "وفي مدينة طرطوس، نفّذ سائقو سيارات الأجرة العمومية إضراباً عن العمل، اليوم الأربعاء، احتجاجاً على تخفيض مخصصاتهم الأسبوعية من البنزين المدعوم إلى عشرين ليتراً، وتجمّع العشرات منهم بسياراتهم أمام مبنى المحافظة، مطالبين بإعادة المخصصات إلى ما كانت عليه.",
        # 7 (a meeting, a promise, a rejection)
        "واستقبل محافظ طرطوس وفداً من السائقين في مكتبه، ووعد بـ«رفع مطالبهم إلى وزارة النفط خلال أيام»، إلا أن أعضاء الوفد رفضوا إنهاء الإضراب قبل صدور قرار رسمي بزيادة المخصصات، بحسب ما نقلته إذاعة محلية عن أحد السائقين.",
        # 8 (an IED with no claim)
        "وفي حي عكرمة بمدينة حمص، قُتل ضابط برتبة نقيب في «الفرقة الرابعة»، ظهر اليوم، بانفجار عبوة لاصقة زُرعت في سيارته العسكرية قرب دوار الزهراء، دون أن تتبنى أي جهة التفجير.",
        # 9 (generic)
        "وتشهد أحياء مدينة حمص التي خضعت لاتفاقات «التسوية» عمليات اغتيال متكررة تطال مختارين ووجهاء ومقاتلين سابقين في المعارضة، يُسجَّل معظمها ضد مجهولين، في ظل انتشار السلاح بين عناصر الميليشيات الموالية وضعف قبضة الأجهزة الأمنية.",
        # 10 (background with a dated toll)
        "وكان مسلحون مجهولون قد اغتالوا، مساء الخميس 25 شباط الماضي، عضو لجنة المصالحة في حي الوعر، محمود الدالاتي، بإطلاق النار عليه قرب دوار المهندسين، ما أدى إلى مقتله، فيما أُصيب مرافقه بجروح خطيرة.",
    ],
    events=[
        # the assassination: headline 0, details 1, the page's account 2
        E(True, ["ASSAULT"], [0, 1, 2], "اغتال", ["asserted"], mode="assassinate",
          source=GUNMEN, recipient=WAER_MUKHTAR, location=WAER, date=D("2021-03-09"),
          attribution=["مراسلنا", "صفحة الوعر الآن"], fatalities=1, acled=ATTACK, tpara=1),
        E(False, ["RETREAT"], [2], "لاذوا بالفرار", ["asserted", "reported"], mode="withdraw", source=GUNMEN,
          location=WAER, date=D("2021-03-09")),
        E(False, ["RETREAT"], [2], "خروج مقاتلي المعارضة", ["historical", "asserted"], mode="withdraw",
          source=OPPOSITION_FIGHTERS, location=WAER),
        E(True, ["ACCUSE"], [3], "واتهم", ["asserted", "reported"],
          source=WAER_ACTIVISTS, recipient=MIL_SECURITY, location=WAER,
          date=D("2021-03-10", "day", ("2021-03-09", "2021-03-10")), attribution=["منشورات ناشطين"]),
        E(False, ["REJECT"], [3], "رفض المختار", ["historical", "asserted", "reported"], source=WAER_MUKHTAR,
          recipient=MIL_SECURITY, location=WAER),
        E(False, ["THREATEN"], [3], "متوعدةً", ["asserted", "reported"], mode="arrest",
          location=WAER, date=D("2021-03-10", "day", ("2021-03-09", "2021-03-10"))),
        # the arrests after the killing; the raid is optional; the release is negated
        E(True, ["COERCE"], [4], "واعتقلت", ["asserted"], mode="arrest",
          source=MIL_SECURITY, recipient=WAER_DETAINEES, location=WAER, date=D("2021-03-10"),
          attribution=["مراسلنا"], acled=ARREST),
        E(False, ["COERCE"], [4], "داهمت", ["asserted"], mode="seize", source=MIL_SECURITY, location=WAER,
          date=D("2021-03-10")),
        E(False, ["RETREAT", "CONCEDE"], [4], "لم يُفرج", ["negated"], mode="release", source=MIL_SECURITY,
          recipient=WAER_DETAINEES, location=WAER, date=D("2021-03-10")),
        # the Baniyas arrest: headline 0, details 5
        E(True, ["COERCE"], [0, 5], "اعتقلت", ["asserted", "reported"], mode="arrest",
          source=STATE_SECURITY, recipient=REFINERY_WORKERS, location=BANIYAS, date=D("2021-03-08"),
          attribution=["قريب لأحد المعتقلين"], acled=ARREST, tpara=5),
        # the strike: details 6, «إنهاء الإضراب» 7
        E(True, ["PROTEST"], [6, 7], "إضراباً", ["asserted"], mode="strike",
          source=TAXI_DRIVERS, location=TARTUS_CITY, date=D("2021-03-10"), acled=PEACEFUL),
        E(False, ["PROTEST"], [6], "وتجمّع", ["asserted"], mode="demo", source=TAXI_DRIVERS, location=TARTUS_CITY,
          date=D("2021-03-10")),
        E(False, ["REQUEST"], [6], "مطالبين", ["asserted"], source=TAXI_DRIVERS, recipient=TARTUS_GOVERNOR,
          location=TARTUS_CITY, date=D("2021-03-10")),
        E(True, ["CONSULT"], [7], "واستقبل", ["asserted", "reported"],
          source=TARTUS_GOVERNOR, recipient=TAXI_DRIVERS, location=TARTUS_CITY, date=D("2021-03-10"),
          attribution=["إذاعة محلية"]),
        # a promise to act is AGREE
        E(True, ["AGREE"], [7], "ووعد", ["asserted", "reported"],
          source=TARTUS_GOVERNOR, recipient=TAXI_DRIVERS, location=TARTUS_CITY, date=D("2021-03-10"),
          attribution=["إذاعة محلية"]),
        E(True, ["REJECT"], [7], "رفضوا", ["asserted", "reported"],
          source=TAXI_DRIVERS, recipient=TARTUS_GOVERNOR, location=TARTUS_CITY, date=D("2021-03-10"),
          attribution=["إذاعة محلية"]),
        # the IED in Akrama: no claim, so no source
        E(True, ["ASSAULT"], [8], "بانفجار عبوة لاصقة", ["asserted"], mode="explosives",
          recipient=FOURTH_OFFICER, location=AKRAMA, date=D("2021-03-10"), fatalities=1, acled=IED),
        # paragraph 9 is a generic statement: deliberately NO gold event
        E(True, ["ASSAULT"], [10], "اغتالوا", ["historical", "asserted"], mode="assassinate",
          source=GUNMEN, recipient=RECONCILIATION_MEMBER, location=WAER, date=D("2021-02-25"), fatalities=1,
          acled=ATTACK),
    ],
))

# ============================================================================ 027: Deir ez-Zor city and al-Mayadin
ARTICLES.append(dict(
    id="team6-027", slug="deir_ezzor_mayadin_strikes_strike", published="2022-01-19",
    outlet="Euphrates 24 (fictional)",
    paras=[
        # 0 (headline: air strikes and a traders' strike)
        "غارات مجهولة تقتل سبعة عناصر من الميليشيات الإيرانية في الميادين.. وتجار دير الزور يغلقون محالّهم احتجاجاً على «إتاوات» الحواجز",
        # 1
        "استهدفت طائرات حربية مجهولة الهوية، فجر اليوم الأربعاء، بست غارات جوية، مستودعات أسلحة ومقرات تابعة لـ«الحرس الثوري» الإيراني وميليشيا «حزب الله العراقي» في مدينة الميادين ومحيطها بريف دير الزور الشرقي، ما أدى إلى مقتل سبعة عناصر من الميليشيات بينهم قيادي عراقي الجنسية، وإصابة آخرين، بحسب ما أفاد به مراسلنا في الميادين.",
        # 2 (the same strikes in other words; a habitual accusation is no event)
        "وقال «مرصد الشرقية» المحلي إن ما لا يقل عن ثمانية انفجارات ضخمة هزّت المدينة خلال نصف ساعة، نتيجة انفجار الذخائر المخزنة في المستودعات المستهدفة على الأطراف الشرقية للمدينة، وإن سيارات الإسعاف نقلت جثث القتلى إلى المشفى الميداني في مدينة البوكمال، فيما تتهم الميليشيات الإيرانية عادةً إسرائيل بتنفيذ مثل هذه الغارات.",
        # 3 (an alert raised; a road closure)
        "وعقب الغارات، رفعت الميليشيات الإيرانية حالة الاستنفار في صفوفها في الميادين والبوكمال، ونقلت ما تبقى من الأسلحة والذخائر إلى مبانٍ داخل الأحياء السكنية، كما أغلقت الطرق المؤدية إلى مقراتها أمام حركة المدنيين، بحسب المراسل.",
        # 4 (a clash between two named sides)
        "وفي مدينة دير الزور، اندلعت اشتباكات بالأسلحة الرشاشة، مساء أمس الثلاثاء، بين عناصر من ميليشيا «الدفاع الوطني» ودورية تابعة لفرع «الأمن العسكري» قرب حاجز عند مدخل حي الجورة، على خلفية خلاف على تقاسم عائدات الحاجز، ما أسفر عن مقتل عنصر من كل طرف وإصابة مدني كان يمر في المكان.",
        # 5 (a mediated meeting and an agreement; the agreed withdrawal is the RETREAT of ¶6)
        "وانتهت الاشتباكات بعد تدخل ضباط من «الحرس الجمهوري»، الذين عقدوا اجتماعاً ضم قياديين من الطرفين في مقر قيادة الحرس بالمدينة، اتفق خلاله الطرفان على انسحاب عناصر «الدفاع الوطني» من الحاجز وتسليمه لـ«الأمن العسكري»، وتشكيل لجنة للتحقيق في الحادثة.",
        # 6 (the withdrawal carried out; a quoted demand whose content is no event)
        "وأفاد مراسلنا بأن عناصر «الدفاع الوطني» انسحبوا من الحاجز صباح اليوم، وسلّموه لدورية من «الأمن العسكري»، في حين طالب أهالي حي الجورة، في تسجيلات صوتية تداولتها مجموعات محلية، بـ«إزالة جميع الحواجز من داخل الأحياء ووقف إطلاق النار العشوائي».",
        # 7 (a traders' strike; the habitual levies are no event)
        "وفي سوق الهال بمدينة دير الزور، أغلق عشرات التجار محالّهم، اليوم، في إضراب احتجاجاً على «الإتاوات» التي تفرضها حواجز «الفرقة الرابعة» على الشاحنات القادمة من مناطق سيطرة «قسد» عبر معبر الصالحية، والتي تصل إلى مليون ليرة سورية عن كل شاحنة، بحسب ما أفاد به أحد التجار لـ«الفرات 24».",
        # 8 (a threat of arrest)
        "وهدد رئيس فرع «الأمن العسكري» في دير الزور، في رسالة نقلها مختار الحي إلى التجار، باعتقال كل من لا يعيد فتح محله خلال 24 ساعة، ومصادرة بضائعه بتهمة «الإضرار بالاقتصاد الوطني».",
        # 9 (aid)
        "ووزّع «برنامج الأغذية العالمي» بالتعاون مع «الهلال الأحمر العربي السوري»، أمس الثلاثاء، سلالاً غذائية على نحو 2500 عائلة من العائلات العائدة إلى حيي الحويقة والعرضي في مدينة دير الزور، بحسب ما أعلنه فرع الهلال الأحمر في المحافظة.",
        # 10 (generic)
        "وتتعرض مواقع الميليشيات الإيرانية في ريف دير الزور الشرقي لغارات متكررة منذ سنوات، تنسبها الميليشيات إلى إسرائيل أو إلى «التحالف الدولي»، وتتركز معظمها في محيط مدينتي الميادين والبوكمال ومعبر القائم الحدودي.",
        # 11 (background with a dated toll)
        "وكانت طائرة مسيّرة مجهولة قد استهدفت، مساء السبت 8 كانون الثاني الجاري، سيارة تقل عناصر من ميليشيا «لواء فاطميون» قرب بلدة الموحسن بريف دير الزور، ما أدى إلى مقتل ثلاثة منهم.",
    ],
    events=[
        # the strikes: headline 0, details 1, the monitor's account 2, «وعقب الغارات» 3; no source (unidentified jets)
        E(True, ["ASSAULT"], [0, 1, 2, 3], "غارات جوية", ["asserted"], mode="aerial",
          recipient=IRAN_MILITIAS, location=MAYADIN, date=D("2022-01-19"), attribution=["مراسلنا", "مرصد الشرقية"],
          fatalities=7, acled=AIR, tpara=1),
        E(True, ["MOBILIZE"], [3], "حالة الاستنفار", ["asserted"], mode="troops",
          source=IRAN_MILITIAS, location=MAYADIN_BUKAMAL, date=D("2022-01-19"), attribution=["مراسلنا"],
          acled=OTHER),
        E(False, ["COERCE"], [3], "أغلقت", ["asserted"], mode="restrict", source=IRAN_MILITIAS,
          location=MAYADIN, date=D("2022-01-19")),
        # the clash: two-sided, one dead on each side; «وانتهت الاشتباكات» 5
        E(True, ["ASSAULT"], [4, 5], "اشتباكات", ["asserted"], mode="firearms",
          source=NDF_MS, location=JURA, date=D("2022-01-18"), fatalities=2, acled=CLASH),
        E(True, ["CONSULT"], [5], "اجتماعاً", ["asserted"], mode="third-party",
          source=REP_GUARD, recipient=NDF_MS, location=JURA, date=D("2022-01-18", "day", ("2022-01-18", "2022-01-19"))),
        E(True, ["AGREE"], [5], "اتفق", ["asserted"],
          source=NDF_MS, location=JURA, date=D("2022-01-18", "day", ("2022-01-18", "2022-01-19")), acled=AGREEMENT),
        # the withdrawal carried out, with the handover as an optional second verb
        E(True, ["RETREAT"], [6], "انسحبوا", ["asserted"], mode="withdraw",
          source=NDF, recipient=MIL_SECURITY, location=JURA, date=D("2022-01-19"), attribution=["مراسلنا"],
          acled=TRANSFER),
        E(False, ["RETREAT"], [6], "وسلّموه", ["asserted"], mode="withdraw", source=NDF, recipient=MIL_SECURITY,
          location=JURA, date=D("2022-01-19")),
        # the residents' demand; its quoted content (removal of checkpoints, an end to firing) is no event
        E(True, ["REQUEST"], [6], "طالب", ["asserted", "reported"],
          source=JURA_RESIDENTS, location=JURA, date=D("2022-01-19", "day", ("2022-01-18", "2022-01-19")),
          attribution=["تسجيلات صوتية"]),
        # the traders' strike: headline 0, details 7
        E(True, ["PROTEST"], [0, 7], "إضراب", ["asserted", "reported"], mode="strike",
          source=DZ_TRADERS, location=SOUQ_HAL, date=D("2022-01-19"), attribution=["أحد التجار"], acled=PEACEFUL,
          tpara=7),
        E(True, ["THREATEN"], [8], "وهدد", ["asserted"], mode="arrest",
          source=MIL_SECURITY, recipient=DZ_TRADERS, location=SOUQ_HAL,
          date=D("2022-01-19", "day", ("2022-01-18", "2022-01-19"))),
        E(False, ["COERCE"], [8], "باعتقال", ["hypothetical"], mode="arrest", source=MIL_SECURITY,
          recipient=DZ_TRADERS, location=SOUQ_HAL),
        E(True, ["AID"], [9], "ووزّع", ["asserted", "reported"], mode="humanitarian",
          source=WFP_SARC, recipient=DZ_FAMILIES, location=HUWAYQA, date=D("2022-01-18"),
          attribution=["فرع الهلال الأحمر في المحافظة"]),
        # paragraph 10 is a generic statement: deliberately NO gold event
        E(True, ["ASSAULT"], [11], "استهدفت", ["historical", "asserted"], mode="aerial",
          recipient=FATEMIYOUN, location=MUHASSAN, date=D("2022-01-08"), fatalities=3, acled=AIR),
    ],
))

# ============================================================================ 028: Manbij, Ras al-Ain, Tal Abyad, al-Hol
ARTICLES.append(dict(
    id="team6-028", slug="manbij_ras_al_ain_tal_abyad_hol", published="2023-05-17",
    outlet="Sawt al-Jazira (fictional)",
    paras=[
        # 0 (headline: a clash and an arrest campaign)
        "اشتباكات بين «مجلس منبج العسكري» و«الجيش الوطني» في ريف منبج.. و«الأسايش» تعتقل 14 شخصاً في مخيم الهول",
        # 1
        "اندلعت اشتباكات عنيفة بالأسلحة الثقيلة والمتوسطة، فجر اليوم الأربعاء، بين «مجلس منبج العسكري» المنضوي في «قوات سوريا الديمقراطية» وفصيل «فرقة الحمزة» التابع لـ«الجيش الوطني السوري»، على محور قريتي عرب حسن والمحسنلي في ريف منبج الشمالي الغربي، إثر محاولة تسلل نفذتها مجموعة من الفرقة باتجاه نقاط المجلس، ما أدى إلى مقتل ثلاثة مقاتلين من المجلس وعنصرين من الفرقة، بحسب ما أفاد به مراسلنا في منبج.",
        # 2 (the same clash told by one side; the attackers' retreat; a participle threat)
        "من جهته، قال «مجلس منبج العسكري»، في بيان نشره على معرفاته الرسمية، إن مقاتليه «تصدّوا لهجوم مرتزقة الاحتلال التركي» وأجبروا المهاجمين على التراجع بعد مواجهات استمرت نحو ساعتين، مؤكداً أنه «يحتفظ بحق الرد في الزمان والمكان المناسبين».",
        # 3 (a shelling after the clash)
        "وعقب الاشتباكات، قصفت القوات التركية بالمدفعية الثقيلة قريتي عون الدادات وتوخار في ريف منبج الشمالي، ما أدى إلى إصابة طفلين بجروح وإلحاق أضرار مادية بعدد من المنازل، بحسب المراسل.",
        # 4 (a demonstration and a quoted demand; the background seizure)
        "وفي مدينة رأس العين الخاضعة لسيطرة فصائل «الجيش الوطني» بريف الحسكة الشمالي الغربي، تظاهر العشرات من أبناء المدينة، ظهر اليوم، أمام مقر «الشرطة العسكرية»، احتجاجاً على استيلاء عناصر من فصيل «فرقة السلطان مراد» على منازلهم وأراضيهم الزراعية، وطالب المتظاهرون «الحكومة السورية المؤقتة» بـ«إعادة المنازل إلى أصحابها وطرد العناصر المتورطين من المدينة».",
        # 5 (an announced arrest; the referral and the denial are no events)
        "وأعلنت «الشرطة العسكرية» في رأس العين، مساء اليوم، توقيف عنصرين من الفصيل على خلفية الشكاوى، وإحالتهما إلى القضاء العسكري، فيما نفى الفصيل في بيان أن يكون عناصره قد استولوا على أي منزل، واصفاً الاتهامات بأنها «حملة تشويه».",
        # 6 (a car bomb with no claim)
        "وفي مدينة تل أبيض بريف الرقة الشمالي، قُتل أربعة مدنيين بينهم طفلة، وأصيب تسعة آخرون، مساء أمس الثلاثاء، بانفجار سيارة مفخخة ركنت قرب دوار الساعة وسط المدينة، في حين لم تتبنَّ أي جهة التفجير حتى الآن.",
        # 7 (an accusation)
        "وحمّلت وزارة الدفاع في «الحكومة السورية المؤقتة»، في بيان صدر اليوم، «وحدات حماية الشعب» مسؤولية التفجير، واصفةً إياها بـ«التنظيم الإرهابي»، بينما لم يصدر أي تعليق عن «قسد».",
        # 8 (an arrest campaign in al-Hol)
        "وفي مخيم الهول بريف الحسكة الشرقي، أطلقت «قوى الأمن الداخلي» (الأسايش)، بمساندة من قوات «التحالف الدولي»، صباح اليوم، حملة أمنية في القطاعين الخامس والسادس من المخيم، داهمت خلالها عشرات الخيام، واعتقلت 14 شخصاً قالت إنهم «متورطون في عمليات اغتيال وتهديد بحق قاطني المخيم»، بحسب ما أعلنه المركز الإعلامي للأسايش.",
        # 9 (a repatriation convoy; an appeal whose content is no event)
        "وفي سياق متصل، غادرت قافلة تقل 150 عائلة عراقية مخيم الهول، أمس الثلاثاء، باتجاه الأراضي العراقية عبر معبر اليعربية، ضمن رحلات الإعادة التي تنظمها «الإدارة الذاتية» بالتنسيق مع الحكومة العراقية، في حين ناشدت منظمة «نداء الجزيرة» الإنسانية الأمم المتحدة زيادة المساعدات الطبية المقدمة للمخيم، محذرةً من «كارثة صحية» مع ارتفاع درجات الحرارة.",
        # 10 (generic)
        "ويشهد مخيم الهول، الذي يؤوي عشرات الآلاف من النازحين واللاجئين وعائلات عناصر تنظيم «الدولة»، حوادث قتل متكررة منذ سنوات، تنسبها «الأسايش» إلى خلايا التنظيم، وتعقبها عادةً حملات دهم واعتقال.",
        # 11 (background with a dated toll)
        "وكانت طائرة مسيّرة تركية قد استهدفت، مساء الجمعة 12 أيار الجاري، سيارة عسكرية تابعة لـ«مجلس منبج العسكري» قرب قرية توخار، ما أدى إلى مقتل مقاتلين اثنين وإصابة ثالث.",
    ],
    events=[
        # the clash: headline 0, details 1, the council's account 2, «وعقب الاشتباكات» 3; 3 + 2 dead
        E(True, ["ASSAULT"], [0, 1, 2, 3], "اشتباكات", ["asserted"], mode="firearms",
          source=MMC_HAMZA, location=ARAB_HASSAN, date=D("2023-05-17"), attribution=["مراسلنا", "مجلس منبج العسكري"],
          fatalities=5, acled=CLASH, tpara=1),
        E(False, ["RETREAT"], [2], "التراجع", ["asserted", "reported"], mode="withdraw", source=HAMZA,
          location=ARAB_HASSAN, date=D("2023-05-17")),
        E(False, ["THREATEN"], [2], "يحتفظ بحق الرد", ["asserted", "reported"], mode="violence", source=MMC,
          recipient=HAMZA, location=ARAB_HASSAN, date=D("2023-05-17")),
        E(True, ["ASSAULT"], [3], "قصفت", ["asserted"], mode="heavy-weapons",
          source=TURKEY, recipient=MANBIJ_CHILDREN, location=AWN_DADAT, date=D("2023-05-17"),
          attribution=["مراسلنا"], acled=SHELL),
        E(True, ["PROTEST"], [4], "تظاهر", ["asserted"], mode="demo",
          source=RAS_AIN_PROTESTERS, location=RAS_AIN, date=D("2023-05-17"), acled=PEACEFUL),
        E(False, ["COERCE"], [4], "استيلاء", ["historical", "asserted"], mode="confiscate", source=SULTAN_MURAD,
          recipient=RAS_AIN_PROTESTERS, location=RAS_AIN),
        # the demand; its quoted content (return of homes, expulsion of members) is no event
        E(True, ["REQUEST"], [4], "وطالب", ["asserted"],
          source=RAS_AIN_PROTESTERS, recipient=SIG, location=RAS_AIN, date=D("2023-05-17")),
        # the announced arrest; «وإحالتهما إلى القضاء العسكري» is no SANCTION, the denial no REJECT
        E(True, ["COERCE"], [5], "توقيف", ["asserted", "reported"], mode="arrest",
          source=SNA_MP, recipient=SULTAN_MURAD, location=RAS_AIN, date=D("2023-05-17"),
          attribution=["الشرطة العسكرية في رأس العين"], acled=ARREST),
        # the car bomb: no claim, so no source; «التفجير» in 7
        E(True, ["ASSAULT"], [6, 7], "بانفجار سيارة مفخخة", ["asserted"], mode="explosives",
          recipient=TAL_ABYAD_VICTIMS, location=TAL_ABYAD, date=D("2023-05-16"), fatalities=4, acled=IED),
        E(True, ["ACCUSE"], [7], "وحمّلت", ["asserted", "reported"],
          source=SIG_MOD, recipient=YPG, location=TAL_ABYAD, date=D("2023-05-17"),
          attribution=["بيان وزارة الدفاع في الحكومة السورية المؤقتة"]),
        # the al-Hol campaign: headline 0, details 8; the raid and the coalition's support are optional
        E(True, ["COERCE"], [0, 8], "واعتقلت", ["asserted", "reported"], mode="arrest",
          source=ASAYISH, recipient=HOL_DETAINEES, location=HOL, date=D("2023-05-17"),
          attribution=["المركز الإعلامي للأسايش"], acled=ARREST, tpara=8),
        E(False, ["COERCE"], [8], "داهمت", ["asserted", "reported"], mode="seize", source=ASAYISH, location=HOL,
          date=D("2023-05-17")),
        E(False, ["COOPERATE"], [8], "بمساندة", ["asserted", "reported"], source=ASAYISH, location=HOL,
          date=D("2023-05-17")),
        # the repatriation convoy: a return carried out in coordination, optional (type doubtful)
        E(False, ["RETREAT", "COOPERATE"], [9], "غادرت", ["asserted"], mode="return", location=HOL_YARUBIYAH,
          date=D("2023-05-16")),
        # the appeal; the medical aid it asks for is no AID
        E(True, ["REQUEST"], [9], "ناشدت", ["asserted"],
          source=NIDAA, recipient=UN, location=HOL, date=D("2023-05-17", "day", ("2023-05-16", "2023-05-17"))),
        # paragraph 10 is a generic statement: deliberately NO gold event
        E(True, ["ASSAULT"], [11], "استهدفت", ["historical", "asserted"], mode="aerial",
          source=TURKEY, recipient=MMC_FIGHTERS, location=TOKHAR, date=D("2023-05-12"), fatalities=2, acled=AIR),
    ],
))

# ============================================================================ 029: Damascus–Beirut road, Yabroud, Qardaha
ARTICLES.append(dict(
    id="team6-029", slug="damascus_beirut_road_yabroud_qardaha", published="2020-10-07",
    outlet="Sawt al-Qalamoun (fictional)",
    paras=[
        # 0 (headline: an abduction and a sit-in)
        "اختطاف تاجر سيارات على طريق دمشق–بيروت.. واعتصام في القرداحة للمطالبة بمحاسبة قاتل شاب",
        # 1
        "اختطف مسلحون مجهولون يستقلون سيارة رباعية الدفع من دون لوحات، مساء أمس الثلاثاء، تاجر السيارات سامر الحلبي، بعد اعتراض سيارته قرب بلدة الصبورة على طريق دمشق–بيروت، واقتادوه إلى جهة مجهولة، بحسب ما أفاد به أحد أقاربه لـ«صوت القلمون».",
        # 2 (a ransom demand; the release it names is no event; a participle threat)
        "وأضاف المصدر أن الخاطفين اتصلوا بالعائلة صباح اليوم، وطالبوا بفدية قدرها 200 ألف دولار أمريكي مقابل الإفراج عنه، مهددين بقتله في حال إبلاغ الأجهزة الأمنية.",
        # 3 (a rumoured release, denied)
        "وتداولت صفحات محلية، ظهر اليوم، أنباء عن الإفراج عن الحلبي بعد دفع جزء من الفدية، إلا أن أحد أقاربه نفى ذلك في حديث لـ«صوت القلمون»، مؤكداً أن العائلة «لم تتلقَّ أي اتصال جديد من الخاطفين» حتى ساعة إعداد هذا التقرير.",
        # 4 (an arrest campaign)
        "وفي مدينة يبرود بمنطقة القلمون الغربي، شنت دوريات تابعة لفرع «المخابرات الجوية»، صباح اليوم، حملة دهم واعتقال طالت تسعة شبان من أبناء المدينة، بينهم اثنان من حملة بطاقات «التسوية»، بتهمة «التواصل مع جهات معادية»، واقتادتهم إلى فرع المخابرات الجوية في حرستا، بحسب ما أفادت به صفحة «يبرود الحدث» المحلية.",
        # 5 (a clash between two named sides, no toll)
        "وعلى طريق دمشق–بيروت، اندلعت اشتباكات بالأسلحة الخفيفة والمتوسطة، مساء أمس، بين مجموعة تابعة للفرقة الرابعة وعناصر من «حزب الله» اللبناني قرب منطقة جديدة يابوس الحدودية، على خلفية خلاف على إدارة أحد خطوط التهريب إلى لبنان، دون ورود معلومات عن قتلى، بحسب مصادر محلية.",
        # 6 (reinforcements; a road closure)
        "واستقدمت «الفرقة الرابعة»، عقب الاشتباكات، تعزيزات عسكرية تضم عربات مصفحة ونحو مئة عنصر إلى محيط جديدة يابوس والمنطقة الحدودية، فيما أغلقت الأجهزة الأمنية الطريق الدولي أمام حركة الشاحنات لنحو أربع ساعات.",
        # 7 (a killing)
        "وفي مدينة القرداحة بريف اللاذقية، قُتل الشاب علي ديب (22 عاماً)، مساء الأحد الماضي، برصاص أحد أقارب عائلة الأسد، إثر خلاف على أولوية التعبئة أمام محطة وقود في المدينة، بحسب ما أفاد به ناشطون من أبناء المدينة.",
        # 8 (a sit-in; participle demand; banners)
        "واعتصم العشرات من أقارب الشاب وأهالي قريته، أمس الثلاثاء، أمام مبنى منطقة القرداحة، مطالبين بـ«محاسبة القاتل وعدم التستر عليه»، ورفع المعتصمون لافتات كُتب عليها «لا أحد فوق القانون» و«دم علي أمانة في أعناقكم».",
        # 9 (an announced arrest and a dismissal)
        "وأعلنت وزارة الداخلية، في بيان نشرته على صفحتها اليوم، إلقاء القبض على مطلق النار وإحالته إلى القضاء المختص، كما أصدر وزير الداخلية قراراً بإعفاء رئيس مخفر القرداحة من منصبه بسبب «التقصير في أداء واجبه».",
        # 10 (generic)
        "ويشكو أهالي القرداحة وريفها منذ سنوات من تجاوزات يرتكبها أفراد من عائلة الأسد ومرافقوهم، تتراوح بين إطلاق النار العشوائي في المناسبات والاستيلاء على الأراضي وفرض الإتاوات على التجار، ونادراً ما يُحاسَب مرتكبوها.",
        # 11 (background with a dated toll)
        "وكان مسلحون مجهولون قد اختطفوا، يوم الخميس 24 أيلول الماضي، سائق شاحنة لبنانياً على الطريق ذاته قرب بلدة يعفور، قبل أن يُعثر على جثته بعد ثلاثة أيام في منطقة جرود قريبة، وعليها آثار طلقات نارية.",
    ],
    events=[
        # the abduction: headline 0, details 1, «الخاطفين» 2
        E(True, ["ASSAULT"], [0, 1, 2], "اختطف", ["asserted", "reported"], mode="abduct",
          source=GUNMEN, recipient=TRADER, location=SABBOURA, date=D("2020-10-06"), attribution=["أحد أقاربه"],
          acled=ABDUCT, tpara=1),
        E(False, ["CONSULT"], [2], "اتصلوا", ["asserted", "reported"], mode="phone", source=GUNMEN,
          recipient=TRADER_FAMILY, date=D("2020-10-07")),
        # the ransom demand (no place: the kidnappers phoned); the release it names is no event
        E(True, ["REQUEST"], [2], "وطالبوا", ["asserted", "reported"],
          source=GUNMEN, recipient=TRADER_FAMILY, date=D("2020-10-07"),
          attribution=["أحد أقاربه"]),
        E(False, ["THREATEN"], [2], "مهددين", ["asserted", "reported"], mode="violence", source=GUNMEN,
          recipient=TRADER_FAMILY, date=D("2020-10-07")),
        # a rumoured release denied by a relative: core, as the earlier sets' denied rumours; no date or place
        E(True, ["RETREAT", "CONCEDE"], [3], "الإفراج", ["rumored", "negated", "reported"], mode="release",
          source=GUNMEN, recipient=TRADER, attribution=["صفحات محلية", "أحد أقاربه"]),
        E(True, ["COERCE"], [4], "حملة دهم واعتقال", ["asserted", "reported"], mode="arrest",
          source=AIR_INTEL, recipient=YABROUD_DETAINEES, location=YABROUD, date=D("2020-10-07"),
          attribution=["صفحة يبرود الحدث"], acled=ARREST),
        # the clash: two-sided, no toll; «عقب الاشتباكات» 6
        E(True, ["ASSAULT"], [5, 6], "اشتباكات", ["asserted", "reported"], mode="firearms",
          source=FOURTH_HEZBOLLAH, location=JDEIDET_YABOUS, date=D("2020-10-06"), attribution=["مصادر محلية"],
          acled=CLASH),
        E(True, ["MOBILIZE"], [6], "واستقدمت", ["asserted", "reported"], mode="troops",
          source=FOURTH_DIV, location=JDEIDET_YABOUS, date=D("2020-10-06", "day", ("2020-10-06", "2020-10-07")),
          acled=OTHER),
        E(False, ["COERCE"], [6], "أغلقت", ["asserted", "reported"], mode="restrict", location=JDEIDET_YABOUS,
          date=D("2020-10-06", "day", ("2020-10-06", "2020-10-07"))),
        E(True, ["ASSAULT"], [7], "برصاص", ["asserted", "reported"], mode="firearms",
          source=ASSAD_RELATIVE, recipient=QARDAHA_VICTIM, location=QARDAHA, date=D("2020-10-04"), fatalities=1,
          attribution=["ناشطون من أبناء المدينة"], acled=ATTACK),
        # the sit-in: headline 0, details 8; the participle demand (and the headline's «للمطالبة») optional
        E(True, ["PROTEST"], [0, 8], "واعتصم", ["asserted"], mode="demo",
          source=QARDAHA_PROTESTERS, location=QARDAHA, date=D("2020-10-06"), acled=PEACEFUL, tpara=8),
        E(False, ["REQUEST"], [0, 8], "مطالبين", ["asserted"], source=QARDAHA_PROTESTERS, location=QARDAHA,
          date=D("2020-10-06"), tpara=8),
        E(True, ["COERCE"], [9], "إلقاء القبض", ["asserted", "reported"], mode="arrest",
          source=MOI, recipient=SHOOTER, location=QARDAHA, date=D("2020-10-07", "day", ("2020-10-05", "2020-10-07")),
          attribution=["بيان وزارة الداخلية"], acled=ARREST),
        # a dismissal without referral: SANCTION
        E(True, ["SANCTION"], [9], "بإعفاء", ["asserted", "reported"],
          source=MOI, recipient=POLICE_CHIEF, location=QARDAHA, date=D("2020-10-07"),
          attribution=["بيان وزارة الداخلية"]),
        # paragraph 10 is a generic statement: deliberately NO gold event
        E(True, ["ASSAULT"], [11], "اختطفوا", ["historical", "asserted"], mode="abduct",
          source=GUNMEN, recipient=LEBANESE_DRIVER, location=YAFOUR, date=D("2020-09-24"), fatalities=1,
          acled=ABDUCT),
    ],
))

# ============================================================================ 030: eastern Sweida, analytic report
ARTICLES.append(dict(
    id="team6-030", slug="sweida_east_russian_offer", published="2021-04-14",
    outlet="Sawt al-Jabal (fictional)",
    paras=[
        # 0 (explicit day-month date)
        "توجه وفد من الشرطة العسكرية الروسية، يوم أمس الثلاثاء 13 نيسان، إلى بلدة المشنف في ريف السويداء الشرقي، والتقى في دار البلدة وجهاء من قرى الريف الشرقي وممثلين عن «حركة رجال الكرامة»، بحسب ما أفادت به صفحة «شرق الجبل» المحلية.",
        # 1 (an offer; its content is no event)
        "وقال مصدر حضر اللقاء في المشنف لـ«صوت الجبل» إن الوفد الروسي عرض على الحاضرين تشكيل مجموعة محلية من أبناء القرى الشرقية تنضم إلى «الفيلق الخامس» المدعوم روسياً وتتولى حماية خطوط التماس مع البادية، مقابل رواتب شهرية وتسوية أوضاع المتخلفين عن الخدمة الإلزامية.",
        # 2 (request for time, planned meeting, rejection)
        "وبحسب المصدر، فإن الوجهاء طلبوا من الوفد الروسي مهلة أسبوع للتشاور مع «مشيخة العقل» وأبناء القرى، على أن يُعقد لقاء ثانٍ بين الجانبين في بلدة المشنف يوم الثلاثاء المقبل، في حين رفض ممثلو «رجال الكرامة» العرض الروسي، معتبرين أن «حماية الجبل مسؤولية أبنائه وحدهم، لا مسؤولية فيلق يأتمر بأوامر موسكو».",
        # 3 (references to the visit and to the background attack)
        "وتأتي الزيارة الروسية بعد أسبوعين من الهجوم الذي تعرضت له منازل على أطراف قرية الشبكي، وسط تخوف الأهالي من تكرار الهجمات التي شهدها الريف الشرقي في السنوات الماضية، وتصاعد الحديث عن عجز الأجهزة الأمنية عن ضبط البادية.",
        # 4 (a rumoured plan)
        "وتدور أحاديث في أوساط الفصائل المحلية عن نية فرع «الأمن العسكري» تشكيل مجموعة مسلحة من أبناء العشائر البدوية في بادية السويداء الشرقية، تتبع له مباشرة وتنتشر في المناطق المحاذية للقرى الشرقية، وهو ما لم يعلّق عليه الفرع حتى الآن.",
        # 5 (an accusation; the kidnappings it names are generic)
        "واتهمت «حركة رجال الكرامة»، في بيان نشرته على صفحتها الرسمية مساء أمس، فرع «الأمن العسكري» في السويداء بـ«تسهيل تحركات العصابات المسلحة في البادية وغض الطرف عن عمليات الخطف التي تطال أبناء المحافظة»، محمّلةً إياه مسؤولية «أي دم يُراق في الريف الشرقي».",
        # 6 (a release; the abduction in the relative clause is background)
        "وفي السياق ذاته، أفرج مسلحون مجهولون، مساء الأحد، عن ثلاثة رعاة من قرية الحقف كانوا قد اختُطفوا قبل خمسة أيام أثناء رعيهم الأغنام في البادية شرقي القرية، وذلك بعد دفع ذويهم فدية مالية لم يُكشف عن قيمتها، بحسب ما أكده أحد أقاربهم لـ«صوت الجبل».",
        # 7 (a vigil with banners)
        "ونظّم العشرات من أبناء القرى الشرقية، ظهر اليوم، وقفة احتجاجية أمام مبنى المحافظة في مدينة السويداء، رافعين لافتات تطالب بـ«حماية الرعاة والمزارعين» و«محاسبة المتورطين في الخطف».",
        # 8 (reinforcements)
        "من جهتها، دفعت قوات النظام، مساء أمس، بتعزيزات عسكرية تضم دبابتين وعدداً من العربات المدرعة إلى نقاطها في محيط قريتي الحقف والشبكي، بحسب ما رصده مراسل «صوت الجبل» في الريف الشرقي.",
        # 9 (the background attack, second telling, with the toll)
        "وكان مسلحون يُعتقد أنهم من أبناء عشائر البدو قد هاجموا، فجر الثلاثاء 30 آذار الماضي، منازل على أطراف قرية الشبكي بالأسلحة الرشاشة، ما أسفر عن مقتل مدنيين اثنين وإصابة ثلاثة آخرين، إضافة إلى اختطاف شاب من القرية لا يزال مصيره مجهولاً.",
        # 10 (an earlier visit, background; promised aid that never came)
        "زيارة الروس للريف الشرقي لم تكن الأولى، إذ كان وفد من الشرطة العسكرية الروسية قد جال مطلع آذار الماضي على عدد من القرى الشرقية، واستمع إلى شكاوى الأهالي من نقص الخدمات، وسط وعود بتقديم مساعدات إنسانية لم يصل منها شيء حتى اليوم.",
        # 11 (generic)
        "ويعيش ريف السويداء الشرقي منذ سنوات على وقع عمليات خطف متبادلة بين أبناء القرى وأبناء العشائر البدوية، تغذيها تجارة المخدرات وانتشار السلاح وغياب أي جهة قادرة على ضبط البادية، فيما تتبادل الفصائل المحلية والأجهزة الأمنية الاتهامات بالمسؤولية عن الفلتان الأمني.",
    ],
    events=[
        # the visit and meeting: 0, «اللقاء» 1, «الزيارة الروسية» 3
        E(True, ["CONSULT"], [0, 1, 3], "توجه", ["asserted", "reported"], mode="visit",
          source=RUSSIA, recipient=NOTABLES_KARAMA, location=MUSHANNAF, date=D("2021-04-13"),
          attribution=["صفحة شرق الجبل"]),
        # the offer is AGREE (a proposal); its content (a local force, a settlement) is no event
        E(True, ["AGREE"], [1], "عرض", ["asserted", "reported"],
          source=RUSSIA, recipient=NOTABLES_KARAMA, location=MUSHANNAF, date=D("2021-04-13"),
          attribution=["مصدر حضر اللقاء"]),
        E(True, ["REQUEST"], [2], "طلبوا", ["asserted", "reported"],
          source=EAST_NOTABLES, recipient=RUSSIA, location=MUSHANNAF, date=D("2021-04-13"),
          attribution=["مصدر حضر اللقاء"]),
        # planned meeting «يوم الثلاثاء المقبل» (from a Wednesday)
        E(True, ["CONSULT"], [2], "لقاء ثانٍ", ["planned"],
          source=RUSSIA, recipient=EAST_NOTABLES, location=MUSHANNAF, date=D("2021-04-20"),
          attribution=["مصدر حضر اللقاء"]),
        # the rejection; its recipient (Russia, the author of «العرض») is carried over from ¶1
        E(True, ["REJECT"], [2], "رفض", ["asserted", "reported"],
          source=KARAMA, recipient=RUSSIA, location=MUSHANNAF, date=D("2021-04-13"),
          attribution=["مصدر حضر اللقاء"]),
        # a rumoured intention: optional
        E(False, ["MOBILIZE"], [4], "تشكيل مجموعة مسلحة", ["rumored", "planned", "reported"], mode="troops",
          source=MIL_SECURITY, location=EAST_BADIA),
        E(True, ["ACCUSE"], [5], "واتهمت", ["asserted", "reported"],
          source=KARAMA, recipient=MIL_SECURITY, location=place(SWEIDA_CITY, EAST_BADIA), date=D("2021-04-13"),
          attribution=["بيان حركة رجال الكرامة"]),
        # a standalone release: core; the abduction in the relative clause: optional background
        E(True, ["RETREAT", "CONCEDE"], [6], "أفرج", ["asserted", "reported"], mode="release",
          source=GUNMEN, recipient=SHEPHERDS, location=HAQF, date=D("2021-04-11"), attribution=["أحد أقاربهم"]),
        E(False, ["ASSAULT"], [6], "اختُطفوا", ["historical", "asserted", "reported"], mode="abduct",
          source=GUNMEN, recipient=SHEPHERDS, location=HAQF, date=D("2021-04-06", "day", ("2021-04-05", "2021-04-07"))),
        E(True, ["PROTEST"], [7], "وقفة احتجاجية", ["asserted"], mode="demo",
          source=EAST_PROTESTERS, location=SWEIDA_CITY, date=D("2021-04-14"), acled=PEACEFUL),
        E(False, ["REQUEST"], [7], "تطالب", ["asserted"], source=EAST_PROTESTERS, recipient=SWEIDA_GOV_BODY,
          location=SWEIDA_CITY, date=D("2021-04-14")),
        E(True, ["MOBILIZE"], [8], "بتعزيزات", ["asserted"], mode="troops",
          source=REGIME, location=HAQF_SHABKI, date=D("2021-04-13"), attribution=["مراسل صوت الجبل"],
          acled=OTHER),
        # the background attack: ¶3 briefly, ¶9 with the toll; the perpetrators are only «يُعتقد», so no source
        E(True, ["ASSAULT"], [3, 9], "هاجموا", ["historical", "asserted"], mode="firearms",
          recipient=SHABKI_VICTIMS, location=SHABKI, date=D("2021-03-30"), fatalities=2, acled=ATTACK, tpara=9),
        E(False, ["ASSAULT"], [9], "اختطاف شاب", ["historical", "asserted"], mode="abduct", location=SHABKI,
          date=D("2021-03-30")),
        E(False, ["CONSULT"], [10], "جال", ["historical", "asserted"], mode="visit", source=RUSSIA,
          recipient=EAST_PROTESTERS, location=SWEIDA_CITY,
          date=D("2021-03-03", "week", ("2021-03-01", "2021-03-10"))),
        E(False, ["AID"], [10], "لم يصل", ["negated"], mode="humanitarian", source=RUSSIA, location=SWEIDA_CITY),
        # paragraph 11 is a generic statement: deliberately NO gold event
    ],
))


if __name__ == "__main__":
    build(HERE, ARTICLES, "team6.gold.json", id_prefix="team6", first_number=FIRST_NUMBER)
