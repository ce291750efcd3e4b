"""Accepted actor names and place names for the sixtieth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الحكومة», «الوفد») are left out on purpose, with these
exceptions, each used only in an article where it names a single actor:
- 296: «مصدر عسكري», «الإرهابيين», «تركي», «روسي», «غارة روسية», «ثلاثة منهم», «عاملَين» and «سائقها» (only
  ever the regime's military source quoted by SANA, the factions in that source's words, the two military
  delegations due in Ankara (and the Turkish column of the same army), the Russian air force in the
  rumoured and the background strike, the wounded farm workers, the sawmill's workers and the bulldozer's
  driver);
- 297: «الجانب الروسي», «ضابط روسي», «عناصر الحاجز», «الفصائل المسلحة», «عائلة واحدة» and «أحد أعضاء الوفد»
  (only ever the Russian negotiators, the officer who met the Tafas notables, the Air Force Intelligence men
  at Saida's checkpoint, Tafas's factions, the family hit by the landmine and the Tafas delegation);
- 298: «الفصائل», «مجهولون», «ثلاثة أشخاص», «قائد عسكري», «قائد حاجز», «امرأة», «ناشطون» and «شخصين» (only
  ever the SNA factions, the car bomb's unknown perpetrators, the three suspects, the SNA commander of the
  video, the al-Sukkariyah checkpoint commander, the woman hurt by the rockets, the activists who called the
  Friday demonstration and the Azaz victims);
- 299: «المليشيا», «الجماعة», «التحالف», «العدوان», «خلية», «امرأة» and «شرطة المحافظة» (only ever the
  Houthis, the Saudi-led coalition (also in the Houthi spokesman's word), the cell arrested in Marib, the
  woman killed in the Medghal camp and Marib's police);
- 300: «القوات المسلحة», «القيادة العامة», «حرس الحدود», «الجيش العربي», «المهربين», «مهربين», «أربعة آخرين»,
  «منزلين», «الجانبان» and «دمشق» (only ever the Jordanian army and its General Command, the smugglers, the
  four arrested, the two houses near Salkhad, the two foreign ministers and the Syrian government).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge

# ====================================================== actors: shared
CIVILIANS = {"en": ["civilians", "civilian", "residents", "locals", "people", "citizens"],
             "ar": ["مدنيين", "المدنيين", "مدنيون", "مدني", "المواطنين", "مواطنين", "مواطنون", "الأهالي",
                    "السكان"]}
SY_GOV_FORCES = {"en": ["Syrian Arab Army", "SAA", "Syrian army", "Syrian government forces", "regime forces",
                        "Assad forces", "Military Forces of Syria"],
                 "ar": ["قوات الأسد", "قوات النظام", "جيش النظام", "الجيش العربي السوري", "الجيش السوري"]}

# ============================================ 296: Jisr al-Shughur (an opposition news agency, 2023)
ASAD_296 = merge({"en": ["Syrian army units in rural Idlib"],
                  "ar": ["وحدات الجيش العاملة في ريف إدلب", "وحدات الجيش", "مصدر عسكري"]}, SY_GOV_FORCES)
JISR_MARKET_VICTIMS = merge({"en": ["market vendors and shoppers", "seven civilians"],
                             "ar": ["سبعة مدنيين", "الباعة والمتسوقين", "ستة مدنيين"]}, CIVILIANS)
RU_AIR_296 = {"en": ["Russian Air Force", "Russian Aerospace Forces", "Russian warplanes", "Russia"],
              "ar": ["الطيران الحربي الروسي", "الطيران الروسي", "غارة روسية"]}
SARMIN_WORKERS = merge({"en": ["farm workers", "agricultural labourers"],
                        "ar": ["سيارة تقلّ عمالاً زراعيين", "عمالاً زراعيين", "ثلاثة منهم"]}, CIVILIANS)
IDLIB_FACTIONS = {"en": ["Hay'at Tahrir al-Sham", "HTS", "opposition factions", "rebels", "terrorist groups",
                         "al-Fath al-Mubin operations room"],
                  "ar": ["الإرهابيين", "التنظيمات الإرهابية", "تجمعات ومقرات للتنظيمات الإرهابية"]}
SSG = {"en": ["Syrian Salvation Government", "SSG", "Salvation Government"],
       "ar": ["«حكومة الإنقاذ السورية»", "حكومة الإنقاذ السورية", "حكومة الإنقاذ"]}
RU_REGIME = merge({"en": ["Russia", "Syrian regime", "Syrian government"],
                   "ar": ["«روسيا والنظام المجرم»", "روسيا والنظام المجرم", "روسيا"]}, SY_GOV_FORCES)
ASTANA_GUARANTORS = {"en": ["Astana guarantors", "guarantor states", "Turkey", "Russia", "Iran"],
                     "ar": ["الدول الضامنة لمسار أستانا", "الدول الضامنة"]}
KAFR_TAKHARIM_CAMP = merge({"en": ["displaced persons' camp", "IDPs"],
                            "ar": ["مخيماً للنازحين", "النازحين"]}, CIVILIANS)
TR_DELEGATION = {"en": ["Turkish military delegation", "Turkey", "Turkish Armed Forces"],
                 "ar": ["وفدان عسكريان، تركي وروسي", "وفدان عسكريان", "تركي"]}
RU_DELEGATION = {"en": ["Russian military delegation", "Russia", "Russian military"],
                 "ar": ["وفدان عسكريان، تركي وروسي", "وفدان عسكريان", "روسي"]}
FATH_MUBIN = {"en": ["al-Fath al-Mubin operations room", "Hay'at Tahrir al-Sham", "HTS",
                     "opposition factions"],
              "ar": ["غرفة عمليات «الفتح المبين»", "«الفتح المبين»", "الفتح المبين"]}
ASAD_IRAN = merge({"en": ["Iranian-backed militias", "Iran-backed militias"],
                   "ar": ["مواقع لقوات الأسد والميليشيات الإيرانية", "الميليشيات الإيرانية"]}, SY_GOV_FORCES)
SAWMILL_WORKERS = merge({"en": ["sawmill workers", "two workers"],
                         "ar": ["منشرة للأخشاب", "عاملَين"]}, CIVILIANS)
RU_TR = {"en": ["Russia and Turkey", "Russia", "Turkey"], "ar": ["روسيا وتركيا"]}
ZUAYNIA_FARMER = merge({"en": ["farmer", "bulldozer driver"],
                        "ar": ["جرّافة لأحد المزارعين", "أحد المزارعين", "سائقها"]}, CIVILIANS)
TR_ARMY_296 = {"en": ["Turkish Armed Forces", "Turkish army", "Turkey", "Turkish military convoy"],
               "ar": ["رتل عسكري تركي", "رتل عسكري", "النقاط التركية"]}
UN_HUMANITARIAN = {"en": ["United Nations", "UN", "OCHA", "UN deputy regional humanitarian coordinator"],
                   "ar": ["نائب المنسق الإقليمي للأمم المتحدة للشؤون الإنسانية", "الأمم المتحدة"]}
ALL_PARTIES = {"en": ["all parties", "parties to the conflict"], "ar": ["«جميع الأطراف»", "جميع الأطراف"]}

JISR = {"accept": ["سوق الخضار الشعبي وسط مدينة جسر الشغور", "مدينة جسر الشغور", "جسر الشغور",
                   "Jisr al-Shughur", "Jisr ash-Shughur", "Jisr al-Shugur"]}
BARA_KANSAFRA = {"accept": ["بلدتي البارة وكنصفرة", "البارة", "كنصفرة", "جبل الزاوية", "al-Bara", "Kansafra",
                            "Jabal al-Zawiya"]}
SARMIN = {"accept": ["الطريق الواصل بين سرمين والنيرب", "سرمين", "النيرب", "Sarmin", "al-Nayrab", "Nairab"]}
KAFR_TAKHARIM = {"accept": ["بلدة كفرتخاريم", "كفرتخاريم", "Kafr Takharim", "Kafrtakharim"]}
ANKARA = {"accept": ["أنقرة", "Ankara"]}
KAFRANBEL = {"accept": ["كفرنبل وحزارين", "كفرنبل", "حزارين", "Kafranbel", "Kafr Nabl", "Hazarin"]}
IDLIB_CITY = {"accept": ["أطراف مدينة إدلب", "مدينة إدلب", "إدلب", "Idlib", "Idlib city"]}
DARKUSH = {"accept": ["بلدة دركوش", "دركوش", "Darkush", "Darkoush"]}
ZUAYNIA = {"accept": ["قرية الزعينية", "الزعينية", "al-Zuayniyah", "Zuayniyah", "Zeiniyeh"]}
KAFR_LUSIN = {"accept": ["معبر كفرلوسين الحدودي", "كفرلوسين", "جبل الزاوية", "Kafr Lusin", "Kafrlusin",
                         "Jabal al-Zawiya"]}

# ============================================ 297: al-Musayfirah, eastern Daraa (a Houran network, 2018)
RU_MP = {"en": ["Russian Military Police", "Russian military police", "Russian military"],
         "ar": ["دوريات للشرطة العسكرية الروسية", "الشرطة العسكرية الروسية"]}
SY_GOV_RU_MP = merge(SY_GOV_FORCES, RU_MP)
DARAA_DISPLACED = merge({"en": ["displaced families", "IDPs", "displaced people on the Jordanian border"],
                         "ar": ["آلاف العائلات النازحة على الشريط الحدودي مع الأردن", "آلاف العائلات النازحة",
                                "العائلات النازحة", "النازحين"]}, CIVILIANS)
EAST_DARAA_FACTIONS = {"en": ["opposition factions", "rebels", "Free Syrian Army", "southern factions",
                              "notables of al-Jiza, al-Musayfirah, Kahil and al-Sahwa"],
                       "ar": ["ممثلون عن فصائل المعارضة ووجهاء من بلدات الجيزة والمسيفرة وكحيل والسهوة",
                              "فصائل المعارضة", "وجهاء من بلدات الجيزة والمسيفرة وكحيل والسهوة"]}
RU_OFFICERS = merge({"en": ["Russian officers", "Russia"], "ar": ["ضباط روس", "الجانب الروسي"]}, RU_MP)
RETURNEE_FAMILY = merge({"en": ["returning family", "family of four", "returnees"],
                         "ar": ["أربعة أفراد من عائلة واحدة", "عائلة واحدة", "ثلاثة مواطنين"]}, CIVILIANS)
JHCO = {"en": ["Jordan Hashemite Charity Organization", "JHCO", "Jordan"],
        "ar": ["الهيئة الخيرية الأردنية الهاشمية"]}
JO_GOV = {"en": ["Jordanian government", "Jordan", "Jordanian government spokesman"],
          "ar": ["الناطق باسم الحكومة الأردنية", "الحكومة الأردنية"]}
RU_OFFICER_WEST = {"en": ["Russian officer", "Russian military", "Russia"],
                   "ar": ["ضابط روسي يقود المفاوضات هناك", "ضابط روسي"]}
TAFAS_NOTABLES = {"en": ["Tafas notables", "delegation of Tafas notables"],
                  "ar": ["وفد من وجهاء بلدة طفس", "وجهاء بلدة طفس", "أحد أعضاء الوفد"]}
TAFAS_FACTIONS = {"en": ["Tafas armed factions", "rebels in Tafas", "opposition factions"],
                  "ar": ["الفصائل المسلحة في البلدة", "الفصائل المسلحة"]}
AF_INTEL = merge({"en": ["Air Force Intelligence", "Syrian Air Force Intelligence", "Syrian security forces"],
                  "ar": ["عناصر من المخابرات الجوية", "المخابرات الجوية", "عناصر الحاجز"]}, SY_GOV_FORCES)
SAIDA_RETURNEES = merge({"en": ["five returning young men", "returnees"],
                         "ar": ["خمسة شبان عائدين", "شبان عائدين"]}, CIVILIANS)
SARC = {"en": ["Syrian Arab Red Crescent", "SARC", "Red Crescent"],
        "ar": ["الهلال الأحمر العربي السوري", "شاحنات للهلال الأحمر العربي السوري"]}
REFUSING_FIGHTERS = {"en": ["fighters refusing the settlement", "opposition fighters and their families",
                            "rebels"],
                     "ar": ["مقاتلين رافضين للتسوية وعائلاتهم", "مقاتلين رافضين للتسوية"]}
SY_AUTHORITIES = merge({"en": ["Syrian authorities", "Syrian government"], "ar": ["السلطات السورية"]},
                       SY_GOV_FORCES)
DARAA_DETAINEES = merge({"en": ["seventeen detainees", "detainees from eastern Daraa"],
                         "ar": ["سبعة عشر معتقلاً من أبناء ريف درعا الشرقي", "سبعة عشر معتقلاً"]}, CIVILIANS)
NAHTA_NOTABLES = {"en": ["notables of Nahta and al-Mleiha al-Sharqiya", "Nahta notables"],
                  "ar": ["وجهاء بلدتي ناحتة والمليحة الشرقية", "وجهاء بلدتي ناحتة"]}
RU_SIDE = {"en": ["Russia", "Russian military", "Russian side"], "ar": ["الجانب الروسي"]}
NASIB_FACTIONS = {"en": ["opposition factions", "rebels", "Free Syrian Army"], "ar": ["مقاتلي الفصائل"]}

NASIB_ROAD = {"accept": ["الطريق الواصل بين نصيب والمسيفرة", "نصيب", "المسيفرة", "ريف درعا الشرقي", "Nasib",
                         "Nassib", "al-Musayfirah", "Musayfirah", "eastern Daraa countryside"]}
BUSRA_SHAM = {"accept": ["بصرى الشام", "Busra al-Sham", "Bosra", "Busra ash-Sham"]}
MUSAYFIRAH = {"accept": ["مفرق المسيفرة", "المسيفرة", "al-Musayfirah", "Musayfirah", "al-Mseifrah"]}
NASIB_BORDER = {"accept": ["الجانب السوري من الحدود قرب نصيب", "نصيب", "الشريط الحدودي", "Nasib", "Nassib",
                           "Jordanian border"]}
IZRAA = {"accept": ["مدينة إزرع", "إزرع", "Izraa", "Izra", "Izra'"]}
IZRAA_TAFAS = {"accept": ["مدينة إزرع", "إزرع", "طفس", "بلدة طفس", "Izraa", "Izra", "Tafas"]}
TAFAS = {"accept": ["بلدة طفس", "طفس", "Tafas"]}
SAIDA_DARAA = {"accept": ["مدخل بلدة صيدا", "بلدة صيدا", "صيدا", "Saida", "Sayda", "Saidah"]}
BUSRA_HARIR = {"accept": ["بلدة بصرى الحرير", "بصرى الحرير", "Busra al-Harir", "Bosra al-Harir"]}
BUSRA_SHAM_NORTH = {"accept": ["بصرى الشام", "الشمال السوري", "Busra al-Sham", "Bosra", "northern Syria",
                               "Idlib"]}
NAHTA = {"accept": ["بلدتي ناحتة والمليحة الشرقية", "ناحتة", "المليحة الشرقية", "إزرع", "Nahta",
                    "al-Mleiha al-Sharqiya", "Izraa"]}
NASIB_CROSSING = {"accept": ["معبر نصيب الحدودي مع الأردن", "معبر نصيب", "نصيب", "Nasib", "Nassib",
                             "Nasib border crossing"]}
JIZA = {"accept": ["مداخل الجيزة والمسيفرة", "الجيزة", "المسيفرة", "al-Jiza", "Jizah", "al-Musayfirah"]}

# ============================================ 298: al-Bab (a local news network of al-Bab, 2022)
BAB_UNKNOWN = {"en": ["unknown perpetrators", "unidentified persons", "unknown assailants"],
               "ar": ["مجهولون"]}
BAB_VICTIMS = merge({"en": ["shoppers", "market-goers", "six civilians"],
                     "ar": ["ستة مدنيين", "المتسوقين"]}, CIVILIANS)
SNA = {"en": ["Syrian National Army", "SNA", "Turkish-backed factions", "Free Syrian Army"],
       "ar": ["«الجيش الوطني السوري»", "الجيش الوطني السوري", "«الجيش الوطني»", "الجيش الوطني",
              "فصائل «الجيش الوطني»"]}
SNA_MP = merge({"en": ["Military Police of the Syrian National Army", "military police"],
                "ar": ["الشرطة العسكرية التابعة لـ«الجيش الوطني السوري»", "الشرطة العسكرية"]}, SNA)
SNA_FACTIONS = merge({"en": ["SNA factions"], "ar": ["الفصائل"]}, SNA)
BAB_SUSPECTS = {"en": ["three suspects", "suspects"], "ar": ["ثلاثة أشخاص"]}
GAZIANTEP = {"en": ["Gaziantep Governorate", "Governor of Gaziantep", "Turkish government", "Turkey"],
             "ar": ["ولاية غازي عنتاب التركية", "ولاية غازي عنتاب"]}
SDF_298 = {"en": ["Syrian Democratic Forces", "SDF", "QSD", "YPG", "People's Protection Units"],
           "ar": ["المركز الإعلامي لـ«قسد»", "«قسد»", "قسد"]}
PKK_YPG = merge({"en": ["PKK", "Kurdistan Workers' Party"],
                 "ar": ["«تنظيم PKK/YPG الإرهابي»", "تنظيم PKK/YPG", "PKK/YPG"]}, SDF_298)
SNA_ACCUSED = merge({"en": ["rival factions"], "ar": ["«الفصائل المتناحرة على المعابر»",
                                                      "الفصائل المتناحرة على المعابر", "الفصائل المتناحرة"]},
                    SNA_FACTIONS)
SNA_COMMANDER = merge({"en": ["SNA military commander"],
                       "ar": ["قائد عسكري في «الجيش الوطني»", "قائد عسكري"]}, SNA)
SDF_REGIME = merge({"en": ["SDF and regime forces"],
                    "ar": ["«ميليشيات قسد والنظام»", "ميليشيات قسد والنظام", "مناطق سيطرة «قسد» وقوات النظام",
                           "«قسد» وقوات النظام"]}, SDF_298, SY_GOV_FORCES)
BAB_WOMAN = merge({"en": ["a woman"], "ar": ["امرأة"]}, CIVILIANS)
TR_ARTILLERY = {"en": ["Turkish Armed Forces", "Turkish army", "Turkish artillery", "Turkey"],
                "ar": ["المدفعية التركية المتمركزة في محيط المدينة", "المدفعية التركية"]}
SUKKARIYAH_COMMANDER = {"en": ["checkpoint commander", "commander of the al-Sukkariyah checkpoint"],
                        "ar": ["قائد حاجز قرية السكرية", "قائد حاجز"]}
BAB_RESIDENTS = merge({"en": ["residents of al-Bab", "protesters", "demonstrators"],
                       "ar": ["المئات من أهالي الباب", "أهالي الباب"]}, CIVILIANS)
BAB_COUNCIL = {"en": ["al-Bab Local Council", "head of the al-Bab local council", "local council"],
               "ar": ["رئيس المجلس المحلي في المدينة", "المجلس المحلي في الباب", "المجلس المحلي"]}
SNA_TR_SECURITY = merge({"en": ["Turkish security officials", "Turkey"],
                         "ar": ["قادة الفصائل ومسؤولين أمنيين أتراكاً", "قادة الفصائل",
                                "مسؤولين أمنيين أتراكاً"]},
                        SNA_FACTIONS)
BAB_ACTIVISTS = merge({"en": ["activists of al-Bab", "activists"], "ar": ["ناشطون من المدينة", "ناشطون"]},
                      CIVILIANS)
AZAZ_VICTIMS = merge({"en": ["two people", "worshippers"], "ar": ["شخصين", "ستة آخرين"]}, CIVILIANS)
SNA_TR = merge({"en": ["Turkey", "Turkish army"], "ar": ["بدعم تركي"]}, SNA)
IS_2017 = {"en": ["Islamic State", "ISIS", "IS", "Daesh"],
           "ar": ["تنظيم «الدولة الإسلامية»", "«الدولة الإسلامية»"]}

BAB_MARKET = {"accept": ["سوق الهال عند المدخل الشمالي لمدينة الباب", "سوق الهال", "مدينة الباب", "الباب",
                         "al-Bab", "Al Bab"]}
BAB = {"accept": ["مدينة الباب", "الباب", "مبنى المجلس المحلي", "al-Bab", "Al Bab"]}
BAB_ENTRANCES = {"accept": ["مداخل المدينة", "طريق الباب – اعزاز", "الباب", "al-Bab", "Al Bab"]}
BAB_SOUTH = {"accept": ["الأطراف الجنوبية للباب", "الباب", "al-Bab", "Al Bab"]}
ARIMA = {"accept": ["قرى في محيط عريمة بريف منبج الغربي", "عريمة", "ريف منبج الغربي", "Arima", "Arimah",
                    "Manbij countryside"]}
ARIMA_TADEF = {"accept": ["عريمة وتادف", "عريمة", "تادف", "Arima", "Tadef"]}
SUKKARIYAH = {"accept": ["حاجز قرية السكرية", "قرية السكرية", "السكرية", "الباب", "al-Sukkariyah", "al-Bab"]}
BAB_COUNCIL_HQ = {"accept": ["مقر المجلس", "الباب", "al-Bab", "Al Bab"]}
BAB_OLD_MARKET = {"accept": ["ساحة السوق القديم", "الباب", "al-Bab", "Al Bab"]}
AZAZ = {"accept": ["مدينة اعزاز", "اعزاز", "Azaz", "A'zaz", "Aazaz"]}

# ============================================ 299: Marib (a Yemeni news site close to the government, 2021)
HOUTHIS = {"en": ["Houthis", "Ansar Allah", "Houthi movement", "Houthi militia", "Houthi rebels"],
           "ar": ["مليشيا الحوثي الإرهابية", "مليشيا الحوثي", "المليشيا", "الحوثيين", "جماعة الحوثي",
                  "الجماعة"]}
MARIB_VICTIMS = merge({"en": ["three civilians", "residents of al-Rawdah"], "ar": ["ثلاثة مدنيين"]},
                      CIVILIANS)
YE_ARMY = {"en": ["Yemeni National Army", "Yemeni government forces", "Yemeni army", "tribesmen",
                  "pro-government tribal fighters"],
           "ar": ["قوات الجيش الوطني", "الجيش الوطني", "رجال القبائل"]}
YE_ARMY_HOUTHIS = merge(YE_ARMY, HOUTHIS)
COALITION = {"en": ["Saudi-led coalition", "Arab coalition", "Coalition to Restore Legitimacy in Yemen",
                    "Saudi Arabia"],
             "ar": ["مقاتلات تحالف دعم الشرعية", "تحالف دعم الشرعية", "التحالف"]}
HOUTHI_REINFORCEMENTS = merge({"en": ["Houthi reinforcements"], "ar": ["تعزيزات للمليشيا"]}, HOUTHIS)
HOUTHI_SPOKESMAN = merge({"en": ["Houthi military spokesman"], "ar": ["المتحدث العسكري باسم الجماعة"]},
                         HOUTHIS)
COALITION_AGGRESSION = merge({"en": ["Yemeni government"], "ar": ["العدوان"]}, COALITION)
KSRELIEF = {"en": ["King Salman Humanitarian Aid and Relief Centre", "KSrelief", "Saudi Arabia"],
            "ar": ["مركز الملك سلمان للإغاثة والأعمال الإنسانية", "مركز الملك سلمان"]}
MARIB_IDPS = merge({"en": ["displaced families", "IDPs", "families displaced from the Sirwah camps"],
                    "ar": ["أسر نزحت خلال الأيام الماضية من مخيمات صرواح", "أسر نزحت", "النازحين"]},
                   CIVILIANS)
SAFER = {"en": ["Safer Exploration and Production Operations Company", "SEPOC", "Safer oil company"],
         "ar": ["منشآت شركة صافر النفطية", "شركة صافر"]}
UN_ENVOY_YE = {"en": ["UN Special Envoy for Yemen", "United Nations", "UN envoy"],
               "ar": ["المبعوث الأممي الخاص إلى اليمن", "المبعوث الأممي"]}
YE_INFO_MIN = {"en": ["Yemeni Information Minister", "Yemeni government", "Minister of Information"],
               "ar": ["وزير الإعلام في الحكومة الشرعية", "الحكومة الشرعية"]}
HOUTHIS_IRAN = merge({"en": ["Iran"], "ar": ["داعميها في طهران", "طهران"]}, HOUTHIS)
MARIB_POLICE = {"en": ["Marib police", "Marib security forces", "Yemeni police"], "ar": ["شرطة المحافظة"]}
MARIB_CELL = {"en": ["three-member cell", "Houthi cell", "suspects"], "ar": ["خلية من ثلاثة أشخاص", "خلية"]}
MARIB_GOVERNOR = {"en": ["Governor of Marib", "Marib governor", "Marib local authority"],
                  "ar": ["محافظ مأرب"]}
UN_AGENCIES = {"en": ["UN agencies", "United Nations"],
               "ar": ["ممثلي وكالات الأمم المتحدة العاملة في المحافظة", "وكالات الأمم المتحدة"]}
MARIB_TRIBES = {"en": ["Abidah tribe", "Murad tribe", "Jadaan tribe", "tribesmen", "Marib tribes"],
                "ar": ["مئات المسلحين من قبائل عبيدة ومراد والجدعان", "قبائل عبيدة ومراد والجدعان",
                       "أحد مشايخ عبيدة"]}
MEDGHAL_CAMP = merge({"en": ["displaced persons' camp", "a woman and two children"],
                      "ar": ["مخيم للنازحين في مديرية مدغل", "امرأة"]}, CIVILIANS)

RAWDA_MARIB = {"accept": ["حي الروضة السكني وسط مدينة مأرب", "حي الروضة", "مدينة مأرب", "مأرب", "Marib",
                          "Ma'rib", "al-Rawdah"]}
KASARA = {"accept": ["جبهتي الكسارة والمشجح", "الكسارة", "المشجح", "صرواح", "al-Kasara", "al-Mashjah",
                     "Sirwah"]}
SIRWAH = {"accept": ["صرواح", "Sirwah", "Serwah"]}
JUFAINA = {"accept": ["مخيم الجفينة", "الجفينة", "مدينة مأرب", "مأرب", "al-Jufainah camp", "Marib"]}
SAFER_LOC = {"accept": ["منشآت شركة صافر النفطية", "صافر", "Safer"]}
MARIB = {"accept": ["مأرب", "محافظة مأرب", "مدينة مأرب", "Marib", "Ma'rib"]}
SIRWAH_MEDGHAL = {"accept": ["مطارح قبلية على تخوم صرواح ومدغل", "صرواح", "مدغل", "Sirwah", "Medghal",
                             "Madghal"]}
MEDGHAL = {"accept": ["مخيم للنازحين في مديرية مدغل", "مديرية مدغل", "مدغل", "Medghal", "Madghal"]}
HAZM = {"accept": ["مدينة الحزم", "الحزم", "محافظة الجوف", "al-Hazm", "Al Hazm", "al-Jawf"]}

# ============================================ 300: al-Ruwaished (a Jordanian daily of Amman, 2024)
JAF = {"en": ["Jordanian Armed Forces", "Jordanian army", "Arab Army", "Jordan Border Guard", "Jordan"],
       "ar": ["القوات المسلحة الأردنية – الجيش العربي", "القوات المسلحة الأردنية", "القوات المسلحة",
              "قوة من حرس الحدود", "حرس الحدود", "القيادة العامة", "الجيش الأردني", "الجيش العربي"]}
SMUGGLERS = {"en": ["smugglers", "armed smuggling groups", "drug smugglers"],
             "ar": ["مجموعات مسلحة", "المهربين", "المهربون", "مهربين", "خمسة مهربين"]}
JAF_SMUGGLERS = merge(JAF, SMUGGLERS)
RUWAISHED_DETAINEES = merge({"en": ["four smugglers"], "ar": ["أربعة آخرين"]}, SMUGGLERS)
JO_AIR = {"en": ["Royal Jordanian Air Force", "Jordanian air force", "Jordan"], "ar": ["طائرات أردنية"]}
SALKHAD_HOUSES = {"en": ["two houses of alleged drug traders", "drug traders"],
                  "ar": ["منزلين يُعتقد أنهما لتاجرَي مخدرات", "منزلين"]}
SUWAYDA_NOTABLES = {"en": ["notables of southern Suwayda", "Suwayda notables", "Druze notables"],
                    "ar": ["وجهاء من الريف الجنوبي للسويداء", "وجهاء من الريف الجنوبي"]}
JO_AUTHORITIES = {"en": ["Jordanian authorities", "Jordan", "Jordanian government"],
                  "ar": ["السلطات الأردنية"]}
SUWAYDA_YOUTH = merge({"en": ["people of the area"], "ar": ["أبناء المنطقة"]}, CIVILIANS)
JO_FM = {"en": ["Jordanian Foreign Minister", "Jordanian Ministry of Foreign Affairs", "Jordan"],
         "ar": ["وزير الخارجية الأردني", "وزارة الخارجية وشؤون المغتربين"]}
SY_FM = {"en": ["Syrian Foreign Minister", "Syrian government", "Syria"], "ar": ["نظيره السوري"]}
JO_SY = merge({"en": ["Jordan and Syria"], "ar": ["الجانبان"]}, JO_FM, SY_FM)
JO_SY_COMMITTEE = {"en": ["Jordanian-Syrian joint security committee", "joint security committee"],
                   "ar": ["اللجنة الأمنية الأردنية السورية المشتركة", "اللجنة الأمنية"]}
JO_GOV_SPOKESMAN = {"en": ["Jordanian government spokesman", "Jordanian government", "Jordan"],
                    "ar": ["الناطق الرسمي باسم الحكومة"]}
IRAN_MILITIAS = {"en": ["Iran-backed militias", "Iranian-linked militias", "Iran"],
                 "ar": ["«ميليشيات مرتبطة بإيران»", "ميليشيات مرتبطة بإيران"]}
DAMASCUS = {"en": ["Syrian government", "Damascus", "Syria"], "ar": ["دمشق"]}
JO_SPEAKER = {"en": ["Speaker of the Jordanian House of Representatives", "House of Representatives",
                     "Jordanian parliament"],
              "ar": ["رئيس مجلس النواب"]}
JABER_SMUGGLERS = merge({"en": [], "ar": ["مهربين حاولوا التسلل"]}, SMUGGLERS)
JO_SOLDIER = {"en": ["Jordanian border guard", "Jordanian soldier"], "ar": ["جندي من حرس الحدود"]}
JO_OFFICER = {"en": ["Jordanian officer", "Jordanian soldiers"], "ar": ["ضابطاً أردنياً"]}

RUWAISHED = {"accept": ["قرب الرويشد في البادية الشمالية الشرقية", "الرويشد", "البادية الشمالية الشرقية",
                        "Ruwaished", "Al-Ruwayshid", "Ruwayshid"]}
RUWAISHED_SECTOR = {"accept": ["نقاط الحدود في قطاع الرويشد", "قطاع الرويشد", "الرويشد", "Ruwaished",
                               "Al-Ruwayshid"]}
SALKHAD = {"accept": ["قرب مدينة صلخد جنوبي المحافظة", "مدينة صلخد", "صلخد", "السويداء", "Salkhad",
                      "Suwayda", "As-Suwayda"]}
AMMAN = {"accept": ["عمّان", "عمان", "Amman"]}
JABER = {"accept": ["قرب منطقة جابر المحاذية لمعبر جابر – نصيب", "منطقة جابر", "جابر", "Jaber", "Jabir"]}
JO_NORTH_BORDER = {"accept": ["الحدود الشمالية", "northern border", "Jordan-Syria border"]}
