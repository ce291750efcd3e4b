"""Accepted actor names and place names for the hundred-and-twentieth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الحكومة», «التنظيم») are left out on purpose, with these
exceptions, each used only in an article where it names a single actor:
- 597: «النظام» (only ever the Syrian government and its forces);
- 598: «التنظيم», «الدواعش» and «الحشد» (only ever ISIS, its fighters and the Popular Mobilization Forces);
- 599: «الميليشيات» and «التحالف» (only ever the Houthis and the Saudi-led coalition);
- 600: «الطرفين» (only ever the army and the Rapid Support Forces together).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge

# ============================== 596: Ain Issa and its villages, the northern Raqqa countryside (Raqqa; 2022)
TR_ARTILLERY = {"en": ["Turkish army artillery", "Military Forces of Turkey", "Turkish Armed Forces",
                       "Turkey", "Syrian National Army"],
                "ar": ["مدفعية جيش الاحتلال التركي", "جيش الاحتلال التركي", "الفصائل الموالية له"]}
FLEEING_FAMILIES = {"en": ["families of the villages around Ain Issa", "civilians"], "ar": ["عشرات العائلات"]}
TR_DRONE = {"en": ["Turkish drone", "Military Forces of Turkey", "Turkish Armed Forces", "Turkey"],
            "ar": ["طائرة مسيّرة تركية", "مسيّرة تركية"]}
MARKET_VICTIMS = {"en": ["civilians in the Ain Issa market", "civilians"],
                  "ar": ["خمسة مدنيين", "القتلى الخمسة"]}
SDF = {"en": ["Syrian Democratic Forces", "SDF", "QSD"],
       "ar": ["مقاتلو «قوات سوريا الديمقراطية»", "قوات سوريا الديمقراطية", "«قسد»", "قسد"]}
TR_BASE = {"en": ["Turkish army base", "Military Forces of Turkey", "Turkish Armed Forces", "Turkey"],
           "ar": ["قاعدة للجيش التركي", "الجيش التركي"]}
TR_PRESIDENT = {"en": ["President of Turkey", "Government of Turkey", "Turkey"], "ar": ["الرئيس التركي"]}
SDF_AS_TERRORISTS = {"en": ["Syrian Democratic Forces", "SDF", "YPG"],
                     "ar": ["التنظيمات الإرهابية", "قوات سوريا الديمقراطية", "قسد"]}
TR_FORCES = {"en": ["Military Forces of Turkey", "Turkish Armed Forces", "Turkey"], "ar": ["الجيش التركي"]}
RU_FORCES = {"en": ["Military Forces of Russia", "Russian forces", "Russia"], "ar": ["القوات الروسية"]}
RU_AND_SDF = merge(RU_FORCES, SDF)
AANES_OFFICIAL = {"en": ["Autonomous Administration of North and East Syria", "AANES"],
                  "ar": ["مسؤولاً في المجلس التنفيذي للإدارة الذاتية", "المجلس التنفيذي للإدارة الذاتية"]}
GUARANTORS = {"en": ["Astana guarantor states", "Russia", "Turkey", "Iran"],
              "ar": ["وفود الدول الضامنة لمسار أستانا", "الدول الضامنة"]}
INTL_ORGS_596 = {"en": ["international organisations", "international aid agencies"],
                 "ar": ["المنظمات الدولية"]}
DISPLACED_596 = {"en": ["families displaced from the villages of Ain Issa", "displaced families",
                        "civilians"],
                 "ar": ["العائلات النازحة من قرى عين عيسى", "العائلات النازحة"]}
SDF_MEMBERS = {"en": ["two SDF members", "Syrian Democratic Forces", "SDF"], "ar": ["عنصرين من «قسد»"]}
AANES = {"en": ["Autonomous Administration of North and East Syria", "AANES", "Autonomous Administration"],
         "ar": ["الإدارة الذاتية لشمال وشرق سوريا", "الإدارة الذاتية"]}
TURKEY_STATE = {"en": ["Turkey", "Government of Turkey", "Turkish state"], "ar": ["الدولة التركية"]}
AANES_SOCIAL = {"en": ["AANES Social Affairs and Labour Authority", "Autonomous Administration"],
                "ar": ["هيئة الشؤون الاجتماعية والعمل"]}
HISHA_FAMILIES = {"en": ["displaced families in al-Hisha", "displaced families", "civilians"],
                  "ar": ["مئة وعشرين عائلة نازحة", "عائلة نازحة"]}
SY_GOV_FORCES_596 = {"en": ["Syrian government forces", "Military Forces of Syria", "Syrian army"],
                     "ar": ["القوات الحكومية السورية"]}
RU_MP = {"en": ["Russian military police", "Military Forces of Russia", "Russia"],
         "ar": ["الشرطة العسكرية الروسية"]}
ASAYISH = {"en": ["Asayish", "Internal Security Forces of North and East Syria", "Autonomous Administration"],
           "ar": ["قوى الأمن الداخلي", "«الأسايش»", "الأسايش"]}
TWO_YOUNG_MEN = {"en": ["two young men of Ain Issa", "civilians"], "ar": ["شابين"]}

# ====================================================== places: 596
AIN_ISSA_VILLAGES = {"accept": ["قرى صيدا والمعلّق وهوشان", "صيدا", "المعلّق", "هوشان", "عين عيسى", "Saida",
                                "al-Muallaq", "Hoshan", "Ain Issa", "Ayn Issa"]}
AIN_ISSA_MARKET = {"accept": ["السوق الشعبي وسط بلدة عين عيسى", "بلدة عين عيسى", "عين عيسى", "Ain Issa",
                              "Ayn Issa", "Ain Eissa"]}
SULUK_BASE = {"accept": ["قاعدة للجيش التركي قرب بلدة سلوك", "بلدة سلوك", "سلوك", "تل أبيض", "Suluk",
                         "Tal Abyad", "Tell Abyad"]}
AIN_ISSA = {"accept": ["عين عيسى", "Ain Issa", "Ayn Issa"]}
ASTANA = {"accept": ["العاصمة الكازاخية", "أستانا", "Astana", "Nur-Sultan"]}
AIN_ISSA_DISPLACED = {"accept": ["قرى عين عيسى", "عين عيسى", "Ain Issa", "Ayn Issa"]}
TAL_SAMEN_ROAD = {"accept": ["الطريق الواصل بين الرقة وبلدة تل السمن", "بلدة تل السمن", "تل السمن",
                             "Tal al-Samen", "Tell al-Samn"]}
NORTH_RAQQA = {"accept": ["ريف الرقة الشمالي", "northern Raqqa countryside", "Raqqa"]}
HISHA = {"accept": ["قرية الهيشة جنوب عين عيسى", "قرية الهيشة", "الهيشة", "al-Hisha", "Hisha"]}
AIN_ISSA_SURROUNDINGS = {"accept": ["محيط عين عيسى", "عين عيسى", "Ain Issa", "Ayn Issa", "M4"]}
AIN_ISSA_QUARTER = {"accept": ["أحد أحياء عين عيسى", "عين عيسى", "Ain Issa", "Ayn Issa"]}
NORTH_RAQQA_FRONTS = {"accept": ["جبهات ريف الرقة الشمالي", "ريف الرقة الشمالي", "northern Raqqa countryside",
                                 "Raqqa"]}

# ============================== 597: Kansafra, al-Bara and Jabal al-Zawiya, Ariha (Idlib; 2021)
ASSAD_FORCES = {"en": ["Syrian government forces", "Military Forces of Syria", "Syrian army", "Assad forces",
                       "Syrian regime"],
                "ar": ["قوات الأسد", "النظام"]}
KANSAFRA_FAMILY = {"en": ["five children and their mother", "civilians"],
                   "ar": ["خمسة أطفال ووالدتهم", "الأطفال الخمسة ووالدتهم", "الأطفال الخمسة"]}
CIVIL_DEFENCE = {"en": ["Syria Civil Defence", "White Helmets", "Syrian Civil Defence"],
                 "ar": ["فرق الدفاع المدني السوري", "الدفاع المدني السوري", "«الخوذ البيضاء»",
                        "الخوذ البيضاء"]}
KANSAFRA_WOUNDED = {"en": ["three wounded", "civilians"], "ar": ["ثلاثة جرحى"]}
RU_AIR = {"en": ["Russian Air Force", "Military Forces of Russia", "Russia", "Russian warplanes"],
          "ar": ["الطيران الحربي الروسي"]}
REGIME_TERRORISTS = {"en": ["Syrian opposition factions", "rebels", "armed groups"],
                     "ar": ["«المجموعات الإرهابية»", "المجموعات الإرهابية"]}
IRAN_MILITIAS = {"en": ["Iran-backed militias", "pro-Iranian militias"],
                 "ar": ["ميليشيات مدعومة من إيران", "الميليشيات الإيرانية"]}
ASSAD_AND_IRAN = merge(ASSAD_FORCES, IRAN_MILITIAS)
TR_CONVOY = {"en": ["Turkish army convoy", "Military Forces of Turkey", "Turkish Armed Forces", "Turkey"],
             "ar": ["رتل عسكري تركي"]}
NLF = {"en": ["National Liberation Front", "NLF", "Syrian opposition factions"],
       "ar": ["«الجبهة الوطنية للتحرير»", "الجبهة الوطنية للتحرير"]}
TR_OFFICERS = {"en": ["Turkish army officers", "Military Forces of Turkey", "Turkish Armed Forces", "Turkey"],
               "ar": ["ضباط من الجيش التركي", "الجيش التركي"]}
OPPOSITION_FACTIONS = {"en": ["Syrian opposition factions", "rebels", "opposition factions"],
                       "ar": ["قادة فصائل المعارضة", "فصائل المعارضة"]}
ARIHA_PROTESTERS = {"en": ["protesters in Ariha", "residents of Ariha", "protesters"],
                    "ar": ["مئات من أهالي مدينة أريحا", "المتظاهرون"]}
TR_POST = {"en": ["Turkish observation post", "Military Forces of Turkey", "Turkish Armed Forces", "Turkey"],
           "ar": ["النقطة التركية في البارة", "النقطة التركية"]}
MARAYAN_CIVILIANS = {"en": ["three civilians in Marayan", "civilians"], "ar": ["ثلاثة مدنيين"]}
RU_TR = {"en": ["Russia", "Turkey"], "ar": ["الاتفاق الروسي التركي"]}
SRC = {"en": ["Syria Response Coordinators", "Response Coordinators Group"],
       "ar": ["منظمة «منسقو استجابة سوريا»", "«منسقو استجابة سوريا»", "منسقو استجابة سوريا"]}
RUSSIA_AND_REGIME = {"en": ["Russia", "Government of Syria", "Syrian government", "Syrian regime"],
                     "ar": ["روسيا والنظام", "روسيا", "النظام"]}
INTL_COMMUNITY = {"en": ["international community"], "ar": ["المجتمع الدولي"]}
LOCAL_NGO_597 = {"en": ["local relief organisation"], "ar": ["منظمة إغاثية محلية"]}
ZAWIYA_DISPLACED = {"en": ["families displaced from Jabal al-Zawiya", "displaced families", "civilians"],
                    "ar": ["ثمانين عائلة نزحت من قرى جبل الزاوية", "ثمانين عائلة"]}
OPPOSITION_OPS_ROOM = {"en": ["al-Fath al-Mubin operations room", "Syrian opposition factions", "rebels"],
                       "ar": ["فصائل المعارضة", "غرفة عمليات «الفتح المبين»"]}
ASSAD_TANK = {"en": ["Syrian army tank", "Military Forces of Syria", "Syrian government forces"],
              "ar": ["دبابة لقوات الأسد", "قوات الأسد"]}

# ====================================================== places: 597
KANSAFRA = {"accept": ["منزلهم في بلدة كنصفرة", "بلدة كنصفرة", "كنصفرة", "جبل الزاوية", "Kansafra",
                       "Kansafrah", "Jabal al-Zawiya"]}
KANSAFRA_ARIHA = {"accept": ["كنصفرة", "مدينة أريحا", "أريحا", "Kansafra", "Ariha"]}
BARA_BALYUN = {"accept": ["الأطراف الغربية لبلدتي البارة وبليون", "البارة", "بليون", "al-Bara", "Bara",
                          "Balyun"]}
FATTIRA = {"accept": ["قرى الفطيرة وسفوهن وفليفل", "الفطيرة", "سفوهن", "فليفل", "Fattira", "Sufuhn",
                      "Fleifel"]}
SARAQIB = {"accept": ["محيط مدينة سراقب", "سراقب", "Saraqib"]}
HAZARIN_KAFRNABL = {"accept": ["محيط بلدتي حزارين وكفرنبل", "حزارين", "كفرنبل", "Hazarin", "Kafr Nabl",
                               "Kafranbel"]}
JABAL_ZAWIYA = {"accept": ["جبل الزاوية", "Jabal al-Zawiya", "Jabal Zawiya"]}
BARA_POST = {"accept": ["نقطة المراقبة التركية قرب بلدة البارة", "بلدة البارة", "البارة", "al-Bara", "Bara"]}
BARA_POST_MEETING = {"accept": ["نقطة المراقبة بالبارة", "البارة", "al-Bara", "Bara"]}
ARIHA = {"accept": ["مدينة أريحا", "أريحا", "Ariha"]}
BARA = {"accept": ["البارة", "al-Bara", "Bara"]}
MARAYAN = {"accept": ["سوق شعبية في بلدة مرعيان", "بلدة مرعيان", "مرعيان", "Marayan", "Mar'ayan"]}
KAFR_LUSIN_CAMPS = {"accept": ["مخيمات قرب بلدة كفرلوسين الحدودية", "كفرلوسين", "Kafr Lusin", "Kafrlusin"]}
HAZARIN = {"accept": ["محور حزارين", "حزارين", "Hazarin"]}

# ============================== 598: al-Qaim, Husaybah, al-Karabilah, al-Ubaydi, Rawa (Anbar; 2017)
IQ_FORCES = {"en": ["Iraqi security forces", "Military Forces of Iraq", "Iraqi army",
                    "Iraqi Counter-Terrorism Service", "Popular Mobilization Forces", "PMF"],
             "ar": ["قطعات الجيش", "جهاز مكافحة الإرهاب", "فصائل الحشد الشعبي والعشائري",
                    "قيادة العمليات المشتركة"]}
ISIS_598 = {"en": ["Islamic State", "ISIS", "IS", "ISIL", "Daesh"],
            "ar": ["عصابات «داعش» الإرهابية", "«داعش»", "داعش", "التنظيم", "الدواعش"]}
IQ_FORCES_AND_ISIS = merge(IQ_FORCES, ISIS_598)
IQ_SOLDIERS = {"en": ["Iraqi soldiers", "Military Forces of Iraq", "Iraqi army"],
               "ar": ["ثلاثة جنود", "عجلة عسكرية"]}
TRIBAL_PMF = {"en": ["Tribal Mobilization Forces", "Popular Mobilization Forces", "PMF", "Hashd al-Asha'iri"],
              "ar": ["أربعة من مقاتلي الحشد العشائري", "مقاتلي الحشد العشائري", "الحشد العشائري",
                     "الشهداء الأربعة"]}
PMF_SOURCE = {"en": ["Popular Mobilization Forces", "PMF"], "ar": ["مصدر في الحشد"]}
IQ_SECURITY = {"en": ["Iraqi security forces", "Military Forces of Iraq", "Iraqi army"],
               "ar": ["القوات الأمنية"]}
ISIS_MEMBERS = {"en": ["thirty-two Islamic State members", "Islamic State", "ISIS"],
                "ar": ["اثنان وثلاثون عنصراً من التنظيم", "عنصراً من التنظيم"]}
IQ_MIGRATION = {"en": ["Iraqi Ministry of Migration and Displaced", "Government of Iraq"],
                "ar": ["وزارة الهجرة والمهجرين"]}
QAIM_DISPLACED = {"en": ["families displaced from al-Qaim", "displaced families", "civilians"],
                  "ar": ["ألفي عائلة نازحة", "عائلة نازحة"]}
RETURNING_FAMILIES = {"en": ["families returning to al-Karabilah", "civilians"], "ar": ["نحو مئة عائلة"]}
BORDER_FAMILIES = {"en": ["families of the border villages", "civilians"], "ar": ["عائلات أخرى"]}
ISIS_LEADERS = {"en": ["Islamic State leaders", "Islamic State", "ISIS"], "ar": ["قيادات التنظيم"]}
IQ_ARMY_AND_PMF = {"en": ["Military Forces of Iraq", "Iraqi army", "Popular Mobilization Forces", "PMF"],
                   "ar": ["قطعات من الجيش والحشد", "الحشد"]}
PMF_COMMANDER = {"en": ["Popular Mobilization Forces commander", "Popular Mobilization Forces", "PMF"],
                 "ar": ["قيادي في الحشد الشعبي", "الحشد الشعبي"]}
ISIS_REMNANTS = {"en": ["Islamic State", "ISIS", "Daesh"], "ar": ["فلول «داعش»", "«داعش»", "داعش"]}
UBAYDI_VICTIMS = {"en": ["six young men of al-Qaim", "civilians"], "ar": ["ستة شبان من أهالي القائم"]}
ANBAR_COUNCIL = {"en": ["Anbar Provincial Council", "Anbar council"], "ar": ["مجلس محافظة الأنبار"]}
IQ_FEDERAL = {"en": ["Government of Iraq", "Iraqi federal government"], "ar": ["الحكومة الاتحادية"]}
ISIS_POSITIONS = {"en": ["Islamic State", "ISIS", "IS", "Daesh"], "ar": ["مواقع وأنفاق للتنظيم", "التنظيم"]}
COALITION_598 = {"en": ["Global Coalition against Daesh", "US-led coalition",
                        "Military Forces of the United States", "Combined Joint Task Force"],
                 "ar": ["طيران التحالف الدولي", "التحالف الدولي"]}

# ====================================================== places: 598
QAIM = {"accept": ["قضاء القائم", "القائم", "منطقة الكرابلة", "الكرابلة", "al-Qaim", "Qaim", "al-Karabilah",
                   "Karabila"]}
QAIM_WEST = {"accept": ["أحد الأحياء الغربية للقائم", "القائم", "al-Qaim", "Qaim"]}
QAIM_CHECKPOINT = {"accept": ["سيطرة أمنية عند المدخل الشرقي لقضاء القائم", "قضاء القائم", "القائم",
                              "al-Qaim", "Qaim"]}
HUSAYBAH = {"accept": ["منطقة حصيبة", "حصيبة", "Husaybah", "Husaiba"]}
KILO_18 = {"accept": ["مخيمات منطقة الكيلو 18 غرب الرمادي", "الكيلو 18", "Kilo 18", "Kilo 18 camp"]}
KARABILAH = {"accept": ["حي الكرابلة", "الكرابلة", "al-Karabilah", "Karabila"]}
AMIRIYAT_CAMPS = {"accept": ["مخيمات عامرية الفلوجة", "عامرية الفلوجة", "Amiriyat al-Fallujah"]}
ALBUKAMAL = {"accept": ["مدينة البوكمال السورية", "البوكمال", "Albukamal", "Abu Kamal", "al-Bukamal"]}
RAWA = {"accept": ["قضاء راوة", "راوة", "Rawa"]}
ANAH = {"accept": ["محيط مدينة عنه", "مدينة عنه", "Anah", "Ana"]}
QAIM_CROSSING = {"accept": ["بوابة منفذ القائم الحدودي", "منفذ القائم الحدودي", "منفذ القائم",
                            "al-Qaim border crossing", "al-Qaim"]}
UBAYDI = {"accept": ["ساحة عامة بمنطقة العبيدي", "منطقة العبيدي", "العبيدي", "al-Ubaydi", "Ubaydi"]}
RAMADI = {"accept": ["الرمادي", "Ramadi", "al-Ramadi"]}
ANBAR_DESERT = {"accept": ["صحراء الأنبار جنوب القائم", "صحراء الأنبار", "Anbar desert", "al-Qaim"]}

# ============================== 599: al-Hudaydah airport, al-Manzar, al-Durayhimi, Bajil, Mocha (2018)
YE_JOINT_FORCES = {"en": ["Military Forces of Yemen (Hadi)", "Yemeni National Army", "Joint Forces",
                          "Giants Brigades", "Tihama Resistance"],
                   "ar": ["قوات الجيش الوطني اليمني", "القوات المشتركة", "ألوية العمالقة",
                          "المقاومة التهامية"]}
HOUTHIS = {"en": ["Houthis", "Ansar Allah", "Houthi forces", "Houthi movement"],
           "ar": ["ميليشيات الحوثي الانقلابية", "ميليشيات الحوثي", "قوات الحوثيين", "الحوثيين",
                  "الميليشيات"]}
AIRPORT_BATTLE_SIDES = merge(YE_JOINT_FORCES, HOUTHIS)
HOUTHI_POSITIONS = {"en": ["Houthis", "Ansar Allah", "Houthi forces"],
                    "ar": ["مواقع وتجمعات للميليشيات", "الميليشيات"]}
COALITION_599 = {"en": ["Saudi-led coalition", "Arab Coalition", "Military Forces of Saudi Arabia",
                        "Saudi Arabia"],
                 "ar": ["مقاتلات التحالف", "التحالف"]}
HOUTHI_BOATS = {"en": ["Houthi boats", "Houthis", "Ansar Allah"],
                "ar": ["زوارق تابعة للميليشيات", "الميليشيات"]}
FISHERMEN = {"en": ["fishermen off al-Durayhimi", "fishermen", "civilians"], "ar": ["ثلاثة صيادين"]}
HOUTHI_GROUP = {"en": ["Houthis", "Ansar Allah"], "ar": ["الجماعة"]}
COALITION_NAVY = {"en": ["Saudi-led coalition navy", "Saudi-led coalition"], "ar": ["بوارج التحالف"]}
BAYT_FAQIH_CIVILIANS = {"en": ["six civilians in a market", "civilians"], "ar": ["ستة مدنيين"]}
COALITION_SPOKESMAN = {"en": ["Saudi-led coalition spokesman", "Saudi-led coalition"],
                       "ar": ["المتحدث الرسمي باسم قوات التحالف"]}
UN_ENVOY = {"en": ["UN Special Envoy for Yemen", "United Nations", "UN envoy"],
            "ar": ["المبعوث الأممي إلى اليمن", "المبعوث الأممي"]}
HOUTHI_LEADERS = {"en": ["Houthi leaders", "Houthis", "Ansar Allah"],
                  "ar": ["قيادات في جماعة الحوثي", "جماعة الحوثي"]}
YE_GOV = {"en": ["Government of Yemen (Hadi)", "Yemeni government", "internationally recognised government"],
          "ar": ["الحكومة الشرعية"]}
UN_AND_HOUTHIS = merge(UN_ENVOY, HOUTHI_LEADERS)
HOUTHI_CHECKPOINTS = {"en": ["Houthi checkpoints", "Houthis", "Ansar Allah"],
                      "ar": ["نقاط تفتيش تابعة للميليشيات", "الميليشيات"]}
WFP_CONVOY = {"en": ["World Food Programme convoy", "World Food Programme", "WFP"],
              "ar": ["قافلة من ثماني عشرة شاحنة تابعة لبرنامج الأغذية العالمي", "برنامج الأغذية العالمي"]}
WFP = {"en": ["World Food Programme", "WFP", "United Nations"], "ar": ["برنامج الأغذية العالمي"]}
SOUTH_FAMILIES = {"en": ["families of the southern quarters", "civilians"],
                  "ar": ["الأسر في أحياء المدينة الجنوبية", "الأسر"]}
UN_HC = {"en": ["UN Humanitarian Coordinator for Yemen", "OCHA", "United Nations"],
         "ar": ["منسقة الشؤون الإنسانية للأمم المتحدة في اليمن"]}
CONFLICT_PARTIES = {"en": ["parties to the conflict", "Houthis", "Government of Yemen (Hadi)",
                           "Saudi-led coalition"],
                    "ar": ["أطراف النزاع"]}
SPC_HEAD = {"en": ["Supreme Political Council", "Houthis", "Ansar Allah"],
            "ar": ["رئيس ما يسمى «المجلس السياسي الأعلى»", "«المجلس السياسي الأعلى»",
                   "المجلس السياسي الأعلى"]}
SAUDI_UAE = {"en": ["Saudi Arabia", "United Arab Emirates", "Saudi-led coalition"],
             "ar": ["العمق السعودي والإماراتي"]}
MOCHA_CIVILIANS = {"en": ["two women and a child in Mocha", "civilians"], "ar": ["امرأتين وطفل"]}
UAE_RC = {"en": ["Emirates Red Crescent", "United Arab Emirates"], "ar": ["الهلال الأحمر الإماراتي"]}
HUDAYDAH_DISPLACED = {"en": ["families displaced from al-Hudaydah", "displaced families", "civilians"],
                      "ar": ["الأسر النازحة من أحياء الحديدة الجنوبية", "الأسر النازحة"]}

# ====================================================== places: 599
HUDAYDAH_AIRPORT = {"accept": ["مطار الحديدة الدولي", "مطار الحديدة", "الحديدة",
                               "Hodeidah International Airport", "Hodeidah airport", "al-Hudaydah",
                               "Hodeidah"]}
MANZAR = {"accept": ["منطقة المنظر المحاذية للمطار", "منطقة المنظر", "المنظر", "شارع الخمسين", "al-Manzar",
                     "Manzar"]}
DURAYHIMI_COAST = {"accept": ["قبالة ساحل مديرية الدريهمي", "مديرية الدريهمي", "الدريهمي", "al-Durayhimi",
                              "Durayhimi"]}
BAYT_FAQIH = {"accept": ["سوقاً شعبية في مديرية بيت الفقيه", "مديرية بيت الفقيه", "بيت الفقيه",
                         "Bayt al-Faqih", "Beit al-Faqih"]}
SANAA = {"accept": ["صنعاء", "Sanaa", "Sana'a"]}
ADEN = {"accept": ["عدن", "Aden"]}
HUDAYDAH_PORT = {"accept": ["ميناء الحديدة", "الحديدة", "Hodeidah port", "al-Hudaydah", "Hodeidah"]}
BAJIL = {"accept": ["الطريق بين الحديدة وصنعاء قرب مدينة باجل", "مدينة باجل", "باجل", "Bajil"]}
HUDAYDAH_SOUTH = {"accept": ["أحياء المدينة الجنوبية", "الحديدة", "al-Hudaydah", "Hodeidah"]}
HALI = {"accept": ["شوارع مديرية الحالي", "مديرية الحالي", "al-Hali"]}
HUDAYDAH = {"accept": ["الحديدة", "al-Hudaydah", "Hodeidah"]}
MOCHA = {"accept": ["أحياء سكنية في مدينة المخا", "مدينة المخا", "المخا", "Mocha", "al-Mukha"]}
KHAWKHA = {"accept": ["مديرية الخوخة", "الخوخة", "al-Khawkhah", "Khokha"]}

# ============================== 600: Khartoum, Omdurman and Bahri, Port Sudan and Argeen (Khartoum; 2023)
SAF = {"en": ["Sudanese Armed Forces", "SAF", "Military Forces of Sudan", "Sudanese army"],
       "ar": ["الجيش السوداني", "القوات المسلحة"]}
RSF = {"en": ["Rapid Support Forces", "RSF"], "ar": ["قوات الدعم السريع", "الدعم السريع"]}
SAF_AND_RSF = merge(SAF, RSF)
SAF_AIR = {"en": ["Sudanese Air Force", "Sudanese Armed Forces", "SAF", "Military Forces of Sudan"],
           "ar": ["الطيران الحربي التابع للجيش"]}
RSF_CAMPS = {"en": ["Rapid Support Forces", "RSF"], "ar": ["معسكرات لقوات الدعم السريع", "قوات الدعم السريع"]}
HOSPITAL_VICTIMS = {"en": ["patients and staff of a hospital in Omdurman", "civilians"],
                    "ar": ["ستة أشخاص", "القتلى الستة"]}
SAF_COMMAND = {"en": ["Sudanese Armed Forces", "SAF", "Military Forces of Sudan"], "ar": ["القوات المسلحة"]}
RSF_AS_REBELS = {"en": ["Rapid Support Forces", "RSF"], "ar": ["«الميليشيا المتمردة»", "الميليشيا المتمردة"]}
EMBASSIES = {"en": ["foreign embassies", "foreign governments"], "ar": ["سفارات تلك الدول"]}
FOREIGN_NATIONALS = {"en": ["foreign nationals", "Arab and foreign nationals", "civilians"],
                     "ar": ["مئات من رعايا دول عربية وأجنبية", "رعايا دول عربية وأجنبية"]}
EG_AUTHORITIES = {"en": ["Egyptian authorities", "Government of Egypt", "Egypt"], "ar": ["السلطات المصرية"]}
SUDANESE_FAMILIES = {"en": ["Sudanese families fleeing Khartoum", "civilians"], "ar": ["عائلات سودانية"]}
IOM = {"en": ["International Organization for Migration", "IOM"], "ar": ["منظمة الهجرة الدولية"]}
DOCTORS_BAHRI = {"en": ["doctors and nurses in Bahri", "medical staff", "civilians"], "ar": ["أطباء وممرضين"]}
SAF_GENERAL_COMMAND = {"en": ["Sudanese Armed Forces General Command", "Sudanese Armed Forces", "SAF"],
                       "ar": ["القيادة العامة للقوات المسلحة"]}
BOTH_SIDES_REPS = {"en": ["Sudanese Armed Forces", "Rapid Support Forces", "SAF", "RSF"],
                   "ar": ["ممثلون عن الطرفين"]}
SRCS = {"en": ["Sudanese Red Crescent Society", "Sudanese Red Crescent", "SRCS"],
        "ar": ["فرق الهلال الأحمر السوداني", "الهلال الأحمر السوداني"]}
SHAMBAT_FAMILY = {"en": ["four civilians of one family", "civilians"], "ar": ["أربعة مدنيين من أسرة واحدة"]}
DOCTORS_SYNDICATE = {"en": ["Sudan Doctors' Syndicate", "Sudanese Doctors Union"],
                     "ar": ["نقابة أطباء السودان"]}
BOTH_SIDES = {"en": ["Sudanese Armed Forces", "Rapid Support Forces", "SAF", "RSF"], "ar": ["الطرفين"]}
INTL_ORGS_600 = {"en": ["international organisations", "international aid agencies"],
                 "ar": ["المنظمات الدولية"]}
EMERGENCY_ROOMS = {"en": ["Emergency Response Rooms", "emergency rooms", "mutual aid groups"],
                   "ar": ["«غرف الطوارئ»", "غرف الطوارئ"]}
STRANDED_FAMILIES = {"en": ["stranded families in Omdurman", "civilians"], "ar": ["مئات الأسر العالقة"]}

# ====================================================== places: 600
KHARTOUM_QUARTERS = {"accept": ["أحياء جبرة والصحافة ومحيط القيادة العامة للقوات المسلحة وسط الخرطوم", "جبرة",
                                "الصحافة", "الخرطوم", "كافوري", "Khartoum", "Jabra", "al-Sahafa", "Kafouri"]}
TAYBA_HASANAB = {"accept": ["منطقة طيبة الحسناب جنوب الخرطوم", "طيبة الحسناب", "ضاحية سوبا", "سوبا",
                            "Tayba al-Hasanab", "Taiba al-Hasanab", "Soba", "Khartoum"]}
THAWRA_HOSPITAL = {"accept": ["مستشفى خاص في حي الثورة بمدينة أم درمان", "حي الثورة", "أم درمان", "Omdurman",
                              "al-Thawra"]}
PORT_SUDAN = {"accept": ["مدينة بورتسودان على ساحل البحر الأحمر", "مدينة بورتسودان", "بورتسودان",
                         "Port Sudan", "Bur Sudan"]}
ARGEEN = {"accept": ["معبر أرقين البري", "معبر أرقين", "أرقين", "Argeen crossing", "Argeen", "Arqin"]}
BAHRI_HOSPITAL = {"accept": ["مستشفى بمدينة بحري", "مدينة بحري", "بحري", "Bahri", "Khartoum North"]}
JEDDAH = {"accept": ["مدينة جدة السعودية", "جدة", "Jeddah", "Jidda"]}
CENTRAL_KHARTOUM = {"accept": ["شوارع وسط الخرطوم", "وسط الخرطوم", "الخرطوم", "Khartoum"]}
SHAMBAT = {"accept": ["منازل في حي شمبات بمدينة بحري", "حي شمبات", "شمبات", "Shambat", "Bahri"]}
OLD_OMDURMAN = {"accept": ["أحياء أم درمان القديمة", "أم درمان", "Omdurman"]}
WAD_NUBAWI = {"accept": ["مدارس حي ود نوباوي", "حي ود نوباوي", "ود نوباوي", "Wad Nubawi", "Omdurman"]}
