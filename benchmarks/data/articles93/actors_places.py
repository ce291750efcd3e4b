"""Accepted actor names and place names for the ninety-third team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «الشرطة», «الوزارة», «المجلس») are left out on purpose, with these
exceptions, each used only in an article where it names a single actor:
- 461: «الحركة» (only ever the Men of Dignity movement), «العشيرة» (only ever the Bedouin clan of the
  kidnappers), «الوجهاء» (only ever the mediating notables);
- 462: «النظام» (only ever the Syrian government, in the opposition's words), «المجلس العسكري» (only ever the
  Free Syrian Army's council in Damascus);
- 463: «الصاعقة» (only ever the Special Forces), «الكتائب» (only ever the armed brigades given the deadline);
- 464: «التنظيم» and «اللجان» (only ever Ansar al-Sharia and the Popular Committees);
- 465: «التنظيم» (only ever the Islamic State), «قيادة العمليات» (only ever the Nineveh Operations Command).
In meetings, negotiations, exchanges and agreements between two parties (CONSULT, AGREE, COOPERATE) both
parties are accepted in either role. In a two-sided fight (the main event of 461) both sides are sources and
there is no recipient.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ============================================================ 461: Shahba and Shaqqa (As-Suwayda), 2016
SW_KIDNAPPERS = {"en": ["unidentified gunmen", "kidnappers", "gunmen"],
                 "ar": ["مسلحون مجهولون", "الخاطفين", "المسلحين المتحصنين"]}
SW_WORKERS = {"en": ["five workers from Umm al-Zaytun", "workers", "abducted workers"],
              "ar": ["خمسة عمال", "العمال الخمسة", "المخطوفين"]}
KARAMA = {"en": ["Men of Dignity Movement", "Rijal al-Karama", "Sheikhs of Dignity", "Druze militia"],
          "ar": ["«حركة رجال الكرامة»", "حركة رجال الكرامة", "رجال الكرامة", "مقاتلي الحركة",
                 "مقاتلون من الحركة", "الحركة"]}
SW_CLAN = {"en": ["Bedouin clan", "Bedouin tribesmen", "clan members"],
           "ar": ["أبناء العشيرة", "عشيرة بدوية", "العشيرة"]}
SW_FIGHT = merge(KARAMA, SW_KIDNAPPERS, SW_CLAN)
SW_FAMILIES = {"en": ["relatives of the abducted", "residents of Umm al-Zaytun", "protesters"],
               "ar": ["العشرات من ذوي المخطوفين", "ذوي المخطوفين", "أهالي البلدة"]}
SW_AUTHORITIES = {"en": ["relevant authorities", "Syrian government", "authorities"],
                  "ar": ["الجهات المعنية"]}
TWO_CLANSMEN = {"en": ["two clansmen of the kidnappers", "two Bedouin men"],
                "ar": ["اثنين من أبناء عشيرتهم"]}
SIX_MEN = {"en": ["six Bedouin men", "six men of the clan", "Bedouin clan"],
           "ar": ["ستة رجال من أبناء العشيرة ذاتها", "ستة رجال", "الرجال الستة"]}
SW_NOTABLES = {"en": ["notables and sheikhs of the northern area", "Druze notables", "mediators"],
               "ar": ["وجهاء ومشايخ من المنطقة الشمالية", "وجهاء ومشايخ", "الوجهاء"]}
CLAN_ELDERS = {"en": ["clan elders", "Bedouin clan elders", "Bedouin clan"],
               "ar": ["ثلاثة من كبار العشيرة", "كبار العشيرة"]}
NOTABLES_ELDERS = merge(SW_NOTABLES, CLAN_ELDERS)
SWAP_PARTIES = merge({"en": ["representatives of both sides"], "ar": ["ممثلين عن الطرفين", "الطرفين"]},
                     NOTABLES_ELDERS, KARAMA, SW_KIDNAPPERS)
SW_POLICE = {"en": ["Suwayda police command", "Syrian police", "police"],
             "ar": ["قيادة شرطة المحافظة", "قيادة شرطة"]}
OLDEST_HOSTAGE = {"en": ["the oldest of the abducted workers", "abducted worker"],
                  "ar": ["أكبر المخطوفين سناً", "أكبر المخطوفين"]}
AQL_SHEIKHDOM = {"en": ["Druze spiritual leadership", "Mashyakhat al-Aql", "Sheikhs of Reason"],
                 "ar": ["مشيخة العقل"]}
JABAL_PEOPLE = {"en": ["people of the Mountain", "residents of As-Suwayda"], "ar": ["أبناء الجبل"]}
ONE_OF_SIX = {"en": ["one of the six men", "elderly Bedouin man"], "ar": ["أحد الرجال الستة"]}
SALKHAD_GUNMEN = {"en": ["gunmen", "kidnappers"], "ar": ["مسلحون"]}
SALKHAD_DOCTOR = {"en": ["doctor from Salkhad", "physician"], "ar": ["طبيباً من مدينة صلخد", "طبيباً"]}

# ====================================================== places: 461
SUWAYDA_GOV = {"accept": ["محافظة السويداء", "ريف السويداء", "As-Suwayda Governorate", "Suwayda", "Sweida"]}
UMM_ZAYTUN = place({"accept": ["أم الزيتون", "بلدة أم الزيتون", "Umm al-Zaytun", "Umm az-Zaytun"]},
                   SUWAYDA_GOV)
UMM_ZAYTUN_ENTRANCE = place({"accept": ["مدخل أم الزيتون", "الطريق الدولي عند مدخل أم الزيتون"]}, UMM_ZAYTUN)
SHAHBA_SHAQQA_ROAD = place({"accept": ["الطريق بين شهبا وشقا", "شهبا", "شقا", "Shahba–Shaqqa road", "Shahba",
                                       "Shaqqa"]}, SUWAYDA_GOV)
SHAQQA_FARM = place({"accept": ["شرق بلدة شقا", "مزرعة معزولة على أطراف البادية", "شقا", "Shaqqa", "Shaqa",
                                "east of Shaqqa"]}, SUWAYDA_GOV)
SHAHBA = place({"accept": ["مدينة شهبا", "شهبا", "Shahba", "Shahbaa"]}, SUWAYDA_GOV)
SHAHBA_CHECKPOINT = place({"accept": ["المدخل الشرقي لمدينة شهبا"]}, SHAHBA)
SHAQQA_JUNCTION = place({"accept": ["مفرق بلدة شقا", "شقا", "Shaqqa", "Shaqa"]}, SUWAYDA_GOV)
SW_DESERT = place({"accept": ["البادية", "Suwayda desert", "eastern desert"]}, SUWAYDA_GOV)
SALKHAD = place({"accept": ["مدينة صلخد", "صلخد", "Salkhad", "القريّا", "al-Qurayya"]}, SUWAYDA_GOV)

# ============================================================ 462: Damascus, 2013
SY_ARMY = {"en": ["Syrian army", "Syrian regime forces", "Military Forces of Syria", "Syrian government"],
           "ar": ["القوات النظامية السورية", "القوات النظامية", "الجيش النظامي", "وحدات من الجيش"]}
SY_REBELS = {"en": ["opposition fighters", "rebels", "Free Syrian Army"], "ar": ["مقاتلي المعارضة"]}
QABOUN_FIGHT = merge(SY_REBELS, SY_ARMY)
QB_CIVILIANS = {"en": ["civilians", "residents of Qaboun and Barzeh"], "ar": ["عدد من المدنيين"]}
FSA_DAMASCUS = {"en": ["Military Council in Damascus", "Free Syrian Army", "FSA", "rebels"],
                "ar": ["«المجلس العسكري في دمشق»", "المجلس العسكري في دمشق", "المجلس العسكري",
                       "«الجيش السوري الحر»", "الجيش السوري الحر", "مقاتلوه"]}
TERROR_GROUPS = {"en": ["armed terrorist groups", "rebels"],
                 "ar": ["«المجموعات الإرهابية المسلحة»", "المجموعات الإرهابية المسلحة"]}
MORTAR_SIDE = merge(FSA_DAMASCUS, TERROR_GROUPS)
BAB_TOUMA_VICTIMS = {"en": ["civilians", "four civilians", "people waiting at the bus stop"],
                     "ar": ["أربعة مدنيين", "المنتظرين"]}
SANA = {"en": ["SANA", "Syrian Arab News Agency", "Syrian state media"],
        "ar": ["الوكالة العربية السورية للأنباء «سانا»", "«سانا»", "سانا"]}
SY_REGIME = {"en": ["Syrian regime", "Syrian government"], "ar": ["النظامَ", "النظام"]}
SECURITY_CHECKPOINTS = {"en": ["security checkpoints", "Syrian security forces", "Syrian government"],
                        "ar": ["عناصر الحواجز الأمنية", "الحواجز الأمنية"]}
THIRTY_YOUTHS = {"en": ["more than thirty young men", "young men"],
                 "ar": ["أكثر من ثلاثين شاباً", "ثلاثين شاباً"]}
INFO_MINISTER = {"en": ["Syrian Minister of Information", "Syrian government"], "ar": ["وزير الإعلام السوري"]}
REGIONAL_STATES = {"en": ["regional states", "regional countries"], "ar": ["دولاً إقليمية"]}
SY_COALITION = {"en": ["National Coalition for Syrian Revolutionary and Opposition Forces",
                       "Syrian National Coalition", "Syrian opposition"],
                "ar": ["«الائتلاف الوطني لقوى الثورة والمعارضة السورية»",
                       "الائتلاف الوطني لقوى الثورة والمعارضة السورية", "الائتلاف الوطني"]}
UNSC = {"en": ["UN Security Council", "Security Council", "United Nations"],
        "ar": ["مجلس الأمن الدولي", "مجلس الأمن"]}
BARZEH_TALKS = {"en": ["notables of Barzeh", "Syrian army officers", "Syrian army"],
                "ar": ["وجهاء الحي", "ضباط في الجيش النظامي", "الجيش النظامي"]}
ENVOY_FM = {"en": ["UN and Arab League envoy", "Joint Special Representative for Syria", "UN envoy",
                   "Syrian Foreign Minister", "Syrian government"],
            "ar": ["المبعوث الدولي والعربي", "المبعوث الدولي", "وزير الخارجية السوري"]}
SECURITY_BRANCHES = {"en": ["security branches", "Syrian security services", "Syrian government"],
                     "ar": ["المربع الأمني", "الفروع الأمنية"]}
SARC = {"en": ["Syrian Arab Red Crescent", "SARC"],
        "ar": ["الهلال الأحمر العربي السوري", "للهلال الأحمر العربي السوري", "الهلال الأحمر"]}
CHECKPOINT_MEN = {"en": ["checkpoint personnel", "Syrian security forces", "Syrian government"],
                  "ar": ["عناصر الحاجز", "حاجز عند مدخله الجنوبي"]}
DAMASCUS_GOVERNORATE = {"en": ["Damascus Governorate", "Damascus governorate council", "Syrian government"],
                        "ar": ["محافظة دمشق"]}
SY_AUTHORITIES = {"en": ["Syrian authorities", "Syrian government"], "ar": ["السلطات"]}
NUSRA = {"en": ["Jabhat al-Nusra", "al-Nusra Front"], "ar": ["«جبهة النصرة»", "جبهة النصرة"]}

# ====================================================== places: 462
DAMASCUS = {"accept": ["دمشق", "العاصمة دمشق", "Damascus"]}
QABOUN = place({"accept": ["حي القابون", "القابون", "Qaboun", "al-Qabun", "Qabun"]}, DAMASCUS)
QABOUN_BARZEH = place({"accept": ["القابون", "برزة", "حيّي القابون وبرزة", "Qaboun", "Barzeh", "Barza"]},
                      DAMASCUS)
BAB_TOUMA = place({"accept": ["ساحة باب توما", "باب توما", "Bab Touma", "Bab Tuma", "دمشق القديمة",
                              "Old City of Damascus"]}, DAMASCUS)
MIDAN = place({"accept": ["حي الميدان", "الميدان", "al-Midan", "Midan", "ساحة باب مصلى", "باب مصلى",
                          "Bab Musalla"]}, DAMASCUS)
BARZEH = place({"accept": ["برزة", "Barzeh", "Barza"]}, DAMASCUS)
ABBASIYYIN = place({"accept": ["ساحة العباسيين", "العباسيين", "Abbasiyyin Square", "Abbasiyin"]}, QABOUN)
MUJTAHED = place({"accept": ["مستشفى المجتهد", "al-Mujtahid hospital", "Mujtahid"]}, DAMASCUS)
SECURITY_SQUARE = place({"accept": ["قلب المربع الأمني", "المربع الأمني", "security quarter"]}, DAMASCUS)
MEZZEH = place({"accept": ["حي المزة", "المزة", "Mezzeh", "al-Mazzeh", "Mazzeh"]}, DAMASCUS)

# ============================================================ 463: Benghazi, 2014
BG_GUNMEN = {"en": ["unidentified gunmen", "gunmen", "assassins"], "ar": ["مسلحين مجهولين", "المسلحين"]}
MP_OFFICERS = {"en": ["two military police officers", "Libyan Military Police", "Libyan army officers"],
               "ar": ["ضابطان في الشرطة العسكرية", "الضابطين", "الضابطان"]}
BG_JUDGE = {"en": ["judge of the North Benghazi court", "judge"],
            "ar": ["قاضٍ في محكمة شمال بنغازي", "القاضي"]}
JOINT_ROOM = {"en": ["Benghazi Joint Security Room", "Joint Security Room", "Libyan security forces"],
              "ar": ["الغرفة الأمنية المشتركة"]}
EXTREMISTS = {"en": ["extremist groups", "Islamist militants"],
              "ar": ["«جماعات متطرفة ترفض قيام الجيش والشرطة»", "جماعات متطرفة"]}
ANSAR_LY = {"en": ["Ansar al-Sharia", "Ansar al-Sharia Brigade", "Ansar al-Sharia in Libya"],
            "ar": ["«كتيبة أنصار الشريعة»", "كتيبة أنصار الشريعة", "أنصار الشريعة"]}
BG_PROTESTERS = {"en": ["residents of Benghazi", "protesters"],
                 "ar": ["مئات من أهالي المدينة", "أهالي المدينة"]}
GNC_GOV = {"en": ["General National Congress", "GNC", "Libyan interim government", "Government of Libya"],
           "ar": ["المؤتمر الوطني العام", "الحكومة المؤقتة"]}
CIVIL_MOVEMENT = {"en": ["Benghazi Civil Movement", "civil society activists"],
                  "ar": ["«الحراك المدني في بنغازي»", "الحراك المدني في بنغازي", "الحراك المدني"]}
INTERIM_GOV = {"en": ["Libyan interim government", "Government of Libya"], "ar": ["الحكومة المؤقتة"]}
SECURITY_DIRECTOR = {"en": ["director of the Benghazi Security Directorate", "Benghazi security chief",
                            "Libyan police"],
                     "ar": ["مدير مديرية أمن بنغازي"]}
SAIQA = {"en": ["Special Forces (Saiqa)", "Saiqa", "Libyan Special Forces", "Libyan army"],
         "ar": ["القوات الخاصة «الصاعقة»", "القوات الخاصة", "«الصاعقة»", "الصاعقة"]}
LY_SECURITY = {"en": ["Libyan security services", "Libyan police"], "ar": ["الأجهزة الأمنية"]}
BG_SUSPECTS = {"en": ["suspects"], "ar": ["أي مشتبه به"]}
THIRD_OFFICER = {"en": ["a third officer"], "ar": ["ضابط ثالث"]}
SAIQA_COMMANDER = {"en": ["Special Forces commander", "Saiqa commander", "Libyan army"],
                   "ar": ["آمر القوات الخاصة"]}
BRIGADES = {"en": ["armed brigades", "militias"], "ar": ["الكتائب المسلحة", "الكتائب"]}
DELEGATION_COUNCIL = {"en": ["General National Congress delegation", "GNC", "Benghazi Local Council",
                             "security chiefs"],
                      "ar": ["وفد من المؤتمر الوطني العام", "أعضاء المجلس المحلي", "قادة الأجهزة الأمنية"]}
BG_COUNCIL = {"en": ["Benghazi Local Council", "local council"],
              "ar": ["المجلس المحلي لمدينة بنغازي", "المجلس المحلي"]}
BG_TRADERS = {"en": ["traders and shopkeepers"], "ar": ["التجار وأصحاب المحال"]}
DERNA_GUNMEN = {"en": ["gunmen", "unidentified gunmen"], "ar": ["مسلحون"]}
DERNA_OFFICER = {"en": ["retired air force officer", "retired officer"],
                 "ar": ["ضابطاً متقاعداً في سلاح الجو", "ضابطاً متقاعداً"]}
DERNA_PROTESTERS = {"en": ["residents of Derna", "protesters"], "ar": ["العشرات من أهالي درنة"]}

# ====================================================== places: 463
BENGHAZI = {"accept": ["مدينة بنغازي", "بنغازي", "Benghazi", "Banghazi"]}
LAITHI = place({"accept": ["حي الليثي", "الليثي", "al-Laithi", "Laithi", "al-Leithi"]}, BENGHAZI)
FUWAIHAT = place({"accept": ["حي الفويهات", "الفويهات", "al-Fuwaihat", "Fuwayhat"]}, BENGHAZI)
KISH = place({"accept": ["ساحة الكيش", "الكيش", "Kish Square", "al-Kish"]}, BENGHAZI)
BU_ATNI = place({"accept": ["حي بوعطني", "بوعطني", "Bu Atni", "Bouatni"]}, BENGHAZI)
THREE_DISTRICTS = place({"accept": ["الليثي", "الفويهات", "السلماني", "al-Laithi", "al-Fuwaihat",
                                    "al-Salmani"]}, BENGHAZI)
DERNA = {"accept": ["مدينة درنة", "درنة", "Derna", "Darnah"]}

# ============================================================ 464: Jaar and Zinjibar (Abyan), 2012
ABYAN_DISPLACED = {"en": ["displaced people of Abyan", "Abyan IDPs", "displaced persons", "protesters"],
                   "ar": ["مئات من نازحي محافظة أبين", "نازحي محافظة أبين", "المتظاهرين"]}
YE_GOV = {"en": ["Yemeni government", "Government of Yemen"], "ar": ["الحكومة"]}
FAMILY_VICTIMS = {"en": ["three members of one family", "returnees", "civilians"],
                  "ar": ["ثلاثة أشخاص من أسرة واحدة", "ثلاثة أشخاص", "عائدين إلى منزلهم"]}
AQAP = {"en": ["Ansar al-Sharia", "AQAP", "al-Qaeda in the Arabian Peninsula"],
        "ar": ["مسلحو «أنصار الشريعة»", "«أنصار الشريعة»", "أنصار الشريعة", "التنظيم"]}
POPULAR_COMMITTEES = {"en": ["Popular Committees", "Popular Resistance Committees", "pro-government militia"],
                      "ar": ["اللجان الشعبية", "مسلحي اللجان الشعبية", "اللجان"]}
DEMINING_PARTNERS = merge({"en": ["engineering units of the 25th Mechanized Brigade", "Yemeni army",
                                  "Military Forces of Yemen"],
                           "ar": ["وحدات الهندسة في اللواء 25 ميكا", "وحدات الهندسة", "اللواء 25 ميكا"]},
                          POPULAR_COMMITTEES)
ABYAN_AUTHORITY = {"en": ["Abyan local authority", "Abyan governorate", "Yemeni government"],
                   "ar": ["السلطة المحلية في أبين", "السلطة المحلية"]}
INTL_ORGS = {"en": ["international organisations", "international organizations"], "ar": ["المنظمات الدولية"]}
WFP = {"en": ["World Food Programme", "WFP", "United Nations"], "ar": ["برنامج الأغذية العالمي"]}
RETURNING_FAMILIES = {"en": ["families returning to Zinjibar", "returnees", "displaced families"],
                      "ar": ["أكثر من خمسمئة أسرة عائدة إلى زنجبار", "خمسمئة أسرة"]}
MINISTER_AUTHORITY = {"en": ["Minister of Local Administration", "Yemeni government",
                              "Abyan local authority"],
                      "ar": ["وزير الإدارة المحلية", "قيادة السلطة المحلية"]}
RETURNEES_ZINJIBAR = {"en": ["displaced people returning to Zinjibar", "returnees"],
                      "ar": ["النازحون العائدون إلى زنجبار", "النازحون العائدون"]}
IDP_COMMITTEE = {"en": ["displaced persons' committee", "IDP committee"], "ar": ["لجنة النازحين"]}
CENTRAL_SECURITY = {"en": ["Central Security Forces", "Yemeni police", "Yemeni security forces"],
                    "ar": ["قوات الأمن المركزي"]}
SHUQRA_SHEPHERD = {"en": ["shepherd", "teenage shepherd"], "ar": ["راعٍ في الخامسة عشرة من عمره", "راعٍ"]}

# ====================================================== places: 464
ABYAN = {"accept": ["محافظة أبين", "أبين", "Abyan", "Abyan Governorate"]}
ADEN = {"accept": ["عدن", "Aden"]}
SHEIKH_OTHMAN = place({"accept": ["مديرية الشيخ عثمان", "الشيخ عثمان", "Sheikh Othman", "Shaykh Uthman"]},
                      ADEN)
ADEN_SCHOOL = place({"accept": ["إحدى المدارس التي تؤوي النازحين في عدن"]}, ADEN)
JAAR = place({"accept": ["جعار", "مداخل جعار", "Jaar", "Ja'ar"]}, ABYAN)
ZINJIBAR = place({"accept": ["زنجبار", "مدينة زنجبار", "Zinjibar", "Zingibar"]}, ABYAN)
JAAR_ZINJIBAR_ROAD = place({"accept": ["الطريق الترابي بين جعار وزنجبار", "بين جعار وزنجبار",
                                       "Jaar–Zinjibar road"]}, JAAR, ZINJIBAR)
JAAR_ZINJIBAR = place(JAAR, ZINJIBAR)
MARAQISHA = place({"accept": ["جبال المراقشة", "المراقشة", "al-Maraqisha mountains", "Maraqisha",
                              "مديرية المحفد", "al-Mahfad"]}, ABYAN)
SHUQRA = place({"accept": ["مدينة شقرة الساحلية", "شقرة", "Shuqra", "Shuqrah"]}, ABYAN)

# ============================================================ 465: Qayyarah and Mosul (Nineveh), 2018
ISIS = {"en": ["Islamic State", "ISIS", "IS", "ISIL", "Daesh"],
        "ar": ["مسلحون من تنظيم «داعش»", "تنظيم «داعش»", "«داعش»", "داعش", "التنظيم", "المهاجمين"]}
TRIBAL_HASHD = {"en": ["Tribal Mobilisation fighters", "Tribal Hashd", "Popular Mobilization Forces", "PMF"],
                "ar": ["ثلاثة من مقاتلي الحشد العشائري", "مقاتلي الحشد العشائري", "الحشد العشائري"]}
NINEVEH_OPS = {"en": ["Nineveh Operations Command", "Iraqi army", "Military Forces of Iraq"],
               "ar": ["قيادة عمليات نينوى", "قيادة العمليات"]}
NINEVEH_OPS_9TH = merge(NINEVEH_OPS, {"en": ["9th Armoured Division"],
                                      "ar": ["قوة من الفرقة المدرعة التاسعة", "الفرقة المدرعة التاسعة"]})
FEDERAL_POLICE = {"en": ["Federal Police", "Iraqi police"], "ar": ["قوات الشرطة الاتحادية"]}
COALITION = {"en": ["International Coalition", "US-led coalition", "CJTF-OIR"],
             "ar": ["طائرات التحالف الدولي", "التحالف الدولي"]}
COALITION_OPS = merge(COALITION, NINEVEH_OPS)
MIL_INTEL = {"en": ["Iraqi Military Intelligence", "Iraqi army", "Military Forces of Iraq"],
             "ar": ["قوة من الاستخبارات العسكرية", "الاستخبارات العسكرية"]}
FIVE_SUSPECTS = {"en": ["five suspects"], "ar": ["خمسة مشتبه بهم"]}
MISSING_FAMILIES = {"en": ["relatives of the missing", "families of missing persons", "protesters"],
                    "ar": ["العشرات من ذوي المفقودين", "ذوي المفقودين"]}
FED_GOV = {"en": ["Iraqi federal government", "Government of Iraq"], "ar": ["الحكومة الاتحادية"]}
TURKISH_AIR = {"en": ["Turkish Air Force", "Turkey", "Turkish military"], "ar": ["طائرة تركية"]}
YBS = {"en": ["Sinjar Resistance Units", "YBS"], "ar": ["«وحدات مقاومة سنجار»", "وحدات مقاومة سنجار"]}
IQ_MFA = {"en": ["Iraqi Ministry of Foreign Affairs", "Government of Iraq"],
          "ar": ["وزارة الخارجية العراقية"]}
TURKEY = {"en": ["Turkey", "Government of Turkey"], "ar": ["التركية"]}
HASHD_COMMANDER = {"en": ["Tribal Hashd commander in Qayyarah", "Popular Mobilization Forces"],
                   "ar": ["قائد الحشد العشائري في القيارة", "قائد الحشد العشائري"]}
BORDER_GUARDS = {"en": ["Iraqi Border Guard Command", "Iraqi Border Guards"], "ar": ["قيادة قوات الحدود"]}
NINEVEH_COUNCIL = {"en": ["Nineveh Provincial Council", "provincial council"], "ar": ["مجلس محافظة نينوى"]}
NINEVEH_GOVERNOR = {"en": ["Governor of Nineveh", "Nineveh governor"], "ar": ["محافظ نينوى"]}
TAL_AFAR_BOMBER = merge({"en": ["suicide bomber"], "ar": ["انتحاري"]}, ISIS)

# ====================================================== places: 465
NINEVEH = {"accept": ["محافظة نينوى", "نينوى", "Nineveh", "Ninawa"]}
MOSUL = place({"accept": ["الموصل", "Mosul", "al-Mawsil"]}, NINEVEH)
QAYYARAH = place({"accept": ["ناحية القيارة", "القيارة", "Qayyarah", "al-Qayyarah", "Qayara"]}, NINEVEH)
HATRA_DESERT = place({"accept": ["صحراء الحضر", "الحضر", "Hatra desert", "al-Hadr", "Hatra"]}, NINEVEH)
ZANJILI = place({"accept": ["حي الزنجيلي", "الزنجيلي", "al-Zanjili", "Zanjili"]}, MOSUL)
MOSUL_LEFT = place({"accept": ["مبنى مجلس محافظة نينوى", "الجانب الأيسر من الموصل", "left bank of Mosul"]},
                   MOSUL)
SINJAR_MT = place({"accept": ["جبل سنجار", "سنجار", "Mount Sinjar", "Sinjar"]}, NINEVEH)
BAAJ = place({"accept": ["صحراء البعاج", "البعاج", "al-Baaj", "Ba'aj"]}, NINEVEH)
TAL_AFAR = place({"accept": ["قضاء تلعفر", "تلعفر", "Tal Afar", "Tal Afar district"]}, NINEVEH)
