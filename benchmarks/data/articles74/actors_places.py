"""Accepted actor names and place names for the seventy-fourth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الحكومة», «الوفد») are left out on purpose, with these
exceptions, each used only in an article where it names a single actor:
- 366: «النظام» (the Syrian government and its forces), «النصرة» (only ever Jabhat al-Nusra), «القافلة» (the
  Red Crescent convoy), «الفصائل» (the rebel factions of the area, optional events only);
- 367: «الجيش» and «وحدات الجيش» (only ever the Syrian army), «الإرهابيين» (the pro-government daily's word
  for the armed opposition), «المجلس» (the Security Council, in the one paragraph that names it), «اللجنة»
  (the reconciliation committee), «المحافظة» (the governorate of Latakia);
- 368: «الجيش» and «قيادة الجيش» (only ever the Lebanese army), «اللجنة» (only ever the mediation committee),
  «الطرفين» (the two sides of the truce), «التبانة» and «جبل محسن» (the two sides, where they stand for their
  gunmen), «قناص» (the sniper of the main event), «الدولة» (the Lebanese state);
- 369: «العقيد» and «الضابط» (the murdered colonel, in the paragraphs of the main event), «المجلس المحلي» (the
  Benghazi local council), «القاضي» (the judge of al-Marj);
- 370: «الاحتلال» (only ever Israel and its army), «الشهيد» and «الشاب» (the young man of Tuqu', in the
  paragraphs of the main event), «العائلة» (his family), «أسير» (the prisoner of Aida camp).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge

# ====================================================== actors: shared
UNKNOWN_GUNMEN = {"en": ["unidentified gunmen", "unknown gunmen", "unidentified armed men"],
                  "ar": ["مسلحون مجهولون", "مسلحين مجهولين"]}

# ============ 366: Mashara, Umm Batinah, Breiqa, Khan Arnabah, Bir Ajam, al-Ruwayhinah, al-Hamidiyah
# (Quneitra; 2014)
SY_REGIME = {"en": ["Syrian government forces", "Syrian regime", "Syrian army", "Military Forces of Syria"],
             "ar": ["قوات النظام", "النظام"]}
REGIME_HELI = merge({"en": ["Syrian Arab Air Force", "regime helicopters", "Syrian Air Force"],
                     "ar": ["الطيران المروحي التابع لقوات النظام", "الطيران المروحي"]}, SY_REGIME)
BREIQA_VICTIMS = {"en": ["civilians", "displaced families", "displaced civilians"],
                  "ar": ["خمسة مدنيين", "مدنيين", "أربع عائلات نازحة", "عائلات نازحة"]}
MUTHALLATH_CP = merge({"en": ["al-Muthallath checkpoint", "regime checkpoint"],
                       "ar": ["عناصر حاجز «المثلث»", "حاجز «المثلث»"]}, SY_REGIME)
SARC = {"en": ["Syrian Arab Red Crescent", "SARC", "Red Crescent"],
        "ar": ["الهلال الأحمر العربي السوري", "متطوعو الهلال الأحمر", "الهلال الأحمر"]}
SARC_CONVOY = merge({"en": ["Red Crescent convoy", "aid convoy"],
                     "ar": ["قافلة للهلال الأحمر العربي السوري", "القافلة"]}, SARC)
SARC_QUNEITRA = merge({"en": ["SARC Quneitra branch"], "ar": ["فرع الهلال الأحمر العربي السوري في القنيطرة"]},
                      SARC)
UN_STAFF = {"en": ["United Nations staff", "United Nations", "UN"], "ar": ["موظفون في الأمم المتحدة"]}
QUNEITRA_GOVERNOR = {"en": ["Governor of Quneitra", "Syrian government"], "ar": ["محافظ القنيطرة"]}
BIR_AJAM_PEOPLE = {"en": ["displaced families", "residents of Bir Ajam", "displaced people"],
                   "ar": ["ألف ومئتي عائلة", "النازحين والمقيمين"]}
OCHA = {"en": ["UN Office for the Coordination of Humanitarian Affairs", "OCHA", "United Nations"],
        "ar": ["مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", "«أوتشا»", "أوتشا"]}
ALL_PARTIES = {"en": ["all parties to the conflict", "warring parties"], "ar": ["جميع أطراف النزاع",
                                                                                "أطراف النزاع"]}
FREE_QUNEITRA_COUNCIL = {"en": ["Free Quneitra Provincial Council",
                                "opposition provincial council of Quneitra"],
                         "ar": ["مجلس محافظة القنيطرة الحرة"]}
RELIEF_ORGS = {"en": ["relief organisations", "humanitarian organisations", "aid groups"],
               "ar": ["المنظمات الإغاثية العاملة في الجنوب السوري", "المنظمات الإغاثية"]}
NUSRA = {"en": ["Jabhat al-Nusra", "al-Nusra Front", "Nusra Front"],
         "ar": ["دورية تابعة لـ«جبهة النصرة»", "«جبهة النصرة»", "جبهة النصرة", "«النصرة»", "النصرة"]}
CAMP_YOUTHS = {"en": ["four young men", "displaced young men"], "ar": ["أربعة شبان", "الشبان الأربعة"]}
CAMP_DISPLACED = {"en": ["displaced people", "camp residents"], "ar": ["عدد من النازحين", "النازحين"]}
CAMP_NOTABLES = {"en": ["camp notables", "notables"], "ar": ["وجهاء المخيم"]}
FURQAN = {"en": ["Alwiyat al-Furqan", "al-Furqan Brigades", "Furqan Brigades commander", "Syrian opposition"],
          "ar": ["قائد ميداني في «ألوية الفرقان»", "«ألوية الفرقان»", "ألوية الفرقان"]}
OTHER_FACTIONS = {"en": ["rebel factions", "opposition factions"], "ar": ["الفصائل الأخرى", "الفصائل"]}
HAMIDIYAH_FAMILIES = {"en": ["displaced families of al-Hamidiyah", "displaced families", "returnees"],
                      "ar": ["نحو ستين عائلة نازحة", "ستين عائلة نازحة", "عائلة نازحة"]}
HAMIDIYAH_DEAL = {"en": ["notables of al-Hamidiyah", "rebel factions", "opposition factions"],
                  "ar": ["وجهاء البلدة", "الفصائل العاملة فيها", "الفصائل"]}
RUWAYHINAH_VICTIMS = {"en": ["three civilians", "civilians", "elderly woman"], "ar": ["ثلاثة مدنيين",
                                                                                      "امرأة مسنّة"]}

# ====================================================== places: 366
MASHARA = {"accept": ["بلدتي مسحرة وأم باطنة", "مسحرة", "أم باطنة", "ريف القنيطرة الأوسط", "Mashara",
                      "Masharah",
                      "Umm Batinah", "Umm Batina"]}
BREIQA = {"accept": ["بلدة بريقة", "بريقة", "Breiqa", "Bariqa", "Buraiqa"]}
KHAN_ARNABAH_CP = {"accept": ["حاجز «المثلث»", "خان أرنبة", "مدينة البعث", "Khan Arnabah", "Khan Arnaba",
                              "Madinat al-Baath", "Baath City"]}
BIR_AJAM = {"accept": ["بلدة بئر عجم", "بئر عجم", "Bir Ajam", "Beer Ajam", "Bi'r Ajam"]}
QUNEITRA_CS = {"accept": ["ريف القنيطرة", "القنيطرة", "Quneitra countryside", "Quneitra",
                          "Quneitra Governorate"]}
RUWAYHINAH = {"accept": ["قرية الرويحينة", "الرويحينة", "al-Ruwayhinah", "Ruwayhinah", "Rwayhina"]}
RUWAYHINAH_CAMP = {"accept": ["مخيم عشوائي", "قرية الرويحينة", "الرويحينة", "al-Ruwayhinah", "Ruwayhinah"]}
KHAN_BAATH = {"accept": ["خان أرنبة", "مدينة البعث", "Khan Arnabah", "Madinat al-Baath", "Baath City"]}
BAATH_CITY = {"accept": ["مدينة البعث", "Madinat al-Baath", "Baath City", "al-Baath"]}
HAMIDIYAH = {"accept": ["بلدة الحميدية", "الحميدية", "al-Hamidiyah", "Hamidiyah", "Hamidiya"]}

# ============ 367: Latakia (al-Sheikh Daher), Kabani (Jabal al-Akrad), Rabia, Slinfah (Latakia; 2016)
ARMED_GROUPS = {"en": ["armed opposition groups", "rebel factions", "Syrian opposition fighters",
                       "terrorist groups (government term)"],
                "ar": ["المجموعات الإرهابية المسلحة", "المجموعات المسلحة", "الإرهابيين"]}
LATAKIA_VICTIMS = {"en": ["civilians", "shoppers"], "ar": ["أربعة مواطنين", "مواطنين", "الشهداء الأربعة"]}
SAA = {"en": ["Syrian Arab Army", "Syrian army", "Military Forces of Syria", "Syrian government forces"],
       "ar": ["وحدات من الجيش العربي السوري", "الجيش العربي السوري", "وحدات الجيش", "الجيش"]}
SAA_SOURCE = merge({"en": ["Syrian military source"], "ar": ["المصدر العسكري", "مصدر عسكري"]}, SAA)
SAA_AUX = merge({"en": ["auxiliary forces", "National Defence Forces"], "ar": ["القوات الرديفة"]}, SAA)
LATAKIA_GOVERNOR = {"en": ["Governor of Latakia", "Latakia governorate", "Syrian government"],
                    "ar": ["محافظ اللاذقية", "المحافظة"]}
LATAKIA_WOUNDED = {"en": ["the wounded", "injured civilians"], "ar": ["الجرحى", "المصابين"]}
RESCUE_TEAMS = {"en": ["ambulance, civil defence and fire crews", "Syrian Civil Defence", "first responders"],
                "ar": ["فرق الإسعاف والدفاع المدني والإطفاء", "فرق الإسعاف"]}
LATAKIA_POLICE = {"en": ["Latakia police command", "Police Forces of Syria"],
                  "ar": ["قيادة شرطة المحافظة", "قيادة الشرطة"]}
LATAKIA_CITIZENS = {"en": ["citizens", "residents of Latakia"], "ar": ["المواطنين"]}
SHOPKEEPERS = {"en": ["shopkeepers", "traders"], "ar": ["محال السوق"]}
TISHREEN_STUDENTS = {"en": ["Tishreen University students", "students"],
                     "ar": ["مئات من طلاب جامعة تشرين", "طلاب جامعة تشرين"]}
SY_MOFA = {"en": ["Syrian Ministry of Foreign Affairs and Expatriates", "Syrian foreign ministry",
                  "Syrian government"],
           "ar": ["وزارة الخارجية والمغتربين"]}
TURKEY = {"en": ["Turkey", "Turkish government", "Government of Turkey"], "ar": ["«النظام التركي»",
                                                                                 "النظام التركي"]}
UNSC = {"en": ["UN Security Council", "United Nations Security Council", "United Nations"],
        "ar": ["رئيس مجلس الأمن", "مجلس الأمن", "المجلس"]}
SY_AUTHORITIES = {"en": ["Syrian security services", "Syrian authorities", "Police Forces of Syria"],
                  "ar": ["الجهات المختصة"]}
RAML_SUSPECTS = {"en": ["two suspects", "suspected informants"], "ar": ["شخصين"]}
RABIA_REBELS = {"en": ["rebel representatives", "armed opposition representatives", "rebel factions"],
                "ar": ["أيّ من ممثلي المسلحين", "ممثلي المسلحين"]}
RECONCILIATION = {"en": ["National Reconciliation Committee", "reconciliation committee"],
                  "ar": ["لجنة المصالحة الوطنية", "اللجنة"]}
LATAKIA_COUNCIL = {"en": ["Latakia Provincial Council", "Latakia governorate council"],
                   "ar": ["مجلس محافظة اللاذقية"]}
SLINFAH_VICTIM = {"en": ["restaurant worker", "civilian"], "ar": ["عامل في أحد المطاعم"]}

# ====================================================== places: 367
SHEIKH_DAHER = {"accept": ["سوق الخضار في حي الشيخ ضاهر", "حي الشيخ ضاهر", "الشيخ ضاهر", "اللاذقية",
                           "al-Sheikh Daher", "Sheikh Daher", "Latakia"]}
KABANI = {"accept": ["بلدة كبانة", "كبانة", "جبل الأكراد", "Kabani", "Kabbaneh", "Jabal al-Akrad"]}
KABANI_FRONT = {"accept": ["محاور كبانة وتلال الحدادة", "كبانة", "تلال الحدادة", "جبل الأكراد", "Kabani",
                           "Jabal al-Akrad"]}
ZIRAA = {"accept": ["دوار الزراعة", "اللاذقية", "al-Ziraa roundabout", "Latakia"]}
NORTH_LATAKIA = {"accept": ["ريف اللاذقية الشمالي", "ريف اللاذقية", "northern Latakia countryside",
                            "Latakia"]}
TISHREEN_UNI = {"accept": ["جامعة تشرين", "اللاذقية", "Tishreen University", "Latakia"]}
RAML = {"accept": ["حي الرمل الجنوبي", "الرمل الجنوبي", "اللاذقية", "al-Raml al-Janubi", "Ramel", "Latakia"]}
RABIA = {"accept": ["ناحية ربيعة", "ربيعة", "Rabia", "Rabiaa", "Rabi'a"]}
LATAKIA_CITY = {"accept": ["مدينة اللاذقية", "اللاذقية", "Latakia", "Latakia city"]}
SLINFAH = {"accept": ["مصيف صلنفة", "صلنفة", "Slinfah", "Slenfeh", "Salanfah"]}

# ============ 368: Bab al-Tabbaneh, Jabal Mohsen, al-Qubbah, al-Nour Square (Tripoli, North Lebanon; 2012)
MEDIATORS = {"en": ["Tripoli Civil Good Offices Committee", "mediation committee", "mediators",
                    "Tripoli notables"],
             "ar": ["لجنة المساعي الأهلية في طرابلس", "لجنة المساعي الأهلية", "اللجنة"]}
BOTH_SIDES = {"en": ["Bab al-Tabbaneh", "Jabal Mohsen", "both sides"],
              "ar": ["ممثلون عن الطرفين", "الطرفين", "باب التبانة وجبل محسن"]}
TRUCE_PARTIES = merge(MEDIATORS, BOTH_SIDES)
SNIPER = {"en": ["sniper", "Jabal Mohsen snipers", "unidentified sniper"], "ar": ["قناص", "قناصة جبل محسن"]}
TABBANEH_VICTIMS = {"en": ["two young men", "residents of Bab al-Tabbaneh", "civilians"],
                    "ar": ["شابان من سكان باب التبانة", "شابان", "الشابين", "القتيلين"]}
ADP = {"en": ["Arab Democratic Party", "ADP", "Jabal Mohsen"],
       "ar": ["المسؤول الإعلامي في «الحزب العربي الديمقراطي»", "«الحزب العربي الديمقراطي»",
              "الحزب العربي الديمقراطي"]}
TABBANEH_GUNMEN = {"en": ["Bab al-Tabbaneh gunmen", "Bab al-Tabbaneh fighters", "Bab al-Tabbaneh"],
                   "ar": ["مسلحين في التبانة", "التبانة"]}
TABBANEH_CMDR = merge({"en": ["Bab al-Tabbaneh axis commander"], "ar": ["أحد قادة المحاور في التبانة",
                                                                       "قادة المحاور"]}, TABBANEH_GUNMEN)
MOHSEN_SNIPERS = {"en": ["Jabal Mohsen snipers", "Jabal Mohsen gunmen", "Jabal Mohsen"],
                  "ar": ["قناصة جبل محسن", "جبل محسن"]}
MOHSEN_SIDE = {"en": ["Jabal Mohsen gunmen", "Arab Democratic Party", "Jabal Mohsen"], "ar": ["جبل محسن"]}
LAF = {"en": ["Lebanese Armed Forces", "Lebanese army", "LAF"],
       "ar": ["وحدات من الجيش اللبناني", "الجيش اللبناني", "قيادة الجيش", "دورية من الجيش", "الجيش"]}
BOTH_FIGHTERS = {"en": ["Bab al-Tabbaneh gunmen", "Jabal Mohsen gunmen", "gunmen of both sides"],
                 "ar": ["مقاتلي الطرفين", "المسلحين", "مسلحين ملثمين"]}
TABBANEH_GROUP_CMDR = merge({"en": ["armed group commander in Bab al-Tabbaneh"],
                             "ar": ["قائد مجموعة مسلحة في التبانة"]}, TABBANEH_GUNMEN)
TABBANEH_PROTESTERS = {"en": ["residents of Bab al-Tabbaneh", "protesters"],
                       "ar": ["عشرات من أبناء التبانة", "أبناء التبانة"]}
LB_STATE = {"en": ["Lebanese state", "Government of Lebanon"], "ar": ["الدولة"]}
LB_PM = {"en": ["Prime Minister of Lebanon", "Lebanese government", "Government of Lebanon"],
         "ar": ["رئيس الحكومة"]}
TRIPOLI_PEOPLE = {"en": ["people of Tripoli", "residents"], "ar": ["أبناء المدينة"]}
QUBBAH_GUNMEN = {"en": ["three gunmen", "gunmen"], "ar": ["ثلاثة مسلحين"]}
ISF_MEMBER = {"en": ["Internal Security Forces member", "Internal Security Forces", "policeman"],
              "ar": ["عنصر في قوى الأمن الداخلي", "قوى الأمن الداخلي"]}

# ====================================================== places: 368
TRIPOLI = {"accept": ["طرابلس", "Tripoli", "Tripoli, Lebanon"]}
SYRIA_STREET = {"accept": ["شارع سوريا", "باب التبانة", "جبل محسن", "طرابلس", "Syria Street",
                           "Bab al-Tabbaneh",
                           "Jabal Mohsen", "Tripoli"]}
FRONT_AXES = {"accept": ["محاور البقار والريفا والشعراني", "البقار", "الريفا", "الشعراني", "باب التبانة",
                         "جبل محسن", "طرابلس", "al-Baqqar", "al-Riva", "al-Shaarani", "Bab al-Tabbaneh",
                         "Jabal Mohsen", "Tripoli"]}
ARMY_DEPLOYMENT = {"accept": ["شارع سوريا", "مستديرة أبو علي", "جبل محسن", "طرابلس", "Syria Street",
                              "Abu Ali roundabout", "Jabal Mohsen", "Tripoli"]}
FRONT_LINES = {"accept": ["باب التبانة", "جبل محسن", "خطوط التماس", "طرابلس", "Bab al-Tabbaneh",
                          "Jabal Mohsen",
                          "Tripoli"]}
JABAL_MOHSEN = {"accept": ["جبل محسن", "Jabal Mohsen", "Jabal Muhsin", "Tripoli"]}
SERAIL = {"accept": ["سراي طرابلس", "طرابلس", "Tripoli Serail", "Tripoli"]}
QUBBAH = {"accept": ["منطقة القبة", "القبة", "al-Qubbah", "Qobbeh", "Tripoli"]}
NOUR_SQUARE = {"accept": ["ساحة النور", "Al-Nour Square", "Nour Square", "Tripoli"]}

# ============ 369: Benghazi (al-Fuwayhat, al-Salmani, Dubai Street, al-Kish), al-Marj, al-Bayda (Libya; 2013)
SARAYA = {"en": ["Saraya al-Tha'r lil-Shuhada", "Revenge for the Martyrs Brigades",
                 "unidentified armed group"],
          "ar": ["«سرايا الثأر للشهداء»", "سرايا الثأر للشهداء",
                 "جماعة تطلق على نفسها اسم «سرايا الثأر للشهداء»"]}
SARAYA_BOMBERS = merge(SARAYA, {"en": ["unidentified attackers", "bombers"], "ar": ["المنفذين", "المنفذون"]})
COLONEL = {"en": ["military intelligence colonel", "Libyan military intelligence officer",
                  "Libyan army officer"],
           "ar": ["عقيد في جهاز الاستخبارات العسكرية", "العقيد", "الضابط", "عقيد"]}
GADDAFI_REMNANTS = {"en": ["former Gaddafi-era security officers", "Libyan security officers"],
                    "ar": ["«بقايا أجهزة القذافي الأمنية»", "بقايا أجهزة القذافي الأمنية"]}
ANSAR = {"en": ["Ansar al-Sharia", "Ansar al-Sharia in Libya", "Ansar al-Shariah"],
         "ar": ["جماعة «أنصار الشريعة»", "«أنصار الشريعة»", "أنصار الشريعة"]}
JSR = {"en": ["Benghazi Joint Security Room", "Joint Security Room", "Libyan security forces"],
       "ar": ["المتحدث باسم الغرفة الأمنية المشتركة", "الغرفة الأمنية المشتركة في بنغازي",
              "الغرفة الأمنية المشتركة"]}
HARDLINERS = {"en": ["hardline groups", "Islamist militants"],
              "ar": ["«جماعات متشددة معروفة للجميع»", "جماعات متشددة"]}
SAIQA_MP = {"en": ["Saiqa Special Forces", "Libyan Special Forces", "Military Police", "Libyan army"],
            "ar": ["قوات الصاعقة والشرطة العسكرية", "قوات الصاعقة", "الشرطة العسكرية"]}
JSR_SAIQA = merge(JSR, SAIQA_MP)
SAIQA_CMDR = merge({"en": ["Saiqa commander"], "ar": ["آمر قوات الصاعقة"]}, SAIQA_MP)
SALMANI_SUSPECTS = {"en": ["three suspects", "suspects"], "ar": ["ثلاثة مشتبه بهم", "مشتبه بهم"]}
POLICE_OFFICER = {"en": ["police officer", "Benghazi Security Directorate officer", "Police Forces of Libya"],
                  "ar": ["ضابط في مديرية أمن بنغازي", "ضابط"]}
BENGHAZI_PROTESTERS = {"en": ["residents of Benghazi", "protesters", "demonstrators"],
                       "ar": ["مئات من أهالي المدينة", "أهالي المدينة"]}
LY_GOV = {"en": ["Libyan interim government", "Government of Libya", "Libyan government"],
          "ar": ["الحكومة المؤقتة"]}
LY_PM = {"en": ["Prime Minister of Libya", "Libyan interim government", "Government of Libya"],
         "ar": ["المكتب الإعلامي لرئيس الحكومة المؤقتة", "رئيس الحكومة المؤقتة", "الحكومة المؤقتة"]}
SEC_DIRECTOR = {"en": ["Director of Benghazi Security Directorate", "Benghazi Security Directorate"],
                "ar": ["مدير مديرية أمن بنغازي", "مديرية أمن بنغازي"]}
BENGHAZI_COUNCIL = {"en": ["Benghazi Local Council", "Benghazi municipal council"],
                    "ar": ["المجلس المحلي لمدينة بنغازي", "المجلس المحلي"]}
UNIT_COMMANDERS = {"en": ["military and security commanders", "Libyan security forces"],
                   "ar": ["آمري الوحدات العسكرية والأمنية في المدينة", "آمري الوحدات العسكرية والأمنية"]}
COUNCIL_COMMANDERS = merge(BENGHAZI_COUNCIL, UNIT_COMMANDERS)
MARJ_JUDGE = {"en": ["judge", "judge of al-Marj"], "ar": ["قاضٍ", "القاضي"]}
MOI_DELEGATION = {"en": ["Libyan Ministry of Interior", "Interior Ministry delegation"],
                  "ar": ["وفد وزارة الداخلية", "وزارة الداخلية"]}
SEC_CHIEFS = {"en": ["Benghazi security chiefs", "Libyan security forces"],
              "ar": ["قادة الأجهزة الأمنية في المدينة", "قادة الأجهزة الأمنية"]}
BAYDA_VICTIM = {"en": ["retired air force officer", "Libyan Air Force officer"],
                "ar": ["ضابطاً متقاعداً في سلاح الجو", "ضابطاً متقاعداً"]}

# ====================================================== places: 369
FUWAYHAT = {"accept": ["حي الفويهات", "الفويهات", "بنغازي", "al-Fuwayhat", "Fuwayhat", "Benghazi"]}
BENGHAZI = {"accept": ["بنغازي", "Benghazi"]}
SALMANI = {"accept": ["منطقة السلماني", "السلماني", "بنغازي", "al-Salmani", "Salmani", "Benghazi"]}
DUBAI_STREET = {"accept": ["شارع دبي", "بنغازي", "Dubai Street", "Benghazi"]}
KISH = {"accept": ["ساحة الكيش", "الكيش", "بنغازي", "al-Kish Square", "Kish Square", "Benghazi"]}
MARJ = {"accept": ["مدينة المرج", "المرج", "al-Marj", "Marj", "Al Marj"]}
HAWARI = {"accept": ["مقبرة الهواري", "الهواري", "بنغازي", "al-Hawari cemetery", "Hawari", "Benghazi"]}
BAYDA = {"accept": ["مدينة البيضاء", "البيضاء", "al-Bayda", "Bayda", "Al Bayda"]}

# ============ 370: Tuqu', Dheisheh camp, Nahalin, Bethlehem, Beit Fajjar (Bethlehem, West Bank; 2016)
IDF = {"en": ["Israeli army", "Israel Defense Forces", "IDF", "Israeli forces", "Israeli occupation forces"],
       "ar": ["قوات الاحتلال الإسرائيلي", "قوات الاحتلال", "جنود الاحتلال", "جيش الاحتلال", "الاحتلال"]}
DHEISHEH_YOUTHS = {"en": ["five young men", "residents of Dheisheh camp"], "ar": ["خمسة شبان"]}
DHEISHEH_PROTESTERS = {"en": ["young men of Dheisheh", "protesters", "rioters"], "ar": ["عشرات الشبان"]}
TUQU_YOUTH = {"en": ["young man", "Palestinian youth", "protester"],
              "ar": ["شاب في التاسعة عشرة من عمره", "الشاب", "الشهيد", "شاب"]}
TUQU_PROTESTERS = {"en": ["young men of Tuqu'", "protesters", "rioters"], "ar": ["شبان"]}
IL_AUTHORITIES = {"en": ["Israeli authorities", "Israel", "Israeli army"], "ar": ["سلطات الاحتلال",
                                                                                  "الاحتلال"]}
MARTYR_FAMILY = {"en": ["the family", "relatives"], "ar": ["ذويه", "العائلة"]}
CIVIL_AFFAIRS = {"en": ["Palestinian General Authority of Civil Affairs", "Palestinian Authority"],
                 "ar": ["هيئة الشؤون المدنية"]}
SETTLERS = {"en": ["Israeli settlers", "settlers of Beitar Illit", "settlers"],
            "ar": ["مستوطنون من مستوطنة «بيتار عيليت»", "مستوطنون", "المستوطنين"]}
NAHALIN_FAMILY = {"en": ["Palestinian farmers", "family from Nahalin", "olive pickers"],
                  "ar": ["عائلة من القرية", "رجل مسنّ وابنه"]}
AGRI_DIRECTORATE = {"en": ["Bethlehem Agriculture Directorate", "Palestinian Ministry of Agriculture"],
                    "ar": ["مديرية الزراعة في بيت لحم", "مديرية الزراعة"]}
NAHALIN_FARMERS = {"en": ["farmers of Nahalin", "Palestinian farmers"],
                   "ar": ["مزارعي نحالين والقرى المجاورة", "مزارعي نحالين"]}
OFER_COURT = {"en": ["Israeli military court", "Ofer military court", "Israel"],
              "ar": ["المحكمة العسكرية الإسرائيلية في «عوفر»", "المحكمة العسكرية الإسرائيلية"]}
AIDA_PRISONER = {"en": ["prisoner from Aida camp", "Palestinian prisoner"], "ar": ["أسير من مخيم عايدة",
                                                                                   "أسير"]}
BETHLEHEM_GOVERNOR = {"en": ["Governor of Bethlehem", "Palestinian Authority"], "ar": ["محافظ بيت لحم"]}
IL_GOVERNMENT = {"en": ["Israeli government", "Government of Israel", "Israel"], "ar": ["حكومة الاحتلال",
                                                                                        "إسرائيل"]}
INTL_ORGS = {"en": ["international organisations", "human rights organisations", "international community"],
             "ar": ["المؤسسات الدولية والحقوقية", "المؤسسات الدولية"]}
TUQU_FAMILIES = {"en": ["families of stone-throwers", "residents of Tuqu'"],
                 "ar": ["عائلات الشبان الذين يلقون الحجارة", "عائلات الشبان"]}
MARTYR_BROTHER = {"en": ["brother of the slain young man"], "ar": ["شقيق الشهيد"]}
TUQU_STRIKERS = {"en": ["residents of Tuqu'", "shopkeepers"], "ar": ["بلدة تقوع", "المدارس والمحال"]}
NATIONAL_FORCES = {"en": ["National and Islamic Forces", "Palestinian factions"],
                   "ar": ["القوى الوطنية والإسلامية في المحافظة", "القوى الوطنية والإسلامية"]}
BEIT_FAJJAR_YOUTH = {"en": ["young man from Beit Fajjar", "Palestinian youth"], "ar": ["شاب من بلدة بيت فجار",
                                                                                       "شاب"]}

# ====================================================== places: 370
DHEISHEH = {"accept": ["مخيم الدهيشة", "الدهيشة", "بيت لحم", "Dheisheh camp", "Dheisheh", "Bethlehem"]}
TUQU = {"accept": ["بلدة تقوع", "تقوع", "Tuqu'", "Tuqu", "Taqu'a"]}
ETZION_CAMP = {"accept": ["معسكر «عتصيون»", "عتصيون", "Etzion", "Etzion military base"]}
NAHALIN = {"accept": ["قرية نحالين", "نحالين", "Nahalin", "Nahhalin"]}
OFER = {"accept": ["«عوفر»", "عوفر", "Ofer", "Ofer military court", "Ofer Prison"]}
CONTAINER_CP = {"accept": ["حاجز «الكونتينر»", "الكونتينر", "بيت لحم", "Container checkpoint", "Wadi al-Nar",
                           "Bethlehem"]}
MANGER_SQUARE = {"accept": ["ساحة المهد", "بيت لحم", "Manger Square", "Bethlehem"]}
GUSH_ETZION = {"accept": ["مفترق «غوش عتصيون»", "غوش عتصيون", "Gush Etzion junction", "Gush Etzion"]}
