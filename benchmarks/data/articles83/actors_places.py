"""Accepted actor names and place names for the eighty-third team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «المجموعة», «السلطات», «الفصائل») are left out on purpose, with these
exceptions, each used only in an article where it names a single actor:
- 411: «الفصائل» (only ever the armed opposition factions of the northern Homs countryside);
- 412: «الفصائل» (only ever the Turkish-backed factions of the «الجيش الوطني»);
- 413: «المحافظ» (only ever the governor of Basra), «السلطات» (only ever the Iraqi authorities),
  «المفوضية» (only ever the electoral commission);
- 414: «الجيش» and «العسكريين» (only ever the Lebanese army), «المطلوبين» (only ever the wanted men of the
  Baalbek raid), «المفوضية» (only ever the UN refugee agency);
- 415: «المجموعة» and «المسلحون» (only ever the armed group that stormed the checkpoint), «الحكومة» (only
  ever the Government of National Unity), «السلطات» (only ever the Libyan authorities).
In meetings, negotiations and agreements between two parties (CONSULT, AGREE, COOPERATE) both parties are
accepted in either role. In a two-sided fight (the main events of 414 and 415, the clash between two factions
in 412) both sides are sources and there is no recipient.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ============ 411: Talbiseh, al-Rastan (the northern Homs countryside), 2015
WARPLANE = {"en": ["unidentified warplane", "warplane", "military aircraft"], "ar": ["طائرة حربية"]}
FLOUR_CONVOY = {"en": ["flour convoy", "convoy of four flour trucks", "truck drivers"],
                "ar": ["قافلة من أربع شاحنات محمّلة بالطحين", "ثلاثة من السائقين", "السائقين"]}
RUSSIA_AIR = {"en": ["Russian Air Force", "Russian Aerospace Forces", "Russian warplanes", "Russia",
                     "Russian forces"],
              "ar": ["طائرات روسية", "المقاتلات الروسية", "الطيران الروسي", "القوات الروسية",
                     "الغارات الروسية"]}
RU_MOD = merge({"en": ["Russian Ministry of Defence", "Russian defence ministry"],
                "ar": ["وزارة الدفاع الروسية"]}, RUSSIA_AIR)
MARKET_CIVILIANS = {"en": ["seven civilians", "civilians", "market-goers"],
                    "ar": ["سبعة مدنيين", "الباعة والمتسوقين", "مدنيين"]}
SY_ARMY = {"en": ["Syrian Arab Army", "Syrian army", "Syrian government forces", "Syrian regime forces"],
           "ar": ["«وحدات من الجيش العربي السوري»", "الجيش العربي السوري", "قوات النظام"]}
SY_GOV_FORCES = {"en": ["Syrian government forces", "Syrian regime forces", "Syrian Arab Army"],
                 "ar": ["قوات النظام"]}
TALBISEH_COUNCIL = {"en": ["Talbiseh local council", "local council of Talbiseh"],
                    "ar": ["المجلس المحلي لمدينة تلبيسة", "المجلس المحلي"]}
UN = {"en": ["United Nations", "UN"], "ar": ["الأمم المتحدة"]}
SNC = {"en": ["National Coalition for Syrian Revolutionary and Opposition Forces",
              "Syrian National Coalition", "Syrian opposition coalition"],
       "ar": ["الائتلاف الوطني لقوى الثورة والمعارضة السورية", "الائتلاف الوطني", "الائتلاف"]}
TR_NOTABLES = {"en": ["notables of Talbiseh and al-Rastan", "local notables"],
               "ar": ["وجهاء من تلبيسة والرستن"]}
WARRING = {"en": ["warring parties", "all parties"], "ar": ["الأطراف المتحاربة"]}
OPP_FACTIONS = {"en": ["armed opposition factions", "rebel fighters", "Syrian armed opposition"],
                "ar": ["مقاتلي الفصائل", "الفصائل"]}
OPS_ROOM = {"en": ["Northern Homs Countryside Operations Room", "opposition operations room",
                   "Syrian armed opposition"],
            "ar": ["«غرفة عمليات ريف حمص الشمالي»", "غرفة عمليات ريف حمص الشمالي"]}
CRITICAL_WOUNDED = {"en": ["three critically wounded people", "wounded civilians"],
                    "ar": ["ثلاثة جرحى في حالة حرجة", "ثلاثة جرحى"]}
SARC = {"en": ["Syrian Arab Red Crescent", "SARC"], "ar": ["الهلال الأحمر العربي السوري"]}
RASTAN_BAKERS = {"en": ["four bakery workers", "bakery workers"], "ar": ["أربعة من عماله"]}

# ====================================================== places: 411
TALBISEH = {"accept": ["تلبيسة", "Talbiseh", "Talbisah", "Telbisa", "Talbisa"]}
RASTAN = {"accept": ["الرستن", "al-Rastan", "Rastan", "Ar-Rastan"]}
TR_ROAD = place({"accept": ["الطريق الزراعي الذي يصل بين تلبيسة والرستن"]}, TALBISEH, RASTAN)
TALBISEH_MARKET = place({"accept": ["سوق الخضار"]}, TALBISEH)
TALBISEH_RASTAN = place(TALBISEH, RASTAN)
TALBISEH_SOUTH = place({"accept": ["الأطراف الجنوبية لتلبيسة"]}, TALBISEH)
TALBISEH_SOUTH_GATE = place({"accept": ["المدخل الجنوبي لتلبيسة"]}, TALBISEH)
RASTAN_BAKERY = place({"accept": ["الفرن الآلي في مدينة الرستن"]}, RASTAN)

# ============ 412: Tal Tamr, Ras al-Ain, al-Hasakah, Qamishli (Hasakah), 2021
SNA = {"en": ["Syrian National Army", "SNA", "Turkish-backed Syrian factions", "Turkey-backed factions"],
       "ar": ["فصائل «الجيش الوطني» الموالية لتركيا", "فصائل «الجيش الوطني»", "«الجيش الوطني»",
              "الجيش الوطني", "الفصائل الموالية لتركيا", "الفصائل"]}
DARDARA_FAMILY = {"en": ["a woman and her two children", "civilians", "a mother and her two children"],
                  "ar": ["امرأة وطفلاها", "الأم وطفلاها", "الجثث الثلاث"]}
SDF = {"en": ["Syrian Democratic Forces", "SDF"],
       "ar": ["«قوات سوريا الديمقراطية»", "قوات سوريا الديمقراطية", "«قسد»", "قسد"]}
SDF_COMMANDER = merge({"en": ["SDF field commander"], "ar": ["قائد ميداني في «قسد»"]}, SDF)
AANES = {"en": ["Autonomous Administration of North and East Syria", "AANES", "Kurdish-led administration"],
         "ar": ["الإدارة الذاتية لشمال وشرق سوريا", "الإدارة الذاتية"]}
TURKEY = {"en": ["Turkey", "Turkish government", "Turkish Armed Forces", "Turkish army"],
          "ar": ["تركيا", "أنقرة", "الجيش التركي"]}
TURKEY_SNA = merge(TURKEY, {"en": [], "ar": ["الفصائل الموالية لها"]}, SNA)
HASAKAH_RESIDENTS = {"en": ["residents of al-Hasakah", "hundreds of thousands of residents"],
                     "ar": ["مئات الآلاف في مدينة الحسكة وريفها"]}
KRC_UNICEF = {"en": ["Kurdish Red Crescent", "Heyva Sor a Kurd", "UNICEF"],
              "ar": ["منظمة الهلال الأحمر الكردي", "الهلال الأحمر الكردي", "منظمة «يونيسف»", "«يونيسف»",
                     "يونيسف"]}
UNICEF_DELEGATION = {"en": ["UNICEF delegation", "UNICEF"],
                     "ar": ["وفد من المنظمة الأممية", "المنظمة الأممية", "«يونيسف»"]}
ASAYISH = {"en": ["Asayish", "Internal Security Forces", "Kurdish internal security"],
           "ar": ["قوى الأمن الداخلي «الأسايش»", "قوى الأمن الداخلي", "«الأسايش»", "الأسايش"]}
QAMISHLI_SUSPECTS = {"en": ["three young men", "suspected Turkish intelligence cell"],
                     "ar": ["ثلاثة شبان من حي الهلالية", "ثلاثة شبان"]}
KHABUR_PROTESTERS = {"en": ["residents of the Khabur villages", "protesters"],
                     "ar": ["العشرات من أهالي قرى الخابور", "أهالي قرى الخابور"]}
RUSSIA = {"en": ["Russia", "Russian forces", "Russian military"], "ar": ["القاعدة الروسية", "موسكو"]}
RU_MP = {"en": ["Russian military police", "Russian military delegation", "Russia"],
         "ar": ["وفد من الشرطة العسكرية الروسية", "الشرطة العسكرية الروسية"]}
TAMR_HOSTS = merge(SDF, {"en": ["Tal Tamr town council"], "ar": ["أعضاء في مجلس البلدة", "مجلس البلدة"]})
RU_TR = {"en": ["Russia", "Turkey", "Russian and Turkish forces"],
         "ar": ["الدورية الروسية التركية المشتركة", "الروسية التركية"]}
SNA_INFIGHT = merge({"en": ["two SNA factions"], "ar": ["مسلحين من فصيلين منضويين في «الجيش الوطني»"]}, SNA)
RAS_AIN_VICTIMS = {"en": ["seven civilians", "civilians"], "ar": ["سبعة مدنيين"]}

# ====================================================== places: 412
TAL_TAMR = {"accept": ["تل تمر", "Tal Tamr", "Tell Tamer", "Tal Tamer"]}
DARDARA = place({"accept": ["قرية الدردارة", "الدردارة", "al-Dardara", "Dardara"]}, TAL_TAMR)
TAMR_WEST = place({"accept": ["قرى الريف الغربي لتل تمر"]}, TAL_TAMR)
RAS_AIN = {"accept": ["رأس العين", "Ras al-Ain", "Ras al-Ayn", "Ras al Ain", "Sere Kaniye"]}
RAS_AIN_SOUTH = place({"accept": ["الريف الجنوبي لمدينة رأس العين"]}, RAS_AIN)
RAS_AIN_MARKET = place({"accept": ["سوق مدينة رأس العين"]}, RAS_AIN)
ALLOUK = place({"accept": ["محطة علوك", "علوك", "Allouk", "Alouk", "Allouk water station"]}, RAS_AIN)
HASAKAH = {"accept": ["أحياء الحسكة", "الحسكة", "al-Hasakah", "Hasakah", "Hasaka", "Hassakeh"]}
QAMISHLI = {"accept": ["القامشلي", "Qamishli", "al-Qamishli", "Qamishlo"]}
QAMISHLI_HILALIYA = place({"accept": ["حي الهلالية"]}, QAMISHLI)
QAMISHLI_AIRPORT = place({"accept": ["مطار القامشلي", "Qamishli airport"]}, QAMISHLI)

# ============ 413: al-Zubair, Basra, Umm Qasr, Abu al-Khasib (Basra), 2024
NAKHEEL = {"en": ["al-Nakheel National Bloc", "Nakheel bloc", "Palm National Bloc"],
           "ar": ["أعضاء «كتلة النخيل الوطنية» التسعة", "«كتلة النخيل الوطنية»", "«كتلة النخيل»",
                  "كتلة النخيل"]}
NAKHEEL_SPOKESMAN = merge({"en": ["Nakheel bloc spokesman"], "ar": ["المتحدث باسمها"]}, NAKHEEL)
NAKHEEL_HEAD = {"en": ["head of the Nakheel bloc"], "ar": ["رئيس «كتلة النخيل»"]}
NAKHEEL_SUPPORTERS = {"en": ["Nakheel bloc supporters", "protesters", "sit-in protesters"],
                      "ar": ["العشرات من أنصار الكتلة", "أنصار الكتلة", "المعتصمين"]}
BASRA_COUNCIL = {"en": ["Basra Provincial Council", "Basra council"],
                 "ar": ["مجلس محافظة البصرة", "مجلس المحافظة"]}
JUDICIAL_PANEL = {"en": ["Judicial Electoral Panel", "electoral judicial panel", "Iraqi judiciary"],
                  "ar": ["الهيئة القضائية للانتخابات"]}
TWO_CANDIDATES = {"en": ["two Nakheel bloc candidates", "two winning candidates"],
                  "ar": ["مرشحَين من الكتلة", "اثنين من مرشحي الكتلة"]}
IHEC_GUARDS = {"en": ["IHEC office guards", "protection guards", "Iraqi security forces"],
               "ar": ["عناصر الحماية المكلفين بحراسة المكتب", "عناصر الحماية"]}
IHEC = {"en": ["Independent High Electoral Commission", "IHEC", "electoral commission"],
        "ar": ["المفوضية العليا المستقلة للانتخابات", "المفوضية"]}
BASRA_POLICE = {"en": ["Basra Police Command", "Basra police", "Iraqi police"], "ar": ["قيادة شرطة البصرة"]}
SIX_DETAINED = {"en": ["six people", "six protesters", "six detainees"],
                "ar": ["ستة أشخاص", "الموقوفين الستة"]}
RIOTERS = {"en": ["rioters", "protesters"], "ar": ["«عدداً من المندسين»", "المندسين"]}
DEPUTY_CHAIR = {"en": ["deputy chairman of the Basra Provincial Council", "deputy head of the council"],
                "ar": ["نائب رئيس مجلس المحافظة"]}
BASRA_OPS = {"en": ["Basra Operations Command", "Iraqi security forces", "Iraqi army"],
             "ar": ["قيادة عمليات البصرة"]}
PM_DELEGATION = {"en": ["government delegation", "Prime Minister's security adviser", "Government of Iraq"],
                 "ar": ["وفد حكومي", "مستشار رئيس الوزراء للشؤون الأمنية"]}
BASRA_GOVERNOR = {"en": ["Governor of Basra", "Basra governor"], "ar": ["محافظ البصرة", "المحافظ"]}
GOV_HOSTS = merge(BASRA_GOVERNOR, {"en": ["Basra security chiefs"], "ar": ["قادة الأجهزة الأمنية"]})
BLOC_REPS = {"en": ["representatives of the council blocs", "council blocs"], "ar": ["ممثلي الكتل"]}
ZUBAIR_SHEIKHS = {"en": ["tribal sheikhs of al-Zubair", "tribal leaders"],
                  "ar": ["شيوخ عشائر في الزبير", "شيوخ عشائر"]}
LOSING_CANDIDATES = {"en": ["losing candidates"], "ar": ["مرشحون خاسرون"]}
DETAINEES_KIN = {"en": ["detainees' relatives and al-Zubair notables"], "ar": ["ذويهم ووجهاء الزبير"]}
UNAMI = {"en": ["UNAMI", "United Nations Assistance Mission for Iraq", "UN mission in Iraq"],
         "ar": ["بعثة الأمم المتحدة لمساعدة العراق «يونامي»", "بعثة الأمم المتحدة لمساعدة العراق", "«يونامي»",
                "يونامي"]}
IQ_AUTH = {"en": ["Iraqi authorities", "Government of Iraq"], "ar": ["السلطات العراقية", "السلطات"]}
KHASIB_GUNMEN = {"en": ["unidentified gunmen"], "ar": ["مسلحون مجهولون"]}
KHASIB_CANDIDATE = {"en": ["a provincial council candidate", "election candidate"],
                    "ar": ["مرشحاً لانتخابات مجالس المحافظات"]}

# ====================================================== places: 413
BASRA = {"accept": ["البصرة", "Basra", "Basrah", "al-Basrah"]}
BASRA_COUNCIL_BLDG = place({"accept": ["مبنى مجلس المحافظة"]}, BASRA)
OPS_HQ = place({"accept": ["مقر قيادة العمليات"]}, BASRA)
GOV_OFFICE = place({"accept": ["ديوان المحافظة"]}, BASRA)
ZUBAIR = {"accept": ["الزبير", "قضاء الزبير", "al-Zubair", "Zubair", "al-Zubayr", "Az Zubayr"]}
ZUBAIR_OFFICE = place({"accept": ["مكتب المفوضية العليا المستقلة للانتخابات في القضاء"]}, ZUBAIR)
UMM_QASR = place({"accept": ["ميناء أم قصر", "أم قصر", "Umm Qasr", "Umm Qasr port"]}, BASRA)
KHASIB = {"accept": ["قضاء أبي الخصيب", "أبي الخصيب", "أبو الخصيب", "Abu al-Khasib", "Abu al-Khaseeb",
                     "Abu Al Khasib"]}

# ============ 414: Baalbek, Arsal, Hermel (Baalbek-Hermel, the Bekaa), 2023
LAF = {"en": ["Lebanese Army", "Lebanese Armed Forces", "LAF"],
       "ar": ["الجيش اللبناني", "قيادة الجيش", "وحدة من الجيش اللبناني", "دورية من مديرية المخابرات", "الجيش",
              "العسكريين"]}
WANTED = {"en": ["wanted gunmen", "armed wanted men", "drug traffickers"],
          "ar": ["مطلوبين مسلحين", "المطلوبين", "مطلوبين"]}
CLASH_SIDES = merge(LAF, WANTED)
FOUR_WANTED = {"en": ["four wanted men"], "ar": ["أربعة مطلوبين", "الموقوفين الأربعة"]}
FUGITIVES = {"en": ["fugitive wanted men", "wanted men"], "ar": ["المطلوبين الفارين", "المطلوبين"]}
BEREAVED_FAMILY = {"en": ["family of one of the dead", "relatives of the dead"],
                   "ar": ["مصادر في عائلة أحد القتلى", "عائلة أحد القتلى"]}
ROAD_PROTESTERS = {"en": ["young men of the neighbourhood", "relatives of the dead", "protesters"],
                   "ar": ["شبان من الحي وأقارب للقتلى", "شبان من الحي", "المحتجون"]}
ARSAL_PATROL = merge({"en": ["Lebanese Army patrol"], "ar": ["دورية للجيش"]}, LAF)
ARSAL_REFUGEES = {"en": ["27 Syrians", "Syrian refugees"], "ar": ["سبعة وعشرون سورياً", "اللاجئين"]}
GEN_SECURITY = {"en": ["General Directorate of General Security", "General Security"],
                "ar": ["المديرية العامة للأمن العام", "الأمن العام"]}
UNHCR = {"en": ["UNHCR", "UN refugee agency", "United Nations High Commissioner for Refugees"],
         "ar": ["المفوضية السامية للأمم المتحدة لشؤون اللاجئين", "المفوضية"]}
LB_AUTH = {"en": ["Lebanese authorities", "Government of Lebanon"], "ar": ["السلطات اللبنانية"]}
GANG = {"en": ["a kidnapping gang", "gang"], "ar": ["عصابة"]}
SYRIAN_WORKER = {"en": ["a Syrian worker"], "ar": ["عامل سوري"]}
BORDER_PATROL = merge({"en": ["Lebanese Army land border regiments"],
                       "ar": ["دورية من أفواج الحدود البرية", "أفواج الحدود البرية"]}, LAF)
FUEL_SMUGGLERS = {"en": ["two fuel trucks' drivers", "fuel smugglers"],
                  "ar": ["شاحنتين محمّلتين بالمازوت المهرّب", "سائقيهما"]}
BH_GOVERNOR = {"en": ["Governor of Baalbek-Hermel", "Baalbek-Hermel governor"],
               "ar": ["محافظ بعلبك – الهرمل", "محافظ بعلبك"]}
MEETING_GUESTS = {"en": ["security chiefs", "MPs and local figures"],
                  "ar": ["قادة الأجهزة الأمنية في المنطقة", "قادة الأجهزة الأمنية", "النواب",
                         "فعاليات المدينة"]}
FAMILY_NOTABLES = {"en": ["family notables"], "ar": ["وجهاء من العائلات"]}
SECURITY_MEETING = merge({"en": ["meeting participants", "Baalbek subsidiary security council"],
                          "ar": ["المجتمعون", "مجلس الأمن الفرعي"]}, BH_GOVERNOR, FAMILY_NOTABLES)
LOCAL_MPS = {"en": ["MPs from the region", "local MPs"], "ar": ["نواب عن المنطقة"]}
PARL_COMMITTEE = {"en": ["parliamentary committee on defence, interior and municipalities",
                         "Lebanese Parliament committee"],
                  "ar": ["لجنة الدفاع الوطني والداخلية والبلديات النيابية"]}
HERMEL_GUNMEN = {"en": ["gunmen"], "ar": ["مسلحين أطلقوا النار"]}
HERMEL_SOLDIERS = {"en": ["two soldiers", "Lebanese Army soldiers"], "ar": ["جنديين"]}

# ====================================================== places: 414
BAALBEK = {"accept": ["بعلبك", "Baalbek", "Baalbeck", "Baalbak"]}
SHARAWNEH = place({"accept": ["حي الشراونة", "الشراونة", "Sharawneh", "al-Sharawneh"]}, BAALBEK)
DOURIS = place({"accept": ["مفرق دورس", "دورس", "Douris", "Dourès"]}, BAALBEK)
BAALBEK_SERAIL = place({"accept": ["سرايا بعلبك"]}, BAALBEK)
ARSAL_CAMPS = {"accept": ["مخيمات اللاجئين عند الأطراف الشرقية للبلدة", "عرسال", "Arsal", "Ersal"]}
HERMEL = {"accept": ["الهرمل", "Hermel", "al-Hermel"]}
HERMEL_BARRENS = place({"accept": ["جرود الهرمل"]}, HERMEL)
QASR_HERMEL = place({"accept": ["بلدة القصر", "القصر", "al-Qasr", "Qasr"]}, HERMEL)
HERMEL_ENTRANCE = place({"accept": ["مدخل مدينة الهرمل"]}, HERMEL)

# ============ 415: Gharyan, al-Hira, Zintan, al-Aziziya, al-Zawiya (western Libya), 2022
ARMED_GROUP = {"en": ["armed group", "the armed group", "gunmen"],
               "ar": ["مجموعة مسلحة", "المجموعة الخارجة عن القانون", "المجموعة", "المسلحون", "مسلحوها"]}
FIVE_SOLDIERS = {"en": ["five soldiers", "five servicemen", "captive soldiers"],
                 "ar": ["خمسة عسكريين", "العسكريين الخمسة", "العسكريون الخمسة", "الأسرى الخمسة", "خمسة آخرين",
                        "الأسرى"]}
TRIPOLI_AGENCY = {"en": ["a Tripoli security agency", "GNU security services"],
                  "ar": ["جهاز أمني في طرابلس", "الجهاز الأمني"]}
FOUR_DETAINEES = {"en": ["four detainees"], "ar": ["أربعة موقوفين", "الموقوفين الأربعة"]}
GENERAL_STAFF = {"en": ["Libyan General Staff", "General Staff", "Government of National Unity", "GNU"],
                 "ar": ["رئاسة الأركان العامة", "رئاسة الأركان"]}
EXCHANGE_PARTIES = merge(ARMED_GROUP, GENERAL_STAFF, TRIPOLI_AGENCY)
CHECKPOINT_GUARDS = {"en": ["Hira checkpoint personnel", "checkpoint guards", "GNU forces"],
                     "ar": ["عناصر البوابة"]}
HIRA_FIGHT = merge(ARMED_GROUP, CHECKPOINT_GUARDS)
ZINTAN_ELDERS = {"en": ["Zintan elders and notables", "Zintan notables", "elders"],
                 "ar": ["وفد من أعيان الزنتان وحكمائها", "أعيان الزنتان"]}
BATTALION_CMDR = {"en": ["commander of the battalion guarding the checkpoint", "battalion commander"],
                  "ar": ["آمر الكتيبة التي كانت تتولى تأمين البوابة", "آمر الكتيبة"]}
ATTACKERS = merge({"en": ["the attackers"], "ar": ["المهاجمين"]}, ARMED_GROUP)
TWO_ATTACKERS = {"en": ["two of the attackers"], "ar": ["اثنين من المشاركين في الهجوم"]}
UNSMIL = {"en": ["UNSMIL", "United Nations Support Mission in Libya", "UN mission in Libya"],
          "ar": ["البعثة الأممية للدعم في ليبيا «أونسميل»", "«أونسميل»", "أونسميل", "البعثة الأممية"]}
LY_AUTH = {"en": ["Libyan authorities"], "ar": ["السلطات"]}
LY_MOD = {"en": ["Ministry of Defence", "GNU Ministry of Defence"], "ar": ["وزارة الدفاع"]}
BEREAVED = {"en": ["families of the two dead soldiers"], "ar": ["أسرتي العسكريين القتيلين"]}
GHARYAN_PROTESTERS = {"en": ["Gharyan residents", "protesters"], "ar": ["عشرات من أهالي غريان", "المتظاهرون"]}
GNU = {"en": ["Government of National Unity", "GNU", "Libyan government"], "ar": ["الحكومة"]}
ZAWIYA_GUNMEN = {"en": ["gunmen"], "ar": ["مسلحون"]}
ZAWIYA_GUARDS = {"en": ["three checkpoint guards"], "ar": ["ثلاثة من عناصرها"]}

# ====================================================== places: 415
ZINTAN = {"accept": ["الزنتان", "Zintan", "al-Zintan", "Az Zintan"]}
ZINTAN_GATE = place({"accept": ["البوابة الشرقية لمدينة الزنتان"]}, ZINTAN)
TRIPOLI = {"accept": ["طرابلس", "Tripoli"]}
ZINTAN_TRIPOLI = place(ZINTAN_GATE, TRIPOLI)
GHARYAN = {"accept": ["غريان", "Gharyan", "Gharian"]}
HIRA = place({"accept": ["بوابة الهيرة الأمنية", "بوابة الهيرة", "الهيرة", "al-Hira", "Hira"]}, GHARYAN)
GHARYAN_COUNCIL = place({"accept": ["مقر المجلس البلدي"]}, GHARYAN)
MEDIATION_ROUTE = place(GHARYAN, TRIPOLI, ZINTAN)
AZIZIYA = {"accept": ["مدينة العزيزية", "العزيزية", "Aziziya", "al-Aziziyah", "Al Aziziyah"]}
ZAWIYA_GATE = {"accept": ["المدخل الغربي لمدينة الزاوية", "الزاوية", "al-Zawiya", "Zawiya", "Az Zawiyah"]}
