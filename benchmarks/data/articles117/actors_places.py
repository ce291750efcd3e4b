"""Accepted actor names and place names for the hundred-and-seventeenth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries
and not copied from the earlier sets' lists (the style is the same: Arabic surface forms as they
occur in the articles, common variants, and English names). No gazetteer was opened: place names
carry their usual Arabic and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «الحكومة», «الدولة», «الجبل») are left out on purpose, with four
exceptions, each used only in the article where it names a single actor:
- 583: «الدولة» (only ever the Lebanese state) and «الجبل» (only ever Jabal Mohsen and its gunmen);
- 584: «الجيش» (only ever the Tunisian army) and «الحكومة» (only ever the Tunisian government).
In meetings, joint work and agreements between two parties (CONSULT, AGREE, COOPERATE) both parties are
accepted in either role. One-sided attacks have their perpetrator as source (none where the text names
none) and their victims as recipient; a two-sided clash has both sides as source and no recipient; a claim
or the other side's version made in the event's own paragraphs keeps the party it blames among the
accepted sources.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ============================================================ 581: Kafr Zita, al-Latamneh, Morek,
# Kafr Nabudah (Hama governorate, Syria), 2019
SY_REGIME = {"en": ["Syrian government forces", "Syrian army", "Syrian government"],
             "ar": ["قوات النظام", "راجمات صواريخ تابعة لقوات النظام", "وحدات الجيش"]}
HARVESTERS = {"en": ["harvest workers", "farm workers", "civilians"],
              "ar": ["مجموعة من عمال الحصاد", "عمال الحصاد", "العمال"]}
KZ_COUNCIL = {"en": ["Kafr Zita local council", "local council of Kafr Zita"],
              "ar": ["المجلس المحلي لكفرزيتا", "المجلس المحلي للبلدة", "المجلس المحلي"]}
RUSSIA_REGIME = {"en": ["Russia", "Syrian government", "Russian military"], "ar": ["روسيا والنظام", "روسيا"]}
TURKEY = {"en": ["Turkey", "Turkish government", "Turkish side"], "ar": ["الجانب التركي"]}
SY_ARMY_COMMAND = {"en": ["Syrian army General Command", "Syrian army", "Syrian government"],
                   "ar": ["«القيادة العامة للجيش»", "القيادة العامة للجيش"]}
LAT_KZ_RESIDENTS = {"en": ["residents of al-Latamneh and Kafr Zita", "residents"],
                    "ar": ["سكان في اللطامنة وكفرزيتا", "الأهالي"]}
NLF = {"en": ["National Liberation Front", "NLF", "rebels"],
       "ar": ["مقاتلي «الجبهة الوطنية للتحرير»", "«الجبهة الوطنية للتحرير»", "الجبهة الوطنية للتحرير"]}
CD_FARMERS = {"en": ["Syrian Civil Defence", "White Helmets", "farmers"],
              "ar": ["متطوعون من الدفاع المدني", "فلاحين من البلدتين", "الدفاع المدني"]}
AREA_FARMERS = {"en": ["farmers", "farmers of the area"], "ar": ["فلاحي المنطقة"]}
AID_GROUPS = {"en": ["humanitarian organisations", "NGOs"],
              "ar": ["منظمات إنسانية عاملة في الشمال", "منظمات إنسانية"]}
ACTIVISTS_HAMA = {"en": ["activists", "activists of the northern Hama countryside"],
                  "ar": ["ناشطون في ريف حماة الشمالي", "ناشطون"]}
TRADERS_COUNCIL = {"en": ["grain traders", "Kafr Zita local council"],
                   "ar": ["تجار حبوب", "المجلس المحلي لكفرزيتا"]}
FARMERS_UNION = {"en": ["farmers' union", "Farmers' Union of the liberated Hama countryside"],
                 "ar": ["اتحاد الفلاحين في ريف حماة المحرر", "اتحاد الفلاحين"]}
GRAIN_BOARD = {"en": ["Syrian General Establishment for Grain", "Syrian government"],
               "ar": ["«المؤسسة السورية للحبوب»", "المؤسسة السورية للحبوب"]}
RUS_AIR = {"en": ["Russian Air Force", "Russian military", "Russia"], "ar": ["طائرات حربية روسية"]}
KN_HARVESTER = {"en": ["harvester driver and his son", "farmers", "civilians"],
                "ar": ["حصّادة زراعية", "سائقها وابنه"]}

# ====================================================== places: 581
HAMA_GOV = {"accept": ["محافظة حماة", "ريف حماة", "حماة", "Hama", "Hama Governorate"]}
NORTH_HAMA = place({"accept": ["ريف حماة الشمالي", "northern Hama countryside", "northern Hama"]}, HAMA_GOV)
LAT_MOREK = place({"accept": ["الحقول المحيطة ببلدتي اللطامنة ومورك", "اللطامنة", "مورك", "al-Latamneh",
                              "Latamneh", "Morek", "Murak"]}, NORTH_HAMA)
KZ_FIELDS = place({"accept": ["الأراضي الزراعية الواقعة بين كفرزيتا واللطامنة", "كفرزيتا", "اللطامنة",
                              "Kafr Zita", "Kafr Zeita", "al-Latamneh"]}, NORTH_HAMA)
KAFR_ZITA = place({"accept": ["بلدة كفرزيتا", "كفرزيتا", "Kafr Zita", "Kafr Zeita"]}, NORTH_HAMA)
KZ_LAT = place({"accept": ["كفرزيتا", "اللطامنة", "Kafr Zita", "al-Latamneh", "Latamneh"]}, NORTH_HAMA)
TEL_MALAH = place({"accept": ["تل ملح شمال غربي كفرزيتا", "تل ملح", "Tell Malah", "Tal Malah", "كفرزيتا",
                              "Kafr Zita"]}, NORTH_HAMA)
LATAMNEH = place({"accept": ["اللطامنة", "al-Latamneh", "Latamneh"]}, NORTH_HAMA)
MOREK_POST = place({"accept": ["نقطة المراقبة التركية في مورك", "مورك", "Morek", "Murak",
                               "Turkish observation post in Morek"]}, NORTH_HAMA)
LIBERATED_HAMA = place({"accept": ["ريف حماة المحرر"]}, HAMA_GOV)
KAFR_NABUDAH = place({"accept": ["قرب بلدة كفرنبودة", "بلدة كفرنبودة", "كفرنبودة", "Kafr Nabudah",
                                 "Kafr Nbouda", "Kafr Naboudeh"]}, NORTH_HAMA)

# ============================================================ 582: Latakia city, al-Ziraa, the sports city,
# Jabal al-Akrad, Kinsabba, Salma, Jableh (Latakia governorate, Syria), 2014
LAT_MILITANTS = {"en": ["armed terrorist groups", "rebels", "opposition factions", "Coastal Operations Room"],
                 "ar": ["المجموعات الإرهابية المسلحة", "«غرفة عمليات الساحل»", "غرفة عمليات الساحل"]}
ZIRAA_CIVILIANS = {"en": ["civilians", "residents of al-Ziraa"], "ar": ["ثلاثة مدنيين", "مدنيين"]}
SY_AIR = {"en": ["Syrian Air Force", "Syrian government"], "ar": ["الطيران"]}
SAA = {"en": ["Syrian Arab Army", "Syrian army", "Syrian government"], "ar": ["الجيش العربي السوري"]}
AKRAD_MILITANTS = {"en": ["militants", "rebels", "armed groups"], "ar": ["تجمعات للإرهابيين"]}
LAT_POLICE = {"en": ["Latakia police command", "Syrian police", "Syrian government"],
              "ar": ["قيادة شرطة محافظة اللاذقية", "قيادة الشرطة"]}
ZIRAA_COMMITTEE = {"en": ["al-Ziraa residents' committee", "residents' committee"],
                   "ar": ["لجنة أهالي حي الزراعة", "لجنة أهالي"]}
TERROR_SPONSORS = {"en": ["Turkey", "states supporting terrorism"],
                   "ar": ["«الدول الداعمة للإرهاب، وفي مقدمها تركيا»", "الدول الداعمة للإرهاب", "تركيا"]}
LAT_GOVERNOR = {"en": ["governor of Latakia", "Latakia governorate", "Syrian government"],
                "ar": ["محافظ اللاذقية"]}
AKRAD_COMMANDER = {"en": ["rebel commander in Jabal al-Akrad", "rebels", "armed faction"],
                   "ar": ["قائد فصيل مسلح في جبل الأكراد", "قائد فصيل مسلح"]}
LATAKIA_PEOPLE = {"en": ["Latakia", "residents of Latakia"], "ar": ["اللاذقية"]}
MIL_SECURITY = {"en": ["Military Security", "Syrian security forces", "Syrian government"],
                "ar": ["الأمن العسكري", "فرع الأمن العسكري"]}
SPORTS_CITY_MAN = {"en": ["young man from the sports city", "displaced man"],
                   "ar": ["شاباً من سكان المدينة الرياضية"]}
AUTHORITIES = {"en": ["Syrian authorities", "Syrian security forces", "Military Security"],
               "ar": ["الجهات المختصة", "فرع الأمن العسكري", "الأمن العسكري"]}
NINE_YOUNG = {"en": ["nine young men from displaced families", "displaced young men"],
              "ar": ["تسعة شبان من العائلات النازحة", "تسعة شبان"]}
SARC_UNICEF = {"en": ["Syrian Arab Red Crescent", "SARC", "UNICEF"],
               "ar": ["الهلال الأحمر العربي السوري", "منظمة «يونيسف»", "«يونيسف»"]}
SPORTS_DISPLACED = {"en": ["displaced families", "internally displaced people"],
                    "ar": ["العائلات النازحة المقيمة في المدينة الرياضية", "العائلات النازحة"]}
NDF_LAT = {"en": ["National Defence Forces", "NDF", "Syrian government"],
           "ar": ["قيادة «الدفاع الوطني» في اللاذقية", "«الدفاع الوطني»", "الدفاع الوطني"]}
LAT_CITY_COUNCIL = {"en": ["Latakia city council"], "ar": ["مجلس مدينة اللاذقية"]}
ARMY_POLICE = {"en": ["Syrian Arab Army", "Syrian army", "Latakia police command"],
               "ar": ["«الرد السريع لحماة الديار»", "حماة الديار", "قيادة الشرطة"]}
JABLEH_VICTIMS = {"en": ["civilians", "shoppers"], "ar": ["امرأة ورجل مسن"]}

# ====================================================== places: 582
LAT_GOV = {"accept": ["محافظة اللاذقية", "اللاذقية", "Latakia", "Latakia Governorate", "Lattakia"]}
LAT_CITY = place({"accept": ["مدينة اللاذقية", "اللاذقية", "Latakia", "Lattakia", "Latakia city"]}, LAT_GOV)
ZIRAA = place({"accept": ["حي الزراعة في مدينة اللاذقية", "حي الزراعة", "دوار الزراعة", "al-Ziraa",
                          "Ziraa"]}, LAT_CITY)
JABAL_AKRAD = place({"accept": ["جبل الأكراد", "Jabal al-Akrad", "Kurd Mountain", "ريف اللاذقية الشمالي",
                                "northern Latakia countryside"]}, LAT_GOV)
KINSABBA_SALMA = place({"accept": ["محيط بلدتي كنسبا وسلمى", "كنسبا", "سلمى", "Kinsabba", "Kinsibba", "Salma",
                                   "Slama"]}, JABAL_AKRAD)
NORTH_QUARTERS = place({"accept": ["مداخل الأحياء الشمالية", "الأحياء الشمالية"]}, LAT_CITY)
SPORTS_CITY = place({"accept": ["المدينة الرياضية", "Latakia Sports City", "sports city"]}, LAT_CITY)
JABLEH_MARKET = place({"accept": ["سوق شعبي في مدينة جبلة", "مدينة جبلة", "جبلة", "Jableh", "Jablah",
                                  "Jebleh"]}, LAT_GOV)

# ============================================================ 583: Syria Street, Bab al-Tabbaneh, Jabal
# Mohsen, al-Qobbeh, Tripoli, al-Mashairfeh in Wadi Khaled (North Lebanon), 2013
LAF = {"en": ["Lebanese Army", "Lebanese Armed Forces", "LAF"],
       "ar": ["وحدات من الجيش اللبناني", "الجيش اللبناني", "قيادة الجيش"]}
TABBANEH_GUNMEN = {"en": ["Bab al-Tabbaneh gunmen", "Sunni gunmen", "gunmen"],
                   "ar": ["مسلحين من باب التبانة", "«مجموعات تكفيرية»"]}
MOHSEN_GUNMEN = {"en": ["Jabal Mohsen gunmen", "Arab Democratic Party", "gunmen"],
                 "ar": ["آخرين من جبل محسن", "«الحزب العربي الديمقراطي»"]}
CLASH_SIDES = merge(TABBANEH_GUNMEN, MOHSEN_GUNMEN)
ADP = {"en": ["Arab Democratic Party", "ADP"],
       "ar": ["«الحزب العربي الديمقراطي»", "الحزب العربي الديمقراطي"]}
SOME_MPS = {"en": ["some Tripoli MPs", "Tripoli MPs"], "ar": ["بعض نواب المدينة"]}
SCHOLARS = {"en": ["Association of Muslim Scholars in Tripoli", "Muslim Scholars Committee",
                   "Tripoli clerics"],
            "ar": ["هيئة العلماء المسلمين في طرابلس", "هيئة العلماء المسلمين"]}
LB_STATE = {"en": ["Lebanese state", "Lebanese government"], "ar": ["الدولة"]}
AXIS_LEADERS = {"en": ["Bab al-Tabbaneh militia leaders", "axis commanders", "Bab al-Tabbaneh gunmen"],
                "ar": ["«قادة محاور» في باب التبانة", "قادة محاور"]}
MOHSEN = {"en": ["Jabal Mohsen", "Jabal Mohsen gunmen"], "ar": ["جبل محسن", "الجبل"]}
ARMY_INTEL = {"en": ["Lebanese Army Intelligence", "Lebanese Army"],
              "ar": ["دورية لمخابرات الجيش", "مخابرات الجيش", "قيادة الجيش – مديرية التوجيه"]}
FIVE_WANTED = {"en": ["five wanted men", "suspects"], "ar": ["خمسة مطلوبين"]}
TRUCE_SIDES = {"en": ["figures of Bab al-Tabbaneh and Jabal Mohsen", "local notables", "Mufti of Tripoli"],
               "ar": ["فاعليات من المنطقتين", "مفتي المدينة"]}
TRIPOLI_MPS = {"en": ["Tripoli MPs and ministers", "Tripoli MPs"],
               "ar": ["نواب طرابلس ووزراؤها", "نواب طرابلس"]}
HDC = {"en": ["Higher Defence Council", "Lebanese government"], "ar": ["المجلس الأعلى للدفاع"]}
TRIPOLI_TRADERS = {"en": ["traders of Tripoli's old markets", "traders", "merchants"],
                   "ar": ["عشرات من تجار أسواق طرابلس القديمة", "تجار أسواق طرابلس القديمة"]}
LB_GOV = {"en": ["Lebanese government"], "ar": ["الحكومة"]}
TABBANEH_FIGURES = {"en": ["Bab al-Tabbaneh figures", "Bab al-Tabbaneh notables"],
                    "ar": ["فاعليات في باب التبانة"]}
SYRIAN_SIDE = {"en": ["Syrian army", "Syrian forces", "Syria"], "ar": ["الجانب السوري"]}
TWO_CHILDREN = {"en": ["two children", "civilians"], "ar": ["طفلين"]}

# ====================================================== places: 583
NORTH_LB = {"accept": ["محافظة الشمال", "شمال لبنان", "North Lebanon", "North Governorate"]}
TRIPOLI = place({"accept": ["مدينة طرابلس", "طرابلس", "Tripoli", "Tripoli, Lebanon"]}, NORTH_LB)
SYRIA_STREET = place({"accept": ["محاور شارع سوريا", "شارع سوريا", "Syria Street", "باب التبانة", "جبل محسن",
                                 "Bab al-Tabbaneh", "Jabal Mohsen"]}, TRIPOLI)
FRONT_LINES = place({"accept": ["محاور البقار والريفا والمنكوبين", "باب التبانة", "جبل محسن", "شارع سوريا",
                                "Bab al-Tabbaneh", "Bab el-Tabbaneh", "Jabal Mohsen", "Jabal Mehsen",
                                "Syria Street"]}, TRIPOLI)
TABBANEH = place({"accept": ["باب التبانة", "التبانة", "Bab al-Tabbaneh", "Bab el-Tabbaneh"]}, TRIPOLI)
QOBBEH = place({"accept": ["منطقة القبة", "القبة", "al-Qobbeh", "Qobbeh", "Kobbeh"]}, TRIPOLI)
TRIPOLI_SERAIL = place({"accept": ["أمام سراي طرابلس", "سراي طرابلس", "Tripoli Serail"]}, TRIPOLI)
MASHAIRFEH = place({"accept": ["أطراف بلدة المشيرفة", "بلدة المشيرفة", "المشيرفة", "al-Mashairfeh",
                               "Mashairfeh", "وادي خالد", "Wadi Khaled", "عكار", "Akkar"]}, NORTH_LB)

# ============================================================ 584: El Kamour, Tataouine, Dhehiba
# (Tataouine governorate, Tunisia), 2017
KAMOUR_PROTESTERS = {"en": ["El Kamour sit-in protesters", "protesters", "unemployed youth"],
                     "ar": ["عشرات من المعتصمين في منطقة الكامور", "المعتصمين", "المعتصمون", "للمعتصمين"]}
GN = {"en": ["National Guard", "Tunisian National Guard", "Tunisian security forces"],
      "ar": ["وحدات من الحرس الوطني", "الحرس الوطني", "سيارة رباعية الدفع تابعة لها"]}
YOUNG_PROTESTER = {"en": ["young protester", "protesters"],
                   "ar": ["شاباً في الثالثة والعشرين من عمره", "المعتصمين", "الشاب"]}
UGTT_TAT = {"en": ["UGTT regional union in Tataouine", "Tunisian General Labour Union", "UGTT"],
            "ar": ["الاتحاد الجهوي للشغل بتطاوين", "الاتحاد الجهوي للشغل"]}
INTERIOR = {"en": ["Tunisian Ministry of Interior", "Interior Ministry"], "ar": ["وزارة الداخلية"]}
DEFENCE = {"en": ["Tunisian Ministry of Defence", "Tunisian army"], "ar": ["وزارة الدفاع الوطني"]}
TN_ARMY = {"en": ["Tunisian army", "Tunisian armed forces"], "ar": ["وحدات الجيش", "الجيش"]}
THREAT_TARGETS = {"en": ["anyone trying to storm production sites", "protesters"],
                  "ar": ["كل من يحاول اقتحامها أو تعطيل العمل فيها", "كل من يحاول اقتحامها"]}
COORDINATORS = {"en": ["three coordinators of the sit-in", "sit-in coordinators"],
                "ar": ["ثلاثة من منسقي الاعتصام", "منسقي الاعتصام"]}
TN_GOV = {"en": ["Tunisian government"], "ar": ["الحكومة"]}
EMPLOYMENT_MINISTER = {"en": ["Minister of Employment", "Tunisian government"], "ar": ["وزير التشغيل"]}
INTERIOR_MINISTER = {"en": ["Tunisian Minister of Interior", "Interior Ministry"], "ar": ["وزير الداخلية"]}
GN_CHIEF = {"en": ["commander of the National Guard district of Tataouine", "National Guard"],
            "ar": ["آمر منطقة الحرس الوطني بتطاوين"]}
TALKS = {"en": ["ministerial delegation", "Tunisian government", "sit-in coordination",
                "national organisations"],
         "ar": ["وفد وزاري", "ممثلي التنسيقية والمنظمات الوطنية", "رئاسة الحكومة"]}
SUPPORTERS = {"en": ["regional lawyers' and doctors' bodies", "General Union of Tunisian Students", "UGET"],
              "ar": ["هيئات جهوية للمحامين والأطباء في قابس ومدنين", "الاتحاد العام لطلبة تونس"]}
DHEHIBA_PROTESTERS = {"en": ["unemployed protesters of Dhehiba", "unemployed protesters"],
                      "ar": ["اعتصاماً مماثلاً لمعطلين عن العمل", "معطلين عن العمل"]}

# ====================================================== places: 584
TAT_GOV = {"accept": ["ولاية تطاوين", "تطاوين", "Tataouine", "Tataouine Governorate"]}
KAMOUR = place({"accept": ["محطة الضخ في منطقة الكامور", "محطة الكامور", "منطقة الكامور", "الكامور",
                           "El Kamour", "Kamour", "al-Kamour", "صحراء تطاوين"]}, TAT_GOV)
TAT_CITY = place({"accept": ["مدينة تطاوين", "تطاوين", "Tataouine"]}, TAT_GOV)
DHEHIBA = place({"accept": ["مقر معتمدية ذهيبة", "معتمدية ذهيبة", "ذهيبة", "Dhehiba", "Dehiba"]}, TAT_GOV)
SOUTH_TN = {"accept": ["ولايات الجنوب", "جنوب تونس", "southern Tunisia"]}

# ============================================================ 585: the road between El Geneina and Adré,
# El Geneina, Adré (Chad), Murnei (West Darfur, Sudan), 2023
RSF = {"en": ["Rapid Support Forces", "RSF"], "ar": ["قوات الدعم السريع", "الدعم السريع"]}
RSF_REINFORCEMENTS = {"en": ["Rapid Support Forces", "RSF"],
                      "ar": ["تعزيزات للدعم السريع", "قوات الدعم السريع", "الدعم السريع"]}
RSF_GUNMEN = {"en": ["gunmen in RSF uniform", "Rapid Support Forces", "RSF", "unidentified gunmen"],
              "ar": ["مسلحون يرتدون زي قوات الدعم السريع", "«مجموعات متفلتة ترتدي زياً مشابهاً»",
                     "قوات الدعم السريع"]}
CONVOY = {"en": ["displaced people", "civilians fleeing El Geneina", "refugees"],
          "ar": ["قافلة من عربات «الكارو»", "فارين من مدينة الجنينة", "تسعة نازحين"]}
FORMER_REGIME = {"en": ["remnants of the former regime", "Islamists"], "ar": ["«فلول النظام البائد»"]}
MEN_ON_CARTS = {"en": ["displaced men", "displaced people"], "ar": ["الرجال"]}
UNHCR_WFP = {"en": ["UNHCR", "WFP", "World Food Programme", "UN Refugee Agency"],
             "ar": ["المفوضية السامية للأمم المتحدة لشؤون اللاجئين", "برنامج الأغذية العالمي", "المفوضية"]}
ADRE_REFUGEES = {"en": ["refugees in Adré", "Sudanese refugees"],
                 "ar": ["نحو أربعة آلاف لاجئ وصلوا إلى أدري", "أربعة آلاف لاجئ"]}
DBA = {"en": ["Darfur Bar Association", "Darfur lawyers"], "ar": ["هيئة محامي دارفور"]}
RSF_ALLIES = {"en": ["Rapid Support Forces", "RSF", "allied Arab militias"],
              "ar": ["قوات الدعم السريع والميليشيات المتحالفة معها", "قوات الدعم السريع"]}
UNSC = {"en": ["UN Security Council", "United Nations Security Council"], "ar": ["مجلس الأمن الدولي"]}
ICC = {"en": ["International Criminal Court", "ICC"], "ar": ["المحكمة الجنائية الدولية"]}
RSF_COMMANDER = {"en": ["RSF field commander", "Rapid Support Forces", "RSF"],
                 "ar": ["قائد ميداني في الدعم السريع", "الدعم السريع"]}
GENEINA_NOTABLES = {"en": ["notables of western El Geneina", "residents of El Geneina"],
                    "ar": ["أعيان أحياء غرب المدينة", "الأهالي", "الأعيان"]}
WOUNDED = {"en": ["the wounded", "civilians"], "ar": ["الجرحى"]}
OCHA = {"en": ["OCHA", "UN Office for the Coordination of Humanitarian Affairs", "United Nations"],
        "ar": ["وفد من مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية «أوتشا»",
               "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", "«أوتشا»"]}
REFUGEES_CHAD = {"en": ["refugees", "Chadian authorities"], "ar": ["ممثلين عن اللاجئين والسلطات التشادية"]}
CHAD_UNHCR = {"en": ["Chadian authorities", "Chad", "UNHCR"], "ar": ["السلطات التشادية", "المفوضية"]}
SD_MFA = {"en": ["Sudanese Ministry of Foreign Affairs", "Sudanese foreign ministry", "Sudanese government"],
          "ar": ["وزارة الخارجية السودانية"]}
RIGHTS_GROUPS = {"en": ["human rights organisations", "rights groups"], "ar": ["منظمات حقوقية"]}
MURNEI_RAIDERS = {"en": ["gunmen on horses and camels", "Arab militias", "gunmen"],
                  "ar": ["مسلحون على ظهور الخيل والجمال"]}
MURNEI_TRADERS = {"en": ["traders of Murnei", "civilians"], "ar": ["خمسة من التجار"]}

# ====================================================== places: 585
WEST_DARFUR = {"accept": ["ولاية غرب دارفور", "غرب دارفور", "West Darfur", "West Darfur State"]}
GENEINA = place({"accept": ["مدينة الجنينة", "الجنينة", "El Geneina", "Geneina", "al-Junaynah"]}, WEST_DARFUR)
GENEINA_ADRE_ROAD = place({"accept": ["الطريق بين الجنينة وبلدة أدري", "الطريق بين الجنينة وأدري", "الجنينة",
                                      "أدري", "El Geneina", "Geneina", "Adré", "Adre"]}, WEST_DARFUR)
GENEINA_WEST = place({"accept": ["أحياء غرب المدينة", "غرب المدينة"]}, GENEINA)
ADRE = {"accept": ["بلدة أدري", "أدري", "Adré", "Adre", "تشاد", "Chad"]}
ADRE_CROSSING = {"accept": ["المعبر", "معبر أدري", "أدري", "Adré", "Adre crossing", "Chad"]}
MURNEI = place({"accept": ["سوق بلدة مورني", "بلدة مورني", "مورني", "Murnei", "Mornei"]}, WEST_DARFUR)
