"""Accepted actor names and place names for the forty-sixth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not copied
from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the articles, common
variants, and English names). Iraqi and Lebanese towns were checked against the GeoNames lists in
../shared/data/geonames/ where they have them (Khanaqin, Kalar, Baqubah; Zahle, Aanjar). Villages, sub-districts,
crossings and neighbourhoods absent from those lists (Jalawla, as-Saadiya, Qara Tapa; Bar Elias, Majdal Anjar,
al-Masnaa, Chtaura, Dahr al-Baidar, as-Sawiri) carry their usual spellings. Yemen, Egypt and Bahrain are not covered
by those lists: al-Mahra's, North Sinai's and Bahrain's places carry their usual Arabic and English spellings.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الحكومة», «اللجنة», «المحكمة») are left out on purpose, with
these exceptions, each used only in an article where it names a single actor: «التنظيم» (226, only ever ISIS; 229,
only ever Wilayat Sinai), «الحشد» (226, only ever the PMF), «الجيش» (227, only ever the Lebanese army), «اللجنة»
(228, only ever the sit-in committee), «الحكومة» (229, only ever the Egyptian government), «الجمعية» (230, only
ever al-Wefaq).
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

# ================================================================ 226: Khanaqin and the Jalawla front (Kurdish site)
ISIS_KH = {"en": ["ISIS", "Islamic State", "IS", "ISIL", "Daesh", "ISIS fighters"],
           "ar": ["تنظيم «داعش» الإرهابي", "تنظيم «داعش»", "مسلحو تنظيم «داعش»", "مسلحي «داعش»", "إرهابيي داعش",
                  "داعش", "التنظيم", "الحسابات المؤيدة للتنظيم", "المهاجمين", "المهاجمون"]}
PESHMERGA = {"en": ["Peshmerga", "Kurdish Peshmerga", "Peshmerga forces", "Peshmerga fighters",
                    "Kurdistan Region Peshmerga"],
             "ar": ["قوات البيشمركة", "مقاتلي البيشمركة", "ثلاثة من مقاتلي البيشمركة", "البيشمركة", "آمر القاطع",
                    "آمر قاطع في المحور", "ثكنات البيشمركة", "مواضع البيشمركة"]}
COALITION = {"en": ["US-led coalition", "international coalition", "Global Coalition", "coalition aircraft",
                    "coalition countries"],
             "ar": ["التحالف الدولي", "طائرات التحالف الدولي", "دول التحالف الدولي"]}
ISIS_GATHERINGS = merge({"en": ["ISIS gatherings", "ISIS positions"], "ar": ["تجمعات للتنظيم"]}, ISIS_KH)
SAADIYA_IDPS = merge({"en": ["displaced people from as-Saadiya", "IDPs", "displaced families", "sit-in protesters",
                             "protesters' delegation"],
                      "ar": ["مئات النازحين من أهالي السعدية", "النازحين", "المعتصمين", "المعتصمون", "سبعة منهم",
                             "العائلات النازحة", "نازحو السعدية", "عائلة نازحة"]}, CIVILIANS)
IQ_FED_GOV = {"en": ["Iraqi federal government", "federal government", "Iraqi government", "Baghdad"],
              "ar": ["الحكومة الاتحادية في بغداد", "الحكومة الاتحادية", "بغداد"]}
KRG = {"en": ["Kurdistan Regional Government", "KRG", "Kurdistan Region government"],
       "ar": ["حكومة إقليم كوردستان", "حكومة الإقليم"]}
FED_KRG = merge(IQ_FED_GOV, KRG)
KH_QAIMMAQAM = {"en": ["Khanaqin district commissioner", "qaimmaqam of Khanaqin", "Khanaqin district administration",
                       "district commissioner"],
                "ar": ["قائممقام خانقين", "قائممقامية خانقين"]}
KH_ASAYISH = {"en": ["Asayish", "Khanaqin Asayish", "Kurdish security forces", "Asayish directorate"],
              "ar": ["مديرية أسايش خانقين", "أسايش خانقين", "مفرزة تابعة لها", "الأسايش"]}
KH_SUSPECTS = {"en": ["two suspects", "two residents", "ISIS informants"],
               "ar": ["شخصين من سكان القضاء", "شخصين"]}
KH_TAXI = merge({"en": ["taxi driver", "taxi", "driver", "passengers"],
                 "ar": ["سيارة أجرة", "سائقها", "راكبَين"]}, CIVILIANS)
SAADIYA_YOUTHS = merge({"en": ["four young men", "young men"],
                        "ar": ["أربعة شبان من الناحية", "أربعة شبان", "الشبان"]}, CIVILIANS)
PMF = {"en": ["Popular Mobilization Forces", "Popular Mobilisation Forces", "PMF", "Hashd al-Shaabi",
              "PMF factions"],
       "ar": ["فصائل من الحشد الشعبي", "الحشد الشعبي", "فصائل الحشد", "الحشد"]}
PESH_MINISTRY = {"en": ["Ministry of Peshmerga Affairs", "Peshmerga ministry", "KRG Ministry of Peshmerga Affairs"],
                 "ar": ["وزارة شؤون البيشمركة"]}
UNICEF = {"en": ["UNICEF", "United Nations Children's Fund"],
          "ar": ["منظمة الأمم المتحدة للطفولة", "يونيسف", "«يونيسف»"]}
KH_CHILDREN = merge({"en": ["displaced children", "six thousand displaced children", "camps in Khanaqin and Kalar"],
                     "ar": ["نحو ستة آلاف طفل نازح", "طفل نازح", "مخيمات خانقين وكلار"]}, CIVILIANS)

JALAWLA_FRONT = {"accept": ["محور جلولاء", "جلولاء", "أطراف جلولاء", "الخطوط الأمامية لمحور جلولاء", "قضاء خانقين",
                            "خانقين", "Jalawla", "Jalula", "Jalawla front", "Khanaqin"]}
JALAWLA_SAADIYA = {"accept": ["جلولاء", "السعدية", "ناحية السعدية", "Jalawla", "Jalula", "as-Saadiya", "Saadiya",
                              "Al Sa'diyah", "Sadiyah"]}
KHANAQIN = {"accept": ["خانقين", "قضاء خانقين", "قائممقامية خانقين", "مركز القضاء", "Khanaqin", "Khanaqeen",
                       "Khānaqīn"]}
KH_QARATAPA_ROAD = {"accept": ["طريق خانقين – قره تبه", "قره تبه", "خانقين", "Qara Tapa", "Qaratapa", "Qara Tepe",
                               "Khanaqin"]}
SAADIYA = {"accept": ["السعدية", "ناحية السعدية", "سوقها الرئيسي", "as-Saadiya", "Saadiya", "Sadiyah",
                      "Al Sa'diyah"]}
SAADIYA_HAMRIN = {"accept": ["السعدية", "ناحية السعدية", "المرتفعات المحاذية لناحية السعدية", "جبال حمرين",
                             "سلسلة جبال حمرين", "as-Saadiya", "Saadiya", "Hamrin", "Hamrin Mountains"]}
KHANAQIN_KALAR = {"accept": ["مخيمات خانقين وكلار", "خانقين", "كلار", "Khanaqin", "Kalar", "Kelar"]}

# ================================================================ 227: central Bekaa (Lebanese daily)
BE_FAMILIES = {"en": ["two families", "gunmen from two families", "families of Bar Elias", "clans"],
               "ar": ["عائلتين", "عائلتين في بلدة برالياس", "المتورطين في الإشكال"]}
LB_ARMY = {"en": ["Lebanese army", "Lebanese Armed Forces", "LAF", "army units", "army checkpoint"],
           "ar": ["الجيش اللبناني", "الجيش", "قوة منه", "وحداته", "عناصر من الجيش"]}
BE_DETAINEES = {"en": ["three of those involved", "three suspects", "participants in the clash"],
                "ar": ["ثلاثة منهم", "المتورطين في الإشكال"]}
BE_MUNICIPALITY = {"en": ["Bar Elias municipality", "municipal council of Bar Elias", "Bar Elias municipal council"],
                   "ar": ["المجلس البلدي في برالياس", "المجلس البلدي", "البلدية"]}
SY_REFUGEES = merge({"en": ["Syrian refugees", "Syrian nationals", "displaced Syrians", "refugees"],
                     "ar": ["«الرعايا السوريين»", "الرعايا السوريين", "النازحين السوريين", "النازحين",
                            "آلاف العائلات"]}, CIVILIANS)
HR_ACTIVISTS = {"en": ["human rights activists", "rights activists"], "ar": ["ناشطون في مجال حقوق الإنسان"]}
KIDNAPPERS = {"en": ["masked gunmen", "kidnappers", "gunmen", "unknown gunmen"],
              "ar": ["مسلحون ملثمون", "مسلحين ملثمين", "الخاطفين", "الخاطفون"]}
CHTAURA_TRADER = merge({"en": ["Syrian car dealer", "car dealer", "Syrian trader", "kidnapped man"],
                        "ar": ["تاجر سيارات سوري الجنسية", "تاجر سيارات", "المخطوف"]}, CIVILIANS)
TRADER_FAMILY = {"en": ["the kidnapped man's family", "family"], "ar": ["العائلة", "أحد أقارب المخطوف"]}
ZAHLE_MP = {"en": ["Zahle MP", "a member of parliament for Zahle", "MP for Zahle"], "ar": ["نائب عن زحلة"]}
DEFACTO = {"en": ["de facto forces", "forces of the de facto order", "powers that be"],
           "ar": ["«قوى الأمر الواقع»", "قوى الأمر الواقع"]}
LB_INTERIOR_ARMY = {"en": ["Lebanese interior minister", "Interior Minister", "army commander", "army chief"],
                    "ar": ["وزير الداخلية وقائد الجيش", "وزير الداخلية", "قائد الجيش"]}
BEKAA_GOVERNOR = {"en": ["Bekaa governor", "governor of the Bekaa", "sub-regional security council"],
                  "ar": ["محافظ البقاع", "مجلس الأمن الفرعي"]}
BEKAA_SECURITY = {"en": ["security chiefs", "heads of the security agencies", "mayors of central Bekaa"],
                  "ar": ["قادة الأجهزة الأمنية العاملة في المحافظة", "قادة الأجهزة الأمنية",
                         "رؤساء بلديات البقاع الأوسط"]}
LB_ARMY_ISF = merge({"en": ["Internal Security Forces", "ISF", "joint patrols"],
                     "ar": ["الجيش وقوى الأمن الداخلي", "قوى الأمن الداخلي"]}, LB_ARMY)
VICTIM_FAMILY = {"en": ["the dead man's family", "victim's family", "family of the deceased"],
                 "ar": ["عائلة القتيل"]}
LB_SEC_AGENCIES = {"en": ["security agencies", "Lebanese security services"], "ar": ["الأجهزة الأمنية"]}
MUFTI = {"en": ["Mufti of Zahle and the Bekaa", "religious figures"],
         "ar": ["مفتي زحلة والبقاع", "الفاعليات الدينية في البلدة"]}
SY_ARMED_GROUPS = {"en": ["Syrian armed groups", "armed groups from Syria", "gunmen from Syria"],
                   "ar": ["مجموعات مسلحة قدمت من الأراضي السورية", "مجموعات مسلحة"]}
UNHCR = {"en": ["UNHCR", "UN refugee agency", "Office of the UN High Commissioner for Refugees"],
         "ar": ["المفوضية السامية للأمم المتحدة لشؤون اللاجئين", "المفوضية السامية", "المفوضية"]}
BEKAA_REFUGEE_FAMILIES = merge({"en": ["displaced families", "twenty thousand displaced families",
                                       "refugee families"],
                                "ar": ["نحو عشرين ألف عائلة نازحة", "عائلة نازحة"]}, CIVILIANS)
DAHR_DETAINEES = {"en": ["driver and companion", "driver", "arms smugglers", "car loaded with weapons"],
                  "ar": ["سائقها ومرافقاً له", "سائقها", "سيارة محمّلة بأسلحة فردية وذخائر"]}

BAR_ELIAS = {"accept": ["برالياس", "بلدة برالياس", "بر الياس", "البقاع الأوسط", "Bar Elias", "Bar Elyas",
                        "Bar Ilyas", "central Bekaa"]}
MAJDAL_ANJAR = {"accept": ["مجدل عنجر", "بلدة مجدل عنجر", "أطراف بلدة مجدل عنجر", "نقطة المصنع الحدودية", "المصنع",
                           "Majdal Anjar", "Majdel Anjar", "Masnaa"]}
CHTAURA = {"accept": ["شتورة", "مدخل شتورة", "الطريق الدولية عند مدخل شتورة", "Chtaura", "Shtaura", "Shtoura"]}
ZAHLE = {"accept": ["زحلة", "سرايا زحلة", "Zahle", "Zahlé", "Zahleh"]}
MAJDAL_SAWIRI = {"accept": ["جرود مجدل عنجر والصويري", "مجدل عنجر", "الصويري", "Majdal Anjar", "Sawiri",
                            "Souairi"]}
BEKAA = {"accept": ["البقاع", "Bekaa", "Beqaa", "Bekaa Valley"]}
DAHR_BAIDAR = {"accept": ["ضهر البيدر", "حاجزه في ضهر البيدر", "Dahr al-Baidar", "Dahr el Baidar",
                          "Dahr al-Baydar"]}
BEKAA_ROAD = {"accept": ["الطريق الدولية بين ضهر البيدر والمصنع", "ضهر البيدر", "المصنع", "Dahr al-Baidar",
                         "Masnaa"]}

# ================================================================ 228: al-Mahra (Yemeni local site)
MAHRA_TRIBESMEN = {"en": ["tribal gunmen", "Shehen tribesmen", "gunmen from Shehen district", "tribesmen"],
                   "ar": ["مسلحين من أبناء مديرية شحن", "مسلح قبلي", "أبناء مديرية شحن"]}
SAUDI_BACKED_FORCE = {"en": ["Saudi-backed force", "Saudi-backed forces", "Saudi forces", "Saudi-led coalition"],
                      "ar": ["قوة عسكرية تدعمها السعودية", "قوة مدعومة سعودياً", "أفراد القوة"]}
CLASH_SIDES = merge(MAHRA_TRIBESMEN, SAUDI_BACKED_FORCE)
SAUDI_FORCES = {"en": ["Saudi forces", "Saudi Arabia", "Saudi military", "Saudi-led coalition",
                       "Saudi occupation forces"],
                "ar": ["«قوات الاحتلال السعودي وأدواتها المحلية»", "قوات الاحتلال السعودي", "القوات السعودية",
                       "عربات عسكرية سعودية"]}
SIT_IN_COMMITTEE = {"en": ["Peaceful Sit-in Committee of al-Mahra", "sit-in committee", "Mahra sit-in committee"],
                    "ar": ["لجنة الاعتصام السلمي لأبناء محافظة المهرة", "لجنة الاعتصام", "اللجنة"]}
MAHRA_MARCHERS = merge({"en": ["thousands of Mahra residents", "marchers", "protesters", "participants"],
                        "ar": ["آلاف من أبناء المهرة", "المشاركون", "أبناء المهرة"]}, CIVILIANS)
YE_GOV = {"en": ["Yemeni government", "legitimate government", "internationally recognised government"],
          "ar": ["الحكومة الشرعية"]}
YE_COAST_GUARD = {"en": ["Yemeni Coast Guard", "coast guard", "coalition forces", "Saudi-led coalition"],
                  "ar": ["دوريات خفر السواحل اليمنية", "خفر السواحل اليمنية", "خفر السواحل", "قوات التحالف",
                         "قيادة القوات المشتركة للتحالف"]}
BOAT_CREW = {"en": ["boat crew", "four crew members", "smugglers", "boat"],
             "ar": ["أربعة من طاقمه", "قارباً محمّلاً", "قارباً"]}
MAHRA_GOVERNOR = {"en": ["governor of al-Mahra", "Mahra governor"], "ar": ["محافظ المهرة"]}
SAUDI_COMMANDER = {"en": ["commander of Saudi forces in al-Mahra", "Saudi forces commander", "Saudi forces"],
                   "ar": ["قائد القوات السعودية في المحافظة", "القوات السعودية"]}
MAHRA_SECURITY = {"en": ["Mahra security administration", "governorate security forces", "security forces"],
                  "ar": ["قوة من إدارة أمن المحافظة", "إدارة أمن المحافظة", "إدارة الأمن"]}
COMMITTEE_MEMBERS = merge({"en": ["two sit-in committee members", "committee members"],
                           "ar": ["عضوين في لجنة الاعتصام", "الرجلين", "المعتقلَين"]}, SIT_IN_COMMITTEE)
SHEHEN_SHEIKH = {"en": ["Shehen sheikh", "tribal sheikh", "Shehen tribes"],
                 "ar": ["أحد مشايخ شحن", "مشايخ شحن", "قبائل المديرية"]}
SDRPY = {"en": ["Saudi Development and Reconstruction Program for Yemen", "SDRPY", "Saudi program"],
         "ar": ["البرنامج السعودي لتنمية وإعمار اليمن", "البرنامج السعودي"]}
GHAYDAH_HOSPITAL = {"en": ["al-Ghaydah central hospital", "Ghaydah hospital"], "ar": ["مستشفى الغيضة المركزي"]}
GHAYDAH_OFFICER = merge({"en": ["security officer", "officer's escort", "bodyguard"],
                         "ar": ["سيارة ضابط في إدارة أمن المحافظة", "ضابط", "مرافقه"]}, CIVILIANS)

SHEHEN = {"accept": ["شحن", "مديرية شحن", "منفذ شحن", "منفذ شحن الحدودي", "Shehen", "Shahan", "Shahn", "Shihan"]}
GHAYDAH = {"accept": ["الغيضة", "مدينة الغيضة", "ساحة الاعتصام المفتوح", "al-Ghaydah", "Al Ghaydah", "Ghaydah",
                      "Al-Ghaidah"]}
GHAYDAH_AIRPORT = place({"accept": ["مطار الغيضة", "Ghaydah airport"]}, GHAYDAH)
GHAYDAH_WEST = place({"accept": ["المدخل الغربي للغيضة"]}, GHAYDAH)
HAWF = {"accept": ["حوف", "مديرية حوف", "سواحل مديرية حوف", "Hawf", "Hauf", "Huf"]}
QISHN_GHAYDAH = {"accept": ["قشن", "مدينة قشن", "الغيضة", "Qishn", "al-Ghaydah", "Ghaydah"]}
MAHRA = {"accept": ["المهرة", "محافظة المهرة", "al-Mahra", "Mahra", "Al Mahrah"]}

# ================================================================ 229: North Sinai (pan-Arab daily)
EG_ARMY = {"en": ["Egyptian army", "Egyptian Armed Forces", "Egyptian soldiers", "Second Field Army",
                  "military spokesman", "army checkpoint"],
           "ar": ["الجيش المصري", "قوات الجيش", "ثلاثة جنود مصريين", "كميناً أمنياً", "قوات الجيش الثاني الميداني",
                  "المتحدث العسكري باسم القوات المسلحة", "القوات المسلحة", "الجنود", "جنود الجيش المرتد"]}
WS = {"en": ["Wilayat Sinai", "Sinai Province", "Islamic State in Sinai", "Islamic State", "ISIS"],
      "ar": ["تنظيم «ولاية سيناء»", "«ولاية سيناء»", "ولاية سيناء", "التنظيم"]}
WS_GUNMEN = merge({"en": ["gunmen", "militants", "attackers"], "ar": ["مسلحون", "المهاجمين"]}, WS)
TAKFIRI = merge({"en": ["takfiri elements", "militants", "terrorist hotbeds"],
                 "ar": ["11 عنصراً تكفيرياً", "عنصراً تكفيرياً", "بؤراً إرهابية", "11 مسلحاً"]}, WS)
ARMORED_VEHICLE = merge({"en": ["army armoured vehicle", "an officer and three conscripts"],
                         "ar": ["مدرعة تابعة للجيش", "ضابط وثلاثة مجندين"]}, EG_ARMY)
ARISH_BLAST_VICTIMS = merge({"en": ["two policemen and a civilian", "security building", "police"],
                             "ar": ["مبنى أمني", "شرطيين ومدني"]}, CIVILIANS)
JOURA_GIRL = merge({"en": ["ten-year-old girl", "girl", "family home"],
                    "ar": ["طفلة في العاشرة", "طفلة", "منزل أسرتها", "شقيقتها الصغرى"]}, CIVILIANS)
JOURA_RELATIVE = {"en": ["a relative of the girl", "relative"], "ar": ["أحد أقارب الطفلة"]}
EG_POLICE = {"en": ["Egyptian police", "police forces", "North Sinai security directorate", "security forces"],
             "ar": ["قوات الشرطة", "مديرية أمن شمال سيناء", "مديرية الأمن", "قوات الأمن"]}
ARISH_DETAINEES = merge({"en": ["seventeen people", "suspects", "students and workers"],
                         "ar": ["سبعة عشر شخصاً", "الموقوفين", "طلاباً جامعيين"]}, CIVILIANS)
SAWARKA = {"en": ["Sawarka tribe", "sheikhs of the Sawarka", "Sawarka elders"],
           "ar": ["مشايخ وعواقل من قبيلة السواركة", "قبيلة السواركة", "السواركة"]}
EG_GOV = {"en": ["Egyptian government", "government of Egypt"], "ar": ["الحكومة المصرية", "الحكومة"]}
GUNMEN = {"en": ["gunmen", "armed men"], "ar": ["مسلحين", "مسلحون"]}
BIR_POLICEMAN = {"en": ["policeman", "police sergeant", "police officer"],
                 "ar": ["أمين شرطة من أبناء مدينة بئر العبد", "أمين شرطة", "الشرطي"]}
ARISH_SHOPKEEPERS = merge({"en": ["shop owners", "shopkeepers", "residents of al-Arish"],
                           "ar": ["أصحاب المحال التجارية", "أصحاب المحال"]}, CIVILIANS)
EG_AUTHORITIES = {"en": ["Egyptian authorities", "Egypt"], "ar": ["السلطات المصرية"]}
GAZA_TRAVELLERS = {"en": ["humanitarian cases", "students", "residence holders", "Gaza residents", "travellers"],
                   "ar": ["الحالات الإنسانية والطلاب وحملة الإقامات", "الحالات الإنسانية"]}

ARISH_SOUTH = {"accept": ["الطريق الدائري جنوبي مدينة العريش", "جنوبي العريش", "كمين العريش", "مدينة العريش",
                          "العريش", "شمال سيناء", "al-Arish", "Arish", "El Arish", "North Sinai"]}
RAFAH_SZ = {"accept": ["جنوبي رفح والشيخ زويد", "رفح", "الشيخ زويد", "Rafah", "Sheikh Zuweid", "Sheikh Zuwayed",
                       "North Sinai"]}
SHEIKH_ZUWEID = {"accept": ["الشيخ زويد", "الطريق الدولي غرب المدينة", "Sheikh Zuweid", "Sheikh Zuwayed",
                            "Shaykh Zuwayd"]}
ARISH_MASAID = {"accept": ["حي المساعيد", "المساعيد", "العريش", "al-Arish", "Arish", "Masaid"]}
JOURA = {"accept": ["الجورة", "قرية الجورة", "الشيخ زويد", "al-Joura", "El Gorah", "Al Jurah", "Sheikh Zuweid"]}
ARISH_DISTRICTS = {"accept": ["حيي المساعيد والضاحية", "المساعيد", "الضاحية", "العريش", "al-Arish", "Arish"]}
ARISH_RAFAH_ROAD = {"accept": ["الطريق الدولي بين العريش ورفح", "العريش", "رفح", "al-Arish", "Arish", "Rafah",
                               "Arish-Rafah road"]}
ARISH = {"accept": ["العريش", "مدينة العريش", "al-Arish", "Arish", "El Arish"]}
BIR_ABD = {"accept": ["بئر العبد", "مدينة بئر العبد", "Bir al-Abd", "Bir el-Abd", "Bir al Abd"]}
ARISH_DAHIYA = {"accept": ["حي الضاحية", "الضاحية", "العريش", "al-Arish", "Arish"]}
RAFAH_CROSSING = {"accept": ["معبر رفح البري", "معبر رفح", "رفح", "Rafah crossing", "Rafah"]}
RAFAH_BUFFER = {"accept": ["المنطقة العازلة", "الحدود مع قطاع غزة", "رفح", "Rafah", "buffer zone"]}

# ================================================================ 230: Bahrain (opposition site)
BH_SECURITY = {"en": ["Bahraini security forces", "security forces", "riot police", "Bahrain Interior Ministry",
                      "public security forces"],
               "ar": ["قوات الأمن", "قوات الشغب", "آليات قوات الشغب", "قوات حفظ النظام", "وزارة الداخلية"]}
SITRA_PROTESTERS = merge({"en": ["protesters", "demonstrators", "marchers", "nine protesters", "rioters"],
                          "ar": ["تسعة متظاهرين", "متظاهرين", "المحتجين", "المشاركين", "مجموعة من المخربين"]},
                         CIVILIANS)
BH_INTERIOR = {"en": ["Bahrain Interior Ministry", "Ministry of Interior", "Interior Ministry"],
               "ar": ["وزارة الداخلية", "الوزارة"]}
SITRA_DETAINEES = {"en": ["five people", "five of those involved", "suspects"],
                   "ar": ["خمسة من المتورطين", "المتورطين"]}
BH_COURT = {"en": ["High Criminal Court", "Bahraini court", "criminal court"],
            "ar": ["المحكمة الكبرى الجنائية", "المحكمة الكبرى"]}
KARZAKAN_YOUTHS = {"en": ["nine young men", "nine youths from Karzakan", "defendants"],
                   "ar": ["تسعة شبان من قرية كرزكان", "تسعة شبان", "المتهمين", "موكله"]}
DIRAZ_FORCES = merge({"en": ["masked plainclothes forces"], "ar": ["قوات مدنية ملثمة"]}, BH_SECURITY)
DIRAZ_YOUTHS = merge({"en": ["four young men", "a minor"], "ar": ["أربعة شبان", "قاصر في السادسة عشرة"]},
                     CIVILIANS)
WEFAQ = {"en": ["al-Wefaq", "Al-Wefaq National Islamic Society", "Wefaq"],
         "ar": ["جمعية الوفاق الوطني الإسلامية", "الوفاق", "الجمعية"]}
BH_AUTHORITIES = {"en": ["Bahraini authorities", "Bahraini government", "authorities"],
                  "ar": ["السلطات البحرينية", "السلطات"]}
DETAINEE_BJ = merge({"en": ["detainee", "detainee from Bani Jamra"], "ar": ["معتقل من بلدة بني جمرة", "معتقل"]},
                    CIVILIANS)
DRY_DOCK_GUARDS = {"en": ["detention centre guards", "guards", "Bahraini security forces"], "ar": ["حراس المركز"]}
AMNESTY = {"en": ["Amnesty International", "Amnesty"], "ar": ["منظمة العفو الدولية", "العفو الدولية"]}
FEB14 = {"en": ["February 14 Youth Coalition", "Coalition of February 14 Youth", "14 February Youth Coalition"],
         "ar": ["ائتلاف شباب ثورة 14 فبراير", "«ائتلاف شباب ثورة 14 فبراير»", "الائتلاف"]}
SANABIS_WOMEN = merge({"en": ["women protesters", "three women", "women's sit-in"],
                       "ar": ["ثلاث مشاركات", "اعتصاماً نسائياً", "مشاركات"]}, CIVILIANS)

SITRA = {"accept": ["سترة", "جزيرة سترة", "Sitra", "Sitrah"]}
MANAMA_COURT = {"accept": ["المنامة", "كرزكان", "قرية كرزكان", "Manama", "Karzakan", "Karzakkan"]}
DIRAZ = {"accept": ["الدراز", "منطقة الدراز", "Diraz", "Duraz", "Al-Diraz"]}
DRY_DOCK = {"accept": ["الحوض الجاف", "مركز توقيف الحوض الجاف", "Dry Dock", "Dry Dock detention centre"]}
BUDAIYA = {"accept": ["شارع البديع", "البديع", "Budaiya", "Budaiya Highway"]}
SANABIS = {"accept": ["السنابس", "Sanabis", "Al-Sanabis"]}
