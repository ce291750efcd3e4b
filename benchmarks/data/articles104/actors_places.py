"""Accepted actor names and place names for the hundred-and-fourth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الحكومة», «الفصائل», «الحركة», «اللجنة») are left out on
purpose, with these exceptions, each used only in an article where it names a single actor:
- 516: «المسلحين» (only ever the gunmen the army shelled near Mashara) and «المجموعات المسلحة» (only ever the
  armed opposition groups of the Quneitra countryside);
- 517: «الميليشيات» and «قيادة الميليشيا» (only ever the Iran-backed militias the clan threatens);
- 520: «الميليشيا» and «الجماعة» (only ever the Houthis, in the outlet's own words) and «الطرفان» (only ever
  the government and the Houthis).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ============================== 516: the Quneitra countryside and the Golan line (Quneitra; July 2018)
QUN_RECONCILIATION = {"en": ["National Reconciliation Committee in Quneitra",
                             "Quneitra reconciliation committee", "Government of Syria"],
                      "ar": ["لجنة المصالحة الوطنية في محافظة القنيطرة", "لجنة المصالحة الوطنية",
                             "لجنة المصالحة"]}
QUN_ARMED_GROUPS = {"en": ["armed opposition groups of the Quneitra countryside",
                           "Syrian opposition factions", "rebels"],
                    "ar": ["ممثلي المجموعات المسلحة", "ممثلين عن المجموعات", "المجموعات المسلحة"]}
REJECTING_GUNMEN = {"en": ["armed groups rejecting the settlement", "Syrian opposition factions", "rebels"],
                    "ar": ["إرهابيون من المجموعات الرافضة للاتفاق", "المجموعات الرافضة للاتفاق"]}
BAATH_CIVILIANS = {"en": ["three civilians in al-Baath city", "civilians"],
                   "ar": ["ثلاثة مدنيين", "الشهداء الثلاثة"]}
GROUP_LEADER = {"en": ["a commander of an armed opposition group", "Syrian opposition factions", "rebels"],
                "ar": ["قيادي في إحدى المجموعات المسلحة"]}
UNNAMED_SPOILERS = {"en": ["parties that do not want the deal to go ahead (unnamed)"],
                    "ar": ["«جهات لا تريد للاتفاق أن يمضي»", "جهات لا تريد للاتفاق أن يمضي"]}
SY_ARMY = {"en": ["Syrian Arab Army", "Military Forces of Syria", "Syrian army"],
           "ar": ["وحدات من الجيش العربي السوري", "الجيش العربي السوري", "وحدات الجيش"]}
SY_MIL_SOURCE = {"en": ["Syrian army military source", "Military Forces of Syria", "Syrian Arab Army"],
                 "ar": ["مصدر عسكري", "وحدات الجيش"]}
MASHARA_GUNMEN = {"en": ["gunmen near Mashara", "rebels"], "ar": ["مصادر إطلاق القذائف", "المسلحين"]}
RU_SIDE = {"en": ["Russian military", "Russia", "Russian Reconciliation Centre"],
           "ar": ["الجانب الروسي", "مركز المصالحة الروسي"]}
JUBATA_GROUPS = {"en": ["armed groups in Jubata al-Khashab", "Syrian opposition factions", "rebels"],
                 "ar": ["المجموعات المسلحة في جباتا الخشب"]}
RU_MP = {"en": ["Russian Military Police", "Russian military", "Russia"],
         "ar": ["الشرطة العسكرية الروسية", "دوريات روسية"]}
BUS_FIGHTERS = {"en": ["fighters rejecting the settlement and their families", "rebels"],
                "ar": ["مسلحين رافضين للتسوية", "ست وعشرون حافلة"]}
HAMIDIYAH_GROUP = {"en": ["armed group in the hills of al-Hamidiyah", "Syrian opposition factions", "rebels"],
                   "ar": ["مجموعة مسلحة تتحصن في تلال بلدة الحميدية", "مجموعة مسلحة"]}
COMMITTEE_MEMBER = {"en": ["a member of the reconciliation committee"], "ar": ["عضو في لجنة المصالحة"]}
COMMITTEE_SOURCE = {"en": ["source in the reconciliation committee",
                           "National Reconciliation Committee in Quneitra"],
                    "ar": ["مصدراً في اللجنة"]}
HOLDOUT_GROUPS = {"en": ["armed groups still rejecting the deal", "Syrian opposition factions", "rebels"],
                  "ar": ["المجموعات التي لا تزال ترفض الاتفاق"]}
MASHARA_GROUPS = {"en": ["armed groups in Mashara", "Syrian opposition factions", "rebels"],
                  "ar": ["المجموعات في بلدة مسحرة"]}
HADAR_SHELLERS = {"en": ["armed opposition groups", "Syrian opposition factions", "rebels"],
                  "ar": ["المجموعات المسلحة"]}
HADAR_VICTIMS = {"en": ["two women in Hadar", "civilians"], "ar": ["امرأتين"]}
QUN_GOVERNOR = {"en": ["Governor of Quneitra", "Government of Syria"], "ar": ["محافظ القنيطرة"]}
QUN_DISPLACED = {"en": ["displaced residents of the Quneitra countryside", "displaced people"],
                 "ar": ["الأهالي الذين نزحوا عن قراهم"]}

# ====================================================== places: 516
QUNEITRA = {"accept": ["محافظة القنيطرة", "القنيطرة", "Quneitra", "al-Qunaytirah", "Kuneitra"]}
BAATH = place({"accept": ["مدينة البعث", "البعث", "al-Baath", "Madinat al-Baath", "Baath City"]}, QUNEITRA)
KHAN_ARNABAH = {"accept": ["مدينة خان أرنبة", "خان أرنبة", "Khan Arnabah", "Khan Arnaba", "Khan Arnabeh"]}
JUBATA = {"accept": ["بلدة جباتا الخشب", "جباتا الخشب", "Jubata al-Khashab", "Jubbata al-Khashab",
                     "Jabata al-Khashab"]}
JUBATA_QUNEITRA = place(JUBATA, QUNEITRA)
MASHARA = {"accept": ["بلدة مسحرة", "مسحرة", "Mashara", "Masharah", "Msahara"]}
HAMIDIYAH = {"accept": ["بلدة الحميدية", "الحميدية", "al-Hamidiyah", "Hamidiya"]}
HADAR = {"accept": ["بلدة حضر", "حضر", "Hadar", "Hader"]}
KHAN_ARNABAH_HADAR_ROAD = place(KHAN_ARNABAH, HADAR)

# ============================== 517: the eastern Deir ez-Zor countryside (Deir ez-Zor; November 2022)
GUNMEN_QURIYAH = {"en": ["unidentified gunmen", "gunmen"], "ar": ["مسلحون مجهولون", "المهاجمين"]}
NDF = {"en": ["National Defence Forces", "NDF", "pro-government militia"],
       "ar": ["ميليشيا «الدفاع الوطني»", "«الدفاع الوطني»", "الدفاع الوطني", "عناصر الحاجز"]}
GUNMEN_ASHARA = {"en": ["gunmen"], "ar": ["مسلحون"]}
FOURTH_DIV = {"en": ["4th Armoured Division", "Fourth Division", "Military Forces of Syria"],
              "ar": ["حاجزاً لـ«الفرقة الرابعة»", "«الفرقة الرابعة»", "الفرقة الرابعة"]}
POLICE_SOURCE = {"en": ["Deir ez-Zor police command", "Police Forces of Syria"],
                 "ar": ["مصدر في قيادة شرطة دير الزور"]}
TERROR_GROUP = {"en": ["a 'terrorist group' (the police's term)"], "ar": ["«مجموعة إرهابية»"]}
FATEMIYOUN = {"en": ["Fatemiyoun Brigade", "Liwa Fatemiyoun", "Iran-backed militia"],
              "ar": ["عناصر حاجز يتبع لميليشيا «لواء فاطميون»", "«لواء فاطميون»", "لواء فاطميون"]}
QURIYAH_SHEIKH = {"en": ["a tribal sheikh of al-Quriyah", "tribal leader"],
                  "ar": ["أحد شيوخ عشائر القورية", "الشيخ القتيل"]}
TRIBESMEN = {"en": ["tribesmen of the eastern Deir ez-Zor countryside", "tribesmen", "protesters"],
             "ar": ["آلاف من أبناء العشائر", "أبناء العشائر"]}
IRAN_MILITIAS = {"en": ["Iran-backed militias", "Iranian militias"],
                 "ar": ["«الميليشيات الإيرانية»", "الميليشيات الإيرانية"]}
SITIN_ELDERS = {"en": ["tribal elders and tribesmen at the sit-in", "tribesmen", "protesters"],
                "ar": ["عشرات من وجهاء العشائر وأبنائها", "وجهاء العشائر", "المعتصمون"]}
SECURITY_COMMITTEE = {"en": ["Security Committee in al-Mayadin", "Government of Syria"],
                      "ar": ["اللجنة الأمنية"]}
SECURITY_MIL_COMMITTEE = {"en": ["Security and Military Committee of the governorate", "Government of Syria"],
                          "ar": ["اللجنة الأمنية والعسكرية في المحافظة", "اللجنة الأمنية والعسكرية"]}
MIL_SECURITY = {"en": ["Military Security branch", "Military Intelligence Directorate",
                       "Military Forces of Syria"],
                "ar": ["فرع الأمن العسكري", "دوريات مشتركة من فرع الأمن العسكري"]}
MIL_SECURITY_4TH = merge(MIL_SECURITY, FOURTH_DIV)
QURIYAH_YOUNG_MEN = {"en": ["eleven young men of al-Quriyah", "civilians"],
                     "ar": ["أحد عشر شاباً", "الشبان المعتقلين"]}
ELDERS_BUKAMAL = {"en": ["elders of the al-Bukamal and al-Asharah tribes", "tribal elders"],
                  "ar": ["وجهاء من عشائر البوكمال والعشارة"]}
SECURITY_HEAD = {"en": ["head of the Security Committee in al-Mayadin", "Government of Syria"],
                 "ar": ["رئيس اللجنة الأمنية في الميادين", "رئيس اللجنة الأمنية"]}
SHEIKH_CLAN = {"en": ["the slain sheikh's clan", "tribesmen"], "ar": ["أبناء العشيرة", "عشيرة الشيخ القتيل"]}
MILITIA_LEADERSHIP = {"en": ["Iran-backed militias", "Fatemiyoun Brigade"],
                      "ar": ["قيادة الميليشيا", "الميليشيات"]}
OTHER_TRIBES = {"en": ["the other tribes"], "ar": ["أبناء العشائر الأخرى"]}
IRGC = {"en": ["Islamic Revolutionary Guard Corps", "IRGC", "Iran-backed militias"],
        "ar": ["ميليشيا «الحرس الثوري الإيراني»", "«الحرس الثوري الإيراني»", "الحرس الثوري الإيراني"]}
SECURITY_SERVICES = {"en": ["Syrian security services", "Government of Syria"], "ar": ["الأجهزة الأمنية"]}
ISIS = {"en": ["Islamic State", "ISIS", "IS", "Daesh"], "ar": ["تنظيم «داعش»", "«داعش»", "داعش"]}
REGIME_SOLDIERS = {"en": ["Syrian government soldiers", "Military Forces of Syria"],
                   "ar": ["عناصر من قوات النظام", "قوات النظام"]}
SDF = {"en": ["Syrian Democratic Forces", "SDF"],
       "ar": ["«قوات سوريا الديمقراطية»", "قوات سوريا الديمقراطية", "«قسد»"]}

# ====================================================== places: 517
QURIYAH = {"accept": ["بلدة القورية", "القورية", "al-Quriyah", "Quriyah", "al-Quriya"]}
MAYADIN = {"accept": ["مدينة الميادين", "الميادين", "al-Mayadin", "Mayadin", "Mayadeen"]}
BUKAMAL = {"accept": ["البوكمال", "al-Bukamal", "Abu Kamal", "Albu Kamal", "Bukamal"]}
ASHARA = {"accept": ["بلدة العشارة", "العشارة", "al-Asharah", "Ashara"]}
HAJIN = {"accept": ["بلدة هجين", "هجين", "Hajin", "Hajeen"]}
MAYADIN_BUKAMAL = place(MAYADIN, BUKAMAL)

# ============================== 518: Kirkuk and its districts (Kirkuk; October 2017)
CTS_FEDPOL = {"en": ["Counter-Terrorism Service", "Federal Police", "Iraqi federal forces",
                     "Military Forces of Iraq"],
              "ar": ["جهاز مكافحة الإرهاب", "الشرطة الاتحادية", "القوات الاتحادية"]}
PESHMERGA = {"en": ["Peshmerga", "Kurdistan Regional Government forces",
                    "Military Forces of Kurdistan Regional Government"],
             "ar": ["قوات البيشمركة", "البيشمركة", "وحدات البيشمركة"]}
PMF = {"en": ["Popular Mobilization Forces", "PMF", "Hashd al-Shaabi"],
       "ar": ["«الحشد الشعبي»", "الحشد الشعبي", "مقاتلي «الحشد الشعبي»"]}
PMF_PESHMERGA = merge(PMF, PESHMERGA)
KRSC = {"en": ["Kurdistan Region Security Council", "Kurdistan Regional Government"],
        "ar": ["مجلس أمن إقليم كردستان"]}
US_COALITION = {"en": ["US-led international coalition"], "ar": ["التحالف الدولي"]}
IQ_ARMY = {"en": ["Iraqi Army", "Military Forces of Iraq"], "ar": ["قطعات من الجيش العراقي", "الجيش العراقي"]}
IQ_PM = {"en": ["Prime Minister of Iraq", "Government of Iraq"],
         "ar": ["رئيس الوزراء العراقي", "رئيس مجلس الوزراء"]}
DISPLACED_KURDS = {"en": ["displaced Kurdish families", "displaced people"],
                   "ar": ["العائلات النازحة", "مئات العائلات الكردية"]}
KIRKUK_GOVERNOR = {"en": ["Governor of Kirkuk", "Kirkuk governor"], "ar": ["محافظ كركوك"]}
UNAMI = {"en": ["United Nations Assistance Mission for Iraq", "UNAMI", "United Nations"],
         "ar": ["بعثة الأمم المتحدة لمساعدة العراق", "«يونامي»"]}
ALL_PARTIES = {"en": ["all parties"], "ar": ["جميع الأطراف"]}
ITF = {"en": ["Iraqi Turkmen Front", "ITF"], "ar": ["الجبهة التركمانية العراقية"]}
KURDISH_FAMILIES = {"en": ["Kurdish families in Taza", "Kurdish civilians"], "ar": ["عائلات كردية"]}
FED_POLICE_CMD = {"en": ["Federal Police command", "Federal Police", "Police Forces of Iraq"],
                  "ar": ["قيادة الشرطة الاتحادية"]}
JOC = {"en": ["Joint Operations Command", "Iraqi Joint Operations Command", "Military Forces of Iraq"],
       "ar": ["قيادة العمليات المشتركة"]}
OIL_MINISTRY = {"en": ["Ministry of Oil delegation", "Iraqi Ministry of Oil", "Government of Iraq"],
                "ar": ["وفد من وزارة النفط", "وزارة النفط"]}
LAYLAN_POLICE = {"en": ["local police officers", "Police Forces of Iraq"], "ar": ["عناصر من الشرطة المحلية"]}
FED_POLICE = {"en": ["Federal Police", "Police Forces of Iraq"],
              "ar": ["قوة من الشرطة الاتحادية", "الشرطة الاتحادية"]}
DIBIS_SUSPECTS = {"en": ["three suspected arms smugglers"], "ar": ["ثلاثة أشخاص"]}

# ====================================================== places: 518
KIRKUK = {"accept": ["مدينة كركوك", "كركوك", "Kirkuk", "Karkuk"]}
DIBIS = {"accept": ["قضاء دبس", "دبس", "Dibis", "Dibs", "باي حسن", "Bai Hassan"]}
TAZA = {"accept": ["ناحية تازة", "تازة", "Taza", "Taza Khurmatu", "Tazah"]}
K1 = place({"accept": ["قاعدة «كي وان»", "كي وان", "K1", "K-1 air base"]}, KIRKUK)
ALTUN_KUPRI = {"accept": ["ناحية آلتون كوبري", "آلتون كوبري", "Altun Kupri", "Altun Kopru", "Perde"]}
LAYLAN = {"accept": ["ناحية ليلان", "ليلان", "Laylan", "Leylan"]}
KIRKUK_ALTUN_KUPRI = place(KIRKUK, ALTUN_KUPRI)

# ============================== 519: the Tripoli fronts (Tripoli, Libya; April 2019)
LNA = {"en": ["Libyan National Army", "LNA", "Libyan Arab Armed Forces", "eastern-based forces"],
       "ar": ["القوات المهاجمة", "قوات القيادة العامة", "القيادة العامة"]}
ABU_SALIM_CIVILIANS = {"en": ["four civilians in Abu Salim", "civilians"],
                       "ar": ["أربعة مدنيين", "القتلى الأربعة"]}
GNA = {"en": ["Government of National Accord forces", "GNA", "forces of the Government of National Accord"],
       "ar": ["قوات حكومة الوفاق الوطني", "قوات حكومة الوفاق", "قوات الوفاق"]}
LNA_GNA = merge(LNA, GNA)
LNA_MEDIA = {"en": ["LNA media centre", "Libyan National Army", "LNA"],
             "ar": ["المركز الإعلامي لقوات القيادة العامة", "قوات القيادة العامة"]}
TRIPOLI_MILITIAS = {"en": ["armed militias in Tripoli (the LNA's term)", "GNA-aligned militias"],
                    "ar": ["«الميليشيات المسلحة»", "الميليشيات المسلحة"]}
LNA_AIR = {"en": ["LNA air force", "Libyan National Army", "LNA"],
           "ar": ["الطيران الحربي التابع للقيادة العامة", "القيادة العامة"]}
LRC = {"en": ["Libyan Red Crescent"], "ar": ["الهلال الأحمر الليبي", "متطوعو الهلال الأحمر الليبي"]}
DISPLACED_FAMILIES = {"en": ["displaced families from Ain Zara and Qasr Bin Ghashir", "displaced people"],
                      "ar": ["مئتي عائلة نازحة", "عائلة نازحة"]}
UNSMIL = {"en": ["United Nations Support Mission in Libya", "UNSMIL", "United Nations"],
          "ar": ["بعثة الأمم المتحدة للدعم في ليبيا", "«أونسميل»"]}
WARRING_FORCES = {"en": ["warring forces", "Libyan National Army", "Government of National Accord forces"],
                  "ar": ["القوات المتحاربة"]}
VOLCANO_SPOKESMAN = {"en": ["spokesman of Operation Volcano of Rage", "Government of National Accord forces"],
                     "ar": ["المتحدث باسم عملية «بركان الغضب»"]}
GNA_SPOKESMAN = {"en": ["GNA forces spokesman", "Government of National Accord forces", "GNA"],
                 "ar": ["المتحدث باسم قوات حكومة الوفاق", "قوات حكومة الوفاق"]}
UNSC = {"en": ["UN Security Council", "United Nations Security Council"], "ar": ["مجلس الأمن الدولي"]}
QBG_CHILD = {"en": ["an eight-year-old child", "civilians"], "ar": ["طفل في الثامنة من عمره"]}
TWO_ARMED_GROUPS = {"en": ["two armed groups"], "ar": ["مجموعتين مسلحتين"]}

# ====================================================== places: 519
TRIPOLI = {"accept": ["طرابلس", "Tripoli", "Tarabulus"]}
ABU_SALIM = place({"accept": ["منطقة أبو سليم", "أبو سليم", "Abu Salim", "Abu Sleem", "Abusliem"]}, TRIPOLI)
AIN_ZARA = place({"accept": ["محور عين زارة", "عين زارة", "Ain Zara", "Ayn Zarah"]}, TRIPOLI)
QASR_BIN_GHASHIR = {"accept": ["منطقة قصر بن غشير", "قصر بن غشير", "Qasr Bin Ghashir", "Gasr Bin Gashir"]}
MITIGA = place({"accept": ["مطار معيتيقة الدولي", "مطار معيتيقة", "معيتيقة", "Mitiga International Airport",
                           "Mitiga"]}, TRIPOLI)
TAJOURA = {"accept": ["منطقة تاجوراء", "تاجوراء", "Tajoura", "Tajura"]}
SOUQ_AL_JUMA = place({"accept": ["منطقة سوق الجمعة", "سوق الجمعة", "Souq al-Juma", "Suq al-Jumaa"]}, TRIPOLI)
SWANI = {"accept": ["منطقة السواني", "السواني", "al-Swani", "Suani", "Swani"]}
NEW_YORK = {"accept": ["نيويورك", "New York"]}
AIRPORT_ROAD = place({"accept": ["محور طريق المطار", "طريق المطار", "Airport Road"]}, TRIPOLI)

# ============================== 520: al-Hodeidah and the west coast (al-Hodeidah; December 2018)
YE_GOV = {"en": ["Government of Yemen", "Yemeni government", "Hadi government"],
          "ar": ["الحكومة الشرعية", "وزارة الخارجية"]}
HOUTHIS = {"en": ["Houthis", "Ansar Allah", "Houthi movement"],
           "ar": ["ميليشيا الحوثي الانقلابية", "ميليشيا الحوثي", "الميليشيا", "الجماعة", "مسلحي الميليشيا"]}
UN = {"en": ["United Nations", "UN"], "ar": ["الأمم المتحدة"]}
TUHAYTA_CIVILIANS = {"en": ["three civilians at the Tuhayta market", "civilians"],
                     "ar": ["ثلاثة مدنيين", "القتلى الثلاثة"]}
HOUTHI_SOURCE = merge({"en": ["Houthi military source"], "ar": ["مصدر عسكري", "قناة «المسيرة»"]}, HOUTHIS)
AGGRESSION_MERCENARIES = {"en": ["pro-government forces ('mercenaries of the aggression', the Houthi term)",
                                 "Joint Forces", "Saudi-led coalition"],
                          "ar": ["«مرتزقة العدوان»", "مرتزقة العدوان"]}
GIANTS = {"en": ["Giants Brigades", "al-Amaliqa Brigades", "Joint Forces"], "ar": ["ألوية العمالقة"]}
GIANTS_HOUTHIS = merge(GIANTS, HOUTHIS)
HOUTHI_SNIPER = {"en": ["Houthi sniper", "Houthis"], "ar": ["قناص حوثي"]}
HAYS_FARMER = {"en": ["a farmer in Hays", "civilians"], "ar": ["مزارع"]}
UN_OBSERVERS = {"en": ["UN advance team of observers", "Redeployment Coordination Committee",
                       "United Nations"],
                "ar": ["فريق طليعي من المراقبين الأمميين", "المراقبين الأمميين"]}
HOUTHI_NEGOTIATOR = {"en": ["member of the Houthi negotiating delegation", "Houthis", "Ansar Allah"],
                     "ar": ["عضو في وفد الميليشيا المفاوض", "وفد الميليشيا"]}
GOV_OFFICIAL = {"en": ["a government official", "Government of Yemen"], "ar": ["مسؤول حكومي"]}
BOTH_PARTIES = {"en": ["Government of Yemen and the Houthis", "the two parties"], "ar": ["الطرفان"]}
PRISONERS = {"en": ["prisoners and detainees"], "ar": ["الأسرى والمختطفين"]}
JOINT_FORCES = {"en": ["Joint Forces", "Yemeni Joint Forces on the west coast", "pro-government forces"],
                "ar": ["قائد ميداني في القوات المشتركة", "القوات المشتركة"]}
HODEIDAH_AUTHORITY = {"en": ["Hodeidah local authority", "Government of Yemen"],
                      "ar": ["السلطة المحلية في محافظة الحديدة", "السلطة المحلية"]}

# ====================================================== places: 520
HODEIDAH = {"accept": ["محافظة الحديدة", "الحديدة", "al-Hodeidah", "Hodeidah", "Hudaydah"]}
HODEIDAH_CITY = place({"accept": ["مدينة الحديدة", "شارع صنعاء", "جامعة الحديدة", "شارع الخمسين"]}, HODEIDAH)
TUHAYTA = {"accept": ["مدينة التحيتا", "التحيتا", "al-Tuhayta", "Tuhayta", "at-Tuhayta"]}
DURAYHIMI = {"accept": ["مدينة الدريهمي", "الدريهمي", "al-Durayhimi", "Durayhimi", "ad-Durayhimi"]}
HAYS = {"accept": ["مديرية حيس", "حيس", "Hays", "Hais"]}
KHAWKHA_HODEIDAH = place({"accept": ["مديرية الخوخة", "الخوخة", "al-Khawkha", "Khokha"]}, HODEIDAH)
SWEDEN = {"accept": ["قرية ريمبو", "ريمبو", "ستوكهولم", "السويد", "Rimbo", "Stockholm", "Sweden"]}
