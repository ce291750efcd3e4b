"""Accepted actor names and place names for the ninety-ninth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «الشرطة», «الحكومة», «القوة») are left out on purpose, with these
exceptions, each used only in an article where it names a single actor:
- 491: «دورية» (only ever a Military Police patrol);
- 493: «القوة» (only ever the Zawiya Security Directorate's force), «العصابة» (only ever the kidnapping
  gang), «النقابة» (only ever the doctors' syndicate);
- 494: «البعثة» (only ever UNDOF), «النظام» (only ever the Syrian government), «الهيئة» (only ever the local
  relief organisation);
- 495: «الجيش» (only ever the Lebanese army), «الحكومة» (only ever the Lebanese government).
In meetings, joint patrols and agreements between two parties (CONSULT, AGREE, COOPERATE) both parties are
accepted in either role. In a two-sided fight (the rescue raid of 493, the checkpoint attack of 494, the
Tripoli clashes of 495) both sides are sources and there is no recipient.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ============================================================ 491: Baniyas and al-Qadmus (Tartus), 2019
SY_MP = {"en": ["Syrian Military Police", "Military Police", "Syrian government", "Military Forces of Syria"],
         "ar": ["دوريات تابعة للشرطة العسكرية", "قيادة الشرطة العسكرية", "الشرطة العسكرية"]}
MP_CHECKPOINT = {"en": ["a Military Police checkpoint", "Syrian Military Police", "Military Police",
                        "Military Forces of Syria"],
                 "ar": ["عناصر حاجز مؤقت للشرطة العسكرية", "عناصر الحاجز", "الشرطة العسكرية"]}
BANIYAS_WANTED = {"en": ["young men wanted for military service", "draft evaders", "civilians"],
                  "ar": ["خمسة وثلاثين شاباً من المطلوبين للخدمتين الإلزامية والاحتياطية", "المطلوبين",
                         "الموقوفين"]}
BANIYAS_VICTIM = {"en": ["a young man", "civilian"],
                  "ar": ["شاب في الرابعة والعشرين من عمره", "الشاب", "القتيل", "الفارّ"]}
BUS_DRIVERS = {"en": ["two bus drivers", "civilians"], "ar": ["سائقَي حافلتين", "سائقي حافلتين"]}
DETAINEES_LEAGUE = {"en": ["League of Families of Detainees on the Syrian Coast", "families of detainees"],
                    "ar": ["«رابطة عائلات المعتقلين في الساحل السوري»",
                           "رابطة عائلات المعتقلين في الساحل السوري"]}
ICRC = {"en": ["International Committee of the Red Cross", "ICRC", "Red Cross"],
        "ar": ["اللجنة الدولية للصليب الأحمر", "الصليب الأحمر"]}
DETAINEES_MOTHERS = {"en": ["mothers and wives of the detainees", "protesters", "women"],
                     "ar": ["عشرات من أمهات الموقوفين وزوجاتهم", "أمهات الموقوفين"]}
BANIYAS_POLICE = {"en": ["Syrian police", "Police Forces of Syria", "security forces"],
                  "ar": ["عناصر من الشرطة"]}
CONSCRIPTION = {"en": ["General Conscription Directorate", "conscription branch", "Syrian government"],
                "ar": ["شعبة التجنيد العامة", "شعبة التجنيد"]}
STUDENT_DETAINEES = {"en": ["detained university students", "detainees"],
                     "ar": ["الطلاب الجامعيين من الموقوفين", "الطلاب الجامعيين"]}
MP_SOURCE = {"en": ["a source in the Military Police command in Tartus", "Syrian Military Police",
                    "Military Police"],
             "ar": ["مصدر في قيادة الشرطة العسكرية بطرطوس", "قيادة الشرطة العسكرية"]}
DRAFT_EVADERS = {"en": ["draft evaders", "young men who evade military service"],
                 "ar": ["«كل متخلّف»", "كل متخلّف", "المتخلفين"]}
MP_PATROL = {"en": ["a patrol", "Syrian Military Police", "Military Police"], "ar": ["دورية"]}
QADMUS_TEACHERS = {"en": ["two teachers", "civilians"], "ar": ["مدرّسَين", "المدرّسَين"]}
CHECKPOINT_MEN = {"en": ["the checkpoint's members who opened fire", "Military Police members"],
                  "ar": ["عناصر الحاجز الذين أطلقوا النار", "عناصر الحاجز"]}
VICTIM_RELATIVES = {"en": ["relatives of the young man killed", "the victim's family"],
                    "ar": ["أقارب القتيل"]}
MIL_PROSECUTION = {"en": ["Military Public Prosecution", "military prosecutor"],
                   "ar": ["النيابة العامة العسكرية"]}
TARTUS_MP = {"en": ["a member of the People's Assembly for Tartus", "member of parliament",
                    "Syrian parliament"],
             "ar": ["عضو في مجلس الشعب عن محافظة طرطوس", "عضو في مجلس الشعب"]}
TARTUS_GOVERNOR = {"en": ["Governor of Tartus", "Tartus governorate"], "ar": ["محافظ طرطوس"]}
BANIYAS_NOTABLES = {"en": ["notables of the Baniyas countryside", "notables"], "ar": ["وجهاء من ريف بانياس"]}
GOVERNOR_NOTABLES = merge(TARTUS_GOVERNOR, BANIYAS_NOTABLES)
TARTUS_PATROL = {"en": ["a Military Police patrol", "Syrian Military Police", "Military Police"],
                 "ar": ["دورية مماثلة"]}
TARTUS_STUDENTS = {"en": ["seven students", "students", "civilians"], "ar": ["سبعة طلاب"]}
FREED_STUDENTS = {"en": ["three of the students", "students"], "ar": ["ثلاثة منهم"]}

# ====================================================== places: 491
TARTUS_GOV = {"accept": ["محافظة طرطوس", "طرطوس", "Tartus", "Tartous", "Tartus Governorate"]}
BANIYAS = place({"accept": ["مدينة بانياس", "بانياس", "Baniyas", "Banias", "Baniyas District"]}, TARTUS_GOV)
BANIYAS_MARKETS = place({"accept": ["أسواق مدينة بانياس"]}, BANIYAS)
BANIYAS_SOUTH = place({"accept": ["المدخل الجنوبي لبانياس"]}, BANIYAS)
BANIYAS_QADMUS_ROAD = place({"accept": ["الطريق بين بانياس والقدموس", "القدموس", "al-Qadmus", "Qadmus"]},
                            BANIYAS)
MARQAB = place({"accept": ["حاجز قرب قرية المرقب", "قرية المرقب", "المرقب", "al-Marqab", "Marqab"]}, BANIYAS)
BANIYAS_CONSCRIPTION = place({"accept": ["مبنى شعبة التجنيد في بانياس"]}, BANIYAS)
QADMUS = place({"accept": ["ثانوية في بلدة القدموس", "بلدة القدموس", "القدموس", "al-Qadmus", "Qadmus"]},
               TARTUS_GOV)
BANIYAS_COUNTRYSIDE = place({"accept": ["ريف بانياس"]}, BANIYAS)
TARTUS_CITY = place({"accept": ["كلية بمدينة طرطوس", "مدينة طرطوس", "Tartus city"]}, TARTUS_GOV)

# ============================================================ 492: al-Udhaim and Balad Ruz (Diyala), 2016
DIJLA = {"en": ["Dijla Operations Command", "Tigris Operations Command", "Iraqi Army",
                "Military Forces of Iraq"],
         "ar": ["قيادة عمليات دجلة", "عمليات دجلة"]}
UDHAIM_RETURNEES = {"en": ["displaced families", "returnees", "IDPs"],
                    "ar": ["مئة وأربعون عائلة نازحة", "عائلة نازحة", "العائلات"]}
RETURNING_FAMILY = {"en": ["a returning family", "returnees", "civilians"],
                    "ar": ["عائلة عائدة", "رجل وزوجته وابنهما البكر"]}
PMF_FACTION = {"en": ["a Popular Mobilization Forces faction", "Popular Mobilization Forces", "PMF"],
               "ar": ["فصيل في «الحشد الشعبي»", "«الحشد الشعبي»", "الحشد الشعبي", "مقاتلي الحشد"]}
ISIS_CELLS = {"en": ["Islamic State", "ISIS", "IS", "Daesh", "ISIS sleeper cells"],
              "ar": ["«خلايا نائمة لداعش»", "خلايا نائمة لداعش", "داعش"]}
UDHAIM_SUSPECTS = {"en": ["six suspects", "suspects"], "ar": ["ستة مشتبه بهم"]}
DIYALA_MPS = {"en": ["members of parliament for Diyala", "Iraqi MPs", "Council of Representatives of Iraq"],
              "ar": ["نواب عن محافظة ديالى في البرلمان العراقي", "نواب عن محافظة ديالى"]}
OUTLAW_MILITIAS = {"en": ["outlaw militias", "militias", "armed factions"],
                   "ar": ["«ميليشيات خارجة عن القانون»", "ميليشيات خارجة عن القانون"]}
IQ_FEDERAL = {"en": ["Iraqi federal government", "Government of Iraq"], "ar": ["الحكومة الاتحادية"]}
DIYALA_GOVERNOR = {"en": ["Governor of Diyala", "Diyala provincial government"], "ar": ["محافظ ديالى"]}
UDHAIM_SHEIKHS = {"en": ["sheikhs of the al-Udhaim clans", "tribal leaders", "security chiefs"],
                  "ar": ["شيوخ عشائر العظيم", "قادة الأجهزة الأمنية"]}
GOVERNOR_SHEIKHS = merge(DIYALA_GOVERNOR, UDHAIM_SHEIKHS)
MIGRATION_MINISTRY = {"en": ["Ministry of Migration and Displacement",
                             "Iraqi Ministry of Migration and Displaced", "Government of Iraq"],
                      "ar": ["وزارة الهجرة والمهجرين"]}
RETURNED_FAMILIES = {"en": ["returning families", "returnees", "IDPs"], "ar": ["العائلات العائدة", "عائدون"]}
UNHCR = {"en": ["UNHCR", "United Nations High Commissioner for Refugees"],
         "ar": ["مفوضية الأمم المتحدة السامية لشؤون اللاجئين"]}
UDHAIM_CLAN_SHEIKHS = {"en": ["sheikhs of the subdistrict's clans", "tribal leaders"],
                       "ar": ["شيوخ من عشائر الناحية"]}
ARMED_FACTIONS = {"en": ["armed factions", "militias", "Popular Mobilization Forces"],
                  "ar": ["الفصائل المسلحة"]}
SECOND_CONVOY = {"en": ["about two hundred displaced families", "displaced families", "returnees"],
                 "ar": ["نحو مئتي عائلة"]}
BALADRUZ_GUNMEN = {"en": ["unidentified gunmen", "gunmen"], "ar": ["مسلحون مجهولون"]}
BALADRUZ_SHEPHERDS = {"en": ["two shepherds", "civilians"], "ar": ["راعيين"]}

# ====================================================== places: 492
DIYALA_GOV = {"accept": ["محافظة ديالى", "ديالى", "Diyala", "Diyala Governorate"]}
KHALIS = place({"accept": ["قضاء الخالص", "الخالص", "al-Khalis", "Khalis"]}, DIYALA_GOV)
UDHAIM = place({"accept": ["ناحية العظيم", "العظيم", "al-Udhaim", "Udhaim", "al-Adhaim", "Adhaim"]}, KHALIS)
UDHAIM_ROAD = place({"accept": ["طريق ترابي يربط إحدى القرى بمركز الناحية"]}, UDHAIM)
UDHAIM_DAM = place({"accept": ["قرية قريبة من سد العظيم", "سد العظيم", "Adhaim Dam", "al-Udhaim Dam"]},
                   UDHAIM)
KHALIS_OFFICE = place({"accept": ["مبنى قائممقامية قضاء الخالص"]}, KHALIS)
BALAD_RUZ = place({"accept": ["قرية قرب قضاء بلدروز", "قضاء بلدروز", "بلدروز", "Balad Ruz", "Baladrooz"]},
                  DIYALA_GOV)

# ====================================================== 493: al-Zawiya, al-Harsha, Surman and Sabratha, 2023
ZAWIYA_DOCTORS = {"en": ["doctors of Zawiya Teaching Hospital", "doctors", "medical staff"],
                  "ar": ["أطباء مستشفى الزاوية التعليمي", "الأطباء"]}
KIDNAPPERS = {"en": ["kidnappers", "gunmen", "kidnapping gang"],
              "ar": ["مسلحين طالبوا أسرته بفدية", "مسلحين"]}
SURGEON = {"en": ["a surgeon", "doctor", "civilian"], "ar": ["جرّاح", "الجرّاح"]}
SURGEON_FAMILY = {"en": ["the surgeon's family"], "ar": ["أسرته"]}
ZAWIYA_SECURITY = {"en": ["Zawiya Security Directorate", "Libyan police", "Police Forces of Libya",
                          "Government of National Unity"],
                   "ar": ["قوة تابعة لمديرية أمن الزاوية", "مديرية أمن الزاوية", "عناصر القوة", "القوة"]}
KIDNAP_GANG = {"en": ["kidnapping gang", "kidnappers", "gunmen"],
               "ar": ["أفراد العصابة الخاطفة", "العصابة الخاطفة", "الخاطفين"]}
RESCUE_CLASH = merge(ZAWIYA_SECURITY, KIDNAP_GANG)
SLAIN_FAMILY = {"en": ["family of one of the men killed", "relatives"], "ar": ["عائلة أحد القتيلين"]}
ATTORNEY_GENERAL = {"en": ["Attorney General", "Libyan Attorney General"], "ar": ["النائب العام"]}
HARSHA_SUSPECTS = {"en": ["two suspected gang members", "suspects"],
                   "ar": ["شخصين آخرين يُشتبه في انتمائهما إلى العصابة", "شخصين آخرين"]}
DOCTORS_SYNDICATE = {"en": ["General Syndicate of Doctors", "Libyan doctors' syndicate",
                            "doctors' syndicate"],
                     "ar": ["النقابة العامة للأطباء", "النقابة"]}
SHELTERED_GANGS = {"en": ["gangs sheltering in official armed formations", "armed groups", "gangs"],
                   "ar": ["«عصابات تحتمي بتشكيلات مسلحة رسمية»", "عصابات تحتمي بتشكيلات مسلحة رسمية"]}
LY_AUTHORITIES = {"en": ["Presidential Council", "Government of National Unity", "Government of Libya"],
                  "ar": ["المجلس الرئاسي", "حكومة الوحدة الوطنية"]}
ZAWIYA_COUNCIL = {"en": ["Zawiya municipal council", "Zawiya municipality"],
                  "ar": ["المجلس البلدي الزاوية", "المجلس البلدي"]}
ZAWIYA_ELDERS = {"en": ["notables and elders of Zawiya", "commanders of armed formations", "elders"],
                 "ar": ["أعيان المدينة وحكمائها", "آمري عدد من التشكيلات المسلحة"]}
COUNCIL_ELDERS = merge(ZAWIYA_COUNCIL, ZAWIYA_ELDERS)
CID = {"en": ["Criminal Investigation Department", "Criminal Investigation Agency", "Libyan police"],
       "ar": ["جهاز المباحث الجنائية"]}
JOINT_PATROLS = merge(ZAWIYA_SECURITY, CID)
LY_INTERIOR = {"en": ["Libyan interior minister", "Ministry of Interior", "Government of National Unity"],
               "ar": ["وزير الداخلية المكلّف", "وزير الداخلية"]}
THREATENED_GANG = {"en": ["the kidnappers", "kidnapping gang"], "ar": ["الخاطفين", "بقية أفراد العصابة"]}
GOLD_TRADER = {"en": ["a gold trader", "civilian"], "ar": ["تاجر ذهب"]}
GANG = {"en": ["kidnapping gang", "kidnappers"], "ar": ["العصابة"]}
SURGEON_DRIVER = {"en": ["the surgeon's driver", "civilian"], "ar": ["سائق الجرّاح"]}
ZAWIYA_COURT = {"en": ["Zawiya Court of Appeal", "Libyan judiciary"],
                "ar": ["الدائرة الجنائية بمحكمة استئناف الزاوية", "محكمة استئناف الزاوية"]}
ZAWIYA_CONVICTS = {"en": ["four defendants", "convicted kidnappers"], "ar": ["أربعة متهمين"]}
FOREIGN_WORKER = {"en": ["a foreign worker", "civilian"], "ar": ["عامل أجنبي"]}
DOCTORS = {"en": ["doctors", "medical staff"], "ar": ["الأطباء"]}
SABRATHA_GUNMEN = {"en": ["gunmen", "unidentified gunmen"], "ar": ["مسلحون"]}
CHANGER_ESCORT = {"en": ["a money changer's escort", "civilian"], "ar": ["مرافقه", "سيارة صرّاف"]}

# ====================================================== places: 493
ZAWIYA = {"accept": ["مدينة الزاوية", "الزاوية", "Zawiya", "al-Zawiya", "Az Zawiyah", "Zawiya District"]}
ZAWIYA_HOSPITAL = place({"accept": ["مستشفى الزاوية التعليمي", "Zawiya Teaching Hospital"]}, ZAWIYA)
ZAWIYA_CENTRE = place({"accept": ["أمام عيادته في وسط المدينة", "وسط المدينة"]}, ZAWIYA)
HARSHA = place({"accept": ["مزرعة بمنطقة الحرشة غربي المدينة", "منطقة الحرشة", "مزارع الحرشة", "الحرشة",
                           "al-Harsha", "Harsha"]}, ZAWIYA)
ZAWIYA_SURMAN_ROAD = place({"accept": ["الطريق الساحلي بين الزاوية وصرمان", "المزارع الغربية", "صرمان",
                                       "Surman"]}, ZAWIYA)
SURMAN = {"accept": ["أمام متجره في مدينة صرمان", "مدينة صرمان", "صرمان", "Surman", "Sorman"]}
ZAWIYA_COUNCIL_HQ = place({"accept": ["أمام مقر المجلس البلدي", "مقر المجلس البلدي"]}, ZAWIYA)
WEST_COAST_LY = {"accept": ["مدن الساحل الغربي", "western Libya", "Libyan west coast"]}
SABRATHA = {"accept": ["قرب سوق مدينة صبراتة", "مدينة صبراتة", "صبراتة", "Sabratha", "Sabratah"]}

# ======================================== 494: Jubata al-Khashab and Khan Arnabah (Quneitra), 2014
REGIME_HELICOPTERS = {"en": ["Syrian Arab Air Force", "Syrian government forces", "Syrian regime",
                             "Military Forces of Syria"],
                      "ar": ["مروحيات تابعة للقوات النظامية", "القوات النظامية", "قواتنا المسلحة"]}
JUBATA_CIVILIANS = {"en": ["civilians of Jubata al-Khashab", "civilians"], "ar": ["خمسة مدنيين", "مدنيين"]}
GOLAN_REBELS = {"en": ["opposition fighters", "rebels", "Golan Revolutionaries Gathering"],
                "ar": ["مقاتلو المعارضة", "«تجمّع ثوار الجولان»", "تجمّع ثوار الجولان", "مقاتليه"]}
KHAN_CHECKPOINT = {"en": ["Syrian government forces", "Syrian army", "Military Forces of Syria"],
                   "ar": ["حاجزاً للقوات النظامية", "القوات النظامية", "عناصره"]}
KHAN_CLASH = merge(GOLAN_REBELS, KHAN_CHECKPOINT)
UNDOF = {"en": ["UNDOF", "United Nations Disengagement Observer Force"],
         "ar": ["قوة الأمم المتحدة لمراقبة فض الاشتباك «أندوف»", "قوة الأمم المتحدة لمراقبة فض الاشتباك",
                "«أندوف»", "أندوف", "البعثة"]}
SY_COALITION = {"en": ["National Coalition for Syrian Revolutionary and Opposition Forces",
                       "Syrian National Coalition", "Syrian opposition"],
                "ar": ["الائتلاف الوطني لقوى الثورة والمعارضة السورية", "الائتلاف الوطني"]}
SY_REGIME = {"en": ["Syrian government", "Syrian regime", "Government of Syria"], "ar": ["النظام"]}
UNSC = {"en": ["UN Security Council", "United Nations Security Council"], "ar": ["مجلس الأمن الدولي"]}
IDF = {"en": ["Israeli army", "Israel Defense Forces", "IDF", "Military Forces of Israel", "Israel"],
       "ar": ["الجيش الإسرائيلي", "دباباته"]}
SY_ARMY_POST = {"en": ["Syrian army", "Military Forces of Syria", "Syrian government forces"],
                "ar": ["موقع للجيش السوري", "الجيش السوري"]}
RELIEF_BODY = {"en": ["a local relief organisation", "aid group"], "ar": ["هيئة إغاثية محلية", "الهيئة"]}
RAFID_IDPS = {"en": ["displaced families in al-Rafid", "IDPs", "displaced families"],
              "ar": ["نحو ثلاثمئة عائلة نازحة", "عائلة نازحة"]}
REBEL_COMMANDER = {"en": ["a field commander of the Golan Revolutionaries Gathering", "rebels"],
                   "ar": ["قائد ميداني في «تجمّع ثوار الجولان»", "«تجمّع ثوار الجولان»", "مقاتليه"]}
REGIME_FORCES = {"en": ["Syrian government forces", "Syrian army", "Military Forces of Syria"],
                 "ar": ["القوات النظامية"]}
UNDOF_OFFICERS = {"en": ["UNDOF officers", "UNDOF"], "ar": ["ضباط «أندوف»", "«أندوف»", "البعثة"]}
LOCAL_COUNCILS = {"en": ["members of local councils", "local councils"], "ar": ["أعضاء من المجالس المحلية"]}
UNDOF_COUNCILS = merge(UNDOF_OFFICERS, LOCAL_COUNCILS)
REGIME_ARTILLERY = {"en": ["Syrian government artillery", "Syrian government forces",
                           "Military Forces of Syria"],
                    "ar": ["المدفعية النظامية"]}
QAHTANIYA_WOMEN = {"en": ["two women", "civilians"], "ar": ["امرأتين"]}

# ====================================================== places: 494
QUNEITRA_GOV = {"accept": ["محافظة القنيطرة", "القنيطرة", "Quneitra", "Quneitra Governorate",
                           "Al Qunaytirah"]}
JUBATA = place({"accept": ["الحي الشرقي لبلدة جباتا الخشب", "بلدة جباتا الخشب", "جباتا الخشب",
                           "Jubata al-Khashab", "Jubbata al-Khashab", "ريف القنيطرة الشمالي"]}, QUNEITRA_GOV)
KHAN_ARNABAH = place({"accept": ["المدخل الجنوبي لبلدة خان أرنبة", "بلدة خان أرنبة", "خان أرنبة",
                                 "Khan Arnabah", "Khan Arnaba"]}, QUNEITRA_GOV)
BIR_AJAM = place({"accept": ["نقطة مراقبة قرب بلدة بئر عجم", "بلدة بئر عجم", "بئر عجم", "Bir Ajam",
                             "معسكر نبع الفوار", "Camp Faouar"]}, QUNEITRA_GOV)
OCCUPIED_GOLAN = {"accept": ["الجانب المحتل من الهضبة", "إحدى المستوطنات", "occupied Golan Heights",
                             "Golan Heights"]}
NORTH_OF_QUNEITRA = place({"accept": ["شمالي مدينة القنيطرة المدمرة", "مدينة القنيطرة", "Quneitra city"]},
                          QUNEITRA_GOV)
RAFID = place({"accept": ["بلدة الرفيد", "الرفيد", "al-Rafid", "Rafid"]}, QUNEITRA_GOV)
BAATH_CITY = place({"accept": ["مدينة البعث", "Madinat al-Baath", "Baath City", "al-Baath"]}, QUNEITRA_GOV)
LINE_VILLAGES = place({"accept": ["القرى المحاذية لخط الفصل"]}, QUNEITRA_GOV)
NEW_YORK = {"accept": ["نيويورك", "New York", "United Nations headquarters"]}
QAHTANIYA = place({"accept": ["بلدة القحطانية", "القحطانية", "al-Qahtaniyah", "Qahtaniyah"]}, QUNEITRA_GOV)

# ================================= 495: Bab al-Tabbaneh and Jabal Mohsen (Tripoli, North Lebanon), 2012
TRIPOLI_GUNMEN = {"en": ["gunmen of Bab al-Tabbaneh and Jabal Mohsen", "Tripoli militants"],
                  "ar": ["مسلحين من منطقتي باب التبانة وجبل محسن"]}
TABBANEH = {"en": ["gunmen of Bab al-Tabbaneh", "Bab al-Tabbaneh militants"],
            "ar": ["مسلحي التبانة", "شبان المنطقة", "مسلحي المنطقة"]}
JABAL_MOHSEN = {"en": ["gunmen of Jabal Mohsen", "Arab Democratic Party", "Jabal Mohsen militants"],
                "ar": ["«الحزب العربي الديمقراطي»", "الحزب العربي الديمقراطي", "مقاتليه"]}
TRIPOLI_CLASH = merge(TRIPOLI_GUNMEN, TABBANEH, JABAL_MOHSEN)
LAF = {"en": ["Lebanese Armed Forces", "Lebanese army", "Military Forces of Lebanon"],
       "ar": ["الجيش اللبناني", "قيادة الجيش", "فوج المغاوير", "الجيش"]}
TRIPOLI_DETAINEES = {"en": ["six people", "suspects"], "ar": ["ستة أشخاص"]}
TRIPOLI_MEETING = {"en": ["Tripoli MPs and notables", "representatives of Bab al-Tabbaneh and Jabal Mohsen",
                          "Mufti of Tripoli"],
                   "ar": ["نواب المدينة وفاعلياتها", "ممثلون عن المنطقتين", "مفتي المدينة", "المجتمعين"]}
TABBANEH_COMMANDER = {"en": ["a Bab al-Tabbaneh military official", "Bab al-Tabbaneh militants"],
                      "ar": ["المسؤول العسكري عن أحد محاور باب التبانة", "مسلحي المنطقة"]}
RESIDENTS_BODY = {"en": ["Tripoli Residents' Committee", "civil society group"],
                  "ar": ["«هيئة أهالي طرابلس»", "هيئة أهالي طرابلس"]}
LB_GOVERNMENT = {"en": ["Lebanese government", "Government of Lebanon"], "ar": ["الحكومة"]}
TRIPOLI_TRADERS = {"en": ["traders of Tripoli's old souks", "traders", "merchants"],
                   "ar": ["تجار الأسواق القديمة في طرابلس", "تجار الأسواق القديمة"]}
AXIS_COMMANDER = {"en": ["a frontline commander in Bab al-Tabbaneh", "Bab al-Tabbaneh militants"],
                  "ar": ["أحد قادة المحاور في باب التبانة", "قادة المحاور"]}
SNIPERS = {"en": ["snipers", "Jabal Mohsen militants"], "ar": ["القناصة"]}
MOHSEN_YOUTHS = {"en": ["two young men from Jabal Mohsen", "civilians"], "ar": ["شابين من جبل محسن"]}
HRC = {"en": ["Higher Relief Commission", "Government of Lebanon"], "ar": ["الهيئة العليا للإغاثة"]}
DAMAGED_FAMILIES = {"en": ["families whose homes and shops were damaged", "residents"],
                    "ar": ["العائلات التي تضررت منازلها ومحالها"]}
LB_PM = {"en": ["Lebanese Prime Minister", "Government of Lebanon"], "ar": ["رئيس الحكومة"]}
SOME_MPS = {"en": ["some MPs", "Lebanese MPs"], "ar": ["بعض النواب"]}
MINISTERIAL_DELEGATION = {"en": ["a ministerial delegation", "Government of Lebanon"], "ar": ["وفد وزاري"]}
ZAHRIYEH_ATTACKERS = {"en": ["unidentified attackers", "unknown assailants"], "ar": ["مجهولون"]}
ELDERLY_MAN = {"en": ["an elderly man", "civilian"], "ar": ["رجل مسن"]}

# ====================================================== places: 495
NORTH_LB = {"accept": ["شمالي لبنان", "North Lebanon", "North Governorate"]}
TRIPOLI = place({"accept": ["مدينة طرابلس", "طرابلس", "Tripoli", "Tripoli, Lebanon", "Trablous"]}, NORTH_LB)
TABBANEH_MOHSEN = place({"accept": ["باب التبانة", "جبل محسن", "شارع سوريا", "Bab al-Tabbaneh",
                                    "Jabal Mohsen", "Syria Street"]}, TRIPOLI)
DAR_AL_FATWA = place({"accept": ["دار الفتوى بطرابلس", "دار الفتوى"]}, TRIPOLI)
TRIPOLI_SOUKS = place({"accept": ["الأسواق القديمة في طرابلس", "old souks of Tripoli"]}, TRIPOLI)
QUBBA = place({"accept": ["مستديرة في منطقة القبة", "منطقة القبة", "القبة", "al-Qubba", "Qobbeh"]}, TRIPOLI)
ZAHRIYEH = place({"accept": ["محل لبيع القهوة في منطقة الزاهرية", "منطقة الزاهرية", "الزاهرية", "al-Zahriyeh",
                             "Zahrieh"]}, TRIPOLI)
