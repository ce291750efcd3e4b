"""Accepted actor names and place names for the seventy-ninth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الحكومة», «المجلس», «المسلحين») are left out on purpose,
with these exceptions, each used only in an article where it names a single actor:
- 391: «الخاطفون»/«الخاطفين» (only ever the kidnappers of the three young men of Shahba), «المحافظ» (only ever
  the governor of al-Suwayda), «قيادة الشرطة» (only ever al-Suwayda's police command);
- 392: «التنظيم» (only ever the Islamic State);
- 393: «المفوضية» (only ever the electoral commission);
- 394: «الحزام» (only ever the Security Belt forces), «التنظيم» (only ever al-Qaeda in the Arabian Peninsula);
- 395: «الدعم السريع» (only ever the Rapid Support Forces).
In meetings, calls and agreements between them (CONSULT, AGREE) both parties are accepted in either role. In a
two-sided fight (the main events of 391 and 394) both sides are sources and there is no recipient.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ============ 391: Shahba, Ariqa, al-Mazraa, Salkhad, al-Qrayya (al-Suwayda), 2020
SHAHBA_KIDNAPPERS = {"en": ["unidentified gunmen", "kidnappers", "kidnapping gang"],
                     "ar": ["مسلحون مجهولون", "الخاطفون", "الخاطفين"]}
KIDNAPPER_CALLER = merge({"en": ["the caller", "kidnappers' caller"], "ar": ["المتصل"]}, SHAHBA_KIDNAPPERS)
SHAHBA_YOUTHS = {"en": ["three young men from Shahba", "engineering students", "the abductees"],
                 "ar": ["ثلاثة شبان من أبناء مدينة شهبا", "ثلاثة شبان", "الشبان الثلاثة"]}
SHAHBA_DRIVER = {"en": ["taxi driver"], "ar": ["سائقها"]}
ABDUCTEE_FAMILY = {"en": ["father of one of the abductees", "families of the abductees"],
                   "ar": ["والد أحد الشبان", "العائلات"]}
SY_CRIMINAL_POLICE = {"en": ["Criminal Security Branch", "Syrian Police", "al-Suwayda police",
                             "Police Forces of Syria"],
                      "ar": ["فرع الأمن الجنائي", "دورية للفرع", "قيادة شرطة محافظة السويداء",
                             "عنصران من فرع الأمن الجنائي"]}
ARIQA_GUNMEN = {"en": ["kidnapping gang", "armed gang", "gunmen"],
                "ar": ["مسلحين يُشتبه بانتمائهم إلى عصابة تنشط في الخطف", "عصابة تنشط في الخطف"]}
ARIQA_FIGHT = merge(SY_CRIMINAL_POLICE, ARIQA_GUNMEN)
ARIQA_GUNMEN_FLEEING = merge({"en": [], "ar": ["المسلحين، وعددهم خمسة على الأقل"]}, ARIQA_GUNMEN)
RELATIVES = {"en": ["relatives of the abductees", "families of the kidnapped", "sit-in protesters"],
             "ar": ["عشرات من ذوي المخطوفين الثلاثة", "ذوي المخطوفين", "المعتصمين"]}
SUWAYDA_GOVERNOR = {"en": ["Governor of al-Suwayda", "al-Suwayda governorate"], "ar": ["المحافظ"]}
SUWAYDA_OFFICIALS = merge({"en": ["security agencies", "Syrian government"],
                           "ar": ["المحافظ وقادة الأجهزة الأمنية", "قادة الأجهزة الأمنية"]}, SUWAYDA_GOVERNOR)
STATE_BODIES = {"en": ["official bodies", "Syrian government"], "ar": ["الجهات الرسمية"]}
SHEIKH_AQL = {"en": ["a sheikh al-aql of Shahba", "Druze religious leadership", "Druze sheikh"],
              "ar": ["أحد مشايخ العقل في شهبا", "أحد مشايخ العقل"]}
BADIA_NOTABLES = {"en": ["Bedouin tribal notables", "figures of eastern Daraa countryside"],
                  "ar": ["وجهاء عشائر من البادية الشرقية", "شخصيات في ريف درعا الشرقي"]}
FAMILIES_WAIT = {"en": ["families of the abductees"], "ar": ["العائلات"]}
DARAA_GROUP = {"en": ["armed group from eastern Daraa countryside", "Daraa gunmen"],
               "ar": ["مجموعة مسلحة من ريف درعا الشرقي"]}
SUWAYDA_GROUP = {"en": ["local armed group of western al-Suwayda", "Suwayda gunmen"],
                 "ar": ["مجموعة محلية في الريف الغربي", "مجموعة محلية"]}
EXCHANGE_PARTIES = merge(DARAA_GROUP, SUWAYDA_GROUP)
EXCHANGED = {"en": ["four men from al-Suwayda", "three men from Daraa", "hostages"],
             "ar": ["أربعة من أبناء المحافظة", "ثلاثة من أبناء درعا"]}
FOUR_HOSTAGES = {"en": ["four men from al-Suwayda", "hostages"], "ar": ["أربعة من أبناء المحافظة", "الأربعة"]}
DARAA_THREE = {"en": ["three men from Daraa", "hostages"], "ar": ["ثلاثة من أبناء درعا"]}
YOUNGEST = {"en": ["youngest of the three abductees", "abductee"], "ar": ["أصغر الشبان الثلاثة"]}
SUWAYDA_POLICE_CMD = {"en": ["al-Suwayda Police Command", "Syrian Police", "Police Forces of Syria"],
                      "ar": ["قيادة الشرطة", "مصدر في قيادة الشرطة"]}
SHELTERING_MAN = {"en": ["a man from the western countryside", "suspected accomplice"],
                  "ar": ["رجل من سكان الريف الغربي"]}
KARAMA = {"en": ["Men of Dignity Movement", "Rijal al-Karama", "Sheikhs of Dignity"],
          "ar": ["«حركة رجال الكرامة»", "حركة رجال الكرامة", "رجال الكرامة"]}
SUWAYDA_PEOPLE = {"en": ["people of al-Suwayda", "residents of the governorate"], "ar": ["أبناء المحافظة"]}
NOTABLES_3 = {"en": ["notables and sheikhs of Shahba, Salkhad and al-Qrayya", "local notables"],
              "ar": ["وجهاء ومشايخ من شهبا وصلخد والقريّا", "وجهاء ومشايخ"]}
QRAYYA_GUNMEN = {"en": ["gunmen", "would-be kidnappers"], "ar": ["مسلحين اعترضوا سيارتهما"]}
QRAYYA_VICTIMS = {"en": ["two young men", "civilians"], "ar": ["شابين"]}
QRAYYA_RESIDENTS = {"en": ["residents of al-Qrayya", "protesters"], "ar": ["أهالي البلدة"]}

# ====================================================== places: 391
SHAHBA_ROAD = {"accept": ["الطريق بين شهبا ودمشق", "شهبا", "Shahba", "Shahba-Damascus road"]}
SHAHBA = {"accept": ["مدينة شهبا", "شهبا", "Shahba", "Shahbā"]}
ARIQA = {"accept": ["بلدة عريقة", "عريقة", "Ariqa", "'Ariqa", "Areeqa"]}
SUWAYDA_WEST = place({"accept": ["الريف الغربي", "western al-Suwayda countryside"]}, ARIQA)
MAZRAA = {"accept": ["بلدة المزرعة", "المزرعة", "al-Mazraa", "Mazraa", "al-Mazra'a"]}
SALKHAD = {"accept": ["مدينة صلخد", "صلخد", "Salkhad"]}
QRAYYA = {"accept": ["بلدة القريّا", "القريّا", "القريا", "al-Qrayya", "al-Qurayya", "Qarayya"]}

# ============ 392: al-Nabk, Qara, Yabroud, Rankous (the Qalamoun, Rif Dimashq), 2017
ISIS = {"en": ["Islamic State", "ISIS", "ISIL", "Daesh"], "ar": ["تنظيم «داعش»", "«داعش»", "داعش", "التنظيم"]}
NABK_VICTIMS = {"en": ["Syrian army checkpoint", "five people", "soldiers and civilians",
                       "Military Forces of Syria"],
                "ar": ["حاجز للجيش السوري", "خمسة أشخاص", "ثلاثة عسكريين", "عناصر الجيش النصيري"]}
SY_RU_AIR = {"en": ["Syrian Arab Air Force", "Russian Air Force", "Syrian and Russian warplanes", "Russia"],
             "ar": ["طائرات حربية سورية وروسية", "طائرات حربية"]}
SY_ARTILLERY = {"en": ["Syrian army artillery", "Military Forces of Syria"], "ar": ["مرابض الجيش"]}
SY_MIL_SECURITY = {"en": ["Military Security", "Syrian Military Security", "Syrian government"],
                   "ar": ["دوريات تابعة للأمن العسكري", "الأمن العسكري"]}
YABROUD_YOUTHS = {"en": ["eleven young men", "residents of Yabroud"], "ar": ["أحد عشر شاباً"]}
RD_GOVERNOR = {"en": ["Governor of Rif Dimashq", "Syrian government"], "ar": ["محافظ ريف دمشق"]}
BARRENS_GROUPS = merge({"en": ["terrorist groups in the barrens"],
                        "ar": ["«المجموعات الإرهابية المتحصنة في الجرود»",
                               "المجموعات الإرهابية المتحصنة في الجرود"]}, ISIS)
HEZBOLLAH = {"en": ["Hezbollah", "Hizballah"], "ar": ["«حزب الله»", "حزب الله"]}
HEZBOLLAH_ISIS = merge(HEZBOLLAH, ISIS)
ISIS_FIGHTERS = merge({"en": ["ISIS fighters and their families"], "ar": ["مسلحيه وعائلاتهم"]}, ISIS)
LAF = {"en": ["Lebanese Armed Forces", "Lebanese army"], "ar": ["الجيش اللبناني"]}
RANKOUS_GROUPS = {"en": ["reconciled local armed groups of Rankous", "rebels"],
                  "ar": ["المجموعات المحلية التي انضمت إلى اتفاق «التسوية»", "المجموعات المحلية"]}
SY_SECURITY_COMMITTEE = {"en": ["security committee", "Syrian government"], "ar": ["اللجنة الأمنية"]}
SARC = {"en": ["Syrian Arab Red Crescent", "SARC"],
        "ar": ["الهلال الأحمر العربي السوري", "للهلال الأحمر العربي السوري"]}
RU_RECON = {"en": ["Russian Reconciliation Centre", "Russian military officers", "Russia"],
            "ar": ["ضباط من مركز المصالحة الروسي", "مركز المصالحة الروسي"]}
QARA_NOTABLES = {"en": ["notables of Qara", "Qara notables"], "ar": ["وجهاء من بلدة قارة"]}
RU_QARA = merge(RU_RECON, QARA_NOTABLES)
YABROUD_PASSENGERS = {"en": ["three bus passengers", "civilians"], "ar": ["ثلاثة ركاب"]}
CHECKPOINT_CMDR = {"en": ["checkpoint commander and three of his men", "Military Forces of Syria"],
                   "ar": ["قائد الحاجز وثلاثة من عناصره", "قائد الحاجز"]}

# ====================================================== places: 392
NABK = {"accept": ["مدينة النبك", "النبك", "al-Nabk", "Nabk", "An Nabk"]}
QARA_BARRENS = {"accept": ["جرود قارة", "قارة", "Qara", "Qarah", "Qara barrens"]}
YABROUD = {"accept": ["مدينة يبرود", "يبرود", "Yabroud", "Yabrud"]}
EAST_RANGE = {"accept": ["جرود السلسلة الشرقية", "السلسلة الشرقية", "Anti-Lebanon", "Anti-Lebanon mountains"]}
RANKOUS = {"accept": ["رنكوس", "Rankous", "Rankus"]}
QARA = {"accept": ["بلدة قارة", "قارة", "Qara", "Qarah"]}

# ============ 393: Hit, Haditha, al-Qaim, Rawa, Ramadi (Anbar), 2018
LISTS3 = {"en": ["three electoral lists", "objecting lists", "Anbar electoral lists"],
          "ar": ["ثلاث قوائم انتخابية", "القوائم المعترضة"]}
IHEC = {"en": ["Independent High Electoral Commission", "IHEC", "electoral commission"],
        "ar": ["مكتب المفوضية العليا المستقلة للانتخابات في المحافظة",
               "المفوضية العليا المستقلة للانتخابات", "المفوضية"]}
RAWA_SHEIKHS = {"en": ["tribal sheikhs of Rawa", "Rawa notables"],
                "ar": ["وجهاء وشيوخ عشائر في قضاء راوة", "شيوخ عشائر"]}
HADITHA_GUNMEN = {"en": ["gunmen", "unidentified gunmen"], "ar": ["مسلحون يستقلون سيارة مدنية", "مسلحون"]}
HADITHA_VOTERS = {"en": ["voters", "queue of voters", "IHEC employee"],
                  "ar": ["طابور من الناخبين", "ناخبان وموظفة في المفوضية", "الناخبين"]}
QAIM_STATIONS = {"en": ["two polling centres in al-Qaim", "polling centres"], "ar": ["مركزين انتخابيين"]}
IQ_MIL_INT = {"en": ["Iraqi Military Intelligence", "Iraqi Armed Forces", "Iraqi security forces"],
              "ar": ["قوة من الاستخبارات العسكرية", "الاستخبارات العسكرية"]}
CANDIDATES2 = {"en": ["two candidates", "parliamentary candidates"], "ar": ["مرشحَين اثنين", "مرشحين اثنين"]}
RAQIB = {"en": ["Raqib Election Monitoring Network", "election observers", "observer mission"],
         "ar": ["بعثة «شبكة رقيب لمراقبة الانتخابات»", "شبكة رقيب لمراقبة الانتخابات", "شبكة رقيب"]}
IHEC_STAFF = merge({"en": ["IHEC staff", "polling station staff"],
                    "ar": ["موظفين في محطات عدة بالأنبار", "موظفين في محطات عدة"]}, IHEC)
UNAMI = {"en": ["UNAMI", "United Nations Assistance Mission for Iraq"],
         "ar": ["«يونامي»", "يونامي", "بعثة الأمم المتحدة لمساعدة العراق"]}
IQ_PARTIES = {"en": ["the parties", "electoral lists"], "ar": ["الأطراف"]}
IHEC_ANBAR = merge({"en": ["director of IHEC's Anbar office", "IHEC Anbar office"],
                    "ar": ["مدير مكتب المفوضية في الأنبار", "مكتب المفوضية في الأنبار"]}, IHEC)
LISTS_REPS = merge({"en": ["representatives of the objecting lists"], "ar": ["ممثلي القوائم المعترضة"]},
                   LISTS3)
IHEC_ANBAR_LISTS = merge(IHEC_ANBAR, LISTS_REPS)
IHEC_BOARD = {"en": ["IHEC Board of Commissioners", "Board of Commissioners", "IHEC"],
              "ar": ["مجلس المفوضين في بغداد", "مجلس المفوضين"]}
LIST_HEAD = {"en": ["head of an objecting list", "former MP"], "ar": ["رئيس إحدى القوائم المعترضة"]}
LIST_SUPPORTERS = merge({"en": ["supporters of the list"], "ar": ["أنصاره"]}, LIST_HEAD)
QAIM_STAFF = {"en": ["three IHEC employees in al-Qaim", "IHEC staff"], "ar": ["ثلاثة موظفين في المفوضية"]}
IHEC_DELEGATION = merge({"en": ["IHEC Board delegation"], "ar": ["وفد من مجلس المفوضين"]}, IHEC_BOARD)
ENTITIES_REPS = {"en": ["representatives of the political entities", "electoral lists"],
                 "ar": ["ممثلي الكيانات"]}
IHEC_DEL_ENTITIES = merge(IHEC_DELEGATION, ENTITIES_REPS)
ANBAR_GOVERNOR = {"en": ["Governor of Anbar", "Anbar governorate"], "ar": ["محافظ الأنبار"]}
IHEC_ABSENT = merge({"en": [], "ar": ["أي ممثل عن المفوضية"]}, IHEC, ANBAR_GOVERNOR)
ANBAR_SECURITY_CHIEFS = {"en": ["security chiefs and district heads", "Iraqi security forces"],
                         "ar": ["قادة الأجهزة الأمنية ومديري الأقضية", "قادة الأجهزة الأمنية"]}
GOVERNOR_MEETING = merge(ANBAR_GOVERNOR, ANBAR_SECURITY_CHIEFS)
IHEC_VICTIMS_2014 = {"en": ["three IHEC employees", "electoral commission staff"],
                     "ar": ["ثلاثة من موظفي المفوضية"]}

# ====================================================== places: 393
HIT = {"accept": ["مدينة هيت", "هيت", "Hit", "Heet"]}
ANBAR = {"accept": ["الأنبار", "محافظة الأنبار", "Anbar", "al-Anbar"]}
RAWA = {"accept": ["قضاء راوة", "راوة", "Rawa", "Rawah"]}
HADITHA = {"accept": ["قضاء حديثة", "حديثة", "Haditha", "Hadithah"]}
QAIM = {"accept": ["القائم", "al-Qaim", "Qaim", "Al Qa'im"]}
BAGHDAD = {"accept": ["بغداد", "Baghdad"]}
RAMADI = {"accept": ["الرمادي", "Ramadi", "al-Ramadi"]}
HIT_RAMADI_ROAD = {"accept": ["الطريق بين هيت والرمادي", "هيت", "الرمادي", "Hit", "Ramadi"]}

# ============ 394: Mudiyah, Zinjibar, Lawdar, Ahwar (Abyan), 2019
AQAP = {"en": ["al-Qaeda in the Arabian Peninsula", "AQAP", "al-Qaeda"],
        "ar": ["تنظيم «القاعدة في جزيرة العرب»", "تنظيم «القاعدة»", "«القاعدة»", "القاعدة", "التنظيم"]}
SBF = {"en": ["Security Belt Forces", "Security Belt", "Southern Transitional Council"],
       "ar": ["قوات الحزام الأمني", "الحزام الأمني", "الحزام"]}
MUDIYAH_FIGHT = merge(AQAP, SBF)
AQAP_ATTACKERS = merge({"en": ["the attackers"], "ar": ["المهاجمين"]}, AQAP)
SBF_CMDR = {"en": ["Security Belt Mudiyah sector commander", "Security Belt Forces"],
            "ar": ["قائد قطاع مودية في الحزام الأمني", "قائد قطاع مودية في الحزام", "قائد قطاع مودية"]}
SBF_UNITS = merge({"en": [], "ar": ["وحدات من الحزام الأمني"]}, SBF)
MUDIYAH_SUSPECTS = {"en": ["nine suspects"], "ar": ["تسعة أشخاص"]}
MOURNERS = {"en": ["mourners"], "ar": ["المشيعون"]}
SBF_COMMAND = merge({"en": ["Security Belt command in Abyan"], "ar": ["قيادة الحزام الأمني في أبين"]}, SBF)
YE_GOV = {"en": ["Government of Yemen", "Hadi government"], "ar": ["الحكومة"]}
US_DRONE = {"en": ["United States", "US military", "US drone"],
            "ar": ["طائرة أمريكية من دون طيار", "طائرة أمريكية"]}
LAWDAR_AQAP_DEAD = {"en": ["two suspected AQAP members", "al-Qaeda in the Arabian Peninsula"],
                    "ar": ["شخصين يُعتقد أنهما من عناصر التنظيم", "شخصين"]}
LAWDAR_FAMILIES = {"en": ["residents of Lawdar", "families of detainees", "protesters"],
                   "ar": ["عشرات من أهالي مديرية لودر", "أهالي مديرية لودر", "المحتجون"]}
LAWDAR_DETAINEES = {"en": ["six detainees from Lawdar", "detainees"],
                    "ar": ["ستة من أبنائهم", "المعتقلين الستة"]}
UAE_RC = {"en": ["Emirates Red Crescent", "UAE Red Crescent", "United Arab Emirates"],
          "ar": ["«هيئة الهلال الأحمر الإماراتي»", "هيئة الهلال الأحمر الإماراتي", "الهلال الأحمر الإماراتي"]}
AHWAR_FAMILIES = {"en": ["displaced and poor families in Ahwar"], "ar": ["أسر نازحة وفقيرة"]}
ABYAN_GOVERNOR = {"en": ["Governor of Abyan", "Abyan local authority"], "ar": ["محافظ أبين"]}
MUDIYAH_NOTABLES = {"en": ["notables of Mudiyah"], "ar": ["وجهاء المديرية ومشايخها", "وجهاء المديرية"]}
YE_GOV_FIGURES = merge({"en": ["influential government figures"],
                        "ar": ["«جهات نافذة في الحكومة»", "جهات نافذة في الحكومة"]}, YE_GOV)
ABYAN_AUTHORITY = {"en": ["Abyan local authority", "Government of Yemen"], "ar": ["السلطة المحلية"]}
SBF_AUTHORITY = merge(ABYAN_AUTHORITY, {"en": ["Security Belt commanders"], "ar": ["قادة الحزام"]})
ZINJIBAR_SOLDIERS = {"en": ["six Security Belt soldiers", "Security Belt Forces"],
                     "ar": ["ستة جنود من الحزام"]}
MUDIYAH_TRIBES = {"en": ["tribes of Mudiyah"], "ar": ["قبائل المنطقة"]}

# ====================================================== places: 394
MUDIYAH = {"accept": ["مدينة مودية", "مودية", "Mudiyah", "Mudiya", "Mudia"]}
MUDIYAH_RURAL = {"accept": ["ريف مودية", "مودية", "Mudiyah", "Mudiya"]}
ZINJIBAR = {"accept": ["مدينة زنجبار", "زنجبار", "Zinjibar", "Zinjubar"]}
ZINJIBAR_COAST = {"accept": ["الخط الساحلي غربي زنجبار", "زنجبار", "Zinjibar", "Zinjubar"]}
LAWDAR = {"accept": ["مديرية لودر", "لودر", "Lawdar", "Lodar", "Loder"]}
AHWAR = {"accept": ["مديرية أحور", "أحور", "Ahwar"]}

# ============ 395: Mellit, Kutum, Tawila, al-Fashir (North Darfur), 2025
SAF = {"en": ["Sudanese Armed Forces", "SAF", "Sudanese army"],
       "ar": ["طائرات مسيّرة تابعة للجيش السوداني", "الجيش السوداني", "مسيّرات الجيش", "طيران الجيش"]}
SAF_SPOKESMAN = merge(SAF, {"en": ["Sudanese army spokesman"], "ar": ["الناطق الرسمي باسم الجيش"]})
RSF = {"en": ["Rapid Support Forces", "RSF"], "ar": ["قوات الدعم السريع", "«الدعم السريع»", "الدعم السريع"]}
MELLIT_TARGETS = merge({"en": ["seven people", "civilians", "RSF combat vehicles"],
                        "ar": ["سبعة أشخاص", "تجمعاً لعربات قتالية تابعة للدعم السريع"]}, RSF)
RSF_COMMANDER = merge({"en": ["RSF commander in North Darfur"],
                       "ar": ["«أحد أبرز قادة الميليشيا المتمردة في شمال دارفور»",
                              "أحد أبرز قادة الميليشيا المتمردة"]}, RSF)
INTL_ORGS = {"en": ["international organisations"], "ar": ["المنظمات الدولية"]}
DISPLACED = {"en": ["displaced families", "1,200 families"],
             "ar": ["أكثر من ألف ومئتي أسرة", "ألف ومئتي أسرة"]}
WFP = {"en": ["World Food Programme", "WFP", "UN World Food Programme"], "ar": ["برنامج الأغذية العالمي"]}
TAWILA_NEWCOMERS = {"en": ["newly arrived displaced families", "IDPs"], "ar": ["الأسر الوافدة حديثاً"]}
ND_GOVERNOR = {"en": ["Governor of North Darfur", "North Darfur state government"],
               "ar": ["والي شمال دارفور المكلّف", "والي شمال دارفور"]}
WFP_REP = merge({"en": ["WFP representative in Sudan"], "ar": ["ممثل برنامج الأغذية العالمي في السودان"]},
                WFP)
GOV_WFP = merge(ND_GOVERNOR, WFP_REP, {"en": [], "ar": ["الجانبين"]})
JOINT_FORCE = {"en": ["Joint Force of the armed struggle movements", "Joint Forces",
                      "Darfur armed movements"],
               "ar": ["القوة المشتركة لحركات الكفاح المسلح", "القوة المشتركة"]}
SAF_ALLY = merge({"en": [], "ar": ["القوات المسلحة"]}, SAF)
ND_PEOPLE = {"en": ["people of North Darfur"], "ar": ["أبناء الولاية"]}
RSF_FIELD_CMDR = merge({"en": ["RSF field commander"], "ar": ["قائد ميداني في الدعم السريع"]}, RSF)
RSF_FIGHTERS = merge({"en": ["RSF fighters", "RSF combat vehicles"],
                      "ar": ["مقاتلي الدعم السريع", "عشرات العربات القتالية"]}, RSF)
KUTUM_VICTIMS = {"en": ["five herders and traders", "civilians"], "ar": ["خمسة رعاة وتجار"]}

# ====================================================== places: 395
KUTUM = {"accept": ["مدينة كتم", "كتم", "Kutum"]}
MELLIT = {"accept": ["مليط", "Mellit", "Malit", "Mallit"]}
MELLIT_KUTUM_ROAD = {"accept": ["الطريق بين مليط وكتم", "مليط", "كتم", "Mellit", "Kutum"]}
MELLIT_TAWILA = {"accept": ["مليط", "طويلة", "Mellit", "Tawila", "Tawilah"]}
TAWILA = {"accept": ["بلدة طويلة", "طويلة", "Tawila", "Tawilah"]}
FASHIR = {"accept": ["الفاشر", "El Fasher", "al-Fashir", "Al Fashir"]}
TAWILA_FASHIR = place(TAWILA, FASHIR)
KUTUM_MARKET = {"accept": ["سوق الماشية في كتم", "كتم", "Kutum"]}
