"""Accepted actor names and place names for the hundred-and-seventh team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries
and not copied from the earlier sets' lists (the style is the same: Arabic surface forms as they
occur in the articles, common variants, and English names). No gazetteer was opened: place names
carry their usual Arabic and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «الشرطة», «الحكومة», «المجلس») are left out on purpose, with these
exceptions, each used only in an article where it names a single actor:
- 532: «الفصائل» (only ever the Turkish-backed factions of the Syrian National Army);
- 533: «الجماعة» (only ever the Houthis);
- 534: «الشركة» (only ever the concession company), «المعتمد» (only ever the commissioner of Abu Hamad);
- 535: «الجيش» (only ever the Libyan National Army).
In meetings, joint work and agreements between two parties (CONSULT, AGREE, COOPERATE) both parties are
accepted in either role. One-sided attacks have their perpetrator as source (none where the text names
none) and their victims as recipient; in a two-sided fight both sides are sources; an attack on an army
post has the attackers as source and the soldiers as recipient.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ============================================================ 531: Douma and the Eastern Ghouta
# (Rif Dimashq), 2015
DOUMA_MEDICS = {"en": ["doctors and nurses of Douma's field hospitals", "medical workers", "doctors",
                       "health workers"],
                "ar": ["عشرات الأطباء والممرضين", "الأطباء والممرضين", "أطباء الغوطة"]}
REGIME_FORCES = {"en": ["Syrian regime forces", "Syrian army", "Military Forces of Syria", "Assad forces",
                        "Syrian government"],
                 "ar": ["قوات النظام", "وحدات من الجيش"]}
MEDPOINT_VICTIMS = {"en": ["four people", "a nurse and a paramedic", "civilians", "patients"],
                    "ar": ["أربعة أشخاص", "القتلى الأربعة", "ممرض ومسعف"]}
FREE_HEALTH_DIR = {"en": ["Free Health Directorate of Rif Dimashq", "Rif Dimashq Free Health Directorate",
                          "opposition health directorate"],
                   "ar": ["مديرية صحة ريف دمشق الحرة", "مديرية الصحة الحرة"]}
WHO_ICRC = {"en": ["World Health Organization", "WHO", "International Committee of the Red Cross", "ICRC"],
            "ar": ["منظمة الصحة العالمية", "اللجنة الدولية للصليب الأحمر"]}
SARC = {"en": ["Syrian Arab Red Crescent", "SARC", "Red Crescent"],
        "ar": ["الهلال الأحمر العربي السوري", "قافلة للهلال الأحمر", "الهلال الأحمر"]}
WAFIDEEN_CHECKPOINT = {"en": ["regime checkpoint at the al-Wafideen crossing", "Syrian regime forces",
                              "Military Forces of Syria"],
                       "ar": ["عناصر حاجز المعبر", "حاجز المعبر"]}
JAISH_ISLAM = {"en": ["Jaysh al-Islam", "Army of Islam", "Unified Military Command of Eastern Ghouta"],
               "ar": ["«جيش الإسلام»", "جيش الإسلام", "القيادة العسكرية الموحدة"]}
DOUMA_SECURITY = {"en": ["Internal Security Forces of Douma", "rebel police", "Jaysh al-Islam"],
                  "ar": ["قوى الأمن الداخلي في دوما", "قوى الأمن الداخلي", "الأمن الداخلي"]}
DEPOT_OWNER = {"en": ["owner of a medicine depot", "medicine trader"], "ar": ["صاحب مستودع أدوية"]}
UNIFIED_JUDICIARY = {"en": ["Unified Judiciary", "rebel court"], "ar": ["القضاء الموحد"]}
KIDNEY_PATIENTS = {"en": ["seven kidney patients and two children with heart disease", "patients",
                          "civilians"],
                   "ar": ["سبعة مرضى بالفشل الكلوي", "مرضى", "طفلين"]}
GHOUTA_CHILDREN = {"en": ["children of the Eastern Ghouta", "children"], "ar": ["أربعين ألف طفل"]}
DOUMA_COUNCIL = {"en": ["Douma Local Council", "local council", "Syrian opposition local council"],
                 "ar": ["المجلس المحلي لمدينة دوما", "المجلس المحلي"]}
MEDICAL_STAFF = {"en": ["medical staff", "health workers", "doctors and nurses"], "ar": ["الكوادر الطبية"]}
SUPPORTING_NGOS = {"en": ["supporting organisations", "aid organisations", "NGOs"],
                   "ar": ["المنظمات الداعمة"]}
REGIME_JETS = {"en": ["Syrian regime warplanes", "Syrian Arab Air Force", "Syrian air force",
                      "Military Forces of Syria"],
               "ar": ["طائرات النظام الحربية", "طائرات النظام"]}
HAMOURIYAH_VICTIMS = {"en": ["three civilians", "civilians", "a nurse"], "ar": ["ثلاثة مدنيين", "ممرضة"]}

# ====================================================== places: 531
RIF_DIMASHQ = {"accept": ["محافظة ريف دمشق", "ريف دمشق", "Rif Dimashq", "Rural Damascus",
                          "Rif Dimashq Governorate"]}
EAST_GHOUTA = place({"accept": ["الغوطة الشرقية", "الغوطة", "Eastern Ghouta", "East Ghouta", "Ghouta"]},
                    RIF_DIMASHQ)
DOUMA_NAMES = ["مدينة دوما", "دوما", "Douma", "Duma"]
DOUMA = place({"accept": DOUMA_NAMES}, EAST_GHOUTA)
DOUMA_MEDPOINT = place({"accept": ["نقطة طبية في الطرف الغربي من دوما", *DOUMA_NAMES]}, EAST_GHOUTA)
DOUMA_MED_OFFICE = place({"accept": ["مقر المكتب الطبي الموحد", *DOUMA_NAMES]}, EAST_GHOUTA)
DOUMA_MARKET = place({"accept": ["سوق المدينة", *DOUMA_NAMES]}, EAST_GHOUTA)
WAFIDEEN_NAMES = ["معبر مخيم الوافدين", "مخيم الوافدين", "al-Wafideen crossing", "al-Wafidin camp",
                  "Wafideen"]
DOUMA_VIA_WAFIDEEN = place({"accept": [*DOUMA_NAMES, *WAFIDEEN_NAMES]}, EAST_GHOUTA)
WAFIDEEN = place({"accept": WAFIDEEN_NAMES}, DOUMA, EAST_GHOUTA)
VEHICLES_BASE = place({"accept": ["إدارة المركبات", "إدارة المركبات بحرستا", "حرستا", "Harasta",
                                  "Vehicles Administration"]}, EAST_GHOUTA)
MISRABA = place({"accept": ["بلدة مسرابا", "مسرابا", "Misraba", "Mesraba"]}, EAST_GHOUTA)
HAMOURIYAH = place({"accept": ["مشفى ميداني في بلدة حمورية", "بلدة حمورية", "حمورية", "Hamouriyah",
                               "Hammuriyah", "Hamuriya"]}, EAST_GHOUTA)

# ============================================================ 532: Tal Tamr and al-Dardara
# (al-Hasakah), 2020
SNA = {"en": ["Syrian National Army", "SNA", "Turkish-backed factions", "Turkish-backed Syrian opposition",
              "National Army"],
       "ar": ["فصائل «الجيش الوطني» الموالية لأنقرة", "فصائل «الجيش الوطني»", "«الجيش الوطني»",
              "الجيش الوطني", "الفصائل"]}
DARDARA_VICTIMS = {"en": ["three civilians", "a woman and her son", "civilians"],
                   "ar": ["ثلاثة مدنيين", "امرأة وابنها", "القتلى الثلاثة"]}
SDF = {"en": ["Syrian Democratic Forces", "SDF", "People's Protection Units", "YPG",
              "Tal Tamr Military Council", "Kurdish forces"],
       "ar": ["«قسد»", "قسد", "الوحدات الكردية", "مجلس تل تمر العسكري", "المجلس العسكري"]}
SY_GOV_FORCES = {"en": ["Syrian government forces", "Syrian army", "Syrian Arab Army",
                        "Military Forces of Syria"],
                 "ar": ["قوات الحكومة السورية"]}
GOV_SDF = merge(SY_GOV_FORCES, SDF)
RUS_MP = {"en": ["Russian military police", "Russian forces", "Military Forces of Russia", "Russia"],
          "ar": ["الشرطة العسكرية الروسية"]}
TURKISH_FORCES = {"en": ["Turkish forces", "Turkish army", "Military Forces of Turkey", "Turkey"],
                  "ar": ["القوات التركية", "العربات التركية"]}
JOINT_PATROL = merge(RUS_MP, TURKISH_FORCES)
STONE_THROWERS = {"en": ["young men from the villages", "protesters", "residents"],
                  "ar": ["شبان من قرى المنطقة", "شبان"]}
AANES = {"en": ["Autonomous Administration of North and East Syria", "AANES", "Autonomous Administration",
                "Kurdish-led administration"],
         "ar": ["الإدارة الذاتية لشمال وشرق سوريا", "الإدارة الذاتية"]}
TURKEY = {"en": ["Turkey", "Turkish government", "Ankara", "Military Forces of Turkey"],
          "ar": ["«الاحتلال التركي ومرتزقته»", "الاحتلال التركي", "أنقرة"]}
RUSSIA = {"en": ["Russia", "Russian government", "Moscow"], "ar": ["روسيا", "موسكو"]}
SNA_COMMANDER = {"en": ["a Syrian National Army commander", "Syrian National Army", "SNA"],
                 "ar": ["قيادي في «الجيش الوطني»", "قيادي"]}
RUS_OFFICERS = {"en": ["Russian officers", "Russian military", "Russia"], "ar": ["ضباط روس"]}
TURKISH_SIDE = {"en": ["Turkey", "Turkish side", "Turkish military"], "ar": ["الجانب التركي"]}
RUS_TURK = merge(RUS_OFFICERS, TURKISH_SIDE)
TURKISH_DRONE = {"en": ["Turkish drone", "Turkish armed forces", "Military Forces of Turkey", "Turkey"],
                 "ar": ["طائرة مسيّرة تركية"]}
SDF_VEHICLE = merge({"en": ["an SDF vehicle"], "ar": ["سيارة عسكرية لـ«قسد»"]}, SDF)
HASAKAH_CIVIL_GROUPS = {"en": ["civil society organisations in al-Hasakah", "civil organisations",
                               "protesters"],
                        "ar": ["منظمات مدنية في الحسكة", "منظمات مدنية"]}
KURDISH_RED_CRESCENT = {"en": ["Kurdish Red Crescent", "Heyva Sor a Kurd"], "ar": ["الهلال الأحمر الكردي"]}
DARDARA_DISPLACED = {"en": ["displaced families from al-Dardara", "displaced families", "civilians"],
                     "ar": ["نحو ستين عائلة", "ستين عائلة"]}
RAS_AYN_VICTIMS = {"en": ["seven people", "civilians", "Syrian National Army military police"],
                   "ar": ["سبعة أشخاص"]}

# ====================================================== places: 532
HASAKAH_GOV = {"accept": ["محافظة الحسكة", "ريف الحسكة", "الحسكة", "al-Hasakah", "Hasakah",
                          "al-Hasakah Governorate", "Hassakeh"]}
TAL_TAMR_NAMES = ["بلدة تل تمر", "تل تمر", "Tal Tamr", "Tell Tamer", "Tel Tamr"]
DARDARA = place({"accept": ["قرية الدردارة", "الدردارة", "al-Dardara", "Dardara", *TAL_TAMR_NAMES]},
                HASAKAH_GOV)
TAL_TAMR_FRONT = place({"accept": ["خطوط التماس شمال تل تمر", *TAL_TAMR_NAMES]}, HASAKAH_GOV)
TAL_TAMR = place({"accept": TAL_TAMR_NAMES}, HASAKAH_GOV)
TAL_TAMR_COUNTRYSIDE = place({"accept": ["ريف تل تمر", "قرى ريف تل تمر", *TAL_TAMR_NAMES]}, HASAKAH_GOV)
DARBASIYAH = place({"accept": ["الطريق الدولي «إم 4»", "بلدة الدرباسية", "الدرباسية", "al-Darbasiyah",
                               "Derbasiyah", "عامودا", "Amuda", "M4 highway"]}, HASAKAH_GOV)
RAS_AYN_NAMES = ["مدينة رأس العين", "رأس العين", "Ras al-Ayn", "Ras al-Ain", "Serekaniye"]
RAS_AYN = place({"accept": RAS_AYN_NAMES}, HASAKAH_GOV)
RAS_AYN_MARKET = place({"accept": ["سوق الخضار في مدينة رأس العين", *RAS_AYN_NAMES]}, HASAKAH_GOV)
ABU_RASIN = place({"accept": ["بلدة أبو راسين", "أبو راسين", "Abu Rasin", "Zirgan"]}, HASAKAH_GOV)
HASAKAH_CITY = place({"accept": ["مقر الأمم المتحدة في المدينة", "مدينة الحسكة", "الحسكة",
                                  "al-Hasakah city"]}, HASAKAH_GOV)

# ============================================================ 533: Qataba and Murays (al-Dhale),
# with the talks in Muscat, 2024
YE_GOV = {"en": ["Government of Yemen", "Yemeni government", "internationally recognised government",
                 "government delegation"],
          "ar": ["وفدا الحكومة اليمنية", "الحكومة اليمنية"]}
HOUTHIS = {"en": ["Houthis", "Ansar Allah", "Houthi movement", "Ansarallah"],
           "ar": ["جماعة أنصار الله (الحوثيين)", "جماعة أنصار الله", "أنصار الله", "مسلحو الحوثيين",
                  "الحوثيين", "الحوثيون", "الجماعة"]}
MUSCAT_TALKS = merge(YE_GOV, HOUTHIS)
QATABA_VICTIMS = {"en": ["three people", "a tribal mediator and a woman", "civilians",
                         "families of detainees"],
                  "ar": ["ثلاثة أشخاص", "القتلى الثلاثة", "وسيط قبلي وامرأة"]}
HOUTHI_PRISONERS_COMMITTEE = {"en": ["Houthi National Committee for Prisoners' Affairs", "Houthis",
                                     "Ansar Allah"],
                              "ar": ["«اللجنة الوطنية لشؤون الأسرى»", "اللجنة الوطنية لشؤون الأسرى"]}
YE_GOV_FORCES = {"en": ["Yemeni government forces", "government forces", "Military Forces of Yemen"],
                 "ar": ["القوات الحكومية"]}
EXCHANGE_PARTIES = merge(HOUTHIS, YE_GOV_FORCES)
MOTHERS_ASSOCIATION = {"en": ["Abductees' Mothers Association", "Association of Mothers of Abductees",
                              "mothers of abductees"],
                       "ar": ["رابطة أمهات المختطفين"]}
UN_ENVOY = {"en": ["UN Special Envoy for Yemen", "UN envoy", "United Nations"], "ar": ["المبعوث الأممي"]}
HOUTHI_GUNMEN = {"en": ["Houthi gunmen", "Houthis", "Ansar Allah"], "ar": ["مسلحون حوثيون", "المسلحين"]}
DAMT_YOUTHS = {"en": ["four young men", "civilians"], "ar": ["أربعة شبان", "الشبان"]}
HOUTHI_COURT = {"en": ["Specialized Criminal Court in Sanaa", "Houthi-run court", "Houthis"],
                "ar": ["المحكمة الجزائية المتخصصة في صنعاء", "المحكمة الجزائية المتخصصة"]}
SIX_DETAINEES = {"en": ["six detainees from al-Dhale", "detainees"], "ar": ["ستة محتجزين"]}
SOUTHERN_COMMANDER = {"en": ["a Southern Forces field commander", "Southern Forces",
                             "Southern Transitional Council forces"],
                      "ar": ["قائد ميداني في القوات الجنوبية", "قائد ميداني"]}
QATABA_DETAINEE = {"en": ["a detainee from Qataba", "detainee"], "ar": ["محتجز من أبناء قعطبة"]}
GOV_FIGHTERS_BODIES = {"en": ["five government fighters", "Yemeni government forces"],
                       "ar": ["خمسة من مقاتلي القوات الحكومية", "مقاتلي القوات الحكومية"]}
ICRC_TEAM = {"en": ["International Committee of the Red Cross", "ICRC", "Red Cross"],
             "ar": ["فريق من اللجنة الدولية للصليب الأحمر", "اللجنة الدولية للصليب الأحمر"]}
HOUTHI_DETAINEES = {"en": ["Houthi detainees in al-Dhale's central prison", "detainees"],
                    "ar": ["المحتجزين الحوثيين"]}
TWENTY_DETAINEES = {"en": ["twenty detainees from al-Dhale", "detainees"], "ar": ["عشرين محتجزاً"]}
HOUTHI_DRONE = {"en": ["Houthi drone", "Houthis", "Ansar Allah"],
                "ar": ["طائرة مسيّرة تابعة للحوثيين", "الحوثيين"]}
DHALE_VENDORS = {"en": ["two vendors", "civilians"], "ar": ["اثنين من الباعة"]}

# ====================================================== places: 533
DHALE_GOV = {"accept": ["محافظة الضالع", "الضالع", "al-Dhale", "Dhale", "al-Dali", "Ad Dali'"]}
QATABA_NAMES = ["مدينة قعطبة", "قعطبة", "Qataba", "Qa'tabah"]
QATABA_SQUARE = place({"accept": ["ساحة ترابية قرب نقطة عسكرية شمال مدينة قعطبة", "شمال مدينة قعطبة",
                                  *QATABA_NAMES]}, DHALE_GOV)
QATABA = place({"accept": QATABA_NAMES}, DHALE_GOV)
MURAYS_NAMES = ["منطقة مريس", "مريس", "Murays", "Muraysh"]
QATABA_MURAYS_ROAD = place({"accept": ["نقطة بديلة على الطريق بين قعطبة ومريس", "الطريق بين قعطبة ومريس",
                                       *QATABA_NAMES, *MURAYS_NAMES]}, DHALE_GOV)
MURAYS = place({"accept": MURAYS_NAMES}, DHALE_GOV)
DAMT = place({"accept": ["مديرية دمت", "مدينة دمت", "دمت", "Damt", "Dimt"]}, DHALE_GOV)
SANAA = {"accept": ["صنعاء", "Sanaa", "Sana'a"]}
MUSCAT = {"accept": ["مسقط", "العاصمة العُمانية", "Muscat", "Oman"]}
DHALE_PRISON = place({"accept": ["السجن المركزي في مدينة الضالع", "مدينة الضالع", "al-Dhale city"]},
                     DHALE_GOV)
DHALE_MARKET = place({"accept": ["سوقاً شعبياً في مدينة الضالع", "مدينة الضالع", "al-Dhale city"]},
                     DHALE_GOV)

# ============================================================ 534: Abu Hamad, the Atmur desert and
# al-Ubaidiya (River Nile State, Sudan), 2013
ATMUR_GUNMEN = {"en": ["masked gunmen", "gunmen", "armed robbers", "unidentified gunmen"],
                "ar": ["مسلحون ملثمون", "المهاجمون", "المهاجمين"]}
ATMUR_MINERS = {"en": ["four gold miners", "artisanal gold miners", "miners"],
                "ar": ["تجمعاً لمعدّني الذهب التقليديين", "معدّني الذهب التقليديين", "رفاقه الأربعة",
                       "ثلاثة من القتلى", "المعدّنين"]}
CONCESSION_COMPANY = {"en": ["the concession company", "private gold-mining company", "mining company"],
                      "ar": ["الشركة الخاصة صاحبة الامتياز", "الشركة صاحبة الامتياز", "ممثلو الشركة",
                             "الشركة"]}
COMPANY_GUARDS = {"en": ["the company's guards", "security guards"], "ar": ["حراسها", "حراس الشركة"]}
ACCUSING_MINERS = {"en": ["miners", "artisanal miners"], "ar": ["معدّنون"]}
ROAD_PROTESTERS = {"en": ["hundreds of miners and villagers", "miners", "protesters"],
                   "ar": ["مئات المعدّنين وأهالي القرى المجاورة", "مئات المعدّنين", "المحتجون"]}
RIVER_NILE_POLICE = {"en": ["River Nile State Police", "Central Reserve Police", "Sudan Police",
                            "Police Forces of Sudan"],
                     "ar": ["شرطة ولاية نهر النيل", "قوة من الاحتياطي المركزي", "الاحتياطي المركزي"]}
JOINT_SECURITY_FORCE = {"en": ["joint force of the police and NISS", "Sudan Police",
                               "National Intelligence and Security Service", "NISS"],
                        "ar": ["قوة مشتركة من الشرطة وجهاز الأمن والمخابرات الوطني",
                               "جهاز الأمن والمخابرات الوطني", "قوة مشتركة"]}
FIVE_SUSPECTS = {"en": ["five suspects", "suspects"], "ar": ["خمسة مشتبهين"]}
RIVER_NILE_GOV = {"en": ["River Nile State government", "state government", "Government of Sudan"],
                  "ar": ["حكومة ولاية نهر النيل", "حكومة الولاية"]}
STATE_SECURITY_COMMITTEE = {"en": ["River Nile State Security Committee", "Government of Sudan"],
                            "ar": ["لجنة أمن الولاية"]}
ABU_HAMAD_COMMISSIONER = {"en": ["commissioner of Abu Hamad locality", "locality commissioner",
                                 "Government of Sudan"],
                          "ar": ["معتمد محلية أبو حمد", "المعتمد"]}
MINERS_REPS = {"en": ["representatives of the miners and village notables", "miners' representatives",
                      "miners"],
               "ar": ["ممثلين عن المعدّنين وأعيان القرى", "ممثلين عن المعدّنين", "ممثلو المعدّنين",
                      "الطرفان"]}
ABU_HAMAD_MEETING = merge(ABU_HAMAD_COMMISSIONER, MINERS_REPS)
PATROL_PARTNERS = merge({"en": ["Sudan Police", "police"], "ar": ["الشرطة"]},
                        {"en": ["young miners", "miners"], "ar": ["شباب المعدّنين"]})
ATMUR_MINERS_REJECT = {"en": ["miners", "artisanal miners"], "ar": ["المعدّنون"]}
MINERALS_MINISTRY = {"en": ["federal Ministry of Minerals", "Ministry of Minerals", "Government of Sudan"],
                     "ar": ["وزارة المعادن الاتحادية", "وزارة المعادن"]}
MINISTRY_COMMITTEE = {"en": ["a committee of the federal Ministry of Minerals", "Ministry of Minerals",
                             "Government of Sudan"],
                      "ar": ["لجنة من وزارة المعادن الاتحادية", "لجنة من وزارة المعادن"]}
DISPUTE_PARTIES = merge({"en": ["miners"], "ar": ["المعدّنين"]}, CONCESSION_COMPANY)
WEST_CAMP_MINERS = {"en": ["a small miners' camp", "miners"], "ar": ["مخيماً صغيراً للمعدّنين"]}
TRUCK_CREW = {"en": ["a truck driver and his assistant", "civilians"], "ar": ["سائقها ومساعده"]}
TRUCK_GUNMEN = {"en": ["gunmen", "armed robbers"], "ar": ["مسلحون"]}

# ====================================================== places: 534
RIVER_NILE = {"accept": ["ولاية نهر النيل", "نهر النيل", "River Nile State", "River Nile", "Nahr an-Nil"]}
ABU_HAMAD_NAMES = ["مدينة أبو حمد", "أبو حمد", "Abu Hamad", "Abu Hamed"]
ATMUR_SITE = place({"accept": ["منطقة تعدين أهلي بصحراء العتمور شرق مدينة أبو حمد", "صحراء العتمور",
                               "Atmur desert", "al-Atmur", *ABU_HAMAD_NAMES]}, RIVER_NILE)
ABU_HAMAD_ROAD = place({"accept": ["طريق عطبرة – أبو حمد", "Atbara–Abu Hamad road", *ABU_HAMAD_NAMES]},
                       RIVER_NILE)
ABU_HAMAD = place({"accept": ABU_HAMAD_NAMES}, RIVER_NILE)
ABU_HAMAD_LOCALITY = place({"accept": ["مقر المحلية", "محلية أبو حمد", *ABU_HAMAD_NAMES]}, RIVER_NILE)
ATMUR_MINES = place({"accept": ["مواقع التعدين", "آبار العتمور", "صحراء العتمور", "Atmur desert",
                                *ABU_HAMAD_NAMES]}, RIVER_NILE)
UBAIDIYA = place({"accept": ["بلدة العبيدية", "العبيدية", "al-Ubaidiya", "Ubeidiya", "El Ubeidiya"]},
                 RIVER_NILE)
DAMER = place({"accept": ["الدامر", "ad-Damer", "Ed Damer", "al-Damer"]}, RIVER_NILE)
WEST_ABU_HAMAD_CAMP = place({"accept": ["مخيماً صغيراً للمعدّنين غرب أبو حمد", "غرب أبو حمد",
                                        *ABU_HAMAD_NAMES]}, RIVER_NILE)
BERBER_ROAD = place({"accept": ["الطريق بين بربر والعبيدية", "بربر", "Berber", "العبيدية", "al-Ubaidiya"]},
                    RIVER_NILE)

# ============================================================ 535: Derna, al-Fatayeh and the gates
# of the city (Libya), 2017
LNA = {"en": ["Libyan National Army", "LNA", "Libyan Arab Armed Forces", "Haftar forces"],
       "ar": ["وحدات من الجيش الوطني الليبي", "الجيش الوطني الليبي", "قوات الجيش", "الجيش"]}
DMSC = {"en": ["Derna Mujahideen Shura Council", "Mujahideen Shura Council of Derna", "DMSC",
               "Shura Council of Mujahideen in Derna"],
        "ar": ["مسلحي «مجلس شورى مجاهدي درنة وضواحيها»", "«مجلس شورى مجاهدي درنة وضواحيها»",
               "مجلس شورى مجاهدي درنة", "مسلحو المجلس"]}
FATAYEH_FIGHT = merge(LNA, DMSC)
LNA_AIR = {"en": ["LNA air force", "Libyan National Army air force", "warplane", "Libyan National Army"],
           "ar": ["طائرة حربية", "سلاح الجو", "غرفة عمليات عمر المختار"]}
SHIHA_FAMILY = {"en": ["three members of one family", "civilians", "a family"],
                "ar": ["ثلاثة من أفراد عائلة واحدة", "القتلى الثلاثة", "الطفلان"]}
OMAR_MUKHTAR_ROOM = {"en": ["Omar al-Mukhtar Operations Room", "LNA operations room", "Libyan National Army"],
                     "ar": ["غرفة عمليات عمر المختار", "غرفة العمليات"]}
KARSA_TRUCKS = {"en": ["three trucks of flour and fuel", "truck drivers"], "ar": ["ثلاث شاحنات"]}
DERNA_COUNCIL = {"en": ["Derna Municipal Council", "municipal council", "Derna municipality"],
                 "ar": ["المجلس البلدي لدرنة", "المجلس البلدي"]}
UNSMIL = {"en": ["United Nations Support Mission in Libya", "UNSMIL", "United Nations"],
          "ar": ["بعثة الأمم المتحدة للدعم في ليبيا", "«أونسميل»", "أونسميل"]}
DERNA_FAMILIES = {"en": ["families of Derna", "civilians"], "ar": ["العائلات الراغبة في مغادرة المدينة",
                                                                  "العائلات"]}
HOR_DEFENCE = {"en": ["Defence and National Security Committee of the House of Representatives",
                      "House of Representatives", "HoR"],
               "ar": ["لجنة الدفاع والأمن القومي في مجلس النواب", "مجلس النواب"]}
LNA_ARMED_FORCES = {"en": ["Libyan National Army", "Libyan Arab Armed Forces"], "ar": ["القوات المسلحة"]}
LNA_SOURCE = {"en": ["an LNA military source", "Libyan National Army"],
              "ar": ["مصدر عسكري في غرفة العمليات", "مصدر عسكري"]}
LIBYAN_RED_CRESCENT = {"en": ["Libyan Red Crescent", "Red Crescent"],
                       "ar": ["قافلة للهلال الأحمر الليبي", "الهلال الأحمر الليبي"]}
DERNA_ELDERS = {"en": ["delegation of Derna notables and elders", "Derna elders"],
                "ar": ["وفد من أعيان درنة وحكمائها", "وفد من أعيان درنة"]}
LNA_COMMAND = {"en": ["LNA General Command", "General Command", "Libyan National Army"],
               "ar": ["ممثلين عن القيادة العامة", "القيادة العامة"]}
ELDERS_MEETING = merge(DERNA_ELDERS, LNA_COMMAND)
AIN_MARRA_ATTACKERS = {"en": ["unidentified gunmen", "gunmen", "Derna Mujahideen Shura Council"],
                       "ar": ["مسلحون مجهولون", "المهاجمين"]}
LNA_SOLDIERS = {"en": ["two LNA soldiers", "Libyan National Army"], "ar": ["جنديين", "بوابة أمنية للجيش"]}

# ====================================================== places: 535
DERNA_NAMES = ["مدينة درنة", "درنة", "Derna", "Darnah"]
DERNA = {"accept": DERNA_NAMES}
FATAYEH = {"accept": ["محور الفتائح", "الفتائح", "al-Fatayeh", "Fatayih", "al-Fataih", *DERNA_NAMES]}
SHIHA = {"accept": ["منزل من طابقين في حي شيحا الغربية بدرنة", "حي شيحا الغربية", "حي شيحا", "شيحا", "Shiha",
                    "Sheha", *DERNA_NAMES]}
KARSA = {"accept": ["بوابة كرسة", "كرسة", "Karsa", "Kirsah", *DERNA_NAMES]}
DHAHR_HAMAR = {"accept": ["بوابة الظهر الحمر", "الظهر الحمر", "al-Dhahr al-Hamar", "Dhahr al-Ahmar",
                          *DERNA_NAMES]}
MARTUBA = {"accept": ["منطقة مرتوبة", "مرتوبة", "Martuba", "Martubah"]}
RAJMA = {"accept": ["الرجمة", "al-Rajma", "Rajma", "Benghazi", "بنغازي"]}
AIN_MARRA = {"accept": ["بوابة أمنية للجيش قرب عين مارة", "عين مارة", "Ain Marah", "Ayn Marah"]}
