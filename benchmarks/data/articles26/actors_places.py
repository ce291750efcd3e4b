"""Accepted actor names and place names for the twenty-sixth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not copied
from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the articles, common
variants, and English names). Syrian and Jordanian towns were checked against the GeoNames lists in
../shared/data/geonames/ where they have them (Khanasir, al-Hader, al-Hajib, as-Safira; Ma'arrat an-Nu'man, Khan
Shaykhun, Hish, Kafranbel; ar-Ramtha, ash-Shajarah, at-Turrah, Irbid, Kafr Asad). Villages, crossings, mountains and
neighbourhoods absent from those lists carry their usual spellings. Libya and Yemen are not covered by those lists:
Kufra, Tazirbu, Rebiana, al-Bayda, Rada'a and their places carry their usual Arabic and English spellings.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الحكومة», «الوفد», «النظام») are left out on purpose, with these
exceptions, each used only in an article where it names a single actor: «التنظيم» (126, only ever ISIS), «الأمن
العسكري» (126), «الأمن الداخلي» and «المحافظ» (127), «الكتيبة», «الجهاز», «العميد» and «المفوضية» (128), «الأمن العام»
and «الدرك» (129), «الجماعة» and «القبائل» (130: only ever the Houthis and the Qayfa tribes).
"""


import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ================================================================ actors: shared
CIVILIANS = {"en": ["civilians", "civilian", "residents", "locals", "people", "citizens"],
             "ar": ["مدنيين", "المدنيين", "مدنيون", "مدني", "المواطنين", "مواطنين", "الأهالي", "السكان"]}
UNKNOWN = {"en": ["unknown gunmen", "unknown assailants", "unidentified gunmen", "unknown persons", "unknown arsonists"],
           "ar": ["مسلحين مجهولين", "مسلحون مجهولون", "مسلحان مجهولان", "مجهولين", "مجهولون"]}

# ================================================================ 126: southern Aleppo countryside (opposition site)
REGIME_FORCES = {"en": ["Syrian regime forces", "Syrian government forces", "Syrian army", "Syrian Arab Army",
                        "regime forces", "25th Division", "25th Special Mission Forces Division", "Tiger Forces"],
                 "ar": ["قوات النظام", "عناصر من قوات النظام", "الفرقة 25 – مهام خاصة", "الفرقة 25",
                        "مرتبات «الفرقة 25»", "حافلة مبيت عسكرية"]}
ISIS = {"en": ["Islamic State", "ISIS", "IS", "ISIL", "Daesh", "ISIS cells"],
        "ar": ["تنظيم «داعش»", "داعش", "تنظيم داعش", "خلايا تنظيم «داعش»", "التنظيم", "جنود الخلافة",
               "معرّفات مرتبطة بتنظيم «داعش»"]}
RU_AIR = {"en": ["Russian air force", "Russian warplanes", "Russian Aerospace Forces", "Russia", "Russian jets"],
          "ar": ["مقاتلات روسية", "الطيران الروسي", "الطيران الحربي الروسي", "روسيا"]}
ISIS_POSITIONS = merge({"en": ["ISIS positions", "ISIS cells' positions"],
                        "ar": ["مواقع يُعتقد أنها لخلايا تنظيم «داعش»", "مواقع"]}, ISIS)
MIL_SEC = {"en": ["Military Security", "Syrian Military Security", "Military Security Branch",
                  "Military Security branch in Aleppo", "head of the Military Security branch"],
           "ar": ["فرع الأمن العسكري", "الأمن العسكري", "دوريات تابعة لفرع الأمن العسكري", "دوريات الأمن العسكري",
                  "فرع الأمن العسكري في حلب", "رئيس فرع الأمن العسكري في حلب"]}
CHECKPOINT_MEN = merge({"en": ["checkpoint personnel", "checkpoint members", "regime checkpoint"],
                        "ar": ["عناصر أحد الحواجز", "أحد الحواجز"]}, MIL_SEC, REGIME_FORCES)
SAFIRA_YOUTHS = {"en": ["young men", "fourteen young men", "draft evaders", "young men of as-Safira"],
                 "ar": ["ما لا يقل عن أربعة عشر شاباً", "أربعة عشر شاباً", "شباناً", "الشبان"]}
SAFIRA_FLEEING = merge({"en": ["a young man", "young man", "motorcyclist"], "ar": ["شاب حاول الفرار", "شاب"]},
                       CIVILIANS)
BAQIR = {"en": ["Liwa al-Baqir", "al-Baqir Brigade", "Baqir Brigade", "Iran-backed militia", "Iranian-backed militias"],
         "ar": ["ميليشيا «لواء الباقر»", "لواء الباقر", "مجموعات من عناصرها"]}
SAFIRA_WOMEN = merge({"en": ["women", "thirty women", "detainees' relatives", "mothers of detainees"],
                      "ar": ["نحو ثلاثين امرأة", "ثلاثين امرأة", "ذوي الشبان المعتقلين", "ذوي المعتقلين"]}, CIVILIANS)
SAFIRA_AREA_HEAD = {"en": ["head of the as-Safira area", "area chief", "local authorities of as-Safira"],
                    "ar": ["رئيس المنطقة", "المجمّع الحكومي في السفيرة"]}
SYRIAN_POLICE = {"en": ["police", "Syrian police", "regime police"], "ar": ["عناصر من الشرطة", "الشرطة"]}
SAFIRA_NOTABLES = {"en": ["as-Safira clan notables", "delegation of notables", "tribal notables"],
                   "ar": ["وفد من وجهاء عشائر السفيرة", "وجهاء عشائر السفيرة", "وجهاء"]}
SARC = {"en": ["Syrian Arab Red Crescent", "SARC", "Red Crescent", "SARC Aleppo branch"],
        "ar": ["فرع الهلال الأحمر العربي السوري في حلب", "الهلال الأحمر العربي السوري", "الهلال الأحمر"]}
SAFIRA_FAMILIES = {"en": ["families", "two thousand families", "families of as-Safira and al-Hader"],
                   "ar": ["نحو ألفي عائلة", "ألفي عائلة", "عائلة"]}
SAFIRA_DETAINEES = {"en": ["two detainees", "detainees", "two young men"],
                    "ar": ["معتقلَين اثنين", "معتقلين", "الشابين"]}
DRAFT_FAMILIES = {"en": ["families of draft evaders", "relatives of draft evaders", "draft evaders"],
                  "ar": ["ذوي المتخلفين عن الخدمة", "ذوي المتخلفين", "المتخلفين"]}
SAFIRA_SHEPHERDS = merge({"en": ["two shepherds", "shepherds"], "ar": ["راعيا أغنام", "راعيا"]}, CIVILIANS)
NDF = {"en": ["National Defence Forces", "National Defense Forces", "NDF", "pro-government militia"],
       "ar": ["ميليشيا «الدفاع الوطني»", "الدفاع الوطني", "سيارة عسكرية تابعة لميليشيا «الدفاع الوطني»", "عنصرين"]}
TANKER_DRIVER = merge({"en": ["tanker driver", "fuel tanker", "driver"], "ar": ["صهريجاً لنقل المحروقات", "سائقه"]},
                      CIVILIANS)

ITHRIYA_KHANASIR_ROAD = {"accept": ["طريق أثريا – خناصر", "أثريا", "خناصر", "بلدة خناصر", "ريف حلب الجنوبي",
                                    "Ithriya-Khanasir road", "Ithriya", "Athriya", "Khanasir", "Khanaser"]}
KHANASIR_DESERT = {"accept": ["البادية الممتدة بين خناصر وأثريا", "خناصر", "أثريا", "Khanasir desert", "Khanasir",
                              "Khanaser", "Ithriya"]}
KHANASIR = {"accept": ["خناصر", "محيط بلدة خناصر", "بلدة خناصر", "Khanasir", "Khanaser", "Khanāşir"]}
SAFIRA = {"accept": ["السفيرة", "مدينة السفيرة", "as-Safira", "al-Safira", "Safira", "As Safirah"]}
HADER_HAJIB_ARAN = {"accept": ["الحاضر", "الحاجب", "تل عرن", "بلدات الحاضر والحاجب وتل عرن", "al-Hader", "al-Hadir",
                               "Al Hadir", "al-Hajib", "Al Hajib", "Tall Aran", "Tell Aran"]}
ALEPPO = {"accept": ["حلب", "مدينة حلب", "Aleppo", "Halab"]}
SAFIRA_HADER = place(SAFIRA, {"accept": ["الحاضر", "السفيرة والحاضر", "al-Hader", "al-Hadir"]})
HAJIB_DESERT = {"accept": ["بادية الحاجب", "الحاجب", "al-Hajib", "Al Hajib", "al-Hajib desert"]}
ITHRIYA = {"accept": ["أثريا", "قرب أثريا", "Ithriya", "Athriya"]}
HADER = {"accept": ["الحاضر", "بلدة الحاضر", "دوار بلدة الحاضر", "al-Hader", "al-Hadir", "Al Hadir"]}

# ================================================================ 127: southern Idlib, 2025 (returnees' site)
UXO_CHILDREN = merge({"en": ["three children", "four children", "three brothers", "shepherd children", "children"],
                      "ar": ["ثلاثة أطفال أشقّاء", "ثلاثة أطفال", "أطفال", "الأشقاء الأربعة"]}, CIVILIANS)
MAARA_RETURNEES = merge({"en": ["returnees", "returning residents", "hundreds of returning residents", "protesters"],
                         "ar": ["مئات من الأهالي العائدين", "الأهالي العائدين", "عائدون", "المحتجين"]}, CIVILIANS)
IDLIB_GOV = {"en": ["Idlib governorate", "Idlib Governorate", "governor of Idlib", "Idlib governor"],
             "ar": ["محافظة إدلب", "المحافظ", "محافظ إدلب"]}
SY_INTERNAL_SEC = {"en": ["Internal Security", "Internal Security Command", "Idlib Internal Security Command",
                          "General Security", "Syrian Ministry of Interior", "Syrian security forces"],
                   "ar": ["قوة من الأمن الداخلي", "الأمن الداخلي", "قيادة الأمن الداخلي في محافظة إدلب",
                          "قيادة الأمن الداخلي في المحافظة", "قيادة الأمن الداخلي", "دورية من الأمن الداخلي"]}
REGIME_REMNANTS = {"en": ["three people", "remnants of the former regime", "former regime loyalists", "Assad loyalists",
                          "suspects"],
                   "ar": ["ثلاثة أشخاص", "فلول النظام البائد", "أشخاص"]}
FARM_GUNMAN = merge({"en": ["a fourth man", "armed suspect", "gunman barricaded in the farm"],
                     "ar": ["رابعٍ تحصّن داخل المزرعة", "رابعٍ"]}, REGIME_REMNANTS)
KHAN_SHAYKHUN_FIGHT = merge(SY_INTERNAL_SEC, FARM_GUNMAN)
MAARA_FARMERS = merge({"en": ["returning families", "farmers", "wheat and barley fields", "crops"],
                       "ar": ["حقول قمح وشعير", "عائلات عائدة", "حقول"]}, CIVILIANS)
MAARA_COMMITTEE = {"en": ["Maarat al-Numan residents' committee", "residents' committee", "protesters' representatives",
                          "delegation of the residents' committee"],
                   "ar": ["وفد من لجنة أهالي معرة النعمان", "لجنة أهالي معرة النعمان", "ممثلين عن المحتجين",
                          "أعضاء اللجنة"]}
TAH_FAMILIES = {"en": ["two families", "the two families", "families"], "ar": ["عائلتين", "الطرفين", "الجانبين"]}
TAH_NOTABLES = {"en": ["local notables", "notables", "mediators"], "ar": ["وجهاء من المنطقة", "وجهاء"]}
UNICEF = {"en": ["UNICEF", "United Nations Children's Fund", "UN Children's Fund"],
          "ar": ["منظمة الأمم المتحدة للطفولة «يونيسف»", "يونيسف", "منظمة الأمم المتحدة للطفولة"]}
MAARA_COUNCIL = {"en": ["Maarat al-Numan local council", "local council", "city council"],
                 "ar": ["المجلس المحلي في معرة النعمان", "المجلس المحلي"]}
PHARMACIST = merge({"en": ["a pharmacist", "pharmacist"], "ar": ["صيدلاني من أبناء كفرنبل", "صيدلاني", "أخاه"]},
                   CIVILIANS)
MAARA_RESIDENTS = merge({"en": ["protesters", "instigators", "road blockers"], "ar": ["المحرّضين"]}, CIVILIANS)
COUNCIL_EMPLOYEE = merge({"en": ["local council employee", "municipal employee", "council employee"],
                          "ar": ["موظف في المجلس المحلي", "موظف"]}, CIVILIANS)
FORMER_REGIME = {"en": ["forces of the former regime", "Assad regime forces", "Syrian government forces",
                        "Russian air force"],
                 "ar": ["قوات النظام البائد", "النظام البائد"]}

HISH = {"accept": ["حيش", "بلدة حيش", "الأطراف الغربية لبلدة حيش", "خان شيخون", "Hish", "Heesh", "Khan Shaykhun",
                   "Khan Sheikhoun"]}
MAARA = {"accept": ["معرة النعمان", "مدينة معرة النعمان", "المدخل الشمالي للمدينة", "الطريق الدولي حلب – دمشق",
                    "Maarat al-Numan", "Ma'arrat an-Nu'man", "Maarat al-Nouman", "M5 highway"]}
KHAN_SHAYKHUN = {"accept": ["خان شيخون", "طريق التمانعة", "مزرعة على طريق التمانعة", "Khan Shaykhun",
                            "Khan Sheikhoun", "Khan Shaykhoun", "al-Tamanah road"]}
WEST_MAARA_VILLAGES = {"accept": ["كفرنبل", "حاس", "كفرومة", "ريف المعرة الغربي", "كفرنبل وحاس وكفرومة", "Kafranbel",
                                  "Kafr Nabl", "Kafrouma", "Kafr Ruma", "western Maarat al-Numan countryside"]}
IDLIB_CITY = {"accept": ["إدلب", "مدينة إدلب", "مبنى المحافظة بمدينة إدلب", "Idlib", "Idlib city"]}
TAH = {"accept": ["التح", "بلدة التح", "شرقي المعرة", "al-Tah", "Al Tah", "At Tah"]}
KAFRANBEL_ROAD = {"accept": ["طريق كفرنبل – معرة النعمان", "كفرنبل", "معرة النعمان", "Kafranbel-Maarat al-Numan road",
                             "Kafranbel", "Maarat al-Numan"]}
SOUTH_IDLIB = {"accept": ["ريف إدلب الجنوبي", "معرة النعمان", "southern Idlib", "southern Idlib countryside",
                          "Maarat al-Numan"]}

# ================================================================ 128: Kufra, Libya (site of Libya's south-east)
SUBUL = {"en": ["Subul al-Salam Battalion", "Subul al-Salam", "Sabul al-Salam", "Libyan National Army",
                "LNA", "General Command"],
         "ar": ["كتيبة «سبل السلام»", "سبل السلام", "«سبل السلام»", "الكتيبة", "عناصر البوابة", "بوابة أمنية"]}
KUFRA_GUNMEN = {"en": ["gunmen", "fuel and human smuggling gang", "smuggling gang", "attackers"],
                "ar": ["مسلحون يستقلّون سيارات رباعية الدفع", "مسلحون", "المهاجمون", "المهاجمين",
                       "عصابة لتهريب الوقود والبشر"]}
SMUGGLING_GANGS = {"en": ["cross-border smuggling gangs", "smuggling gangs", "smugglers", "the perpetrators"],
                   "ar": ["عصابات التهريب العابرة للحدود", "عصابات التهريب", "الجناة"]}
LNA_AIR = {"en": ["LNA air force", "Libyan National Army air force", "General Command", "LNA"],
           "ar": ["سلاح الجو", "شعبة الإعلام الحربي التابعة للقيادة العامة", "شعبة الإعلام الحربي", "القيادة العامة"]}
AIR_TARGETS = merge({"en": ["smuggling gangs' gatherings", "smugglers' vehicles"],
                     "ar": ["تجمعات لعصابات التهريب", "آلياتها"]}, SMUGGLING_GANGS)
ANTI_MIGRATION = {"en": ["Anti-Illegal Immigration Agency", "Anti-Illegal Migration Agency, Kufra branch",
                         "illegal migration agency", "DCIM"],
                  "ar": ["جهاز مكافحة الهجرة غير الشرعية – فرع الكفرة", "جهاز مكافحة الهجرة غير الشرعية", "الجهاز",
                         "دورياته"]}
CHAD_MIGRANTS = {"en": ["Chadian migrants", "350 migrants", "migrants"],
                 "ar": ["نحو ثلاثمئة وخمسين مهاجراً من الجنسية التشادية", "مهاجراً", "المهاجرين"]}
KUFRA_SMUGGLERS = {"en": ["two smugglers", "smugglers", "human traffickers"],
                   "ar": ["اثنين من المهربين", "المهربين", "مهربون"]}
HELD_MIGRANTS = {"en": ["migrants held for ransom", "dozens of migrants"], "ar": ["عشرات المهاجرين", "المهاجرين"]}
KUFRA_PROTESTERS = merge({"en": ["young men of Kufra", "Kufra residents", "protesters"],
                          "ar": ["عشرات الشبان من أهالي الكفرة", "أهالي الكفرة", "الشبان"]}, CIVILIANS)
LY_EAST_GOV = {"en": ["Libyan government designated by the House of Representatives", "eastern-based government",
                      "Government of National Stability", "Libyan government"],
               "ar": ["الحكومة الليبية المكلفة من مجلس النواب", "الحكومة الليبية", "الحكومة المكلفة"]}
KUFRA_MAYOR = {"en": ["mayor of Kufra", "Kufra municipality", "head of Kufra municipality"],
               "ar": ["عميد بلدية الكفرة", "بلدية الكفرة", "العميد"]}
UNHCR = {"en": ["UNHCR", "UN Refugee Agency", "Office of the UN High Commissioner for Refugees"],
         "ar": ["المفوضية السامية للأمم المتحدة لشؤون اللاجئين", "وفد من المفوضية السامية للأمم المتحدة لشؤون اللاجئين",
                "المفوضية"]}
KUFRA_UNHCR = merge(KUFRA_MAYOR, UNHCR, {"en": ["both sides", "the two sides"], "ar": ["الجانبان"]})
IOM = {"en": ["International Organization for Migration", "IOM", "UN migration agency"],
       "ar": ["المنظمة الدولية للهجرة"]}
SUDAN_REFUGEES = {"en": ["displaced Sudanese families", "Sudanese families", "Sudanese refugees"],
                  "ar": ["الأسر السودانية النازحة", "الأسر السودانية"]}
RSF_LY = {"en": ["Rapid Support Forces", "RSF", "Sudanese Rapid Support Forces"],
          "ar": ["قوات «الدعم السريع» السودانية", "رتل مسلح تابع لقوات «الدعم السريع» السودانية", "الدعم السريع"]}
KUFRA_TRIBES = {"en": ["Social Council of the Kufra Tribes", "Kufra tribes' social council", "Kufra tribal council"],
                "ar": ["المجلس الاجتماعي لقبائل الكفرة", "المجلس الاجتماعي"]}
REBIANA_GUARDS = {"en": ["two members of the gate", "gate guards"], "ar": ["عنصران", "بوابة ربيانة"]}
TAZIRBU_SMUGGLERS = {"en": ["smugglers", "traffickers"], "ar": ["مهرّبون", "مهربون"]}
SUDAN_MIGRANTS = merge({"en": ["two Sudanese migrants", "Sudanese migrants", "truck"],
                        "ar": ["مهاجران سودانيان", "شاحنة كانت تقلّهما"]}, CIVILIANS)

KUFRA = {"accept": ["الكفرة", "مدينة الكفرة", "Kufra", "Al Kufrah", "al-Kufra"]}
KUFRA_GATE = place(KUFRA, {"accept": ["جنوب مدينة الكفرة", "الطريق الصحراوي جنوب مدينة الكفرة", "Kufra southern gate"]})
KUFRA_EAST = place({"accept": ["الضاحية الشرقية للمدينة"]}, KUFRA)
KUFRA_TOWN_HALL = place(KUFRA, {"accept": ["مقر المجلس البلدي", "مقر البلدية"]})
SARRA_ARKENU_UWEINAT = {"accept": ["السارة", "جبل أركنو", "جبل العوينات", "مناطق السارة وجبل أركنو وجبل العوينات",
                                   "Sarra", "al-Sarra", "Jebel Arkenu", "Arkenu", "Jebel Uweinat", "Uweinat",
                                   "al-Awaynat"]}
TRIANGLE = {"accept": ["المثلث الحدودي", "قرب المثلث الحدودي", "الأراضي الليبية", "border triangle",
                       "Libya-Sudan-Egypt border triangle", "Libyan territory"]}
REBIANA = {"accept": ["ربيانة", "بوابة ربيانة", "غربي الكفرة", "Rebiana", "Rabyanah", "Ribyana"]}
TAZIRBU = {"accept": ["تازربو", "بلدة تازربو", "Tazirbu", "Taizerbo", "Tazerbo"]}
KUFRA_AJDABIYA_ROAD = {"accept": ["الطريق الرابط بين الكفرة وأجدابيا", "الكفرة", "أجدابيا", "Kufra-Ajdabiya road",
                                  "Kufra", "Ajdabiya"]}

# ================================================================ 129: Irbid, ar-Ramtha and Amman (Jordanian site)
JO_PSD = {"en": ["Public Security Directorate", "Jordanian police", "Public Security", "PSD",
                 "Anti-Narcotics Department", "Jordanian security services"],
          "ar": ["مديرية الأمن العام", "الأمن العام", "مرتبات إدارة مكافحة المخدرات", "إدارة مكافحة المخدرات",
                 "الأجهزة الأمنية المختصة", "الأجهزة الأمنية"]}
RAMTHA_WANTED = {"en": ["dangerous wanted men", "wanted men", "three brothers", "drug dealers"],
                 "ar": ["مطلوبين خطرين", "ثلاثة أشقاء مطلوبين", "ثلاثة أشقاء", "الآخرَين"]}
RAMTHA_FIGHT = merge(JO_PSD, RAMTHA_WANTED)
JO_INTERIOR = {"en": ["Jordanian Interior Minister", "Interior Minister", "Minister of Interior", "Ministry of Interior"],
               "ar": ["وزير الداخلية", "وزارة الداخلية"]}
JO_GENDARMERIE = {"en": ["Gendarmerie", "Jordanian Gendarmerie", "Gendarmerie forces", "Darak"],
                  "ar": ["قوات الدرك", "«الدرك»", "الدرك"]}
KALOUTI_PROTESTERS = merge({"en": ["protesters", "hundreds of protesters", "pro-Gaza protesters", "activists"],
                            "ar": ["مئات المحتجين", "المحتجين", "محتجين", "خمسة عشر منهم"]}, CIVILIANS)
RAMTHA_SUSPECTS = {"en": ["nine wanted persons", "wanted persons", "drug suspects"],
                   "ar": ["تسعة أشخاص مطلوبين", "تسعة أشخاص", "مطلوبين بقضايا مخدرات"]}
YU_STUDENTS = merge({"en": ["Yarmouk University students", "students", "hundreds of students", "student representatives"],
                     "ar": ["مئات الطلبة", "الطلبة", "ممثلو الطلبة", "زملائهم المشاركين"]}, CIVILIANS)
JO_GOV = {"en": ["Jordanian government", "government of Jordan", "Jordan"], "ar": ["الحكومة الأردنية"]}
YU_ADMIN = {"en": ["Yarmouk University administration", "university administration", "university presidency"],
            "ar": ["إدارة الجامعة", "رئاسة الجامعة"]}
RAMTHA_GOVERNOR = {"en": ["Ramtha district governor", "administrative governor of Ramtha", "Ramtha governor"],
                   "ar": ["متصرف لواء الرمثا", "متصرف"]}
RAMTHA_CLANS = {"en": ["notables of the two clans", "clan notables", "the sergeant's clan", "the wanted men's clan"],
                "ar": ["وجهاء من عشيرة الوكيل الشهيد وعشيرة المطلوبين", "عشيرة الشهيد", "عشيرة المطلوبين", "الوجهاء",
                       "العشيرتين"]}
CLAN_MARTYR = {"en": ["the sergeant's clan", "the slain sergeant's clan"], "ar": ["عشيرة الشهيد", "عشيرة الوكيل الشهيد"]}
CLAN_WANTED = {"en": ["the wanted men's clan", "clan of the wanted men"], "ar": ["عشيرة المطلوبين"]}
JHCO = {"en": ["Jordan Hashemite Charity Organization", "JHCO", "Hashemite Charity Organization"],
        "ar": ["الهيئة الخيرية الأردنية الهاشمية", "الهيئة الخيرية"]}
GAZANS = {"en": ["Gaza Strip", "people of Gaza", "Gazans"], "ar": ["قطاع غزة", "غزة"]}
HIRAK_ACTIVIST = {"en": ["prominent activist", "Hirak activist", "activist"],
                  "ar": ["ناشط بارز في الحراك الشعبي", "ناشط بارز", "الناشط"]}
KAFR_ASAD_VICTIM = merge({"en": ["young man", "a man in his twenties"], "ar": ["شاب في العشرينات", "شاب"]}, CIVILIANS)
KAFR_ASAD_FAMILIES = {"en": ["two families", "brawling families", "the shooter"], "ar": ["عائلتين", "مطلق النار"]}

RAMTHA = {"accept": ["الرمثا", "لواء الرمثا", "Ramtha", "Ar Ramtha", "al-Ramtha"]}
RABIEH = {"accept": ["الرابية", "منطقة الرابية", "مسجد الكالوتي", "الكالوتي", "عمّان", "Rabieh", "al-Rabiya",
                     "Kalouti Mosque", "Amman"]}
RAMTHA_3 = {"accept": ["الرمثا", "الشجرة", "الطرة", "الرمثا والشجرة والطرة", "Ramtha", "Ar Ramtha", "Ash Shajarah",
                       "al-Shajara", "At Turrah", "al-Turra"]}
IRBID_YU = {"accept": ["جامعة اليرموك", "إربد", "مدينة إربد", "Yarmouk University", "Irbid"]}
GAZA = {"accept": ["قطاع غزة", "غزة", "Gaza Strip", "Gaza"]}
KAFR_ASAD = {"accept": ["كفر أسد", "بلدة كفر أسد", "لواء الوسطية", "Kafr Asad", "Kufr Asad", "al-Wasatiyya"]}

# ================================================================ 130: al-Bayda, Yemen (independent Yemeni site)
HOUTHIS = {"en": ["Houthis", "Ansar Allah", "Houthi group", "Houthi forces", "Houthi movement"],
           "ar": ["جماعة الحوثي", "الحوثيون", "الحوثي", "أنصار الله", "الجماعة", "قوات تابعة للجماعة", "حوثي"]}
HOUTHI_SECURITY = merge({"en": ["Houthi security services", "security services in Rada'a"],
                         "ar": ["«الأجهزة الأمنية» في رداع", "الأجهزة الأمنية", "نقطة تفتيش"]}, HOUTHIS)
TAKFIRI = {"en": ["takfiri elements", "militants", "gunmen", "tribal gunmen"],
           "ar": ["«عناصر تكفيرية»", "عناصر تكفيرية"]}
RADAA_CLASH = merge(HOUTHI_SECURITY, TAKFIRI)
COALITION = {"en": ["Saudi-led coalition", "the aggression and its mercenaries", "coalition", "Yemeni government"],
             "ar": ["«العدوان ومرتزقته»", "العدوان ومرتزقته", "العدوان"]}
QAYFA_VICTIMS = merge({"en": ["four civilians", "homes", "a woman and a girl", "victims"],
                       "ar": ["أربعة مدنيين", "عدد من المنازل", "الضحايا الأربعة"]}, CIVILIANS)
QAYFA_SHEIKH_HOUSE = merge({"en": ["house of a Qayfa sheikh", "a Qayfa sheikh", "sheikh's house", "residents"],
                            "ar": ["منزل أحد مشايخ قيفة", "أحد مشايخ قيفة", "ساكنيه"]}, CIVILIANS)
SHEIKH_RELATIVES = merge({"en": ["three relatives", "sheikh's relatives"], "ar": ["ثلاثة من أقاربه", "أقاربه"]},
                         CIVILIANS)
YE_GOV_FORCES = {"en": ["Yemeni government forces", "government forces", "al-Bayda military axis", "National Army",
                        "pro-government forces"],
                 "ar": ["القوات الحكومية", "مواقع للقوات الحكومية", "محور البيضاء العسكري", "محور البيضاء"]}
QAYFA_TRIBES = {"en": ["Qayfa tribes", "tribes of Qayfa", "Qayfa sheikhs", "tribesmen"],
                "ar": ["قبائل قيفة", "مشايخ قيفة", "القبائل", "المشايخ"]}
RADAA_MEDIATORS = {"en": ["Rada'a notables", "Houthi-aligned mediators", "mediation delegation"],
                   "ar": ["وفد من وجهاء رداع المحسوبين على الجماعة", "وفد من وجهاء رداع", "وجهاء رداع"]}
MEDIATORS_HOUTHIS = merge(RADAA_MEDIATORS, HOUTHIS)
ICRC = {"en": ["International Committee of the Red Cross", "ICRC", "Red Cross"],
        "ar": ["فريق من اللجنة الدولية للصليب الأحمر", "اللجنة الدولية للصليب الأحمر", "الصليب الأحمر"]}
QAYFA_WOUNDED = merge({"en": ["five wounded", "the wounded"], "ar": ["الجرحى الخمسة", "الجرحى"]}, CIVILIANS)
US_DRONE = {"en": ["United States", "US drone", "US military", "US Central Command", "CENTCOM"],
            "ar": ["طائرة أمريكية من دون طيار", "القيادة المركزية الأمريكية", "أمريكية"]}
AQAP = {"en": ["al-Qaeda in the Arabian Peninsula", "AQAP", "al-Qaeda"],
        "ar": ["اثنين من عناصر تنظيم «القاعدة»", "تنظيم «القاعدة»", "القاعدة"]}
HOUTHI_GOVERNOR = merge({"en": ["Houthi-appointed governor of al-Bayda", "al-Bayda governor"],
                         "ar": ["محافظ البيضاء المعيّن من الجماعة", "محافظ البيضاء"]}, HOUTHIS)
GOV_SOLDIER = merge({"en": ["government soldier", "a soldier"], "ar": ["جندي في القوات الحكومية", "جندي"]},
                    YE_GOV_FORCES)

WALD_RABI = {"accept": ["ولد ربيع", "مديرية ولد ربيع", "قيفة", "منطقة قيفة", "Wald Rabi", "Walad Rabi'", "Qayfa",
                        "Qaifa"]}
RADAA = {"accept": ["رداع", "مدينة رداع", "Rada'a", "Radaa", "Rada"]}
MUKAYRAS_FRONTS = {"accept": ["مكيراس", "عقبة ثرة", "جبهة الزاهر", "الزاهر", "Mukayras", "Mukeiras", "Thera pass",
                              "Aqabat Thirah", "al-Zahir", "Az Zahir"]}
SAWMAAH = {"accept": ["الصومعة", "مديرية الصومعة", "As Sawma'ah", "al-Sawmaa", "Sawma'a"]}
SANAA = {"accept": ["صنعاء", "مستشفى الثورة العام في صنعاء", "رداع", "Sanaa", "Sana'a", "Rada'a"]}
QURAYSHIYAH = {"accept": ["قرية حنكة آل مسعود", "حنكة آل مسعود", "القريشية", "مديرية القريشية", "Hanakat Al Masoud",
                          "al-Qurayshiyah", "Al Quraishiyah"]}
MUKAYRAS = {"accept": ["مكيراس", "جبهة مكيراس", "Mukayras", "Mukeiras"]}
BAYDA = {"accept": ["البيضاء", "محافظة البيضاء", "al-Bayda", "Al Bayda", "Bayda governorate"]}
