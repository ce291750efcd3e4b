"""Accepted actor names and place names for the forty-ninth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the template's: Arabic surface forms as they occur in the
articles, common variants, and English names). Places carry their usual Arabic and English spellings from
general knowledge; no gazetteer was opened.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «المجلس», «الوفد», «الحكومة») are left out on purpose, with
these exceptions, each used only in an article where it names a single actor: «الفصائل» (242, only ever the
factions of the Euphrates Shield operation), «الحكومة» (243, only ever Libya's government), «الجماعة» (244,
only ever the Houthis), «الدولة» (244 and 245, only ever the Yemeni and the Egyptian state)."""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ================================================================ actors: shared
CIVILIANS = {"en": ["civilians", "civilian", "residents", "locals", "people", "citizens"],
             "ar": ["مدنيين", "المدنيين", "مدنيون", "مدني", "المواطنين", "مواطنين", "الأهالي", "السكان"]}
UNKNOWN = {"en": ["unknown gunmen", "unknown assailants", "unidentified gunmen", "unknown persons"],
           "ar": ["مسلحون مجهولون", "مسلحين مجهولين", "مجهولون", "مجهولين"]}

# ========================================================== 241: Jabal al-Zawiya, June 2012 (a Beirut daily)
SY_REGIME = {"en": ["Syrian government forces", "Syrian regime forces", "Syrian Arab Army",
                    "Syrian government army", "Assad regime", "Syrian regime", "regular army"],
             "ar": ["قوات النظام السوري", "قوات النظام", "نظام الأسد", "النظام السوري", "الجيش النظامي",
                    "القوات النظامية", "الجهات المختصة"]}
SY_SECURITY = merge({"en": ["Syrian security forces", "security forces", "shabiha",
                            "pro-government militiamen"],
                     "ar": ["قوات الأمن ومجموعات من الشبيحة", "قوات الأمن", "مجموعات من الشبيحة", "الشبيحة"]},
                    SY_REGIME)
SY_ARMY_SOURCE = merge({"en": ["Syrian military source", "military source"],
                        "ar": ["مصدر عسكري"]}, SY_REGIME)
SY_CHECKPOINT = merge({"en": ["checkpoint personnel", "men of a checkpoint", "army checkpoint"],
                       "ar": ["عناصر حاجز", "عناصر حاجز قرب بلدة بليون"]}, SY_REGIME)
FSA = {"en": ["Free Syrian Army", "FSA", "rebels", "rebel fighters", "armed opposition"],
       "ar": ["الجيش السوري الحر", "«الجيش السوري الحر»", "الجيش الحر", "مقاتلون من «الجيش السوري الحر»",
              "المهاجمين"]}
KAFR_OWEID_POST = merge({"en": ["army checkpoint", "checkpoint", "soldiers", "three soldiers"],
                         "ar": ["حاجزاً للجيش النظامي", "ثلاثة جنود", "جنود"]}, SY_REGIME)
FSA_AND_ARMY = merge(FSA, KAFR_OWEID_POST)
CAPTURED_SOLDIER = merge({"en": ["a fourth soldier", "soldier"], "ar": ["رابع", "جندي"]}, KAFR_OWEID_POST)
KANSAFRA_VICTIMS = merge({"en": ["five civilians", "a woman", "a fourteen-year-old boy",
                                 "Kansafra residents"],
                          "ar": ["خمسة مدنيين", "امرأة وفتى", "فتى في الرابعة عشرة من عمره", "طفلان",
                                 "مجموعة إرهابية مسلحة"]}, CIVILIANS)
SARJEH_YOUTHS = {"en": ["twenty-two young men", "young men", "Sarjeh residents"],
                 "ar": ["اثنان وعشرون شاباً", "شاباً", "شبان"]}
SARJEH_HOUSES = merge({"en": ["seven houses", "houses of activists and defectors", "activists", "defectors"],
                       "ar": ["سبعة منازل", "منازل يملكها ناشطون وعسكريون منشقون", "ناشطون وعسكريون منشقون",
                              "منازل"]}, CIVILIANS)
UNSMIS = {"en": ["UNSMIS", "UN observers", "United Nations Supervision Mission in Syria",
                 "UN observer mission",
                 "international observers"],
          "ar": ["بعثة المراقبين الدوليين التابعة للأمم المتحدة", "فريق من بعثة المراقبين الدوليين",
                 "بعثة المراقبين الدوليين", "بعثة المراقبين", "المراقبين الدوليين", "المراقبون الدوليون"]}
KANSAFRA_NOTABLES = {"en": ["Kansafra notables", "town notables", "families of the dead",
                            "victims' families"],
                     "ar": ["عدداً من وجهاء البلدة", "وجهاء البلدة", "ذوي القتلى"]}
GCSR = {"en": ["General Commission of the Syrian Revolution", "Syrian Revolution General Commission", "SRGC"],
        "ar": ["الهيئة العامة للثورة السورية"]}
BALYOUN_YOUTHS = merge({"en": ["three young men", "young men", "minibus passengers"],
                        "ar": ["ثلاثة شبان", "شبان"]}, CIVILIANS)
ZAWIYA_THREATENED = {"en": ["those harbouring terrorists", "armed groups", "rebels",
                            "Jabal al-Zawiya residents"],
                     "ar": ["كل من يؤوي الإرهابيين", "الإرهابيين", "المجموعات المسلحة"]}
BALYOUN_VICTIMS = merge({"en": ["four residents", "village mukhtar", "mukhtar", "Balyoun residents"],
                         "ar": ["أربعة من أبنائها", "مختار البلدة", "سوقها القديمة"]}, CIVILIANS)
ZAWIYA_PROTESTERS = merge({"en": ["protesters", "demonstrators", "participants"],
                           "ar": ["المشاركون فيها", "المشاركون", "المتظاهرون"]}, CIVILIANS)
SNC = {"en": ["Syrian National Council", "SNC"], "ar": ["المجلس الوطني السوري"]}
ZAWIYA_RESIDENTS = merge({"en": ["people of Jabal al-Zawiya", "Jabal al-Zawiya residents"],
                          "ar": ["أهالي جبل الزاوية"]}, CIVILIANS)
UNSC = {"en": ["UN Security Council", "Security Council", "United Nations Security Council"],
        "ar": ["مجلس الأمن الدولي", "مجلس الأمن"]}
JOINT_ENVOY = {"en": ["Joint Special Envoy", "UN-Arab League envoy", "international envoy", "joint envoy"],
               "ar": ["المبعوث الدولي والعربي المشترك", "المبعوث الدولي"]}
FOREIGN_MINISTERS = {"en": ["foreign ministers", "foreign ministers of the countries concerned"],
                     "ar": ["وزراء خارجية عدد من الدول المعنية", "وزراء خارجية"]}

KANSAFRA = {"accept": ["كنصفرة", "بلدة كنصفرة", "جبل الزاوية", "Kansafra", "Kansafrah", "Kinsafra",
                       "Jabal al-Zawiya", "Jabal az-Zawiyah", "Jebel Zawiya"]}
KAFR_OWEID = {"accept": ["كفرعويد", "بلدة كفرعويد", "المدخل الشرقي لبلدة كفرعويد", "Kafr Oweid", "Kafr Uwayd",
                         "Kafruwayd", "Kafr Owayd"]}
SARJEH = {"accept": ["سرجة", "بلدة سرجة", "Sarjeh", "Serjeh", "Sarja", "Sirjah"]}
BALYOUN = {"accept": ["بليون", "بلدة بليون", "Balyoun", "Balyun", "Bliyun", "Baliyun"]}
JABAL_ZAWIYA = {"accept": ["جبل الزاوية", "Jabal al-Zawiya", "Jabal az-Zawiyah", "Jebel Zawiya",
                           "Zawiya mountain"]}
ZAWIYA_TOWNS = place({"accept": ["كفرعويد وسرجة وكنصفرة"]}, KAFR_OWEID, SARJEH, KANSAFRA)
GENEVA = {"accept": ["جنيف", "Geneva", "Genève"]}

# ======================================================= 242: north Aleppo, October 2016 (opposition agency)
ISIS = {"en": ["Islamic State", "ISIS", "ISIL", "IS", "Daesh", "Islamic State organisation"],
        "ar": ["تنظيم الدولة الإسلامية", "«تنظيم الدولة الإسلامية»", "تنظيم الدولة", "«تنظيم الدولة»",
               "التنظيم",
               "انتحاري من «تنظيم الدولة الإسلامية»", "الانتحاري", "عناصر التنظيم", "داعش"]}
SULTAN_MURAD = {"en": ["Sultan Murad Division", "Sultan Murad", "Euphrates Shield fighters", "FSA fighters"],
                "ar": ["فرقة السلطان مراد", "«فرقة السلطان مراد»", "السلطان مراد", "أربعة مقاتلين",
                       "تجمعاً لهم",
                       "مقاتلي «درع الفرات»"]}
ES_FACTIONS = {"en": ["Free Syrian Army", "FSA", "Euphrates Shield factions", "Operation Euphrates Shield",
                      "Syrian rebels", "Turkish-backed rebels", "opposition factions"],
               "ar": ["فصائل «الجيش السوري الحر»", "الجيش السوري الحر", "«درع الفرات»", "درع الفرات",
                      "الفصائل", "الفصائل المشاركة في العملية", "قادة الفصائل", "صحوات أردوغان",
                      "الجبهة الشامية", "السلطان مراد"]}
ISIS_TARGETS = merge({"en": ["ISIS positions", "ISIS headquarters", "ISIS targets"],
                      "ar": ["مواقع التنظيم", "مقرات له", "هدفاً للتنظيم"]}, ISIS)
TR_ARMY = {"en": ["Turkish Armed Forces", "Turkish army", "Turkish artillery", "Turkish General Staff",
                  "Turkish military"],
           "ar": ["المدفعية التركية", "رئاسة الأركان التركية", "مدفعيتها", "الجيش التركي",
                  "ضباط من الجيش التركي"]}
COALITION = {"en": ["US-led coalition", "international coalition", "Coalition", "coalition aircraft"],
             "ar": ["طائرات التحالف الدولي", "التحالف الدولي"]}
TR_COALITION = merge(TR_ARMY, COALITION)
FSA_TR = merge(ES_FACTIONS, TR_ARMY)
IHTIMILAT_VICTIMS = merge({"en": ["a man and his son", "farmer", "tractor"],
                           "ar": ["رجل وابنه", "جرارهما الزراعي"]}, CIVILIANS)
SY_MOFA = {"en": ["Syrian Foreign Ministry", "Syrian Ministry of Foreign Affairs", "Syrian government",
                  "Damascus"],
           "ar": ["وزارة الخارجية السورية", "الخارجية السورية"]}
TURKEY = {"en": ["Turkey", "Turkish government", "Ankara", "Türkiye"],
          "ar": ["أنقرة", "تركيا", "الحكومة التركية", "العدوان التركي"]}
SAWRAN_YOUTHS = merge({"en": ["two young men", "young men from Sawran"],
                       "ar": ["شابين من أهالي صوران", "شابين"]}, CIVILIANS)
IHH = {"en": ["IHH", "IHH Humanitarian Relief Foundation", "Turkish relief foundation"],
       "ar": ["هيئة الإغاثة الإنسانية التركية", "هيئة الإغاثة الإنسانية"]}
AKHTARIN_RETURNEES = merge({"en": ["returning families", "families", "returnees"],
                            "ar": ["العائلات العائدة إلى أخترين وتركمان بارح",
                                   "العائلات العائدة"]}, CIVILIANS)
HAWAR_KILIS_IDPS = merge({"en": ["displaced people", "IDP camp", "a girl", "six civilians"],
                          "ar": ["مخيماً للنازحين", "طفلة", "ستة مدنيين", "النازحين"]}, CIVILIANS)
OPP_FACTIONS_2014 = {"en": ["opposition factions", "rebels", "Free Syrian Army"], "ar": ["فصائل المعارضة"]}

AKHTARIN = {"accept": ["أخترين", "بلدة أخترين", "تركمان بارح", "قرية تركمان بارح",
                       "الطريق الواصل بين بلدة أخترين وقرية تركمان بارح", "Akhtarin", "Akhtarayn",
                       "Turkman Bareh", "Turkman Barih"]}
DABIQ_SAWRAN = {"accept": ["دابق", "صوران", "محيط دابق وصوران", "دابق وصوران", "Dabiq", "Sawran", "Suran"]}
SAWRAN = {"accept": ["صوران", "بلدة صوران", "الأطراف الشرقية لصوران", "Sawran", "Suran"]}
TALALIN = {"accept": ["تلالين", "قرية تلالين", "Talalin", "Tilalayn", "Tlalin"]}
TALALIN_DABIQ = place(TALALIN, {"accept": ["دابق", "Dabiq"]})
DABIQ = {"accept": ["دابق", "Dabiq"]}
IHTIMILAT = {"accept": ["احتيملات", "قرية احتيملات", "Ihtimilat", "Ihtaimlat", "Ehtemlat"]}
KILIS = {"accept": ["كلّس", "كلس", "مدينة كلّس", "Kilis"]}
AL_BAB = {"accept": ["مدينة الباب", "Al-Bab", "al-Bab city"]}
HAWAR_KILIS = {"accept": ["حوار كلّس", "قرية حوار كلّس", "حوار كلس", "Hawar Kilis", "Hiwar Kilis"]}

# ======================================================= 243: Bani Walid, October 2012 (a Tripoli news site)
MISRATA_LS = {"en": ["Libya Shield", "Libya Shield Force", "Misrata brigades", "Misratan brigades",
                     "Misrata militias"],
              "ar": ["كتائب من مصراتة", "درع ليبيا", "«درع ليبيا»", "قوات «درع ليبيا»", "قوات «الدرع»",
                     "مصدر في «درع ليبيا»", "قائد ميداني في قوات «درع ليبيا»"]}
BW_RESIDENTS = merge({"en": ["Bani Walid residents", "three residents", "a child", "homes"],
                      "ar": ["ثلاثة من سكان مدينة بني وليد", "سكان مدينة بني وليد", "منازل",
                             "طفل"]}, CIVILIANS)
BW_GUNMEN = {"en": ["Bani Walid gunmen", "armed men from the town", "local fighters", "Warfalla fighters"],
             "ar": ["مسلحين من أبناء المدينة", "مسلحين من أبناء"]}
BW_CLASH = merge(BW_GUNMEN, MISRATA_LS)
BW_BLOCKADERS = merge({"en": ["forces at the town's entrances"],
                       "ar": ["القوات المتمركزة على مداخل المدينة"]}, MISRATA_LS)
BW_SUPPLIES = merge({"en": ["fuel and flour trucks", "Bani Walid residents"],
                     "ar": ["شاحنات الوقود والدقيق"]}, CIVILIANS)
WARFALLA_COUNCIL = {"en": ["Social Council of the Warfalla Tribes", "Warfalla Social Council",
                           "Warfalla council"],
                    "ar": ["المجلس الاجتماعي لقبائل ورفلة"]}
LY_GOV = {"en": ["Libyan government", "government", "General National Congress", "GNC"],
          "ar": ["الحكومة", "الحكومة الليبية", "المؤتمر الوطني العام"]}
BW_TRIPOLI_PROTESTERS = {"en": ["people of Bani Walid living in Tripoli", "protesters", "demonstrators"],
                         "ar": ["عشرات من أبناء بني وليد المقيمين في العاصمة", "أبناء بني وليد"]}
GNC = {"en": ["General National Congress", "GNC", "Libyan parliament", "GNC members", "GNC delegation"],
       "ar": ["المؤتمر الوطني العام", "أعضاء المؤتمر", "وفد من المؤتمر الوطني العام"]}
WARFALLA_NOTABLES = {"en": ["Warfalla notables", "tribal notables", "elders"],
                     "ar": ["أعياناً من ورفلة ومن قبائل مجاورة", "أعياناً من ورفلة", "أعيان"]}
GNC_WARFALLA = merge(GNC, WARFALLA_NOTABLES)
BW_THREATENED = merge({"en": ["Bani Walid", "wanted men", "outlaws"],
                       "ar": ["أهالي بني وليد", "المطلوبون", "الخارجين عن القانون"]}, CIVILIANS)
GADDAFI_SON = {"en": ["a son of Muammar Gaddafi", "Gaddafi's son", "son of the late colonel"],
               "ar": ["أحد أبناء العقيد الراحل معمر القذافي", "أبناء العقيد الراحل معمر القذافي",
                      "معمر القذافي"]}
LRC = {"en": ["Libyan Red Crescent", "Libyan Red Crescent Society", "Red Crescent"],
       "ar": ["جمعية الهلال الأحمر الليبي", "الهلال الأحمر الليبي"]}
UNSMIL = {"en": ["UNSMIL", "United Nations Support Mission in Libya", "UN mission in Libya"],
          "ar": ["بعثة الأمم المتحدة للدعم في ليبيا"]}
LY_JOURNALISTS = merge({"en": ["three journalists", "journalists", "local TV crew"],
                        "ar": ["ثلاثة صحافيين", "صحافيين"]}, CIVILIANS)
MISRATA_REBEL = {"en": ["a Misrata revolutionary", "Misrata fighter", "young man from Misrata"],
                 "ar": ["أحد ثوار مصراتة", "ثوار مصراتة"]}
BW_ACCUSED = {"en": ["the accused", "suspects", "kidnappers"], "ar": ["المتهمين"]}

MARDOUM = {"accept": ["المردوم", "منطقة المردوم", "بني وليد", "مدينة بني وليد", "الأطراف الغربية للمدينة",
                      "Mardoum", "al-Mardum", "Bani Walid", "Bani Walid outskirts"]}
BANI_WALID = {"accept": ["بني وليد", "مدينة بني وليد", "البوابة الشمالية لبني وليد", "محيط بني وليد",
                         "Bani Walid", "Beni Walid", "Bani Waleed"]}
MISRATA_BW = place({"accept": ["مصراتة", "Misrata", "Misurata"]}, BANI_WALID)
TRIPOLI = {"accept": ["طرابلس", "مقر المؤتمر الوطني العام", "العاصمة", "Tripoli"]}
TARHUNA = {"accept": ["ترهونة", "Tarhuna", "Tarhunah", "Tarhouna"]}
TARHUNA_BW_ROAD = place({"accept": ["الطريق بين ترهونة وبني وليد"]}, TARHUNA, BANI_WALID)

# ================================================================ 244: Amran, June 2014 (a Yemeni news site)
HOUTHIS = {"en": ["Houthis", "Houthi movement", "Ansar Allah", "Houthi militants", "Houthi fighters"],
           "ar": ["جماعة الحوثي", "مسلحو جماعة الحوثي", "الحوثيين", "الحوثي", "مسلحين حوثيين",
                  "مسلحون حوثيون",
                  "أنصار الله", "«أنصار الله»", "الجماعة", "مسلحيها", "المكتب السياسي لـ«أنصار الله»"]}
AMRAN_CIVILIANS = merge({"en": ["four civilians", "two women", "residential neighbourhoods"],
                         "ar": ["أربعة مدنيين", "امرأتان", "أحياء سكنية",
                                "الأحياء المكتظة بالسكان"]}, CIVILIANS)
BRIGADE_310 = {"en": ["310th Armoured Brigade", "310th Armored Brigade", "Brigade 310", "Yemeni army",
                      "brigade command"],
               "ar": ["قوات اللواء 310 مدرع", "اللواء 310 مدرع", "قيادة اللواء 310", "اللواء 310",
                      "أبطال اللواء"]}
BRIGADE_HOUTHIS = merge(BRIGADE_310, HOUTHIS)
YE_AIRFORCE = {"en": ["Yemeni Air Force", "Yemeni warplanes", "military aircraft", "air force"],
               "ar": ["الطيران الحربي"]}
HOUTHI_POSITIONS = merge({"en": ["Houthi positions", "Ansar Allah positions", "two Houthi fighters"],
                          "ar": ["مواقع «أنصار الله»", "شهيدين"]}, HOUTHIS)
BRIGADE_ISLAH = merge(BRIGADE_310, {"en": ["Islah party", "al-Islah"], "ar": ["حزب الإصلاح"]})
PRES_COMMITTEE = {"en": ["presidential committee", "Amran presidential committee", "mediation committee"],
                  "ar": ["اللجنة الرئاسية المكلفة بملف عمران", "اللجنة الرئاسية", "لجنة رئاسية"]}
AMRAN_AUTHORITY = {"en": ["Amran local authority", "local authority", "Amran governorate authorities"],
                   "ar": ["السلطة المحلية في محافظة عمران", "قيادة السلطة المحلية في المحافظة",
                          "السلطة المحلية"]}
HOUTHI_REPS_AUTHORITY = merge({"en": ["Houthi representatives"], "ar": ["ممثلين عن الجماعة"]}, HOUTHIS,
                              AMRAN_AUTHORITY)
TRUCE_PARTIES = merge(PRES_COMMITTEE, HOUTHIS, AMRAN_AUTHORITY, BRIGADE_310)
MIL_POLICE = {"en": ["Military Police", "military police units"],
              "ar": ["وحدات من الشرطة العسكرية", "الشرطة العسكرية"]}
UN_ENVOY_YE = {"en": ["UN envoy to Yemen", "UN Special Adviser on Yemen", "UN Secretary-General's envoy"],
               "ar": ["مبعوث الأمين العام للأمم المتحدة إلى اليمن", "مبعوث الأمين العام للأمم المتحدة"]}
BRIGADE_POSITION = merge({"en": ["army position", "military position"], "ar": ["موقع عسكري"]}, BRIGADE_310)
AMRAN_SANAA_PROTESTERS = {"en": ["people of Amran living in Sanaa", "protesters", "sit-in participants"],
                          "ar": ["مئات من أبناء عمران المقيمين في العاصمة", "أبناء عمران"]}
YE_STATE = {"en": ["Yemeni government", "Yemeni state", "the state", "government"],
            "ar": ["الدولة", "رئاسة الوزراء", "الحكومة اليمنية"]}
YE_MOD = {"en": ["Yemeni Ministry of Defence", "Ministry of Defence", "Yemeni army",
                 "defence ministry source"],
          "ar": ["مصدر في وزارة الدفاع", "وزارة الدفاع", "الوحدات العسكرية في عمران"]}
KHAMER_VICTIMS = merge({"en": ["a Hashid sheikh's house", "two bodyguards", "bodyguards"],
                        "ar": ["منزل أحد مشايخ قبيلة حاشد", "اثنين من مرافقيه", "مرافقيه",
                               "المنزل"]}, CIVILIANS)
DAMMAJ_STUDENTS = {"en": ["Dar al-Hadith students", "Salafi students", "Salafis of Dammaj"],
                   "ar": ["طلاب دار الحديث السلفية", "طلاب دار الحديث"]}
ICRC = {"en": ["ICRC", "International Committee of the Red Cross", "Red Cross"],
        "ar": ["اللجنة الدولية للصليب الأحمر", "الصليب الأحمر"]}
AMRAN_HOSPITAL = {"en": ["Amran General Hospital", "Amran hospital"], "ar": ["مستشفى عمران العام"]}

AMRAN = {"accept": ["عمران", "مدينة عمران", "الجزء الجنوبي من مدينة عمران", "Amran", "Omran"]}
JANNAT_DHIN = place({"accept": ["الجنات", "منطقة الجنات", "جبل ضين", "سفوح جبل ضين", "al-Jannat",
                                "Jabal Dhin",
                                "Jabal Dayn", "Dhin mountain"]}, AMRAN)
RAYDAH = {"accept": ["ريدة", "مدينة ريدة", "Raydah", "Raidah", "Rayda"]}
HUTH_KHAMER = place({"accept": ["حوث", "خمر", "مديريتي حوث وخمر", "صعدة", "محافظة صعدة", "Huth", "Khamer",
                                "Khamir",
                                "Saada", "Sa'dah"]}, AMRAN)
DHIN = {"accept": ["جبل ضين", "Jabal Dhin", "Jabal Dayn", "Dhin mountain", "عمران", "Amran"]}
SANAA = {"accept": ["صنعاء", "مبنى رئاسة الوزراء", "Sanaa", "Sana'a"]}
KHAMER = {"accept": ["خمر", "مديرية خمر", "Khamer", "Khamir"]}
DAMMAJ = {"accept": ["دماج", "Dammaj", "Damaj"]}

# ==================================================== 245: Delga (Minya), September 2013 (an Egyptian daily)
EG_SECURITY = {"en": ["Egyptian security forces", "security forces", "Egyptian police and army",
                      "Central Security",
                      "Egyptian police", "Egyptian army"],
               "ar": ["قوات مشتركة من الشرطة والجيش", "قوات الأمن", "الشرطة والجيش", "قوات الأمن المركزي",
                      "مجنّد بقوات الأمن المركزي", "المدرعات"]}
DELGA_GUNMEN = {"en": ["gunmen", "armed men", "Islamist gunmen"], "ar": ["مسلحين", "المسلحون"]}
EG_CLASH = merge(EG_SECURITY, DELGA_GUNMEN)
DELGA_SUSPECTS = {"en": ["41 suspects", "suspects", "wanted men", "41 wanted men"],
                  "ar": ["41 من المتهمين", "41 مطلوباً", "المتهمين", "مطلوباً"]}
DELGA_RESIDENTS = merge({"en": ["Delga residents", "villagers"], "ar": ["الأهالي", "القرية"]}, CIVILIANS)
COPT_GROCER = merge({"en": ["a Coptic grocer", "Coptic shopkeeper", "Copt"],
                     "ar": ["صاحب محل بقالة قبطي", "قبطي"]}, CIVILIANS)
EG_MOI = {"en": ["Egyptian Interior Ministry", "Ministry of Interior", "Interior Ministry"],
          "ar": ["وزارة الداخلية"]}
MB = {"en": ["Muslim Brotherhood", "Brotherhood", "Brotherhood members"],
      "ar": ["جماعة الإخوان", "«عناصر إرهابية تنتمي إلى جماعة الإخوان»",
             "عناصر إرهابية تنتمي إلى جماعة الإخوان",
             "الإخوان"]}
ALLIANCE = {"en": ["National Alliance to Support Legitimacy", "Anti-Coup Alliance", "pro-Morsi alliance",
                   "Alliance supporters"],
            "ar": ["«التحالف الوطني لدعم الشرعية»", "التحالف الوطني لدعم الشرعية", "أنصاره"]}
MINYA_GOVERNOR = {"en": ["Minya governor", "Governor of Minya"], "ar": ["محافظ المنيا"]}
DELGA_DELEGATION = {"en": ["Delga delegation", "priests, imams and family heads", "Delga notables"],
                    "ar": ["وفداً من أهالي دلجا", "أهالي دلجا", "القساوسة وأئمة المساجد وكبار العائلات"]}
GOV_DELGA = merge(MINYA_GOVERNOR, DELGA_DELEGATION)
EG_SOLIDARITY = {"en": ["Minya Social Solidarity Directorate", "Social Solidarity Directorate",
                        "Ministry of Social Solidarity"],
                 "ar": ["مديرية التضامن الاجتماعي بالمنيا", "مديرية التضامن الاجتماعي"]}
DELGA_FAMILIES = merge({"en": ["thirty families", "affected families"],
                        "ar": ["ثلاثين أسرة متضررة", "أسرة متضررة"]}, CIVILIANS)
MALLAWI_GUNMEN = {"en": ["gunmen on a motorcycle", "gunmen"],
                  "ar": ["مسلحين كانوا يستقلون دراجة نارية", "مسلحين"]}
MALLAWI_CHURCH = {"en": ["a church in Mallawi", "church", "Copts"], "ar": ["كنيسة في مدينة ملوي", "كنيسة"]}
MINYA_COURT = {"en": ["Minya Criminal Court", "Minya court", "criminal court"], "ar": ["محكمة جنايات المنيا"]}
SAMALUT_CONVICTS = {"en": ["eight defendants", "defendants"], "ar": ["ثمانية متهمين", "متهمين"]}
SAMALUT_POLICE = {"en": ["Samalut police station", "police station", "Egyptian police"],
                  "ar": ["قسم شرطة سمالوط"]}
MINYA_SEC_CHIEF = {"en": ["Minya security director", "Minya Security Directorate", "Egyptian police"],
                   "ar": ["مدير أمن المنيا", "مديرية أمن المنيا"]}
DELGA_WANTED = {"en": ["wanted men", "those involved in terrorising residents"],
                "ar": ["كل من تورّط في ترويع الآمنين", "آخر مطلوب"]}
BISHOP = {"en": ["Bishop of Deir Mawas and Delga", "Coptic bishop", "Coptic Orthodox Church"],
          "ar": ["أسقف دير مواس ودلجا"]}
EG_STATE = {"en": ["Egyptian state", "state", "Egyptian authorities", "security forces"],
            "ar": ["الدولة", "هيبة الدولة"]}

DELGA = {"accept": ["دلجا", "قرية دلجا", "دير مواس", "مركز دير مواس", "Delga", "Dalga", "Dalja", "Dilja",
                    "Deir Mawas", "Dayr Mawas"]}
MINYA = {"accept": ["المنيا", "محافظة المنيا", "ديوان عام المحافظة", "Minya", "al-Minya", "El Minya"]}
EGYPT_PROVINCES = {"accept": ["جميع المحافظات", "مصر", "Egypt"]}
MALLAWI = {"accept": ["ملوي", "مدينة ملوي", "Mallawi", "Mellawi"]}
SAMALUT = {"accept": ["سمالوط", "قسم شرطة سمالوط", "Samalut", "Samalout"]}
