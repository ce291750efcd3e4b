"""Accepted actor names and place names for the ninetieth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الحكومة», «الوفد», «المجلس») are left out on purpose,
with these exceptions, each used only in an article where it names a single actor:
- 446: «موسكو» (only ever the Russian government);
- 447: «المطلوبين» (the wanted men of Daraa al-Balad);
- 448: «التنظيم» (only ever ISIS), «مقاتلي العشائر» (the tribal fighters of Haditha);
- 449: «الجيش» and «وحداته» (only ever the Lebanese army), «العائلتين» (the two feuding families);
- 450: «الجيش» (only ever the Sudanese army), «الدعم السريع» (the RSF).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge

# ====================================== 446: al-Fatira, Jabal al-Zawiya, Ariha, the M4 road (Idlib; 2020)
REGIME_FORCES = {"en": ["Syrian government forces", "Syrian regime", "Assad forces",
                        "Military Forces of Syria", "Syrian Arab Army"],
                 "ar": ["قوات النظام", "مواقع قوات النظام", "وحدات الجيش"]}
FATIRA_FARMERS = {"en": ["a farmer and his two sons", "farmers in al-Fatira", "civilians in al-Fatira"],
                  "ar": ["مزارع واثنان من أبنائه", "الضحايا الثلاثة", "الأب وابنيه"]}
NFL = {"en": ["National Front for Liberation", "NFL", "Syrian opposition factions", "rebels"],
       "ar": ["فصائل «الجبهة الوطنية للتحرير»", "«الجبهة الوطنية للتحرير»", "الجبهة الوطنية للتحرير"]}
RUS_TUR_PATROL = {"en": ["joint Russian-Turkish patrol", "Russian military police", "Turkish Armed Forces",
                         "Russia", "Turkey"],
                  "ar": ["الدورية الروسية التركية المشتركة", "العربات الروسية", "العربات التركية"]}
M4_PROTESTERS = {"en": ["sit-in protesters on the M4", "residents of Jabal al-Zawiya", "displaced people"],
                 "ar": ["عشرات من أهالي جبل الزاوية", "أهالي جبل الزاوية", "المعتصمين", "المعتصمون"]}
RUS_PATROL = {"en": ["Russian military police", "Russian military", "Russia"], "ar": ["العربات الروسية"]}
RUS_RECONCILIATION = {"en": ["Russian Reconciliation Centre", "Russian military", "Russia"],
                      "ar": ["مركز المصالحة الروسي في قاعدة حميميم", "مركز المصالحة الروسي"]}
TERRORIST_FORMATIONS = {"en": ["Syrian opposition factions", "armed opposition", "rebels"],
                        "ar": ["«التشكيلات الإرهابية»", "التشكيلات الإرهابية"]}
TURKISH_ARMY = {"en": ["Turkish Armed Forces", "Turkish army", "Turkey"], "ar": ["الجيش التركي"]}
FATIRA_COUNCIL = {"en": ["al-Fatira local council", "local council of al-Fatira"],
                  "ar": ["المجلس المحلي لقرية الفطيرة"]}
RUSSIA = {"en": ["Russia", "Russian government", "Government of Russia"], "ar": ["روسيا", "موسكو"]}
TURKISH_SIDE = {"en": ["Turkey", "Turkish government", "Government of Turkey"], "ar": ["الجانب التركي"]}
TURKISH_OFFICERS = {"en": ["Turkish army officers", "Turkish Armed Forces", "Turkey"],
                    "ar": ["ضباط من الجيش التركي", "الجيش التركي"]}
ZAWIYA_NOTABLES = {"en": ["notables of the Jabal al-Zawiya villages", "local notables"],
                   "ar": ["وجهاء من قرى جبل الزاوية"]}
SALVATION_GOVERNMENT = {"en": ["Syrian Salvation Government", "Salvation Government"],
                        "ar": ["«حكومة الإنقاذ»", "حكومة الإنقاذ"]}
HTS = {"en": ["Hay'at Tahrir al-Sham", "HTS", "Tahrir al-Sham"],
       "ar": ["«هيئة تحرير الشام»", "هيئة تحرير الشام"]}
SITIN_ORGANISERS = {"en": ["two organisers of the sit-in", "activists"], "ar": ["شابين من منظّمي الاعتصام"]}
NFL_COMMANDER = {"en": ["National Front for Liberation commander", "National Front for Liberation", "NFL"],
                 "ar": ["قائد عسكري في «الجبهة الوطنية للتحرير»", "«الجبهة الوطنية للتحرير»"]}
UN_CONVOY = {"en": ["United Nations", "UN cross-border aid convoy", "UN OCHA"], "ar": ["القافلة الأممية"]}
ZAWIYA_VILLAGES = {"en": ["villages of Jabal al-Zawiya", "residents of Jabal al-Zawiya"],
                   "ar": ["قرى الجبل", "نحو ستمئة عائلة"]}
RUS_AIR = {"en": ["Russian Air Force", "Russian military", "Russia"], "ar": ["طائرات حربية روسية"]}
ARIHA_CIVILIANS = {"en": ["civilians in Ariha", "eleven civilians"], "ar": ["أحد عشر مدنياً"]}
MOSCOW_ANKARA = {"en": ["Russia", "Turkey"], "ar": ["موسكو وأنقرة", "موسكو", "أنقرة"]}

# ====================================================== places: 446
FATIRA = {"accept": ["قرية الفطيرة", "الفطيرة", "al-Fatira", "Fatira", "Ftireh"]}
KAFR_NUBL_HAZARIN = {"accept": ["كفرنبل", "حزارين", "Kafr Nubl", "Kafranbel", "Hazarin"]}
M4_ROAD = {"accept": ["طريق M4 الدولي", "طريق M4", "مدينة أريحا", "أريحا", "الترنبة", "M4 highway", "Ariha",
                      "Tronba"]}
ARIHA = {"accept": ["مدينة أريحا", "أريحا", "Ariha", "Areeha"]}
BARA_BALYUN = {"accept": ["بلدتي البارة وبليون", "البارة", "بليون", "al-Bara", "Balyun", "Jabal al-Zawiya"]}
BARA = {"accept": ["النقطة التركية قرب البارة", "البارة", "al-Bara"]}
JABAL_ZAWIYA = {"accept": ["جبل الزاوية", "Jabal al-Zawiya", "Jebel Zawiya"]}
BAB_AL_HAWA = {"accept": ["معبر باب الهوى", "باب الهوى", "Bab al-Hawa", "Bab al-Hawa crossing"]}

# ====================================== 447: Daraa al-Balad, Tafas, al-Yadudah, Jasim (Daraa; 2021)
CENTRAL_COMMITTEE = {"en": ["Daraa al-Balad Central Committee", "Central Committee",
                            "Daraa negotiating committee"],
                     "ar": ["اللجنة المركزية في درعا البلد", "اللجنة المركزية", "«المركزية»"]}
RUS_MP = {"en": ["Russian military police", "Russian military", "Russia"],
          "ar": ["ضباط من الشرطة العسكرية الروسية", "الشرطة العسكرية الروسية"]}
SECURITY_COMMITTEE = {"en": ["Syrian government security committee", "Syrian regime", "Syrian government"],
                      "ar": ["اللجنة الأمنية التابعة للنظام السوري", "اللجنة الأمنية"]}
TALKS_COUNTERPARTS = merge(RUS_MP, SECURITY_COMMITTEE)
FOURTH_DIVISION = {"en": ["Fourth Armoured Division", "4th Division", "Syrian government forces",
                          "Syrian regime"],
                   "ar": ["مواقع الفرقة الرابعة", "الفرقة الرابعة", "وحدات الجيش"]}
BALAD_CIVILIANS = {"en": ["civilians in Daraa al-Balad", "a woman and her two children"],
                   "ar": ["أربعة مدنيين", "امرأة وطفلاها", "الضحايا الأربعة"]}
BALAD_GROUPS = {"en": ["armed groups in Daraa al-Balad", "local fighters"], "ar": ["«المجموعات الإرهابية»"]}
ARMY_POSTS = {"en": ["Syrian Arab Army", "Syrian government forces"], "ar": ["نقاطاً للجيش"]}
RUSSIAN_SIDE = {"en": ["Russia", "Russian military"], "ar": ["الجانب الروسي"]}
SECURITY_COMMITTEE_HEAD = {"en": ["head of the Syrian government security committee", "Syrian regime"],
                           "ar": ["رئيس اللجنة الأمنية", "اللجنة الأمنية"]}
REGIME_FORCES_DARAA = {"en": ["Syrian government forces", "Syrian regime", "Military Forces of Syria"],
                       "ar": ["قوات النظام"]}
SARC = {"en": ["Syrian Arab Red Crescent", "SARC"],
        "ar": ["قافلة تابعة للهلال الأحمر العربي السوري", "الهلال الأحمر العربي السوري"]}
TAFAS_PROTESTERS = {"en": ["protesters in Tafas", "residents of Tafas"],
                    "ar": ["المشاركون فيها", "مظاهرة في مدينة طفس"]}
LOCAL_GUNMEN = {"en": ["local gunmen", "local armed group"], "ar": ["مسلحون محليون"]}
MIL_SECURITY_CHECKPOINT = {"en": ["Syrian Military Security checkpoint", "Syrian Military Security",
                                  "Syrian government forces"],
                           "ar": ["حاجزاً للأمن العسكري", "الأمن العسكري"]}
BALAD_WANTED = {"en": ["wanted men of Daraa al-Balad", "local fighters"],
                "ar": ["نحو ثلاثين من المطلوبين", "المطلوبين"]}
RUS_OFFICER = {"en": ["senior Russian officer", "Russian military", "Russia"], "ar": ["ضابط روسي رفيع"]}
JORDAN = {"en": ["Jordanian authorities", "Government of Jordan", "Jordan"], "ar": ["السلطات الأردنية"]}
OCHA = {"en": ["UN OCHA", "United Nations Office for the Coordination of Humanitarian Affairs",
               "United Nations"],
        "ar": ["مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية"]}
COMMITTEE_SPOKESMAN = {"en": ["spokesman of the Central Committee", "Daraa al-Balad Central Committee"],
                       "ar": ["المتحدث باسم اللجنة المركزية", "اللجنة المركزية"]}
FOURTH_DIVISION_IRAN = {"en": ["Fourth Armoured Division", "Iran-backed militias",
                               "Syrian government forces"],
                        "ar": ["الفرقة الرابعة", "«الميليشيات المدعومة من إيران»"]}
JASIM_GUNMEN = {"en": ["unidentified gunmen"], "ar": ["مسلحون مجهولون"]}
JASIM_NEGOTIATOR = {"en": ["a former member of the Jasim negotiating committee"],
                    "ar": ["عضواً سابقاً في لجنة التفاوض عن مدينة جاسم"]}

# ====================================================== places: 447
DARAA_BALAD = {"accept": ["درعا البلد", "Daraa al-Balad", "Dar'a al-Balad", "Daraa"]}
DARAA_MAHATTA = {"accept": ["مبنى المحافظة بحي درعا المحطة", "درعا المحطة", "Daraa al-Mahatta", "Daraa city"]}
AL_DAHIYA = {"accept": ["حي الضاحية", "الضاحية", "al-Dahiya"]}
SARAYA_CHECKPOINT = {"accept": ["حاجز السرايا", "درعا البلد", "al-Saraya checkpoint", "Daraa al-Balad"]}
TAFAS = {"accept": ["مدينة طفس", "طفس", "Tafas"]}
YADUDAH_ROAD = {"accept": ["الطريق بين طفس واليادودة", "اليادودة", "طفس", "al-Yadudah", "Tafas"]}
JABER = {"accept": ["معبر جابر الحدودي", "معبر جابر", "Jaber crossing", "Jaber border crossing"]}
JASIM = {"accept": ["مدينة جاسم", "جاسم", "Jasim", "Jassem"]}

# ====================================== 448: Haditha, Barwana, Hit, Anah, Rawa, al-Baghdadi (Anbar; 2016)
COALITION = {"en": ["US-led international coalition", "international coalition", "United States",
                    "coalition aircraft"],
             "ar": ["طيران التحالف الدولي بقيادة الولايات المتحدة", "طيران التحالف الدولي", "التحالف الدولي"]}
ISIS = {"en": ["Islamic State", "ISIS", "ISIL", "IS", "Daesh"],
        "ar": ["تنظيم «داعش»", "«داعش»", "التنظيم"]}
TRIBAL_HASHD = {"en": ["Tribal Mobilisation", "tribal fighters", "Haditha tribal fighters",
                       "Popular Mobilization Forces"],
                "ar": ["مقاتلي الحشد العشائري", "الحشد العشائري"]}
ISIS_TRIBAL = merge(ISIS, TRIBAL_HASHD)
HADITHA_MAYOR = {"en": ["qaimaqam of Haditha district", "Haditha district mayor"],
                 "ar": ["قائممقام قضاء حديثة", "قائممقام حديثة"]}
FEDERAL_GOVERNMENT = {"en": ["Iraqi federal government", "Government of Iraq"], "ar": ["الحكومة الاتحادية"]}
DEFENCE_MINISTRY = {"en": ["Iraqi Ministry of Defence", "Ministry of Defence", "Government of Iraq"],
                    "ar": ["وزارة الدفاع"]}
ANBAR_POLICE_INTEL = {"en": ["Anbar police intelligence", "Anbar police", "Police Forces of Iraq"],
                      "ar": ["قوة من استخبارات شرطة الأنبار", "استخبارات شرطة الأنبار", "قيادة الشرطة"]}
HIT_SUSPECTS = {"en": ["four suspected ISIS collaborators", "suspects"], "ar": ["أربعة أشخاص"]}
UNHCR = {"en": ["UNHCR", "UN Refugee Agency", "United Nations High Commissioner for Refugees"],
         "ar": ["مفوضية الأمم المتحدة لشؤون اللاجئين"]}
HIT_RETURNEES = {"en": ["families who returned to Hit", "returnees"],
                 "ar": ["نحو ألف ومئتي عائلة عادت إلى هيت", "ألف ومئتي عائلة"]}
ANAH_YOUTHS = {"en": ["three young men of Anah"], "ar": ["ثلاثة شبان من أبناء القضاء", "ثلاثة شبان"]}
HADITHA_TRIBAL_COUNCIL = {"en": ["council of the tribal sheikhs of Haditha", "tribal sheikhs of Haditha"],
                          "ar": ["مجلس شيوخ عشائر حديثة"]}
ISIS_FAMILIES = {"en": ["families of ISIS members"], "ar": ["عائلات عناصر داعش"]}
RIGHTS_GROUPS = {"en": ["local human rights organisations"], "ar": ["منظمات حقوقية محلية"]}
IRAQI_ARMY_7TH = {"en": ["Iraqi Army 7th Division", "Iraqi Army", "Military Forces of Iraq"],
                  "ar": ["الفرقة السابعة في الجيش العراقي", "الجيش العراقي"]}
HADITHA_TRIBAL_FIGHTERS = {"en": ["tribal fighters of Haditha", "Tribal Mobilisation"],
                           "ar": ["مقاتلي العشائر في حديثة", "مقاتلي العشائر"]}
ARMY_AND_TRIBES = {"en": ["Iraqi Army", "Tribal Mobilisation", "Iraqi Army Aviation"],
                   "ar": ["قطعات من الجيش", "أفواج من الحشد العشائري", "الحشد العشائري"]}
BAGHDADI_CIVILIANS = {"en": ["civilians in al-Baghdadi market", "market-goers"],
                      "ar": ["أربعة مدنيين", "سوق شعبية"]}
ANBAR_COUNCIL = {"en": ["Anbar Provincial Council", "Anbar council"], "ar": ["مجلس محافظة الأنبار"]}
COMMANDER_IN_CHIEF = {"en": ["Commander-in-Chief of the Iraqi Armed Forces", "Prime Minister of Iraq",
                             "Government of Iraq"],
                      "ar": ["القائد العام للقوات المسلحة"]}

# ====================================================== places: 448
ANAH_RAWA = {"accept": ["قضاءي عنه وراوة", "راوة", "عنه", "Anah", "Ana", "Rawa"]}
BARWANA = {"accept": ["ناحية بروانة", "بروانة", "قضاء حديثة", "حديثة", "Barwana", "Haditha"]}
HADITHA = {"accept": ["قضاء حديثة", "حديثة", "Haditha"]}
HIT = {"accept": ["قضاء هيت", "هيت", "Hit", "Heet"]}
ANAH = {"accept": ["عنه", "Anah", "Ana"]}
BAGHDADI = {"accept": ["ناحية البغدادي", "البغدادي", "al-Baghdadi", "Baghdadi"]}
HIT_KUBAISA = {"accept": ["بين هيت وناحية كبيسة", "ناحية كبيسة", "كبيسة", "هيت", "Kubaisa", "Kubaysah",
                          "Hit"]}

# ====================================== 449: Brital, Baalbek, Hermel, Iaat (Baalbek-Hermel; 2019)
LAF_INTELLIGENCE = {"en": ["Lebanese Army Intelligence Directorate", "Lebanese Army",
                           "Military Forces of Lebanon"],
                    "ar": ["قوة من مديرية المخابرات في الجيش اللبناني", "مديرية المخابرات", "الجيش اللبناني"]}
BRITAL_WANTED = {"en": ["three wanted men", "wanted suspects"], "ar": ["ثلاثة مطلوبين"]}
CLANS = {"en": ["Al Assaf family", "Al Sweidan family", "Assaf clan", "Sweidan clan", "clan militias"],
         "ar": ["عائلتي آل عسّاف وآل سويدان", "آل عسّاف", "آل سويدان", "العائلتين"]}
SWEIDAN_GUNMEN = {"en": ["gunmen of the Al Sweidan family", "Sweidan clan"],
                  "ar": ["مسلحون من آل سويدان", "آل سويدان"]}
ASSAF_FAMILY = {"en": ["Al Assaf family", "Assaf clan"],
                "ar": ["أفراد من آل عسّاف", "عائلة آل عسّاف", "آل عسّاف"]}
BRITAL_YOUTHS = {"en": ["young men of Brital", "protesters"], "ar": ["شبان من البلدة", "المحتجين"]}
LAF = {"en": ["Lebanese Army", "Lebanese Armed Forces", "Military Forces of Lebanon"],
       "ar": ["الجيش اللبناني", "الجيش", "وحداته", "وحدات الجيش"]}
FEUD_PARTICIPANTS = {"en": ["participants in the clash", "gunmen of both families"],
                     "ar": ["المشاركين في الاشتباك"]}
SWEIDAN_FAMILY = {"en": ["Al Sweidan family", "Sweidan clan"], "ar": ["أبناء آل سويدان", "آل سويدان"]}
RECONCILIATION_COMMITTEE = {"en": ["Baalbek reconciliation committee", "clerics and clan notables"],
                            "ar": ["وفد من «لجنة المصالحة» في بعلبك", "«لجنة المصالحة»", "لجنة المصالحة"]}
CLAN_ELDERS = {"en": ["elders of both families", "Al Assaf family", "Al Sweidan family"],
               "ar": ["كبار العائلتين", "العائلتين"]}
BH_MPS = {"en": ["Baalbek-Hermel parliamentary bloc", "Lebanese MPs", "Parliament of Lebanon"],
          "ar": ["وفد من نواب كتلة بعلبك–الهرمل", "نواب كتلة بعلبك–الهرمل"]}
LAF_COMMAND = {"en": ["Lebanese Army Command", "Lebanese Army", "Lebanese Armed Forces"],
               "ar": ["قيادة الجيش"]}
SWEIDAN_YOUTH = {"en": ["a young man of the Al Sweidan family"], "ar": ["شاب من آل سويدان"]}
FEUD_GUNMEN = {"en": ["gunmen of the feuding families"],
               "ar": ["المتورطين في اشتباك بريتال", "كل من يطلق النار"]}
SHOOTERS = {"en": ["the gunmen who opened fire"], "ar": ["مطلقي النار"]}
SECURITY_SERVICES = {"en": ["Lebanese security services", "Lebanese Army"], "ar": ["الأجهزة الأمنية"]}
SUB_SECURITY_COUNCIL = {"en": ["Baalbek-Hermel sub-regional security council", "Governor of Baalbek-Hermel"],
                        "ar": ["مجلس الأمن الفرعي في محافظة بعلبك–الهرمل", "مجلس الأمن الفرعي"]}
SECURITY_CHIEFS = {"en": ["heads of the security services", "union of municipalities"],
                   "ar": ["قادة الأجهزة الأمنية", "رئيس اتحاد بلديات المنطقة"]}
HEZBOLLAH_AMAL = {"en": ["Hezbollah", "Amal Movement"],
                  "ar": ["«حزب الله» و«حركة أمل»", "«حزب الله»", "«حركة أمل»"]}
ASSAF_YOUTH = {"en": ["a young man of the Al Assaf family"], "ar": ["شاب من آل عسّاف"]}
IAAT_GUNMEN = {"en": ["unidentified gunmen"], "ar": ["مسلحين"]}

# ====================================================== places: 449
BRITAL = {"accept": ["بلدة بريتال", "بريتال", "Brital", "Britel"]}
YARZEH = {"accept": ["اليرزة", "Yarzeh", "al-Yarze"]}
LABWEH_HERMEL = {"accept": ["الطريق بين اللبوة والهرمل", "اللبوة", "الهرمل", "al-Labweh", "Labweh", "Hermel"]}
BAALBEK = {"accept": ["سرايا بعلبك", "بعلبك", "Baalbek"]}
IAAT = {"accept": ["بلدة إيعات", "إيعات", "Iaat", "Ayat"]}

# ====================================== 450: al-Thawra (Omdurman), Karari, Khartoum Bahri (Khartoum; 2023)
RSF = {"en": ["Rapid Support Forces", "RSF"], "ar": ["قوات الدعم السريع", "«الدعم السريع»", "الدعم السريع"]}
THAWRA_CIVILIANS = {"en": ["civilians in the al-Thawra market", "market-goers"],
                    "ar": ["تسعة مدنيين", "بائعات شاي وأطفالاً"]}
SAF = {"en": ["Sudanese Armed Forces", "SAF", "Sudanese army"], "ar": ["الجيش", "مواقع الجيش"]}
SAF_AIR = {"en": ["Sudanese Air Force", "Sudanese Armed Forces", "SAF"],
           "ar": ["الطيران الحربي التابع للجيش", "الجيش"]}
RSF_POSITIONS = {"en": ["Rapid Support Forces", "RSF"],
                 "ar": ["تجمعات لقوات الدعم السريع", "قوات الدعم السريع"]}
OMDURMAN_ERS = {"en": ["Omdurman Emergency Response Rooms", "Emergency Response Rooms"],
                "ar": ["غرف الطوارئ في أم درمان", "غرف الطوارئ"]}
HUMANITARIAN_ORGS = {"en": ["humanitarian organisations", "aid agencies"], "ar": ["المنظمات الإنسانية"]}
WFP = {"en": ["World Food Programme", "WFP"], "ar": ["برنامج الأغذية العالمي"]}
KARARI_FAMILIES = {"en": ["families in Karari locality"],
                   "ar": ["نحو خمسة عشر ألف أسرة في محلية كرري", "خمسة عشر ألف أسرة"]}
WHO = {"en": ["World Health Organization", "WHO"], "ar": ["منظمة الصحة العالمية"]}
OMDURMAN_HOSPITALS = {"en": ["Omdurman hospitals"], "ar": ["مستشفيات أم درمان"]}
HALFAYA_VOLUNTEERS = {"en": ["three volunteers of the Halfaya emergency room", "aid volunteers"],
                      "ar": ["ثلاثة متطوعين من غرفة طوارئ الحلفايا", "ثلاثة متطوعين"]}
RSF_COMMANDER = {"en": ["RSF field commander", "Rapid Support Forces", "RSF"],
                 "ar": ["قائد ميداني في الدعم السريع", "الدعم السريع"]}
KADARU_VICTIMS = {"en": ["people in the al-Kadaru market"], "ar": ["سبعة أشخاص", "سوقاً في حي الكدرو"]}
KARARI_OFFICIAL = {"en": ["executive director of Karari locality", "Karari locality"],
                   "ar": ["المدير التنفيذي لمحلية كرري", "محلية كرري"]}
RELIEF_ORGS = {"en": ["humanitarian organisations", "Sudanese Red Crescent"],
               "ar": ["ممثلين عن منظمات إنسانية", "الهلال الأحمر السوداني", "منظمات إنسانية"]}
SAF_SOURCE = {"en": ["Sudanese Armed Forces", "SAF"], "ar": ["مصدر عسكري"]}
LOCAL_ORGS = {"en": ["local organisations", "local NGOs"], "ar": ["منظمات محلية"]}

# ====================================================== places: 450
THAWRA = {"accept": ["منطقة الثورة", "الثورة", "أم درمان", "al-Thawra", "Thawra", "Omdurman"]}
BAHRI_SHAMBAT = {"accept": ["حي شمبات", "شمبات", "كبري الحلفايا", "الخرطوم بحري", "Shambat", "Khartoum Bahri",
                            "Bahri", "Khartoum North"]}
OMDURMAN = {"accept": ["أم درمان", "Omdurman"]}
KARARI = {"accept": ["محلية كرري", "كرري", "Karari", "Karrari"]}
HALFAYA = {"accept": ["الحلفايا", "بحري", "al-Halfaya", "Halfaya", "Khartoum Bahri"]}
SOUQ_LIBYA = {"accept": ["سوق ليبيا", "أم درمان", "Souq Libya", "Omdurman"]}
KADARU = {"accept": ["حي الكدرو", "الكدرو", "al-Kadaru", "Kadaru", "Khartoum Bahri"]}
BAHRI = {"accept": ["محطة بحري", "بحري", "Khartoum Bahri", "Bahri"]}
