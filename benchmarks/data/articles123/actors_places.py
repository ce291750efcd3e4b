"""Accepted actor names and place names for the hundred-and-twenty-third team gold set (see README.md).

Written by hand by the annotator for this set only: nothing here comes from marsad's dictionaries or from the
lists of earlier sets, though the layout is theirs (Arabic surface forms exactly as the articles write them,
a few common variants, English names). Place names carry their usual Arabic and English spellings from
general knowledge; no gazetteer was opened.

The scorer normalises names and accepts a substring of three or more characters either way, so the bare short
forms («النظام», «اللجنة», «المجلس», «الحكومة», «القوة») are kept out of these lists on purpose.
Both parties of
a meeting, a joint act or a deal are accepted in either role. A one-sided attack has its perpetrator as source
(the party the text names; none when it names none) and its victims as recipient; a two-sided clash has both
sides as source and no recipient; when the other side's version is told in the event's own paragraphs, the
party it blames is kept among the accepted sources.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ============================================================ 611: the quarter of al-Waer in Homs,
# its seventh block, the roundabout at its western entrance, the northern entrance of the city, old
# Homs (Homs, Syria), 2017
OPPOSITION_FIGHTERS = {"en": ["opposition fighters", "rebels", "Syrian opposition factions",
                              "al-Waer fighters"],
                       "ar": ["أربعمئة مقاتل من فصائل المعارضة", "فصائل المعارضة"]}
RUSSIAN_MP = {"en": ["Russian military police", "Russian forces", "Russia"],
              "ar": ["عشرات من عناصر الشرطة العسكرية الروسية", "الشرطة العسكرية الروسية"]}
SARC = {"en": ["Syrian Arab Red Crescent", "SARC", "Red Crescent"],
        "ar": ["«الهلال الأحمر العربي السوري»", "الهلال الأحمر العربي السوري", "«الهلال الأحمر»",
               "الهلال الأحمر"]}
AIR_INTEL = {"en": ["Air Force Intelligence", "Syrian government checkpoint", "Syrian government forces"],
             "ar": ["عناصر حاجز تابع للمخابرات الجوية", "المخابرات الجوية"]}
TWO_PASSENGERS = {"en": ["two young men", "evacuees", "passengers"], "ar": ["شابين من ركابها"]}
HOMS_GOVERNORATE = {"en": ["Homs governorate", "Homs governor's office", "Syrian government"],
                    "ar": ["محافظة حمص"]}
STAYING_EMPLOYEES = {"en": ["government employees staying in al-Waer", "al-Waer residents"],
                     "ar": ["الموظفين الحكوميين الذين يختارون البقاء في الوعر", "الموظفين الحكوميين"]}
WAER_SHELLERS = {"en": ["pro-government militias", "Syrian government forces", "loyalist militias",
                        "terrorist groups", "rebels opposed to the deal"],
                 "ar": ["ميليشيات موالية للنظام", "«مجموعات إرهابية رافضة للاتفاق»",
                        "مجموعات إرهابية رافضة للاتفاق"]}
WAER_QUEUE = {"en": ["civilians", "residents queuing to register", "al-Waer residents"],
              "ar": ["أربعة مدنيين", "عشرات الرجال والنساء"]}
WAER_COMMITTEE = {"en": ["al-Waer negotiating committee", "negotiating committee of al-Waer",
                         "al-Waer residents' committee"],
                  "ar": ["لجنة التفاوض عن أهالي الوعر", "لجنة التفاوض"]}
RUSSIAN_GUARANTOR = {"en": ["Russia", "Russian guarantor", "Russian side"],
                     "ar": ["«الضامن الروسي»", "الضامن الروسي", "الجانب الروسي"]}
UN = {"en": ["United Nations", "UN"], "ar": ["الأمم المتحدة"]}
HOMS_SECURITY_COMMITTEE = {"en": ["Homs security committee", "Syrian government security officer",
                                  "Syrian government forces"],
                           "ar": ["ضابط في «اللجنة الأمنية» بحمص", "«اللجنة الأمنية» بحمص"]}
HOLDOUT_FIGHTERS = {"en": ["fighters rejecting the settlement", "opposition fighters", "rebels"],
                    "ar": ["المقاتلون الرافضون للتسوية"]}
HOMS_MEETING = merge(WAER_COMMITTEE, HOMS_SECURITY_COMMITTEE,
                     {"en": [], "ar": ["عضو في اللجنة"]})
OLD_HOMS_FIGHTERS = {"en": ["opposition fighters", "rebels", "fighters and civilians of old Homs"],
                     "ar": ["نحو ألفي مقاتل ومدني"]}
RUSSIAN_SIDE = {"en": ["Russia", "Russian side", "Russian officers"], "ar": ["الجانب الروسي"]}
THIRD_BATCH = {"en": ["third batch of evacuees", "al-Waer residents", "opposition fighters and families"],
               "ar": ["الدفعة الثالثة", "نحو ألفين ومئتي شخص"]}
COALITION = {"en": ["National Coalition for Syrian Revolutionary and Opposition Forces",
                    "Syrian National Coalition", "SNC", "Syrian opposition"],
             "ar": ["«الائتلاف الوطني لقوى الثورة والمعارضة»", "الائتلاف الوطني لقوى الثورة والمعارضة",
                    "الائتلاف الوطني"]}
UNSC = {"en": ["UN Security Council", "Security Council"], "ar": ["مجلس الأمن"]}
WAER_MEDICAL_OFFICE = {"en": ["al-Waer medical office"], "ar": ["المكتب الطبي"]}

# ====================================================== places: 611
HOMS_GOV = {"accept": ["محافظة حمص", "حمص", "Homs", "Homs Governorate"]}
HOMS_CITY = place({"accept": ["مدينة حمص", "حمص", "Homs city", "Homs"]}, HOMS_GOV)
WAER = place({"accept": ["حي الوعر", "الوعر", "al-Waer", "Waer", "al-Wa'r"]}, HOMS_CITY)
MUHANDISIN = place({"accept": ["دوار المهندسين", "المدخل الغربي للحي", "حي الوعر", "الوعر", "al-Waer"]},
                   HOMS_CITY)
HOMS_NORTH_ENTRANCE = place({"accept": ["المدخل الشمالي لمدينة حمص", "مدينة حمص", "حمص", "Homs"]}, HOMS_GOV)
SEVENTH_BLOCK = place({"accept": ["باحة مدرسة في الجزيرة السابعة", "الجزيرة السابعة", "حي الوعر", "الوعر",
                                  "al-Waer", "Waer"]}, HOMS_CITY)
OLD_HOMS = place({"accept": ["أحياء حمص القديمة", "حمص القديمة", "Old Homs", "old city of Homs"]},
                 HOMS_CITY)

# ============================================================ 612: the northern entrance of Sweida city, its
# Sir square, Shahba, al-Qrayya, the southern entrance of Damascus (Sweida, Syria), 2023
MILSEC_CHECKPOINT = {"en": ["Military Security", "Syrian Military Intelligence",
                            "Military Security checkpoint",
                            "Syrian government security forces"],
                     "ar": ["عناصر حاجز تابع لفرع الأمن العسكري", "فرع الأمن العسكري", "الأمن العسكري",
                            "عناصر الحاجز"]}
CONVOY_GUNMEN = {"en": ["gunmen in the convoy", "armed protesters"], "ar": ["مسلحون كانوا في الموكب"]}
SHOOTERS = merge(MILSEC_CHECKPOINT, CONVOY_GUNMEN)
CONVOY = {"en": ["protesters", "convoy of protesters", "young men from Shahba", "Sweida protesters"],
          "ar": ["موكب من نحو عشرين سيارة", "محتجين عائدين من ساحة السير", "شابان من مدينة شهبا"]}
SWEIDA_PROTESTERS = {"en": ["protesters", "Sweida protesters", "demonstrators"],
                     "ar": ["آلاف المحتجين", "المحتجين"]}
SWEIDA_EDUCATION = {"en": ["Sweida education directorate", "Syrian government", "Ministry of Education"],
                    "ar": ["مديرية التربية في السويداء", "مديرية التربية"]}
TEACHERS = {"en": ["seventeen teachers", "striking teachers", "teachers"],
            "ar": ["سبعة عشر معلماً", "المعلمين الذين أضربوا عن العمل"]}
MASHYAKHA = {"en": ["Druze spiritual leadership", "Mashyakhat al-Aql", "Sheikhs of the Intellect",
                    "Druze religious leadership"],
             "ar": ["«مشيخة العقل» في السويداء", "«مشيخة العقل»", "مشيخة العقل"]}
SWEIDA_SECURITY_COMMITTEE = {"en": ["Sweida security committee", "Syrian government", "government security "
                                    "committee"],
                             "ar": ["«اللجنة الأمنية» في المحافظة", "«اللجنة الأمنية»"]}
INCITERS = {"en": ["inciters", "protest organisers", "protesters"], "ar": ["«المحرّضين»", "المحرّضين"]}
MOVEMENT_BODY = {"en": ["General Body of the Peaceful Movement", "Sweida protest movement",
                        "protest movement"],
                 "ar": ["«الهيئة العامة للحراك السلمي»", "الهيئة العامة للحراك السلمي"]}
MILSEC_HEAD = {"en": ["head of the Military Security branch", "Military Security", "Syrian Military "
                      "Intelligence"],
               "ar": ["رئيس فرع الأمن العسكري", "فرع الأمن العسكري"]}
DAMASCUS_CHECKPOINT = {"en": ["intelligence checkpoint", "Syrian government security forces",
                              "Syrian intelligence"],
                       "ar": ["حاجز للمخابرات"]}
TWO_STUDENTS = {"en": ["two university students", "students from Shahba"],
                "ar": ["طالبين جامعيين من أبناء شهبا", "طالبين جامعيين"]}
COORDINATORS = {"en": ["protest coordinators", "Sweida protest movement", "protest movement coordinators"],
                "ar": ["منسقو الحراك"]}
SWEIDA_GOVERNOR = {"en": ["Sweida governor", "governor of Sweida", "Syrian government"],
                   "ar": ["محافظ السويداء"]}
SWEIDA_POLICE = {"en": ["Sweida police command", "Syrian police"], "ar": ["قيادة الشرطة", "ضباط الشرطة"]}
SHAHBA_MOURNERS = {"en": ["mourners", "people of Shahba"], "ar": ["المشيعون", "آلاف من أهالي شهبا"]}
QRAYYA_DRIVER = {"en": ["civilian driver", "civilians"], "ar": ["بسيارة مدنية", "سائقها"]}

# ====================================================== places: 612
SWEIDA_GOV = {"accept": ["محافظة السويداء", "السويداء", "Sweida", "Suwayda", "al-Suwayda", "As-Suwayda",
                         "Sweida Governorate"]}
SWEIDA_CITY = place({"accept": ["مدينة السويداء", "السويداء", "Sweida", "Suwayda", "al-Suwayda"]}, SWEIDA_GOV)
SWEIDA_NORTH_ENTRANCE = place({"accept": ["المدخل الشمالي لمدينة السويداء", "المدخل الشمالي للمدينة",
                                          "المدخل الشمالي", "مدينة السويداء", "السويداء", "Sweida",
                                          "Suwayda"]}, SWEIDA_GOV)
SIR_SQUARE = place({"accept": ["ساحة السير وسط المدينة", "ساحة السير", "Sir Square", "مدينة السويداء",
                               "السويداء", "Sweida"]}, SWEIDA_GOV)
SHAHBA = place({"accept": ["مدينة شهبا", "شهبا", "Shahba", "Shahbaa"]}, SWEIDA_GOV)
QRAYYA = place({"accept": ["قرب بلدة القريّا", "بلدة القريّا", "القريّا", "القريا", "al-Qrayya", "Qurayya",
                           "al-Qurayya"]}, SWEIDA_GOV)
DAMASCUS_SOUTH_ENTRANCE = {"accept": ["المدخل الجنوبي لدمشق", "دمشق", "Damascus"]}

# ============================================================ 613: Sinuni and its market, Khanasor, the road
# between Sinuni and Duhok, the Sinjar district (Nineveh, Iraq), and the camps of Sumel (Duhok), 2022
DUHOK_DISPLACEMENT = {"en": ["Duhok directorate of migration and displacement",
                             "Kurdistan Regional Government",
                             "KRG", "Duhok authorities"],
                      "ar": ["مديرية الهجرة والمهجرين في محافظة دهوك", "مديرية الهجرة والمهجرين"]}
YAZIDI_FAMILIES = {"en": ["displaced Yazidi families", "Yazidis", "families from Sinjar"],
                   "ar": ["أكثر من ستمئة عائلة إيزيدية", "عائلة إيزيدية"]}
IRAQI_ARMY = {"en": ["Iraqi army", "Iraqi Armed Forces", "Military Forces of Iraq", "20th Division"],
              "ar": ["الجيش العراقي", "قوة من الجيش", "قوة من الفرقة العشرين", "الجيش"]}
YBS = {"en": ["Sinjar Resistance Units", "YBS", "YBŞ", "PKK-affiliated fighters", "Kurdistan Workers' Party"],
       "ar": ["«وحدات مقاومة شنكال»", "وحدات مقاومة شنكال", "«اليبشة»", "مسلحي «اليبشة»",
              "مسلحين من «وحدات مقاومة شنكال»", "عناصر خارجة عن القانون"]}
SINUNI_SIDES = merge(IRAQI_ARMY, YBS)
BOTH_SIDES = merge({"en": ["both sides"], "ar": ["الطرفين"]}, SINUNI_SIDES)
YAZIDI_COUNCIL = {"en": ["Yazidi Spiritual Council", "Yazidi religious leadership"],
                  "ar": ["المجلس الروحاني الإيزيدي"]}
IRAQI_GOV = {"en": ["Iraqi federal government", "Iraqi government", "Baghdad"],
             "ar": ["الحكومة الاتحادية", "ممثلو الحكومة الاتحادية"]}
SINJAR_DEAL_SIDES = merge(IRAQI_GOV, {"en": ["Kurdistan Regional Government", "KRG"],
                                      "ar": ["حكومة الإقليم"]})
SINUNI_RESIDENTS = {"en": ["residents of Sinuni", "Yazidi residents"], "ar": ["أهالي سنوني"]}
COORDINATION_COMMITTEE = merge({"en": ["Baghdad-Erbil joint coordination committee"],
                                "ar": ["لجنة التنسيق المشتركة بين بغداد وأربيل", "لجنة التنسيق المشتركة"]},
                               IRAQI_GOV)
PESHMERGA_ARMY = merge({"en": ["Peshmerga", "Kurdish Peshmerga forces", "Kurdistan Regional Government"],
                        "ar": ["قوات البيشمركة", "البيشمركة"]}, IRAQI_ARMY)
KHANASOR_VICTIMS = {"en": ["YBS fighters", "Sinjar Resistance Units"], "ar": ["اثنين من مسلحي «اليبشة»"]}
MOD_DELEGATION = {"en": ["Ministry of Defence delegation", "Iraqi Ministry of Defence", "Iraqi government"],
                  "ar": ["وفد من وزارة الدفاع", "وزارة الدفاع"]}
KRG = {"en": ["Kurdistan Regional Government", "KRG", "Erbil"], "ar": ["حكومة إقليم كوردستان"]}
FEDERAL_MPS = {"en": ["members of the Iraqi parliament", "federal MPs"], "ar": ["نواب في البرلمان الاتحادي"]}
JOINT_OPERATIONS = {"en": ["Joint Operations Command", "Iraqi Joint Operations Command", "Iraqi army"],
                    "ar": ["قيادة العمليات المشتركة"]}

# ====================================================== places: 613
NINEVEH_GOV = {"accept": ["محافظة نينوى", "نينوى", "Nineveh", "Ninawa", "Nineveh Governorate"]}
SINJAR = place({"accept": ["قضاء شنكال", "شنكال", "سنجار", "Sinjar", "Shingal", "Shengal"]}, NINEVEH_GOV)
SINUNI = place({"accept": ["ناحية سنوني", "سنوني", "Sinuni", "Snune", "Sinune"]}, SINJAR)
SINUNI_MARKET = place({"accept": ["السوق الرئيسية لسنوني", "سنوني", "Sinuni", "Snune"]}, SINJAR)
SINUNI_DIRECTORATE = place({"accept": ["مبنى مديرية ناحية سنوني", "ناحية سنوني", "سنوني", "Sinuni"]}, SINJAR)
SINUNI_DUHOK_ROAD = place({"accept": ["الطريق بين سنوني ودهوك", "سنوني", "Sinuni", "دهوك", "Duhok"]}, SINJAR)
KHANASOR = place({"accept": ["قرب ناحية خانصور", "ناحية خانصور", "خانصور", "Khanasor", "Khanasur"]}, SINJAR)
DUHOK_GOV = {"accept": ["محافظة دهوك", "دهوك", "Duhok", "Dohuk", "Dahuk"]}
SUMEL = place({"accept": ["مخيمين في قضاء سميل", "قضاء سميل", "سميل", "Sumel", "Semel"]}, DUHOK_GOV)

# ============================================================ 614: the market of the Abu Shouk
# camp, the Zamzam
# camp, El Fasher, Mellit, al-Kuma, the road to Tawila, the Adre crossing (North Darfur, Sudan), 2024
RSF = {"en": ["Rapid Support Forces", "RSF", "Janjaweed"],
       "ar": ["«قوات الدعم السريع»", "قوات الدعم السريع", "«الدعم السريع»", "الدعم السريع"]}
SAF_JOINT = {"en": ["Sudanese Armed Forces", "SAF", "Sudanese army", "Joint Force of the armed movements"],
             "ar": ["للجيش و«القوة المشتركة»", "«القوة المشتركة»"]}
ABU_SHOUK_SHELLERS = merge(RSF, SAF_JOINT)
ABU_SHOUK_VICTIMS = {"en": ["displaced people", "IDPs", "civilians in Abu Shouk camp"],
                     "ar": ["سبعة أشخاص بينهم ثلاثة أطفال", "سبعة أشخاص"]}
RSF_MEN = merge({"en": [], "ar": ["عناصر من «الدعم السريع»"]}, RSF)
WFP = {"en": ["World Food Programme", "WFP", "UN World Food Programme"],
       "ar": ["«برنامج الأغذية العالمي»", "برنامج الأغذية العالمي"]}
MOTORBIKE_GUNMEN = {"en": ["gunmen on motorbikes", "unidentified gunmen", "armed men"],
                    "ar": ["مسلحون يستقلون دراجات نارية"]}
TAWILA_ABDUCTEES = {"en": ["four displaced young men", "displaced people", "civilians"],
                    "ar": ["أربعة شبان من ركابها", "شاحنة تقلّ نازحين"]}
FASHER_RC = {"en": ["El Fasher Resistance Committees", "Resistance Committees Coordination of El Fasher",
                    "resistance committees"],
             "ar": ["«تنسيقية لجان المقاومة بالفاشر»", "تنسيقية لجان المقاومة بالفاشر",
                    "تنسيقية لجان المقاومة"]}
RSF_LEADERSHIP = merge({"en": ["RSF leadership"], "ar": ["قيادة «الدعم السريع»"]}, RSF)
UNSC_SD = {"en": ["UN Security Council", "Security Council", "United Nations"], "ar": ["مجلس الأمن الدولي"]}
RSF_COMMANDER = merge({"en": ["RSF field commander"], "ar": ["قائد ميداني في «الدعم السريع»"]}, RSF)
JOINT_FORCE = {"en": ["Joint Force of the armed struggle movements", "Joint Force", "Darfur armed movements",
                      "Joint Darfur Force"],
               "ar": ["«القوة المشتركة لحركات الكفاح المسلح»", "القوة المشتركة لحركات الكفاح المسلح",
                      "«القوة المشتركة»"]}
SAF = {"en": ["Sudanese Armed Forces", "SAF", "Sudanese army"], "ar": ["للجيش", "الجيش"]}
RSF_FIELD_COMMANDER = merge({"en": ["senior RSF field commander"],
                             "ar": ["قائد ميداني بارز في «الدعم السريع»"]}, RSF)
US_TREASURY = {"en": ["US Treasury Department", "US Treasury", "United States"],
               "ar": ["وزارة الخزانة الأمريكية"]}
RSF_COMMANDERS = merge({"en": ["three RSF commanders"], "ar": ["ثلاثة من قادة «الدعم السريع»"]}, RSF)
UN_CONVOY = {"en": ["United Nations", "UN", "UN aid convoy"],
             "ar": ["قافلة من ثلاثين شاحنة تابعة للأمم المتحدة", "الأمم المتحدة"]}
NDARFUR_GOVERNOR = {"en": ["governor of North Darfur", "North Darfur state government"],
                    "ar": ["والي شمال دارفور"]}
ABU_SHOUK_OMDAS = {"en": ["Abu Shouk camp leaders", "omdas of Abu Shouk camp", "camp sheikhs"],
                   "ar": ["عُمد معسكر أبو شوك وشيوخه", "عُمد معسكر أبو شوك"]}
CAMP_MEETING = merge(NDARFUR_GOVERNOR, ABU_SHOUK_OMDAS)

# ====================================================== places: 614
NORTH_DARFUR = {"accept": ["ولاية شمال دارفور", "شمال دارفور", "North Darfur", "North Darfur State"]}
EL_FASHER = place({"accept": ["مدينة الفاشر", "الفاشر", "El Fasher", "al-Fashir", "Al Fasher"]}, NORTH_DARFUR)
ABU_SHOUK_MARKET = place({"accept": ["سوق معسكر أبو شوك", "معسكر أبو شوك", "أبو شوك", "Abu Shouk",
                                     "Abu Shouk camp", "Abu Shok"]}, EL_FASHER)
ABU_SHOUK_ROAD = place({"accept": ["الطريق بين أبو شوك ومركز المدينة", "أبو شوك", "Abu Shouk"]}, EL_FASHER)
ZAMZAM = place({"accept": ["معسكر زمزم", "زمزم", "Zamzam", "Zamzam camp"]}, EL_FASHER)
MELLIT = place({"accept": ["مدخل بلدة مليط", "بلدة مليط", "مليط", "Mellit", "Malit"]}, NORTH_DARFUR)
KUMA = place({"accept": ["قرب بلدة الكومة", "بلدة الكومة", "الكومة", "al-Kuma", "Kuma", "Al Koma"]},
             NORTH_DARFUR)
TAWILA_ROAD = place({"accept": ["الطريق بين الفاشر وطويلة", "طويلة", "Tawila", "Tawilah"]}, NORTH_DARFUR)
ADRE = {"accept": ["معبر أدري الحدودي", "معبر أدري", "أدري", "Adre", "Adré", "Adre crossing"]}

# ============================================================ 615: Gharyan, its vegetable market and southern
# quarters, the southern road towards al-Asabaa, Kikla (the Jabal al-Gharbi district, Libya), 2019
GNA_VOLCANO = {"en": ["Government of National Accord", "GNA", "Volcano of Anger operations room",
                      "GNA forces"],
               "ar": ["غرفة عمليات «بركان الغضب»", "«بركان الغضب»", "حكومة الوفاق الوطني", "قوات الوفاق"]}
LNA = {"en": ["Libyan National Army", "LNA", "General Command forces", "Haftar forces"],
       "ar": ["قوات القيادة العامة", "القيادة العامة", "سلاح الجو"]}
LNA_CAPTIVES = merge({"en": ["captured LNA fighters"], "ar": ["ثلاثة وأربعين مقاتلاً من قوات القيادة العامة"]},
                     LNA)
MARKET_VICTIMS = {"en": ["civilians", "market vendors", "Gharyan residents"], "ar": ["أربعة مدنيين"]}
GHARYAN_COUNCIL = {"en": ["Gharyan municipal council", "Gharyan municipality"], "ar": ["المجلس البلدي غريان"]}
AMAZIGH_COUNCIL = {"en": ["Amazigh Supreme Council of Libya", "Libyan Amazigh Supreme Council"],
                   "ar": ["«المجلس الأعلى لأمازيغ ليبيا»", "المجلس الأعلى لأمازيغ ليبيا"]}
GHARYAN_PEOPLE = {"en": ["people of Gharyan", "Gharyan residents"], "ar": ["أهالي غريان"]}
UNSMIL = {"en": ["United Nations Support Mission in Libya", "UNSMIL", "United Nations"],
          "ar": ["بعثة الأمم المتحدة للدعم في ليبيا"]}
LNA_COMMANDER = merge({"en": ["LNA field commander"], "ar": ["قائد ميداني في محور غريان"]}, LNA)
GNA_INTERIOR = {"en": ["GNA Ministry of Interior", "Ministry of Interior", "Government of National Accord"],
                "ar": ["وزارة الداخلية في حكومة الوفاق", "وزارة الداخلية"]}
GHARYAN_SECURITY_CHIEF = {"en": ["Gharyan security director", "head of Gharyan security directorate"],
                          "ar": ["مدير أمن غريان"]}
EXCHANGE_SIDES = merge(GNA_VOLCANO, LNA)
ZINTAN_NOTABLES = {"en": ["Zintan notables", "Zintan elders"], "ar": ["أعيان من مدينة الزنتان"]}
WHO = {"en": ["World Health Organization", "WHO"], "ar": ["منظمة الصحة العالمية"]}
GHARYAN_HOSPITAL = {"en": ["Gharyan central hospital"], "ar": ["مستشفى غريان المركزي"]}
KIKLA_WORKERS = {"en": ["farm workers", "African migrant workers", "civilians"],
                 "ar": ["ثلاثة عمال زراعيين", "مزرعة"]}
GHARYAN_NOTABLES = {"en": ["Gharyan notables", "Gharyan elders"], "ar": ["أعيان غريان"]}
PC_DELEGATION = {"en": ["Presidential Council delegation", "Presidential Council", "Government of National "
                        "Accord"],
                 "ar": ["وفداً من المجلس الرئاسي", "المجلس الرئاسي"]}
GHARYAN_VISIT = merge(GHARYAN_NOTABLES, PC_DELEGATION)
RIGHTS_GROUP = {"en": ["Libyan human rights organisation", "rights group"], "ar": ["منظمة حقوقية ليبية"]}
BOTH_LIBYAN_SIDES = merge({"en": ["both sides"], "ar": ["الطرفين"]}, EXCHANGE_SIDES)
LNA_GROUPS = merge({"en": ["last LNA groups"], "ar": ["آخر مجموعات القيادة العامة"]}, LNA)
GHARYAN_MOURNERS = {"en": ["mourners", "Gharyan traders"], "ar": ["تجار غريان"]}

# ====================================================== places: 615
JABAL_GHARBI = {"accept": ["الجبل الغربي", "جبل نفوسة", "Jabal al Gharbi", "Nafusa Mountains",
                           "Western Mountains"]}
GHARYAN = place({"accept": ["مدينة غريان", "غريان", "Gharyan", "Gharian", "Ghiryan"]}, JABAL_GHARBI)
GHARYAN_SOUTH = place({"accept": ["الأحياء الجنوبية من مدينة غريان", "الأحياء الجنوبية", "مدينة غريان",
                                  "غريان", "Gharyan"]}, JABAL_GHARBI)
GHARYAN_MARKET = place({"accept": ["سوق الخضار المجاور لميدان الشهداء وسط غريان", "سوق الخضار",
                                   "ميدان الشهداء", "غريان", "Gharyan", "Gharian"]}, JABAL_GHARBI)
GHARYAN_HOSPITAL_PLACE = place({"accept": ["مستشفى غريان المركزي", "غريان", "Gharyan"]}, JABAL_GHARBI)
GHARYAN_SOUTH_ROAD = place({"accept": ["الطريق الجنوبي لغريان", "غريان", "Gharyan", "الأصابعة", "al-Asabaa",
                                       "Asabaa"]}, JABAL_GHARBI)
KIKLA = place({"accept": ["مزرعة قرب بلدة ككلة", "بلدة ككلة", "ككلة", "Kikla", "Kikkla", "Kekla"]},
              JABAL_GHARBI)
