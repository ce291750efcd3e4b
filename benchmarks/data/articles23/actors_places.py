"""Accepted actor names and place names for the twenty-third team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not copied
from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the articles, common
variants, and English names). Where the GeoNames lists in ../shared/data/geonames/ hold a town it was checked there;
camps, neighbourhoods, villages and the places of countries without a shipped list carry their usual spellings and,
where useful, their district, governorate or city as a wider accepted name.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الحزب», «الهيئة», «الحركة», «المجلس») are left out on purpose.
"""


import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ================================================================ actors: shared
CIVILIANS = {"en": ["civilians", "civilian", "residents", "locals", "people", "citizens"],
             "ar": ["مدنيين", "المدنيين", "مدنيون", "مدني", "المواطنين", "مواطنين", "الأهالي", "السكان"]}
UNKNOWN = {"en": ["unknown gunmen", "unknown assailants", "unidentified gunmen", "unknown persons"],
           "ar": ["مسلحون مجهولون", "مسلحين مجهولين", "مسلحان مجهولان", "مجهولين", "مجهولون", "مجهولان"]}

# ================================================================ 111: Kassala and Gedaref (eastern Sudan)
DEPOT_VICTIMS = {"en": ["two guards", "fuel depot", "workers", "fuel storage depot"],
                 "ar": ["حارسان", "مستودعاً لتخزين الوقود", "مستودع الوقود", "ثلاثة عمال", "منشأة مدنية"]}
KASSALA_GOV = {"en": ["Kassala state government", "government of Kassala state", "Kassala governor", "the governor"],
               "ar": ["حكومة ولاية كسلا", "أمانة حكومة الولاية", "ممثلاً عن الوالي", "حكومة الولاية", "الوالي"]}
RSF = {"en": ["Rapid Support Forces", "RSF", "Rapid Support militia", "Janjaweed"],
       "ar": ["«مليشيا الدعم السريع المتمردة»", "مليشيا الدعم السريع", "«الدعم السريع»", "الدعم السريع",
              "منصات تابعة لـ«الدعم السريع»"]}
FANO = {"en": ["Ethiopian gunmen", "Fano militia", "Amhara Fano", "Ethiopian militia", "shifta", "attackers"],
        "ar": ["مسلحون قدموا من الجانب الإثيوبي", "مليشيا «الفانو» الأمهرية", "«الفانو»", "الفانو",
               "المهاجمين", "المجموعة المهاجمة", "المهاجمون"]}
FASHAGA_FARMERS = {"en": ["three farmers", "farmers", "farm workers", "agricultural project"],
                   "ar": ["ثلاثة مزارعين", "مزارعين", "مشروع زراعي", "المزارعين"]}
FASHAGA_HERDER = {"en": ["a herder", "shepherd", "young herder"],
                  "ar": ["راعياً في العشرينات من عمره", "راعياً", "الراعي المخطوف", "الراعي"]}
SAF_2ND = {"en": ["Sudanese army", "Sudanese Armed Forces", "SAF", "2nd Infantry Division", "Second Infantry Division",
                  "military source"],
           "ar": ["قيادة الفرقة الثانية مشاة", "الفرقة الثانية مشاة", "قوة من الفرقة", "مصدر عسكري"]}
SAF_FANO = merge(SAF_2ND, FANO)
KASSALA_DISPLACED = {"en": ["displaced people", "displaced from al-Jazira and Sennar", "IDPs", "protesters"],
                     "ar": ["عشرات النازحين القادمين من ولايتي الجزيرة وسنار", "عشرات النازحين", "النازحين",
                            "نازحين"]}
GEDAREF_POLICE = {"en": ["Gedaref police", "police and General Intelligence Service", "General Intelligence Service",
                         "joint force", "Gedaref state police director"],
                  "ar": ["قوة مشتركة من الشرطة وجهاز المخابرات العامة", "جهاز المخابرات العامة",
                         "مدير شرطة الولاية", "شرطة الولاية", "قوة مشتركة"]}
GEDAREF_SIX = {"en": ["six people", "six suspects", "suspected collaborators"],
               "ar": ["ستة أشخاص", "ستة"]}
ORTA = {"en": ["Eastern Battalion", "al-Orta al-Sharqiya", "Eastern Orta", "gunmen of the Eastern Battalion"],
        "ar": ["«الأورطة الشرقية»", "الأورطة الشرقية", "مسلحين من «الأورطة الشرقية»"]}
SAF_KASSALA = {"en": ["Sudanese army", "army command in Kassala", "military source"],
               "ar": ["قيادة الجيش بكسلا", "مصدر عسكري في قيادة الجيش بكسلا"]}
HAC = {"en": ["Humanitarian Aid Commission", "HAC", "federal Humanitarian Aid Commission",
              "delegation of the Humanitarian Aid Commission"],
       "ar": ["مفوضية العون الإنساني الاتحادية", "مفوضية العون الإنساني", "وفد من مفوضية العون الإنساني الاتحادية"]}
KASSALA_AFFECTED = merge({"en": ["affected families", "displaced families"],
                          "ar": ["الأسر المتضررة من قرار الإخلاء", "الأسر المتضررة", "مراكز الإيواء"]},
                         KASSALA_DISPLACED)
FASHAGA_UNION = {"en": ["al-Fashaga Farmers' Union", "Fashaga farmers union", "farmers' union"],
                 "ar": ["اتحاد مزارعي الفشقة", "اتحاد المزارعين"]}
SD_GOVERNMENT = {"en": ["Sudanese government", "the government", "federal government"],
                 "ar": ["الحكومة", "الحكومة السودانية"]}
DOKA_TRADER = {"en": ["crop trader", "a trader"], "ar": ["تاجر محاصيل", "تاجر"]}
SAF = {"en": ["Sudanese army", "Sudanese Armed Forces", "SAF"], "ar": ["الجيش السوداني", "الجيش"]}

KASSALA = {"accept": ["كسلا", "مدينة كسلا", "ولاية كسلا", "Kassala", "Kasala"]}
KASSALA_INDUSTRIAL = place({"accept": ["الحي الصناعي", "الحي الصناعي شرقي مدينة كسلا", "Kassala industrial area"]},
                           KASSALA)
KASSALA_GOV_HQ = place({"accept": ["أمانة حكومة الولاية", "مباني أمانة حكومة الولاية", "أمانة حكومة ولاية كسلا"]},
                       KASSALA)
KASSALA_WEST = place({"accept": ["أحياء غرب كسلا", "غرب كسلا", "الطريق المؤدي إلى الحدود الإريترية"]}, KASSALA)
KASSALA_AIRPORT = place({"accept": ["مطار كسلا", "Kassala Airport"]}, KASSALA)
GEDAREF = {"accept": ["القضارف", "ولاية القضارف", "مدينة القضارف", "Gedaref", "Al Qadarif", "Gadarif"]}
FASHAGA = place({"accept": ["الفشقة", "محلية الفشقة", "al-Fashaga", "Fashaga", "al-Fashqa"]}, GEDAREF)
BARAKAT_NOREEN = place({"accept": ["بركة نورين", "منطقة بركة نورين", "محيط بركة نورين", "Barakat Noreen",
                                   "Barakat Nurain"]}, FASHAGA)
FASHAGA_BORDER = place({"accept": ["الشريط الحدودي", "الحدود الإثيوبية", "الحدود"]}, BARAKAT_NOREEN)
GEDAREF_MARKET = place({"accept": ["السوق الكبير", "السوق الكبير بمدينة القضارف"]}, GEDAREF)
DOKA = place({"accept": ["دوكة", "مدينة دوكة", "محلية القلابات الغربية", "Doka", "Duka", "Gallabat"]}, GEDAREF)

# ================================================================ 112: Dhi Qar (Nasiriyah, al-Gharraf, al-Shatra) and Najaf
GHARRAF_CLANS = {"en": ["two neighbouring clans", "two tribes", "clansmen", "tribes of al-Gharraf"],
                 "ar": ["عشيرتين متجاورتين", "عشيرتين", "الطرفين المتنازعين"]}
DHIQAR_POLICE = {"en": ["Dhi Qar police", "Dhi Qar police command", "Iraqi police", "police units"],
                 "ar": ["قيادة شرطة ذي قار", "قيادة الشرطة", "قطعاتها", "شرطة ذي قار"]}
GHARRAF_VILLAGERS = merge({"en": ["villages around the clash site"],
                           "ar": ["القرى المحيطة بموقع الاشتباك", "القرى المحيطة"]}, CIVILIANS)
GHARRAF_DETAINEES = {"en": ["nine participants", "nine detainees", "detainees", "four of the nine detainees"],
                     "ar": ["تسعة من المشاركين فيه", "تسعة من المشاركين", "أربعة من المعتقلين التسعة",
                            "المعتقلين التسعة", "المعتقلين"]}
NASIRIYAH_ACTIVIST = {"en": ["a prominent Tishreen protest activist", "activist", "protest activist"],
                      "ar": ["أحد أبرز ناشطي احتجاجات تشرين في ذي قار", "أحد أبرز ناشطي احتجاجات تشرين",
                             "ناشطي احتجاجات تشرين", "ناشط"]}
UNKNOWN_TWO = merge({"en": ["two unknown gunmen on a motorcycle"],
                     "ar": ["مسلحان مجهولان يستقلان دراجة نارية"]}, UNKNOWN)
NASIRIYAH_ACTIVISTS = {"en": ["activists", "dozens of activists", "protesters"],
                       "ar": ["عشرات الناشطين", "الناشطين", "ناشطين"]}
DHIQAR_LOCAL_GOV = {"en": ["Dhi Qar local government", "provincial government", "Dhi Qar governor",
                           "governor of Dhi Qar"],
                    "ar": ["الحكومة المحلية", "محافظ ذي قار", "مبنى المحافظة"]}
IHCHR_DHIQAR = {"en": ["Iraqi High Commission for Human Rights", "IHCHR office in Dhi Qar", "High Commission for Human "
                       "Rights"],
                "ar": ["مكتب المفوضية العليا لحقوق الإنسان في ذي قار", "المفوضية العليا لحقوق الإنسان"]}
IQ_SECURITY = {"en": ["security services", "security forces"], "ar": ["الأجهزة الأمنية"]}
NAJAF_NARCOTICS = {"en": ["Najaf narcotics directorate", "General Directorate of Narcotics Affairs", "narcotics unit",
                          "Narcotics Affairs Directorate"],
                   "ar": ["مفرزة من مديرية شؤون المخدرات", "مديرية شؤون المخدرات", "المديرية"]}
NAJAF_SUSPECTS = {"en": ["three suspects", "drug dealers", "three suspected drug dealers"],
                  "ar": ["ثلاثة متهمين بالاتجار بالمواد المخدرة", "ثلاثة متهمين"]}
NAJAF_WANTED = {"en": ["a fourth wanted man", "wanted man"], "ar": ["مطلوب رابع", "مطلوب"]}
NAJAF_NARC_WANTED = merge(NAJAF_NARCOTICS, NAJAF_WANTED)
GHARRAF_SHEIKHS = {"en": ["tribal sheikhs of al-Gharraf", "delegation of sheikhs", "tribal elders"],
                   "ar": ["وفداً من شيوخ عشائر قضاء الغراف", "شيوخ عشائر قضاء الغراف", "شيوخ عشائر"]}
GHARRAF_TRUCE = merge(GHARRAF_CLANS, GHARRAF_SHEIKHS, DHIQAR_LOCAL_GOV)
NAJAF_POLICE = {"en": ["Najaf police", "Najaf police command"], "ar": ["قيادة شرطة النجف", "شرطة النجف"]}
KUFA_GIRL = {"en": ["a girl", "little girl", "child"], "ar": ["طفلة", "الطفلة"]}
DHIQAR_TANSIQIYAT = {"en": ["coordination committees of the popular movement", "protest coordination committees",
                            "Tishreen coordination committees"],
                     "ar": ["تنسيقيات الحراك الشعبي في ذي قار", "تنسيقيات الحراك الشعبي"]}
VICTIMS_CLAN = {"en": ["victims' clan", "clan of the dead"], "ar": ["عشيرة الضحايا"]}
OTHER_CLAN = {"en": ["the other clan", "rival clan"], "ar": ["العشيرة الأخرى"]}
SHATRA_ACTIVIST = {"en": ["another activist", "activist's house"], "ar": ["منزل ناشط آخر", "ناشط آخر"]}

DHIQAR = {"accept": ["ذي قار", "محافظة ذي قار", "Dhi Qar", "Thi Qar"]}
NASIRIYAH = place({"accept": ["الناصرية", "مدينة الناصرية", "Nasiriyah", "Nasiriya", "An Nasiriyah"]}, DHIQAR)
GHARRAF = place({"accept": ["الغراف", "قضاء الغراف", "al-Gharraf", "Gharraf", "Al Gharraf"]}, DHIQAR)
GHARRAF_VILLAGES = place({"accept": ["القرى المحيطة بموقع الاشتباك", "موقع الاشتباك"]}, GHARRAF)
HABBOUBI = place({"accept": ["ساحة الحبوبي", "الحبوبي", "Habboubi Square", "al-Haboubi square"]}, NASIRIYAH)
HUSSEIN_HOSPITAL = place({"accept": ["مستشفى الحسين التعليمي", "المستشفى", "ساحة الحبوبي"]}, NASIRIYAH)
DHIQAR_HQ = place({"accept": ["مبنى المحافظة", "مبنى محافظة ذي قار"]}, NASIRIYAH)
NAJAF = {"accept": ["النجف", "محافظة النجف", "Najaf", "An Najaf", "al-Najaf"]}
NAJAF_ANSAR = place({"accept": ["حي الأنصار", "الأنصار", "al-Ansar", "Hay al-Ansar"]}, NAJAF)
KUFA = place({"accept": ["الكوفة", "قضاء الكوفة", "سوق الكوفة", "Kufa", "al-Kufa"]}, NAJAF)
SHATRA = place({"accept": ["الشطرة", "قضاء الشطرة", "al-Shatra", "Shatrah", "Ash Shatrah"]}, DHIQAR)

# ================================================================ 113: Masafer Yatta and Hebron (southern West Bank)
SETTLERS = {"en": ["settlers", "Israeli settlers", "colonists", "settlers from Havat Ma'on"],
            "ar": ["مستعمرون", "المستعمرين", "مستعمرين", "مستوطنون", "المهاجمين"]}
MUFAQARA_VICTIMS = {"en": ["three citizens", "residents of al-Mufaqara", "an elderly man", "villagers"],
                    "ar": ["ثلاثة مواطنين", "الأهالي", "مسنّ في السبعين من عمره", "مركبة وخيمة سكنية"]}
IDF = {"en": ["Israeli army", "Israeli occupation forces", "IDF", "Israeli forces", "Israeli bulldozers",
              "Israeli occupation authorities"],
       "ar": ["قوات الاحتلال", "جرافات الاحتلال", "سلطات الاحتلال", "جيش الاحتلال", "قوة عسكرية",
              "الجيش الإسرائيلي"]}
PRCS = {"en": ["Palestine Red Crescent Society", "PRCS", "Red Crescent", "ambulance crews"],
        "ar": ["جمعية الهلال الأحمر الفلسطيني", "الهلال الأحمر الفلسطيني", "مركبات الإسعاف", "طواقمها"]}
UMM_KHAIR_FAMILIES = {"en": ["Bedouin families of Umm al-Khair", "families", "three homes", "residents"],
                      "ar": ["العائلات", "ثلاثة مساكن", "الأهالي", "التجمعات البدوية"]}
OLD_CITY_YOUTHS = {"en": ["four young men", "youths"], "ar": ["أربعة شبان", "شبان"]}
HEBRON_COMMUTERS = merge({"en": ["school pupils", "commuters"], "ar": ["حركة المواطنين", "طلبة المدارس"]}, CIVILIANS)
PS_MOFA = {"en": ["Palestinian Ministry of Foreign Affairs and Expatriates", "Palestinian foreign ministry",
                  "Ministry of Foreign Affairs"],
           "ar": ["وزارة الخارجية والمغتربين", "وزارة الخارجية"]}
IL_GOVERNMENT = {"en": ["Israeli government", "Israel"], "ar": ["الحكومة الإسرائيلية", "إسرائيل"]}
INTL_COMMUNITY = {"en": ["international community"], "ar": ["المجتمع الدولي"]}
EU_DIPLOMATS = {"en": ["European consuls and diplomats", "European diplomats", "delegation of European diplomats",
                       "EU diplomats"],
                "ar": ["وفد من قناصل ودبلوماسيين أوروبيين", "قناصل ودبلوماسيين أوروبيين", "أعضاءَ الوفد",
                       "أعضاء الوفد"]}
UMM_KHAIR_REPS = merge({"en": ["representatives of the residents", "residents' representatives"],
                        "ar": ["ممثلون عن الأهالي", "ممثلين عن الأهالي"]}, UMM_KHAIR_FAMILIES)
SUSIYA_OLIVES = {"en": ["olive trees", "farmland", "farmers of Susiya"],
                 "ar": ["أشجار زيتون معمّرة", "أشجار زيتون", "أراضٍ زراعية"]}
BANI_NAIM_RESIDENTS = merge({"en": ["town of Bani Naim", "residents of Bani Naim"],
                             "ar": ["البلدة", "بني نعيم"]}, CIVILIANS)
KIRYAT_ARBA = {"en": ["Kiryat Arba settlement", "Kiryat Arba"], "ar": ["مستعمرة «كريات أربع»", "كريات أربع"]}
HEBRON_FACTIONS = {"en": ["national action factions in Hebron", "Palestinian factions", "national and Islamic forces"],
                   "ar": ["فصائل العمل الوطني في محافظة الخليل", "فصائل العمل الوطني"]}
RAKIZ_HOMES = {"en": ["twelve more homes", "homes in Khirbet al-Rakiz", "owners"],
               "ar": ["اثني عشر مسكناً إضافياً", "أصحابها"]}
MASAFER_RESIDENTS = merge({"en": ["residents of al-Mufaqara and al-Tabban"],
                           "ar": ["الأهالي", "خربتي المفقرة والتبان"]}, CIVILIANS)
TUWANI_FARMER = {"en": ["a farmer", "farmer of al-Tuwani"], "ar": ["مزارعاً", "مزارع"]}
ZANUTA_RESIDENTS = {"en": ["residents of Zanuta"], "ar": ["سكانها", "خربة زنوتة"]}

HEBRON = {"accept": ["الخليل", "محافظة الخليل", "مدينة الخليل", "Hebron", "al-Khalil"]}
YATTA = place({"accept": ["يطا", "Yatta"]}, HEBRON)
MASAFER = place({"accept": ["مسافر يطا", "Masafer Yatta"]}, YATTA)
MUFAQARA = place({"accept": ["خربة المفقرة", "المفقرة", "al-Mufaqara", "Mufaqara", "Al-Mufaqara"]}, MASAFER)
MUFAQARA_ROAD = place({"accept": ["مدخل الطريق الترابي المؤدي إليها", "الخربة"]}, MUFAQARA)
UMM_KHAIR = place({"accept": ["أم الخير", "تجمع أم الخير", "تجمع أم الخير البدوي", "Umm al-Khair", "Umm al-Kheir"]},
                  MASAFER)
HEBRON_OLD_CITY = place({"accept": ["البلدة القديمة من الخليل", "البلدة القديمة", "حارة جابر", "Hebron Old City",
                                    "Jaber neighbourhood"]}, HEBRON)
ABU_RISH = place({"accept": ["حاجز «أبو الريش» العسكري", "حاجز أبو الريش", "أبو الريش", "Abu al-Rish checkpoint"]},
                 HEBRON_OLD_CITY)
SUSIYA = place({"accept": ["خربة سوسيا", "سوسيا", "Susiya", "Susya"]}, MASAFER)
BANI_NAIM = place({"accept": ["بني نعيم", "بلدة بني نعيم", "Bani Naim", "Bani Na'im", "Beni Naim"]}, HEBRON)
KIRYAT_ARBA_PLACE = place({"accept": ["كريات أربع", "مستعمرة «كريات أربع»", "Kiryat Arba", "بني نعيم"]}, HEBRON)
RAKIZ = place({"accept": ["خربة الركيز", "الركيز", "al-Rakiz", "Khirbet al-Rakeez"]}, MASAFER)
MUFAQARA_TABBAN = place({"accept": ["خربتي المفقرة والتبان", "المفقرة", "التبان", "al-Tabban"]}, MASAFER)
TUWANI = place({"accept": ["التواني", "قرية التواني", "al-Tuwani", "At-Tuwani", "Tuwani"]}, MASAFER)
ZANUTA = place({"accept": ["خربة زنوتة", "زنوتة", "Zanuta", "Khirbet Zanuta"]}, HEBRON)

# ================================================================ 114: al-Hol camp, al-Shaddadi, al-Darbasiyah, Qamishli, Hasakah
ISIS = {"en": ["Islamic State", "ISIS", "ISIL", "Daesh", "IS cells", "cells linked to ISIS"],
        "ar": ["«خلايا مرتبطة بتنظيم داعش»", "خلايا مرتبطة بتنظيم داعش", "تنظيم داعش", "داعش", "عناصر التنظيم",
               "قيادياً في التنظيم", "تنظيم «الدولة الإسلامية»"]}
HOL_KILLERS = merge({"en": ["unknown gunmen with silenced pistols"],
                     "ar": ["مسلحين مجهولين استخدموا مسدسات مزوّدة بكواتم للصوت"]}, UNKNOWN, ISIS)
HOL_WOMAN = {"en": ["an Iraqi woman", "Iraqi woman in her forties"],
             "ar": ["امرأة عراقية في الأربعينات من عمرها", "امرأة عراقية", "القتيلة"]}
ASAYISH = {"en": ["Internal Security Forces", "Asayish", "Internal Security Forces of North and East Syria"],
           "ar": ["قوى الأمن الداخلي في شمال وشرق سوريا", "قوى الأمن الداخلي", "الأسايش", "(الأسايش)"]}
HOL_RESIDENTS = {"en": ["residents of the fifth and sixth sections", "camp residents"],
                 "ar": ["القسمين الخامس والسادس", "الخيم", "سكان المخيم"]}
SDF = {"en": ["Syrian Democratic Forces", "SDF", "QSD", "SDF special units", "SDF media centre", "SDF general commander"],
       "ar": ["«قسد»", "قسد", "وحدات خاصة من «قسد»", "المركز الإعلامي لـ«قسد»", "القائد العام لـ«قسد»",
              "قوات سوريا الديمقراطية"]}
COALITION = {"en": ["US-led coalition", "international coalition", "coalition helicopters"],
             "ar": ["مروحيات التحالف الدولي", "التحالف الدولي"]}
SDF_COALITION = merge(SDF, COALITION)
ARISHA_CELL = merge({"en": ["ISIS commander and three aides", "ISIS cell", "an ISIS leader"],
                     "ar": ["قيادياً في التنظيم وثلاثة من مساعديه", "ثلاثة من مساعديه", "الخلية",
                            "عنصر رابع من الخلية"]}, ISIS)
SDF_CELL = merge(SDF, COALITION, ARISHA_CELL)
HOL_ADMIN = {"en": ["al-Hol camp administration", "Autonomous Administration", "AANES",
                    "Autonomous Administration of North and East Syria"],
             "ar": ["إدارة مخيم الهول", "إدارة المخيم", "الإدارة الذاتية", "مسؤول في الإدارة الذاتية"]}
IQ_GOVERNMENT = {"en": ["Iraqi government", "Iraqi government delegation", "Iraq"],
                 "ar": ["وفد من الحكومة العراقية", "الحكومة العراقية", "العراق"]}
TURKISH_ARMY = {"en": ["Turkish army", "Turkish drone", "Turkey", "Turkish armed forces"],
                "ar": ["طائرة مسيّرة تركية", "مسيّرة تركية", "الجيش التركي", "تركيا", "الضربات التركية"]}
DARBASIYAH_VICTIMS = merge({"en": ["two Asayish members and a civilian", "a car"],
                            "ar": ["عنصرين من الأسايش", "مدني كان برفقتهما", "سيارة"]}, ASAYISH)
QAMISHLI_PROTESTERS = {"en": ["hundreds of demonstrators", "protesters in Qamishli"],
                       "ar": ["المئات", "تظاهر المئات"]}
UN = {"en": ["United Nations", "UN", "UN mission"],
      "ar": ["المنظمة الدولية", "الأمم المتحدة", "بعثة الأمم المتحدة"]}
US_MILITARY = {"en": ["US military delegation", "American delegation", "US forces"],
               "ar": ["وفد عسكري أمريكي", "وفد عسكري"]}
ISIS_PRISONERS = {"en": ["dozens of ISIS members", "ISIS prisoners"],
                  "ar": ["عشرات من عناصر التنظيم", "عناصر التنظيم"]}
SHADDADI_MUKHTAR = {"en": ["village mukhtar", "a village head"], "ar": ["مختار قرية", "مختار"]}

HASAKAH = {"accept": ["الحسكة", "مدينة الحسكة", "ريف الحسكة", "محافظة الحسكة", "Hasakah", "Al-Hasakah", "Hassakeh"]}
HOL = place({"accept": ["مخيم الهول", "الهول", "القسم الخامس", "al-Hol", "Al Hawl", "al-Hol camp"]}, HASAKAH)
HOL_SECTIONS = place({"accept": ["القسمين الخامس والسادس", "القسم الخامس"]}, HOL)
SHADDADI = place({"accept": ["الشدادي", "ريف الشدادي", "الشدادة", "al-Shaddadi", "Shaddadi", "Ash Shaddadah"]},
                 HASAKAH)
ARISHA = place({"accept": ["العريشة", "بلدة العريشة", "قرية قرب بلدة العريشة", "al-Arishah", "Arisha"]}, SHADDADI)
RABIA = {"accept": ["معبر ربيعة الحدودي", "معبر ربيعة", "ربيعة", "Rabia crossing", "Rabia", "اليعربية"]}
DARBASIYAH = place({"accept": ["الدرباسية", "ريف الدرباسية", "الطريق الواصل بين الدرباسية وعامودا", "عامودا",
                               "al-Darbasiyah", "Ad Darbasiyah", "Derbasiyah"]}, HASAKAH)
QAMISHLI = place({"accept": ["القامشلي", "مدينة القامشلي", "مقر بعثة الأمم المتحدة", "Qamishli", "Al Qamishli",
                             "Qamishlo"]}, HASAKAH)
KHARAB_JIR = place({"accept": ["قاعدة خراب الجير", "خراب الجير", "رميلان", "ريف رميلان", "Kharab al-Jir",
                               "Rmelan", "Rumaylan"]}, HASAKAH)
GHWEIRAN = place({"accept": ["سجن الصناعة", "حي غويران", "غويران", "Sina'a prison", "Ghweiran", "Ghuwayran"]},
                 HASAKAH)
SHADDADI_SOUTH = place({"accept": ["ريف الشدادي الجنوبي"]}, SHADDADI)
BAGHOUZ = {"accept": ["الباغوز", "بلدة الباغوز", "Baghouz", "al-Baghuz", "دير الزور"]}

# ================================================================ 115: Saada (Yemen): Qatabir, Monabbih, al-Buqaa, Razih
SAUDI_FORCES = {"en": ["Saudi army", "Saudi forces", "Saudi border guards", "Saudi Arabia", "Riyadh",
                       "Saudi artillery"],
                "ar": ["حرس الحدود السعودي", "«العدو السعودي»", "العدو السعودي", "الرياض", "سعودي", "السعودية"]}
QATABIR_CIVILIANS = merge({"en": ["five civilians", "two children", "houses and farms"],
                           "ar": ["خمسة مدنيين", "طفلان", "المواطنين الآمنين", "المنازل والمزارع"]}, CIVILIANS)
ETHIOPIAN_MIGRANTS = {"en": ["Ethiopian migrants", "two Ethiopian migrants", "African migrants", "migrants"],
                      "ar": ["مهاجران إثيوبيان", "المهاجرَين", "المهاجرين", "مهاجرين"]}
HOUTHIS = {"en": ["Houthis", "Ansar Allah", "Houthi movement", "Houthi local authority in Saada", "al-Masirah"],
           "ar": ["جماعة أنصار الله (الحوثيين)", "أنصار الله", "الحوثيين", "مصدر في السلطة المحلية بصعدة",
                  "قناة «المسيرة»", "الجماعة"]}
HOUTHI_SECURITY = merge({"en": ["Houthi security services", "Houthi authorities"],
                         "ar": ["الأجهزة الأمنية التابعة للجماعة", "سلطاتِ الحوثيين", "سلطات الحوثيين"]}, HOUTHIS)
AID_WORKERS = {"en": ["six aid workers", "humanitarian workers", "staff of relief organisations"],
               "ar": ["ستة من العاملين في منظمات إغاثية محلية ودولية", "ستة من العاملين",
                      "العاملين في المجال الإنساني", "موظفيها"]}
UN_YE = {"en": ["United Nations", "UN"], "ar": ["الأمم المتحدة"]}
YE_ARMY = {"en": ["Yemeni national army", "government forces", "internationally recognised government",
                  "National Army"],
           "ar": ["قوات الجيش الوطني التابعة للحكومة المعترف بها دولياً", "قوات الجيش الوطني", "الجيش الوطني",
                  "القوات الحكومية", "مصدر عسكري حكومي", "المصدر العسكري الحكومي"]}
HOUTHI_FIGHTERS = merge({"en": ["Houthi fighters", "Houthi drone"],
                         "ar": ["مقاتلي الجماعة", "مسيّرة حوثية", "ثلاثة من مقاتلي الجماعة"]}, HOUTHIS)
ARMY_HOUTHIS = merge(YE_ARMY, HOUTHI_FIGHTERS)
ARMY_POSITIONS = merge({"en": ["government positions", "army positions"],
                        "ar": ["مواقع للقوات الحكومية", "مواقع متقدمة"]}, YE_ARMY)
THABIT_SHEPHERDS = {"en": ["shepherds", "two shepherds"], "ar": ["رعاة أغنام", "اثنين منهم", "رعاة"]}

SAADA = {"accept": ["صعدة", "محافظة صعدة", "Saada", "Sa'dah", "Sadah"]}
QATABIR_MONABBIH = place({"accept": ["آل ثابت", "الغور", "الرقو", "مديريتي قطابر ومنبه الحدوديتين", "قطابر", "منبه",
                                     "Al Thabit", "al-Raqw", "Qatabir", "Monabbih", "Munabbih"]}, SAADA)
RAQW = place({"accept": ["الرقو", "منطقة الرقو", "منبه", "مديرية منبه", "al-Raqw", "Al Raqw", "Monabbih",
                         "Munabbih"]}, SAADA)
SAADA_CITY = place({"accept": ["مدينة صعدة", "حي الصحن", "Saada city"]}, SAADA)
BUQAA = place({"accept": ["جبهة البقع", "البقع", "صحراء البقع", "al-Buqaa", "Al Buqa", "al-Boqa"]}, SAADA)
RAZIH = place({"accept": ["رازح", "مديرية رازح", "Razih"]}, SAADA)
SAADA_SQUARE = place({"accept": ["ساحة الشهداء بمدينة صعدة", "ساحة الشهداء", "مدينة صعدة"]}, SAADA)
AL_THABIT = place({"accept": ["آل ثابت", "منطقة آل ثابت", "قطابر", "مديرية قطابر", "Al Thabit", "Qatabir"]}, SAADA)
