#!/usr/bin/env python3
"""Write the fifteenth team-made article set (NNN_slug.txt, ids team15-071 ... team15-075) and its gold
(team15.gold.json).

The articles and annotations live here; ``benchmarks/data/goldkit.py`` writes the files and computes every
offset (nothing is typed by hand): para_spans are the [start, end) code-point offsets of each line (newline
excluded) in the file text, trigger spans are found inside the named paragraph. Run from anywhere:
    python3 benchmarks/data/articles15/build_gold.py && python3 benchmarks/data/articles15/check_gold.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from actors_places import (  # noqa: E402
    ABU_HAMAM,
    ABU_OMAR,
    ACTIVIST,
    ARIHA,
    ARIHA_VICTIMS,
    AU_CALL_PLACE,
    AU_PSC,
    BABANUSA,
    BABANUSA_AREA,
    BABANUSA_DISPLACED,
    BABANUSA_SIDES,
    BARA_WEST,
    BUSRA_HARIR,
    CENTRAL_COMMITTEE,
    CIVIL_DEFENCE,
    CLOCK_SQUARE,
    COLLABORATORS,
    COUNCIL_MEMBER,
    CURFEW_RESIDENTS,
    DAMASCUS,
    DARAA_CITY,
    DEZ_EAST,
    DILLING,
    DILLING_STATION,
    DMC,
    DRIVER,
    DRONE_VICTIMS,
    DUMAYR,
    DZ_NOTABLES,
    EIGHTH_BRIGADE,
    EL_FULA,
    EL_OBEID,
    EL_OBEID_MARKET,
    GHARANIJ,
    GHARANIJ_DETAINEES,
    GHARANIJ_PROTESTERS,
    HAJIN,
    HAJIN_AREA,
    HAJIN_CHECKPOINT,
    HARIR_MEETING,
    HARIR_NOTABLES,
    HIRAK,
    HTS,
    HTS_GSS,
    IDLIB_CITY,
    IDLIB_GOV,
    IDLIB_PROTESTERS,
    IHSIM_IBLIN,
    INTL_COMMUNITY,
    IRAN,
    IRAN_FM,
    IRANIAN_CONSULATE,
    IRGC,
    ISIS_DZ,
    ISRAEL,
    ISRAEL_ONLY,
    ISRAEL_PLACE,
    ISRAELI_DRONE,
    JABER,
    JIZA_MUKHTAR,
    JIZA_ROAD,
    JO_AIR,
    JO_AUTH,
    KADUGLI,
    KADUGLI_VICTIMS,
    KAFR_SOUSA,
    KAFR_SOUSA_TARGET,
    KIDNAPPERS,
    KILLERS,
    KISHKIYAH_ROAD,
    MARAYAN,
    MARAYAN_BOYS,
    MASYAF,
    MASYAF_TARGET,
    MEZZEH,
    MEZZEH_CAR,
    MEZZEH_HWY,
    MIL_SEC,
    MIL_SEC_HEAD,
    MIL_SEC_PATROL,
    MUSAYFIRAH,
    NASIB,
    OBEID_IDPS,
    OBEID_MARKET_VICTIMS,
    OCHA,
    OIL_TANKER,
    REGIME,
    REGIME_MI,
    RELEASED_FOUR,
    RSF,
    RU_AIR,
    RU_MFA,
    SAF,
    SAF_CONVOY,
    SAF_MI,
    SALVATION_JUSTICE,
    SALVATION_MOI,
    SARMIN,
    SARMIN_ORGANISERS,
    SD_ALL_PARTIES,
    SDF,
    SDF_COALITION,
    SDF_COMMANDER,
    SDF_TRIBES,
    SEVEN_YOUTHS,
    SFUHON_IBLIN,
    SMUGGLER_HOUSE,
    SOVEREIGNTY_MEMBER,
    SPLM_N,
    SY_LEADERS,
    SY_MOFA,
    SY_SEC_COMMITTEE,
    SY_SECURITY,
    SY_TRUCKS,
    TRIBAL_COMMANDER,
    TRIBAL_FORCES,
    TRUCK_CONVOY,
    UM_MAYADHIN,
    UNKNOWN,
    UNSC,
    WFP,
    YOUNG_FILMER,
)
from goldkit import D, E, build  # noqa: E402

FIRST_NUMBER = 71  # file and id numbering continues after the first fourteen sets (001-070)

SHELL = ["Explosions/Remote violence/Shelling/artillery/missile attack"]
AIR = ["Explosions/Remote violence/Air/drone strike"]
MINE = ["Explosions/Remote violence/Remote explosive/landmine/IED"]
CLASH = ["Battles/Armed clash"]
ATTACK = ["Violence against civilians/Attack"]
ABDUCTION = ["Violence against civilians/Abduction/forced disappearance"]
ARREST = ["Strategic developments/Arrests"]
PEACEFUL = ["Protests/Peaceful protest"]
INTERVENTION = ["Protests/Protest with intervention"]
OTHER = ["Strategic developments/Other"]
TAKEOVER = ["Battles/Non-state actor overtakes territory"]
GOV_TAKEOVER = ["Battles/Government regains territory"]

ARTICLES = []

# ============================================================================ 071: Damascus and Masyaf (pan-Arab daily)
ARTICLES.append(dict(
    id="team15-071", slug="damascus_kafr_sousa_masyaf_israeli_strikes", published="2024-06-13",
    outlet="Al-Ufuq pan-Arab daily site (fictional)",
    paras=[
        # 0 (headline: the strike with the lowest toll in words, and the demand to the Security Council)
        "أربعة قتلى على الأقل بغارة إسرائيلية على مبنى سكني في كفرسوسة.. ودمشق تطالب مجلس الأمن بـ«ردع» إسرائيل",
        # 1 (dateline; the strike «فجر اليوم الخميس» on a building in a Damascus neighbourhood; six per the monitor)
        "دمشق – «الأفق»: قُتل ستة أشخاص، وأصيب ثمانية آخرون بجروح، فجر اليوم الخميس، جراء غارة جوية إسرائيلية استهدفت مبنى سكنياً من أربعة طوابق في حي كفرسوسة غربي العاصمة السورية دمشق، على بُعد مئات الأمتار من مجمّع يضم مقار أمنية حكومية، بحسب ما أفاد به «المرصد السوري لحقوق الإنسان»، الذي قال إن بين القتلى «ثلاثة من غير السوريين».",
        # 2 (the same strike through a chain: the state agency quoting the defence ministry, four; the interception
        # is part of it)
        "ونقلت وكالة الأنباء السورية الرسمية «سانا» عن بيان لوزارة الدفاع أن «العدو الإسرائيلي شنّ، نحو الساعة الثانية وعشر دقائق من فجر اليوم، عدواناً جوياً من اتجاه الجولان السوري المحتل» استهدف مبنى في حي كفرسوسة، ما أدى إلى «استشهاد أربعة مدنيين، بينهم امرأة، وإصابة سبعة آخرين» ووقوع أضرار مادية كبيرة في المبنى والأبنية المجاورة، مضيفاً أن وسائط الدفاع الجوي «اعترضت عدداً من صواريخ العدوان».",
        # 3 (the same strike: the Israeli army's no-comment (no event) and the Israeli broadcaster's claimed target)
        "في المقابل، قال متحدث باسم الجيش الإسرائيلي، رداً على استفسار لـ«الأفق»، إن الجيش «لا يعلّق على تقارير في وسائل الإعلام الأجنبية»، فيما نقلت هيئة البث الإسرائيلية «كان» عن مسؤول أمني لم تسمّه أن الغارة استهدفت «شقة يستخدمها ضباط في «فيلق القدس» التابع للحرس الثوري الإيراني لتنسيق نقل الأسلحة إلى «حزب الله»».",
        # 4 (the same strike in an obituary, through an agency; the finite threat)
        "ونعى «الحرس الثوري الإيراني»، في بيان نقلته وكالة «تسنيم» الإيرانية، أحد مستشاريه العسكريين في سوريا، قائلاً إنه قضى «في العدوان الصهيوني على دمشق فجر اليوم»، وتوعّد إسرائيل بأنها «ستدفع ثمن هذه الجريمة في الزمان والمكان المناسبين».",
        # 5 (a condemnation and a demand in letters; «تحتفظ بحقها في الرد» is no event)
        "دبلوماسياً، أدانت وزارة الخارجية والمغتربين السورية، في رسالتين متطابقتين وجّهتهما إلى الأمين العام للأمم المتحدة ورئيس مجلس الأمن الدولي، «العدوان الإسرائيلي السافر على حي سكني»، وطالبت المجلس بـ«اتخاذ إجراءات حازمة وفورية لردع إسرائيل ووضع حد لاعتداءاتها المتكررة على الأراضي السورية»، مؤكدةً أن سوريا «تحتفظ بحقها في الرد بالوسائل التي يكفلها القانون الدولي».",
        # 6 (a cordon and an arrest at the site, per witnesses: one COERCE; the rescue work is no AID)
        "وفي موقع الغارة، فرضت الأجهزة الأمنية طوقاً حول المبنى المستهدف ومنعت الصحفيين من الاقتراب منه، واعتقلت شاباً كان يصوّر آثار الدمار بهاتفه المحمول، بحسب ما أفاد به شهود عيان لـ«الأفق»، فيما واصلت فرق الإطفاء والإنقاذ حتى ساعات الظهر رفع الأنقاض بحثاً عن مفقودين.",
        # 7 (the Masyaf strikes «مساء أمس الأول الثلاثاء», per activists to the outlet and the monitor)
        "وفي ريف حماة الغربي، أفاد ناشطون من المنطقة لـ«الأفق» بأن غارات إسرائيلية استهدفت، مساء أمس الأول الثلاثاء، مستودعات للأسلحة والذخيرة في محيط مدينة مصياف، ما أدى إلى اندلاع حرائق ودوي انفجارات متتالية استمر ساعات، فيما قال «المرصد السوري» إن الغارات أسفرت عن مقتل عنصرين من مجموعة مسلحة موالية لإيران وإصابة خمسة من عناصر القوات الحكومية.",
        # 8 (the same Masyaf strikes in an earlier state report: «وكانت … قد نقلت» is no new event)
        "وكانت «سانا» قد نقلت، ليل الثلاثاء، عن مصدر عسكري أن الدفاعات الجوية «تصدّت لعدوان إسرائيلي من فوق الأراضي اللبنانية» استهدف «عدداً من النقاط العسكرية في المنطقة الوسطى»، من دون أن يشير إلى خسائر بشرية.",
        # 9 (a rumoured strike, denied; the controlled detonation is no event)
        "وتداولت صفحات محلية على مواقع التواصل الاجتماعي، ليل أمس، أنباء عن غارة أخرى استهدفت قافلة شاحنات قرب مطار الضمير العسكري شمال شرقي دمشق، غير أن مصدراً في محافظة ريف دمشق نفى لـ«الأفق» وقوع أي غارة في المنطقة، موضحاً أن الانفجارات التي سمعها السكان «ناجمة عن تفجير ذخائر قديمة من مخلّفات الحرب بإشراف الجهات المختصة».",
        # 10 (a planned visit «يوم السبت المقبل», through an agency; Russia's call (the participle warning no event))
        "ومن المقرر أن يصل وزير الخارجية الإيراني إلى دمشق، يوم السبت المقبل، في زيارة يلتقي خلالها الرئيس السوري ونظيره السوري لبحث «التطورات الإقليمية والاعتداءات الإسرائيلية المتكررة»، بحسب ما نقلته وكالة «إرنا» الإيرانية عن مصدر في الخارجية الإيرانية. كما دعت وزارة الخارجية الروسية، في بيان، إسرائيل إلى «الكف عن انتهاك سيادة سوريا ووحدة أراضيها»، محذّرةً من «عواقب خطيرة» على استقرار المنطقة.",
        # 11 (generic: the year's strikes, a habit, a general statement)
        "ومنذ مطلع العام الجاري، نفّذت إسرائيل عشرات الضربات الجوية والصاروخية على الأراضي السورية، طالت مواقع للقوات الحكومية ومستودعات ومقار لمجموعات موالية لإيران، وأودت بحياة عشرات العسكريين والمدنيين، بحسب إحصاءات «المرصد السوري»، فيما نادراً ما تعلّق إسرائيل على ضرباتها في سوريا، لكنها تكرر أنها «لن تسمح لإيران بترسيخ وجودها العسكري» قرب حدودها.",
        # 12 (old background in a relative clause: the consulate strike and Iran's attack (both optional))
        "وتأتي غارة اليوم بعد أكثر من شهرين على الغارة التي دمّرت مبنى القنصلية الإيرانية في حي المزة بدمشق مطلع نيسان الماضي، وأسفرت عن مقتل عدد من قادة «الحرس الثوري»، وأعقبها هجوم إيراني غير مسبوق بالصواريخ والمسيّرات على إسرائيل في الشهر ذاته.",
        # 13 (background «وكانت … قد», «مساء الأحد الماضي», two killed, a disputed target)
        "وكانت مسيّرة إسرائيلية قد استهدفت، مساء الأحد الماضي، سيارة رباعية الدفع على أوتوستراد المزة غربي دمشق، ما أدى إلى مقتل شخصين كانا في داخلها، قالت وسائل إعلام إسرائيلية إن أحدهما «مسؤول لوجستي في حزب الله»، في حين اكتفت «سانا» حينها بالقول إن «جسماً معادياً» استهدف سيارة مدنية.",
    ],
    events=[
        # the strike: headline 0, lead 1, the agency/ministry 2, the Israeli side 3, the obituary 4; 6 and 4 → 4
        E(True, ["ASSAULT"], [0, 1, 2, 3, 4], "غارة جوية", ["asserted", "reported"], mode="aerial",
          source=ISRAEL, recipient=KAFR_SOUSA_TARGET, location=KAFR_SOUSA, date=D("2024-06-13"), fatalities=4,
          attribution=["المرصد السوري لحقوق الإنسان", "سانا عن بيان وزارة الدفاع",
                       "هيئة البث الإسرائيلية كان عن مسؤول أمني", "بيان الحرس الثوري الإيراني نقلته وكالة تسنيم"],
          acled=AIR, tpara=1),
        # the IRGC's threat (in the obituary paragraph, which G1 also covers)
        E(True, ["THREATEN"], [4], "وتوعّد", ["asserted", "reported"], mode="violence",
          source=IRGC, recipient=ISRAEL_ONLY, date=D("2024-06-13"),
          attribution=["بيان الحرس الثوري الإيراني نقلته وكالة تسنيم"]),
        # the foreign ministry's condemnation and its demand (headline 0)
        E(True, ["ACCUSE"], [5], "أدانت", ["asserted", "reported"],
          source=SY_MOFA, recipient=ISRAEL_ONLY, location=DAMASCUS, date=D("2024-06-13"),
          attribution=["رسالتان متطابقتان لوزارة الخارجية والمغتربين السورية"]),
        E(True, ["REQUEST"], [0, 5], "وطالبت", ["asserted", "reported"],
          source=SY_MOFA, recipient=UNSC, location=DAMASCUS, date=D("2024-06-13"),
          attribution=["رسالتان متطابقتان لوزارة الخارجية والمغتربين السورية"], tpara=5),
        # the cordon, the ban on journalists and the arrest at the site: one COERCE
        E(True, ["COERCE"], [6], "واعتقلت", ["asserted", "reported"], mode="arrest",
          source=SY_SECURITY, recipient=YOUNG_FILMER, location=KAFR_SOUSA, date=D("2024-06-13"),
          attribution=["شهود عيان"], acled=ARREST),
        # the Masyaf strikes two days earlier, retold in the agency's earlier report 8
        E(True, ["ASSAULT"], [7, 8], "غارات إسرائيلية", ["asserted", "reported"], mode="aerial",
          source=ISRAEL, recipient=MASYAF_TARGET, location=MASYAF, date=D("2024-06-11"), fatalities=2,
          attribution=["ناشطون من المنطقة", "المرصد السوري لحقوق الإنسان", "سانا عن مصدر عسكري"], acled=AIR),
        # the rumoured strike near al-Dumayr, denied (the rumour names no agent)
        E(True, ["ASSAULT"], [9], "غارة أخرى", ["rumored", "negated", "reported"], mode="aerial",
          recipient=TRUCK_CONVOY, location=DUMAYR, date=D("2024-06-12", "day", ("2024-06-12", "2024-06-13")),
          attribution=["صفحات محلية على مواقع التواصل الاجتماعي", "مصدر في محافظة ريف دمشق"], acled=AIR),
        # the planned visit: Saturday after a Thursday
        E(True, ["CONSULT"], [10], "زيارة", ["planned", "reported"], mode="visit",
          source=IRAN_FM, recipient=SY_LEADERS, location=DAMASCUS, date=D("2024-06-15"),
          attribution=["وكالة إرنا عن مصدر في الخارجية الإيرانية"]),
        # Russia's call to Israel (undated statement after today's strike)
        E(True, ["REQUEST"], [10], "دعت", ["asserted", "reported"],
          source=RU_MFA, recipient=ISRAEL_ONLY, date=D("2024-06-13", "day", ("2024-06-12", "2024-06-13")),
          attribution=["بيان وزارة الخارجية الروسية"]),
        # paragraph 11 is a generic statement: deliberately NO gold event
        # old background in a relative clause: the consulate strike and Iran's attack (optional)
        E(False, ["ASSAULT"], [12], "دمّرت", ["historical"], mode="aerial", source=ISRAEL,
          recipient=IRANIAN_CONSULATE, location=MEZZEH,
          date=D("2024-04-03", "week", ("2024-04-01", "2024-04-10")), acled=AIR),
        E(False, ["ASSAULT"], [12], "هجوم إيراني", ["historical"], mode="aerial", source=IRAN,
          recipient=ISRAEL_ONLY, location=ISRAEL_PLACE, date=D("2024-04-15", "month", ("2024-04-01", "2024-04-30")),
          acled=AIR),
        # background: Sunday before a Thursday, two killed, a disputed target
        E(True, ["ASSAULT"], [13], "استهدفت", ["historical", "asserted", "reported"], mode="aerial",
          source=ISRAELI_DRONE, recipient=MEZZEH_CAR, location=MEZZEH_HWY, date=D("2024-06-09"), fatalities=2,
          attribution=["وسائل إعلام إسرائيلية", "سانا"], acled=AIR),
    ],
))

# ============================================================================ 072: Deir ez-Zor east (local opposition network)
ARTICLES.append(dict(
    id="team15-072", slug="deir_ezzor_gharanij_hajin_abu_hamam_sdf_tribes", published="2024-03-16",
    outlet="Nabd al-Furat network (fictional)",
    paras=[
        # 0 (headline: the arrests and the tribal attack)
        "ميليشيا «قسد» تعتقل 11 شاباً في غرانيج.. ومقاتلو العشائر يهاجمون حاجزاً لها في هجين",
        # 1 (dateline; the raid «فجر اليوم السبت», per activists to the network)
        "دير الزور – «نبض الفرات»: شنّت ميليشيا «قوات سوريا الديمقراطية» (قسد)، فجر اليوم السبت، حملة دهم واعتقالات في بلدة غرانيج بريف دير الزور الشرقي، بمساندة مروحيات تابعة للتحالف الدولي حلّقت فوق البلدة، واعتقلت خلالها أحد عشر شاباً من أبناء البلدة، بينهم طالبان جامعيان، بحسب ما أفاد ناشطون لـ«نبض الفرات».",
        # 2 (the same raid in the SDF's words: «استهدفت «خلية»» is the arrest, no ASSAULT)
        "في المقابل، قال «مجلس دير الزور العسكري» المنضوي في «قسد»، في بيان نشره على معرّفاته الرسمية، إن العملية استهدفت «خلية إرهابية تابعة لتنظيم «داعش»» وأسفرت عن «القبض على خمسة من أفرادها» وضبط أسلحة وأحزمة ناسفة، من دون أن يشير إلى بقية المعتقلين.",
        # 3 (the tribal attack «مساء أمس الجمعة», three per the correspondent; the withdrawal (optional))
        "وفي بلدة هجين، هاجم مقاتلون من «قوات العشائر العربية»، مساء أمس الجمعة، حاجزاً لـ«قسد» عند المدخل الشمالي للبلدة بالأسلحة الرشاشة والقذائف الصاروخية، ما أدى إلى مقتل ثلاثة من عناصر الحاجز وإصابة آخرَين، بحسب ما أفاد به مراسل «نبض الفرات» في المنطقة، الذي أشار إلى أن المهاجمين انسحبوا بعد الهجوم نحو ضفة النهر.",
        # 4 (the same attack: the SDF's toll (two) and its name for the attackers)
        "وأقرّت «قسد»، في بيان لاحق، بمقتل اثنين من مقاتليها في الهجوم الذي قالت إن «مجموعات مرتزقة مدعومة من النظام السوري» نفّذته بعد تسللها من «مناطق الشامية» على الضفة المقابلة لنهر الفرات.",
        # 5 (a curfew and reinforcements «عقب الهجوم» (a back-reference), per residents)
        "وعقب الهجوم، فرضت «قسد» حظراً للتجوال في هجين وبلدتي أبو حمام والكشكية المجاورتين «حتى إشعار آخر»، واستقدمت تعزيزات عسكرية من قاعدة حقل «كونيكو» للغاز، ضمّت عربات مدرّعة وعشرات العناصر، انتشرت على مداخل البلدات الثلاث، بحسب ما أفاد به سكان لـ«نبض الفرات».",
        # 6 (an assassination «مساء أمس الأول الخميس» by a suspected ISIS cell, claimed; «استهدافٍ هو الثالث» an aggregate)
        "وفي بلدة أبو حمام، اغتال مسلحون يُرجَّح انتماؤهم إلى خلايا تنظيم «داعش»، مساء أمس الأول الخميس، عضواً في «المجلس المحلي» التابع لـ«الإدارة الذاتية»، بإطلاق النار عليه من مسافة قريبة أثناء عودته إلى منزله، ما أدى إلى مقتله على الفور، في استهدافٍ هو الثالث من نوعه لأعضاء المجالس المحلية منذ مطلع الشهر، بحسب ما نقلته شبكات محلية عن مصدر طبي، قبل أن يتبنّى التنظيم العملية عبر معرّفات تابعة له على «تلغرام».",
        # 7 (a protest against the arrests, its finite demand, a dispersal by shots in the air (optional))
        "وفي غرانيج، خرج العشرات من أهالي البلدة، ظهر اليوم، في مظاهرة جابت الشارع الرئيسي احتجاجاً على حملة الاعتقالات، وطالب المحتجون «قسد» بالإفراج الفوري عن أبنائهم «الذين لا علاقة لهم بأي تنظيم»، قبل أن يطلق عناصر من الميليشيا الرصاص في الهواء لتفريقهم قرب مبنى «المجلس المحلي»، من دون تسجيل إصابات، بحسب مقاطع مصوّرة تداولها ناشطون.",
        # 8 (a release «عصر اليوم»; the transfer of the others (optional))
        "وفي وقت لاحق، أفرجت «قسد»، عصر اليوم، عن أربعة من معتقلي غرانيج بعد تدخّل وجهاء من عشائر المنطقة، وفق ما أكده أحد أقارب المفرج عنهم لـ«نبض الفرات»، مشيراً إلى أن مصير السبعة الآخرين «لا يزال مجهولاً» وأنهم نُقلوا إلى سجن في مدينة الحسكة.",
        # 9 (the tribal commander's threat; the participle call (optional))
        "من جهته، توعّد قائد «قوات العشائر»، في تسجيل مصوّر بثّته معرّفات تابعة لها، «قسد» بـ«مواصلة الضربات حتى خروجها من آخر قرية في دير الزور»، داعياً أبناء العشائر المنضوين في صفوفها إلى «الانشقاق والالتحاق بإخوتهم».",
        # 10 (a planned meeting «يوم غد الأحد», through a local radio)
        "ومن المقرر أن يعقد وجهاء من عشائر ريف دير الزور الشرقي، يوم غد الأحد، اجتماعاً مع قيادة «مجلس دير الزور العسكري» لبحث ملف المعتقلين و«التهدئة» في المنطقة، بحسب ما نقلته إذاعة محلية عن أحد الوجهاء المدعوين إلى الاجتماع.",
        # 11 (generic: tension, recurring raids, a yearly tally of assassinations)
        "وتعيش مناطق ريف دير الزور الشرقي الخاضعة لسيطرة «قسد» منذ سنوات حالة من الاحتقان بين الأهالي والميليشيا، تغذّيها حملات الدهم المتكررة وتهميش أبناء العشائر في إدارة المنطقة، فيما وثّق ناشطون منذ مطلع العام الجاري أكثر من ثلاثين عملية اغتيال طالت مدنيين وعناصر من «قسد» وأعضاء في مجالسها المحلية، تبنّى تنظيم «داعش» معظمها.",
        # 12 (an accusation as a masdar through an agency; the 2023 fighting (optional, historical))
        "ونقلت وكالة «هاوار» المقرّبة من «الإدارة الذاتية» عن قيادي في «قسد» اتهامه «الأمن العسكري» التابع للنظام السوري بتسليح «قوات العشائر» وإدارة هجماتها من مدينة الميادين، على غرار ما جرى خلال المواجهات التي اندلعت بين الطرفين أواخر آب 2023 وامتدت أسابيع في عدد من بلدات ريف دير الزور.",
        # 13 (background «وكان … قد», «الإثنين الماضي», one killed)
        "وكان مسلحون مجهولون قد استهدفوا، الإثنين الماضي، صهريجاً لنقل النفط يعمل لصالح «قسد» بعبوة ناسفة على الطريق الواصل بين بلدتي الكشكية وأبو حمام، ما أدى إلى مقتل سائقه وإصابة مرافقه، بحسب ما أفاد به ناشطون حينها.",
    ],
    events=[
        # the raid and arrests: headline 0, lead 1, the SDF's version 2 (the recipients disputed)
        E(True, ["COERCE"], [0, 1, 2], "واعتقلت", ["asserted", "reported"], mode="arrest",
          source=SDF_COALITION, recipient=GHARANIJ_DETAINEES, location=GHARANIJ, date=D("2024-03-16"),
          attribution=["ناشطون", "بيان مجلس دير الزور العسكري"], acled=ARREST, tpara=1),
        # the tribal attack: headline 0, the correspondent 3, the SDF 4; 3 and 2 → 2
        E(True, ["ASSAULT"], [0, 3, 4], "هاجم", ["asserted", "reported"], mode="firearms",
          source=TRIBAL_FORCES, recipient=HAJIN_CHECKPOINT, location=HAJIN, date=D("2024-03-15"), fatalities=2,
          attribution=["مراسل نبض الفرات", "بيان قسد"], acled=CLASH, tpara=3),
        E(False, ["RETREAT"], [3], "انسحبوا", ["asserted"], mode="withdraw", source=TRIBAL_FORCES,
          location=HAJIN, date=D("2024-03-15")),
        # the curfew and the reinforcements after yesterday evening's attack
        E(True, ["COERCE"], [5], "حظراً للتجوال", ["asserted", "reported"], mode="curfew",
          source=SDF, recipient=CURFEW_RESIDENTS, location=HAJIN_AREA,
          date=D("2024-03-16", "day", ("2024-03-15", "2024-03-16")), attribution=["سكان"], acled=OTHER),
        E(True, ["MOBILIZE"], [5], "واستقدمت", ["asserted", "reported"], mode="troops",
          source=SDF, location=HAJIN_AREA, date=D("2024-03-16", "day", ("2024-03-15", "2024-03-16")),
          attribution=["سكان"], acled=OTHER),
        # the assassination: Thursday (two days before a Saturday), claimed by ISIS
        E(True, ["ASSAULT"], [6], "اغتال", ["asserted", "reported"], mode="assassinate",
          source=ISIS_DZ, recipient=COUNCIL_MEMBER, location=ABU_HAMAM, date=D("2024-03-14"), fatalities=1,
          attribution=["شبكات محلية عن مصدر طبي", "معرّفات تابعة لتنظيم داعش على تلغرام"], acled=ATTACK),
        # the protest, its finite demand, the dispersal (optional)
        E(True, ["PROTEST"], [7], "مظاهرة", ["asserted", "reported"], mode="demo",
          source=GHARANIJ_PROTESTERS, recipient=SDF, location=GHARANIJ, date=D("2024-03-16"),
          attribution=["مقاطع مصوّرة تداولها ناشطون"], acled=INTERVENTION),
        E(True, ["REQUEST"], [7], "وطالب", ["asserted", "reported"],
          source=GHARANIJ_PROTESTERS, recipient=SDF, location=GHARANIJ, date=D("2024-03-16"),
          attribution=["مقاطع مصوّرة تداولها ناشطون"]),
        E(False, ["COERCE"], [7], "لتفريقهم", ["asserted", "reported"], mode="restrict", source=SDF,
          recipient=GHARANIJ_PROTESTERS, location=GHARANIJ, date=D("2024-03-16")),
        # the release; the transfer of the others (optional)
        E(True, ["RETREAT", "CONCEDE"], [8], "أفرجت", ["asserted", "reported"], mode="release",
          source=SDF, recipient=RELEASED_FOUR, location=GHARANIJ, date=D("2024-03-16"),
          attribution=["أحد أقارب المفرج عنهم"]),
        E(False, ["COERCE"], [8], "نُقلوا", ["asserted", "reported"], mode="arrest", source=SDF,
          location={"accept": ["الحسكة", "مدينة الحسكة", "Hasakah", "Al-Hasakah"]},
          date=D("2024-03-16", "day", ("2024-03-15", "2024-03-16"))),
        # the tribal commander's threat; the participle call optional
        E(True, ["THREATEN"], [9], "توعّد", ["asserted", "reported"], mode="violence",
          source=TRIBAL_COMMANDER, recipient=SDF, location=DEZ_EAST,
          date=D("2024-03-16", "day", ("2024-03-15", "2024-03-16")),
          attribution=["تسجيل مصوّر بثّته معرّفات تابعة لقوات العشائر"]),
        E(False, ["REQUEST"], [9], "داعياً", ["asserted", "reported"], source=TRIBAL_COMMANDER,
          location=DEZ_EAST, date=D("2024-03-16", "day", ("2024-03-15", "2024-03-16"))),
        # the planned meeting: Sunday after a Saturday
        E(True, ["CONSULT"], [10], "اجتماعاً", ["planned", "reported"], mode="multilateral",
          source=DZ_NOTABLES, recipient=DMC, location=DEZ_EAST, date=D("2024-03-17"),
          attribution=["إذاعة محلية عن أحد الوجهاء المدعوين"]),
        # paragraph 11 is a generic statement: deliberately NO gold event
        # the accusation as a masdar, through an agency; the 2023 fighting optional
        E(True, ["ACCUSE"], [12], "اتهامه", ["asserted", "reported"],
          source=SDF_COMMANDER, recipient=REGIME_MI, date=D("2024-03-16", "day", ("2024-03-15", "2024-03-16")),
          attribution=["وكالة هاوار عن قيادي في قسد"]),
        E(False, ["ASSAULT"], [12], "المواجهات", ["historical"], mode="firearms",
          source=SDF_TRIBES,
          location=DEZ_EAST, date=D("2023-08-28", "month", ("2023-08-01", "2023-09-30")), acled=CLASH),
        # background: Monday before a Saturday, one killed, no perpetrator named beyond «مجهولون»
        E(True, ["ASSAULT"], [13], "بعبوة ناسفة", ["historical", "asserted", "reported"], mode="explosives",
          source=UNKNOWN, recipient=OIL_TANKER, location=KISHKIYAH_ROAD, date=D("2024-03-11"), fatalities=1,
          attribution=["ناشطون"], acled=MINE),
    ],
))

# ============================================================================ 073: southern Idlib, Idlib city (local site)
ARTICLES.append(dict(
    id="team15-073", slug="idlib_ariha_jabal_zawiya_hts_clock_square", published="2024-03-08",
    outlet="Arij al-Shamal site (fictional)",
    paras=[
        # 0 (headline: the shelling and the protest)
        "قتيلان بقصف مدفعي لقوات الأسد على أريحا.. ومتظاهرون في إدلب يطالبون بإسقاط قائد «تحرير الشام»",
        # 1 (dateline; the shelling «صباح اليوم الجمعة» of a neighbourhood, its source in a relative phrase, per the
        # Civil Defence; the 2020 takeover of Kafr Nabl (optional))
        "إدلب – «أريج الشمال»: قُتل مدنيان، أحدهما طفل، وأصيب خمسة آخرون بجروح، صباح اليوم الجمعة، جراء قصف مدفعي لقوات الأسد استهدف حياً سكنياً في الجهة الجنوبية من مدينة أريحا جنوبي إدلب، مصدره مواقعها في محيط مدينة كفرنبل التي سيطرت عليها مطلع عام 2020، وفق ما أعلنه «الدفاع المدني السوري» في منشور على معرّفاته الرسمية.",
        # 2 (the same shelling: a hospital's words, the rescue (optional), the loyalist claim «ردّ على» (no event))
        "وقال مصدر طبي في أحد مشافي أريحا لـ«أريج الشمال» إن المشفى استقبل جثتي طفل في العاشرة من عمره ووالده، فيما أسعفت فرق «الخوذ البيضاء» المصابين ونقلت بعضهم إلى مشافي مدينة إدلب، في حين زعمت صفحات موالية للنظام أن «الجيش» ردّ على «مصادر إطلاق القذائف» في المنطقة.",
        # 3 (Russian air strikes «فجر اليوم», no casualties, per the correspondent and the plane spotters)
        "كما شنّت الطائرات الحربية الروسية، فجر اليوم، أربع غارات جوية بصواريخ شديدة الانفجار على أطراف قريتي سفوهن وإبلين في جبل الزاوية، اقتصرت أضرارها على الماديات، بحسب ما رصده مراسل «أريج الشمال» والمراصد المحلية.",
        # 4 (a drone strike «مساء أمس»: the target as object of «استهدفت»)
        "وفي جبل الزاوية أيضاً، استهدفت قوات الأسد بطائرة مسيّرة انتحارية، مساء أمس، دراجة نارية يستقلها شابان على الطريق الواصل بين قريتي احسم وإبلين، ما أدى إلى مقتل أحدهما وإصابة الآخر بجروح خطرة، بحسب ما أفاد ناشطون لـ«أريج الشمال».",
        # 5 (the Civil Defence's call; its tally is no event)
        "من جهته، دعا «الدفاع المدني السوري»، في بيان، المجتمع الدولي إلى «التحرك الجاد لوقف هجمات قوات الأسد وروسيا على المدنيين»، مشيراً إلى أن فرقه استجابت منذ مطلع العام الجاري لأكثر من ستين هجوماً في ريفي إدلب الجنوبي والشرقي.",
        # 6 (an arrest «مساء أمس الأول» with the recipient as passive subject; «انتقد فيه» no ACCUSE)
        "من جهة أخرى، اعتُقل الناشط الإعلامي سامر العبدو، مساء أمس الأول، من منزله في مدينة إدلب على يد دورية تابعة لـ«جهاز الأمن العام» في «هيئة تحرير الشام»، بعد ساعات من نشره مقطعاً مصوّراً انتقد فيه «تغوّل الجهاز على الحريات»، بحسب ما أفادت به عائلته لـ«أريج الشمال».",
        # 7 (the same arrest: the service's charge, denial of motive and referral (no events))
        "في المقابل، قال مسؤول في «الجهاز» لـ«أريج الشمال» إن توقيف العبدو جاء «بموجب مذكرة صادرة عن النيابة العامة» بتهمة «التحريض وإثارة الفتنة»، نافياً أن يكون لاعتقاله أي صلة بنشاطه الإعلامي، ومؤكداً أنه «سيُحال إلى القضاء المختص خلال أيام».",
        # 8 (the demonstration after Friday prayers; the participle demand (optional); banners)
        "وفي مدينة إدلب، خرج مئات المتظاهرين، عقب صلاة الجمعة اليوم، في مظاهرة انطلقت من أمام أحد مساجد المدينة وصولاً إلى ساحة الساعة وسطها، مطالبين بإسقاط قائد «الهيئة» و«تبييض السجون» والإفراج عن العبدو، ورفعوا لافتات كُتب عليها «لا للقبضة الأمنية» و«الثورة مستمرة».",
        # 9 (HTS reinforcements; the dispersal that did not happen (optional, negated))
        "ودفعت «الهيئة» بتعزيزات أمنية إلى محيط الساحة ونشرت حواجز على الطرق المؤدية إليها، من دون أن تتدخل لتفريق المتظاهرين، بحسب ما رصده مراسل «أريج الشمال».",
        # 10 (a rumoured arrest as a masdar with its agent, denied; the interior ministry's threat)
        "وتداولت حسابات على مواقع التواصل الاجتماعي، ليل أمس، أنباء عن اعتقال «الجهاز» ثلاثة من منظّمي المظاهرات في بلدة سرمين، غير أن «تنسيقية الحراك» في البلدة نفت ذلك لـ«أريج الشمال»، مؤكدةً أن «الأسماء المتداولة لم تتعرض لأي مضايقات». كما توعّدت وزارة الداخلية في «حكومة الإنقاذ»، في بيان، بـ«محاسبة كل من يروّج للشائعات أو يعتدي على المؤسسات العامة».",
        # 11 (generic: near-daily shelling since 2020, weekly protests since last month)
        "ويتعرض جبل الزاوية وريفا إدلب الجنوبي والشرقي لقصف شبه يومي منذ سريان اتفاق وقف إطلاق النار في آذار 2020، تشارك فيه المدفعية والطائرات المسيّرة الانتحارية، وتتركز أضراره في المنازل والأراضي الزراعية، فيما تتواصل منذ أواخر الشهر الماضي، كل يوم جمعة، مظاهرات مناهضة لـ«الهيئة» في عدد من مدن إدلب وبلداتها.",
        # 12 (a planned sit-in «يوم الأحد المقبل»; «للمطالبة» is its purpose, no REQUEST)
        "ومن المقرر أن تنظّم تنسيقيات الحراك الشعبي، يوم الأحد المقبل، اعتصاماً أمام مبنى «وزارة العدل» في «حكومة الإنقاذ» بمدينة إدلب للمطالبة بالكشف عن مصير المعتقلين، بحسب ما أعلنته «تنسيقية الحراك الثوري في إدلب» في بيان.",
        # 13 (background «وكان … قد», «الثلاثاء الماضي», two killed)
        "وكان طفلان شقيقان قد قُتلا، الثلاثاء الماضي، بانفجار قذيفة مدفعية أطلقتها قوات الأسد على أطراف قرية مرعيان في جبل الزاوية أثناء رعيهما الأغنام، بحسب ما وثّقه «الدفاع المدني» حينها.",
    ],
    events=[
        # the shelling: headline 0, lead 1, the hospital and the loyalist claim 2; 2 dead
        E(True, ["ASSAULT"], [0, 1, 2], "قصف مدفعي", ["asserted", "reported"], mode="heavy-weapons",
          source=REGIME, recipient=ARIHA_VICTIMS, location=ARIHA, date=D("2024-03-08"), fatalities=2,
          attribution=["الدفاع المدني السوري", "مصدر طبي في أحد مشافي أريحا", "صفحات موالية للنظام"],
          acled=SHELL, tpara=1),
        # the 2020 takeover of Kafr Nabl in a relative clause (optional)
        E(False, ["ASSAULT", "COERCE"], [1], "سيطرت", ["historical"], source=REGIME,
          location={"accept": ["كفرنبل", "مدينة كفرنبل", "كفر نبل", "Kafr Nabl", "Kafranbel"]},
          date=D("2020-02-15", "year", ("2020-01-01", "2020-12-31")), acled=GOV_TAKEOVER),
        # the rescue (optional)
        E(False, ["AID"], [2], "أسعفت", ["asserted", "reported"], mode="humanitarian", source=CIVIL_DEFENCE,
          recipient=ARIHA_VICTIMS, location=ARIHA, date=D("2024-03-08")),
        # the Russian air strikes, no casualties
        E(True, ["ASSAULT"], [3], "غارات جوية", ["asserted", "reported"], mode="aerial",
          source=RU_AIR, location=SFUHON_IBLIN, date=D("2024-03-08"),
          attribution=["مراسل أريج الشمال", "المراصد المحلية"], acled=AIR),
        # the drone strike on a motorcycle, yesterday evening
        E(True, ["ASSAULT"], [4], "استهدفت", ["asserted", "reported"], mode="aerial",
          source=REGIME, recipient=DRONE_VICTIMS, location=IHSIM_IBLIN, date=D("2024-03-07"), fatalities=1,
          attribution=["ناشطون"], acled=AIR),
        # the Civil Defence's call (its tally is no event)
        E(True, ["REQUEST"], [5], "دعا", ["asserted", "reported"],
          source=CIVIL_DEFENCE, recipient=INTL_COMMUNITY, location=IDLIB_GOV,
          date=D("2024-03-08", "day", ("2024-03-07", "2024-03-08")), attribution=["بيان الدفاع المدني السوري"]),
        # the arrest of the activist (passive subject), with the service's version 7: Wednesday
        E(True, ["COERCE"], [6, 7], "اعتُقل", ["asserted", "reported"], mode="arrest",
          source=HTS_GSS, recipient=ACTIVIST, location=IDLIB_CITY, date=D("2024-03-06"),
          attribution=["عائلة الناشط", "مسؤول في جهاز الأمن العام"], acled=ARREST),
        # the demonstration (headline 0, 8); the participle demand optional (headline «يطالبون»)
        E(True, ["PROTEST"], [0, 8], "مظاهرة", ["asserted"], mode="demo",
          source=IDLIB_PROTESTERS, recipient=HTS, location=CLOCK_SQUARE, date=D("2024-03-08"), acled=PEACEFUL,
          tpara=8),
        E(False, ["REQUEST"], [0, 8], "مطالبين", ["asserted"], source=IDLIB_PROTESTERS, recipient=HTS,
          location=CLOCK_SQUARE, date=D("2024-03-08"), tpara=8),
        # the HTS reinforcements; the dispersal that did not happen (optional)
        E(True, ["MOBILIZE"], [9], "بتعزيزات", ["asserted"], mode="police",
          source=HTS, location=CLOCK_SQUARE, date=D("2024-03-08"), attribution=["مراسل أريج الشمال"],
          acled=OTHER),
        E(False, ["COERCE"], [9], "لتفريق", ["negated"], mode="restrict", source=HTS,
          recipient=IDLIB_PROTESTERS, location=CLOCK_SQUARE, date=D("2024-03-08")),
        # the rumoured arrest in Sarmin, denied; the interior ministry's threat (nobody named)
        E(True, ["COERCE"], [10], "اعتقال", ["rumored", "negated", "reported"], mode="arrest",
          source=HTS_GSS, recipient=SARMIN_ORGANISERS, location=SARMIN,
          date=D("2024-03-07", "day", ("2024-03-07", "2024-03-08")),
          attribution=["حسابات على مواقع التواصل الاجتماعي", "تنسيقية الحراك في سرمين"], acled=ARREST),
        E(True, ["THREATEN"], [10], "توعّدت", ["asserted", "reported"], mode="arrest",
          source=SALVATION_MOI, location=IDLIB_GOV, date=D("2024-03-08", "day", ("2024-03-07", "2024-03-08")),
          attribution=["بيان وزارة الداخلية في حكومة الإنقاذ"]),
        # paragraph 11 is a generic statement: deliberately NO gold event
        # the planned sit-in: Sunday after a Friday
        E(True, ["PROTEST"], [12], "اعتصاماً", ["planned", "reported"], mode="demo",
          source=HIRAK, recipient=SALVATION_JUSTICE, location=IDLIB_CITY, date=D("2024-03-10"),
          attribution=["بيان تنسيقية الحراك الثوري في إدلب"], acled=PEACEFUL),
        # background: Tuesday before a Friday, two killed
        E(True, ["ASSAULT"], [13], "بانفجار قذيفة مدفعية", ["historical", "asserted", "reported"],
          mode="heavy-weapons", source=REGIME, recipient=MARAYAN_BOYS, location=MARAYAN, date=D("2024-03-05"),
          fatalities=2, attribution=["الدفاع المدني"], acled=SHELL),
    ],
))

# ============================================================================ 074: Daraa east (local network)
ARTICLES.append(dict(
    id="team15-074", slug="daraa_busra_al_harir_musayfirah_nasib", published="2024-09-23",
    outlet="Darb Horan network (fictional)",
    paras=[
        # 0 (headline: the IED and the arrests)
        "مقتل عنصرين من «الأمن العسكري» بعبوة ناسفة قرب بصرى الحرير.. وحملة دهم تطال سبعة شبان من البلدة",
        # 1 (dateline; the IED «صباح اليوم الإثنين», two per activists, no perpetrator)
        "درعا – «درب حوران»: قُتل عنصران من فرع «الأمن العسكري» وأصيب ثالث بجروح، صباح اليوم الإثنين، إثر انفجار عبوة ناسفة بسيارتهم العسكرية عند الأطراف الشمالية لبلدة بصرى الحرير بريف درعا الشرقي، على الطريق المؤدي إلى منطقة اللجاة، بحسب ما أفاد ناشطون لـ«درب حوران».",
        # 2 (the same IED through a chain: the state agency quoting the police, three)
        "ونقلت وكالة «سانا» عن مصدر في قيادة شرطة محافظة درعا أن «عبوة ناسفة زرعها إرهابيون» انفجرت بـ«دورية أمنية» أثناء قيامها بمهامها، ما أدى إلى «استشهاد ثلاثة من عناصرها» وإصابة رابع، من دون أن يحدد الجهة التي تتبع لها الدورية.",
        # 3 (an arrest campaign «عقب التفجير» (a back-reference), per a notable)
        "وعقب التفجير، شنّت دوريات تابعة لفرع «الأمن العسكري» حملة دهم وتفتيش في بصرى الحرير، اعتقلت خلالها سبعة شبان من أبناء البلدة، بينهم اثنان من المتخلفين عن الخدمة الاحتياطية، واقتادتهم إلى مقر الفرع في مدينة درعا، بحسب ما أفاد به أحد وجهاء البلدة لـ«درب حوران».",
        # 4 (a meeting, a finite demand inside it, a conditional promise (optional))
        "وعقد وجهاء من بصرى الحرير، بعد ظهر اليوم، اجتماعاً مع رئيس فرع «الأمن العسكري» في درعا، طالبوا خلاله بالإفراج عن المعتقلين، مؤكدين أنه «لا علاقة لهم بالتفجير»، فيما وعد رئيس الفرع بـ«إخلاء سبيل من تثبت براءته بعد انتهاء التحقيق»، وفق ما نقله أحد الحاضرين لـ«درب حوران».",
        # 5 (an assassination «مساء أمس الأحد»: the victim as passive subject, the agent in «برصاص»)
        "وفي بلدة المسيفرة، قُتل قيادي سابق في فصائل المعارضة يُكنّى «أبو عمر»، مساء أمس الأحد، برصاص مسلحين مجهولين كانوا يستقلون دراجة نارية، أطلقوا النار عليه أمام محل تجاري يملكه وسط البلدة ثم لاذوا بالفرار، بحسب ما أفاد به مصدر محلي لـ«درب حوران»، مشيراً إلى أن القتيل كان قد انضم إلى «اللواء الثامن» بعد اتفاق «التسوية» عام 2018.",
        # 6 (the Eighth Brigade's alert and threat «على إثر الاغتيال»; the participle blame (optional))
        "وعلى إثر الاغتيال، استنفر «اللواء الثامن» عناصره ونشر حواجز على مداخل المسيفرة، وتوعّد في بيان نشره على معرّفاته بـ«ملاحقة القتلة ومن يقف خلفهم أينما كانوا»، متهماً «خلايا مرتبطة بالأجهزة الأمنية» بالوقوف وراء سلسلة الاغتيالات في الريف الشرقي.",
        # 7 (an abduction «مساء أمس الأول السبت» near the border crossing; the ransom demand (optional))
        "وعلى الطريق الدولي دمشق – عمّان قرب معبر نصيب الحدودي مع الأردن، اختطف مسلحون مجهولون، مساء أمس الأول السبت، سائق شاحنة من أبناء محافظة حمص كان عائداً من الأردن، واقتادوه إلى جهة مجهولة، قبل أن يطلبوا من عائلته فدية مالية قدرها خمسون ألف دولار أمريكي، بحسب ما أفاد به أحد أقاربه لـ«درب حوران».",
        # 8 (the release «فجر اليوم» (a passive), the mediation is no CONSULT)
        "وأُطلق سراح السائق، فجر اليوم، قرب بلدة نصيب، بعد أن دفعت عائلته جزءاً من الفدية بوساطة وجهاء من المنطقة، وفق ما أكده القريب ذاته، مشيراً إلى أنه «في حالة صحية سيئة».",
        # 9 (Jordan's closure of its crossing; the seizure that motivated it (optional))
        "في سياق متصل، أعلنت السلطات الأردنية إغلاق مركز حدود جابر المقابل لمعبر نصيب أمام حركة الشاحنات السورية «حتى إشعار آخر»، بعد ضبط كميات من حبوب «الكبتاغون» مخبأة في شحنة خضار قادمة من سوريا، بحسب ما نقلته قناة «المملكة» الأردنية عن مصدر في مديرية الأمن العام.",
        # 10 (a rumoured air strike, unconfirmed; «يُتّهم صاحبه» no ACCUSE)
        "وتحدثت صفحات محلية، ليل أمس، عن غارة جوية يُرجَّح أنها أردنية استهدفت منزلاً في بلدة أم المياذن يُتّهم صاحبه بالعمل في تهريب المخدرات، من دون أن تُسجَّل إصابات، ولم يتسنَّ لـ«درب حوران» التحقق من صحة هذه الأنباء، في حين لم يصدر أي تعليق رسمي عن عمّان.",
        # 11 (generic: insecurity since the 2018 settlement, a yearly tally, mutual accusations)
        "وتشهد محافظة درعا منذ اتفاق «التسوية» الذي رعته روسيا صيف 2018 فلتاناً أمنياً متواصلاً، إذ وثّق ناشطون منذ مطلع العام الجاري أكثر من مئتي عملية ومحاولة اغتيال طالت عناصر سابقين في فصائل المعارضة وعسكريين ومدنيين، نادراً ما تتبناها أي جهة، فيما تتبادل الأجهزة الأمنية والمجموعات المحلية الاتهامات بالوقوف وراءها.",
        # 12 (a planned meeting «يوم الأربعاء المقبل»; «تسوية أوضاع» is its subject, no AGREE)
        "ومن المقرر أن تصل، يوم الأربعاء المقبل، لجنة أمنية من دمشق إلى مدينة درعا للقاء أعضاء «اللجنة المركزية» ووجهاء الريف الشرقي وبحث «تسوية أوضاع» المطلوبين والمتخلفين عن الخدمة، وفق ما أكده عضو في «اللجنة المركزية» لـ«درب حوران».",
        # 13 (background «وكان … قد», «الخميس الماضي», one killed)
        "وكان مسلحون مجهولون قد اغتالوا، الخميس الماضي، مختار بلدة الجيزة بإطلاق النار عليه داخل سيارته على طريق الجيزة – المسيفرة، ما أدى إلى مقتله على الفور، بحسب ما أعلنته «سانا» حينها.",
    ],
    events=[
        # the IED: headline 0, lead 1, the agency 2; 2 per activists, 3 per the police → 2; no perpetrator
        E(True, ["ASSAULT"], [0, 1, 2], "انفجار عبوة ناسفة", ["asserted", "reported"], mode="explosives",
          recipient=MIL_SEC_PATROL, location=BUSRA_HARIR, date=D("2024-09-23"), fatalities=2,
          attribution=["ناشطون", "سانا عن مصدر في قيادة شرطة محافظة درعا"], acled=MINE, tpara=1),
        # the arrest campaign (headline 0, 3)
        E(True, ["COERCE"], [0, 3], "اعتقلت", ["asserted", "reported"], mode="arrest",
          source=MIL_SEC, recipient=SEVEN_YOUTHS, location=BUSRA_HARIR, date=D("2024-09-23"),
          attribution=["أحد وجهاء بصرى الحرير"], acled=ARREST, tpara=3),
        # the notables' meeting, their demand in it, the conditional promise (optional)
        E(True, ["CONSULT"], [4], "اجتماعاً", ["asserted", "reported"], mode="visit",
          source=HARIR_NOTABLES, recipient=MIL_SEC_HEAD, location=HARIR_MEETING, date=D("2024-09-23"),
          attribution=["أحد الحاضرين"]),
        E(True, ["REQUEST"], [4], "طالبوا", ["asserted", "reported"],
          source=HARIR_NOTABLES, recipient=MIL_SEC_HEAD, location=HARIR_MEETING, date=D("2024-09-23"),
          attribution=["أحد الحاضرين"]),
        E(False, ["AGREE"], [4], "وعد", ["hypothetical", "reported"], source=MIL_SEC_HEAD,
          recipient=HARIR_NOTABLES, location=HARIR_MEETING, date=D("2024-09-23")),
        # the assassination: the victim as passive subject, yesterday (Sunday)
        E(True, ["ASSAULT"], [5], "قُتل", ["asserted", "reported"], mode="assassinate",
          source=UNKNOWN, recipient=ABU_OMAR, location=MUSAYFIRAH, date=D("2024-09-22"), fatalities=1,
          attribution=["مصدر محلي"], acled=CLASH),
        # the Eighth Brigade's alert and threat after last night's killing; the participle blame optional
        E(True, ["MOBILIZE"], [6], "استنفر", ["asserted"], mode="troops",
          source=EIGHTH_BRIGADE, location=MUSAYFIRAH, date=D("2024-09-23", "day", ("2024-09-22", "2024-09-23")),
          acled=OTHER),
        E(True, ["THREATEN"], [6], "وتوعّد", ["asserted", "reported"], mode="violence",
          source=EIGHTH_BRIGADE, recipient=KILLERS, location=MUSAYFIRAH,
          date=D("2024-09-23", "day", ("2024-09-22", "2024-09-23")), attribution=["بيان اللواء الثامن"]),
        E(False, ["ACCUSE"], [6], "متهماً", ["asserted", "reported"], source=EIGHTH_BRIGADE,
          recipient=KILLERS, location=MUSAYFIRAH, date=D("2024-09-23", "day", ("2024-09-22", "2024-09-23"))),
        # the abduction: Saturday (two days before a Monday); the ransom demand optional
        E(True, ["ASSAULT"], [7], "اختطف", ["asserted", "reported"], mode="abduct",
          source=KIDNAPPERS, recipient=DRIVER, location=NASIB, date=D("2024-09-21"),
          attribution=["أحد أقارب السائق"], acled=ABDUCTION),
        E(False, ["REQUEST"], [7], "يطلبوا", ["asserted", "reported"], source=KIDNAPPERS,
          recipient={"en": ["driver's family", "family"], "ar": ["عائلته"]}, location=NASIB,
          date=D("2024-09-22", "day", ("2024-09-21", "2024-09-23"))),
        # the release (a passive with the kidnappers as agent), today
        E(True, ["RETREAT", "CONCEDE"], [8], "وأُطلق سراح", ["asserted", "reported"], mode="release",
          source=KIDNAPPERS, recipient=DRIVER, location=NASIB, date=D("2024-09-23"),
          attribution=["أحد أقارب السائق"]),
        # Jordan's closure of Jaber; the seizure (optional)
        E(True, ["COERCE"], [9], "إغلاق", ["asserted", "reported"], mode="restrict",
          source=JO_AUTH, recipient=SY_TRUCKS, location=JABER,
          date=D("2024-09-23", "day", ("2024-09-22", "2024-09-23")),
          attribution=["قناة المملكة عن مصدر في مديرية الأمن العام"], acled=OTHER),
        E(False, ["COERCE"], [9], "ضبط", ["asserted", "reported"], mode="seize", source=JO_AUTH, location=JABER,
          date=D("2024-09-22", "week", ("2024-09-16", "2024-09-23"))),
        # the rumoured Jordanian strike, unconfirmed
        E(True, ["ASSAULT"], [10], "غارة جوية", ["rumored", "reported"], mode="aerial",
          source=JO_AIR, recipient=SMUGGLER_HOUSE, location=UM_MAYADHIN,
          date=D("2024-09-22", "day", ("2024-09-22", "2024-09-23")), attribution=["صفحات محلية"], acled=AIR),
        # paragraph 11 is a generic statement: deliberately NO gold event
        # the planned meeting: Wednesday after a Monday
        E(True, ["CONSULT"], [12], "للقاء", ["planned", "reported"], mode="visit",
          source=SY_SEC_COMMITTEE, recipient=CENTRAL_COMMITTEE, location=DARAA_CITY, date=D("2024-09-25"),
          attribution=["عضو في اللجنة المركزية"]),
        # background: Thursday before a Monday, one killed
        E(True, ["ASSAULT"], [13], "اغتالوا", ["historical", "asserted", "reported"], mode="assassinate",
          source=UNKNOWN, recipient=JIZA_MUKHTAR, location=JIZA_ROAD, date=D("2024-09-19"), fatalities=1,
          attribution=["سانا"], acled=ATTACK),
    ],
))

# ============================================================================ 075: Kordofan (pro-army Sudanese daily)
ARTICLES.append(dict(
    id="team15-075", slug="sudan_kordofan_el_obeid_babanusa_kadugli", published="2024-08-20",
    outlet="Sudan al-Ghad daily site (fictional)",
    paras=[
        # 0 (headline: the drone strike and the AU's call)
        "سبعة شهداء بمسيّرة للمليشيا على السوق الشعبي في الأبيض.. والاتحاد الأفريقي يدعو إلى هدنة إنسانية في كردفان",
        # 1 (dateline; the drone strike «ظهر أمس الإثنين»: a masdar with its agent and object, per the ministry)
        "الأبيض – «سودان الغد»: ارتقى سبعة مواطنين شهداء، وأصيب أكثر من عشرين آخرين بينهم نساء وأطفال، ظهر أمس الإثنين، إثر استهداف مليشيا الدعم السريع المتمردة بمسيّرة انتحارية السوقَ الشعبي بمدينة الأبيض، حاضرة ولاية شمال كردفان، بحسب ما أعلنته وزارة الصحة بالولاية في بيان.",
        # 2 (the same strike: witnesses, the emergency room's nine, the RSF's denial; the participle blame (optional))
        "وقال شهود عيان لـ«سودان الغد» إن المسيّرة سقطت وسط سوق الخضار في ذروة الازدحام، فيما أحصت «غرفة طوارئ الأبيض» تسعة قتلى، في حين نفى مستشار لقائد المليشيا، في تسجيل صوتي متداول، أي صلة لقواتهم بالهجوم، متهماً الجيش بـ«فبركة» الحادثة «لتشويه صورة قواتنا».",
        # 3 (a two-sided battle at Babanusa «فجر اليوم الثلاثاء»; «العشرات» per a military source)
        "وفي ولاية غرب كردفان، صدّت قوات الفرقة 22 مشاة ببابنوسة، فجر اليوم الثلاثاء، هجوماً واسعاً شنّته المليشيا على دفاعات المدينة من المحورين الشرقي والجنوبي، وكبّدتها «خسائر فادحة في الأرواح والعتاد»، بحسب ما أفاد به مصدر عسكري لـ«سودان الغد»، مؤكداً «مقتل العشرات من عناصر المليشيا» وتدمير اثنتي عشرة عربة قتالية.",
        # 4 (the same battle: the RSF's claim of positions taken, denied: the sides' versions, no second event)
        "في المقابل، زعمت المليشيا، في مقطع مصوّر بثّه أحد قادتها الميدانيين على منصة «إكس»، أن قواتها «سيطرت على ثلاثة ارتكازات» جنوبي بابنوسة، وهو ما نفاه المصدر العسكري، مؤكداً أن «مقر الفرقة ومواقعها كافة تحت سيطرة القوات المسلحة».",
        # 5 (shelling of Kadugli «مساء أمس الأول», through the state agency)
        "وفي ولاية جنوب كردفان، قُتل طفلان وأصيبت والدتهما، مساء أمس الأول، جراء قصف مدفعي نفّذته قوات «الحركة الشعبية لتحرير السودان – شمال» على الأحياء الشرقية لمدينة كادقلي، بحسب ما نقلته وكالة السودان للأنباء «سونا» عن مصدر في حكومة الولاية.",
        # 6 (arrests (the referral no SANCTION); a rumoured RSF build-up; the storming it prepares (optional))
        "وفي الأبيض، ألقت الاستخبارات العسكرية القبض على ثلاثة أشخاص يُشتبه في «تعاونهم مع المليشيا» وإرسالهم إحداثيات السوق ومواقع حيوية في المدينة، بحسب ما أفاد به مصدر أمني لـ«سودان الغد»، مشيراً إلى أنهم أُحيلوا إلى النيابة المختصة. وتداولت منصات موالية للمليشيا، منذ مساء أمس، أنباء عن «حشود كبيرة» لقواتها غربي مدينة بارا استعداداً لـ«اقتحام عروس الرمال»، ولم يتسنَّ لـ«سودان الغد» التحقق منها من مصادر مستقلة.",
        # 7 (displacement over five days (optional); the El Fula takeover (optional, historical); planned aid)
        "إنسانياً، قالت المنظمة الدولية للهجرة إن نحو 4500 أسرة نزحت خلال الأيام الخمسة الماضية من بابنوسة والقرى المحيطة بها باتجاه مدينتي المجلد والأبيض، في أكبر موجة نزوح من المنطقة منذ سيطرة المليشيا على مدينة الفولة في يونيو الماضي، فيما أعلن برنامج الأغذية العالمي أن قافلة تضم 15 شاحنة محمّلة بالذرة والبقوليات ستصل إلى الأبيض، يوم الخميس المقبل، لتوزيع مساعدات على النازحين في مراكز الإيواء بالمدينة.",
        # 8 (a UN agency's condemnation (no named culprit) and call)
        "وأدان مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية «أوتشا»، في بيان، «الهجوم على سوق مكتظ بالمدنيين في الأبيض»، ودعا «جميع الأطراف» إلى «الامتناع عن استهداف الأسواق والمرافق الصحية» و«تسهيل وصول المساعدات دون عوائق».",
        # 9 (the AU's ceasefire call; the meeting before it (optional); «مجدداً رفضه» no REJECT)
        "دبلوماسياً، دعا مجلس السلم والأمن التابع للاتحاد الأفريقي، في بيان أصدره عقب اجتماع عقده أمس في أديس أبابا، طرفي النزاع إلى «هدنة إنسانية فورية في إقليم كردفان» وفتح ممرات آمنة للمدنيين العالقين في بابنوسة وكادقلي، مجدداً رفضه «أي تدخل خارجي» في الشأن السوداني.",
        # 10 (a rejection of the call; «لن تفاوض» no event)
        "في المقابل، رفض عضو في مجلس السيادة الانتقالي، في تصريح لـ«سودان الغد»، أي حديث عن هدنة «قبل انسحاب المليشيا من المدن والأعيان المدنية التي تحتلها»، مؤكداً أن «القوات المسلحة لن تفاوض من يقصف المواطنين في الأسواق».",
        # 11 (generic: the war in Kordofan since April 2023, tolls, famine warnings)
        "ومنذ اندلاع الحرب في منتصف أبريل من العام الماضي، تحولت ولايات كردفان الثلاث إلى ساحة مواجهات مفتوحة بين القوات المسلحة والمليشيا، تتخللها عمليات قصف متبادل ونهب للقرى وقطع للطرق، أودت بحياة آلاف المدنيين ودفعت مئات الآلاف إلى النزوح، فيما تحذّر المنظمات الأممية باستمرار من خطر المجاعة في عدد من مناطق الإقليم.",
        # 12 (an army convoy «مساء أمس», per the correspondent; the popular welcome is no PROTEST)
        "عسكرياً، وصل إلى مدينة الأبيض، مساء أمس، متحرك عسكري يضم عشرات العربات القتالية ومئات المقاتلين من القوات المسلحة والمستنفرين، قادماً من مدينة كوستي لتعزيز دفاعات «عروس الرمال»، وسط استقبال شعبي حاشد من المواطنين الذين اصطفوا على جانبي الطريق، بحسب ما رصده مراسل «سودان الغد».",
        # 13 (background «وكانت … قد», «الخميس الماضي», 3 in digits)
        "وكانت المليشيا قد قصفت، الخميس الماضي، محطة المياه الرئيسية في مدينة الدلنج بولاية جنوب كردفان بالمدافع بعيدة المدى، ما أدى إلى مقتل 3 من العاملين فيها وخروجها عن الخدمة، بحسب ما أعلنته حكومة الولاية حينها.",
    ],
    events=[
        # the drone strike: headline 0, lead 1, witnesses/ER/RSF denial 2; 7 per the ministry, 9 per the ER → 7
        E(True, ["ASSAULT"], [0, 1, 2], "استهداف", ["asserted", "reported"], mode="aerial",
          source=RSF, recipient=OBEID_MARKET_VICTIMS, location=EL_OBEID_MARKET, date=D("2024-08-19"), fatalities=7,
          attribution=["بيان وزارة الصحة بولاية شمال كردفان", "شهود عيان", "غرفة طوارئ الأبيض",
                       "مستشار لقائد الدعم السريع"], acled=AIR, tpara=1),
        E(False, ["ACCUSE"], [2], "متهماً", ["asserted", "reported"], source=RSF, recipient=SAF,
          location=EL_OBEID, date=D("2024-08-20", "day", ("2024-08-19", "2024-08-20"))),
        # the Babanusa battle: two-sided, «العشرات» → 12; the RSF's denied claim 4 is part of it
        E(True, ["ASSAULT"], [3, 4], "هجوماً واسعاً", ["asserted", "reported"], mode="firearms",
          source=BABANUSA_SIDES, location=BABANUSA, date=D("2024-08-20"), fatalities=12,
          attribution=["مصدر عسكري", "مقطع مصوّر لأحد قادة الدعم السريع"], acled=CLASH),
        # the Kadugli shelling: Sunday (two days before a Tuesday)
        E(True, ["ASSAULT"], [5], "قصف مدفعي", ["asserted", "reported"], mode="heavy-weapons",
          source=SPLM_N, recipient=KADUGLI_VICTIMS, location=KADUGLI, date=D("2024-08-18"), fatalities=2,
          attribution=["سونا عن مصدر في حكومة ولاية جنوب كردفان"], acled=SHELL),
        # the arrests (after yesterday's strike); the rumoured build-up; the storming it prepares (optional)
        E(True, ["COERCE"], [6], "القبض", ["asserted", "reported"], mode="arrest",
          source=SAF_MI, recipient=COLLABORATORS, location=EL_OBEID,
          date=D("2024-08-20", "day", ("2024-08-19", "2024-08-20")), attribution=["مصدر أمني"], acled=ARREST),
        E(True, ["MOBILIZE"], [6], "حشود كبيرة", ["rumored", "reported"], mode="troops",
          source=RSF, location=BARA_WEST, date=D("2024-08-19", "day", ("2024-08-19", "2024-08-20")),
          attribution=["منصات موالية للدعم السريع"], acled=OTHER),
        E(False, ["ASSAULT"], [6], "اقتحام", ["hypothetical", "rumored"], source=RSF, location=EL_OBEID,
          date=None),
        # the displacement (optional), the El Fula takeover (optional), the planned WFP convoy (Thursday)
        E(False, ["RETREAT"], [7], "نزحت", ["asserted", "reported"], mode="withdraw",
          recipient=BABANUSA_DISPLACED, location=BABANUSA_AREA,
          date=D("2024-08-18", "week", ("2024-08-15", "2024-08-20"))),
        E(False, ["ASSAULT", "COERCE"], [7], "سيطرة", ["historical"], source=RSF, location=EL_FULA,
          date=D("2024-06-15", "month", ("2024-06-01", "2024-06-30")), acled=TAKEOVER),
        E(True, ["AID"], [7], "قافلة", ["planned", "reported"], mode="humanitarian",
          source=WFP, recipient=OBEID_IDPS, location=EL_OBEID, date=D("2024-08-22"),
          attribution=["برنامج الأغذية العالمي"]),
        # OCHA's condemnation (nobody named) and its call
        E(True, ["ACCUSE"], [8], "وأدان", ["asserted", "reported"],
          source=OCHA, date=D("2024-08-20", "day", ("2024-08-19", "2024-08-20")), attribution=["بيان أوتشا"]),
        E(True, ["REQUEST"], [8], "ودعا", ["asserted", "reported"],
          source=OCHA, recipient=SD_ALL_PARTIES, date=D("2024-08-20", "day", ("2024-08-19", "2024-08-20")),
          attribution=["بيان أوتشا"]),
        # the AU's call (headline 0, 9); the meeting «أمس» optional
        E(True, ["REQUEST"], [0, 9], "دعا", ["asserted", "reported"],
          source=AU_PSC, recipient=SD_ALL_PARTIES, location=AU_CALL_PLACE,
          date=D("2024-08-20", "day", ("2024-08-19", "2024-08-20")),
          attribution=["بيان مجلس السلم والأمن التابع للاتحاد الأفريقي"], tpara=9),
        E(False, ["CONSULT"], [9], "اجتماع", ["asserted", "reported"], mode="multilateral", source=AU_PSC,
          location=AU_CALL_PLACE, date=D("2024-08-19")),
        # the rejection of the call
        E(True, ["REJECT"], [10], "رفض", ["asserted"],
          source=SOVEREIGNTY_MEMBER, recipient=AU_PSC, date=D("2024-08-20", "day", ("2024-08-19", "2024-08-20"))),
        # paragraph 11 is a generic statement: deliberately NO gold event
        # the army convoy, yesterday evening, per the correspondent
        E(True, ["MOBILIZE"], [12], "متحرك عسكري", ["asserted"], mode="troops",
          source=SAF_CONVOY, location=EL_OBEID, date=D("2024-08-19"), attribution=["مراسل سودان الغد"],
          acled=OTHER),
        # background: Thursday before a Tuesday, 3 in digits
        E(True, ["ASSAULT"], [13], "قصفت", ["historical", "asserted", "reported"], mode="heavy-weapons",
          source=RSF, recipient=DILLING_STATION, location=DILLING, date=D("2024-08-15"), fatalities=3,
          attribution=["حكومة ولاية جنوب كردفان"], acled=SHELL),
    ],
))


if __name__ == "__main__":
    build(HERE, ARTICLES, "team15.gold.json", id_prefix="team15", first_number=FIRST_NUMBER)
