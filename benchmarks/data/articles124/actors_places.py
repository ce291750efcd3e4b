"""Accepted actor names and place names for the hundred-and-twenty-fourth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الحكومة», «الوحدات») are left out on purpose, with these
exceptions, each used only in an article where it names a single actor:
- 616: «النظام», «الفصائل» and «الثوار» (only ever the Syrian government and the opposition factions);
- 617 and 618: «التنظيم» (only ever ISIS);
- 619: «التحالف» (only ever the Saudi-led coalition);
- 620: «الجيش» and «المسلحين»/«المسلحون» (only ever the Egyptian army and the attackers).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge

# ============================== 616: Menagh airbase, Tell Rifaat, Azaz and Bab al-Salama (Aleppo; 2016)
SDF_616 = {"en": ["Syrian Democratic Forces", "SDF", "People's Protection Units", "YPG", "Kurdish forces"],
           "ar": ["«قوات سوريا الديمقراطية»", "قوات سوريا الديمقراطية", "الوحدات الكردية"]}
FACTIONS_616 = {"en": ["Syrian opposition factions", "rebels", "Levant Front", "al-Jabha al-Shamiya",
                       "Free Syrian Army"],
                "ar": ["فصائل الثوار", "«الجبهة الشامية»", "الجبهة الشامية", "الفصائل", "الثوار"]}
SDF_AND_FACTIONS = merge(SDF_616, FACTIONS_616)
RU_AIR_616 = {"en": ["Russian Air Force", "Russian warplanes", "Military Forces of Russia", "Russia"],
              "ar": ["الطيران الروسي"]}
AZAZ_ROAD_VICTIMS = {"en": ["displaced family from Tell Rifaat", "civilians"],
                     "ar": ["أربعة مدنيين", "عائلة نازحة"]}
REGIME_616 = {"en": ["Syrian government forces", "Military Forces of Syria", "Syrian regime",
                     "foreign militias", "pro-government militias"],
              "ar": ["قوات النظام", "الميليشيات الأجنبية", "النظام"]}
TR_ARTILLERY_616 = {"en": ["Turkish artillery", "Military Forces of Turkey", "Turkish Armed Forces",
                           "Turkey"], "ar": ["المدفعية التركية"]}
YPG_616 = {"en": ["People's Protection Units", "YPG", "Kurdish forces", "Syrian Democratic Forces", "SDF"],
           "ar": ["الوحدات الكردية"]}
YPG_POSITIONS = {"en": ["YPG positions", "People's Protection Units", "YPG", "Syrian Democratic Forces"],
                 "ar": ["مواقع الوحدات الكردية", "الوحدات الكردية"]}
TR_PM = {"en": ["Turkish Prime Minister", "Government of Turkey", "Turkey"], "ar": ["رئيس الوزراء التركي"]}
AFAD = {"en": ["Disaster and Emergency Management Authority", "AFAD", "Government of Turkey"],
        "ar": ["إدارة الكوارث والطوارئ التركية", "«آفاد»", "آفاد"]}
SALAMA_FAMILIES = {"en": ["displaced families at Bab al-Salama", "displaced people", "civilians"],
                   "ar": ["العائلات المتجمعة قرب المعبر", "أكثر من ثلاثين ألف نازح"]}
TR_AUTHORITIES = {"en": ["Turkish authorities", "Government of Turkey", "Turkey"], "ar": ["السلطات التركية"]}
FACTIONS_AND_TURKS = {"en": ["commanders of the northern Aleppo factions", "Syrian opposition factions",
                             "Turkish officials", "Turkey"],
                      "ar": ["قادة فصائل الريف الشمالي", "مسؤولين أتراكاً"]}
RUSSIAN_OFFICERS = {"en": ["Russian officers", "Russia"], "ar": ["ضباط روس"]}
YPG_REGIME_RUSSIA = merge(YPG_616, REGIME_616, RUSSIAN_OFFICERS)
MAREA_VICTIMS = {"en": ["civilians in Mare'", "civilians"], "ar": ["خمسة مدنيين", "مقتل طفل"]}
MAREA_COUNCIL = {"en": ["Mare' local council", "local council of Mare'"], "ar": ["المجلس المحلي للمدينة"]}
INTL_ORGS = {"en": ["international organisations", "NGOs"], "ar": ["المنظمات الدولية"]}
AZAZ_PROTESTERS = {"en": ["residents of Azaz", "displaced people", "protesters"],
                   "ar": ["مئات من أهالي أعزاز والنازحين إليها", "أهالي أعزاز"]}
DEIR_JAMAL_YOUTHS = {"en": ["young men of Deir Jamal and Menagh", "civilians"], "ar": ["نحو عشرين شاباً"]}
IDLIB_FIGHTERS = {"en": ["fighters of the Idlib countryside factions", "Syrian opposition factions",
                         "rebels"], "ar": ["مئات المقاتلين من فصائل ريف إدلب", "فصائل ريف إدلب"]}

# ====================================================== places: 616
MENAGH = {"accept": ["مطار منغ العسكري", "مطار منغ", "منغ", "Menagh airbase", "Menagh", "Minakh", "Mennagh"]}
AZAZ_ROAD = {"accept": ["الطريق الواصل بين مدينة أعزاز ومعبر باب السلامة", "أعزاز", "باب السلامة", "Azaz",
                        "A'zaz", "Bab al-Salama", "Bab al-Salameh"]}
NUBL_ZAHRAA = {"accept": ["بلدتي نبل والزهراء", "نبل", "الزهراء", "Nubl", "Nubbul", "al-Zahraa", "Zahraa"]}
TELL_RIFAAT = {"accept": ["محيط مطار منغ وبلدة تل رفعت", "تل رفعت", "مطار منغ", "Tell Rifaat", "Tal Rifaat",
                          "Menagh"]}
KILIS = {"accept": ["مدينة كلس الحدودية", "كلس", "Kilis"]}
SALAMA = {"accept": ["معبر باب السلامة", "باب السلامة", "Bab al-Salama", "Bab al-Salameh", "Azaz"]}
NORTH_COUNTRYSIDE = {"accept": ["قرى الريف الشمالي", "الريف الشمالي", "northern Aleppo countryside"]}
MAREA = {"accept": ["مدينة مارع", "مارع", "Mare'", "Marea", "Mari'"]}
AZAZ = {"accept": ["أعزاز", "Azaz", "A'zaz"]}
DEIR_JAMAL = {"accept": ["قرى دير جمال ومنغ", "دير جمال", "منغ", "Deir Jamal", "Menagh"]}
AZAZ_SALAMA = {"accept": ["أعزاز", "معبر باب السلامة", "Azaz", "Bab al-Salama"]}

# ============================== 617: al-Bukamal, al-Mayadin, al-Ashara and the T2 station (Deir ez-Zor; 2017)
SAA_617 = {"en": ["Syrian Arab Army", "Syrian army", "Military Forces of Syria", "Syrian government forces",
                  "pro-government militias"],
           "ar": ["وحدات الجيش العربي السوري", "الجيش العربي السوري", "القوات الرديفة"]}
ISIS_617 = {"en": ["Islamic State", "ISIS", "ISIL", "IS", "Daesh"],
            "ar": ["إرهابيو تنظيم «داعش»", "تنظيم «داعش»", "«داعش»", "داعش", "إرهابيي التنظيم",
                   "إرهابيو التنظيم", "مسلحي التنظيم", "التنظيم"]}
SAA_AND_ISIS = merge(SAA_617, ISIS_617)
RU_AIR_617 = {"en": ["Russian Air Force", "Russian warplanes", "Military Forces of Russia", "Russia"],
              "ar": ["المقاتلات الروسية"]}
ISIS_COLUMNS = {"en": ["Islamic State columns", "Islamic State", "ISIS"],
                "ar": ["أرتال لإرهابيي التنظيم", "إرهابيي التنظيم"]}
ISIS_EMIRS = {"en": ["foreign Islamic State commanders", "Islamic State", "ISIS"],
              "ar": ["أمراء التنظيم الأجانب", "أمراء التنظيم"]}
FIELD_COMMANDER_617 = {"en": ["field commander of the auxiliary forces", "pro-government militias",
                              "Syrian government forces"], "ar": ["قائد ميداني في القوات الرديفة"]}
ISIS_REMNANTS = {"en": ["remaining Islamic State fighters", "Islamic State", "ISIS"],
                 "ar": ["من تبقى من الإرهابيين", "الإرهابيين"]}
LOCAL_GUNMEN = {"en": ["local gunmen", "Islamic State", "ISIS"], "ar": ["عشرات المسلحين المحليين"]}
SARC = {"en": ["Syrian Arab Red Crescent", "SARC"],
        "ar": ["الهلال الأحمر العربي السوري", "للهلال الأحمر العربي السوري"]}
MAYADIN_FAMILIES = {"en": ["returning families of al-Mayadin",
                           "displaced people from the al-Bukamal countryside", "civilians"],
                    "ar": ["العائلات العائدة إلى المدينة", "نازحين من ريف البوكمال"]}
SAA_UNITS = {"en": ["Syrian army units", "Syrian Arab Army", "Military Forces of Syria"],
             "ar": ["وحدات الجيش"]}
ISIS_SIX = {"en": ["six Islamic State members", "Islamic State", "ISIS"], "ar": ["ستة من عناصر التنظيم"]}
ISIS_SUSPECT = {"en": ["an Islamic State member", "Islamic State", "ISIS"], "ar": ["أحدهم"]}
DZ_GOVERNOR = {"en": ["Governor of Deir ez-Zor", "Government of Syria"], "ar": ["محافظ دير الزور"]}
TRIBAL_NOTABLES_617 = {"en": ["tribal notables of the eastern countryside", "tribal leaders"],
                       "ar": ["وجهاء العشائر"]}
PMF_617 = {"en": ["Popular Mobilization Forces", "PMF", "Hashd al-Shaabi"],
           "ar": ["قوات «الحشد الشعبي»", "«الحشد الشعبي»", "الحشد الشعبي"]}
SAA_AND_PMF = merge(SAA_617, PMF_617)
IRAQI_FORCES_617 = {"en": ["Iraqi security forces", "Military Forces of Iraq", "Iraqi army",
                           "Popular Mobilization Forces"], "ar": ["القوات العراقية", "فصائل «الحشد الشعبي»"]}
IRAQI_AND_ISIS = merge(IRAQI_FORCES_617, ISIS_617)
SY_GOV = {"en": ["Government of Syria", "Syrian Ministry of Foreign Affairs", "Syrian government"],
          "ar": ["الحكومة السورية", "وزارة الخارجية"]}
US_COALITION_617 = {"en": ["US-led coalition", "Global Coalition against Daesh", "United States", "CJTF-OIR"],
                    "ar": ["«التحالف الدولي»", "التحالف الدولي"]}
UNSC_617 = {"en": ["UN Security Council", "United Nations Security Council"], "ar": ["مجلس الأمن"]}
MAYADIN_CIVILIANS = {"en": ["civilians in al-Mayadin", "civilians"], "ar": ["ثلاثة مدنيين"]}
SAA_ARTILLERY = {"en": ["Syrian army artillery", "Syrian Arab Army", "Military Forces of Syria"],
                 "ar": ["المدفعية"]}
SAA_COMMAND = {"en": ["Syrian army operations command", "Syrian Arab Army", "Military Forces of Syria"],
               "ar": ["قيادة العمليات"]}
BUKAMAL_RETURNEES = {"en": ["two civilians returning to al-Bukamal", "civilians"], "ar": ["مدنيين اثنين"]}

# ====================================================== places: 617
ASHARA_ROAD = {"accept": ["الطريق الواصل بين الميادين والبوكمال قرب بلدة العشارة", "بلدة العشارة", "العشارة",
                          "al-Ashara", "Ashara", "al-Mayadin–al-Bukamal road"]}
T2 = {"accept": ["محيط محطة الضخ الثانية", "محطة الضخ الثانية", "«T2»", "T2", "T2 pumping station", "T-2"]}
BUKAMAL = {"accept": ["مدينة البوكمال", "البوكمال", "al-Bukamal", "Abu Kamal", "Albu Kamal", "Bukamal"]}
BUKAMAL_BADIA = {"accept": ["البوكمال", "البادية", "al-Bukamal", "Abu Kamal", "Syrian Desert"]}
BUKAMAL_SURROUNDINGS = {"accept": ["محيط المدينة", "البوكمال", "البادية", "al-Bukamal", "Abu Kamal"]}
MAYADIN = {"accept": ["مدينة الميادين", "الميادين", "al-Mayadin", "Mayadin", "Mayadeen"]}
ASHARA_CHECKPOINT = {"accept": ["حاجز العشارة", "العشارة", "al-Ashara", "Ashara"]}
MAYADIN_MARKET = {"accept": ["سوق الميادين", "الميادين", "al-Mayadin", "Mayadin"]}
QAIM_BORDER = {"accept": ["الشريط الحدودي من جهة القائم", "القائم", "al-Qaim border", "al-Qaim", "Qaim"]}
QAIM = {"accept": ["مدينة القائم ومنفذها الحدودي", "مدينة القائم", "القائم", "al-Qaim", "Qaim",
                   "al-Qaim border crossing"]}
BUKAMAL_STREETS = {"accept": ["شوارع المدينة ومداخلها", "البوكمال", "al-Bukamal", "Abu Kamal"]}
BUKAMAL_ROAD = {"accept": ["محيط البوكمال والطريق الممتد نحو الميادين", "محيط البوكمال", "البوكمال",
                           "الميادين", "al-Bukamal", "Abu Kamal", "al-Mayadin"]}

# ============================== 618: Ramadi, al-Hoz, al-Tamim, al-Khalidiya and Habbaniyah (Anbar; 2015)
ISIS_618 = {"en": ["Islamic State", "ISIS", "ISIL", "IS", "Daesh"],
            "ar": ["تنظيم «داعش»", "«داعش»", "داعش", "مسلحي «داعش»", "مسلحي التنظيم", "مسلحو التنظيم",
                   "التنظيم"]}
SOLDIERS_HOZ = {"en": ["Iraqi army engineers", "Iraqi soldiers", "Military Forces of Iraq"],
                "ar": ["ثلاثة جنود", "فرق الهندسة العسكرية"]}
COALITION_618 = {"en": ["US-led coalition", "Global Coalition against Daesh", "CJTF-OIR", "United States"],
                 "ar": ["طيران التحالف الدولي", "التحالف الدولي"]}
ISIS_GATHERINGS = {"en": ["Islamic State fighters", "Islamic State", "ISIS"],
                   "ar": ["تجمعات لمسلحي التنظيم", "مسلحي التنظيم"]}
RAMADI_FAMILIES = {"en": ["families from central Ramadi", "displaced families", "civilians"],
                   "ar": ["نحو مئتي عائلة", "مئتي عائلة"]}
CTS = {"en": ["Counter-Terrorism Service", "CTS", "Iraqi Counter Terrorism Service", "Iraqi security forces",
              "Military Forces of Iraq"], "ar": ["قوات جهاز مكافحة الإرهاب", "جهاز مكافحة الإرهاب"]}
CTS_AND_ISIS = merge(CTS, ISIS_618)
IRAQI_SF_618 = {"en": ["Iraqi security forces", "Military Forces of Iraq"], "ar": ["القوات الأمنية"]}
IRAQI_SF_AND_ISIS = merge(IRAQI_SF_618, ISIS_618)
MALAB_YOUTHS = {"en": ["young men of al-Mal'ab", "civilians"], "ar": ["أربعة شبان"]}
ANBAR_SHEIKHS = {"en": ["Anbar tribal sheikhs", "tribal leaders", "Sunni tribes"],
                 "ar": ["شيوخ عشائر في الأنبار", "شيوخ عشائر", "أحدهم"]}
IQ_GOV = {"en": ["Government of Iraq", "Iraqi federal government", "central government"],
          "ar": ["الحكومة المركزية"]}
PMF_618 = {"en": ["Popular Mobilization Forces", "PMF", "Hashd al-Shaabi"],
           "ar": ["فصائل «الحشد الشعبي»", "«الحشد الشعبي»", "الحشد الشعبي"]}
MODM = {"en": ["Ministry of Migration and Displacement", "Government of Iraq"],
        "ar": ["وزارة الهجرة والمهجرين"]}
HABBANIYAH_FAMILIES = {"en": ["displaced families from Ramadi", "displaced people", "civilians"],
                       "ar": ["أكثر من ألف ومئتي عائلة نازحة من الرمادي", "عائلة نازحة"]}
SECURITY_LEADERS = {"en": ["Iraqi security commanders", "Iraqi security forces"], "ar": ["القيادات الأمنية"]}
ANBAR_POLICE = {"en": ["Anbar police", "Iraqi police", "Police Forces of Iraq"],
                "ar": ["أفواج من شرطة الأنبار", "شرطة الأنبار"]}
CTS_UNITS = {"en": ["Counter-Terrorism Service units", "Counter-Terrorism Service", "CTS"],
             "ar": ["قطعات الجهاز"]}
POLICE_INTEL = {"en": ["police intelligence", "Iraqi police", "Police Forces of Iraq"],
                "ar": ["قوة من استخبارات الشرطة", "استخبارات الشرطة"]}
SUSPECTS_7 = {"en": ["seven Islamic State suspects", "Islamic State", "ISIS"], "ar": ["سبعة مشتبهاً"]}
TRIBAL_MOB = {"en": ["Tribal Mobilization", "tribal fighters", "Sunni tribal militia"],
              "ar": ["قوات الحشد العشائري", "الحشد العشائري"]}
COALITION_SPOKESMAN = {"en": ["spokesman of the US-led coalition", "US-led coalition", "United States"],
                       "ar": ["المتحدث باسم التحالف الدولي"]}
IRAQI_FORCES_618 = {"en": ["Iraqi forces", "Military Forces of Iraq", "Iraqi security forces"],
                    "ar": ["القوات العراقية", "للقوات العراقية"]}

# ====================================================== places: 618
HOZ = {"accept": ["حي الحوز", "الحوز", "al-Hoz", "Hoz", "Ramadi"]}
CENTRAL_RAMADI = {"accept": ["شوارع وسط الرمادي ومنازلها", "وسط الرمادي", "الرمادي", "Ramadi"]}
SUFIYA = {"accept": ["منطقة الصوفية", "الصوفية", "al-Sufiya", "Sufiyah", "Ramadi"]}
WARRAR = {"accept": ["جسر الورار", "الورار", "al-Warrar bridge", "Warrar bridge", "Warrar", "Ramadi"]}
GOV_COMPLEX = {"accept": ["منطقة المجمع الحكومي", "المجمع الحكومي", "الرمادي", "Ramadi government complex",
                          "government complex", "Ramadi"]}
TAMIM = {"accept": ["حي التأميم", "التأميم", "al-Tamim", "Tamim", "Ta'mim"]}
RAMADI = {"accept": ["الرمادي", "Ramadi"]}
MALAB = {"accept": ["حي الملعب", "الملعب", "al-Mal'ab", "Malaab", "Ramadi"]}
KHALIDIYA = {"accept": ["ناحية الخالدية", "الخالدية", "al-Khalidiya", "Khalidiyah", "Khalidiya"]}
HABBANIYAH = {"accept": ["مخيمات الحبانية", "الحبانية", "Habbaniyah", "Habbaniya"]}
RAMADI_LIBERATED = {"accept": ["الأحياء المحررة في الرمادي", "الرمادي", "Ramadi"]}
HOZ_TAMIM = {"accept": ["حيي الحوز والتأميم", "الحوز", "التأميم", "al-Hoz", "al-Tamim", "Ramadi"]}
KHALIDIYA_CHECKPOINT = {"accept": ["نقطة تفتيش في الخالدية", "الخالدية", "al-Khalidiya", "Khalidiyah"]}
ANBAR = {"accept": ["الأنبار", "Anbar", "al-Anbar"]}

# ============================== 619: Crater, al-Mualla, Dar Saad and al-Tawahi (Aden; 2019)
KSA = {"en": ["Saudi Arabia", "Government of Saudi Arabia", "Kingdom of Saudi Arabia"],
       "ar": ["المملكة العربية السعودية"]}
YEMEN_GOV = {"en": ["Government of Yemen", "Yemeni government", "Hadi government"], "ar": ["الحكومة اليمنية"]}
STC = {"en": ["Southern Transitional Council", "STC"],
       "ar": ["المجلس الانتقالي الجنوبي", "المجلس الانتقالي", "«الانتقالي»"]}
GOV_AND_STC = merge(YEMEN_GOV, STC)
COALITION_619 = {"en": ["Saudi-led coalition", "Arab Coalition", "Coalition to Restore Legitimacy in Yemen"],
                 "ar": ["التحالف الذي تقوده", "التحالف"]}
MUALLA_CIVILIANS = {"en": ["civilians in al-Mualla and Crater", "civilians"], "ar": ["أربعة مدنيين"]}
STC_FORCES = {"en": ["Security Belt Forces", "Support and Backup Brigades", "Southern Transitional Council",
                     "STC forces"],
              "ar": ["قوات «الحزام الأمني»", "«الحزام الأمني»", "الحزام الأمني", "ألوية «الدعم والإسناد»",
                     "قوات المجلس", "المجلس الانتقالي"]}
GOV_FORCES_619 = {"en": ["Yemeni government forces", "Presidential Protection Brigades",
                         "Military Forces of Yemen"],
                  "ar": ["القوات الحكومية", "ألوية الحماية الرئاسية", "وحدات الحماية الرئاسية"]}
STC_AND_GOV_FORCES = merge(STC_FORCES, GOV_FORCES_619)
YEMEN_PM = {"en": ["Prime Minister of Yemen", "Yemeni government", "Government of Yemen"],
            "ar": ["رئيس الحكومة ووزراءه", "رئيس الحكومة"]}
STC_SPOKESMAN = {"en": ["STC spokesman", "Southern Transitional Council", "STC"],
                 "ar": ["المتحدث باسم المجلس الانتقالي"]}
ISLAH = {"en": ["Islah Party", "al-Islah", "Yemeni Congregation for Reform"],
         "ar": ["حزب «الإصلاح»", "«الإصلاح»"]}
UAE = {"en": ["United Arab Emirates", "UAE", "Government of the United Arab Emirates"],
       "ar": ["دولة الإمارات", "الإمارات"]}
PP4 = {"en": ["4th Presidential Protection Brigade", "Presidential Protection Brigades",
              "Yemeni government forces"],
       "ar": ["قوة من اللواء الرابع حماية رئاسية", "اللواء الرابع حماية رئاسية"]}
STC_FIGHTERS = {"en": ["STC fighters", "Southern Transitional Council", "STC forces"],
                "ar": ["مقاتلي المجلس"]}
STC_REINFORCEMENTS = {"en": ["STC reinforcements from al-Dhale and Yafa", "Southern Transitional Council",
                             "STC forces"], "ar": ["تعزيزات للمجلس", "مئات المقاتلين"]}
STC_HEAD = {"en": ["President of the Southern Transitional Council", "Southern Transitional Council", "STC"],
            "ar": ["رئيس المجلس الانتقالي"]}
ICRC = {"en": ["International Committee of the Red Cross", "ICRC", "Red Cross"],
        "ar": ["اللجنة الدولية للصليب الأحمر"]}
ADEN_HOSPITALS = {"en": ["hospitals of Aden", "al-Jumhuriya hospital"],
                  "ar": ["ثلاثة مستشفيات في عدن", "مستشفى الجمهورية"]}
WARRING_PARTIES = {"en": ["the parties to the fighting", "Southern Transitional Council",
                          "Yemeni government"], "ar": ["الأطراف"]}
MOTHERS = {"en": ["mothers of presidential protection soldiers", "protesters", "women"],
           "ar": ["عشرات النساء"]}
NORTHERNERS = {"en": ["people from the northern governorates", "northern Yemenis", "civilians"],
               "ar": ["عشرات من أبناء المحافظات الشمالية", "أبناء المحافظات الشمالية"]}
NORTHERNERS_SOME = {"en": ["people from the northern governorates", "northern Yemenis", "civilians"],
                    "ar": ["بعضهم"]}
HOUTHIS = {"en": ["Houthis", "Ansar Allah", "Houthi movement"], "ar": ["جماعة الحوثيين", "الحوثيين"]}
JALAA_SOLDIERS = {"en": ["soldiers at a parade in al-Jalaa camp", "Security Belt Forces", "soldiers"],
                  "ar": ["عشرات الجنود", "عرضاً عسكرياً"]}
STC_SUPPORTERS = {"en": ["STC supporters", "Southern Transitional Council"], "ar": ["أنصار المجلس"]}
SAUDI_FORCES = {"en": ["Saudi forces", "Military Forces of Saudi Arabia", "Saudi Arabia"],
                "ar": ["قوات سعودية"]}

# ====================================================== places: 619
JEDDAH = {"accept": ["مدينة جدة", "جدة", "Jeddah", "Jiddah"]}
ADEN = {"accept": ["عدن", "Aden"]}
MUALLA_CRATER = {"accept": ["منازل في مديرية المعلا وفي أطراف كريتر", "مديرية المعلا", "المعلا", "كريتر",
                            "al-Mualla", "Mualla", "Crater", "Aden"]}
DAR_SAAD = {"accept": ["معسكرات ألوية الحماية الرئاسية في مديرية دار سعد وخور مكسر", "دار سعد", "خور مكسر",
                       "عدن", "Dar Saad", "Dar Sa'ad", "Khor Maksar", "Aden"]}
MAASHIQ = {"accept": ["قصر معاشيق الرئاسي في كريتر", "قصر معاشيق", "معاشيق", "كريتر", "Maashiq palace",
                      "Maashiq", "Crater", "Aden"]}
TAWAHI = {"accept": ["مبنى قرب ميناء التواهي", "ميناء التواهي", "التواهي", "al-Tawahi", "Tawahi", "Aden"]}
ADEN_OUTSKIRTS = {"accept": ["أطراف عدن", "عدن", "Aden"]}
ADEN_HOSP_PLACES = {"accept": ["ثلاثة مستشفيات في عدن", "عدن", "خور مكسر", "Aden", "Khor Maksar"]}
TAWAHI_LOCAL = {"accept": ["مقر السلطة المحلية في التواهي", "التواهي", "al-Tawahi", "Tawahi", "Aden"]}
MUALLA_SHEIKH_OTHMAN = {"accept": ["أحياء المعلا والشيخ عثمان", "المعلا", "الشيخ عثمان", "al-Mualla",
                                   "Sheikh Othman", "Aden"]}
BURAIQA = {"accept": ["معسكر الجلاء بمديرية البريقة", "معسكر الجلاء", "البريقة", "al-Jalaa camp",
                      "al-Buraiqa", "Breiqa", "Aden"]}
MAASHIQ_AIRPORT = {"accept": ["قصر معاشيق ومطار عدن الدولي", "قصر معاشيق", "مطار عدن الدولي",
                              "Maashiq palace", "Aden International Airport", "Aden"]}

# ============================== 620: Sheikh Zuweid, al-Arish, Rafah, Abu Rifai and al-Sidra (North Sinai;
# 2015)
EG_ARMY = {"en": ["Egyptian Armed Forces", "Egyptian army", "Military Forces of Egypt"],
           "ar": ["القوات المسلحة", "قوات التأمين", "الجيش"]}
ABM = {"en": ["Ansar Bayt al-Maqdis", "Sinai Province", "Islamic State Sinai Province", "Wilayat Sinai",
              "Islamic State"],
       "ar": ["جماعة «أنصار بيت المقدس»", "«أنصار بيت المقدس»", "أنصار بيت المقدس", "«ولاية سيناء»",
              "ولاية سيناء", "المسلحين", "المسلحون"]}
ABM_AND_ARMY = merge(ABM, EG_ARMY)
EG_AIR = {"en": ["Egyptian Air Force", "Egyptian F-16s", "Military Forces of Egypt", "Egyptian Armed Forces"],
          "ar": ["مقاتلات «إف-16»", "القوات المسلحة"]}
TAKFIRI = {"en": ["militants", "Sinai Province", "Ansar Bayt al-Maqdis"],
           "ar": ["العناصر التكفيرية", "تكفيرياً", "التكفيريين"]}
SZ_POLICE_GUARD = {"en": ["Sheikh Zuweid police station", "Police Forces of Egypt", "Egyptian police"],
                   "ar": ["قسم شرطة الشيخ زويد", "قوة التأمين"]}
ARMY_AND_POLICE = {"en": ["Egyptian Armed Forces", "Egyptian police", "Military Forces of Egypt"],
                   "ar": ["القوات المسلحة والشرطة", "القوات المسلحة"]}
EG_CABINET = {"en": ["Egyptian cabinet", "Government of Egypt"], "ar": ["مجلس الوزراء"]}
EG_ARMY_MEDEVAC = {"en": ["Egyptian Armed Forces", "Military Forces of Egypt"],
                   "ar": ["طائرات إخلاء طبي تابعة للقوات المسلحة", "القوات المسلحة"]}
WOUNDED_EG = {"en": ["wounded soldiers", "Egyptian Armed Forces"], "ar": ["المصابون", "المصابين"]}
CITIZENS_620 = {"en": ["citizens", "civilians"], "ar": ["مواطنون"]}
SIDRA_SOLDIERS = {"en": ["soldiers of the al-Sidra checkpoint", "Egyptian Armed Forces"],
                  "ar": ["ثلاثة جنود"]}
UNSC_620 = {"en": ["UN Security Council", "United Nations Security Council"], "ar": ["مجلس الأمن الدولي"]}
AZHAR = {"en": ["al-Azhar"], "ar": ["الأزهر الشريف", "الأزهر"]}
NDC = {"en": ["National Defence Council", "Government of Egypt", "President of Egypt"],
       "ar": ["مجلس الدفاع الوطني"]}
RAFAH_CHILDREN = {"en": ["two children in Rafah", "civilians"], "ar": ["طفلان", "والدتهما"]}
EG_SECURITY = {"en": ["Egyptian security services", "Police Forces of Egypt", "Egyptian police"],
               "ar": ["أجهزة الأمن"]}
SUSPECTS_9 = {"en": ["nine suspects", "suspected militants"], "ar": ["تسعة مشتبهاً بهم"]}
ABM_HIST = {"en": ["Ansar Bayt al-Maqdis", "Sinai Province", "Islamic State Sinai Province"],
            "ar": ["مسلحو الجماعة"]}
ARISH_TARGETS = {"en": ["army battalion headquarters in al-Arish", "Egyptian Armed Forces", "civilians"],
                 "ar": ["مقر كتيبة عسكرية", "26 عسكرياً ومدنياً"]}

# ====================================================== places: 620
CHECKPOINTS = {"accept": ["خمسة أكمنة للجيش في محيط مدينة الشيخ زويد", "الشيخ زويد", "أبو رفاعي", "السدرة",
                          "Sheikh Zuweid", "Shaykh Zuwayd", "Abu Rifai", "al-Sidra"]}
SOUTH_SZ_RAFAH = {"accept": ["جنوب الشيخ زويد ورفح", "الشيخ زويد", "رفح", "Sheikh Zuweid", "Rafah"]}
SZ_RAFAH_VILLAGES = {"accept": ["قرى جنوب الشيخ زويد ورفح", "الشيخ زويد", "رفح", "Sheikh Zuweid", "Rafah"]}
SZ_POLICE = {"accept": ["قسم شرطة الشيخ زويد", "الشيخ زويد", "Sheikh Zuweid", "Shaykh Zuwayd"]}
NORTH_SINAI = {"accept": ["مناطق من شمال سيناء", "شمال سيناء", "North Sinai", "رفح", "الشيخ زويد", "العريش"]}
ISMAILIA = {"accept": ["المستشفى العسكري بالإسماعيلية", "الإسماعيلية", "Ismailia"]}
SIDRA = {"accept": ["كمين السدرة", "السدرة", "al-Sidra", "al-Sidra checkpoint", "Sheikh Zuweid"]}
SINAI = {"accept": ["شمال سيناء", "سيناء", "North Sinai", "Sinai"]}
RAFAH = {"accept": ["رفح", "Rafah"]}
ARISH = {"accept": ["أحياء العريش", "العريش", "al-Arish", "Arish", "El Arish"]}
ARISH_HIST = {"accept": ["مقر كتيبة عسكرية ومبانٍ أمنية في العريش", "العريش", "al-Arish", "Arish",
                         "El Arish"]}
SZ_ROAD = {"accept": ["الشيخ زويد والطريق بين الكمينين", "الشيخ زويد", "Sheikh Zuweid", "Shaykh Zuwayd"]}
SOUTH_VILLAGES_ROADS = {"accept": ["الطرق الفرعية المؤدية إلى القرى الجنوبية", "الشيخ زويد", "Sheikh Zuweid"]}
