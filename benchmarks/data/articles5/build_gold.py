#!/usr/bin/env python3
"""Write the fifth team-made article set (NNN_slug.txt, ids team5-021 ... team5-025) and its gold
(team5.gold.json).

The articles and annotations live here; ``benchmarks/data/goldkit.py`` writes the files and computes every
offset (nothing is typed by hand): para_spans are the [start, end) code-point offsets of each line (newline
excluded) in the file text, trigger spans are found inside the named paragraph. Run from anywhere:
    python3 benchmarks/data/articles5/build_gold.py && python3 benchmarks/data/articles5/check_gold.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from actors_places import (  # noqa: E402
    AIR_INTEL,
    AIRPORT_HASAKAH,
    AIRPORT_SM,
    AL_BAB,
    AL_TALL,
    ALEPPO_AIRPORT,
    AMUDA,
    ASAYISH,
    ASAYISH_MEMBERS,
    ASAYISH_REGIME,
    BAB_COMMANDER,
    BAKERY_DIRECTOR,
    BARADA_COMMITTEE,
    BARADA_WANTED,
    BISHRI,
    COUNCIL_FOURTH,
    DRONE_DRIVER,
    FATEMIYOUN,
    FATEMIYOUN_BUS,
    FOURTH_DIV,
    FOURTH_OFFICERS,
    GHASSANIYAH,
    GSS_DETAINEES,
    GUNMEN,
    HASAKAH_CITY,
    HEZBOLLAH,
    HOL,
    HOL_VICTIM,
    HRE,
    HTS,
    HTS_GSS,
    HTS_VS_REGIME,
    IRAN_MILITIAS,
    ISIS,
    JABLEH,
    JABLEH_DETAINEES,
    JABLEH_RELATIVES,
    JISR,
    JISR_BDAMA,
    JISR_CIVILIANS,
    JISR_VILLAGES,
    KABAJEB_ROAD,
    KABANA,
    KALJIBRIN,
    KHUNAYFIS,
    KRC,
    MADAYA,
    MADAYA_FAMILIES,
    MARE,
    MARE_VICTIMS,
    MI_DIRECTORATE,
    MIL_SECURITY,
    MOD,
    NAJIYAH,
    NAJIYAH_VICTIMS,
    NE_SYRIA,
    NFL,
    PALMYRA,
    PALMYRA_OFFICER,
    POL_SECURITY,
    QAMISHLI,
    QAMISHLI_AIRPORT,
    QAMISHLI_AMUDA,
    QAMISHLI_PROTESTERS,
    QUDSAYA,
    QUDSAYA_DETAINEES,
    QUDSAYA_VICTIMS,
    RD_GOVERNOR,
    REGIME,
    REV_YOUTH,
    ROJIN,
    ROJIN_FATHER,
    RUMOURED_DEAL_PLACES,
    RUSSIA,
    RUSSIA_FIFTH,
    RUSSIA_IRAN,
    SDF,
    SDF_AA,
    SHEIKH_MAQSOUD,
    SIG,
    SM_COUNCIL,
    SM_PROTESTERS,
    SM_RESIDENTS,
    SQUARE_REGIME,
    SUKHNAH,
    T4,
    TAL_RIFAAT,
    TAL_RIFAAT_VICTIMS,
    TAL_TAMR,
    TAL_TAMR_VICTIMS,
    TALKS_PLACES,
    TALL_POLICE,
    TALL_PROTESTERS,
    TRADER,
    TRIBAL_NOTABLES,
    TURKEY,
    TURKEY_RUSSIA,
    TURKEY_SNA,
    TURKISH_MOD,
    UN_SARC,
    WADI_BARADA,
    WASHOKANI,
    WASHOKANI_FAMILIES,
    YPJ_VICTIMS,
    place,
)
from goldkit import D, E, build  # noqa: E402

FIRST_NUMBER = 21  # file and id numbering continues after the first four sets (001-020)


ARTICLES = []

# ============================================================================ 021: Aleppo city and the northern countryside
ARTICLES.append(dict(
    id="team5-021", slug="aleppo_tal_rifaat_sheikh_maqsoud", published="2022-02-09",
    outlet="Shahba Net (fictional)",
    paras=[
        # 0 (headline: a shelling and a blockade)
        "قصف تركي يقتل امرأة وطفلها في تل رفعت.. و«الفرقة الرابعة» تمنع المحروقات عن الشيخ مقصود لليوم السادس",
        # 1
        "قصفت القوات التركية وفصائل «الجيش الوطني السوري» المتمركزة في محيط مدينة مارع، فجر اليوم الأربعاء، بقذائف المدفعية الثقيلة والصواريخ، أحياء سكنية في مدينة تل رفعت وقرية الشيخ عيسى بريف حلب الشمالي، ما أدى إلى مقتل امرأة وطفلها وإصابة خمسة مدنيين آخرين بجروح، بحسب ما أفاد به مراسلنا في ريف حلب الشمالي.",
        # 2 (the same shelling in other words)
        "وقالت «هيئة الصحة» في مقاطعة الشهباء، التابعة لـ«الإدارة الذاتية»، إن أكثر من أربعين قذيفة سقطت على المدينة والقرى المحيطة بها خلال ساعتين، وإن الضحيتين من عائلة مهجّرة من عفرين كانت تقيم في مدرسة حُوّلت إلى مركز لإيواء النازحين في الحي الغربي من تل رفعت.",
        # 3 (a reply and a threat)
        "وردّت «قوات تحرير عفرين» باستهداف قاعدة عسكرية تركية قرب قرية كلجبرين شمالي مارع بصواريخ موجهة، دون ورود معلومات عن خسائر بشرية، فيما توعدت وزارة الدفاع التركية، في بيان نشرته ظهر اليوم، بـ«الرد بحزم على أي اعتداء يطال قواتها أو المدنيين في المنطقة».",
        # 4 (a blockade, «لليوم السادس على التوالي»)
        "وفي مدينة حلب، منعت حواجز «الفرقة الرابعة» المنتشرة على مداخل حيي الشيخ مقصود والأشرفية، لليوم السادس على التوالي، دخول صهاريج المحروقات وشاحنات الطحين إلى الحيين الخاضعين لسيطرة «قوى الأمن الداخلي» (الأسايش)، ما أدى إلى توقف ثلاثة أفران عن العمل وارتفاع سعر ربطة الخبز إلى أكثر من الضعف.",
        # 5 (a sit-in; the banners' demands are no events)
        "واعتصم العشرات من أهالي الحيين، ظهر اليوم، عند دوار الجندول القريب من أحد حواجز الفرقة، مطالبين بفك الحصار، ورفع المعتصمون لافتات كُتب عليها «افتحوا الطريق أمام الخبز» و«أطفالنا ليسوا رهائن».",
        # 6 (a Russian-mediated meeting that ended without agreement)
        "وعقد ضباط من الشرطة العسكرية الروسية، مساء أمس الثلاثاء، اجتماعاً ضم ممثلين عن «المجلس العام» لحيي الشيخ مقصود والأشرفية وضباطاً من «الفرقة الرابعة» في مقر القوات الروسية بمطار حلب الدولي، لبحث ملف الحصار، إلا أن الاجتماع انتهى دون التوصل إلى اتفاق، بحسب ما نقلته وكالة محلية مقربة من «الإدارة الذاتية» عن مصدر في المجلس.",
        # 7 (conditions and their rejection; the demanded handover is no event)
        "وأوضحت مصادر مطلعة لشبكتنا أن ضباط الفرقة اشترطوا، خلال الاجتماع، حصول الفرقة على «نسبة» من حمولة كل صهريج محروقات يدخل الحيين، وتسليم عدد من الشبان المطلوبين للخدمة الإلزامية، وهو ما رفضه ممثلو المجلس، مؤكدين أن «الأهالي لن يدفعوا ثمن الخبز مرتين».",
        # 8 (an IED with no claim)
        "وفي مدينة الباب الخاضعة لسيطرة فصائل «الجيش الوطني» بريف حلب الشرقي، قُتل القيادي في «فرقة السلطان مراد» محمود العبيد، المعروف بـ«أبو خالد الباب»، مساء أمس، بانفجار عبوة ناسفة زُرعت في سيارته قرب الكراج الشمالي للمدينة، ولم تتبنَّ أي جهة التفجير حتى ساعة إعداد هذا التقرير.",
        # 9 (an accusation; the denial of responsibility is no event)
        "واتهمت «الحكومة السورية المؤقتة»، في بيان صدر اليوم، «قسد» بالوقوف وراء التفجير، متوعدةً بـ«ملاحقة المتورطين وتقديمهم للعدالة»، فيما نفى مسؤول في «الإدارة الذاتية» أي علاقة لـ«قسد» بالحادثة.",
        # 10 (generic)
        "وتشهد مدينة الباب وريفها منذ سنوات تفجيرات متكررة بعبوات ناسفة ودراجات نارية مفخخة، يُسجَّل معظمها ضد مجهول، في حين تتبادل «قسد» وفصائل «الجيش الوطني» الاتهامات بالمسؤولية عنها.",
        # 11 (background with a dated toll)
        "وكانت «قوات تحرير عفرين» قد قصفت بالصواريخ، مساء الأحد الماضي، سوقاً شعبياً وسط مدينة مارع، ما أسفر عن مقتل ثلاثة مدنيين بينهم طفل وإصابة ستة آخرين، بحسب ما وثقه «الدفاع المدني السوري».",
    ],
    events=[
        # the shelling: headline 0, details 1, told again by the health authority in 2
        E(True, ["ASSAULT"], [0, 1, 2], "قصفت", ["asserted"], mode="heavy-weapons",
          source=TURKEY_SNA, recipient=TAL_RIFAAT_VICTIMS, location=TAL_RIFAAT, date=D("2022-02-09"),
          attribution=["مراسلنا", "هيئة الصحة في مقاطعة الشهباء"], fatalities=2,
          acled=["Explosions/Remote violence/Shelling/artillery/missile attack"], tpara=1),
        E(True, ["ASSAULT"], [3], "باستهداف", ["asserted"], mode="heavy-weapons",
          source=HRE, recipient=TURKEY, location=KALJIBRIN, date=D("2022-02-09"),
          acled=["Explosions/Remote violence/Shelling/artillery/missile attack"]),
        E(True, ["THREATEN"], [3], "توعدت", ["asserted", "reported"], mode="violence",
          source=TURKISH_MOD, recipient=HRE, location=KALJIBRIN, date=D("2022-02-09"),
          attribution=["بيان وزارة الدفاع التركية"]),
        # the blockade: headline 0, details 4, named again in 5 («فك الحصار») and 6 («ملف الحصار»)
        E(True, ["COERCE"], [0, 4, 5, 6], "منعت", ["asserted"], mode="restrict",
          source=FOURTH_DIV, recipient=SM_RESIDENTS, location=SHEIKH_MAQSOUD,
          date=D("2022-02-09", "day", ("2022-02-04", "2022-02-09")), acled=["Strategic developments/Other"], tpara=4),
        E(True, ["PROTEST"], [5], "واعتصم", ["asserted"], mode="demo",
          source=SM_PROTESTERS, location=SHEIKH_MAQSOUD, date=D("2022-02-09"), acled=["Protests/Peaceful protest"]),
        # participle demand: optional; the banners' slogans are no events
        E(False, ["REQUEST"], [5], "مطالبين", ["asserted"], source=SM_PROTESTERS, recipient=FOURTH_DIV,
          location=SHEIKH_MAQSOUD, date=D("2022-02-09")),
        # the meeting mediated by Russia; ¶7 refers to it («خلال الاجتماع»)
        E(True, ["CONSULT"], [6, 7], "اجتماعاً", ["asserted", "reported"], mode="third-party",
          source=RUSSIA, recipient=COUNCIL_FOURTH, location=ALEPPO_AIRPORT, date=D("2022-02-08"),
          attribution=["وكالة محلية مقربة من الإدارة الذاتية"]),
        E(False, ["AGREE"], [6], "دون التوصل إلى اتفاق", ["negated"], source=COUNCIL_FOURTH, location=ALEPPO_AIRPORT,
          date=D("2022-02-08")),
        # conditions set at the meeting and their rejection; the place is carried over from ¶6
        E(True, ["REQUEST"], [7], "اشترطوا", ["asserted", "reported"],
          source=FOURTH_DIV, recipient=SM_COUNCIL, location=AIRPORT_SM, date=D("2022-02-08"),
          attribution=["مصادر مطلعة"]),
        E(True, ["REJECT"], [7], "رفضه", ["asserted", "reported"],
          source=SM_COUNCIL, recipient=FOURTH_DIV, location=AIRPORT_SM, date=D("2022-02-08"),
          attribution=["مصادر مطلعة"]),
        # the IED in al-Bab: no claim, so no source; ¶9 refers to it («التفجير»)
        E(True, ["ASSAULT"], [8, 9], "بانفجار عبوة ناسفة", ["asserted"], mode="explosives",
          recipient=BAB_COMMANDER, location=AL_BAB, date=D("2022-02-08"), fatalities=1,
          acled=["Explosions/Remote violence/Remote explosive/landmine/IED"]),
        E(True, ["ACCUSE"], [9], "واتهمت", ["asserted", "reported"],
          source=SIG, recipient=SDF, location=AL_BAB, date=D("2022-02-09"),
          attribution=["بيان الحكومة السورية المؤقتة"]),
        E(False, ["THREATEN"], [9], "متوعدةً", ["asserted", "reported"], mode="arrest", source=SIG, recipient=SDF,
          location=AL_BAB, date=D("2022-02-09")),
        # paragraph 10 is a generic statement: deliberately NO gold event
        E(True, ["ASSAULT"], [11], "قصفت", ["historical", "asserted", "reported"], mode="heavy-weapons",
          source=HRE, recipient=MARE_VICTIMS, location=MARE, date=D("2022-02-06"),
          attribution=["الدفاع المدني السوري"], fatalities=3,
          acled=["Explosions/Remote violence/Shelling/artillery/missile attack"]),
    ],
))

# ============================================================================ 022: Latakia mountains, Jisr al-Shughur, Jableh
ARTICLES.append(dict(
    id="team5-022", slug="latakia_kabana_jisr_jableh", published="2021-11-03",
    outlet="Coast Voice (fictional)",
    paras=[
        # 0 (headline: an attack and arrests)
        "هجوم لـ«تحرير الشام» على محور الكبانة في جبل الأكراد.. واعتقالات في جبلة بسبب منشورات على «فيسبوك»",
        # 1 (two-sided: dead on both sides)
        "شنّت «هيئة تحرير الشام»، فجر اليوم الأربعاء، هجوماً على مواقع لقوات النظام على محور تلة الكبانة في جبل الأكراد بريف اللاذقية الشمالي الشرقي، واندلعت اشتباكات عنيفة بين الطرفين استمرت نحو ثلاث ساعات، أسفرت عن مقتل ستة عناصر من قوات النظام واثنين من مقاتلي الهيئة، بحسب ما أفاد به مصدر عسكري في غرفة عمليات «الفتح المبين» لشبكتنا.",
        # 2 (the same attack in other words)
        "وأعلنت الهيئة، عبر معرّفاتها الرسمية، أن مجموعة من «الانغماسيين» تسللت إلى نقطتين متقدمتين لقوات النظام على التلة وفجّرت دشمتين فيهما، قبل أن تعود إلى مواقعها، في حين نعت صفحات موالية ستة عناصر بينهم ملازم أول من أبناء مدينة جبلة.",
        # 3
        "وعقب الهجوم، قصفت قوات النظام بالمدفعية الثقيلة وراجمات الصواريخ قرى الناجية وبداما والزعينية في ريف جسر الشغور الغربي، ما أدى إلى إصابة ثلاثة مدنيين بينهم طفلة بجروح، وفق ما وثقه «الدفاع المدني السوري».",
        # 4 (a drone whose owner is only «رجّح»)
        "وفي وقت سابق من اليوم، استهدفت طائرة مسيّرة انتحارية سيارة مدنية على الطريق الواصل بين مدينة جسر الشغور وبلدة بداما، ما أدى إلى مقتل سائقها وإصابة شخص كان برفقته، ورجّح ناشطون أن تكون الطائرة قد انطلقت من مناطق سيطرة قوات النظام في سهل الغاب.",
        # 5
        "وفي مدينة جبلة بريف اللاذقية، اعتقلت دورية تابعة لفرع «الأمن السياسي»، مساء أمس الثلاثاء، مدرّساً وشابين من أبناء المدينة من منازلهم، على خلفية منشورات على «فيسبوك» انتقدوا فيها انقطاع الكهرباء وارتفاع الأسعار، بحسب ما أفاد به أحد أقاربهم لشبكتنا.",
        # 6 (a funeral, a demand whose content is no event, a participle accusation)
        "وشهدت مدينة جبلة، ظهر اليوم، تشييع عدد من قتلى الهجوم، وطالب ذوو أحد العناصر، في تسجيل مصور انتشر على صفحات موالية، وزارة الدفاع بـ«تحصين النقاط وإرسال تعزيزات حقيقية إلى الجبهة»، متهمين قادة القطاع بـ«ترك العناصر لقمة سائغة».",
        # 7 (a withdrawal and handover)
        "في غضون ذلك، انسحبت القوات التركية، صباح اليوم، من نقطتها العسكرية في محيط قرية الغسانية بريف جسر الشغور، بعد أن فككت معداتها ونقلتها على متن رتل ضم نحو عشرين آلية باتجاه معبر كفرلوسين الحدودي، وسلّمت الموقع لفصائل «الجبهة الوطنية للتحرير»، بحسب ما رصده مراسلنا في ريف إدلب الغربي.",
        # 8 (arrests, and a rumoured death under torture denied)
        "وفي مدينة جسر الشغور، داهم عناصر من «جهاز الأمن العام» التابع لـ«الهيئة»، فجر أمس، منازل في الحي الشمالي من المدينة، واعتقلوا خمسة أشخاص بتهمة «التواصل مع خلايا تتبع للنظام»، فيما نفى الجهاز، في بيان، ما تداولته صفحات محلية عن وفاة أحد المعتقلين تحت التعذيب، مؤكداً أن جميع الموقوفين «بصحة جيدة» وسيُحالون إلى القضاء.",
        # 9 (generic)
        "وتُعد محاور جبل الأكراد وجبل التركمان من أكثر الجبهات سخونة في شمال غربي سوريا، إذ تتعرض القرى القريبة منها لقصف شبه يومي، وتشهد بين حين وآخر محاولات تسلل متبادلة بين الفصائل وقوات النظام.",
        # 10 (background with a dated toll)
        "وكان قصف صاروخي لقوات النظام قد استهدف، مساء السبت الماضي، سوقاً شعبياً في بلدة الناجية بريف جسر الشغور الغربي، ما أسفر عن مقتل أربعة مدنيين بينهم امرأتان، بحسب «الدفاع المدني السوري».",
    ],
    events=[
        # the attack: headline 0, details 1, the group's own account 2, «وعقب الهجوم» 3, «قتلى الهجوم» 6;
        # 6 + 2 dead, so two-sided: both sides are source, no recipient
        E(True, ["ASSAULT"], [0, 1, 2, 3, 6], "هجوماً", ["asserted", "reported"], mode="firearms",
          source=HTS_VS_REGIME, location=KABANA, date=D("2021-11-03"),
          attribution=["مصدر عسكري في غرفة عمليات الفتح المبين"], fatalities=8, acled=["Battles/Armed clash"],
          tpara=1),
        E(False, ["RETREAT"], [2], "تعود", ["asserted", "reported"], mode="withdraw", source=HTS, location=KABANA,
          date=D("2021-11-03")),
        E(True, ["ASSAULT"], [3], "قصفت", ["asserted", "reported"], mode="heavy-weapons",
          source=REGIME, recipient=JISR_CIVILIANS, location=JISR_VILLAGES, date=D("2021-11-03"),
          attribution=["الدفاع المدني السوري"], acled=["Explosions/Remote violence/Shelling/artillery/missile attack"]),
        # the drone's owner is only «رجّح»: no source is checked
        E(True, ["ASSAULT"], [4], "استهدفت", ["asserted"], mode="aerial",
          recipient=DRONE_DRIVER, location=JISR_BDAMA, date=D("2021-11-03"), fatalities=1,
          acled=["Explosions/Remote violence/Air/drone strike"]),
        E(True, ["COERCE"], [0, 5], "اعتقلت", ["asserted", "reported"], mode="arrest",
          source=POL_SECURITY, recipient=JABLEH_DETAINEES, location=JABLEH, date=D("2021-11-02"),
          attribution=["أحد أقاربهم"], acled=["Strategic developments/Arrests"], tpara=5),
        # the demand's content («إرسال تعزيزات») is no MOBILIZE
        E(True, ["REQUEST"], [6], "وطالب", ["asserted", "reported"],
          source=JABLEH_RELATIVES, recipient=MOD, location=JABLEH, date=D("2021-11-03"),
          attribution=["تسجيل مصور على صفحات موالية"]),
        E(False, ["ACCUSE"], [6], "متهمين", ["asserted", "reported"], source=JABLEH_RELATIVES, recipient=MOD,
          location=JABLEH, date=D("2021-11-03")),
        # a withdrawal with a handover, carried out; «وسلّمت» is the same event (optional)
        E(True, ["RETREAT"], [7], "انسحبت", ["asserted"], mode="withdraw",
          source=TURKEY, recipient=NFL, location=GHASSANIYAH, date=D("2021-11-03"), attribution=["مراسلنا"],
          acled=["Strategic developments/Non-violent transfer of territory"]),
        E(False, ["RETREAT"], [7], "وسلّمت", ["asserted"], mode="withdraw", source=TURKEY, recipient=NFL,
          location=GHASSANIYAH, date=D("2021-11-03")),
        E(False, ["COERCE"], [8], "داهم", ["asserted"], mode="arrest", source=HTS_GSS, location=JISR,
          date=D("2021-11-02")),
        E(True, ["COERCE"], [8], "واعتقلوا", ["asserted"], mode="arrest",
          source=HTS_GSS, recipient=GSS_DETAINEES, location=JISR, date=D("2021-11-02"),
          acled=["Strategic developments/Arrests"]),
        # a rumoured death under torture, denied by the accused party: core, no toll checked
        E(True, ["ASSAULT"], [8], "وفاة أحد المعتقلين تحت التعذيب", ["rumored", "negated", "reported"], mode="torture",
          source=HTS_GSS, recipient=GSS_DETAINEES, location=JISR,
          attribution=["صفحات محلية", "بيان جهاز الأمن العام"]),
        # paragraph 9 is a generic statement: deliberately NO gold event
        E(True, ["ASSAULT"], [10], "استهدف", ["historical", "asserted", "reported"], mode="heavy-weapons",
          source=REGIME, recipient=NAJIYAH_VICTIMS, location=NAJIYAH, date=D("2021-10-30"),
          attribution=["الدفاع المدني السوري"], fatalities=4,
          acled=["Explosions/Remote violence/Shelling/artillery/missile attack"]),
    ],
))

# ============================================================================ 023: Hasakah and Qamishli
ARTICLES.append(dict(
    id="team5-023", slug="hasakah_qamishli_drone_siege", published="2022-03-16",
    outlet="Khabour Monitor (fictional)",
    paras=[
        # 0 (headline: a drone strike and an encirclement)
        "مسيّرة تركية تقتل ثلاث مقاتلات من «قسد» قرب القامشلي.. و«الأسايش» تطوّق «المربع الأمني» في الحسكة",
        # 1
        "استهدفت طائرة مسيّرة تركية، ظهر اليوم الأربعاء، سيارة عسكرية تقل قيادية في «وحدات حماية المرأة» واثنتين من مرافقاتها على الطريق الواصل بين مدينتي القامشلي وعامودا، ما أدى إلى مقتلهن جميعاً، بحسب ما أعلنه المركز الإعلامي لـ«قوات سوريا الديمقراطية» (قسد).",
        # 2 (the same strike in other words)
        "وقال مراسلنا في القامشلي إن صاروخين أصابا السيارة بشكل مباشر على بعد نحو عشرة كيلومترات غربي المدينة، وإن فرق الإسعاف نقلت الجثث الثلاث إلى المشفى الوطني في القامشلي، مشيراً إلى أن الضربة هي الثالثة من نوعها في المنطقة منذ مطلع الشهر الجاري.",
        # 3 (one accusation of two parties)
        "وحمّلت «قسد»، في بيان، كلاً من الدولة التركية والجانب الروسي، «الضامن لاتفاق وقف إطلاق النار»، مسؤولية «التصعيد المستمر» على مناطق شمال وشرق سوريا، مؤكدةً أنها «تحتفظ بحق الرد في الزمان والمكان المناسبين».",
        # 4 (an encirclement «منذ مساء أمس», with the arrest behind it)
        "وفي مدينة الحسكة، طوّقت «قوى الأمن الداخلي» (الأسايش)، منذ مساء أمس، «المربع الأمني» الخاضع لسيطرة قوات النظام وسط المدينة، ومنعت دخول صهاريج المحروقات والمواد الغذائية إليه، وذلك رداً على اعتقال فرع «الأمن العسكري» اثنين من عناصرها على حاجز عند المدخل الجنوبي للمدينة يوم الإثنين الماضي.",
        # 5 (a mediated meeting, an agreement in principle, a planned meeting)
        "وعقد وفد من الشرطة العسكرية الروسية، صباح اليوم، اجتماعاً مع ممثلين عن الطرفين في مطار القامشلي للتوسط في حل الأزمة، وأفادت مصادر مطلعة لمراسلنا بأن الطرفين اتفقا «مبدئياً» على إطلاق سراح عنصري الأسايش مقابل فك الطوق عن المربع الأمني، على أن يُعقد اجتماع ثانٍ مساء الغد لوضع آلية التنفيذ.",
        # 6 (a demonstration; the banners' demand is no event)
        "وخرج المئات من أهالي مدينة القامشلي، عصر اليوم، في مظاهرة جابت شوارع المدينة وصولاً إلى محيط القاعدة الروسية في المطار، تنديداً بالهجمات التركية المتكررة، ورفع المتظاهرون لافتات تطالب روسيا بـ«إغلاق الأجواء أمام المسيّرات التركية».",
        # 7 (an abduction and an appeal)
        "وفي مدينة عامودا، اختطف مسلحون يتبعون لما يُعرف بـ«الشبيبة الثورية»، أمس الثلاثاء، الطفلة روجين حسن (15 عاماً) أثناء خروجها من مدرستها، واقتادوها إلى جهة مجهولة بهدف تجنيدها، بحسب ما أفاد به ذووها لمراسلنا. وناشد والدها، في مقطع مصور، قيادة «قسد» و«الإدارة الذاتية» التدخل لإعادة ابنته، مؤكداً أنها «ما تزال طفلة».",
        # 8 (a killing attributed by the Asayish)
        "وفي مخيم الهول شرقي الحسكة، عُثر صباح اليوم على جثة لاجئ عراقي مقتولاً بطلقات نارية في القطاع الخامس من المخيم، وقالت «قوى الأمن الداخلي» في بيان إن خلية تابعة لتنظيم «الدولة الإسلامية» تقف وراء عملية القتل.",
        # 9
        "ووزعت منظمة «الهلال الأحمر الكردي»، اليوم، الخبز ومياه الشرب على نحو 1200 عائلة في مخيم واشوكاني غربي الحسكة، بعد توقف ضخ المياه من محطة علوك لأكثر من أسبوع.",
        # 10 (generic)
        "ويعاني سكان مدينة الحسكة وريفها منذ أشهر من انقطاعات متكررة في المياه والكهرباء، فيما تتكرر حوادث التطويق المتبادل بين «الأسايش» وقوات النظام كلما اعتُقل عنصر من أحد الطرفين، وغالباً ما تنتهي بوساطة روسية.",
        # 11 (background with a dated toll)
        "وكانت القوات التركية قد قصفت بالمدفعية، مساء الخميس 10 آذار، قرى في ريف بلدة تل تمر شمال غربي الحسكة، ما أسفر عن مقتل مدنيين اثنين من عائلة واحدة، بحسب مراسلنا.",
    ],
    events=[
        # the drone strike: headline 0, details 1, the correspondent's account 2
        E(True, ["ASSAULT"], [0, 1, 2], "استهدفت", ["asserted", "reported"], mode="aerial",
          source=TURKEY, recipient=YPJ_VICTIMS, location=QAMISHLI_AMUDA, date=D("2022-03-16"),
          attribution=["المركز الإعلامي لقسد", "مراسلنا"], fatalities=3,
          acled=["Explosions/Remote violence/Air/drone strike"], tpara=1),
        # one verb, two accused parties: one event
        E(True, ["ACCUSE"], [3], "وحمّلت", ["asserted", "reported"],
          source=SDF, recipient=TURKEY_RUSSIA, location=place(NE_SYRIA, QAMISHLI_AMUDA),
          date=D("2022-03-16", "day", ("2022-03-15", "2022-03-16")), attribution=["بيان قسد"]),
        E(False, ["AGREE"], [3], "لاتفاق وقف إطلاق النار", ["historical", "asserted"], source=TURKEY_RUSSIA,
          location=NE_SYRIA),
        E(False, ["THREATEN"], [3], "بحق الرد", ["asserted", "reported"], mode="violence", source=SDF,
          recipient=TURKEY, location=NE_SYRIA),
        # the encirclement: headline 0, details 4, its lifting as a term of the agreement in 5
        E(True, ["COERCE"], [0, 4, 5], "طوّقت", ["asserted"], mode="restrict",
          source=ASAYISH, recipient=SQUARE_REGIME, location=HASAKAH_CITY,
          date=D("2022-03-15", "day", ("2022-03-15", "2022-03-16")), acled=["Strategic developments/Other"], tpara=4),
        E(False, ["COERCE"], [4], "ومنعت", ["asserted"], mode="restrict", source=ASAYISH, recipient=SQUARE_REGIME,
          location=HASAKAH_CITY, date=D("2022-03-16", "day", ("2022-03-15", "2022-03-16"))),
        # the arrest behind it, Monday: background without violence, optional
        E(False, ["COERCE"], [4], "اعتقال", ["historical", "asserted"], mode="arrest", source=MIL_SECURITY,
          recipient=ASAYISH_MEMBERS, location=HASAKAH_CITY, date=D("2022-03-14")),
        E(True, ["CONSULT"], [5], "اجتماعاً", ["asserted"], mode="third-party",
          source=RUSSIA, recipient=ASAYISH_REGIME, location=QAMISHLI_AIRPORT, date=D("2022-03-16")),
        E(True, ["AGREE"], [5], "اتفقا", ["asserted", "reported"],
          source=ASAYISH_REGIME, location=AIRPORT_HASAKAH, date=D("2022-03-16"), attribution=["مصادر مطلعة"],
          acled=["Strategic developments/Agreement"]),
        E(False, ["RETREAT"], [5], "إطلاق سراح", ["planned"], mode="release", source=MIL_SECURITY,
          recipient=ASAYISH_MEMBERS, location=HASAKAH_CITY),
        E(False, ["RETREAT"], [5], "فك الطوق", ["planned"], mode="access", source=ASAYISH, location=HASAKAH_CITY),
        # a planned meeting «مساء الغد»
        E(True, ["CONSULT"], [5], "اجتماع ثانٍ", ["planned"], mode="third-party",
          source=RUSSIA, recipient=ASAYISH_REGIME, location=QAMISHLI_AIRPORT, date=D("2022-03-17"),
          attribution=["مصادر مطلعة"]),
        E(True, ["PROTEST"], [6], "مظاهرة", ["asserted"], mode="demo",
          source=QAMISHLI_PROTESTERS, location=QAMISHLI, date=D("2022-03-16"), acled=["Protests/Peaceful protest"]),
        E(False, ["ACCUSE"], [6], "تنديداً", ["asserted"], source=QAMISHLI_PROTESTERS, recipient=TURKEY,
          location=QAMISHLI, date=D("2022-03-16")),
        E(False, ["REQUEST"], [6], "لافتات تطالب", ["asserted"], source=QAMISHLI_PROTESTERS, recipient=RUSSIA,
          location=QAMISHLI, date=D("2022-03-16")),
        E(True, ["ASSAULT"], [7], "اختطف", ["asserted", "reported"], mode="abduct",
          source=REV_YOUTH, recipient=ROJIN, location=AMUDA, date=D("2022-03-15"), attribution=["ذووها"],
          acled=["Violence against civilians/Abduction/forced disappearance"]),
        # the appeal; the return it asks for is no RETREAT
        E(True, ["REQUEST"], [7], "وناشد", ["asserted"],
          source=ROJIN_FATHER, recipient=SDF_AA, location=AMUDA, date=D("2022-03-16", "day", ("2022-03-15", "2022-03-16")),
          attribution=["مقطع مصور"]),
        # the perpetrator is named by the Asayish statement; the time of the killing is not given
        E(True, ["ASSAULT"], [8], "مقتولاً بطلقات نارية", ["asserted", "reported"], mode="firearms",
          source=ISIS, recipient=HOL_VICTIM, location=HOL, date=D("2022-03-16", "day", ("2022-03-15", "2022-03-16")),
          attribution=["بيان قوى الأمن الداخلي"], fatalities=1, acled=["Violence against civilians/Attack"]),
        E(True, ["AID"], [9], "ووزعت", ["asserted"], mode="humanitarian",
          source=KRC, recipient=WASHOKANI_FAMILIES, location=WASHOKANI, date=D("2022-03-16")),
        # paragraph 10 is a generic statement: deliberately NO gold event
        E(True, ["ASSAULT"], [11], "قصفت", ["historical", "asserted"], mode="heavy-weapons",
          source=TURKEY, recipient=TAL_TAMR_VICTIMS, location=TAL_TAMR, date=D("2022-03-10"), attribution=["مراسلنا"],
          fatalities=2, acled=["Explosions/Remote violence/Shelling/artillery/missile attack"]),
    ],
))

# ============================================================================ 024: western Damascus countryside
ARTICLES.append(dict(
    id="team5-024", slug="qudsaya_tall_wadi_barada", published="2019-06-19",
    outlet="Barada Echo (fictional)",
    paras=[
        # 0 (headline: arrests and a protest)
        "حملة اعتقالات في قدسيا.. ومظاهرة في التل احتجاجاً على أزمة الخبز",
        # 1
        "داهمت دوريات تابعة لفرع «المخابرات الجوية»، فجر اليوم الأربعاء، عدداً من المنازل في الحي الشرقي من مدينة قدسيا بريف دمشق الغربي، واعتقلت ستة شبان من أبناء المدينة، بينهم اثنان من المقاتلين السابقين في فصائل المعارضة ممن أجروا «تسوية» لأوضاعهم عام 2016، بحسب ما أفاد به مراسلنا في ريف دمشق الغربي.",
        # 2 (the same campaign in other words, with a negated release)
        "وذكرت صفحة «قدسيا الآن» على «فيسبوك» أن عناصر الدوريات طوّقوا الحي بعربات عسكرية قبل أن يقتحموا المنازل ويقتادوا الشبان إلى فرع المخابرات الجوية في مطار المزة العسكري، دون أن تُعرف التهم الموجهة إليهم، مشيرةً إلى أنه لم يُفرج حتى الآن عن أي منهم رغم مراجعة ذويهم لـ«لجنة المصالحة» في المدينة.",
        # 3 (a protest, road-blocking, dispersal)
        "وفي مدينة التل شمال دمشق، تظاهر العشرات من الأهالي، صباح اليوم، أمام المخبز الآلي في المدينة، احتجاجاً على تقليص مخصصات الخبز وارتفاع سعر الربطة، وقطعوا الطريق الرئيسي المؤدي إلى ساحة المدينة لنحو ساعة، قبل أن تفرقهم عناصر من الشرطة و«الأمن الجنائي» بإطلاق النار في الهواء، بحسب ما نقلته شبكة «أخبار التل» عن شهود عيان.",
        # 4 (a dismissal)
        "وعقب المظاهرة، أصدر محافظ ريف دمشق قراراً بإعفاء مدير المخبز الآلي في التل من مهامه وإحالته إلى الرقابة الداخلية، بتهمة «التلاعب بمخصصات الطحين»، بحسب ما نشرته صفحة المحافظة على «فيسبوك».",
        # 5 (a passive abduction «على يد», released for ransom)
        "وفي منطقة وادي بردى، اختُطف تاجر المواشي خالد الشامي، من أبناء بلدة دير قانون، مساء أمس، على يد مسلحين مجهولين اعترضوا سيارته على الطريق الواصل بين بلدتي دير قانون وعين الفيجة، قبل أن يُطلَق سراحه صباح اليوم بعد أن دفع ذووه فدية قدرها 25 مليون ليرة سورية، بحسب ما أفاد به أحد أقاربه لشبكتنا.",
        # 6 (a meeting, a demand whose content is no event, a rejection)
        "واجتمع أعضاء «لجنة المصالحة» في وادي بردى، أمس الثلاثاء، مع ضباط من «الفرقة الرابعة» في مقر الفرقة ببلدة عين الفيجة، وطالبوا بإزالة الحاجز المقام عند مفرق بلدة بسيمة، الذي يفرض عناصره «إتاوات» على المزارعين وسيارات نقل الخضار، إلا أن الضباط رفضوا الطلب، مؤكدين أن الحاجز «باقٍ لأسباب أمنية»، بحسب ما أفاد به عضو في اللجنة لمراسلنا.",
        # 7 (a conditional threat of arrest)
        "وهدد أحد الضباط، خلال الاجتماع، بـ«إعادة فتح ملفات» المطلوبين من أبناء الوادي واعتقالهم، في حال «استمر التحريض» على عناصر الحاجز، وفق المصدر ذاته.",
        # 8 (an aid convoy)
        "إلى ذلك، دخلت قافلة مساعدات إنسانية مشتركة بين «الأمم المتحدة» و«الهلال الأحمر العربي السوري»، ظهر اليوم، إلى بلدتي مضايا وبقين في منطقة الزبداني، تضم 22 شاحنة محملة بسلال غذائية وأدوية ومستلزمات طبية تكفي نحو 4 آلاف عائلة، وفق ما أعلنه «الهلال الأحمر» عبر معرّفاته الرسمية.",
        # 9 (generic)
        "ويعيش أهالي مناطق «التسويات» في ريف دمشق الغربي منذ سنوات تحت ضغط حملات الاعتقال المتكررة وسوق الشبان إلى الخدمة العسكرية، إضافة إلى «الإتاوات» التي تفرضها حواجز «الفرقة الرابعة» على حركة البضائع والأفراد.",
        # 10 (background with a dated toll, no known actor)
        "وكانت قذيفة هاون مجهولة المصدر قد سقطت، مساء الجمعة 14 حزيران، على ساحة عامة في مدينة قدسيا، ما أدى إلى مقتل طفلين وإصابة ثلاثة مدنيين آخرين.",
    ],
    events=[
        # the arrest campaign: headline 0, details 1, the page's account 2
        E(True, ["COERCE"], [0, 1, 2], "واعتقلت", ["asserted"], mode="arrest",
          source=AIR_INTEL, recipient=QUDSAYA_DETAINEES, location=QUDSAYA, date=D("2019-06-19"),
          attribution=["مراسلنا", "قدسيا الآن"], acled=["Strategic developments/Arrests"], tpara=1),
        E(False, ["COERCE"], [1], "داهمت", ["asserted"], mode="arrest", source=AIR_INTEL, location=QUDSAYA,
          date=D("2019-06-19")),
        # the 2016 settlement: old background
        E(False, ["AGREE"], [1], "تسوية", ["historical", "asserted"], source=QUDSAYA_DETAINEES, recipient=REGIME,
          location=QUDSAYA, date=D("2016-07-01", "year", ("2016-01-01", "2016-12-31"))),
        E(False, ["COERCE"], [2], "طوّقوا", ["asserted", "reported"], mode="restrict", source=AIR_INTEL,
          location=QUDSAYA, date=D("2019-06-19")),
        E(False, ["RETREAT"], [2], "لم يُفرج", ["negated", "reported"], mode="release", source=AIR_INTEL,
          recipient=QUDSAYA_DETAINEES, location=QUDSAYA),
        # the protest: headline 0, details 3, «وعقب المظاهرة» 4
        E(True, ["PROTEST"], [0, 3, 4], "تظاهر", ["asserted", "reported"], mode="demo",
          source=TALL_PROTESTERS, location=AL_TALL, date=D("2019-06-19"), attribution=["أخبار التل"],
          acled=["Protests/Protest with intervention"], tpara=3),
        E(False, ["PROTEST"], [3], "وقطعوا", ["asserted", "reported"], mode="obstruct", source=TALL_PROTESTERS,
          location=AL_TALL, date=D("2019-06-19")),
        # dispersal with shots in the air (first set: COERCE/ASSAULT)
        E(True, ["COERCE", "ASSAULT"], [3], "تفرقهم", ["asserted", "reported"], mode="restrict",
          source=TALL_POLICE, recipient=TALL_PROTESTERS, location=AL_TALL, date=D("2019-06-19"),
          attribution=["أخبار التل"]),
        # dismissal with a referral (seed G21: SANCTION/COERCE)
        E(True, ["SANCTION", "COERCE"], [4], "بإعفاء", ["asserted", "reported"],
          source=RD_GOVERNOR, recipient=BAKERY_DIRECTOR, location=AL_TALL, date=D("2019-06-19"),
          attribution=["صفحة محافظة ريف دمشق"]),
        E(True, ["ASSAULT"], [5], "اختُطف", ["asserted", "reported"], mode="abduct",
          source=GUNMEN, recipient=TRADER, location=WADI_BARADA, date=D("2019-06-18"), attribution=["أحد أقاربه"],
          acled=["Violence against civilians/Abduction/forced disappearance"]),
        # the release for ransom: a sub-action of the abduction, optional
        E(False, ["RETREAT"], [5], "يُطلَق سراحه", ["asserted", "reported"], mode="release", source=GUNMEN,
          recipient=TRADER, location=WADI_BARADA, date=D("2019-06-19")),
        # the meeting; ¶7 refers to it («خلال الاجتماع»)
        E(True, ["CONSULT"], [6, 7], "واجتمع", ["asserted", "reported"],
          source=BARADA_COMMITTEE, recipient=FOURTH_OFFICERS, location=WADI_BARADA, date=D("2019-06-18"),
          attribution=["عضو في اللجنة"]),
        # the demand; the demanded removal of the checkpoint is no RETREAT
        E(True, ["REQUEST"], [6], "وطالبوا", ["asserted", "reported"],
          source=BARADA_COMMITTEE, recipient=FOURTH_OFFICERS, location=WADI_BARADA, date=D("2019-06-18")),
        E(True, ["REJECT"], [6], "رفضوا", ["asserted", "reported"],
          source=FOURTH_OFFICERS, recipient=BARADA_COMMITTEE, location=WADI_BARADA, date=D("2019-06-18")),
        # conditional threat of arrest; «الوادي» names Wadi Barada
        E(True, ["THREATEN"], [7], "وهدد", ["asserted", "reported"], mode="arrest",
          source=FOURTH_OFFICERS, recipient=BARADA_WANTED, location=WADI_BARADA, date=D("2019-06-18"),
          attribution=["عضو في اللجنة"]),
        E(False, ["COERCE"], [7], "واعتقالهم", ["hypothetical"], mode="arrest", source=FOURTH_OFFICERS,
          recipient=BARADA_WANTED, location=WADI_BARADA),
        E(True, ["AID"], [8], "قافلة مساعدات", ["asserted", "reported"], mode="humanitarian",
          source=UN_SARC, recipient=MADAYA_FAMILIES, location=MADAYA, date=D("2019-06-19"),
          attribution=["الهلال الأحمر"]),
        # paragraph 9 is a generic statement: deliberately NO gold event
        E(True, ["ASSAULT"], [10], "قذيفة هاون", ["historical", "asserted"], mode="heavy-weapons",
          recipient=QUDSAYA_VICTIMS, location=QUDSAYA, date=D("2019-06-14"), fatalities=2,
          acled=["Explosions/Remote violence/Shelling/artillery/missile attack"]),
    ],
))

# ============================================================================ 025: Palmyra and the Badia, analytic report
ARTICLES.append(dict(
    id="team5-025", slug="palmyra_badia_russian_iranian", published="2021-10-19",
    outlet="Badia Monitor (fictional)",
    paras=[
        # 0 (explicit day-month date)
        "زار وفد عسكري روسي يرأسه ضابط برتبة لواء، يوم أمس الإثنين 18 تشرين الأول، مدينة تدمر في ريف حمص الشرقي، والتقى قادة ميليشيا «لواء فاطميون» المدعومة من إيران في أحد مقراتها داخل المدينة، بحضور ضباط من «الفيلق الخامس» المدعوم روسياً.",
        # 1 (a demand whose content is no event)
        "وقالت مصادر خاصة لـ«مرصد البادية» إن الوفد طالب قادة الميليشيا بإخلاء مواقعهم في محيط مناجم الفوسفات في خنيفيس وحقل «الشاعر» للغاز، وتسليمها إلى «الفيلق الخامس» قبل نهاية الشهر الجاري، بذريعة «تأمين طرق نقل الفوسفات» من هجمات خلايا تنظيم «الدولة».",
        # 2 (request for time, planned meeting, negated attendance)
        "وبحسب المصادر، فإن قادة «فاطميون» طلبوا من الوفد الروسي مهلة للتشاور مع قيادة «الحرس الثوري» الإيراني في مدينة الميادين، على أن يُعقد اجتماع آخر بين الجانبين في مطار «التيفور» العسكري مطلع الأسبوع المقبل، في حين لم يحضر لقاء الأمس أي ممثل عن ميليشيا «حزب الله» اللبناني المنتشرة في المنطقة.",
        # 3 (a rejection; the withdrawal it refuses is no event)
        "وأكد مصدر مقرب من «لواء فاطميون»، في حديث لـ«مرصد البادية»، أن قيادة الميليشيا «ترفض رفضاً قاطعاً» الانسحاب من مواقعها في محيط المناجم، معتبراً أن وجود مقاتليها هناك «جاء بطلب من الحكومة السورية، ولا يحق لأي طرف آخر مطالبتهم بالمغادرة».",
        # 4 (the background attack, first telling)
        "وتأتي زيارة الوفد الروسي بعد أيام من الهجوم الذي تعرضت له حافلة تقل عناصر من «فاطميون» على طريق تدمر–دير الزور، والذي تبادل بعده الجانبان الروسي والإيراني الاتهامات بالتقصير في تأمين الطريق، وسط مخاوف من أن يتحول الخلاف بينهما إلى مواجهة مباشرة.",
        # 5 (rumour, not denied)
        "وتدور أحاديث في أوساط الميليشيات الإيرانية عن تفاهم روسي–إيراني جرى التوصل إليه في دمشق، يقضي بانسحاب «فاطميون» من محيط المناجم إلى مدينة البوكمال، مقابل احتفاظ «حزب الله» بنقاطه في محيط مطار التيفور، وهو ما لم تؤكده أي جهة رسمية حتى الآن.",
        # 6 (dismissal and referral for investigation)
        "وفي تطور لافت، أصدر رئيس شعبة المخابرات العسكرية قراراً بإعفاء رئيس مفرزة «الأمن العسكري» في مدينة تدمر من منصبه وإحالته إلى التحقيق، على خلفية اتهامه بتسهيل مرور شاحنات تهريب تابعة للميليشيات الإيرانية عبر حواجز البادية، بحسب ما أفاد به مصدر أمني لـ«مرصد البادية».",
        # 7
        "من جهتها، استقدمت الميليشيات الإيرانية، خلال اليومين الماضيين، تعزيزات عسكرية من مدينة الميادين إلى محيط بلدة السخنة ومناجم خنيفيس، تضم نحو عشرين سيارة رباعية الدفع مزودة برشاشات ثقيلة ونحو 150 عنصراً من «فاطميون» و«الحرس الثوري»، بحسب ما رصده مراسلنا في ريف حمص الشرقي.",
        # 8 (strikes on targets only «يُعتقد أنها» ISIS)
        "وشنت الطائرات الحربية الروسية، منذ صباح الأحد، أكثر من ثلاثين غارة جوية على مواقع يُعتقد أنها لخلايا تنظيم «الدولة» في بادية السخنة ومنطقة جبل البشري، دون ورود معلومات عن حصيلة الخسائر.",
        # 9 (a second meeting and an offer of readiness)
        "والتقى الوفد الروسي، في ختام جولته، وجهاء من عشائر ريف تدمر في مضافة أحدهم بالمدينة، وأبدى الوجهاء استعدادهم لضم مئات الشبان من أبناء العشائر إلى «الفيلق الخامس» لتولي حماية المناجم والطرق، مقابل تسوية أوضاع المطلوبين منهم للخدمة الإلزامية، بحسب المصادر ذاتها.",
        # 10 (the background attack, second telling, with the toll)
        "وكانت خلية تابعة لتنظيم «الدولة الإسلامية» قد هاجمت، فجر الأربعاء 13 تشرين الأول، حافلة تقل عناصر من «لواء فاطميون» على طريق تدمر–دير الزور قرب منطقة كباجب، بالأسلحة الرشاشة والقذائف الصاروخية، ما أسفر عن مقتل 11 عنصراً وإصابة آخرين، بحسب ما نقلته صفحات موالية عن مصدر عسكري.",
        # 11 (generic)
        "وتتقاسم روسيا وإيران النفوذ في البادية السورية منذ سنوات، إذ تتركز القوات الروسية والفصائل المدعومة منها حول حقول الغاز ومناجم الفوسفات، فيما تنتشر الميليشيات الإيرانية على طول الطريق الواصل بين تدمر والبوكمال، ولا يكاد يمر أسبوع دون هجوم لخلايا التنظيم على طرق البادية.",
    ],
    events=[
        # the visit and meeting: 0, the sources' account in 1, «لقاء الأمس» in 2, «زيارة الوفد الروسي» in 4
        E(True, ["CONSULT"], [0, 1, 2, 4], "زار", ["asserted"], mode="visit",
          source=RUSSIA, recipient=FATEMIYOUN, location=PALMYRA, date=D("2021-10-18")),
        # the demand; the evacuation and handover it asks for are no events
        E(True, ["REQUEST"], [1], "طالب", ["asserted", "reported"],
          source=RUSSIA, recipient=FATEMIYOUN, location=KHUNAYFIS, date=D("2021-10-18"),
          attribution=["مصادر خاصة لمرصد البادية"]),
        E(True, ["REQUEST"], [2], "طلبوا", ["asserted", "reported"],
          source=FATEMIYOUN, recipient=RUSSIA, location=TALKS_PLACES, date=D("2021-10-18"),
          attribution=["مصادر خاصة لمرصد البادية"]),
        # planned meeting «مطلع الأسبوع المقبل» (from a Tuesday)
        E(True, ["CONSULT"], [2], "اجتماع آخر", ["planned"],
          source=RUSSIA, recipient=FATEMIYOUN, location=T4,
          date=D("2021-10-24", "week", ("2021-10-23", "2021-10-27")), attribution=["مصادر خاصة لمرصد البادية"]),
        E(False, ["CONSULT"], [2], "لم يحضر", ["negated"], source=HEZBOLLAH, recipient=RUSSIA, location=PALMYRA,
          date=D("2021-10-18")),
        # the rejection; its recipient (Russia) is carried over from ¶1
        E(True, ["REJECT"], [3], "ترفض", ["asserted", "reported"],
          source=FATEMIYOUN, recipient=RUSSIA, location=KHUNAYFIS,
          date=D("2021-10-19", "day", ("2021-10-18", "2021-10-19")), attribution=["مصدر مقرب من لواء فاطميون"]),
        # the attack of 13 October, told in 4 and again in 10 with the toll: core background
        E(True, ["ASSAULT"], [4, 10], "هاجمت", ["historical", "asserted", "reported"], mode="firearms",
          source=ISIS, recipient=FATEMIYOUN_BUS, location=KABAJEB_ROAD, date=D("2021-10-13"),
          attribution=["صفحات موالية", "مصدر عسكري"], fatalities=11, acled=["Battles/Armed clash"], tpara=10),
        E(False, ["ACCUSE"], [4], "الاتهامات", ["historical", "asserted"], source=RUSSIA_IRAN, location=PALMYRA),
        E(False, ["ASSAULT"], [4], "مواجهة مباشرة", ["hypothetical"], source=RUSSIA_IRAN, location=PALMYRA),
        # a rumoured understanding, not denied: core (a rumoured act)
        E(True, ["AGREE"], [5], "تفاهم روسي–إيراني", ["rumored", "reported"],
          source=RUSSIA_IRAN, location=RUMOURED_DEAL_PLACES, attribution=["أحاديث في أوساط الميليشيات الإيرانية"],
          acled=["Strategic developments/Agreement"]),
        E(False, ["RETREAT"], [5], "بانسحاب", ["rumored", "planned", "reported"], mode="withdraw",
          source=FATEMIYOUN, location=KHUNAYFIS),
        # dismissal with a referral; no date given
        E(True, ["SANCTION", "COERCE"], [6], "بإعفاء", ["asserted", "reported"],
          source=MI_DIRECTORATE, recipient=PALMYRA_OFFICER, location=PALMYRA, attribution=["مصدر أمني"]),
        E(True, ["MOBILIZE"], [7], "استقدمت", ["asserted"], mode="troops",
          source=IRAN_MILITIAS, location=SUKHNAH, date=D("2021-10-18", "day", ("2021-10-17", "2021-10-19")),
          attribution=["مراسلنا"], acled=["Strategic developments/Other"]),
        # the target is only «يُعتقد أنها» ISIS: no recipient is checked
        E(True, ["ASSAULT"], [8], "غارة جوية", ["asserted"], mode="aerial",
          source=RUSSIA, location=BISHRI, date=D("2021-10-17", "day", ("2021-10-17", "2021-10-19")),
          acled=["Explosions/Remote violence/Air/drone strike"]),
        E(True, ["CONSULT"], [9], "والتقى", ["asserted", "reported"],
          source=RUSSIA, recipient=TRIBAL_NOTABLES, location=PALMYRA, date=D("2021-10-18"),
          attribution=["مصادر خاصة لمرصد البادية"]),
        E(True, ["AGREE"], [9], "استعدادهم", ["asserted", "reported"],
          source=TRIBAL_NOTABLES, recipient=RUSSIA_FIFTH, location=PALMYRA, date=D("2021-10-18"),
          attribution=["مصادر خاصة لمرصد البادية"]),
        # paragraph 11 is a generic statement: deliberately NO gold event
    ],
))


if __name__ == "__main__":
    build(HERE, ARTICLES, "team5.gold.json", id_prefix="team5", first_number=FIRST_NUMBER)
