"""Accepted actor names and place names for the twenty-fifth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not copied
from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the articles, common
variants, and English names). Syrian and Iraqi towns were checked against the GeoNames lists in
../shared/data/geonames/ where they have them (al-Ruhaybah, Jayrud, al-Dumayr, al-Qutayfah; al-Atarib, Darat Izza,
Nubl; al-Amarah, al-Kahla, al-Maymunah, Ali al-Gharbi); villages, neighbourhoods, airports and districts absent from
those lists (al-Nasiriyah and Ma'adamiyat al-Qalamoun, New Aleppo, al-Hamdaniya, Salah al-Din, Kafr Naha, Khan
al-Asal, al-Majar al-Kabir) carry their usual spellings. Yemen and Sudan are not covered by those lists: Hadramawt
and River Nile places carry their usual Arabic and English spellings.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الحكومة», «اللجنة», «المديرية») are left out on purpose, with
these exceptions, each used only in an article where it names a single actor: «المحافظ» (121, only ever the governor
of Rif Dimashq), «المطار» (122, only ever Aleppo International Airport), «الحلف» (124, only ever the Hadramawt
Tribal Alliance), «الميليشيا» (125, only ever the RSF).
"""


import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ================================================================ actors: shared
CIVILIANS = {"en": ["civilians", "civilian", "residents", "locals", "citizens", "people"],
             "ar": ["مدنيين", "المدنيين", "مدنيان", "مدنيون", "المواطنين", "مواطنين", "الأهالي", "السكان"]}
UNKNOWN = {"en": ["unknown gunmen", "unknown assailants", "unidentified attackers", "unknown persons"],
           "ar": ["مجهولون", "مجهولين", "مسلحون مجهولون", "مسلحين مجهولين"]}
UNSC = {"en": ["UN Security Council", "Security Council", "United Nations Security Council"],
        "ar": ["مجلس الأمن الدولي", "مجلس الأمن"]}

# ================================================================ 121: Eastern Qalamoun (Syrian local network, 2025)
IL_ARMY = {"en": ["Israeli army", "Israel Defense Forces", "IDF", "Israeli Air Force", "Israeli warplanes", "Israel"],
           "ar": ["الجيش الإسرائيلي", "المتحدث باسم الجيش الإسرائيلي", "سلاح الجو", "الطائرات المغيرة",
                  "الاعتداء الإسرائيلي", "إسرائيل"]}
SY_ARMY = {"en": ["Syrian army", "Syrian Ministry of Defence", "Syrian soldiers", "two soldiers"],
           "ar": ["الجيش السوري", "عنصران من الجيش السوري", "عنصرين من الجيش", "العنصرين", "وزارة الدفاع"]}
DUMAYR_TARGETS = merge(SY_ARMY, {"en": ["abandoned depots", "artillery positions", "missile systems",
                                        "weapons depots left by the former regime"],
                                 "ar": ["مستودعات ومرابض مدفعية مهجورة", "مستودعات", "منظومات صاروخية",
                                        "مخازن أسلحة"]})
SY_IS = {"en": ["Internal Security", "Internal Security Command", "Rif Dimashq Internal Security Command",
                "Syrian Interior Ministry", "security forces"],
         "ar": ["قيادة الأمن الداخلي في ريف دمشق", "قيادة الأمن الداخلي", "الأمن الداخلي", "«الأمن الداخلي»",
                "وحدات من قيادة الأمن الداخلي", "دوريات مؤللة"]}
RUHAYBAH_SUSPECTS = {"en": ["five wanted men", "wanted men", "suspects", "arms smugglers", "detainees"],
                     "ar": ["خمسة مطلوبين", "مطلوبين", "الموقوفين", "ثلاثة من الموقوفين", "أحدهم", "الخمسة"]}
SY_IS_SUSPECTS = merge(SY_IS, RUHAYBAH_SUSPECTS)
QALAMOUN_FARMERS = merge({"en": ["farmers", "more than a hundred farmers", "farmers of Jayrud and al-Nasiriyah",
                                 "farmers' delegation", "protesters"],
                          "ar": ["أكثر من مئة مزارع", "مزارع من جيرود والناصرية", "وفد عنهم"]}, CIVILIANS)
WATER_DIR = {"en": ["Rif Dimashq Water Resources Directorate", "Water Resources Directorate",
                    "water resources directorate"],
             "ar": ["مديرية الموارد المائية في ريف دمشق", "مديرية الموارد المائية"]}
RIF_GOV = {"en": ["Governor of Rif Dimashq", "Rif Dimashq governor", "Rif Dimashq governorate", "governor"],
           "ar": ["المحافظ", "محافظ ريف دمشق", "محافظة ريف دمشق", "المكتب الإعلامي للمحافظة"]}
QALAMOUN_NOTABLES = merge({"en": ["notables", "notables of al-Ruhaybah, al-Dumayr and Jayrud", "local notables"],
                           "ar": ["وجهاء من الرحيبة والضمير وجيرود", "وجهاء"]}, CIVILIANS)
SY_MOFA = {"en": ["Syrian Ministry of Foreign Affairs and Expatriates", "Syrian Foreign Ministry",
                  "Syrian foreign ministry"],
           "ar": ["وزارة الخارجية والمغتربين السورية", "وزارة الخارجية والمغتربين", "الخارجية السورية"]}
QALAMOUN_SHEPHERDS = merge({"en": ["two shepherds", "shepherds"], "ar": ["راعيان", "راعيين"]}, CIVILIANS)
SETTLEMENT_PARTIES = {"en": ["opposition factions", "former regime forces", "Russia", "Syrian government"],
                      "ar": ["فصائل المعارضة", "قوات النظام السابق", "روسيا"]}
QALAMOUN_FIGHTERS = {"en": ["opposition fighters", "rebel fighters", "faction fighters"],
                     "ar": ["مقاتلو الفصائل", "فصائل المعارضة"]}
QUTAYFAH_VICTIMS = merge({"en": ["a man and his son", "father and son", "their car"],
                          "ar": ["رجل وابنه", "سيارتهما"]}, CIVILIANS)

DUMAYR = {"accept": ["مطار الضمير العسكري", "مطار الضمير", "الضمير", "القلمون الشرقي", "al-Dumayr", "Dumayr",
                     "Ad Dumayr", "Dumayr air base", "Eastern Qalamoun"]}
RUHAYBAH = {"accept": ["الرحيبة", "مدينة الرحيبة", "al-Ruhaybah", "Ruhaybah", "Ar Ruhaybah", "Ruhaiba"]}
JAYRUD_NASIRIYAH = {"accept": ["جيرود", "الناصرية", "معضمية القلمون", "Jayrud", "Jairoud", "al-Nasiriyah",
                               "Nasiriyah", "Ma'adamiyat al-Qalamoun", "Eastern Qalamoun"]}
QUTAYFAH = {"accept": ["القطيفة", "منطقة القطيفة", "مبنى منطقة القطيفة", "al-Qutayfah", "Qutayfah", "Al Qutayfah"]}
RIF_DIMASHQ = {"accept": ["مبنى محافظة ريف دمشق", "محافظة ريف دمشق", "ريف دمشق", "Rif Dimashq",
                          "Damascus countryside", "Damascus"]}
DUMAYR_ROAD = {"accept": ["الطريق بين الضمير والرحيبة", "الضمير", "الرحيبة", "al-Dumayr", "Dumayr", "al-Ruhaybah",
                          "Ruhaybah"]}
QUTAYFAH_ROAD = place({"accept": ["مدخل القطيفة", "الطريق الدولي دمشق – حمص", "Damascus-Homs highway"]}, QUTAYFAH)

# ================================================================ 122: Aleppo (Syrian pro-government daily, 2023)
ISRAEL = {"en": ["Israel", "Israeli army", "Israeli air force", "Israeli enemy", "Zionist entity"],
          "ar": ["إسرائيلي", "العدو الإسرائيلي", "الكيان الصهيوني", "إسرائيل"]}
ALEPPO_AIRPORT_T = {"en": ["Aleppo International Airport", "Aleppo airport", "airport runway", "maintenance worker"],
                    "ar": ["مطار حلب الدولي", "مدرج المطار", "المطار", "عامل من كوادر الصيانة"]}
HTS = {"en": ["Hay'at Tahrir al-Sham", "HTS", "Jabhat al-Nusra", "al-Nusra Front", "Nusra", "terrorist groups"],
       "ar": ["جبهة النصرة", "«جبهة النصرة»", "إرهابيو «جبهة النصرة»", "إرهابيو «النصرة»", "النصرة",
              "هيئة تحرير الشام", "الإرهابيين"]}
NEW_ALEPPO_VICTIMS = merge({"en": ["three civilians", "a woman"], "ar": ["ثلاثة مدنيين", "امرأة"]}, CIVILIANS)
SAA = {"en": ["Syrian Arab Army", "Syrian army", "army units", "Syrian Armed Forces", "army general command"],
       "ar": ["الجيش العربي السوري", "وحدات من الجيش العربي السوري", "القيادة العامة للجيش والقوات المسلحة",
              "نقطة للجيش"]}
HTS_LAUNCH_SITES = merge({"en": ["launch sites", "sources of fire"], "ar": ["مصادر الإطلاق"]}, HTS)
ALEPPO_POLICE = {"en": ["Criminal Security Branch", "Aleppo police", "Aleppo Police Command"],
                 "ar": ["فرع الأمن الجنائي", "عناصر فرع الأمن الجنائي", "قيادة الشرطة", "قيادة شرطة محافظة حلب"]}
SALAH_DIN_SUSPECTS = {"en": ["two young men", "suspects"], "ar": ["شابين"]}
TURKEY = {"en": ["Turkey", "Turkish forces", "Turkish army", "Turkish drone", "Turkish side"],
          "ar": ["قوات الاحتلال التركي", "طائرة مسيّرة تابعة لقوات الاحتلال التركي", "الجانب التركي", "تركي",
                 "التركية"]}
NUBL_VICTIMS = merge({"en": ["two civilians", "their car"], "ar": ["مدنيان", "سيارتهم"]}, CIVILIANS)
ALEPPO_PROTESTERS = merge({"en": ["hundreds of Aleppo residents", "students", "participants", "protesters",
                                  "National Union of Syrian Students"],
                           "ar": ["مئات من أبناء حلب وطلبة جامعتها", "أبناء حلب", "المشاركون",
                                  "الاتحاد الوطني لطلبة سورية"]}, CIVILIANS)
UN = {"en": ["United Nations", "UN"], "ar": ["الأمم المتحدة"]}
ALEPPO_GOVERNOR = {"en": ["Governor of Aleppo", "Aleppo governor", "Aleppo governorate"],
                   "ar": ["محافظ حلب", "الصفحة الرسمية للمحافظة"]}
ICRC = {"en": ["International Committee of the Red Cross", "ICRC", "Red Cross", "head of the ICRC delegation"],
        "ar": ["اللجنة الدولية للصليب الأحمر", "رئيس بعثة اللجنة الدولية للصليب الأحمر في سورية",
               "الصليب الأحمر"]}
ALEPPO_ICRC = merge(ALEPPO_GOVERNOR, ICRC)
RU_CENTER = {"en": ["Russian Reconciliation Center", "Russian Centre for Reconciliation", "Russian military",
                    "Russia"],
             "ar": ["المركز الروسي للمصالحة بين الأطراف المتنازعة في سورية", "المركز الروسي للمصالحة",
                    "نائب رئيس المركز الروسي للمصالحة"]}
SY_MOFA_2023 = {"en": ["Syrian Ministry of Foreign Affairs and Expatriates", "Syrian Foreign Ministry"],
                "ar": ["وزارة الخارجية والمغتربين", "الخارجية السورية"]}
US_ISRAEL = merge({"en": ["United States", "US administration", "Washington"], "ar": ["الإدارة الأمريكية"]},
                  ISRAEL)
UNICEF = {"en": ["UNICEF", "United Nations Children's Fund"],
          "ar": ["منظمة الأمم المتحدة للطفولة", "«يونيسف»", "يونيسف"]}
ALEPPO_SHELTERS = merge({"en": ["shelters", "earthquake-affected families", "families"],
                         "ar": ["مراكز الإيواء", "عائلات متضررة من زلزال السادس من شباط", "عائلات متضررة"]},
                        CIVILIANS)
KHAN_ASSAL_SOLDIERS = merge({"en": ["three soldiers", "army post"], "ar": ["ثلاثة عسكريين"]}, SAA)

ALEPPO_AIRPORT = {"accept": ["مطار حلب الدولي", "مطار حلب", "المطار", "Aleppo International Airport",
                             "Aleppo airport", "Aleppo"]}
NEW_ALEPPO = {"accept": ["حلب الجديدة", "الحمدانية", "حيي حلب الجديدة والحمدانية", "New Aleppo", "Hamdaniyah",
                         "al-Hamdaniya", "Aleppo"]}
KAFR_NAHA_ATARIB = {"accept": ["كفر ناها", "الأتارب", "بلدتي كفر ناها والأتارب", "Kafr Naha", "al-Atarib",
                               "Atarib", "western Aleppo countryside"]}
SALAH_DIN = {"accept": ["حي صلاح الدين", "صلاح الدين", "Salah al-Din", "Salaheddine", "Aleppo"]}
NUBL = {"accept": ["نبل", "الزهراء", "نبل والزهراء", "تل رفعت", "الريف الشمالي", "Nubl", "al-Zahraa", "Zahraa",
                   "Tal Rifaat", "Tell Rifaat", "northern Aleppo countryside"]}
SAADALLAH = {"accept": ["ساحة سعد الله الجابري", "سعد الله الجابري", "حلب", "Saadallah al-Jabiri Square",
                        "Aleppo"]}
ALEPPO = {"accept": ["حلب", "مدينة حلب", "Aleppo"]}
DARAT_IZZA = {"accept": ["دارة عزة", "بلدة دارة عزة", "الريف الغربي", "Darat Izza", "Darat Azza",
                         "western Aleppo countryside"]}
KHAN_ASSAL = {"accept": ["خان العسل", "بلدة خان العسل", "Khan al-Assal", "Khan al-Asal"]}

# ================================================================ 123: Maysan (Iraqi southern news site, 2024)
MAYSAN_TRIBES = {"en": ["two tribes", "the two tribes", "feuding tribes", "tribesmen", "both parties"],
                 "ar": ["عشيرتين", "العشيرتين", "الطرفين المتنازعين"]}
IQ_MOI = {"en": ["Iraqi Interior Ministry", "Ministry of Interior", "Interior Ministry"], "ar": ["وزارة الداخلية"]}
RRF = merge({"en": ["Rapid Response Division", "Rapid Response forces", "Rapid Response"],
             "ar": ["فرقة الرد السريع", "قوة من فرقة الرد السريع", "الرد السريع"]}, IQ_MOI)
MAYSAN_POLICE = {"en": ["Maysan police", "Maysan Police Command", "Maysan police chief", "provincial police"],
                 "ar": ["قيادة شرطة ميسان", "شرطة ميسان", "شرطة المحافظة", "قيادة الشرطة", "قواتها"]}
MAJAR_SUSPECTS = {"en": ["eight suspects", "those involved in the shooting", "gunmen"],
                  "ar": ["ثمانية من المتورطين", "المتورطين"]}
AMARAH_TEACHER = merge({"en": ["a teacher's house", "teacher", "house"],
                        "ar": ["منزل مدرس", "مدرس", "ساكنيه"]}, CIVILIANS)
MAYSAN_NARC = {"en": ["Maysan Narcotics Directorate", "Directorate of Narcotics Affairs", "anti-narcotics police"],
               "ar": ["مديرية شؤون المخدرات والمؤثرات العقلية في ميسان", "مديرية شؤون المخدرات",
                      "مفارز مديرية شؤون المخدرات"]}
DRUG_SUSPECTS = {"en": ["eleven suspects", "drug dealers", "suspects"],
                 "ar": ["أحد عشر متهماً", "متهماً", "امرأتان"]}
MAJAR_TEACHERS = merge({"en": ["teachers", "teachers of al-Majar al-Kabir", "dozens of teachers", "protesters"],
                        "ar": ["العشرات من معلمي ومدرسي قضاء المجر الكبير", "معلمي ومدرسي", "معلمي"]}, CIVILIANS)
MAYSAN_NOTABLES = {"en": ["tribal sheikhs and notables", "notables", "mediators", "tribal elders"],
                   "ar": ["شيوخ ووجهاء من عشائر المحافظة", "شيوخ ووجهاء", "الوسطاء", "الوجهاء"]}
MAYSAN_POLICE_CHIEF = {"en": ["Maysan police chief", "commander of Maysan police"], "ar": ["قائد شرطة ميسان"]}
MAYSAN_MEDIATION = merge(MAYSAN_TRIBES, MAYSAN_POLICE_CHIEF)
VICTIM_FAMILY = {"en": ["relatives of one of the dead", "victim's family"], "ar": ["ذوي أحد القتيلين"]}
MAJAR_POLICE_DIRECTOR = {"en": ["al-Majar al-Kabir police director", "district police director"],
                         "ar": ["مدير شرطة قضاء المجر الكبير", "مدير شرطة"]}
MAYSAN_FUGITIVES = {"en": ["fugitive suspects", "wanted men"], "ar": ["المطلوبين الفارين", "المطلوبين"]}
NARC_MEMBER = {"en": ["member of the narcotics directorate", "anti-narcotics officer"],
               "ar": ["منتسب في مديرية شؤون المخدرات", "منتسب"]}

MAJAR = {"accept": ["المجر الكبير", "قضاء المجر الكبير", "Majar al-Kabir", "al-Majar al-Kabir", "Al Majar al Kabir"]}
AMARAH = {"accept": ["العمارة", "مدينة العمارة", "مركز مدينة العمارة", "مديرية تربية ميسان", "Amarah", "al-Amarah",
                     "Al Amarah"]}
KAHLA_MAYMUNA_ALI = {"accept": ["الكحلاء", "الميمونة", "علي الغربي", "أقضية الكحلاء والميمونة وعلي الغربي", "ميسان",
                                "al-Kahla", "Kahla", "al-Maymunah", "Maimouna", "Ali al-Gharbi", "Maysan"]}
KAHLA = {"accept": ["الكحلاء", "قضاء الكحلاء", "al-Kahla", "Kahla", "Al Kahla"]}

# ================================================================ 124: Hadramawt (Hadrami news site, 2025)
AQAP = {"en": ["al-Qaeda in the Arabian Peninsula", "AQAP", "al-Qaeda", "masked gunmen", "attackers"],
        "ar": ["تنظيم القاعدة", "عناصر من تنظيم القاعدة", "القاعدة", "مسلحون ملثمون", "المهاجمين"]}
ELITE = {"en": ["Hadrami Elite Forces", "Hadrami Elite", "Elite forces", "checkpoint", "two soldiers"],
         "ar": ["قوات النخبة الحضرمية", "النخبة الحضرمية", "«النخبة الحضرمية»", "جنديان من قوات النخبة الحضرمية",
                "نقطة تفتيش", "الجنديان"]}
MUKALLA_PROTESTERS = merge({"en": ["protesters", "hundreds of protesters", "demonstrators"],
                            "ar": ["مئات المحتجين", "المحتجين"]}, CIVILIANS)
YE_SECURITY = {"en": ["security forces", "Yemeni security forces", "Hadramawt security forces"],
               "ar": ["قوات الأمن"]}
FUWWAH_VICTIM = merge({"en": ["a young man", "protesters"], "ar": ["شاب", "المحتجين"]}, CIVILIANS)
HTA = {"en": ["Hadramawt Tribal Alliance", "Hadramout Tribal Alliance", "Tribal Alliance", "Alliance spokesman"],
       "ar": ["حلف قبائل حضرموت", "الحلف", "مسلحي الحلف", "المتحدث باسم الحلف", "ممثلين عن الحلف"]}
STC = {"en": ["Southern Transitional Council", "STC"], "ar": ["المجلس الانتقالي الجنوبي", "الانتقالي"]}
HADRAMAWT_AUTHORITY = {"en": ["Hadramawt local authority", "local authority", "governorate authorities"],
                       "ar": ["السلطة المحلية في المحافظة", "السلطة المحلية"]}
HADRAMAWT_DEPUTY = {"en": ["Deputy Governor of Hadramawt for the Valley and Desert", "Hadramawt deputy governor",
                           "deputy governor"],
                    "ar": ["وكيل محافظة حضرموت لشؤون الوادي والصحراء", "وكيل محافظة حضرموت"]}
DEPUTY_HTA = merge(HADRAMAWT_DEPUTY, HTA, {"en": ["the two sides"], "ar": ["الطرفان"]})
SDRPY = {"en": ["Saudi Development and Reconstruction Program for Yemen", "SDRPY", "Saudi Arabia"],
         "ar": ["البرنامج السعودي لتنمية وإعمار اليمن", "البرنامج السعودي"]}
HADRAMAWT_POWER = merge({"en": ["power stations", "Hadramawt coast power plants", "electricity corporation"],
                         "ar": ["محطات الكهرباء في ساحل حضرموت", "محطات الكهرباء"]}, CIVILIANS)
SHIHR_SUSPECTS = {"en": ["four suspects", "four people"], "ar": ["أربعة أشخاص"]}
TANKER_DRIVERS = merge({"en": ["tanker convoy", "drivers", "private transport company"],
                        "ar": ["قافلة صهاريج", "سائقيها", "شركة نقل خاصة"]}, CIVILIANS)
YE_GOV = {"en": ["Yemeni government", "government", "internationally recognised government"],
          "ar": ["الحكومة", "الحكومة اليمنية"]}
HOUTHIS = {"en": ["Houthis", "Ansar Allah", "Houthi drones"], "ar": ["حوثية", "الحوثيين", "جماعة الحوثي"]}
DABBA_TERMINAL = {"en": ["al-Dhabba oil terminal", "oil terminal"], "ar": ["ميناء الضبة النفطي", "ميناء الضبة"]}
SSF = {"en": ["Special Security Forces", "soldier", "patrol"],
       "ar": ["قوات الأمن الخاصة", "جندي من قوات الأمن الخاصة", "رفاقه"]}

DAWAN = {"accept": ["وادي دوعن", "دوعن", "مدخل وادي دوعن", "نقطة دوعن", "Wadi Daw'an", "Wadi Doan", "Dawan",
                    "Daw'an"]}
MUKALLA = {"accept": ["المكلا", "مدينة المكلا", "الديس", "الشرج", "فوة", "al-Mukalla", "Mukalla", "Al Mukalla",
                      "al-Dis", "al-Sharj", "Fuwwah"]}
FUWWAH = place({"accept": ["فوة", "حي فوة", "Fuwwah", "Fuwa"]}, MUKALLA)
OIL_PLATEAU = {"accept": ["هضبة حضرموت", "حقول النفط", "الهضبة", "Hadramawt plateau", "Hadramout plateau",
                          "oil fields"]}
SEIYUN = {"accept": ["سيئون", "مدينة سيئون", "Seiyun", "Sayun", "Say'un"]}
MUKALLA_PORT = place({"accept": ["ميناء المكلا", "ساحل حضرموت", "Mukalla port", "Hadramawt coast"]}, MUKALLA)
SHIHR = {"accept": ["الشحر", "مدينة الشحر", "al-Shihr", "Shihr", "Ash Shihr"]}
ABR = {"accept": ["العبر", "منطقة العبر", "al-Abr", "Al Abr"]}
DABBA = {"accept": ["ميناء الضبة النفطي", "ميناء الضبة", "الضبة", "al-Dhabba", "Dhabba", "al-Dabba"]}
QATN = {"accept": ["القطن", "مديرية القطن", "وادي حضرموت", "al-Qatn", "Qatn", "Wadi Hadramawt"]}

# ================================================================ 125: River Nile State (Sudanese pro-army paper, 2025)
RSF = {"en": ["Rapid Support Forces", "RSF", "RSF militia", "rebel militia"],
       "ar": ["ميليشيا الدعم السريع المتمردة", "الدعم السريع", "«الدعم السريع»", "الميليشيا", "عناصر الميليشيا",
              "مسيّراتها"]}
ATBARA_STATION = merge({"en": ["Atbara main transformer station", "power station", "four workers", "two engineers"],
                        "ar": ["محطة تحويل الكهرباء الرئيسية", "محطة التحويل", "محطة الكهرباء الرئيسية",
                               "العاملين", "مهندسيها"]}, CIVILIANS)
DAMER_VICTIMS = merge({"en": ["three civilians", "a girl", "residential neighbourhood"],
                       "ar": ["ثلاثة مدنيين", "طفلة", "حي سكني"]}, CIVILIANS)
SAF = {"en": ["Sudanese Armed Forces", "SAF", "Sudanese army", "air defences", "army spokesman", "military aviation"],
       "ar": ["القوات المسلحة", "الدفاعات الأرضية", "الناطق الرسمي باسم القوات المسلحة", "الطيران الحربي"]}
SAF_3RD_DIV = merge({"en": ["3rd Infantry Division", "Third Infantry Division", "mobilised volunteers"],
                     "ar": ["قيادة الفرقة الثالثة مشاة", "الفرقة الثالثة مشاة", "قواتها", "المستنفرين"]}, SAF)
RSF_INFILTRATORS = merge({"en": ["RSF group", "RSF fighters"], "ar": ["مجموعة من عناصر الميليشيا"]}, RSF)
RN_SECURITY = {"en": ["security services", "River Nile police", "state police director", "police"],
               "ar": ["الأجهزة الأمنية", "مدير شرطة الولاية"]}
ATBARA_DETAINEES = {"en": ["more than forty people", "people without identity papers"],
                    "ar": ["أكثر من أربعين شخصاً", "شخصاً لا يحملون أوراقاً ثبوتية"]}
RN_GOV = {"en": ["River Nile State government", "River Nile government", "state government"],
          "ar": ["حكومة ولاية نهر النيل"]}
INTL_ORGS = {"en": ["international and regional organisations", "international organizations"],
             "ar": ["المنظمات الدولية والإقليمية", "المنظمات الدولية"]}
POP_RESISTANCE = {"en": ["Popular Resistance", "Popular Resistance coordination", "River Nile Popular Resistance",
                         "participants"],
                  "ar": ["تنسيقية المقاومة الشعبية بولاية نهر النيل", "تنسيقية المقاومة الشعبية", "التنسيقية",
                         "المشاركون"]}
RN_WALI = {"en": ["River Nile governor", "Wali of River Nile", "governor of River Nile State"],
           "ar": ["والي ولاية نهر النيل"]}
UNHCR = {"en": ["UNHCR", "UN refugee agency", "United Nations High Commissioner for Refugees"],
         "ar": ["المفوضية السامية للأمم المتحدة لشؤون اللاجئين", "ممثل المفوضية السامية للأمم المتحدة لشؤون اللاجئين",
                "وفد من المفوضية", "المفوضية"]}
WALI_UNHCR = merge(RN_WALI, UNHCR, {"en": ["both sides"], "ar": ["الطرفان"]})
SHENDI_EMERGENCY = {"en": ["Shendi emergency committee", "emergency committee"],
                    "ar": ["لجنة الطوارئ في محلية شندي", "لجنة الطوارئ"]}
SHENDI_DEPOTS = {"en": ["fuel depots"], "ar": ["مستودعات للوقود"]}
RSF_ADVISER = merge({"en": ["RSF adviser", "adviser to the RSF command"], "ar": ["مستشار في قيادة الدعم السريع"]},
                    RSF)
SHENDI_FARMERS = merge({"en": ["two farmers", "farm"], "ar": ["مزارعان", "مشروعاً زراعياً"]}, CIVILIANS)
RSF_LOOTERS = merge({"en": ["armed group on motorbikes", "RSF-affiliated outlaws", "armed group"],
                     "ar": ["مجموعة مسلحة", "متفلتين تابعين للميليشيا"]}, RSF)

ATBARA = {"accept": ["عطبرة", "مدينة عطبرة", "نهر النيل", "ولاية نهر النيل", "Atbara", "River Nile State"]}
DAMER_BERBER_UBAYDIYAH = {"accept": ["الدامر", "بربر", "العبيدية", "مدينتي الدامر وبربر", "Ad-Damer", "Ed Damer",
                                     "Damer", "Berber", "al-Ubaydiyah", "Ubeidiya"]}
MATAMMA_BAYUDA = {"accept": ["المتمة", "محلية المتمة", "صحراء بيوضة", "بيوضة", "al-Matamma", "Metemma",
                             "Bayuda desert", "Bayuda"]}
SHENDI_MATAMMA_ABU_HAMAD = {"accept": ["شندي", "المتمة", "أبو حمد", "Shendi", "al-Matamma", "Abu Hamad"]}
DAMER = {"accept": ["الدامر", "Ad-Damer", "Ed Damer", "Damer"]}
SHENDI = {"accept": ["شندي", "مدينة شندي", "محلية شندي", "Shendi"]}
DAMER_SHENDI = place(DAMER, SHENDI)
SHENDI_WEST_BANK = place({"accept": ["الضفة الغربية للنيل قبالة مدينة شندي", "الضفة الغربية للنيل"]}, SHENDI)
NORTHERN_STATES = {"accept": ["الولايات الشمالية", "northern states", "northern Sudan"]}
MEROWE = {"accept": ["سد مروي", "مروي", "Merowe Dam", "Merowe"]}
