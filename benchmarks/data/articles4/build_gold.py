#!/usr/bin/env python3
"""Write the fourth team-made article set (NNN_slug.txt, ids team4-016 ... team4-020) and its gold
(team4.gold.json).

The articles and annotations live here; ``benchmarks/data/goldkit.py`` writes the files and computes every
offset (nothing is typed by hand): para_spans are the [start, end) code-point offsets of each line (newline
excluded) in the file text, trigger spans are found inside the named paragraph. Run from anywhere:
    python3 benchmarks/data/articles4/build_gold.py && python3 benchmarks/data/articles4/check_gold.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from actors_places import (  # noqa: E402
    AIR_INTEL,
    ALAA,
    ALAA_FAMILY,
    ASAYISH,
    BALAAS,
    BRIGADE_VS_GROUP,
    CENTRAL_COMMITTEE,
    CIVILIANS,
    COALITION_SDF,
    COMMITTEE_RESIDENTS,
    DARAA_BALAD,
    DARAA_BALAD_RESIDENTS,
    DARAA_CITY,
    DARAA_MAHATTA,
    DARAA_WEST,
    DARAA_WEST_NOTABLES,
    DOUMA,
    DOUMA_BODY,
    DOUMA_COUNCIL,
    DOUMA_DELEGATION,
    DOUMA_FAMILIES,
    DOUMA_HARASTA,
    DOUMA_LISTED,
    DOUMA_MISRABA,
    DOUMA_OWNERS,
    DOUMA_PATROLS,
    DOUMA_RELEASED,
    DOUMA_YOUNG_MEN,
    DRIVER,
    EIGHTH_BRIGADE,
    FATH_MUBIN,
    FIN_MIN,
    FOURTH_DIV,
    FOURTH_VS_LOCALS,
    GHAB,
    GHAB_VILLAGES,
    GUNMEN,
    HAMA_CITY,
    HAMA_GOVERNOR,
    HAMMUD,
    HAMMUD_BROTHERS,
    IRAN_MILITIAS,
    ISIS,
    ISIS_GUNMEN,
    ITHRIYA,
    JURIN,
    JURNIYAH,
    KARAK,
    KARAK_PROTESTERS,
    KARAMA,
    LOCAL_FIGHTERS,
    MI_OFFICER,
    MIL_SECURITY,
    MIL_SECURITY_GROUPS,
    MUZAYRIB_YADUDAH,
    NAWA,
    NAWA_VICTIMS,
    NDF,
    NDF_KIDNAPPERS,
    NGO_FURAT,
    RAQQA_CITY,
    RAQQA_CIVIL_COUNCIL,
    RAQQA_COUNCIL_SDF,
    RAQQA_NOTABLES,
    RAQQA_PROTESTERS,
    RAQQA_TABQA_ROAD,
    RECRUITMENT,
    REGIME,
    RUSSIA,
    SAHLA,
    SAHLA_DISPLACED,
    SAHWA,
    SAHWA_GROUP,
    SALAMIYAH,
    SALAMIYAH_NOTABLES,
    SALAMIYAH_PROTESTERS,
    SARAYA,
    SARC,
    SDF,
    SDF_CHECKPOINT,
    SDF_PATROL,
    SECURITY_COMMITTEE,
    SHEIKH_HILAL,
    TABQA,
    TABQA_SUSPECTS,
    TABQA_VICTIM,
    TAFAS,
    TAFAS_COMMANDER,
    TAFAS_YADUDAH,
    YADUDAH_YOUNG_MEN,
    ZIYARA,
    merge,
    place,
)
from goldkit import D, E, build  # noqa: E402

FIRST_NUMBER = 16  # file and id numbering continues after the first three sets (001-015)


ARTICLES = []

# ============================================================================ 016: Daraa countryside (west and east)
ARTICLES.append(dict(
    id="team4-016", slug="daraa_tafas_assassination_arrests", published="2020-10-14",
    outlet="Hawran Voice (fictional)",
    paras=[
        # 0 (headline: an assassination and arrests)
        "اغتيال قيادي سابق في المعارضة بمدينة طفس.. واعتقالات على حواجز «الأمن العسكري» في درعا",
        # 1
        "اغتال مسلحون مجهولون، مساء أمس الثلاثاء، القيادي السابق في فصائل المعارضة ياسر الحمدان، المعروف بـ«أبو اليمان»، بإطلاق النار عليه من سلاح رشاش أثناء عودته إلى منزله في الحي الشرقي من مدينة طفس بريف درعا الغربي، ما أدى إلى مقتله على الفور.",
        # 2 (retold in other words by a Facebook page)
        "وذكرت صفحة «طفس الحدث» على «فيسبوك» أن مسلحَين كانا يستقلان دراجة نارية أمطرا الحمدان بالرصاص أمام محل تجاري قرب دوار البريد، ثم لاذا بالفرار باتجاه الطريق الواصل إلى بلدة المزيريب، مشيرةً إلى أنه كان قد نجا من محاولة اغتيال سابقة بعبوة ناسفة قبل نحو شهرين.",
        # 3
        "واتهمت «اللجنة المركزية» في ريف درعا الغربي، في بيان، فرع «الأمن العسكري» ومجموعات محلية مرتبطة به بالوقوف وراء عملية الاغتيال، مطالبةً الجانب الروسي بـ«تحمّل مسؤولياته» بصفته ضامناً لاتفاق التسوية.",
        # 4
        "وفي سياق متصل، انفجرت عبوة ناسفة، صباح اليوم، بسيارة عسكرية تقل عناصر من «الأمن العسكري» على الطريق الواصل بين بلدتي المزيريب واليادودة، ما أسفر عن مقتل عنصرين وإصابة ثلاثة آخرين، بحسب ما أفاد به مراسلنا في ريف درعا الغربي.",
        # 5 (passive arrest, agent named through the checkpoint)
        "واعتُقل ثلاثة شبان من أبناء بلدة اليادودة على حاجز «الأمن العسكري» عند دوار الكراج في مدينة درعا، بعد ساعات من التفجير، واقتيدوا إلى جهة مجهولة، وفق ما ذكرته مصادر محلية لشبكتنا، فيما أغلق عناصر الحاجز الطريق أمام حركة المدنيين لنحو ساعتين.",
        # 6
        "من جهته، استقدم «اللواء الثامن» التابع لـ«الفيلق الخامس» المدعوم من روسيا، ليل أمس، تعزيزات عسكرية إلى محيط بلدة السهوة في ريف درعا الشرقي، تضم عربات مصفحة ورشاشات ثقيلة، وذلك بعد يومين من اشتباكات بين عناصره ومجموعة محلية مرتبطة بـ«المخابرات الجوية» في البلدة.",
        # 7 (conditional threat with a deadline)
        "وهدد قائد اللواء، في تسجيل صوتي تداوله ناشطون اليوم، باقتحام مقرات المجموعة في السهوة «في حال لم تسلّم المتورطين بالاشتباكات خلال 72 ساعة»، مؤكداً أن «صبر اللواء قد نفد».",
        # 8
        "وفي ريف درعا الشرقي أيضاً، خرجت، عصر اليوم، مظاهرة في بلدة الكرك الشرقي، طالب المشاركون فيها بالإفراج عن المعتقلين في سجون النظام وبخروج الميليشيات الإيرانية من المحافظة، ورددوا هتافات تندد بعمليات الاغتيال المتكررة في المنطقة.",
        # 9 (generic: monthly aggregate of a monitor)
        "ويشهد ريفا درعا الغربي والشرقي فلتاناً أمنياً متصاعداً منذ أكثر من عامين، إذ وثق «مرصد حوران للتوثيق» خلال أيلول الماضي وحده 41 عملية ومحاولة اغتيال، قُتل فيها 29 شخصاً بينهم مدنيون وعناصر سابقون في فصائل المعارضة.",
        # 10 (background with a dated toll)
        "وكان مسلحون مجهولون قد أطلقوا النار، مساء الجمعة 9 تشرين الأول، على سيارة تقل عضو المجلس البلدي في مدينة نوى، فادي الخطيب، وابنه على طريق نوى–الشيخ سعد، ما أدى إلى مقتلهما على الفور.",
    ],
    events=[
        # the assassination: headline 0, details 1, retold by a Facebook page in 2, referred to in 3
        E(True, ["ASSAULT"], [0, 1, 2, 3], "اغتال", ["asserted"], mode="assassinate",
          source=GUNMEN, recipient=TAFAS_COMMANDER, location=TAFAS, date=D("2020-10-13"), fatalities=1,
          acled=["Violence against civilians/Attack"], tpara=1),
        # the earlier attempt on his life, «قبل نحو شهرين»: undated background without a toll
        E(False, ["ASSAULT"], [2], "محاولة اغتيال سابقة", ["historical", "asserted", "reported"], mode="explosives",
          recipient=TAFAS_COMMANDER, location=TAFAS),
        E(True, ["ACCUSE"], [3], "واتهمت", ["asserted", "reported"],
          source=CENTRAL_COMMITTEE, recipient=MIL_SECURITY_GROUPS, location=DARAA_WEST,
          date=D("2020-10-14", "day", ("2020-10-13", "2020-10-14")), attribution=["بيان اللجنة المركزية"]),
        # participle demand: optional
        E(False, ["REQUEST"], [3], "مطالبةً", ["asserted", "reported"],
          source=CENTRAL_COMMITTEE, recipient=RUSSIA, location=DARAA_WEST),
        # IED on a Military Security car; ¶5 refers back to it («بعد ساعات من التفجير»)
        E(True, ["ASSAULT"], [4, 5], "انفجرت عبوة ناسفة", ["asserted"], mode="explosives",
          recipient=MIL_SECURITY, location=MUZAYRIB_YADUDAH, date=D("2020-10-14"), attribution=["مراسلنا"],
          fatalities=2, acled=["Explosions/Remote violence/Remote explosive/landmine/IED"]),
        # passive arrest at a named checkpoint; announced in the headline
        E(True, ["COERCE"], [0, 5], "واعتُقل", ["asserted", "reported"], mode="arrest",
          source=MIL_SECURITY, recipient=YADUDAH_YOUNG_MEN, location=DARAA_CITY, date=D("2020-10-14"),
          attribution=["مصادر محلية"], acled=["Strategic developments/Arrests"], tpara=5),
        E(False, ["COERCE"], [5], "أغلق", ["asserted", "reported"], mode="restrict",
          source=MIL_SECURITY, location=DARAA_CITY, date=D("2020-10-14")),
        E(True, ["MOBILIZE"], [6], "استقدم", ["asserted"], mode="troops",
          source=EIGHTH_BRIGADE, location=SAHWA, date=D("2020-10-13", "day", ("2020-10-13", "2020-10-14")),
          acled=["Strategic developments/Other"]),
        # the clashes «بعد يومين»: background without a toll; ¶7 names them again («بالاشتباكات»)
        E(False, ["ASSAULT"], [6, 7], "اشتباكات", ["historical", "asserted"], mode="firearms",
          source=BRIGADE_VS_GROUP, location=SAHWA, date=D("2020-10-11", "day", ("2020-10-10", "2020-10-12"))),
        # conditional threat with a 72-hour deadline
        E(True, ["THREATEN"], [7], "وهدد", ["asserted", "reported"], mode="violence",
          source=EIGHTH_BRIGADE, recipient=SAHWA_GROUP, location=SAHWA, date=D("2020-10-14"),
          attribution=["تسجيل صوتي تداوله ناشطون"]),
        E(False, ["ASSAULT"], [7], "باقتحام", ["hypothetical"], source=EIGHTH_BRIGADE, recipient=SAHWA_GROUP,
          location=SAHWA),
        E(True, ["PROTEST"], [8], "مظاهرة", ["asserted"], mode="demo",
          source=KARAK_PROTESTERS, location=KARAK, date=D("2020-10-14"), acled=["Protests/Peaceful protest"]),
        E(True, ["REQUEST"], [8], "طالب المشاركون", ["asserted"],
          source=KARAK_PROTESTERS, recipient=merge(REGIME, IRAN_MILITIAS), location=KARAK, date=D("2020-10-14")),
        # slogans («هتافات تندد»): optional
        E(False, ["ACCUSE"], [8], "هتافات تندد", ["asserted"], source=KARAK_PROTESTERS, location=KARAK,
          date=D("2020-10-14")),
        # paragraph 9 is a generic statement (monthly aggregate of a monitor): deliberately NO gold event
        # background with «وكان ... قد», dated (Friday 9 October), with a toll: core
        E(True, ["ASSAULT"], [10], "أطلقوا النار", ["historical", "asserted"], mode="firearms",
          source=GUNMEN, recipient=NAWA_VICTIMS, location=NAWA, date=D("2020-10-09"), fatalities=2,
          acled=["Violence against civilians/Attack"]),
    ],
))

# ============================================================================ 017: Hama countryside (Salamiyah, al-Ghab)
ARTICLES.append(dict(
    id="team4-017", slug="hama_salamiyah_ghab", published="2021-03-10",
    outlet="Orontes Echo (fictional)",
    paras=[
        # 0 (passive with a toll, the agent in «بهجوم شنه»)
        "قُتل خمسة عناصر من ميليشيا «الدفاع الوطني» وأصيب آخرون، فجر اليوم الأربعاء، بهجوم شنه عناصر من تنظيم «الدولة الإسلامية» على نقطة عسكرية قرب قرية الشيخ هلال في بادية السلمية بريف حماة الشرقي.",
        # 1 (retold by a local network)
        "وأفادت شبكة «السلمية اليوم» المحلية بأن المهاجمين استخدموا أسلحة رشاشة وقذائف صاروخية في الهجوم الذي استمر نحو ساعة، قبل أن ينسحبوا باتجاه عمق البادية، مشيرةً إلى أن قائد النقطة كان بين القتلى.",
        # 2
        "وعقب الهجوم، شنت طائرات حربية روسية أكثر من عشرين غارة على مواقع يُعتقد أنها لخلايا التنظيم في منطقة جبل البلعاس وبادية عقيربات، دون ورود معلومات عن خسائر بشرية.",
        # 3 (passive «من قبل»)
        "وفي مدينة السلمية، اختُطف الشاب علاء الجندي، مساء أمس، من قبل مجموعة مسلحة تتبع لـ«الدفاع الوطني»، أثناء عودته من عمله في المنطقة الصناعية، وطالب الخاطفون ذويه، في اتصال هاتفي صباح اليوم، بفدية قدرها 50 مليون ليرة سورية مقابل الإفراج عنه.",
        # 4
        "واحتج العشرات من أهالي المدينة، ظهر اليوم، أمام مبنى قيادة المنطقة في السلمية، منددين بتكرار عمليات الخطف وبما وصفوه بـ«تقاعس» الأجهزة الأمنية عن ملاحقة الخاطفين.",
        # 5
        "والتقى محافظ حماة، بحسب ما نشرته صفحة المحافظة على «فيسبوك»، وفداً من وجهاء السلمية في مبنى المحافظة بمدينة حماة، وتعهد بـ«متابعة القضية حتى الإفراج عن الشاب ومحاسبة الخاطفين».",
        # 6 (two attacks in one paragraph)
        "وفي سهل الغاب بريف حماة الشمالي الغربي، قصفت قوات النظام بقذائف المدفعية والصواريخ، منذ صباح اليوم، قرى الزيارة والمنصورة وقسطون، ما أدى إلى مقتل مدني وإصابة طفلين بجروح، وفق ما وثقه «الدفاع المدني السوري»، فيما ردت فصائل غرفة عمليات «الفتح المبين» باستهداف مواقع لقوات النظام في بلدة جورين بقذائف الهاون.",
        # 7 (SVO)
        "قوات النظام، من جانبها، دفعت خلال اليومين الماضيين بتعزيزات عسكرية إلى محاور سهل الغاب، ضمت عناصر وآليات من «الفرقة 25 مهام خاصة»، وسط تخوف الأهالي من عملية عسكرية برية تستهدف ما تبقى من قرى السهل.",
        # 8 (rumour and denial)
        "وتداولت صفحات موالية للنظام، مساء أمس، أنباء عن انسحاب فصائل المعارضة من نقاطها في قرية الزيارة، وهو ما نفاه مصدر عسكري في «الفتح المبين» لشبكتنا، مؤكداً أن «النقاط لا تزال على حالها» وأن الفصائل «لن تتخلى عن أي شبر».",
        # 9 (generic)
        "وتعاني مدينة السلمية وريفها منذ سنوات من انتشار عمليات الخطف بهدف طلب الفدية، في ظل نفوذ واسع لمجموعات مسلحة محلية تعمل تحت غطاء الأجهزة الأمنية، ونادراً ما يُحاسَب المتورطون فيها.",
        # 10 (background with a dated toll)
        "وكانت خلية تابعة للتنظيم قد هاجمت، الخميس 4 آذار، حافلة تقل عمالاً زراعيين على طريق أثريا–السلمية، ما أسفر عن مقتل ثمانية منهم وإصابة ثلاثة آخرين.",
    ],
    events=[
        # ISIS attack: 0, retold in 1, referred to in 2 («وعقب الهجوم»)
        E(True, ["ASSAULT"], [0, 1, 2], "بهجوم شنه", ["asserted", "reported"], mode="firearms",
          source=ISIS, recipient=NDF, location=SHEIKH_HILAL, date=D("2021-03-10"), attribution=["السلمية اليوم"],
          fatalities=5, acled=["Battles/Armed clash"]),
        # the attackers pulling back after the attack: optional
        E(False, ["RETREAT"], [1], "ينسحبوا", ["asserted", "reported"], mode="withdraw", source=ISIS,
          location=SALAMIYAH, date=D("2021-03-10")),
        # Russian strikes; the target is only «يُعتقد أنها لخلايا التنظيم», so no recipient is checked
        E(True, ["ASSAULT"], [2], "غارة", ["asserted"], mode="aerial",
          source=RUSSIA, location=BALAAS, date=D("2021-03-10"), acled=["Explosions/Remote violence/Air/drone strike"]),
        E(True, ["ASSAULT"], [3], "اختُطف", ["asserted"], mode="abduct",
          source=NDF_KIDNAPPERS, recipient=ALAA, location=SALAMIYAH, date=D("2021-03-09"),
          acled=["Violence against civilians/Abduction/forced disappearance"]),
        # ransom demand; «الإفراج عنه» inside it is no RETREAT
        E(True, ["REQUEST"], [3], "وطالب الخاطفون", ["asserted"],
          source=NDF_KIDNAPPERS, recipient=ALAA_FAMILY, location=SALAMIYAH, date=D("2021-03-10")),
        E(True, ["PROTEST"], [4], "واحتج", ["asserted"], mode="demo",
          source=SALAMIYAH_PROTESTERS, location=SALAMIYAH, date=D("2021-03-10"), acled=["Protests/Peaceful protest"]),
        E(False, ["ACCUSE"], [4], "منددين", ["asserted"], source=SALAMIYAH_PROTESTERS, recipient=REGIME,
          location=SALAMIYAH, date=D("2021-03-10")),
        E(True, ["CONSULT"], [5], "والتقى", ["asserted", "reported"],
          source=HAMA_GOVERNOR, recipient=SALAMIYAH_NOTABLES, location=HAMA_CITY, date=D("2021-03-10"),
          attribution=["صفحة محافظة حماة"]),
        # a commitment is AGREE (third set); the promised release is an optional planned RETREAT
        E(True, ["AGREE"], [5], "وتعهد", ["asserted", "reported"],
          source=HAMA_GOVERNOR, recipient=SALAMIYAH_NOTABLES, location=HAMA_CITY, date=D("2021-03-10")),
        E(False, ["RETREAT"], [5], "الإفراج عن الشاب", ["planned"], mode="release", recipient=ALAA,
          location=SALAMIYAH),
        # two attacks in one paragraph, distinct triggers
        E(True, ["ASSAULT"], [6], "قصفت", ["asserted", "reported"], mode="heavy-weapons",
          source=REGIME, recipient=CIVILIANS, location=GHAB_VILLAGES, date=D("2021-03-10"),
          attribution=["الدفاع المدني السوري"], fatalities=1,
          acled=["Explosions/Remote violence/Shelling/artillery/missile attack"]),
        E(True, ["ASSAULT"], [6], "باستهداف", ["asserted"], mode="heavy-weapons",
          source=FATH_MUBIN, recipient=REGIME, location=JURIN, date=D("2021-03-10"),
          acled=["Explosions/Remote violence/Shelling/artillery/missile attack"]),
        E(True, ["MOBILIZE"], [7], "دفعت", ["asserted"], mode="troops",
          source=REGIME, location=GHAB, date=D("2021-03-09", "day", ("2021-03-08", "2021-03-10")),
          acled=["Strategic developments/Other"]),
        E(False, ["ASSAULT"], [7], "عملية عسكرية برية", ["hypothetical"], source=REGIME, location=GHAB),
        # rumoured withdrawal denied by the faction: core, as a rumour followed by a denial
        E(True, ["RETREAT"], [8], "انسحاب", ["rumored", "negated", "reported"], mode="withdraw",
          source=FATH_MUBIN, location=ZIYARA,
          attribution=["صفحات موالية للنظام", "مصدر عسكري في الفتح المبين"]),
        # paragraph 9 is a generic statement: deliberately NO gold event
        E(True, ["ASSAULT"], [10], "هاجمت", ["historical", "asserted"], mode="firearms",
          source=ISIS, recipient=CIVILIANS, location=ITHRIYA, date=D("2021-03-04"), fatalities=8,
          acled=["Violence against civilians/Attack"]),
    ],
))

# ============================================================================ 018: Raqqa and Tabqa
ARTICLES.append(dict(
    id="team4-018", slug="raqqa_tabqa_tribal_protest", published="2021-06-03",
    outlet="Furat Post (fictional)",
    paras=[
        # 0 (headline)
        "الرقة: احتجاجات عشائرية بعد مقتل شاب برصاص دورية لـ«قسد»",
        # 1
        "تظاهر المئات من أبناء قرية الكرامة والقرى المجاورة لها بريف الرقة الشرقي، صباح اليوم الخميس، احتجاجاً على مقتل الشاب حمود العلي برصاص عناصر دورية تابعة لـ«قوات سوريا الديمقراطية» (قسد) ليل أمس، وسط انتشار أمني مكثف في محيط القرية.",
        # 2 (the killing retold by the correspondent)
        "وقال مراسلنا في الرقة إن الدورية داهمت منزل الشاب بحثاً عن مطلوبين بتهمة الانتماء لخلايا تنظيم «الدولة الإسلامية»، وأطلق عناصرها النار عليه حين حاول الفرار من المنزل، ما أدى إلى مقتله على الفور، كما اعتقلت شقيقيه واقتادتهما إلى سجن في مدينة الرقة.",
        # 3 (pronoun-only demand)
        "وقطع المحتجون الطريق الواصل بين الرقة ودير الزور بالإطارات المشتعلة لساعات، وطالبوا بتسليم عناصر الدورية إلى «القضاء العشائري» والإفراج عن شقيقي القتيل، مهددين بـ«التصعيد» في حال تجاهل مطالبهم.",
        # 4
        "في المقابل، أعلنت «قسد»، في بيان أصدرته ظهر اليوم، إيقاف عناصر الدورية الثلاثة عن العمل وإحالتهم إلى التحقيق، مؤكدةً أن الشاب «لم يكن مسلحاً» وأن ما جرى «تصرف فردي» لن يمر دون محاسبة.",
        # 5
        "وعقد وجهاء من عشائر ريف الرقة الشرقي، عصر اليوم، اجتماعاً مع مسؤولين في «مجلس الرقة المدني» في مبنى المجلس بمدينة الرقة، عرض خلاله المجلس دفع «دية» لذوي القتيل، إلا أن الوجهاء رفضوا العرض، وأصروا على محاكمة عناصر الدورية علناً.",
        # 6
        "وفي مدينة الطبقة غربي الرقة، اغتال مسلحان مجهولان، ظهر اليوم، عضو «لجنة الصلح» في المجلس المحلي للمدينة، الشيخ عبد الكريم الحسن، بإطلاق النار عليه أمام منزله في الحي الأول، ما أدى إلى مقتله، قبل أن يلوذا بالفرار. وتبنى تنظيم «الدولة الإسلامية» العملية في بيان تداولته معرّفات مقربة منه مساء اليوم.",
        # 7
        "وعقب عملية الاغتيال، فرضت «قوى الأمن الداخلي» (الأسايش) حظراً للتجول في مدينة الطبقة حتى صباح الغد، وأقامت حواجز مؤقتة عند مداخلها، بحسب ما ذكرته صفحة «الطبقة الحدث» على «فيسبوك».",
        # 8
        "كما نفذت قوات «التحالف الدولي»، بمشاركة «قسد»، عملية إنزال جوي فجر اليوم في قرية الجرنية شمالي الطبقة، اعتقلت خلالها ثلاثة أشخاص يُشتبه بانتمائهم للتنظيم، وفق المصدر ذاته.",
        # 9
        "وفي سياق آخر، وزعت جمعية «بذور الفرات» الإغاثية، أمس، سلالاً غذائية ومياه شرب على نحو 600 عائلة نازحة في مخيم سهلة البنات قرب مدينة الرقة.",
        # 10 (generic)
        "وتشهد مناطق ريف الرقة الشرقي توتراً متكرراً بين «قسد» والعشائر العربية على خلفية حملات الدهم والاعتقال والتجنيد الإجباري، إضافة إلى تردي الخدمات وارتفاع الأسعار.",
        # 11 (background with a dated toll)
        "وكانت خلية تابعة للتنظيم قد هاجمت، مساء السبت الماضي، حاجزاً لـ«قسد» على طريق الرقة–الطبقة قرب قرية المنصورة، ما أدى إلى مقتل ثلاثة من عناصر الحاجز.",
    ],
    events=[
        # the protest: headline 0, 1, road-blocking in 3
        E(True, ["PROTEST"], [0, 1, 3], "تظاهر", ["asserted"], mode="demo",
          source=RAQQA_PROTESTERS, location=KARAMA, date=D("2021-06-03"), acled=["Protests/Peaceful protest"],
          tpara=1),
        # the road-blocking as a second protest prediction is tolerated
        E(False, ["PROTEST"], [3], "وقطع المحتجون", ["asserted"], mode="obstruct",
          source=RAQQA_PROTESTERS, location=KARAMA, date=D("2021-06-03")),
        # the killing: headline 0, named in 1, told by the correspondent in 2, «القتيل» in 3 and 5
        E(True, ["ASSAULT"], [0, 1, 2], "أطلق عناصرها النار", ["asserted"], mode="firearms",
          source=SDF_PATROL, recipient=HAMMUD, location=KARAMA,
          date=D("2021-06-02", "day", ("2021-06-02", "2021-06-03")), attribution=["مراسلنا"], fatalities=1,
          acled=["Violence against civilians/Attack"], tpara=2),
        E(False, ["COERCE"], [2], "داهمت", ["asserted"], mode="arrest", source=SDF_PATROL, location=KARAMA,
          date=D("2021-06-02", "day", ("2021-06-02", "2021-06-03"))),
        E(True, ["COERCE"], [2], "اعتقلت شقيقيه", ["asserted"], mode="arrest",
          source=SDF_PATROL, recipient=HAMMUD_BROTHERS, location=KARAMA,
          date=D("2021-06-02", "day", ("2021-06-02", "2021-06-03")), attribution=["مراسلنا"],
          acled=["Strategic developments/Arrests"]),
        # demand with a pronoun-only actor; the demanded release is no RETREAT
        E(True, ["REQUEST"], [3], "وطالبوا", ["asserted"],
          source=RAQQA_PROTESTERS, recipient=SDF_PATROL, location=KARAMA, date=D("2021-06-03")),
        E(False, ["THREATEN"], [3], "مهددين", ["asserted"], mode="protest",
          source=RAQQA_PROTESTERS, recipient=SDF, location=KARAMA, date=D("2021-06-03")),
        # suspension and referral for investigation (as the seed's dismissal)
        E(True, ["SANCTION", "COERCE"], [4], "إيقاف", ["asserted"],
          source=SDF, recipient=SDF_PATROL, location=place(KARAMA, RAQQA_CITY), date=D("2021-06-03"),
          attribution=["بيان قسد"]),
        E(True, ["CONSULT"], [5], "اجتماعاً", ["asserted"],
          source=RAQQA_NOTABLES, recipient=RAQQA_CIVIL_COUNCIL, location=RAQQA_CITY, date=D("2021-06-03")),
        # the offer of blood money, turned down: optional (as the seed's «عرضاً»)
        E(False, ["AGREE", "CONCEDE"], [5], "عرض", ["asserted"], source=RAQQA_CIVIL_COUNCIL,
          recipient=RAQQA_NOTABLES, location=RAQQA_CITY, date=D("2021-06-03")),
        E(True, ["REJECT"], [5], "رفضوا", ["asserted"],
          source=RAQQA_NOTABLES, recipient=RAQQA_COUNCIL_SDF, location=RAQQA_CITY, date=D("2021-06-03")),
        # assassination claimed by ISIS; ¶7 refers back to it («وعقب عملية الاغتيال»)
        E(True, ["ASSAULT"], [6, 7], "اغتال", ["asserted"], mode="assassinate",
          source=ISIS_GUNMEN, recipient=TABQA_VICTIM, location=TABQA, date=D("2021-06-03"), fatalities=1,
          acled=["Violence against civilians/Attack"]),
        E(True, ["COERCE"], [7], "حظراً للتجول", ["asserted", "reported"], mode="curfew",
          source=ASAYISH, location=TABQA, date=D("2021-06-03"), attribution=["الطبقة الحدث"],
          acled=["Strategic developments/Other"]),
        E(False, ["COERCE", "MOBILIZE"], [7], "وأقامت حواجز مؤقتة", ["asserted", "reported"], mode="restrict",
          source=ASAYISH, location=TABQA, date=D("2021-06-03")),
        # joint coalition/SDF raid with arrests: COERCE, also a joint operation
        E(True, ["COERCE", "COOPERATE"], [8], "اعتقلت خلالها", ["asserted", "reported"], mode="arrest",
          source=COALITION_SDF, recipient=TABQA_SUSPECTS, location=JURNIYAH, date=D("2021-06-03"),
          attribution=["الطبقة الحدث"], acled=["Strategic developments/Arrests"]),
        E(True, ["AID"], [9], "وزعت", ["asserted"], mode="humanitarian",
          source=NGO_FURAT, recipient=SAHLA_DISPLACED, location=SAHLA, date=D("2021-06-02")),
        # paragraph 10 is a generic statement: deliberately NO gold event
        E(True, ["ASSAULT"], [11], "هاجمت", ["historical", "asserted"], mode="firearms",
          source=ISIS, recipient=SDF_CHECKPOINT, location=RAQQA_TABQA_ROAD, date=D("2021-05-29"), fatalities=3,
          acled=["Battles/Armed clash"]),
    ],
))

# ============================================================================ 019: Douma, Eastern Ghouta
ARTICLES.append(dict(
    id="team4-019", slug="douma_arrests_property", published="2019-09-15",
    outlet="Ghouta Now (fictional)",
    paras=[
        # 0 (headline)
        "حملة اعتقالات جديدة تطال شباناً من «مُسوّي الأوضاع» في مدينة دوما بالغوطة الشرقية",
        # 1
        "داهمت دوريات مشتركة من فرع «الأمن العسكري» و«الشرطة العسكرية»، فجر اليوم الأحد، حي الحجارية ومحيط شارع الجلاء في مدينة دوما، واعتقلت 23 شاباً من المطلوبين للخدمة الإلزامية والاحتياطية، بينهم أربعة يحملون بطاقات «تسوية» لم تنتهِ صلاحيتها بعد، بحسب ما أفاد به مراسلنا في الغوطة الشرقية.",
        # 2 (retold by a Facebook page)
        "وذكرت صفحة «دوما الآن» على «فيسبوك» أن عناصر الدوريات أقاموا حواجز مؤقتة عند مداخل السوق الرئيسي وفتشوا المارة وهواتفهم المحمولة، واقتادوا كل من ثبت تخلفه عن الخدمة، وسط حالة من الخوف سادت المدينة.",
        # 3
        "وأوضح مراسلنا أن المعتقلين نُقلوا إلى مركز «الشرطة العسكرية» في مدينة حرستا، تمهيداً لسوقهم إلى القطع العسكرية خلال الأيام المقبلة، في حين لا يزال مصير الأربعة من حملة بطاقات التسوية مجهولاً.",
        # 4
        "وفي سياق متصل، وضعت «وزارة المالية» في حكومة النظام إشارات الحجز الاحتياطي على نحو ستين منزلاً ومحلاً تجارياً في مدينتي دوما وحرستا، تعود ملكيتها لأشخاص مهجّرين إلى الشمال السوري، بتهمة «تمويل الإرهاب»، بموجب قرار صادر أمس السبت اطلعت عليه شبكتنا.",
        # 5
        "وناشد عدد من أصحاب المنازل المحجوز عليها، في مقطع مصور نُشر اليوم، الجانب الروسي «بصفته ضامناً لاتفاق الخروج» التدخل لوقف تنفيذ القرار، مؤكدين أن عائلاتهم لا تزال تقيم في تلك المنازل.",
        # 6
        "ورفض رئيس مجلس مدينة دوما، اليوم، استقبال وفد من ذوي أصحاب المنازل المقيمين في المدينة، مكتفياً بالقول إن «القرار صادر عن الجهات المختصة ولا علاقة للمجلس به»، بحسب ما أفاد به أحد أعضاء الوفد لمراسلنا.",
        # 7
        "من جهة أخرى، أفرج فرع «المخابرات الجوية»، أمس السبت، عن ثمانية من أبناء دوما كانوا قد اعتُقلوا قبل نحو خمسة أشهر، بعد «ثبوت عدم علاقتهم» بالتهم الموجهة إليهم، وفق ما ذكرته الصفحة ذاتها.",
        # 8 (a deadline under threat of arrest)
        "ونشرت «شعبة التجنيد» في دوما، أمس، قوائم جديدة تضم أسماء نحو 400 شاب من أبناء المدينة مطلوبين للخدمة الاحتياطية، وأمهلتهم أسبوعين لمراجعتها «تحت طائلة الملاحقة القانونية والسوق إلى الخدمة».",
        # 9 (violence with no known actor)
        "وعُثر، صباح اليوم، على جثة شاب من أبناء المدينة مقتولاً بطلقات نارية في الرأس داخل البساتين الواقعة بين دوما ومسرابا، ولم تُعرف الجهة التي تقف وراء مقتله.",
        # 10
        "ووزعت منظمة «الهلال الأحمر العربي السوري»، اليوم، نحو 1500 سلة غذائية على العائلات في دوما، بالتنسيق مع المجلس المحلي للمدينة.",
        # 11 (generic)
        "ويتجنب كثير من شبان دوما منذ أشهر التنقل عبر الحواجز الأمنية أو مغادرة المدينة، خشية الاعتقال أو السوق إلى الخدمة العسكرية، فيما يلجأ بعضهم إلى دفع مبالغ مالية لسماسرة مرتبطين بالأفرع الأمنية لتسوية أوضاعهم.",
        # 12 (background with a dated toll)
        "وكان عناصر حاجز تابع لـ«الفرقة الرابعة» عند مدخل مدينة دوما قد أطلقوا النار، الخميس الماضي، على سيارة لم يتوقف سائقها للتفتيش، ما أدى إلى مقتل السائق وإصابة زوجته بجروح.",
    ],
    events=[
        # the arrest campaign: headline 0, details 1, retold by a page in 2, «المعتقلين» in 3
        E(True, ["COERCE"], [0, 1, 2, 3], "واعتقلت", ["asserted"], mode="arrest",
          source=DOUMA_PATROLS, recipient=DOUMA_YOUNG_MEN, location=DOUMA, date=D("2019-09-15"),
          attribution=["مراسلنا"], acled=["Strategic developments/Arrests"], tpara=1),
        E(False, ["COERCE"], [1], "داهمت", ["asserted"], mode="arrest", source=DOUMA_PATROLS, location=DOUMA,
          date=D("2019-09-15")),
        E(False, ["COERCE", "MOBILIZE"], [2], "أقاموا حواجز مؤقتة", ["asserted", "reported"], mode="restrict",
          source=DOUMA_PATROLS, location=DOUMA, date=D("2019-09-15")),
        # the transfer to Harasta and the planned drafting: optional
        E(False, ["COERCE"], [3], "لسوقهم", ["planned"], mode="deport", source=DOUMA_PATROLS,
          recipient=DOUMA_YOUNG_MEN, location=DOUMA_HARASTA),
        E(True, ["COERCE"], [4], "إشارات الحجز الاحتياطي", ["asserted"], mode="confiscate",
          source=FIN_MIN, recipient=DOUMA_OWNERS, location=DOUMA_HARASTA, date=D("2019-09-14"),
          acled=["Strategic developments/Looting/property destruction"]),
        E(True, ["REQUEST"], [5], "وناشد", ["asserted"],
          source=DOUMA_OWNERS, recipient=RUSSIA, location=DOUMA_HARASTA, date=D("2019-09-15")),
        E(True, ["REJECT"], [6], "ورفض", ["asserted", "reported"],
          source=DOUMA_COUNCIL, recipient=DOUMA_DELEGATION, location=DOUMA, date=D("2019-09-15"),
          attribution=["أحد أعضاء الوفد", "مراسلنا"]),
        E(True, ["RETREAT", "CONCEDE"], [7], "أفرج", ["asserted", "reported"], mode="release",
          source=AIR_INTEL, recipient=DOUMA_RELEASED, location=DOUMA, date=D("2019-09-14"),
          attribution=["دوما الآن"]),
        # their arrest five months ago: undated background
        E(False, ["COERCE"], [7], "اعتُقلوا", ["historical", "asserted"], mode="arrest", source=AIR_INTEL,
          recipient=DOUMA_RELEASED, location=DOUMA),
        # a deadline «تحت طائلة الملاحقة»: a threat of arrest
        E(True, ["THREATEN"], [8], "وأمهلتهم", ["asserted"], mode="arrest",
          source=RECRUITMENT, recipient=DOUMA_LISTED, location=DOUMA, date=D("2019-09-14")),
        # a killing by an unknown party: violent, so an event with no source (spec §2)
        E(True, ["ASSAULT"], [9], "مقتولاً بطلقات نارية", ["asserted"], mode="firearms",
          recipient=DOUMA_BODY, location=DOUMA_MISRABA, date=D("2019-09-15", "day", ("2019-09-14", "2019-09-15")),
          fatalities=1, acled=["Violence against civilians/Attack"]),
        E(True, ["AID"], [10], "ووزعت", ["asserted"], mode="humanitarian",
          source=SARC, recipient=DOUMA_FAMILIES, location=DOUMA, date=D("2019-09-15")),
        # paragraph 11 is a generic statement (habits): deliberately NO gold event
        E(True, ["ASSAULT"], [12], "أطلقوا النار", ["historical", "asserted"], mode="firearms",
          source=FOURTH_DIV, recipient=DRIVER, location=DOUMA, date=D("2019-09-12"), fatalities=1,
          acled=["Violence against civilians/Attack"]),
    ],
))

# ============================================================================ 020: Daraa al-Balad, analytic report
ARTICLES.append(dict(
    id="team4-020", slug="daraa_balad_russian_roadmap", published="2021-08-18",
    outlet="Hawran Voice (fictional)",
    paras=[
        # 0 (explicit day-month date)
        "دخل وفد عسكري روسي، يوم أمس الثلاثاء 17 آب، إلى حي درعا البلد المحاصر من قبل قوات النظام منذ نحو شهرين، والتقى أعضاء «اللجنة المركزية» المفاوضة عن أهالي الحي في مبنى ملاصق للمسجد العمري.",
        # 1 (the offer, told by a Facebook page)
        "وقالت صفحة «درعا البلد الحدث» على «فيسبوك» إن الوفد، الذي ترأسه ضابط روسي برتبة لواء، طرح على اللجنة «خريطة طريق» جديدة تتضمن تسليم السلاح الخفيف والمتوسط، وإجراء «تسوية» جديدة للمطلوبين، وترحيل الرافضين لها إلى الشمال السوري، مقابل فك الحصار عن الحي وسحب «الفرقة الرابعة» من محيطه.",
        # 2 (request for time, planned meeting, negated attendance)
        "وبحسب مصادر خاصة لشبكتنا، فإن اللجنة طلبت مهلة ثلاثة أيام لعرض المقترح على وجهاء الحي وأهاليه، على أن يُعقد اجتماع جديد مع الجانب الروسي يوم السبت المقبل في مقر «اللجنة الأمنية» بحي درعا المحطة، في حين لم يحضر لقاء الأمس أي ضابط من «الفرقة الرابعة».",
        # 3
        "وأكد عضو اللجنة المركزية، أبو فراس الحوراني، في تصريح لشبكتنا، أن اللجنة ترفض بند الترحيل «بشكل قاطع»، مشيراً إلى أن «أهالي درعا البلد لن يغادروا أرضهم تحت أي ظرف».",
        # 4 (the background attack, first telling)
        "وتأتي زيارة الوفد الروسي بعد خمسة أيام على محاولة اقتحام نفذتها «الفرقة الرابعة» من محور حي المنشية، وسط مخاوف الأهالي من تجدد الحملة العسكرية في حال فشل المفاوضات.",
        # 5 (rumour)
        "وتداولت صفحات موالية للنظام، خلال اليومين الماضيين، أنباء عن موافقة اللجنة المركزية على تسليم قوائم بأسماء المطلوبين وتهجيرهم إلى إدلب، مقابل وقف القصف على الحي.",
        # 6 (denial)
        "في المقابل، نفى المتحدث باسم اللجنة تلك الأنباء جملة وتفصيلاً، مؤكداً أن اللجنة «لم توقّع على أي اتفاق»، وأن «كل ما يُتداول هدفه بث الفرقة بين الأهالي».",
        # 7 (dismissal and referral for investigation)
        "وفي تطور لافت، أصدر رئيس «اللجنة الأمنية والعسكرية» في درعا قراراً بإعفاء رئيس مفرزة «الأمن العسكري» في حي درعا المحطة، العقيد سامر ديب، من مهامه وإحالته إلى التحقيق، على خلفية تسريبات صوتية نُسبت إليه يحرّض فيها على قصف الأحياء السكنية، بحسب ما أفاد به مصدر مقرب من اللجنة الأمنية.",
        # 8 (support and demonstrations)
        "وأعلن وجهاء وقادة سابقون في فصائل المعارضة بريف درعا الغربي، في بيان أصدروه اليوم، تضامنهم مع أهالي درعا البلد ورفضهم «أي حل يقوم على التهجير»، فيما خرجت مساء أمس مظاهرات في بلدتي طفس واليادودة نصرة للحي المحاصر.",
        # 9 (access opened, then closed again)
        "وسمحت قوات النظام، ظهر اليوم، بإدخال كميات محدودة من الطحين والأدوية إلى الحي عبر حاجز «السرايا»، للمرة الأولى منذ أسبوعين، بحسب ما أفاد به مراسلنا، إلا أن الحاجز أُغلق مجدداً بعد ساعتين.",
        # 10 (the background attack, second telling, with the toll)
        "وكانت «الفرقة الرابعة» قد حاولت، فجر الخميس 12 آب، اقتحام الحي من محور المنشية تحت غطاء من القصف الصاروخي والمدفعي، واندلعت اشتباكات عنيفة مع المقاتلين المحليين أسفرت عن مقتل ثلاثة عناصر من الفرقة وخمسة من أبناء الحي، بحسب حصيلة نشرها «مرصد حوران للتوثيق»، قبل أن تنسحب القوات المهاجمة إلى مواقعها.",
        # 11 (conditional threat)
        "ونشرت صفحات موالية، اليوم، تسجيلاً صوتياً لضابط في «الفرقة الرابعة» يهدد فيه باقتحام الحي «خلال ساعات» إذا رفضت اللجنة خريطة الطريق الروسية، ويتوعد من وصفهم بـ«المسلحين» بـ«مصير أسود».",
        # 12
        "في غضون ذلك، رصد مراسلنا وصول تعزيزات عسكرية جديدة لقوات النظام خلال الساعات الماضية إلى محيط درعا البلد، قادمة من ريف دمشق، تضم دبابات وعربات مدرعة وعناصر من «الفرقة الرابعة».",
    ],
    events=[
        # the visit and meeting: 0, the page's account in 1, referred to in 2 («لقاء الأمس») and 4 («زيارة الوفد»)
        E(True, ["CONSULT"], [0, 1, 2, 4], "دخل", ["asserted", "reported"], mode="visit",
          source=RUSSIA, recipient=CENTRAL_COMMITTEE, location=DARAA_BALAD, date=D("2021-08-17"),
          attribution=["درعا البلد الحدث"]),
        # the siege, ongoing for two months: background, optional
        E(False, ["COERCE"], [0], "المحاصر", ["historical", "asserted"], mode="restrict",
          source=REGIME, recipient=DARAA_BALAD_RESIDENTS, location=DARAA_BALAD),
        # the offered roadmap (as the seed's «طرحوا مبادرة»): core AGREE/CONCEDE
        E(True, ["AGREE", "CONCEDE"], [1], "طرح", ["asserted", "reported"],
          source=RUSSIA, recipient=CENTRAL_COMMITTEE, location=DARAA_BALAD, date=D("2021-08-17"),
          attribution=["درعا البلد الحدث"]),
        E(False, ["RETREAT"], [1], "وترحيل الرافضين", ["hypothetical", "planned"], mode="withdraw",
          source=RUSSIA, recipient=LOCAL_FIGHTERS, location=DARAA_BALAD),
        E(True, ["REQUEST"], [2], "طلبت مهلة", ["asserted", "reported"],
          source=CENTRAL_COMMITTEE, recipient=RUSSIA, location=DARAA_BALAD, date=D("2021-08-17"),
          attribution=["مصادر خاصة"]),
        E(True, ["CONSULT"], [2], "اجتماع جديد", ["planned"],
          source=RUSSIA, recipient=CENTRAL_COMMITTEE, location=DARAA_MAHATTA, date=D("2021-08-21"),
          attribution=["مصادر خاصة"]),
        E(False, ["CONSULT"], [2], "لم يحضر", ["negated"], source=FOURTH_DIV, recipient=CENTRAL_COMMITTEE,
          location=DARAA_BALAD, date=D("2021-08-17")),
        # the rejection of the deportation clause
        E(True, ["REJECT"], [3], "ترفض", ["asserted", "reported"],
          source=CENTRAL_COMMITTEE, recipient=RUSSIA, location=DARAA_BALAD,
          date=D("2021-08-18", "day", ("2021-08-17", "2021-08-18")), attribution=["أبو فراس الحوراني"]),
        # the attack of 12 August, told in 4 and again in 10 with the toll (3 + 5): two-sided, core background
        E(True, ["ASSAULT"], [4, 10], "محاولة اقتحام", ["historical", "asserted", "reported"], mode="firearms",
          source=FOURTH_VS_LOCALS, location=DARAA_BALAD, date=D("2021-08-12"),
          attribution=["مرصد حوران للتوثيق"], fatalities=8, acled=["Battles/Armed clash"]),
        E(False, ["ASSAULT"], [4], "تجدد الحملة العسكرية", ["hypothetical"], source=FOURTH_DIV,
          location=DARAA_BALAD),
        # rumoured consent, denied in 6: core
        E(True, ["AGREE"], [5, 6], "موافقة اللجنة المركزية", ["rumored", "negated", "reported"],
          source=CENTRAL_COMMITTEE, location=DARAA_BALAD,
          attribution=["صفحات موالية للنظام", "المتحدث باسم اللجنة"], acled=["Strategic developments/Agreement"]),
        E(False, ["RETREAT"], [5], "وتهجيرهم", ["rumored", "planned", "negated", "reported"], mode="withdraw",
          recipient=LOCAL_FIGHTERS, location=DARAA_BALAD),
        # dismissal and referral for investigation; no date given
        E(True, ["SANCTION", "COERCE"], [7], "بإعفاء", ["asserted", "reported"],
          source=SECURITY_COMMITTEE, recipient=MI_OFFICER, location=DARAA_MAHATTA,
          attribution=["مصدر مقرب من اللجنة الأمنية"]),
        E(True, ["SUPPORT"], [8], "تضامنهم", ["asserted"],
          source=DARAA_WEST_NOTABLES, recipient=DARAA_BALAD_RESIDENTS, location=DARAA_WEST, date=D("2021-08-18")),
        E(False, ["REJECT"], [8], "ورفضهم", ["asserted"], source=DARAA_WEST_NOTABLES, location=DARAA_WEST,
          date=D("2021-08-18")),
        # demonstrations with no named actor: core through the location
        E(True, ["PROTEST"], [8], "مظاهرات", ["asserted"], mode="demo",
          location=TAFAS_YADUDAH, date=D("2021-08-17"), acled=["Protests/Peaceful protest"]),
        # access opened (carried out; no recipient is named, only «الحي»), then the checkpoint closed again (optional)
        E(True, ["RETREAT", "CONCEDE"], [9], "وسمحت", ["asserted"], mode="access",
          source=REGIME, location=SARAYA, date=D("2021-08-18"),
          attribution=["مراسلنا"]),
        E(False, ["COERCE"], [9], "أُغلق", ["asserted"], mode="restrict", source=REGIME, location=SARAYA,
          date=D("2021-08-18")),
        E(False, ["RETREAT"], [10], "تنسحب", ["historical", "asserted"], mode="withdraw", source=FOURTH_DIV,
          location=DARAA_BALAD, date=D("2021-08-12")),
        # conditional threat in a leaked recording; «ويتوعد» is the same threat (optional)
        E(True, ["THREATEN"], [11], "يهدد", ["asserted", "reported"], mode="violence",
          source=FOURTH_DIV, recipient=COMMITTEE_RESIDENTS, location=DARAA_BALAD, date=D("2021-08-18"),
          attribution=["صفحات موالية"]),
        E(False, ["THREATEN"], [11], "ويتوعد", ["asserted", "reported"], mode="violence", source=FOURTH_DIV,
          recipient=LOCAL_FIGHTERS, location=DARAA_BALAD),
        E(False, ["ASSAULT"], [11], "باقتحام الحي", ["hypothetical"], source=FOURTH_DIV, location=DARAA_BALAD),
        E(True, ["MOBILIZE"], [12], "تعزيزات عسكرية", ["asserted"], mode="troops",
          source=FOURTH_DIV, location=DARAA_BALAD, date=D("2021-08-18", "day", ("2021-08-17", "2021-08-18")),
          attribution=["مراسلنا"], acled=["Strategic developments/Other"]),
    ],
))


if __name__ == "__main__":
    build(HERE, ARTICLES, "team4.gold.json", id_prefix="team4", first_number=FIRST_NUMBER)
