#!/usr/bin/env python3
"""Write the twelfth team-made article set (NNN_slug.txt, ids team12-056 ... team12-060) and its gold
(team12.gold.json).

The articles and annotations live here; ``benchmarks/data/goldkit.py`` writes the files and computes every
offset (nothing is typed by hand): para_spans are the [start, end) code-point offsets of each line (newline
excluded) in the file text, trigger spans are found inside the named paragraph. Run from anywhere:
    python3 benchmarks/data/articles12/build_gold.py && python3 benchmarks/data/articles12/check_gold.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from actors_places import (  # noqa: E402
    ABRAQ_DERNA,
    ABU_SALIM,
    AG,
    AG_PLACES,
    ALGERIA,
    ASPIDES,
    BAALBEK_CITY,
    BASRA_CITY,
    BASRA_ELEC,
    BASRA_GOVERNOR,
    BASRA_PROT,
    BASRA_PROTESTERS,
    BEIRUT,
    BENGHAZI_DERNA,
    BH_GOVERNOR,
    BOAT_CREW,
    BOMBERS,
    BOUDAI,
    BOUDAI_TARGETS,
    COAST_GUARD,
    CREW,
    DAEL,
    DAEL_NOTABLES,
    DARAA_CITY,
    DERNA,
    DERNA_LY,
    DERNA_OFFICIALS,
    DERNA_PROTESTERS,
    DERNA_RESIDENTS,
    DERNA_SECURITY,
    DETAINED_PROTESTERS,
    DETAINEE_FAMILIES,
    DHUBAB,
    DQ_CRISIS_CELL,
    DQ_JUDICIARY,
    EAST_GOV,
    ELEC_DIRECTORATE,
    ELEC_MIN,
    EMPLOYEES,
    EU,
    EVACUATION,
    FIFTH_DIV,
    FOREIGN_TEAMS,
    GNU_INTERIOR,
    GUNMEN_DR,
    GUNMEN_LY,
    HEALTH_MINISTER,
    HERMEL_BARRENS,
    HERMEL_CAR,
    HERMEL_QASR,
    HEZBOLLAH,
    HIRAK,
    HIRAK_IZRAA,
    HODEIDAH_STRIKES,
    HOR,
    HOUTHI_STATEMENT,
    HOUTHI_SUPPORTERS,
    HOUTHI_TARGETS,
    HOUTHIS,
    INFILTRATORS_IQ,
    INTL_COMMUNITY,
    IRAN,
    IRAQ,
    IRAQ_GRID,
    ISRAEL_ARMY_GOLAN,
    ISRAEL_LB,
    KHIRBET_GHAZALEH,
    LAF,
    LAW_ENFORCEMENT,
    LB_GOV,
    LIBYA_RECIPIENT,
    LIBYAN_AUTHORITIES,
    MAYSAN_POLICE,
    MAYSAN_TRIBES,
    MIL_SEC,
    MISRATA_DONORS,
    MUNICIPAL_COUNCIL,
    MUSAYFIRAH,
    MUSAYFIRAH_VICTIMS,
    NABI_CHIT,
    NABI_CHIT_VICTIMS,
    NAFAH_GOLAN,
    NASIRIYAH,
    NASIRIYAH_PROTESTERS,
    NASIRIYAH_SHATRAH,
    OPPOSITION_MPS,
    OUDAT,
    PARLIAMENT,
    PM_STATEMENT,
    QALAT_SALIH,
    REGIME_DR,
    RIOT_POLICE,
    SABEEN,
    SANAA_DAILAMI,
    SANAMAYN,
    SANAMAYN_DARAA,
    SANAMAYN_NOTABLES,
    SANAMAYN_YOUTHS,
    SANCTIONED,
    SECURITY_COMMITTEE,
    SHAHADAT,
    SHIP,
    SHIP_ATTACK,
    SHIPPING,
    SOUTH_RED_SEA,
    SSA,
    TAJOURA,
    TAJOURA_FAMILIES,
    TAJOURA_SIDES,
    TRUCE_SIDES,
    UNSMIL,
    UNSMIL_PLACES,
    US_FORCES,
    US_ISRAEL,
    US_NAVY,
    US_TREASURY,
    US_UK,
    WASHINGTON,
    WOUNDED,
    YEMEN_GOV,
    YEMEN_GOV_PLACES,
    ZUBAIR,
    ZUBAIR_GUARDS,
    ZUBAIR_VICTIMS,
)
from goldkit import D, E, build  # noqa: E402

FIRST_NUMBER = 56  # file and id numbering continues after the first eleven sets (001-055)

SHELL = ["Explosions/Remote violence/Shelling/artillery/missile attack"]
AIR = ["Explosions/Remote violence/Air/drone strike"]
IED = ["Explosions/Remote violence/Remote explosive/landmine/IED"]
CLASH = ["Battles/Armed clash"]
ATTACK = ["Violence against civilians/Attack"]
ABDUCTION = ["Violence against civilians/Abduction/forced disappearance"]
ARREST = ["Strategic developments/Arrests"]
PEACEFUL = ["Protests/Peaceful protest"]
INTERVENTION = ["Protests/Protest with intervention"]
EXCESSIVE = ["Protests/Excessive force against protesters"]
DISRUPTED = ["Strategic developments/Disrupted weapons use"]
OTHER = ["Strategic developments/Other"]
AGREEMENT = ["Strategic developments/Agreement"]

ARTICLES = []

# ============================================================================ 056: Daraa (Syrian opposition local site)
ARTICLES.append(dict(
    id="team12-056", slug="daraa_dael_sanamayn_bus_ied", published="2024-04-16",
    outlet="Ayn Horan network (fictional)",
    paras=[
        # 0 (headline: the Da'el assassination and the Sanamayn arrests)
        "اغتيال قيادي سابق في المعارضة برصاص مجهولين في داعل.. و«الأمن العسكري» يعتقل أربعة شبان في الصنمين",
        # 1 (dateline; the assassination «مساء أمس الإثنين», told by the site's correspondent)
        "درعا – «عين حوران»: اغتال مسلحون مجهولون، مساء أمس الإثنين، القيادي السابق في فصائل المعارضة عمار أحمد الشحادات، بإطلاق النار عليه بشكل مباشر أثناء جلوسه أمام منزله في الحي الغربي من مدينة داعل بريف درعا الأوسط، ما أدى إلى مقتله على الفور، بحسب ما أفاد به مراسل «عين حوران» في المدينة.",
        # 2 (the same assassination, told by local sources; the gunmen's flight (optional))
        "وقالت مصادر محلية للشبكة إن مسلحَين اثنين كانا يستقلان دراجة نارية أطلقا أكثر من 15 رصاصة على الشحادات، ثم لاذا بالفرار باتجاه الأراضي الزراعية شرقي المدينة، مشيرةً إلى أن القتيل كان قيادياً في أحد فصائل «الجيش الحر» قبل «تسوية» صيف 2018.",
        # 3 (a body found: a regime collaborator killed by unknown hands; the abduction two days before (optional))
        "وفي بلدة الحراك بريف درعا الشرقي، عُثر، صباح اليوم، على جثة محمود سالم العودات، أحد قادة المجموعات المحلية التابعة لفرع «الأمن العسكري»، مقتولاً بعدة طلقات في الرأس والصدر على طريق زراعي يصل البلدة ببلدة ناحتة، وذلك بعد يومين من اختطافه على يد مسلحين مجهولين أثناء عودته من مدينة إزرع، وفق ما نقلته صفحات محلية.",
        # 4 (an IED on a military bus, 3 killed per the correspondent)
        "وعلى الأوتوستراد الدولي دمشق – درعا، انفجرت عبوة ناسفة، صباح اليوم، بحافلة مبيت تقل عناصر من «الفرقة الخامسة» في قوات النظام قرب جسر بلدة خربة غزالة، ما أدى إلى مقتل ثلاثة عناصر وإصابة 11 آخرين نُقلوا إلى المشفى الوطني في مدينة درعا، بحسب ما رصده مراسلنا.",
        # 5 (the same IED in the state agency's words (2); a cordon (optional); «لم تتبنَّ» is no event)
        "في المقابل، نقلت وكالة «سانا» الرسمية عن مصدر عسكري أن «إرهابيين» فجّروا عبوة ناسفة زرعوها على جانب الطريق لحظة مرور حافلة تقل عسكريين، ما أدى إلى «ارتقاء شهيدين وإصابة تسعة بجروح متفاوتة»، فيما فرضت قوات النظام طوقاً أمنياً في محيط المكان وأغلقت الأوتوستراد في الاتجاهين لأكثر من ثلاث ساعات، ولم تتبنَّ أي جهة التفجير حتى ساعة إعداد هذا التقرير.",
        # 6 (arrests by the Military Security branch; the raid (optional); «بعد ساعات من التفجير» refers to the IED)
        "وفي مدينة الصنمين شمالي درعا، داهمت دورية تابعة لفرع «الأمن العسكري»، بعد ساعات من التفجير، عدداً من المنازل في الحي الشرقي من المدينة، واعتقلت أربعة شبان، بينهم اثنان يحملان بطاقات «التسوية»، واقتادتهم إلى مقر الفرع في مدينة درعا، بحسب ما أفاد به أحد أقاربهم لـ«عين حوران»، مؤكداً أن عناصر الدورية «حطّموا أثاث المنازل وصادروا هواتف العائلات».",
        # 7 (a vigil of detainees' relatives; a participle demand (optional))
        "وفي مدينة درعا، نفّذ العشرات من ذوي المعتقلين، ظهر اليوم، وقفة احتجاجية أمام مبنى المحافظة في حي المحطة، رفعوا خلالها صور أبنائهم المغيّبين في السجون منذ سنوات، مطالبين «اللجنة الأمنية» بـ«الوفاء بتعهداتها في اتفاق التسوية والإفراج عن المعتقلين أو الكشف عن مصيرهم».",
        # 8 (a standalone release of two of the four; the other two still held (no event))
        "وأفرج فرع «الأمن العسكري»، مساء اليوم، عن اثنين من شبان الصنمين الأربعة بعد التحقيق معهما، بحسب ما أكده أحد ذويهما لمراسلنا، في حين لا يزال الاثنان الآخران، وهما من حملة بطاقات «التسوية»، محتجزين في مقر الفرع دون أن توجَّه إليهما أي تهمة.",
        # 9 (the Da'el notables accuse the branch; a participle demand (optional); the funeral is no PROTEST)
        "واتهم وجهاء مدينة داعل، في بيان تُلي خلال تشييع الشحادات ظهر اليوم، فرع «الأمن العسكري» والمجموعات المحلية التابعة له بـ«الوقوف وراء سلسلة الاغتيالات التي تطال أبناء المدينة»، محمّلين الفرع «المسؤولية الكاملة عن الفلتان الأمني»، ومطالبين بتشكيل «لجنة تحقيق مستقلة» تكشف الجناة.",
        # 10 (a meeting with the Sanamayn notables and a threat with a deadline; «تفجير الحافلة» refers to the IED)
        "وفي السياق، هدّد رئيس فرع «الأمن العسكري» في درعا، خلال اجتماع عقده ظهر اليوم مع وجهاء مدينة الصنمين في مقر الفرع، بـ«حملة عسكرية واسعة» على المدينة إذا لم يُسلَّم المتورطون في تفجير الحافلة خلال 48 ساعة، وفق ما أفاد به مصدر حضر الاجتماع لـ«عين حوران».",
        # 11 (generic: an aggregate toll and a habit)
        "وتشهد محافظة درعا، منذ عودتها إلى سيطرة النظام بموجب اتفاقات «التسوية» صيف 2018، فلتاناً أمنياً متصاعداً، إذ وثّق «مكتب توثيق الانتهاكات في حوران» مقتل 112 شخصاً في عمليات ومحاولات اغتيال منذ مطلع العام الجاري، في حين نادراً ما تتبنى أي جهة هذه العمليات.",
        # 12 (background with a dated toll)
        "وكانت عبوة ناسفة قد انفجرت، مساء الخميس الماضي، بسيارة قيادي في مجموعة محلية تابعة لفرع «الأمن العسكري» في بلدة المسيفرة بريف درعا الشرقي، ما أدى إلى مقتله مع أحد مرافقيه، بحسب ما أفاد به مراسلنا حينها.",
    ],
    events=[
        # the assassination: headline 0, lead 1, local sources 2, «تشييع الشحادات» 9; the flight optional
        E(True, ["ASSAULT"], [0, 1, 2, 9], "اغتال", ["asserted", "reported"], mode="assassinate",
          source=GUNMEN_DR, recipient=SHAHADAT, location=DAEL, date=D("2024-04-15"), fatalities=1,
          attribution=["مراسل عين حوران", "مصادر محلية"], acled=ATTACK, tpara=1),
        E(False, ["RETREAT"], [2], "لاذا بالفرار", ["asserted", "reported"], mode="withdraw", source=GUNMEN_DR,
          location=DAEL, date=D("2024-04-15")),
        # the body found: no agent named for the killing; the abduction «بعد يومين» optional
        E(True, ["ASSAULT"], [3], "مقتولاً", ["asserted", "reported"], mode="assassinate",
          recipient=OUDAT, location=HIRAK, date=D("2024-04-16", "day", ("2024-04-14", "2024-04-16")),
          fatalities=1, attribution=["صفحات محلية"], acled=ATTACK),
        E(False, ["ASSAULT"], [3], "اختطافه", ["historical", "asserted", "reported"], mode="abduct",
          source=GUNMEN_DR, recipient=OUDAT, location=HIRAK_IZRAA, date=D("2024-04-14"), acled=ABDUCTION),
        # the bus IED: correspondent 4 (3), state agency 5 (2) → 2; «بعد ساعات من التفجير» 6, «تفجير الحافلة» 10;
        # the cordon optional
        E(True, ["ASSAULT"], [4, 5, 6, 10], "انفجرت عبوة ناسفة", ["asserted", "reported"], mode="explosives",
          source=BOMBERS, recipient=FIFTH_DIV, location=KHIRBET_GHAZALEH, date=D("2024-04-16"), fatalities=2,
          attribution=["مراسلنا", "وكالة سانا عن مصدر عسكري"], acled=IED),
        E(False, ["COERCE"], [5], "طوقاً", ["asserted", "reported"], mode="restrict", source=REGIME_DR,
          location=KHIRBET_GHAZALEH, date=D("2024-04-16")),
        # the arrests (headline 0, 6); the raid with its smashing and confiscation («حطّموا … وصادروا») optional
        E(True, ["COERCE"], [0, 6], "واعتقلت", ["asserted", "reported"], mode="arrest",
          source=MIL_SEC, recipient=SANAMAYN_YOUTHS, location=SANAMAYN, date=D("2024-04-16"),
          attribution=["أحد أقارب المعتقلين"], acled=ARREST, tpara=6),
        E(False, ["COERCE", "ASSAULT"], [6], "داهمت", ["asserted", "reported"], mode="seize", source=MIL_SEC,
          recipient=SANAMAYN_YOUTHS, location=SANAMAYN, date=D("2024-04-16")),
        # the relatives' vigil; the participle demand optional
        E(True, ["PROTEST"], [7], "وقفة احتجاجية", ["asserted"], mode="demo",
          source=DETAINEE_FAMILIES, location=DARAA_CITY, date=D("2024-04-16"), acled=PEACEFUL),
        E(False, ["REQUEST"], [7], "مطالبين", ["asserted"], source=DETAINEE_FAMILIES, recipient=SECURITY_COMMITTEE,
          location=DARAA_CITY, date=D("2024-04-16")),
        # the standalone release
        E(True, ["RETREAT", "CONCEDE"], [8], "وأفرج", ["asserted", "reported"], mode="release",
          source=MIL_SEC, recipient=SANAMAYN_YOUTHS, location=SANAMAYN_DARAA, date=D("2024-04-16"),
          attribution=["أحد ذوي المفرج عنهما"]),
        # the notables' accusation; «محمّلين» belongs to it; «ومطالبين» optional
        E(True, ["ACCUSE"], [9], "واتهم", ["asserted", "reported"],
          source=DAEL_NOTABLES, recipient=MIL_SEC, location=DAEL, date=D("2024-04-16"),
          attribution=["بيان وجهاء مدينة داعل"]),
        E(False, ["REQUEST"], [9], "ومطالبين", ["asserted", "reported"], source=DAEL_NOTABLES, location=DAEL,
          date=D("2024-04-16")),
        # the threat with a 48-hour deadline, and the meeting in which it was made
        E(True, ["THREATEN", "REQUEST"], [10], "هدّد", ["asserted", "reported"], mode="violence",
          source=MIL_SEC, recipient=SANAMAYN_NOTABLES, location=SANAMAYN_DARAA, date=D("2024-04-16"),
          attribution=["مصدر حضر الاجتماع"]),
        E(True, ["CONSULT"], [10], "اجتماع", ["asserted", "reported"], mode="visit",
          source=MIL_SEC, recipient=SANAMAYN_NOTABLES, location=SANAMAYN_DARAA, date=D("2024-04-16"),
          attribution=["مصدر حضر الاجتماع"]),
        # paragraph 11 is a generic statement: deliberately NO gold event
        E(True, ["ASSAULT"], [12], "انفجرت", ["historical", "asserted"], mode="explosives",
          recipient=MUSAYFIRAH_VICTIMS, location=MUSAYFIRAH, date=D("2024-04-11"), fatalities=2,
          attribution=["مراسلنا"], acled=IED),
    ],
))

# ============================================================================ 057: the Bekaa (Lebanese daily)
ARTICLES.append(dict(
    id="team12-057", slug="bekaa_baalbek_boudai_hermel_strikes", published="2024-05-22",
    outlet="Al-Difaf daily (fictional)",
    paras=[
        # 0 (headline: the Boudai strike and the MPs' demand)
        "ثلاثة شهداء في غارة معادية على أطراف بعلبك.. والنواب يطالبون الحكومة بشكوى عاجلة إلى مجلس الأمن",
        # 1 (dateline; the Boudai strike «عصر أمس», the ministry's toll)
        "بعلبك – «الضفاف»: شنّ الطيران الحربي المعادي، عصر أمس، غارة بصاروخين على مستودع ومبنى ملاصق له عند الأطراف الشرقية لبلدة بوداي شمال غربي مدينة بعلبك، ما أدى إلى سقوط ثلاثة شهداء وخمسة جرحى، وفق الحصيلة التي أعلنها مركز عمليات طوارئ الصحة العامة التابع لوزارة الصحة العامة في بيان مساء أمس.",
        # 2 (the same strike: the correspondent, Israel's claim (disputed target), Hezbollah's mourning notice)
        "وأفاد مراسل «الضفاف» بأن الغارة سوّت المستودع بالأرض وألحقت أضراراً بمنازل مجاورة، وأن أهالي البلدة يؤكدون أنه كان يُستخدم لتخزين الجرارات والمعدات الزراعية، في حين زعم الجيش الإسرائيلي، في بيان، أن طائراته دمّرت «مخزن أسلحة تابعاً للوحدة الجوية في حزب الله»، ونعى الحزب لاحقاً اثنين من عناصره من أبناء البلدة.",
        # 3 (a drone strike on a car near Hermel «ليل أمس», wounded only)
        "وفي قضاء الهرمل، استهدفت مسيّرة إسرائيلية، ليل أمس، سيارة رباعية الدفع على الطريق الذي يربط مدينة الهرمل ببلدة القصر قرب الحدود اللبنانية – السورية، ما أدى إلى إصابة سائقها ومرافقه بجروح نُقلا على إثرها إلى مستشفى البتول في المدينة، وفق ما أفادت به مصادر أمنية لـ«الضفاف».",
        # 4 (Hezbollah's rockets on a Golan barracks; the interception (optional); the sirens are no event)
        "وأعلنت «المقاومة الإسلامية»، في بيان مساء أمس، أن مجاهديها قصفوا، «ردّاً على الاعتداء الصهيوني على بلدة بوداي»، مقر قيادة الفرقة 210 في ثكنة نفح في الجولان السوري المحتل بخمسين صاروخ «كاتيوشا»، فيما ذكرت وسائل إعلام إسرائيلية أن الدفاعات الجوية اعترضت عدداً منها وأن صفارات الإنذار دوّت في مستوطنات الجولان، من دون الإبلاغ عن إصابات.",
        # 5 (the Lebanese army deploys; a cordon (optional); «المستودع المستهدف» refers to the strike)
        "وعلى الأثر، نفّذت وحدات من الجيش اللبناني انتشاراً في محيط المستودع المستهدف في بوداي، وضربت طوقاً حول المكان ومنعت المواطنين من الاقتراب منه، ريثما تنهي فرق الهندسة الكشف على صاروخ لم ينفجر سقط في بستان مجاور، بحسب ما أفاد به مراسلنا.",
        # 6 (the health minister's tour and his meeting with the governor; a participle commitment (optional))
        "وجال وزير الصحة العامة في حكومة تصريف الأعمال، مساء أمس، على مستشفى بعلبك الحكومي حيث تفقّد الجرحى، ثم التقى محافظ بعلبك – الهرمل في سرايا بعلبك وبحث معه «خطة الطوارئ الصحية» في المحافظة، معلناً أن الوزارة ستتكفّل بنفقات علاج جميع الجرحى في المستشفيات الحكومية والخاصة.",
        # 7 (a parliament session (optional) and the MPs' finite demand; a boycott (optional))
        "وفي ساحة النجمة، عقد مجلس النواب، أمس، جلسة عامة خُصّص جانب منها لمناقشة التصعيد الإسرائيلي في البقاع والجنوب، وطالب النواب، في توصية أُقرّت في ختام الجلسة، الحكومة بـ«تقديم شكوى عاجلة إلى مجلس الأمن الدولي ضد الاعتداءات المتكررة على المدنيين»، فيما قاطع نواب من كتل المعارضة الجلسة، معتبرين أنه لا يحق للمجلس التشريع قبل انتخاب رئيس للجمهورية.",
        # 8 (the Prime Minister condemns; a cabinet session called for «يوم الجمعة المقبل»; «العدوان … على بلدة
        # بوداي» refers to the strike)
        "ودان رئيس حكومة تصريف الأعمال، في بيان، «العدوان الإسرائيلي على بلدة بوداي»، معتبراً أنه «تمادٍ خطير في استهداف المدنيين في العمق اللبناني»، ودعا إلى جلسة استثنائية لمجلس الوزراء يوم الجمعة المقبل لإقرار «خطة طوارئ» خاصة بمنطقة البقاع.",
        # 9 (a Hezbollah MP's threat; the planned funeral is no PROTEST; «الشهداء الثلاثة» refers to the strike)
        "وتوعّد النائب عن كتلة «الوفاء للمقاومة» في دائرة بعلبك – الهرمل، في تصريح لـ«الضفاف»، بأن «العدو سيدفع ثمن كل قطرة دم تُراق في البقاع»، مؤكداً أن «المقاومة لن تسمح بتغيير قواعد الاشتباك»، على أن يُشيَّع الشهداء الثلاثة عصر اليوم في جبانة البلدة.",
        # 10 (a rumoured commando landing, denied by the army; «وداعيةً» is no event)
        "ونفت قيادة الجيش – مديرية التوجيه، في بيان، ما تداولته حسابات على مواقع التواصل الاجتماعي عن «إنزال جوي» نفّذته قوة إسرائيلية خاصة في جرود الهرمل ليل أمس، مؤكدةً أن «لا صحة لهذه الأخبار»، وداعيةً المواطنين إلى استقاء المعلومات من مصادرها الرسمية.",
        # 11 (generic)
        "ومنذ الثامن من تشرين الأول الماضي، تتعرض بلدات البقاع الشمالي بين الحين والآخر لغارات إسرائيلية تطال ما تصفه إسرائيل بمخازن أسلحة ومنشآت تابعة لحزب الله، بعد أن كانت المواجهات محصورة في القرى الحدودية الجنوبية، فيما يحذّر مسؤولون لبنانيون من أن توسيع رقعة الاستهداف نحو العمق يهدد بانزلاق البلاد إلى حرب مفتوحة.",
        # 12 (background with a dated toll)
        "وكانت غارة إسرائيلية قد استهدفت، فجر الأحد الماضي، شاحنة صغيرة على طريق عام بلدة النبي شيت في قضاء بعلبك، ما أدى إلى استشهاد سائقها وشخص كان برفقته، بحسب ما أعلنته وزارة الصحة العامة في حينه.",
    ],
    events=[
        # the Boudai strike: headline 0, lead 1, details 2, «المستودع المستهدف» 5, the PM's «العدوان» 8,
        # «الشهداء الثلاثة» 9; the ministry's 3 (Hezbollah's two members are among them)
        E(True, ["ASSAULT"], [0, 1, 2, 5, 8, 9], "غارة بصاروخين", ["asserted", "reported"], mode="aerial",
          source=ISRAEL_LB, recipient=BOUDAI_TARGETS, location=BOUDAI, date=D("2024-05-21"), fatalities=3,
          attribution=["مركز عمليات طوارئ الصحة العامة", "مراسل الضفاف", "الجيش الإسرائيلي"], acled=AIR, tpara=1),
        # the Hermel drone strike: wounded only; a night may run past midnight
        E(True, ["ASSAULT"], [3], "استهدفت", ["asserted", "reported"], mode="aerial",
          source=ISRAEL_LB, recipient=HERMEL_CAR, location=HERMEL_QASR,
          date=D("2024-05-21", "day", ("2024-05-21", "2024-05-22")), attribution=["مصادر أمنية"], acled=AIR),
        # Hezbollah's rockets: they land in the Golan; the interception optional
        E(True, ["ASSAULT"], [4], "قصفوا", ["asserted", "reported"], mode="heavy-weapons",
          source=HEZBOLLAH, recipient=ISRAEL_ARMY_GOLAN, location=NAFAH_GOLAN, date=D("2024-05-21"),
          attribution=["بيان المقاومة الإسلامية", "وسائل إعلام إسرائيلية"], acled=SHELL),
        E(False, ["ASSAULT"], [4], "اعترضت", ["asserted", "reported"], source=ISRAEL_LB, recipient=HEZBOLLAH,
          location=NAFAH_GOLAN, date=D("2024-05-21")),
        # the army's deployment; the cordon optional
        E(True, ["MOBILIZE"], [5], "انتشاراً", ["asserted"], mode="troops",
          source=LAF, location=BOUDAI, date=D("2024-05-21"), attribution=["مراسلنا"], acled=OTHER),
        E(False, ["COERCE"], [5], "طوقاً", ["asserted"], mode="restrict", source=LAF, location=BOUDAI,
          date=D("2024-05-21")),
        # the minister's meeting with the governor (the hospital tour is no CONSULT); the commitment optional
        E(True, ["CONSULT"], [6], "التقى", ["asserted"], mode="visit",
          source=HEALTH_MINISTER, recipient=BH_GOVERNOR, location=BAALBEK_CITY, date=D("2024-05-21")),
        E(False, ["AID", "AGREE"], [6], "ستتكفّل", ["planned", "asserted"], mode="humanitarian",
          source=HEALTH_MINISTER, recipient=WOUNDED, location=BAALBEK_CITY),
        # the parliament session (optional), the MPs' demand (headline 0, 7), the boycott (optional)
        E(False, ["CONSULT"], [7], "جلسة عامة", ["asserted"], mode="multilateral", source=PARLIAMENT,
          location=BEIRUT, date=D("2024-05-21")),
        E(True, ["REQUEST"], [0, 7], "وطالب", ["asserted"],
          source=PARLIAMENT, recipient=LB_GOV, location=BEIRUT, date=D("2024-05-21"), tpara=7),
        E(False, ["PROTEST"], [7], "قاطع", ["asserted"], source=OPPOSITION_MPS, recipient=PARLIAMENT,
          location=BEIRUT, date=D("2024-05-21")),
        # the PM's condemnation (an undated statement after yesterday's strike, in a morning paper)
        E(True, ["ACCUSE"], [8], "ودان", ["asserted", "reported"],
          source=LB_GOV, recipient=ISRAEL_LB, location=PM_STATEMENT,
          date=D("2024-05-21", "day", ("2024-05-21", "2024-05-22")),
          attribution=["بيان رئيس حكومة تصريف الأعمال"]),
        # the cabinet session called for Friday (from a Wednesday); no place in the text
        E(True, ["CONSULT", "REQUEST"], [8], "جلسة استثنائية", ["planned"], mode="multilateral",
          source=LB_GOV, date=D("2024-05-24"), attribution=["بيان رئيس حكومة تصريف الأعمال"]),
        # the MP's threat (Hezbollah as source)
        E(True, ["THREATEN"], [9], "وتوعّد", ["asserted", "reported"], mode="violence",
          source=HEZBOLLAH, recipient=ISRAEL_LB, location=BOUDAI,
          date=D("2024-05-21", "day", ("2024-05-21", "2024-05-22")),
          attribution=["النائب عن كتلة الوفاء للمقاومة"]),
        # the rumoured landing, denied (core)
        E(True, ["ASSAULT", "MOBILIZE"], [10], "إنزال جوي", ["rumored", "negated", "reported"],
          source=ISRAEL_LB, location=HERMEL_BARRENS, date=D("2024-05-21", "day", ("2024-05-21", "2024-05-22")),
          attribution=["حسابات على مواقع التواصل الاجتماعي", "قيادة الجيش – مديرية التوجيه (نفي)"]),
        # paragraph 11 is a generic statement: deliberately NO gold event
        E(True, ["ASSAULT"], [12], "استهدفت", ["historical", "asserted", "reported"], mode="aerial",
          source=ISRAEL_LB, recipient=NABI_CHIT_VICTIMS, location=NABI_CHIT, date=D("2024-05-19"), fatalities=2,
          attribution=["وزارة الصحة العامة"], acled=AIR),
    ],
))

# ============================================================================ 058: southern Iraq (Iraqi news site)
ARTICLES.append(dict(
    id="team12-058", slug="iraq_basra_nasiriyah_maysan_electricity", published="2023-07-30",
    outlet="Bawabat al-Furat (fictional)",
    paras=[
        # 0 (headline: the Nasiriyah shooting and the Basra protests)
        "مقتل متظاهر وإصابة آخرين بتفريق احتجاج على انقطاع الكهرباء في الناصرية.. ومحتجون يقطعون طرقاً رئيسة في البصرة",
        # 1 (dateline; the Basra protests «ليل أمس السبت»; the road-blocking (optional))
        "البصرة/ «بوابة الفرات»: خرج مئات المحتجين، ليل أمس السبت، في تظاهرات غاضبة بعدد من مناطق محافظة البصرة، احتجاجاً على الانقطاع المتواصل للتيار الكهربائي مع تجاوز درجات الحرارة نصف درجة الغليان، وقطع المحتجون الطريق الرابط بين قضاء الزبير ومركز المحافظة وطريق قضاء أبي الخصيب بالإطارات المحترقة لساعات، بحسب ما أفاد به مراسل «بوابة الفرات».",
        # 2 (the Electricity Ministry blames Iran; the gas cut (optional); «وداعيةً المواطنين» is no event)
        "وحمّلت وزارة الكهرباء، في بيان اليوم، الجانب الإيراني مسؤولية تراجع ساعات التجهيز في المحافظات الجنوبية، بعد «خفض كميات الغاز المورَّد إلى محطات التوليد إلى أقل من النصف» خلال الأيام الماضية، مؤكدةً أن المنظومة «فقدت أكثر من خمسة آلاف ميغاواط»، وداعيةً المواطنين إلى ترشيد الاستهلاك.",
        # 3 (the Nasiriyah protest and its dispersal with live fire (2 per the correspondent); chants (optional))
        "وفي مدينة الناصرية، مركز محافظة ذي قار، تجمّع مئات المحتجين، مساء أمس، أمام مبنى مديرية توزيع كهرباء المحافظة، مرددين هتافات تطالب بإقالة مديرها، قبل أن تتدخل قوات مكافحة الشغب لتفريقهم بالرصاص الحي والغاز المسيل للدموع، ما أسفر عن مقتل متظاهرَين اثنين وإصابة 12 آخرين، بحسب ما أفاد به مراسلنا في المدينة.",
        # 4 (the same shooting: the health directorate (1), the police's denial; a participle accusation and the
        # stone-throwing (both optional))
        "وأعلنت دائرة صحة ذي قار، في بيان، استقبال مستشفى الحسين التعليمي جثة متظاهر مصاب بطلق ناري في الصدر و14 جريحاً، بينهم ستة من منتسبي القوات الأمنية، في حين نفت قيادة شرطة المحافظة استخدام الرصاص الحي، متهمةً «مندسين» بإطلاق النار على المتظاهرين والقوات الأمنية معاً، ومؤكدةً أن محتجين رشقوا عناصرها بالحجارة وحاولوا اقتحام المبنى.",
        # 5 (arrests «فجر اليوم»; the charge is no event)
        "وشنّت القوات الأمنية، فجر اليوم الأحد، حملة دهم واعتقالات في أحياء بالناصرية وفي قضاء الشطرة، طالت 17 شاباً من المشاركين في الاحتجاجات، بينهم ناشطان معروفان، وفق ما أفاد به ناشطون لـ«بوابة الفرات»، فيما قال مصدر في قيادة الشرطة إن المعتقلين «متهمون بالاعتداء على القوات الأمنية وحرق ممتلكات عامة».",
        # 6 (a curfew from tonight; reinforcements in a phrase (optional))
        "وأعلنت خلية الأزمة في ذي قار فرض حظر شامل للتجوال في مدينة الناصرية ابتداءً من الساعة العاشرة من مساء اليوم وحتى إشعار آخر، بالتزامن مع وصول قوة من «قوات حفظ القانون» قادمة من بغداد لمساندة القوات المحلية، بحسب بيان للخلية اطلعت عليه «بوابة الفرات».",
        # 7 (the Basra governor's pledge; the meeting in a phrase and the participle call (both optional))
        "في غضون ذلك، تعهّد محافظ البصرة، خلال اجتماع طارئ عقده اليوم مع مديري دوائر الكهرباء في المحافظة، بـ«رفع ساعات التجهيز إلى عشرين ساعة يومياً خلال أسبوع» عبر إدخال وحدات توليد متوقفة إلى الخدمة، داعياً المتظاهرين إلى «الحفاظ على سلمية الاحتجاج وعدم التجاوز على الممتلكات العامة».",
        # 8 (a standalone release on bail; «أبقت على ستة» is no event)
        "وأطلقت السلطات القضائية في ذي قار، عصر اليوم، سراح 11 من معتقلي الاحتجاجات بكفالة مالية، فيما أبقت على ستة آخرين، بينهم الناشطان، موقوفين على ذمة التحقيق، بحسب ما أكده محامٍ يتابع القضية لـ«بوابة الفرات».",
        # 9 (a tribal clash in Maysan (3 per a security source); the police ending it (optional))
        "وفي محافظة ميسان، اندلع، مساء أمس، نزاع عشائري مسلح استُخدمت فيه الأسلحة المتوسطة بين عشيرتين في إحدى قرى قضاء قلعة صالح جنوبي مدينة العمارة، على خلفية خلاف على حصص مياه الري، ما أسفر عن مقتل ثلاثة أشخاص وإصابة ستة آخرين، قبل أن تتمكن قوة من شرطة المحافظة مسنودة بفوج طوارئ من فض النزاع، بحسب مصدر أمني.",
        # 10 (the same clash (4 per local sources); a tribal truce)
        "وتحدثت مصادر محلية لـ«بوابة الفرات» عن سقوط أربعة قتلى في النزاع، بينهم صبي في الخامسة عشرة من عمره، فيما أعلن شيوخ ووجهاء من المحافظة، ظهر اليوم، التوصل إلى «عطوة عشائرية» بين الطرفين مدتها شهر واحد.",
        # 11 (generic: capacity figures, a habit)
        "ويشهد العراق منذ سنوات احتجاجات صيفية متكررة في المحافظات الجنوبية بسبب تردي خدمة الكهرباء، إذ لا يتجاوز إنتاج المنظومة الوطنية نحو 26 ألف ميغاواط مقابل طلب يقترب من 40 ألفاً في ذروة الصيف، فيما تعتمد البلاد على الغاز المستورد من إيران لتشغيل عدد من محطاتها، وكثيراً ما تتراجع إمداداته.",
        # 12 (background with a dated toll)
        "وكان متظاهر قد لقي حتفه وأُصيب ثلاثة آخرون، مساء الأربعاء الماضي، بنيران حراس أمنيين لإحدى محطات توليد الطاقة في قضاء الزبير غربي البصرة، خلال محاولة محتجين اقتحام المحطة، بحسب ما أفادت به مصادر طبية حينها.",
    ],
    events=[
        # the Basra protests (headline 0, 1); the road-blocking optional
        E(True, ["PROTEST"], [0, 1], "تظاهرات غاضبة", ["asserted"], mode="demo",
          source=BASRA_PROTESTERS, location=BASRA_PROT, date=D("2023-07-29", "day", ("2023-07-29", "2023-07-30")),
          attribution=["مراسل بوابة الفرات"], acled=PEACEFUL, tpara=1),
        E(False, ["PROTEST", "COERCE"], [1], "وقطع", ["asserted"], mode="obstruct", source=BASRA_PROTESTERS,
          location=BASRA_PROT, date=D("2023-07-29", "day", ("2023-07-29", "2023-07-30"))),
        # the ministry blames Iran; the gas cut optional
        E(True, ["ACCUSE"], [2], "وحمّلت", ["asserted", "reported"],
          source=ELEC_MIN, recipient=IRAN, location=IRAQ, date=D("2023-07-30"),
          attribution=["بيان وزارة الكهرباء"]),
        E(False, ["COERCE"], [2], "خفض كميات الغاز", ["asserted", "reported"], mode="withhold", source=IRAN,
          recipient=IRAQ_GRID, location=IRAQ, date=D("2023-07-28", "week", ("2023-07-23", "2023-07-30"))),
        # the Nasiriyah protest; its chants optional
        E(True, ["PROTEST"], [3], "تجمّع", ["asserted"], mode="demo",
          source=NASIRIYAH_PROTESTERS, location=NASIRIYAH, date=D("2023-07-29"), attribution=["مراسلنا"],
          acled=INTERVENTION),
        E(False, ["REQUEST"], [3], "تطالب", ["asserted"], source=NASIRIYAH_PROTESTERS, recipient=ELEC_DIRECTORATE,
          location=NASIRIYAH, date=D("2023-07-29")),
        # the dispersal with live fire: headline 0, 3 (2), health directorate 4 (1) → 1; the police deny
        E(True, ["ASSAULT", "COERCE"], [0, 3, 4], "بالرصاص الحي", ["asserted", "reported", "negated"],
          mode="firearms", source=RIOT_POLICE, recipient=NASIRIYAH_PROTESTERS, location=NASIRIYAH,
          date=D("2023-07-29"), fatalities=1,
          attribution=["مراسلنا", "دائرة صحة ذي قار", "قيادة شرطة ذي قار (نفي)"], acled=EXCESSIVE, tpara=3),
        E(False, ["ACCUSE"], [4], "متهمةً", ["asserted", "reported"], source=RIOT_POLICE, recipient=INFILTRATORS_IQ,
          location=NASIRIYAH, date=D("2023-07-29", "day", ("2023-07-29", "2023-07-30"))),
        E(False, ["PROTEST", "ASSAULT"], [4], "رشقوا", ["asserted", "reported"], mode="riot",
          source=NASIRIYAH_PROTESTERS, recipient=RIOT_POLICE, location=NASIRIYAH, date=D("2023-07-29")),
        # the arrests
        E(True, ["COERCE"], [5], "واعتقالات", ["asserted", "reported"], mode="arrest",
          source=RIOT_POLICE, recipient=DETAINED_PROTESTERS, location=NASIRIYAH_SHATRAH, date=D("2023-07-30"),
          attribution=["ناشطون", "مصدر في قيادة الشرطة"], acled=ARREST),
        # the curfew (announced today, from tonight); the reinforcements optional
        E(True, ["COERCE"], [6], "حظر شامل للتجوال", ["asserted", "planned", "reported"], mode="curfew",
          source=DQ_CRISIS_CELL, location=NASIRIYAH, date=D("2023-07-30"),
          attribution=["بيان خلية الأزمة في ذي قار"], acled=OTHER),
        E(False, ["MOBILIZE"], [6], "وصول قوة", ["asserted", "reported"], mode="police", source=LAW_ENFORCEMENT,
          location=NASIRIYAH, date=D("2023-07-30")),
        # the governor's pledge; the meeting and the call optional
        E(True, ["AGREE"], [7], "تعهّد", ["asserted"],
          source=BASRA_GOVERNOR, recipient=BASRA_PROTESTERS, location=BASRA_CITY, date=D("2023-07-30")),
        E(False, ["CONSULT"], [7], "اجتماع طارئ", ["asserted"], source=BASRA_GOVERNOR, recipient=BASRA_ELEC,
          location=BASRA_CITY, date=D("2023-07-30")),
        E(False, ["REQUEST"], [7], "داعياً", ["asserted"], source=BASRA_GOVERNOR, recipient=BASRA_PROTESTERS,
          location=BASRA_CITY, date=D("2023-07-30")),
        # the release on bail
        E(True, ["RETREAT", "CONCEDE"], [8], "وأطلقت", ["asserted", "reported"], mode="release",
          source=DQ_JUDICIARY, recipient=DETAINED_PROTESTERS, location=NASIRIYAH, date=D("2023-07-30"),
          attribution=["محامٍ يتابع القضية"]),
        # the tribal clash: 3 per a security source 9, 4 per local sources 10 → 3; the police ending it optional
        E(True, ["ASSAULT"], [9, 10], "نزاع عشائري مسلح", ["asserted", "reported"], mode="firearms",
          source=MAYSAN_TRIBES, location=QALAT_SALIH, date=D("2023-07-29"), fatalities=3,
          attribution=["مصدر أمني", "مصادر محلية"], acled=CLASH),
        E(False, ["COERCE"], [9], "فض النزاع", ["asserted", "reported"], mode="restrict", source=MAYSAN_POLICE,
          recipient=MAYSAN_TRIBES, location=QALAT_SALIH, date=D("2023-07-29", "day", ("2023-07-29", "2023-07-30"))),
        # the truce: the two sides (and the sheikhs who announced it)
        E(True, ["AGREE"], [10], "التوصل", ["asserted", "reported"],
          source=TRUCE_SIDES, location=QALAT_SALIH, date=D("2023-07-30"),
          attribution=["شيوخ ووجهاء من المحافظة"], acled=AGREEMENT),
        # paragraph 11 is a generic statement: deliberately NO gold event
        E(True, ["ASSAULT"], [12], "بنيران", ["historical", "asserted", "reported"], mode="firearms",
          source=ZUBAIR_GUARDS, recipient=ZUBAIR_VICTIMS, location=ZUBAIR, date=D("2023-07-26"), fatalities=1,
          attribution=["مصادر طبية"], acled=EXCESSIVE),
    ],
))

# ============================================================================ 059: the Red Sea (Yemeni anti-Houthi site)
ARTICLES.append(dict(
    id="team12-059", slug="red_sea_hodeidah_sanaa_ship_strikes", published="2024-05-04",
    outlet="Al-Sahil al-Yamani (fictional)",
    paras=[
        # 0 (headline: the attack on the ship and the evacuation of its crew)
        "صاروخ حوثي يشعل النار في سفينة تجارية قبالة الحديدة.. وفرقاطة أوروبية تُجلي طاقمها",
        # 1 (dateline; the missile hit «مساء أمس الجمعة», told by UKMTO)
        "عدن – «الساحل اليمني»: أُصيبت سفينة شحن تجارية ترفع علم ليبيريا بصاروخ باليستي مضاد للسفن أطلقته ميليشيا الحوثي الإرهابية المدعومة من إيران، مساء أمس الجمعة، على بعد 65 ميلاً بحرياً غربي مدينة الحديدة، ما أدى إلى اندلاع حريق في غرفة المحركات وإصابة اثنين من أفراد الطاقم بحروق، وفق ما أعلنته هيئة عمليات التجارة البحرية البريطانية.",
        # 2 (the same attack: CENTCOM and the Houthi spokesman's claim; a drone downed (optional))
        "وقالت القيادة المركزية الأمريكية «سنتكوم» إن الميليشيا أطلقت صاروخين باتجاه السفينة أصاب أحدهما مؤخرتها، فيما أسقطت مدمرة أمريكية طائرة مسيّرة، في حين تبنّى ما يسمى «المتحدث العسكري» للميليشيا، في بيان متلفز، استهداف السفينة، مدّعياً أن الشركة المالكة لها «انتهكت قرار حظر الملاحة إلى موانئ فلسطين المحتلة».",
        # 3 (the crew evacuated by an Aspides frigate)
        "وأجلت فرقاطة تابعة لمهمة «أسبيدس» البحرية الأوروبية، فجر اليوم، أفراد طاقم السفينة البالغ عددهم 23 بحاراً، بعد أن عجزوا عن السيطرة على الحريق، ونقلتهم إلى ميناء جيبوتي، بحسب ما أفاد به مصدر ملاحي لـ«الساحل اليمني».",
        # 4 (a claimed attack on a US destroyer, denied by CENTCOM; the spokesman's threat)
        "وزعم المتحدث ذاته أن «القوات البحرية» التابعة للميليشيا استهدفت، مساء أمس، مدمرة أمريكية في البحر الأحمر بطائرات مسيّرة، وهو ما نفته «سنتكوم»، مؤكدةً أنها «لم ترصد أي هجوم على سفنها الحربية خلال الساعات الماضية»، كما توعّد المتحدث بـ«توسيع دائرة الاستهداف لتشمل كل السفن التي تتعامل مع موانئ الكيان الصهيوني».",
        # 5 (US and British strikes on Hodeidah; 2 per al-Masirah, 4 per residents)
        "وفي الحديدة، شنّت مقاتلات أمريكية وبريطانية، فجر اليوم، خمس غارات على مواقع للميليشيا في منطقة الجبانة غربي المدينة وفي محيط ميناء رأس عيسى، بحسب ما أفاد به سكان، فيما أقرّت الميليشيا، عبر قناة «المسيرة» التابعة لها، بـ«استشهاد اثنين» من عناصرها وإصابة ثلاثة في ما وصفته بـ«العدوان الأمريكي البريطاني»، في حين تحدث السكان عن مقتل أربعة على الأقل.",
        # 6 (strikes on the Dailami base in Sanaa, no toll; CENTCOM's statement)
        "كما استهدفت غارتان، صباح اليوم، قاعدة الديلمي الجوية الملاصقة لمطار صنعاء الدولي، من دون أن تُعرف حصيلة الخسائر، في حين قالت «سنتكوم» إن قواتها دمّرت، بمشاركة بريطانية، «ثلاث منصات لإطلاق الصواريخ ومحطة تحكم أرضية للطائرات المسيّرة» في صنعاء.",
        # 7 (the government blames the Houthis and its minister demands support; «معتبراً» is no event)
        "من جهتها، حمّلت الحكومة الشرعية ميليشيا الحوثي «المسؤولية الكاملة عن عسكرة البحر الأحمر وجرّ اليمن إلى مواجهة لا ناقة له فيها ولا جمل»، وطالب وزير الإعلام في الحكومة، في تصريح صحفي، المجتمع الدولي بـ«دعم الحكومة لاستعادة سيطرتها على الساحل الغربي بوصفه السبيل الوحيد لإنهاء التهديد الحوثي للملاحة».",
        # 8 (US Treasury sanctions «أمس»; the government's welcome in a relative clause (optional))
        "وفي واشنطن، أعلنت وزارة الخزانة الأمريكية، أمس، فرض عقوبات على شركتين مسجلتين في هونغ كونغ وثلاث سفن تتهمها بنقل شحنات من النفط والسلع الإيرانية يعود ريعها لتمويل عمليات الميليشيا، في خطوة رحّبت بها الحكومة الشرعية.",
        # 9 (the coast guard seizes a boat and detains its crew: one COERCE event)
        "وعلى صعيد متصل، ضبطت قوات خفر السواحل اليمنية، مساء أمس، قارباً قبالة سواحل مديرية ذُباب غربي تعز كان محمّلاً بمكونات طائرات مسيّرة وأجهزة اتصالات «إيرانية الصنع» في طريقه إلى ميليشيا الحوثي، واعتقلت ثلاثة من أفراد طاقمه، بحسب مصدر في قيادة خفر السواحل.",
        # 10 (a Houthi rally in Sanaa; chants (optional) and coerced attendance (optional))
        "وفي العاصمة المختطفة صنعاء، حشدت الميليشيا، عصر أمس الجمعة، آلافاً من أنصارها في ميدان السبعين في فعالية قالت إنها «للتضامن مع غزة»، ردد المشاركون خلالها هتافات تتوعد الولايات المتحدة وإسرائيل، فيما أفاد سكان بأن مشرفين حوثيين أجبروا موظفين في مؤسسات حكومية على المشاركة تحت التهديد بالفصل.",
        # 11 (generic: an aggregate and habits)
        "ومنذ نوفمبر الماضي، تبنّت الميليشيا أكثر من مئة هجوم على سفن تجارية وحربية في البحر الأحمر وخليج عدن، ما دفع كبرى شركات الشحن إلى تحويل مسار سفنها نحو رأس الرجاء الصالح، فيما تشن الولايات المتحدة وبريطانيا منذ يناير الماضي ضربات متكررة على مواقع للميليشيا في الحديدة وصنعاء وحجة.",
        # 12 (background with a dated toll)
        "وكانت مروحيات أمريكية قد أغرقت، فجر الثلاثاء الماضي، زورقين تابعين للميليشيا حاولا الاقتراب من سفينة حاويات جنوبي البحر الأحمر، ما أدى إلى مقتل ستة من عناصرها كانوا على متنهما، بحسب ما أعلنته «سنتكوم» حينها.",
    ],
    events=[
        # the missile hit: headline 0, UKMTO 1, CENTCOM and the Houthi claim 2 (no death); the downed drone optional
        E(True, ["ASSAULT"], [0, 1, 2], "بصاروخ باليستي", ["asserted", "reported"], mode="heavy-weapons",
          source=HOUTHIS, recipient=SHIP, location=SHIP_ATTACK, date=D("2024-05-03"),
          attribution=["هيئة عمليات التجارة البحرية البريطانية", "القيادة المركزية الأمريكية",
                       "المتحدث العسكري للحوثيين"], acled=SHELL, tpara=1),
        E(False, ["ASSAULT"], [2], "أسقطت", ["asserted", "reported"], source=US_FORCES, recipient=HOUTHIS,
          location=SHIP_ATTACK, date=D("2024-05-03")),
        # the crew evacuation: headline 0, 3
        E(True, ["AID", "RETREAT"], [0, 3], "وأجلت", ["asserted", "reported"], mode="humanitarian",
          source=ASPIDES, recipient=CREW, location=EVACUATION, date=D("2024-05-04"), attribution=["مصدر ملاحي"],
          tpara=3),
        # the claimed attack on a US destroyer, denied by the target
        E(True, ["ASSAULT"], [4], "استهدفت", ["reported", "negated"], mode="aerial",
          source=HOUTHIS, recipient=US_NAVY, location=SOUTH_RED_SEA, date=D("2024-05-03"),
          attribution=["المتحدث العسكري للحوثيين", "القيادة المركزية الأمريكية (نفي)"]),
        # the spokesman's threat (an undated statement after yesterday's attacks)
        E(True, ["THREATEN"], [4], "توعّد", ["asserted", "reported"], mode="violence",
          source=HOUTHIS, recipient=SHIPPING, location=HOUTHI_STATEMENT,
          date=D("2024-05-03", "day", ("2024-05-03", "2024-05-04")), attribution=["المتحدث العسكري للحوثيين"]),
        # the Hodeidah strikes: 2 per al-Masirah, 4 per residents → 2
        E(True, ["ASSAULT"], [5], "خمس غارات", ["asserted", "reported"], mode="aerial",
          source=US_UK, recipient=HOUTHI_TARGETS, location=HODEIDAH_STRIKES, date=D("2024-05-04"), fatalities=2,
          attribution=["سكان", "قناة المسيرة"], acled=AIR),
        # the Sanaa strikes (the agent from ¶5 and CENTCOM's statement)
        E(True, ["ASSAULT"], [6], "غارتان", ["asserted", "reported"], mode="aerial",
          source=US_UK, recipient=HOUTHI_TARGETS, location=SANAA_DAILAMI, date=D("2024-05-04"),
          attribution=["سكان", "القيادة المركزية الأمريكية"], acled=AIR),
        # the government: the accusation and the minister's demand (undated statements after today's strikes)
        E(True, ["ACCUSE"], [7], "حمّلت", ["asserted", "reported"],
          source=YEMEN_GOV, recipient=HOUTHIS, location=YEMEN_GOV_PLACES,
          date=D("2024-05-04", "day", ("2024-05-03", "2024-05-04"))),
        E(True, ["REQUEST"], [7], "وطالب", ["asserted", "reported"],
          source=YEMEN_GOV, recipient=INTL_COMMUNITY, location=YEMEN_GOV_PLACES,
          date=D("2024-05-04", "day", ("2024-05-03", "2024-05-04")), attribution=["وزير الإعلام في الحكومة"]),
        # the sanctions; the welcome optional
        E(True, ["SANCTION"], [8], "عقوبات", ["asserted", "reported"],
          source=US_TREASURY, recipient=SANCTIONED, location=WASHINGTON, date=D("2024-05-03"),
          attribution=["وزارة الخزانة الأمريكية"]),
        E(False, ["SUPPORT"], [8], "رحّبت", ["asserted"], source=YEMEN_GOV, recipient=US_TREASURY,
          location=YEMEN_GOV_PLACES, date=D("2024-05-03", "day", ("2024-05-03", "2024-05-04"))),
        # the seizure with the crew's detention (one COERCE event)
        E(True, ["COERCE"], [9], "ضبطت", ["asserted", "reported"], mode="confiscate",
          source=COAST_GUARD, recipient=BOAT_CREW, location=DHUBAB, date=D("2024-05-03"),
          attribution=["مصدر في قيادة خفر السواحل"], acled=DISRUPTED),
        # the rally (MOBILIZE accepted: «حشدت»); the chants and the coerced attendance optional
        E(True, ["PROTEST", "MOBILIZE"], [10], "حشدت", ["asserted"], mode="demo",
          source=HOUTHI_SUPPORTERS, location=SABEEN, date=D("2024-05-03"), acled=PEACEFUL),
        E(False, ["THREATEN"], [10], "تتوعد", ["asserted"], source=HOUTHI_SUPPORTERS, recipient=US_ISRAEL,
          location=SABEEN, date=D("2024-05-03")),
        E(False, ["COERCE", "THREATEN"], [10], "أجبروا", ["asserted", "reported"], source=HOUTHIS,
          recipient=EMPLOYEES, location=SABEEN, date=D("2024-05-03")),
        # paragraph 11 is a generic statement: deliberately NO gold event
        E(True, ["ASSAULT"], [12], "أغرقت", ["historical", "asserted", "reported"], mode="firearms",
          source=US_FORCES, recipient=HOUTHIS, location=SOUTH_RED_SEA, date=D("2024-04-30"), fatalities=6,
          attribution=["القيادة المركزية الأمريكية"], acled=CLASH),
    ],
))

# ============================================================================ 060: Libya (Libyan news portal)
ARTICLES.append(dict(
    id="team12-060", slug="libya_derna_flood_tajoura_clashes", published="2023-09-27",
    outlet="Bawabat al-Silphium (fictional)",
    paras=[
        # 0 (headline: the Derna protest with its demand, and the detention order)
        "أهالي درنة يتظاهرون للمطالبة بمحاسبة المسؤولين عن انهيار السدّين.. والنائب العام يأمر بحبس ستة مسؤولين",
        # 1 (dateline; the protest «مساء أمس الثلاثاء» and its finite demand; the flood is background, no event)
        "درنة – «بوابة السلفيوم»: تظاهر مئات من أهالي مدينة درنة، مساء أمس الثلاثاء، في الساحة المقابلة لمسجد الصحابة وسط المدينة، بعد أكثر من أسبوعين على السيول التي اجتاحت أحياءها إثر انهيار سدّي وادي درنة، وطالب المتظاهرون مجلس النواب بـ«الكشف عن نتائج التحقيقات وتقديم كل من تسبب في الكارثة إلى العدالة»، وفق ما أفاد به مراسل «بوابة السلفيوم».",
        # 2 (arson by protesters and shots in the air (both optional); «المحتجين الغاضبين» refers to the protest)
        "وأضرم عدد من المحتجين الغاضبين النار في سيارتين تابعتين للمجلس البلدي كانتا متوقفتين قرب الساحة، قبل أن تنتشر عناصر أمنية في محيط المكان وتطلق أعيرة نارية في الهواء لتفريقهم، من دون تسجيل إصابات، بحسب ما أفاد به شهود عيان لـ«بوابة السلفيوم».",
        # 3 (the Attorney General's detention order; a planned summons (optional); the charges are no events)
        "قضائياً، أمر النائب العام، اليوم، بحبس ستة من المسؤولين الحاليين والسابقين في الهيئة العامة للموارد المائية وجهاز إدارة السدود وبلدية درنة احتياطياً على ذمة التحقيق، بعد استجوابهم في وقائع «الإهمال والتقصير في صيانة السدّين وسوء إدارة المخصصات المالية المرصودة لها»، على أن تستدعي النيابة العامة خلال الأيام المقبلة مسؤولين آخرين «أياً كانت مواقعهم»، بحسب بيان لمكتب النائب العام.",
        # 4 (UNSMIL welcomes the steps; a participle call (optional); «الخطوات التي اتخذها» refers to the order)
        "ورحّبت بعثة الأمم المتحدة للدعم في ليبيا، في تدوينة على حسابها الرسمي، بـ«الخطوات التي اتخذها مكتب النائب العام»، داعيةً إلى «تحقيق شفاف ومستقل يطال جميع المستويات ويضمن حق الضحايا في معرفة الحقيقة».",
        # 5 (an aid convoy from Misrata)
        "إنسانياً، وصلت إلى درنة، ظهر اليوم، قافلة مساعدات تضم 45 شاحنة محمّلة بالمواد الغذائية والأدوية والأغطية ومياه الشرب، سيّرها أهالي مدينة مصراتة ومؤسسات خيرية من مدن الغرب الليبي، وجرى تفريغ حمولتها في مخازن الهلال الأحمر الليبي تمهيداً لتوزيعها على العائلات النازحة، بحسب ما أفاد به مراسلنا.",
        # 6 (an Algerian rescue team arrives; the ongoing work of other foreign teams (optional))
        "ووصل إلى مطار الأبرق، مساء أمس، فريق بحث وإنقاذ جزائري ثانٍ يضم 80 عنصراً ومعدات للكشف عن الجثث تحت الأنقاض، لينضم إلى فرق من مصر وتركيا وإيطاليا وتونس تواصل عمليات البحث عن المفقودين في الأحياء المحاذية للوادي وفي المياه قبالة المدينة، وفق ما أعلنه «جهاز الإسعاف والطوارئ».",
        # 7 (the eastern government rejects UNSMIL's proposal; the proposal (optional); participles no events)
        "سياسياً، رفضت الحكومة المكلفة من مجلس النواب، في بيان اليوم، مقترحاً طرحته البعثة الأممية لإنشاء «آلية مشتركة» تشرف على أموال إعادة إعمار درنة، معتبرةً أنه «وصاية مرفوضة على مقدرات الليبيين»، ومؤكدةً أن «صندوق إعادة الإعمار» الذي أعلنت عنه سيتولى الملف «بالتنسيق مع المانحين».",
        # 8 (a two-sided clash in Tajoura, 3 per the ambulance service)
        "وفي العاصمة طرابلس، اندلعت، فجر اليوم، اشتباكات بالأسلحة المتوسطة بين «كتيبة الوادي» ومجموعة مسلحة منافسة في منطقة تاجوراء شرقي العاصمة، على خلفية خلاف على السيطرة على مقر أمني، ما أسفر عن مقتل ثلاثة أشخاص، بينهم مدني، وإصابة تسعة آخرين، بحسب ما أعلنه جهاز الإسعاف والطوارئ.",
        # 9 (the same clash: residents (5); displacement (optional); the Interior Ministry deploys)
        "وأفاد سكان في تاجوراء لـ«بوابة السلفيوم» بأن الاشتباكات أوقعت «خمسة قتلى على الأقل» وأجبرت عشرات العائلات على النزوح من منازلها، فيما أعلنت وزارة الداخلية في حكومة الوحدة الوطنية نشر وحدات من «الإدارة العامة للدعم المركزي» للفصل بين الطرفين وتأمين الطريق الساحلي.",
        # 10 (a planned EU visit «يوم السبت المقبل»)
        "ومن المقرر أن يصل إلى بنغازي، يوم السبت المقبل، وفد من المفوضية الأوروبية يضم مسؤولين عن ملف المساعدات الإنسانية، للقاء رئيس الحكومة المكلفة من مجلس النواب وزيارة درنة للاطلاع على احتياجات المدينة، بحسب ما أعلنته بعثة الاتحاد الأوروبي في ليبيا.",
        # 11 (generic: the flood's toll and warnings)
        "وخلّفت العاصفة «دانيال»، التي ضربت شرق ليبيا في العاشر من الشهر الجاري، آلاف القتلى والمفقودين في درنة وحدها، وسط تضارب في الأرقام الرسمية بين السلطات في الشرق والغرب والمنظمات الدولية، فيما يحذّر مختصون من تفشي الأمراض المنقولة عبر المياه الملوثة ومن مخاطر الألغام التي جرفتها السيول.",
        # 12 (background with a dated toll)
        "وكان عنصر في «جهاز دعم الاستقرار» قد قُتل وأُصيب اثنان آخران، مساء الأحد الماضي، بإطلاق نار من مسلحين مجهولين على بوابة أمنية في منطقة أبو سليم جنوبي طرابلس، بحسب ما أفادت به مصادر أمنية حينها.",
    ],
    events=[
        # the protest: headline 0, lead 1, «المحتجين الغاضبين» 2; the arson and the shots in the air optional
        E(True, ["PROTEST"], [0, 1, 2], "تظاهر", ["asserted"], mode="demo",
          source=DERNA_PROTESTERS, location=DERNA, date=D("2023-09-26"),
          attribution=["مراسل بوابة السلفيوم", "شهود عيان"], acled=INTERVENTION, tpara=1),
        E(True, ["REQUEST"], [0, 1], "وطالب", ["asserted"],
          source=DERNA_PROTESTERS, recipient=HOR, location=DERNA, date=D("2023-09-26"), tpara=1),
        E(False, ["ASSAULT", "PROTEST"], [2], "وأضرم", ["asserted", "reported"], mode="destroy",
          source=DERNA_PROTESTERS, recipient=MUNICIPAL_COUNCIL, location=DERNA, date=D("2023-09-26")),
        E(False, ["COERCE", "ASSAULT", "MOBILIZE"], [2], "وتطلق أعيرة نارية", ["asserted", "reported"], mode="restrict",
          source=DERNA_SECURITY, recipient=DERNA_PROTESTERS, location=DERNA, date=D("2023-09-26")),
        # the detention order: headline 0, 3, «الخطوات التي اتخذها مكتب النائب العام» 4; the summons optional
        E(True, ["COERCE"], [0, 3, 4], "بحبس", ["asserted", "reported"], mode="arrest",
          source=AG, recipient=DERNA_OFFICIALS, location=AG_PLACES, date=D("2023-09-27"),
          attribution=["بيان مكتب النائب العام"], acled=ARREST, tpara=3),
        E(False, ["COERCE"], [3], "تستدعي", ["planned"], source=AG, recipient=DERNA_OFFICIALS,
          location=AG_PLACES),
        # UNSMIL's welcome; the participle call optional
        E(True, ["SUPPORT"], [4], "ورحّبت", ["asserted"],
          source=UNSMIL, recipient=AG, location=UNSMIL_PLACES, date=D("2023-09-27")),
        E(False, ["REQUEST"], [4], "داعيةً", ["asserted"], source=UNSMIL, recipient=AG, location=UNSMIL_PLACES,
          date=D("2023-09-27")),
        # the convoy
        E(True, ["AID"], [5], "قافلة مساعدات", ["asserted"], mode="humanitarian",
          source=MISRATA_DONORS, recipient=DERNA_RESIDENTS, location=DERNA, date=D("2023-09-27"),
          attribution=["مراسلنا"]),
        # the Algerian team; the other teams' ongoing search optional
        E(True, ["AID"], [6], "فريق بحث وإنقاذ جزائري", ["asserted", "reported"], mode="humanitarian",
          source=ALGERIA, recipient=LIBYA_RECIPIENT, location=ABRAQ_DERNA, date=D("2023-09-26"),
          attribution=["جهاز الإسعاف والطوارئ"]),
        E(False, ["AID"], [6], "تواصل", ["asserted", "reported"], mode="humanitarian", source=FOREIGN_TEAMS,
          recipient=LIBYA_RECIPIENT, location=DERNA, date=D("2023-09-26", "week", ("2023-09-12", "2023-09-27"))),
        # the rejection; the proposal (an offer whose answer is the news) optional
        E(True, ["REJECT"], [7], "رفضت", ["asserted", "reported"],
          source=EAST_GOV, recipient=UNSMIL, location=BENGHAZI_DERNA, date=D("2023-09-27"),
          attribution=["بيان الحكومة المكلفة من مجلس النواب"]),
        E(False, ["AGREE"], [7], "طرحته", ["asserted", "reported"], source=UNSMIL, recipient=LIBYAN_AUTHORITIES,
          location=DERNA_LY),
        # the Tajoura clash: 3 per the ambulance service 8, 5 per residents 9 → 3; displacement optional
        E(True, ["ASSAULT"], [8, 9], "اشتباكات", ["asserted", "reported"], mode="firearms",
          source=TAJOURA_SIDES, location=TAJOURA, date=D("2023-09-27"), fatalities=3,
          attribution=["جهاز الإسعاف والطوارئ", "سكان في تاجوراء"], acled=CLASH),
        E(False, ["RETREAT"], [9], "النزوح", ["asserted", "reported"], mode="withdraw", source=TAJOURA_FAMILIES,
          location=TAJOURA, date=D("2023-09-27")),
        # the deployment
        E(True, ["MOBILIZE"], [9], "نشر", ["asserted", "reported"], mode="police",
          source=GNU_INTERIOR, location=TAJOURA, date=D("2023-09-27"),
          attribution=["وزارة الداخلية في حكومة الوحدة الوطنية"], acled=OTHER),
        # the planned EU visit, Saturday after a Wednesday
        E(True, ["CONSULT"], [10], "للقاء", ["planned"], mode="visit",
          source=EU, recipient=EAST_GOV, location=BENGHAZI_DERNA, date=D("2023-09-30"),
          attribution=["بعثة الاتحاد الأوروبي في ليبيا"]),
        # paragraph 11 is a generic statement: deliberately NO gold event
        E(True, ["ASSAULT"], [12], "بإطلاق نار", ["historical", "asserted", "reported"], mode="firearms",
          source=GUNMEN_LY, recipient=SSA, location=ABU_SALIM, date=D("2023-09-24"), fatalities=1,
          attribution=["مصادر أمنية"], acled=ATTACK),
    ],
))


if __name__ == "__main__":
    build(HERE, ARTICLES, "team12.gold.json", id_prefix="team12", first_number=FIRST_NUMBER)
