"""Accepted actor names and place names for the thirty-fifth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not copied
from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the articles, common
variants, and English names). Syrian towns were checked against the GeoNames lists in ../shared/data/geonames/ where
they have them (Idlib, Binnish, Sarmin, Saraqib, Taftanaz, Abu al-Duhur, al-Qamishli, Ras al-Ayn, Amuda,
ad-Darbasiyah, Tadmur, as-Sukhnah, al-Furqlus, Nawa, Jasim, Inkhil, Izra, Shaykh Miskin, ash-Shajarah, Hama,
as-Suqaylabiyah). Neighbourhoods, hills and villages absent from those lists (al-Dubait, al-Fu'ah and Kafriya,
Qudurbak, al-Hilaliya, al-Antariya, al-Jamiyat al-Gharbiya, al-Bayyarat, Tiyas/T4, Heet, Tal al-Jabiya, al-Shaykh
Sa'd, Adwan, Dadikh, Kafr Battikh, Khan al-Subul, Afis, Kafr Lusin) carry their usual spellings.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الفصائل», «اللجنة», «الوفد») are left out on purpose, with
these exceptions, each used only in an article where it names a single actor: «الفصائل» (174, only ever the
opposition factions of western Daraa), «اللجنة» and «الوفد» (174, only ever Nawa's negotiating committee),
«الجيش» (175, only ever the Syrian army: the Turkish army is always «قوات الاحتلال التركي» there), «التنظيم» (173,
only ever ISIS), «الحزب» (172, only ever the PYD), «الحركة» (171, only ever Ahrar al-Sham).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ================================================================ actors: shared
CIVILIANS = {"en": ["civilians", "civilian", "residents", "locals", "people", "citizens"],
             "ar": ["مدنيين", "المدنيين", "مدنيون", "مدني", "المواطنين", "مواطنين", "الأهالي", "السكان"]}
UNKNOWN = {"en": ["unknown gunmen", "unknown assailants", "unidentified gunmen", "unknown persons"],
           "ar": ["مسلحين مجهولين", "مسلحون مجهولون", "مجهولين", "مجهولون"]}
SY_REGIME = {"en": ["Syrian regime", "Syrian government", "Syrian government forces", "Syrian regime forces",
                    "Syrian army", "Syrian Arab Army"],
             "ar": ["قوات النظام", "النظام", "النظام السوري"]}

# ================================================================ 171: Idlib city, August 2015 (opposition news site)
SY_AIR_171 = merge({"en": ["Syrian Air Force", "regime warplane", "regime helicopters", "Syrian Arab Air Force"],
                    "ar": ["طائرة حربية تابعة لقوات النظام", "الطيران المروحي", "الطيران الحربي"]}, SY_REGIME)
DUBAIT_VICTIMS = merge({"en": ["six civilians", "market", "vegetable market", "shoppers", "two women and a child"],
                        "ar": ["ستة مدنيين", "سوق شعبي للخضار", "امرأتان وطفل", "المصابين"]}, CIVILIANS)
BINNISH_HOMES = merge({"en": ["houses", "two houses", "water network"],
                       "ar": ["منزلين", "شبكة المياه", "الأطراف الشرقية لبلدة بنش"]}, CIVILIANS)
ISLAMIC_POLICE = {"en": ["Islamic Police", "Jaysh al-Fath Islamic Police", "Jaysh al-Fath police"],
                  "ar": ["الشرطة الإسلامية", "«الشرطة الإسلامية»"]}
IDLIB_CELL = {"en": ["three people", "three suspects", "cell", "Air Force Intelligence cell", "suspects"],
              "ar": ["ثلاثة أشخاص", "خلية", "أشخاص"]}
JAF_COMMANDER = merge({"en": ["Jaysh al-Fath commander", "commander", "two children", "children", "car"],
                       "ar": ["قيادياً في «جيش الفتح»", "قيادي", "طفلين", "سيارة تقلّ قيادياً"]}, CIVILIANS)
JAF = {"en": ["Jaysh al-Fath", "Army of Conquest", "Jaish al-Fatah", "Jaysh al-Fath administration",
              "Jaysh al-Fath operations room", "rebel factions"],
       "ar": ["جيش الفتح", "«جيش الفتح»", "فصائل «جيش الفتح»", "إدارة جيش الفتح", "قيادة «جيش الفتح»",
              "المكتب الإداري لـ«جيش الفتح»", "غرفة عمليات «جيش الفتح»"]}
JAF_ALL = merge(JAF, {"en": ["Nusra Front", "Jabhat al-Nusra", "Ahrar al-Sham"],
                      "ar": ["جبهة النصرة", "«جبهة النصرة»", "حركة أحرار الشام"]})
IDLIB_PROTESTERS = merge({"en": ["protesters", "demonstrators", "residents of Idlib", "dozens of residents"],
                          "ar": ["عشرات من أهالي المدينة", "المتظاهرون", "المتظاهرين", "أهالي المدينة"]}, CIVILIANS)
IDLIB_NOTABLES = {"en": ["neighbourhood notables", "notables", "local notables"],
                  "ar": ["وجهاء الأحياء", "وجهاء"]}
FUA_DEFENDERS = {"en": ["National Defence Forces", "NDF", "Hezbollah", "pro-government militias",
                        "al-Fu'ah and Kafriya", "militia positions"],
                 "ar": ["ميليشيات «الدفاع الوطني»", "الدفاع الوطني", "«حزب الله»", "حزب الله", "مواقع ميليشيات",
                        "امرأة"]}
AHRAR = {"en": ["Ahrar al-Sham", "Harakat Ahrar al-Sham al-Islamiyya", "Ahrar al-Sham Islamic Movement"],
         "ar": ["حركة أحرار الشام الإسلامية", "«حركة أحرار الشام الإسلامية»", "أحرار الشام", "الحركة"]}
IRAN = {"en": ["Iran", "Iranian delegation", "Iranian officials"], "ar": ["وفد إيراني", "إيران", "إيراني"]}
SY_ARMY_171 = merge({"en": ["Syrian armed forces"],
                     "ar": ["وحدات من الجيش والقوات المسلحة", "الجيش والقوات المسلحة"]}, SY_REGIME)
IHH = {"en": ["IHH", "IHH Humanitarian Relief Foundation", "Turkish Humanitarian Relief Foundation",
              "Humanitarian Relief Foundation"],
       "ar": ["هيئة الإغاثة الإنسانية التركية", "IHH"]}
IDLIB_COUNCIL = {"en": ["Idlib city local council", "Idlib local council", "local council"],
                 "ar": ["المجلس المحلي لمدينة إدلب", "المجلس المحلي"]}
IDLIB_AID_RECIP = merge(IDLIB_COUNCIL, {"en": ["bakeries", "medical points"], "ar": ["الأفران", "النقاط الطبية"]})
DENTIST = {"en": ["dentist", "a dentist from the city", "doctor"], "ar": ["طبيب أسنان", "طبيب"]}
DENTIST_FAMILY = {"en": ["dentist's family", "his family", "family"], "ar": ["عائلته", "عائلة الطبيب"]}
IDLIB_FACTIONS = {"en": ["armed factions", "factions operating in the area", "rebel factions"],
                  "ar": ["الفصائل العاملة في المنطقة"]}
FRIENDS_OF_SYRIA = {"en": ["Friends of the Syrian People", "friendly states", "Friends of Syria"],
                    "ar": ["الدول الصديقة للشعب السوري", "«الدول الصديقة للشعب السوري»"]}
UNNAMED_PARTIES = {"en": ["unnamed parties"], "ar": ["جهات لم يسمّها"]}

IDLIB = {"accept": ["إدلب", "مدينة إدلب", "Idlib", "Idleb", "Edlib"]}
DUBAIT = place({"accept": ["حي الضبيط", "الضبيط", "سوق شعبي للخضار", "al-Dubait", "Dubayt", "Dbeit"]}, IDLIB)
BINNISH = {"accept": ["بنش", "بلدة بنش", "الأطراف الشرقية لبلدة بنش", "Binnish", "Binnish", "Benesh"]}
CLOCK_SQ = place({"accept": ["دوار الساعة", "Clock Square", "Clock Roundabout"]}, IDLIB)
IDLIB_OLD_GOV = place({"accept": ["مبنى المحافظة القديم", "old governorate building"]}, IDLIB)
FUA_KAFRIYA = {"accept": ["الفوعة", "كفريا", "الفوعة وكفريا", "بلدتي الفوعة وكفريا", "al-Fu'ah", "Fuaa", "al-Foua",
                          "Kafriya", "Kefraya", "Kafraya"]}
TURKEY = {"accept": ["تركيا", "Turkey", "Türkiye"]}
IDLIB_AID = place({"accept": ["معبر باب الهوى", "باب الهوى", "Bab al-Hawa"]}, IDLIB)
IDLIB_SARMIN_ROAD = {"accept": ["الطريق الواصل بين إدلب وبلدة سرمين", "سرمين", "بلدة سرمين", "إدلب", "Sarmin",
                                "Idlib", "Idlib-Sarmin road"]}

# ================================================================ 172: al-Qamishli, November 2012 (coordination page)
QAM_PROTESTERS = merge({"en": ["protesters", "demonstrators", "hundreds of residents of Qamishli"],
                        "ar": ["مئات من أهالي مدينة القامشلي", "المشاركون", "المتظاهرون", "المتظاهرين"]}, CIVILIANS)
PYD = {"en": ["Democratic Union Party", "PYD", "PYD supporters", "People's Protection Units", "YPG"],
       "ar": ["حزب الاتحاد الديمقراطي", "«حزب الاتحاد الديمقراطي»", "أنصار «حزب الاتحاد الديمقراطي»", "الحزب"]}
ASAYISH = {"en": ["Asayish", "PYD security forces", "Kurdish internal security forces"],
           "ar": ["الأسايش", "«الأسايش»", "مسلحون من «الأسايش»"]}
MIL_SEC = {"en": ["Military Security", "Military Intelligence", "Military Security branch",
                  "Syrian Military Intelligence", "Syrian regime security forces"],
           "ar": ["الأمن العسكري", "حاجز الأمن العسكري", "فرع الأمن العسكري", "عناصر من الأمن العسكري"]}
QAM_DETAINEES = {"en": ["four young men", "young men", "protesters", "university student"],
                 "ar": ["أربعة شبان", "أربعة من المتظاهرين", "طالب جامعي", "الشبان الأربعة"]}
SHABIHA = {"en": ["shabiha", "pro-regime militiamen", "gunmen in civilian clothes", "pro-government militia"],
           "ar": ["الشبيحة", "«الشبيحة»", "مسلحون بلباس مدني"]}
PROTEST_VICTIM = merge({"en": ["a young man", "protesters", "the demonstration"],
                        "ar": ["شاب", "مؤخرة المظاهرة", "المشاركين", "المتظاهرون"]}, CIVILIANS)
ACTIVIST = {"en": ["media activist", "activist", "citizen journalist"], "ar": ["ناشط إعلامي", "ناشط"]}
POL_SEC = {"en": ["Political Security", "Political Security branch"], "ar": ["فرع الأمن السياسي", "الأمن السياسي"]}
QAM_ABDUCTORS = merge(UNKNOWN, POL_SEC)
KNC = {"en": ["Kurdish National Council", "KNC", "Kurdish National Council in Syria", "ENKS"],
       "ar": ["المجلس الوطني الكردي في سوريا", "المجلس الوطني الكردي", "«المجلس الوطني الكردي في سوريا»"]}
QAM_MEDIATORS = {"en": ["delegation of Arab tribal notables and Kurdish figures", "mediation delegation",
                        "tribal notables", "Kurdish figures"],
                 "ar": ["وفد من وجهاء العشائر العربية وشخصيات كردية", "وجهاء العشائر العربية", "شخصيات كردية"]}
FSA_YPG = {"en": ["Free Syrian Army", "FSA", "People's Protection Units", "YPG"],
           "ar": ["كتائب «الجيش الحر»", "الجيش الحر", "وحدات حماية الشعب", "مقاتلي «وحدات حماية الشعب»"]}
QAM_COORD = {"en": ["Free Youth of Qamishlo Coordination", "coordination committee", "local coordination committee"],
             "ar": ["تنسيقية شباب قامشلو الأحرار", "التنسيقية", "«التنسيقية»"]}
SHOPKEEPERS = {"en": ["shopkeepers", "shop owners", "merchants"],
               "ar": ["أصحابها", "أصحاب المحال", "محال السوق المركزي"]}
QAM_RELEASED = {"en": ["two of the four young men", "university student", "a minor"],
                "ar": ["اثنين من الشبان الأربعة", "الطالب الجامعي", "شاب قاصر"]}

QAMISHLI = {"accept": ["القامشلي", "قامشلو", "مدينة القامشلي", "Qamishli", "al-Qamishli", "Qamishlo", "Kamishli"]}
QUDURBAK = place({"accept": ["قدوربك", "حي قدوربك", "جامع قاسمو", "Qudurbak", "Qadour Bek", "Qasimo mosque"]},
                 QAMISHLI)
HILALIYA = place({"accept": ["الهلالية", "حي الهلالية", "al-Hilaliya", "Hilaliyah"]}, QAMISHLI)
AIRPORT_ROAD = place({"accept": ["طريق المطار", "Qamishli airport road", "airport road"]}, QAMISHLI)
ANTARIYA = place({"accept": ["العنترية", "حي العنترية", "السوق المركزي", "al-Antariya", "Antariyah"]}, QAMISHLI)
RAS_AL_AYN = {"accept": ["رأس العين", "سري كانيه", "Ras al-Ayn", "Ra's al 'Ayn", "Ras al-Ain", "Serêkaniyê",
                         "Sere Kaniye"]}
QAM_MARKET = place({"accept": ["السوق المركزي", "أسواق المدينة", "محال السوق المركزي", "central market"]}, QAMISHLI)

# ================================================================ 173: Palmyra, November 2015 (activist campaign)
RUSSIA_AIR_173 = {"en": ["Russian Air Force", "Russian warplanes", "Russia", "Russian Aerospace Forces"],
                  "ar": ["طائرات حربية روسية", "غارات روسية", "الطيران الروسي", "الروس"]}
PALMYRA_VICTIMS = merge({"en": ["four civilians", "a girl", "residential houses", "fodder depot"],
                         "ar": ["أربعة مدنيين", "طفلة", "منازل سكنية", "مستودعاً للأعلاف"]}, CIVILIANS)
ISIS_173 = {"en": ["Islamic State", "ISIS", "ISIL", "IS", "Daesh", "ISIS judiciary"],
            "ar": ["تنظيم «الدولة الإسلامية»", "الدولة الإسلامية", "التنظيم", "عناصر تنظيم «الدولة الإسلامية»",
                   "ديوان القضاء", "حاجز تابع له", "داعش"]}
EXECUTED = {"en": ["a young man", "young man from the city"], "ar": ["شاب من أبناء المدينة", "الشاب"]}
PALMYRA_ONLOOKERS = {"en": ["shopkeepers and passers-by", "shopkeepers"], "ar": ["أصحاب المحال والمارة"]}
PALMYRA_YOUTHS = {"en": ["seven young men", "young men", "families"],
                  "ar": ["سبعة شبان", "شبان", "عائلاتهم"]}
PALMYRA_RELEASED = {"en": ["three of them", "three young men"], "ar": ["ثلاثة منهم"]}
PALMYRA_FAMILIES = merge({"en": ["families", "residents of Palmyra"], "ar": ["أي عائلة", "عائلة"]}, CIVILIANS)
REGIME_HELI = merge({"en": ["regime helicopters", "Syrian Air Force"], "ar": ["مروحيات النظام"]}, SY_REGIME)
ISIS_AIRPORT = merge({"en": ["ISIS headquarters", "military airport", "airport perimeter"],
                      "ar": ["محيط المطار العسكري", "المطار العسكري الذي يتخذه التنظيم مقراً"]}, ISIS_173)
REGIME_FORCES_173 = merge({"en": ["Desert Hawks", "Suqour al-Sahraa", "pro-government militias", "reinforcements"],
                           "ar": ["ميليشيا «صقور الصحراء»", "صقور الصحراء", "تعزيزات عسكرية كبيرة"]}, SY_REGIME)
PALMYRA_RESIDENTS = merge({"en": ["residents", "anyone in contact with the regime or the Russians"],
                           "ar": ["كل من يثبت تواصله مع النظام أو مع الروس"]}, CIVILIANS)
ANTIQUITIES = {"en": ["ancient monuments", "archaeological sites", "World Heritage monuments"],
               "ar": ["معالمها الأثرية", "عدداً من معالمها الأثرية"]}

PALMYRA = {"accept": ["تدمر", "مدينة تدمر", "Palmyra", "Tadmur", "Tadmor"]}
JAMIYAT = place({"accept": ["حي الجمعيات الغربية", "الجمعيات الغربية", "al-Jamiyat al-Gharbiya", "Western Jamiyat"]},
                PALMYRA)
MARKET_SQ = place({"accept": ["ساحة السوق", "market square"]}, PALMYRA)
EAST_ENTRANCE = place({"accept": ["المدخل الشرقي للمدينة", "eastern entrance of Palmyra"]}, PALMYRA)
BAYYARAT = place({"accept": ["منطقة البيارات الغربية", "البيارات الغربية", "البيارات", "محيط المطار العسكري",
                             "المطار العسكري", "Palmyra airport", "Palmyra military airport", "al-Bayyarat"]},
                 PALMYRA)
T4_FURQLUS = {"accept": ["مطار التيفور العسكري", "مطار التيفور", "التيفور", "الفرقلس", "بلدة الفرقلس", "T4",
                         "Tiyas", "Tiyas airbase", "al-Furqlus", "Furqlus", "Al Furqlus"]}

# ================================================================ 174: Nawa and western Daraa, July 2018 (Horan network)
RUSSIA_AIR_174 = {"en": ["Russian Air Force", "Russian warplanes", "Russia", "Russian Aerospace Forces"],
                  "ar": ["طائرات حربية روسية", "غارات روسية", "الطائرات", "روسيا"]}
NAWA_SCHOOL_VICTIMS = merge({"en": ["eleven civilians", "displaced families", "school sheltering displaced people",
                                    "four children"],
                             "ar": ["أحد عشر مدنياً", "عائلات نازحة", "مدرسة تؤوي عائلات نازحة", "أربعة أطفال"]},
                            CIVILIANS)
ASSAD_FORCES = merge({"en": ["Assad forces", "pro-government militias"], "ar": ["قوات الأسد"]}, SY_REGIME)
NAWA_HOMES = merge({"en": ["houses", "neighbourhoods of Nawa", "dispensary"],
                    "ar": ["أحياء المدينة", "المنازل", "آخر مستوصف في المدينة"]}, CIVILIANS)
NAWA_COMMITTEE = {"en": ["negotiating committee", "Nawa negotiating committee", "western Daraa negotiating committee",
                         "committee delegation"],
                  "ar": ["لجنة التفاوض", "«لجنة التفاوض»", "وفد من «لجنة التفاوض»", "اللجنة", "الوفد"]}
RUSSIA_OFFICERS = {"en": ["Russian officers", "Russian military", "Russia", "Russian side", "Hmeimim base officers"],
                   "ar": ["ضباط روس", "الجانب الروسي", "الضباط الروس", "الروس", "قاعدة حميميم"]}
DARAA_FACTIONS = {"en": ["opposition factions", "rebel factions", "Free Syrian Army", "rebels"],
                  "ar": ["الفصائل", "فصائل المعارضة"]}
KHALID = {"en": ["Jaysh Khalid ibn al-Walid", "Khalid ibn al-Walid Army", "ISIS", "Islamic State", "Daesh"],
          "ar": ["جيش خالد بن الوليد", "«جيش خالد بن الوليد»", "جيش خالد", "داعش", "المهاجمين"]}
KHALID_VS_FACTIONS = merge(KHALID, DARAA_FACTIONS)
ASSAD_VS_FACTIONS = merge(DARAA_FACTIONS, ASSAD_FORCES)
JASIM_INKHIL_RUSSIA = merge({"en": ["Jasim and Inkhil negotiating committees", "negotiating committees"],
                             "ar": ["لجنتا التفاوض في بلدتي جاسم وإنخل", "لجنتا التفاوض", "اللجنتين"]},
                            RUSSIA_OFFICERS)
JASIM_INKHIL_COMMITTEES = {"en": ["Jasim and Inkhil negotiating committees"],
                           "ar": ["لجنتا التفاوض في بلدتي جاسم وإنخل", "اللجنتين"]}
ACTIVISTS = {"en": ["activists"], "ar": ["ناشطين", "ناشطون"]}
ISRAEL_ARMY = {"en": ["Israeli army", "Israel Defense Forces", "IDF", "Israel"], "ar": ["الجيش الإسرائيلي", "إسرائيل"]}
QUNEITRA_IDPS = merge({"en": ["displaced people", "IDPs", "displaced in border camps"],
                       "ar": ["نازحين", "نازحين يقيمون في مخيمات مؤقتة"]}, CIVILIANS)
NAWA_PROTESTERS = merge({"en": ["protesters", "residents of Nawa", "demonstrators"],
                         "ar": ["العشرات من أهالي نوى", "أهالي نوى", "المشاركون"]}, CIVILIANS)
SF_COMMANDER = {"en": ["Southern Front commander", "rebel commander", "commander"],
                "ar": ["قيادياً في أحد فصائل «الجبهة الجنوبية»", "قيادياً", "الجبهة الجنوبية"]}
LOCAL_SOURCES = {"en": ["local sources"], "ar": ["مصادر محلية"]}
AIR_INTEL = {"en": ["Air Force Intelligence", "Syrian Air Force Intelligence", "cells working for Air Force Intelligence"],
             "ar": ["المخابرات الجوية", "خلايا تعمل لصالح المخابرات الجوية"]}
HTS_174 = {"en": ["Hay'at Tahrir al-Sham", "HTS", "Tahrir al-Sham", "HTS commander"],
           "ar": ["هيئة تحرير الشام", "«هيئة تحرير الشام»", "قيادي فيها", "الهيئة"]}
NEGOTIATORS = merge({"en": ["negotiators", "anyone negotiating"], "ar": ["كل من يفاوض على دماء الشهداء", "كل من يفاوض"]},
                    NAWA_COMMITTEE)
MIL_SEC_DARAA = {"en": ["Military Security", "Military Intelligence", "Military Security checkpoint"],
                 "ar": ["حاجز للأمن العسكري", "الأمن العسكري"]}
RETURNEES = {"en": ["five young men", "returning displaced people", "young men"],
             "ar": ["خمسة شبان", "شبان من النازحين العائدين", "النازحين العائدين"]}
NAWA_COUNCIL = {"en": ["Nawa local council", "local council of Nawa"],
                "ar": ["المجلس المحلي لمدينة نوى", "«المجلس المحلي لمدينة نوى»"]}
RUSSIA_REGIME = merge({"en": ["Russia"], "ar": ["روسيا"]}, SY_REGIME)
UN_JORDAN = {"en": ["United Nations", "UN", "Jordan"], "ar": ["الأمم المتحدة", "الأردن", "الأمم المتحدة والأردن"]}
DEESC_PARTIES = {"en": ["Russia", "United States", "Jordan"],
                 "ar": ["روسيا والولايات المتحدة والأردن", "روسيا", "الولايات المتحدة", "الأردن"]}

NAWA = {"accept": ["نوى", "مدينة نوى", "Nawa", "Nawá", "Nawa city"]}
NAWA_EAST = place({"accept": ["الحي الشرقي من مدينة نوى", "الحي الشرقي", "مدرسة تؤوي عائلات نازحة"]}, NAWA)
NAWA_AREA = place(NAWA, {"accept": ["الشيخ سعد", "عدوان", "بلدتي الشيخ سعد وعدوان", "Sheikh Saad", "al-Shaykh Sa'd",
                                    "Adwan", "'Adwan"]})
IZRA = {"accept": ["إزرع", "ازرع", "مدينة إزرع", "Izra", "Izra'", "Ezra"]}
HAYT = {"accept": ["حيط", "بلدة حيط", "محيط بلدة حيط", "محيط حيط", "حوض اليرموك", "Hayt", "Heet", "Yarmouk Basin"]}
JABIYA = place({"accept": ["تل الجابية", "الجابية", "Tal al-Jabiya", "Tell al-Jabiyeh", "Jabiyah"]}, NAWA)
JASIM_INKHIL = {"accept": ["جاسم", "إنخل", "انخل", "بلدتي جاسم وإنخل", "Jasim", "Jassem", "Inkhil", "Inkhel"]}
QUNEITRA_SOUTH = {"accept": ["ريف القنيطرة الجنوبي", "القنيطرة", "الشريط الحدودي", "Quneitra",
                             "southern Quneitra countryside", "Golan border"]}
SHEIKH_SAAD = {"accept": ["الشيخ سعد", "بلدة الشيخ سعد", "Sheikh Saad", "al-Shaykh Sa'd", "Shaykh Saad"]}
SHEIKH_MISKIN = {"accept": ["الشيخ مسكين", "مدينة الشيخ مسكين", "مدخل مدينة الشيخ مسكين", "Sheikh Miskin",
                            "Shaykh Miskin", "Al-Shaykh Maskin"]}
WEST_DARAA = {"accept": ["الريف الغربي", "بلدات الريف الغربي", "ريف درعا الغربي", "western Daraa",
                         "western Daraa countryside"]}

# ================================================================ 175: Saraqib and the M5, February 2020 (loyalist network)
SAA = {"en": ["Syrian Arab Army", "Syrian army", "Syrian government forces", "Syrian regime forces"],
       "ar": ["الجيش العربي السوري", "وحدات من الجيش العربي السوري", "الجيش السوري", "نقاط الجيش", "الجيش",
              "الوحدات المقتحمة"]}
HTS_175 = {"en": ["Hay'at Tahrir al-Sham", "HTS", "Nusra Front", "Jabhat al-Nusra", "al-Nusra", "terrorist groups",
                  "armed groups"],
           "ar": ["جبهة النصرة", "«جبهة النصرة»", "إرهابيي «جبهة النصرة»", "النصرة", "الإرهابيين", "الإرهابيون",
                  "المجموعات الإرهابية", "مسلحوها", "مسلحي «النصرة»"]}
SAA_VS_HTS = merge(SAA, HTS_175)
TURKEY_MIL = {"en": ["Turkish army", "Turkish Armed Forces", "Turkish military", "Turkish forces", "Turkey",
                     "Turkish military convoy"],
              "ar": ["قوات الاحتلال التركي", "رتل عسكري لقوات الاحتلال التركي", "رتل عسكري", "الاحتلال التركي",
                     "رتل تركي"]}
SY_RU_AIR = {"en": ["Syrian Air Force", "Russian Air Force", "Syrian and Russian warplanes", "Russia"],
             "ar": ["الطيران الحربي السوري والروسي", "الطيران الحربي السوري والروسي الصديق", "الطيران الحربي"]}
HTS_POSITIONS = merge({"en": ["HTS headquarters", "supply lines"], "ar": ["مقرات الإرهابيين", "خطوط إمدادهم"]},
                      HTS_175)
SUQ_CIVILIANS = merge({"en": ["three civilians", "a girl", "residential neighbourhoods"],
                       "ar": ["ثلاثة مدنيين", "طفلة", "الأحياء السكنية"]}, CIVILIANS)
TR_MOD = {"en": ["Turkish Ministry of Defence", "Turkish Defence Ministry", "Turkey", "Turkish government"],
          "ar": ["وزارة الدفاع التركية", "النظام التركي"]}
SY_MIL_SOURCE = merge({"en": ["Syrian military source"], "ar": ["مصدر عسكري سوري"]}, SAA)
IDLIB_FAMILIES = merge({"en": ["families", "dozens of families"], "ar": ["عشرات العائلات", "العائلات"]}, CIVILIANS)
CAR_FAMILY = merge({"en": ["a family", "a woman and her two children", "car"],
                    "ar": ["سيارة كانت تقل عائلة", "عائلة", "سيدة", "طفليها"]}, CIVILIANS)
IDLIB_GOV_175 = {"en": ["Idlib governorate", "Syrian government"], "ar": ["محافظة إدلب"]}
SEC_175 = {"en": ["Syrian security services", "competent authorities", "Syrian government security"],
           "ar": ["الجهات المختصة"]}
KHAN_SUBUL_SUSPECTS = {"en": ["three people", "collaborators", "suspects"],
                       "ar": ["ثلاثة أشخاص", "المتعاملين مع المجموعات الإرهابية"]}
HAMA_RALLY = merge({"en": ["residents of Hama", "dozens of residents", "pro-government rally"],
                    "ar": ["العشرات من الأهالي"]}, CIVILIANS)
RU_DELEGATION = {"en": ["Russian delegation", "Russia", "Russian diplomats and military officers"],
                 "ar": ["وفداً روسياً", "وفد روسي", "الجانب الروسي"]}
TURKEY_SIDE = {"en": ["Turkey", "Turkish side", "Turkish officials"], "ar": ["الجانب التركي", "تركيا"]}
RU_TR = {"en": ["Russia and Turkey", "Russia", "Turkey"],
         "ar": ["الجانبان الروسي والتركي", "الجانب الروسي", "الجانب التركي"]}

SARAQIB = {"accept": ["سراقب", "مدينة سراقب", "Saraqib", "Saraqeb"]}
DADIKH_KB = place({"accept": ["داديخ", "كفر بطيخ", "بلدتي داديخ وكفر بطيخ", "Dadikh", "Kafr Battikh", "Kafr Batikh"]},
                  SARAQIB)
SARAQIB_SARMIN_ROAD = place(SARAQIB, {"accept": ["محيط سراقب", "الطريق الواصل بينها وبين بلدة سرمين", "سرمين",
                                                 "Sarmin", "معبر كفرلوسين", "Kafr Lusin"]})
SARAQIB_AREA = place(SARAQIB, {"accept": ["سرمين", "آفس", "تفتناز", "Sarmin", "Afis", "Taftanaz"]})
SUQAYLABIYAH = {"accept": ["السقيلبية", "مدينة السقيلبية", "As Suqaylibiyah", "Suqaylabiyah", "al-Suqaylabiyah",
                           "Squelbieh"]}
IDLIB_COUNTRYSIDE = {"accept": ["ريف إدلب", "إدلب", "Idlib", "Idlib countryside"]}
SARMIN_AFIS = {"accept": ["سرمين", "آفس", "Sarmin", "Afis"]}
ABU_DUHUR = {"accept": ["أبو الظهور", "بلدة أبو الظهور", "ابو الضهور", "Abu al-Duhur", "Abu ad-Duhur",
                        "Abu az Zuhur"]}
KHAN_SUBUL = {"accept": ["خان السبل", "بلدة خان السبل", "Khan al-Subul", "Khan as-Subul", "Khan Subul"]}
HAMA = {"accept": ["حماة", "مدينة حماة", "Hama", "Hamah"]}
ANKARA = {"accept": ["أنقرة", "Ankara"]}
