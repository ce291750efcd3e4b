"""Accepted actor names and place names for the twentieth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not copied
from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the articles, common
variants, and English names). Where the GeoNames lists in ../shared/data/geonames/ hold a town (Syria, Lebanon, Iraq)
it was checked there; villages, neighbourhoods, markets and crossings absent from those lists, and the Sudanese and
Libyan places (no GeoNames list is shipped for Sudan or Libya), carry their usual spellings and, where useful, their
district or city as a wider accepted name.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الهيئة», «الحزب», «الكتيبة», «المجلس») are left out on purpose,
with these exceptions, each used only in an article where it names a single actor: «الدعم السريع» (096), «جيش
الاحتلال» (099, only ever the Israeli army), «الطرفين» (100, only ever the two armed groups of al-Zawiya).
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

# ================================================================ 096: Omdurman and the Gezira (a Sudanese news site)
RSF_SD = {"en": ["Rapid Support Forces", "RSF"],
          "ar": ["قوات الدعم السريع", "الدعم السريع", "قيادةَ الدعم السريع", "عناصر من الدعم السريع",
                 "المليشيا المتمردة"]}
SAF_SD = {"en": ["Sudanese Armed Forces", "Sudanese army", "SAF", "army artillery", "Sudanese Air Force"],
          "ar": ["القوات المسلحة السودانية", "مدفعية الجيش", "الطيران الحربي", "الناطق الرسمي باسم القوات المسلحة"]}
POP_RESIST = {"en": ["Popular Resistance", "Popular Resistance in Gezira", "Popular Resistance coordination",
                     "mobilised volunteers"],
              "ar": ["المقاومة الشعبية", "«المقاومة الشعبية»", "تنسيقية «المقاومة الشعبية»", "شبان من «المقاومة الشعبية»"]}
RSF_POP = merge(RSF_SD, POP_RESIST)
THAWRA_VICTIMS = merge({"en": ["market-goers", "vendors", "eight civilians"],
                        "ar": ["ثمانية مدنيين", "سوق شعبي", "الباعة", "العزّل"]}, CIVILIANS)
KARARI_ER = {"en": ["Karari Emergency Response Room", "Karari emergency room", "emergency room"],
             "ar": ["غرفة طوارئ محلية كرري", "غرفة الطوارئ", "غرفة طوارئ"]}
GEZIRA_VILLAGERS = merge({"en": ["villagers", "eleven people", "villages of east Gezira"],
                          "ar": ["أحد عشر شخصاً", "قرى الشرفة وأم دقرسي والعزازي", "المنازل"]}, CIVILIANS)
DARAJA_YOUTHS = merge({"en": ["five young men", "young men"], "ar": ["خمسة شبان", "شبان"]}, CIVILIANS)
GEZIRA_WALI = {"en": ["Gezira State governor", "acting governor of Gezira", "Wali of Gezira", "Gezira state government"],
               "ar": ["والي ولاية الجزيرة", "والي ولاية الجزيرة المكلّف", "والي الجزيرة", "حكومة الولاية"]}
GEZIRA_NOTABLES = {"en": ["notables of east Gezira villages", "village notables", "delegation of notables"],
                   "ar": ["أعيان قرى شرق الجزيرة", "وفداً من أعيان قرى شرق الجزيرة", "الأعيان", "أعيان"]}
RESIST_CAPTIVES = {"en": ["three Popular Resistance youths", "captured fighters", "prisoners"],
                   "ar": ["ثلاثة من شبان المقاومة الشعبية", "شبان المقاومة الشعبية"]}
KAMLIN_MARKET = merge({"en": ["Kamlin market", "market"], "ar": ["سوق بلدة الكاملين"]}, CIVILIANS)
MSF = {"en": ["Doctors Without Borders", "MSF", "Médecins Sans Frontières", "MSF delegation"],
       "ar": ["أطباء بلا حدود", "منظمة «أطباء بلا حدود»", "وفد من منظمة «أطباء بلا حدود»"]}
NAU_HOSPITAL = {"en": ["al-Nau hospital", "Al Nao Hospital", "hospital"], "ar": ["مستشفى النو", "المستشفى"]}
KRT_HEALTH = {"en": ["Khartoum State Ministry of Health", "health ministry"],
              "ar": ["وزارة الصحة في ولاية الخرطوم", "وزارة الصحة"]}
BUS_VICTIMS = merge({"en": ["five civilians", "bus passengers"], "ar": ["خمسة مدنيين", "حافلة ركاب"]}, CIVILIANS)
KRT_SECURITY = {"en": ["Khartoum State Security Committee", "state security committee"],
                "ar": ["لجنة أمن الولاية"]}

OMDURMAN = {"accept": ["أم درمان", "مدينة أم درمان", "Omdurman", "Umm Durman"]}
THAWRA = place({"accept": ["الحارة الثامنة", "الثورة", "منطقة الثورة", "سوق الحارة الثامنة", "كرري", "al-Thawra",
                           "Thawra"]}, OMDURMAN)
SALHA = place({"accept": ["الصالحة", "منطقة الصالحة", "al-Salha", "Salha", "As Salihah"]}, OMDURMAN)
EAST_GEZIRA = {"accept": ["الشرفة", "أم دقرسي", "العزازي", "محلية شرق الجزيرة", "شرق الجزيرة", "ولاية الجزيرة",
                          "الجزيرة", "East Gezira", "Gezira", "Al Jazirah"]}
AZAZI = {"accept": ["العزازي", "قرية العزازي", "المدخل الشمالي لقرية العزازي", "محلية شرق الجزيرة", "شرق الجزيرة",
                    "al-Azazi", "Azazi"]}
MADANI = {"accept": ["ود مدني", "مدينة ود مدني", "حي الدرجة", "الدرجة", "Wad Madani", "Wad Medani", "al-Daraja"]}
MANAGIL = {"accept": ["المناقل", "مدينة المناقل", "Managil", "Al Manaqil", "al-Manaqil"]}
KAMLIN = {"accept": ["الكاملين", "بلدة الكاملين", "سوق بلدة الكاملين", "Kamlin", "Al Kamlin"]}
NAU = place({"accept": ["مستشفى النو", "Al Nao Hospital", "al-Nau hospital"]}, OMDURMAN)
SHUHADA_STOP = place({"accept": ["موقف الشهداء", "موقف الشهداء للمواصلات", "al-Shuhada station"]}, OMDURMAN)

# ================================================================ 097: Tripoli and Akkar (a north Lebanon news site)
TABBANEH_FAMILIES = {"en": ["gunmen from two families", "two families", "family gunmen", "clan gunmen"],
                     "ar": ["مسلحين من عائلتين", "عائلتين", "العائلتين"]}
LAF = {"en": ["Lebanese Army", "Lebanese Armed Forces", "LAF", "army unit", "army patrol", "Army Intelligence"],
       "ar": ["الجيش اللبناني", "قيادة الجيش – مديرية التوجيه", "قيادة الجيش", "وحدة من الجيش", "دورية من الجيش",
              "مخابرات الجيش"]}
TABBANEH_SUSPECTS = {"en": ["six suspects", "suspects", "those involved in the clash", "wanted men"],
                     "ar": ["ستة منهم", "المتورطين", "المتورطين في «إشكال التبانة»", "المطلوبين"]}
SY_REFUGEE_FAMILY = merge({"en": ["Syrian refugee family", "Syrian refugees", "a man and his daughter"],
                           "ar": ["عائلة من النازحين السوريين", "النازحين السوريين", "رجل وابنته"]}, CIVILIANS)
ARIDA_MIGRANTS = {"en": ["eleven Syrians", "Syrian infiltrators", "Syrians"],
                  "ar": ["أحد عشر سورياً", "سورياً"]}
FUEL_SMUGGLERS = {"en": ["smugglers", "fuel truck", "diesel truck"],
                  "ar": ["شاحنة محمّلة بالمازوت", "شاحنة"]}
JABAL_MOHSEN_RESIDENTS = merge({"en": ["residents of Jabal Mohsen", "protesters", "dozens of residents"],
                                "ar": ["عشرات من أبناء المنطقة", "أبناء المنطقة"]}, CIVILIANS)
ADP = {"en": ["Arab Democratic Party", "ADP", "Arab Democratic Party official"],
       "ar": ["الحزب العربي الديمقراطي", "«الحزب العربي الديمقراطي»", "مسؤول العلاقات العامة في الحزب"]}
LB_GOV_UNHCR = {"en": ["Lebanese government", "UNHCR", "UN refugee agency"],
                "ar": ["الحكومةَ اللبنانية", "الحكومة اللبنانية", "مفوضيةَ الأمم المتحدة لشؤون اللاجئين",
                       "مفوضية الأمم المتحدة لشؤون اللاجئين"]}
TRIPOLI_MUFTI = {"en": ["Mufti of Tripoli and the North", "Tripoli mufti"],
                 "ar": ["مفتي طرابلس والشمال", "مفتي طرابلس"]}
NORTH_GOVERNOR = {"en": ["North Lebanon governor", "Governor of the North", "regional security council"],
                  "ar": ["محافظ الشمال", "مجلس الأمن الفرعي"]}
SECURITY_CHIEFS = {"en": ["heads of the military and security agencies", "security chiefs"],
                   "ar": ["قادة الأجهزة العسكرية والأمنية", "الأجهزة العسكرية والأمنية"]}
JOINT_PATROLS = merge({"en": ["joint patrols", "security agencies"], "ar": ["دوريات مشتركة"]}, SECURITY_CHIEFS)
MUHAMMARA_YOUTH = merge({"en": ["young man from al-Muhammara", "a young man"], "ar": ["شاب من بلدة المحمرة", "شاب"]},
                        CIVILIANS)
GEN_SECURITY_LB = {"en": ["General Directorate of General Security", "Lebanese General Security", "General Security"],
                   "ar": ["المديرية العامة للأمن العام", "الأمن العام"]}
SY_REFUGEES = merge({"en": ["Syrian refugees", "dozens of Syrian refugees", "displaced Syrians"],
                     "ar": ["عشرات النازحين السوريين", "النازحين السوريين"]}, CIVILIANS)
VICTIM_FAMILY_TRP = {"en": ["the victim's family", "family of the man killed"],
                     "ar": ["عائلة القتيل", "أحد وجهائها"]}
SHOOTER_TRP = {"en": ["the gunman", "the shooter"], "ar": ["مطلق النار"]}
LAF_SOLDIERS = {"en": ["two soldiers", "army patrol", "Lebanese army soldiers"],
                "ar": ["عسكريان في الجيش", "عسكريان", "دورية"]}
GUNMAN_TRP = {"en": ["a gunman", "gunman"], "ar": ["مسلح"]}

TRIPOLI = {"accept": ["طرابلس", "مدينة طرابلس", "Tripoli", "Trablous"]}
TABBANEH = place({"accept": ["باب التبانة", "التبانة", "سوق القمح", "محلة سوق القمح", "منطقة باب التبانة",
                             "Bab al-Tabbaneh", "Bab el-Tebbaneh", "Tabbaneh"]}, TRIPOLI)
TABBANEH_MOHSEN = place(TABBANEH, {"accept": ["جبل محسن", "شارع سوريا", "Jabal Mohsen", "Syria Street"]})
JABAL_MOHSEN = place({"accept": ["جبل محسن", "مقر «الحزب العربي الديمقراطي»", "Jabal Mohsen", "Jabal Muhsin"]},
                     TRIPOLI)
BEBNINE = {"accept": ["ببنين", "بلدة ببنين", "مفترق بلدة ببنين", "عكار", "Bebnine", "Bibnin", "Akkar"]}
ARIDA = {"accept": ["العريضة", "بلدة العريضة", "النهر الكبير", "عكار", "Arida", "Aarida", "al-Arida", "Akkar"]}
WADI_KHALED = {"accept": ["وادي خالد", "Wadi Khaled", "Wadi Khalid", "عكار", "Akkar"]}
TRIPOLI_SERAIL = place({"accept": ["سرايا طرابلس", "Tripoli Serail"]}, TRIPOLI)
ABDEH = {"accept": ["العبدة", "بلدة العبدة", "محيط بلدة العبدة", "المحمرة", "بلدة المحمرة", "عكار", "al-Abdeh",
                    "Abdeh", "Muhammara", "Akkar"]}
ABBOUDIYEH = {"accept": ["العبودية", "معبر العبودية", "al-Aboudieh", "Abboudiyeh", "Aboudiyeh crossing"]}
VEG_MARKET_TABBANEH = place({"accept": ["سوق الخضار", "سوق الخضار بالتبانة"]}, TABBANEH)
ABDEH_GUNMEN = {"en": ["gunmen", "kidnappers"], "ar": ["مسلحين"]}

# ================================================================ 098: Diyala and Kirkuk (an Iraqi news site)
ISIS_IQ = {"en": ["ISIS", "Islamic State", "Daesh", "ISIS militants", "terrorist group"],
           "ar": ["تنظيم «داعش»", "داعش", "«داعش»", "عناصر من تنظيم «داعش»", "مجموعة إرهابية", "فلول التنظيم",
                  "مسلحين من التنظيم", "الإرهابيين"]}
PMF = {"en": ["Popular Mobilization Forces", "PMF", "Hashd al-Shaabi", "PMF fighters", "Popular Mobilisation"],
       "ar": ["الحشد الشعبي", "«الحشد الشعبي»", "منتسبي «الحشد الشعبي»", "هيئة الحشد الشعبي", "موقع متقدم للحشد",
              "مقاتلي الموقع"]}
KDP = {"en": ["Kurdistan Democratic Party", "KDP", "KDP candidate", "KDP election office"],
       "ar": ["الحزب الديمقراطي الكردستاني", "«الحزب الديمقراطي الكردستاني»", "مكتب انتخابي لمرشح", "مرشح"]}
KIRKUK_POLICE = {"en": ["Kirkuk police", "Kirkuk Police Command", "police force"],
                 "ar": ["شرطة كركوك", "قوة من شرطة كركوك", "قيادةَ شرطة كركوك", "قيادة شرطة كركوك"]}
WASITI_SUSPECTS = {"en": ["two suspects", "suspects"], "ar": ["شخصين يُشتبه بتورطهما", "شخصين"]}
IQ_AIR_FORCE = {"en": ["Iraqi Air Force", "Iraqi F-16s", "Iraqi F-16 jets", "Security Media Cell"],
                "ar": ["طائرات «إف-16» العراقية", "طائرات «إف-16»", "خلية الإعلام الأمني"]}
HURRIYA_RESIDENTS = merge({"en": ["residents of al-Hurriya village", "villagers", "displaced villagers",
                                  "protesters"],
                           "ar": ["عشرات من أهالي قرية الحرية", "أهالي قرية الحرية", "تنسيقية أهالي قرية الحرية"]},
                          CIVILIANS)
IQ_PM = {"en": ["Iraqi Prime Minister", "Prime Minister"], "ar": ["رئيسَ الوزراء", "رئيس الوزراء"]}
IHEC = {"en": ["Independent High Electoral Commission", "IHEC", "electoral commission", "Board of Commissioners"],
        "ar": ["المفوضيةَ العليا المستقلة للانتخابات", "المفوضية العليا المستقلة للانتخابات", "مجلس المفوضين",
               "وفد من مجلس المفوضين"]}
KIRKUK_GOV = {"en": ["Kirkuk governor", "Governor of Kirkuk"], "ar": ["محافظ كركوك"]}
KIRKUK_COMMANDERS = {"en": ["Kirkuk Operations commander", "police chief", "National Security director",
                            "security commanders"],
                     "ar": ["قائد عمليات كركوك", "قائد الشرطة", "مدير الأمن الوطني في المحافظة"]}
RASHAD_FARMERS = merge({"en": ["farmers", "wheat fields"], "ar": ["مزارعين", "حقول حنطة"]}, CIVILIANS)
ISLAH_MUKHTAR = merge({"en": ["mukhtar of al-Islah village", "village mukhtar"],
                       "ar": ["مختار قرية الإصلاح", "مختار"]}, CIVILIANS)

DIYALA = {"accept": ["ديالى", "محافظة ديالى", "Diyala"]}
UDHAIM = place({"accept": ["العظيم", "ناحية العظيم", "تلال حمرين", "حمرين", "al-Udhaim", "Adhaim", "Udhaim",
                           "Hamrin"]}, DIYALA)
KIRKUK = {"accept": ["كركوك", "مدينة كركوك", "Kirkuk"]}
WASITI = place({"accept": ["حي الواسطي", "الواسطي", "al-Wasiti"]}, KIRKUK)
HAMRIN_STRIKES = {"accept": ["جبال حمرين", "سلسلة جبال حمرين", "حمرين", "وادي زغيتون", "زغيتون", "قرية الإصلاح",
                             "Hamrin", "Hamrin mountains", "Wadi Zghaytun", "ديالى", "Diyala"]}
ABU_SAIDA = place({"accept": ["أبي صيدا", "ناحية أبي صيدا", "أبو صيدا", "قرية الحرية", "Abu Saida", "Abu Sayda",
                              "المقدادية", "Muqdadiyah"]}, DIYALA)
RASHAD = place({"accept": ["الرشاد", "ناحية الرشاد", "قرى ناحية الرشاد", "al-Rashad", "Rashad"]}, KIRKUK)
KIRKUK_AIRPORT = place({"accept": ["مطار كركوك الدولي", "مطار كركوك", "Kirkuk airport"]}, KIRKUK)
BAQUBAH = place({"accept": ["بعقوبة", "مبنى مجلس محافظة ديالى", "Baqubah", "Baquba"]}, DIYALA)
ISLAH_UDHAIM = place({"accept": ["قرية الإصلاح", "الإصلاح", "al-Islah"]}, UDHAIM)

# ================================================================ 099: Quneitra and western Daraa (a Golan news site)
IDF_SY = {"en": ["Israeli army", "Israel Defense Forces", "IDF", "Israeli occupation forces", "Israeli forces",
                 "Israeli drone"],
          "ar": ["الجيش الإسرائيلي", "قوة من الجيش الإسرائيلي", "جيش الاحتلال", "جنود الاحتلال", "القوات الإسرائيلية",
                 "طائرة مسيّرة إسرائيلية", "قوة إسرائيلية", "جرافات الاحتلال", "قوة إسرائيلية متوغلة"]}
JUBATA_SHEPHERDS = merge({"en": ["two shepherds", "shepherds", "two young men"],
                          "ar": ["راعيين", "راعيين من أبناء البلدة", "الشابين"]}, CIVILIANS)
TASIL_VICTIMS = merge({"en": ["two people", "two brothers", "a car"],
                       "ar": ["شخصين", "سيارة", "شقيقان", "القتيلين", "مخربَين اثنين"]}, CIVILIANS)
ISRAEL = {"en": ["Israel", "Israeli occupation"], "ar": ["إسرائيل", "الاعتداءات الإسرائيلية"]}
NAWA_PROTESTERS = merge({"en": ["hundreds of Nawa residents", "protesters"],
                         "ar": ["مئات من الأهالي", "أحد المنظمين"]}, CIVILIANS)
UN_UNDOF = {"en": ["United Nations", "UNDOF", "UN Disengagement Observer Force"],
            "ar": ["الأممَ المتحدة", "الأمم المتحدة", "قوةَ «أندوف»", "أندوف", "قوة الأمم المتحدة لمراقبة فض الاشتباك"]}
SY_MOFA = {"en": ["Syrian Ministry of Foreign Affairs and Expatriates", "Syrian Foreign Ministry"],
           "ar": ["وزارة الخارجية والمغتربين السورية", "وزارة الخارجية"]}
UNSC = {"en": ["UN Security Council", "Security Council"], "ar": ["مجلس الأمن الدولي", "مجلس الأمن"]}
QUNEITRA_GOV = {"en": ["Quneitra governor", "Governor of Quneitra", "Quneitra governorate"],
                "ar": ["محافظ القنيطرة", "المحافظُ", "المحافظة"]}
UNDOF = {"en": ["UNDOF", "UN Disengagement Observer Force", "UNDOF delegation"],
         "ar": ["قوة الأمم المتحدة لمراقبة فض الاشتباك", "«أندوف»", "أندوف", "البعثةَ", "البعثة"]}
GSA_DARAA = {"en": ["General Security", "General Security Administration", "General Security patrol"],
             "ar": ["الأمن العام", "دورية للأمن العام", "مصدر في الأمن العام بدرعا"]}
JASIM_GUNMEN = {"en": ["local gunmen", "gunmen"], "ar": ["مسلحين محليين"]}
GSA_JASIM = merge(GSA_DARAA, JASIM_GUNMEN)
JASIM_DETAINEES = {"en": ["two people", "two men", "suspects"], "ar": ["شخصين"]}
MANTARA_FARMLAND = merge({"en": ["farmland", "agricultural land", "trees"],
                          "ar": ["الأراضي الزراعية", "الأشجار الحراجية"]}, CIVILIANS)
YARMOUK_NOTABLES = {"en": ["notables of the Yarmouk Basin towns", "notables", "local notables"],
                    "ar": ["وجهاء من بلدات حوض اليرموك", "وجهاء"]}
AIN_DHAKAR_YOUTHS = merge({"en": ["three young men", "residents of Ain Dhakar"],
                           "ar": ["ثلاثة شبان", "شبان", "تجمع للأهالي"]}, CIVILIANS)

QUNEITRA = {"accept": ["القنيطرة", "محافظة القنيطرة", "ريف القنيطرة", "Quneitra", "Al Qunaytirah"]}
JUBATA = place({"accept": ["جباتا الخشب", "بلدة جباتا الخشب", "ريف القنيطرة الشمالي", "Jubata al-Khashab",
                           "Jubbata al-Khashab"]}, QUNEITRA)
TASIL = {"accept": ["تسيل", "مدينة تسيل", "الأطراف الجنوبية لمدينة تسيل", "أطراف تسيل", "ريف درعا الغربي", "Tasil",
                    "Tasīl"]}
TAL_AHMAR = place({"accept": ["تل الأحمر الغربي", "تل الأحمر", "Tal al-Ahmar", "Tell al-Ahmar"]}, QUNEITRA)
NAWA = {"accept": ["نوى", "مدينة نوى", "الساحة العامة", "Nawa", "Nawá"]}
BAATH_CITY = place({"accept": ["مدينة البعث", "البعث", "مبنى المحافظة", "Madinat al-Baath", "Baath City"]}, QUNEITRA)
MANTARA = place({"accept": ["سد المنطرة", "المنطرة", "Mantara dam", "al-Mantara"]}, QUNEITRA)
JASIM = {"accept": ["جاسم", "مدينة جاسم", "Jasim", "Jāsim", "درعا", "Daraa"]}
SHAJARA = {"accept": ["الشجرة", "بلدة الشجرة", "حوض اليرموك", "Al-Shajara", "Ash Shajarah", "Yarmouk Basin"]}
AIN_DHAKAR = {"accept": ["عين ذكر", "بلدة عين ذكر", "مدخل البلدة", "Ain Dhakar", "Ayn Dhakar"]}

# ================================================================ 100: al-Zawiya and Tripoli (a west Libya news site)
SSA = {"en": ["Stability Support Apparatus", "SSA", "Stability Support Authority"],
       "ar": ["جهاز دعم الاستقرار", "«جهاز دعم الاستقرار»", "عناصر تابعين لـ«جهاز دعم الاستقرار»"]}
HARSHA_BRIGADE = {"en": ["Martyrs of al-Harsha Brigade", "al-Harsha brigade", "Harsha Martyrs Battalion"],
                  "ar": ["كتيبة شهداء الحرشة", "«كتيبة شهداء الحرشة»", "مسلحين من «كتيبة شهداء الحرشة»"]}
SSA_HARSHA = merge(SSA, HARSHA_BRIGADE)
BOTH_SIDES_ZAW = merge({"en": ["both sides", "the two sides", "the two armed groups"],
                        "ar": ["الطرفين", "الطرفين كليهما"]}, SSA_HARSHA)
ZAWIYA_SECURITY = {"en": ["Zawiya Security Directorate", "al-Zawiya security directorate"],
                   "ar": ["مديرية أمن الزاوية"]}
ROAD_USERS = merge({"en": ["traffic", "road users"], "ar": ["حركة السير"]}, CIVILIANS)
RADAA = {"en": ["Deterrence Apparatus for Combating Organized Crime and Terrorism", "Radaa", "Rada Deterrence Force",
                "Deterrence Apparatus"],
         "ar": ["جهاز الردع لمكافحة الجريمة المنظمة والإرهاب", "جهاز الردع", "عناصر من «جهاز الردع"]}
TRIPOLI_ACTIVIST = {"en": ["civil activist", "activist"], "ar": ["ناشطاً مدنياً", "الناشط", "ناشطاً"]}
UNSMIL = {"en": ["United Nations Support Mission in Libya", "UNSMIL", "UN mission"],
          "ar": ["بعثة الأمم المتحدة للدعم في ليبيا", "البعثة الأممية"]}
ZAWIYA_TRADERS = merge({"en": ["old market traders", "traders", "merchants"],
                        "ar": ["تجار السوق القديم", "تجار"]}, CIVILIANS)
PC_GNU = {"en": ["Presidential Council", "Government of National Unity", "GNU"],
          "ar": ["المجلسَ الرئاسي", "المجلس الرئاسي", "حكومة الوحدة الوطنية", "«الرئاسي»"]}
BRIGADE_111 = {"en": ["111th Brigade", "Brigade 111", "General Staff", "Libyan army"],
               "ar": ["«اللواء 111 مجحفل»", "اللواء 111 مجحفل", "اللواء 111", "رئاسة الأركان العامة"]}
PC_HEAD = {"en": ["Head of the Presidential Council", "Presidential Council", "Presidential Council chairman"],
           "ar": ["رئيس المجلس الرئاسي", "المجلس الرئاسي", "«الرئاسي»", "المكتب الإعلامي للمجلس"]}
ZAWIYA_ELDERS = {"en": ["Council of Wise Men and Notables of al-Zawiya", "Zawiya elders", "Zawiya notables",
                        "elders committee"],
                 "ar": ["مجلس حكماء وأعيان الزاوية", "وفداً من مجلس حكماء وأعيان الزاوية", "لجنة الأعيان",
                        "لجنة من الأعيان", "الأعيان"]}
PC_ELDERS = merge(PC_HEAD, ZAWIYA_ELDERS)
STUDENT_FAMILY = {"en": ["the student's family", "relatives of the student"], "ar": ["ذوو الطالب"]}
ATTORNEY_GENERAL = {"en": ["Attorney General", "Public Prosecutor"], "ar": ["النائب العام"]}
HARSHA_COMMANDER = merge({"en": ["commander of the Martyrs of al-Harsha Brigade", "brigade commander"],
                          "ar": ["آمر «كتيبة شهداء الحرشة»", "آمر"]}, HARSHA_BRIGADE)
GNU_INTERIOR = {"en": ["GNU Ministry of Interior", "Libyan Interior Ministry", "Interior Ministry"],
                "ar": ["وزارة الداخلية بحكومة الوحدة الوطنية", "وزارة الداخلية"]}
SURMAN_MAYOR = {"en": ["mayor of Surman", "Surman municipality head"], "ar": ["عميد بلدية صرمان"]}
SIDES_REPS = {"en": ["representatives of both sides", "representatives of the two armed groups"],
              "ar": ["ممثلين عن الطرفين", "ممثلين"]}
PARAMEDIC = merge({"en": ["paramedic", "ambulance crew", "Ambulance and Emergency Service"],
                   "ar": ["مسعف في جهاز الإسعاف والطوارئ", "مسعف", "سيارة الإسعاف"]}, CIVILIANS)

ZAWIYA = {"accept": ["الزاوية", "مدينة الزاوية", "Zawiya", "Az Zawiyah", "al-Zawiya"]}
HARSHA = place({"accept": ["الحرشة", "منطقة الحرشة", "al-Harsha", "Harsha"]}, ZAWIYA)
COASTAL_ROAD = place({"accept": ["الطريق الساحلي", "صرمان", "coastal road", "Surman", "Sabratha-Zawiya road"]}, ZAWIYA)
SOUQ_JUMA = {"accept": ["سوق الجمعة", "منطقة سوق الجمعة", "طرابلس", "العاصمة طرابلس", "Souq al-Juma", "Suq al-Jumaa",
                        "Tripoli"]}
ZAWIYA_OLD_MARKET = place({"accept": ["السوق القديم", "وسط الزاوية", "old market"]}, ZAWIYA)
ZAWIYA_EAST_ENTRANCE = place({"accept": ["المدخل الشرقي للزاوية", "المدخل الشرقي"]}, ZAWIYA)
TRIPOLI_LY = {"accept": ["طرابلس", "العاصمة طرابلس", "Tripoli", "Tarabulus"]}
SURMAN = {"accept": ["صرمان", "بلدية صرمان", "Surman", "Sorman"]}
ZAWIYA_MUNICIPAL = place({"accept": ["مقر المجلس البلدي", "المجلس البلدي"]}, ZAWIYA)
JUDAIM = place({"accept": ["جودائم", "منطقة جودائم", "الطريق الساحلي", "Judaim", "Jouda'im"]}, ZAWIYA)
