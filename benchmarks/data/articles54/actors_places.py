"""Accepted actor names and place names for the fifty-fourth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists, except the two shared lists CIVILIANS and UNKNOWN, taken over from the
fifty-third set with its scripts (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الحكومة», «الوفد») are left out on purpose, with these
exceptions, each used only in an article where it names a single actor: «القوات النظامية» (266, only ever the
Syrian government's forces), «الجيش» (267, only ever the Syrian army), «الشرطة» (268, only ever the Royal Oman
Police), «الحشد» (269, only ever the Popular Mobilisation Forces), «الانتقالي» (270, only ever the Southern
Transitional Council).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ======================================== actors: shared
CIVILIANS = {"en": ["civilians", "civilian", "residents", "locals", "people", "citizens"],
             "ar": ["مدنيين", "المدنيين", "مدنيون", "مدني", "المواطنين", "مواطنين", "الأهالي", "السكان"]}
UNKNOWN = {"en": ["unknown gunmen", "unknown assailants", "unidentified gunmen", "unknown persons"],
           "ar": ["مسلحين مجهولين", "مسلحون مجهولون", "مجهولين", "مجهولون"]}

# ======================================== 266: Taftanaz (a pan-Arab daily's Beirut desk, 2012)
SY_FORCES_12 = {"en": ["Syrian government forces", "Syrian regime forces", "Syrian army", "regular forces",
                       "regime forces", "Syrian Arab Army"],
                "ar": ["القوات النظامية", "وحدات الجيش", "رتلاً للقوات النظامية", "النظام السوري"]}
SY_HELICOPTERS = merge({"en": ["Syrian air force", "regime helicopters", "army helicopters",
                               "Syrian Arab Air Force"],
                        "ar": ["مروحيات تابعة للقوات النظامية", "مروحيات", "المروحيات"]}, SY_FORCES_12)
FSA = {"en": ["Free Syrian Army", "FSA", "FSA fighters", "rebels", "armed opposition", "terrorist groups"],
       "ar": ["مقاتلين من «الجيش السوري الحر»", "«الجيش السوري الحر»", "الجيش السوري الحر", "الجيش الحر",
              "المقاتلين", "«المجموعات الإرهابية»", "المجموعات الإرهابية"]}
TAFTANAZ_FIGHT = merge(FSA, SY_FORCES_12)
TAFTANAZ_VICTIMS = merge({"en": ["eleven civilians", "market vendors and shoppers", "vendors", "shoppers"],
                          "ar": ["أحد عشر مدنياً", "مدنياً", "الباعة والمتسوقين"]}, CIVILIANS)
HELICOPTER = merge({"en": ["helicopter", "a regime helicopter"], "ar": ["مروحية"]}, SY_HELICOPTERS)
IDLIB_MC = merge({"en": ["Idlib Military Council", "military council", "FSA military council in Idlib"],
                  "ar": ["المجلس العسكري في محافظة إدلب", "المجلس العسكري"]}, FSA)
SY_OFFICIAL_12 = merge({"en": ["Syrian official source", "Syrian government", "Syrian state television",
                               "official source"],
                        "ar": ["مصدر رسمي تحدث إلى التلفزيون السوري", "مصدر رسمي", "التلفزيون السوري",
                               "دمشق"]}, SY_FORCES_12)
FSA_COMMANDER = merge({"en": ["commander of a rebel battalion", "FSA commander", "battalion commander"],
                       "ar": ["قائد إحدى الكتائب التي تحاصر المطار", "قائد إحدى الكتائب", "الكتائب"]}, FSA)
AIRBASE_FAMILIES = merge({"en": ["families living near the airbase wall", "families near the airbase"],
                          "ar": ["العائلات المقيمة قرب سور المطار", "العائلات المقيمة"]}, CIVILIANS)
TURKISH_RELIEF = {"en": ["Turkish relief organisation", "a Turkish aid agency", "Turkish charity"],
                  "ar": ["هيئة إغاثة تركية", "هيئة إغاثة"]}
TAFTANAZ_IDPS = merge({"en": ["families displaced from Taftanaz and Taum", "displaced families",
                              "displaced people"],
                       "ar": ["عائلات نزحت من تفتناز وطعوم", "عائلات نزحت"]}, CIVILIANS)
SY_COALITION = {"en": ["National Coalition for Syrian Revolutionary and Opposition Forces", "Syrian National "
                       "Coalition", "National Coalition", "Syrian opposition coalition"],
                "ar": ["«الائتلاف الوطني لقوى الثورة والمعارضة السورية»",
                       "الائتلاف الوطني لقوى الثورة والمعارضة السورية", "الائتلاف الوطني", "الائتلاف"]}
SY_SECURITY_12 = merge({"en": ["Syrian security forces", "security forces"], "ar": ["قوات الأمن"]},
                       SY_FORCES_12)
IDLIB_DETAINEES = {"en": ["more than twenty young men", "young men", "detainees"],
                   "ar": ["أكثر من عشرين شاباً", "عشرين شاباً", "أربعة منهم"]}
SARAQIB_VICTIMS = merge({"en": ["displaced people sheltering in a school", "four people"],
                         "ar": ["مدرسة تؤوي نازحين", "نازحين", "أربعة أشخاص"]}, CIVILIANS)
TAFTANAZ_PROTESTERS = merge({"en": ["hundreds of Taftanaz residents", "protesters", "demonstrators"],
                             "ar": ["مئات من أهالي تفتناز", "أهالي تفتناز"]}, CIVILIANS)
INTL_COMMUNITY = {"en": ["international community", "United Nations", "world powers"],
                  "ar": ["المجتمع الدولي"]}
FRANCE_MFA = {"en": ["French Foreign Ministry", "France", "French government", "Quai d'Orsay"],
              "ar": ["وزارة الخارجية الفرنسية", "الخارجية الفرنسية"]}
UNSC = {"en": ["UN Security Council", "Security Council", "United Nations Security Council"],
        "ar": ["مجلس الأمن الدولي", "مجلس الأمن"]}

IDLIB_PROV = {"accept": ["ريف إدلب", "إدلب", "محافظة إدلب", "Idlib", "Idlib Governorate"]}
TAFTANAZ = place({"accept": ["تفتناز", "بلدة تفتناز", "Taftanaz", "Taftanaz town"]}, IDLIB_PROV)
TAFTANAZ_MARKET = place({"accept": ["سوق الخضار وسط بلدة تفتناز", "سوق الخضار", "سوق تفتناز"]}, TAFTANAZ)
TAFTANAZ_AIRBASE = place({"accept": ["مطار تفتناز العسكري", "مطار تفتناز", "المطار", "البوابة الشرقية للمطار",
                                     "Taftanaz airbase", "Taftanaz military airport"]}, TAFTANAZ)
MASTUMAH_SARMIN = {"accept": ["معسكر المسطومة", "المسطومة", "سرمين", "Mastumah", "al-Mastumah", "Sarmin",
                              "Idlib"]}
TAUM = {"accept": ["طعوم", "قرية طعوم", "Taum", "Ta'um"]}
SARMIN = {"accept": ["سرمين", "Sarmin"]}
BAB_AL_HAWA = {"accept": ["معبر باب الهوى", "باب الهوى", "Bab al-Hawa", "Bab al-Hawa crossing"]}
CAIRO = {"accept": ["القاهرة", "Cairo"]}
IDLIB_CITY = {"accept": ["مدينة إدلب", "الأحياء الشمالية", "إدلب", "Idlib city", "Idlib"]}
SARAQIB = {"accept": ["سراقب", "مدينة سراقب", "Saraqib"]}

# ======================================== 267: Nabk and Deir Atiyah (a Damascus daily, 2013)
SY_REBELS_13 = {"en": ["armed groups", "armed opposition", "Syrian rebels", "terrorist groups", "gunmen"],
                "ar": ["المجموعات الإرهابية المسلحة", "المجموعات الإرهابية", "الإرهابيين", "العصابات المسلحة",
                       "المسلحين"]}
SY_ARMY_13 = {"en": ["Syrian army", "Syrian Arab Army", "Syrian government forces", "army units"],
              "ar": ["وحدات من الجيش العربي السوري", "الجيش العربي السوري", "وحدات الجيش", "الجيش"]}
DEIR_ATIYAH_VICTIMS = merge({"en": ["six citizens", "a woman and her two children"],
                             "ar": ["ستة مواطنين", "امرأة وطفلاها"]}, CIVILIANS)
SY_AUTHORITIES_13 = {"en": ["Syrian authorities", "competent authorities", "security services"],
                     "ar": ["الجهات المختصة"]}
NABK_DETAINEES = merge({"en": ["three terrorists", "three gunmen", "three suspects"],
                        "ar": ["ثلاثة إرهابيين"]}, SY_REBELS_13)
RD_GOVERNOR = {"en": ["Rif Dimashq governor", "Damascus countryside governor", "governor of Rural Damascus"],
               "ar": ["محافظ ريف دمشق"]}
TERROR_BACKERS = {"en": ["states supporting terrorism", "foreign backers of the rebels"],
                  "ar": ["«الدول الداعمة للإرهاب»", "الدول الداعمة للإرهاب", "الدول الداعمة"]}
INTL_ORGS = {"en": ["international organisations", "international organizations", "United Nations"],
             "ar": ["المنظمات الدولية"]}
QALAMOUN_COMMAND = merge({"en": ["Qalamoun operations command", "army command in Qalamoun"],
                          "ar": ["قيادة العمليات في القلمون", "قيادة العمليات"]}, SY_ARMY_13)
NABK_FARM_GUNMEN = merge({"en": ["gunmen in the farms", "gunmen holed up in the farms"],
                          "ar": ["المسلحين المتحصنين في المزارع", "المسلحين المتحصنين"]}, SY_REBELS_13)
RECONCILIATION_COMMITTEE = {"en": ["national reconciliation committee", "reconciliation committee"],
                            "ar": ["لجنة المصالحة الوطنية", "لجنة المصالحة"]}
NABK_NOTABLES = {"en": ["Nabk notables", "notables of the town", "town notables"],
                 "ar": ["عدد من وجهاء المدينة", "وجهاء المدينة", "وجهاء النبك"]}
NABK_GUNMEN_11 = merge({"en": ["eleven gunmen"], "ar": ["أحد عشر مسلحاً"]}, SY_REBELS_13)
SARC = {"en": ["Syrian Arab Red Crescent", "SARC", "Red Crescent", "Rif Dimashq governorate"],
        "ar": ["منظمة الهلال الأحمر العربي السوري", "الهلال الأحمر العربي السوري", "الهلال الأحمر",
               "المحافظة"]}
NABK_IDPS = merge({"en": ["families displaced from Nabk", "displaced families"],
                   "ar": ["الأسر المهجّرة من النبك", "الأسر المهجّرة", "الأسر المهجرة"]}, CIVILIANS)
RD_HEALTH = {"en": ["Rif Dimashq health directorate", "health directorate"],
             "ar": ["مديرية صحة ريف دمشق"]}
MLA_DELEGATION = {"en": ["Ministry of Local Administration delegation", "Local Administration ministry",
                         "Syrian government delegation"],
                  "ar": ["وفد من وزارة الإدارة المحلية", "وزارة الإدارة المحلية"]}
DEIR_ATIYAH_MARCHERS = merge({"en": ["hundreds of Deir Atiyah residents", "marchers", "mourners"],
                              "ar": ["المئات من أهالي دير عطية", "أهالي دير عطية"]}, CIVILIANS)
NUSRA_13 = merge({"en": ["Jabhat al-Nusra", "al-Nusra Front", "Nusra Front"],
                  "ar": ["«جبهة النصرة»", "جبهة النصرة"]}, SY_REBELS_13)
QARA_SOLDIERS = merge({"en": ["army checkpoint", "three soldiers", "three army personnel"],
                       "ar": ["حاجز للجيش", "ثلاثة عناصر"]}, SY_ARMY_13)
SY_MFA = {"en": ["Syrian Ministry of Foreign Affairs and Expatriates", "Syrian foreign ministry",
                 "Syrian government", "Damascus"],
          "ar": ["وزارة الخارجية والمغتربين", "وزارة الخارجية"]}
UN_SG_UNSC = {"en": ["UN Secretary-General", "President of the Security Council", "United Nations",
                     "UN Security Council"],
              "ar": ["الأمين العام للأمم المتحدة", "رئيس مجلس الأمن", "الأمم المتحدة", "مجلس الأمن"]}

QALAMOUN = {"accept": ["القلمون", "منطقة القلمون", "مدن القلمون", "Qalamoun", "Rif Dimashq"]}
DEIR_ATIYAH = place({"accept": ["دير عطية", "مدينة دير عطية", "Deir Atiyah", "Deir Attiyeh", "Dayr Atiyah"]},
                    QALAMOUN)
DEIR_ATIYAH_EAST = place({"accept": ["الحي الشرقي في مدينة دير عطية", "الحي الشرقي"]}, DEIR_ATIYAH)
DEIR_ATIYAH_HOSPITAL = place({"accept": ["مشفى دير عطية", "المشفى"]}, DEIR_ATIYAH)
NABK = place({"accept": ["النبك", "مدينة النبك", "al-Nabk", "Nabk", "An Nabk"]}, QALAMOUN)
NABK_FARMS = place({"accept": ["المزارع الغربية لمدينة النبك", "مزارع النبك", "المزارع", "قارة", "بلدة قارة",
                               "Nabk farms", "Qara"]}, NABK)
NABK_SOUTH = place({"accept": ["مدخل النبك الجنوبي", "حاجز على مدخل النبك الجنوبي"]}, NABK)
NABK_TOWN_HALL = place({"accept": ["مبنى البلدية"]}, NABK)
QARA_HIGHWAY = {"accept": ["حاجز الطريق الدولي قرب قارة", "الطريق الدولي", "قارة", "Qara",
                           "Damascus–Homs highway", "M5"]}
QARA_NORTH = {"accept": ["المدخل الشمالي لبلدة قارة", "بلدة قارة", "قارة", "Qara", "Qarah"]}

# ======================================== 268: Sohar (a Gulf daily's Sohar report, 2011)
ROP = {"en": ["Royal Oman Police", "ROP", "Omani police", "riot police", "police"],
       "ar": ["قوات مكافحة الشغب في شرطة عمان السلطانية", "شرطة عمان السلطانية", "قوات مكافحة الشغب",
              "الشرطة"]}
SOHAR_PROTESTERS = merge({"en": ["protesters", "sit-in protesters", "Sohar protesters", "young men",
                                 "two protesters"],
                          "ar": ["محتجان", "مئات الشبان", "المعتصمين", "المعتصمون", "لجنة المعتصمين",
                                 "محتجين"]},
                         CIVILIANS)
OMAN_ARMY = {"en": ["Sultan of Oman's Armed Forces", "Omani army", "Royal Army of Oman", "army units"],
             "ar": ["وحدات من الجيش السلطاني العماني", "الجيش السلطاني العماني", "الجيش"]}
OMAN_CABINET = {"en": ["Omani Council of Ministers", "Omani cabinet", "Omani government"],
                "ar": ["مجلس الوزراء"]}
PENINSULA_SHIELD = {"en": ["Peninsula Shield Force", "Peninsula Shield", "GCC joint force"],
                    "ar": ["قوات من «درع الجزيرة»", "«درع الجزيرة»", "درع الجزيرة"]}
SAHAM_YOUTHS = merge({"en": ["dozens of young men", "young men in Saham", "six detainees"],
                      "ar": ["عشرات الشبان", "ستة منهم"]}, CIVILIANS)
MANPOWER_MINISTER = {"en": ["Omani Minister of Manpower", "Minister of Manpower", "Ministry of Manpower",
                            "Omani government"],
                     "ar": ["وزير القوى العاملة"]}
PROTESTER_REPS = merge({"en": ["representatives of the sit-in", "protesters' representatives"],
                        "ar": ["ممثلين عن المعتصمين"]}, SOHAR_PROTESTERS)
OMAN_GOV = {"en": ["Omani government", "Government of Oman", "Oman", "Omani authorities"],
            "ar": ["الحكومة العمانية", "السلطنة"]}
SOHAR_DETAINEES = {"en": ["twenty-seven people", "suspects", "detainees", "rioters"],
                   "ar": ["سبعة وعشرين شخصاً"]}
POLICE_STATION = merge({"en": ["police station"], "ar": ["مركز للشرطة"]}, ROP)
OMAN_PROSECUTION = {"en": ["Public Prosecution", "Omani public prosecution"], "ar": ["الادعاء العام"]}
SHURA = {"en": ["Majlis al-Shura", "Oman Consultative Council", "Shura Council"], "ar": ["مجلس الشورى"]}
INFILTRATORS = {"en": ["infiltrators", "infiltrated elements", "troublemakers"],
                "ar": ["«عناصر مندسة»", "عناصر مندسة"]}
LIWA_YOUTHS = merge({"en": ["about two hundred young men", "protesters in Liwa"],
                     "ar": ["نحو مئتي شاب", "مئتي شاب"]}, CIVILIANS)
GCC = {"en": ["Gulf Cooperation Council", "GCC", "GCC General Secretariat"],
       "ar": ["الأمانة العامة لمجلس التعاون لدول الخليج العربية", "مجلس التعاون لدول الخليج العربية",
              "مجلس التعاون"]}
SULTAN_DECREE = {"en": ["Sultan of Oman", "royal decree", "Omani government"], "ar": ["مرسوم سلطاني"]}
BATINAH_POLICE_CHIEF = {"en": ["Batinah police commander", "police chief of al-Batinah region"],
                        "ar": ["قائد شرطة منطقة الباطنة"]}

SOHAR = {"accept": ["صحار", "ولاية صحار", "Sohar", "Suhar"]}
GLOBE_ROUNDABOUT = place({"accept": ["دوار الكرة الأرضية", "Globe Roundabout", "Earth Roundabout"]}, SOHAR)
SOHAR_PORT = place({"accept": ["مداخل ميناء صحار", "ميناء صحار", "المنطقة الصناعية", "Sohar port",
                               "Sohar Industrial Port"]}, SOHAR)
SOHAR_MUSCAT_ROAD = {"accept": ["الطريق السريع بين صحار ومسقط", "صحار", "مسقط", "Sohar–Muscat highway",
                                "Sohar", "Muscat"]}
WAJAJAH = place({"accept": ["منفذ الوجاجة الحدودي", "منفذ الوجاجة", "Wajajah", "Al Wajajah"]}, SOHAR)
SAHAM = {"accept": ["صحم", "ولاية صحم", "مكتب الوالي في ولاية صحم", "Saham"]}
WALI_OFFICE_SOHAR = place({"accept": ["مكتب الوالي بصحار", "مكتب الوالي"]}, SOHAR)
SOHAR_COAST_ROAD = place({"accept": ["الطريق الساحلي"]}, SOHAR)
LIWA = {"accept": ["لوى", "ولاية لوى", "Liwa"]}
MUSCAT = {"accept": ["مسقط", "Muscat"]}

# ======================================== 269: Tuz Khurmatu (a Kirkuk news site, 2016)
PMF = {"en": ["Popular Mobilisation Forces", "Popular Mobilization Forces", "PMF", "Hashd al-Shaabi",
              "Turkmen PMF factions"],
       "ar": ["عناصر من فصائل تركمانية منضوية في «الحشد الشعبي»", "فصائل تركمانية", "«الحشد الشعبي»",
              "الحشد الشعبي", "«الحشد»", "الحشد"]}
PESHMERGA = {"en": ["Peshmerga", "Kurdish Peshmerga", "Peshmerga forces", "Kurdistan Region forces"],
             "ar": ["قوات البيشمركة الكردية", "قوات البيشمركة", "البيشمركة"]}
TUZ_FIGHT = merge(PMF, PESHMERGA)
TUZ_SECURITY_COMMITTEE = {"en": ["Tuz Khurmatu security committee", "district security committee"],
                          "ar": ["اللجنة الأمنية في القضاء", "اللجنة الأمنية"]}
FED_POLICE = {"en": ["Federal Police", "Iraqi Federal Police", "federal police force"],
              "ar": ["قوة من الشرطة الاتحادية", "الشرطة الاتحادية"]}
ASAYISH = {"en": ["Asayish", "Kurdish security forces", "Asayish checkpoint", "Kurdish Asayish"],
           "ar": ["الآسايش", "حاجز للآسايش", "مدير الآسايش في القضاء"]}
TUZ_YOUTHS = merge({"en": ["three Turkmen young men", "Turkmen youths"],
                    "ar": ["ثلاثة شبان تركمان", "الشبان"]},
                   CIVILIANS)
PMF_LEADER = merge({"en": ["PMF leader", "a PMF commander"], "ar": ["قيادي في «الحشد الشعبي»"]}, PMF)
PUK_OFFICIAL = {"en": ["PUK official in Kirkuk", "Patriotic Union of Kurdistan", "PUK"],
                "ar": ["مسؤول في الاتحاد الوطني الكردستاني بكركوك", "الاتحاد الوطني الكردستاني"]}
OUTLAW_FACTIONS = merge({"en": ["outlaw factions", "factions outside the law"],
                         "ar": ["«فصائل خارجة عن القانون»", "فصائل خارجة عن القانون"]}, PMF)
IRAQ_FED_GOV = {"en": ["Iraqi federal government", "Iraqi government", "Baghdad government",
                       "Government of Iraq"],
                "ar": ["الحكومة الاتحادية"]}
BAGHDAD_PARTIES = {"en": ["parties in Baghdad", "Baghdad"], "ar": ["جهات في بغداد"]}
JOINT_DELEGATION = {"en": ["joint Baghdad–Erbil delegation", "joint delegation from Baghdad and Erbil",
                           "Iraqi government", "Kurdistan Regional Government"],
                    "ar": ["وفد مشترك من بغداد وأربيل", "وفد مشترك"]}
TUZ_PARTIES = merge({"en": ["representatives of both sides", "both sides", "the parties"],
                     "ar": ["ممثلين عن الطرفين", "الطرفين", "المجتمعون", "الأطراف"]}, TUZ_FIGHT)
TUZ_TRUCE = merge(TUZ_PARTIES, JOINT_DELEGATION)
IOM = {"en": ["International Organization for Migration", "IOM"], "ar": ["المنظمة الدولية للهجرة"]}
TUZ_IDPS = merge({"en": ["about 150 displaced families", "displaced families"],
                  "ar": ["نحو مئة وخمسين عائلة نزحت", "عائلة نزحت"]}, CIVILIANS)
SALAHUDDIN_GOVERNOR = {"en": ["Salahuddin governor", "governor of Salah al-Din"], "ar": ["محافظ صلاح الدين"]}
TURKMEN_NOTABLE = {"en": ["a Turkmen notable", "Turkmen elder"],
                   "ar": ["أحد وجهاء التركمان", "وجهاء التركمان"]}
TUZ_GUNMEN5 = {"en": ["five gunmen", "gunmen"], "ar": ["خمسة مسلحين"]}
TURKMEN_WOMEN = merge({"en": ["Turkmen women", "women protesters"], "ar": ["نساء تركمانيات"]}, CIVILIANS)
UNAMI = {"en": ["United Nations Assistance Mission for Iraq", "UNAMI", "UN mission in Iraq",
                "United Nations"],
         "ar": ["بعثة الأمم المتحدة لمساعدة العراق «يونامي»", "بعثة الأمم المتحدة لمساعدة العراق", "«يونامي»",
                "يونامي"]}

TUZ = {"accept": ["طوزخورماتو", "قضاء طوزخورماتو", "طوز خورماتو", "Tuz Khurmatu", "Tuz Khormato",
                  "Tuz Khurmatu district"]}
TUZ_INDUSTRIAL = place({"accept": ["الحي الصناعي وسط قضاء طوزخورماتو", "الحي الصناعي", "industrial quarter"]},
                       TUZ)
TUZ_MAIN_STREET = place({"accept": ["الشارع العام الفاصل بين الأحياء الكردية والتركمانية", "الشارع العام"]},
                        TUZ)
KIRKUK_ROAD_CHECKPOINT = place({"accept": ["حاجز للآسايش على طريق كركوك", "طريق كركوك", "Tuz–Kirkuk road"]},
                               TUZ)
TUZ_QAIMMAQAMIYA = place({"accept": ["مقر القائممقامية", "القائممقامية"]}, TUZ)
SULAIMAN_BEG = {"accept": ["ناحية سليمان بيك", "سليمان بيك", "Sulaiman Beg", "Suleiman Bek"]}
AMERLI = {"accept": ["ناحية آمرلي", "آمرلي", "Amerli", "Amirli"]}
TUZ_POLICE_STATION = place({"accept": ["مركز الشرطة", "قرب مركز الشرطة"]}, TUZ)
KIRKUK = {"accept": ["كركوك", "مبنى المحافظة", "Kirkuk"]}

# ======================================== 270: Socotra (an Aden news site, 2020)
STC = {"en": ["Southern Transitional Council", "STC", "STC forces"],
       "ar": ["المجلس الانتقالي الجنوبي", "قوات «الانتقالي»", "«الانتقالي»", "الانتقالي", "قوات المجلس"]}
SECURITY_BELT = merge({"en": ["Security Belt forces", "Security Belt", "STC-backed Security Belt"],
                       "ar": ["قوات «الحزام الأمني» التابعة للمجلس الانتقالي الجنوبي", "قوات «الحزام الأمني»",
                              "«الحزام الأمني»", "الحزام الأمني"]}, STC)
MARINE_BRIGADE = {"en": ["1st Marine Infantry Brigade", "First Naval Infantry Brigade", "government forces",
                         "Yemeni government forces"],
                  "ar": ["قوات من اللواء الأول مشاة بحري الموالي للحكومة", "اللواء الأول مشاة بحري",
                         "قوات حكومية"]}
SOCOTRA_FIGHT = merge(SECURITY_BELT, MARINE_BRIGADE)
SOCOTRA_SECURITY_HQ = {"en": ["provincial security administration building", "security directorate"],
                       "ar": ["مبنى إدارة أمن المحافظة", "إدارة أمن المحافظة"]}
BRIGADE_GUARDS = merge({"en": ["the building's guards", "guards"], "ar": ["حراسه"]}, MARINE_BRIGADE)
BELT_COMMANDER = merge({"en": ["Security Belt commander in Socotra", "Security Belt commander"],
                        "ar": ["قائد «الحزام الأمني» في الأرخبيل", "قائد «الحزام الأمني»"]}, SECURITY_BELT)
SOCOTRA_GOVERNOR = {"en": ["governor of Socotra", "Socotra governor", "Socotra local authority",
                           "Yemeni government"],
                    "ar": ["محافظ سقطرى", "المحافظ", "السلطة المحلية"]}
UAE = {"en": ["United Arab Emirates", "UAE", "Emirates"], "ar": ["دولة الإمارات", "الإمارات"]}
ARAB_COALITION = {"en": ["Saudi-led coalition", "Arab coalition", "coalition command", "Saudi Arabia"],
                  "ar": ["قيادة التحالف الذي تقوده السعودية", "قيادة التحالف", "التحالف"]}
SAUDI_COMMITTEE = {"en": ["Saudi committee", "Saudi mediation committee", "Saudi forces in Socotra",
                          "Saudi Arabia"],
                   "ar": ["لجنة سعودية", "القوات السعودية"]}
SOCOTRA_PARTIES = merge({"en": ["representatives of both sides", "both sides"],
                         "ar": ["ممثلين عن الطرفين", "الطرفين"]},
                        SOCOTRA_FIGHT)
SOCOTRA_TRUCE = merge(SOCOTRA_PARTIES, SAUDI_COMMITTEE)
BRIGADE_TEN = merge({"en": ["ten brigade soldiers", "ten members of the brigade"],
                     "ar": ["عشرة من أفراد اللواء"]},
                    MARINE_BRIGADE)
SOCOTRA_SHEIKHS = {"en": ["Socotra's sheikhs and elders", "tribal sheikhs", "elders"],
                   "ar": ["مشايخ الأرخبيل وعقّاله", "مشايخ الأرخبيل"]}
UAE_RC = merge({"en": ["Emirates Red Crescent", "UAE Red Crescent"], "ar": ["الهلال الأحمر الإماراتي"]}, UAE)
HADIBU_FAMILIES = merge({"en": ["poor families in Hadibu", "families"], "ar": ["أسر في أحياء حديبو الفقيرة"]},
                        CIVILIANS)
QALANSIYAH_FISHERMEN = merge({"en": ["dozens of fishermen", "fishermen"],
                              "ar": ["عشرات الصيادين", "الصيادين"]},
                             CIVILIANS)
STC_SPOKESMAN = merge({"en": ["STC spokesman in Socotra", "STC spokesman"],
                       "ar": ["المتحدث باسم «الانتقالي»", "متحدث باسم «الانتقالي» في الأرخبيل"]}, STC)
SOCOTRA_GUNMEN = {"en": ["gunmen", "rebel elements", "insurgents"],
                  "ar": ["مسلحون", "«عناصر متمردة»", "عناصر متمردة"]}
BRIGADE_POST = merge({"en": ["army post of the 1st Marine Infantry Brigade", "a soldier"],
                      "ar": ["نقطة عسكرية تابعة للواء الأول مشاة بحري", "جندي"]}, MARINE_BRIGADE)

SOCOTRA = {"accept": ["سقطرى", "أرخبيل سقطرى", "الأرخبيل", "Socotra", "Soqotra", "Socotra Archipelago"]}
HADIBU = place({"accept": ["حديبو", "مدينة حديبو", "Hadibu", "Hadiboh"]}, SOCOTRA)
HADIBU_EAST = place({"accept": ["المدخل الشرقي لمدينة حديبو", "المدخل الشرقي"]}, HADIBU)
HADIBU_SECURITY_HQ = place({"accept": ["مبنى إدارة أمن المحافظة في حديبو", "مبنى إدارة أمن المحافظة"]},
                           HADIBU)
SOCOTRA_GOV_BUILDING = place({"accept": ["مبنى السلطة المحلية"]}, HADIBU)
SOCOTRA_AIRPORT = place({"accept": ["مطار سقطرى", "Socotra airport", "Socotra International Airport"]},
                        SOCOTRA)
SAUDI_HQ_HADIBU = place({"accept": ["مقر قيادة القوات السعودية بحديبو", "مقر قيادة القوات السعودية"]}, HADIBU)
HAWLAF = place({"accept": ["منطقة حولاف", "حولاف", "ميناء حولاف", "Hawlaf", "Hulaf"]}, SOCOTRA)
QALANSIYAH = {"accept": ["قلنسية", "قرب قلنسية", "Qalansiyah", "Qalansiya"]}
QALANSIYAH_DIRECTORATE = place({"accept": ["مبنى المديرية"]}, QALANSIYAH)
