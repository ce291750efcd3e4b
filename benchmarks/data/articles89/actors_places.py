"""Accepted actor names and place names for the eighty-ninth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «الشرطة», «الاتحاد», «المجلس») are left out on purpose, with these
exceptions, each used only in an article where it names a single actor:
- 441: «الراحل» (only ever the slain head of al-Rastan's council), «الأمن العسكري» (only ever the Military
  Security branch);
- 442: «الهيئة» (only ever the Kurdish Red Crescent), «الأسايش» (only ever the Asayish of al-Hol);
- 443: «الشرطة» (only ever the Babil police and its riot regiment), «اللجنة» (only ever the parliamentary
  Labour and Services Committee in the sentence that names it);
- 444: «الوالي» (only ever the governor of Kasserine), «الدورية» (only ever the army patrol of the clash);
- 445: «الحلف» (only ever the Hadramawt Tribal Alliance).
In meetings, negotiations and agreements between two parties (CONSULT, AGREE) both parties are accepted in
either role. In a two-sided fight (the main event of 444) both sides are sources and there is no recipient.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ============================================================ 441: al-Rastan and Talbiseh (Homs), 2023
RASTAN_HEAD = {"en": ["head of al-Rastan city council", "al-Rastan council head", "council head"],
               "ar": ["رئيس مجلس مدينة الرستن", "رئيس المجلس", "الراحل", "سيارة رئيس المجلس"]}
MIL_SECURITY = {"en": ["Syrian Military Security", "Military Security branch", "Syrian security forces"],
                "ar": ["فرع الأمن العسكري", "دورية من الأمن العسكري", "الأمن العسكري"]}
INTERNAL_SECURITY = {"en": ["Syrian Internal Security Forces", "Syrian police"], "ar": ["قوى الأمن الداخلي"]}
CORDON = merge(MIL_SECURITY, INTERNAL_SECURITY)
HOMS_POLICE = {"en": ["Homs Police Command", "Syrian police", "Police Forces of Syria"],
               "ar": ["قيادة شرطة محافظة حمص", "قيادة شرطة حمص", "شرطة حمص"]}
HOMS_GOVERNOR = {"en": ["Governor of Homs", "Homs governor", "Syrian government"],
                 "ar": ["محافظ حمص", "وفد أمني وحزبي"]}
RASTAN_FAMILY = {"en": ["the victim's family", "family of the council head"],
                 "ar": ["عائلة الراحل", "أحد وجهائها"]}
TERROR_CELLS = {"en": ["terrorist cells", "cells run by foreign parties", "foreign parties"],
                "ar": ["«خلايا إرهابية تحركها جهات خارجية»", "خلايا إرهابية", "جهات خارجية"]}
PERPETRATORS = {"en": ["the perpetrators", "the assassins"], "ar": ["الفاعلين", "الرؤوس المدبّرة"]}
RASTAN_GATHERING = {"en": ["Gathering of al-Rastan's Sons", "al-Rastan activists", "activists of al-Rastan"],
                    "ar": ["«تجمع أبناء الرستن»", "تجمع أبناء الرستن"]}
AFI_GROUP = {"en": ["local group linked to Air Force Intelligence", "Air Force Intelligence",
                    "Syrian Air Force Intelligence"],
             "ar": ["مجموعةً محلية مرتبطة بفرع المخابرات الجوية", "فرع المخابرات الجوية", "المخابرات الجوية",
                    "قادة المجموعة"]}
FIVE_YOUTHS = {"en": ["five young men", "suspects", "detainees"], "ar": ["خمسة شبان", "أي منهم"]}
RASTAN_HOUSES = {"en": ["houses in the northern quarter", "residents of the northern quarter"],
                 "ar": ["منازل في الحي الشمالي"]}
RASTAN_RESIDENTS = {"en": ["residents of al-Rastan", "people of the city", "informants"],
                    "ar": ["أبناء المدينة", "لمن يدلي بمعلومات"]}
TELEGRAM_CHANNEL = {"en": ["Saraya al-Asi", "Telegram channel"], "ar": ["«سرايا العاصي»", "سرايا العاصي"]}
RASTAN_COUNCIL = {"en": ["al-Rastan city council", "council members", "city council"],
                  "ar": ["أعضاء مجلس المدينة", "مجلس المدينة", "أمين سر المجلس"]}
HOMS_GOV_REP = {"en": ["representative of Homs governorate", "Homs governorate"],
                "ar": ["ممثل عن محافظة حمص", "محافظة حمص"]}
COUNCIL_SESSION = merge(RASTAN_COUNCIL, HOMS_GOV_REP)
BAATH_HOMS = {"en": ["Baath Party branch in Homs", "Baath Party"], "ar": ["فرع حزب البعث في حمص",
                                                                          "حزب البعث"]}
MOURNERS = {"en": ["mourners"], "ar": ["بعض المشيعين", "المشيعين"]}
TALBISEH_MUKHTAR = {"en": ["mukhtar of Talbiseh", "village headman of Talbiseh"],
                    "ar": ["مختار بلدة تلبيسة", "مختار"]}
MOTORBIKE_GUNMEN = {"en": ["two gunmen on a motorbike", "gunmen", "unidentified gunmen"],
                    "ar": ["مسلحان يستقلان دراجة نارية", "مسلحان"]}

# ====================================================== places: 441
HOMS_GOV = {"accept": ["محافظة حمص", "ريف حمص الشمالي", "Homs Governorate", "northern Homs countryside"]}
RASTAN = place({"accept": ["الرستن", "مدينة الرستن", "al-Rastan", "Rastan", "Ar-Rastan"]}, HOMS_GOV)
RASTAN_WEST = place({"accept": ["الحي الغربي", "western quarter of al-Rastan"]}, RASTAN)
RASTAN_NORTH = place({"accept": ["الحي الشمالي", "northern quarter of al-Rastan"]}, RASTAN)
RASTAN_ENTRANCES = place({"accept": ["مداخل المدينة", "جسر الرستن", "al-Rastan bridge", "M5 highway"]},
                         RASTAN)
TALBISEH = place({"accept": ["تلبيسة", "بلدة تلبيسة", "Talbiseh", "Talbisah", "Talbisa"]}, HOMS_GOV)

# ========================================================== 442: Tal Tamr, Qamishli, al-Hol (Hasakah), 2021
RU_MP = {"en": ["Russian military police", "Russia", "Russian forces", "Russian Armed Forces"],
         "ar": ["الشرطة العسكرية الروسية", "وفد من الشرطة العسكرية الروسية", "الجانب الروسي",
                "القوات الروسية"]}
SDF = {"en": ["Syrian Democratic Forces", "SDF", "QSD"],
       "ar": ["«قوات سوريا الديمقراطية»", "قوات سوريا الديمقراطية", "«قسد»", "قسد", "مقاتلي «قسد»"]}
SDF_LEADERS = merge({"en": ["SDF commanders"], "ar": ["قياديين في «قوات سوريا الديمقراطية»"]}, SDF)
RU_SDF = merge(RU_MP, SDF_LEADERS)
TURKEY_SNA = {"en": ["Turkish army", "Turkish Armed Forces", "Turkey", "Syrian National Army", "SNA",
                     "Turkish-backed factions"],
              "ar": ["الجيش التركي", "الفصائل السورية الموالية له", "القوات التركية", "الجانب التركي",
                     "الفصائل"]}
KHABUR_CIVILIANS = {"en": ["civilians", "residents of Tal Jumaa and Umm al-Keif", "Assyrian villagers"],
                    "ar": ["ثلاثة مدنيين", "أربعة قتلى من المدنيين", "المدنيين", "ضحايا القصف"]}
KURDISH_RC = {"en": ["Kurdish Red Crescent", "Heyva Sor a Kurd"], "ar": ["هيئة الهلال الأحمر الكردي",
                                                                         "الهيئة"]}
KHABUR_DISPLACED = {"en": ["displaced families", "displaced people of the Khabur villages"],
                    "ar": ["العائلات النازحة"]}
INTL_ORG = {"en": ["international organization", "international NGO"], "ar": ["إحدى المنظمات الدولية"]}
ASSYRIAN_CHURCH = {"en": ["Assyrian Church of the East diocese in Hasakah", "Assyrian Church"],
                   "ar": ["مطرانية الكنيسة الآشورية في الحسكة", "الكنيسة الآشورية", "مطرانية"]}
INTL_COMMUNITY = {"en": ["international community", "guarantor states"],
                  "ar": ["«المجتمع الدولي والدول الضامنة»", "المجتمع الدولي", "الدول الضامنة"]}
TURKISH_SIDE = {"en": ["Turkey", "Turkish army", "Turkish side"], "ar": ["الجانب التركي", "أنقرة"]}
AANES = {"en": ["Autonomous Administration of North and East Syria", "AANES", "Autonomous Administration"],
         "ar": ["الإدارة الذاتية لشمال وشرق سوريا", "الإدارة الذاتية", "عضو في مجلسها التنفيذي"]}
KHABUR_PROTESTERS = {"en": ["residents of the Khabur villages", "local activists"],
                     "ar": ["عشرات من أبناء قرى الخابور", "أبناء قرى الخابور", "ناشطون من منظمات محلية"]}
ASAYISH = {"en": ["Asayish", "Internal Security Forces", "Kurdish security forces"],
           "ar": ["عناصر الأسايش", "الأسايش"]}
HOL_SUSPECTS = {"en": ["six suspected ISIS members", "suspects"], "ar": ["ستة أشخاص"]}
HOL_VICTIM = {"en": ["Iraqi refugee", "camp resident"], "ar": ["لاجئ عراقي"]}
SDF_COMMANDER = merge({"en": ["SDF commander-in-chief", "SDF general commander"],
                       "ar": ["القائد العام لـ«قسد»", "قواته"]}, SDF)
TRUCE_PARTIES = merge({"en": ["Russia"], "ar": ["برعاية روسية", "الجانب الروسي"]}, SDF, TURKEY_SNA)
JOINT_PATROL = merge(RU_MP, {"en": ["Turkish forces", "Turkish army", "Turkey"],
                             "ar": ["القوات التركية", "وزارة الدفاع التركية"]})
SDF_SANA = merge({"en": ["SDF militia"], "ar": ["«ميليشيا قسد»", "ميليشيا قسد"]}, SDF)
FIVE_YOUNG_MEN = {"en": ["five young men", "conscripts"], "ar": ["خمسة شبان"]}
TURKISH_DRONE = {"en": ["Turkish drone", "Turkish army", "Turkey", "Turkish Armed Forces"],
                 "ar": ["طائرة مسيّرة تركية", "أنقرة"]}
DRONE_VICTIMS = merge({"en": ["three SDF members"], "ar": ["ثلاثة من عناصر «قسد»"]}, SDF)

# ====================================================== places: 442
HASAKAH = {"accept": ["الحسكة", "محافظة الحسكة", "al-Hasakah", "Hasakah", "Hasaka"]}
QAMISHLI = {"accept": ["القامشلي", "al-Qamishli", "Qamishli", "Kamishli"]}
QAMISHLI_AIRPORT = place({"accept": ["مطار القامشلي", "Qamishli airport", "بوابة مطار القامشلي"]}, QAMISHLI,
                         HASAKAH)
TAL_TAMR = place({"accept": ["تل تمر", "بلدة تل تمر", "ريف تل تمر", "Tal Tamr", "Tell Tamer", "Tal Tamer"]},
                 HASAKAH)
KHABUR_VILLAGES = place({"accept": ["قريتي تل جمعة وأم الكيف", "تل جمعة", "Tal Jumaa", "Tell Jumaa",
                                    "أم الكيف", "Umm al-Keif", "Umm al-Kayf", "قرى الخابور",
                                    "Khabur villages"]}, TAL_TAMR)
SNA_AREAS = place({"accept": ["المناطق التي تسيطر عليها الفصائل شمالي الطريق الدولي", "M4 highway"]},
                  TAL_TAMR)
HOL = place({"accept": ["مخيم الهول", "الهول", "al-Hol camp", "al-Hawl camp", "Hol camp", "al-Hol"]}, HASAKAH)
DARBASIYAH = place({"accept": ["ريف الدرباسية الشمالي", "ريف الدرباسية", "الدرباسية", "Darbasiyah",
                               "al-Darbasiyah", "Derbasiye"]}, HASAKAH)
QAMISHLI_SOUTH = place({"accept": ["ريف القامشلي الجنوبي", "ريف القامشلي", "Qamishli countryside"]}, QAMISHLI,
                       HASAKAH)
QAMISHLI_AMUDA = place({"accept": ["طريق القامشلي – عامودا", "طريق القامشلي عامودا", "Qamishli–Amuda road",
                                   "عامودا", "Amuda", "Amude"]}, QAMISHLI, HASAKAH)

# =============================================== 443: al-Hillah, al-Iskandariyah, al-Musayyib (Babil), 2015
CAR_WORKERS = {"en": ["workers of the State Company for Automotive Industry", "car company workers",
                      "striking workers", "workers", "protesters"],
               "ar": ["عمال الشركة العامة لصناعة السيارات والمعدات", "مئات من عمال الشركة", "العمال",
                      "المحتجين", "الحشود"]}
BABIL_GOV_OFFICE = {"en": ["Babil Governorate office", "Babil provincial administration"],
                    "ar": ["ديوان المحافظة", "أي مسؤول في ديوان المحافظة"]}
WORKER_DELEGATION = {"en": ["delegation of protesters", "workers' delegation", "workers' representatives"],
                     "ar": ["وفداً من المحتجين", "وفداً من ممثلي العمال", "ممثلي العمال"]}
RIOT_POLICE = {"en": ["Babil riot police", "Babil Police Command", "Iraqi police", "Police Forces of Iraq",
                      "riot police"],
               "ar": ["قوة من فوج مكافحة الشغب", "فوج مكافحة الشغب", "قيادة شرطة بابل", "شرطة بابل",
                      "قوة من الشرطة", "الشرطة"]}
ELEVEN_WORKERS = {"en": ["eleven workers", "detained workers"], "ar": ["أحد عشر عاملاً"]}
EIGHT_WORKERS = merge({"en": ["eight of the detained workers"], "ar": ["ثمانية منهم"]}, ELEVEN_WORKERS)
INFILTRATORS = {"en": ["infiltrators", "saboteurs among the protesters"], "ar": ["«مندسين»", "مندسين"]}
IHCHR_BABIL = {"en": ["Iraqi High Commission for Human Rights in Babil", "IHCHR"],
               "ar": ["مكتب المفوضية العليا لحقوق الإنسان في بابل", "المفوضية العليا لحقوق الإنسان"]}
INDUSTRY_MINISTER = {"en": ["Iraqi Minister of Industry and Minerals", "Minister of Industry",
                            "Ministry of Industry and Minerals"],
                     "ar": ["وزير الصناعة والمعادن", "وزير الصناعة"]}
MINISTER_AND_WORKERS = merge(INDUSTRY_MINISTER, WORKER_DELEGATION)
PARL_LABOUR = {"en": ["parliamentary Labour and Services Committee", "Iraqi parliament committee"],
               "ar": ["لجنة العمل والخدمات النيابية", "اللجنة"]}
ORGANISERS = {"en": ["five organisers of the sit-in", "sit-in organisers"], "ar": ["خمسة من منظمي الاعتصام"]}
BABIL_UNIONS = {"en": ["General Federation of Workers' Unions in Babil", "workers' unions federation"],
                "ar": ["الاتحاد العام لنقابات العمال في بابل", "الاتحاد العام لنقابات العمال"]}
BABIL_TEACHERS = {"en": ["Teachers' Union in Babil", "Iraqi Teachers' Union"],
                  "ar": ["نقابة المعلمين في بابل", "نقابة المعلمين"]}
BABIL_GOVERNOR = {"en": ["Governor of Babil", "Babil governor"], "ar": ["محافظ بابل"]}
RIOT_COMMANDER = {"en": ["commander of the riot police regiment"], "ar": ["آمر فوج مكافحة الشغب"]}
MUSAYYIB_WORKERS = {"en": ["workers of the al-Musayyib power station", "power station workers"],
                    "ar": ["عشرات من عمال محطة كهرباء المسيب", "عمال محطة كهرباء المسيب"]}

# ====================================================== places: 443
BABIL = {"accept": ["محافظة بابل", "بابل", "Babil", "Babylon Governorate", "Babil Governorate"]}
ISKANDARIYAH = place({"accept": ["ناحية الإسكندرية", "الإسكندرية", "al-Iskandariyah", "Iskandariyah",
                                 "Iskandariya", "بوابة الشركة"]}, BABIL)
HILLAH = place({"accept": ["الحلة", "مدينة الحلة", "al-Hillah", "Hillah", "Hilla"]}, BABIL)
HILLAH_GOV_BUILDING = place({"accept": ["مبنى ديوان المحافظة", "ديوان محافظة بابل",
                                        "Babil governorate building"]},
                            HILLAH)
HILLAH_ROAD = place({"accept": ["الطريق الرئيس بين الحلة وبغداد", "مدخل المدينة الشمالي",
                                "Hillah–Baghdad road"]},
                    HILLAH)
BAGHDAD = {"accept": ["بغداد", "Baghdad"]}
MUSAYYIB = place({"accept": ["المسيب", "محطة كهرباء المسيب", "الطريق بين المسيب وكربلاء", "al-Musayyib",
                             "Musayyib", "Mussayib"]}, BABIL)

# ================================================== 444: Bouchebka, Feriana, Kasserine, Mount Chaambi, 2022
TN_AUTHORITIES = {"en": ["Tunisian authorities", "Tunisian government", "Kasserine regional crisis cell"],
                  "ar": ["السلطات التونسية", "خلية الأزمة الجهوية"]}
TN_ARMY = {"en": ["Tunisian Army", "Tunisian National Army", "Military Forces of Tunisia",
                  "Tunisian Ministry of National Defence"],
           "ar": ["دورية للجيش الوطني", "الجيش الوطني", "الوحدات العسكرية", "الدورية", "وزارة الدفاع الوطني"]}
SMUGGLERS = {"en": ["smugglers", "smuggling gang", "group of smugglers"],
             "ar": ["مجموعة من المهربين", "المهربين"]}
CLASH_SIDES = merge(TN_ARMY, SMUGGLERS)
THIRD_SMUGGLER = {"en": ["wounded smuggler", "third smuggler", "wounded young man"],
                  "ar": ["ثالثاً", "الشاب المصاب"]}
CRISIS_CELL = {"en": ["Kasserine regional crisis cell"], "ar": ["خلية الأزمة الجهوية"]}
RELATIVES = {"en": ["relatives of the dead smuggler"], "ar": ["العشرات من أقاربه وجيرانه", "أقاربه"]}
TRADERS = {"en": ["traders and truck owners", "traders of Kasserine", "merchants"],
           "ar": ["عشرات التجار وأصحاب الشاحنات", "التجار"]}
FERIANA_TRADERS = {"en": ["traders of Feriana's central market", "Feriana traders"],
                   "ar": ["تجار السوق المركزية بفريانة", "تجار السوق المركزية"]}
KASSERINE_GOVERNOR = {"en": ["Governor of Kasserine", "Kasserine governor", "wali of Kasserine"],
                      "ar": ["والي القصرين", "الوالي"]}
TRADER_REPS = {"en": ["traders' representatives", "UTICA regional union",
                      "regional union of industry and trade"],
               "ar": ["ممثلين عن التجار", "الاتحاد الجهوي للصناعة والتجارة"]}
GOVERNOR_TRADERS = merge(KASSERINE_GOVERNOR, TRADER_REPS)
CUSTOMS = {"en": ["Tunisian Customs", "regional customs administration", "customs"],
           "ar": ["الإدارة الجهوية للديوانة", "مصالح الديوانة", "الديوانة"]}
TN_DEFENCE = {"en": ["Tunisian Ministry of National Defence", "Ministry of Defence", "Tunisian Army"],
              "ar": ["وزارة الدفاع الوطني", "الوحدات العسكرية"]}
CUSTOMS_AGENTS = {"en": ["two customs officers", "customs agents"], "ar": ["عونين من الديوانة"]}
UGTT_KASSERINE = {"en": ["UGTT regional union in Kasserine", "Tunisian General Labour Union", "UGTT"],
                  "ar": ["الاتحاد الجهوي للشغل بالقصرين", "الاتحاد الجهوي للشغل"]}
TN_GOVERNMENTS = {"en": ["successive Tunisian governments", "Tunisian government"],
                  "ar": ["الحكومات المتعاقبة"]}
CHAAMBI_MILITANTS = {"en": ["militants entrenched in Mount Chaambi", "Okba Ibn Nafaa Brigade",
                            "jihadist militants"],
                     "ar": ["عناصر متحصنة بجبل الشعانبي"]}
TN_SOLDIER = {"en": ["Tunisian soldier", "soldiers", "Tunisian Army"], "ar": ["جندي", "اثنان من رفاقه"]}

# ====================================================== places: 444
KASSERINE = {"accept": ["القصرين", "ولاية القصرين", "Kasserine", "Kasserine Governorate", "Gasserine"]}
FERIANA = place({"accept": ["فريانة", "معتمدية فريانة", "Feriana", "Fériana", "Fariana"]}, KASSERINE)
BOUCHEBKA = place({"accept": ["بوشبكة", "قرب بوشبكة", "Bouchebka", "Bou Chebka",
                              "Bouchebka border crossing"]},
                  FERIANA)
CROSSING = place({"accept": ["معبر بوشبكة", "معبر بوشبكة الحدودي", "Bouchebka crossing"]}, BOUCHEBKA)
KASSERINE_SEAT = place({"accept": ["مقر ولاية القصرين", "مقر الولاية", "Kasserine governorate headquarters"]},
                       KASSERINE)
KASSERINE_HOSPITAL = place({"accept": ["المستشفى الجهوي بالقصرين", "Kasserine regional hospital"]}, KASSERINE)
BORDER_STRIP = place({"accept": ["الشريط الحدودي", "جبال الشعانبي وسمامة والسلوم", "Tunisia–Algeria border",
                                 "Mount Semmama", "Mount Salloum"]}, KASSERINE)
CHAAMBI = place({"accept": ["جبل الشعانبي", "الشعانبي", "Mount Chaambi", "Jebel Chaambi", "Djebel Chambi"]},
                KASSERINE)

# =============================================== 445: Tarim, al-Mukalla, Seiyun, al-Shihr (Hadramawt), 2024
TARIM_GUNMEN = {"en": ["unidentified gunmen", "gunmen", "attackers", "al-Qaeda in the Arabian Peninsula",
                       "AQAP"],
                "ar": ["مسلحون مجهولون", "المهاجمين", "المهاجمون"]}
CHECKPOINT_SOLDIERS = {"en": ["soldiers of the First Military Region", "First Military Region checkpoint",
                              "Yemeni army soldiers", "Military Forces of Yemen"],
                       "ar": ["نقطة تفتيش تابعة لقوات المنطقة العسكرية الأولى", "الجنود", "جنديان",
                              "الجنديين"]}
FIRST_MR = {"en": ["First Military Region", "Yemeni Army First Military Region", "Military Forces of Yemen"],
            "ar": ["قيادة المنطقة العسكرية الأولى", "قوات المنطقة العسكرية الأولى", "المنطقة العسكرية الأولى",
                   "قوات المنطقة"]}
AQAP = {"en": ["al-Qaeda in the Arabian Peninsula", "AQAP", "al-Qaeda"],
        "ar": ["«عناصر تنظيم القاعدة الإرهابي»", "تنظيم القاعدة"]}
TARIM_SUSPECTS = {"en": ["three suspects"], "ar": ["ثلاثة أشخاص"]}
STC_WADI = {"en": ["Southern Transitional Council", "STC", "STC in Wadi Hadramawt"],
            "ar": ["المجلس الانتقالي الجنوبي في وادي حضرموت", "المجلس الانتقالي الجنوبي"]}
MUKALLA_PROTESTERS = {"en": ["protesters in al-Mukalla", "residents of al-Mukalla"],
                      "ar": ["مئات المحتجين", "المحتجين", "المحتجون"]}
COAST_SECURITY = {"en": ["Hadramawt Coast Security Administration", "Hadramawt security",
                         "Police Forces of Yemen"],
                  "ar": ["إدارة أمن ساحل حضرموت"]}
FOURTEEN = {"en": ["fourteen people", "protesters"], "ar": ["أربعة عشر شخصاً"]}
TEN_RELEASED = merge({"en": ["ten of the detainees"], "ar": ["عشرة منهم"]}, FOURTEEN)
SAUDI_FUEL = {"en": ["Saudi Arabia", "Saudi Development and Reconstruction Program for Yemen", "Saudi side"],
              "ar": ["شحنة الوقود السعودية", "الجانب السعودي"]}
ELECTRICITY_CORP = {"en": ["Public Electricity Corporation", "Hadramawt Coast electricity corporation",
                           "power stations"],
                    "ar": ["المؤسسة العامة للكهرباء بساحل حضرموت", "المؤسسة العامة للكهرباء",
                           "محطات التوليد"]}
KSRELIEF = {"en": ["King Salman Humanitarian Aid and Relief Centre", "KSrelief", "Saudi Arabia"],
            "ar": ["مركز الملك سلمان للإغاثة والأعمال الإنسانية", "مركز الملك سلمان"]}
IBN_SINA = {"en": ["Ibn Sina General Hospital"], "ar": ["مستشفى ابن سينا العام", "مستشفى ابن سينا"]}
HTA = {"en": ["Hadramawt Tribal Alliance", "Hadramout Tribes Alliance", "Hadrami tribes"],
       "ar": ["حلف قبائل حضرموت", "مشايخ الحلف", "قيادة الحلف", "الحلف"]}
HADRAMAWT_AUTH = {"en": ["Hadramawt local authority", "Hadramawt governorate administration",
                         "Governor of Hadramawt"],
                  "ar": ["السلطة المحلية في المحافظة", "ديوان المحافظة", "مصدر في ديوان المحافظة"]}
HADRAMAWT_GOVERNOR = {"en": ["Governor of Hadramawt", "Hadramawt governor"], "ar": ["محافظ حضرموت"]}
GOVERNOR_HTA = merge(HADRAMAWT_GOVERNOR, HTA)
DIR_WATAN = {"en": ["Nation's Shield Forces", "Dir' al-Watan", "Homeland Shield Forces"],
             "ar": ["قوات «درع الوطن»", "«درع الوطن»", "درع الوطن"]}
NUKHBA_OFFICER = {"en": ["Hadrami Elite Forces officer", "Hadrami Elite Forces"],
                  "ar": ["ضابط في قوات النخبة الحضرمية", "قوات النخبة الحضرمية", "النخبة الحضرمية"]}

# ====================================================== places: 445
HADRAMAWT = {"accept": ["حضرموت", "محافظة حضرموت", "Hadramawt", "Hadramout", "Hadhramaut", "Hadramaut"]}
WADI = place({"accept": ["وادي حضرموت", "Wadi Hadramawt", "Wadi Hadhramaut", "مدن الوادي"]}, HADRAMAWT)
TARIM = place({"accept": ["تريم", "مدينة تريم", "Tarim", "Tareem"]}, WADI)
TARIM_ENTRANCE = place({"accept": ["المدخل الشرقي لمدينة تريم", "نقطة تريم",
                                   "eastern entrance of Tarim"]}, TARIM)
TARIM_FARMS = place({"accept": ["المزارع والمنازل المهجورة المحيطة بتريم", "المحيطة بتريم"]}, TARIM)
MUKALLA = place({"accept": ["المكلا", "al-Mukalla", "Mukalla", "أحياء الشرج وفوّة والديس", "الشرج", "فوّة",
                            "الديس", "Fuwwah", "al-Dis", "al-Sharj"]}, HADRAMAWT)
MUKALLA_PORT = place({"accept": ["ميناء المكلا", "Mukalla port", "port of al-Mukalla"]}, MUKALLA)
IBN_SINA_HOSPITAL = place({"accept": ["مستشفى ابن سينا العام في المكلا", "Ibn Sina hospital in al-Mukalla"]},
                          MUKALLA)
PLATEAU = place({"accept": ["هضبة حضرموت", "Hadramawt plateau"]}, HADRAMAWT)
MASILA = place({"accept": ["حقول المسيلة", "المسيلة", "al-Masila oil fields", "Masila"]}, HADRAMAWT)
SEIYUN = place({"accept": ["سيئون", "مدينة سيئون", "Seiyun", "Sayun", "Say'un"]}, WADI)
SHIHR = place({"accept": ["الشحر", "مدينة الشحر", "al-Shihr", "Shihr", "Ash Shihr"]}, HADRAMAWT)
