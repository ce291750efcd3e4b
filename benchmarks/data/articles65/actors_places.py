"""Accepted actor names and place names for the sixty-fifth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الحكومة», «الوفد») are left out on purpose, with these
exceptions, each used only in an article where it names a single actor:
- 321: «القافلة», «سائقها», «المشفى», «التلاميذ» and «ممرض» (only ever the aid convoy hit near Mhambal and its
  driver, the hospital of Darkush in the rumour, the pupils of the Kansafra school and the nurse killed in
  al-Bara);
- 322: «المرتزقة», «الأهالي» and «القيادي المعتقل» (in the agency's words «المرتزقة» is only ever ISIS; the
  residents gathered in al-Busayrah; the ISIS leader arrested in Dhiban);
- 323: «الفصائل», «مقاتلوها», «اللجنة», «الجانبان» and «جيشه» (only ever the Quneitra opposition factions and
  their fighters, the opposition negotiating committee, the notables of Hadar and Jubata al-Khashab, and the
  Israeli army in the minister's warning);
- 324: «المرتزقة», «العدو», «الوسطاء» and «مواطنين» (in the Houthi-run agency's words «المرتزقة» is only
  ever the pro-government forces — not ISIS, as in 322 —, «العدو» the coalition and its allies; the Jabal
  Habashi mediators; the dead of al-Hawban);
- 325: «الطرفين», «طرفي النزاع», «الغرفة الأمنية», «القوة الثالثة» and «شاب» (only ever the two sides of the
  Sabha fighting, the Joint Security Room, Misrata's Third Force, and, in ¶12, the young man killed at
  Murzuq).
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

# ========================== 321: Ariha, Mhambal, Kansafra, Darkush, al-Bara (an Idlib opposition site, 2021)
SY_FORCES_2021 = {"en": ["Syrian government forces", "Syrian regime forces", "Syrian army", "Assad forces",
                         "Syrian Arab Army"],
                  "ar": ["قوات النظام السوري", "قوات النظام", "وحدات الجيش"]}
ARIHA_VICTIMS = merge({"en": ["civilians in Ariha's vegetable market", "market-goers", "farmers and vendors"],
                       "ar": ["ستة مدنيين", "ضحايا سوق الهال"]}, CIVILIANS)
AID_CONVOY = {"en": ["aid convoy of Sanabel al-Khair", "humanitarian aid convoy", "aid truck and its driver",
                     "Sanabel al-Khair", "aid workers"],
              "ar": ["قافلة مساعدات إنسانية", "شاحنة ضمن قافلة مساعدات إنسانية", "القافلة", "سائقها",
                     "منظمة «سنابل الخير» المحلية", "سنابل الخير"]}
KANSAFRA_SCHOOL = {"en": ["primary school in Kansafra", "school", "pupils"],
                   "ar": ["مدرسة ابتدائية في بلدة كنصفرة", "مدرسة ابتدائية", "التلاميذ"]}
DARKUSH_HOSPITAL = {"en": ["hospital in Darkush", "Darkush hospital", "hospital"],
                    "ar": ["مشفى في بلدة دركوش", "المشفى"]}
RU_AIR = {"en": ["Russian air force", "Russian warplanes", "Russian aircraft", "Russia"],
          "ar": ["الطيران الروسي", "للطيران الروسي"]}
IDLIB_HEALTH = {"en": ["Idlib Health Directorate", "Free Idlib Health Directorate", "health directorate"],
                "ar": ["مديرية صحة إدلب", "مديرية الصحة"]}
REGIME_RUSSIA = {"en": ["Syrian regime forces and Russia", "Syrian government forces", "Syrian regime",
                        "Russia"],
                 "ar": ["قوات النظام وحليفتها روسيا", "قوات النظام", "روسيا"]}
UN_WHO = {"en": ["United Nations", "UN", "World Health Organization", "WHO"],
          "ar": ["الأمم المتحدة ومنظمة الصحة العالمية", "الأمم المتحدة", "منظمة الصحة العالمية"]}
SY_MIL_SOURCE = {"en": ["Syrian military source", "Syrian army", "SANA"],
                 "ar": ["مصدر عسكري", "وحدات الجيش"]}
TERRORISTS_2021 = {"en": ["terrorist organisations", "armed opposition groups", "rebels", "jihadists"],
                   "ar": ["«التنظيمات الإرهابية»", "التنظيمات الإرهابية"]}
FATH_MUBIN = {"en": ["al-Fateh al-Mubin operations room", "Fath al-Mubin", "Hay'at Tahrir al-Sham", "HTS",
                     "National Liberation Front", "NLF", "rebels"],
              "ar": ["غرفة عمليات «الفتح المبين»", "«الفتح المبين»", "الفتح المبين", "«هيئة تحرير الشام»",
                     "هيئة تحرير الشام", "«الجبهة الوطنية للتحرير»"]}
REGIME_POSITIONS = {"en": ["Syrian government forces' positions", "Syrian regime forces", "Syrian army"],
                    "ar": ["مواقع لقوات النظام", "قوات النظام"]}
UN_DRHC = {"en": ["UN Deputy Regional Humanitarian Coordinator for the Syria crisis",
                  "UN humanitarian coordinator", "United Nations", "OCHA"],
           "ar": ["نائب المنسق الإقليمي للشؤون الإنسانية للأزمة السورية", "نائب المنسق الإقليمي"]}
UN_CONVOY = {"en": ["United Nations", "UN", "UN agencies", "UN cross-border convoy"],
             "ar": ["قافلة أممية"]}
BARA_NURSE = {"en": ["nurse of the health centre in al-Bara", "nurse", "medical worker", "health centre"],
              "ar": ["ممرض", "مركزاً صحياً"]}
RUSSIA_TURKEY = {"en": ["Russia and Turkey", "Russia", "Turkey"], "ar": ["روسيا وتركيا"]}
IDLIB_MEDICS = {"en": ["doctors, nurses and paramedics", "medical workers", "health workers", "protesters"],
                "ar": ["عشرات الأطباء والممرضين والمسعفين", "الأطباء والممرضين والمسعفين"]}
INTL_ORGS = {"en": ["international organisations", "donor organisations", "international NGOs"],
             "ar": ["المنظمات الدولية الداعمة", "المنظمات الدولية"]}

# ====================================================== places: 321
ARIHA_MARKET = {"accept": ["سوق الهال وسط مدينة أريحا", "سوق الهال", "مدينة أريحا", "أريحا", "Ariha",
                           "Ariha vegetable market", "Areeha"]}
M4_MHAMBAL = {"accept": ["الطريق الدولي حلب – اللاذقية (M4) قرب بلدة محمبل", "بلدة محمبل", "محمبل",
                         "الطريق الدولي حلب – اللاذقية", "Mhambal", "Muhambal", "M4 highway", "M4"]}
KANSAFRA = {"accept": ["بلدة كنصفرة", "كنصفرة", "جبل الزاوية", "Kansafra", "Kansafrah", "Jabal al-Zawiya"]}
DARKUSH = {"accept": ["بلدة دركوش", "دركوش", "Darkush", "Darkoush", "Jisr al-Shughur"]}
KAFR_NABL = {"accept": ["بلدتي كفرنبل وحزارين", "كفرنبل", "حزارين", "Kafr Nabl", "Kafranbel", "Hazarin"]}
BAB_AL_HAWA = {"accept": ["معبر باب الهوى الحدودي", "معبر باب الهوى", "باب الهوى", "Bab al-Hawa",
                          "Bab al-Hawa crossing"]}
AL_BARA = {"accept": ["بلدة البارة", "البارة", "al-Bara", "Al Bara", "Bara"]}
MOSCOW = {"accept": ["موسكو", "Moscow"]}
IDLIB_CITY = {"accept": ["مبنى مديرية الصحة في مدينة إدلب", "مدينة إدلب", "إدلب", "Idlib", "Idlib city"]}

# ================ 322: al-Shuhayl, Dhiban, al-Tayyana, al-Busayrah, Hajin (a north-east Syrian agency, 2022)
SDF = {"en": ["Syrian Democratic Forces", "SDF", "QSD"],
       "ar": ["قوات سوريا الديمقراطية (قسد)", "قوات سوريا الديمقراطية", "قسد", "المركز الإعلامي لقسد"]}
DZ_MC = {"en": ["Deir ez-Zor Military Council", "Deir al-Zour Military Council", "DMC", "SDF"],
         "ar": ["مجلس دير الزور العسكري", "مقاتلين من مجلس دير الزور العسكري", "المركز الإعلامي للمجلس"]}
ISIS_CELLS = {"en": ["Islamic State cells", "ISIS cells", "ISIS", "IS", "ISIL", "Daesh"],
              "ar": ["خلايا تابعة لمرتزقة داعش", "خلايا داعش", "مرتزقة داعش", "خلايا المرتزقة", "داعش",
                     "المرتزقة"]}
SHUHAYL_FIGHT = merge(DZ_MC, ISIS_CELLS)
DHIBAN_LEADER = {"en": ["ISIS leader", "ISIS financier", "Islamic State commander", "detained ISIS leader"],
                 "ar": ["قيادياً في المرتزقة", "القيادي المعتقل في ذيبان", "القيادي المعتقل"]}
INTL_COALITION = {"en": ["US-led coalition", "International Coalition", "Global Coalition against Daesh",
                    "coalition helicopters"],
             "ar": ["مروحيات التحالف الدولي لمحاربة داعش", "التحالف الدولي لمحاربة داعش", "التحالف الدولي"]}
ASAYISH = {"en": ["Internal Security Forces", "Asayish", "internal security"],
           "ar": ["قوى الأمن الداخلي"]}
AANES_STAFF = {"en": ["employees of the Autonomous Administration and oil traders",
                      "Autonomous Administration employees", "oil traders"],
               "ar": ["العاملين في مؤسسات الإدارة الذاتية وتجار النفط المتعاملين معها",
                      "العاملين في مؤسسات الإدارة الذاتية", "تجار النفط"]}
DZ_MC_COMMANDER = {"en": ["commander of the Deir ez-Zor Military Council", "Deir ez-Zor Military Council",
                          "SDF"],
                   "ar": ["قائد مجلس دير الزور العسكري", "مجلس دير الزور العسكري"]}
IRAN_MILITIAS = {"en": ["Iran-backed militias", "Iranian militias", "pro-Iranian militias",
                        "Iran-backed groups"],
                 "ar": ["الميليشيات التابعة لإيران", "مواقع الميليشيات التابعة لإيران"]}
BUSAYRAH_PROTESTERS = {"en": ["residents of al-Busayrah", "protesters", "locals"],
                       "ar": ["عشرات من الأهالي", "الأهالي"]}
DZ_CIVIL_COUNCIL = {"en": ["Deir ez-Zor Civil Council", "Deir al-Zour Civil Council", "civil council"],
                    "ar": ["مجلس دير الزور المدني", "الرئاسة المشتركة للمجلس"]}
DZ_TRIBES = {"en": ["tribal sheikhs and notables", "tribal elders", "tribal figures"],
             "ar": ["شيوخ العشائر ووجهائها", "شخصية عشائرية"]}
KISHKIYAH_VICTIM = {"en": ["member of the al-Kishkiyah local council", "local council member",
                           "local official"],
                    "ar": ["عضو في المجلس المحلي لبلدة الكشكية", "عضو في المجلس المحلي"]}
KISHKIYAH_KILLERS = merge(UNKNOWN, {"en": ["ISIS cells", "ISIS"],
                                    "ar": ["مسلحَين مجهولَين", "خلايا داعش"]})
SDF_COALITION = merge(SDF, INTL_COALITION)

# ====================================================== places: 322
SHUHAYL = {"accept": ["المدخل الشمالي لبلدة الشحيل", "بلدة الشحيل", "الشحيل", "al-Shuhayl", "Shuhayl",
                      "al-Shheil", "Al Shuhail"]}
DHIBAN = {"accept": ["بلدة ذيبان", "ذيبان", "Dhiban", "Thiban", "Diban"]}
SUWAR = {"accept": ["بلدة الصور", "الصور", "al-Suwar", "al-Sour", "Suwar"]}
TAYYANA = {"accept": ["بلدة الطيانة", "الطيانة", "al-Tayyana", "Tayana", "al-Tayanah"]}
BUSAYRAH = {"accept": ["مبنى المجلس المحلي", "مدينة البصيرة", "البصيرة", "al-Busayrah", "Busayrah",
                       "al-Busaira"]}
HAJIN = {"accept": ["بلدة هجين", "هجين", "Hajin", "Hajjin"]}
DHIBAN_HAWAYIJ = {"accept": ["أراضٍ زراعية بين ذيبان والحوايج", "ذيبان", "الحوايج", "Dhiban", "Thiban",
                             "al-Hawayij"]}
KISHKIYAH = {"accept": ["بلدة الكشكية", "الكشكية", "al-Kishkiyah", "Kishkiyeh", "al-Kashkiyah"]}
BAGHOUZ = {"accept": ["بلدة الباغوز", "الباغوز", "al-Baghuz", "Baghouz"]}

# ============== 323: Madinat al-Baath, Masharah, Tal Kroum, Jubata al-Khashab, Hadar (a pan-Arab daily, 2018)
QUN_FACTIONS = {"en": ["Quneitra opposition factions", "rebel factions", "Southern Front", "Free Syrian Army",
                       "armed opposition"],
                "ar": ["فصائل المعارضة في محافظة القنيطرة", "فصائل المعارضة", "فصائل «الجبهة الجنوبية»",
                       "الجبهة الجنوبية", "الفصائل", "مقاتلوها"]}
RU_SIDE = {"en": ["Russia", "Russian military", "Russian side", "Russian officers", "Russian military police",
                  "Russian Reconciliation Centre"],
           "ar": ["الجانب الروسي", "الضابط الروسي المكلف بالملف", "الضابط الروسي",
                  "ضباط الشرطة العسكرية الروسية", "الشرطة العسكرية الروسية",
                  "مركز المصالحة الروسي في قاعدة حميميم", "مركز المصالحة الروسي"]}
QUN_COMMITTEE = {"en": ["Quneitra negotiating committee", "opposition negotiating committee",
                        "negotiating committee"],
                 "ar": ["لجنة التفاوض عن المحافظة", "لجنة التفاوض", "اللجنة", "الوفد الموحد"]}
QUN_TALKS = merge(QUN_COMMITTEE, QUN_FACTIONS, RU_SIDE)
QUN_DEAL = merge(QUN_FACTIONS, RU_SIDE)
SY_FORCES_2018 = {"en": ["Syrian government forces", "Syrian regime forces", "Syrian army"],
                  "ar": ["قوات النظام السوري", "وحدات من قوات النظام", "قوات النظام"]}
MASHARAH_VICTIMS = merge({"en": ["civilians in Masharah", "children of one family"],
                          "ar": ["خمسة مدنيين", "ثلاثة أطفال من عائلة واحدة"]}, CIVILIANS)
RU_AIR_2018 = {"en": ["Russian air force", "Russian warplanes", "Russia"],
               "ar": ["الطيران الروسي", "للطيران الروسي"]}
JUBATA_NOTABLES = {"en": ["notables of Jubata al-Khashab", "Jubata al-Khashab notables"],
                   "ar": ["وجهاء من بلدة جباتا الخشب"]}
SY_MIL_SECURITY = {"en": ["Syrian Military Security", "Military Intelligence", "Syrian government"],
                   "ar": ["ضباط في الأمن العسكري", "الأمن العسكري"]}
JUBATA_DEAL = merge(JUBATA_NOTABLES, SY_MIL_SECURITY)
BIR_AJAM_FACTION = {"en": ["local faction in Bir Ajam", "rebel faction", "local rebel group"],
                    "ar": ["فصيل محلي ينشط في بلدة بئر عجم", "فصيل محلي"]}
ISRAEL_DM = {"en": ["Israeli Defence Minister", "Israel", "Israeli government", "Israeli army"],
             "ar": ["وزير الدفاع الإسرائيلي", "جيشه"]}
IRAN_HEZBOLLAH = {"en": ["Iran", "Hezbollah", "Iranian forces", "Iran and Hezbollah"],
                  "ar": ["إيراني", "حزب الله"]}
ISRAEL_SYRIA = {"en": ["Israel and Syria", "Israel", "Syria"], "ar": ["اتفاق عام 1974"]}
QUN_EVACUEES = {"en": ["fighters and their families", "rebels refusing the settlement", "evacuees"],
                "ar": ["مقاتلين وعائلاتهم", "نحو ألفي شخص"]}
HADAR_JUBATA = {"en": ["notables of Hadar and Jubata al-Khashab", "notables of Hadar",
                       "notables of Jubata al-Khashab", "tribal mediators"],
                "ar": ["وجهاء من بلدة حضر وآخرون من بلدة جباتا الخشب", "وجهاء من بلدة حضر", "الجانبان"]}
TRIBAL_MEDIATORS = {"en": ["tribal sheikhs", "mediators", "tribal elders"], "ar": ["شيوخ من عشائر المنطقة"]}
NAWA_VICTIMS = merge({"en": ["three civilians in Nawa"], "ar": ["ثلاثة مدنيين"]}, CIVILIANS)
DARAA_EAST = {"en": ["towns of eastern Daraa", "Daraa rebels"], "ar": ["بلدات ريف درعا الشرقي"]}

# ====================================================== places: 323
MADINAT_BAATH = {"accept": ["مدينة البعث", "Madinat al-Baath", "al-Baath city", "Baath City", "Quneitra"]}
MASHARAH = {"accept": ["بلدة مسحرة", "مسحرة", "تل مسحرة", "Masharah", "Mashara", "Masshara", "Tal Masharah"]}
SAMDANIYAH = {"accept": ["مفرق قرية الصمدانية الغربية", "الصمدانية الغربية", "al-Samdaniyah al-Gharbiyah",
                         "Samdaniyah", "Samadaniyah"]}
TAL_KROUM = {"accept": ["تل كروم جبا", "تل كروم", "Tal Kroum Jaba", "Tell Kroum", "Tal Kroum"]}
JUBATA = {"accept": ["بلدة جباتا الخشب", "جباتا الخشب", "Jubata al-Khashab", "Jabata al-Khashab"]}
BIR_AJAM = {"accept": ["بلدة بئر عجم", "بئر عجم", "Bir Ajam", "Beer Ajam"]}
UMM_BATINAH = {"accept": ["نقطة تجمع قرب بلدة أم باطنة", "بلدة أم باطنة", "أم باطنة", "Umm Batinah",
                          "Umm Batna"]}
TARANJAH = {"accept": ["قرية طرنجة", "طرنجة", "Taranjah", "Tranja", "Turunjah"]}
QUNEITRA = {"accept": ["ريف القنيطرة", "محافظة القنيطرة", "القنيطرة", "Quneitra", "Quneitra countryside"]}
GOLAN_LINE = {"accept": ["خط فض الاشتباك", "الجولان", "Golan Heights", "Golan", "disengagement line"]}
NAWA = {"accept": ["بلدة نوى", "نوى", "Nawa", "Nawa, Daraa"]}
DARAA_EAST_PLACE = {"accept": ["ريف درعا الشرقي", "Daraa countryside", "eastern Daraa", "Daraa"]}

# ================ 324: al-Hawban, Tha'bat, Hayfan, al-Hawjala, al-Shuraija (a Houthi-run Yemeni agency, 2016)
HOUTHI_FORCES = {"en": ["Houthi forces", "Houthis", "Ansar Allah", "army and Popular Committees",
                        "Houthi-Saleh forces"],
                 "ar": ["الجيش واللجان الشعبية", "أبطال الجيش واللجان الشعبية", "الجيش واللجان"]}
YE_GOV_FORCES = {"en": ["pro-government forces", "Yemeni government forces", "Hadi forces",
                        "Popular Resistance", "coalition-backed forces"],
                 "ar": ["مرتزقة العدوان السعودي الأمريكي", "مرتزقة العدوان", "المرتزقة"]}
THABAT_FIGHT = merge(HOUTHI_FORCES, YE_GOV_FORCES)
HAWBAN_VICTIMS = merge({"en": ["residents of al-Hawban", "two neighbouring families"],
                        "ar": ["ستة مواطنين", "مواطنين", "أسرتين متجاورتين"]}, CIVILIANS)
COALITION_AIR = {"en": ["Saudi-led coalition", "Saudi-led coalition aircraft", "coalition air force",
                        "coalition warplanes"],
                 "ar": ["طيران العدوان", "تحالف العدوان"]}
HOUTHI_DELEGATION = {"en": ["Houthi delegation to the Kuwait talks", "head of the Houthi delegation",
                            "Houthis", "Ansar Allah"],
                     "ar": ["رئيس الوفد الوطني المشارك في مشاورات الكويت", "رئيس الوفد الوطني",
                            "الوفد الوطني"]}
SAUDI_COALITION = {"en": ["Saudi-led coalition", "Arab coalition", "Saudi Arabia"],
             "ar": ["تحالف العدوان", "العدوان السعودي الأمريكي"]}
UN_YE = {"en": ["United Nations", "UN", "UN envoy to Yemen"], "ar": ["الأمم المتحدة", "المبعوث الأممي"]}
HOUTHI_MIL_SOURCE = {"en": ["Houthi military source", "Houthi forces", "army and Popular Committees"],
                     "ar": ["المصدر العسكري", "مصدر عسكري"]}
ENEMY_YE = {"en": ["Saudi-led coalition", "pro-government forces", "the enemy"], "ar": ["العدو"]}
RIYADH_DELEGATION = {"en": ["Yemeni government delegation", "government delegation", "Riyadh delegation"],
                     "ar": ["وفد الرياض"]}
KUWAIT_TALKS = merge(HOUTHI_DELEGATION, RIYADH_DELEGATION)
TAAZIYAH_PEOPLE = {"en": ["people of al-Ta'iziyah district", "residents of al-Taiziyah", "protesters"],
                   "ar": ["أبناء مديرية التعزية", "المشاركون فيها"]}
INTL_COMMUNITY = {"en": ["international community", "United Nations"], "ar": ["المجتمع الدولي"]}
SWAP_SIDES = merge(HOUTHI_FORCES, YE_GOV_FORCES)
HABASHI_MEDIATORS = {"en": ["notables of Jabal Habashi", "local mediators", "mediators"],
                     "ar": ["وجهاء من مديرية جبل حبشي", "الوسطاء"]}
SHURAIJA_VICTIMS = merge({"en": ["two men in a civilian car", "passengers of a car"],
                          "ar": ["سيارة مواطن", "شخصين"]}, CIVILIANS)
TAIZ_HEALTH = {"en": ["Taiz health office", "Houthi-run health office in Taiz", "health office"],
               "ar": ["مكتب الصحة في المحافظة", "مكتب الصحة"]}
INTL_ORGS_YE = {"en": ["international organisations working in Yemen", "international organisations",
                       "aid agencies"],
                "ar": ["المنظمات الدولية العاملة في اليمن", "المنظمات الدولية"]}

# ====================================================== places: 324
HAWBAN = {"accept": ["حي سكني في منطقة الحوبان", "منطقة الحوبان", "الحوبان", "al-Hawban", "Hawban",
                     "al-Hoban", "Taiz"]}
THABAT = {"accept": ["جبهة ثعبات", "ثعبات", "Tha'bat", "Thabat", "Tha'abat"]}
HAYFAN = {"accept": ["منطقة الأحكوم في مديرية حيفان", "الأحكوم", "مديرية حيفان", "حيفان", "Hayfan",
                     "al-Ahkum", "Hifan"]}
HAWJALA = {"accept": ["منطقة الحوجلة غربي المدينة", "منطقة الحوجلة", "الحوجلة", "al-Hawjala", "Hawjalah",
                      "Taiz"]}
DHABAB = {"accept": ["منطقة الضباب", "الضباب", "al-Dhabab", "Dhabab", "al-Dabab"]}
KUWAIT = {"accept": ["دولة الكويت", "الكويت", "Kuwait", "Kuwait City"]}
SHURAIJA = {"accept": ["منطقة الشريجة بمديرية القبيطة في محافظة لحج", "منطقة الشريجة", "الشريجة",
                       "مديرية القبيطة", "al-Shuraija", "Shuraija", "al-Qabbaytah", "Lahj"]}

# ================ 325: Sabha (al-Tayouri), Tamanhint, the Sabha–Ubari road, Murzuq (a Fezzan news page, 2014)
TAYOURI_FIGHT = {"en": ["armed men of both sides", "tribal gunmen", "rival armed groups", "militias"],
                 "ar": ["مسلحين من طرفي النزاع", "طرفي النزاع"]}
ELDERS = {"en": ["delegation of notables and elders of Zintan, Ghat and Ubari", "notables and elders",
                 "elders' delegation", "mediators"],
          "ar": ["وفد من أعيان وحكماء مدن الزنتان وغات وأوباري", "وفد من الأعيان", "وفد الأعيان",
                 "رئيس وفد الأعيان"]}
SIDES_REPS = {"en": ["representatives of both sides", "both sides", "the two parties"],
              "ar": ["ممثلين عن طرفي النزاع", "طرفي النزاع", "الطرفين"]}
SABHA_TRUCE = {"en": ["parties to the Sabha conflict", "tribal elders", "government"],
               "ar": ["طرفي النزاع"]}
THIRD_FORCE = {"en": ["Third Force", "Misrata's Third Force", "Libyan army General Staff units"],
               "ar": ["وحدات من «القوة الثالثة»", "«القوة الثالثة»", "القوة الثالثة"]}
GADDAFI_LOYALISTS = {"en": ["Gaddafi loyalists", "supporters of the former regime", "pro-Gaddafi gunmen"],
                     "ar": ["مسلحين موالين للنظام السابق", "موالين للنظام السابق"]}
SABHA_UBARI_DRIVERS = {"en": ["fuel truck driver and his assistant", "truck driver", "civilians"],
                       "ar": ["سائق شاحنة محمّلة بالوقود ومساعده", "سائق شاحنة"]}
JSR = {"en": ["Sabha Joint Security Room", "Joint Security Room", "security room"],
       "ar": ["الغرفة الأمنية المشتركة", "آمر الغرفة الأمنية المشتركة", "الغرفة الأمنية"]}
TRUCE_BREAKERS = {"en": ["truce violators", "those who break the truce", "gunmen"],
                  "ar": ["كل من يخرق الهدنة", "المتورطين في اشتباكات الطيوري"]}
GNC = {"en": ["General National Congress", "GNC", "Libyan parliament"], "ar": ["المؤتمر الوطني العام"]}
GNC_DELEGATION = merge({"en": ["GNC delegation", "Deputy Interior Minister"],
                        "ar": ["وفد من المؤتمر الوطني العام", "وكيل لوزارة الداخلية"]}, GNC)
SABHA_LOCALS = {"en": ["Sabha local council and notables", "Sabha local council", "local notables"],
                "ar": ["أعضاء المجلس المحلي والأعيان", "المجلس المحلي"]}
TAYOURI_RESIDENTS = {"en": ["residents of al-Tayouri", "al-Tayouri residents", "protesters"],
                     "ar": ["عشرات من أهالي حي الطيوري", "أهالي حي الطيوري"]}
MURZUQ_VICTIM = {"en": ["young man", "civilian"], "ar": ["شاب"]}
SABHA_DETAINEES = {"en": ["three young men", "detainees", "suspects"], "ar": ["ثلاثة شبان"]}

# ====================================================== places: 325
TAYOURI = {"accept": ["حي الطيوري جنوبي مدينة سبها", "حي الطيوري", "الطيوري", "al-Tayouri", "Tayouri",
                      "al-Tyouri", "Sabha"]}
SABHA_COUNCIL_HQ = {"accept": ["مقر المجلس المحلي", "سبها", "Sabha", "Sebha"]}
SABHA = {"accept": ["مدينة سبها", "سبها", "Sabha", "Sebha"]}
SABHA_CASTLE = {"accept": ["محيط القلعة", "القلعة", "سبها", "Sabha castle", "Sabha", "Sebha"]}
TAMANHINT = {"accept": ["قاعدة تمنهنت الجوية", "تمنهنت", "Tamanhint", "Tamanhint air base",
                        "Tamenhint"]}
SABHA_UBARI_ROAD = {"accept": ["الطريق الرابط بين سبها وأوباري", "أوباري", "Sabha–Ubari road", "Ubari",
                               "Awbari"]}
MURZUQ = {"accept": ["بوابة أمنية على مدخل مدينة مرزق", "مدينة مرزق", "مرزق", "Murzuq", "Murzuk"]}
LIBYA_SOUTH_BORDER = {"accept": ["الحدود الجنوبية", "southern borders", "Libya's southern border"]}
