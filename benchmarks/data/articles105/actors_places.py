"""Accepted actor names and place names for the hundred-and-fifth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries
and not copied from the earlier sets' lists (the style is the same: Arabic surface forms as they
occur in the articles, common variants, and English names). No gazetteer was opened: place names
carry their usual Arabic and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «الشرطة», «الحكومة», «القوة») are left out on purpose, with these
exceptions, each used only in an article where it names a single actor:
- 521: «الفصائل» (only ever the Free Syrian Army factions), «المروحيات» (only ever the regime's helicopters);
- 522: «المديرية» (only ever the Free Education Directorate);
- 523: «قيادة العمليات» (only ever the Nineveh Operations Command), «الجيش» as the recipient of the notables'
  backing (only ever the Iraqi army);
- 524: «الحرس» (only ever the guards of the Brega depot), «المديرية» (only ever the Sabha Security
  Directorate);
- 525: «السلطات» (only ever the South Kordofan authorities).
In meetings, joint work and agreements between two parties (CONSULT, AGREE, COOPERATE) both parties are
accepted in either role. One-sided attacks have their perpetrator as source (none where the text names
none) and their victims as recipient; in a two-sided fight both sides are sources.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ============================================================ 521: Busra al-Harir and al-Lajat
# (Daraa), 2014
FSA = {"en": ["Free Syrian Army factions", "Free Syrian Army", "FSA", "rebels", "Syrian opposition"],
       "ar": ["مقاتلي فصائل الجيش الحر", "فصائل الجيش الحر", "الجيش الحر", "الفصائل", "أحد الفصائل"]}
ASSAD_FORCES = {"en": ["Syrian regime forces", "Assad forces", "Syrian army", "Military Forces of Syria",
                       "Syrian government"],
                "ar": ["قوات الأسد", "وحدات من الجيش", "نظام الأسد"]}
LAJAT_FIGHT = merge(FSA, ASSAD_FORCES)
REGIME_HELIS = {"en": ["Syrian regime helicopters", "Syrian Arab Air Force", "Syrian air force",
                       "Military Forces of Syria"],
                "ar": ["مروحيات النظام", "المروحيات", "المروحية"]}
BH_CIVILIANS = {"en": ["four civilians", "civilians", "residents of Busra al-Harir"],
                "ar": ["أربعة مدنيين", "حي سكني", "الشهداء الأربعة"]}
BH_COURT = {"en": ["Sharia Court of Busra al-Harir", "Sharia court", "rebel court"],
            "ar": ["المحكمة الشرعية في بصر الحرير", "المحكمة الشرعية"]}
INFORMERS = {"en": ["three young men", "alleged informers"], "ar": ["ثلاثة شبان"]}
BH_COUNCIL = {"en": ["Busra al-Harir Local Council", "local council", "Syrian opposition local council"],
              "ar": ["المجلس المحلي لبلدة بصر الحرير", "المجلس المحلي"]}
SOUTHERN_FRONT = {"en": ["Southern Front", "Southern Front command", "Free Syrian Army"],
                  "ar": ["قيادة الجبهة الجنوبية", "الجبهة الجنوبية"]}
FACTION_LEADERS = {"en": ["leaders of three rebel factions", "rebel commanders", "Free Syrian Army"],
                   "ar": ["قادة ثلاثة فصائل عاملة في المنطقة", "قادة ثلاثة فصائل"]}
NAHTA_NOTABLES = {"en": ["notables of Nahta", "elders of Nahta"], "ar": ["وجهاء بلدة ناحتة", "وجهاء"]}
NAHTA_MEETING = merge(FACTION_LEADERS, NAHTA_NOTABLES)
FSA_COMMANDER = {"en": ["a rebel field commander", "Free Syrian Army"],
                 "ar": ["قائد ميداني في أحد فصائل المنطقة", "قائد ميداني"]}
FSA_LEADER = {"en": ["a Free Syrian Army commander", "Free Syrian Army"], "ar": ["قيادي في الجيش الحر"]}
PRO_REGIME_PAGES = {"en": ["pro-regime pages", "pro-government media"], "ar": ["صفحات موالية للنظام"]}
BH_WOMEN = {"en": ["three women from Busra al-Harir", "women detainees", "civilians"],
            "ar": ["ثلاث نساء من بصر الحرير", "ثلاث نساء"]}
EAST_DARAA_FACTIONS = {"en": ["representatives of the rebel factions of eastern Daraa", "rebel factions",
                              "Free Syrian Army"],
                       "ar": ["ممثلو الفصائل العاملة في ريف درعا الشرقي", "ممثلو الفصائل"]}
NAHTA_MARKET_VICTIMS = {"en": ["three civilians", "civilians", "market traders"],
                        "ar": ["ثلاثة مدنيين", "سوق شعبي"]}

# ====================================================== places: 521
DARAA_GOV = {"accept": ["محافظة درعا", "ريف درعا الشرقي", "ريف درعا", "درعا", "Daraa", "Dar'a",
                        "Daraa Governorate"]}
EAST_DARAA = place({"accept": ["ريف درعا الشرقي", "eastern Daraa countryside"]}, DARAA_GOV)
LAJAT_WEST = place({"accept": ["الأطراف الغربية لمنطقة اللجاة", "منطقة اللجاة", "اللجاة", "al-Lajat", "Lajat",
                               "Leja"]}, DARAA_GOV)
LAJAT = place({"accept": ["منطقة اللجاة", "اللجاة", "al-Lajat", "Lajat", "Leja"]}, DARAA_GOV)
BUSRA_HARIR = place({"accept": ["بلدة بصر الحرير", "بصر الحرير", "Busra al-Harir", "Bosra al-Harir",
                                "Busr al-Harir"]}, DARAA_GOV)
BH_QUARTER = place({"accept": ["حي سكني في الطرف الشرقي من بصر الحرير", "بصر الحرير", "Busra al-Harir",
                               "Bosra al-Harir", "Busr al-Harir"]}, DARAA_GOV)
IZRA = place({"accept": ["مدينة إزرع", "إزرع", "Izra", "Izraa", "Ezraa"]}, DARAA_GOV)
IZRA_CHECKPOINT = place({"accept": ["حاجز عند مدخل إزرع", "مدخل إزرع", "إزرع", "Izra", "Izraa", "Ezraa"]},
                        DARAA_GOV)
NAHTA = place({"accept": ["بلدة ناحتة", "ناحتة", "Nahta", "Nahtah"]}, DARAA_GOV)
NAHTA_MARKET = place({"accept": ["سوق شعبي في بلدة ناحتة", "بلدة ناحتة", "ناحتة", "Nahta", "Nahtah"]},
                     DARAA_GOV)
MUSAYFIRA = place({"accept": ["بلدة المسيفرة", "المسيفرة", "al-Musayfira", "Musayfirah", "Msayfra"]},
                  DARAA_GOV)
HRAK = place({"accept": ["بلدة الحراك", "الحراك", "al-Hrak", "al-Harak", "Hirak"]}, DARAA_GOV)

# ============================================================ 522: Maarat al-Numan (Idlib), 2019
RU_AIR = {"en": ["Russian Aerospace Forces", "Russian air force", "Russia", "Military Forces of Russia"],
          "ar": ["طائرة حربية روسية", "الطيران الحربي الروسي"]}
SY_AIR = {"en": ["Syrian Arab Air Force", "Syrian air force", "Military Forces of Syria"],
          "ar": ["سلاح الجو"]}
EXAM_STRIKE_SOURCE = merge(RU_AIR, SY_AIR)
EXAM_VICTIMS = {"en": ["three secondary-school students and a teacher", "students", "civilians"],
                "ar": ["ثلاثة طلاب من الشهادة الثانوية ومعلّم", "ثلاثة طلاب", "الطلاب الثلاثة والمعلّم"]}
STUDENT_MARCH = {"en": ["students and teachers of Maarat al-Numan", "protesters", "students"],
                 "ar": ["مئات الطلاب والمعلمين", "المشاركون"]}
FREE_EDU = {"en": ["Free Directorate of Education in Idlib", "Idlib Free Education Directorate",
                   "Syrian Interim Government"],
            "ar": ["مديرية التربية والتعليم الحرة في إدلب", "مديرية التربية الحرة", "المديرية"]}
RU_REGIME = {"en": ["Russia", "Syrian regime", "Military Forces of Russia", "Military Forces of Syria"],
             "ar": ["روسيا والنظام", "روسيا"]}
UNICEF = {"en": ["UNICEF", "United Nations Children's Fund"],
          "ar": ["منظمة الأمم المتحدة للطفولة «يونيسف»", "«يونيسف»", "يونيسف"]}
EDU_NGO = {"en": ["a local education organisation", "local NGO"], "ar": ["منظمة تعليمية محلية"]}
IDP_SCHOOLS = {"en": ["schools of the displaced", "displaced pupils"], "ar": ["مدارس النازحين"]}
KN_TEACHERS = {"en": ["teachers of Kafr Nabl", "striking teachers", "teachers"],
               "ar": ["معلمي المدارس في مدينة كفرنبل", "المعلمين المضربين", "معلمي المدارس"]}
SALVATION_EDU = {"en": ["Education Ministry of the Syrian Salvation Government",
                        "Syrian Salvation Government",
                        "Hay'at Tahrir al-Sham"],
                 "ar": ["وزارة التربية في «حكومة الإنقاذ»", "حكومة الإنقاذ"]}
SALVATION = {"en": ["Syrian Salvation Government", "Salvation Government", "Hay'at Tahrir al-Sham"],
             "ar": ["«حكومة الإنقاذ»", "حكومة الإنقاذ"]}
EDU_DONOR = {"en": ["the organisation funding the Free Education Directorate", "donor organisation"],
             "ar": ["المنظمة الداعمة لمديرية التربية الحرة", "المنظمة الداعمة"]}
TEACHERS = {"en": ["teachers of the Free Education Directorate", "teachers"],
            "ar": ["رواتب المعلمين", "المعلمين"]}
MN_COUNCIL = {"en": ["Maarat al-Numan Local Council", "local council"],
              "ar": ["المجلس المحلي في معرة النعمان", "المجلس المحلي"]}
STUDENTS_TEACHERS = {"en": ["students and teachers", "students", "teachers"], "ar": ["الطلاب والمعلمين"]}
PARENTS = {"en": ["some parents", "parents"], "ar": ["بعض الأهالي"]}
EDU_DELEGATION = {"en": ["a Free Education Directorate delegation", "Free Directorate of Education in Idlib"],
                  "ar": ["وفد من مديرية التربية الحرة", "مديرية التربية الحرة"]}
UNICEF_MEETING = merge(EDU_DELEGATION, UNICEF)
EDU_OFFICE = {"en": ["an office of the Free Education Directorate", "Free Directorate of Education in Idlib"],
              "ar": ["مكتباً تابعاً لمديرية التربية الحرة", "مديرية التربية الحرة"]}
SARAQIB_VICTIMS = {"en": ["two children and the school guard", "civilians", "displaced families"],
                   "ar": ["طفلان وحارس المدرسة", "عائلات نازحة"]}

# ====================================================== places: 522
IDLIB_GOV = {"accept": ["محافظة إدلب", "ريف إدلب الجنوبي", "ريف إدلب", "إدلب", "Idlib", "Idlib Governorate"]}
SOUTH_IDLIB = place({"accept": ["ريف إدلب الجنوبي", "southern Idlib countryside"]}, IDLIB_GOV)
MAARA_NAMES = ["مدينة معرة النعمان", "معرة النعمان", "المعرة", "Maarat al-Numan", "Ma'arrat al-Nu'man",
               "Maarat al-Nouman", "Maaret al-Numan"]
MAARA_SCHOOL = place({"accept": ["محيط مدرسة تحوّلت إلى مركز امتحانات", "الحي الشمالي من مدينة معرة النعمان",
                                 *MAARA_NAMES]}, IDLIB_GOV)
MAARA = place({"accept": MAARA_NAMES}, IDLIB_GOV)
MAARA_EDGE = place({"accept": ["أطراف المدينة", *MAARA_NAMES]}, IDLIB_GOV)
KAFRANBEL = place({"accept": ["مدينة كفرنبل", "كفرنبل", "كفر نبل", "Kafr Nabl", "Kafranbel"]}, IDLIB_GOV)
HISH = place({"accept": ["مدرسة في بلدة حيش", "بلدة حيش", "حيش", "Hish", "Heish"]}, IDLIB_GOV)
IDLIB_CITY = place({"accept": ["مدينة إدلب", "إدلب", "Idlib", "Idlib city"]}, IDLIB_GOV)
SARAQIB = place({"accept": ["مدرسة في مدينة سراقب", "مدينة سراقب", "سراقب", "Saraqib", "Saraqeb"]},
                IDLIB_GOV)

# ============================================================ 523: Sinuni and Khanasor (Nineveh),
# 2022
NINEVEH_OPS = {"en": ["Nineveh Operations Command", "Iraqi army", "Military Forces of Iraq"],
               "ar": ["قيادة عمليات نينوى", "قطعات من الجيش العراقي", "قيادة العمليات"]}
TR_DRONE = {"en": ["Turkish drone", "Turkish Armed Forces", "Turkey", "Military Forces of Turkey"],
            "ar": ["طائرة مسيّرة", "وزارة الدفاع التركية", "الطائرات المسيّرة التركية"]}
KHANASOR_VICTIMS = {"en": ["two civilians in a car", "civilians", "goods carriers"],
                    "ar": ["سيارة مدنية", "شخصان", "القتيلين", "القتيلان"]}
IQ_MOFA = {"en": ["Iraqi Ministry of Foreign Affairs", "Government of Iraq", "Iraq"],
           "ar": ["وزارة الخارجية العراقية"]}
TURKEY = {"en": ["Turkey", "Government of Turkey", "Turkish government"],
          "ar": ["الحكومة التركية", "الجانب التركي"]}
JOINT_PATROL = {"en": ["Iraqi army", "Sinjar local police", "Military Forces of Iraq",
                       "Police Forces of Iraq"],
                "ar": ["قوة مشتركة من الجيش وشرطة سنجار المحلية", "شرطة سنجار المحلية"]}
YBS = {"en": ["Sinjar Resistance Units", "YBS", "YBŞ"], "ar": ["«وحدات مقاومة سنجار»", "وحدات مقاومة سنجار"]}
TR_SECURITY = {"en": ["a Turkish security source", "Turkey", "Turkish Armed Forces"],
               "ar": ["مصدر أمني", "وسائل إعلام تركية"]}
PKK = {"en": ["Kurdistan Workers' Party", "PKK"], "ar": ["عناصر الحزب", "حزب العمال الكردستاني"]}
FED_KRG = {"en": ["Federal Government of Iraq", "Kurdistan Regional Government", "KRG", "Government of Iraq"],
           "ar": ["ممثلين عن الحكومة الاتحادية وحكومة إقليم كردستان", "الحكومة الاتحادية",
                  "حكومة إقليم كردستان"]}
SINUNI_NOTABLES = {"en": ["notables of Sinuni", "Yazidi notables"], "ar": ["وجهاء من سنوني"]}
IQ_ARMY = {"en": ["Iraqi army", "Military Forces of Iraq"], "ar": ["الجيش"]}
MIGRATION_MIN = {"en": ["Ministry of Migration and Displacement", "Government of Iraq"],
                 "ar": ["وزارة الهجرة والمهجرين"]}
IDP_FAMILIES = {"en": ["120 displaced families", "Yazidi IDPs", "displaced families"],
                "ar": ["مئة وعشرين عائلة نازحة", "العائلات"]}
ISIS = {"en": ["Islamic State", "ISIS", "IS", "Daesh"],
        "ar": ["مسلحون يُعتقد أنهم من بقايا تنظيم «داعش»", "تنظيم «داعش»", "داعش", "المهاجمين"]}
PMF = {"en": ["Popular Mobilization Forces", "PMF", "Hashd al-Shaabi"],
       "ar": ["نقطة للحشد الشعبي", "الحشد الشعبي", "هيئة الحشد"]}

# ====================================================== places: 523
NINEVEH = {"accept": ["محافظة نينوى", "نينوى", "Nineveh", "Ninawa", "Nineveh Governorate"]}
SINJAR_DIST = place({"accept": ["قضاء سنجار", "سنجار", "Sinjar", "Sinjar District", "Shingal"]}, NINEVEH)
SINUNI = place({"accept": ["ناحية سنوني", "سنوني", "Sinuni", "Snune", "Sinune"]}, SINJAR_DIST)
SINUNI_ROAD = place({"accept": ["الطريق الواصل بين الناحية ومجمع خانصور", "ناحية سنوني", "سنوني",
                                "مجمع خانصور", "خانصور", "Sinuni", "Khanasor", "Khanasur"]}, SINJAR_DIST)
KHANASOR_JUNCTION = place({"accept": ["مفرق خانصور", "مجمع خانصور", "خانصور", "Khanasor", "Khanasur",
                                      "Khana Sor", "سنوني", "Sinuni"]}, SINJAR_DIST)
SINJAR_TOWN = place({"accept": ["أطراف مدينة سنجار", "مدينة سنجار", "سنجار", "Sinjar", "Shingal"]}, NINEVEH)
BAAJ = place({"accept": ["نقطة للحشد الشعبي قرب قضاء البعاج", "قضاء البعاج", "البعاج", "al-Baaj", "Baaj",
                         "al-Ba'aj"]}, NINEVEH)

# ============================================================ 524: Sabha, Ubari and Brak (Fezzan,
# Libya), 2018
SABHA_YOUTHS = {"en": ["young protesters in Sabha", "protesters", "residents of Sabha"],
                "ar": ["عشرات الشبان"]}
DEPOT_GUARDS = {"en": ["guards of the Brega depot in Sabha", "Petroleum Facilities Guard", "depot guards"],
                "ar": ["حرس مستودع شركة البريقة لتسويق النفط في سبها", "حرس مستودع", "الحرس", "الحارسان"]}
DEPOT_GUNMEN = {"en": ["gunmen", "armed men from a Sabha neighbourhood"],
                "ar": ["مسلحين حاولوا الاستيلاء", "المسلحين", "المهاجمين", "المهاجمون"]}
DEPOT_FIGHT = merge(DEPOT_GUARDS, DEPOT_GUNMEN)
SABHA_NOTABLE = {"en": ["a notable of the attackers' neighbourhood", "notables"],
                 "ar": ["أحد أعيان الحي الذي ينحدر منه المهاجمون", "أحد أعيان الحي"]}
DEPOT_ADMIN = {"en": ["the depot's management", "Brega Petroleum Marketing Company"],
               "ar": ["إدارة المستودع"]}
SABHA_SECURITY = {"en": ["Sabha Security Directorate", "Police Forces of Libya", "police"],
                  "ar": ["دورية تابعة لمديرية أمن سبها", "مديرية أمن سبها", "المديرية"]}
TANKER_DRIVERS = {"en": ["three tanker drivers", "fuel smugglers"], "ar": ["سائقيها الثلاثة", "سائقيها"]}
SABHA_COUNCIL = {"en": ["Sabha Municipal Council", "municipal council"],
                 "ar": ["المجلس البلدي في سبها", "المجلس البلدي"]}
GNA = {"en": ["Government of National Accord", "GNA", "Government of Libya"],
       "ar": ["«حكومة الوفاق الوطني»", "حكومة الوفاق الوطني"]}
NOC = {"en": ["National Oil Corporation", "NOC"], "ar": ["المؤسسة الوطنية للنفط"]}
BREGA = {"en": ["Brega Petroleum Marketing Company", "Brega"], "ar": ["شركة البريقة", "البريقة"]}
BREGA_MANAGER = {"en": ["the southern branch manager of Brega", "Brega Petroleum Marketing Company"],
                 "ar": ["مدير فرع شركة البريقة في المنطقة الجنوبية", "شركة البريقة"]}
STATION_OWNERS = {"en": ["petrol station owners"], "ar": ["أصحاب المحطات"]}
BREGA_MEETING = merge(BREGA_MANAGER, SABHA_COUNCIL, STATION_OWNERS)
SABHA_SEC_CHIEF = {"en": ["head of the Sabha Security Directorate", "Sabha Security Directorate",
                          "Police Forces of Libya"],
                   "ar": ["مدير أمن سبها"]}
FUEL_SELLERS = {"en": ["roadside fuel sellers", "black-market fuel sellers"],
                "ar": ["باعة الوقود على جوانب الطرق", "باعة الوقود"]}
UBARI_RIOTERS = {"en": ["angry protesters", "rioters"], "ar": ["محتجين غاضبين"]}
SABHA_ACTIVISTS = {"en": ["activists in Sabha", "protesters"], "ar": ["ناشطون في سبها", "المحتجين"]}
TRADERS_UNION = {"en": ["union of the traders of the popular market", "traders"],
                 "ar": ["نقابة تجار السوق الشعبي"]}
BRAK_GUNMEN = {"en": ["unidentified gunmen", "gunmen"], "ar": ["مسلحون مجهولون"]}
BRAK_VICTIMS = {"en": ["a fuel-tanker driver and his companion", "civilians"],
                "ar": ["سائق صهريج وقود ومرافقه"]}

# ====================================================== places: 524
SABHA_NAMES = ["مدينة سبها", "سبها", "Sabha", "Sebha"]
SABHA_CENTRE = {"accept": ["الطريق الرئيسي وسط مدينة سبها", *SABHA_NAMES]}
SABHA_DEPOT = {"accept": ["مستودع شركة البريقة لتسويق النفط في سبها", *SABHA_NAMES]}
SABHA = {"accept": SABHA_NAMES}
SABHA_UBARI_ROAD = {"accept": ["الطريق بين سبها وأوباري", "سبها", "أوباري", "Sabha", "Ubari", "Awbari"]}
UBARI = {"accept": ["محطة وقود في مدينة أوباري", "مدينة أوباري", "أوباري", "Ubari", "Awbari"]}
BRAK = {"accept": ["الطريق قرب بلدة براك الشاطئ", "بلدة براك الشاطئ", "براك الشاطئ", "Brak al-Shati", "Brak",
                   "Birak"]}
SOUTH_ROADS = {"accept": ["طرق الجنوب", "الجنوب الليبي", "southern Libya", "Fezzan"]}

# ============================================================ 525: Dilling and Habila (South
# Kordofan), 2012
RAIDERS = {"en": ["gunmen", "cattle raiders", "SPLM-N", "Sudan People's Liberation Movement-North"],
           "ar": ["مسلحون", "المهاجمين", "المهاجمون", "متمردي «الحركة الشعبية – قطاع الشمال»"]}
HERDERS = {"en": ["five herders", "herders", "nomads", "pastoralists"],
           "ar": ["خمسة رعاة", "فريق للرحّل", "الرعاة"]}
DILLING_COMMISSIONER = {"en": ["the commissioner of Dilling locality", "Government of Sudan"],
                        "ar": ["معتمد محلية الدلنج"]}
SPLMN = {"en": ["Sudan People's Liberation Movement-North", "SPLM-N", "SPLA-N"],
         "ar": ["«الحركة الشعبية – قطاع الشمال»", "الحركة الشعبية", "متحدث باسم الحركة الشعبية"]}
GOV_MILITIAS = {"en": ["pro-government militias", "Popular Defence Forces"],
                "ar": ["«ميليشيات تابعة للحكومة»", "ميليشيات تابعة للحكومة"]}
SAF = {"en": ["Sudanese Armed Forces", "Sudanese army", "SAF", "Military Forces of Sudan"],
       "ar": ["قوة من القوات المسلحة", "القوات المسلحة"]}
RAIDER_BAND = {"en": ["cattle raiders", "gunmen"], "ar": ["مجموعة من المهاجمين", "المهاجمين"]}
PURSUIT_FIGHT = merge(SAF, RAIDER_BAND)
HERDERS_UNION = {"en": ["Herders' Union of Dilling locality", "herders' union", "pastoralists' union"],
                 "ar": ["اتحاد الرعاة في محلية الدلنج", "اتحاد الرعاة"]}
SK_AUTHORITIES = {"en": ["South Kordofan authorities", "Government of Sudan", "authorities"],
                  "ar": ["السلطات", "حكومة الولاية"]}
SK_GOV = {"en": ["South Kordofan state government", "Government of Sudan"], "ar": ["حكومة الولاية"]}
SK_SECURITY = {"en": ["South Kordofan State Security Committee", "Government of Sudan"],
               "ar": ["لجنة أمن ولاية جنوب كردفان", "لجنة أمن الولاية"]}
CATTLE_TRADERS = {"en": ["cattle traders", "traders"], "ar": ["التجار"]}
SK_POLICE = {"en": ["Sudan Police", "Police Forces of Sudan"], "ar": ["الشرطة"]}
NATIVE_ADMIN = {"en": ["native administration leaders of the herders and the farmers", "tribal leaders",
                       "native administration"],
                "ar": ["زعماء الإدارة الأهلية من الرحّل والمزارعين", "زعماء الإدارة الأهلية", "الطرفين"]}
HERDER_YOUTHS = {"en": ["young nomad herders", "herders"], "ar": ["شبان الرحّل"]}
HABILA_HERDERS = {"en": ["a nomad camp near Habila", "herders", "nomads"], "ar": ["فريقاً للرحّل"]}
HAC = {"en": ["Humanitarian Aid Commission", "HAC", "Government of Sudan"],
       "ar": ["مفوضية العون الإنساني في الولاية", "مفوضية العون الإنساني"]}
HERDER_FAMILIES = {"en": ["families of the killed and wounded herders", "herders"],
                   "ar": ["أسر الرعاة القتلى والجرحى", "أسر الرعاة"]}
ARMY_POLICE = {"en": ["Sudanese Armed Forces", "Sudan Police", "joint army and police force"],
               "ar": ["قوة مشتركة من الجيش والشرطة"]}
KADUGLI_VICTIMS = {"en": ["two women and a child", "civilians"], "ar": ["امرأتان وطفل"]}

# ====================================================== places: 525
SK_STATE = {"accept": ["ولاية جنوب كردفان", "جنوب كردفان", "South Kordofan", "Southern Kordofan",
                       "South Kordofan State"]}
DILLING_NAMES = ["مدينة الدلنج", "الدلنج", "Dilling", "Delling", "al-Dilling"]
DILLING_CAMP = place({"accept": ["فريق للرحّل على بعد نحو عشرين كيلومتراً جنوب مدينة الدلنج",
                                 "جنوب مدينة الدلنج", *DILLING_NAMES]}, SK_STATE)
DILLING_HILLS = place({"accept": ["سفوح الجبال الواقعة جنوب غربي المدينة", *DILLING_NAMES]}, SK_STATE)
DILLING = place({"accept": DILLING_NAMES}, SK_STATE)
DILLING_MARKET = place({"accept": ["سوق المواشي الأسبوعي في الدلنج", *DILLING_NAMES]}, SK_STATE)
DILLING_LOCALITY = place({"accept": ["مقر المحلية", "محلية الدلنج", *DILLING_NAMES]}, SK_STATE)
DILLING_ROUTES = place({"accept": ["المراحيل جنوب المدينة", *DILLING_NAMES]}, SK_STATE)
HABILA = place({"accept": ["منطقة هبيلا", "هبيلا", "Habila", "Hebila"]}, SK_STATE)
KADUGLI = place({"accept": ["أحياء في مدينة كادقلي", "مدينة كادقلي", "كادقلي", "Kadugli", "Kaduqli"]},
                SK_STATE)
