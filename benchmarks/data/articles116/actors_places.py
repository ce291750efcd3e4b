"""Accepted actor names and place names for the hundred-and-sixteenth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الحكومة», «التنظيم») are left out on purpose, with these
exceptions, each used only in an article where it names a single actor:
- 576: «النظام» (only ever the Syrian government and its forces);
- 577: «التنظيم» (only ever ISIS);
- 578: «التنظيم» (only ever ISIS), «اللجنة» (only ever the committee of inquiry);
- 579: «الهيئة» (only ever the Joint Palestinian Action Committee);
- 580: «الميليشيا» (only ever the Houthis and their allies).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge

# ============================== 576: Douma, the al-Wafideen crossing and Arbin (Rif Dimashq; 2018)
JAISH = {"en": ["Jaysh al-Islam", "Jaish al-Islam", "Army of Islam"],
         "ar": ["مقاتلين من «جيش الإسلام»", "«جيش الإسلام»", "جيش الإسلام", "قياديون في «جيش الإسلام»"]}
JAISH_MEDIA = merge({"en": ["Jaysh al-Islam media office"], "ar": ["المكتب الإعلامي للفصيل"]}, JAISH)
CIVIL_COMMITTEE = {"en": ["Douma civil committee", "Douma negotiating committee"],
                   "ar": ["«اللجنة المدنية»", "اللجنة المدنية"]}
RU_SIDE = {"en": ["Russia", "Military Forces of Russia", "Russian side"], "ar": ["الجانب الروسي"]}
RU_JETS = {"en": ["Russian Air Force", "Military Forces of Russia", "Russia", "Russian warplanes"],
           "ar": ["طائرات حربية روسية", "الطائرات الروسية"]}
MARKET_VICTIMS = {"en": ["civilians at a market in Douma", "civilians"],
                  "ar": ["تسعة مدنيين", "الشهداء التسعة", "المتسوقين"]}
RU_RECONCILIATION = {"en": ["Russian Reconciliation Centre", "Military Forces of Russia", "Russia"],
                     "ar": ["«مركز المصالحة الروسي»", "مركز المصالحة الروسي"]}
REBELS = {"en": ["opposition fighters", "rebels", "Jaysh al-Islam"], "ar": ["«المسلحين»", "المسلحين"]}
RU_MP = {"en": ["Russian military police", "Military Forces of Russia", "Russia"],
         "ar": ["الشرطة العسكرية الروسية"]}
SARC_UN = {"en": ["Syrian Arab Red Crescent", "SARC", "United Nations", "UN"],
           "ar": ["الهلال الأحمر العربي السوري", "الأمم المتحدة"]}
DOUMA_PEOPLE = {"en": ["people of Douma", "civilians"], "ar": ["ملاجئ الأقبية", "أهالي دوما"]}
ABDUCTEES = {"en": ["abductees held by Jaysh al-Islam", "abductees", "detainees"],
             "ar": ["عشرات المختطفين", "المختطفين"]}
REGIME_SOURCE = {"en": ["Syrian government forces", "Military Forces of Syria", "Syrian army"],
                 "ar": ["مصدر عسكري في قوات النظام", "قوات النظام", "النظام"]}
RU_OFFICERS = {"en": ["Russian officers", "Military Forces of Russia", "Russia"], "ar": ["ضباط روس"]}
WARPLANES = {"en": ["warplanes", "Military Forces of Russia", "Military Forces of Syria"],
             "ar": ["طائرات حربية"]}
ARBIN_VICTIMS = {"en": ["civilians sheltering in a basement in Arbin", "civilians"],
                 "ar": ["ستة عشر شخصاً", "مدنيون"]}
FAYLAQ = {"en": ["Faylaq al-Rahman", "Al-Rahman Legion"], "ar": ["مقاتلو «فيلق الرحمن»", "«فيلق الرحمن»"]}
SNC = {"en": ["Syrian National Coalition", "SNC",
              "National Coalition for Syrian Revolutionary and Opposition Forces"],
       "ar": ["«الائتلاف الوطني السوري لقوى الثورة والمعارضة»", "الائتلاف الوطني السوري", "هيئته السياسية"]}
RU_REGIME = {"en": ["Russia", "Syrian government", "Government of Syria", "Government of Russia"],
             "ar": ["روسيا والنظام", "روسيا", "النظام"]}
UN = {"en": ["United Nations", "UN"], "ar": ["الأمم المتحدة"]}
JAISH_RU = merge(JAISH, RU_OFFICERS)
MIL_SECURITY = {"en": ["Syrian Military Security", "Syrian government forces", "Military Forces of Syria"],
                "ar": ["عناصر في الأمن العسكري", "الأمن العسكري", "النظام"]}
DOUMA_YOUNG_MEN = {"en": ["young men from Douma", "civilians"], "ar": ["عشرات الشبان من أبناء دوما",
                                                                    "عشرات الشبان"]}

# ====================================================== places: 576
DOUMA = {"accept": ["مدينة دوما", "دوما", "Douma", "Duma"]}
DOUMA_MARKET = {"accept": ["سوق شعبية قرب الجامع الكبير وسط دوما", "وسط دوما", "دوما", "Douma", "Duma"]}
WAFIDEEN = {"accept": ["معبر مخيم الوافدين", "مخيم الوافدين", "المعبر", "al-Wafideen crossing",
                       "al-Wafideen", "Wafideen camp"]}
WAFIDEEN_ROAD = {"accept": ["حاجز على طريق مخيم الوافدين", "طريق مخيم الوافدين", "مخيم الوافدين",
                            "al-Wafideen", "Wafideen camp"]}
ARBIN = {"accept": ["بلدة عربين", "عربين", "Arbin", "Irbin"]}
ISTANBUL = {"accept": ["إسطنبول", "Istanbul"]}

# ============================== 577: al-Raqqa city, its quarters, al-Tabqa and Ain Issa (al-Raqqa; 2017)
COALITION = {"en": ["Global Coalition against Daesh", "International coalition", "US-led coalition",
                    "Military Forces of the United States"],
             "ar": ["طائرات التحالف الدولي", "التحالف الدولي", "طيران التحالف"]}
BADU_VICTIMS = {"en": ["civilians in al-Badu", "civilians"],
                "ar": ["اثنا عشر مدنياً", "الضحايا الاثني عشر", "القتلى الاثنا عشر"]}
SDF = {"en": ["Syrian Democratic Forces", "SDF", "QSD"],
       "ar": ["مقاتلو «قوات سوريا الديمقراطية»", "«قوات سوريا الديمقراطية»", "قوات سوريا الديمقراطية",
              "مقاتلي «قسد»", "«قسد»", "قسد"]}
ISIS = {"en": ["Islamic State", "ISIS", "IS", "ISIL", "Daesh"],
        "ar": ["عناصر تنظيم «الدولة الإسلامية»", "تنظيم «الدولة الإسلامية»", "«الدولة الإسلامية»",
               "عناصر «داعش»", "«داعش»", "داعش", "مسلحو التنظيم", "عناصر التنظيم", "التنظيم"]}
SDF_ISIS = merge(SDF, ISIS)
SDF_FIGHTERS = merge({"en": ["SDF fighters"], "ar": ["مقاتلي «قسد»"]}, SDF)
CORRIDOR_FAMILY = {"en": ["a family fleeing Raqqa", "civilians", "IDPs"],
                   "ar": ["إحدى العائلات", "رجل وابنته"]}
FLEEING_FAMILIES = {"en": ["families fleeing Raqqa", "civilians", "IDPs"], "ar": ["نحو مئتي عائلة"]}
FIVE_YOUNG_MEN = {"en": ["young men accused of trying to flee", "civilians"], "ar": ["خمسة شبان"]}
RCC = {"en": ["Raqqa Civil Council", "RCC"], "ar": ["«مجلس الرقة المدني»", "مجلس الرقة المدني"]}
SDF_COMMANDER = merge({"en": ["an SDF commander"], "ar": ["قيادي في «قسد»"]}, SDF)
ISIS_HOLDOUTS = merge({"en": ["ISIS fighters entrenched near the Black Stadium"],
                       "ar": ["عناصر التنظيم المتحصنين"]}, ISIS)
UN_OCHA = {"en": ["United Nations", "UN", "OCHA"],
           "ar": ["الأمم المتحدة", "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", "«أوتشا»"]}
AMNESTY = {"en": ["Amnesty International"], "ar": ["منظمة العفو الدولية"]}
COALITION_SDF = merge(COALITION, SDF)
TRIBAL_NOTABLES = {"en": ["tribal notables of the northern Raqqa countryside", "tribal leaders"],
                   "ar": ["وجهاء من عشائر ريف الرقة الشمالي", "وجهاء"]}
CORRIDOR_MEN = {"en": ["men leaving Raqqa through the corridor", "civilians"], "ar": ["نحو أربعين رجلاً"]}

# ====================================================== places: 577
BADU = {"accept": ["حي البدو", "البدو", "مدينة الرقة", "الرقة", "al-Badu", "Raqqa", "al-Raqqa"]}
RAQQA = {"accept": ["مدينة الرقة", "الرقة", "Raqqa", "al-Raqqa"]}
RAQQA_CENTRE = {"accept": ["ساحة قرب الجامع الكبير", "الجامع الكبير", "الرقة", "Raqqa", "al-Raqqa"]}
NAZLAT = {"accept": ["حي نزلة شحادة", "نزلة شحادة", "المدينة القديمة", "الرقة", "Nazlat Shehada", "Raqqa"]}
MASHLAB = {"accept": ["حي المشلب", "المشلب", "الرقة", "al-Mashlab", "Raqqa"]}
MASHLAB_SINAA = {"accept": ["حيي المشلب والصناعة", "المشلب", "الصناعة", "الرقة", "al-Mashlab", "al-Sinaa",
                            "Raqqa"]}
DARAIYA = {"accept": ["حي الدرعية", "الدرعية", "الممر", "الرقة", "al-Daraiya", "Raqqa"]}
STADIUM = {"accept": ["محيط الملعب الأسود", "الملعب الأسود", "الرقة", "Black Stadium", "Raqqa"]}
TABQA = {"accept": ["مدينة الطبقة", "الطبقة", "al-Tabqa", "Tabqa", "al-Thawrah"]}
AIN_ISSA = {"accept": ["بلدة عين عيسى", "عين عيسى", "Ain Issa", "Ayn Issa"]}

# ============================== 578: al-Fallujah, Amiriyat al-Fallujah, al-Saqlawiyah (al-Anbar; 2016)
IQ_SECURITY = {"en": ["Iraqi security forces", "Military Forces of Iraq", "Police Forces of Iraq"],
               "ar": ["القوات الأمنية"]}
SCREENED_MEN = {"en": ["men and youths leaving Fallujah", "civilians", "IDPs"],
                "ar": ["نحو ستمئة رجل وشاب", "رجل وشاب"]}
RELEASED_MEN = {"en": ["screened men released", "civilians", "IDPs"], "ar": ["مئتين وثلاثين منهم"]}
WOMEN_CHILDREN = {"en": ["women and children leaving Fallujah", "civilians", "IDPs"],
                  "ar": ["النساء والأطفال"]}
ISIS_IQ = {"en": ["Islamic State", "ISIS", "IS", "ISIL", "Daesh"],
           "ar": ["مسلحو «داعش»", "«داعش»", "داعش", "مسلحو التنظيم", "مسلحي التنظيم", "عناصر التنظيم",
                  "التنظيم"]}
HOSPITAL_CROWD = {"en": ["families and soldiers near Fallujah General Hospital", "civilians",
                         "Military Forces of Iraq"],
                  "ar": ["عائلات تنتظر نقلها إلى المخيمات", "خمسة أشخاص", "القتلى الخمسة"]}
ANBAR_COUNCIL = {"en": ["Anbar Provincial Council", "Anbar provincial council"],
                 "ar": ["مجلس محافظة الأنبار"]}
ROGUE = {"en": ["rogue elements of armed factions", "Popular Mobilization Forces", "PMF"],
         "ar": ["«عناصر منفلتة»", "عناصر منفلتة", "بعض الفصائل المسلحة"]}
FED_GOV = {"en": ["Iraqi federal government", "Government of Iraq"], "ar": ["الحكومة الاتحادية"]}
PMF = {"en": ["Popular Mobilization Commission", "Popular Mobilization Forces", "PMF", "Hashd al-Shaabi"],
       "ar": ["«هيئة الحشد الشعبي»", "هيئة الحشد الشعبي", "الحشد الشعبي"]}
IQ_PM = {"en": ["Iraqi Prime Minister", "Government of Iraq"], "ar": ["رئيس الوزراء"]}
INQUIRY = {"en": ["committee of inquiry", "Government of Iraq"], "ar": ["لجنة تحقيق", "اللجنة"]}
JOC = {"en": ["Joint Operations Command", "Military Forces of Iraq"], "ar": ["قيادة العمليات المشتركة"]}
CTS = {"en": ["Counter-Terrorism Service", "Military Forces of Iraq"], "ar": ["جهاز مكافحة الإرهاب"]}
ISIS_JOLAN = merge({"en": ["ISIS fighters holding out in al-Jolan"],
                    "ar": ["مسلحي التنظيم المتحصنين في حي الجولان"]}, ISIS_IQ)
MODM = {"en": ["Ministry of Migration and Displacement", "Government of Iraq"],
        "ar": ["وزارة الهجرة والمهجرين"]}
PARL_COMMITTEE = {"en": ["parliamentary committee on migration and displacement", "Iraqi parliament"],
                  "ar": ["وفد من لجنة الهجرة والمهجرين النيابية", "لجنة الهجرة والمهجرين النيابية"]}
CAMP_RESIDENTS = {"en": ["residents of the Amiriyat al-Fallujah camps", "IDPs", "civilians"],
                  "ar": ["عشرات من سكان المخيمات"]}
HABBANIYAH_VICTIMS = {"en": ["displaced children in Habbaniyah", "civilians", "IDPs"],
                      "ar": ["ثلاثة أطفال", "مخيماً للنازحين"]}
INTERIOR = {"en": ["Iraqi Ministry of Interior", "Federal Police", "Police Forces of Iraq"],
            "ar": ["وزارة الداخلية", "الشرطة الاتحادية"]}

# ====================================================== places: 578
SCREENING = {"accept": ["مركز للتدقيق الأمني على طريق عامرية الفلوجة", "مركز التدقيق", "طريق عامرية الفلوجة",
                        "عامرية الفلوجة", "Amiriyat al-Fallujah", "Amiriyat al-Falluja"]}
AMIRIYAH = {"accept": ["مخيمات عامرية الفلوجة", "عامرية الفلوجة", "مخيمات العامرية", "العامرية",
                       "Amiriyat al-Fallujah", "Amiriyat al-Falluja", "al-Amiriyah"]}
FALLUJAH_HOSPITAL = {"accept": ["ساحة قرب مستشفى الفلوجة العام", "مستشفى الفلوجة العام", "الفلوجة",
                                "Fallujah General Hospital", "Fallujah", "al-Fallujah"]}
SAQLAWIYAH = {"accept": ["ناحية الصقلاوية", "الصقلاوية", "al-Saqlawiyah", "Saqlawiyah"]}
RAMADI = {"accept": ["الرمادي", "Ramadi", "al-Ramadi"]}
JOLAN = {"accept": ["حي الجولان", "الجولان", "الفلوجة", "al-Jolan", "Jolan", "Fallujah"]}
HABBANIYAH = {"accept": ["مدينة الحبانية السياحية", "الحبانية", "Habbaniyah Tourist City", "Habbaniyah"]}
SOUTH_FALLUJAH = {"accept": ["أحياء الفلوجة الجنوبية", "الفلوجة", "Fallujah", "al-Fallujah"]}

# ============================== 579: the Ain al-Hilweh camp, Sidon and Mieh Mieh (South Lebanon; 2023)
FATAH = {"en": ["Fatah", "Palestinian National Security Forces"],
         "ar": ["عناصر من حركة «فتح»", "حركة «فتح»", "عناصر «فتح»", "«فتح»", "فتح",
                "«قوات الأمن الوطني الفلسطيني»"]}
ISLAMISTS = {"en": ["Islamist groups in Ain al-Hilweh", "al-Shabab al-Muslim", "Jund al-Sham"],
             "ar": ["مسلحين من «تجمع الشباب المسلم»", "«تجمع الشباب المسلم»", "تجمع الشباب المسلم",
                    "المجموعات المتشددة"]}
FATAH_ISLAMISTS = merge(FATAH, ISLAMISTS)
UNRWA = {"en": ["UNRWA", "United Nations Relief and Works Agency", "United Nations"],
         "ar": ["وكالة «الأونروا»", "«الأونروا»", "الأونروا"]}
ALL_PARTIES = {"en": ["all parties to the fighting", "Fatah", "Islamist groups in Ain al-Hilweh"],
               "ar": ["جميع الأطراف"]}
SIDON_MUNICIPALITY = {"en": ["Sidon municipality", "Saida municipality"], "ar": ["بلدية صيدا"]}
CAMP_FAMILIES = {"en": ["families displaced from Ain al-Hilweh", "Palestinian refugees", "IDPs"],
                 "ar": ["لنحو ألفي شخص", "مئات العائلات"]}
JOINT_ACTION = {"en": ["Joint Palestinian Action Committee", "Palestinian factions"],
                "ar": ["«هيئة العمل الفلسطيني المشترك»", "هيئة العمل الفلسطيني المشترك", "الهيئة"]}
CAMP_FACTIONS = {"en": ["Fatah", "Usbat al-Ansar", "Islamist forces"],
                 "ar": ["ممثلين عن «فتح» و«عصبة الأنصار» والقوى الإسلامية", "«عصبة الأنصار»", "«فتح»",
                        "القوى الإسلامية"]}
PAL_AMBASSADOR = {"en": ["Palestinian ambassador in Beirut", "Palestinian Authority"],
                  "ar": ["السفير الفلسطيني في بيروت"]}
FATAH_OFFICIAL = merge({"en": ["a Fatah military official"], "ar": ["مسؤول عسكري في «فتح»"]}, FATAH)
FATAH_REINF = merge({"en": ["gunmen from other camps"], "ar": ["مسلحين من مخيمات أخرى"]}, FATAH)
JSF = {"en": ["Joint Security Force", "Palestinian joint security force"],
       "ar": ["«القوة الأمنية المشتركة»", "القوة الأمنية المشتركة"]}
LAF = {"en": ["Lebanese Armed Forces", "Lebanese army", "Military Forces of Lebanon"],
       "ar": ["وحدات الجيش اللبناني", "الجيش اللبناني"]}
ANSAR_ALLAH_LB = {"en": ["Ansar Allah (Palestinian group)", "Ansar Allah"],
                  "ar": ["جماعة «أنصار الله»", "«أنصار الله»", "الجماعة"]}
FATAH_ANSAR = merge(FATAH, ANSAR_ALLAH_LB)
CHAMBER = {"en": ["Chamber of Commerce, Industry and Agriculture in Sidon and South Lebanon"],
           "ar": ["غرفة التجارة والصناعة والزراعة في صيدا والجنوب"]}
FIGHTERS_579 = {"en": ["the warring factions in Ain al-Hilweh", "Fatah", "Islamist groups in Ain al-Hilweh"],
                "ar": ["«المتقاتلين»", "المتقاتلين"]}
LEB_STATE = {"en": ["Lebanese state", "Government of Lebanon"], "ar": ["الدولة اللبنانية"]}
CAMP_FACTIONS_ALL = {"en": ["factions of Ain al-Hilweh", "Palestinian factions"], "ar": ["فصائل المخيم"]}

# ====================================================== places: 579
AIN_HILWEH = {"accept": ["مخيم عين الحلوة", "عين الحلوة", "حي الطوارئ", "حي حطين", "Ain al-Hilweh",
                         "Ein el-Hilweh", "Ain al-Helweh"]}
SCHOOLS = {"accept": ["مجمّع مدارسها عند المدخل الشمالي للمخيم", "مجمّع المدارس", "مجمّع مدارسها",
                      "عين الحلوة", "Ain al-Hilweh", "Ein el-Hilweh"]}
SIDON = {"accept": ["مدينة صيدا", "صيدا", "Sidon", "Saida"]}
SIDON_HIGHWAY = {"accept": ["الأوتوستراد الشرقي لصيدا", "صيدا", "Sidon eastern highway", "Sidon", "Saida"]}
DARB_SIM = {"accept": ["منطقة درب السيم", "درب السيم", "Darb al-Sim", "Darb es-Sim"]}
MIEH_MIEH = {"accept": ["مخيم المية ومية", "المية ومية", "Mieh Mieh", "Mieh ou Mieh"]}

# ============================== 580: Taiz city, al-Dahi, al-Houban, Jabal Han, al-Turbah (Taiz; 2016)
HOUTHI_SALEH = {"en": ["Houthis", "Ansar Allah", "Houthi movement", "forces loyal to Saleh"],
                "ar": ["ميليشيا الحوثي وقوات صالح", "ميليشيا الحوثي", "قوات صالح", "الميليشيا"]}
HOUTHIS = {"en": ["Houthis", "Ansar Allah", "Houthi movement"],
           "ar": ["ميليشيا الحوثي", "الحوثيين", "الحوثيون", "قناصة الميليشيا", "الميليشيا"]}
ARMY_RESISTANCE = {"en": ["Yemeni government forces", "National Army", "Military Forces of Yemen",
                          "Popular Resistance"],
                   "ar": ["قوات الجيش الوطني والمقاومة الشعبية", "الجيش الوطني", "المقاومة الشعبية",
                          "الجيش والمقاومة"]}
TAIZ_CLASH = merge(ARMY_RESISTANCE, HOUTHIS)
TAIZ_CIVILIANS = {"en": ["civilians in al-Rawda, Usayfirah and al-Jahmaliyah", "civilians"],
                  "ar": ["ستة مدنيين", "القتلى الستة"]}
SNIPER = {"en": ["Houthi sniper", "Houthis"], "ar": ["قناص", "قناصة الميليشيا"]}
WOMAN_THAABAT = {"en": ["a woman in Thaabat", "civilians"], "ar": ["امرأة"]}
HOUTHI_LEADER = merge({"en": ["a Houthi leader"], "ar": ["قيادي حوثي"]}, HOUTHIS)
HOUTHI_REINF = {"en": ["Houthi reinforcements", "Houthis"], "ar": ["تعزيزات حوثية"]}
GOV_REPS = {"en": ["representatives of the Yemeni government", "Government of Yemen"],
            "ar": ["ممثلين عن الحكومة الشرعية", "الحكومة الشرعية"]}
HOUTHI_DELEGATION = {"en": ["Houthi delegation", "Houthis"], "ar": ["وفد الحوثيين"]}
WOUNDED_TAIZ = {"en": ["seriously wounded patients in Taiz", "civilians"], "ar": ["ثلاثين جريحاً"]}
ICRC = {"en": ["International Committee of the Red Cross", "ICRC"], "ar": ["اللجنة الدولية للصليب الأحمر"]}
TURBAH_VICTIMS = {"en": ["shoppers at al-Turbah market", "civilians"], "ar": ["خمسة من المتسوقين"]}
TAIZ_LOCAL_AUTH = {"en": ["Taiz local authority", "Government of Yemen"],
                   "ar": ["السلطة المحلية في محافظة تعز"]}
UN_ENVOY = {"en": ["UN Special Envoy for Yemen", "United Nations"],
            "ar": ["المبعوث الأممي إلى اليمن", "المبعوث الأممي"]}
KSRELIEF = {"en": ["King Salman Humanitarian Aid and Relief Centre", "KSrelief", "Saudi Arabia"],
            "ar": ["مركز الملك سلمان للإغاثة والأعمال الإنسانية", "مركز الملك سلمان"]}
TAIZ_FAMILIES = {"en": ["families in al-Masbah and al-Rawda", "civilians"], "ar": ["أسر", "أسراً نازحة"]}

# ====================================================== places: 580
TAIZ = {"accept": ["مدينة تعز", "تعز", "Taiz", "Ta'izz"]}
DAHI = {"accept": ["منفذ الدحي", "الدحي", "تعز", "al-Dahi crossing", "al-Dahi", "Taiz"]}
HOUBAN = {"accept": ["منطقة الحوبان", "الحوبان", "al-Houban", "al-Hawban"]}
JABAL_HAN = {"accept": ["سلسلة جبل هان", "جبل هان", "Jabal Han", "Jebel Han"]}
TAIZ_QUARTERS = {"accept": ["أحياء الروضة وعصيفرة والجحملية", "الروضة", "عصيفرة", "الجحملية", "تعز",
                            "al-Rawda", "Usayfirah", "al-Jahmaliyah", "Taiz", "Ta'izz"]}
THAABAT = {"accept": ["حي ثعبات", "ثعبات", "تعز", "Thaabat", "Taiz"]}
MUSCAT = {"accept": ["العاصمة العُمانية مسقط", "مسقط", "Muscat"]}
TURBAH = {"accept": ["سوق مدينة التربة", "مدينة التربة", "التربة", "al-Turbah", "Turbah"]}
MASBAH = {"accept": ["حيي المسبح والروضة", "المسبح", "الروضة", "تعز", "al-Masbah", "al-Rawda", "Taiz"]}
