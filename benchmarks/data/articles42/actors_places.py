"""Accepted actor names and place names for the forty-second team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not copied
from the earlier sets' lists (the style is the same as the template set's: Arabic surface forms as they occur in the
articles, common variants, and English names). Syrian towns were checked against the GeoNames lists in
../shared/data/geonames/ where they have them (Shaykh Miskin, Izra', Da'il, Khirbat Ghazalah, Nawa, as-Sanamayn,
al-Hasakah, al-Qamishli, 'Amuda, al-Malikiyah, ad-Darbasiyah, Nubl, 'Afrin, al-Atarib; the districts of Izra,
al-Hasakah and al-Qamishli). Villages, neighbourhoods, camps of fighters, checkpoints and bases absent from those
lists (Ibta', Mahajja, al-Nashwa, Ghuwayran, al-Zuhur, the Panorama area, al-Kornish, al-Hilaliya, al-Antariya,
al-Zahraa, Bayanun, Taqad, Kafr Naha, Regiment 46) carry their usual spellings and, where useful, their town.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms are left out on purpose, with these exceptions, each used only in an article where
it names a single actor: «النظام» (206 and 208, only ever the Syrian government), «الجيش» (207, only ever the
Syrian army), «التنظيم» (207, only ever ISIS), «اللجنة» (206, only ever the Izraa reconciliation committee),
«الأسايش» (208), «الهيئة» (210, only ever Hay'at Tahrir al-Sham).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ================================================================ actors: shared
CIVILIANS = {"en": ["civilians", "civilian", "residents", "locals", "people", "citizens"],
             "ar": ["مدنيين", "المدنيين", "مدنيون", "مدني", "المواطنين", "مواطنين", "الأهالي", "السكان"]}

# ================================================================ 206: Sheikh Miskin and Izraa (opposition Horan agency)
ASSAD_FORCES = {"en": ["Syrian government forces", "Syrian regime forces", "Assad forces", "Syrian army",
                       "Military Forces of Syria", "Syrian government"],
                "ar": ["قوات الأسد", "مواقع قوات الأسد", "قوات النظام", "نظام الأسد", "النظام"]}
MIL_SECURITY = merge({"en": ["Military Security", "Syrian Military Intelligence", "Military Intelligence Directorate",
                             "al-Jisr checkpoint", "checkpoint"],
                      "ar": ["عناصر حاجز «الجسر»", "حاجز «الجسر»", "فرع الأمن العسكري", "الأمن العسكري",
                             "عناصر الحاجز", "الحاجز نفسه"]}, ASSAD_FORCES)
IBTA_VICTIMS = merge({"en": ["two civilians", "a child", "a man and his nephew"],
                      "ar": ["مدنيان", "طفل", "القتيلين", "خمسة آخرون"]}, CIVILIANS)
JISR_DETAINEES = {"en": ["four young men", "young men from Sheikh Miskin", "bus passengers"],
                  "ar": ["أربعة شبان من أبناء الشيخ مسكين", "أربعة شبان", "الشبان الأربعة", "الشبان"]}
SETTLED_TWO = {"en": ["two of them", "two young men"], "ar": ["اثنين منهم"]}
RECON_COMMITTEE = {"en": ["National Reconciliation Committee", "reconciliation committee", "Izraa reconciliation committee",
                          "Daraa security and military committee", "Syrian government"],
                   "ar": ["«لجنة المصالحة الوطنية»", "لجنة المصالحة الوطنية", "لجنة المصالحة", "اللجنة",
                          "اللجنة الأمنية والعسكرية في درعا"]}
NOTABLES_206 = {"en": ["notables", "notables of Da'el and Ibta'", "local dignitaries", "elders"],
                "ar": ["وجهاء بلدتي داعل وابطع وقرية خربة غزالة", "عدد من وجهاء بلدتي داعل وابطع", "الوجهاء",
                       "وجهاء"]}
SOUTHERN_FRONT = {"en": ["Southern Front", "Free Syrian Army", "FSA", "opposition factions", "rebels",
                         "armed opposition"],
                  "ar": ["فصائل من «الجبهة الجنوبية»", "«الجبهة الجنوبية»", "الجبهة الجنوبية", "فصائل المعارضة",
                         "فصائل معارضة"]}
NEGOTIATORS_206 = {"en": ["unmandated negotiators", "those who negotiate for Horan", "notables"],
                   "ar": ["كل من «يفاوض باسم أهالي حوران دون تفويض»", "يفاوض باسم أهالي حوران", "الوجهاء"]}
REGIME_REINFORCEMENTS = merge({"en": ["tanks and rocket launchers"], "ar": ["تعزيزات عسكرية"]}, ASSAD_FORCES)
DAEL_PROTESTERS = merge({"en": ["protesters", "demonstrators", "Da'el residents", "Da'el coordination committee"],
                         "ar": ["العشرات من الأهالي", "المتظاهرين", "أهالي البلدة", "«تنسيقية داعل»",
                                "تنسيقية داعل"]}, CIVILIANS)
SNIPER_VICTIM = merge({"en": ["a farmer", "farmer"], "ar": ["مزارع في الأربعينات من عمره", "مزارع"]}, CIVILIANS)
IBTA_COUNCIL = {"en": ["Ibta local council", "local council", "local council of Ibta'"],
                "ar": ["المجلس المحلي لبلدة ابطع", "المجلس المحلي", "المجلس"]}
SM_DISPLACED = {"en": ["displaced families", "families displaced from Sheikh Miskin", "IDPs"],
                "ar": ["العائلات المهجّرة من الشيخ مسكين", "العائلات المهجّرة", "العائلات"]}
TERROR_GROUPS = {"en": ["armed groups", "terrorist groups", "opposition factions", "rebels"],
                 "ar": ["«المجموعات الإرهابية»", "المجموعات الإرهابية"]}
IZRAA_WOMAN = merge({"en": ["a woman", "citizen"], "ar": ["مواطنة"]}, CIVILIANS)
SETTLED_26 = {"en": ["26 people", "twenty-six people", "former fighters", "wanted men"],
              "ar": ["ستة وعشرين شخصاً من أبناء ريف درعا", "ستة وعشرين شخصاً", "ممن تورطوا بحمل السلاح"]}
MAHAJJA_YOUTHS = {"en": ["three young men", "young men from Mahajja"],
                  "ar": ["ثلاثة شبان من بلدة محجة", "ثلاثة شبان"]}
WILLING_YOUTHS = {"en": ["many young men"], "ar": ["«عدداً كبيراً من الشبان»", "عدداً كبيراً من الشبان"]}
SM_RESIDENTS = merge({"en": ["residents of Sheikh Miskin", "most of the town's people"],
                      "ar": ["معظم سكان المدينة"]}, CIVILIANS)
RUSSIA_AIR = {"en": ["Russian air force", "Russia", "Russian Aerospace Forces"], "ar": ["الغارات الروسية"]}
ASSAD_VS_REBELS = merge(ASSAD_FORCES, SOUTHERN_FRONT)

IBTA = {"accept": ["ابطع", "بلدة ابطع", "الحارة الشرقية من بلدة ابطع", "إبطع", "الحارة الشرقية", "Ibta'",
                   "Ibta", "Ibtaa", "Ebtaa"]}
SHEIKH_MISKIN = {"accept": ["الشيخ مسكين", "مدينة الشيخ مسكين", "شيخ مسكين", "الحي الغربي للمدينة",
                            "Sheikh Miskin", "Shaykh Miskin", "Ash Shaykh Miskin", "Sheikh Maskin",
                            "al-Shaykh Maskin"]}
IZRAA = {"accept": ["إزرع", "مدينة إزرع", "ازرع", "المدخل الشمالي للمدينة", "حاجز «الجسر»", "حي المحطة",
                    "المركز الثقافي بالمدينة", "Izraa", "Izra", "Izra'", "Ezraa", "Izra District"]}
DAEL = {"accept": ["داعل", "بلدة داعل", "الساحة العامة", "Da'el", "Dael", "Da'il", "Dā'il"]}

# ================================================================ 207: al-Hasakah city (state-run regional daily)
SY_ARMY = {"en": ["Syrian Arab Army", "Syrian army", "Military Forces of Syria", "Syrian government forces",
                  "army units"],
           "ar": ["الجيش العربي السوري", "وحدات من الجيش العربي السوري", "وحدات الجيش", "الجيش"]}
NDF = {"en": ["National Defence Forces", "National Defense Forces", "NDF"],
       "ar": ["قوات الدفاع الوطني", "الدفاع الوطني"]}
ISIS = {"en": ["Islamic State", "ISIS", "ISIL", "IS", "Daesh"],
        "ar": ["تنظيم «داعش»", "داعش", "«داعش»", "إرهابيي تنظيم «داعش»", "إرهابيو التنظيم", "إرهابيي «داعش»",
               "الإرهابيين", "التنظيم"]}
ARMY_NDF = merge(SY_ARMY, NDF)
ARMY_NDF_ISIS = merge(ARMY_NDF, ISIS)
MARKET_VICTIMS = merge({"en": ["three citizens", "a woman", "market-goers"],
                        "ar": ["ثلاثة مواطنين", "امرأة", "تسعة آخرون", "مواطنين"]}, CIVILIANS)
SY_AIR = {"en": ["Syrian Air Force", "Syrian Arab Air Force", "Syrian army", "Military Forces of Syria"],
          "ar": ["سلاح الجو في الجيش العربي السوري", "سلاح الجو", "الجيش العربي السوري"]}
ISIS_POSITIONS = merge({"en": ["ISIS positions", "ISIS supply lines"],
                        "ar": ["تجمعات إرهابيي «داعش»", "خطوط إمدادهم"]}, ISIS)
HASAKAH_GOVERNOR = {"en": ["Governor of al-Hasakah", "Hasakah governor", "governor", "Syrian government"],
                    "ar": ["محافظ الحسكة", "المحافظ"]}
TRIBAL_DELEGATION = {"en": ["tribal delegation", "tribal sheikhs and notables", "Tayy", "Jabour", "Baggara",
                            "tribes"],
                     "ar": ["وفداً من شيوخ ووجهاء عشائر طيّ والجبور والبكارة", "شيوخ ووجهاء عشائر",
                            "عشائر طيّ والجبور والبكارة", "أعضاؤه", "أبناء العشائر"]}
SARC_RELIEF = {"en": ["Syrian Arab Red Crescent", "SARC", "Red Crescent", "relief committee"],
               "ar": ["منظمة الهلال الأحمر العربي السوري", "الهلال الأحمر العربي السوري",
                      "لجنة الإغاثة الفرعية في المحافظة", "رئيس فرع المنظمة"]}
HASAKAH_DISPLACED = {"en": ["displaced families", "IDPs", "displaced people"],
                     "ar": ["الأسر الوافدة إلى مراكز الإيواء", "الأسر الوافدة", "مئات العائلات"]}
HASAKAH_POLICE = {"en": ["al-Hasakah police command", "Hasakah police", "police", "Syrian police"],
                  "ar": ["قيادة شرطة محافظة الحسكة", "قيادة شرطة"]}
SOUTH_RESIDENTS = merge({"en": ["residents of the southern quarters"], "ar": ["الأحياء الجنوبية من المدينة"]},
                        CIVILIANS)
ZUHUR_YOUTHS = merge({"en": ["five young men", "young men", "men of the quarter"],
                      "ar": ["خمسة شبان من أبناء الحي", "خمسة شبان"]}, CIVILIANS)
ZUHUR_MEN = merge({"en": ["several men", "men"], "ar": ["عدداً من الرجال"]}, CIVILIANS)
HASAKAH_RALLY = {"en": ["civil and party bodies", "pro-government demonstrators", "residents", "Baath Party"],
                 "ar": ["فعاليات أهلية وحزبية في الحسكة", "فعاليات أهلية وحزبية", "الآلاف من أبناء المحافظة"]}

NASHWA = {"accept": ["حي النشوة الغربية", "حي النشوة", "النشوة", "الحسكة", "مدينة الحسكة", "al-Nashwa",
                     "Nashwa", "al-Hasakah", "Hasakah", "Al Hasakah"]}
HASAKAH_MARKET = {"accept": ["السوق المركزي", "الحسكة", "مدينة الحسكة", "قلب المدينة", "al-Hasakah", "Hasakah",
                             "Al Hasakah", "Al-Hasakah"]}
PANORAMA = {"accept": ["منطقة البانوراما", "البانوراما", "المدخل الجنوبي للمدينة", "الحسكة", "Panorama",
                       "al-Hasakah", "Hasakah"]}
HASAKAH_CITY = {"accept": ["الحسكة", "مدينة الحسكة", "محافظة الحسكة", "al-Hasakah", "Hasakah", "Al Hasakah",
                           "Al-Hasakah"]}
GHUWAYRAN_PRISON = {"accept": ["سجن الحسكة المركزي", "حي غويران", "غويران", "الحسكة", "Ghuwayran", "Ghweiran",
                               "Hasakah Central Prison", "al-Hasakah"]}
HASAKAH_SOUTH = place({"accept": ["الأحياء الجنوبية من المدينة", "الأحياء الجنوبية"]}, HASAKAH_CITY)
ZUHUR = {"accept": ["حي الزهور", "الزهور", "الحسكة", "al-Zuhur", "Zuhur", "al-Hasakah", "Hasakah"]}
HASAKAH_SOUTH_QUARTERS = place({"accept": ["الأحياء الجنوبية للمدينة"]}, HASAKAH_CITY)

# ================================================================ 208: Qamishli (KNC-aligned Kurdish opposition site)
ASAYISH = {"en": ["Asayish", "Asayish internal security forces", "Kurdish internal security", "PYD",
                  "Democratic Union Party", "Autonomous Administration"],
           "ar": ["قوات «الأسايش»", "«الأسايش»", "الأسايش", "دورية من الأسايش", "حزب الاتحاد الديمقراطي",
                  "الإدارة الذاتية"]}
PYD = {"en": ["Democratic Union Party", "PYD"], "ar": ["حزب الاتحاد الديمقراطي", "الاتحاد الديمقراطي", "حليفه"]}
PYD_ASAYISH = merge(PYD, ASAYISH)
KNC = {"en": ["Kurdish National Council", "KNC", "ENKS", "Kurdish National Council in Syria"],
       "ar": ["«المجلس الوطني الكردي في سوريا»", "المجلس الوطني الكردي في سوريا", "المجلس الوطني الكردي",
              "الأمانة العامة للمجلس الوطني الكردي", "المجلس"]}
KNC_PARTIES = merge({"en": ["KNC parties", "three parties", "Kurdistan Democratic Party of Syria", "KDP-S",
                            "party offices"],
                     "ar": ["مكاتب ثلاثة أحزاب", "ثلاثة أحزاب", "الأحزاب المعنية", "مكتب الحزب",
                            "«الحزب الديمقراطي الكردستاني – سوريا»"]}, KNC)
KNC_DETAINEES = merge({"en": ["six members", "six party members", "detainees"],
                       "ar": ["ستة من أعضاء تلك الأحزاب", "ستة من أعضائها", "المعتقلين الستة", "المعتقلين"]}, KNC)
KNC_SUPPORTERS = merge({"en": ["KNC supporters", "supporters", "protesters", "hundreds of supporters"],
                        "ar": ["المئات من أنصاره", "أنصاره", "العشرات من أنصار المجلس وأعضائه", "أنصار المجلس"]},
                       KNC)
COALITION = {"en": ["Global Coalition", "US-led coalition", "international coalition", "United States", "USA"],
             "ar": ["التحالف الدولي بقيادة الولايات المتحدة", "التحالف الدولي", "الولايات المتحدة"]}
TR_BORDER_GUARDS = {"en": ["Turkish Gendarmerie", "Turkish border guards", "Jandarma", "Turkey",
                           "Military Forces of Turkey"],
                    "ar": ["حرس الحدود التركي «الجندرمة»", "حرس الحدود التركي", "«الجندرمة»", "الجندرمة"]}
BORDER_VICTIM = merge({"en": ["a young man", "young man", "border crosser"],
                       "ar": ["شاب في العشرينات من عمره", "شاب"]}, CIVILIANS)
KNC_RELEASED = merge({"en": ["two of the six detainees", "two detainees"],
                      "ar": ["اثنين من المعتقلين الستة", "اثنين من المعتقلين"]}, KNC_DETAINEES)
SY_MIL_SECURITY = {"en": ["Syrian Military Intelligence", "Military Security", "Syrian government",
                          "Syrian regime"],
                   "ar": ["دورية تابعة لفرع الأمن العسكري", "فرع الأمن العسكري", "الأمن العسكري", "النظام"]}
HILALIYA_YOUTHS = merge({"en": ["two young men", "young men"], "ar": ["شابين من حي الهلالية", "شابين"]},
                        CIVILIANS)
KNC_OFFICES = merge({"en": ["KNC offices"], "ar": ["مكاتب المجلس في المالكية (ديريك) والدرباسية",
                                                   "مكاتب المجلس"]}, KNC)
TEV_DEM = {"en": ["Movement for a Democratic Society", "TEV-DEM", "Tev-Dem", "PYD"],
           "ar": ["«حركة المجتمع الديمقراطي» (TEV-DEM)", "حركة المجتمع الديمقراطي", "TEV-DEM",
                  "عضو في هيئتها التنفيذية"]}
KNC_DELEGATION = merge({"en": ["KNC delegation", "delegation"], "ar": ["وفداً من المجلس"]}, KNC)
US_STATE_DEPT = {"en": ["US State Department", "State Department", "United States", "US"],
                 "ar": ["ممثلين عن وزارة الخارجية الأميركية", "وزارة الخارجية الأميركية", "الخارجية الأميركية"]}
YEKITI_MEMBER = {"en": ["Yekiti Party member", "Kurdish Yekiti Party in Syria", "Yekiti"],
                 "ar": ["عضو في «حزب يكيتي الكردي في سوريا»", "«حزب يكيتي الكردي في سوريا»",
                        "حزب يكيتي الكردي في سوريا", "سيارة عضو"]}
REGIME_CELLS = {"en": ["regime cells", "Syrian government", "Syrian regime"],
                "ar": ["«خلايا تابعة للنظام»", "خلايا تابعة للنظام", "النظام"]}
KNC_LEADERS = merge({"en": ["four KNC leaders", "KNC leaders"], "ar": ["أربعة من قياديي المجلس",
                                                                      "قياديي المجلس"]}, KNC)
KNC_TEVDEM = merge(KNC, TEV_DEM, {"en": ["Kurdistan Region presidency"], "ar": ["رئاسة إقليم كردستان العراق"]})
SY_REGIME_FORCES_2004 = {"en": ["Syrian government forces", "Syrian regime"], "ar": ["قوات النظام"]}
KURDS_2004 = {"en": ["Kurds", "Kurdish civilians"], "ar": ["أكثر من ثلاثين كردياً"]}

QAMISHLI = {"accept": ["قامشلو", "القامشلي", "مدينة قامشلو", "قامشلي", "Qamishli", "Al Qamishli", "Qamishlo",
                       "Al-Qamishli"]}
KORNISH = place({"accept": ["حي الكورنيش", "الكورنيش", "al-Kornish", "Kornish"]}, QAMISHLI)
QAMISHLI_BORDER = place({"accept": ["الشريط الحدودي شرقي قامشلو", "شرقي قامشلو", "الشريط الحدودي",
                                    "Syrian-Turkish border", "Turkish border"]}, QAMISHLI)
AMUDA = {"accept": ["عامودا", "مدينة عامودا", "Amuda", "Amouda", "'Amuda", "Amude"]}
HILALIYA = place({"accept": ["حي الهلالية", "الهلالية", "دوار السبع بحرات", "«المربع الأمني»", "المربع الأمني",
                             "al-Hilaliya", "Hilaliya"]}, QAMISHLI)
MALIKIYAH_DARBASIYAH = {"accept": ["المالكية", "ديريك", "الدرباسية", "al-Malikiyah", "Malikiyah", "Derik",
                                   "Al Malikiyah", "al-Darbasiyah", "Darbasiyah", "Ad Darbasiyah"]}
ERBIL = {"accept": ["أربيل", "مدينة أربيل", "Erbil", "Arbil", "Irbil"]}
ANTARIYA = place({"accept": ["حي العنترية", "العنترية", "al-Antariya", "Antariya"]}, QAMISHLI)
DARBASIYAH = {"accept": ["الدرباسية", "مدينة الدرباسية", "al-Darbasiyah", "Darbasiyah", "Ad Darbasiyah"]}
DUHOK = {"accept": ["دهوك", "Duhok", "Dohuk"]}

# ================================================================ 209: Nubl and al-Zahraa (Lebanese "resistance" site)
NUSRA = {"en": ["Jabhat al-Nusra", "al-Nusra Front", "Nusra Front", "al-Qaeda in Syria"],
         "ar": ["«جبهة النصرة»", "جبهة النصرة", "«النصرة»", "النصرة"]}
ISLAMIC_FRONT = {"en": ["Islamic Front", "rebels", "opposition factions"],
                 "ar": ["فصائل من «الجبهة الإسلامية»", "«الجبهة الإسلامية»", "الجبهة الإسلامية"]}
ATTACKERS_209 = merge(NUSRA, ISLAMIC_FRONT, {"en": ["attackers", "militants"], "ar": ["المهاجمين", "المهاجمون"]})
DEFENDERS = {"en": ["popular committees", "local defenders", "defenders of Nubl and al-Zahraa",
                    "pro-government militia", "NDF"],
             "ar": ["المدافعون عن بلدة الزهراء", "المدافعون", "المدافعين", "اللجان الشعبية"]}
ZAHRAA_FIGHT = merge(DEFENDERS, ATTACKERS_209)
NUBL_VICTIMS = merge({"en": ["a woman and her daughter", "a woman", "eleven civilians"],
                      "ar": ["امرأة وطفلتها", "امرأة", "أحد عشر مدنياً"]}, CIVILIANS)
SY_ARMY_HELI = {"en": ["Syrian Arab Army", "Syrian army", "Syrian army helicopters", "Syrian Arab Air Force",
                       "Military Forces of Syria", "Syrian government"],
                "ar": ["مروحيات تابعة للجيش العربي السوري", "الجيش العربي السوري", "مروحيات"]}
TOWNS_RESIDENTS = merge({"en": ["residents of Nubl and al-Zahraa", "the two towns", "local relief committee"],
                         "ar": ["البلدتين", "لجنة الإغاثة المحلية"]}, CIVILIANS)
ABDUCTORS = merge({"en": ["gunmen", "armed men"],
                   "ar": ["مسلحون يُعتقد أنهم ينتمون إلى «الجبهة الإسلامية»", "مسلحون"]}, ISLAMIC_FRONT)
NUBL_ABDUCTEES = merge({"en": ["six residents of Nubl", "six people", "two women", "abductees"],
                        "ar": ["ستة من أهالي نبل بينهم امرأتان", "ستة من أهالي نبل", "امرأتان"]}, CIVILIANS)
ABDUCTEES_FAMILIES = {"en": ["families", "relatives", "abductees' families"], "ar": ["ذووهم"]}
ICRC_SARC = {"en": ["ICRC", "International Committee of the Red Cross", "Syrian Arab Red Crescent", "SARC",
                    "Red Cross"],
             "ar": ["اللجنة الدولية للصليب الأحمر", "الصليب الأحمر", "منظمة الهلال الأحمر العربي السوري",
                    "الهلال الأحمر العربي السوري"]}
AFRIN_MEDIATORS = {"en": ["mediators", "Afrin notables", "intermediaries"],
                   "ar": ["وسطاء من وجهاء عفرين", "وسطاء", "وجهاء عفرين"]}
SY_STATE = {"en": ["Syrian government", "Syrian state", "Syrian regime"], "ar": ["الدولة السورية"]}
NUSRA_STATE = merge(NUSRA, SY_STATE)
STATE_MEDIATORS = merge(SY_STATE, AFRIN_MEDIATORS)
OPS_ROOM = {"en": ["Northern Aleppo countryside operations room", "rebel operations room", "opposition factions",
                   "rebels", "militants"],
            "ar": ["«غرفة عمليات ريف حلب الشمالي»", "غرفة عمليات ريف حلب الشمالي", "صفحات «تنسيقيات» المسلحين",
                   "المسلحين"]}
TOWNS_DEFENDERS = merge({"en": ["Nubl and al-Zahraa", "the two towns"], "ar": ["نبل والزهراء", "البلدتين"]},
                        DEFENDERS)
HEZBOLLAH_IRGC = {"en": ["Hezbollah", "Hizbullah", "IRGC", "Islamic Revolutionary Guard Corps", "Iran"],
                  "ar": ["«حزب الله»", "حزب الله", "الحرس الثوري الإيراني", "الحرس الثوري"]}
ZAHRAA_2013_ATTACKERS = {"en": ["the same factions", "rebels"], "ar": ["الفصائل نفسها"]}

MILITANTS_209 = {"en": ["militants", "rebels", "gunmen"], "ar": ["المسلحون"]}
ZAHRAA = {"accept": ["الزهراء", "بلدة الزهراء", "أطراف الزهراء", "al-Zahraa", "Zahraa", "az-Zahra", "Al Zahraa",
                     "Nubl and al-Zahraa"]}
NUBL_ZAHRAA = {"accept": ["البلدتين", "نبل", "بلدة نبل", "الزهراء", "نبل والزهراء", "Nubl", "Nubbol", "al-Zahraa",
                          "Zahraa", "Nubl and al-Zahraa"]}
NUBL = place({"accept": ["الحي الشمالي من بلدة نبل"]}, NUBL_ZAHRAA)
NUBL_AFRIN_ROAD = {"accept": ["الطريق الوحيد الذي يربط البلدتين بمدينة عفرين", "طريق عفرين", "عفرين", "نبل",
                              "Afrin", "Nubl", "Nubl-Afrin road"]}

# ================================================================ 210: al-Atarib (local radio station's site)
HTS = {"en": ["Hay'at Tahrir al-Sham", "HTS", "Tahrir al-Sham"],
       "ar": ["«هيئة تحرير الشام»", "هيئة تحرير الشام", "«تحرير الشام»", "تحرير الشام", "مقاتلي «الهيئة»",
              "«الهيئة»", "الهيئة"]}
ATARIB_VICTIMS = merge({"en": ["three civilians", "a girl", "a father and his brother"],
                        "ar": ["ثلاثة مدنيين", "طفلة", "الطفلة القتيلة", "ثمانية آخرون"]}, CIVILIANS)
NFL = {"en": ["National Front for Liberation", "National Liberation Front", "NFL", "NLF"],
       "ar": ["«الجبهة الوطنية للتحرير»", "الجبهة الوطنية للتحرير"]}
LOCAL_FIGHTERS = {"en": ["local factions", "local fighters", "Atarib fighters", "rebels"],
                  "ar": ["فصائل محلية من أبناء المدينة", "فصائل محلية", "عدداً من المقاتلين المحليين من أبناء المدينة",
                         "المقاتلين المحليين", "المقاتلين الرافضين للاتفاق"]}
ATARIB_FIGHT = merge(HTS, NFL, LOCAL_FIGHTERS)
ATARIB_PROTESTERS = merge({"en": ["protesters", "demonstrators", "hundreds of residents", "women"],
                           "ar": ["مئات من أهالي المدينة", "أهالي المدينة", "نساءً"]}, CIVILIANS)
BOTH_SIDES_210 = merge({"en": ["both sides", "the two sides"], "ar": ["الطرفين"]}, HTS, NFL)
MEDIA_ACTIVISTS = {"en": ["two media activists", "media activists", "citizen journalists"],
                   "ar": ["ناشطان إعلاميان من أبناء المدينة", "ناشطان إعلاميان"]}
ATARIB_DELEGATION = {"en": ["Atarib notables", "delegation of notables", "Atarib local council", "local council"],
                     "ar": ["وفداً من وجهاء الأتارب وأعضاء مجلسها المحلي", "وجهاء الأتارب", "مجلسها المحلي",
                            "الوجهاء", "المجلس المحلي"]}
ATARIB_DEAL_PARTIES = merge({"en": ["the two sides"], "ar": ["الطرفين"]}, ATARIB_DELEGATION, HTS)
ZINKI = {"en": ["Nour al-Din al-Zenki Movement", "Nour al-Din al-Zinki", "Zinki", "Zenki"],
         "ar": ["«عصابات الزنكي»", "عصابات الزنكي", "الزنكي", "حركة نور الدين الزنكي"]}
SY_REGIME_210 = {"en": ["Syrian government forces", "Syrian regime forces", "Syrian army", "Military Forces of Syria"],
                 "ar": ["قوات النظام"]}
HTS_CONVOY = merge({"en": ["HTS convoy"], "ar": ["رتل عسكري كبير للهيئة"]}, HTS)
JOINT_COMMITTEE = merge({"en": ["joint committee"], "ar": ["«اللجنة المشتركة»", "اللجنة المشتركة"]},
                        ATARIB_DELEGATION)
ATARIB_ACTIVISTS = {"en": ["activists", "Atarib activists"], "ar": ["ناشطون من المدينة", "ناشطون"]}
HTS_VS_JTS = merge(HTS, {"en": ["Jabhat Tahrir Souriya", "Syrian Liberation Front"],
                         "ar": ["«جبهة تحرير سوريا»", "جبهة تحرير سوريا"]})

ATARIB = {"accept": ["الأتارب", "مدينة الأتارب", "الحي الشمالي", "أتارب", "al-Atarib", "Atarib", "Al Atarib",
                     "Al Atārib", "El Atareb"]}
ATARIB_EDGES = place({"accept": ["المدخلين الشرقي والشمالي للأتارب", "مفرق تقاد"]}, ATARIB)
ATARIB_TAQAD_ROAD = place({"accept": ["الطريق الواصل بين الأتارب وتقاد", "تقاد", "Taqad", "Tqad"]}, ATARIB)
TAQAD = {"accept": ["تقاد", "بلدة تقاد", "Taqad", "Tqad", "Taqqad"]}
KAFR_NAHA = {"accept": ["كفرناها", "بلدة كفرناها", "الفوج 46", "محيط الفوج 46", "الأتارب", "Kafr Naha", "Kafrnaha",
                        "Regiment 46", "al-Atarib"]}
WEST_ALEPPO = {"accept": ["ريف حلب الغربي", "western Aleppo countryside", "Aleppo"]}
