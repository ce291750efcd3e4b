"""Accepted actor names and place names for the thirty-sixth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not copied
from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the articles, common
variants, and English names). Syrian towns were checked against the GeoNames lists in ../shared/data/geonames/ where
they have them (Latakia, al-Haffah, Rabia, Bdama, Jisr al-Shughur; Ras al-Ain, Tall Tamr, al-Hasakah, Markadah and
Ash Shaddadah, whose Arabic alternate names include «جسر الشدادي»; al-Atarib, Darat Izza; Jaramana, al-Mulayhah,
al-Kiswah). Villages, hills, camps, crossings and neighbourhoods absent from those lists (Kabani, Kinsabba, al-Najiya,
Jourin, Ishtabraq, Khirbet al-Joz, Salma; Tell Halaf, al-Manajir, al-Mabrouka; Kafr Taal, Taqad, Kafr Nuran, Abzimo,
Kafr Lusin, al-Sheikh Aqil, Tarmanin; Zibdin, Deir Khabiyah; Ceylanpinar in Turkey) carry their usual spellings.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «المجلس», «الوفد») are left out on purpose, with these exceptions,
each used only in an article where it names a single actor: «الفصائل» (176, always the opposition factions; 177,
always the National Army's factions), «المركز» (176, only the Russian reconciliation centre), «الميليشيا» (177, only
ever the SDF in the outlet's words), «الهيئة» (178, only ever Hay'at Tahrir al-Sham), «التنظيم» (180, only ever ISIS).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ================================================================ actors: shared
CIVILIANS = {"en": ["civilians", "civilian", "residents", "locals", "people", "citizens"],
             "ar": ["مدنيين", "المدنيين", "مدنيون", "مدني", "المواطنين", "مواطنين", "الأهالي", "السكان"]}

# ================================================================ 176: Jabal al-Akrad and Kabani, July 2019 (opposition network)
SY_REGIME_176 = {"en": ["Syrian regime forces", "Assad forces", "Syrian army", "Syrian government forces",
                        "Fourth Division", "4th Armoured Division", "Fifth Corps", "5th Corps", "Russian-backed militias"],
                 "ar": ["قوات الأسد", "قوات النظام", "الميليشيات المدعومة روسياً", "الفرقة الرابعة", "الفيلق الخامس",
                        "المهاجمين"]}
LAT_FACTIONS = {"en": ["opposition factions", "armed opposition", "rebels", "National Liberation Front", "NLF",
                       "Turkistan Islamic Party", "TIP", "Hay'at Tahrir al-Sham"],
                "ar": ["فصائل المعارضة المسلحة", "الفصائل", "الجبهة الوطنية للتحرير", "الحزب الإسلامي التركستاني"]}
KABANI_BATTLE = merge(SY_REGIME_176, LAT_FACTIONS)
RU_AIR = {"en": ["Russian air force", "Russian warplanes", "Russian Aerospace Forces", "Russia", "Russian aircraft"],
          "ar": ["طائرات حربية روسية", "الطائرات الروسية", "الطيران الروسي", "غارات روسية", "غارة روسية"]}
BDAMA_CIVILIANS = merge({"en": ["four civilians", "a woman and her child", "residential neighbourhoods"],
                         "ar": ["أربعة مدنيين", "امرأة وطفلها", "الأحياء السكنية"]}, CIVILIANS)
NLF_COASTAL = {"en": ["National Liberation Front", "NLF", "1st Coastal Division", "First Coastal Division"],
               "ar": ["الجبهة الوطنية للتحرير", "الفرقة الساحلية الأولى", "مقاتلي «الفرقة الساحلية الأولى»"]}
SY_MIL_SEC = {"en": ["Military Security", "Military Security branch", "Syrian Military Intelligence", "regime security"],
              "ar": ["فرع الأمن العسكري", "الأمن العسكري", "دورية تابعة لفرع الأمن العسكري"]}
HAFFAH_YOUTHS = {"en": ["young men", "twelve young men", "12 young men", "university students"],
                 "ar": ["12 شاباً", "شاباً", "المعتقلين", "طلاب جامعيين"]}
HMEIMIM_GUNMEN = {"en": ["gunmen", "militants", "armed men", "rebels"], "ar": ["«مسلحون»", "مسلحون", "مسلحين"]}
RU_HMEIMIM = {"en": ["Hmeimim air base", "Russian forces", "Russian military", "Russian air defence"],
              "ar": ["قاعدة حميميم", "وسائط الدفاع الجوي"]}
RU_MOD_CENTRE = {"en": ["Russian Ministry of Defence", "Russian Defence Ministry", "Russian reconciliation centre",
                        "Russian Centre for Reconciliation", "Russia"],
                 "ar": ["وزارة الدفاع الروسية", "مركز المصالحة", "المركز"]}
HTS_TIP = {"en": ["Hay'at Tahrir al-Sham", "HTS", "Tahrir al-Sham", "Turkistan Islamic Party", "TIP"],
           "ar": ["هيئة تحرير الشام", "الحزب الإسلامي التركستاني"]}
JISR_KIDNAPPERS = {"en": ["masked gunmen", "gunmen", "kidnappers", "unknown gunmen"],
                   "ar": ["مسلحين ملثمين", "الخاطفين", "الخاطفون"]}
PHARMACIST = {"en": ["pharmacist", "a pharmacist"], "ar": ["صيدلاني", "صيدلانياً"]}
PHARMACIST_FAMILY = {"en": ["family", "pharmacist's family", "relatives"], "ar": ["العائلة", "بالعائلة", "أحد أقاربه"]}
HTS = {"en": ["Hay'at Tahrir al-Sham", "HTS", "Tahrir al-Sham"], "ar": ["هيئة تحرير الشام"]}
AKRAD_NOTABLES = {"en": ["delegation of notables", "Jabal al-Akrad notables", "notables", "delegation"],
                  "ar": ["وفد من وجهاء جبل الأكراد", "وجهاء جبل الأكراد"]}
TR_OFFICERS = {"en": ["Turkish officers", "Turkish army", "Turkey", "Turkish side", "Turkish military"],
               "ar": ["ضباطاً أتراكاً", "الضباط الأتراك", "الجانب التركي", "نقطة المراقبة التركية"]}
CD_AMBULANCE = {"en": ["Syrian Civil Defence", "White Helmets", "civil defence ambulance", "ambulance", "volunteers"],
                "ar": ["سيارة إسعاف تابعة للدفاع المدني", "سيارة إسعاف", "الدفاع المدني"]}
REGIME_IRAN = {"en": ["Syrian regime forces", "Assad forces", "Iranian-backed militias", "Iran-backed militias"],
               "ar": ["قوات الأسد", "ميليشيات مدعومة من إيران"]}
QRC = {"en": ["Qatar Red Crescent", "QRC"], "ar": ["الهلال الأحمر القطري"]}
AKRAD_IDPS = {"en": ["displaced families", "IDPs", "1200 families", "displaced people"],
              "ar": ["1200 عائلة نازحة", "عائلة نازحة", "العائلات"]}

KABANI = {"accept": ["كبانة", "تلال كبانة", "محور كبانة", "محور تلال كبانة", "جبل الأكراد", "Kabani", "Kabana",
                     "Kubbana", "Jabal al-Akrad", "Jebel al-Akrad", "Kurd Mountain"]}
BDAMA_NAJIYA = {"accept": ["بداما", "الناجية", "بلدتي بداما والناجية", "ريف جسر الشغور الغربي", "Bdama", "Bidama",
                           "al-Najiya", "Najiyah", "an-Najiyah", "Jisr al-Shughur"]}
JOURIN = {"accept": ["جورين", "معسكر جورين", "سهل الغاب", "Jourin", "Jurin", "Joreen", "al-Ghab plain", "Sahl al-Ghab"]}
HAFFAH = {"accept": ["الحفة", "مدينة الحفة", "al-Haffah", "Al Haffah", "Haffa", "Al-Haffah District"]}
HMEIMIM = {"accept": ["حميميم", "قاعدة حميميم", "Hmeimim", "Khmeimim", "Hmeymim", "Hmeimim air base"]}
JISR = {"accept": ["جسر الشغور", "مدينة جسر الشغور", "Jisr al-Shughur", "Jisr ash Shughur", "Jisr al-Shughour"]}
ISHTABRAQ = {"accept": ["اشتبرق", "بلدة اشتبرق", "نقطة المراقبة التركية", "Ishtabraq", "Ishtabrak", "Eshtabraq"]}
NAJIYA = {"accept": ["الناجية", "بلدة الناجية", "al-Najiya", "Najiyah", "an-Najiyah"]}
SALMA_RABIA = {"accept": ["سلمى", "ربيعة", "بلدتي سلمى وربيعة", "Salma", "Slanfah", "Rabia", "Rabiaa", "Rabi'ah"]}
JOURIN_SALMA = {"accept": ["جورين", "معسكر جورين", "سلمى", "بلدة سلمى", "Jourin", "Jurin", "Salma"]}
KHIRBET_JOZ = {"accept": ["خربة الجوز", "قرية خربة الجوز", "مخيمات قرية خربة الجوز", "Khirbet al-Joz",
                          "Kherbet al-Jouz", "Khirbat al-Jawz"]}

# ================================================================ 177: Ras al-Ain, October 2019 (site close to the National Army)
SNA = {"en": ["Syrian National Army", "SNA", "National Army", "Hamza Division", "Sultan Murad Division",
              "Turkish-backed factions", "Turkish-backed rebels"],
       "ar": ["الجيش الوطني السوري", "الجيش الوطني", "فرقة الحمزة", "فرقة السلطان مراد", "الفصائل"]}
SDF = {"en": ["Syrian Democratic Forces", "SDF", "YPG", "People's Protection Units", "Kurdish forces"],
       "ar": ["قسد", "ميليشيا «قسد»", "الميليشيا", "وحدات حماية الشعب"]}
TR_ARMY = {"en": ["Turkish army", "Turkish Armed Forces", "Turkish military", "Turkey", "Turkish drone",
                  "Turkish forces"],
           "ar": ["الجيش التركي", "طائرة مسيّرة تركية", "القوات التركية", "إسناد مدفعي تركي"]}
TELL_HALAF_BATTLE = merge(SNA, SDF, TR_ARMY)
ASAYISH = {"en": ["Asayish", "SDF", "Kurdish internal security forces", "checkpoint members"],
           "ar": ["الأسايش", "«الأسايش»", "قسد", "عناصر الحاجز"]}
RAS_FAMILIES = merge({"en": ["families", "women and children", "dozens of families"],
                      "ar": ["عشرات العائلات", "العائلات", "نساءً وأطفالاً"]}, CIVILIANS)
RAS_CAR = merge({"en": ["a child", "driver", "car"], "ar": ["طفل", "سائق السيارة", "سيارة حاولت تجاوزه"]}, CIVILIANS)
PICKUP_VICTIMS = merge({"en": ["three people", "pickup truck", "civilians from one family", "terrorists"],
                        "ar": ["ثلاثة أشخاص", "سيارة من نوع «بيك آب»", "مدنيون من عائلة واحدة"]}, CIVILIANS)
TR_MOD = {"en": ["Turkish Ministry of Defence", "Turkish Defence Ministry", "Turkish Ministry of National Defense",
                 "Turkey"],
          "ar": ["وزارة الدفاع التركية"]}
YPG = {"en": ["YPG", "People's Protection Units", "SDF", "Syrian Democratic Forces"],
       "ar": ["وحدات حماية الشعب", "«وحدات حماية الشعب»"]}
CEYLAN_CIVILIANS = merge({"en": ["two civilians", "Ceylanpinar residents"],
                          "ar": ["مدنيَّين اثنين", "بلدة جيلان بينار التركية"]}, CIVILIANS)
SDF_SNA = merge(SDF, SNA)
REGIME_177 = {"en": ["Syrian regime forces", "Syrian army", "Syrian government forces", "regime forces"],
              "ar": ["قوات النظام", "طلائع من قوات النظام", "النظام السوري"]}
REGIME_SDF = merge(SDF, REGIME_177)
KRC = {"en": ["Kurdish Red Crescent", "Heyva Sor a Kurd"], "ar": ["هيئة الهلال الأحمر الكردي", "الهلال الأحمر الكردي"]}
INTL_177 = {"en": ["international community", "international coalition", "US-led coalition", "Global Coalition"],
            "ar": ["المجتمع الدولي", "التحالف الدولي"]}
TR_AIR = {"en": ["Turkish air force", "Turkish aircraft", "Turkish warplanes", "Turkish army", "Turkey"],
          "ar": ["الطيران التركي"]}
KRC_AMBULANCE = {"en": ["Kurdish Red Crescent ambulance", "ambulance", "Kurdish Red Crescent"],
                 "ar": ["سيارة إسعاف تابعة لها", "سيارة إسعاف", "هيئة الهلال الأحمر الكردي"]}
TRC = {"en": ["Turkish Red Crescent", "Kizilay", "Kızılay"], "ar": ["الهلال الأحمر التركي"]}
RAS_VILLAGERS = merge({"en": ["families", "villagers", "families in the villages"],
                       "ar": ["العائلات", "العائلات في القرى"]}, CIVILIANS)
RAS_NATIVES = {"en": ["people from Ras al-Ain", "Ras al-Ain natives", "displaced residents of Ras al-Ain",
                      "protesters"],
               "ar": ["مئات من أبناء رأس العين", "أبناء رأس العين"]}
MABROUKA_VICTIMS = merge({"en": ["a shepherd", "shepherd", "two children"], "ar": ["راعٍ", "راع", "طفلين"]}, CIVILIANS)

TELL_HALAF = {"accept": ["تل حلف", "قرية تل حلف", "رأس العين", "Tell Halaf", "Tel Halaf", "Tall Halaf", "Ras al-Ain",
                         "Ras al-Ayn", "Ra's al 'Ayn"]}
RAS_AIN = {"accept": ["رأس العين", "مدينة رأس العين", "سري كانيه", "Ras al-Ain", "Ras al-Ayn", "Ra's al 'Ayn",
                      "Serekaniye", "Serêkaniyê", "Ras al-Ayn District"]}
MANAJIR = {"accept": ["المناجير", "قرية المناجير", "الطريق الواصل بين رأس العين وتل تمر", "al-Manajir", "Manajir",
                      "Ras al-Ain", "رأس العين"]}
CEYLANPINAR = {"accept": ["جيلان بينار", "بلدة جيلان بينار", "بلدة جيلان بينار التركية", "Ceylanpinar", "Ceylanpınar",
                          "Jaylan Binar"]}
RAS_INDUSTRIAL = place({"accept": ["المنطقة الصناعية في رأس العين", "المنطقة الصناعية"]}, RAS_AIN)
TAL_TAMR = {"accept": ["تل تمر", "بلدة تل تمر", "Tall Tamr", "Tal Tamr", "Tel Tamer", "Tell Tamer"]}
RAS_HOSPITAL = place({"accept": ["مشفى رأس العين", "Ras al-Ain hospital"]}, RAS_AIN)
WEST_RAS = place({"accept": ["القرى التي سيطرت عليها الفصائل غرب رأس العين", "غرب رأس العين"]}, RAS_AIN)
MABROUKA = {"accept": ["المبروكة", "قرية المبروكة", "سوق قرية المبروكة", "al-Mabrouka", "Mabrouka", "Mabruka",
                       "al-Mabrukah"]}

# ================================================================ 178: al-Atarib, October 2020 (community radio)
REGIME_178 = {"en": ["Syrian regime forces", "Syrian army", "Syrian government forces", "regime forces"],
              "ar": ["قوات النظام", "مواقع قوات النظام"]}
ATARIB_CIVILIANS = merge({"en": ["two civilians", "a man and his son", "a girl", "northern neighbourhood"],
                          "ar": ["مدنيان", "رجل وابنه", "طفلة", "الحي الشمالي"]}, CIVILIANS)
TR_FORCES = {"en": ["Turkish forces", "Turkish army", "Turkish military", "Turkey", "Turkish military convoy"],
             "ar": ["القوات التركية", "الجيش التركي", "رتل عسكري تركي"]}
ATARIB_PROTESTERS = merge({"en": ["residents", "protesters", "dozens of residents"],
                           "ar": ["عشرات الأهالي", "المحتجين"]}, CIVILIANS)
SALVATION_COUNCIL = {"en": ["Syrian Salvation Government", "Salvation Government", "al-Atarib local council",
                            "local council"],
                     "ar": ["حكومة الإنقاذ", "«حكومة الإنقاذ»", "المجلس المحلي"]}
COUNCIL_HEAD = {"en": ["head of the local council", "al-Atarib local council", "local council"],
                "ar": ["رئيس المجلس", "المجلس المحلي"]}
HTS_SEC = {"en": ["Hay'at Tahrir al-Sham", "HTS", "HTS General Security Service", "General Security Service"],
           "ar": ["هيئة تحرير الشام", "جهاز الأمن العام", "الهيئة", "دورية تابعة لـ«جهاز الأمن العام»"]}
FORMER_FSA = {"en": ["former Free Syrian Army commander", "former FSA commander", "his two sons", "former commander"],
              "ar": ["قيادي سابق في «الجيش الحر»", "قيادي سابق", "القيادي السابق", "اثنين من أبنائه"]}
IED_VICTIMS = merge({"en": ["three people", "street vendor", "shops"],
                     "ar": ["ثلاثة أشخاص", "بائع متجول", "المحال"]}, CIVILIANS)
RU_AIR_178 = {"en": ["Russian air force", "Russian warplanes", "Russia", "Russian aircraft"],
              "ar": ["طائرات حربية روسية"]}
ERT = {"en": ["Western Aleppo Countryside Emergency Response Team", "emergency response team", "local volunteers"],
       "ar": ["فريق الاستجابة الطارئة في ريف حلب الغربي", "فريق الاستجابة الطارئة"]}
REGIME_RUSSIA = {"en": ["Syrian regime forces", "Syrian government", "Russia"], "ar": ["قوات النظام", "روسيا"]}
TR_UN = {"en": ["Turkey", "Turkish guarantor", "United Nations", "UN"], "ar": ["الضامن التركي", "الأمم المتحدة"]}
RU_TR = {"en": ["Russia", "Turkey"], "ar": ["روسيا", "تركيا"]}
REGIME_RU = merge(REGIME_178, RU_AIR_178)
ATARIB_KIDNAPPERS = {"en": ["masked gunmen", "kidnappers", "gunmen"],
                     "ar": ["مسلحون ملثمون", "الخاطفون", "الخاطفين"]}
DOCTOR = {"en": ["doctor", "physician", "a doctor"], "ar": ["طبيباً", "الطبيب"]}
DOCTOR_FAMILY = {"en": ["doctor's family", "family"], "ar": ["ذويه"]}
KN_NOTABLES = {"en": ["Kafr Nuran notables", "delegation of notables", "notables"],
               "ar": ["وفداً من وجهاء كفرنوران", "وجهاء كفرنوران"]}
HTS_OFFICIAL = {"en": ["HTS security official", "Hay'at Tahrir al-Sham", "HTS", "General Security Service"],
                "ar": ["مسؤول أمني في «الهيئة»", "مسؤول أمني", "الهيئة", "جهاز الأمن العام"]}
SHEIKH_AQIL_POST = {"en": ["Turkish observation post", "Turkish post"], "ar": ["نقطة المراقبة"]}
ATARIB_COUNCIL = {"en": ["al-Atarib local council", "local council"], "ar": ["المجلس المحلي في الأتارب", "المجلس المحلي"]}
ATARIB_FAMILIES = {"en": ["families in need", "neediest families", "families"],
                   "ar": ["العائلات الأكثر حاجة", "العائلات"]}

ATARIB = {"accept": ["الأتارب", "مدينة الأتارب", "كفرتعال", "بلدة كفرتعال", "al-Atarib", "Atarib", "Al Atarib",
                     "Kafr Taal", "Kafr Ta'al"]}
ATARIB_FRONT = {"accept": ["تقاد", "بلدة تقاد", "مواقع قوات النظام", "غرب حلب", "ريف حلب الغربي", "Taqad", "Tqad",
                           "western Aleppo countryside"]}
TAQAD = {"accept": ["تقاد", "بلدة تقاد", "Taqad", "Tqad"]}
KAFR_NURAN = {"accept": ["كفرنوران", "بلدة كفرنوران", "Kafr Nuran", "Kafrnouran", "Kafr Noran"]}
ATARIB_MARKET = place({"accept": ["سوق الخضار", "سوق الخضار وسط مدينة الأتارب"]}, ATARIB)
TAQAD_ABZIMO = {"accept": ["تقاد", "أبزمو", "بلدة تقاد", "بلدة أبزمو", "Taqad", "Abzimo", "Abzemo", "Abzimu"]}
KAFR_LUSIN = {"accept": ["كفرلوسين", "معبر كفرلوسين", "ريف حلب الغربي", "Kafr Lusin", "Kafrlusin", "Kafr Losin",
                         "western Aleppo countryside"]}
SHEIKH_AQIL = {"accept": ["الشيخ عقيل", "نقطة المراقبة في الشيخ عقيل", "Sheikh Aqil", "al-Sheikh Aqil",
                          "Shaykh Aqil"]}
WEST_ALEPPO = {"accept": ["ريفي حلب الغربي والجنوبي", "ريف حلب الغربي", "western Aleppo countryside",
                          "Aleppo countryside"]}
DARAT_ATARIB = {"accept": ["دارة عزة", "الأتارب", "Darat Izza", "Daret Azza", "Darat 'Izzah", "al-Atarib"]}
TARMANIN = {"accept": ["ترمانين", "طريق ترمانين", "Tarmanin", "Termanin"]}

# ================================================================ 179: Jaramana and al-Kiswah, May 2014 (loyalist page)
GHOUTA_REBELS = {"en": ["armed terrorist groups", "rebels", "armed opposition", "Eastern Ghouta rebels", "militants",
                        "terrorists"],
                 "ar": ["المجموعات الإرهابية المسلحة", "المجموعات الإرهابية", "الإرهابيين"]}
JARAMANA_VICTIMS = merge({"en": ["citizens", "three martyrs", "eleven citizens", "schoolgirls"],
                          "ar": ["ثلاثة شهداء", "أحد عشر مواطناً", "مواطنَين اثنين", "طالبتان", "مواطناً"]}, CIVILIANS)
SY_ARMY_179 = {"en": ["Syrian army", "Syrian Arab Army", "army units", "Syrian government forces"],
               "ar": ["جيشنا الباسل", "وحدات من جيشنا الباسل", "وحدات الجيش", "بواسل الجيش", "الجيش العربي السوري"]}
REBEL_TARGETS = merge({"en": ["terrorist gatherings", "mortar positions"],
                       "ar": ["تجمعات للإرهابيين", "مرابض الهاون"]}, GHOUTA_REBELS)
JAYSH_ISLAM = {"en": ["Jaysh al-Islam", "Army of Islam", "Jaish al-Islam"], "ar": ["جيش الإسلام", "«جيش الإسلام»"]}
ARMY_VS_JI = merge(SY_ARMY_179, JAYSH_ISLAM)
SEC_179 = {"en": ["Syrian security services", "security services", "authorities", "competent authorities"],
           "ar": ["الجهات المختصة"]}
KISWAH_SUSPECTS = {"en": ["two men", "two suspects", "terrorist group members"],
                   "ar": ["شخصين", "«مجموعة إرهابية»", "مجموعة إرهابية"]}
KISWAH_POLICE = {"en": ["al-Kiswah police", "police"], "ar": ["مخفر الكسوة"]}
JARAMANA_RESIDENTS = merge({"en": ["residents", "Jaramana residents"],
                            "ar": ["أهالي الأحياء القريبة من ساحة السيوف", "أهالي الأحياء"]}, CIVILIANS)
GOV_COUNCIL = {"en": ["Rif Dimashq Governorate", "Damascus Countryside Governorate", "Jaramana city council"],
               "ar": ["محافظة ريف دمشق", "مجلس مدينة جرمانا"]}
COUNCIL_HEAD_179 = {"en": ["head of Jaramana city council", "Jaramana city council", "city council"],
                    "ar": ["رئيس مجلس المدينة", "مجلس المدينة"]}
JARAMANA_NOTABLES = {"en": ["delegation of notables", "Jaramana notables", "neighbourhood committees"],
                     "ar": ["وفداً من وجهاء جرمانا", "وجهاء جرمانا", "لجان الأحياء"]}
JARAMANA_KIDNAPPERS = {"en": ["unknown persons", "kidnappers", "gang", "unknown gunmen"],
                       "ar": ["مجهولين", "الخاطفين", "العصابة"]}
TAXI_DRIVER = {"en": ["taxi driver", "driver"], "ar": ["سائق سيارة أجرة", "سائق"]}
TAXI_FAMILY = {"en": ["driver's family", "family"], "ar": ["ذووه", "ذويه"]}

JARAMANA = {"accept": ["جرمانا", "مدينة جرمانا", "ساحة السيوف", "Jaramana", "Jaramanah", "Jeramana"]}
ZIBDIN_MLEIHA = {"accept": ["زبدين", "المليحة", "مزارع المليحة", "بلدة زبدين", "Zibdin", "Zebdine", "al-Mulayhah",
                            "Al Mulayhah", "Mleiha", "al-Mleiha"]}
MLEIHA = {"accept": ["المليحة", "الأطراف الجنوبية للمليحة", "al-Mulayhah", "Al Mulayhah", "Mleiha", "al-Mleiha"]}
KISWAH = {"accept": ["الكسوة", "Al Kiswah", "Kiswah", "al-Kiswah", "Kisweh"]}
KISWAH_ROAD = {"accept": ["أوتوستراد درعا", "الكسوة", "Damascus-Daraa highway", "Kiswah", "al-Kiswah", "Al Kiswah"]}
JARAMANA_EAST = {"accept": ["الأطراف الشرقية لجرمانا", "جرمانا", "Jaramana", "Jaramanah"]}

# ================================================================ 180: al-Shaddadi, February 2016 (activist network)
SDF_180 = {"en": ["Syrian Democratic Forces", "SDF", "YPG", "People's Protection Units", "Kurdish forces"],
           "ar": ["قوات سوريا الديمقراطية", "قسد", "وحدات حماية الشعب"]}
SHADDADI_YOUTHS = {"en": ["young men", "forty young men", "men of the town"],
                   "ar": ["أربعين شاباً", "شاباً", "المعتقلين"]}
COALITION = {"en": ["US-led coalition", "international coalition", "Global Coalition", "coalition aircraft",
                    "coalition"],
             "ar": ["التحالف الدولي", "طائرات التحالف", "التحالف"]}
SHADDADI_FAMILY = merge({"en": ["five civilians", "a family", "family car"],
                         "ar": ["خمسة مدنيين", "عائلة واحدة", "سيارتهم"]}, CIVILIANS)
ISIS_180 = {"en": ["Islamic State", "ISIS", "IS", "ISIL", "Daesh"],
            "ar": ["تنظيم «الدولة»", "تنظيم الدولة", "التنظيم", "داعش", "عناصر من تنظيم «الدولة»"]}
ISIS_SDF = merge(ISIS_180, SDF_180)
SHADDADI_FAMILIES = merge({"en": ["displaced families", "families", "hundreds of families"],
                           "ar": ["مئات العائلات", "العائلات"]}, CIVILIANS)
JABOUR_NOTABLES = {"en": ["al-Jabour tribal notables", "Jubur tribe notables", "tribal notables", "notables"],
                   "ar": ["وجهاء من عشيرة الجبور", "عشيرة الجبور", "أحد الوجهاء"]}
SDF_LEADERS = {"en": ["SDF commanders", "SDF leaders", "SDF", "Syrian Democratic Forces"],
               "ar": ["قادة في «قسد»", "قادة «قسد»", "قسد"]}
SHADDADI_DETAINEES = {"en": ["detainees"], "ar": ["المعتقلين"]}
SNC = {"en": ["Syrian National Coalition", "National Coalition for Syrian Revolutionary and Opposition Forces",
              "SNC", "Syrian opposition coalition", "Etilaf"],
       "ar": ["الائتلاف الوطني السوري", "«الائتلاف الوطني السوري»"]}
YPG_180 = {"en": ["YPG", "People's Protection Units", "SDF", "Syrian Democratic Forces"],
           "ar": ["وحدات حماية الشعب", "«وحدات حماية الشعب»"]}
ISIS_ATTACKERS = merge({"en": ["attackers", "attackers' vehicles"], "ar": ["سيارتين للمهاجمين", "المهاجمين"]},
                       ISIS_180)
MARKADA_YOUTHS = {"en": ["three young men", "young men"], "ar": ["ثلاثة شبان", "شبان"]}
KHABUR_BRIDGE_TARGET = {"en": ["main bridge", "Khabur bridge", "al-Shaddadi bridge"],
                        "ar": ["الجسر الرئيسي على نهر الخابور", "الجسر الرئيسي"]}

SHADDADI = {"accept": ["الشدادي", "مدينة الشدادي", "al-Shaddadi", "Shaddadi", "ash-Shaddadi", "Ash Shaddadah",
                       "Shadadi"]}
SHADDADI_MARKADA_ROAD = {"accept": ["الطريق الواصل بين الشدادي وبلدة مركدة", "مركدة", "الشدادي", "Markada",
                                    "Markadah", "al-Shaddadi", "Shaddadi"]}
SHADDADI_SOUTH = {"accept": ["المدخل الجنوبي للشدادي", "الشدادي", "حقول الجبسة", "al-Shaddadi", "Shaddadi",
                             "Ash Shaddadah", "Jibsa"]}
HASAKAH = {"accept": ["الحسكة", "مدينة الحسكة", "al-Hasakah", "Hasakah", "Al-Hasakah", "Hasaka"]}
SHADDADI_SOUTH_VILLAGES = {"accept": ["قرى جنوب المدينة", "الشدادي", "al-Shaddadi", "Shaddadi"]}
MARKADA = {"accept": ["مركدة", "بلدة مركدة", "Markada", "Markadah", "Markadeh"]}
KHABUR_BRIDGE = {"accept": ["جسر الشدادي", "الشدادي", "نهر الخابور", "al-Shaddadi", "Shaddadi", "Ash Shaddadah"]}
