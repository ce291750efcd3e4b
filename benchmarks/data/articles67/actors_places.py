"""Accepted actor names and place names for the sixty-seventh team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الحكومة», «الوفد») are left out on purpose, with these
exceptions, each used only in an article where it names a single actor:
- 331: «الإرهابيين» and «المسلحين» (in the pro-government page's words only ever the armed opposition of the
  Latakia countryside), «شابة» (only ever the young woman killed in Latakia city in ¶11);
- 332: «مسلحين», «شبان», «العصابة», «المحتجين», «محتجون» and «تاجر» (only ever the gunmen and the young men
  of the Ariqa shooting, the gang the families accuse, the protesters of al-Karama Square and Shahba, and
  the trader released in ¶14);
- 333: «الفصائل» and «قسد» (in the pan-Arab daily's words «الفصائل» is only ever the Turkish-backed factions
  of the Syrian National Army; «قسد» is the Syrian Democratic Forces' usual abbreviation);
- 334: «التنظيم» and «الحشد» (only ever ISIS and the Turkmen units of the Popular Mobilization Forces in the
  Kirkuk article), «مدنياً» (only ever the civilians of al-Riyadh in the rumour);
- 335: «الانتقالي», «قوات الحزام», «الطرفين», «التحالف» and «جندياً» (only ever the Southern Transitional
  Council and its Security Belt, the two sides of the Abyan fighting, the Saudi-led coalition and the
  soldiers held at al-Alam), and «ميليشيات الإخوان» as a name of the government's forces (the STC's word
  for them).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge

# ====================================================== actors: shared
CIVILIANS = {"en": ["civilians", "civilian", "residents", "locals", "citizens"],
             "ar": ["المدنيين", "مدنيين", "مدنيون", "الأهالي", "أهالي", "السكان", "المواطنين", "مواطنين"]}

# ====== 331: al-Bahluliyah, Jabal al-Nuba, Kinsabba, Rabia, al-Qardaha (a pro-government Latakia page, 2015)
LATAKIA_REBELS = {"en": ["armed opposition groups", "rebels", "armed terrorist groups", "militants",
                         "insurgents",
                         "Jabhat al-Nusra", "1st Coastal Division"],
                  "ar": ["المجموعات الإرهابية المسلحة", "المجموعات الإرهابية", "الإرهابيين", "الإرهابيون",
                         "المسلحين", "إرهابيي"]}
NUSRA_COASTAL = {"en": ["Jabhat al-Nusra", "al-Nusra Front", "Nusra Front", "1st Coastal Division",
                        "First Coastal Division", "rebels"],
                 "ar": ["«جبهة النصرة»", "جبهة النصرة", "«الفرقة الساحلية الأولى»",
                        "الفرقة الساحلية الأولى",
                        "إرهابيي"]}
COASTAL_DIV = {"en": ["1st Coastal Division", "First Coastal Division", "rebels"],
               "ar": ["مجموعة «الفرقة الساحلية الأولى»", "«الفرقة الساحلية الأولى»",
                      "الفرقة الساحلية الأولى"]}
SY_ARMY_2015 = {"en": ["Syrian army", "Syrian Arab Army", "Syrian government forces",
                       "National Defence Forces",
                       "NDF", "pro-government forces"],
                "ar": ["وحدات من الجيش العربي السوري", "الجيش العربي السوري", "مجموعات الدفاع الوطني",
                       "الدفاع الوطني"]}
NUBA_FIGHT = merge(SY_ARMY_2015, NUSRA_COASTAL)
RU_AIR_2015 = {"en": ["Russian air force", "Russian warplanes", "Russia"],
               "ar": ["الطيران الروسي", "بإسناد جوي من الطيران الروسي"]}
RU_ARMY_SUPPORT = merge(RU_AIR_2015, SY_ARMY_2015)
SY_SOLDIERS = {"en": ["Syrian soldiers", "five soldiers", "Syrian army"],
               "ar": ["خمسة جنود", "جنود"]}
SY_AIR_2015 = {"en": ["Syrian air force", "Syrian Arab Air Force", "Syrian warplanes", "Syrian army"],
               "ar": ["الطيران الحربي السوري", "الطيران السوري"]}
BAHLULIYAH_RESIDENTS = merge({"en": ["residents of al-Bahluliyah", "al-Bahluliyah residents"],
                              "ar": ["أربعة شهداء", "ثلاثة شهداء", "أهالي البهلولية"]}, CIVILIANS)
LATAKIA_GOVERNOR = {"en": ["Governor of Latakia", "Latakia governor", "Latakia governorate"],
                    "ar": ["محافظ اللاذقية"]}
TURKEY_GOV = {"en": ["Turkish government", "Turkey", "Ankara"],
              "ar": ["الحكومة التركية", "تركيا"]}
SARC_LATAKIA = {"en": ["Syrian Arab Red Crescent", "SARC", "Latakia branch of the Syrian Arab Red Crescent",
                       "Red Crescent"],
                "ar": ["فرع الهلال الأحمر العربي السوري في اللاذقية", "الهلال الأحمر العربي السوري",
                       "الهلال الأحمر"]}
BAHLULIYAH_FAMILIES = merge({"en": ["families of al-Bahluliyah", "affected families"],
                             "ar": ["نحو مئتي أسرة", "مئتي أسرة"]}, CIVILIANS)
LATAKIA_WOMAN = {"en": ["young woman", "civilian", "a young woman and her father"],
                 "ar": ["شابة", "والدها"]}
BAHLULIYAH_MUKHTAR = {"en": ["mukhtar of al-Bahluliyah", "village mukhtar", "local notable"],
                      "ar": ["مختار البلدة"]}
SY_ARMY_COMMAND = {"en": ["Syrian army command", "army command", "Syrian army"],
                   "ar": ["قيادة الجيش"]}

# ====================================================== places: 331
BAHLULIYAH = {"accept": ["الحي الشرقي من بلدة البهلولية", "بلدة البهلولية", "البهلولية", "al-Bahluliyah",
                         "Bahluliyah", "Bahlouliyeh", "Latakia countryside"]}
JABAL_NUBA = {"accept": ["محيط جبل النوبة", "جبل النوبة", "Jabal al-Nuba", "Jabal an-Nuba",
                         "Nuba mountain"]}
KINSABBA_RABIA = {"accept": ["بلدتي كنسبا وربيعة", "كنسبا", "ربيعة", "Kinsabba", "Kinsibba", "Rabia",
                             "Rabiaa", "Rabi'a"]}
HMEIMIM = {"accept": ["محيط مطار حميميم", "مطار حميميم", "حميميم", "Hmeimim", "Khmeimim",
                      "Hmeimim airbase"]}
LATAKIA_HOSPITAL = {"accept": ["المشفى الوطني", "اللاذقية", "Latakia", "Latakia National Hospital"]}
LATAKIA_ZIRAA = {"accept": ["دوار الزراعة وسط مدينة اللاذقية", "دوار الزراعة", "مدينة اللاذقية", "Latakia",
                            "Latakia city", "al-Ziraa roundabout"]}
LATAKIA_COUNTRYSIDE = {"accept": ["أرياف اللاذقية وإدلب وحماة", "أرياف اللاذقية", "Latakia countryside",
                                  "Latakia", "Idlib", "Hama"]}
QARDAHA = {"accept": ["أطراف القرداحة", "القرداحة", "Qardaha", "al-Qardaha", "Kardaha"]}

# ============ 332: Ariqa, al-Karama Square, al-Thaala, Qanawat, Shahba, al-Qrayya (a Suwayda page, 2023)
ARIQA_GUNMEN = {"en": ["unidentified gunmen", "gunmen", "unknown assailants",
                       "gang linked to Military Intelligence"],
                "ar": ["مسلحين يستقلون سيارة رباعية الدفع", "مسلحين", "«مجهولين»", "مجهولين"]}
ARIQA_VICTIMS = {"en": ["three young men from Ariqa", "young men", "civilians", "civilian car"],
                 "ar": ["ثلاثة شبان من أبناء بلدة عريقة", "ثلاثة شبان", "شبان", "سيارة مدنية"]}
KARAMA_PROTESTERS = {"en": ["protesters", "demonstrators", "Suwayda protesters",
                            "peaceful protest movement"],
                     "ar": ["مئات المحتجين", "المحتجين", "محتجون"]}
PROTEST_SPOKESMAN = {"en": ["protesters' spokesman", "protesters", "spokesman of the protesters"],
                     "ar": ["متحدث باسمهم", "المحتجين"]}
UN = {"en": ["United Nations", "UN"], "ar": ["الأمم المتحدة"]}
FOURTH_DIV = {"en": ["4th Division", "Fourth Armoured Division", "Syrian army", "Syrian government forces"],
              "ar": ["«الفرقة الرابعة»", "الفرقة الرابعة"]}
ARIQA_FAMILIES = {"en": ["victims' families", "families of the victims", "relatives of the victims"],
                  "ar": ["ذوو الضحايا", "ذوي الضحايا"]}
MI_GANG = {"en": ["gang linked to Military Intelligence", "Military Intelligence",
                  "Syrian Military Security",
                  "gang"],
           "ar": ["عصابة معروفة بالاسم ترتبط بفرع الأمن العسكري", "عصابة معروفة بالاسم",
                  "فرع الأمن العسكري",
                  "العصابة"]}
KARAMA_MEN = {"en": ["Men of Dignity", "Rijal al-Karama", "Men of Dignity movement", "Sheikhs of Dignity"],
              "ar": ["حركة «رجال الكرامة»", "«رجال الكرامة»", "رجال الكرامة"]}
DRUZE_LEADERSHIP = {"en": ["Druze spiritual leadership", "spiritual leadership of the Druze",
                           "Sheikh al-Aql",
                           "Druze religious leadership"],
                    "ar": ["الرئاسة الروحية لطائفة الموحدين الدروز", "الرئاسة الروحية"]}
DAMASCUS_DELEGATION = {"en": ["delegation from Damascus", "government delegation", "Baath Party officials",
                              "Syrian government", "officers"],
                       "ar": ["وفداً قدم من دمشق", "ضباطاً ومسؤولين في حزب البعث", "حزب البعث"]}
SUWAYDA_POLICE_CHIEF = {"en": ["Suwayda police chief", "police commander of Suwayda", "Suwayda police"],
                        "ar": ["قائد شرطة المحافظة"]}
FOREIGN_LINKED = {"en": ["foreign-linked parties",
                         "parties linked to abroad"], "ar": ["جهات مرتبطة بالخارج"]}
MOVEMENT_BODY = {"en": ["General Body of the Peaceful Movement", "protest movement", "protesters"],
                 "ar": ["«الهيئة العامة للحراك السلمي»", "الهيئة العامة للحراك السلمي"]}
SUWAYDA_SHOPKEEPERS = {"en": ["shopkeepers", "residents of Suwayda governorate", "protesters"],
                       "ar": ["المحال التجارية", "مدن المحافظة وبلداتها"]}
BAATH_GUARDS = {"en": ["guards of the Baath Party branch", "security guards"], "ar": ["عناصر الحراسة"]}
QRAYYA_KILLERS = {"en": ["two unidentified gunmen", "unknown gunmen", "gunmen"],
                  "ar": ["مسلحان مجهولان", "مسلحين مجهولين"]}
QRAYYA_TEACHER = {"en": ["retired teacher", "protest supporter", "civilian"],
                  "ar": ["مدرّساً متقاعداً", "مدرّس متقاعد"]}
ATIL_FIGHT = {"en": ["local factions", "Suwayda local factions",
                     "armed group linked to Military Intelligence",
                     "Military Intelligence"],
              "ar": ["فصائل محلية", "مجموعة مسلحة مرتبطة بالأمن العسكري"]}
KAFR_TRADER = {"en": ["trader from al-Kafr", "abducted trader", "kidnapped merchant", "civilian"],
               "ar": ["تاجر من بلدة الكفر", "تاجر"]}

# ====================================================== places: 332
ARIQA = {"accept": ["مفرق البلدة", "مفرق عريقة", "بلدة عريقة", "عريقة", "Ariqa", "Areeqa", "Ariqah",
                    "western Suwayda countryside"]}
KARAMA_SQUARE = {"accept": ["ساحة الكرامة وسط مدينة السويداء", "ساحة الكرامة", "مدينة السويداء", "السويداء",
                            "al-Karama Square", "Karama Square", "Suwayda", "Sweida"]}
THAALA = {"accept": ["مطار الثعلة العسكري", "مطار الثعلة", "الثعلة", "Thaala airbase", "al-Thaala",
                     "Tha'la"]}
SUWAYDA_HOSPITAL = {"accept": ["المشفى الوطني بالسويداء", "السويداء", "Suwayda", "Sweida",
                               "Suwayda National Hospital"]}
QANAWAT = {"accept": ["بلدة قنوات", "قنوات", "Qanawat", "Kanawat"]}
SUWAYDA_GOV = {"accept": ["مدن المحافظة وبلداتها", "السويداء", "Suwayda", "Suwayda governorate", "Sweida"]}
SHAHBA_BAATH = {"accept": ["مقر شعبة حزب البعث", "مدينة شهبا", "شهبا", "Shahba", "Shahbaa"]}
QRAYYA = {"accept": ["بلدة القريا جنوبي المحافظة", "بلدة القريا", "القريا", "al-Qrayya", "Qrayya",
                     "al-Quraya"]}
ATIL = {"accept": ["بلدة عتيل", "عتيل", "Atil", "Ateel"]}
KAFR = {"accept": ["بلدة الكفر", "الكفر", "al-Kafr", "Kafr"]}
DAMASCUS_SUWAYDA_ROAD = {"accept": ["طريق دمشق–السويداء", "Damascus–Suwayda road",
                                    "Damascus-Suwayda highway"]}

# ============= 333: Ain Issa, Sayda, Raqqa, Ankara, al-Mansoura (a pan-Arab daily's correspondent, 2020)
RU_DELEGATION = {"en": ["Russian military delegation", "Russian delegation", "Russia", "Russian military",
                        "Russian Armed Forces"],
                 "ar": ["وفد عسكري روسي", "الوفد الروسي"]}
SDF = {"en": ["Syrian Democratic Forces", "SDF", "SDF commanders", "SDF leadership"],
       "ar": ["«قوات سوريا الديمقراطية» (قسد)", "قوات سوريا الديمقراطية", "قادة «قسد»", "قيادة «قسد»",
              "قسد"]}
SNA_2020 = {"en": ["Syrian National Army", "SNA", "Turkish-backed factions", "Turkish-backed rebels",
                   "pro-Turkish factions"],
            "ar": ["فصائل «الجيش الوطني السوري» الموالية لأنقرة", "«الجيش الوطني السوري»",
                   "الجيش الوطني السوري",
                   "الفصائل"]}
AIN_ISSA_CIVILIANS = merge({"en": ["civilians of Ain Issa", "residents of Ain Issa"],
                            "ar": ["ثلاثة مدنيين", "جثتي مدنيين", "ضحايا القصف الثلاثة"]}, CIVILIANS)
TR_DEFENCE_MINISTER = {"en": ["Turkish Defence Minister", "Turkish defence minister", "Turkey",
                              "Turkish government"],
                       "ar": ["وزير الدفاع التركي"]}
TR_COMMANDERS = {"en": ["Turkish military commanders", "commanders of Turkish border units",
                        "Turkish army"],
                 "ar": ["قادة الوحدات العسكرية المنتشرة على الحدود", "قادة الوحدات العسكرية"]}
YPG = {"en": ["People's Protection Units", "YPG", "Kurdish units", "SDF", "Syrian Democratic Forces"],
       "ar": ["«الوحدات الكردية»", "الوحدات الكردية"]}
TR_FORCES_2020 = {"en": ["Turkish army", "Turkey", "Turkish Armed Forces", "Turkish forces"],
                  "ar": ["قواته", "بلاده"]}
KURDISH_RC = {"en": ["Kurdish Red Crescent", "Heyva Sor a Kurd", "Red Crescent"],
              "ar": ["الهلال الأحمر الكردي"]}
AIN_ISSA_DISPLACED = {"en": ["displaced families from Ain Issa", "displaced families",
                             "internally displaced people",
                             "IDPs"],
                      "ar": ["نحو ثلاثمئة عائلة", "ثلاثمئة عائلة"]}
UN_CONVOY = {"en": ["United Nations", "UN", "UN convoy", "UN agencies"], "ar": ["قافلة أممية",
                                                                                "الأمم المتحدة"]}
SDF_MEDIA = {"en": ["SDF media centre", "SDF Media Center", "Syrian Democratic Forces", "SDF"],
             "ar": ["المركز الإعلامي لـ«قسد»", "المركز الإعلامي", "قسد"]}
TURKISH_ARMY = {"en": ["Turkish army", "Turkey", "Turkish Armed Forces", "Turkish military"],
                "ar": ["الجيش التركي"]}
RUSSIA_2020 = {"en": ["Russia", "Moscow", "Russian government"], "ar": ["موسكو", "روسيا"]}
SY_MFA = {"en": ["Syrian Foreign Ministry", "Syrian Ministry of Foreign Affairs", "Syrian government",
                 "Damascus"],
          "ar": ["مصدر في وزارة الخارجية", "وزارة الخارجية"]}
TURKEY_2020 = {"en": ["Turkey", "Turkish forces", "Turkish army", "Turkish government"],
               "ar": ["الاعتداءات التركية", "التركية", "تركيا"]}
SDF_SEPARATIST = {"en": ["SDF", "Syrian Democratic Forces", "separatist militias", "Kurdish-led forces"],
                  "ar": ["«الميليشيات الانفصالية»", "الميليشيات الانفصالية"]}
RU_MP = {"en": ["Russian military police", "Russian MP", "Russia", "Russian forces"],
         "ar": ["رتل من الشرطة العسكرية الروسية", "الشرطة العسكرية الروسية"]}
MANSOURA_ASAYISH = {"en": ["Internal Security Forces", "Asayish", "two Asayish members", "Kurdish police"],
                    "ar": ["عنصران من «قوى الأمن الداخلي» (الأسايش)", "«قوى الأمن الداخلي»",
                           "قوى الأمن الداخلي",
                           "الأسايش"]}
SOCHI_PARTIES = {"en": ["Turkey and Russia", "Ankara and Moscow", "Turkey", "Russia"],
                 "ar": ["أنقرة وموسكو"]}
KURDISH_FIGHTERS = {"en": ["Kurdish fighters", "YPG", "SDF"], "ar": ["المقاتلين الأكراد"]}
RU_TR_FMS = {"en": ["Russian and Turkish foreign ministers", "Russian Foreign Minister",
                    "Turkish Foreign Minister",
                    "Russia", "Turkey"],
             "ar": ["وزيرا الخارجية الروسي والتركي"]}
RAQQA_TRIBES = {"en": ["tribal sheikhs and notables", "tribal leaders of the area", "Arab tribes"],
                "ar": ["شيوخ عشائر المنطقة ووجهاؤها", "شيوخ عشائر المنطقة"]}

# ====================================================== places: 333
AIN_ISSA = {"accept": ["بلدة عين عيسى شمالي الرقة", "بلدة عين عيسى", "عين عيسى", "Ain Issa", "Ayn Issa",
                       "Ein Issa", "Ain Issa, Raqqa"]}
AIN_ISSA_BRIGADE = {"accept": ["مقر «اللواء 93» القريب من البلدة", "«اللواء 93»", "اللواء 93", "عين عيسى",
                               "Ain Issa", "Ayn Issa", "93rd Brigade base"]}
AIN_ISSA_SAYDA = {"accept": ["الأحياء الجنوبية للبلدة", "عين عيسى", "قرية صيدا", "صيدا", "Ain Issa",
                             "Ayn Issa", "Ein Issa", "Sayda"]}
ANKARA = {"accept": ["أنقرة", "Ankara"]}
RAQQA_CITY = {"accept": ["مدينة الرقة", "الرقة", "Raqqa", "al-Raqqa", "Raqqa city"]}
MANSOURA = {"accept": ["مدخل بلدة المنصورة غربي الرقة", "بلدة المنصورة", "المنصورة", "al-Mansoura",
                       "Mansura",
                       "al-Mansurah"]}
SOCHI = {"accept": ["منتجع سوتشي", "سوتشي", "Sochi"]}

# ==== 334: Taza Khurmatu, al-Bashir, al-Riyadh, Maktab Khalid, Laylan, Daquq (a Turkmen site of Kirkuk, 2017)
ISIS_KIRKUK = {"en": ["Islamic State", "ISIS", "IS", "ISIL", "Daesh"],
               "ar": ["تنظيم «داعش» الإرهابي", "«داعش»", "داعش", "التنظيم", "مسلحون من التنظيم"]}
TAZA_VICTIMS = merge({"en": ["residents of Taza", "Turkmen civilians"],
                      "ar": ["خمسة من أهالي ناحية تازة خورماتو", "أهالي ناحية تازة خورماتو", "شهداء تركمان",
                             "أربعة شهداء"]}, CIVILIANS)
TURKMEN_PMF = {"en": ["Turkmen Popular Mobilization Forces", "Turkmen PMF", "Popular Mobilization Forces",
                      "PMF",
                      "Hashd al-Shaabi"],
               "ar": ["قيادة فصائل الحشد التركماني", "فصائل الحشد التركماني", "الحشد التركماني", "الحشد"]}
IQ_ARMY_AVIATION = {"en": ["Iraqi Army Aviation", "Iraqi army", "Iraqi Security Forces", "Iraqi air force"],
                    "ar": ["طيران الجيش العراقي"]}
RIYADH_CIVILIANS = {"en": ["civilians of al-Riyadh", "civilians", "residents trying to flee"],
                    "ar": ["قرابة عشرين مدنياً", "عشرين مدنياً", "مدنياً"]}
ASAYISH_KIRKUK = {"en": ["Asayish", "Kurdish Asayish", "Kurdish security forces",
                         "Kurdistan Region security"],
                  "ar": ["قوات الأسايش الكردية", "الأسايش"]}
HAWIJA_DISPLACED_MEN = {"en": ["displaced men from Hawija", "displaced men", "IDPs"],
                        "ar": ["أكثر من أربعين رجلاً من العائلات النازحة", "أربعين رجلاً",
                               "العائلات النازحة"]}
TURKMEN_MP = {"en": ["Turkmen MP for Kirkuk", "Turkmen member of parliament", "Iraqi Turkmen"],
              "ar": ["النائب التركماني عن كركوك"]}
KIRKUK_SECURITY = {"en": ["Kirkuk security leadership", "Kirkuk security forces",
                          "Kirkuk security authorities",
                          "Kurdish security forces"],
                   "ar": ["قيادة الأجهزة الأمنية في المحافظة", "الأجهزة الأمنية في المحافظة"]}
IQ_COMMANDER = {"en": ["Commander-in-Chief of the Armed Forces", "Iraqi Prime Minister",
                       "Iraqi government"],
                "ar": ["القائد العام للقوات المسلحة"]}
TAZA_RESIDENTS = {"en": ["residents of Taza", "Taza residents", "Turkmen protesters"],
                  "ar": ["مئات من أهالي تازة", "أهالي تازة"]}
PMF_COMMANDER = {"en": ["Turkmen PMF commander", "commander in the Turkmen PMF",
                        "Popular Mobilization Forces"],
                 "ar": ["قيادي في الحشد التركماني", "الحشد التركماني"]}
MIGRATION_MINISTRY = {"en": ["Ministry of Migration and Displacement",
                             "Iraqi Ministry of Migration and Displaced",
                             "Iraqi government"],
                      "ar": ["فريق من وزارة الهجرة والمهجرين", "وزارة الهجرة والمهجرين"]}
LAYLAN_FAMILIES = {"en": ["displaced families in Laylan camp", "displaced families", "IDPs"],
                   "ar": ["نحو ألف وخمسمئة عائلة", "ألف وخمسمئة عائلة"]}
FED_POLICE = {"en": ["Federal Police", "Iraqi Federal Police", "federal policeman"],
              "ar": ["منتسب في الشرطة الاتحادية", "الشرطة الاتحادية"]}
KIRKUK_GOVERNOR = {"en": ["Governor of Kirkuk", "Kirkuk governor",
                          "Kirkuk governorate"], "ar": ["محافظ كركوك"]}
TAZA_NOTABLES = {"en": ["notables and sheikhs of Taza", "Taza notables", "Turkmen elders"],
                 "ar": ["وفداً من وجهاء تازة وشيوخها", "وجهاء تازة"]}

# ====================================================== places: 334
TAZA = {"accept": ["ناحية تازة خورماتو", "تازة خورماتو", "تازة", "Taza Khurmatu", "Taza", "Tazah"]}
BASHIR = {"accept": ["محور قرية البشير", "قرية البشير", "البشير", "Bashir", "al-Bashir"]}
RIYADH_HAWIJA = {"accept": ["محيط ناحية الرياض", "ناحية الرياض", "الرياض", "al-Riyadh",
                            "Riyadh subdistrict",
                            "Hawija", "الحويجة"]}
MAKTAB_KHALID = {"accept": ["سيطرة مكتب خالد", "مكتب خالد", "Maktab Khalid", "Maktab Khalid checkpoint"]}
BAGHDAD = {"accept": ["بغداد", "Baghdad"]}
TAZA_COUNCIL = {"accept": ["مبنى مجلس الناحية", "تازة", "Taza", "Taza Khurmatu"]}
LAYLAN = {"accept": ["مخيم ليلان شرقي كركوك", "مخيم ليلان", "ليلان", "Laylan camp", "Laylan", "Leilan"]}
DAQUQ = {"accept": ["نقطة تفتيش قرب قضاء داقوق", "قضاء داقوق", "داقوق", "Daquq", "Daqouq"]}
KIRKUK_CITY = {"accept": ["مكتبه", "كركوك", "Kirkuk", "Kirkuk city"]}

# ============ 335: al-Kud, Zinjibar, Jaar, Shuqra, al-Arqoub, Lawdar, al-Alam (an Abyan local site, 2019)
STC_SIDE = {"en": ["Southern Transitional Council", "STC", "Security Belt forces", "Security Belt",
                   "UAE-backed separatists", "southern separatists"],
            "ar": ["قوات الحزام الأمني التابعة للمجلس الانتقالي الجنوبي", "قوات الحزام الأمني",
                   "«الحزام الأمني»",
                   "الحزام الأمني", "قوات الحزام", "المجلس الانتقالي الجنوبي", "المجلس الانتقالي",
                   "قوات الانتقالي", "الانتقالي"]}
GOV_SIDE = {"en": ["Yemeni government forces", "Yemeni government", "government forces",
                   "Presidential Protection Brigades", "Presidential Protection", "Hadi government forces",
                   "Islah"],
            "ar": ["قوات حكومية من ألوية الحماية الرئاسية", "ألوية الحماية الرئاسية", "القوات الحكومية",
                   "قوات حكومية", "ميليشيات الإخوان", "الحكومة الشرعية", "رتل عسكري حكومي"]}
KUD_FIGHT = merge(STC_SIDE, GOV_SIDE)
STC_SPOKESMAN = merge(STC_SIDE, {"en": ["STC spokesman",
                                        "official spokesman of the Southern Transitional Council"],
                                 "ar": ["المتحدث الرسمي باسم المجلس الانتقالي الجنوبي"]})
ABYAN_SECURITY_DIRECTOR = merge(GOV_SIDE, {"en": ["Abyan security director", "director of Abyan security"],
                                           "ar": ["مدير أمن محافظة أبين"]})
BOTH_SIDES = merge({"en": ["both sides", "the two parties"], "ar": ["قوات الطرفين", "قادة الطرفين",
                                                                    "الطرفين"]},
                   STC_SIDE, GOV_SIDE)
STC_BELT_COMMANDER = merge(STC_SIDE, {"en": ["Security Belt commander in Abyan", "Security Belt commander"],
                                      "ar": ["قائد قوات الحزام الأمني في أبين"]})
COALITION = {"en": ["Saudi-led coalition", "Arab coalition", "coalition", "Saudi Arabia"],
             "ar": ["التحالف بقيادة السعودية", "التحالف"]}
SAUDI_COMMITTEE = {"en": ["Saudi military committee", "Saudi Arabia", "Saudi-led coalition"],
                   "ar": ["لجنة عسكرية سعودية"]}
LAWDAR_OFFICER = {"en": ["Security Belt officer", "officer", "Security Belt"],
                  "ar": ["ضابط في قوات الحزام الأمني", "ضابط"]}
NORTHERN_SOLDIERS = {"en": ["soldiers from northern governorates", "government soldiers",
                            "northern soldiers"],
                     "ar": ["نحو خمسة عشر جندياً من أبناء المحافظات الشمالية", "خمسة عشر جندياً", "جندياً"]}
YE_GOV_2019 = {"en": ["Yemeni government", "government"], "ar": ["الحكومة"]}

# ====================================================== places: 335
KUD = {"accept": ["منطقة الكود", "الكود", "al-Kud", "al-Kawd", "Kud", "Zinjibar", "زنجبار"]}
JAAR = {"accept": ["مدينة جعار", "جعار", "Jaar", "Ja'ar"]}
SHUQRA = {"accept": ["المدخل الغربي للمدينة", "مدينة شقرة الساحلية", "شقرة", "Shuqra", "Shoqra", "Shaqra"]}
ARQOUB = {"accept": ["منطقة العرقوب", "العرقوب", "al-Arqoub", "Arqub", "al-Urqub"]}
ZINJIBAR = {"accept": ["أطراف زنجبار", "محيط زنجبار", "زنجبار", "Zinjibar", "Zinjubar"]}
LAWDAR = {"accept": ["مسجد في مدينة لودر", "مدينة لودر", "لودر", "Lawdar", "Loder", "Lauder"]}
ADEN = {"accept": ["معسكرات عدن", "عدن", "Aden"]}
ALAM = {"accept": ["نقطة العلم", "al-Alam checkpoint", "al-Alam", "Aden", "عدن"]}
