"""Accepted actor names and place names for the fiftieth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الحكومة», «الوفد») are left out on purpose, with these
exceptions, each used only in an article where it names a single actor: «الشرطة» (246, only ever the Tal Afar
police), «التنظيم», «المسلحين» and «الجيش» (247, only ever Fatah al-Islam and the Lebanese army), «الرابطة»
and «الولاية» (248, only ever the human rights league and the Gafsa governorate), «البلدية» (249, only ever
the Jerusalem municipality), «الحراك» and «الحكومة» (250, only ever the Rif protest movement and Morocco's
government).
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

# ================================================================ 246: Tal Afar (a Mosul daily, 2006)
AQI = {"en": ["al-Qaeda in Iraq", "Al-Qaeda in Mesopotamia", "AQI", "al-Qaeda", "Tanzim Qaidat al-Jihad"],
       "ar": ["تنظيم القاعدة في بلاد الرافدين", "القاعدة في بلاد الرافدين", "تنظيم القاعدة"]}
TALAFAR_MARKET_VICTIMS = merge({"en": ["nine people", "street vendors and shoppers", "vendors", "shoppers",
                                       "vegetable market"],
                                "ar": ["تسعة أشخاص", "الباعة المتجولين والمتسوقين", "الباعة المتجولين",
                                       "المتسوقين", "سوق الخضار", "الضحايا"]}, CIVILIANS)
TALAFAR_POLICE = {"en": ["Tal Afar police", "Iraqi police", "police", "Tal Afar police chief",
                         "district police"],
                  "ar": ["قوات الشرطة", "شرطة القضاء", "شرطة تلعفر", "قائد شرطة تلعفر", "الشرطة"]}
IQ_MNF_JOINT = {"en": ["Iraqi army", "Multi-National Force", "Multi-National Forces", "US forces",
                       "joint force", "coalition forces"],
                "ar": ["قوة مشتركة من الجيش العراقي والقوات متعددة الجنسيات", "قوة مشتركة", "الجيش العراقي",
                       "القوات متعددة الجنسيات"]}
TALAFAR_SUSPECTS = {"en": ["suspects", "twenty-three suspects", "two brothers", "car bomb network"],
                    "ar": ["ثلاثة وعشرين مشتبهاً بهم", "مشتبهاً بهم", "شقيقان", "منازل"]}
AYADIYA_GUNMEN = {"en": ["gunmen", "insurgents", "attackers", "militants"],
                  "ar": ["مسلحون", "المهاجمين", "المسلحين", "بقية المسلحين"]}
AYADIYA_POLICE = {"en": ["Iraqi police", "police checkpoint", "Ayadiya police", "police"],
                  "ar": ["نقطة تفتيش للشرطة", "شرطي", "مدير شرطة الناحية", "شرطة الناحية"]}
AYADIYA_FIGHT = merge(AYADIYA_GUNMEN, AYADIYA_POLICE)
US_FORCES = {"en": ["US forces", "US military", "American forces", "US helicopters", "Multi-National Force",
                    "Multi-National Forces"],
             "ar": ["مروحيات أمريكية", "القوات متعددة الجنسيات", "قواتها", "القوات الأمريكية"]}
TAL_QASAB_VICTIMS = merge({"en": ["four people", "a woman", "house", "suspected terrorists", "al-Qaeda cell"],
                           "ar": ["أربعة أشخاص بينهم امرأة", "أربعة أشخاص", "امرأة", "منزلاً",
                                  "ثلاثة إرهابيين مشتبهاً بهم", "خلية تابعة لتنظيم القاعدة"]}, CIVILIANS)
ITF = {"en": ["Iraqi Turkmen Front", "Turkmen Front", "ITF"],
       "ar": ["الجبهة التركمانية العراقية", "الجبهة التركمانية"]}
NINEVEH_SECURITY = {"en": ["security services", "Nineveh security agencies", "security forces",
                           "Iraqi security forces"],
                    "ar": ["الأجهزة الأمنية في المحافظة", "الأجهزة الأمنية"]}
IQ_GOV = {"en": ["Iraqi government", "central government", "government in Baghdad", "Baghdad"],
          "ar": ["الحكومة المركزية في بغداد", "الحكومة المركزية"]}
IQ_3RD_DIV = {"en": ["Iraqi Army 3rd Division", "3rd Division", "Iraqi army", "military reinforcements"],
              "ar": ["الفرقة الثالثة في الجيش العراقي", "الفرقة الثالثة", "تعزيزات عسكرية", "الجيش العراقي"]}
NINEVEH_GOVERNOR = {"en": ["Nineveh governor", "Governor of Nineveh", "Ninawa governor"],
                    "ar": ["محافظ نينوى", "المحافظ"]}
TALAFAR_NOTABLES = {"en": ["Tal Afar district mayor", "qaimmaqam of Tal Afar", "tribal notables",
                           "tribal elders"],
                    "ar": ["قائممقام تلعفر", "وجهاء من عشائر القضاء", "وجهاء", "عشائر القضاء"]}
GOVERNOR_NOTABLES = merge(NINEVEH_GOVERNOR, TALAFAR_NOTABLES, {"en": ["participants"], "ar": ["المجتمعون"]})
TALAFAR_RESIDENTS = merge({"en": ["Tal Afar residents", "residents of Tal Afar"],
                           "ar": ["أهالي تلعفر"]}, CIVILIANS)
BADUSH_DRIVERS = merge({"en": ["three tanker drivers", "tanker drivers", "drivers"],
                        "ar": ["ثلاثة من سائقي الصهاريج من أهالي تلعفر", "ثلاثة من سائقي الصهاريج",
                               "سائقي الصهاريج"]}, CIVILIANS)
TALAFAR_KILLERS = merge({"en": ["the killers", "perpetrators", "suspects"], "ar": ["القتلة", "الغرباء"]},
                        TALAFAR_RESIDENTS)
VICTIMS_FAMILIES = merge({"en": ["victims' relatives", "relatives of the victims", "families of the victims",
                                 "protesters"],
                          "ar": ["العشرات من ذوي الضحايا", "ذوي الضحايا"]}, CIVILIANS)
RABIA_COUNCILLOR = merge({"en": ["municipal council member", "Rabia council member", "councillor",
                                  "his driver"],
                          "ar": ["عضو في المجلس البلدي لناحية ربيعة", "عضو في المجلس البلدي", "سائقه",
                                 "بسيارة عضو في المجلس البلدي"]}, CIVILIANS)
US_IQ_2005 = {"en": ["US and Iraqi forces", "US forces", "Iraqi forces"],
              "ar": ["القوات الأمريكية والعراقية", "القوات الأمريكية"]}
TALAFAR_INSURGENTS = {"en": ["insurgents", "gunmen", "militants"], "ar": ["المسلحين"]}
NINEVEH_HEALTH = {"en": ["Nineveh Health Directorate", "Nineveh health department", "health directorate"],
                  "ar": ["دائرة صحة نينوى"]}
TALAFAR_HOSPITAL = {"en": ["Tal Afar General Hospital", "Tal Afar hospital"], "ar": ["مستشفى تلعفر العام"]}

TALAFAR = {"accept": ["تلعفر", "قضاء تلعفر", "حي السراي", "سوق الخضار", "سوق السراي", "قائممقامية تلعفر",
                      "Tal Afar", "Tall Afar", "Tel Afar", "Talafar", "Tall 'Afar"]}
TALAFAR_QADISIYA = place({"accept": ["حيي القادسية والخضراء", "القادسية", "الخضراء", "al-Qadisiya",
                                     "al-Khadra"]},
                         TALAFAR)
AYADIYA = {"accept": ["العياضية", "ناحية العياضية", "المدخل الجنوبي للناحية", "al-Ayadiya", "Ayadiya",
                      "Al Ayadhiyah", "Iyadhiya"]}
TAL_QASAB = {"accept": ["تل قصب", "قرية تل قصب", "سنجار", "قضاء سنجار", "Tal Qasab", "Tel Qasab", "Sinjar"]}
MOSUL = {"accept": ["الموصل", "Mosul", "Al Mawsil"]}
BADUSH = {"accept": ["بادوش", "منطقة بادوش", "الطريق بين الموصل وتلعفر", "Badush", "Badoush"]}
RABIA = {"accept": ["ربيعة", "ناحية ربيعة", "Rabia", "Rabiaa", "Rabi'a"]}

# ================================================================ 247: Nahr al-Bared (a Tripoli daily, 2007)
LB_ARMY = {"en": ["Lebanese Army", "Lebanese Armed Forces", "LAF", "Lebanese army", "army artillery"],
           "ar": ["الجيش اللبناني", "وحدات من الجيش اللبناني", "قيادة الجيش", "مدفعية الجيش", "حاجز للجيش",
                  "قائد الجيش", "المؤسسة العسكرية", "العسكريين", "الجيش"]}
FATAH_ISLAM = {"en": ["Fatah al-Islam", "Fath al-Islam", "Fatah al-Islam militants"],
               "ar": ["فتح الإسلام", "تنظيم «فتح الإسلام»", "مسلحي تنظيم «فتح الإسلام»", "مسلحي التنظيم",
                      "مسلحون من التنظيم", "مواقع التنظيم", "قياديين في «فتح الإسلام»", "التنظيم", "المسلحين",
                      "المسلحون"]}
ARMY_FATAH_ISLAM = merge(LB_ARMY, FATAH_ISLAM)
DEIR_AMMAR_VICTIMS = merge({"en": ["two citizens", "houses"], "ar": ["مواطنَين", "المنازل"]}, CIVILIANS)
MINIEH_SUSPECTS = {"en": ["two young Palestinians", "two Palestinians", "suspects"],
                   "ar": ["شابين فلسطينيين", "شابين"]}
ISF_INFO = {"en": ["ISF Information Branch", "Information Branch", "Internal Security Forces", "ISF"],
            "ar": ["شعبة المعلومات في قوى الأمن الداخلي", "شعبة المعلومات", "قوى الأمن الداخلي"]}
ISF_FATAH_ISLAM = merge(ISF_INFO, FATAH_ISLAM)
UNRWA = {"en": ["UNRWA", "UN agency for Palestinian refugees", "UN Relief and Works Agency"],
         "ar": ["وكالة الأونروا", "الأونروا", "الوكالة"]}
BEDDAWI_DISPLACED = {"en": ["displaced families", "displaced refugees", "Nahr al-Bared displaced",
                            "refugees"],
                     "ar": ["العائلات النازحة في مخيم البداوي", "العائلات النازحة",
                            "العائلات المقيمة في مدارس طرابلس"]}
PAL_SCHOLARS = {"en": ["League of Palestine Scholars", "Palestine Scholars League",
                       "Palestinian clerics' delegation"],
                "ar": ["رابطة علماء فلسطين", "«رابطة علماء فلسطين»", "وفداً من «رابطة علماء فلسطين»",
                       "الرابطة"]}
LB_GOV = {"en": ["Lebanese government", "Lebanese Prime Minister", "Prime Minister", "Lebanese state"],
          "ar": ["رئيس الحكومة", "الحكومة اللبنانية", "الدولة"]}
NAHR_DISPLACED = {"en": ["displaced", "Nahr al-Bared displaced", "refugees", "protesters"],
                  "ar": ["نحو مئتي نازح من نهر البارد", "نازح من نهر البارد", "نازح"]}
UNRWA_LB_GOV = merge(UNRWA, LB_GOV)
LB_RED_CROSS = {"en": ["Lebanese Red Cross"], "ar": ["الصليب الأحمر اللبناني", "فرق الصليب الأحمر اللبناني"]}
BARED_CIVILIANS = merge({"en": ["eleven civilians", "two elderly women", "wounded man"],
                         "ar": ["أحد عشر مدنياً", "مدنياً", "امرأتان مسنّتان", "جريح"]}, CIVILIANS)
MUFTI_TRIPOLI = {"en": ["Mufti of Tripoli and the North", "Mufti of Tripoli", "Tripoli mufti"],
                 "ar": ["مفتي طرابلس والشمال", "مفتي طرابلس"]}
CAMP_PALESTINIANS = {"en": ["Palestinian refugees", "camp residents", "Palestinians in the camps"],
                     "ar": ["أبناء المخيمات"]}
PAL_FACTIONS_LB = {"en": ["Palestinian factions", "Palestinian factions in Lebanon"],
                   "ar": ["ممثلو الفصائل الفلسطينية في لبنان", "الفصائل الفلسطينية"]}

NAHR_BARED = {"accept": ["نهر البارد", "مخيم نهر البارد", "المخيم القديم", "«المخيم القديم»", "Nahr al-Bared",
                         "Nahr el-Bared", "Nahr al-Barid", "Nahr el Bared camp"]}
DEIR_AMMAR = {"accept": ["دير عمار", "بلدة دير عمار", "Deir Ammar", "Dayr Ammar", "Deir Amar"]}
MINIEH = {"accept": ["المنية", "بلدة المنية", "مدخل بلدة المنية", "Minyeh", "Minieh", "al-Minyeh"]}
ABU_SAMRA = {"accept": ["أبي سمرا", "حي أبي سمرا", "أبو سمرا", "طرابلس", "Abu Samra", "Tripoli"]}
BEDDAWI = {"accept": ["البداوي", "مخيم البداوي", "مكتب الأونروا", "Beddawi", "Baddawi", "Beddawi camp"]}
AIN_HILWEH = {"accept": ["عين الحلوة", "مخيم عين الحلوة", "Ain al-Hilweh", "Ein el-Hilweh", "Ain al-Helweh"]}

# ================================================================ 248: Gafsa mining basin (Tunisia, 2008)
TN_POLICE = {"en": ["Tunisian police", "public order units", "intervention units", "Tunisian security forces",
                    "BOP", "security forces"],
             "ar": ["وحدات التدخل", "أعوان من وحدات التدخل", "قوات الأمن", "أعوان الأمن", "الوحدات الأمنية",
                    "السلطات الأمنية"]}
REDEYEF_PROTESTERS = merge({"en": ["protesters", "demonstrators", "Redeyef residents", "young man",
                                   "rioters"],
                            "ar": ["مئات من أهالي المدينة", "أهالي المدينة", "شاباً في العشرينات من عمره",
                                   "الضحية", "أكثر من عشرين آخرين", "مجموعة من المشاغبين", "المشاغبين"]},
                           CIVILIANS)
REDEYEF_DETAINEES = {"en": ["detainees", "trade unionists", "thirty people", "teachers' union members"],
                     "ar": ["ما لا يقل عن ثلاثين شخصاً", "ثلاثين شخصاً", "أعضاء النقابة الأساسية للتعليم",
                            "عشرات المنازل"]}
REDEYEF_JOURNALISTS = merge({"en": ["journalists", "Redeyef residents"], "ar": ["الصحافيين", "الرديف"]},
                            CIVILIANS)
METLAOUI_YOUTHS = {"en": ["unemployed youths", "unemployed young men", "protesters"],
                   "ar": ["عشرات الشبان العاطلين عن العمل", "الشبان العاطلين عن العمل", "العاطلين عن العمل"]}
OM_LARAYES_STRIKERS = {"en": ["unemployed graduates", "hunger strikers", "eleven unemployed graduates"],
                       "ar": ["أحد عشر من أصحاب الشهادات المعطلين", "أصحاب الشهادات المعطلين"]}
LTDH = {"en": ["Tunisian League for Human Rights", "LTDH", "Tunisian Human Rights League"],
        "ar": ["الرابطة التونسية للدفاع عن حقوق الإنسان",
               "الهيئة المديرة للرابطة التونسية للدفاع عن حقوق الإنسان",
               "الرابطة"]}
GAFSA_GOVERNOR = {"en": ["Governor of Gafsa", "Gafsa governor", "Gafsa governorate"],
                  "ar": ["والي قفصة", "الولاية"]}
UGTT_GAFSA = {"en": ["UGTT regional union", "Gafsa regional labour union", "UGTT delegation",
                     "representatives of the unemployed"],
              "ar": ["وفداً عن الاتحاد الجهوي للشغل", "الاتحاد الجهوي للشغل", "ممثلين عن المعطلين"]}
TN_ARMY = {"en": ["Tunisian army", "Tunisian Armed Forces", "national army"],
           "ar": ["وحدات من الجيش الوطني", "الجيش الوطني"]}
REDEYEF_UNIONS = {"en": ["Redeyef basic unions", "local trade unions", "UGTT basic unions"],
                  "ar": ["النقابات الأساسية في الرديف", "النقابات الأساسية"]}
TN_INTERIOR = {"en": ["Tunisian Interior Ministry", "Ministry of the Interior and Local Development",
                      "Interior Ministry"],
               "ar": ["وزارة الداخلية والتنمية المحلية", "وزارة الداخلية"]}
TN_THREAT_TARGETS = {"en": ["those who threaten public security", "rioters", "agitators"],
                     "ar": ["كل من يحاول المسّ بالأمن العام والممتلكات", "أطرافاً معروفة"]}
PDP = {"en": ["Progressive Democratic Party", "PDP"], "ar": ["الحزب الديمقراطي التقدمي"]}
REDEYEF_RESIDENTS = merge({"en": ["Redeyef residents", "people of Redeyef"], "ar": ["أهالي الرديف"]},
                          CIVILIANS)
PARIS_DIASPORA = {"en": ["Tunisian diaspora associations", "Tunisian community in Paris"],
                  "ar": ["جمعيات من الجالية التونسية في باريس", "الجالية التونسية"]}
TN_GUARD = {"en": ["National Guard", "Tunisian National Guard"],
            "ar": ["أعوان من الحرس الوطني", "الحرس الوطني"]}
MDHILLA_YOUTHS = merge({"en": ["three young men", "sit-in participants", "young men"],
                        "ar": ["ثلاثة شبان معتصمين", "شبان معتصمين", "أحدهم"]}, CIVILIANS)
BASIN_UNEMPLOYED = {"en": ["unemployed", "hundreds of unemployed", "protesters"],
                    "ar": ["مئات المعطلين", "المعطلين"]}
SFAX_UNIONISTS = {"en": ["Sfax regional union", "UGTT Sfax", "trade unionists from Sfax"],
                  "ar": ["نقابيون من الاتحاد الجهوي للشغل بصفاقس", "الاتحاد الجهوي للشغل بصفاقس", "نقابيون"]}
DETAINEE_FAMILIES = {"en": ["detainees' families", "families of detainees", "families of those held"],
                     "ar": ["عائلات الموقوفين في الرديف", "عائلات الموقوفين"]}

REDEYEF = {"accept": ["الرديف", "مدينة الرديف", "مقر المعتمدية", "مداخل الرديف", "Redeyef", "Er Redeyef",
                      "Redayef", "Rdeyef"]}
METLAOUI = {"accept": ["المتلوي", "خط السكة الحديدية", "Metlaoui", "El Metlaoui", "Métlaoui"]}
OM_LARAYES = {"accept": ["أم العرائس", "Om Larayes", "Oum El Araies", "Umm al-Arais", "Moulares"]}
GAFSA = {"accept": ["قفصة", "مقر الولاية", "ولاية قفصة", "Gafsa"]}
MDHILLA = {"accept": ["المظيلة", "معتمدية المظيلة", "مقر معتمدية المظيلة", "Mdhilla", "El Mdhilla", "Mdhila"]}
PARIS = {"accept": ["باريس", "السفارة التونسية", "Paris"]}
MINING_BASIN = place({"accept": ["الحوض المنجمي", "Gafsa mining basin", "mining basin"]}, GAFSA)

# ================================================================ 249: Silwan (a Jerusalem news site, 2010)
ELAD_GUARD = {"en": ["settlement guard", "Elad security guard", "settler guard", "private security guard",
                     "Elad"],
              "ar": ["حارس أمن يعمل لدى جمعية «إلعاد» الاستيطانية", "حارس أمن", "حارس للمستوطنين", "الحارس",
                     "سيارة الحارس"]}
SILWAN_VICTIMS = merge({"en": ["two young men", "young men", "Palestinian youths", "young man"],
                        "ar": ["شابان", "ثالث", "شاباً فارق الحياة", "الشبان", "الشهيد"]}, CIVILIANS)
SILWAN_RIOTERS = merge({"en": ["young men", "stone throwers", "Palestinian youths", "protesters"],
                        "ar": ["شبان", "راشقي الحجارة"]}, CIVILIANS)
IL_POLICE = {"en": ["Israeli police", "Israeli Border Police", "Border Police", "Israeli forces",
                    "Israeli occupation forces"],
             "ar": ["قوات الاحتلال", "حرس الحدود", "عناصر حرس الحدود", "شرطة الاحتلال", "قوات كبيرة"]}
SILWAN_DETAINEES = {"en": ["twelve young men", "minors", "detainees"],
                    "ar": ["اثني عشر شاباً", "أربعة قاصرين"]}
JER_MUNICIPALITY = {"en": ["Jerusalem municipality", "Israeli municipality of Jerusalem", "municipality",
                           "Jerusalem mayor"],
                    "ar": ["بلدية الاحتلال", "جرافات بلدية الاحتلال", "رئيس بلدية الاحتلال",
                           "متحدثاً باسم البلدية", "البلدية"]}
BUSTAN_FAMILY = merge({"en": ["family of nine", "two-storey house", "house", "family"],
                       "ar": ["عائلة من تسعة أفراد", "منزلاً من طابقين", "العائلة التي هُدم منزلها",
                              "العائلة"]},
                      CIVILIANS)
SETTLERS = {"en": ["Israeli settlers", "settlers"], "ar": ["مستوطنون", "مستوطنين", "المستوطنين"]}
SHEIKH_JARRAH_ELDER = merge({"en": ["elderly Palestinian man", "elderly man", "grandson"],
                             "ar": ["مسنّ فلسطيني وحفيده", "مسنّ فلسطيني", "المسنّ", "حفيده"]}, CIVILIANS)
SHEIKH_JARRAH_FAMILIES = merge({"en": ["two Palestinian families", "families"],
                                "ar": ["عائلتان فلسطينيتان"]}, CIVILIANS)
PA_JER_MINISTER = {"en": ["PA Minister for Jerusalem Affairs", "Palestinian Authority",
                          "Minister of Jerusalem Affairs"],
                   "ar": ["وزير شؤون القدس في السلطة الفلسطينية", "وزير شؤون القدس", "السلطة الفلسطينية"]}
IL_GOV = merge({"en": ["Israeli government", "Israel", "occupation government"], "ar": ["حكومة الاحتلال"]},
               IL_POLICE)
QUARTET = {"en": ["Middle East Quartet", "Quartet", "international Quartet"],
           "ar": ["اللجنة الرباعية الدولية", "اللجنة الرباعية"]}
AQSA_WORSHIPPERS = {"en": ["worshippers", "men under fifty", "Muslim worshippers"],
                    "ar": ["الرجال الذين تقل أعمارهم عن خمسين عاماً", "الرجال"]}
BUSTAN_HOUSES = merge({"en": ["twenty-two houses", "houses", "homes"],
                       "ar": ["اثنين وعشرين منزلاً", "منزلاً"]}, CIVILIANS)
EU_CONSULS = {"en": ["European consuls", "EU consuls", "European diplomats"],
              "ar": ["وفد من القناصل الأوروبيين المعتمدين في القدس", "القناصل الأوروبيين"]}
BUSTAN_COMMITTEE = merge({"en": ["al-Bustan defence committee", "neighbourhood committee", "sit-in tent"],
                          "ar": ["لجنة الدفاع عن الحي", "أعضاء لجنة الدفاع عن الحي",
                                 "خيمة الاعتصام"]}, CIVILIANS)
BUSTAN_OWNERS = merge({"en": ["homeowners", "house owners"], "ar": ["أصحاب المنازل"]}, CIVILIANS)
JER_FACTIONS = {"en": ["Palestinian national factions", "national factions in Jerusalem", "factions"],
                "ar": ["فصائل العمل الوطني في القدس", "فصائل العمل الوطني"]}
ICRC = {"en": ["ICRC", "International Committee of the Red Cross", "Red Cross"],
        "ar": ["اللجنة الدولية للصليب الأحمر", "الصليب الأحمر"]}
JER_CHARITY = {"en": ["local charity", "Jerusalem charity", "Jerusalem NGO"], "ar": ["مؤسسة أهلية مقدسية"]}

WADI_HILWEH = {"accept": ["وادي حلوة", "حي وادي حلوة", "سلوان", "بلدة سلوان", "Wadi Hilweh", "Wadi Hilwa",
                          "Silwan"]}
SILWAN = {"accept": ["سلوان", "بلدة سلوان", "أحياء البلدة", "Silwan"]}
BUSTAN = {"accept": ["حي البستان", "البستان", "سلوان", "al-Bustan", "Bustan", "Silwan"]}
SHEIKH_JARRAH = {"accept": ["الشيخ جراح", "حي الشيخ جراح", "Sheikh Jarrah", "Shaykh Jarrah", "Sheikh Jarah"]}
AQSA = {"accept": ["المسجد الأقصى", "الأقصى", "Al-Aqsa Mosque", "al-Aqsa", "Aqsa", "Jerusalem"]}
OLD_CITY_SILWAN = {"accept": ["محيط البلدة القديمة وسلوان", "البلدة القديمة", "سلوان", "القدس", "Old City",
                              "Silwan", "Jerusalem"]}
EAST_JERUSALEM = {"accept": ["أحياء المدينة الشرقية", "القدس", "القدس المحتلة", "East Jerusalem",
                             "Jerusalem"]}

# ================================================================ 250: the Rif (a Moroccan news site, 2017)
MA_FORCES = {"en": ["Moroccan security forces", "public forces", "Moroccan police", "Auxiliary Forces",
                    "security forces"],
             "ar": ["القوات العمومية", "عناصر الأمن", "القوات المساعدة", "قوات التدخل السريع"]}
IMZOUREN_PROTESTERS = merge({"en": ["protesters", "demonstrators", "Hirak protesters", "young man"],
                             "ar": ["شاب في الثانية والعشرين من عمره", "محتجون", "المحتجين",
                                    "المشاركين في المسيرة", "متظاهراً ثانياً", "الشاب المتوفى"]}, CIVILIANS)
AUX_VEHICLES = {"en": ["Auxiliary Forces vehicles", "two vehicles", "police cars"],
                "ar": ["سيارتين تابعتين للقوات المساعدة", "سيارتين"]}
HIRAK = {"en": ["Rif Hirak", "Hirak al-Rif", "Hirak activists", "Rif protest movement", "Hirak"],
         "ar": ["«حراك الريف»", "حراك الريف", "نشطاء في الحراك", "نشطاء الحراك", "الحراك"]}
BNPJ = {"en": ["National Judicial Police Brigade", "BNPJ", "judicial police"],
        "ar": ["عناصر من الفرقة الوطنية للشرطة القضائية", "الفرقة الوطنية للشرطة القضائية"]}
HIRAK_DETAINEES = merge({"en": ["fourteen activists", "activists", "detained activists"],
                         "ar": ["أربعة عشر ناشطاً في الحراك", "أربعة عشر ناشطاً", "ثمانية منهم"]}, HIRAK)
HOCEIMA_COURT = {"en": ["Al Hoceima court of first instance", "Al Hoceima court", "court of first instance"],
                 "ar": ["المحكمة الابتدائية بالحسيمة", "المحكمة الابتدائية"]}
CONVICTED_ACTIVISTS = merge({"en": ["seven Hirak activists", "seven activists"],
                             "ar": ["سبعة من نشطاء الحراك"]}, HIRAK)
MA_INTERIOR = {"en": ["Moroccan Interior Ministry", "Ministry of the Interior", "Interior Ministry"],
               "ar": ["وزارة الداخلية"]}
CHAOS_ELEMENTS = {"en": ["elements seeking chaos", "agitators", "troublemakers"],
                  "ar": ["عناصر تسعى إلى جرّ المنطقة نحو الفوضى", "عناصر تسعى"]}
MA_THREAT_TARGETS = {"en": ["those attacking the security forces", "attackers of public forces"],
                     "ar": ["كل من يعتدي على القوات العمومية أو الممتلكات"]}
MA_DELEGATION = {"en": ["ministerial delegation", "Moroccan government delegation",
                        "Interior and Equipment ministers"],
                 "ar": ["وفد وزاري يضم وزيري الداخلية والتجهيز", "وفد وزاري", "وزيري الداخلية والتجهيز"]}
HOCEIMA_ELECTED = {"en": ["local elected officials", "civil society associations", "elected officials"],
                   "ar": ["منتخبين وممثلين عن جمعيات المجتمع المدني", "منتخبين", "جمعيات المجتمع المدني"]}
DGSN = {"en": ["DGSN", "General Directorate for National Security", "Moroccan national police"],
        "ar": ["المديرية العامة للأمن الوطني"]}
TAMASINT_ACTIVIST = {"en": ["prominent Hirak activist", "female activist", "activist"],
                     "ar": ["ناشطة بارزة في الحراك", "ناشطة بارزة"]}
SOLIDARITY_COORD = {"en": ["Hirak support committees", "solidarity committees", "coordination committees"],
                    "ar": ["تنسيقيات لدعم الحراك", "تنسيقيات"]}
AMDH = {"en": ["Moroccan Association for Human Rights", "AMDH", "AMDH Al Hoceima branch"],
        "ar": ["فرع الجمعية المغربية لحقوق الإنسان بالحسيمة", "الجمعية المغربية لحقوق الإنسان"]}
MA_STATE = {"en": ["Moroccan state", "Moroccan authorities", "Morocco", "the state"], "ar": ["الدولة"]}
TARGUIST_YOUTHS = merge({"en": ["dozens of young men", "young men", "five of them", "protesters"],
                         "ar": ["عشرات الشبان", "خمسة منهم"]}, CIVILIANS)
RIF_PROTESTERS = merge({"en": ["Rif protesters", "protesters"], "ar": ["الاحتجاجات في الريف"]}, HIRAK)
MA_GOV = {"en": ["Moroccan government", "government of Morocco"], "ar": ["الحكومة"]}

IMZOUREN = {"accept": ["إمزورن", "مدينة إمزورن", "السوق الأسبوعي", "Imzouren", "Imzoren", "Imzourene"]}
HOCEIMA = {"accept": ["الحسيمة", "إقليم الحسيمة", "مقر عمالة الإقليم", "عمالة الإقليم", "Al Hoceima",
                      "Al-Hoceima", "Alhucemas", "Hoceima"]}
HOCEIMA_BENI_BOUAYACH = place(HOCEIMA, {"accept": ["بني بوعياش", "بلدة بني بوعياش", "Beni Bouayach",
                                                   "Bni Bouayach"]})
CASABLANCA = {"accept": ["الدار البيضاء", "Casablanca"]}
TAMASINT = {"accept": ["تماسينت", "بلدة تماسينت", "Tamasint", "Tamassint"]}
RABAT = {"accept": ["الرباط", "البرلمان بالرباط", "Rabat"]}
NADOR_HOCEIMA_ROAD = {"accept": ["الطريق الساحلية الرابطة بين الناظور والحسيمة", "الطريق الساحلية", "الحسيمة",
                                 "الناظور", "Al Hoceima", "Nador", "coastal road"]}
TARGUIST = {"accept": ["تارجيست", "بلدة تارجيست", "Targuist", "Targist"]}
RIF = place({"accept": ["الريف", "Rif", "Rif region"]}, HOCEIMA)
