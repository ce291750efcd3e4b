#!/usr/bin/env python3
"""Write the fourteenth team-made article set (NNN_slug.txt, ids team14-066 ... team14-070) and its gold
(team14.gold.json).

The articles and annotations live here; ``benchmarks/data/goldkit.py`` writes the files and computes every
offset (nothing is typed by hand): para_spans are the [start, end) code-point offsets of each line (newline
excluded) in the file text, trigger spans are found inside the named paragraph. Run from anywhere:
    python3 benchmarks/data/articles14/build_gold.py && python3 benchmarks/data/articles14/check_gold.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from actors_places import (  # noqa: E402
    ABYAN_AUTHORITY,
    ABYAN_AXIS,
    ABYAN_SEC_COMMITTEE,
    AITA,
    AITA_FAMILY,
    AMAZIGH_COUNCIL,
    AQAP,
    AQAP_LEADER,
    ARAB_COUNCIL,
    CUSTOMS_EMPLOYEE,
    DAQUQ,
    GEZIRA,
    GEZIRA_DISPLACED,
    HAJ_ABDALLA,
    HASAHEISA,
    HASAHEISA_MARKET,
    HAWIJA,
    HAWIJA_CROWD,
    HAWIJA_SHEIKHS,
    HEZBOLLAH,
    HEZBOLLAH_LB,
    HUMANITARIAN_ORGS,
    IDF_CHIEF,
    IDF_POST,
    IGAD,
    INSS,
    INTL_COMMUNITY,
    IQ_AIR_FORCE,
    IQ_ARMY_PMF,
    IQ_ARMY_POST,
    IQ_CINC,
    IQ_FED_GOV,
    ISIS_HIDEOUTS,
    ISIS_IQ,
    ISLAH,
    ISRAEL_AIR,
    ISRAEL_ARMY,
    ISRAEL_NORTH,
    ISRAELI_DRONE,
    ISRAELI_FORCE,
    JAAR,
    JAAR_SUSPECTS,
    JAL_ALAM,
    JMAIL,
    KDP_KIRKUK,
    KIRKUK_CITY,
    KIRKUK_GOV,
    LAWDAR,
    LAWDAR_VICTIMS,
    LB_GOV,
    LB_SIDES,
    LY_AGREE_SIDES,
    LY_CLASH_SIDES,
    LY_MOI_CONVOY,
    LY_MOI_MINISTER,
    LY_PC,
    LY_SIDE,
    MADANI_TARGET,
    MAHFAD,
    MITIGA,
    MOTORCYCLISTS,
    NAQOURA,
    NAQOURA_CAR,
    NAQOURA_TYRE_ROAD,
    OMRAN,
    OMRAN_SIDES,
    OPS_COMMANDERS,
    PMF_VICTIMS,
    QANA,
    QANA_1996_VICTIMS,
    QANA_MP,
    RAS_AJDIR,
    RAS_JEDIR_TN,
    RESISTANCE_MEMBERS,
    RIYADH_HAWIJA,
    RSF,
    RUFAA,
    RUFAA_ER,
    RUFAA_VILLAGERS,
    SAF,
    SAF_AIR,
    SECURITY_BELT,
    SENNAR,
    SENNAR_GOVERNOR,
    SHEBAA,
    SHEPHERD,
    SIT_IN_2013,
    SOUTHERN_FORCES,
    STC,
    SUDAN_SIDES,
    TN_AUTHORITIES,
    TN_DELEGATION,
    TRAVELLERS,
    TRIPOLI,
    TWO_BROTHERS,
    TYRE,
    TYRE_DISPLACED,
    UN_AGENCIES,
    UNIFIL,
    UNKNOWN,
    US_DRONE,
    WAD_MADANI,
    WADI_SHAY,
    WADI_SHAY_HAMRIN,
    WEST_MAYORS,
    WEST_VILLAGERS,
    WEST_VILLAGES,
    WFP,
    WFP_DRU,
    WOUNDED_FAMILIES,
    ZALTAN,
    ZINJIBAR,
    ZINJIBAR_JAAR,
    ZUWARA,
    ZUWARA_COMMANDER,
    ZUWARA_COUNCIL,
    ZUWARA_DELEGATION,
    ZUWARA_OPS_ROOM,
    ZUWARA_YOUTHS,
)
from goldkit import D, E, build  # noqa: E402

FIRST_NUMBER = 66  # file and id numbering continues after the first thirteen sets (001-065)

SHELL = ["Explosions/Remote violence/Shelling/artillery/missile attack"]
AIR = ["Explosions/Remote violence/Air/drone strike"]
MINE = ["Explosions/Remote violence/Remote explosive/landmine/IED"]
CLASH = ["Battles/Armed clash"]
ATTACK = ["Violence against civilians/Attack"]
ABDUCTION = ["Violence against civilians/Abduction/forced disappearance"]
ARREST = ["Strategic developments/Arrests"]
PEACEFUL = ["Protests/Peaceful protest"]
LOOTING = ["Strategic developments/Looting/property destruction"]
AGREEMENT = ["Strategic developments/Agreement"]
OTHER = ["Strategic developments/Other"]
TAKEOVER = ["Battles/Non-state actor overtakes territory"]

ARTICLES = []

# ============================================================================ 066: Kirkuk (Iraqi satellite channel's site)
ARTICLES.append(dict(
    id="team14-066", slug="kirkuk_wadi_al_shay_hawija_anniversary", published="2024-04-23",
    outlet="Nakheel satellite channel site (fictional)",
    paras=[
        # 0 (headline: the attack restated in other words, and the commemoration)
        "استشهاد ضابط وجنديين بهجوم لـ«داعش» على نقطة للجيش في وادي الشاي.. والحويجة تحيي ذكرى ضحايا ساحة الاعتصام",
        # 1 (dateline; the attack «فجر اليوم الثلاثاء», toll in words, per a security source)
        "كركوك – «نخيل»: استُشهد ضابط برتبة ملازم أول وجنديان، وأصيب جندي ثالث بجروح، فجر اليوم الثلاثاء، إثر هجوم شنّته مجموعة من عصابات «داعش» الإرهابية على نقطة مراقبة للجيش العراقي في منطقة وادي الشاي جنوبي محافظة كركوك، بحسب ما أفاد به مصدر أمني في قيادة عمليات كركوك لـ«نخيل».",
        # 2 (the same attack in the Security Media Cell's words (no toll) and a hospital's count)
        "من جهتها، ذكرت خلية الإعلام الأمني، في بيان مقتضب، أن «عناصر إرهابية» حاولت التعرّض لإحدى نقاط الجيش في قاطع عمليات كركوك مستغلةً وعورة المنطقة، من دون أن تشير إلى حصيلة، فيما قال مصدر طبي في مستشفى كركوك العام إن المستشفى تسلّم جثامين ثلاثة عسكريين وجريحين اثنين.",
        # 3 (air strikes «رداً على الهجوم»: the back-reference is no second attack)
        "ورداً على الهجوم، نفّذت طائرات «إف 16» تابعة للقوة الجوية العراقية، ظهر اليوم، ضربتين جويتين على أوكار للإرهابيين في وادي الشاي وتلال حمرين، أسفرتا عن مقتل خمسة من عناصر «داعش» وتدمير مخبأين للأسلحة، وفق ما أعلنته قيادة العمليات المشتركة.",
        # 4 (an arrest with the recipient as passive subject; the referral is no SANCTION)
        "وفي قضاء الحويجة، اعتُقل شقيقان من أهالي ناحية الرياض، مساء أمس، على يد مفرزة من جهاز الأمن الوطني، «يُشتبه بتقديمهما الدعم اللوجستي لخلايا التنظيم» في وادي الشاي، بحسب ما نقله مراسل «نخيل» عن مصدر في الجهاز، أوضح أنهما أُحيلا إلى الجهات التحقيقية المختصة.",
        # 5 (a commemoration vigil with banners = PROTEST; the 2013 dispersal is old background (optional))
        "وفي مركز قضاء الحويجة، أحيا مئات من أبناء القضاء وشيوخ عشائره، صباح اليوم، الذكرى الحادية عشرة لفضّ ساحة الاعتصام في نيسان 2013، الذي سقط فيه عشرات القتلى والجرحى من المعتصمين، بوقفة في موقع الساحة رفعوا خلالها صور الضحايا ولافتات كُتب عليها «لن ننسى» و«العدالة لشهداء الحويجة».",
        # 6 (the sheikhs' finite demand; its contents (inquiry, accountability, compensation) are no events)
        "وطالب شيوخ عشائر الحويجة، في كلمات ألقوها خلال الوقفة، الحكومةَ الاتحادية بـ«الكشف عن نتائج التحقيقات» في أحداث الساحة و«محاسبة المتورطين فيها» و«تعويض ذوي الضحايا»، مؤكدين أن «دماء أبناء الحويجة لا تسقط بالتقادم».",
        # 7 (a call «دعا … إلى»; the demanded coordination is no COOPERATE)
        "سياسياً، دعا مكتب تنظيمات الحزب الديمقراطي الكردستاني في كركوك، في بيان، الحكومةَ الاتحادية إلى «إعادة تفعيل التنسيق الأمني المشترك مع قوات البيشمركة» في المناطق الفاصلة بين الجانبين، معتبراً أن ما جرى فجر اليوم «نتيجة طبيعية للفراغات الأمنية» التي تتسلل منها خلايا التنظيم.",
        # 8 (a rejection and a conditional threat; the threatened street protest is hypothetical (optional))
        "في المقابل، رفض «المجلس العربي في كركوك» دعوة «الديمقراطي الكردستاني»، وعدّها «محاولة لاستغلال دماء الشهداء من أجل إعادة البيشمركة إلى المحافظة»، وهدّد بـ«النزول إلى الشارع» في حال «فُرض أي وجود مسلح من خارج المؤسسة الأمنية الاتحادية».",
        # 9 (the same attack retold by the correspondent; the withdrawal and the relief force (optional))
        "وأوضح مراسل «نخيل» في كركوك أن المهاجمين، وعددهم نحو ثمانية، تسللوا إلى محيط النقطة قرابة الثالثة فجراً مستغلين الظلام وكثافة البساتين، واستخدموا أسلحة قنص حرارية وقنابل يدوية، قبل أن ينسحبوا باتجاه تلال حمرين، لافتاً إلى أن قوة مشتركة من الجيش و«الحشد الشعبي» وصلت إلى المكان بعد نحو نصف ساعة.",
        # 10 (a rumoured curfew, denied; a planned security meeting «يوم غد الأربعاء»)
        "ونفت قيادة شرطة محافظة كركوك، في بيان، صحة ما تداولته صفحات على مواقع التواصل الاجتماعي عن فرض حظر للتجوال في مدينة كركوك عقب الهجوم، مؤكدةً أن «الحياة تسير بشكل طبيعي». ومن المقرر أن يترأس القائد العام للقوات المسلحة، يوم غد الأربعاء، اجتماعاً أمنياً في كركوك بحضور قادة العمليات في كركوك وصلاح الدين وديالى، بحسب ما أفاد به مصدر حكومي لـ«نخيل».",
        # 11 (generic: an aggregate since the start of the year, habits)
        "ومنذ مطلع العام الجاري، سجّلت المناطق الممتدة بين كركوك وصلاح الدين وديالى أكثر من عشرين هجوماً لخلايا «داعش»، أوقعت عشرات القتلى والجرحى بين العسكريين والمدنيين، بحسب إحصاءات أمنية غير رسمية، فيما تنفّذ القوات العراقية بين حين وآخر عمليات تفتيش في الوديان والتلال الوعرة التي يتخذها التنظيم ملاذاً له، وكثيراً ما تستهدف الطائرات العراقية أوكاره فيها.",
        # 12 (background «وكان … قد», toll in digits)
        "وكان 4 من مقاتلي «الحشد الشعبي» قد قُتلوا، مساء الجمعة الماضي، بانفجار عبوة ناسفة استهدفت عجلتهم على طريق ترابي قرب قضاء داقوق جنوبي كركوك، بحسب ما أعلنته هيئة الحشد الشعبي في حينه.",
    ],
    events=[
        # the attack: headline 0, lead 1, the cell and the hospital 2, the correspondent 9; 3 in words and digits
        E(True, ["ASSAULT"], [0, 1, 2, 9], "هجوم شنّته", ["asserted", "reported"], mode="firearms",
          source=ISIS_IQ, recipient=IQ_ARMY_POST, location=WADI_SHAY, date=D("2024-04-23"), fatalities=3,
          attribution=["مصدر أمني في قيادة عمليات كركوك", "خلية الإعلام الأمني", "مصدر طبي في مستشفى كركوك العام",
                       "مراسل نخيل في كركوك"], acled=CLASH, tpara=1),
        # the air strikes in reply (the «الهجوم» of «رداً على الهجوم» is G1, not added to its para)
        E(True, ["ASSAULT"], [3], "ضربتين جويتين", ["asserted", "reported"], mode="aerial",
          source=IQ_AIR_FORCE, recipient=ISIS_HIDEOUTS, location=WADI_SHAY_HAMRIN, date=D("2024-04-23"),
          fatalities=5, attribution=["قيادة العمليات المشتركة"], acled=AIR),
        # the arrest: the recipient is the passive subject, the agent in «على يد»
        E(True, ["COERCE"], [4], "اعتُقل", ["asserted", "reported"], mode="arrest",
          source=INSS, recipient=TWO_BROTHERS, location=RIYADH_HAWIJA, date=D("2024-04-22"),
          attribution=["مراسل نخيل عن مصدر في جهاز الأمن الوطني"], acled=ARREST),
        # the commemoration vigil with banners (headline 0, 5): a PROTEST
        E(True, ["PROTEST"], [0, 5], "بوقفة", ["asserted"], mode="demo",
          source=HAWIJA_CROWD, location=HAWIJA, date=D("2024-04-23"), acled=PEACEFUL, tpara=5),
        # the commemorated 2013 dispersal: old background, optional
        E(False, ["ASSAULT", "COERCE"], [5], "لفضّ", ["historical"], source=None, recipient=SIT_IN_2013,
          location=HAWIJA, date=D("2013-04-15", "month", ("2013-04-01", "2013-04-30")), fatalities=12),
        # the sheikhs' demand
        E(True, ["REQUEST"], [6], "وطالب", ["asserted"],
          source=HAWIJA_SHEIKHS, recipient=IQ_FED_GOV, location=HAWIJA, date=D("2024-04-23")),
        # the KDP's call (after today's attack, so today)
        E(True, ["REQUEST"], [7], "دعا", ["asserted", "reported"],
          source=KDP_KIRKUK, recipient=IQ_FED_GOV, location=KIRKUK_GOV, date=D("2024-04-23"),
          attribution=["بيان مكتب تنظيمات الحزب الديمقراطي الكردستاني في كركوك"]),
        # the Arab Council's rejection and threat; the threatened protest optional
        E(True, ["REJECT"], [8], "رفض", ["asserted"],
          source=ARAB_COUNCIL, recipient=KDP_KIRKUK, location=KIRKUK_GOV, date=D("2024-04-23")),
        E(True, ["THREATEN"], [8], "وهدّد", ["asserted"],
          source=ARAB_COUNCIL, location=KIRKUK_GOV, date=D("2024-04-23")),
        E(False, ["PROTEST"], [8], "النزول إلى الشارع", ["hypothetical"], source=ARAB_COUNCIL,
          location=KIRKUK_GOV, date=None),
        # the attackers' withdrawal and the relief force (optional)
        E(False, ["RETREAT"], [9], "ينسحبوا", ["asserted"], mode="withdraw", source=ISIS_IQ,
          location=WADI_SHAY_HAMRIN, date=D("2024-04-23")),
        E(False, ["MOBILIZE"], [9], "وصلت", ["asserted"], mode="troops", source=IQ_ARMY_PMF, location=WADI_SHAY,
          date=D("2024-04-23")),
        # the rumoured curfew, denied by the police (no imposing body named)
        E(True, ["COERCE"], [10], "حظر للتجوال", ["rumored", "negated", "reported"], mode="curfew",
          location=KIRKUK_CITY, date=D("2024-04-23"),
          attribution=["صفحات على مواقع التواصل الاجتماعي", "قيادة شرطة محافظة كركوك"]),
        # the planned security meeting: «يوم غد الأربعاء» from a Tuesday
        E(True, ["CONSULT"], [10], "اجتماعاً أمنياً", ["planned", "reported"], mode="multilateral",
          source=IQ_CINC, recipient=OPS_COMMANDERS, location=KIRKUK_CITY, date=D("2024-04-24"),
          attribution=["مصدر حكومي"]),
        # paragraph 11 is a generic statement: deliberately NO gold event
        # background: Friday before a Tuesday, 4 in digits, no perpetrator
        E(True, ["ASSAULT"], [12], "بانفجار عبوة ناسفة", ["historical", "asserted", "reported"],
          mode="explosives", recipient=PMF_VICTIMS, location=DAQUQ, date=D("2024-04-19"), fatalities=4,
          attribution=["هيئة الحشد الشعبي"], acled=MINE),
    ],
))

# ============================================================================ 067: Abyan (southern Yemeni site)
ARTICLES.append(dict(
    id="team14-067", slug="yemen_abyan_mudiyah_wadi_omran_aqap", published="2023-09-12",
    outlet="Radfan Net site (fictional)",
    paras=[
        # 0 (headline: the IED restated, and the threat)
        "ارتقاء أربعة جنود جنوبيين بعبوة ناسفة في وادي عومران.. وقائد محور أبين يتوعّد «عناصر الإرهاب» بالملاحقة",
        # 1 (dateline; the IED «صباح اليوم الثلاثاء», per a military source)
        "أبين – «ردفان نت»: ارتقى أربعة من أبطال القوات المسلحة الجنوبية شهداء، وأصيب ثلاثة آخرون، صباح اليوم الثلاثاء، جراء انفجار عبوة ناسفة زرعتها عناصر تنظيم «القاعدة» الإرهابي في طريق طقم عسكري كان يقلّهم في وادي عومران بمديرية مودية في محافظة أبين، وفق ما أفاد به مصدر عسكري لـ«ردفان نت».",
        # 2 (the same IED: the operation's media centre; al-Qaeda's claim of seven dead)
        "وأكد المركز الإعلامي لعملية «سهام الشرق»، في بيان، أن «يد الغدر الإرهابية» طالت دورية للقوات الجنوبية أثناء تأمينها الطريق الواصل بين مودية والمحفد، في حين زعم تنظيم «القاعدة»، عبر حسابات تابعة له على تطبيق «تلغرام»، أن التفجير أوقع «سبعة قتلى» في صفوف القوات.",
        # 3 (a two-sided clash «بين X و Y»; the sweep (optional))
        "وفي أعقاب التفجير، اندلعت، بعد ظهر اليوم، اشتباكات عنيفة بين وحدات من القوات الجنوبية ومسلحين من تنظيم «القاعدة» في الشعاب الشرقية لوادي عومران، خلال عملية تمشيط لملاحقة المنفذين، ما أسفر عن مقتل ثلاثة من عناصر التنظيم وإصابة جنديين، بحسب المصدر العسكري ذاته.",
        # 4 (the commander's threat; «ماضية في مهامها» is no event)
        "وتوعّد قائد محور أبين، في تصريح خاص لـ«ردفان نت»، عناصر التنظيم بـ«ملاحقتهم في كل شبر من أرض الجنوب»، مؤكداً أن «دماء الشهداء لن تذهب هدراً»، وأن القوات الجنوبية «ماضية في مهامها حتى تطهير آخر وكر للإرهاب في أبين».",
        # 5 (an accusation; the accused party's denial is no event)
        "واتّهم متحدث باسم المجلس الانتقالي الجنوبي، في منشور على منصة «إكس»، حزبَ «التجمع اليمني للإصلاح» بـ«توفير الغطاء والملاذ» لعناصر «القاعدة» في أبين وشبوة، وهو ما نفاه مصدر في الحزب لـ«ردفان نت»، واصفاً هذه الاتهامات بأنها «مكررة ولا تستند إلى أي دليل».",
        # 6 (a rumoured drone strike, unconfirmed)
        "وتداولت حسابات محلية على مواقع التواصل الاجتماعي، ليل أمس، أنباء عن مقتل قيادي في التنظيم يُكنّى «أبو همّام الصنعاني» بغارة لطائرة مسيّرة «يُرجّح أنها أمريكية» استهدفت سيارته في مديرية المحفد، ولم يتسنَّ لـ«ردفان نت» التأكد من صحة هذه الأنباء من مصادر مستقلة.",
        # 7 (a protest and its finite demand; a participle warning (optional))
        "وفي مدينة زنجبار، نفّذ العشرات من ذوي الجنود الجرحى، ظهر اليوم، وقفة احتجاجية أمام مبنى السلطة المحلية بالمحافظة، وطالبوا الحكومة بـ«نقل المصابين لتلقي العلاج في الخارج» و«صرف رواتب الجنود المتأخرة منذ أربعة أشهر»، محذّرين من «التصعيد» إذا لم يُستجب لمطالبهم.",
        # 8 (a ban decided in a meeting (optional); a warning about a hypothetical; the 2011 takeover (optional))
        "وأقرّت اللجنة الأمنية في محافظة أبين، في اجتماع طارئ عقدته اليوم برئاسة المحافظ، منع حركة الدراجات النارية في مدينتي زنجبار وجعار اعتباراً من مساء اليوم «حتى إشعار آخر»، وحذّر المحافظ خلال الاجتماع من أن أي تراخٍ في دعم القوات «قد يعيد سيناريو عام 2011»، حين سيطر مسلحو التنظيم على المدينتين لأكثر من عام.",
        # 9 (a raid with arrests and a seizure: one COERCE)
        "وفي مدينة جعار، داهمت قوات الحزام الأمني، مساء أمس، منزلاً في أحد أحياء المدينة واعتقلت ثلاثة مطلوبين «يُشتبه بانتمائهم إلى خلية تابعة للتنظيم»، وضبطت بحوزتهم حزامين ناسفين وكمية من الذخائر، بحسب بيان صادر عن إدارة أمن أبين.",
        # 10 (an attack reported by rival media, denied)
        "ونفى مصدر في قيادة محور أبين لـ«ردفان نت» ما أوردته وسائل إعلام محسوبة على «الإصلاح» عن «هجوم واسع» شنّه عناصر التنظيم، فجر اليوم، على مواقع القوات الجنوبية في مديرية المحفد و«سيطرتهم على ثلاثة مواقع»، مؤكداً أن «الوضع في المحفد تحت السيطرة الكاملة» وأنه «لم تُسجَّل أي مواجهات هناك».",
        # 11 (generic: losses since the operation began, claims of clearing, habits)
        "ومنذ إطلاق عملية «سهام الشرق» في أغسطس من العام الماضي، فقدت القوات الجنوبية عشرات من جنودها وضباطها بالعبوات الناسفة والطائرات المسيّرة المفخخة في مديريتي مودية والمحفد، فيما تقول قيادتها إنها طهّرت معظم معاقل التنظيم في وادي عومران، بينما يلجأ مسلحوه عادةً إلى الكمائن وزرع العبوات على الطرق الترابية الوعرة.",
        # 12 (background «وكان … قد», 1 + 2 in digits)
        "وكان قائد سرية في قوات الحزام الأمني و2 من مرافقيه قد قُتلوا، مساء الخميس الماضي، بهجوم مسلح نفّذه مجهولون على نقطة أمنية عند المدخل الشرقي لمدينة لودر، بحسب ما أعلنته إدارة أمن أبين حينها.",
    ],
    events=[
        # the IED: headline 0, lead 1, the media centre and al-Qaeda's claim 2; 4 per the source, 7 per the claim → 4
        E(True, ["ASSAULT"], [0, 1, 2], "انفجار عبوة ناسفة", ["asserted", "reported"], mode="explosives",
          source=AQAP, recipient=SOUTHERN_FORCES, location=OMRAN, date=D("2023-09-12"), fatalities=4,
          attribution=["مصدر عسكري", "المركز الإعلامي لعملية سهام الشرق", "حسابات تابعة لتنظيم القاعدة"],
          acled=MINE, tpara=1),
        # the two-sided clash; the sweep optional
        E(True, ["ASSAULT"], [3], "اشتباكات", ["asserted", "reported"], mode="firearms",
          source=OMRAN_SIDES, location=OMRAN, date=D("2023-09-12"), fatalities=3,
          attribution=["المصدر العسكري"], acled=CLASH),
        E(False, ["MOBILIZE"], [3], "عملية تمشيط", ["asserted", "reported"], mode="troops",
          source=SOUTHERN_FORCES, location=OMRAN, date=D("2023-09-12")),
        # the threat (headline 0, 4)
        E(True, ["THREATEN"], [0, 4], "وتوعّد", ["asserted"], mode="violence",
          source=ABYAN_AXIS, recipient=AQAP, location=OMRAN, date=D("2023-09-12"), tpara=4),
        # the STC's accusation (Islah's denial is no event)
        E(True, ["ACCUSE"], [5], "واتّهم", ["asserted", "reported"],
          source=STC, recipient=ISLAH, date=D("2023-09-12", "day", ("2023-09-11", "2023-09-12")),
          attribution=["منشور على منصة إكس"]),
        # the rumoured drone strike, unconfirmed
        E(True, ["ASSAULT"], [6], "بغارة", ["rumored", "reported"], mode="aerial",
          source=US_DRONE, recipient=AQAP_LEADER, location=MAHFAD,
          date=D("2023-09-11", "day", ("2023-09-11", "2023-09-12")), fatalities=1,
          attribution=["حسابات محلية على مواقع التواصل الاجتماعي"], acled=AIR),
        # the relatives' protest and their finite demand; the participle warning optional
        E(True, ["PROTEST"], [7], "وقفة احتجاجية", ["asserted"], mode="demo",
          source=WOUNDED_FAMILIES, recipient=ABYAN_AUTHORITY, location=ZINJIBAR, date=D("2023-09-12"),
          acled=PEACEFUL),
        E(True, ["REQUEST"], [7], "وطالبوا", ["asserted"],
          source=WOUNDED_FAMILIES, recipient=ABYAN_AUTHORITY, location=ZINJIBAR, date=D("2023-09-12")),
        E(False, ["THREATEN"], [7], "محذّرين", ["asserted"], source=WOUNDED_FAMILIES, recipient=ABYAN_AUTHORITY,
          location=ZINJIBAR, date=D("2023-09-12")),
        # the ban; the meeting optional; the 2011 takeover optional (old background)
        E(True, ["COERCE"], [8], "منع", ["asserted", "planned"], mode="ban",
          source=ABYAN_SEC_COMMITTEE, recipient=MOTORCYCLISTS, location=ZINJIBAR_JAAR, date=D("2023-09-12"),
          acled=OTHER),
        E(False, ["CONSULT"], [8], "اجتماع طارئ", ["asserted"], mode="multilateral", source=ABYAN_SEC_COMMITTEE,
          location=ZINJIBAR, date=D("2023-09-12")),
        E(False, ["ASSAULT", "COERCE"], [8], "سيطر", ["historical"], source=AQAP, location=ZINJIBAR_JAAR,
          date=D("2011-07-01", "year", ("2011-01-01", "2011-12-31")), acled=TAKEOVER),
        # the raid and arrests (the seizure is part of it)
        E(True, ["COERCE"], [9], "واعتقلت", ["asserted", "reported"], mode="arrest",
          source=SECURITY_BELT, recipient=JAAR_SUSPECTS, location=JAAR, date=D("2023-09-11"),
          attribution=["بيان إدارة أمن أبين"], acled=ARREST),
        # the attack reported by rival media and denied
        E(True, ["ASSAULT"], [10], "هجوم واسع", ["reported", "negated"], mode="firearms",
          source=AQAP, recipient=SOUTHERN_FORCES, location=MAHFAD, date=D("2023-09-12"),
          attribution=["وسائل إعلام محسوبة على الإصلاح", "مصدر في قيادة محور أبين"], acled=CLASH),
        # paragraph 11 is a generic statement: deliberately NO gold event
        # background: Thursday before a Tuesday; 1 + 2 → 3
        E(True, ["ASSAULT"], [12], "بهجوم مسلح", ["historical", "asserted", "reported"], mode="firearms",
          source=UNKNOWN, recipient=LAWDAR_VICTIMS, location=LAWDAR, date=D("2023-09-07"), fatalities=3,
          attribution=["إدارة أمن أبين"], acled=CLASH),
    ],
))

# ============================================================================ 068: Gezira (Sudanese independent radio)
ARTICLES.append(dict(
    id="team14-068", slug="sudan_gezira_rufaa_wad_madani_hasaheisa", published="2023-12-21",
    outlet="Radio Taqatu site (fictional)",
    paras=[
        # 0 (headline: the killing restated (9 in digits), and the emergency room's appeal)
        "مقتل 9 مدنيين برصاص «الدعم السريع» في قرية قرب رفاعة.. و«غرفة طوارئ» تناشد فتح ممرات آمنة لإجلاء الجرحى",
        # 1 (dateline; the killing «مساء أمس الأربعاء», nine in words, per witnesses)
        "الجزيرة – «راديو تقاطع»: قُتل تسعة مدنيين، بينهم امرأتان، وأصيب أكثر من عشرة آخرين، مساء أمس الأربعاء، عندما أطلق عناصر من قوات الدعم السريع النار على سكان قرية صغيرة شرقي مدينة رفاعة بولاية الجزيرة، بعد أن حاول شبان من القرية منعهم من الاستيلاء على سيارات ومواشٍ، بحسب ما أفاد به ثلاثة من شهود العيان لـ«راديو تقاطع» مشترطين عدم ذكر أسمائهم.",
        # 2 (the same killing per the emergency room (11); looting and withdrawal (optional); the appeal)
        "وقالت «غرفة طوارئ رفاعة»، في بيان نشرته على صفحتها في «فيسبوك»، إن القوة المهاجمة جاءت على متن ست عربات قتالية ونهبت عدداً من المنازل قبل انسحابها من القرية، مقدّرةً عدد القتلى بأحد عشر شخصاً، وناشدت المنظمات الإنسانية و«الهلال الأحمر السوداني» «فتح ممرات آمنة» لإجلاء الجرحى إلى مستشفيات مدينة القضارف.",
        # 3 (the same killing denied by the RSF and retold as a clash: no second event)
        "في المقابل، نفى مستشار إعلامي لقائد قوات الدعم السريع، في تسجيل صوتي متداول، أن تكون قواتهم «استهدفت مدنيين عزّلاً»، وقال إن ما جرى في القرية «اشتباك مع مستنفرين مسلحين من فلول النظام البائد بادروا بإطلاق النار على قواتنا».",
        # 4 (an army air strike (3), and the RSF's accusation)
        "وفي ود مدني، قُتل ثلاثة مدنيين على الأقل، بعد ظهر أمس، جراء غارة جوية نفّذها الطيران الحربي التابع للجيش على تجمّع لقوات الدعم السريع قرب السوق الكبير في المدينة، بحسب مصادر طبية، فيما اتهمت قوات الدعم السريع، في بيان، الجيشَ بـ«قصف الأحياء السكنية عمداً» و«المتاجرة بدماء المدنيين».",
        # 5 (an arrest with the recipient as passive subject; a blame in a relative clause (optional))
        "وفي مدينة الحصاحيصا، اعتُقل ثلاثة من أعضاء لجان المقاومة من منازلهم، فجر اليوم، على يد قوة تابعة للدعم السريع، وفق ما أعلنته «تنسيقية لجان مقاومة الحصاحيصا» التي حمّلت قيادة الدعم السريع «المسؤولية الكاملة عن سلامتهم».",
        # 6 (the army's threat; «ستستعيد» is no event; the takeover of Wad Madani is background (optional))
        "من جهته، توعّد المتحدث الرسمي باسم القوات المسلحة، في بيان، «المليشيا المتمردة» بأن «تدفع ثمن جرائمها في الجزيرة»، مؤكداً أن القوات «ستستعيد كل شبر دنّسته»، وذلك في سياق تعليقه على ما تشهده الولاية منذ سيطرة قوات الدعم السريع على ود مدني مطلع الأسبوع الجاري.",
        # 7 (planned aid «يوم السبت المقبل»; the number of people who fled is an aggregate)
        "وعلى الصعيد الإنساني، أعلن برنامج الأغذية العالمي أنه سيبدأ، يوم السبت المقبل، توزيع مساعدات غذائية طارئة على الأسر الفارّة من الجزيرة إلى مدينة سنار، بعد أن اضطر إلى تعليق عملياته في ود مدني، فيما تقدّر الأمم المتحدة عدد الفارّين من الولاية منذ منتصف الشهر بأكثر من 300 ألف شخص.",
        # 8 (a meeting)
        "وفي مدينة سنار، التقى والي ولاية سنار المكلّف، ظهر اليوم، ممثلين عن وكالات الأمم المتحدة ومنظمات محلية لبحث ترتيبات إيواء الفارّين في المدارس والمباني الحكومية، بحسب ما أفاد به مراسل «راديو تقاطع» في المدينة.",
        # 9 (a rumoured build-up; the advance it prepares is hypothetical (optional); fears are no event)
        "وتواترت، منذ مساء أمس، أنباء غير مؤكدة عن حشد قوات الدعم السريع أعداداً كبيرة من مقاتليها وعرباتها القتالية في منطقة الحاج عبد الله جنوبي ود مدني، تمهيداً للتقدم نحو ولاية سنار، وسط مخاوف السكان من أن تشهد مدن الولاية «السيناريو ذاته» الذي شهدته مدني.",
        # 10 (IGAD's call (its contents are no events); talks that were not held (optional, negated))
        "دبلوماسياً، دعت الهيئة الحكومية للتنمية «إيقاد»، في بيان، طرفي النزاع إلى «وقف فوري لإطلاق النار» و«العودة إلى طاولة التفاوض دون شروط مسبقة»، في وقت لم تُعقد فيه جولة المحادثات التي كان يُنتظر استئنافها في مدينة جدة هذا الأسبوع، وفق ما أكده مصدر دبلوماسي لـ«راديو تقاطع».",
        # 11 (generic: the war's tolls, recurring accusations)
        "وأدت الحرب المندلعة بين الجيش وقوات الدعم السريع منذ منتصف أبريل الماضي إلى مقتل أكثر من 12 ألف شخص، بحسب تقديرات منظمات مختصة برصد النزاعات، وإلى نزوح ما يزيد على سبعة ملايين شخص داخل البلاد وخارجها، فيما تتكرر الاتهامات للطرفين بارتكاب انتهاكات واسعة بحق المدنيين، من قتل ونهب واعتقالات تعسفية.",
        # 12 (background «وكانت … قد», 6 in digits, no agent; mutual accusations (optional))
        "وكانت قذيفة مدفعية قد سقطت، مساء السبت الماضي، على سوق شعبي في مدينة الحصاحيصا، ما أدى إلى مقتل 6 أشخاص وإصابة 14 آخرين، وسط تبادل للاتهامات بين الطرفين بشأن الجهة التي أطلقتها، بحسب ما أفادت به «شبكة أطباء السودان» في حينه.",
    ],
    events=[
        # the killing: headline 0, lead 1, the emergency room 2, the RSF's denial 3; 9 per witnesses, 11 per the room → 9
        E(True, ["ASSAULT"], [0, 1, 2, 3], "أطلق", ["asserted", "reported"], mode="firearms",
          source=RSF, recipient=RUFAA_VILLAGERS, location=RUFAA, date=D("2023-12-20"), fatalities=9,
          attribution=["شهود عيان", "غرفة طوارئ رفاعة", "مستشار إعلامي لقائد قوات الدعم السريع"], acled=ATTACK,
          tpara=1),
        # the looting and the withdrawal (optional)
        E(False, ["COERCE"], [1, 2], "ونهبت", ["asserted", "reported"], mode="confiscate", source=RSF,
          recipient=RUFAA_VILLAGERS, location=RUFAA, date=D("2023-12-20"), acled=LOOTING, tpara=2),
        E(False, ["RETREAT"], [2], "انسحابها", ["asserted", "reported"], mode="withdraw", source=RSF,
          location=RUFAA, date=D("2023-12-20")),
        # the emergency room's appeal (headline 0, 2); «فتح ممرات آمنة» is its content
        E(True, ["REQUEST"], [0, 2], "وناشدت", ["asserted", "reported"],
          source=RUFAA_ER, recipient=HUMANITARIAN_ORGS, location=RUFAA,
          date=D("2023-12-21", "day", ("2023-12-20", "2023-12-21")), attribution=["بيان غرفة طوارئ رفاعة"],
          tpara=2),
        # the army air strike, 3 dead, disputed target
        E(True, ["ASSAULT"], [4], "غارة جوية", ["asserted", "reported"], mode="aerial",
          source=SAF_AIR, recipient=MADANI_TARGET, location=WAD_MADANI, date=D("2023-12-20"), fatalities=3,
          attribution=["مصادر طبية"], acled=AIR),
        # the RSF's accusation
        E(True, ["ACCUSE"], [4], "اتهمت", ["asserted", "reported"],
          source=RSF, recipient=SAF, location=WAD_MADANI, date=D("2023-12-21", "day", ("2023-12-20", "2023-12-21")),
          attribution=["بيان قوات الدعم السريع"]),
        # the arrest: the recipient is the passive subject; the relative-clause blame optional
        E(True, ["COERCE"], [5], "اعتُقل", ["asserted", "reported"], mode="arrest",
          source=RSF, recipient=RESISTANCE_MEMBERS, location=HASAHEISA, date=D("2023-12-21"),
          attribution=["تنسيقية لجان مقاومة الحصاحيصا"], acled=ARREST),
        E(False, ["ACCUSE"], [5], "حمّلت", ["asserted", "reported"],
          source={"en": ["Hasaheisa Resistance Committees", "resistance committees"],
                  "ar": ["تنسيقية لجان مقاومة الحصاحيصا", "لجان مقاومة الحصاحيصا"]},
          recipient=RSF, location=HASAHEISA, date=D("2023-12-21")),
        # the army's threat; the background takeover optional
        E(True, ["THREATEN"], [6], "توعّد", ["asserted", "reported"], mode="violence",
          source=SAF, recipient=RSF, location=GEZIRA, date=D("2023-12-21", "day", ("2023-12-20", "2023-12-21")),
          attribution=["بيان المتحدث الرسمي باسم القوات المسلحة"]),
        E(False, ["ASSAULT", "COERCE"], [6], "سيطرة", ["historical", "asserted"], source=RSF, location=WAD_MADANI,
          date=D("2023-12-18", "week", ("2023-12-17", "2023-12-19")), acled=TAKEOVER),
        # the planned distribution: Saturday after a Thursday
        E(True, ["AID"], [7], "توزيع مساعدات", ["planned", "reported"], mode="humanitarian",
          source=WFP, recipient=GEZIRA_DISPLACED, location=SENNAR, date=D("2023-12-23"),
          attribution=["برنامج الأغذية العالمي"]),
        # the meeting in Sennar
        E(True, ["CONSULT"], [8], "التقى", ["asserted"], mode="visit",
          source=SENNAR_GOVERNOR, recipient=UN_AGENCIES, location=SENNAR, date=D("2023-12-21"),
          attribution=["مراسل راديو تقاطع"]),
        # the rumoured build-up; the advance optional (hypothetical)
        E(True, ["MOBILIZE"], [9], "حشد", ["rumored"], mode="troops",
          source=RSF, location=HAJ_ABDALLA, date=D("2023-12-20", "day", ("2023-12-20", "2023-12-21"))),
        E(False, ["ASSAULT", "MOBILIZE"], [9], "للتقدم", ["hypothetical", "planned"], source=RSF,
          location=SENNAR, date=None),
        # IGAD's call; the talks that were not held optional (negated)
        E(True, ["REQUEST"], [10], "دعت", ["asserted", "reported"],
          source=IGAD, recipient=SUDAN_SIDES, date=D("2023-12-21", "day", ("2023-12-20", "2023-12-21")),
          attribution=["بيان إيقاد"]),
        E(False, ["CONSULT"], [10], "جولة المحادثات", ["negated", "reported"], mode="multilateral",
          source=SUDAN_SIDES, location={"accept": ["جدة", "مدينة جدة", "Jeddah", "Jidda"]},
          date=D("2023-12-19", "week", ("2023-12-17", "2023-12-23"))),
        # paragraph 11 is a generic statement: deliberately NO gold event
        # background: Saturday before a Thursday, 6 in digits, no agent; the mutual accusations optional
        E(True, ["ASSAULT"], [12], "قذيفة مدفعية", ["historical", "asserted", "reported"], mode="heavy-weapons",
          recipient=HASAHEISA_MARKET, location=HASAHEISA, date=D("2023-12-16"), fatalities=6,
          attribution=["شبكة أطباء السودان"], acled=SHELL),
        E(False, ["ACCUSE"], [12], "تبادل للاتهامات", ["historical", "asserted"], source=SUDAN_SIDES,
          recipient=SUDAN_SIDES, location=HASAHEISA, date=D("2023-12-16", "day", ("2023-12-16", "2023-12-21"))),
    ],
))

# ============================================================================ 069: Ras Ajdir and Zuwara (Libyan TV site)
ARTICLES.append(dict(
    id="team14-069", slug="libya_ras_ajdir_zuwara_crossing", published="2024-03-20",
    outlet="Al-Aseel channel site (fictional)",
    paras=[
        # 0 (headline: the clash restated, and the Tunisian closure)
        "اشتباكات بين قوة من «الداخلية» ومسلحين من زوارة قرب منفذ رأس اجدير.. والجانب التونسي يغلق المعبر",
        # 1 (dateline; a two-sided clash «بين X و Y» «مساء أمس الثلاثاء», wounded only, per medical sources)
        "طرابلس – «الأصيل»: اندلعت، مساء أمس الثلاثاء، اشتباكات بالأسلحة المتوسطة بين قوة تابعة لوزارة الداخلية بحكومة الوحدة الوطنية ومسلحين من مدينة زوارة في محيط منفذ رأس اجدير البري الحدودي مع تونس، ما أسفر عن إصابة أربعة من عناصر الوزارة، وفق ما أفادت به مصادر طبية في مستشفى زوارة لـ«الأصيل».",
        # 2 (the same clash in the ministry's words; «لن تتراجع» is no event)
        "وقالت وزارة الداخلية، في بيان نشرته على صفحتها الرسمية، إن قوة من «الإدارة العامة لإنفاذ القانون» كُلّفت بتأمين المنفذ «تعرّضت لإطلاق نار كثيف من مجموعة خارجة عن القانون»، وإن عناصرها «تعاملوا مع مصادر النيران»، مشددةً على أنها «لن تتراجع عن بسط سلطة الدولة على المنافذ».",
        # 3 (the same clash in the municipal council's words; a participle blame (optional))
        "في المقابل، قال المجلس البلدي زوارة، في بيان، إن «رتلاً مسلحاً قادماً من خارج المنطقة» حاول اقتحام المنفذ «دون أي تنسيق مع الأجهزة الأمنية في المدينة»، وإن شبان المدينة «دافعوا عن أرضهم»، محمّلاً وزير الداخلية المكلّف «المسؤولية الكاملة عن أي قطرة دم تُراق».",
        # 4 (the Tunisian closure, per the Tunisian agency; stranded trucks are no event)
        "وأعلنت السلطات التونسية، صباح اليوم، غلق معبر رأس جدير الحدودي أمام حركة المسافرين والبضائع «إلى حين استقرار الوضع الأمني على الجانب الليبي»، بحسب ما نقلته وكالة تونس إفريقيا للأنباء عن مصدر في وزارة الداخلية التونسية، فيما علقت عشرات الشاحنات والسيارات على جانبي الحدود.",
        # 5 (a finite demand (its content is no RETREAT) and a conditional threat; the strike hypothetical (optional))
        "وطالب المجلس الأعلى لأمازيغ ليبيا، في بيان، المجلسَ الرئاسي بـ«التدخل العاجل لسحب القوة المقتحمة» و«احترام خصوصية المدن الأمازيغية»، ولوّح بإعلان «العصيان المدني الشامل» في هذه المدن اعتباراً من يوم السبت المقبل إذا لم تُسحب القوة.",
        # 6 (reinforcements, per the correspondent; the Zuwara alert (optional))
        "وأفاد مراسل «الأصيل» في المنطقة الغربية بأن رتلاً يضم نحو ثلاثين آلية مسلحة تابعة لوزارة الداخلية وصل، ظهر اليوم، إلى مدينة الجميل القريبة من زوارة، لتعزيز القوة المتمركزة في محيط المنفذ، في حين رفعت «غرفة العمليات العسكرية بزوارة» درجة الاستنفار عند مداخل المدينة.",
        # 7 (a meeting and the agreement reached in it (passive); the committee's first meeting planned (optional))
        "وفي طرابلس، عقد رئيس المجلس الرئاسي، مساء اليوم، اجتماعاً مع وفد من أعيان وحكماء زوارة ونواب عن المنطقة الغربية، اتُّفق خلاله على «تشكيل لجنة مشتركة» تضم ممثلين عن وزارة الداخلية وبلدية زوارة «للإشراف على إدارة المنفذ»، على أن تعقد أول اجتماعاتها يوم الأحد المقبل، بحسب ما أعلنه المكتب الإعلامي للمجلس الرئاسي.",
        # 8 (a rumoured arrest, unconfirmed)
        "وتحدثت صفحات محلية على مواقع التواصل الاجتماعي عن توقيف قيادي عسكري من زوارة في مطار معيتيقة الدولي بطرابلس، ليل أمس، أثناء محاولته السفر إلى إسطنبول، ولم يتسنَّ لـ«الأصيل» التحقق من صحة هذه الأنباء، في حين لم يصدر أي تعليق عن الجهات الأمنية في المطار.",
        # 9 («رداً على …» refers back to the clash; a road block and a gathering: one PROTEST (same actors, town, day))
        "ورداً على ما وصفوه بـ«الاعتداء على مدينتهم»، أغلق شبان من زوارة، صباح اليوم، الطريق الساحلي عند البوابة الشرقية للمدينة بالسواتر الترابية والإطارات المشتعلة، وتجمّع العشرات في ميدان الشهداء وسط المدينة رافعين الراية الأمازيغية، بحسب مقاطع مصوّرة تداولها ناشطون.",
        # 10 (a planned visit «يوم غد الخميس»; «إعادة فتح المعبر» is its subject, no RETREAT)
        "ومن المقرر أن يصل إلى طرابلس، يوم غد الخميس، وفد أمني تونسي لبحث «ترتيبات إعادة فتح المعبر» مع الجانب الليبي، وفق ما أكده مسؤول في وزارة الخارجية بحكومة الوحدة الوطنية لـ«الأصيل».",
        # 11 (generic)
        "ويُعدّ منفذ رأس اجدير الشريان التجاري الأهم بين ليبيا وتونس، إذ يعبره آلاف المسافرين يومياً، وكثيراً ما يشهد إغلاقات بسبب الخلافات على إدارته أو الاحتجاجات على إجراءات الجمارك من الجانبين، فيما تتولى أجهزة أمنية محلية من زوارة تأمينه منذ سنوات.",
        # 12 (background «وكان … قد»: an abduction; the release (optional))
        "وكان مسلحون مجهولون قد خطفوا، مساء الخميس الماضي، موظفاً في مصلحة الجمارك بالمنفذ من أمام منزله في مدينة زلطن، قبل أن يُطلق سراحه صباح السبت، بحسب ما أفاد به أحد أقاربه لـ«الأصيل» حينها.",
    ],
    events=[
        # the clash: headline 0, lead 1, the ministry 2, the municipal council 3; wounded only
        E(True, ["ASSAULT"], [0, 1, 2, 3], "اشتباكات", ["asserted", "reported"], mode="firearms",
          source=LY_CLASH_SIDES, location=RAS_AJDIR, date=D("2024-03-19"),
          attribution=["مصادر طبية في مستشفى زوارة", "بيان وزارة الداخلية", "بيان المجلس البلدي زوارة"],
          acled=CLASH, tpara=1),
        E(False, ["ACCUSE"], [3], "محمّلاً", ["asserted", "reported"], source=ZUWARA_COUNCIL,
          recipient=LY_MOI_MINISTER, location=ZUWARA, date=D("2024-03-20", "day", ("2024-03-19", "2024-03-20"))),
        # the Tunisian closure (headline 0, 4)
        E(True, ["COERCE"], [0, 4], "غلق", ["asserted", "reported"], mode="restrict",
          source=TN_AUTHORITIES, recipient=TRAVELLERS, location=RAS_JEDIR_TN, date=D("2024-03-20"),
          attribution=["وكالة تونس إفريقيا للأنباء عن مصدر في وزارة الداخلية التونسية"], acled=OTHER, tpara=4),
        # the Amazigh council's demand and threat; the threatened civil disobedience optional
        E(True, ["REQUEST"], [5], "وطالب", ["asserted", "reported"],
          source=AMAZIGH_COUNCIL, recipient=LY_PC, date=D("2024-03-20", "day", ("2024-03-19", "2024-03-20")),
          attribution=["بيان المجلس الأعلى لأمازيغ ليبيا"]),
        E(True, ["THREATEN"], [5], "ولوّح", ["asserted", "reported"],
          source=AMAZIGH_COUNCIL, recipient=LY_PC, date=D("2024-03-20", "day", ("2024-03-19", "2024-03-20")),
          attribution=["بيان المجلس الأعلى لأمازيغ ليبيا"]),
        E(False, ["PROTEST"], [5], "العصيان المدني", ["hypothetical", "planned"], mode="strike",
          source=AMAZIGH_COUNCIL, location=ZUWARA, date=D("2024-03-23")),
        # the reinforcements; the Zuwara alert optional
        E(True, ["MOBILIZE"], [6], "رتلاً", ["asserted"], mode="police",
          source=LY_MOI_CONVOY, location=JMAIL, date=D("2024-03-20"), attribution=["مراسل الأصيل"], acled=OTHER),
        E(False, ["MOBILIZE"], [6], "الاستنفار", ["asserted"], mode="troops", source=ZUWARA_OPS_ROOM,
          location=ZUWARA, date=D("2024-03-20")),
        # the meeting and the agreement; the committee's first meeting optional (planned, Sunday after a Wednesday)
        E(True, ["CONSULT"], [7], "اجتماعاً", ["asserted", "reported"], mode="visit",
          source=LY_PC, recipient=ZUWARA_DELEGATION, location=TRIPOLI, date=D("2024-03-20"),
          attribution=["المكتب الإعلامي للمجلس الرئاسي"]),
        E(True, ["AGREE"], [7], "اتُّفق", ["asserted", "reported"],
          source=LY_AGREE_SIDES, location=TRIPOLI, date=D("2024-03-20"),
          attribution=["المكتب الإعلامي للمجلس الرئاسي"], acled=AGREEMENT),
        E(False, ["CONSULT"], [7], "أول اجتماعاتها", ["planned", "reported"], mode="multilateral",
          source={"en": ["joint committee"], "ar": ["لجنة مشتركة"]}, location=TRIPOLI, date=D("2024-03-24")),
        # the rumoured arrest at Mitiga (no arresting body named)
        E(True, ["COERCE"], [8], "توقيف", ["rumored"], mode="arrest",
          recipient=ZUWARA_COMMANDER, location=MITIGA, date=D("2024-03-19", "day", ("2024-03-19", "2024-03-20")),
          attribution=["صفحات محلية على مواقع التواصل الاجتماعي"]),
        # the road block and the gathering: one PROTEST (the back-reference to the clash is no ASSAULT)
        E(True, ["PROTEST", "COERCE"], [9], "أغلق", ["asserted", "reported"], mode="obstruct",
          source=ZUWARA_YOUTHS, location=ZUWARA, date=D("2024-03-20"),
          attribution=["مقاطع مصوّرة تداولها ناشطون"], acled=PEACEFUL),
        # the planned Tunisian visit: Thursday after a Wednesday
        E(True, ["CONSULT"], [10], "وفد أمني تونسي", ["planned", "reported"], mode="visit",
          source=TN_DELEGATION, recipient=LY_SIDE, location=TRIPOLI, date=D("2024-03-21"),
          attribution=["مسؤول في وزارة الخارجية بحكومة الوحدة الوطنية"]),
        # paragraph 11 is a generic statement: deliberately NO gold event
        # background: Thursday before a Wednesday; the release on Saturday optional
        E(True, ["ASSAULT"], [12], "خطفوا", ["historical", "asserted", "reported"], mode="abduct",
          source=UNKNOWN, recipient=CUSTOMS_EMPLOYEE, location=ZALTAN, date=D("2024-03-14"),
          attribution=["أحد أقارب الموظف"], acled=ABDUCTION),
        E(False, ["RETREAT", "CONCEDE"], [12], "يُطلق سراحه", ["historical", "asserted", "reported"],
          mode="release", source=UNKNOWN, recipient=CUSTOMS_EMPLOYEE, location=ZALTAN, date=D("2024-03-16")),
    ],
))

# ============================================================================ 070: south Lebanon (Lebanese independent site)
ARTICLES.append(dict(
    id="team14-070", slug="south_lebanon_aita_al_shaab_qana_anniversary", published="2024-04-18",
    outlet="Al-Sindiyana site (fictional)",
    paras=[
        # 0 (headline: the strike restated; the anniversary of an old massacre (optional))
        "قتيلان بغارة إسرائيلية على منزل في عيتا الشعب.. وقانا تستعيد ذكرى مجزرة 1996 بالورود والصلوات",
        # 1 (dateline; the strike «بعد ظهر اليوم الخميس», per the mayor; «رفضوا مغادرة» is no REJECT)
        "صور – «السنديانة»: قُتل رجل وابنه، وأصيبت زوجته بجروح، بعد ظهر اليوم الخميس، جراء غارة شنّتها طائرة حربية إسرائيلية على منزلهم في بلدة عيتا الشعب الحدودية في قضاء بنت جبيل، بحسب ما أفاد به رئيس بلدية البلدة لـ«السنديانة»، مشيراً إلى أن العائلة «كانت من القلائل الذين رفضوا مغادرة البلدة».",
        # 2 (the same strike: the Israeli claim (disputed target) and the national agency)
        "وزعم الجيش الإسرائيلي، في بيان، أن طائراته أغارت على «مبنى عسكري يستخدمه عناصر حزب الله» في عيتا الشعب، فيما أكدت «الوكالة الوطنية للإعلام» أن الضحيتين مدنيان، وأن الغارة دمّرت المنزل بالكامل وألحقت أضراراً بمنازل مجاورة.",
        # 3 (Hezbollah's missiles «رداً على الاعتداء على عيتا الشعب» (a back-reference); the Israeli account)
        "ميدانياً، أعلن «حزب الله»، في بيان، أن مقاتليه استهدفوا، عصر اليوم، موقع «جل العلام» الإسرائيلي قبالة بلدة الناقورة بصاروخين موجّهين «رداً على الاعتداء على عيتا الشعب»، في حين قال الجيش الإسرائيلي إن صاروخين أُطلقا من لبنان «سقطا في منطقة مفتوحة» من دون وقوع إصابات.",
        # 4 (shelling of three villages; the agency's count of shells is part of it)
        "كما تعرّضت أطراف بلدات رامية ويارين والضهيرة لقصف مدفعي إسرائيلي متقطع منذ ساعات الصباح، طال أحراجاً وأراضي زراعية وأشعل حرائق عملت فرق الدفاع المدني على إخمادها، بحسب «الوكالة الوطنية للإعلام»، التي أحصت سقوط أكثر من ستين قذيفة على قرى القطاع الغربي خلال اليوم.",
        # 5 (UNIFIL's call: the demanded ceasefire is no event; a monthly tally and a habit are no events)
        "من جهتها، دعت قوات الأمم المتحدة المؤقتة في لبنان «اليونيفيل»، في بيان، الطرفين إلى «وقف تبادل إطلاق النار فوراً» و«العودة إلى الالتزام الكامل بالقرار 1701»، مشيرةً إلى أن دورياتها رصدت منذ مطلع الشهر الجاري «مئات الخروقات» على جانبي الخط الأزرق، وأن مقرها العام في الناقورة أصيب مرات عدة بشظايا قذائف.",
        # 6 (a memorial ceremony: no PROTEST; the 1996 massacre (optional, historical))
        "وفي قانا، أحيت البلدة، صباح اليوم، الذكرى الثامنة والعشرين لمجزرة 18 نيسان 1996، حين قصفت المدفعية الإسرائيلية مقر الكتيبة الفيجية التابعة لـ«اليونيفيل» الذي لجأ إليه مئات المدنيين، فقُتل أكثر من مئة منهم، وذلك بوضع أكاليل من الزهر على أضرحة الضحايا وإقامة صلاة عن أرواحهم في حضور فاعليات البلدة وعائلات الضحايا.",
        # 7 (an accusation made in a speech at the ceremony)
        "وحمّل نائب المنطقة، في كلمة ألقاها خلال الاحتفال، المجتمعَ الدولي «مسؤولية إفلات إسرائيل من العقاب على مجزرة قانا وما تلاها»، معتبراً أن «ما يتعرّض له الجنوب اليوم امتداد لتلك المجزرة».",
        # 8 (a threat during a tour (no CONSULT); a conditional ground operation «نقلاً عن» (optional))
        "في المقابل، توعّد رئيس أركان الجيش الإسرائيلي، خلال جولة تفقدية على قوات منتشرة قرب الحدود الشمالية، بـ«تكثيف الضربات ضد حزب الله في كل مكان في لبنان»، فيما ذكرت وسائل إعلام إسرائيلية، نقلاً عن مصادر عسكرية، أن الجيش «يستعد لاحتمال شنّ عملية برية» إذا لم تنجح الجهود الدبلوماسية في إبعاد مقاتلي الحزب عن الحدود.",
        # 9 (a rumoured abduction, denied)
        "وتداولت حسابات على مواقع التواصل الاجتماعي، صباح اليوم، أنباء عن «خطف» قوة إسرائيلية راعياً من أطراف بلدة شبعا، قبل أن ينفي رئيس بلديتها ذلك في اتصال مع «السنديانة»، مؤكداً أن الراعي «عاد إلى منزله سالماً بعد أن ضلّ طريقه في الأحراج».",
        # 10 (aid with the recipients as subject; the mayors' call (its contents are no events))
        "على صعيد آخر، تسلّمت نحو 300 عائلة نازحة من القرى الحدودية في مراكز الإيواء بمدينة صور، اليوم، حصصاً غذائية ومستلزمات صحية قدّمها برنامج الأغذية العالمي بالتنسيق مع وحدة إدارة الكوارث في اتحاد بلديات صور، فيما دعا رؤساء بلديات في القطاع الغربي، في مذكرة رفعوها إلى حكومة تصريف الأعمال، إلى «إعلان القرى الحدودية مناطق منكوبة» وصرف تعويضات عاجلة لأصحاب المنازل المدمّرة.",
        # 11 (generic: the front's tolls since October)
        "ومنذ الثامن من تشرين الأول الماضي، تشهد المنطقة الحدودية تبادلاً شبه يومي للقصف بين «حزب الله» والجيش الإسرائيلي، أسفر عن مقتل أكثر من ثلاثمئة شخص في لبنان، معظمهم من مقاتلي الحزب وبينهم عشرات المدنيين، ونزوح أكثر من تسعين ألفاً من سكان القرى الحدودية، وفق أرقام رسمية وأممية.",
        # 12 (background «وكانت … قد», 3 in digits, a disputed target)
        "وكانت مسيّرة إسرائيلية قد استهدفت، مساء الإثنين الماضي، سيارة على الطريق الساحلي بين الناقورة وصور، ما أدى إلى مقتل 3 أشخاص، قال الجيش الإسرائيلي إن بينهم «قيادياً في قوة الرضوان» التابعة للحزب.",
    ],
    events=[
        # the strike: headline 0, lead 1, the Israeli claim and the agency 2; 2 dead
        E(True, ["ASSAULT"], [0, 1, 2], "غارة", ["asserted", "reported"], mode="aerial",
          source=ISRAEL_AIR, recipient=AITA_FAMILY, location=AITA, date=D("2024-04-18"), fatalities=2,
          attribution=["رئيس بلدية عيتا الشعب", "بيان الجيش الإسرائيلي", "الوكالة الوطنية للإعلام"], acled=AIR,
          tpara=1),
        # Hezbollah's missiles (the back-reference to G1 is not added to its para)
        E(True, ["ASSAULT"], [3], "استهدفوا", ["asserted", "reported"], mode="heavy-weapons",
          source=HEZBOLLAH, recipient=IDF_POST, location=JAL_ALAM, date=D("2024-04-18"),
          attribution=["بيان حزب الله", "الجيش الإسرائيلي"], acled=SHELL),
        # the shelling of three villages, no casualties
        E(True, ["ASSAULT"], [4], "لقصف مدفعي", ["asserted", "reported"], mode="heavy-weapons",
          source=ISRAEL_ARMY, recipient=WEST_VILLAGERS, location=WEST_VILLAGES, date=D("2024-04-18"),
          attribution=["الوكالة الوطنية للإعلام"], acled=SHELL),
        # UNIFIL's call to both sides
        E(True, ["REQUEST"], [5], "دعت", ["asserted", "reported"],
          source=UNIFIL, recipient=LB_SIDES, location=NAQOURA,
          date=D("2024-04-18", "day", ("2024-04-17", "2024-04-18")), attribution=["بيان اليونيفيل"]),
        # the commemorated 1996 massacre: optional (headline 0, 6, and the speech 7)
        E(False, ["ASSAULT"], [0, 6, 7], "قصفت المدفعية", ["historical"], mode="heavy-weapons",
          source=ISRAEL_ARMY, recipient=QANA_1996_VICTIMS, location=QANA, date=D("1996-04-18"), fatalities=100,
          tpara=6),
        # the MP's accusation at the ceremony
        E(True, ["ACCUSE"], [7], "وحمّل", ["asserted"],
          source=QANA_MP, recipient=INTL_COMMUNITY, location=QANA, date=D("2024-04-18")),
        # the chief of staff's threat; the conditional ground operation optional
        E(True, ["THREATEN"], [8], "توعّد", ["asserted", "reported"], mode="violence",
          source=IDF_CHIEF, recipient=HEZBOLLAH_LB, location=ISRAEL_NORTH,
          date=D("2024-04-18", "day", ("2024-04-17", "2024-04-18"))),
        E(False, ["ASSAULT", "MOBILIZE"], [8], "عملية برية", ["hypothetical", "reported"], source=ISRAEL_ARMY,
          recipient=HEZBOLLAH, location={"accept": ["لبنان", "Lebanon", "جنوب لبنان", "South Lebanon"]},
          date=None),
        # the rumoured abduction, denied by the mayor
        E(True, ["ASSAULT"], [9], "خطف", ["rumored", "negated", "reported"], mode="abduct",
          source=ISRAELI_FORCE, recipient=SHEPHERD, location=SHEBAA,
          date=D("2024-04-18", "day", ("2024-04-17", "2024-04-18")),
          attribution=["حسابات على مواقع التواصل الاجتماعي", "رئيس بلدية شبعا"], acled=ABDUCTION),
        # the aid and the mayors' call
        E(True, ["AID"], [10], "تسلّمت", ["asserted", "reported"], mode="humanitarian",
          source=WFP_DRU, recipient=TYRE_DISPLACED, location=TYRE, date=D("2024-04-18"),
          attribution=["وحدة إدارة الكوارث في اتحاد بلديات صور"]),
        E(True, ["REQUEST"], [10], "دعا", ["asserted"],
          source=WEST_MAYORS, recipient=LB_GOV, location=WEST_VILLAGES,
          date=D("2024-04-18", "day", ("2024-04-17", "2024-04-18"))),
        # paragraph 11 is a generic statement: deliberately NO gold event
        # background: Monday before a Thursday, 3 in digits, a disputed target
        E(True, ["ASSAULT"], [12], "استهدفت", ["historical", "asserted", "reported"], mode="aerial",
          source=ISRAELI_DRONE, recipient=NAQOURA_CAR, location=NAQOURA_TYRE_ROAD, date=D("2024-04-15"),
          fatalities=3, attribution=["الجيش الإسرائيلي"], acled=AIR),
    ],
))


if __name__ == "__main__":
    build(HERE, ARTICLES, "team14.gold.json", id_prefix="team14", first_number=FIRST_NUMBER)
