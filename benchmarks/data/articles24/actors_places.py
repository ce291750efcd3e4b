"""Accepted actor names and place names for the twenty-fourth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not copied
from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the articles, common
variants, and English names). Towns, camps, villages, valleys, crossings and neighbourhoods carry their usual Arabic
and English spellings and, where useful, their district or the larger place the article ties them to.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الحكومة», «الوفد») are left out on purpose, with these
exceptions, each used only in an article where it names a single actor: «الجيش» and «الحكومة» (116, only ever the
Syrian army and the Syrian government), «الميليشيا» (118, only ever the Houthis), «الوفاق» (119, only ever the
Government of National Accord), «الجنود» and «سلطات الاحتلال» (120, only ever Israel's army and authorities).
"""


import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ================================================================ actors: shared
CIVILIANS = {"en": ["civilians", "civilian", "residents", "locals", "people", "citizens"],
             "ar": ["مدنيين", "المدنيين", "مدنيون", "مدني", "المواطنين", "مواطنين", "الأهالي", "السكان"]}
UNKNOWN = {"en": ["unknown persons", "unidentified persons", "unknown assailants"],
           "ar": ["مجهولون", "مجهولين"]}
ICRC = {"en": ["International Committee of the Red Cross", "ICRC", "Red Cross"],
        "ar": ["اللجنة الدولية للصليب الأحمر", "الصليب الأحمر"]}

# ================================================================ 116: east Aleppo and west Raqqa (Syrian site)
SY_MOD = {"en": ["Syrian Ministry of Defence", "Syrian Defence Ministry", "Syrian Arab Army", "Syrian army",
                 "Syrian government forces", "army artillery"],
          "ar": ["وزارة الدفاع السورية", "وزارة الدفاع", "الجيش العربي السوري", "الجيش", "مدفعية الجيش",
                 "نقاط الجيش", "نقاطاً للجيش", "هيئة العمليات"]}
SDF = {"en": ["Syrian Democratic Forces", "SDF", "QSD"],
       "ar": ["قوات سوريا الديمقراطية", "«قسد»", "قسد", "مواقع لـ«قسد»"]}
SDF_DELEGATION = merge({"en": ["SDF delegation", "Syrian Democratic Council", "SDC"],
                        "ar": ["وفد من «قسد»", "وفد «قسد»", "مجلس سوريا الديمقراطية"]}, SDF)
ASAYISH = {"en": ["Asayish", "Internal Security Forces of the Autonomous Administration", "Kurdish internal security",
                  "Autonomous Administration"],
           "ar": ["قوى الأمن الداخلي التابعة للإدارة الذاتية", "الأسايش", "دوريات من قوى الأمن الداخلي",
                  "مركز الأسايش"]}
TABQA_YOUTHS = {"en": ["seven young men", "young men", "detainees"], "ar": ["سبعة شبان", "شبان"]}
TABQA_FAMILIES = merge({"en": ["relatives", "families of the detainees", "protesters"],
                        "ar": ["عشرات من ذويهم", "ذويهم"]}, CIVILIANS)
MASKANAH_VICTIMS = merge({"en": ["three civilians", "a woman", "a child", "houses", "residents of the northern quarter"],
                          "ar": ["ثلاثة مدنيين", "امرأة", "منازل", "طفل", "سكان الحي الشمالي"]}, CIVILIANS)
SY_GOV_DELEGATION = {"en": ["Syrian government delegation", "government delegation", "Governor of Aleppo",
                            "Syrian government"],
                     "ar": ["وفد حكومي برئاسة محافظ حلب", "وفد حكومي", "محافظ حلب", "الحكومة السورية"]}
GOV_SDF = merge(SY_GOV_DELEGATION, SDF_DELEGATION, {"en": ["the two sides", "both sides"], "ar": ["الطرفان"]})
SY_GOV = {"en": ["Syrian government", "Damascus government", "the government"],
          "ar": ["الحكومة السورية", "حكومة دمشق", "الحكومة"]}
SARC = {"en": ["Syrian Arab Red Crescent", "SARC"], "ar": ["الهلال الأحمر العربي السوري", "للهلال الأحمر العربي السوري", "الهلال الأحمر"]}
MASKANAH_DISPLACED = merge({"en": ["displaced families", "families"], "ar": ["العائلات التي نزحت", "العائلات"]},
                           CIVILIANS)
SY_SOLDIERS = merge({"en": ["three soldiers", "army soldiers", "four soldiers"],
                     "ar": ["ثلاثة عناصر من الجيش", "عناصر من الجيش", "أربعة عناصر"]}, SY_MOD)
DH_COMMITTEE = {"en": ["Committee of the Displaced of Deir Hafer", "displaced of Deir Hafer"],
                "ar": ["لجنة مهجّري دير حافر", "مهجّري دير حافر"]}
ALEPPO_GOVERNORATE = {"en": ["Aleppo governorate", "Aleppo provincial authorities", "Governor of Aleppo"],
                      "ar": ["محافظة حلب", "مبنى محافظة حلب"]}
MASKANAH_NOTABLES = {"en": ["Council of the Clans and Notables of Maskanah", "Maskanah notables", "tribal council"],
                     "ar": ["مجلس عشائر وأعيان مسكنة", "أعيان مسكنة"]}
SY_PRESIDENCY_SDF = merge({"en": ["Syrian presidency", "SDF leadership"],
                           "ar": ["الرئاسة السورية", "قيادة «قسد»"]}, SDF)
MASKANAH_SHEPHERD = merge({"en": ["shepherd", "his brother"], "ar": ["راعي أغنام", "شقيقه"]}, CIVILIANS)

MASKANAH = {"accept": ["مسكنة", "بلدة مسكنة", "الحي الشمالي من بلدة مسكنة", "ريف حلب الشرقي", "Maskanah",
                       "Maskana", "Meskene"]}
TABQA = {"accept": ["الطبقة", "مدينة الطبقة", "الحي الثالث", "ريف الرقة الغربي", "al-Tabqa", "Tabqa", "At Tabqah",
                    "al-Thawrah"]}
DEIR_HAFER = {"accept": ["دير حافر", "محور دير حافر", "بلدة دير حافر", "مطار الجراح العسكري", "مطار الجراح",
                         "Deir Hafer", "Dayr Hafir", "Jirah airbase", "al-Jirah"]}
DEIR_HAFER_EAST = {"accept": ["قرى خط التماس شرقي دير حافر", "شرقي دير حافر", "دير حافر", "Deir Hafer",
                              "Dayr Hafir"]}
DIBSI_AFNAN = {"accept": ["دبسي عفنان", "بلدة دبسي عفنان", "Dibsi Afnan", "Dibsi 'Afnan"]}
KHAFSA = {"accept": ["الخفسة", "بلدة الخفسة", "al-Khafsa", "Khafsah", "Al Khafsah"]}
ALEPPO = {"accept": ["مبنى محافظة حلب", "محافظة حلب", "حلب", "Aleppo"]}

# ================================================================ 117: Makhmour and Erbil (Iraqi site)
TR_ARMY = {"en": ["Turkish army", "Turkish Armed Forces", "Turkish drone", "Turkey", "Turkish Ministry of National Defence",
                  "Turkish Defence Ministry"],
           "ar": ["طائرة مسيّرة تركية", "مسيّرة تركية", "وزارة الدفاع التركية", "الجيش التركي", "تركيا", "أنقرة"]}
MAKHMOUR_CAR = merge({"en": ["two people", "civilian car", "two civilians", "camp residents", "PKK members"],
                      "ar": ["شخصان", "سيارة مدنية", "القتيلين", "مدنيان", "إرهابيَّين اثنين"]}, CIVILIANS)
IQ_MFA = {"en": ["Iraqi Ministry of Foreign Affairs", "Iraqi foreign ministry", "Iraqi government"],
          "ar": ["وزارة الخارجية العراقية", "الخارجية العراقية"]}
TURKEY = {"en": ["Turkey", "Türkiye", "Turkish government", "Ankara", "Turkish charge d'affaires"],
          "ar": ["أنقرة", "تركيا", "القائم بالأعمال التركي"]}
IQ_ARMY = {"en": ["Iraqi army", "Iraqi Army", "Iraqi forces", "Iraqi army units"],
           "ar": ["الجيش العراقي", "قوة من الجيش العراقي", "قطعات الجيش العراقي", "قطعات الجيش"]}
PESHMERGA = {"en": ["Peshmerga", "Kurdish Peshmerga", "Peshmerga forces", "Ministry of Peshmerga Affairs"],
             "ar": ["قوات البيشمركة", "البيشمركة", "وزارة البيشمركة"]}
IQ_ARMY_PESHMERGA = merge(IQ_ARMY, PESHMERGA)
MAKHMOUR_RESIDENTS = merge({"en": ["Makhmour camp residents", "camp residents", "refugees", "students and workers"],
                            "ar": ["سكان مخيم مخمور", "سكان المخيم", "الطلبة والعمال", "مخيم مخمور"]}, CIVILIANS)
IQ_MIL_INTEL = {"en": ["Iraqi Military Intelligence", "Military Intelligence Directorate", "Iraqi military intelligence"],
                "ar": ["مديرية الاستخبارات العسكرية", "الاستخبارات العسكرية", "قوة من مديرية الاستخبارات العسكرية"]}
GWER_SUSPECTS = {"en": ["three people", "suspects", "ISIS suspects"], "ar": ["ثلاثة أشخاص", "أشخاص"]}
ISIS = {"en": ["ISIS", "Islamic State", "IS", "Daesh", "ISIS remnants", "ISIS cells"],
        "ar": ["داعش", "تنظيم داعش", "فلول داعش", "خلايا تنظيم داعش", "عناصر التنظيم"]}
IQ_ARMY_AVIATION = {"en": ["Iraqi Army Aviation", "Army Aviation", "Iraqi army helicopters"],
                    "ar": ["مروحيات طيران الجيش", "طيران الجيش"]}
ISIS_HIDEOUTS = merge({"en": ["ISIS hideouts", "hideouts", "guesthouses"], "ar": ["أوكار لفلول داعش", "أوكار", "مضافتين"]},
                      ISIS)
MAKHMOUR_PROTESTERS = merge({"en": ["hundreds of camp residents", "protesters", "demonstrators",
                                    "Makhmour camp residents"],
                             "ar": ["المئات من سكان المخيم", "المتظاهرون", "سكان المخيم"]}, CIVILIANS)
UNHCR = {"en": ["UNHCR", "UN High Commissioner for Refugees", "UN refugee agency"],
         "ar": ["المفوضية السامية للأمم المتحدة لشؤون اللاجئين", "المفوضية السامية", "مفوضية اللاجئين"]}
PESH_MIN = {"en": ["Minister of Peshmerga Affairs", "Peshmerga Minister", "KRG Ministry of Peshmerga"],
            "ar": ["وزير شؤون البيشمركة في حكومة إقليم كردستان", "وزير شؤون البيشمركة", "وزارة البيشمركة"]}
IQ_MOD_DELEGATION = {"en": ["federal Ministry of Defence delegation", "Iraqi Ministry of Defence",
                            "Iraqi defence ministry delegation", "deputy chief of staff"],
                     "ar": ["وفداً من وزارة الدفاع الاتحادية", "وزارة الدفاع الاتحادية", "معاون رئيس أركان الجيش"]}
PESH_MOD = merge(PESH_MIN, IQ_MOD_DELEGATION, {"en": ["both sides", "the two sides"], "ar": ["الجانبان"]})
ERBIL_COURT = {"en": ["Erbil Criminal Court", "Erbil court", "Kurdistan Region judiciary"],
               "ar": ["محكمة جنايات أربيل"]}
DIBAGA_CONVICTS = {"en": ["three defendants", "three convicts", "convicts"], "ar": ["ثلاثة متهمين", "متهمين"]}
PESH_POST = merge({"en": ["Peshmerga post"], "ar": ["نقطة للبيشمركة"]}, PESHMERGA)
IQ_PARL_COMMITTEE = {"en": ["Parliamentary Security and Defence Committee", "Iraqi parliament's security and defence committee",
                            "MPs"],
                     "ar": ["لجنة الأمن والدفاع النيابية", "وفد من لجنة الأمن والدفاع النيابية"]}
TR_DEF_MIN = {"en": ["Turkish Defence Minister", "Turkish defense minister", "Turkish Minister of National Defence"],
              "ar": ["وزير الدفاع التركي"]}
PKK = {"en": ["PKK", "Kurdistan Workers' Party", "Kurdistan Workers Party"],
       "ar": ["حزب العمال الكردستاني", "عناصر حزب العمال الكردستاني"]}
MAKHMOUR_HOSPITAL = {"en": ["Makhmour General Hospital", "Makhmour hospital"],
                     "ar": ["مستشفى مخمور العام", "مستشفى مخمور"]}
IQ_GUARD_POST = merge({"en": ["Iraqi army guard post", "a soldier", "soldiers"], "ar": ["نقطة حراسة للجيش العراقي", "جندي"]},
                      IQ_ARMY)
ISIS_GUNMEN = merge({"en": ["gunmen", "gunmen believed to be ISIS remnants"],
                     "ar": ["مسلحون يُعتقد أنهم من فلول داعش", "مسلحون"]}, ISIS)

MAKHMOUR_CAMP = {"accept": ["مخيم مخمور", "مخيم مخمور للاجئين", "مخمور", "قضاء مخمور", "Makhmour camp", "Makhmur camp",
                            "Makhmour", "Makhmur"]}
MAKHMOUR = {"accept": ["مخمور", "قضاء مخمور", "مركز قضاء مخمور", "Makhmour", "Makhmur"]}
GWER = {"accept": ["الكوير", "ناحية الكوير", "Gwer", "Guwer", "al-Kuwayr"]}
QARACHOGH = {"accept": ["جبل قره جوخ", "قره جوخ", "السفح الشرقي للجبل", "السفح الغربي لجبل قره جوخ", "Qarachogh",
                        "Qara Chogh", "Qarachokh"]}
ERBIL = {"accept": ["أربيل", "Erbil", "Arbil", "Hawler"]}
DIBAGA = {"accept": ["ديبكة", "ناحية ديبكة", "Dibaga", "Debaga"]}

# ================================================================ 118: al-Dhale (southern Yemeni site)
HOUTHIS = {"en": ["Houthis", "Houthi militia", "Ansar Allah", "Houthi group", "Houthi gunmen", "Houthi sniper"],
           "ar": ["ميليشيا الحوثي", "جماعة الحوثي", "الحوثيين", "الحوثي", "الحوثية", "حوثية", "حوثي", "الميليشيا",
                  "مسلحي الحوثي", "مسلحون حوثيون", "قناص تابع لميليشيا الحوثي", "القناص"]}
QATABA_GIRL = merge({"en": ["eight-year-old girl", "girl", "child", "her father"],
                     "ar": ["طفلة", "الطفلة", "والد الطفلة"]}, CIVILIANS)
DHALE_AUTH = {"en": ["al-Dhale local authority", "local authority of al-Dhale governorate", "Dhale authorities"],
              "ar": ["السلطة المحلية في محافظة الضالع", "السلطة المحلية"]}
UN_ENVOY_YE = {"en": ["UN envoy to Yemen", "UN Special Envoy for Yemen", "United Nations envoy"],
               "ar": ["المبعوث الأممي إلى اليمن", "المبعوث الأممي"]}
SOUTHERN = {"en": ["Southern Armed Forces", "southern forces", "STC forces", "Southern Transitional Council forces"],
            "ar": ["القوات المسلحة الجنوبية", "القوات الجنوبية", "جنديين جنوبيين", "الإعلام العسكري للقوات الجنوبية"]}
HOUTHI_SOUTHERN = merge(HOUTHIS, SOUTHERN)
FAKHER_HOMES = merge({"en": ["citizens' homes", "homes"], "ar": ["منازل المواطنين", "منازل"]}, CIVILIANS)
DAMT_TRAVELLERS = merge({"en": ["six travellers", "travellers", "two university students"],
                         "ar": ["ستة مسافرين", "مسافرين", "المسافرين", "طالبان جامعيان"]}, CIVILIANS)
DHALE_WORKERS = {"en": ["sanitation workers", "workers of the Cleaning and Improvement Fund", "cleaning workers"],
                 "ar": ["عمال صندوق النظافة والتحسين", "عمال النظافة"]}
DHALE_GOVERNOR = {"en": ["Governor of al-Dhale", "al-Dhale governor"], "ar": ["المحافظ", "محافظ الضالع"]}
EXCHANGE_SIDES = merge(SOUTHERN, HOUTHIS, {"en": ["both sides"], "ar": ["كل طرف"]})
AGREE_SIDES = merge({"en": ["tribal mediators", "mediators"], "ar": ["وسطاء قبليين", "الوسطاء"]}, SOUTHERN, HOUTHIS,
                    {"en": ["the two sides"], "ar": ["الطرفين"]})
STC = {"en": ["Southern Transitional Council", "STC", "President of the Southern Transitional Council"],
       "ar": ["رئيس المجلس الانتقالي الجنوبي", "المجلس الانتقالي الجنوبي", "المجلس الانتقالي"]}
KSRELIEF = {"en": ["KSrelief", "King Salman Humanitarian Aid and Relief Centre", "Saudi Arabia"],
            "ar": ["مركز الملك سلمان للإغاثة والأعمال الإنسانية", "مركز الملك سلمان"]}
NASR_HOSPITAL = {"en": ["al-Nasr General Hospital", "al-Nasr hospital"], "ar": ["مستشفى النصر العام", "مستشفى النصر"]}
DHALE_FAMILIES = merge({"en": ["families of the abductees and prisoners", "families of abductees", "families"],
                        "ar": ["أسر المختطفين والأسرى", "أسر المختطفين"]}, CIVILIANS)
MURAYS_COMMANDER = merge({"en": ["commander of the Murays front", "southern commander"],
                          "ar": ["قائد جبهة مريس في القوات الجنوبية", "قائد جبهة مريس"]}, SOUTHERN)
SOUTHERN_MERC = merge({"en": ["\"mercenaries of the aggression\""], "ar": ["«مرتزقة العدوان»", "مرتزقة العدوان"]},
                      SOUTHERN)
DAMT_WOMAN = merge({"en": ["a woman and her child", "woman", "villages in Damt"],
                    "ar": ["امرأة وطفلها", "امرأة", "قرى في مديرية دمت"]}, CIVILIANS)
HAJR_FARMERS = merge({"en": ["two farmers", "farmers"], "ar": ["مزارعان", "مزارعين"]}, CIVILIANS)

QATABA = {"accept": ["قعطبة", "مدينة قعطبة", "الحي الشرقي لمدينة قعطبة", "Qataba", "Qa'tabah", "Qatabah"]}
MURAYS = {"accept": ["مريس", "جبهة مريس", "باب غلق", "منطقة باب غلق", "Murays", "Muris", "Bab Ghalaq"]}
FAKHER = {"accept": ["الفاخر", "منطقة الفاخر", "al-Fakher", "Al Fakhir"]}
DAMT = {"accept": ["دمت", "مدينة دمت", "مديرية دمت", "نقطة تفتيش عند المدخل الجنوبي لمدينة دمت", "Damt", "Dumt"]}
DHALE_CITY = {"accept": ["مدينة الضالع", "الضالع", "محافظة الضالع", "al-Dhale", "Dhale", "Ad Dali'", "Al Dhalea"]}
HAJR = {"accept": ["منطقة حجر", "حجر", "Hajr"]}

# ================================================================ 119: Tripoli's southern front and Gharyan (Libyan site)
GNA = {"en": ["Government of National Accord", "GNA", "GNA forces", "Volcano of Rage", "Burkan al-Ghadab"],
       "ar": ["حكومة الوفاق الوطني", "حكومة الوفاق", "قوات حكومة الوفاق", "الوفاق", "عملية «بركان الغضب»",
              "بركان الغضب", "مقاتلي الوفاق"]}
LNA = {"en": ["Libyan National Army", "LNA", "Haftar forces", "Haftar's forces", "General Command"],
       "ar": ["قوات حفتر", "حفتر", "قوات الجيش الوطني الليبي", "الجيش الوطني الليبي", "«القيادة العامة»",
              "القيادة العامة", "القوات المعتدية", "قوات المعتدي حفتر"]}
GNA_LNA = merge(GNA, LNA)
TRUCE_SIDES = merge(GNA, LNA, {"en": ["the two sides", "both sides"], "ar": ["الطرفان"]})
ABU_SALIM_VICTIMS = merge({"en": ["four civilians", "two children", "homes", "families"],
                           "ar": ["أربعة مدنيين", "طفلان", "منازل", "العائلات"]}, CIVILIANS)
PRES_COUNCIL = {"en": ["Presidential Council", "Presidency Council", "GNA Presidential Council",
                       "head of the Presidential Council"],
                "ar": ["المجلس الرئاسي لحكومة الوفاق الوطني", "المجلس الرئاسي", "رئيس المجلس الرئاسي"]}
UNSC = {"en": ["UN Security Council", "Security Council", "United Nations Security Council"],
        "ar": ["مجلس الأمن الدولي", "مجلس الأمن"]}
LNA_AIR = merge({"en": ["LNA air force", "Haftar's warplanes"], "ar": ["طيران حربي تابع لقوات حفتر", "طيران حربي"]},
                LNA)
GNA_INTERIOR = {"en": ["GNA Ministry of Interior", "Interior Ministry", "Ministry of Interior"],
                "ar": ["وزارة الداخلية بحكومة الوفاق", "وزارة الداخلية"]}
GARGARESH_CELL = {"en": ["cell of five", "five people", "cell"], "ar": ["خلية من خمسة أشخاص", "خلية", "أفرادها"]}
LNA_CONVOY = merge({"en": ["LNA convoy", "military convoy"], "ar": ["رتل عسكري تابع لقوات حفتر", "رتل عسكري"]}, LNA)
GNA_AIR = merge({"en": ["GNA drones", "GNA air force"], "ar": ["الطيران المسيّر التابع لحكومة الوفاق", "الطيران المسيّر"]},
                GNA)
LNA_OPS = merge({"en": ["LNA operations room", "operations room"], "ar": ["غرفة عمليات لقوات حفتر", "غرفة عمليات"]}, LNA)
UN_ENVOY_LY = {"en": ["UN envoy to Libya", "UN Special Representative for Libya", "UNSMIL",
                      "United Nations Support Mission in Libya"],
               "ar": ["المبعوث الأممي إلى ليبيا", "المبعوث الأممي", "البعثة الأممية",
                      "بعثة الأمم المتحدة للدعم في ليبيا"]}
LRC = {"en": ["Libyan Red Crescent", "Libyan Red Crescent teams"],
       "ar": ["الهلال الأحمر الليبي", "فرق الهلال الأحمر الليبي"]}
AIN_ZARA_FAMILIES = merge({"en": ["twenty-seven families", "trapped families", "families"],
                           "ar": ["سبع وعشرين عائلة", "عائلة"]}, CIVILIANS)
GNA_MILITIAS = merge({"en": ["militias", "GNA militias"], "ar": ["الميليشيات"]}, GNA)
TRIPOLI_CIVIL_SOCIETY = {"en": ["civil society organisations", "Tripoli civil society"],
                         "ar": ["مؤسسات المجتمع المدني في العاصمة", "مؤسسات المجتمع المدني"]}
GHARYAN_ELDERS = {"en": ["Council of Elders and Notables of Gharyan", "Gharyan elders"],
                  "ar": ["مجلس حكماء وأعيان غريان في طرابلس", "مجلس حكماء وأعيان غريان"]}
PARAMEDICS = {"en": ["paramedic", "ambulance crew", "Ambulance and Emergency Service"],
              "ar": ["مسعف", "سيارة الإسعاف", "زميلان", "جهاز الإسعاف والطوارئ"]}

ABU_SALIM = {"accept": ["أبوسليم", "أبو سليم", "منطقة أبوسليم", "طرابلس", "Abu Salim", "Abu Sleem", "Tripoli"]}
KHALATAT = {"accept": ["محوري الخلاطات ووادي الربيع", "الخلاطات", "وادي الربيع", "قصر بن غشير", "al-Khalatat",
                       "Wadi al-Rabie", "Wadi Rabi", "Qasr bin Ghashir"]}
MITIGA = {"accept": ["مطار معيتيقة الدولي", "مطار معيتيقة", "معيتيقة", "Mitiga", "Mitiga International Airport"]}
GARGARESH = {"accept": ["قرقارش", "منطقة قرقارش", "طرابلس", "Gargaresh", "Qarqarish", "Tripoli"]}
GHARYAN = {"accept": ["غريان", "مدينة غريان", "Gharyan", "Gharian"]}
TRIPOLI = {"accept": ["طرابلس", "Tripoli"]}
AIN_ZARA = {"accept": ["عين زارة", "محور عين زارة", "Ain Zara", "Ayn Zarah"]}
AZIZIYA = {"accept": ["العزيزية", "مدينة العزيزية", "al-Aziziya", "Aziziya", "Al Aziziyah"]}
MARTYRS_SQ = {"accept": ["ميدان الشهداء", "طرابلس", "Martyrs' Square", "Martyrs Square", "Tripoli"]}
SWANI = {"accept": ["السواني", "محور السواني", "al-Swani", "Suwani", "Al Sawani"]}

# ================================================================ 120: Jericho and the central Jordan Valley (Palestinian site)
IL_ARMY = {"en": ["Israeli army", "Israel Defense Forces", "IDF", "Israeli forces", "Israeli occupation forces",
                  "Israeli authorities"],
           "ar": ["قوات الاحتلال الإسرائيلي", "قوات الاحتلال", "جيش الاحتلال", "القوات المقتحمة", "سلطات الاحتلال",
                  "الجنود"]}
AQABAT_YOUTHS = merge({"en": ["two young men", "young men"], "ar": ["شابان", "الشهيدين"]}, CIVILIANS)
AQABAT_DETAINEES = {"en": ["four young men", "young men"], "ar": ["أربعة شبان", "شبان"]}
PA_PRESIDENCY = {"en": ["Palestinian Presidency", "Palestinian Authority", "PA presidency"], "ar": ["الرئاسة الفلسطينية"]}
IL_GOV = merge({"en": ["Israeli government", "occupation government", "Israel"], "ar": ["حكومة الاحتلال"]}, IL_ARMY)
US_ADMIN = {"en": ["US administration", "United States", "US government", "Washington"],
            "ar": ["الإدارة الأمريكية", "الإدارة الأميركية"]}
SETTLERS = {"en": ["Israeli settlers", "settlers", "a settler"], "ar": ["مستوطنون", "المستوطنين", "مستوطن"]}
AUJA_HERDERS = merge({"en": ["herders", "shepherds", "Ras Ein al-Auja Bedouin community", "Bedouins"],
                      "ar": ["رعاة", "تجمع رأس عين العوجا البدوي", "أغنامهم"]}, CIVILIANS)
AUJA_BROTHERS = {"en": ["two brothers", "two residents of the community"], "ar": ["شقيقين من أبناء التجمع", "شقيقين"]}
JERICHO_RESIDENTS = merge({"en": ["Jericho residents", "workers and students", "vehicles"],
                           "ar": ["مدينة أريحا", "العمال والطلبة", "المركبات"]}, CIVILIANS)
JERICHO_YOUTHS = {"en": ["young men", "youths", "stone-throwers"], "ar": ["شبان", "الشبان", "ثلاثة شبان"]}
TRAVELLERS = {"en": ["travellers", "passengers"], "ar": ["حركة المسافرين", "المسافرين"]}
EU_DELEGATION = {"en": ["EU delegation", "European Union", "EU Representative Office", "head of the EU delegation"],
                 "ar": ["وفد من ممثلية الاتحاد الأوروبي لدى فلسطين", "ممثلية الاتحاد الأوروبي", "الاتحاد الأوروبي",
                        "رئيس الوفد"]}
AUJA_HOSTS = {"en": ["Ras Ein al-Auja community", "Governor of Jericho and the Jordan Valley"],
              "ar": ["تجمع رأس عين العوجا", "محافظ أريحا والأغوار"]}
AUJA_FAMILIES = merge({"en": ["affected families", "families"], "ar": ["العائلات المتضررة", "للعائلات المتضررة"]}, CIVILIANS)
AQABAT_BODY = {"en": ["body of one of the two", "martyr's body"], "ar": ["جثمان أحدهما", "جثمان"]}
AQABAT_GUNMEN = {"en": ["gunmen", "Palestinian gunmen"], "ar": ["مسلحين"]}
PA_SECURITY = {"en": ["Palestinian security services", "PA security forces", "Palestinian security establishment"],
               "ar": ["الأجهزة الأمنية الفلسطينية", "المؤسسة الأمنية"]}
AQABAT_THREE = {"en": ["three young men"], "ar": ["ثلاثة شبان"]}
JERICHO_FACTIONS = {"en": ["Factional Coordination Committee", "Palestinian factions", "Jericho factions"],
                    "ar": ["لجنة التنسيق الفصائلي في محافظة أريحا والأغوار", "لجنة التنسيق الفصائلي"]}
FASAYIL_FAMILIES = merge({"en": ["seven families", "families of Fasayil"], "ar": ["سبع عائلات", "عائلات"]}, CIVILIANS)
UNRWA = {"en": ["UNRWA", "UN Relief and Works Agency"], "ar": ["وكالة الأونروا", "الأونروا"]}
AQABAT_FAMILIES = merge({"en": ["about three hundred families", "camp residents", "families"],
                         "ar": ["ثلاثمئة عائلة", "عائلة"]}, CIVILIANS)
NUWEIMA_MAN = merge({"en": ["elderly man", "an old man"], "ar": ["مسنّ"]}, CIVILIANS)

AQABAT_JABR = {"accept": ["مخيم عقبة جبر", "عقبة جبر", "جنوب مدينة أريحا", "Aqabat Jabr", "Aqbat Jaber camp",
                          "Aqabat Jaber"]}
RAS_AUJA = {"accept": ["تجمع رأس عين العوجا البدوي", "تجمع رأس عين العوجا", "رأس عين العوجا", "العوجا",
                       "الأغوار الوسطى", "Ras Ein al-Auja", "Ras 'Ein al-'Auja", "al-Auja", "Auja"]}
JERICHO = {"accept": ["مدينة أريحا", "أريحا", "محافظة أريحا والأغوار", "Jericho"]}
JERICHO_SOUTH = place({"accept": ["المدخل الجنوبي للمدينة"]}, JERICHO)
KARAMA = {"accept": ["معبر الكرامة", "جسر الملك حسين", "Karama crossing", "King Hussein Bridge", "Allenby Bridge",
                     "Allenby crossing"]}
FASAYIL = {"accept": ["فصايل", "قرية فصايل", "Fasayil", "Fasayel"]}
NUWEIMA = {"accept": ["النويعمة", "قرية النويعمة", "al-Nuwei'ma", "Nuweimeh", "an-Nuway'imah"]}
