"""Accepted actor names and place names for the seventy-first team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الحكومة», «الوفد») are left out on purpose, with these
exceptions, each used only in an article where it names a single actor:
- 351: «الوفد» (only ever the notables' delegation), «المحافظ» (only ever the governor of Suwayda), «الشاب»
  (only ever the young man killed in Shahba), «السلطات» (only ever the Syrian authorities);
- 352: «مقاتليها» and «سائقها» (only ever Hezbollah's fighters and the motorcyclist of Aitaroun);
- 353: «الميليشيا» and «الجماعة» (in the outlet's words only ever the Houthis);
- 354: «الجيش» and «التنظيم» (only ever the Iraqi army and ISIS);
- 355: «الهيئة» (only ever Hay'at Tahrir al-Sham).
In meetings and visits (CONSULT) both parties are accepted in either role: PLOVER makes the visitor the
source, while the Arabic sentence often makes the host its subject («استقبل …»).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge

# ====================================================== actors: shared
CIVILIANS = {"en": ["civilians", "civilian", "residents", "locals"],
             "ar": ["المدنيين", "مدنيين", "الأهالي", "السكان"]}
ISIS = {"en": ["Islamic State", "ISIS", "IS", "ISIL", "Daesh"],
        "ar": ["تنظيم «داعش»", "«داعش»", "داعش", "التنظيم"]}

# ============ 351: Suwayda, Shahba, Salkhad, al-Qrayya (Syria), a local citizen news network, 2023
SW_PROTESTERS = {"en": ["Suwayda protesters", "protesters in Suwayda", "Suwayda protest movement",
                        "demonstrators"],
                 "ar": ["أبناء محافظة السويداء", "المشاركون", "المتظاهرون", "الحراك الشعبي"]}
SW_BODY = {"en": ["General Body of the Movement", "General Body of the Suwayda protest movement",
                  "Suwayda protest movement"],
           "ar": ["«الهيئة العامة للحراك»", "الهيئة العامة للحراك", "الهيئة العامة"]}
SW_STRIKERS = merge(SW_BODY, {"en": ["strikers", "protesters"], "ar": ["محتجون"]})
SW_CLOSERS = {"en": ["protesters", "Suwayda protesters"], "ar": ["محتجون"]}
BAATH_GUARDS = {"en": ["guards of the Baath Party division in Shahba", "Baath Party guards", "Baath Party",
                       "Syrian government"],
                "ar": ["عناصر الحراسة", "حرس شعبة البعث", "شعبة حزب البعث", "حزب البعث"]}
SHAHBA_PROTESTERS = {"en": ["protesters in Shahba", "protesters", "young man", "civilians"],
                     "ar": ["عشرات المحتجين", "المحتجين", "شاب في السابعة والعشرين من عمره", "الشاب"]}
PARTY_SOURCE = {"en": ["Baath Party branch source", "Baath Party", "pro-government pages"],
                "ar": ["مصدر في قيادة فرع الحزب", "قيادة فرع الحزب", "صفحات مقرّبة من الحكومة"]}
FOREIGN_LINKED = {"en": ["foreign-linked parties", "foreign parties"],
                  "ar": ["«جهات مرتبطة بالخارج»", "جهات مرتبطة بالخارج"]}
SW_DELEGATION = {"en": ["delegation of Suwayda notables and movement representatives", "Suwayda notables",
                        "protest movement representatives"],
                 "ar": ["وفد من وجهاء المحافظة وممثلي الحراك", "وفد من وجهاء المحافظة", "الوفد"]}
SW_GOVERNOR = {"en": ["Governor of Suwayda", "Suwayda governor", "Syrian government"],
               "ar": ["محافظ السويداء", "المحافظ"]}
SW_OFFICIALS = merge(SW_GOVERNOR, {"en": ["Baath Party branch secretary", "Suwayda police commander"],
                                   "ar": ["أمين فرع الحزب", "قائد الشرطة"]})
SW_MEETING = merge(SW_DELEGATION, SW_OFFICIALS)
SY_AUTHORITIES = {"en": ["Syrian authorities", "Syrian government"], "ar": ["السلطات"]}
SW_DETAINEES = {"en": ["seven detainees", "detainees", "prisoners"], "ar": ["الموقوفين السبعة", "الموقوفين"]}
SY_GOV_FORCES = {"en": ["Syrian government forces", "Syrian army", "government forces"],
                 "ar": ["رتل للقوات الحكومية", "القوات الحكومية"]}
SHAHBA_GROUPS = {"en": ["local armed groups in Shahba", "local armed groups", "armed local factions"],
                 "ar": ["مجموعات أهلية مسلحة", "مجموعات أهلية"]}
SHOOTERS = merge({"en": ["the shooters"], "ar": ["مطلقو النار", "مطلقي النار"]}, BAATH_GUARDS)
MASHYAKHA = {"en": ["Sheikh al-Aql", "Druze spiritual leadership", "Mashyakhat al-Aql"],
             "ar": ["مشيخة العقل"]}
QRAYYA_PROTESTERS = {"en": ["protesters", "Suwayda protesters"], "ar": ["محتجون"]}
SY_SECURITY_MEN = {"en": ["Syrian security forces", "security personnel", "Syrian government"],
                   "ar": ["عناصر الأمن"]}
SALKHAD_POLICE = {"en": ["police patrol", "Syrian police", "police"], "ar": ["دورية للشرطة", "عناصر الدورية"]}
SALKHAD_STUDENTS = {"en": ["students of the intermediate institute", "students"],
                    "ar": ["طلاب المعهد المتوسط", "اثنين منهم"]}
RIGHTS_UN = {"en": ["human rights organisations", "Office of the UN Special Envoy for Syria",
                    "United Nations"],
             "ar": ["المنظمات الحقوقية", "مكتب المبعوث الأممي إلى سوريا", "مكتب المبعوث الأممي"]}

# ====================================================== places: 351
KARAMA_SQ = {"accept": ["ساحة الكرامة", "«ساحة الكرامة»", "السويداء", "Karama Square", "al-Karama Square",
                        "Suwayda", "As-Suwayda", "Sweida"]}
SW_TOWNS = {"accept": ["السويداء وشهبا وصلخد", "السويداء", "شهبا", "صلخد", "Suwayda", "As-Suwayda", "Shahba",
                       "Salkhad"]}
SHAHBA_BAATH = {"accept": ["مبنى شعبة حزب البعث", "مبنى الشعبة", "مدينة شهبا", "شهبا", "Shahba",
                           "Baath Party division building in Shahba"]}
SW_GOV_BUILDING = {"accept": ["مبنى المحافظة", "السويداء", "Suwayda", "As-Suwayda",
                              "Suwayda governorate building"]}
THALA = {"accept": ["مطار الثعلة العسكري", "مطار الثعلة", "الثعلة", "Thaala airbase",
                    "Tha'la military airport", "al-Thaala", "Suwayda"]}
SHAHBA = {"accept": ["شهبا", "Shahba"]}
COURTHOUSE = {"accept": ["مبنى قصر العدل في السويداء", "قصر العدل", "السويداء", "Suwayda Palace of Justice",
                         "Suwayda"]}
QRAYYA = {"accept": ["بلدة القريّا", "القريّا", "القريا", "al-Qrayya", "Al-Qurayya", "Qraya"]}
SALKHAD = {"accept": ["مدينة صلخد", "صلخد", "مبنى المنطقة", "Salkhad"]}

# ============ 352: Blida, Aitaroun, Kfar Kila, Alma al-Shaab, Ramyeh, Dhayra (South Lebanon), TV site, 2024
IDF = {"en": ["Israel Defense Forces", "Israeli army", "IDF", "Israel"],
       "ar": ["الجيش الإسرائيلي", "جيش الاحتلال"]}
IDF_AIR = merge({"en": ["Israeli Air Force", "Israeli warplanes"],
                 "ar": ["الطيران الحربي الإسرائيلي", "غارة إسرائيلية"]}, IDF)
IDF_DRONE = merge({"en": ["Israeli drone"], "ar": ["مسيّرة إسرائيلية", "ومسيّرة"]}, IDF)
IDF_ARTILLERY = merge({"en": ["Israeli artillery"],
                       "ar": ["قصف مدفعي إسرائيلي", "المدفعية الإسرائيلية", "الجانب الإسرائيلي"]}, IDF)
IDF_JET = merge({"en": ["Israeli warplane", "Israeli Air Force"], "ar": ["طائرة حربية إسرائيلية"]}, IDF)
ISRAELI_FORCE = merge({"en": ["Israeli force", "Israeli troops"], "ar": ["قوة إسرائيلية"]}, IDF)
BLIDA_VICTIMS = merge({"en": ["residents of Blida", "a family in Blida"],
                       "ar": ["ثلاثة شهداء", "أربعة شهداء", "رجل وزوجته ونجلهما"]}, CIVILIANS)
HEZBOLLAH = {"en": ["Hezbollah", "Islamic Resistance", "Islamic Resistance in Lebanon"],
             "ar": ["«المقاومة الإسلامية»", "المقاومة الإسلامية", "حزب الله", "مقاتليها"]}
HZB_FIGHTER = merge({"en": ["Hezbollah fighter", "motorcyclist"], "ar": ["سائقها", "أحد مقاتليها"]},
                    HEZBOLLAH)
IDF_TROOPS = merge({"en": ["Israeli soldiers", "Israeli troops"],
                    "ar": ["جنود العدو", "ثكنة «برانيت»"]}, IDF)
SHEBAA_SHEPHERD = {"en": ["shepherd from Shebaa", "shepherd", "civilian"],
                   "ar": ["راعياً من بلدة شبعا", "راعياً"]}
IL_DEF_MIN = merge({"en": ["Israeli Defence Minister", "Israeli defense minister",
                           "Israeli Ministry of Defense"],
                    "ar": ["وزير الدفاع الإسرائيلي"]}, IDF)
UNIFIL = {"en": ["UNIFIL", "United Nations Interim Force in Lebanon", "UN peacekeepers", "United Nations"],
          "ar": ["قيادة «اليونيفيل»", "«اليونيفيل»", "اليونيفيل", "وفد من «اليونيفيل»"]}
ISRAEL_SIDE = merge({"en": ["Israeli side"], "ar": ["الجانب الإسرائيلي"]}, IDF)
BLIDA_MUNICIPALITY = {"en": ["Blida municipality", "municipality of Blida"], "ar": ["بلدية بليدا"]}
NAQOURA_VICTIMS = {"en": ["two people in a car", "two people"], "ar": ["شخصين", "سيارة"]}
DHAYRA_CIVILIANS = merge({"en": ["two citizens"], "ar": ["مواطنَين", "مواطنين"]}, CIVILIANS)
LB_PM = {"en": ["Lebanese caretaker Prime Minister", "Lebanese Prime Minister", "Lebanese government",
                "Lebanon"],
         "ar": ["رئيس حكومة تصريف الأعمال"]}
ISRAEL = {"en": ["Israel", "Israeli government"], "ar": ["إسرائيل"]}
SPONSORS_1701 = {"en": ["sponsors of Resolution 1701", "international community", "UN Security Council"],
                 "ar": ["الدول الراعية للقرار 1701"]}
LAF_COMMANDER = {"en": ["Lebanese Army Commander", "Lebanese Army", "Lebanese Armed Forces"],
                 "ar": ["قائد الجيش"]}

# ====================================================== places: 352
BLIDA = {"accept": ["الحي الشرقي لبلدة بليدا", "بليدا", "Blida", "Bleida", "Marjayoun"]}
BLIDA_TOWN = {"accept": ["بلدية بليدا", "بليدا", "Blida", "Bleida"]}
AITAROUN = {"accept": ["الطريق بين عيترون وبنت جبيل", "عيترون", "Aitaroun", "Aytaroun", "Bint Jbeil"]}
KFARKILA_KHIAM = {"accept": ["أطراف بلدة كفركلا", "كفركلا", "سهل الخيام", "الخيام", "Kfar Kila", "Kafr Kila",
                             "Khiam", "Marjayoun"]}
ALMA = {"accept": ["أحراج بلدة علما الشعب", "علما الشعب", "Alma al-Shaab", "Alma ash-Shaab", "Alma el-Chaab"]}
BRANIT_MARJ = {"accept": ["ثكنة «برانيت»", "برانيت", "موقع «المرج»", "المرج", "Branit", "Branit barracks",
                          "al-Marj", "Marj"]}
RAMYEH = {"accept": ["أطراف بلدة رامية", "رامية", "Ramyeh", "Ramiyeh", "Bint Jbeil"]}
SHEBAA = {"accept": ["بلدة شبعا", "شبعا", "بركة النقار", "Shebaa", "Shab'a", "Birket al-Naqar", "Hasbaya"]}
NAQOURA = {"accept": ["مدخل بلدة الناقورة", "الناقورة", "Naqoura", "al-Naqoura", "Tyre"]}
DHAYRA = {"accept": ["أطراف بلدة الضهيرة", "الضهيرة", "al-Dhayra", "Dhayra", "Duhayra", "Tyre"]}

# ============ 353: Marib, al-Wadi, al-Jufainah, al-Juba, al-Abdiyah, Harib (Yemen), pro-government site, 2021
HOUTHIS = {"en": ["Houthis", "Ansar Allah", "Houthi movement", "Houthi militia"],
           "ar": ["ميليشيا الحوثي", "جماعة الحوثي", "الميليشيا", "الجماعة", "حوثي"]}
HOUTHI_GUNMEN = merge({"en": ["Houthi gunmen"], "ar": ["مسلحي الجماعة"]}, HOUTHIS)
HOUTHI_LEADER = merge({"en": ["Houthi leader", "Houthi official"], "ar": ["قيادي في جماعة الحوثي"]}, HOUTHIS)
HOUTHI_SOURCE = merge({"en": ["Houthi military source", "al-Masirah"],
                       "ar": ["مصدر عسكري", "قناة «المسيرة»"]}, HOUTHIS)
COALITION = {"en": ["Saudi-led coalition", "Arab coalition", "coalition"],
             "ar": ["«تحالف العدوان»", "تحالف العدوان"]}
EXEC_UNIT = {"en": ["Executive Unit for IDP Camps", "Executive Unit for the Management of IDP Camps",
                    "Yemeni government"],
             "ar": ["فرق الوحدة التنفيذية لإدارة مخيمات النازحين", "الوحدة التنفيذية لإدارة مخيمات النازحين",
                    "الوحدة التنفيذية"]}
JUBA_FAMILIES = {"en": ["displaced families from al-Juba", "displaced families", "IDPs"],
                 "ar": ["نحو مئة وأربعين أسرة", "مئة وأربعين أسرة", "مئات الأسر النازحة"]}
DISPLACED_ARRIVALS = {"en": ["displaced families", "IDPs"], "ar": ["مئات الأسر النازحة", "الأسر النازحة"]}
RAWDA_IDPS = merge({"en": ["displaced people in al-Rawda camp", "IDPs"],
                    "ar": ["أربعة نازحين", "نازحين", "النازحين"]}, CIVILIANS)
KSRELIEF = {"en": ["King Salman Humanitarian Aid and Relief Centre", "KSrelief", "Saudi Arabia"],
            "ar": ["مركز الملك سلمان للإغاثة والأعمال الإنسانية", "مركز الملك سلمان"]}
NEW_IDPS = {"en": ["newly displaced families", "IDPs"], "ar": ["أربعمئة وعشرين أسرة", "النازحين الجدد"]}
IOM = {"en": ["International Organization for Migration", "IOM", "United Nations"],
       "ar": ["المنظمة الدولية للهجرة"]}
MARIB_GOVERNOR = {"en": ["Governor of Marib", "Marib governor", "Yemeni government"], "ar": ["محافظ مأرب"]}
RAWDA_RESIDENTS = {"en": ["displaced people of al-Rawda camp", "wounded", "IDPs"],
                   "ar": ["الأهالي", "جرحى القصف"]}
GOVERNOR_VISIT = merge(MARIB_GOVERNOR, RAWDA_RESIDENTS)
UN_AGENCIES = {"en": ["UN agencies", "United Nations"], "ar": ["الوكالات الأممية"]}
INTL_COMMUNITY = {"en": ["international community"], "ar": ["المجتمع الدولي"]}
YE_PM = {"en": ["Yemeni Prime Minister", "Yemeni government"], "ar": ["رئيس الوزراء"]}
PM_CALL = merge(YE_PM, MARIB_GOVERNOR)
NEW_ARRIVALS = {"en": ["newly arrived displaced families", "IDPs"], "ar": ["للواصلين حديثاً", "الأسر النازحة"]}
UN_ENVOY_YE = {"en": ["UN Special Envoy for Yemen", "United Nations"],
               "ar": ["المبعوث الأممي إلى اليمن", "المبعوث الأممي"]}
ABDIYAH_FAMILIES = {"en": ["families in al-Abdiyah", "civilians"], "ar": ["عشرات الأسر", "رجالاً منها"]}
ABDIYAH_MEN = {"en": ["men from al-Abdiyah", "civilians"], "ar": ["رجالاً منها"]}
ABDIYAH_RESIDENTS = {"en": ["residents of al-Abdiyah", "civilians"], "ar": ["السكان"]}
WFP = {"en": ["World Food Programme", "WFP", "United Nations"], "ar": ["برنامج الأغذية العالمي"]}
MARIB_TRIBES = {"en": ["Marib tribes", "tribes of Marib"], "ar": ["قبائل المحافظة"]}
HARIB_SHEPHERDS = merge({"en": ["three shepherds", "shepherds"], "ar": ["ثلاثة رعاة"]}, CIVILIANS)

# ====================================================== places: 353
MARIB_CITY = {"accept": ["مدينة مأرب", "مأرب", "Marib", "Ma'rib", "Marib city"]}
JUFAINA = {"accept": ["مخيم الجفينة", "الجفينة", "al-Jufainah", "Jufaina camp", "al-Jufaynah", "Marib"]}
JUBA_HARIB = {"accept": ["مديريتي الجوبة وحريب", "الجوبة", "حريب", "al-Juba", "Harib", "Marib"]}
JUBA = {"accept": ["الجوبة", "مديرية الجوبة", "al-Juba", "Juba district", "Marib"]}
RAWDA_CAMP = {"accept": ["مخيم الروضة", "الروضة", "مديرية الوادي", "al-Rawda camp", "al-Wadi", "Marib"]}
ABDIYAH = {"accept": ["مديرية العبدية", "قرى مديرية العبدية", "العبدية", "al-Abdiyah", "Abdiya", "Marib"]}
QANIYA = {"accept": ["منطقة قانية", "قانية", "Qaniyah", "Qani'a", "al-Bayda"]}
HARIB = {"accept": ["مركز مديرية حريب", "مديرية حريب", "حريب", "Harib", "Marib"]}

# ============ 354: Mutaybijah, Samarra, Wadi al-Shay, Hamrin, Dour, Ishaqi, Tikrit (Iraq), news wire, 2022
IRAQ_ARMY = {"en": ["Iraqi Army", "Iraqi security forces", "Iraqi Armed Forces"],
             "ar": ["الجيش العراقي", "قطعاتنا", "منتسبي الجيش", "الجيش"]}
CLASH_SIDES = merge(ISIS, IRAQ_ARMY)
ARMY_AVIATION = merge({"en": ["Iraqi Army Aviation", "Joint Operations Command"],
                       "ar": ["طيران الجيش", "قيادة العمليات المشتركة"]}, IRAQ_ARMY)
ARMY_VEHICLES = merge({"en": ["army vehicles"], "ar": ["عجلات عسكرية"]}, IRAQ_ARMY)
FED_POLICE_INTEL = {"en": ["Federal Police intelligence", "Iraqi Federal Police", "Iraqi security forces"],
                    "ar": ["قوة من استخبارات الشرطة الاتحادية", "استخبارات الشرطة الاتحادية",
                           "الشرطة الاتحادية"]}
DOUR_SUSPECTS = {"en": ["four suspects", "suspects"], "ar": ["أربعة مشتبه بهم", "مشتبه بهم"]}
PMF = {"en": ["Popular Mobilization Forces", "Popular Mobilisation Forces", "PMF", "Hashd al-Shaabi"],
       "ar": ["هيئة الحشد الشعبي", "الحشد الشعبي"]}
SAMARRA_CMD = merge({"en": ["Samarra Operations Commander", "Samarra Operations Command"],
                     "ar": ["قائد عمليات سامراء"]}, IRAQ_ARMY)
ISIS_MEN = merge({"en": ["terrorists", "ISIS militants"], "ar": ["الإرهابيين"]}, ISIS)
MUTAYBIJAH_ELDERS = {"en": ["tribal notables of Mutaybijah", "tribal elders", "tribal notables"],
                     "ar": ["وجهاء من عشائر المنطقة"]}
IQ_FEDERAL_GOV = {"en": ["Iraqi federal government", "Iraqi government", "Baghdad"],
                  "ar": ["الحكومة الاتحادية"]}
PESHMERGA = {"en": ["Peshmerga", "Kurdistan Regional Government", "Erbil"],
             "ar": ["قوات البيشمركة", "البيشمركة"]}
ARMY_PESHMERGA = merge(IRAQ_ARMY, PESHMERGA)
ARMY_PMF = merge(IRAQ_ARMY, PMF)
PMF_VICTIMS = merge({"en": ["four PMF members"], "ar": ["أربعة من عناصر الحشد الشعبي"]}, PMF)
SALAHUDDIN_GOVERNOR = {"en": ["Governor of Salahuddin", "Salah al-Din governor", "Salahuddin governorate"],
                       "ar": ["محافظ صلاح الدين"]}
TIKRIT_MEETING = merge(SALAHUDDIN_GOVERNOR, SAMARRA_CMD)

# ====================================================== places: 354
MUTAYBIJAH = {"accept": ["منطقة مطيبيجة", "مطيبيجة", "al-Mutaybijah", "Mutaybija", "Mutaibija", "Samarra"]}
WADI_SHAY_HAMRIN = {"accept": ["وادي الشاي", "تلال حمرين", "حمرين", "Wadi al-Shay", "Hamrin",
                               "Hamrin Mountains"]}
DOUR = {"accept": ["قرية بقضاء الدور", "قضاء الدور", "الدور", "al-Dour", "Ad-Dawr", "Dour"]}
ISHAQI = {"accept": ["ناحية الإسحاقي", "الإسحاقي", "al-Ishaqi", "Ishaqi", "Samarra"]}
TIKRIT = {"accept": ["تكريت", "Tikrit"]}

# ============ 355: al-Bara, Jabal al-Zawiya, Fleifel, Kafr Nabl, Jisr al-Shughur (Idlib), opp. agency, 2022
TURKISH_ARMY = {"en": ["Turkish Armed Forces", "Turkish army", "Turkish military", "Turkey"],
                "ar": ["رتل عسكري تركي", "النقاط التركية", "تعزيزات تركية"]}
FATH_MUBIN = {"en": ["al-Fath al-Mubin operations room", "Fath al-Mubin", "opposition factions",
                     "Hay'at Tahrir al-Sham"],
              "ar": ["«غرفة عمليات الفتح المبين»", "غرفة عمليات الفتح المبين"]}
ASSAD_FORCES = {"en": ["Syrian government forces", "Syrian regime forces", "Syrian army", "Assad forces"],
                "ar": ["قوات الأسد", "لقوات الأسد", "وحدات الجيش"]}
BARA_VICTIMS = merge({"en": ["three civilians", "a woman and her two children"],
                      "ar": ["ثلاثة مدنيين", "امرأة وطفلاها", "الضحايا الثلاثة"]}, CIVILIANS)
BARA_FAMILIES = {"en": ["families of al-Bara and Kansafra", "displaced families"], "ar": ["عشرات العائلات"]}
SRC = {"en": ["Syria Response Coordinators", "Response Coordinators Group"],
       "ar": ["فريق «منسقو استجابة سوريا»", "«منسقو استجابة سوريا»", "منسقو استجابة سوريا"]}
INTL_PARTIES = {"en": ["international parties", "international community"], "ar": ["الأطراف الدولية"]}
HTS = {"en": ["Hay'at Tahrir al-Sham", "HTS", "Tahrir al-Sham"],
       "ar": ["«هيئة تحرير الشام»", "هيئة تحرير الشام", "الهيئة"]}
BARA_YOUTHS = {"en": ["three young men from al-Bara", "young men"],
               "ar": ["ثلاثة شبان من أبناء البارة", "ثلاثة شبان"]}
RU_RECON = {"en": ["Russian Reconciliation Centre", "Russian Centre for Reconciliation", "Russian military",
                   "Russia"],
            "ar": ["«مركز المصالحة الروسي»", "مركز المصالحة الروسي", "القاعدة الروسية"]}
NUSRA = {"en": ["Jabhat al-Nusra", "Nusra Front", "Hay'at Tahrir al-Sham", "HTS"],
         "ar": ["مسلحي «جبهة النصرة»", "«جبهة النصرة»", "جبهة النصرة"]}
SY_CIVIL_DEFENCE = {"en": ["Syrian Civil Defence", "White Helmets"],
                    "ar": ["الدفاع المدني السوري", "المتطوعين"]}
IDLIB_ACTIVISTS = {"en": ["activists", "local coordination committees"],
                   "ar": ["ناشطين وتنسيقيات محلية", "ناشطين"]}
RU_AIR = {"en": ["Russian Air Force", "Russian warplanes", "Russia"], "ar": ["طائرات حربية روسية"]}
QUARRY_WORKERS = merge({"en": ["two workers", "quarry workers"], "ar": ["عاملين اثنين", "العاملان"]},
                       CIVILIANS)
SALVATION_MINISTER = {"en": ["Salvation Government minister of development and humanitarian affairs",
                             "Syrian Salvation Government", "Salvation Government"],
                      "ar": ["وزير التنمية والشؤون الإنسانية في «حكومة الإنقاذ»",
                             "وزير التنمية والشؤون الإنسانية", "«حكومة الإنقاذ»", "حكومة الإنقاذ"]}
BARA_DISPLACED = {"en": ["displaced families from al-Bara", "IDPs"],
                  "ar": ["عائلات نازحة من البارة", "عائلات نازحة"]}
MINISTER_VISIT = merge(SALVATION_MINISTER, BARA_DISPLACED)

# ====================================================== places: 355
JABAL_ZAWIYA = {"accept": ["جبل الزاوية", "معبر كفرلوسين", "بليون", "مرعيان", "Jabal al-Zawiya",
                           "Jabal az-Zawiyah", "Idlib"]}
KAFRNABL_HAZARIN = {"accept": ["مدينة كفرنبل", "كفرنبل", "حزارين", "Kafr Nabl", "Kafranbel", "Hazarin"]}
BARA = {"accept": ["بلدة البارة", "البارة", "al-Bara", "Al Bara", "Jabal al-Zawiya", "Idlib"]}
FLEIFEL = {"accept": ["أطراف بلدتي فليفل وسفوهن", "فليفل", "سفوهن", "الفطيرة", "Fleifel", "Sfuhun", "Fatira",
                      "Jabal al-Zawiya"]}
BARA_KANSAFRA = {"accept": ["البارة وكنصفرة", "البارة", "كنصفرة", "al-Bara", "Kansafra", "Jabal al-Zawiya"]}
IDLIB_PROTESTS = {"accept": ["مدينة إدلب", "إدلب", "جبل الزاوية", "Idlib", "Jabal al-Zawiya"]}
BARA_SURROUNDINGS = {"accept": ["محيط البارة", "البارة", "al-Bara", "Jabal al-Zawiya"]}
JISR = {"accept": ["مدينة جسر الشغور", "جسر الشغور", "Jisr al-Shughur", "Jisr ash-Shughur"]}
KAFR_LUSIN_CAMPS = {"accept": ["مخيمات قرب بلدة كفرلوسين", "كفرلوسين", "Kafr Lusin", "Kafarlusin"]}
