"""Accepted actor names and place names for the eighty-fourth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الحكومة», «الوفد») are left out on purpose, with these
exceptions, each used only in an article where it names a single actor:
- 416: «وحدات الجيش» (only ever the Syrian army, in SANA's words), «مدنيين» (the victims of the market),
  «التجار» (the traders of Ariha), «محتجين» (the protesters near al-Nayrab);
- 417: «المسلحين» (the gunmen of the Tafas killing), «الوجهاء» (the notables of Tafas), «العضو» (the
  council member killed), «الناشطين» (the three activists), «مجهولون» (the killers in al-Muzayrib);
- 418: «الفار» and «الفارين» (the escaped inmates), «نزلاء» (the inmates), «القوة» (the police force of the
  Albu Faraj raid), «الحراس» (the prison guards), «الوزير» (only ever the justice minister);
- 419: «المهاجمين» (the attackers of the checkpoint), «مسلحين» (the kidnappers on the coastal road),
  «التنظيم» (only ever Sinai Province), «السلطات» and «الحكومة» (only ever the Egyptian state), «العالقين»
  (the travellers at the Rafah crossing);
- 420: «الميليشيا» (only ever the Houthis, in the outlet's words), «الحكومة» (only ever the Yemeni
  government), «المحتجين» (the Aden protesters of ¶1), «السفير» (only ever the Saudi ambassador), «سعودية»
  (the Saudi grant).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge

# ====================================================== 416: Ariha, Jabal al-Zawiya, Atmeh, Bab al-Hawa
# (Idlib; 2020)
CAMP_ADMIN = {"en": ["al-Sanawbar camp administration", "camp administration"],
              "ar": ["إدارة مخيم «الصنوبر»", "إدارة مخيم الصنوبر"]}
DISPLACED_FAMILIES = {"en": ["displaced families", "families displaced from Ariha and Jabal al-Zawiya",
                             "internally displaced people"],
                      "ar": ["أربعين عائلة", "العائلات الواصلة", "عائلة نزحت"]}
LOCAL_ORGS = {"en": ["local organisations", "local aid groups"], "ar": ["منظمات محلية"]}
RUSSIAN_AIR = {"en": ["Russian Air Force", "Russian warplanes", "Russia", "Russian military"],
               "ar": ["طائرات حربية روسية", "الطيران الروسي"]}
ASSAD_FORCES = {"en": ["Syrian government forces", "Syrian Arab Army", "Assad forces", "Syrian regime",
                       "Military Forces of Syria"],
                "ar": ["قوات الأسد", "وحدات الجيش"]}
ARIHA_CIVILIANS = {"en": ["civilians in Ariha's vegetable market", "civilians"],
                   "ar": ["ثلاثة مدنيين", "مدنيين"]}
SANA_SOURCE = merge({"en": ["Syrian army military source"], "ar": ["مصدر عسكري"]}, ASSAD_FORCES)
REBELS_SANA = {"en": ["opposition armed groups", "rebel factions", "Syrian opposition", "terrorist groups"],
               "ar": ["«المجموعات الإرهابية»", "المجموعات الإرهابية", "تلك المجموعات"]}
ARMY_POSTS = {"en": ["Syrian army posts", "Syrian Arab Army"], "ar": ["نقاطاً عسكرية"]}
NLF = {"en": ["National Front for Liberation", "NLF", "National Liberation Front", "Syrian opposition"],
       "ar": ["«الجبهة الوطنية للتحرير»", "الجبهة الوطنية للتحرير"]}
RUSSIA_ASSAD = merge({"en": ["Russia", "Russian military"], "ar": ["روسيا"]}, ASSAD_FORCES)
ARIHA_COUNCIL = {"en": ["Ariha Local Council", "Ariha council"], "ar": ["المجلس المحلي لمدينة أريحا"]}
CIVIL_DEFENCE = {"en": ["Syrian Civil Defence", "White Helmets", "civil defence teams"],
                 "ar": ["فرق الدفاع المدني", "الدفاع المدني السوري", "الدفاع المدني"]}
ARIHA_TRADERS = {"en": ["traders of Ariha", "shopkeepers"], "ar": ["التجار"]}
TURKISH_CHARITY = {"en": ["Turkish charity", "Turkish aid organisation"], "ar": ["جمعية خيرية تركية"]}
CONVOY = {"en": ["aid convoy of a Turkish charity", "Turkish charity", "aid convoy"],
          "ar": ["قافلة من اثنتي عشرة شاحنة", "القافلة", "جمعية خيرية تركية"]}
SALVATION_CROSSING = {"en": ["Bab al-Hawa crossing administration", "Syrian Salvation Government",
                             "Salvation Government", "Hay'at Tahrir al-Sham"],
                      "ar": ["إدارة المعبر التابعة لـ«حكومة الإنقاذ»", "إدارة المعبر", "«حكومة الإنقاذ»",
                             "حكومة الإنقاذ"]}
INTL_ORGS = {"en": ["international organisations", "international aid agencies", "UN agencies"],
             "ar": ["أي منظمة دولية", "منظمة دولية"]}
UN = {"en": ["United Nations", "UN"], "ar": ["الأمم المتحدة"]}
TURKISH_ARMY = {"en": ["Turkish Armed Forces", "Turkish army", "Turkey", "Turkish military"],
                "ar": ["الجيش التركي"]}
NLF_COMMANDER = merge({"en": ["NLF commander"], "ar": ["قيادياً في «الجبهة الوطنية للتحرير»"]}, NLF)
RUSSIA_TURKEY = {"en": ["Russian and Turkish forces", "Russia", "Turkey", "Russian military",
                        "Turkish Armed Forces"],
                 "ar": ["القوات الروسية والتركية"]}
NERAB_PROTESTERS = {"en": ["protesters near al-Nayrab", "residents of al-Nayrab"],
                    "ar": ["محتجين", "الأهالي"]}
SARMIN_VICTIMS = {"en": ["two women", "civilians of Sarmin"], "ar": ["امرأتين"]}

# ====================================================== places: 416
ATMEH = {"accept": ["أطمة", "مخيمات منطقة أطمة", "مخيم «الصنوبر»", "مخيم الصنوبر", "Atmeh", "Atma", "Atimah",
                    "al-Sanawbar camp"]}
BARA_KANSAFRA = {"accept": ["البارة", "كنصفرة", "جبل الزاوية", "al-Bara", "Bara", "Kansafra", "Kansafrah",
                            "Jabal al-Zawiya", "Jebel Zawiya"]}
ARIHA = {"accept": ["أريحا", "مدينة أريحا", "سوق الخضار", "Ariha", "Areeha", "Ariha market"]}
KAFRNABL = {"accept": ["كفرنبل", "Kafr Nabl", "Kafranbel", "Kafranbal"]}
BAB_HAWA = {"accept": ["معبر باب الهوى", "باب الهوى", "Bab al-Hawa", "Bab al-Hawa crossing", "Bab al Hawa"]}
MASTUMAH = {"accept": ["المسطومة", "قرية المسطومة", "al-Mastumah", "Mastumah", "Mastouma"]}
M4_ARIHA = {"accept": ["الطريق الدولي «M4»", "M4", "ترنبة", "أريحا", "M4 highway", "Tarnaba", "Ariha"]}
NERAB = {"accept": ["النيرب", "al-Nayrab", "Nerab", "Nairab"]}
SARMIN = {"accept": ["سرمين", "بلدة سرمين", "Sarmin", "Sarmeen"]}
MOSCOW = {"accept": ["موسكو", "Moscow"]}

# ====================================================== 417: Tafas, Daraa, al-Muzayrib (Daraa; 2018)
TAFAS_GUNMEN = {"en": ["unidentified gunmen", "gunmen"], "ar": ["مسلحين مجهولين", "المسلحين"]}
TAFAS_MEMBER = {"en": ["newly elected member of the Tafas local council", "local council member",
                       "council member and his driver"],
                "ar": ["عضو منتخب حديثاً في المجلس المحلي لمدينة طفس", "عضو منتخب حديثاً", "سائقه", "العضو"]}
REGIME_RUSSIA = {"en": ["Syrian government", "Russia", "Syrian regime"],
                 "ar": ["قوات النظام السوري", "روسيا"]}
BOYCOTT_CALLERS = {"en": ["notables and local committees", "local notables", "residents of Tafas"],
                   "ar": ["وجهاء ولجان محلية"]}
TAFAS_BOYCOTTERS = {"en": ["residents of Tafas", "voters of Tafas"], "ar": ["معظم سكان المدينة"]}
BAATH_DARAA = {"en": ["Baath Party branch secretary in Daraa", "Baath Party", "Arab Socialist Ba'ath Party"],
               "ar": ["أمين فرع الحزب في درعا", "حزب البعث"]}
TAFAS_PROTESTERS = {"en": ["residents of Tafas", "protesters"], "ar": ["عشرات من أهالي طفس", "أهالي طفس"]}
JUDICIAL_COMMITTEE = {"en": ["Daraa sub-committee of the elections judicial committee",
                             "elections judicial committee", "Syrian government"],
                      "ar": ["اللجنة القضائية الفرعية للانتخابات", "اللجنة القضائية"]}
MIL_SECURITY = {"en": ["Military Security branch", "Syrian Military Intelligence", "Syrian Military Security",
                       "Syrian government"],
                "ar": ["فرع الأمن العسكري", "حاجز لفرع الأمن العسكري"]}
THREE_ACTIVISTS = {"en": ["three activists", "activists"],
                   "ar": ["ثلاثة من الناشطين", "الناشطين الثلاثة", "الناشطين"]}
MIL_JUDGE = {"en": ["military single judge in Daraa", "Daraa military judiciary", "Syrian judiciary"],
             "ar": ["قاضي الفرد العسكري في درعا", "قاضي الفرد العسكري"]}
DARAA_POLICE = {"en": ["Daraa police command", "Syrian police"],
                "ar": ["مصدر في قيادة شرطة محافظة درعا", "قيادة شرطة محافظة درعا"]}
TERROR_GROUP = {"en": ["a terrorist group", "unidentified gunmen"],
                "ar": ["«مجموعة إرهابية»", "مجموعة إرهابية"]}
MIL_SEC_HEAD = merge({"en": ["head of the Military Security branch in Daraa"],
                      "ar": ["رئيس فرع الأمن العسكري في درعا"]}, MIL_SECURITY)
INCITERS = {"en": ["those who incite gatherings", "protesters", "residents of Tafas"],
            "ar": ["كل من يحرّض على التجمعات"]}
TAFAS_NOTABLES = {"en": ["notables of Tafas", "Tafas notables"], "ar": ["وجهاء من طفس", "الوجهاء"]}
FOURTH_DIVISION = {"en": ["Fourth Division", "4th Armoured Division", "Syrian Arab Army"],
                   "ar": ["«الفرقة الرابعة»", "الفرقة الرابعة"]}
DARAA_GOVERNOR = {"en": ["Governor of Daraa"], "ar": ["محافظ درعا"]}
INDEP_CANDIDATES = {"en": ["independent candidates"], "ar": ["المرشحين المستقلين", "المرشحون المستقلون"]}
ASSASSINS = {"en": ["unidentified assailants", "unknown gunmen"], "ar": ["مجهولون"]}
MUZAYRIB_VICTIM = {"en": ["former opposition commander", "former rebel commander"],
                   "ar": ["قيادياً سابقاً في فصائل المعارضة"]}

# ====================================================== places: 417
TAFAS = {"accept": ["طفس", "مدينة طفس", "Tafas", "Tafs"]}
TAFAS_EAST = {"accept": ["المدخل الشرقي للمدينة", "طفس", "Tafas"]}
DARAA = {"accept": ["درعا", "محافظة درعا", "Daraa", "Dar'a", "Deraa"]}
MUZAYRIB = {"accept": ["المزيريب", "بلدة المزيريب", "al-Muzayrib", "Muzayrib", "Mzeireeb"]}

# ====================================================== 418: Ramadi, Albu Faraj, Hit, Baghdad (Anbar; 2019)
INMATES = {"en": ["inmates of Ramadi central prison", "prisoners", "inmates"],
           "ar": ["نزلاء", "اثنا عشر نزيلاً", "نزلاء القاعة الرابعة"]}
PRISON_GUARDS = {"en": ["prison guards", "Ramadi prison administration", "Iraqi Ministry of Justice"],
                 "ar": ["ثلاثة من الحراس", "الحراس"]}
ANBAR_POLICE = {"en": ["Anbar Police", "Anbar police command", "Iraqi police"],
                "ar": ["قوة من شرطة الأنبار", "شرطة الأنبار", "قيادة شرطة المحافظة", "القوة"]}
ESCAPEES = {"en": ["escaped inmates", "escapees", "fugitive prisoners"],
            "ar": ["أحد الفارين", "الفار", "الفارين"]}
POLICE_ESCAPEES = merge(ANBAR_POLICE, ESCAPEES)
TWO_ESCAPEES = merge({"en": ["two escapees"], "ar": ["الآخرَين", "اثنين آخرين"]}, ESCAPEES)
STRIKERS = {"en": ["remaining inmates", "inmates on hunger strike", "prisoners"],
            "ar": ["نحو مئة وثمانين من النزلاء الباقين", "النزلاء الباقين", "المضربون"]}
PRISON_ADMIN = {"en": ["Ramadi prison administration", "Iraqi Reformatory Department",
                       "Iraqi Ministry of Justice"],
                "ar": ["إدارة السجن"]}
ANBAR_OPS = {"en": ["Anbar Operations Command", "Iraqi Armed Forces", "Iraqi army"],
             "ar": ["قيادة عمليات الأنبار"]}
TRIBAL_HASHD = {"en": ["Tribal Mobilisation", "Tribal Hashd", "Popular Mobilization Forces",
                       "Iraqi Military Intelligence"],
                "ar": ["مجموعة من مقاتلي «الحشد العشائري»", "مقاتلي «الحشد العشائري»", "«الحشد العشائري»",
                       "الحشد العشائري", "الاستخبارات العسكرية"]}
THREE_ESCAPEES = merge({"en": ["three escapees"], "ar": ["ثلاثة فارين آخرين", "ثلاثة فارين"]}, ESCAPEES)
ANBAR_POLICE_CMD = {"en": ["Anbar police command", "Anbar Police", "Iraqi police"],
                    "ar": ["قيادة شرطة الأنبار", "شرطة الأنبار"]}
SIX_ESCAPEES = {"en": ["six remaining escapees", "escaped inmates", "those sheltering them"],
                "ar": ["الفارين الستة الباقين", "الفارين الستة", "من يؤويهم"]}
ANBAR_MPS = {"en": ["two Anbar MPs", "members of the Council of Representatives", "Iraqi parliament"],
             "ar": ["نائبان عن محافظة الأنبار", "أحد النائبين"]}
PARLIAMENT_PRESIDENCY = {"en": ["Presidency of the Council of Representatives", "Iraqi parliament",
                                "Council of Representatives"],
                         "ar": ["رئاسة مجلس النواب", "مجلس النواب"]}
JUSTICE_MINISTER = {"en": ["Iraqi Minister of Justice", "Justice Minister", "Iraqi Ministry of Justice"],
                    "ar": ["وزير العدل", "الوزير"]}
HR_COMMITTEE = {"en": ["parliamentary Human Rights Committee", "Iraqi parliament",
                       "Council of Representatives"],
                "ar": ["لجنة حقوق الإنسان النيابية"]}
PRISON_DIRECTOR = {"en": ["director of Ramadi central prison and his security deputy", "prison director"],
                   "ar": ["مدير السجن ومعاونه الأمني", "مدير السجن"]}
INMATES_FAMILIES = {"en": ["families of the inmates"], "ar": ["ذوي النزلاء"]}
FOUR_GUARDS = {"en": ["four prison guards", "prison guards"], "ar": ["أربعة من حراس السجن", "حراس السجن"]}
JUSTICE_SPOKESMAN = {"en": ["Ministry of Justice spokesman", "Iraqi Ministry of Justice"],
                     "ar": ["المتحدث باسم وزارة العدل", "وزارة العدل"]}
SECURITY_FORCES = {"en": ["Iraqi security forces", "security forces"], "ar": ["القوات الأمنية"]}
HIT_GUNMEN = {"en": ["gunmen", "ISIS suspects"], "ar": ["مسلحون"]}
HIT_POLICE = {"en": ["Hit police station", "Iraqi police"], "ar": ["مركزاً للشرطة", "شرطيين"]}
ISIS = {"en": ["Islamic State", "ISIS", "ISI", "Daesh"], "ar": ["مسلحي التنظيم", "تنظيم «داعش»", "داعش"]}
ABU_GHRAIB_PRISON = {"en": ["Abu Ghraib prison", "Iraqi prison guards"], "ar": ["سجن أبو غريب"]}

# ====================================================== places: 418
RAMADI_PRISON = {"accept": ["السجن المركزي في مدينة الرمادي", "السجن المركزي في الرمادي", "الرمادي", "Ramadi",
                            "Ramadi central prison", "al-Ramadi"]}
BU_FARAJ = {"accept": ["منطقة البوفراج", "البوفراج", "شمال الرمادي", "الرمادي", "Albu Faraj", "Al-Bu Faraj",
                       "Ramadi"]}
RAMADI_NORTH = {"accept": ["المناطق الزراعية شمال الرمادي", "شمال الرمادي", "الرمادي", "Ramadi"]}
RAMADI_HIT_ROAD = {"accept": ["الطريق بين الرمادي وهيت", "هيت", "الرمادي", "Ramadi–Hit road", "Hit", "Heet",
                              "Ramadi"]}
ANBAR = {"accept": ["الأنبار", "محافظة الأنبار", "الرمادي", "Anbar", "al-Anbar", "Ramadi"]}
BAGHDAD = {"accept": ["بغداد", "Baghdad"]}
HIT = {"accept": ["قضاء هيت", "هيت", "Hit", "Heet"]}
ABU_GHRAIB = {"accept": ["سجن أبو غريب", "أبو غريب", "Abu Ghraib", "Abu Ghurayb"]}

# ====================================================== 419: al-Arish, Rafah, Sheikh Zuweid, Bir al-Abd
# (North Sinai; 2017)
ARISH_MILITANTS = {"en": ["militants", "armed elements", "Sinai Province", "Islamic State Sinai Province"],
                   "ar": ["عناصر مسلحة", "المهاجمين"]}
ARISH_CHECKPOINT = {"en": ["checkpoint force", "Egyptian security forces", "Egyptian police",
                           "Egyptian army"],
                    "ar": ["قوة الارتكاز", "ارتكازاً أمنياً", "أفراد الارتكاز"]}
ARISH_CLASH = merge(ARISH_MILITANTS, ARISH_CHECKPOINT)
LAW_ENFORCEMENT = {"en": ["Egyptian Armed Forces", "Law Enforcement Forces", "Egyptian army",
                          "Egyptian Air Force"],
                   "ar": ["عناصر «قوات إنفاذ القانون»", "«قوات إنفاذ القانون»", "قوات إنفاذ القانون",
                          "القوات الجوية", "«إنفاذ القانون»"]}
TAKFIRI = {"en": ["militants", "takfiri elements", "Sinai Province"],
           "ar": ["«العناصر التكفيرية»", "العناصر التكفيرية"]}
EG_CABINET = {"en": ["Egyptian Cabinet", "Council of Ministers", "Egyptian government"],
              "ar": ["مجلس الوزراء"]}
EG_SECURITY = {"en": ["Egyptian security forces", "Egyptian police"], "ar": ["قوات الأمن"]}
ARISH_SUSPECTS = {"en": ["eleven suspects", "residents of al-Arish"],
                  "ar": ["أحد عشر مشتبهاً بهم", "أحد عشر مشتبهاً"]}
SINAI_TRIBES = {"en": ["Union of Sinai Tribes", "Sinai Tribes Union", "tribal militia"],
                "ar": ["«اتحاد قبائل سيناء»", "اتحاد قبائل سيناء"]}
TAXI_DRIVER = {"en": ["taxi driver from Bir al-Abd", "taxi driver"], "ar": ["سائق سيارة أجرة"]}
ROAD_GUNMEN = {"en": ["gunmen", "militants"], "ar": ["مسلحين"]}
NS_GOVERNOR = {"en": ["Governor of North Sinai"], "ar": ["محافظ شمال سيناء"]}
ATTACK_WOUNDED = {"en": ["the wounded of the attack", "wounded soldiers"], "ar": ["مصابي الهجوم"]}
SINAI_PROVINCE = {"en": ["Sinai Province", "Islamic State Sinai Province", "ISIS", "Wilayat Sinai"],
                  "ar": ["تنظيم «ولاية سيناء»", "«ولاية سيناء»", "ولاية سيناء", "التنظيم"]}
EG_ARMY_POLICE = {"en": ["Egyptian army and police", "Egyptian Armed Forces", "Egyptian police"],
                  "ar": ["قوات الجيش والشرطة"]}
SZ_VILLAGERS = {"en": ["villagers south of Sheikh Zuweid"], "ar": ["أهالي القرى الواقعة جنوب الشيخ زويد"]}
EG_AUTHORITIES = {"en": ["Egyptian authorities", "Egyptian government"], "ar": ["السلطات"]}
STRANDED = {"en": ["travellers stranded on both sides", "stranded travellers"], "ar": ["العالقين"]}
PALESTINIAN_EMBASSY = {"en": ["Palestinian embassy in Cairo", "Palestinian Authority"],
                       "ar": ["السفارة الفلسطينية في القاهرة"]}
NS_MPS = {"en": ["North Sinai MPs", "members of the House of Representatives"], "ar": ["نواب شمال سيناء"]}
EG_GOVT = {"en": ["Egyptian government"], "ar": ["الحكومة"]}
BIR_POLICE = {"en": ["two police conscripts", "Egyptian police"], "ar": ["مجندان", "مدرعة للشرطة"]}
HOUSE_DEFENCE_CMTE = {"en": ["Defence and National Security Committee of the House of Representatives",
                             "Egyptian House of Representatives"],
                      "ar": ["لجنة الدفاع والأمن القومي بمجلس النواب", "لجنة الدفاع والأمن القومي"]}

# ====================================================== places: 419
ARISH_SOUTH = {"accept": ["الطريق الدائري جنوب مدينة العريش", "العريش", "مدينة العريش", "al-Arish", "Arish",
                          "El Arish"]}
RAFAH_SZ = {"accept": ["رفح", "الشيخ زويد", "Rafah", "Sheikh Zuweid", "Sheikh Zuwayid", "al-Shaykh Zuwayd"]}
ARISH_RAFAH = {"accept": ["شرق العريش", "رفح", "العريش", "Rafah", "al-Arish"]}
ARISH = {"accept": ["العريش", "al-Arish", "Arish", "El Arish"]}
ARISH_SOUTH_ROADS = {"accept": ["جنوب العريش", "العريش", "al-Arish", "Arish"]}
ARISH_WEST_ROAD = {"accept": ["الطريق الدولي غرب العريش", "غرب العريش", "العريش", "al-Arish", "Arish"]}
SOUTH_SZ = {"accept": ["جنوب الشيخ زويد", "الشيخ زويد", "Sheikh Zuweid", "Sheikh Zuwayid"]}
RAFAH_CROSSING = {"accept": ["معبر رفح البري", "معبر رفح", "Rafah crossing", "Rafah border crossing",
                             "Rafah"]}
SZ_RAFAH = {"accept": ["الشيخ زويد", "رفح", "Sheikh Zuweid", "Rafah"]}
BUFFER_ZONE = {"accept": ["المنطقة العازلة", "رفح", "Rafah buffer zone", "Rafah"]}
BIR_AL_ABD = {"accept": ["بئر العبد", "مدينة بئر العبد", "Bir al-Abd", "Bir al Abd", "Bi'r al-'Abd"]}

# ====================================================== 420: al-Mansoura, Crater, Tor al-Baha, al-Houta
# (Aden and Lahij; 2025)
ADEN_PROTESTERS = {"en": ["protesters in Aden", "residents of al-Mansoura and Sheikh Othman"],
                   "ar": ["مئات المحتجين", "المحتجين"]}
YE_GOVT = {"en": ["Yemeni government", "Government of Yemen", "power-sharing government"],
           "ar": ["حكومة المناصفة", "الحكومة"]}
HOUTHIS = {"en": ["Houthis", "Ansar Allah", "Houthi militia"],
           "ar": ["ميليشيا الحوثي", "الحوثيين", "الميليشيا"]}
SOUTHERN_SOLDIERS = {"en": ["Southern Armed Forces soldiers", "Southern Armed Forces",
                            "Southern Transitional Council forces"],
                     "ar": ["ثلاثة من جنود القوات المسلحة الجنوبية", "القوات المسلحة الجنوبية", "موقع عسكري"]}
AIR_DEFENCES = {"en": ["Southern Armed Forces air defences", "Southern Armed Forces"],
                "ar": ["الدفاعات الجوية"]}
SOUTHERN_ARTILLERY = {"en": ["Southern Armed Forces", "southern artillery units",
                             "Southern Transitional Council forces"],
                      "ar": ["وحدات المدفعية الجنوبية"]}
HOUTHI_POSITIONS = {"en": ["Houthis", "Houthi positions"], "ar": ["مواقع للحوثيين", "الحوثيين", "الميليشيا"]}
SECURITY_BELT = {"en": ["Security Belt Forces", "Security Belt", "Southern Transitional Council"],
                 "ar": ["قوات الحزام الأمني", "عناصر الحزام"]}
CRATER_YOUTHS = {"en": ["fourteen young men", "protesters in Crater"], "ar": ["أربعة عشر شاباً"]}
STC_PRESIDENT = {"en": ["President of the Southern Transitional Council", "Southern Transitional Council",
                        "STC"],
                 "ar": ["رئيس المجلس الانتقالي الجنوبي", "المجلس الانتقالي الجنوبي"]}
SAUDI_AMBASSADOR = {"en": ["Saudi ambassador to Yemen", "Saudi Arabia"],
                    "ar": ["السفير السعودي لدى اليمن", "السفير السعودي", "السفير"]}
SAUDI = {"en": ["Saudi Arabia", "Saudi grant"], "ar": ["منحة سعودية", "سعودية"]}
ADEN_POWER = {"en": ["Aden power stations", "Public Electricity Corporation"],
              "ar": ["محطات الكهرباء في عدن"]}
POWER_UNION = {"en": ["union of the Public Electricity Corporation workers in Aden",
                      "electricity workers' union"],
               "ar": ["نقابة عمال المؤسسة العامة للكهرباء في عدن", "نقابة عمال المؤسسة العامة للكهرباء"]}
HOUTHI_REINFORCEMENTS = merge({"en": ["Houthi reinforcements"], "ar": ["تعزيزات حوثية"]}, HOUTHIS)
ADEN_GOVERNOR = {"en": ["Governor of Aden"], "ar": ["محافظ عدن"]}
NEIGHBOURHOOD_CMTES = {"en": ["neighbourhood committees of al-Mansoura, Sheikh Othman and Crater"],
                       "ar": ["ممثلين عن لجان الأحياء", "لجان الأحياء"]}
HOUTA_ASSASSINS = {"en": ["unidentified gunmen"], "ar": ["مسلحون مجهولون"]}
BELT_OFFICER = {"en": ["Security Belt officer", "Security Belt Forces"],
                "ar": ["ضابطاً في قوات الحزام الأمني"]}
LAHIJ_SECURITY = {"en": ["Lahij security services"], "ar": ["أجهزة الأمن"]}
HOUTA_SUSPECT = {"en": ["a suspect"], "ar": ["مشتبهاً به"]}
STC_PRESIDIUM = {"en": ["Presidium of the Southern Transitional Council", "Southern Transitional Council",
                        "STC"],
                 "ar": ["هيئة رئاسة المجلس الانتقالي الجنوبي", "المجلس الانتقالي الجنوبي"]}
UN_ENVOY = {"en": ["UN Special Envoy for Yemen", "United Nations"], "ar": ["المبعوث الأممي"]}

# ====================================================== places: 420
MANSOURA = {"accept": ["مديريتي المنصورة والشيخ عثمان", "المنصورة", "الشيخ عثمان", "عدن", "al-Mansoura",
                       "Mansoura", "Sheikh Othman", "Aden"]}
TOR_AL_BAHA = {"accept": ["مديرية طور الباحة", "طور الباحة", "Tor al-Baha", "Tur al-Bahah", "Tuwr al-Bahah"]}
HAYFAN = {"accept": ["مديرية حيفان", "حيفان", "Hayfan", "Haifan"]}
CRATER = {"accept": ["مديرية صيرة", "صيرة", "حي كريتر", "كريتر", "Crater", "Sira", "Seera", "Aden"]}
ADEN = {"accept": ["العاصمة عدن", "عدن", "Aden"]}
BURAIQA = {"accept": ["ميناء الزيت في مديرية البريقة", "البريقة", "ميناء الزيت", "al-Buraiqa", "Buraiqa",
                      "Little Aden", "Aden"]}
KARISH = {"accept": ["جبهة كرش", "كرش", "القبيطة", "Karish", "Kirsh", "al-Qabbaytah"]}
HOUTA = {"accept": ["مدينة الحوطة", "الحوطة", "al-Houta", "al-Hawtah", "Houta", "Lahij"]}
