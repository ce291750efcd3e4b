"""Accepted actor names and place names for the second team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and
not copied from the first set's lists (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names).
"""


import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge

# ---------------------------------------------------------------- actors: regime side
REGIME = {"en": ["Syrian regime", "Syrian government", "regime forces", "government forces", "Syrian Arab Army",
                 "Assad forces", "pro-government forces", "Military Forces of Syria"],
          "ar": ["قوات النظام", "النظام", "النظام السوري", "قوات الأسد", "جيش النظام", "الحكومة السورية"]}
REGIME_HELI = merge(REGIME, {"en": ["regime helicopters", "Syrian Air Force", "regime air force"],
                             "ar": ["الطيران المروحي", "الطيران المروحي التابع للنظام", "مروحيات النظام",
                                    "طيران النظام"]})
MIL_SECURITY = merge({"en": ["Military Security", "Military Security Branch", "Military Intelligence",
                             "checkpoint guards", "checkpoint personnel"],
                      "ar": ["الأمن العسكري", "فرع الأمن العسكري", "عناصر الحاجز", "الحاجز",
                             "حاجز ببيلا–سيدي مقداد"]}, REGIME)
TIGER = merge(REGIME, {"en": ["Tiger Forces", "Qawat al-Nimr"], "ar": ["قوات النمر", "ميليشيا قوات النمر"]})
NDF = merge({"en": ["National Defence Forces", "National Defense Forces", "NDF", "pro-government militia",
                    "regime sniper"],
             "ar": ["الدفاع الوطني", "ميليشيا الدفاع الوطني", "قناص تابع لميليشيا الدفاع الوطني", "قناص"]}, REGIME)
HEZBOLLAH = {"en": ["Hezbollah", "Hizballah", "Hizbullah", "Lebanese Hezbollah", "Hezbollah militia"],
             "ar": ["حزب الله", "ميليشيا حزب الله", "حزب الله اللبناني", "ميليشيا «حزب الله»"]}
MILSEC_HEZBOLLAH = merge(MIL_SECURITY, HEZBOLLAH,
                         {"en": ["joint patrols"], "ar": ["دوريات مشتركة"]})

# ---------------------------------------------------------------- actors: foreign states
RUSSIA = {"en": ["Russia", "Russian military", "Russian officers", "Russian delegation", "Russian Armed Forces",
                 "Russian side", "Russian Air Force", "Russian warplanes", "Russian forces"],
          "ar": ["الجانب الروسي", "روسيا", "الروس", "ضباط روس", "ضباطاً روساً", "الضباط الروس", "وفد روسي",
                 "طائرات حربية روسية", "الطيران الروسي", "روسية"]}
ISRAEL = {"en": ["Israel", "Israeli army", "Israeli military", "Israel Defense Forces", "IDF", "Israeli tank",
                 "Israeli forces"],
          "ar": ["الجيش الإسرائيلي", "إسرائيل", "دبابة تابعة للجيش الإسرائيلي", "دبابة إسرائيلية",
                 "متحدث باسم الجيش الإسرائيلي", "جيش الاحتلال", "الاحتلال الإسرائيلي"]}

# ---------------------------------------------------------------- actors: jihadist groups
ISIS = {"en": ["Islamic State", "ISIS", "ISIL", "IS", "Daesh", "Islamic State cells", "IS sniper"],
        "ar": ["داعش", "تنظيم داعش", "التنظيم", "تنظيم الدولة", "عناصر التنظيم", "خلايا تابعة لتنظيم داعش",
               "قناص تابع للتنظيم", "خلايا التنظيم"]}
ISIS_HISBA = merge(ISIS, {"en": ["Hisba", "ISIS Hisba office", "Diwan al-Hisba", "religious police"],
                          "ar": ["ديوان الحسبة", "الحسبة", "عناصر ديوان الحسبة"]})
HTS = {"en": ["Hay'at Tahrir al-Sham", "HTS", "Tahrir al-Sham", "Hayat Tahrir al-Sham", "Nusra Front",
              "Jabhat al-Nusra"],
       "ar": ["هيئة تحرير الشام", "الهيئة", "تحرير الشام", "مقاتلي الهيئة", "مقاتلي هيئة تحرير الشام"]}
ISIS_HTS = merge(ISIS, HTS)
JKBW = merge({"en": ["Jaysh Khalid ibn al-Walid", "Khalid ibn al-Walid Army", "Jaish Khalid bin al-Walid",
                     "Khalid Army", "armed group"],
              "ar": ["جيش خالد بن الوليد", "جيش خالد", "عناصر جيش خالد", "مجموعة مسلحة",
                     "مجموعة مسلحة تابعة لجيش خالد بن الوليد"]}, ISIS)

# ---------------------------------------------------------------- actors: opposition
JAYSH_ABABIL = {"en": ["Jaysh al-Ababil", "Jaish al-Ababil", "Army of Ababil", "Khaled al-Saadi",
                       "Abu Jaafar al-Hourani", "commander", "opposition commander"],
                "ar": ["جيش الأبابيل", "القيادي في جيش الأبابيل", "خالد السعدي", "أبو جعفر الحوراني",
                       "القيادي"]}
SD_COMMITTEE = {"en": ["political committee", "South Damascus political committee",
                       "Yalda, Babila and Beit Sahm political committee", "local committees",
                       "committee delegation"],
                "ar": ["اللجنة السياسية", "اللجنة السياسية في البلدات الثلاث", "وفد من اللجنة السياسية",
                       "اللجنة", "اللجان المحلية", "اللجان المحلية في البلدات الثلاث"]}
JAYSH_ISLAM = {"en": ["Jaysh al-Islam", "Jaish al-Islam", "Army of Islam"],
               "ar": ["جيش الإسلام", "مصدر في جيش الإسلام", "قياديين في جيش الإسلام", "الفصيل"]}
DOUMA_NEGOTIATORS = merge({"en": ["Douma civil committee", "civil committee", "civilian committee",
                                  "Douma negotiating delegation", "negotiating delegation"],
                           "ar": ["لجنة مدنية", "لجنة مدنية تمثل أهالي دوما", "اللجنة المدنية", "الوفد المفاوض",
                                  "وفده"]}, JAYSH_ISLAM)
FAYLAQ = {"en": ["Faylaq al-Rahman", "Al-Rahman Legion", "Rahman Corps", "Failaq al-Rahman"],
          "ar": ["فيلق الرحمن", "الفيلق", "مقاتلي الفيلق", "مصدر في الفيلق"]}
FAYLAQ_REGIME = merge(FAYLAQ, TIGER)
AHRAR = {"en": ["Ahrar al-Sham", "Harakat Ahrar al-Sham al-Islamiyya", "Ahrar al-Sham fighters",
                "fighters and their families"],
         "ar": ["حركة أحرار الشام الإسلامية", "أحرار الشام", "مقاتلي حركة أحرار الشام الإسلامية",
                "مقاتلي أحرار الشام", "الحركة", "دفعة جديدة من مقاتلي حركة أحرار الشام الإسلامية"]}
NHOMS_NEG = {"en": ["Northern Homs negotiation committee", "negotiating committee", "negotiation committee",
                    "Negotiation Commission of northern Homs", "opposition negotiators"],
             "ar": ["هيئة التفاوض عن ريف حمص الشمالي", "هيئة التفاوض", "الهيئة"]}
NHOMS_NEG_RUSSIA = merge(NHOMS_NEG, RUSSIA, {"en": ["both sides"], "ar": ["الطرفان"]})
USOUD = {"en": ["Jaysh Usud al-Sharqiya", "Usud al-Sharqiya", "Lions of the East Army", "Jaish Osoud al-Sharqiya"],
         "ar": ["جيش أسود الشرقية", "أسود الشرقية", "مقاتلي الجيش"]}
USOUD_ISIS = merge(USOUD, ISIS)
FSA = {"en": ["Free Syrian Army", "FSA", "opposition factions", "rebels", "armed opposition",
              "Southern Front"],
       "ar": ["الجيش السوري الحر", "الجيش الحر", "فصائل المعارضة", "الفصائل", "فصائل من الجيش السوري الحر"]}
FSA_REGIME = merge(FSA, REGIME)
FSA_MEMBERS = merge({"en": ["FSA members", "three FSA fighters", "detainees", "FSA fighters"],
                     "ar": ["ثلاثة عناصر من الجيش الحر", "عناصر من الجيش الحر", "المفرج عنهم"]}, FSA)

# ---------------------------------------------------------------- actors: civilians, activists, organisations
CIVILIANS = {"en": ["civilians", "residents", "civilian", "people", "child"],
             "ar": ["مدنيين", "المدنيين", "مدنياً", "مدنيان", "الأهالي", "السكان", "طفل"]}
SD_RESIDENTS = merge({"en": ["residents of the three towns", "South Damascus residents", "protesters",
                            "demonstrators", "Yalda residents"],
                      "ar": ["أهالي البلدات الثلاث", "مئات من أهالي البلدات الثلاث", "المتظاهرين",
                             "المتظاهرون", "المحتجين", "أهالي جنوب دمشق", "أهالي يلدا"]}, CIVILIANS)
YALDA_DETAINEES = merge({"en": ["two women and a young man", "women", "young man", "Yalda residents"],
                         "ar": ["امرأتان وشاب", "امرأتان", "امرأتين", "شاب", "أبناء بلدة يلدا"]}, CIVILIANS)
ACTIVISTS = {"en": ["activists", "local activists", "media activists"],
             "ar": ["ناشطون", "ناشطون من المنطقة", "ناشطين", "الناشطين"]}
YARMOUK_YOUNG_MEN = merge({"en": ["young men", "six young men", "cigarette sellers", "detainees"],
                           "ar": ["ستة شبان", "شبان", "الشبان", "ثلاثة منهم"]}, CIVILIANS)
UNRWA = {"en": ["UNRWA", "United Nations Relief and Works Agency", "UN agency for Palestinian refugees",
                "United Nations"],
         "ar": ["الأونروا", "وكالة الأونروا", "وكالة غوث وتشغيل اللاجئين الفلسطينيين", "الأمم المتحدة"]}
YARMOUK_DISPLACED = merge({"en": ["displaced Yarmouk residents", "displaced families", "Palestinian refugees",
                                  "families displaced from Yarmouk"],
                           "ar": ["مهجري مخيم اليرموك", "ألفي عائلة", "عائلة من مهجري مخيم اليرموك",
                                  "العائلات", "النازحين"]}, CIVILIANS)
YARMOUK_ASSOC = {"en": ["Yarmouk Camp Residents' League", "Yarmouk residents' association", "Yarmouk residents"],
                 "ar": ["رابطة أهالي مخيم اليرموك", "رابطة أهالي اليرموك", "أهالي مخيم اليرموك"]}
INTL_ORGS = {"en": ["international organisations", "international organizations", "Palestinian factions",
                    "United Nations", "humanitarian organisations"],
             "ar": ["المنظمات الدولية", "الفصائل الفلسطينية", "المنظمات الإنسانية"]}
CIVIL_DEFENCE = {"en": ["Syrian Civil Defence", "White Helmets", "Civil Defence"],
                 "ar": ["الدفاع المدني السوري", "الدفاع المدني"]}
UN_SARC = {"en": ["United Nations", "UN", "OCHA", "Syrian Arab Red Crescent", "SARC", "Red Crescent",
                  "UN-SARC convoy"],
           "ar": ["الأمم المتحدة", "الهلال الأحمر العربي السوري", "الهلال الأحمر",
                  "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", "قافلة مساعدات إنسانية مشتركة"]}
DOUMA_RESIDENTS = merge({"en": ["Douma residents", "residents of Douma", "protesters", "demonstrators"],
                         "ar": ["أهالي دوما", "العشرات من أهالي دوما", "أهالي المدينة", "المحتجين",
                                "المحتجون"]}, CIVILIANS)
GHOUTA_YOUNG_MEN = merge({"en": ["young men", "displaced civilians", "men leaving Eastern Ghouta", "IDPs"],
                          "ar": ["عشرات الشبان", "الشبان", "المدنيين الواصلين", "الواصلين إلى مراكز الإيواء"]},
                         CIVILIANS)
AHRAR_AND_CIVILIANS = merge(AHRAR, CIVILIANS, {"en": ["woman"], "ar": ["امرأة"]})
HOULA_PROTESTERS = merge({"en": ["Houla residents", "residents of al-Houla", "protesters", "demonstrators"],
                          "ar": ["أهالي منطقة الحولة", "المئات من أهالي منطقة الحولة", "أهالي الحولة",
                                 "المتظاهرين", "المتظاهرون"]}, CIVILIANS)
YABRUD_YOUNG_MEN = merge({"en": ["young men", "seven young men", "university students"],
                          "ar": ["سبعة شبان", "شبان", "طالبان جامعيان"]}, CIVILIANS)
KIDNAPPED = merge({"en": ["young man", "farmer", "kidnapped man", "civilian from Hayt"],
                   "ar": ["شاب", "شاب من أبناء بلدة حيط", "الشاب", "المخطوف"]}, CIVILIANS)
NGO_NABAA = {"en": ["Nabaa al-Ataa Relief Association", "Nabaa al-Ataa", "relief association", "NGO",
                    "charity"],
             "ar": ["جمعية نبع العطاء الإغاثية", "جمعية نبع العطاء", "الجمعية"]}
QUNEITRA_DISPLACED = merge({"en": ["displaced people", "IDPs", "displaced families", "camp residents"],
                            "ar": ["النازحين", "العائلات النازحة", "مخيمات النازحين", "نازح"]}, CIVILIANS)
QUNEITRA_COUNCIL = {"en": ["Free Quneitra Provincial Council", "Quneitra Provincial Council",
                           "Quneitra Governorate Council", "local council", "opposition council"],
                    "ar": ["مجلس محافظة القنيطرة الحرة", "مجلس محافظة القنيطرة", "المجلس"]}
NAWA_PROTESTERS = merge({"en": ["Nawa residents", "residents of Nawa", "protesters", "families of the abducted"],
                         "ar": ["العشرات من أهالي المدينة", "أهالي المدينة", "أهالي نوى", "المعتصمين",
                                "المعتصمون"]}, CIVILIANS)

# ---------------------------------------------------------------- places
_SOUTH_DAM = ["South Damascus", "southern Damascus", "جنوب دمشق", "جنوبي دمشق", "Markaz Rif Dimashq District",
              "منطقة مركز ريف دمشق", "منطقة ريف دمشق"]
SIDI_MIQDAD_CP = {"accept": ["Babila-Sidi Miqdad checkpoint", "Sidi Miqdad", "Sidi Meqdad", "Sidi Muqdad", "سيدي مقداد", "حاجز ببيلا–سيدي مقداد", "حاجز ببيلا", "Babila checkpoint", "ببيلا", "Babila", "Babbila", "Bibila", "باب بيلا", "المعبر", "الحاجز", *_SOUTH_DAM]}
THREE_TOWNS = {"accept": ["Yalda", "يلدا", "Babila", "Babbila", "ببيلا", "Beit Sahm", "Bayt Sahm", "Beit Saham", "بيت سحم", "البلدات الثلاث", "Sidi Miqdad", "سيدي مقداد", *_SOUTH_DAM]}
YALDA = {"accept": ["Yalda", "يلدا", "بلدة يلدا", "ساحة بلدة يلدا", "Sidi Miqdad", "سيدي مقداد", "حاجز ببيلا–سيدي مقداد", "Babila", "ببيلا", *_SOUTH_DAM]}
YALDA_ONLY = {"accept": ["Yalda", "يلدا", "بلدة يلدا", *_SOUTH_DAM]}
BABILA = {"accept": ["Babila", "Babbila", "Bibila", "ببيلا", "باب بيلا", "بلدة ببيلا", "Hajar al-Aswad", "الحجر الأسود", *_SOUTH_DAM]}
YARMOUK = {"accept": ["Yarmouk Camp", "Yarmouk", "al-Yarmouk camp", "Mukhayyam al-Yarmuk", "مخيم اليرموك",
                      "اليرموك", "ساحة الريجة", "شارع لوبية", "شارع الثلاثين", "Damascus", "دمشق",
                      "South Damascus", "جنوب دمشق", "جنوبي دمشق"]}
YARMOUK_HAJAR = {"accept": YARMOUK["accept"] + ["al-Hajar al-Aswad", "Hajar al-Aswad", "Al Hajar al Aswad",
                                                "الحجر الأسود", "حجر الأسود"]}
HAJAR = {"accept": ["al-Hajar al-Aswad", "Hajar al-Aswad", "Al Hajar al Aswad", "Hajjar al-Aswad", "الحجر الأسود", "حجر الأسود", *_SOUTH_DAM]}
QADAM = {"accept": ["al-Qadam", "Qadam", "Kadam", "القدم", "حي القدم", "al-Asali", "Asali", "العسالي",
                    "Damascus", "دمشق", "South Damascus", "جنوب دمشق"]}
TADAMON = {"accept": ["al-Tadamon", "Tadamon", "Tadamun", "Tadhamon", "التضامن", "حي التضامن", "Damascus",
                      "دمشق", "South Damascus", "جنوب دمشق"]}
_GHOUTA = ["Eastern Ghouta", "East Ghouta", "الغوطة الشرقية", "Rif Dimashq", "Damascus countryside"]
DOUMA = {"accept": ["Douma", "Duma", "دوما", "مدينة دوما", "Douma District", "منطقة دوما", *_GHOUTA]}
DOUMA_WAFIDEEN = {"accept": DOUMA["accept"] + ["al-Wafideen camp", "Wafideen", "Wafidin", "مخيم الوافدين",
                                              "الوافدين"]}
ARBIN = {"accept": ["Arbin", "Arbeen", "Irbin", "عربين", "Kafr Batna", "Kafarbatna", "كفربطنا", "كفر بطنا", "Markaz Rif Dimashq District", "منطقة مركز ريف دمشق", *_GHOUTA]}
ARBIN_ZAMALKA_JOBAR = {"accept": ARBIN["accept"] + ["Zamalka", "زملكا", "Ein Tarma", "Ain Tarma", "عين ترما",
                                                    "Jobar", "Jawbar", "جوبر", "حي جوبر"]}
HARASTA = {"accept": ["Harasta", "Harista", "حرستا", "مدينة حرستا", "Douma District", "منطقة دوما", *_GHOUTA]}
ADRA_HAMOURIA = {"accept": ["Adra", "عدرا", "مدينة عدرا", "Hamouria", "Hammouriyeh", "Hamuriyah", "حمورية", "ممر حمورية", "مراكز الإيواء", "shelters", "Douma District", "منطقة دوما", "Markaz Rif Dimashq District", "منطقة مركز ريف دمشق", *_GHOUTA]}
_NHOMS = ["ريف حمص الشمالي", "northern Homs countryside", "northern rural Homs", "Northern Homs"]
HOULA = {"accept": ["al-Houla", "Houla", "Hula", "al-Hula", "الحولة", "منطقة الحولة", "Kafr Laha", "Kafrlaha", "كفرلاها", "كفر لاها", "Taldou", "Teldo", "Taldo", "تلدو", "Homs District", "منطقة حمص", "Al-Rastan District", "منطقة الرستن", *_NHOMS]}
TALBISEH = {"accept": ["Talbiseh", "Talbisah", "Tallbisah", "Talbisa", "تلبيسة", "Al-Rastan District", "منطقة الرستن", *_NHOMS]}
DAR_KABIRA = {"accept": ["al-Dar al-Kabira", "Dar al-Kabira", "Dar Kabira", "الدار الكبيرة", "معبر الدار الكبيرة", "al-Rastan", "Rastan", "الرستن", "Homs District", "منطقة حمص", "Al-Rastan District", "منطقة الرستن", *_NHOMS]}
HOMS_CITY = {"accept": ["Homs", "حمص", "مدينة حمص", "Homs District", "منطقة حمص", "Homs Governorate"]}
YABRUD = {"accept": ["Yabrud", "Yabroud", "Yabrood", "يبرود", "مدينة يبرود", "Western Qalamoun", "القلمون الغربي",
                     "Qalamoun", "القلمون", "Yabrud District", "منطقة يبرود"]}
MAHSA = {"accept": ["al-Mahsa", "Mahsa", "al-Mahasa", "المحسا", "منطقة المحسا", "Eastern Qalamoun",
                    "East Qalamoun", "القلمون الشرقي", "Qalamoun", "القلمون", "Al-Nabk District", "منطقة النبك",
                    "Al-Qutayfah District", "منطقة القطيفة"]}
QARA_FLITA = {"accept": ["Qara", "Qarah", "قارة", "Flita", "Fleeta", "Falitah", "فليطة", "جرود قارة",
                         "جرود بلدتي قارة وفليطة", "Western Qalamoun", "القلمون الغربي", "Qalamoun", "القلمون",
                         "Al-Nabk District", "منطقة النبك", "Yabrud District", "منطقة يبرود"]}
_QUN = ["Quneitra", "القنيطرة", "ريف القنيطرة", "Quneitra Governorate", "محافظة القنيطرة", "Quneitra District",
        "منطقة القنيطرة", "Quneitra countryside"]
KHAN_ARNABAH = {"accept": ["Khan Arnabah", "Khan Arnaba", "Khan Arnabeh", "خان أرنبة", "خان ارنبة", "ريف القنيطرة الأوسط", "central Quneitra countryside", *_QUN]}
GOLAN_QUNEITRA = {"accept": ["Golan", "Golan Heights", "occupied Golan", "الجولان", "هضبة الجولان", "الجولان المحتل", "Khan Arnabah", "خان أرنبة", *_QUN]}
JUBATA_BAATH = {"accept": ["Jubata al-Khashab", "Jubbata al-Khashab", "Jabata al-Khashab", "جباتا الخشب", "Madinat al-Baath", "Baath City", "al-Baath", "مدينة البعث", "ريف القنيطرة الشمالي", "northern Quneitra countryside", *_QUN]}
HAYT = {"accept": ["Hayt", "Heet", "Hait", "حيط", "بلدة حيط", "Saham al-Jawlan", "Sahem al-Golan", "سحم الجولان",
                   "Yarmouk Basin", "Yarmouk Valley", "حوض اليرموك", "ريف درعا الغربي", "western Daraa countryside",
                   "Daraa District", "منطقة درعا", "Izra District", "منطقة ازرع"]}
BARIQA_CAMPS = {"accept": ["Bariqa", "Breiqa", "Buraiqa", "بريقة", "مخيمات النازحين", "displacement camps", "IDP camps", *_QUN]}
NAWA = {"accept": ["Nawa", "Nawa city", "نوى", "مدينة نوى", "ريف درعا الغربي", "western Daraa countryside",
                   "Izra District", "منطقة ازرع", "Daraa Governorate", "محافظة درعا"]}
MASHARA = {"accept": ["Mashara", "Masharah", "Mas-hara", "مسحرة", "ريف القنيطرة الأوسط", "central Quneitra countryside", *_QUN]}
QUNEITRA_COUNTRY = {"accept": [*_QUN, "Golan", "الجولان"]}
