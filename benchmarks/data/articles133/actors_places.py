"""Accepted actor names and place names for the hundred-and-thirty-third team gold set (see README.md).

Written by hand by the annotator for this set only: nothing here comes from marsad's dictionaries or from the
lists of earlier sets, though the layout is the model set's (Arabic surface forms exactly as the articles
write them, a few common variants, English names). Place names carry their usual Arabic and English
spellings from general knowledge; no gazetteer was opened.

The scorer normalises names and accepts a substring of three or more characters either way, so the bare short
forms («النظام», «الحكومة», «المحافظة», «الطرفين», «الجماعة», «المدينة») are kept out of the lists of core
events on purpose. Both parties of a meeting, a joint act, an exchange or a deal are accepted in either role.
A one-sided attack has its perpetrator as source (the party the text names; none when it names none) and its
victims as recipient; a two-sided clash has both sides as source and no recipient.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ====================================================== 661: Qah camp (Idlib, Syria), 2019
UN_AGENCIES_661 = {"en": ["World Food Programme", "WFP", "UNHCR", "United Nations"],
                   "ar": ["برنامج الأغذية العالمي", "مفوضية اللاجئين"]}
BORDER_CAMPS = {"en": ["displaced people of the border camps", "IDPs"], "ar": ["مخيمات الشريط الحدودي"]}
SY_FORCES = {"en": ["Syrian army", "Syrian government forces", "Syrian regime", "Military Forces of Syria",
                    "pro-government militias"],
             "ar": ["قوات النظام والميليشيات الرديفة لها", "قوات النظام"]}
SY_COMMANDER = {"en": ["Syrian army field commander", "Syrian army", "Syrian government forces"],
                "ar": ["قائد ميداني في قوات النظام", "قوات النظام"]}
REBELS_661 = {"en": ["rebel factions", "armed opposition", "Syrian rebels"], "ar": ["الإرهابيون"]}
FRONT_RESIDENTS = {"en": ["residents of the front-line towns", "civilians"], "ar": ["الأهالي"]}
QAH_IDPS = {"en": ["displaced people of Qah camp", "IDPs", "civilians"],
            "ar": ["ثلاثة عشر نازحاً", "نازحاً"]}
SNC = {"en": ["Syrian National Coalition",
              "National Coalition for Syrian Revolutionary and Opposition Forces", "SNC"],
       "ar": ["الائتلاف الوطني السوري"]}
RUSSIA_661 = {"en": ["Russia", "Russian government", "Russian armed forces"], "ar": ["روسيا"]}
REGIME_AND_RUSSIA = merge({"en": SY_FORCES["en"], "ar": ["قوات النظام"]}, RUSSIA_661)
UNSC = {"en": ["UN Security Council", "United Nations Security Council", "UNSC"], "ar": ["مجلس الأمن"]}
HAAS_CAMP = {"en": ["displaced civilians", "IDP camp"], "ar": ["مخيم للنازحين"]}
CIVIL_DEFENCE = {"en": ["Syrian Civil Defence", "White Helmets"], "ar": ["الدفاع المدني السوري"]}
TURKISH_RC = {"en": ["Turkish Red Crescent", "Kizilay"], "ar": ["الهلال الأحمر التركي"]}
EVACUATION_661 = merge(CIVIL_DEFENCE, TURKISH_RC)
UN_COORDINATOR = {"en": ["UN Regional Humanitarian Coordinator", "United Nations", "OCHA"],
                  "ar": ["منسق الأمم المتحدة الإقليمي للشؤون الإنسانية"]}
RU_TR_TALKS = {"en": ["Russia", "Turkey", "Russian government", "Turkish government"],
               "ar": ["روسي تركي", "موسكو", "أنقرة"]}
TR_AUTHORITIES = {"en": ["Turkish authorities", "Turkish government", "Turkish gendarmerie"],
                  "ar": ["السلطات التركية"]}
WALL_FAMILIES = {"en": ["displaced families at the border wall", "IDPs"],
                 "ar": ["نحو مئتي عائلة", "مئتي عائلة"]}
QAH_PROTESTERS = {"en": ["displaced protesters", "IDPs of Qah camp"], "ar": ["مئات النازحين"]}
TR_GUARANTOR = {"en": ["Turkey", "Turkish government"], "ar": ["الضامن التركي"]}
AFAD = {"en": ["AFAD", "Disaster and Emergency Management Authority", "Turkish government"],
        "ar": ["إدارة الكوارث والطوارئ التركية", "«آفاد»", "آفاد"]}
BURNT_OUT_661 = {"en": ["families whose tents burned", "IDPs"], "ar": ["العائلات التي احترقت خيامها"]}
CAMP_COMMITTEES = {"en": ["camp administration committees", "camp administrations"],
                   "ar": ["لجان إدارة المخيمات"]}
SALVATION_GOV = {"en": ["Syrian Salvation Government", "Salvation Government", "Hay'at Tahrir al-Sham"],
                 "ar": ["«حكومة الإنقاذ»", "حكومة الإنقاذ"]}
CAMPS_AND_SALVATION = merge(CAMP_COMMITTEES, SALVATION_GOV)
TR_GENDARMERIE = {"en": ["Turkish Gendarmerie", "Jandarma", "Turkish security forces"],
                  "ar": ["عناصر من الدرك التركي", "الدرك التركي"]}
CROSSERS = {"en": ["people crossing the border", "Syrian migrants"], "ar": ["أربعين شخصاً"]}

# ====================================================== places: 661
QAH = {"accept": ["مخيم قاح", "قاح", "Qah camp", "Qah", "Kah camp"]}
BAB_AL_HAWA = {"accept": ["معبر باب الهوى", "باب الهوى", "Bab al-Hawa", "Bab al-Hawa crossing"]}
JARJANAZ = {"accept": ["بلدة جرجناز", "جرجناز", "Jarjanaz", "Jarjnaz"]}
HAAS = {"accept": ["مخيم للنازحين قرب بلدة حاس", "بلدة حاس", "حاس", "Haas", "Has"]}
SOUTH_IDLIB = {"accept": ["ريف إدلب الجنوبي", "southern Idlib countryside"]}
BORDER_WALL = {"accept": ["الجدار الحدودي", "Syrian-Turkish border wall", "Qah"]}
ATMEH = {"accept": ["تجمع مخيمات أطمة", "أطمة", "Atmeh", "Atma"]}
DANA = {"accept": ["الدانا", "al-Dana", "Dana"]}

# ====================================================== 662: Qamishli (Hasakah, Syria), 2021
ASAYISH = {"en": ["Asayish", "Internal Security Forces", "Kurdish internal security forces", "SDF"],
           "ar": ["قوى الأمن الداخلي «الأسايش»", "«الأسايش»", "الأسايش"]}
NDF_TAYY = {"en": ["National Defence Forces", "NDF", "pro-government militia", "Tayy tribe fighters"],
            "ar": ["مسلحي ميليشيا «الدفاع الوطني»", "ميليشيا «الدفاع الوطني»", "«الدفاع الوطني»"]}
TAYY_BATTLE = merge(ASAYISH, NDF_TAYY)
NDF_COMMANDER = {"en": ["National Defence Forces commander", "National Defence Forces", "NDF"],
                 "ar": ["قائد محلي في «الدفاع الوطني»", "«الدفاع الوطني»"]}
NDF_MEMBERS = {"en": ["National Defence Forces members", "NDF"], "ar": ["سبعة عشر عنصراً من الميليشيا"]}
HASAKAH_GOVERNOR = {"en": ["Governor of Hasakah", "Syrian government"], "ar": ["محافظ الحسكة"]}
SDF = {"en": ["Syrian Democratic Forces", "SDF", "Asayish"], "ar": ["«ميليشيات قسد»", "قسد"]}
INTL_ORGS = {"en": ["international organisations"], "ar": ["المنظمات الدولية"]}
KURDISH_RC = {"en": ["Kurdish Red Crescent", "Heyva Sor a Kurd"], "ar": ["هيئة الهلال الأحمر الكردي"]}
TAYY_DISPLACED = {"en": ["families displaced from the Tayy quarter", "IDPs"],
                  "ar": ["نحو ثلاثمئة عائلة نزحت من حي طي", "ثلاثمئة عائلة"]}
SDC = {"en": ["Syrian Democratic Council", "SDC"],
       "ar": ["مجلس سوريا الديمقراطية «مسد»", "مجلس سوريا الديمقراطية"]}
AIRPORT_UNITS = {"en": ["Syrian army", "Syrian government forces"],
                 "ar": ["وحدات الجيش المتمركزة في مطار القامشلي", "وحدات الجيش"]}
RU_MILITARY_POLICE = {"en": ["Russian military police", "Russian army", "Russia"],
                      "ar": ["ضباط من الشرطة العسكرية الروسية", "الشرطة العسكرية الروسية"]}
TAYY_NOTABLES = {"en": ["Tayy tribe notables"], "ar": ["وجهاء من عشيرة طي"]}
TAYY_PARTIES = merge(ASAYISH, NDF_TAYY, TAYY_NOTABLES)
TAYY_MEETING = merge(RU_MILITARY_POLICE, TAYY_PARTIES)
NDF_FIGHTERS = {"en": ["National Defence Forces fighters", "NDF"], "ar": ["مسلحي الميليشيا"]}
NDF_COMMAND = {"en": ["National Defence Forces command in Qamishli", "NDF"],
               "ar": ["قيادة «الدفاع الوطني» في المدينة", "قيادة «الدفاع الوطني»"]}
ISLAMIC_STATE_662 = {"en": ["Islamic State", "ISIS", "IS", "Daesh"], "ar": ["تنظيم «الدولة الإسلامية»"]}
QAMISHLI_DEAD_2016 = {"en": ["civilians", "Kurdish security personnel"], "ar": ["أكثر من أربعين شخصاً"]}
TAYY_WOMEN = {"en": ["women of the Tayy and Kurdish quarters", "protesters"],
              "ar": ["عشرات النساء من حي طي والأحياء الكردية المجاورة", "عشرات النساء"]}
JOINT_COMMITTEE = {"en": ["joint committee under Russian supervision", "Russian military police", "Asayish",
                          "National Defence Forces"],
                   "ar": ["لجنة مشتركة بإشراف روسي", "لجنة مشتركة"]}

# ====================================================== places: 662
QAMISHLI = {"accept": ["مدينة القامشلي", "القامشلي", "Qamishli", "al-Qamishli", "Qamishlo"]}
TAYY = place({"accept": ["حي طي", "Tayy quarter", "al-Tay", "Tai neighbourhood"]}, QAMISHLI)
HILALIYA = place({"accept": ["مدارس حي الهلالية", "حي الهلالية", "al-Hilaliya", "Hilaliyah"]}, QAMISHLI)
QAMISHLI_AIRPORT = place({"accept": ["مطار القامشلي", "Qamishli airport"]}, QAMISHLI)
QAMISHLI_WEST = place({"accept": ["الحي الغربي من القامشلي", "western Qamishli"]}, QAMISHLI)
QAMISHLI_TOWN_HALL = place({"accept": ["مبنى البلدية"]}, QAMISHLI)

# ====================================================== 663: El Kamour (Tataouine, Tunisia), 2017
TN_NATIONAL_GUARD = {"en": ["Tunisian National Guard", "National Guard", "Tunisian security forces"],
                     "ar": ["الحرس الوطني", "سيارة تابعة للحرس الوطني", "للحرس الوطني"]}
KAMOUR_YOUTH = {"en": ["young protester", "El Kamour protesters"],
                "ar": ["شاب في الثالثة والعشرين من عمره", "المحتجين"]}
KAMOUR_SIT_IN = {"en": ["El Kamour sit-in protesters", "unemployed youths of Tataouine"],
                 "ar": ["المعتصمين", "معتصمين"]}
TATAOUINE_RIOTERS = {"en": ["angry protesters in Tataouine", "rioters"], "ar": ["محتجون غاضبون"]}
NG_POST = {"en": ["Tunisian National Guard", "Tunisian police"], "ar": ["مقر منطقة الحرس الوطني"]}
TN_AGENTS = {"en": ["Tunisian police and National Guard agents"], "ar": ["الأعوان"]}
TN_ARMY = {"en": ["Tunisian army", "Military Forces of Tunisia"], "ar": ["الجيش"]}
FENCE_CROSSERS = {"en": ["protesters at El Kamour"], "ar": ["كل من يتجاوز هذا الحد"]}
TN_PRESIDENT = {"en": ["Tunisian President", "Tunisian presidency", "Tunisian government"],
                "ar": ["رئيس الجمهورية"]}
NG_UNITS = {"en": ["Tunisian National Guard", "Tunisian security forces"], "ar": ["وحدات الحرس الوطني"]}
TATAOUINE_YOUTHS = {"en": ["young men of Tataouine"], "ar": ["أحد عشر شاباً"]}
ARMY_COLUMNS = {"en": ["Tunisian army", "Military Forces of Tunisia"], "ar": ["أرتال عسكرية"]}
UGTT_TATAOUINE = {"en": ["UGTT Tataouine regional union", "Tunisian General Labour Union", "UGTT"],
                  "ar": ["الاتحاد الجهوي للشغل بتطاوين", "الاتحاد الجهوي للشغل"]}
KAMOUR_COORD = {"en": ["El Kamour sit-in coordination", "sit-in coordination committee"],
                "ar": ["تنسيقية اعتصام الكامور", "التنسيقية"]}
TN_PM = {"en": ["Tunisian Prime Minister", "Head of Government of Tunisia", "Tunisian government"],
         "ar": ["رئيس الحكومة"]}
SIT_IN_DELEGATES = {"en": ["representatives of the sit-in", "El Kamour protesters"],
                    "ar": ["ممثلين عن الشباب المعتصمين"]}
PM_TALKS = merge(TN_PM, SIT_IN_DELEGATES)
TATAOUINE_PROSECUTOR = {"en": ["Tataouine public prosecutor", "Tunisian judiciary"],
                        "ar": ["النيابة العمومية بالمحكمة الابتدائية بتطاوين"]}
EIGHT_RELEASED = {"en": ["detained young men of Tataouine"], "ar": ["ثمانية من الموقوفين"]}
MINISTERIAL_COMMITTEE = {"en": ["ministerial committee", "Tunisian government"], "ar": ["اللجنة الوزارية"]}
KAMOUR_STAYERS = {"en": ["El Kamour protesters", "sit-in protesters"], "ar": ["معتصمو الكامور"]}
TN_EMPLOYMENT = {"en": ["Tunisian Minister of Vocational Training and Employment", "Tunisian government"],
                 "ar": ["وزير التكوين المهني والتشغيل"]}
TATAOUINE_MPS = {"en": ["Tataouine members of parliament", "Tunisian parliament"],
                 "ar": ["نواب ولاية تطاوين في البرلمان", "نواب ولاية تطاوين"]}
MINISTER_AND_MPS = merge(TN_EMPLOYMENT, TATAOUINE_MPS)
LAWYERS_DOCTORS = {"en": ["Tataouine lawyers' and doctors' bodies"],
                   "ar": ["هيئتا المحامين والأطباء في الجهة", "هيئتا المحامين والأطباء"]}

# ====================================================== places: 663
KAMOUR = {"accept": ["الكامور", "El Kamour", "Kamour", "El-Kamour"]}
PUMPING_STATION = place({"accept": ["محطة الضخ"]}, KAMOUR)
TATAOUINE = {"accept": ["مدينة تطاوين", "تطاوين", "Tataouine", "Tatouine"]}
TATAOUINE_GOV = place({"accept": ["ولاية تطاوين"]}, TATAOUINE)

# ====================================================== 664: Aitaroun (Nabatieh, Lebanon), 2024
ISRAELI_JET = {"en": ["Israeli air force", "Israeli army", "IDF", "Israel Defense Forces", "Israel"],
               "ar": ["طائرة حربية إسرائيلية"]}
AITAROUN_FAMILY = {"en": ["a family in Aitaroun", "civilians"], "ar": ["خمسة أشخاص من عائلة واحدة"]}
HEZBOLLAH = {"en": ["Hezbollah", "Hizballah", "Hizbullah"], "ar": ["«حزب الله»", "حزب الله"]}
MALIKIYA_POST = {"en": ["Israeli army", "IDF"], "ar": ["موقع المالكية الإسرائيلي"]}
LAF = {"en": ["Lebanese army", "Lebanese Armed Forces", "LAF"], "ar": ["الجيش اللبناني"]}
UNIFIL = {"en": ["UNIFIL", "United Nations Interim Force in Lebanon"],
          "ar": ["قوات الأمم المتحدة المؤقتة في لبنان", "«اليونيفيل»", "اليونيفيل"]}
JOINT_PATROL = merge(LAF, UNIFIL)
LB_PM = {"en": ["Lebanese caretaker Prime Minister", "Lebanese government"],
         "ar": ["رئيس حكومة تصريف الأعمال"]}
ISRAEL = {"en": ["Israel", "Israeli government"], "ar": ["إسرائيل"]}
SPONSORS_1701 = {"en": ["sponsors of Resolution 1701"], "ar": ["الدول الراعية للقرار 1701"]}
ISRAELI_SPOKESMAN = {"en": ["Israeli army spokesman", "Israeli army", "IDF"],
                     "ar": ["المتحدث باسم الجيش الإسرائيلي للإعلام العربي", "الجيش الإسرائيلي"]}
BORDER_VILLAGERS = {"en": ["residents of the border villages"], "ar": ["سكان القرى الحدودية"]}
COUNCIL_OF_THE_SOUTH = {"en": ["Council of the South", "Lebanese government"], "ar": ["مجلس الجنوب"]}
AITAROUN_DISPLACED = {"en": ["displaced families from Aitaroun", "IDPs"],
                      "ar": ["عائلات نازحة من عيترون والبلدات المجاورة", "عائلات نازحة"]}
US_ENVOY = {"en": ["US envoy", "United States"], "ar": ["الموفد الأميركي"]}
LB_ISR_OFFICIALS = {"en": ["Lebanese officials", "Israeli officials", "Lebanon", "Israel"],
                    "ar": ["المسؤولين اللبنانيين والإسرائيليين"]}
ISRAELI_SHELLS = {"en": ["Israeli army", "IDF"], "ar": ["قذائف مدفعية إسرائيلية"]}
MEISS_COUPLE = {"en": ["an elderly couple", "civilians"], "ar": ["رجل وزوجته"]}
LOYALTY_BLOC = {"en": ["Loyalty to the Resistance bloc", "Hezbollah parliamentary bloc", "Hezbollah"],
                "ar": ["كتلة «الوفاء للمقاومة» النيابية", "«الوفاء للمقاومة»"]}
FRONTLINE_VILLAGERS = {"en": ["residents of the frontline villages"], "ar": ["أهالي القرى الأمامية"]}
LB_GOVERNMENT = {"en": ["Lebanese government"], "ar": ["الحكومة"]}
FRENCH_ENVOY = {"en": ["French envoy", "France"], "ar": ["موفداً فرنسياً"]}
HEZBOLLAH_OFFICIALS = {"en": ["Hezbollah officials", "Hezbollah"],
                       "ar": ["مسؤولين في «حزب الله»", "«حزب الله»"]}
FRENCH_CONTACT = merge(FRENCH_ENVOY, HEZBOLLAH_OFFICIALS)
QLAYLEH_FOUR = {"en": ["four men", "rocket launchers' cell"], "ar": ["أربعة أشخاص"]}
ISRAELI_ARMY = {"en": ["Israeli army", "IDF", "Israel Defense Forces"], "ar": ["الجيش الإسرائيلي"]}
QATAR = {"en": ["Qatar", "Qatari government"], "ar": ["قطر"]}
SOUTH_HOSPITALS = {"en": ["hospitals of southern Lebanon"], "ar": ["مستشفيات الجنوب"]}

# ====================================================== places: 664
AITAROUN = {"accept": ["بلدة عيترون", "عيترون", "Aitaroun", "Aytaroun", "Ayta al-Roun"]}
MALIKIYA = {"accept": ["موقع المالكية", "المالكية", "al-Malikiya", "Malkia"]}
AITAROUN_BLIDA = {"accept": ["الطريق بين عيترون وبليدا", "بليدا", "Blida", "عيترون", "Aitaroun"]}
TYRE = {"accept": ["مدينة صور", "صور", "Tyre", "Sour"]}
MEISS = {"accept": ["بلدة ميس الجبل", "ميس الجبل", "Meiss al-Jabal", "Mays al-Jabal"]}
QLAYLEH = {"accept": ["بساتين القليلة", "القليلة", "Qlayleh", "al-Qlaileh"]}
NORTHERN_BORDER = {"accept": ["الحدود الشمالية", "northern Israel", "Israel-Lebanon border"]}
SOUTH_LEBANON = {"accept": ["الجنوب", "South Lebanon", "southern Lebanon"]}

# ====================================================== 665: Rada'a (al-Bayda, Yemen), 2012
ANSAR_AL_SHARIA = {"en": ["Ansar al-Sharia", "AQAP", "al-Qaeda in the Arabian Peninsula"],
                   "ar": ["مسلحو جماعة «أنصار الشريعة»", "«أنصار الشريعة»", "أنصار الشريعة"]}
AAS_LEADER = {"en": ["Ansar al-Sharia commander", "Ansar al-Sharia", "AQAP"], "ar": ["قائد المسلحين"]}
COLLABORATORS = {"en": ["residents cooperating with the Americans"], "ar": ["كل من يتعاون مع الأميركيين"]}
CITADEL_BATTLE = merge({"en": ["Republican Guard", "Yemeni army", "Military Forces of Yemen"],
                        "ar": ["أربعة جنود من الحرس الجمهوري", "الحرس الجمهوري"]},
                       {"en": ["Ansar al-Sharia", "AQAP"], "ar": ["ثلاثة من المسلحين"]})
QAYFA_MEDIATORS = {"en": ["Qayfa tribal mediators", "tribal sheikhs"], "ar": ["وسطاء من مشايخ قيفة"]}
CITADEL_DEAL = merge(QAYFA_MEDIATORS, {"en": ["Ansar al-Sharia", "AQAP"], "ar": ["قادة الجماعة"]})
AAS_PRISONERS = {"en": ["Ansar al-Sharia prisoners", "AQAP prisoners"],
                 "ar": ["اثني عشر من السجناء المشمولين بالاتفاق"]}
REMAINING_PRISONERS = {"en": ["Ansar al-Sharia prisoners"], "ar": ["الثلاثة الباقين"]}
YOUTH_COMMITTEE = {"en": ["Rada'a revolutionary youth organising committee", "youth protesters"],
                   "ar": ["اللجنة التنظيمية لشباب الثورة في رداع"]}
SALEH_LOYALISTS = {"en": ["military commanders loyal to President Saleh", "Yemeni army",
                          "Ali Abdullah Saleh"],
                   "ar": ["قيادات عسكرية موالية للرئيس صالح"]}
AAS_REINFORCEMENTS = {"en": ["Ansar al-Sharia fighters", "AQAP"], "ar": ["مزيد من مسلحي الجماعة"]}
RADAA_COUNCIL = {"en": ["Rada'a district local council"], "ar": ["المجلس المحلي لمديرية رداع"]}
YE_INTERIOR = {"en": ["Yemeni Ministry of Interior", "Yemeni government"], "ar": ["وزارة الداخلية"]}
RADAA_MEDIATORS = {"en": ["Rada'a sheikhs and mediators", "tribal mediators"], "ar": ["مشايخ رداع ووسطائها"]}
ARMY_CONVOY = {"en": ["Yemeni army convoy", "Yemeni soldiers"], "ar": ["قافلة عسكرية"]}
RADAA_YOUTHS = {"en": ["young protesters of Rada'a", "protesters"], "ar": ["مئات الشبان"]}
YE_RED_CRESCENT = {"en": ["Yemen Red Crescent Society", "Yemeni Red Crescent"],
                   "ar": ["جمعية الهلال الأحمر اليمني"]}
RADAA_DISPLACED = {"en": ["families displaced from Rada'a", "IDPs"],
                   "ar": ["نحو ألف عائلة نزحت إلى القرى المجاورة", "ألف عائلة"]}
YE_ARMY_UNITS = {"en": ["Yemeni army", "Republican Guard"], "ar": ["وحدات الجيش"]}
BAYDA_SECURITY = {"en": ["al-Bayda security committee", "al-Bayda authorities"],
                  "ar": ["اللجنة الأمنية في المحافظة"]}

# ====================================================== places: 665
RADAA = {"accept": ["مدينة رداع", "رداع", "Rada'a", "Radaa", "Rada"]}
CITADEL = place({"accept": ["قلعة رداع", "مسجد العامرية", "Rada'a citadel", "al-Amiriya mosque"]}, RADAA)
CITADEL_GATE = place({"accept": ["البوابة الشرقية للقلعة"]}, CITADEL)
MANASEH = {"accept": ["مدخل المناسح", "المناسح", "al-Manaseh", "Manaseh", "al-Manasih"]}
RADAA_BAYDA_ROAD = {"accept": ["الطريق بين رداع ومدينة البيضاء", "Rada'a-al-Bayda road", "مدينة البيضاء",
                               "al-Bayda"]}
RADAA_SQUARE = place({"accept": ["ساحة التغيير برداع", "ساحة التغيير"]}, RADAA)
OLD_CITY = place({"accept": ["المدينة القديمة"]}, RADAA)
