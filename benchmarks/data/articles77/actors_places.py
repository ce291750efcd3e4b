"""Accepted actor names and place names for the seventy-seventh team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الحكومة», «اللجنة», «القوة») are left out on purpose, with
these exceptions, each used only in an article where it names a single actor:
- 383: «الوسطاء» (only ever the tribal mediators), «الأسرتين» (only ever the two feuding families);
- 384: «الكتيبة» (only ever the Fursan al-Jabal battalion), «الحراك» (only ever the Gharyan youth movement),
  «العميد» (only ever the mayor of Gharyan);
- 385: «القوة» (only ever the army unit of the Kurmuk clash, and only for the seizure it made), «اللجنة» (only
  ever the joint security committee).
In meetings, calls and agreements between them (CONSULT, AGREE) both parties are accepted in either role. In a
two-sided fight (385's main event) both sides are sources and there is no recipient.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ============ 381: Talbiseh, al-Rastan, al-Houla (Taldou), Teir Maalla (northern Homs countryside), 2015
SY_REGIME = {"en": ["Syrian government forces", "Syrian regime", "Syrian Arab Army",
                    "Military Forces of Syria"],
             "ar": ["قوات النظام", "حواجز النظام", "مروحيات النظام", "وحدات من الجيش", "النظام السوري"]}
SY_REGIME_HELI = merge({"en": ["Syrian Arab Air Force", "regime helicopters"], "ar": ["مروحيات النظام"]},
                       SY_REGIME)
SY_REGIME_REINF = merge({"en": ["Syrian army reinforcements"], "ar": ["تعزيزات لقوات النظام"]}, SY_REGIME)
SY_CHECKPOINTS = merge({"en": ["regime checkpoints"], "ar": ["حواجز النظام"]}, SY_REGIME)
HOULA_PROTESTERS = {"en": ["residents of al-Houla", "Houla residents", "protesters in Taldou"],
                    "ar": ["مئات من أهالي منطقة الحولة", "أهالي منطقة الحولة", "أهالي الحولة"]}
TALBISEH_CIVILIANS = {"en": ["civilians", "eight civilians", "market-goers in Talbiseh"],
                      "ar": ["ثمانية مدنيين", "مدنيين", "المتسوقين"]}
TALBISEH_COUNCIL = {"en": ["Talbiseh Local Council", "local council of Talbiseh"],
                    "ar": ["«المجلس المحلي لمدينة تلبيسة»", "المجلس المحلي لمدينة تلبيسة",
                           "المجلس المحلي في البلدة"]}
TALBISEH_FIELD_HOSPITAL = {"en": ["Talbiseh field hospital", "field hospital"],
                           "ar": ["المشفى الميداني في البلدة", "المشفى الميداني"]}
SANA_TERRORISTS = {"en": ["armed opposition", "rebels"], "ar": ["تجمعات للإرهابيين"]}
INTL_ORGS = {"en": ["international humanitarian organisations", "international organisations"],
             "ar": ["المنظمات الإنسانية الدولية"]}
NORTH_BRIGADES = {"en": ["Northern Countryside Brigades Gathering", "rebels", "armed opposition"],
                  "ar": ["«تجمع كتائب الريف الشمالي»", "تجمع كتائب الريف الشمالي"]}
UN_SARC = {"en": ["United Nations", "UN", "Syrian Arab Red Crescent", "SARC"],
           "ar": ["قافلة مساعدات مشتركة للأمم المتحدة", "الأمم المتحدة", "«الهلال الأحمر العربي السوري»",
                  "الهلال الأحمر العربي السوري"]}
MARKET_WOUNDED = {"en": ["five wounded from the market", "wounded civilians"],
                  "ar": ["خمسة من جرحى السوق", "جرحى السوق"]}
HOULA_PERPETRATORS = merge(SY_REGIME, {"en": ["pro-government militias", "shabiha"],
                                       "ar": ["ميليشيات موالية لها"]})
HOULA_VICTIMS = {"en": ["more than a hundred civilians", "civilians of al-Houla"], "ar": ["أكثر من مئة مدني"]}
UN_COI = {"en": ["UN Commission of Inquiry", "UN commission of inquiry"], "ar": ["لجنة تحقيق أممية"]}
SY_MIL_SECURITY = {"en": ["Military Security", "Military Security Branch", "Syrian government"],
                   "ar": ["دورية لفرع الأمن العسكري", "فرع الأمن العسكري", "الأمن العسكري"]}
HOULA_YOUTHS = {"en": ["six young men from al-Houla", "secondary school candidates"],
                "ar": ["ستة شبان من أبناء الحولة", "ستة شبان"]}
SNC = {"en": ["Syrian National Coalition", "National Coalition"],
       "ar": ["«الائتلاف الوطني السوري»", "الائتلاف الوطني السوري"]}
TALBISEH_HOULA_PEOPLE = {"en": ["people of Talbiseh and al-Houla", "residents of Talbiseh"],
                         "ar": ["أهالي تلبيسة والحولة"]}
UNSC = {"en": ["UN Security Council", "Security Council"], "ar": ["مجلس الأمن الدولي"]}

# ====================================================== places: 381
HOULA = {"accept": ["بلدة تلدو", "تلدو", "منطقة الحولة", "الحولة", "Taldou", "Tal Dou", "al-Houla", "Houla"]}
RASTAN = {"accept": ["مدينة الرستن", "الرستن", "al-Rastan", "Rastan", "Ar Rastan"]}
TALBISEH = {"accept": ["تلبيسة", "السوق الشعبي وسط البلدة", "Talbiseh", "Talbisah", "Tal Bisa"]}
TEIR_MAALLA = {"accept": ["بلدة تير معلة", "تير معلة", "Teir Maalla", "Tir Maalah", "Ter Maaleh"]}
RASTAN_TALBISEH = place(RASTAN, TALBISEH)
HOMS_WOUNDED = {"accept": ["مشافي مدينة حمص", "مدينة حمص", "حمص", "Homs", "تلبيسة", "Talbiseh"]}
HOMS_NORTH_GATE = {"accept": ["المدخل الشمالي لمدينة حمص", "مدينة حمص", "حمص", "Homs"]}
HOMS_HIGHWAY = {"accept": ["الطريق الدولي بين حمص وحماة", "الطريق الدولي", "Homs-Hama highway", "M5 highway"]}

# ============ 382: Amuda, al-Qahtaniyah, Qamishli, Rmelan (Hasakah, Syria), 2024
ASAYISH = {"en": ["Asayish", "Internal Security Forces", "Autonomous Administration security forces"],
           "ar": ["قوى الأمن الداخلي «الأسايش»", "قوى الأمن الداخلي", "«الأسايش»", "الأسايش"]}
AMUDA_DETAINEES = {"en": ["eleven people", "suspected ISIS cell members"],
                   "ar": ["أحد عشر شخصاً", "خلية تابعة لتنظيم «داعش»"]}
ISIS = {"en": ["Islamic State", "ISIS", "IS", "Daesh"], "ar": ["تنظيم «داعش»", "«داعش»", "داعش"]}
TR_ARMY = {"en": ["Turkish Armed Forces", "Turkish army", "Turkey", "Turkish Ministry of National Defence"],
           "ar": ["الجيش التركي", "وزارة الدفاع التركية", "طائرة مسيّرة تركية", "مسيّرة تركية"]}
TR_DRONE = merge({"en": ["Turkish drone", "Turkish Air Force"],
                  "ar": ["طائرة مسيّرة تركية", "مسيّرة تركية", "المسيّرات التركية"]}, TR_ARMY)
QAHT_VICTIMS = {"en": ["three civilians", "the driver, his brother and a municipal employee", "civilians"],
                "ar": ["ثلاثة أشخاص", "سائق السيارة وشقيقه", "سائق السيارة"]}
TR_BUILDUP = merge({"en": ["Turkish army build-up"], "ar": ["حشود للجيش التركي"]}, TR_ARMY)
SDF = {"en": ["Syrian Democratic Forces", "SDF", "QSD"],
       "ar": ["«قوات سوريا الديمقراطية»", "قوات سوريا الديمقراطية", "«قسد»", "قسد"]}
COALITION_RUSSIA = {"en": ["US-led coalition", "international coalition", "Russia"],
                    "ar": ["التحالف الدولي وروسيا", "التحالف الدولي", "روسيا"]}
AANES = {"en": ["Autonomous Administration of North and East Syria", "AANES", "Autonomous Administration"],
         "ar": ["الإدارة الذاتية لشمال وشرق سوريا", "الإدارة الذاتية"]}
SDF_COALITION = {"en": ["SDF", "Syrian Democratic Forces", "US-led coalition", "international coalition",
                        "CJTF-OIR"],
                 "ar": ["قوة مشتركة من «قسد» والتحالف الدولي", "«قسد»", "التحالف الدولي"]}
RU_TR_PATROL = {"en": ["Russian military police", "Russia", "Turkish army", "Turkey"],
                "ar": ["الدورية الروسية التركية المشتركة", "موسكو", "أنقرة"]}
QAHT_PROTESTERS = {"en": ["residents of al-Qahtaniyah", "protesters"],
                   "ar": ["مئات من أهالي القحطانية", "أهالي القحطانية"]}
COALITION = {"en": ["US-led coalition", "international coalition", "Global Coalition against Daesh"],
             "ar": ["وفد من التحالف الدولي", "التحالف الدولي"]}
QAHT_COUNCIL = {"en": ["al-Qahtaniyah town council", "families of the dead"],
                "ar": ["أعضاء مجلس البلدة", "ذوي القتلى", "الرئاسة المشتركة للمجلس"]}
QAHT_VISIT = merge(COALITION, QAHT_COUNCIL)
RMELAN_WORKERS = {"en": ["two workers", "oil pumping station workers"], "ar": ["عاملين اثنين"]}
KURD_RED_CRESCENT = {"en": ["Kurdish Red Crescent", "Heyva Sor a Kurd"],
                     "ar": ["«هيئة الهلال الأحمر الكردي»", "هيئة الهلال الأحمر الكردي",
                            "الهلال الأحمر الكردي"]}
BORDER_DISPLACED = {"en": ["sixty displaced families", "displaced families"],
                    "ar": ["ستين عائلة نزحت", "ستين عائلة"]}

# ====================================================== places: 382
AMUDA = {"accept": ["مدينة عامودا", "عامودا", "Amuda", "Amude", "Amouda"]}
QAMISHLI_QAHT_ROAD = {"accept": ["الطريق الواصل بين القامشلي وبلدة القحطانية", "القحطانية", "القامشلي",
                                 "al-Qahtaniyah", "Qahtaniyah", "Tirbespiyê", "Qamishli"]}
QAHTANIYAH = {"accept": ["بلدة القحطانية", "القحطانية", "al-Qahtaniyah", "Qahtaniyah", "Tirbespiyê"]}
QAHT_SOUTHEAST = {"accept": ["قرية زراعية جنوب شرقي القحطانية", "القحطانية", "al-Qahtaniyah", "Qahtaniyah"]}
QAMISHLI_EAST = {"accept": ["الطريق الحدودي شرقي القامشلي", "القامشلي", "Qamishli", "Qamishlo"]}
AMUDA_BORDER = {"accept": ["الجانب الآخر من الحدود قبالة عامودا", "عامودا", "Amuda", "Turkey-Syria border"]}
RMELAN = {"accept": ["بلدة رميلان", "رميلان", "Rmelan", "Rumeilan", "Rmeilan"]}
QAMISHLI = {"accept": ["أحياء القامشلي", "القامشلي", "Qamishli", "Qamishlo"]}

# ============ 383: Raghwan, Marib city, Medghal (Marib, Yemen), 2023
AL_MURSHID = {"en": ["Al Murshid family", "Al Murshid"], "ar": ["آل مرشد", "أبناء آل مرشد"]}
AL_JABER = {"en": ["Al Jaber family", "Al Jaber"], "ar": ["آل جابر", "وجهاء آل جابر"]}
JABER_GUNMEN = merge({"en": ["Al Jaber gunmen", "gunmen"], "ar": ["مسلحون من آل جابر", "أربعة مسلحين"]},
                     AL_JABER)
MURSHID_VICTIMS = merge({"en": ["three members of the Al Murshid family"], "ar": ["ثلاثة من أبناء آل مرشد"]},
                        AL_MURSHID)
JABER_VICTIM = {"en": ["a member of the Al Jaber family"], "ar": ["أحد أبناء آل جابر"]}
MEDIATORS = {"en": ["tribal mediators", "sheikhs of Raghwan and Medghal", "mediators"],
             "ar": ["وسطاء من مشايخ رغوان ومدغل", "الوسطاء"]}
BOTH_FAMILIES = merge({"en": ["the two families"], "ar": ["الأسرتين", "وجهائهما"]}, AL_MURSHID, AL_JABER)
MARIB_SECURITY = {"en": ["Marib security directorate", "Marib police", "Yemeni police"],
                  "ar": ["إدارة أمن محافظة مأرب", "إدارة الأمن"]}
MURSHID_OTHER = merge({"en": [], "ar": ["الطرف الآخر"]}, AL_MURSHID)
MURSHID_NOTABLE = merge({"en": ["an Al Murshid notable"], "ar": ["أحد وجهاء آل مرشد"]}, AL_MURSHID)
AMBUSHERS = merge({"en": ["those who took part in the ambush"], "ar": ["كل من شارك في الكمين"]}, JABER_GUNMEN)
SPECIAL_SECURITY = {"en": ["Special Security Forces", "Yemeni security forces"], "ar": ["قوات الأمن الخاصة"]}
MURSHID_GUNMEN = merge({"en": ["Al Murshid gunmen"], "ar": ["عشرات المسلحين من آل مرشد"]}, AL_MURSHID)
MARIB_AUTHORITY = {"en": ["Marib local authority", "Marib governorate authorities"],
                   "ar": ["السلطة المحلية بمحافظة مأرب", "السلطة المحلية"]}
MURSHID_REPS = merge({"en": ["Al Murshid representatives"], "ar": ["ممثلو آل مرشد"]}, AL_MURSHID)
DEPUTY_GOV_MEDIATORS = merge({"en": ["deputy governor of Marib"], "ar": ["وكيل المحافظة"]}, MEDIATORS)
MEDGHAL_PARTIES = {"en": ["sheikhs of Marib and al-Jawf", "two families of Medghal"],
                   "ar": ["مشايخ من مأرب والجوف", "أسرتين في مديرية مدغل"]}

# ====================================================== places: 383
RAGHWAN = {"accept": ["سوق مديرية رغوان", "مديرية رغوان", "رغوان", "Raghwan", "Rughwan"]}
RAGHWAN_MARKET = {"accept": ["محيط سوق رغوان", "سوق رغوان", "رغوان", "Raghwan"]}
MARIB_GOV = {"accept": ["محافظة مأرب", "مأرب", "Marib", "Ma'rib"]}
MARIB_CITY = {"accept": ["مدينة مأرب", "مأرب", "Marib", "Ma'rib"]}
MEDGHAL = {"accept": ["مديرية مدغل", "مدغل", "Medghal", "Madghal", "Majzar-Medghal"]}

# ============ 384: Gharyan, al-Asabaa, Bani Walid, Tarhuna (western Libya), 2022
GHARYAN_MAYOR = {"en": ["mayor of Gharyan", "Gharyan municipality"], "ar": ["عميد بلدية غريان", "العميد"]}
GNU = {"en": ["Government of National Unity", "GNU", "Libyan government"],
       "ar": ["الحكومة في طرابلس", "حكومة الوحدة الوطنية"]}
COUNCIL_MEMBERS = {"en": ["seven members of the municipal council", "Gharyan municipal council"],
                   "ar": ["سبعة من أعضاء المجلس البلدي", "أعضاء المجلس البلدي"]}
GHARYAN_PROTESTERS = {"en": ["protesters in Gharyan", "residents of Gharyan", "Gharyan Youth Movement"],
                      "ar": ["مئات من أهالي المدينة", "المحتجين", "أهالي المدينة"]}
BATTALION = {"en": ["Fursan al-Jabal Battalion", "militia", "armed group"],
             "ar": ["«كتيبة فرسان الجبل»", "كتيبة فرسان الجبل", "الكتيبة"]}
GHARYAN_GUNMEN = merge({"en": ["gunmen", "unidentified gunmen"],
                        "ar": ["سيارات رباعية الدفع", "عناصر «كتيبة فرسان الجبل»"]}, BATTALION)
GHARYAN_SECURITY = {"en": ["Gharyan Security Directorate", "Libyan police"],
                    "ar": ["مديرية أمن غريان", "مديرية الأمن"]}
LY_INTERIOR = {"en": ["Libyan Minister of Interior", "Interior Minister", "Ministry of Interior"],
               "ar": ["وزير الداخلية في حكومة الوحدة الوطنية", "وزير الداخلية", "وزارة الداخلية"]}
SHOOTERS = {"en": ["the shooters", "gunmen"], "ar": ["مطلقي النار"]}
SOCIAL_COUNCIL = {"en": ["Social Council of Gharyan Tribes"],
                  "ar": ["«المجلس الاجتماعي لقبائل غريان»", "المجلس الاجتماعي لقبائل غريان"]}
HIRAK = {"en": ["Gharyan Youth Movement", "protest movement", "protesters"],
         "ar": ["«حراك شباب غريان»", "حراك شباب غريان", "الحراك"]}
DIALOGUE_PARTIES = merge(COUNCIL_MEMBERS, {"en": ["protesters' representatives", "security directorate"],
                                           "ar": ["ممثلي المحتجين", "مديرية الأمن"]})
INFILTRATORS = {"en": ["infiltrators"], "ar": ["«مندسين»", "مندسين"]}
ARMED_CONVOY = {"en": ["armed convoy", "armed group"], "ar": ["رتل مسلح"]}
WARFALLA_COUNCIL = {"en": ["Social Council of Warfalla Tribes", "Warfalla"],
                    "ar": ["«المجلس الاجتماعي لقبائل ورفلة»", "المجلس الاجتماعي لقبائل ورفلة"]}
PROTESTERS_GHARYAN = {"en": ["protesters in Gharyan", "protesters"], "ar": ["المحتجين في غريان", "المحتجين"]}
PC_VISIT = {"en": ["Presidential Council", "Libyan Presidential Council", "Gharyan notables",
                   "Gharyan municipal council"],
            "ar": ["وفد من المجلس الرئاسي", "المجلس الرئاسي", "أعيان المدينة", "أعضاء المجلس البلدي"]}
GHARYAN_DETAINEES = {"en": ["four young men", "detained protesters"], "ar": ["أربعة شبان"]}
BATTALION_COMMANDER = {"en": ["commander of the battalion", "Fursan al-Jabal Battalion"],
                       "ar": ["آمر الكتيبة"]}
TARHUNA_PROTESTERS = {"en": ["protesters in Tarhuna", "rioters"],
                      "ar": ["محتجون غاضبون من انقطاع الكهرباء", "محتجون"]}

# ====================================================== places: 384
GHARYAN = {"accept": ["غريان", "مدينة غريان", "Gharyan", "Gharian"]}
GHARYAN_SQUARE = {"accept": ["أمام مقر البلدية", "مقر البلدية", "غريان", "Gharyan", "Gharian"]}
GHARYAN_OUTSKIRTS = {"accept": ["مشارف غريان", "غريان", "الأصابعة", "Gharyan", "al-Asabaa", "Asabaa"]}
BANI_WALID = {"accept": ["بني وليد", "Bani Walid", "Beni Walid"]}
TARHUNA = {"accept": ["مدينة ترهونة", "ترهونة", "Tarhuna", "Tarhunah", "Tarhouna"]}

# ============ 385: Kurmuk, al-Damazin, Qeissan (Blue Nile, Sudan), 2021
SD_ARMY = {"en": ["Sudanese Armed Forces", "SAF", "Sudanese army", "4th Infantry Division"],
           "ar": ["أفراد القوات المسلحة", "القوات المسلحة", "الفرقة الرابعة مشاة"]}
SD_UNIT = merge({"en": ["army unit"], "ar": ["القوة"]}, SD_ARMY)
SMUGGLERS = {"en": ["smugglers", "arms smuggling gang", "armed smuggling gang"],
             "ar": ["عصابة مسلحة لتهريب الأسلحة", "مهربي أسلحة", "المهربين", "المهربون"]}
KURMUK_CLASH = merge(SD_ARMY, SMUGGLERS)
SD_AIR_DEFENCE = merge({"en": ["Sudanese army air defences"], "ar": ["المضادات الأرضية التابعة للجيش"]},
                       SD_ARMY)
BN_SECURITY_COMMITTEE = {"en": ["Blue Nile State Security Committee", "Blue Nile authorities",
                                "Sudanese authorities"],
                         "ar": ["لجنة أمن ولاية النيل الأزرق", "لجنة أمن الولاية"]}
ET_AUTHORITIES = {"en": ["Ethiopian authorities", "Ethiopia", "Ethiopian government"],
                  "ar": ["السلطات الإثيوبية", "الجانب الإثيوبي", "أديس أبابا"]}
SD_MFA = {"en": ["Sudanese Ministry of Foreign Affairs", "Sudan", "Sudanese government"],
          "ar": ["وزارة الخارجية السودانية", "الخرطوم"]}
ET_SIDE = {"en": ["Ethiopia", "Ethiopian officials", "Ethiopian government"],
           "ar": ["«جهات نافذة على الجانب الإثيوبي»", "جهات نافذة على الجانب الإثيوبي", "الجانب الإثيوبي",
                  "أديس أبابا"]}
ET_EMBASSY = {"en": ["Ethiopian Embassy in Khartoum", "Ethiopia", "Ethiopian government"],
              "ar": ["السفارة الإثيوبية في الخرطوم", "السفارة الإثيوبية"]}
SD_ARMED_ELEMENTS = {"en": ["armed elements from Sudan", "Sudan"],
                     "ar": ["«عناصر مسلحة تنطلق من الأراضي السودانية»",
                            "عناصر مسلحة تنطلق من الأراضي السودانية"]}
BN_GOVERNOR = {"en": ["Governor of Blue Nile", "Blue Nile State government"], "ar": ["والي النيل الأزرق"]}
BSG_PRESIDENT = {"en": ["President of Benishangul-Gumuz Region", "Benishangul-Gumuz regional government",
                        "Ethiopia"],
                 "ar": ["رئيس إقليم بني شنقول الإثيوبي", "رئيس إقليم بني شنقول"]}
BN_BSG = merge(BN_GOVERNOR, BSG_PRESIDENT, {"en": [], "ar": ["الجانبان"]})
JOINT_COMMITTEE = merge({"en": ["joint security committee"], "ar": ["اللجنة"]}, BN_GOVERNOR, BSG_PRESIDENT)
GOLD_SUSPECTS = {"en": ["seven Sudanese suspects", "gold smugglers"],
                 "ar": ["سبعة سودانيين متهمين بتهريب الذهب", "سبعة سودانيين"]}
SD_GOV = {"en": ["Sudanese government", "Sudan"], "ar": ["الخرطوم"]}
SMUGGLER_GROUPS = {"en": ["armed smugglers", "smuggling groups"],
                   "ar": ["مجموعات من المهربين المسلحين", "المهربين المسلحين"]}
DIV4_COMMANDER = {"en": ["commander of the 4th Infantry Division", "Sudanese Armed Forces", "Sudanese army"],
                  "ar": ["قائد الفرقة الرابعة مشاة", "الفرقة الرابعة مشاة"]}
DAMAZIN_COURT = {"en": ["Damazin Criminal Court", "Sudanese judiciary"], "ar": ["محكمة جنايات الدمازين"]}
CONVICTS = {"en": ["three defendants", "arms smugglers"], "ar": ["ثلاثة متهمين"]}
CUSTOMS_POLICE = {"en": ["three customs policemen", "customs police", "Sudanese Police"],
                  "ar": ["ثلاثة من أفراد شرطة الجمارك", "شرطة الجمارك"]}
QEISSAN_SMUGGLERS = {"en": ["smugglers"], "ar": ["مهربون"]}
SD_AUTHORITIES = {"en": ["Sudanese authorities"], "ar": ["السلطات"]}

# ====================================================== places: 385
KURMUK = {"accept": ["الكرمك", "مدينة الكرمك", "الشريط الحدودي مع إثيوبيا", "Kurmuk", "Al Kurmuk"]}
KURMUK_CROSSING = {"accept": ["معبر الكرمك الحدودي", "معبر الكرمك", "الكرمك", "Kurmuk"]}
DAMAZIN = {"accept": ["الدمازين", "Ad-Damazin", "Damazin", "Ed Damazin"]}
KURMUK_QEISSAN = {"accept": ["الشريط الحدودي بين الكرمك وقيسان", "الكرمك", "قيسان", "Kurmuk", "Geissan",
                             "Qeissan"]}
QEISSAN = {"accept": ["بلدة قيسان", "قيسان", "Geissan", "Qeissan", "Qaysan"]}
ET_BORDER_SIDE = {"accept": ["الجانب الإثيوبي من الحدود", "الكرمك", "Kurmuk", "Ethiopia"]}
BENISHANGUL = {"accept": ["إقليم بني شنقول", "بني شنقول", "Benishangul-Gumuz", "Benishangul"]}
