"""Accepted actor names and place names for the fifty-third team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists, except the two shared lists CIVILIANS and UNKNOWN, taken over from the
fifty-second set with its scripts (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الحكومة», «الوفد») are left out on purpose, with these
exceptions, each used only in an article where it names a single actor: «الجيش» (261 and 262: only ever
Sudan's and Lebanon's armies), «المؤتمر» (261, only ever the Beja Congress), «الشرطة» (261 and 265: only
ever the Red Sea State police and the Iraqi police in Muthanna), «الجمعية» (263, only ever the Libyan Red
Crescent), «الحركة» and «الشباب» (264, only ever al-Shabaab), «المسلحون» (265, only ever the Mahdi Army's
gunmen).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ======================================== actors: shared
CIVILIANS = {"en": ["civilians", "civilian", "residents", "locals", "people", "citizens"],
             "ar": ["مدنيين", "المدنيين", "مدنيون", "مدني", "المواطنين", "مواطنين", "الأهالي", "السكان"]}
UNKNOWN = {"en": ["unknown gunmen", "unknown assailants", "unidentified gunmen", "unknown persons"],
           "ar": ["مسلحين مجهولين", "مسلحون مجهولون", "مجهولين", "مجهولون"]}

# ======================================== 261: Port Sudan (a Khartoum daily's Port Sudan report, 2005)
SD_POLICE = {"en": ["Sudanese police", "police", "Red Sea State police", "police force"],
             "ar": ["قوات الشرطة", "شرطة الولاية", "رجال الشرطة", "الشرطة"]}
BEJA_CONGRESS = {"en": ["Beja Congress", "Beja Congress politburo", "Beja Congress political bureau"],
                 "ar": ["مؤتمر البجا", "المكتب السياسي لمؤتمر البجا", "المكتب السياسي للمؤتمر", "المؤتمر"]}
BEJA_PROTESTERS = merge({"en": ["Beja Congress supporters", "protesters", "sit-in protesters",
                                "Beja protesters", "four people"],
                         "ar": ["مئات من أنصار مؤتمر البجا", "أنصار مؤتمر البجا", "المعتصمين", "المعتصمون",
                                "أربعة أشخاص", "مثيري الشغب"]}, CIVILIANS)
BEJA_SITIN = merge(BEJA_PROTESTERS, BEJA_CONGRESS)
BEJA_SUPPORTERS = {"en": ["Beja Congress supporters", "supporters"], "ar": ["أنصاره", "أنصار مؤتمر البجا"]}
RS_SECURITY_COMMITTEE = {"en": ["Red Sea State security committee", "state security committee",
                                "Red Sea State authorities"],
                         "ar": ["لجنة أمن ولاية البحر الأحمر", "لجنة أمن الولاية"]}
SD_ARMY = {"en": ["Sudanese army", "Sudan Armed Forces", "SAF", "army military vehicles"],
           "ar": ["عربات عسكرية تابعة للجيش", "الجيش السوداني", "القوات المسلحة", "الجيش"]}
NISS = {"en": ["National Intelligence and Security Service", "NISS", "Sudanese security service",
               "security apparatus"],
        "ar": ["جهاز الأمن", "جهاز الأمن والمخابرات الوطني"]}
BEJA_CADRES = {"en": ["Beja Congress cadres", "sixteen cadres", "Beja Congress members"],
               "ar": ["ستة عشر من كوادره", "كوادره", "كوادر المؤتمر"]}
SD_INTERIOR = {"en": ["Sudanese Minister of State for the Interior", "Ministry of Interior",
                      "Sudanese government", "interior ministry"],
               "ar": ["وزير الدولة بوزارة الداخلية", "وزارة الداخلية"]}
SD_PARTISANS = {"en": ["known party elements", "party elements", "political parties"],
                "ar": ["«عناصر حزبية معروفة»", "عناصر حزبية معروفة", "عناصر حزبية"]}
PS_DOCKERS = {"en": ["dock workers", "stevedores", "port workers", "loading and unloading workers"],
              "ar": ["عمال الشحن والتفريغ"]}
SUAKIN_STUDENTS = merge({"en": ["secondary school students", "students"],
                         "ar": ["طلاب من المدارس الثانوية", "طلاب"]}, CIVILIANS)
SD_GOV_DELEGATION = {"en": ["government delegation", "Sudanese government delegation", "presidential adviser",
                            "Sudanese government"],
                     "ar": ["وفد حكومي", "مستشار لرئيس الجمهورية"]}
BEJA_LEADERS = {"en": ["Beja tribal leaders", "Beja nazirs", "Beja Congress leaders", "Beja Congress"],
                "ar": ["نُظّار قبائل البجا", "نظار قبائل البجا", "قيادات المؤتمر", "قبائل البجا"]}
BEJA_CHAIRMAN = {"en": ["Beja Congress chairman", "head of the Beja Congress", "Beja Congress"],
                 "ar": ["رئيس المؤتمر", "مؤتمر البجا"]}
SRCS = {"en": ["Sudanese Red Crescent", "Sudanese Red Crescent Society", "Red Crescent"],
        "ar": ["جمعية الهلال الأحمر السوداني", "الهلال الأحمر السوداني", "الهلال الأحمر"]}
PS_HOSPITAL = {"en": ["Port Sudan Teaching Hospital", "Port Sudan hospital", "the wounded"],
               "ar": ["مستشفى بورتسودان التعليمي", "مستشفى بورتسودان"]}
MSF = {"en": ["Médecins Sans Frontières", "Doctors Without Borders", "MSF"],
       "ar": ["منظمة أطباء بلا حدود", "أطباء بلا حدود"]}
EASTERN_FRONT = {"en": ["Eastern Front", "Eastern Front gunmen", "eastern rebels"],
                 "ar": ["مسلحين من «جبهة الشرق»", "«جبهة الشرق»", "جبهة الشرق"]}
SD_ARMY_PATROL = merge({"en": ["army patrol", "a soldier", "soldiers"], "ar": ["دورية للجيش", "جندي"]},
                       SD_ARMY)
SD_GOV_FORCES = merge({"en": ["government forces", "security forces"], "ar": ["سحب القوات"]}, SD_POLICE,
                      SD_ARMY)
FREE_LIONS = {"en": ["Rashaida Free Lions", "Free Lions", "gunmen believed to be from the Free Lions"],
              "ar": ["تنظيم «الأسود الحرة»", "«الأسود الحرة»", "الأسود الحرة",
                     "مسلحون يُعتقد أنهم من تنظيم «الأسود الحرة»"]}
SD_PIPELINE = {"en": ["oil pipeline", "Sudan's oil export pipeline"],
               "ar": ["خط أنابيب النفط", "جزءاً من خط أنابيب النفط"]}
UN_SG = {"en": ["United Nations", "UN Secretary-General's spokesman", "UN spokesman", "UN"],
         "ar": ["الناطق باسم الأمين العام للأمم المتحدة", "الأمم المتحدة"]}
SD_GOV = {"en": ["Sudanese government", "Government of Sudan", "Sudan", "Khartoum"],
          "ar": ["الحكومة السودانية"]}
CPA_PARTIES = {"en": ["Government of Sudan", "SPLM", "Sudan People's Liberation Movement"],
               "ar": ["الحكومة السودانية"]}

PORT_SUDAN = {"accept": ["بورتسودان", "بور تسودان", "Port Sudan"]}
DEIM_ARAB = place({"accept": ["ديم عرب", "حي ديم عرب", "مبنى المحلية", "Deim Arab"]}, PORT_SUDAN)
DEIM_SALABONA = place({"accept": ["ديم عرب", "سلبونا", "الأحياء المحيطة بهما", "Deim Arab", "Salabona"]},
                      PORT_SUDAN)
PS_MARKET = place({"accept": ["مداخل السوق الكبير", "السوق الكبير", "Port Sudan main market"]}, PORT_SUDAN)
PS_SOUTH_PORT = place({"accept": ["الميناء الجنوبي", "ميناء بورتسودان الجنوبي", "South Port"]}, PORT_SUDAN)
PS_HOSPITAL_PLACE = place({"accept": ["مستشفى بورتسودان التعليمي", "Port Sudan Teaching Hospital"]},
                          PORT_SUDAN)
EAST_SUDAN = {"accept": ["مدن الشرق", "شرق السودان", "eastern Sudan", "Red Sea State", "Kassala"]}
SUAKIN = {"accept": ["سواكن", "مبنى الوحدة الإدارية", "Suakin", "Sawakin"]}
TELKOK = {"accept": ["تلكوك", "همشكوريب", "منطقة همشكوريب", "الحدود مع إريتريا", "Telkok", "Talkuk",
                     "Hamashkoreib"]}
SINKAT = {"accept": ["سنكات", "قرب سنكات", "Sinkat"]}
NAIROBI = {"accept": ["نيروبي", "Nairobi"]}

# ======================================== 262: Aley and Choueifat (a Beirut daily's Aley report, 2008)
HEZBOLLAH = {"en": ["Hezbollah", "Hizbullah", "Hezbollah fighters", "Hezbollah gunmen"],
             "ar": ["«حزب الله»", "حزب الله", "مسلحين من «حزب الله»", "مسلحي «حزب الله»"]}
PSP = {"en": ["Progressive Socialist Party", "PSP", "PSP supporters", "PSP fighters", "Jumblatt's party"],
       "ar": ["الحزب التقدمي الاشتراكي", "عناصر من الحزب التقدمي الاشتراكي", "مناصرو الحزب الاشتراكي",
              "مسلحي الاشتراكي", "«الاشتراكي»", "الحزب الاشتراكي"]}
AYTAT_FIGHT = merge(HEZBOLLAH, PSP)
LB_ARMY = {"en": ["Lebanese army", "Lebanese Armed Forces", "LAF", "army units", "army patrol"],
           "ar": ["الجيش اللبناني", "وحدات من الجيش اللبناني", "دورية للجيش", "الجيش"]}
PSP_LEADER = {"en": ["PSP leader", "head of the Progressive Socialist Party", "Progressive Socialist Party"],
              "ar": ["رئيس الحزب", "الحزب الاشتراكي"]}
PSP_SUPPORTERS = {"en": ["PSP supporters", "supporters"], "ar": ["أنصاره", "مناصرو الحزب الاشتراكي"]}
PSP_MP = {"en": ["Democratic Gathering MP", "PSP MP", "Democratic Gathering", "Progressive Socialist Party"],
          "ar": ["نائب عن «اللقاء الديمقراطي»", "«اللقاء الديمقراطي»", "اللقاء الديمقراطي"]}
HEZ_OFFICIAL = merge({"en": ["Hezbollah official in the Mountain", "Hezbollah official"],
                      "ar": ["مسؤول في «حزب الله» في الجبل", "مسؤول في «حزب الله»"]}, HEZBOLLAH)
HEZ_MEMBERS = merge({"en": ["two Hezbollah members"], "ar": ["اثنين من عناصره"]}, HEZBOLLAH)
LRC_NGOS = {"en": ["Lebanese Red Cross", "Lebanese Red Cross volunteers", "local associations"],
            "ar": ["متطوعون من الصليب الأحمر اللبناني", "الصليب الأحمر اللبناني", "جمعيات أهلية"]}
LB_DISPLACED = {"en": ["displaced families", "families displaced from Choueifat and Aramoun"],
                "ar": ["عشرات العائلات النازحة من الشويفات وعرمون", "العائلات النازحة"]}
LB_ARMY_CMDR = merge({"en": ["Lebanese army commander", "army commander", "Army Command"],
                      "ar": ["قائد الجيش", "مديرية التوجيه"]}, LB_ARMY)
FIGHT_PARTIES_LB = merge({"en": ["representatives of the two sides", "both sides"],
                          "ar": ["ممثلين عن الطرفين", "الطرفين"]}, AYTAT_FIGHT)
LDP_MEDIATOR = merge({"en": ["Lebanese Democratic Party mediator", "Lebanese Democratic Party", "mediators"],
                      "ar": ["أحد وسطاء الحزب الديمقراطي اللبناني", "الحزب الديمقراطي اللبناني"]},
                     AYTAT_FIGHT)
ARAB_COMMITTEE = {"en": ["Arab ministerial committee", "Arab League committee", "Arab League"],
                  "ar": ["لجنة وزارية عربية"]}
LB_LEADERS = {"en": ["Lebanese leaders", "Lebanese political leaders"], "ar": ["القيادات اللبنانية"]}
KHALDEH_GUNMEN = {"en": ["four gunmen", "gunmen", "detainees"], "ar": ["أربعة مسلحين", "الموقوفين"]}
SNIPERS = {"en": ["snipers", "sniper fire", "Hezbollah gunmen"], "ar": ["قناصة", "مسلحين من «حزب الله»"]}
PSP_VICTIMS = merge({"en": ["two PSP members"], "ar": ["عنصران من الحزب الاشتراكي"]}, PSP)
BAAKLINE_WOMEN = merge({"en": ["dozens of women", "women protesters", "women"],
                        "ar": ["عشرات النساء", "النساء"]}, CIVILIANS)
LB_ALL_PARTIES = {"en": ["all parties", "all sides"], "ar": ["«كل الأطراف»", "كل الأطراف"]}

AYTAT = {"accept": ["عيتات", "بلدة عيتات", "التلة 888", "«التلة 888»", "عاليه", "Aytat", "Aitat", "Hill 888",
                    "Aley"]}
CHOUEIFAT = {"accept": ["الشويفات", "حي العمروسية", "العمروسية", "Choueifat", "Shweifat", "Amrousieh"]}
KAYFOUN = {"accept": ["كيفون", "Kayfoun", "Kaifoun"]}
BAYSOUR = {"accept": ["بيصور", "بلدة بيصور", "Baysour", "Bayssour"]}
ALEY_BHAMDOUN = {"accept": ["عاليه", "بحمدون", "مدارس رسمية في عاليه وبحمدون", "Aley", "Bhamdoun"]}
YARZEH = {"accept": ["اليرزة", "Yarzeh", "Yarze"]}
BEIRUT = {"accept": ["بيروت", "Beirut"]}
KHALDEH = {"accept": ["خلدة", "حاجز خلدة", "Khaldeh", "Khalde"]}
BAAKLINE = {"accept": ["بعقلين", "السراي", "Baakline", "Baaqline"]}

# ======================================== 263: Ubari (a Fezzan news daily, 2014)
TUAREG = {"en": ["Tuareg fighters", "Tuareg gunmen", "Tuareg", "Tuareg armed groups"],
          "ar": ["مسلحين من الطوارق", "الطوارق"]}
TEBU = {"en": ["Tebu fighters", "Tebu gunmen", "Tebu", "Toubou", "Tebu armed groups"],
        "ar": ["آخرين من التبو", "التبو"]}
UBARI_FIGHT = merge(TUAREG, TEBU)
GHAT_NOTABLES = merge({"en": ["Ghat notables", "mediators from Ghat", "elders of Ghat"],
                       "ar": ["أعيان من مدينة غات", "أعيان من غات", "الطرفين"]}, UBARI_FIGHT)
LY_GUNMEN = {"en": ["gunmen", "armed men", "unidentified gunmen"], "ar": ["مسلحين"]}
NOC = {"en": ["National Oil Corporation", "NOC", "Libya's National Oil Corporation"],
       "ar": ["المؤسسة الوطنية للنفط"]}
TUAREG_COUNCIL = merge({"en": ["Tuareg Social Council", "Supreme Social Council of the Tuareg",
                               "Tuareg tribal council"],
                        "ar": ["المجلس الاجتماعي لقبائل الطوارق"]}, TUAREG)
TEBU_COUNCIL = merge({"en": ["Tebu Council of Notables", "Tebu notables", "Tebu elders' council"],
                      "ar": ["مجلس أعيان التبو"]}, TEBU)
TEBU_LEADERS = merge({"en": ["Tebu leaders", "Tebu commanders"], "ar": ["قادة من التبو"]}, TEBU)
LRC_LIBYA = {"en": ["Libyan Red Crescent", "Libyan Red Crescent volunteers", "Red Crescent"],
             "ar": ["متطوعو الهلال الأحمر الليبي", "الهلال الأحمر الليبي", "الجمعية"]}
UBARI_IDPS = {"en": ["displaced families", "three hundred displaced families", "displaced from Ubari"],
              "ar": ["نحو ثلاثمئة أسرة نازحة", "ثلاثمئة أسرة نازحة", "أسرة نازحة"]}
TEBU_BATTALION = merge({"en": ["Tebu battalion commander", "Tebu battalion", "Tebu brigade"],
                        "ar": ["آمر كتيبة من التبو", "كتيبة من التبو"]}, TEBU)
TUAREG_BATTALION = merge({"en": ["Tuareg battalion", "Tuareg brigade"], "ar": ["كتيبة من الطوارق"]}, TUAREG)
HOR = {"en": ["House of Representatives", "Libyan House of Representatives", "HoR delegation",
              "Tobruk parliament"],
       "ar": ["وفد من مجلس النواب المنعقد في طبرق", "مجلس النواب"]}
UBARI_PARTIES = merge({"en": ["representatives of both sides"], "ar": ["ممثلي الطرفين"]}, UBARI_FIGHT)
UNSMIL = {"en": ["United Nations Support Mission in Libya", "UNSMIL", "UN mission in Libya",
                 "United Nations"],
          "ar": ["بعثة الأمم المتحدة للدعم في ليبيا", "بعثة الأمم المتحدة"]}
SABHA_GATE = {"en": ["Sabha checkpoint guards", "security gate at Sabha's western entrance",
                     "security forces"],
              "ar": ["عناصرها", "بوابة عند المدخل الغربي لسبها"]}
SABHA_TRUCK_MEN = {"en": ["truck driver and three companions", "the driver", "four men"],
                   "ar": ["سائقها ومرافقيه الثلاثة", "سائقها"]}
GHAT_WOMEN = merge({"en": ["Tuareg and Tebu women", "women", "women protesters"],
                    "ar": ["نساء من الطوارق والتبو", "نساء"]}, CIVILIANS)
UBARI_ARMED_GROUPS = {"en": ["all armed groups", "armed formations"], "ar": ["كل التشكيلات المسلحة"]}
TEBU_NOTABLE = {"en": ["Tebu notable", "a Tebu elder"], "ar": ["أحد أعيان التبو"]}
LY_INTERIM_GOV = {"en": ["interim government", "Libyan interim government", "al-Thani government"],
                  "ar": ["الحكومة المؤقتة"]}

UBARI = {"accept": ["أوباري", "مدينة أوباري", "الأحياء الشرقية من مدينة أوباري", "Ubari", "Awbari", "Obari"]}
UBARI_SCHOOL = place({"accept": ["المدرسة المركزية"]}, UBARI)
SHARARA = {"accept": ["حقل الشرارة", "حقل الشرارة النفطي", "محطة الكهرباء في حقل الشرارة", "Sharara",
                      "El Sharara oil field"]}
GERMA = {"accept": ["جرمة", "مدارس البلدة", "Germa", "Jarma"]}
TRIPOLI_LY = {"accept": ["طرابلس", "Tripoli"]}
UBARI_SABHA_ROAD = {"accept": ["الطريق بين أوباري وسبها", "أوباري", "سبها", "Ubari–Sabha road", "Ubari",
                               "Sabha"]}
SABHA = {"accept": ["سبها", "المدخل الغربي لسبها", "Sabha", "Sebha"]}
GHAT = {"accept": ["غات", "مقر المجلس المحلي", "Ghat"]}
UBARI_MARKET = place({"accept": ["سوق المدينة", "قرب سوق المدينة"]}, UBARI)

# ======================================== 264: Kismayo (a Horn of Africa news site, 2009)
SHABAAB = {"en": ["al-Shabaab", "Harakat al-Shabaab al-Mujahideen", "Shabaab", "al-Shabaab fighters"],
           "ar": ["«حركة الشباب المجاهدين»", "حركة الشباب المجاهدين", "مقاتلي «حركة الشباب المجاهدين»",
                  "حركة الشباب", "حركةَ الشباب", "عناصر «الشباب»", "«الشباب»", "الشباب", "الحركة"]}
HIZBUL_ISLAM = {"en": ["Hizbul Islam", "Hizb al-Islam", "Islamic Party", "Hizbul Islam fighters"],
                "ar": ["«الحزب الإسلامي»", "الحزب الإسلامي", "مقاتلي «الحزب الإسلامي»",
                       "بيان للحزب الإسلامي"]}
KISMAYO_FIGHT = merge(SHABAAB, HIZBUL_ISLAM)
RAS_KAMBONI = merge({"en": ["Ras Kamboni Brigade", "Ras Kamboni fighters", "Mu'askar Ras Kamboni"],
                     "ar": ["مقاتلي معسكر «رأس كامبوني»", "معسكر «رأس كامبوني»", "رأس كامبوني"]},
                    HIZBUL_ISLAM)
HI_SPOKESMAN = merge({"en": ["Hizbul Islam spokesman"],
                      "ar": ["متحدث باسم الحزب الإسلامي", "المتحدث باسم الحزب الإسلامي"]}, HIZBUL_ISLAM)
KENYA_ARMY = {"en": ["Kenyan army", "Kenya Defence Forces", "Kenyan troops", "Kenya"],
              "ar": ["وحدات من الجيش الكيني", "الجيش الكيني"]}
KISMAYO_DETAINEES = {"en": ["three clan elders", "clan elders"],
                     "ar": ["ثلاثة من وجهاء العشائر", "وجهاء العشائر"]}
WFP = {"en": ["World Food Programme", "WFP"], "ar": ["برنامج الأغذية العالمي"]}
KISMAYO_CHARITY = {"en": ["local charity", "a local charitable society"], "ar": ["جمعية خيرية محلية"]}
JUBBA_IDPS = {"en": ["two hundred displaced families", "displaced families"],
              "ar": ["نحو مئتي أسرة نزحت", "مئتي أسرة"]}
CLAN_MEDIATORS = {"en": ["clan elders", "notables of the region", "elders"], "ar": ["وجهاء من المنطقة"]}
KISMAYO_COMMANDERS = merge({"en": ["field commanders of both sides"],
                            "ar": ["قادة ميدانيين من الطرفين", "الطرفين"]}, KISMAYO_FIGHT)
HI_SHURA = merge({"en": ["Hizbul Islam shura council", "shura council"], "ar": ["مجلس شورى الحزب الإسلامي"]},
                 HIZBUL_ISLAM)
TFG = {"en": ["Transitional Federal Government", "TFG", "Somali government", "Somali information minister"],
       "ar": ["وزير الإعلام في الحكومة الانتقالية", "الحكومة الانتقالية"]}
KISMAYO_RESIDENTS = merge({"en": ["residents of Kismayo"], "ar": ["سكان كسمايو"]}, CIVILIANS)
HI_CHECKPOINT = merge({"en": ["Hizbul Islam checkpoint", "two guards"],
                       "ar": ["نقطة تفتيش للحزب الإسلامي", "اثنين من حراسها"]}, HIZBUL_ISLAM)
SHABAAB_SUSPECTS = merge({"en": ["gunmen believed to be al-Shabaab"],
                          "ar": ["مسلحون يُعتقد أنهم من حركة الشباب"]}, SHABAAB)
DHOBLEY_PROTESTERS = merge({"en": ["hundreds of residents", "protesters"], "ar": ["مئات من السكان"]},
                           CIVILIANS)

KISMAYO = {"accept": ["كسمايو", "مدينة كسمايو", "Kismayo", "Kismaayo", "Kismayu"]}
KISMAYO_AIRPORT = place({"accept": ["مطار كسمايو", "حي فارجانو", "المطار", "Kismayo airport", "Farjano"]},
                        KISMAYO)
KISMAYO_NORTH = place({"accept": ["المدخل الشمالي لكسمايو"]}, KISMAYO)
DHOBLEY = {"accept": ["طوبلي", "بلدة طوبلي", "Dhobley", "Dhoobley", "Dobley"]}
LIBOI = {"accept": ["ليبوي", "منطقة ليبوي", "Liboi"]}
JUBBA_VILLAGES = {"accept": ["قرى على ضفة نهر جوبا", "نهر جوبا", "Jubba River", "Juba River", "Lower Juba"]}
JAMAME = {"accept": ["جمامي", "بلدة جمامي", "Jamaame", "Jamame"]}
AFMADOW = {"accept": ["أفمدو", "Afmadow", "Afmadoow"]}

# ======================================== 265: Samawah and Rumaitha (a Baghdad daily's Samawah report, 2004)
MAHDI_ARMY = {"en": ["Mahdi Army", "Jaish al-Mahdi", "Mahdi Army gunmen", "Sadrist militia"],
              "ar": ["«جيش المهدي»", "جيش المهدي", "مسلحين من «جيش المهدي»", "المسلحون", "المسلحين"]}
DUTCH = {"en": ["Dutch troops", "Dutch forces", "Netherlands armed forces", "Dutch patrol",
                "multinational forces", "coalition forces"],
         "ar": ["القوات الهولندية", "دورية هولندية", "جنديان هولنديان", "القوات المتعددة الجنسيات",
                "الدوريات الأجنبية", "الدوريات الهولندية"]}
IQ_POLICE_04 = {"en": ["Iraqi police", "Muthanna police", "local police"],
                "ar": ["عناصر من الشرطة العراقية", "الشرطة العراقية", "شرطة المثنى", "الشرطة المحلية",
                       "الشرطة"]}
RUMAITHA_FIGHT = merge(MAHDI_ARMY, DUTCH, IQ_POLICE_04)
RUMAITHA_POLICE_HQ = {"en": ["Rumaitha police directorate", "police directorate building"],
                      "ar": ["مبنى مديرية شرطة قضاء الرميثة", "مديرية شرطة قضاء الرميثة"]}
SAMAWAH_JOBLESS = merge({"en": ["unemployed young men", "about a thousand unemployed youths",
                                "jobless protesters", "protesters"],
                         "ar": ["نحو ألف شاب من العاطلين عن العمل", "العاطلين عن العمل", "عاطلون عن العمل",
                                "بعضهم"]}, CIVILIANS)
SAMAWAH_GUARDS = {"en": ["governorate guards", "guards"], "ar": ["الحراس"]}
JAPAN_SDF = {"en": ["Japanese Self-Defense Forces", "Japanese troops", "Japanese forces", "Japan"],
             "ar": ["القوات اليابانية", "معسكر القوات اليابانية"]}
SADR_OFFICE = {"en": ["Sadr office in Samawah", "Office of the Martyr al-Sadr", "Sadrists",
                      "director of the Sadr office"],
               "ar": ["مدير مكتب الشهيد الصدر في السماوة", "مكتب الشهيد الصدر", "مكتب الصدر"]}
RUMAITHA_IMAM = {"en": ["mosque imam", "imam of a Rumaitha mosque"], "ar": ["إمام أحد جوامع القضاء"]}
MUTHANNA_GOVERNOR = {"en": ["Muthanna governor", "governor of Muthanna"], "ar": ["محافظ المثنى"]}
RUMAITHA_SHEIKHS = merge({"en": ["Rumaitha tribal sheikhs", "tribal sheikhs", "Sadr office representatives"],
                          "ar": ["شيوخ عشائر الرميثة", "ممثلين عن مكتب الصدر"]}, SADR_OFFICE)
TRUCE_PARTIES_04 = merge({"en": ["the participants"], "ar": ["المجتمعون"]}, MUTHANNA_GOVERNOR,
                         RUMAITHA_SHEIKHS)
RUMAITHA_DETAINEES = {"en": ["eleven people", "eleven residents", "detainees"],
                      "ar": ["أحد عشر شخصاً", "ثلاثة منهم"]}
KHIDR_COUNCIL = {"en": ["Khidr district council", "district council"], "ar": ["مجلس القضاء"]}
CPA = {"en": ["Coalition Provisional Authority", "CPA", "CPA delegation"],
       "ar": ["وفد من سلطة الائتلاف المؤقتة", "سلطة الائتلاف المؤقتة"]}
MUTHANNA_COUNCIL = {"en": ["Muthanna provincial council", "provincial council"], "ar": ["مجلس المحافظة"]}
FUEL_TRUCK = {"en": ["fuel tanker", "tanker driver", "contractor's fuel truck"],
              "ar": ["صهريج وقود", "سائقه"]}
MARJAIYA = {"en": ["representative of the Najaf religious authority", "Shiite religious authority",
                   "marja'iyya"],
            "ar": ["ممثل للمرجعية الدينية في النجف", "المرجعية الدينية"]}
FOREIGN_FORCES_IQ = merge({"en": ["foreign forces"], "ar": ["القوات الأجنبية"]}, DUTCH)

RUMAITHA = {"accept": ["الرميثة", "قضاء الرميثة", "مبنى مديرية شرطة قضاء الرميثة", "أطراف الرميثة",
                       "Rumaitha", "Rumaythah", "Al-Rumaitha"]}
SAMAWAH = {"accept": ["السماوة", "Samawah", "Samawa", "As Samawah"]}
SAMAWAH_GOVERNORATE = place({"accept": ["مبنى المحافظة", "مبنى محافظة المثنى"]}, SAMAWAH)
JAPAN_CAMP = place({"accept": ["معسكر القوات اليابانية", "غربي السماوة"]}, SAMAWAH)
MUTHANNA = {"accept": ["المثنى", "أقضية المثنى", "الرميثة", "Muthanna", "Al Muthanna", "Rumaitha"]}
KHIDR = {"accept": ["الخضر", "Khidr", "Al Khidr"]}
SAMAWAH_RUMAITHA_ROAD = {"accept": ["الطريق بين السماوة والرميثة", "مدخلي القضاء", "الرميثة", "السماوة",
                                    "Samawah–Rumaitha road", "Rumaitha", "Samawah"]}
SAMAWAH_NASIRIYAH_ROAD = {"accept": ["الطريق بين السماوة والناصرية", "السماوة", "الناصرية",
                                     "Samawah–Nasiriyah road", "Samawah", "Nasiriyah"]}
