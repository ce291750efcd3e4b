"""Accepted actor names and place names for the hundred-and-second team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الحكومة», «الفصائل», «الحركة», «اللجنة») are left out on
purpose, with these exceptions, each used only in an article where it names a single actor:
- 507: «التنسيقية» (only ever the coordination of the peaceful movement in al-Suwayda) and «المحتجين» (only
  ever the protesters of that movement);
- 510: «الانتقالي» (only ever the Southern Transitional Council) and «التحالف» (only ever the Saudi-led
  coalition).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ============================== 506: Afrin and the northern Aleppo countryside (Aleppo; March 2018)
TR_ARMY = {"en": ["Turkish Armed Forces", "Military Forces of Turkey", "Turkish army", "Turkey"],
           "ar": ["جيش الاحتلال التركي", "الجيش التركي", "القوات التركية", "رئاسة الأركان التركية"]}
SNA = {"en": ["Syrian National Army", "SNA", "Turkish-backed Syrian opposition factions",
              "Turkish-backed factions"],
       "ar": ["«الجيش الوطني السوري»", "الجيش الوطني السوري", "الفصائل المسلحة الموالية له"]}
TR_ARMY_SNA = merge(TR_ARMY, SNA)
YPG = {"en": ["People's Protection Units", "YPG", "Syrian Democratic Forces", "SDF"],
       "ar": ["«وحدات حماية الشعب»", "وحدات حماية الشعب", "مقاتلي «وحدات حماية الشعب»",
              "القيادة العامة لـ«وحدات حماية الشعب»"]}
AFRIN_CONVOY = {"en": ["seven civilians in a convoy of displaced people", "displaced civilians", "civilians"],
                "ar": ["سبعة مدنيين", "القتلى السبعة", "رتل من سيارات النازحين"]}
TR_GENERAL_STAFF = {"en": ["Turkish General Staff", "Turkish Armed Forces", "Turkey"],
                    "ar": ["رئاسة الأركان التركية"]}
FACTION_MEMBERS = {"en": ["members of the Turkish-backed factions", "Syrian National Army",
                          "Turkish-backed factions"],
                   "ar": ["عناصر من الفصائل"]}
FACTION_GUNMEN = {"en": ["gunmen of the Turkish-backed factions", "Syrian National Army",
                         "Turkish-backed factions"],
                  "ar": ["مسلحو الفصائل"]}
AFRIN_DISPLACED = {"en": ["columns of displaced people from Afrin", "displaced people"],
                   "ar": ["أرتال النازحين"]}
DISPLACED_FAMILIES = {"en": ["displaced families", "displaced people from Afrin"], "ar": ["العائلات النازحة"]}
TR_PRESIDENCY = {"en": ["Turkish presidency spokesman", "Government of Turkey", "Turkey"],
                 "ar": ["المتحدث باسم الرئاسة التركية"]}
AFRIN_PEOPLE = {"en": ["people of Afrin", "residents of Afrin"], "ar": ["أهالي عفرين"]}
TR_RED_CRESCENT = {"en": ["Turkish Red Crescent"], "ar": ["«الهلال الأحمر التركي»", "الهلال الأحمر التركي"]}
YPG_PRISONERS = {"en": ["three captured YPG fighters", "YPG fighters"],
                 "ar": ["ثلاثة من مقاتلي الوحدات", "مقاتلي الوحدات"]}
OCCUPATION_MERCENARIES = {"en": ["Turkish army and its allied factions", "Turkish Armed Forces",
                                 "Syrian National Army"],
                          "ar": ["مواقع الاحتلال ومرتزقته", "القوات التركية"]}
AFRIN_RESIDENTS = {"en": ["residents of Afrin"], "ar": ["الأهالي"]}
KURDISH_RC = {"en": ["Kurdish Red Crescent", "Heyva Sor a Kurd"],
              "ar": ["الهلال الأحمر الكردي", "للهلال الأحمر الكردي"]}
TAL_RIFAAT_DISPLACED = {"en": ["thousands of displaced people in Tal Rifaat", "displaced people"],
                        "ar": ["آلاف النازحين"]}
UN = {"en": ["United Nations", "UN"], "ar": ["الأمم المتحدة", "للأمم المتحدة"]}
TR_AIR = {"en": ["Turkish Air Force", "Military Forces of Turkey", "Turkey"], "ar": ["الطيران الحربي التركي"]}
TR_AIR_FEB = {"en": ["Turkish Air Force", "Military Forces of Turkey", "Turkey"],
              "ar": ["غارة جوية تركية", "أنقرة"]}
JANDAIRIS_VICTIMS = {"en": ["five civilians queuing at a bakery", "civilians"], "ar": ["خمسة مدنيين"]}
AUTONOMOUS_ADMIN = {"en": ["Autonomous Administration in Afrin", "Democratic Autonomous Administration",
                           "Kurdish-led administration"],
                    "ar": ["الإدارة الذاتية الديمقراطية في مقاطعة عفرين", "الإدارة الذاتية الديمقراطية"]}
INTERNATIONAL_COMMUNITY = {"en": ["international community"], "ar": ["المجتمع الدولي"]}

# ====================================================== places: 506
AFRIN = {"accept": ["مدينة عفرين", "عفرين", "Afrin", "Efrin", "Afreen"]}
AFRIN_MAHMOUDIYA = place({"accept": ["حي المحمودية", "المحمودية", "al-Mahmoudiyah", "Mahmoudiya"]}, AFRIN)
TAL_RIFAAT = {"accept": ["تل رفعت", "Tal Rifaat", "Tell Rifaat", "Tal Rif'at"]}
AFRIN_TAL_RIFAAT_ROAD = place(AFRIN, TAL_RIFAAT)
ANKARA = {"accept": ["أنقرة", "Ankara"]}
ANKARA_AFRIN = place(ANKARA, AFRIN)
RAJO = {"accept": ["بلدة راجو", "راجو", "Rajo", "Raju"]}
SHEIKH_HADID = {"accept": ["ناحية شيخ الحديد", "شيخ الحديد", "Sheikh al-Hadid", "Shaykh al-Hadid",
                           "Sheikh Hadid"]}
JANDAIRIS = {"accept": ["بلدة جنديرس", "جنديرس", "Jandairis", "Jinderes", "Jindires"]}

# ============================== 507: al-Suwayda (Syria; September 2023)
SUWAYDA_PROTESTERS = {"en": ["protesters in al-Suwayda", "Suwayda protest movement", "protesters"],
                      "ar": ["آلاف المحتجين", "المحتجين"]}
MIL_SECURITY_CHECKPOINT = {"en": ["Syrian Military Security", "Military Forces of Syria",
                                  "Syrian government forces", "Syrian security forces"],
                           "ar": ["عناصر حاجز تابع لفرع الأمن العسكري", "فرع الأمن العسكري",
                                  "عناصر حاجز شهبا"]}
SHAHBA_YOUTHS = {"en": ["two young protesters", "protesters"],
                 "ar": ["شابان", "الشابين القتيلين", "محتجين عائدين من ساحة السير"]}
OUTLAW_GROUP = {"en": ["unnamed armed group", "gunmen"], "ar": ["«مجموعة مسلحة خارجة عن القانون»"]}
SUWAYDA_POLICE_SOURCE = {"en": ["Suwayda police command", "Police Forces of Syria", "Syrian government",
                                "SANA"],
                         "ar": ["مصدر في قيادة شرطة محافظة السويداء", "وكالة «سانا»"]}
HOSTILE_PARTIES = {"en": ["unnamed hostile parties"], "ar": ["«جهات معادية»"]}
SUWAYDA_CLOSERS = {"en": ["protesters in al-Suwayda", "Suwayda protest movement", "protesters"],
                   "ar": ["محتجون"]}
BAATH = {"en": ["Baath Party", "Arab Socialist Baath Party"], "ar": ["حزب البعث"]}
SUWAYDA_COORDINATION = {"en": ["Coordination of the Peaceful Movement in al-Suwayda",
                               "Suwayda protest movement"],
                        "ar": ["تنسيقية الحراك السلمي في السويداء", "التنسيقية"]}
SHAHBA_STRIKERS = merge({"en": ["shopkeepers and public employees of Shahba"],
                         "ar": ["المحال التجارية", "تجار"]}, SUWAYDA_COORDINATION)
ANGRY_YOUTHS = {"en": ["angry young men", "protesters"], "ar": ["شبان غاضبون"]}
MEN_OF_DIGNITY = {"en": ["Men of Dignity", "Men of Dignity Movement", "Rijal al-Karama"],
                  "ar": ["«حركة رجال الكرامة»", "حركة رجال الكرامة"]}
SECURITY_CHECKPOINTS = {"en": ["Syrian security forces", "Military Forces of Syria", "Syrian government"],
                        "ar": ["الحواجز الأمنية"]}
SUWAYDA_GOVERNOR = {"en": ["Governor of al-Suwayda", "Syrian government", "Government of Syria"],
                    "ar": ["محافظ السويداء"]}
FOREIGN_AGENDAS = {"en": ["unnamed foreign-backed parties"], "ar": ["«أصحاب الأجندات الخارجية»"]}
SY_GOVERNMENT = {"en": ["Syrian government", "Military Forces of Syria", "Syrian army"],
                 "ar": ["الحكومة السورية", "للحكومة السورية"]}
SUWAYDA_POLICE = {"en": ["Suwayda police command", "Police Forces of Syria"], "ar": ["مصدر في قيادة الشرطة"]}
LAWYERS = {"en": ["Suwayda branch of the Syrian Bar Association", "lawyers"], "ar": ["فرع نقابة المحامين"]}
SHAHBA_NOTABLES = {"en": ["delegation of Shahba notables", "Shahba notables"],
                   "ar": ["وفد من وجهاء شهبا", "وجهاء شهبا"]}
MIL_SECURITY_HEAD = {"en": ["head of the Military Security branch", "Syrian Military Security"],
                     "ar": ["رئيس فرع الأمن العسكري"]}
ARIQA_FIGHTERS = {"en": ["local gunmen", "Syrian Military Security", "Military Forces of Syria"],
                  "ar": ["مسلحين محليين", "عناصر من فرع الأمن العسكري"]}
ARIQA_YOUTH = {"en": ["a young man from Ariqa"], "ar": ["شاب"]}
SHAHBA_CHECKPOINT = {"en": ["Military Security checkpoint at Shahba", "Syrian Military Security"],
                     "ar": ["عناصر حاجز شهبا"]}
MOURNERS_SHAHBA = {"en": ["mourners in Shahba"], "ar": ["الآلاف"]}

# ====================================================== places: 507
SUWAYDA_CITY = {"accept": ["مدينة السويداء", "السويداء", "al-Suwayda", "Suwayda", "As-Suwayda", "Sweida"]}
SUWAYDA_SQUARE = place({"accept": ["ساحة السير", "al-Sir square"]}, SUWAYDA_CITY)
SHAHBA = {"accept": ["مدينة شهبا", "شهبا", "Shahba", "Shahbaa"]}
SHAHBA_JUNCTION = place({"accept": ["مفرق شهبا"]}, SHAHBA)
SALKHAD_QRAYYA = {"accept": ["مدينة صلخد", "صلخد", "Salkhad", "بلدة القريّا", "القريّا", "القريا", "al-Qrayya",
                             "Qrayya", "al-Qurayya"]}
THAALA = {"accept": ["مطار الثعلة العسكري", "مطار الثعلة", "الثعلة", "al-Thaala", "Thaala", "Tha'la"]}
ARIQA = {"accept": ["بلدة عريقة", "عريقة", "Ariqa", "Araiqa"]}

# ============================== 508: Basra (Iraq; July 2018)
UNKNOWN_GUNMEN = {"en": ["unidentified gunmen", "Unidentified Armed Group", "gunmen"],
                  "ar": ["مسلحون مجهولون"]}
ZUBAIR_ACTIVIST = {"en": ["civil activist", "activist", "protest activist"],
                   "ar": ["ناشطاً مدنياً", "الناشط القتيل", "ناشط مدني"]}
KIDNAPPERS = {"en": ["kidnappers", "gunmen in military uniform", "Unidentified Armed Group"],
              "ar": ["مسلحون يرتدون زياً عسكرياً", "الخاطفين", "الخاطفون"]}
BUSINESSMAN = {"en": ["businessman", "food importer"], "ar": ["رجل أعمال", "رجل الأعمال"]}
BUSINESSMAN_FAMILY = {"en": ["the businessman's family"], "ar": ["العائلة", "ذويه"]}
BASRA_POLICE_SOURCE = {"en": ["Basra police command", "Police Forces of Iraq"],
                       "ar": ["مصدر في قيادة شرطة البصرة", "قيادة شرطة البصرة"]}
CRIME_POLICE = {"en": ["Basra anti-crime directorate", "Police Forces of Iraq", "Basra police"],
                "ar": ["مفارز مديرية مكافحة الإجرام", "قيادة الشرطة"]}
SUSPECTS_FIVE = {"en": ["five kidnapping suspects", "suspects"], "ar": ["خمسة متهمين"]}
TWO_TRIBES = {"en": ["two tribes of Shatt al-Arab", "tribal militias"], "ar": ["عشيرتين"]}
IRAQI_ARMY_FORCE = {"en": ["Iraqi army", "Military Forces of Iraq"], "ar": ["قوة من الجيش"]}
BASRA_OPS = {"en": ["Basra Operations Command", "Military Forces of Iraq", "Iraqi security forces"],
             "ar": ["قيادة عمليات البصرة"]}
FEMALE_ACTIVIST = {"en": ["female activist", "activist"], "ar": ["ناشطة"]}
POLICE_SOURCE_RUMOUR = {"en": ["Basra police command", "Police Forces of Iraq"],
                        "ar": ["مصدر في قيادة الشرطة"]}
ACTIVISTS = {"en": ["activists", "protesters"], "ar": ["عشرات الناشطين"]}
BASRA_LOCAL_GOV = {"en": ["Basra provincial government", "local government", "Government of Iraq"],
                   "ar": ["الحكومة المحلية"]}
IHCHR_BASRA = {"en": ["Iraqi High Commission for Human Rights", "IHCHR"],
               "ar": ["مكتب المفوضية العليا لحقوق الإنسان في البصرة"]}
SECURITY_AGENCIES = {"en": ["Iraqi security forces", "Police Forces of Iraq"], "ar": ["الأجهزة الأمنية"]}
MOTORBIKE_GUNMEN = {"en": ["gunmen on a motorbike", "Unidentified Armed Group", "gunmen"],
                    "ar": ["مسلحون يستقلون دراجة نارية"]}
LAWYER = {"en": ["lawyer", "a lawyer of detainees"], "ar": ["محامياً"]}
BASRA_POLICE_CHIEF = {"en": ["Basra police chief", "Police Forces of Iraq"], "ar": ["قائد شرطة البصرة"]}
TRIBAL_SHEIKHS = {"en": ["sheikhs of the two feuding tribes", "tribal sheikhs"],
                  "ar": ["شيوخ العشيرتين المتنازعتين"]}
MOURNERS_ZUBAIR = {"en": ["mourners in al-Zubair"], "ar": ["المئات", "المشيعون"]}

# ====================================================== places: 508
ZUBAIR = {"accept": ["قضاء الزبير", "الزبير", "al-Zubair", "Zubair", "az-Zubayr", "Zubayr"]}
ABU_AL_KHASIB = {"accept": ["قضاء أبي الخصيب", "أبي الخصيب", "أبو الخصيب", "Abu al-Khasib", "Abu al-Khaseeb",
                            "Abu al Khasib"]}
QURNA = {"accept": ["قضاء القرنة", "القرنة", "al-Qurna", "Qurna", "al-Qurnah"]}
SHATT_AL_ARAB = {"accept": ["قضاء شط العرب", "شط العرب", "Shatt al-Arab", "Shatt al Arab"]}
BASRA = {"accept": ["البصرة", "Basra", "Basrah", "al-Basra"]}
KARMAT_ALI = {"accept": ["منطقة كرمة علي", "كرمة علي", "Karmat Ali", "Karmat 'Ali"]}
ASHAR = place({"accept": ["منطقة العشار", "العشار", "al-Ashar", "Ashar"]}, BASRA)
HAYYANIYA = place({"accept": ["حي الحيانية", "الحيانية", "al-Hayyaniya", "Hayyaniyah"]}, BASRA)

# ============================== 509: south Lebanon (October 2024)
IDF_SPOKESMAN = {"en": ["Israeli army spokesman", "Israel Defense Forces", "IDF",
                        "Military Forces of Israel"],
                 "ar": ["المتحدث باسم الجيش الإسرائيلي", "الجيش الإسرائيلي"]}
TYRE_RESIDENTS = {"en": ["residents of three Tyre neighbourhoods", "residents of Tyre"],
                  "ar": ["سكان ثلاثة أحياء في مدينة صور"]}
TYRE_FAMILIES = {"en": ["families of Tyre", "displaced families"], "ar": ["مئات العائلات"]}
IDF_WARPLANE = {"en": ["Israeli Air Force", "Israel Defense Forces", "Military Forces of Israel", "Israel"],
                "ar": ["طائرة حربية إسرائيلية", "الجيش الإسرائيلي"]}
TYRE_DEAD = {"en": ["five people in Tyre", "civilians"], "ar": ["خمسة أشخاص", "القتلى الخمسة"]}
IDF = {"en": ["Israel Defense Forces", "IDF", "Military Forces of Israel", "Israeli army"],
       "ar": ["الجيش الإسرائيلي"]}
HEZBOLLAH = {"en": ["Hezbollah", "Islamic Resistance", "Hizbollah"],
             "ar": ["«المقاومة الإسلامية» في «حزب الله»", "«حزب الله»", "حزب الله", "مقاتلي الحزب"]}
IDF_SOLDIERS = {"en": ["Israeli soldiers", "Military Forces of Israel", "Israel Defense Forces"],
                "ar": ["تجمعات لجنود الجيش الإسرائيلي"]}
HEZBOLLAH_IDF = merge(HEZBOLLAH, {"en": ["Israel Defense Forces", "Military Forces of Israel", "IDF"],
                                  "ar": ["قوة إسرائيلية"]})
IL_AIR_FORCE = {"en": ["Israeli Air Force", "Military Forces of Israel", "Israel"],
                "ar": ["الطيران الحربي الإسرائيلي"]}
UNIFIL = {"en": ["UNIFIL", "United Nations Interim Force in Lebanon", "United Nations"],
          "ar": ["قوات الأمم المتحدة المؤقتة «اليونيفيل»", "«اليونيفيل»", "اليونيفيل"]}
IL_SPECIAL_FORCE = {"en": ["Israeli special forces", "Israel Defense Forces", "Military Forces of Israel"],
                    "ar": ["قوة إسرائيلية خاصة"]}
WFP = {"en": ["World Food Programme", "WFP", "United Nations"], "ar": ["برنامج الأغذية العالمي"]}
DISPLACED_4000 = {"en": ["four thousand displaced families in Tyre", "displaced families"],
                  "ar": ["أربعة آلاف عائلة نازحة"]}
TYRE_UNION = {"en": ["Union of Tyre Municipalities", "Tyre municipalities union"],
              "ar": ["اتحاد بلديات قضاء صور"]}
INTL_ORGS = {"en": ["international organisations"], "ar": ["المنظمات الدولية"]}
TYRE_MUNICIPALITY = {"en": ["Tyre municipality"], "ar": ["بلدية صور"]}
FAMILIES_1200 = {"en": ["twelve hundred displaced families", "displaced families"], "ar": ["ألف ومئتي عائلة"]}
IL_STRIKE = {"en": ["Israeli Air Force", "Military Forces of Israel", "Israel"],
             "ar": ["غارة إسرائيلية", "الطيران الإسرائيلي"]}
KHIAM_FAMILY = {"en": ["three members of a displaced family", "civilians"],
                "ar": ["ثلاثة من أفرادها", "عائلة نازحة"]}
LB_CARETAKER_PM = {"en": ["Lebanese caretaker Prime Minister", "Government of Lebanon", "Lebanon"],
                   "ar": ["رئيس حكومة تصريف الأعمال"]}
ISRAEL = {"en": ["Israel", "Government of Israel"], "ar": ["إسرائيل"]}
UNSC = {"en": ["UN Security Council", "Security Council", "United Nations"], "ar": ["مجلس الأمن"]}
LEBANON = {"en": ["Lebanon", "Government of Lebanon"], "ar": ["لبنان"]}
ISRAELI_CITIES = {"en": ["Israel", "Israeli cities"], "ar": ["مدناً إسرائيلية أخرى"]}

# ====================================================== places: 509
TYRE = {"accept": ["مدينة صور", "صور", "Tyre", "Sour", "Sur"]}
TYRE_RAMEL = place({"accept": ["حي الرمل", "al-Ramel"]}, TYRE)
KIRYAT_SHMONA = {"accept": ["كريات شمونة", "Kiryat Shmona", "Qiryat Shemona"]}
KHIAM = {"accept": ["بلدة الخيام", "الخيام", "Khiam", "el-Khiam", "al-Khiyam"]}
BINT_JBEIL = {"accept": ["مدينة بنت جبيل", "بنت جبيل", "Bint Jbeil", "عيناثا", "Aynatha", "Ainata"]}
MARJAYOUN = {"accept": ["مرجعيون", "Marjayoun", "Marjeyoun", "Marjayun"]}
BLUE_LINE = {"accept": ["الخط الأزرق", "Blue Line", "جنوب لبنان", "South Lebanon"]}
KFAR_KILA = {"accept": ["بلدة كفركلا", "كفركلا", "Kfar Kila", "Kafr Kila", "مرجعيون", "Marjayoun"]}

# ============================== 510: Aden (Yemen; August 2019)
STC = {"en": ["Southern Transitional Council", "STC", "Security Belt Forces", "Security Belt"],
       "ar": ["قوات «الحزام الأمني»", "«الحزام الأمني»", "المجلس الانتقالي الجنوبي", "قوات الانتقالي",
              "الانتقالي"]}
PRESIDENTIAL_BRIGADES = {"en": ["Presidential Protection Brigades", "Military Forces of Yemen",
                                "Yemeni government forces", "Government of Yemen"],
                         "ar": ["ألوية الحماية الرئاسية", "وحدات من ألوية الحماية الرئاسية"]}
STC_PRESIDENTIAL = merge(STC, PRESIDENTIAL_BRIGADES)
YE_GOVERNMENT = {"en": ["Government of Yemen", "Yemeni government", "Hadi government"],
                 "ar": ["الحكومة الشرعية"]}
COALITION = {"en": ["Saudi-led coalition", "Coalition to Restore Legitimacy in Yemen", "Saudi Arabia"],
             "ar": ["تحالف دعم الشرعية بقيادة السعودية", "تحالف دعم الشرعية", "التحالف"]}
PRESIDENTIAL_SOLDIERS = {"en": ["soldiers and officers of the Presidential Protection Brigades",
                                "Military Forces of Yemen"],
                         "ar": ["عشرات الجنود والضباط", "ألوية الحماية الرئاسية"]}
SOLDIERS_48 = {"en": ["forty-eight detained soldiers", "Military Forces of Yemen"],
               "ar": ["ثمانية وأربعين من الجنود المحتجزين"]}
SAUDI_OFFICERS = {"en": ["Saudi officers", "Saudi Arabia", "Saudi-led coalition"], "ar": ["ضباط سعوديون"]}
BANK_GUNMEN = {"en": ["gunmen"], "ar": ["مسلحين"]}
STC_DELEGATION = {"en": ["Southern Transitional Council delegation", "STC"],
                  "ar": ["وفد من المجلس الانتقالي"]}
YE_GOVERNMENT_REPS = {"en": ["Government of Yemen", "Yemeni government representatives"],
                      "ar": ["ممثلين عن الحكومة"]}
BELT_CHECKPOINT = {"en": ["Security Belt checkpoint", "Security Belt Forces",
                          "Southern Transitional Council"],
                   "ar": ["أربعة من عناصرها ومدني", "نقطة تفتيش لقوات «الحزام الأمني»"]}
TERRORIST_GROUPS = {"en": ["unnamed terrorist groups"], "ar": ["«جماعات إرهابية»"]}
ADEN_SECURITY = {"en": ["Aden Security Directorate", "Southern Transitional Council",
                        "Police Forces of Yemen"],
                 "ar": ["إدارة أمن عدن"]}

# ====================================================== places: 510
ADEN = {"accept": ["مدينة عدن", "عدن", "Aden", "Adan"]}
DAR_SAAD = place({"accept": ["مديرية دار سعد", "دار سعد", "Dar Saad", "Dar Sa'ad"]}, ADEN)
CRATER = place({"accept": ["قصر معاشيق", "معاشيق", "مديرية كريتر", "كريتر", "Crater", "Maashiq",
                           "al-Maashiq"]}, ADEN)
CRATER_BANK = place({"accept": ["مقرّ البنك المركزي في كريتر", "كريتر", "Crater"]}, ADEN)
MUALLA = place({"accept": ["مديرية المعلا", "المعلا", "al-Mualla", "Mualla", "al-Mu'alla"]}, ADEN)
KHOR_MAKSAR = place({"accept": ["مديرية خور مكسر", "خور مكسر", "مطار عدن الدولي", "Khor Maksar",
                                "Aden International Airport"]}, ADEN)
JEDDAH = {"accept": ["مدينة جدة", "جدة", "Jeddah", "Jiddah"]}
SHEIKH_OTHMAN = {"accept": ["مديرية الشيخ عثمان", "الشيخ عثمان", "Sheikh Othman", "Shaykh Uthman"]}
