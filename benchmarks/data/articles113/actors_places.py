"""Accepted actor names and place names for the hundred-and-thirteenth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries
and not copied from the earlier sets' lists (the style is the same: Arabic surface forms as they
occur in the articles, common variants, and English names). No gazetteer was opened: place names
carry their usual Arabic and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «الشرطة», «الحكومة», «الوزارة», «الكتيبة») are left out on purpose,
with three exceptions, each used only in the article where it names a single actor:
- 564: «الجيش» (only ever the Sudanese army);
- 565: «الكتيبة» (only ever the Subul al-Salam battalion);
- 562: «الوزارة» (only ever the Syrian interior ministry).
In meetings, joint work and agreements between two parties (CONSULT, AGREE, COOPERATE) both parties are
accepted in either role. One-sided attacks have their perpetrator as source (none where the text names
none and no one claims the act) and their victims as recipient; an attack on armed men has the attackers
as source and the men attacked as recipient, as in the model set; a claim made in the event's own
paragraphs keeps the claimant among the accepted sources.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import place

# ============================================================ 561: Tafas, al-Muzayrib, Tseel, Nawa
# (Daraa governorate, Syria), 2020
MUZAYRIB_WORSHIPPERS = {"en": ["worshippers of al-Muzayrib", "protesters", "residents of al-Muzayrib"],
                        "ar": ["مئات المصلين", "مصلّو المزيريب", "مصلّي المزيريب", "المتظاهرون"]}
AWQAF_DARAA = {"en": ["Daraa Directorate of Awqaf", "Syrian Ministry of Awqaf", "Syrian government"],
               "ar": ["مديرية أوقاف درعا", "المديرية"]}
MUZAYRIB_PREACHER = {"en": ["preacher of al-Muzayrib", "preacher"], "ar": ["خطيب الجامع", "الخطيب المعزول"]}
TAFAS_GUNMEN = {"en": ["unidentified gunmen", "gunmen", "terrorist group"],
                "ar": ["مسلحان مجهولان", "المسلحَين", "مجهولين", "«مجموعة إرهابية»"]}
TAFAS_IMAM = {"en": ["imam of the Great Mosque of Tafas and his guard", "imam", "mosque guard", "civilians"],
              "ar": ["إمام الجامع الكبير وحارسه", "إمام الجامع الكبير", "الإمام وحارسه", "إمام المسجد",
                     "إمام جامع وحارسه"]}
UNKNOWN_LETTER = {"en": ["unidentified persons"], "ar": ["مجهولون"]}
TAFAS_IMAM_ALONE = {"en": ["imam of Tafas", "imam"], "ar": ["الإمام"]}
CENTRAL_COMMITTEE = {"en": ["Central Committee of western Daraa", "Daraa Central Committee",
                            "western Daraa negotiating committee"],
                     "ar": ["اللجنة المركزية في ريف درعا الغربي", "اللجنة المركزية"]}
SY_SECURITY = {"en": ["Syrian security services", "Syrian security agencies", "Syrian government"],
               "ar": ["الأجهزة الأمنية"]}
RUSSIA = {"en": ["Russia", "Russian military", "Russian side"], "ar": ["الجانب الروسي"]}
TAFAS_FIGHTERS = {"en": ["local fighters of Tafas", "local armed men", "former rebels"],
                  "ar": ["مقاتلون محليون من أبناء طفس", "مقاتلون محليون"]}
TAFAS_CHECKPOINT = {"en": ["army checkpoint at Tafas", "Syrian army", "Syrian government"],
                    "ar": ["الحاجز العسكري"]}
AIR_INTEL = {"en": ["Air Force Intelligence", "Syrian Air Force Intelligence Directorate",
                    "Syrian government"],
             "ar": ["المخابرات الجوية", "حاجز للمخابرات الجوية"]}
TSEEL_PREACHER = {"en": ["a preacher of Tseel", "preacher", "cleric"],
                  "ar": ["خطيب أحد مساجد بلدة تسيل", "خطيب أحد مساجد"]}
SHEIKHS_GENERIC = {"en": ["clerics", "sheikhs"], "ar": ["المشايخ"]}
AWQAF_DIRECTOR = {"en": ["director of Awqaf in Daraa", "Daraa Directorate of Awqaf", "Syrian government"],
                  "ar": ["مدير أوقاف درعا"]}
MUZAYRIB_NOTABLES = {"en": ["notables of al-Muzayrib", "al-Muzayrib notables"], "ar": ["وجهاء المزيريب"]}
FOURTH_DIVISION = {"en": ["4th Armoured Division", "Fourth Division", "Syrian army", "Syrian government"],
                   "ar": ["الفرقة الرابعة"]}
EIGHTH_RUSSIAN = {"en": ["Eighth Brigade", "8th Brigade", "Fifth Corps", "Russian Military Police",
                         "Russian military"],
                  "ar": ["مقاتلي اللواء الثامن", "اللواء الثامن", "الشرطة العسكرية الروسية"]}
TAFAS_TRADERS = {"en": ["traders of Tafas", "shopkeepers"], "ar": ["تجار السوق"]}
TAFAS_NOTABLES_RUSSIANS = {"en": ["notables of Tafas", "Tafas notables", "Russian Military Police",
                                  "Russian officers"],
                           "ar": ["وفد من وجهاء طفس", "وجهاء طفس", "ضباطاً من الشرطة العسكرية الروسية",
                                  "الشرطة العسكرية الروسية"]}
WEST_IMAMS = {"en": ["imams and preachers of the western countryside", "imams", "preachers"],
              "ar": ["أكثر من ثلاثين إماماً وخطيباً من الريف الغربي", "ثلاثين إماماً وخطيباً"]}
IMAMS_KILLED = {"en": ["imams and preachers", "civilians"], "ar": ["أحد عشر إماماً وخطيباً"]}
NAWA_BOMBERS = {"en": ["unidentified persons", "unknown assailants"], "ar": ["مجهولون"]}
NAWA_MUEZZIN = {"en": ["the mosque's muezzin", "muezzin", "civilian"], "ar": ["مؤذّن المسجد", "المؤذن"]}

# ====================================================== places: 561
DARAA_GOV = {"accept": ["محافظة درعا", "ريف درعا الغربي", "ريف درعا", "Daraa Governorate", "Daraa"]}
MUZAYRIB = place({"accept": ["بلدة المزيريب", "المزيريب", "al-Muzayrib", "Muzayrib", "Mzeireeb"]}, DARAA_GOV)
TAFAS = place({"accept": ["مدينة طفس", "طفس", "Tafas", "الجامع الكبير في طفس"]}, DARAA_GOV)
TSEEL = place({"accept": ["بلدة تسيل", "تسيل", "Tseel", "Tasil", "Tsil"]}, DARAA_GOV)
NAWA = place({"accept": ["مسجد في مدينة نوى", "مدينة نوى", "نوى", "Nawa"]}, DARAA_GOV)

# ============================================================ 562: al-Qadmus, Safita, al-Shaykh Badr,
# Dreikish, Baniyas, Tartus (Tartus governorate, Syria), 2025
EX_SOLDIERS = {"en": ["former soldiers of the Syrian army", "former soldiers", "ex-soldiers"],
               "ar": ["مئات من العسكريين السابقين في جيش النظام البائد", "العسكريين السابقين",
                      "مئات العسكريين السابقين"]}
GENERAL_SECURITY = {"en": ["General Security", "General Security Directorate", "Syrian Ministry of Interior"],
                    "ar": ["إدارة الأمن العام", "الأمن العام"]}
BADR_DETAINEES = {"en": ["fifteen people arrested in al-Shaykh Badr", "detainees"],
                  "ar": ["خمسة عشر شخصاً", "الموقوفين"]}
QADMUS_GUNMEN = {"en": ["unidentified gunmen", "gunmen"], "ar": ["مسلحون مجهولون", "المهاجمين"]}
GS_PATROL = {"en": ["General Security patrol", "General Security", "Syrian Ministry of Interior"],
             "ar": ["دورية للأمن العام", "الدورية", "الأمن العام"]}
INTERIOR_SY = {"en": ["Syrian Ministry of Interior", "Interior Ministry"],
               "ar": ["وزارة الداخلية", "الوزارة"]}
REMNANTS = {"en": ["remnants of the former regime", "Assad loyalists"],
            "ar": ["«فلول النظام البائد»", "فلول النظام البائد"]}
VILLAGE_NOTABLES = {"en": ["village notables", "notables"], "ar": ["وجهاء القرى"]}
HOLDOUTS = {"en": ["former soldiers who kept their weapons", "former soldiers"], "ar": ["من لم يسلّم سلاحه"]}
MASKED_GUNMEN = {"en": ["masked gunmen", "gunmen"], "ar": ["مسلحين ملثمين"]}
DREIKISH_YOUTHS = {"en": ["three young men", "civilians"], "ar": ["ثلاثة شبان"]}
DISMISSED = {"en": ["dismissed public employees", "employees"],
             "ar": ["مئات من الموظفين الذين فُصلوا من دوائر المحافظة", "الموظفين"]}
GOVERNOR_CLERICS = {"en": ["Governor of Tartus", "Tartus governorate", "clerics and village notables",
                           "Syrian government"],
                    "ar": ["محافظ طرطوس", "وفداً من رجال الدين ووجهاء قرى الريف الجبلي",
                           "رجال الدين ووجهاء قرى الريف الجبلي"]}
MOC = {"en": ["Military Operations Command", "Department of Military Operations", "Syrian army"],
       "ar": ["إدارة العمليات العسكرية"]}
PATROLS_CHECKPOINTS = {"en": ["patrols and checkpoints", "General Security"], "ar": ["دوريات وحواجز"]}
BANIYAS_GUNMEN = {"en": ["unidentified gunmen", "gunmen"], "ar": ["مسلحون مجهولون"]}
GS_CHECKPOINT = {"en": ["General Security checkpoint", "General Security", "Syrian Ministry of Interior"],
                 "ar": ["حاجز للأمن العام"]}
BANIYAS_SUSPECTS = {"en": ["two suspects"], "ar": ["شخصين"]}
GS_ADMIN = {"en": ["General Security", "General Security Directorate"], "ar": ["الإدارة"]}

# ====================================================== places: 562
TARTUS_GOV = {"accept": ["محافظة طرطوس", "ريف طرطوس", "طرطوس", "Tartus Governorate", "Tartus"]}
SAFITA = place({"accept": ["مدينة صافيتا", "صافيتا", "Safita"]}, TARTUS_GOV)
SHAYKH_BADR = place({"accept": ["قرى ريف الشيخ بدر", "ريف الشيخ بدر", "الشيخ بدر", "al-Shaykh Badr",
                                "Sheikh Badr", "Shaykh Badr"]}, TARTUS_GOV)
QADMUS = place({"accept": ["الطريق بين القدموس وبانياس", "طريق القدموس", "القدموس", "al-Qadmus", "Qadmus"]},
               TARTUS_GOV)
DREIKISH = place({"accept": ["ريف الدريكيش", "الدريكيش", "Dreikish", "al-Dreikish", "Duraykish"]}, TARTUS_GOV)
TARTUS_CITY = place({"accept": ["مدينة طرطوس", "طرطوس", "Tartus", "Tartus city"]}, TARTUS_GOV)
BANIYAS_SOUTH = place({"accept": ["المدخل الجنوبي لمدينة بانياس", "مدينة بانياس", "بانياس", "Baniyas",
                                  "Banias"]}, TARTUS_GOV)

# ============================================================ 563: Daquq, al-Rashad, al-Abbasi, Kirkuk
# (Kirkuk governorate, Iraq), 2013
ISIS_CLAIM = {"en": ["Islamic State", "ISIS", "ISIL", "Daesh", "Islamic State of Iraq and the Levant"],
              "ar": ["تنظيم «داعش»", "«داعش»", "التنظيم"]}
DAQUQ_TRADER = {"en": ["a wholesale grocer and his son", "shop owner", "trader", "civilians"],
                "ar": ["صاحب محل لبيع المواد الغذائية بالجملة وابنه", "صاحب محل", "التاجر وابنه", "التاجر"]}
DAQUQ_SHOPKEEPERS = {"en": ["shop owners of Daquq", "shopkeepers", "traders"],
                     "ar": ["أصحاب المحال في السوق الكبير", "أصحاب المحال"]}
AREA_TRADERS = {"en": ["traders of the area", "traders"], "ar": ["تجار المنطقة"]}
KIRKUK_CHAMBER = {"en": ["Kirkuk Chamber of Commerce", "chamber of commerce"],
                  "ar": ["غرفة تجارة كركوك", "غرفة التجارة"]}
IQ_SECURITY = {"en": ["Iraqi security forces", "Iraqi security agencies"], "ar": ["الأجهزة الأمنية"]}
IQ_INTERIOR = {"en": ["Iraqi Ministry of Interior", "Ministry of Interior of Iraq"], "ar": ["وزارة الداخلية"]}
ISIS_LETTERS = {"en": ["Islamic State", "ISIS", "Islamic State of Iraq"],
                "ar": ["«الدولة الإسلامية»", "الدولة الإسلامية"]}
RASHAD_SHOPKEEPERS = {"en": ["shop owners of al-Rashad", "shopkeepers", "traders"],
                      "ar": ["عشرات من أصحاب المحال في ناحية الرشاد", "أصحاب المحال"]}
POLICE_INTEL = {"en": ["Kirkuk police intelligence", "Iraqi police", "Police Forces of Iraq"],
                "ar": ["قوة من استخبارات الشرطة", "استخبارات الشرطة", "قيادة الشرطة"]}
THREE_MEN = {"en": ["three men", "suspected extortionists"], "ar": ["ثلاثة رجال"]}
KIDNAPPERS = {"en": ["gunmen", "kidnappers"], "ar": ["مسلحين"]}
EXCHANGER = {"en": ["a money changer", "shop owner", "civilian"], "ar": ["صاحب محل للصيرفة"]}
DAQUQ_POLICE = {"en": ["police force for Daquq market", "Iraqi police", "Police Forces of Iraq"],
                "ar": ["قوة الشرطة"]}
DAQUQ_QAIMMAQAM = {"en": ["district commissioner of Daquq", "Daquq district administration"],
                   "ar": ["قائمقام داقوق", "القائمقام"]}
TRADERS = {"en": ["traders", "shop owners"], "ar": ["التجار"]}
KIRKUK_COURT = {"en": ["Kirkuk Criminal Court", "Iraqi judiciary"], "ar": ["محكمة جنايات كركوك"]}
TWO_MEN = {"en": ["two men convicted of extortion", "two men"], "ar": ["رجلين"]}
DAMAGED_SHOPS = {"en": ["owners of bombed shops", "shop owners", "traders"],
                 "ar": ["أصحاب المحال التي تضررت في التفجيرات", "أصحاب المحال"]}
BOMBED_SHOPS = {"en": ["shops", "traders"], "ar": ["أكثر من ثلاثين محلاً"]}
QAISARIYA_GUNMEN = {"en": ["unidentified gunmen", "gunmen"], "ar": ["مسلحون مجهولون"]}
GOLDSMITH = {"en": ["a goldsmith", "civilian"], "ar": ["صائغاً"]}

# ====================================================== places: 563
KIRKUK_GOV = {"accept": ["محافظة كركوك", "كركوك", "Kirkuk Governorate", "Kirkuk"]}
DAQUQ = place({"accept": ["السوق الكبير لقضاء داقوق", "قضاء داقوق", "داقوق", "Daquq", "Daqouq", "Tawuq"]},
              KIRKUK_GOV)
DAQUQ_HALL = place({"accept": ["مبنى القائمقامية", "قضاء داقوق", "داقوق", "Daquq"]}, KIRKUK_GOV)
RASHAD = place({"accept": ["ناحية الرشاد", "الرشاد", "al-Rashad", "Rashad"]}, KIRKUK_GOV)
GOLD_MARKET = place({"accept": ["سوق الذهب وسط كركوك", "سوق الذهب", "وسط كركوك", "Kirkuk city"]}, KIRKUK_GOV)
ABBASI = place({"accept": ["ناحية العباسي", "العباسي", "al-Abbasi", "Abbasi"]}, KIRKUK_GOV)
KIRKUK_CITY = place({"accept": ["مدينة كركوك", "كركوك", "Kirkuk", "Kirkuk city"]}, KIRKUK_GOV)
QAISARIYA = place({"accept": ["سوق القيصرية وسط كركوك", "سوق القيصرية", "القيصرية", "Qaysariyah bazaar",
                              "Kirkuk city"]}, KIRKUK_GOV)

# ============================================================ 564: Umm Ruwaba, al-Rahad, Bara, El Obeid
# (North Kordofan, Sudan) and Port Sudan, 2024
NK_GOVERNMENT = {"en": ["North Kordofan state government", "Government of Sudan"],
                 "ar": ["حكومة ولاية شمال كردفان"]}
RSF = {"en": ["Rapid Support Forces", "RSF"],
       "ar": ["مسلحون من قوات الدعم السريع", "قوات الدعم السريع", "الدعم السريع"]}
GUM_WORKERS = {"en": ["gum arabic tappers", "gum workers", "civilians"],
               "ar": ["عمال كانوا يجمعون الصمغ", "عمال طقّ الصمغ العربي", "العمال"]}
GUM_ASSOCIATION = {"en": ["North Kordofan Gum Arabic Producers' Association", "gum producers' association"],
                   "ar": ["رابطة منتجي الصمغ العربي في شمال كردفان", "رابطة منتجي الصمغ العربي"]}
INTL_ORGS = {"en": ["international organisations", "humanitarian agencies"],
             "ar": ["المنظمات الدولية العاملة في الأبيض", "المنظمات الدولية"]}
RSF_CHECKPOINTS = {"en": ["Rapid Support Forces", "RSF", "RSF checkpoints"],
                   "ar": ["ارتكازات للدعم السريع", "الدعم السريع"]}
GUM_TRUCKS = {"en": ["gum trucks", "traders"], "ar": ["أربع شاحنات محمّلة بنحو ثمانين طناً من الصمغ",
                                                     "أربع شاحنات"]}
TRUCK_DRIVERS = {"en": ["truck drivers"], "ar": ["سائقيها"]}
RSF_COMMANDER = {"en": ["RSF field commander", "Rapid Support Forces", "RSF"],
                 "ar": ["قائد ميداني في الدعم السريع", "الدعم السريع"]}
GUM_TRADERS = {"en": ["gum traders", "traders"], "ar": ["التجار"]}
AGRI_BANK = {"en": ["Agricultural Bank of Sudan", "Sudanese Agricultural Bank"],
             "ar": ["البنك الزراعي السوداني في الأبيض", "البنك الزراعي السوداني"]}
GUM_PRODUCERS = {"en": ["gum arabic producers", "gum producers"], "ar": ["منتجي الصمغ", "منتجون"]}
SAF = {"en": ["Sudanese Armed Forces", "SAF", "Sudanese army"], "ar": ["الجيش"]}
GUM_BOARD_EXPORTERS = {"en": ["Gum Arabic Board", "Gum Arabic Council", "gum exporters", "export companies"],
                       "ar": ["مجلس الصمغ العربي", "شركات التصدير"]}
SD_TRADE = {"en": ["Sudanese Ministry of Trade", "Ministry of Trade of Sudan", "Government of Sudan"],
            "ar": ["وزارة التجارة"]}
THREE_COMPANIES = {"en": ["three gum export companies", "companies"], "ar": ["ثلاث شركات"]}
FORTY_WORKERS = {"en": ["gum workers", "civilians"], "ar": ["أكثر من أربعين عاملاً"]}
OBEID_VICTIMS = {"en": ["traders and porters", "civilians"], "ar": ["أربعة من التجار والحمّالين"]}
SD_AUTHORITIES = {"en": ["El Obeid authorities", "Government of Sudan"], "ar": ["السلطات"]}

# ====================================================== places: 564
NK_STATE = {"accept": ["ولاية شمال كردفان", "شمال كردفان", "North Kordofan", "North Kordofan State"]}
UMM_RUWABA = place({"accept": ["جنائن الهشاب الواقعة شرقي مدينة أم روابة", "جنائن الهشاب", "مدينة أم روابة",
                               "أم روابة", "Umm Ruwaba", "Um Ruwaba", "Umm Rawaba"]}, NK_STATE)
RUWABA_RAHAD_ROAD = place({"accept": ["الطريق بين أم روابة والرهد", "أم روابة", "الرهد", "Umm Ruwaba",
                                      "Er Rahad", "al-Rahad"]}, NK_STATE)
BARA = place({"accept": ["سوق مدينة بارا", "مدينة بارا", "بارا", "Bara"]}, NK_STATE)
EL_OBEID = place({"accept": ["الأبيض", "El Obeid", "al-Ubayyid", "Al Ubayyid", "El-Obeid"]}, NK_STATE)
RAHAD = place({"accept": ["مدينة الرهد", "الرهد", "Er Rahad", "al-Rahad", "Rahad"]}, NK_STATE)
PORT_SUDAN = {"accept": ["بورتسودان", "Port Sudan", "Bur Sudan", "Red Sea State"]}
OBEID_MARKET = place({"accept": ["سوق المحاصيل في مدينة الأبيض", "سوق المحاصيل", "مدينة الأبيض", "الأبيض",
                                 "El Obeid", "al-Ubayyid"]}, NK_STATE)

# ============================================================ 565: Kufra, al-Hawari, Rebiana, Tazirbu
# (Kufra district, Libya), 2017
KUFRA_ATTACKERS = {"en": ["gunmen", "Chadian armed opposition", "Chadian rebels"],
                   "ar": ["مسلحون يستقلون ثلاث سيارات رباعية الدفع", "المهاجمين",
                          "جماعة معارضة تشادية مسلحة", "مقاتليها"]}
SUBUL = {"en": ["Subul al-Salam Battalion", "Subul al-Salam", "Libyan National Army", "LNA"],
         "ar": ["بوابة أمنية تابعة لكتيبة «سبل السلام»", "كتيبة «سبل السلام»", "«سبل السلام»", "الكتيبة"]}
KUFRA_COUNCIL = {"en": ["Kufra Municipal Council", "municipal council of Kufra"],
                 "ar": ["المجلس البلدي الكفرة", "المجلس البلدي"]}
SMUGGLERS = {"en": ["smuggling gangs", "foreign mercenaries"],
             "ar": ["«عصابات التهريب والمرتزقة الأجانب»", "عصابات التهريب والمرتزقة الأجانب",
                    "عصابات التهريب"]}
INTERIM_GOV = {"en": ["Libyan Interim Government", "Interim Government", "al-Bayda government"],
               "ar": ["الحكومة المؤقتة"]}
LNA = {"en": ["Libyan National Army", "LNA", "General Command"],
       "ar": ["القيادة العامة للجيش الوطني الليبي", "القيادة العامة"]}
KUFRA_NOTABLES = {"en": ["Zuwaya and Tebu notables", "Zuwaya elders", "Tebu elders", "Kufra notables"],
                  "ar": ["أعيان من قبيلة الزوية ومكوّن التبو", "قبيلة الزوية", "مكوّن التبو"]}
FOURTH_SOLDIER = {"en": ["a fourth soldier", "Subul al-Salam soldier"], "ar": ["جندياً رابعاً"]}
SUBUL_PATROL = {"en": ["Subul al-Salam Battalion", "Subul al-Salam patrol", "Libyan National Army"],
                "ar": ["دورية من مقاتلي الكتيبة", "مقاتلي الكتيبة", "الكتيبة"]}
GUIDES = {"en": ["four smugglers' guides", "smugglers"], "ar": ["أربعة رجال"]}
LRC = {"en": ["Libyan Red Crescent", "LRC", "Libyan Red Crescent Kufra branch"],
       "ar": ["الهلال الأحمر الليبي", "فرع الهلال"]}
KUFRA_HOSPITAL = {"en": ["Kufra General Hospital", "hospital"], "ar": ["مستشفى المدينة العام"]}
TEBU_REPS = {"en": ["Tebu representatives on the municipal council", "Tebu"],
             "ar": ["ممثلو مكوّن التبو في المجلس البلدي", "ممثلو مكوّن التبو"]}
GATES_CONVOYS = {"en": ["checkpoints and convoys"], "ar": ["البوابات والقوافل"]}
TAZIRBU_GUNMEN = {"en": ["unidentified gunmen", "gunmen"], "ar": ["مسلحون مجهولون"]}
TAZIRBU_WORKERS = {"en": ["workers", "civilians"], "ar": ["سيارة تقلّ عمالاً", "عمالاً"]}

# ====================================================== places: 565
KUFRA_DISTRICT = {"accept": ["الكفرة", "Kufra", "al-Kufrah", "Kufrah", "Kufra District"]}
KUFRA_SOUTH = place({"accept": ["المدخل الجنوبي للكفرة", "الكفرة", "Kufra", "al-Kufrah"]}, KUFRA_DISTRICT)
KUFRA = place({"accept": ["مدينة الكفرة", "الكفرة", "Kufra", "al-Kufrah"]}, KUFRA_DISTRICT)
KUFRA_AIRPORT = place({"accept": ["مطار الكفرة", "Kufra Airport"]}, KUFRA_DISTRICT)
KUFRA_COUNCIL_HQ = place({"accept": ["مقر المجلس البلدي", "الكفرة", "Kufra"]}, KUFRA_DISTRICT)
SOUTH_GATE = place({"accept": ["البوابة الجنوبية", "الكفرة", "Kufra"]}, KUFRA_DISTRICT)
REBIANA_ROAD = place({"accept": ["الطريق الصحراوي المؤدي إلى ربيانة", "ربيانة", "Rebiana", "Ribyanah"]},
                     KUFRA_DISTRICT)
HAWARI = place({"accept": ["منطقة الهواري", "الهواري", "al-Hawari", "Hawari"]}, KUFRA_DISTRICT)
TAZIRBU = place({"accept": ["قرب بلدة تازربو", "بلدة تازربو", "تازربو", "Tazirbu", "Tazerbo"]},
                KUFRA_DISTRICT)
