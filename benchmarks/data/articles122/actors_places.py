"""Accepted actor names and place names for the hundred-and-twenty-second team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الحكومة», «التنظيم») are left out on purpose, with these
exceptions, each used only in an article where it names a single actor:
- 606: «النظام» and «الفصائل» (only ever the Syrian government and the opposition factions);
- 607: «الإرهابيون»/«الإرهابيين» and «المجلس» (only ever the armed groups the outlet calls so, and the UN
  Security Council);
- 609: «الجيش» (only ever the Lebanese army);
- 610: «التنظيم» (only ever ISIS).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge

# ============================== 606: Saraqib, al-Nayrab and Afis on the M4/M5 motorways (Idlib; 2020)
OPPOSITION_606 = {"en": ["Syrian opposition factions", "Syrian opposition", "National Liberation Front",
                         "Syrian National Army", "rebels"],
                  "ar": ["فصائل المعارضة السورية", "فصائل المعارضة", "الفصائل"]}
REGIME_606 = {"en": ["Syrian government forces", "Military Forces of Syria", "Syrian regime", "Syrian army",
                     "Iran-backed militias"],
              "ar": ["قوات النظام", "الميليشيات الإيرانية", "النظام"]}
OPP_AND_REGIME = merge(OPPOSITION_606, REGIME_606)
RU_AIR_606 = {"en": ["Russian Air Force", "Russian warplanes", "Military Forces of Russia", "Russia"],
              "ar": ["طائرات حربية روسية", "مقاتلات روسية", "الطيران الروسي"]}
NAYRAB_VICTIMS = {"en": ["displaced civilians in al-Nayrab", "civilians"],
                  "ar": ["تسعة مدنيين", "ضحايا النيرب التسعة"]}
RU_MOD = {"en": ["Russian Ministry of Defence", "Government of Russia", "Russia"],
          "ar": ["وزارة الدفاع الروسية"]}
GUNMEN_606 = {"en": ["opposition fighters", "rebels", "Syrian opposition factions"],
              "ar": ["«المسلحين»", "المسلحين"]}
TR_ARTILLERY_606 = {"en": ["Turkish artillery", "Military Forces of Turkey", "Turkish Armed Forces",
                           "Turkey"],
                    "ar": ["المدفعية التركية"]}
REGIME_POSITIONS = {"en": ["Syrian government forces", "Military Forces of Syria", "Syrian regime"],
                    "ar": ["مواقع لقوات النظام", "قوات النظام"]}
REGIME_REINFORCEMENTS = {"en": ["25th Division", "Syrian government forces", "Iran-backed militias"],
                         "ar": ["«الفرقة 25»", "الفرقة 25", "الميليشيات الإيرانية"]}
TR_DEFENCE_MINISTER = {"en": ["Turkish Minister of Defence", "Government of Turkey", "Turkey"],
                       "ar": ["وزير الدفاع التركي"]}
TR_RU_DELEGATIONS = {"en": ["Turkish and Russian military delegations", "Turkey", "Russia"],
                     "ar": ["وفدان عسكريان تركي وروسي"]}
TR_FORCES_606 = {"en": ["Turkish forces", "Military Forces of Turkey", "Turkish Armed Forces", "Turkey"],
                 "ar": ["القوات التركية"]}
TAFTANAZ_VICTIMS = {"en": ["displaced children near Taftanaz", "civilians"], "ar": ["ثلاثة أطفال"]}
HUMANITARIAN_ORGS_606 = {"en": ["humanitarian organisations", "NGOs"], "ar": ["منظمات إنسانية"]}
TR_MFA = {"en": ["Turkish Ministry of Foreign Affairs", "Government of Turkey", "Turkey"],
          "ar": ["وزارة الخارجية التركية"]}
REGIME_AND_BACKERS = {"en": ["Syrian government", "Syrian regime", "Russia", "Iran"],
                      "ar": ["النظام وداعميه", "النظام"]}
RUSSIA_606 = {"en": ["Russia", "Government of Russia"], "ar": ["موسكو"]}
IHH = {"en": ["Turkish Humanitarian Relief Foundation", "IHH"], "ar": ["هيئة الإغاثة الإنسانية التركية"]}
SARMADA_FAMILIES = {"en": ["displaced families near Sarmada", "displaced families", "civilians"],
                    "ar": ["أكثر من ثلاثمئة عائلة", "ثلاثمئة عائلة"]}
TR_ARMY_606 = {"en": ["Turkish army", "Military Forces of Turkey", "Turkish Armed Forces", "Turkey"],
               "ar": ["الجيش التركي"]}
IDLIB_RESIDENTS = {"en": ["residents of Idlib", "protesters", "civilians"],
                   "ar": ["مئات من أهالي مدينة إدلب"]}

# ====================================================== places: 606
SARAQIB = {"accept": ["مدينة سراقب", "سراقب", "Saraqib", "Saraqeb"]}
SARAQIB_M5 = {"accept": ["الطريق M5", "سراقب", "M5 motorway", "M5 highway", "Saraqib"]}
NAYRAB = {"accept": ["بلدة النيرب", "النيرب", "al-Nayrab", "Nayrab", "Nairab"]}
DADIKH = {"accept": ["محيط قريتي داديخ وتل مرديخ", "داديخ", "تل مرديخ", "Dadikh", "Tell Mardikh",
                     "Tal Mardikh"]}
KHAN_SUBUL = {"accept": ["بلدة خان السبل", "خان السبل", "Khan al-Subul", "Khan al-Sabil"]}
MOSCOW = {"accept": ["موسكو", "Moscow"]}
SARAQIB_POST = {"accept": ["نقطة المراقبة الواقعة شرقي سراقب", "شرقي سراقب", "سراقب", "Saraqib"]}
TAFTANAZ = {"accept": ["مخيماً عشوائياً للنازحين قرب بلدة تفتناز", "بلدة تفتناز", "تفتناز", "Taftanaz"]}
SARMADA = {"accept": ["مخيمات قرب بلدة سرمدا الحدودية", "بلدة سرمدا", "سرمدا", "Sarmada"]}
SARAQIB_COUNTRYSIDE = {"accept": ["ريف سراقب", "سراقب", "Saraqib"]}
EAST_IDLIB = {"accept": ["ريف إدلب الشرقي", "معبر باب الهوى", "باب الهوى", "eastern Idlib countryside",
                         "Bab al-Hawa", "Idlib"]}
IDLIB_CITY = {"accept": ["مدينة إدلب", "إدلب", "Idlib"]}
AFIS = {"accept": ["بلدة آفس", "آفس", "Afis"]}

# ============================== 607: Kabani, Jabal al-Akrad (Latakia), the al-Ghab plain below (Hama; 2019)
SAA_607 = {"en": ["Syrian Arab Army", "Syrian army", "Military Forces of Syria", "Syrian government forces"],
           "ar": ["الجيش العربي السوري"]}
NUSRA_TIP = {"en": ["Jabhat al-Nusra", "Hay'at Tahrir al-Sham", "HTS", "Turkistan Islamic Party", "TIP",
                    "jihadist groups"],
             "ar": ["إرهابيي «جبهة النصرة» و«الحزب الإسلامي التركستاني»", "«جبهة النصرة»", "جبهة النصرة",
                    "«الحزب الإسلامي التركستاني»", "الحزب الإسلامي التركستاني", "الإرهابيون"]}
SAA_AND_JIHADISTS = merge(SAA_607, NUSRA_TIP)
SAA_ASSAULT_UNITS = {"en": ["Syrian army assault units", "Syrian Arab Army", "Military Forces of Syria"],
                     "ar": ["الوحدات المهاجمة", "وحدات الاقتحام"]}
SAA_ARTILLERY = {"en": ["Syrian army artillery", "Syrian Arab Army", "Military Forces of Syria"],
                 "ar": ["مدفعية الجيش وراجمات الصواريخ", "مدفعية الجيش"]}
GHAB_MILITANTS = {"en": ["armed groups in al-Ghab plain", "jihadist groups", "Hay'at Tahrir al-Sham"],
                  "ar": ["تجمعات للإرهابيين", "الإرهابيين"]}
SY_AIR_FORCE = {"en": ["Syrian Air Force", "Syrian Arab Air Force", "Military Forces of Syria"],
                "ar": ["سلاح الجو"]}
MILITANTS_607 = {"en": ["armed groups", "jihadist groups", "Hay'at Tahrir al-Sham",
                        "Turkistan Islamic Party"],
                 "ar": ["المجموعات الإرهابية", "الإرهابيون", "الإرهابيين"]}
SUQAYLBIYAH_CIVILIANS = {"en": ["civilians in al-Suqaylbiyah", "civilians"], "ar": ["أربعة مدنيين"]}
FOREIGN_FIGHTERS = {"en": ["foreign fighters", "Uyghur fighters", "Turkistan Islamic Party"],
                    "ar": ["مئات المسلحين الأجانب", "المسلحين الأجانب"]}
SAA_COMMANDER = {"en": ["Syrian army field commander", "Syrian Arab Army", "Military Forces of Syria"],
                 "ar": ["قائد ميداني في الجيش"]}
HAMA_GOVERNOR = {"en": ["Governor of Hama", "Government of Syria"], "ar": ["محافظ حماة"]}
SUQAYLBIYAH_COUNCIL = {"en": ["al-Suqaylbiyah city council and notables", "local council"],
                       "ar": ["أعضاء مجلس المدينة ووجهاءها", "مجلس المدينة"]}
TR_GUARANTOR = {"en": ["Turkey", "Government of Turkey", "Russia"], "ar": ["الضامن التركي"]}
MHARDEH_VICTIMS = {"en": ["a girl and her father in Mhardeh", "civilians"], "ar": ["طفلة ووالدها"]}
SY_MFA = {"en": ["Syrian Ministry of Foreign Affairs and Expatriates", "Government of Syria", "Syria"],
          "ar": ["وزارة الخارجية والمغتربين"]}
TR_REGIME = {"en": ["Government of Turkey", "Turkey"], "ar": ["النظام التركي"]}
UNSC = {"en": ["United Nations Security Council", "UN Security Council", "UNSC"],
        "ar": ["مجلس الأمن", "المجلس"]}
HAMA_AND_SARC = {"en": ["Hama governorate", "Syrian Arab Red Crescent", "SARC", "Government of Syria"],
                 "ar": ["محافظة حماة", "الهلال الأحمر العربي السوري"]}
JURIN_FAMILIES = {"en": ["families arriving in Jurin", "displaced families", "civilians"],
                  "ar": ["نحو مئتي عائلة", "مئتي عائلة"]}
LATAKIA_AUTHORITIES = {"en": ["Latakia police", "Syrian security authorities", "Government of Syria"],
                       "ar": ["الجهات المختصة في مدينة اللاذقية", "الجهات المختصة"]}
LATAKIA_SUSPECTS = {"en": ["three suspects in Latakia", "civilians"], "ar": ["ثلاثة أشخاص"]}

# ====================================================== places: 607
KABANI_HILLS = {"accept": ["التلال المحيطة ببلدة كبانة", "بلدة كبانة", "كبانة", "جبل الأكراد", "Kabani",
                           "Kabbana", "Kabana", "Jabal al-Akrad"]}
GHAB_VILLAGES = {"accept": ["قرى قسطون والزيارة والحويز", "قسطون", "الزيارة", "الحويز", "سهل الغاب", "Qastun",
                            "al-Ziyara", "al-Huwayz", "al-Ghab plain", "Sahl al-Ghab"]}
SOUTH_IDLIB = {"accept": ["ريف إدلب الجنوبي", "southern Idlib countryside", "Idlib"]}
SUQAYLBIYAH = {"accept": ["مدينة السقيلبية", "السقيلبية", "al-Suqaylbiyah", "Suqaylabiyah", "Squalbiyeh"]}
KABANI = {"accept": ["محيط كبانة", "كبانة", "Kabani", "Kabbana"]}
JABAL_AKRAD = {"accept": ["جبل الأكراد", "Jabal al-Akrad", "Kurd Mountain"]}
DMZ = {"accept": ["المنطقة منزوعة السلاح في ريفي إدلب وحماة", "المنطقة منزوعة السلاح", "demilitarised zone",
                  "Idlib demilitarized zone"]}
MHARDEH = {"accept": ["مدينة محردة", "محردة", "Mhardeh", "Muhradah"]}
JURIN = {"accept": ["بلدة جورين", "جورين", "Jurin", "Joreen"]}
GHAB = {"accept": ["القرى التي يسيطر عليها الإرهابيون في سهل الغاب", "سهل الغاب", "al-Ghab plain"]}
LATAKIA_CITY = {"accept": ["مدينة اللاذقية", "اللاذقية", "Latakia"]}
KABANI_FRONTS = {"accept": ["محاور كبانة", "كبانة", "Kabani", "Kabbana"]}

# ============================== 608: al-Muqdadiyah, Baqubah, Abu Saida, Khanaqin and al-Khalis (Diyala; 2016)
DIYALA_POLICE = {"en": ["Diyala Police Command", "Police Forces of Iraq", "Iraqi police"],
                 "ar": ["قيادة شرطة ديالى"]}
ISIS_608 = {"en": ["Islamic State", "ISIS", "ISIL", "IS", "Daesh"], "ar": ["تنظيم «داعش»", "«داعش»", "داعش"]}
MOURNERS = {"en": ["mourners and rescuers in al-Muqdadiyah", "civilians"],
            "ar": ["17 شخصاً", "ضحايا تفجير مجلس العزاء"]}
BLACK_CLAD_GUNMEN = {"en": ["unidentified gunmen in black", "militiamen", "unidentified armed group"],
                     "ar": ["مسلحون يرتدون ملابس سوداء"]}
UNKNOWN_GUNMEN_608 = {"en": ["unidentified gunmen", "unidentified armed group"], "ar": ["مسلحون مجهولون"]}
SEVEN_YOUNG_MEN = {"en": ["seven young men of al-Muqdadiyah", "civilians"], "ar": ["سبعة شبان"]}
IMAM_GUNMEN = {"en": ["gunmen", "unidentified armed group"], "ar": ["مسلحين"]}
ABU_SAIDA_IMAM = {"en": ["a mosque imam in Abu Saida", "civilians"], "ar": ["إمام أحد المساجد"]}
PMF_LEADER = {"en": ["Popular Mobilization Forces commander", "Popular Mobilization Forces", "PMF"],
              "ar": ["قيادي في الحشد الشعبي", "الحشد الشعبي"]}
ISIS_CELLS = {"en": ["cells linked to ISIS", "Islamic State", "ISIS"], "ar": ["«خلايا مرتبطة بداعش»"]}
IRAQI_FORCES_ALLIANCE = {"en": ["Iraqi Forces Alliance", "Sunni parliamentary bloc"],
                         "ar": ["تحالف القوى العراقية"]}
IQ_FEDERAL_GOV = {"en": ["Government of Iraq", "Iraqi federal government"], "ar": ["الحكومة الاتحادية"]}
DIYALA_MPS = {"en": ["members of parliament for Diyala", "Diyala MPs"], "ar": ["نواب عن محافظة ديالى"]}
ROGUE_MILITIAS = {"en": ["rogue militias", "Shia militias", "Popular Mobilization Forces"],
                  "ar": ["«ميليشيات منفلتة»", "ميليشيات منفلتة"]}
IQ_PM = {"en": ["Prime Minister of Iraq", "Government of Iraq"], "ar": ["رئيس الوزراء"]}
IQ_ARMY_608 = {"en": ["Iraqi army 5th Division", "Rapid Response Forces", "Military Forces of Iraq",
                      "Iraqi army"],
               "ar": ["قوة من الفرقة الخامسة في الجيش العراقي", "الفرقة الخامسة في الجيش العراقي",
                      "قوات الرد السريع"]}
PARL_DELEGATION = {"en": ["parliamentary delegation", "Council of Representatives of Iraq"],
                   "ar": ["وفد برلماني"]}
BARZANI_FOUNDATION = {"en": ["Barzani Charity Foundation", "BCF", "Kurdistan Regional Government"],
                      "ar": ["مؤسسة البارزاني الخيرية"]}
KHANAQIN_FAMILIES = {"en": ["families displaced to Khanaqin", "displaced families", "civilians"],
                     "ar": ["ستين عائلة"]}
KHANAQIN_ADMIN = {"en": ["Khanaqin administration", "Khanaqin district administration"],
                  "ar": ["إدارة خانقين"]}
KRG = {"en": ["Kurdistan Regional Government", "KRG"], "ar": ["حكومة إقليم كوردستان"]}
IQ_SECURITY = {"en": ["Iraqi security services", "Police Forces of Iraq", "Government of Iraq"],
               "ar": ["الأجهزة الأمنية"]}
KHALIS_WORKERS = {"en": ["workers on a minibus", "civilians"], "ar": ["حافلة صغيرة تقل عمالاً", "عمالاً"]}

# ====================================================== places: 608
MUQDADIYAH_DISTRICT = {"accept": ["قضاء المقدادية", "المقدادية", "al-Muqdadiyah", "Muqdadiya", "Miqdadiyah"]}
ASRI = {"accept": ["حي العصري وسط المقدادية", "حي العصري", "المقدادية", "al-Muqdadiyah", "Muqdadiya"]}
MUALLIMIN = {"accept": ["حيي المعلمين والعصري", "حي المعلمين", "المقدادية", "al-Muqdadiyah", "Muqdadiya"]}
MUQDADIYAH_VILLAGES = {"accept": ["إحدى القرى الزراعية التابعة للقضاء", "قضاء المقدادية", "al-Muqdadiyah",
                                  "Muqdadiya"]}
ABU_SAIDA = {"accept": ["ناحية أبي صيدا", "أبي صيدا", "أبو صيدا", "Abu Saida", "Abu Sayda"]}
MUQDADIYAH = {"accept": ["المقدادية", "al-Muqdadiyah", "Muqdadiya", "Miqdadiyah"]}
KHANAQIN = {"accept": ["مدينة خانقين", "خانقين", "Khanaqin"]}
KHALIS_ROAD = {"accept": ["الطريق بين الخالص وبعقوبة", "الخالص", "بعقوبة", "al-Khalis", "Khalis", "Baqubah"]}

# ============================== 609: Bab al-Tabbaneh, Jabal Mohsen, al-Qobbeh, Tripoli (North Lebanon; 2014)
LB_CABINET = {"en": ["Lebanese Council of Ministers", "Government of Lebanon", "Lebanese cabinet"],
              "ar": ["مجلس الوزراء"]}
TRIPOLI_FIGHTERS = {"en": ["Bab al-Tabbaneh gunmen", "Jabal Mohsen gunmen", "Arab Democratic Party",
                           "Sunni militia", "Alawite militia"],
                    "ar": ["مسلحي التبانة", "قادة محاور في التبانة", "الحزب العربي الديمقراطي"]}
ADP_OFFICIAL = {"en": ["Arab Democratic Party official", "Arab Democratic Party"],
                "ar": ["مسؤول في الحزب العربي الديمقراطي", "الحزب العربي الديمقراطي"]}
TABBANEH_GUNMEN = {"en": ["Bab al-Tabbaneh gunmen", "Sunni militia"], "ar": ["مسلحي التبانة"]}
TABBANEH_LEADERS = {"en": ["Bab al-Tabbaneh axis commanders", "Sunni militia"],
                    "ar": ["قادة محاور في التبانة"]}
MOHSEN_GUNMEN = {"en": ["Jabal Mohsen gunmen", "Alawite militia", "Arab Democratic Party"],
                 "ar": ["«شبيحة الجبل»", "شبيحة الجبل"]}
TRIPOLI_NOTABLES = {"en": ["Tripoli notables", "civil society of Tripoli"], "ar": ["فعاليات المدينة"]}
SNIPERS_609 = {"en": ["snipers", "unidentified gunmen"], "ar": ["القناصة"]}
TAXI_DRIVER = {"en": ["a taxi driver", "civilians"], "ar": ["سائق سيارة أجرة"]}
LAF_UNIT = {"en": ["Lebanese Armed Forces", "Lebanese army", "LAF", "Military Forces of Lebanon"],
            "ar": ["قوة من الجيش"]}
WANTED_FOUR = {"en": ["four wanted men", "armed group leader"], "ar": ["أربعة مطلوبين"]}
AXIS_LEADERS = {"en": ["axis commanders of the two quarters", "militia leaders"],
                "ar": ["قادة المحاور في المنطقتين", "قادة المحاور"]}
LAF_COMMAND = {"en": ["Lebanese Army Command", "Lebanese Armed Forces", "LAF", "Military Forces of Lebanon"],
               "ar": ["قيادة الجيش"]}
GUNMEN_609 = {"en": ["gunmen of Tripoli", "militias"], "ar": ["المسلحين"]}
LAF_UNITS = {"en": ["Lebanese Armed Forces", "Lebanese army", "LAF", "Military Forces of Lebanon"],
             "ar": ["وحدات الجيش", "وحداتها"]}
HIGHER_DEFENCE_COUNCIL = {"en": ["Higher Defence Council", "Supreme Defence Council",
                                 "Government of Lebanon"],
                          "ar": ["المجلس الأعلى للدفاع"]}
LRC = {"en": ["Lebanese Red Cross", "LRC"], "ar": ["الصليب الأحمر اللبناني"]}
TRAPPED_FAMILIES = {"en": ["families trapped on the front lines", "civilians"],
                    "ar": ["عائلات علقت في منازلها"]}
BEDDAWI_GUNMEN = {"en": ["gunmen", "unidentified gunmen"], "ar": ["مسلحون"]}
MOHSEN_WORKERS = {"en": ["workers from Jabal Mohsen", "civilians"],
                  "ar": ["حافلة تقل عمالاً من أبناء جبل محسن", "عمالاً من أبناء جبل محسن"]}
TRIPOLI_MPS = {"en": ["Tripoli members of parliament", "Tripoli MPs"], "ar": ["نواب طرابلس"]}
POLITICAL_SECURITY_BODIES = {"en": ["political and security bodies"], "ar": ["«جهات سياسية وأمنية»"]}
LAF = {"en": ["Lebanese Armed Forces", "Lebanese army", "LAF"], "ar": ["الجيش"]}
HRC = {"en": ["Higher Relief Commission", "Government of Lebanon"], "ar": ["الهيئة العليا للإغاثة"]}
TABBANEH_FAMILIES = {"en": ["families displaced from Bab al-Tabbaneh and al-Qobbeh", "displaced families",
                            "civilians"],
                     "ar": ["أكثر من مئة عائلة", "مئة عائلة"]}
TRIPOLI_PROTESTERS = {"en": ["residents of Tripoli", "protesters", "civilians"],
                      "ar": ["عشرات من أبناء طرابلس"]}

# ====================================================== places: 609
SERAIL = {"accept": ["السراي الحكومي", "بيروت", "Grand Serail", "Beirut"]}
TRIPOLI = {"accept": ["مدينة طرابلس", "طرابلس", "Tripoli"]}
TABBANEH_MOHSEN = {"accept": ["محاور باب التبانة وجبل محسن", "باب التبانة", "جبل محسن", "التبانة", "طرابلس",
                              "Bab al-Tabbaneh", "Bab al-Tabbana", "Jabal Mohsen", "Tripoli"]}
MALLOULEH = {"accept": ["جسر الملولة", "الملولة", "مدخل التبانة", "التبانة", "al-Mallouleh",
                        "Bab al-Tabbaneh", "Tripoli"]}
QOBBEH = {"accept": ["شقة في منطقة القبة", "منطقة القبة", "القبة", "al-Qobbeh", "Qobbeh", "Tripoli"]}
BAABDA = {"accept": ["قصر بعبدا", "بعبدا", "Baabda"]}
FRONT_LINES_609 = {"accept": ["خطوط التماس", "طرابلس", "Tripoli"]}
BEDDAWI = {"accept": ["مدخل منطقة البداوي", "منطقة البداوي", "البداوي", "Beddawi", "al-Beddawi"]}
ABU_SAMRA = {"accept": ["مدارس رسمية في منطقة أبي سمراء", "أبي سمراء", "أبو سمراء", "Abu Samra", "Tripoli"]}
TABBANEH_QOBBEH = {"accept": ["أطراف التبانة والقبة", "التبانة", "القبة", "Bab al-Tabbaneh", "al-Qobbeh"]}
NOUR_SQUARE = {"accept": ["ساحة النور", "al-Nour Square", "Tripoli"]}
MOHSEN_ENTRANCES = {"accept": ["مداخل جبل محسن", "جبل محسن", "ساحة الأسمر", "القبة", "Jabal Mohsen",
                               "al-Qobbeh", "Tripoli"]}

# ============================== 610: Sirte, its districts, al-Jiza al-Bahriya, with Misrata (Sirte; 2016)
BUNYAN = {"en": ["al-Bunyan al-Marsous", "Bunyan Marsous Operation", "Government of National Accord forces",
                 "GNA forces", "Misrata brigades"],
          "ar": ["قوات عملية «البنيان المرصوص»", "«البنيان المرصوص»", "البنيان المرصوص", "مقاتلي العملية"]}
ISIS_610 = {"en": ["Islamic State", "ISIS", "ISIL", "IS", "Daesh"],
            "ar": ["مسلحي تنظيم «داعش»", "تنظيم «داعش»", "«داعش»", "داعش", "التنظيم"]}
BUNYAN_AND_ISIS = merge(BUNYAN, ISIS_610)
ISIS_POSITIONS = {"en": ["Islamic State positions", "Islamic State", "ISIS"],
                  "ar": ["مواقع للتنظيم", "التنظيم"]}
US_AIR = {"en": ["United States Air Force", "US aircraft", "AFRICOM", "United States",
                  "Military Forces of the United States"],
          "ar": ["طائرات أمريكية", "«أفريكوم»", "أفريكوم"]}
BUNYAN_FIGHTERS = {"en": ["al-Bunyan al-Marsous fighters", "GNA forces"],
                   "ar": ["تجمع لمقاتلي العملية", "مقاتلي العملية"]}
AMAQ = {"en": ["Amaq News Agency", "Islamic State", "ISIS"], "ar": ["وكالة «أعماق»", "«أعماق»"]}
BUNYAN_MEDIA = {"en": ["al-Bunyan al-Marsous media centre", "al-Bunyan al-Marsous"],
                "ar": ["المركز الإعلامي للعملية", "المركز الإعلامي"]}
D3_FAMILIES = {"en": ["families of District 3", "civilians"], "ar": ["عائلات من سكان الحي رقم 3"]}
BUNYAN_COMMANDER = {"en": ["commander of the al-Bunyan al-Marsous operations room", "al-Bunyan al-Marsous"],
                    "ar": ["آمر غرفة عمليات «البنيان المرصوص»"]}
ISIS_FIGHTERS = {"en": ["Islamic State fighters", "ISIS", "Islamic State"],
                 "ar": ["مسلحي التنظيم المحاصرين", "مسلحي التنظيم"]}
PC_HEAD = {"en": ["Head of the Presidential Council", "Government of National Accord", "GNA"],
           "ar": ["رئيس المجلس الرئاسي لحكومة الوفاق"]}
MISRATA_COUNCIL_AND_COMMANDERS = {"en": ["Misrata municipal council", "battalion commanders"],
                                  "ar": ["أعضاء المجلس البلدي وآمري الكتائب"]}
FOREIGN_WORKERS = {"en": ["foreign workers held by ISIS", "migrant workers", "civilians"],
                   "ar": ["العمال الأجانب"]}
GATE_GUARDS = {"en": ["guards of the Abu Grein gate", "GNA forces"],
               "ar": ["أربعة من حراس البوابة", "حراس البوابة"]}
MISRATA_COUNCIL = {"en": ["Misrata Municipal Council", "Misrata municipality"],
                   "ar": ["المجلس البلدي مصراتة"]}
GNA = {"en": ["Government of National Accord", "GNA", "Government of Libya"], "ar": ["حكومة الوفاق"]}
GNA_HEALTH = {"en": ["GNA Ministry of Health", "Government of National Accord", "GNA"],
              "ar": ["وزارة الصحة في حكومة الوفاق"]}
WOUNDED_18 = {"en": ["18 wounded fighters", "al-Bunyan al-Marsous fighters"], "ar": ["18 جريحاً"]}
MISRATA_ZLITEN_BATTALIONS = {"en": ["battalions from Misrata and Zliten", "Misrata brigades", "GNA forces"],
                             "ar": ["كتائب جديدة من مصراتة وزليتن"]}
BUNYAN_FORCE = {"en": ["al-Bunyan al-Marsous force", "GNA forces"], "ar": ["قوة من العملية"]}
TWO_ISIS_MEN = {"en": ["two Islamic State members", "ISIS"], "ar": ["اثنين من عناصر التنظيم"]}

# ====================================================== places: 610
DISTRICT_3 = {"accept": ["الحي رقم 3 بمدينة سرت", "الحي رقم 3", "سرت", "District 3", "Sirte", "Surt"]}
JIZA = {"accept": ["منطقة الجيزة البحرية", "الجيزة البحرية", "al-Jiza al-Bahriya", "Giza Bahriya", "Sirte"]}
SIRTE = {"accept": ["سرت", "Sirte", "Surt"]}
DISTRICT_1 = {"accept": ["أطراف الحي رقم 1", "الحي رقم 1", "District 1", "Sirte"]}
MISRATA_HOSPITAL = {"accept": ["مستشفى مصراتة المركزي", "مصراتة", "Misrata Central Hospital", "Misrata"]}
ABU_GREIN = {"accept": ["بوابة أبو قرين غربي سرت", "بوابة أبو قرين", "أبو قرين", "Abu Grein", "Abugrein",
                        "Abu Qurayn"]}
MISRATA_AIRPORT = {"accept": ["مطار مصراتة الدولي", "مطار مصراتة", "مصراتة", "Misrata International Airport",
                              "Misrata"]}
SIRTE_FRONTS = {"accept": ["محاور سرت", "سرت", "Sirte", "Surt"]}
