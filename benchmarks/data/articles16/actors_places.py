"""Accepted actor names and place names for the sixteenth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the articles,
common variants, and English names). Syrian, Iraqi and Palestinian towns were checked against the GeoNames lists in
../shared/data/geonames/ where they have them (Ayn ash Sharqiyah, Bayt Yashut, ad-Daliyah, Jableh, Baniyas, Latakia,
al-Bahluliyah, al-Qardahah, Dayr Hafir, Sirrin, Ayn al-Arab, Manbij, ar-Raqqah, al-Hasakah; Sinjar, Dihok, Mosul;
Hebron, Yatta, Dura). Camps, hamlets, roads, a dam, a bridge and neighbourhoods absent from those lists (Khanasor,
Sinuni, Sharya and Kabarto camps, al-Fawwar camp, al-Mufaqara, al-Tuwani, Beit Ummar, Kiryat Arba, Tishreen Dam,
the Qara Qozak bridge) carry their usual spellings and the district or governorate of their area. Yemen is not
covered by those lists: Taiz and its places carry their usual Arabic and English spellings with the governorate.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الحكومة», «المجلس», «الوفد») are left out on purpose, with
these exceptions, each used only in an article where it names a single actor: «المحافظ» (076, only ever the
governor of Tartus), «الميليشيا», «الجماعة» and «الحكومة» (078, only ever the Houthis, the Houthis and the
Yemeni government), «الاحتلال» (079, only ever Israel and its forces).
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

# ================================================================ 076: Jableh, Baniyas, Latakia (coastal local network)
GS_ATTACKERS = merge(UNKNOWN, {"en": ["remnants of the former regime", "former regime remnants", "Assad loyalists",
                                      "attackers", "gunmen"],
                               "ar": ["فلول النظام البائد", "مجموعة من فلول النظام البائد", "المهاجمين", "المهاجمون",
                                      "مسلحون"]})
GS_CHECKPOINT = {"en": ["General Security checkpoint", "security checkpoint", "checkpoint", "General Security",
                        "General Security Service", "General Security members", "Syrian security forces"],
                 "ar": ["حاجز أمني", "حاجز للأمن العام", "الحاجز", "عناصر الحاجز", "عنصران من جهاز الأمن العام",
                        "جهاز الأمن العام", "الأمن العام", "ثلاثة قتلى من عناصر الحاجز"]}
GS = {"en": ["General Security", "General Security forces", "General Security Service", "Syrian Ministry of Interior",
             "Ministry of Interior", "Interior Ministry", "Syrian security forces", "Syrian government"],
      "ar": ["قوات الأمن العام", "الأمن العام", "جهاز الأمن العام", "قيادة الأمن العام", "وزارة الداخلية",
             "وزارة الداخلية السورية", "السلطات السورية"]}
JABLEH_DETAINEES = merge({"en": ["eleven people", "eleven residents", "two brothers", "four suspects", "suspects",
                                 "people involved in the attack"],
                          "ar": ["أحد عشر شخصاً", "شقيقان", "أربعة من المتورطين في الهجوم", "المتورطين في الهجوم",
                                 "المتورطين"]}, CIVILIANS)
SY_MOI_MINISTER = {"en": ["Syrian Interior Minister", "Interior Minister", "Minister of Interior",
                          "Syrian Ministry of Interior", "Interior Ministry"],
                   "ar": ["وزير الداخلية", "وزير الداخلية السوري", "وزارة الداخلية"]}
ATTACKERS_RECIP = {"en": ["the attackers", "perpetrators", "perpetrators of the attack", "gunmen"],
                   "ar": ["منفّذي الهجوم", "منفذي الهجوم", "المهاجمين", "منفّذيه"]}
BANIYAS_EMPLOYEES = {"en": ["dismissed employees", "dismissed workers", "sacked employees", "protesters",
                            "Baniyas refinery workers", "delegation of protesters", "public employees"],
                     "ar": ["عشرات الموظفين المفصولين", "الموظفين المفصولين", "موظفون مفصولون", "المفصولين",
                            "المحتجين", "وفداً من المحتجين", "الموظفين"]}
TARTUS_GOVERNOR = {"en": ["Tartus governor", "Governor of Tartus", "Tartus Governorate", "governor"],
                   "ar": ["محافظ طرطوس", "المحافظ", "محافظة طرطوس"]}
TARTUS_GOV_MOAD = merge(TARTUS_GOVERNOR, {"en": ["Ministry of Administrative Development",
                                                 "Syrian Ministry of Administrative Development"],
                                          "ar": ["وزارة التنمية الإدارية"]})
AIN_NOTABLES = {"en": ["notables of Ain al-Sharqiyah", "Ain al-Sharqiyah notables", "local notables", "notables",
                       "elders"],
                "ar": ["وجهاء من عين الشرقية", "وجهاء عين الشرقية", "الوجهاء", "وجهاء"]}
GS_COMMAND = {"en": ["General Security command", "General Security", "General Security Service",
                     "Syrian authorities"],
              "ar": ["قيادة الأمن العام", "الأمن العام", "جهاز الأمن العام"]}
SY_AUTHORITIES = merge({"en": ["Syrian authorities", "authorities", "Syrian government"],
                        "ar": ["السلطات", "السلطات السورية"]}, GS)
RELEASED_23 = {"en": ["23 detainees", "twenty-three detainees", "detainees", "detainees from the Jableh countryside"],
               "ar": ["ثلاثة وعشرين موقوفاً", "موقوفاً من أبناء ريف جبلة", "الموقوفين", "موقوفين"]}
HRW = {"en": ["Human Rights Watch", "HRW"], "ar": ["هيومن رايتس ووتش", "منظمة هيومن رايتس ووتش"]}
HRW_RECIP = {"en": ["Syrian Interior Minister", "Interior Minister", "Syrian authorities", "authorities",
                    "Syrian government"],
             "ar": ["وزير الداخلية السوري", "وزير الداخلية", "السلطات", "السلطات السورية"]}
BAHLULIYAH_YOUTHS = {"en": ["two young men", "young men", "two men"],
                     "ar": ["شابين", "الشابين", "شابين من قرية البهلولية"]}
QARDAHA_MEMBER = {"en": ["General Security member", "a General Security member", "security member",
                         "General Security"],
                  "ar": ["عنصر في الأمن العام", "عنصر في «الأمن العام»", "عنصراً في الأمن العام", "الأمن العام"]}

# ================================================================ 077: Sinjar, Duhok, Mosul (Iraqi news site)
TURKEY = {"en": ["Turkey", "Türkiye", "Turkish army", "Turkish Armed Forces", "Turkish forces", "Turkish drone",
                 "Turkish intelligence", "MIT", "National Intelligence Organization"],
          "ar": ["تركيا", "القوات التركية", "طائرة مسيّرة تركية", "مسيّرة تركية", "الجيش التركي", "جهاز الاستخبارات",
                 "الاستخبارات التركية", "أنقرة", "الاحتلال التركي", "مسيّرات الاحتلال التركي"]}
YBS = {"en": ["Sinjar Resistance Units", "YBŞ", "YBS", "Yazidi armed group"],
       "ar": ["وحدات مقاومة سنجار", "اليبشة", "الوحدات"]}
KHANASOR_TARGET = merge({"en": ["civilian vehicle", "vehicle", "pickup", "pickup truck", "two people",
                                "civilian driver", "driver", "PKK members", "PKK", "four terrorists"],
                         "ar": ["عجلة مدنية", "عجلة نوع بيك آب", "العجلة", "شخصان", "سائق مدني",
                                "أربعة إرهابيين", "بي كي كي", "ثلاثة من مقاتليها"]}, YBS)
TURKEY_ONLY = {"en": ["Turkey", "Türkiye", "Ankara", "Turkish government", "Turkish army"],
               "ar": ["تركيا", "أنقرة", "الحكومة التركية", "الاحتلال التركي", "الجيش التركي"]}
IQ_MOFA = {"en": ["Iraqi Foreign Ministry", "Iraqi Ministry of Foreign Affairs", "Iraq", "Iraqi government",
                  "Baghdad"],
           "ar": ["وزارة الخارجية العراقية", "الخارجية العراقية", "العراق", "الحكومة العراقية"]}
TR_CHARGE = {"en": ["Turkish chargé d'affaires", "Turkish charge d'affaires", "Turkey", "Turkish embassy"],
             "ar": ["القائم بالأعمال التركي", "القائم بالأعمال التركي في بغداد", "تركيا"]}
KDP = {"en": ["Kurdistan Democratic Party", "KDP"], "ar": ["الحزب الديمقراطي الكردستاني", "مكتبه في سنجار"]}
PKK = {"en": ["PKK", "Kurdistan Workers' Party", "Kurdistan Workers Party", "PKK militants"],
       "ar": ["حزب العمال الكردستاني", "مسلحي حزب العمال الكردستاني", "بي كي كي",
              "وجود مسلحي حزب العمال الكردستاني بين المدنيين"]}
IQ_FED_GOV = {"en": ["Iraqi federal government", "federal government", "Iraqi government", "Baghdad"],
              "ar": ["الحكومة الاتحادية", "الحكومة العراقية", "بغداد"]}
YAZIDI_IDPS = {"en": ["Yazidi IDPs", "displaced Yazidis", "Yazidi displaced people", "IDPs", "Yazidis",
                      "displaced people", "representatives of the displaced"],
               "ar": ["النازحين الإيزيديين", "مئات النازحين الإيزيديين", "نازحون إيزيديون", "النازحين",
                      "ممثلون عن النازحين", "الإيزيديين"]}
MEMO_RECIP = {"en": ["federal and regional governments", "Iraqi federal government", "Kurdistan Regional Government",
                     "KRG", "UNAMI", "United Nations Assistance Mission for Iraq", "United Nations"],
              "ar": ["الحكومتين الاتحادية والإقليمية", "الحكومة الاتحادية", "حكومة إقليم كوردستان",
                     "بعثة الأمم المتحدة لمساعدة العراق", "يونامي", "مكتب بعثة الأمم المتحدة"]}
IQ_ARMY = {"en": ["Iraqi army", "Iraqi Army", "Iraqi security forces", "West Nineveh Operations Command",
                  "Iraqi forces"],
           "ar": ["الجيش العراقي", "قطعات من الجيش العراقي", "قيادة عمليات غرب نينوى"]}
NINEVEH_GOV = {"en": ["Nineveh governor", "Governor of Nineveh", "Nineveh Governorate"],
               "ar": ["محافظ نينوى", "محافظة نينوى"]}
UNAMI_DEPUTY = {"en": ["UN deputy special representative", "Deputy Special Representative of the UN Secretary-General",
                       "UNAMI", "United Nations", "UN"],
                "ar": ["نائب الممثل الخاص للأمين العام للأمم المتحدة في العراق", "الأمم المتحدة",
                       "الممثل الخاص للأمين العام للأمم المتحدة", "يونامي"]}
ISIS = {"en": ["Islamic State", "ISIS", "IS", "ISIL", "Daesh"], "ar": ["تنظيم داعش", "داعش", "تنظيم «داعش»"]}
YAZIDIS = {"en": ["Yazidis", "Ezidis", "Yazidi community"], "ar": ["الإيزيديين", "الأيزيديين", "الإيزيديون"]}
BAGHDAD_ERBIL = {"en": ["Baghdad", "Erbil", "Iraqi government", "Kurdistan Regional Government", "KRG"],
                 "ar": ["بغداد وأربيل", "بغداد", "أربيل"]}
SINUNI_VICTIM = merge({"en": ["YBŞ commander", "YBS commander", "house", "family members"],
                       "ar": ["قيادي في اليبشة", "قيادي في «اليبشة»", "منزلاً في مجمّع سنوني", "منزلاً"]}, YBS)

# ================================================================ 078: Taiz (Taiz local site)
HOUTHIS = {"en": ["Houthis", "Houthi", "Houthi movement", "Ansar Allah", "Houthi militia", "Houthi sniper",
                  "Houthi forces"],
           "ar": ["ميليشيا الحوثي", "الميليشيا الحوثية", "جماعة الحوثي", "الحوثيين", "الحوثي", "أنصار الله",
                  "قناص تابع لميليشيا الحوثي", "قناص حوثي", "الميليشيا", "الجماعة"]}
THABAT_CHILDREN = {"en": ["child", "boy", "11-year-old boy", "children", "his sister", "two children"],
                   "ar": ["طفل", "طفل في الحادية عشرة من عمره", "شقيقته", "شقيقته الصغرى", "الطفلين", "الطفل"]}
TAIZ_AXIS = {"en": ["Taiz Military Axis", "Taiz Axis", "Yemeni army", "National Army", "government forces",
                    "mercenaries"],
             "ar": ["المركز الإعلامي لمحور تعز العسكري", "محور تعز", "محور تعز العسكري", "الجيش الوطني",
                    "مرتزقة العدوان"]}
TEACHERS = {"en": ["teachers", "Yemeni Teachers Syndicate", "Teachers' Syndicate", "teachers' union",
                   "striking teachers"],
            "ar": ["المعلمون", "المعلمين", "معلمو المدينة", "نقابة المعلمين اليمنيين", "نقابة المعلمين", "النقابة",
                   "المعلمون المضربون"]}
YE_GOV = {"en": ["Yemeni government", "government", "internationally recognised government", "Yemeni authorities"],
          "ar": ["الحكومة", "الحكومة الشرعية", "الحكومة اليمنية"]}
YE_GOV_MOF = merge(YE_GOV, {"en": ["Ministry of Finance", "Finance Ministry"], "ar": ["وزارة المالية"]})
MOTHERS = {"en": ["Abductees' Mothers Association", "Association of Abductees' Mothers", "mothers of abductees",
                  "mothers of the abducted"],
           "ar": ["رابطة أمهات المختطفين", "أمهات المختطفين", "المشاركات"]}
UN_ENVOY = {"en": ["UN Special Envoy for Yemen", "UN envoy", "Office of the UN Special Envoy", "UN envoy's office",
                   "United Nations"],
            "ar": ["المبعوث الأممي إلى اليمن", "المبعوث الأممي", "مكتب المبعوث الأممي إلى اليمن",
                   "مكتب المبعوث الأممي", "وفداً من مكتب المبعوث الأممي إلى اليمن"]}
TAIZ_GOVERNOR = {"en": ["Taiz governor", "Governor of Taiz", "Taiz local authority"],
                 "ar": ["محافظ تعز", "السلطة المحلية"]}
HOUTHI_COMMITTEE = merge({"en": ["Houthi military committee", "military committee"],
                          "ar": ["اللجنة العسكرية", "اللجنة العسكرية التابعة للجماعة"]}, HOUTHIS)
TAIZ_RESIDENTS = merge({"en": ["pedestrians", "motorcyclists"], "ar": ["المشاة", "حركة المشاة"]}, CIVILIANS)
LOCAL_AUTHORITY = {"en": ["Taiz local authority", "local authority", "Taiz governor"],
                   "ar": ["السلطة المحلية", "محافظ تعز"]}
WAZIIYAH_VICTIMS = {"en": ["two civilians", "civilians", "two men"], "ar": ["مدنيان", "مدنيين", "المدنيين"]}

# ================================================================ 079: Hebron and Masafer Yatta (Palestinian radio site)
IL_ARMY = {"en": ["Israeli forces", "Israeli army", "IDF", "Israel Defense Forces", "Israel",
                  "Israeli occupation forces", "Israeli soldiers"],
           "ar": ["قوات الاحتلال", "قوات الاحتلال الإسرائيلي", "جيش الاحتلال", "جنود الاحتلال", "الاحتلال",
                  "جرافات الاحتلال", "إسرائيل", "الجيش الإسرائيلي"]}
FAWWAR_VICTIM = {"en": ["young man", "Palestinian man", "Palestinian", "20-year-old", "a militant"],
                 "ar": ["شاب في العشرين من عمره", "شاب", "الشاب", "الشهيد", "مخرّب ألقى عبوة ناسفة"]}
SETTLERS = {"en": ["Israeli settlers", "settlers", "settler"],
            "ar": ["مستوطنون", "المستوطنين", "المستوطنون", "نحو عشرين مستوطناً", "مستوطن"]}
MUFAQARA_RESIDENTS = merge({"en": ["al-Mufaqara residents", "villagers", "Palestinian residents", "four people",
                                   "six people"],
                            "ar": ["منازل المواطنين", "تجمّع خربة المفقرة", "أربعة مواطنين", "أهالي المفقرة",
                                   "عدد من الأهالي"]}, CIVILIANS)
PS_MOFA = {"en": ["Palestinian Foreign Ministry", "Palestinian Ministry of Foreign Affairs and Expatriates",
                  "Palestinian Ministry of Foreign Affairs"],
           "ar": ["وزارة الخارجية والمغتربين الفلسطينية", "الخارجية الفلسطينية", "وزارة الخارجية الفلسطينية",
                  "وزارة الخارجية والمغتربين"]}
SANCTIONING_STATES = {"en": ["countries that imposed sanctions", "states that sanctioned violent settlers",
                             "sanctioning countries"],
                      "ar": ["الدول التي فرضت عقوبات على مستوطنين عنيفين", "الدول التي فرضت عقوبات"]}
HEBRON_FACTIONS = {"en": ["National and Islamic Forces", "National and Islamic Forces in Hebron",
                          "Palestinian factions", "factions"],
                   "ar": ["القوى الوطنية والإسلامية في محافظة الخليل", "القوى الوطنية والإسلامية"]}
PS_PRESIDENCY = {"en": ["Palestinian Presidency", "Palestinian President", "Palestinian Authority",
                        "PA presidency"],
                 "ar": ["الرئاسة الفلسطينية"]}
IL_GOV = {"en": ["Israeli government", "Israel", "Israeli forces", "Israeli army"],
          "ar": ["الحكومة الإسرائيلية", "قوات الاحتلال", "إسرائيل", "حكومة الاحتلال"]}
US_ADMIN = {"en": ["US administration", "United States", "US government", "Washington", "American administration"],
            "ar": ["الإدارة الأمريكية", "الولايات المتحدة", "واشنطن"]}
HAMAS = {"en": ["Hamas"], "ar": ["حركة حماس", "حماس", "حركة «حماس»"]}
WB_PUBLIC = {"en": ["Palestinians in the West Bank", "West Bank residents", "Palestinian public",
                    "people of the West Bank"],
             "ar": ["جماهير شعبنا في الضفة", "جماهير شعبنا", "أهالي الضفة", "الفلسطينيين في الضفة"]}
EU_DELEGATION = {"en": ["EU heads of mission", "European Union delegation", "EU diplomats", "European Union", "EU"],
                 "ar": ["وفد من رؤساء بعثات دول الاتحاد الأوروبي", "رؤساء بعثات دول الاتحاد الأوروبي",
                        "الاتحاد الأوروبي", "رئيس الوفد"]}
TUWANI_LOCALS = merge({"en": ["al-Tuwani village council", "village council", "families", "al-Tuwani residents"],
                       "ar": ["أعضاء مجلسها القروي", "مجلسها القروي", "المجلس القروي",
                              "عائلات تعرضت منازلها لاعتداءات المستوطنين", "عائلات"]}, CIVILIANS)
IL_AUTH = {"en": ["Israeli authorities", "Israel", "Israeli government"],
           "ar": ["السلطات الإسرائيلية", "إسرائيل"]}
BEIT_UMMAR_DETAINEES = {"en": ["seven young men", "seven Palestinians", "former prisoner", "university student",
                               "young men"],
                        "ar": ["سبعة شبان", "أسير محرر", "طالب جامعي", "شبان"]}
YATTA_HOUSES = {"en": ["two houses", "two homes under construction", "homes", "water cistern", "house owners",
                       "Palestinian homes"],
                "ar": ["منزلين قيد الإنشاء", "منزلين", "بئراً لجمع مياه الأمطار", "أصحاب ستة منازل أخرى"]}
YATTA_OWNERS = {"en": ["house owners", "owners of six houses", "residents"],
                "ar": ["أصحاب ستة منازل أخرى", "ستة منازل", "أصحاب"]}
KIRYAT_VICTIM = {"en": ["young man", "Palestinian man", "Palestinian"], "ar": ["شاب", "الشاب"]}

# ================================================================ 080: Tishreen Dam, Qara Qozak, Kobani (Kobani agency)
TURKEY_DRONE = {"en": ["Turkey", "Türkiye", "Turkish army", "Turkish Armed Forces", "Turkish drone",
                       "Turkish forces"],
                "ar": ["دولة الاحتلال التركي", "الاحتلال التركي", "طائرة مسيّرة تابعة لدولة الاحتلال التركي",
                       "مسيّرة تركية", "تركيا", "الجيش التركي", "القوات التركية"]}
TISHREEN_PROTESTERS = merge({"en": ["civilian protesters", "protesters", "sit-in protesters", "five civilians",
                                    "seven civilians", "YPG members", "YPG", "local journalist"],
                             "ar": ["المدنيين المعتصمين", "المعتصمين", "خيام المدنيين المعتصمين", "خمسة مدنيين",
                                    "سبعة مدنيين", "تجمّعاً للمعتصمين", "عناصر من ي ب ك", "ي ب ك"]}, CIVILIANS)
NES_CIVILIANS = merge({"en": ["civilians of north and east Syria", "protesters", "sit-in protesters",
                              "Autonomous Administration", "AANES", "civil convoy"],
                       "ar": ["مئات المدنيين القادمين من مدن وبلدات شمال وشرق سوريا", "مئات المدنيين",
                              "المعتصمين", "قافلة جديدة", "الإدارة الذاتية"]}, CIVILIANS)
AANES = {"en": ["Autonomous Administration of North and East Syria", "AANES", "Autonomous Administration",
                "Democratic Autonomous Administration", "Kurdish-led administration"],
         "ar": ["الإدارة الذاتية", "الإدارة الذاتية الديمقراطية لشمال وشرق سوريا", "هيئة الصحة"]}
UN_COALITION = {"en": ["United Nations", "UN", "international coalition", "Global Coalition", "US-led coalition",
                       "anti-ISIS coalition"],
                "ar": ["الأمم المتحدة", "التحالف الدولي", "الأمم المتحدة والتحالف الدولي"]}
SDF = {"en": ["SDF", "Syrian Democratic Forces"], "ar": ["قوات سوريا الديمقراطية", "قسد"]}
SNA = {"en": ["Syrian National Army", "SNA", "Turkish-backed factions", "pro-Turkish factions", "Turkey-backed rebels"],
       "ar": ["الفصائل الموالية لتركيا", "الجيش الوطني السوري", "المرتزقة", "مرتزقة الاحتلال"]}
SDF_SNA = merge(SDF, SNA)
TR_FM = {"en": ["Turkish Foreign Minister", "Turkish foreign minister", "Turkish Foreign Ministry", "Turkey",
                "Türkiye", "Ankara"],
         "ar": ["وزير الخارجية التركي", "الخارجية التركية", "تركيا", "أنقرة"]}
YPG = merge({"en": ["YPG", "People's Protection Units", "People’s Protection Units", "Kurdish militia"],
             "ar": ["وحدات حماية الشعب", "ي ب ك"]}, SDF)
SDF_CMDR = merge({"en": ["SDF commander", "SDF commander-in-chief", "SDF general commander"],
                  "ar": ["القائد العام لقوات سوريا الديمقراطية", "القائد العام لـ«قوات سوريا الديمقراطية»"]}, SDF)
COALITION_DELEG = {"en": ["international coalition delegation", "US-led coalition", "Global Coalition",
                          "coalition military delegation", "international coalition", "United States"],
                   "ar": ["وفداً عسكرياً من التحالف الدولي", "التحالف الدولي", "وفد عسكري من التحالف الدولي"]}
US_STATE = {"en": ["US State Department", "State Department", "United States", "US", "Washington"],
            "ar": ["وزارة الخارجية الأمريكية", "الخارجية الأمريكية", "الولايات المتحدة", "واشنطن"]}
ALL_PARTIES = {"en": ["all parties", "all sides", "the parties"], "ar": ["جميع الأطراف", "الأطراف"]}
CEASEFIRE_PARTIES = merge(SDF_SNA, {"en": ["Turkey"], "ar": ["تركيا"]})
CONVOY_ORGANISERS = merge({"en": ["civil convoys organising committee", "convoy organisers", "organising committee",
                                  "residents of Hasakah and Qamishli", "civil convoy"],
                           "ar": ["اللجنة المنظمة للقوافل المدنية", "قافلة مدنية جديدة", "قافلة مدنية"]}, CIVILIANS)
SARRIN_BAKERY = {"en": ["bakery", "automated bakery", "bakery workers", "three workers", "workers"],
                 "ar": ["فرناً آلياً", "ثلاثة من عماله", "عماله", "الفرن"]}

# ================================================================ places
# 076 (Latakia Governorate: Jableh District, Latakia and al-Qardahah; Tartus Governorate: Baniyas, Tartus)
JABLEH_COUNTRY = {"accept": ["جبلة", "ريف جبلة", "منطقة جبلة", "مدينة جبلة", "Jableh", "Jablah", "Jableh District",
                             "Jableh countryside"]}
AIN_SHARQIYAH = place({"accept": ["عين الشرقية", "بلدة عين الشرقية", "المدخل الشرقي لبلدة عين الشرقية",
                                  "حاجز عين الشرقية", "Ain al-Sharqiyah", "Ayn ash Sharqiyah", "Ayn al-Sharqiyah",
                                  "Ain Sharqiyeh"]}, JABLEH_COUNTRY)
AIN_AREA = place(AIN_SHARQIYAH, {"accept": ["بيت ياشوط", "الدالية", "قريتي بيت ياشوط والدالية", "Bayt Yashut",
                                            "Beit Yashout", "ad-Daliyah", "Al-Dalieh", "Ad Daliyah"]})
LATAKIA_CITY = {"accept": ["اللاذقية", "مدينة اللاذقية", "محافظة اللاذقية", "Latakia", "Lattakia", "Al-Ladhiqiyah",
                           "Latakia Governorate"]}
BANIYAS = {"accept": ["بانياس", "مدينة بانياس", "مجلس مدينة بانياس", "مبنى مجلس المدينة", "Baniyas", "Banias",
                      "Baniyas District"]}
TARTUS_CITY = {"accept": ["طرطوس", "مدينة طرطوس", "مكتبه بمدينة طرطوس", "Tartus", "Tartous", "Tartus city"]}
BAHLULIYAH = {"accept": ["البهلولية", "قرية البهلولية", "ريف اللاذقية", "Al-Bahluliyah", "Bahluliyah",
                         "Bahlouliyeh", "Latakia countryside"]}
QARDAHA = {"accept": ["القرداحة", "مدينة القرداحة", "المدخل الجنوبي لمدينة القرداحة", "Qardaha", "Al-Qardahah",
                      "Qardahah", "Al-Qardaha"]}

# 077 (Nineveh Governorate: Sinjar District, Mosul; Duhok Governorate; Baghdad)
SINJAR = {"accept": ["سنجار", "قضاء سنجار", "Sinjar", "Shingal", "Sinjar District"]}
KHANASOR = place({"accept": ["خانصور", "مجمّع خانصور", "مجمع خانصور", "مفرق مجمّع خانصور", "محيط خانصور",
                             "سوق خانصور", "Khanasor", "Khanasur", "Khana Sor"]}, SINJAR)
BAGHDAD = {"accept": ["بغداد", "Baghdad"]}
DUHOK_CAMPS = {"accept": ["دهوك", "محافظة دهوك", "مخيم شاريا", "مخيمي شاريا وكبرتو", "شاريا", "كبرتو",
                          "بوابة مخيم شاريا", "Duhok", "Dohuk", "Dihok", "Sharya camp", "Sharya", "Kabarto",
                          "Duhok Governorate"]}
MOSUL = {"accept": ["الموصل", "مكتبه بالموصل", "Mosul", "Al-Mawsil", "Nineveh", "نينوى"]}
MT_SINJAR = place({"accept": ["جبل سنجار", "السفح الجنوبي لجبل سنجار", "Mount Sinjar", "Sinjar Mountain",
                              "Jabal Sinjar"]}, SINJAR)
SINUNI = place({"accept": ["سنوني", "مجمّع سنوني", "مجمع سنوني", "Sinuni", "Snune", "Sinune", "Sinoni"]}, SINJAR)

# 078 (Taiz Governorate, Yemen)
TAIZ = {"accept": ["تعز", "مدينة تعز", "محافظة تعز", "Taiz", "Ta'izz", "Taizz", "Taiz city", "Taiz Governorate"]}
THABAT = place({"accept": ["حي ثعبات", "ثعبات", "تبة السلال", "الأحياء الشرقية", "Tha'bat", "Thabat", "Thaabat",
                           "eastern Taiz"]}, TAIZ)
JAMAL_ST = place({"accept": ["شارع جمال", "شارع جمال وسط المدينة", "Jamal Street", "Gamal Street"]}, TAIZ)
QASR_ROAD = place({"accept": ["طريق جولة القصر – الكمب", "طريق جولة القصر", "جولة القصر", "الكمب",
                              "Jawlat al-Qasr", "al-Qasr roundabout", "al-Kamb"]}, TAIZ)
HAWBAN = place({"accept": ["الحوبان", "منطقة الحوبان", "خطوط التماس في منطقة الحوبان", "al-Hawban", "Hawban",
                           "Al Hawban"]}, TAIZ)
WAZIIYAH = place({"accept": ["الوازعية", "مديرية الوازعية", "Al-Wazi'iyah", "Wazi'iyah", "Al Waziiyah",
                             "Al-Waziyah"]}, {"accept": ["محافظة تعز", "Taiz Governorate"]})

# 079 (Hebron Governorate, West Bank)
HEBRON_GOV = {"accept": ["الخليل", "مدينة الخليل", "محافظة الخليل", "Hebron", "Al-Khalil", "Hebron Governorate"]}
FAWWAR = place({"accept": ["مخيم الفوار", "الفوار", "Al-Fawwar", "Fawwar camp", "al-Fawwar refugee camp",
                           "Al Fawwar"]}, HEBRON_GOV)
MASAFER = {"accept": ["مسافر يطا", "Masafer Yatta", "Masafer Yata"]}
MUFAQARA = place({"accept": ["خربة المفقرة", "المفقرة", "تجمّع خربة المفقرة", "Al-Mufaqara", "Mufaqara",
                             "Khirbet al-Mufaqara"]}, MASAFER, HEBRON_GOV)
TUWANI = place({"accept": ["قرية التواني", "التواني", "At-Tuwani", "al-Tuwani", "Tuwani"]}, MASAFER, HEBRON_GOV)
YATTA = place({"accept": ["يطا", "مدينة يطا", "Yatta", "Yata"]}, HEBRON_GOV)
BEIT_UMMAR = place({"accept": ["بيت أمر", "بلدة بيت أمر", "Beit Ummar", "Bayt Ummar"]}, HEBRON_GOV)
KIRYAT_ARBA = place({"accept": ["كريات أربع", "مستوطنة كريات أربع", "Kiryat Arba", "Qiryat Arba"]}, HEBRON_GOV)

# 080 (Aleppo Governorate: Manbij District and Tishreen Dam, Ayn al-Arab District; Hasakah; Ankara)
TISHREEN = {"accept": ["سد تشرين", "جسم سد تشرين", "محيط السد", "خيام المعتصمين", "Tishreen Dam", "Tishrin Dam",
                       "Tishreen", "Tishrin", "ريف منبج", "منبج", "Manbij", "Manbij District"]}
QARA_QOZAK = {"accept": ["جسر قره قوزاق", "قره قوزاق", "قرقوزاق", "محور جسر قره قوزاق", "Qara Qozak",
                         "Qara Qawzak", "Qereqozax", "Qara Qozak bridge", "شرقي منبج", "منبج", "Manbij"]}
ANKARA = {"accept": ["أنقرة", "Ankara"]}
HASAKAH = {"accept": ["الحسكة", "مدينة الحسكة", "Hasakah", "Al-Hasakah", "Hasaka"]}
CONVOY_PLACE = place(HASAKAH, {"accept": ["القامشلي", "مدينتي الحسكة والقامشلي", "Qamishli", "Al-Qamishli"]},
                     {"accept": ["سد تشرين", "Tishreen Dam", "Tishrin Dam"]})
SARRIN = {"accept": ["صرين", "بلدة صرين", "Sarrin", "Sirrin", "Serrin", "كوباني", "عين العرب", "Kobani", "Kobane",
                     "Ayn al-Arab", "Ain al-Arab"]}
