"""Accepted actor names and place names for the hundred-and-fourteenth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الحكومة», «التنظيم») are left out on purpose, with these
exceptions, each used only in an article where it names a single actor:
- 566: «الفصائل» (only ever the Turkish-backed factions of the «الجيش الوطني»);
- 567: «المسلحين» and «المسلحون» (only ever the fighters of al-Waer);
- 569: «الحكومة» (only ever the Jordanian government), «التنظيم» (only ever ISIS), «المسلحين» (only ever
  the four gunmen of the castle);
- 570: «الميليشيا» (only ever the Houthis), «الجيش» (only ever the Yemeni government's army), «التحالف» (only
  ever the Saudi-led coalition).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge

# ============================== 566: Ras al-Ain, Tal Tamr and the border strip (al-Hasakah; October 2019)
SDF = {"en": ["Syrian Democratic Forces", "SDF", "QSD"],
       "ar": ["مقاتلي «قوات سوريا الديمقراطية»", "«قوات سوريا الديمقراطية»", "قوات سوريا الديمقراطية",
              "مقاتلي «قسد»", "مقاتلو «قسد»", "«قسد»", "قسد"]}
SNA = {"en": ["Syrian National Army", "Turkish-backed factions", "SNA"],
       "ar": ["مقاتلي «الجيش الوطني»", "فصائل «الجيش الوطني»", "«الجيش الوطني»", "الفصائل"]}
SDF_SNA = merge(SDF, SNA)
TR_DRONE = {"en": ["Turkish Armed Forces", "Military Forces of Turkey", "Turkish drone", "Turkey"],
            "ar": ["طائرة مسيّرة تركية", "مسيّرة تركية", "الجيش التركي"]}
CONVOY_CIVILIANS = {"en": ["civilians in a convoy leaving Ras al-Ain", "civilians"],
                    "ar": ["سبعة مدنيين", "عائلات خارجة من المدينة", "القتلى السبعة", "الضحايا"]}
TR_MOD = {"en": ["Turkish Ministry of National Defence", "Military Forces of Turkey", "Turkey"],
          "ar": ["وزارة الدفاع التركية"]}
TURKEY = {"en": ["Turkey", "Government of Turkey"], "ar": ["تركيا", "أنقرة"]}
TR_ARTILLERY = {"en": ["Turkish army artillery", "Turkish Armed Forces", "Military Forces of Turkey",
                       "Turkey"],
                "ar": ["المدفعية التركية", "الجيش التركي"]}
HOSPITAL_STAFF = {"en": ["staff of the National Hospital in Ras al-Ain", "health workers"],
                  "ar": ["أربعة من كوادره", "كوادره"]}
AANES = {"en": ["Autonomous Administration of North and East Syria", "Autonomous Administration", "AANES"],
         "ar": ["«الإدارة الذاتية»", "الإدارة الذاتية"]}
DISPLACED_FAMILIES = {"en": ["displaced families from Ras al-Ain and Tal Abyad", "IDPs", "civilians"],
                      "ar": ["مئات العائلات", "النازحين"]}
TR_US = {"en": ["Turkey", "United States", "Government of Turkey", "Government of the United States"],
         "ar": ["أنقرة وواشنطن", "أنقرة", "واشنطن"]}
SDF_SOURCE = merge({"en": ["an SDF military source"], "ar": ["مصدراً عسكرياً في «قسد»"]}, SDF)
TR_PRESIDENCY = {"en": ["Turkish presidency", "Government of Turkey", "Turkey"], "ar": ["الرئاسة التركية"]}
RU_DELEGATION = {"en": ["Russian military delegation", "Military Forces of Russia", "Russia"],
                 "ar": ["وفد عسكري روسي"]}
SDF_COMMAND = merge({"en": ["SDF command"], "ar": ["قيادة «قسد»"]}, SDF)
UN = {"en": ["United Nations", "UN"], "ar": ["الأمم المتحدة"]}
TR_SHELLS = {"en": ["Turkish Armed Forces", "Military Forces of Turkey", "Turkey"],
             "ar": ["قذائف تركية", "الجيش التركي"]}
SULUK_VICTIMS = {"en": ["civilians in Suluk", "civilians"],
                 "ar": ["ثلاثة مدنيين من عائلة واحدة", "ثلاثة مدنيين"]}
MSD = {"en": ["Syrian Democratic Council", "SDC", "MSD"],
       "ar": ["«مجلس سوريا الديمقراطية»", "مجلس سوريا الديمقراطية", "هيئته الرئاسية"]}
COALITION_INTL = {"en": ["Global Coalition against Daesh", "International coalition", "US-led coalition"],
                  "ar": ["التحالف الدولي"]}

# ====================================================== places: 566
RAS_AL_AIN = {"accept": ["مدينة رأس العين", "رأس العين", "سري كانيه", "Ras al-Ain", "Ras al-Ayn",
                         "Serê Kaniyê", "Sere Kaniye"]}
CONVOY_ROAD = {"accept": ["الطريق بين رأس العين وتل تمر", "قرية المناجير", "المناجير", "رأس العين", "تل تمر",
                          "Ras al-Ain", "al-Manajir", "Tal Tamr", "Tell Tamer"]}
RAS_HOSPITAL = {"accept": ["المشفى الوطني في رأس العين", "المشفى الوطني", "رأس العين",
                           "National Hospital of Ras al-Ain", "Ras al-Ain"]}
HASAKAH = {"accept": ["مدينة الحسكة", "الحسكة", "al-Hasakah", "Hasakah", "Hasaka"]}
BORDER_STRIP = {"accept": ["رأس العين", "تل أبيض", "Ras al-Ain", "Tal Abyad", "Tell Abyad"]}
TAL_TAMR = {"accept": ["بلدة تل تمر", "تل تمر", "Tal Tamr", "Tell Tamer"]}
QAMISHLI = {"accept": ["القامشلي", "Qamishli", "al-Qamishli"]}
M4_AIN_ISSA = {"accept": ["الطريق الدولي «إم 4» قرب بلدة عين عيسى", "عين عيسى", "«إم 4»", "Ain Issa",
                          "M4 highway"]}
SULUK = {"accept": ["بلدة سلوك", "سلوك", "Suluk", "Saluk"]}
AIN_ISSA = {"accept": ["عين عيسى", "Ain Issa", "Ayn Issa"]}

# ============================== 567: al-Waer and al-Zahraa in Homs city (Homs; March 2017)
WAER_FIGHTERS = {"en": ["al-Waer fighters", "rebels in al-Waer", "opposition fighters"],
                 "ar": ["مسلحي حي الوعر", "مسلحي الحي", "المسلحين", "المسلحون"]}
REJECTIONISTS = {"en": ["armed groups rejecting the deal", "rebels"], "ar": ["مجموعات رافضة للاتفاق"]}
ZAHRAA_CIVILIANS = {"en": ["civilians in al-Zahraa", "civilians"],
                    "ar": ["أربعة مدنيين", "الشهداء الأربعة", "الضحايا"]}
NEGOTIATION_COMMITTEE = {"en": ["al-Waer negotiation committee", "al-Waer residents' committee"],
                         "ar": ["«لجنة التفاوض»", "لجنة التفاوض", "لجنة من أهالي الحي"]}
SY_GOV = {"en": ["Syrian government", "Government of Syria"], "ar": ["الحكومة السورية"]}
DEAL_PARTIES = merge(NEGOTIATION_COMMITTEE, SY_GOV)
SECURITY_COMMITTEE = {"en": ["Homs security committee", "Government of Syria", "Syrian security services"],
                      "ar": ["اللجنة الأمنية في المحافظة", "اللجنة الأمنية"]}
RU_OFFICERS = {"en": ["Russian officers", "Military Forces of Russia", "Russia"], "ar": ["ضباط روس"]}
RU_MP = {"en": ["Russian Military Police", "Military Forces of Russia", "Russia"],
         "ar": ["الشرطة العسكرية الروسية"]}
RU_VEHICLES = {"en": ["Russian military vehicles", "Military Forces of Russia"], "ar": ["عربات روسية"]}
SY_SECURITY = {"en": ["Syrian security services", "Military Forces of Syria", "Syrian government"],
               "ar": ["الأجهزة الأمنية"]}
WAER_YOUTHS = {"en": ["young men of al-Waer", "civilians"], "ar": ["أحد عشر شاباً من أبناء الحي"]}
HOMS_SOURCE = {"en": ["a source in Homs governorate", "Government of Syria"], "ar": ["مصدراً في محافظة حمص"]}
SY_MIL_SOURCE = {"en": ["a Syrian military source", "Military Forces of Syria", "Syrian army"],
                 "ar": ["مصدر عسكري سوري"]}
HOMS_GOVERNOR = {"en": ["Governor of Homs", "Government of Syria"], "ar": ["محافظ حمص"]}
UN_AID_CONVOY = {"en": ["United Nations", "UN aid convoy"], "ar": ["قافلة مساعدات أممية"]}
SAA = {"en": ["Syrian Arab Army", "Military Forces of Syria", "Syrian army"],
       "ar": ["وحدات الجيش العربي السوري", "الجيش العربي السوري", "وحدات الجيش"]}
WAER_FIGHTERS_FEB = {"en": ["rebels in al-Waer", "opposition fighters"],
                     "ar": ["سبعة مسلحين", "مواقع للمسلحين"]}
SY_MFA = {"en": ["Syrian Ministry of Foreign Affairs and Expatriates", "Syrian foreign ministry",
                 "Government of Syria"],
          "ar": ["وزارة الخارجية والمغتربين السورية", "وزارة الخارجية والمغتربين"]}
UNSC = {"en": ["UN Security Council", "Security Council", "United Nations"], "ar": ["مجلس الأمن"]}
UN_LEADERS = {"en": ["UN Secretary-General and the President of the Security Council", "United Nations"],
              "ar": ["الأمين العام للأمم المتحدة ورئيس مجلس الأمن"]}

# ====================================================== places: 567
WAER_JARABLUS = {"accept": ["حي الوعر", "الوعر", "جرابلس", "al-Waer", "Jarablus", "Homs", "حمص"]}
ZAHRAA = {"accept": ["سوق شعبي في حي الزهراء", "حي الزهراء", "الزهراء", "al-Zahraa", "Zahra", "Homs", "حمص"]}
HOMS_GOV_BUILDING = {"accept": ["مبنى محافظة حمص", "محافظة حمص", "حمص", "Homs Governorate building", "Homs"]}
WAER_ENTRANCE = {"accept": ["مدخل الحي", "الوعر", "al-Waer", "Homs"]}
WAER_CHECKPOINT = {"accept": ["حاجز المهندسين", "المدخل الغربي للحي", "الوعر", "al-Waer",
                              "al-Muhandisin checkpoint"]}
AL_BAB_ROAD = {"accept": ["مشارف مدينة الباب", "مدينة الباب", "al-Bab"]}
WAER_HOMS = {"accept": ["حمص", "الوعر", "Homs", "al-Waer"]}
WAER_IDLIB = {"accept": ["محافظة إدلب", "إدلب", "الوعر", "Idlib", "al-Waer"]}
WAER_SOUTH = {"accept": ["كتلة الأبنية الجنوبية من الوعر", "الوعر", "al-Waer"]}
AKRAMA = {"accept": ["حي عكرمة", "عكرمة", "Akrama", "Ikrima"]}

# ============================== 568: Najaf, its Iranian consulate, its squares and Kufa (Najaf; Nov. 2019)
PROTESTERS = {"en": ["protesters in Najaf", "protesters", "demonstrators"],
              "ar": ["مئات المحتجين", "المحتجين", "المحتجون"]}
IR_CONSULATE = {"en": ["Iranian consulate in Najaf", "Iran", "Government of Iran"],
                "ar": ["مبنى القنصلية الإيرانية", "القنصلية الإيرانية", "قنصليتها"]}
CONSULATE_STAFF = {"en": ["staff of the Iranian consulate", "Government of Iran"], "ar": ["موظفو القنصلية"]}
IQ_SECURITY = {"en": ["Iraqi security forces", "Police Forces of Iraq", "Military Forces of Iraq"],
               "ar": ["القوات الأمنية"]}
NAJAF_VICTIMS = {"en": ["protesters in Najaf", "protesters"],
                 "ar": ["ثلاثة منهم", "المحتجين", "القتلى الثلاثة"]}
NAJAF_POLICE = {"en": ["Najaf Police Command", "Police Forces of Iraq"],
                "ar": ["قيادة شرطة محافظة النجف", "قيادة الشرطة"]}
CRISIS_CELL = {"en": ["Najaf crisis cell", "Najaf provincial authorities"],
               "ar": ["خلية الأزمة في المحافظة", "خلية الأزمة"]}
MEF_COMMAND = {"en": ["Middle Euphrates Operations Command", "Military Forces of Iraq", "Iraqi army"],
               "ar": ["قيادة عمليات الفرات الأوسط"]}
DETAINEES = {"en": ["young men of Najaf and Kufa", "protesters"], "ar": ["ثمانية وعشرين شاباً"]}
MOURNERS = {"en": ["mourners in Najaf", "protesters"], "ar": ["المشيعون", "المشاركون"]}
ARMED_FACTIONS = {"en": ["armed factions from outside the province", "Popular Mobilization Forces", "PMF"],
                  "ar": ["فصائل مسلحة من خارج المحافظة", "فصائل مسلحة"]}
MEF_SOURCE = merge({"en": ["a source in the Middle Euphrates Operations Command"],
                    "ar": ["مصدراً في قيادة عمليات الفرات الأوسط"]}, MEF_COMMAND)
IR_MFA = {"en": ["Iranian Ministry of Foreign Affairs", "Government of Iran", "Iran"],
          "ar": ["وزارة الخارجية الإيرانية"]}
IQ_GOV = {"en": ["Iraqi government", "Government of Iraq"], "ar": ["الحكومة العراقية", "الحكومة الاتحادية"]}
ATTACKERS = {"en": ["the consulate's attackers", "protesters"], "ar": ["المعتدين"]}
IQ_CHARGE = {"en": ["Iraqi chargé d'affaires in Tehran", "Government of Iraq"],
             "ar": ["القائم بالأعمال العراقي"]}
TRIBAL_DELEGATION = {"en": ["delegation of Najaf tribal sheikhs", "tribal leaders"],
                     "ar": ["وفد من شيوخ عشائر النجف", "شيوخ عشائر النجف"]}
SIT_IN = {"en": ["protesters of the Sadrein square sit-in", "protesters"], "ar": ["المعتصمين", "ممثلين عنهم"]}
INQUIRY = {"en": ["government committee of inquiry", "Government of Iraq"], "ar": ["لجنة تحقيق حكومية"]}
OFFICERS = {"en": ["officers responsible for the shooting", "Police Forces of Iraq"],
            "ar": ["الضباط المسؤولين عن إطلاق النار"]}
RIOT_POLICE = {"en": ["Iraqi riot police", "Police Forces of Iraq"], "ar": ["قوات مكافحة الشغب"]}
KUFA_PROTESTERS = {"en": ["protesters in Kufa", "protesters"],
                   "ar": ["محتجين حاولوا قطع جسر الكوفة", "اثنين منهم"]}
KUFA_RESIDENTS = {"en": ["residents of Kufa", "protesters"], "ar": ["مئات من سكان الكوفة"]}
NAJAF_COUNCIL = {"en": ["Najaf Provincial Council", "Najaf provincial council"], "ar": ["مجلس محافظة النجف"]}
SEC_LEADERS = {"en": ["Iraqi security commanders", "Police Forces of Iraq"], "ar": ["القيادات الأمنية"]}

# ====================================================== places: 568
CONSULATE = {"accept": ["مبنى القنصلية الإيرانية في مدينة النجف", "القنصلية الإيرانية", "النجف",
                        "Iranian consulate in Najaf", "Najaf"]}
NAJAF_STREETS = {"accept": ["ساحة الصدرين", "الشوارع المحيطة بالقنصلية", "النجف", "Sadrein square", "Najaf"]}
NAJAF = {"accept": ["مدينة النجف", "النجف", "Najaf", "an-Najaf"]}
NAJAF_KUFA = {"accept": ["النجف", "مدينة الكوفة", "الكوفة", "Najaf", "Kufa"]}
ISHREEN_SQUARE = {"accept": ["ساحة ثورة العشرين", "ثورة العشرين", "النجف", "Thawrat al-Ishreen square",
                             "Najaf"]}
SADREIN = {"accept": ["ساحة الصدرين", "الصدرين", "النجف", "Sadrein square", "Najaf"]}
TEHRAN = {"accept": ["طهران", "Tehran"]}
KUFA_BRIDGE = {"accept": ["جسر الكوفة", "الكوفة", "Kufa bridge", "Kufa"]}
NAJAF_GOV_BUILDING = {"accept": ["مبنى المحافظة", "النجف", "Najaf governorate building", "Najaf"]}

# ============================== 569: Karak castle, Karak city and al-Qatraneh (Karak, Jordan; December 2016)
GUNMEN = {"en": ["gunmen", "Islamic State", "ISIS"], "ar": ["مسلحون", "المسلحين", "المسلحون الأربعة"]}
JO_POLICE = {"en": ["Jordanian Public Security Directorate", "Police Forces of Jordan", "police patrol"],
             "ar": ["دورية للشرطة", "رجال الأمن العام", "رجال الأمن", "قوات الأمن"]}
JO_FORCES = {"en": ["Jordanian security forces", "Gendarmerie", "Public Security Directorate",
                    "Jordan Armed Forces", "Police Forces of Jordan"],
             "ar": ["قوات مشتركة من الدرك والأمن العام والقوات المسلحة", "قوات الدرك", "قوة أمنية",
                    "الأجهزة الأمنية"]}
OP_CLASH = merge(JO_FORCES, GUNMEN)
TRAPPED = {"en": ["tourists and citizens trapped in Karak castle", "civilians"],
           "ar": ["نحو عشرة سياح أجانب وعشرات المواطنين"]}
SUSPECTS = {"en": ["three suspects", "suspected cell members"], "ar": ["ثلاثة من المشتبه بهم"]}
KARAK_MOURNERS = {"en": ["residents of Karak", "protesters"], "ar": ["مئات من أبناء الكرك"]}
JO_GOV = {"en": ["Jordanian government", "Government of Jordan"], "ar": ["الحكومة"]}
KARAK_TRIBE = {"en": ["a Karak tribe", "tribal leaders"], "ar": ["إحدى عشائر الكرك"]}
JO_SEC_SOURCE = {"en": ["a Jordanian security source", "Police Forces of Jordan"], "ar": ["مصدراً أمنياً"]}
FIFTH_GUNMAN = {"en": ["a fifth gunman"], "ar": ["مسلح خامس"]}
ISIS = {"en": ["Islamic State", "ISIS", "ISIL", "Daesh"], "ar": ["تنظيم «داعش»", "«داعش»", "التنظيم"]}
JORDAN = {"en": ["Jordan", "Government of Jordan"], "ar": ["الأردن"]}
PARLIAMENT = {"en": ["Jordanian House of Representatives", "Parliament of Jordan"], "ar": ["مجلس النواب"]}
JO_AUTHORITIES = {"en": ["Jordanian authorities", "Government of Jordan"], "ar": ["السلطات"]}
UNKNOWN_GUNMEN = {"en": ["unidentified gunmen"], "ar": ["مجهولون"]}
GENDARMERIE_PATROL = {"en": ["a Gendarmerie patrol", "Gendarmerie", "Police Forces of Jordan"],
                      "ar": ["دورية للدرك", "عنصرين"]}
BAR = {"en": ["Jordan Bar Association", "Jordanian Bar Association"], "ar": ["نقابة المحامين الأردنيين"]}

# ====================================================== places: 569
KARAK_CASTLE = {"accept": ["قلعة الكرك", "مدينة الكرك", "الكرك", "Karak Castle", "Karak", "Kerak",
                           "al-Karak"]}
CASTLE = {"accept": ["القلعة", "قلعة الكرك", "الكرك", "Karak Castle", "Karak"]}
QATRANEH = {"accept": ["بلدة القطرانة", "القطرانة", "الطريق الصحراوي", "al-Qatraneh", "Qatrana",
                       "Desert Highway"]}
DESERT_HWY = {"accept": ["الطريق الصحراوي قرب القطرانة", "الطريق الصحراوي", "القطرانة", "Desert Highway",
                         "al-Qatraneh"]}
KARAK_GOV_BUILDING = {"accept": ["مبنى المحافظة", "الكرك", "Karak governorate building", "Karak"]}

# ============================== 570: al-Hazm, al-Ghayl, Khab wa al-Sha'af, the road to Marib (al-Jawf; 2020)
HOUTHIS = {"en": ["Houthis", "Ansar Allah", "Houthi movement"],
           "ar": ["ميليشيا الحوثي", "قوات الحوثيين", "الحوثيين", "الحوثيون", "مجاميع حوثية", "الميليشيا"]}
YE_ARMY = {"en": ["Yemeni government forces", "National Army", "Military Forces of Yemen",
                  "pro-government tribesmen"],
           "ar": ["قوات الجيش الوطني", "الجيش الوطني", "رجال القبائل", "الجيش"]}
HAZM_CLASH = merge(HOUTHIS, YE_ARMY)
COALITION = {"en": ["Saudi-led coalition", "Coalition to Restore Legitimacy in Yemen",
                    "Military Forces of Saudi Arabia"],
             "ar": ["مقاتلات تحالف دعم الشرعية بقيادة السعودية", "تحالف دعم الشرعية", "التحالف"]}
HOUTHI_REINF = {"en": ["Houthi reinforcements", "Houthis"], "ar": ["تعزيزات للميليشيا", "الميليشيا"]}
JAWF_FAMILIES = {"en": ["displaced families from al-Hazm", "IDPs", "civilians"],
                 "ar": ["أكثر من ألفي أسرة", "ثلاثمئة منها"]}
EXU = {"en": ["Executive Unit for IDP Camps", "Government of Yemen"],
       "ar": ["الوحدة التنفيذية لإدارة مخيمات النازحين"]}
DAHM_MEDIATORS = {"en": ["Dahm tribal mediators", "tribal leaders"], "ar": ["وجهاء من قبائل دهم", "الوسطاء"]}
OCHA = {"en": ["UN Office for the Coordination of Humanitarian Affairs", "OCHA", "United Nations"],
        "ar": ["مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", "«أوتشا»"]}
WARRING = {"en": ["parties to the conflict in Yemen", "Houthis", "Government of Yemen"],
           "ar": ["أطراف النزاع"]}
YE_OFFICER = {"en": ["a Yemeni army officer", "Military Forces of Yemen"], "ar": ["ضابط في الجيش"]}
HOUTHI_LEADER = merge({"en": ["a Houthi leader"], "ar": ["قيادي حوثي"]}, HOUTHIS)
UN_ENVOY = {"en": ["UN Special Envoy for Yemen", "United Nations"],
            "ar": ["المبعوث الأممي إلى اليمن", "المبعوث الأممي"]}
LOCAL_AUTH = {"en": ["Marib local authorities", "Government of Yemen"], "ar": ["قيادات السلطة المحلية"]}
YE_MOD = {"en": ["Yemeni Ministry of Defence", "Military Forces of Yemen"], "ar": ["وزارة الدفاع"]}
HOUTHI_DRONE = {"en": ["Houthis", "Ansar Allah", "Houthi drone"], "ar": ["طائرة مسيّرة حوثية"]}
SIRWAH_SOLDIERS = {"en": ["Yemeni government soldiers", "Military Forces of Yemen"],
                   "ar": ["ثلاثة جنود", "معسكراً للجيش"]}
YE_GOV = {"en": ["Yemeni government", "Government of Yemen"], "ar": ["الحكومة اليمنية"]}
IRAN = {"en": ["Iran", "Government of Iran"], "ar": ["إيران"]}
INTL = {"en": ["international community"], "ar": ["المجتمع الدولي"]}

# ====================================================== places: 570
HAZM = {"accept": ["مدينة الحزم", "الحزم", "al-Hazm", "Hazm", "al-Jawf", "الجوف"]}
GHAYL = {"accept": ["مديرية الغيل", "الغيل", "al-Ghayl", "Ghayl", "الحزم", "al-Hazm"]}
MARIB = {"accept": ["مدينة مأرب", "مأرب", "Marib", "Ma'rib"]}
KHAB = {"accept": ["مديرية خب والشعف", "خب والشعف", "Khab wa al-Sha'af", "Khabb wa ash Sha'af"]}
HAZM_MARIB_ROAD = {"accept": ["الطريق بين الحزم ومأرب", "منطقة العلم", "الحزم", "مأرب", "al-Hazm", "Marib",
                              "al-Alam"]}
SIRWAH = {"accept": ["منطقة صرواح", "صرواح", "Sirwah", "Serwah"]}
RIYADH = {"accept": ["الرياض", "Riyadh"]}
