"""Accepted actor names and place names for the sixty-sixth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الحكومة», «الوفد») are left out on purpose, with these
exceptions, each used only in an article where it names a single actor:
- 326: «التنظيم», «مسلحين» and «زميله» (only ever ISIS, the gunmen who abducted the two teachers, and the aid
  worker of the rumour);
- 327: «النظام», «الطيران», «التحالف», «مئات» and «مصدر ميداني» (only ever the Syrian government and its air
  force, the US-led coalition, the Qamishli demonstrators and the army's field source quoted by a Damascus
  daily);
- 328: «الميليشيا», «التجار», «متظاهرين», «شاب» and «عناصر المقر» (in the opposition site's words
  «الميليشيا» is only ever the SDF; the striking merchants of Manbij; the demonstrators; in ¶12, the young man
  killed at Abu Qalqal; the Asayish guards who broke up the sit-in);
- 329: «الجيش», «الحزب», «الدولة», «شابين», «أحدهم» and «مطلوبين» (only ever the Lebanese army, the Arab
  Democratic Party, the Lebanese state, the two young men of the rumour, the worker killed at al-Minyeh and
  the men the army arrested);
- 330: «الحركة», «الشباب», «القوات» and «الحكومة» (only ever al-Shabaab, the Somali and African Union troops
  at the Bulo Burte base and the Somali federal government).
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
SDF = {"en": ["Syrian Democratic Forces", "SDF", "QSD"], "ar": ["قوات سوريا الديمقراطية", "قسد"]}
ISIS = {"en": ["Islamic State", "ISIS", "ISIL", "IS", "Daesh"],
        "ar": ["تنظيم «داعش»", "داعش", "تنظيم الدولة"]}
INTL_COALITION = {"en": ["US-led coalition", "International Coalition", "Global Coalition against Daesh",
                         "United States"],
                  "ar": ["التحالف الدولي"]}

# ====================== 326: Raqqa, Hazima, al-Mansoura, al-Karama, al-Tabqa (a Raqqa local news page, 2019)
RAQQA_ISIS = merge(ISIS, {"en": [], "ar": ["التنظيم", "خلايا التنظيم"]})
TURKISH_INTEL = {"en": ["Turkish intelligence", "Turkey", "Turkish-backed factions", "MIT",
                        "cell from Turkish-backed areas"],
                 "ar": ["الاستخبارات التركية", "الفصائل الموالية لتركيا",
                        "خلية تسللت من مناطق سيطرة الفصائل الموالية لتركيا"]}
# the car bomb: parked by «مجهولون», claimed by ISIS, blamed by the Asayish on a cell from the Turkish-backed
# areas (a disputed claim: any of them is accepted)
NAIM_BOMBERS = merge(UNKNOWN, RAQQA_ISIS, TURKISH_INTEL)
NAIM_VICTIMS = merge({"en": ["civilians near al-Naim roundabout", "passers-by and checkpoint guards",
                            "street vendor and a child"],
                     "ar": ["خمسة مدنيين", "بائع متجول وطفل"]}, CIVILIANS)
HAZIMA_KILLERS = merge({"en": ["two gunmen on a motorcycle"], "ar": ["مسلحان مجهولان"]}, UNKNOWN)
HAZIMA_VICTIM = {"en": ["tribal notable", "tribal elder", "clan notable", "notable and his son"],
                 "ar": ["وجيهاً عشائرياً", "وجيه عشائري", "الوجيه المغدور", "نجله"]}
ASAYISH = {"en": ["Internal Security Forces", "Asayish", "internal security"],
           "ar": ["قوى الأمن الداخلي", "الأسايش"]}
RAQQA_ASAYISH_SPOKESMAN = merge({"en": ["Raqqa Internal Security Forces spokesman"],
                                 "ar": ["الناطق باسم قوى الأمن الداخلي في الرقة"]}, ASAYISH)
AID_WORKER = {"en": ["aid organisation employee", "aid worker", "NGO employee"],
              "ar": ["موظف في منظمة إغاثية", "زميله"]}
KARAMA_TEACHERS = {"en": ["two teachers", "teachers of a Raqqa Civil Council school", "teachers"],
                   "ar": ["معلمان", "معلمين", "معلمَين"]}
KARAMA_KIDNAPPERS = merge({"en": ["gunmen in a four-wheel drive without plates", "kidnappers", "gunmen"],
                           "ar": ["مسلحين كانوا يستقلون سيارة رباعية الدفع", "مسلحين", "رقم مجهول"]}, UNKNOWN)
TEACHERS_FAMILY = {"en": ["family of one of the teachers", "teacher's family", "family"],
                   "ar": ["العائلة", "شقيق أحدهما"]}
ASAYISH_SDF = merge(ASAYISH, SDF)
RAQQA_SUSPECTS = {"en": ["eleven suspects", "suspects", "people suspected of aiding ISIS cells"],
                  "ar": ["أحد عشر شخصاً"]}
SNA = {"en": ["Syrian National Army", "SNA", "Turkish-backed factions", "Syrian National Army spokesman"],
       "ar": ["الجيش الوطني السوري", "المتحدث باسم «الجيش الوطني السوري»", "فصائله"]}
HAZIMA_CLAN = {"en": ["notables of the slain notable's clan", "clan notables", "tribal notables",
                      "clan elders"],
               "ar": ["وجهاء من عشيرة الوجيه المغدور", "عشيرة الوجيه المغدور"]}
RAQQA_CC = {"en": ["Raqqa Civil Council", "Raqqa civil council", "civil council"],
            "ar": ["مجلس الرقة المدني"]}
RAQQA_NOTABLES = {"en": ["tribal sheikhs and neighbourhood notables", "tribal sheikhs", "tribal elders"],
                  "ar": ["شيوخ العشائر ووجهاء الأحياء", "شيوخ العشائر"]}
TABQA_VICTIM = {"en": ["member of the Tabqa Civil Council's economic committee", "Tabqa Civil Council member",
                       "council member"],
                "ar": ["عضو في لجنة الاقتصاد التابعة لمجلس الطبقة المدني", "عضو في لجنة الاقتصاد"]}
SDF_COALITION = merge(SDF, INTL_COALITION)

# ---------------------------------------------------------------- places (326)
NAIM = {"accept": ["دوار النعيم", "مدينة الرقة", "الرقة", "al-Naim roundabout", "Naim roundabout", "Raqqa",
                   "ar-Raqqah"]}
HAZIMA = {"accept": ["قرية حزيمة", "حزيمة", "ريف الرقة الشمالي", "Hazima", "Hazimah", "Huzaymah"]}
MANSOURA = {"accept": ["بلدة المنصورة", "المنصورة", "al-Mansoura", "Mansurah", "al-Mansurah"]}
KARAMA_ROAD = {"accept": ["الطريق الواصل بين بلدة الكرامة ومدينة الرقة", "بلدة الكرامة", "الكرامة",
                          "al-Karama", "Karamah", "Raqqa"]}
MASHLAB = {"accept": ["حيي المشلب والرميلة", "المشلب", "الرميلة", "al-Mashlab", "Mashlab", "al-Rumaila",
                      "Raqqa", "الرقة"]}
RAQQA_CITY = {"accept": ["مدينة الرقة", "الرقة", "Raqqa", "ar-Raqqah"]}
RAQQA_CC_HQ = {"accept": ["مبنى المجلس", "الرقة", "Raqqa"]}
TABQA = {"accept": ["الحي الأول بمدينة الطبقة", "مدينة الطبقة", "الطبقة", "al-Tabqa", "Tabqa", "al-Thawra"]}

# ========= 327: al-Hasakah (al-Salihiya, Tal Hajar, al-Nashwa), Qamishli (a London pan-Arab daily, 2016)
REGIME_2016 = {"en": ["Syrian regime", "Syrian government", "Assad regime", "Syrian government forces"],
               "ar": ["النظام السوري", "النظام", "طائرات النظام"]}
REGIME_AIR_2016 = merge({"en": ["Syrian regime air force", "Syrian government warplanes", "Syrian Air Force"],
                         "ar": ["طائرات حربية تابعة للنظام السوري", "الطيران"]}, REGIME_2016)
ASAYISH_2016 = {"en": ["Asayish", "Kurdish security forces", "Kurdish Internal Security Forces", "YPG",
                       "People's Protection Units"],
                "ar": ["الأسايش", "قوات الأمن الكردية", "وحدات حماية الشعب"]}
HASAKAH_VICTIMS = merge({"en": ["civilians in al-Salihiya and Tal Hajar", "Kurdish residents",
                                "Asayish positions"],
                         "ar": ["تسعة مدنيين", "مواقع لقوات الأمن الكردية (الأسايش)"]}, CIVILIANS)
NDF = {"en": ["National Defence Forces", "NDF", "pro-government militia", "National Defense Forces"],
       "ar": ["الدفاع الوطني", "ميليشيا «الدفاع الوطني»", "عناصر من «الدفاع الوطني»"]}
HASAKAH_FIGHT = merge(ASAYISH_2016, NDF)
SY_ARMY_COMMAND = {"en": ["Syrian Army General Command", "General Command of the Army and Armed Forces",
                          "Syrian army", "SANA"],
                   "ar": ["القيادة العامة للجيش والقوات المسلحة", "وكالة «سانا»"]}
COALITION_2016 = merge(INTL_COALITION, {"en": ["coalition spokesman", "coalition aircraft"],
                                        "ar": ["متحدث باسم التحالف الدولي", "مقاتلات تابعة للتحالف",
                                               "التحالف"]})
REPUBLICAN_GUARD = {"en": ["Republican Guard", "Syrian regime reinforcements"],
                    "ar": ["الحرس الجمهوري", "تعزيزات من الحرس الجمهوري"]}
PYD = {"en": ["Democratic Union Party", "PYD"], "ar": ["حزب الاتحاد الديمقراطي"]}
KNC = {"en": ["Kurdish National Council", "KNC", "ENKS"], "ar": ["المجلس الوطني الكردي"]}
UN = {"en": ["United Nations", "UN"], "ar": ["الأمم المتحدة"]}
RU_OFFICERS = {"en": ["Russian officers", "Russia", "Russian military"], "ar": ["ضباطاً روساً", "ضباط روس"]}
HASAKAH_DELEGATIONS = {"en": ["Asayish and Syrian regime security delegations", "Asayish",
                              "Syrian regime security services"],
                       "ar": ["وفدين من «الأسايش» ومن الأجهزة الأمنية للنظام", "الأسايش",
                              "الأجهزة الأمنية للنظام"]}
QAMISHLI_ASAYISH_DEAD = {"en": ["two Asayish members", "Asayish members"], "ar": ["عنصران من «الأسايش»"]}
QAMISHLI_PROTESTERS = {"en": ["protesters in Qamishli", "hundreds of Kurds", "protesters", "demonstrators"],
                       "ar": ["مئات في مدينة القامشلي", "مئات"]}
SY_FIELD_SOURCE = {"en": ["Syrian army field source", "Syrian army", "Syrian government forces"],
                   "ar": ["مصدر ميداني", "وحدات الجيش"]}

# ---------------------------------------------------------------- places (327)
SALIHIYA = {"accept": ["حيي الصالحية وتل حجر", "الصالحية", "تل حجر", "مدينة الحسكة", "الحسكة", "al-Salihiya",
                       "Tal Hajar", "Hasakah", "al-Hasakah"]}
NASHWA = {"accept": ["حي النشوة", "النشوة", "حي غويران", "غويران", "الحسكة", "al-Nashwa", "Ghuwayran",
                     "Hasakah", "al-Hasakah"]}
HASAKAH = {"accept": ["مدينة الحسكة", "الحسكة", "Hasakah", "al-Hasakah"]}
HASAKAH_SKY = {"accept": ["أجواء الحسكة", "الحسكة", "Hasakah", "al-Hasakah"]}
HASAKAH_SQUARE = {"accept": ["الطريق المؤدي إلى المربع الأمني", "المربع الأمني", "الحسكة", "Hasakah"]}
QAMISHLI_AIRPORT = {"accept": ["مطار القامشلي", "القامشلي", "Qamishli airport", "Qamishli"]}
QAMISHLI_TAYY = {"accept": ["حي الطي جنوبي القامشلي", "حي الطي", "القامشلي", "al-Tayy", "Qamishli"]}
QAMISHLI = {"accept": ["مدينة القامشلي", "القامشلي", "Qamishli", "al-Qamishli"]}

# ======================= 328: Manbij, al-Khafsa, Abu Qalqal (Aleppo; a Syrian opposition news site, 2021)
SDF_2021 = merge(SDF, {"en": ["SDF militia", "Manbij Military Council"],
                       "ar": ["ميليشيا «قسد»", "عناصر من ميليشيا «قسد»", "الميليشيا"]})
MANBIJ_PROTESTERS = merge({"en": ["protesters in Manbij", "demonstrators", "protesters", "three young men"],
                           "ar": ["ثلاثة شبان", "متظاهرين", "المتظاهرين", "المحتجين", "مظاهرة حاشدة"]},
                          CIVILIANS)
MANBIJ_MERCHANTS = {"en": ["merchants of Manbij", "shopkeepers", "traders", "strikers"],
                    "ar": ["التجار", "تجار"]}
MANBIJ_TRIBAL_CALL = {"en": ["tribal notables", "notables of the area's tribes"],
                      "ar": ["وجهاء من عشائر المنطقة"]}
MANBIJ_ROAD_YOUTHS = {"en": ["angry young men", "protesters", "demonstrators"], "ar": ["شبان غاضبون"]}
MANBIJ_MC = {"en": ["Manbij Military Council", "SDF"],
             "ar": ["«المجلس العسكري لمنبج»", "المجلس العسكري لمنبج", "قسد"]}
TURKEY_REGIME_CELLS = {"en": ["cells linked to Turkish intelligence and to the regime",
                              "Turkish intelligence", "Syrian regime cells", "Turkey"],
                       "ar": ["خلايا مرتبطة بالاستخبارات التركية وأخرى تابعة للنظام", "الاستخبارات التركية"]}
MANBIJ_DETAINEES = {"en": ["about forty young protesters", "protesters", "young men who joined the protests"],
                    "ar": ["نحو أربعين شاباً", "أربعين شاباً"]}
KHAFSA_SDF_MEMBER = {"en": ["SDF member", "member of the SDF"], "ar": ["أحد عناصر الميليشيا"]}
KHAFSA_PROTESTERS = {"en": ["protesters in al-Khafsa", "demonstrators", "protesters"], "ar": ["متظاهرين"]}
MANBIJ_TRIBES = {"en": ["tribal notables and sheikhs of Manbij", "tribal elders", "tribal notables"],
                 "ar": ["وجهاء وشيوخ من عشائر منبج وريفها", "وجهاء وشيوخ"]}
SIG = {"en": ["Syrian Interim Government", "SIG", "Syrian opposition government"],
       "ar": ["الحكومة السورية المؤقتة"]}
PYD_SDF = merge(SDF_2021, {"en": ["PYD", "PYD militias"], "ar": ["ميليشيات PYD"]})
SDF_LEADERS = {"en": ["SDF commanders", "SDF leaders", "SDF"], "ar": ["قياديون في «قسد»", "قسد"]}
MANBIJ_NOTABLES_DELEGATION = {"en": ["delegation of tribal notables", "tribal notables"],
                              "ar": ["وفداً من وجهاء العشائر", "وجهاء العشائر"]}
MANBIJ_MC_COMMANDER = {"en": ["commander of the Manbij Military Council", "Manbij Military Council", "SDF"],
                       "ar": ["قائد المجلس العسكري لمنبج", "المجلس العسكري لمنبج"]}
ROAD_BLOCKERS = {"en": ["armed men and road blockers", "protesters blocking roads", "protesters"],
                 "ar": ["كل من يحمل السلاح أو يقطع الطرق"]}
SDF_PATROL = merge({"en": ["SDF patrol"], "ar": ["دورية لـ«قسد»"]}, SDF_2021)
ABU_QALQAL_VICTIM = {"en": ["young man", "civilian"], "ar": ["شاب"]}
SITIN_RELATIVES = {"en": ["relatives of the detainees", "sit-in participants", "protesters"],
                   "ar": ["عشرات من ذوي المعتقلين", "ذوي المعتقلين"]}
ASAYISH_MANBIJ = merge(ASAYISH, {"en": ["Asayish guards"], "ar": ["عناصر المقر"]})

# ---------------------------------------------------------------- places (328)
MANBIJ_CA = {"accept": ["محيط مبنى الإدارة المدنية وسط مدينة منبج", "مبنى الإدارة المدنية", "الإدارة المدنية",
                        "مدينة منبج", "منبج", "Manbij", "Menbij"]}
MANBIJ = {"accept": ["مدينة منبج", "منبج", "Manbij", "Menbij"]}
MANBIJ_MARKET = {"accept": ["السوق القديم", "أسواق منبج", "منبج", "Manbij", "Menbij"]}
MANBIJ_ROADS = {"accept": ["الطرق المؤدية إلى المدينة", "منبج", "Manbij", "Menbij"]}
MANBIJ_AREA = {"accept": ["أحياء المدينة وقرى ريفها", "منبج", "ريف منبج", "Manbij", "Manbij countryside"]}
MANBIJ_CA_HQ = {"accept": ["مقر الإدارة المدنية", "الإدارة المدنية", "منبج", "Manbij", "Menbij"]}
KHAFSA = {"accept": ["بلدة الخفسة", "الخفسة", "al-Khafsa", "Khafsah", "al-Khafsah"]}
ABU_QALQAL = {"accept": ["بلدة أبو قلقل", "أبو قلقل", "Abu Qalqal", "Abu Qilqil"]}
MANBIJ_ASAYISH_HQ = {"accept": ["مقر «الأسايش» في الحي الشمالي من المدينة", "مقر «الأسايش»", "منبج", "Manbij",
                                "Menbij"]}

# ====== 329: Tripoli (Bab al-Tabbaneh, Jabal Mohsen), al-Minyeh (North Lebanon; an official agency, 2013)
TRIPOLI_FIGHTERS = {"en": ["gunmen of Bab al-Tabbaneh and Jabal Mohsen", "Bab al-Tabbaneh gunmen",
                           "Jabal Mohsen gunmen", "Arab Democratic Party", "armed men"],
                    "ar": ["مسلحين من باب التبانة وآخرين من جبل محسن", "مسلحين من باب التبانة",
                           "مسلحي باب التبانة", "مسلحي جبل محسن", "باب التبانة", "جبل محسن"]}
TRIPOLI_VICTIMS = merge({"en": ["four people including a woman", "residents of Tripoli"],
                         "ar": ["أربعة أشخاص، بينهم امرأة", "أربعة أشخاص", "امرأة"]}, CIVILIANS)
LB_ARMY = {"en": ["Lebanese Army", "Lebanese Armed Forces", "LAF", "army"],
           "ar": ["الجيش اللبناني", "وحدات الجيش", "قيادة الجيش", "الجيش"]}
TRIPOLI_SNIPERS = {"en": ["gunmen", "snipers", "sources of fire", "Tripoli gunmen"],
                   "ar": ["مصادر النيران", "القناصون"]}
TRIPOLI_WANTED = {"en": ["six wanted men", "wanted men", "gunmen", "suspects"],
                  "ar": ["ستة مطلوبين", "مطلوبين"]}
ADP_OFFICIAL = {"en": ["Arab Democratic Party", "ADP", "Arab Democratic Party media official"],
                "ar": ["المسؤول الإعلامي في «الحزب العربي الديمقراطي»", "الحزب العربي الديمقراطي"]}
ADP = {"en": ["Arab Democratic Party", "ADP", "Jabal Mohsen gunmen"],
       "ar": ["الحزب العربي الديمقراطي", "الحزب"]}
REGIONAL_GROUPS = {"en": ["armed groups funded by regional parties", "Bab al-Tabbaneh gunmen"],
                   "ar": ["مجموعات مسلحة ممولة من جهات إقليمية"]}
TABBANEH_COMMANDER = {"en": ["Bab al-Tabbaneh field commander", "Tabbaneh axis commander",
                             "Bab al-Tabbaneh gunmen"],
                      "ar": ["أحد قادة المحاور في التبانة", "قادة المحاور في التبانة"]}
JABAL_YOUTHS = {"en": ["two young men from Jabal Mohsen", "Jabal Mohsen residents"],
                "ar": ["شابين من أبناء جبل محسن", "شابين"]}
LB_PM = {"en": ["caretaker Prime Minister of Lebanon", "Lebanese Prime Minister", "Lebanese government"],
         "ar": ["رئيس حكومة تصريف الأعمال"]}
LB_SECURITY_CHIEFS = {"en": ["Interior Minister and security chiefs", "Lebanese Interior Minister",
                             "North military region commander", "security officials"],
                      "ar": ["وزير الداخلية والبلديات", "قائد منطقة الشمال العسكرية", "مسؤولون أمنيون"]}
HIGHER_DEFENCE = {"en": ["Higher Defence Council", "Supreme Defense Council",
                         "Lebanese Higher Defence Council"],
                  "ar": ["المجلس الأعلى للدفاع"]}
TABBANEH_COMMANDERS = {"en": ["Bab al-Tabbaneh field commanders", "axis commanders",
                              "Bab al-Tabbaneh gunmen"],
                       "ar": ["عدد من قادة المحاور في التبانة", "قادة المحاور في التبانة"]}
LB_STATE = {"en": ["Lebanese state", "Lebanese government", "Lebanese authorities"], "ar": ["الدولة"]}
MOSQUE_BOMBERS = {"en": ["perpetrators of the mosque bombings", "suspects in the mosque bombings"],
                  "ar": ["المتهمين بتفجيري مسجدي التقوى والسلام"]}
MOSQUE_VICTIMS = merge({"en": ["worshippers of al-Taqwa and al-Salam mosques"],
                        "ar": ["مسجدي التقوى والسلام"]}, CIVILIANS)
MUFTI_TRIPOLI = {"en": ["Mufti of Tripoli and the North", "Mufti of Tripoli", "Dar al-Fatwa"],
                 "ar": ["مفتي طرابلس والشمال"]}
ALL_SIDES = {"en": ["all parties", "both sides", "gunmen of Bab al-Tabbaneh and Jabal Mohsen"],
             "ar": ["«جميع الأطراف»", "جميع الأطراف"]}
ARMED_MEN = {"en": ["any gunman", "gunmen", "armed men"], "ar": ["أي مسلح"]}
MINYEH_GUNMEN = UNKNOWN
MINYEH_WORKERS = {"en": ["workers from Jabal Mohsen", "bus passengers", "Alawite workers"],
                  "ar": ["عمالاً من جبل محسن", "أحدهم"]}
TRIPOLI_MERCHANTS = {"en": ["merchants and shop owners of Tripoli's old markets", "traders", "protesters"],
                     "ar": ["عشرات من تجار الأسواق الداخلية وأصحاب المحال", "تجار الأسواق الداخلية"]}

# ---------------------------------------------------------------- places (329)
TABBANEH_JABAL = {"accept": ["محاور باب التبانة وجبل محسن", "باب التبانة", "جبل محسن", "شارع سوريا", "طرابلس",
                             "Bab al-Tabbaneh", "Jabal Mohsen", "Syria Street", "Tripoli"]}
QOBBEH = {"accept": ["منطقة القبة", "القبة", "al-Qobbeh", "Qobbeh", "Qubba", "Tripoli"]}
PM_HOME = {"accept": ["دارته في طرابلس", "طرابلس", "Tripoli"]}
BAABDA = {"accept": ["قصر بعبدا", "بعبدا", "Baabda", "Baabda Palace"]}
TRIPOLI_MOSQUES = {"accept": ["مسجدي التقوى والسلام", "طرابلس", "Tripoli"]}
TRIPOLI_LB = {"accept": ["طرابلس", "Tripoli", "Tripoli, Lebanon"]}
MINYEH = {"accept": ["الطريق العام في بلدة المنية", "بلدة المنية", "المنية", "Minyeh", "al-Minyeh", "Minieh"]}
NOUR_SQUARE = {"accept": ["ساحة عبد الحميد كرامي", "ساحة النور", "طرابلس", "al-Nour Square",
                          "Abdel Hamid Karami Square", "Tripoli"]}

# ======== 330: Beledweyne, Bulo Burte, Mataban, Mahas, Jalalaqsi (Hiiraan, Somalia; a Somali site, 2015)
SHABAAB = {"en": ["al-Shabaab", "Harakat al-Shabaab al-Mujahideen", "Shabaab", "al-Shabab"],
           "ar": ["حركة الشباب", "الحركة", "الشباب", "مقاتلو حركة الشباب", "مقاتلو الشباب"]}
BUS_VICTIMS = merge({"en": ["minibus passengers", "traders and vendors", "seven civilians"],
                     "ar": ["سبعة مدنيين", "تجاراً وباعة", "حافلة صغيرة تقل تجاراً وباعة"]}, CIVILIANS)
SO_TROOPS = {"en": ["Somali National Army", "Somali army", "AMISOM", "African Union Mission in Somalia",
                    "Somali government forces", "African Union troops"],
             "ar": ["الجيش الوطني الصومالي", "قوات بعثة الاتحاد الأفريقي (أميصوم)", "أميصوم", "القوات"]}
BASE_FIGHT = merge(SHABAAB, SO_TROOPS)
HIIRAAN_GOVERNOR = {"en": ["Governor of Hiiraan", "Hiiraan governor", "Hiiraan regional administration"],
                    "ar": ["محافظ إقليم هيران", "محافظ الإقليم"]}
ETHIOPIAN_FORCES = {"en": ["Ethiopian forces", "Ethiopian army", "Ethiopian troops", "ENDF"],
                    "ar": ["القوات الإثيوبية"]}
SO_GOV_FORCES = {"en": ["Somali government forces", "Somali National Army", "Somali security forces"],
                 "ar": ["القوات الحكومية"]}
BELEDWEYNE_SUSPECTS = {"en": ["twelve suspects", "suspected al-Shabaab collaborators", "suspects"],
                       "ar": ["اثني عشر شخصاً"]}
HIIRAAN_DRIVERS = {"en": ["bus and truck drivers", "drivers", "transporters"],
                   "ar": ["سائقي الحافلات والشاحنات"]}
WFP = {"en": ["World Food Programme", "WFP", "UN World Food Programme"], "ar": ["برنامج الأغذية العالمي"]}
DROUGHT_IDPS = {"en": ["families displaced by drought", "displaced families", "IDPs"],
                "ar": ["للأسر التي نزحت من الأرياف بسبب الجفاف", "الأسر النازحة"]}
CLAN_ELDERS = {"en": ["elders of two clans", "clan elders", "traditional elders"],
               "ar": ["زعماء عشيرتين في إقليم هيران", "زعماء عشيرتين"]}
MAHAS_CLANS = {"en": ["gunmen of two clans", "clan militias"], "ar": ["مسلحين من الجانبين"]}
JALALAQSI_DC = {"en": ["Jalalaqsi district commissioner", "district commissioner", "local official"],
                "ar": ["مفوض مديرية جلالقسي"]}
JALALAQSI_KILLERS = merge(UNKNOWN, SHABAAB)
HIIRAAN_MPS = {"en": ["Hiiraan members of the federal parliament", "Somali MPs", "MPs"],
               "ar": ["نواب عن الإقليم في البرلمان الفيدرالي", "نواب عن الإقليم"]}
SO_GOVERNMENT = {"en": ["Somali federal government", "Somali government", "Federal Government of Somalia"],
                 "ar": ["الحكومة"]}
ETH_SO_FORCES = merge(ETHIOPIAN_FORCES, SO_GOV_FORCES)

# ---------------------------------------------------------------- places (330)
BELEDWEYNE_ROAD = {"accept": ["الطريق الرابط بين مدينة بلدوين وبلدة بولوبرتي", "طريق بلدوين – بولوبرتي",
                              "بلدوين", "Beledweyne", "Belet Weyne", "Beledweyne–Bulo Burte road", "Hiiraan"]}
BULO_BURTE = {"accept": ["أطراف بولوبرتي", "بلدة بولوبرتي", "بولوبرتي", "Bulo Burte", "Buulobarde",
                          "Bulo Barde"]}
MATABAN = {"accept": ["بلدة مطبان", "مطبان", "Mataban", "Matabaan"]}
BELEDWEYNE_EAST = {"accept": ["أحياء الضفة الشرقية من بلدوين", "بلدوين", "Beledweyne", "Belet Weyne",
                              "Beledwyne"]}
BELEDWEYNE = {"accept": ["مدينة بلدوين", "بلدوين", "Beledweyne", "Belet Weyne", "Beledwyne"]}
GOVERNORATE_HQ = {"accept": ["مقر المحافظة ببلدوين", "مقر المحافظة", "بلدوين", "Beledweyne", "Belet Weyne"]}
MAHAS = {"accept": ["بئر للمياه قرب بلدة محاس", "بلدة محاس", "محاس", "Mahas", "Maxaas"]}
JALALAQSI = {"accept": ["مديرية جلالقسي", "جلالقسي", "Jalalaqsi", "Jalalaqsi district"]}
