"""Accepted actor names and place names for the hundred-and-twenty-first team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («التنظيم», «النظام», «الحكومة», «اللجنة», «القوة», «المجلس») are left out on
purpose. In meetings, joint work and agreements between two parties (CONSULT, AGREE, COOPERATE) both parties
are accepted in either role. One-sided attacks have their perpetrator as source (the group the text names as
the mine's owner or the attack's claimant; none where the text names none, as for the mine and the bomb of
the background paragraphs) and their victims as recipient; a two-sided clash has both sides as source and no
recipient; the other side's version made in the event's own paragraphs keeps the party it blames among the
accepted sources.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ============================================================ 601: Raqqa city, its old city, al-Rumaila,
# al-Mashlab, al-Firdaws and al-Nahda, al-Karama east of the city (Raqqa governorate, Syria), 2017
ISF = {"en": ["Internal Security Forces", "Asayish", "SDF internal security", "Syrian Democratic Forces",
              "SDF"],
       "ar": ["حواجز «قوى الأمن الداخلي»", "«قوى الأمن الداخلي»", "قوى الأمن الداخلي"]}
RETURNEES = {"en": ["returning families", "displaced families", "residents of Raqqa", "returnees"],
             "ar": ["مئات العائلات القادمة من مخيم عين عيسى", "مئات العائلات"]}
ISIS = {"en": ["Islamic State", "ISIS", "IS", "ISIL", "Daesh"],
        "ar": ["تنظيم «داعش»", "تنظيم «الدولة الإسلامية»", "داعش"]}
MINE_FAMILY = {"en": ["returning family", "civilians", "family in al-Rumaila"],
               "ar": ["ثلاثة من أفرادها", "عائلة عائدة من المخيم", "عائلة عائدة"]}
RAQQA_GATHERING = {"en": ["Gathering of the Sons of Raqqa", "Raqqa civil body", "Raqqa notables"],
                   "ar": ["«تجمّع أبناء الرقة»", "تجمّع أبناء الرقة"]}
RCC = {"en": ["Raqqa Civil Council", "RCC"], "ar": ["«مجلس الرقة المدني»", "مجلس الرقة المدني"]}
UN = {"en": ["United Nations", "UN"], "ar": ["الأمم المتحدة"]}
ENTRANTS = {"en": ["residents entering uncleared neighbourhoods", "returnees"],
            "ar": ["كل من يدخل الأحياء غير المطهّرة"]}
FRAUDSTERS = {"en": ["three men from the city", "men charging returnees"],
              "ar": ["ثلاثة رجال من أبناء المدينة"]}
DEMINING_PARTNERS = {"en": ["Raqqa Civil Council demining team", "Raqqa Civil Council", "US contractor",
                            "International Coalition", "US-led coalition"],
                     "ar": ["فريق نزع الألغام التابع للمجلس", "شركة أمريكية متعاقدة مع «التحالف الدولي»",
                            "«التحالف الدولي»"]}
UN_AID = {"en": ["United Nations", "UN agencies", "OCHA"], "ar": ["قافلة مساعدات أممية", "مكتب «أوتشا»"]}
LOCAL_NGOS = {"en": ["local organisations", "local NGOs"], "ar": ["منظمات محلية"]}
WFP = {"en": ["World Food Programme", "WFP"], "ar": ["«برنامج الأغذية العالمي»", "برنامج الأغذية العالمي"]}
RAQQA_RETURNEES = {"en": ["returnees", "returning residents of Raqqa"], "ar": ["العائدين"]}
FIRDAWS_NAHDA_RESIDENTS = {"en": ["residents of al-Firdaws and al-Nahda", "residents of Raqqa"],
                           "ar": ["أهالي حيي الفردوس والنهضة"]}
TRACTOR_DRIVER = {"en": ["tractor driver", "civilians", "farmer"], "ar": ["بجرار زراعي", "سائقه"]}

# ====================================================== places: 601
RAQQA_GOV = {"accept": ["محافظة الرقة", "الرقة", "Raqqa", "al-Raqqa", "ar-Raqqah", "Raqqa Governorate"]}
RAQQA_CITY = place({"accept": ["مدينة الرقة", "الرقة", "Raqqa city", "Raqqa", "al-Raqqa"]}, RAQQA_GOV)
RAQQA_OLD_CITY = place({"accept": ["أحياء المدينة القديمة", "المدينة القديمة", "old city of Raqqa"]},
                       RAQQA_CITY)
RUMAILA = place({"accept": ["منزل بحي الرميلة", "حي الرميلة", "الرميلة", "al-Rumaila", "Rumaila",
                            "Rumailah"]}, RAQQA_CITY)
MASHLAB = place({"accept": ["حي المشلب", "المشلب", "al-Mashlab", "Mashlab"]}, RAQQA_CITY)
FIRDAWS_NAHDA = place({"accept": ["حيي الفردوس والنهضة", "الفردوس", "النهضة", "al-Firdaws", "al-Nahda"]},
                      RAQQA_CITY)
KARAMA = place({"accept": ["طريق فرعي قرب بلدة الكرامة", "بلدة الكرامة", "الكرامة", "al-Karama",
                           "Karamah"]}, RAQQA_GOV)

# ============================================================ 602: the road between Tafas and al-Muzayrib,
# Tafas, al-Muzayrib, Daraa city, al-Sanamayn (Daraa governorate, Syria), 2024
MILSEC = {"en": ["Military Security", "Syrian Military Intelligence", "Military Security branch",
                 "Syrian government security forces"],
          "ar": ["أربعة عناصر من فرع الأمن العسكري", "فرع الأمن العسكري", "الأمن العسكري"]}
AMBUSHERS = {"en": ["unknown gunmen", "Islamic State", "ISIS", "IS", "Daesh"],
             "ar": ["مسلحون مجهولون", "تنظيم «الدولة الإسلامية»", "ثلاثة ملثمين"]}
DETAINEES = {"en": ["eleven young men", "residents of al-Muzayrib and Tafas"], "ar": ["أحد عشر شاباً"]}
FOURTH_DIV = {"en": ["Fourth Division", "4th Armoured Division", "Syrian Arab Army"],
              "ar": ["«الفرقة الرابعة»", "الفرقة الرابعة"]}
SECURITY_COMMITTEE = {"en": ["Daraa Security Committee", "government security committee",
                             "Syrian government"],
                      "ar": ["اللجنة الأمنية التابعة للنظام في درعا", "ضباط اللجنة الأمنية",
                             "اللجنة الأمنية"]}
TAFAS_NOTABLES = {"en": ["Tafas notables", "notables of Tafas"], "ar": ["وجهاء طفس"]}
CENTRAL_COMMITTEE = {"en": ["Central Committee of western Daraa", "Central Committee"],
                     "ar": ["«اللجنة المركزية» في ريف درعا الغربي", "«اللجنة المركزية»",
                            "اللجنة المركزية"]}
RUSSIA = {"en": ["Russia", "Russian side", "Russian military"], "ar": ["الجانب الروسي"]}
RUSSIAN_OFFICERS = {"en": ["Russian officers", "Russia", "Russian military police"], "ar": ["ضباط روس"]}
MEDIATION_SIDES = merge(SECURITY_COMMITTEE, TAFAS_NOTABLES)
SECURITY_SERVICES = {"en": ["Syrian security services", "Military Security"], "ar": ["الأجهزة الأمنية"]}
DETAINEES_HELD = {"en": ["the eleven detainees", "detained young men"], "ar": ["المعتقلين الأحد عشر"]}
TAFAS_TRAVELLERS = {"en": ["civilians", "residents of Tafas"], "ar": ["حركة المدنيين"]}
BUS_SOLDIERS = {"en": ["Syrian government soldiers", "Syrian Arab Army"],
                "ar": ["ستة عناصر من قوات النظام", "قوات النظام"]}
LOYALIST_MEDIA = {"en": ["pro-government media"], "ar": ["وسائل إعلام موالية"]}

# ====================================================== places: 602
DARAA_GOV = {"accept": ["محافظة درعا", "درعا", "Daraa", "Dara'a", "Deraa", "Daraa Governorate"]}
TAFAS_ROAD = place({"accept": ["الطريق بين بلدتي طفس والمزيريب", "طفس", "المزيريب", "Tafas",
                               "al-Muzayrib", "Muzayrib", "Mzeirib", "ريف درعا الغربي",
                               "western Daraa countryside"]}, DARAA_GOV)
MUZAYRIB_TAFAS = place({"accept": ["بلدة المزيريب وأطراف طفس", "المزيريب", "طفس", "al-Muzayrib", "Tafas"]},
                       DARAA_GOV)
TAFAS = place({"accept": ["محيط بلدة طفس", "بلدة طفس", "طفس", "Tafas"]}, DARAA_GOV)
DARAA_CITY = place({"accept": ["مدينة درعا", "درعا", "Daraa city", "Daraa"]}, DARAA_GOV)
TAFAS_DARAA_ROAD = place({"accept": ["الطريق بين طفس ومدينة درعا", "طفس", "Tafas", "Tafas-Daraa road"]},
                         DARAA_GOV)
SANAMAYN = place({"accept": ["الطريق الدولي قرب مدينة الصنمين", "الصنمين", "al-Sanamayn", "Sanamayn",
                             "Sanamein"]}, DARAA_GOV)

# ============================================================ 603: Sabha, its airport and al-Tayuri, Ubari,
# the road between Sabha and al-Qatrun (Sabha district, Fezzan, Libya), 2012
SABHA_COUNCIL = {"en": ["Sabha Local Council", "Sabha local council"], "ar": ["المجلس المحلي لمدينة سبها"]}
SABHA_SIDES = {"en": ["Awlad Abu Seif tribe", "Abu Seif tribesmen", "Tebu fighters", "Toubou", "Tebu"],
               "ar": ["مسلحي قبيلة أولاد أبو سيف", "مقاتلي التبو", "مسلحي أولاد أبو سيف"]}
STAFF_FORCE = {"en": ["Libyan army chief of staff", "Libyan army", "government troops"],
               "ar": ["قوة تابعة لرئاسة الأركان العامة للجيش الليبي", "رئاسة الأركان العامة للجيش الليبي"]}
ABU_SEIF = {"en": ["Awlad Abu Seif gunmen", "Abu Seif tribesmen", "Arab tribal gunmen"],
            "ar": ["مسلحي أولاد أبو سيف", "مسلحي قبيلة أولاد أبو سيف"]}
TAYURI_VICTIMS = {"en": ["civilians in al-Tayuri", "Tebu residents", "civilians"], "ar": ["خمسة مدنيين"]}
TEBU_SABHA_COUNCIL = {"en": ["Tebu local council in Sabha", "Tebu"], "ar": ["المجلس المحلي لقبائل التبو"]}
TEBU_ELDERS = {"en": ["Tebu Council of Notables", "Toubou notables", "Tebu"],
               "ar": ["«مجلس أعيان التبو»", "مجلس أعيان التبو"]}
NTC = {"en": ["National Transitional Council", "NTC"], "ar": ["المجلس الوطني الانتقالي"]}
TEBU_LEADER = {"en": ["Tebu Council of Notables", "Tebu leader", "Toubou"],
               "ar": ["قيادي في «مجلس أعيان التبو»", "«مجلس أعيان التبو»"]}
CHAD_FIGHTERS = {"en": ["fighters from Chad", "Chadian gunmen"], "ar": ["عشرات المسلحين القادمين من تشاد"]}
LY_MOH = {"en": ["Libyan Ministry of Health", "Health Ministry", "Libyan interim government"],
          "ar": ["وزارة الصحة في الحكومة الانتقالية", "وزارة الصحة"]}
SABHA_MEDICAL = {"en": ["Sabha Medical Centre", "Sabha Medical Center"], "ar": ["مركز سبها الطبي"]}
TAYURI_GUNMEN = {"en": ["gunmen at the entrances of al-Tayuri", "Awlad Abu Seif gunmen"],
                 "ar": ["المسلحون المتمركزون عند مداخل الطيوري"]}
LRC = {"en": ["Libyan Red Crescent", "LRC"], "ar": ["«الهلال الأحمر الليبي»", "الهلال الأحمر الليبي"]}
TRIBAL_NOTABLES = {"en": ["Tuareg, Tebu and Arab tribal notables", "tribal elders"],
                   "ar": ["وجهاء من قبائل الطوارق والتبو والقبائل العربية"]}
NTC_DELEGATION = {"en": ["National Transitional Council delegation", "NTC"],
                  "ar": ["وفد من المجلس الوطني الانتقالي"]}
KIDNAPPERS = {"en": ["unknown gunmen"], "ar": ["مسلحون مجهولون"]}
TEBU_DRIVERS = {"en": ["three Tebu drivers", "Tebu"], "ar": ["ثلاثة سائقين من التبو"]}
TEBU_NOTABLES = {"en": ["Tebu notables"], "ar": ["أعيان من التبو"]}

# ====================================================== places: 603
SABHA_DIST = {"accept": ["سبها", "Sabha", "Sebha", "Sabha District", "فزان", "Fezzan"]}
SABHA_CITY = place({"accept": ["مدينة سبها", "سبها", "Sabha", "Sebha"]}, SABHA_DIST)
SABHA_AIRPORT = place({"accept": ["مطار سبها", "Sabha airport"]}, SABHA_CITY)
TAYURI = place({"accept": ["حي الطيوري", "الطيوري", "al-Tayuri", "Tayuri", "Taiouri"]}, SABHA_CITY)
UBARI = {"accept": ["مدينة أوباري", "أوباري", "Ubari", "Awbari"]}
QATRUN_ROAD = {"accept": ["الطريق الصحراوي بين سبها ومدينة القطرون", "القطرون", "al-Qatrun", "Qatrun",
                          "Gatrun"]}

# ============================================================ 604: the road to the port of Umm Qasr, the West
# Qurna field, al-Zubair, the centre of Basra, the Majnoon field (Basra governorate, Iraq), 2018
IQ_SECURITY = {"en": ["Iraqi security forces", "security forces", "Basra Operations Command"],
               "ar": ["قوات الأمن", "قيادة عمليات البصرة"]}
INFILTRATORS = {"en": ["infiltrators among the protesters"], "ar": ["«مندسين»"]}
UMM_QASR_PROTESTERS = {"en": ["protesters", "demonstrators in Basra"],
                       "ar": ["مئات المحتجين", "المحتجين", "المتظاهرين"]}
WEST_QURNA_SITIN = {"en": ["tribesmen near West Qurna", "protesters"],
                    "ar": ["مئات من أبناء العشائر المجاورة للحقل", "أبناء العشائر"]}
IQ_MOC = {"en": ["Iraqi Ministry of Communications", "Communications Ministry", "Iraqi government"],
          "ar": ["وزارة الاتصالات"]}
IQ_PMO = {"en": ["Iraqi Prime Minister's Office", "Iraqi government", "Prime Minister of Iraq"],
          "ar": ["مكتب رئيس الوزراء"]}
COORDINATIONS = {"en": ["Basra protest coordination committees", "protest coordinators", "protesters"],
                 "ar": ["تنسيقيات المتظاهرين في البصرة", "التنسيقيات"]}
BASRA_COUNCIL = {"en": ["Basra Provincial Council"], "ar": ["مجلس محافظة البصرة"]}
IQ_MOE = {"en": ["Iraqi Ministry of Electricity", "federal electricity ministry"],
          "ar": ["وزارة الكهرباء الاتحادية"]}
IQ_FED_GOV = {"en": ["Iraqi federal government", "Iraqi government"], "ar": ["الحكومة الاتحادية"]}
ZUBAIR_SHEIKHS = {"en": ["tribal sheikhs of al-Zubair", "Basra tribes"], "ar": ["شيوخ عشائر في قضاء الزبير"]}
IQ_MOO = {"en": ["Iraqi Ministry of Oil", "Oil Ministry"], "ar": ["وزارة النفط"]}
OIL_POLICE_CHIEF = {"en": ["Oil Police commander", "southern Oil Police"],
                    "ar": ["قائد شرطة النفط في المنطقة الجنوبية"]}
IQ_OFFICIALS = {"en": ["Iraqi government officials", "Basra governor"], "ar": ["أي مسؤول حكومي"]}
SITIN_REPS = {"en": ["representatives of the West Qurna sit-in", "protesters"], "ar": ["ممثلي المعتصمين"]}
MAJNOON_PROTESTERS = {"en": ["protesters", "residents near Majnoon"], "ar": ["محتجون"]}
MAIN_SHOOTERS = merge(IQ_SECURITY, INFILTRATORS)

# ====================================================== places: 604
BASRA_GOV = {"accept": ["محافظة البصرة", "البصرة", "Basra", "Basrah", "Basra Governorate"]}
UMM_QASR_ROAD = place({"accept": ["الطريق المؤدي إلى ميناء أم قصر", "ميناء أم قصر", "أم قصر", "Umm Qasr",
                                  "Umm Qasr port"]}, BASRA_GOV)
WEST_QURNA = place({"accept": ["مدخل حقل غرب القرنة", "حقل غرب القرنة", "غرب القرنة", "West Qurna",
                               "West Qurna oil field", "القرنة", "al-Qurna"]}, BASRA_GOV)
BASRA_CENTRE = place({"accept": ["مبنى المحافظة في مركز البصرة", "مركز البصرة", "Basra city"]}, BASRA_GOV)
ZUBAIR = place({"accept": ["قضاء الزبير", "الزبير", "al-Zubair", "Zubayr"]}, BASRA_GOV)
MAJNOON = place({"accept": ["مدخل حقل مجنون شمالي البصرة", "حقل مجنون", "Majnoon", "Majnoon oil field"]},
                BASRA_GOV)

# ============================================================ 605: al-Ghaydah, the port of Nishtun and the
# checkpoint on its road, Huf, the Shahan crossing (al-Mahra governorate, Yemen), 2019
MAHRA_AUTH = {"en": ["al-Mahra local authority", "Mahra governorate authorities", "local authority"],
              "ar": ["السلطة المحلية في محافظة المهرة", "السلطة المحلية", "للسلطة المحلية"]}
COALITION_MAHRA = {"en": ["Saudi-led coalition", "coalition command in al-Mahra", "Saudi forces"],
                   "ar": ["قيادة قوات التحالف في المحافظة", "قيادة قوات التحالف في المهرة",
                          "ممثلي التحالف"]}
MAHRA_MEETING = merge(MAHRA_AUTH, COALITION_MAHRA)
SITIN_COMMITTEE = {"en": ["Peaceful Sit-in Committee of al-Mahra", "Mahra sit-in committee"],
                   "ar": ["«لجنة الاعتصام السلمي لأبناء المهرة»", "لجنة الاعتصام السلمي",
                          "لجنة الاعتصام"]}
SAUDI_FORCES = {"en": ["Saudi forces", "Saudi Arabia", "Saudi military"], "ar": ["القوات السعودية"]}
SPECIAL_SECURITY = {"en": ["Special Security forces", "coalition-backed Yemeni forces"],
                    "ar": ["قوة «الأمن الخاص»", "«الأمن الخاص»"]}
TRIBAL_GUNMEN = {"en": ["tribal gunmen", "sit-in committee supporters", "Mahra tribesmen"],
                 "ar": ["مسلحين قبليين من أنصار لجنة الاعتصام", "مسلحين قبليين"]}
NISHTUN_SIDES = merge(TRIBAL_GUNMEN, SPECIAL_SECURITY)
SAUDI = {"en": ["Saudi Arabia", "Saudi government"], "ar": ["السعودية"]}
YEMEN_GOV = {"en": ["Yemeni government", "government of Yemen"], "ar": ["الحكومة اليمنية"]}
SITIN_SPOKESMAN = {"en": ["Mahra sit-in committee spokesman", "Peaceful Sit-in Committee"],
                   "ar": ["متحدث باسم اللجنة"]}
MAHRA_SHEIKHS = {"en": ["al-Mahra tribal sheikhs", "Mahra tribes"], "ar": ["مشايخ من قبائل المهرة"]}
DEAL_SIDES = merge({"en": ["Saudi Arabia", "Saudi side"], "ar": ["الجانب السعودي"]}, MAHRA_AUTH)
COAST_GUARD_SAUDI = merge({"en": ["Yemeni Coast Guard"], "ar": ["قوات خفر السواحل اليمنية"]}, SAUDI_FORCES)
SAUDI_FORCE = {"en": ["Saudi forces", "Saudi military"], "ar": ["قوة سعودية"]}

# ====================================================== places: 605
MAHRA_GOV = {"accept": ["محافظة المهرة", "المهرة", "al-Mahra", "Mahra", "al-Mahrah", "Mahrah"]}
GHAYDAH = place({"accept": ["مبنى المحافظة بمدينة الغيضة", "مدينة الغيضة", "الغيضة", "al-Ghaydah",
                            "Ghaydah", "al-Ghayda"]}, MAHRA_GOV)
NISHTUN = place({"accept": ["ميناء نشطون", "نشطون", "Nishtun", "Nishtun port", "Nushton"]}, MAHRA_GOV)
NISHTUN_CHECKPOINT = place({"accept": ["الحاجز على طريق ميناء نشطون", "ميناء نشطون", "نشطون", "Nishtun"]},
                           MAHRA_GOV)
HUF = place({"accept": ["مديرية حوف", "حوف", "Huf", "Hawf"]}, MAHRA_GOV)
GHAYDAH_AIRPORT = place({"accept": ["مطار الغيضة المدني", "مطار الغيضة", "al-Ghaydah airport",
                                    "Ghaydah airport", "الغيضة", "al-Ghaydah"]}, MAHRA_GOV)
SHAHAN = place({"accept": ["منفذ شحن الحدودي", "منفذ شحن", "مديرية شحن", "Shahan", "Shehen",
                           "Shahan crossing"]}, MAHRA_GOV)
