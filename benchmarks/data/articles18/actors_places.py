"""Accepted actor names and place names for the eighteenth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not copied
from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the articles, common
variants, and English names). Iraqi, Palestinian, Lebanese and Syrian towns were checked against the GeoNames lists
in ../shared/data/geonames/ where they have them (ar-Rutbah, Ramadi, Hit, Haditha; Tubas,
Tammun, Nablus, Balata, Huwara, Za'tara; al-Qusayr, Hermel). Camps, villages, valleys and neighbourhoods absent from
those lists carry their usual spellings and, where useful, their district. Sudan and Yemen are not covered by those
lists: Nyala, Ed Daein, Hodeidah and their places carry their usual Arabic and English spellings.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «المجلس», «الوفد», «الحكومة») are left out on purpose, with
these exceptions, each used only in an article where it names a single actor: «الدعم السريع» (086, always the
RSF), «الحشد» (087, only ever the PMF), «الجماعة» and «الميليشيا» (088, only ever the Houthis), «جيش الاحتلال» and
«الاحتلال» (089, only ever Israel and its army), «الأمن العام» (090, only ever Syria's General Security).
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

# ================================================================ 086: South and East Darfur (Sudanese news site)
SD_ARMY = {"en": ["Sudanese Armed Forces", "SAF", "Sudanese army", "Sudanese air force", "army drones",
                  "army leadership"],
           "ar": ["الجيش السوداني", "قيادة الجيش السوداني", "قيادة الجيش", "سلاح الجو",
                  "طائرات مسيّرة تابعة للجيش", "القوات المسلحة السودانية"]}
RSF = {"en": ["Rapid Support Forces", "RSF", "Janjaweed"],
       "ar": ["قوات الدعم السريع", "الدعم السريع", "قوة من الدعم السريع", "عناصرها", "الميليشيا المتمردة",
              "مستشاراً في القوات"]}
NYALA_MARKET_VICTIMS = merge({"en": ["seven civilians", "livestock market", "herders and vendors", "vendors"],
                              "ar": ["سبعة مدنيين", "سوق المواشي", "الرعاة والباعة", "طفلان"]}, CIVILIANS)
KALMA_YOUTHS = {"en": ["young men", "twenty-five young men", "Kalma camp residents", "IDPs"],
                "ar": ["خمسة وعشرين شاباً", "شاباً", "الشبان", "المعتقلين", "مخيم كلمة للنازحين", "النازحين"]}
KALMA_WOMEN = merge({"en": ["women", "three women", "IDP women"],
                     "ar": ["نساء", "نساء حاولن اعتراض العربات", "ثلاث منهن"]}, CIVILIANS)
RSF_POSITIONS = merge({"en": ["RSF positions"], "ar": ["مواقع لـ«الدعم السريع»", "مواقع"]}, RSF)
KALMA_WOMEN_PROTEST = merge({"en": ["women", "dozens of women", "protesters", "IDP women", "participants"],
                             "ar": ["عشرات النساء", "النساء", "المشاركات"]}, CIVILIANS)
RSF_CIVIL_ADMIN = {"en": ["South Darfur civil administration", "civil administration", "RSF civil administration",
                          "head of the civil administration"],
                   "ar": ["الإدارة المدنية", "الإدارة المدنية لولاية جنوب دارفور",
                          "رئيس الإدارة المدنية لولاية جنوب دارفور", "رئيس الإدارة المدنية"]}
KALMA_SHEIKHS = {"en": ["Kalma camp sheikhs", "delegation of omdas and sheikhs", "camp leaders", "omdas"],
                 "ar": ["وفداً من عُمَد ومشايخ مخيم كلمة", "عُمَد ومشايخ مخيم كلمة", "مشايخ مخيم كلمة", "وفداً"]}
WFP = {"en": ["World Food Programme", "WFP", "UN World Food Programme"],
       "ar": ["برنامج الأغذية العالمي", "برنامج الأغذية"]}
NYALA_IDPS = {"en": ["IDPs", "displaced people", "forty thousand IDPs", "Kalma and Otash camps"],
              "ar": ["نحو أربعين ألف نازح", "نازح", "النازحين", "مخيمي كلمة وعطاش"]}
RSF_COMMANDER = {"en": ["RSF field commander", "field commander", "commander's car"],
                 "ar": ["قائد ميداني بارز في «الدعم السريع»", "قائد ميداني", "سيارته"]}
UNSC = {"en": ["UN Security Council", "Security Council", "United Nations Security Council"],
        "ar": ["مجلس الأمن الدولي", "مجلس الأمن"]}
UK = {"en": ["United Kingdom", "Britain", "UK"], "ar": ["بريطانيا", "المملكة المتحدة"]}
NYALA_TRADERS = merge({"en": ["three traders", "traders", "truck"],
                       "ar": ["ثلاثة تجار", "تجار", "شاحنتهم"]}, CIVILIANS)

NYALA = {"accept": ["نيالا", "مدينة نيالا", "سوق المواشي", "الطرف الشرقي لمدينة نيالا", "جنوب دارفور",
                    "ولاية جنوب دارفور", "Nyala", "Niyala", "South Darfur"]}
KALMA = place({"accept": ["مخيم كلمة", "كلمة", "مخيم كلمة للنازحين", "Kalma", "Kalma camp"]}, NYALA)
EAST_DARFUR = {"accept": ["الضعين", "مدينة الضعين", "أبو كارنكا", "عديلة", "شرق دارفور", "ولاية شرق دارفور",
                          "Ed Daein", "Ad Du'ayn", "Al Daein", "Abu Karinka", "Adila", "East Darfur"]}
NYALA_KALMA_OTASH = place({"accept": ["مخيمي كلمة وعطاش", "عطاش", "Otash", "معبر أدري", "Adre"]}, KALMA)
MANAWASHI = {"accept": ["منواشي", "بلدة منواشي", "Manawashi", "Menawashi", "شمالي نيالا"]}
NYALA_KAS_ROAD = {"accept": ["الطريق بين نيالا وكاس", "كاس", "Kas", "Nyala-Kas road", "نيالا", "Nyala"]}
NYALA_HQ = place({"accept": ["مقر الفرقة السادسة عشرة مشاة", "الفرقة السادسة عشرة", "16th Infantry Division"]},
                 NYALA)

# ================================================================ 087: Anbar (Iraqi news site)
ISIS_IQ = {"en": ["ISIS", "Islamic State", "IS", "Daesh", "ISIS cells", "ISIS remnants"],
           "ar": ["داعش", "تنظيم داعش", "تنظيم «داعش»", "مسلحون من تنظيم «داعش»", "عصابات داعش الإرهابية",
                  "التنظيم", "خلايا التنظيم", "فلول التنظيم"]}
IQ_ARMY = {"en": ["Iraqi army", "Iraqi Army", "Anbar Operations Command", "army post", "Iraqi soldiers"],
           "ar": ["الجيش العراقي", "قيادة عمليات الأنبار", "نقطة عسكرية", "جنديان من الجيش العراقي",
                  "نقاط قطعاتنا", "قطعاتنا", "جنديين", "الجنديين"]}
IQ_AIR = {"en": ["Iraqi Air Force", "Iraqi F-16s", "F-16", "Iraqi air force"],
          "ar": ["القوة الجوية العراقية", "طائرات «إف 16»", "القوة الجوية"]}
ISIS_HIDEOUTS = merge({"en": ["ISIS hideouts", "hideouts", "caves"], "ar": ["أوكار للتنظيم", "أوكار", "كهفين"]},
                      ISIS_IQ)
ANBAR_POLICE = {"en": ["Anbar police", "Anbar Police Command", "National Security Service", "police force"],
                "ar": ["شرطة الأنبار", "قوة من شرطة الأنبار", "قيادة شرطة الأنبار", "جهاز الأمن الوطني",
                       "قيادة شرطة المحافظة"]}
HIT_SUSPECTS = merge({"en": ["three wanted men", "wanted men", "suspects", "ISIS suspects"],
                      "ar": ["ثلاثة مطلوبين", "مطلوبين", "منزلاً في حي البكر"]}, ISIS_IQ)
HIT_BOMBER = merge({"en": ["a fourth wanted man", "suicide bomber", "wanted man"],
                    "ar": ["مطلوب رابع", "مطلوب"]}, ISIS_IQ)
PMF = {"en": ["Popular Mobilization Forces", "Popular Mobilisation Forces", "PMF", "Hashd al-Shaabi",
              "Popular Mobilization Commission"],
       "ar": ["هيئة الحشد الشعبي", "الحشد الشعبي", "الحشد", "إعلام الحشد"]}
RAMADI_GRADUATES = merge({"en": ["graduates", "unemployed graduates", "protesters", "demonstrators",
                                 "protesters' delegation"],
                          "ar": ["المئات من خريجي الجامعات والمعاهد", "خريجي الجامعات", "الخريجين", "المتظاهرون",
                                 "المتظاهرين", "عدد منهم", "وفداً يمثّل المتظاهرين"]}, CIVILIANS)
ANBAR_LOCAL_GOV = {"en": ["Anbar local government", "local government", "Anbar governorate", "Anbar governor"],
                   "ar": ["الحكومة المحلية", "محافظة الأنبار", "محافظ الأنبار", "ديوان محافظة الأنبار"]}
ANBAR_GOVERNOR = {"en": ["Anbar governor", "Governor of Anbar", "governor's office"],
                  "ar": ["محافظ الأنبار", "مكتب محافظ الأنبار"]}
IQ_DEF_MIN = {"en": ["Iraqi Defence Minister", "Defence Minister", "Defense Minister", "Ministry of Defence"],
              "ar": ["وزير الدفاع", "وزارة الدفاع", "الوزارة"]}
IQ_JOC = {"en": ["Joint Operations Command", "Iraqi Joint Operations Command"],
          "ar": ["قيادة العمليات المشتركة", "قيادة العمليات"]}
TREBIL_DRIVERS = merge({"en": ["four truck drivers", "truck drivers", "drivers"],
                        "ar": ["أربعة سائقي شاحنات", "سائقي شاحنات", "سائقي"]}, CIVILIANS)
AIN_ASAD = {"en": ["Ain al-Asad air base", "Ain al-Asad", "Ain al-Assad base", "US forces"],
            "ar": ["قاعدة عين الأسد الجوية", "قاعدة عين الأسد", "عين الأسد"]}
HADITHA_MUKHTAR = merge({"en": ["village mukhtar", "mukhtar", "village headman"],
                         "ar": ["مختار إحدى القرى", "مختار"]}, CIVILIANS)

WADI_HORAN = {"accept": ["وادي حوران", "الوادي", "عمق وادي حوران", "الرطبة", "قضاء الرطبة", "Wadi Horan",
                         "Wadi Hauran", "Wadi Houran", "Rutba", "ar-Rutbah", "Ar Rutbah"]}
HIT = {"accept": ["هيت", "قضاء هيت", "حي البكر", "Hit", "Heet"]}
RUTBA_AKASHAT = {"accept": ["الرطبة", "أطراف الرطبة", "عكاشات", "ناحية عكاشات", "Rutba", "ar-Rutbah", "Akashat",
                            "Ukashat"]}
RAMADI = {"accept": ["الرمادي", "مدينة الرمادي", "ديوان محافظة الأنبار", "الديوان", "Ramadi", "Ar Ramadi"]}
RUTBA = {"accept": ["الرطبة", "قضاء الرطبة", "Rutba", "ar-Rutbah", "Ar Rutbah"]}
WEST_DESERT = {"accept": ["الصحراء الغربية", "الوديان الممتدة حتى الحدود السورية", "Western Desert",
                          "western desert of Anbar", "Anbar desert"]}
TREBIL = {"accept": ["طريبيل", "منفذ طريبيل", "منفذ طريبيل الحدودي", "الطريق الدولي السريع", "Trebil", "Turaibil",
                     "Tarbil"]}
BAGHDADI = {"accept": ["البغدادي", "ناحية البغدادي", "عين الأسد", "قاعدة عين الأسد الجوية", "al-Baghdadi",
                       "Baghdadi", "Ain al-Asad"]}
HADITHA = {"accept": ["حديثة", "قضاء حديثة", "Haditha", "Hadithah"]}

# ================================================================ 088: Hodeidah, the west coast (Yemeni local site)
HOUTHIS = {"en": ["Houthis", "Houthi militia", "Ansar Allah", "Houthi group", "Houthi fighters"],
           "ar": ["ميليشيا الحوثي", "الحوثيين", "الحوثي", "جماعة الحوثي", "أنصار الله", "الجماعة", "الميليشيا",
                  "مسلحو الجماعة", "حوثية"]}
YE_JOINT = {"en": ["Joint Forces", "West Coast Joint Forces", "Joint Forces on the west coast", "National Resistance",
                   "Giants Brigades", "Yemeni government forces"],
            "ar": ["القوات المشتركة", "القوات المشتركة في الساحل الغربي", "المشتركة", "الإعلام العسكري للقوات المشتركة",
                   "وحداتها", "مرتزقة العدوان", "نقطة أمنية تابعة لـ«المشتركة»"]}
HOUTHI_JOINT = merge(HOUTHIS, YE_JOINT)
HAYS_CHILDREN = merge({"en": ["two children", "two brothers", "children", "family home", "mother"],
                       "ar": ["طفلان شقيقان", "طفلان", "الطفلين", "منزل الأسرة", "والدتهما"]}, CIVILIANS)
TUHAYTA_VILLAGES = merge({"en": ["villages", "houses", "homes", "water tank"],
                          "ar": ["قرى الفازة والجبلية والمتينة", "المنازل", "منازل", "خزان للمياه"]}, CIVILIANS)
KHOKHA_SMUGGLERS = {"en": ["three people", "three men", "smugglers", "suspects"],
                    "ar": ["ثلاثة أشخاص", "أشخاص"]}
DURAYHIMI_VICTIMS = merge({"en": ["a woman and her child", "woman", "homes of citizens"],
                           "ar": ["امرأة وطفلها", "امرأة", "منازل المواطنين"]}, CIVILIANS)
HAYS_AUTHORITY = {"en": ["Hays local authority", "local authority in Hays", "Hays district authority"],
                  "ar": ["السلطة المحلية في مديرية حيس", "السلطة المحلية"]}
UNMHA = {"en": ["UNMHA", "United Nations Mission to support the Hodeidah Agreement", "UN mission", "deputy head of UNMHA"],
         "ar": ["بعثة الأمم المتحدة لدعم اتفاق الحديدة", "أونمها", "بعثة «أونمها»", "نائب رئيس بعثة «أونمها»",
                "البعثة الأممية", "البعثة"]}
WHO = {"en": ["World Health Organization", "WHO", "World Health Organisation"],
       "ar": ["منظمة الصحة العالمية", "الصحة العالمية"]}
HAYS_RESIDENTS = merge({"en": ["Hays residents", "residents of Hays", "Hays district"],
                        "ar": ["أهالي حيس", "مديرية حيس"]}, CIVILIANS)
HODEIDAH_GOVERNOR = {"en": ["Hodeidah governor", "Governor of Hodeidah", "governor's media office"],
                     "ar": ["محافظ الحديدة", "المحافظ", "مكتبه الإعلامي"]}
HAYS_COMMITTEE = merge({"en": ["Hays residents' committee", "residents' committee", "committee of Hays residents"],
                        "ar": ["لجنة أهالي حيس", "لجنة الأهالي"]}, HAYS_RESIDENTS)
STOCKHOLM_PARTIES = merge({"en": ["Yemeni government", "government", "the parties"],
                           "ar": ["الحكومة اليمنية", "الطرفين"]}, HOUTHIS)
KHOKHA_FISHERMAN = merge({"en": ["a fisherman", "fisherman", "fishermen"], "ar": ["صياد", "رفاقه"]}, CIVILIANS)

HAYS = {"accept": ["حيس", "مدينة حيس", "مديرية حيس", "حي المستشفى", "Hays", "Hais", "Haiss"]}
AL_JAH = {"accept": ["الجاح", "منطقة الجاح", "بيت الفقيه", "مديرية بيت الفقيه", "al-Jah", "Al Jah",
                     "Bayt al-Faqih", "Beit al-Faqih"]}
TUHAYTA = {"accept": ["التحيتا", "مديرية التحيتا", "الفازة", "الجبلية", "المتينة", "قرى الفازة والجبلية والمتينة",
                      "al-Tuhayta", "Tuhayta", "at-Tuhayta", "al-Faza", "al-Jabaliya"]}
KHOKHA = {"accept": ["الخوخة", "مدينة الخوخة", "مديرية الخوخة", "المدخل الشمالي لمدينة الخوخة", "al-Khawkha",
                     "Khokha", "Al Khawkhah"]}
DURAYHIMI = {"accept": ["الدريهمي", "مديرية الدريهمي", "الشجيرة", "قرية الشجيرة", "al-Durayhimi", "Durayhimi",
                        "ad-Durayhimi"]}
ZABID = {"accept": ["زبيد", "مدينة زبيد", "أطراف مدينة زبيد", "Zabid", "Zebid"]}
KHOKHA_COAST = place({"accept": ["سواحل مديرية الخوخة", "قبالة سواحل مديرية الخوخة"]}, KHOKHA)

# ================================================================ 089: Tubas, Tammun, al-Far'a and Nablus (Palestinian site)
IL_ARMY = {"en": ["Israeli army", "Israel Defense Forces", "IDF", "Israeli forces", "Israeli occupation forces",
                  "Israeli special forces", "Israeli drone"],
           "ar": ["قوات الاحتلال الإسرائيلي", "قوات الاحتلال", "جيش الاحتلال", "جنوده", "قوة خاصة",
                  "آليات عسكرية ثقيلة", "مسيّرة إسرائيلية", "الاحتلال"]}
TAMMUN_YOUTHS = merge({"en": ["two young men", "young men"], "ar": ["شابان", "الشابين"]}, CIVILIANS)
FARAA_YOUTHS = merge({"en": ["young men", "more than thirty young men", "camp residents", "houses"],
                      "ar": ["أكثر من ثلاثين شاباً", "شاباً", "عشرات المنازل", "معظمهم"]}, CIVILIANS)
FARAA_STREETS = merge({"en": ["main street of the camp", "water and sewage networks", "al-Far'a camp"],
                       "ar": ["الشارع الرئيسي للمخيم", "شبكتي المياه والصرف الصحي", "أجزاء من الشارع الرئيسي"]},
                      CIVILIANS)
TUBAS_BN = {"en": ["Tubas Battalion", "al-Quds Brigades", "Islamic Jihad", "Saraya al-Quds", "Palestinian fighters"],
            "ar": ["كتيبة طوباس", "«كتيبة طوباس»", "سرايا القدس", "مقاتليها"]}
IL_VEHICLE = merge({"en": ["Israeli military vehicle", "military vehicle", "Israeli soldiers"],
                    "ar": ["آلية عسكرية إسرائيلية", "آلية عسكرية", "القوات المقتحمة", "قواتنا"]}, IL_ARMY)
TUBAS_BN_IL = merge(TUBAS_BN, IL_ARMY)
BALATA_YOUTHS = {"en": ["five young men", "young men", "former prisoner"],
                 "ar": ["خمسة شبان", "شبان", "أسير محرّر"]}
SETTLERS = {"en": ["Israeli settlers", "settlers"], "ar": ["مستوطنون", "المستوطنين", "مستوطنين"]}
HUWARA_DRIVERS = merge({"en": ["Palestinian vehicles", "citizens' vehicles", "cars", "motorists"],
                        "ar": ["مركبات المواطنين", "مركبات"]}, CIVILIANS)
PRCS = {"en": ["Palestine Red Crescent Society", "Palestinian Red Crescent", "PRCS", "Red Crescent crews",
               "ambulance crews"],
        "ar": ["جمعية الهلال الأحمر الفلسطيني", "الهلال الأحمر الفلسطيني", "الهلال الأحمر", "طواقمها"]}
TUBAS_GOVERNOR = {"en": ["Governor of Tubas", "Tubas governor", "Tubas and Northern Valleys governor"],
                  "ar": ["محافظ طوباس والأغوار الشمالية", "محافظ طوباس"]}
IL_GOV_ARMY = merge({"en": ["Israeli government", "occupation government", "Israel"],
                     "ar": ["حكومة الاحتلال", "إسرائيل"]}, IL_ARMY)
INTL_COMMUNITY = {"en": ["international community", "United Nations", "UN"],
                  "ar": ["المجتمع الدولي", "الأمم المتحدة", "المجتمع الدولي والأمم المتحدة"]}
TUBAS_FACTIONS = {"en": ["National and Islamic Forces", "Palestinian factions", "national and Islamic factions"],
                  "ar": ["القوى الوطنية والإسلامية", "القوى الوطنية والإسلامية في المحافظة"]}
IL_DEF_MIN = {"en": ["Israeli Defense Minister", "Israeli defence minister", "Israel's defense minister",
                     "Israeli army minister"],
              "ar": ["وزير الجيش الإسرائيلي", "وزير الدفاع الإسرائيلي"]}
NORTH_CAMPS = merge({"en": ["northern West Bank camps", "refugee camps", "camps"],
                     "ar": ["مخيمات شمال الضفة", "مخيمات"]}, CIVILIANS)
UNRWA = {"en": ["UNRWA", "UN agency for Palestinian refugees", "UN Relief and Works Agency"],
         "ar": ["وكالة الأونروا", "الأونروا", "الوكالة"]}
FARAA_RESIDENTS = merge({"en": ["residents of al-Far'a camp", "camp residents", "refugees"],
                         "ar": ["أهالي مخيم الفارعة", "أهالي المخيم"]}, CIVILIANS)
AQQABA_YOUTHS = merge({"en": ["group of young men", "young men", "three young men"],
                       "ar": ["مجموعة من الشبان", "الشبان", "ثلاثة منهم"]}, CIVILIANS)

TAMMUN = {"accept": ["طمون", "بلدة طمون", "الحي الغربي", "Tammun", "Tamun", "Tammoun"]}
FARAA = {"accept": ["مخيم الفارعة", "الفارعة", "al-Far'a camp", "Far'a", "Al-Fara'a", "Faraa camp"]}
BALATA = {"accept": ["مخيم بلاطة", "بلاطة", "نابلس", "Balata camp", "Balata", "Balatah", "Nablus"]}
HUWARA = {"accept": ["حوارة", "بلدة حوارة", "حاجز زعترة", "زعترة", "Huwara", "Hawara", "Za'tara",
                     "Zaatara checkpoint"]}
TUBAS = {"accept": ["طوباس", "مدينة طوباس", "محافظة طوباس", "مدن المحافظة وبلداتها", "Tubas", "Tubas governorate"]}
NORTH_WB = {"accept": ["مخيمات شمال الضفة", "شمال الضفة", "northern West Bank", "West Bank"]}
AQQABA = {"accept": ["عقابا", "بلدة عقابا", "Aqqaba", "Aqaba", "'Aqqaba"]}
FARAA_GATE = place({"accept": ["المدخل الجنوبي للمخيم", "المدخل الجنوبي لمخيم الفارعة"]}, FARAA)

# ================================================================ 090: al-Qusayr and the Hermel border (Syrian site)
SY_GS = {"en": ["General Security", "Syrian General Security", "General Security Directorate", "Homs security directorate",
                "General Security checkpoint", "General Security members"],
         "ar": ["إدارة الأمن العام", "الأمن العام", "عنصران من إدارة الأمن العام", "حاجز للإدارة", "حاجز جوسية",
                "دورية للأمن العام", "العنصرين", "مديرية أمن حمص"]}
LB_GUNMEN = {"en": ["gunmen from Lebanon", "gunmen", "Lebanese clan gunmen", "Hermel clans", "attackers"],
             "ar": ["مسلحون قدموا من الأراضي اللبنانية", "مسلحون", "المهاجمين", "أبناء عشائر منطقة الهرمل",
                    "عشائر الهرمل"]}
SY_MOD = {"en": ["Syrian Ministry of Defence", "Syrian Defence Ministry", "Syrian army", "Syrian forces",
                 "Ministry of Defense forces"],
          "ar": ["قوات وزارة الدفاع السورية", "وزارة الدفاع السورية", "القوات السورية"]}
HERMEL_CIVILIANS = merge({"en": ["three civilians", "a child", "houses", "power network"],
                          "ar": ["ثلاثة مدنيين", "طفل", "المنازل", "شبكة الكهرباء"]}, CIVILIANS)
LB_ARMY = {"en": ["Lebanese army", "Lebanese Armed Forces", "LAF", "Lebanese army units", "Lebanese army command"],
           "ar": ["الجيش اللبناني", "قيادة الجيش اللبناني", "وحداتها المنتشرة على الحدود الشمالية الشرقية"]}
HEZBOLLAH = {"en": ["Hezbollah", "Hizbullah", "Hizballah"], "ar": ["حزب الله", "«حزب الله»", "الحزب"]}
SY_DEF_MIN = {"en": ["Syrian Defence Minister", "Syrian Minister of Defense", "Syrian defense minister"],
              "ar": ["وزير الدفاع السوري"]}
LB_DEF_MIN = {"en": ["Lebanese Defence Minister", "Lebanese defense minister", "his Lebanese counterpart"],
              "ar": ["نظيره اللبناني", "وزير الدفاع اللبناني"]}
SY_LB_MINISTERS = merge(SY_DEF_MIN, LB_DEF_MIN, {"en": ["the two sides", "both sides"], "ar": ["الجانبان"]})
BORDER_COMMITTEE = merge({"en": ["joint field committee", "Syrian-Lebanese committee", "the committee",
                                 "officers from both sides"],
                          "ar": ["اللجنة", "لجنة ميدانية مشتركة", "ضباط من الجانبين"]}, SY_LB_MINISTERS)
QUSAYR_SMUGGLERS = {"en": ["four people", "four men", "smugglers", "arms smugglers"],
                    "ar": ["أربعة أشخاص", "أشخاص من أبناء المنطقة"]}
RABLAH_SHEPHERDS = merge({"en": ["two Syrian shepherds", "shepherds"], "ar": ["راعيين سوريين", "راعيين"]}, CIVILIANS)
LB_CLAN_GUNMEN = {"en": ["Lebanese gunmen", "gunmen"], "ar": ["مسلحين لبنانيين", "مسلحين"]}
HERMEL_NOTABLES = {"en": ["Hermel clan notables", "clan elders", "notables of the Hermel clans", "Hermel clans"],
                   "ar": ["وجهاء من عشائر الهرمل", "وجهاء", "عشائر الهرمل", "شبانهم"]}
LB_STATE = {"en": ["Lebanese state", "Lebanese government", "Lebanon"],
            "ar": ["الدولة اللبنانية", "الحكومة اللبنانية", "لبنان"]}
ZITA_VICTIM = merge({"en": ["a young man", "young man", "farmer"], "ar": ["شاب"]}, CIVILIANS)

JOUSIEH = {"accept": ["جوسية", "معبر جوسية", "حاجز جوسية", "القصير", "Jousieh", "Jusiyah", "Joussieh",
                      "al-Qusayr", "Qusayr"]}
HAWSH_QASR = {"accept": ["حوش السيد علي", "القصر", "بلدة القصر", "الهرمل", "قضاء الهرمل", "محيط حوش السيد علي",
                         "Hawsh al-Sayyed Ali", "Hosh al-Sayyed Ali", "al-Qasr", "Qasr", "Hermel", "El Hermel"]}
QUSAYR = {"accept": ["القصير", "مدينة القصير", "al-Qusayr", "Qusayr", "Al Qusayr"]}
RABLAH = {"accept": ["ربلة", "بلدة ربلة", "Rablah", "Ribla", "Rableh"]}
QASR_LB = {"accept": ["القصر", "بلدة القصر", "الهرمل", "al-Qasr", "Qasr", "Hermel"]}
QUSAYR_HERMEL = {"accept": ["المنطقة الحدودية", "القصير", "الهرمل", "al-Qusayr", "Hermel", "Qusayr-Hermel border"]}
ZITA = {"accept": ["زيتا", "بلدة زيتا", "غرب القصير", "Zita", "Zeita", "Zayta"]}
