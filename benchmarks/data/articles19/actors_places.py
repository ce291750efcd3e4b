"""Accepted actor names and place names for the nineteenth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not copied
from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the articles, common
variants, and English names). Where the GeoNames lists in ../shared/data/geonames/ hold a town it was checked there;
villages, camps, neighbourhoods and valleys absent from those lists carry their usual spellings and, where useful,
their district or city as a wider accepted name.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الأجهزة», «الكتيبة», «الوزارة») are left out on purpose, with
these exceptions, each used only in an article where it names a single actor: «الدعم السريع» (091), «الميليشيا»
(092, only ever the Houthis), «التنظيم» (093, only ever ISIS), «الحزب» (094, only ever Hezbollah), «الكتيبة» (095,
only ever the Jenin Battalion).
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

# ================================================================ 091: Darfur (a Darfur monitor site)
SAF = {"en": ["Sudanese Armed Forces", "Sudanese army", "SAF", "Sudanese Air Force", "army"],
       "ar": ["الجيش السوداني", "طيران الجيش", "سلاح الجو", "طائرة مسيّرة تابعة للجيش السوداني", "قيادة الجيش"]}
RSF = {"en": ["Rapid Support Forces", "RSF"],
       "ar": ["قوات الدعم السريع", "الدعم السريع", "عناصر الدعم السريع", "قوة تابعة للدعم السريع", "للدعم السريع",
              "المليشيا المتمردة"]}
RSF_CMDR = merge({"en": ["RSF field commander", "field commander"],
                  "ar": ["قائد ميداني في الدعم السريع", "قائد ميداني"]}, RSF)
RSF_ADVISER = merge({"en": ["adviser to the RSF commander", "RSF adviser"],
                     "ar": ["مستشار لقائد الدعم السريع"]}, RSF)
JOINT_FORCE = {"en": ["Joint Force", "Joint Force of the armed struggle movements", "Darfur joint forces",
                      "armed movements"],
               "ar": ["القوة المشتركة", "القوة المشتركة لحركات الكفاح المسلح", "حركات الكفاح المسلح"]}
SAF_JOINT_RSF = merge(SAF, JOINT_FORCE, RSF)
NYALA_MARKET_VICTIMS = merge({"en": ["shoppers", "market-goers", "vendors"],
                              "ar": ["سبعة مدنيين", "الباعة والمتسوقين", "سوق «الموقف»", "سوق الموقف",
                                     "المواطنين العزّل"]}, CIVILIANS)
ABU_SHOUK_IDPS = merge({"en": ["displaced people", "IDPs", "Abu Shouk camp residents"],
                        "ar": ["مخيم أبو شوك للنازحين", "مخيم أبو شوك", "أربعة نازحين", "النازحين", "نازحين"]},
                       CIVILIANS)
JEER_YOUTHS = merge({"en": ["six young men", "young men", "detainees"],
                     "ar": ["ستة شبان", "شبان", "اثنين منهم", "المعتقلين"]}, CIVILIANS)
IDP_COORD = {"en": ["General Coordination of IDPs and Refugees Camps", "General Coordination for Displaced Persons and "
                    "Refugees", "IDP coordination"],
             "ar": ["المنسقية العامة لمخيمات النازحين واللاجئين", "المنسقية العامة", "المنسقية"]}
UNSC_AU = {"en": ["UN Security Council", "Security Council", "African Union", "AU"],
           "ar": ["مجلس الأمن الدولي", "مجلس الأمن", "الاتحاد الأفريقي"]}
RIGHTS_ORGS = {"en": ["human rights organisations", "rights groups"],
               "ar": ["المنظمات الحقوقية", "منظمات حقوقية"]}
DARFUR_GOV = {"en": ["Governor of Darfur Region", "Darfur governor", "Darfur Regional Governor"],
              "ar": ["حاكم إقليم دارفور", "حاكم دارفور"]}
WFP = {"en": ["World Food Programme", "WFP", "WFP country director"],
       "ar": ["برنامج الأغذية العالمي", "المدير القُطري لبرنامج الأغذية العالمي", "البرنامج"]}
TAWILA_IDPS = merge({"en": ["Tawila", "displaced people in Tawila"], "ar": ["بلدة طويلة", "طويلة"]}, CIVILIANS)
NYALA_VOLUNTEERS = merge({"en": ["three volunteers", "emergency room volunteers", "aid volunteers"],
                          "ar": ["ثلاثة متطوعين", "متطوعين في إحدى غرف الطوارئ", "متطوعين", "مطبخاً جماعياً"]},
                         CIVILIANS)

NYALA = {"accept": ["نيالا", "مدينة نيالا", "سوق الموقف", "سوق «الموقف»", "جنوب دارفور", "ولاية جنوب دارفور",
                    "Nyala", "South Darfur"]}
NYALA_JEER = place({"accept": ["حي الجير", "الجير", "al-Jeer", "Jeer"]}, NYALA)
NYALA_SALAM = place({"accept": ["حي السلام", "حي السلام بنيالا", "al-Salam neighbourhood"]}, NYALA)
ABU_SHOUK = {"accept": ["مخيم أبو شوك", "أبو شوك", "مخيم أبو شوك للنازحين", "الفاشر", "مدينة الفاشر", "شمال دارفور",
                        "Abu Shouk", "Abu Shouk camp", "Abu Shok", "El Fasher", "Al Fashir"]}
FASHER = {"accept": ["الفاشر", "مدينة الفاشر", "المدخل الشرقي للمدينة", "شمال دارفور", "El Fasher", "Al Fashir",
                     "Al-Fashir", "Fasher"]}
FASHER_MELLIT = place(FASHER, {"accept": ["مليط", "بلدة مليط", "Mellit", "Malit"]})
ZAMZAM = place({"accept": ["مخيم زمزم", "زمزم", "Zamzam", "Zamzam camp", "Zam Zam"]}, FASHER)
PORT_SUDAN = {"accept": ["بورتسودان", "مدينة بورتسودان", "Port Sudan", "Bur Sudan"]}
TAWILA = {"accept": ["طويلة", "بلدة طويلة", "معبر الطينة", "الطينة", "Tawila", "Tina", "Tine"]}

# ================================================================ 092: southern Hodeidah (a west-coast Yemeni site)
HOUTHIS = {"en": ["Houthis", "Houthi militia", "Ansar Allah", "Houthi group"],
           "ar": ["ميليشيا الحوثي", "الحوثيين", "الحوثي", "الميليشيا", "الجماعة", "عناصر الميليشيا",
                  "قوات الجماعة", "زوارق تابعة للميليشيا", "قناص حوثي", "للميليشيا", "للحوثيين"]}
JOINT_FORCES_YE = {"en": ["Joint Forces", "west coast Joint Forces", "Giants Brigades", "Amaliqa"],
                   "ar": ["القوات المشتركة", "ألوية العمالقة", "للقوات المشتركة", "مرتزقة العدوان",
                          "الإعلام العسكري لألوية العمالقة"]}
HOUTHIS_JOINT = merge(HOUTHIS, JOINT_FORCES_YE)
HAYS_CHILDREN = merge({"en": ["two children", "two brothers", "children", "shepherds"],
                       "ar": ["طفلان شقيقان", "طفلان", "الطفلين", "ابنيه"]}, CIVILIANS)
HAYS_HOMES = merge({"en": ["homes of citizens", "houses", "villagers"],
                    "ar": ["منازل المواطنين", "منزلين"]}, CIVILIANS)
HODEIDAH_HR = {"en": ["Hodeidah human rights office", "human rights office director", "Human Rights Office"],
               "ar": ["مدير المكتب", "مكتب حقوق الإنسان في محافظة الحديدة", "مكتب حقوق الإنسان"]}
UN_ENVOY = {"en": ["UN envoy", "UN Special Envoy for Yemen"], "ar": ["المبعوث الأممي"]}
HODEIDAH_GOV = {"en": ["Hodeidah governor", "governor of Hodeidah"], "ar": ["محافظ الحديدة"]}
UNMHA = {"en": ["UNMHA", "UN Mission to support the Hodeidah Agreement", "head of UNMHA"],
         "ar": ["بعثة الأمم المتحدة لدعم اتفاق الحديدة", "رئيس بعثة الأمم المتحدة لدعم اتفاق الحديدة", "البعثة"]}
FISHERMEN = merge({"en": ["fishermen", "protesting fishermen", "dozens of fishermen"],
                   "ar": ["عشرات الصيادين", "الصيادين", "الصيادون المحتجون", "الصيادون"]}, CIVILIANS)
COAST_GUARD = {"en": ["Coast Guard", "Coast Guard command"], "ar": ["قيادة خفر السواحل", "خفر السواحل"]}
KSRELIEF = {"en": ["KSrelief", "King Salman Humanitarian Aid and Relief Centre"],
            "ar": ["مركز الملك سلمان للإغاثة والأعمال الإنسانية", "مركز الملك سلمان", "المركز"]}
KHAWKHA_IDPS = merge({"en": ["displaced families", "IDPs"], "ar": ["الأسر النازحة", "النازحين"]}, CIVILIANS)
KHAWKHA_FISHERMEN = merge({"en": ["four fishermen", "fishermen", "fishing boat"],
                           "ar": ["أربعة صيادين", "قارب صيد", "صيادين"]}, CIVILIANS)
DURAYHIMI_WOMAN = merge({"en": ["a woman", "villages", "villagers"], "ar": ["امرأة", "قرى"]}, CIVILIANS)
HAYS_WOMAN = merge({"en": ["a woman"], "ar": ["امرأة"]}, CIVILIANS)

HAYS = {"accept": ["حيس", "مدينة حيس", "مديرية حيس", "شرقي مدينة حيس", "أطراف مدينة حيس", "الحديدة", "محافظة الحديدة",
                   "Hays", "Hais", "Hodeidah"]}
JABALIYAH = {"accept": ["الجبلية", "منطقة الجبلية", "التحيتا", "مديرية التحيتا", "al-Jabaliyah", "Jabaliya",
                        "al-Tuhayta", "Tuhayta", "At Tuhayta"]}
THREE_DISTRICTS = {"accept": ["حيس", "التحيتا", "الجراحي", "مديريات حيس والتحيتا والجراحي", "Hays", "al-Tuhayta",
                              "Tuhayta", "al-Jarrahi", "Jarrahi", "Hodeidah"]}
MOCHA = {"accept": ["المخا", "مدينة المخا", "Mocha", "al-Mokha", "Mokha"]}
KHAWKHA = {"accept": ["الخوخة", "مدينة الخوخة", "مديرية الخوخة", "مبنى السلطة المحلية", "al-Khawkhah", "Khawkha",
                      "Khokha"]}
KHAWKHA_COAST = place(KHAWKHA, {"accept": ["ساحل المديرية", "قبالة ساحل المديرية"]})
DURAYHIMI = {"accept": ["الدريهمي", "مديرية الدريهمي", "al-Durayhimi", "Durayhimi", "Ad Durayhimi"]}

# ================================================================ 093: Anbar (an Iraqi news agency)
ISIS_ANBAR = {"en": ["ISIS", "Islamic State", "Daesh", "ISIS cells", "unknown gunmen", "gunmen", "terrorists"],
              "ar": ["داعش", "تنظيم «داعش»", "عصابات داعش", "مسلحون مجهولون", "الإرهابيين", "التنظيم",
                     "عناصر التنظيم", "خلايا التنظيم"]}
TRIBAL_PMF_POST = {"en": ["Tribal Mobilisation", "Tribal Hashd", "tribal PMF members", "post", "two members"],
                   "ar": ["«الحشد العشائري»", "الحشد العشائري", "منتسبان في «الحشد العشائري»", "منتسبان",
                          "نقطة مرابطة", "نقطة وادي حوران", "المنتسبَين"]}
NSS = {"en": ["Iraqi National Security Service", "National Security Service", "INSS", "NSS force"],
       "ar": ["جهاز الأمن الوطني", "قوة من جهاز الأمن الوطني", "الجهاز"]}
NSS_FORCE = merge(NSS, {"en": ["NSS force", "a member of the force"], "ar": ["أحد المنتسبين", "على القوة"]})
KARMAH_SUSPECTS = {"en": ["two suspects", "suspects", "ISIS financiers"],
                   "ar": ["متهمَين اثنين", "متهمين اثنين", "متهمَين", "متهمين"]}
KARMAH_SHOOTER = {"en": ["brother of a suspect", "gunman", "suspect's brother"],
                  "ar": ["شقيق لأحدهما", "شقيق"]}
IQ_AUTHORITIES = {"en": ["Iraqi authorities", "authorities", "Iraqi judiciary", "Supreme Judicial Council"],
                  "ar": ["السلطات", "السلطات العراقية", "مجلس القضاء الأعلى"]}
AMNESTY_DETAINEES = {"en": ["detainees", "released detainees", "86 detainees", "prisoners"],
                     "ar": ["الموقوفين المشمولين بالقانون", "أولى دفعات الموقوفين", "الموقوفين", "86 شخصاً"]}
DETAINEES_FAMILIES = merge({"en": ["families of detainees", "detainees' relatives", "protesters"],
                            "ar": ["العشرات من ذوي المعتقلين", "ذوي المعتقلين", "ذوو المعتقلين", "المشاركون",
                                   "المشاركون في الوقفة"]}, CIVILIANS)
SJC = {"en": ["Supreme Judicial Council", "Iraqi judiciary"], "ar": ["مجلس القضاء الأعلى", "مجلسَ القضاء الأعلى"]}
ANBAR_MP = {"en": ["Anbar MP", "member of parliament for Anbar", "MP"], "ar": ["نائب عن محافظة الأنبار", "نائب"]}
POLITICAL_PARTIES = {"en": ["political parties", "unnamed political forces", "political groups"],
                     "ar": ["جهاتٍ سياسية", "جهات سياسية"]}
ANBAR_GOV = {"en": ["Anbar governor", "Governor of Anbar"], "ar": ["محافظ الأنبار"]}
ANBAR_OPS = {"en": ["Anbar Operations Command", "Anbar Operations commander", "7th Division", "Iraqi army"],
             "ar": ["قائد عمليات الأنبار", "قيادة العمليات", "قيادة عمليات الأنبار", "الفرقة السابعة",
                    "تعزيزات من الفرقة السابعة"]}
IQ_ARMY_AIR = {"en": ["Army Aviation", "Iraqi army aviation", "holding force", "security forces"],
               "ar": ["طيران الجيش", "مفارز القوة الماسكة", "القوة الماسكة"]}
RUTBA_SHEPHERDS = merge({"en": ["three shepherds", "shepherds"], "ar": ["ثلاثة رعاة أغنام", "رعاة أغنام", "الرعاة"]},
                        CIVILIANS)
RUTBA_QAIMMAQAM = {"en": ["Rutba district commissioner", "Rutba mayor", "qaimmaqam of Rutba"],
                   "ar": ["قائممقام قضاء الرطبة", "قائممقام الرطبة"]}
ALBU_NIMR = {"en": ["Albu Nimr tribe", "Albu Nimr notables", "tribal notables", "al-Bu Nimr"],
             "ar": ["وجهاء العشيرة", "عشيرة البونمر", "البونمر", "أبناء عشيرة البونمر"]}
IQ_FED_GOV = {"en": ["Iraqi federal government", "federal government", "Iraqi government"],
              "ar": ["الحكومة الاتحادية", "الحكومة العراقية"]}
FALLUJAH_MUKHTAR = merge({"en": ["mukhtar", "local mukhtar", "neighbourhood head"],
                          "ar": ["مختار إحدى مناطق الفلوجة", "مختار"]}, CIVILIANS)

WADI_HOURAN = {"accept": ["وادي حوران", "الرطبة", "قضاء الرطبة", "غرب قضاء الرطبة", "نقطة وادي حوران", "Wadi Houran",
                          "Wadi Hauran", "Wadi Horan", "Rutba", "Ar Rutbah", "Ar Ruţbah"]}
KARMAH = {"accept": ["الكرمة", "ناحية الكرمة", "الفلوجة", "قضاء الفلوجة", "al-Karmah", "Karmah", "Garma",
                     "Fallujah", "Al Fallūjah"]}
RAMADI = {"accept": ["الرمادي", "مدينة الرمادي", "مبنى محافظة الأنبار", "الأنبار", "Ramadi", "Anbar"]}
RAMADI_NASIRIYAH = place(RAMADI, {"accept": ["سجن الناصرية المركزي", "الناصرية", "Nasiriyah", "Nasiriyah prison"]})
BAGHDAD = {"accept": ["بغداد", "Baghdad"]}
TREBIL = {"accept": ["طريبيل", "منفذ طريبيل", "منفذ طريبيل الحدودي", "الرطبة", "قضاء الرطبة", "Trebil", "Turaibil",
                     "Rutba", "Ar Ruţbah"]}
HIT = {"accept": ["هيت", "قضاء هيت", "Hit", "Hīt", "Heet"]}
THARTHAR = place({"accept": ["الثرثار", "منطقة الثرثار", "Tharthar"]}, HIT)
FALLUJAH_JOLAN = {"accept": ["حي الجولان", "الجولان", "الفلوجة", "al-Jolan", "Jolan", "Fallujah", "Al Fallūjah"]}

# ================================================================ 094: Qusayr and the Hermel border (a Homs site)
SY_MOD = {"en": ["Syrian Ministry of Defence", "Syrian Defence Ministry", "Syrian army", "Syrian forces",
                 "Ministry of Defense"],
          "ar": ["وزارة الدفاع السورية", "وزارة الدفاع", "«وزارة الدفاع»", "قواتها", "القوات السورية",
                 "عناصر من وزارة الدفاع السورية", "الجانب السوري"]}
LB_CLANS = {"en": ["Lebanese clan gunmen", "Lebanese clans", "gunmen from Lebanese clans", "smuggling gangs",
                   "smugglers"],
            "ar": ["مسلحين من العشائر اللبنانية", "العشائر اللبنانية", "مسلحي العشائر", "عصابات التهريب"]}
MOD_CLANS = merge(SY_MOD, LB_CLANS)
HEZBOLLAH = {"en": ["Hezbollah", "Hizbollah", "Hizballah"],
             "ar": ["حزب الله", "«حزب الله»", "ميليشيا حزب الله", "الحزب", "الحزبَ"]}
HERMEL_CIVILIANS = merge({"en": ["two civilians", "Hermel villagers", "towns of Hermel"],
                          "ar": ["مدنيَّين اثنين", "مدنيين اثنين", "بلدات القصر وحوش السيد علي اللبنانية وسهلات الماء"]},
                         CIVILIANS)
LB_ARMY = {"en": ["Lebanese Army", "Lebanese army units", "Lebanese Armed Forces", "LAF"],
           "ar": ["الجيش اللبناني", "قيادة الجيش اللبناني", "قيادة الجيش اللبناني – مديرية التوجيه", "وحداتها"]}
FIRE_SOURCES = merge({"en": ["sources of fire"], "ar": ["مصادر النيران"]}, SY_MOD)
GSA = {"en": ["General Security Administration", "Syrian General Security", "General Security patrols"],
       "ar": ["إدارة الأمن العام", "دوريات تابعة لإدارة الأمن العام", "الأمن العام", "الإدارة"]}
QUSAYR_SMUGGLERS = {"en": ["four suspects", "smuggling network", "smugglers"],
                    "ar": ["أربعة أشخاص", "شبكة تهريب"]}
SY_MOD_MIN = {"en": ["Syrian Defence Minister", "Syrian Minister of Defence", "Syrian Ministry of Defence"],
              "ar": ["وزير الدفاع السوري", "وزارة الدفاع السورية"]}
LB_MOD_MIN = {"en": ["Lebanese Defence Minister", "Lebanese Minister of Defence", "his Lebanese counterpart"],
              "ar": ["نظيره اللبناني", "وزير الدفاع اللبناني"]}
SY_LB_MINISTERS = merge(SY_MOD_MIN, LB_MOD_MIN)
JOINT_COMMITTEE = {"en": ["joint military committee", "Syrian-Lebanese military committee", "officers of both sides"],
                   "ar": ["اللجنة العسكرية المشتركة", "لجنة عسكرية مشتركة", "ضباط من الجانبين"]}
MOD_CAPTIVES = {"en": ["two Defence Ministry soldiers", "two soldiers", "captured soldiers"],
                "ar": ["عنصرين من وزارة الدفاع", "عنصرين"]}
LB_STATE = {"en": ["Lebanese state", "Lebanese government"], "ar": ["الدولة اللبنانية", "الحكومة اللبنانية"]}
QASR_RESIDENTS = merge({"en": ["residents of al-Qasr", "protesters"],
                        "ar": ["العشرات من أهالي بلدة القصر اللبنانية", "أهالي بلدة القصر"]}, CIVILIANS)
LB_CITIZENS = merge({"en": ["citizens"], "ar": ["المواطنين"]}, CIVILIANS)
GSA_MEMBERS = {"en": ["two General Security members", "General Security members"],
               "ar": ["عنصرين من الأمن العام", "الأمن العام"]}
MEDIATORS = {"en": ["local notables", "mediators"], "ar": ["وجهاء من المنطقة", "وساطة"]}

HAWSH = {"accept": ["حوش السيد علي", "قرية حوش السيد علي", "ريف القصير الغربي", "ريف القصير", "القصير",
                    "Hawsh al-Sayyed Ali", "Hosh al-Sayyed Ali", "Hawsh as-Sayyid Ali", "al-Qusayr", "Al Quşayr"]}
HERMEL_VILLAGES = {"accept": ["القصر", "حوش السيد علي", "سهلات الماء", "قضاء الهرمل", "الهرمل", "بلدات القصر",
                              "al-Qasr", "Qasr", "Hawsh al-Sayyed Ali", "Sahlat al-Maa", "Hermel", "El Hermel"]}
HERMEL_BORDER = {"accept": ["الحدود الشمالية الشرقية", "قضاء الهرمل", "الهرمل", "Hermel", "El Hermel",
                            "north-eastern border"]}
QUSAYR = {"accept": ["القصير", "مدينة القصير", "الحي الشمالي", "al-Qusayr", "Qusayr", "Al Quşayr"]}
HOMS = {"accept": ["حمص", "مدينة حمص", "Homs"]}
HAWSH_HERMEL = place(HAWSH, {"accept": ["الهرمل", "مدينة الهرمل", "Hermel", "El Hermel"]})
QASR_LB = {"accept": ["القصر", "بلدة القصر", "بلدة القصر اللبنانية", "الهرمل", "مدينة الهرمل", "al-Qasr", "Qasr",
                      "Hermel"]}
JUSIYAH = {"accept": ["جوسية", "معبر جوسية", "معبر جوسية الحدودي", "Jusiyah", "Jousieh", "Joussieh"]}

# ================================================================ 095: the northern West Bank (a Palestinian site)
PA_SECURITY = {"en": ["Palestinian Authority security forces", "Palestinian security services", "PA security forces",
                      "Palestinian Security Establishment", "Palestinian Authority"],
               "ar": ["الأجهزة الأمنية الفلسطينية", "عناصر الأجهزة الأمنية الفلسطينية", "الأجهزة الأمنية",
                      "الأجهزةَ الأمنية", "المؤسسة الأمنية الفلسطينية", "المؤسسة الأمنية", "قوة أمنية",
                      "للأجهزة الأمنية", "السلطة الفلسطينية"]}
JENIN_BATTALION = {"en": ["Jenin Battalion", "Jenin Brigade", "Katibat Jenin", "gunmen", "outlaws"],
                   "ar": ["«كتيبة جنين»", "كتيبة جنين", "الكتيبة", "مسلحين من «كتيبة جنين»", "خارجين عن القانون",
                          "مقاتليها"]}
PA_BATTALION = merge(PA_SECURITY, JENIN_BATTALION)
JENIN_WANTED = {"en": ["seven wanted men", "wanted men", "suspects"], "ar": ["سبعة مطلوبين", "مطلوبين"]}
JENIN_YOUTHS = merge({"en": ["angry young men", "youths", "protesters"], "ar": ["شبان غاضبون", "شبان"]}, CIVILIANS)
IDF = {"en": ["Israeli army", "Israel Defense Forces", "IDF", "Israeli occupation forces", "Israeli forces"],
       "ar": ["قوات الاحتلال الإسرائيلي", "قوات الاحتلال", "جيش الاحتلال", "جرافات الاحتلال", "جرافاتها",
              "طائرة مسيّرة إسرائيلية", "الجيش الإسرائيلي"]}
NUR_SHAMS_YOUTHS = merge({"en": ["four young men", "young men"], "ar": ["أربعة شبان", "شبان"]}, CIVILIANS)
NUR_SHAMS_STREETS = merge({"en": ["streets and infrastructure", "camp residents", "Nur Shams camp"],
                           "ar": ["الشوارع والبنية التحتية", "الشوارع", "البنية التحتية", "مخيم نور شمس"]}, CIVILIANS)
TAMMUN_VICTIMS = merge({"en": ["three young men", "gathering of citizens", "terrorist cell"],
                        "ar": ["ثلاثة شبان", "تجمعاً للمواطنين", "«خلية إرهابية»", "خلية إرهابية"]}, CIVILIANS)
TUBAS_FACTIONS = {"en": ["National and Islamic Forces in Tubas", "National and Islamic Forces", "Tubas factions"],
                  "ar": ["القوى الوطنية والإسلامية في محافظة طوباس", "القوى الوطنية والإسلامية"]}
HAMAS = {"en": ["Hamas", "Hamas movement"], "ar": ["حركة «حماس»", "حماس", "حركة حماس"]}
PA = {"en": ["Palestinian Authority", "PA"], "ar": ["السلطة الفلسطينية", "السلطةَ الفلسطينية", "السلطة"]}
FATAH_JENIN = {"en": ["Fatah spokesman in Jenin", "Fatah"],
               "ar": ["الناطق باسم حركة «فتح» في جنين", "حركة «فتح»", "فتح", "حركة فتح"]}
JENIN_GOV = {"en": ["Jenin governor", "Governor of Jenin"], "ar": ["محافظ جنين", "المحافظ"]}
CAMP_NOTABLES = {"en": ["camp notables", "Popular Services Committee", "delegation of notables"],
                 "ar": ["وفداً من وجهاء المخيم", "وجهاء المخيم", "لجنة الخدمات الشعبية"]}
PA_SPOKESMAN = merge({"en": ["security establishment spokesman", "spokesman of the Palestinian security services"],
                      "ar": ["الناطق باسم المؤسسة الأمنية"]}, PA_SECURITY)
CAMP_RESIDENTS = merge({"en": ["Jenin camp residents", "the camp"], "ar": ["مخيم جنين", "أهالي المخيم"]}, CIVILIANS)
PA_OFFICER = {"en": ["Palestinian military intelligence member", "PA officer", "security member"],
              "ar": ["عنصر في جهاز الاستخبارات العسكرية الفلسطينية", "عنصر في جهاز الاستخبارات العسكرية"]}
JENIN_GUNMEN = merge({"en": ["gunmen"], "ar": ["مسلحين", "برصاص مسلحين"]}, JENIN_BATTALION)
VICTIM_FAMILY = {"en": ["family of the young man killed", "the victim's family"],
                 "ar": ["عائلة الشاب القتيل", "عائلة الشاب"]}

JENIN_CAMP = {"accept": ["مخيم جنين", "حارة الدمج", "حارة الدمج بمخيم جنين", "جنين", "Jenin camp",
                         "Jenin", "Janīn", "al-Damaj"]}
JENIN_CITY = {"accept": ["شارع مهيوب", "مدينة جنين", "جنين", "Jenin", "Janīn"]}
NUR_SHAMS = {"accept": ["مخيم نور شمس", "نور شمس", "طولكرم", "المنشية", "المدارس", "جبل النصر",
                        "حارات المنشية والمدارس وجبل النصر", "Nur Shams", "Nur Shams camp", "Tulkarm", "Ţūlkarm"]}
TAMMUN = {"accept": ["طمون", "بلدة طمون", "طوباس", "مسجد البلدة", "Tammun", "Ţammūn", "Tubas"]}
TUBAS = {"accept": ["طوباس", "محافظة طوباس", "Tubas", "Ţūbās", "Tubas governorate"]}
JENIN_ALL = {"accept": ["جنين", "مخيم جنين", "Jenin", "Jenin camp", "Janīn"]}
AWDA_ROUNDABOUT = place({"accept": ["دوار العودة", "محيط دوار العودة", "al-Awda roundabout"]}, JENIN_CAMP)
