"""Accepted actor names and place names for the fifty-fifth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الحكومة», «الوفد») are left out on purpose, with these
exceptions, each used only in an article where it names a single actor: «الجيش» (271, only ever Sudan's
army), «الموقوفين» (272, only ever the Redeyef detainees), «الجماعة» (273, only ever Boko Haram), «الشرطة»
(274, only ever Gao's police), «النظام», «الدورية», «المأمور» and «المحتجزين» (275, only ever Egypt's
government, the ambushed patrol, Dairut's police chief and the sweep's detainees).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge

# ====================================================== actors: shared
CIVILIANS = {"en": ["civilians", "civilian", "residents", "locals", "people", "citizens"],
             "ar": ["مدنيين", "المدنيين", "مدنيون", "مدني", "المواطنين", "مواطنين", "مواطنون", "الأهالي",
                    "السكان"]}
UNKNOWN = {"en": ["unknown gunmen", "unknown assailants", "unidentified gunmen", "unknown persons"],
           "ar": ["مسلحين مجهولين", "مسلحون مجهولون", "مجهولين", "مجهولون"]}

# ====================================================== 271: South Kordofan (a Khartoum daily's site, 2012)
SAF = {"en": ["Sudanese Armed Forces", "SAF", "Sudanese army", "Sudan Armed Forces", "army artillery",
              "Sudanese military"],
       "ar": ["مدفعية القوات المسلحة", "القوات المسلحة", "الناطق الرسمي باسم القوات المسلحة", "الجيش"]}
SAF_AIR = merge({"en": ["Sudanese Air Force", "Sudanese air force warplane", "government aircraft"],
                 "ar": ["طائرة حربية تابعة لسلاح الجو السوداني", "سلاح الجو السوداني", "سلاح الجو",
                        "الطيران الحكومي"]}, SAF)
SPLMN = {"en": ["SPLM-N", "Sudan People's Liberation Movement-North", "SPLA-N", "SPLM-North",
                "Sudan People's Liberation Movement – North", "rebels"],
         "ar": ["قوات الحركة الشعبية – قطاع الشمال", "الحركة الشعبية – قطاع الشمال", "الحركة الشعبية",
                "قطاع الشمال", "قوات الحركة", "المتمردين", "«الخونة والمرتزقة»"]}
SPLMN_POSITIONS = merge({"en": ["rebel positions", "SPLM-N positions"],
                         "ar": ["مواقع المتمردين", "مواقع «قطاع الشمال»"]}, SPLMN)
SPLMN_SPOKESMAN = merge({"en": ["SPLM-N spokesman", "spokesman of the SPLM-N"],
                         "ar": ["الناطق الرسمي باسم الحركة الشعبية – قطاع الشمال", "الناطق باسم الحركة"]},
                        SPLMN)
KADUGLI_CIVILIANS = merge({"en": ["five citizens", "residential neighbourhoods", "two children"],
                           "ar": ["خمسة مواطنين", "أحياء سكنية", "طفلان"]}, CIVILIANS)
SD_SECURITY = {"en": ["Sudanese security services", "NISS", "National Intelligence and Security Service",
                      "security agencies"],
               "ar": ["الأجهزة الأمنية", "جهاز الأمن الوطني والمخابرات"]}
KADUGLI_DETAINEES = {"en": ["eleven young men", "Nuba youths", "detainees", "young Nuba men"],
                     "ar": ["ما لا يقل عن أحد عشر شاباً من أبناء النوبة", "أحد عشر شاباً", "أبناء النوبة",
                            "المعتقلين"]}
UN_HC_SUDAN = {"en": ["UN Humanitarian Coordinator in Sudan", "United Nations", "UN humanitarian coordinator",
                      "UN"],
               "ar": ["منسق الشؤون الإنسانية للأمم المتحدة في السودان", "منسق الشؤون الإنسانية",
                      "الأمم المتحدة"]}
SD_BOTH_SIDES = merge({"en": ["both parties", "parties to the conflict", "the government and the SPLM-N"],
                       "ar": ["طرفي النزاع", "الحكومة والحركة"]}, SAF, SPLMN)
TALODI_HQ = {"en": ["Talodi locality headquarters", "Talodi locality"], "ar": ["رئاسة محلية تلودي"]}
NA_SECURITY_COMMITTEE = {"en": ["National Assembly security and defence committee",
                                "parliamentary delegation", "Sudanese parliament"],
                         "ar": ["وفد من لجنة الأمن والدفاع بالمجلس الوطني",
                                "لجنة الأمن والدفاع بالمجلس الوطني", "المجلس الوطني"]}
SK_GOVERNMENT = {"en": ["South Kordofan state government", "state government",
                        "native administration leaders"],
                 "ar": ["حكومة الولاية", "قيادات الإدارة الأهلية"]}
DILLING_STUDENTS = merge({"en": ["University of Dilling students", "students", "hundreds of students"],
                          "ar": ["مئات من طلاب جامعة الدلنج", "طلاب جامعة الدلنج"]}, CIVILIANS)
KAUDA_MARKET = merge({"en": ["weekly market", "three civilians", "market-goers"],
                      "ar": ["سوق أسبوعي", "ثلاثة مدنيين"]}, CIVILIANS)
SK_SECURITY_COMMITTEE = {"en": ["South Kordofan state security committee", "state security committee",
                                "governor of South Kordofan", "state authorities"],
                         "ar": ["لجنة أمن الولاية", "الوالي"]}
SK_MOTORCYCLISTS = {"en": ["motorcyclists", "motorcycles"], "ar": ["الدراجات النارية"]}
SK_HAC = {"en": ["Humanitarian Aid Commission", "HAC", "South Kordofan Humanitarian Aid Commission"],
          "ar": ["مفوضية العون الإنساني بالولاية", "مفوضية العون الإنساني"]}
KADUGLI_DISPLACED = merge({"en": ["displaced families", "three hundred families", "families"],
                           "ar": ["نحو ثلاثمائة أسرة", "ثلاثمائة أسرة", "أسرة"]}, CIVILIANS)
SAF_SPLMN = merge(SAF, SPLMN)

KADUGLI = {"accept": ["كادقلي", "وسط كادقلي", "حي كلبا", "حجر المك", "Kadugli", "Kaduqli", "Kadougli"]}
KADUGLI_EAST = {"accept": ["شرق المدينة", "سلسلة التلال الواقعة شرق المدينة", "كادقلي", "Kadugli",
                           "east of Kadugli", "Kaduqli"]}
KALBA_TILLO = {"accept": ["حيي كلبا وتلو", "كلبا", "تلو", "كادقلي", "Kalba", "Tillo", "Kadugli"]}
TALODI = {"accept": ["تلودي", "محلية تلودي", "Talodi", "Taludi"]}
NORTH_KORDOFAN = {"accept": ["شمال كردفان", "عمق شمال كردفان", "North Kordofan", "Shamal Kurdufan"]}
DILLING = {"accept": ["الدلنج", "مدينة الدلنج", "جامعة الدلنج", "Dilling", "Dalang", "Delling"]}
KAUDA = {"accept": ["كاودا", "منطقة كاودا", "Kauda", "Kawda", "Heiban"]}
SOUTH_KORDOFAN = {"accept": ["جنوب كردفان", "ولاية جنوب كردفان", "South Kordofan", "Janub Kurdufan"]}

# ====================================================== 272: the Gafsa mining basin (a Tunisian site, 2008)
TN_BOP = {"en": ["Tunisian police", "intervention units", "public order units", "Tunisian security forces",
                 "security agents", "BOP"],
          "ar": ["وحدات التدخل", "أعوان وحدات التدخل", "أعوان الأمن", "وحدات أمنية", "أعوان أمن بالزي المدني",
                 "أعوان أمن", "سيارات الأمن"]}
REDEYEF_MARCHERS = merge({"en": ["marchers", "demonstrators", "protesters", "two young men", "young man"],
                          "ar": ["شابين", "المتظاهرين", "مسيرة حاشدة", "أهالي الرديف", "شاباً واحداً"]},
                         CIVILIANS)
UGTT_REDEYEF = {"en": ["UGTT local union in Redeyef", "Redeyef local labour union", "local union", "UGTT"],
                "ar": ["الاتحاد المحلي للشغل بالرديف", "الاتحاد المحلي للشغل"]}
REDEYEF_PROTESTERS = merge({"en": ["angry protesters", "protesters", "rioters"],
                            "ar": ["محتجون غاضبون", "محتجون"]}, CIVILIANS)
TN_NG_CAR = {"en": ["National Guard car", "National Guard vehicle", "Tunisian National Guard"],
             "ar": ["سيارة تابعة للحرس الوطني", "الحرس الوطني"]}
TN_NATIONAL_GUARD = {"en": ["Tunisian National Guard", "National Guard", "National Guard patrols"],
                     "ar": ["دوريات من الحرس الوطني", "الحرس الوطني"]}
TN_JOURNALISTS = {"en": ["journalists", "lawyers coming from Gafsa"],
                  "ar": ["الصحافيون والمحامون القادمون من قفصة", "الصحافيون", "المحامون"]}
REDEYEF_DETAINEES = {"en": ["fourteen trade unionists and unemployed", "trade unionists", "detainees",
                            "members of the local negotiating committee"],
                     "ar": ["ما لا يقل عن أربعة عشر نقابياً وعاطلاً عن العمل", "أربعة عشر نقابياً",
                            "أعضاء في لجنة التفاوض المحلية", "النقابيين الموقوفين", "الموقوفين"]}
UGTT_GAFSA = {"en": ["UGTT regional union in Gafsa", "Gafsa regional labour union", "regional union", "UGTT"],
              "ar": ["الاتحاد الجهوي للشغل بقفصة", "الاتحاد الجهوي للشغل", "هيئته الإدارية"]}
GAFSA_GOVERNOR = {"en": ["Governor of Gafsa", "Gafsa governor", "wali of Gafsa"], "ar": ["والي قفصة"]}
TN_INFILTRATORS = {"en": ["infiltrators", "infiltrated elements", "parties who wish the region no good"],
                   "ar": ["«عناصر مندسّة وأطرافاً لا تريد الخير للجهة»", "عناصر مندسّة",
                          "أطرافاً لا تريد الخير للجهة"]}
GAFSA_DETAINEE = {"en": ["detainee", "one of the detainees", "detainees"],
                  "ar": ["أحد الموقوفين", "الموقوفين", "بعضهم"]}
REDEYEF_DELEGATE = {"en": ["Delegate of Redeyef", "Redeyef delegate", "local authorities"],
                    "ar": ["معتمد الرديف"]}
REDEYEF_NOTABLES = {"en": ["Redeyef notables", "delegation of notables", "notables"],
                    "ar": ["وفداً من وجهاء المدينة", "وجهاء المدينة"]}
TUNIS_LAWYERS = merge({"en": ["lawyers and rights activists", "lawyers", "human rights activists"],
                       "ar": ["عشرات المحامين والحقوقيين", "المحامين والحقوقيين", "المحامين"]}, CIVILIANS)
METLAOUI_UNEMPLOYED = merge({"en": ["unemployed", "unemployed graduates", "sit-in of the unemployed",
                                     "six of them"],
                             "ar": ["لعشرات المعطلين عن العمل", "المعطلين عن العمل", "ستة منهم"]}, CIVILIANS)
MINING_PROTESTERS = merge({"en": ["protesters of the mining basin", "protesters"], "ar": ["المحتجون"]},
                          CIVILIANS)

REDEYEF = {"accept": ["الرديف", "مدينة الرديف", "مقر المعتمدية", "Redeyef", "Redayef", "Er Redeyef"]}
REDEYEF_ROAD = {"accept": ["الطريق الرابطة بين الرديف وأم العرائس", "الرديف", "أم العرائس", "Redeyef",
                           "Oum Larayes", "Om Laarayes", "Moulares"]}
GAFSA = {"accept": ["قفصة", "منطقة الأمن بقفصة", "Gafsa"]}
TUNIS = {"accept": ["العاصمة", "قصر العدالة", "تونس", "Tunis", "Palais de Justice"]}
METLAOUI = {"accept": ["المتلوي", "Metlaoui", "El Metlaoui", "Mitlawi"]}
MINING_BASIN = {"accept": ["الحوض المنجمي", "قفصة", "Gafsa mining basin", "Gafsa", "mining basin"]}

# ====================================================== 273: Lake Chad (a Chadian news site, 2015)
BOKO_HARAM = {"en": ["Boko Haram", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "Boko Haram fighters",
                     "Boko Haram militants", "attackers", "terrorists"],
              "ar": ["مسلحون من جماعة «بوكو حرام»", "جماعة «بوكو حرام»", "«بوكو حرام»", "بوكو حرام",
                     "مسلحو «بوكو حرام»", "المهاجمين", "الإرهابيين", "الجماعة"]}
BH_LEADER = merge({"en": ["Boko Haram commander", "man presented as a Boko Haram leader"],
                   "ar": ["رجل قُدّم على أنه قيادي في «بوكو حرام»", "قيادي في «بوكو حرام»"]}, BOKO_HARAM)
BH_SUSPECTS = merge({"en": ["gunmen believed to be Boko Haram", "gunmen"],
                     "ar": ["مسلحون يُعتقد أنهم من الجماعة", "مسلحون"]}, BOKO_HARAM)
KAIGA_VILLAGERS = merge({"en": ["fishermen", "fishing village", "eleven civilians", "women and children",
                                "villagers"],
                         "ar": ["أحد عشر مدنياً", "قرية للصيادين", "نساء وأطفال", "السكان"]}, CIVILIANS)
KAIGA_HUTS = {"en": ["huts and boats", "huts", "fishing boats"], "ar": ["الأكواخ والقوارب", "أكواخها"]}
KAIGA_GIRLS = {"en": ["girls", "several girls"], "ar": ["عدداً من الفتيات", "الفتيات"]}
TD_ARMY = {"en": ["Chadian Army", "Chadian National Army", "Chadian armed forces", "Chadian military",
                  "Chadian defence and security forces", "Chad"],
           "ar": ["الجيش الوطني التشادي", "الجيش التشادي", "وحداته", "قوات الدفاع والأمن"]}
TD_AIR = merge({"en": ["Chadian Air Force", "Chadian helicopters", "helicopters"],
                "ar": ["مروحيات تابعة لسلاح الجو", "سلاح الجو"]}, TD_ARMY)
BAGA_SOLA_DETAINEES = {"en": ["about thirty people", "suspects", "market-goers"],
                       "ar": ["نحو ثلاثين شخصاً", "ثلاثين شخصاً", "نصفهم"]}
TD_GOV = {"en": ["Chadian government", "Government of Chad", "Ministry of Public Security", "Chad"],
          "ar": ["الحكومة التشادية", "وزارة الأمن العام"]}
ISLANDERS = merge({"en": ["island residents", "inhabitants of the islands", "islanders"],
                   "ar": ["سكان الجزر", "أهل الجزر"]}, CIVILIANS)
TD_STATE = merge({"en": ["Chad", "Chadian state", "Chadian government"], "ar": ["تشاد"]}, TD_GOV)
TD_DEFENCE_MINISTER = {"en": ["Chadian Minister of Defence", "defence minister", "military delegation"],
                       "ar": ["وزير الدفاع", "وفد عسكري رفيع"]}
MNJTF = {"en": ["Multinational Joint Task Force", "MNJTF", "MNJTF commanders"],
         "ar": ["قادة القوة المشتركة متعددة الجنسيات", "القوة المشتركة متعددة الجنسيات"]}
UNHCR = {"en": ["UNHCR", "UN Refugee Agency", "Office of the United Nations High Commissioner for Refugees"],
         "ar": ["المفوضية السامية للأمم المتحدة لشؤون اللاجئين", "المفوضية السامية"]}
DAR_ES_SALAM_CAMP = merge({"en": ["Dar es Salam camp", "displaced families", "refugees"],
                           "ar": ["مخيم دار السلام", "أربعمائة أسرة"]}, CIVILIANS)
LAC_GOVERNOR = {"en": ["Governor of Lac region", "Lac governor", "regional governor"],
                "ar": ["حاكم إقليم البحيرة", "حاكم الإقليم"]}
LAC_CHIEFS = {"en": ["canton chiefs", "village heads", "traditional chiefs"],
              "ar": ["رؤساء الكانتونات وزعماء القرى", "رؤساء الكانتونات", "زعماء القرى"]}
LAC_GOV_CHIEFS = merge(LAC_GOVERNOR, LAC_CHIEFS)
LAC_BOATS = {"en": ["boat owners", "boats", "island boats"], "ar": ["القوارب"]}
LIWA_POST = merge({"en": ["Chadian army post", "army position", "two soldiers"],
                   "ar": ["موقعاً للجيش التشادي", "جنديين"]}, TD_ARMY)
TD_WOMEN = merge({"en": ["women's associations", "women's groups", "women"],
                  "ar": ["جمعيات نسائية", "المشاركات"]}, CIVILIANS)

KAIGA = {"accept": ["كايغا كندجيريا", "كايغا", "قرب كايغا", "إقليم البحيرة", "Kaiga Kindjiria", "Kaiga",
                    "Kaïga-Kindjiria", "Lac"]}
LAKE_ISLANDS = {"accept": ["الجزر", "بحيرة تشاد", "إقليم البحيرة", "كايغا", "Lake Chad", "Lac", "Kaiga"]}
BAGA_SOLA = {"accept": ["باغا سولا", "Baga Sola", "Bagasola", "Baga-Sola"]}
NDJAMENA = {"accept": ["أنجمينا", "N'Djamena", "Ndjamena", "مقر الجمعية الوطنية"]}
BOL = {"accept": ["بول", "Bol"]}
LIWA = {"accept": ["ليوا", "بلدة ليوا", "Liwa"]}
NIGERIA_NIGER = {"accept": ["نيجيريا والنيجر", "نيجيريا", "النيجر", "Nigeria", "Niger"]}

# ====================================================== 274: Gao and Ansongo (a Timbuktu news site, 2017)
ISGS = {"en": ["Islamic State in the Greater Sahara", "ISGS", "Islamic State Sahel"],
        "ar": ["«تنظيم الدولة الإسلامية في الصحراء الكبرى»", "تنظيم الدولة الإسلامية في الصحراء الكبرى",
               "تنظيم الدولة"]}
TIN_HAMA_GUNMEN = merge({"en": ["gunmen on motorcycles", "attackers", "armed men"],
                         "ar": ["مسلحون يستقلون دراجات نارية", "لمسلحين على دراجات نارية", "المهاجمين",
                                "مسلحون"]}, UNKNOWN, ISGS)
TIN_HAMA_MARKET = merge({"en": ["traders and shoppers", "market-goers", "eight people", "weekly market"],
                         "ar": ["الباعة والمتسوقين", "ثمانية أشخاص", "السوق الأسبوعي", "سوق تين هاما"]},
                        CIVILIANS)
TIN_HAMA_SHOPS = {"en": ["shops", "market stalls"], "ar": ["عدداً من المحلات", "المحلات"]}
FAMA = {"en": ["Malian Armed Forces", "FAMa", "Malian army", "Malian military", "Malian soldiers"],
        "ar": ["الجيش المالي", "القوات المسلحة المالية", "وحدة من الجيش", "العسكريين"]}
BARKHANE = {"en": ["Operation Barkhane", "French forces", "Barkhane", "French army", "French soldiers"],
            "ar": ["قوة «برخان» الفرنسية", "قوة «برخان»", "«برخان»", "مروحيات تابعة لقوة «برخان» الفرنسية",
                   "جنود فرنسيين"]}
BARKHANE_VEHICLE = merge({"en": ["Barkhane armoured vehicle", "three French soldiers"],
                          "ar": ["عربة مدرعة تابعة لقوة «برخان»", "ثلاثة جنود فرنسيين"]}, BARKHANE)
ANSONGO_HERDERS = {"en": ["twelve herders", "herders", "Fulani herders"],
                   "ar": ["اثني عشر رجلاً من الرعاة"]}
FULANI_ASSOCIATION = {"en": ["Fulani herders' association", "Fulani association", "herders' association"],
                      "ar": ["جمعية للرعاة الفولان", "الرعاة الفولان"]}
MINUSMA = {"en": ["MINUSMA", "UN mission in Mali", "United Nations Multidimensional Integrated Stabilization "
                  "Mission in Mali", "UN peacekeepers"],
           "ar": ["بعثة «مينوسما» الأممية", "بعثة «مينوسما»", "«مينوسما»", "مينوسما", "مروحية تابعة لها"]}
TIN_HAMA_WOUNDED = merge({"en": ["five wounded", "wounded"], "ar": ["خمسة من الجرحى", "الجرحى"]}, CIVILIANS)
BOUREM_POST = merge({"en": ["Malian army post in Bourem", "army post"],
                     "ar": ["موقعاً للجيش المالي"]}, FAMA)
MSA = {"en": ["Movement for the Salvation of Azawad", "MSA", "Mouvement pour le salut de l'Azawad"],
       "ar": ["حركة إنقاذ أزواد"]}
MSA_LEADER = merge({"en": ["MSA leader", "MSA commander"], "ar": ["قيادي في حركة إنقاذ أزواد"]}, MSA)
ML_FORCES = merge({"en": ["government and international forces", "Malian government", "UN and French forces"],
                   "ar": ["القوات الحكومية والدولية", "القوات الحكومية"]}, FAMA)
CSA = {"en": ["Agreement Monitoring Committee", "CSA", "Comité de suivi de l'Accord",
              "Peace and Reconciliation Agreement monitoring committee"],
       "ar": ["لجنة متابعة اتفاق السلام والمصالحة", "لجنة متابعة اتفاق السلام"]}
GAO_YOUTHS = merge({"en": ["dozens of young men", "youths", "protesters"],
                    "ar": ["عشرات الشبان", "الشبان"]}, CIVILIANS)
GAO_POLICE = {"en": ["Malian police", "police"], "ar": ["الشرطة"]}
GAO_NOTABLES = {"en": ["Gao notables", "city notables"], "ar": ["أعيان المدينة"]}
GAO_GOVERNOR = {"en": ["Governor of Gao region", "Gao governor", "Gao regional governor"],
                "ar": ["حاكم إقليم غاو"]}
ANSONGO_NOTABLES = {"en": ["town notables", "herders' and farmers' representatives", "notables"],
                    "ar": ["وجهاء البلدات وممثلي الرعاة والمزارعين", "وجهاء البلدات",
                           "ممثلي الرعاة والمزارعين"]}
GAO_GOV_NOTABLES = merge(GAO_GOVERNOR, ANSONGO_NOTABLES)
ML_ARMY_GENDARMERIE = merge({"en": ["joint army and gendarmerie patrols", "Malian gendarmerie"],
                             "ar": ["دوريات مشتركة بين الجيش والدرك"]}, FAMA)
WFP = {"en": ["World Food Programme", "WFP", "UN World Food Programme"],
       "ar": ["برنامج الأغذية العالمي"]}
ANSONGO_DISPLACED = merge({"en": ["two hundred families", "displaced families"],
                           "ar": ["نحو مئتي أسرة", "مئتي أسرة"]}, CIVILIANS)

TIN_HAMA = {"accept": ["تين هاما", "بلدة تين هاما", "سوق تين هاما", "دائرة أنسونغو", "Tin Hama", "Tin-Hama",
                       "Tinhama", "Ansongo"]}
ANSONGO = {"accept": ["أنسونغو", "مدينة أنسونغو", "دائرة أنسونغو", "Ansongo"]}
GAO = {"accept": ["غاو", "مستشفى غاو", "جسر وابريا", "إقليم غاو", "Gao", "Wabaria bridge"]}
BOUREM = {"accept": ["بوريم", "Bourem"]}
BAMAKO = {"accept": ["باماكو", "Bamako"]}
MENAKA_ROAD = {"accept": ["الطريق بين ميناكا وأنديرامبوكان", "ميناكا", "أنديرامبوكان", "Menaka", "Ménaka",
                          "Anderamboukane", "Andéramboukane"]}
SAHEL_MARKETS = {"accept": ["الأسواق والقرى", "أنسونغو", "Ansongo", "Gao"]}

# ====================================================== 275: Assiut (a London pan-Arab daily, 1997)
GAMAA = {"en": ["al-Gama'a al-Islamiyya", "Islamic Group", "Gamaa Islamiya", "Jamaa Islamiya", "militants"],
         "ar": ["مسلحون يُعتقد أنهم من عناصر «الجماعة الإسلامية»", "عناصر «الجماعة الإسلامية»",
                "«الجماعة الإسلامية»", "الجماعة الإسلامية", "«مجموعة من أبطالها»", "عناصر إرهابية",
                "عناصر الجماعة"]}
EG_PATROL = {"en": ["police patrol", "Egyptian police", "three policemen", "policemen", "security patrol"],
             "ar": ["سيارة دورية أمنية", "ثلاثة من رجال الشرطة", "رجال الشرطة", "أفراد الشرطة", "الدورية",
                    "«ستة من زبانية النظام»"]}
EG_SECURITY_97 = {"en": ["Egyptian security forces", "Egyptian police", "Assiut Security Directorate",
                         "Central Security Forces"],
                  "ar": ["قوات الأمن", "مديرية أمن أسيوط", "مديرية الأمن", "قوات الأمن المركزي"]}
DAIRUT_SUSPECTS = {"en": ["twenty-seven suspects", "suspects", "relatives of wanted men"],
                   "ar": ["سبعة وعشرين مشتبهاً فيهم", "مشتبهاً فيهم", "أقارب لعناصر مطلوبة", "المشتبه فيهم"]}
EOHR = {"en": ["Egyptian Organization for Human Rights", "EOHR"],
        "ar": ["المنظمة المصرية لحقوق الإنسان"]}
EG_PROSECUTOR = {"en": ["Egyptian Public Prosecutor", "Prosecutor General", "public prosecutor"],
                 "ar": ["النائب العام"]}
EG_INTERIOR_97 = {"en": ["Egyptian Interior Ministry", "Ministry of the Interior", "Interior Minister"],
                  "ar": ["وزارة الداخلية", "وزير الداخلية"]}
EG_REGIME = merge({"en": ["Egyptian government", "Egyptian regime", "Egypt"], "ar": ["النظام"]},
                  EG_SECURITY_97)
MALLAWI_MEMBERS = {"en": ["four Gama'a members", "Islamic Group members"],
                   "ar": ["«تصفية أربعة من أبناء الجماعة»", "أربعة من أبناء الجماعة"]}
ASSIUT_MPS = {"en": ["Assiut MPs", "People's Assembly members for Assiut", "delegation of MPs"],
              "ar": ["وفد من نواب أسيوط في مجلس الشعب", "نواب أسيوط"]}
EG_MILITARY_COURT = {"en": ["Supreme Military Court", "Egyptian military court", "military court"],
                     "ar": ["المحكمة العسكرية العليا"]}
GAMAA_CONVICTS = merge({"en": ["four Gama'a members", "thirteen Islamists", "nine others"],
                        "ar": ["أربعة من أعضاء «الجماعة الإسلامية»", "تسعة آخرين"]}, GAMAA)
DAIRUT_FAMILIES = {"en": ["committee of Dairut's leading families", "family elders", "notables"],
                   "ar": ["لجنة من كبار العائلات في ديروط", "كبار العائلات"]}
DAIRUT_MAMOUR = {"en": ["Dairut police chief", "mamour of the Dairut police district", "police chief"],
                 "ar": ["مأمور المركز", "المأمور"]}
DAIRUT_DETAINEES = {"en": ["detainees", "those held"], "ar": ["المحتجزين"]}
QUSIYA_WORKERS = merge({"en": ["bus carrying workers", "workers", "bus driver"],
                        "ar": ["حافلة تقل عمالاً", "عمالاً", "سائقها"]}, CIVILIANS)
DAIRUT_RELATIVES = merge({"en": ["detainees' relatives", "relatives", "women"],
                          "ar": ["عشرات من أهالي المحتجزين", "أهالي المحتجزين"]}, CIVILIANS)

DAIRUT = {"accept": ["ديروط", "مدينة ديروط", "الطريق الزراعي قرب مدينة ديروط", "مركز شرطة ديروط", "Dairut",
                     "Dayrut", "Deirut"]}
DAIRUT_AREA = {"accept": ["ديروط والقرى المحيطة بها", "ديروط", "زراعات القصب", "Dairut", "Dayrut"]}
MALLAWI = {"accept": ["ملوي", "Mallawi", "Malawi"]}
CAIRO = {"accept": ["القاهرة", "Cairo"]}
QUSIYA = {"accept": ["القوصية", "مدينة القوصية", "El Qusiya", "Qusiya", "Al Qusiyah"]}
