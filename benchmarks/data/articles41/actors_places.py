"""Accepted actor names and place names for the forty-first team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not copied
from any other set's lists (the style follows the template set ``../articles18/``: Arabic surface forms as they occur
in the articles, common variants, and English names). Towns were checked against the GeoNames lists in
../shared/data/geonames/ where they have them (Harem, Salqin, Kafr Takharim, Armanaz, Darkush; Deir Hafer, Rasm
al-Harmal al-Imam, Maskanah, Kuwayris; al-Tabqa, al-Jarniyah, Ain Issa; Jarabulus; Qalaat al-Madiq, al-Suqaylabiyah,
Karnaz). Villages, quarters, rivers and camps absent from those lists (al-Amarneh, the Sajur, al-Tuwayna, Kafr
Nabudah, al-Habit, Shir Mughar, Jurin, Atmeh) carry their usual spellings.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms are left out, with these exceptions, each used only in an article where it names a
single actor: «الهيئة» (201 and 205, always Hay'at Tahrir al-Sham), «الجيش» (202, always the Syrian army), «التنظيم»
(202, 203 and 204, always ISIS), «الحملة» (203, the activists' campaign that publishes the article), «الوحدات» (204,
always the YPG), «الفصائل» (204 and 205, the rebel factions of the article), «المجلس المحلي» (one council per article).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge

# ================================================================ actors: shared
CIVILIANS = {"en": ["civilians", "civilian", "residents", "locals", "people", "citizens"],
             "ar": ["مدنيين", "المدنيين", "مدنيون", "مدني", "المواطنين", "الأهالي", "السكان"]}
UNKNOWN = {"en": ["unknown gunmen", "unidentified gunmen", "unknown assailants", "unknown persons"],
           "ar": ["مسلحون مجهولون", "مسلحين مجهولين", "مجهولون", "مجهولين"]}
ISIS = {"en": ["Islamic State", "ISIS", "ISIL", "IS", "Daesh"],
        "ar": ["تنظيم «داعش»", "داعش", "«داعش»", "التنظيم", "عناصر التنظيم"]}
HTS = {"en": ["Hay'at Tahrir al-Sham", "HTS", "Tahrir al-Sham"],
       "ar": ["هيئة تحرير الشام", "«هيئة تحرير الشام»", "تحرير الشام", "«تحرير الشام»", "الهيئة"]}
TR_RED_CRESCENT = {"en": ["Turkish Red Crescent", "Kizilay", "Turk Kizilay"], "ar": ["الهلال الأحمر التركي"]}
RUSSIA = {"en": ["Russia", "Russian government", "Russian side"], "ar": ["روسيا", "الجانب الروسي"]}

# ================================================================ 201: Harem and Salqin, 2017 (Idlib opposition site)
RU_AIR = merge({"en": ["Russian air force", "Russian warplanes", "Russian jets", "Russian aircraft", "warplane"],
                "ar": ["طائرات حربية روسية", "الطيران الروسي", "طائرة حربية يُرجّح أنها روسية", "طائرة حربية",
                       "الطائرة"]}, RUSSIA)
SALQIN_MARKET_VICTIMS = merge({"en": ["nine civilians", "market", "shoppers", "rescuers", "displaced people"],
                               "ar": ["تسعة مدنيين", "السوق الشعبي", "المتسوقين", "الأهالي والمسعفين",
                                      "المسعفين"]}, CIVILIANS)
HTS_201 = merge(HTS, {"en": ["HTS checkpoint", "HTS security apparatus", "checkpoint members"],
                      "ar": ["حاجز تابع لـ«هيئة تحرير الشام»", "عناصر حاجز", "عناصر الحاجز",
                             "الجهاز الأمني للهيئة", "مسؤول في الجهاز الأمني للهيئة"]})
HAREM_ACTIVISTS = {"en": ["two media activists", "media activists", "activists", "citizen journalists"],
                   "ar": ["ناشطَين إعلاميَين", "ناشطين إعلاميين", "الناشطَين", "الناشطين", "الموقوفَين",
                          "الموقوفين", "أحدهما"]}
HAREM_PROTESTERS = merge({"en": ["Harem residents", "protesters", "demonstrators", "residents and activists of Harem"],
                          "ar": ["العشرات من أهالي حارم وناشطيها", "أهالي حارم", "المحتجين", "المحتجون"]},
                         CIVILIANS)
TR_ARMY = {"en": ["Turkish army", "Turkish Armed Forces", "Turkish forces", "Turkish troops", "Turkish military",
                  "Turkish officers"],
           "ar": ["حشود عسكرية تركية", "الجيش التركي", "القوات التركية", "ضباط أتراك"]}
OLIVE_PRESS = {"en": ["olive press", "fodder warehouse"], "ar": ["معصرة زيتون", "مستودع للأعلاف"]}
KIDNAPPERS = merge(UNKNOWN, {"en": ["kidnappers", "abductors"], "ar": ["الخاطفين", "الخاطفون"]})
ARMANAZ_TRADER = merge({"en": ["livestock trader", "cattle trader", "trader"],
                        "ar": ["تاجر مواشٍ", "تاجر مواش", "تاجر"]}, CIVILIANS)
TRADER_FAMILY = {"en": ["the trader's family", "family", "relatives"], "ar": ["العائلة", "ذويه", "أقاربه"]}
SALQIN_HOSPITAL = {"en": ["Salqin field hospital", "field hospital", "hospital"],
                   "ar": ["مشفى سلقين الميداني", "المشفى"]}
SALQIN_COUNCIL = {"en": ["Salqin local council", "local council of Salqin", "local council"],
                  "ar": ["المجلس المحلي لمدينة سلقين", "المجلس المحلي"]}
TURKEY_UN = {"en": ["Turkey", "Turkish side", "United Nations", "UN"], "ar": ["الجانب التركي", "الأمم المتحدة"]}
HUMANITARIAN_ORGS = {"en": ["humanitarian organisations", "humanitarian organizations", "NGOs"],
                     "ar": ["المنظمات الإنسانية"]}
AHRAR_COMMANDER = {"en": ["former Ahrar al-Sham commander", "former commander", "Ahrar al-Sham"],
                   "ar": ["قيادي سابق في «حركة أحرار الشام الإسلامية»", "قيادي سابق",
                          "حركة أحرار الشام الإسلامية", "أحرار الشام"]}
UNKNOWN_CELL = merge({"en": ["unknown cell", "unidentified cell"], "ar": ["خلية مجهولة"]}, UNKNOWN)
HAREM_NOTABLES = {"en": ["Harem notables", "delegation of Harem notables", "notables and dignitaries of Harem"],
                  "ar": ["وفد من وجهاء حارم وأعيانها", "وجهاء حارم", "الوفد"]}
HAREM_RESIDENTS = merge({"en": ["Harem residents"], "ar": ["أهالي حارم"]}, CIVILIANS)

SALQIN = {"accept": ["سلقين", "مدينة سلقين", "سوق سلقين", "Salqin", "Salqeen", "Salqīn"]}
HAREM = {"accept": ["حارم", "مدينة حارم", "Harem", "Harim", "Ḩārim"]}
HAREM_BORDER = {"accept": ["حارم", "مدينة حارم", "الحدود", "Harem", "Harim", "Turkish border",
                           "Syrian-Turkish border"]}
ATMEH = {"accept": ["أطمة", "بلدة أطمة", "Atmeh", "Atimah", "Atma"]}
KAFR_TAKHARIM = {"accept": ["كفر تخاريم", "بلدة كفر تخاريم", "Kafr Takharim", "Kafr Takhārīm", "Kafr Takhareem"]}
SALQIN_HAREM_ROAD = {"accept": ["الطريق الواصل بين سلقين وحارم", "سلقين", "حارم", "Salqin", "Harem",
                                "Salqin-Harem road"]}
ARMANAZ = {"accept": ["أرمناز", "بلدة أرمناز", "Armanaz", "Armanāz"]}

# ================================================================ 202: Deir Hafer and Maskanah, 2017 (loyalist network)
SY_ARMY = {"en": ["Syrian Arab Army", "Syrian army", "SAA", "Syrian government forces", "allied forces"],
           "ar": ["الجيش العربي السوري", "وحدات من الجيش العربي السوري", "القوات الرديفة", "وحدات الجيش",
                  "بواسل الجيش", "الجيش", "الجنود"]}
SY_AIR = {"en": ["Syrian Air Force", "Syrian Arab Air Force", "Syrian air force", "Syrian warplanes"],
          "ar": ["سلاح الجو في الجيش العربي السوري", "سلاح الجو"]}
ISIS_202 = merge(ISIS, {"en": ["ISIS terrorists"],
                        "ar": ["إرهابيي تنظيم «داعش»", "عصابات «داعش» الإرهابية", "عصابات «داعش»", "الإرهابيين",
                               "تجمعات التنظيم"]})
ARMY_ISIS = merge(SY_ARMY, ISIS_202)
DH_VICTIMS = merge({"en": ["three civilians", "a woman and her child"], "ar": ["ثلاثة مدنيين", "امرأة وطفلها"]},
                   CIVILIANS)
SARC = {"en": ["Syrian Arab Red Crescent", "SARC"],
        "ar": ["الهلال الأحمر العربي السوري", "منظمة الهلال الأحمر العربي السوري"]}
DH_RETURNEES = merge({"en": ["returning residents", "Deir Hafer residents", "returnees"],
                      "ar": ["الأهالي العائدين إلى المدينة", "الأهالي العائدين"]}, CIVILIANS)
DH_RECONCILIATION = {"en": ["Deir Hafer reconciliation committee", "reconciliation committee", "Syrian authorities",
                            "competent authorities"],
                     "ar": ["لجنة المصالحة في دير حافر", "لجنة المصالحة", "الجهات المختصة"]}
DH_SETTLED = {"en": ["117 people", "draft evaders", "deserters", "men of Deir Hafer"],
              "ar": ["117 شخصاً", "متخلفون عن الخدمة الإلزامية", "فارّون"]}
SY_SECURITY = {"en": ["Syrian security forces", "security services", "security agencies"],
               "ar": ["الجهات الأمنية", "مصدر أمني"]}
ISIS_CELL = merge({"en": ["ISIS cell", "terrorist cell", "four people"],
                   "ar": ["خلية إرهابية مؤلفة من أربعة أشخاص", "خلية إرهابية", "أربعة أشخاص"]}, ISIS)
MASKANAH_YOUTH = merge({"en": ["a young man", "young man from Maskanah"], "ar": ["شاباً من أبناء المدينة", "شاباً"]},
                       CIVILIANS)
MASKANAH_RESIDENTS = merge({"en": ["besieged residents of Maskanah"], "ar": ["الأهالي المحاصرين داخل مسكنة"]},
                           CIVILIANS)
ALEPPO_DELEGATION = {"en": ["Aleppo governorate delegation", "delegation of Aleppo governorate",
                            "Aleppo governorate"],
                     "ar": ["وفد من محافظة حلب", "محافظة حلب", "الوفد"]}
DH_NOTABLES = {"en": ["Deir Hafer notables", "notables", "village mukhtars"],
               "ar": ["وجهاء المدينة", "مخاتير القرى المحيطة بها", "مخاتير القرى"]}
DH_RESIDENTS = merge({"en": ["Deir Hafer residents"], "ar": ["الأهالي"]}, CIVILIANS)
SY_AUTHORITIES = {"en": ["concerned authorities", "Syrian authorities", "authorities"], "ar": ["الجهات المعنية"]}

MASKANAH = {"accept": ["مسكنة", "محور مسكنة", "غرب مسكنة", "أطراف مسكنة", "بالس", "Maskanah", "Maskana",
                       "Meskene"]}
DEIR_HAFER = {"accept": ["دير حافر", "مدينة دير حافر", "Deir Hafer", "Dayr Hafir", "Dayr Ḩāfir", "Deir Hafir"]}
RASM_HARMAL = {"accept": ["رسم الحرمل الإمام", "قرية رسم الحرمل الإمام", "رسم الحرمل", "Rasm al-Harmal al-Imam",
                          "Rasm al Harmal", "Rasm al-Harmal", "Deir Hafer"]}
KUWAYRIS_ROAD = {"accept": ["مطار كويرس العسكري", "مطار كويرس", "دير حافر", "Kuwayris", "Kuweires airbase",
                             "Deir Hafer"]}

# ================================================================ 203: al-Tabqa, 2017 (Raqqa activists' campaign)
COALITION = {"en": ["US-led coalition", "international coalition", "Global Coalition", "coalition aircraft",
                    "coalition"],
             "ar": ["التحالف الدولي", "طائرات التحالف الدولي", "طائرات التحالف", "التحالف"]}
TABQA_VICTIMS = merge({"en": ["fourteen civilians", "displaced families", "residential area"],
                       "ar": ["أربعة عشر مدنياً", "عائلات نازحة", "منطقة سكنية"]}, CIVILIANS)
ISIS_203 = merge(ISIS, {"en": ["ISIS Hisba", "Hisba", "ISIS security", "ISIS snipers", "Amaq"],
                        "ar": ["«الحسبة»", "الحسبة", "«جهاز الأمنيين»", "جهاز الأمنيين",
                               "دوريات تابعة لـ«الحسبة»", "قناصو التنظيم", "قياديين في التنظيم",
                               "مقاتلي التنظيم"]})
TABQA_FLEEING = merge({"en": ["thirty people", "families", "women and children"],
                       "ar": ["ثلاثين شخصاً", "نساء وأطفال", "عائلات"]}, CIVILIANS)
SDF = {"en": ["Syrian Democratic Forces", "SDF", "QSD", "SDF media centre", "SDF media center"],
       "ar": ["قوات سوريا الديمقراطية", "«قوات سوريا الديمقراطية»", "قسد", "«قسد»", "المركز الإعلامي لـ«قسد»",
              "عناصر «قسد»"]}
SDF_ISIS = merge(SDF, ISIS_203)
BOAT_FAMILY = merge({"en": ["five civilians of one family", "family", "boat"],
                     "ar": ["خمسة مدنيين من عائلة واحدة", "خمسة مدنيين", "قارباً صغيراً", "العائلة"]}, CIVILIANS)
CAMPAIGN = {"en": ["the campaign", "activists' campaign", "Tabqa Under Fire campaign", "activists"],
            "ar": ["الحملة", "حملة «الطبقة تحت النار»", "ناشطو الحملة"]}
INTL_ORGS = {"en": ["international organisations", "international organizations", "United Nations", "UN"],
             "ar": ["المنظمات الدولية", "الأمم المتحدة"]}
TABQA_EXECUTED = merge({"en": ["two men", "two residents"], "ar": ["رجلين من أبناء المدينة", "رجلين"]}, CIVILIANS)
TABQA_YOUTHS = merge({"en": ["eleven young men", "young men fleeing Tabqa", "displaced young men"],
                      "ar": ["أحد عشر شاباً", "الفارين من الطبقة", "شاباً"]}, CIVILIANS)
KURDISH_RC = {"en": ["Kurdish Red Crescent", "Heyva Sor a Kurd"], "ar": ["الهلال الأحمر الكردي"]}
TABQA_DISPLACED = merge({"en": ["displaced families", "three hundred families", "IDPs"],
                         "ar": ["ثلاثمئة عائلة نازحة", "عائلة نازحة", "نازحون"]}, CIVILIANS)
TABQA_ACTIVISTS = {"en": ["activists from Tabqa and Raqqa", "activists", "organisers"],
                   "ar": ["ناشطون من أبناء الطبقة والرقة", "ناشطون", "منظمو الوقفة"]}

TABQA = {"accept": ["الطبقة", "مدينة الطبقة", "الحي الأول", "الطبقة القديمة", "al-Tabqa", "Tabqa", "Al-Thawrah",
                    "Madinat al-Thawra", "الثورة"]}
TABQA_LAKE = {"accept": ["بحيرة الأسد", "شاطئ بحيرة الأسد", "الحي الثالث", "الحي الأول", "الطبقة", "Lake Assad",
                         "Lake Asad", "al-Tabqa", "Tabqa"]}
TABQA_AIRBASE = {"accept": ["مطار الطبقة العسكري", "مطار الطبقة", "الطبقة", "Tabqa airbase", "Tabqa military airport",
                            "al-Tabqa", "Tabqa"]}
TABQA_DAM = {"accept": ["الطبقة", "سد الفرات", "al-Tabqa", "Tabqa", "Euphrates Dam", "Tabqa Dam"]}
JARNIYAH = {"accept": ["الجرنية", "بلدة الجرنية", "al-Jarniyah", "Jarniyah", "Al Jarnīyah", "al-Jurniyah"]}
AIN_ISSA = {"accept": ["مخيم عين عيسى", "عين عيسى", "Ain Issa", "Ayn Issa", "Ain Issa camp", "‘Ayn ‘Īsá"]}
URFA = {"accept": ["أورفا", "مدينة أورفا التركية", "Urfa", "Sanliurfa", "Şanlıurfa"]}

# ================================================================ 204: Jarabulus, 2016 (Turkish-based opposition site)
JB_CHILDREN = merge({"en": ["two children", "two brothers", "children", "their father"],
                     "ar": ["طفلان شقيقان", "طفلان", "الطفلين", "والدهما"]}, CIVILIANS)
AFAD_TRC = merge({"en": ["AFAD", "Turkish Disaster and Emergency Management Authority", "Turkey"],
                  "ar": ["إدارة الكوارث والطوارئ التركية", "«آفاد»", "آفاد"]}, TR_RED_CRESCENT)
FSA_ES = {"en": ["Free Syrian Army", "FSA", "Euphrates Shield factions", "Euphrates Shield", "Turkish-backed rebels"],
          "ar": ["الجيش السوري الحر", "فصائل من الجيش السوري الحر", "الجيش الحر", "«درع الفرات»", "درع الفرات",
                 "فصائل «درع الفرات»"]}
JMC_YPG = {"en": ["Jarabulus Military Council", "YPG", "People's Protection Units", "Kurdish YPG"],
           "ar": ["«مجلس جرابلس العسكري»", "مجلس جرابلس العسكري", "وحدات حماية الشعب", "«الوحدات» الكردية",
                  "الوحدات"]}
FSA_JMC = merge(FSA_ES, JMC_YPG)
TR_ARTILLERY = {"en": ["Turkish artillery", "Turkish army", "Turkish forces", "Turkey"],
                "ar": ["المدفعية التركية", "المدفعية التركية المتمركزة على الحدود"]}
SULTAN_MURAD = merge({"en": ["Sultan Murad Division", "Sultan Murad", "Sultan Murad Brigade", "rebel factions"],
                      "ar": ["فرقة «السلطان مراد»", "السلطان مراد", "قيادي في فرقة «السلطان مراد»", "الفصائل"]},
                     FSA_ES)
US_OFFICIALS = {"en": ["United States", "US officials", "American officials", "US"],
                "ar": ["مسؤولين أمريكيين", "أمريكيين"]}
YPG_US = merge(JMC_YPG, US_OFFICIALS)
ES_SECURITY = {"en": ["Euphrates Shield security force", "rebel security force", "security force"],
               "ar": ["قوة أمنية تابعة لفصائل «درع الفرات»", "قوة أمنية", "درع الفرات"]}
JB_SUSPECTS = {"en": ["three suspects", "three people", "ISIS sleeper cells", "suspected ISIS members"],
               "ar": ["ثلاثة أشخاص", "«خلايا نائمة» للتنظيم", "خلايا نائمة"]}
JB_PROTESTERS = merge({"en": ["Jarabulus residents", "protesters", "dozens of residents"],
                       "ar": ["العشرات من أهالي جرابلس", "أهالي جرابلس", "المحتجون", "المحتجين"]}, CIVILIANS)
JB_COUNCIL = {"en": ["Jarabulus local council", "local council", "head of the local council", "operations command"],
              "ar": ["المجلس المحلي", "المجلس المحلي المشكّل حديثاً", "رئيس المجلس", "المجلس", "قيادة العمليات"]}
JB_FACTION_MEN = {"en": ["faction members", "gunmen of a faction"], "ar": ["عناصر من أحد الفصائل", "المسلحين"]}
SIG = {"en": ["Syrian Interim Government", "interim government", "Syrian Interim Government delegation"],
       "ar": ["«الحكومة السورية المؤقتة»", "الحكومة السورية المؤقتة", "وفد من «الحكومة السورية المؤقتة»"]}

AMARNEH = {"accept": ["العمارنة", "قرية العمارنة", "جرابلس", "مدينة جرابلس", "al-Amarneh", "Amarneh", "Al-Amarinah",
                      "Jarabulus"]}
JARABULUS = {"accept": ["جرابلس", "مدينة جرابلس", "بوابة قرقميش الحدودية", "Jarabulus", "Jarablus", "Jarābulus"]}
SAJUR = {"accept": ["نهر الساجور", "الساجور", "العمارنة", "قرية العمارنة", "جرابلس", "Sajur", "Sajur river",
                    "al-Amarneh", "Jarabulus"]}

# ================================================================ 205: Qalaat al-Madiq, 2019 (Hama opposition network)
REGIME_HELI = {"en": ["Syrian regime helicopters", "regime helicopters", "Syrian Arab Air Force", "Assad regime",
                      "Syrian government"],
               "ar": ["المروحيات التابعة لميليشيات الأسد", "ميليشيات الأسد", "المروحيات"]}
QM_VICTIMS = merge({"en": ["a woman and her child", "nine civilians", "house"],
                    "ar": ["امرأة وطفلها", "المرأة وطفلها", "تسعة مدنيين", "منزل من طابقين"]}, CIVILIANS)
NFL = {"en": ["National Front for Liberation", "National Liberation Front", "NFL", "rebel factions"],
       "ar": ["الجبهة الوطنية للتحرير", "«الجبهة الوطنية للتحرير»", "فصائل «الجبهة الوطنية للتحرير»", "الفصائل"]}
REGIME_FORCES = {"en": ["Syrian regime forces", "regime forces", "Syrian army", "Fifth Corps", "Assad regime",
                        "Syrian government forces"],
                 "ar": ["قوات النظام", "ميليشيا «الفيلق الخامس»", "الفيلق الخامس", "نظام الأسد", "ضباط النظام"]}
QM_BATTLE = merge(NFL, HTS, REGIME_FORCES)
RU_AIR_205 = merge({"en": ["Russian air force", "Russian warplanes"], "ar": ["الطيران الحربي الروسي"]}, RUSSIA)
QM_NOTABLES = {"en": ["Qalaat al-Madiq notables", "notables"], "ar": ["وجهاء من قلعة المضيق", "وجهاء"]}
RU_OFFICERS = merge({"en": ["Russian officers", "Russian military", "Hmeimim base"],
                     "ar": ["ضباط روس", "ممثل عن قاعدة حميميم"]}, RUSSIA)
NOTABLES_RUSSIA = merge(QM_NOTABLES, RU_OFFICERS)
REGIME_RUSSIA = merge(REGIME_FORCES, {"en": ["Russia", "Russians"], "ar": ["حليفه الروسي", "الروس"]})
QM_DETAINED = {"en": ["two notables", "notables of the town"], "ar": ["اثنين من وجهاء المدينة", "وجهاء المدينة"]}
TR_ARMY_205 = {"en": ["Turkish army", "Turkish military convoy", "Turkish forces", "Turkish troops"],
               "ar": ["رتلاً عسكرياً تركياً", "الجنود الأتراك"]}
TR_POST = {"en": ["Turkish observation post", "Turkish troops", "Turkish army"],
           "ar": ["نقطة المراقبة التركية", "محيط النقطة", "الجنود الأتراك"]}
QM_COUNCIL = {"en": ["Qalaat al-Madiq local council", "local council"],
              "ar": ["المجلس المحلي لمدينة قلعة المضيق", "المجلس المحلي"]}
TURKEY_ORGS = {"en": ["Turkey", "Turkish side", "humanitarian organisations"],
               "ar": ["الجانب التركي", "المنظمات الإنسانية"]}
TR_DEF_MIN = {"en": ["Turkish Defence Minister", "Turkish defense minister", "Turkish side", "Turkey"],
              "ar": ["وزير الدفاع التركي", "الجانب التركي"]}
RU_DEF_MIN = {"en": ["Russian Defence Minister", "Russian defense minister", "Russia"],
              "ar": ["نظيره الروسي", "وزير الدفاع الروسي"]}
TR_OFFICERS = {"en": ["Turkish officers", "Turkish army", "Turkish side"], "ar": ["ضباط أتراك"]}
TR_RU = {"en": ["Turkey", "Russia"], "ar": ["تركيا وروسيا", "تركيا", "روسيا"]}

QALAAT_MADIQ = {"accept": ["قلعة المضيق", "مدينة قلعة المضيق", "التوينة", "قرية التوينة", "Qalaat al-Madiq",
                           "Qal'at al-Madiq", "Qalat al-Madiq", "Qal‘at al Maḑīq", "al-Tuwayna"]}
KAFR_NABUDAH = {"accept": ["كفرنبودة", "محور كفرنبودة", "كفر نبودة", "الهبيط", "قرية الهبيط", "Kafr Nabudah",
                           "Kafr Nabuda", "Kafranbuda", "al-Habit", "al-Hbeit"]}
QM_SUQAYLABIYAH = {"accept": ["قلعة المضيق", "السقيلبية", "مدينة السقيلبية", "Qalaat al-Madiq", "al-Suqaylabiyah",
                              "Suqaylabiyah", "As Suqaylibiyah"]}
SHIR_MUGHAR = {"accept": ["شير مغار", "بلدة شير مغار", "نقطة شير مغار", "جبل شحشبو", "Shir Mughar", "Sher Maghar",
                          "Jabal Shahshabu", "Jabal Shahshabo"]}
