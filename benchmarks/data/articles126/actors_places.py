"""Accepted actor names and place names for the hundred-and-twenty-sixth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الحكومة», «المجلس») are left out on purpose, with these
exceptions, each used only in an article where it names a single actor:
- 626: «الفصائل» (only ever the opposition factions) and «الرتل» (only ever the Turkish convoy);
- 627: «النظام» and «السلطات» (only ever the Syrian government);
- 628: «التحالف» (only ever the US-led coalition), «الدواعش», «التنظيم» and «الحشد» (only ever ISIS and
  the Popular Mobilization Forces);
- 629: «الجيش» (only ever the Libyan National Army) and «المسلحين» (only ever the Shura Council's fighters);
- 630: «الميليشيا» (only ever the Houthis), «الجيش» (only ever the government army) and «التحالف» (only ever
  the Saudi-led coalition).
Three surface forms with the preposition «لـ» fused («للميليشيا», «للتنظيم», «للمسلحين») are listed
because the role check looks for an accepted name in the text as written.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge

# ================================ 626: Khan Sheikhoun, al-Tamanah, al-Habeet, Morek (Idlib / Hama; 2019)
REGIME_626 = {"en": ["Syrian government forces", "Assad forces", "Military Forces of Syria", "Syrian regime"],
              "ar": ["قوات الأسد"]}
REGIME_JETS_626 = {"en": ["Syrian Air Force", "Syrian government warplanes", "Military Forces of Syria",
                          "Syrian regime"],
                   "ar": ["طائرات حربية تابعة لقوات الأسد", "قوات الأسد"]}
REGIME_HELI_626 = {"en": ["Syrian Air Force helicopters", "Military Forces of Syria", "Syrian regime"],
                   "ar": ["مروحيات الأسد"]}
REGIME_ARTY_626 = {"en": ["Syrian government artillery", "Military Forces of Syria", "Syrian regime"],
                   "ar": ["مدفعية قوات الأسد", "قوات الأسد"]}
IRAN_MILITIAS_626 = {"en": ["Iranian-backed militias", "pro-government militias", "Iran"],
                     "ar": ["الميليشيات الإيرانية"]}
FACTIONS_626 = {"en": ["Syrian opposition factions", "rebels", "National Liberation Front", "NLF",
                       "Hay'at Tahrir al-Sham", "HTS"],
                "ar": ["الفصائل المقاتلة", "مقاتلي الفصائل", "«الجبهة الوطنية للتحرير»",
                       "الجبهة الوطنية للتحرير", "الفصائل"]}
BATTLE_626 = merge(REGIME_626, IRAN_MILITIAS_626, FACTIONS_626)
TR_CONVOY = {"en": ["Turkish military convoy", "Turkish Armed Forces", "Military Forces of Turkey",
                    "Faylaq al-Sham", "Sham Legion"],
             "ar": ["رتل عسكري تركي", "رتلاً تركياً", "«فيلق الشام»", "فيلق الشام", "الرتل"]}
TR_CONVOY_TROOPS = {"en": ["Turkish military convoy", "Turkish troops", "Turkish Armed Forces",
                           "Military Forces of Turkey"],
                    "ar": ["الرتل", "الجنود الأتراك"]}
TAMANAH_VICTIMS = {"en": ["a mother and her two children", "civilians"],
                   "ar": ["أم مع طفليها", "عائلة عجزت عن مغادرة البلدة"]}
TR_MOD = {"en": ["Turkish Ministry of National Defence", "Turkish Ministry of Defence",
                 "Government of Turkey", "Turkey"],
          "ar": ["وزارة الدفاع التركية"]}
RUSSIA_626 = {"en": ["Russia", "Government of Russia", "Moscow"], "ar": ["موسكو"]}
TR_RU_DELEGATIONS = {"en": ["Turkish and Russian military delegations", "Turkey", "Russia"],
                     "ar": ["وفدان عسكريان تركي وروسي"]}
LOCAL_NGOS_626 = {"en": ["local relief organisations", "Syrian NGOs"], "ar": ["منظمات إغاثة محلية"]}
SARMADA_FAMILIES = {"en": ["newly displaced families", "IDPs", "civilians"],
                    "ar": ["نحو ثمانمئة عائلة", "ثمانمئة عائلة"]}
DISPLACED_626 = {"en": ["civilians of southern Idlib and northern Hama", "IDPs", "civilians"],
                 "ar": ["عشرات آلاف المدنيين"]}
HTS_626 = {"en": ["Hay'at Tahrir al-Sham", "HTS", "Tahrir al-Sham"],
           "ar": ["«هيئة تحرير الشام»", "هيئة تحرير الشام"]}
MAARA_YOUTHS = {"en": ["seven young men of Maarat al-Numan", "civilians"], "ar": ["سبعة شبان"]}
SARMAN_PROTESTERS = {"en": ["protesters", "residents of the Maarat al-Numan countryside"],
                     "ar": ["عشرات المحتجين", "المحتجين"]}
HTS_NLF = {"en": ["Hay'at Tahrir al-Sham", "HTS", "National Liberation Front", "Syrian opposition factions"],
           "ar": ["«هيئة تحرير الشام» و«الجبهة الوطنية للتحرير»", "«هيئة تحرير الشام»", "هيئة تحرير الشام",
                  "«الجبهة الوطنية للتحرير»", "الجبهة الوطنية للتحرير"]}

# ====================================================== places: 626
M5_MAAR_HATTAT = {"accept": ["الطريق الدولي «M5» قرب بلدة معر حطاط", "معر حطاط", "Maar Hattat",
                             "Ma'ar Hattat", "M5 highway", "M5"]}
TAMANAH = {"accept": ["بلدة التمانعة", "التمانعة", "al-Tamanah", "Tamanah", "al-Tamanaah"]}
KHAN_SHEIKHOUN = {"accept": ["خان شيخون", "Khan Sheikhoun", "Khan Shaykhun", "Khan Sheikhun"]}
MOREK_POST = {"accept": ["نقطة المراقبة التركية في مورك", "مورك", "Morek", "Murak", "Morek observation post"]}
MOREK_EDGES = {"accept": ["أطراف بلدة مورك", "مورك", "Morek", "Murak", "northern Hama countryside",
                          "ريف حماة الشمالي"]}
HABEET = {"accept": ["بلدة الهبيط", "الهبيط", "al-Habeet", "Habit", "al-Hbeit"]}
HAMA_POCKET = {"accept": ["اللطامنة وكفرزيتا ومورك", "اللطامنة", "كفرزيتا", "مورك", "al-Lataminah",
                          "Kafr Zita", "Morek"]}
ANKARA = {"accept": ["أنقرة", "Ankara"]}
SARMADA = {"accept": ["أطراف بلدة سرمدا", "سرمدا", "Sarmada"]}
SOUTH_IDLIB_NORTH_HAMA = {"accept": ["ريفي إدلب الجنوبي وحماة الشمالي", "ريف إدلب الجنوبي", "إدلب", "Idlib",
                                     "southern Idlib countryside"]}
MAARA = {"accept": ["معرة النعمان", "المعرة", "Maarat al-Numan", "Ma'arrat al-Nu'man", "Maarat al-Nuaman"]}
SARMAN = {"accept": ["نقطة المراقبة التركية في بلدة الصرمان", "الصرمان", "al-Sarman", "Surman"]}
TAMANAH_FRONT = {"accept": ["محيط التمانعة", "التمانعة", "al-Tamanah", "Tamanah"]}
NORTH_KHAN_SHEIKHOUN = {"accept": ["شمال خان شيخون", "خان شيخون", "Khan Sheikhoun", "Khan Shaykhun"]}

# ================================ 627: Darayya and Moadamiyat al-Sham (Western Ghouta; 2016)
REGIME_627 = {"en": ["Syrian government forces", "Syrian regime", "Government of Syria",
                     "Military Forces of Syria"],
              "ar": ["قوات النظام", "ضباط من النظام", "النظام"]}
REGIME_HELI_627 = {"en": ["Syrian Air Force helicopters", "Syrian regime", "Military Forces of Syria"],
                   "ar": ["مروحيات النظام"]}
DARAYYA_SIDE = {"en": ["Darayya armed factions", "Darayya Local Council", "Syrian opposition factions",
                       "rebels"],
                "ar": ["الفصائل المسلحة والمجلس المحلي في مدينة داريا", "الفصائل المسلحة", "المجلس المحلي",
                       "لجنة التفاوض"]}
DEAL_627 = merge(DARAYYA_SIDE, REGIME_627)
DARAYYA_FIGHTERS = {"en": ["Darayya fighters", "Syrian opposition factions", "rebels"],
                    "ar": ["ثمانمئة مقاتل", "مقاتلي داريا", "مقاتليها", "المقاتلين"]}
DARAYYA_CIVILIANS = {"en": ["Darayya's remaining civilians", "civilians"], "ar": ["من تبقى من المدنيين"]}
HOSPITAL_627 = {"en": ["Darayya field hospital", "medical staff and patients", "civilians"],
                "ar": ["المستشفى الميداني الوحيد", "المستشفى الميداني", "ستة أشخاص", "ضحايا المستشفى الستة"]}
WEST_DARAYYA_CIVILIANS = {"en": ["civilians in Darayya", "civilians"], "ar": ["ثلاثة مدنيين"]}
UN_OCHA = {"en": ["United Nations", "UN OCHA", "OCHA", "UN aid convoy"],
           "ar": ["قافلة المساعدات الأممية", "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", "«أوتشا»",
                  "الأمم المتحدة"]}
SY_AUTHORITIES = {"en": ["Syrian authorities", "Government of Syria", "Syrian regime"], "ar": ["السلطات"]}
DARAYYA_COUNCIL = {"en": ["Darayya Local Council", "local council of Darayya"],
                   "ar": ["المجلس المحلي لمدينة داريا", "المجلس المحلي"]}
UN_ICRC = {"en": ["United Nations", "International Committee of the Red Cross", "ICRC"],
           "ar": ["الأمم المتحدة واللجنة الدولية للصليب الأحمر", "اللجنة الدولية للصليب الأحمر",
                  "الأمم المتحدة"]}
FOURTH_DIV = {"en": ["Fourth Armoured Division", "4th Division", "Syrian regime", "Military Forces of Syria"],
              "ar": ["ضابط في «الفرقة الرابعة»", "«الفرقة الرابعة»", "الفرقة الرابعة"]}
NEGOTIATORS_627 = {"en": ["Darayya negotiating delegation", "Darayya fighters", "Syrian opposition factions"],
                   "ar": ["وفد التفاوض", "المقاتلين"]}
MOADAMIYA_RESIDENTS = {"en": ["residents of Moadamiyat al-Sham", "civilians"], "ar": ["الطلاب والموظفين"]}
HNC = {"en": ["High Negotiations Committee", "HNC", "Syrian opposition"],
       "ar": ["الهيئة العليا للمفاوضات المعارضة", "الهيئة العليا للمفاوضات"]}
UNSC_627 = {"en": ["UN Security Council", "United Nations Security Council"], "ar": ["مجلس الأمن الدولي"]}
SARC_627 = {"en": ["Syrian Arab Red Crescent", "SARC"], "ar": ["الهلال الأحمر العربي السوري"]}
UN_627 = {"en": ["United Nations", "UN official"], "ar": ["مسؤول في الأمم المتحدة", "الأمم المتحدة"]}
IDLIB_PROTESTERS = {"en": ["residents of Idlib", "protesters"], "ar": ["المئات"]}
RECONCILIATION_MIN = {"en": ["Syrian Ministry of National Reconciliation", "Government of Syria",
                             "Syrian regime"],
                      "ar": ["وزارة المصالحة الوطنية في حكومة النظام", "وزارة المصالحة الوطنية"]}
MOADAMIYA_GUNMEN = {"en": ["Moadamiyat al-Sham fighters", "Syrian opposition factions", "rebels"],
                    "ar": ["«المسلحين» في معضمية الشام", "المسلحين"]}

# ====================================================== places: 627
DARAYYA = {"accept": ["مدينة داريا", "داريا", "Darayya", "Daraya", "Daraya city"]}
DARAYYA_TO_IDLIB = {"accept": ["داريا", "محافظة إدلب", "إدلب", "Darayya", "Daraya", "Idlib"]}
FIELD_HOSPITAL = {"accept": ["المستشفى الميداني الوحيد الذي بقي يعمل في المدينة", "داريا", "Darayya",
                             "Daraya"]}
WEST_DARAYYA = {"accept": ["الأحياء الغربية من داريا", "داريا", "Darayya", "Daraya"]}
EAST_DARAYYA = {"accept": ["الأطراف الشرقية لداريا", "داريا", "Darayya", "Daraya"]}
MOADAMIYA = {"accept": ["معضمية الشام", "Moadamiyat al-Sham", "Muadamiyat al-Sham", "Moadamiya",
                        "al-Muadhamiya"]}
ORCHARDS_627 = {"accept": ["البساتين الفاصلة بين داريا ومعضمية الشام", "معضمية الشام", "Moadamiyat al-Sham",
                           "Moadamiya", "Darayya"]}
IDLIB_CITY = {"accept": ["مدينة إدلب", "إدلب", "Idlib", "Idlib city"]}

# ======================== 628: al-Dour, al-Alam, Albu Ajil, al-Awja, Speicher, al-Dujail (Tikrit; 2015)
ISF_628 = {"en": ["Iraqi security forces", "Military Forces of Iraq", "Iraqi Army"], "ar": ["القوات الأمنية"]}
PMF_628 = {"en": ["Popular Mobilization Forces", "PMF", "al-Hashd al-Shaabi", "Badr Organization"],
           "ar": ["فصائل الحشد الشعبي", "الحشد الشعبي", "«منظمة بدر»", "الحشد"]}
ISIS_628 = {"en": ["Islamic State", "ISIS", "ISIL", "Daesh", "IS"],
            "ar": ["الدواعش", "عصابات داعش الإرهابية", "عصابات داعش", "التنظيم", "للتنظيم"]}
BATTLE_628 = merge(ISF_628, PMF_628, ISIS_628)
FED_POLICE = {"en": ["Iraqi Federal Police", "Federal Police", "Police Forces of Iraq"],
              "ar": ["عجلة تابعة للشرطة الاتحادية", "الشرطة الاتحادية"]}
ISIS_SNIPER = {"en": ["ISIS sniper", "Islamic State", "ISIS", "Daesh"], "ar": ["قناص من الدواعش", "الدواعش"]}
PMF_FIGHTER = {"en": ["PMF fighter", "Popular Mobilization Forces", "PMF"],
               "ar": ["مقاتل من الحشد الشعبي", "الحشد الشعبي"]}
PMF_VOLUNTEERS = {"en": ["PMF volunteers", "Popular Mobilization Forces", "PMF"],
                  "ar": ["متطوعي الحشد الشعبي", "الحشد الشعبي"]}
PMF_SPOKESMAN = {"en": ["PMF spokesman", "Popular Mobilization Commission", "Popular Mobilization Forces"],
                 "ar": ["المتحدث باسم هيئة الحشد الشعبي", "هيئة الحشد الشعبي"]}
ISIS_TIKRIT = {"en": ["ISIS fighters in Tikrit", "Islamic State", "ISIS", "Daesh"],
               "ar": ["من تبقى من الدواعش", "الدواعش"]}
COALITION_628 = {"en": ["US-led coalition", "Global Coalition against Daesh",
                        "Military Forces of the United States", "United States"],
                 "ar": ["طائرات التحالف الدولي بقيادة الولايات المتحدة", "التحالف الدولي", "التحالف"]}
PMF_LEADERS = {"en": ["PMF leaders", "Popular Mobilization Forces", "PMF"],
               "ar": ["قادة في الحشد الشعبي", "الحشد الشعبي"]}
IQ_DEFENCE = {"en": ["Iraqi Ministry of Defence", "Government of Iraq"],
              "ar": ["مسؤول في وزارة الدفاع", "الحكومة الاتحادية"]}
IQ_AIR = {"en": ["Iraqi Air Force", "Iraqi Army Aviation", "Military Forces of Iraq"],
          "ar": ["طيران الجيش العراقي"]}
IRAN_ADVISERS = {"en": ["Iranian military advisers", "Iran", "Military Forces of Iran", "IRGC"],
                 "ar": ["مستشارين عسكريين إيرانيين"]}
PMF_FACTIONS = {"en": ["Popular Mobilization Forces", "PMF"], "ar": ["الحشد"]}
ADVISERS_AND_PMF = merge(IRAN_ADVISERS, PMF_FACTIONS)
IQ_SECURITY = {"en": ["Iraqi security forces", "Police Forces of Iraq"], "ar": ["قوة أمنية"]}
DUJAIL_MEN = {"en": ["eleven displaced men", "suspected ISIS members", "civilians"], "ar": ["أحد عشر رجلاً"]}
IQ_PM = {"en": ["Prime Minister of Iraq", "Iraqi Prime Minister", "Government of Iraq"],
         "ar": ["رئيس الوزراء العراقي"]}
IQ_COMMANDERS = {"en": ["Iraqi Army and PMF commanders", "Military Forces of Iraq",
                        "Popular Mobilization Forces"],
                 "ar": ["قادة الجيش والحشد الشعبي"]}
ATABA = {"en": ["Imam Hussein Holy Shrine", "al-Ataba al-Husseiniya", "Karbala shrine administration"],
         "ar": ["العتبة الحسينية"]}
DISPLACED_628 = {"en": ["displaced families from al-Dour and al-Alam", "IDPs", "civilians"],
                 "ar": ["أكثر من ستمئة عائلة", "ستمئة عائلة"]}
SPEICHER_TROOPS = {"en": ["soldiers at Speicher base", "Military Forces of Iraq", "Iraqi Army"],
                   "ar": ["أربعة جنود"]}
DOUR_MAYOR = {"en": ["al-Dour district commissioner", "mayor of al-Dour", "Government of Iraq"],
              "ar": ["قائممقام قضاء الدور"]}
DOUR_RESIDENTS = {"en": ["residents of al-Dour", "civilians"], "ar": ["الأهالي"]}

# ====================================================== places: 628
DOUR = {"accept": ["مركز قضاء الدور", "قضاء الدور", "الدور", "al-Dour", "Dour", "al-Dawr", "ad-Dawr"]}
ALBU_AJIL = {"accept": ["قرية البوعجيل", "البوعجيل", "Albu Ajil", "Al-Bu Ajil", "Albu Ujail"]}
ALAM = {"accept": ["أطراف ناحية العلم", "ناحية العلم", "al-Alam", "Alam"]}
SPEICHER = {"accept": ["قاعدة سبايكر", "سبايكر", "Speicher", "Camp Speicher", "Speicher air base"]}
SPEICHER_HQ = {"accept": ["مقر قيادة العمليات في قاعدة سبايكر", "قاعدة سبايكر", "سبايكر", "Speicher",
                          "Camp Speicher"]}
ALAM_AWJA = {"accept": ["ناحيتي العلم والعوجة", "العوجة", "al-Alam", "al-Awja"]}
TIKRIT = {"accept": ["تكريت", "Tikrit"]}
AWJA = {"accept": ["ناحية العوجة", "العوجة", "al-Awja", "Awja", "al-Ouja"]}
DUJAIL = {"accept": ["قضاء الدجيل", "الدجيل", "al-Dujail", "Dujail", "al-Dujayl"]}
DOUR_ALAM = {"accept": ["الدور والعلم", "al-Dour", "al-Alam"]}

# ================================ 629: Ganfouda, al-Sabri, al-Gwarsha, al-Laithi (Benghazi, Libya; 2017)
LNA_629 = {"en": ["Libyan National Army", "LNA", "Libyan Arab Armed Forces",
                  "Military Forces of Libya (Haftar)"],
           "ar": ["وحدات من الجيش الوطني الليبي", "الجيش الوطني الليبي", "قوات الجيش", "الجيش"]}
BRSC = {"en": ["Benghazi Revolutionaries Shura Council", "BRSC", "Shura Council of Benghazi Revolutionaries"],
        "ar": ["مسلحو «مجلس شورى ثوار بنغازي»", "«مجلس شورى ثوار بنغازي»", "مجلس شورى ثوار بنغازي",
               "المسلحين", "للمسلحين"]}
BATTLE_629 = merge(LNA_629, BRSC)
LNA_AIR = {"en": ["LNA air force", "Libyan National Army", "LNA"],
           "ar": ["مقاتلات سلاح الجو التابع للجيش", "سلاح الجو", "الجيش"]}
LNA_COMMAND = {"en": ["LNA General Command", "Libyan National Army", "LNA"], "ar": ["القيادة العامة"]}
TRAPPED_FAMILIES = {"en": ["families trapped in Ganfouda", "civilians", "foreign families"],
                    "ar": ["العائلات العالقة", "ثلاثين عائلة"]}
SABRI_GUNMEN = {"en": ["armed groups in al-Sabri", "Benghazi Revolutionaries Shura Council", "BRSC"],
                "ar": ["مجموعات مسلحة"]}
SABRI_CLASH = merge(LNA_629, SABRI_GUNMEN)
BENGHAZI_POLICE = {"en": ["Benghazi police", "Police Forces of Libya"], "ar": ["الشرطة"]}
UNSMIL = {"en": ["UNSMIL", "United Nations Support Mission in Libya", "United Nations"],
          "ar": ["بعثة الأمم المتحدة للدعم في ليبيا"]}
WARRING_PARTIES = {"en": ["warring parties", "Libyan National Army",
                          "Benghazi Revolutionaries Shura Council"],
                   "ar": ["أطراف القتال"]}
LNA_SPOKESMAN = {"en": ["LNA spokesman", "Libyan National Army", "LNA"], "ar": ["الناطق باسم القيادة العامة"]}
GANFOUDA_GUNMEN = {"en": ["remaining BRSC fighters in Ganfouda", "Benghazi Revolutionaries Shura Council",
                          "BRSC"],
                   "ar": ["من تبقى من المسلحين", "المسلحين"]}
MIL_POLICE = {"en": ["Military Police", "Libyan National Army", "LNA"], "ar": ["الشرطة العسكرية"]}
LAITHI_YOUTHS = {"en": ["four young men of al-Laithi", "civilians"], "ar": ["أربعة شبان"]}
BRSC_LEADERS = {"en": ["BRSC commanders", "Benghazi Revolutionaries Shura Council", "BRSC"],
                "ar": ["قادة المجلس"]}
HOR_MEMBER = {"en": ["member of the House of Representatives", "House of Representatives"],
              "ar": ["عضو في مجلس النواب"]}
QATAR_TURKEY = {"en": ["Qatar", "Turkey", "Government of Qatar", "Government of Turkey"],
                "ar": ["قطر وتركيا"]}
DISPLACED_629 = {"en": ["displaced residents of the Ganfouda area", "IDPs", "civilians"],
                 "ar": ["أول النازحين", "النازحين"]}
BENGHAZI_MUNICIPALITY = {"en": ["Benghazi municipality", "mayor of Benghazi"], "ar": ["البلدية",
                                                                                      "عميد بلدية بنغازي"]}
HOR_SPEAKER = {"en": ["Speaker of the House of Representatives", "House of Representatives"],
               "ar": ["رئيس مجلس النواب"]}
LNA_CHIEF = {"en": ["LNA commander-in-chief", "Libyan National Army", "LNA"],
             "ar": ["القائد العام للقوات المسلحة", "الجيش"]}

# ====================================================== places: 629
GANFOUDA = {"accept": ["منطقة قنفودة", "قنفودة", "Ganfouda", "Qanfudah", "Gnafouda", "Benghazi", "بنغازي"]}
SABRI = {"accept": ["منطقة الصابري", "الصابري", "al-Sabri", "Sabri", "سوق الحوت", "Souq al-Hout", "Benghazi"]}
GWARSHA = {"accept": ["منطقة القوارشة", "القوارشة", "al-Gwarsha", "Guwarsha", "Qawarsha"]}
LAITHI = {"accept": ["منطقة الليثي", "الليثي", "al-Laithi", "Laithi", "al-Lithi", "Benghazi"]}
TOBRUK = {"accept": ["طبرق", "Tobruk"]}
GANFOUDA_EDGES = {"accept": ["المناطق المحاذية لقنفودة", "قنفودة", "Ganfouda", "Benghazi"]}

# ======================== 630: Sirwah, Raghwan, al-Jufaina, Sahn al-Jinn, al-Juba (Sirwah front; 2021)
HOUTHIS = {"en": ["Houthis", "Ansar Allah", "Houthi movement", "Houthi forces"],
           "ar": ["ميليشيا الحوثي الانقلابية", "ميليشيا الحوثي", "الميليشيا الحوثية", "الميليشيا", "حوثياً"]}
ARMY_HQ_630 = {"en": ["Third Military Region command", "Yemeni government forces",
                      "Military Forces of Yemen"],
               "ar": ["معسكر صحن الجن", "مقر قيادة المنطقة العسكرية الثالثة"]}
YEMEN_ARMY = {"en": ["Yemeni National Army", "Yemeni government forces", "Military Forces of Yemen"],
              "ar": ["قوات الجيش الوطني", "الجيش الوطني", "الجيش"]}
TRIBESMEN = {"en": ["tribal fighters", "pro-government tribesmen", "Murad tribe"], "ar": ["رجال القبائل"]}
BATTLE_630 = merge(YEMEN_ARMY, TRIBESMEN, HOUTHIS)
JUFAINA_IDPS = {"en": ["displaced civilians in al-Jufaina camp", "IDPs", "civilians"],
                "ar": ["طفلة وامرأة", "النازحين"]}
COALITION_630 = {"en": ["Saudi-led coalition", "Coalition to Restore Legitimacy in Yemen",
                        "Military Forces of Saudi Arabia"],
                 "ar": ["طيران تحالف دعم الشرعية", "تحالف دعم الشرعية", "التحالف"]}
HOUTHI_REINFORCEMENTS = {"en": ["Houthi reinforcements", "Houthis", "Ansar Allah"],
                         "ar": ["تعزيزات وتجمعات للميليشيا", "للميليشيا", "الميليشيا"]}
JUBA_MARKET = {"en": ["shoppers in al-Juba market", "civilians"], "ar": ["سوقاً شعبية", "عشرات المتسوقين"]}
TRIBES_630 = {"en": ["Murad tribe", "Abidah tribe", "Jadaan tribe", "tribal fighters"],
              "ar": ["قبائل مراد وعبيدة والجدعان", "قبائل مراد"]}
TRIBAL_SHEIKHS = {"en": ["tribal sheikhs", "Murad tribe"], "ar": ["مشايخها"]}
HOUTHI_LEADER = {"en": ["Houthi commander", "Houthis", "Ansar Allah"], "ar": ["قيادي في الميليشيا",
                                                                              "الميليشيا"]}
TRIBES_THREATENED = {"en": ["tribes", "tribal fighters"], "ar": ["القبائل"]}
KSRELIEF = {"en": ["King Salman Humanitarian Aid and Relief Centre", "KSrelief",
                   "Government of Saudi Arabia"],
            "ar": ["مركز الملك سلمان للإغاثة والأعمال الإنسانية", "مركز الملك سلمان"]}
SIRWAH_IDPS = {"en": ["families displaced from the Sirwah camps", "IDPs", "civilians"],
               "ar": ["الأسر التي نزحت من مخيمات صرواح"]}
UN_ENVOY = {"en": ["UN Special Envoy for Yemen", "United Nations"], "ar": ["المبعوث الأممي"]}
HOUTHI_NEGOTIATOR = {"en": ["Houthi chief negotiator", "Houthis", "Ansar Allah"],
                     "ar": ["رئيس وفد الحوثيين المفاوض", "الحوثيين"]}
RAGHWAN_NOTABLES = {"en": ["notables of Raghwan", "tribal notables"], "ar": ["وجهاء في رغوان"]}
HOUTHIS_AND_NOTABLES = merge(HOUTHIS, RAGHWAN_NOTABLES)
YEMEN_GOV = {"en": ["Government of Yemen", "Yemeni government", "Yemeni Ministry of Information"],
             "ar": ["الحكومة الشرعية", "وزارة الإعلام"]}
IRAN_630 = {"en": ["Iran", "Government of Iran"], "ar": ["النظام الإيراني"]}
INTL_COMMUNITY = {"en": ["international community"], "ar": ["المجتمع الدولي"]}
UNSC_630 = {"en": ["UN Security Council", "United Nations Security Council"], "ar": ["مجلس الأمن الدولي"]}
CAMPS_UNIT = {"en": ["Executive Unit for IDP Camps", "Government of Yemen"],
              "ar": ["الوحدة التنفيذية لإدارة مخيمات النازحين"]}
SIRWAH_CAMP_FAMILIES = {"en": ["families of the Sirwah camps", "IDPs", "civilians"],
                        "ar": ["نحو ألفي أسرة", "ألفي أسرة"]}
STAYING_FAMILIES = {"en": ["families who stayed in a fourth camp", "IDPs"], "ar": ["عشرات الأسر"]}

# ====================================================== places: 630
SAHN_AL_JINN = {"accept": ["معسكر صحن الجن", "صحن الجن", "Sahn al-Jinn", "Sahn al-Jin"]}
SIRWAH = {"accept": ["جبهات الكسارة والمشجح وهيلان في صرواح", "صرواح", "Sirwah", "Sirwah district", "الكسارة",
                     "al-Kasara", "المشجح", "al-Mashjah", "هيلان", "Hilan"]}
JUFAINA_CAMP = {"accept": ["مخيم الجفينة للنازحين", "مخيم الجفينة", "الجفينة", "al-Jufaina camp",
                           "al-Jufaina", "Jufainah"]}
JUFAINA = {"accept": ["الجفينة", "al-Jufaina", "Jufainah", "al-Jufaina camp"]}
RAGHWAN = {"accept": ["مديرية رغوان", "رغوان", "Raghwan", "Rughwan", "Raghwan district"]}
KASARA_FRONT = {"accept": ["جبهة الكسارة", "الكسارة", "al-Kasara", "Kasara", "Sirwah"]}
JUBA = {"accept": ["سوقاً شعبية في مديرية الجوبة", "مديرية الجوبة", "الجوبة", "al-Juba", "Juba district"]}
SIRWAH_RAGHWAN = {"accept": ["جبهات صرواح ورغوان", "صرواح", "رغوان", "Sirwah", "Raghwan"]}
SIRWAH_CAMPS = {"accept": ["مخيمات صرواح", "صرواح", "Sirwah"]}
MUSCAT = {"accept": ["مسقط", "Muscat"]}
NEW_YORK = {"accept": ["نيويورك", "New York"]}
SIRWAH_THREE_CAMPS = {"accept": ["ثلاثة مخيمات في صرواح", "صرواح", "Sirwah", "Sirwah district"]}
