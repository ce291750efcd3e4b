"""Accepted actor names and place names for the hundredth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الحكومة», «الفصائل», «الجماعة», «الميليشيا», «اللجنة»)
are left out on purpose, with these exceptions, each used only in an article where it names a single actor:
- 496: «الفصائل» (only ever the opposition factions of eastern Aleppo);
- 497: «الجيش» (only ever the Syrian army) and «اللجنة» (only ever the negotiation committee, in ¶8);
- 499: «الجماعة» and «الميليشيا» (only ever the Houthis);
- 500: «الجيش» (only ever the Sudanese army).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ============================== 496: eastern Aleppo city (Aleppo; December 2016)
SY_REGIME = {"en": ["Syrian government forces", "Syrian regime", "Military Forces of Syria",
                    "pro-government militias", "Iranian-backed militias"],
             "ar": ["قوات النظام السوري", "قوات النظام", "الميليشيات الأجنبية الداعمة له",
                    "«الميليشيات الإيرانية»", "الميليشيات الإيرانية"]}
SY_REGIME_4TH = merge({"en": ["Fourth Division"], "ar": ["عناصر «الفرقة الرابعة»", "«الفرقة الرابعة»"]},
                      SY_REGIME, {"en": ["Iraqi and Afghan militias"],
                                  "ar": ["مقاتلي ميليشيات عراقية وأفغانية"]})
ALEPPO_EVACUEES = {"en": ["wounded, civilians and fighters of eastern Aleppo", "opposition fighters"],
                   "ar": ["الجرحى والمدنيين ومن يرغب من المقاتلين", "من يرغب من المقاتلين"]}
SUKKARI_CIVILIANS = {"en": ["nine civilians at al-Sukkari market", "civilians"],
                     "ar": ["تسعة مدنيين", "القتلى التسعة"]}
CIVIL_DEFENCE = {"en": ["Syria Civil Defence", "White Helmets"],
                 "ar": ["الدفاع المدني السوري «الخوذ البيضاء»", "الدفاع المدني"]}
REGIME_SOURCE = {"en": ["Syrian military source", "Syrian government", "SANA"],
                 "ar": ["مصدر عسكري", "وكالة أنباء النظام «سانا»"]}
REBELS_TERRORISTS = {"en": ["Syrian opposition fighters", "rebels", "opposition factions"],
                     "ar": ["«المجموعات الإرهابية»", "المجموعات الإرهابية"]}
HAMDANIYA_INJURED = {"en": ["five people in al-Hamdaniya"], "ar": ["خمسة أشخاص"]}
ALEPPO_FACTIONS = {"en": ["Syrian opposition factions in Aleppo", "rebels", "Free Syrian Army"],
                   "ar": ["فصائل المعارضة السورية المسلحة في حلب", "فصائل المعارضة السورية المسلحة",
                          "الفصائل"]}
TURKEY = {"en": ["Turkey", "Turkish government"], "ar": ["الجانب التركي"]}
RUSSIA = {"en": ["Russia", "Russian government", "Russian military"], "ar": ["الجانب الروسي", "موسكو"]}
RUSSIA_FACTIONS = merge(RUSSIA, {"en": ["opposition factions", "rebels"], "ar": ["ممثلون عن الفصائل"]})
ALEPPO_FIGHTERS = {"en": ["opposition fighters"], "ar": ["المقاتلين"]}
RUSSIAN_MOD = {"en": ["Russian Ministry of Defence", "Russian military", "Russia"],
               "ar": ["وزارة الدفاع الروسية", "البيان الروسي"]}
EXTREMISTS = {"en": ["opposition fighters", "rebels"], "ar": ["المسلحين", "«الجماعات المتطرفة»"]}
ICRC = {"en": ["International Committee of the Red Cross", "ICRC"], "ar": ["اللجنة الدولية للصليب الأحمر"]}
ALEPPO_WOUNDED = {"en": ["some two hundred wounded and sick"], "ar": ["مئتي جريح ومريض"]}
PRO_REGIME_MILITIA = {"en": ["pro-government militia", "Military Forces of Syria"],
                      "ar": ["عناصر من ميليشيا موالية للنظام", "ميليشيا موالية للنظام"]}
BUSTAN_YOUNG_MEN = {"en": ["dozens of young men among displaced families"], "ar": ["عشرات الشبان"]}
TURKISH_FM = {"en": ["Turkish Foreign Minister", "Turkey"], "ar": ["وزير الخارجية التركي"]}
RUSSIAN_FM = {"en": ["Russian Foreign Minister", "Russia"], "ar": ["نظيره الروسي"]}
WARPLANES = {"en": ["warplanes", "Russian air force", "Military Forces of Russia"],
             "ar": ["طائرات حربية", "الطيران الروسي"]}
SHAAR_VICTIMS = {"en": ["two nurses and a patient"], "ar": ["ممرضَين ومريض"]}
MOSCOW = {"en": ["Russia", "Russian government"], "ar": ["موسكو"]}

# ====================================================== places: 496
ALEPPO_CITY = ["حلب", "Aleppo"]
SUKKARI = {"accept": ["حي السكري", "السكري", "al-Sukkari", "Sukkari", "al-Sukkary", *ALEPPO_CITY]}
EAST_ALEPPO = {"accept": ["الأحياء الشرقية", "الأحياء المحاصرة", "شرق حلب", "Eastern Aleppo", "East Aleppo",
                          *ALEPPO_CITY]}
RAMOUSEH = place({"accept": ["منطقة الراموسة", "الراموسة", "al-Ramouseh", "Ramouseh", "al-Ramousa"]},
                 EAST_ALEPPO)
HAMDANIYA = {"accept": ["حي الحمدانية", "الحمدانية", "al-Hamdaniya", "Hamdaniyah", *ALEPPO_CITY]}
ANKARA = {"accept": ["أنقرة", "Ankara"]}
EAST_ALEPPO_ANKARA = place(EAST_ALEPPO, ANKARA)
BUSTAN_AL_QASR = {"accept": ["حي بستان القصر", "بستان القصر", "Bustan al-Qasr", "معبر المشارقة",
                             "al-Mashariqa",
                             *ALEPPO_CITY]}
KALLASEH = {"accept": ["حي الكلاسة", "الكلاسة", "al-Kallaseh", "Kallaseh", "al-Kallasa", "دوار الحلوانية",
                       *ALEPPO_CITY]}
SHAAR = {"accept": ["حي الشعار", "الشعار", "al-Shaar", "Shaar", "al-Sha'ar", *ALEPPO_CITY]}

# ============================== 497: the northern Homs countryside (Homs; May 2018)
RASTAN_FIGHTERS = {"en": ["armed men of al-Rastan", "opposition fighters", "rebels"],
                   "ar": ["المسلحون في مدينة الرستن", "المسلحين في الرستن", "المسلحون"]}
SY_ARMY = {"en": ["Syrian Arab Army", "Syrian army", "Military Forces of Syria", "Syrian government"],
           "ar": ["الجيش العربي السوري", "وحدات الجيش العربي السوري", "الجيش"]}
TALBISEH_CLASH = {"en": ["group rejecting the settlement", "local faction committed to the deal",
                         "opposition fighters"],
                  "ar": ["مجموعة رافضة للتسوية", "عناصر من فصيل محلي ملتزم بها", "المجموعة الرافضة",
                         "المسلحون الأربعة"]}
TALBISEH_NOTABLES = {"en": ["notables of Talbiseh"], "ar": ["وجهاء من المدينة"]}
OPPOSITION_PAGES = {"en": ["opposition Facebook pages", "opposition activists"],
                    "ar": ["صفحات معارضة على «فيسبوك»"]}
REMAINING_FIGHTERS = {"en": ["remaining fighters of the northern countryside", "opposition fighters"],
                      "ar": ["من تبقى من المقاتلين"]}
REFUSERS = {"en": ["opponents of the settlement and their families", "opposition fighters"],
            "ar": ["رافضي التسوية", "الرافضين للتسوية"]}
GOV_SIDE = {"en": ["Syrian government", "Government of Syria"], "ar": ["الجانب الحكومي"]}
NEGOTIATION_COMMITTEE = {"en": ["northern Homs negotiation committee", "negotiation committee"],
                         "ar": ["لجنة التفاوض"]}
RUSSIAN_OFFICERS = {"en": ["Russian officers", "Russian military", "Russia"], "ar": ["ضباط روس"]}
DETAINEES_200 = {"en": ["two hundred detainees from the northern countryside"], "ar": ["مئتي موقوف"]}
SETTLERS_700 = {"en": ["more than seven hundred fighters, wanted men and defectors"],
                "ar": ["أكثر من سبعمئة شخص"]}
MASKED_GUNMEN = {"en": ["masked gunmen", "unidentified gunmen"], "ar": ["مسلحين ملثمين"]}
COMMITTEE_MEMBER = {"en": ["member of the negotiation committee"], "ar": ["عضو في لجنة التفاوض"]}
COMMITTEE = {"en": ["negotiation committee"], "ar": ["اللجنة"]}
PRO_GOV_PAGES = {"en": ["pro-government pages"], "ar": ["صفحات موالية"]}
HTS = {"en": ["Hay'at Tahrir al-Sham", "HTS", "Tahrir al-Sham"],
       "ar": ["«هيئة تحرير الشام»", "هيئة تحرير الشام"]}
SY_AUTHORITIES = {"en": ["Syrian authorities", "Syrian government"], "ar": ["السلطات"]}
DETAINEES_36 = {"en": ["thirty-six detainees from Talbiseh and al-Rastan"], "ar": ["ستة وثلاثين موقوفاً"]}
SARC = {"en": ["Syrian Arab Red Crescent", "SARC"],
        "ar": ["«الهلال الأحمر العربي السوري»", "الهلال الأحمر العربي السوري", "الهلال الأحمر"]}
NORTH_HOMS_GUNMEN = {"en": ["armed men from the northern Homs countryside", "opposition fighters"],
                     "ar": ["مسلحون من ريف حمص الشمالي"]}
ZAHRAA_VICTIMS = {"en": ["three civilians in al-Zahraa"], "ar": ["ثلاثة مدنيين"]}

# ====================================================== places: 497
RASTAN = {"accept": ["مدينة الرستن", "الرستن", "al-Rastan", "Rastan", "ريف حمص الشمالي",
                     "northern Homs countryside"]}
TALBISEH = {"accept": ["مدينة تلبيسة", "تلبيسة", "Talbiseh", "Talbisah", "Talbisa"]}
DAR_KABIRA = {"accept": ["معبر الدار الكبيرة", "الدار الكبيرة", "al-Dar al-Kabira", "Dar al-Kabirah",
                         "الرستن",
                         "al-Rastan"]}
TEIR_MAALLA = {"accept": ["بلدة تير معلة", "تير معلة", "Teir Maalla", "Tir Maalah", "Tayr Ma'allah"]}
HOULA = {"accept": ["منطقة الحولة", "الحولة", "al-Houla", "Houla", "al-Hula", "كفرلاها", "Kafr Laha", "تلدو",
                    "Taldou"]}
NORTH_HOMS_ROUTE = {"accept": ["الرستن", "تلبيسة", "al-Rastan", "Talbiseh", "ريف حلب الشمالي",
                               "northern Aleppo countryside"]}
ZAHRAA = {"accept": ["حي الزهراء", "الزهراء", "al-Zahraa", "Zahra", "حمص", "Homs"]}

# ============================== 498: Dhi Qar (Iraq; November 2019)
RIOT_POLICE = {"en": ["Iraqi riot police", "Iraqi security forces", "Police Forces of Iraq"],
               "ar": ["قوات مكافحة الشغب", "القوات الأمنية"]}
NASIRIYAH_PROTESTERS = {"en": ["protesters", "demonstrators"],
                        "ar": ["ستة متظاهرين", "محتجين", "المتظاهرين", "الضحايا الستة"]}
INFILTRATORS = {"en": ["infiltrators among the protesters", "protesters"],
                "ar": ["«مندسين بين المتظاهرين»", "مندسين"]}
IQ_SECURITY = {"en": ["Iraqi security forces", "Police Forces of Iraq"], "ar": ["القوات الأمنية"]}
CRISIS_CELL = {"en": ["Dhi Qar crisis cell", "Dhi Qar provincial authorities", "Government of Iraq"],
               "ar": ["خلية الأزمة في المحافظة", "خلية الأزمة"]}
PROTESTERS_THOUSANDS = {"en": ["thousands of protesters", "protesters"], "ar": ["آلاف المحتجين"]}
SITIN_HUNDREDS = {"en": ["hundreds of sit-in protesters", "protesters"], "ar": ["المئات"]}
SHATRA_PROTESTERS = {"en": ["protesters in al-Shatra", "protesters"],
                     "ar": ["متظاهرون في قضاء الشطرة", "متظاهرون"]}
RIFAI_RIOTERS = {"en": ["angry protesters in al-Rifai", "rioters", "protesters"], "ar": ["محتجون غاضبون"]}
SUQ_STUDENTS = {"en": ["students in Suq al-Shuyukh", "protesters"], "ar": ["طلبة في سوق الشيوخ"]}
DHI_QAR_SHEIKHS = {"en": ["tribal sheikhs of al-Nasiriyah and Suq al-Shuyukh", "tribal leaders"],
                   "ar": ["شيوخ عشائر من الناصرية وسوق الشيوخ", "شيوخ عشائر"]}
POLICE_CHIEF = {"en": ["Dhi Qar police chief", "Police Forces of Iraq"], "ar": ["قائد شرطة المحافظة"]}
SHEIKHS_POLICE = merge(DHI_QAR_SHEIKHS, POLICE_CHIEF)
UNKNOWN_GUNMEN = {"en": ["unidentified gunmen"], "ar": ["مسلحين مجهولين"]}
TWO_ACTIVISTS = {"en": ["two activists from Suq al-Shuyukh"], "ar": ["ناشطَين من أبناء سوق الشيوخ", "ناشطَين"]}
COORDINATION = {"en": ["Dhi Qar protest coordination committee", "protesters"],
                "ar": ["التنسيقية", "تنسيقية تظاهرات ذي قار"]}
IHCHR = {"en": ["Iraqi High Commission for Human Rights", "IHCHR"], "ar": ["المفوضية العليا لحقوق الإنسان"]}
IRAQ_GOV = {"en": ["Iraqi government", "Government of Iraq", "federal government"],
            "ar": ["الحكومة الاتحادية"]}
JUDICIARY = {"en": ["Iraqi judiciary"], "ar": ["القضاء"]}
SECURITY_UNIT = {"en": ["Iraqi security forces", "Police Forces of Iraq"], "ar": ["قوة أمنية"]}
SHATRA_17 = {"en": ["seventeen protesters"], "ar": ["سبعة عشر متظاهراً"]}
RAPID_RESPONSE = {"en": ["Rapid Response Forces", "Iraqi security forces"],
                  "ar": ["عناصر قوات الرد السريع", "قوات الرد السريع"]}
GOV_DELEGATION = {"en": ["Iraqi government delegation", "Government of Iraq"], "ar": ["وفد حكومي"]}
SHEIKHS_SITIN = {"en": ["tribal sheikhs and representatives of the sit-in", "protesters"],
                 "ar": ["شيوخ العشائر", "ممثلين عن المعتصمين"]}
RIFAI_PROTESTERS = {"en": ["three protesters in al-Rifai", "protesters"],
                    "ar": ["متظاهرين تجمعوا", "ثلاثة منهم"]}
MOURNERS = {"en": ["mourners", "residents of al-Nasiriyah", "protesters"],
            "ar": ["آلاف من أبناء الناصرية", "المشيعون"]}

# ====================================================== places: 498
NASIRIYAH_NAMES = ["الناصرية", "al-Nasiriyah", "Nasiriyah", "Nasiriya"]
NASR_BRIDGE = {"accept": ["جسر النصر", "Nasr Bridge", "al-Nasr bridge", *NASIRIYAH_NAMES]}
NASIRIYAH = {"accept": [*NASIRIYAH_NAMES, "ذي قار", "Dhi Qar"]}
HABOUBI = {"accept": ["ساحة الحبوبي", "الحبوبي", "al-Haboubi Square", "Habboubi", *NASIRIYAH_NAMES]}
SHATRA = {"accept": ["قضاء الشطرة", "الشطرة", "al-Shatra", "Shatrah", "Shatra"]}
RIFAI = {"accept": ["قضاء الرفاعي", "الرفاعي", "al-Rifai", "Rifai", "al-Rifa'i"]}
RIFAI_QAIMMAQAMIYA = place({"accept": ["مبنى قائمقامية الرفاعي"]}, RIFAI)
SUQ_AL_SHUYUKH = {"accept": ["سوق الشيوخ", "Suq al-Shuyukh", "Souk al-Shuyoukh", "Suq ash-Shuyukh"]}

# ============================== 499: al-Bayda (Yemen; September 2021)
HOUTHIS = {"en": ["Houthis", "Ansar Allah", "Houthi movement"],
           "ar": ["ميليشيا الحوثي الانقلابية", "ميليشيا الحوثي", "الحوثيون", "الميليشيا", "الجماعة",
                  "مسلحي الجماعة"]}
YE_GOV_FORCES = {"en": ["Yemeni government forces", "National Army", "Popular Resistance",
                        "Military Forces of Yemen"],
                 "ar": ["قوات الجيش الوطني والمقاومة الشعبية", "قوات الجيش الوطني", "الجيش الوطني",
                        "المقاومة الشعبية"]}
MUKAYRAS_CIVILIANS = {"en": ["five civilians at Mukayras market", "civilians"],
                      "ar": ["خمسة مدنيين", "القتلى الخمسة"]}
COALITION = {"en": ["Saudi-led coalition", "Coalition to Support Legitimacy in Yemen",
                    "Military Forces of Saudi Arabia"],
             "ar": ["طيران تحالف دعم الشرعية", "تحالف دعم الشرعية"]}
HOUTHI_REINFORCEMENTS = {"en": ["Houthi reinforcements", "Houthis"],
                         "ar": ["تعزيزات للميليشيا", "مسلحي الجماعة"]}
GOV_HOUTHIS = merge(YE_GOV_FORCES, HOUTHIS)
BOTH_SIDES_YE = {"en": ["Yemeni government forces", "Houthis"], "ar": ["الطرفين"]}
ZAHIR_MEDIATORS = {"en": ["tribal mediators", "tribal sheikhs"],
                   "ar": ["مشايخ من قبائل المنطقة", "أحد الوسطاء"]}
RESISTANCE_LEADERS = {"en": ["Popular Resistance commanders", "Popular Resistance"],
                      "ar": ["قادة المقاومة الشعبية"]}
SAWMAAH_PRISONERS = {"en": ["three prisoners from al-Sawma'ah"],
                     "ar": ["ثلاثة أسرى من أبناء الصومعة", "الأسرى الثلاثة"]}
HOUTHI_SPOKESMAN = {"en": ["Houthi spokesman", "Houthis"], "ar": ["ناطقاً باسم الجماعة"]}
TRIBAL_SOURCES = {"en": ["tribal sources"], "ar": ["مصادر قبلية"]}
HOUTHI_LEADER = {"en": ["Houthi commander", "Houthis"], "ar": ["قيادي في الجماعة"]}
MUKAYRAS_FIGHTERS = {"en": ["fighters holding out in Mukayras", "Yemeni government forces"],
                     "ar": ["المقاتلون المتحصنون فيها"]}
MUKAYRAS_SHEIKHS = {"en": ["sheikhs of Mukayras"], "ar": ["مشايخ المدينة"]}
BAYDA_AUTHORITY = {"en": ["al-Bayda local authority", "Government of Yemen"],
                   "ar": ["السلطة المحلية في محافظة البيضاء"]}
UN_ENVOY = {"en": ["UN Special Envoy for Yemen", "United Nations"], "ar": ["المبعوث الأممي إلى اليمن"]}
RADAA_YOUTHS = {"en": ["fourteen young men from Rada'a"], "ar": ["أربعة عشر شاباً"]}
ZAHIR_FARMERS = {"en": ["farmers in al-Zahir"], "ar": ["مزارعين", "اثنين منهم"]}
YRCS = {"en": ["Yemen Red Crescent Society", "YRCS"],
        "ar": ["«الهلال الأحمر اليمني»", "الهلال الأحمر اليمني"]}
DISPLACED_300 = {"en": ["some three hundred displaced families"], "ar": ["ثلاثمئة أسرة"]}

# ====================================================== places: 499
MUKAYRAS = {"accept": ["مدينة مكيراس", "مكيراس", "Mukayras", "Mukairas", "Mukeiras"]}
MUKAYRAS_MARKET = place({"accept": ["السوق الشعبي في مكيراس", "سوق مكيراس"]}, MUKAYRAS)
RADAA_ROAD = {"accept": ["رداع", "Rada'a", "Radaa", "Rada", "جبهة الصومعة", "الصومعة", "al-Sawma'ah"]}
ZAHIR = {"accept": ["مديرية الزاهر", "الزاهر", "al-Zahir", "Zahir", "az-Zahir"]}
SAWMAAH = {"accept": ["الصومعة", "al-Sawma'ah", "Sawmaah", "as-Sawma'ah"]}
RADAA = {"accept": ["مدينة رداع", "رداع", "Rada'a", "Radaa", "Rada"]}
LAWDAR = {"accept": ["مدينة لودر", "لودر", "Lawdar", "Loder"]}

# ============================== 500: al-Jazirah (Sudan; January 2025)
RSF = {"en": ["Rapid Support Forces", "RSF"],
       "ar": ["قوات الدعم السريع", "«ميليشيا الدعم السريع المتمردة»", "ميليشيا الدعم السريع", "الدعم السريع"]}
SAF = {"en": ["Sudanese Armed Forces", "SAF", "Sudanese army", "Military Forces of Sudan"],
       "ar": ["الجيش السوداني", "القوات المسلحة", "قوات الجيش", "الجيش"]}
SAF_SPOKESMAN = {"en": ["Sudanese army spokesman", "Sudanese Armed Forces"],
                 "ar": ["الناطق الرسمي باسم القوات المسلحة"]}
SHIELD = {"en": ["Sudan Shield Forces", "Dir' al-Sudan"],
          "ar": ["«قوات درع السودان»", "قوات درع السودان", "درع السودان"]}
SAF_SHIELD_RSF = merge(SAF, SHIELD, RSF)
RUFAA_CIVILIANS = {"en": ["eight civilians in Rufaa", "civilians"],
                   "ar": ["ثمانية مدنيين", "القتلى الثمانية"]}
SHIELD_GUNMEN = {"en": ["gunmen in Sudan Shield Forces uniforms", "Sudan Shield Forces"],
                 "ar": ["مسلحين يرتدون زي «قوات درع السودان»", "«قوات درع السودان»"]}
TAMBOUL_CIVILIANS = {"en": ["eleven civilians in two villages near Tamboul", "civilians"],
                     "ar": ["أحد عشر مدنياً"]}
RESISTANCE_COMMITTEES = {"en": ["Tamboul resistance committees", "resistance committees"],
                         "ar": ["لجان المقاومة في تمبول", "لجان المقاومة"]}
OHCHR = {"en": ["UN High Commissioner for Human Rights", "OHCHR", "United Nations"],
         "ar": ["المفوضية السامية لحقوق الإنسان"]}
HOSTILE_PARTIES = {"en": ["unnamed hostile parties"], "ar": ["«جهات معادية»"]}
DETAINEES_47 = {"en": ["forty-seven detainees"], "ar": ["سبعة وأربعين محتجزاً"]}
HAC = {"en": ["Humanitarian Aid Commission", "HAC", "Government of Sudan"], "ar": ["مفوضية العون الإنساني"]}
NINE_MEN = {"en": ["nine men from a village near Tamboul"], "ar": ["تسعة رجال"]}
TAMBOUL_16 = {"en": ["sixteen civilians in Tamboul", "civilians"], "ar": ["ستة عشر مدنياً"]}
JAZIRAH_GOVERNOR = {"en": ["acting governor of al-Jazirah state", "Government of Sudan"],
                    "ar": ["والي ولاية الجزيرة المكلّف"]}
RUFAA_NOTABLES = {"en": ["committee of Rufaa notables"], "ar": ["لجنة من أعيانها"]}
RUFAA_DISPLACED = {"en": ["displaced people of Rufaa"], "ar": ["النازحين من أبنائها"]}

# ====================================================== places: 500
RUFAA = {"accept": ["مدينة رفاعة", "رفاعة", "Rufaa", "Rufa'a", "Rufa"]}
TAMBOUL = {"accept": ["قرى تمبول", "تمبول", "Tamboul", "Tambul", "Tumbul"]}
TAMBOUL_TOWN = {"accept": ["مدينة تمبول", "تمبول", "Tamboul", "Tambul"]}
HASAHEISA = {"accept": ["الحصاحيصا", "al-Hasaheisa", "Hasaheisa", "El Hasaheisa"]}
