"""Accepted actor names and place names for the thirty-first team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not copied
from the earlier sets' lists (the style is the same as the template set ``../articles18/``: Arabic surface forms as
they occur in the articles, common variants, and English names). Towns were checked against the GeoNames lists in
../shared/data/geonames/ where those lists have them (Yabrud, Rankus, Qarah, An Nabk, Dayr Atiyah, Saydnaya, Arsal;
Tallbisah, Ar Rastan, Kafr Laha (al-Houla), Talldaww, Al Qabw, Homs; Darayya, Sahnaya; Afrin, Jindayris, Raju,
Bulbul, Al Mabatli, Nubl; Ar Raqqah, Ayn Isa). Flita, Muadamiyat al-Sham, the Rima farms, the Maydanki dam,
neighbourhoods, roundabouts and camps are absent from those lists and carry their usual spellings.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «المجلس», «الوفد», «اللجنة») are left out on purpose, with these
exceptions, each used only in an article where it names a single actor: «الحزب» (151, only ever Hezbollah), «الوفد»
and «أعضاء الوفد» (151, only ever the Rankous delegation), ««الجيش»» in quotation marks (151 ¶11, the loyalist pages'
word for the regime army), «اللجنة» (152, only ever the Homs reconciliation committee; 153, only ever the Muadamiya
committee), «اللواء» (153, only ever Liwa Shuhada al-Islam), «الوحدات» (154, only ever the YPG/YPJ), «التنظيم» and
«قسد» (155, only ever ISIS and the SDF), «المجلس» (155, only ever the Raqqa Civil Council).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ================================================================ actors: shared
CIVILIANS = {"en": ["civilians", "civilian", "residents", "locals", "people", "citizens"],
             "ar": ["مدنيين", "المدنيين", "مدنيون", "المواطنين", "مواطنين", "الأهالي", "السكان"]}

# ================================================================ 151: western Qalamoun, February 2014 (opposition network)
SY_REGIME_AIR = {"en": ["Syrian government", "Syrian regime", "Syrian Arab Air Force", "Syrian air force",
                        "regime helicopters", "Assad forces"],
                 "ar": ["قوات الأسد", "الطيران المروحي التابع لقوات الأسد", "الطيران المروحي", "مروحيتان",
                        "الطيران الحربي", "النظام"]}
YABROUD_CIVILIANS = merge({"en": ["four civilians", "a woman and her child", "Yabroud residents"],
                           "ar": ["أربعة مدنيين", "امرأة وطفلها", "الأحياء الشمالية من مدينة يبرود"]}, CIVILIANS)
FSA_QAL = {"en": ["Free Syrian Army", "FSA", "al-Nusra Front", "Jabhat al-Nusra", "opposition factions", "rebels",
                  "opposition fighters"],
           "ar": ["كتائب الجيش الحر", "الجيش الحر", "جبهة النصرة", "مقاتلي المعارضة", "أحد الألوية المشاركة"]}
REGIME_HEZB = {"en": ["Syrian government forces", "Assad forces", "Syrian army", "Hezbollah", "Hizbullah",
                      "Syrian regime"],
               "ar": ["قوات الأسد", "ميليشيا حزب الله اللبناني", "ميليشيا حزب الله", "حزب الله", "الحزب",
                      "قوات الأسد وحزب الله"]}
QAL_CLASH = merge(FSA_QAL, REGIME_HEZB)
SY_ARMY_151 = {"en": ["Syrian army", "Syrian Arab Army", "Syrian government forces", "Assad forces"],
               "ar": ["«الجيش السوري»", "الجيش السوري", "مصدر عسكري", "«الجيش»", "قوات الأسد"]}
YABROUD_FIGHTERS = merge({"en": ["Yabroud fighters", "gunmen in Yabroud", "armed men"],
                          "ar": ["المسلحين المتحصنين في يبرود", "المسلحين", "«المسلحين»"]}, FSA_QAL)
RANKOUS_DELEGATION = {"en": ["Rankous delegation", "delegation of Rankous notables", "Rankous notables"],
                      "ar": ["وفد من وجهاء البلدة", "وجهاء البلدة", "أعضاء الوفد", "الوفد", "وجهاء رنكوس",
                             "وفد من وجهاء رنكوس"]}
MIL_SEC = {"en": ["Syrian Military Security", "Military Security", "Military Security officers",
                  "Military Security branch", "Syrian regime"],
           "ar": ["ضباطاً من فرع الأمن العسكري", "فرع الأمن العسكري", "الأمن العسكري", "الضباط", "النظام"]}
RANKOUS_FACTIONS = {"en": ["Rankous Brigades Gathering", "Rankous factions", "Rankous rebels"],
                    "ar": ["تجمع ألوية رنكوس", "«تجمع ألوية رنكوس»"]}
REGIME_151 = {"en": ["Syrian regime", "Syrian government", "Assad regime"], "ar": ["النظام", "قوات الأسد"]}
FLITA_VICTIMS = merge({"en": ["displaced family", "seven people", "car carrying a displaced family"],
                       "ar": ["سيارة تقل عائلة نازحة من يبرود", "عائلة نازحة", "سبعة أشخاص"]}, CIVILIANS)
REGIME_AFI = {"en": ["Air Force Intelligence", "Syrian Air Force Intelligence", "Assad forces", "Syrian regime"],
              "ar": ["قوات الأسد", "حاجز المخابرات الجوية", "المخابرات الجوية"]}
YABROUD_YOUTHS = {"en": ["three young men", "students", "young men from Yabroud"],
                  "ar": ["ثلاثة شبان من أبناء يبرود", "ثلاثة شبان", "شبان"]}
YABROUD_PROTESTERS = merge({"en": ["Yabroud residents", "protesters", "demonstrators"],
                            "ar": ["العشرات من أهالي يبرود", "أهالي يبرود"]}, CIVILIANS)
SNC = {"en": ["Syrian National Coalition", "National Coalition", "Syrian opposition coalition",
              "Syrian Interim Government", "interim government"],
       "ar": ["الائتلاف الوطني السوري", "الائتلاف الوطني", "الائتلاف", "الحكومة المؤقتة"]}
QAL_RELIEF = {"en": ["Qalamoun Relief Union", "relief union"], "ar": ["اتحاد الإغاثة في القلمون", "اتحاد الإغاثة"]}
FLITA_IDPS = {"en": ["displaced families", "IDPs", "displaced families in the Flita farms"],
              "ar": ["العائلات النازحة في مزارع فليطة", "العائلات النازحة"]}
INTL_ORGS = {"en": ["international organisations", "international organizations", "NGOs in Arsal", "UN agencies"],
             "ar": ["المنظمات الدولية العاملة في عرسال", "المنظمات الدولية"]}
SY_TOWNS_RESIDENTS = merge({"en": ["Syrians", "protesters", "residents of Syrian towns"],
                            "ar": ["الأهالي في المدن والبلدات السورية"]}, CIVILIANS)
YABROUD_TANS = {"en": ["Yabroud Coordination Committee", "Yabroud coordination", "local coordination committee"],
                "ar": ["تنسيقية مدينة يبرود", "«تنسيقية مدينة يبرود»"]}

YABROUD = {"accept": ["يبرود", "مدينة يبرود", "الأحياء الشمالية من مدينة يبرود", "القلمون الغربي", "Yabroud",
                      "Yabrud", "Yabrūd"]}
RIMA = {"accept": ["مزارع ريما", "ريما", "أطراف يبرود الشرقية", "يبرود", "Rima farms", "Rima", "Yabroud", "Yabrud"]}
RIMA_QARA = place(RIMA, {"accept": ["قارة", "بلدة قارة", "Qara", "Qarah"]})
QARA = {"accept": ["قارة", "بلدة قارة", "الطريق الدولي دمشق – حمص", "Qara", "Qarah"]}
RANKOUS_SEDNAYA = {"accept": ["رنكوس", "بلدة رنكوس", "صيدنايا", "بلدة صيدنايا", "Rankous", "Rankus", "Ranqus",
                              "Sednaya", "Saydnaya", "Saidnaya"]}
RANKOUS = {"accept": ["رنكوس", "بلدة رنكوس", "Rankous", "Rankus", "Ranqus"]}
FLITA = {"accept": ["فليطة", "بلدة فليطة", "الطريق الترابي المؤدي إلى جرود عرسال", "Flita", "Fleeta", "Flitah"]}
NABK = {"accept": ["النبك", "مدينة النبك", "المدخل الجنوبي لمدينة النبك", "An Nabk", "Nabk", "al-Nabk"]}
YABROUD_SOUQ = place({"accept": ["السوق القديم"]}, YABROUD)
QAL_HIST = {"accept": ["قارة", "دير عطية", "النبك", "بلدات قارة ودير عطية والنبك", "القلمون", "Qara", "Qarah",
                       "Deir Atiyah", "Dayr Atiyah", "Nabk", "Qalamoun"]}
FLITA_FARMS = {"accept": ["مزارع فليطة", "فليطة", "Flita", "Flitah", "Flita farms"]}

# ================================================================ 152: northern Homs countryside, November 2013 (loyalist page)
HOULA_GUNMEN = {"en": ["armed opposition", "rebels", "opposition fighters", "armed groups", "terrorist groups",
                       "gunmen in al-Houla"],
                "ar": ["المجموعات الإرهابية المسلحة المتحصنة في منطقة الحولة", "المجموعات الإرهابية المسلحة",
                       "المجموعات الإرهابية", "الإرهابيين"]}
QABU_VICTIMS = merge({"en": ["two civilians", "an old man and his grandson", "al-Qabu residents"],
                      "ar": ["شهيدان من أبناء قرية القبو", "رجل مسنّ وحفيده", "شهيدان", "مواطنَين"]}, CIVILIANS)
SY_ARMY_152 = {"en": ["Syrian army", "Syrian Arab Army", "Syrian government forces", "Military Forces of Syria"],
               "ar": ["وحدات من جيشنا الباسل", "جيشنا الباسل", "الجيش العربي السوري", "مصدر عسكري",
                      "عناصر الحاجز"]}
HOULA_TARGETS = merge({"en": ["gunmen's positions", "militants' headquarters", "six people"],
                       "ar": ["تجمعات الإرهابيين ومقراتهم", "تجمعات الإرهابيين", "ستة أشخاص"]}, HOULA_GUNMEN)
RECON_COMMITTEE = {"en": ["National Reconciliation Committee", "Homs reconciliation committee",
                          "reconciliation committee"],
                   "ar": ["لجنة المصالحة الوطنية في محافظة حمص", "لجنة المصالحة الوطنية", "لجنة المصالحة",
                          "اللجنة", "عضو في اللجنة"]}
TALBISEH_37 = {"en": ["37 gunmen", "thirty-seven gunmen", "gunmen from Talbiseh", "rebels from Talbiseh"],
               "ar": ["سبعة وثلاثين مسلحاً من أبناء مدينة تلبيسة", "سبعة وثلاثين مسلحاً", "37 مسلحاً"]}
TALBISEH_NOTABLES = {"en": ["Talbiseh notables", "delegation of Talbiseh notables", "notables"],
                     "ar": ["وفداً من وجهاء تلبيسة", "وجهاء تلبيسة", "الوجهاء"]}
NUSRA = {"en": ["al-Nusra Front", "Jabhat al-Nusra", "Nusra Front", "hardline factions"],
         "ar": ["جبهة النصرة", "«جبهة النصرة» وكتائب متشددة أخرى", "كتائب متشددة"]}
REGIME_152 = {"en": ["Syrian regime", "Syrian government", "the state"], "ar": ["النظام", "مؤسسات الدولة"]}
TALBISEH_CONTACTS = merge({"en": ["anyone contacting the committee", "Talbiseh residents"],
                           "ar": ["كل من يتواصل مع لجنة المصالحة"]}, CIVILIANS)
KIDNAPPERS = {"en": ["armed group", "kidnappers", "gunmen", "rebels", "terrorist group"],
              "ar": ["مجموعة إرهابية مسلحة", "مجموعة إرهابية", "الخاطفين"]}
ELEC_WORKERS = merge({"en": ["four electricity workers", "electricity workers", "workers"],
                      "ar": ["أربعة عمال من ورشات الشركة العامة لكهرباء حمص", "أربعة عمال", "العمال"]}, CIVILIANS)
ELEC_COMPANY = {"en": ["General Company for Electricity of Homs", "Homs electricity company", "company management"],
                "ar": ["إدارة الشركة", "الشركة العامة لكهرباء حمص"]}
SIT_IN_152 = {"en": ["electricity workers", "relatives of the abducted", "company workers", "protesters"],
              "ar": ["العشرات من عمال الشركة وذوي المخطوفين", "عمال الشركة", "ذوي المخطوفين"]}
HOMS_GOV = {"en": ["Homs governorate", "Homs Governorate", "governorate", "authorities"],
            "ar": ["محافظة حمص", "الجهات المعنية", "مصدر في المحافظة"]}
TALBISEH_CHECKPOINT_FIGHT = merge({"en": ["checkpoint soldiers", "infiltrators", "armed group"],
                                   "ar": ["عناصر الحاجز", "مجموعة إرهابية", "أفرادها"]}, SY_ARMY_152)
CHECKPOINT_ATTACKERS = {"en": ["rebels", "opposition fighters", "armed groups"],
                        "ar": ["مجموعة إرهابية", "المجموعات المسلحة", "المسلحين"]}

QABU = {"accept": ["القبو", "قرية القبو", "al-Qabu", "Qabu", "Al Qabw"]}
HOULA = {"accept": ["الحولة", "منطقة الحولة", "تلدو", "كفرلاها", "بلدتي تلدو وكفرلاها", "al-Houla", "Houla",
                    "Taldou", "Talldaww", "Kafr Laha", "Kafr Lāhā"]}
HOMS_TALBISEH = {"accept": ["مدينة حمص", "حمص", "تلبيسة", "مدينة تلبيسة", "Homs", "Talbiseh", "Talbisah",
                            "Tallbisah"]}
HOMS = {"accept": ["مدينة حمص", "حمص", "Homs"]}
TALBISEH = {"accept": ["تلبيسة", "مدينة تلبيسة", "Talbiseh", "Talbisah", "Tallbisah"]}
RASTAN_DAM = {"accept": ["سد الرستن", "الرستن", "مدينة الرستن", "ar-Rastan", "Rastan", "Ar Rastan", "Rastan dam"]}
RASTAN = {"accept": ["الرستن", "مدينة الرستن", "ar-Rastan", "Rastan", "Ar Rastan"]}
TALBISEH_N = place({"accept": ["حاجز المدخل الشمالي لمدينة تلبيسة"]}, TALBISEH)

# ================================================================ 153: Daraya and Muadamiya, July 2016 (opposition site)
REGIME_HELI = {"en": ["Syrian regime", "Syrian government", "regime helicopters", "Syrian Arab Air Force",
                      "Syrian government forces"],
               "ar": ["مروحيات النظام", "النظام", "قوات النظام"]}
DARAYA_CIVILIANS = merge({"en": ["Daraya residents", "four children and a woman", "shelter"],
                          "ar": ["الأحياء الغربية والجنوبية من مدينة داريا", "أربعة أطفال وامرأة",
                                 "ملجأ يؤوي عدة عائلات"]}, CIVILIANS)
DARAYA_FACTIONS = {"en": ["Liwa Shuhada al-Islam", "Martyrs of Islam Brigade", "Ajnad al-Sham Islamic Union",
                          "Ajnad al-Sham", "Daraya rebels", "opposition factions", "rebels"],
                   "ar": ["لواء شهداء الإسلام", "«لواء شهداء الإسلام»", "الاتحاد الإسلامي لأجناد الشام",
                          "أجناد الشام", "اللواء", "الفصائل", "المكتب الإعلامي لـ«لواء شهداء الإسلام»"]}
FOURTH_DIV = {"en": ["Fourth Division", "4th Division", "4th Armoured Division", "Syrian army",
                     "Syrian government forces", "Syrian Arab Army"],
              "ar": ["الفرقة الرابعة", "عناصر الفرقة الرابعة والميليشيات الرديفة لها", "عناصر الفرقة",
                     "قوات النظام", "«الجيش العربي السوري»", "الجيش العربي السوري"]}
DARAYA_CLASH = merge(DARAYA_FACTIONS, FOURTH_DIV)
DARAYA_COUNCIL = {"en": ["Daraya Local Council", "Daraya local council", "local council of Daraya"],
                  "ar": ["المجلس المحلي لمدينة داريا", "المجلس المحلي", "المكتب الإعلامي للمجلس المحلي لمدينة داريا"]}
REGIME_153 = {"en": ["Syrian regime", "Syrian government", "Syrian government forces"],
              "ar": ["النظام", "قوات النظام"]}
UN = {"en": ["United Nations", "UN"], "ar": ["الأمم المتحدة"]}
SNIPER = {"en": ["regime sniper", "sniper", "Syrian government forces"], "ar": ["قناص من قوات النظام", "قناص",
                                                                               "قوات النظام"]}
DARAYA_MAN = merge({"en": ["a man in his fifties", "man"], "ar": ["رجل في الخمسينات من عمره"]}, CIVILIANS)
AF_INTEL = {"en": ["Air Force Intelligence", "Syrian Air Force Intelligence", "Air Force Intelligence checkpoint"],
            "ar": ["عناصر حاجز تابع للمخابرات الجوية", "حاجز تابع للمخابرات الجوية", "المخابرات الجوية",
                   "فرع المخابرات الجوية"]}
MUADAMIYA_YOUTHS = {"en": ["three young men", "young men from Muadamiya"],
                    "ar": ["ثلاثة شبان من أبناء المدينة", "ثلاثة شبان", "الشبان الثلاثة"]}
MUADAMIYA_PROTESTERS = merge({"en": ["Muadamiya residents", "protesters", "sit-in participants"],
                              "ar": ["العشرات من أهالي المعضمية", "أهالي المعضمية", "المعتصمين"]}, CIVILIANS)
MUADAMIYA_COMMITTEE = {"en": ["Muadamiya reconciliation committee", "reconciliation committee",
                              "committee member"],
                       "ar": ["لجنة المصالحة في المدينة", "لجنة المصالحة", "أحد أعضاء اللجنة", "اللجنة"]}
FACTION_REPS = merge({"en": ["faction representatives"], "ar": ["ممثلين عن الفصائل"]}, DARAYA_FACTIONS)
FOURTH_DIV_OFFICERS = merge({"en": ["Fourth Division officers"], "ar": ["ضباط من الفرقة الرابعة"]}, FOURTH_DIV)
DARAYA_FIGHTERS = merge({"en": ["fighters", "Daraya fighters"], "ar": ["المقاتلين"]}, DARAYA_FACTIONS)
DARAYA_FIGHTERS_CIVS = merge(DARAYA_FIGHTERS, CIVILIANS)
ACTIVISTS_153 = {"en": ["activists", "Daraya activists"], "ar": ["ناشطون من داخل المدينة", "ناشطون"]}
WHEAT_FIELDS = {"en": ["wheat fields", "crops", "harvest"], "ar": ["حقول القمح", "المحصول"]}
SARC_UN = {"en": ["Syrian Arab Red Crescent", "SARC", "Red Crescent", "United Nations", "UN"],
           "ar": ["الهلال الأحمر العربي السوري", "الهلال الأحمر", "الأمم المتحدة"]}
DARAYA_RESIDENTS = merge({"en": ["Daraya residents", "besieged residents"], "ar": ["أهالي داريا", "المحاصرين"]},
                         CIVILIANS)
MUADAMIYA_REGIME = merge({"en": ["Muadamiya", "Muadamiya residents"], "ar": ["معضمية الشام"]}, REGIME_153)

DARAYA = {"accept": ["داريا", "مدينة داريا", "الغوطة الغربية", "Daraya", "Darayya", "Dārayyā"]}
DARAYA_NW = {"accept": ["الجبهة الشمالية الغربية", "مطار المزة العسكري", "داريا", "Daraya", "Darayya",
                        "Mezzeh military airport"]}
DARAYA_SOUTH_SNIPER = {"accept": ["الأحياء الجنوبية للمدينة", "داريا", "مدينة داريا", "صحنايا", "Daraya",
                                  "Darayya", "Sahnaya"]}
MUADAMIYA = {"accept": ["معضمية الشام", "مدينة معضمية الشام", "المعضمية", "Muadamiyat al-Sham", "Moadamiyeh",
                        "Muadamiya", "al-Muadamiya"]}
MUADAMIYA_DARAYA = place(MUADAMIYA, DARAYA)
DARAYA_SOUTH = {"accept": ["الجهة الجنوبية من داريا", "داريا", "Daraya", "Darayya"]}

# ================================================================ 154: Afrin, February 2018 (agency close to the self-administration)
TR_ARMY = {"en": ["Turkish army", "Turkish Armed Forces", "Turkish military", "Turkish air force", "Turkey"],
           "ar": ["جيش الاحتلال التركي", "طيران جيش الاحتلال التركي", "مدفعية جيش الاحتلال التركي",
                  "الاحتلال التركي", "الجيش التركي", "الدولة التركية"]}
JINDIRES_VICTIMS = merge({"en": ["five civilians", "two displaced families", "house in Jindires"],
                          "ar": ["5 مدنيين", "عائلتان نازحتان", "منزلاً في الحي الشرقي من بلدة جنديرس",
                                 "العائلتين"]}, CIVILIANS)
YPG = {"en": ["People's Protection Units", "YPG", "Women's Protection Units", "YPJ", "Kurdish fighters"],
       "ar": ["وحدات حماية الشعب", "وحدات حماية المرأة", "الوحدات", "مقاتلي الوحدات"]}
TR_FACTIONS = {"en": ["Turkish-backed factions", "Turkish-backed rebels", "Syrian National Army", "Free Syrian Army",
                      "TFSA"],
               "ar": ["الفصائل المرتزقة الموالية له", "الفصائل المرتزقة", "المرتزقة", "الفصائل الموالية له"]}
RAJO_FIGHT = merge(YPG, TR_ARMY, TR_FACTIONS)
MAABATLI_VICTIMS = merge({"en": ["civilian homes", "a man and his wife"],
                          "ar": ["منازل المدنيين", "مواطن وزوجته"]}, CIVILIANS)
AFRIN_PROTESTERS = merge({"en": ["thousands of residents", "protesters", "demonstrators",
                                 "Movement for a Democratic Society", "TEV-DEM"],
                          "ar": ["آلاف المواطنين", "المشاركون", "منظموها", "حركة المجتمع الديمقراطي"]}, CIVILIANS)
UN_UNSC = {"en": ["United Nations", "UN", "UN Security Council", "Security Council"],
           "ar": ["الأمم المتحدة ومجلس الأمن الدولي", "الأمم المتحدة", "مجلس الأمن الدولي", "مجلس الأمن"]}
AFRIN_EXEC = {"en": ["Afrin Executive Council", "Executive Council of Afrin canton", "Afrin canton administration",
                     "Autonomous Administration"],
              "ar": ["المجلس التنفيذي في مقاطعة عفرين", "المجلس التنفيذي"]}
TURKEY = {"en": ["Turkey", "Turkish government", "Turkish state", "Turkish army"],
          "ar": ["الدولة التركية", "الحكومة التركية", "المتحدث باسم الحكومة التركية", "الجيش التركي"]}
WATER_STATION = {"en": ["water pumping station", "Maydanki water station", "water station"],
                 "ar": ["محطة ضخ المياه", "المحطة"]}
SULTAN_MURAD = {"en": ["Sultan Murad Division", "Sultan Murad Brigade", "Turkish-backed factions", "gunmen"],
                "ar": ["فرقة السلطان مراد", "مسلحين من «فرقة السلطان مراد»", "المسلحين"]}
BULBUL_CIVILIANS = merge({"en": ["four civilians", "villagers", "abducted civilians"],
                          "ar": ["أربعة مدنيين", "المخطوفين"]}, CIVILIANS)
PRO_DAMASCUS_FORCES = {"en": ["pro-government forces", "pro-Damascus forces", "Syrian government forces",
                              "popular forces"],
                       "ar": ["أي قوات تدخل عفرين", "قوات موالية لدمشق", "«قوات شعبية»", "قوات شعبية"]}
SELF_ADMIN = {"en": ["Autonomous Administration", "self-administration", "Kurdish-led administration",
                     "Afrin Executive Council"],
              "ar": ["الإدارة الذاتية", "المجلس التنفيذي"]}
SY_GOV = {"en": ["Syrian government", "Damascus", "Syrian regime"],
          "ar": ["الحكومة السورية", "دمشق", "الجيش السوري"]}
SELF_ADMIN_DAMASCUS = merge(SELF_ADMIN, SY_GOV, {"en": ["both sides"], "ar": ["الطرفين"]})
JAZIRA_RESIDENTS = {"en": ["residents of Jazira canton", "Jazira region", "convoy organisers"],
                    "ar": ["أهالي مقاطعة الجزيرة", "منظمي القافلة"]}
AFRIN_RESIDENTS = merge({"en": ["Afrin residents", "Afrin"], "ar": ["عفرين", "أهالي عفرين"]}, CIVILIANS)

JINDIRES = {"accept": ["جنديرس", "بلدة جنديرس", "ناحية جنديرس", "الحي الشرقي من بلدة جنديرس", "Jindires",
                       "Jindayris", "Jandairis"]}
RAJO = {"accept": ["راجو", "ناحية راجو", "بلدة راجو", "التلال المحيطة ببلدة راجو", "Rajo", "Raju", "Rājū"]}
MAABATLI = {"accept": ["المعبطلي", "ناحية المعبطلي", "الأطراف الشمالية لمدينة عفرين", "عفرين", "Maabatli",
                       "Ma'batli", "Al Mabatli", "Afrin"]}
AFRIN = {"accept": ["عفرين", "مدينة عفرين", "مركز مدينة عفرين", "مقاطعة عفرين", "Afrin", "'Afrin"]}
MAYDANKI = {"accept": ["سد ميدانكي", "ميدانكي", "محطة ضخ المياه قرب سد ميدانكي", "Maydanki", "Midanki",
                       "Maydanki dam", "Afrin"]}
BULBUL = {"accept": ["بلبل", "ناحية بلبل", "Bulbul"]}
ANKARA = {"accept": ["أنقرة", "Ankara"]}
NUBL_ZAHRAA = {"accept": ["نبل والزهراء", "نبل", "الزهراء", "ريف حلب الشمالي", "Nubl", "Zahraa", "al-Zahraa"]}

# ================================================================ 155: Raqqa city, August 2017 (activist network)
COALITION = {"en": ["US-led coalition", "international coalition", "Coalition", "Global Coalition",
                    "coalition aircraft", "CJTF-OIR"],
             "ar": ["طيران التحالف الدولي", "التحالف الدولي", "للتحالف"]}
BADU_VICTIMS = merge({"en": ["nine civilians", "two families", "residential building"],
                      "ar": ["تسعة مدنيين", "عائلتان", "بناء سكني من ثلاثة طوابق", "العائلتين"]}, CIVILIANS)
ISIS = {"en": ["Islamic State", "ISIS", "IS", "ISIL", "Daesh", "Hisba", "ISIS morality police"],
        "ar": ["تنظيم «الدولة الإسلامية»", "الدولة الإسلامية", "التنظيم", "عناصر من تنظيم «الدولة الإسلامية»",
               "عناصر التنظيم", "الحسبة", "دورية تابعة لـ«الحسبة»"]}
EXEC_VICTIM = merge({"en": ["young man", "a man in his twenties"], "ar": ["شاباً في العشرينات من عمره", "شاباً"]},
                    CIVILIANS)
HISBA_DETAINEES = merge({"en": ["five women and two children", "women"],
                         "ar": ["خمس نساء وطفلين", "خمس نساء"]}, CIVILIANS)
SDF = {"en": ["Syrian Democratic Forces", "SDF", "QSD"],
       "ar": ["قوات سوريا الديمقراطية", "«قسد»", "قسد", "مقاتلي قوات سوريا الديمقراطية"]}
RAQQA_FIGHT = merge(ISIS, SDF)
TRAPPED_CIVILIANS = merge({"en": ["trapped civilians"], "ar": ["المدنيين العالقين في المدينة", "المدنيين العالقين"]},
                          CIVILIANS)
MINE_VICTIMS = merge({"en": ["a woman and her two children", "fleeing family"], "ar": ["امرأة وطفلاها"]}, CIVILIANS)
TAJAMMU = {"en": ["Gathering of the Free Sons of Raqqa", "Free Sons of Raqqa Gathering", "Raqqa activists"],
           "ar": ["تجمع أبناء الرقة الأحرار", "«تجمع أبناء الرقة الأحرار»"]}
RCC = {"en": ["Raqqa Civil Council", "RCC", "civil council"], "ar": ["مجلس الرقة المدني", "المجلس"]}
RAQQA_NOTABLES = {"en": ["tribal notables", "Raqqa tribal elders", "notables of the Raqqa countryside tribes"],
                  "ar": ["وجهاء من عشائر ريف الرقة", "الوجهاء", "وجهاء"]}
BAYADER = {"en": ["Bayader al-Khair", "local NGO", "Bayader al-Khair organisation"],
           "ar": ["منظمة «بيادر الخير» المحلية", "بيادر الخير"]}
CAMP_NEWCOMERS = merge({"en": ["newly arrived families", "displaced families", "IDPs"],
                        "ar": ["العائلات التي وصلت حديثاً إلى المخيم", "العائلات"]}, CIVILIANS)
CAMP_YOUTHS = {"en": ["young men", "camp residents", "young men of the camp"], "ar": ["الشبان"]}
BADU_FAMILIES = merge({"en": ["the two families"], "ar": ["العائلتين"]}, CIVILIANS)

BADU = {"accept": ["حي البدو", "البدو", "الرقة", "مدينة الرقة", "al-Badu", "Raqqa", "Ar Raqqah"]}
NAIM = {"accept": ["دوار النعيم", "الرقة", "al-Naim roundabout", "Naim roundabout", "Raqqa", "Ar Raqqah"]}
OLD_BRIDGE = {"accept": ["الجسر القديم", "الرقة", "حي الرميلة", "Old Bridge", "Raqqa", "Ar Raqqah"]}
THAKANA = {"accept": ["حي الثكنة", "سور الرافقة", "الثكنة", "الرقة", "al-Thakanah", "Thakana", "Raqqa",
                      "Ar Raqqah"]}
MASHLAB = {"accept": ["حي المشلب", "المشلب", "الأطراف الشرقية للمدينة", "الرقة", "al-Mashlab", "Mashlab", "Raqqa",
                      "Ar Raqqah"]}
AIN_ISSA = {"accept": ["عين عيسى", "مخيم عين عيسى", "Ain Issa", "Ayn Isa", "'Ayn 'Isa"]}
RAQQA = {"accept": ["الرقة", "مدينة الرقة", "Raqqa", "Ar Raqqah", "Raqqah"]}
