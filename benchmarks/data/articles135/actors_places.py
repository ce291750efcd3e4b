"""Accepted actor names and place names for the hundred-and-thirty-fifth team gold set (see README.md).

Written by hand by the annotator for this set only: nothing here comes from marsad's dictionaries or from the
lists of earlier sets, though the layout is the model set's (Arabic surface forms exactly as the articles
write them, a few common variants, English names). Place names carry their usual Arabic and English
spellings from general knowledge; no gazetteer was opened.

The scorer normalises names and accepts a substring of three or more characters either way, so the bare short
forms («التنظيم», «الجيش», «الحكومة», «الطرفين», «المسلحون», «المدينة», «البلدة») are kept out of the lists of
core events on purpose. Both parties of a meeting, a joint act, an exchange or a deal are accepted in either
role. A one-sided attack has its perpetrator as source (the party the text names; none when it names none)
and its victims as recipient; a two-sided clash has both sides as source and no recipient.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ====================================================== 671: al-Qaryatayn (Homs, Syria), 2015
SY_AIR_FORCE = {"en": ["Syrian Air Force", "Syrian army", "Syrian government forces",
                       "Military Forces of Syria"],
                "ar": ["الطيران الحربي السوري"]}
IS_TARGETS_671 = {"en": ["Islamic State", "ISIS", "ISIL", "Daesh"],
                  "ar": ["مسلحي تنظيم الدولة الإسلامية", "تنظيم الدولة الإسلامية", "«داعش»"]}
SY_ARMY_NDF = {"en": ["Syrian army", "National Defence Forces", "NDF", "Syrian government forces",
                      "pro-government militias"],
               "ar": ["الجيش السوري ومقاتلو «الدفاع الوطني»", "الجيش السوري", "«الدفاع الوطني»"]}
IS_FIGHTERS_671 = {"en": ["Islamic State", "ISIS", "ISIL", "Daesh"],
                   "ar": ["مسلحو التنظيم", "تنظيم الدولة الإسلامية", "«داعش»"]}
GOV_DEFENDERS_671 = {"en": ["Syrian army", "National Defence Forces", "NDF", "Syrian government forces"],
                     "ar": ["عناصر الجيش و«الدفاع الوطني»", "عناصر الجيش", "«الدفاع الوطني»"]}
QARYATAYN_BATTLE = merge(IS_FIGHTERS_671, GOV_DEFENDERS_671)
GOV_WITHDRAWN_671 = {"en": ["Syrian army", "National Defence Forces", "Syrian government forces"],
                     "ar": ["من بقي من العناصر"]}
QARYATAYN_ABDUCTEES = {"en": ["residents of al-Qaryatayn", "Syriac Christians", "civilians"],
                       "ar": ["نحو مئة وخمسين من سكانها", "عشرات المسيحيين السريان"]}
HOSTAGES_671 = {"en": ["abductees of al-Qaryatayn", "civilians"], "ar": ["المخطوفون"]}
IS_CLERIC = {"en": ["Islamic State sharia official", "Islamic State", "ISIS"], "ar": ["أحد «شرعيي» التنظيم"]}
THREATENED_671 = {"en": ["residents accused of cooperating with the government",
                          "Christians of al-Qaryatayn"],
                  "ar": ["كل من «تعاون مع النظام النصيري»", "من بقي من المسيحيين"]}
SHOPKEEPERS_671 = {"en": ["shopkeepers of al-Qaryatayn"], "ar": ["أصحاب المحال"]}
HOMS_DIOCESE = {"en": ["Syriac Catholic Archdiocese of Homs", "Syriac Catholic Church"],
                "ar": ["أبرشية حمص للسريان الكاثوليك"]}
IS_671 = {"en": ["Islamic State", "ISIS", "ISIL", "Daesh"], "ar": ["تنظيم «داعش»", "«داعش»"]}
ICRC_AND_NGOS = {"en": ["International Committee of the Red Cross", "ICRC", "international organisations"],
                 "ar": ["الصليب الأحمر والمنظمات الدولية", "الصليب الأحمر"]}
TRIBAL_NOTABLES = {"en": ["Bedouin tribal notables", "tribal mediators"], "ar": ["وجهاء من عشائر البادية"]}
IS_EMIRS = {"en": ["Islamic State commanders", "Islamic State", "ISIS"], "ar": ["أمراء التنظيم"]}
CONTACTS_671 = merge(TRIBAL_NOTABLES, IS_EMIRS)
REBELS_MHEEN = {"en": ["Syrian rebels", "armed opposition", "rebel factions"],
                "ar": ["فصائل من المعارضة المسلحة"]}
ARMY_MHEEN = {"en": ["Syrian army", "Syrian government forces"], "ar": ["الجيش السوري"]}
SARC = {"en": ["Syrian Arab Red Crescent", "SARC"],
        "ar": ["منظمة الهلال الأحمر العربي السوري", "الهلال الأحمر العربي السوري"]}
QARYATAYN_DISPLACED = {"en": ["families displaced from al-Qaryatayn", "IDPs"],
                       "ar": ["نحو ثلاثمئة عائلة نزحت من القريتين", "ثلاثمئة عائلة"]}
SYRIAC_LEAGUE = {"en": ["Syriac League"], "ar": ["الرابطة السريانية"]}
QARYATAYN_VOLUNTEERS = {"en": ["National Defence Forces volunteers from al-Qaryatayn", "NDF"],
                        "ar": ["المتطوعين من أبناء البلدة", "«الدفاع الوطني»"]}
SYRIAC_EMIGRANTS = {"en": ["Syriac diaspora"], "ar": ["أبناء الطائفة في المهجر"]}
UN_AGENCIES_671 = {"en": ["United Nations agencies", "United Nations", "OCHA"],
                   "ar": ["وكالات الأمم المتحدة"]}
TRAPPED_671 = {"en": ["families trapped in al-Qaryatayn", "civilians"],
               "ar": ["العائلات التي بقيت عالقة داخل القريتين"]}
SYRIAC_ARCHDIOCESE = {"en": ["Syriac Catholic Archdiocese of Homs", "Syriac Catholic Church"],
                      "ar": ["مطرانية السريان الكاثوليك في حمص", "مطرانية السريان الكاثوليك"]}
SWEDEN_SYRIACS = {"en": ["Syriac associations in Sweden", "Syriac diaspora"],
                  "ar": ["جمعيات سريانية في السويد", "جمعيات سريانية"]}
RELEASED_671 = {"en": ["elderly abductees", "hostages", "civilians"],
                "ar": ["سبعة مسنين من المخطوفين", "سبعة مسنين"]}

# ====================================================== places: 671
QARYATAYN = {"accept": ["القريتين", "بلدة القريتين", "al-Qaryatayn", "Qaryatayn", "Qaryatain"]}
QARYATAYN_MOSQUE = place({"accept": ["الجامع الكبير"]}, QARYATAYN)
MHEEN = {"accept": ["مهين", "Mheen", "Mahin", "Muhin"]}
MHEEN_HAWARIN = place({"accept": ["بلدتي مهين وحوارين", "حوارين", "Hawarin"]}, MHEEN)
MHEEN_ROAD = place({"accept": ["الطريق الواصل بين مهين والقريتين"]}, MHEEN, QARYATAYN)
MHEEN_DEPOTS = place({"accept": ["مستودعات الذخيرة في مهين", "Mheen arms depots"]}, MHEEN)
MHEEN_CHECKPOINT = place({"accept": ["حاجز الجيش عند مدخل مهين"]}, MHEEN)
FAIROUZEH = {"accept": ["بلدة فيروزة", "فيروزة", "Fairouzeh", "Fayrouzeh"]}
STOCKHOLM = {"accept": ["ستوكهولم", "Stockholm", "السويد", "Sweden"]}

# ====================================================== 672: Jalawla (Diyala, Iraq), 2014
PESHMERGA = {"en": ["Peshmerga", "Kurdish Peshmerga", "Kurdistan Regional Government"],
             "ar": ["قوات البيشمركة", "البيشمركة"]}
PMF = {"en": ["Popular Mobilization Forces", "PMF", "Hashd al-Shaabi"],
       "ar": ["فصائل «الحشد الشعبي»", "«الحشد الشعبي»", "الحشد الشعبي"]}
IS_672 = {"en": ["Islamic State", "ISIS", "ISIL", "Daesh"],
          "ar": ["مسلحي تنظيم «داعش»", "تنظيم «داعش»", "«داعش»"]}
JALAWLA_BATTLE = merge(PESHMERGA, PMF, IS_672)
COALITION = {"en": ["US-led coalition", "international coalition"],
             "ar": ["طائرات التحالف الدولي", "التحالف الدولي"]}
IS_REMNANTS = {"en": ["Islamic State fighters", "ISIS"], "ar": ["من تبقى من مسلحي التنظيم"]}
BADR_LEADER = {"en": ["Badr Organization commander", "Badr Organization", "Popular Mobilization Forces"],
               "ar": ["قيادي في منظمة بدر", "منظمة بدر"]}
ANNEXERS = {"en": ["Kurdistan Regional Government", "Peshmerga"],
            "ar": ["كل من يفكر في ضم جلولاء إلى الإقليم"]}
PESHMERGA_KHANAQIN = {"en": ["Peshmerga", "Peshmerga Khanaqin command"],
                      "ar": ["قيادة البيشمركة في محور خانقين", "قيادة البيشمركة"]}
JALAWLA_TALKS = {"en": ["Peshmerga", "Popular Mobilization Forces", "PMF"], "ar": ["قادة من الطرفين"]}
ASAYISH = {"en": ["Asayish", "Kurdish security forces"], "ar": ["قوات الأسايش", "الأسايش"]}
ARAB_RETURNEES = {"en": ["displaced Arab young men", "Arab IDPs"],
                  "ar": ["ثلاثة وعشرين شاباً من العائلات العربية النازحة", "ثلاثة وعشرين شاباً"]}
SUSPECT_FAMILIES = {"en": ["families of suspected Islamic State members"],
                    "ar": ["عائلات يُتهم أبناؤها بالانتماء إلى التنظيم"]}
DIYALA_MP = {"en": ["Diyala member of the Iraqi parliament", "Iraqi MP"],
             "ar": ["نائب عن ديالى في البرلمان الاتحادي", "نائب عن ديالى"]}
PESHMERGA_COMMAND = {"en": ["Peshmerga command", "Peshmerga"], "ar": ["قيادة البيشمركة"]}
KRG = {"en": ["Kurdistan Regional Government", "KRG", "Peshmerga"],
       "ar": ["حكومة الإقليم", "قيادة البيشمركة"]}
ARAB_IDPS_672 = {"en": ["Arab IDPs", "displaced Arabs"], "ar": ["العرب"]}
IRAQI_PM = {"en": ["Iraqi Prime Minister", "Iraqi government"],
            "ar": ["رئيس الوزراء العراقي", "رئيس الوزراء"]}
DEMINING_672 = {"en": ["Peshmerga engineers", "Popular Mobilization Forces engineers", "Peshmerga",
                       "Popular Mobilization Forces"],
                "ar": ["فرق هندسة من البيشمركة و«الحشد»", "البيشمركة", "«الحشد»"]}
DIYALA_GOVERNOR = {"en": ["Governor of Diyala", "Diyala provincial government"], "ar": ["محافظ ديالى"]}
IRAQI_ARMY_672 = {"en": ["Iraqi army", "Military Forces of Iraq"],
                  "ar": ["وحدات من الجيش العراقي", "الجيش العراقي"]}
IS_SAADIYA = {"en": ["Islamic State", "ISIS"], "ar": ["مسلحو التنظيم"]}
PESH_AND_PMF = {"en": ["Peshmerga", "Popular Mobilization Forces", "PMF"],
                "ar": ["مقاتلو البيشمركة و«الحشد الشعبي»", "البيشمركة", "«الحشد الشعبي»"]}
UNHCR = {"en": ["UNHCR", "UN Refugee Agency", "United Nations"],
         "ar": ["المفوضية السامية للأمم المتحدة لشؤون اللاجئين"]}
ALWAND_FAMILIES = {"en": ["displaced families in Alwand camp", "IDPs"],
                   "ar": ["أربعمئة عائلة في مخيم الوند", "أربعمئة عائلة"]}
PMF_FACTIONS = {"en": ["Popular Mobilization Forces", "PMF"], "ar": ["فصائل «الحشد»", "«الحشد»"]}
LOCAL_POLICE = {"en": ["Jalawla local police", "Iraqi police"], "ar": ["قوة من الشرطة المحلية"]}
PESH_KHANAQIN_CMD = {"en": ["Peshmerga command in Khanaqin", "Peshmerga"],
                     "ar": ["قيادة البيشمركة في خانقين", "قيادة البيشمركة"]}
CIVILIANS_672 = {"en": ["civilians", "residents"], "ar": ["سيارات المدنيين"]}

# ====================================================== places: 672
JALAWLA = {"accept": ["جلولاء", "بلدة جلولاء", "Jalawla", "Jalula"]}
HAMRIN = {"accept": ["تلال حمرين", "Hamrin hills", "Hamrin"]}
JALAWLA_SOUTH_GATE = place({"accept": ["المدخل الجنوبي للبلدة"]}, JALAWLA)
JALAWLA_NORTH = place({"accept": ["التلال المطلة على الأحياء الشمالية", "الأحياء الشمالية"]}, JALAWLA)
QARA_TAPA = {"accept": ["حاجز قرة تبة", "قرة تبة", "Qara Tapa", "Qaratapa"]}
JALAWLA_WEST = place({"accept": ["الأحياء الغربية من جلولاء"]}, JALAWLA)
ALWAND_CAMP = {"accept": ["مخيم الوند", "Alwand camp", "خانقين", "Khanaqin"]}
SAADIYA = {"accept": ["السعدية", "Saadiya", "al-Saadiya", "Sadiyah"]}
JALAWLA_SAADIYA = place(JALAWLA, SAADIYA)
JALAWLA_SOUTH = place({"accept": ["الأحياء الجنوبية لجلولاء", "الأحياء الجنوبية"]}, JALAWLA)
KHANAQIN_ROAD = place({"accept": ["الطريق بين خانقين وجلولاء", "خانقين", "Khanaqin"]}, JALAWLA)

# ====================================================== 673: Abu Karshola (South Kordofan, Sudan), 2013
SUDAN_FORCES = {"en": ["Sudanese Armed Forces", "SAF", "Sudanese government forces",
                        "Popular Defence Forces"],
                "ar": ["القوات الحكومية وقوات الدفاع الشعبي", "القوات الحكومية"]}
SRF_WITHDRAWING = {"en": ["Sudan Revolutionary Front", "SRF", "Sudanese rebels"],
                   "ar": ["مقاتلي الجبهة الثورية السودانية", "الجبهة الثورية السودانية"]}
NK_GOVERNOR = {"en": ["Governor of North Kordofan", "North Kordofan state government", "Sudanese government"],
               "ar": ["والي شمال كردفان"]}
SRF_FIGHTERS = {"en": ["Sudan Revolutionary Front", "SRF", "Sudanese rebels"],
                "ar": ["مقاتلي الجبهة الثورية"]}
PDF_RECRUITS = {"en": ["Popular Defence Forces"], "ar": ["الدفاع الشعبي"]}
SUDAN_AIR = {"en": ["Sudanese Air Force", "Sudanese Armed Forces", "SAF"],
             "ar": ["سلاح الجو السوداني", "طائرة «أنتونوف»"]}
FLEEING_FAMILIES = {"en": ["displaced civilians", "fleeing families", "civilians"],
                    "ar": ["تجمع للعائلات الفارّة", "العائلات الفارّة", "ثمانية قتلى مدنيين"]}
SRF_SPOKESMAN = {"en": ["Sudan Revolutionary Front spokesman", "Sudan Revolutionary Front", "SRF"],
                 "ar": ["المتحدث باسم الجبهة الثورية"]}
KHARTOUM_GOV = {"en": ["Sudanese government", "Government of Sudan"], "ar": ["حكومة الخرطوم"]}
NISS = {"en": ["National Intelligence and Security Service", "NISS"], "ar": ["جهاز الأمن والمخابرات الوطني"]}
AK_DISPLACED_MEN = {"en": ["displaced people from Abu Karshola", "IDPs"],
                    "ar": ["نحو ثلاثين من أبناء أبو كرشولا"]}
OCHA_SUDAN = {"en": ["UN OCHA", "United Nations Office for the Coordination of Humanitarian Affairs",
                     "United Nations"],
              "ar": ["مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية في السودان"]}
AID_AGENCIES_673 = {"en": ["aid agencies", "humanitarian agencies"], "ar": ["وكالات الإغاثة"]}
ADDIS_TALKS = {"en": ["Sudanese government delegation", "Sudanese government", "SPLM-N",
                      "Sudan People's Liberation Movement-North"],
               "ar": ["وفد الحكومة السودانية", "وفد الخرطوم", "الحركة الشعبية - قطاع الشمال"]}
SUDAN_FORCES_RUMOUR = {"en": ["Sudanese government forces", "Sudanese Armed Forces", "SAF"],
                       "ar": ["القوات الحكومية"]}
AK_MEN = {"en": ["men of Abu Karshola", "civilians"], "ar": ["عشرات الرجال"]}
SK_GOVERNOR = {"en": ["Governor of South Kordofan", "South Kordofan state government"],
               "ar": ["والي جنوب كردفان"]}
AK_COMMISSIONER = {"en": ["Abu Karshola locality commissioner"], "ar": ["معتمد محلية أبو كرشولا"]}
SRF_FORCES = {"en": ["Sudan Revolutionary Front", "SRF", "Sudanese rebels"], "ar": ["قوات الجبهة الثورية"]}
KORDOFAN_STUDENTS = {"en": ["University of Kordofan students", "students"],
                     "ar": ["مئات من طلاب جامعة كردفان", "طلاب جامعة كردفان"]}
SRF = {"en": ["Sudan Revolutionary Front", "SRF", "Sudanese rebels"], "ar": ["الجبهة الثورية"]}
RULING_PARTY = {"en": ["National Congress Party official", "National Congress Party"],
                "ar": ["مسؤولاً في الحزب الحاكم"]}
NCF = {"en": ["National Consensus Forces", "opposition alliance"], "ar": ["تحالف قوى الإجماع الوطني"]}
ALL_PARTIES_673 = {"en": ["all parties"], "ar": ["الأطراف كافة"]}
SRCS = {"en": ["Sudanese Red Crescent", "Sudanese Red Crescent Society"],
        "ar": ["الهلال الأحمر السوداني", "للهلال الأحمر السوداني"]}
RAHAD_DISPLACED = {"en": ["displaced people in El Rahad", "IDPs"], "ar": ["النازحين", "للنازحين"]}

# ====================================================== places: 673
ABU_KARSHOLA = {"accept": ["أبو كرشولا", "Abu Karshola", "Abu Kershola"]}
AK_EAST = place({"accept": ["آبار المياه في الطرف الشرقي لأبو كرشولا", "الطرف الشرقي لأبو كرشولا"]},
                ABU_KARSHOLA)
AK_SCHOOL = place({"accept": ["مدرسة أبو كرشولا الابتدائية"]}, ABU_KARSHOLA)
EL_OBEID = {"accept": ["مدينة الأبيض", "الأبيض", "El Obeid", "al-Ubayyid"]}
ADDIS_ABABA = {"accept": ["أديس أبابا", "Addis Ababa"]}
UM_RUWABA = {"accept": ["أم روابة", "Um Ruwaba", "Umm Ruwaba"]}
EL_RAHAD = {"accept": ["الرهد", "El Rahad", "Er Rahad"]}
ROUTES_673 = {"accept": ["طرق النزوح", "أبو كرشولا", "Abu Karshola"]}
SOUTH_KORDOFAN = {"accept": ["جنوب كردفان", "South Kordofan"]}

# ====================================================== 674: Salma (Latakia, Syria), 2016
SY_ARMY_674 = {"en": ["Syrian army", "Syrian government forces", "Military Forces of Syria"],
               "ar": ["وحدات من الجيش السوري", "الجيش السوري"]}
NUSRA = {"en": ["Jabhat al-Nusra", "al-Nusra Front", "Nusra Front"],
         "ar": ["مسلحي «جبهة النصرة»", "«جبهة النصرة»", "جبهة النصرة"]}
TURKMEN_FACTIONS = {"en": ["Turkmen rebel factions", "Syrian Turkmen Brigades"], "ar": ["فصائل تركمانية"]}
HILLS_BATTLE = merge(SY_ARMY_674, NUSRA, TURKMEN_FACTIONS)
RU_AIR = {"en": ["Russian Air Force", "Russian Aerospace Forces", "Russia"],
          "ar": ["غارات جوية روسية", "الطيران الروسي"]}
NUSRA_PLANTERS = {"en": ["Jabhat al-Nusra", "al-Nusra Front", "rebels"],
                  "ar": ["مسلحو «جبهة النصرة»", "«جبهة النصرة»"]}
SAPPERS = {"en": ["Syrian army engineers", "Syrian army"],
           "ar": ["خمسة عسكريين من وحدة الهندسة", "وحدة الهندسة"]}
OPS_COMMAND = {"en": ["Syrian army operations command", "Syrian army"], "ar": ["قيادة العمليات"]}
KINSABBA_FIGHTERS = {"en": ["rebels in Kinsabba", "armed opposition"], "ar": ["المسلحين المتحصنين في كنسبا"]}
RU_MILITARY = {"en": ["Russian military", "Russian Armed Forces", "Russia"],
               "ar": ["عسكريون روس", "القوات الروسية"]}
AKRAD_DISPLACED = {"en": ["displaced families from Jabal al-Akrad", "IDPs"],
                   "ar": ["العائلات التي نزحت من قرى جبل الأكراد", "للعائلات التي نزحت من قرى جبل الأكراد"]}
TIP = {"en": ["Turkistan Islamic Party", "TIP"],
       "ar": ["مسلحي «الحزب الإسلامي التركستاني»", "«الحزب الإسلامي التركستاني»"]}
TR_MFA = {"en": ["Turkish Ministry of Foreign Affairs", "Turkish government", "Turkey"],
          "ar": ["وزارة الخارجية التركية"]}
RU_AIR_ACCUSED = {"en": ["Russian Air Force", "Russian Aerospace Forces", "Russia"], "ar": ["الطيران الروسي"]}
TURKMEN_COUNCIL = {"en": ["Syrian Turkmen Assembly", "Syrian Turkmen Council"],
                   "ar": ["المجلس التركماني السوري"]}
TURKEY = {"en": ["Turkey", "Turkish government"], "ar": ["أنقرة"]}
RUSSIA = {"en": ["Russia", "Russian Armed Forces", "Russian Aerospace Forces"], "ar": ["روسيا"]}
SY_MFA = {"en": ["Syrian Ministry of Foreign Affairs", "Syrian government"], "ar": ["وزارة الخارجية السورية"]}
NEIGHBOURS = {"en": ["neighbouring countries"], "ar": ["الدول المجاورة"]}
JOINT_ROOM = {"en": ["Russian officers", "Syrian officers", "Russian Armed Forces", "Syrian army"],
              "ar": ["ضباطاً روساً وسوريين", "غرفة عمليات مشتركة"]}
NORTH_FACTIONS = {"en": ["rebel factions in northern Syria", "armed opposition"],
                  "ar": ["الفصائل العاملة في الشمال"]}
KINSABBA_COMMANDERS = {"en": ["rebel field commanders in Kinsabba", "armed opposition"],
                       "ar": ["قادة ميدانيون في كنسبا"]}
COAST_COMMAND = {"en": ["Syrian army coastal operations command", "Syrian army"],
                 "ar": ["قيادة العمليات في الساحل"]}
KINSABBA_CIVILIANS = {"en": ["civilians of Kinsabba", "civilians"], "ar": ["المدنيين"]}
AKRAD_TALKS = {"en": ["Russian officers", "Russian military", "Jabal al-Akrad notables"],
               "ar": ["ضباط روس", "وجهاء من قرى جبل الأكراد"]}

# ====================================================== places: 674
SALMA = {"accept": ["سلمى", "Salma"]}
SALMA_WEST = place({"accept": ["الحي الغربي من سلمى"]}, SALMA)
SALMA_HILLS = {"accept": ["ثلاث تلال تشرف على الطريق بين سلمى وبلدة كنسبا", "جبل الأكراد", "Jabal al-Akrad",
                          "كنسبا", "Kinsabba"]}
KINSABBA = {"accept": ["كنسبا", "Kinsabba", "Kinsibba"]}
HAFFAH = {"accept": ["بلدة الحفة", "الحفة", "al-Haffah", "Haffah"]}
JABAL_AKRAD = {"accept": ["جبل الأكراد", "Jabal al-Akrad"]}
TURKMEN_MOUNTAINS = {"accept": ["جبل الأكراد وجبل التركمان", "جبل التركمان", "Jabal Turkman", "جبل الأكراد",
                                "Jabal al-Akrad"]}
YAMADIYAH = {"accept": ["مخيمات اليمضية", "اليمضية", "Yamadiyah"]}
HMEIMIM = {"accept": ["قاعدة حميميم", "حميميم", "Hmeimim", "Khmeimim", "جبلة", "Jableh"]}
SYRIA = {"accept": ["سوريا", "Syria"]}
LATAKIA = {"accept": ["اللاذقية", "مدينة اللاذقية", "Latakia", "Lattakia"]}
LATAKIA_EDGE = place({"accept": ["أطراف مدينة اللاذقية"]}, LATAKIA)

# ====================================================== 675: al-Zawiya (Libya), 2023
GNU_DRONE = {"en": ["Government of National Unity", "GNU", "Libyan government forces"],
             "ar": ["طائرة مسيّرة تابعة لحكومة الوحدة الوطنية", "حكومة الوحدة الوطنية"]}
ZAWIYA_VICTIMS = {"en": ["civilians", "residents of Zawiya"], "ar": ["ثلاثة أشخاص"]}
GNU = {"en": ["Government of National Unity", "GNU", "Libyan government"], "ar": ["حكومة الوحدة الوطنية"]}
GNU_DRONES = {"en": ["Government of National Unity", "GNU", "Libyan government forces"], "ar": ["المسيّرات"]}
ZAWIYA_COUNCIL = {"en": ["Zawiya municipal council"], "ar": ["المجلس البلدي للزاوية"]}
DEPUTY_DEF_MIN = {"en": ["Libyan deputy defence minister", "Government of National Unity", "GNU"],
                  "ar": ["وكيل وزارة الدفاع"]}
WANTED_675 = {"en": ["armed groups of Zawiya", "smugglers"], "ar": ["المطلوبين"]}
ZAWIYA_MPS = {"en": ["House of Representatives members from Zawiya", "Libyan MPs"],
              "ar": ["نواب عن الزاوية في مجلس النواب", "نواب عن الزاوية"]}
GNU_PM = {"en": ["Prime Minister of the Government of National Unity", "GNU"],
          "ar": ["رئيس حكومة الوحدة الوطنية"]}
JMC = {"en": ["5+5 Joint Military Commission", "Joint Military Commission"],
       "ar": ["اللجنة العسكرية المشتركة «5+5»", "اللجنة العسكرية المشتركة"]}
ZAWIYA_PROTESTERS = {"en": ["residents of Zawiya", "protesters"], "ar": ["مئات من أهالي الزاوية"]}
PRES_COUNCIL = {"en": ["Presidential Council", "Libyan Presidential Council"], "ar": ["المجلس الرئاسي"]}
ZAWIYA_TRADERS = {"en": ["Zawiya traders"], "ar": ["تجار"]}
COUNCIL_MEMBERS = {"en": ["Zawiya municipal council"], "ar": ["أعضاء المجلس البلدي للزاوية"]}
RECONCILIATION = {"en": ["national reconciliation committee", "Government of National Unity"],
                  "ar": ["لجنة المصالحة الوطنية"]}
WEST_MUNICIPALITIES = {"en": ["western coast municipalities"], "ar": ["بلديات الساحل الغربي"]}
ANTI_MIGRATION = {"en": ["Anti-Illegal Immigration Agency", "Libyan Ministry of Interior"],
                  "ar": ["جهاز مكافحة الهجرة غير الشرعية"]}
MIGRANTS = {"en": ["African migrants", "migrants"], "ar": ["سبعة وثمانين مهاجراً"]}
DEAL_675 = merge(GNU,
    {"en": ["Zawiya armed group commanders", "armed groups"], "ar": ["قائدين لتشكيلين مسلحين"]})
PC_DELEGATION = {"en": ["Presidential Council delegation", "Presidential Council"],
                 "ar": ["وفد من المجلس الرئاسي"]}
ZAWIYA_NOTABLES = {"en": ["Zawiya notables", "Zawiya municipal council"], "ar": ["أعيانها ومجلسها البلدي"]}
UNSMIL = {"en": ["UNSMIL", "United Nations Support Mission in Libya", "United Nations"],
          "ar": ["بعثة الأمم المتحدة للدعم في ليبيا"]}
ALL_PARTIES_675 = {"en": ["all parties"], "ar": ["الأطراف كافة"]}
ZUWARA_COUNCIL = {"en": ["Zuwara municipal council"], "ar": ["المجلس البلدي لزوارة"]}
SSA = {"en": ["Stability Support Apparatus", "SSA"],
       "ar": ["آليات تابعة لـ«جهاز دعم الاستقرار»", "«جهاز دعم الاستقرار»"]}

# ====================================================== places: 675
ZAWIYA = {"accept": ["الزاوية", "مدينة الزاوية", "Zawiya", "al-Zawiya", "Zawia"]}
ZAWIYA_COAST = place({"accept": ["قرب الشاطئ في غرب مدينة الزاوية"]}, ZAWIYA)
MAYA = {"accept": ["مرفأ الصيد بمنطقة الماية", "الماية", "al-Maya", "Maya"]}
GENEVA = {"accept": ["جنيف", "Geneva"]}
MARTYRS_SQUARE = place({"accept": ["ميدان الشهداء"]}, ZAWIYA)
OLD_MARKET_675 = place({"accept": ["السوق القديمة"]}, ZAWIYA)
HARSHA = {"accept": ["منطقة الحرشة", "الحرشة", "al-Harsha", "Harsha"]}
ZAWIYA_SOUTH_GATE = place({"accept": ["البوابة الجنوبية للزاوية"]}, ZAWIYA)
ZUWARA = {"accept": ["زوارة", "Zuwara", "Zuwarah"]}
