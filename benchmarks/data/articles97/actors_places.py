"""Accepted actor names and place names for the ninety-seventh team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «الشرطة», «الوزارة», «المجلس») are left out on purpose, with these
exceptions, each used only in an article where it names a single actor:
- 481: «الدورية» (only ever the Military Security patrol), «اللجنة» (only ever the Central Committee of
  western Daraa), «العصابة» (only ever the smuggling gang);
- 482: «المراقبين»/«البعثة» (only ever the UN observer mission), «النظام» (only ever the Syrian government);
- 483: «الوسطاء» (only ever the mediating sheikhs), «العشيرتين» (only ever the two feuding clans);
- 484: «المؤسسة» (only ever the Public Electricity Corporation), «المشايخ» (only ever the sheikhs who met
  the governor), «السلطات» (only ever the Yemeni authorities);
- 485: «الحزب» (only ever Hezbollah), «الاتحاد» (only ever the Union of Shqif Municipalities),
  «المستشفى» (only ever the Nabatieh Governmental Hospital).
In meetings, negotiations, joint patrols and agreements between two parties (CONSULT, AGREE, COOPERATE)
both parties are accepted in either role. In a two-sided fight (the Jordanian border clash of 481, the rebel
ambush of 482, the clan fight of 483) both sides are sources and there is no recipient.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ============================================================ 481: Tal Shihab and Tafas (Daraa), 2022
MIL_SEC = {"en": ["Syrian Military Security", "Military Security", "Syrian government"],
           "ar": ["دورية تابعة لفرع الأمن العسكري", "فرع الأمن العسكري", "الأمن العسكري", "الدورية"]}
TS_GUNMEN = {"en": ["gunmen of a smuggling gang", "smugglers", "unidentified gunmen", "gunmen"],
             "ar": ["مسلحون يستقلون سيارة رباعية الدفع", "مسلحون", "المسلحين", "مهرّبين"]}
TS_VICTIMS = {"en": ["two young men of Tal Shihab", "civilians"],
              "ar": ["شابين من أبناء البلدة", "شابين", "الشابين", "«مواطنَين»"]}
TS_ACTIVISTS = {"en": ["activists of Tal Shihab", "activists"], "ar": ["ناشطون من البلدة"]}
TS_LOCAL_GROUPS = {"en": ["local armed groups under Military Security cover", "Syrian Military Security"],
                   "ar": ["مجموعات محلية تعمل تحت غطاء الأمن العسكري", "مجموعات محلية"]}
JAF = {"en": ["Jordanian Armed Forces", "Jordanian border guards", "Military Forces of Jordan", "Jordan"],
       "ar": ["القوات المسلحة الأردنية", "وحدات من حرس الحدود", "حرس الحدود"]}
JO_SMUGGLERS = {"en": ["smugglers", "drug smugglers"], "ar": ["مجموعة من المهرّبين", "المهرّبين"]}
JO_CLASH = merge(JAF, JO_SMUGGLERS)
CENTRAL_COMMITTEE = {"en": ["Central Committee of western Daraa", "Daraa Central Committee"],
                     "ar": ["«اللجنة المركزية» في ريف درعا الغربي", "«اللجنة المركزية»", "اللجنة المركزية",
                            "اللجنة"]}
SECURITY_BODIES = {"en": ["unnamed security bodies", "Syrian security services"],
                   "ar": ["«جهات أمنية لم تسمّها»", "جهات أمنية"]}
RUSSIA = {"en": ["Russia", "Russian military police", "Russian Armed Forces"],
          "ar": ["الجانب الروسي", "ضباطاً من الشرطة العسكرية الروسية", "الشرطة العسكرية الروسية"]}
CC_RUSSIA = merge(CENTRAL_COMMITTEE, RUSSIA)
TS_PROTESTERS = {"en": ["residents of Tal Shihab", "protesters"],
                 "ar": ["مئات من أهالي تل شهاب", "أهالي تل شهاب", "المشاركون"]}
GANG_MEMBER = {"en": ["a member of the smuggling gang", "smuggling gang", "smugglers"],
               "ar": ["أحد أفراد العصابة", "العصابة"]}
TS_INFORMANTS = {"en": ["those who cooperate with the patrols", "residents"],
                 "ar": ["«كل من يتعاون مع الدوريات»", "كل من يتعاون مع الدوريات", "«المخبرين»"]}
SMUGGLING_SUSPECT = {"en": ["a leading smuggling suspect", "smuggler"],
                     "ar": ["أحد أبرز المتهمين بإدارة شبكة التهريب", "أحد أبرز المتهمين"]}
FARM_OWNERS = {"en": ["owners of the raided farms", "farm owners"],
               "ar": ["أصحاب المزارع التي دُهمت", "أصحاب المزارع"]}
JO_COURT = {"en": ["Jordanian State Security Court", "State Security Court", "Jordan"],
            "ar": ["محكمة أمن الدولة"]}
JO_CONVICTS = {"en": ["seven defendants", "convicted drug smugglers"], "ar": ["سبعة متهمين"]}
JO_AUTHORITIES = {"en": ["Jordanian authorities", "Jordan"], "ar": ["السلطات الأردنية", "قواتها"]}
TAFAS_GUNMEN = {"en": ["unidentified gunmen", "gunmen"], "ar": ["مسلحون مجهولون"]}
TAFAS_GROUP = {"en": ["a local armed group", "local militia"],
               "ar": ["حاجزاً لمجموعة محلية", "مجموعة محلية", "أحد عناصرها", "المجموعة"]}

# ====================================================== places: 481
DARAA_GOV = {"accept": ["محافظة درعا", "درعا", "Daraa", "Daraa Governorate", "Dar'a"]}
DARAA_WEST = {"accept": ["ريف درعا الغربي", "western Daraa countryside"]}
TAL_SHIHAB = place({"accept": ["الأطراف الجنوبية لبلدة تل شهاب", "بلدة تل شهاب", "تل شهاب", "Tal Shihab",
                               "Tell Shihab", "Tall Shihab"]}, DARAA_WEST, DARAA_GOV)
TS_ZAYZUN_ROAD = place({"accept": ["الطريق الزراعي بين تل شهاب وزيزون", "زيزون", "Zayzun", "Zeizoun"]},
                       TAL_SHIHAB)
JO_BORDER = {"accept": ["الشريط الحدودي على الواجهة الشمالية للمملكة", "الواجهة الشمالية للمملكة",
                        "الحدود الأردنية السورية", "Jordan–Syria border", "Jordanian border",
                        "northern Jordan"]}
MUZAYRIB = place({"accept": ["بلدة المزيريب", "المزيريب", "al-Muzayrib", "Muzayrib", "Mzeirib"]},
                 DARAA_WEST, DARAA_GOV)
DARAA_CITY = place({"accept": ["حاجز عند مدخل مدينة درعا", "مدخل مدينة درعا", "مدينة درعا", "Daraa city"]},
                   DARAA_GOV)
JORDAN = {"accept": ["الأردن", "Jordan"]}
JO_SY_BORDER = place({"accept": ["حدودها مع سوريا"]}, JO_BORDER, JORDAN)
TAFAS = place({"accept": ["المدخل الشمالي لمدينة طفس", "مدينة طفس", "طفس", "Tafas"]}, DARAA_WEST, DARAA_GOV)

# ============================================================ 482: al-Bara, Ariha and Saraqib (Idlib), 2012
SY_ARMY = {"en": ["Syrian army", "Syrian government forces", "Military Forces of Syria", "Syrian regime"],
           "ar": ["القوات النظامية السورية", "القوات النظامية", "حواجز الجيش", "وحدات الجيش"]}
BARA_CIVILIANS = {"en": ["civilians of al-Bara", "civilians"], "ar": ["ستة مدنيين", "مدنيين", "المدنيين"]}
FSA = {"en": ["Free Syrian Army", "FSA", "rebels", "Idlib Military Council"],
       "ar": ["مقاتلو «الجيش السوري الحر»", "«الجيش السوري الحر»", "الجيش السوري الحر", "«الجيش الحر»",
              "«المجلس العسكري في إدلب»"]}
SY_CONVOY = {"en": ["Syrian army convoy", "Syrian army", "Military Forces of Syria"],
             "ar": ["رتلاً عسكرياً", "أربعة جنود", "الجيش النظامي"]}
AMBUSH_SIDES = merge(FSA, SY_CONVOY)
UNSMIS = {"en": ["UN Supervision Mission in Syria", "UNSMIS", "UN observers", "United Nations"],
          "ar": ["فريق من بعثة المراقبين الدوليين", "بعثة المراقبين الدوليين", "المراقبين", "البعثة"]}
ARIHA_NOTABLES = {"en": ["notables and activists of Ariha", "activists"],
                  "ar": ["وجهاء وناشطين", "ناشطون رافقوا الفريق"]}
SNC = {"en": ["Syrian National Council", "SNC", "Syrian opposition"],
       "ar": ["«المجلس الوطني السوري»", "المجلس الوطني السوري"]}
SY_REGIME = {"en": ["Syrian regime", "Syrian government"], "ar": ["النظام"]}
UNSC = {"en": ["UN Security Council", "United Nations Security Council"], "ar": ["مجلس الأمن الدولي"]}
SY_SECURITY = {"en": ["Syrian security forces", "Syrian government"], "ar": ["قوات الأمن"]}
IDLIB_YOUTHS = {"en": ["about twenty young men", "civilians"], "ar": ["نحو عشرين شاباً", "عشرين شاباً"]}
IDLIB_PROTESTERS = {"en": ["protesters", "night demonstrators"], "ar": ["المشاركون فيها"]}
IDLIB_COMMITTEES = {"en": ["Idlib coordination committees", "Local Coordination Committees", "protesters"],
                    "ar": ["تنسيقيات محافظة إدلب", "تنسيقيات"]}
FSA_COMMANDER = merge({"en": ["FSA field commander in Jabal al-Zawiya"],
                       "ar": ["قائد ميداني في «الجيش الحر»", "قائد ميداني"]}, FSA)
SY_CHECKPOINTS = {"en": ["Syrian army checkpoints", "Syrian army", "Military Forces of Syria"],
                  "ar": ["الحواجز العسكرية", "القوات النظامية"]}
GCC = {"en": ["Gulf Cooperation Council", "GCC"], "ar": ["مجلس التعاون لدول الخليج العربية"]}
SY_PEOPLE = {"en": ["Syrian people", "Syrian opposition"], "ar": ["الشعب السوري"]}
SARAQIB_KIDNAPPERS = {"en": ["unidentified gunmen", "kidnappers"], "ar": ["مسلحون مجهولون"]}
SARAQIB_DRIVERS = {"en": ["three truck drivers from Saraqib", "civilians"],
                   "ar": ["ثلاثة سائقين من أبناء مدينة سراقب", "ثلاثة سائقين"]}

# ====================================================== places: 482
IDLIB_GOV = {"accept": ["محافظة إدلب", "إدلب", "Idlib", "Idlib Governorate", "Idleb"]}
ZAWIYA = {"accept": ["جبل الزاوية", "Jabal al-Zawiya", "Jebel Zawiye"]}
BARA = place({"accept": ["بلدة البارة", "البارة", "al-Bara", "Bara"]}, ZAWIYA, IDLIB_GOV)
ARIHA = place({"accept": ["مدينة أريحا", "أريحا", "Ariha"]}, IDLIB_GOV)
ARIHA_ROAD = place({"accept": ["الطريق بين أريحا ومعسكر المسطومة", "معسكر المسطومة", "al-Mastumah",
                               "Mastouma"]}, ARIHA)
MASTUMAH = place({"accept": ["معسكر المسطومة", "المسطومة", "al-Mastumah", "Mastouma camp"]}, IDLIB_GOV)
ZAWIYA_TOWNS = place({"accept": ["محيط بلدات جبل الزاوية", "بلدات جبل الزاوية"]}, ZAWIYA, IDLIB_GOV)
ZAWIYA_ALL = place(ZAWIYA, IDLIB_GOV)
IDLIB_CITY = place({"accept": ["الحي الشمالي لمدينة إدلب", "مدينة إدلب", "Idlib city"]}, IDLIB_GOV)
IDLIB_TOWNS = place({"accept": ["مدن المحافظة وبلداتها"]}, IDLIB_GOV)
SARAQIB_ROAD = place({"accept": ["الطريق الدولي", "مدينة سراقب", "سراقب", "Saraqib", "M5 highway"]},
                     IDLIB_GOV)

# ====================================================== 483: al-Majar al-Kabir and al-Kahla (Maysan), 2019
MAYSAN_POLICE = {"en": ["Maysan Police Command", "Iraqi police", "Police Forces of Iraq"],
                 "ar": ["قيادة شرطة محافظة ميسان", "قيادة شرطة ميسان", "إعلام القيادة", "قيادة الشرطة"]}
TWO_CLANS = {"en": ["two clans of al-Majar al-Kabir", "clan militias", "tribal gunmen"],
             "ar": ["أفراد من عشيرتين", "عشيرتين", "إحدى العشيرتين", "العشيرتين"]}
CLAN_NOTABLES = {"en": ["notables of one of the clans", "clan militia"], "ar": ["وجهاء من إحدى العشيرتين"]}
OTHER_SIDE = {"en": ["the other clan", "clan militia"], "ar": ["الطرفَ الآخر", "الطرف الآخر"]}
MAYSAN_EMERGENCY = {"en": ["Maysan Emergency Regiment", "Iraqi police", "Police Forces of Iraq"],
                    "ar": ["قوة من فوج طوارئ ميسان", "فوج طوارئ ميسان"]}
ELEVEN_WANTED = {"en": ["eleven wanted men", "clan members"], "ar": ["أحد عشر مطلوباً"]}
MEDIATORS = {"en": ["tribal sheikhs and notables of al-Maimouna and Qal'at Salih", "tribal mediators",
                    "mediators"],
             "ar": ["وفد من شيوخ العشائر ووجهائها", "شيوخ العشائر", "الوسطاء"]}
TRUCE_PARTIES = merge(MEDIATORS, TWO_CLANS)
CLAN_SHEIKH = merge({"en": ["sheikh of one of the two clans"], "ar": ["شيخ إحدى العشيرتين"]}, TWO_CLANS)
MAJAR_POLICE_STATION = {"en": ["al-Majar al-Kabir police station", "Iraqi police"],
                        "ar": ["مركز شرطة المجر الكبير"]}
MAYSAN_COUNCIL = {"en": ["Maysan Provincial Council", "Maysan provincial government"],
                  "ar": ["مجلس محافظة ميسان"]}
NOTABLES_AND_SECURITY = {"en": ["the notables and the security services", "mediators"],
                         "ar": ["الوجهاء والأجهزة الأمنية", "الوجهاء"]}
MAYSAN_CLANS = {"en": ["the clans of Maysan", "tribes"], "ar": ["العشائر"]}
FEUD_SHOOTERS = {"en": ["anyone who opens fire in tribal disputes", "tribal gunmen"],
                 "ar": ["كل من يُطلق النار في النزاعات العشائرية", "كل من يُطلق النار"]}
AMARAH_RELATIVE = {"en": ["a relative of one of the dead", "civilians"],
                   "ar": ["أحد أقارب القتيلين", "منزلاً في أحد أحياء مدينة العمارة"]}
OTHER_CLAN = {"en": ["the other clan", "clan militia"], "ar": ["العشيرة الأخرى"]}
VICTIM_FAMILY = {"en": ["the family of one of the dead"], "ar": ["عائلة أحد القتيلين"]}
MOI = {"en": ["Iraqi Ministry of Interior", "Ministry of Interior delegation"],
       "ar": ["وفد من وزارة الداخلية", "وزارة الداخلية"]}
MAYSAN_LEADERS = {"en": ["tribal sheikhs and security leaders of Maysan"],
                  "ar": ["شيوخ العشائر والقيادات الأمنية", "شيوخ العشائر"]}
MAYSAN_MPS = {"en": ["members of parliament"], "ar": ["مطالبات نيابية"]}
KAHLA_FAMILIES = {"en": ["two families of al-Kahla", "clan militias"],
                  "ar": ["عائلتين من سكنة قضاء الكحلاء", "عائلتين"]}
KAHLA_POLICE = {"en": ["Iraqi police"], "ar": ["الشرطة"]}

# ====================================================== places: 483
MAYSAN_GOV = {"accept": ["محافظة ميسان", "ميسان", "Maysan", "Maysan Governorate", "Missan"]}
MAJAR = place({"accept": ["قضاء المجر الكبير", "مدينة المجر الكبير", "المجر الكبير", "al-Majar al-Kabir",
                          "Majar al-Kabir", "Al Majarr al Kabir"]}, MAYSAN_GOV)
MAJAR_EAST = place({"accept": ["الأطراف الشرقية لمدينة المجر الكبير"]}, MAJAR)
MAJAR_POLICE = place({"accept": ["مركز شرطة المجر الكبير"]}, MAJAR)
AMARAH = place({"accept": ["أحد أحياء مدينة العمارة", "مدينة العمارة", "العمارة", "Amarah", "al-Amarah"]},
               MAYSAN_GOV)
AMARAH_CITY = place({"accept": ["العمارة", "مدينة العمارة", "Amarah", "al-Amarah"]}, MAYSAN_GOV)
KAHLA = place({"accept": ["قضاء الكحلاء", "الكحلاء", "al-Kahla", "Kahla"]}, MAYSAN_GOV)

# ============================================================ 484: Marib, al-Jadaan and Sirwah (Marib), 2013
SABOTEURS = {"en": ["tribal gunmen", "saboteurs", "tribesmen"],
             "ar": ["مسلحون قبليون", "مسلحي القبيلة", "المسلحين"]}
HILL_GUNMEN = {"en": ["tribal gunmen", "gunmen"],
               "ar": ["مسلحون كانوا يتمركزون على تلة مطلة على الطريق", "مسلحون", "مسلحين", "المسلحون"]}
REPAIR_TEAM = {"en": ["electricity repair team and its military escort", "soldiers",
                      "Military Forces of Yemen", "engineers"],
               "ar": ["فريق من مهندسي المؤسسة", "حراسته العسكرية", "جنديين", "الجنود", "الفريق"]}
TRIBE_NOTABLE = {"en": ["a notable of the gunmen's tribe", "tribal leader"], "ar": ["أحد وجهاء القبيلة"]}
YE_AUTHORITIES = {"en": ["Yemeni authorities", "Government of Yemen", "Political Security Organization"],
                  "ar": ["السلطات", "السلطات الأمنية"]}
FIVE_DETAINEES = {"en": ["five detained tribesmen", "detainees"],
                  "ar": ["المحتجزين الخمسة", "خمسة من أبنائها"]}
THIRD_REGION = {"en": ["Third Military Region", "Military Forces of Yemen", "Yemeni army"],
                "ar": ["قيادة المنطقة العسكرية الثالثة", "المنطقة العسكرية الثالثة", "وحدات منها"]}
THREE_SUSPECTS = {"en": ["three suspects"], "ar": ["ثلاثة مشتبه بهم", "المشتبه بهم"]}
MOE = {"en": ["Ministry of Electricity and Energy", "Government of Yemen"], "ar": ["وزارة الكهرباء والطاقة"]}
SUBVERSIVES = {"en": ["subversive elements", "saboteurs"], "ar": ["«عناصر تخريبية»", "عناصر تخريبية"]}
YE_GOVERNMENT = {"en": ["Government of Yemen", "Military and Security Committee"],
                 "ar": ["الحكومة واللجنة العسكرية والأمنية", "الحكومة", "اللجنة العسكرية والأمنية"]}
MARIB_GOVERNOR = {"en": ["Governor of Marib", "Marib local authority", "Government of Yemen"],
                  "ar": ["محافظ مأرب"]}
MARIB_SHEIKHS = {"en": ["tribal sheikhs of Marib", "tribal leaders"],
                 "ar": ["عدداً من مشايخ القبائل", "مشايخ القبائل", "المشايخ"]}
GOVERNOR_SHEIKHS = merge(MARIB_GOVERNOR, MARIB_SHEIKHS)
MEDIATION_COMMITTEE = {"en": ["presidential mediation committee", "Government of Yemen"],
                       "ar": ["لجنة وساطة رئاسية"]}
TRIBE_SIDE = merge({"en": ["the tribe's notables"], "ar": ["وجهاء القبيلة"]}, SABOTEURS)
MARIB_TALKS = merge(MEDIATION_COMMITTEE, TRIBE_SIDE)
REJECTING_GUNMEN = {"en": ["tribal gunmen", "gunmen"], "ar": ["المسلحون"]}
GOV_OFFER = {"en": ["Government of Yemen", "tribal mediators"], "ar": ["عرضاً حكومياً", "الوسطاء"]}
JOINT_PATROL_SIDES = {"en": ["Yemeni army units", "Military Forces of Yemen",
                             "tribal gunmen of the pledged tribes"],
                      "ar": ["وحدات من الجيش", "مسلحون من القبائل المتعهدة", "القبائل المتعهدة"]}
SIRWAH_SABOTEURS = {"en": ["tribal gunmen", "saboteurs"], "ar": ["مسلحون"]}

# ====================================================== places: 484
MARIB_GOV = {"accept": ["محافظة مأرب", "مأرب", "Marib", "Ma'rib", "Marib Governorate"]}
JADAAN = place({"accept": ["منطقة الجدعان", "الجدعان", "al-Jadaan", "Jidaan"]}, MARIB_GOV)
JADAAN_HILLS = place({"accept": ["التلال المطلة على موقع البرجين في الجدعان", "محيط الجدعان"]}, JADAAN)
MARIB_WEST_EXIT = place({"accept": ["المخرج الغربي لمدينة مأرب", "مدينة مأرب", "Marib city"]}, MARIB_GOV)
MARIB_SEAT = place({"accept": ["مقر المحافظة", "مدينة مأرب", "Marib city"]}, MARIB_GOV)
MARIB_CHECKPOINT = place({"accept": ["نقطة تفتيش قرب المدينة", "مدينة مأرب", "Marib city"]}, MARIB_GOV)
MARIB_JADAAN_LINE = place({"accept": ["الخط بين مأرب والجدعان"]}, JADAAN)
SIRWAH = place({"accept": ["مديرية صرواح غرب مأرب", "مديرية صرواح", "صرواح", "Sirwah", "Serwah"]}, MARIB_GOV)

# ====================================================== 485: Habboush, al-Khiam and Jibchit (Nabatieh), 2024
IDF = {"en": ["Israeli army", "Israel Defense Forces", "IDF", "Military Forces of Israel", "Israel"],
       "ar": ["مسيّرة إسرائيلية", "الجيش الإسرائيلي", "طائراته"]}
HABBOUSH_VICTIMS = {"en": ["residents of a house in Habboush", "civilians", "a family"],
                    "ar": ["ثلاثة أشخاص", "العائلة", "عائلة الضحايا", "الضحايا"]}
HEZBOLLAH = {"en": ["Hezbollah", "Hizbullah"], "ar": ["«حزب الله»", "حزب الله", "مقاتليه", "الحزب"]}
IDF_METULA = {"en": ["Israeli army barracks in Metula", "Israeli army", "IDF"],
              "ar": ["ثكنة للجيش الإسرائيلي", "ثكنة"]}
IDF_ARTILLERY = {"en": ["Israeli artillery", "Israeli army", "IDF", "Military Forces of Israel"],
                 "ar": ["المدفعية الإسرائيلية"]}
LB_MOFA = {"en": ["Lebanese Ministry of Foreign Affairs and Emigrants", "Government of Lebanon", "Lebanon"],
           "ar": ["وزارة الخارجية والمغتربين"]}
ISRAEL = {"en": ["Israel", "Israeli government"], "ar": ["إسرائيل"]}
UNSC_485 = {"en": ["UN Security Council", "United Nations Security Council"], "ar": ["مجلس الأمن الدولي"]}
UNIFIL = {"en": ["UNIFIL", "United Nations Interim Force in Lebanon"],
          "ar": ["وفد من قوة الأمم المتحدة المؤقتة في لبنان", "قوة الأمم المتحدة المؤقتة في لبنان",
                 "«اليونيفيل»", "اليونيفيل"]}
HABBOUSH_HOSTS = {"en": ["head of Habboush municipality and residents", "Habboush municipality", "residents"],
                  "ar": ["رئيس البلدية", "الأهالي"]}
SHQIF_UNION = {"en": ["Union of Shqif Municipalities", "Shqif municipalities"],
               "ar": ["اتحاد بلديات الشقيف", "الاتحاد"]}
NABATIEH_DISPLACED = {"en": ["displaced families from the border villages", "IDPs"],
                      "ar": ["نحو مئتين وخمسين عائلة نازحة", "عائلة نازحة"]}
IL_DEFENCE_MINISTER = {"en": ["Israeli defence minister", "Israeli government", "Israel"],
                       "ar": ["وزير الدفاع الإسرائيلي"]}
HEZ_FIGHTERS = {"en": ["Hezbollah fighters", "Hezbollah"], "ar": ["مقاتلو «حزب الله»", "«حزب الله»"]}
IL_FORCE = {"en": ["an Israeli force", "Israeli army", "IDF"], "ar": ["قوة إسرائيلية"]}
SHEPHERD = {"en": ["a shepherd", "civilians"], "ar": ["راعياً", "الراعي"]}
ENVOYS_OFFICIALS = {"en": ["Western envoys", "Lebanese officials", "Government of Lebanon"],
                    "ar": ["موفدون غربيون", "المسؤولين اللبنانيين"]}
WHO = {"en": ["World Health Organization", "WHO"], "ar": ["منظمة الصحة العالمية"]}
NABATIEH_HOSPITAL = {"en": ["Nabatieh Governmental Hospital"], "ar": ["مستشفى النبطية الحكومي", "المستشفى"]}
JIBCHIT_VICTIMS = {"en": ["two men in a car", "civilians"], "ar": ["شخصين كانا في داخلها", "القتيلين"]}

# ====================================================== places: 485
NABATIEH_GOV = {"accept": ["قضاء النبطية", "النبطية", "Nabatieh", "Nabatiyeh", "Nabatieh Governorate"]}
SOUTH_LEBANON = {"accept": ["جنوب لبنان", "South Lebanon", "southern Lebanon"]}
HABBOUSH = place({"accept": ["بلدة حبوش", "حبوش", "Habboush", "Habbouch", "Habbush"]}, NABATIEH_GOV)
METULA = {"accept": ["مستعمرة المطلة", "المطلة", "Metula", "northern Israel"]}
KHIAM_KFAR_KILA = place({"accept": ["أطراف بلدتي الخيام وكفركلا", "الخيام", "كفركلا", "Khiam", "El Khiam",
                                    "Kfar Kila", "قضاء مرجعيون", "Marjayoun"]}, NABATIEH_GOV)
NABATIEH_CITY = place({"accept": ["مدارس رسمية بمدينة النبطية", "مدينة النبطية", "النبطية", "Nabatieh"]},
                      NABATIEH_GOV)
NABATIEH_HOSPITAL_PLACE = place({"accept": ["مستشفى النبطية الحكومي"]}, NABATIEH_CITY)
KFARSHOUBA = place({"accept": ["أطراف بلدة كفرشوبا", "كفرشوبا", "Kfarchouba", "Kfar Shouba", "Hasbaya"]},
                   NABATIEH_GOV)
JIBCHIT = place({"accept": ["الطريق المؤدي إلى بلدة جبشيت", "بلدة جبشيت", "جبشيت", "Jibchit", "Jebchit"]},
                NABATIEH_GOV)
