"""Accepted actor names and place names for the hundred-and-thirty-first team gold set (see README.md).

Written by hand by the annotator for this set only: nothing here comes from marsad's dictionaries or from the
lists of earlier sets, though the layout is the model set's (Arabic surface forms exactly as the articles
write them, a few common variants, English names). Place names carry their usual Arabic and English
spellings from general knowledge; no gazetteer was opened.

The scorer normalises names and accepts a substring of three or more characters either way, so the bare short
forms («النظام», «الحكومة», «التنظيم», «الطرفين», «الفصائل», «المدينة») are kept out of the lists of core
events on purpose. Both parties of a meeting, a joint act, an exchange or a deal are accepted in either role.
A one-sided attack has its perpetrator as source (the party the text names; none when it names none) and its
victims as recipient; a two-sided clash has both sides as source and no recipient.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ====================================================== 651: Bani Walid (Libya), 2012
LY_CHIEF_OF_STAFF = {"en": ["Libyan Chief of Staff", "Libyan army general staff", "Libyan army",
                            "Libyan government"],
                     "ar": ["رئاسة الأركان العامة للجيش الليبي", "رئاسة الأركان العامة", "رئاسة الأركان"]}
LIBYA_SHIELD = {"en": ["Libya Shield", "Libya Shield Force", "Misrata brigades", "Misratan militias"],
                "ar": ["وحدات من «درع ليبيا»", "قوات «درع ليبيا»", "«درع ليبيا»", "درع ليبيا",
                       "كتائب ثوار مصراتة"]}
BW_GUNMEN = {"en": ["Bani Walid gunmen", "Bani Walid militias", "Warfalla fighters", "Gaddafi loyalists"],
             "ar": ["مسلحين تحصّنوا في المزارع والبيوت الحجرية", "مسلحين تحصّنوا في المزارع", "المسلحين"]}
MARDUM_BATTLE = merge(LIBYA_SHIELD, BW_GUNMEN)
CHECKPOINTS_651 = {"en": ["Libya Shield checkpoints", "Libya Shield"], "ar": ["نقاط التفتيش"]}
OPS_ROOM_651 = {"en": ["joint operations room", "Libya Shield", "Libyan army"],
                "ar": ["غرفة العمليات المشتركة"]}
ARMED_DEFENDERS = {"en": ["armed men in Bani Walid", "Bani Walid gunmen"],
                   "ar": ["«كل من يرفع السلاح في وجه الدولة»", "كل من يرفع السلاح في وجه الدولة"]}
BW_FAMILIES = {"en": ["families of Bani Walid", "residents of Bani Walid"], "ar": ["العائلات"]}
BW_ELDERS = {"en": ["Bani Walid Elders Council", "Bani Walid council of elders", "Warfalla elders"],
             "ar": ["مجلس حكماء بني وليد", "مجلس الحكماء"]}
LY_RED_CRESCENT = {"en": ["Libyan Red Crescent", "Libyan Red Crescent Society", "LRC"],
                   "ar": ["متطوعون من جمعية الهلال الأحمر الليبي", "جمعية الهلال الأحمر الليبي",
                          "الهلال الأحمر الليبي"]}
BW_DISPLACED = {"en": ["displaced families from Bani Walid", "IDPs from Bani Walid"],
                "ar": ["قرابة ثلاثمئة عائلة قدمت من بني وليد", "ثلاثمئة عائلة"]}
SOUTHERN_FIGHTERS = {"en": ["fighters from the south", "southern fighters"], "ar": ["مقاتلين من الجنوب"]}
GNC = {"en": ["General National Congress", "GNC", "Libyan parliament"], "ar": ["المؤتمر الوطني العام"]}
MISRATA_RESIDENTS = {"en": ["Misrata residents", "people of Misrata"],
                     "ar": ["مئات من أهالي مصراتة", "أهالي مصراتة"]}
UNSMIL = {"en": ["UNSMIL", "United Nations Support Mission in Libya", "United Nations"],
          "ar": ["بعثة الأمم المتحدة للدعم في ليبيا"]}
CHECKPOINT_MEN_651 = {"en": ["Libya Shield", "Libya Shield checkpoint"],
                      "ar": ["عناصر نقطة تفتيش تابعة لـ«درع ليبيا»", "«درع ليبيا»"]}
BW_YOUTHS = {"en": ["young men from Bani Walid", "Bani Walid residents"],
             "ar": ["ستة شبان من المدينة", "ستة شبان"]}
BW_HOSPITAL = {"en": ["Bani Walid General Hospital"], "ar": ["مستشفى بني وليد العام"]}
MISRATA_COUNCIL = {"en": ["Misrata Local Council", "Misrata municipal council"],
                   "ar": ["المجلس المحلي لمصراتة"]}
MISRATA_REVOLUTIONARIES = {"en": ["Misrata revolutionaries", "Libya Shield"],
                           "ar": ["«انضباط الثوار»", "الثوار"]}
MISRATA_YOUTHS = {"en": ["young men of Misrata"], "ar": ["الشبان القادرين على حمل السلاح"]}
TARHUNA_MEDIATORS = {"en": ["Tarhuna and Zliten notables", "mediators"],
                     "ar": ["وفد من أعيان ترهونة وزليتن", "أعيان ترهونة وزليتن"]}
BW_ELDER_MEMBERS = {"en": ["Bani Walid Elders Council", "Bani Walid elders"],
                    "ar": ["أعضاء في مجلس حكماء بني وليد", "مجلس حكماء بني وليد"]}
TRUCE_TALKS = merge(TARHUNA_MEDIATORS, BW_ELDER_MEMBERS)
GNC_DELEGATION = {"en": ["General National Congress delegation", "GNC"],
                  "ar": ["وفد من المؤتمر الوطني العام", "المؤتمر الوطني العام"]}
SIEGE_COMMANDERS = {"en": ["commanders of the besieging units", "Libya Shield commanders"],
                    "ar": ["قادة الوحدات المحاصِرة"]}

# ====================================================== places: 651
BANI_WALID = {"accept": ["مدينة بني وليد", "بني وليد", "Bani Walid", "Beni Walid", "Bani Waleed"]}
MARDUM = place({"accept": ["منطقة المردوم", "المردوم", "al-Mardum", "Mardoum", "وادي دينار", "Wadi Dinar"]},
               BANI_WALID)
BW_NORTH_GATE = place({"accept": ["البوابة الشمالية لبني وليد"]}, BANI_WALID)
TARHUNA = {"accept": ["ترهونة", "Tarhuna", "Tarhouna"]}
BW_TARHUNA_ROAD = place({"accept": ["الطريق الرابط بين المدينة وترهونة"]}, TARHUNA, BANI_WALID)
MISRATA = {"accept": ["مصراتة", "Misrata", "Misurata"]}
BW_SOUTH_ROAD = place({"accept": ["الطريق الجنوبي لبني وليد"]}, BANI_WALID)
BW_HOSPITAL_PLACE = place({"accept": ["مستشفى بني وليد العام"]}, BANI_WALID)
TRUCE_VILLAGE = place({"accept": ["قرية على الطريق بين ترهونة وبني وليد"]}, TARHUNA, BANI_WALID)

# ====================================================== 652: Wadi Barada (Rif Dimashq, Syria), 2017
ASSAD_AIR = {"en": ["Syrian Arab Air Force", "Syrian government forces", "Syrian regime", "Syrian army"],
             "ar": ["الطيران الحربي التابع لقوات الأسد", "قوات الأسد", "مروحياته"]}
FIJAH_CIVILIANS = {"en": ["civilians", "civilians of Ain al-Fijah"], "ar": ["أحد عشر مدنياً"]}
BARADA_FACTIONS = {"en": ["Wadi Barada rebel factions", "Syrian opposition factions", "rebels",
                          "Free Syrian Army"],
                   "ar": ["فصائل المعارضة المسلحة المتحصنة في الوادي", "فصائل المعارضة المسلحة",
                          "الفصائل العاملة في الوادي", "فصائل الوادي"]}
ASSAD_FORCES = {"en": ["Syrian government forces", "Syrian army", "Syrian regime"], "ar": ["قوات الأسد"]}
HEZBOLLAH = {"en": ["Hezbollah", "Lebanese Hezbollah"],
             "ar": ["عناصر من ميليشيا «حزب الله» اللبناني", "ميليشيا «حزب الله»", "«حزب الله»", "حزب الله"]}
BASIMA_BATTLE = merge(BARADA_FACTIONS, ASSAD_FORCES, HEZBOLLAH)
WATER_MINISTRY = {"en": ["Syrian Ministry of Water Resources", "Syrian government"],
                  "ar": ["وزارة الموارد المائية في حكومة النظام", "وزارة الموارد المائية"]}
TERRORIST_GROUPS = {"en": ["Wadi Barada rebel factions", "rebels"],
                    "ar": ["«المجموعات الإرهابية»", "المجموعات الإرهابية"]}
STATE_TV = {"en": ["Syrian state television", "Syrian government"],
            "ar": ["القناة الرسمية للتلفزيون السوري", "التلفزيون السوري"]}
VALLEY_GUNMEN = {"en": ["Wadi Barada rebels", "rebels"], "ar": ["مسلحي الوادي"]}
VALLEY_CIVILIANS = {"en": ["civilians of Wadi Barada", "civilians"], "ar": ["المدنيين"]}
ICRC_652 = {"en": ["International Committee of the Red Cross", "ICRC"],
            "ar": ["اللجنة الدولية للصليب الأحمر"]}
SARC = {"en": ["Syrian Arab Red Crescent", "SARC"], "ar": ["الهلال الأحمر العربي السوري"]}
WATER_AID = merge(ICRC_652, SARC)
QUDSAYA_NOTABLES = {"en": ["Qudsaya notables", "mediators"], "ar": ["وجهاء من قدسيا"]}
BARADA_NOTABLES = {"en": ["Wadi Barada notables", "village notables"],
                   "ar": ["وفد من وجهاء قرى الوادي", "وجهاء قرى الوادي"]}
RUSSIAN_OFFICER = {"en": ["Russian officer", "Russian military", "Russia"],
                   "ar": ["ضابطاً روسياً", "الجانب الروسي"]}
GOV_REPS_652 = {"en": ["Syrian government representatives", "Syrian government"], "ar": ["ممثلين عن الحكومة"]}
HAMAH_TALKS = merge(BARADA_NOTABLES, RUSSIAN_OFFICER, GOV_REPS_652)
DEAL_PARTIES = merge({"en": ["Syrian government", "Syrian regime"], "ar": ["حكومة النظام"]},
                     {"en": ["Wadi Barada rebel factions", "rebels"], "ar": ["فصائل الوادي"]})
HAMAH_FIGHTERS = {"en": ["rebel fighters of al-Hamah and Qudsaya", "rebels"], "ar": ["مئات المقاتلين"]}
OPPOSITION_FACTIONS = {"en": ["Syrian armed opposition factions", "rebels", "Free Syrian Army"],
                       "ar": ["فصائل من المعارضة المسلحة"]}
RUSSIA_652 = {"en": ["Russia", "Russian government"], "ar": ["موسكو"]}
FACTIONS_OPS_ROOM = {"en": ["Wadi Barada rebel operations room", "rebels"],
                     "ar": ["غرفة عمليات الفصائل في الوادي"]}
CHECKPOINTS_652 = {"en": ["Syrian army checkpoints", "Syrian army", "Syrian government forces"],
                   "ar": ["الحواجز العسكرية عند مدخل الوادي", "الحواجز العسكرية"]}
REPAIR_CREWS = {"en": ["maintenance crews", "Damascus water establishment crews"], "ar": ["ورشات الصيانة"]}
BARADA_WOUNDED = {"en": ["wounded from Wadi Barada"], "ar": ["نحو أربعين جريحاً", "أربعين جريحاً"]}
MADAYA_RESIDENTS = {"en": ["residents of Madaya", "protesters in Madaya"],
                    "ar": ["مئات من أهالي مضايا", "أهالي مضايا"]}

# ====================================================== places: 652
WADI_BARADA = {"accept": ["وادي بردى", "Wadi Barada", "Barada valley"]}
AIN_FIJAH = place({"accept": ["بلدة عين الفيجة", "عين الفيجة", "Ain al-Fijah", "Ain al-Fijeh",
                              "Ayn al-Fijah"]},
                  WADI_BARADA)
BASIMA = place({"accept": ["محور بسيمة", "بسيمة", "Basima", "Bassimeh"]}, WADI_BARADA)
DAMASCUS = {"accept": ["دمشق", "Damascus"]}
SPRING = place({"accept": ["منشأة الضخ", "عين الفيجة", "Ain al-Fijah"]}, WADI_BARADA)
HAMAH = {"accept": ["بلدة الهامة", "الهامة", "al-Hamah", "al-Hameh"]}
HAMAH_QUDSAYA = {"accept": ["بلدتي الهامة وقدسيا", "الهامة", "al-Hamah", "قدسيا", "Qudsaya", "Qudssaya"]}
VALLEY_ENTRANCE = place({"accept": ["مدخل الوادي"]}, WADI_BARADA)
BASIMA_FIJAH = place({"accept": ["بسيمة", "Basima", "عين الفيجة", "Ain al-Fijah"]}, WADI_BARADA)
MADAYA = {"accept": ["مضايا", "Madaya"]}

# ====================================================== 653: Dammaj (Saada, Yemen), 2013
HOUTHIS = {"en": ["Houthis", "Ansar Allah", "Houthi movement", "al-Houthi"],
           "ar": ["المسلحون الحوثيون", "مسلحون حوثيون", "الحوثيون", "الحوثيين", "جماعة الحوثي"]}
DAR_HADITH = {"en": ["Dar al-Hadith", "Dar al-Hadith institute", "Dammaj Salafis", "Salafis"],
              "ar": ["مركز دار الحديث", "إدارة دار الحديث", "مقاتلو دار الحديث", "إدارة المركز", "دار الحديث",
                     "طلاب المركز"]}
HOUTHI_LEADER = {"en": ["Houthi leader", "Houthis", "Ansar Allah"], "ar": ["قيادي حوثي"]}
FOREIGN_FIGHTERS = {"en": ["foreign fighters", "foreign students of Dar al-Hadith"],
                    "ar": ["«المقاتلين الأجانب»", "المقاتلين الأجانب"]}
YEMENI_STATE = {"en": ["Yemeni government", "Yemeni state"], "ar": ["الدولة"]}
TRIBES = {"en": ["Hashid and Bakil tribesmen", "tribal fighters", "Hashid", "Bakil"],
          "ar": ["مئات من مسلحي قبائل حاشد وبكيل", "مسلحي قبائل حاشد وبكيل", "قبائل حاشد وبكيل"]}
STUDENTS = {"en": ["Dar al-Hadith students", "students", "civilians"], "ar": ["أربعة وعشرين طالباً"]}
SNIPERS = {"en": ["Houthi snipers", "Houthis"], "ar": ["قناصة على التلال المحيطة", "قناصة"]}
DAR_HADITH_ADMIN = {"en": ["Dar al-Hadith administration", "Dar al-Hadith"],
                    "ar": ["إدارة دار الحديث", "إدارة المركز"]}
HOUTHI_SPOKESMAN = {"en": ["Houthi spokesman", "Houthis"], "ar": ["الناطق باسم الجماعة"]}
MEDIATION_COMMITTEE = {"en": ["presidential mediation committee", "Yemeni presidency"],
                       "ar": ["لجنة الوساطة التي شكّلها الرئيس اليمني", "لجنة الوساطة"]}
DAMMAJ_PARTIES = merge(HOUTHIS, DAR_HADITH)
KITAF_ATTACKERS = {"en": ["Houthi gunmen", "Houthis"], "ar": ["مسلحون حوثيون"]}
KITAF_CENTRE = {"en": ["Quran memorisation centre", "Dar al-Hadith students"],
                "ar": ["مركزاً لتحفيظ القرآن يتبع دار الحديث", "أربعة من طلابه"]}
ICRC_653 = {"en": ["International Committee of the Red Cross", "ICRC"],
            "ar": ["فريق من اللجنة الدولية للصليب الأحمر", "اللجنة الدولية للصليب الأحمر"]}
SECRET_TALKS = merge({"en": ["Houthi leader", "Houthis"], "ar": ["قيادياً حوثياً"]},
                     {"en": ["presidential envoy", "Yemeni presidency"], "ar": ["موفد من الرئاسة"]})
IBB_PROTESTERS = {"en": ["protesters in Ibb", "Salafi charities"],
                  "ar": ["آلاف في مدينة إب", "جمعيات خيرية سلفية"]}
YEMENI_ARMY = {"en": ["Yemeni army", "Military Forces of Yemen"], "ar": ["الجيش"]}
OCHA_653 = {"en": ["OCHA", "UN Office for the Coordination of Humanitarian Affairs", "United Nations"],
            "ar": ["مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية"]}
YE_INTERIOR = {"en": ["Yemeni Ministry of Interior", "Yemeni government"], "ar": ["وزارة الداخلية"]}
FOREIGN_STUDENTS = {"en": ["foreign students", "foreign students of Dar al-Hadith"], "ar": ["الطلاب الأجانب"]}
AMNESTY = {"en": ["Amnesty International"], "ar": ["منظمة العفو الدولية"]}

# ====================================================== places: 653
DAMMAJ = {"accept": ["منطقة دماج", "دماج", "Dammaj", "Damaj"]}
DAR_HADITH_MOSQUE = place({"accept": ["المسجد الكبير لدار الحديث", "دار الحديث", "Dar al-Hadith"]}, DAMMAJ)
KITAF = {"accept": ["منطقة كتاف", "كتاف", "Kitaf", "Kataf"]}
KITAF_CENTRE_PLACE = place({"accept": ["مركز لتحفيظ القرآن في منطقة كتاف"]}, KITAF)
DAMMAJ_DAHYAN_ROAD = place({"accept": ["الطريق بين دماج وضحيان"]}, DAMMAJ, {"accept": ["ضحيان", "Dahyan"]})
DAHYAN = {"accept": ["بلدة ضحيان", "ضحيان", "Dahyan", "Dhahyan"]}
IBB = {"accept": ["مدينة إب", "إب", "Ibb"]}

# ====================================================== 654: al-Atarib (Aleppo, Syria), 2021
RUSSIAN_JET = {"en": ["Russian Air Force", "Russian military", "Russia"], "ar": ["طائرة حربية روسية"]}
TAQAD_CIVILIANS = {"en": ["civilians"], "ar": ["أربعة مدنيين"]}
REGIME_654 = {"en": ["Syrian government forces", "Syrian army", "Syrian regime"], "ar": ["قوات النظام"]}
HOSPITAL_VICTIMS = {"en": ["patients and staff of al-Atarib surgical hospital", "civilians"],
                    "ar": ["سبعة أشخاص", "المشفى الجراحي في مدينة الأتارب"]}
ALEPPO_HEALTH = {"en": ["Free Aleppo Health Directorate", "Aleppo Health Directorate"],
                 "ar": ["مديرية صحة حلب الحرة"]}
REGIME_AND_RUSSIA = merge(REGIME_654, {"en": ["Russia"], "ar": ["روسيا"]})
RUSSIAN_PLANES = {"en": ["Russian Air Force", "Russia"], "ar": ["طائرات روسية"]}
KAFR_NOURAN_VICTIMS = {"en": ["displaced civilians", "civilians"],
                       "ar": ["مدرسة تؤوي عائلات نازحة", "خمسة مدنيين"]}
UN_COORDINATOR = {"en": ["UN Regional Humanitarian Coordinator", "United Nations", "OCHA"],
                  "ar": ["المنسق الإقليمي للشؤون الإنسانية في الأمم المتحدة"]}
CIVIL_DEFENCE = {"en": ["Syrian Civil Defence", "White Helmets"],
                 "ar": ["فرق الدفاع المدني السوري", "الدفاع المدني السوري"]}
MSF = {"en": ["Médecins Sans Frontières", "MSF", "Doctors Without Borders"],
       "ar": ["منظمة «أطباء بلا حدود»", "«أطباء بلا حدود»", "أطباء بلا حدود"]}
PATIENT_TRANSFER = merge(CIVIL_DEFENCE, MSF)
WHO = {"en": ["World Health Organization", "WHO"], "ar": ["منظمة الصحة العالمية"]}
TURKISH_ARMY = {"en": ["Turkish Armed Forces", "Turkish army", "Turkey"], "ar": ["الجيش التركي"]}
DOCTORS_UNION = {"en": ["Northern Syria Doctors' Syndicate", "doctors' union"],
                 "ar": ["نقابة أطباء الشمال السوري"]}
HOSPITAL_STAFF = {"en": ["al-Atarib hospital staff", "medical staff"], "ar": ["كادر المشفى"]}
HEALTH_WORKERS = {"en": ["health workers"], "ar": ["عشرات العاملين الصحيين"]}
RUSSIAN_CENTRE = {"en": ["Russian Reconciliation Centre", "Russian military", "Russia"],
                  "ar": ["مركز المصالحة الروسي في سوريا", "مركز المصالحة الروسي"]}
HTS = {"en": ["Hay'at Tahrir al-Sham", "HTS", "Tahrir al-Sham"],
       "ar": ["«هيئة تحرير الشام»", "هيئة تحرير الشام"]}
HOSPITAL_ADMIN = {"en": ["al-Atarib hospital administration"], "ar": ["إدارة المشفى"]}
ATARIB_COUNCIL = {"en": ["al-Atarib local council"], "ar": ["المجلس المحلي في الأتارب"]}
UNSC = {"en": ["UN Security Council", "Security Council", "United Nations"], "ar": ["مجلس الأمن الدولي"]}
EU_STATES = {"en": ["European states"], "ar": ["دول أوروبية"]}
TURKISH_CONVOY = {"en": ["Turkish army", "Turkish Armed Forces", "Turkey"], "ar": ["رتل عسكري تركي"]}
HEALTH_STRIKERS = {"en": ["health workers of the western Aleppo countryside", "medical staff"],
                   "ar": ["العاملون في مشافي ريف حلب الغربي"]}

# ====================================================== places: 654
ATARIB = {"accept": ["مدينة الأتارب", "الأتارب", "al-Atarib", "Atarib", "al-Atareb"]}
ATARIB_HOSPITAL = place({"accept": ["المشفى الجراحي في مدينة الأتارب", "المشفى الجراحي"]}, ATARIB)
W_ALEPPO = {"accept": ["ريف حلب الغربي", "western Aleppo countryside", "western rural Aleppo"]}
TAQAD = place({"accept": ["أطراف قرية تقاد", "قرية تقاد", "تقاد", "Taqad"]}, W_ALEPPO)
KAFR_NOURAN = {"accept": ["بلدة كفرنوران", "كفرنوران", "Kafr Nuran", "Kafr Nouran", "Kafrnouran"]}
DARAT_IZZA = {"accept": ["دارة عزة", "Darat Izza", "Daret Azza", "Darat Azza"]}
DARAT_IZZA_HOSPITAL = place({"accept": ["مشفى دارة عزة الميداني"]}, DARAT_IZZA)
TURKISH_POST = place({"accept": ["النقطة التركية قرب الأتارب", "تلة قرب الأتارب"]}, ATARIB)
DEESCALATION_ZONE = place({"accept": ["منطقة خفض التصعيد", "de-escalation zone"]}, W_ALEPPO)

# ====================================================== 655: Ben Guerdane (Medenine, Tunisia), 2016
TN_FORCES = {"en": ["Tunisian army", "Tunisian National Guard", "Tunisian security forces",
                    "Military Forces of Tunisia"],
             "ar": ["وحدات الجيش والحرس الوطني", "وحدات من الجيش والحرس الوطني", "الحرس الوطني"]}
IS_ATTACKERS = {"en": ["Islamic State", "ISIS", "IS", "Daesh", "militants"],
                "ar": ["عشرات المسلحين", "المهاجمين", "المهاجمون"]}
BG_BATTLE = merge(TN_FORCES, IS_ATTACKERS)
CRISIS_CELL = {"en": ["Medenine crisis cell", "Medenine governorate authorities", "Tunisian government"],
               "ar": ["خلية الأزمة في ولاية مدنين", "خلية الأزمة"]}
TN_AUTHORITIES = {"en": ["Tunisian authorities", "Tunisian government"],
                  "ar": ["السلطات التونسية", "السلطات"]}
CHECKPOINT_GUNMEN = {"en": ["militants", "Islamic State"], "ar": ["مسلحين"]}
JOINT_SWEEP = {"en": ["Tunisian army", "Tunisian National Guard", "Military Forces of Tunisia"],
               "ar": ["وحدات من الجيش والحرس الوطني", "الحرس الوطني"]}
ASSASSINS = {"en": ["Islamic State militants", "militants", "attackers"], "ar": ["المهاجمون"]}
NG_OFFICER = {"en": ["National Guard counter-terrorism officer", "Tunisian National Guard"],
              "ar": ["ضابطاً في فرقة مكافحة الإرهاب التابعة للحرس الوطني", "ضابطاً في فرقة مكافحة الإرهاب"]}
FLEEING_GUNMEN = {"en": ["fleeing militants", "Islamic State"], "ar": ["خمسة مسلحين"]}
BG_RESIDENTS = {"en": ["residents of Ben Guerdane", "Ben Guerdane residents"],
                "ar": ["مئات من سكان المدينة", "سكان المدينة"]}
TN_ARMY_SECURITY = {"en": ["Tunisian army and security forces"], "ar": ["أفراد الجيش والأمن"]}
ISLAMIC_STATE = {"en": ["Islamic State", "ISIS", "IS", "Daesh", "ISIL"],
                 "ar": ["تنظيم «الدولة الإسلامية»", "«الدولة الإسلامية»", "تنظيم «داعش»", "«داعش»", "داعش"]}
TUNISIA_TARGET = {"en": ["Tunisia", "Tunisian government"], "ar": ["«مدن تونس ومعسكراتها»"]}
UGTT = {"en": ["Tunisian General Labour Union", "UGTT"], "ar": ["الاتحاد العام التونسي للشغل"]}
BG_PEOPLE = {"en": ["people of Ben Guerdane"], "ar": ["أهالي بن قردان"]}
ATTACK_PARTICIPANTS = {"en": ["participants in the attack", "Islamic State militants"],
                       "ar": ["المشاركين في الهجوم"]}
TN_PM = {"en": ["Tunisian Prime Minister", "Tunisian government"], "ar": ["رئيس الحكومة التونسية"]}
SOUSSE_GUNMAN = {"en": ["Sousse gunman", "Islamic State"], "ar": ["مسلح"]}
TOURISTS = {"en": ["foreign tourists"], "ar": ["عشرات السياح الأجانب"]}
TN_SECURITY = {"en": ["Tunisian security forces"], "ar": ["قوات الأمن"]}
PHONE_655 = merge({"en": ["Tunisian Minister of Defence", "Tunisian government"],
                   "ar": ["وزير الدفاع التونسي"]},
                  {"en": ["Algerian Minister of Defence", "Algerian government", "Algeria"],
                   "ar": ["نظيره الجزائري"]})
TN_PRESIDENT = {"en": ["Tunisian President", "Tunisian presidency", "Tunisian government"],
                "ar": ["رئيس الجمهورية"]}
VICTIMS_FAMILIES = {"en": ["families of the dead"], "ar": ["عائلات القتلى"]}
TN_HEALTH = {"en": ["Tunisian Ministry of Health", "Tunisian government"], "ar": ["وزارة الصحة"]}

# ====================================================== places: 655
BEN_GUERDANE = {"accept": ["مدينة بن قردان", "بن قردان", "Ben Guerdane", "Ben Gardane", "Bin Qirdan"]}
RAS_JEDIR = {"accept": ["معبر رأس جدير", "رأس جدير", "Ras Jedir", "Ras Ajdir"]}
BG_EAST = place({"accept": ["الأحياء الشرقية للمدينة"]}, BEN_GUERDANE)
SMUGGLING_ROUTES = place({"accept": ["مسالك التهريب في الصحراء"]}, BEN_GUERDANE)
SOUSSE = {"accept": ["منطقة القنطاوي بسوسة", "القنطاوي", "Port El Kantaoui", "سوسة", "Sousse"]}
BG_HOSPITAL = place({"accept": ["المستشفى المحلي في بن قردان"]}, BEN_GUERDANE)
