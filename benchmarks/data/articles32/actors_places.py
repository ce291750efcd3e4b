"""Accepted actor names and place names for the thirty-second team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries (which the
annotator never opened) and not copied from another set's lists (only the template set ``../articles18/`` was read,
for its form): Arabic surface forms as they occur in the articles, common variants, and English names. Syrian towns
were checked against the GeoNames lists in ../shared/data/geonames/ where they have them (Khan Arnabah, Jaba,
al-Quneitra; Latakia, Kassab, Kinnsibba, Jablah, al-Qardahah; Ma'arrat an-Nu'man, at-Tamani'ah, Khan Shaykhun,
Saraqib; as-Salamiyah, as-Si'in, 'Uqayribat; Tall Abyad, Suluk). Villages, hills, neighbourhoods and buildings absent
from those lists (Jubata al-Khashab, Ufaniya, Madinat al-Baath, Tal al-Kurum, Bariqa, Bir Ajam, Trinjeh, Tal
al-Ahmar; Ghmam, Salma, Jabal al-Akrad, Jabal al-Turkman, al-Raml al-Shamali, al-Da'tour, al-Sheikh Daher; Hammam
al-Turkman; Akcakale on the Turkish side) carry their usual spellings.

The scorer matches names after normalisation and accepts substrings of three characters or more in either direction,
so bare short forms are left out unless, in the one article that uses them, they only ever name one actor: «النظام»
(156 and 158, the Syrian government), «الجبهة» (158, only Jabhat al-Nusra), «الوحدات» (160, only the YPG),
«التنظيم» (159 and 160, only ISIS), «الحكومة» (157, the Syrian government).
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
RUS_AIR = {"en": ["Russian air force", "Russian Aerospace Forces", "Russian warplanes", "Russian aircraft", "Russia"],
           "ar": ["الطيران الحربي الروسي", "الطيران الروسي", "الطيران الصديق", "غارتان روسيتان", "روسية"]}
NUSRA = {"en": ["Jabhat al-Nusra", "al-Nusra Front", "Nusra Front", "Nusra"],
         "ar": ["جبهة النصرة", "«جبهة النصرة»", "النصرة"]}
SARC = {"en": ["Syrian Arab Red Crescent", "SARC", "Red Crescent"],
        "ar": ["منظمة الهلال الأحمر العربي السوري", "الهلال الأحمر العربي السوري", "الهلال الأحمر"]}
ISIS = {"en": ["Islamic State", "ISIS", "ISIL", "IS", "Daesh"],
        "ar": ["تنظيم «داعش»", "داعش", "تنظيم «الدولة الإسلامية»", "الدولة الإسلامية", "تنظيم الدولة", "التنظيم"]}

# ================================================================ 156: Quneitra, the Golan line (opposition network)
SY_REGIME_Q = {"en": ["Syrian regime", "Assad regime", "Assad forces", "regime forces", "Syrian government forces",
                      "Syrian army", "Syrian Arab Army", "Syrian government"],
               "ar": ["قوات الأسد", "قوات النظام", "نظام الأسد", "النظام السوري", "النظام"]}
REGIME_HELIS = merge({"en": ["regime helicopters", "Syrian air force helicopters", "helicopter"],
                      "ar": ["مروحيات النظام", "المروحية"]}, SY_REGIME_Q)
JUBATA_VICTIMS = merge({"en": ["a woman and her child", "woman", "child", "seven civilians", "three children"],
                        "ar": ["امرأة وطفلها", "سبعة مدنيين", "القتيلة", "ابنها", "منزلهما", "ثلاثة أطفال"]}, CIVILIANS)
FSA_Q = {"en": ["Free Syrian Army", "FSA", "rebels", "rebel factions", "opposition factions", "armed opposition"],
         "ar": ["فصائل من الجيش الحر", "الجيش الحر", "مقاتلي الجيش الحر", "الفصائل العاملة في المنطقة",
                "فصائل المعارضة", "الفصائل", "الثوار", "أحد الألوية العاملة في المنطقة"]}
REGIME_POSITIONS_Q = merge({"en": ["regime positions", "company headquarters", "regime company"],
                            "ar": ["مواقع قوات الأسد", "مقر السرية", "موقعاً لقوات النظام", "مدفعاً ميدانياً"]},
                           SY_REGIME_Q)
KAZIYA_CHECKPOINT = merge({"en": ["al-Kaziya checkpoint", "checkpoint guards", "Military Security",
                                  "Military Intelligence", "Sa'sa' branch"],
                           "ar": ["عناصر الحاجز", "حاجز الكازية", "فرع الأمن العسكري في سعسع", "الأمن العسكري"]},
                          SY_REGIME_Q)
BARIQA_STUDENTS = {"en": ["six young men", "six students", "students", "young men from Bariqa", "detainees"],
                   "ar": ["ستة شبان", "ستة طلاب", "شبان من أبناء قرية بريقة", "المعتقلين"]}
IL_ARMY = {"en": ["Israeli army", "Israel Defense Forces", "IDF", "Israeli artillery", "Israel"],
           "ar": ["المدفعية الإسرائيلية", "جيش الاحتلال", "الجيش الإسرائيلي", "القصف الإسرائيلي"]}
JUBATA_NOTABLES = {"en": ["Jubata al-Khashab notables", "delegation of notables", "notables"],
                   "ar": ["وفداً من وجهاء جباتا الخشب", "وجهاء جباتا الخشب", "الوجهاء"]}
SASA_OFFICERS = merge({"en": ["Sa'sa' branch officers", "regime officers", "Military Security officers"],
                       "ar": ["ضباط من فرع سعسع", "ضباط النظام", "فرع سعسع"]}, SY_REGIME_Q)
JUBATA_COUNCIL = {"en": ["Jubata al-Khashab local council", "local council"],
                  "ar": ["المجلس المحلي لجباتا الخشب", "المجلس المحلي"]}
UNDOF = {"en": ["UNDOF", "United Nations Disengagement Observer Force", "UN peacekeepers", "UN forces"],
         "ar": ["قوات الأمم المتحدة لمراقبة فض الاشتباك", "أندوف", "قوات الأمم المتحدة"]}
AUSTRIAN_UNDOF = merge({"en": ["Austrian battalion", "Austrian peacekeepers", "Austria"],
                        "ar": ["الكتيبة النمساوية"]}, UNDOF)
ARNABAH_DRIVER = merge({"en": ["truck driver", "vegetable truck driver", "driver"],
                        "ar": ["سائق شاحنة لنقل الخضار", "سائق شاحنة", "سائق"]}, CIVILIANS)
Q_KIDNAPPERS = merge({"en": ["kidnappers"], "ar": ["الخاطفين"]}, UNKNOWN)
DRIVER_FAMILY = {"en": ["the driver's family", "family"], "ar": ["عائلته"]}
ARNABAH_PAGE = {"en": ["Khan Arnabah al-Hadath page", "loyalist Facebook page"],
                "ar": ["صفحة «خان أرنبة الحدث»", "خان أرنبة الحدث", "الصفحة"]}

JUBATA_UFANIYA = {"accept": ["جباتا الخشب", "بلدة جباتا الخشب", "أوفانيا", "قرية أوفانيا", "ريف القنيطرة الشمالي",
                             "Jubata al-Khashab", "Jubbata al-Khashab", "Jabata al-Khashab", "Ufaniya", "Ufaniyah",
                             "Oufaniya", "northern Quneitra countryside"]}
BAATH = {"accept": ["مدينة البعث", "البعث", "تل الكروم", "Madinat al-Baath", "al-Baath city", "Baath City",
                    "Tal al-Kurum", "Tall al-Kurum"]}
KHAN_ARNABAH = {"accept": ["خان أرنبة", "بلدة خان أرنبة", "حاجز الكازية", "Khan Arnabah", "Khan Arnaba",
                           "Khan Arnabeh", "Khan Arinbah"]}
GOLAN = {"accept": ["الجزء المحتل من هضبة الجولان", "هضبة الجولان", "الجولان", "Golan Heights", "occupied Golan",
                    "Golan"]}
TAL_AHMAR = {"accept": ["التل الأحمر الشرقي", "التل الأحمر", "Tal al-Ahmar al-Sharqi", "Tall al-Ahmar",
                        "eastern Tal al-Ahmar"]}
BAATH_JABA_ROAD = {"accept": ["الطريق الواصل بين مدينة البعث وبلدة جبا", "جبا", "بلدة جبا", "مدينة البعث", "Jaba",
                              "Jabā", "Madinat al-Baath", "Baath-Jaba road"]}
QUNEITRA_LINE = {"accept": ["القرى المحاذية لخط وقف إطلاق النار", "ريف القنيطرة", "Quneitra countryside",
                            "Quneitra"]}
QUNEITRA_CROSSING = {"accept": ["معبر القنيطرة", "القنيطرة", "Quneitra crossing", "Quneitra"]}
NORTH_QUNEITRA = {"accept": ["قرى الريف الشمالي", "جباتا الخشب", "طرنجة", "northern Quneitra countryside",
                             "Jubata al-Khashab", "Trinjeh", "Turunjah"]}

# ================================================================ 157: Latakia and its mountains (loyalist network)
SY_ARMY_L = {"en": ["Syrian Arab Army", "Syrian army", "Syrian government forces", "army units"],
             "ar": ["الجيش العربي السوري", "وحدات من الجيش العربي السوري", "بواسل الجيش", "الوحدات المتقدمة",
                    "الجيش"]}
NDF_L = {"en": ["National Defence Forces", "National Defense Forces", "NDF"],
         "ar": ["الدفاع الوطني", "مجموعات من الدفاع الوطني"]}
LAT_MILITANTS = {"en": ["armed groups", "terrorist groups", "militants", "rebels", "armed opposition"],
                 "ar": ["المجموعات الإرهابية المسلحة", "المجموعات الإرهابية", "مجموعات إرهابية", "الإرهابيين",
                        "الإرهابيون", "إرهابيي"]}
TIP = {"en": ["Turkistan Islamic Party", "Turkestan Islamic Party", "TIP"], "ar": ["الحزب الإسلامي التركستاني"]}
LAT_CLASH = merge(SY_ARMY_L, NDF_L, NUSRA, TIP, LAT_MILITANTS)
SY_ARMY_NDF = merge(SY_ARMY_L, NDF_L)
RAML_VICTIMS = merge({"en": ["three people", "a girl", "nine citizens", "residents of al-Raml al-Shamali"],
                      "ar": ["ثلاثة شهداء", "طفلة", "تسعة مواطنين", "شهيدين", "الطفلة الشهيدة"]}, CIVILIANS)
LAT_MILITANT_HQ = merge({"en": ["militant headquarters", "ammunition depots"],
                         "ar": ["مقرات ومستودعات ذخيرة للإرهابيين", "مقرات"]}, LAT_MILITANTS, NUSRA, TIP)
RUS_SY = merge(RUS_AIR, SY_ARMY_L)
LAT_SECURITY = {"en": ["Syrian security services", "security services", "competent authorities"],
                "ar": ["الجهات المختصة"]}
DAHER_SUSPECTS = {"en": ["two people", "two suspects", "cell members"], "ar": ["شخصين", "أفراد الخلية"]}
LAT_GOVERNOR = {"en": ["Governor of Latakia", "Latakia governor", "governor"], "ar": ["محافظ اللاذقية", "المحافظ"]}
LAT_WOUNDED = merge({"en": ["the wounded", "injured"], "ar": ["الجرحى"]}, CIVILIANS)
TURKEY_L = {"en": ["Turkey", "Turkish government", "Turkish regime"], "ar": ["النظام التركي", "تركيا"]}
SY_AIRFORCE = {"en": ["Syrian air force", "Syrian Arab Air Force", "Syrian warplane"],
               "ar": ["طائرة حربية سورية", "طائراتنا"]}
KESSAB_RESIDENTS = merge({"en": ["Kessab residents", "Armenian residents"], "ar": ["أهالي البلدة"]}, CIVILIANS)
KESSAB_FAMILIES = merge({"en": ["returning families", "displaced families", "families from Jabal al-Turkman"],
                         "ar": ["العائلات العائدة", "عائلات نازحة من قرى جبل التركمان", "عائلات نازحة"]}, CIVILIANS)
MISSING_FAMILIES = {"en": ["families of missing soldiers", "relatives of missing soldiers", "protesters",
                           "protesters' delegation"],
                    "ar": ["ذوي العسكريين المفقودين", "العشرات من ذوي العسكريين المفقودين", "وفداً من المحتجين",
                           "المحتجين"]}
SY_GOV_L = {"en": ["Syrian government", "government"], "ar": ["الحكومة"]}
NDF_COMMANDER = merge({"en": ["NDF field commander", "field commander"],
                       "ar": ["قائد ميداني في الدفاع الوطني", "قائد ميداني"]}, NDF_L)

LATAKIA_RAML = {"accept": ["حي الرمل الشمالي", "الرمل الشمالي", "حي الدعتور", "الدعتور", "مدينة اللاذقية", "اللاذقية",
                           "al-Raml al-Shamali", "Raml al-Shamali", "northern Raml", "al-Da'tour", "Daatour",
                           "Latakia"]}
GHMAM_KINSABBA = {"accept": ["كنسبا", "تلال كنسبا", "غمام", "قرية غمام", "جبل الأكراد", "ريف اللاذقية الشمالي",
                             "Kinsabba", "Kinsibba", "Kinnsibba", "Kansaba", "Ghmam", "Ghamam", "Jabal al-Akrad",
                             "northern Latakia countryside"]}
SALMA_TURKMAN = {"accept": ["سلمى", "بلدة سلمى", "جبل التركمان", "قرى جبل التركمان", "Salma", "Salmā",
                            "Jabal al-Turkman", "Turkmen Mountain", "Jabal Turkman"]}
SHEIKH_DAHER = {"accept": ["حي الشيخ ضاهر", "الشيخ ضاهر", "اللاذقية", "al-Sheikh Daher", "Sheikh Dahir", "Latakia"]}
LAT_HOSPITAL = {"accept": ["المشفى الوطني", "اللاذقية", "Latakia National Hospital", "Latakia"]}
TURKMAN = {"accept": ["جبل التركمان", "Jabal al-Turkman", "Turkmen Mountain", "Jabal Turkman"]}
KESSAB = {"accept": ["كسب", "بلدة كسب", "Kessab", "Kasab", "Kassab"]}
KESSAB_45 = place(KESSAB, {"accept": ["المرصد 45", "Observatory 45", "Tower 45"]})
LAT_GOV_BUILDING = {"accept": ["مبنى محافظة اللاذقية", "اللاذقية", "Latakia governorate building", "Latakia"]}
IDLIB_COUNTRYSIDE = {"accept": ["ريف إدلب", "Idlib countryside", "Idlib"]}
LAT_NORTH = {"accept": ["ريف اللاذقية", "سلمى", "كنسبا", "Latakia countryside", "Salma", "Kinsabba"]}
LAT_NORTH_FRONTS = {"accept": ["جبهات ريف اللاذقية الشمالي", "ريف اللاذقية الشمالي", "northern Latakia countryside",
                               "Latakia"]}
AKRAD_TURKMAN = {"accept": ["جبلي الأكراد والتركمان", "جبل الأكراد", "جبل التركمان", "Jabal al-Akrad",
                            "Jabal al-Turkman"]}

# ================================================================ 158: Maarat al-Numan (opposition local site)
NUSRA_M = merge(NUSRA, {"en": ["masked Nusra members"],
                        "ar": ["الجبهة", "عناصر الجبهة", "عناصر ملثمين", "مصدر في «جبهة النصرة»"]})
MAARAT_VICTIMS = merge({"en": ["five civilians", "two children", "a vegetable seller and two of his sons",
                               "vegetable market"],
                        "ar": ["خمسة مدنيين", "طفلان", "بائع خضار واثنين من أبنائه", "سوق الهال"]}, CIVILIANS)
MAARAT_PROTESTERS = {"en": ["protesters", "demonstrators", "participants", "organisers"],
                     "ar": ["المشاركون", "المتظاهرين", "منظمي المظاهرة"]}
MAARAT_ACTIVISTS = {"en": ["two media activists", "media activists", "activists", "one of the activists"],
                    "ar": ["ناشطَين إعلاميين", "ناشطَين", "الناشطَين", "أحد الناشطَين", "ناشطين", "الناشط الثاني"]}
SY_REGIME_M = {"en": ["Syrian regime forces", "regime forces", "Syrian army", "Syrian government forces"],
               "ar": ["قوات النظام", "النظام"]}
TAMANAH_KS = merge({"en": ["al-Tamanah", "Khan Shaykhun", "property"],
                    "ar": ["بلدتي التمانعة وخان شيخون", "الممتلكات"]}, CIVILIANS)
KS_FAMILIES = merge({"en": ["families", "many families"], "ar": ["عائلات كثيرة"]}, CIVILIANS)
MAARAT_COUNCIL = {"en": ["Maarat al-Numan local council", "local council"],
                  "ar": ["المجلس المحلي لمدينة معرة النعمان", "المجلس المحلي"]}
INTL_ORGS = {"en": ["international organisations", "international organizations", "international community"],
             "ar": ["المنظمات الدولية"]}
DIV13 = {"en": ["Division 13", "13th Division", "Free Syrian Army", "FSA"],
         "ar": ["«الفرقة 13»", "الفرقة 13", "الجيش الحر"]}
MAARAT_RESIDENTS = merge({"en": ["residents of Maarat al-Numan", "townspeople"], "ar": ["أهالي المدينة"]}, CIVILIANS)
MAARAT_NOTABLES = {"en": ["Maarat al-Numan notables", "notables", "town elders"], "ar": ["وجهاء من المدينة", "وجهاء"]}
NUSRA_EMIR = merge({"en": ["Nusra emir", "Nusra's local commander"], "ar": ["«أمير» الجبهة", "أمير"]}, NUSRA_M)
NUSRA_RESIDENTS = merge(NUSRA_M, MAARAT_RESIDENTS)
SRF = {"en": ["Syria Revolutionaries Front", "Syrian Revolutionaries Front", "SRF"],
       "ar": ["«جبهة ثوار سوريا»", "جبهة ثوار سوريا"]}

MAARAT = {"accept": ["معرة النعمان", "مدينة معرة النعمان", "سوق الهال", "ريف إدلب الجنوبي", "Maarat al-Numan",
                     "Ma'arrat al-Nu'man", "Maarrat an-Numan", "Ma'arrat an Nu'man", "Maarat al-Nouman"]}
TAMANAH_KS_PLACE = {"accept": ["التمانعة", "خان شيخون", "بلدتي التمانعة وخان شيخون", "ريف المعرة", "al-Tamanah",
                               "at-Tamani'ah", "Tamanah", "Khan Shaykhun", "Khan Sheikhoun", "Khan Shaykhoun"]}
KHAN_SHAYKHUN = {"accept": ["خان شيخون", "الحي الجنوبي لخان شيخون", "Khan Shaykhun", "Khan Sheikhoun"]}
JABAL_ZAWIYA = {"accept": ["جبل الزاوية", "ريف إدلب", "Jabal al-Zawiya", "Jabal Zawiya", "Idlib countryside"]}
MAARAT_NORTH = place({"accept": ["الأطراف الشمالية للمدينة", "سراقب", "Saraqib"]}, MAARAT)

# ================================================================ 159: Salamiyah (independent local page)
SAL_PROTESTERS = {"en": ["Salamiyah residents", "protesters", "sit-in participants", "organisers of the sit-in",
                         "residents"],
                  "ar": ["المئات من أهالي مدينة سلمية", "أهالي مدينة سلمية", "المعتصمون", "المعتصمين",
                         "منظمو الاعتصام", "ممثلين عن المعتصمين"]}
SY_SECURITY_S = {"en": ["security agencies", "security services", "Syrian security services", "concerned authorities"],
                 "ar": ["الأجهزة الأمنية", "الجهات المعنية"]}
SAL_SEC_COMMITTEE = {"en": ["Salamiyah security committee", "security committee", "head of the security committee"],
                     "ar": ["اللجنة الأمنية في سلمية", "اللجنة الأمنية", "رئيس اللجنة"]}
SAL_DELEGATION = {"en": ["delegation of Salamiyah notables", "notables", "protesters' representatives",
                         "sit-in representatives"],
                  "ar": ["وفد من وجهاء المدينة", "وجهاء المدينة", "ممثلين عن المعتصمين"]}
PHARMACIST = {"en": ["pharmacist", "kidnapped pharmacist", "abducted pharmacist"],
              "ar": ["صيدلاني", "الصيدلاني", "المخطوف"]}
KIDNAPPERS = merge({"en": ["four gunmen", "kidnappers", "gunmen"], "ar": ["أربعة مسلحين", "الخاطفين", "خاطفيه"]},
                   UNKNOWN)
PHARMACIST_FAMILY = {"en": ["pharmacist's family", "family", "his brother"], "ar": ["عائلته", "العائلة", "شقيقه"]}
SAAN_CHECKPOINT = {"en": ["army and NDF checkpoint", "Syrian army", "National Defence Forces", "checkpoint members"],
                   "ar": ["حاجزاً مشتركاً للجيش والدفاع الوطني", "عناصر الحاجز", "الجيش", "الدفاع الوطني"]}
ISIS_S = merge(ISIS, {"en": ["attackers", "infiltrators"], "ar": ["المهاجمين", "جنود الخلافة", "مجموعة إرهابية"]})
SAAN_CLASH = merge(ISIS_S, SAAN_CHECKPOINT)
SY_AIR_S = {"en": ["Syrian air force", "Syrian Arab Air Force", "Syrian warplanes"], "ar": ["الطيران الحربي السوري"]}
ISIS_POSITIONS_S = merge({"en": ["ISIS positions"], "ar": ["مواقع للتنظيم"]}, ISIS_S)
MIL_SECURITY_S = {"en": ["Military Security", "Military Intelligence", "Military Security branch",
                         "Military Security patrol"],
                  "ar": ["دورية لفرع الأمن العسكري", "فرع الأمن العسكري", "الأمن العسكري"]}
NDF_MEMBERS = {"en": ["two NDF members", "NDF members", "National Defence Forces"],
               "ar": ["عنصرين من إحدى مجموعات الدفاع الوطني", "عنصرين", "الدفاع الوطني"]}
NDF_S = {"en": ["National Defence Forces", "NDF", "NDF command in Salamiyah", "NDF groups"],
         "ar": ["قيادة الدفاع الوطني في سلمية", "مجموعات الدفاع الوطني", "الدفاع الوطني"]}
NDF_CRITICS = {"en": ["critics of the NDF", "those who defame the NDF", "critics"],
               "ar": ["كل من يسيء إلى سمعة الدفاع الوطني"]}
SARC_SAL = merge({"en": ["SARC Salamiyah branch", "Red Crescent branch in Salamiyah"],
                  "ar": ["شعبة الهلال الأحمر العربي السوري في سلمية"]}, SARC)
WFP = {"en": ["World Food Programme", "WFP"], "ar": ["برنامج الأغذية العالمي"]}
SAL_IDPS = merge({"en": ["displaced families", "IDPs", "families displaced from the eastern countryside"],
                  "ar": ["عائلات نزحت", "عائلات"]}, CIVILIANS)
SY_ARMY_S = {"en": ["Syrian army", "Syrian Arab Army", "army reinforcements"], "ar": ["تعزيزات للجيش", "الجيش"]}
SAL_NOTABLE = merge({"en": ["a Salamiyah notable", "notable", "mediator"], "ar": ["أحد وجهاء المدينة"]}, CIVILIANS)

SALAMIYAH = {"accept": ["سلمية", "مدينة سلمية", "Salamiyah", "As Salamiyah", "Salamiyeh", "Salamieh", "Salamiya"]}
SAL_SERAIL = place({"accept": ["مبنى السرايا", "السرايا"]}, SALAMIYAH)
SAAN = {"accept": ["السعن", "بلدة السعن", "الريف الشرقي للمدينة", "As Si'in", "al-Saan", "Saan", "al-Sa'an",
                   "eastern Salamiyah countryside"]}
UQAYRIBAT = {"accept": ["عقيربات", "محيط عقيربات", "البادية شرق سلمية", "Uqayribat", "'Uqayribat", "Aqirbat"]}
SAAN_ROAD = {"accept": ["طريق سلمية – السعن", "السعن", "سلمية", "Salamiyah–Saan road", "al-Saan", "Salamiyah"]}
SAL_ENTRANCES = place({"accept": ["مداخل المدينة الشرقية والشمالية"]}, SALAMIYAH)
SAL_NORTH = {"accept": ["الأطراف الشمالية لسلمية", "سلمية", "northern outskirts of Salamiyah", "Salamiyah"]}
SAL_HAMA_ROAD = {"accept": ["طريق سلمية – حماة", "Salamiyah–Hama road", "Salamiyah"]}

# ================================================================ 160: Tal Abyad (opposition border site)
YPG = {"en": ["People's Protection Units", "YPG", "Kurdish YPG", "Kurdish forces", "Kurdish units"],
       "ar": ["«وحدات حماية الشعب» الكردية", "وحدات حماية الشعب", "الوحدات الكردية", "«الوحدات»", "الوحدات"]}
ASAYISH = {"en": ["Asayish", "Kurdish internal security forces"], "ar": ["قوات «الأسايش»", "الأسايش"]}
YPG_ASAYISH = merge(YPG, ASAYISH)
YPG_CHECKPOINT = merge({"en": ["YPG checkpoint", "four YPG members"], "ar": ["حاجزاً للوحدات", "أربعة عناصر"]}, YPG)
ISIS_T = merge(ISIS, {"en": ["suicide bomber"], "ar": ["انتحاري"]})
ARAB_YOUTHS = {"en": ["more than 30 young men", "Arab and Turkmen young men", "detainees"],
               "ar": ["أكثر من 30 شاباً", "شاباً من العرب والتركمان", "المعتقلين"]}
TRIBAL_NOTABLES = {"en": ["tribal notables", "Arab tribal elders", "notables of Tal Abyad's tribes",
                          "delegation of Arab tribal notables"],
                   "ar": ["وجهاء من عشائر ريف تل أبيض", "وفداً من وجهاء العشائر العربية", "وجهاء العشائر العربية",
                          "الوجهاء"]}
SNC = {"en": ["Syrian National Coalition", "National Coalition", "SNC", "Syrian opposition coalition"],
       "ar": ["«الائتلاف الوطني السوري»", "الائتلاف الوطني السوري"]}
BURKAN = {"en": ["Euphrates Volcano operations room", "Burkan al-Furat", "Euphrates Volcano"],
          "ar": ["غرفة عمليات بركان الفرات", "«بركان الفرات»", "بركان الفرات"]}
YPG_BURKAN = merge(YPG, BURKAN, {"en": [], "ar": ["قيادات من الوحدات"]})
YPG_NOTABLES = merge(YPG_BURKAN, TRIBAL_NOTABLES, {"en": ["both sides"], "ar": ["الطرفان"]})
COALITION = {"en": ["US-led coalition", "international coalition", "coalition aircraft", "coalition"],
             "ar": ["طائرات التحالف الدولي", "التحالف الدولي", "التحالف"]}
ISIS_POSITIONS_T = merge({"en": ["ISIS positions", "seven ISIS members"], "ar": ["مواقع للتنظيم", "سبعة من عناصره"]},
                         ISIS_T)
TURKEY_URFA = {"en": ["Şanlıurfa governorate", "Sanliurfa governor's office", "Turkish authorities", "Turkey"],
               "ar": ["ولاية شانلي أورفا", "شانلي أورفا", "الجانب التركي", "تركيا"]}
RETURNEES = merge({"en": ["Syrians wishing to return", "returnees", "Syrian refugees"],
                   "ar": ["السوريين الراغبين بالعودة إلى تل أبيض", "السوريين"]}, CIVILIANS)
ARAB_RETURNEES = merge({"en": ["Arab returnees", "returnees"], "ar": ["كل عائد من العرب", "عائد"]}, CIVILIANS)
FSA_T = {"en": ["Free Syrian Army", "FSA", "rebels"], "ar": ["فصائل من الجيش الحر", "الجيش الحر"]}
HARDLINE = {"en": ["hardline factions", "jihadist factions", "Islamist factions"], "ar": ["فصائل متشددة"]}
KURDS_T = {"en": ["Kurdish fighters and their families", "Kurds"],
           "ar": ["المقاتلين الأكراد وعائلاتهم", "المقاتلين الأكراد"]}
YPG_BURKAN_ONLY = merge(YPG, BURKAN)
TAL_ABYAD_CIVILIANS = merge({"en": ["thousands of civilians"], "ar": ["آلاف المدنيين"]}, CIVILIANS)

TAL_ABYAD = {"accept": ["تل أبيض", "مدينة تل أبيض", "مبنى البلدية بتل أبيض", "Tal Abyad", "Tell Abyad",
                        "Tall Abyad"]}
TAL_ABYAD_SILOS = place({"accept": ["صوامع الحبوب", "المدخل الجنوبي لمدينة تل أبيض", "صوامع تل أبيض",
                                    "Tal Abyad grain silos"]}, TAL_ABYAD)
SULUK_HAMMAM = {"accept": ["سلوك", "بلدة سلوك", "حمام التركمان", "قرية حمام التركمان", "ريف تل أبيض", "Suluk",
                           "Saluk", "Hammam al-Turkman", "Hamam al-Turkman", "Tal Abyad countryside"]}
SOUTH_SULUK = {"accept": ["جنوب بلدة سلوك", "سلوك", "Suluk", "Saluk", "south of Suluk"]}
SULUK = {"accept": ["أطراف سلوك", "سلوك", "Suluk", "Saluk"]}
AKCAKALE = {"accept": ["معبر أقجة قلعة", "أقجة قلعة", "تل أبيض", "Akçakale", "Akcakale", "Akçakale crossing",
                       "Tal Abyad crossing", "Tal Abyad"]}
