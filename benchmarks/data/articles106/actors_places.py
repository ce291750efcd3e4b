"""Accepted actor names and place names for the hundred-and-sixth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الحكومة», «الفصائل», «التنظيم», «الجماعة») are left out on
purpose, with these exceptions, each used only in an article where it names a single actor:
- 526: «المجموعات المسلحة» (only ever the armed men of Daraa al-Balad, in the government side's words) and
  «الأهالي» (only ever the residents of Daraa al-Balad);
- 527: «الفصائل» (only ever the opposition factions of the northern Hama countryside) and «النظام» (only ever
  the Syrian government);
- 528: «التنظيم», «المسلحون», «الخاطفون» and «الخاطفين» (only ever the Islamic State's kidnappers);
- 529: «الجيش» and «قيادة الجيش» (only ever the Lebanese army) and «الدولة» (only ever the Lebanese state);
- 530: «الميليشيا» and «الجماعة» (only ever the Houthis, in the outlet's own words).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ============================== 526: Daraa al-Balad and the western countryside (Daraa; August 2021)
RU_MP = {"en": ["Russian Military Police", "Russian military", "Russia"],
         "ar": ["ضباط من الشرطة العسكرية الروسية", "الشرطة العسكرية الروسية", "الجانب الروسي"]}
CENTRAL_COMMITTEE = {"en": ["Central Committee of Daraa al-Balad", "Daraa al-Balad negotiating committee",
                            "rebels"],
                     "ar": ["اللجنة المركزية المفاوضة عن أهالي درعا البلد", "اللجنة المركزية"]}
SECURITY_COMMITTEE = {"en": ["Syrian government security committee in Daraa", "Government of Syria",
                             "Syrian regime"],
                      "ar": ["اللجنة الأمنية التابعة للنظام", "مصدر في اللجنة الأمنية", "اللجنة الأمنية"]}
BALAD_TALKS = merge(CENTRAL_COMMITTEE, SECURITY_COMMITTEE)
BOTH_COMMITTEES = merge({"en": ["the two negotiating parties of Daraa al-Balad"],
                         "ar": ["الطرفان", "الطرفين"]}, BALAD_TALKS)
FOURTH_DIV = {"en": ["Fourth Armoured Division", "Syrian army Fourth Division", "Military Forces of Syria",
                     "Syrian regime forces"],
              "ar": ["قوات الفرقة الرابعة", "الفرقة الرابعة"]}
FOURTH_DIV_OFFICER = {"en": ["an officer of the Fourth Division", "Fourth Armoured Division",
                             "Military Forces of Syria"],
                      "ar": ["ضابط في الفرقة الرابعة"]}
BALAD_CIVILIANS = {"en": ["three civilians in Daraa al-Balad", "civilians"],
                   "ar": ["ثلاثة مدنيين", "القتلى الثلاثة"]}
BALAD_ARMED_MEN = {"en": ["armed men of Daraa al-Balad (the government side's words)", "rebels"],
                   "ar": ["«إرهابيون»", "إرهابيون", "المجموعات المسلحة"]}
BALAD_RESIDENTS = {"en": ["residents of Daraa al-Balad", "civilians"], "ar": ["أهالي درعا البلد", "الأهالي"]}
BALAD_CIVILIANS_LEAVING = {"en": ["civilians of Daraa al-Balad", "civilians"], "ar": ["المدنيين"]}
BALAD_FAMILIES = {"en": ["families leaving Daraa al-Balad", "civilians"], "ar": ["نحو مئة وعشرين عائلة"]}
WEST_GUNMEN = {"en": ["local gunmen of the western Daraa countryside", "rebels"], "ar": ["مسلحون محليون"]}
REGIME_CHECKPOINT = {"en": ["Syrian government forces at a checkpoint", "Military Forces of Syria"],
                     "ar": ["حاجزاً لقوات النظام", "قوات النظام"]}
WEST_CLASH = merge(WEST_GUNMEN, REGIME_CHECKPOINT)
JASIM_NOTABLES = {"en": ["notables of Jasim and the western countryside"],
                  "ar": ["وفد من وجهاء مدينة جاسم", "وجهاء مدينة جاسم"]}
SARC = {"en": ["Syrian Arab Red Crescent", "SARC"],
        "ar": ["قافلة الهلال الأحمر العربي السوري", "الهلال الأحمر العربي السوري"]}
UNKNOWN_GUNMEN = {"en": ["unidentified gunmen"], "ar": ["مسلحون مجهولون"]}
JASIM_VICTIM = {"en": ["a former opposition commander who had settled his status", "rebels"],
                "ar": ["قيادياً سابقاً في فصائل المعارضة"]}
BALAD_CIVIL_BODIES = {"en": ["civil bodies of Daraa al-Balad", "civilians"],
                      "ar": ["فعاليات مدنية في درعا البلد", "فعاليات مدنية"]}
UN_ICRC = {"en": ["United Nations", "UN", "International Committee of the Red Cross", "ICRC"],
           "ar": ["الأمم المتحدة", "اللجنة الدولية للصليب الأحمر"]}
SY_REGIME_RU = {"en": ["Syrian government and Russia", "Government of Syria", "Russia"],
                "ar": ["النظام والجانب الروسي", "الجانب الروسي"]}

# ====================================================== places: 526
DARAA_BALAD = {"accept": ["درعا البلد", "Daraa al-Balad", "Dar'a al-Balad", "درعا", "Daraa"]}
DARAA_MAHATTA = {"accept": ["درعا المحطة", "حي درعا المحطة", "Daraa al-Mahatta", "درعا", "Daraa"]}
SARAYA_CORRIDOR = place({"accept": ["ممر السرايا", "Saraya corridor"]}, DARAA_BALAD)
TAFAS_MUZAYRIB = {"accept": ["الطريق بين طفس والمزيريب", "طفس", "المزيريب", "Tafas", "al-Muzayrib",
                             "Muzayrib"]}
YADUDAH = {"accept": ["بلدة اليادودة", "اليادودة", "al-Yadudah", "Yadudah"]}
JASIM = {"accept": ["مدينة جاسم", "جاسم", "Jasim", "Jassem"]}

# ============================== 527: the northern Hama countryside (Hama; May 2019)
RU_AIR = {"en": ["Russian Air Force", "Russian military", "Russia"],
          "ar": ["طائرة حربية روسية", "طائرات روسية", "الطيران الروسي"]}
MOREK_VICTIMS = {"en": ["four people at the Morek hospital (a nurse and patients)", "civilians",
                        "health workers"],
                 "ar": ["أربعة أشخاص", "القتلى الأربعة"]}
ASSAD_FORCES = {"en": ["Syrian government forces", "Military Forces of Syria", "Syrian regime forces"],
                "ar": ["قوات الأسد"]}
HAMA_FACTIONS = {"en": ["National Front for Liberation", "Jaysh al-Izza", "Syrian opposition factions",
                        "rebels"],
                 "ar": ["«الجبهة الوطنية للتحرير»", "الجبهة الوطنية للتحرير", "«جيش العزة»", "جيش العزة",
                        "الفصائل"]}
HAMA_FRONT = merge(ASSAD_FORCES, HAMA_FACTIONS)
HAMA_COUNTER = merge(HAMA_FACTIONS, ASSAD_FORCES)
HMEIMIM = {"en": ["Russian command at the Hmeimim base", "Russian military", "Russia"],
           "ar": ["قاعدة حميميم الروسية", "قاعدة حميميم"]}
WHITE_HELMETS = {"en": ["Syria Civil Defence", "White Helmets"],
                 "ar": ["منظمة «الخوذ البيضاء»", "«الخوذ البيضاء»", "الخوذ البيضاء"]}
REGIME_HELICOPTERS = {"en": ["Syrian government helicopters", "Syrian Arab Air Force",
                             "Military Forces of Syria"],
                      "ar": ["مروحيات النظام"]}
MOREK_FAMILIES = {"en": ["families fleeing Morek and Maarkaba", "civilians"], "ar": ["مئات العائلات"]}
MOREK_COUNCIL = {"en": ["Morek local council"], "ar": ["المجلس المحلي في مورك"]}
AID_ORGANISATIONS = {"en": ["humanitarian organisations"], "ar": ["المنظمات الإنسانية"]}
NFL_DELEGATION = {"en": ["a delegation of National Front for Liberation commanders",
                         "National Front for Liberation", "rebels"],
                  "ar": ["وفد من قادة «الجبهة الوطنية للتحرير»", "الجبهة الوطنية للتحرير"]}
TURKISH_OFFICERS = {"en": ["Turkish officers at the Morek observation post", "Turkish military", "Turkey"],
                    "ar": ["ضباط أتراك", "الضامن التركي"]}
NFL_SPOKESMAN = {"en": ["National Front for Liberation spokesman", "National Front for Liberation"],
                 "ar": ["المتحدث باسم «الجبهة الوطنية للتحرير»"]}
HTS = {"en": ["Hay'at Tahrir al-Sham", "HTS", "Tahrir al-Sham"],
       "ar": ["مقاتلي «هيئة تحرير الشام»", "«هيئة تحرير الشام»", "هيئة تحرير الشام"]}
IZZA_COMMANDER = {"en": ["a Jaysh al-Izza commander", "Jaysh al-Izza", "rebels"],
                  "ar": ["قائد عسكري في «جيش العزة»"]}
REGIME_AND_RU_AIR = {"en": ["Syrian government", "Government of Syria", "Russian Air Force"],
                     "ar": ["مناطق النظام", "النظام", "الطيران الروسي"]}
DURUB_AL_AMAL = {"en": ["Durub al-Amal relief organisation (fictional)"],
                 "ar": ["فريق تابع لمنظمة «دروب الأمل» الإغاثية", "منظمة «دروب الأمل» الإغاثية"]}
MOREK_DISPLACED = {"en": ["displaced people from Morek and Maarkaba", "displaced people"],
                   "ar": ["النازحين من مورك ومعركبة"]}
TURKISH_FORCES = {"en": ["Turkish Armed Forces", "Turkish military", "Turkey"], "ar": ["القوات التركية"]}
MADIQ_VICTIMS = {"en": ["five civilians in Qalaat al-Madiq", "civilians"], "ar": ["خمسة مدنيين"]}
SY_COALITION = {"en": ["National Coalition of Syrian Revolution and Opposition Forces",
                       "Syrian National Coalition"],
                "ar": ["«الائتلاف الوطني السوري»", "الائتلاف الوطني السوري"]}
RUSSIA = {"en": ["Russia", "Russian military"], "ar": ["روسيا"]}
UNSC = {"en": ["UN Security Council", "United Nations"], "ar": ["مجلس الأمن"]}

# ====================================================== places: 527
MOREK = {"accept": ["بلدة مورك", "مورك", "Morek", "Murak"]}
MOREK_HAMA = place(MOREK, {"accept": ["ريف حماة الشمالي", "Hama"]})
LAHAYA_ZAKAH = {"accept": ["قريتي لحايا والزكاة", "لحايا", "الزكاة", "Lahaya", "al-Zakah", "Zakah"]}
ZAKAH = {"accept": ["قرية الزكاة", "الزكاة", "al-Zakah", "Zakah"]}
MAARKABA = {"accept": ["بلدة معركبة", "معركبة", "Maarkaba", "Ma'arkaba", "Maarkabah"]}
TALL_SAKHR = place({"accept": ["تل الصخر", "Tall al-Sakhr"]}, MAARKABA)
HAMA_NORTH = {"accept": ["ريف حماة الشمالي", "northern Hama countryside", "Hama"]}
QALAAT_MADIQ = {"accept": ["بلدة قلعة المضيق", "قلعة المضيق", "Qalaat al-Madiq", "Qal'at al-Madiq"]}

# ============================== 528: the desert road of al-Anbar (al-Anbar; March 2016)
CTS = {"en": ["Iraqi Counter-Terrorism Service", "Counter Terrorism Service", "CTS",
              "Military Forces of Iraq"],
       "ar": ["قوة من جهاز مكافحة الإرهاب", "جهاز مكافحة الإرهاب"]}
ISIS = {"en": ["Islamic State", "ISIS", "IS", "ISIL", "Daesh"],
        "ar": ["مسلحون من تنظيم «داعش»", "تنظيم «داعش»", "داعش", "مسلحو التنظيم", "التنظيم", "المسلحون",
               "الخاطفون", "الخاطفين"]}
RESCUE_RAID = merge(CTS, ISIS)
TRAVELLERS = {"en": ["eleven travellers (minibus passengers and truck drivers)", "civilians"],
              "ar": ["ركاب حافلة صغيرة وسائقي ثلاث شاحنات", "المسافرين الأحد عشر", "المختطفين"]}
HOSTAGE_FAMILIES = {"en": ["families of the abducted travellers", "civilians"],
                    "ar": ["ذوي المختطفين", "ذويه", "العائلات"]}
ANBAR_NOTABLES = {"en": ["tribal notables of Haditha and al-Baghdadi"],
                  "ar": ["وجهاء من عشائر حديثة والبغدادي", "الوجهاء"]}
HIT_MEDIATORS = {"en": ["mediators from the people of Hit"], "ar": ["وسطاء من أهالي قضاء هيت"]}
FOUR_HOSTAGES = {"en": ["the four remaining hostages", "civilians"],
                 "ar": ["المختطفين الأربعة الباقين", "المختطفين الأربعة"]}
ARMY_TRIBAL_HASHD = {"en": ["Iraqi army and the Tribal Mobilization", "Military Forces of Iraq",
                            "Tribal Hashd"],
                     "ar": ["رتل من قطعات الجيش و«الحشد العشائري»", "قطعات الجيش", "«الحشد العشائري»",
                            "الحشد العشائري"]}
ANBAR_LOCAL_GOV = {"en": ["Anbar local government", "Government of Iraq"], "ar": ["الحكومة المحلية"]}
TWO_HOSTAGES = {"en": ["two of the four hostages", "civilians"], "ar": ["اثنين من المختطفين الأربعة"]}
HADITHA_ADMINISTRATOR = {"en": ["Haditha district administrator", "Government of Iraq"],
                         "ar": ["قائممقام قضاء حديثة"]}
ANBAR_OPS = {"en": ["Anbar Operations Command", "Military Forces of Iraq"], "ar": ["قيادة عمليات الأنبار"]}
TRUCK_DRIVERS = {"en": ["truck drivers", "civilians"], "ar": ["عشرات من سائقي الشاحنات", "سائقي الشاحنات"]}
ANBAR_COUNCIL = {"en": ["Anbar Provincial Council", "Government of Iraq"],
                 "ar": ["مجلس محافظة الأنبار", "أعضاء المجلس"]}
ANBAR_POLICE = {"en": ["Anbar police", "Police Forces of Iraq"],
                "ar": ["قوة من شرطة الأنبار", "شرطة الأنبار"]}
INFORMANTS = {"en": ["three suspected informants of the kidnappers"], "ar": ["ثلاثة أشخاص"]}
KUBAISA_DRIVERS = {"en": ["two truck drivers near Kubaisa", "civilians"], "ar": ["سائقَين اثنين"]}
ANBAR_GOVERNOR = {"en": ["Governor of al-Anbar", "Government of Iraq"], "ar": ["محافظ الأنبار"]}

# ====================================================== places: 528
HADITHA = {"accept": ["قضاء حديثة", "حديثة", "Haditha", "Hadithah"]}
RUTBA_ROAD = {"accept": ["الكيلو 160", "الرطبة", "الطريق الدولي", "al-Rutba", "Rutba", "Kilo 160"]}
RUTBA = {"accept": ["الرطبة", "al-Rutba", "Rutba", "Rutbah"]}
HIT = {"accept": ["قضاء هيت", "هيت", "Hit", "Heet"]}
RAMADI = {"accept": ["مدينة الرمادي", "الرمادي", "al-Ramadi", "Ramadi"]}
BAGHDADI_HADITHA = {"accept": ["ناحية البغدادي", "البغدادي", "قضاء حديثة", "حديثة", "al-Baghdadi",
                               "Haditha"]}
RAMADI_TO_HADITHA = place(RAMADI, BAGHDADI_HADITHA)
ANBAR_HIGHWAY = {"accept": ["الطريق الدولي", "Baghdad–Amman highway", "al-Anbar", "Anbar"]}
TAMIM_RAMADI = place({"accept": ["حي التأميم", "al-Tamim"]}, RAMADI)
KUBAISA = {"accept": ["ناحية كبيسة", "كبيسة", "Kubaisa", "Kubaysah"]}

# ============================== 529: Tripoli in north Lebanon (North; March 2014)
STREET_GUNMEN = {"en": ["gunmen of Bab al-Tabbaneh and Jabal Mohsen", "militias"],
                 "ar": ["مسلحين من باب التبانة وآخرين من جبل محسن", "مسلحين من باب التبانة"]}
SNIPER = {"en": ["a sniper (unidentified)", "unidentified gunmen"], "ar": ["قناص"]}
QUBBAH_VICTIMS = {"en": ["a man and his son in al-Qubbah", "civilians"],
                  "ar": ["رجل في العقد السادس من عمره وابنه", "القتيلان"]}
ADP_OFFICIAL = {"en": ["media official of the Arab Democratic Party", "Arab Democratic Party"],
                "ar": ["مسؤول الإعلام في «الحزب العربي الديمقراطي»", "«الحزب العربي الديمقراطي»",
                       "الحزب العربي الديمقراطي"]}
TABBANEH_GROUPS = {"en": ["armed groups in Bab al-Tabbaneh", "militias"],
                   "ar": ["«مجموعات مسلحة في التبانة»", "مجموعات مسلحة في التبانة"]}
LAF = {"en": ["Lebanese Armed Forces", "Lebanese army", "Military Forces of Lebanon"],
       "ar": ["وحدات من الجيش اللبناني", "الجيش اللبناني", "قيادة الجيش", "الجيش"]}
WANTED_MEN = {"en": ["five wanted men"], "ar": ["خمسة مطلوبين"]}
TRIPOLI_TRADERS = {"en": ["Tripoli Traders Association", "shopkeepers of Tripoli"],
                   "ar": ["جمعية تجار طرابلس", "المحال التجارية"]}
LAF_ISF = {"en": ["Lebanese army and Internal Security Forces", "Lebanese Armed Forces",
                  "Internal Security Forces"],
           "ar": ["وحدات الجيش وقوى الأمن الداخلي", "قوى الأمن الداخلي"]}
DEFENCE_COUNCIL = {"en": ["Higher Defence Council", "Government of Lebanon"], "ar": ["المجلس الأعلى للدفاع"]}
FAYHAA_GROUP = {"en": ["Liwa Ahrar al-Fayhaa (a group named in its own statement)"],
                "ar": ["مجموعة تطلق على نفسها اسم «لواء أحرار الفيحاء»", "«لواء أحرار الفيحاء»",
                       "لواء أحرار الفيحاء"]}
LB_SECURITY_SERVICES = {"en": ["Lebanese security services", "Lebanese Armed Forces"],
                        "ar": ["الأجهزة الأمنية"]}
MOHSEN_WORKERS = {"en": ["two workers from Jabal Mohsen", "civilians"], "ar": ["عاملين من جبل محسن"]}
TRIPOLI_MPS = {"en": ["Tripoli's MPs, ministers and notables"],
               "ar": ["نواب طرابلس ووزراؤها وعدد من فعالياتها", "نواب طرابلس"]}
LB_STATE = {"en": ["Lebanese state", "Government of Lebanon"], "ar": ["الدولة"]}
CLASH_RESIDENTS = {"en": ["residents of the clash areas", "civilians"], "ar": ["السكان"]}
LB_UNKNOWN_GUNMEN = {"en": ["unidentified gunmen"], "ar": ["مسلحون مجهولون"]}
ABU_SAMRA_VICTIM = {"en": ["a greengrocer in Abu Samra", "civilians"], "ar": ["صاحب محل لبيع الخضار"]}
HIGHER_RELIEF = {"en": ["Higher Relief Commission", "Government of Lebanon"], "ar": ["الهيئة العليا للإغاثة"]}
SYRIA_STREET_FAMILIES = {"en": ["families displaced from Syria Street", "displaced people"],
                         "ar": ["نحو مئتي عائلة", "مئتي عائلة"]}

# ====================================================== places: 529
TRIPOLI_LB = {"accept": ["طرابلس", "Tripoli", "Tarabulus", "Trablous"]}
TABBANEH_MOHSEN = place({"accept": ["باب التبانة", "جبل محسن", "شارع سوريا", "Bab al-Tabbaneh",
                                    "Jabal Mohsen", "Syria Street"]}, TRIPOLI_LB)
QUBBAH = place({"accept": ["طريق القبة", "القبة", "al-Qubbah", "Qubbeh", "Qobbeh"]}, TRIPOLI_LB)
TABBANEH = place({"accept": ["باب التبانة", "Bab al-Tabbaneh", "Bab al-Tebbaneh"]}, TRIPOLI_LB)
TRIPOLI_MARKETS = place({"accept": ["ساحة التل", "الأسواق الداخلية", "Sahat al-Tall"]}, TRIPOLI_LB)
DEPLOYMENT_LINE = place({"accept": ["جبل محسن", "القبة", "شارع سوريا", "مستديرة نهر أبو علي", "Jabal Mohsen",
                                    "al-Qubbah", "Syria Street"]}, TRIPOLI_LB)
DAR_AL_FATWA = place({"accept": ["دار الفتوى", "Dar al-Fatwa"]}, TRIPOLI_LB)
MINA = {"accept": ["طريق الميناء", "الميناء", "al-Mina", "El Mina"]}
ABU_SAMRA = {"accept": ["منطقة أبي سمراء", "أبي سمراء", "أبو سمراء", "Abu Samra", "Abi Samra"]}
ZAHIRIYAH = place({"accept": ["منطقة الزاهرية", "الزاهرية", "al-Zahiriyah", "Zahrieh"]}, TRIPOLI_LB)

# ============================== 530: the fronts of Marib (Marib; February 2021)
YE_ARMY_TRIBES = {"en": ["Yemeni National Army and tribesmen", "Military Forces of Yemen",
                         "pro-government tribesmen"],
                  "ar": ["قوات الجيش الوطني ورجال القبائل", "قوات الجيش الوطني", "رجال القبائل"]}
HOUTHIS = {"en": ["Houthis", "Ansar Allah", "Houthi movement"],
           "ar": ["ميليشيا الحوثي المدعومة من إيران", "ميليشيا الحوثي", "مقاتلي الجماعة", "الحوثيين",
                  "الميليشيا", "الجماعة"]}
SIRWAH_BATTLE = merge(YE_ARMY_TRIBES, HOUTHIS)
CAMP_VICTIMS = {"en": ["four displaced people in al-Sanabil camp", "civilians", "IDPs"],
                "ar": ["أربعة نازحين", "النازحين الأربعة", "القتلى الأربعة"]}
MASIRAH = merge({"en": ["al-Masirah (the Houthi channel)"], "ar": ["قناة «المسيرة»"]}, HOUTHIS)
COALITION_AIR = {"en": ["Saudi-led coalition", "Coalition to Restore Legitimacy in Yemen",
                        "Saudi-led coalition air force"],
                 "ar": ["مقاتلات تحالف دعم الشرعية", "تحالف دعم الشرعية", "«طيران العدوان»", "طيران العدوان"]}
HOUTHI_REINFORCEMENTS = {"en": ["Houthi reinforcements", "Houthis"], "ar": ["تعزيزات للميليشيا"]}
MURAD_ABIDAH = {"en": ["Murad and Abidah tribes", "Marib tribesmen", "pro-government tribesmen"],
                "ar": ["قبائل مراد وعبيدة"]}
TRIBAL_SHEIKHS = {"en": ["sheikhs of the Marib tribes"], "ar": ["شيوخها"]}
UN_ENVOY = {"en": ["UN Special Envoy for Yemen", "United Nations"],
            "ar": ["المبعوث الأممي إلى اليمن", "المبعوث الأممي"]}
US_ENVOY = {"en": ["US Special Envoy for Yemen", "United States"], "ar": ["المبعوث الأمريكي"]}
DISPLACED_FAMILIES = {"en": ["displaced families of Sirwah and Raghwan", "IDPs"], "ar": ["أكثر من ألفي أسرة"]}
CAMPS_UNIT = {"en": ["Executive Unit for IDP Camps Management", "Government of Yemen"],
              "ar": ["الوحدة التنفيذية لإدارة مخيمات النازحين"]}
INT_ORGANISATIONS = {"en": ["international organisations"], "ar": ["المنظمات الدولية"]}
THIRD_REGION_SOURCE = {"en": ["source in the Third Military Region command", "Military Forces of Yemen"],
                       "ar": ["مصدراً في قيادة المنطقة العسكرية الثالثة"]}
HOUTHI_LEADER = {"en": ["a Houthi leader", "Houthis", "Ansar Allah"], "ar": ["قيادي في الميليشيا"]}
MARIB_DEFENDERS = {"en": ["pro-government forces in Marib ('mercenaries', the Houthi term)",
                          "Military Forces of Yemen"],
                   "ar": ["المرتزقة"]}
MARIB_TRIBESMEN = {"en": ["tribesmen of Marib"], "ar": ["أبناء القبائل"]}
OCHA = {"en": ["UN Office for the Coordination of Humanitarian Affairs", "OCHA", "United Nations"],
        "ar": ["مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", "«أوتشا»", "أوتشا"]}
JUBAH_VICTIMS = {"en": ["three civilians at a market in al-Jubah", "civilians"], "ar": ["ثلاثة مدنيين"]}
YE_GOV = {"en": ["Government of Yemen", "Yemeni government"], "ar": ["الحكومة"]}
YE_HR_MINISTRY = {"en": ["Ministry of Human Rights of Yemen", "Government of Yemen"],
                  "ar": ["وزارة حقوق الإنسان في الحكومة الشرعية", "وزارة حقوق الإنسان"]}
UNSC_530 = {"en": ["UN Security Council", "United Nations"], "ar": ["مجلس الأمن"]}

# ====================================================== places: 530
MARIB = {"accept": ["محافظة مأرب", "مأرب", "Marib", "Ma'rib"]}
KASSARA_SIRWAH = {"accept": ["جبهة الكسارة", "الكسارة", "مديرية صرواح", "صرواح", "Sirwah", "Serwah",
                             "al-Kassara"]}
SANABIL_CAMP = {"accept": ["مخيم «السنابل»", "مخيم السنابل", "مديرية صرواح", "صرواح", "Sirwah", "Serwah"]}
MARIB_CITY = {"accept": ["مدينة مأرب", "مأرب", "Marib city", "Marib"]}
MADGHAL = {"accept": ["مديرية مدغل", "مدغل", "Madghal", "Medghal"]}
RAGHWAN_MADGHAL = {"accept": ["جبهات رغوان ومدغل", "رغوان", "مدغل", "Raghwan", "Madghal"]}
SIRWAH_RAGHWAN = {"accept": ["مخيمات صرواح ورغوان", "صرواح", "رغوان", "Sirwah", "Raghwan"]}
RAGHWAN = {"accept": ["مركز مديرية رغوان", "مديرية رغوان", "رغوان", "Raghwan"]}
SIRWAH_FRONTS = {"accept": ["جبهات صرواح", "صرواح", "Sirwah", "Serwah"]}
JUBAH = {"accept": ["مديرية الجوبة", "الجوبة", "al-Jubah", "Jubah"]}
