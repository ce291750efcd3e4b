"""Accepted actor names and place names for the seventy-sixth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الحكومة», «الوفد») are left out on purpose, with these
exceptions, each used only in an article where it names a single actor:
- 376: «قسد» (only ever the SDF), «الأطفال» (the three children of the main event), «المجلس المدني» (the Deir
  ez-Zor Civil Council), «ناشطون» (the activists of Hajin);
- 377: «المحافظ» (only ever the governor of Tartus), «قيادة الشرطة» (the Tartus police command), «العائلة»
  and «القتلة» (the victims' family and the gunmen, in the paragraphs that name them), «شاب» (the young man
  killed, in the main event's paragraphs);
- 378: «النزلاء» and «المضربين» (the inmates of Samarra prison), «القوة» (the Emergency Police force of the
  main event), «السلطات» and «إدارة السجن» (the prison authorities), «المعتصمين» (the families' sit-in);
- 379: «الحزب» (only ever Hezbollah), «النصرة» (only ever Jabhat al-Nusra), «للجيش» and «وحدات الجيش» (the
  Lebanese army, in the paragraphs where no other army is named);
- 380: «المهاجمين» (the attackers of the checkpoint), «الاتحاد» (the Union of Sinai Tribes), «المشايخ» (the
  tribal sheikhs' committee), «الجمعية» (the Egyptian Red Crescent).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge

# ====================================================== 376: Hajin, al-Baghuz, al-Susah, al-Sha'fah
# (Abu Kamal countryside, Deir ez-Zor; 2022)
SDF = {"en": ["Syrian Democratic Forces", "SDF", "QSD"],
       "ar": ["قوات سوريا الديمقراطية", "«قسد»", "قسد"]}
SDF_ENGINEERS = merge({"en": ["SDF engineering teams", "SDF engineers", "SDF demining teams"],
                       "ar": ["فرق الهندسة التابعة لـ«قوات سوريا الديمقراطية»", "فرق الهندسة",
                              "وحدات الهندسة", "عناصر الهندسة"]}, SDF)
HAJIN_CHILDREN = {"en": ["three children", "children", "civilians", "child shepherds"],
                  "ar": ["ثلاثة أطفال من عائلة واحدة", "ثلاثة أطفال", "الأطفال الثلاثة", "الأطفال"]}
DEZ_MIL_COUNCIL = merge({"en": ["Deir ez-Zor Military Council", "DMC"],
                         "ar": ["المتحدث باسم مجلس دير الزور العسكري", "مجلس دير الزور العسكري"]}, SDF)
ISIS_CELLS = {"en": ["Islamic State", "ISIS", "ISIS cells", "IS", "Daesh"],
              "ar": ["خلايا تنظيم «داعش»", "تنظيم «داعش»", "«داعش»", "داعش"]}
HAJIN_ACTIVISTS = {"en": ["local activists", "activists from Hajin"],
                   "ar": ["ناشطون من أبناء المنطقة", "ناشطون"]}
DEZ_CIVIL_COUNCIL = {"en": ["Deir ez-Zor Civil Council", "Autonomous Administration of North and East Syria",
                            "AANES"],
                     "ar": ["الرئيس المشترك لمجلس دير الزور المدني", "مجلس دير الزور المدني",
                            "المجلس المدني"]}
CHILDREN_FAMILY = {"en": ["the children's families", "victims' relatives", "clan notables"],
                   "ar": ["ذويهم", "وجهاء من عشيرة الأطفال", "ذوي الأطفال"]}
HERDERS = {"en": ["shepherds", "herders", "livestock breeders"],
           "ar": ["مربي الأغنام", "المخالفين"]}
ARD_AMINA = {"en": ["Ard Amina", "Safe Land", "local demining awareness NGO"],
             "ar": ["منظمة «أرض آمنة»", "أرض آمنة"]}
INTL_ORGS = {"en": ["international organisations", "international NGOs", "donors"],
             "ar": ["المنظمات الدولية"]}
COALITION = {"en": ["International Coalition", "US-led coalition", "Global Coalition against Daesh",
                    "CJTF-OIR"],
             "ar": ["التحالف الدولي"]}
COALITION_SDF = merge(COALITION, SDF)
SUSAH_FAMILIES = {"en": ["families of mine victims", "victims' families"],
                  "ar": ["عائلات ضحايا انفجار مماثل", "عائلات ضحايا"]}
SHAFAH_MEN = {"en": ["two men from al-Sha'fah", "truffle gatherers", "civilians"],
              "ar": ["رجلان من بلدة الشعفة", "رجلان"]}

# ====================================================== places: 376
BAGHUZ_SUSAH_ROAD = {"accept": ["الباغوز", "السوسة", "al-Baghuz", "Baghuz", "Baghouz", "al-Susah", "Susah",
                                "Sousa"]}
HAJIN_DESERT = {"accept": ["بادية بلدة هجين", "بادية هجين", "هجين", "Hajin", "Hajjin", "Hajin desert"]}
HAJIN = {"accept": ["هجين", "Hajin", "Hajjin"]}
HAJIN_BAGHUZ_STRIP = {"accept": ["هجين", "الباغوز", "Hajin", "Hajjin", "al-Baghuz", "Baghuz"]}
SHAFAH = {"accept": ["الشعفة", "al-Sha'fah", "Shafah", "al-Shaafa", "Sha'fa"]}
SUSAH = {"accept": ["السوسة", "al-Susah", "Susah", "Sousa", "al-Sousa"]}
OMAR_FIELD = {"accept": ["قاعدة حقل العمر", "حقل العمر", "al-Omar oil field", "Omar oil field", "Omar field"]}

# ====================================================== 377: Dreikish, Safita, al-Sheikh Badr (Tartus; 2023)
TARTUS_GOVERNOR = {"en": ["Governor of Tartus", "Tartus Governorate", "Syrian government"],
                   "ar": ["محافظ طرطوس", "المحافظ"]}
TARTUS_GOVERNORATE = {"en": ["Tartus Governorate", "Governor of Tartus", "Syrian government"],
                      "ar": ["المحافظة", "مدير مكتب المحافظ"]}
DREIKISH_NOTABLES = {"en": ["notables of Dreikish", "local dignitaries", "community figures"],
                     "ar": ["وجهاء البلدة وفعالياتها الأهلية", "وجهاء البلدة"]}
DREIKISH_GUNMEN = {"en": ["gunmen from a rival family", "shooters", "unidentified gunmen"],
                   "ar": ["مطلقو النار", "القتلة", "المتورطين في الجريمة"]}
DREIKISH_VICTIMS = {"en": ["a young man and his uncle", "civilians", "residents of Dreikish"],
                    "ar": ["شاب في الخامسة والعشرين من عمره وعمّه", "القتيلان", "الضحيتين", "شاب"]}
TARTUS_POLICE = {"en": ["Tartus Police Command", "Syrian police", "Criminal Security Branch",
                        "Police Forces of Syria"],
                 "ar": ["قيادة شرطة المحافظة", "دوريات من فرع الأمن الجنائي", "فرع الأمن الجنائي",
                        "قيادة الشرطة"]}
DREIKISH_SUSPECTS = {"en": ["two suspects", "suspects in the killing"],
                     "ar": ["اثنين من المتورطين في الجريمة", "اثنين من المتورطين"]}
VICTIMS_FAMILY = {"en": ["relatives of the two victims", "the victims' family"],
                  "ar": ["ذوو القتيلين", "عائلة القتيلين", "العائلة"]}
SY_AUTHORITIES = {"en": ["Syrian authorities", "Syrian judiciary"], "ar": ["الجهات المختصة", "القضاء"]}
RIVAL_FAMILY = {"en": ["the other family", "the rival family"],
                "ar": ["الطرف الآخر", "العائلة الثانية", "العائلة الأخرى"]}
BOTH_FAMILIES = {"en": ["the two families", "both families"], "ar": ["العائلتين"]}
RUMOURED_YOUTH = {"en": ["young man from the other family"], "ar": ["شاب من العائلة الأخرى"]}
PAGE_ADMINS = {"en": ["administrators of social media pages"], "ar": ["من يقفون وراء هذه الصفحات"]}
CRIMINAL_SECURITY = {"en": ["Criminal Security Branch", "Syrian police"],
                     "ar": ["عناصر الأمن الجنائي", "الأمن الجنائي"]}
MUKHTAR = {"en": ["mukhtar of the eastern quarter", "local mukhtar"], "ar": ["مختار الحي الشرقي"]}
VICTIM_HOUSEHOLD = {"en": ["family of the slain young man"], "ar": ["أسرة الشاب القتيل", "والده"]}
TARTUS_HEALTH = {"en": ["Tartus Health Directorate", "Syrian Ministry of Health"], "ar": ["مديرية الصحة"]}
DREIKISH_WOUNDED = {"en": ["the three wounded"], "ar": ["الجرحى الثلاثة", "الجرحى"]}
TARTUS_MP = {"en": ["member of parliament for Tartus", "People's Assembly member"],
             "ar": ["عضو في مجلس الشعب عن المحافظة"]}
SY_INTERIOR = {"en": ["Syrian Ministry of Interior", "Interior Ministry"], "ar": ["وزارة الداخلية"]}
NEIGHBOUR = {"en": ["his neighbour", "a neighbour"], "ar": ["جاره"]}
SHEIKH_BADR_MAN = {"en": ["a man in his sixties", "civilian"], "ar": ["رجل في الستين من عمره"]}

# ====================================================== places: 377
DREIKISH = {"accept": ["الدريكيش", "دريكيش", "Dreikish", "Duraykish", "al-Dreikish"]}
DREIKISH_EAST = {"accept": ["الحي الشرقي من الدريكيش", "الحي الشرقي", "الدريكيش", "Dreikish", "Duraykish"]}
SAFITA = {"accept": ["صافيتا", "Safita"]}
SHEIKH_BADR_ROAD = {"accept": ["طريق الشيخ بدر", "الشيخ بدر", "al-Sheikh Badr", "Sheikh Badr", "Shaykh Badr"]}
SHEIKH_BADR = {"accept": ["الشيخ بدر", "al-Sheikh Badr", "Sheikh Badr", "Shaykh Badr"]}

# ====================================================== 378: Samarra, Tikrit, al-Dhuluiya, Baiji
# (Salahuddin; 2024)
SD_COURT = {"en": ["Salahuddin Criminal Court", "Iraqi judiciary", "Supreme Judicial Council"],
            "ar": ["محكمة جنايات صلاح الدين", "مجلس القضاء الأعلى"]}
SD_DEFENDANTS = {"en": ["ten defendants", "ISIS suspects", "defendants from Samarra and al-Dawr"],
                 "ar": ["أربعة متهمين", "ستة آخرين", "متهمين"]}
SAMARRA_INMATES = {"en": ["inmates of Samarra Central Prison", "prisoners", "detainees", "hunger strikers"],
                   "ar": ["نزلاء سجن سامراء المركزي", "النزلاء", "المضربين عن الطعام", "المضربين"]}
EMERGENCY_POLICE = {"en": ["Iraqi Emergency Police", "Emergency Response police", "Iraqi police",
                           "Police Forces of Iraq"],
                    "ar": ["قوة من شرطة الطوارئ", "شرطة الطوارئ", "القوة"]}
KILLED_INMATES = merge({"en": ["two inmates"], "ar": ["نزيلان", "النزيلين"]}, SAMARRA_INMATES)
PRISON_GUARDS = {"en": ["two prison guards", "guards"], "ar": ["حارسين", "الحارسين"]}
CORRECTIONS = {"en": ["Iraqi Corrections Service", "Iraqi Ministry of Justice", "prison administration",
                      "Iraqi government"],
               "ar": ["دائرة الإصلاح العراقية", "إدارة السجن", "السلطات"]}
RELEASED_INMATES = {"en": ["38 inmates", "detainees from al-Dhuluiya and Baiji"],
                    "ar": ["ثمانية وثلاثين نزيلاً", "نزيلاً"]}
HELD_INMATES = {"en": ["about sixty detainees", "detainees with release orders"],
                "ar": ["نحو ستين آخرين", "ستين آخرين"]}
DETAINEE_FAMILIES = {"en": ["families of detainees", "relatives of prisoners", "protesters"],
                     "ar": ["العشرات من ذوي المعتقلين", "ذوي المعتقلين", "المعتصمين", "المعتصمون"]}
IHCHR = {"en": ["Iraqi High Commission for Human Rights", "IHCHR", "High Commission for Human Rights"],
         "ar": ["مكتب المفوضية العليا لحقوق الإنسان في صلاح الدين", "المفوضية العليا لحقوق الإنسان"]}
IQ_JUSTICE = {"en": ["Iraqi Ministry of Justice", "Ministry of Justice", "Iraqi government"],
              "ar": ["وزارة العدل", "وزير العدل"]}
HR_COMMITTEE = {"en": ["parliamentary human rights committee", "Council of Representatives of Iraq"],
                "ar": ["وفد من لجنة حقوق الإنسان في مجلس النواب", "لجنة حقوق الإنسان في مجلس النواب"]}
FORENSICS = {"en": ["Samarra forensic medicine department", "Iraqi Ministry of Health"],
             "ar": ["دائرة الطب العدلي في سامراء", "دائرة الطب العدلي"]}
DEAD_INMATES_KIN = {"en": ["relatives of the two dead inmates"], "ar": ["ذوو القتيلين"]}
SD_POLICE = {"en": ["Salahuddin Police Command", "Iraqi police", "Iraqi Federal Police"],
             "ar": ["قيادة شرطة صلاح الدين", "الشرطة الاتحادية"]}
SD_GOVERNOR = {"en": ["Governor of Salahuddin", "Salahuddin Governorate"],
               "ar": ["محافظ صلاح الدين", "المحافظ"]}
SITIN_DELEGATION = {"en": ["delegation of the protesters", "families of detainees"],
                    "ar": ["وفداً من المعتصمين", "المعتصمين"]}
BAIJI_POLICE = {"en": ["Baiji district police", "Iraqi police"], "ar": ["شرطة القضاء", "الشرطة"]}
BAIJI_DETAINEE = {"en": ["detainee from Baiji", "detainee"], "ar": ["موقوف من أهالي بيجي", "موقوف"]}

# ====================================================== places: 378
SALAHUDDIN = {"accept": ["صلاح الدين", "تكريت", "Salahuddin", "Salah al-Din", "Saladin", "Tikrit"]}
SAMARRA_PRISON = {"accept": ["سجن سامراء المركزي", "سجن سامراء", "سامراء", "Samarra",
                              "Samarra Central Prison"]}
SAMARRA = {"accept": ["سامراء", "Samarra"]}
TIKRIT_COUNCIL = {"accept": ["مبنى مجلس محافظة صلاح الدين في تكريت", "تكريت", "Tikrit", "Salahuddin"]}
BAGHDAD_MOSUL_ROAD = {"accept": ["الطريق الدولي الرابط بين بغداد والموصل", "Baghdad-Mosul highway",
                                 "Salahuddin"]}
BAIJI = {"accept": ["بيجي", "Baiji", "Bayji"]}

# ====================================================== 379: Hermel, al-Qasr, Arsal, al-Labweh
# (Baalbek-Hermel, Bekaa; 2015)
NUSRA = {"en": ["Jabhat al-Nusra", "al-Nusra Front", "Nusra Front"],
         "ar": ["«جبهة النصرة»", "جبهة النصرة", "النصرة"]}
ISIS = {"en": ["Islamic State", "ISIS", "IS", "Daesh"], "ar": ["«داعش»", "داعش"]}
NUSRA_ISIS = merge({"en": [], "ar": ["مسلحو «النصرة» و«داعش»"]}, NUSRA, ISIS)
HERMEL_VICTIMS = {"en": ["residents of Hermel", "civilians"],
                  "ar": ["شخصان", "القتيلين", "عامل في المحل وجار له"]}
HEZBOLLAH = {"en": ["Hezbollah", "Hizballah", "Hizbullah"], "ar": ["«حزب الله»", "حزب الله", "الحزب"]}
HEZBOLLAH_FIGHTERS = merge({"en": ["Hezbollah fighters"],
                            "ar": ["حشود لمقاتلي «حزب الله»", "مقاتلي «حزب الله»"]}, HEZBOLLAH)
HERMEL_MAYOR = {"en": ["Mayor of Hermel", "Hermel municipality"], "ar": ["رئيس بلدية الهرمل", "بلدية الهرمل"]}
LAF = {"en": ["Lebanese Army", "Lebanese Armed Forces", "LAF", "Military Forces of Lebanon"],
       "ar": ["الجيش اللبناني", "قيادة الجيش", "وحدات الجيش", "حاجز للجيش"]}
LAF_PRAISED = merge({"en": [], "ar": ["للجيش"]}, LAF)
QALAMOUN_MILITANTS = {"en": ["militants in the outskirts", "armed groups", "Jabhat al-Nusra"],
                      "ar": ["تحركات للمسلحين", "المسلحين", "الإرهابيين"]}
SY_ARMY = {"en": ["Syrian Arab Army", "Syrian army", "Syrian Arab Air Force", "Military Forces of Syria"],
           "ar": ["مروحيات تابعة للجيش السوري", "الجيش السوري"]}
WADI_HMEID_TARGETS = {"en": ["militants", "armed groups", "Syrian refugees"],
                      "ar": ["تجمعات", "«لإرهابيين»", "مخيم للاجئين السوريين"]}
QASR_VICTIMS = {"en": ["a woman and her son", "civilians"], "ar": ["امرأة وابنها"]}
LB_GENERAL_SECURITY = {"en": ["General Directorate of General Security", "Lebanese General Security",
                              "General Security"],
                       "ar": ["المديرية العامة للأمن العام", "الأمن العام"]}
TRAVELLERS = {"en": ["travellers and trucks", "truck drivers"], "ar": ["المسافرين والشاحنات", "سائقين"]}
TRUCK_DRIVERS = {"en": ["truck drivers"], "ar": ["سائقين"]}
LB_DEFENCE_MIN = {"en": ["Lebanese Minister of Defence", "Lebanese government"],
                  "ar": ["وزير الدفاع اللبناني", "الوزير اللبناني"]}
SY_DEFENCE_MIN = {"en": ["Syrian Minister of Defence", "Syrian government"], "ar": ["نظيره السوري"]}
BOTH_MINISTERS = merge({"en": [], "ar": ["الوزيران"]}, LB_DEFENCE_MIN, SY_DEFENCE_MIN)
ARSAL_SYRIANS = {"en": ["five Syrians", "Syrian nationals"], "ar": ["خمسة سوريين"]}
LB_HDC = {"en": ["Higher Defence Council", "Lebanese government"], "ar": ["المجلس الأعلى للدفاع"]}
LAF_COMMANDER = {"en": ["Lebanese Army commander", "Lebanese Army"], "ar": ["قائد الجيش"]}
LB_GOVERNMENT = {"en": ["Lebanese government"], "ar": ["الحكومة"]}
AREA_MPS = {"en": ["MPs of the area", "Baalbek-Hermel MPs", "Lebanese parliamentarians"],
            "ar": ["نواب المنطقة"]}
LB_SOLDIERS = {"en": ["Lebanese Army", "Lebanese soldiers", "Internal Security Forces"],
               "ar": ["مواقع الجيش", "عدداً من العسكريين وعناصر قوى الأمن", "العسكريين"]}
LABWEH_WOMAN = {"en": ["a woman", "civilians"], "ar": ["امرأة"]}

# ====================================================== places: 379
HERMEL = {"accept": ["مدينة الهرمل", "الهرمل", "Hermel", "al-Hermel"]}
RAS_BAALBEK_QAA = {"accept": ["جرود رأس بعلبك والقاع", "جرود رأس بعلبك", "رأس بعلبك", "القاع", "Ras Baalbek",
                              "al-Qaa", "Qaa", "Ras Baalbek outskirts"]}
QASR = {"accept": ["بلدة القصر", "القصر", "al-Qasr", "Qasr", "El Qasr"]}
WADI_HMEID = {"accept": ["وادي حميد", "جرود عرسال", "عرسال", "Wadi Hmeid", "Wadi Hmayyed", "Arsal",
                         "Arsal outskirts"]}
JOUSIEH = {"accept": ["معبر جوسية", "جوسية", "القاع", "Jousieh crossing", "Jousieh", "al-Qaa", "Qaa"]}
NAHLE = {"accept": ["جرود بلدة نحلة", "نحلة", "Nahle", "Nahleh"]}
ARSAL = {"accept": ["عرسال", "وادي حميد", "Arsal", "Wadi Hmeid"]}
SERAIL = {"accept": ["السراي الحكومي", "بيروت", "Grand Serail", "Beirut"]}
LABWEH = {"accept": ["بلدة اللبوة", "اللبوة", "Labweh", "al-Labweh", "Laboue"]}

# ====================================================== 380: Bir al-Abd, Sheikh Zuweid, al-Arish
# (North Sinai; 2021)
SINAI_MILITANTS = {"en": ["takfiri militants", "Islamic State Sinai Province", "militants",
                           "unidentified gunmen"],
                   "ar": ["عناصر تكفيرية مسلحة", "عناصر تكفيرية", "المهاجمين"]}
CHECKPOINT_TROOPS = {"en": ["Egyptian Armed Forces", "Egyptian army", "Military Forces of Egypt",
                             "conscripts"],
                     "ar": ["أفراد الكمين", "عناصر الكمين", "كمين أمني", "ثلاثة مجندين"]}
TULUL_FIGHT = merge(SINAI_MILITANTS, CHECKPOINT_TROOPS)
EG_REINFORCEMENTS = {"en": ["Egyptian army reinforcements", "Egyptian security forces"], "ar": ["تعزيزات"]}
EG_AIR_FORCE = {"en": ["Egyptian Air Force", "Egyptian Armed Forces", "Military Forces of Egypt"],
                "ar": ["القوات الجوية"]}
SZ_MILITANTS = {"en": ["takfiri militants", "Islamic State Sinai Province", "militants"],
                "ar": ["بؤرة للعناصر التكفيرية", "العناصر التكفيرية", "ستة منهم"]}
MOURNERS = {"en": ["mourners"], "ar": ["الآلاف"]}
NS_GOVERNOR = {"en": ["Governor of North Sinai", "North Sinai Governorate"],
               "ar": ["محافظ شمال سيناء", "المحافظة"]}
WOUNDED_CONSCRIPTS = {"en": ["two wounded conscripts", "wounded soldiers"],
                      "ar": ["المجندَين المصابين", "المجندين المصابين", "المصابين"]}
MARTYRS_FAMILIES = {"en": ["families of the slain conscripts"], "ar": ["أسر الشهداء"]}
EG_PM = {"en": ["Egyptian Prime Minister", "Egyptian government", "Council of Ministers"],
         "ar": ["رئيس مجلس الوزراء"]}
EG_POLICE = {"en": ["Egyptian police", "Police Forces of Egypt", "security forces"], "ar": ["قوات الشرطة"]}
BIR_AL_ABD_SUSPECTS = {"en": ["eleven suspects", "suspects"], "ar": ["أحد عشر مشتبهاً بهم", "مشتبهاً بهم"]}
TRIBES_UNION = {"en": ["Union of Sinai Tribes", "Sinai Tribes Union", "tribal fighters"],
                "ar": ["اتحاد قبائل سيناء", "الاتحاد"]}
EG_ARMY = {"en": ["Egyptian Armed Forces", "Egyptian army", "Military Forces of Egypt"],
           "ar": ["وحدات من الجيش"]}
TRIBES_AND_ARMY = merge(TRIBES_UNION, EG_ARMY)
IS_SINAI = {"en": ["Islamic State Sinai Province", "Wilayat Sinai", "ISIS", "Islamic State"],
            "ar": ["تنظيم «ولاية سيناء»", "«ولاية سيناء»", "ولاية سيناء"]}
COOPERATING_TRIBESMEN = {"en": ["tribesmen cooperating with the army", "Sinai tribesmen"],
                         "ar": ["أبناء القبائل «المتعاونين مع الجيش»", "أبناء القبائل"]}
AZHAR = {"en": ["Al-Azhar", "al-Azhar al-Sharif"], "ar": ["الأزهر الشريف", "الأزهر"]}
ATTACKERS = {"en": ["the attackers", "takfiri militants"], "ar": ["منفذيه"]}
EG_FORCES_PRAISED = {"en": ["Egyptian Armed Forces"], "ar": ["رجال القوات المسلحة"]}
JURA_GUNMEN = {"en": ["gunmen", "militants"], "ar": ["مسلحين"]}
JURA_SHEPHERDS = {"en": ["two shepherds", "civilians"], "ar": ["اثنين من رعاة الأغنام", "رعاة الأغنام"]}
RETURNING_FAMILIES = {"en": ["displaced families", "residents of the Sheikh Zuweid villages"],
                      "ar": ["نحو مئتي أسرة", "كل أسرة"]}
SZ_COUNCIL = {"en": ["Sheikh Zuweid city council", "North Sinai Governorate"],
              "ar": ["مجلس مدينة الشيخ زويد"]}
TRIBAL_SHEIKHS = {"en": ["tribal sheikhs", "Sinai tribal elders"], "ar": ["لجنة من مشايخ القبائل", "المشايخ"]}
SECURITY_OFFICIALS = {"en": ["security officials", "Egyptian government"],
                      "ar": ["مسؤولين أمنيين", "المسؤولون"]}
SHEIKHS_AND_OFFICIALS = merge(TRIBAL_SHEIKHS, SECURITY_OFFICIALS)
EG_RED_CRESCENT = {"en": ["Egyptian Red Crescent", "ERC"], "ar": ["الهلال الأحمر المصري", "الجمعية"]}
NEEDY_FAMILIES = {"en": ["needy families", "residents of affected villages"], "ar": ["الأسر الأكثر احتياجاً"]}
ARISH_CIVILIANS = {"en": ["three civilians", "farmers"], "ar": ["ثلاثة مدنيين"]}
ARISH_RESIDENTS = {"en": ["residents", "local people"], "ar": ["الأهالي"]}

# ====================================================== places: 380
TULUL = {"accept": ["قرية التلول", "التلول", "بئر العبد", "al-Tulul", "Tulul", "Bir al-Abd", "Bir al Abd"]}
SZ_DESERT = {"accept": ["جنوب مدينة الشيخ زويد", "الشيخ زويد", "Sheikh Zuweid", "Sheikh Zuwayid",
                        "al-Sheikh Zuweid"]}
SHARQIA_MONUFIA = {"accept": ["محافظتي الشرقية والمنوفية", "الشرقية", "المنوفية", "Sharqia", "Monufia"]}
ARISH_HOSPITAL = {"accept": ["مستشفى العريش العسكري", "العريش", "al-Arish", "Arish", "El Arish"]}
NORTH_SINAI = {"accept": ["محافظة شمال سيناء", "شمال سيناء", "North Sinai"]}
BIR_AL_ABD = {"accept": ["بئر العبد", "Bir al-Abd", "Bir al Abd"]}
JURA = {"accept": ["قرية الجورة", "الجورة", "al-Jura", "Jura", "الشيخ زويد", "Sheikh Zuweid"]}
SZ_VILLAGES = {"accept": ["قرى جنوب الشيخ زويد", "الشيخ زويد", "Sheikh Zuweid", "Sheikh Zuwayid"]}
ARISH = {"accept": ["العريش", "al-Arish", "Arish", "El Arish"]}
ARISH_SOUTH = {"accept": ["جنوب مدينة العريش", "العريش", "al-Arish", "Arish", "El Arish"]}
