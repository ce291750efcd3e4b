"""Accepted actor names and place names for the hundred-and-thirty-seventh team gold set (see README.md).

Written by hand by the annotator for this set only: nothing here comes from marsad's dictionaries or from the
lists of earlier sets, though the layout is the model set's (Arabic surface forms exactly as the articles
write them, a few common variants, English names). Place names carry their usual Arabic and English
spellings from general knowledge; no gazetteer was opened.

The scorer normalises names and accepts a substring of three or more characters either way, so the bare short
forms («الجيش», «الكتائب», «اللجان», «التنظيم», «الحكومة», «العشائر», «البلدتين», «القرية», «المدينة») are
kept out of the lists of core events on purpose. Both parties of a meeting, a joint act, an exchange or a deal
are accepted in either role. A one-sided attack has its perpetrator as source (the party the text names; none
when it names none) and its victims as recipient; a two-sided clash has both sides as source and no recipient.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ====================================================== 681: al-Zahraa and Nubl (Aleppo, Syria), 2012
NUSRA_SHELLING = {"en": ["Jabhat al-Nusra", "al-Nusra Front", "Syrian rebels", "armed opposition"],
                  "ar": ["مسلحو «جبهة النصرة» والكتائب المتحالفة معها", "مسلحو «جبهة النصرة»",
                         "«جبهة النصرة»"]}
ZAHRAA_VICTIMS = {"en": ["civilians of al-Zahraa", "residents of al-Zahraa"], "ar": ["سبعة مدنيين"]}
REBEL_BRIGADES = {"en": ["Syrian rebels", "armed opposition brigades", "rebel factions", "Free Syrian Army"],
                  "ar": ["الكتائب المسلحة"]}
TAWHID_COMMANDER = {"en": ["Liwa al-Tawhid field commander", "Liwa al-Tawhid", "Tawhid Brigade"],
                    "ar": ["قائد ميداني في «لواء التوحيد»", "«لواء التوحيد»"]}
COMMITTEES = {"en": ["popular committees of Nubl and al-Zahraa", "pro-government militias",
                     "residents of Nubl and al-Zahraa"],
              "ar": ["اللجان الشعبية"]}
TAWHID_DETAINEES = {"en": ["Liwa al-Tawhid fighters held in Nubl", "Liwa al-Tawhid"],
                    "ar": ["ستة من عناصر كتيبته"]}
SY_ARMY_HELI = {"en": ["Syrian army", "Syrian Arab Army", "Syrian government forces", "Syrian Air Force"],
                "ar": ["مروحيتان تابعتان للجيش العربي السوري", "الجيش العربي السوري"]}
REBELS_BAYANOUN = {"en": ["Syrian rebels", "armed opposition"], "ar": ["المسلحون من أطراف بيانون"]}
ARMY_HELICOPTERS_681 = {"en": ["Syrian army helicopters", "Syrian army"], "ar": ["إحداهما"]}
IRAN_MFA = {"en": ["Iranian Foreign Ministry", "Iran", "Iranian government"],
            "ar": ["وزارة الخارجية الإيرانية"]}
TERROR_SPONSORS = {"en": ["states backing the armed groups", "regional backers of the Syrian rebels"],
                   "ar": ["«الدول الداعمة للإرهاب في المنطقة»", "الدول الداعمة للإرهاب في المنطقة"]}
UN_681 = {"en": ["United Nations", "UN"], "ar": ["الأمم المتحدة"]}
ARMY_CHECKPOINT = {"en": ["Syrian army checkpoint", "Syrian army"], "ar": ["حاجز للجيش"]}
ABDUCTORS_681 = {"en": ["masked gunmen", "unidentified gunmen"], "ar": ["مسلحون ملثمون"]}
NUBL_ABDUCTEES = {"en": ["fourteen young men from Nubl", "residents of Nubl"],
                  "ar": ["أربعة عشر شاباً من نبل", "أبناءهم"]}
FOREIGN_FIGHTERS = {"en": ["foreign fighters", "Jabhat al-Nusra", "al-Nusra Front"],
                    "ar": ["نحو مئتي مقاتل أجنبي", "«جبهة النصرة»"]}
MAYER_NOTABLES = {"en": ["notables of Mayer", "mediators from Mayer"], "ar": ["وجهاء من بلدة ماير"]}
COMMITTEE_ENVOYS = {"en": ["popular committees of Nubl and al-Zahraa", "pro-government militias"],
                    "ar": ["ممثلين عن اللجان الشعبية", "اللجان الشعبية"]}
MEETING_681 = merge(MAYER_NOTABLES, COMMITTEE_ENVOYS)
WOMEN_ABDUCTEES = {"en": ["four abducted women", "women of al-Zahraa"],
                   "ar": ["أي من النساء الأربع", "النساء الأربع"]}
EXCHANGE_681 = merge(COMMITTEES,
                     {"en": ["Liwa al-Tawhid", "Tawhid Brigade", "Syrian rebels"],
                      "ar": ["عناصر «لواء التوحيد»", "«لواء التوحيد»"]})
IRAN_MAJLIS = {"en": ["chairman of the Iranian parliament's national security committee",
                      "Iranian parliament", "Majlis"],
               "ar": ["رئيس لجنة الأمن القومي في مجلس الشورى الإسلامي"]}
NUBL_ZAHRAA_PEOPLE = {"en": ["residents of Nubl and al-Zahraa"], "ar": ["أهالي نبل والزهراء"]}
SY_GOV = {"en": ["Syrian government"], "ar": ["الحكومة السورية"]}
SNIPED_CHILDREN = {"en": ["two children of Nubl", "children"], "ar": ["طفلان"]}

# ====================================================== places: 681
ZAHRAA = {"accept": ["الزهراء", "بلدة الزهراء", "al-Zahraa", "Zahraa", "al-Zahra"]}
ZAHRAA_MARKET = place({"accept": ["السوق الرئيسي في بلدة الزهراء"]}, ZAHRAA)
NUBL = {"accept": ["نبل", "Nubl", "Nubbul"]}
NUBL_ZAHRAA = place(NUBL, ZAHRAA)
NUBL_STADIUM = place({"accept": ["ملعب نبل البلدي"]}, NUBL)
NUBL_NORTH = place({"accept": ["الحي الشمالي من نبل"]}, NUBL)
BAYANOUN = {"accept": ["أطراف بيانون", "بيانون", "Bayanoun", "Bayanun"]}
BAYANOUN_HAYYAN = {"accept": ["بلدتي بيانون وحيان", "بيانون", "حيان", "Bayanoun", "Hayyan", "Bayanun"]}
MAYER_JUNCTION = {"accept": ["مفرق بلدة ماير", "ماير", "Mayer", "Mayir"]}
KAFR_NAYA_ROAD = {"accept": ["طريق كفرنايا", "كفرنايا", "Kafr Naya", "Kafr Naya road"]}
RATYAN = {"accept": ["بلدة رتيان", "رتيان", "Ratyan", "Rityan"]}
ZAHRAA_MAYER_ROAD = {"accept": ["الطريق بين الزهراء وماير", "ماير", "Mayer"]}
HAYYAN_JUNCTION = {"accept": ["مفرق بلدة حيان", "حيان", "Hayyan"]}

# ====================================================== 682: Aqarib al-Safiyah (Hama, Syria), 2017
SY_ARMY_682 = {"en": ["Syrian army", "Syrian Arab Army", "Syrian government forces"],
               "ar": ["وحدات من الجيش العربي السوري", "الجيش العربي السوري"]}
SY_AIR_FORCE_682 = {"en": ["Syrian Air Force", "Syrian army", "Syrian government forces"],
                    "ar": ["الطيران الحربي"]}
IS_GATHERINGS = {"en": ["Islamic State", "ISIS", "ISIL", "Daesh"],
                 "ar": ["تجمعات لإرهابيي «داعش»", "إرهابيي «داعش»", "«داعش»"]}
IS_ATTACKERS = {"en": ["Islamic State", "ISIS", "ISIL", "Daesh"], "ar": ["إرهابيو «داعش»", "«داعش»"]}
AQARIB_VICTIMS = {"en": ["civilians of Aqarib al-Safiyah", "villagers"], "ar": ["واحد وثلاثين مدنياً"]}
SY_MFA = {"en": ["Syrian Ministry of Foreign Affairs and Expatriates", "Syrian Foreign Ministry",
                 "Syrian government"],
          "ar": ["وزارة الخارجية والمغتربين"]}
TERROR_SPONSORS_682 = {"en": ["states sponsoring terrorist organisations"],
                       "ar": ["«الدول الراعية للتنظيمات الإرهابية»", "الدول الراعية للتنظيمات الإرهابية"]}
UNSC = {"en": ["UN Security Council", "Security Council"], "ar": ["مجلس الأمن"]}
ARMY_HELICOPTERS_682 = {"en": ["Syrian army helicopters", "Syrian army"], "ar": ["مروحيات الجيش"]}
IS_FIGHTERS_682 = {"en": ["Islamic State fighters", "Islamic State", "ISIS"], "ar": ["إرهابيي التنظيم"]}
CIVILIANS_UQAYRIBAT = {"en": ["civilians left in Uqayribat"], "ar": ["من بقي من المدنيين"]}
SARC_SALAMIYAH = {"en": ["Syrian Arab Red Crescent", "SARC"],
                  "ar": ["فرع الهلال الأحمر العربي السوري في سلمية", "الهلال الأحمر العربي السوري"]}
DISPLACED_682 = {"en": ["families displaced from Aqarib al-Safiyah", "IDPs"], "ar": ["نحو مئة وعشرين أسرة"]}
UN_SECRETARIAT = {"en": ["UN Secretariat", "United Nations"], "ar": ["الأمانة العامة للأمم المتحدة"]}
SALAMIYAH_MP = {"en": ["member of parliament for Salamiyah", "People's Assembly member"],
                "ar": ["عضو في مجلس الشعب عن منطقة سلمية"]}
SALAMIYAH_NOTABLES = {"en": ["notables of Salamiyah and its eastern villages"],
                      "ar": ["وجهاء من سلمية وقراها الشرقية"]}
IS_682_HIST = {"en": ["Islamic State", "ISIS", "ISIL", "Daesh"], "ar": ["إرهابيو التنظيم"]}
MABOUJA_VICTIMS = {"en": ["residents of al-Mabouja"], "ar": ["عشرات من سكانها"]}
IS_PLANTERS_682 = {"en": ["Islamic State", "ISIS"], "ar": ["الإرهابيون"]}
ARMY_NDF_682 = merge({"en": ["Syrian army", "Syrian government forces"], "ar": ["وحدات الجيش"]},
                     {"en": ["National Defence Forces", "NDF"],
                      "ar": ["عناصر «الدفاع الوطني» في سلمية", "«الدفاع الوطني»"]})
CENTRAL_COMMAND = {"en": ["Syrian army Central Region command", "Syrian army"],
                   "ar": ["قيادة المنطقة الوسطى"]}
COLONEL = {"en": ["an army colonel", "Syrian army officer"], "ar": ["ضابطاً برتبة عقيد"]}
HAMA_GOVERNOR = {"en": ["Governor of Hama", "Hama governorate"], "ar": ["محافظ حماة"]}
AQARIB_NOTABLES = {"en": ["notables of Aqarib al-Safiyah and nearby villages"],
                   "ar": ["وفداً من وجهاء عقارب الصافية والقرى المجاورة", "وجهاء عقارب الصافية"]}
BAATH_HAMA = {"en": ["Baath Party Hama branch", "Baath Party"],
              "ar": ["قيادة فرع حزب البعث العربي الاشتراكي في حماة"]}
AQARIB_PEOPLE = {"en": ["residents of Aqarib al-Safiyah"], "ar": ["أهالي عقارب الصافية"]}
AQARIB_DEAL = merge(HAMA_GOVERNOR, AQARIB_NOTABLES)
LOCAL_ADMIN_DELEGATION = {"en": ["Ministry of Local Administration delegation", "Syrian government"],
                          "ar": ["وفد من وزارة الإدارة المحلية"]}

# ====================================================== places: 682
AQARIB = {"accept": ["قرية عقارب الصافية", "عقارب الصافية", "Aqarib al-Safiyah", "Aqarib al-Safiya",
                     "Akarib al-Safiyeh"]}
AQARIB_EAST = place({"accept": ["البساتين والأودية شرق القرية"]}, AQARIB)
UQAYRIBAT = {"accept": ["بلدة عقيربات", "عقيربات", "Uqayribat", "Aqayribat", "Oqeirbat"]}
SALAMIYAH = {"accept": ["سلمية", "Salamiyah", "Salamiyeh", "Salamiyya"]}
MABOUJA = {"accept": ["قرية المبعوجة", "المبعوجة", "al-Mabouja", "Mabujeh", "al-Mabuja"]}

# ====================================================== 683: Khaldeh (Mount Lebanon, Lebanon), 2021
LAF_INTEL = {"en": ["Lebanese Army Intelligence Directorate", "Lebanese army", "Lebanese Armed Forces"],
             "ar": ["دورية من مديرية المخابرات في الجيش اللبناني", "مديرية المخابرات في الجيش اللبناني",
                    "الجيش اللبناني"]}
JIYEH_SUSPECT = {"en": ["suspect in the Jiyeh wedding shooting"], "ar": ["شاباً يُشتبه في أنه أطلق النار"]}
WEDDING_VICTIM = {"en": ["young man shot at a wedding in Jiyeh"], "ar": ["شاب آخر"]}
FUNERAL_BATTLE = {"en": ["gunmen on rooftops", "Arab tribesmen of Khaldeh", "armed mourners",
                         "Hezbollah members"],
                  "ar": ["مسلحين كانوا يتمركزون على أسطح أبنية", "مسلحون من المشيعين"]}
LAF = {"en": ["Lebanese army", "Lebanese Armed Forces", "LAF"], "ar": ["الجيش اللبناني"]}
CLAN_ELDER = {"en": ["sheikh of the Arab tribes of Khaldeh", "Arab tribes of Khaldeh"],
              "ar": ["أحد شيوخ عشائر عرب خلدة", "عشائر عرب خلدة"]}
HEZBOLLAH = {"en": ["Hezbollah"], "ar": ["«حزب الله»", "حزب الله"]}
TRIBES_HEZB = merge({"en": ["Arab tribes of Khaldeh", "Arab tribes"], "ar": ["ممثلون عن العشائر العربية"]},
                    HEZBOLLAH)
KILLERS = {"en": ["group of killers", "gunmen"],
           "ar": ["«مجموعة من القتلة المعروفين»", "مجموعة من القتلة المعروفين"]}
LAF_AND_POLICE = {"en": ["Lebanese army", "Lebanese security forces"], "ar": ["الجيش والقوى الأمنية"]}
LAF_COMMANDER = {"en": ["Lebanese army commander", "Lebanese army"], "ar": ["قائد الجيش"]}
TRIBES_DELEGATION = {"en": ["delegation of Arab tribal notables", "Arab tribes"],
                     "ar": ["وفداً من وجهاء العشائر العربية"]}
KHALDEH_CLANS = {"en": ["Arab tribes of Khaldeh", "Arab tribes"], "ar": ["عشائر عرب خلدة"]}
PROTESTERS_683 = {"en": ["relatives of the dead", "protesters"], "ar": ["شبان من عائلات القتلى"]}
OUTSIDE_GUNMEN = {"en": ["gunmen from outside the area"], "ar": ["عشرات المسلحين من خارج المنطقة"]}
UNSCOL = {"en": ["Office of the UN Special Coordinator for Lebanon", "UNSCOL", "United Nations"],
          "ar": ["مكتب المنسقة الخاصة للأمم المتحدة في لبنان"]}
ALL_PARTIES_683 = {"en": ["all parties"], "ar": ["جميع الأطراف"]}
MEETING_683 = merge({"en": ["tribal notables", "Arab tribes"], "ar": ["وجهاء العشائر"]},
                    {"en": ["Hezbollah representatives", "Hezbollah"],
                     "ar": ["ممثلين عن «حزب الله»", "«حزب الله»"]})
PM_DESIGNATE = {"en": ["Prime Minister-designate of Lebanon", "Lebanese government"],
                "ar": ["رئيس الحكومة المكلف"]}

# ====================================================== places: 683
JIYEH = {"accept": ["بلدة الجية", "الجية", "Jiyeh", "Jieh", "al-Jiyeh"]}
KHALDEH = {"accept": ["خلدة", "Khaldeh", "Khalde"]}
KHALDEH_HIGHWAY = place({"accept": ["الأوتوستراد الساحلي بين خلدة والناعمة", "الناعمة", "Naameh"]}, KHALDEH)
KHALDEH_GUESTHOUSE = place({"accept": ["مضافة العشيرة في خلدة"]}, KHALDEH)
KHALDEH_ROUNDABOUT = place({"accept": ["مستديرة خلدة"]}, KHALDEH)
ARAMOUN = {"accept": ["بلدة عرمون", "عرمون", "Aramoun", "Aramun"]}
YARZEH = {"accept": ["اليرزة", "Yarzeh", "Yarze"]}
CHOUEIFAT = {"accept": ["الشويفات", "Choueifat", "Shuwayfat"]}

# ====================================================== 684: Sinja (Sennar, Sudan), 2024
SINJA_BATTLE = {"en": ["Rapid Support Forces", "RSF", "Sudanese Armed Forces", "Sudanese army", "SAF"],
                "ar": ["قوات «الدعم السريع»", "«الدعم السريع»", "وحدات من الجيش السوداني", "الجيش السوداني"]}
RSF_COMMANDER = {"en": ["Rapid Support Forces field commander", "Rapid Support Forces", "RSF"],
                 "ar": ["قائد ميداني في «الدعم السريع»"]}
THREATENED_SOLDIERS = {"en": ["Sudanese army soldiers", "Sudanese army", "pro-army volunteers"],
                       "ar": ["«فلول الجيش»", "الجنود المتوارين في الأحياء"]}
RSF_MEMBERS = {"en": ["Rapid Support Forces", "RSF"], "ar": ["عناصر من «الدعم السريع»", "«الدعم السريع»"]}
RSF_FORCES = {"en": ["Rapid Support Forces", "RSF"], "ar": ["قوات «الدعم السريع»", "«الدعم السريع»"]}
RSF_RAIDERS = {"en": ["Rapid Support Forces", "RSF"], "ar": ["«الدعم السريع»"]}
DETAINED_YOUTHS = {"en": ["young men of Sinja"], "ar": ["عشرات الشبان"]}
SAF = {"en": ["Sudanese Armed Forces", "Sudanese army", "SAF"], "ar": ["الجيش السوداني"]}
POPULAR_RESISTANCE = {"en": ["Popular Resistance", "pro-army volunteers"],
                      "ar": ["«المقاومة الشعبية» في الولاية", "«المقاومة الشعبية»"]}
EXECUTED_MEN = {"en": ["seven men of Sinja"], "ar": ["سبعة رجال"]}
SD_MFA = {"en": ["Sudanese Foreign Ministry", "Sudanese government"], "ar": ["وزارة الخارجية السودانية"]}
INTL_COMMUNITY = {"en": ["international community"], "ar": ["المجتمع الدولي"]}
DINDER_VOLUNTEERS = {"en": ["volunteers in al-Dinder", "emergency response room"],
                     "ar": ["متطوعون في الدندر"]}
DINDER_DISPLACED = {"en": ["displaced people in al-Dinder", "IDPs"], "ar": ["نحو ثلاثة آلاف نازح"]}
UN_HC_SUDAN = {"en": ["UN Humanitarian Coordinator for Sudan", "United Nations", "OCHA"],
               "ar": ["منسقة الشؤون الإنسانية للأمم المتحدة في السودان"]}
WARRING_PARTIES = {"en": ["Sudanese Armed Forces", "Rapid Support Forces", "both warring parties"],
                   "ar": ["طرفي القتال"]}
SOVEREIGNTY_CHAIR = {"en": ["Chairman of the Sovereignty Council", "Sudanese army", "Sudanese government"],
                     "ar": ["رئيس مجلس السيادة"]}
GEDAREF_GOVERNOR = {"en": ["Governor of Gedaref State", "Gedaref state government"], "ar": ["والي القضارف"]}
UN_AGENCIES_684 = {"en": ["World Food Programme", "WFP", "UNHCR", "United Nations"],
                   "ar": ["ممثلين عن برنامج الأغذية العالمي والمفوضية السامية للأمم المتحدة لشؤون اللاجئين",
                          "برنامج الأغذية العالمي"]}
EAST_ERRS = {"en": ["emergency response rooms of eastern Sudan"], "ar": ["غرف الطوارئ في ولايات الشرق"]}
DINDER_PEOPLE = {"en": ["people of al-Dinder"], "ar": ["أهالي الدندر"]}
GEDAREF_TRADERS = {"en": ["traders of Gedaref"], "ar": ["تجار في القضارف"]}

# ====================================================== places: 684
SINJA = {"accept": ["مدينة سنجة", "سنجة", "Sinja", "Singa", "Sinjah"]}
SINJA_SQUARE = place({"accept": ["الساحة الرئيسية للمدينة"]}, SINJA)
SINJA_BRIDGE = place({"accept": ["جسر سنجة"]}, SINJA)
DIVISION_HQ = place({"accept": ["مقر الفرقة السابعة عشرة مشاة"]}, SINJA)
SENNAR_CITY = {"accept": ["مدينة سنار", "سنار", "Sennar", "Sinnar"]}
SENNAR_SUKI = place(SENNAR_CITY, {"accept": ["بلدة السوكي", "السوكي", "Suki", "Es Suki"]})
PORT_SUDAN = {"accept": ["بورتسودان", "Port Sudan"]}
DINDER = {"accept": ["الدندر", "al-Dinder", "Dinder", "Ad Dindar"]}
WAD_MADANI = {"accept": ["مدينة ود مدني", "ود مدني", "Wad Madani", "Wad Medani"]}
GEDAREF = {"accept": ["القضارف", "Gedaref", "Al Qadarif", "Gadarif"]}

# ====================================================== 685: Ain Soltane (Jendouba, Tunisia), 2018
TN_ARMY = {"en": ["Tunisian army", "Tunisian Armed Forces"], "ar": ["وحدات من الجيش الوطني", "الجيش الوطني"]}
TERRORISTS_685 = {"en": ["jihadist militants", "armed group"], "ar": ["عناصر إرهابية"]}
GUARD_DIRECTORATE = {"en": ["Tunisian National Guard", "National Guard General Directorate"],
                     "ar": ["الإدارة العامة للحرس الوطني"]}
BORDER_VILLAGERS = {"en": ["residents of the border villages of Ain Soltane"],
                    "ar": ["سكان الدواوير الحدودية في عين سلطان"]}
AMBUSH_BATTLE = {"en": ["jihadist militants", "armed group", "Tunisian National Guard patrol",
                        "National Guard"],
                 "ar": ["مجموعة إرهابية", "دورية تابعة للحرس الوطني"]}
TN_UNIONS = {"en": ["Tunisian General Labour Union", "UGTT", "national organisations"],
             "ar": ["منظمات وطنية، بينها الاتحاد العام التونسي للشغل", "الاتحاد العام التونسي للشغل"]}
OPPOSITION_MPS = {"en": ["opposition MPs"], "ar": ["نواب من المعارضة"]}
TN_GOV = {"en": ["Tunisian government"], "ar": ["الحكومة"]}
INTERIOR_MINISTER = {"en": ["Tunisian interior minister"], "ar": ["وزيرها"]}
TN_SECURITY_UNITS = {"en": ["Tunisian security forces", "National Guard"],
                     "ar": ["الوحدات الأمنية في غار الدماء"]}
SUSPECTS_685 = {"en": ["five suspected suppliers of the group"], "ar": ["خمسة أشخاص"]}
FLEEING_CELL = {"en": ["the attacking group", "jihadist militants"], "ar": ["عناصر المجموعة المنفذة"]}
ALG_ARMY = {"en": ["Algerian army", "Algerian People's National Army"], "ar": ["وحدات من الجيش الجزائري"]}
ALG_TN_ARMIES = merge(ALG_ARMY,
                      {"en": ["Tunisian army", "Tunisian Armed Forces"], "ar": ["نظيرتها التونسية"]})
GUARD_UNION = {"en": ["National Guard officers' union", "security union"],
               "ar": ["النقابة الوطنية لأعوان الحرس الوطني"]}
TN_INTERIOR = {"en": ["Tunisian Ministry of Interior", "Interior Ministry"], "ar": ["وزارة الداخلية"]}
PM_OFFICE = {"en": ["Tunisian Presidency of the Government", "Tunisian government"], "ar": ["رئاسة الحكومة"]}
SECURITY_CHIEFS = {"en": ["regional security commanders"], "ar": ["أي من القيادات الأمنية في الجهة"]}
TN_PM = {"en": ["Tunisian Head of Government", "Tunisian Prime Minister"], "ar": ["رئيس الحكومة"]}
WOUNDED_FAMILIES = {"en": ["wounded guards and families of the dead"], "ar": ["الجرحى وعائلات القتلى"]}
ARMED_GROUP_2014 = {"en": ["armed group", "jihadist militants"], "ar": ["مجموعة مسلحة"]}
VICTIMS_2014 = {"en": ["two National Guard officers and a civilian"], "ar": ["عونين من الحرس الوطني ومواطناً"]}
USA = {"en": ["United States", "US government"], "ar": ["الولايات المتحدة"]}
GUARD_UNITS = {"en": ["National Guard units", "Tunisian National Guard"],
               "ar": ["وحدات الحرس الوطني في الولايات الحدودية"]}
SECURITY_UNIONS = {"en": ["security unions"], "ar": ["نقابات أمنية"]}
TN_AUTHORITIES = {"en": ["Tunisian authorities", "Tunisian government"], "ar": ["السلطات التونسية"]}

# ====================================================== places: 685
AIN_SOLTANE = {"accept": ["عين سلطان", "Ain Soltane", "Ain Sultan", "Aïn Soltane"]}
GHARDIMAOU = {"accept": ["معتمدية غار الدماء", "غار الدماء", "Ghardimaou", "Ghar Dimaou"]}
AIN_SOLTANE_AREA = place(AIN_SOLTANE, GHARDIMAOU)
JENDOUBA = {"accept": ["جندوبة", "Jendouba"]}
JENDOUBA_HOSPITAL = place({"accept": ["المستشفى الجهوي بجندوبة"]}, JENDOUBA)
JENDOUBA_SEAT = place({"accept": ["مقر ولاية جندوبة"]}, JENDOUBA)
JENDOUBA_BOUSALEM_ROAD = place({"accept": ["الطريق بين جندوبة وبوسالم", "بوسالم", "Bou Salem", "Boussalem"]},
                               JENDOUBA)
BORDER_STRIP = {"accept": ["الشريط الحدودي", "Tunisian-Algerian border"]}
ALGERIAN_SIDE = {"accept": ["الجانب الجزائري من الحدود", "Algerian side of the border"]}
MELLOULA = {"accept": ["معبر ملولة الحدودي", "معبر ملولة", "ملولة", "Melloula"]}
