"""Accepted actor names and place names for the seventeenth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not copied
from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the articles, common
variants, and English names). Iraqi, Lebanese and Syrian towns were checked against the GeoNames lists in
../shared/data/geonames/ where they have them (Tuz Khurmatu, Tikrit, Samarra, Bayji, ad-Dawr; Marjayoun, Kfar Kila,
Nabatieh; Jisr ash-Shughur, az-Ziyarah, as-Suqaylabiyah). Villages, valleys, camps and neighbourhoods absent from
those lists carry their usual spellings and, where useful, their district. Yemen and Libya are not covered by those
lists: Marib, Misrata, Sirte and their places carry their usual Arabic and English spellings.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «المجلس», «الوفد») are left out on purpose, with these
exceptions, each used only in an article where it names a single actor: «الحشد» and «الحكومة» (081, only ever the
PMF and the Iraqi federal government), «الميليشيا» and «الجماعة» (082, only ever the Houthis), «الاحتلال» and
«الحزب» (083, only ever Israel and its army, and Hezbollah), «الهيئة» (085, only ever Hay'at Tahrir al-Sham).
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

# ================================================================ 081: Salahuddin (Iraqi news site)
ISIS_IQ = {"en": ["ISIS", "Islamic State", "IS", "Daesh", "ISIS cells", "ISIS remnants"],
           "ar": ["داعش", "تنظيم داعش", "خلايا تنظيم داعش", "بقايا خلايا تنظيم داعش", "التنظيم", "عناصر داعش"]}
PMF_ATTACKERS = merge(ISIS_IQ, {"en": ["gunmen", "attackers", "terrorist gangs", "militants"],
                                "ar": ["مسلحون", "مسلحون يُعتقد أنهم من بقايا خلايا تنظيم داعش", "عصابات إرهابية",
                                       "المهاجمين", "عناصره"]})
PMF = {"en": ["Popular Mobilization Forces", "Popular Mobilisation Forces", "PMF", "Hashd al-Shaabi",
              "Popular Mobilization Commission"],
       "ar": ["الحشد الشعبي", "هيئة الحشد الشعبي", "الحشد"]}
PMF_POST = merge(PMF, {"en": ["PMF post", "PMF observation post", "PMF members", "observation post"],
                       "ar": ["نقطة مراقبة للحشد", "منتسبي هيئة الحشد الشعبي", "ثلاثة من منتسبي هيئة الحشد الشعبي",
                              "النقطة", "نقطة مطيبيجة", "منتسبَين اثنين"]})
CTS = {"en": ["Counter-Terrorism Service", "Iraqi Counter-Terrorism Service", "CTS", "counter-terrorism force"],
       "ar": ["جهاز مكافحة الإرهاب", "قوة من جهاز مكافحة الإرهاب", "مكافحة الإرهاب", "الجهاز"]}
ISHAQI_WANTED = {"en": ["five wanted men", "wanted men", "wanted suspects", "suspects", "terror suspects"],
                 "ar": ["خمسة مطلوبين", "مطلوبين", "المطلوبين", "خمسة مطلوبين بتهم إرهابية"]}
ISHAQI_GUNMEN = merge(ISIS_IQ, {"en": ["gunmen", "militants", "armed men"],
                                "ar": ["مسلحين", "المسلحين", "مسلحين كانوا يتحصّنون في منزل مجاور"]})
CTS_GUNMEN = merge(CTS, ISHAQI_GUNMEN)
IQ_ARMY = {"en": ["Iraqi Army", "Iraqi army artillery", "Iraqi armed forces", "Salahuddin Operations Command"],
           "ar": ["الجيش العراقي", "مدفعية الجيش العراقي", "قيادة عمليات صلاح الدين"]}
ISIS_HIDEOUTS = merge(ISIS_IQ, {"en": ["ISIS hideouts", "hideouts", "dens"],
                                "ar": ["مخابئ للتنظيم", "مواقع يُشتبه بأنها مخابئ للتنظيم", "أوكار", "ثلاثة أوكار"]})
PMF_CMDR = merge({"en": ["PMF Salahuddin operations commander", "PMF commander", "commander of PMF operations"],
                  "ar": ["قائد عمليات صلاح الدين في الحشد", "قائد عمليات صلاح الدين"]}, PMF)
ATTACKERS_RECIP = merge(ISIS_IQ, {"en": ["perpetrators", "perpetrators of the attack", "attackers"],
                                  "ar": ["منفّذي الهجوم", "منفذي الهجوم"]})
TUZ_RESIDENTS = merge({"en": ["Tuz Khurmatu residents", "protesters", "demonstrators"],
                       "ar": ["العشرات من الأهالي", "أهالي طوز خورماتو", "المتظاهرين", "المحتجين"]}, CIVILIANS)
IQ_PM = {"en": ["Commander-in-Chief of the Armed Forces", "Iraqi Prime Minister", "Prime Minister",
                "Iraqi government", "federal government"],
         "ar": ["القائد العام للقوات المسلحة", "رئيس الوزراء", "رئيس الوزراء العراقي", "الحكومة الاتحادية",
                "الحكومة العراقية"]}
SALAH_GOVERNOR = {"en": ["Salahuddin governor", "Governor of Salah al-Din", "Salah al-Din governor",
                         "governor's office"],
                  "ar": ["محافظ صلاح الدين", "مكتب المحافظ", "المحافظ"]}
ISHAQI_SHEIKHS = {"en": ["Ishaqi tribal sheikhs", "sheikhs of the Ishaqi tribes", "tribal sheikhs",
                         "tribal delegation"],
                  "ar": ["وفداً من شيوخ عشائر الإسحاقي", "شيوخ عشائر الإسحاقي", "عشائر الإسحاقي", "شيوخ العشائر"]}
IQ_MOI_MIN = {"en": ["Iraqi Interior Minister", "Interior Minister", "Minister of Interior", "Ministry of Interior"],
              "ar": ["وزير الداخلية", "وزير الداخلية العراقي", "وزارة الداخلية"]}
UNKNOWN_DRONE = {"en": ["unidentified drone", "unknown drone", "drone"],
                 "ar": ["طائرة مسيّرة مجهولة", "مسيّرة مجهولة", "طائرة مسيرة"]}
PMF_HQ = merge({"en": ["PMF headquarters", "PMF base"], "ar": ["مقراً للحشد", "مقر للحشد"]}, PMF)
TUZ_TRIBES = {"en": ["Tuz Khurmatu tribal council", "tribal council of Tuz Khurmatu", "tribal council"],
              "ar": ["مجلس عشائر قضاء طوز خورماتو", "مجلس عشائر طوز خورماتو", "مجلس عشائر"]}
IQ_FED_GOV = {"en": ["Iraqi federal government", "federal government", "Iraqi government"],
              "ar": ["الحكومة الاتحادية", "الحكومة العراقية", "الحكومة"]}
SEC_LEADERS = {"en": ["security leaders", "local security commanders"],
               "ar": ["القيادات الأمنية في القضاء", "القيادات الأمنية"]}
SPEICHER_FAMILIES = {"en": ["families of the Speicher victims", "victims' families", "Speicher families"],
                     "ar": ["ذوو الضحايا", "ذوي الضحايا", "ذوو ضحايا سبايكر", "عائلات ضحايا سبايكر"]}
SPEICHER_CULPRITS = {"en": ["remaining perpetrators", "those involved", "perpetrators"],
                     "ar": ["من تبقّى من المتورطين", "المتورطين"]}
SPEICHER_CADETS = {"en": ["Speicher cadets", "military cadets", "cadets", "hundreds of cadets"],
                   "ar": ["مئات الطلاب العسكريين", "الطلاب العسكريين"]}
MAKHOUL_SHEPHERDS = {"en": ["two shepherds", "shepherds"], "ar": ["راعيان", "رعاة", "راعيين"]}

MUTAIBIJAH = {"accept": ["مطيبيجة", "منطقة مطيبيجة", "نقطة مطيبيجة", "Mutaibijah", "Mutaybija", "Mutaibija",
                         "al-Mutaibijah"]}
ISHAQI = {"accept": ["جزيرة الإسحاقي", "الإسحاقي", "أحد البساتين في جزيرة الإسحاقي", "Ishaqi", "al-Ishaqi",
                     "Ishaqi island", "جنوب سامراء"]}
VALLEYS = place({"accept": ["وديان العيث والجلام ومطيبيجة", "العيث", "الجلام", "al-Ayth", "al-Eith", "al-Jallam",
                            "Jallam"]}, MUTAIBIJAH)
SAMARRA = {"accept": ["سامراء", "مدينة سامراء", "قضاء سامراء", "Samarra", "Samarra District"]}
TUZ = {"accept": ["طوز خورماتو", "قضاء طوز خورماتو", "مبنى القائممقامية", "Tuz Khurmatu", "Tuz Khurmato",
                  "Tuz Khormato", "Tuz"]}
TIKRIT = {"accept": ["تكريت", "مدينة تكريت", "مكتبه بمدينة تكريت", "Tikrit"]}
SPEICHER_PLACE = place({"accept": ["مجمع القصور الرئاسية بتكريت", "مجمع القصور الرئاسية", "Presidential Palaces",
                                   "سبايكر", "Speicher", "Camp Speicher"]}, TIKRIT)
ALAM = {"accept": ["ناحية العلم", "العلم", "شرق تكريت", "al-Alam", "Al Alam", "Alam"]}
YATHRIB = {"accept": ["يثرب", "ناحية يثرب", "أطراف ناحية يثرب", "Yathrib"]}
MAKHOUL = {"accept": ["تلال مكحول", "مكحول", "منطقة تلال مكحول", "بيجي", "قضاء بيجي", "شمال قضاء بيجي", "Makhoul",
                      "Makhul", "Baiji", "Bayji", "Makhoul hills"]}

# ================================================================ 082: Marib (Yemeni local site)
HOUTHIS = {"en": ["Houthis", "Houthi", "Houthi militia", "Ansar Allah", "Houthi movement", "Houthi group"],
           "ar": ["ميليشيا الحوثي", "الحوثيين", "الحوثي", "جماعة الحوثي", "الميليشيا", "الجماعة", "عناصر حوثيين",
                  "أنصار الله"]}
JUFAINAH_IDPS = merge({"en": ["displaced people", "IDPs", "camp residents", "al-Jufainah camp", "displaced persons",
                              "a girl"],
                       "ar": ["النازحين", "مخيم الجفينة للنازحين", "المخيم", "صفوف النازحين", "طفلة",
                              "نازحين"]}, CIVILIANS)
HOUTHI_POSITIONS = merge(HOUTHIS, {"en": ["Houthi gatherings", "Houthi positions"],
                                   "ar": ["تجمعات وتحركات للحوثيين", "تجمعات للحوثيين", "للحوثيين"]})
YE_ARMY = {"en": ["Yemeni army", "National Army", "Yemeni government forces", "government forces",
                  "Third Military Region"],
           "ar": ["الجيش الوطني", "مدفعية الجيش", "قوات الجيش", "مواقع للجيش الوطني", "المنطقة العسكرية الثالثة",
                  "مرتزقة العدوان"]}
HOUTHI_ARMY = merge(HOUTHIS, YE_ARMY)
ABIDAH_TRIBES = {"en": ["Abidah tribes", "Abida tribes", "tribes of Abidah", "Abidah sheikhs"],
                 "ar": ["قبائل عبيدة", "مشايخ عبيدة", "مشايخها"]}
PLC = {"en": ["Presidential Leadership Council", "PLC", "Yemeni Presidential Council"],
       "ar": ["مجلس القيادة الرئاسي", "المجلس الرئاسي"]}
MARIB_GOVERNOR = {"en": ["Marib governor", "Governor of Marib"], "ar": ["محافظ مأرب", "محافظ محافظة مأرب"]}
UNHCR = {"en": ["UNHCR", "UN refugee agency", "UNHCR representative", "United Nations High Commissioner for Refugees"],
         "ar": ["المفوضية السامية للأمم المتحدة لشؤون اللاجئين", "ممثّلة المفوضية السامية", "المفوضية",
                "مفوضية اللاجئين"]}
AFFECTED_FAMILIES = {"en": ["affected families", "displaced families", "families"],
                     "ar": ["الأسر المتضررة", "للأسر المتضررة", "الأسر النازحة"]}
SIRWAH_SHEPHERDS = {"en": ["three shepherds", "shepherds"], "ar": ["ثلاثة من رعاة الأغنام", "رعاة الأغنام", "رعاة"]}
SIRWAH_RESIDENTS = merge({"en": ["homes of citizens", "houses"], "ar": ["منازل المواطنين", "منازل"]}, CIVILIANS)
KSRELIEF = {"en": ["King Salman Humanitarian Aid and Relief Centre", "KSrelief", "King Salman Relief Centre"],
            "ar": ["مركز الملك سلمان للإغاثة والأعمال الإنسانية", "مركز الملك سلمان", "فرق مركز الملك سلمان"]}
MARIB_PROTESTERS = {"en": ["displaced protesters", "IDPs", "displaced people", "protesters"],
                    "ar": ["عشرات النازحين", "النازحين", "المحتجين"]}
INTL_ORGS = {"en": ["international organisations", "international organizations", "UN", "United Nations"],
             "ar": ["المنظمات الدولية", "مكتب الأمم المتحدة", "الأمم المتحدة"]}
HARIB_FARMER = {"en": ["a farmer", "farmer"], "ar": ["مزارع"]}

MARIB_CITY = {"accept": ["مأرب", "مدينة مأرب", "محافظة مأرب", "Marib", "Ma'rib", "Marib city"]}
JUFAINAH = place({"accept": ["مخيم الجفينة", "الجفينة", "مخيم الجفينة للنازحين", "جنوب مدينة مأرب", "al-Jufainah",
                             "Al Jufainah", "Jufainah camp", "al-Jufaina"]})
RAGHWAN = {"accept": ["رغوان", "جبهة رغوان", "مديرية رغوان", "Raghwan", "Rughwan"]}
WEST_FRONTS = {"accept": ["الكسارة", "المشجح", "هيلان", "مناطق الكسارة والمشجح وهيلان", "al-Kassara", "Kassara",
                          "al-Mashjah", "Mashjah", "Hilan", "Helan", "غرب المدينة"]}
ABIDAH = place({"accept": ["وادي عبيدة", "عبيدة", "Wadi Abidah", "Wadi Abida", "Abidah"]})
SIRWAH = {"accept": ["صرواح", "مديرية صرواح", "منطقة الزور", "الزور", "Sirwah", "Serwah", "al-Zour"]}
HARIB = {"accept": ["حريب", "مديرية حريب", "Harib", "Hareeb"]}
UN_OFFICE_MARIB = place({"accept": ["مقر مكتب الأمم المتحدة في مدينة مأرب", "مكتب الأمم المتحدة"]}, MARIB_CITY)

# ================================================================ 083: south Lebanon (Lebanese local site)
IL_ARMY = {"en": ["Israeli army", "Israel Defense Forces", "IDF", "Israeli forces", "Israel", "Israeli drone"],
           "ar": ["الجيش الإسرائيلي", "جيش الاحتلال", "قوات الاحتلال", "جنود الاحتلال", "الاحتلال",
                  "مسيّرة تابعة للجيش الإسرائيلي", "مسيّرة إسرائيلية", "إسرائيل"]}
HEZBOLLAH = {"en": ["Hezbollah", "Hizbullah", "Hizballah"], "ar": ["حزب الله", "الحزب"]}
NABATIEH_CAR = merge({"en": ["two citizens", "car passengers", "Hezbollah members", "a vehicle", "a car"],
                      "ar": ["مواطنان", "مواطنَين", "سيارة رباعية الدفع", "سيارة", "ثلاثة عناصر من حزب الله",
                             "الشهيدين"]}, CIVILIANS)
KFARKILA_MARCHERS = merge({"en": ["returning residents", "residents of Kfar Kila", "marchers", "protesters"],
                           "ar": ["عشرات الأهالي", "الأهالي", "العائدين", "العائدين إلى كفركلا", "ثلاثة منهم"]},
                          CIVILIANS)
KFARKILA_YOUTH = {"en": ["a young man", "young man", "resident"], "ar": ["شاباً", "شاب"]}
LB_ARMY = {"en": ["Lebanese army", "Lebanese Armed Forces", "LAF", "Lebanese army units"],
           "ar": ["الجيش اللبناني", "وحدات من الجيش اللبناني", "قيادة الجيش", "وحدات الجيش اللبناني",
                  "فرق الهندسة"]}
BORDER_HOUSES = {"en": ["houses", "homes", "residential houses"], "ar": ["عدداً من المنازل", "المنازل", "منازل"]}
MECHANISM = {"en": ["ceasefire monitoring committee", "monitoring committee", "mechanism committee",
                    "committee overseeing the ceasefire", "head of the monitoring committee"],
             "ar": ["لجنة الإشراف على تنفيذ اتفاق وقف إطلاق النار", "لجنة الإشراف", "رئيس لجنة الإشراف"]}
LB_STATE = {"en": ["Lebanese state", "Lebanese government", "Lebanon"],
            "ar": ["الدولة اللبنانية", "الحكومة اللبنانية", "لبنان"]}
LB_PRESIDENT = {"en": ["Lebanese President", "President of the Republic", "Lebanese presidency", "Lebanon"],
                "ar": ["رئيس الجمهورية", "الرئاسة اللبنانية", "لبنان"]}
REJECT_RECIP = merge(MECHANISM, IL_ARMY)
LB_SOLDIER = {"en": ["Lebanese soldier", "a soldier"], "ar": ["جندي في الجيش اللبناني", "جندي"]}
MARJ_MUNICIPALITIES = {"en": ["Marjayoun municipalities", "civil bodies and municipalities", "municipalities"],
                       "ar": ["هيئات أهلية وبلديات في قضاء مرجعيون", "هيئات أهلية", "بلديات"]}
BURJ_VICTIM = merge({"en": ["a citizen", "motorcyclist"], "ar": ["مواطن", "دراجته النارية"]}, CIVILIANS)

NABATIEH = {"accept": ["النبطية", "مدينة النبطية", "المدخل الجنوبي لمدينة النبطية", "مدخل النبطية", "Nabatieh",
                       "Nabatiyeh", "Nabatieh et Tahta"]}
KFARKILA = {"accept": ["كفركلا", "بلدة كفركلا", "كفر كلا", "Kfar Kila", "Kafr Kila", "مرجعيون", "قضاء مرجعيون",
                       "Marjayoun"]}
TAYBEH = {"accept": ["الطيبة", "بلدة الطيبة", "Taybeh", "al-Taybeh", "Tayibe"]}
EAST_VILLAGES = {"accept": ["العديسة", "حولا", "مركبا", "بلدات العديسة وحولا ومركبا", "Odaisseh", "Adaisseh", "Houla",
                            "Hula", "Markaba", "القطاع الشرقي"]}
BAABDA = {"accept": ["قصر بعبدا", "بعبدا", "Baabda", "Baabda Palace"]}
MAYS = {"accept": ["ميس الجبل", "بلدة ميس الجبل", "Mays al-Jabal", "Meiss el-Jabal", "Mais al-Jabal"]}
BORDER_TOWNS = place({"accept": ["البلدات الحدودية", "border villages", "border towns"]}, KFARKILA)
KHIAM = {"accept": ["الخيام", "بلدة الخيام", "مدخل بلدة الخيام", "Khiam", "al-Khiam", "El Khiam"]}
BURJ = {"accept": ["برج الملوك", "بلدة برج الملوك", "Burj al-Muluk", "Borj el-Mlouk", "مرجعيون", "قضاء مرجعيون",
                   "Marjayoun"]}

# ================================================================ 084: Misrata and Sirte (Libyan news site)
MISRATA_GROUPS = {"en": ["two armed groups", "armed groups", "Port Protection Company", "armed group", "the two sides",
                         "local armed group"],
                  "ar": ["مجموعتين مسلحتين", "سرية حماية الميناء", "عناصر سرية حماية الميناء",
                         "مجموعة مسلحة من أبناء المنطقة", "الطرفين", "آليات الطرفين", "المجموعتين"]}
MISRATA_ELDERS = {"en": ["Misrata Council of Elders and Notables", "Misrata elders", "council of elders and notables"],
                  "ar": ["مجلس حكماء وأعيان مصراتة", "مجلس الحكماء والأعيان", "مجلس الحكماء"]}
CEASEFIRE_PARTIES = merge(MISRATA_GROUPS, MISRATA_ELDERS)
GNU_MOI = {"en": ["Government of National Unity Interior Ministry", "GNU Ministry of Interior", "Interior Ministry",
                  "Libyan Ministry of Interior"],
           "ar": ["وزارة الداخلية في حكومة الوحدة الوطنية", "وزارة الداخلية", "الأجهزة الأمنية"]}
SPOILERS = {"en": ["anyone tampering with the city's security", "those who threaten security", "armed groups"],
            "ar": ["كل من يعبث بأمن المدينة", "من يعبث بأمن المدينة"]}
ABUGREIN_PROTESTERS = merge({"en": ["protesters", "Abu Grein protesters", "demonstrators"],
                             "ar": ["عشرات المحتجين", "المحتجين", "محتجو أبوقرين", "محتجون"]}, CIVILIANS)
GNU_NOC = {"en": ["Government of National Unity", "GNU", "National Oil Corporation", "NOC", "Libyan government"],
           "ar": ["حكومة الوحدة الوطنية", "المؤسسة الوطنية للنفط"]}
GNU = {"en": ["Government of National Unity", "GNU", "Libyan government"], "ar": ["حكومة الوحدة الوطنية", "الحكومة"]}
LNA = {"en": ["Libyan National Army", "LNA", "General Command", "Haftar's forces"],
       "ar": ["القيادة العامة", "قوة تابعة للقيادة العامة", "الجيش الوطني الليبي",
              "القيادة العامة للجيش الوطني الليبي"]}
SIRTE_YOUTHS = {"en": ["six young men", "young men", "two of them"],
                "ar": ["ستة شبان", "شبان", "اثنين منهم"]}
UNSMIL = {"en": ["UNSMIL", "United Nations Support Mission in Libya", "UN mission"],
          "ar": ["بعثة الأمم المتحدة للدعم في ليبيا", "البعثة الأممية", "البعثة"]}
ALL_PARTIES_LY = merge({"en": ["all parties", "all sides"], "ar": ["جميع الأطراف"]}, MISRATA_GROUPS)
SIRTE_UNITS = {"en": ["military units", "army units"], "ar": ["وحدات عسكرية"]}
MISRATA_COUNCIL = {"en": ["Misrata Municipal Council", "municipal council", "Misrata municipality"],
                   "ar": ["المجلس البلدي لمصراتة", "المجلس البلدي"]}
MISRATA_POLICE = {"en": ["Misrata Security Directorate", "Misrata police", "security directorate"],
                  "ar": ["مديرية أمن مصراتة"]}
TAWERGHA_VICTIM = {"en": ["bank employee", "an employee", "local bank employee"],
                   "ar": ["موظفاً في مصرف محلي", "موظفاً", "موظف"]}

MISRATA = {"accept": ["مصراتة", "مدينة مصراتة", "Misrata", "Misurata", "Misratah"]}
QASR_AHMED = place({"accept": ["قصر أحمد", "منطقة قصر أحمد", "ميناء مصراتة", "Qasr Ahmed", "Qasr Ahmad",
                               "Misrata port"]}, MISRATA)
ABU_GREIN = {"accept": ["أبوقرين", "أبو قرين", "منطقة أبوقرين", "الطريق الساحلي", "Abu Grein", "Abu Qurayn",
                        "Abugrein", "Abu Qurain"]}
SIRTE = {"accept": ["سرت", "مدينة سرت", "Sirte", "Surt", "Sirt"]}
SIRTE_JIZA = place({"accept": ["حي الجيزة البحرية", "الجيزة البحرية", "al-Jiza al-Bahriya", "Jiza"]}, SIRTE)
ZLITEN_MISRATA = place({"accept": ["زليتن", "مدينة زليتن", "Zliten", "Zlitan"]}, MISRATA)
TAWERGHA = {"accept": ["تاورغاء", "بلدة تاورغاء", "Tawergha", "Tawurgha", "Tawargha"]}

# ================================================================ 085: the Ghab plain and western Idlib (opposition)
SY_REGIME = {"en": ["Syrian regime forces", "regime forces", "Syrian army", "Assad regime", "Syrian Arab Army",
                    "Syrian government forces"],
             "ar": ["قوات النظام", "النظام", "نظام الأسد", "الجيش السوري", "وحدات الجيش", "عناصر النظام",
                    "مواقع النظام"]}
RU_AIR = {"en": ["Russian air force", "Russian warplanes", "Russia", "Russian Aerospace Forces"],
          "ar": ["الطيران الحربي الروسي", "الطيران الروسي", "روسيا"]}
HTS = {"en": ["Hay'at Tahrir al-Sham", "Hayat Tahrir al-Sham", "HTS", "Tahrir al-Sham"],
       "ar": ["هيئة تحرير الشام", "الهيئة", "تحرير الشام", "مقاتليها", "قيادي عسكري في الهيئة"]}
HTS_SANA = merge(HTS, {"en": ["terrorists", "terrorist groups"], "ar": ["الإرهابيون", "الإرهابيين"]})
GHAB_VICTIMS = merge({"en": ["four civilians", "two children"], "ar": ["أربعة مدنيين", "طفلان", "الضحايا"]}, CIVILIANS)
JISR_RESIDENTS = merge({"en": ["residential neighbourhoods", "homes of civilians", "a mosque"],
                        "ar": ["أحياء مدينة جسر الشغور", "منازل المدنيين", "مسجد"]}, CIVILIANS)
REGIME_POSITIONS = merge({"en": ["regime positions", "Jurin camp"],
                          "ar": ["مواقع لقوات النظام", "معسكر جورين"]}, SY_REGIME)
SUQAYLABIYAH_VICTIMS = merge({"en": ["a woman and her child", "woman", "residents of al-Suqaylabiyah"],
                              "ar": ["امرأة وطفلها", "امرأة", "أحياء مدينة السقيلبية"]}, CIVILIANS)
SOC = {"en": ["Syrian National Coalition", "National Coalition", "SOC", "Syrian Opposition Coalition"],
       "ar": ["الائتلاف الوطني السوري", "الائتلاف الوطني", "الائتلاف"]}
REGIME_RUSSIA = merge(SY_REGIME, RU_AIR)
UNSC = {"en": ["UN Security Council", "Security Council", "United Nations Security Council"],
        "ar": ["مجلس الأمن الدولي", "مجلس الأمن"]}
GHAITH = {"en": ["Ghaith humanitarian organisation", "Ghaith organization", "Ghaith"],
          "ar": ["منظمة غيث الإنسانية", "منظمة غيث", "غيث"]}
HAREM_IDPS = {"en": ["displaced families", "IDP families", "hundreds of displaced families"],
              "ar": ["مئات الأسر النازحة", "الأسر النازحة", "النازحين"]}
REGIME_IRAN = merge(SY_REGIME, {"en": ["Iran-backed militias", "pro-Iranian militias"],
                                "ar": ["الميليشيات الموالية لإيران", "قوات النظام والميليشيات الموالية لإيران"]})
DANA_PROTESTERS = merge({"en": ["protesters", "demonstrators", "dozens of residents"],
                         "ar": ["العشرات", "المحتجين", "المتظاهرين"]}, CIVILIANS)
IDLIB_ACTIVISTS = {"en": ["activists", "shop owners", "residents of western Idlib"],
                   "ar": ["ناشطون", "ناشطين", "أهالي ريف إدلب الغربي"]}
NAJIYAH_GIRL = merge({"en": ["a girl", "child"], "ar": ["طفلة"]}, CIVILIANS)
TR_POST = {"en": ["Turkish observation post", "Turkish army post", "Turkish army"],
           "ar": ["نقطة المراقبة التركية", "الجيش التركي", "نقطة المراقبة"]}

GHAB_VILLAGES = {"accept": ["قسطون", "الزيارة", "العنكاوي", "قرى قسطون والزيارة والعنكاوي", "سهل الغاب",
                            "Qastun", "Qastoun", "az-Ziyarah", "Ziyara", "al-Ankawi", "Enkawi", "Ghab plain",
                            "al-Ghab", "Ghab"]}
BADAMA = {"accept": ["بداما", "بلدة بداما", "محيط بلدة بداما", "Badama", "Bdama"]}
JISR = {"accept": ["جسر الشغور", "مدينة جسر الشغور", "أحياء مدينة جسر الشغور", "Jisr al-Shughur",
                   "Jisr ash-Shughur", "Jisr ash Shughur"]}
JURIN = {"accept": ["جورين", "معسكر جورين", "شطحة", "محيط بلدة شطحة", "Jurin", "Joureen", "Shatha", "Shathah"]}
SUQAYLABIYAH = {"accept": ["السقيلبية", "مدينة السقيلبية", "أحياء مدينة السقيلبية", "al-Suqaylabiyah",
                           "As Suqaylibiyah", "Suqaylabiyah", "Skeilbiyeh"]}
HAREM = {"accept": ["حارم", "منطقة حارم", "مخيمات منطقة حارم", "Harem", "Harim"]}
DANA = {"accept": ["الدانا", "مدينة الدانا", "ad-Dana", "al-Dana", "Dana"]}
WEST_IDLIB = {"accept": ["ريف إدلب الغربي", "مناطق ريف إدلب الغربي", "western Idlib countryside", "western Idlib",
                         "Idlib"]}
ISHTABRAQ = {"accept": ["اشتبرق", "قرية اشتبرق", "Ishtabraq", "Ishtabrak", "ريف جسر الشغور"]}
NAJIYAH = {"accept": ["الناجية", "بلدة الناجية", "al-Najiyah", "Najiyah", "an-Najiyah", "ريف جسر الشغور"]}
