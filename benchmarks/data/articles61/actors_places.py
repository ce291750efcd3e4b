"""Accepted actor names and place names for the sixty-first team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الحكومة», «الوفد») are left out on purpose, with these
exceptions, each used only in an article where it names a single actor:
- 301: «القيادي», «المجموعة», «الخاطفون» and «الصيدلاني» (only ever the commander killed near Tafas, the
  group that fought the Eighth Brigade, the kidnappers of Nawa and the pharmacist they took);
- 302: «الإرهابيون», «الجرحى» and «الطلاب» (only ever, in the state daily's words, the armed groups of the
  northern countryside, the wounded of the rocket attack and the students of Tishreen University);
- 303: «الوفد», «المحتجين», «المسلحين» and «الحاجز» (only ever the Damascus delegation, the protesters of
  al-Karama Square, the local gunmen of the al-Anqud fight and the new checkpoint's men);
- 304: «الجيش», «القطعات» and «اليبشة» (only ever the Iraqi army and its units in Sinjar, and the Sinjar
  Resistance Units);
- 305: «الجنود», «الشابين» and «الشبان» (only ever the Israeli soldiers, the two young men shot at Bani Na'im
  and the young men of the clashes at Bab al-Zawiya).
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
RUSSIA = {"en": ["Russia", "Russian military", "Russian forces", "Russian side"],
          "ar": ["روسيا", "الجانب الروسي", "القوات الروسية"]}

# ================================= 301: Tafas, al-Musayfirah, Nawa, Jasim (a Horan opposition site, 2020)
TAFAS_COMMANDER = merge({"en": ["former opposition commander", "ex-rebel commander", "his companion",
                                "former rebel commander and his escort"],
                         "ar": ["قيادي سابق في فصائل المعارضة ومرافقه", "قيادي سابق في فصائل المعارضة",
                                "القيادي المقتول", "القيادي ومرافقه", "القيادي"]}, CIVILIANS)
EIGHTH_BRIGADE = {"en": ["Eighth Brigade", "8th Brigade", "Fifth Corps", "5th Corps",
                         "Russian-backed Fifth Corps"],
                  "ar": ["«اللواء الثامن»", "اللواء الثامن", "عناصر «اللواء الثامن»", "الفيلق الخامس"]}
MS_GROUP = {"en": ["local group working for Military Security", "Military Security", "Military Intelligence",
                   "pro-government militia"],
            "ar": ["مجموعة محلية تعمل لصالح فرع الأمن العسكري", "مجموعة محلية", "المجموعة", "الأمن العسكري"]}
MUSAYFIRAH_FIGHT = merge(EIGHTH_BRIGADE, MS_GROUP)
MUSAYFIRAH_DETAINEES = {"en": ["four members of the group", "group members", "Military Security militiamen"],
                        "ar": ["أربعة من أفراد المجموعة", "أفراد المجموعة"]}
NAWA_KIDNAPPERS = merge({"en": ["kidnappers", "armed men"],
                         "ar": ["مسلحين اعترضوا طريقه", "الخاطفون", "مسلحين"]}, UNKNOWN)
NAWA_PHARMACIST = merge({"en": ["pharmacist", "pharmacist from Nawa", "kidnapped pharmacist"],
                         "ar": ["صيدلاني من أبناء مدينة نوى", "الصيدلاني المختطف", "الصيدلاني", "صيدلاني"]},
                        CIVILIANS)
NAWA_FAMILY = {"en": ["his family", "the pharmacist's family"], "ar": ["عائلته"]}
AFI = {"en": ["Air Force Intelligence", "Syrian Air Force Intelligence", "Air Force Intelligence Directorate",
              "Syrian government"],
       "ar": ["دورية تابعة لفرع المخابرات الجوية", "فرع المخابرات الجوية", "المخابرات الجوية"]}
MAHAJJA_YOUTHS = merge({"en": ["three young men from Mahajjah", "young men"],
                        "ar": ["ثلاثة شبان من بلدة محجة", "ثلاثة شبان"]}, CIVILIANS)
CENTRAL_COMMITTEE = {"en": ["Central Committee", "Central Committee of western Daraa",
                            "Daraa Central Committee",
                            "negotiating committee", "committee members"],
                     "ar": ["أعضاء في «اللجنة المركزية»", "«اللجنة المركزية»", "اللجنة المركزية"]}
RU_OFFICER = merge({"en": ["Russian officer"], "ar": ["ضابط روسي"]}, RUSSIA)
FOURTH_DIV = {"en": ["Fourth Division", "4th Armoured Division", "Fourth Armoured Division", "Syrian army",
                     "Syrian government forces"],
              "ar": ["ضابط في الفرقة الرابعة", "حاجز للفرقة الرابعة", "الفرقة الرابعة"]}
TAFAS_NOTABLE = {"en": ["Tafas notable", "a notable of Tafas", "notable"], "ar": ["أحد وجهاء طفس"]}
TAFAS_PEOPLE = merge({"en": ["people of Tafas", "Tafas residents", "Tafas notables"],
                      "ar": ["أهالي طفس", "وجهاء المدينة"]}, CIVILIANS)
WANTED_SIX = {"en": ["six wanted men", "wanted men"], "ar": ["ستة مطلوبين"]}
CC_RU = merge(CENTRAL_COMMITTEE, RUSSIA)
JASIM_VICTIM = {"en": ["former rebel who joined Military Security", "Military Security member",
                       "former opposition fighter"],
                "ar": ["عنصر سابق في فصائل المعارضة", "عنصر سابق"]}
REGIME_2018 = merge(SY_REGIME, {"en": ["Russia"], "ar": ["روسيا"]})
DARAA_FACTIONS_RU = {"en": ["Daraa opposition factions", "Russia", "Syrian government"],
                     "ar": ["الفصائل", "روسيا"]}
REGIME_VEHICLE = merge({"en": ["military vehicle", "regime military vehicle"],
                        "ar": ["سيارة عسكرية لقوات النظام"]}, SY_REGIME)

# ====================================================== places: 301
TAFAS_ROAD = {"accept": ["الطريق الواصل بين مدينة طفس وبلدة المزيريب", "طريق المزيريب", "طفس", "المزيريب",
                         "Tafas", "al-Muzayrib", "Muzayrib", "Mzeirib"]}
MUSAYFIRAH = {"accept": ["بلدة المسيفرة", "المسيفرة", "al-Musayfirah", "Musayfirah", "Msayfrah"]}
MUSAYFIRAH_BUSRA = {"accept": ["المسيفرة", "بصرى الشام", "مدينة بصرى الشام", "al-Musayfirah", "Musayfirah",
                               "Busra al-Sham", "Bosra"]}
NAWA = {"accept": ["مدينة نوى", "نوى", "Nawa", "Nawa city"]}
SANAMAYN = {"accept": ["مدينة الصنمين", "الصنمين", "أوتوستراد دمشق – درعا الدولي", "al-Sanamayn", "Sanamayn",
                       "as-Sanamayn"]}
DARAA_CITY = {"accept": ["مبنى المحافظة بمدينة درعا", "مدينة درعا", "درعا", "Daraa", "Dar'a", "Deraa"]}
YADUDAH = {"accept": ["بلدة اليادودة", "اليادودة", "al-Yadudah", "Yadudah", "Yadouda"]}
TAFAS = {"accept": ["طفس", "مدينة طفس", "Tafas"]}
JASIM = {"accept": ["مدينة جاسم", "جاسم", "Jasim", "Jassem", "Jasem"]}
DARAA_GOV = {"accept": ["محافظة درعا", "درعا", "Daraa Governorate", "Daraa"]}
KARAK = {"accept": ["بلدة الكرك الشرقي", "الكرك الشرقي", "al-Karak al-Sharqi", "Karak al-Sharqi"]}

# ============================ 302: Latakia city, Kinsabba, Salma, al-Haffah (a state daily of Latakia, 2015)
LATAKIA_MILITANTS = {"en": ["armed opposition groups", "rebels", "terrorist organisations", "Jabhat al-Nusra",
                            "Islamist rebels", "militants"],
                     "ar": ["التنظيمات الإرهابية التكفيرية", "التنظيمات الإرهابية", "الإرهابيون",
                            "الإرهابيين",
                            "صفحات تابعة للمجموعات المسلحة", "المجموعات المسلحة"]}
LATAKIA_VICTIMS = merge({"en": ["four citizens", "civilians of al-Ziraa", "schoolgirl",
                                "students and vendors"],
                         "ar": ["أربعة مواطنين", "ثلاثة شهداء", "طالبة في المرحلة الإعدادية", "مواطنين"]},
                        CIVILIANS)
SAA_NDF = {"en": ["Syrian Arab Army", "Syrian army", "National Defence Forces", "NDF",
                  "Syrian government forces"],
           "ar": ["وحدات من الجيش العربي السوري", "الجيش العربي السوري", "مجموعات الدفاع الوطني"]}
NUSRA = {"en": ["Jabhat al-Nusra", "al-Nusra Front", "Nusra Front", "allied rebel groups"],
         "ar": ["إرهابيي «جبهة النصرة»", "«جبهة النصرة»", "جبهة النصرة", "الإرهابيون"]}
KINSABBA_FIGHT = merge(SAA_NDF, NUSRA)
SY_RU_AIR = {"en": ["Syrian Arab Air Force", "Syrian air force", "Russian Aerospace Forces",
                    "Russian air force",
                    "warplanes"],
             "ar": ["سلاح الجو في الجيش العربي السوري", "القوات الجوية الروسية الصديقة",
                    "القوات الجوية الروسية",
                    "سلاح الجو"]}
SALMA_MILITANTS = {"en": ["militants", "rebel positions", "armed groups of Jabal al-Akrad"],
                   "ar": ["تجمعات الإرهابيين", "الإرهابيين"]}
LATAKIA_GOVERNOR = {"en": ["Governor of Latakia", "Latakia governor", "Syrian government"],
                    "ar": ["محافظ اللاذقية"]}
LATAKIA_WOUNDED = merge({"en": ["the wounded", "injured civilians"], "ar": ["الجرحى", "أسر الشهداء"]},
                        CIVILIANS)
SY_GEN_COMMAND = {"en": ["General Command of the Army and Armed Forces", "Syrian army", "Syrian Armed Forces",
                         "Syrian government"],
                  "ar": ["القيادة العامة للجيش والقوات المسلحة", "وحداتها"]}
LATAKIA_GUNMEN = {"en": ["militants", "armed men", "rebels", "shell launchers"],
                  "ar": ["المسلحين المغرّر بهم", "المسلحين", "مطلقي القذائف"]}
SARC_WFP = {"en": ["Syrian Arab Red Crescent", "SARC", "Red Crescent", "World Food Programme", "WFP"],
            "ar": ["منظمة الهلال الأحمر العربي السوري", "الهلال الأحمر", "برنامج الأغذية العالمي"]}
LATAKIA_DISPLACED = merge({"en": ["displaced families", "IDPs", "families displaced from northern Latakia"],
                           "ar": ["الأسر المهجّرة من قرى ريف اللاذقية الشمالي", "الأسر المهجّرة"]}, CIVILIANS)
TISHREEN_STUDENTS = {"en": ["Tishreen University students", "students"],
                     "ar": ["طلاب جامعة تشرين", "الطلاب"]}
INTL_ORGS = {"en": ["international organisations", "United Nations"], "ar": ["المنظمات الدولية"]}
HAFFAH_VICTIM = merge({"en": ["a citizen", "residents of al-Haffah"], "ar": ["مواطن"]}, CIVILIANS)
RU_AIR = {"en": ["Russian Aerospace Forces", "Russian air force", "Russia"],
          "ar": ["القوات الجوية الروسية"]}
SY_GOV = {"en": ["Syrian government", "Government of Syria", "Damascus"], "ar": ["الحكومة السورية"]}

# ====================================================== places: 302
LATAKIA_ZIRAA = {"accept": ["حي الزراعة", "دوار الأزهري", "مدينة اللاذقية", "اللاذقية", "al-Ziraa", "Latakia",
                            "Lattakia", "Al-Ladhiqiyah"]}
KINSABBA = {"accept": ["بلدة كنسبا", "كنسبا", "ريف اللاذقية الشمالي", "Kinsabba", "Kansaba",
                       "Kinsabba hills"]}
SALMA = {"accept": ["بلدة سلمى", "سلمى", "جبل الأكراد", "Salma", "Slinfah", "Jabal al-Akrad"]}
LATAKIA_HOSPITAL = {"accept": ["المشفى الوطني", "اللاذقية", "Latakia", "Latakia National Hospital"]}
LATAKIA_PORT = {"accept": ["مرفأ اللاذقية", "اللاذقية", "Latakia port", "Latakia"]}
LATAKIA = {"accept": ["اللاذقية", "مدينة اللاذقية", "Latakia", "Lattakia"]}
LATAKIA_SHELTERS = {"accept": ["المدينة الرياضية", "مراكز الإيواء بالمدينة الرياضية", "اللاذقية", "Latakia",
                               "Latakia Sports City"]}
TISHREEN_UNI = {"accept": ["جامعة تشرين", "مبنى رئاسة الجامعة", "اللاذقية", "Tishreen University", "Latakia"]}
BAHLULIYAH = {"accept": ["بلدة البهلولية", "البهلولية", "al-Bahluliyah", "Bahlouliyeh", "Bahluliyah"]}
HAFFAH = {"accept": ["مدينة الحفة", "الحفة", "al-Haffah", "Haffah", "al-Haffeh"]}
SYRIA = {"accept": ["سوريا", "Syria"]}

# ============================= 303: Suwayda, Qanawat, al-Karama Square, al-Mazraa (a Suwayda local page,
# 2024)
DAMASCUS_DELEGATION = {"en": ["security and party delegation from Damascus", "Damascus delegation",
                              "Syrian government delegation", "Syrian government"],
                       "ar": ["وفد أمني وحزبي قادم من دمشق", "وفد أمني وحزبي", "الوفد"]}
SPIRITUAL_LEADERSHIP = {"en": ["Druze spiritual leadership", "Sheikh al-Aql", "spiritual leader of the Druze",
                               "Druze spiritual leader"],
                        "ar": ["دار الرئاسة الروحية لطائفة الموحدين الدروز", "الرئاسة الروحية",
                               "أحد مشايخ العقل", "شيخ العقل"]}
SUWAYDA_PROTESTERS = merge({"en": ["protesters", "demonstrators", "Suwayda protest movement",
                                   "protest movement"],
                            "ar": ["مئات المحتجين", "المحتجين", "المحتجون", "حراك السويداء", "الحراك"]},
                            CIVILIANS)
ANQUD_GUNMEN = {"en": ["local gunmen", "local armed men", "Druze gunmen"],
                "ar": ["مسلحين محليين", "المسلحين", "أحد المسلحين"]}
ANQUD_CHECKPOINT = {"en": ["security checkpoint", "checkpoint personnel", "Syrian security forces",
                           "Syrian government forces"],
                    "ar": ["عناصر الحاجز الأمني المستحدث", "الحاجز الأمني المستحدث", "عنصر من الحاجز",
                           "عنصر أمن", "«نقطة لحفظ الأمن»", "عناصر حاجز العنقود"]}
ANQUD_FIGHT = merge(ANQUD_GUNMEN, ANQUD_CHECKPOINT)
RIJAL_KARAMA = {"en": ["Men of Dignity Movement", "Rijal al-Karama", "Men of Dignity"],
                "ar": ["«حركة رجال الكرامة»", "حركة رجال الكرامة", "رجال الكرامة"]}
SY_SECURITY_AGENCIES = {"en": ["Syrian security agencies", "Syrian security services", "Syrian government"],
                        "ar": ["الأجهزة الأمنية"]}
SY_CONVOY = {"en": ["Syrian army", "Syrian government forces", "military convoy"],
             "ar": ["رتل عسكري"]}
DELEGATION_SPIRITUAL = merge(DAMASCUS_DELEGATION, SPIRITUAL_LEADERSHIP)
SANA = {"en": ["SANA", "Syrian Arab News Agency", "Syrian government"],
        "ar": ["الوكالة العربية السورية للأنباء (سانا)", "الوكالة العربية السورية للأنباء", "سانا"]}
FOREIGN_PARTIES = {"en": ["foreign parties", "foreign powers"], "ar": ["«جهات خارجية»", "جهات خارجية"]}
HIRAK_BODY = {"en": ["General Body of the protest movement", "Suwayda protest movement", "protest movement",
                     "protesters"],
              "ar": ["الهيئة العامة للحراك", "الحراك"]}
SUWAYDA_GOVERNORATE = {"en": ["Suwayda governorate", "governor of Suwayda", "Syrian government"],
                       "ar": ["المحافظة", "مبنى المحافظة"]}
QURAYYA_YOUTHS = {"en": ["three young men from al-Qurayya", "young men"], "ar": ["ثلاثة شبان من بلدة القريا"]}
SHAHBA_VICTIM = merge({"en": ["young man from Shahba"], "ar": ["شاب من مدينة شهبا"]}, CIVILIANS)
JARAMANA_CIVIC = {"en": ["civic groups of Jaramana and Sahnaya", "Druze of Jaramana", "community figures"],
                  "ar": ["فعاليات أهلية في جرمانا وصحنايا", "فعاليات أهلية"]}
SY_AUTHORITIES = {"en": ["Syrian authorities", "Syrian government"], "ar": ["السلطات"]}

# ====================================================== places: 303
QANAWAT = {"accept": ["بلدة قنوات", "قنوات", "دار الرئاسة الروحية", "Qanawat", "Qanawat town"]}
KARAMA_SQUARE = {"accept": ["ساحة الكرامة", "مدينة السويداء", "السويداء", "al-Karama Square", "Suwayda",
                            "As-Suwayda", "Sweida"]}
ANQUD = {"accept": ["دوار العنقود", "العنقود", "المدخل الشمالي لمدينة السويداء", "مدينة السويداء", "السويداء",
                    "al-Anqud roundabout", "Suwayda", "As-Suwayda"]}
THALA = {"accept": ["مطار الثعلة العسكري", "مطار الثعلة", "الثعلة", "Tha'la airbase", "Thaala", "al-Tha'la"]}
KARAMA_PLATFORM = {"accept": ["منصة الساحة", "ساحة الكرامة", "السويداء", "al-Karama Square", "Suwayda",
                              "As-Suwayda"]}
SUWAYDA = {"accept": ["السويداء", "مدينة السويداء", "Suwayda", "As-Suwayda", "Sweida"]}
RIF_DIMASHQ = {"accept": ["ريف دمشق", "Rif Dimashq", "Damascus countryside"]}
MAZRAA = {"accept": ["بلدة المزرعة", "المزرعة", "al-Mazraa", "Mazraa", "al-Mazra'a"]}
SUWAYDA_GOV = {"accept": ["المحافظة", "السويداء", "Suwayda Governorate", "As-Suwayda"]}
JARAMANA = {"accept": ["جرمانا", "صحنايا", "ريف دمشق", "Jaramana", "Sahnaya", "Rif Dimashq"]}
POLICE_HQ_SUWAYDA = {"accept": ["حاجز العنقود", "العنقود", "مبنى قيادة الشرطة في المدينة", "السويداء",
                                "al-Anqud", "Suwayda"]}

# ======================== 304: Sinuni, Sinjar, Khanasor, Duhok, Tal Afar (an Iraqi news site of Mosul, 2022)
IQ_ARMY_SINJAR = {"en": ["Iraqi army", "Iraqi Army 20th Division", "20th Division", "Iraqi Armed Forces",
                         "Iraqi security forces"],
                  "ar": ["الفرقة العشرين في الجيش العراقي", "الفرقة العشرين", "الجيش العراقي",
                         "قطعات الجيش", "القطعات العسكرية", "القطعات", "الجيش"]}
YBS = {"en": ["Sinjar Resistance Units", "YBS", "Yazidi militia", "PKK-affiliated Sinjar Resistance Units"],
       "ar": ["«وحدات مقاومة سنجار»", "وحدات مقاومة سنجار", "«اليبشة»", "اليبشة"]}
SINUNI_FIGHT = merge(IQ_ARMY_SINJAR, YBS)
YAZIDI_FAMILIES = merge({"en": ["Yazidi families", "displaced Yazidis", "IDPs"],
                         "ar": ["أكثر من مئتي عائلة إيزيدية", "عائلة إيزيدية", "الواصلين"]}, CIVILIANS)
DUHOK_MIGRATION = {"en": ["Duhok Directorate of Migration and Displacement",
                          "Ministry of Migration and Displacement",
                          "Kurdistan Regional Government"],
                   "ar": ["فرق دائرة الهجرة والمهجرين في المحافظة", "دائرة الهجرة والمهجرين", "الدائرة"]}
TURKEY_DRONE = {"en": ["Turkish drone", "Turkey", "Turkish Armed Forces", "Turkish military"],
                "ar": ["طائرة مسيّرة، يُرجَّح أنها تركية", "طائرة مسيّرة", "وزارة الدفاع التركية"]}
YBS_COMMANDER = merge({"en": ["YBS commander", "a commander of the Sinjar Resistance Units", "his companion"],
                       "ar": ["قيادياً في «اليبشة»", "قيادياً", "«تحييد إرهابيَّين اثنين»"]}, YBS)
KRG_DELEGATION = {"en": ["Kurdistan Regional Government delegation", "KRG", "Kurdistan Regional Government",
                         "Erbil"],
                  "ar": ["وفد من حكومة إقليم كردستان", "حكومة إقليم كردستان", "أربيل"]}
IQ_NSA = {"en": ["Iraqi National Security Advisory", "National Security Adviser", "Iraqi government",
                 "Baghdad"],
          "ar": ["مستشارية الأمن القومي", "بغداد"]}
BAGHDAD_ERBIL = {"en": ["Iraqi federal government and Kurdistan Regional Government", "Iraqi government",
                        "Kurdistan Regional Government", "Baghdad and Erbil"],
                 "ar": ["الحكومتان", "حكومة إقليم كردستان"]}
SINUNI_YOUTHS = merge({"en": ["about twenty young men", "young Yazidi men"],
                       "ar": ["نحو عشرين شاباً", "عشرين شاباً"]}, CIVILIANS)
IQ_JOC = {"en": ["Iraqi Joint Operations Command", "Joint Operations Command", "Iraqi military",
                 "Iraqi army"],
          "ar": ["قيادة العمليات المشتركة"]}
YAZIDI_MPS = {"en": ["Yazidi MPs", "Yazidi members of parliament",
                     "Iraqi Council of Representatives members"],
              "ar": ["نواب إيزيديون في مجلس النواب", "نواب إيزيديون"]}
TALAFAR_POLICEMAN = {"en": ["Tal Afar policeman", "police officer", "Iraqi police"],
                     "ar": ["منتسب في شرطة قضاء تلعفر", "منتسب"]}
ISIS = {"en": ["Islamic State", "ISIS", "IS", "Daesh", "ISIL"], "ar": ["تنظيم «داعش»", "داعش"]}
KURDISH_FORCES = {"en": ["Kurdish forces", "Peshmerga", "Kurdish fighters"], "ar": ["القوات الكردية"]}
SINJAR_QAIMAQAM = {"en": ["Sinjar district commissioner", "mayor of Sinjar", "Qaimaqam of Sinjar",
                          "Sinjar district administration"],
                   "ar": ["قائممقام سنجار"]}
SINUNI_ELDERS = {"en": ["Yazidi tribal sheikhs", "notables of Sinuni", "Yazidi elders"],
                 "ar": ["عدد من شيوخ العشائر الإيزيدية ووجهاء سنوني", "شيوخ العشائر الإيزيدية",
                        "وجهاء سنوني"]}
SINUNI_OWNERS = merge({"en": ["owners of damaged homes and shops"], "ar": ["أصحاب المنازل والمحال المتضررة"]},
                      CIVILIANS)
WEST_NINEVEH_OPS = {"en": ["West Nineveh Operations Command", "Iraqi army", "Iraqi security forces"],
                    "ar": ["قيادة عمليات غرب نينوى"]}

# ====================================================== places: 304
SINUNI = {"accept": ["ناحية سنوني", "سنوني", "Sinuni", "Snuny", "Sinune", "Sinjar"]}
SINUNI_MARKET = {"accept": ["سوق سنوني", "سنوني", "Sinuni", "Snuny"]}
DUHOK = {"accept": ["مخيمات النزوح في محافظة دهوك", "محافظة دهوك", "دهوك", "Duhok", "Dohuk", "Dahuk"]}
KHANASOR = {"accept": ["مجمع خانصور", "خانصور", "سنجار", "Khanasor", "Khana Sor", "Sinjar"]}
BAGHDAD = {"accept": ["بغداد", "Baghdad"]}
SINJAR = {"accept": ["سنجار", "قضاء سنجار", "Sinjar", "Shingal", "Sinjar District"]}
SINJAR_QAIM = {"accept": ["مبنى القائممقامية", "سنجار", "Sinjar", "Sinjar district office"]}
TAL_AFAR = {"accept": ["قضاء تلعفر", "تلعفر", "سوق القضاء", "Tal Afar", "Tel Afar", "Talafar"]}

# =================== 305: Bani Na'im, Sa'ir, Hebron, Yatta, Beit Ummar (a pan-Arab daily, 2016)
IL_ARMY = {"en": ["Israeli army", "Israel Defense Forces", "IDF", "Israeli forces",
                  "Israeli occupation forces",
                  "Israeli soldiers", "Military Forces of Israel"],
           "ar": ["جنود الاحتلال الإسرائيلي", "جنود الاحتلال", "قوات الاحتلال", "جيش الاحتلال",
                  "جرافات الاحتلال",
                  "سلطات الاحتلال", "الجنود"]}
BANI_NAIM_YOUTHS = merge({"en": ["two young men from Bani Na'im", "Palestinian youths", "attacker"],
                          "ar": ["شابين من بلدة بني نعيم", "الشابين", "أحد الشابين", "مهاجم واحد"]},
                          CIVILIANS)
BANI_NAIM_BROTHER = {"en": ["brother of one of the young men", "relative"], "ar": ["شقيق أحدهما"]}
SAIR_PRISONER = {"en": ["prisoner's family", "family of a Palestinian prisoner", "Palestinian prisoner"],
                 "ar": ["منزلاً من طابقين يعود لأسير", "لأسير", "العائلة"]}
PS_MOFA = {"en": ["Palestinian Ministry of Foreign Affairs", "Palestinian Foreign Ministry",
                  "Palestinian Authority"],
           "ar": ["وزارة الخارجية الفلسطينية"]}
IL_GOV = {"en": ["Israeli government", "Israel", "Government of Israel"], "ar": ["حكومة الاحتلال"]}
UNSC = {"en": ["UN Security Council", "Security Council", "United Nations"],
        "ar": ["مجلس الأمن الدولي", "مجلس الأمن"]}
SETTLERS = {"en": ["Israeli settlers", "settlers"], "ar": ["مستوطنين", "المستوطنين"]}
YATTA_OWNERS = merge({"en": ["car owners", "Palestinian villagers"], "ar": ["مركبتين لمواطنين"]}, CIVILIANS)
IL_DEF_MIN = {"en": ["Israeli Defence Minister", "Israeli Ministry of Defence", "Israel",
                     "Israeli government"],
              "ar": ["وزير الجيش الإسرائيلي"]}
HEBRON_PEOPLE = merge({"en": ["people of Hebron", "Hebron governorate", "young men of Hebron"],
                       "ar": ["شبان منها"]}, CIVILIANS)
HEBRON_YOUTHS = {"en": ["Palestinian youths", "protesters", "stone-throwers", "rioters"],
                 "ar": ["عشرات الشبان", "سبعة شبان", "الشبان"]}
ICRC = {"en": ["International Committee of the Red Cross", "ICRC", "Red Cross"],
        "ar": ["وفد من اللجنة الدولية للصليب الأحمر", "اللجنة الدولية للصليب الأحمر", "الصليب الأحمر"]}
HEBRON_GOVERNOR = {"en": ["Governor of Hebron", "Hebron governor", "Palestinian Authority"],
                   "ar": ["محافظ الخليل"]}
TIPH = {"en": ["Temporary International Presence in Hebron", "TIPH", "international observers"],
        "ar": ["بعثة التواجد الدولي المؤقت في الخليل", "التواجد الدولي المؤقت", "TIPH"]}
BEIT_UMMAR_VICTIM = merge({"en": ["young man from Beit Ummar"], "ar": ["شاباً من بلدة بيت أمر"]}, CIVILIANS)
ISRAEL_PLO = {"en": ["Israel and the PLO", "Israel", "Palestine Liberation Organization"],
              "ar": ["بروتوكول الخليل"]}
AMBULANCES_STUDENTS = merge({"en": ["ambulances and university students", "students"],
                             "ar": ["سيارات الإسعاف وطلاب الجامعات", "طلاب الجامعات"]}, CIVILIANS)

# ====================================================== places: 305
BANI_NAIM_ENTRANCE = {"accept": ["المدخل الغربي للبلدة", "بلدة بني نعيم", "بني نعيم", "Bani Na'im",
                                 "Bani Naim",
                                 "Beni Naim"]}
BANI_NAIM = {"accept": ["بلدة بني نعيم", "بني نعيم", "Bani Na'im", "Bani Naim", "Beni Naim"]}
SAIR = {"accept": ["بلدة سعير", "سعير", "Sa'ir", "Sair", "Si'ir"]}
GUSH_ETZION = {"accept": ["مفترق «غوش عتصيون»", "غوش عتصيون", "Gush Etzion junction", "Gush Etzion"]}
YATTA = {"accept": ["بلدة يطا", "يطا", "Yatta", "Yata"]}
HEBRON_GOV = {"accept": ["محافظة الخليل", "الخليل", "Hebron Governorate", "Hebron"]}
BAB_AL_ZAWIYA = {"accept": ["باب الزاوية", "مدينة الخليل", "الخليل", "Bab al-Zawiya", "Hebron"]}
HEBRON_CITY = {"accept": ["مقر المحافظة", "الخليل", "Hebron"]}
BEIT_UMMAR = {"accept": ["مستوطنة «كرمي تسور»", "كرمي تسور", "بلدة بيت أمر", "بيت أمر", "Beit Ummar",
                         "Karmei Tzur"]}
HEBRON = {"accept": ["الخليل", "Hebron"]}
