"""Accepted actor names and place names for the forty-seventh team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not copied
from the earlier sets' lists (the style follows the template set ``../articles18/``: Arabic surface forms as they
occur in the articles, common variants, and English names). Damascus, Nubl, Huraytan (Hraytan), Ma'an, Wadi Musa
and Amman were checked against the GeoNames lists in ../shared/data/geonames/ where they have them. Damascus
neighbourhoods, the villages of the northern Aleppo countryside absent from those lists, and all places in Tunisia
and Yemen (not covered by those lists) carry their usual Arabic and English spellings.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الحكومة», «المجلس») are left out on purpose, with these
exceptions, each used only in an article where it names a single actor: «الدرك» and «الحكومة» (232, only ever
Jordan's gendarmerie and government), «النظام» (233, only ever the Syrian government), «الميليشيا» (235, only ever
the Houthis).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ================================================================ actors: shared
CIVILIANS = {"en": ["civilians", "civilian", "residents", "citizens", "locals"],
             "ar": ["مدنيين", "المدنيين", "مواطنين", "المواطنين", "الأهالي", "السكان"]}
UNKNOWN = {"en": ["unknown gunmen", "unidentified gunmen", "unknown assailants"],
           "ar": ["مسلحون مجهولون", "مسلحين مجهولين", "مجهولون", "مجهولين"]}

# ================================================================ 231: Damascus, al-Qassaa and Jobar (state-leaning daily)
DAM_MORTAR_GUNMEN = {"en": ["terrorists", "armed groups in Jobar", "militants", "Jabhat al-Nusra", "al-Nusra Front",
                            "Nusra Front", "rebels"],
                     "ar": ["إرهابيون", "الإرهابيين", "جبهة النصرة", "«جبهة النصرة»", "ما يسمى «جبهة النصرة»",
                            "صفحات تابعة لما يسمى «جبهة النصرة»"]}
SY_ARMY = {"en": ["Syrian Arab Army", "Syrian army", "Syrian Air Force", "Syrian government forces", "SAA"],
           "ar": ["الجيش العربي السوري", "وحدات من الجيش العربي السوري", "وحدات الجيش", "سلاح الجو"]}
JOBAR_GROUPS = {"en": ["armed groups", "terrorist groups", "militants", "rebels", "armed opposition",
                       "armed groups in Jobar"],
                "ar": ["المجموعات الإرهابية المسلحة", "تجمعات للمجموعات الإرهابية المسلحة", "المجموعات الإرهابية",
                       "مجموعات مسلحة تتحصّن في جوبر", "مجموعات مسلحة", "أوكار المسلحين", "المسلحين",
                       "الإرهابيون"]}
QASSAA_VICTIMS = merge({"en": ["four citizens", "schoolchildren", "pupils", "passers-by"],
                        "ar": ["أربعة مواطنين", "تلميذان", "سبعة عشر آخرون"]}, CIVILIANS)
DAM_POLICE = {"en": ["Damascus Police Command", "Damascus police", "Syrian police", "competent authorities"],
              "ar": ["قيادة شرطة دمشق", "قيادة الشرطة", "الجهات المختصة"]}
BAB_SHARQI_SUSPECTS = {"en": ["three people", "three suspects", "suspects"],
                       "ar": ["ثلاثة أشخاص", "أشخاص"]}
DAM_GOVERNOR = {"en": ["Damascus governor", "Governor of Damascus", "Damascus governorate"],
                "ar": ["محافظ دمشق", "محافظة دمشق", "المحافظة"]}
MUJTAHID_WOUNDED = {"en": ["the wounded", "wounded", "injured"],
                    "ar": ["الجرحى", "الجرحى الذين نُقلوا إلى مشفى المجتهد"]}
PATRIARCHATE = {"en": ["Greek Orthodox Patriarchate of Antioch", "Greek Orthodox Patriarchate", "Patriarchate of Antioch",
                       "the Patriarchate"],
                "ar": ["بطريركية أنطاكية وسائر المشرق للروم الأرثوذكس", "بطريركية أنطاكية", "البطريركية",
                       "بطريركية الروم الأرثوذكس"]}
INTL_COMMUNITY = {"en": ["international community"], "ar": ["المجتمع الدولي", "«المجتمع الدولي»"]}
ABBASIYIN_STUDENTS = {"en": ["two university students", "university students", "students"],
                      "ar": ["طالبين جامعيين", "طالبين"]}
DAM_STUDENTS = {"en": ["Damascus University students", "students", "hundreds of students"],
                "ar": ["المئات من طلاب جامعة دمشق", "طلاب جامعة دمشق"]}
SY_MOFA = {"en": ["Syrian Ministry of Foreign Affairs", "Syrian Foreign Ministry",
                  "Ministry of Foreign Affairs and Expatriates"],
           "ar": ["وزارة الخارجية والمغتربين", "وزارة الخارجية السورية", "الخارجية السورية"]}
GULF_TURKEY = {"en": ["Saudi Arabia", "Qatar", "Turkey"],
               "ar": ["السعودية وقطر وتركيا", "«السعودية وقطر وتركيا»", "السعودية", "قطر", "تركيا"]}
UNSC = {"en": ["UN Security Council", "Security Council", "United Nations Security Council"],
        "ar": ["مجلس الأمن", "رئيس مجلس الأمن"]}
MAZRAA_VICTIMS = merge({"en": ["a woman", "woman", "her daughter", "house balcony"],
                        "ar": ["امرأة", "ابنتها", "شرفة منزل"]}, CIVILIANS)

QASSAA = {"accept": ["القصاع", "حي القصاع", "باب توما", "ساحة باب توما", "محيط ساحة باب توما", "دمشق", "al-Qassaa",
                     "Qassaa", "al-Qassa'", "Bab Touma", "Bab Tuma", "Damascus"]}
JOBAR = {"accept": ["جوبر", "حي جوبر", "المتحلق الجنوبي", "كراجات العباسيين", "Jobar", "Jawbar", "Damascus"]}
BAB_SHARQI = {"accept": ["باب شرقي", "منطقة باب شرقي", "Bab Sharqi", "Bab Sharki", "Damascus"]}
MUJTAHID = {"accept": ["مشفى المجتهد", "المجتهد", "al-Mujtahid hospital", "Mujtahid", "Damascus"]}
ABBASIYIN = {"accept": ["ساحة العباسيين", "العباسيين", "Abbasiyin Square", "al-Abbasiyin", "Abbasiyyin", "Damascus"]}
OLD_CITY_SCHOOLS = {"accept": ["القصاع", "باب توما", "القيمرية", "أحياء القصاع وباب توما والقيمرية", "al-Qassaa",
                               "Bab Touma", "al-Qaymariyya", "Qaymariyya", "Damascus"]}
MEZZEH_UNIV = {"accept": ["كلية الآداب", "أوتوستراد المزة", "المزة", "جامعة دمشق", "Mezzeh", "Mazzeh",
                          "Damascus University", "Damascus"]}
DAMASCUS = {"accept": ["دمشق", "قلب دمشق", "العاصمة", "Damascus"]}
MAZRAA = {"accept": ["حي المزرعة", "المزرعة", "al-Mazraa", "Mazraa", "Damascus"]}

# ================================================================ 232: Ma'an (Jordanian news site)
JO_SECURITY = {"en": ["Jordanian security forces", "Public Security Directorate", "PSD", "Gendarmerie", "Darak",
                      "Jordanian police", "joint security force"],
               "ar": ["قوة أمنية مشتركة", "مديرية الأمن العام", "الأمن العام", "قوات الدرك", "الدرك",
                      "الأجهزة الأمنية", "الناطق الإعلامي باسم مديرية الأمن العام"]}
MAAN_WANTED = {"en": ["wanted men", "wanted persons", "fugitives", "suspects", "gunmen"],
               "ar": ["مطلوبين", "المطلوبين", "المطلوبون", "أربعة مطلوبين", "بقية المطلوبين", "مطلوباً"]}
JO_SEC_WANTED = merge(JO_SECURITY, MAAN_WANTED)
GENDARMERIE = {"en": ["Gendarmerie", "Jordanian Gendarmerie", "Darak"],
               "ar": ["قوات الدرك", "آليات الدرك", "الدرك"]}
MAAN_YOUTHS = {"en": ["young men", "protesters", "rioters", "youths"],
               "ar": ["عشرات الشبان", "الشبان", "المحتجين"]}
MAAN_HIRAK = {"en": ["Ma'an Hirak", "Sons of Ma'an movement", "Ma'an popular movement"],
              "ar": ["حراك أبناء معان", "«حراك أبناء معان»"]}
JO_INTERIOR_MIN = {"en": ["Jordanian Interior Minister", "Interior Minister", "Ministry of Interior",
                          "Jordanian Interior Ministry"],
                   "ar": ["وزير الداخلية", "وزارة الداخلية"]}
MAAN_NOTABLES = {"en": ["Ma'an notables", "delegation of Ma'an notables and MPs", "notables"],
                 "ar": ["وفداً من وجهاء معان ونوابها", "وجهاء معان", "الوجهاء"]}
MINISTER_NOTABLES = merge(JO_INTERIOR_MIN, MAAN_NOTABLES, {"en": ["both sides"], "ar": ["الطرفان"]})
MAAN_MPS = {"en": ["Ma'an MPs", "members of parliament for Ma'an", "MPs"],
            "ar": ["نواب المحافظة", "نواب معان"]}
JO_GOV = {"en": ["Jordanian government", "government of Jordan", "Jordan"],
          "ar": ["الحكومة", "الحكومة الأردنية", "«التراكمات الحكومية»"]}
MAAN_DIASPORA = {"en": ["Ma'an natives in Amman", "activists", "protesters", "people of Ma'an"],
                 "ar": ["نحو خمسين من أبناء معان", "أبناء معان المقيمين في العاصمة", "الناشطين", "أبناء معان"]}
DARAK_VEHICLE = merge({"en": ["Gendarmerie vehicle", "vehicle"], "ar": ["مركبة تابعة للدرك", "مركبة"]}, GENDARMERIE)
JO_POLICE_PATROL = {"en": ["police patrol", "Jordanian police", "policeman"],
                    "ar": ["دورية للشرطة", "شرطي"]}

TUR = {"accept": ["حي الطور", "الطور", "معان", "مدينة معان", "Hay al-Tur", "al-Tur", "Ma'an", "Maan"]}
MAAN = {"accept": ["معان", "مدينة معان", "المدينة", "Ma'an", "Maan"]}
DESERT_HWY = {"accept": ["الطريق الصحراوي", "المدخل الشمالي للمدينة", "معان", "Desert Highway", "Ma'an", "Maan"]}
AMMAN = {"accept": ["عمّان", "عمان", "بعمّان", "Amman"]}
HBT_UNI = {"accept": ["دوّار جامعة الحسين بن طلال", "جامعة الحسين بن طلال", "معان", "Al-Hussein Bin Talal University",
                      "Ma'an"]}
AMMAN_PM = {"accept": ["رئاسة الوزراء", "الدوار الرابع", "عمّان", "عمان", "العاصمة", "Amman", "Fourth Circle",
                       "Prime Ministry"]}
WADI_MUSA_ROAD = {"accept": ["الطريق الواصل بين معان ووادي موسى", "وادي موسى", "Wadi Musa", "Wadi Mousa",
                             "Ma'an–Wadi Musa road", "Petra"]}

# ================================================================ 233: northern Aleppo countryside (opposition site)
REGIME = {"en": ["Syrian government", "Syrian regime", "Assad regime", "Syrian Air Force", "Syrian army",
                 "Assad forces", "regime forces", "regime helicopters"],
          "ar": ["مروحيات النظام", "النظام", "قوات النظام", "قوات الأسد", "الطيران المروحي"]}
ANADAN_VICTIMS = merge({"en": ["five civilians", "vegetable market", "market", "shops"],
                        "ar": ["خمسة مدنيين", "سوق الخضار", "الضحايا", "ثلاثة محال"]}, CIVILIANS)
REBELS = {"en": ["rebels", "opposition factions", "Levant Front", "al-Jabha al-Shamiya", "Shamiya Front",
                 "Free Syrian Army", "FSA"],
          "ar": ["فصائل الثوار", "الثوار", "الجبهة الشامية", "«الجبهة الشامية»", "مقاتلي الجبهة"]}
REGIME_MILITIAS = {"en": ["Syrian government forces", "Assad forces", "regime forces", "Hezbollah",
                          "Iranian-backed militias", "foreign militias", "Syrian army"],
                   "ar": ["قوات الأسد", "قوات النظام", "الميليشيات الأجنبية المساندة لها", "ميليشيا حزب الله اللبناني",
                          "حزب الله", "المهاجمين", "مقاتلين أفغان وإيرانيين"]}
ALEPPO_CLASH_SIDES = merge(REBELS, REGIME_MILITIAS)
NUSRA = {"en": ["Jabhat al-Nusra", "al-Nusra Front", "Nusra Front", "Nusra"],
         "ar": ["جبهة النصرة", "«جبهة النصرة»", "النصرة"]}
HRAYTAN_ACTIVIST = {"en": ["media activist", "activist", "citizen journalist"],
                    "ar": ["ناشطاً إعلامياً", "الناشط المعتقل", "الناشط"]}
HRAYTAN_PROTESTERS = merge({"en": ["Hraytan residents", "protesters", "townspeople"],
                            "ar": ["العشرات من أبناء البلدة", "أبناء البلدة"]}, CIVILIANS)
NUBL_MILITIAS = {"en": ["pro-government militias", "pro-regime militias", "Nubl and Zahraa militias",
                        "National Defence Forces"],
                 "ar": ["الميليشيات الموالية المتمركزة في بلدتي نبل والزهراء", "الميليشيات الموالية",
                        "معاقل الميليشيات في نبل والزهراء", "الميليشيات"]}
HAYAN_HOMES = merge({"en": ["houses", "homes", "a school"], "ar": ["عدد من المنازل", "المنازل", "مدرسة"]}, CIVILIANS)
IHH = {"en": ["IHH", "IHH Humanitarian Relief Foundation", "Turkish IHH"],
       "ar": ["هيئة الإغاثة الإنسانية التركية", "IHH"]}
ALEPPO_IDPS = {"en": ["IDPs", "displaced families", "displaced people"],
               "ar": ["مخيمات النازحين", "النازحين", "مئات العائلات الفارّة"]}
REBEL_PRISONERS = {"en": ["captured rebel fighters", "rebel prisoners", "rebel fighters"],
                   "ar": ["خمسة من مقاتلي الثوار", "مقاتلي الثوار"]}
LEVANT_FRONT = {"en": ["Levant Front", "al-Jabha al-Shamiya", "Shamiya Front"],
                "ar": ["الجبهة الشامية", "«الجبهة الشامية»"]}
IRAN = {"en": ["Iran", "Iranian forces", "Iranian occupation"], "ar": ["الاحتلال الإيراني", "«الاحتلال الإيراني»"]}
HRAYTAN_DELEGATION = {"en": ["Hraytan notables", "delegation of Hraytan notables", "delegation"],
                      "ar": ["وفد من وجهاء حريتان", "وجهاء حريتان", "الوفد"]}
REGIME_AIR = {"en": ["Syrian Air Force", "regime warplanes", "Syrian government", "Syrian regime"],
              "ar": ["الطيران الحربي"]}
BAYANOUN_VICTIMS = merge({"en": ["bakery", "three civilians"], "ar": ["فرناً آلياً", "ثلاثة مدنيين", "الفرن"]},
                         CIVILIANS)
FSA = {"en": ["Free Syrian Army", "FSA", "rebels"], "ar": ["فصائل الجيش الحر", "الجيش الحر"]}

ANADAN = {"accept": ["عندان", "بلدة عندان", "سوق عندان", "Anadan", "Andan", "Aleppo countryside"]}
HANDARAT = {"accept": ["تلة حندرات", "حندرات", "مخيم حندرات", "مزارع الملاح", "الملاح", "طريق الكاستيلو", "Handarat",
                       "Handarat camp", "Mallah farms", "al-Mallah", "Castello road"]}
HRAYTAN = {"accept": ["حريتان", "بلدة حريتان", "Hraytan", "Haritan", "Huraytan", "Ḩuraytān"]}
HAYAN_KAFR_HAMRA = {"accept": ["حيان", "كفر حمرة", "بلدتي حيان وكفر حمرة", "Hayan", "Hayyan", "Kafr Hamra",
                               "Kfar Hamra"]}
BAB_SALAMA = {"accept": ["معبر باب السلامة", "باب السلامة", "Bab al-Salama", "Bab al-Salameh", "Bab al-Salam"]}
RATYAN = {"accept": ["رتيان", "بلدة رتيان", "Ratyan", "Rityan", "Retyan"]}
NUBL_ZAHRAA = {"accept": ["نبل والزهراء", "نبل", "الزهراء", "Nubl", "Nubbul", "Zahraa", "al-Zahraa"]}
BAYANOUN = {"accept": ["بيانون", "بلدة بيانون", "Bayanoun", "Bayanun", "Biyanun"]}
NORTH_ALEPPO = {"accept": ["الريف الشمالي", "ريف حلب الشمالي", "بلدات الريف الشمالي", "northern Aleppo countryside",
                           "northern countryside of Aleppo"]}

# ================================================================ 234: Kasserine (Tunisian regional site)
TN_SOLDIERS = {"en": ["Tunisian soldiers", "soldier", "soldiers", "Tunisian army", "military vehicle"],
               "ar": ["عسكري", "ثلاثة من زملائه", "عربتهم", "جنود"]}
OKBA = {"en": ["Okba Ibn Nafaa Brigade", "Uqba ibn Nafi Brigade", "Okba Ibn Nafaa", "AQIM", "terrorists",
               "jihadists"],
        "ar": ["كتيبة عقبة بن نافع", "«كتيبة عقبة بن نافع»", "العناصر الإرهابية", "المجموعات الإرهابية"]}
TN_ARMY = {"en": ["Tunisian army", "Tunisian National Army", "Tunisian Armed Forces", "Ministry of National Defence"],
           "ar": ["وحدات الجيش الوطني", "الجيش الوطني", "وزارة الدفاع الوطني", "مروحيات عسكرية"]}
TERROR_POSITIONS = {"en": ["terrorist elements", "militants", "jihadists", "Okba Ibn Nafaa Brigade"],
                    "ar": ["العناصر الإرهابية", "مواقع يُشتبه في تحصّن العناصر الإرهابية بها"]}
TN_NG = {"en": ["National Guard", "Tunisian National Guard", "Garde nationale"],
         "ar": ["وحدات الحرس الوطني", "الحرس الوطني", "دورية للحرس الوطني", "دورية تابعة للحرس الوطني"]}
FERIANA_SUSPECTS = {"en": ["three suspects", "support cell", "suspects"],
                    "ar": ["ثلاثة أشخاص", "خلية دعم وإسناد", "أشخاص"]}
UNEMPLOYED = {"en": ["unemployed graduates", "unemployed", "sit-in participants", "protesters", "hunger strikers"],
              "ar": ["أصحاب الشهائد المعطلين عن العمل", "المعطلين عن العمل", "المعتصمين", "نحو ستين من أصحاب الشهائد",
                     "سبعة منهم", "المضربين"]}
THALA_YOUTHS = {"en": ["young men", "protesters", "rioters", "youths"],
                "ar": ["عشرات الشبان", "الشبان"]}
TN_SECURITY = {"en": ["Tunisian security forces", "security units", "police"],
               "ar": ["وحدات الأمن", "قوات الأمن"]}
KASSERINE_GOVERNOR = {"en": ["Governor of Kasserine", "Kasserine governor", "wali of Kasserine"],
                      "ar": ["والي القصرين", "الوالي"]}
SITIN_DELEGATION = merge({"en": ["sit-in delegation", "delegation", "protesters' representatives"],
                          "ar": ["وفداً يمثّل المعتصمين", "ممثلين عن الاتحاد الجهوي للشغل"]}, UNEMPLOYED)
UGTT = {"en": ["UGTT", "Tunisian General Labour Union", "UGTT Kasserine regional union", "regional labour union"],
        "ar": ["الاتحاد الجهوي للشغل بالقصرين", "الاتحاد الجهوي للشغل", "هيئته الإدارية"]}
TN_INTERIOR = {"en": ["Tunisian Interior Ministry", "Interior Ministry spokesman", "Ministry of Interior"],
               "ar": ["الناطق الرسمي باسم وزارة الداخلية", "وزارة الداخلية"]}
TN_PROTESTERS = {"en": ["protesters"], "ar": ["المحتجين", "كل من يعطّل حركة المرور"]}
TN_DEF_MIN = {"en": ["Tunisian Defence Minister", "Minister of National Defence", "Tunisian Ministry of National Defence"],
              "ar": ["وزير الدفاع الوطني"]}
ALGERIA_AMB = {"en": ["Algerian ambassador", "Algerian ambassador to Tunisia", "Algeria"],
               "ar": ["سفير الجزائر لدى تونس", "سفير الجزائر"]}
NG_TERROR_GROUP = merge(TN_NG, {"en": ["terrorist group", "militants"], "ar": ["مجموعة إرهابية"]})
NG_PATROL = merge(TN_NG, {"en": ["National Guard agent", "agent"], "ar": ["عون"]})

CHAAMBI = {"accept": ["جبل الشعانبي", "الشعانبي", "مرتفعات جبل الشعانبي", "القصرين", "ولاية القصرين", "Jebel Chaambi",
                      "Mount Chaambi", "Chaambi", "Kasserine"]}
CHAAMBI_SEMMAMA = {"accept": ["مرتفعات الشعانبي", "الشعانبي", "جبل سمامة", "سمامة", "Chaambi", "Semmama",
                              "Jebel Semmama", "Kasserine"]}
FERIANA = {"accept": ["فريانة", "معتمدية فريانة", "Feriana", "Fériana"]}
KASSERINE = {"accept": ["مقر ولاية القصرين", "ولاية القصرين", "القصرين", "بالقصرين", "Kasserine",
                        "Kasserine governorate"]}
THALA = {"accept": ["تالة", "مدينة تالة", "Thala", "Tala"]}
FOUSSANA = {"accept": ["فوسانة", "معتمدية فوسانة", "Foussana", "Fousana"]}
TUNIS = {"accept": ["تونس العاصمة", "بتونس العاصمة", "Tunis"]}
HAIDRA = {"accept": ["حيدرة", "مدينة حيدرة", "Haidra", "Hydra", "Haïdra"]}

# ================================================================ 235: Lahj (southern Yemeni site)
HOUTHIS = {"en": ["Houthis", "Houthi militia", "Ansar Allah", "Houthi forces", "Houthi group"],
           "ar": ["ميليشيا الحوثي", "الميليشيا", "عناصر الميليشيا", "الحوثيين", "الحوثي", "حوثية",
                  "أبطال الجيش واللجان الشعبية"]}
SOUTHERN_FORCES = {"en": ["Southern forces", "Southern Forces", "STC forces", "Southern Resistance",
                          "pro-government forces"],
                   "ar": ["القوات الجنوبية", "أبطال القوات الجنوبية", "ثلاثة من أبطال القوات الجنوبية", "المرابطون",
                          "مرتزقة العدوان"]}
KIRSH_SIDES = merge(HOUTHIS, SOUTHERN_FORCES)
QABBAITA_VILLAGERS = merge({"en": ["villages", "a woman and her child", "houses"],
                            "ar": ["قريتين", "امرأة وطفلها", "منزلين"]}, CIVILIANS)
SECURITY_BELT = {"en": ["Security Belt Forces", "Security Belt", "al-Hizam al-Amni"],
                 "ar": ["قوات الحزام الأمني", "الحزام الأمني"]}
HOUTA_SUSPECTS = {"en": ["two suspects", "two men", "suspects"], "ar": ["شخصين", "شخصين يُشتبه في تورطهما"]}
HOUTA_PROTESTERS = merge({"en": ["protesters", "demonstrators", "residents of al-Houta"],
                          "ar": ["المئات من أبناء المدينة", "المحتجون", "المحتجين", "المتظاهرون"]}, CIVILIANS)
LAHJ_LOCAL_AUTH = {"en": ["Lahj local authority", "local authority", "Lahj governorate authorities"],
                   "ar": ["السلطة المحلية في المحافظة", "السلطة المحلية", "مبنى السلطة المحلية"]}
LAHJ_GOVERNOR = {"en": ["Governor of Lahj", "Lahj governor"], "ar": ["محافظ لحج"]}
PROTEST_COMMITTEE = {"en": ["protesters' committee", "protesters' representatives", "protesters"],
                     "ar": ["لجنة تمثّل المحتجين", "المحتجين", "ممثلين عن المحتجين"]}
KSRELIEF = {"en": ["KSrelief", "King Salman Humanitarian Aid and Relief Centre", "King Salman Relief Center"],
            "ar": ["مركز الملك سلمان للإغاثة والأعمال الإنسانية", "مركز الملك سلمان"]}
TOUR_IDPS = {"en": ["displaced families", "IDPs", "poorest families"],
             "ar": ["الأسر النازحة والأشد فقراً", "الأسر النازحة"]}
SAUDI = {"en": ["Saudi Arabia", "Saudi grant", "Saudi Development and Reconstruction Program for Yemen"],
         "ar": ["المنحة السعودية", "السعودية"]}
RADFAN_TRIBES = {"en": ["tribesmen", "two tribes", "tribal gunmen"], "ar": ["مسلحين من قبيلتين", "قبيلتين"]}
VICTIM_FAMILY = {"en": ["the victim's family", "family of the dead man"], "ar": ["أسرة القتيل"]}
RADFAN_AUTH = {"en": ["Radfan local authorities", "local authorities"],
               "ar": ["السلطات المحلية في المديرية", "السلطات المحلية"]}
STC = {"en": ["Southern Transitional Council", "STC"],
       "ar": ["المجلس الانتقالي الجنوبي", "المجلس الانتقالي الجنوبي في لحج", "الانتقالي"]}
YE_GOV = {"en": ["Yemeni government", "power-sharing government", "government of Yemen"],
          "ar": ["«حكومة المناصفة»", "حكومة المناصفة"]}
BELT_PATROL = merge({"en": ["Security Belt vehicle", "soldier"], "ar": ["طقم تابع لقوات الحزام الأمني", "جندي"]},
                    SECURITY_BELT)

KIRSH = {"accept": ["جبهة كرش", "كرش", "Kirsh", "Karish", "Kersh", "Lahj"]}
KIRSH_SHURAYJAH = place({"accept": ["الشريجة", "al-Shurayjah", "Shuraijah"]}, KIRSH)
QABBAITA = {"accept": ["مديرية القبيطة", "القبيطة", "al-Qubaytah", "Qabbaita", "al-Qabbaytah", "Lahj"]}
HOUTA = {"accept": ["الحوطة", "مدينة الحوطة", "al-Houta", "al-Hawtah", "Houta", "Hawtah", "Lahj"]}
LAHJ = {"accept": ["لحج", "محافظة لحج", "Lahj", "Lahij"]}
TOUR_BAHAH = {"accept": ["طور الباحة", "مديرية طور الباحة", "Tur al-Bahah", "Tuwr al-Bahah", "Tour al-Baha"]}
RADFAN = {"accept": ["ردفان", "مديرية ردفان", "الحبيلين", "مدينة الحبيلين", "Radfan", "al-Habilayn", "Habilain"]}
TUBAN = {"accept": ["تبن", "مدينة تبن", "Tuban", "Tibn"]}
TUBAN_HOUTA = place(TUBAN, HOUTA)
