"""Accepted actor names and place names for the hundred-and-nineteenth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «الحكومة», «الفصائل», «الميليشيا», «الدرك») are left out on purpose,
with one exception, used only in the article where it names a single actor:
- 595: «الحكومة» (only ever the Jordanian government).
In meetings, joint work and agreements between two parties (CONSULT, AGREE, COOPERATE) both parties are
accepted in either role. One-sided attacks have their perpetrator as source (none where the text names
none, as for the car bomb of 592) and their victims as recipient; a two-sided clash has both sides as source
and no recipient; the other side's version made in the event's own paragraphs keeps the party it blames
among the accepted sources.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ============================================================ 591: al-Hasakah city, the Alouk station, Umm
# al-Kaif near Tell Tamr, Qamishli, al-Darbasiyah (al-Hasakah governorate, Syria), 2020
SNA = {"en": ["Syrian National Army", "SNA", "Turkish-backed factions", "Turkish-backed Syrian opposition"],
       "ar": ["فصائل «الجيش الوطني السوري»", "«الجيش الوطني السوري»", "الجيش الوطني السوري",
              "فصائل «الجيش الوطني»"]}
WATER_TEAM = {"en": ["al-Hasakah water directorate technical team", "water directorate", "technicians"],
              "ar": ["فريقاً فنياً تابعاً لمديرية مياه الحسكة", "مديرية مياه الحسكة"]}
TANKER_VICTIMS = {"en": ["civilians", "water tanker driver", "residents of Umm al-Kaif"],
                  "ar": ["ثلاثة مدنيين", "سائق الصهريج"]}
AANES = {"en": ["Autonomous Administration of North and East Syria", "AANES", "Autonomous Administration",
                "Kurdish-led administration"],
         "ar": ["الإدارة الذاتية لشمال وشرق سوريا", "الإدارة الذاتية"]}
TURKEY_FACTIONS = {"en": ["Turkey", "Turkish government", "Turkish-backed factions",
                          "Syrian National Army"],
                   "ar": ["تركيا والفصائل الموالية لها", "تركيا"]}
RUSSIA = {"en": ["Russia", "Russian military", "Russian side"], "ar": ["الجانب الروسي"]}
SNA_COMMANDER = {"en": ["SNA commander", "Syrian National Army", "Turkish-backed factions"],
                 "ar": ["قيادي في أحد فصائل «الجيش الوطني»", "فصائل «الجيش الوطني»"]}
TANKERS_SDF = {"en": ["water tankers", "civilians", "Syrian Democratic Forces", "SDF"],
               "ar": ["أي صهريج", "«قسد»"]}
UNICEF = {"en": ["UNICEF", "United Nations Children's Fund"], "ar": ["منظمة «يونيسف»", "«يونيسف»",
                 "يونيسف"]}
SHELTERS = {"en": ["displaced people in shelters", "residents of al-Hasakah"],
            "ar": ["مراكز الإيواء في مدارس الحسكة", "مراكز الإيواء"]}
RUSSIA_TURKEY = {"en": ["Russia", "Turkey", "Russian and Turkish sides"], "ar": ["الجانبان الروسي والتركي"]}
POWER_CREWS = {"en": ["electricity crews", "AANES electricity workers"], "ar": ["ورشات الكهرباء"]}
AANES_RUSSIANS = {"en": ["Autonomous Administration", "AANES", "Russian officers", "Russia"],
                  "ar": ["ممثلون عن الإدارة الذاتية", "ضباطاً روساً", "الإدارة الذاتية"]}
HASAKAH_PROTESTERS = {"en": ["residents of al-Hasakah", "protesters"],
                      "ar": ["مئات من أهالي الحسكة", "أهالي الحسكة"]}
KRC_MUNICIPALITY = {"en": ["Kurdish Red Crescent", "al-Hasakah municipality"],
                    "ar": ["«الهلال الأحمر الكردي»", "الهلال الأحمر الكردي", "بلدية الحسكة"]}
TR_DRONE = {"en": ["Turkish drone", "Turkish military", "Turkey"], "ar": ["طائرة مسيّرة تركية"]}
POWER_STAFF = {"en": ["electricity directorate employees", "civilians"],
               "ar": ["سيارة تقل ثلاثة موظفين في مديرية الكهرباء", "ثلاثة موظفين في مديرية الكهرباء"]}

# ====================================================== places: 591
HASAKAH_GOV = {"accept": ["محافظة الحسكة", "الحسكة", "al-Hasakah", "Hasakah", "Hasakah Governorate",
                          "al-Hasakah Governorate"]}
HASAKAH_CITY = place({"accept": ["مدينة الحسكة", "الحسكة", "al-Hasakah city", "al-Hasakah", "Hasakah",
                                 "Hasakeh"]}, HASAKAH_GOV)
ALOUK = place({"accept": ["محطة علوك شرقي مدينة رأس العين", "محطة علوك", "علوك", "Alouk",
                          "Alouk water station", "Allouk", "رأس العين", "Ras al-Ain", "Ras al-Ayn"]},
              HASAKAH_GOV)
ALOUK_FEEDER = place({"accept": ["محطة التحويل المغذية لعلوك", "علوك", "Alouk", "Allouk"]}, HASAKAH_GOV)
UMM_KAIF = place({"accept": ["بئر زراعية قرب قرية أم الكيف", "قرية أم الكيف", "أم الكيف", "Umm al-Kaif",
                             "Umm al-Keif", "تل تمر", "Tell Tamr", "Tal Tamr"]}, HASAKAH_GOV)
QAMISHLI_AIRPORT = place({"accept": ["مطار القامشلي", "القامشلي", "Qamishli airport", "Qamishli",
                                     "Qamishlo"]}, HASAKAH_GOV)
HASAKAH_UN_OFFICE = place({"accept": ["مكتب الأمم المتحدة في المدينة",
                                      "UN office in al-Hasakah"]}, HASAKAH_CITY)
DARBASIYAH_ROAD = place({"accept": ["الطريق بين الدرباسية وأبو راسين", "الدرباسية", "أبو راسين",
                                    "al-Darbasiyah", "Darbasiyah", "Derbasiyah", "Abu Rasin", "Zirgan"]},
                        HASAKAH_GOV)

# ============================================================ 592: al-Bab and its market street, Bza'a,
# Qabasin (Aleppo governorate, Syria), 2024
BAB_VICTIMS = {"en": ["civilians", "shoppers"], "ar": ["ستة مدنيين", "المتسوقين"]}
BAB_COUNCIL = {"en": ["al-Bab local council", "local council of al-Bab"],
               "ar": ["المجلس المحلي لمدينة الباب", "المجلس المحلي"]}
YPG = {"en": ["People's Protection Units", "YPG", "Kurdish militia", "SDF"],
       "ar": ["ميليشيا «وحدات حماية الشعب»", "«وحدات حماية الشعب»", "وحدات حماية الشعب"]}
TURKEY_SIG = {"en": ["Turkey", "Turkish side", "Syrian Interim Government", "SIG"],
              "ar": ["الجانب التركي والحكومة السورية المؤقتة", "الجانب التركي", "الحكومة السورية المؤقتة"]}
SDF = {"en": ["Syrian Democratic Forces", "SDF"],
       "ar": ["«قوات سوريا الديمقراطية»", "قوات سوريا الديمقراطية"]}
MIL_POLICE = {"en": ["Military Police", "SNA Military Police"],
              "ar": ["«الشرطة العسكرية»", "الشرطة العسكرية"]}
BAB_SUSPECTS = {"en": ["three suspects", "suspects"], "ar": ["ثلاثة أشخاص"]}
CIVIL_POLICE = {"en": ["Civil Police", "al-Bab Civil Police", "police"],
                "ar": ["الشرطة المدنية في الباب", "«الشرطة المدنية»", "الشرطة المدنية"]}
CAR_OWNERS = {"en": ["owners of unregistered cars", "drivers"], "ar": ["أصحاب السيارات غير المسجلة"]}
CHECKPOINT_MEN = {"en": ["checkpoint personnel", "Military Police members"], "ar": ["عناصر الحاجز"]}
POLICE_TURKS = {"en": ["Civil Police", "Turkish technical teams", "Turkey"],
                "ar": ["الشرطة المدنية", "فرق فنية تركية"]}
BAB_CHAMBER = {"en": ["al-Bab Chamber of Commerce", "traders"], "ar": ["غرفة تجارة الباب"]}
QABASIN_POLICE = {"en": ["Civil Police members", "police", "civilians"],
                  "ar": ["عنصرين من «الشرطة المدنية»", "ثلاثة مدنيين"]}

# ====================================================== places: 592
ALEPPO_GOV = {"accept": ["ريف حلب الشرقي", "ريف حلب", "محافظة حلب", "حلب", "Aleppo", "Aleppo Governorate",
                         "eastern Aleppo countryside"]}
BAB_CITY = place({"accept": ["مدينة الباب", "الباب", "al-Bab", "Al Bab"]}, ALEPPO_GOV)
BAB_SOUQ = place({"accept": ["شارع السوق الرئيسي وسط مدينة الباب", "شارع السوق الرئيسي",
                             "شارع السوق"]}, BAB_CITY)
BAB_EAST_GATE = place({"accept": ["حاجز على مدخل المدينة الشرقي", "مدخل المدينة الشرقي"]}, BAB_CITY)
BAB_ENTRANCES = place({"accept": ["مداخل المدينة"]}, BAB_CITY)
BZAA = place({"accept": ["قرب مدخل بلدة بزاعة", "بلدة بزاعة", "بزاعة", "Bza'a", "Bzaa",
                         "Buza'a"]}, ALEPPO_GOV)
QABASIN = place({"accept": ["قرب مبنى الناحية في بلدة قباسين", "بلدة قباسين", "قباسين", "Qabasin",
                            "Qabaseen"]}, ALEPPO_GOV)

# ============================================================ 593: Kirkuk city, Altun Kupri, Rahimawa and
# Shorja, Daquq, Dibis (Kirkuk governorate, Iraq), 2017
KIRKUK_COUNCIL = {"en": ["Kirkuk Provincial Council", "Kirkuk provincial council"],
                  "ar": ["مجلس محافظة كركوك"]}
KURDISH_BLOC = {"en": ["Kurdish bloc", "Kurdish members of the Kirkuk council"],
                "ar": ["الكتلة الكردية في المجلس", "الكتلة الكردية"]}
PMF_FEDPOL = {"en": ["Popular Mobilization Forces", "PMF", "Federal Police", "Iraqi federal forces"],
              "ar": ["قوات من «الحشد الشعبي» والشرطة الاتحادية", "«الحشد الشعبي»", "الحشد الشعبي",
                     "الشرطة الاتحادية"]}
PESHMERGA = {"en": ["Peshmerga", "Kurdish Peshmerga", "Kurdistan Regional Government"],
             "ar": ["مقاتلي «البيشمركة»", "«البيشمركة»", "البيشمركة", "وزارة شؤون البيشمركة"]}
KDP_KIRKUK = {"en": ["Kurdistan Democratic Party", "KDP", "KDP Kirkuk branch"],
              "ar": ["فرع «الحزب الديمقراطي الكردستاني» في كركوك", "«الحزب الديمقراطي الكردستاني»",
                     "الحزب الديمقراطي الكردستاني"]}
PMF_FACTIONS = {"en": ["Popular Mobilization Forces", "PMF factions", "PMF"],
                "ar": ["فصائل من «الحشد الشعبي»", "«الحشد الشعبي»", "الحشد الشعبي"]}
COALITION_UN = {"en": ["International Coalition", "US-led coalition", "United Nations", "UN"],
                "ar": ["قوات التحالف الدولي والأمم المتحدة", "قوات التحالف الدولي", "الأمم المتحدة"]}
PMF_COMMANDER = {"en": ["PMF commander", "Popular Mobilization Forces", "PMF"],
                 "ar": ["قيادي في «الحشد الشعبي»", "«الحشد الشعبي»"]}
KIRKUK_POLICE_CHIEF = {"en": ["Kirkuk police chief", "Kirkuk police"], "ar": ["مدير شرطة كركوك"]}
ITF = {"en": ["Iraqi Turkmen Front", "ITF", "Turkmen Front"],
       "ar": ["«الجبهة التركمانية العراقية»", "الجبهة التركمانية العراقية"]}
IQ_FEDERAL = {"en": ["Iraqi federal government", "Iraqi government", "Iraqi federal forces", "Iraqi army"],
              "ar": ["الحكومة الاتحادية", "القوات الاتحادية"]}
KURD_FAMILIES = {"en": ["displaced Kurdish families", "Kurdish families", "Kurdish residents"],
                 "ar": ["معظم العائلات الكردية التي نزحت", "العائلات الكردية"]}
UNAMI = {"en": ["UNAMI", "United Nations Assistance Mission for Iraq", "United Nations"],
         "ar": ["وفد من بعثة الأمم المتحدة لمساعدة العراق «يونامي»", "بعثة الأمم المتحدة لمساعدة العراق",
                "«يونامي»"]}
DAQUQ_NOTABLES = {"en": ["Arab tribal sheikhs", "Turkmen and Kurdish notables", "notables of Daquq"],
                  "ar": ["شيوخ عشائر عربية ووجهاء تركمان وكرد", "شيوخ عشائر عربية", "وجهاء تركمان وكرد"]}

# ====================================================== places: 593
KIRKUK_GOV = {"accept": ["محافظة كركوك", "كركوك", "Kirkuk", "Kirkuk Governorate"]}
KIRKUK_CITY = place({"accept": ["مدينة كركوك", "كركوك", "Kirkuk city", "Kirkuk"]}, KIRKUK_GOV)
ALTUN_KUPRI = place({"accept": ["تلال تطل على ناحية ألتون كوبري", "ناحية ألتون كوبري", "ألتون كوبري",
                                "Altun Kupri", "Altun Kopru", "Altun Kupri subdistrict", "Prde", "Perde"]},
                    KIRKUK_GOV)
RAHIMAWA = place({"accept": ["حيي رحيم آوه والشورجة", "رحيم آوه", "الشورجة", "Rahimawa", "Rahim Awa",
                             "Shorja"]}, KIRKUK_CITY)
DAQUQ = place({"accept": ["قضاء داقوق جنوب كركوك", "قضاء داقوق", "داقوق", "Daquq", "Daqooq"]}, KIRKUK_GOV)
DIBIS = place({"accept": ["ناحية الدبس", "الدبس", "Dibis", "Dibs", "باي حسن", "Bai Hassan", "آفانا",
                          "Avana"]}, KIRKUK_GOV)

# ============================================================ 594: Marib city, the al-Kasara front in Sirwah,
# al-Mashjah, Jabal Hailan, Bayhan (Marib and Shabwa governorates, Yemen), 2021
HOUTHIS = {"en": ["Houthis", "Ansar Allah", "Houthi movement", "Houthi militia"],
           "ar": ["ميليشيا الحوثي", "الحوثي"]}
HOUTHI_FIGHTERS = {"en": ["Houthi fighters", "Houthis", "Ansar Allah"],
                   "ar": ["مقاتلو ميليشيا الحوثي", "ميليشيا الحوثي"]}
YEMEN_ARMY = {"en": ["Yemeni National Army", "Yemeni army", "Yemeni government forces",
                     "government forces"],
              "ar": ["الجيش الوطني", "قوات الجيش", "جنود الجيش"]}
MARIB_TRIBES = {"en": ["Murad tribe", "Abidah tribe", "Jadaan tribe", "Marib tribes", "tribal fighters"],
                "ar": ["قبائل مراد وعبيدة والجدعان", "قبائل مراد"]}
YEMEN_GOV = {"en": ["Yemeni government", "internationally recognised government of Yemen"],
             "ar": ["الحكومة اليمنية"]}
UNSC = {"en": ["UN Security Council", "United Nations Security Council"], "ar": ["مجلس الأمن الدولي"]}
COALITION = {"en": ["Saudi-led coalition", "Arab coalition", "Saudi Arabia"],
             "ar": ["مقاتلات التحالف بقيادة السعودية", "التحالف بقيادة السعودية", "دول العدوان"]}
HOUTHI_POSITIONS = {"en": ["Houthi fighters", "Houthis"], "ar": ["تجمعات وتعزيزات للحوثيين", "الحوثيين"]}
ARMY_HOUTHIS = {"en": ["Yemeni army", "Houthis"], "ar": ["الجيش والميليشيا"]}
IOM = {"en": ["International Organization for Migration", "IOM"], "ar": ["المنظمة الدولية للهجرة"]}
IDP_FAMILIES = {"en": ["displaced families", "IDPs"], "ar": ["نحو ثلاثة آلاف أسرة", "ثلاثة آلاف أسرة"]}
MARIB_AUTHORITY = {"en": ["Marib local authority", "Marib governorate authorities"],
                   "ar": ["السلطة المحلية في مأرب"]}
MARIB_CIVILIANS = {"en": ["civilians"], "ar": ["المدنيين"]}
BAYHAN_SOLDIERS = {"en": ["Yemeni army soldiers", "government forces"], "ar": ["تجمعاً لجنود الجيش"]}

# ====================================================== places: 594
MARIB_GOV = {"accept": ["محافظة مأرب", "مأرب", "Marib", "Ma'rib", "Marib Governorate"]}
MARIB_CITY = place({"accept": ["مدينة مأرب", "مأرب", "Marib city", "Marib", "Ma'rib"]}, MARIB_GOV)
MARIB_QUARTER = place({"accept": ["حي سكني قريب من مجمع الدوائر الحكومية وسط مدينة مأرب",
                                  "مجمع الدوائر الحكومية"]}, MARIB_CITY)
KASARA = place({"accept": ["جبهة الكسارة بمديرية صرواح", "جبهة الكسارة", "الكسارة", "مديرية صرواح", "صرواح",
                           "al-Kasara", "Kassara", "Sirwah", "Serwah"]}, MARIB_GOV)
SIRWAH = place({"accept": ["صرواح والمشجح", "صرواح", "المشجح", "Sirwah", "Serwah", "al-Mashjah",
                           "Mashjah"]},
               MARIB_GOV)
HAILAN = place({"accept": ["جبل هيلان", "هيلان", "Jabal Hailan", "Hailan", "Haylan"]}, MARIB_GOV)
MARIB_SIRWAH_ROAD = place({"accept": ["الطريق بين المدينة وصرواح", "صرواح", "Sirwah", "Marib-Sirwah road"]},
                          MARIB_CITY)
MARIB_OUTSKIRTS = place({"accept": ["أطراف مدينة مأرب"]}, MARIB_CITY)
BAYHAN = {"accept": ["مديرية بيحان بمحافظة شبوة", "مديرية بيحان", "بيحان", "Bayhan", "Baihan", "شبوة",
                     "Shabwa", "Shabwah"]}

# ============================================================ 595: Ramtha and its security centre, Irbid,
# al-Husn, Ma'an and the Desert Highway (Irbid governorate, Jordan), 2012
GENDARMERIE = {"en": ["Gendarmerie", "Jordanian Gendarmerie", "security forces",
                      "Public Security Directorate"],
               "ar": ["قوات الدرك", "مديرية الأمن العام"]}
INFILTRATED_GUNMEN = {"en": ["gunmen among the protesters", "gunmen"],
                             "ar": ["«مسلحين اندسّوا بين المحتجين»"]}
RAMTHA_PROTESTERS = {"en": ["protesters", "demonstrators in Ramtha"],
                     "ar": ["محتجين حاولوا اقتحام مركز أمن الرمثا", "محتجين", "المحتجين"]}
IRBID_PROTESTERS = {"en": ["protesters in Irbid", "demonstrators"], "ar": ["مئات في وسط مدينة إربد"]}
JO_SECURITY = {"en": ["Jordanian security services", "security forces"], "ar": ["الأجهزة الأمنية"]}
IRBID_DETAINEES = {"en": ["eighteen people", "protesters"], "ar": ["ثمانية عشر شخصاً"]}
IAF = {"en": ["Islamic Action Front", "IAF", "Muslim Brotherhood"],
       "ar": ["حزب «جبهة العمل الإسلامي»", "«جبهة العمل الإسلامي»", "جبهة العمل الإسلامي"]}
JO_GOV = {"en": ["Jordanian government", "government of Jordan"], "ar": ["الحكومة"]}
JO_MOI = {"en": ["Jordanian Ministry of Interior", "Interior Ministry"], "ar": ["وزارة الداخلية"]}
RIOTERS = {"en": ["rioters", "protesters"], "ar": ["«كل من يعتدي على المراكز الأمنية أو يقطع الطرق»",
                                                    "كل من يعتدي على المراكز الأمنية"]}
BADIA_FORCES = {"en": ["Badia forces", "Desert Police", "Jordanian security forces"],
                       "ar": ["قوات البادية"]}
TEACHERS = {"en": ["Jordanian Teachers' Syndicate", "teachers' union"], "ar": ["نقابة المعلمين"]}
PROTESTS = {"en": ["protesters", "protests"], "ar": ["للاحتجاجات «السلمية»", "المحتجين"]}
HIRAK = {"en": ["popular movement coordination committees", "Hirak", "protesters"],
         "ar": ["تنسيقيات الحراك الشعبي في محافظات الشمال", "تنسيقيات الحراك الشعبي"]}
MAAN_PROTESTERS = {"en": ["residents of Ma'an", "protesters"],
                   "ar": ["مئات من أبناء مدينة معان", "أبناء مدينة معان"]}

# ====================================================== places: 595
IRBID_GOV = {"accept": ["محافظة إربد", "إربد", "Irbid", "Irbid Governorate"]}
RAMTHA_CENTRE = place({"accept": ["مركز أمن الرمثا", "الرمثا", "Ramtha", "al-Ramtha", "Ar Ramtha",
                                  "Ramtha security centre"]}, IRBID_GOV)
RAMTHA = place({"accept": ["الرمثا", "Ramtha", "al-Ramtha", "Ar Ramtha"]}, IRBID_GOV)
IRBID_CENTRE = place({"accept": ["وسط مدينة إربد", "مدينة إربد", "إربد", "Irbid"]}, IRBID_GOV)
IRBID_TOWNS = place({"accept": ["الرمثا والحصن", "الرمثا", "الحصن", "Ramtha", "al-Husn",
                                "Husn"]}, IRBID_GOV)
IRBID_MOSQUE = place({"accept": ["المسجد الكبير في إربد", "إربد", "Irbid"]}, IRBID_GOV)
MAAN = {"accept": ["مدينة معان", "معان", "Ma'an", "Maan", "الطريق الصحراوي", "Desert Highway"]}

# ====================================================== actor groups merged for the main events
ALTUN_KUPRI_SIDES = merge(PMF_FEDPOL, PESHMERGA)
KASARA_SIDES = merge(HOUTHI_FIGHTERS, YEMEN_ARMY)
RAMTHA_SHOOTERS = merge(GENDARMERIE, INFILTRATED_GUNMEN)
