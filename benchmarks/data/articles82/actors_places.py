"""Accepted actor names and place names for the eighty-second team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الحكومة», «الوفد») are left out on purpose, with these
exceptions, each used only in an article where it names a single actor:
- 406: «قسد» (the Syrian Democratic Forces), «الأسايش» (their internal security), «التنظيم» (only ever ISIS);
- 407: «المحافظ» (only ever the governor of Hama), «سلاح الجو» (the Syrian air force);
- 408: «الخاطفين» and «العصابة» (the gang that held the doctor), «الطبيب» (the doctor), «القوة» and
  «الشرطة» (the joint police force of the raid);
- 409: «الميليشيا» and «الجماعة» (only ever the Houthis, in the outlet's words);
- 410: «العرشين» and «عرشين» (the two clans of Feriana), «المحتجون» (the farmers before the Sbeitla
  delegation), «السلط الجهوية» (the regional authorities of Kasserine).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge

# ====================================================== 406: Hajin, Thiban, al-Shuhayl, al-Busayrah,
# al-Asharah (Deir ez-Zor; 2022)
SDF = {"en": ["Syrian Democratic Forces", "SDF", "QSD"], "ar": ["«قسد»", "قسد", "قوات سوريا الديمقراطية"]}
ISIS = {"en": ["Islamic State", "ISIS", "IS", "ISIL", "Daesh"],
        "ar": ["تنظيم «داعش»", "داعش", "التنظيم"]}
HAJIN_CHECKPOINT = {"en": ["SDF checkpoint guards", "SDF fighters", "Syrian Democratic Forces"],
                    "ar": ["أربعة من عناصر الحاجز", "عناصر الحاجز", "حاجز لقوات سوريا الديمقراطية"]}
HAJIN_GUNMEN = {"en": ["two gunmen on a motorcycle", "unidentified gunmen"],
                "ar": ["مسلحان يستقلان دراجة نارية", "مسلحان"]}
HAJIN_OFFICIAL = {"en": ["member of the Hajin Civil Council", "Hajin Civil Council", "local official"],
                  "ar": ["عضو لجنة الصلح في مجلس هجين المدني", "عضو المجلس", "عضو لجنة الصلح"]}
HAJIN_FAMILY = {"en": ["family of the council member", "the victim's family"], "ar": ["العائلة"]}
DEZ_MC = merge({"en": ["Deir ez-Zor Military Council"], "ar": ["مجلس دير الزور العسكري"]}, SDF)
REGIME_IRAN_CELLS = {"en": ["cells working for the Syrian government and Iranian militias",
                            "Syrian government", "Iran-backed militias"],
                     "ar": ["«خلايا تعمل لصالح النظام السوري والميليشيات الإيرانية»",
                            "خلايا تعمل لصالح النظام السوري والميليشيات الإيرانية", "النظام السوري",
                            "الميليشيات الإيرانية"]}
TRIBAL_FORCES = {"en": ["Tribal Forces", "pro-government tribal forces", "Syrian government-aligned militia"],
                 "ar": ["«قوات العشائر»", "قوات العشائر"]}
HAJIN_MOURNERS = {"en": ["mourners", "residents of Hajin", "protesters"],
                  "ar": ["مئات المشيعين", "المشيعين"]}
SDF_COALITION = merge(SDF, {"en": ["US-led coalition", "International Coalition", "CJTF-OIR"],
                            "ar": ["قوة من «قسد»", "التحالف الدولي"]})
THIBAN_DETAINEES = {"en": ["three people", "residents of Thiban"], "ar": ["ثلاثة أشخاص"]}
ASAYISH = {"en": ["Asayish", "Internal Security Forces", "SDF internal security"],
           "ar": ["عناصر الأسايش", "الأسايش", "قوى الأمن الداخلي"]}
HAJIN_YOUTHS = {"en": ["eight young men", "residents of Hajin"], "ar": ["ثمانية شبان"]}
DEZ_MC_COMMANDER = merge({"en": ["commander of the Deir ez-Zor Military Council"],
                          "ar": ["قائد مجلس دير الزور العسكري"]}, SDF)
HAJIN_CELLS = {"en": ["ISIS cells", "sleeper cells", "those who shelter the cells"],
               "ar": ["كل من يؤوي الخلايا", "الخلايا"]}
HAJIN_RESIDENTS = {"en": ["residents of Hajin"], "ar": ["الأهالي"]}
SHUHAYL_NOTABLE = {"en": ["a tribal notable of al-Shuhayl", "tribal notable"],
                   "ar": ["أحد وجهاء العشائر في بلدة الشحيل", "أحد وجهاء العشائر"]}
DEZ_MC_SOURCE = merge({"en": ["source in the Deir ez-Zor Military Council"],
                       "ar": ["مصدراً في المجلس العسكري"]}, SDF)
HAJIN_NOTABLES = {"en": ["tribal notables of Hajin", "tribal elders"],
                  "ar": ["وجهاء عشائر هجين وقرى الجوار", "وجهاء عشائر هجين"]}
SDF_LEADERSHIP = merge({"en": ["SDF leadership"], "ar": ["قيادة «قسد»"]}, SDF)
ELEVEN_DETAINEES = {"en": ["eleven detainees", "detainees from Hajin and Thiban"],
                    "ar": ["الموقوفين الأحد عشر", "الموقوفين"]}
CIVIL_COUNCIL_OFFICIAL = {"en": ["official of the Hajin Civil Council", "Hajin Civil Council"],
                          "ar": ["مسؤول في المجلس المدني"]}
SDF_PATROL = {"en": ["two SDF fighters", "SDF patrol", "Syrian Democratic Forces"],
              "ar": ["عنصران من «قسد»", "دورية لهم"]}

# ====================================================== places: 406
HAJIN = {"accept": ["هجين", "بلدة هجين", "Hajin", "Hajjin", "Hajeen"]}
HAJIN_WEST = {"accept": ["المدخل الغربي لبلدة هجين", "هجين", "Hajin", "Hajjin", "Hajeen"]}
THIBAN = {"accept": ["بلدة ذيبان", "ذيبان", "Thiban", "Dhiban", "Diban"]}
SHUHAYL = {"accept": ["بلدة الشحيل", "الشحيل", "al-Shuhayl", "Shuhayl", "al-Shheil"]}
OMAR_FIELD = {"accept": ["قاعدة حقل العمر النفطي", "حقل العمر", "al-Omar oil field", "Omar oil field"]}
THIBAN_SHUHAYL_ROAD = {"accept": ["الطريق بين ذيبان والشحيل", "ذيبان", "الشحيل", "Thiban", "Dhiban",
                                  "al-Shuhayl", "Shuhayl"]}

# ====================================================== 407: al-Suqaylabiyah, al-Latamenah, Kafr Zita,
# Mhardeh (the Hama countryside; 2015)
HAMA_REBELS = {"en": ["armed opposition groups", "rebels", "Syrian opposition", "armed groups"],
               "ar": ["المجموعات الإرهابية المسلحة", "المجموعات المسلحة", "الإرهابيون", "المسلحين"]}
SUQAYLABIYAH_CIVILIANS = {"en": ["civilians", "residents of al-Suqaylabiyah"],
                          "ar": ["أربعة مدنيين", "مدنيين", "الأحياء السكنية في مدينة السقيلبية"]}
SAA_UNITS = {"en": ["Syrian Arab Army", "Syrian army", "Military Forces of Syria",
                    "Syrian government forces"],
             "ar": ["وحدات من الجيش العربي السوري", "الجيش العربي السوري", "وحدات الجيش"]}
SY_AIR_FORCE = {"en": ["Syrian Air Force", "Syrian Arab Air Force", "Military Forces of Syria"],
                "ar": ["سلاح الجو"]}
LATAMENAH_REBELS = {"en": ["rebels", "armed opposition groups", "Syrian opposition"],
                    "ar": ["مواقع الإرهابيين", "الإرهابيين"]}
REBEL_COMMITTEES = {"en": ["rebel coordination committees", "Syrian opposition activists"],
                    "ar": ["تنسيقيات المسلحين"]}
SY_ARMY = {"en": ["Syrian army", "Syrian Arab Army", "Military Forces of Syria"], "ar": ["الجيش"]}
SY_MIL_SOURCE = {"en": ["Syrian military source", "Syrian army"], "ar": ["مصدر عسكري"]}
HAMA_GOVERNOR = {"en": ["Governor of Hama", "Hama governor", "Hama Governorate"],
                 "ar": ["محافظ حماة", "المحافظ"]}
SUQAYLABIYAH_WOUNDED = {"en": ["the wounded", "wounded civilians"], "ar": ["الجرحى"]}
TERROR_SPONSORS = {"en": ["Turkey", "states supporting terrorism", "Turkish government"],
                   "ar": ["«الدول الداعمة للإرهاب، وفي مقدمتها تركيا»", "الدول الداعمة للإرهاب", "تركيا"]}
SUQAYLABIYAH_PEOPLE = {"en": ["residents of al-Suqaylabiyah"], "ar": ["أهالي السقيلبية"]}
SAA_NDF = {"en": ["Syrian army", "National Defence Forces", "NDF", "Syrian government forces"],
           "ar": ["وحدات الجيش وقوات الدفاع الوطني", "وحدات الجيش", "قوات الدفاع الوطني"]}
HAMA_ARMED_GROUPS = {"en": ["armed opposition groups", "rebels", "Syrian opposition"],
                     "ar": ["للمجموعات المسلحة", "المجموعات المسلحة"]}
SANA_MIL_SOURCE = merge({"en": ["Syrian military source"], "ar": ["مصدر عسكري"]}, SAA_UNITS)
THREATENED_REBELS = {"en": ["rebels", "armed opposition groups", "their backers"],
                     "ar": ["«الإرهابيين ومن يقف خلفهم»", "الإرهابيين"]}
SUQAYLABIYAH_COUNCIL = {"en": ["head of al-Suqaylabiyah city council", "al-Suqaylabiyah city council"],
                        "ar": ["رئيس مجلس مدينة السقيلبية"]}
AUTHORITIES_SY = {"en": ["Syrian authorities", "Syrian government"], "ar": ["الجهات المعنية"]}
HAMA_HEALTH = {"en": ["Hama Health Directorate", "Syrian Ministry of Health"], "ar": ["مديرية صحة حماة"]}
SUQAYLABIYAH_HOSPITAL = {"en": ["al-Suqaylabiyah National Hospital", "al-Suqaylabiyah hospital"],
                         "ar": ["مشفى السقيلبية", "المشفى الوطني"]}
HAMA_COUNCIL = {"en": ["Hama Governorate Council", "Hama provincial council"], "ar": ["مجلس محافظة حماة"]}
KAFR_ZITA_FACTION = {"en": ["armed opposition faction", "rebels", "Syrian opposition"],
                     "ar": ["إحدى الفصائل المسلحة المتمركزة في كفرزيتا", "إحدى الفصائل المسلحة"]}
MHARDEH_VICTIMS = {"en": ["a woman and her son", "civilians"], "ar": ["امرأة وابنها"]}

# ====================================================== places: 407
SUQAYLABIYAH = {"accept": ["السقيلبية", "مدينة السقيلبية", "al-Suqaylabiyah", "Suqaylabiyah", "Squeilbiyeh",
                           "as-Suqaylabiyah"]}
LATAMENAH_KAFR_ZITA = {"accept": ["اللطامنة", "كفرزيتا", "al-Latamenah", "Latamneh", "al-Lataminah",
                                  "Kafr Zita", "Kafr Zeita", "Kafrzita"]}
LATAMENAH_AREA = {"accept": ["اللطامنة", "كفرزيتا", "مورك", "al-Latamenah", "Latamneh", "Kafr Zita", "Morek"]}
SUQAYLABIYAH_MHARDEH = {"accept": ["السقيلبية", "محردة", "قلعة المضيق", "al-Suqaylabiyah", "Mhardeh",
                                   "Mahardah", "Qalaat al-Madiq"]}
MHARDEH = {"accept": ["مدينة محردة", "محردة", "Mhardeh", "Mahardah", "Muhradah"]}
HAMA = {"accept": ["حماة", "محافظة حماة", "Hama", "Hamah"]}

# ====================================================== 408: Baqubah, al-Muqdadiyah, Bani Saad, Khanaqin
# (Diyala; 2024)
KIDNAPPERS = {"en": ["kidnappers", "kidnapping gang", "unidentified gunmen"],
              "ar": ["خاطفوه", "مسلحين مجهولين", "الخاطفين"]}
DOCTOR = {"en": ["orthopaedic surgeon", "doctor", "physician"],
          "ar": ["طبيب اختصاص جراحة العظام في مستشفى بعقوبة التعليمي", "الطبيب", "طبيب"]}
RAID_FORCE = {"en": ["Diyala police", "Iraqi National Security Service", "Police Forces of Iraq",
                     "Iraqi security forces"],
              "ar": ["قوة مشتركة من شرطة ديالى وجهاز الأمن الوطني", "شرطة ديالى", "جهاز الأمن الوطني"]}
GANG = {"en": ["kidnapping gang", "kidnappers", "criminal gang"], "ar": ["الخاطفين", "العصابة"]}
RAID_PARTIES = merge(RAID_FORCE, GANG)
FOUR_ARRESTED = {"en": ["four gang members", "four kidnappers"],
                 "ar": ["أربعة آخرين", "المعتقلين الأربعة"]}
FOUR_GUNMEN = {"en": ["four gunmen", "kidnappers", "unidentified gunmen"],
               "ar": ["أربعة مسلحين", "مسلحين مجهولين", "الخاطفين"]}
DOCTOR_FAMILY_PROTEST = {"en": ["relatives and colleagues of the doctor", "doctors", "protesters"],
                         "ar": ["ذوو الطبيب وعشرات من زملائه", "ذوو الطبيب"]}
DOCTORS_SYNDICATE = {"en": ["Diyala Doctors' Syndicate", "Iraqi Medical Association", "doctors' union"],
                     "ar": ["نقابة الأطباء في المحافظة", "نقابة الأطباء"]}
TRIBAL_MEDIATORS = {"en": ["Diyala tribal sheikhs", "tribal mediators", "tribal elders"],
                    "ar": ["شيوخ من عشائر ديالى", "أحد الشيوخ"]}
DOCTOR_FAMILY = {"en": ["the doctor's family", "relatives of the doctor"], "ar": ["عائلة الطبيب"]}
IQ_AUTHORITIES = {"en": ["Iraqi authorities", "Iraqi government"], "ar": ["السلطات"]}
POLICE_408 = {"en": ["Diyala police", "Iraqi security forces", "Police Forces of Iraq"],
              "ar": ["القوة", "الشرطة"]}
GANG_LEADER = {"en": ["gang leader", "leader of the kidnapping gang"], "ar": ["زعيم العصابة"]}
BAQUBAH_COURT = {"en": ["Baqubah investigation court", "Iraqi judiciary"], "ar": ["محكمة تحقيق بعقوبة"]}
IQ_INTERIOR_MINISTER = {"en": ["Iraqi Minister of Interior", "Ministry of Interior of Iraq"],
                        "ar": ["وزير الداخلية"]}
STATION_CHIEF = {"en": ["head of the al-Muallimin police station", "police station chief"],
                 "ar": ["مدير مركز شرطة حي المعلمين"]}
DIYALA_POLICE_CHIEF = {"en": ["Diyala police chief", "Diyala Police Command", "Police Forces of Iraq"],
                       "ar": ["قائد شرطة ديالى"]}
LIVESTOCK_TRADER = {"en": ["livestock trader", "trader"], "ar": ["تاجر مواشٍ", "التاجر"]}
IQ_FEDERAL_GOV = {"en": ["Iraqi federal government", "Government of Iraq"], "ar": ["الحكومة الاتحادية"]}
DIYALA_MP = {"en": ["Diyala MP", "member of the Iraqi parliament"], "ar": ["نائب عن المحافظة"]}
INFLUENTIAL_PARTIES = {"en": ["influential parties", "unnamed influential groups"],
                       "ar": ["«جهات متنفذة»", "جهات متنفذة"]}
IQ_HEALTH_MINISTER = {"en": ["Iraqi Minister of Health", "Ministry of Health of Iraq"], "ar": ["وزير الصحة"]}
IQ_SECURITY_FORCES = {"en": ["Iraqi security forces"], "ar": ["القوات الأمنية"]}
SHEIKHS_408 = {"en": ["tribal sheikhs of al-Muqdadiyah and Baqubah", "tribal elders"],
               "ar": ["شيوخ عشائر المقدادية وبعقوبة"]}
POLICE_COMMAND = {"en": ["Diyala Police Command", "Police Forces of Iraq"], "ar": ["قيادة الشرطة"]}

# ====================================================== places: 408
BANI_SAAD = {"accept": ["ناحية بني سعد", "بني سعد", "Bani Saad", "Bani Sa'd"]}
MUQDADIYAH = {"accept": ["المقدادية", "قضاء المقدادية", "al-Muqdadiyah", "Muqdadiyah", "al-Miqdadiyah",
                         "Miqdadiyah"]}
BAQUBAH = {"accept": ["بعقوبة", "Baqubah", "Baquba", "Ba'qubah"]}
MUALLIMIN_BAQUBAH = {"accept": ["حي المعلمين", "بعقوبة", "al-Muallimin", "Baqubah", "Baquba", "Ba'qubah"]}
DIYALA_HQ = {"accept": ["ديوان محافظة ديالى", "بعقوبة", "Diyala Governorate building", "Baqubah", "Baquba"]}
DIYALA = {"accept": ["ديالى", "محافظة ديالى", "Diyala", "Diyala Governorate"]}
KHANAQIN = {"accept": ["قضاء خانقين", "خانقين", "Khanaqin", "Khanaqeen"]}

# ====================================================== 409: al-Jubah, Sirwah, Raghwan, Harib (Marib; 2021)
HOUTHIS = {"en": ["Houthis", "Ansar Allah", "Houthi movement"],
           "ar": ["ميليشيا الحوثي الانقلابية", "ميليشيا الحوثي", "الميليشيا", "الجماعة"]}
JUBAH_IDPS = {"en": ["displaced people", "IDPs", "civilians"],
              "ar": ["أربعة نازحين", "نازحين", "مخيم للنازحين"]}
YE_INFO_MINISTER = {"en": ["Yemeni Minister of Information", "Yemeni government"],
                    "ar": ["وزير الإعلام في الحكومة الشرعية", "وزير الإعلام"]}
HOUTHIS_IRAN = {"en": ["Houthis", "Iran", "Iranian government"], "ar": ["الميليشيا", "النظام الإيراني"]}
UN_ENVOY_UNSC = {"en": ["UN Special Envoy for Yemen", "UN Security Council", "United Nations"],
                 "ar": ["المبعوث الأممي ومجلس الأمن", "المبعوث الأممي", "مجلس الأمن"]}
KASSARA_SIDES = {"en": ["Yemeni army", "Military Forces of Yemen", "Murad tribesmen", "Abida tribesmen",
                        "Houthis"],
                 "ar": ["قوات الجيش الوطني", "مقاتلي قبائل مراد وعبيدة", "عناصر الميليشيا", "الميليشيا"]}
COALITION_YE = {"en": ["Saudi-led coalition", "Arab Coalition", "Coalition to Restore Legitimacy"],
                "ar": ["مقاتلات تحالف دعم الشرعية", "تحالف دعم الشرعية"]}
HOUTHI_REINFORCEMENTS = {"en": ["Houthi reinforcements", "Houthis", "Ansar Allah"],
                         "ar": ["تعزيزات حوثية كبيرة", "تعزيزات حوثية"]}
YE_PRESIDENT = {"en": ["President of Yemen", "Yemeni President", "Yemeni government"],
                "ar": ["رئيس الجمهورية"]}
MARIB_GOVERNOR = {"en": ["Governor of Marib", "Marib local authority"], "ar": ["محافظ مأرب"]}
KSRELIEF = {"en": ["KSrelief", "King Salman Humanitarian Aid and Relief Centre", "Saudi Arabia"],
            "ar": ["مركز الملك سلمان للإغاثة والأعمال الإنسانية", "مركز الملك سلمان"]}
BURNT_TENT_FAMILIES = {"en": ["displaced families", "IDPs"],
                       "ar": ["للأسر التي احترقت خيامها", "الأسر التي احترقت خيامها"]}
OCHA = {"en": ["UN OCHA", "OCHA", "United Nations"],
        "ar": ["وفد من مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية",
               "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية"]}
HOUTHI_POLITBURO = {"en": ["member of the Houthi political bureau", "Houthis", "Ansar Allah"],
                    "ar": ["عضو في المكتب السياسي للجماعة", "الجماعة"]}
MARIB_TRIBES = {"en": ["tribes of Marib"], "ar": ["قبائل المحافظة"]}
MARIB_IDPS = {"en": ["displaced people of al-Jubah and Marib camps", "IDPs", "protesters"],
              "ar": ["نازحو مخيمات الجوبة ومدينة مأرب", "نازحو مخيمات الجوبة"]}
UNHCR = {"en": ["UNHCR", "UN Refugee Agency"],
         "ar": ["مكتب المفوضية السامية للأمم المتحدة لشؤون اللاجئين",
                "المفوضية السامية للأمم المتحدة لشؤون اللاجئين"]}
HARIB_CIVILIANS = {"en": ["three civilians", "civilians"], "ar": ["ثلاثة مدنيين"]}

# ====================================================== places: 409
JUBAH = {"accept": ["مديرية الجوبة", "الجوبة", "al-Jubah", "Jubah", "al-Joubah"]}
KASSARA = {"accept": ["جبهة الكسارة", "الكسارة", "مديرية صرواح", "صرواح", "al-Kassara", "Kassara", "Sirwah",
                      "Serwah"]}
SIRWAH = {"accept": ["صرواح", "مديرية صرواح", "Sirwah", "Serwah"]}
RAGHWAN = {"accept": ["مديرية رغوان", "رغوان", "Raghwan", "Rughwan"]}
MARIB_CITY = {"accept": ["مدينة مأرب", "مأرب", "Marib", "Ma'rib", "Marib city"]}
HARIB = {"accept": ["مدينة حريب", "حريب", "Harib", "Hareeb"]}

# ====================================================== 410: Sbeitla, Feriana, Kasserine, Mount Chaambi
# (Kasserine; 2023)
SBEITLA_FARMERS = {"en": ["farmers of Sbeitla", "farmers", "protesters"],
                   "ar": ["مئات الفلاحين من المناطق السقوية بمعتمدية سبيطلة", "مئات الفلاحين", "المحتجون"]}
PROTESTERS_410 = {"en": ["protesting farmers", "farmers of Sbeitla", "protesters"], "ar": ["المحتجون"]}
CRDA = {"en": ["Regional Commissariat for Agricultural Development", "CRDA Kasserine",
               "Tunisian Ministry of Agriculture"],
        "ar": ["المندوبية الجهوية للتنمية الفلاحية"]}
SONEDE = {"en": ["SONEDE", "National Water Distribution Utility"],
          "ar": ["الشركة الوطنية لاستغلال وتوزيع المياه «الصوناد»", "«الصوناد»", "الصوناد"]}
FERIANA_CLANS = {"en": ["two clans", "rival clans", "clansmen"],
                 "ar": ["أبناء عرشين متجاورين", "عرشين", "العرشين", "الطرفين"]}
NATIONAL_GUARD = {"en": ["Tunisian National Guard", "National Guard"],
                  "ar": ["عناصر الحرس الوطني", "الحرس الوطني"]}
ELEVEN_FERIANA = {"en": ["eleven people from both clans", "clansmen"],
                  "ar": ["أحد عشر شخصاً من الطرفين", "أحد عشر شخصاً"]}
KASSERINE_GOVERNOR = {"en": ["Governor of Kasserine", "Kasserine regional security committee"],
                      "ar": ["والي القصرين", "اللجنة الجهوية لتنسيق العمل الأمني"]}
CLAN_REPS = {"en": ["representatives of the two clans", "two clans"], "ar": ["ممثلون عن العرشين", "العرشين"]}
REGIONAL_AUTHORITIES = {"en": ["Kasserine regional authorities", "Tunisian government"],
                        "ar": ["السلط الجهوية"]}
AFFECTED_FAMILIES = {"en": ["affected families", "families of the two clans"],
                     "ar": ["العائلات التي تضررت منازلها ومزروعاتها", "المتضررين"]}
SBEITLA_UNION = {"en": ["Sbeitla local farmers' union", "UTAP Sbeitla",
                        "Tunisian Union of Agriculture and Fisheries"],
                 "ar": ["الاتحاد المحلي للفلاحة والصيد البحري بسبيطلة",
                        "الاتحاد المحلي للفلاحة والصيد البحري"]}
CRDA_HEAD = merge({"en": ["Regional Commissioner for Agricultural Development"],
                   "ar": ["المندوب الجهوي للتنمية الفلاحية"]}, CRDA)
FARMERS_410 = {"en": ["farmers", "farmers of Sbeitla"], "ar": ["الفلاحين"]}
ONE_CLAN = {"en": ["one of the two clans", "clansmen"], "ar": ["أحد العرشين"]}
FERIANA_DELEGATE = {"en": ["delegate of Feriana", "Feriana delegation"], "ar": ["معتمد فريانة"]}
UGTT_KASSERINE = {"en": ["UGTT Kasserine", "Tunisian General Labour Union", "UGTT"],
                  "ar": ["الاتحاد الجهوي للشغل بالقصرين", "الاتحاد الجهوي للشغل"]}
SBEITLA_FARMERS_SUPPORTED = {"en": ["Sbeitla farmers", "farmers"], "ar": ["فلاحي سبيطلة"]}
JOINT_COMMITTEE = {"en": ["joint land committee", "Kasserine joint committee"], "ar": ["اللجنة المشتركة"]}
CHAAMBI_SOLDIERS = {"en": ["eight soldiers", "Tunisian army"], "ar": ["ثمانية عسكريين"]}

# ====================================================== places: 410
SBEITLA = {"accept": ["معتمدية سبيطلة", "سبيطلة", "Sbeitla", "Sbeitla delegation", "Subaytilah", "Sufetula"]}
FERIANA = {"accept": ["معتمدية فريانة", "فريانة", "ريف فريانة", "Feriana", "Fériana", "Friana"]}
KASSERINE = {"accept": ["مقر الولاية", "القصرين", "ولاية القصرين", "Kasserine", "Kasserine city",
                        "al-Qasrayn"]}
KASSERINE_SEAT = {"accept": ["مقر ولاية القصرين", "القصرين", "Kasserine", "Kasserine city", "al-Qasrayn"]}
FERIANA_SEAT = {"accept": ["مقر معتمدية فريانة", "فريانة", "Feriana", "Fériana"]}
CHAAMBI = {"accept": ["جبل الشعانبي", "الشعانبي", "Mount Chaambi", "Jebel Chaambi", "Djebel Chambi"]}
