"""Accepted actor names and place names for the hundred-and-thirtieth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («القوات», «الوحدات», «المجلس») are left out on purpose, with these
exceptions, each used only in an article where it names a single actor:
- 646: «الجيش», «المدفعية», «المسلحين» and «الأهالي» (only ever the Syrian army, its artillery, the armed
  opposition of al-Qusayr and the town's residents);
- 648: «الجيش», «داعش», «الدواعش», «المتطوعين», «المقاتلين», «القطعات» and «العشائر» (only ever the Iraqi
  army, the Islamic State, the volunteer units, the fighters on the government side, the army's units and
  the tribes of Babil);
- 649: «الجيش», «الحكومة», «جنود», «الجرحى» and «المواطنين» (only ever the Yemeni army and government, the
  soldiers of the parade rehearsal, the campaign's wounded and the residents of Shabwa);
- 650: «الجيش», «المسلحين», «المسلحون», «الحكومة», «الدولة», «العسكريين», «الأسرى» and «المشايخ» (only ever
  the Lebanese army, the militants of the barrens, the Lebanese government and state, the captive soldiers and
  policemen and the clerics of the mediation).
One surface form with the preposition «لـ» fused («للعائلات التي نزحت من قرية الشيخ أحمد») is listed because
the role check looks for an accepted name in the text as written.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge

# ================================ 646: al-Qusayr and its villages (the Qusayr countryside; 2013)
SY_ARMY_646 = {"en": ["Syrian Arab Army", "Military Forces of Syria", "Syrian government forces"],
               "ar": ["الجيش العربي السوري", "وحدات من جيشنا الباسل", "جيشنا الباسل", "وحدات الجيش", "الجيش"]}
SY_ARTILLERY_646 = {"en": ["Syrian Arab Army artillery", "Military Forces of Syria"],
                    "ar": ["المدفعية", "الجيش"]}
MORTAR_CREWS_646 = {"en": ["Syrian armed opposition groups", "rebels"],
                    "ar": ["المجموعات الإرهابية المسلحة"]}
SY_SOLDIERS_646 = {"en": ["Syrian soldiers", "Military Forces of Syria"], "ar": ["أربعة جنود"]}
POPULAR_COMMITTEES_646 = {"en": ["Popular Committees", "pro-government militias", "National Defence Forces"],
                          "ar": ["عناصر من اللجان الشعبية", "اللجان الشعبية"]}
QUSAYR_REBELS = {"en": ["Jabhat al-Nusra", "al-Nusra Front", "Farouq Brigades", "al-Farouq Battalions",
                        "Syrian armed opposition groups", "rebels"],
                 "ar": ["إرهابيي ما يسمى «جبهة النصرة»", "«جبهة النصرة»", "جبهة النصرة", "«كتائب الفاروق»",
                        "كتائب الفاروق"]}
BATTLE_646 = merge(SY_ARMY_646, POPULAR_COMMITTEES_646, QUSAYR_REBELS)
FLEEING_REBELS_646 = {"en": ["rebels withdrawing from al-Qusayr", "rebels", "Syrian armed opposition groups"],
                      "ar": ["من تبقى من المسلحين", "المسلحين"]}
GUNMEN_646 = {"en": ["Syrian armed opposition groups", "rebels"], "ar": ["المسلحين"]}
ABDUCTEES_646 = {"en": ["abductees held in al-Qusayr", "civilians"], "ar": ["عدد من المخطوفين", "المخطوفين"]}
HOLDOUTS_646 = {"en": ["rebels in al-Buwaydah al-Sharqiyah", "rebels", "Syrian armed opposition groups"],
                "ar": ["المسلحين المتحصنين في البلدة", "المسلحين"]}
SY_MFA_646 = {"en": ["Syrian Ministry of Foreign Affairs and Expatriates", "Government of Syria"],
              "ar": ["وزارة الخارجية والمغتربين"]}
TR_QA_646 = {"en": ["Government of Turkey", "Government of Qatar", "Turkey", "Qatar"],
             "ar": ["الحكومتين التركية والقطرية"]}
SARC_646 = {"en": ["Syrian Arab Red Crescent", "SARC"],
            "ar": ["منظمة الهلال الأحمر العربي السوري", "الهلال الأحمر العربي السوري"]}
SY_MOSA = {"en": ["Syrian Ministry of Social Affairs", "Government of Syria"],
           "ar": ["وزارة الشؤون الاجتماعية"]}
QUSAYR_FAMILIES = {"en": ["families displaced from al-Qusayr", "IDPs", "civilians"],
                   "ar": ["نحو ستمئة عائلة", "ستمئة عائلة"]}
CAPTURED_646 = {"en": ["rebels captured in al-Qusayr", "rebels"], "ar": ["أحد عشر مسلحاً"]}
RETURNEES_646 = {"en": ["residents of al-Qusayr", "IDPs", "civilians"], "ar": ["الأهالي"]}
SY_RECONCILIATION = {"en": ["Syrian Minister of State for National Reconciliation", "Government of Syria"],
                     "ar": ["وزير الدولة لشؤون المصالحة الوطنية"]}
QUSAYR_NOTABLES = {"en": ["notables of al-Qusayr and its countryside", "notables of al-Qusayr"],
                   "ar": ["وجهاء من القصير وقرى ريفها", "وجهاء من القصير"]}
SY_NPF = {"en": ["National Progressive Front", "Syrian ruling coalition parties"],
          "ar": ["أحزاب «الجبهة الوطنية التقدمية»", "«الجبهة الوطنية التقدمية»", "الجبهة الوطنية التقدمية"]}

# ====================================================== places: 646
DABAA_ROAD = {"accept": ["الطريق المؤدي إلى مطار الضبعة العسكري", "مطار الضبعة", "al-Dabaa airbase road",
                         "al-Dabaa airbase", "Dabaa"]}
ARJOUN = {"accept": ["بساتين قرية عرجون", "عرجون", "Arjoun", "Arjun"]}
DABAA_VILLAGE = {"accept": ["محيط قرية الضبعة", "الضبعة", "al-Dabaa", "Dabaa"]}
QUSAYR = {"accept": ["مدينة القصير", "القصير", "al-Qusayr", "Qusayr", "Al Qusayr"]}
QUSAYR_EAST = {"accept": ["الأحياء الشرقية للمدينة", "القصير", "al-Qusayr", "Qusayr"]}
BUWAYDAH = {"accept": ["بلدة البويضة الشرقية", "البويضة الشرقية", "al-Buwaydah al-Sharqiyah", "Buwaydah"]}
NABI_MANDO = {"accept": ["قريتي تل النبي مندو والرضوانية", "تل النبي مندو", "Tell al-Nabi Mando", "الرضوانية",
                         "al-Radwaniyah"]}
HISYAH = {"accept": ["بلدة حسياء", "حسياء", "Hisyah", "Hasya"]}

# ================================ 647: the Kuweires airbase and its villages (eastern Aleppo; 2015)
RU_AIR_647 = {"en": ["Russian Aerospace Forces", "Russian Air Force", "Military Forces of Russia", "Russia"],
              "ar": ["طائرات حربية روسية", "طائرات روسية", "الطائرات الروسية"]}
CIVILIANS_647 = {"en": ["civilians of Tell Sabeen and al-Sheikh Ahmad", "civilians"], "ar": ["تسعة مدنيين"]}
REGIME_647 = {"en": ["Syrian government forces", "Military Forces of Syria", "Syrian regime",
                     "Syrian Arab Army"],
              "ar": ["قوات النظام"]}
REGIME_AND_MILITIAS = merge(REGIME_647, {"en": ["pro-government militias"],
                                         "ar": ["الميليشيات الموالية لها"]})
ISIS_647 = {"en": ["Islamic State", "ISIS", "IS", "ISIL", "Daesh"],
            "ar": ["تنظيم «الدولة»", "عناصر التنظيم"]}
ISIS_BOMBER_647 = {"en": ["Islamic State suicide bomber", "Islamic State", "ISIS"],
                   "ar": ["انتحاري من تنظيم «الدولة»", "تنظيم «الدولة»"]}
REGIME_COLUMN = {"en": ["Syrian government forces", "Military Forces of Syria", "Syrian Arab Army"],
                 "ar": ["رتل لقوات النظام", "قوات النظام"]}
BATTLE_647 = merge({"en": [], "ar": ["طلائع قوات النظام"]}, REGIME_647, ISIS_647)
SIEGERS_647 = {"en": ["Syrian armed opposition groups", "rebels", "Islamic State", "ISIS"],
               "ar": ["فصائل المعارضة", "تنظيم «الدولة»"]}
SNC = {"en": ["National Coalition for Syrian Revolutionary and Opposition Forces",
              "Syrian National Coalition", "SNC"],
       "ar": ["«الائتلاف الوطني السوري»", "الائتلاف الوطني السوري"]}
RU_FORCES_647 = {"en": ["Russian Armed Forces", "Military Forces of Russia", "Russia"],
                 "ar": ["القوات الروسية"]}
FRIENDS_OF_SYRIA = {"en": ["Friends of Syria", "states backing the Syrian opposition"],
                    "ar": ["الدول الداعمة للشعب السوري"]}
DISPLACED_647 = {"en": ["displaced families of the Kuweires villages", "IDPs", "civilians"],
                 "ar": ["مئات العائلات"]}
DEIR_HAFER_VICTIMS = {"en": ["civilians of Deir Hafer", "civilians"], "ar": ["ستة عشر مدنياً"]}
ISIS_THREAT_647 = merge(REGIME_647, {"en": ["villagers around Kuweires", "civilians"],
                                     "ar": ["سكان القرى المجاورة"]})
SY_MOD_647 = {"en": ["Syrian Minister of Defence", "Government of Syria", "Syrian regime"],
              "ar": ["وزير الدفاع في حكومة النظام"]}
KUWEIRES_GARRISON = {"en": ["Kuweires airbase garrison", "Syrian Air Force", "Military Forces of Syria"],
                     "ar": ["الضباط والطلاب الذين بقوا فيه", "الضباط والطلاب"]}
SHEIKH_AHMAD_FAMILIES = {"en": ["displaced families of al-Sheikh Ahmad", "IDPs", "civilians"],
                         "ar": ["العائلات التي نزحت من قرية الشيخ أحمد",
                                "للعائلات التي نزحت من قرية الشيخ أحمد"]}
SHEIKH_AHMAD_NOTABLES = {"en": ["notables of al-Sheikh Ahmad"], "ar": ["وجهاء القرية"]}
ALEPPO_COUNCIL = {"en": ["Free Aleppo Provincial Council", "Aleppo Provincial Council", "Syrian opposition"],
                  "ar": ["مجلس محافظة حلب الحرة"]}
AID_ORGS_647 = {"en": ["humanitarian organisations", "aid agencies"],
                "ar": ["المنظمات الإنسانية العاملة في تركيا", "المنظمات الإنسانية"]}
TELL_SABEEN_MEN = {"en": ["young men of Tell Sabeen", "civilians"], "ar": ["عشرين شاباً"]}

# ====================================================== places: 647
TELL_SABEEN_SHEIKH_AHMAD = {"accept": ["قريتي تل سبعين والشيخ أحمد", "تل سبعين", "Tell Sabeen", "Tal Sabin",
                                       "الشيخ أحمد", "al-Sheikh Ahmad"]}
SAFIRA = {"accept": ["بلدة السفيرة", "السفيرة", "al-Safira", "Safira"]}
TELL_NAAM_ROAD = {"accept": ["الطريق الترابي بين قرية تل نعام والمطار", "تل نعام", "Tell Naam", "Tal Naam"]}
KUWEIRES = {"accept": ["مطار كويرس", "كويرس", "Kuweires airbase", "Kuweires", "Kweiris", "Quweires"]}
KUWEIRES_VILLAGES = {"accept": ["قرى الجبول وتل سبعين والشيخ أحمد", "الجبول", "al-Jabboul", "تل سبعين",
                                "Tell Sabeen", "الشيخ أحمد", "al-Sheikh Ahmad"]}
DEIR_HAFER = {"accept": ["بلدة دير حافر", "دير حافر", "Deir Hafer", "Dayr Hafir"]}
JABBOUL = {"accept": ["قرية الجبول", "الجبول", "al-Jabboul", "Jabboul"]}
SHEIKH_AHMAD = {"accept": ["قرية الشيخ أحمد", "الشيخ أحمد", "al-Sheikh Ahmad"]}
TELL_SABEEN = {"accept": ["قرية تل سبعين", "تل سبعين", "Tell Sabeen", "Tal Sabin"]}

# ================================ 648: Jurf al-Sakhar (northern Babil, Iraq; 2014)
ISIS_648 = {"en": ["Islamic State", "ISIS", "IS", "ISIL", "Daesh"],
            "ar": ["عصابات داعش الإرهابية", "عصابات داعش", "الدواعش", "داعش"]}
VOLUNTEERS_648 = {"en": ["Popular Mobilization Forces volunteers", "Popular Mobilization Forces", "PMF",
                         "volunteers"],
                  "ar": ["ثلاثة من المتطوعين", "المتطوعين"]}
IQ_FORCES_648 = {"en": ["Military Forces of Iraq", "Iraqi Army", "Iraqi Federal Police",
                        "Popular Mobilization Forces", "PMF", "Iraqi security forces"],
                 "ar": ["قطعات من الجيش والشرطة الاتحادية", "سرايا المتطوعين", "الشرطة الاتحادية", "الجيش"]}
BATTLE_648 = merge(IQ_FORCES_648, ISIS_648)
ISIS_SNIPER = {"en": ["Islamic State sniper", "Islamic State", "ISIS", "Daesh"],
               "ar": ["قناص من عصابات داعش", "عصابات داعش", "داعش"]}
FED_POLICE_648 = {"en": ["Iraqi Federal Police", "Military Forces of Iraq"],
                  "ar": ["نقطة للشرطة الاتحادية", "منتسبان اثنان", "الشرطة الاتحادية"]}
BABIL_OPS = {"en": ["Babil Operations Command", "Military Forces of Iraq", "Iraqi security forces"],
             "ar": ["قيادة العمليات", "قيادة عمليات بابل"]}
JURF_FAMILIES = {"en": ["displaced families of Jurf al-Sakhar", "IDPs", "civilians"],
                 "ar": ["العائلات النازحة من الناحية", "العائلات النازحة"]}
PMF_COLUMNS = {"en": ["Popular Mobilization Forces", "PMF", "volunteers"],
               "ar": ["أرتال جديدة من سرايا المتطوعين", "سرايا المتطوعين"]}
IQ_UNITS_648 = {"en": ["Military Forces of Iraq", "Iraqi Army", "Iraqi security forces"],
                "ar": ["القطعات المقتحمة", "القطعات"]}
ISIS_GATHERING = {"en": ["Islamic State fighters", "Islamic State", "ISIS", "Daesh"],
                  "ar": ["العشرات من عناصر داعش الفارين", "عناصر داعش", "داعش"]}
HUSSEIN_SHRINE = {"en": ["Imam Hussein Shrine administration", "Holy Shrine of Imam Hussein"],
                  "ar": ["العتبة الحسينية المقدسة"]}
FIGHTERS_648 = {"en": ["Iraqi security forces and volunteers", "Popular Mobilization Forces", "PMF"],
                "ar": ["المقاتلين في محاور جرف الصخر", "المقاتلين في جرف الصخر", "المقاتلين"]}
ISKANDARIYA_VICTIMS = {"en": ["civilians of al-Iskandariya", "civilians"], "ar": ["أحد عشر مدنياً"]}
THREATENED_648 = {"en": ["Popular Mobilization Forces", "PMF", "volunteers",
                         "residents of Karbala and Najaf"],
                  "ar": ["المتطوعون"]}
KARBALA_SECURITY = {"en": ["Karbala security forces", "Iraqi security forces"],
                    "ar": ["مسؤول أمني في كربلاء"]}
COALITION_648 = {"en": ["US-led coalition", "Combined Joint Task Force", "coalition aircraft"],
                 "ar": ["طائرات التحالف الدولي", "التحالف الدولي"]}
ISIS_POSITIONS = {"en": ["Islamic State", "ISIS", "Daesh"], "ar": ["مواقع الدواعش", "الدواعش"]}
IQ_SECURITY_648 = {"en": ["Iraqi security forces", "Military Forces of Iraq"], "ar": ["القوات الأمنية"]}
JURF_SHEIKHS = {"en": ["tribal sheikhs of Jurf al-Sakhar", "tribal leaders"],
                "ar": ["شيوخ عشائر من ناحية جرف الصخر", "شيوخ عشائر"]}
BABIL_GOVERNMENT = {"en": ["Babil provincial government", "Babil Provincial Council", "Government of Iraq"],
                    "ar": ["الحكومة المحلية في بابل"]}
BABIL_COUNCIL = {"en": ["Babil Provincial Council", "Government of Iraq"], "ar": ["مجلس محافظة بابل"]}
BABIL_GUESTS = {"en": ["Babil Operations Command", "Popular Mobilization Forces"],
                "ar": ["قادة العمليات", "ممثلون عن سرايا المتطوعين"]}
MARJA_REP = {"en": ["representative of the supreme Shia religious authority", "Marjaiya", "Shia clergy"],
             "ar": ["ممثل المرجعية الدينية العليا"]}
BABIL_TRIBES = {"en": ["tribes of Babil", "tribal leaders"], "ar": ["العشائر"]}

# ====================================================== places: 648
MUSAYYIB_ROAD = {"accept": ["الطريق الرابط بين قضاء المسيب وناحية جرف الصخر", "المسيب", "al-Musayyib",
                            "Musayyib"]}
JURF = {"accept": ["ناحية جرف الصخر", "جرف الصخر", "Jurf al-Sakhar", "Jurf as-Sakhr"]}
JURF_FRONTS = {"accept": ["محاور جرف الصخر", "جرف الصخر", "Jurf al-Sakhar"]}
FADHILIYA = {"accept": ["قرية الفاضلية", "الفاضلية", "al-Fadhiliya", "Fadhiliyah"]}
MUSAYYIB = {"accept": ["قضاء المسيب", "المسيب", "al-Musayyib", "Musayyib"]}
AMIRIYAH = {"accept": ["بساتين قريبة من عامرية الفلوجة", "عامرية الفلوجة", "Amiriyat al-Fallujah",
                       "Amiriyah"]}
ISKANDARIYA = {"accept": ["ناحية الإسكندرية", "الإسكندرية", "al-Iskandariya", "Iskandariyah"]}
KARBALA = {"accept": ["كربلاء", "Karbala", "Kerbala"]}
KARBALA_SHRINE = {"accept": ["الصحن الحسيني الشريف في كربلاء", "كربلاء", "Karbala"]}
HILLA = {"accept": ["الحلة", "Hilla", "al-Hillah"]}

# ================================ 649: Azzan and Habban (Shabwa, Yemen; 2012)
AQAP_649 = {"en": ["al-Qaeda in the Arabian Peninsula", "AQAP", "Ansar al-Sharia"],
            "ar": ["عناصر تنظيم القاعدة الإرهابي", "تنظيم القاعدة", "ما يسمى «أنصار الشريعة»",
                   "«أنصار الشريعة»", "أنصار الشريعة", "العناصر الإرهابية", "عناصر التنظيم"]}
HABBAN_CHILDREN = {"en": ["children of Habban", "civilians"], "ar": ["طفلان"]}
YE_AIR = {"en": ["Yemeni Air Force", "Military Forces of Yemen"], "ar": ["طائرات القوات الجوية"]}
YE_FORCES = {"en": ["Military Forces of Yemen", "Yemeni Army", "Popular Committees",
                    "Popular Resistance Committees"],
             "ar": ["وحدات من الجيش", "اللجان الشعبية", "أبطال القوات المسلحة واللجان الشعبية", "الجيش"]}
BATTLE_649 = merge(YE_FORCES, AQAP_649)
YE_COMMANDER = {"en": ["commander of the Shabwa military campaign", "Military Forces of Yemen"],
                "ar": ["قائد الحملة العسكرية في المحافظة"]}
FLEEING_AQAP = {"en": ["AQAP fighters", "AQAP", "Ansar al-Sharia"], "ar": ["العناصر الفارة"]}
SHABWA_TRIBES = {"en": ["Shabwa tribes", "Popular Committees", "tribal militias"],
                 "ar": ["قبائل المحافظة", "اللجان الشعبية"]}
POPULAR_COMMITTEES_649 = {"en": ["Popular Committees", "Popular Resistance Committees"],
                          "ar": ["اللجان الشعبية"]}
AQAP_PRISONERS = {"en": ["AQAP fighters", "AQAP"], "ar": ["سبعة من عناصر التنظيم"]}
SABEEN_BOMBER = {"en": ["AQAP suicide bomber", "AQAP", "al-Qaeda in the Arabian Peninsula"],
                 "ar": ["انتحاري يرتدي زياً عسكرياً", "تنظيم القاعدة"]}
PARADE_SOLDIERS = {"en": ["Yemeni soldiers", "Military Forces of Yemen"],
                   "ar": ["جنود كانوا يتدربون على العرض العسكري", "جنود"]}
AZZAN_NOTABLES = {"en": ["notables of Azzan", "civilians"], "ar": ["ثلاثة من وجهاء عزان"]}
SHABWA_GOVERNOR = {"en": ["Governor of Shabwa", "Government of Yemen"], "ar": ["محافظ شبوة"]}
YE_GOV = {"en": ["Government of Yemen"], "ar": ["الحكومة"]}
YE_MOD = {"en": ["Yemeni Ministry of Defence", "Government of Yemen", "Military Forces of Yemen"],
          "ar": ["وزارة الدفاع"]}
YRCS = {"en": ["Yemen Red Crescent Society", "YRCS"], "ar": ["جمعية الهلال الأحمر اليمني"]}
AZZAN_FAMILIES = {"en": ["families displaced from Azzan", "IDPs", "civilians"],
                  "ar": ["نحو أربعمئة عائلة نازحة من عزان", "أربعمئة عائلة"]}
SHABWA_AUTHORITIES = {"en": ["Shabwa local authorities", "Government of Yemen"], "ar": ["السلطات المحلية"]}
SHABWA_SECURITY_COMMITTEE = {"en": ["Shabwa security committee", "Government of Yemen"],
                             "ar": ["اللجنة الأمنية في المحافظة"]}
SHABWA_CITIZENS = {"en": ["residents of Shabwa", "civilians"], "ar": ["المواطنين"]}
YE_MINISTER = {"en": ["Yemeni Minister of Defence", "Government of Yemen"], "ar": ["وزير الدفاع"]}
SHABWA_SHEIKHS = {"en": ["tribal sheikhs of Shabwa", "tribal leaders"],
                  "ar": ["شيوخ القبائل ووجهاء المديريات", "شيوخ القبائل"]}
ATAQ_WOUNDED = {"en": ["wounded in Ataq hospital"], "ar": ["الجرحى"]}

# ====================================================== places: 649
HABBAN = {"accept": ["مدينة حبان", "حبان", "Habban"]}
AZZAN_HILLS = {"accept": ["الجبال المحيطة بعزان", "عزان", "Azzan"]}
AZZAN = {"accept": ["مدينة عزان", "عزان", "Azzan", "Azan"]}
AZZAN_SQUARE = {"accept": ["ساحة عزان", "عزان", "Azzan"]}
AZZAN_HABBAN = {"accept": ["عزان وحبان", "عزان", "حبان", "Azzan", "Habban"]}
AZZAN_ATAQ_ROAD = {"accept": ["الطريق بين عزان وعتق", "عزان", "عتق", "Azzan", "Ataq"]}
SABEEN_SQUARE = {"accept": ["ميدان السبعين بصنعاء", "ميدان السبعين", "صنعاء", "al-Sabeen Square", "Sanaa"]}
AZZAN_MOUNTAINS = {"accept": ["منطقة جبلية وعرة", "عزان", "Azzan"]}
ATAQ = {"accept": ["عتق", "Ataq"]}
ATAQ_SCHOOLS = {"accept": ["مدارس عتق", "عتق", "Ataq"]}

# ================================ 650: al-Qaa and its barrens (northern Bekaa, Lebanon; 2014)
LAF_650 = {"en": ["Lebanese Armed Forces", "LAF", "Lebanese Army", "Military Forces of Lebanon"],
           "ar": ["وحدات الجيش اللبناني", "الجيش اللبناني", "قيادة الجيش", "الجيش"]}
JIHADISTS_650 = {"en": ["Jabhat al-Nusra", "al-Nusra Front", "Islamic State", "ISIS", "Daesh",
                        "Syrian jihadist militants"],
                 "ar": ["مسلحين تكفيريين", "«جبهة النصرة»", "جبهة النصرة", "تنظيم «داعش»", "«داعش»",
                        "المسلحون", "المسلحين"]}
BATTLE_650 = merge(LAF_650, JIHADISTS_650)
RAIDERS_650 = {"en": ["Jabhat al-Nusra and Islamic State militants", "Syrian jihadist militants"],
               "ar": ["مجموعة من المسلحين", "المسلحين"]}
ISF_650 = {"en": ["Lebanese Internal Security Forces", "ISF", "Internal Security Forces"],
           "ar": ["مخفر قوى الأمن الداخلي", "قوى الأمن الداخلي"]}
STATION_FIGHT_650 = merge(RAIDERS_650, ISF_650)
CAPTIVES_650 = {"en": ["Lebanese soldiers and policemen taken captive", "Lebanese Armed Forces",
                       "Internal Security Forces"],
                "ar": ["عدداً من العسكريين ورجال قوى الأمن الداخلي", "العسكريين"]}
CLERICS_650 = {"en": ["Muslim Scholars Committee", "Committee of Muslim Scholars", "Sunni clerics"],
               "ar": ["«هيئة العلماء المسلمين»", "هيئة العلماء المسلمين"]}
TRUCE_PARTIES_650 = {"en": ["Lebanese Armed Forces", "Jabhat al-Nusra", "Islamic State"],
                     "ar": ["قادة المسلحين", "قيادة الجيش"]}
UNKNOWN_GUNMEN_650 = {"en": ["unidentified gunmen"], "ar": ["مسلحين مجهولين"]}
CLERICS_CONVOY = {"en": ["Muslim Scholars Committee delegation", "clerics", "civilians"],
                  "ar": ["موكب لوفد من المشايخ", "اثنان من المشايخ", "المشايخ"]}
LAF_COMMAND = {"en": ["Lebanese Armed Forces", "LAF", "Military Forces of Lebanon"],
               "ar": ["قيادة الجيش", "الجيش"]}
THREATENED_650 = {"en": ["captive Lebanese soldiers", "Lebanese Armed Forces"],
                  "ar": ["العسكريين الأسرى", "قيادة الجيش"]}
PARTY_LEADER = {"en": ["leader of the party", "Lebanese Christian party"], "ar": ["رئيس الحزب"]}
LB_GOV = {"en": ["Government of Lebanon", "Lebanese government", "Council of Ministers"], "ar": ["الحكومة"]}
LB_STATE = {"en": ["Government of Lebanon", "Lebanese state"], "ar": ["الدولة"]}
BEKAA_MP = {"en": ["MP for the northern Bekaa", "Lebanese MP"], "ar": ["نائب عن المنطقة"]}
CAPTORS_650 = {"en": ["Jabhat al-Nusra and Islamic State militants", "Syrian jihadist militants"],
               "ar": ["المسلحون"]}
PRISONERS_650 = {"en": ["captive soldiers and policemen"], "ar": ["أياً من الأسرى", "الأسرى"]}
LRC = {"en": ["Lebanese Red Cross"], "ar": ["سيارات الصليب الأحمر", "الصليب الأحمر"]}
CARITAS = {"en": ["Caritas Lebanon", "Caritas"], "ar": ["«كاريتاس لبنان»", "كاريتاس لبنان"]}
QAA_DISPLACED = {"en": ["families displaced from the Qaa projects", "IDPs", "civilians"],
                 "ar": ["نحو مئتي عائلة", "مئتي عائلة"]}
CAPTIVES_FAMILIES = {"en": ["families of the captive soldiers", "protesters"],
                     "ar": ["عائلات العسكريين الأسرى"]}
LEBANESE_PUBLIC = {"en": ["Lebanese citizens", "civilians"], "ar": ["اللبنانيين"]}

# ====================================================== places: 650
QAA_BARRENS = {"accept": ["مراكز الجيش المنتشرة في جرود القاع", "جرود القاع", "القاع", "al-Qaa barrens",
                          "al-Qaa", "Qaa"]}
MASHARII_STATION = {"accept": ["مخفر قوى الأمن الداخلي في مشاريع القاع", "مشاريع القاع", "Masharii al-Qaa",
                               "Qaa projects"]}
QAA_HILLS = {"accept": ["جرود القاع", "الجرود", "القاع", "al-Qaa barrens", "al-Qaa"]}
MASHARII = {"accept": ["مشاريع القاع", "المشاريع", "Masharii al-Qaa", "Qaa projects"]}
MASHARII_ROAD = {"accept": ["الطريق الزراعية إلى مشاريع القاع", "مشاريع القاع", "Masharii al-Qaa"]}
FAKIHA = {"accept": ["بلدة الفاكهة", "الفاكهة", "al-Fakiha", "Fakiha"]}
QAA_TOWN = {"accept": ["بلدة القاع", "القاع", "al-Qaa", "Qaa"]}
BEIRUT_SERAIL = {"accept": ["السراي الحكومي في بيروت", "بيروت", "Grand Serail", "Beirut"]}
