"""Accepted actor names and place names for the sixty-second team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الحكومة», «اللجنة») are left out on purpose, with these
exceptions, each used only in an article where it names a single actor:
- 306: «فصائل الحي» (only ever the rebel factions of al-Waer);
- 307: «الهيئة» and «الأمن العام» (only ever Hay'at Tahrir al-Sham and its General Security Service);
- 308: «التنظيم» and «مرتزقته» (only ever the Islamic State, and the Turkish army's Syrian auxiliaries);
- 309: «المليشيا» (only ever the Houthis);
- 310: «المجموعتين», «الطرفين», «الطرفان» and «الحكماء» (only ever the two armed groups of Zawiya and the
  town's elders).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge

# ====================================================== actors: shared
CIVILIANS = {"en": ["civilians", "civilian", "residents", "locals", "citizens"],
             "ar": ["المدنيين", "مدنيين", "مدنيون", "الأهالي", "أهالي", "السكان", "المواطنين"]}
UNKNOWN = {"en": ["unknown gunmen", "unidentified gunmen", "unknown assailants", "gunmen"],
           "ar": ["مسلحين مجهولين", "مسلحون مجهولون", "مجهولين", "مجهولون"]}
SY_REGIME = {"en": ["Syrian government forces", "Syrian army", "Syrian Arab Army", "regime forces",
                    "Assad forces", "Syrian government"],
             "ar": ["قوات النظام", "جيش النظام", "النظام", "قوات الأسد"]}
UN = {"en": ["United Nations", "UN"], "ar": ["الأمم المتحدة"]}

# ====================================== 306: al-Waer, Homs city and Talbiseh (a Homs opposition site, 2016)
WAER_VICTIMS = merge({"en": ["three civilians", "a woman and her daughter", "residents of al-Waer"],
                      "ar": ["ثلاثة مدنيين، بينهم طفلة", "ثلاثة مدنيين", "امرأة وطفلتها"]}, CIVILIANS)
WAER_EVACUEES = {"en": ["al-Waer fighters and their families", "rebel fighters", "opposition fighters",
                        "rebels", "evacuees"],
                 "ar": ["حافلات تقلّ مئة وأربعين شخصاً", "مئة وأربعين شخصاً", "خمسين مقاتلاً",
                        "المقاتلين وعائلاتهم", "مقاتلي الوعر"]}
SY_AUTHORITIES = merge({"en": ["Syrian authorities"], "ar": ["السلطات", "السلطات السورية"]}, SY_REGIME)
WAER_DETAINEES = {"en": ["22 detainees", "detainees from al-Waer", "prisoners", "detainees"],
                  "ar": ["اثنين وعشرين معتقلاً من أبناء الوعر", "اثنين وعشرين معتقلاً", "معتقلاً",
                         "المعتقلين"]}
WAER_COMMITTEE = {"en": ["al-Waer negotiating committee", "negotiation committee", "al-Waer notables",
                         "residents' committee"],
                  "ar": ["لجنة التفاوض عن الأهالي", "لجنة التفاوض", "«وجهاء الوعر»", "وجهاء الوعر"]}
SY_GOV_SIDE = merge({"en": ["government side", "Syrian government", "Homs governorate"],
                     "ar": ["الجانب الحكومي", "محافظة حمص"]}, SY_REGIME)
UN_DAMASCUS = merge({"en": ["UN office in Damascus", "United Nations office"],
                     "ar": ["مكتب الأمم المتحدة في دمشق", "مكتب الأمم المتحدة"]}, UN)
HOMS_GOVERNOR = {"en": ["Governor of Homs", "Homs governor", "Homs governorate", "Syrian government"],
                 "ar": ["محافظ حمص", "المحافظة"]}
GOVERNOR_NOTABLES = merge(HOMS_GOVERNOR, {"en": ["al-Waer notables"], "ar": ["«وجهاء الوعر»", "وجهاء الوعر"]})
WAER_FACTIONS = {"en": ["al-Waer rebel factions", "rebel factions", "opposition factions", "rebels"],
                 "ar": ["فصائل الحي", "إحدى الفصائل"]}
MS_OFFICER = merge({"en": ["Military Security officer", "Syrian Military Security", "Military Intelligence"],
                    "ar": ["ضابط في فرع الأمن العسكري بحمص", "فرع الأمن العسكري", "الأمن العسكري"]},
                   SY_REGIME)
WAER_HOLDOUTS = {"en": ["fighters refusing the settlement", "al-Waer fighters", "rebels"],
                 "ar": ["المقاتلين الرافضين للتسوية", "المقاتلين"]}
SANA = {"en": ["SANA", "Syrian Arab News Agency", "Syrian state media", "Syrian government"],
        "ar": ["«سانا»", "سانا", "وكالة الأنباء الرسمية"]}
WAER_ARMED = {"en": ["armed groups", "terrorist groups", "rebels", "al-Waer rebels"],
              "ar": ["«المجموعات الإرهابية»", "المجموعات الإرهابية"]}
ZAHRAA_RESIDENTS = merge({"en": ["residents of al-Zahraa"], "ar": ["حي الزهراء"]}, CIVILIANS)
OCHA = merge({"en": ["UN OCHA", "OCHA", "Office for the Coordination of Humanitarian Affairs"],
              "ar": ["مكتب تنسيق الشؤون الإنسانية التابع للأمم المتحدة", "مكتب تنسيق الشؤون الإنسانية",
                     "قافلة مساعدات أممية"]}, UN)
WAER_COMMUTERS = merge({"en": ["employees and university students", "students"],
                        "ar": ["الموظفين وطلاب الجامعة", "الموظفين", "طلاب الجامعة"]}, CIVILIANS)
WAER_PEOPLE = merge({"en": ["people of al-Waer"], "ar": ["الوعر"]}, CIVILIANS)
WAER_BATCH3 = {"en": ["third batch of fighters and their families", "al-Waer fighters", "rebels"],
               "ar": ["الدفعة الثالثة من المقاتلين وعائلاتهم", "الدفعة الثالثة", "المقاتلين وعائلاتهم"]}
TALBISEH_VICTIMS = merge({"en": ["five civilians", "market-goers"], "ar": ["خمسة مدنيين"]}, CIVILIANS)
WAER_DEAL_SIDES = merge({"en": ["al-Waer committee and the Syrian government", "United Nations"],
                         "ar": ["اتفاق الوعر"]}, SY_REGIME)
WAER_FIGHTERS_2015 = {"en": ["about three hundred fighters", "rebel fighters", "rebels"],
                      "ar": ["قرابة ثلاثمئة مقاتل", "ثلاثمئة مقاتل"]}
WAER_SWAP = merge(WAER_FACTIONS, MS_OFFICER)
WAER_WOMEN = {"en": ["three women from al-Waer", "women detainees", "detainees"],
              "ar": ["ثلاث نساء من الوعر", "ثلاث نساء"]}
SY_SOLDIER = {"en": ["a soldier of the regime forces", "Syrian soldier", "Syrian army"],
              "ar": ["عنصر من قوات النظام", "قوات النظام"]}

# ====================================================== places: 306
WAER_JAZIRA = {"accept": ["الجزيرة السابعة", "حي الوعر", "الوعر", "مدينة حمص", "حمص", "al-Waer", "Waer",
                          "al-Wa'r", "Homs"]}
WAER = {"accept": ["حي الوعر", "الوعر", "al-Waer", "Waer", "al-Wa'r", "Homs"]}
WAER_TO_IDLIB = {"accept": ["الحي", "الوعر", "حي الوعر", "ريف إدلب الشمالي", "al-Waer", "Waer", "Homs",
                            "Idlib"]}
HOMS_PRISON = {"accept": ["سجن حمص المركزي", "حمص", "الوعر", "Homs Central Prison", "Homs", "al-Waer"]}
ENGINEERS_RB = {"accept": ["دوار المهندسين", "معبر دوار المهندسين", "الوعر", "حي الوعر", "al-Waer", "Waer",
                           "Homs"]}
ZAHRAA = {"accept": ["حي الزهراء", "الزهراء", "al-Zahraa", "Zahra", "Homs"]}
TALBISEH = {"accept": ["مدينة تلبيسة", "تلبيسة", "ريف حمص الشمالي", "Talbiseh", "Talbisah", "Tall Bisah"]}

# ========================= 307: Idlib city, Binnish, Jisr al-Shughur, Sarmada, al-Dana (an Idlib site, 2024)
HTS = {"en": ["Hay'at Tahrir al-Sham", "HTS", "Tahrir al-Sham"],
       "ar": ["«هيئة تحرير الشام»", "هيئة تحرير الشام", "الهيئة"]}
HTS_GS = merge({"en": ["HTS General Security Service", "General Security Service", "General Security"],
                "ar": ["عناصر من «جهاز الأمن العام»", "«جهاز الأمن العام»", "جهاز الأمن العام",
                       "«الأمن العام»", "الأمن العام"]}, HTS)
IDLIB_PROTESTERS = merge({"en": ["protesters", "demonstrators", "thousands of Idlib residents",
                                 "Idlib protest movement"],
                          "ar": ["آلاف من أبناء مدينة إدلب والنازحين المقيمين فيها",
                                 "آلاف من أبناء مدينة إدلب", "المتظاهرين", "آلاف"]}, CIVILIANS)
BINNISH_SITIN = merge({"en": ["sit-in protesters", "protesters", "a young man from Binnish"],
                       "ar": ["المعتصمين", "محتجون", "شاب من بنش", "متظاهر"]}, CIVILIANS)
JISR_ORGANISERS = merge({"en": ["seven protest organisers", "protest organisers", "activists"],
                         "ar": ["سبعة من منظمي المظاهرات", "منظمي المظاهرات"]}, CIVILIANS)
HIRAK_COMMITTEE = {"en": ["protest movement coordination committee", "Idlib protest movement",
                          "protest coordination committee"],
                   "ar": ["«لجنة تنسيق الحراك»", "لجنة تنسيق الحراك", "الحراك"]}
STRIKERS = merge(HIRAK_COMMITTEE, {"en": ["traders", "shopkeepers", "merchants of the wholesale market"],
                                   "ar": ["تجار في سوق الهال بإدلب", "تجار في سوق الهال", "تجار"]})
SARMIN_PREACHER = {"en": ["preacher of the Great Mosque of Sarmin", "preacher", "imam"],
                   "ar": ["خطيب الجامع الكبير في سرمين", "الخطيب"]}
HTS_LEADER = merge({"en": ["HTS leader", "leader of Hay'at Tahrir al-Sham", "Abu Mohammad al-Jolani",
                           "al-Jolani"],
                    "ar": ["قائد «هيئة تحرير الشام»", "قائد الهيئة"]}, HTS)
CLIMBERS = {"en": ["protest leaders", "protesters", "opponents of HTS"],
            "ar": ["«المتسلقين على مطالب الناس»", "المتسلقين على مطالب الناس"]}
HTS_DETAINEES = {"en": ["detainees", "prisoners held by HTS", "a number of detainees"],
                 "ar": ["«عدد من الموقوفين ممن لم تثبت عليهم جرائم»", "عدد من الموقوفين", "الموقوفين"]}
DETAINEE_FAMILIES = merge({"en": ["families of detainees", "detainees' relatives", "protesters"],
                           "ar": ["العشرات من ذوي المعتقلين", "ذوي المعتقلين", "المعتصمات"]}, CIVILIANS)
SALVATION_GOV = {"en": ["Syrian Salvation Government", "Salvation Government", "Ministry of Justice", "HTS"],
                 "ar": ["«حكومة الإنقاذ»", "حكومة الإنقاذ", "وزارة العدل في «حكومة الإنقاذ»"]}
REGIME_LINKED = {"en": ["regime-linked parties", "saboteur cells", "Syrian government"],
                 "ar": ["«جهات مرتبطة بالنظام وخلايا تخريبية»", "جهات مرتبطة بالنظام", "خلايا تخريبية"]}
SHURA_COUNCIL = {"en": ["General Shura Council", "Shura Council", "Syrian Salvation Government", "HTS"],
                 "ar": ["وفد من «مجلس الشورى العام»", "«مجلس الشورى العام»", "مجلس الشورى العام"]}
HIRAK_REPS = {"en": ["protest movement representatives", "Idlib protest movement", "protesters"],
              "ar": ["ممثلين عن الحراك", "الحراك"]}
DANA_PROTESTER = merge({"en": ["a protester", "protesters"], "ar": ["متظاهر"]}, CIVILIANS)
HTS_SUPPORTERS = {"en": ["HTS supporters", "pro-HTS demonstrators", "supporters of Hay'at Tahrir al-Sham"],
                  "ar": ["مئات من أنصار الهيئة", "أنصار الهيئة"]}
IDLIB_LAWYERS = {"en": ["Idlib Lawyers' Gathering", "lawyers", "Idlib lawyers"],
                 "ar": ["«تجمّع محامي إدلب»", "تجمّع محامي إدلب", "أعضائه"]}
TORTURE_VICTIM = {"en": ["a detainee", "detainee who died under torture"], "ar": ["موقوف"]}

# ====================================================== places: 307
IDLIB_CLOCK = {"accept": ["ساحة الساعة", "مدينة إدلب", "إدلب", "Clock Square", "Idlib", "Idlib city"]}
BINNISH_ROAD = {"accept": ["الطريق الواصل بين بنش وإدلب", "طريق بنش", "بنش", "Binnish", "Binnish-Idlib road",
                           "Binnish road"]}
JISR = {"accept": ["جسر الشغور", "مدينة جسر الشغور", "Jisr al-Shughur", "Jisr ash-Shughur"]}
IDLIB_MARKETS = {"accept": ["أسواق إدلب وبنش وسرمين", "سوق الهال بإدلب", "إدلب", "بنش", "سرمين", "Idlib",
                            "Binnish", "Sarmin"]}
SARMIN = {"accept": ["الجامع الكبير في سرمين", "سرمين", "Sarmin", "Sarmeen"]}
JUSTICE_MIN = {"accept": ["مبنى وزارة العدل", "مدينة إدلب", "إدلب", "Idlib", "Idlib city"]}
IDLIB = {"accept": ["مدينة إدلب", "إدلب", "Idlib", "Idlib city"]}
IDLIB_GOV = {"accept": ["إدلب", "محافظة إدلب", "Idlib", "Idlib Governorate"]}
DANA = {"accept": ["بلدة الدانا", "الدانا", "al-Dana", "Dana", "ad-Dana"]}
SARMADA = {"accept": ["مدينة سرمدا", "سرمدا", "Sarmada"]}

# ============================ 308: al-Karama, Ain Issa, al-Tabqa, al-Mansoura (a Raqqa news agency, 2021)
ISIS = {"en": ["Islamic State", "ISIS", "IS", "ISIL", "Daesh"],
        "ar": ["خلية تابعة لمرتزقة «داعش»", "مرتزقة «داعش»", "خلايا «داعش»", "«داعش»", "داعش", "التنظيم"]}
SDF = {"en": ["Syrian Democratic Forces", "SDF", "Raqqa Military Council"],
       "ar": ["قوات سوريا الديمقراطية", "مجلس الرقة العسكري"]}
SDF_FIGHTERS = merge({"en": ["two SDF fighters", "SDF checkpoint", "SDF military post"],
                      "ar": ["مقاتلان من مجلس الرقة العسكري", "نقطة عسكرية", "عناصر النقطة"]}, SDF)
ASAYISH = {"en": ["Internal Security Forces", "Asayish", "Kurdish internal security"],
           "ar": ["قوى الأمن الداخلي", "الأسايش"]}
SDF_ASAYISH = merge(SDF, ASAYISH)
KARAMA_SUSPECTS = {"en": ["five suspects", "suspected ISIS members", "ISIS cell members"],
                   "ar": ["خمسة مشتبه بهم", "مشتبه بهم", "«أمير» الخلية"]}
TURKEY_SNA = {"en": ["Turkish army", "Turkey", "Turkish Armed Forces", "Turkish-backed factions",
                     "Syrian National Army"],
              "ar": ["جيش الاحتلال التركي ومرتزقته", "جيش الاحتلال التركي", "الاحتلال التركي", "مرتزقته",
                     "القصف التركي"]}
AIN_ISSA_CIVILIANS = merge({"en": ["a child", "civilians of Ain Issa", "a woman"],
                            "ar": ["طفل", "منازل المدنيين", "امرأة"]}, CIVILIANS)
RAQQA_CIVIL_COUNCIL = {"en": ["Raqqa Civil Council", "Autonomous Administration", "AANES"],
                       "ar": ["الرئاسة المشتركة لمجلس الرقة المدني", "مجلس الرقة المدني"]}
KARAMA_NOTABLES = {"en": ["tribal notables of al-Karama", "tribal elders", "tribal notables"],
                   "ar": ["وجهاء عشائر بلدة الكرامة", "وجهاء عشائر"]}
COUNCIL_NOTABLES = merge(RAQQA_CIVIL_COUNCIL, KARAMA_NOTABLES)
RU_MP = {"en": ["Russian military police", "Russia", "Russian forces"], "ar": ["الشرطة العسكرية الروسية"]}
AANES_TEACHERS = {"en": ["teachers in Autonomous Administration schools", "teachers", "AANES employees"],
                  "ar": ["المعلمين العاملين في مدارس الإدارة الذاتية", "المعلمين"]}
TABQA_RESIDENTS = merge({"en": ["residents of al-Tabqa", "protesters", "dozens of residents"],
                         "ar": ["العشرات من الأهالي"]}, CIVILIANS)
TABQA_COUNCIL = {"en": ["Tabqa Executive Council", "Autonomous Administration"],
                 "ar": ["المجلس التنفيذي", "الرئاسة المشتركة للمجلس"]}
AANES = {"en": ["Autonomous Administration of North and East Syria", "AANES", "Autonomous Administration"],
         "ar": ["الإدارة الذاتية لشمال وشرق سوريا", "الإدارة الذاتية"]}
INTL_COMMUNITY = {"en": ["international community"], "ar": ["المجتمع الدولي"]}
COALITION = {"en": ["International Coalition", "US-led coalition", "Global Coalition against ISIS",
                    "United States"],
             "ar": ["وفد من التحالف الدولي", "التحالف الدولي"]}
RUSSIA_COALITION = merge({"en": ["Russia"], "ar": ["روسيا"]}, COALITION)
SDF_FIGHTER = merge({"en": ["an SDF fighter", "SDF patrol"], "ar": ["مقاتل من قوات سوريا الديمقراطية"]}, SDF)
RAQQA_DETAINEES = {"en": ["twenty-four detainees", "ISIS-affiliated detainees", "detainees"],
                   "ar": ["أربعة وعشرين موقوفاً من أبناء ريف الرقة", "أربعة وعشرين موقوفاً", "الموقوفين"]}

# ====================================================== places: 308
KARAMA = {"accept": ["المدخل الغربي لبلدة الكرامة", "بلدة الكرامة", "الكرامة", "al-Karama", "Karama",
                     "Raqqa"]}
SAIDA_MUALLAQ = {"accept": ["قريتي صيدا والمعلق", "صيدا", "المعلق", "ناحية عين عيسى", "عين عيسى", "Saida",
                            "al-Mu'allaq", "Ain Issa", "Ayn Issa"]}
AIN_ISSA_M4 = {"accept": ["الطريق الدولي «M4» قرب عين عيسى", "عين عيسى", "Ain Issa", "Ayn Issa", "M4"]}
KASRAT = {"accept": ["قرى الكسرات", "الكسرات", "al-Kasrat", "Kasrat", "Raqqa"]}
TABQA = {"accept": ["مدينة الطبقة", "الطبقة", "al-Tabqa", "Tabqa", "al-Thawrah"]}
RAQQA = {"accept": ["مدينة الرقة", "الرقة", "Raqqa", "ar-Raqqah"]}
MANSOURA = {"accept": ["بلدة المنصورة", "المنصورة", "al-Mansoura", "Mansurah", "al-Mansurah"]}
RAQQA_COUNTRYSIDE = {"accept": ["ريف الرقة", "الرقة", "Raqqa", "Raqqa countryside"]}

# ========================= 309: al-Jufainah camp, al-Kasara, Sirwah, Harib, Raghwan (a Marib news site, 2021)
HOUTHIS = {"en": ["Houthis", "Houthi movement", "Ansar Allah", "Houthi militia", "Houthi forces"],
           "ar": ["المليشيا الحوثية الإرهابية المدعومة من إيران", "المليشيا الحوثية", "مليشيا الحوثي",
                  "المليشيا", "مليشيا", "عناصر حوثيين", "حوثي"]}
JUFAINAH_IDPS = merge({"en": ["displaced people", "IDPs", "displaced civilians", "camp residents"],
                       "ar": ["أربعة نازحين، بينهم طفلان", "أربعة نازحين", "نازحين", "امرأة وطفليها"]},
                      CIVILIANS)
YE_ARMY_TRIBES = {"en": ["Yemeni National Army", "Yemeni army", "government forces",
                         "pro-government tribesmen", "Military Forces of Yemen"],
                  "ar": ["الجيش الوطني ورجال القبائل", "الجيش الوطني", "رجال القبائل"]}
KASARA_FIGHT = merge(YE_ARMY_TRIBES, HOUTHIS)
SA_COALITION = {"en": ["Saudi-led coalition", "Arab Coalition", "Coalition to Restore Legitimacy in Yemen",
                       "Saudi Arabia"],
                "ar": ["مقاتلات تحالف دعم الشرعية", "تحالف دعم الشرعية"]}
HOUTHI_REINF = merge({"en": ["Houthi reinforcements"], "ar": ["تعزيزات للمليشيا"]}, HOUTHIS)
MARIB_GOVERNOR = {"en": ["Governor of Marib", "Marib governor", "Yemeni government"], "ar": ["محافظ مأرب"]}
UN_HC_YEMEN = {"en": ["UN Humanitarian Coordinator for Yemen", "United Nations", "UN", "OCHA"],
               "ar": ["منسق الشؤون الإنسانية للأمم المتحدة في اليمن", "منسق الشؤون الإنسانية",
                      "الأمم المتحدة"]}
HOUTHI_LEADER = merge({"en": ["senior Houthi leader", "Houthi official"], "ar": ["قيادي بارز في المليشيا"]},
                      HOUTHIS)
MARIB_TRIBES = {"en": ["Marib tribes", "Murad tribe", "Abidah tribe", "Jahm tribe", "tribesmen"],
                "ar": ["قبائل مراد وعبيدة وجهم", "قبائل المحافظة", "قبائل مراد", "مشايخ مراد"]}
KSRELIEF = {"en": ["KSrelief", "King Salman Humanitarian Aid and Relief Centre", "Saudi Arabia"],
            "ar": ["مركز الملك سلمان للإغاثة والأعمال الإنسانية", "مركز الملك سلمان"]}
JUFAINAH_FAMILIES = merge({"en": ["affected families", "displaced families", "IDPs"],
                           "ar": ["الأسر المتضررة"]}, CIVILIANS)
HARIB_VICTIMS = merge({"en": ["two civilians"], "ar": ["مدنيان"]}, CIVILIANS)
RAGHWAN_SWAP = merge({"en": ["Yemeni army", "Yemeni National Army", "government forces"],
                      "ar": ["بين الجيش والمليشيا"]}, HOUTHIS)
YE_GOV = {"en": ["Yemeni government", "Government of Yemen", "Yemeni Minister of Information",
                 "Ministry of Information"],
          "ar": ["الحكومة اليمنية", "وزير الإعلام", "الوزير"]}
HOUTHIS_IRAN = merge(HOUTHIS, {"en": ["Iran"], "ar": ["داعميها في طهران", "طهران"]})

# ====================================================== places: 309
JUFAINAH = {"accept": ["مخيم الجفينة للنازحين", "مخيم الجفينة", "الجفينة", "مدينة مأرب", "مأرب",
                       "al-Jufainah", "Jufainah camp", "Marib", "Ma'rib"]}
KASARA = {"accept": ["جبهة الكسارة", "الكسارة", "al-Kasara", "Kassara", "Marib", "Ma'rib"]}
SIRWAH = {"accept": ["جبهة صرواح", "صرواح", "Sirwah", "Serwah"]}
MARIB_CITY = {"accept": ["مدينة مأرب", "مأرب", "Marib", "Ma'rib", "Marib city"]}
BALAQ = {"accept": ["سلسلة جبال البلق", "جبال البلق", "البلق", "سد مأرب", "al-Balaq mountains", "Balaq",
                    "Marib Dam"]}
SIRWAH_KASARA = {"accept": ["خطوط التماس في صرواح والكسارة", "صرواح", "الكسارة", "Sirwah", "al-Kasara",
                            "Marib"]}
HARIB = {"accept": ["مديرية حريب", "حريب", "Harib", "Harib district"]}
RAGHWAN = {"accept": ["جبهة رغوان", "رغوان", "Raghwan", "Rahgwan"]}
MARIB_GOV = {"accept": ["مأرب", "محافظة مأرب", "Marib", "Marib Governorate", "Ma'rib"]}

# ================== 310: al-Harsha, the refinery, Abu Surra, Tripoli, Surman (a west Libyan news site, 2023)
ZAWIYA_GROUPS = {"en": ["two armed groups", "rival armed groups", "Zawiya militias", "militias"],
                 "ar": ["مجموعتين مسلحتين", "المجموعتين", "الطرفين", "الطرفان"]}
ZAWIYA_ELDERS = {"en": ["Zawiya elders and notables", "Zawiya elders", "elders", "notables"],
                 "ar": ["حكماء وأعيان الزاوية", "وفداً من حكماء الزاوية وأعيانها", "حكماء الزاوية",
                        "حكماء المدينة", "الحكماء"]}
ELDERS_GROUPS = merge(ZAWIYA_ELDERS, ZAWIYA_GROUPS)
ZAWIYA_YOUTHS = merge({"en": ["angry young men", "protesters", "Zawiya residents"],
                       "ar": ["عشرات الشبان الغاضبين", "الشبان", "المحتجين"]}, CIVILIANS)
ZAWIYA_GROUPS_ALL = {"en": ["armed formations", "militias", "armed groups"],
                     "ar": ["«كل التشكيلات المسلحة»", "التشكيلات المسلحة"]}
LY_MOI = {"en": ["Libyan Ministry of Interior", "Ministry of Interior", "Government of National Unity", "GNU",
                 "Support Force"],
          "ar": ["وزارة الداخلية في حكومة الوحدة الوطنية", "وزارة الداخلية", "«قوة الإسناد»", "قوة الإسناد",
                 "حكومة الوحدة الوطنية"]}
ZAWIYA_COMMANDER = {"en": ["commander of one of the armed groups", "militia commander", "armed group"],
                    "ar": ["آمر إحدى المجموعتين", "إحدى المجموعتين"]}
ZAWIYA_OTHER_SIDE = {"en": ["rival armed group", "the other group", "militia"],
                     "ar": ["الطرفَ الآخر", "الطرف الآخر"]}
LY_PC = {"en": ["Presidential Council member", "Libyan Presidential Council", "Presidential Council"],
         "ar": ["عضو المجلس الرئاسي", "المجلس الرئاسي"]}
OUTLAWS = {"en": ["outlaw parties", "armed groups", "militias"],
           "ar": ["«أطرافاً خارجة عن القانون»", "أطرافاً خارجة عن القانون"]}
ZAWIYA_COMMITTEE = merge({"en": ["joint committee", "joint committee of the armed groups and the elders"],
                          "ar": ["لجنة مشتركة تضم ممثلين عن المجموعتين وعدداً من الحكماء", "لجنة مشتركة"]},
                         ELDERS_GROUPS)
SURMAN_VICTIM = merge({"en": ["a young man", "a young man from Surman"], "ar": ["شاب"]}, CIVILIANS)
ZAWIYA_CAPTIVES = {"en": ["six detainees", "captives", "prisoners"], "ar": ["ستة محتجزين"]}

# ====================================================== places: 310
HARSHA = {"accept": ["منطقة الحرشة", "الحرشة", "غربي مدينة الزاوية", "مدينة الزاوية", "الزاوية", "al-Harsha",
                     "Harsha", "Zawiya", "Az Zawiyah"]}
ZAWIYA = {"accept": ["الزاوية", "مدينة الزاوية", "Zawiya", "Az Zawiyah", "Zawiyah"]}
ZAWIYA_REFINERY = {"accept": ["محيط المصفاة", "مصفاة الزاوية", "المصفاة", "الزاوية", "Zawiya refinery",
                              "Zawiya"]}
COASTAL_ROAD = {"accept": ["الطريق الساحلي عند بوابة الحرشة", "الطريق الساحلي", "بوابة الحرشة", "الحرشة",
                           "الزاوية", "coastal road", "Zawiya", "al-Harsha"]}
ZAWIYA_EAST = {"accept": ["مداخل المدينة الشرقية", "الزاوية", "Zawiya", "Az Zawiyah"]}
ABU_SURRA = {"accept": ["منطقة أبو صرة", "أبو صرة", "Abu Surrah", "Abu Surra", "Zawiya"]}
TRIPOLI = {"accept": ["مقر المجلس بطرابلس", "طرابلس", "Tripoli"]}
ZAWIYA_COUNCIL = {"accept": ["مقر المجلس البلدي", "الزاوية", "Zawiya", "Az Zawiyah"]}
SURMAN = {"accept": ["مدينة صرمان", "صرمان", "Surman", "Sorman"]}
