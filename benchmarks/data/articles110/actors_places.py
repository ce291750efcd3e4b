"""Accepted actor names and place names for the hundred-and-tenth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الحكومة», «المجلس», «التنظيم») are left out on purpose,
with these exceptions, each used only in an article where it names a single actor:
- 546: «الوحدات» (only ever the People's Protection Units), «التنظيم» (only ever the Islamic State) and
  «التحالف» (only ever the US-led coalition);
- 547: «الخاطفون» and «الخاطفين» (only ever the gunmen who took the five passengers), «الجبهة» (only ever
  Jabhat al-Nusra) and «الحكومة» (only ever the Syrian government);
- 548: «التنظيم» (only ever the Islamic State);
- 549: «الجماعة» (only ever the Houthis) and «الرئاسة» (only ever the Yemeni presidency);
- 550: «المؤسسة» (only ever the National Oil Corporation) and «البعثة» (only ever UNSMIL).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ============================== 546: Kobani and its countryside (Aleppo; October 2014)
YPG = {"en": ["People's Protection Units", "YPG", "Kurdish People's Protection Units"],
       "ar": ["مقاتلو وحدات حماية الشعب الكردية", "وحدات حماية الشعب الكردية", "وحدات حماية الشعب",
              "المقاتلين الأكراد", "الوحدات"]}
ISIS_546 = {"en": ["Islamic State", "ISIS", "ISIL", "Daesh"],
            "ar": ["مقاتلي تنظيم «الدولة الإسلامية»", "تنظيم «الدولة الإسلامية»", "مقاتلي التنظيم",
                   "عناصر التنظيم", "«داعش»", "داعش", "التنظيم"]}
YPG_ISIS = merge(YPG, ISIS_546)
COALITION = {"en": ["US-led international coalition", "International Coalition", "Coalition", "CJTF-OIR",
                    "United States"],
             "ar": ["طائرات التحالف الدولي", "التحالف الدولي", "طائرات التحالف", "التحالف"]}
US_AIRLIFT = merge({"en": ["US military transport aircraft", "US Air Force",
                           "Military Forces of the United States"],
                    "ar": ["طائرات نقل عسكرية أمريكية"]}, COALITION)
KOBANI_DEFENDERS = merge({"en": ["the defenders of Kobani"], "ar": ["المدافعين عن المدينة"]}, YPG)
CHECKPOINT_VICTIMS = {"en": ["three YPG checkpoint members and a civilian", "YPG", "civilians"],
                      "ar": ["ثلاثة من عناصر الحاجز ومدني", "عناصر الحاجز", "القتلى الأربعة"]}
FSA = {"en": ["Free Syrian Army", "FSA", "Free Syrian Army factions"],
       "ar": ["فصائل الجيش السوري الحر", "الجيش السوري الحر", "الجيش الحر"]}
KOBANI_FAMILIES = {"en": ["families leaving Kobani", "civilians", "refugees"], "ar": ["نحو ثلاثين عائلة"]}
YPG_SPOKESMAN = merge({"en": ["a YPG spokesman"], "ar": ["متحدثاً باسم وحدات حماية الشعب"]}, YPG)
TR_AUTHORITIES = {"en": ["Turkish authorities", "Government of Turkey", "Turkey"], "ar": ["السلطات التركية"]}
KURDISH_MUNICIPALITIES = {"en": ["Kurdish municipalities in Turkey"],
                          "ar": ["بلديات كردية في تركيا", "بلديات كردية"]}
TR_GENDARMERIE = {"en": ["Turkish gendarmerie", "Turkish security forces", "Military Forces of Turkey",
                         "Turkey"],
                  "ar": ["قوات الدرك التركية", "عناصر الدرك"]}
SURUC_PROTESTERS = {"en": ["Kurdish protesters near Suruc", "protesters", "Kurds"],
                    "ar": ["مئات المحتجين الأكراد", "المحتجين الأكراد", "المحتجين"]}
KOBANI_OFFICIAL = {"en": ["head of external relations of the Kobani canton", "Kobani canton",
                          "Democratic Autonomous Administration"],
                   "ar": ["رئيس هيئة العلاقات الخارجية في مقاطعة كوباني", "مقاطعة كوباني", "الإدارة الذاتية"]}
UN_546 = {"en": ["United Nations", "UN"], "ar": ["الأمم المتحدة"]}
AID_GROUPS_546 = {"en": ["international relief organisations"], "ar": ["ممثلي منظمات إغاثة دولية"]}

# ====================================================== places: 546
KOBANI_EAST = {"accept": ["الأحياء الشرقية لمدينة كوباني", "مدينة كوباني", "كوباني", "عين العرب", "Kobani",
                          "Kobane", "Ain al-Arab", "Ayn al-Arab"]}
KOBANI_CHECKPOINT = {"accept": ["حاجز للوحدات على الطريق المؤدي إلى معبر مرشد بينار", "معبر مرشد بينار",
                                "كوباني", "عين العرب", "Kobani", "Kobane", "Ain al-Arab",
                                "Mursitpinar crossing", "Mursitpinar"]}
MISHTANOUR = {"accept": ["تلة مشتنور", "مشتنور", "صرين", "Mishtanour hill", "Mishtanour", "Mistenur",
                         "Kobani", "Sarrin"]}
KOBANI = {"accept": ["كوباني", "عين العرب", "Kobani", "Kobane", "Ain al-Arab", "Ayn al-Arab"]}
CROSSING = {"accept": ["معبر مرشد بينار", "المعبر الحدودي", "المعبر", "كوباني", "Mursitpinar crossing",
                       "Mursitpinar", "Kobani border crossing", "Kobani"]}
SURUC_ROUTE = {"accept": ["بلدة سروج التركية", "سروج", "معبر مرشد بينار", "Suruc", "Suruç", "Mursitpinar",
                          "Kobani"]}
SURUC = {"accept": ["تلة قرب سروج", "سروج", "Suruc", "Suruç"]}
SARRIN = {"accept": ["بلدة صرين", "صرين", "Sarrin", "Sirrin", "Serrin"]}

# ============================== 547: the Qalamoun mountains (Rif Dimashq; March 2014)
SY_AUTHORITIES = {"en": ["Syrian authorities", "Government of Syria", "Syrian government"],
                  "ar": ["السلطات السورية"]}
QALAMOUN_GROUP = {"en": ["an armed group in Qalamoun", "rebels", "armed opposition"],
                  "ar": ["مجموعة مسلحة في القلمون", "مجموعة مسلحة", "المجموعة نفسها"]}
SWAP_PARTIES = merge(SY_AUTHORITIES, QALAMOUN_GROUP)
NABK_SIX = {"en": ["six drivers and traders from al-Nabk", "civilians", "hostages"],
            "ar": ["ستة سائقين وتجار من مدينة النبك", "ستة مخطوفين", "المفرج عنهم"]}
NABK_DETAINEES = {"en": ["women detained in Syrian prisons", "detainees"],
                  "ar": ["أربع عشرة معتقلة", "عشر معتقلات أخريات"]}
SWAP_RECIPIENTS = merge(NABK_SIX, NABK_DETAINEES)
MASKED_GUNMEN = {"en": ["masked gunmen", "unidentified gunmen"], "ar": ["مسلحون ملثمون", "المسلحين"]}
KIDNAPPERS = merge({"en": ["the kidnappers"], "ar": ["الخاطفون", "الخاطفين"]}, MASKED_GUNMEN)
BUS_DEAD = {"en": ["three minibus passengers", "civilians"],
            "ar": ["ثلاثة من ركابها", "الركاب الثلاثة", "بقتل الركاب"]}
BUS_HOSTAGES = {"en": ["five minibus passengers", "civilians", "hostages"],
                "ar": ["خمسة آخرين", "المخطوفين الخمسة", "المخطوفين"]}
HOSTAGE_FAMILIES = {"en": ["the hostages' families", "civilians"],
                    "ar": ["ذوي أحد المخطوفين", "ذوو المخطوفين الخمسة", "ذوو المخطوفين", "العائلات"]}
QALAMOUN_GATHERING = {"en": ["Qalamoun Battalions Gathering", "rebels", "Syrian opposition"],
                      "ar": ["المكتب الإعلامي لـ«تجمع كتائب القلمون»", "«تجمع كتائب القلمون»",
                             "تجمع كتائب القلمون"]}
REGIME_GROUPS = {"en": ["groups working for the Syrian government", "Government of Syria", "Syrian regime",
                        "pro-government militias"],
                 "ar": ["«مجموعات تعمل لحساب النظام»", "مجموعات تعمل لحساب النظام"]}
ARSAL_MEDIATOR = {"en": ["a mediator from the notables of Arsal", "Arsal notables", "mediator"],
                  "ar": ["وسيط من وجهاء عرسال", "الوسيط العرسالي", "الوسيط"]}
RANKOUS_COMMANDERS = {"en": ["commanders of three rebel battalions in Rankous", "rebels", "armed opposition"],
                      "ar": ["قادة ثلاث كتائب", "فصائل المعارضة"]}
FLITA_GROUP = {"en": ["an armed group in Flita", "rebels", "armed group"], "ar": ["مجموعة مسلحة"]}
LEB_DRIVERS = {"en": ["two Lebanese lorry drivers", "civilians"],
               "ar": ["سائقَي شاحنتين لبنانيين", "سائقي شاحنتين لبنانيين"]}
LEB_ARMY = {"en": ["Lebanese Armed Forces", "Lebanese army", "Military Forces of Lebanon"],
            "ar": ["وحدة من الجيش اللبناني", "الجيش اللبناني", "قيادة الجيش"]}
ARSAL_SUSPECTS = {"en": ["three Syrian suspects", "kidnapping network"], "ar": ["ثلاثة سوريين"]}
SY_ARMY = {"en": ["Syrian army", "Military Forces of Syria", "Syrian Arab Army"],
           "ar": ["وحدات الجيش السوري", "الجيش السوري"]}
NUSRA = {"en": ["Jabhat al-Nusra", "al-Nusra Front", "Nusra Front"],
         "ar": ["«جبهة النصرة»", "جبهة النصرة", "الجبهة"]}
SY_GOV = {"en": ["Syrian government", "Government of Syria"], "ar": ["الحكومة السورية", "الحكومة"]}
SYRIAN_SIDES = {"en": ["Syrian parties"], "ar": ["أطراف سورية"]}

# ====================================================== places: 547
ARSAL_BARRENS = {"accept": ["جرود بلدة عرسال اللبنانية", "جرود عرسال", "عرسال", "Arsal barrens", "Arsal",
                            "Ersal"]}
QARA_NABK_ROAD = {"accept": ["الطريق بين قارة والنبك", "طريق قارة", "قارة", "النبك", "Qara", "Qarah",
                             "al-Nabk", "Nabk"]}
RANKOUS = {"accept": ["بلدة رنكوس", "مفرق رنكوس", "رنكوس", "Rankous", "Rankus", "Ranko"]}
FLITA = {"accept": ["بلدة فليطة", "فليطة", "عرسال", "Flita", "Fleita", "Falita", "Arsal"]}
WADI_HMEID = {"accept": ["حاجز وادي حميد", "وادي حميد", "عرسال", "Wadi Hmeid", "Wadi Hmaid", "Arsal"]}
YABROUD = {"accept": ["أطراف مدينة يبرود", "يبرود", "Yabroud", "Yabrud"]}
YABROUD_ARSAL = place(YABROUD, {"accept": ["جرود عرسال", "Arsal"]})
ARSAL_TOWN = {"accept": ["بلدة عرسال", "عرسال", "Arsal", "Ersal"]}
NABK = {"accept": ["مبنى البلدية في النبك", "النبك", "al-Nabk", "Nabk"]}

# ============================== 548: Salah al-Din (Iraq; June 2015)
PMF = {"en": ["Popular Mobilization Forces", "PMF", "Hashd al-Shaabi"],
       "ar": ["فصائل الحشد الشعبي", "الحشد الشعبي"]}
PMF_CONVOY = merge({"en": ["a PMF convoy"], "ar": ["رتل لفصائل الحشد الشعبي", "رتلاً للحشد الشعبي"]}, PMF)
ISIS_548 = {"en": ["Islamic State", "ISIS", "ISIL", "Daesh"],
            "ar": ["مقاتلو التنظيم", "عناصر التنظيم", "لعناصر التنظيم", "تنظيم «داعش»", "«داعش»", "التنظيم"]}
ISHAQI_GUNMEN = merge({"en": ["unidentified gunmen"], "ar": ["مسلحين مجهولين"]}, ISIS_548)
ISHAQI_VICTIMS = {"en": ["the director of al-Ishaqi sub-district, a tribal sheikh and their guard",
                         "local official", "tribal sheikh", "civilians"],
                  "ar": ["مدير ناحية الإسحاقي وأحد شيوخ عشائر الناحية ومرافق لهما", "مدير ناحية الإسحاقي",
                         "الضحايا الثلاثة", "مدير الناحية ورفيقيه"]}
SAMARRA_POLICE = {"en": ["Samarra police", "Police Forces of Iraq", "Iraqi police"],
                  "ar": ["قوة من شرطة سامراء", "شرطة سامراء"]}
ISHAQI_SUSPECTS = {"en": ["six suspects"], "ar": ["ستة مشتبه بهم"]}
MOURNERS = {"en": ["mourners in Samarra", "protesters", "civilians"], "ar": ["مئات المشيعين", "المشيعين"]}
SAD_LOCAL_GOV = {"en": ["Salah al-Din local government", "Government of Iraq"], "ar": ["الحكومة المحلية"]}
IQ_SECURITY = {"en": ["Iraqi security agencies", "Government of Iraq"], "ar": ["الأجهزة الأمنية"]}
IQ_POLICE_548 = {"en": ["Iraqi police", "Police Forces of Iraq"], "ar": ["قوة من الشرطة"]}
BAIJI_GARRISON = {"en": ["Iraqi forces holding the Baiji refinery", "Military Forces of Iraq"],
                  "ar": ["القوة المرابطة داخلها", "المدافعين عنها"]}
ISIS_GARRISON = merge(ISIS_548, BAIJI_GARRISON)
POLICE_EOD = {"en": ["Samarra police bomb-disposal team", "Police Forces of Iraq"],
              "ar": ["مفرزة هندسية تابعة لشرطة سامراء", "مفرزة هندسية"]}
UNKNOWN_PLANTERS = {"en": ["unidentified persons"], "ar": ["مجهولين"]}
TUZ_GUNMEN = {"en": ["gunmen"], "ar": ["مسلحين"]}
TUZ_EMPLOYEES = {"en": ["three electricity department employees", "civilians"],
                 "ar": ["ثلاثة موظفين في دائرة الكهرباء"]}
TUZ_QAIMAQAM = {"en": ["the district commissioner of Tuz Khurmatu", "Government of Iraq"],
                "ar": ["قائممقام القضاء"]}
SHEIKH_CLAN = {"en": ["notables of the slain sheikh's clan", "tribesmen"], "ar": ["وجهاء عشيرة الشيخ القتيل"]}
CULPRITS_548 = {"en": ["the killers"], "ar": ["الجناة"]}
SAD_COUNCIL = {"en": ["Salah al-Din Provincial Council", "Government of Iraq"],
               "ar": ["مجلس محافظة صلاح الدين"]}
OPS_COMMAND = {"en": ["Operations Command", "Military Forces of Iraq"], "ar": ["قيادة العمليات"]}
TUZ_GUNMEN_MAY = {"en": ["gunmen"], "ar": ["مسلحون"]}
TUZ_MEMBER = {"en": ["a member of the Tuz Khurmatu municipal council", "local official"],
              "ar": ["عضواً في المجلس البلدي لقضاء طوز خورماتو"]}
IQ_AIR = {"en": ["Iraqi Air Force", "Military Forces of Iraq"],
          "ar": ["طائرات القوة الجوية العراقية", "القوة الجوية العراقية"]}
IQ_GROUND = {"en": ["Iraqi ground forces", "Military Forces of Iraq"], "ar": ["القطعات البرية"]}
SAD_GOVERNOR = {"en": ["Governor of Salah al-Din", "Government of Iraq"], "ar": ["محافظ صلاح الدين"]}
IQ_MOI = {"en": ["Iraqi Ministry of Interior", "Government of Iraq"], "ar": ["وزارة الداخلية"]}

# ====================================================== places: 548
SULAIMAN_BEK_ROAD = {"accept": ["الطريق بين ناحية سليمان بيك وقضاء طوز خورماتو", "سليمان بيك", "طوز خورماتو",
                                "Sulaiman Bek", "Suleiman Beg", "Tuz Khurmatu"]}
ISHAQI_ROAD = {"accept": ["الطريق الزراعي الرابط بين الإسحاقي وسامراء", "الإسحاقي", "سامراء", "al-Ishaqi",
                          "Ishaqi", "Samarra"]}
ISHAQI = {"accept": ["قرى شمالي الإسحاقي", "الإسحاقي", "al-Ishaqi", "Ishaqi"]}
SAMARRA = {"accept": ["مبنى قائممقامية سامراء", "سامراء", "Samarra"]}
BAIJI_REFINERY = {"accept": ["مصفاة بيجي النفطية", "مصفاة بيجي", "بيجي", "Baiji refinery", "Baiji", "Bayji"]}
SAMARRA_TIKRIT_ROAD = {"accept": ["جسر صغير على الطريق بين سامراء وتكريت", "الطريق بين سامراء وتكريت",
                                  "سامراء", "Samarra", "Tikrit"]}
TUZ = {"accept": ["طوز خورماتو", "Tuz Khurmatu", "Tuz Khormato", "Tooz"]}
TUZ_CENTRE = {"accept": ["قضاء طوز خورماتو", "طوز خورماتو", "Tuz Khurmatu", "Tuz Khormato"]}
BAIJI = {"accept": ["الأحياء الشمالية لقضاء بيجي", "قضاء بيجي", "بيجي", "Baiji", "Bayji"]}

# ============================== 549: Saada (Yemen; November 2013)
HOUTHIS = {"en": ["Houthis", "Ansar Allah", "Houthi movement"],
           "ar": ["مسلحو جماعة الحوثي", "جماعة الحوثي", "الحوثيون", "الحوثيين", "مسلحي الجماعة",
                  "مسلحو الجماعة", "الجماعة"]}
HOUTHI_MEDIA = merge({"en": ["Houthi media office"], "ar": ["المكتب الإعلامي لجماعة الحوثي"]}, HOUTHIS)
HOUTHI_RAZIH = merge({"en": ["Houthi gunmen"], "ar": ["مسلحون حوثيون"]}, HOUTHIS)
DAMMAJ_STUDENTS = {"en": ["students of the Dar al-Hadith centre in Dammaj", "Salafis", "civilians"],
                   "ar": ["خمسة من طلاب مركز دار الحديث", "طلاب مركز دار الحديث", "الطلاب الخمسة"]}
DAMMAJ_CENTRE = {"en": ["Dammaj and its Dar al-Hadith schools", "Dar al-Hadith", "Salafis", "civilians"],
                 "ar": ["دماج ومدارسها", "إدارة المركز"]}
SALAFIS = {"en": ["Salafis of Dammaj", "Dar al-Hadith", "Salafi fighters"],
           "ar": ["«التكفيريين الأجانب»", "التكفيريين الأجانب", "السلفيين"]}
PRES_COMMITTEE = {"en": ["presidential mediation committee", "Government of Yemen", "Yemeni presidency"],
                  "ar": ["اللجنة الرئاسية المكلّفة بالوساطة", "اللجنة الرئاسية"]}
DAMMAJ_AND_HOUTHI_REPS = {"en": ["leaders of the Dar al-Hadith centre", "Salafis", "Houthi representatives",
                                 "Houthis"],
                          "ar": ["قيادة المركز ووجهاء المنطقة", "قيادة المركز", "ممثلين عن الحوثيين"]}
TRUCE_PARTIES = merge({"en": ["both parties"], "ar": ["الطرفان"]}, HOUTHIS, SALAFIS)
KITAF_TRIBES = {"en": ["tribal fighters supporting the Salafis", "Salafi tribal fighters", "tribesmen"],
                "ar": ["مسلحين من أبناء القبائل المساندين للسلفيين", "أبناء القبائل"]}
KITAF_CLASH = merge(KITAF_TRIBES, HOUTHIS)
TRIBAL_GUNMEN_549 = {"en": ["tribal fighters", "tribesmen"], "ar": ["المسلحين القبليين"]}
ICRC = {"en": ["International Committee of the Red Cross", "ICRC", "Red Cross"],
        "ar": ["اللجنة الدولية للصليب الأحمر", "الصليب الأحمر"]}
DAMMAJ_WOUNDED = {"en": ["eighteen wounded from Dammaj", "civilians"], "ar": ["ثمانية عشر جريحاً"]}
BUQA_TRIBES = {"en": ["tribes of al-Buqa'", "tribesmen"], "ar": ["قبائل في منطقة البقع"]}
YE_PRESIDENCY = {"en": ["Yemeni presidency", "Government of Yemen"], "ar": ["الرئاسة"]}
SALAFI_SITIN = {"en": ["supporters of the Salafi current", "Salafis", "protesters"],
                "ar": ["مئات من أنصار التيار السلفي", "أنصار التيار السلفي"]}
DAMMAJ_CENTRE_ADMIN = {"en": ["the Dar al-Hadith administration", "Salafis"], "ar": ["إدارة المركز"]}
RAZIH_TRIBESMEN = {"en": ["tribal fighters at a post in Razih", "tribesmen"],
                   "ar": ["نقطة لمسلحين قبليين", "مسلحين قبليين"]}
UN_ENVOY = {"en": ["UN envoy to Yemen", "United Nations"],
            "ar": ["المبعوث الأممي إلى اليمن", "المبعوث الأممي"]}
NDC_PARTIES = {"en": ["parties to the National Dialogue Conference"], "ar": ["ممثلين عن القوى المشاركة فيه"]}

# ====================================================== places: 549
DAMMAJ_MOSQUE = {"accept": ["المسجد الرئيسي للمركز", "منطقة دماج", "دماج", "Dammaj", "Dar al-Hadith"]}
DAMMAJ = {"accept": ["دماج", "منطقة دماج", "Dammaj"]}
DAMMAJ_SAADA = {"accept": ["دماج", "مدينة صعدة", "صعدة", "Dammaj", "Saada", "Sa'dah"]}
KITAF = {"accept": ["منطقة كتاف", "كتاف", "Kitaf", "Kataf"]}
KITAF_HILL = {"accept": ["جبل يطل على الطريق المؤدي إلى كتاف", "كتاف", "Kitaf", "Kataf"]}
BUQA = {"accept": ["منطقة البقع", "البقع", "al-Buqa'", "al-Buqa", "Buqa", "al-Boqaa"]}
CAPITAL = {"accept": ["مقر رئاسة الجمهورية في العاصمة صنعاء", "العاصمة صنعاء", "صنعاء", "Sanaa", "Sana'a"]}
RAZIH = {"accept": ["مديرية رازح", "رازح", "Razih"]}

# ============================== 550: Fezzan (Murzuq, Libya; August 2019)
LNA = {"en": ["Libyan National Army", "LNA", "General Command", "Haftar forces"],
       "ar": ["قوات القيادة العامة", "المكتب الإعلامي لقوات القيادة العامة", "سلاح الجو التابع لها"]}
MURZUQ_GATHERING = {"en": ["residents of an eastern neighbourhood of Murzuq", "civilians"],
                    "ar": ["تجمعاً لأهالي أحد الأحياء الشرقية", "أهالي أحد الأحياء الشرقية", "القتلى الستة"]}
TEBU = {"en": ["Tebu armed men", "Tebu militia", "Tebu"], "ar": ["مسلحين من مكوّن التبو", "التبو"]}
AHALI = {"en": ["Ahali armed men", "Arab Ahali militia", "Ahali"], "ar": ["مسلحين من مكوّن الأهالي"]}
MURZUQ_CLASH = merge(TEBU, AHALI)
UBARI_COUNCIL = {"en": ["Ubari Municipal Council", "Ubari municipality"],
                 "ar": ["المجلس البلدي في أوباري", "المجلس البلدي"]}
SHARARA_PROTESTERS = {"en": ["young protesters from neighbouring towns", "protesters"],
                      "ar": ["محتجون من شباب البلدات المجاورة", "المعتصمون", "محتجون"]}
NOC = {"en": ["National Oil Corporation", "NOC"], "ar": ["المؤسسة الوطنية للنفط", "المؤسسة"]}
MURZUQ_FAMILIES = {"en": ["families from Murzuq", "IDPs", "civilians"], "ar": ["أكثر من مئتي عائلة"]}
LRC_SABHA = {"en": ["Libyan Red Crescent, Sabha branch", "Libyan Red Crescent"],
             "ar": ["فرع جمعية الهلال الأحمر الليبي في سبها", "الهلال الأحمر الليبي", "الهلال الأحمر"]}
DISPLACED_80 = {"en": ["about eighty displaced families", "IDPs"], "ar": ["نحو ثمانين عائلة"]}
MURZUQ_SECURITY = {"en": ["Murzuq Security Directorate", "Police Forces of Libya"],
                   "ar": ["مديرية أمن مرزق", "المديرية"]}
UNSMIL = {"en": ["UN Support Mission in Libya", "UNSMIL", "United Nations"],
          "ar": ["البعثة الأممية للدعم في ليبيا", "البعثة الأممية", "البعثة"]}
CHAD_FIGHTERS = {"en": ["Chadian opposition fighters", "Chadian rebels"],
                 "ar": ["مقاتلين من المعارضة التشادية", "المعارضة التشادية"]}
MURZUQ_MAYOR = {"en": ["Mayor of Murzuq", "Murzuq municipality"], "ar": ["عميد بلدية مرزق"]}
ELDERS_DELEGATION = {"en": ["a delegation of notables from Ghat and Ubari", "tribal elders"],
                     "ar": ["وفد من أعيان غات وأوباري", "وفد من أعيان"]}
MURZUQ_PARTIES = {"en": ["representatives of the feuding communities of Murzuq", "Tebu", "Ahali"],
                  "ar": ["ممثلي المكوّنات المتنازعة"]}
UMM_ARANIB_GUNMEN = {"en": ["unidentified gunmen"], "ar": ["مسلحون مجهولون"]}
UMM_ARANIB_GUARDS = {"en": ["two municipal guards", "municipal guard"],
                     "ar": ["عنصرين من الحرس البلدي", "الحرس البلدي"]}
UMM_ARANIB_CLASH = merge(UMM_ARANIB_GUNMEN, UMM_ARANIB_GUARDS)

# ====================================================== places: 550
MURZUQ_EAST = {"accept": ["أحد الأحياء الشرقية في مدينة مرزق", "مدينة مرزق", "مرزق", "Murzuq", "Murzuk",
                          "Marzuq"]}
MURZUQ_NORTH = {"accept": ["الأحياء الشمالية لمرزق", "مرزق", "Murzuq", "Murzuk", "Marzuq"]}
MURZUQ = {"accept": ["مدينة مرزق", "مرزق", "Murzuq", "Murzuk", "Marzuq"]}
UBARI = {"accept": ["أوباري", "Ubari", "Awbari", "Obari"]}
SHARARA = {"accept": ["حقل الشرارة النفطي", "حقل الشرارة", "Sharara oil field", "Sharara", "El Sharara"]}
DISPLACEMENT = {"accept": ["مرزق", "أم الأرانب", "سبها", "Murzuq", "Umm al-Aranib", "Sabha"]}
SABHA = {"accept": ["سبها", "Sabha", "Sebha"]}
MURZUQ_OUTSKIRTS = {"accept": ["أطراف مرزق", "مرزق", "Murzuq", "Murzuk"]}
MURZUQ_AIRPORT = {"accept": ["مطار مرزق", "مرزق", "Murzuq airport", "Murzuq"]}
UMM_ARANIB = {"accept": ["مدخل بلدة أم الأرانب", "أم الأرانب", "Umm al-Aranib", "Umm al-Araneb",
                         "Om al-Aranib"]}
TAMANHINT = {"accept": ["قاعدة تمنهنت الجوية", "تمنهنت", "سبها", "Tamanhint air base", "Tamanhint", "Sabha"]}
