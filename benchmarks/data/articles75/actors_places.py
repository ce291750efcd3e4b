"""Accepted actor names and place names for the seventy-fifth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الحكومة», «الوفد») are left out on purpose, with these
exceptions, each used only in an article where it names a single actor:
- 372: «الفيلق» (only ever Faylaq al-Rahman);
- 373: «التنظيم» (only ever ISIS);
- 374: «الجماعة» (only ever Ansar al-Sharia), «الحكومة» (only ever the Yemeni government);
- 375: «الكتيبة» (only ever the Okba Ibn Nafaa Brigade), «الوالي» (only ever the governor of Kasserine).
«الجيش» is never accepted alone: in 371 it would also match «الجيش السوري الحر».
In meetings and visits (CONSULT) and agreements between them both parties are accepted in either role: PLOVER
makes the visitor the source, while the Arabic sentence often makes the host its subject. In a two-sided fight
(371 ¶3, 372's and 373's main events) both sides are sources and there is no recipient. An air strike whose
author is disputed (374) accepts every author the article names.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ============ 371: Latamneh, Morek, Qalaat al-Madiq, Mhardeh, Halfaya (Hama, Syria), 2013
SY_REGIME = {"en": ["Syrian government forces", "Syrian regime", "Syrian Arab Army",
                    "Military Forces of Syria"],
             "ar": ["قوات النظام", "وحدات من الجيش", "حواجز النظام", "مروحيات النظام", "النظام السوري"]}
SY_REGIME_AIR = merge({"en": ["Syrian Arab Air Force"], "ar": ["طائرة حربية"]}, SY_REGIME)
SY_REGIME_COLUMN = merge({"en": ["Syrian army column", "column of tanks and troop carriers"],
                          "ar": ["رتل من الدبابات وناقلات الجنود", "رتل من الدبابات"]}, SY_REGIME)
LATAMNEH_CIVILIANS = {"en": ["civilians", "seven civilians", "residents of Latamneh"],
                      "ar": ["سبعة مدنيين", "مدنيين", "عائلة واحدة"]}
FSA_RIF = {"en": ["Free Syrian Army", "FSA", "Shuhada al-Rif Brigade", "rebels"],
           "ar": ["كتائب من «الجيش السوري الحر»", "«الجيش السوري الحر»", "الجيش السوري الحر",
                  "«لواء شهداء الريف»", "لواء شهداء الريف", "قائد «لواء شهداء الريف»"]}
MORAK_FIGHT = merge(FSA_RIF, SY_REGIME, {"en": ["checkpoint guards"], "ar": ["عناصر الحاجز"]})
LATAMNEH_COUNCIL = {"en": ["Latamneh Local Council", "local council of Latamneh"],
                    "ar": ["«المجلس المحلي لبلدة اللطامنة»", "المجلس المحلي لبلدة اللطامنة",
                           "المجلس المحلي في اللطامنة", "المجلس المحلي"]}
SY_COALITION_FOS = {"en": ["Syrian National Coalition", "Friends of Syria", "National Coalition"],
                    "ar": ["«الائتلاف الوطني»", "الائتلاف الوطني", "«أصدقاء سوريا»", "أصدقاء سوريا"]}
MHARDEH_MEDIATORS = {"en": ["mediators from Mhardeh", "mediators"], "ar": ["وسطاء من محردة"]}
HAMA_OPS_ROOM = merge({"en": ["four rebel brigades of the northern Hama countryside",
                              "joint operations room"],
                       "ar": ["أربع كتائب عاملة في الريف الشمالي", "أربع كتائب", "غرفة عمليات مشتركة"]},
                      FSA_RIF)
SARC = {"en": ["Syrian Arab Red Crescent", "SARC", "Red Crescent"],
        "ar": ["«الهلال الأحمر العربي السوري»", "الهلال الأحمر العربي السوري", "الهلال الأحمر"]}
SY_MIL_SECURITY = {"en": ["Military Security branch in Hama", "Military Security", "Syrian government"],
                   "ar": ["فرع الأمن العسكري في حماة", "فرع الأمن العسكري", "الأمن العسكري"]}
LATAMNEH_STUDENTS = {"en": ["eleven university students", "students from Latamneh"],
                     "ar": ["أحد عشر طالباً جامعياً", "أحد عشر طالباً"]}
SY_POL_SECURITY = {"en": ["Political Security", "Political Security patrols", "Syrian government"],
                   "ar": ["دوريات تابعة للأمن السياسي", "الأمن السياسي"]}
HAMA_YOUTHS = {"en": ["eighteen young men", "young men of Hama"], "ar": ["ثمانية عشر شاباً"]}
HALFAYA_VICTIMS = {"en": ["five people", "market-goers in Halfaya", "civilians"],
                   "ar": ["خمسة أشخاص", "بائع خضار وابنه"]}

# ====================================================== places: 371
LATAMNEH = {"accept": ["اللطامنة", "بلدة اللطامنة", "الحي الشرقي من بلدة اللطامنة", "Latamneh", "al-Latamneh",
                       "al-Lataminah", "Lataminah"]}
MORAK_CP = {"accept": ["حاجز المداجن", "مورك", "صوران", "Morek", "Murak", "Souran", "Suran"]}
QALAAT_MADIQ = {"accept": ["قلعة المضيق", "بلدة قلعة المضيق", "Qalaat al-Madiq", "Qal'at al-Madiq"]}
MHARDEH = {"accept": ["محردة", "بلدة محردة", "Mhardeh", "Muhradah", "Mahardah"]}
HAMA_NORTH = {"accept": ["الريف الشمالي", "ريف حماة الشمالي", "northern Hama countryside"]}
HAMA_CITY = {"accept": ["حماة", "مدينة حماة", "Hama"]}
HAMA_NBHD = {"accept": ["حيّي الحاضر وطريق حلب", "الحاضر", "طريق حلب", "al-Hader", "Tariq Halab", "مدينة حماة",
                        "Hama"]}
HALFAYA = {"accept": ["حلفايا", "بلدة حلفايا", "Halfaya", "Halfaya market"]}

# ============ 372: Misraba, Hamouriyeh, Arbin, Douma (Eastern Ghouta, Rif Dimashq, Syria), 2016
JAI = {"en": ["Jaysh al-Islam", "Army of Islam"], "ar": ["«جيش الإسلام»", "جيش الإسلام"]}
FAILAQ = {"en": ["Faylaq al-Rahman", "Al-Rahman Legion"],
          "ar": ["«فيلق الرحمن»", "فيلق الرحمن", "«الفيلق»", "الفيلق"]}
GHOUTA_FIGHT = merge(JAI, FAILAQ)
GHOUTA_LEADERS = merge({"en": ["commanders of the two factions"], "ar": ["قياديين من الفصيلين"]}, JAI, FAILAQ)
MISRABA_COUNCIL = {"en": ["Misraba Local Council", "members of the Misraba local council"],
                   "ar": ["أعضاء المجلس المحلي في بلدة مسرابا", "المجلس المحلي في بلدة مسرابا",
                          "أعضاء المجلس المحلي", "مجلس مسرابا", "المجلس المستقيل"]}
HAMOURIYA_PROTESTERS = {"en": ["residents of Hamouriyeh", "sit-in protesters", "protesters"],
                        "ar": ["مئات الأهالي", "المعتصمين", "المعتصمون", "منظمو الاعتصام"]}
UNIFIED_JUDICIARY = {"en": ["Unified Judicial Council", "Eastern Ghouta Unified Judiciary"],
                     "ar": ["«مجلس القضاء الموحد»", "مجلس القضاء الموحد"]}
DOUMA_JUDGES = {"en": ["two judges of the Douma court", "judges"], "ar": ["قاضيين في محكمة دوما"]}
RD_PROV_COUNCIL = {"en": ["Rif Dimashq Provincial Council", "Damascus Countryside Provincial Council"],
                   "ar": ["رئيس «مجلس محافظة ريف دمشق»", "«مجلس محافظة ريف دمشق»", "مجلس محافظة ريف دمشق"]}
MISRABA_VISIT = merge(RD_PROV_COUNCIL, MISRABA_COUNCIL, HAMOURIYA_PROTESTERS)
SULH_BODY = {"en": ["General Commission for Reconciliation", "reconciliation commission"],
             "ar": ["«الهيئة العامة للصلح»", "الهيئة العامة للصلح"]}
JAI_CAPTIVES = merge({"en": ["Jaysh al-Islam fighters held by Faylaq al-Rahman"],
                      "ar": ["مقاتلي «جيش الإسلام» الذين أسرهم", "مقاتلي «جيش الإسلام»"]}, JAI)
SNC = {"en": ["Syrian National Coalition", "National Coalition", "SNC"],
       "ar": ["«الائتلاف الوطني السوري»", "الائتلاف الوطني السوري", "الائتلاف الوطني"]}
MISRABA_SUPPORTED = merge(HAMOURIYA_PROTESTERS, MISRABA_COUNCIL)
HAMOURIYA_DEAL = {"en": ["Hamouriyeh notables", "armed groups around the market"],
                  "ar": ["لجنة من وجهاء البلدة", "وجهاء البلدة", "قادة المجموعات المنتشرة في محيط السوق"]}
HAMOURIYA_TRADERS = {"en": ["traders of the central market of Hamouriyeh"],
                     "ar": ["تجار السوق المركزي في حمورية", "تجار السوق المركزي"]}
DOUMA_VICTIMS = {"en": ["thirteen people", "market-goers in Douma"], "ar": ["ثلاثة عشر شخصاً"]}

# ====================================================== places: 372
ASHARI = {"accept": ["مزارع الأشعري", "الأشعري", "al-Ash'ari farms", "Ashari", "مسرابا", "بيت سوى", "Misraba",
                     "Beit Sawa"]}
MISRABA = {"accept": ["مسرابا", "بلدة مسرابا", "Misraba", "Mesraba"]}
HAMOURIYA = {"accept": ["حمورية", "بلدة حمورية", "Hamouriyeh", "Hammouriyeh", "Hamouria"]}
MISRABA_HAMOURIYA = place(MISRABA, HAMOURIYA)
ARBIN = {"accept": ["بلدة عربين", "عربين", "Arbin", "Irbin"]}
DOUMA = {"accept": ["مدينة دوما", "دوما", "Douma", "Duma"]}
DOUMA_COURT = {"accept": ["محكمة دوما", "دوما", "Douma"]}

# ============ 373: Mulla Abdullah, Multaqa, Rashad, Taza, Bashir, Daquq, Hawija, Kirkuk (Iraq), 2014
PESHMERGA = {"en": ["Peshmerga", "Kurdish Peshmerga", "Peshmerga forces", "Kurdistan Regional Government"],
             "ar": ["قوات البيشمركة", "البيشمركة", "مدفعية البيشمركة"]}
ISIS = {"en": ["Islamic State", "ISIS", "ISIL", "IS", "Daesh"],
        "ar": ["تنظيم «داعش»", "«داعش»", "داعش", "مسلحو التنظيم", "التنظيم", "مواقع للتنظيم"]}
KIRKUK_FIGHT = merge(ISIS, PESHMERGA)
KIRKUK_ER_POLICE = {"en": ["Kirkuk emergency police", "Iraqi police"],
                    "ar": ["قوة من شرطة الطوارئ في كركوك", "شرطة الطوارئ"]}
TURKMEN_VOLUNTEERS = {"en": ["Turkmen volunteers", "Turkmen volunteer fighters",
                              "Popular Mobilization Forces"],
                      "ar": ["فصيل من المتطوعين التركمان", "فصائل المتطوعين التركمان", "المتطوعين التركمان"]}
BASHIR_BESIEGERS = merge(PESHMERGA, TURKMEN_VOLUNTEERS)
ASAYISH_KIRKUK = {"en": ["Asayish", "Kurdish security police", "Kirkuk Asayish directorate"],
                  "ar": ["قوات الآسايش", "الآسايش"]}
ITF = {"en": ["Iraqi Turkmen Front", "ITF"],
       "ar": ["«الجبهة التركمانية العراقية»", "الجبهة التركمانية العراقية", "الجبهة التركمانية"]}
IRAQ_FED_GOV = {"en": ["Iraqi federal government", "Iraqi government", "Government of Iraq"],
                "ar": ["الحكومة الاتحادية", "الجهات الرسمية"]}
HAWIJA_COLLABORATORS = {"en": ["residents who cooperate with the Peshmerga", "villagers of southern Hawija"],
                        "ar": ["كل من يتعاون مع البيشمركة"]}
PESH_MINISTRY_VISIT = {"en": ["Ministry of Peshmerga Affairs delegation", "Kirkuk governor", "Kirkuk police"],
                       "ar": ["وفد عسكري من وزارة شؤون البيشمركة", "وزارة شؤون البيشمركة",
                              "المحافظ وقادة الشرطة"]}
KIRKUK_POLICE_CMD = {"en": ["Kirkuk police command", "Iraqi police"], "ar": ["قيادة شرطة كركوك"]}
ANTI_ISIS_COALITION = {"en": ["US-led coalition", "international coalition", "coalition countries"],
                       "ar": ["دول في التحالف الدولي", "التحالف الدولي"]}
RAHIMAWA_VICTIMS = {"en": ["six people", "civilians"], "ar": ["ستة أشخاص"]}

# ====================================================== places: 373
MULLA_ABDULLAH = {"accept": ["قرية ملا عبدالله", "ملا عبدالله", "Mulla Abdullah", "Mala Abdullah"]}
MULTAQA_RASHAD = {"accept": ["ناحيتي الملتقى والرشاد", "الملتقى", "الرشاد", "al-Multaqa", "Multaqa",
                             "al-Rashad", "Rashad"]}
TAZA_ROAD = {"accept": ["الطريق بين كركوك وتازة", "تازة", "Taza", "Taza Khurmatu"]}
KHADRA_TAL_ALI = {"accept": ["قريتي الخضراء وتل علي", "الخضراء", "تل علي", "al-Khadra", "Tal Ali", "الملتقى",
                             "Multaqa"]}
BASHIR_FRONT = {"accept": ["ناحية بشير", "بشير", "Bashir", "قضاء داقوق", "داقوق", "Daquq"]}
KIRKUK_SOUTH_GATE = {"accept": ["المدخل الجنوبي لمدينة كركوك", "كركوك", "Kirkuk", "داقوق", "Daquq"]}
BASHIR = {"accept": ["ناحية بشير", "بشير", "Bashir"]}
HAWIJA_MULTAQA = {"accept": ["القرى المحاذية لناحية الملتقى", "الحويجة", "الملتقى", "Hawija", "al-Hawija",
                             "Multaqa"]}
HAWIJA_SOUTH = {"accept": ["قرى جنوبي الحويجة", "الحويجة", "Hawija", "al-Hawija"]}
KIRKUK = {"accept": ["كركوك", "مدينة كركوك", "Kirkuk"]}
RAHIMAWA = {"accept": ["حي رحيم آوه", "رحيم آوه", "Rahimawa", "Rahim Awa", "Kirkuk"]}

# ============ 374: Azzan, Habban, Ataq, Nisab, al-Musayna'a (Shabwa, Yemen), 2012
AZZAN_STRIKER = {"en": ["unidentified aircraft", "US drone", "United States", "Yemeni Air Force",
                        "Yemeni armed forces"],
                 "ar": ["طائرة من دون طيار", "مقاتلات تابعة للقوات الجوية اليمنية", "القوات الجوية اليمنية",
                        "«الطائرات الأمريكية الصليبية»", "الطائرات الأمريكية"]}
AZZAN_VICTIMS = {"en": ["six people", "passengers of two cars", "AQAP members", "farmers", "civilians"],
                 "ar": ["ستة أشخاص", "عناصر في تنظيم القاعدة", "أربعة مزارعين", "مدنيون عُزّل"]}
AAS = {"en": ["Ansar al-Sharia", "al-Qaeda in the Arabian Peninsula", "AQAP"],
       "ar": ["جماعة «أنصار الشريعة»", "«أنصار الشريعة»", "أنصار الشريعة", "الجماعة", "تنظيم القاعدة"]}
USA = {"en": ["United States", "US", "American forces"],
       "ar": ["«الطائرات الأمريكية الصليبية»", "الطائرات الأمريكية", "«الأمريكان وعملائهم»", "الأمريكان"]}
AZZAN_THREATENED = merge(USA, {"en": ["Yemeni soldiers around Azzan", "Yemeni army"],
                               "ar": ["الجنود في النقاط العسكرية المحيطة بعزان", "الجنود"]})
SHABWA_ELDERS = {"en": ["tribal sheikhs and notables of the area", "tribal elders"],
                 "ar": ["مشايخ ووجهاء من قبائل المنطقة", "المشايخ"]}
SHABWA_AUTHORITIES = {"en": ["Shabwa local authorities", "local authorities"], "ar": ["السلطات المحلية"]}
SHABWA_OBSERVATORY = {"en": ["Shabwa Observatory for Rights and Freedoms"],
                      "ar": ["«مرصد شبوة للحقوق والحريات»", "مرصد شبوة للحقوق والحريات"]}
SHABWA_MP = {"en": ["member of parliament for Shabwa", "Yemeni MP"],
             "ar": ["نائب عن محافظة شبوة في مجلس النواب", "نائب عن محافظة شبوة"]}
YE_GOV = {"en": ["Yemeni government", "Government of Yemen", "Ministry of Defence"],
          "ar": ["الحكومة", "وزير الدفاع"]}
YE_MOD_SOURCE = {"en": ["Ministry of Defence source", "Yemeni Ministry of Defence"],
                 "ar": ["مصدر في الوزارة", "وزارة الدفاع"]}
SHABWA_GOVERNOR = {"en": ["governor of Shabwa", "Shabwa governor"], "ar": ["محافظ شبوة"]}
SHABWA_SEC_COMMITTEE = {"en": ["Shabwa security committee", "Yemeni security forces"],
                        "ar": ["اللجنة الأمنية في المحافظة", "اللجنة الأمنية"]}
SHABWA_TRIBESMEN = {"en": ["tribesmen", "local tribes"], "ar": ["أبناء القبائل"]}
YE_PARL_VISIT = {"en": ["parliamentary fact-finding committee", "families of the victims", "local officials"],
                 "ar": ["لجنة من مجلس النواب", "أسر الضحايا", "المسؤولين المحليين"]}
MUSAYNAA_VICTIMS = {"en": ["three people", "AQAP leaders"], "ar": ["ثلاثة أشخاص"]}

# ====================================================== places: 374
AZZAN_ROAD = {"accept": ["الطريق الترابي بين مدينة عزان ومديرية حبان", "عزان", "حبان", "Azzan", "Habban",
                         "Shabwa"]}
AZZAN = {"accept": ["عزان", "مدينة عزان", "Azzan"]}
ATAQ = {"accept": ["مدينة عتق", "عتق", "Ataq", "Ataq city"]}
ATAQ_AZZAN_ROAD = {"accept": ["الطريق الرئيسي بين عتق وعزان", "عتق", "عزان", "Ataq", "Azzan"]}
NISAB = {"accept": ["مدينة نصاب", "نصاب", "Nisab", "Nusab"]}
MUSAYNAA = {"accept": ["منطقة المصينعة", "المصينعة", "مديرية الصعيد", "الصعيد", "al-Musayna'a", "al-Said"]}

# ============ 375: Feriana, Thelepte, Chaambi, Sbeitla, Foussana, Kasserine (Tunisia), 2014
TN_ARMY = {"en": ["Tunisian army", "Tunisian Armed Forces", "National Army"],
           "ar": ["وحدات من الجيش الوطني", "الجيش الوطني"]}
OKBA = {"en": ["Okba Ibn Nafaa Brigade", "Uqba ibn Nafi Brigade", "AQIM"],
        "ar": ["«كتيبة عقبة بن نافع»", "كتيبة عقبة بن نافع", "الكتيبة"]}
TN_GUARD = {"en": ["National Guard", "Tunisian National Guard"],
            "ar": ["وحدات الحرس الوطني", "الإدارة العامة للحرس الوطني", "الحرس الوطني"]}
SBEITLA_SUSPECTS = {"en": ["four suspects", "suspected suppliers of the militants"], "ar": ["أربعة أشخاص"]}
FERIANA_AMBUSHERS = merge({"en": ["gunmen", "militants"], "ar": ["مسلحون", "المهاجمين"]}, OKBA)
GUARD_PATROL = {"en": ["National Guard patrol", "three National Guard officers", "National Guard"],
                "ar": ["ثلاثة أعوان من الحرس الوطني", "الأعوان الثلاثة", "لدورية"]}
KASSERINE_UNEMPLOYED = {"en": ["unemployed graduates", "jobless graduates"],
                        "ar": ["عشرات من أصحاب الشهادات العاطلين عن العمل",
                               "أصحاب الشهادات العاطلين عن العمل"]}
TN_INTERIOR_MINISTER = {"en": ["Tunisian Minister of the Interior", "Interior Minister",
                                "Ministry of Interior"],
                        "ar": ["وزير الداخلية"]}
TN_MILITANTS = {"en": ["militants", "Okba Ibn Nafaa Brigade"], "ar": ["الإرهابيين"]}
DZ_ARMY = {"en": ["Algerian army", "Algerian People's National Army"], "ar": ["الجيش الجزائري"]}
DZ_TN_ARMIES = merge(DZ_ARMY, {"en": ["Tunisian side", "Tunisian army"], "ar": ["الجانب التونسي"]})
BORDER_INFILTRATORS = {"en": ["armed group", "militants"], "ar": ["مجموعة مسلحة"]}
UGTT_KASSERINE = {"en": ["UGTT regional union in Kasserine", "Tunisian General Labour Union", "UGTT"],
                  "ar": ["«الاتحاد الجهوي للشغل بالقصرين»", "الاتحاد الجهوي للشغل بالقصرين",
                         "الاتحاد الجهوي للشغل"]}
TN_PARTIES = {"en": ["national parties and organisations", "Tunisian political parties"],
              "ar": ["أحزاب ومنظمات وطنية عدة", "أحزاب ومنظمات وطنية"]}
TN_SECURITY_INST = {"en": ["Tunisian security forces", "Tunisian army"],
                    "ar": ["المؤسستين الأمنية والعسكرية"]}
TN_MIL_AUTH = {"en": ["Tunisian military authorities", "Tunisian army"], "ar": ["السلطات العسكرية"]}
CHAAMBI_EVACUEES = {"en": ["evacuated families of the Chaambi slopes", "displaced families"],
                    "ar": ["عشرات العائلات", "العائلات التي أُجليت"]}
TN_RED_CRESCENT = {"en": ["Tunisian Red Crescent"],
                   "ar": ["«الهلال الأحمر التونسي»", "الهلال الأحمر التونسي"]}
KASSERINE_DISPLACED = {"en": ["two hundred displaced families", "displaced families"],
                       "ar": ["مئتي عائلة مهجّرة"]}
SALLOUM_SHEPHERD = {"en": ["a fifteen-year-old shepherd", "shepherd", "civilian"],
                    "ar": ["راعٍ في الخامسة عشرة من عمره", "راعٍ"]}
TN_ARMED_GROUPS = {"en": ["armed groups", "militants"], "ar": ["المجموعات المسلحة"]}
KASSERINE_CONDOLENCE = {"en": ["governor of Kasserine", "families of the three officers"],
                        "ar": ["والي القصرين", "الوالي", "عائلات الأعوان الثلاثة"]}

# ====================================================== places: 375
CHAAMBI = {"accept": ["جبل الشعانبي", "الشعانبي", "مرتفعات جبل الشعانبي", "Jebel Chaambi", "Chaambi",
                      "Mount Chambi"]}
SBEITLA = {"accept": ["معتمدية سبيطلة", "سبيطلة", "Sbeitla", "Subaytilah"]}
FERIANA_ROAD = {"accept": ["الطريق بين فريانة وتلابت", "فريانة", "تلابت", "Feriana", "Fériana", "Thelepte"]}
KASSERINE = {"accept": ["مدينة القصرين", "القصرين", "Kasserine"]}
DZ_BORDER = {"accept": ["الشريط الحدودي المقابل لجبل الشعانبي", "الشريط الحدودي", "Algeria-Tunisia border",
                        "Chaambi"]}
SAMAMA = {"accept": ["جبل السمامة", "السمامة", "معتمدية فوسانة", "فوسانة", "Jebel Semmama", "Foussana"]}
SALLOUM = {"accept": ["جبل السلوم", "السلوم", "Jebel Salloum", "Jebel Selloum"]}
FERIANA_SBEITLA = {"accept": ["فريانة", "سبيطلة", "Feriana", "Sbeitla"]}
