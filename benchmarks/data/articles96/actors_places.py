"""Accepted actor names and place names for the ninety-sixth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الحكومة», «المجلس», «الوفد», «الحركة») are left out on
purpose, with these exceptions, each used only in an article where it names a single actor:
- 476, 477 and 478: «التنظيم» (only ever ISIS);
- 477 and 479: «الجيش» (only ever the Syrian army in 477, only ever the Sudanese army in 479);
- 480: «الميليشيا» (only ever the Houthis, in this outlet's words) and «الألوية» (only ever the Giants
  Brigades).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge

# ============================== shared: ISIS (476, 477, 478)
ISIS = {"en": ["Islamic State", "ISIS", "IS", "ISIL", "Daesh"],
        "ar": ["تنظيم «داعش»", "«داعش»", "داعش", "التنظيم", "عناصر التنظيم", "مسلحو التنظيم", "مسلحي التنظيم",
               "إرهابيو تنظيم «داعش»"]}

# ============================== 476: al-Bab, Tadef, Qabasin, Bza'a (Aleppo; February 2017)
SY_REGIME = {"en": ["Syrian government forces", "Syrian regime", "Syrian Arab Army",
                    "Military Forces of Syria"],
             "ar": ["قوات النظام", "الحواجز المقامة من قبل قوات النظام"]}
EUPHRATES_SHIELD = {"en": ["Euphrates Shield factions", "Free Syrian Army", "FSA", "Turkish-backed rebels",
                           "Syrian opposition factions"],
                    "ar": ["فصائل «درع الفرات»", "«درع الفرات»", "درع الفرات", "الجيش السوري الحر"]}
REGIME_AND_SHIELD = merge(SY_REGIME, EUPHRATES_SHIELD)
AL_BAB_ENGINEERS = {"en": ["al-Bab local council engineers", "engineers of the al-Bab local council"],
                    "ar": ["فريق من مهندسي المجلس المحلي", "مهندسي المجلس المحلي"]}
AL_BAB_CIVILIANS = {"en": ["four civilians in al-Bab", "civilians queuing at a well in al-Bab", "civilians"],
                    "ar": ["أربعة مدنيين", "القتلى الأربعة", "مئات الأهالي"]}
AL_BAB_COUNCIL = {"en": ["al-Bab Local Council", "al-Bab local council"],
                  "ar": ["المجلس المحلي لمدينة الباب"]}
UN_ICRC = {"en": ["United Nations", "UN", "International Committee of the Red Cross", "ICRC"],
           "ar": ["الأمم المتحدة واللجنة الدولية للصليب الأحمر", "الأمم المتحدة",
                  "اللجنة الدولية للصليب الأحمر"]}
ALEPPO_WATER = {"en": ["Aleppo Public Establishment for Drinking Water", "Syrian government water authority",
                       "Syrian regime"],
                "ar": ["مصدر في المؤسسة العامة لمياه الشرب في حلب", "المؤسسة العامة لمياه الشرب في حلب"]}
SANA_SOURCE = {"en": ["Syrian military source", "Syrian regime", "Syrian Arab Army"], "ar": ["مصدر عسكري"]}
TURKEY_BACKED = {"en": ["Euphrates Shield factions", "Turkish-backed rebels", "Syrian opposition factions"],
                 "ar": ["«مجموعات إرهابية تابعة للنظام التركي»", "مجموعات إرهابية تابعة للنظام التركي"]}
FSA_COMMANDER = {"en": ["Free Syrian Army commander", "Free Syrian Army", "FSA"],
                 "ar": ["قيادياً في الجيش السوري الحر", "الجيش السوري الحر"]}
TURKISH_RC = {"en": ["Turkish Red Crescent", "Kizilay"], "ar": ["الهلال الأحمر التركي"]}
AL_BAB_RESIDENTS = {"en": ["residents of al-Bab", "northern and western quarters of al-Bab"],
                    "ar": ["أحياء الباب الشمالية والغربية", "سكان الباب"]}
QABASIN_GUARDS = {"en": ["two guards of the Qabasin water tank"], "ar": ["رجلين كانا يحرسانه"]}
MILITARY_POLICE_FS = {"en": ["Military Police of the Euphrates Shield factions", "Euphrates Shield factions",
                             "Free Syrian Army"],
                      "ar": ["الشرطة العسكرية التابعة لفصائل «درع الفرات»", "الشرطة العسكرية"]}
BZAA_SUSPECTS = {"en": ["three suspected ISIS cell members in Bza'a"], "ar": ["ثلاثة أشخاص"]}
ICRC = {"en": ["International Committee of the Red Cross", "ICRC", "ICRC engineers"],
        "ar": ["مهندسون من اللجنة الدولية للصليب الأحمر", "اللجنة الدولية للصليب الأحمر"]}

# ====================================================== places: 476
AL_BAB = {"accept": ["مدينة الباب", "الباب", "al-Bab", "Al Bab"]}
TADEF_STATION = {"accept": ["محطة ضخ المياه", "المحطة", "تادف", "Tadef pumping station", "Tadef", "Tadif"]}
QABASIN = {"accept": ["بلدة قباسين", "قباسين", "Qabasin", "Qabbasin"]}
BZAA = {"accept": ["بلدة بزاعة", "بزاعة", "Bza'a", "Bzaa", "Buza'a"]}

# ============================== 477: Palmyra, al-Qaryatain, the T4 road, Arak (Homs; March 2016)
SY_ARMY = {"en": ["Syrian Arab Army", "Syrian government forces", "Syrian regime",
                  "Military Forces of Syria"],
           "ar": ["وحدات الجيش", "الجيش العربي السوري", "قيادة الجيش", "الجيش"]}
ARMY_ISIS = merge(SY_ARMY, ISIS)
ENGINEERS_3 = {"en": ["three Syrian army engineers", "Syrian army engineering unit"],
               "ar": ["ثلاثة من عناصر وحدات الهندسة", "الشهداء الثلاثة", "عناصر وحدات الهندسة"]}
ARMY_SOURCE = {"en": ["Syrian military source", "Syrian Arab Army"], "ar": ["المصدر العسكري"]}
RUS_SAPPERS = {"en": ["Russian demining teams", "Russian military engineers", "Russian military", "Russia"],
               "ar": ["فرق روسية متخصصة بنزع الألغام", "فرق روسية"]}
SY_ENGINEERS = {"en": ["Syrian army engineering units", "Syrian Arab Army"],
                "ar": ["وحدات الهندسة السورية", "وحدات الهندسة"]}
HOMS_GOVERNORATE = {"en": ["Homs Governorate", "Homs provincial authorities", "Syrian government"],
                    "ar": ["محافظة حمص"]}
PALMYRA_FAMILIES = {"en": ["displaced families of Palmyra", "Palmyra residents"],
                    "ar": ["العائلات المهجّرة من تدمر", "أولى العائلات المهجّرة من تدمر", "أهالي تدمر"]}
BADIA_OPS = {"en": ["Badia operations room", "Syrian Arab Army", "Syrian government forces"],
             "ar": ["غرفة عمليات البادية"]}
QARYATAIN_ISIS = {"en": ["ISIS fighters in al-Qaryatain", "Islamic State", "ISIS"],
                  "ar": ["مسلحي التنظيم المتحصنين في القريتين", "مسلحي التنظيم"]}
QARYATAIN_RESIDENTS = {"en": ["residents remaining in al-Qaryatain"], "ar": ["الأهالي الذين بقوا فيها"]}
MILITARY_AUTH = {"en": ["Syrian military authorities", "Syrian Arab Army"], "ar": ["الجهات العسكرية"]}
PALMYRA_RESIDENTS = {"en": ["Palmyra residents", "displaced residents of Palmyra"], "ar": ["أهالي تدمر"]}
ARAK_GUARDS = {"en": ["guards of the Arak gas station"], "ar": ["أربعة من حراسها"]}
HOMS_GOVERNOR = {"en": ["Governor of Homs", "Homs Governorate"], "ar": ["محافظ حمص"]}
PALMYRA_NOTABLES = {"en": ["tribal notables of Palmyra"],
                    "ar": ["وفد من وجهاء عشائر تدمر المهجّرين", "وجهاء عشائر تدمر"]}
SARC_WFP = {"en": ["Syrian Arab Red Crescent", "SARC", "World Food Programme", "WFP"],
            "ar": ["منظمة الهلال الأحمر العربي السوري", "الهلال الأحمر العربي السوري",
                   "برنامج الأغذية العالمي"]}

# ====================================================== places: 477
PALMYRA = {"accept": ["مدينة تدمر", "تدمر", "Palmyra", "Tadmur", "Tadmor"]}
QARYATAIN = {"accept": ["بلدة القريتين", "القريتين", "al-Qaryatain", "Qaryatayn", "al-Qaryatayn"]}
ARAK = {"accept": ["حقل آراك", "آراك", "Arak", "Arak gas field"]}
T4_ROAD = {"accept": ["طريق مطار التيفور", "مطار التيفور", "T4 airbase", "Tiyas airbase", "T4"]}
HOMS = {"accept": ["مبنى المحافظة", "حمص", "Homs"]}
HOMS_SHELTERS = {"accept": ["مراكز الإيواء بحمص", "حمص", "الفرقلس", "Homs", "al-Furqlus"]}

# ============================== 478: Hawija, al-Riyadh, al-Abbasi, Daquq (Kirkuk; October 2017)
TRIBAL_MOB = {"en": ["Tribal Mobilization", "tribal Hashd", "Hashd al-Asha'iri",
                     "Popular Mobilization Forces"],
              "ar": ["عناصر الحشد العشائري", "الحشد العشائري", "القتلى الأربعة"]}
IRAQI_FORCES = {"en": ["Iraqi army", "Iraqi Federal Police", "Iraqi security forces",
                       "Military Forces of Iraq"],
                "ar": ["قطعات الجيش العراقي والشرطة الاتحادية", "الجيش العراقي", "الشرطة الاتحادية"]}
ABBASI_CLASH = merge(IRAQI_FORCES, ISIS)
IRAQI_FORCES_GEN = {"en": ["Iraqi forces", "Iraqi security forces", "Military Forces of Iraq"],
                    "ar": ["القوات العراقية"]}
ASAYISH = {"en": ["Asayish", "Kurdish security forces", "Kurdistan Regional Government security"],
           "ar": ["قوات الأسايش", "الأسايش"]}
HAWIJA_YOUNG_MEN = {"en": ["about thirty young displaced men from Hawija"],
                    "ar": ["نحو ثلاثين شاباً", "ثلاثين شاباً"]}
PMF = {"en": ["Popular Mobilization Forces", "PMF", "al-Hashd al-Shaabi"],
       "ar": ["قوات الحشد الشعبي", "الحشد الشعبي", "قوات الحشد"]}
PESHMERGA_MIN = {"en": ["Kurdistan Region Ministry of Peshmerga Affairs", "Peshmerga",
                        "Kurdistan Regional Government"],
                 "ar": ["وزارة شؤون البيشمركة في حكومة إقليم كوردستان", "وزارة شؤون البيشمركة"]}
PESHMERGA = {"en": ["Peshmerga", "Kurdish Peshmerga forces"], "ar": ["قوات البيشمركة", "البيشمركة"]}
PMF_LEADERS = {"en": ["PMF commanders", "Popular Mobilization Forces"], "ar": ["قيادات في الحشد"]}
ISIS_LEADERS = {"en": ["ISIS commanders", "Islamic State", "ISIS"], "ar": ["قياديي التنظيم", "التنظيم"]}
BAGHDAD_DELEGATION = {"en": ["federal security delegation from Baghdad", "Government of Iraq",
                             "Iraqi federal government"],
                      "ar": ["وفد أمني من بغداد"]}
KIRKUK_COUNCIL = {"en": ["Kirkuk Provincial Council"], "ar": ["أعضاء في مجلس المحافظة", "مجلس المحافظة"]}
UNHCR = {"en": ["UNHCR", "United Nations High Commissioner for Refugees", "UN refugee agency"],
         "ar": ["المفوضية السامية للأمم المتحدة لشؤون اللاجئين"]}
HAWIJA_DISPLACED = {"en": ["displaced people from Hawija"], "ar": ["نازحي الحويجة"]}
NOC_WORKERS = {"en": ["North Oil Company workers"], "ar": ["عمالاً في شركة نفط الشمال"]}
HAWIJA_SHEIKHS = {"en": ["tribal sheikhs of Hawija"], "ar": ["شيوخ من عشائر الحويجة"]}
IQ_FED_GOV = {"en": ["Iraqi federal government", "Government of Iraq"], "ar": ["الحكومة الاتحادية"]}
ROGUE_FACTIONS = {"en": ["rogue armed factions", "unnamed armed factions"],
                  "ar": ["«فصائل منفلتة»", "فصائل منفلتة"]}
KIRKUK_OPS = {"en": ["Kirkuk Operations Command", "Iraqi security forces"], "ar": ["قيادة عمليات كركوك"]}

# ====================================================== places: 478
AL_RIYADH = {"accept": ["ناحية الرياض", "الرياض", "al-Riyadh", "Riyadh"]}
AL_ABBASI = {"accept": ["ناحية العباسي", "العباسي", "al-Abbasi", "Abbasi"]}
HAWIJA = {"accept": ["قضاء الحويجة", "الحويجة", "Hawija", "al-Hawija"]}
MAKTAB_KHALID = {"accept": ["حاجز مكتب خالد", "مكتب خالد", "Maktab Khalid", "Kirkuk"]}
DAQUQ = {"accept": ["قضاء داقوق", "داقوق", "Daquq", "Daqouq"]}
HAMRIN = {"accept": ["جبال حمرين", "حمرين", "Hamrin Mountains", "Jabal Hamrin"]}
KIRKUK = {"accept": ["كركوك", "Kirkuk"]}
LAYLAN = {"accept": ["مخيمي ليلان ونزراوة", "ليلان", "نزراوة", "Laylan camp", "Laylan", "Nazrawa", "Kirkuk"]}

# ============================== 479: El Fasher, Kutum, Tawila, Mellit (North Darfur; May 2024)
RSF = {"en": ["Rapid Support Forces", "RSF"],
       "ar": ["قوات الدعم السريع", "الدعم السريع", "عناصر الدعم السريع"]}
WFP = {"en": ["World Food Programme", "WFP", "WFP convoy"],
       "ar": ["قافلة مساعدات غذائية تابعة لبرنامج الأغذية العالمي", "برنامج الأغذية العالمي",
              "لبرنامج الأغذية العالمي"]}
FASHER_CIVILIANS = {"en": ["seven civilians in El Fasher market", "civilians"],
                    "ar": ["سبعة مدنيين", "القتلى السبعة"]}
SAF = {"en": ["Sudanese Armed Forces", "SAF", "Sudanese army"],
       "ar": ["الطيران الحربي التابع للجيش", "طائرة مسيّرة تابعة للجيش", "الجيش"]}
JOINT_FORCE = {"en": ["Joint Force of the armed movements", "Darfur Joint Protection Force",
                      "armed movements"],
               "ar": ["«القوة المشتركة»", "القوة المشتركة"]}
SAF_JOINT = merge(SAF, JOINT_FORCE)
CAMPS_COORD = {"en": ["General Coordination for Displaced Persons and Refugees Camps in Darfur",
                      "Darfur displaced camps coordination"],
               "ar": ["المنسقية العامة لمخيمات النازحين واللاجئين في دارفور",
                      "المنسقية العامة لمخيمات النازحين واللاجئين"]}
UN_AU = {"en": ["United Nations", "UN", "African Union", "AU"],
         "ar": ["الأمم المتحدة والاتحاد الأفريقي", "الأمم المتحدة", "الاتحاد الأفريقي"]}
RSF_COMMANDER = {"en": ["RSF field commander", "Rapid Support Forces", "RSF"],
                 "ar": ["قائد ميداني في الدعم السريع", "الدعم السريع"]}
RSF_CIVIL_ADMIN = {"en": ["RSF civil administration in Kutum", "Rapid Support Forces", "RSF"],
                   "ar": ["الإدارة المدنية التي شكّلتها الدعم السريع في كتم", "الإدارة المدنية"]}
TAWILA_DISPLACED = {"en": ["displaced people in the Tawila camps"], "ar": ["مخيمات طويلة"]}
REMAINING_TRUCKS = {"en": ["the five remaining trucks of the Mellit convoy", "WFP convoy"],
                    "ar": ["الشاحنات الخمس المتبقية من قافلة مليط", "للشاحنات الخمس", "الشاحنات الخمس"]}
KUTUM_CIVILIANS = {"en": ["five civilians in Kutum"], "ar": ["خمسة مدنيين"]}
RSF_POSITIONS = {"en": ["Rapid Support Forces", "RSF"],
                 "ar": ["تجمعات لقوات الدعم السريع", "قوات الدعم السريع"]}
AID_GROUPS = {"en": ["international humanitarian organisations", "aid agencies"],
              "ar": ["ممثلون عن منظمات إنسانية دولية", "منظمات إنسانية دولية"]}
SLA = {"en": ["Sudan Liberation Movement/Army", "SLM", "SLA"], "ar": ["حركة جيش تحرير السودان"]}
CONVOY_DRIVERS = {"en": ["two convoy drivers"], "ar": ["سائقَين من القافلة"]}
OCHA = {"en": ["UN Office for the Coordination of Humanitarian Affairs", "OCHA", "United Nations"],
        "ar": ["مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية «أوتشا»", "«أوتشا»", "أوتشا"]}

# ====================================================== places: 479
EL_FASHER = {"accept": ["مدينة الفاشر", "الفاشر", "El Fasher", "al-Fashir", "Al Fashir"]}
MELLIT = {"accept": ["بلدة مليط", "مليط", "Mellit", "Malit"]}
FASHER_TAWILA_ROAD = {"accept": ["الطريق الرابط بين الفاشر وطويلة", "طويلة", "Tawila",
                                 "El Fasher–Tawila road"]}
KUTUM = {"accept": ["بلدة كتم", "كتم", "Kutum", "Kotum"]}
TAWILA = {"accept": ["مخيمات طويلة", "طويلة", "Tawila"]}

# ============================== 480: Ataq, Bayhan, Usaylan, Markha (Shabwa; January 2022)
GIANTS = {"en": ["Giants Brigades", "Southern Giants Brigades", "al-Amaliqa"],
          "ar": ["ألوية العمالقة الجنوبية", "ألوية العمالقة", "«العمالقة»", "الألوية"]}
HOUTHIS = {"en": ["Houthis", "Ansar Allah", "Houthi forces"],
           "ar": ["ميليشيا الحوثي", "الميليشيا الحوثية", "الحوثيين", "الميليشيا"]}
GIANTS_HOUTHIS = merge(GIANTS, HOUTHIS)
ATAQ_CIVILIANS = {"en": ["three civilians in Ataq", "civilians"], "ar": ["ثلاثة مدنيين", "الضحايا الثلاثة"]}
MARKHA_MEDIATORS = {"en": ["tribal mediators in Markha", "tribal sheikhs"],
                    "ar": ["مشايخ من قبائل المنطقة", "الوسطاء"]}
COALITION_AIR = {"en": ["Saudi-led coalition air force", "Arab coalition", "Coalition to Restore Legitimacy",
                        "Military Forces of Saudi Arabia"],
                 "ar": ["طيران تحالف دعم الشرعية", "تحالف دعم الشرعية"]}
HOUTHI_REINFORCEMENTS = {"en": ["Houthi reinforcements", "Houthis"], "ar": ["تعزيزات للميليشيا", "الميليشيا"]}
HOUTHI_REPS = {"en": ["Houthi representatives", "Houthis"], "ar": ["ممثلو الحوثيين", "الحوثيين"]}
SHABWA_AUTHORITY = {"en": ["Shabwa local authority", "Shabwa Governorate", "Government of Yemen"],
                    "ar": ["السلطة المحلية في محافظة شبوة"]}
UN_480 = {"en": ["United Nations", "UN"], "ar": ["الأمم المتحدة"]}
MARKHA_VENDORS = {"en": ["two vendors in a Markha market"], "ar": ["اثنين من الباعة"]}
SHABWA_DEFENCE = {"en": ["Shabwa Defence Forces", "Shabwani Elite Forces", "Yemeni government forces"],
                  "ar": ["قوات دفاع شبوة"]}
ATAQ_SUSPECTS = {"en": ["three suspected Houthi informants in Ataq"], "ar": ["ثلاثة أشخاص"]}
BAYHAN_PRISONERS = {"en": ["sixteen Bayhan tribesmen held as prisoners", "prisoners"],
                    "ar": ["ستة عشر أسيراً"]}
UAE_RC = {"en": ["Emirates Red Crescent", "UAE Red Crescent", "United Arab Emirates"],
          "ar": ["هيئة الهلال الأحمر الإماراتي"]}
RETURNING_FAMILIES = {"en": ["families returning to Bayhan and Usaylan"],
                      "ar": ["الأسر العائدة إلى بيحان وعسيلان", "الأسر العائدة"]}

# ====================================================== places: 480
BAYHAN = {"accept": ["مديرية بيحان", "بيحان", "Bayhan", "Beihan"]}
USAYLAN = {"accept": ["مديرية عسيلان", "عسيلان", "Usaylan", "Osaylan", "Asilan"]}
ATAQ = {"accept": ["مدينة عتق", "عتق", "Ataq", "Ateq"]}
MARKHA = {"accept": ["مديرية مرخة", "مرخة", "Markha", "Merkhah"]}
HARIB = {"accept": ["مديرية حريب", "حريب", "Harib"]}
