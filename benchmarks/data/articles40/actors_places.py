"""Accepted actor names and place names for the fortieth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not copied
from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the articles, common
variants, and English names). Towns were checked against the GeoNames lists in ../shared/data/geonames/ where they
have them (Hamah; Tadmur, As Sukhnah, Homs; Ma'arrat an Nu'man, Kafranbel, Hish, As Suqaylibiyah, Ad Dana, I'zaz;
Jablah, 'Ayn Shiqaq, Al Qutaylibiyah, Bayt Yashut, Al Qardahah; Tall Tamr, Al Hasakah, Al Qamishli, Ad Darbasiyah,
and Ash Shaddadah for al-Shaddadi). Neighbourhoods, oil fields, hills, villages and crossings absent from those lists
(Hama's al-Arbaeen, al-Hamidiya, Tariq Halab, Bab Qibli, al-Sabuniya and al-Hader; the Jazal field, Arak and the
Valley of the Tombs; Ma'arshurin, Talmenas, Deir al-Sharqi, Jarjanaz, al-Sarman and Kafr Lusin; Tal Shamiram and Tal
Hurmiz on the Khabur, Jabal Abd al-Aziz) carry their usual spellings and, where useful, their town or district.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الأمن», «الوفد», «الحكومة») are left out on purpose, with
these exceptions, each used only where it names a single actor: «النظام» (every article: only ever the Syrian
government), «الكتيبة» and «الحاجز» (196), «التنظيم» (197 and 200, only ever ISIS), «المحافظ» and «المركز» (197, the
Homs governor and the Russian centre), «الهيئة» and «الثوار» (198, HTS and the rebels), «المسلح» and «القاتل» (199,
the NDF man), «الوحدات» and «الحرس» (200, the YPG and the Khabur Guards).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ================================================================ actors: shared
CIVILIANS = {"en": ["civilians", "civilian", "residents", "locals", "people", "citizens"],
             "ar": ["مدنيين", "المدنيين", "مدنيون", "مدني", "المواطنين", "مواطنين", "الأهالي", "السكان"]}
SY_REGIME = {"en": ["Syrian government", "Syrian regime", "Syrian army", "Syrian Arab Army", "regime forces",
                    "Military Forces of Syria", "government forces"],
             "ar": ["قوات النظام", "النظام", "النظام السوري", "الجيش العربي السوري", "الجيش السوري",
                    "جيش النظام", "عناصر النظام"]}
ISIS = {"en": ["Islamic State", "ISIS", "IS", "ISIL", "Daesh"],
        "ar": ["داعش", "تنظيم داعش", "تنظيم «داعش»", "«داعش»", "الدولة الإسلامية", "تنظيم «الدولة الإسلامية»",
               "التنظيم الإرهابي", "إرهابيو تنظيم «داعش»", "إرهابيي «داعش»", "إرهابيو «داعش»"]}
RUSSIA = {"en": ["Russia", "Russian military", "Russian Air Force", "Russian Aerospace Forces", "Russian Armed Forces"],
          "ar": ["روسيا", "الروسي", "الروسية", "الطيران الروسي", "الطائرات الروسية", "موسكو"]}
TURKEY = {"en": ["Turkey", "Turkish military", "Turkish Armed Forces", "Turkish army", "Turkish government"],
          "ar": ["تركيا", "التركي", "تركياً", "أنقرة", "الجانب التركي"]}

# ================================================================ 196: Hama city, May 2012 (revolutionary network)
HAMA_SNIPERS = merge({"en": ["snipers", "regime snipers", "Military Intelligence", "Military Security branch"],
                      "ar": ["قناصة", "القناصة", "فرع الأمن العسكري", "الأمن العسكري"]}, SY_REGIME)
HAMA_MOURNERS = merge({"en": ["two young men", "mourners", "funeral mourners"],
                       "ar": ["شابان", "المشيّعين", "الشهيدين", "ثلاثة آخرون"]}, CIVILIANS)
HAMA_SECURITY = merge({"en": ["security forces", "shabiha", "security forces and shabiha", "security patrols",
                              "security patrol"],
                       "ar": ["قوات الأمن والشبيحة", "قوات الأمن", "الشبيحة", "دوريات الأمن", "دورية أمنية",
                              "الأجهزة الأمنية"]}, SY_REGIME)
ARBAEEN_DETAINEES = {"en": ["seventeen young men", "young men", "university students", "detainees"],
                     "ar": ["سبعة عشر شاباً", "شاباً", "طالبان في جامعة البعث", "عشرات المنازل"]}
UN_OBSERVERS = {"en": ["UN observers", "international observers", "UNSMIS", "UN Supervision Mission in Syria",
                       "observers' delegation"],
                "ar": ["وفد من بعثة المراقبين الدوليين", "بعثة المراقبين الدوليين", "المراقبين الدوليين",
                       "وفد المراقبين الدوليين", "المراقبين", "مراقبين"]}
ARBAEEN_RESIDENTS = merge({"en": ["residents", "relatives of detainees", "families of detainees"],
                           "ar": ["عدداً من الأهالي وذوي المعتقلين", "ذوي المعتقلين", "أحد الحاضرين"]}, CIVILIANS)
HAMIDIYA_PROTESTERS = merge({"en": ["protesters", "demonstrators", "hundreds of protesters"],
                             "ar": ["المشاركون", "المتظاهرين", "أحد المتظاهرين", "اثنين آخرين", "المئات"]}, CIVILIANS)
LCC = {"en": ["Local Coordination Committees", "LCC"], "ar": ["لجان التنسيق المحلية"]}
SABUNIYA_GUNMEN = {"en": ["armed terrorist group", "armed group", "gunmen"],
                   "ar": ["«مجموعة إرهابية مسلحة»", "مجموعة إرهابية مسلحة", "أفراد المجموعة"]}
POLICE_SERGEANT = {"en": ["police warrant officer", "police sergeant", "policeman"],
                   "ar": ["مساعداً أول في الشرطة", "مساعد أول في الشرطة"]}
HAMA_AUTHORITIES = merge({"en": ["competent authorities", "authorities", "security patrol"],
                          "ar": ["الجهات المختصة", "دورية أمنية"]}, SY_REGIME)
HADER_VICTIMS = merge({"en": ["two young men", "two of the group", "vegetable sellers"],
                       "ar": ["اثنين منهم", "القتيلين", "شابان يعملان على بسطة خضار", "جثتيهما"]}, CIVILIANS)
SETTLED_MEN = {"en": ["twenty-eight men", "misled persons", "wanted men"],
               "ar": ["ثمانية وعشرين", "«من المغرّر بهم»", "المغرّر بهم"]}
TARIQ_HALAB_CHECKPOINT = merge({"en": ["checkpoint members", "checkpoint at the entrance of the neighbourhood"],
                                "ar": ["عناصر الحاجز المقام عند مدخل الحي", "عناصر الحاجز", "الحاجز"]}, SY_REGIME)
AMBULANCE = merge({"en": ["ambulance", "wounded student"], "ar": ["سيارة الإسعاف", "أحد الشهيدين"]}, CIVILIANS)
HAMA_COORDINATIONS = {"en": ["Hama coordination committees", "local coordination committees of the city",
                             "tansiqiyat"],
                      "ar": ["تنسيقيات المدينة", "تنسيقيات"]}
POLITICAL_SECURITY = merge({"en": ["Political Security", "Political Security Directorate", "security members"],
                            "ar": ["الأمن السياسي", "عناصر من الأمن السياسي"]}, SY_REGIME)
HAMA_SHOPKEEPERS = merge({"en": ["shopkeepers", "shop owners", "traders"],
                          "ar": ["أصحابها", "محال الأسواق القديمة", "التجار"]}, CIVILIANS)
FSA_NAWAIR = {"en": ["Free Syrian Army", "FSA", "Ahrar al-Nawair Battalion", "Ahrar al-Nawa'ir battalion"],
              "ar": ["«كتيبة أحرار النواعير»", "كتيبة أحرار النواعير", "الجيش السوري الحر", "الكتيبة",
                     "المتحدث في التسجيل"]}
HAMA_CHECKPOINT = merge({"en": ["regime checkpoint", "checkpoint", "three soldiers"],
                         "ar": ["حاجز لقوات النظام", "ثلاثة عناصر"]}, SY_REGIME)
FOURTH_DIVISION = merge({"en": ["Fourth Division", "4th Armoured Division", "military reinforcements"],
                         "ar": ["الفرقة الرابعة", "تعزيزات عسكرية كبيرة من الفرقة الرابعة"]}, SY_REGIME)
HAMA_TANKS = merge({"en": ["tanks", "army tanks"], "ar": ["الدبابات"]}, SY_REGIME)

TARIQ_HALAB = {"accept": ["طريق حلب", "حي طريق حلب", "حماة", "مدينة حماة", "Tariq Halab", "Hama", "Hamah"]}
ARBAEEN = {"accept": ["الأربعين", "حي الأربعين", "حماة", "Arbaeen", "al-Arbaeen", "Hama", "Hamah"]}
HAMA_QUARTERS = {"accept": ["الأربعين", "الحميدية", "باب قبلي", "حي الأربعين", "حماة", "al-Arbaeen",
                            "al-Hamidiya", "Bab Qibli", "Hama", "Hamah"]}
HAMIDIYA = {"accept": ["الحميدية", "حي الحميدية", "حماة", "al-Hamidiya", "Hamidiyeh", "Hama", "Hamah"]}
SABUNIYA = {"accept": ["الصابونية", "حي الصابونية", "حماة", "al-Sabuniya", "Sabouniyeh", "Hama", "Hamah"]}
HADER = {"accept": ["الحاضر", "حي الحاضر", "حماة", "al-Hader", "al-Hadir", "Hama", "Hamah"]}
HAMA = {"accept": ["حماة", "مدينة حماة", "محافظة حماة", "Hama", "Hamah"]}
HAMA_MARKETS = {"accept": ["الأسواق القديمة", "محال الأسواق القديمة", "حماة", "Hama old markets", "Hama", "Hamah"]}
HAMA_GOV_BUILDING = {"accept": ["مبنى المحافظة", "حماة", "Hama governorate building", "Hama", "Hamah"]}
HAMA_AIRPORT = {"accept": ["مطار حماة العسكري", "مطار حماة", "حماة", "Hama military airport", "Hama airbase",
                           "Hama"]}

# ================================================================ 197: Palmyra and the desert, July 2016 (loyalist)
SY_ARMY_AUX = merge({"en": ["Syrian Arab Army", "auxiliary forces", "army units", "army and auxiliary forces"],
                     "ar": ["وحدات من الجيش العربي السوري والقوات الرديفة", "الجيش العربي السوري", "القوات الرديفة",
                            "عناصر الجيش", "الجيش والقوات الرديفة"]}, SY_REGIME)
ISIS_PALMYRA = merge({"en": ["ISIS terrorists", "terrorists"],
                      "ar": ["إرهابيو تنظيم «داعش»", "الإرهابيين", "إرهابياً", "التنظيم", "«داعش»"]}, ISIS)
ARMY_VS_ISIS = merge(SY_ARMY_AUX, ISIS_PALMYRA)
SY_RU_AIR = merge({"en": ["Syrian and Russian air forces", "Syrian Air Force", "Russian Air Force", "warplanes"],
                   "ar": ["الطيران الحربي السوري والروسي", "الطيران الحربي"]}, RUSSIA)
ISIS_CONVOY = merge({"en": ["ISIS gatherings", "supply lines", "convoy of vehicles"],
                     "ar": ["تجمعات الإرهابيين", "رتلاً من السيارات", "خطوط إمدادهم"]}, ISIS_PALMYRA)
PALMYRA_SHEPHERDS = merge({"en": ["two shepherds", "shepherds", "a child"],
                           "ar": ["راعيان من أبناء تدمر", "راعيان", "طفل"]}, CIVILIANS)
PALMYRA_NOTABLES = {"en": ["Palmyra notables", "delegation of displaced Palmyra notables", "notables of Tadmur"],
                    "ar": ["وفد من وجهاء تدمر المهجّرين", "وجهاء تدمر", "وفد من وجهاء تدمر"]}
HOMS_GOVERNOR = {"en": ["Homs governor", "Governor of Homs", "Homs governorate"],
                 "ar": ["محافظ حمص", "المحافظ", "صفحة المحافظة"]}
HOMS_SECURITY_COMMITTEE = merge({"en": ["security committee", "Homs governor"],
                                 "ar": ["لجنة أمنية"]}, HOMS_GOVERNOR)
PALMYRA_YOUTHS = {"en": ["young men who evaded service", "young men of Palmyra", "draft evaders"],
                  "ar": ["الشبان المتخلفين عن الخدمة", "الشبان المتخلفين عن الخدمة من أبناء المدينة"]}
DESERT_HAWKS = merge({"en": ["Desert Hawks", "Suqour al-Sahara", "Desert Hawks Brigade"],
                      "ar": ["«صقور الصحراء»", "صقور الصحراء", "مجموعات من «صقور الصحراء»"]}, SY_ARMY_AUX)
IRAN_BACKED = {"en": ["Iran-backed fighters", "Iraqi and Afghan fighters", "Iran-backed militias"],
               "ar": ["مقاتلين عراقيين وأفغان تدعمهم إيران", "إيران"]}
RU_RECONCILIATION = merge({"en": ["Russian Reconciliation Centre", "Russian Centre for Reconciliation",
                                  "Hmeimim reconciliation centre"],
                           "ar": ["المركز الروسي للمصالحة في حميميم", "المركز الروسي للمصالحة", "مركز المصالحة الروسي",
                                  "المركز"]}, RUSSIA)
PALMYRA_DISPLACED = merge({"en": ["displaced families from Palmyra", "displaced families", "families"],
                           "ar": ["العائلات المهجّرة من تدمر", "العائلات المهجّرة"]}, CIVILIANS)
SUKHNAH_VICTIMS = merge({"en": ["three young men", "young men of al-Sukhnah"],
                         "ar": ["ثلاثة شبان من أبناء المدينة", "ثلاثة شبان"]}, CIVILIANS)
SUKHNAH_RESIDENTS = merge({"en": ["residents of al-Sukhnah", "twenty people", "women"],
                           "ar": ["أكثر من عشرين شخصاً", "نساء"]}, CIVILIANS)

JAZAL = {"accept": ["حقل جزل", "حقل جزل النفطي", "جزل", "تدمر", "مدينة تدمر", "Jazal", "Jazal field",
                    "Jazal oil field", "Palmyra", "Tadmur"]}
SUKHNAH = {"accept": ["السخنة", "مدينة السخنة", "أراك", "منطقة أراك", "As Sukhnah", "al-Sukhnah", "Sukhnah",
                      "Arak"]}
PALMYRA = {"accept": ["تدمر", "مدينة تدمر", "وادي القبور", "Palmyra", "Tadmur", "Valley of the Tombs"]}
HOMS = {"accept": ["حمص", "مدينة حمص", "مبنى المحافظة", "Homs"]}
PALMYRA_HOMS_ROAD = {"accept": ["طريق تدمر – حمص", "طريق تدمر", "تدمر", "Palmyra-Homs road", "Palmyra", "Tadmur"]}
PALMYRA_AIRPORT = {"accept": ["مطار تدمر العسكري", "مطار تدمر", "الصوامع", "منطقة الصوامع", "تدمر",
                              "Palmyra airport", "Palmyra military airport", "Palmyra", "Tadmur"]}

# ================================================================ 198: Maarat al-Numan, December 2019 (opposition agency)
RU_JET = merge({"en": ["Russian warplane", "Russian jet", "Russian aircraft"],
                "ar": ["طائرة حربية روسية", "طائرة حربية يُرجَّح أنها روسية", "الطائرة المنفذة"]}, RUSSIA)
MARKET_VICTIMS = merge({"en": ["eight civilians", "market", "civil defence volunteers"],
                        "ar": ["ثمانية مدنيين", "سوق الهال", "متطوعَين في الدفاع المدني", "فرق الإسعاف"]}, CIVILIANS)
REGIME_HELIS = merge({"en": ["regime helicopters", "regime rocket launchers", "rocket launchers"],
                      "ar": ["مروحيات النظام", "راجمات الصواريخ"]}, SY_REGIME)
NLF_HTS = {"en": ["National Front for Liberation", "NFL", "National Liberation Front", "Hay'at Tahrir al-Sham", "HTS",
                  "rebels", "opposition factions"],
           "ar": ["«الجبهة الوطنية للتحرير»", "الجبهة الوطنية للتحرير", "«هيئة تحرير الشام»", "هيئة تحرير الشام",
                  "مقاتلي الجبهة", "الثوار"]}
REGIME_MILITIAS = merge({"en": ["regime forces and allied militias", "Russian-backed militias"],
                         "ar": ["قوات النظام والميليشيات الرديفة", "الميليشيات الرديفة"]}, SY_REGIME)
JARJANAZ_FIGHT = merge(NLF_HTS, REGIME_MILITIAS)
HISH_FAMILY = merge({"en": ["displaced family", "family", "father", "van"],
                     "ar": ["عائلة نازحة", "رب الأسرة", "سيارة «فان»"]}, CIVILIANS)
MAARAT_PROTESTERS = merge({"en": ["protesters", "residents and displaced people", "participants"],
                           "ar": ["مئات من الأهالي والنازحين", "المشاركون", "الأهالي والنازحين"]}, CIVILIANS)
TR_COLUMN = merge({"en": ["Turkish military convoy", "Turkish army column"],
                   "ar": ["رتلاً عسكرياً تركياً", "رتل عسكري تركي"]}, TURKEY)
RU_RECON_MAARAT = merge({"en": ["Russian Reconciliation Centre", "Russian reconciliation centre at Hmeimim",
                                "Russian Ministry of Defence"],
                         "ar": ["مركز المصالحة الروسي في قاعدة حميميم", "مركز المصالحة الروسي"]}, RUSSIA)
WHITE_HELMETS = {"en": ["White Helmets", "Syrian Civil Defence", "Syria Civil Defence"],
                 "ar": ["«الخوذ البيضاء»", "الخوذ البيضاء", "الدفاع المدني السوري"]}
TERRORIST_GROUPS = {"en": ["terrorist groups", "rebels", "armed groups"],
                    "ar": ["«المجموعات الإرهابية»", "المجموعات الإرهابية"]}
SUQAYLABIYAH_VICTIMS = merge({"en": ["two civilians", "al-Suqaylabiyah"], "ar": ["مدنيين اثنين"]}, CIVILIANS)
MAARAT_COUNCIL = {"en": ["Maarat al-Numan local council", "local council"],
                  "ar": ["المجلس المحلي لمدينة معرة النعمان", "المجلس المحلي"]}
NGOS = {"en": ["humanitarian organisations", "aid organisations", "NGOs"],
        "ar": ["المنظمات الإنسانية العاملة في الشمال السوري", "المنظمات الإنسانية"]}
INTL_COMMUNITY = {"en": ["international community"], "ar": ["«المجتمع الدولي»", "المجتمع الدولي"]}
TR_OFFICERS = merge({"en": ["Turkish officers"], "ar": ["ضباط أتراك"]}, TURKEY)
RU_OFFICERS = merge({"en": ["Russian officers"], "ar": ["ضباط أتراك وروس", "روس"]}, RUSSIA)
HTS = {"en": ["Hay'at Tahrir al-Sham", "HTS", "Tahrir al-Sham"],
       "ar": ["«هيئة تحرير الشام»", "هيئة تحرير الشام", "«الهيئة»", "الهيئة"]}
TR_RU = merge(TURKEY, RUSSIA)
OPPOSITION = {"en": ["opposition factions", "rebels", "Syrian opposition"], "ar": ["فصائل المعارضة"]}
KAFRANBEL_ACTIVIST = {"en": ["media activist", "activist", "journalist"],
                      "ar": ["ناشطاً إعلامياً", "ناشطاً إعلامياً من أبناء المدينة", "منزله"]}

MAARAT = {"accept": ["معرة النعمان", "مدينة معرة النعمان", "المعرة", "سوق الهال", "Maarat al-Numan",
                     "Ma'arrat an-Nu'man", "Ma`arrat an Nu`man", "Maaret al-Numan", "Marat al-Numan"]}
MAARAT_EAST = {"accept": ["معرشورين", "تلمنس", "الدير الشرقي", "ريف المعرة الشرقي", "معرة النعمان", "المعرة",
                          "Ma'arshurin", "Maarshorin", "Talmenas", "Tal Mannas", "Deir al-Sharqi",
                          "Maarat al-Numan"]}
MAARAT_EDGE = {"accept": ["الأطراف الشرقية لمدينة المعرة", "المعرة", "معرة النعمان", "Maarat al-Numan",
                          "Ma'arrat an-Nu'man"]}
JARJANAZ = {"accept": ["جرجناز", "بلدة جرجناز", "محور بلدة جرجناز", "شرقي المعرة", "Jarjanaz", "Jarjnaz",
                       "Maarat al-Numan"]}
HISH = {"accept": ["حيش", "بلدة حيش", "الطريق الدولي حلب – دمشق", "Hish", "Heish", "M5"]}
SARMAN = {"accept": ["الصرمان", "بلدة الصرمان", "نقطة المراقبة التركية في بلدة الصرمان", "معبر كفرلوسين",
                     "al-Sarman", "Sarman", "Surman", "Kafr Lusin"]}
SUQAYLABIYAH = {"accept": ["السقيلبية", "بلدة السقيلبية", "ريف حماة الشمالي الغربي", "As Suqaylibiyah",
                           "al-Suqaylabiyah", "Suqaylabiyah", "Skeilbiyeh"]}
SOUTH_IDLIB = {"accept": ["ريف إدلب الجنوبي", "إدلب", "معرة النعمان", "southern Idlib", "Idlib"]}
KAFRANBEL = {"accept": ["كفرنبل", "كفر نبل", "Kafranbel", "Kafr Nabl", "Kafrnabel"]}

# ================================================================ 199: Jableh, October 2017 (loyalist Facebook page)
NDF_MAN = {"en": ["National Defence Forces member", "NDF gunman", "gunman", "National Defence Forces", "NDF"],
           "ar": ["عنصر في إحدى مجموعات «الدفاع الوطني»", "عنصر في «الدفاع الوطني»", "«الدفاع الوطني»",
                  "الدفاع الوطني", "المسلح", "القاتل", "مرتكب جريمة القتل"]}
TAXI_DRIVER = merge({"en": ["taxi driver", "driver"],
                     "ar": ["سائق سيارة أجرة من أبناء قرية عين الشقاق", "سائق سيارة أجرة", "سائق تكسي"]}, CIVILIANS)
AIN_SHIQAQ_PROTESTERS = merge({"en": ["residents of Ain Shiqaq", "victim's relatives", "protesters"],
                               "ar": ["العشرات من أهالي عين الشقاق وأقارب الضحية", "أهالي عين الشقاق",
                                      "أقارب الضحية", "ذووه"]}, CIVILIANS)
JABLEH_AUTHORITIES = {"en": ["competent authorities", "authorities", "Syrian government"],
                      "ar": ["الجهات المختصة"]}
MP_MS_PATROL = merge({"en": ["Military Police", "Military Security", "joint patrol", "Latakia police command"],
                      "ar": ["دورية مشتركة من الشرطة العسكرية وفرع الأمن العسكري", "الشرطة العسكرية",
                             "فرع الأمن العسكري", "قيادة شرطة محافظة اللاذقية"]}, SY_REGIME)
JABLEH_OFFICIALS = {"en": ["Jableh district director", "Baath party branch secretary", "local officials"],
                    "ar": ["مدير منطقة جبلة وأمين شعبة حزب البعث فيها", "مدير منطقة جبلة", "أمين شعبة حزب البعث"]}
AIN_SHIQAQ_NOTABLES = merge({"en": ["notables of Ain Shiqaq", "victim's family", "delegation"],
                             "ar": ["وفداً من وجهاء عين الشقاق وذوي الضحية", "وجهاء عين الشقاق", "ذوي الضحية"]},
                            CIVILIANS)
JABLEH_KIDNAPPERS = {"en": ["unknown gunmen", "gunmen", "kidnappers"],
                     "ar": ["مسلحين مجهولين", "مجهولين"]}
BAYT_YASHUT_YOUTH = merge({"en": ["young man from Bayt Yashut", "young man"],
                           "ar": ["شاب من قرية بيت ياشوط", "شاب", "ذويه"]}, CIVILIANS)
ISIS_DEZ = merge({"en": ["ISIS terrorists"], "ar": ["إرهابيو «داعش»"]}, ISIS)
SY_ARMY_POST = merge({"en": ["Syrian army post", "conscript", "soldier"],
                      "ar": ["نقطة للجيش العربي السوري", "أحد أبنائها المجندين"]}, SY_REGIME)
NDF_JABLEH = {"en": ["National Defence Forces in Jableh", "NDF command"],
              "ar": ["قيادة «الدفاع الوطني» في جبلة", "«الدفاع الوطني»"]}

JABLEH = {"accept": ["جبلة", "مدينة جبلة", "المدخل الجنوبي لمدينة جبلة", "مبنى السرايا", "Jableh", "Jablah",
                     "Jebleh"]}
QUTAYLIBIYAH = {"accept": ["القطيلبية", "بلدة القطيلبية", "Al Qutaylibiyah", "Qutaylibiyah", "Qteilbiyeh"]}
JABLEH_QARDAHA_ROAD = {"accept": ["طريق جبلة – القرداحة", "طريق جبلة", "القرداحة", "جبلة", "بيت ياشوط",
                                  "Jableh-Qardaha road", "Jableh", "Qardaha", "Al Qardahah", "Bayt Yashut"]}
DEZ_EAST = {"accept": ["ريف دير الزور الشرقي", "دير الزور", "eastern Deir ez-Zor countryside", "Deir ez-Zor",
                       "Dayr az Zawr"]}

# ================================================================ 200: Tal Tamr and the Khabur, May 2015 (Assyrian site)
ISIS_KHABUR = merge({"en": ["ISIS fighters", "attackers"],
                     "ar": ["التنظيم", "عناصر التنظيم", "المهاجمين", "مواقع تنظيم «الدولة الإسلامية»"]}, ISIS)
ISIS_POSITIONS = merge({"en": ["ISIS positions"], "ar": ["مواقع للتنظيم", "مواقع التنظيم"]}, ISIS_KHABUR)
TAL_TAMR_CIVILIANS = merge({"en": ["a woman and her child", "residential quarters", "displaced families"],
                            "ar": ["امرأة وطفلها", "الأحياء السكنية", "المرأة المصابة وطفلها"]}, CIVILIANS)
YPG = {"en": ["People's Protection Units", "YPG", "Kurdish units"],
       "ar": ["وحدات حماية الشعب", "الوحدات"]}
KHABUR_GUARDS = {"en": ["Khabur Guards", "Assyrian Khabur Guards", "Khabour Guards"],
                 "ar": ["حرس الخابور الآشوري", "حرس الخابور", "الحرس", "المكتب الإعلامي لحرس الخابور"]}
YPG_GUARDS = merge(YPG, KHABUR_GUARDS)
SHAMIRAM_FIGHT = merge(ISIS_KHABUR, YPG_GUARDS)
COALITION = {"en": ["US-led coalition", "international coalition", "Coalition", "Combined Joint Task Force"],
             "ar": ["طائرات التحالف الدولي", "التحالف الدولي", "التحالف"]}
ASSYRIAN_CHURCH = {"en": ["Assyrian Church of the East", "Assyrian Church of the East diocese",
                          "Hasakah diocese of the Assyrian Church"],
                   "ar": ["مطرانية كنيسة المشرق الآشورية في الحسكة", "مطرانية كنيسة المشرق الآشورية",
                          "كنيسة المشرق الآشورية"]}
INTL_ORGS = {"en": ["international organisations", "Western governments"],
             "ar": ["المنظمات الدولية والحكومات الغربية", "المنظمات الدولية", "الحكومات الغربية"]}
ASSYRIAN_ABDUCTEES = merge({"en": ["Assyrian abductees", "abducted Assyrians", "hostages", "elderly and women"],
                            "ar": ["المخطوفين الآشوريين", "المخطوفين", "دفعة جديدة من المخطوفين",
                                   "مدني آشوري"]}, CIVILIANS)
TRIBAL_MEDIATORS = {"en": ["tribal mediators", "Arab tribal mediators", "mediators"],
                    "ar": ["وسطاء من عشائر عربية في منطقة الشدادي", "وسطاء من عشائر عربية", "وسطاء"]}
ASAYISH = {"en": ["Asayish", "Kurdish internal security forces", "Asayish forces"],
           "ar": ["قوات الأسايش", "الأسايش"]}
TAL_TAMR_DETAINEES = merge({"en": ["three young men", "shepherds", "Arab tribesmen"],
                            "ar": ["ثلاثة شبان من أبناء العشائر العربية", "ثلاثة شبان", "الثلاثة"]}, CIVILIANS)
KHABUR_PROTESTERS = merge({"en": ["displaced Khabur villagers", "displaced Assyrians", "vigil participants"],
                           "ar": ["العشرات من أبناء قرى الخابور المهجّرين", "أبناء قرى الخابور"]}, CIVILIANS)
KHABUR_COLLABORATORS = merge({"en": ["anyone dealing with the coalition and the YPG", "villagers"],
                              "ar": ["كل من يتعامل مع «الصليبيين والملاحدة»", "قرى جنوب الخابور"]}, CIVILIANS)
KHABUR_GUARD_FIGHTER = merge({"en": ["Khabur Guards fighter", "fighter"],
                              "ar": ["مقاتل من حرس الخابور", "مقاتل آخر"]}, KHABUR_GUARDS)

TAL_TAMR = {"accept": ["تل تمر", "بلدة تل تمر", "الحي الشمالي", "Tal Tamr", "Tell Tamer", "Tall Tamr",
                       "Tel Tamer"]}
TAL_SHAMIRAM = {"accept": ["تل شميرام", "قرية تل شميرام", "ضفة الخابور", "Tal Shamiram", "Tell Shamiram",
                           "Tel Shamiram", "Khabur"]}
ABDULAZIZ = {"accept": ["جبل عبد العزيز", "محيط جبل عبد العزيز", "Jabal Abd al-Aziz", "Abdulaziz mountain",
                        "Abd al-Aziz mountains"]}
HASAKAH = {"accept": ["الحسكة", "مدينة الحسكة", "Al Hasakah", "Hasakah", "al-Hasakah", "Hasaka"]}
SHADDADI = {"accept": ["الشدادي", "منطقة الشدادي", "al-Shaddadi", "Shaddadi", "Ash Shaddadah"]}
TAL_TAMR_FRONT = place({"accept": ["جبهة تل تمر"]}, TAL_TAMR)
SOUTH_KHABUR = {"accept": ["قرى جنوب الخابور", "جنوب الخابور", "الخابور", "south of the Khabur", "Khabur valley",
                           "Khabur"]}
TAL_HURMIZ = {"accept": ["تل هرمز", "تل شميرام", "قريتي تل هرمز وتل شميرام", "Tal Hurmiz", "Tell Hormizd",
                         "Tal Shamiram"]}
KHABUR_VILLAGES = {"accept": ["قرى الخابور", "الخابور", "Khabur villages", "Khabur valley", "Khabur"]}
