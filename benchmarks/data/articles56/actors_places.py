"""Accepted actor names and place names for the fifty-sixth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists, except the two shared lists CIVILIANS and UNKNOWN, taken over from the
fifty-fourth set with its scripts (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الحكومة», «الوفد», «اللجنة») are left out on purpose, with
these exceptions, each used only in an article where it names a single actor: «الفرقة» (276, only ever the
Fourth Division), «الخلايا» and «المرتزقة» (277, only ever the ISIS cells), «المسلحين» and «الوحدات» (278,
only ever the Sinjar Resistance Units), «الغرفة» and «الكتيبة» (279, only ever the Operations Room and
Brigade 48), «المطلوبين» and «الدولة» (280, only ever the wanted gunmen and the Saudi state).
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

# ======================================== 276: Tafas (an opposition news site of Horan, 2020)
FOURTH_DIV = {"en": ["Fourth Division", "4th Armoured Division", "Fourth Armoured Division", "Syrian army",
                     "Syrian government forces", "regime forces"],
              "ar": ["«الفرقة الرابعة»", "الفرقة الرابعة", "الفرقة", "قوات النظام"]}
FOURTH_DIV_CHECKPOINT = merge({"en": ["Fourth Division checkpoint", "five Fourth Division members"],
                               "ar": ["حاجز تابع للفرقة", "خمسة عناصر"]}, FOURTH_DIV)
FOURTH_DIV_OFFICER = merge({"en": ["a Fourth Division officer", "officer of the Fourth Division"],
                            "ar": ["ضابط في «الفرقة الرابعة»", "ضابط في الفرقة الرابعة"]}, FOURTH_DIV)
TAFAS_GUNMEN = merge({"en": ["attackers", "gunmen"], "ar": ["مسلحون مجهولون", "المهاجمين"]}, UNKNOWN)
TAFAS_NOTABLES = {"en": ["Tafas notables", "notables of Tafas", "town elders"],
                  "ar": ["وجهاءَ طفس", "وجهاء طفس", "وجهائها", "الوجهاء"]}
CENTRAL_COMMITTEE = {"en": ["Central Committee", "Central Committee of the western countryside",
                            "Daraa Central Committee", "negotiating committee"],
                     "ar": ["أعضاء في «اللجنة المركزية»", "«اللجنة المركزية»", "اللجنة المركزية",
                            "أعضاء اللجنة"]}
RU_MP = {"en": ["Russian military police", "Russian military police officers", "Russia", "Russian military"],
         "ar": ["ضباطاً من الشرطة العسكرية الروسية", "الشرطة العسكرية الروسية",
                "وفد من الشرطة العسكرية الروسية", "الضباط الروس"]}
RUSSIA_SIDE = merge({"en": ["Russian side", "Russia"], "ar": ["الجانب الروسي", "روسيا"]}, RU_MP)
MIL_SECURITY = {"en": ["Military Security", "Syrian Military Intelligence", "Military Security patrol",
                       "Syrian security forces"],
                "ar": ["دورية للأمن العسكري", "الأمن العسكري"]}
ISIS_EMIR = {"en": ["ISIS cell leader", "emir of an ISIS cell", "Islamic State cell", "ISIS"],
             "ar": ["«أمير» خلية تتبع لتنظيم «داعش»", "«أمير» خلية", "تنظيم «داعش»", "داعش"]}
TAFAS_STRIKERS = merge({"en": ["Tafas shopkeepers", "Hirak committee", "Tafas residents"],
                        "ar": ["محال طفس", "«لجنة الحراك»", "لجنة الحراك"]}, CIVILIANS)
EX_COMMANDER_8TH = {"en": ["former opposition commander", "Eighth Brigade", "8th Brigade", "Fifth Corps"],
                    "ar": ["قيادي سابق في فصائل المعارضة", "«اللواء الثامن»", "اللواء الثامن"]}
HEZBOLLAH = {"en": ["Hezbollah", "Lebanese Hezbollah", "Hizballah"],
             "ar": ["«حزب الله» اللبناني", "«حزب الله»", "حزب الله"]}
FOURTH_DIV_HEZBOLLAH = merge(FOURTH_DIV, HEZBOLLAH)
MILSEC_CAR = merge({"en": ["Military Security members", "a Military Security vehicle"],
                    "ar": ["عناصر من الأمن العسكري", "سيارة تقل عناصر من الأمن العسكري"]}, MIL_SECURITY)
DARAA_SETTLEMENT = {"en": ["Russia", "Syrian government", "Daraa opposition factions"],
                    "ar": ["روسيا", "المعارضة"]}
TAFAS_YOUTHS = {"en": ["three young men from Tafas", "a university student", "young men"],
                "ar": ["ثلاثة شبان من طفس", "طالب جامعي", "الطالب"]}

DARAA_WEST = {"accept": ["ريف درعا الغربي", "الريف الغربي", "درعا", "Daraa", "western Daraa countryside",
                         "Daraa Governorate"]}
TAFAS = place({"accept": ["طفس", "بلدة طفس", "Tafas", "Tafs"]}, DARAA_WEST)
TAFAS_EAST = place({"accept": ["المدخل الشرقي لبلدة طفس", "الأطراف الشرقية للبلدة", "المدخل الشرقي"]}, TAFAS)
TAFAS_SOUTH_FARMS = place({"accept": ["مزارع في الأطراف الجنوبية لطفس", "الأطراف الجنوبية لطفس"]}, TAFAS)
MUZAYRIB = {"accept": ["المزيريب", "بلدة المزيريب", "مقر الفرقة قرب بلدة المزيريب", "Muzayrib", "al-Muzayrib",
                       "Mzeireb"]}
DARAA_CITY = {"accept": ["مدينة درعا", "درعا", "Daraa", "Daraa city", "Dara'a"]}
YADUDAH = {"accept": ["اليادودة", "بلدة اليادودة", "Yadudah", "al-Yadudah", "Yadouda"]}
TELL_SHIHAB_ZAYZUN = {"accept": ["الطريق بين بلدتي تل شهاب وزيزون", "تل شهاب", "زيزون", "Tell Shihab",
                                 "Tal Shihab", "Zayzun", "Zeizoun"]}
DARAA_WEST_ENTRANCE = place({"accept": ["المدخل الغربي لمدينة درعا", "حاجز عند المدخل الغربي لمدينة درعا"]},
                            DARAA_CITY)

# ======================================== 277: al-Shuhail (an autonomous-administration news agency, 2019)
SDF = {"en": ["Syrian Democratic Forces", "SDF", "QSD"],
       "ar": ["قوات سوريا الديمقراطية"]}
DEZ_MC = merge({"en": ["Deir ez-Zor Military Council", "DMC", "Deir ez-Zor Military Council fighters"],
                "ar": ["مجلس دير الزور العسكري", "مقاتلي مجلس دير الزور العسكري", "نقطة عسكرية للمجلس",
                       "ثلاثة مقاتلين"]}, SDF)
DEZ_MC_SPOKESMAN = merge({"en": ["Deir ez-Zor Military Council spokesman", "military council spokesman"],
                          "ar": ["الناطق باسم مجلس دير الزور العسكري", "الناطق"]}, DEZ_MC)
ISIS_SY = {"en": ["Islamic State", "ISIS", "IS", "Daesh", "ISIS cells", "ISIL"],
           "ar": ["خلايا تابعة لمرتزقة «داعش»", "مرتزقة «داعش»", "«داعش»", "داعش", "خلايا المرتزقة",
                  "الخلايا", "المرتزقة", "المهاجمين"]}
COALITION = {"en": ["US-led coalition", "international coalition", "Global Coalition against ISIS",
                    "Coalition forces", "CJTF-OIR"],
             "ar": ["قوات التحالف الدولي", "التحالف الدولي", "التحالف"]}
SDF_COALITION = merge(SDF, COALITION)
THEEBAN_SUSPECTS = {"en": ["nine suspects", "suspected ISIS collaborators", "detainees"],
                    "ar": ["تسعة أشخاص يُشتبه بتعاملهم مع الخلايا", "تسعة أشخاص"]}
DAMASCUS_GOV = {"en": ["Syrian government", "Damascus government", "Assad government"],
                "ar": ["حكومة دمشق"]}
PRO_DAMASCUS_PAGES = {"en": ["pages close to the Damascus government"],
                      "ar": ["صفحات مقرّبة من حكومة دمشق"]}
HARBOURERS = {"en": ["anyone harbouring ISIS cells", "ISIS sympathisers"],
              "ar": ["كل من يثبت تستّره على خلايا المرتزقة", "خلايا المرتزقة"]}
THEEBAN_RESIDENTS = merge({"en": ["dozens of Theeban residents", "families of the detainees"],
                           "ar": ["عشرات الأهالي"]}, CIVILIANS)
THEEBAN_COUNCIL = {"en": ["Theeban local council", "local council members"],
                   "ar": ["أعضاء في المجلس", "المجلس المحلي للبلدة"]}
DEZ_CIVIL_COUNCIL = {"en": ["Deir ez-Zor Civil Council", "co-chair of the Deir ez-Zor Civil Council",
                            "Autonomous Administration"],
                     "ar": ["الرئيس المشترك لمجلس دير الزور المدني", "مجلس دير الزور المدني"]}
TURKEY = {"en": ["Turkey", "Turkish occupation", "Turkish government", "Turkish forces"],
          "ar": ["الاحتلال التركي", "تركيا"]}
DAMASCUS_TURKEY = merge(DAMASCUS_GOV, TURKEY)
DEZ_SHEIKHS = {"en": ["tribal sheikhs of the eastern countryside", "tribal elders", "notables"],
               "ar": ["شيوخ عشائر الريف الشرقي ووجهائه", "شيوخ عشائر الريف الشرقي"]}
TAYYANA_MEMBER = {"en": ["member of al-Tayyana local council", "local council member"],
                  "ar": ["عضواً في المجلس المحلي لبلدة الطيانة", "المجلس المحلي لبلدة الطيانة"]}
TAYYANA_GUNMEN = merge({"en": ["two gunmen on a motorcycle"], "ar": ["مسلحان يستقلان دراجة نارية", "مسلحان"]},
                       ISIS_SY)
SOCIAL_AFFAIRS = {"en": ["Social Affairs and Labour Authority", "Autonomous Administration",
                         "civil administration"],
                  "ar": ["«هيئة الشؤون الاجتماعية والعمل»", "هيئة الشؤون الاجتماعية والعمل",
                         "الإدارة المدنية"]}
BAGHOUZ_FAMILIES = merge({"en": ["three hundred returning families", "returnees"],
                          "ar": ["ثلاثمئة عائلة عادت إلى بلدة الباغوز", "ثلاثمئة عائلة"]}, CIVILIANS)
INTERNAL_SECURITY = {"en": ["Internal Security Forces", "Asayish", "SDF police"],
                     "ar": ["قوى الأمن الداخلي"]}
MOTORCYCLISTS = merge({"en": ["motorcycle riders"], "ar": ["الدراجات النارية"]}, CIVILIANS)
COALITION_SPOKESMAN = merge({"en": ["coalition spokesman"], "ar": ["متحدث باسم التحالف الدولي"]}, COALITION)

DEZ_EAST = {"accept": ["ريف دير الزور الشرقي", "الريف الشرقي", "دير الزور", "Deir ez-Zor",
                       "Deir ez-Zor Governorate", "eastern Deir ez-Zor"]}
SHUHAIL = place({"accept": ["الشحيل", "بلدة الشحيل", "al-Shuhail", "Shuhayl", "Al-Shuhayl"]}, DEZ_EAST)
SHUHAIL_NORTH = place({"accept": ["المدخل الشمالي لبلدة الشحيل", "المدخل الشمالي"]}, SHUHAIL)
THEEBAN = place({"accept": ["ذيبان", "بلدة ذيبان", "Theeban", "Dhiban", "Thiban"]}, DEZ_EAST)
THEEBAN_COUNCIL_BLDG = place({"accept": ["مبنى المجلس المحلي للبلدة"]}, THEEBAN)
OMAR_FIELD = {"accept": ["حقل العمر النفطي", "حقل العمر", "al-Omar oil field", "Omar oil field"]}
BUSAYRAH = place({"accept": ["البصيرة", "بلدة البصيرة", "al-Busayrah", "Busayra", "Al Busayrah"]}, DEZ_EAST)
BUSAYRAH_HOSPITAL = place({"accept": ["المشفى الميداني ببلدة البصيرة", "المشفى الميداني"]}, BUSAYRAH)
TAYYANA = place({"accept": ["الطيانة", "بلدة الطيانة", "al-Tayyana", "Tayyana", "Al-Tayana"]}, DEZ_EAST)
BAGHOUZ = place({"accept": ["الباغوز", "بلدة الباغوز", "Baghouz", "al-Baghuz"]}, DEZ_EAST)
SHUHAIL_THEEBAN = place(SHUHAIL, THEEBAN)

# ======================================== 278: Sinjar (a Mosul news site, 2022)
IQ_ARMY_20 = {"en": ["Iraqi army", "Iraqi Army 20th Division", "20th Division", "Iraqi security forces",
                     "Iraqi Armed Forces"],
              "ar": ["قوات من الفرقة العشرين في الجيش العراقي", "الفرقة العشرين", "الجيش العراقي", "للجيش"]}
YBS = {"en": ["Sinjar Resistance Units", "YBS", "YBŞ", "Sinjar Resistance Units (YBS)",
              "PKK-affiliated militia"],
       "ar": ["مسلحين من «وحدات مقاومة سنجار»", "«وحدات مقاومة سنجار»", "وحدات مقاومة سنجار", "«اليبشة»",
              "اليبشة", "«الوحدات»", "مسلحي «الوحدات»", "المسلحين"]}
SINUNI_FIGHT = merge(IQ_ARMY_20, YBS)
IQ_JOC = merge({"en": ["Iraqi Joint Operations Command", "Joint Operations Command", "Security Media Cell"],
                "ar": ["قيادة العمليات المشتركة", "قيادة العمليات", "خلية الإعلام الأمني"]}, IQ_ARMY_20)
SINUNI_RESIDENTS = merge({"en": ["Sinuni residents", "residents under curfew"],
                          "ar": ["سنوني والمجمعات المحيطة بها"]}, CIVILIANS)
IQ_MIGRATION = {"en": ["Iraqi Ministry of Migration and Displacement", "Ministry of Migration and Displaced",
                       "Iraqi government"],
                "ar": ["فرق وزارة الهجرة والمهجرين", "وزارة الهجرة والمهجرين"]}
YAZIDI_IDPS = merge({"en": ["displaced Yazidi families", "Yazidi IDPs", "displaced people", "Yazidis"],
                     "ar": ["مئات العائلات الإيزيدية", "العائلات الإيزيدية", "الواصلين", "عشرات النازحين",
                            "النازحين", "الإيزيديين"]}, CIVILIANS)
YBS_COMMANDER = merge({"en": ["a YBS commander", "commander of the Sinjar Resistance Units"],
                       "ar": ["قيادي في «الوحدات»"]}, YBS)
YBS_DETAINEES = merge({"en": ["three gunmen", "three YBS fighters"], "ar": ["ثلاثة آخرين"]}, YBS)
IQ_SOLDIERS4 = merge({"en": ["four soldiers", "Iraqi soldiers"], "ar": ["أربعة جنود"]}, IQ_ARMY_20)
BAGHDAD_DELEGATION = merge({"en": ["security delegation from Baghdad", "Baghdad delegation",
                                   "senior Joint Operations Command officer"],
                            "ar": ["وفد أمني من بغداد", "ضابط رفيع في قيادة العمليات المشتركة"]}, IQ_JOC)
SINJAR_NOTABLES = {"en": ["Yazidi notables", "representatives of the Sinjar autonomous administration",
                          "Sinjar Autonomous Administration"],
                   "ar": ["وجهاء إيزيديين", "ممثلين عن «الإدارة الذاتية» في القضاء", "«الإدارة الذاتية»"]}
SINJAR_TRUCE = merge(BAGHDAD_DELEGATION, SINJAR_NOTABLES)
KRG_MOI = {"en": ["Kurdistan Region Ministry of Interior", "KRG Interior Ministry",
                  "Kurdistan Regional Government"],
           "ar": ["وزارة داخلية إقليم كردستان", "داخلية إقليم كردستان"]}
PKK = {"en": ["Kurdistan Workers' Party", "PKK"], "ar": ["حزب العمال الكردستاني"]}
YAZIDI_MP = {"en": ["a Yazidi member of the Iraqi parliament", "Yazidi MP",
                    "Iraqi Council of Representatives"],
             "ar": ["نائب إيزيدي في مجلس النواب العراقي", "نائب إيزيدي"]}
IQ_FED_GOV = {"en": ["Iraqi federal government", "Iraqi government", "Government of Iraq"],
              "ar": ["الحكومة الاتحادية"]}
UN = {"en": ["United Nations", "UN"], "ar": ["الأمم المتحدة"]}
KHANASOR_VICTIMS = merge({"en": ["two people", "two YBS members"], "ar": ["شخصين", "سيارة"]}, YBS)
BAGHDAD_ERBIL = {"en": ["Baghdad and Erbil", "Iraqi government", "Kurdistan Regional Government"],
                 "ar": ["بغداد وأربيل"]}
ISIS_IQ = {"en": ["Islamic State", "ISIS", "IS", "Daesh"], "ar": ["تنظيم «داعش»", "«داعش»", "داعش"]}
JOINT_SECURITY_COMMITTEE = merge({"en": ["joint Baghdad–Erbil security committee",
                                          "joint security committee"],
                                   "ar": ["اللجنة الأمنية المشتركة بين بغداد وأربيل",
                                          "اللجنة الأمنية المشتركة"]},
                                  BAGHDAD_ERBIL)
UNAMI = {"en": ["United Nations Assistance Mission for Iraq", "UNAMI", "UN mission in Iraq",
                "United Nations"],
         "ar": ["بعثة الأمم المتحدة لمساعدة العراق «يونامي»", "بعثة الأمم المتحدة لمساعدة العراق", "«يونامي»",
                "يونامي"]}
ALL_PARTIES_SINJAR = merge({"en": ["all parties", "all sides"], "ar": ["جميع الأطراف"]}, SINUNI_FIGHT)

NINEVEH = {"accept": ["نينوى", "محافظة نينوى", "Nineveh", "Ninawa", "Nineveh Governorate"]}
SINJAR = place({"accept": ["سنجار", "قضاء سنجار", "Sinjar", "Shingal", "Sinjar district"]}, NINEVEH)
SINUNI = place({"accept": ["سنوني", "ناحية سنوني", "Sinuni", "Snuny", "Sinune"]}, SINJAR)
SINUNI_MARKET = place({"accept": ["سوق ناحية سنوني", "سوق سنوني", "السوق"]}, SINUNI)
TAL_AFAR_SINUNI = place({"accept": ["قضاء تلعفر", "تلعفر", "Tal Afar", "Tall Afar"]}, SINUNI)
DUHOK_CAMPS = {"accept": ["مخيمات محافظة دهوك", "مخيمات دهوك", "دهوك", "محافظة دهوك", "Duhok", "Dohuk",
                          "Duhok camps", "Kurdistan Region"]}
SINUNI_NORTH_COMPLEX = place({"accept": ["المجمع الشمالي"]}, SINUNI)
DUGURE = place({"accept": ["مجمع دوكري", "دوكري", "Dugure", "Duguri", "Dokri"]}, SINJAR)
SINJAR_QAIMMAQAMIYA = place({"accept": ["مبنى القائممقامية", "القائممقامية"]}, SINJAR)
SINUNI_SINJAR_ROAD = place({"accept": ["الطريق بين سنوني وسنجار"]}, SINUNI)
KHANASOR_ROAD = place({"accept": ["الطريق بين خانصور وسنجار", "خانصور", "Khanasor", "Khana Sor",
                                   "Khanasour"]}, SINJAR)
MOSUL = {"accept": ["الموصل", "Mosul", "Mosul city"]}
SHARIYA_CAMP = place({"accept": ["مخيم شاريا بدهوك", "مخيم شاريا", "Sharya camp", "Shariya camp"]},
                     DUHOK_CAMPS)

# ======================================== 279: Sabratha (a Libyan news site of the west coast, 2017)
OPS_ROOM = {"en": ["Anti-ISIS Operations Room", "Operations Room to Fight ISIS", "Sabratha Operations Room",
                   "Operations Room"],
            "ar": ["قوات «غرفة عمليات محاربة تنظيم داعش»", "«غرفة عمليات محاربة تنظيم داعش»",
                   "غرفة عمليات محاربة تنظيم داعش", "«غرفة العمليات»", "غرفة العمليات", "الغرفة",
                   "قوات الغرفة"]}
BRIGADE_48 = {"en": ["Brigade 48", "48th Brigade", "al-Dabbashi brigade", "Dabbashi militia"],
              "ar": ["مسلحي «الكتيبة 48»", "«الكتيبة 48»", "الكتيبة 48", "مسلحي الكتيبة", "الكتيبة"]}
SABRATHA_FIGHT = merge(OPS_ROOM, BRIGADE_48)
DAHMAN_VICTIMS = merge({"en": ["four civilians", "two children", "residents of Dahman"],
                        "ar": ["أربعة مدنيين", "طفلان", "منازل في حي دحمان"]}, CIVILIANS)
BRIGADE_48_COMMANDER = merge({"en": ["commander of Brigade 48", "Brigade 48 commander"],
                              "ar": ["آمر «الكتيبة 48»"]}, BRIGADE_48)
LRC_SABRATHA = {"en": ["Libyan Red Crescent", "Libyan Red Crescent Sabratha branch", "Red Crescent",
                       "Ambulance and Emergency Service"],
                "ar": ["فرق الهلال الأحمر", "الهلال الأحمر الليبي", "الهلال الأحمر", "جهاز الإسعاف والطوارئ"]}
DAHMAN_FAMILIES = merge({"en": ["about sixty families", "displaced families"],
                         "ar": ["قرابة ستين عائلة", "ستين عائلة"]}, CIVILIANS)
SURMAN_COUNCIL = {"en": ["Surman municipal council", "Surman municipality"], "ar": ["المجلس البلدي هناك"]}
GNA_PC = {"en": ["Presidential Council", "Government of National Accord", "GNA", "Libyan government"],
          "ar": ["المجلس الرئاسي لحكومة الوفاق الوطني", "المجلس الرئاسي", "حكومة الوفاق الوطني"]}
SABRATHA_PARTIES = merge({"en": ["both sides", "the warring parties", "the parties"],
                          "ar": ["الطرفين", "الأطراف", "المتقاتلين"]}, SABRATHA_FIGHT)
WESTERN_MR = {"en": ["Western Military Region", "commander of the Western Military Region"],
              "ar": ["آمر المنطقة العسكرية الغربية", "المنطقة العسكرية الغربية"]}
SABRATHA_COUNCIL = {"en": ["Sabratha municipal council", "Sabratha municipality"],
                    "ar": ["المجلس البلدي صبراتة", "المجلس البلدي"]}
WEST_COAST_ELDERS = {"en": ["elders and wise men of the western coast towns", "tribal elders", "notables"],
                     "ar": ["أعيان وحكماء مدن الساحل الغربي", "أعيان وحكماء"]}
SABRATHA_TRUCE = merge(SABRATHA_PARTIES, SABRATHA_COUNCIL, WEST_COAST_ELDERS)
UNSMIL = {"en": ["United Nations Support Mission in Libya", "UNSMIL", "UN mission in Libya",
                 "United Nations"],
          "ar": ["وفد من بعثة الأمم المتحدة للدعم في ليبيا", "بعثة الأمم المتحدة للدعم في ليبيا"]}
MELLITAH_WORKERS = {"en": ["two employees of the Mellitah complex", "two oil workers",
                           "Mellitah Oil and Gas"],
                    "ar": ["موظفَين يعملان في مجمع مليتة للنفط والغاز", "موظفَين"]}
US_FORCES = {"en": ["United States", "US military", "US Air Force", "AFRICOM"], "ar": ["أمريكية"]}
ISIS_LY = {"en": ["Islamic State", "ISIS", "IS", "Daesh"], "ar": ["لتنظيم «داعش»", "«داعش»", "داعش"]}
ZAWIYA_PROTESTERS = merge({"en": ["dozens of Zawiya residents", "protesters"], "ar": ["العشرات"]}, CIVILIANS)

SABRATHA = {"accept": ["صبراتة", "مدينة صبراتة", "Sabratha", "Sabrata"]}
DAHMAN = place({"accept": ["حي دحمان", "دحمان", "Dahman"]}, SABRATHA)
SABRATHA_ANCIENT = place({"accept": ["محيط المدينة الأثرية", "المدينة الأثرية", "الطريق الساحلي شرقي صبراتة",
                                     "Sabratha archaeological site", "ancient city of Sabratha"]}, SABRATHA)
SABRATHA_CORNICHE = place({"accept": ["مبنى الجوازات القديم قرب الكورنيش", "الكورنيش"]}, SABRATHA)
ZAWIYA = {"accept": ["الزاوية", "مدينة الزاوية", "Zawiya", "Az Zawiyah", "Zawiyah"]}
SURMAN = {"accept": ["صرمان", "مدينة صرمان", "مدارس في مدينة صرمان", "Surman", "Sorman"]}
TRIPOLI = {"accept": ["طرابلس", "Tripoli"]}
SABRATHA_HOSPITAL = place({"accept": ["مستشفى صبراتة التعليمي"]}, SABRATHA)
MELLITAH = {"accept": ["مجمع مليتة للنفط والغاز", "مليتة", "Mellitah", "Mellitah Oil and Gas complex"]}
SABRATHA_SURMAN_ROAD = place({"accept": ["الطريق الساحلي بين صبراتة وصرمان", "الطريق الساحلي"]}, SABRATHA)
ZAWIYA_COUNCIL = place({"accept": ["مقر المجلس البلدي"]}, ZAWIYA)

# ======================================== 280: al-Awamiyah (a Dammam daily, 2017)
SA_SECURITY = {"en": ["Saudi security forces", "Saudi security authorities", "Saudi Ministry of Interior",
                      "Saudi police"],
               "ar": ["الجهات الأمنية", "رجال الأمن", "دورية أمنية"]}
SA_PATROL = merge({"en": ["security patrol", "two security men", "Saudi security personnel"],
                   "ar": ["دورية أمنية", "رجلا أمن", "رجلي الأمن"]}, SA_SECURITY)
AWAMIYAH_GUNMEN = merge({"en": ["gunmen", "wanted militants", "terrorist elements", "Qatif militants"],
                         "ar": ["المطلوبين أمنياً", "المطلوبين", "«عناصر إرهابية مرتبطة بجهات خارجية»",
                                "عناصر إرهابية"]}, UNKNOWN)
AWAMIYAH_WANTED3 = merge({"en": ["three wanted men", "three suspects"],
                          "ar": ["ثلاثة من المطلوبين أمنياً", "ثلاثة من المطلوبين"]}, AWAMIYAH_GUNMEN)
EP_MUNICIPALITY = {"en": ["Eastern Province Municipality", "Eastern Province municipality (Amanah)",
                          "Saudi authorities"],
                   "ar": ["آليات أمانة المنطقة الشرقية", "أمانة المنطقة الشرقية", "أمانةَ المنطقة الشرقية"]}
SA_AUTHORITIES = {"en": ["Saudi authorities", "competent authorities", "Qatif governorate"],
                  "ar": ["الجهات المختصة", "محافظة القطيف"]}
AWAMIYAH_FAMILIES = merge({"en": ["dozens of families", "families from streets next to the quarter"],
                           "ar": ["عشرات الأسر", "الأسر"]}, CIVILIANS)
SA_INTERIOR_SPOKESMAN = merge({"en": ["Interior Ministry security spokesman", "security spokesman",
                                      "Saudi Ministry of Interior"],
                               "ar": ["المتحدث الأمني لوزارة الداخلية", "المتحدث الأمني", "المتحدث ذاته",
                                      "وزارة الداخلية"]}, SA_SECURITY)
HARBOURERS_SA = {"en": ["anyone sheltering the wanted men"],
                 "ar": ["«كل من يتستر على المطلوبين أو يقدّم لهم العون»", "كل من يتستر على المطلوبين"]}
EP_EMIR = {"en": ["Emir of the Eastern Province", "Eastern Province governor", "Eastern Province Emirate"],
           "ar": ["أمير المنطقة الشرقية", "ديوان الإمارة"]}
QATIF_NOTABLES = {"en": ["Qatif notables", "notables and elders of Qatif", "delegation of Qatif notables"],
                  "ar": ["وفداً من وجهاء القطيف وأعيانها", "وجهاء القطيف وأعيانها", "وجهاء القطيف"]}
SA_STATE = {"en": ["Saudi government", "Saudi state", "Saudi Arabia"], "ar": ["الدولة"]}
COMPENSATION_COMMITTEE = {"en": ["government committee", "Saudi government"], "ar": ["لجنة حكومية"]}
AWAMIYAH_OWNERS = {"en": ["property owners in the quarter", "owners"],
                   "ar": ["ملّاك عقارات الحي", "ملّاكها"]}
QATIF_COUNCILLOR = {"en": ["member of the Qatif municipal council", "Qatif municipal council"],
                    "ar": ["عضو في المجلس البلدي بمحافظة القطيف", "المجلس البلدي بمحافظة القطيف"]}

QATIF = {"accept": ["القطيف", "محافظة القطيف", "Qatif", "Al Qatif", "Eastern Province"]}
AWAMIYAH = place({"accept": ["العوامية", "بلدة العوامية", "Awamiyah", "al-Awamiyah", "Awamiya"]}, QATIF)
MUSAWARA = place({"accept": ["حي المسورة", "أطراف حي المسورة", "المسورة", "al-Musawara", "Musawara"]},
                 AWAMIYAH)
DAMMAM_QATIF = {"accept": ["شقق مفروشة في الدمام والقطيف", "الدمام", "القطيف", "Dammam", "Qatif"]}
DAMMAM_EMIRATE = {"accept": ["ديوان الإمارة في الدمام", "الدمام", "Dammam"]}
QUDAIH = place({"accept": ["القديح", "بلدة القديح", "al-Qudaih", "Qudaih", "Al Qudayh"]}, QATIF)
