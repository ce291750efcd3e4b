"""Accepted actor names and place names for the hundred-and-first team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «الشرطة», «الحكومة», «القوة») are left out on purpose, with these
exceptions, each used only in an article where it names a single actor:
- 502: «الطيران» and «الجيش» (only ever the Syrian air force and army);
- 503: «المفوضية» (only ever the electoral commission), «الائتلاف» (only ever the competing list);
- 504: «النقابة» (only ever the journalists' syndicate), «الإذاعة» (only ever the raided radio station);
- 505: «القوات المسلحة» (only ever the Egyptian armed forces).
In meetings, joint work and agreements between two parties (CONSULT, AGREE, COOPERATE) both parties are
accepted in either role. In a two-sided fight (the clash near Kinsabba in 502, the attack on the checkpoint
in 505) both sides are sources and there is no recipient.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ============================================================ 501: al-Mansoura and Raqqa city (Raqqa), 2018
SY_ISF = {"en": ["Internal Security Forces", "Asayish", "Raqqa Internal Security Forces"],
          "ar": ["قوى الأمن الداخلي"]}
MASHLAB_FAMILIES = {"en": ["families of al-Mashlab", "residents", "civilians"],
                    "ar": ["نحو عشرين عائلة", "عشرين عائلة"]}
MANSOURA_FARMERS = {"en": ["three farmers", "farmers", "civilians"],
                    "ar": ["ثلاثة مزارعين", "المزارعين الثلاثة", "المزارعون الثلاثة", "القتلى"]}
SDF_ENGINEERS = {"en": ["SDF engineering teams", "Syrian Democratic Forces", "SDF", "QSD"],
                 "ar": ["فرق الهندسة التابعة لقوات سوريا الديمقراطية", "قوات سوريا الديمقراطية", "«قسد»",
                        "قسد"]}
DEMINING_NGO = {"en": ["an international demining organisation", "demining NGO", "international NGO"],
                "ar": ["منظمة دولية لإزالة الألغام", "المنظمة ذاتها"]}
SURVEY_PARTIES = merge(SDF_ENGINEERS, DEMINING_NGO)
FARMERS_GATHERING = {"en": ["West Euphrates Farmers' Gathering", "farmers' group"],
                     "ar": ["«تجمّع مزارعي غرب الفرات»", "تجمّع مزارعي غرب الفرات"]}
RAQQA_CC = {"en": ["Raqqa Civil Council", "civil council", "Autonomous Administration"],
            "ar": ["مجلس الرقة المدني"]}
COALITION = {"en": ["US-led international coalition", "Global Coalition", "international coalition"],
             "ar": ["التحالف الدولي"]}
SITIN_FARMERS = {"en": ["some fifty farmers", "farmers", "protesters"],
                 "ar": ["نحو خمسين مزارعاً", "خمسين مزارعاً", "المعتصمون"]}
TABQA_CC = {"en": ["Tabqa Civil Council", "co-chair of the Tabqa Civil Council", "civil council"],
            "ar": ["مجلس الطبقة المدني", "الرئيس المشترك للمجلس"]}
FARMERS_DELEGATION = {"en": ["a delegation of the farmers", "farmers"], "ar": ["وفداً منهم"]}
TABQA_MEETING = merge(TABQA_CC, FARMERS_DELEGATION, SITIN_FARMERS)
RECON_COMMITTEE = {"en": ["Reconstruction Committee of the Raqqa Civil Council", "Raqqa Civil Council"],
                   "ar": ["لجنة إعادة الإعمار في مجلس الرقة المدني", "لجنة إعادة الإعمار"]}
SCRAP_DEALERS = {"en": ["scrap dealers", "civilians"], "ar": ["تجار الخردة"]}
RUMAILA_PUPILS = {"en": ["two pupils", "schoolchildren", "civilians"], "ar": ["تلميذين"]}
FARMERS_FAMILIES = {"en": ["families of the three farmers", "the victims' families"],
                    "ar": ["عائلات المزارعين الثلاثة"]}
RCC_REPS = {"en": ["representatives of the Raqqa Civil Council", "Raqqa Civil Council"],
            "ar": ["ممثلون عن مجلس الرقة المدني", "مجلس الرقة المدني"]}
COALITION_DELEGATION = {"en": ["a delegation of the international coalition", "international coalition"],
                        "ar": ["وفداً من التحالف الدولي", "التحالف الدولي"]}
AIN_ISSA_MEETING = merge(RCC_REPS, COALITION_DELEGATION)
ISIS = {"en": ["Islamic State", "ISIS", "IS", "Daesh"], "ar": ["التنظيم"]}
KARAMA_WORKERS = {"en": ["sanitation workers", "civilians"], "ar": ["عمال نظافة"]}

# ====================================================== places: 501
RAQQA_GOV = {"accept": ["محافظة الرقة", "الرقة", "Raqqa", "Raqqa Governorate", "ar-Raqqah"]}
RAQQA_CITY = place({"accept": ["مدينة الرقة", "الرقة", "Raqqa", "Raqqa city"]}, RAQQA_GOV)
MASHLAB = place({"accept": ["حي المشلب", "المشلب", "al-Mashlab", "Mashlab"]}, RAQQA_CITY)
MANSOURA = place({"accept": ["قرب بلدة المنصورة", "بلدة المنصورة", "المنصورة", "al-Mansoura", "Mansoura",
                             "al-Mansurah", "ريف الرقة الغربي"]}, RAQQA_GOV)
MANSOURA_FIELDS = place({"accept": ["الحقول الممتدة بين المنصورة والطريق العام المؤدي إلى الطبقة",
                                    "المنصورة", "al-Mansoura", "الطبقة", "al-Tabqa"]}, RAQQA_GOV)
TABQA = place({"accept": ["مقر مجلس الطبقة المدني", "الطبقة", "al-Tabqa", "Tabqa", "al-Thawrah"]}, RAQQA_GOV)
RUMAILA = place({"accept": ["مدرسة بحي الرميلة", "حي الرميلة", "الرميلة", "al-Rumaila", "Rumaylah"]},
                RAQQA_CITY)
AIN_ISSA = place({"accept": ["بلدة عين عيسى", "عين عيسى", "Ain Issa", "Ayn Issa"]}, RAQQA_GOV)
KARAMA = place({"accept": ["الطريق الزراعي المؤدي إلى بلدة الكرامة", "بلدة الكرامة", "الكرامة", "al-Karama",
                           "Karamah"]}, RAQQA_GOV)

# ============================================ 502: Salma, Kinsabba and Latakia city (Latakia), 2015
SY_AIR = {"en": ["Syrian Arab Air Force", "Syrian army", "Syrian government", "Military Forces of Syria"],
          "ar": ["طائرات حربية تابعة للجيش السوري", "الجيش السوري", "سلاح الجو", "القوات النظامية",
                 "الطيران"]}
SALMA_CIVILIANS = {"en": ["civilians", "market-goers in Salma", "vendors"],
                   "ar": ["ستة مدنيين", "قتلى السوق", "الباعة"]}
LATAKIA_REBELS = {"en": ["rebel factions", "opposition armed groups", "Syrian rebels"],
                  "ar": ["«المجموعات الإرهابية المتمركزة في ريف اللاذقية الشمالي»",
                         "المجموعات الإرهابية المتمركزة في ريف اللاذقية الشمالي", "المجموعات الإرهابية"]}
ZIRAA_VICTIMS = {"en": ["two people", "civilians"], "ar": ["شخصين"]}
LATAKIA_POLICE = {"en": ["Latakia police command", "Syrian police"], "ar": ["مصدر في قيادة الشرطة"]}
OPP_FIGHTERS = {"en": ["opposition factions", "rebels", "Syrian rebels"],
                "ar": ["مقاتلي فصائل المعارضة", "مقاتلو الفصائل", "مقاتلي الفصائل", "فصائل المعارضة"]}
NDF = {"en": ["National Defence Forces", "NDF", "pro-government militia", "Military Forces of Syria"],
       "ar": ["عناصر «الدفاع الوطني»", "«الدفاع الوطني»", "الدفاع الوطني"]}
KINSABBA_CLASH = merge(OPP_FIGHTERS, NDF)
SALMA_COUNCIL = {"en": ["Salma local council", "local council"], "ar": ["المجلس المحلي لبلدة سلمى"]}
TR_AUTH = {"en": ["Turkish authorities", "Government of Turkey", "Turkey"],
           "ar": ["السلطات التركية", "الجانب التركي"]}
SALMA_WOUNDED = {"en": ["the wounded", "civilians"], "ar": ["الجرحى"]}
SY_ARMY = {"en": ["Syrian army", "Military Forces of Syria", "Syrian government"],
           "ar": ["الجيش السوري", "تعزيزات من الدبابات"]}
TURKISH_RELIEF = {"en": ["a Turkish relief organisation", "Turkish NGO"], "ar": ["هيئة إغاثة تركية"]}
LATAKIA_IDPS = {"en": ["displaced people", "IDPs"], "ar": ["مخيمات النازحين", "النازحين"]}
COASTAL_CMDR = {"en": ["a commander of the 1st Coastal Division", "1st Coastal Division", "rebels"],
                "ar": ["قائد عسكري في «الفرقة الساحلية الأولى»", "«الفرقة الساحلية الأولى»",
                       "الفرقة الساحلية الأولى"]}
SY_GOV_502 = {"en": ["Syrian government", "Syrian air force", "Syrian army"], "ar": ["الطيران", "الجيش"]}
QARDAHA_RESIDENTS = {"en": ["residents of Qardaha", "civilians"], "ar": ["سكان القرداحة"]}
NDF_PRISONERS = {"en": ["two NDF prisoners", "National Defence Forces"], "ar": ["أسيرين من «الدفاع الوطني»"]}
AKRAD_FACTIONS = {"en": ["rebel factions of Jabal al-Akrad", "rebels"], "ar": ["فصائل جبل الأكراد"]}
RECONCILIATION = {"en": ["Latakia Reconciliation Committee", "Syrian government"],
                  "ar": ["«لجنة المصالحة»", "لجنة المصالحة"]}
FACTION_LEADERS = {"en": ["commanders of the Jabal al-Akrad factions", "rebels"], "ar": ["قادة فصائل الجبل"]}
KINSABBA_VICTIMS = {"en": ["four children and a teacher", "civilians"], "ar": ["أربعة أطفال ومعلّمة"]}

# ====================================================== places: 502
LATAKIA_GOV = {"accept": ["ريف اللاذقية الشمالي", "محافظة اللاذقية", "Latakia", "Latakia Governorate",
                          "Lattakia"]}
AKRAD = {"accept": ["جبل الأكراد", "Jabal al-Akrad", "Kurd Mountain"]}
SALMA = place({"accept": ["السوق الشعبي في بلدة سلمى", "بلدة سلمى", "سلمى", "Salma"]},
              AKRAD, LATAKIA_GOV)
LATAKIA_CITY = place({"accept": ["حي الزراعة", "مدينة اللاذقية", "اللاذقية", "Latakia", "Latakia city"]},
                     LATAKIA_GOV)
KINSABBA = place({"accept": ["تلة مشرفة على بلدة كنسبا", "بلدة كنسبا", "كنسبا", "Kinsabba", "Kansaba"]},
                 AKRAD, LATAKIA_GOV)
RABIA = place({"accept": ["محيط بلدة ربيعة", "بلدة ربيعة", "ربيعة", "Rabia", "جبل التركمان",
                          "Jabal al-Turkman"]}, LATAKIA_GOV)
BORDER_CAMPS = place({"accept": ["مخيمات النازحين في ريف اللاذقية الشمالي"]}, LATAKIA_GOV)
TR_BORDER = place({"accept": ["الشريط الحدودي", "الحدود التركية", "Syrian-Turkish border", "Turkish border"]},
                  LATAKIA_GOV)
QARDAHA = place({"accept": ["بلدة القرداحة", "القرداحة", "Qardaha"]}, LATAKIA_GOV)
BORDER_VILLAGE = place({"accept": ["إحدى القرى الحدودية"]}, LATAKIA_GOV)
KINSABBA_SCHOOL = place({"accept": ["مدرسة في بلدة كنسبا"]}, KINSABBA)

# ============================================ 503: al-Shirqat, Samarra and Tikrit (Salah al-Din), 2013
SD_POLICE = {"en": ["Salah al-Din Police Command", "Iraqi police", "Police Forces of Iraq"],
             "ar": ["قيادة شرطة محافظة صلاح الدين", "قيادة الشرطة", "قيادة شرطة"]}
SHIRQAT_VOTERS = {"en": ["voters", "civilians"],
                  "ar": ["عشرات الناخبين", "الناخبان القتيلان", "الناخبين"]}
RIVAL_CANDIDATE = {"en": ["a candidate of a rival list", "candidate"],
                   "ar": ["مرشح عن إحدى القوائم المتنافسة"]}
SHIRQAT_POLICE = {"en": ["Iraqi police", "Police Forces of Iraq"], "ar": ["عناصر الشرطة"]}
PHOTOGRAPHERS = {"en": ["photographers", "journalists"], "ar": ["المصورين"]}
FED_POLICE = {"en": ["Federal Police", "Iraqi Federal Police", "Police Forces of Iraq"],
              "ar": ["قوة من الشرطة الاتحادية", "الشرطة الاتحادية"]}
SHIRQAT_SUSPECTS = {"en": ["five suspects", "suspects"], "ar": ["خمسة أشخاص", "الموقوفين"]}
TWO_BANKS = {"en": ["Sons of the Two Banks Coalition", "electoral list"],
             "ar": ["«ائتلاف أبناء الضفتين»", "ائتلاف أبناء الضفتين", "الائتلاف"]}
SAMARRA_STAFF = {"en": ["IHEC staff in Samarra", "Independent High Electoral Commission", "IHEC"],
                 "ar": ["موظفين في مكتب المفوضية بسامراء", "مكتب المفوضية"]}
IHEC_BOARD = {"en": ["IHEC Board of Commissioners", "Independent High Electoral Commission", "IHEC"],
              "ar": ["مجلس المفوضين"]}
IHEC_SD = {"en": ["IHEC office in Salah al-Din", "Independent High Electoral Commission", "IHEC"],
           "ar": ["مدير مكتب المفوضية في المحافظة", "مكتب المفوضية", "المفوضية"]}
TWO_BANKS_SUPPORTERS = {"en": ["supporters of the Sons of the Two Banks Coalition", "protesters"],
                        "ar": ["مئات من أنصار الائتلاف", "أنصار الائتلاف", "المتظاهرين"]}
SD_POLICE_CHIEF = {"en": ["Salah al-Din police chief", "Iraqi police", "Police Forces of Iraq"],
                   "ar": ["قائد شرطة المحافظة"]}
ISHAQI_GUNMEN = {"en": ["gunmen", "unidentified armed group"], "ar": ["مسلحين"]}
TWO_ENTITIES = {"en": ["two political entities", "electoral lists"], "ar": ["كيانين سياسيين"]}
UNAMI = {"en": ["United Nations Assistance Mission for Iraq", "UNAMI", "United Nations"],
         "ar": ["بعثة الأمم المتحدة لمساعدة العراق «يونامي»", "بعثة الأمم المتحدة لمساعدة العراق", "«يونامي»",
                "يونامي"]}
VOTERS = {"en": ["voters", "Iraqi voters"], "ar": ["الناخبين"]}
ENTITIES = {"en": ["political entities", "electoral lists"], "ar": ["الكيانات"]}
SAMARRA_IHEC_HEAD = {"en": ["head of the IHEC office in Samarra", "IHEC"],
                     "ar": ["مسؤول مكتب المفوضية في سامراء", "مكتب المفوضية"]}
LIST_DELEGATION = {"en": ["a delegation of the Sons of the Two Banks Coalition", "electoral list"],
                   "ar": ["وفد الائتلاف", "الائتلاف"]}
SAMARRA_MEETING = merge(SAMARRA_IHEC_HEAD, LIST_DELEGATION)
ALAM_GUNMEN = {"en": ["unidentified gunmen", "unknown assailants"], "ar": ["مسلحون مجهولون"]}
ALAM_CANDIDATE = {"en": ["a provincial council candidate", "civilian"], "ar": ["مرشحاً لمجلس المحافظة"]}
ALAM_SUSPECTS = {"en": ["suspects", "civilians"], "ar": ["عدد من المشتبه بهم"]}

# ====================================================== places: 503
SD_GOV = {"accept": ["محافظة صلاح الدين", "صلاح الدين", "Salah al-Din", "Salahuddin", "Saladin"]}
SHIRQAT = place({"accept": ["قضاء الشرقاط", "الشرقاط", "al-Shirqat", "Shirqat", "Sharqat"]}, SD_GOV)
SHIRQAT_ORCHARDS = place({"accept": ["البساتين المحيطة بالشرقاط"]}, SHIRQAT)
SAMARRA = place({"accept": ["مكتب المفوضية في سامراء", "سامراء", "Samarra"]}, SD_GOV)
TIKRIT = place({"accept": ["تكريت", "Tikrit"]}, SD_GOV)
ISHAQI = place({"accept": ["ناحية الإسحاقي", "الإسحاقي", "al-Ishaqi", "Ishaqi"]}, SD_GOV)
ALAM = place({"accept": ["ناحية العلم", "al-Alam"]}, SD_GOV)

# ============================================ 504: Taiz city, its Usayfira quarter and al-Turbah (Taiz), 2024
TAIZ_MP = {"en": ["Military Police in Taiz", "Yemeni Military Police", "Military Forces of Yemen"],
           "ar": ["قوة من الشرطة العسكرية", "الشرطة العسكرية"]}
RADIO = {"en": ["al-Rabiya local radio", "local radio station", "media"],
         "ar": ["مقر إذاعة «الرابية» المحلية", "إذاعة «الرابية»", "الإذاعة"]}
RADIO_GUARD = {"en": ["the building's guard", "civilian"], "ar": ["حارس المبنى"]}
MOTO_GUNMEN = {"en": ["two gunmen on a motorcycle", "unidentified gunmen"],
               "ar": ["مسلحان على دراجة نارية", "مسلحان", "المسلحين", "المهاجمان"]}
PHOTOGRAPHER = {"en": ["a photojournalist", "journalist", "civilian"],
                "ar": ["مصوّر صحفي يعمل لحساب موقع إخباري محلي", "مصوّر صحفي", "المصوّر"]}
TAIZ_SECURITY = {"en": ["Taiz Security Administration", "Taiz police", "Police Forces of Yemen"],
                 "ar": ["قوة من البحث الجنائي", "إدارة أمن تعز"]}
TAIZ_SUSPECTS = {"en": ["two suspects", "suspects"], "ar": ["شخصين"]}
YJS = {"en": ["Yemeni Journalists Syndicate", "journalists' union", "YJS"],
       "ar": ["نقابة الصحفيين اليمنيين", "فرع النقابة في المحافظة", "النقابة"]}
TAIZ_AUTHORITIES = {"en": ["Taiz local authorities", "Government of Yemen"],
                    "ar": ["السلطات المحلية في المحافظة", "السلطات المحلية"]}
ATTORNEY_GENERAL = {"en": ["Attorney General", "Yemeni public prosecution"], "ar": ["النائب العام"]}
TAIZ_JOURNALISTS = {"en": ["journalists and photographers", "journalists", "protesters"],
                    "ar": ["عشرات الصحفيين والمصورين"]}
TAIZ_GOVERNOR = {"en": ["Governor of Taiz", "Taiz local authority"], "ar": ["محافظ تعز"]}
GOVERNOR_SYNDICATE = merge(TAIZ_GOVERNOR, YJS, {"en": [], "ar": ["الجانبان"]})
BRIGADE_LEADER = {"en": ["a commander in an army brigade", "Military Forces of Yemen"],
                  "ar": ["قيادي في أحد ألوية الجيش المرابطة في المدينة", "قيادي في أحد ألوية الجيش"]}
LOCAL_MEDIA = {"en": ["local media", "radio station"],
               "ar": ["«كل منبر يطعن في تضحيات الجيش»", "كل منبر", "الإذاعة"]}
BLOGGER = {"en": ["a blogger", "civilian"], "ar": ["مدوّن معروف بانتقاده للسلطات المحلية", "مدوّن"]}
IFJ = {"en": ["International Federation of Journalists", "IFJ"],
       "ar": ["وفد من الاتحاد الدولي للصحفيين", "الاتحاد الدولي للصحفيين"]}
PHOTOG_FAMILY = {"en": ["the photographer's family", "the radio's staff"],
                 "ar": ["أسرة المصوّر", "العاملين في الإذاعة"]}
TAIZ_OFFICIALS = {"en": ["Taiz local authority", "public prosecution"],
                  "ar": ["ممثلين عن السلطة المحلية والنيابة العامة"]}
HOUTHI_SNIPER = {"en": ["a Houthi sniper", "Houthis", "Ansar Allah"], "ar": ["قناص حوثي"]}
TV_CAMERAMAN = {"en": ["a TV cameraman", "journalist"], "ar": ["مصوّراً يعمل لقناة فضائية"]}
HOUTHI_MEDIA = {"en": ["Houthi media", "Houthis", "Ansar Allah"], "ar": ["وسائل إعلام تابعة للجماعة"]}
PRO_GOV_FORCES = {"en": ["pro-government forces", "Government of Yemen"], "ar": ["«مرتزقة العدوان»"]}

# ====================================================== places: 504
TAIZ_GOV = {"accept": ["محافظة تعز", "تعز", "Taiz", "Ta'izz", "Taiz Governorate"]}
TAIZ_CITY = place({"accept": ["مدينة تعز", "تعز", "Taiz", "Ta'izz", "Taiz city"]}, TAIZ_GOV)
JAMAL_STREET = place({"accept": ["شارع جمال", "Jamal Street", "Gamal Street"]}, TAIZ_CITY)
USAYFIRA = place({"accept": ["حي عصيفرة", "عصيفرة", "Usayfira", "Osaifera"]}, TAIZ_CITY)
JUMHURI = place({"accept": ["حي الجمهوري", "al-Jumhuri"]}, TAIZ_CITY)
LOCAL_AUTHORITY = place({"accept": ["مبنى السلطة المحلية"]}, TAIZ_CITY)
TURBAH = place({"accept": ["مدينة التربة", "التربة", "al-Turbah", "Turbah"]}, TAIZ_GOV)
DHABAB = place({"accept": ["طريق الضباب", "الضباب", "al-Dhabab", "Dabab"]}, TAIZ_CITY)

# ============================================ 505: Sheikh Zuweid, Rafah and al-Arish (North Sinai), 2016
SINAI_ATTACKERS = {"en": ["Sinai Province militants", "Islamic State Sinai Province", "ISIS",
                           "takfiri militants"],
                   "ar": ["عناصر تكفيرية", "تنظيم «ولاية سيناء»", "«ولاية سيناء»", "ولاية سيناء",
                          "المهاجمين"]}
EG_CHECKPOINT = {"en": ["Egyptian army checkpoint", "Egyptian Armed Forces", "Military Forces of Egypt",
                        "Egyptian security forces"],
                 "ar": ["قوات الكمين", "أفراد الكمين", "كمين أمني"]}
CHECKPOINT_FIGHT = merge(SINAI_ATTACKERS, EG_CHECKPOINT)
EG_AIR = {"en": ["Egyptian Air Force", "Egyptian Armed Forces", "Military Forces of Egypt"],
          "ar": ["القوات الجوية"]}
RAFAH_MILITANTS = {"en": ["militants", "Sinai Province militants", "ISIS"],
                   "ar": ["بؤر إرهابية", "ثمانية عشر عنصراً تكفيرياً"]}
EG_ARMY = {"en": ["Egyptian Armed Forces", "Egyptian army", "Military Forces of Egypt"],
           "ar": ["القوات المسلحة"]}
EG_SECURITY = {"en": ["Egyptian security forces", "Police Forces of Egypt"], "ar": ["قوات الأمن"]}
JOURA_SUSPECTS = {"en": ["eleven suspects", "suspects"], "ar": ["أحد عشر مشتبهاً بهم", "الموقوفين"]}
EG_CABINET = {"en": ["Egyptian cabinet", "Government of Egypt"], "ar": ["مجلس الوزراء"]}
NS_GOVERNOR = {"en": ["Governor of North Sinai", "North Sinai governorate"], "ar": ["محافظ شمال سيناء"]}
ARISH_TRADERS = {"en": ["traders and café owners", "residents of al-Arish"], "ar": ["التجار وأصحاب المقاهي"]}
TRIBAL_SHEIKHS = {"en": ["tribal sheikhs of Sheikh Zuweid", "Sinai tribes"],
                  "ar": ["شيوخ قبائل في الشيخ زويد", "شيوخ قبائل"]}
ARMY_POLICE = {"en": ["Egyptian Armed Forces and police", "Egyptian Armed Forces"],
               "ar": ["رجال القوات المسلحة والشرطة", "القوات المسلحة"]}
FOOD_DONORS = merge(EG_ARMY, {"en": ["Egyptian Red Crescent"], "ar": ["الهلال الأحمر المصري"]})
SZ_FAMILIES = {"en": ["families in villages south of Sheikh Zuweid", "civilians"],
               "ar": ["الأسر في قرى جنوب الشيخ زويد", "الأسر"]}
SINAI_PROVINCE = {"en": ["Islamic State Sinai Province", "Sinai Province", "ISIS"],
                  "ar": ["تنظيم «ولاية سيناء»", "«ولاية سيناء»", "ولاية سيناء"]}
COLLABORATORS = {"en": ["residents who cooperate with the army", "civilians"],
                 "ar": ["كل من يتعاون مع الجيش", "«المتعاونين»", "المتعاونين"]}
ISMAILIA_COURT = {"en": ["Ismailia military court", "Egyptian military judiciary"],
                  "ar": ["المحكمة العسكرية بالإسماعيلية", "المحكمة العسكرية"]}
CONVICTS = {"en": ["ten defendants", "defendants"], "ar": ["سبعة متهمين", "ثلاثة آخرين"]}
BUS_SOLDIERS = {"en": ["soldiers on a bus", "Egyptian Armed Forces"], "ar": ["حافلة تقل جنوداً"]}
MASKED_GUNMEN = {"en": ["masked gunmen", "militants"], "ar": ["مسلحين ملثمين"]}
MAHDIYA_YOUTHS = {"en": ["two young men from al-Mahdiya", "civilians"],
                  "ar": ["شابين من قرية المهدية", "شابين"]}
EG_AUTH = {"en": ["Egyptian authorities", "Government of Egypt"], "ar": ["السلطات المصرية"]}
STRANDED = {"en": ["stranded travellers", "civilians"], "ar": ["العالقين"]}
MOH_CONVOY = {"en": ["Egyptian Ministry of Health", "Government of Egypt"],
              "ar": ["قافلة طبية أرسلتها وزارة الصحة", "وزارة الصحة"]}
POLICE_VEHICLE = {"en": ["a police armoured vehicle", "Egyptian police", "Police Forces of Egypt"],
                  "ar": ["مدرعة للشرطة"]}

# ====================================================== places: 505
NS_GOV = {"accept": ["محافظة شمال سيناء", "شمال سيناء", "North Sinai", "North Sinai Governorate"]}
SHEIKH_ZUWEID = place({"accept": ["كمين أمني جنوب مدينة الشيخ زويد", "جنوب مدينة الشيخ زويد", "الشيخ زويد",
                                  "Sheikh Zuweid", "Sheikh Zuwayid", "El Sheikh Zuweid"]}, NS_GOV)
RAFAH_SOUTH = place({"accept": ["جنوب مدينة رفح", "رفح", "Rafah", "Rafah, Egypt"]}, NS_GOV)
INTL_ROAD = place({"accept": ["الطريق الدولي بين العريش والشيخ زويد", "الطريق الدولي", "العريش", "الشيخ زويد",
                              "al-Arish", "Sheikh Zuweid"]}, NS_GOV)
JOURA = place({"accept": ["قرية الجورة", "الجورة", "al-Joura", "al-Gora"]}, NS_GOV)
CURFEW_AREA = place({"accept": ["مناطق رفح والشيخ زويد وأجزاء من شرق العريش", "رفح", "الشيخ زويد", "Rafah",
                                "Sheikh Zuweid"]}, NS_GOV)
ARISH = place({"accept": ["مدينة العريش", "العريش", "al-Arish", "El Arish", "Arish"]}, NS_GOV)
SZ_VILLAGES = place({"accept": ["قرى جنوب الشيخ زويد", "الشيخ زويد", "Sheikh Zuweid"]}, NS_GOV)
RAFAH_VILLAGES = place({"accept": ["قرى جنوب رفح", "رفح", "Rafah"]}, NS_GOV)
ISMAILIA = {"accept": ["الإسماعيلية", "Ismailia"]}
INTL_ROAD_BUS = place({"accept": ["الطريق الدولي", "international coastal road"]}, NS_GOV)
MAHDIYA = place({"accept": ["قرية المهدية", "المهدية", "al-Mahdiya", "al-Mahdia"]}, RAFAH_VILLAGES)
RAFAH_CROSSING = place({"accept": ["معبر رفح البري", "معبر رفح", "Rafah crossing", "Rafah"]}, NS_GOV)
SZ_HOSPITAL = place({"accept": ["مستشفى الشيخ زويد المركزي", "الشيخ زويد", "Sheikh Zuweid"]}, NS_GOV)
MASAEED = place({"accept": ["حي المساعيد", "المساعيد", "al-Masaeed", "Masaid"]}, ARISH)
