"""Accepted actor names and place names for the eighty-first team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الحكومة», «المسلحين») are left out on purpose, with these
exceptions, each used only in an article where it names a single actor:
- 401: «التنظيم» (only ever the Islamic State), «الأسايش» (only ever the Asayish of Ain Issa);
- 403: «قيادة الشرطة» (only ever Kirkuk's police command), «السلطات» (only ever the Iraqi authorities the
  Naqshbandi statement accuses);
- 404: «الجماعة» (only ever the Houthis);
- 405: «الوالي» (only ever the governor of South Kordofan), «الجيش» (only ever the Sudanese army),
  «السلطات» (only ever the Sudanese authorities), «المفوضية» (only ever the Humanitarian Aid Commission).
In meetings, calls and agreements between two parties (CONSULT, AGREE) both parties are accepted in either
role. In a two-sided fight (the main events of 403 and 404, the clash on the Rabia front in 402, the rumoured
clash near al-Zab and the attack on the Dibis police station in 403) both sides are sources and there is no
recipient.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ============ 401: Ain Issa, Tal Abyad (Raqqa), 2016
ISIS = {"en": ["Islamic State", "ISIS", "ISIL", "Daesh"],
        "ar": ["تنظيم «داعش»", "«داعش»", "داعش", "التنظيم", "عناصر التنظيم"]}
ISSA_GUNMEN = {"en": ["unidentified gunmen", "gunmen on motorcycles"],
               "ar": ["مسلحين مجهولين", "مسلحون مجهولون"]}
SAFE_PATHS = {"en": ["Safe Paths", "Duroob Amina", "Safe Paths demining organisation"],
              "ar": ["منظمة «دروب آمنة»", "«دروب آمنة»", "دروب آمنة"]}
DEMINING_TEAM = merge({"en": ["demining team", "Safe Paths demining team"],
                       "ar": ["فريق لنزع الألغام", "فريق لنزع الألغام تابع لمنظمة «دروب آمنة»"]}, SAFE_PATHS)
ISSA_CHILDREN = {"en": ["three children", "three brothers", "children"],
                 "ar": ["ثلاثة أطفال أشقاء", "ثلاثة أطفال", "الأطفال الثلاثة"]}
ISSA_SHEPHERD = {"en": ["shepherd", "a shepherd in his fifties"], "ar": ["راعٍ في الخمسين من عمره"]}
ASAYISH = {"en": ["Asayish", "Asayish internal security forces", "Kurdish internal security"],
           "ar": ["قوات الأسايش في عين عيسى", "قوات الأسايش", "الأسايش"]}
ISSA_FARMERS = {"en": ["farmers and herders", "farmers"], "ar": ["المزارعين والرعاة", "المزارعين"]}
SDF = {"en": ["Syrian Democratic Forces", "SDF"], "ar": ["«قسد»", "قسد", "قوات سوريا الديمقراطية"]}
SDF_ENGINEERS = merge({"en": ["SDF engineering unit"], "ar": ["وحدة الهندسة في «قسد»", "وحدة الهندسة"]}, SDF)
SURVEY_PARTNERS = merge({"en": ["joint survey team"], "ar": ["فريق مشترك"]}, SAFE_PATHS, SDF_ENGINEERS)
DONORS = {"en": ["donors", "international organisations"],
          "ar": ["المانحين والمنظمات الدولية", "المانحين"]}
EURO_ORG = {"en": ["a European organisation", "European donor"], "ar": ["منظمة أوروبية"]}
SAFE_PATHS_TEAMS = merge({"en": ["Safe Paths teams"], "ar": ["فرقها"]}, SAFE_PATHS)
TWO_YOUNG_MEN = {"en": ["two young men", "two suspects"], "ar": ["شابين من قرية مجاورة", "شابين"]}
ISSA_COUNCIL = {"en": ["Ain Issa town council"], "ar": ["مجلس بلدة عين عيسى"]}
ISSA_NOTABLES = merge({"en": ["notables of the southern villages"], "ar": ["وجهاء القرى الجنوبية"]},
                      SAFE_PATHS)
TAL_ABYAD_WORKERS = {"en": ["five workers", "mill workers"], "ar": ["خمسة عمال"]}

# ====================================================== places: 401
AIN_ISSA = {"accept": ["عين عيسى", "Ain Issa", "Ayn Issa", "Ain Eissa", "Ayn Isa"]}
AIN_ISSA_SE = {"accept": ["جنوب شرقي عين عيسى", "عين عيسى", "Ain Issa", "Ayn Issa", "Ain Eissa"]}
AIN_ISSA_W = {"accept": ["غربي عين عيسى", "عين عيسى", "Ain Issa", "Ayn Issa", "Ain Eissa"]}
TAL_ABYAD = {"accept": ["مدينة تل أبيض", "تل أبيض", "Tal Abyad", "Tell Abyad", "Tel Abyad"]}

# ============ 402: al-Haffah, Salma, Rabia, Jableh, Kessab (Latakia), 2014
LAT_REBELS = {"en": ["armed opposition groups", "rebels", "terrorist groups", "armed groups"],
              "ar": ["المجموعات الإرهابية المسلحة", "المجموعات المسلحة", "المجموعات الإرهابية",
                     "مجموعات إرهابية مسلحة", "تجمعات الإرهابيين"]}
HAFFAH_VICTIMS = {"en": ["four civilians", "civilians of al-Haffah"],
                  "ar": ["أربعة مواطنين", "الشهداء الأربعة"]}
HAFFAH_DOCTORS = {"en": ["medical staff of Latakia National Hospital"], "ar": ["الكوادر الطبية"]}
LATAKIA_CITIZENS = {"en": ["citizens", "blood donors"], "ar": ["المواطنين"]}
SAA = {"en": ["Syrian Arab Army", "Syrian army", "Military Forces of Syria", "Syrian government forces"],
       "ar": ["وحدات من الجيش العربي السوري", "الجيش العربي السوري", "وحدات من الجيش", "وحدات الجيش"]}
SAA_SOURCE = merge({"en": ["Syrian military source"], "ar": ["المصدر العسكري", "مصدر عسكري"]}, SAA)
RABIA_FIGHT = merge(SAA, LAT_REBELS)
LATAKIA_GOVERNOR = {"en": ["Governor of Latakia", "Latakia governorate"], "ar": ["محافظ اللاذقية"]}
HAFFAH_PEOPLE = {"en": ["people of al-Haffah", "residents of al-Haffah"], "ar": ["أهالي الحفة"]}
HAFFAH_WOUNDED = merge({"en": ["the wounded"], "ar": ["الجرحى"]}, HAFFAH_PEOPLE)
JABLEH_POLICE = {"en": ["Internal Security Forces", "Syrian police", "Police Forces of Syria"],
                 "ar": ["قوى الأمن الداخلي في جبلة", "قوى الأمن الداخلي"]}
JABLEH_SUSPECTS = {"en": ["three suspects", "three people"], "ar": ["ثلاثة أشخاص"]}
TURKEY = {"en": ["Turkish government", "Turkey"], "ar": ["«الحكومة التركية»", "الحكومة التركية"]}
MOUNTAIN_REBELS = merge({"en": [], "ar": ["المجموعات الإرهابية في جبلي الأكراد والتركمان"]}, LAT_REBELS)
SARC = {"en": ["Syrian Arab Red Crescent", "SARC"], "ar": ["الهلال الأحمر العربي السوري"]}
HAFFAH_FAMILIES = {"en": ["affected families", "families in need"],
                   "ar": ["العائلات المتضررة", "العائلات المحتاجة"]}
AKRAD_GUNMEN = {"en": ["gunmen in Jabal al-Akrad", "rebels in Jabal al-Akrad"],
                "ar": ["المسلحين المتحصنين في قرى جبل الأكراد"]}
RECONCILIATION = {"en": ["Latakia reconciliation committee"],
                  "ar": ["لجنة المصالحة في المحافظة", "لجنة المصالحة"]}
SETTLED_YOUTHS = {"en": ["young men who settled their status"], "ar": ["عشرات الشبان"]}
JABLEH_REBELS = merge({"en": [], "ar": ["المجموعات نفسها"]}, LAT_REBELS)
JABLEH_VICTIMS = {"en": ["three civilians"], "ar": ["ثلاثة مواطنين"]}
SY_AUTHORITIES = {"en": ["Syrian authorities", "Syrian government"], "ar": ["الجهات المختصة"]}
SY_MFA = {"en": ["Syrian Ministry of Foreign Affairs", "Syrian government"],
          "ar": ["وزارة الخارجية والمغتربين"]}
UN = {"en": ["United Nations", "UN Secretary-General", "UN Security Council"],
      "ar": ["الأمين العام للأمم المتحدة", "رئيس مجلس الأمن", "الأمم المتحدة", "مجلس الأمن"]}

# ====================================================== places: 402
HAFFAH = {"accept": ["مدينة الحفة", "الحفة", "al-Haffah", "Haffah", "Al Haffah", "al-Haffa"]}
LATAKIA = {"accept": ["اللاذقية", "Latakia", "Lattakia"]}
HAFFAH_LATAKIA = place(HAFFAH, LATAKIA)
SALMA = {"accept": ["سلمى", "Salma", "Slenfeh", "جبل الأكراد", "Jabal al-Akrad"]}
AKRAD = {"accept": ["جبل الأكراد", "Jabal al-Akrad", "Kurd Mountain"]}
RABIA = {"accept": ["ربيعة", "Rabia", "Rabiaa", "جبل التركمان", "Jabal al-Turkman", "Turkmen Mountain"]}
JABLEH = {"accept": ["جبلة", "مدينة جبلة", "Jableh", "Jabla", "Jablah"]}
KESSAB = {"accept": ["كسب", "Kessab", "Kasab", "Kesab"]}

# ============ 403: al-Hawija, al-Riyadh, al-Zab, Kirkuk, Dibis (Kirkuk), 2013
KIRKUK_POLICE = {"en": ["Kirkuk police command", "Kirkuk police", "Iraqi Police", "Police Forces of Iraq"],
                 "ar": ["قيادة شرطة محافظة كركوك", "قيادة شرطة كركوك", "قيادة شرطة المحافظة", "قيادة الشرطة"]}
PRISON_GUNMEN = {"en": ["gunmen", "attackers", "unidentified gunmen"],
                 "ar": ["مسلحون", "المهاجمين", "المهاجمون"]}
PRISON_GUARDS = {"en": ["prison guards", "Hawija prison guards", "Iraqi Police"],
                 "ar": ["حراسه", "الحراس", "أربعة من الحراس"]}
PRISON_FIGHT = merge(PRISON_GUNMEN, PRISON_GUARDS)
TIGRIS_COMMAND = {"en": ["Tigris Operations Command", "Iraqi Army", "Military Forces of Iraq"],
                  "ar": ["قيادة عمليات دجلة", "قطعاتها"]}
ESCAPEES = {"en": ["escaped prisoners", "escapees", "fugitive detainees"],
            "ar": ["تسعة عشر من الفارين", "الفارين"]}
TWO_ESCAPEES = {"en": ["two escapees"], "ar": ["اثنين منهم", "اثنين من الفارين"]}
HAWIJA_PEOPLE = {"en": ["residents", "local people"], "ar": ["الأهالي"]}
HARBOURERS = {"en": ["anyone sheltering an escapee"], "ar": ["كل من يؤوي أحدهم"]}
MOI_COMMITTEE = {"en": ["Interior Ministry investigative committee", "Iraqi Ministry of Interior"],
                 "ar": ["لجنة تحقيقية شكّلتها وزارة الداخلية", "لجنة تحقيقية", "وزارة الداخلية"]}
PRISON_STAFF = {"en": ["prison director and six guards", "prison guards", "prison director"],
                "ar": ["مدير السجن وستة من حراسه", "مدير السجن"]}
MOI = {"en": ["Iraqi Ministry of Interior", "Interior Ministry"], "ar": ["وزارة الداخلية"]}
GUARD_COMMANDER = {"en": ["commander of the prison protection force"], "ar": ["آمر قوة حماية السجن"]}
HAWIJA_POLICE_CHIEF = {"en": ["Hawija district police chief", "Iraqi Police"],
                       "ar": ["مدير شرطة قضاء الحويجة"]}
NAQSHBANDI = {"en": ["Army of the Men of the Naqshbandi Order", "JRTN", "Naqshbandi Army"],
              "ar": ["«جيش رجال الطريقة النقشبندية»", "جيش رجال الطريقة النقشبندية", "الطريقة النقشبندية"]}
IQ_AUTHORITIES = {"en": ["Iraqi authorities", "Iraqi government"], "ar": ["السلطات"]}
REASONABLE_MEN = {"en": ["the province's wise men"], "ar": ["«العقلاء» في المحافظة"]}
ZAB_FIGHT = merge({"en": ["escaped prisoners", "police force"], "ar": ["اثنين من الفارين", "قوة من الشرطة"]},
                  KIRKUK_POLICE)
HAWIJA_SHEIKHS = {"en": ["tribal sheikhs of Hawija", "tribal leaders"],
                  "ar": ["شيوخ عشائر في الحويجة", "شيوخ عشائر"]}
PARLIAMENT_COMMITTEE = {"en": ["parliamentary security and defence committee",
                               "Council of Representatives of Iraq"],
                        "ar": ["وفد من لجنة الأمن والدفاع في مجلس النواب", "لجنة الأمن والدفاع"]}
KIRKUK_COUNCIL = {"en": ["Kirkuk Provincial Council"], "ar": ["مجلس محافظة كركوك"]}
KIRKUK_POLICE_CHIEF = {"en": ["Kirkuk police chief"], "ar": ["قائد شرطة المحافظة"]}
COUNCIL_MEMBERS = merge({"en": ["council members"], "ar": ["عدد من الأعضاء"]}, KIRKUK_COUNCIL)
DIBIS_FIGHT = {"en": ["gunmen", "Iraqi Police", "police station"],
               "ar": ["مسلحون", "مركزاً للشرطة", "ثلاثة من منتسبيه"]}

# ====================================================== places: 403
HAWIJA = {"accept": ["قضاء الحويجة", "الحويجة", "al-Hawija", "Hawija", "Hawijah"]}
HAWIJA_PRISON = {"accept": ["سجن الحويجة", "الحويجة", "al-Hawija", "Hawija", "Hawijah"]}
RIYADH = {"accept": ["ناحية الرياض", "الرياض", "al-Riyadh", "Riyadh subdistrict"]}
ZAB = {"accept": ["ناحية الزاب", "الزاب", "al-Zab", "Zab subdistrict"]}
KIRKUK = {"accept": ["كركوك", "Kirkuk"]}
DIBIS = {"accept": ["ناحية دبس", "دبس", "Dibis", "Dubis"]}

# ============ 404: al-Turba, Mawiyah, al-Wazi'iyah, al-Mokha (Taiz), 2016
TURBA_GUNMEN = {"en": ["unidentified gunmen", "attackers"],
                "ar": ["مسلحون مجهولون", "المهاجمين", "المهاجمون"]}
TURBA_CHECKPOINT = {"en": ["Popular Resistance", "Popular Resistance checkpoint", "pro-government forces"],
                    "ar": ["نقطة تفتيش تابعة للمقاومة الشعبية", "المقاومة الشعبية", "أفراد النقطة",
                           "أفرادها"]}
TURBA_FIGHT = merge(TURBA_GUNMEN, TURBA_CHECKPOINT)
TURBA_SECURITY = {"en": ["al-Turba security forces", "Yemeni police", "Police Forces of Yemen"],
                  "ar": ["قوة أمنية", "إدارة أمن التربة"]}
ONE_ATTACKER = {"en": ["one of the attackers", "wounded attacker"], "ar": ["أحدهم", "المهاجم المصاب"]}
HUJARIYA_COMMAND = {"en": ["Popular Resistance command in al-Hujariya", "Popular Resistance"],
                    "ar": ["قيادة المقاومة الشعبية في الحجرية", "قيادة المقاومة الشعبية"]}
HOUTHI_CELLS = {"en": ["Houthis", "Ansar Allah", "Saleh forces", "sleeper cells"],
                "ar": ["«خلايا نائمة تعمل لصالح الحوثيين وقوات صالح»", "خلايا نائمة", "الحوثيين"]}
YE_GOVERNMENT = {"en": ["Yemeni government", "Government of Yemen", "legitimate government"],
                 "ar": ["الحكومة الشرعية"]}
HOUTHIS = {"en": ["Houthis", "Ansar Allah", "Houthi movement"],
           "ar": ["مسلحون حوثيون", "جماعة الحوثي", "الحوثيون", "الحوثيين", "الجماعة"]}
MAWIYAH_TEACHERS = {"en": ["four teachers", "teachers"], "ar": ["أربعة معلمين", "المعلمين"]}
MAWIYAH_FAMILIES = {"en": ["the teachers' families"], "ar": ["ذويهم"]}
MAWIYAH_NOTABLES = {"en": ["notables of Mawiyah"], "ar": ["وجهاء من المديرية"]}
HOUTHI_SUPERVISOR = merge({"en": ["Houthi security supervisor"], "ar": ["مشرفها الأمني"]}, HOUTHIS)
TRUCE_COMMITTEE = {"en": ["Taiz de-escalation committee", "truce committee"],
                   "ar": ["لجنة التهدئة في تعز", "لجنة التهدئة"]}
OTHER_SIDE = merge({"en": ["the other side"], "ar": ["ممثلين عن الطرف الآخر", "الطرف الآخر"]}, HOUTHIS)
TRUCE_PARTIES = merge({"en": ["the two sides"], "ar": ["الجانبين"]}, TRUCE_COMMITTEE, OTHER_SIDE)
WAZIIYAH_COMMANDER = {"en": ["Popular Resistance commander of the al-Wazi'iyah front", "Popular Resistance"],
                      "ar": ["قائد محور الوازعية في المقاومة الشعبية", "قائد محور الوازعية"]}
TURBA_PROTESTERS = {"en": ["residents of al-Turba", "protesters"],
                    "ar": ["العشرات من أبناء التربة", "أبناء التربة"]}
TURBA_AUTHORITY = {"en": ["local authority", "al-Shamayatayn local authority"], "ar": ["السلطة المحلية"]}
TAIZ_GOVERNOR = {"en": ["Governor of Taiz", "Taiz governorate"], "ar": ["محافظ تعز"]}
TURBA_SECURITY_CHIEF = merge({"en": ["al-Turba security director", "security forces in the district"],
                              "ar": ["مدير أمن التربة", "أفراد الأمن في المديرية"]}, TURBA_SECURITY)
RELIEF_GROUP = {"en": ["local relief organisation"], "ar": ["منظمة إغاثية محلية"]}
TURBA_IDPS = {"en": ["displaced families", "300 displaced families"],
              "ar": ["ثلاثمئة أسرة نازحة", "أسرة نازحة"]}
WAZIIYAH_WOMEN = {"en": ["two women", "civilians"], "ar": ["امرأتين"]}
WAZIIYAH_FAMILIES = {"en": ["dozens of families"], "ar": ["عشرات الأسر"]}

# ====================================================== places: 404
TURBA = {"accept": ["مدينة التربة", "التربة", "al-Turba", "Turba", "al-Turbah", "Al Turbah", "الشمايتين",
                    "al-Shamayatayn"]}
MAWIYAH = {"accept": ["مديرية ماوية", "ماوية", "Mawiyah", "Mawiya", "Maweyah"]}
WAZIIYAH = {"accept": ["مديرية الوازعية", "الوازعية", "al-Wazi'iyah", "Waziiyah", "al-Waziyah"]}
MOKHA = {"accept": ["المخا", "al-Mokha", "Mokha", "Mocha", "al-Mukha"]}
WAZIIYAH_MOKHA = place(WAZIIYAH, MOKHA)

# ============ 405: Kadugli, Dilling, Abu Jubayhah (South Kordofan), 2012
SK_GOVERNOR = {"en": ["Governor of South Kordofan", "South Kordofan state government"],
               "ar": ["والي جنوب كردفان", "الوالي"]}
NATIVE_ADMIN = {"en": ["native administration leaders", "Native Administration"],
                "ar": ["زعماء الإدارة الأهلية", "الإدارة الأهلية", "أحد أعضاء الوفد"]}
EAST_FAMILIES = {"en": ["200 displaced families", "displaced families from villages east of Kadugli"],
                 "ar": ["نحو مئتي أسرة من نازحي القرى الواقعة شرقي كادقلي", "مئتي أسرة"]}
REJECTED = merge(NATIVE_ADMIN, EAST_FAMILIES)
GOVERNOR_MEETING = merge(SK_GOVERNOR, NATIVE_ADMIN)
SPLMN = {"en": ["SPLM-N", "Sudan People's Liberation Movement-North", "SPLA-N"],
         "ar": ["مقاتلو الحركة الشعبية لتحرير السودان – شمال", "الحركة الشعبية لتحرير السودان – شمال",
                "الحركة الشعبية", "مقاتلي الحركة"]}
SPLMN_SPOKESMAN = merge({"en": ["SPLM-N spokesman"], "ar": ["متحدث باسم الحركة الشعبية"]}, SPLMN)
KADUGLI_VICTIMS = {"en": ["five civilians", "civilians"], "ar": ["خمسة مدنيين"]}
SAF = {"en": ["Sudanese Armed Forces", "SAF", "Sudanese army"], "ar": ["الجيش"]}
INTL_ORGS = {"en": ["international organisations"], "ar": ["المنظمات الدولية"]}
FLEEING_FAMILIES = {"en": ["more than 500 families", "displaced families"],
                    "ar": ["أكثر من خمسمئة أسرة", "خمسمئة أسرة"]}
HAC = {"en": ["Humanitarian Aid Commission", "HAC"], "ar": ["مفوضية العون الإنساني", "المفوضية"]}
WFP = {"en": ["World Food Programme", "WFP"], "ar": ["برنامج الأغذية العالمي"]}
HAC_WFP = merge(HAC, WFP)
SK_GOVERNMENT = {"en": ["South Kordofan state government", "Government of Sudan"], "ar": ["حكومة الولاية"]}
RETURN_PARTIES = merge(SK_GOVERNMENT, NATIVE_ADMIN)
SAF_MI = {"en": ["Sudanese military intelligence", "Sudanese Armed Forces", "SAF"],
          "ar": ["الاستخبارات العسكرية", "عناصر الاستخبارات"]}
RETURNEES = {"en": ["seven returnees", "returnees", "seven men"], "ar": ["سبعة رجال"]}
SELF_RETURNEES = {"en": ["thirty returning families"], "ar": ["نحو ثلاثين أسرة"]}
NATIVE_LEADER = merge({"en": ["a native administration leader"], "ar": ["أحد زعماء الإدارة الأهلية"]},
                      NATIVE_ADMIN)
SD_AUTHORITIES = {"en": ["Sudanese authorities", "Government of Sudan"], "ar": ["السلطات"]}
DETAINEES = {"en": ["three of the seven detainees", "detainees", "returnees"],
             "ar": ["ثلاثة من المعتقلين السبعة", "المعتقلين"]}
ORGANISED_RETURNEES = {"en": ["400 displaced families"], "ar": ["نحو أربعمئة أسرة", "أربعمئة أسرة"]}
SK_AGRICULTURE = {"en": ["South Kordofan ministry of agriculture"], "ar": ["وزارة الزراعة في الولاية"]}
SECURITY_AUTHORITIES = {"en": ["Sudanese security authorities", "Government of Sudan"],
                        "ar": ["السلطات الأمنية"]}
OCHA = {"en": ["OCHA", "UN Office for the Coordination of Humanitarian Affairs"], "ar": ["«أوتشا»", "أوتشا"]}
JUBAYHAH_GUNMEN = {"en": ["unidentified gunmen"], "ar": ["مسلحين مجهولين"]}
JUBAYHAH_HERDERS = {"en": ["four herders"], "ar": ["أربعة رعاة"]}
GOV_SPLMN = merge({"en": ["Government of Sudan"], "ar": ["الحكومة"]}, SPLMN)

# ====================================================== places: 405
KADUGLI = {"accept": ["كادقلي", "Kadugli", "Kaduqli", "Kadogli"]}
EAST_KADUGLI = {"accept": ["الأحياء الشرقية لمدينة كادقلي", "كادقلي", "Kadugli", "Kaduqli", "Kadogli"]}
CAMP_ROAD = {"accept": ["الطريق بين كادقلي والدلنج", "كادقلي", "الدلنج", "Kadugli", "Dilling", "Dalang"]}
ABU_JUBAYHAH = {"accept": ["بلدة أبو جبيهة", "أبو جبيهة", "Abu Jubayhah", "Abu Jubaiha", "Abu Gubeiha"]}
