"""Accepted actor names and place names for the hundred-and-twenty-eighth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («القوات», «الحكومة», «المجلس», «الوحدات») are left out on purpose, with these
exceptions, each used only in an article where it names a single actor:
- 636: «الجيش» (only ever the Syrian army);
- 637: «الفصائل» (only ever the opposition factions of the Hauran);
- 638: «التنظيم» and «داعش» (only ever the Islamic State);
- 640: «الدعم السريع» and «الوالي» (only ever the Rapid Support Forces and the murdered governor).
Two surface forms with the preposition «لـ» fused («للقوات المعتدية», «لقوات الوفاق») are listed because the
role check looks for an accepted name in the text as written.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge

# ================================ 636: Kessab, the Samra crossing, Observatory 45 (northern Latakia; 2014)
REBELS_636 = {"en": ["Syrian armed opposition groups", "rebels", "Jabhat al-Nusra", "Islamic Front"],
              "ar": ["المجموعات المسلحة"]}
LATAKIA_CIVILIANS = {"en": ["civilians in Latakia", "civilians"], "ar": ["سبعة مدنيين"]}
SY_AIR_FORCE_636 = {"en": ["Syrian Air Force", "Military Forces of Syria", "Syrian government"],
                    "ar": ["الطيران الحربي السوري"]}
SY_ARMY_636 = {"en": ["Syrian Arab Army", "Military Forces of Syria", "National Defence Forces", "NDF",
                      "Syrian government forces"],
               "ar": ["قيادة الجيش", "وحدات الجيش", "«قوات الدفاع الوطني»", "قوات الدفاع الوطني",
                      "«الدفاع الوطني»", "الجيش"]}
NUSRA_636 = {"en": ["Jabhat al-Nusra", "al-Nusra Front", "Nusra Front"],
             "ar": ["مسلحي «جبهة النصرة»", "«جبهة النصرة»", "جبهة النصرة"]}
JIHADISTS_636 = {"en": ["Jabhat al-Nusra", "al-Nusra Front", "Sham al-Islam", "Harakat Sham al-Islam",
                        "Ansar al-Sham", "Syrian armed opposition groups", "rebels"],
                 "ar": ["مسلحي «جبهة النصرة»", "«جبهة النصرة»", "جبهة النصرة", "«حركة شام الإسلام»",
                        "حركة شام الإسلام", "«حركة أنصار الشام»", "حركة أنصار الشام"]}
BATTLE_636 = merge(SY_ARMY_636, JIHADISTS_636)
SY_MFA = {"en": ["Syrian Ministry of Foreign Affairs", "Government of Syria", "Syrian government"],
          "ar": ["وزارة الخارجية السورية"]}
TR_GOV_636 = {"en": ["Government of Turkey", "Turkey", "Ankara"], "ar": ["الحكومة التركية", "أنقرة"]}
UNSC_636 = {"en": ["UN Security Council", "United Nations Security Council"], "ar": ["مجلس الأمن"]}
ARMENIAN_DIOCESE = {"en": ["Armenian Orthodox Diocese of Latakia", "Armenian Apostolic Church"],
                    "ar": ["مطرانية الأرمن الأرثوذكس في اللاذقية", "مطرانية الأرمن الأرثوذكس"]}
KESSAB_FAMILIES = {"en": ["Armenian families displaced from Kessab", "IDPs", "civilians"],
                   "ar": ["نحو ستمئة وسبعين عائلة", "ستمئة وسبعين عائلة"]}
KESSAB_ELDERLY = {"en": ["elderly Armenians of Kessab", "civilians"],
                  "ar": ["نحو عشرين مسناً أرمنياً", "عشرين مسناً أرمنياً"]}
NUSRA_COMMANDER = {"en": ["Jabhat al-Nusra commander", "Jabhat al-Nusra", "al-Nusra Front"],
                   "ar": ["قيادي في «جبهة النصرة»", "«جبهة النصرة»", "جبهة النصرة"]}
ARMENIAN_PROTESTERS = {"en": ["Armenian community protesters", "Armenians in Lebanon", "protesters"],
                       "ar": ["مئات من أبناء الجالية الأرمنية", "أبناء الجالية الأرمنية"]}
TR_JET = {"en": ["Turkish Air Force", "Military Forces of Turkey", "Turkey"], "ar": ["مقاتلة تركية"]}
SY_JET = {"en": ["Syrian Air Force", "Military Forces of Syria"], "ar": ["طائرة حربية سورية"]}
ARMENIAN_SOCIETIES = {"en": ["Armenian charities", "Armenian relief societies"], "ar": ["الجمعيات الأرمنية"]}
LATAKIA_GOVERNOR = {"en": ["Governor of Latakia", "Government of Syria"], "ar": ["محافظ اللاذقية"]}
KESSAB_DELEGATION = {"en": ["Kessab notables and Armenian clergy", "notables of Kessab"],
                     "ar": ["وفداً من وجهاء كسب ورجال الدين الأرمن", "وجهاء كسب"]}
CATHOLICOS = {"en": ["Catholicos of the Armenian Holy See of Cilicia", "Armenian Catholicosate of Cilicia"],
              "ar": ["كاثوليكوس الأرمن لبيت كيليكيا"]}
UN_SG_636 = {"en": ["UN Secretary-General", "United Nations"], "ar": ["الأمين العام للأمم المتحدة"]}

# ====================================================== places: 636
LATAKIA_CITY = {"accept": ["مدينة اللاذقية", "اللاذقية", "Latakia", "Latakia city", "حي الرمل الشمالي",
                           "al-Raml al-Shamali", "ساحة الشيخ ضاهر"]}
SAMRA = {"accept": ["قرية السمرا ومعبرها الحدودي", "السمرا", "al-Samra", "Samra", "Samra crossing"]}
BORDER_STRIP = {"accept": ["الشريط الحدودي", "the border strip", "Kessab border strip"]}
QASTAL_MAAF = {"accept": ["بلدة قسطل معاف", "قسطل معاف", "Qastal Maaf", "Qastal Mu'af", "نبع المر",
                          "Nabaa al-Murr"]}
OBSERVATORY_45 = {"accept": ["تلة «المرصد 45»", "«المرصد 45»", "المرصد 45", "Observatory 45", "Tower 45",
                             "Hill 45"]}
RABIA = {"accept": ["بلدة الربيعة", "الربيعة", "Rabia", "جبل التركمان", "Jabal al-Turkman"]}
KESSAB = {"accept": ["كسب", "Kessab", "Kasab", "منطقة كسب"]}
RABIEH = {"accept": ["الرابية", "Rabieh", "السفارة التركية في الرابية", "بيروت", "Beirut"]}
LATAKIA_FROM_BEIRUT = {"accept": ["اللاذقية", "Latakia", "بيروت", "Beirut"]}

# ================================ 637: Sheikh Maskin, Nawa, Ibta' (the Hauran plain; 2016)
SAA_637 = {"en": ["Syrian Arab Army", "Syrian government forces", "Military Forces of Syria"],
           "ar": ["الجيش السوري", "وحدات الجيش", "القوات الحكومية"]}
ARMED_GROUPS_637 = {"en": ["Syrian armed opposition groups", "rebels", "Southern Front", "Free Syrian Army"],
                    "ar": ["الجماعات المسلحة", "المسلحين", "المسلحون"]}
BATTLE_637 = merge(SAA_637, ARMED_GROUPS_637)
RU_AEROSPACE = {"en": ["Russian Aerospace Forces", "Russian Air Force", "Military Forces of Russia",
                        "Russia"],
                "ar": ["القوات الجوية الفضائية الروسية"]}
RU_AIR_637 = {"en": ["Russian Air Force", "Russian Aerospace Forces", "Military Forces of Russia", "Russia"],
              "ar": ["الطيران الروسي"]}
OPPOSITION_PAGES = {"en": ["Syrian opposition media", "Syrian armed opposition"],
                    "ar": ["صفحات تابعة للمعارضة المسلحة"]}
DISPLACED_637 = {"en": ["displaced families of the Hauran", "IDPs", "civilians"],
                 "ar": ["نحو خمسة آلاف عائلة", "خمسة آلاف عائلة"]}
JO_AUTHORITIES = {"en": ["Jordanian authorities", "Government of Jordan", "Jordan"],
                  "ar": ["السلطات الأردنية"]}
DISPLACED_AT_BORDER = {"en": ["displaced Syrians", "IDPs", "civilians"], "ar": ["النازحين"]}
GOV_FORCES_637 = {"en": ["Syrian government forces", "Syrian Arab Army", "Military Forces of Syria"],
                  "ar": ["القوات الحكومية"]}
SM_YOUTHS = {"en": ["young men of Sheikh Maskin", "civilians"], "ar": ["عشرات الشبان"]}
SY_HELICOPTERS = {"en": ["Syrian Air Force helicopters", "Syrian Arab Army", "Military Forces of Syria"],
                  "ar": ["مروحيات سورية"]}
SOUTHERN_FRONT = {"en": ["Southern Front", "Free Syrian Army", "Syrian armed opposition"],
                  "ar": ["«الجبهة الجنوبية»", "الجبهة الجنوبية"]}
RUSSIA_637 = {"en": ["Russia", "Government of Russia", "Moscow"], "ar": ["روسيا", "موسكو"]}
UN_637 = {"en": ["United Nations", "UN"], "ar": ["الأمم المتحدة"]}
IZRA_PUPILS = {"en": ["schoolchildren in Izra", "civilians"], "ar": ["أربعة تلاميذ"]}
NAWA_CONTACTS = {"en": ["notables of Nawa", "Syrian army officers"],
                 "ar": ["وجهاء من نوى", "ضباط في الجيش السوري"]}
FACTION_LEADERS_637 = {"en": ["faction leaders in Nawa", "Syrian armed opposition", "rebels"],
                       "ar": ["قادة الفصائل", "الفصائل"]}
GENEVA_SIDES = {"en": ["Syrian government and opposition delegations", "Government of Syria",
                       "Syrian opposition", "High Negotiations Committee"],
                "ar": ["وفدي الحكومة السورية والمعارضة", "الحكومة السورية", "وفد المعارضة"]}
RU_SOLDIERS = {"en": ["Russian military", "Military Forces of Russia", "Russian Ministry of Defence"],
               "ar": ["عسكريون روس", "وزارة الدفاع الروسية"]}
IZRA_RESIDENTS = {"en": ["residents and IDPs of Izra", "civilians"], "ar": ["سكان مدينة إزرع"]}
RU_FM = {"en": ["Russian Foreign Minister", "Government of Russia", "Russia"], "ar": ["وزير الخارجية الروسي"]}
JO_FM = {"en": ["Jordanian Foreign Minister", "Government of Jordan", "Jordan"], "ar": ["نظيره الأردني"]}

# ====================================================== places: 637
SHEIKH_MASKIN = {"accept": ["بلدة الشيخ مسكين", "الشيخ مسكين", "Sheikh Maskin", "Shaykh Miskin",
                            "al-Shaykh Maskin"]}
IBTA = {"accept": ["بلدتي إبطع وداعل", "إبطع", "Ibta", "Ibta'", "داعل", "Dael", "Da'el"]}
NAWA_HOSPITAL = {"accept": ["المستشفى الوطني في مدينة نوى", "مدينة نوى", "نوى", "Nawa",
                            "Nawa National Hospital"]}
FLIGHT_637 = {"accept": ["نوى", "Nawa", "الشيخ مسكين", "Sheikh Maskin", "إبطع", "Ibta", "الحدود الأردنية",
                         "Jordanian border"]}
JO_BORDER = {"accept": ["معابرها الحدودية مع سوريا", "الحدود الأردنية", "Jordanian border",
                        "Jordan-Syria border"]}
NAWA_IBTA = {"accept": ["نوى", "Nawa", "إبطع", "Ibta"]}
NAWA = {"accept": ["نوى", "Nawa", "مدينة نوى"]}
IZRA = {"accept": ["مدينة إزرع", "إزرع", "Izra", "Izraa", "Izra'"]}
GENEVA = {"accept": ["جنيف", "Geneva", "قصر الأمم بجنيف", "Palais des Nations"]}
NAWA_EAST = {"accept": ["الأطراف الشرقية لمدينة نوى", "نوى", "Nawa"]}

# ================================ 638: Sinjar, Highway 47, Solagh, Tal Qasab (Nineveh, Iraq; 2015)
COALITION_638 = {"en": ["US-led coalition", "international coalition", "Combined Joint Task Force"],
                 "ar": ["طائرات التحالف الدولي", "التحالف الدولي", "قيادة التحالف"]}
ISIS_638 = {"en": ["Islamic State", "ISIS", "ISIL", "Daesh", "IS"],
            "ar": ["داعش", "عناصر التنظيم", "التنظيم"]}
PESHMERGA = {"en": ["Peshmerga", "Kurdistan Region Peshmerga", "Kurdistan Regional Government"],
             "ar": ["قوات البيشمركة", "البيشمركة"]}
HPE = {"en": ["Protection Force of Ezidkhan", "HPE", "Yazidi fighters"],
       "ar": ["مقاتلو «قوات حماية إيزيدخان»", "«قوات حماية إيزيدخان»", "قوات حماية إيزيدخان"]}
ROAD_CLASH = merge(PESHMERGA, ISIS_638)
BATTLE_638 = merge(PESHMERGA, HPE, ISIS_638)
PESH_TEAM = {"en": ["Peshmerga search team", "Peshmerga"], "ar": ["فريق من البيشمركة", "البيشمركة"]}
KDP_OFFICIAL = {"en": ["Kurdistan Democratic Party official", "KDP", "Kurdistan Democratic Party"],
                "ar": ["مسؤول محلي في الحزب الديمقراطي الكردستاني", "الحزب الديمقراطي الكردستاني"]}
YBS = {"en": ["Sinjar Resistance Units", "YBS"],
       "ar": ["«وحدات مقاومة شنكال»", "وحدات مقاومة شنكال", "هذه الوحدات"]}
YAZIDI_WOMEN = {"en": ["Yazidi women", "civilians"], "ar": ["نحو سبعين امرأة", "سبعين امرأة"]}
ASAYISH = {"en": ["Asayish", "Kurdish security forces", "Kurdistan Regional Government"],
           "ar": ["قوات «الأسايش» الكردية", "«الأسايش»", "الأسايش"]}
TAL_QASAB_MEN = {"en": ["men of Tal Qasab", "civilians"], "ar": ["خمسة رجال"]}
KRG_PRESIDENT = {"en": ["President of the Kurdistan Region", "Kurdistan Regional Government"],
                 "ar": ["رئيس إقليم كردستان"]}
FRONT_COMMANDERS = {"en": ["Peshmerga front commanders", "Yazidi tribal representatives"],
                    "ar": ["قادة المحاور", "ممثلين عن العشائر الإيزيدية"]}
DEMINERS = merge({"en": ["Peshmerga military engineers", "Peshmerga"],
                  "ar": ["فرق الهندسة العسكرية في البيشمركة", "البيشمركة"]},
                 {"en": ["coalition experts", "US-led coalition"], "ar": ["خبراء من التحالف الدولي"]})
YAZIDI_COUNCIL = {"en": ["Yazidi Spiritual Council", "Yazidi Supreme Spiritual Council"],
                  "ar": ["المجلس الروحاني الإيزيدي"]}
YAZIDI_FAMILIES = {"en": ["Yazidi families", "civilians"], "ar": ["العائلات"]}
UN_638 = {"en": ["United Nations", "UN"], "ar": ["الأمم المتحدة"]}
PESH_COMMAND = {"en": ["Peshmerga command", "Peshmerga"], "ar": ["قيادة البيشمركة"]}
UNHCR_638 = {"en": ["UNHCR", "United Nations High Commissioner for Refugees"],
             "ar": ["المفوضية السامية للأمم المتحدة لشؤون اللاجئين"]}
YAZIDI_IDPS = {"en": ["Yazidi IDP families", "IDPs", "civilians"],
               "ar": ["آلاف العائلات الإيزيدية", "العائلات الإيزيدية"]}
TAL_QASAB_VILLAGERS = {"en": ["villagers of Tal Qasab", "civilians"], "ar": ["بقية سكانها"]}

# ====================================================== places: 638
SINJAR = {"accept": ["مركز شنكال", "شنكال", "سنجار", "Sinjar", "Shingal", "Sinjar town"]}
HIGHWAY_47 = {"accept": ["الطريق الدولي رقم 47", "الطريق الدولي", "Highway 47", "Route 47",
                         "Raqqa-Mosul road"]}
SHUHADA = {"accept": ["حي الشهداء", "al-Shuhada quarter", "Sinjar"]}
SOLAGH = {"accept": ["مجمع صولاغ", "صولاغ", "Solagh", "Solakh"]}
TAL_AFAR = {"accept": ["تلعفر", "البعاج", "Tal Afar", "Baaj", "al-Baaj"]}
TAL_QASAB = {"accept": ["قرية تل قصب", "تل قصب", "Tal Qasab", "Tel Qasab"]}
MOUNT_SINJAR = {"accept": ["جبل شنكال", "جبل سنجار", "Mount Sinjar", "Sinjar Mountains"]}
DOHUK_CAMPS = {"accept": ["مخيمات النازحين بمحافظة دهوك", "دهوك", "Dohuk", "Duhok"]}

# ================================ 639: Gharyan, Mitiga, Ain Zara, Abu Salim (Libya; 2019)
LNA_639 = {"en": ["Libyan National Army", "LNA", "Haftar forces"],
           "ar": ["القوات المعتدية", "للقوات المعتدية"]}
GNA_639 = {"en": ["Government of National Accord forces", "GNA forces", "Volcano of Rage",
                  "Military Forces of Libya (GNA)"],
           "ar": ["قوات حكومة الوفاق الوطني", "قوات الوفاق", "لقوات الوفاق"]}
BATTLE_639 = merge(GNA_639, LNA_639)
GNA_AIR = {"en": ["GNA air force", "GNA drones", "Government of National Accord"],
           "ar": ["سلاح الجو التابع لحكومة الوفاق"]}
LNA_CONVOY = {"en": ["LNA convoy", "Libyan National Army", "LNA"],
              "ar": ["رتل للقوات المعتدية", "للقوات المعتدية"]}
LNA_PRISONERS = {"en": ["captured LNA fighters", "Libyan National Army", "LNA"],
                 "ar": ["ثمانية عشر عنصراً من القوات المعتدية", "القوات المعتدية"]}
LNA_COMMAND = {"en": ["LNA General Command", "Libyan National Army", "LNA"],
               "ar": ["القيادة العامة للقوات المعتدية"]}
AIRLINES = {"en": ["airlines"], "ar": ["شركات الطيران"]}
GNA_INTERIOR = {"en": ["GNA Minister of Interior", "Government of National Accord"],
                "ar": ["وزير الداخلية في حكومة الوفاق"]}
UAE = {"en": ["United Arab Emirates", "UAE", "Government of the United Arab Emirates"],
       "ar": ["دولة الإمارات"]}
UNSC_639 = {"en": ["UN Security Council", "United Nations Security Council"], "ar": ["مجلس الأمن"]}
UNSMIL = {"en": ["UNSMIL", "United Nations Support Mission in Libya", "United Nations"],
          "ar": ["البعثة الأممية"]}
ABU_SALIM_CIVILIANS = {"en": ["civilians of Abu Salim", "civilians"], "ar": ["أربعة مدنيين"]}
GULF_STATE = {"en": ["a Gulf state", "foreign backer"], "ar": ["دولة خليجية"]}
GNA_HEALTH = {"en": ["GNA Ministry of Health", "Government of National Accord"],
              "ar": ["وزارة الصحة في حكومة الوفاق"]}
GHARYAN_HOSPITAL = {"en": ["Gharyan General Hospital"], "ar": ["مستشفى غريان العام"]}
ACTIVISTS_639 = {"en": ["activists and civil society groups", "protesters"],
                 "ar": ["ناشطون ومؤسسات من المجتمع المدني", "ناشطون"]}
GHARYAN_COUNCIL = {"en": ["Gharyan Municipal Council"], "ar": ["المجلس البلدي غريان"]}
PRESIDENTIAL_COUNCIL = {"en": ["Presidential Council", "Government of National Accord"],
                        "ar": ["المجلس الرئاسي"]}
PC_HEAD = {"en": ["Head of the Presidential Council", "Government of National Accord"],
           "ar": ["رئيس المجلس الرئاسي"]}
IT_AMBASSADOR = {"en": ["Italian ambassador", "Government of Italy", "Italy"], "ar": ["السفير الإيطالي"]}

# ====================================================== places: 639
MITIGA = {"accept": ["مطار معيتيقة الدولي", "مطار معيتيقة", "معيتيقة", "Mitiga International Airport",
                     "Mitiga airport", "Mitiga"]}
GHARYAN = {"accept": ["مدينة غريان", "غريان", "Gharyan", "Gharian"]}
ASABIA = {"accept": ["الأصابعة", "al-Asabia", "Asabaa", "Asaba"]}
SOUTH_FRONTS = {"accept": ["محوري عين زارة ووادي الربيع", "عين زارة", "Ain Zara", "وادي الربيع",
                           "Wadi al-Rabie"]}
GHARYAN_SOUTH_TRIPOLI = {"accept": ["غريان", "Gharyan", "جنوب طرابلس", "southern Tripoli"]}
ABU_SALIM = {"accept": ["حي أبو سليم", "أبو سليم", "Abu Salim", "Abu Sleem"]}
KHADIM = {"accept": ["قاعدة الخادم الجوية", "قاعدة الخادم", "al-Khadim air base", "Al Khadim"]}
MARTYRS_SQUARE = {"accept": ["ميدان الشهداء", "Martyrs' Square", "Martyrs Square", "طرابلس", "Tripoli"]}
TRIPOLI = {"accept": ["طرابلس", "Tripoli"]}

# ================================ 640: El Geneina, Adre, Wadi Kaja, Misterei (West Darfur; 2023)
RSF = {"en": ["Rapid Support Forces", "RSF"], "ar": ["قوات الدعم السريع", "الدعم السريع"]}
RSF_GUNMEN = {"en": ["Rapid Support Forces", "RSF", "gunmen in RSF uniform"],
              "ar": ["مسلحون بزي الدعم السريع", "قوات الدعم السريع", "الدعم السريع"]}
ARAB_MILITIAS = {"en": ["allied Arab militias", "Janjaweed", "Arab militias"],
                 "ar": ["ميليشيات عربية متحالفة معها", "ميليشيات عربية"]}
RSF_AND_MILITIAS = merge(RSF, ARAB_MILITIAS)
WD_GOVERNOR = {"en": ["Governor of West Darfur", "Government of Sudan"],
               "ar": ["والي ولاية غرب دارفور", "الوالي"]}
GENEINA_RESIDENTS = {"en": ["residents of El Geneina", "civilians", "Masalit"], "ar": ["السكان"]}
REFUGEES_640 = {"en": ["Sudanese refugees", "refugees", "civilians"],
                "ar": ["أكثر من ستة آلاف شخص", "ستة آلاف شخص"]}
MSF = {"en": ["Medecins Sans Frontieres", "MSF", "Doctors Without Borders"],
       "ar": ["منظمة «أطباء بلا حدود»", "«أطباء بلا حدود»", "أطباء بلا حدود"]}
WOUNDED_640 = {"en": ["wounded refugees", "refugees"], "ar": ["عشرات الجرحى"]}
CHAD_SPOKESMAN = {"en": ["Government of Chad spokesman", "Government of Chad", "Chad"],
                  "ar": ["الناطق باسم الحكومة التشادية"]}
CHAD_ARMY = {"en": ["Chadian army", "Military Forces of Chad"], "ar": ["الجيش التشادي"]}
WFP = {"en": ["World Food Programme", "WFP"], "ar": ["برنامج الأغذية العالمي"]}
ADRE_REFUGEES = {"en": ["Sudanese refugees in Adre", "refugees"],
                 "ar": ["نحو عشرين ألف لاجئ", "عشرين ألف لاجئ"]}
MISTEREI_GUNMEN = {"en": ["gunmen on motorbikes and horses", "Arab militias", "Janjaweed"],
                   "ar": ["مسلحون على دراجات نارية وخيول"]}
FLEEING_FAMILIES = {"en": ["fleeing families", "civilians"], "ar": ["عائلات فارة"]}
AU = {"en": ["African Union", "AU"], "ar": ["الاتحاد الأفريقي"]}
SAF_AND_RSF = merge({"en": ["Sudanese Armed Forces", "SAF"], "ar": ["الجيش السوداني"]}, RSF)
NEIGHBOURS_640 = {"en": ["Sudan's neighbouring countries"], "ar": ["دول الجوار"]}
AID_ORGS_640 = {"en": ["humanitarian organisations", "aid agencies"], "ar": ["المنظمات الإنسانية"]}
SD_MFA = {"en": ["Sudanese Ministry of Foreign Affairs", "Government of Sudan"],
          "ar": ["وزارة الخارجية السودانية"]}
CHAD_GOV = {"en": ["Government of Chad", "Chadian army", "Military Forces of Chad"],
            "ar": ["الحكومة التشادية"]}
CHAD_FM = {"en": ["Chadian Foreign Minister", "Government of Chad"], "ar": ["وزير الخارجية التشادي"]}
UN_ENVOY_SD = {"en": ["UN envoy to Sudan", "United Nations"], "ar": ["المبعوث الأممي إلى السودان"]}
GENDARMERIE = {"en": ["Chadian gendarmerie", "Military Forces of Chad", "Government of Chad"],
               "ar": ["قوات الدرك التشادية"]}
ARMED_SUDANESE = {"en": ["Sudanese gunmen", "armed men"], "ar": ["سبعة مسلحين سودانيين"]}

# ====================================================== places: 640
GENEINA = {"accept": ["مدينة الجنينة", "الجنينة", "El Geneina", "Geneina", "al-Junaynah"]}
GENEINA_DISTRICTS = {"accept": ["أحياء الجمارك والمدارس والثورة في الجنينة", "الجنينة", "El Geneina",
                                "Geneina", "al-Jamarik", "al-Madaris", "al-Thawra"]}
ADRE = {"accept": ["مدينة أدري التشادية", "أدري", "Adre", "Adré"]}
ADRE_SITES = {"accept": ["مواقع تجمع مؤقتة على أطراف أدري", "أدري", "Adre", "Adré"]}
MISTEREI = {"accept": ["بلدة مستري", "مستري", "Misterei", "Mistere"]}
KAJA_BRIDGE = {"accept": ["وادي كجا", "Wadi Kaja", "جسر وادي كجا", "Kaja bridge"]}
ADRE_BORDER = {"accept": ["الشريط الحدودي قرب أدري", "أدري", "Adre", "Adré"]}
NDJAMENA = {"accept": ["نجامينا", "N'Djamena", "Ndjamena"]}
