"""Accepted actor names and place names for the thirty-ninth team gold set (see README.md).

The annotator wrote these lists by hand for this set, from the articles' own wording. They are NOT taken from marsad's
dictionaries and not copied from any other set's lists (the style follows the template set ``../articles18/``: Arabic
surface forms as they occur in the articles, common variants, and English names). Syrian and Iraqi towns were checked
against the GeoNames lists in ../shared/data/geonames/ where they have them (al-Qusayr, Homs; Salamiyah, Sabburah,
Uqayribat, al-Hamra, Hama, Khanasir; as-Suwayda, Shahba, 'Ariqah; Khan Shaykhun, at-Tamanah, Hish, Morek; Albu Kamal,
Hajin, al-Mayadin, al-Qaim). Villages, roads, crossings and airbases absent from those lists (Rablah, al-Dabaa,
Ithriya, Dama, Busr al-Harir, al-Hari) carry their usual Arabic and English spellings.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الوفد», «الحكومة») are left out on purpose, with these exceptions,
each used only in an article where it names a single actor: «التنسيقية» (191, only the al-Qusayr committee), «الهيئة»
(194, only HTS), «الميليشيات» (195, only the Iran-backed militias), «الشرطة» (193, only the Suwayda police).
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
SY_ARMY = {"en": ["Syrian army", "Syrian Arab Army", "Syrian regime forces", "Syrian government forces", "Assad forces",
                  "regime forces", "Military Forces of Syria"],
           "ar": ["الجيش العربي السوري", "الجيش السوري", "قوات الأسد", "قوات النظام", "جيش النظام", "جيش الأسد"]}
ISIS = {"en": ["Islamic State", "ISIS", "ISIL", "Daesh", "IS"],
        "ar": ["تنظيم «داعش»", "«داعش»", "داعش", "التنظيم", "إرهابيي «داعش»", "إرهابيي تنظيم «داعش»", "الإرهابيين",
               "خلايا تابعة لتنظيم «داعش»", "مجموعة تابعة لـ«داعش»"]}
SARC = {"en": ["Syrian Arab Red Crescent", "SARC", "Red Crescent"],
        "ar": ["الهلال الأحمر العربي السوري", "الهلال الأحمر", "فرع المنظمة في حماة"]}

# ================================================================ 191: al-Qusayr, July 2012 (revolutionary network)
QS_ARMY = merge({"en": ["regime soldiers", "checkpoint troops", "National Hospital checkpoint",
                        "Syrian security forces"],
                 "ar": ["جنود النظام", "عناصر الحاجز", "حاجز المشفى الوطني", "الجهات المختصة", "قوات حفظ النظام"]},
                SY_ARMY)
QS_AF_INTEL = merge({"en": ["Air Force Intelligence", "Syrian Air Force Intelligence"],
                     "ar": ["المخابرات الجوية", "عناصر من المخابرات الجوية"]}, QS_ARMY)
QS_SNIPER = merge({"en": ["sniper", "regime sniper"], "ar": ["قناص", "القناص"]}, QS_ARMY)
FSA = {"en": ["Free Syrian Army", "FSA", "rebels", "FSA battalion", "FSA fighters"],
       "ar": ["الجيش السوري الحر", "الجيش الحر", "كتيبة تابعة للجيش السوري الحر", "مقاتلون من كتيبة", "الكتيبة",
              "مجموعة إرهابية مسلحة"]}
QS_FIGHT = merge(FSA, QS_ARMY)
QS_SHELL_VICTIMS = merge({"en": ["three martyrs", "a woman", "bread queue"],
                          "ar": ["ثلاثة شهداء", "سيدة", "الشهداء"]}, CIVILIANS)
QS_YOUNG_MAN = merge({"en": ["young man", "a young man in his twenties"],
                      "ar": ["شاب في العشرينات من عمره", "شاب"]}, CIVILIANS)
QS_CHILD = merge({"en": ["child", "a child"], "ar": ["طفلاً", "طفل"]}, CIVILIANS)
QS_DETAINEES = {"en": ["young men", "about twenty young men", "bus passengers"],
                "ar": ["قرابة عشرين شاباً", "عشرين شاباً", "شاباً من أبناء القصير"]}
QS_ELDERLY = {"en": ["elderly passengers", "passengers"], "ar": ["أحد الركاب", "الركاب"]}
QS_PROTESTERS = merge({"en": ["protesters", "demonstrators", "residents of al-Qusayr"],
                       "ar": ["المشاركون", "مظاهرة حاشدة", "المتظاهرون"]}, CIVILIANS)
INTL_COMMUNITY = {"en": ["international community", "United Nations"], "ar": ["المجتمع الدولي"]}
RABLAH_NOTABLES = {"en": ["Rablah notables", "delegation of Rablah notables", "notables of Rablah"],
                   "ar": ["وفداً من وجهاء بلدة ربلة", "وجهاء بلدة ربلة", "وجهاء ربلة"]}
FSA_LEADERS = merge({"en": ["FSA commanders", "FSA leaders"], "ar": ["قياديين في الجيش الحر"]}, FSA)
RABLAH_FSA = merge(RABLAH_NOTABLES, FSA_LEADERS, {"en": ["the two sides", "both sides"], "ar": ["الطرفان"]})
RABLAH_ABDUCTEES = merge({"en": ["two young men from Rablah", "two young men"],
                          "ar": ["شابين من البلدة", "شابين", "المخطوفين"]}, CIVILIANS)
QS_OFFICER = merge({"en": ["army officer", "regime officer", "officer at the National Hospital checkpoint"],
                    "ar": ["ضابط في حاجز المشفى الوطني", "ضابط"]}, QS_ARMY)
QS_GUNMEN = merge({"en": ["gunmen", "armed men", "western quarters"],
                   "ar": ["«المسلحون»", "المسلحون", "الأحياء الغربية"]}, FSA)
QS_SARC = merge({"en": ["Red Crescent ambulances", "two ambulances"], "ar": ["سيارتي إسعاف"]}, SARC)
QS_TANSIQIYA = {"en": ["al-Qusayr Coordination Committee", "Qusayr local coordination committee",
                       "Qusayr coordination"],
                "ar": ["تنسيقية مدينة القصير", "التنسيقية"]}
ICRC = {"en": ["International Committee of the Red Cross", "ICRC", "Red Cross"],
        "ar": ["اللجنة الدولية للصليب الأحمر", "الصليب الأحمر"]}

QUSAYR = {"accept": ["القصير", "مدينة القصير", "الحي الغربي", "سوق الخضار", "al-Qusayr", "Qusayr", "Al Quşayr",
                     "Al Qusayr"]}
QUSAYR_WEST = place({"accept": ["الأحياء الغربية"]}, QUSAYR)
QUSAYR_MUNICIPALITY = place({"accept": ["حاجز البلدية", "حاجز البلدية وسط المدينة"]}, QUSAYR)
QUSAYR_ORCHARDS = place({"accept": ["أحد بساتين القصير", "بساتين القصير"]}, QUSAYR)
HOMS_QUSAYR_ROAD = {"accept": ["طريق حمص – القصير", "طريق حمص", "Homs–Qusayr road", "Homs-Qusayr road", "القصير",
                               "al-Qusayr", "Homs"]}
RABLAH_ROAD = {"accept": ["الطريق بين ربلة والقصير", "ربلة", "Rablah", "Ribla", "Rableh", "القصير", "al-Qusayr"]}
DABAA = {"accept": ["مطار الضبعة العسكري", "مطار الضبعة", "الضبعة", "al-Dabaa airbase", "al-Dabaa", "Dabaa",
                    "القصير", "al-Qusayr"]}

# ================================================================ 192: Salamiyah and eastern Hama, Nov. 2016 (loyalist site)
NDF_POST = merge({"en": ["National Defence Forces", "NDF", "National Defense Forces", "NDF post", "military post"],
                  "ar": ["الدفاع الوطني", "عناصر الدفاع الوطني", "أربعة من عناصر الدفاع الوطني", "نقطة عسكرية",
                         "عناصر النقطة", "النقطة"]}, SY_ARMY)
SY_RU_AIR = {"en": ["Syrian Air Force", "Russian Air Force", "Syrian and Russian warplanes", "Russian air force",
                    "Syrian Arab Air Force"],
             "ar": ["الطيران الحربي السوري والروسي", "الطيران الحربي السوري", "الطيران الحربي", "الطيران الروسي"]}
ISIS_UQAYRIBAT = merge({"en": ["ISIS vehicles", "ISIS gatherings", "ISIS positions"],
                        "ar": ["تجمعات وتحركات لإرهابيي «داعش»", "العربات المزودة برشاشات ثقيلة"]}, ISIS)
SAL_PROTESTERS = merge({"en": ["truck drivers", "protesters", "residents of Salamiyah"],
                        "ar": ["عشرات من سائقي الشاحنات والأهالي", "سائقي الشاحنات", "المحتجون", "المحتجين"]},
                       CIVILIANS)
SAL_AUTHORITIES = {"en": ["relevant authorities", "authorities", "Syrian authorities"], "ar": ["الجهات المعنية"]}
HAMA_GOVERNOR = {"en": ["Governor of Hama", "Hama governor", "Hama governorate"],
                 "ar": ["محافظ حماة", "المحافظ", "صفحة المحافظة"]}
SAL_NOTABLES = {"en": ["Salamiyah notables", "delegation of Salamiyah notables", "Salamiyah community figures"],
                "ar": ["وفداً من وجهاء سلمية", "وجهاء سلمية", "فعالياتها الأهلية"]}
MIL_POLICE = {"en": ["Military Police", "Syrian Military Police", "Hama Military Police"],
              "ar": ["الشرطة العسكرية في حماة", "الشرطة العسكرية", "قيادة الشرطة العسكرية"]}
CHECKPOINT_MEN = {"en": ["two checkpoint members", "checkpoint members", "members of an auxiliary group"],
                  "ar": ["عنصرين من الحاجز المذكور", "عنصرين"]}
SAL_IDPS = {"en": ["displaced families", "IDP families", "displaced people"],
            "ar": ["الأسر المهجّرة", "الأسر المهجرة"]}
HAMRA_SHEPHERDS = merge({"en": ["two shepherds", "shepherds"],
                         "ar": ["راعيين من أبناء قرية الحمراء", "راعيين"]}, CIVILIANS)

SALAMIYAH = {"accept": ["سلمية", "مدينة سلمية", "المدخل الغربي للمدينة", "Salamiyah", "Salamiyeh", "Salamiya",
                        "As Salamīyah"]}
SABBURAH = {"accept": ["صبورة", "قرية صبورة", "ريف سلمية الشمالي الشرقي", "Sabburah", "Saboura", "Şabbūrah"]}
UQAYRIBAT = {"accept": ["عقيربات", "بلدة عقيربات", "Uqayribat", "Aqirbat", "‘Uqayribāt", "Oqeirbat"]}
HAMA = {"accept": ["حماة", "مدينة حماة", "Hama", "Ḩamāh"]}
ITHRIYA_KHANASIR = {"accept": ["طريق أثريا – خناصر", "أثريا", "خناصر", "Ithriya", "Athriya", "Khanasir", "Khanāşir",
                               "Ithriya–Khanasir road"]}
HAMRA = {"accept": ["الحمراء", "قرية الحمراء", "al-Hamra", "Hamra", "Al Ḩamrā’"]}
SAL_EAST = {"accept": ["قرى ريف سلمية الشرقي", "ريف سلمية الشرقي", "سلمية", "Salamiyah", "eastern Salamiyah countryside"]}

# ================================================================ 193: as-Suwayda, Aug. 2016 (local Suwayda network)
SW_KIDNAPPERS = merge({"en": ["kidnappers", "abductors", "four masked gunmen"],
                       "ar": ["الخاطفين", "الخاطفون", "أربعة مسلحين ملثمين"]}, UNKNOWN)
ARIQAH_YOUTHS = merge({"en": ["three young men", "young men from Ariqah"],
                       "ar": ["ثلاثة شبان من أبناء بلدة عريقة", "ثلاثة شبان", "الشبان الثلاثة"]}, CIVILIANS)
ARIQAH_GUNMEN = {"en": ["Ariqah gunmen", "local gunmen", "armed men from Ariqah"],
                 "ar": ["مسلحون من أبناء البلدة", "أحد المشاركين فيها"]}
DARAA_MEN = merge({"en": ["four men from the eastern Daraa countryside", "four men", "Daraa residents"],
                   "ar": ["أربعة رجال من ريف درعا الشرقي", "أربعة رجال", "الرجال الأربعة"]}, CIVILIANS)
ARIQAH_PROTESTERS = merge({"en": ["relatives of the abductees", "residents of Ariqah", "protesters"],
                           "ar": ["العشرات من ذوي المخطوفين وأبناء عريقة", "ذوي المخطوفين", "أبناء عريقة"]},
                          CIVILIANS)
SW_AUTHORITIES = {"en": ["Syrian security services", "security agencies", "Suwayda governor", "government bodies",
                         "Syrian authorities"],
                  "ar": ["الأجهزة الأمنية", "الأجهزة الأمنية والمحافظ", "المحافظ", "الجهات الحكومية", "جهات أمنية"]}
ARIQAH_FAMILIES = {"en": ["families of the three young men", "relatives of the abductees"],
                   "ar": ["ذوي الشبان الثلاثة", "ذوي المخطوفين"]}
SY_MI = {"en": ["Military Intelligence", "Military Security", "Syrian Military Intelligence",
                "Military Security branch"],
         "ar": ["فرع الأمن العسكري", "دورية تابعة لفرع الأمن العسكري", "الأمن العسكري"]}
SHAHBA_YOUTHS = {"en": ["two young men from Shahba", "two young men", "draft evaders"],
                 "ar": ["شابين من أبناء مدينة شهبا", "شابين", "الشابين"]}
SHAHBA_GUNMEN = {"en": ["gunmen from their relatives", "relatives", "local gunmen"],
                 "ar": ["مسلحين من أقاربهما"]}
MI_MEMBERS = merge({"en": ["two Military Intelligence members", "two branch members"],
                    "ar": ["عنصرين من الفرع", "العنصرين"]}, SY_MI)
SHAHBA_SIDES = merge(SY_MI, SHAHBA_GUNMEN)
SHAHBA_NOTABLES = {"en": ["Shahba notables", "notables of Shahba"], "ar": ["وجهاء شهبا"]}
RAK = {"en": ["Men of Dignity", "Rijal al-Karama", "Men of Dignity movement", "Sheikhs of Dignity"],
       "ar": ["حركة «رجال الكرامة»", "رجال الكرامة", "حركة رجال الكرامة"]}
AQL = {"en": ["Druze spiritual leadership", "Sheikhs of Aql", "Druze Sheikhdom of Aql", "Mashyakhat al-Aql"],
       "ar": ["وفد من مشيخة عقل طائفة المسلمين الموحدين الدروز", "مشيخة عقل طائفة المسلمين الموحدين الدروز",
              "مشيخة العقل", "مشيخة عقل"]}
ARIQAH_HOSTS = {"en": ["families of the abductees", "Ariqah notables"],
                "ar": ["ذوي المخطوفين ووجهاء البلدة", "ذوي المخطوفين", "وجهاء البلدة"]}
JABAL_NOTABLES = {"en": ["delegation of Jabal notables", "Suwayda notables", "notables of the Jabal"],
                  "ar": ["وفد من وجهاء الجبل", "وجهاء الجبل"]}
HAWRAN_NOTABLES = {"en": ["Daraa notables", "notables of the eastern Daraa countryside"],
                   "ar": ["وجهاء من المنطقة"]}
SW_POLICE = {"en": ["police", "Suwayda police", "police patrol", "Suwayda Police Command"],
             "ar": ["دورية للشرطة", "قيادة شرطة محافظة السويداء", "وحدات الشرطة", "الشرطة"]}
SW_SUSPECT = {"en": ["suspect", "kidnapping suspect", "one of those involved in earlier kidnappings"],
              "ar": ["أحد المتورطين في عمليات خطف سابقة", "أحد المتورطين"]}
SW_ACTIVISTS = {"en": ["activists", "families of earlier abductees"],
                "ar": ["ناشطون وذوو مخطوفين سابقين", "ناشطون", "ذوو مخطوفين سابقين"]}
DARAA_FAMILIES = {"en": ["families of the four detained men", "relatives of the four men"],
                  "ar": ["ذوو الرجال الأربعة المحتجزين في عريقة", "ذوو الرجال الأربعة"]}
SW_NOTABLES_AQL = merge({"en": ["Suwayda notables"], "ar": ["وجهاءَ السويداء", "وجهاء السويداء"]}, AQL)
ARIQAH_ARMED = {"en": ["local gunmen", "armed men of Ariqah"], "ar": ["مسلحين من أبنائها", "مسلحون من أبناء البلدة"]}

ARIQAH = {"accept": ["عريقة", "بلدة عريقة", "الريف الغربي لمحافظة السويداء", "Ariqah", "Ariqa", "‘Arīqah", "Areeqa"]}
ARIQAH_DAMA = place({"accept": ["طريق عريقة – داما", "داما", "Dama", "Ariqah–Dama road"]}, ARIQAH)
ARIQAH_ROAD = place({"accept": ["الطريق الواصل بين البلدة ومدينة السويداء", "Ariqah–Suwayda road"]}, ARIQAH)
SHAHBA = {"accept": ["شهبا", "مدينة شهبا", "المدخل الشمالي للمدينة", "Shahba", "Shahbā", "Shahbaa"]}
SUWAYDA = {"accept": ["السويداء", "مدينة السويداء", "السوق المركزي", "مبنى قيادة الشرطة", "as-Suwayda", "Suwayda",
                      "Sweida", "As-Suwayda", "Suweida"]}
BUSR_HARIR = {"accept": ["بصر الحرير", "بلدة بصر الحرير", "ريف درعا الشرقي", "Busr al-Harir", "Busra al-Harir",
                         "Bosra al-Harir"]}

# ================================================================ 194: Khan Shaykhun, March 2019 (opposition agency)
KS_CIVILIANS = merge({"en": ["five civilians", "two children", "residential neighbourhoods", "a mother and her children"],
                      "ar": ["خمسة مدنيين", "طفلان", "الأحياء السكنية"]}, CIVILIANS)
SCD = {"en": ["Syrian Civil Defence", "White Helmets", "Civil Defence centre", "civil defence volunteers"],
       "ar": ["الدفاع المدني السوري", "الدفاع المدني", "مركزه في المدينة", "متطوعَين اثنين"]}
RU_AIR = {"en": ["Russian Air Force", "Russian warplanes", "Russian air force", "Russia"],
          "ar": ["الطيران الحربي الروسي", "الطيران الروسي"]}
RELIEF_ORG = {"en": ["local relief organisation", "local aid organisation", "NGO"],
              "ar": ["منظمة إغاثية محلية", "القائمون عليها"]}
KS_IDPS = {"en": ["displaced families", "IDPs", "hundreds of families"], "ar": ["العائلات النازحة", "مئات العائلات"]}
KS_PROTESTERS = merge({"en": ["protesters", "dozens of residents", "demonstrators"], "ar": ["العشرات"]}, CIVILIANS)
TURKEY = {"en": ["Turkey", "Turkish side", "Turkish government"], "ar": ["تركيا", "الجانب التركي"]}
TR_ARMY = {"en": ["Turkish army", "Turkish military convoy", "Turkish forces", "Turkish Armed Forces"],
           "ar": ["رتلاً عسكرياً تركياً", "الجيش التركي", "رتل عسكري تركي"]}
HTS = {"en": ["Hay'at Tahrir al-Sham", "HTS", "Tahrir al-Sham"],
       "ar": ["«هيئة تحرير الشام»", "هيئة تحرير الشام", "الهيئة", "عناصر الهيئة"]}
KS_YOUTHS = {"en": ["three young men", "young men from Khan Shaykhun"],
             "ar": ["ثلاثة شبان من أبناء خان شيخون", "ثلاثة شبان"]}
RU_TR = {"en": ["Russian and Turkish officers", "Russia and Turkey", "Russian officers", "Turkish officers"],
         "ar": ["ضباط روس وأتراك", "روسيا وتركيا"]}
NLF = {"en": ["National Front for Liberation", "National Liberation Front", "NLF"],
       "ar": ["فصائل «الجبهة الوطنية للتحرير»", "«الجبهة الوطنية للتحرير»", "الجبهة الوطنية للتحرير", "مقاتليها"]}

KHAN_SHAYKHUN = {"accept": ["خان شيخون", "مدينة خان شيخون", "Khan Shaykhun", "Khan Sheikhoun", "Khān Shaykhūn"]}
TAMANAH = {"accept": ["التمانعة", "بلدة التمانعة", "al-Tamanah", "Tamanah", "At Tamāni‘ah", "Tamanaa"]}
HISH = {"accept": ["حيش", "بلدة حيش", "Hish", "Ḩīsh", "Heish"]}
MOREK = {"accept": ["مورك", "نقطة المراقبة التركية في مورك", "Morek", "Murak", "Mūrak"]}
NORTH_HAMA = {"accept": ["ريف حماة الشمالي", "محاور ريف حماة الشمالي", "northern Hama countryside", "Hama"]}
KS_AREA = place(KHAN_SHAYKHUN, TAMANAH)

# ================================================================ 195: al-Bukamal, July 2019 (opposition eastern network)
UNK_JETS = {"en": ["unidentified aircraft", "unknown warplanes", "unidentified jets"],
            "ar": ["طائرات مجهولة الهوية", "طائرات مجهولة"]}
IR_MILITIAS = {"en": ["Iran-backed militias", "pro-Iranian militias", "Iranian militias", "Fatemiyoun Brigade",
                      "Liwa Fatemiyoun"],
               "ar": ["ميليشيات موالية لإيران", "الميليشيات الإيرانية", "لواء فاطميون", "«لواء فاطميون»",
                      "الميليشيات", "ثمانية عناصر"]}
KH = {"en": ["Kata'ib Hezbollah", "Kataib Hezbollah", "Iraqi Hezbollah"],
      "ar": ["ميليشيا «حزب الله العراقي»", "«حزب الله العراقي»", "حزب الله العراقي"]}
IRGC = {"en": ["Islamic Revolutionary Guard Corps", "IRGC", "Revolutionary Guards", "Iranian Revolutionary Guard"],
        "ar": ["«الحرس الثوري الإيراني»", "الحرس الثوري الإيراني", "الحرس الثوري", "عناصر الحرس"]}
BK_OWNERS = {"en": ["displaced families", "owners of the houses", "seven houses"],
             "ar": ["عائلات مهجّرة", "سبعة منازل", "منازل مهجّرين"]}
BK_OLD_MAN = merge({"en": ["man in his sixties", "elderly man"], "ar": ["رجلاً ستينياً", "رجل ستيني"]}, CIVILIANS)
BK_YOUTHS = {"en": ["nine young men", "young men"], "ar": ["تسعة شبان"]}
SY_CONVOY = merge({"en": ["military convoy", "six regime soldiers"],
                   "ar": ["رتل عسكري", "ستة عناصر من قوات الأسد"]}, SY_ARMY)
SDF = {"en": ["Syrian Democratic Forces", "SDF", "QSD"],
       "ar": ["«قوات سوريا الديمقراطية»", "قوات سوريا الديمقراطية", "قسد"]}
COALITION = {"en": ["US-led coalition", "international coalition", "Coalition helicopters"],
             "ar": ["التحالف الدولي", "مروحيات التحالف الدولي"]}
HAJIN_SUSPECTS = {"en": ["four people", "four suspects", "ISIS suspects"], "ar": ["أربعة أشخاص"]}
IRGC_DELEGATION = merge({"en": ["IRGC delegation", "delegation of IRGC commanders"],
                         "ar": ["وفد من قادة «الحرس الثوري»", "وفد من قادة"]}, IRGC)
KH_COMMANDER = merge({"en": ["Kata'ib Hezbollah commander", "militia commander"],
                      "ar": ["قيادي في ميليشيا «حزب الله العراقي»", "قيادي"]}, KH)
SY_IR_FORCES = merge(SY_ARMY, IR_MILITIAS)

BUKAMAL = {"accept": ["البوكمال", "مدينة البوكمال", "البو كمال", "أبو كمال", "al-Bukamal", "Abu Kamal", "Albu Kamal",
                      "Ālbū Kamāl", "Bukamal"]}
HARI = place({"accept": ["قرية الهري", "الهري", "جنوب البوكمال", "al-Hari", "Hari"]}, BUKAMAL)
BK_QAIM = {"accept": ["معبر البوكمال – القائم", "القائم", "البوكمال", "al-Qaim", "Al Qā’im", "Bukamal–Qaim crossing",
                      "al-Bukamal"]}
BK_MAYADIN_ROAD = {"accept": ["الطريق الواصل بين البوكمال والميادين", "البوكمال", "الميادين", "al-Bukamal", "Bukamal",
                              "al-Mayadin", "Mayadin", "Al Mayādīn", "Bukamal–Mayadin road"]}
HAJIN = {"accept": ["هجين", "بلدة هجين", "Hajin", "Hajīn"]}
