"""Accepted actor names and place names for the hundred-and-twenty-seventh team gold set (see README.md).

Written by hand by the annotator for this set only: nothing here comes from marsad's dictionaries or from the
lists of earlier sets, though the layout is the model set's (Arabic surface forms exactly as the articles
write them, a few common variants, English names). Place names carry their usual Arabic and English
spellings from general knowledge; no gazetteer was opened.

The scorer normalises names and accepts a substring of three or more characters either way, so the bare short
forms («النظام», «الغرفة», «المحافظ», «الحكومة», «الطرفين», «الأهالي») are kept out of these lists on purpose.
Both parties of a meeting, a joint act or a deal are accepted in either role. A one-sided attack has its
perpetrator as source (the party the text names; none when it names none) and its victims as recipient; a
two-sided clash has both sides as source and no recipient.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ====================================================== 631: Tartus (Syria), 2016
TARTUS_SECURITY = {"en": ["Political Security Directorate", "Syrian military police",
                          "Syrian security forces", "Syrian government"],
                   "ar": ["دوريات مشتركة من الأمن السياسي والشرطة العسكرية", "الأمن السياسي",
                          "الشرطة العسكرية"]}
KARNAK_YOUTHS = {"en": ["young men from al-Karnak camp", "displaced people", "al-Karnak camp residents"],
                 "ar": ["نحو أربعين شاباً من سكان مخيم الكرنك", "أربعين شاباً"]}
ANGRY_MOB = {"en": ["angry young men", "pro-government mob", "Tartus residents"],
             "ar": ["عشرات الشبان الغاضبين", "الشبان الغاضبين", "الذين هاجموا خيام الكرنك"]}
KARNAK_DISPLACED = {"en": ["displaced people", "al-Karnak camp residents", "internally displaced persons"],
                    "ar": ["سبعة نازحين", "رجال خرجوا للدفاع عن عائلاتهم"]}
RIOT_POLICE = {"en": ["Syrian riot police", "law enforcement forces", "Syrian police"],
               "ar": ["وحدات من قوات حفظ النظام", "قوات حفظ النظام", "عناصر حفظ النظام"]}
ISIS = {"en": ["Islamic State", "ISIS", "ISIL", "IS", "Daesh"],
        "ar": ["تنظيم «الدولة الإسلامية»", "«الدولة الإسلامية»", "الدولة الإسلامية"]}
BUS_PASSENGERS = {"en": ["civilians", "passengers", "bus passengers", "university students"],
                  "ar": ["المسافرين", "طلاب الجامعة", "ستة وعشرين شخصاً"]}
TARTUS_GOVERNOR = {"en": ["governor of Tartus", "Tartus governor", "Syrian government"],
                   "ar": ["محافظ طرطوس"]}
CAMP_ATTACKERS = {"en": ["those attacking displaced people", "attackers of the camp"],
                  "ar": ["كل من يعتدي على الأهالي الوافدين"]}
SNC = {"en": ["Syrian National Coalition", "SNC", "Syrian opposition",
              "National Coalition for Syrian Revolutionary and Opposition Forces"],
       "ar": ["«الائتلاف الوطني السوري»", "الائتلاف الوطني السوري"]}
SECURITY_SERVICES = {"en": ["Syrian security services", "Syrian government"], "ar": ["الأجهزة الأمنية"]}
UNHCR = {"en": ["UNHCR", "UN refugee agency", "United Nations High Commissioner for Refugees"],
         "ar": ["المفوضية السامية للأمم المتحدة لشؤون اللاجئين"]}
CHECKPOINT_CHIEF = {"en": ["head of the security detachment", "checkpoint commander"],
                    "ar": ["رئيس المفرزة الأمنية"]}
SYRIAN_MOH = {"en": ["Syrian Ministry of Health", "Ministry of Health", "Syrian government"],
              "ar": ["وزارة الصحة"]}
TARTUS_POLICE = {"en": ["Tartus police command", "Tartus police", "Syrian police", "Syrian government"],
                 "ar": ["قيادة شرطة طرطوس", "شرطة طرطوس"]}
RETIRED_OFFICER = {"en": ["retired officer", "retired army officer"], "ar": ["ضابط متقاعد"]}
VICTIMS_FAMILIES = {"en": ["victims' relatives", "families of the victims"],
                    "ar": ["عشرات من ذوي الضحايا", "ذوي الضحايا"]}
TARTUS_PROTESTERS = {"en": ["protesters", "victims' relatives"], "ar": ["وفداً من المحتجين", "المحتجين"]}
DISPLACED_NOTABLES = {"en": ["displaced notables", "committee of displaced notables"],
                      "ar": ["لجنة من وجهاء النازحين", "وجهاء النازحين"]}
BURNT_OUT_FAMILIES = {"en": ["displaced families", "families whose tents burned"],
                      "ar": ["العائلات التي احترقت خيامها"]}
MOLA_DELEGATION = {"en": ["Ministry of Local Administration", "Syrian government delegation"],
                   "ar": ["وفد من وزارة الإدارة المحلية", "وزارة الإدارة المحلية"]}
TARTUS_CLERICS = {"en": ["Greek Orthodox metropolitan of Tartus", "mufti of Tartus", "religious leaders"],
                  "ar": ["مطران طرطوس للروم الأرثوذكس", "مفتي المحافظة"]}
SYRIAN_ARMY = {"en": ["Syrian army", "Syrian Arab Army", "Syrian government forces"],
               "ar": ["الجيش والقوى الأمنية", "وحدات الجيش"]}

# ====================================================== places: 631
TARTUS = {"accept": ["مدينة طرطوس", "طرطوس", "Tartus", "Tartous", "Tartous city"]}
KARNAK = place({"accept": ["مخيم الكرنك", "الكرنك", "al-Karnak camp", "Karnak camp", "al-Karnak"]}, TARTUS)
BUS_STATION = place({"accept": ["مرآب الحافلات القديم", "مرآب الحافلات", "Tartus bus station",
                                "Tartus old bus station"]}, TARTUS)
BUS_CHECKPOINT = place({"accept": ["حاجز مرآب الحافلات"]}, BUS_STATION)
TARTUS_HOSPITALS = place({"accept": ["مشفى الباسل", "al-Basel hospital", "المشفى الوطني"]}, TARTUS)
BANIYAS = {"accept": ["مدينة بانياس", "بانياس", "Baniyas", "Banias"]}
TARTUS_GOV_BUILDING = place({"accept": ["مبنى المحافظة"]}, TARTUS)

# ====================================================== 632: Arsal (Baalbek-Hermel, Lebanon), 2014
ARSAL_MILITANTS = {"en": ["Nusra Front", "Jabhat al-Nusra", "al-Nusra Front", "Islamic State", "ISIS",
                          "Syrian militants", "militants"],
                   "ar": ["مسلحون من «جبهة النصرة» وتنظيم «الدولة الإسلامية»", "«جبهة النصرة»", "جبهة النصرة",
                          "تنظيم «الدولة الإسلامية»", "المسلحون", "المسلحين"]}
LAF = {"en": ["Lebanese Army", "Lebanese Armed Forces", "LAF", "Lebanese soldiers"],
       "ar": ["مراكز الجيش اللبناني", "الجيش اللبناني", "عشرة عسكريين"]}
LAF_PATROL = {"en": ["Lebanese Army", "Lebanese Armed Forces", "army patrol"], "ar": ["دورية للجيش"]}
NUSRA_COMMANDER = {"en": ["Nusra Front commander", "Jabhat al-Nusra commander"],
                   "ar": ["قيادياً في «جبهة النصرة»"]}
ARSAL_CAPTIVES = {"en": ["Lebanese soldiers", "Lebanese gendarmes", "Internal Security Forces",
                         "captured soldiers"],
                  "ar": ["عدد من جنود الجيش", "جنود الجيش", "عسكريون ودركيون"]}
ARSAL_GENDARMES = {"en": ["Internal Security Forces", "Lebanese gendarmerie"], "ar": ["فصيلة درك عرسال"]}
LAF_CHIEF = {"en": ["Lebanese Army commander", "commander of the Lebanese Army", "Lebanese Army"],
             "ar": ["قائد الجيش"]}
ARSAL_FIGHTERS = {"en": ["militants", "Syrian militants", "Nusra Front", "Islamic State"],
                  "ar": ["المسلحين", "المسلحون"]}
LAF_COMMAND = {"en": ["Lebanese Army command", "Lebanese Army", "Lebanese Armed Forces"],
               "ar": ["قيادة الجيش"]}
MSC = {"en": ["Muslim Scholars Committee", "Association of Muslim Scholars", "Sunni clerics"],
       "ar": ["وفد من «هيئة العلماء المسلمين»", "«هيئة العلماء المسلمين»", "هيئة العلماء المسلمين"]}
MILITANT_ENVOYS = {"en": ["militant representatives", "representatives of the militants"],
                   "ar": ["ممثلين عن المسلحين"]}
ARSAL_TALKS = merge(MSC, MILITANT_ENVOYS)
TRUCE_SIDES = merge({"en": ["Lebanese Army", "Lebanese Armed Forces"], "ar": ["الجيش والمسلحين"]},
                    ARSAL_FIGHTERS)
LEBANESE_PM = {"en": ["Lebanese Prime Minister", "Lebanese government", "prime minister of Lebanon"],
               "ar": ["رئيس الحكومة"]}
FOREIGN_PARTIES = {"en": ["foreign parties", "external parties"], "ar": ["«جهات خارجية»", "جهات خارجية"]}
LEBANESE_RED_CROSS = {"en": ["Lebanese Red Cross", "Red Cross"], "ar": ["الصليب الأحمر اللبناني"]}
SOLDIERS_FAMILIES = {"en": ["families of missing soldiers", "relatives of the captured soldiers"],
                     "ar": ["أهالي عدد من العسكريين المفقودين", "أهالي عدد من العسكريين"]}
LEBANESE_SPEAKER = {"en": ["Speaker of the Lebanese Parliament", "Lebanese parliament speaker",
                           "Speaker of Parliament"],
                    "ar": ["رئيس مجلس النواب"]}
LAF_INSTITUTION = {"en": ["Lebanese Army", "Lebanese Armed Forces"],
                   "ar": ["المؤسسة العسكرية", "بقائد الجيش"]}
PARLIAMENT_BLOCS = {"en": ["parliamentary blocs", "Lebanese MPs"], "ar": ["كتل نيابية"]}
BEKAA_MUNICIPALITIES = {"en": ["northern Bekaa municipalities"], "ar": ["بلديات البقاع الشمالي"]}
USA = {"en": ["United States", "US", "USA", "US government"],
       "ar": ["الولايات المتحدة", "السفارة الأمريكية"]}

# ====================================================== places: 632
ARSAL = {"accept": ["بلدة عرسال", "عرسال", "Arsal", "Ersal"]}
WADI_HMEID = place({"accept": ["حاجز وادي حميد", "وادي حميد", "Wadi Hmeid", "Wadi Hmaid"]}, ARSAL)
ARSAL_GENDARMERIE = place({"accept": ["فصيلة درك عرسال"]}, ARSAL)
ARSAL_OUTSKIRTS = place({"accept": ["الجرود الشرقية", "الجرود", "جرود عرسال", "Arsal outskirts",
                                    "Arsal barrens"]}, ARSAL)
NABI_OTHMAN = {"accept": ["بلدة النبي عثمان", "النبي عثمان", "al-Nabi Othman", "Nabi Othman", "Nabi Osman"]}
BAALBEK = {"accept": ["سرايا بعلبك", "بعلبك", "Baalbek", "Baalbeck"]}

# ====================================================== 633: al-Sanamayn (Daraa, Syria), 2020
NEGOTIATION_COMMITTEE = {"en": ["al-Sanamayn negotiation committee", "negotiating committee",
                                "al-Sanamayn notables"],
                         "ar": ["لجنة التفاوض في مدينة الصنمين", "لجنة التفاوض"]}
RUSSIAN_MP = {"en": ["Russian military police", "Russia", "Russian military", "Russian officers"],
              "ar": ["ضباط من الشرطة العسكرية الروسية", "الشرطة العسكرية الروسية", "الجانب الروسي"]}
FOURTH_DIVISION = {"en": ["Fourth Armoured Division", "4th Division", "Syrian army",
                           "Syrian government forces", "Syrian regime forces"],
                   "ar": ["قوات الفرقة الرابعة", "الفرقة الرابعة", "دبابات الفرقة الرابعة"]}
SANAMAYN_DEAL = merge(NEGOTIATION_COMMITTEE, RUSSIAN_MP, FOURTH_DIVISION)
SANAMAYN_FIGHTERS = {"en": ["local fighters", "former rebels", "al-Sanamayn fighters", "rebels"],
                     "ar": ["مقاتلين محليين من أبناء الصنمين", "مقاتلين محليين", "المقاتلين المحليين"]}
SANAMAYN_CLASH = merge(FOURTH_DIVISION, SANAMAYN_FIGHTERS)
GROUP_LEADERS = {"en": ["local group leaders", "rebel commanders"], "ar": ["قادة المجموعات"]}
SANAMAYN_EVACUEES = {"en": ["rebel fighters", "fighters who refused the settlement", "local fighters"],
                     "ar": ["واحداً وعشرين مقاتلاً"]}
RUSSIAN_SIDE = {"en": ["Russia", "Russian military"], "ar": ["الجانب الروسي"]}
SOUTHERN_COMMITTEE = {"en": ["Security Committee of the Southern Region", "Syrian government"],
                      "ar": ["اللجنة الأمنية في المنطقة الجنوبية"]}
DIVISION_MEN = {"en": ["Fourth Division members", "Syrian government forces", "Fourth Armoured Division"],
                "ar": ["عناصر من الفرقة"]}
LOCAL_LEADERS = {"en": ["local group leaders", "rebel commanders"],
                 "ar": ["ثلاثة من قادة المجموعات المحلية"]}
DARAA_FACTIONS = {"en": ["Daraa opposition factions", "southern rebel factions", "rebels"],
                  "ar": ["فصائل المعارضة في ريف درعا"]}
SNC_HNC = {"en": ["Syrian Negotiation Commission", "SNC", "Syrian opposition"],
           "ar": ["«هيئة التفاوض السورية»", "هيئة التفاوض السورية"]}
UN_633 = {"en": ["United Nations", "UN"], "ar": ["الأمم المتحدة"]}
TAFAS_PROTESTERS = {"en": ["protesters in Tafas", "Tafas residents"], "ar": ["عشرات من أبناء مدينة طفس"]}
MUZAYRIB_YOUTHS = {"en": ["young men in al-Muzayrib", "protesters"], "ar": ["شبان في بلدة المزيريب"]}
MILITARY_SECURITY = {"en": ["Syrian Military Intelligence", "Military Security", "Syrian government"],
                     "ar": ["الأمن العسكري"]}
RUSSIAN_OFFICER = {"en": ["Russian officer", "Russian military", "Russia"], "ar": ["ضابط روسي"]}
SANAMAYN_NOTABLES = {"en": ["al-Sanamayn notables", "local notables"],
                     "ar": ["وجهاء الصنمين", "وجهاء من المدينة"]}
GROUP_COMMANDER = {"en": ["local group commander", "rebel commander"],
                   "ar": ["قائد إحدى المجموعات المحلية"]}
SYRIAN_ARMY_633 = {"en": ["Syrian army", "Syrian Arab Army", "Syrian government forces"],
                   "ar": ["وحدات الجيش", "بدخول الجيش"]}

# ====================================================== places: 633
SANAMAYN = {"accept": ["مدينة الصنمين", "الصنمين", "al-Sanamayn", "Sanamayn", "As Sanamayn"]}
SANAMAYN_WEST = place({"accept": ["الأحياء الغربية للمدينة", "الحي الغربي"]}, SANAMAYN)
SANAMAYN_ENTRANCES = place({"accept": ["مداخل الصنمين"]}, SANAMAYN)
BUSRA = {"accept": ["مدينة بصرى الشام", "بصرى الشام", "Busra al-Sham", "Bosra", "Busra"]}
TAFAS = {"accept": ["مدينة طفس", "طفس", "Tafas", "Tafs"]}
MUZAYRIB = {"accept": ["بلدة المزيريب", "المزيريب", "al-Muzayrib", "Muzayrib"]}

# ====================================================== 634: Sabratha (Zawiya district, Libya), 2017
OPS_ROOM = {"en": ["Anti-ISIS Operations Room", "Operations Room to Combat ISIS", "Operations Room"],
            "ar": ["«غرفة عمليات محاربة تنظيم الدولة»", "غرفة عمليات محاربة تنظيم الدولة",
                   "«غرفة محاربة تنظيم الدولة»", "غرفة محاربة تنظيم الدولة", "غرفة العمليات",
                   "المتحدث باسم الغرفة", "آمر الغرفة"]}
BRIGADE_48 = {"en": ["48th Brigade", "Brigade 48", "48 Brigade"],
              "ar": ["«الكتيبة 48»", "الكتيبة 48", "مقاتلي الكتيبة", "آمر الكتيبة"]}
SABRATHA_SIDES = merge(OPS_ROOM, BRIGADE_48)
SABRATHA_HOSPITAL = {"en": ["Sabratha Teaching Hospital", "Sabratha hospital"],
                     "ar": ["مستشفى صبراتة التعليمي"]}
LIBYAN_RED_CRESCENT = {"en": ["Libyan Red Crescent", "Red Crescent"],
                       "ar": ["فرق الهلال الأحمر الليبي", "الهلال الأحمر الليبي"]}
SABRATHA_FAMILIES = {"en": ["displaced families", "civilians"], "ar": ["ثلاثاً وأربعين عائلة"]}
ZUWARA_FORCE = {"en": ["Zuwara forces", "Zuwara fighters", "fighters from Zuwara"],
                "ar": ["قوة قدمت من مدينة زوارة", "مقاتلي زوارة"]}
OPS_AND_ZUWARA = merge(OPS_ROOM, ZUWARA_FORCE)
US_AIRCRAFT = {"en": ["US Air Force", "United States", "US military"], "ar": ["طائرات أمريكية"]}
ISIS_LIBYA = {"en": ["Islamic State", "ISIS", "ISIL", "IS"],
              "ar": ["مقاتلو تنظيم «الدولة الإسلامية»", "تنظيم «الدولة الإسلامية»"]}
SABRATHA_ELDERS = {"en": ["Sabratha council of elders and notables", "council of elders"],
                   "ar": ["مجلس الحكماء والأعيان في المدينة", "مجلس الحكماء والأعيان"]}
UNSMIL = {"en": ["UNSMIL", "United Nations Support Mission in Libya", "United Nations", "UN"],
          "ar": ["بعثة الأمم المتحدة للدعم في ليبيا"]}
GNA_DEFENCE = {"en": ["GNA Ministry of Defence", "Government of National Accord", "GNA"],
               "ar": ["وزارة الدفاع في حكومة الوفاق"]}
TRAPPED_MIGRANTS = {"en": ["migrants", "detained migrants"],
                    "ar": ["المهاجرين المحتجزين في مستودعات المهربين"]}
SABRATHA_COUNCIL = {"en": ["Sabratha Municipal Council", "Sabratha municipality"],
                    "ar": ["المجلس البلدي لصبراتة"]}
GNA = {"en": ["Government of National Accord", "GNA"], "ar": ["حكومة الوفاق"]}
ANTIQUITIES_DEPT = {"en": ["Department of Antiquities", "Libyan Antiquities Authority"],
                    "ar": ["مصلحة الآثار"]}
PRESIDENCY_COUNCIL = {"en": ["Presidency Council", "Presidential Council", "Government of National Accord"],
                      "ar": ["وفد من المجلس الرئاسي لحكومة الوفاق", "المجلس الرئاسي"]}
BELLIGERENT_ENVOYS = merge({"en": ["representatives of the warring sides"], "ar": ["ممثلين عن طرفي القتال"]},
                           SABRATHA_SIDES)
SABRATHA_TALKS = merge(PRESIDENCY_COUNCIL, BELLIGERENT_ENVOYS)

# ====================================================== places: 634
SABRATHA = {"accept": ["مدينة صبراتة", "صبراتة", "Sabratha", "Sabratah", "Sabrata"]}
TOUB = place({"accept": ["حي الطوب", "al-Toub"]}, SABRATHA)
SURMAN = {"accept": ["صرمان", "Surman", "Sorman"]}
EVACUATION_TOWNS = place(SABRATHA, SURMAN, {"accept": ["العجيلات", "al-Ajaylat", "Ajaylat"]})
QASR_TALIL = {"accept": ["منطقة قصر تليل", "قصر تليل", "Qasr Talil", "Gasr Tellil"]}
SURMAN_SHELTER = place({"accept": ["مركز الإيواء في صرمان"]}, SURMAN, SABRATHA)
ROMAN_THEATRE = place({"accept": ["المسرح الروماني", "المسرح الأثري", "Roman theatre",
                                  "Sabratha Roman theatre"]}, SABRATHA)

# ====================================================== 635: Lawdar (Abyan, Yemen), 2012
YEMEN_MOD = {"en": ["Yemeni Ministry of Defence", "Yemeni army", "Yemeni government"],
             "ar": ["وزارة الدفاع اليمنية"]}
ANSAR_AL_SHARIA = {"en": ["Ansar al-Sharia", "AQAP", "al-Qaeda in the Arabian Peninsula", "al-Qaeda"],
                   "ar": ["مسلحي «أنصار الشريعة»", "«أنصار الشريعة»", "أنصار الشريعة",
                          "مسلحو «أنصار الشريعة»"]}
ARMY_AND_COMMITTEES = {"en": ["Yemeni army", "Popular Committees", "pro-government tribesmen"],
                       "ar": ["مواقع الجيش واللجان", "مسلحي اللجان الشعبية", "اللجان الشعبية"]}
YEMENI_AIR_FORCE = {"en": ["Yemeni Air Force", "Yemeni air force", "Yemeni army"], "ar": ["الطيران الحربي"]}
LAWDAR_ATTACKERS = {"en": ["Ansar al-Sharia", "AQAP", "militants"],
                    "ar": ["تجمعات المسلحين", "المهاجمين"]}
SOUTHERN_COMMAND = {"en": ["Southern Military Region command", "Yemeni army"],
                    "ar": ["قيادة المنطقة العسكرية الجنوبية"]}
POPULAR_COMMITTEES = {"en": ["Popular Committees", "Popular Resistance Committees",
                             "pro-government tribesmen"],
                      "ar": ["مسلحي اللجان الشعبية", "اللجان الشعبية", "مسلحو اللجان الشعبية"]}
JAAR_REINFORCEMENTS = {"en": ["Ansar al-Sharia", "AQAP", "militants from Jaar"], "ar": ["عشرات المسلحين"]}
LAWDAR_SUSPECTS = {"en": ["suspected informants", "shepherds"], "ar": ["ثلاثة أشخاص"]}
SUSPECTS_FAMILIES = {"en": ["detainees' families"], "ar": ["ذووهم"]}
COMMITTEES_COMMANDER = {"en": ["Popular Committees commander", "Popular Committees"],
                        "ar": ["قائد اللجان الشعبية"]}
HARBOURERS = {"en": ["those sheltering al-Qaeda members"], "ar": ["كل من يؤوي عناصر القاعدة"]}
TRIBAL_SHEIKHS = {"en": ["tribal sheikhs", "tribal mediators"], "ar": ["مشايخ من قبائل المنطقة"]}
MILITANT_REPS_635 = {"en": ["Ansar al-Sharia representatives", "militant representatives"],
                     "ar": ["ممثلين عن المسلحين"]}
LAWDAR_MEDIATION = merge(TRIBAL_SHEIKHS, MILITANT_REPS_635)
ABYAN_GOVERNOR = {"en": ["governor of Abyan", "Abyan governor", "Yemeni government"], "ar": ["محافظ أبين"]}
OLD_REGIME = {"en": ["remnants of the former regime", "Saleh loyalists"],
              "ar": ["«بقايا النظام السابق»", "بقايا النظام السابق"]}
YEMEN_MOI = {"en": ["Yemeni Ministry of Interior", "Yemeni government"], "ar": ["وزارة الداخلية"]}
LAWDAR_PEOPLE = {"en": ["people of Lawdar", "Popular Committees"], "ar": ["أبناء لودر", "اللجان الشعبية"]}
YEMENI_ARMY_UNITS = {"en": ["Yemeni army", "Yemeni army units"], "ar": ["وحدات الجيش", "وحدات من الجيش"]}
MUDIYAH_MARCHERS = {"en": ["students and residents of Mudiyah", "protesters"],
                    "ar": ["مئات من الطلاب والأهالي"]}
CONFERENCE_SHEIKHS = {"en": ["tribal sheikhs", "tribes of the area"], "ar": ["مشايخ قبائل المنطقة"]}
JOINT_FORCE_635 = merge(YEMENI_ARMY_UNITS, POPULAR_COMMITTEES)
ATTACKERS_635 = {"en": ["Ansar al-Sharia", "AQAP", "militants"], "ar": ["المهاجمين", "المسلحون"]}

# ====================================================== places: 635
LAWDAR = {"accept": ["مدينة لودر", "لودر", "Lawdar", "Loder", "Lauder"]}
LAWDAR_SOUTH = place({"accept": ["المدخل الجنوبي للمدينة", "المجمع الحكومي"]}, LAWDAR)
LAWDAR_HILLS = place({"accept": ["التلال الواقعة جنوب لودر"]}, LAWDAR)
LAWDAR_VALLEY = place(LAWDAR, {"accept": ["جعار", "Jaar", "Ja'ar"]})
LAWDAR_ROAD = place({"accept": ["الطريق الجنوبي"]}, LAWDAR)
ZINJIBAR = {"accept": ["مدينة زنجبار", "زنجبار", "Zinjibar", "Zinjubar"]}
MUDIYAH = {"accept": ["مدينة مودية", "مودية", "Mudiyah", "Mudiya", "Mudia"]}
