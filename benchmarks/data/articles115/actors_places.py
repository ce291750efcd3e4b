"""Accepted actor names and place names for the hundred-and-fifteenth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries
and not copied from the earlier sets' lists (the style is the same: Arabic surface forms as they
occur in the articles, common variants, and English names). No gazetteer was opened: place names
carry their usual Arabic and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «الشرطة», «الحكومة», «الوزارة», «الجماعة») are left out on purpose,
with four exceptions, each used only in the article where it names a single actor:
- 571: «التنظيم» (only ever the Islamic State);
- 573: «الجماعة» (only ever the Houthis);
- 574: «الحكومة» (only ever the Iraqi government);
- 575: «التنظيم» (only ever the Islamic State's Sinai branch).
In meetings, joint work and agreements between two parties (CONSULT, AGREE, COOPERATE) both parties are
accepted in either role. One-sided attacks have their perpetrator as source (none where the text names
none and no one claims the act) and their victims as recipient; an attack on armed men has the attackers
as source and the men attacked as recipient, as in the model set; a claim or the other side's version
made in the event's own paragraphs keeps the party it blames among the accepted sources.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ============================================================ 571: al-Mayadin, al-Shoula, Kabajeb
# (Deir ez-Zor governorate, Syria), 2021
RUS_AIR = {"en": ["Russian Air Force", "Russian military", "Russia"],
           "ar": ["طائرات حربية روسية", "طائرات روسية"]}
ISIS_DEZ = {"en": ["Islamic State", "ISIS", "IS", "Daesh"],
            "ar": ["خلايا تنظيم «داعش»", "تنظيم «داعش»", "«داعش»", "التنظيم"]}
MAYADIN_GUNMEN = {"en": ["unidentified gunmen", "gunmen", "terrorist group"],
                  "ar": ["مسلحون يستقلون ثلاث دراجات نارية", "المسلحين", "«مجموعة إرهابية»"]}
TRUFFLE_GATHERERS = {"en": ["truffle gatherers", "civilians"],
                     "ar": ["جامعي الكمأة", "نحو عشرين رجلاً وفتى", "الجامعين"]}
MAYADIN_NOTABLES = {"en": ["council of notables of al-Mayadin", "al-Mayadin notables"],
                    "ar": ["مجلس وجهاء الميادين"]}
IRAN_MILITIAS = {"en": ["Iran-backed militias", "pro-Iranian militias"],
                 "ar": ["الميليشيات المدعومة من إيران"]}
RUSSIA = {"en": ["Russian forces", "Russian military", "Russia"], "ar": ["القوات الروسية"]}
THREATENED_GATHERERS = {"en": ["truffle gatherers", "civilians"],
                        "ar": ["كل من يدخل البادية لجمع الكمأة", "جامعي الكمأة"]}
DEZ_COMMITTEE = {"en": ["Deir ez-Zor security and military committee", "Deir ez-Zor governorate",
                        "Syrian government"],
                 "ar": ["اللجنة الأمنية والعسكرية في محافظة دير الزور", "اللجنة الأمنية والعسكرية"]}
TRUFFLE_TRADERS = {"en": ["truffle traders of al-Mayadin", "truffle traders", "traders"],
                   "ar": ["تجار الكمأة في سوق الميادين", "تجار سوق الميادين", "تجار الكمأة"]}
SHOULA_GATHERERS = {"en": ["four truffle gatherers from al-Shoula", "truffle gatherers"],
                    "ar": ["أربعة من جامعي الكمأة", "الأربعة"]}
SY_FORCES = {"en": ["Syrian government forces", "Syrian army", "Syrian government"], "ar": ["قوات النظام"]}
NDF = {"en": ["National Defence Forces", "NDF", "Syrian government"],
       "ar": ["عناصر من الدفاع الوطني", "الدفاع الوطني"]}
MAYADIN_RUSSIANS = {"en": ["notables of al-Mayadin", "Russian officers", "Russian forces"],
                    "ar": ["وفد من وجهاء الميادين", "وجهاء الميادين", "ضباطاً من القوات الروسية",
                           "القوات الروسية"]}
MAYADIN_CHARITY = {"en": ["local charity in al-Mayadin", "charity"],
                   "ar": ["جمعية خيرية محلية في الميادين", "جمعية خيرية محلية"]}
VICTIM_FAMILIES = {"en": ["families of the dead", "victims' families"],
                   "ar": ["كل عائلة من عائلات القتلى", "عائلات القتلى"]}
WOUNDED_FOUR = {"en": ["the four wounded"], "ar": ["الجرحى الأربعة"]}
GATHERERS_KILLED = {"en": ["truffle gatherers and herders", "civilians"],
                    "ar": ["أكثر من ستين من جامعي الكمأة والرعاة"]}
KABAJEB_GUNMEN = {"en": ["unidentified gunmen", "gunmen"], "ar": ["مسلحون مجهولون"]}
KABAJEB_VICTIMS = {"en": ["truffle gatherers", "civilians"],
                   "ar": ["سيارة تقلّ جامعي كمأة", "جامعي كمأة"]}

# ====================================================== places: 571
DEZ_GOV = {"accept": ["محافظة دير الزور", "دير الزور", "Deir ez-Zor", "Deir ez-Zor Governorate",
                      "Dayr az-Zawr"]}
SOUTH_BADIA = place({"accept": ["البادية الممتدة بين الميادين ومحطة الضخ الثانية", "بادية دير الزور",
                                "الميادين", "al-Mayadin", "Mayadin"]}, DEZ_GOV)
MAYADIN_DESERT = place({"accept": ["بادية الميادين", "الميادين", "al-Mayadin", "Mayadin",
                                   "Deir ez-Zor desert"]}, DEZ_GOV)
MAYADIN = place({"accept": ["مدينة الميادين", "الميادين", "al-Mayadin", "Mayadin"]}, DEZ_GOV)
EAST_COUNTRYSIDE = place({"accept": ["قرى الريف الشرقي", "الريف الشرقي", "ريف دير الزور الشرقي",
                                     "eastern Deir ez-Zor countryside"]}, DEZ_GOV)
SHOULA = place({"accept": ["بلدة الشولا", "الشولا", "al-Shoula", "Shoula", "al-Shula"]}, DEZ_GOV)
DEZ_AIRPORT = place({"accept": ["مطار دير الزور العسكري", "مطار دير الزور", "Deir ez-Zor airport",
                                "Deir ez-Zor military airport"]}, DEZ_GOV)
KABAJEB = place({"accept": ["قرب بلدة كباجب", "بلدة كباجب", "كباجب", "Kabajeb", "Kabajib"]}, DEZ_GOV)

# ============================================================ 572: Nahr Aisha, al-Midan, Kafr Sousa, Barzeh
# (Damascus, Syria), 2012
MIDAN_TRADERS = {"en": ["traders of al-Midan market", "shopkeepers", "traders"],
                 "ar": ["معظم تجار سوق الميدان", "تجار سوق الميدان"]}
SECURITY_SHABIHA = {"en": ["Syrian security forces", "pro-government gunmen", "shabiha", "Syrian government",
                           "armed terrorist group"],
                    "ar": ["عناصر من الأمن ومسلحون موالون بلباس مدني", "عناصر من الأمن",
                           "مسلحون موالون بلباس مدني", "«مجموعة إرهابية مسلحة»"]}
NIGHT_PROTESTERS = {"en": ["protesters", "demonstrators", "protesters of Nahr Aisha"],
                    "ar": ["مظاهرة ليلية", "المتظاهرين", "المتظاهرون"]}
MIDAN_LCC = {"en": ["al-Midan coordination committee", "local coordination committee", "activists"],
             "ar": ["تنسيقية حي الميدان", "التنسيقية"]}
SY_SECURITY = {"en": ["Syrian security services", "Syrian security agencies", "Syrian government"],
               "ar": ["الأجهزة الأمنية"]}
UNSMIS = {"en": ["UN Supervision Mission in Syria", "UNSMIS", "UN observers", "international observers"],
          "ar": ["بعثة المراقبين الدوليين «أنسميس»", "بعثة المراقبين الدوليين", "«أنسميس»",
                 "المراقبون الدوليون"]}
FSA_BATTALION = {"en": ["Free Syrian Army battalion", "Free Syrian Army", "FSA", "rebels"],
                 "ar": ["كتيبة تقول إنها تابعة لـ«الجيش السوري الحر»", "«الجيش السوري الحر»"]}
MIDAN_CHECKPOINTS = {"en": ["security checkpoints", "Syrian security forces", "Syrian government"],
                     "ar": ["الحواجز الأمنية في محيط الميدان", "الحواجز الأمنية"]}
AIR_INTEL = {"en": ["Air Force Intelligence", "Syrian Air Force Intelligence", "Syrian security forces",
                    "Syrian government"],
             "ar": ["قوات الأمن", "عناصر المخابرات الجوية", "المخابرات الجوية"]}
KAFRSOUSA_YOUTH = {"en": ["young men of Kafr Sousa", "protesters", "civilians"],
                   "ar": ["خمسة عشر شاباً", "مشاركين في المظاهرات"]}
STUDENTS_SEVEN = {"en": ["Damascus University students", "students"],
                  "ar": ["سبعة طلاب من جامعة دمشق", "سبعة طلاب"]}
UNIV_ADMIN = {"en": ["Damascus University administration", "Damascus University"],
              "ar": ["إدارة جامعة دمشق"]}
EXPELLED_STUDENTS = {"en": ["civil engineering students", "students"],
                     "ar": ["اثني عشر طالباً من كلية الهندسة المدنية", "اثني عشر طالباً"]}
MIDAN_NOTABLES_GOV = {"en": ["notables of al-Midan", "governor of Damascus", "Damascus governorate"],
                      "ar": ["وفد من وجهاء الميدان", "وجهاء الميدان", "محافظ دمشق", "المحافظ"]}
SHOP_OWNERS = {"en": ["shop owners", "traders"], "ar": ["أصحاب المحال"]}
MIDAN_YOUTH = {"en": ["young men of al-Midan", "civilians"], "ar": ["شبان الحي"]}
DEMO_DEAD = {"en": ["protesters", "civilians"], "ar": ["أكثر من ستين من أبناء أحياء دمشق الجنوبية"]}
BARZEH_CHECKPOINT = {"en": ["security checkpoint", "Syrian security forces", "Syrian government"],
                     "ar": ["عناصر حاجز أمني", "حاجز أمني"]}
BARZEH_YOUTH = {"en": ["a young man", "civilian"], "ar": ["شاب"]}

# ====================================================== places: 572
DAMASCUS = {"accept": ["دمشق", "Damascus", "Damascus Governorate"]}
MIDAN = place({"accept": ["سوق الميدان", "حي الميدان", "الميدان", "al-Midan", "Midan"]}, DAMASCUS)
NAHR_AISHA = place({"accept": ["حي نهر عيشة", "نهر عيشة", "Nahr Aisha", "Nahr Eisha"]}, DAMASCUS)
KAFR_SOUSA = place({"accept": ["حي كفرسوسة", "كفرسوسة", "Kafr Sousa", "Kafr Souseh", "Kafarsouseh"]},
                   DAMASCUS)
DAM_UNIV = place({"accept": ["جامعة دمشق", "المدينة الجامعية", "Damascus University"]}, DAMASCUS)
DAM_GOV_BUILDING = place({"accept": ["مبنى المحافظة", "مبنى محافظة دمشق"]}, DAMASCUS)
BARZEH = place({"accept": ["مدخل حي برزة", "حي برزة", "برزة", "Barzeh", "Barza"]}, DAMASCUS)

# ============================================================ 573: Qataba, al-Dhale, Damt, Murais
# (al-Dhale governorate, Yemen), 2019
HOUTHIS = {"en": ["Houthis", "Ansar Allah", "Houthi movement", "Houthi forces"],
           "ar": ["جماعة الحوثي", "الحوثيين", "الجماعة", "«مدفعية الجيش واللجان الشعبية»"]}
QATABA_VICTIMS = {"en": ["civilians", "qat sellers", "market-goers"],
                  "ar": ["خمسة أشخاص، بينهم بائعا قات", "خمسة أشخاص", "القتلى الخمسة"]}
DHALE_SELLERS = {"en": ["qat sellers of al-Dhale", "qat sellers"],
                 "ar": ["باعة القات في مدينة الضالع", "باعة القات"]}
QAT_UNION = {"en": ["al-Dhale qat sellers' union", "qat sellers' union"],
             "ar": ["نقابة باعة القات في محافظة الضالع", "نقابة باعة القات"]}
UN_ENVOY = {"en": ["UN special envoy for Yemen", "United Nations"], "ar": ["المبعوث الأممي"]}
HOUTHI_SUPERVISOR = {"en": ["Houthi supervisor in Damt", "Houthis"],
                     "ar": ["مشرف حوثي في مديرية دمت", "مشرف حوثي"]}
QAT_TRUCKERS = {"en": ["qat truck drivers", "qat traders"], "ar": ["سائقو شاحنات", "أصحابها"]}
SECURITY_BELT = {"en": ["Security Belt forces", "Security Belt", "Southern forces"],
                 "ar": ["نقطة تابعة للحزام الأمني", "الحزام الأمني"]}
QAT_TRUCKS = {"en": ["qat truck drivers", "qat traders"],
              "ar": ["ست شاحنات محملة بالقات", "الشاحنات الست", "سائقيها"]}
HOUTHIS_REINF = {"en": ["Houthis", "Ansar Allah", "Houthi forces"], "ar": ["الحوثيين", "الجماعة"]}
QATABA_AUTHORITY = {"en": ["local authority of Qataba", "Yemeni government"],
                    "ar": ["السلطة المحلية في قعطبة"]}
STALL_OWNERS = {"en": ["owners of market stalls", "qat sellers"], "ar": ["أصحاب البسطات"]}
GOVERNOR_SELLERS = {"en": ["governor of al-Dhale", "qat sellers' union"],
                    "ar": ["محافظ الضالع", "وفداً من نقابة باعة القات", "نقابة باعة القات"]}
SOUTHERN_FORCES = {"en": ["Southern forces", "Southern Transitional Council forces"],
                   "ar": ["القوات الجنوبية"]}
SELLERS_KILLED = {"en": ["qat sellers", "civilians"], "ar": ["أحد عشر بائعاً"]}
HOUTHI_SNIPER = {"en": ["Houthi sniper", "Houthis"], "ar": ["قناص حوثي"]}
TRUCK_DRIVER = {"en": ["qat truck driver", "civilian"], "ar": ["سائق شاحنة قات"]}

# ====================================================== places: 573
DHALE_GOV = {"accept": ["محافظة الضالع", "الضالع", "al-Dhale", "Dhale", "Ad Dali"]}
QATABA = place({"accept": ["سوق القات وسط مدينة قعطبة", "مدينة قعطبة", "قعطبة", "Qataba", "Qa'tabah"]},
               DHALE_GOV)
DHALE_CITY = place({"accept": ["مدينة الضالع", "الضالع", "al-Dhale", "Dhale"]}, DHALE_GOV)
DAMT = place({"accept": ["مديرية دمت", "دمت", "Damt"]}, DHALE_GOV)
DHALE_NORTH = place({"accept": ["المدخل الشمالي لمدينة الضالع", "مدينة الضالع", "الضالع", "al-Dhale"]},
                    DHALE_GOV)
MURAIS = place({"accept": ["جبهة مريس", "مريس", "Murais", "Muris"]}, DHALE_GOV)
QATABA_DAMT_ROAD = place({"accept": ["الطريق بين قعطبة ودمت", "قعطبة", "دمت", "Qataba", "Damt"]}, DHALE_GOV)
DAMT_ROAD = place({"accept": ["قرب مدينة دمت", "مدينة دمت", "دمت", "Damt"]}, DHALE_GOV)

# ============================================================ 574: Sinuni, Sinjar, Khanasor
# (Nineveh, Iraq), 2022
TURKEY_DRONE = {"en": ["Turkish Armed Forces", "Turkish military", "Turkey", "Turkish drone"],
                "ar": ["طائرة مسيّرة تركية", "وزارة الدفاع التركية", "قواتها"]}
YBS_THREE = {"en": ["Sinjar Resistance Units", "YBS", "YBŞ", "PKK"],
             "ar": ["ثلاثة من عناصر «وحدات مقاومة سنجار»", "«وحدات مقاومة سنجار»", "ثلاثة إرهابيين",
                    "القتلى الثلاثة"]}
IQ_MFA = {"en": ["Iraqi Ministry of Foreign Affairs", "Iraqi foreign ministry", "Iraqi government"],
          "ar": ["وزارة الخارجية العراقية", "وزارة الخارجية"]}
TURKEY = {"en": ["Turkey", "Turkish government"], "ar": ["أنقرة", "القائم بالأعمال التركي"]}
YBS = {"en": ["Sinjar Resistance Units", "YBS", "YBŞ"], "ar": ["«وحدات مقاومة سنجار»"]}
IQ_GOV = {"en": ["Iraqi government", "Baghdad"], "ar": ["الحكومة", "بغداد"]}
IQ_ARMY = {"en": ["Iraqi army", "Iraqi Army 20th Division", "Iraqi security forces"],
           "ar": ["الجيش العراقي", "الفرقة العشرين"]}
ARMY_POLICE = {"en": ["Iraqi army", "Sinjar local police", "Iraqi security forces"],
               "ar": ["قوة مشتركة من الجيش والشرطة المحلية في سنجار", "الشرطة المحلية في سنجار"]}
IOM = {"en": ["International Organization for Migration", "IOM"], "ar": ["المنظمة الدولية للهجرة"]}
RETURNEES = {"en": ["returnee families", "returnees"], "ar": ["نحو مئتي عائلة", "مئتي عائلة"]}
NSA_NOTABLES = {"en": ["Office of the National Security Adviser", "Iraqi National Security Advisory",
                       "notables of Sinjar"],
                "ar": ["وفد من مستشارية الأمن القومي", "مستشارية الأمن القومي", "وجهاء القضاء"]}
YAZIDI_COUNCIL = {"en": ["Yazidi Spiritual Council", "Yazidi Supreme Spiritual Council"],
                  "ar": ["المجلس الروحاني الإيزيدي"]}
SINJAR_ADMIN = {"en": ["Sinjar Autonomous Administration", "Sinjar self-administration"],
                "ar": ["الإدارة الذاتية في سنجار"]}
JOC = {"en": ["Joint Operations Command", "Iraqi army"], "ar": ["قيادة العمليات"]}
SINJAR_FORCES = {"en": ["armed groups", "Iraqi forces"], "ar": ["الجميع"]}
GENOCIDE_VICTIMS = {"en": ["Yazidis", "people of Sinjar"], "ar": ["أهل سنجار"]}
DRONE_GENERIC = {"en": ["Turkish military", "Turkey"], "ar": ["ضربة تركية"]}
KHANASOR_DRONE = {"en": ["drone", "Turkish military", "Turkey"], "ar": ["طائرة مسيّرة"]}
KHANASOR_VICTIMS = {"en": ["two people", "YBS members", "civilians"],
                    "ar": ["شخصين", "منزلاً في ناحية خانصور"]}
SINJAR_AGREEMENT_PARTIES = {"en": ["Iraqi federal government", "Kurdistan Regional Government", "Baghdad",
                                   "Erbil"],
                            "ar": ["بغداد وأربيل"]}

# ====================================================== places: 574
NINEVEH = {"accept": ["قضاء سنجار", "سنجار", "Sinjar", "Sinjar District", "نينوى", "Nineveh"]}
SINUNI = place({"accept": ["ناحية سنوني", "سنوني", "Sinuni", "Snune", "Sinune", "مجمّع دوكري", "Dugure"]},
               NINEVEH)
KHANASOR = place({"accept": ["ناحية خانصور", "خانصور", "Khanasor", "Khana Sor"]}, NINEVEH)
SINJAR = place({"accept": ["سنجار", "قضاء سنجار", "Sinjar"]}, NINEVEH)

# ============================================================ 575: al-Arish, al-Masaeed, Sheikh Zuweid,
# Bir al-Abd (North Sinai, Egypt), 2016
EG_GOV = {"en": ["Egyptian government", "Egyptian cabinet", "Egypt"], "ar": ["الحكومة المصرية"]}
SINAI_GUNMEN = {"en": ["gunmen", "Sinai Province", "Islamic State Sinai Province", "ISIS"],
                "ar": ["مسلحون", "المهاجمين", "«ولاية سيناء»", "مقاتليه"]}
MASAEED_POLICE = {"en": ["police checkpoint", "Egyptian police", "policemen"],
                  "ar": ["كميناً للشرطة", "أفراد الكمين", "الكمين", "الشرطيين الأربعة"]}
TRIBAL_UNION = {"en": ["Union of Sinai Tribes", "Sinai Tribes Union"], "ar": ["اتحاد قبائل سيناء"]}
TAKFIRIS = {"en": ["takfiri elements", "militants", "Islamic State Sinai Province"],
            "ar": ["«العناصر التكفيرية»", "العناصر التكفيرية"]}
SINAI_RESIDENTS = {"en": ["residents of Sinai", "residents"], "ar": ["الأهالي"]}
ISIS_SINAI = {"en": ["Islamic State Sinai Province", "Sinai Province", "ISIS"], "ar": ["التنظيم"]}
SUPPLIERS = {"en": ["traders who supply checkpoints", "traders"],
             "ar": ["كل من يبيع الطعام أو الوقود لعناصر الكمائن", "تجار"]}
EG_POLICE = {"en": ["Egyptian security forces", "Egyptian police", "Egyptian Ministry of Interior"],
             "ar": ["قوات الأمن", "وزارة الداخلية"]}
NINE_SUSPECTS = {"en": ["nine suspects", "suspects"], "ar": ["تسعة أشخاص"]}
EG_ARMY_UNIT = {"en": ["Egyptian army", "Egyptian armed forces"], "ar": ["قوة من الجيش"]}
SUPPLY_MINISTRY = {"en": ["Egyptian Ministry of Supply", "Ministry of Supply"], "ar": ["وزارة التموين"]}
ARISH_BAKERS = {"en": ["bakers of al-Arish", "residents of al-Arish"],
                "ar": ["أصحاب مخابز في المدينة", "أصحاب مخابز"]}
RAFAH_TRAVELLERS = {"en": ["travellers", "Gaza residents", "humanitarian cases"],
                    "ar": ["الحالات الإنسانية والطلاب وحملة الإقامات"]}
EG_ARMED_FORCES = {"en": ["Egyptian Armed Forces", "Egyptian army"], "ar": ["القوات المسلحة"]}
BIR_SHEIKHS = {"en": ["tribal sheikhs of Bir al-Abd", "tribal elders"],
               "ar": ["شيوخ قبائل في مدينة بئر العبد", "شيوخ قبائل"]}
SECOND_ARMY = {"en": ["Second Field Army", "Egyptian army"],
               "ar": ["قائد الجيش الثاني الميداني", "الجيش الثاني الميداني"]}
SHEIKHS_ARMY = merge(BIR_SHEIKHS, SECOND_ARMY)
POLICE_ARMY_DEAD = {"en": ["policemen and soldiers", "Egyptian security forces"],
                    "ar": ["أكثر من مئة من رجال الشرطة والجيش"]}
BIR_APC = {"en": ["Egyptian army", "soldiers"], "ar": ["مدرعة للجيش", "جنديين"]}

# ====================================================== places: 575
NORTH_SINAI = {"accept": ["شمال سيناء", "محافظة شمال سيناء", "North Sinai", "North Sinai Governorate"]}
ARISH = place({"accept": ["مدينة العريش", "العريش", "al-Arish", "Arish", "El Arish"]}, NORTH_SINAI)
CURFEW_AREA = place({"accept": ["مناطق واسعة من محافظة شمال سيناء", "العريش", "الشيخ زويد", "al-Arish",
                                "Sheikh Zuweid"]}, NORTH_SINAI)
MASAEED = place({"accept": ["مدخل حي المساعيد", "حي المساعيد", "المساعيد", "al-Masaeed", "Masaid",
                            "غرب العريش", "العريش", "al-Arish", "Arish"]}, NORTH_SINAI)
MASAEED_SAMRAN = place({"accept": ["حيي المساعيد والسمران", "المساعيد", "السمران", "al-Masaeed",
                                   "al-Samran"]}, ARISH)
SOUQ_KHAMIS = place({"accept": ["سوق الخميس"]}, ARISH)
SHEIKH_ZUWEID = place({"accept": ["قرب مدينة الشيخ زويد", "مدينة الشيخ زويد", "الشيخ زويد", "Sheikh Zuweid",
                                  "Sheikh Zuwayed"]}, NORTH_SINAI)
RAFAH_CROSSING = place({"accept": ["معبر رفح البري", "معبر رفح", "Rafah crossing", "Rafah border crossing",
                                   "Rafah"]}, NORTH_SINAI)
WEST_ARISH = place({"accept": ["الطريق الساحلي غرب العريش", "غرب العريش", "العريش", "al-Arish"]}, NORTH_SINAI)
BIR_ABD = place({"accept": ["مدينة بئر العبد", "بئر العبد", "Bir al-Abd", "Bir al Abd"]}, NORTH_SINAI)
BIR_ABD_ROAD = place({"accept": ["الطريق الدولي قرب مدينة بئر العبد", "قرب مدينة بئر العبد", "بئر العبد",
                                 "Bir al-Abd"]}, NORTH_SINAI)
