"""Accepted actor names and place names for the fourteenth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the articles,
common variants, and English names). Iraqi and Lebanese towns were checked against the GeoNames cities list in
../shared/data/geonames/ where it has them (Kirkuk, Al Hawijah, Ar Riyad, Daquq; Qana, Tyre, Bent Jbail,
En Naqoura). Yemen, Sudan, Libya and Tunisia are not covered by those lists: their places carry their usual
Arabic and English spellings with the Yemeni governorate and district («مديرية»), the Sudanese state, and the
Libyan or Tunisian area.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الوفد», «المجلس», «الحكومة») are left out on purpose, with
these exceptions, each used only in an article where it names a single actor: «التنظيم» (066 ISIS, 067
al-Qaeda: in each article only ever that group), «الجيش» (068, only ever the Sudanese Armed Forces), «الحزب»
(070, only ever Hezbollah), «الحكومة» (067, only ever the Yemeni government addressed by the wounded soldiers'
families).
"""


import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ================================================================ actors: shared
CIVILIANS = {"en": ["civilians", "civilian", "residents", "locals", "people", "citizens"],
             "ar": ["مدنيين", "المدنيين", "مدنيون", "مدني", "المواطنين", "مواطنين", "الأهالي", "السكان"]}
BOTH_SIDES = {"en": ["both sides", "the two sides"], "ar": ["الطرفين", "الطرفان", "طرفي النزاع"]}
UNKNOWN = {"en": ["unknown gunmen", "unknown assailants", "unidentified attackers", "unknown persons"],
           "ar": ["مجهولين", "مجهولون", "مسلحين مجهولين", "مسلحون مجهولون"]}

# ================================================================ 066: Kirkuk (Iraqi satellite channel's site)
ISIS_IQ = {"en": ["Islamic State", "ISIS", "ISIL", "IS", "Daesh", "ISIS gangs", "ISIS cells", "terrorists",
                  "terrorist elements", "attackers"],
           "ar": ["عصابات داعش الإرهابية", "عصابات داعش", "مجموعة من عصابات داعش", "داعش", "عناصر داعش",
                  "الإرهابيين", "عناصر إرهابية", "خلايا التنظيم", "التنظيم", "المهاجمين"]}
IQ_ARMY_POST = {"en": ["Iraqi army", "Iraqi Army", "Iraqi soldiers", "army observation post", "army post",
                       "an officer and two soldiers", "soldiers", "Iraqi security forces"],
                "ar": ["نقطة مراقبة للجيش العراقي", "الجيش العراقي", "نقطة مراقبة", "إحدى نقاط الجيش",
                       "نقطة للجيش", "ضابط برتبة ملازم أول وجنديان", "ضابط وجنديين", "ثلاثة عسكريين",
                       "عسكريين"]}
IQ_AIR_FORCE = {"en": ["Iraqi Air Force", "Iraqi air force", "Iraqi F-16s", "F-16 jets", "Joint Operations Command",
                       "Iraqi army", "Iraqi security forces", "Iraq"],
                "ar": ["القوة الجوية العراقية", "طائرات إف 16 تابعة للقوة الجوية العراقية", "طائرات إف 16",
                       "قيادة العمليات المشتركة", "الطائرات العراقية", "القوة الجوية"]}
ISIS_HIDEOUTS = merge(ISIS_IQ, {"en": ["ISIS hideouts", "hideouts", "weapons caches", "five ISIS members"],
                                "ar": ["أوكار للإرهابيين", "أوكار", "مخبأين للأسلحة",
                                       "خمسة من عناصر داعش"]})
INSS = {"en": ["Iraqi National Security Service", "National Security Service", "INSS", "Iraqi security forces"],
        "ar": ["جهاز الأمن الوطني", "مفرزة من جهاز الأمن الوطني", "الأمن الوطني"]}
TWO_BROTHERS = {"en": ["two brothers", "suspects", "two suspects", "brothers from al-Riyadh"],
                "ar": ["شقيقان", "شقيقين", "شقيقان من أهالي ناحية الرياض"]}
HAWIJA_CROWD = merge({"en": ["Hawija residents", "people of Hawija", "hundreds of Hawija residents",
                             "tribal sheikhs", "Hawija tribes", "protesters", "mourners"],
                      "ar": ["مئات من أبناء القضاء وشيوخ عشائره", "أبناء القضاء", "شيوخ عشائره",
                             "أبناء الحويجة", "عشائر الحويجة"]}, CIVILIANS)
SIT_IN_2013 = {"en": ["Hawija sit-in protesters", "sit-in protesters", "protesters"],
               "ar": ["المعتصمين", "ساحة الاعتصام", "المعتصمون"]}
HAWIJA_SHEIKHS = {"en": ["Hawija tribal sheikhs", "tribal sheikhs", "sheikhs of the Hawija tribes",
                         "tribal leaders"],
                  "ar": ["شيوخ عشائر الحويجة", "شيوخ العشائر", "شيوخ عشائره"]}
IQ_FED_GOV = {"en": ["Iraqi federal government", "federal government", "Iraqi government", "Baghdad",
                     "Government of Iraq"],
              "ar": ["الحكومة الاتحادية", "الحكومة العراقية", "بغداد"]}
KDP_KIRKUK = {"en": ["Kurdistan Democratic Party", "KDP", "KDP Kirkuk office", "KDP organisation office in Kirkuk"],
              "ar": ["مكتب تنظيمات الحزب الديمقراطي الكردستاني في كركوك", "الحزب الديمقراطي الكردستاني",
                     "الديمقراطي الكردستاني"]}
ARAB_COUNCIL = {"en": ["Arab Council in Kirkuk", "Kirkuk Arab Council", "Arab Political Council in Kirkuk",
                       "Arab council"],
                "ar": ["المجلس العربي في كركوك", "المجلس العربي"]}
IQ_ARMY_PMF = {"en": ["Iraqi army", "Popular Mobilization Forces", "PMF", "joint force"],
               "ar": ["قوة مشتركة من الجيش والحشد الشعبي", "الحشد الشعبي", "قوة مشتركة"]}
IQ_CINC = {"en": ["Commander-in-Chief of the Armed Forces", "Commander-in-Chief", "Iraqi Prime Minister",
                  "Iraqi government"],
           "ar": ["القائد العام للقوات المسلحة", "القائد العام"]}
OPS_COMMANDERS = {"en": ["operations commanders", "commanders of the operations commands", "military commanders",
                         "Iraqi army"],
                  "ar": ["قادة العمليات في كركوك وصلاح الدين وديالى", "قادة العمليات"]}
PMF_VICTIMS = {"en": ["Popular Mobilization Forces", "PMF", "Hashd al-Shaabi", "four PMF fighters", "PMF vehicle"],
               "ar": ["4 من مقاتلي الحشد الشعبي", "مقاتلي الحشد الشعبي", "الحشد الشعبي", "عجلتهم"]}

# ================================================================ 067: Abyan (southern Yemeni site)
AQAP = {"en": ["al-Qaeda", "al-Qaida", "AQAP", "al-Qaeda in the Arabian Peninsula", "terrorists",
               "terrorist elements"],
        "ar": ["تنظيم القاعدة الإرهابي", "تنظيم القاعدة", "القاعدة", "عناصر تنظيم القاعدة", "عناصر التنظيم",
               "العناصر الإرهابية", "عناصر الإرهاب", "التنظيم", "مسلحين من تنظيم القاعدة"]}
SOUTHERN_FORCES = {"en": ["Southern Armed Forces", "southern forces", "southern soldiers", "four southern soldiers",
                          "military patrol", "STC forces", "Southern Transitional Council forces",
                          "Sahm al-Sharq forces"],
                   "ar": ["القوات المسلحة الجنوبية", "القوات الجنوبية", "أربعة من أبطال القوات المسلحة الجنوبية",
                          "أبطال القوات المسلحة الجنوبية", "طقم عسكري", "دورية للقوات الجنوبية",
                          "جنود جنوبيين", "مواقع القوات الجنوبية"]}
OMRAN_SIDES = merge(SOUTHERN_FORCES, {"en": [], "ar": ["وحدات من القوات الجنوبية"]}, AQAP, BOTH_SIDES)
ABYAN_AXIS = {"en": ["Abyan Axis commander", "commander of the Abyan axis", "Abyan Axis", "Southern Armed Forces"],
              "ar": ["قائد محور أبين", "محور أبين", "القوات الجنوبية"]}
STC = {"en": ["Southern Transitional Council", "STC", "STC spokesman"],
       "ar": ["المجلس الانتقالي الجنوبي", "الانتقالي الجنوبي", "متحدث باسم المجلس الانتقالي الجنوبي"]}
ISLAH = {"en": ["Islah", "Islah Party", "al-Islah", "Yemeni Congregation for Reform"],
         "ar": ["حزب التجمع اليمني للإصلاح", "التجمع اليمني للإصلاح", "الإصلاح", "حزب الإصلاح"]}
US_DRONE = {"en": ["US drone", "American drone", "United States", "US"],
            "ar": ["طائرة مسيّرة", "طائرة مسيرة يرجح أنها أمريكية", "الولايات المتحدة", "أمريكية"]}
AQAP_LEADER = merge({"en": ["AQAP leader", "al-Qaeda commander", "Abu Hammam al-Sanaani", "his car"],
                     "ar": ["قيادي في التنظيم", "أبو همّام الصنعاني", "سيارته"]}, AQAP)
WOUNDED_FAMILIES = {"en": ["relatives of wounded soldiers", "families of the wounded", "protesters",
                           "dozens of relatives"],
                    "ar": ["العشرات من ذوي الجنود الجرحى", "ذوي الجنود الجرحى", "ذوو الجرحى", "المحتجين"]}
ABYAN_AUTHORITY = {"en": ["Abyan local authority", "local authority", "Yemeni government", "government"],
                   "ar": ["السلطة المحلية بالمحافظة", "السلطة المحلية", "الحكومة", "الحكومة اليمنية"]}
ABYAN_SEC_COMMITTEE = {"en": ["Abyan security committee", "security committee", "Abyan governor",
                              "Abyan local authority"],
                       "ar": ["اللجنة الأمنية في محافظة أبين", "اللجنة الأمنية", "محافظ أبين", "المحافظ"]}
MOTORCYCLISTS = merge({"en": ["motorcyclists", "motorcycle riders", "motorcycle traffic"],
                       "ar": ["حركة الدراجات النارية", "الدراجات النارية"]}, CIVILIANS)
SECURITY_BELT = {"en": ["Security Belt forces", "Security Belt", "Abyan security administration",
                        "Southern Armed Forces"],
                 "ar": ["قوات الحزام الأمني", "الحزام الأمني", "إدارة أمن أبين"]}
JAAR_SUSPECTS = {"en": ["three wanted men", "three suspects", "AQAP cell", "wanted men"],
                 "ar": ["ثلاثة مطلوبين", "مطلوبين"]}
LAWDAR_VICTIMS = {"en": ["Security Belt company commander", "company commander and two escorts", "security checkpoint",
                         "Security Belt forces"],
                  "ar": ["قائد سرية في قوات الحزام الأمني", "2 من مرافقيه", "نقطة أمنية", "قوات الحزام الأمني"]}

# ================================================================ 068: Gezira (Sudanese independent radio)
RSF = {"en": ["Rapid Support Forces", "RSF", "Rapid Support", "RSF fighters", "RSF militia"],
       "ar": ["قوات الدعم السريع", "الدعم السريع", "عناصر من قوات الدعم السريع", "قوة تابعة للدعم السريع",
              "القوة المهاجمة", "المليشيا المتمردة"]}
RUFAA_VILLAGERS = merge({"en": ["villagers", "nine civilians", "village residents", "young men of the village",
                                "armed mobilised fighters", "popular mobilisation fighters"],
                         "ar": ["تسعة مدنيين", "سكان قرية صغيرة شرقي مدينة رفاعة", "سكان قرية", "شبان من القرية",
                                "مستنفرين مسلحين", "المستنفرين"]}, CIVILIANS)
RUFAA_ER = {"en": ["Rufaa Emergency Room", "Rufaa Emergency Response Room", "emergency room"],
            "ar": ["غرفة طوارئ رفاعة", "غرفة طوارئ"]}
HUMANITARIAN_ORGS = {"en": ["humanitarian organisations", "Sudanese Red Crescent", "Red Crescent",
                            "aid organisations"],
                     "ar": ["المنظمات الإنسانية", "الهلال الأحمر السوداني", "الهلال الأحمر"]}
SAF_AIR = {"en": ["Sudanese Armed Forces", "SAF", "Sudanese army", "Sudanese air force", "army warplanes"],
           "ar": ["الطيران الحربي التابع للجيش", "الطيران الحربي", "الجيش السوداني", "القوات المسلحة",
                  "القوات المسلحة السودانية", "الجيش"]}
MADANI_TARGET = merge(RSF, {"en": ["RSF gathering", "three civilians"],
                            "ar": ["تجمّع لقوات الدعم السريع", "ثلاثة مدنيين"]}, CIVILIANS)
SAF = {"en": ["Sudanese Armed Forces", "SAF", "Sudanese army", "army", "army spokesman"],
       "ar": ["المتحدث الرسمي باسم القوات المسلحة", "القوات المسلحة", "الجيش السوداني", "الجيش"]}
RESISTANCE_MEMBERS = {"en": ["three members of the resistance committees", "resistance committee members",
                             "resistance committees", "activists"],
                      "ar": ["ثلاثة من أعضاء لجان المقاومة", "أعضاء لجان المقاومة", "لجان المقاومة"]}
WFP = {"en": ["World Food Programme", "WFP", "United Nations", "UN"],
       "ar": ["برنامج الأغذية العالمي", "الأمم المتحدة"]}
GEZIRA_DISPLACED = {"en": ["families fleeing Gezira", "displaced families", "displaced people", "IDPs",
                           "people fleeing Gezira"],
                    "ar": ["الأسر الفارّة من الجزيرة", "الأسر الفارة", "النازحين", "الفارّين"]}
SENNAR_GOVERNOR = {"en": ["Sennar governor", "acting governor of Sennar State", "Sennar State government"],
                   "ar": ["والي ولاية سنار المكلّف", "والي ولاية سنار", "والي سنار"]}
UN_AGENCIES = {"en": ["UN agencies", "United Nations agencies", "United Nations", "local organisations"],
               "ar": ["ممثلين عن وكالات الأمم المتحدة ومنظمات محلية", "وكالات الأمم المتحدة", "الأمم المتحدة",
                      "منظمات محلية"]}
IGAD = {"en": ["IGAD", "Intergovernmental Authority on Development"],
        "ar": ["الهيئة الحكومية للتنمية", "إيقاد"]}
SUDAN_SIDES = merge({"en": ["Sudanese Armed Forces", "Rapid Support Forces", "SAF and RSF", "warring parties"],
                     "ar": ["الجيش وقوات الدعم السريع", "وفدي الجيش والدعم السريع"]}, BOTH_SIDES)
HASAHEISA_MARKET = merge({"en": ["market", "six people", "market-goers"],
                          "ar": ["سوق شعبي", "6 أشخاص"]}, CIVILIANS)

# ================================================================ 069: Ras Ajdir and Zuwara (Libyan TV channel's site)
LY_MOI = {"en": ["Libyan Interior Ministry", "Ministry of Interior", "Interior Ministry force",
                 "Government of National Unity", "GNU", "Law Enforcement Department", "Interior Ministry"],
          "ar": ["قوة تابعة لوزارة الداخلية بحكومة الوحدة الوطنية", "وزارة الداخلية بحكومة الوحدة الوطنية",
                 "وزارة الداخلية", "قوة من الإدارة العامة لإنفاذ القانون", "الإدارة العامة لإنفاذ القانون",
                 "حكومة الوحدة الوطنية", "عناصر الوزارة"]}
ZUWARA_GUNMEN = {"en": ["gunmen from Zuwara", "Zuwara armed groups", "Zuwara fighters", "armed men from Zuwara",
                        "Zuwara youths"],
                 "ar": ["مسلحين من مدينة زوارة", "مسلحين من زوارة", "شبان المدينة", "مجموعة خارجة عن القانون"]}
LY_CLASH_SIDES = merge(LY_MOI, ZUWARA_GUNMEN, BOTH_SIDES)
ZUWARA_COUNCIL = {"en": ["Zuwara Municipal Council", "Zuwara municipality", "Zuwara council"],
                  "ar": ["المجلس البلدي زوارة", "بلدية زوارة", "المجلس البلدي"]}
LY_MOI_MINISTER = {"en": ["Interior Minister", "acting Interior Minister", "Libyan Interior Ministry"],
                   "ar": ["وزير الداخلية المكلّف", "وزير الداخلية", "وزارة الداخلية"]}
TN_AUTHORITIES = {"en": ["Tunisian authorities", "Tunisia", "Tunisian Interior Ministry", "Tunisian side"],
                  "ar": ["السلطات التونسية", "تونس", "وزارة الداخلية التونسية", "الجانب التونسي"]}
TRAVELLERS = {"en": ["travellers", "passengers", "goods traffic", "trucks", "travellers and goods"],
              "ar": ["حركة المسافرين والبضائع", "المسافرين", "الشاحنات"]}
AMAZIGH_COUNCIL = {"en": ["Amazigh Supreme Council", "Supreme Amazigh Council of Libya",
                          "High Council of Libyan Amazigh", "Libyan Amazigh Supreme Council"],
                   "ar": ["المجلس الأعلى لأمازيغ ليبيا", "المجلس الأعلى للأمازيغ", "أمازيغ ليبيا"]}
LY_PC = {"en": ["Presidential Council", "Libyan Presidential Council", "head of the Presidential Council"],
         "ar": ["المجلس الرئاسي", "رئيس المجلس الرئاسي", "المكتب الإعلامي للمجلس الرئاسي"]}
ZUWARA_DELEGATION = {"en": ["Zuwara elders", "delegation of Zuwara notables and elders", "Zuwara notables",
                            "MPs of the western region"],
                     "ar": ["وفد من أعيان وحكماء زوارة", "أعيان وحكماء زوارة", "نواب عن المنطقة الغربية"]}
LY_AGREE_SIDES = merge(LY_PC, ZUWARA_DELEGATION, BOTH_SIDES)
LY_MOI_CONVOY = merge(LY_MOI, {"en": ["convoy of thirty armed vehicles", "Interior Ministry convoy"],
                               "ar": ["رتلاً يضم نحو ثلاثين آلية مسلحة", "ثلاثين آلية مسلحة"]})
ZUWARA_OPS_ROOM = {"en": ["Zuwara Military Operations Room", "Zuwara operations room", "Zuwara armed groups"],
                   "ar": ["غرفة العمليات العسكرية بزوارة", "غرفة العمليات العسكرية"]}
ZUWARA_COMMANDER = {"en": ["Zuwara military commander", "military commander from Zuwara", "commander"],
                    "ar": ["قيادي عسكري من زوارة", "قيادي عسكري"]}
ZUWARA_YOUTHS = merge({"en": ["young men of Zuwara", "Zuwara youths", "Zuwara residents", "protesters"],
                       "ar": ["شبان من زوارة", "أهالي زوارة", "المحتجين"]}, CIVILIANS)
TN_DELEGATION = {"en": ["Tunisian security delegation", "Tunisian delegation", "Tunisia"],
                 "ar": ["وفد أمني تونسي", "تونس", "الجانب التونسي"]}
LY_SIDE = {"en": ["Libyan side", "Libyan authorities", "Government of National Unity", "Libya"],
           "ar": ["الجانب الليبي", "حكومة الوحدة الوطنية", "ليبيا"]}
CUSTOMS_EMPLOYEE = {"en": ["customs employee", "customs officer", "employee of the Customs Authority"],
                    "ar": ["موظفاً في مصلحة الجمارك بالمنفذ", "موظفاً في مصلحة الجمارك", "مصلحة الجمارك"]}

# ================================================================ 070: south Lebanon (Lebanese independent site)
ISRAEL_AIR = {"en": ["Israeli air force", "Israeli army", "Israel Defense Forces", "IDF", "Israeli warplane",
                     "Israel"],
              "ar": ["طائرة حربية إسرائيلية", "الجيش الإسرائيلي", "الطيران الإسرائيلي", "إسرائيل"]}
HEZBOLLAH = {"en": ["Hezbollah", "Hizbollah", "Hizballah", "Hezbollah fighters", "Islamic Resistance"],
             "ar": ["حزب الله", "مقاتلي الحزب", "الحزب", "مقاتليه"]}
AITA_FAMILY = merge({"en": ["a man and his son", "family", "house", "two civilians", "Hezbollah building"],
                     "ar": ["رجل وابنه", "زوجته", "منزلهم", "العائلة", "الضحيتين مدنيان", "مدنيان",
                            "مبنى عسكري يستخدمه عناصر حزب الله"]}, CIVILIANS, HEZBOLLAH)
IDF_POST = {"en": ["Israeli army", "Jal al-Alam position", "Israeli military position", "IDF"],
            "ar": ["موقع جل العلام الإسرائيلي", "موقع جل العلام", "جل العلام", "الجيش الإسرائيلي"]}
ISRAEL_ARMY = {"en": ["Israeli army", "IDF", "Israeli artillery", "Israel"],
               "ar": ["الجيش الإسرائيلي", "المدفعية الإسرائيلية", "قصف مدفعي إسرائيلي", "إسرائيل"]}
WEST_VILLAGERS = merge({"en": ["villages", "woodland and farmland", "border villages"],
                        "ar": ["أطراف بلدات رامية ويارين والضهيرة", "أحراجاً وأراضي زراعية",
                               "قرى القطاع الغربي"]}, CIVILIANS)
UNIFIL = {"en": ["UNIFIL", "United Nations Interim Force in Lebanon", "UN peacekeepers"],
          "ar": ["قوات الأمم المتحدة المؤقتة في لبنان", "اليونيفيل"]}
LB_SIDES = merge({"en": ["Israel", "Hezbollah", "Israel and Hezbollah"], "ar": ["إسرائيل", "حزب الله"]},
                 BOTH_SIDES)
QANA_MP = {"en": ["MP of the area", "member of parliament", "Lebanese MP", "deputy"],
           "ar": ["نائب المنطقة", "النائب"]}
QANA_1996_VICTIMS = merge({"en": ["Fijian battalion compound", "UNIFIL", "displaced civilians"],
                           "ar": ["مقر الكتيبة الفيجية", "مئات المدنيين", "أكثر من مئة"]}, CIVILIANS)
INTL_COMMUNITY = {"en": ["international community", "the international community"],
                  "ar": ["المجتمع الدولي"]}
IDF_CHIEF = {"en": ["Israeli Chief of Staff", "Israeli army chief of staff", "IDF chief of staff", "Israeli army",
                    "Israel"],
             "ar": ["رئيس أركان الجيش الإسرائيلي", "الجيش الإسرائيلي", "إسرائيل"]}
HEZBOLLAH_LB = merge(HEZBOLLAH, {"en": ["Lebanon"], "ar": ["لبنان"]})
ISRAELI_FORCE = {"en": ["Israeli force", "Israeli army", "IDF", "Israel"],
                 "ar": ["قوة إسرائيلية", "الجيش الإسرائيلي", "إسرائيل"]}
SHEPHERD = {"en": ["shepherd", "a shepherd", "herder"], "ar": ["راعياً", "الراعي", "راع"]}
WFP_DRU = {"en": ["World Food Programme", "WFP", "Disaster Risk Management Unit", "Tyre Union of Municipalities"],
           "ar": ["برنامج الأغذية العالمي", "وحدة إدارة الكوارث في اتحاد بلديات صور", "وحدة إدارة الكوارث",
                  "اتحاد بلديات صور"]}
TYRE_DISPLACED = {"en": ["300 displaced families", "displaced families", "displaced people", "IDPs"],
                  "ar": ["نحو 300 عائلة نازحة من القرى الحدودية", "عائلة نازحة", "العائلات النازحة", "النازحين"]}
WEST_MAYORS = {"en": ["mayors of the western sector", "mayors", "heads of municipalities", "border municipalities"],
               "ar": ["رؤساء بلديات في القطاع الغربي", "رؤساء بلديات", "رؤساء البلديات"]}
LB_GOV = {"en": ["caretaker government", "Lebanese government", "Lebanese caretaker government", "Lebanon"],
          "ar": ["حكومة تصريف الأعمال", "الحكومة اللبنانية"]}
ISRAELI_DRONE = {"en": ["Israeli drone", "Israeli army", "Israel", "IDF"],
                 "ar": ["مسيّرة إسرائيلية", "الجيش الإسرائيلي", "إسرائيل"]}
NAQOURA_CAR = merge({"en": ["car", "three people", "Radwan Force commander", "Hezbollah"],
                     "ar": ["سيارة", "3 أشخاص", "قيادياً في قوة الرضوان", "قوة الرضوان"]}, HEZBOLLAH, CIVILIANS)

# ================================================================ places
# 066 (Kirkuk Governorate; GeoNames: Kirkuk, Al Hawijah, Ar Riyad, Daquq)
KIRKUK_GOV = {"accept": ["كركوك", "محافظة كركوك", "جنوبي محافظة كركوك", "Kirkuk", "Kirkuk Governorate",
                         "Kirkuk province"]}
WADI_SHAY = place({"accept": ["وادي الشاي", "منطقة وادي الشاي", "Wadi al-Shay", "Wadi al-Shai", "Wadi Shay",
                              "قاطع عمليات كركوك"]}, KIRKUK_GOV)
WADI_SHAY_HAMRIN = place(WADI_SHAY, {"accept": ["تلال حمرين", "حمرين", "Hamrin", "Hamrin hills",
                                                "Hamrin mountains"]})
HAWIJA = place({"accept": ["الحويجة", "قضاء الحويجة", "مركز قضاء الحويجة", "موقع الساحة", "Hawija", "Al Hawijah",
                           "Al-Hawija", "Huwayjah"]}, KIRKUK_GOV)
RIYADH_HAWIJA = place({"accept": ["ناحية الرياض", "Ar Riyad", "al-Riyadh subdistrict", "Riyadh (Hawija)"]}, HAWIJA)
KIRKUK_CITY = {"accept": ["مدينة كركوك", "كركوك", "Kirkuk", "Kirkuk city"]}
DAQUQ = place({"accept": ["داقوق", "قضاء داقوق", "قرب قضاء داقوق", "Daquq", "Dakuk", "Daqouq"]}, KIRKUK_GOV)

# 067 (Abyan Governorate: Mudiyah, al-Mahfad, Zinjibar, Khanfar (Jaar), Lawdar districts)
ABYAN_GOV = {"accept": ["أبين", "محافظة أبين", "Abyan", "Abyan Governorate"]}
MUDIYAH = {"accept": ["مودية", "مديرية مودية", "Mudiyah", "Mudia", "Mudiyah District"]}
OMRAN = place({"accept": ["وادي عومران", "عومران", "الشعاب الشرقية لوادي عومران", "Wadi Omran", "Wadi Amran",
                          "Omran valley"]}, MUDIYAH, ABYAN_GOV)
MAHFAD = place({"accept": ["المحفد", "مديرية المحفد", "al-Mahfad", "Mahfad", "Al Mahfad District"]}, ABYAN_GOV)
ZINJIBAR = place({"accept": ["زنجبار", "مدينة زنجبار", "مبنى السلطة المحلية", "Zinjibar", "Zinjibar District"]},
                 ABYAN_GOV)
JAAR = place({"accept": ["جعار", "مدينة جعار", "Jaar", "Ja'ar", "Khanfar", "مديرية خنفر"]}, ABYAN_GOV)
ZINJIBAR_JAAR = place(ZINJIBAR, JAAR)
LAWDAR = place({"accept": ["لودر", "مدينة لودر", "المدخل الشرقي لمدينة لودر", "Lawdar", "Loder", "Lawdar District"]},
               ABYAN_GOV)

# 068 (Gezira State; Sennar State)
GEZIRA = {"accept": ["الجزيرة", "ولاية الجزيرة", "Gezira", "Al Jazirah", "Gezira State", "Al Jazeera State"]}
RUFAA = place({"accept": ["رفاعة", "مدينة رفاعة", "شرقي مدينة رفاعة", "قرية صغيرة شرقي مدينة رفاعة", "Rufaa",
                          "Rufa'a", "Rufa'ah", "East Gezira", "شرق الجزيرة"]}, GEZIRA)
WAD_MADANI = place({"accept": ["ود مدني", "مدينة ود مدني", "السوق الكبير", "Wad Madani", "Wad Medani",
                               "Madani"]}, GEZIRA)
HASAHEISA = place({"accept": ["الحصاحيصا", "مدينة الحصاحيصا", "Al Hasaheisa", "Hasahisa", "El Hasaheisa"]}, GEZIRA)
SENNAR = {"accept": ["سنار", "مدينة سنار", "ولاية سنار", "Sennar", "Sinnar", "Sennar State"]}
HAJ_ABDALLA = place({"accept": ["الحاج عبد الله", "منطقة الحاج عبد الله", "جنوبي ود مدني", "Al Hajj Abdallah",
                                "Haj Abdalla", "Hajj Abdullah"]}, GEZIRA)

# 069 (the Libyan north-west: Zuwara and Nuqat al-Khams; Tripoli; the Tunisian side of Ras Ajdir)
ZUWARA = {"accept": ["زوارة", "مدينة زوارة", "البوابة الشرقية للمدينة", "ميدان الشهداء", "Zuwara", "Zuwarah",
                     "Zuara"]}
RAS_AJDIR = place({"accept": ["رأس اجدير", "منفذ رأس اجدير البري", "منفذ رأس اجدير", "رأس جدير", "معبر رأس جدير",
                              "Ras Ajdir", "Ras Jedir", "Ras Ejdir", "Ras Ajdir border crossing"]}, ZUWARA)
RAS_JEDIR_TN = place(RAS_AJDIR, {"accept": ["بن قردان", "مدنين", "Ben Guerdane", "Medenine", "تونس", "Tunisia"]})
JMAIL = {"accept": ["الجميل", "مدينة الجميل", "Al Jumayl", "Jmail", "Al-Jmail", "al-Jumail", "النقاط الخمس",
                    "Nuqat al Khams"]}
TRIPOLI = {"accept": ["طرابلس", "Tripoli"]}
MITIGA = place({"accept": ["مطار معيتيقة الدولي", "مطار معيتيقة", "معيتيقة", "Mitiga", "Mitiga International Airport"]},
               TRIPOLI)
ZALTAN = {"accept": ["زلطن", "مدينة زلطن", "Zaltan", "Zelten", "Zultan", "النقاط الخمس", "Nuqat al Khams"]}

# 070 (Bint Jbeil, Tyre and Hasbaya districts, South Lebanon and Nabatieh governorates; northern Israel)
SOUTH_LB = {"accept": ["جنوب لبنان", "South Lebanon", "southern Lebanon"]}
AITA = place({"accept": ["عيتا الشعب", "بلدة عيتا الشعب", "Aita al-Shaab", "Aita ash Shaab", "Ayta ash Shab",
                         "Aita al-Shab", "قضاء بنت جبيل", "Bint Jbeil District", "Bent Jbail"]}, SOUTH_LB)
JAL_ALAM = {"accept": ["جل العلام", "موقع جل العلام", "Jal al-Alam", "الناقورة", "Naqoura", "En Naqoura",
                       "شمال إسرائيل", "northern Israel"]}
WEST_VILLAGES = place({"accept": ["رامية", "يارين", "الضهيرة", "أطراف بلدات رامية ويارين والضهيرة",
                                  "قرى القطاع الغربي", "القطاع الغربي", "Ramyeh", "Ramiyeh", "Yarin", "Dhayra",
                                  "al-Dhayra", "Dhaira", "قضاء صور", "Tyre District", "قضاء بنت جبيل",
                                  "Bint Jbeil District"]}, SOUTH_LB)
NAQOURA = place({"accept": ["الناقورة", "مقرها العام في الناقورة", "Naqoura", "En Naqoura"]}, SOUTH_LB)
QANA = place({"accept": ["قانا", "بلدة قانا", "Qana", "Qâna", "Cana", "قضاء صور", "Tyre District"]}, SOUTH_LB)
ISRAEL_NORTH = {"accept": ["الحدود الشمالية", "قرب الحدود الشمالية", "شمال إسرائيل", "northern Israel", "Israel",
                           "إسرائيل", "Israel-Lebanon border"]}
SHEBAA = place({"accept": ["شبعا", "بلدة شبعا", "أطراف بلدة شبعا", "Shebaa", "Chebaa", "Shabaa", "قضاء حاصبيا",
                           "Hasbaya District"]}, SOUTH_LB)
TYRE = place({"accept": ["صور", "مدينة صور", "مراكز الإيواء بمدينة صور", "Tyre", "Sour", "Sur"]}, SOUTH_LB)
NAQOURA_TYRE_ROAD = place({"accept": ["الطريق الساحلي بين الناقورة وصور", "الناقورة", "Naqoura", "Naqoura-Tyre road",
                                      "Tyre", "صور", "قضاء صور", "Tyre District"]}, SOUTH_LB)
