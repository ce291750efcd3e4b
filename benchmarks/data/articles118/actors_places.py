"""Accepted actor names and place names for the hundred-and-eighteenth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الحكومة», «التنظيم») are left out on purpose, with these
exceptions, each used only in an article where it names a single actor:
- 586: «التنظيم» (only ever ISIS);
- 587: «التنظيم» and «المسلحون» (only ever ISIS and its fighters);
- 588: «المسلحون» (only ever the local armed group's fighters), «الجنود» (only ever the Iraqi army's);
- 589: «البعثة» (only ever the UN Support Mission in Libya);
- 590: «الفصائل» (only ever the Gaza factions), «حماس» (only ever Hamas).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge

# ============================== 586: al-Sukhnah, al-Tayba, al-Kawm, the desert east of Palmyra (Homs; 2021)
RU_AIR = {"en": ["Russian Air Force", "Military Forces of Russia", "Russia", "Russian warplanes"],
          "ar": ["الطيران الحربي الروسي", "الطائرات الروسية"]}
IS_586 = {"en": ["Islamic State", "ISIS", "IS", "ISIL", "Daesh"],
          "ar": ["خلية تابعة للتنظيم", "خلية من التنظيم", "مسلحو التنظيم", "خلايا التنظيم", "تنظيم «داعش»",
                 "«داعش»", "داعش", "التنظيم"]}
BUS_WORKERS = {"en": ["gas field workers on a bus", "civilians", "workers"],
               "ar": ["عمالاً في أحد حقول الغاز", "تسعة شهداء", "الشهداء التسعة"]}
GAS_COMPANY = {"en": ["the company operating the gas field"], "ar": ["إدارة الشركة المشغّلة للحقل"]}
TRUFFLE_GATHERERS = {"en": ["truffle gatherers", "civilians"], "ar": ["جامعي الكمأة"]}
SHEPHERDS = {"en": ["shepherds from al-Sukhnah", "shepherds", "civilians"], "ar": ["سبعة رعاة"]}
SY_ARMY = {"en": ["Syrian Arab Army", "Military Forces of Syria", "Syrian army", "Syrian government forces"],
           "ar": ["وحدات من الجيش العربي السوري", "الجيش العربي السوري", "القوات الرديفة"]}
CENTRAL_SOURCE = {"en": ["Syrian army Central Region command", "Military Forces of Syria", "Syrian army"],
                  "ar": ["مصدر عسكري في قيادة المنطقة الوسطى", "قيادة المنطقة الوسطى"]}
IS_CELLS = {"en": ["Islamic State cells", "Islamic State", "ISIS", "Daesh"],
            "ar": ["خلايا التنظيم", "التنظيم"]}
TAYBA_NOTABLES = {"en": ["notables of al-Tayba"], "ar": ["وجهاؤها"]}
CENTRAL_COMMAND = {"en": ["Syrian army regional command", "Military Forces of Syria"],
                   "ar": ["قيادة المنطقة"]}
TANKER_CREW = {"en": ["fuel tanker driver and his companion", "civilians"], "ar": ["سائقه ومرافقه"]}
SY_MFA = {"en": ["Syrian Ministry of Foreign Affairs and Expatriates", "Government of Syria",
                 "Syrian government"],
          "ar": ["وزارة الخارجية والمغتربين"]}
US_TANF = {"en": ["US forces at al-Tanf", "Military Forces of the United States", "United States"],
           "ar": ["القوات الأمريكية المتمركزة في منطقة التنف", "القوات الأمريكية"]}
UNSC = {"en": ["UN Security Council", "United Nations Security Council", "United Nations"],
        "ar": ["مجلس الأمن"]}
HOMS_GOVERNOR = {"en": ["Governor of Homs", "Government of Syria"], "ar": ["محافظ حمص"]}
SUKHNAH_NOTABLES = {"en": ["tribal notables of al-Sukhnah and al-Tayba"],
                    "ar": ["وجهاء عشائر السخنة والطيبة"]}
MIL_SECURITY = {"en": ["Syrian Military Security", "Military Forces of Syria", "Syrian government"],
                "ar": ["دورية من الأمن العسكري", "الأمن العسكري"]}
SUKHNAH_SUSPECTS = {"en": ["three suspects in al-Sukhnah", "civilians"], "ar": ["ثلاثة أشخاص", "الموقوفين"]}
RU_CENTRE = {"en": ["Russian Reconciliation Centre", "Military Forces of Russia", "Russia"],
             "ar": ["«مركز المصالحة الروسي»", "مركز المصالحة الروسي", "الطائرات الروسية"]}

# ====================================================== places: 586
SUKHNAH_DESERT = {"accept": ["عمق البادية شمال مدينة السخنة", "مدينة السخنة", "السخنة", "الكوم", "الطيبة",
                             "al-Sukhnah", "Sukhnah", "al-Kawm", "al-Tayba"]}
AMBUSH_ROAD = {"accept": ["الطريق الدولي بين تدمر والسخنة", "مفرق الطيبة", "السخنة", "al-Sukhnah", "Sukhnah",
                          "Palmyra–al-Sukhnah road"]}
KAWM = {"accept": ["بادية الكوم", "الكوم", "al-Kawm", "Kawm"]}
TAYBA_EAST = {"accept": ["البادية الواقعة شرق بلدة الطيبة", "بلدة الطيبة", "الطيبة", "al-Tayba", "Taybeh"]}
SUKHNAH_PALMYRA = {"accept": ["البادية الممتدة بين السخنة وتدمر", "السخنة", "تدمر", "al-Sukhnah", "Palmyra",
                              "Tadmur"]}
TAYBA = {"accept": ["بلدة الطيبة", "الطيبة", "al-Tayba", "Taybeh"]}
SHAER = {"accept": ["حقل الشاعر للغاز", "حقل الشاعر", "al-Shaer gas field", "Shaer gas field", "al-Shaer"]}
HOMS_PALMYRA_ROAD = {"accept": ["الطريق الدولي بين حمص وتدمر", "حاجز الفرقلس", "الفرقلس", "Homs–Palmyra road",
                                "al-Furqlus"]}
SUKHNAH_COUNCIL = {"accept": ["مبنى المجلس المحلي للسخنة", "السخنة", "al-Sukhnah", "Sukhnah"]}
SUKHNAH = {"accept": ["أحد أحياء السخنة", "السخنة", "al-Sukhnah", "Sukhnah"]}
BADIA = {"accept": ["البادية", "the Badia", "Syrian desert"]}

# ============================== 587: al-Hajar al-Aswad, the Yarmouk camp, Yalda and al-Tadamon (2018)
GOV_FORCES_587 = {"en": ["Syrian government forces", "Military Forces of Syria", "Syrian army",
                         "Syrian Air Force"],
                  "ar": ["القوات الحكومية السورية", "القوات الحكومية"]}
HAJAR_VICTIMS = {"en": ["civilians in al-Hajar al-Aswad", "civilians"],
                 "ar": ["سبعة مدنيين", "القتلى السبعة"]}
IS_587 = {"en": ["Islamic State", "ISIS", "IS", "ISIL", "Daesh"],
          "ar": ["مسلحي تنظيم «داعش»", "مسلحي التنظيم", "مقاتلي التنظيم", "مسلحو التنظيم", "«داعش»", "داعش",
                 "التنظيم"]}
SY_ARMY_PAL = {"en": ["Syrian army", "Military Forces of Syria", "pro-government Palestinian groups"],
               "ar": ["وحدات من الجيش السوري", "الجيش السوري", "مجموعات فلسطينية موالية له"]}
CLASH_587 = merge(SY_ARMY_PAL, IS_587)
FAMILIES_587 = {"en": ["civilian families from the camp", "civilians"],
                "ar": ["نحو خمسين عائلة", "المدنيين المحاصرين"]}
RU_SIDE = {"en": ["Russia", "Russian side", "Military Forces of Russia"], "ar": ["الجانب الروسي"]}
STATE_MEDIA = {"en": ["Syrian state media", "Government of Syria"], "ar": ["وسائل الإعلام الرسمية"]}
CIVILIANS_HELD = {"en": ["civilians held in basements", "civilians"], "ar": ["عشرات المدنيين"]}
FIELD_COMMANDER = {"en": ["Syrian government field commander", "Military Forces of Syria", "Syrian army"],
                   "ar": ["قائد ميداني في القوات الحكومية", "القوات الحكومية"]}
GUNMEN_587 = {"en": ["Islamic State", "ISIS", "Daesh", "Islamic State fighters"], "ar": ["المسلحون"]}
UNRWA = {"en": ["UNRWA", "United Nations Relief and Works Agency for Palestine Refugees"],
         "ar": ["«الأونروا»", "الأونروا", "وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين"]}
ALL_PARTIES = {"en": ["all parties"], "ar": ["جميع الأطراف"]}
GOV_POST_QADAM = {"en": ["Syrian government forces", "Military Forces of Syria"],
                  "ar": ["نقطة للقوات الحكومية", "خمسة عناصر"]}
YARMOUK_COMMITTEE = {"en": ["Committee of the Displaced of Yarmouk Camp"],
                     "ar": ["«لجنة مهجّري مخيم اليرموك»", "لجنة مهجّري مخيم اليرموك"]}
PLO = {"en": ["Palestine Liberation Organization", "PLO"],
       "ar": ["«منظمة التحرير الفلسطينية»", "منظمة التحرير الفلسطينية"]}
PLO_DELEGATION = merge({"en": ["PLO delegation"], "ar": ["وفد من «منظمة التحرير الفلسطينية»"]}, PLO)
SY_OFFICIALS = {"en": ["Syrian government officials", "Government of Syria"],
                "ar": ["مسؤولين في الحكومة السورية", "الحكومة السورية"]}
YOUNG_MEN_587 = {"en": ["young men leaving the camp", "civilians", "Palestinian refugees"],
                 "ar": ["اثني عشر شاباً"]}
OUT_FAMILIES = {"en": ["families who left the camp", "civilians"], "ar": ["العائلات الخارجة"]}
UNRWA_SARC = merge(UNRWA, {"en": ["Syrian Arab Red Crescent", "SARC"], "ar": ["الهلال الأحمر العربي السوري"]})

# ====================================================== places: 587
HAJAR = {"accept": ["أحياء الحجر الأسود", "الحجر الأسود", "al-Hajar al-Aswad", "Hajar al-Aswad",
                    "Hajar Aswad"]}
HAJAR_EAST = {"accept": ["الأحياء الشرقية للحجر الأسود", "الحجر الأسود", "al-Hajar al-Aswad",
                         "Hajar al-Aswad"]}
HAJAR_CENTRE = {"accept": ["أقبية وسط الحجر الأسود", "وسط الحجر الأسود", "الحجر الأسود", "al-Hajar al-Aswad"]}
CORRIDOR_YALDA = {"accept": ["الطرف الشرقي للمخيم", "بلدة يلدا", "يلدا", "مخيم اليرموك", "Yarmouk camp",
                             "Yalda"]}
POCKET = {"accept": ["الجيب المحاصر", "أطراف حي التضامن", "حي التضامن", "الحجر الأسود", "مخيم اليرموك",
                     "al-Hajar al-Aswad", "Yarmouk camp", "al-Tadamon", "Tadamon"]}
YARMOUK = {"accept": ["مخيم اليرموك", "اليرموك", "Yarmouk camp", "Yarmouk"]}
QADAM = {"accept": ["حي القدم", "القدم", "al-Qadam", "Qadam"]}
YALDA_BABBILA = {"accept": ["مراكز الإيواء في يلدا وببيلا", "يلدا", "ببيلا", "Yalda", "Babbila"]}
YALDA_CHECKPOINT = {"accept": ["نقطة التفتيش في نهاية الممر المؤدي إلى يلدا", "يلدا", "Yalda"]}
YALDA_SHELTER = {"accept": ["مركز الإيواء المؤقت ببلدة يلدا", "بلدة يلدا", "يلدا", "Yalda"]}

# ============================== 588: Zakho, the camps of Chamishku, Sharya and Khanke, Karsi (Duhok; 2022)
IRAQI_ARMY = {"en": ["Iraqi army", "Military Forces of Iraq", "Iraqi Armed Forces"], "ar": ["الجيش العراقي"]}
LOCAL_GROUP = {"en": ["local Yazidi armed group", "Yazidi militia", "PKK-affiliated militia"],
               "ar": ["مسلحي مجموعة إيزيدية محلية", "مجموعة إيزيدية محلية", "المجموعة المحلية"]}
CLASH_588 = merge(IRAQI_ARMY, LOCAL_GROUP)
YAZIDI_FAMILIES = {"en": ["displaced Yazidi families", "civilians"], "ar": ["مئات العائلات الإيزيدية"]}
RELIEF_ORGS = {"en": ["local and international relief organisations", "NGOs"],
               "ar": ["منظمات إغاثية محلية ودولية"]}
FAMILIES_ARRIVED = {"en": ["displaced Yazidi families", "civilians"],
                    "ar": ["العائلات الواصلة", "ثلاثمئة وخمسين عائلة"]}
DRONE = {"en": ["drone", "unidentified drone", "Military Forces of Turkey", "Turkey"],
         "ar": ["طائرة مسيّرة", "وزارة الدفاع التركية"]}
DRONE_VICTIMS = {"en": ["three people in a car near Chamishku camp", "displaced Yazidis", "civilians"],
                 "ar": ["ثلاثة أشخاص", "القتلى الثلاثة"]}
MEDIATORS = {"en": ["Arab tribal notables and Yazidi sheikhs", "mediators"],
             "ar": ["وجهاء من العشائر العربية", "شيوخ إيزيديون"]}
ARMY_OFFICERS = {"en": ["Iraqi army officers", "Military Forces of Iraq", "Iraqi army"],
                 "ar": ["ضباط من الجيش"]}
GROUP_REPS = merge({"en": ["representatives of the local armed group"], "ar": ["ممثلين عن المجموعة المحلية"]},
                   LOCAL_GROUP)
TRUCE_ALL = merge(ARMY_OFFICERS, GROUP_REPS, MEDIATORS)
FED_KRG = {"en": ["Federal Government of Iraq", "Government of Iraq", "Kurdistan Regional Government", "KRG"],
           "ar": ["ممثلون عن الحكومة الاتحادية", "الحكومة الاتحادية", "حكومة إقليم كردستان"]}
OUTSIDE_FIGHTERS = {"en": ["fighters from outside the district", "PKK", "Kurdistan Workers' Party"],
                    "ar": ["مقاتلين من خارج القضاء"]}
GROUP_SOURCE = merge({"en": ["a source in the local armed group"], "ar": ["مصدر في المجموعة المحلية"]},
                     LOCAL_GROUP)
GROUP_SPOKESMAN = merge({"en": ["spokesman of the local armed group"], "ar": ["ناطق باسم المجموعة المحلية"]},
                        LOCAL_GROUP)
JOC = {"en": ["Joint Operations Command", "Military Forces of Iraq", "Iraqi army"],
       "ar": ["قيادة العمليات المشتركة"]}
ARMED_OUTSIDE_STATE = {"en": ["armed groups outside state control", "local Yazidi armed group"],
                       "ar": ["«كل من يحمل السلاح خارج إطار الدولة»", "كل من يحمل السلاح خارج إطار الدولة",
                              "المسلحون"]}
ARMY_UNITS = {"en": ["Iraqi army", "Military Forces of Iraq"], "ar": ["وحدات الجيش", "الجنود"]}
HIST_CLASH = {"en": ["Iraqi army", "Military Forces of Iraq", "local Yazidi armed group"],
              "ar": ["الجيش والمسلحون أنفسهم", "الجيش والمسلحون"]}
YAZIDI_COUNCIL = {"en": ["Yazidi Supreme Spiritual Council", "Supreme Spiritual Council of the Yazidis"],
                  "ar": ["المجلس الروحاني الإيزيدي الأعلى"]}
OUTSIDE_PARTIES = {"en": ["outside parties", "PKK"], "ar": ["«أطرافاً خارجية»", "أطرافاً خارجية"]}
BAGHDAD_ERBIL = {"en": ["Government of Iraq", "Kurdistan Regional Government", "KRG"],
                 "ar": ["الحكومتين في بغداد وأربيل"]}
PROTESTERS_KHANKE = {"en": ["displaced people in Khanke camp", "protesters", "displaced Yazidis"],
                     "ar": ["عشرات النازحين في مخيم خانكي", "عشرات النازحين"]}
CAMP_ADMIN = {"en": ["Khanke camp administration"], "ar": ["ممثلون عن إدارة المخيم", "إدارة المخيم"]}
UNAMI = {"en": ["UNAMI", "United Nations Assistance Mission for Iraq", "United Nations"],
         "ar": ["بعثة الأمم المتحدة لمساعدة العراق", "«يونامي»", "يونامي"]}

# ====================================================== places: 588
KARSI_VILLAGES = {"accept": ["بلدة كرسي وقرى شمال الجبل", "بلدة كرسي", "كرسي", "Karsi", "Kursi"]}
DUHOK_CAMPS = {"accept": ["مخيمات النزوح في محافظة دهوك", "مخيمات دهوك", "دهوك", "Duhok camps", "Duhok",
                          "Dohuk"]}
SHARYA_KHANKE = {"accept": ["مخيما شاريا وخانكي", "مخيم شاريا", "شاريا", "خانكي", "Sharya camp",
                            "Khanke camp", "Sharya", "Khanke"]}
CHAMISHKU_ROAD = {"accept": ["الطريق المؤدي إلى مخيم جمشكو", "مخيم جمشكو", "جمشكو", "مدينة زاخو", "زاخو",
                             "Chamishku camp", "Chamishku", "Zakho"]}
KARSI = {"accept": ["بلدة كرسي", "كرسي", "Karsi", "Kursi"]}
ERBIL = {"accept": ["أربيل", "Erbil", "Arbil", "Hawler"]}
KARSI_SCHOOL = {"accept": ["المدرسة التي تتمركز فيها وسط بلدة كرسي", "وسط بلدة كرسي", "بلدة كرسي", "كرسي",
                           "Karsi"]}
TAL_BANAT = {"accept": ["مجمّع تل بنات", "تل بنات", "Tal Banat", "Tel Banat"]}
LALISH = {"accept": ["معبد لالش", "لالش", "Lalish"]}
KARSI_GOHBAL = {"accept": ["محيط بلدة كرسي وقرية كوهبل", "بلدة كرسي", "كرسي", "قرية كوهبل", "كوهبل", "Karsi",
                           "Gohbal"]}
KHANKE = {"accept": ["مخيم خانكي", "خانكي", "Khanke camp", "Khanke"]}

# ============================== 589: Qasr bin Ghashir, Khallat al-Furjan, Ain Zara, Mitiga (Jafara; 2018)
SEVENTH_BRIGADE = {"en": ["Seventh Brigade", "7th Brigade", "Kaniyat", "al-Kaniyat militia"],
                   "ar": ["«اللواء السابع»", "اللواء السابع"]}
GNA_BRIGADES = {"en": ["GNA-aligned armed brigades", "Government of National Accord", "GNA",
                       "militias loyal to the GNA"],
                "ar": ["كتائب مسلحة موالية لحكومة الوفاق الوطني", "كتائب مسلحة موالية لحكومة الوفاق",
                       "الكتائب المسيطرة على العاصمة"]}
CLASH_589 = merge(SEVENTH_BRIGADE, GNA_BRIGADES)
ROCKET_VICTIMS = {"en": ["a woman and her two children", "civilians"], "ar": ["امرأة وطفليها"]}
CIVIL_AVIATION = {"en": ["Libyan Civil Aviation Authority"], "ar": ["مصلحة الطيران المدني"]}
PRISONERS = {"en": ["inmates of Ain Zara prison", "prisoners", "inmates"],
             "ar": ["نحو أربعمئة سجين", "السجناء الفارين", "الفارين"]}
PRO_GOV_BATTALION = {"en": ["GNA-aligned battalion", "Government of National Accord"],
                     "ar": ["كتيبة موالية للحكومة"]}
GNA_INTERIOR = {"en": ["GNA Ministry of Interior", "Government of National Accord"],
                "ar": ["مصدراً في وزارة الداخلية بحكومة الوفاق", "وزارة الداخلية بحكومة الوفاق"]}
TAJOURA_MUNICIPALITY = {"en": ["Tajoura municipality"], "ar": ["بلدية تاجوراء"]}
DISPLACED_589 = {"en": ["displaced families", "civilians"],
                 "ar": ["من لم يجد منهم مأوى", "أكثر من ثلاثمئة عائلة"]}
LIBYAN_RELIEF = {"en": ["Libyan Relief Agency"], "ar": ["«الهيئة الليبية للإغاثة»", "الهيئة الليبية للإغاثة"]}
GNA_COMMANDERS = {"en": ["commanders of GNA-aligned brigades", "Government of National Accord", "GNA"],
                  "ar": ["قادة كتائب موالية لحكومة الوفاق"]}
SEVENTH_SPOKESMAN = merge({"en": ["spokesman of the Seventh Brigade"], "ar": ["متحدث باسم «اللواء السابع»"]},
                          SEVENTH_BRIGADE)
WARRING_REPS = {"en": ["representatives of the warring parties", "Seventh Brigade",
                       "GNA-aligned armed brigades"],
                "ar": ["ممثلون عن الأطراف المتحاربة", "ممثلو الأطراف"]}
UNSMIL = {"en": ["UNSMIL", "United Nations Support Mission in Libya", "United Nations"],
          "ar": ["بعثة الأمم المتحدة للدعم في ليبيا", "بعثة الأمم المتحدة", "البعثة"]}
PRESIDENTIAL_COUNCIL = {"en": ["Presidential Council", "Government of National Accord", "GNA"],
                        "ar": ["المجلس الرئاسي لحكومة الوفاق", "المجلس الرئاسي"]}
JUDICIAL_POLICE = {"en": ["Judicial Police", "Government of National Accord"], "ar": ["الشرطة القضائية"]}
QBG_COUNCIL = {"en": ["Qasr bin Ghashir municipal council"], "ar": ["المجلس البلدي لقصر بن غشير"]}
FALAH_VICTIMS = {"en": ["displaced people from Tawergha", "civilians"],
                 "ar": ["النازحين من تاورغاء", "نازحين من تاورغاء"]}
RIGHTS_GROUPS = {"en": ["human rights organisations"], "ar": ["منظمات حقوقية محلية ودولية"]}
LRC = {"en": ["Libyan Red Crescent"], "ar": ["فرق الهلال الأحمر الليبي", "الهلال الأحمر الليبي"]}
TRAPPED = {"en": ["trapped civilians", "civilians"], "ar": ["نحو ستين مدنياً"]}
MISRATA_BRIGADES = {"en": ["Misrata brigades", "Misratan armed groups"], "ar": ["كتائب من مصراتة"]}
PRISON_COMMANDER = {"en": ["commander of the battalion guarding Ain Zara prison"],
                    "ar": ["آمر الكتيبة المكلفة بحماية سجن عين زارة", "آمر الكتيبة"]}
INQUIRY_589 = {"en": ["joint committee of the ministries of interior and justice",
                      "Government of National Accord"],
               "ar": ["لجنة مشتركة من وزارتي الداخلية والعدل"]}

# ====================================================== places: 589
QBG = {"accept": ["بلدة قصر بن غشير", "قصر بن غشير", "خلة الفرجان", "Qasr bin Ghashir", "Qasr Ben Ghashir",
                  "Gasr bin Gashir", "Khallat al-Furjan"]}
MITIGA = {"accept": ["محيط مطار معيتيقة الدولي", "مطار معيتيقة", "معيتيقة", "سوق الجمعة",
                     "Mitiga International Airport", "Mitiga airport", "Mitiga", "Souq al-Juma"]}
SOUQ_JUMA = {"accept": ["منطقة سوق الجمعة", "سوق الجمعة", "Souq al-Juma", "Souq al-Jumaa"]}
AIN_ZARA_PRISON = {"accept": ["سجن عين زارة", "عين زارة", "Ain Zara prison", "Ain Zara"]}
WADI_RABIE = {"accept": ["معسكر في وادي الربيع", "وادي الربيع", "Wadi al-Rabie", "Wadi al-Rabi"]}
QBG_DISPLACED = {"accept": ["قصر بن غشير وخلة الفرجان ووادي الربيع", "قصر بن غشير", "خلة الفرجان",
                            "وادي الربيع", "Qasr bin Ghashir", "Khallat al-Furjan", "Wadi al-Rabie"]}
TAJOURA = {"accept": ["بلدية تاجوراء", "تاجوراء", "Tajoura", "Tajura"]}
ZAWIYA = {"accept": ["مدينة الزاوية", "الزاوية", "Zawiya", "al-Zawiya"]}
FALAH = {"accept": ["مخيم الفلاح", "al-Falah camp", "Falah camp"]}
AIRPORT_ROAD = {"accept": ["طريق المطار القديم", "طريق المطار", "Airport Road"]}
QBG_OUTSKIRTS = {"accept": ["تخوم قصر بن غشير وطريق المطار", "قصر بن غشير", "طريق المطار", "Qasr bin Ghashir",
                            "Airport Road"]}

# ============================== 590: east of Khan Younis (Khuza'a, Abasan, al-Qarara), Kerem Shalom (2018)
IL_AUTH = {"en": ["Israeli authorities", "Government of Israel", "Israel", "COGAT"],
           "ar": ["سلطات الاحتلال الإسرائيلي", "سلطات الاحتلال"]}
IL_SNIPERS = {"en": ["Israeli army snipers", "Military Forces of Israel", "Israel Defense Forces", "IDF",
                     "Israeli army"],
              "ar": ["قناصة الاحتلال", "جيش الاحتلال", "قوات الاحتلال"]}
KY_VICTIMS = {"en": ["protesters of the Great March of Return", "Palestinian protesters", "protesters",
                      "civilians"],
              "ar": ["أربعة شبان", "الشهداء الأربعة", "المتظاهرين السلميين"]}
PROTESTERS = {"en": ["Palestinian protesters", "protesters", "Great March of Return"], "ar": ["المتظاهرون"]}
EG_DELEGATION = {"en": ["Egyptian security delegation", "Egyptian General Intelligence", "Egypt",
                        "Government of Egypt"],
                 "ar": ["وفد أمني مصري"]}
HAMAS = {"en": ["Hamas", "Harakat al-Muqawama al-Islamiyya"],
         "ar": ["قيادة حركة «حماس»", "حركة «حماس»", "«حماس»", "حماس"]}
IL_DEF_MIN = {"en": ["Israeli Minister of Defense", "Government of Israel", "Israel"],
              "ar": ["وزير الجيش الإسرائيلي"]}
IL_SPECIAL = {"en": ["Israeli special forces", "Military Forces of Israel", "IDF"],
              "ar": ["قوة إسرائيلية خاصة"]}
QARARA_YOUTHS = {"en": ["three young men who crossed the fence", "civilians"], "ar": ["ثلاثة شبان"]}
HIGHER_COMMITTEE = {"en": ["Higher National Committee of the Great March of Return and Breaking the Siege",
                           "march organisers"],
                    "ar": ["الهيئة الوطنية العليا لمسيرات العودة وكسر الحصار", "الهيئة الوطنية العليا"]}
FACTIONS = {"en": ["Palestinian armed factions", "Joint Room of the Palestinian Resistance Factions", "Hamas",
                   "Palestinian Islamic Jihad"],
            "ar": ["«الغرفة المشتركة لفصائل المقاومة»", "الفصائل"]}
ACTIVISTS_590 = {"en": ["activists"], "ar": ["ناشطون"]}
IL_DRONE = {"en": ["Israeli reconnaissance drone", "Military Forces of Israel", "Israeli Air Force", "IDF"],
            "ar": ["طائرة استطلاع إسرائيلية"]}
BUREIJ_YOUTHS = {"en": ["young men east of al-Bureij", "civilians"], "ar": ["مجموعة من الشبان"]}
GAZA_MOH = {"en": ["Gaza Ministry of Health", "Palestinian Ministry of Health in Gaza"],
            "ar": ["وزارة الصحة في غزة"]}
IL_FORCES = {"en": ["Israeli forces", "Military Forces of Israel", "IDF", "Israeli army"],
             "ar": ["قوات الاحتلال"]}
INTL_INSTITUTIONS = {"en": ["international institutions", "international organisations"],
                     "ar": ["المؤسسات الدولية"]}
IL_TANK = {"en": ["Israeli tank", "Military Forces of Israel", "IDF", "Israeli army"],
           "ar": ["دبابة إسرائيلية"]}
QASSAM = {"en": ["Izz ad-Din al-Qassam Brigades", "al-Qassam Brigades", "Hamas"],
          "ar": ["نقطة رصد تابعة لـ«كتائب القسام»", "«كتائب القسام»", "كتائب القسام"]}
KITE_YOUTHS = {"en": ["young men flying incendiary kites", "protesters"], "ar": ["مجموعة من الشبان"]}
IL_NAVY = {"en": ["Israeli navy", "Military Forces of Israel", "IDF"],
           "ar": ["زوارق بحرية الاحتلال", "بحرية الاحتلال"]}
FISHERMEN = {"en": ["two fishermen", "fishermen", "civilians"], "ar": ["صيادان"]}
ICRC = {"en": ["International Committee of the Red Cross", "ICRC"], "ar": ["اللجنة الدولية للصليب الأحمر"]}
NASSER_HOSPITAL = {"en": ["Nasser Hospital"], "ar": ["مستشفى ناصر"]}

# ====================================================== places: 590
KEREM = {"accept": ["معبر كرم أبو سالم التجاري", "معبر كرم أبو سالم", "كرم أبو سالم", "Kerem Shalom crossing",
                    "Kerem Shalom", "Karm Abu Salem"]}
KHUZAA = {"accept": ["مخيم العودة في بلدة خزاعة", "بلدة خزاعة", "خزاعة", "شرق خان يونس", "خان يونس",
                     "Khuza'a", "Khuzaa", "Khan Younis", "Khan Yunis"]}
GAZA_CITY = {"accept": ["مدينة غزة", "غزة", "Gaza City", "Gaza"]}
QARARA = {"accept": ["شرق بلدة القرارة", "بلدة القرارة", "القرارة", "al-Qarara", "Qarara"]}
EASTERN_BORDER = {"accept": ["الحدود الشرقية للقطاع", "قطاع غزة", "Gaza border", "Gaza Strip"]}
BUREIJ = {"accept": ["شرق مخيم البريج", "مخيم البريج", "البريج", "al-Bureij", "Bureij camp"]}
ABASAN = {"accept": ["شرق بلدة عبسان الكبيرة", "عبسان الكبيرة", "عبسان", "Abasan al-Kabira", "Abasan"]}
KY_COAST = {"accept": ["قبالة شاطئ خان يونس", "شاطئ خان يونس", "خان يونس", "Khan Younis coast",
                       "Khan Younis"]}
NASSER = {"accept": ["مستشفى ناصر في خان يونس", "مستشفى ناصر", "خان يونس", "Nasser Hospital", "Khan Younis"]}
