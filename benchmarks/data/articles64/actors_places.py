"""Accepted actor names and place names for the sixty-fourth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الحكومة», «الوفد») are left out on purpose, with these
exceptions, each used only in an article where it names a single actor:
- 316: «الشابين», «القتيل», «ابن عمه», «رجلين», «المطلوبين», «مختار», «الفرع», «مواليد», «وجهاء» and
  «المشاركون» (only ever the two young men shot at Dhiban, the two men taken in the raid on al-Hawayij, the
  draft evaders the conscription office threatens, the mukhtar of al-Kasrah, al-Mayadin's Military Security
  branch, the men born in 2004, the tribal notables and the Dhiban marchers);
- 317: «النظام», «امرأة», «سيارة», «عمال» and «نقطة المراقبة» (the Syrian government's forces, the woman
  killed in Sarmin, the car hit by the drone, the workers of Maarat Misrin and the Turkish post at al-Surman);
- 318: «النظام», «المسلحين», «راعيا», «دمشق» and «إسرائيل» (the Syrian government, the rebels in SANA's
  words, the two shepherds of Bir Ajam, the Syrian government, the Israeli state);
- 319: «الحشد», «العصابات», «المهاجمين», «عائلة», «العشائر», «دورية» and «المتورطين» (the PMF post, the ISIS
  remnants, the family of al-Tahrir, the sheikhs at the governorate, the police patrol near Jalawla and the
  two dakka suspects);
- 320: «الاحتلال», «القطاع», «المشاركين», «مواطنين», «المتظاهرين», «شاب», «الفصائل» and «حماس» (the Israeli
  army, the Gaza Strip, the Great March protesters, the young man of al-Shuja'iyya, the factions Egypt's
  delegation is to meet, Hamas).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge

# ====================================================== actors: shared
CIVILIANS = {"en": ["civilians", "civilian", "residents", "locals", "citizens"],
             "ar": ["المدنيين", "مدنيين", "مدنيون", "الأهالي", "أهالي", "السكان", "المواطنين"]}
UNKNOWN = {"en": ["unknown gunmen", "unidentified gunmen", "unknown assailants", "unknown persons"],
           "ar": ["مسلحين مجهولين", "مسلحون مجهولون", "مجهولين", "مجهولون"]}
ISIS = {"en": ["Islamic State", "ISIS", "IS", "ISIL", "Daesh"],
        "ar": ["تنظيم «داعش»", "تنظيم داعش", "«داعش»", "داعش"]}

# ============== 316: Dhiban, al-Shuhail, al-Busayrah, al-Hawayij, al-Mayadin (a Deir ez-Zor page, 2022)
SDF = {"en": ["Syrian Democratic Forces", "SDF", "QSD", "Kurdish-led forces"],
       "ar": ["ميليشيا «قسد»", "«قسد»", "قسد", "عناصر حاجز تابع لميليشيا «قسد»", "المركز الإعلامي لـ«قسد»"]}
SDF_DRAFT_OFFICE = merge({"en": ["Self-Defence Duty Office", "SDF conscription office",
                                 "conscription office"],
                          "ar": ["«مكتب واجب الدفاع الذاتي»", "مكتب واجب الدفاع الذاتي"]}, SDF)
DHIBAN_YOUTHS = merge({"en": ["two young men from Dhiban", "young men", "cousins", "draft evader"],
                       "ar": ["شابان من أبناء بلدة ذيبان", "شابان", "الشابين", "القتيل", "ابن عمه"]},
                      CIVILIANS)
DRAFT_AGE_YOUTHS = merge({"en": ["young men of conscription age", "young men", "draft-age men", "detainees"],
                          "ar": ["ثلاثة وعشرين شاباً", "شاباً ممن هم في سن الخدمة", "أحد عشر شاباً",
                                 "معتقلي حملة الفجر"]}, CIVILIANS)
REGIME_CELLS = {"en": ["cells linked to the Syrian regime", "regime-linked cells", "Syrian government",
                       "Syrian regime"],
                "ar": ["«خلايا مرتبطة بالنظام السوري»", "خلايا مرتبطة بالنظام السوري", "النظام السوري"]}
DEZ_NOTABLES = {"en": ["tribal notables", "clan elders", "notables of the area", "notables of Dhiban"],
                "ar": ["وجهاء من عشائر المنطقة", "وجهاء من ذيبان", "أحد الوجهاء المشاركين", "وجهاء"]}
DEZ_MC = merge({"en": ["Deir ez-Zor Military Council", "DMC"],
                "ar": ["قيادة «مجلس دير الزور العسكري»", "«مجلس دير الزور العسكري»",
                       "مجلس دير الزور العسكري"]}, SDF)
ASAYISH = merge({"en": ["Asayish", "Kurdish internal security forces"], "ar": ["«الأسايش»", "الأسايش"]}, SDF)
DHIBAN_PROTESTERS = {"en": ["residents of Dhiban", "protesters", "demonstrators", "mourners"],
                     "ar": ["العشرات من أهالي ذيبان", "أهالي ذيبان", "المشاركون فيها", "المشاركون"]}
DRAFT_EVADERS = {"en": ["draft evaders", "men wanted for conscription", "wanted men"],
                 "ar": ["المتخلفين عن الالتحاق", "المطلوبين"]}
AANES = {"en": ["Autonomous Administration of North and East Syria", "Autonomous Administration", "AANES",
                "Kurdish-led administration"],
         "ar": ["«الإدارة الذاتية»", "الإدارة الذاتية"]}
BORN_2004 = {"en": ["men born in 2004", "young men born in 2004", "conscripts"],
             "ar": ["مواليد عام 2004", "مواليد"]}
COALITION_SDF = merge({"en": ["US-led coalition", "International Coalition", "Coalition forces",
                              "United States"],
                       "ar": ["قوة من «التحالف الدولي»", "«التحالف الدولي»", "التحالف الدولي"]}, SDF)
COALITION = {"en": ["US-led coalition", "International Coalition", "Coalition forces", "United States"],
             "ar": ["«التحالف الدولي»", "التحالف الدولي"]}
HAWAYIJ_MEN = {"en": ["two men", "two displaced shepherds", "ISIS suspects", "alleged ISIS leaders"],
               "ar": ["رجلين", "«قياديان في خلايا داعش»", "نازحان من ريف حمص"]}
KASRAH_MUKHTAR = merge({"en": ["village mukhtar", "mukhtar", "headman of a village of al-Kasrah"],
                        "ar": ["مختار إحدى قرى بلدة الكسرة", "مختار"]}, CIVILIANS)
MIL_SECURITY_MAYADIN = {"en": ["Military Security Branch", "Military Intelligence", "Syrian regime",
                               "Syrian government forces", "regime security forces"],
                        "ar": ["دورية لفرع الأمن العسكري", "فرع الأمن العسكري", "الفرع"]}
MAYADIN_YOUTHS = merge({"en": ["four young men", "young men who settled their status", "reconciled youths"],
                        "ar": ["أربعة شبان", "شبان ممن أجروا «التسوية»"]}, CIVILIANS)
MAYADIN_FIFTH = merge({"en": ["a fifth young man", "young man"], "ar": ["شاب خامس"]}, CIVILIANS)

# ====================================================== places: 316
DHIBAN = {"accept": ["المدخل الغربي للبلدة", "بلدة ذيبان", "ذيبان", "Dhiban", "Thiban", "Diban"]}
SHUHAIL_BUSAYRAH_HAWAYIJ = {"accept": ["بلدات الشحيل والبصيرة والحوايج", "الشحيل", "البصيرة", "الحوايج",
                                       "al-Shuhail", "Shuhail", "al-Busayrah", "Busayrah", "al-Hawayij",
                                       "Hawayij", "Deir ez-Zor"]}
BUSAYRAH = {"accept": ["بلدة البصيرة", "البصيرة", "al-Busayrah", "Busayrah", "Busaira"]}
BUSAYRAH_HOSPITAL = {"accept": ["مشفى البصيرة", "البصيرة", "al-Busayrah", "Busayrah", "Busaira"]}
DEZ_COUNTRYSIDE = {"accept": ["ريف دير الزور", "دير الزور", "Deir ez-Zor", "Deir al-Zour", "Dayr az-Zawr"]}
HAWAYIJ = {"accept": ["أطراف بلدة الحوايج", "بلدة الحوايج", "الحوايج", "al-Hawayij", "Hawayij"]}
SHUHAIL = {"accept": ["الشحيل", "al-Shuhail", "Shuhail", "Shheil"]}
KASRAH = {"accept": ["بلدة الكسرة", "الكسرة", "al-Kasrah", "Kasra", "al-Kasra"]}
MAYADIN = {"accept": ["الحي الشرقي لمدينة الميادين", "مدينة الميادين", "الميادين", "al-Mayadin", "Mayadin",
                      "Mayadeen"]}

# ================ 317: Ariha, Maarat al-Numan, Kafr Rumah, Saraqib, Sarmin (an Idlib opposition site, 2020)
RU_AIR = {"en": ["Russian Air Force", "Russian Aerospace Forces", "Russian warplanes", "Russian military",
                 "Russia"],
          "ar": ["الطيران الحربي الروسي", "الطيران الروسي", "بغارة روسية", "غارة روسية", "روسيا"]}
ARIHA_VICTIMS = merge({"en": ["nine civilians", "market-goers in Ariha", "shoppers", "children"],
                       "ar": ["تسعة مدنيين بينهم ثلاثة أطفال", "تسعة مدنيين", "ضحايا السوق"]}, CIVILIANS)
SY_HELICOPTERS = {"en": ["Syrian Arab Air Force", "Syrian government helicopters", "regime helicopters",
                         "Syrian government", "Assad forces"],
                  "ar": ["مروحيات النظام", "النظام", "قوات الأسد"]}
ASSAD_FORCES = {"en": ["Assad forces", "Syrian government forces", "regime forces", "Syrian army",
                       "Syrian Arab Army", "Syrian government"],
                "ar": ["قوات الأسد", "قوات النظام", "النظام"]}
TR_DEF_MIN = {"en": ["Turkish Defence Minister", "Turkish Ministry of National Defence", "Turkey",
                     "Turkish government", "Ankara"],
              "ar": ["وزير الدفاع التركي"]}
TR_ARMY = {"en": ["Turkish army", "Turkish Armed Forces", "Turkish military", "Turkey"],
           "ar": ["الجيش التركي", "نقطة المراقبة المتمركزة في بلدة الصرمان", "نقطة المراقبة"]}
SARMIN_VICTIMS = merge({"en": ["a woman and her daughter", "woman", "girl"],
                        "ar": ["امرأة وابنتها", "امرأة"]}, CIVILIANS)
DRONE_VICTIMS = {"en": ["two men in a car", "car passengers", "HTS commander", "Hay'at Tahrir al-Sham"],
                 "ar": ["راكبيها", "سيارة", "قيادي في «هيئة تحرير الشام»", "«هيئة تحرير الشام»",
                        "هيئة تحرير الشام"]}
RU_MOD = {"en": ["Russian Ministry of Defence", "Russian Defence Ministry", "Russia", "Russian military"],
          "ar": ["وزارة الدفاع الروسية"]}
RU_RECON = {"en": ["Russian Reconciliation Centre", "Russian Centre for Reconciliation", "Russian military",
                   "Russia"],
            "ar": ["مركز المصالحة الروسي في حميميم", "مركز المصالحة الروسي"]}
IDLIB_MILITANTS = {"en": ["militants", "armed groups", "rebels", "opposition fighters", "terrorists"],
                   "ar": ["«المسلحين»", "المسلحين"]}
NFL = {"en": ["National Front for Liberation", "NFL", "National Liberation Front", "rebels",
              "Free Syrian Army"],
       "ar": ["«الجبهة الوطنية للتحرير»", "الجبهة الوطنية للتحرير"]}
ASSAD_IRAN = merge(ASSAD_FORCES, {"en": ["Iranian-backed militias", "Iran-backed militias"],
                                  "ar": ["تجمعات لقوات الأسد والميليشيات الإيرانية", "الميليشيات الإيرانية"]})
MISRIN_WORKERS = merge({"en": ["three workers", "poultry farm workers"],
                        "ar": ["ثلاثة عمال", "عمال"]}, CIVILIANS)
RU_TR = {"en": ["Russia and Turkey", "Moscow and Ankara", "Russia", "Turkey"], "ar": ["موسكو وأنقرة"]}
RU_DELEGATION = {"en": ["Russian military and security delegation", "Russian delegation", "Russia"],
                 "ar": ["وفد عسكري وأمني روسي", "وفد روسي"]}
TR_OFFICIALS = {"en": ["Turkish officials", "Turkey", "Turkish government"], "ar": ["مسؤولين أتراك"]}

# ====================================================== places: 317
ARIHA_MARKET = {"accept": ["السوق الشعبي وسط المدينة", "مدينة أريحا", "أريحا", "Ariha", "Areeha"]}
MAARAT_KAFR_RUMAH = {"accept": ["الأحياء الشرقية لمدينة معرة النعمان", "مدينة معرة النعمان", "معرة النعمان",
                                "بلدة كفرروما", "كفرروما", "Maarat al-Numan", "Ma'arrat al-Nu'man",
                                "Maarrat al-Nu'man", "Kafr Rumah", "Kafruma"]}
SARAQIB = {"accept": ["الأطراف الجنوبية لمدينة سراقب", "مدينة سراقب", "سراقب", "Saraqib", "Saraqeb"]}
HATAY = {"accept": ["ولاية هاتاي الحدودية", "ولاية هاتاي", "هاتاي", "Hatay"]}
SURMAN = {"accept": ["بلدة الصرمان", "الصرمان", "al-Surman", "Surman", "Sarman"]}
SARMIN = {"accept": ["بلدة سرمين", "سرمين", "Sarmin", "Sermin"]}
IDLIB_BINNISH_ROAD = {"accept": ["طريق إدلب – بنش", "بنش", "إدلب", "Binnish", "Binish", "Idlib"]}
JARJANAZ_TELMANNAS = {"accept": ["محيط بلدتي جرجناز وتلمنس", "جرجناز", "تلمنس", "Jarjanaz", "Tell Mannas",
                                 "Talmenes", "Telmans"]}
MAARAT_MISRIN = {"accept": ["أطراف بلدة معرة مصرين", "بلدة معرة مصرين", "معرة مصرين", "Maarrat Misrin",
                            "Ma'arrat Misrin", "Maaret Misreen"]}
ANKARA = {"accept": ["أنقرة", "Ankara"]}
MOSCOW = {"accept": ["موسكو", "Moscow"]}

# ============ 318: Jubata al-Khashab, Khan Arnabah, al-Baath, Bir Ajam (Quneitra, a pan-Arab daily, 2016)
SY_REGIME_HELI = {"en": ["Syrian regime helicopters", "Syrian Arab Air Force", "Syrian government",
                         "Syrian regime", "Assad forces"],
                  "ar": ["مروحيات تابعة للنظام السوري", "النظام السوري", "النظام"]}
JUBATA_VICTIMS = merge({"en": ["six civilians", "two children and a woman", "residents of Jubata al-Khashab"],
                        "ar": ["ستة مدنيين، بينهم طفلان وامرأة", "ستة مدنيين", "جثتا طفلين"]}, CIVILIANS)
IDF = {"en": ["Israeli army", "Israel Defense Forces", "IDF", "Israeli Air Force", "Israeli warplanes",
              "Israel"],
       "ar": ["طائرات حربية إسرائيلية", "الجيش الإسرائيلي", "إسرائيل"]}
SY_ARMY_POSITIONS = {"en": ["Syrian regime artillery positions", "Syrian army", "Syrian government forces",
                            "regime forces"],
                     "ar": ["موقعين للمدفعية تابعين لقوات النظام", "قوات النظام"]}
SY_ARMY_COMMAND = {"en": ["Syrian army General Command", "Syrian army", "Syrian Arab Army",
                          "Syrian air defences",
                          "Syrian government"],
                   "ar": ["القيادة العامة للجيش السوري", "الجيش السوري", "دفاعاتها الجوية"]}
IL_DRONE = {"en": ["Israeli reconnaissance drone", "Israeli drone", "Israeli army", "Israel"],
            "ar": ["طائرة استطلاع إسرائيلية", "إسرائيل"]}
ISRAEL = {"en": ["Israel", "Israeli government", "Israeli army"], "ar": ["إسرائيل"]}
IL_DEF_MIN = {"en": ["Israeli Defence Minister", "Israeli Ministry of Defence", "Israel",
                     "Israeli government"],
              "ar": ["وزير الدفاع الإسرائيلي"]}
SY_REGIME = {"en": ["Syrian regime", "Syrian government", "Damascus", "Assad regime"],
             "ar": ["النظام السوري", "دمشق"]}
QUN_REBELS = {"en": ["rebel factions", "armed opposition", "terrorist groups", "rebels", "Jabhat al-Nusra"],
              "ar": ["«المجموعات الإرهابية»", "المجموعات الإرهابية", "المسلحين"]}
KHAN_ARNABAH_CIVILIANS = merge({"en": ["three civilians", "residents of Khan Arnabah"],
                                "ar": ["ثلاثة مدنيين"]}, CIVILIANS)
HEZBOLLAH_IRGC = {"en": ["Hezbollah", "Iranian Revolutionary Guard", "IRGC", "Iran-backed fighters"],
                  "ar": ["«حزب الله»", "حزب الله", "«الحرس الثوري» الإيراني", "الحرس الثوري"]}
SY_MOFA = {"en": ["Syrian Ministry of Foreign Affairs", "Syrian Foreign Ministry", "Syrian government",
                  "Damascus"],
           "ar": ["وزارة الخارجية السورية"]}
UNSC = {"en": ["UN Security Council", "Security Council", "United Nations", "UN Secretary-General"],
        "ar": ["الأمين العام للأمم المتحدة ورئيس مجلس الأمن", "مجلس الأمن الدولي", "مجلس الأمن",
               "الأمم المتحدة"]}
SYRIAN_WOUNDED = {"en": ["wounded Syrians", "four wounded Syrians", "injured Syrians"],
                  "ar": ["أربعة جرحى سوريين", "جرحى سوريين"]}
UN_DPKO = {"en": ["UN Department of Peacekeeping Operations", "DPKO", "United Nations"],
           "ar": ["إدارة عمليات حفظ السلام"]}
UNDOF = {"en": ["UNDOF", "UN Disengagement Observer Force", "UN peacekeepers"],
         "ar": ["قوة الأمم المتحدة لمراقبة فض الاشتباك (أندوف)", "أندوف",
                "قوة الأمم المتحدة لمراقبة فض الاشتباك"]}
BIR_AJAM_SHEPHERDS = merge({"en": ["two shepherds", "shepherds"], "ar": ["راعيا أغنام", "راعيا"]}, CIVILIANS)
MIL_SECURITY_BAATH = {"en": ["Military Security", "Syrian Military Intelligence", "Syrian regime",
                             "Syrian government forces"],
                      "ar": ["عناصر من الأمن العسكري", "الأمن العسكري"]}
KHAN_ARNABAH_YOUTHS = merge({"en": ["three young men from Khan Arnabah", "young men"],
                             "ar": ["ثلاثة شبان من أبناء بلدة خان أرنبة", "ثلاثة شبان"]}, CIVILIANS)
JUBATA_FAMILIES = merge({"en": ["families of Jubata al-Khashab", "displaced families"],
                         "ar": ["عشرات العائلات"]}, CIVILIANS)

# ====================================================== places: 318
JUBATA = {"accept": ["بلدة جباتا الخشب", "جباتا الخشب", "الحي الغربي", "Jubata al-Khashab",
                     "Jubbata al-Khashab",
                     "Jabata al-Khashab"]}
KHAN_ARNABAH_BAATH = {"accept": ["قرب بلدة خان أرنبة ومدينة البعث", "بلدة خان أرنبة", "خان أرنبة",
                                 "مدينة البعث",
                                 "Khan Arnabah", "Khan Arnaba", "al-Baath", "Madinat al-Baath", "Baath City"]}
OCCUPIED_GOLAN = {"accept": ["منطقة مفتوحة من الجولان المحتل", "الجولان المحتل", "الجولان", "Golan Heights",
                             "occupied Golan", "Golan"]}
QUNEITRA_COUNTRYSIDE = {"accept": ["ريف القنيطرة", "القنيطرة", "Quneitra", "al-Qunaytirah"]}
TAL_SHAAR_BAATH = {"accept": ["تل الشعار ومحيط مدينة البعث", "تل الشعار", "مدينة البعث", "Tal al-Shaar",
                              "Tall ash-Shaar", "al-Baath", "Baath City"]}
SAFED_BORDER = {"accept": ["مستشفى «زيف» في صفد", "صفد", "السياج الحدودي", "Safed", "Ziv hospital", "Golan"]}
NEW_YORK_UN = {"accept": ["مجلس الأمن الدولي", "New York", "United Nations"]}
SYRIAN_SIDE = {"accept": ["الجانب السوري", "Syrian side of the Golan", "Quneitra"]}
BIR_AJAM = {"accept": ["قرية بئر عجم", "بئر عجم", "Bir Ajam", "Beer Ajam", "Bi'r Ajam"]}
BAATH_CHECKPOINT = {"accept": ["حاجز عند مدخل مدينة البعث", "مدينة البعث", "al-Baath", "Madinat al-Baath",
                               "Baath City"]}

# =========== 319: al-Mutaibija, al-Adheem, Hamrin, Baqubah, Jalawla (Diyala, an Iraqi local agency, 2023)
ISIS_DIYALA = merge({"en": ["ISIS remnants", "ISIS cells"],
                     "ar": ["مفارز من بقايا عصابات «داعش» الإرهابية", "بقايا عصابات «داعش»", "عصابات «داعش»",
                            "المهاجمين"]}, ISIS)
PMF_POST = {"en": ["Popular Mobilization Forces", "PMF", "Hashd al-Shaabi", "PMF brigade", "PMF fighters"],
            "ar": ["منتسبان في الحشد الشعبي", "نقطة مرابطة لأحد ألوية الحشد", "الحشد الشعبي", "الحشد",
                   "القوة الماسكة للنقطة"]}
IQ_AIR = {"en": ["Iraqi Air Force", "Iraqi F-16s", "Iraqi F-16 jets", "Iraqi warplanes", "Iraq"],
          "ar": ["طائرات «إف-16» العراقية", "«إف-16» العراقية", "إف-16"]}
HAMRIN_ISIS = merge({"en": ["ISIS hideouts in the Hamrin mountains", "five terrorists"],
                     "ar": ["أوكار للعصابات", "العصابات", "خمسة إرهابيين"]}, ISIS)
DIYALA_OPS = {"en": ["Diyala Operations Command", "Iraqi security forces", "Iraqi army"],
              "ar": ["قيادة عمليات ديالى"]}
TAHRIR_FAMILY = merge({"en": ["a family in al-Tahrir", "family", "household"],
                       "ar": ["منزل عائلة", "عائلة"]}, CIVILIANS)
DIYALA_POLICE = {"en": ["Diyala Police Command", "Diyala police", "Iraqi police", "police chief of Diyala"],
                 "ar": ["مفارز من قيادة شرطة ديالى", "قيادة شرطة ديالى", "قائد شرطة ديالى", "شرطة ديالى"]}
DAKKA_SUSPECTS = {"en": ["two suspects", "suspects", "perpetrators", "gunmen"],
                  "ar": ["اثنين من المتورطين", "المتورطين"]}
DAKKA_PARTICIPANTS = {"en": ["those who take part in dakka attacks", "dakka perpetrators", "tribal gunmen"],
                      "ar": ["«كل من يشارك في الدكات أو يحرّض عليها»", "كل من يشارك في الدكات"]}
DIYALA_GOVERNOR = {"en": ["Governor of Diyala", "Diyala governor", "Diyala provincial government"],
                   "ar": ["محافظ ديالى"]}
DIYALA_SHEIKHS = {"en": ["tribal sheikhs", "tribal leaders", "tribal notables", "clan elders"],
                  "ar": ["أكثر من ستين شيخاً ووجيهاً من عشائر المحافظة", "شيخاً ووجيهاً", "عشائر المحافظة",
                         "العشائر"]}
GOV_SHEIKHS = merge(DIYALA_GOVERNOR, DIYALA_SHEIKHS)
DIYALA_MP = {"en": ["Diyala MP", "member of parliament", "lawmaker", "MP"],
             "ar": ["نائب عن المحافظة في البرلمان", "نائب عن المحافظة"]}
POWERFUL_PARTIES = {"en": ["influential political parties", "powerful political groups",
                           "political factions"],
                    "ar": ["«جهات سياسية متنفذة»", "جهات سياسية متنفذة"]}
JOC_DELEGATION = {"en": ["Joint Operations Command delegation", "Joint Operations Command",
                         "Iraqi Joint Operations Command", "security delegation"],
                  "ar": ["وفد أمني رفيع من قيادة العمليات المشتركة", "قيادة العمليات المشتركة",
                         "وفد أمني رفيع"]}
ADHEEM_PROTESTERS = {"en": ["relatives of the fallen", "residents of al-Adheem", "protesters"],
                     "ar": ["العشرات من ذوي الشهداء وأهالي ناحية العظيم", "ذوي الشهداء",
                            "أهالي ناحية العظيم"]}
IQ_FED_GOV = {"en": ["Iraqi federal government", "Iraqi government", "Baghdad", "federal government"],
              "ar": ["الحكومة الاتحادية"]}
JALAWLA_POLICEMAN = {"en": ["Diyala policeman", "police patrol", "Iraqi police", "policeman"],
                     "ar": ["منتسب في شرطة ديالى", "دورية"]}

# ====================================================== places: 319
MUTAIBIJA = {"accept": ["منطقة المطيبيجة", "المطيبيجة", "ناحية العظيم", "العظيم", "al-Mutaibija", "Mutaibija",
                        "Mutaybijah", "al-Adhaim", "Udhaim", "al-Azim"]}
HAMRIN = {"accept": ["سلسلة جبال حمرين", "جبال حمرين", "حمرين", "Hamrin Mountains", "Hamrin", "Himreen"]}
MUQDADIYAH = {"accept": ["قضاء المقدادية", "المقدادية", "al-Muqdadiyah", "Muqdadiya", "Miqdadiyah"]}
BAQUBAH_TAHRIR = {"accept": ["حي التحرير", "مركز مدينة بعقوبة", "بعقوبة", "Baqubah", "Baquba", "Baqouba"]}
BAQUBAH = {"accept": ["ديوان المحافظة", "بعقوبة", "Baqubah", "Baquba", "Baqouba"]}
BAGHDAD_KIRKUK_ROAD = {"accept": ["طريق بغداد – كركوك", "ناحية العظيم", "العظيم", "al-Adhaim", "Udhaim",
                                  "Baghdad–Kirkuk road"]}
JALAWLA = {"accept": ["طريق ريفي قرب ناحية جلولاء", "ناحية جلولاء", "جلولاء", "Jalawla", "Jalula"]}
RASHAD = {"accept": ["قرية الرشاد", "الرشاد", "قضاء المقدادية", "المقدادية", "al-Rashad", "Rashad",
                     "Muqdadiyah"]}

# ======== 320: Khan Younis, al-Bureij, Gaza City, Beit Lahia, al-Shuja'iyya (a Gaza news agency, 2018)
IOF = {"en": ["Israeli army", "Israel Defense Forces", "IDF", "Israeli occupation forces", "Israeli forces",
              "Israel"],
       "ar": ["قوات الاحتلال الإسرائيلي", "قوات الاحتلال", "جيش الاحتلال", "الاحتلال"]}
KY_PROTESTERS = {"en": ["Great March of Return protesters", "protesters", "demonstrators", "Palestinians",
                        "civilians"],
                 "ar": ["المشاركين في فعاليات مسيرات العودة وكسر الحصار", "ثلاثة مواطنين", "المشاركين",
                        "آلاف المواطنين", "مواطنين", "المتظاهرين"]}
IL_DRONE_STRIKE = {"en": ["Israeli drone", "Israeli reconnaissance drone", "Israeli army", "Israel"],
                   "ar": ["طائرة استطلاع إسرائيلية", "جيش الاحتلال"]}
BUREIJ_YOUTHS = merge({"en": ["group of young men", "balloon launchers",
                              "a cell preparing incendiary balloons"],
                       "ar": ["مجموعة من الشبان", "اثنين منهم"]}, CIVILIANS)
IL_WARPLANES = {"en": ["Israeli warplanes", "Israeli Air Force", "Israeli army", "Israel"],
                "ar": ["طائرات حربية", "جيش الاحتلال"]}
QASSAM = {"en": ["Izz ad-Din al-Qassam Brigades", "Qassam Brigades", "Hamas", "Hamas military wing"],
          "ar": ["موقع للتدريب يتبع لـ«كتائب القسام»", "«كتائب القسام»", "كتائب القسام", "«حماس»", "حماس"]}
IL_DEF_MIN_2018 = {"en": ["Israeli Defence Minister", "Israeli Ministry of Defence", "Israel",
                          "Israeli government"],
                   "ar": ["وزير الجيش الإسرائيلي"]}
GAZA_TRADERS = {"en": ["Gaza Strip", "Gazans", "Palestinians in Gaza"], "ar": ["القطاع"]}
GAZA_FISHERMEN = {"en": ["Gaza fishermen", "fishermen", "Palestinians in Gaza"],
                  "ar": ["سواحل القطاع", "القطاع"]}
HAMAS = {"en": ["Hamas", "Islamic Resistance Movement"],
         "ar": ["حركة «حماس»", "«حماس»", "حماس", "الناطق باسم حركة «حماس»", "قيادياً في الحركة"]}
IL_NAVY = {"en": ["Israeli navy", "Israeli naval forces", "Israeli army", "Israel"],
           "ar": ["بحرية الاحتلال"]}
TWO_FISHERMEN = merge({"en": ["two fishermen", "fishermen brothers", "fishermen"],
                       "ar": ["صيادَين شقيقين", "صيادين شقيقين", "صيادَين"]}, CIVILIANS)
GAZA_MOH = {"en": ["Gaza Ministry of Health", "Palestinian Ministry of Health in Gaza", "Ministry of Health"],
            "ar": ["وزارة الصحة في غزة", "وزارة الصحة"]}
INTL_ORGS = {"en": ["international organisations", "international institutions", "international community"],
             "ar": ["المؤسسات الدولية"]}
HAMAS_ISRAEL = {"en": ["Hamas and Israel", "Hamas", "Israel"], "ar": ["«حماس» وإسرائيل", "حماس", "إسرائيل"]}
EGYPT_DELEGATION = {"en": ["Egyptian security delegation", "Egyptian intelligence delegation", "Egypt"],
                    "ar": ["وفد أمني مصري"]}
HAMAS_FACTIONS = {"en": ["Hamas leadership", "Hamas", "Palestinian factions"],
                  "ar": ["قيادة «حماس» والفصائل", "قيادة «حماس»", "«حماس»", "الفصائل"]}
MARCH_COMMITTEE = {"en": ["Higher National Commission for the Great March of Return",
                          "Great March of Return committee", "march organisers"],
                   "ar": ["الهيئة الوطنية العليا لمسيرات العودة"]}
IL_SNIPER = {"en": ["Israeli sniper", "Israeli army", "Israeli forces", "Israel"],
             "ar": ["قناص إسرائيلي", "برصاص قناص إسرائيلي"]}
SHUJAIYYA_YOUTH = merge({"en": ["young man", "young Palestinian", "protester"], "ar": ["شاب"]}, CIVILIANS)
ISRAELI_SETTLERS = {"en": ["Israeli communities near Gaza", "Gaza envelope communities", "Israel"],
                    "ar": ["مستوطنات «غلاف غزة»"]}

# ====================================================== places: 320
EAST_KHAN_YOUNIS = {"accept": ["شرق محافظة خان يونس", "محافظة خان يونس", "خان يونس", "Khan Younis",
                               "Khan Yunis", "Khuza'a", "Gaza Strip"]}
RETURN_CAMPS = {"accept": ["شرق محافظة خان يونس", "مخيمات العودة الخمسة", "شرق القطاع", "خان يونس",
                           "Khan Younis", "Khan Yunis", "Gaza Strip", "Gaza border"]}
EAST_BUREIJ = {"accept": ["شرق مخيم البريج", "مخيم البريج", "البريج", "al-Bureij", "Bureij", "Burayj"]}
WEST_GAZA_CITY = {"accept": ["غرب مدينة غزة", "مدينة غزة", "Gaza City", "Gaza"]}
KEREM_SHALOM = {"accept": ["معبر كرم أبو سالم التجاري", "معبر كرم أبو سالم", "كرم أبو سالم", "Kerem Shalom",
                           "Karem Abu Salem", "Gaza Strip"]}
GAZA_SEA = {"accept": ["سواحل القطاع", "القطاع", "Gaza Strip", "Gaza coast", "Gaza"]}
BEIT_LAHIA_SEA = {"accept": ["شاطئ بلدة بيت لاهيا", "بيت لاهيا", "Beit Lahia", "Beit Lahiya"]}
EREZ = {"accept": ["حاجز بيت حانون (إيرز)", "حاجز بيت حانون", "بيت حانون", "إيرز", "Erez", "Beit Hanoun",
                   "Beit Hanun"]}
GAZA_STRIP = {"accept": ["القطاع", "قطاع غزة", "Gaza Strip", "Gaza"]}
EAST_SHUJAIYYA = {"accept": ["شرق حي الشجاعية بمدينة غزة", "حي الشجاعية", "الشجاعية", "مدينة غزة",
                             "al-Shuja'iyya", "Shujaiya", "Shejaiya", "Gaza City"]}
GAZA_ENVELOPE = {"accept": ["مستوطنات «غلاف غزة»", "غلاف غزة", "شمال القطاع", "Gaza envelope",
                            "Gaza periphery", "southern Israel"]}
