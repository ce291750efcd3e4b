"""Accepted actor names and place names for the hundred-and-twelfth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الحكومة», «المجلس», «التنظيم») are left out on purpose,
with these exceptions, each used only in an article where it names a single actor:
- 556: «النظام» (only ever the Syrian government) and «المحاصرين» (only ever those besieged in the
  National Hospital);
- 557: «الفصائل» (only ever the Turkish-backed factions);
- 559: «الحكومة» (only ever the Yemeni government);
- 560: «الحكومة» (only ever the Tunisian government), «المهاجمين» and «المهاجمون» (only ever the attackers of
  the two army posts), «العسكريين» (only ever the soldiers of those posts).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge

# ============================== 556: Jisr al-Shughur and the al-Ghab plain (Idlib and Hama; April 2015)
JAF = {"en": ["Jaish al-Fath", "Army of Conquest", "Jaysh al-Fatah"],
       "ar": ["فصائل «جيش الفتح»", "مقاتلو «جيش الفتح»", "مقاتلي «جيش الفتح»", "«جيش الفتح»", "جيش الفتح"]}
SY_REGIME = {"en": ["Syrian government forces", "Military Forces of Syria", "Syrian army", "Syrian regime"],
             "ar": ["قوات النظام السوري", "قوات النظام", "وحدات الجيش", "النظام"]}
JAF_REGIME = merge(JAF, SY_REGIME)
REGIME_AIR = {"en": ["Syrian Arab Air Force", "Syrian air force", "Military Forces of Syria",
                     "Syrian regime"],
              "ar": ["طائرات النظام الحربية والمروحية", "طائرات النظام", "مروحيات النظام", "سلاح الجو",
                     "النظام"]}
JISR_CIVILIANS = {"en": ["civilians in Jisr al-Shughur", "civilians"],
                  "ar": ["تسعة مدنيين", "القتلى التسعة", "الضحايا"]}
BESIEGED = {"en": ["Syrian government soldiers besieged in the National Hospital", "Military Forces of Syria",
                   "Syrian army"],
            "ar": ["الجنود المحاصرون", "الجنود المحاصرين", "المحاصرين في المشفى", "المحاصرين"]}
JAF_BESIEGED = merge(JAF, BESIEGED)
SEVEN_CAPTIVES = {"en": ["seven besieged soldiers", "Military Forces of Syria"],
                  "ar": ["سبعة منهم", "الأسرى"]}
JISR_FAMILIES = {"en": ["families fleeing Jisr al-Shughur", "IDPs", "civilians"],
                 "ar": ["آلاف العائلات", "نحو ثمانمئة عائلة"]}
IHH = {"en": ["IHH Humanitarian Relief Foundation", "IHH", "Turkish relief organisation"],
       "ar": ["«هيئة الإغاثة الإنسانية» التركية", "«هيئة الإغاثة الإنسانية»", "هيئة الإغاثة الإنسانية"]}
REGIME_FORCE = merge({"en": ["a Syrian army force"], "ar": ["قوة من الجيش"]}, SY_REGIME)
JAF_SPOKESMAN = merge({"en": ["a Jaish al-Fath spokesman"], "ar": ["متحدثاً باسم «جيش الفتح»"]}, JAF)
ICRC = {"en": ["International Committee of the Red Cross", "ICRC", "Red Cross"],
        "ar": ["وفد من «اللجنة الدولية للصليب الأحمر»", "«اللجنة الدولية للصليب الأحمر»",
               "اللجنة الدولية للصليب الأحمر"]}
JISR_PARTIES = {"en": ["Jaish al-Fath", "Syrian government forces"], "ar": ["الطرفين"]}
MUHAMBAL_VICTIMS = {"en": ["civilians in Muhambal", "civilians"], "ar": ["ستة مدنيين"]}
SNC = {"en": ["National Coalition for Syrian Revolutionary and Opposition Forces",
              "Syrian National Coalition", "SNC"],
       "ar": ["الائتلاف الوطني لقوى الثورة والمعارضة السورية", "الائتلاف الوطني", "هيئته السياسية"]}
UNSC = {"en": ["UN Security Council", "Security Council", "United Nations"], "ar": ["مجلس الأمن"]}

# ====================================================== places: 556
JISR = {"accept": ["مدينة جسر الشغور", "جسر الشغور", "Jisr al-Shughur", "Jisr ash-Shughur", "Jisr al-Shugur"]}
HOSPITAL = {"accept": ["مبنى المشفى الوطني", "المشفى الوطني", "جسر الشغور",
                       "Jisr al-Shughur National Hospital", "National Hospital", "Jisr al-Shughur"]}
HOSPITAL_ROAD = {"accept": ["المشفى الوطني", "جسر الشغور", "Jisr al-Shughur National Hospital",
                            "Jisr al-Shughur"]}
BORDER_CAMPS = {"accept": ["المخيمات المنتشرة على الشريط الحدودي مع تركيا", "الشريط الحدودي مع تركيا",
                           "المخيمات", "Syrian-Turkish border", "border camps"]}
ISHTABRAQ_ROUTE = {"accept": ["أسوار المشفى", "المشفى الوطني", "قرية اشتبرق", "اشتبرق", "جسر الشغور",
                              "Ishtabraq", "Jisr al-Shughur National Hospital", "Jisr al-Shughur"]}
GHAB = {"accept": ["بلدتي الزيارة وقرقور", "الزيارة", "قرقور", "سهل الغاب", "al-Ziyara", "Ziyarah", "Qarqur",
                   "al-Ghab plain", "al-Ghab"]}
MUHAMBAL = {"accept": ["بلدة محمبل", "محمبل", "Muhambal", "Mhambal", "Mahambal"]}
ISTANBUL = {"accept": ["إسطنبول", "Istanbul"]}

# ============================== 557: Manbij and its countryside (Aleppo; October 2019)
SAA = {"en": ["Syrian Arab Army", "Military Forces of Syria", "Syrian army", "Syrian government forces"],
       "ar": ["وحدات من الجيش العربي السوري", "وحدات الجيش العربي السوري", "الجيش العربي السوري",
              "الوحدات السورية", "الجيش السوري"]}
MMC = {"en": ["Manbij Military Council", "MMC", "Syrian Democratic Forces", "SDF"],
       "ar": ["«مجلس منبج العسكري»", "مجلس منبج العسكري", "وحدات المجلس العسكري", "المجلس العسكري"]}
RU_MP = {"en": ["Russian Military Police", "Military Forces of Russia", "Russia"],
         "ar": ["الشرطة العسكرية الروسية", "دورية للشرطة العسكرية الروسية"]}
RU_SAA = merge(RU_MP, SAA)
SNA = {"en": ["Syrian National Army", "Turkish-backed factions", "SNA", "Turkish-backed Syrian opposition"],
       "ar": ["فصائل ما يسمى «الجيش الوطني»", "الفصائل الموالية لأنقرة", "مقاتلين من الفصائل",
              "«الجيش الوطني»", "الفصائل"]}
SNA_SPOKESMAN = merge({"en": ["a Syrian National Army spokesman"],
                       "ar": ["متحدث باسم فصائل ما يسمى «الجيش الوطني»"]}, SNA)
SNA_COMMANDER = merge({"en": ["a Syrian National Army commander"],
                       "ar": ["قيادي في ما يسمى «الجيش الوطني»"]}, SNA)
SDF = {"en": ["Syrian Democratic Forces", "SDF", "QSD"],
       "ar": ["خلايا تابعة لـ«قوات سوريا الديمقراطية»", "«قوات سوريا الديمقراطية»", "قوات سوريا الديمقراطية",
              "«قسد»", "قسد"]}
MMC_SNA = merge(MMC, SNA)
MANBIJ_CIVILIANS = {"en": ["civilians in Manbij market", "civilians"], "ar": ["ستة مدنيين", "القتلى الستة"]}
DADAT_RESIDENTS = {"en": ["residents of al-Dadat", "civilians"], "ar": ["إصابة امرأتين", "سكان القرية"]}
RU_CENTRE = {"en": ["Russian Centre for Reconciliation of Opposing Sides", "Russian reconciliation centre",
                    "Military Forces of Russia", "Russia"],
             "ar": ["مركز المصالحة الروسي"]}
SY_MIL_SOURCE = merge({"en": ["a Syrian military source"], "ar": ["مصدراً عسكرياً سورياً"]}, SAA)
RU_OFFICERS_COUNCIL = {"en": ["Russian officers and the Manbij local council", "Russian military",
                              "Manbij Civil Council"],
                       "ar": ["ضباط روس وممثلون عن المجلس المحلي لمدينة منبج", "ضباط روس",
                              "المجلس المحلي لمدينة منبج"]}
QIRAT_VILLAGERS = {"en": ["villagers on the Qirat road", "protesters", "rioters"],
                   "ar": ["العشرات من أهالي إحدى القرى الواقعة على طريق قيرات", "العشرات من أهالي",
                          "أهالي إحدى القرى"]}
ARIMA_VICTIMS = {"en": ["two women of al-Arima", "civilians"], "ar": ["مقتل امرأتين"]}
SY_MFA = {"en": ["Syrian Ministry of Foreign Affairs", "Government of Syria", "Syrian foreign ministry"],
          "ar": ["وزارة الخارجية السورية"]}
TURKEY = {"en": ["Turkey", "Government of Turkey", "Ankara"], "ar": ["أنقرة"]}
INTL_COMMUNITY = {"en": ["international community", "United Nations"], "ar": ["المجتمع الدولي"]}

# ====================================================== places: 557
MANBIJ_NORTH = {"accept": ["الريف الشمالي لمدينة منبج", "منبج", "Manbij", "Menbij", "Manbij countryside"]}
MANBIJ_MARKET = {"accept": ["السوق الرئيسي وسط المدينة", "سوق منبج", "منبج", "Manbij", "Menbij"]}
ARIMA_ROAD = {"accept": ["الطريق الواصل بين منبج وقرية العريمة", "قرية العريمة", "العريمة", "منبج",
                         "al-Arima", "Arima", "Manbij"]}
SAJUR = {"accept": ["نقاط التماس قرب نهر الساجور", "نهر الساجور", "الساجور", "Sajur river", "Sajur"]}
DADAT = {"accept": ["قرية الدادات", "الدادات", "al-Dadat", "Dadat"]}
FRONT_LINES = {"accept": ["خطوط التماس شمالي منبج", "منبج", "نهر الساجور", "Manbij", "Sajur river"]}
QIRAT = {"accept": ["طريق قيرات", "قيرات", "Qirat road", "Qirat", "Manbij"]}
ARIMA = {"accept": ["قرية العريمة", "العريمة", "al-Arima", "Arima"]}
MANBIJ = {"accept": ["مدينة منبج", "منبج", "Manbij", "Menbij"]}
MANBIJ_CENTRE = {"accept": ["مركز مدينة منبج", "مدينة منبج", "منبج", "Manbij"]}

# ============================== 558: Maysan (Iraq; February 2020)
MAYSAN_POLICE = {"en": ["Maysan Police Command", "Police Forces of Iraq", "Iraqi police"],
                 "ar": ["قيادة شرطة محافظة ميسان", "قيادة شرطة ميسان", "قيادة الشرطة"]}
WANTED_11 = {"en": ["eleven wanted men", "suspects"], "ar": ["أحد عشر مطلوباً"]}
KAHLA_CLANS = {"en": ["two clans of al-Kahla", "clan militias", "tribal militia"],
               "ar": ["عشيرتين في ناحية الكحلاء", "عشيرتين", "العشيرة الثانية", "الطرف الآخر"]}
AMARAH_GUNMEN = {"en": ["unidentified gunmen on a motorcycle", "unidentified gunmen"],
                 "ar": ["مسلحون مجهولون يستقلون دراجة نارية", "مسلحون مجهولون"]}
ACTIVIST = {"en": ["a protest activist", "activist", "civilians"],
            "ar": ["ناشطاً بارزاً في الاحتجاجات الشعبية", "ناشطاً بارزاً", "الناشط"]}
CRISIS_CELL = {"en": ["Maysan crisis cell", "Maysan provincial government"],
               "ar": ["خلية الأزمة في المحافظة", "خلية الأزمة"]}
RAPID_RESPONSE = {"en": ["Rapid Response Division", "Police Forces of Iraq", "Iraqi police"],
                  "ar": ["قوة من الرد السريع", "الرد السريع"]}
AMARAH_PROTESTERS = {"en": ["activists and university students", "protesters"],
                     "ar": ["مئات من الناشطين وطلاب الجامعات", "الناشطين وطلاب الجامعات", "المتظاهرين"]}
RIOT_POLICE = {"en": ["riot police", "Police Forces of Iraq"], "ar": ["قوات مكافحة الشغب"]}
MAJAR_CLANS = {"en": ["two clans of al-Majar al-Kabir", "tribal leaders"],
               "ar": ["شيوخ عشيرتين من قضاء المجر الكبير", "شيوخ عشيرتين", "الطرفان"]}
MAJAR_MEDIATORS = {"en": ["notables of the clans of al-Majar al-Kabir", "tribal mediators"],
                   "ar": ["وجهاء من عشائر القضاء"]}
POLICE_CHIEF = {"en": ["Maysan police chief", "Maysan Police Command", "Police Forces of Iraq"],
                "ar": ["قائد شرطة ميسان"]}
FEUDING_CLANS = {"en": ["the feuding clans", "clan militias"], "ar": ["العشائر المتنازعة"]}
SECURITY_COMMITTEE = {"en": ["Maysan security committee", "Maysan provincial government"],
                      "ar": ["اللجنة الأمنية في المحافظة", "اللجنة الأمنية"]}
KAHLA_SHEIKHS = {"en": ["sheikhs of the clans of al-Kahla", "tribal leaders"], "ar": ["شيوخ عشائر الكحلاء"]}
IQ_SECURITY = {"en": ["Iraqi security forces", "Police Forces of Iraq"], "ar": ["القوات الأمنية"]}
FEUD_PARTICIPANTS = {"en": ["those who took part in the feud"], "ar": ["المشاركين في النزاع"]}
ACTIVIST_SUSPECT = {"en": ["a suspect in the activist's killing"], "ar": ["أحد المتهمين باغتيال الناشط"]}
ROAD_GUNMEN = {"en": ["unidentified gunmen"], "ar": ["مسلحون مجهولون"]}
THREE_EMPLOYEES = {"en": ["three state employees", "civilians"], "ar": ["ثلاثة موظفين"]}
IHCHR = {"en": ["Iraqi High Commission for Human Rights, Maysan office", "IHCHR",
                "High Commission for Human Rights"],
         "ar": ["مكتب مفوضية حقوق الإنسان في ميسان", "مفوضية حقوق الإنسان"]}
IQ_FEDERAL = {"en": ["Iraqi federal government", "Government of Iraq"], "ar": ["الحكومة الاتحادية"]}
LOCAL_POLICE = {"en": ["local police", "Police Forces of Iraq"], "ar": ["الشرطة المحلية"]}
ARMED_PARTIES = {"en": ["armed parties", "militias"], "ar": ["«الأحزاب المسلحة»", "الأحزاب المسلحة"]}

# ====================================================== places: 558
ALI_GHARBI = {"accept": ["قضاء علي الغربي", "علي الغربي", "Ali al-Gharbi", "Ali Al Gharbi"]}
KAHLA = {"accept": ["ناحية الكحلاء", "الكحلاء", "al-Kahla", "Kahla", "Al Kahla"]}
AMARAH = {"accept": ["مدينة العمارة", "العمارة", "al-Amarah", "Amarah", "Amara"]}
GOV_BUILDING = {"accept": ["مبنى ديوان محافظة ميسان في العمارة", "مبنى ديوان محافظة ميسان", "ديوان المحافظة",
                           "العمارة", "Maysan governorate building", "al-Amarah", "Amarah"]}
MAJAR = {"accept": ["قضاء المجر الكبير", "المجر الكبير", "al-Majar al-Kabir", "Majar al-Kabir"]}
QALAT_SALIH = {"accept": ["قضاء قلعة صالح", "قلعة صالح", "Qalat Salih", "Qal'at Salih"]}
ALI_AMARAH_ROAD = {"accept": ["الطريق بين علي الغربي والعمارة", "علي الغربي", "العمارة", "Ali al-Gharbi",
                              "al-Amarah"]}

# ============================== 559: Hadramawt (Yemen; May 2016)
ISIS_559 = {"en": ["Islamic State", "ISIS", "ISIL", "Daesh", "Islamic State - Yemen Province"],
            "ar": ["تنظيم «الدولة الإسلامية»", "«داعش»", "داعش", "الانتحاري"]}
RECRUITS = {"en": ["young men applying to join the security forces", "recruits", "civilians"],
            "ar": ["طابوراً من المتقدمين للالتحاق بقوات الأمن", "أحد عشر شاباً", "الضحايا الأحد عشر",
                   "المتقدمين"]}
AQAP = {"en": ["al-Qaeda in the Arabian Peninsula", "AQAP", "al-Qaeda", "Ansar al-Sharia"],
        "ar": ["تنظيم «القاعدة في جزيرة العرب»", "مقاتلي تنظيم «القاعدة»", "تنظيم «القاعدة»",
               "مقاتلي «القاعدة»", "مسلحون من «القاعدة»", "«القاعدة»", "مقاتلو التنظيم"]}
ELITE = {"en": ["Hadrami Elite Forces", "Hadramawt Elite Forces", "Military Forces of Yemen"],
         "ar": ["قوات «النخبة الحضرمية»", "«النخبة الحضرمية»", "النخبة الحضرمية", "قوات «النخبة»"]}
SHIHR_NOTABLES = {"en": ["notables of al-Shihr"], "ar": ["وجهاء المدينة"]}
AQAP_SUSPECTS = {"en": ["three suspected AQAP members", "al-Qaeda in the Arabian Peninsula"],
                 "ar": ["ثلاثة يُشتبه بانتمائهم إلى «القاعدة»"]}
US_DRONE = {"en": ["United States", "Military Forces of the United States", "US drone"],
            "ar": ["طائرة من دون طيار يُعتقد أنها أمريكية", "طائرة من دون طيار", "واشنطن"]}
ENGINEERS = {"en": ["military engineering teams", "Second Military Region", "Military Forces of Yemen"],
             "ar": ["فرق الهندسة العسكرية", "قيادة المنطقة العسكرية الثانية"]}
HADRAMAWT_AUTHORITY = {"en": ["Hadramawt local authority", "Government of Yemen"], "ar": ["السلطة المحلية"]}
UAE_RC = {"en": ["Emirates Red Crescent", "UAE Red Crescent"],
          "ar": ["«الهلال الأحمر الإماراتي»", "الهلال الأحمر الإماراتي"]}
RECRUIT_GUARDS = {"en": ["guards of the recruitment centre", "Military Forces of Yemen"],
                  "ar": ["حراس المركز"]}
RECRUIT_PROTESTERS = {"en": ["new security recruits", "protesters", "recruits"],
                      "ar": ["مئات من المجندين الجدد في قوات الأمن", "المجندين الجدد", "المحتجين"]}
SECOND_REGION = {"en": ["Second Military Region command", "Military Forces of Yemen"],
                 "ar": ["قيادة المنطقة العسكرية الثانية"]}
YE_GOVERNMENT = {"en": ["Yemeni government", "Government of Yemen"], "ar": ["الحكومة"]}
SEIYUN_POST = {"en": ["soldiers at an army checkpoint in Seiyun", "Military Forces of Yemen"],
               "ar": ["نقطة عسكرية", "أربعة جنود"]}
AQAP_SEIYUN = merge(AQAP, SEIYUN_POST)
HADRAMAWT_GOVERNOR = {"en": ["Governor of Hadramawt", "Hadramawt governorate"], "ar": ["محافظ حضرموت"]}
COALITION_STATES = {"en": ["Saudi-led coalition", "Arab Coalition", "coalition states"],
                    "ar": ["دول التحالف", "التحالف العربي"]}

# ====================================================== places: 559
MUKALLA_FUWWA = {"accept": ["حي فوّة غربي مدينة المكلا", "حي فوّة", "مدينة المكلا", "المكلا", "al-Mukalla",
                            "Mukalla", "Fuwwah"]}
SHIHR = {"accept": ["ميناء مدينة الشحر", "مدينة الشحر", "الشحر", "al-Shihr", "Shihr", "Ash Shihr"]}
GHAYL = {"accept": ["مدينة غيل باوزير", "غيل باوزير", "Ghayl Ba Wazir", "Ghail Bawazir"]}
RIYAN = {"accept": ["مطار الريان الدولي", "مطار الريان", "al-Riyan airport", "Riyan International Airport",
                    "Riyan", "al-Mukalla"]}
SEIYUN_FARMS = {"accept": ["مزارع قريبة من مدينة سيئون", "مدينة سيئون", "سيئون", "وادي حضرموت", "Seiyun",
                           "Sayun", "Wadi Hadramawt"]}
MUKALLA = {"accept": ["مدينة المكلا", "المكلا", "al-Mukalla", "Mukalla"]}
SECOND_REGION_HQ = {"accept": ["مبنى قيادة المنطقة العسكرية الثانية في المكلا", "المكلا", "al-Mukalla",
                               "Mukalla"]}
POWER_STATION = {"accept": ["محطة كهرباء المكلا", "المكلا", "al-Mukalla", "Mukalla"]}
SEIYUN_ENTRANCE = {"accept": ["المدخل الغربي لمدينة سيئون", "مدينة سيئون", "سيئون", "Seiyun", "Sayun"]}

# ============================== 560: the mountains of Kasserine (Tunisia; July 2014)
TN_ARMY = {"en": ["Tunisian Army", "Military Forces of Tunisia", "Tunisian national army"],
           "ar": ["نقطتين متقدمتين للجيش الوطني", "الجيش الوطني", "العسكريين"]}
OKBA = {"en": ["Okba Ibn Nafaa Brigade", "Uqba ibn Nafi Brigade", "AQIM", "armed group"],
        "ar": ["«كتيبة عقبة بن نافع»", "كتيبة عقبة بن نافع", "نحو عشرين مسلحاً", "المجموعة المهاجمة",
                "المهاجمين", "المهاجمون"]}
SALLOUM_CLASH = merge(OKBA, TN_ARMY)
TN_ARTILLERY = merge({"en": ["Tunisian army artillery and helicopters"],
                      "ar": ["المدفعية الثقيلة ومروحيات الجيش", "مروحيات الجيش", "المدفعية الثقيلة"]},
                     TN_ARMY)
TN_MOD = {"en": ["Tunisian Ministry of National Defence", "Military Forces of Tunisia",
                 "Tunisian defence ministry"],
          "ar": ["وزارة الدفاع الوطني", "وزارة الدفاع"]}
TERRORIST_ELEMENTS = {"en": ["militants", "armed group"], "ar": ["عناصر إرهابية"]}
FERIANA_PATROL = {"en": ["a joint army and National Guard patrol", "Military Forces of Tunisia",
                         "Tunisian National Guard"],
                  "ar": ["دورية مشتركة للجيش والحرس الوطني", "ثلاثة أعوان"]}
NATIONAL_GUARD = {"en": ["Tunisian National Guard", "National Guard", "Police Forces of Tunisia"],
                  "ar": ["وحدات الحرس الوطني", "الحرس الوطني"]}
THALA_CELL = {"en": ["members of a support cell in Thala", "suspected militants"],
              "ar": ["خمسة من عناصرها", "خلية في مدينة تالة"]}
CITIZENS = {"en": ["citizens", "civilians"], "ar": ["المواطنين"]}
SBIBA_GUNMEN = {"en": ["gunmen", "armed group"], "ar": ["مسلحين"]}
SHEPHERDS = {"en": ["two shepherds", "civilians"], "ar": ["راعيين", "الراعيين"]}
NG_SOURCE = merge({"en": ["a National Guard source"], "ar": ["مصدراً في الحرس الوطني"]}, NATIONAL_GUARD)
TN_PM_VISIT = {"en": ["Tunisian Prime Minister and the ministers of defence and the interior",
                      "Government of Tunisia"],
               "ar": ["رئيس الحكومة ووزيرا الدفاع والداخلية", "رئيس الحكومة"]}
DEPLOYED_UNITS = {"en": ["army units deployed in Kasserine", "Military Forces of Tunisia"],
                  "ar": ["الوحدات المرابطة في المنطقة"]}
HAIDRA_MOURNERS = {"en": ["young mourners in Haidra", "protesters"], "ar": ["عشرات الشبان", "المشيعون"]}
TN_SECURITY = {"en": ["Tunisian security forces", "Police Forces of Tunisia"], "ar": ["الوحدات الأمنية"]}
NG_AGENT = {"en": ["a National Guard officer", "Tunisian National Guard"], "ar": ["عون من الحرس الوطني"]}
POPULAR_FRONT = {"en": ["Popular Front", "Front populaire"], "ar": ["الجبهة الشعبية"]}
TN_GOVERNMENT = {"en": ["Tunisian government", "Government of Tunisia"], "ar": ["الحكومة"]}
TN_PARTIES = {"en": ["Tunisian political parties"], "ar": ["القوى السياسية"]}
THALA_TRADERS = {"en": ["shopkeepers of Thala", "local UGTT union", "UGTT"],
                 "ar": ["التجار", "الاتحاد المحلي للشغل"]}
TN_INTERIOR = {"en": ["Tunisian Ministry of the Interior", "Police Forces of Tunisia"],
               "ar": ["وزارة الداخلية"]}

# ====================================================== places: 560
SALLOUM_POSTS = {"accept": ["نقطتين متقدمتين للجيش الوطني في جبل السلوم", "جبل السلوم", "Mount Salloum",
                            "Jebel Salloum", "Djebel Selloum"]}
SALLOUM_HEIGHTS = {"accept": ["مرتفعات جبل السلوم", "جبل السلوم", "Mount Salloum", "Jebel Salloum",
                              "Djebel Selloum"]}
MILITARY_ZONE = {"accept": ["جبلي السلوم والمغيلة", "جبل السلوم", "جبل المغيلة", "Mount Salloum",
                            "Mount Mghila", "Jebel Salloum", "Jebel Mghila"]}
FERIANA = {"accept": ["معتمدية فريانة", "فريانة", "Feriana", "Fériana"]}
THALA = {"accept": ["مدينة تالة", "تالة", "Thala"]}
SBIBA = {"accept": ["معتمدية سبيبة", "سبيبة", "Sbiba"]}
KASSERINE_GOV = {"accept": ["ولاية القصرين", "Kasserine Governorate"]}
HAIDRA = {"accept": ["مدينة حيدرة", "حيدرة", "Haidra", "Haïdra", "Hydra"]}
HAIDRA_ROAD = {"accept": ["طريق ريفي قرب مدينة حيدرة", "مدينة حيدرة", "حيدرة", "Haidra", "Haïdra"]}
TUNIS = {"accept": ["العاصمة", "تونس العاصمة", "Tunis"]}
