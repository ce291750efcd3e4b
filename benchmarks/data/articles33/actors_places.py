"""Accepted actor names and place names for the thirty-third team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not copied
from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the articles, common
variants, and English names). Towns were checked against the GeoNames lists in ../shared/data/geonames/ where those
lists have them (the Yarmouk camp, al-Hajar al-Aswad, Damascus; al-Qusayr, Homs, Hisya; Ain al-Fijeh; Manbij,
Azaz, al-Bab, Jarabulus; as-Suwayda, al-Mushannaf, Shahba). Villages, quarters, squares, checkpoints, hills and
airfields absent from those lists (al-Rija square, Lubya street, al-Batikha; al-Dabaa, Rablah, Jousieh; Basima, Ain
al-Khadra, Deir Muqrin, Kfeir al-Zeit, al-Hama, Jamraya; al-Hazzawneh; al-Shabki, Tulul al-Safa, Rami, Tarba) carry
their usual spellings and, where useful, their town or district.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الوفد», «الحكومة») are left out on purpose, with these
exceptions, each used only in an article where it names a single actor: «المخيم» (161, only ever the Yarmouk camp),
«الكتائب» (161, only ever the camp's armed brigades), «التنظيم» (164 and 165, only ever ISIS), «اللجنة» (163, only
ever the Wadi Barada negotiating committee).
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
ALL_PARTIES = {"en": ["all parties", "all sides", "parties to the conflict"], "ar": ["جميع الأطراف"]}
HEZBOLLAH = {"en": ["Hezbollah", "Hizbullah", "Hizballah", "Lebanese Hezbollah"],
             "ar": ["حزب الله", "«حزب الله»", "ميليشيا «حزب الله»", "ميليشيا حزب الله"]}
ISIS = {"en": ["Islamic State", "ISIS", "ISIL", "IS", "Daesh"],
        "ar": ["تنظيم «داعش»", "داعش", "«داعش»", "التنظيم", "عناصر التنظيم", "إرهابيي داعش"]}
SY_STATE = {"en": ["Syrian government", "Syrian regime", "Syrian authorities", "government side"],
            "ar": ["الحكومة السورية", "الجانب السوري", "الجانب الحكومي"]}

# ================================================================ 161: the Yarmouk camp and al-Hajar al-Aswad, 2014
RIJA_QUEUE = merge({"en": ["three civilians", "aid queue", "people queuing for aid", "a woman", "camp residents"],
                    "ar": ["ثلاثة مدنيين", "طابور توزيع المساعدات", "طابور المساعدات", "امرأة",
                           "أحد المصابين الثلاثة"]}, CIVILIANS)
UNRWA = {"en": ["UNRWA", "UN Relief and Works Agency", "UN agency for Palestinian refugees"],
         "ar": ["وكالة غوث وتشغيل اللاجئين الفلسطينيين", "الأونروا", "«الأونروا»", "وكالة «الأونروا»"]}
YARMOUK_FAMILIES = merge({"en": ["families", "besieged civilians", "Yarmouk residents"],
                          "ar": ["العائلات", "ثمانية عشر ألف مدني محاصر"]}, CIVILIANS)
PAL_DELEGATION = {"en": ["delegation of the Palestinian factions", "Palestinian factions' delegation",
                         "Palestinian factions"],
                  "ar": ["وفد الفصائل الفلسطينية", "الفصائل الفلسطينية"]}
YARMOUK_BRIGADES = {"en": ["armed brigades", "rebel brigades", "rebels", "opposition fighters", "Free Syrian Army",
                           "FSA"],
                    "ar": ["الكتائب المسلحة", "ممثلي الكتائب المسلحة", "مقاتلي الكتائب المسلحة", "الكتائب",
                           "كتائب من الجيش الحر"]}
NUSRA = {"en": ["Jabhat al-Nusra", "al-Nusra Front", "Nusra Front", "Nusra"],
         "ar": ["جبهة النصرة", "«جبهة النصرة»", "النصرة"]}
NUSRA_ALLIES = merge(NUSRA, {"en": ["takfiri groups", "allied groups"],
                             "ar": ["المجموعات التكفيرية المتحالفة معها", "المجموعات التكفيرية"]})
SY_REGIME = {"en": ["Syrian regime", "regime forces", "Syrian government forces", "Syrian army", "Syrian Arab Army"],
             "ar": ["قوات النظام", "عناصر النظام", "النظام"]}
SY_HELI = merge({"en": ["regime helicopters", "helicopters", "Syrian air force"], "ar": ["الطيران المروحي"]},
                SY_REGIME)
PFLP_GC = {"en": ["PFLP-GC", "Popular Front for the Liberation of Palestine – General Command", "General Command"],
           "ar": ["الجبهة الشعبية – القيادة العامة", "القيادة العامة", "«القيادة العامة»"]}
AKNAF = {"en": ["Aknaf Bait al-Maqdis", "Aknaf Beit al-Maqdis"],
         "ar": ["أكناف بيت المقدس", "«أكناف بيت المقدس»", "قيادي في «أكناف بيت المقدس»"]}
REGIME_PFLP = merge(SY_REGIME, PFLP_GC)
YARMOUK_CLASH = merge(YARMOUK_BRIGADES, AKNAF, SY_REGIME, PFLP_GC)
HAJAR_VICTIMS = merge({"en": ["two young men", "young men"], "ar": ["شابان"]}, CIVILIANS)
YARMOUK_PROTESTERS = merge({"en": ["dozens of residents", "protesters", "camp residents"],
                            "ar": ["عشرات الأهالي", "المحتجين"]}, CIVILIANS)
PLO = {"en": ["Palestine Liberation Organization", "PLO"], "ar": ["منظمة التحرير الفلسطينية", "منظمة التحرير"]}
PLO_UNRWA = merge(PLO, UNRWA)
BRIGADE_ACTIVISTS = {"en": ["activists close to the brigades", "opposition activists", "activists"],
                     "ar": ["ناشطون مقربون من الكتائب", "ناشطون"]}
SY_SECURITY = {"en": ["security agencies", "Syrian security services", "Syrian authorities"],
               "ar": ["الجهات الأمنية"]}
PALESTINE_BRANCH = {"en": ["Palestine Branch", "Military Intelligence", "al-Batikha checkpoint", "Syrian regime"],
                    "ar": ["فرع فلسطين", "حاجز البطيخة", "عناصر حاجز البطيخة"]}
YARMOUK_DETAINEES = {"en": ["four young men", "young men from the camp"],
                     "ar": ["أربعة شبان من أبناء المخيم", "أربعة شبان"]}
PLO_SYRIA = merge(PLO, SY_STATE)
RIJA_WOMAN = merge({"en": ["a woman in her sixties", "woman"], "ar": ["امرأة ستينية", "امرأة"]}, CIVILIANS)

YARMOUK = {"accept": ["مخيم اليرموك", "اليرموك", "المخيم", "Yarmouk Camp", "Yarmouk", "al-Yarmuk",
                      "Mukhayyam al-Yarmuk", "جنوبي العاصمة دمشق", "دمشق", "Damascus"]}
RIJA = place({"accept": ["ساحة الريجة", "الريجة", "نقطة التوزيع", "al-Rija Square", "Rija Square", "al-Rija"]},
             YARMOUK)
YARMOUK_HALL = place({"accept": ["مبنى بلدية اليرموك", "بلدية اليرموك", "Yarmouk municipality"]}, YARMOUK)
HAJAR = {"accept": ["الحجر الأسود", "حي الحجر الأسود", "Hajar al-Aswad", "Al Hajar al Aswad", "al-Hajar al-Aswad",
                    "Hajjar al-Aswad"]}
YARMOUK_EAST = place({"accept": ["الأطراف الشرقية للمخيم", "حي التضامن", "التضامن", "Tadamon", "al-Tadamon"]},
                     YARMOUK)
LUBYA_STREET = place({"accept": ["شارع لوبية", "Lubya Street", "Loubieh Street", "Lubiya Street"]}, YARMOUK)
BATIKHA = place({"accept": ["حاجز البطيخة", "البطيخة", "al-Batikha checkpoint", "Batikha"]}, YARMOUK)

# ================================================================ 162: al-Qusayr, May 2013 (loyalist network)
SAA = {"en": ["Syrian Arab Army", "Syrian army", "Syrian government forces", "Syrian regime", "army units"],
       "ar": ["الجيش العربي السوري", "وحدات من الجيش العربي السوري", "وحداتنا الباسلة", "وحدات الجيش"]}
QUSAYR_MILITANTS = {"en": ["armed terrorist groups", "armed groups", "militants", "rebels", "opposition fighters",
                           "terrorists"],
                    "ar": ["المجموعات الإرهابية المسلحة", "المجموعات المسلحة", "المسلحين", "المسلحون", "الإرهابيين"]}
SAA_MILITANTS = merge(SAA, QUSAYR_MILITANTS)
COORDINATIONS = {"en": ["coordination committees", "local coordination committees", "opposition coordinations"],
                 "ar": ["«تنسيقيات» المسلحين", "تنسيقيات"]}
SAA_FIELD_SOURCE = {"en": ["field source", "Syrian military source"], "ar": ["مصدر ميداني"]}
QUSAYR_HOMES = merge({"en": ["residential neighbourhoods", "residential areas"], "ar": ["الأحياء السكنية"]},
                     CIVILIANS)
RABLAH_VICTIMS = merge({"en": ["a girl", "a child", "her mother"], "ar": ["طفلة", "والدتها"]}, CIVILIANS)
RABLAH_PAGE = {"en": ["Rablah al-Samida page", "Rablah Facebook page", "Rablah residents"],
               "ar": ["صفحة «ربلة الصامدة»", "ربلة الصامدة"]}
HERMEL_TARGETS = merge({"en": ["two houses", "houses in Hermel", "water tank", "Hermel"],
                        "ar": ["منزلين", "خزان للمياه"]}, CIVILIANS)
FSA = {"en": ["Free Syrian Army", "FSA", "rebel commander"],
       "ar": ["الجيش الحر", "«الجيش الحر»", "قيادي في ما يسمى «الجيش الحر»"]}
QUSAYR_CONVOYS = merge({"en": ["convoys", "rebel convoys", "reinforcements"], "ar": ["أرتال", "عدة أرتال"]},
                       QUSAYR_MILITANTS)
TAWHID = {"en": ["Liwa al-Tawhid", "al-Tawhid Brigade", "Tawhid Brigade"], "ar": ["لواء التوحيد", "«لواء التوحيد»"]}
QUSAYR_FAMILIES = merge({"en": ["families", "civilians leaving", "dozens of families"],
                         "ar": ["عشرات العائلات"]}, CIVILIANS)
SY_TV = {"en": ["Syrian state television", "Syrian TV", "Syrian government"], "ar": ["التلفزيون السوري"]}
SNC = {"en": ["National Coalition", "Syrian National Coalition", "opposition coalition",
              "National Coalition for Syrian Revolutionary and Opposition Forces"],
       "ar": ["الائتلاف الوطني", "«الائتلاف الوطني»", "الائتلاف"]}
LAS_UNSC = {"en": ["Arab League", "League of Arab States", "UN Security Council", "Security Council"],
            "ar": ["جامعة الدول العربية", "مجلس الأمن الدولي", "مجلس الأمن"]}
SY_OFFICIAL_SOURCES = {"en": ["Syrian official sources", "Syrian government"], "ar": ["مصادر رسمية سورية"]}
POPULAR_COMMITTEES = {"en": ["Popular Committees", "pro-government militia", "five Popular Committees members"],
                      "ar": ["اللجان الشعبية", "خمسة من عناصر اللجان الشعبية"]}
AMBUSHERS = {"en": ["gunmen", "militants", "rebels"], "ar": ["مسلحون"]}

QUSAYR = {"accept": ["القصير", "مدينة القصير", "ريف القصير", "al-Qusayr", "Qusayr", "Al Qusayr", "Qusair"]}
QUSAYR_NORTH = place({"accept": ["الحي الشمالي لمدينة القصير", "الحي الشمالي", "الملعب البلدي"]}, QUSAYR)
DABAA = place({"accept": ["مطار الضبعة", "الضبعة", "Dabaa airport", "al-Dabaa", "Dab'a airbase", "Dabaa"]}, QUSAYR)
RABLAH = {"accept": ["ربلة", "بلدة ربلة", "الحي الغربي للبلدة", "Rablah", "Ribla", "Rableh"]}
HERMEL = {"accept": ["الهرمل", "مدينة الهرمل", "أطراف مدينة الهرمل", "Hermel", "El Hermel", "Al Hirmil"]}
HISYA = {"accept": ["حسياء", "بلدة حسياء", "Hisya", "Hasya", "Hisyah"]}
QUSAYR_ROUTES = place({"accept": ["ريف حمص الشمالي", "منطقة القلمون", "القلمون", "ريف حمص", "northern Homs countryside",
                                  "Qalamoun"]}, QUSAYR)
ISTANBUL = {"accept": ["إسطنبول", "Istanbul"]}
JOUSIEH_ROAD = {"accept": ["طريق جوسية – القصير", "جوسية", "Jousieh", "Jusiyah", "Joussieh", "al-Qusayr", "Qusayr"]}

# ================================================================ 163: Wadi Barada, January 2017 (opposition site)
ASSAD_FORCES = {"en": ["Assad forces", "Syrian regime forces", "Syrian government forces", "Syrian army",
                       "Syrian air force", "regime warplanes", "regime helicopters"],
                "ar": ["قوات الأسد", "الطيران الحربي التابع لقوات الأسد", "مروحيات تابعة لقوات الأسد",
                       "قوات النظام"]}
FOURTH_DIV = {"en": ["Fourth Division", "4th Armoured Division", "Syrian army", "regime officers"],
              "ar": ["الفرقة الرابعة", "ضباط من الفرقة الرابعة", "عناصر حاجز تابع للفرقة الرابعة"]}
WB_FACTIONS = {"en": ["opposition factions", "rebel factions", "rebels", "fighters", "armed men"],
               "ar": ["فصائل المعارضة", "الفصائل", "المقاتلين", "المسلحين"]}
WB_CLASH = merge(ASSAD_FORCES, HEZBOLLAH, WB_FACTIONS)
WB_CIVILIANS = merge({"en": ["civilians' homes", "a woman and her child", "six civilians"],
                      "ar": ["منازل المدنيين", "امرأة وطفلها", "ستة مدنيين"]}, CIVILIANS)
WB_COMMITTEE = {"en": ["Wadi Barada negotiating committee", "negotiating committee", "negotiation committee"],
                "ar": ["لجنة التفاوض", "لجنة التفاوض الممثلة لقرى الوادي", "أعضاء اللجنة", "اللجنة"]}
RUS_OFFICER = {"en": ["Russian officer", "Russian military", "Russia"], "ar": ["ضابط روسي", "الضابط الروسي"]}
REGIME_RUS = merge(FOURTH_DIV, RUS_OFFICER, {"en": ["officers"], "ar": ["الضباط"]})
WB_PARTIES = merge(WB_COMMITTEE, FOURTH_DIV, {"en": ["both sides", "the two sides"], "ar": ["الطرفين"]})
WB_MEDIA = {"en": ["Wadi Barada Media Commission", "Wadi Barada media office", "media body in Wadi Barada"],
            "ar": ["الهيئة الإعلامية في وادي بردى"]}
RD_GOVERNOR = {"en": ["Rif Dimashq governor", "Damascus countryside governor", "regime media"],
               "ar": ["محافظ ريف دمشق", "وسائل إعلام النظام"]}
DEIR_MUQRIN_YOUTHS = {"en": ["seven young men", "young men", "displaced families"], "ar": ["سبعة شبان", "شبان"]}
HEZBOLLAH_SNIPER = merge({"en": ["Hezbollah sniper", "sniper"], "ar": ["قناص من ميليشيا «حزب الله»", "قناص"]},
                         HEZBOLLAH)
DEIR_MUQRIN_VICTIM = merge({"en": ["a young man", "young man"], "ar": ["شاب"]}, CIVILIANS)
KFEIR_PROTESTERS = merge({"en": ["residents of Kfeir al-Zeit", "protesters", "dozens of residents"],
                          "ar": ["عشرات من أهالي قرية كفير الزيت", "أهالي قرية كفير الزيت"]}, CIVILIANS)
UN = {"en": ["United Nations", "UN"], "ar": ["الأمم المتحدة"]}
OCHA = {"en": ["OCHA", "UN Office for the Coordination of Humanitarian Affairs", "United Nations"],
        "ar": ["مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية"]}

WADI_BARADA = {"accept": ["وادي بردى", "قرى الوادي", "Wadi Barada", "Barada valley", "ريف دمشق الغربي",
                          "western Damascus countryside"]}
BASIMA = place({"accept": ["بسيمة", "قرية بسيمة", "عين الخضرة", "قريتي بسيمة وعين الخضرة", "Basima", "Bassima",
                           "Ain al-Khadra", "Ayn al-Khadra"]}, WADI_BARADA)
AL_HAMA = place({"accept": ["الهامة", "بلدة الهامة", "al-Hama", "Al Hamah", "Hameh"]}, WADI_BARADA)
JAMRAYA = {"accept": ["جمرايا", "منطقة جمرايا", "مدخل منطقة جمرايا", "Jamraya", "Jamrayah"]}
FIJEH_MUQRIN = place({"accept": ["عين الفيجة", "دير مقرن", "قريتي عين الفيجة ودير مقرن", "Ain al-Fijeh",
                                 "Ayn al Fijah", "Deir Muqrin", "Deir Moqren"]}, WADI_BARADA)
HAMA_JAMRAYA = place({"accept": ["الطريق الواصل بين الهامة وجمرايا"]}, AL_HAMA, JAMRAYA)
DEIR_MUQRIN = place({"accept": ["دير مقرن", "قرية دير مقرن", "Deir Muqrin", "Deir Moqren", "Dayr Muqrin"]},
                    WADI_BARADA)
KFEIR_ZEIT = place({"accept": ["كفير الزيت", "قرية كفير الزيت", "Kfeir al-Zeit", "Kfeir al-Zayt",
                               "Kafr al-Zayt"]}, WADI_BARADA)
EVACUATED_TOWNS = {"accept": ["داريا", "المعضمية", "خان الشيح", "Daraya", "Muadamiyat al-Sham", "Moadamiyeh",
                              "Khan al-Shih"]}

# ================================================================ 164: Manbij, July 2016 (citizen network)
INTL_COALITION = {"en": ["US-led coalition", "international coalition", "Coalition", "anti-ISIS coalition",
                         "Combined Joint Task Force"],
                  "ar": ["التحالف الدولي", "طيران التحالف الدولي", "التحالف"]}
MANBIJ_CIVILIANS = merge({"en": ["six civilians", "three children", "houses"],
                          "ar": ["ستة مدنيين", "ثلاثة أطفال", "منازل"]}, CIVILIANS)
SDF = {"en": ["Syrian Democratic Forces", "SDF", "QSD"],
       "ar": ["قوات سوريا الديمقراطية", "«قوات سوريا الديمقراطية»", "قسد", "«قسد»", "مقاتلو «قسد»"]}
MMC = {"en": ["Manbij Military Council", "Manbij Military Council and its countryside", "SDF"],
       "ar": ["المجلس العسكري لمنبج وريفها", "المجلس العسكري", "قيادياً في المجلس العسكري"]}
SDF_MMC = merge(SDF, MMC)
SDF_ISIS = merge(SDF, MMC, ISIS)
EXECUTED_YOUTHS = merge({"en": ["three young men", "young men"], "ar": ["ثلاثة شبان"]}, CIVILIANS)
HISBA = merge({"en": ["ISIS Hisba", "Hisba police", "ISIS religious police"], "ar": ["عناصر «الحسبة»", "الحسبة"]},
              ISIS)
FLEEING_YOUTHS = {"en": ["more than twenty young men", "young men"], "ar": ["أكثر من عشرين شاباً", "شاباً"]}
MANBIJ_RESIDENTS = merge({"en": ["Manbij residents"], "ar": ["الأهالي"]}, CIVILIANS)
MINE_VICTIMS = merge({"en": ["a man and his daughter", "a man", "fleeing families"],
                      "ar": ["رجل", "ابنته", "العائلات"]}, CIVILIANS)
NEW_ARRIVALS = merge({"en": ["displaced families", "new arrivals", "forty families"],
                      "ar": ["الواصلين", "نحو أربعين عائلة"]}, CIVILIANS)
MANBIJ_NOTABLES = {"en": ["tribal notables", "notables", "mediators"],
                   "ar": ["وجهاء من عشائر المنطقة", "وجهاء", "وسطاء"]}
MANBIJ_DISPLACED = merge({"en": ["displaced people from Manbij", "Manbij displaced", "protesters"],
                          "ar": ["عشرات من أبناء منبج المهجّرين", "أبناء منبج المهجّرين", "المهجّرين"]}, CIVILIANS)
FSA_MANBIJ = {"en": ["Free Syrian Army", "FSA", "FSA factions"], "ar": ["فصائل الجيش الحر", "الجيش الحر"]}
HAZZAWNEH_FAMILY = merge({"en": ["five members of one family", "a family"],
                          "ar": ["خمسة أفراد من عائلة واحدة", "عائلة واحدة"]}, CIVILIANS)

MANBIJ = {"accept": ["منبج", "مدينة منبج", "Manbij", "Menbij", "Mambij"]}
HAZZAWNEH = place({"accept": ["حي الحزاونة", "الحزاونة", "al-Hazzawneh", "Hazzawneh", "Hazawneh"]}, MANBIJ)
MANBIJ_HOSPITAL = place({"accept": ["المشفى الوطني", "محيط المشفى الوطني", "الدوار الغربي", "National Hospital"]},
                        MANBIJ)
MANBIJ_CENTRE = place({"accept": ["الجامع الكبير", "الساحة المقابلة للجامع الكبير", "وسط المدينة",
                                  "Great Mosque"]}, MANBIJ)
MANBIJ_SOUTH = place({"accept": ["الأحياء الجنوبية", "الأطراف الجنوبية للمدينة", "الطريق الترابي",
                                 "southern Manbij"]}, MANBIJ)
MANBIJ_EAST = place({"accept": ["القرى الخاضعة لسيطرتها شرقي المدينة", "eastern Manbij countryside"]}, MANBIJ)
BAB_JARABLUS = {"accept": ["الباب", "مدينة الباب", "جرابلس", "al-Bab", "Al Bab", "Jarabulus", "Jarablus"]}
AZAZ = {"accept": ["إعزاز", "مدينة إعزاز", "ريف حلب الشمالي", "Azaz", "A'zaz", "I'zaz"]}
TISHREEN_MANBIJ = place({"accept": ["سد تشرين", "محيط سد تشرين", "Tishreen Dam", "Tishrin Dam"]}, MANBIJ)

# ================================================================ 165: eastern Sweida, October 2018 (local page)
SHABKI_TARGETS = merge({"en": ["houses", "livestock pens", "a shepherd"],
                        "ar": ["المنازل", "حظائر المواشي", "راعٍ"]}, CIVILIANS)
SY_RU_AIR = {"en": ["Syrian and Russian air forces", "Syrian air force", "Russian air force", "Syrian army",
                    "Russia"],
             "ar": ["الطيران الحربي السوري والروسي", "الطيران الحربي"]}
SY_ARMY_SWEIDA = {"en": ["Syrian army", "Syrian Arab Army", "Syrian regime forces", "regime forces",
                         "Fourth Division", "National Defence Forces"],
                  "ar": ["وحدات الجيش", "قوات النظام", "الفرقة الرابعة", "«الدفاع الوطني»", "مواقع الجيش"]}
ABDUCTEES_FAMILIES = merge({"en": ["families of the abductees", "relatives of the kidnapped", "protesters"],
                            "ar": ["العشرات من ذوي المخطوفات والمخطوفين", "ذوي المخطوفات والمخطوفين",
                                   "ذوو المخطوفين"]}, CIVILIANS)
SY_GOV_RUS = {"en": ["Syrian government", "Russia", "Russian side"], "ar": ["الحكومة السورية", "الجانب الروسي"]}
RUS_DELEGATION = {"en": ["Russian military delegation", "Russian delegation", "Russia", "Russian military"],
                  "ar": ["وفد عسكري روسي", "الوفد الروسي"]}
EAST_NOTABLES = {"en": ["notables of the eastern villages", "notables", "sheikhs"],
                 "ar": ["وجهاء قرى المنطقة ومشايخها", "وجهاء", "مشايخها"]}
RAMI_YOUTH = merge({"en": ["a young man from Rami", "young man"], "ar": ["شاب من أهالي قرية رامي", "شاب", "شاباً"]},
                   CIVILIANS)
RAMI_FAMILY = {"en": ["his family", "relatives"], "ar": ["ذويه"]}
KIDNAPPERS = merge(UNKNOWN, {"en": ["kidnappers", "kidnapping gangs"], "ar": ["الخاطفين", "الخاطفون"]})
MEN_OF_DIGNITY = {"en": ["Men of Dignity", "Rijal al-Karama", "Men of Dignity Movement"],
                  "ar": ["حركة رجال الكرامة", "«حركة رجال الكرامة»", "رجال الكرامة"]}
SECURITY_SERVICES = {"en": ["security services", "Syrian security agencies", "Syrian government"],
                     "ar": ["الأجهزة الأمنية"]}
LOCAL_GROUPS = {"en": ["local armed groups", "local groups"], "ar": ["مجموعات محلية"]}
TARBA_SHEPHERDS = merge({"en": ["two shepherds", "shepherds"], "ar": ["راعيان"]}, CIVILIANS)

SHABKI = {"accept": ["الشبكي", "قرية الشبكي", "الأطراف الشرقية لقرية الشبكي", "al-Shabki", "Shabki", "ash-Shabki",
                     "al-Shbeki"]}
EAST_SWEIDA = {"accept": ["ريف السويداء الشرقي", "الريف الشرقي", "القرى الشرقية", "eastern Sweida countryside",
                          "eastern countryside of as-Suwayda"]}
TULUL_SAFA = {"accept": ["تلول الصفا", "منطقة تلول الصفا", "عمق تلول الصفا", "Tulul al-Safa", "Tlul al-Safa",
                         "al-Safa", "Safa hills"]}
SWEIDA = {"accept": ["السويداء", "مدينة السويداء", "مبنى المحافظة", "As-Suwayda", "Sweida", "Suwayda",
                     "al-Suwayda"]}
MUSHANNAF = {"accept": ["المشنف", "بلدة المشنف", "مضافة البلدة", "al-Mushannaf", "Mushannaf", "Al Mushannaf"]}
SWEIDA_SHAHBA_ROAD = {"accept": ["طريق السويداء – شهبا", "شهبا", "قرية رامي", "رامي", "Shahba", "Rami",
                                 "Sweida–Shahba road"]}
TARBA = {"accept": ["طربا", "قرية طربا", "Tarba", "Tarbaa"]}
SWEIDA_SHABKI = place(SWEIDA, SHABKI, EAST_SWEIDA)
