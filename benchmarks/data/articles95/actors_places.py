"""Accepted actor names and place names for the ninety-fifth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «الشرطة», «الوزارة», «المجلس») are left out on purpose, with these
exceptions, each used only in an article where it names a single actor:
- 471: «التنظيم» (only ever the Islamic State), «اللجنة» (only ever the agriculture committee of the Civil
  Council), «التحالف» (only ever the International Coalition);
- 472: «الوجهاء» (only ever the notables of Mhardeh), «الفصائل» (only ever the rebel factions they met);
- 473: «التنسيقيات» (only ever the protest coordination committees), «المحافظ» (only ever the governor of
  Basra), «القوة» (only ever the guard force of the water directorate);
- 474: «الدرع» (only ever the Libya Shield force sent to Sabha), «الأعيان» (only ever the mediating elders),
  «الحيين» (only ever al-Manshiya and al-Tayouri);
- 475: «الجماعة» (only ever the Houthis), «اللجنة» (only ever the mediation committee), «الطرفين» (only ever
  the two sides of the road deal).
In meetings, negotiations, exchanges and agreements between two parties (CONSULT, AGREE, COOPERATE, and a
road opening agreed by both) both parties are accepted in either role. In a two-sided fight (the clashes of
472 and 474) both sides are sources and there is no recipient.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ============================================================ 471: Thiban and al-Shuhail (Deir ez-Zor), 2019
ISIS = {"en": ["Islamic State", "ISIS", "IS", "ISIL", "Daesh"],
        "ar": ["تنظيم «داعش»", "«داعش»", "داعش", "خلايا التنظيم", "التنظيم"]}
DZ_ARSONISTS = merge({"en": ["unidentified arsonists", "unknown assailants"], "ar": ["مجهولون"]}, ISIS)
DZ_GUNMEN = merge({"en": ["two gunmen on a motorcycle", "unidentified gunmen", "gunmen"],
                   "ar": ["مسلحان", "المسلحَين", "المسلحين"]}, ISIS)
DZ_FARMERS = {"en": ["farmers fighting the fire", "farmers", "civilians"],
              "ar": ["ثلاثة مزارعين", "مجموعة منهم", "المزارعين", "مزارعين"]}
SDF = {"en": ["Syrian Democratic Forces", "SDF", "QSD"],
       "ar": ["«قوات سوريا الديمقراطية»", "قوات سوريا الديمقراطية", "«قسد»", "قسد"]}
DZ_MILITARY_COUNCIL = {"en": ["Deir ez-Zor Military Council", "SDF"],
                       "ar": ["«مجلس دير الزور العسكري»", "مجلس دير الزور العسكري"]}
SDF_ALL = merge(SDF, DZ_MILITARY_COUNCIL)
DZ_NINE = {"en": ["nine young men", "suspects"], "ar": ["تسعة شبان", "الموقوفين التسعة"]}
DZ_CIVIL_COUNCIL = {"en": ["Deir ez-Zor Civil Council", "Autonomous Administration"],
                    "ar": ["«مجلس دير الزور المدني»", "مجلس دير الزور المدني"]}
DZ_ACCUSED = merge(ISIS, {"en": ["Syrian government", "Syrian regime"],
                          "ar": ["جهات تعمل لصالح النظام", "النظام"]})
COALITION = {"en": ["International Coalition", "US-led coalition", "CJTF-OIR"],
             "ar": ["طائرات التحالف الدولي", "التحالف الدولي", "التحالف"]}
DZ_PROTESTERS = {"en": ["farmers", "protesting farmers", "protesters"],
                 "ar": ["نحو مئتي مزارع", "مئتي مزارع", "المحتجين"]}
AGRI_COMMITTEE = {"en": ["Agriculture Committee", "Autonomous Administration", "Deir ez-Zor Civil Council"],
                  "ar": ["لجنة الزراعة", "اللجنة"]}
DZ_BURNT_OWNERS = {"en": ["owners of the burnt fields", "farmers"],
                   "ar": ["أصحاب الحقول المحترقة", "عائلات القتلى", "المحتجين"]}
DZ_SELLERS = {"en": ["farmers selling wheat to the Autonomous Administration", "farmers", "residents"],
              "ar": ["كل من يبيع قمحه لمراكز الإدارة الذاتية", "الأهالي"]}
DZ_NOTABLE = {"en": ["a notable of Thiban", "tribal notable"], "ar": ["أحد وجهاء ذيبان"]}
HAWAYIJ_FARMERS = {"en": ["farmers of al-Hawayij", "farmers"], "ar": ["مزارعون في قرية الحوايج", "مزارعون"]}
DZ_PURCHASE = {"en": ["Autonomous Administration purchase centres", "Autonomous Administration"],
               "ar": ["مراكز الشراء التابعة للإدارة الذاتية", "مراكز الشراء", "الإدارة الذاتية"]}
KASRAH_ARSONISTS = {"en": ["unidentified arsonists", "unknown assailants"], "ar": ["مجهولون"]}
KASRAH_FAMILY = {"en": ["a child and his father", "civilians"], "ar": ["طفل", "والده"]}

# ====================================================== places: 471
DZ_GOV = {"accept": ["محافظة دير الزور", "دير الزور", "Deir ez-Zor", "Deir ez-Zor Governorate",
                     "Dayr az-Zawr"]}
DZ_EAST = {"accept": ["ريف دير الزور الشرقي", "eastern Deir ez-Zor countryside"]}
THIBAN = place({"accept": ["محيط بلدة ذيبان", "بلدة ذيبان", "ذيبان", "Thiban", "Dhiban", "Diban"]},
               DZ_EAST, DZ_GOV)
HAWAYIJ = place({"accept": ["قرية الحوايج", "الحوايج", "al-Hawayij", "Hawayij"]}, DZ_EAST, DZ_GOV)
THIBAN_HAWAYIJ = place(THIBAN, HAWAYIJ)
SHUHAIL = place({"accept": ["بلدة الشحيل", "الشحيل", "al-Shuhayl", "Shuhail"]}, DZ_EAST, DZ_GOV)
THIBAN_SHUHAIL = place({"accept": ["الطرق الزراعية بين ذيبان والشحيل"]}, THIBAN, SHUHAIL)
BUSAYRAH = place({"accept": ["مبنى لجنة الزراعة في بلدة البصيرة", "بلدة البصيرة", "البصيرة", "al-Busayrah",
                             "Busayra"]}, DZ_EAST, DZ_GOV)
DZ_COUNTRYSIDE = place({"accept": ["ريف دير الزور", "Deir ez-Zor countryside"]}, DZ_GOV)
KASRAH = place({"accept": ["أطراف بلدة الكسرة", "بلدة الكسرة", "الكسرة", "al-Kasrah", "Kasra"]},
               {"accept": ["ريف دير الزور الغربي", "western Deir ez-Zor countryside"]}, DZ_GOV)

# ============================================================ 472: Kafr Zita, Mhardeh and Morek (Hama), 2013
SY_ARMY_AIR = {"en": ["Syrian Arab Army", "Syrian Arab Air Force", "Military Forces of Syria",
                      "Syrian government"],
               "ar": ["مروحية تابعة للجيش النظامي السوري", "الجيش النظامي السوري", "الجيش النظامي",
                      "جيشنا الباسل", "القوات النظامية"]}
KZ_CIVILIANS = {"en": ["civilians", "market-goers"], "ar": ["سبعة مدنيين", "المدنيين", "مدنيين"]}
SY_ARMY = {"en": ["Syrian Arab Army", "Military Forces of Syria", "Syrian government", "regime forces"],
           "ar": ["القوات النظامية", "الجيش النظامي"]}
REBELS = {"en": ["Syrian opposition fighters", "rebels", "armed opposition", "Free Syrian Army"],
          "ar": ["كتائب من المعارضة المسلحة", "مقاتلي كتائب المعارضة", "كتائب المعارضة", "المعارضة المسلحة",
                 "مقاتلي المعارضة", "فصائل معارضة"]}
MOREK_FIGHT = merge(SY_ARMY, REBELS)
MHARDEH_PEOPLE = {"en": ["residents of Mhardeh", "Mhardeh"], "ar": ["مدينة محردة", "محردة"]}
KZ_COUNCIL = {"en": ["Kafr Zita Local Council", "local council"],
              "ar": ["المجلس المحلي لبلدة كفرزيتا", "المجلس المحلي"]}
HUMANITARIAN_ORGS = {"en": ["humanitarian organisations", "aid agencies"], "ar": ["المنظمات الإنسانية"]}
MHARDEH_NOTABLES = {"en": ["Mhardeh notables", "notables of Mhardeh"],
                    "ar": ["وفد من وجهاء محردة", "وجهاء محردة", "الوجهاء"]}
REBEL_LEADERS = {"en": ["rebel commanders", "opposition factions", "rebels"],
                 "ar": ["قادة فصائل معارضة", "فصائل معارضة", "الفصائل"]}
MHARDEH_TALKS = merge(MHARDEH_NOTABLES, REBEL_LEADERS)
REBEL_GROUPING = merge({"en": ["grouping of rebel brigades in northern Hama"],
                        "ar": ["تجمّع لكتائب المعارضة في ريف حماة الشمالي", "تجمّع لكتائب المعارضة"]}, REBELS)
HAMA_AIRBASE = {"en": ["Hama military airport", "Syrian Arab Air Force", "Syrian government"],
                "ar": ["مطار حماة العسكري", "المروحيات"]}
SARC = {"en": ["Syrian Arab Red Crescent", "SARC"],
        "ar": ["قافلة للهلال الأحمر العربي السوري", "الهلال الأحمر العربي السوري"]}
KZ_WOUNDED = {"en": ["seriously wounded civilians", "wounded"], "ar": ["عدد من الجرحى", "الجرحى"]}
MIL_SECURITY = {"en": ["Syrian Military Security", "Military Intelligence Directorate", "Syrian government"],
                "ar": ["عناصر من الأمن العسكري", "الأمن العسكري"]}
HAMA_SIXTEEN = {"en": ["sixteen young men", "reservists"], "ar": ["ستة عشر شاباً"]}
SUQ_BOMBERS = merge({"en": ["opposition fighters"], "ar": ["مقاتلون معارضون"]}, REBELS)
SUQ_SOLDIERS = {"en": ["Syrian army soldiers at a checkpoint", "Military Forces of Syria"],
                "ar": ["حاجز للقوات النظامية", "أربعة عناصر"]}

# ====================================================== places: 472
HAMA_GOV = {"accept": ["محافظة حماة", "ريف حماة", "Hama Governorate", "Hama countryside"]}
N_HAMA = {"accept": ["ريف حماة الشمالي", "northern Hama countryside"]}
W_HAMA = {"accept": ["ريف حماة الغربي", "western Hama countryside"]}
KAFR_ZITA = place({"accept": ["سوق الخضار وسط بلدة كفرزيتا", "بلدة كفرزيتا", "كفرزيتا", "Kafr Zita",
                              "Kafr Zeita", "Kfar Zita"]}, N_HAMA, HAMA_GOV)
MHARDEH = place({"accept": ["مدينة محردة", "محردة", "Mhardeh", "Muhradah"]}, W_HAMA, HAMA_GOV)
MOREK = place({"accept": ["الطريق الدولي شمال مدينة مورك", "محيط مورك", "مورك", "Morek", "Murak"]},
              N_HAMA, HAMA_GOV)
LATAMNEH = place({"accept": ["بلدة اللطامنة", "اللطامنة", "al-Latamneh", "Latamina"]}, N_HAMA, HAMA_GOV)
HAMA_AIRPORT = place({"accept": ["مطار حماة العسكري", "Hama military airport", "Hama airbase"]}, HAMA_GOV)
HAMA_CITY = place({"accept": ["حي الأربعين", "مدينة حماة", "حماة", "Hama", "al-Arbaeen"]}, HAMA_GOV)
SUQAYLABIYAH = place({"accept": ["مدخل بلدة السقيلبية", "بلدة السقيلبية", "السقيلبية", "al-Suqaylabiyah",
                                 "Suqaylabiyah"]}, W_HAMA, HAMA_GOV)

# ============================================================ 473: Abu al-Khaseeb and al-Zubair (Basra), 2018
BASRA_PROTESTERS = {"en": ["protesters", "demonstrators", "Basra protesters"],
                    "ar": ["آلاف المحتجين", "المحتجين", "محتجون"]}
BASRA_LOCAL_GOV = {"en": ["Basra local government", "Basra provincial government"], "ar": ["الحكومة المحلية"]}
GUARD_FORCE = {"en": ["guard force of the water directorate", "Iraqi security forces",
                      "Police Forces of Iraq", "Basra Police Command"],
               "ar": ["القوة المكلفة بحمايته", "عناصر القوة", "قيادة شرطة البصرة", "الحراس", "القوة"]}
AK_PROTESTERS = {"en": ["protesters", "demonstrators"],
                 "ar": ["اثنين من المتظاهرين", "مئات المحتجين", "المتظاهرين", "المحتجين"]}
BASRA_GOVERNOR = {"en": ["Governor of Basra", "Basra governor", "Basra local government"],
                  "ar": ["محافظ البصرة", "المحافظ"]}
WATER_DIRECTOR = {"en": ["director of the district water directorate", "water director"],
                  "ar": ["مدير ماء القضاء"]}
BASRA_OPS = {"en": ["Basra Operations Command", "Iraqi army", "Military Forces of Iraq"],
             "ar": ["قيادة عمليات البصرة"]}
AK_RESIDENTS = {"en": ["residents of Abu al-Khaseeb", "civilians"], "ar": ["مركز أبي الخصيب"]}
RAPID_RESPONSE = {"en": ["Emergency Response Division", "Rapid Response Forces", "Iraqi Interior Ministry"],
                  "ar": ["تعزيزات من قوات الرد السريع", "قوات الرد السريع"]}
MARJA_REP = {"en": ["representative of the Shiite religious authority in Basra", "Marjaiya representative"],
             "ar": ["ممثل المرجعية الدينية في البصرة", "ممثل المرجعية الدينية", "المرجعية الدينية"]}
MARJA_BACKED = {"en": ["protesters", "peaceful demonstrators"], "ar": ["للمحتجين", "المتظاهرين السلميين"]}
COORDINATIONS = {"en": ["protest coordination committees", "protesters"], "ar": ["التنسيقيات"]}
PROTEST_REPS = {"en": ["protesters' representatives", "protesters"], "ar": ["ممثلون عن المحتجين", "المحتجين"]}
BASRA_AUTHORITIES = {"en": ["Basra authorities", "Basra local government", "Iraqi police"],
                     "ar": ["المحافظ", "الشرطة"]}
FIFTEEN_DETAINED = {"en": ["fifteen detained young men", "detained protesters"],
                    "ar": ["الشبان الخمسة عشر"]}
WATER_MINISTER = {"en": ["Minister of Water Resources", "Iraqi Ministry of Water Resources",
                         "Government of Iraq"],
                  "ar": ["وزير الموارد المائية"]}
SAFWAN_ORGANISERS = {"en": ["three protest organisers", "protest organisers"],
                     "ar": ["ثلاثة من منظمي التظاهرات", "منظمي التظاهرات"]}
BASRA_POLICE = {"en": ["Basra Police Command", "Iraqi police", "Police Forces of Iraq"],
                "ar": ["قيادة الشرطة", "قيادة شرطة البصرة"]}
UNICEF = {"en": ["UNICEF", "United Nations Children's Fund"],
          "ar": ["منظمة الأمم المتحدة للطفولة «يونيسف»", "«يونيسف»", "يونيسف"]}
QURNA_PROTESTERS = {"en": ["protesters", "rioters"], "ar": ["محتجون"]}

# ====================================================== places: 473
BASRA_GOV = {"accept": ["محافظة البصرة", "البصرة", "Basra", "Basrah", "Basra Governorate"]}
ABU_KHASEEB = place({"accept": ["مركز قضاء أبي الخصيب", "قضاء أبي الخصيب", "أبي الخصيب", "أبو الخصيب",
                                "Abu al-Khaseeb", "Abu al-Khasib", "Abu Al Khasib"]}, BASRA_GOV)
AK_WATER_DIRECTORATE = place({"accept": ["مبنى مديرية الماء في أبي الخصيب", "مديرية الماء في أبي الخصيب"]},
                             ABU_KHASEEB)
AK_HARTHA_SAFWAN = place(ABU_KHASEEB,
                         {"accept": ["ناحية الهارثة", "الهارثة", "al-Hartha", "سفوان", "Safwan"]})
UMM_QASR_ROAD = place({"accept": ["الطريق المؤدي إلى ميناء أم قصر", "قضاء الزبير", "الزبير", "al-Zubair",
                                  "Zubayr", "أم قصر", "Umm Qasr"]}, BASRA_GOV)
SAFWAN = place({"accept": ["ناحية سفوان", "سفوان", "Safwan"]}, BASRA_GOV)
QURNA = place({"accept": ["مبنى المجلس البلدي لقضاء القرنة", "قضاء القرنة", "القرنة", "al-Qurna", "Qurnah"]},
              BASRA_GOV)

# ============================================================ 474: al-Manshiya and al-Tayouri (Sabha), 2014
SABHA_VICTIMS = {"en": ["residents of al-Manshiya", "a family", "civilians"],
                 "ar": ["ثلاثة أشخاص", "أسرة واحدة"]}
MANSHIYA_GUNMEN = {"en": ["gunmen of al-Manshiya", "al-Manshiya militia"],
                   "ar": ["مسلحي المنشية", "مسلحي الحي"]}
TAYOURI_GUNMEN = {"en": ["gunmen of al-Tayouri", "al-Tayouri militia"],
                  "ar": ["مسلحي الطيوري", "مسلحين من حي الطيوري", "مسلحين يتمركزون في حي الطيوري",
                         "مسلحو الحي"]}
SABHA_FIGHT = merge(MANSHIYA_GUNMEN, TAYOURI_GUNMEN)
SHIELD = {"en": ["Libya Shield Central Force", "Libya Shield Force", "Central Shield"],
          "ar": ["قوة من «درع ليبيا الوسطى»", "«درع ليبيا الوسطى»", "درع ليبيا الوسطى", "قوة «الدرع»",
                 "«الدرع»", "الدرع"]}
SHIELD_COMMANDER = merge({"en": ["commander of the Libya Shield force"],
                          "ar": ["آمر قوة «الدرع»", "آمر القوة"]}, SHIELD)
SOUTH_ELDERS = {"en": ["sages and notables of the southern tribes", "tribal elders", "mediators"],
                "ar": ["حكماء وأعيان من قبائل الجنوب", "حكماء وأعيان", "الأعيان"]}
DISTRICT_REPS = {"en": ["representatives of al-Manshiya and al-Tayouri", "the two districts"],
                 "ar": ["ممثلين عن الحيين", "الحيين"]}
TRUCE_PARTIES = merge(SOUTH_ELDERS, DISTRICT_REPS)
INTERIM_GOV = {"en": ["Libyan interim government", "Government of Libya"],
               "ar": ["ممثلو الحكومة المؤقتة", "الحكومة المؤقتة"]}
TAYOURI_COUNCIL = {"en": ["al-Tayouri council of notables", "al-Tayouri notables"],
                   "ar": ["مجلس أعيان الطيوري", "مجلس أعيان حي الطيوري"]}
FOUR_YOUNG = {"en": ["four young men of al-Manshiya"], "ar": ["أربعة من شبان المنشية"]}
MANSHIYA_NOTABLE = {"en": ["a notable of al-Manshiya"], "ar": ["أحد أعيان حي المنشية"]}
SABHA_COUNCIL = {"en": ["Sabha Local Council", "Sabha municipal council"],
                 "ar": ["المجلس المحلي لمدينة سبها"]}
GNC_GOV = {"en": ["General National Congress", "Libyan interim government", "Government of Libya"],
           "ar": ["المؤتمر الوطني العام", "الحكومة المؤقتة", "السلطات المركزية"]}
UBARI_CONVOY = {"en": ["armed convoy from Ubari", "gunmen from Ubari"],
                "ar": ["رتل من السيارات المسلحة", "رتل"]}
TRUCE_BREAKERS = {"en": ["any party breaching the truce", "armed groups of Sabha"],
                  "ar": ["أي طرف يخرق الهدنة"]}
SABHA_ROOF_GUNMEN = merge({"en": ["gunmen of both districts"], "ar": ["المسلحون"]}, SABHA_FIGHT)
UNSMIL = {"en": ["United Nations Support Mission in Libya", "UNSMIL", "United Nations"],
          "ar": ["بعثة الأمم المتحدة للدعم في ليبيا"]}
LY_HEALTH = {"en": ["Libyan Ministry of Health", "Government of Libya"], "ar": ["وزارة الصحة"]}
SABHA_MEDICAL = {"en": ["Sabha Medical Centre"], "ar": ["مركز سبها الطبي"]}
BRAK_GUNMEN = {"en": ["unidentified gunmen"], "ar": ["مسلحون مجهولون"]}
BRAK_DRIVER = {"en": ["fuel truck driver", "civilians"], "ar": ["شاحنة وقود", "سائقها"]}

# ====================================================== places: 474
FEZZAN = {"accept": ["الجنوب الليبي", "فزان", "Fezzan", "southern Libya"]}
SABHA = place({"accept": ["مدينة سبها", "سبها", "Sabha", "Sebha"]}, FEZZAN)
MANSHIYA = place({"accept": ["منزل في حي المنشية", "حي المنشية", "المنشية", "al-Manshiya", "Manshiya"]},
                 SABHA)
SABHA_CASTLE = place({"accept": ["قلعة سبها", "السوق القديمة", "Sabha castle", "Fort Elena"]}, SABHA)
SABHA_COUNCIL_HQ = place({"accept": ["مقر المجلس المحلي"]}, SABHA)
SABHA_MAIN_STREET = place({"accept": ["الشارع الرئيسي الفاصل بين الحيين", "الشارع الرئيسي"]}, SABHA)
UBARI = place({"accept": ["مدينة أوباري", "أوباري", "Ubari", "Awbari"]}, FEZZAN)
BRAK_ROAD = place({"accept": ["الطريق بين سبها وبراك الشاطئ", "براك الشاطئ", "Brak al-Shati", "Brak",
                              "Sabha–Brak road"]}, FEZZAN)

# ============================================================ 475: Murais, Damt and Qataba (al-Dhale), 2024
DRIVERS = {"en": ["truck and bus drivers", "drivers", "protesters"],
           "ar": ["عشرات من سائقي الشاحنات والحافلات", "سائقي الشاحنات والحافلات"]}
HOUTHIS = {"en": ["Houthis", "Ansar Allah", "Houthi movement"],
           "ar": ["مسلحو جماعة الحوثي", "جماعة الحوثي", "الحوثيين", "الحوثي", "الجماعة"]}
BUS_PASSENGERS = {"en": ["bus passengers", "travellers", "civilians"],
                  "ar": ["ثلاثة من ركابها", "مسافرين", "ركاب"]}
DHALE_AUTHORITY = {"en": ["al-Dhale local authority", "Government of Yemen"],
                   "ar": ["السلطة المحلية في محافظة الضالع", "السلطة المحلية"]}
UN_ENVOY = {"en": ["UN Special Envoy for Yemen", "United Nations"],
            "ar": ["المبعوث الأممي إلى اليمن", "المبعوث الأممي"]}
MEDIATORS = {"en": ["local mediation committee", "mediators"],
             "ar": ["لجنة وساطة تضم شخصيات اجتماعية من الضالع ودمت", "لجنة وساطة", "اللجنة"]}
HOUTHI_REPS = merge({"en": ["Houthi representatives"], "ar": ["ممثلين عن الجماعة"]}, HOUTHIS)
ROAD_TALKS = merge(MEDIATORS, HOUTHI_REPS)
SAF = {"en": ["Southern Armed Forces", "Southern Transitional Council", "STC forces"],
       "ar": ["«القوات المسلحة الجنوبية»", "القوات المسلحة الجنوبية", "القوات الجنوبية"]}
ROAD_SIDES = merge({"en": ["both sides"], "ar": ["الطرفين"]}, HOUTHIS, SAF, MEDIATORS)
SAF_COMMANDER = merge({"en": ["commander of the al-Dhale front"], "ar": ["قائد جبهة الضالع"]}, SAF)
HOUTHI_PROPOSAL = merge({"en": ["Houthi proposal"], "ar": ["مقترحاً حوثياً"]}, HOUTHIS)
GAS_DRIVER = {"en": ["gas truck driver from Qataba", "truck driver"],
              "ar": ["سائق شاحنة غاز من أبناء قعطبة", "سائق شاحنة غاز"]}
SAF_SPOKESMAN = merge({"en": ["Southern Armed Forces spokesman"],
                       "ar": ["متحدث عسكري باسم «القوات المسلحة الجنوبية»"]}, SAF)
EXCHANGE_SIDES = merge(SAF, HOUTHIS)
IOM = {"en": ["International Organization for Migration", "IOM"], "ar": ["المنظمة الدولية للهجرة"]}
DHALE_DISPLACED = {"en": ["displaced families", "IDPs"], "ar": ["نحو ثلاثمئة أسرة نازحة", "أسرة نازحة"]}
HOUTHI_DRONE = merge({"en": ["Houthi drone"], "ar": ["طائرة مسيّرة أطلقتها الجماعة"]}, HOUTHIS)
QATABA_MARKET = {"en": ["market vendors and shoppers", "civilians"], "ar": ["سوقاً شعبية", "بائع"]}

# ====================================================== places: 475
DHALE_GOV = {"accept": ["محافظة الضالع", "الضالع", "al-Dhale", "Dhale", "Ad Dali'", "al-Dali"]}
DHALE_CITY = place({"accept": ["المدخل الشمالي لمدينة الضالع", "مدينة الضالع", "al-Dhale city"]}, DHALE_GOV)
MURAIS = place({"accept": ["الطريق الفرعي المار بمنطقة مريس", "منطقة مريس", "مريس", "Murais", "Muris"]},
               DHALE_GOV)
DAMT = place({"accept": ["مدينة دمت", "دمت", "Damt", "Dimt"]}, DHALE_GOV)
DHALE_DAMT_ROAD = place({"accept": ["طريق الضالع – دمت", "الطريق الواصل بين الضالع ودمت",
                                    "الطريق الرئيسي بين الضالع ودمت", "Dhale–Damt road"]}, DAMT)
DAMT_CHECKPOINT = place({"accept": ["نقطة تفتيش قرب دمت"]}, DAMT)
SANAH = place({"accept": ["معبر سناح", "سناح", "Sanah", "Sanah crossing"]}, DHALE_GOV)
FAKHIR = place({"accept": ["منطقة الفاخر", "الفاخر", "al-Fakhir", "Fakhir"]}, DHALE_GOV)
QATABA = place({"accept": ["مدينة قعطبة", "قعطبة", "Qatabah", "Qataba"]}, DHALE_GOV)
