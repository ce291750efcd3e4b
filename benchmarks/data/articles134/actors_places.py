"""Accepted actor names and place names for the hundred-and-thirty-fourth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («القوات», «الوحدات», «المجلس») are left out on purpose, with these
exceptions, each used only in an article where it names a single actor:
- 666: «المسلحين», «المسلحون» and «الأهالي» (only ever the armed opposition of the Zabadani plain and Buqayn,
  and the people of Damascus);
- 667: «الثوار» and «الغرفة» (only ever the opposition factions and their operations room);
- 668: «التنظيم», «الحشد», «البيشمركة», «الحكومة», «الجمعية» and «الأهالي» (only ever the Islamic State, the
  Popular Mobilization Forces, the Peshmerga, the Iraqi government, the Iraqi Red Crescent Society and the
  people of Amerli);
- 669: «الطوارق», «التبو» and «الوسطاء» (only ever the two communities' armed groups and the mediators);
- 670: «المعتصمين», «المحتجون», «الجيش», «الوزير» and «الحكومة» (only ever the sit-in's protesters, the
  Tunisian army, the employment minister and the Tunisian government).
Country names are never accepted as an event's place.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge

# ================================ 666: Buqayn and its spring, Serghaya and Bloudan (the Zabadani plain, 2017)
BUSED_666 = {"en": ["rebels leaving Buqayn and their families", "rebels", "Syrian opposition fighters"],
             "ar": ["مسلحين وعائلاتهم", "المسلحين"]}
BUQAYN_MEDIATORS = {"en": ["notables of Buqayn and Serghaya", "local mediators", "community leaders"],
                    "ar": ["لجنة من وجهاء بقين وسرغايا", "وجهاء بقين وسرغايا"]}
SY_OFFICERS_666 = {"en": ["Syrian Arab Army officers", "Syrian Arab Army", "Military Forces of Syria"],
                   "ar": ["ضباط في الجيش السوري", "الجيش السوري"]}
DEAL_666 = merge(BUQAYN_MEDIATORS, SY_OFFICERS_666)
SY_AIR_666 = {"en": ["Syrian Arab Air Force", "Military Forces of Syria", "Syrian government forces"],
              "ar": ["الطيران الحربي السوري"]}
SY_GOV_666 = {"en": ["Government of Syria", "Syrian government"], "ar": ["الحكومة السورية"]}
VALLEY_GUNMEN_666 = {"en": ["rebels of the Zabadani plain", "rebels", "Syrian opposition fighters"],
                     "ar": ["المسلحين"]}
SY_ARMY_666 = {"en": ["Syrian Arab Army", "Military Forces of Syria", "Syrian government forces"],
               "ar": ["وحدات من الجيش السوري", "الجيش السوري"]}
HEZBOLLAH_666 = {"en": ["Hezbollah"], "ar": ["مجموعات من «حزب الله»", "«حزب الله»", "حزب الله"]}
HOLDOUTS_666 = {"en": ["rebels who rejected the deal", "rebels", "Syrian opposition fighters"],
                "ar": ["مسلحين رفضوا الاتفاق", "المسلحون"]}
BATTLE_666 = merge(SY_ARMY_666, HEZBOLLAH_666, HOLDOUTS_666)
SARC_666 = {"en": ["Syrian Arab Red Crescent", "SARC"],
            "ar": ["منظمة الهلال الأحمر العربي السوري", "الهلال الأحمر العربي السوري"]}
WATER_BOARD_666 = {"en": ["Damascus water supply authority", "Government of Syria"],
                   "ar": ["المؤسسة العامة لمياه الشرب"]}
DAMASCUS_PEOPLE = {"en": ["residents of Damascus", "civilians"], "ar": ["الأهالي"]}
SY_SECURITY_666 = {"en": ["Syrian security services", "Government of Syria"],
                   "ar": ["الجهات الأمنية السورية", "الجهات الأمنية"]}
STAYING_YOUTH = {"en": ["young men who stayed in Buqayn", "civilians"],
                 "ar": ["الشبان الذين اختاروا البقاء في بقين"]}
SY_ARMY_BARE_666 = {"en": ["Syrian Arab Army", "Military Forces of Syria", "Syrian government forces"],
                    "ar": ["الجيش السوري"]}
SETTLED_YOUTH = {"en": ["young men who settled their status", "civilians"],
                 "ar": ["عدد من الشبان الذين سوّوا أوضاعهم", "الشبان الذين سوّوا أوضاعهم"]}
UN_HC_SYRIA = {"en": ["UN Humanitarian Coordinator in Syria", "United Nations", "OCHA"],
               "ar": ["منسق الشؤون الإنسانية للأمم المتحدة في سوريا"]}
PARTIES_666 = {"en": ["parties to the conflict"], "ar": ["أطراف النزاع"]}
UN_666 = {"en": ["United Nations"], "ar": ["المنظمة الدولية"]}
BUS_WORKERS = {"en": ["workers on a minibus", "civilians"], "ar": ["حافلة صغيرة تقل عمالاً"]}
HIST_BLAME_666 = {"en": ["Government of Syria", "rebels"], "ar": ["الحكومة والمسلحون"]}
BUQAYN_IDPS = {"en": ["families displaced from Buqayn", "IDPs", "civilians"],
               "ar": ["العائلات التي نزحت عن بقين"]}
ICRC_666 = {"en": ["International Committee of the Red Cross", "ICRC"],
            "ar": ["اللجنة الدولية للصليب الأحمر"]}
WATER_CREWS = {"en": ["Damascus water supply authority crews", "Government of Syria"],
               "ar": ["ورش المؤسسة العامة لمياه الشرب"]}
SY_WATER_MINISTER = {"en": ["Syrian Minister of Water Resources", "Government of Syria"],
                     "ar": ["وزير الموارد المائية"]}
ARMY_ALLIES_666 = {"en": ["Syrian Arab Army and its allies", "Military Forces of Syria"],
                   "ar": ["الجيش وحلفائه"]}

# ====================================================== places: 666
BUQAYN = {"accept": ["بقين", "بلدة بقين", "Buqayn", "Baqin", "Bqeen"]}
BLOUDAN_HOTEL = {"accept": ["فندق مهجور ببلودان", "بلودان", "Bloudan"]}
BUQAYN_HILLS = {"accept": ["التلال المحيطة ببقين", "سرغايا", "بقين", "Buqayn", "Serghaya"]}
BUQAYN_PUMP_ROOM = {"accept": ["غرفة الضخ الرئيسية في نبع بقين", "نبع بقين", "غرفة الضخ", "Buqayn spring",
                               "Buqayn"]}
BUQAYN_SPRING = {"accept": ["بقين", "منشأة النبع", "نبع بقين", "Buqayn", "Buqayn spring", "Baqin"]}
DAMASCUS_WEST = {"accept": ["أحياء المزة والميدان وركن الدين", "دمشق", "Damascus", "Mezzeh"]}
DAMASCUS = {"accept": ["دمشق", "Damascus"]}
BUQAYN_ENTRANCES = {"accept": ["مداخل بقين", "بقين", "Buqayn"]}
SPRING_FACILITY = {"accept": ["منشأة النبع", "نبع بقين", "بقين", "Buqayn spring", "Buqayn"]}
BLOUDAN_ROAD = {"accept": ["طريق بلودان", "بلودان", "Bloudan"]}
ZABADANI_BLOUDAN_ROAD = {"accept": ["الطريق بين الزبداني وبلودان", "الزبداني", "بلودان", "Zabadani",
                                    "Bloudan"]}
PUMP_ROOM = {"accept": ["غرفة الضخ", "مجرى النبع", "نبع بقين", "Buqayn spring", "Buqayn"]}

# ================================ 667: Harasta, its vehicles base, Arbin and Douma (Eastern Ghouta, 2018)
RU_AIR_667 = {"en": ["Russian Air Force", "Russian Armed Forces", "Russia"],
              "ar": ["الطيران الحربي الروسي", "الطيران الروسي"]}
HARASTA_CIVILIANS = {"en": ["civilians of Harasta and Arbin", "civilians"], "ar": ["ستة مدنيين"]}
AHRAR_667 = {"en": ["Ahrar al-Sham", "Islamic Movement of Ahrar al-Sham", "rebels",
                    "Syrian opposition factions"],
             "ar": ["مقاتلي «حركة أحرار الشام الإسلامية»", "«حركة أحرار الشام الإسلامية»", "حركة أحرار الشام",
                    "الثوار"]}
SY_REGIME_667 = {"en": ["Syrian government forces", "Military Forces of Syria", "Syrian regime"],
                 "ar": ["قوات النظام"]}
BATTLE_667 = merge(AHRAR_667, SY_REGIME_667)
REBELS_667 = {"en": ["rebels", "Ahrar al-Sham", "Syrian opposition factions"], "ar": ["الثوار"]}
PRISONERS_667 = {"en": ["captured Syrian government soldiers", "Military Forces of Syria"],
                 "ar": ["ستة آخرين"]}
LOYALIST_PAGES = {"en": ["pro-government pages", "Syrian government supporters"],
                  "ar": ["صفحات موالية للنظام"]}
FACTIONS_TERR_667 = {"en": ["rebels", "Ahrar al-Sham"], "ar": ["«المجموعات الإرهابية»"]}
SANA_667 = {"en": ["SANA", "Syrian Arab News Agency", "Government of Syria"],
            "ar": ["وكالة الأنباء الرسمية التابعة للنظام"]}
GHOUTA_TERR_667 = {"en": ["rebels in Eastern Ghouta", "rebels"], "ar": ["«الإرهابيين في الغوطة»"]}
ROOM_SPOKESMAN = {"en": ["military spokesman of the operations room", "Ahrar al-Sham", "rebels"],
                  "ar": ["المتحدث العسكري باسم الغرفة", "الغرفة"]}
HARASTA_TALKS = {"en": ["Harasta local council", "Eastern Ghouta health directorate",
                        "opposition local authorities"],
                 "ar": ["ممثلون عن المجلس المحلي لمدينة حرستا ومديرية صحة الغوطة",
                        "المجلس المحلي لمدينة حرستا"]}
RU_SIDE_667 = {"en": ["Russian military", "Russia", "Russian Armed Forces"], "ar": ["الجانب الروسي"]}
DETAINEES_667 = {"en": ["detainees held by the rebels"], "ar": ["عدد من المحتجزين لدى الفصائل"]}
BUILDUP_667 = merge(SY_REGIME_667, {"en": ["4th Armoured Division", "Republican Guard"],
                                    "ar": ["«الفرقة الرابعة»", "«الحرس الجمهوري»"]})
ARBIN_COUNCIL = {"en": ["Arbin local council", "opposition local authorities"],
                 "ar": ["المجلس المحلي لمدينة عربين"]}
ARBIN_CLINIC = {"en": ["Arbin clinic", "medical staff"], "ar": ["مستوصف البلدة"]}
HARASTA_RUMOUR = {"en": ["Russian officers", "notables of Harasta", "Russia"],
                  "ar": ["ضباط روس", "وجهاء من حرستا"]}
SICK_EVACUEES = {"en": ["critically ill patients of Eastern Ghouta", "civilians"],
                 "ar": ["أولى دفعات الحالات المرضية", "الحالات المرضية"]}
UNICEF_667 = {"en": ["UNICEF", "United Nations Children's Fund", "United Nations"],
              "ar": ["منظمة الأمم المتحدة للطفولة"]}

# ====================================================== places: 667
HARASTA_ARBIN = {"accept": ["حرستا", "عربين", "Harasta", "Arbin"]}
VEHICLES_BASE = {"accept": ["إدارة المركبات", "حرستا", "Harasta", "Armoured Vehicles Administration",
                            "Vehicles Administration base"]}
DAMASCUS_EAST = {"accept": ["باب توما", "القصاع", "العباسيين", "دمشق", "Damascus", "Bab Touma"]}
DOUMA = {"accept": ["دوما", "Douma"]}
GHOUTA = {"accept": ["الغوطة الشرقية", "الغوطة", "Eastern Ghouta"]}
BASE_SURROUNDINGS = {"accept": ["محيط الثكنة", "إدارة المركبات", "حرستا", "Harasta"]}
WAFIDEEN = {"accept": ["معبر مخيم الوافدين", "مخيم الوافدين", "al-Wafideen crossing", "Wafideen"]}
ARBIN = {"accept": ["عربين", "Arbin"]}
HARASTA = {"accept": ["حرستا", "Harasta"]}
DOUMA_MARKET = {"accept": ["سوق شعبية وسط مدينة دوما", "وسط مدينة دوما", "دوما", "Douma"]}

# ================================ 668: Amerli, Tuz Khurmatu, Yankaja and Sulaiman Beg (Salahuddin, 2014)
PMF_VOLUNTEERS = {"en": ["Popular Mobilization Forces volunteers", "Popular Mobilization Forces", "PMF",
                         "Shiite militias"],
                  "ar": ["آلاف المتطوعين من أبناء الحشد الشعبي", "الحشد الشعبي", "الحشد"]}
IRAQI_ARMY_668 = {"en": ["Iraqi Army", "Military Forces of Iraq", "Iraqi security forces"],
                  "ar": ["قطعات من الجيش العراقي", "الجيش العراقي"]}
PESHMERGA_668 = {"en": ["Peshmerga", "Military Forces of Iraqi Kurdistan",
                        "Kurdistan Regional Government forces"],
                 "ar": ["قوات من البيشمركة", "قوات البيشمركة", "البيشمركة"]}
BUILDUP_668 = merge(PMF_VOLUNTEERS, IRAQI_ARMY_668, PESHMERGA_668)
IS_668 = {"en": ["Islamic State", "ISIS", "ISIL", "IS", "Daesh"],
          "ar": ["عصابات «داعش» الإرهابية", "عصابات «داعش»", "«داعش»", "داعش", "التنظيم"]}
AMERLI_TOWN = {"en": ["Amerli", "Turkmen residents of Amerli", "civilians"], "ar": ["البلدة التركمانية"]}
IQ_ARMY_AVIATION = {"en": ["Iraqi Army Aviation", "Military Forces of Iraq", "Iraqi security forces"],
                    "ar": ["مروحيات طيران الجيش العراقي", "طيران الجيش العراقي"]}
FOREIGN_PLANES = {"en": ["foreign aircraft", "international coalition"], "ar": ["طائرات أجنبية"]}
IS_SITES_668 = {"en": ["Islamic State positions", "Islamic State"], "ar": ["مواقع عصابات «داعش»"]}
COALITION_668 = {"en": ["US-led international coalition", "international coalition", "United States"],
                 "ar": ["طائرات التحالف الدولي", "التحالف الدولي"]}
ISF_668 = {"en": ["Iraqi security forces", "Military Forces of Iraq"], "ar": ["القوات الأمنية"]}
PMF_668 = {"en": ["Popular Mobilization Forces", "PMF", "Shiite militias"],
           "ar": ["أبطال الحشد الشعبي", "الحشد الشعبي"]}
BATTLE_668 = merge(ISF_668, PMF_668, PESHMERGA_668, IS_668)
IS_REMNANTS = {"en": ["Islamic State fighters", "Islamic State"],
               "ar": ["من تبقى من مسلحي التنظيم", "مسلحي التنظيم"]}
UN_SRSG_IRAQ = {"en": ["UN Special Representative for Iraq", "United Nations", "UNAMI"],
                "ar": ["الممثل الخاص للأمين العام للأمم المتحدة في العراق"]}
IQ_GOV_668 = {"en": ["Government of Iraq", "Iraqi government"], "ar": ["الحكومة"]}
TURKMEN_MPS = {"en": ["Turkmen MPs", "members of the Iraqi Council of Representatives"],
               "ar": ["نواب تركمان في مجلس النواب", "نواب تركمان"]}
IQ_FEDERAL_GOV = {"en": ["Government of Iraq", "Iraqi federal government"],
                  "ar": ["الحكومة الاتحادية", "الحكومة"]}
IRCS_668 = {"en": ["Iraqi Red Crescent Society", "Iraqi Red Crescent"],
            "ar": ["جمعية الهلال الأحمر العراقي", "الهلال الأحمر العراقي", "الجمعية"]}
AMERLI_PEOPLE = {"en": ["residents of Amerli", "civilians", "Turkmen"], "ar": ["الأهالي", "أهالي آمرلي"]}
SHEPHERD = {"en": ["a shepherd from Amerli", "civilians"], "ar": ["راعياً من أهالي آمرلي"]}
IS_LEADERS_668 = {"en": ["Islamic State commanders", "Islamic State"], "ar": ["قادة من التنظيم", "التنظيم"]}
TURKMEN_FARMERS = {"en": ["Turkmen farmers", "civilians"], "ar": ["14 مزارعاً تركمانياً"]}
NEG_DEAL_668 = merge({"en": ["Arab tribal sheikhs", "tribal leaders"],
                      "ar": ["شيوخ عشائر عربية من القرى المجاورة", "شيوخ عشائر عربية"]},
                     {"en": ["Islamic State"], "ar": ["التنظيم"]})
IQ_PM = {"en": ["Prime Minister of Iraq", "Government of Iraq"], "ar": ["رئيس الوزراء"]}
AMERLI_NOTABLES = {"en": ["notables of Amerli", "families of the victims", "community leaders"],
                   "ar": ["وجهاء البلدة وعوائل الضحايا", "وجهاء البلدة"]}
SALAHUDDIN_MEMBER = {"en": ["Salahuddin provincial council member", "Salahuddin provincial council"],
                     "ar": ["عضو في مجلس محافظة صلاح الدين"]}
REGIONAL_STATES = {"en": ["regional states", "unnamed regional countries"],
                   "ar": ["«دولاً إقليمية»", "دولاً إقليمية"]}
SALAHUDDIN_COUNCIL = {"en": ["Salahuddin provincial council"], "ar": ["مجلس المحافظة"]}

# ====================================================== places: 668
TUZ = {"accept": ["طوزخورماتو", "ساحات طوزخورماتو", "Tuz Khurmatu", "Tuz Khormato", "Tuz"]}
AMERLI = {"accept": ["آمرلي", "Amerli", "Amirli"]}
YANKAJA_SB = {"accept": ["ينكجة", "سليمان بيك", "Yankaja", "Sulaiman Beg", "Suleiman Bek"]}
SB_AMERLI_ROAD = {"accept": ["الطريق بين سليمان بيك وآمرلي", "سليمان بيك", "آمرلي", "Sulaiman Beg", "Amerli"]}
YANKAJA = {"accept": ["ينكجة", "بساتين سليمان بيك", "Yankaja", "Sulaiman Beg"]}
SULAIMAN_BEG = {"accept": ["سليمان بيك", "Sulaiman Beg", "Suleiman Bek"]}
SB_FIELDS = {"accept": ["حقول قريبة من سليمان بيك", "سليمان بيك", "Sulaiman Beg", "Suleiman Bek"]}

# ================================ 669: the central districts of Ubari, Sabha, the Sharara field, Ghat (2014)
TUAREG_669 = {"en": ["Tuareg armed groups", "Tuareg militias", "Tuareg"],
              "ar": ["مسلحين من الطوارق", "الطوارق"]}
TEBU_669 = {"en": ["Tebu armed groups", "Tebu militias", "Toubou"], "ar": ["آخرين من التبو", "التبو"]}
BATTLE_669 = merge(TUAREG_669, TEBU_669)
UBARI_HOSPITAL_DIRECTOR = {"en": ["director of Ubari General Hospital", "Ubari General Hospital"],
                           "ar": ["مدير مستشفى أوباري العام"]}
HEALTH_AND_AGENCIES = {"en": ["Libyan Ministry of Health", "international organisations"],
                       "ar": ["وزارة الصحة والمنظمات الدولية"]}
FLEEING_FAMILIES_669 = {"en": ["families displaced from Ubari", "IDPs", "civilians"],
                        "ar": ["أكثر من 300 عائلة"]}
SABHA_MUNICIPALITY = {"en": ["Sabha municipality"], "ar": ["بلدية سبها"]}
LRC_SABHA = {"en": ["Libyan Red Crescent Sabha branch", "Libyan Red Crescent"],
             "ar": ["فرع الهلال الأحمر في سبها"]}
UBARI_IDPS = {"en": ["families displaced from Ubari", "IDPs", "civilians"],
              "ar": ["140 عائلة نازحة من أوباري"]}
CEASEFIRE_669 = {"en": ["elders of Ghat and Murzuq", "mediators from Niger",
                        "Tuareg and Tebu representatives"],
                 "ar": ["حكماء وأعيان من غات ومرزق", "وسطاء من النيجر", "ممثلي الطرفين"]}
OIL_GUNMEN = {"en": ["gunmen of one of the warring communities", "Tuareg or Tebu armed groups"],
              "ar": ["مسلحون ينتمون إلى أحد طرفي النزاع"]}
RESTORE_669 = {"en": ["Tuareg social council", "Tebu notables council", "Tuareg", "Tebu"],
               "ar": ["المجلس الاجتماعي لقبائل الطوارق", "مجلس أعيان التبو"]}
MEDIATORS_669 = {"en": ["mediators", "elders of Ghat and Murzuq"], "ar": ["الوسطاء"]}
TEBU_COMMANDER = {"en": ["Tebu field commander", "Tebu militias"], "ar": ["قائد ميداني من التبو"]}
FOREIGN_FIGHTERS_669 = {"en": ["foreign fighters in Ubari"], "ar": ["«المقاتلين الغرباء»"]}
OTHER_SIDE_669 = {"en": ["Tuareg armed groups", "Tuareg"], "ar": ["الطرف الآخر"]}
TUAREG_GUNMEN = {"en": ["Tuareg armed groups", "Tuareg"], "ar": ["مسلحي الطوارق"]}
UBARI_COUNCIL = {"en": ["Ubari municipal council", "Ubari local authorities"], "ar": ["المجلس البلدي أوباري"]}
LY_GOVS = {"en": ["Libyan interim government", "General National Congress", "Government of Libya"],
           "ar": ["الحكومة المؤقتة", "المؤتمر الوطني العام"]}
UNKNOWN_GUNMEN = {"en": ["unidentified gunmen"], "ar": ["مسلحون مجهولون"]}
UBARI_NOTABLE = {"en": ["a notable of Ubari", "community leader"], "ar": ["أحد أعيان المدينة"]}
TEBU_REPS = {"en": ["Tebu representatives", "Tebu"], "ar": ["ممثلو التبو"]}
SABHA_MAYOR = {"en": ["mayor of Sabha", "Sabha municipality"], "ar": ["عميد بلدية سبها"]}
UNSMIL = {"en": ["UN Support Mission in Libya", "UNSMIL", "United Nations"],
          "ar": ["بعثة الأمم المتحدة للدعم في ليبيا"]}
TALKS_669 = {"en": ["Tuareg and Tebu representatives", "mediators"],
             "ar": ["ممثلو الطرفين والوسطاء", "ممثلو الطرفين"]}

# ====================================================== places: 669
UBARI_CENTRE = {"accept": ["الأحياء الوسطى في مدينة أوباري", "الأحياء الوسطى", "أوباري", "Ubari", "Awbari"]}
UBARI_HOSPITAL = {"accept": ["مستشفى أوباري العام", "أوباري", "Ubari", "Awbari"]}
CENTRAL_DISTRICTS = {"accept": ["الأحياء الوسطى", "أوباري", "Ubari", "Awbari"]}
SABHA = {"accept": ["سبها", "Sabha", "Sebha"]}
UBARI = {"accept": ["أوباري", "Ubari", "Awbari"]}
SHARARA = {"accept": ["حقل الشرارة النفطي", "حقل الشرارة", "Sharara oil field", "El Sharara"]}
UBARI_AIRPORT_ROAD = {"accept": ["الطريق المؤدية إلى مطار أوباري", "مطار أوباري", "أوباري", "Ubari airport",
                                 "Ubari"]}
GHAT = {"accept": ["غات", "Ghat"]}

# ================================ 670: the pumping station south of El Faouar, Douz and Kebili (2017)
JOBLESS_670 = {"en": ["unemployed young protesters", "protesters", "unemployed graduates of Kebili"],
               "ar": ["شبان معطلون عن العمل", "المعتصمين", "المحتجون"]}
TN_GUARD = {"en": ["Tunisian National Guard", "National Guard", "Police Forces of Tunisia"],
            "ar": ["الحرس الوطني", "وحدات الحرس الوطني"]}
GUARD_VEHICLE = {"en": ["Tunisian National Guard vehicle", "Tunisian National Guard", "National Guard"],
                 "ar": ["سيارة رباعية الدفع تابعة للحرس الوطني", "للحرس الوطني", "الحرس الوطني"]}
RUN_OVER = {"en": ["a young protester", "protesters"], "ar": ["محتجاً في الثالثة والعشرين من عمره"]}
TN_ARMY = {"en": ["Tunisian Army", "Military Forces of Tunisia"], "ar": ["الجيش"]}
ARMY_COLUMNS = {"en": ["Tunisian Army columns", "Tunisian Army", "Military Forces of Tunisia"],
                "ar": ["أرتال للجيش", "للجيش", "الجيش"]}
SITIN_670 = {"en": ["sit-in protesters", "protesters", "unemployed young protesters"],
             "ar": ["المعتصمين", "المحتجون"]}
SUPPORTED_670 = {"en": ["sit-in protesters", "protesters", "unemployed young protesters"],
                 "ar": ["المعتصمين", "للمعتصمين"]}
BATTLE_670 = merge(SITIN_670, TN_GUARD, TN_ARMY)
UGTT_DOUZ = {"en": ["UGTT local union of Douz", "Tunisian General Labour Union", "UGTT"],
             "ar": ["الاتحاد المحلي للشغل"]}
TN_EMPLOYMENT_MINISTER = {"en": ["Tunisian Minister of Vocational Training and Employment",
                                 "Government of Tunisia"],
                          "ar": ["وزير التكوين المهني والتشغيل", "الوزير"]}
SITIN_DELEGATION = {"en": ["delegation of the sit-in coordination committee", "sit-in coordination committee",
                           "protesters"],
                    "ar": ["وفداً من تنسيقية الاعتصام", "تنسيقية الاعتصام"]}
SITIN_COMMITTEE = {"en": ["sit-in coordination committee", "protesters"], "ar": ["تنسيقية الاعتصام"]}
UGTT_KEBILI = {"en": ["UGTT regional union of Kebili", "Tunisian General Labour Union", "UGTT"],
               "ar": ["الاتحاد الجهوي للشغل بقبلي", "الاتحاد الجهوي للشغل"]}
TN_GOV_670 = {"en": ["Government of Tunisia", "Tunisian government"], "ar": ["الحكومة"]}
TN_PRESIDENT = {"en": ["President of Tunisia", "Government of Tunisia"], "ar": ["رئيس الجمهورية"]}
LTDH = {"en": ["Tunisian League for Human Rights", "LTDH"], "ar": ["الرابطة التونسية للدفاع عن حقوق الإنسان"]}
TN_SECURITY = {"en": ["Tunisian security forces", "Police Forces of Tunisia"], "ar": ["الوحدات الأمنية"]}
TN_PROSECUTION = {"en": ["Tunisian public prosecution", "Government of Tunisia"], "ar": ["النيابة العمومية"]}
GUARD_DRIVER = {"en": ["driver of the National Guard vehicle", "National Guard"], "ar": ["سائق السيارة"]}
VICTIM_FAMILY = {"en": ["family of the protester killed"], "ar": ["عائلة الضحية"]}
TN_SECURITY_2016 = {"en": ["Tunisian security forces", "Police Forces of Tunisia"], "ar": ["وحدات الأمن"]}
GRADUATES_2016 = {"en": ["unemployed graduates", "protesters"],
                  "ar": ["اعتصاماً لحاملي الشهادات", "حاملي الشهادات"]}
NINE_YOUTHS = {"en": ["young men of El Faouar and Douz", "protesters"],
               "ar": ["9 شبان من الفوار ودوز", "9 شبان"]}
SOUTH_JOBLESS = {"en": ["unemployed graduates' committees of the south", "protesters"],
                 "ar": ["تنسيقيات المعطلين عن العمل في ولايات الجنوب"]}

# ====================================================== places: 670
STATION = {"accept": ["محطة ضخ النفط في الصحراء جنوب الفوار", "محطة الضخ", "الفوار", "El Faouar", "Faouar"]}
STATION_GATE = {"accept": ["بوابة المحطة", "محطة الضخ", "الفوار", "El Faouar"]}
STATION_MAIN = {"accept": ["محطة الضخ", "محطة ضخ النفط", "الفوار", "El Faouar", "Faouar"]}
DOUZ = {"accept": ["مدينة دوز", "دوز", "Douz"]}
KEBILI_SEAT = {"accept": ["مقر الولاية بقبلي", "قبلي", "Kebili"]}
KEBILI = {"accept": ["قبلي", "Kebili"]}
CONGRESS_PALACE = {"accept": ["قصر المؤتمرات", "Palais des Congrès"]}
DOUZ_DELEGATION = {"accept": ["معتمدية دوز", "دوز", "Douz"]}
FAOUAR_DOUZ = {"accept": ["الفوار", "دوز", "El Faouar", "Douz"]}
BOURGUIBA_AVENUE = {"accept": ["شارع الحبيب بورقيبة", "Habib Bourguiba Avenue"]}
