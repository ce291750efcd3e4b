"""Accepted actor names and place names for the sixty-third team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الحكومة», «الوفد») are left out on purpose, with these
exceptions, each used only in an article where it names a single actor:
- 311: «الشرطة», «القاضي», «القتيل», «الضحايا» and «شاب» (only ever al-Bab's police and General Security, the
  judge killed in Qabasin, the dead of the al-Bab market and the young man of Bza'a arrested at night);
- 312: «الشهداء», «المقاتلون», «المشاركون», «الوجهاء» and «شابان» (only ever the dead of the Yabroud market,
  the rebel fighters of Rankous, the marchers in Yabroud, the Rankous notables and the two young men of Qara);
- 313: «الإرهابيين», «الإرهابيون», «الشهداء», «الجرحى», «المصابين» and «العائلات» (only ever, in the official
  agency's words, the armed groups north of Hama, the dead of al-Suqaylabiyah and its wounded, and the
  families who left the front-line villages);
- 314: «المطلوب», «الحكومة», «القوات المسلحة», «المهربين» and «شاب» (only ever the wanted man arrested in
  Ramtha, the Jordanian government, Jordan's armed forces, the smugglers of al-Ruwaished and the young man
  killed in the Ramtha brawl);
- 315: «السفير», «الحكومة», «الشركة», «الجيش» and «دورية» (the Syrian ambassador in Beirut, the only
  ambassador named; in ¶9 the Lebanese government, although the scorer's substring rule would also let
  «الحكومة السورية» pass there; the exchange firm under sanctions; the Lebanese army; the patrol fired on near
  Arsal).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge

# ====================================================== actors: shared
CIVILIANS = {"en": ["civilians", "civilian", "residents", "locals", "citizens"],
             "ar": ["المدنيين", "مدنيين", "مدنيون", "الأهالي", "أهالي", "السكان", "المواطنين"]}
UNKNOWN = {"en": ["unknown gunmen", "unidentified gunmen", "unknown assailants", "unknown persons"],
           "ar": ["مسلحين مجهولين", "مسلحون مجهولون", "مجهولين", "مجهولون"]}
ISIS = {"en": ["Islamic State", "ISIS", "IS", "ISIL", "Daesh"], "ar": ["تنظيم «داعش»", "داعش"]}

# ============================ 311: al-Bab, Qabasin, Azaz, Jarablus (a northern Aleppo opposition site, 2017)
BAB_VICTIMS = merge({"en": ["five civilians", "civilians in al-Bab market", "shoppers", "market-goers"],
                     "ar": ["خمسة مدنيين", "الضحايا"]}, CIVILIANS)
QABASIN_JUDGE = merge({"en": ["judge of the Qabasin court", "judge", "a judge and his son"],
                       "ar": ["قاضٍ في محكمة بلدة قباسين", "اغتيال القاضي", "القاضي", "القتيل"]}, CIVILIANS)
BAB_POLICE = {"en": ["al-Bab Police and General Security", "Police and General Security", "Free Police",
                     "al-Bab police", "police"],
              "ar": ["قيادة الشرطة والأمن العام في الباب", "قيادة الشرطة والأمن العام",
                     "قائد الشرطة في المدينة", "الشرطة والأمن العام", "الشرطة"]}
YPG = {"en": ["People's Protection Units", "YPG", "Kurdish YPG", "Kurdish militia", "PYD", "SDF"],
       "ar": ["ميليشيا «وحدات حماية الشعب» الكردية", "«وحدات حماية الشعب»", "وحدات حماية الشعب",
              "الوحدات الكردية", "المكتب الإعلامي للوحدات"]}
TURKISH_CONVOY = {"en": ["Turkish army convoy", "Turkish army", "Turkish Armed Forces", "Turkish military"],
                  "ar": ["رتل للجيش التركي", "الجيش التركي", "الأرتال التركية"]}
SIG = {"en": ["Syrian Interim Government", "Interim Government", "Interim Government's Interior Ministry",
              "Syrian opposition government"],
       "ar": ["الحكومة السورية المؤقتة", "وزارة الداخلية فيها"]}
BAB_FACTIONS = {"en": ["factions operating in the area", "Euphrates Shield factions", "rebel factions",
                       "Free Syrian Army"],
                "ar": ["الفصائل العاملة في المنطقة", "الفصائل العاملة"]}
BAB_COUNCIL = {"en": ["al-Bab Local Council", "local council of al-Bab", "Local Council"],
               "ar": ["المجلس المحلي لمدينة الباب", "المجلس المحلي"]}
SLEEPER_CELLS = {"en": ["sleeper cells", "cells"], "ar": ["«الخلايا النائمة»", "الخلايا النائمة"]}
AZAZ_COMMANDER = {"en": ["Sultan Murad Division commander", "Sultan Murad Division", "rebel commander"],
                  "ar": ["قيادي في «فرقة السلطان مراد»", "«فرقة السلطان مراد»", "فرقة السلطان مراد"]}
JARABLUS_VICTIM = {"en": ["al-Mu'tasim Brigade field commander", "Liwa al-Mu'tasim", "Mutasim Brigade",
                          "rebel commander"],
                   "ar": ["قيادي ميداني في «لواء المعتصم»", "«لواء المعتصم»", "لواء المعتصم"]}
EUPHRATES_SHIELD = {"en": ["Euphrates Shield factions", "Turkish-backed rebels", "Free Syrian Army",
                           "Turkish army"],
                    "ar": ["فصائل «درع الفرات»", "درع الفرات", "الجيش التركي"]}
TURKISH_INTEL = {"en": ["Turkish intelligence", "MIT", "National Intelligence Organization", "Turkey"],
                 "ar": ["المخابرات التركية"]}
TURKEY = {"en": ["Turkey", "Turkish government", "Ankara"], "ar": ["أنقرة"]}
BZAA_YOUTH = {"en": ["young man from Bza'a", "suspect", "cell member"],
              "ar": ["شاب من أبناء بلدة بزاعة", "شاب"]}

# ====================================================== places: 311
BAB_MARKET = {"accept": ["سوق الخضار الرئيسي وسط مدينة الباب", "سوق الخضار", "مدينة الباب", "الباب", "al-Bab",
                         "Al Bab"]}
QABASIN = {"accept": ["بلدة قباسين", "قباسين", "الحي الشمالي من البلدة", "Qabasin", "Qabbasin", "Qabaseen"]}
BAB_BZAA_ROAD = {"accept": ["الطريق بين الباب وبزاعة", "بزاعة", "الباب", "Bza'a", "Bzaa", "al-Bab"]}
BAB = {"accept": ["مدينة الباب", "الباب", "al-Bab", "Al Bab"]}
AZAZ = {"accept": ["مدينة اعزاز", "اعزاز", "Azaz", "A'zaz", "Izaz"]}
JARABLUS = {"accept": ["مدينة جرابلس", "جرابلس", "Jarablus", "Jarabulus"]}
AFRIN = {"accept": ["عفرين", "منطقة عفرين", "Afrin", "Efrin"]}

# ============================== 312: Yabroud, Rankous, al-Nabk, al-Qutayfah (a Qalamoun local page, 2013)
SY_AIR_2013 = {"en": ["Syrian Arab Air Force", "Syrian air force", "Syrian government warplanes",
                      "Assad forces", "Syrian government"],
               "ar": ["الطيران الحربي التابع لقوات الأسد", "الطيران الحربي", "قوات الأسد"]}
YABROUD_VICTIMS = merge({"en": ["seven civilians", "market-goers in Yabroud", "women and a child"],
                         "ar": ["سبعة شهداء، بينهم امرأتان وطفل", "سبعة شهداء", "شهداء السوق", "الشهداء"]},
                        CIVILIANS)
ASSAD_FORCES = {"en": ["Assad forces", "Syrian government forces", "regime forces", "Syrian army",
                       "Syrian Arab Army", "Syrian government"],
                "ar": ["قوات الأسد", "نظام الأسد", "قوات النظام"]}
RANKOUS_REBELS = {"en": ["Free Syrian Army", "FSA", "rebel brigades in Rankous", "rebels",
                         "opposition fighters"],
                  "ar": ["الكتائب المقاتلة في البلدة", "الجيش الحر", "المقاتلون"]}
REGIME_NDF = merge(ASSAD_FORCES, {"en": ["National Defence Forces", "NDF", "pro-government militia"],
                                  "ar": ["قوات الأسد المدعومة بميليشيا «الدفاع الوطني»",
                                         "ميليشيا «الدفاع الوطني»", "الدفاع الوطني"]})
RANKOUS_FIGHT = merge(RANKOUS_REBELS, REGIME_NDF)
RANKOUS_PEOPLE = merge({"en": ["people of Rankous", "Rankous residents", "Rankous notables"],
                        "ar": ["أهالي البلدة", "وجهاء من رنكوس", "أهالي رنكوس"]}, CIVILIANS)
RANKOUS_NOTABLES = {"en": ["Rankous notables", "notables of Rankous"], "ar": ["وجهاء من رنكوس", "الوجهاء"]}
MIL_SECURITY_TALL = {"en": ["Military Security officer", "Military Security", "Syrian Military Intelligence",
                            "Syrian government"],
                     "ar": ["ضابط في فرع الأمن العسكري", "فرع الأمن العسكري"]}
RANKOUS_GUNMEN = {"en": ["foreign gunmen", "outside fighters", "rebels"],
                  "ar": ["«المسلحين الغرباء»", "المسلحين الغرباء"]}
YABROUD_STUDENTS = merge({"en": ["five students from Yabroud", "students", "Damascus University students"],
                          "ar": ["خمسة طلاب من أبناء يبرود", "خمسة طلاب"]}, CIVILIANS)
YABROUD_COUNCIL = {"en": ["Yabroud Local Council", "local council of Yabroud", "Local Council"],
                   "ar": ["المجلس المحلي لمدينة يبرود", "المجلس المحلي"]}
QALAMOUN_FSA = {"en": ["Free Syrian Army brigades in Qalamoun", "FSA commanders", "rebel commanders",
                       "Free Syrian Army"],
                "ar": ["قادة كتائب الجيش الحر في القلمون", "كتائب الجيش الحر"]}
COUNCIL_FSA = merge(YABROUD_COUNCIL, QALAMOUN_FSA)
RANKOUS_BESIEGED = merge({"en": ["besieged families in Rankous", "families of Rankous"],
                          "ar": ["العائلات المحاصرة في رنكوس", "العائلات المحاصرة"]}, CIVILIANS)
QALAMOUN_MC = {"en": ["Qalamoun Military Council", "Military Council in Qalamoun", "Free Syrian Army", "FSA"],
               "ar": ["«المجلس العسكري في القلمون»", "المجلس العسكري في القلمون"]}
QARA_VICTIMS = merge({"en": ["two young men from Qara", "young men"], "ar": ["شابان من بلدة قارة", "شابان"]},
                     CIVILIANS)
SNIPER = {"en": ["sniper", "regime sniper", "Assad forces sniper"], "ar": ["برصاص قناص", "قناص"]}
YABROUD_PROTESTERS = {"en": ["protesters", "demonstrators", "people of Yabroud", "mourners"],
                      "ar": ["مظاهرة حاشدة", "المشاركون فيها", "المشاركون"]}
SY_REGIME_2011 = {"en": ["Syrian government", "Assad regime", "regime"], "ar": ["النظام"]}

# ====================================================== places: 312
YABROUD_MARKET = {"accept": ["السوق الشعبي في مدينة يبرود", "السوق الشعبي", "مدينة يبرود", "يبرود", "Yabroud",
                             "Yabrud"]}
RANKOUS = {"accept": ["بلدة رنكوس", "مداخل بلدة رنكوس", "رنكوس", "Rankous", "Rankus", "Ranko"]}
RANKOUS_EAST = {"accept": ["الأحياء الشرقية لرنكوس", "رنكوس", "Rankous", "Rankus"]}
AL_TALL = {"accept": ["مدينة التل", "التل", "al-Tall", "Al Tall", "Tall"]}
NABK = {"accept": ["مدينة النبك", "النبك", "al-Nabk", "Nabk", "an-Nabk", "Nebek"]}
QUTAYFAH = {"accept": ["حاجز القطيفة", "القطيفة", "أوتوستراد دمشق – حمص", "al-Qutayfah", "Qutayfah",
                       "Qteifeh"]}
YABROUD = {"accept": ["مدينة يبرود", "يبرود", "Yabroud", "Yabrud"]}
DEIR_ATIYAH = {"accept": ["دير عطية", "Deir Atiyah", "Dayr Atiyah", "Deir Attiyeh"]}
YABROUD_MOSQUE = {"accept": ["الجامع الكبير في يبرود", "يبرود", "Yabroud", "Yabrud"]}
QALAMOUN_HIGHWAY = {"accept": ["الأوتوستراد الدولي", "القلمون", "Damascus–Homs highway", "Qalamoun"]}

# ========== 313: al-Suqaylabiyah, al-Huwayz, Kafr Nabudah, Jurin, Mhardeh (a Syrian official agency, 2019)
HAMA_TERRORISTS = {"en": ["armed terrorist groups", "Jabhat al-Nusra", "Hay'at Tahrir al-Sham", "HTS",
                          "rebels", "armed opposition groups", "militants"],
                   "ar": ["المجموعات الإرهابية المسلحة", "المجموعات الإرهابية", "الإرهابيين", "الإرهابيون",
                          "صفحات المجموعات الإرهابية"]}
SUQ_VICTIMS = merge({"en": ["four civilians", "residents of al-Suqaylabiyah", "schoolgirl"],
                     "ar": ["أربعة مدنيين", "ثلاثة شهداء", "الشهداء"]}, CIVILIANS)
SAA = {"en": ["Syrian Arab Army", "Syrian army", "Syrian government forces", "Syrian Armed Forces",
              "Syrian government"],
       "ar": ["وحدات من الجيش العربي السوري", "الجيش العربي السوري", "وحدات الجيش"]}
NUSRA = {"en": ["Jabhat al-Nusra", "al-Nusra Front", "Hay'at Tahrir al-Sham", "HTS",
                "armed terrorist groups"],
         "ar": ["إرهابيي تنظيم «جبهة النصرة» والمجموعات التابعة له", "إرهابيو «جبهة النصرة»", "«جبهة النصرة»",
                "جبهة النصرة"]}
SY_MOFA = {"en": ["Syrian Ministry of Foreign Affairs and Expatriates", "Syrian Foreign Ministry",
                  "Syrian government"],
           "ar": ["وزارة الخارجية والمغتربين"]}
TURKEY_REGIME = {"en": ["Turkey", "Turkish government", "Turkish regime"], "ar": ["النظام التركي"]}
UNSC_SG = {"en": ["UN Security Council", "Security Council", "United Nations", "UN Secretary-General"],
           "ar": ["الأمين العام للأمم المتحدة ورئيس مجلس الأمن", "رئيس مجلس الأمن", "مجلس الأمن",
                  "الأمم المتحدة"]}
HAMA_GOVERNOR = {"en": ["Governor of Hama", "Hama governor", "Syrian government"],
                 "ar": ["محافظ حماة"]}
SUQ_WOUNDED = merge({"en": ["the wounded", "injured civilians"], "ar": ["الجرحى", "المصابين"]}, CIVILIANS)
MHARDEH_CHILD = merge({"en": ["a girl", "child"], "ar": ["طفلة"]}, CIVILIANS)
SARC = {"en": ["Syrian Arab Red Crescent", "SARC", "Red Crescent"],
        "ar": ["منظمة الهلال الأحمر العربي السوري", "الهلال الأحمر العربي السوري", "الهلال الأحمر"]}
SUQ_FAMILIES = merge({"en": ["families displaced from frontline villages", "displaced families"],
                      "ar": ["العائلات التي غادرت قراها", "العائلات"]}, CIVILIANS)

# ====================================================== places: 313
SUQAYLABIYAH = {"accept": ["الأحياء السكنية في مدينة السقيلبية", "مدينة السقيلبية", "السقيلبية",
                           "al-Suqaylabiyah", "Suqaylabiyah", "Squelbieh", "Skeilbieh"]}
HWAYZ_HABIT = {"accept": ["محيط بلدتي الحويز والهبيط", "الحويز", "الهبيط", "al-Huwayz", "Hwayz", "al-Habit",
                          "Habit"]}
DAMASCUS = {"accept": ["دمشق", "Damascus"]}
KAFR_NABUDAH = {"accept": ["بلدة كفرنبودة", "كفرنبودة", "Kafr Nabudah", "Kafr Nabouda", "Kafranbuda"]}
SUQ_HOSPITAL = {"accept": ["المشفى الوطني بالسقيلبية", "السقيلبية", "al-Suqaylabiyah", "Suqaylabiyah"]}
JURIN = {"accept": ["محيط بلدة جورين", "بلدة جورين", "جورين", "Jurin", "Joureen", "Jourin"]}
MHARDEH = {"accept": ["مدينة محردة", "محردة", "Mhardeh", "Muhradah", "Mahardah"]}
NW_HAMA = {"accept": ["ريف حماة الشمالي الغربي", "ريف حماة", "northwestern Hama countryside", "Hama"]}

# ==================== 314: al-Ruwaished, Ramtha, Jaber, al-Turra (a Jordanian news site of Mafraq, 2021)
JAF = {"en": ["Jordanian Armed Forces", "Jordan Armed Forces – Arab Army", "Jordanian army",
              "Jordanian Border Guard", "Border Guard forces"],
       "ar": ["قوات حرس الحدود في المنطقة العسكرية الشرقية", "قوات حرس الحدود", "حرس الحدود الأردني",
              "القوات المسلحة الأردنية", "القوات المسلحة"]}
SMUGGLERS = {"en": ["smugglers", "armed smugglers", "drug smugglers"],
             "ar": ["مجموعة من المهربين", "المهربين", "مهربين"]}
RUWAISHED_FIGHT = merge(JAF, SMUGGLERS)
RAMTHA_POLICE = {"en": ["Anti-Narcotics Department", "Jordanian Public Security Directorate", "Gendarmerie",
                        "Jordanian police"],
                 "ar": ["قوة من إدارة مكافحة المخدرات", "إدارة مكافحة المخدرات", "قوات الدرك",
                        "مديرية الأمن العام"]}
RAMTHA_WANTED = {"en": ["wanted man", "dangerous wanted man", "drug smuggler"],
                 "ar": ["مطلوب خطير", "المطلوب"]}
RAMTHA_SHOOTOUT = merge(RAMTHA_POLICE, RAMTHA_WANTED)
JO_INTERIOR = {"en": ["Jordanian Ministry of Interior", "Jordanian authorities", "Jordanian government"],
               "ar": ["الناطق الإعلامي باسم وزارة الداخلية", "وزارة الداخلية"]}
JO_SY_COMMITTEE = {"en": ["Jordanian-Syrian joint security committee", "Jordan and Syria",
                          "Jordanian and Syrian officials"],
                   "ar": ["اللجنة الأمنية الأردنية السورية المشتركة", "اللجنة الأمنية"]}
UNNAMED_BACKERS = {"en": ["unnamed parties", "unnamed backers"], "ar": ["«جهات»"]}
CRIMINAL_ORGS = merge({"en": ["criminal organisations", "smuggling networks"],
                       "ar": ["«منظمات إجرامية»", "منظمات إجرامية"]}, SMUGGLERS)
JAHA_FAMILY = {"en": ["tribal delegation", "jaha", "victim's family", "tribal notables"],
               "ar": ["جاهة عشائرية كبيرة", "جاهة عشائرية", "عائلة شاب", "وجهاء ونواباً"]}
RAMTHA_VICTIM = merge({"en": ["young man", "young man of Ramtha"], "ar": ["شاب"]}, CIVILIANS)
RAMTHA_SHOOTER = {"en": ["shooter", "gunman"], "ar": ["مطلق النار"]}
JO_SECURITY = {"en": ["Jordanian security services", "Jordanian police", "Public Security Directorate"],
               "ar": ["الأجهزة الأمنية"]}
RUWAISHED_PROTESTERS = {"en": ["al-Ruwaished residents", "protesters", "young men of al-Ruwaished"],
                        "ar": ["عشرات من أبناء بلدة الرويشد", "أبناء بلدة الرويشد"]}
JO_GOV = {"en": ["Jordanian government", "Government of Jordan", "Jordan"], "ar": ["الحكومة"]}
TURRA_FIGHT = merge({"en": ["Border Guard forces", "Jordanian Border Guard", "Jordanian army"],
                     "ar": ["قوات حرس الحدود", "ضابط صف من قوات حرس الحدود"]}, SMUGGLERS)
JORDAN = {"en": ["Jordan", "Jordanian government"], "ar": ["الأردن"]}
JO_FM = {"en": ["Jordanian Foreign Minister", "Jordanian Ministry of Foreign Affairs", "Jordan"],
         "ar": ["وزير الخارجية الأردني"]}
SY_FM = {"en": ["Syrian Foreign Minister", "Syrian Ministry of Foreign Affairs", "Syria",
                "Syrian government"],
         "ar": ["نظيره السوري"]}

# ====================================================== places: 314
RUWAISHED = {"accept": ["قرب بلدة الرويشد", "بلدة الرويشد", "الرويشد", "al-Ruwaished", "Ruwaished",
                        "Ar Ruwayshid", "Ruwayshid"]}
RAMTHA = {"accept": ["لواء الرمثا", "الرمثا", "Ramtha", "Ar Ramtha", "al-Ramtha"]}
JABER = {"accept": ["مركز حدود جابر", "جابر", "Jaber border crossing", "Jaber", "Jabir"]}
AMMAN = {"accept": ["عمّان", "عمان", "Amman"]}
RUWAISHED_TOWN = {"accept": ["مبنى المتصرفية", "بلدة الرويشد", "الرويشد", "al-Ruwaished", "Ruwaished"]}
TURRA = {"accept": ["بلدة الطرة", "الطرة", "al-Turra", "Turra", "At Turrah"]}

# ============================ 315: Beirut, Wadi Khaled (al-Hisheh), Arsal (a pan-Arab daily, 2012)
LB_FM = {"en": ["Lebanese Foreign Minister", "Lebanese Ministry of Foreign Affairs", "Lebanese government",
                "Lebanon"],
         "ar": ["وزير الخارجية اللبناني"]}
SY_AMBASSADOR = {"en": ["Syrian ambassador", "Syrian ambassador in Beirut", "Syria", "Syrian government"],
                 "ar": ["السفير السوري في بيروت", "السفير السوري", "السفير"]}
SYRIA_STATE = {"en": ["Syria", "Syrian government", "Damascus", "Syrian regime"],
               "ar": ["دمشق", "النظام السوري", "سوريا"]}
SY_AMB_SYRIA = merge(SY_AMBASSADOR, SYRIA_STATE)
SY_ARMY_2012 = {"en": ["Syrian army", "Syrian government forces", "Syrian Arab Army", "Syria"],
                "ar": ["الجانب السوري", "الجيش السوري", "الأراضي السورية"]}
HISHEH_VICTIMS = merge({"en": ["three farmers", "farmers", "two brothers", "Lebanese farmers"],
                        "ar": ["ثلاثة مزارعين", "مزارعين", "شقيقين"]}, CIVILIANS)
SY_MOFA_2012 = {"en": ["Syrian Ministry of Foreign Affairs", "Syrian Foreign Ministry", "Syrian government",
                       "Damascus", "SANA"],
                "ar": ["مصدر في وزارة الخارجية السورية", "وزارة الخارجية السورية", "دمشق"]}
LB_PARTIES = {"en": ["Lebanese parties", "Lebanese groups", "Lebanese factions"],
              "ar": ["«جهات لبنانية»", "جهات لبنانية"]}
US_TREASURY = {"en": ["US Assistant Secretary of the Treasury for Terrorist Financing", "US Treasury",
                      "US Department of the Treasury", "United States", "Washington", "US official"],
               "ar": ["مساعد وزير الخزانة الأميركي لشؤون تمويل الإرهاب", "مساعد وزير الخزانة الأميركي",
                      "وزارة الخزانة الأميركية", "واشنطن"]}
LB_BANKERS = {"en": ["Governor of the Banque du Liban", "Banque du Liban", "Association of Banks in Lebanon",
                     "Lebanese banks", "central bank governor"],
              "ar": ["حاكم مصرف لبنان ورئيس جمعية المصارف", "حاكم مصرف لبنان", "جمعية المصارف",
                     "مصرف لبناني"]}
LB_OPP_MPS = {"en": ["opposition MPs", "Lebanese opposition", "March 14 MPs", "opposition lawmakers"],
              "ar": ["نواب في قوى المعارضة", "قوى المعارضة"]}
GULF_STATE = {"en": ["a Gulf state", "Gulf country", "Gulf government"], "ar": ["دولة خليجية", "تلك الدولة"]}
LEBANESE_IN_GULF = {"en": ["Lebanese residents of a Gulf state", "Lebanese expatriates", "Lebanese workers"],
                    "ar": ["عشرات اللبنانيين المقيمين على أراضيها", "عشرات اللبنانيين"]}
HEZBOLLAH = {"en": ["Hezbollah", "Hizbullah", "Hizballah"], "ar": ["«حزب الله»", "حزب الله"]}
USA = {"en": ["United States", "Washington", "US government", "US administration"], "ar": ["واشنطن"]}
LB_GOV = {"en": ["Lebanese government", "Government of Lebanon", "Lebanese cabinet"],
          "ar": ["الحكومة اللبنانية", "الحكومة"]}
SYRIA = {"en": ["Syria", "Syrian government"], "ar": ["سوريا"]}
ARAB_LEAGUE = {"en": ["Arab League", "League of Arab States", "Arab League delegation",
                      "Arab League Assistant Secretary-General"],
               "ar": ["وفد من جامعة الدول العربية", "جامعة الدول العربية", "الجامعة العربية"]}
LB_OFFICIALS = {"en": ["Lebanese officials", "Lebanese government"], "ar": ["المسؤولين اللبنانيين"]}
EXCHANGE_CO = {"en": ["Lebanese exchange company", "money exchange firm", "exchange house and its owners"],
               "ar": ["شركة صرافة لبنانية ومالكيها", "شركة صرافة لبنانية", "الشركة"]}
ARSAL_SOLDIER = {"en": ["Lebanese soldier", "Lebanese army patrol", "Lebanese Armed Forces", "Lebanese army"],
                 "ar": ["جندي في الجيش اللبناني", "دورية", "الجيش اللبناني"]}
WADI_KHALED_YOUTHS = {"en": ["young men of Wadi Khaled", "protesters", "residents of Wadi Khaled"],
                      "ar": ["شبان من وادي خالد"]}
LB_ARMY = {"en": ["Lebanese army", "Lebanese Armed Forces", "LAF"],
           "ar": ["قيادة الجيش اللبناني", "الجيش اللبناني", "الجيش"]}
LEBANON = {"en": ["Lebanon", "Lebanese government"], "ar": ["لبنان"]}

# ====================================================== places: 315
HISHEH = {"accept": ["بلدة الهيشة", "الهيشة", "خراج الهيشة", "منطقة وادي خالد", "وادي خالد", "al-Hisheh",
                     "Hisheh", "al-Hishah", "Wadi Khaled", "Wadi Khalid"]}
BEIRUT_MOFA = {"accept": ["مقر الوزارة", "بيروت", "Beirut"]}
BEIRUT = {"accept": ["بيروت", "Beirut"]}
WADI_KHALED = {"accept": ["وادي خالد", "Wadi Khaled", "Wadi Khalid", "Akkar"]}
ARSAL = {"accept": ["جرود بلدة عرسال البقاعية", "بلدة عرسال", "عرسال", "Arsal", "Ersal", "Aarsal"]}
WADI_KHALED_ROAD = {"accept": ["الطريق الرئيسية عند مدخل المنطقة", "وادي خالد", "Wadi Khaled", "Wadi Khalid"]}
