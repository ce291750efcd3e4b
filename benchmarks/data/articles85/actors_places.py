"""Accepted actor names and place names for the eighty-fifth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «المجموعة», «الحركة», «النقابة», «الشرطة») are left out on purpose,
with these exceptions, each used only in an article where it names a single actor:
- 421: «الوزارة» (only ever the Syrian interior ministry), «المحافظ» (only ever the governor of Rif Dimashq);
- 422: «الحركة» (only ever the «رجال الكرامة» movement), «المجموعة» and «المسلحين» (only ever the armed group
  of Shahba), «الفرع» (only ever the Military Intelligence branch), «المحافظ» (only ever the governor of
  al-Suwayda);
- 423: «التنظيم» (only ever ISIS), «الجيش» (only ever the Iraqi army), «الحشد» (only ever the PMF);
- 424: «الجيش» (only ever the Lebanese army), «النقابة» (only ever the bakery owners' union of the North),
  «المحافظ» (only ever the governor of the North), «المطاحن» (only ever the flour mills of the North);
- 425: «الشرطة» (only ever the West Darfur police), «السلطات» (only ever the Sudanese authorities), «الأسر»
  (only ever the families displaced from Umm Sidra).
In meetings, negotiations and agreements between two parties (CONSULT, AGREE, COOPERATE) both parties are
accepted in either role. In a two-sided fight (the main event of 422, the background clash of 425) both sides
are sources and there is no recipient.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ============ 421: Qudsaya, al-Tall, al-Zabadani (Rif Dimashq), 2025
GS_RD = {"en": ["General Security", "General Security Administration", "Syrian General Security",
                "Syrian security forces", "Syrian Ministry of Interior"],
         "ar": ["إدارة الأمن العام في ريف دمشق", "إدارة الأمن العام", "قيادة الأمن العام",
                "عناصر الأمن العام", "الأمن العام"]}
QUDSAYA_NINE = {"en": ["nine young men", "wanted men", "Qudsaya detainees"],
                "ar": ["تسعة شبان", "الموقوفين التسعة", "الموقوفين"]}
QUDSAYA_YOUTHS = {"en": ["more than sixty young men of Qudsaya", "Qudsaya young men"],
                  "ar": ["أكثر من ستين شاباً من قدسيا", "ستين شاباً"]}
TALL_GUNMEN = {"en": ["two gunmen on a motorcycle", "unidentified gunmen", "gunmen", "attackers"],
               "ar": ["مسلحان", "المهاجمَين", "المهاجمين", "المنفذين"]}
GS_GUARDS = {"en": ["General Security members", "checkpoint guards", "General Security"],
             "ar": ["عنصران من الأمن العام", "العنصرين", "العنصران", "الأمن العام"]}
SY_MOI = {"en": ["Syrian Ministry of Interior", "Interior Ministry", "Ministry of Interior"],
          "ar": ["وزارة الداخلية", "الوزارة"]}
REMNANTS = {"en": ["remnants of the former regime", "former regime remnants", "Assad loyalist cells",
                   "pro-Assad cells"],
            "ar": ["«خلايا مرتبطة بفلول النظام البائد»", "خلايا مرتبطة بفلول النظام البائد",
                   "فلول النظام البائد", "فلول النظام"]}
TALL_TEACHERS = {"en": ["dismissed teachers", "teachers of al-Tall", "about eighty teachers"],
                 "ar": ["نحو ثمانين معلماً ومعلمة", "ثمانين معلماً ومعلمة", "المعلمين المفصولين", "المعلمين"]}
TALL_NOTABLES = merge({"en": ["notables of al-Tall"], "ar": ["وفداً من وجهائها", "وجهائها"]}, TALL_TEACHERS)
RD_GOVERNOR = {"en": ["Governor of Rif Dimashq", "Damascus countryside governor", "governor"],
               "ar": ["محافظ ريف دمشق", "المحافظ"]}
SARC = {"en": ["Syrian Arab Red Crescent", "SARC", "Red Crescent"],
        "ar": ["الهلال الأحمر العربي السوري", "الهلال الأحمر"]}
RETURNEES = {"en": ["returning families", "families returning to al-Tall"],
             "ar": ["العائلات العائدة إلى التل", "العائلات العائدة"]}
ONE_ATTACKER = {"en": ["one of the attackers", "one of the perpetrators"],
                "ar": ["أحد منفذي هجوم التل", "أحد منفذي"]}
QUDSAYA_FAMILIES = {"en": ["detainees' families", "relatives of the detainees"], "ar": ["ذويهم"]}
ZABADANI_GUNMEN = {"en": ["unidentified gunmen", "gunmen"], "ar": ["مسلحون مجهولون"]}
ZABADANI_VICTIM = {"en": ["head of a local neighbourhood committee", "local committee head"],
                   "ar": ["رئيس اللجنة المحلية في حي الجسر", "رئيس اللجنة المحلية"]}

# ====================================================== places: 421
QUDSAYA = {"accept": ["قدسيا", "Qudsaya", "Qudssaya", "Qudsayya"]}
QUDSAYA_NORTH = place({"accept": ["الأحياء الشمالية لمدينة قدسيا", "حي الجبل"]}, QUDSAYA)
QUDSAYA_HALL = place({"accept": ["مبنى البلدية"]}, QUDSAYA)
QUDSAYA_POLICE = place({"accept": ["مخفر المدينة"]}, QUDSAYA)
HAMA_JAMRAYA = {"accept": ["الهامة", "al-Hamah", "Al Hamah", "جمرايا", "Jamraya", "Jamrayah"]}
TALL = {"accept": ["التل", "al-Tall", "Al Tall", "at-Tall", "Tall"]}
TALL_GATE = place(TALL, {"accept": ["المدخل الجنوبي للمدينة", "المدخل الجنوبي لمدينة التل"]})
TALL_SCHOOLS = place(TALL, {"accept": ["المجمع التربوي"]})
SAYDNAYA = {"accept": ["صيدنايا", "Saydnaya", "Sednaya", "Saidnaya"]}
ZABADANI = {"accept": ["الزبداني", "al-Zabadani", "Zabadani", "Az Zabadani", "حي الجسر"]}

# ============ 422: Shahba, al-Qrayya, al-Suwayda (Syria), 2019
RIJAL = {"en": ["Men of Dignity", "Rijal al-Karama", "Men of Dignity movement", "Sheikh al-Karama movement"],
         "ar": ["حركة «رجال الكرامة»", "«رجال الكرامة»", "رجال الكرامة", "مقاتلي حركة «رجال الكرامة»",
                "الحركة", "عناصر الحركة", "مقاتليها"]}
SHAHBA_GANG = {"en": ["armed group accused of kidnapping", "kidnapping gang", "Shahba gang"],
               "ar": ["مجموعة مسلحة يتهمها الأهالي بخطف مسافرين", "مجموعة مسلحة", "أفراد المجموعة",
                      "المجموعة", "المسلحين"]}
SHAHBA_FIGHT = merge(RIJAL, SHAHBA_GANG)
TRADER = {"en": ["livestock trader", "kidnapped trader"],
          "ar": ["تاجر مواشٍ من قرية الصورة الكبيرة", "تاجر مواشٍ", "التاجر المخطوف", "التاجر"]}
FOUR_FREED = {"en": ["four abductees from al-Suwayda", "four kidnapped people"],
              "ar": ["أربعة مخطوفين من أبناء السويداء", "أربعة مخطوفين", "المفرج عنهم"]}
EXCHANGE_SIDES = {"en": ["Russian Military Police", "notables of al-Suwayda and Daraa", "mediators"],
                  "ar": ["الشرطة العسكرية الروسية", "وجهاء من المحافظتين"]}
KIDNAP_FAMILIES = {"en": ["families of the kidnapped", "relatives of abductees", "protesters"],
                   "ar": ["عشرات من ذوي المخطوفين", "ذوي المخطوفين", "المحتجون", "المحتجين"]}
SY_SECURITY = {"en": ["Syrian security agencies", "security services", "Syrian government"],
               "ar": ["الأجهزة الأمنية"]}
SW_GOVERNOR = {"en": ["Governor of al-Suwayda", "Suwayda governor", "governor"],
               "ar": ["محافظ السويداء", "المحافظ"]}
PROTEST_DELEGATION = {"en": ["protesters' delegation", "families of the kidnapped"],
                      "ar": ["وفداً من المحتجين", "الوفد", "المحتجين"]}
SW_MEETING = merge(SW_GOVERNOR, PROTEST_DELEGATION)
GANG_FAMILY = {"en": ["family of a dead gang member", "relatives of the dead gunmen"],
               "ar": ["عائلة أحد القتيلين من أفراد المجموعة", "عائلة أحد القتيلين"]}
DRUZE_LEADERSHIP = {"en": ["Druze spiritual leadership", "Druze religious leadership", "Sheikhs of Aql"],
                    "ar": ["الرئاسة الروحية لطائفة الموحدين الدروز", "الرئاسة الروحية"]}
BOTH_SIDES_SHAHBA = merge({"en": ["both sides"], "ar": ["الطرفين"]}, RIJAL, GANG_FAMILY)
SY_MI = {"en": ["Military Intelligence", "Syrian Military Security", "Military Security branch",
                "Syrian government"],
         "ar": ["فرع الأمن العسكري", "الأمن العسكري", "الفرع"]}
TWO_GANG_MEMBERS = {"en": ["two members of the group"], "ar": ["اثنين من أفراد المجموعة", "الشابين"]}
SHEIKHS_AQL = {"en": ["Sheikhs of Aql", "Druze spiritual leaders", "a Sheikh of Aql"],
               "ar": ["مشايخ العقل", "أحد شيوخ العقل", "شيوخ العقل"]}
SHAHBA_FACTIONS = {"en": ["local factions' leaders", "notables of Shahba"],
                   "ar": ["قادة الفصائل المحلية", "وجهاء شهبا"]}
AQL_MEETING = merge(SHEIKHS_AQL, SHAHBA_FACTIONS)
SW_POLICE = {"en": ["al-Suwayda police command", "Syrian police"], "ar": ["قيادة شرطة المحافظة"]}
QRAYYA_KIDNAPPERS = {"en": ["unidentified kidnappers"], "ar": ["مجهولين"]}
QRAYYA_VICTIM = {"en": ["young man from al-Qrayya"], "ar": ["شاب من بلدة القريا", "الشاب"]}

# ====================================================== places: 422
SHAHBA = {"accept": ["شهبا", "Shahba", "Shahbaa"]}
SHAHBA_EAST = place({"accept": ["الحي الشرقي من مدينة شهبا", "الحي الشرقي"]}, SHAHBA)
SAHWA = {"accept": ["منطقة السهوة", "السهوة", "al-Sahwa", "As Sahwah", "eastern Daraa countryside",
                    "ريف درعا الشرقي"]}
SUWAYDA_CITY = {"accept": ["مبنى المحافظة", "مدينة السويداء", "السويداء", "al-Suwayda", "Suwayda", "Sweida",
                           "As Suwayda"]}
MASMIYAH = {"accept": ["حاجز المسمية", "المسمية", "al-Masmiyah", "Mismiyah"]}
QANAWAT = {"accept": ["دار الطائفة ببلدة قنوات", "قنوات", "Qanawat", "al-Qanawat"]}
QRAYYA = {"accept": ["القريا", "al-Qrayya", "Al Qurayya", "al-Qurayya", "Qrayya"]}

# ============ 423: al-Dour, Samarra, al-Mutasim, al-Eith, Mutaibija, Tikrit, Baiji (Salahuddin), 2018
ISIS = {"en": ["Islamic State", "ISIS", "IS", "ISIL", "Daesh"],
        "ar": ["تنظيم «داعش»", "«داعش»", "داعش", "خلايا التنظيم", "عناصر التنظيم", "التنظيم"]}
IQ_SOLDIERS = {"en": ["Iraqi soldiers", "three soldiers", "Iraqi army convoy", "Iraqi Army"],
               "ar": ["ثلاثة جنود", "رتلاً عسكرياً", "الجنود الثلاثة", "الرتل"]}
SAMARRA_OPS = {"en": ["Samarra Operations Command", "Iraqi Army", "Iraqi security forces"],
               "ar": ["قيادة عمليات سامراء", "قيادة العمليات", "عناصر الحملة"]}
ELEVEN_SUSPECTS = {"en": ["eleven suspects", "suspects"],
                   "ar": ["أحد عشر مشتبهاً به", "الموقوفين", "شاباً من ذوي الاحتياجات الخاصة"]}
IQ_ARTILLERY = {"en": ["Iraqi Army artillery", "Iraqi Army", "Iraqi security forces"],
                "ar": ["مدفعية الجيش", "الجيش"]}
DOUR_QAIMMAQAM = {"en": ["al-Dour district commissioner", "al-Dour qaimmaqam", "mayor of al-Dour"],
                  "ar": ["قائممقام قضاء الدور"]}
SEC_AGENCIES = {"en": ["security agencies responsible for the road", "Iraqi security forces"],
                "ar": ["الجهات الأمنية المسؤولة عن الطريق", "الجهات الأمنية"]}
IQ_FED_GOV = {"en": ["Iraqi federal government", "Government of Iraq", "federal government"],
              "ar": ["الحكومة الاتحادية"]}
DOUR_COUNCIL = {"en": ["al-Dour district council"], "ar": ["مجلس قضاء الدور"]}
SD_COURT = {"en": ["Salahuddin Criminal Court", "Iraqi judiciary", "criminal court"],
            "ar": ["محكمة جنايات صلاح الدين"]}
DEFENDANT = {"en": ["convicted ISIS member", "defendant", "ISIS member"],
             "ar": ["متهم أُدين بالانتماء إلى تنظيم «داعش»", "متهم", "المدان"]}
PMF = {"en": ["Popular Mobilization Forces", "PMF", "Hashd al-Shaabi", "al-Hashd al-Shaabi"],
       "ar": ["الحشد الشعبي", "هيئة الحشد", "الحشد"]}
MOD_DELEGATION = {"en": ["Iraqi Ministry of Defence delegation", "Ministry of Defence"],
                  "ar": ["وفد من وزارة الدفاع", "وزارة الدفاع"]}
BRIGADE_COMMANDERS = {"en": ["brigade commanders", "Iraqi Army units"], "ar": ["قادة الألوية", "القطعات"]}
OPS_COMMANDER = {"en": ["commander of Samarra Operations", "Samarra Operations Command"],
                 "ar": ["قائد عمليات سامراء"]}
HARBOURERS = merge({"en": ["perpetrators", "those sheltering ISIS members"],
                    "ar": ["المنفذين", "كل من يثبت أنه آوى عناصر التنظيم"]}, ISIS)
IQ_ARMY = {"en": ["Iraqi Army", "Iraqi security forces"], "ar": ["الجيش"]}
BAIJI_FARMERS = {"en": ["two farmers from Baiji", "civilians"],
                 "ar": ["مزارعَين اثنين من أهالي بيجي", "مزارعَين اثنين"]}

# ====================================================== places: 423
DOUR = {"accept": ["الدور", "قضاء الدور", "al-Dour", "Ad Dawr", "al-Dawr", "Dour"]}
SAMARRA = {"accept": ["سامراء", "قضاء سامراء", "Samarra"]}
DOUR_ROAD = place({"accept": ["الطريق الرابط بين قضاءي سامراء والدور"]}, DOUR, SAMARRA)
VILLAGES_EAST = place({"accept": ["القرى الواقعة شرق الطريق"]}, DOUR, SAMARRA)
EITH_MUTASIM = {"accept": ["ناحيتي المعتصم والعيث", "المعتصم", "al-Mutasim", "Al Mu'tasim", "العيث",
                           "al-Eith", "al-Ayth", "Al Ayth"]}
MUTAIBIJA = {"accept": ["منطقة مطيبيجة", "مطيبيجة", "Mutaibija", "Mutaybijah", "al-Mutaibija"]}
TIKRIT = {"accept": ["تكريت", "Tikrit"]}
MUTASIM = {"accept": ["ناحية المعتصم", "المعتصم", "al-Mutasim", "Al Mu'tasim"]}
BAIJI_ROAD = {"accept": ["بيجي", "طريق بيجي – تكريت", "Baiji", "Bayji", "Baiji-Tikrit road"]}

# ============ 424: al-Minieh, Tripoli, Akkar, Bebnine, Halba (north Lebanon), 2020
BAKERS_UNION = {"en": ["Union of Bakery Owners in the North", "bakers' union", "bakery owners"],
                "ar": ["نقابة أصحاب الأفران والمخابز في الشمال", "نقابة أصحاب الأفران والمخابز", "النقابة",
                       "معظم الأفران والمخابز"]}
N_PROTESTERS = {"en": ["protesters", "demonstrators"], "ar": ["محتجون", "المحتجين", "عشرات الشبان"]}
LAF = {"en": ["Lebanese Armed Forces", "Lebanese army", "LAF"],
       "ar": ["قوة من الجيش اللبناني", "الجيش اللبناني", "قيادة الجيش – مديرية التوجيه", "قيادة الجيش",
              "العسكريين", "الجيش"]}
MINIEH_PROTESTERS = {"en": ["protesters in al-Minieh", "three young men", "young bakery worker"],
                     "ar": ["ثلاثة شبان", "الشاب الجريح", "محتجون", "المحتجين"]}
FOUR_DETAINED = {"en": ["four people", "four protesters"], "ar": ["أربعة أشخاص"]}
MINIEH_FAMILY = {"en": ["the young man's family"], "ar": ["عائلة الشاب الجريح", "عائلة الشاب"]}
N_GOVERNOR = {"en": ["Governor of North Lebanon", "North governor", "governor"],
              "ar": ["محافظ الشمال", "المحافظ"]}
UNION_DELEGATION = {"en": ["bakers' union delegation", "bakery owners' delegation"],
                    "ar": ["وفد من نقابة أصحاب الأفران والمخابز", "الوفد", "نقابة أصحاب الأفران والمخابز"]}
MILLS = {"en": ["flour mills", "mills' representatives"], "ar": ["ممثلين عن المطاحن", "المطاحن"]}
SERAIL_MEETING = merge(N_GOVERNOR, UNION_DELEGATION, MILLS)
GOV_AND_MILLS = merge(N_GOVERNOR, MILLS, {"en": ["Lebanese Ministry of Economy"], "ar": ["وزارة الاقتصاد"]})
AGREE_PARTIES = merge(N_GOVERNOR, BAKERS_UNION, MILLS, {"en": ["both parties"], "ar": ["الطرفان"]})
UNION_HEAD = {"en": ["head of the bakery owners' union in the North", "union head"],
              "ar": ["نقيب أصحاب الأفران والمخابز في الشمال", "نقيب أصحاب الأفران"]}
N_MPS = {"en": ["MPs of Tripoli and al-Minieh", "Lebanese MPs", "members of parliament"],
         "ar": ["نواب عن طرابلس والمنية", "النواب", "نواب"]}
WFP = {"en": ["World Food Programme", "WFP"], "ar": ["برنامج الأغذية العالمي"]}
NORTH_BAKERIES = {"en": ["bakeries of the North"], "ar": ["أفران الشمال"]}
TRIPOLI_MUNICIPALITY = {"en": ["Tripoli municipality", "municipality of Tripoli"], "ar": ["بلدية طرابلس"]}
POOR_FAMILIES = {"en": ["poorest families"], "ar": ["العائلات الأكثر فقراً"]}
BEBNINE_BAKERIES = {"en": ["three bakeries in Bebnine"],
                    "ar": ["ثلاثة أفران في بلدة ببنين العكارية", "ثلاثة أفران"]}
HALBA_GUNMAN = {"en": ["gunman", "a gunman"], "ar": ["مسلح", "مطلق النار"]}
HALBA_VICTIM = {"en": ["a young man", "civilian"], "ar": ["شاب"]}

# ====================================================== places: 424
TRIPOLI = {"accept": ["طرابلس", "Tripoli", "Trablous", "Tarablus"]}
AKKAR = {"accept": ["عكار", "Akkar"]}
MINIEH = {"accept": ["المنية", "المدخل الجنوبي لبلدة المنية", "al-Minieh", "Minieh", "Al Minyeh", "Minyeh"]}
NORTH_STRIKE = place(TRIPOLI, AKKAR, MINIEH)
ROADBLOCKS = place({"accept": ["مستديرة البداوي", "البداوي", "al-Beddawi", "Beddawi", "حلبا", "Halba"]},
                   TRIPOLI, AKKAR)
SERAIL = place({"accept": ["سراي طرابلس"]}, TRIPOLI)
BEDDAWI = place({"accept": ["مستديرة البداوي", "البداوي", "al-Beddawi", "Beddawi"]}, TRIPOLI)
TRIPOLI_PORT = place({"accept": ["مرفأ طرابلس", "Port of Tripoli"]}, TRIPOLI)
TABBANEH = place({"accept": ["التبانة", "باب التبانة", "Bab al-Tabbaneh", "القبة", "al-Qobbeh"]}, TRIPOLI)
BEBNINE = {"accept": ["ببنين", "بلدة ببنين العكارية", "Bebnine", "Bibnin", "عكار", "Akkar"]}
HALBA = {"accept": ["حلبا", "بلدة حلبا", "Halba"]}

# ============ 425: El Geneina, Umm Sidra, Wadi Kaja, Kereinik (West Darfur, Sudan), 2017
AWLAD_ZAYED = {"en": ["Awlad Zayed clan", "Awlad Zayed"], "ar": ["عشيرة أولاد زايد", "أولاد زايد"]}
AWLAD_JABIR = {"en": ["Awlad Jabir clan", "Awlad Jabir"], "ar": ["عشيرة أولاد جابر", "أولاد جابر"]}
CLAN_LEADERS = merge({"en": ["leaders of the Awlad Zayed and Awlad Jabir clans", "clan leaders"],
                      "ar": ["زعماء عشيرتي أولاد زايد وأولاد جابر", "زعماء العشيرتين"]},
                     AWLAD_ZAYED, AWLAD_JABIR)
ZAYED_GUNMEN = {"en": ["Awlad Zayed gunmen", "Awlad Zayed militia", "Awlad Zayed"],
                "ar": ["مسلحون من أولاد زايد", "المهاجمين", "أولاد زايد"]}
UMM_SIDRA_VICTIMS = {"en": ["Awlad Jabir villagers", "residents of Umm Sidra", "civilians"],
                     "ar": ["خمسة من أبناء أولاد جابر", "أبناء أولاد جابر", "أولاد جابر"]}
MARKET_KILLER = {"en": ["Awlad Zayed trader", "trader"], "ar": ["تاجر من أولاد زايد", "التاجر"]}
MARKET_VICTIM = {"en": ["young Awlad Jabir man", "civilian"], "ar": ["شاب من أولاد جابر"]}
JABIR_YOUTHS = {"en": ["Awlad Jabir youths", "Awlad Jabir"], "ar": ["شبان من أولاد جابر", "أولاد جابر"]}
ZAYED_TRADERS = {"en": ["Awlad Zayed traders"], "ar": ["تجار من أولاد زايد"]}
WD_POLICE = {"en": ["West Darfur police", "Sudan Police Forces", "police"],
             "ar": ["شرطة الولاية", "قوة من الشرطة", "الشرطة"]}
SIX_YOUTHS = {"en": ["six youths"], "ar": ["ستة منهم"]}
SEC_COMMITTEE = {"en": ["West Darfur state security committee", "state security committee",
                        "Government of Sudan"],
                 "ar": ["لجنة أمن الولاية"]}
RSF = {"en": ["Rapid Support Forces", "RSF", "Central Reserve Police"],
       "ar": ["قوات الدعم السريع", "الاحتياطي المركزي"]}
SEC_COMMITTEE_FORCES = merge(SEC_COMMITTEE, RSF)
AJAWEED = {"en": ["ajaweed mediation committee", "native administration leaders", "mediators"],
           "ar": ["لجنة من الأجاويد", "الأجاويد", "الإدارة الأهلية"]}
BOTH_CLANS = merge({"en": ["both clans"], "ar": ["العشيرتين"]}, AWLAD_ZAYED, AWLAD_JABIR)
DIYA_PAYERS = merge({"en": ["each clan", "both clans"], "ar": ["كل عشيرة"]}, AWLAD_ZAYED, AWLAD_JABIR)
BEREAVED = {"en": ["families of the dead", "bereaved families"], "ar": ["أسر قتلى الطرف الآخر"]}
JABIR_YOUTH_GROUP = {"en": ["group of Awlad Jabir youths", "Awlad Jabir youths"],
                     "ar": ["مجموعة من شباب أولاد جابر", "شباب أولاد جابر"]}
SD_AUTHORITIES = {"en": ["Sudanese authorities", "authorities"], "ar": ["السلطات"]}
UNKNOWN_GUNMEN = {"en": ["unidentified gunmen", "gunmen"], "ar": ["مسلحين مجهولين", "ثلاثة ملثمين"]}
HERDER = {"en": ["Awlad Zayed herder", "herder"], "ar": ["راعٍ من أولاد زايد", "الراعي"]}
WD_WALI = {"en": ["Governor of West Darfur", "West Darfur wali", "governor"],
           "ar": ["والي غرب دارفور", "والي الولاية"]}
VIOLATORS = {"en": ["truce violators", "violators"], "ar": ["كل من يخرق الاتفاق", "المخالفين"]}
THREE_WOMEN = {"en": ["three Awlad Jabir women", "three women"],
               "ar": ["ثلاث نساء من أولاد جابر", "ثلاث نساء"]}
DISPLACED = {"en": ["displaced families", "about three hundred families"],
             "ar": ["نحو ثلاثمئة أسرة", "ثلاثمئة أسرة", "الأسر"]}
SD_GOV_AID = {"en": ["Government of Sudan", "Sudanese government", "West Darfur government"],
              "ar": ["مساعدات حكومية"]}
UNAMID = {"en": ["UNAMID", "African Union-United Nations Mission in Darfur", "UN-AU mission in Darfur"],
          "ar": ["بعثة الأمم المتحدة والاتحاد الأفريقي في دارفور «يوناميد»", "«يوناميد»", "يوناميد",
                 "بعثة الأمم المتحدة والاتحاد الأفريقي"]}
SD_GOV_FORCES = {"en": ["Sudanese government forces", "Government of Sudan"], "ar": ["قوات حكومية"]}
CONFERENCE_PARTIES = merge(CLAN_LEADERS, {"en": ["nazirs of the neighbouring tribes"],
                                          "ar": ["نظّار القبائل المجاورة"]})

# ====================================================== places: 425
GENEINA = {"accept": ["الجنينة", "مدينة الجنينة", "El Geneina", "Geneina", "al-Junaynah", "Al Junaynah"]}
SULTANATE = place({"accept": ["دار السلطنة"]}, GENEINA)
UMM_SIDRA = place({"accept": ["قرية أم سدرة", "أم سدرة", "Umm Sidra", "Um Sidra"]}, GENEINA)
GENEINA_MARKET = place({"accept": ["سوق الجنينة الكبير", "Geneina market"]}, GENEINA)
EAST_GENEINA = place({"accept": ["المنطقة الفاصلة بين قرى العشيرتين", "شرق المدينة"]}, GENEINA)
WADI_KAJA = place({"accept": ["وادي كجا", "Wadi Kaja", "Wadi Kajja"]}, GENEINA)
GENEINA_OUTSKIRTS = place({"accept": ["أطراف الجنينة", "المعسكر المؤقت"]}, GENEINA)
KEREINIK = {"accept": ["كرينك", "محلية كرينك", "Kereinik", "Kreinik", "Kirenik"]}
