"""Accepted actor names and place names for the forty-fifth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not copied
from the earlier sets' lists (the style is the same as the template set ``../articles18/``: Arabic surface forms as
they occur in the articles, common variants, and English names). Syrian, Lebanese and Jordanian places were checked
against the GeoNames lists in ../shared/data/geonames/ where they have them (Mazraat Beit Jinn, Sa'sa', al-Hawash,
Tallkalakh, Ras al-Ayn, Tall Tamr, al-Hasakah, Rukban, Arsal); villages, camps, valleys, hills and stations absent from
those lists (Beit Jinn, Mughr al-Mir, Qalaat al-Hosn, al-Zara, Anaz, Marmarita, al-Mishtaya, Zirgan, Bab al-Khair,
al-Asadiya, Alouk, Sab' Biyar, Wadi Hmeid, al-Malahi, Wadi al-Kheil, al-Labweh) carry their usual spellings.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «المجلس», «الوفد», «الحكومة», «اللجنة») are left out on purpose,
with these exceptions, each used only in an article where it names a single actor: «النظام» (221, only ever the
Syrian government), «قسد» (223, only ever the SDF), «الفصيل» and «المخيم» (224, only ever Maghawir al-Thawra and, as a
place, the Rukban camp), «الهيئة» (225, only ever Hay'at Tahrir al-Sham).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ================================================================ actors: shared
CIVILIANS = {"en": ["civilians", "civilian", "residents", "locals", "people", "citizens"],
             "ar": ["مدنيين", "المدنيين", "مدنيون", "مدني", "المواطنين", "مواطنين", "الأهالي", "السكان"]}
UNKNOWN = {"en": ["unknown gunmen", "unknown assailants", "unidentified gunmen", "unknown persons"],
           "ar": ["مسلحون مجهولون", "مسلحين مجهولين", "مجهولون", "مجهولين"]}

# ================================================================ 221: Beit Jinn pocket, December 2017 (opposition network)
ASSAD_FORCES = {"en": ["Syrian government forces", "Syrian regime forces", "Assad forces", "Syrian army",
                       "Syrian Arab Army", "regime helicopters", "Syrian Air Force"],
                "ar": ["قوات الأسد", "مروحيات تابعة لقوات الأسد", "ميليشيات محلية", "الميليشيات", "النظام"]}
FOURTH_DIV = {"en": ["Fourth Division", "4th Armoured Division", "Fourth Armoured Division", "Syrian army"],
              "ar": ["الفرقة الرابعة", "مدفعية الفرقة الرابعة", "ضباط من الفرقة الرابعة", "ضابط في الفرقة الرابعة"]}
ASSAD_4TH = merge(FOURTH_DIV, ASSAD_FORCES)
FSA = {"en": ["Free Syrian Army", "FSA", "rebels", "opposition factions", "opposition fighters"],
       "ar": ["فصائل الجيش الحر", "الجيش الحر", "مقاتلي المعارضة", "الثوار", "قيادياً ميدانياً في الجيش الحر"]}
HTS_BJ = {"en": ["Hay'at Tahrir al-Sham", "HTS", "Tahrir al-Sham"],
          "ar": ["«هيئة تحرير الشام»", "هيئة تحرير الشام", "«تحرير الشام»", "تحرير الشام", "ممثليها"]}
BJ_FIGHT = merge(FSA, HTS_BJ, ASSAD_FORCES)
BJ_FIGHTERS = merge({"en": ["Beit Jinn fighters", "fighters", "gunmen of Beit Jinn", "fighters refusing the settlement"],
                     "ar": ["مسلحي بيت جن", "المقاتلين الرافضين للتسوية", "المقاتلين"]}, FSA, HTS_BJ)
MUGHR_VICTIMS = merge({"en": ["a woman and her two children", "woman", "children", "displaced family"],
                       "ar": ["امرأة وطفليها", "امرأة", "سبعة مدنيين آخرين", "عائلة نازحة من خان الشيح",
                              "ثلاثة أطفال"]}, CIVILIANS)
BJ_FARMS = merge({"en": ["farms around Beit Jinn", "farms"], "ar": ["المزارعَ المحيطة ببيت جن", "المزارع"]},
                 CIVILIANS)
BJ_COMMITTEE = {"en": ["negotiating committee", "negotiation committee of the pocket's towns", "committee member"],
                "ar": ["لجنة التفاوض الممثلة لبلدات الجيب", "لجنة التفاوض", "عضو في اللجنة", "عضو اللجنة"]}
RUSSIA_BJ = {"en": ["Russia", "Russian military", "Russian officer", "Russian side"],
             "ar": ["الجانب الروسي", "ضابط روسي"]}
REGIME_NEGOTIATORS = merge(FOURTH_DIV, RUSSIA_BJ)
MUGHR_COUNCIL = {"en": ["Mughr al-Mir local council", "local council"],
                 "ar": ["المجلس المحلي للبلدة", "المجلس المحلي", "عضو في المجلس المحلي للبلدة"]}
UN_HUMANITARIAN = {"en": ["United Nations", "UN", "humanitarian organisations", "humanitarian organizations"],
                   "ar": ["الأمم المتحدة والمنظمات الإنسانية", "الأمم المتحدة", "المنظمات الإنسانية"]}
MIL_SECURITY = {"en": ["Military Security", "Military Intelligence", "Syrian Military Security branch",
                       "security services"],
                "ar": ["فرع الأمن العسكري", "دورية تابعة لفرع الأمن العسكري", "الأمن العسكري", "الجهات الأمنية"]}
BJ_WOMEN = merge({"en": ["three women", "women from Beit Jinn"],
                  "ar": ["ثلاث نساء من أهالي بيت جن", "ثلاث نساء", "نساء"]}, CIVILIANS)
NDF_ASSAD = merge({"en": ["National Defence Forces", "NDF", "National Defense Forces"],
                   "ar": ["ميليشيا «الدفاع الوطني»", "«الدفاع الوطني»", "الدفاع الوطني"]}, ASSAD_FORCES)
BJ_PROTESTERS = merge({"en": ["residents of Beit Jinn", "protesters", "demonstrators", "participants"],
                       "ar": ["عشرات من أهالي بيت جن", "أهالي بيت جن", "المشاركون"]}, CIVILIANS)
KS_FIGHTERS = {"en": ["opposition fighters in Khan al-Shih", "rebels", "opposition fighters"],
               "ar": ["مقاتلي المعارضة في بلدة خان الشيح", "مقاتلي المعارضة"]}
KS_PARTIES = merge(KS_FIGHTERS, {"en": ["Syrian government", "Syrian regime"], "ar": ["النظام"]})
BJ_YOUTHS = merge({"en": ["three young men", "young men", "their car"],
                   "ar": ["ثلاثة شبان", "شبان", "سيارتهم"]}, CIVILIANS)

MUGHR = {"accept": ["مغر المير", "بلدة مغر المير", "الأحياء الشرقية من بلدة مغر المير", "Mughr al-Mir", "Maghr al-Mir",
                    "Mughur al-Mir", "Maghar al-Mir"]}
BEIT_JINN = {"accept": ["بيت جن", "بلدة بيت جن", "ببيت جن", "Beit Jinn", "Bayt Jinn", "Beit Jann"]}
MAZRAAT_BJ = {"accept": ["مزرعة بيت جن", "جبهة مزرعة بيت جن", "التلال المشرفة على المزرعة", "Mazraat Beit Jinn",
                         "Mazra'at Bayt Jinn", "Mazraat Bayt Jinn"]}
SASA = {"accept": ["سعسع", "بلدة سعسع", "مبنى البلدية في سعسع", "حاجز سعسع", "Sa'sa'", "Sasa", "Saasaa"]}
BJ_POCKET = place({"accept": ["بلدات الجيب", "الجيب", "أطراف الجيب", "جيب جبل الشيخ", "جبل الشيخ", "Mount Hermon",
                              "Jabal al-Sheikh", "Beit Jinn pocket"]}, BEIT_JINN)
KHAN_SHIH = {"accept": ["خان الشيح", "بلدة خان الشيح", "Khan al-Shih", "Khan Alshih", "Khan Elsheh", "Khan al-Sheih"]}
BJ_MUGHR_ROAD = place({"accept": ["الطريق الترابي الواصل بين بيت جن ومغر المير"]}, BEIT_JINN, MUGHR)

# ================================================================ 222: Wadi al-Nasara and Qalaat al-Hosn, March 2014 (loyalist site)
HOSN_TERRORISTS = {"en": ["armed groups", "terrorist groups", "militants", "rebels", "insurgents", "Jund al-Sham",
                          "Jabhat al-Nusra", "Nusra Front", "gunmen"],
                   "ar": ["المجموعات الإرهابية المسلحة", "المجموعات الإرهابية", "الإرهابيين", "مجموعة إرهابية",
                          "المسلحين", "للمسلحين", "صفحات تابعة للمسلحين"]}
SY_ARMY_LOY = {"en": ["Syrian Arab Army", "Syrian army", "Syrian Armed Forces", "Syrian government forces",
                      "army units"],
               "ar": ["الجيش العربي السوري", "جيشنا الباسل", "وحدات من جيشنا الباسل", "وحدة من الجيش العربي السوري",
                      "مصدر ميداني", "مصدراً عسكرياً"]}
NDF_LOY = {"en": ["National Defence Forces", "NDF", "National Defense Forces"],
           "ar": ["رجال الدفاع الوطني", "وحدات الدفاع الوطني", "الدفاع الوطني"]}
SY_ARMY_NDF = merge(SY_ARMY_LOY, NDF_LOY)
HAWASH_VICTIMS = merge({"en": ["two civilians", "an elderly man and his granddaughter", "worshippers", "church"],
                        "ar": ["مواطنان", "رجل في السبعين من عمره وحفيدته", "المصلّين", "منزل الشهيدين",
                               "الشهيدين"]}, CIVILIANS)
SARC = {"en": ["Syrian Arab Red Crescent", "SARC", "Red Crescent"],
        "ar": ["الهلال الأحمر العربي السوري", "فرع الهلال في حمص", "الهلال الأحمر"]}
ZARA_DISPLACED = merge({"en": ["families displaced from al-Zara", "displaced families", "displaced people"],
                        "ar": ["العائلات التي نزحت من الزارة", "العائلات"]}, CIVILIANS)
HOSN_NOTABLES = {"en": ["notables of al-Hosn", "al-Hosn notables", "local notables"],
                 "ar": ["وجهاء من بلدة الحصن", "وجهاء"]}
SY_ARMY_OFFICERS = merge({"en": ["army officers"], "ar": ["ضباط في الجيش"]}, SY_ARMY_LOY)
AKKAR_DIOCESE = {"en": ["Greek Orthodox Archdiocese of Akkar", "Archdiocese of Akkar", "Orthodox Church",
                        "Greek Orthodox Church"],
                 "ar": ["أبرشية عكار وتوابعها للروم الأرثوذكس", "أبرشية عكار"]}
INTL_ORGS = {"en": ["international organisations", "international organizations", "human rights organisations"],
             "ar": ["«المنظمات الدولية التي تتشدق بحقوق الإنسان»", "المنظمات الدولية"]}
VALLEY_YOUTH = merge({"en": ["young men from the valley", "young men", "participants"],
                      "ar": ["شبان من قرى الوادي", "شبان"]}, CIVILIANS)
HOMS_GOVERNOR = {"en": ["Homs governor", "Governor of Homs"], "ar": ["محافظ حمص"]}
HAWASH_NOTABLES = {"en": ["local and religious figures", "community leaders"],
                   "ar": ["الفعاليات الأهلية والروحية", "الفعاليات الأهلية"]}
NUSRA = {"en": ["Jabhat al-Nusra", "Nusra Front", "al-Nusra Front", "al-Qaeda in Syria"],
         "ar": ["«جبهة النصرة»", "جبهة النصرة"]}
ANAZ_NDF_MEMBER = {"en": ["NDF member", "National Defence Forces member", "militiaman"],
                   "ar": ["عنصر في الدفاع الوطني", "عنصر"]}

HAWASH = {"accept": ["الحواش", "بلدة الحواش", "الحي الغربي من بلدة الحواش", "وادي النصارى", "al-Hawash", "Hawash",
                     "Al Hawash", "Wadi al-Nasara", "Wadi al-Nasarah", "Valley of the Christians"]}
HOSN = {"accept": ["قلعة الحصن", "الحصن", "بلدة الحصن", "حي الجامع", "محيط القلعة", "Qalaat al-Hosn", "al-Hosn",
                   "Hosn", "al-Husn", "Krak des Chevaliers", "Qal'at al-Hisn"]}
ZARA = {"accept": ["الزارة", "قرية الزارة", "محيط الزارة", "بساتين الحصن", "al-Zara", "Zara", "az-Zarah",
                   "Al Zarah"]}
ZARA_HOSN = place(ZARA, {"accept": ["التلال المطلة على قلعة الحصن", "قلعة الحصن", "Qalaat al-Hosn"]})
HAWASH_MISHTAYA = place({"accept": ["مدارس الحواش والمشتاية", "الحواش", "المشتاية", "مرمريتا", "al-Hawash",
                                    "al-Mishtaya", "Mushtayah", "Marmarita"]})
MARMARITA = {"accept": ["مرمريتا", "ساحة مرمريتا", "Marmarita", "Marmarite", "Marmarītā"]}
VALLEY = {"accept": ["قلب الوادي", "قرى الوادي", "وادي النصارى", "Wadi al-Nasara", "Valley of the Christians"]}
ANAZ = {"accept": ["عناز", "بلدة عناز", "مدخل بلدة عناز", "Anaz", "'Anaz", "Annaz"]}

# ================================================================ 223: Zirgan (Abu Rasin) and al-Hasakah, August 2020 (Kurdish site)
TR_ARMY = {"en": ["Turkish army", "Turkish Armed Forces", "Turkey", "Turkish drone", "Turkish Ministry of National Defence",
                  "Turkish forces"],
           "ar": ["جيش الاحتلال التركي", "جيش الاحتلال", "دولة الاحتلال التركي", "دولة الاحتلال",
                  "طائرة مسيّرة تابعة لجيش الاحتلال التركي", "مسيّرة تركية", "وزارة الدفاع التركية", "قواتها"]}
SNA = {"en": ["Syrian National Army", "SNA", "Turkish-backed factions", "Turkish-backed Syrian factions",
              "Turkish-backed mercenaries"],
       "ar": ["مرتزقة الاحتلال", "مرتزقته", "الفصائل الموالية له"]}
TR_SNA = merge(TR_ARMY, SNA)
SDF = {"en": ["Syrian Democratic Forces", "SDF", "QSD"],
       "ar": ["قوات سوريا الديمقراطية", "«قسد»", "قسد", "المركز الإعلامي للقوات",
              "القيادة العامة لقوات سوريا الديمقراطية", "مقاتليها"]}
SDF_FIGHTERS = merge({"en": ["two SDF fighters", "SDF fighters", "military vehicle"],
                      "ar": ["مقاتلان من قوات سوريا الديمقراطية", "مقاتلَين من «قسد»", "سيارةً عسكرية",
                             "المقاتلَين الشهيدَين", "المقاتلَين"]}, SDF)
ASADIYA_CIV = merge({"en": ["homes of civilians", "houses", "water well generator"],
                     "ar": ["منازل المدنيين", "بئر مياه القرية"]}, CIVILIANS)
HASAKAH_PROTESTERS = merge({"en": ["thousands of residents", "protesters", "demonstrators", "residents of al-Hasakah"],
                            "ar": ["آلاف الأهالي", "المتظاهرون", "وآلاف يتظاهرون"]}, CIVILIANS)
RU_UN = {"en": ["Russia", "United Nations", "UN"], "ar": ["روسيا والأمم المتحدة", "روسيا", "الأمم المتحدة"]}
WATER_TEAMS = {"en": ["maintenance crews of the water directorate", "Hasakah water directorate", "maintenance teams"],
               "ar": ["ورشات الصيانة التابعة لمديرية المياه في الحسكة", "ورشات الصيانة", "مديرية المياه"]}
KRC = {"en": ["Kurdish Red Crescent", "Heyva Sor a Kurd", "People's Municipality of al-Hasakah"],
       "ar": ["الهلال الأحمر الكردي", "بلدية الشعب في الحسكة"]}
UNICEF = {"en": ["UNICEF", "United Nations Children's Fund"],
          "ar": ["منظمة الأمم المتحدة للطفولة «يونيسف»", "«يونيسف»", "يونيسف"]}
AANES = {"en": ["Autonomous Administration of North and East Syria", "AANES", "Autonomous Administration",
                "Kurdish-led administration"],
         "ar": ["الإدارة الذاتية لشمال وشرق سوريا", "الإدارة الذاتية"]}
UNSC = {"en": ["UN Security Council", "Security Council", "United Nations Security Council"],
        "ar": ["مجلس الأمن الدولي", "مجلس الأمن"]}
RUSSIA = {"en": ["Russia", "Russian government"], "ar": ["روسيا"]}
RU_MP = {"en": ["Russian military police", "Russian delegation", "Russia", "Russian forces"],
         "ar": ["وفداً من الشرطة العسكرية الروسية", "الشرطة العسكرية الروسية", "الوفد الروسي"]}
AANES_ENERGY = merge({"en": ["AANES energy authority", "energy authority officials"],
                      "ar": ["مسؤولين في هيئة الطاقة التابعة للإدارة", "هيئة الطاقة"]}, AANES)
RU_TR = merge(RU_MP, {"en": ["Turkish side", "Turkey", "the two sides"], "ar": ["الجانب التركي", "الطرفين"]})
GUARANTORS = {"en": ["guarantor states", "guarantors", "Russia", "Turkey"],
              "ar": ["«الدول الضامنة»", "الدول الضامنة"]}
BK_WOMAN = merge({"en": ["a woman from Bab al-Khair", "woman", "farmer"],
                  "ar": ["امرأة من قرية باب الخير", "امرأة"]}, CIVILIANS)

ZIRGAN = {"accept": ["زركان", "ناحية زركان", "ريف زركان", "أبو راسين", "Zirgan", "Zarkan", "Zergan", "Abu Rasin",
                     "Abu Rasen", "Abu Rasayn"]}
BAB_KHAIR = {"accept": ["باب الخير", "قرية باب الخير", "Bab al-Khair", "Bab al-Kheir", "Bab al-Khayr"]}
ZIRGAN_BK = place(ZIRGAN, BAB_KHAIR)
ASADIYA = {"accept": ["الأسدية", "قرية الأسدية", "al-Asadiya", "al-Asadiyah", "Asadiyah", "Asadiya"]}
SEREKANIYE = {"accept": ["سري كانيه", "محيط سري كانيه", "رأس العين", "Ras al-Ain", "Ras al-Ayn", "Serêkaniyê",
                         "Sere Kaniye", "Ra's al 'Ayn"]}
ASADIYA_SK = place(ASADIYA, {"accept": ["خطوط التماس قرب سري كانيه"]}, SEREKANIYE)
HASAKAH = {"accept": ["الحسكة", "مدينة الحسكة", "Hasakah", "al-Hasakah", "Al-Hasakah", "Hasaka", "Al Hasakah"]}
ALOUK = {"accept": ["محطة علوك", "علوك", "محطة مياه علوك", "Alouk", "Allouk", "Alouk water station", "Aluk"]}
ALOUK_MABROUKA = place(ALOUK, {"accept": ["محطة المبروكة", "المبروكة", "al-Mabrouka", "Mabrouka"]})
TAL_TAMR = {"accept": ["تل تمر", "بلدة تل تمر", "Tal Tamr", "Tell Tamer", "Tall Tamr", "Tel Tamr"]}
PEACE_SPRING_AREA = place({"accept": ["منطقة نبع السلام", "نبع السلام", "Peace Spring area"]}, ZIRGAN)
SK_TALABYAD = place(SEREKANIYE, {"accept": ["تل أبيض", "Tal Abyad", "Tell Abyad", "Girê Spî"]})

# ================================================================ 224: Rukban camp and the 55-km zone, May 2019 (independent site)
SY_REGIME_CP = {"en": ["Syrian government forces", "Syrian regime forces", "regime checkpoint", "Syrian army"],
                "ar": ["قوات النظام السوري", "قوات النظام", "عناصر حاجز تابع لقوات النظام السوري", "عناصر الحاجز",
                       "حاجز للنظام"]}
SY_SECURITY = {"en": ["Syrian security services", "Syrian intelligence", "Syrian government", "Homs governorate"],
               "ar": ["الأجهزة الأمنية", "مصدراً في محافظة حمص", "محافظة حمص"]}
RUKBAN_SMUGGLER = merge({"en": ["a young man", "goods carrier", "truck", "smuggler"],
                         "ar": ["شاب يعمل في نقل البضائع إلى مخيم الركبان", "شاب", "الشاحنة"]}, CIVILIANS)
RETURNEES = merge({"en": ["eleven young men", "returnees from Rukban", "young men", "camp leavers"],
                   "ar": ["أحد عشر شاباً ممن غادروا الركبان", "أحد عشر شاباً", "أحد عشر عائداً من المخيم",
                          "عائداً"]}, CIVILIANS)
ISIS_BADIA = {"en": ["Islamic State", "ISIS", "IS", "ISIL", "Daesh", "ISIS cells"],
              "ar": ["خلايا تنظيم «الدولة الإسلامية»", "تنظيم «الدولة الإسلامية»", "تنظيم «الدولة»",
                     "مسلحون يُرجَّح أنهم من خلايا تنظيم «الدولة الإسلامية»", "المهاجمين", "للمهاجمين"]}
MAGHAWIR = {"en": ["Maghawir al-Thawra", "Revolutionary Commando Army", "Jaysh Maghawir al-Thawra"],
            "ar": ["«جيش مغاوير الثورة»", "جيش مغاوير الثورة", "نقطة لفصيل «جيش مغاوير الثورة»",
                   "أحد عناصر الفصيل", "الفصيل"]}
COALITION = {"en": ["US-led coalition", "international coalition", "Coalition", "CJTF-OIR", "United States",
                    "US forces"],
             "ar": ["مروحيات التحالف بقيادة الولايات المتحدة", "مروحيات التحالف", "التحالف الدولي",
                    "الولايات المتحدة"]}
OCHA = {"en": ["OCHA", "UN Office for the Coordination of Humanitarian Affairs", "United Nations", "UN"],
        "ar": ["مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية «أوتشا»", "«أوتشا»", "أوتشا", "الأمم المتحدة"]}
RUKBAN_RESIDENTS = merge({"en": ["Rukban residents", "camp residents", "dozens of camp residents", "displaced people"],
                          "ar": ["العشرات من سكان المخيم", "سكان المخيم", "قاطني المخيم"]}, CIVILIANS)
JORDAN = {"en": ["Jordan", "Jordanian government", "Jordanian authorities", "Kingdom of Jordan"],
          "ar": ["السلطات الأردنية", "مصدراً حكومياً أردنياً", "المملكة", "الأردن", "عمّان"]}
RU_CENTER = {"en": ["Russian Reconciliation Centre", "Russian reconciliation center at Hmeimim", "Russia",
                    "Russian military"],
             "ar": ["مركز المصالحة الروسي في قاعدة حميميم", "مركز المصالحة الروسي"]}
USA = {"en": ["United States", "US", "USA", "Washington", "US forces"], "ar": ["الولايات المتحدة", "واشنطن"]}
SARC_RUKBAN = {"en": ["Syrian Arab Red Crescent", "SARC"], "ar": ["الهلال الأحمر العربي السوري"]}
JO_BORDER_GUARD = {"en": ["Jordanian border guards", "Jordanian army"], "ar": ["حرس الحدود الأردني"]}
RUKBAN_DRIVER = merge({"en": ["water-tanker driver", "driver"],
                       "ar": ["سائق صهريج مياه من أبناء المخيم", "سائق صهريج مياه"]}, CIVILIANS)

SAB_BIYAR = {"accept": ["السبع بيار", "منطقة السبع بيار", "طريق دمشق – بغداد", "Sab' Biyar", "Sabaa Biyar",
                        "al-Sab' Biyar", "Seven Wells"]}
HOMS = {"accept": ["حمص", "مدينة حمص", "مراكز الإيواء المؤقتة", "Homs", "Hims"]}
RUKBAN = {"accept": ["الركبان", "مخيم الركبان", "المخيم", "Rukban", "Rukban camp", "al-Rukban", "Rokban"]}
TANF_ZONE = {"accept": ["منطقة الـ55 كيلومتراً", "منطقة الـ55 كيلومتراً المحيطة بقاعدة التنف", "قاعدة التنف", "التنف",
                        "منطقة التنف", "al-Tanf", "Tanf", "At Tanf", "55-km zone", "55 km zone"]}
RUKBAN_BERM = place({"accept": ["الساتر الترابي المحاذي للحدود الأردنية", "الساتر"]}, RUKBAN)
JO_BORDER = {"accept": ["الساتر", "حدوده الشمالية الشرقية", "Jordanian border", "berm", "Rukban"]}

# ================================================================ 225: Arsal and its outskirts, July 2017 (pan-Arab daily)
LB_ARMY = {"en": ["Lebanese army", "Lebanese Armed Forces", "LAF", "Lebanese army units", "Lebanese soldier"],
           "ar": ["الجيش اللبناني", "قيادة الجيش – مديرية التوجيه", "قيادة الجيش", "وحدات الجيش",
                  "جندي في الجيش اللبناني", "حاجز للجيش", "مصدر عسكري لبناني"]}
ARSAL_GUNMEN = {"en": ["gunmen", "unidentified gunmen", "militants", "attackers"],
                "ar": ["مسلحون بأسلحة رشاشة", "مسلحون", "المهاجمين", "المسلحين", "تحركات للمسلحين"]}
HEZBOLLAH = {"en": ["Hezbollah", "Hizbullah", "Hizballah", "Hezbollah's War Media"],
             "ar": ["«حزب الله»", "حزب الله", "«الإعلام الحربي» التابع لـ«حزب الله»", "«الإعلام الحربي»",
                    "الإعلام الحربي"]}
HTS_ARSAL = {"en": ["Hay'at Tahrir al-Sham", "HTS", "Tahrir al-Sham", "Jabhat al-Nusra", "Nusra Front"],
             "ar": ["«هيئة تحرير الشام»", "هيئة تحرير الشام", "الهيئة"]}
SY_AIR = {"en": ["Syrian Air Force", "Syrian government", "Syrian regime", "Syrian warplanes"],
          "ar": ["طائرات حربية تابعة للنظام السوري", "النظام السوري"]}
SY_ARMY_HZB = merge({"en": ["Syrian army"], "ar": ["الجيش السوري"]}, HEZBOLLAH)
ARSAL_MEDIATORS = {"en": ["mediators from Arsal", "Arsal notables", "mediators"],
                   "ar": ["وسطاء من فاعليات عرسال", "فاعليات عرسال", "وسطاء"]}
SARAYA = {"en": ["Saraya Ahl al-Sham", "Saraya Ahl al-Sham fighters"],
          "ar": ["«سرايا أهل الشام»", "سرايا أهل الشام", "فصيل «سرايا أهل الشام»"]}
ARSAL_MUNI = {"en": ["Arsal municipal council", "Arsal municipality"],
              "ar": ["المجلس البلدي لعرسال", "المجلس البلدي", "مصدر في البلدية"]}
LB_STATE = {"en": ["Lebanese state", "Lebanese government", "Lebanon"], "ar": ["الدولة اللبنانية", "الحكومة اللبنانية"]}
SY_REFUGEES_DETAINED = merge({"en": ["twenty-six people", "Syrian refugees", "refugee camps"],
                              "ar": ["ستة وعشرين شخصاً", "مخيمات النازحين السوريين"]}, CIVILIANS)
UNHCR = {"en": ["UNHCR", "UN Refugee Agency", "United Nations High Commissioner for Refugees"],
         "ar": ["المفوضية السامية للأمم المتحدة لشؤون اللاجئين", "المفوضية"]}
LB_AUTHORITIES = {"en": ["Lebanese authorities", "Lebanese government", "Lebanon"], "ar": ["السلطات اللبنانية"]}
HDC = {"en": ["Higher Defence Council", "Supreme Defense Council", "Lebanese Higher Defense Council"],
       "ar": ["المجلس الأعلى للدفاع"]}
JUROUD_MILITANTS = merge({"en": ["militants in the Arsal outskirts", "militants"],
                          "ar": ["مسلحي الجرود", "المسلحين"]}, HTS_ARSAL)
SY_COALITION = {"en": ["Syrian National Coalition", "National Coalition for Syrian Revolutionary and Opposition Forces",
                       "SOC", "Syrian opposition coalition"],
                "ar": ["الائتلاف الوطني لقوى الثورة والمعارضة السورية", "الائتلاف الوطني"]}
NUSRA_ISIS = {"en": ["Jabhat al-Nusra", "Nusra Front", "Islamic State", "ISIS", "Daesh"],
              "ar": ["«جبهة النصرة»", "تنظيم «داعش»", "جبهة النصرة", "داعش"]}
LB_SOLDIERS_2014 = merge({"en": ["Lebanese soldiers", "servicemen"], "ar": ["عدداً من العسكريين", "العسكريين"]},
                         LB_ARMY)
ARSAL_REFUGEE = merge({"en": ["Syrian refugee", "refugee", "his wife"], "ar": ["لاجئ سوري", "زوجته", "خيمته"]},
                      CIVILIANS)

ARSAL = {"accept": ["عرسال", "بلدة عرسال", "Arsal", "Aarsal", "Ersal", "Aarsâl"]}
WADI_HMEID = place({"accept": ["وادي حميد", "مدخل وادي حميد", "حاجز وادي حميد", "جرود بلدة عرسال",
                               "المرتفعات المشرفة على وادي حميد", "Wadi Hmeid", "Wadi Hamid", "Wadi Humayd"]}, ARSAL)
LABWEH = {"accept": ["جرود اللبوة", "مرتفعات جرود اللبوة", "اللبوة", "جرود عرسال", "al-Labweh", "Labweh", "Laboue",
                     "al-Labwa", "Arsal outskirts"]}
JUROUD_ARSAL = place({"accept": ["جرود عرسال", "الجرود", "Arsal outskirts", "Juroud Arsal", "Jurud Arsal"]}, ARSAL)
MALAHI = {"accept": ["الملاهي", "وادي الخيل", "منطقتي الملاهي ووادي الخيل", "جرود عرسال", "al-Malahi", "Malahi",
                     "Wadi al-Kheil", "Wadi al-Khayl", "Arsal outskirts"]}
EAST_QALAMOUN = {"accept": ["القلمون الشرقي", "بلدات القلمون الشرقي", "Eastern Qalamoun", "East Qalamoun"]}
BAABDA = {"accept": ["قصر بعبدا", "بعبدا", "Baabda", "Baabda Palace"]}
ARSAL_CAMP = place({"accept": ["مخيم على الأطراف الشرقية لعرسال", "الأطراف الشرقية لعرسال"]}, ARSAL)
