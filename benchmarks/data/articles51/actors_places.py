"""Accepted actor names and place names for the fifty-first team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الحكومة», «الوفد») are left out on purpose, with these
exceptions, each used only in an article where it names a single actor: «الدرك» (251, only ever the
gendarmerie), «الجماعة» and «الوزارة» (252, only ever the Muslim Brotherhood and the interior ministry),
«الحكومة», «التنظيم» and «الأركان» (254, only ever Mauritania's government, AQIM and the general staff),
«الكتائب», «الثوار» and «الحلف» (255, only ever Gaddafi's forces, the rebels and NATO).
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

# ================================================================ 251: Kabylie (an Algerian daily, 2001)
DZ_GENDARMERIE = {"en": ["Algerian Gendarmerie", "National Gendarmerie", "Gendarmerie Nationale", "gendarmes",
                         "Azazga gendarmerie brigade", "gendarmerie"],
                  "ar": ["أعوان فرقة الدرك الوطني بعزازقة", "فرقة الدرك الوطني بعزازقة", "أعوان الدرك",
                         "الدرك الوطني", "مصالح الدرك", "المجموعة الولائية للدرك", "فرقة الدرك", "فرق الدرك",
                         "الدرك"]}
AZAZGA_MARCHERS = merge({"en": ["marchers", "protesters", "demonstrators", "two young men", "young men"],
                         "ar": ["شابان", "المتظاهرين", "المشاركين في المسيرة", "الضحيتين",
                                "مجموعات من المشاغبين"]}, CIVILIANS)
NR12_YOUTHS = {"en": ["hundreds of young men", "youths", "protesters", "young men"],
               "ar": ["مئات الشبان", "الشبان"]}
LNI_RIOTERS = {"en": ["protesters", "rioters", "youths", "demonstrators"], "ar": ["محتجون", "محتجين"]}
LNI_DAIRA = {"en": ["daira headquarters", "Larbaa Nath Irathen daira", "daira building"],
             "ar": ["مقر دائرة الأربعاء ناث إيراثن", "مقر دائرة"]}
DZ_RIOT_POLICE = {"en": ["riot police", "anti-riot forces", "Algerian police", "security forces"],
                  "ar": ["قوات مكافحة الشغب"]}
AZAZGA_DETAINEES = {"en": ["fifteen young men", "young men", "detainees", "six of them"],
                    "ar": ["ما لا يقل عن خمسة عشر شاباً", "خمسة عشر شاباً", "ستة منهم"]}
LADDH = {"en": ["Algerian League for the Defence of Human Rights", "LADDH", "Algerian Human Rights League"],
         "ar": ["الرابطة الجزائرية للدفاع عن حقوق الإنسان", "الرابطة الجزائرية"]}
DZ_AUTHORITIES = {"en": ["Algerian authorities", "public authorities", "Algerian government", "Algeria"],
                  "ar": ["السلطات العمومية"]}
DZ_INTERIOR = {"en": ["Algerian Interior Ministry", "Ministry of the Interior and Local Authorities",
                      "Interior Ministry"],
               "ar": ["وزارة الداخلية والجماعات المحلية", "وزارة الداخلية"]}
DZ_ACCUSED = {"en": ["known parties hostile to stability", "agitators", "instigators"],
              "ar": ["«أطرافاً معروفة بعدائها للاستقرار»", "أطرافاً معروفة بعدائها للاستقرار", "أطرافاً معروفة"]}
YAKOUREN_MEMBER = {"en": ["member of the Yakouren village committee", "village committee member",
                          "village representative"],
                   "ar": ["عضو في لجنة قرية إعكورن", "ممثلي القرى"]}
ARCH = {"en": ["Coordination of Aarchs, Dairas and Communes", "CADC", "Aarch coordination", "Arouch",
               "Aarchs"],
        "ar": ["تنسيقية العروش والدوائر والبلديات لولاية تيزي وزو", "تنسيقية العروش والدوائر والبلديات",
               "تنسيقية العروش", "العروش"]}
TIZI_WALI = {"en": ["Wali of Tizi Ouzou", "Governor of Tizi Ouzou", "Tizi Ouzou governor", "wali"],
             "ar": ["والي الولاية", "والي ولاية تيزي وزو"]}
AMIZOUR_MARCHERS = merge({"en": ["thousands of citizens", "marchers", "protesters"],
                          "ar": ["آلاف المواطنين"]}, CIVILIANS)
AZAZGA_CHIEF = {"en": ["head of the Azazga daira", "Azazga daira chief", "chef de daira"],
                "ar": ["رئيس دائرة عزازقة"]}
AZAZGA_NOTABLES = merge({"en": ["village notables", "victims' families", "delegation of notables"],
                         "ar": ["وفداً من أعيان القرى", "أعيان القرى", "عائلتي الضحيتين"]}, CIVILIANS)
CHIEF_NOTABLES = merge(AZAZGA_CHIEF, AZAZGA_NOTABLES)
EL_KSEUR_PUPILS = merge({"en": ["high-school pupils", "pupils", "students", "fourteen pupils"],
                         "ar": ["تلاميذ الثانويات", "أربعة عشر تلميذاً", "تلميذاً"]}, CIVILIANS)
BENI_DOUALA_PUPIL = {"en": ["high-school pupil", "student", "pupil"], "ar": ["تلميذ ثانوي"]}
DZ_RED_CRESCENT = {"en": ["Algerian Red Crescent", "CRA", "Red Crescent"],
                   "ar": ["الهلال الأحمر الجزائري", "شاحنات تابعة للهلال الأحمر الجزائري"]}
AZAZGA_HOSPITAL = {"en": ["Azazga hospital", "hospital"], "ar": ["مستشفى عزازقة"]}

AZAZGA = {"accept": ["عزازقة", "مدينة عزازقة", "مقر الفرقة", "Azazga", "Azzazga"]}
TIZI_AZAZGA_ROAD = {"accept": ["الطريق الوطني رقم 12", "تيزي وزو", "عزازقة", "National Road 12", "RN12",
                               "Tizi Ouzou", "Azazga"]}
LNI = {"accept": ["الأربعاء ناث إيراثن", "مقر دائرة الأربعاء ناث إيراثن", "Larbaa Nath Irathen",
                  "Larbâa Nath Irathen", "L'Arbaa Nath Irathen", "Fort National"]}
YAKOUREN = {"accept": ["إعكورن", "قرية إعكورن", "قرى إعكورن", "Yakouren", "Yakourene", "عزازقة", "Azazga"]}
AZAZGA_YAKOUREN = place(AZAZGA, YAKOUREN)
TIZI_OUZOU = {"accept": ["تيزي وزو", "مقر الولاية", "ولاية تيزي وزو", "Tizi Ouzou", "Tizi-Ouzou"]}
AZAZGA_LNI = place(AZAZGA, LNI)
AMIZOUR = {"accept": ["أميزور", "مدينة أميزور", "بجاية", "ولاية بجاية", "Amizour", "Bejaia", "Béjaïa"]}
EL_KSEUR = {"accept": ["القصر", "بلدية القصر", "بجاية", "El Kseur", "Bejaia", "Béjaïa"]}
BENI_DOUALA = {"accept": ["بني دوالة", "Beni Douala", "Tizi Ouzou"]}

# ================================================================ 252: the Delta (an Egyptian daily, 2005)
EG_CSF = {"en": ["Central Security Forces", "Egyptian riot police", "Egyptian security forces",
                 "Egyptian police", "CSF", "security forces"],
          "ar": ["قوات الأمن المركزي", "الأمن المركزي", "قوات الأمن", "جنوداً", "قواتها", "أجهزة الأمن"]}
EG_SECURITY = merge({"en": ["Egyptian security services", "security agencies"], "ar": ["الأجهزة الأمنية"]},
                    EG_CSF)
KAFR_SAAD_VOTERS = merge({"en": ["voters", "two voters", "hundreds of citizens",
                                  "crowd at the polling station"],
                          "ar": ["ناخبان", "مئات المواطنين", "ثلاثة ناخبين", "الناخبين"]}, CIVILIANS)
BALTIM_VOTERS = merge({"en": ["voters"], "ar": ["للناخبين", "الناخبين"]}, CIVILIANS)
MUTUBAS_CLASH = {"en": ["NDP candidate's supporters", "independent candidate's supporters", "supporters",
                        "National Democratic Party supporters"],
                 "ar": ["أنصار مرشح الحزب الوطني", "أنصار مرشح مستقل", "أنصار"]}
MB = {"en": ["Muslim Brotherhood", "the Brotherhood", "Society of the Muslim Brothers", "Ikhwan"],
      "ar": ["جماعة الإخوان المسلمين", "الإخوان المسلمين", "«الإخوان»", "«عناصر من الجماعة المحظورة»",
             "الجماعة المحظورة", "الجماعة"]}
MB_DETAINEES = merge({"en": ["Brotherhood supporters", "candidates' supporters and agents",
                             "more than eighty supporters"],
                      "ar": ["أكثر من ثمانين من أنصار مرشحيها ومندوبيهم", "أنصار مرشحيها",
                             "اثنين وعشرين منهم"]}, MB)
EG_PROSECUTION = {"en": ["Public Prosecution", "Egyptian prosecution", "prosecutors"],
                  "ar": ["النيابة العامة"]}
EG_INTERIOR = {"en": ["Egyptian Interior Ministry", "Ministry of Interior", "Interior Ministry"],
               "ar": ["وزارة الداخلية", "الوزارة"]}
JUDGES_CLUB = {"en": ["Judges' Club", "Egyptian Judges Club", "Judges Club"], "ar": ["نادي القضاة"]}
SEC = {"en": ["Supreme Elections Committee", "Higher Elections Committee", "election commission"],
       "ar": ["اللجنة العليا للانتخابات"]}
MB_CANDIDATE_HOUSE = {"en": ["Brotherhood candidate", "candidate's house", "candidate's sons"],
                      "ar": ["منزل مرشح الجماعة", "مرشح الجماعة", "نجليه"]}
DAMIETTA_GOVERNOR = {"en": ["Governor of Damietta", "Damietta governor"], "ar": ["محافظ دمياط"]}
DAMIETTA_OFFICIALS = {"en": ["Damietta security director", "security chief", "MPs",
                             "People's Assembly members"],
                      "ar": ["مدير الأمن", "أعضاء مجلس الشعب عن المحافظة", "أعضاء مجلس الشعب"]}
VICTIM_FAMILIES_EG = {"en": ["families of the two dead", "victims' families"], "ar": ["أسرتي القتيلين"]}
US_STATE = {"en": ["US State Department", "United States", "US government", "Washington"],
            "ar": ["وزارة الخارجية الأمريكية", "واشنطن"]}
EG_GOV = {"en": ["Egyptian government", "Egypt", "government of Egypt"], "ar": ["الحكومة المصرية"]}
FUNERAL_MOURNERS = merge({"en": ["mourners", "thousands", "funeral marchers"], "ar": ["الآلاف", "المشيعون"]},
                         CIVILIANS)
MANSOURA_CAMPAIGN = {"en": ["Brotherhood candidate's campaign", "campaign office", "campaign staff",
                            "five campaign workers"],
                     "ar": ["مقر الحملة الانتخابية لأحد مرشحي الجماعة", "مقر الحملة الانتخابية",
                            "خمسة من العاملين فيه"]}
DOCTORS_RELIEF = {"en": ["Doctors' Syndicate relief committee", "Egyptian Medical Syndicate",
                         "Doctors Syndicate"],
                  "ar": ["لجنة الإغاثة بنقابة الأطباء", "نقابة الأطباء"]}
KAFR_SAAD_HOSPITAL = {"en": ["Kafr Saad central hospital", "hospital", "hospital administration"],
                      "ar": ["مستشفى كفر سعد المركزي", "إدارة المستشفى"]}

KAFR_SAAD = {"accept": ["كفر سعد", "مركز كفر سعد", "دائرة كفر سعد", "دمياط", "Kafr Saad", "Kafr Sa'd",
                        "Damietta"]}
BALTIM_SIDI_SALEM = {"accept": ["بلطيم", "مدينة بلطيم", "سيدي سالم", "مركز سيدي سالم", "كفر الشيخ", "Baltim",
                                "Sidi Salem", "Kafr el-Sheikh", "Kafr El Sheikh"]}
MUTUBAS = {"accept": ["مطوبس", "كفر الشيخ", "Mutubas", "Motobas", "Kafr el-Sheikh"]}
DAMIETTA_KAFR_SHEIKH = {"accept": ["محافظتي دمياط وكفر الشيخ", "دمياط", "كفر الشيخ", "Damietta",
                                   "Kafr el-Sheikh", "Kafr El Sheikh"]}
FARASKUR = {"accept": ["فارسكور", "دمياط", "Faraskur", "Fareskour", "Damietta"]}
CAIRO = {"accept": ["القاهرة", "نقابة الصحفيين", "Cairo"]}
DAMIETTA = {"accept": ["دمياط", "ديوان المحافظة", "Damietta"]}
MANSOURA = {"accept": ["المنصورة", "مدينة المنصورة", "الدقهلية", "Mansoura", "El Mansoura", "Dakahlia"]}

# ================================================================ 253: Galkayo (a Somali news site, 2016)
PUNTLAND = {"en": ["Puntland", "Puntland forces", "Puntland State", "Puntland security forces",
                   "Puntland government"],
            "ar": ["القوات التابعة لولاية بونتلاند", "قوات بونتلاند", "حكومة بونتلاند", "ولاية بونتلاند",
                   "بونتلاند"]}
GALMUDUG = {"en": ["Galmudug", "Galmudug forces", "Galmudug State", "Galmudug administration",
                   "Galmudug militia"],
            "ar": ["قوات ولاية غلمدغ", "قوات غلمدغ", "رئاسة ولاية غلمدغ", "إدارة غلمدغ", "مسلحي غلمدغ",
                   "ولاية غلمدغ", "غلمدغ"]}
GALKAYO_FIGHT = merge(PUNTLAND, GALMUDUG)
IDP_CAMP = merge({"en": ["displaced persons camp", "IDP camp", "two children", "displaced", "a woman"],
                  "ar": ["مخيم للنازحين", "طفلين", "امرأة", "سكان المخيم"]}, CIVILIANS)
GALMUDUG_MILITIA = merge(GALMUDUG, {"en": ["clan militias", "clan fighters"],
                                    "ar": ["ميليشيات عشائرية موالية لها", "ميليشيات عشائرية"]})
SO_FEDERAL = {"en": ["Federal Government of Somalia", "Somali federal government", "Somali Prime Minister",
                     "federal government", "Somalia"],
              "ar": ["رئيس الوزراء في الحكومة الفيدرالية", "الحكومة الفيدرالية", "رئيس الوزراء"]}
BOTH_SIDES_SO = merge({"en": ["both sides", "the two states"], "ar": ["الطرفين", "الولايتين"]}, GALKAYO_FIGHT)
SO_FED_DELEGATION = {"en": ["federal government delegation", "Somali government delegation",
                            "interior and defence ministers"],
                     "ar": ["وفداً حكومياً يضم وزيري الداخلية والدفاع", "وفداً حكومياً",
                            "وزيري الداخلية والدفاع"]}
GALKAYO_LEADERS = {"en": ["leaders of the two states", "clan elders", "state leaders"],
                   "ar": ["قيادات الولايتين", "أعيان العشائر"]}
SHABAAB = {"en": ["al-Shabaab", "Harakat al-Shabaab al-Mujahideen", "Al-Shabab", "Shabaab"],
           "ar": ["حركة الشباب", "مقاتلو حركة الشباب", "مقاتلون من حركة الشباب"]}
GURIEL_POLICE = {"en": ["police station", "Guriel police", "Galmudug police"], "ar": ["مركز للشرطة"]}
PUNTLAND_COMMANDER = merge({"en": ["Puntland commander in Galkayo", "Puntland commander"],
                            "ar": ["قائد قوات بونتلاند"]}, PUNTLAND)
WFP = {"en": ["World Food Programme", "WFP", "UN World Food Programme"], "ar": ["برنامج الأغذية العالمي"]}
GALKAYO_IDPS = {"en": ["displaced families", "some 2,000 displaced families", "IDPs"],
                "ar": ["نحو ألفي أسرة نازحة", "أسرة نازحة"]}
SRCS = {"en": ["Somali Red Crescent", "Somali Red Crescent Society", "SRCS"],
        "ar": ["فرق الهلال الأحمر الصومالي", "الهلال الأحمر الصومالي"]}
GALKAYO_WOUNDED = {"en": ["wounded", "dozens of wounded"], "ar": ["عشرات الجرحى"]}
CLAN_ELDERS = {"en": ["clan elders", "elders from both sides", "traditional elders"],
               "ar": ["شيوخ عشائر من الجانبين", "شيوخ عشائر"]}
GALKAYO_WOMEN = merge({"en": ["women", "hundreds of women", "protesters"], "ar": ["مئات النساء"]}, CIVILIANS)
PUNTLAND_CONVOY = merge({"en": ["Puntland military convoy", "Puntland soldiers", "three soldiers"],
                         "ar": ["قافلة عسكرية تابعة لبونتلاند", "ثلاثة جنود"]}, PUNTLAND)

GALKAYO = {"accept": ["جالكعيو", "مدينة جالكعيو", "خط التماس", "الأحياء الجنوبية", "Galkayo", "Galkacyo",
                      "Gaalkacyo", "Galcaio"]}
GALKAYO_SOUTH = place({"accept": ["الشطر الجنوبي من جالكعيو", "الشطر الجنوبي من المدينة", "الشطر الجنوبي",
                                  "South Galkayo"]}, GALKAYO)
GALKAYO_NORTH = place({"accept": ["الشطر الشمالي", "North Galkayo"]}, GALKAYO)
GALKAYO_EAST = place({"accept": ["قرية تقع على بعد عشرين كيلومتراً شرق المدينة", "شرق المدينة"]}, GALKAYO)
GURIEL = {"accept": ["جريعيل", "بلدة جريعيل", "Guriel", "Guriceel", "Guri El"]}
GALKAYO_GOLDOGOB_ROAD = {"accept": ["الطريق بين جالكعيو وجلدوجوب", "جلدوجوب", "جالكعيو", "Goldogob",
                                    "Galdogob", "Galkayo"]}

# ================================================================ 254: Mauritania (a Nouakchott site, 2009)
AQIM = {"en": ["al-Qaeda in the Islamic Maghreb", "AQIM", "al-Qaeda", "terrorist group", "attackers"],
        "ar": ["تنظيم القاعدة في بلاد المغرب الإسلامي", "القاعدة في بلاد المغرب الإسلامي", "«مجموعة إرهابية»",
               "مجموعة إرهابية", "المهاجمين", "التنظيم"]}
MR_ARMY = {"en": ["Mauritanian army", "Mauritanian Armed Forces", "national army", "army patrol",
                  "General Staff of the Armed Forces"],
           "ar": ["قيادة الأركان العامة للجيوش", "أفراد الجيش الوطني", "الجيش الوطني", "دورية عسكرية",
                  "عناصر الدورية", "وحدات من الجيش", "الأركان", "الدورية"]}
AIN_BENTILI_FIGHT = merge(AQIM, MR_ARMY)
MR_POLICE = {"en": ["Mauritanian police", "police", "security services"], "ar": ["الشرطة"]}
NKC_DETAINEES = {"en": ["seven people", "suspects", "two young men"], "ar": ["سبعة أشخاص", "شابان"]}
MR_GENDARMES = {"en": ["National Gendarmerie", "gendarmes", "gendarmerie vehicle", "two gendarmes"],
                "ar": ["سيارة تابعة للدرك الوطني", "دركيين اثنين", "الدرك الوطني"]}
FNDD = {"en": ["National Front for the Defence of Democracy", "FNDD", "opposition front"],
        "ar": ["الجبهة الوطنية للدفاع عن الديمقراطية"]}
MR_MIL_AUTH = {"en": ["military authorities", "Mauritanian army", "military leadership"],
               "ar": ["السلطات العسكرية"]}
MR_GOV = {"en": ["Mauritanian government", "government of Mauritania", "Nouakchott", "Mauritania"],
          "ar": ["الحكومة", "انواكشوط"]}
FDERIK_ENGINEERS = {"en": ["two foreign engineers", "foreign engineers", "foreign workers"],
                    "ar": ["مهندسَين أجنبيين", "العاملين الأجانب"]}
MR_PRESIDENT = {"en": ["President of Mauritania", "Mauritanian president",
                       "Higher Council of National Defence", "Mauritanian government"],
                "ar": ["رئيس الجمهورية", "المجلس الأعلى للدفاع الوطني"]}
SOLDIER_FAMILIES = {"en": ["soldiers' relatives", "families of the dead soldiers", "relatives"],
                    "ar": ["العشرات من ذوي الجنود القتلى", "ذوي الجنود القتلى", "ذوي الجنود", "وفداً منهم"]}
MR_OFFICER = {"en": ["senior officer", "army officer", "Mauritanian army"], "ar": ["ضابط كبير"]}
RFD_MPS = {"en": ["Rally of Democratic Forces MPs", "RFD", "Rally of Democratic Forces", "opposition MPs"],
           "ar": ["نواب من حزب تكتل القوى الديمقراطية", "حزب تكتل القوى الديمقراطية",
                  "تكتل القوى الديمقراطية"]}
ZOUERATE_AUTH = {"en": ["administrative authorities", "Zouerate authorities", "local authorities"],
                 "ar": ["السلطات الإدارية"]}
MR_GUARD = {"en": ["National Guard", "Mauritanian National Guard"],
            "ar": ["عناصر من الحرس الوطني", "الحرس الوطني"]}
LEMGHEITY_GARRISON = {"en": ["Lemgheity garrison", "fifteen soldiers"],
                      "ar": ["حامية لمغيطي", "خمسة عشر جندياً"]}

AIN_BENTILI = {"accept": ["عين بنتيلي", "منطقة عين بنتيلي", "تيرس زمور", "ولاية تيرس زمور", "Ain Bentili",
                          "Aïn Ben Tili", "Ain Ben Tili", "Tiris Zemmour"]}
ZOUERATE_BIR = place({"accept": ["ازويرات", "بئر أم اكرين", "Zouerate", "Zouérat", "Bir Moghrein",
                                 "Bir Mogrein"]}, AIN_BENTILI)
NOUAKCHOTT = {"accept": ["انواكشوط", "نواكشوط", "العاصمة", "مقاطعتي عرفات وتوجنين", "عرفات", "توجنين",
                         "Nouakchott", "Arafat", "Toujounine"]}
NKC_PALACE = place({"accept": ["القصر الرئاسي"]}, NOUAKCHOTT)
ADEL_BAGROU = {"accept": ["عدل بكرو", "بلدة عدل بكرو", "الحوض الشرقي", "Adel Bagrou", "Adel Bégrou",
                          "Hodh Ech Chargui", "Hodh el Chargui"]}
FDERIK = {"accept": ["إفديرك", "مدينة إفديرك", "تيرس زمور", "Fderik", "F'derik", "Fdérik", "Tiris Zemmour"]}
NORTH_ZONE = {"accept": ["المنطقة الواقعة شمال بئر أم اكرين", "شمال بئر أم اكرين", "بئر أم اكرين",
                         "تيرس زمور", "Bir Moghrein", "Tiris Zemmour"]}
ZOUERATE = {"accept": ["ازويرات", "الزويرات", "Zouerate", "Zouérat", "Zouerat"]}
LEMGHEITY = {"accept": ["لمغيطي", "Lemgheity", "Lemgheiti", "Lemghaity"]}

# ================================================================ 255: the Nafusa (a Libyan site, 2011)
GADDAFI_FORCES = {"en": ["Gaddafi forces", "Gaddafi brigades", "pro-Gaddafi forces",
                         "Libyan government forces", "Military Forces of Libya (1969-2011)"],
                  "ar": ["كتائب القذافي", "رتل للكتائب", "عناصر الكتائب", "الكتائب"]}
NALUT_CIVILIANS = merge({"en": ["four civilians", "civilians", "a child", "eastern neighbourhoods"],
                         "ar": ["أربعة مدنيين", "طفل في العاشرة", "الأحياء الشرقية لمدينة نالوت",
                                "الأحياء السكنية"]}, CIVILIANS)
LY_REBELS = {"en": ["rebels", "Libyan rebels", "revolutionaries", "anti-Gaddafi fighters", "thuwar"],
             "ar": ["الثوار", "أحد الثوار", "قائد ميداني"]}
YAFRAN_FIGHT = merge(LY_REBELS, GADDAFI_FORCES)
YAFRAN_CAPTIVES = {"en": ["three Gaddafi soldiers", "captured soldiers"], "ar": ["ثلاثة من عناصر الكتائب"]}
NATO = {"en": ["NATO", "North Atlantic Treaty Organization", "NATO aircraft", "the Alliance"],
        "ar": ["طائرات حلف شمال الأطلسي «الناتو»", "حلف شمال الأطلسي", "«الناتو»", "الناتو", "قيادة الحلف",
               "الحلف"]}
GHAZAYA_POSITIONS = merge({"en": ["Gaddafi forces' positions", "rocket launchers", "ammunition depot"],
                           "ar": ["مواقع للكتائب", "راجمتي صواريخ", "مخزناً للذخيرة"]}, GADDAFI_FORCES)
TATAOUINE_CHARITIES = {"en": ["Tunisian charities", "charities from Tataouine", "Tataouine associations"],
                       "ar": ["جمعيات خيرية من مدينة تطاوين التونسية", "جمعيات خيرية"]}
NALUT_COUNCIL = {"en": ["Nalut local council", "local council"],
                 "ar": ["المجلس المحلي لنالوت", "المجلس المحلي"]}
NALUT_MIL_COUNCIL = {"en": ["Nalut military council", "Nalut Military Council"],
                     "ar": ["المجلس العسكري لمدينة نالوت", "المجلس العسكري"]}
GADDAFI_GOV = {"en": ["Gaddafi government", "Libyan government", "Gaddafi regime", "Jamahiriya government"],
               "ar": ["متحدث باسم حكومة القذافي", "حكومة القذافي"]}
LY_REBELS_THREATENED = merge({"en": ["rebels", "armed gangs"],
                              "ar": ["«المغرّر بهم»", "المغرّر بهم", "العصابات المسلحة"]}, LY_REBELS)
NTC = {"en": ["National Transitional Council", "NTC", "Libyan National Transitional Council",
              "NTC delegation"],
       "ar": ["وفد من المجلس الوطني الانتقالي", "المجلس الوطني الانتقالي"]}
ZINTAN_MIL_COUNCIL = {"en": ["Zintan military council", "Zintan Military Council"],
                      "ar": ["أعضاءَ المجلس العسكري للمدينة", "المجلس العسكري للمدينة"]}
JADU_PROTESTERS = merge({"en": ["hundreds", "demonstrators", "Jadu residents"], "ar": ["المئات"]}, CIVILIANS)
MOUNTAIN_COUNCILS = {"en": ["military councils of the Nafusa Mountains", "Western Mountain military councils",
                            "representatives of the military councils"],
                     "ar": ["ممثلو المجالس العسكرية لمدن الجبل", "المجالس العسكرية"]}
DHEHIBA_VICTIMS = merge({"en": ["Tunisian citizen", "two houses", "Dhehiba residents"],
                         "ar": ["مواطن تونسي", "منزلين"]}, CIVILIANS)
TUNISIA = {"en": ["Tunisia", "Tunisian government", "Tunisian Foreign Ministry"], "ar": ["تونس"]}
LY_CHARGE = {"en": ["Libyan chargé d'affaires", "Libyan embassy", "Libya"], "ar": ["القائم بالأعمال الليبي"]}
NALUT_RESIDENTS = merge({"en": ["people of Nalut", "Nalut residents"], "ar": ["أهالي نالوت"]}, CIVILIANS)

NALUT = {"accept": ["نالوت", "مدينة نالوت", "الأحياء الشرقية لمدينة نالوت", "Nalut"]}
YAFRAN = {"accept": ["يفرن", "مدينة يفرن", "المدخل الشرقي لمدينة يفرن", "القواليش", "Yafran", "Yefren",
                     "Yfran"]}
GHAZAYA = {"accept": ["غزاية", "قرب غزاية", "نالوت", "Ghazaya", "Ghezaya", "Nalut"]}
WAZIN_NALUT = {"accept": ["منفذ وازن", "وازن", "نالوت", "Wazin", "Wazzin", "Nalut"]}
QALAA = {"accept": ["القلعة", "بلدة القلعة", "al-Qalaa", "Al Qalaa", "Qalaa", "Kalaa"]}
ZINTAN = {"accept": ["الزنتان", "Zintan", "Az Zintan"]}
JADU = {"accept": ["جادو", "مدينة جادو", "Jadu", "Jado"]}
DHEHIBA = {"accept": ["الذهيبة", "بلدة الذهيبة", "بلدة الذهيبة التونسية", "Dhehiba", "Dehiba"]}
NAFUSA = {"accept": ["الجبل الغربي", "Nafusa Mountains", "Western Mountains", "Jabal Nafusa"]}
