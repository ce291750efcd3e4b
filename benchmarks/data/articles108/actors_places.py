"""Accepted actor names and place names for the hundred-and-eighth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الحكومة», «المجلس», «التنظيم») are left out on purpose,
with these exceptions, each used only in an article where it names a single actor:
- 536: «التنظيم» and «مقاتلو التنظيم» (only ever the Islamic State) and «التحالف» (only ever the US-led
  coalition);
- 537: «الجيش» and «وحدات الجيش» (only ever the Syrian army) and «المسلحون» (only ever the armed men of the
  northern Homs countryside);
- 538: «التنظيم» (only ever the Islamic State);
- 539: «الدعم السريع» (only ever the Rapid Support Forces);
- 540: «التنظيم» (only ever the Islamic State's Sinai branch).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ============================== 536: the eastern Deir ez-Zor countryside (Deir ez-Zor; November 2018)
SDF = {"en": ["Syrian Democratic Forces", "SDF", "QSD"],
       "ar": ["قوات سوريا الديمقراطية «قسد»", "قوات سوريا الديمقراطية", "«قسد»", "قسد"]}
ISIS_536 = {"en": ["Islamic State", "ISIS", "ISIL", "Daesh"],
            "ar": ["مقاتلي تنظيم «داعش»", "تنظيم «داعش»", "مقاتلو التنظيم", "مقاتلي التنظيم", "التنظيم"]}
SDF_ISIS = merge(SDF, ISIS_536)
COALITION = {"en": ["US-led international coalition", "International Coalition", "Coalition",
                    "CJTF-OIR", "United States"],
             "ar": ["طائرات التحالف الدولي", "التحالف الدولي", "«التحالف غير الشرعي»", "التحالف"]}
COALITION_SPOKESMAN = merge({"en": ["a spokesman of the international coalition"],
                             "ar": ["متحدث باسم التحالف الدولي"]}, COALITION)
SUSAH_CIVILIANS = {"en": ["seven civilians in al-Susah", "civilians"],
                   "ar": ["سبعة مدنيين", "القتلى السبعة"]}
SHAFAH_VICTIMS = {"en": ["a man and his son in al-Shafah", "civilians"], "ar": ["رجل وابنه"]}
POCKET_FAMILIES = {"en": ["families leaving Hajin and al-Shafah", "civilians", "IDPs"],
                   "ar": ["نحو ثمانين عائلة"]}
POCKET_MEN = {"en": ["men among the families leaving the pocket", "civilians"], "ar": ["نحو عشرين رجلاً"]}
HAJIN_YOUNG_MEN = {"en": ["three young men who tried to flee Hajin", "civilians"], "ar": ["ثلاثة شبان"]}
SDF_COMMANDER = merge({"en": ["an SDF commander"], "ar": ["قيادي في «قسد»"]}, SDF)
DEZ_CIVIL_COUNCIL = {"en": ["Deir ez-Zor Civil Council"],
                     "ar": ["وفد من مجلس دير الزور المدني", "مجلس دير الزور المدني"]}
DEZ_NOTABLES = {"en": ["tribal notables of the eastern countryside"], "ar": ["وجهاء من عشائر المنطقة"]}
SY_MOFA = {"en": ["Syrian Ministry of Foreign Affairs", "Government of Syria", "Syrian government"],
           "ar": ["وزارة الخارجية السورية"]}
UNSC_536 = {"en": ["UN Security Council", "United Nations"], "ar": ["مجلس الأمن"]}
POCKET_CIVILIANS = {"en": ["civilians of the pocket", "civilians"], "ar": ["المدنيين"]}
SY_REGIME_MILITIAS = {"en": ["Syrian government forces and pro-Iranian militias", "Military Forces of Syria",
                             "Syrian regime forces"],
                      "ar": ["قوات النظام والميليشيات الموالية لإيران", "قوات النظام"]}
ISIS_REGIME = merge(ISIS_536, SY_REGIME_MILITIAS)
IQ_FORCES = {"en": ["Iraqi army and Popular Mobilization Forces", "Military Forces of Iraq",
                    "Popular Mobilization Forces", "PMF"],
             "ar": ["قطعات من الجيش العراقي وفصائل من الحشد الشعبي", "الجيش العراقي", "الحشد الشعبي"]}

# ====================================================== places: 536
HAJIN = {"accept": ["الأطراف الشمالية لبلدة هجين", "أطراف هجين", "هجين", "Hajin", "Hajjin"]}
SUSAH = {"accept": ["بلدة السوسة", "السوسة", "al-Susah", "Susah", "al-Sousa", "Sousa"]}
SHAFAH = {"accept": ["بلدة الشعفة", "الشعفة", "al-Shafah", "Shafah", "al-Shaafa", "Shaafa"]}
TANAK = {"accept": ["نقطة استقبال أقامتها «قسد» قرب حقل التنك", "حقل التنك", "al-Tanak oil field", "al-Tanak",
                    "Tanak"]}
POCKET_ROUTE = place(HAJIN, SHAFAH, TANAK)
SHUHAYL = {"accept": ["بلدة الشحيل", "الشحيل", "al-Shuhayl", "Shuhayl", "Shheil"]}
SUSAH_BAGHUZ = {"accept": ["السوسة والباغوز", "السوسة", "الباغوز", "al-Susah", "al-Baghuz", "Baghuz",
                          "Susah"]}
BUKAMAL = {"accept": ["أطراف مدينة البوكمال", "البوكمال", "al-Bukamal", "Bukamal", "Abu Kamal",
                      "Albu Kamal"]}
QAIM = {"accept": ["قضاء القائم", "القائم", "al-Qaim", "Qaim"]}

# ============================== 537: the northern Homs countryside (Homs; April 2018)
RU_RECONCILIATION = {"en": ["Russian Reconciliation Centre in Syria", "Russian Center for Reconciliation",
                            "Russian military", "Russia"],
                     "ar": ["مركز المصالحة الروسي في سوريا", "مركز المصالحة الروسي", "مركز المصالحة"]}
SY_ARMY = {"en": ["Syrian Arab Army", "Military Forces of Syria", "Syrian army"],
           "ar": ["الجيش العربي السوري", "وحدات الجيش", "الجيش"]}
N_HOMS_ARMED = {"en": ["armed groups of the northern Homs countryside", "rebels", "opposition armed groups"],
                "ar": ["مجموعات مسلحة", "المجموعات المسلحة", "المسلحين", "المسلحون"]}
TEIR_CLASH = merge(N_HOMS_ARMED, SY_ARMY)
NEG_BODY = {"en": ["Negotiation Committee of the northern Homs countryside", "rebels"],
            "ar": ["«هيئة التفاوض عن ريف حمص الشمالي»", "هيئة التفاوض عن ريف حمص الشمالي", "هيئة التفاوض"]}
SY_GOV_SIDE = {"en": ["Syrian government side", "Syrian Arab Army", "Military Forces of Syria"],
               "ar": ["الجانب الحكومي", "وحدات الجيش"]}
MIL_SOURCE = {"en": ["a Syrian military source", "Syrian Arab Army", "Military Forces of Syria"],
              "ar": ["المصدر العسكري", "مصدر عسكري"]}
NUSRA = {"en": ["Jabhat al-Nusra", "Nusra Front", "Hay'at Tahrir al-Sham", "HTS"],
         "ar": ["مسلحي «جبهة النصرة»", "مسلحو «جبهة النصرة»", "«جبهة النصرة»", "جبهة النصرة"]}
RU_OFFICERS = {"en": ["Russian officers", "Russian military", "Russia"],
               "ar": ["ضباط من الجانب الروسي", "الجانب الروسي"]}
RECON_COMMITTEES = {"en": ["National Reconciliation Committee in Homs",
                           "delegation of the northern countryside's civil bodies"],
                    "ar": ["لجنة المصالحة الوطنية في حمص", "لجنة المصالحة", "وفد يمثل فعاليات الريف الشمالي"]}
DEAL_PARTIES = merge(RU_OFFICERS, RECON_COMMITTEES)
RASTAN_LEAVERS = {"en": ["gunmen, wounded and families leaving al-Rastan", "rebels"],
                  "ar": ["نحو أربعمئة شخص", "مسلحون وجرحى"]}
HOULA_GROUPS = {"en": ["armed groups in al-Houla", "rebels"],
                "ar": ["مجموعات مسلحة في الحولة", "مجموعات مسلحة"]}
TALBISEH_GUNMEN = {"en": ["gunmen in Talbiseh", "rebels"], "ar": ["المسلحون فيها", "المسلحون"]}
RU_MP = {"en": ["Russian Military Police", "Russian military", "Russia"],
         "ar": ["وحدات من الشرطة العسكرية الروسية", "الشرطة العسكرية الروسية"]}
ABDUCTEES_FAMILIES = {"en": ["families of people abducted by armed groups", "civilians"],
                      "ar": ["العشرات من ذوي المخطوفين", "ذوي المخطوفين"]}
N_HOMS_KIDNAPPERS = {"en": ["armed groups of the northern Homs countryside", "rebels"], "ar": ["المسلحون"]}
ABDUCTEES = {"en": ["people abducted by armed groups", "civilians"], "ar": ["المخطوفين"]}
RASTAN_NEGOTIATOR = {"en": ["a member of the opposition negotiating delegation", "rebels"],
                     "ar": ["عضو في وفد التفاوض المعارض"]}
UNKNOWN_GUNMEN_537 = {"en": ["unidentified gunmen"], "ar": ["مجهولين"]}
ZAHRAA_BOMBERS = {"en": ["Islamic State", "ISIS", "Daesh", "gunmen"],
                  "ar": ["مسلحون", "تنظيم «داعش»", "داعش"]}
ZAHRAA_CIVILIANS = {"en": ["four civilians in al-Zahraa", "civilians"], "ar": ["أربعة مدنيين"]}
HOMS_GOVERNOR = {"en": ["Governor of Homs", "Government of Syria"], "ar": ["ومحافظ حمص", "محافظ حمص"]}
HOMS_RESIDENTS = {"en": ["residents of the northern Homs countryside", "civilians"], "ar": ["الأهالي"]}

# ====================================================== places: 537
N_HOMS = {"accept": ["ريف حمص الشمالي", "الرستن", "تلبيسة", "الحولة", "northern Homs countryside",
                     "al-Rastan", "Rastan", "Talbiseh", "Talbisah", "al-Houla", "Houla"]}
TEIR_MAALLA = {"accept": ["أطراف بلدة تيرمعلة", "تيرمعلة", "تير معلة", "Teir Maalla", "Tir Maalah",
                          "Tayr Maallah"]}
TALBISEH = {"accept": ["تلبيسة", "Talbiseh", "Talbisah", "Talbisa"]}
DAR_KABIRA = {"accept": ["معبر الدار الكبيرة", "الدار الكبيرة", "al-Dar al-Kabira", "Dar al-Kabirah"]}
RASTAN = {"accept": ["الرستن", "al-Rastan", "Rastan"]}
HOULA = {"accept": ["الحولة", "كفرلاها", "al-Houla", "Houla", "Kafr Laha"]}
HOMS_CITY = {"accept": ["مبنى المحافظة في حمص", "حمص", "Homs"]}
ZAHRAA = {"accept": ["حي الزهراء", "al-Zahraa", "Zahraa", "حمص", "Homs"]}

# ============================== 538: Nineveh (Iraq; September 2017)
ISIS_538 = {"en": ["Islamic State", "ISIS", "ISIL", "Daesh"],
            "ar": ["تنظيم «داعش»", "«داعش»", "داعش", "عناصر التنظيم", "التنظيم"]}
GRAVE_VICTIMS = {"en": ["policemen and residents of Tal Afar", "civilians", "Police Forces of Iraq"],
                 "ar": ["منتسبي الشرطة وأهالي المدينة", "ثلاثة وعشرين شخصاً"]}
SARAY_FAMILY = {"en": ["a returning family in Tal Afar", "civilians"],
                "ar": ["رجل وزوجته وابنهما", "الضحايا الثلاثة"]}
NINEVEH_POLICE = {"en": ["Nineveh police command", "Police Forces of Iraq"],
                  "ar": ["مصدر في قيادة شرطة نينوى", "قيادة شرطة نينوى"]}
RETURNEES = {"en": ["families returning to their homes", "civilians", "IDPs"], "ar": ["العائدين"]}
INSS = {"en": ["Iraqi National Security Service", "National Security Service", "Government of Iraq"],
        "ar": ["قوة من جهاز الأمن الوطني", "جهاز الأمن الوطني"]}
SUSPECTS_538 = {"en": ["seven wanted suspects"], "ar": ["سبعة مطلوبين"]}
RETURNING_FAMILIES = {"en": ["displaced families returning to Bashiqa", "IDPs", "civilians"],
                      "ar": ["نحو مئتي عائلة"]}
PMF_FACTION = {"en": ["a Popular Mobilization Forces faction", "Popular Mobilization Forces", "PMF"],
               "ar": ["فصيل من الحشد الشعبي", "الحشد الشعبي"]}
BARRED_FAMILIES = {"en": ["displaced families barred from returning", "IDPs"], "ar": ["عشرات العائلات"]}
TELKEPPE_POLICE = {"en": ["Tel Keppe district police", "Police Forces of Iraq"],
                   "ar": ["مفرزة هندسية تابعة لشرطة قضاء تلكيف", "شرطة قضاء تلكيف"]}
ISIS_LEADER = {"en": ["an ISIS leader", "Islamic State"], "ar": ["قيادي في التنظيم"]}
OPS_COMMAND = {"en": ["'Qadimun ya Tal Afar' operations command", "Military Forces of Iraq"],
               "ar": ["مصدراً في قيادة عمليات «قادمون يا تلعفر»", "قيادة عمليات «قادمون يا تلعفر»"]}
PMF_LEADER = {"en": ["a Popular Mobilization Forces leader", "Popular Mobilization Forces", "PMF"],
              "ar": ["قيادي في الحشد الشعبي", "الحشد الشعبي"]}
KRG = {"en": ["Kurdistan Regional Government", "Kurdistan Region", "KRG"],
       "ar": ["إقليم كردستان", "حكومة الإقليم"]}
MODM = {"en": ["Iraqi Ministry of Migration and Displaced", "Government of Iraq"],
        "ar": ["وزارة الهجرة والمهجرين"]}
TAL_AFAR_IDPS = {"en": ["displaced people of Tal Afar", "IDPs"], "ar": ["نازحي تلعفر"]}
LOCAL_POLICE_538 = {"en": ["local police of Tal Afar", "Police Forces of Iraq"], "ar": ["الشرطة المحلية"]}
PESHMERGA = {"en": ["Peshmerga", "Kurdish Peshmerga forces", "Kurdistan Regional Government"],
             "ar": ["قوات البيشمركة", "البيشمركة"]}
IQ_FED_GOV = {"en": ["Iraqi federal government", "Government of Iraq"], "ar": ["الحكومة الاتحادية"]}
NINEVEH_SHEIKHS = {"en": ["tribal sheikhs and notables of Nineveh"],
                   "ar": ["شيوخ ووجهاء من عشائر نينوى", "شيوخ ووجهاء"]}
QAYYARA_BOMBERS = {"en": ["unidentified bombers", "Islamic State", "ISIS"], "ar": ["مجهولون", "التنظيم"]}
QAYYARA_VICTIMS = {"en": ["policemen and tribal mobilization fighters", "Police Forces of Iraq"],
                   "ar": ["خمسة من عناصر الشرطة والحشد العشائري"]}
ITF = {"en": ["Iraqi Turkmen Front", "ITF"], "ar": ["الجبهة التركمانية العراقية", "الجبهة التركمانية"]}

# ====================================================== places: 538
TAL_AFAR = {"accept": ["قضاء تلعفر", "تلعفر", "Tal Afar", "Tall Afar", "Telafer"]}
SARAY = {"accept": ["حي السراي", "تلعفر", "Tal Afar", "Tall Afar", "al-Saray"]}
HAMMAM_ALIL = {"accept": ["ناحية حمام العليل", "حمام العليل", "Hammam al-Alil", "Hamam al-Alil"]}
BASHIQA = {"accept": ["ناحية بعشيقة", "بعشيقة", "Bashiqa", "Bashiqah", "Bashiqa subdistrict"]}
TAL_AFAR_SOUTH = {"accept": ["قرى جنوب تلعفر", "تلعفر", "Tal Afar", "Tall Afar"]}
TEL_KEPPE = {"accept": ["قضاء تلكيف", "تلكيف", "Tel Keppe", "Tel Kaif", "Tilkaif", "Telkef"]}
AYADIYA = {"accept": ["ناحية العياضية", "العياضية", "al-Ayadiya", "Ayadiya", "al-Ayadhiya"]}
BASHIQA_TELKEPPE = {"accept": ["بعشيقة وتلكيف", "بعشيقة", "تلكيف", "Bashiqa", "Tel Keppe", "Tel Kaif"]}
QAYYARA = {"accept": ["جسر القيارة", "القيارة", "al-Qayyarah", "Qayyarah", "Qayyara"]}

# ============================== 539: West Darfur (Sudan; June 2023)
RSF = {"en": ["Rapid Support Forces", "RSF"], "ar": ["قوات الدعم السريع", "الدعم السريع"]}
RSF_MILITIAS = merge({"en": ["Rapid Support Forces and allied tribal militias", "Arab militias"],
                      "ar": ["مسلحون يستقلون دراجات نارية وعربات قتالية تابعون لقوات الدعم السريع",
                             "ميليشيات قبلية متحالفة معها"]}, RSF)
GENEINA_CIVILIANS = {"en": ["eleven civilians in El Geneina", "civilians"],
                     "ar": ["أحد عشر مدنياً", "الضحايا الأحد عشر"]}
WD_SECURITY_COMMITTEE = {"en": ["West Darfur state security committee", "Government of Sudan"],
                         "ar": ["لجنة أمن الولاية"]}
SAF_15 = {"en": ["Sudanese Armed Forces 15th Infantry Division", "Sudanese Armed Forces", "SAF",
                 "Military Forces of Sudan"],
          "ar": ["قوات الفرقة الخامسة عشرة مشاة التابعة للجيش", "الفرقة الخامسة عشرة مشاة"]}
SAF_RSF = merge(SAF_15, RSF)
SAF_INTEL = {"en": ["Sudanese military intelligence ('remnants', the RSF's word)", "Sudanese Armed Forces",
                    "Military Forces of Sudan"],
             "ar": ["«استخبارات الفلول»", "استخبارات الفلول"]}
INT_ORGANISATIONS_539 = {"en": ["international organisations"], "ar": ["المنظمات الدولية"]}
UNKNOWN_GUNMEN_539 = {"en": ["unidentified gunmen"], "ar": ["مسلحون مجهولون"]}
MISTEREI_TRADERS = {"en": ["three traders in Misterei", "civilians"], "ar": ["ثلاثة من التجار"]}
GENEINA_FLEEING = {"en": ["thousands fleeing El Geneina to Chad", "refugees", "civilians"],
                   "ar": ["آلاف الفارين"]}
WFP = {"en": ["World Food Programme", "WFP", "United Nations"], "ar": ["برنامج الأغذية العالمي"]}
REFUGEES_ADRE = {"en": ["refugees from West Darfur in Adré", "refugees", "civilians"],
                 "ar": ["نحو ستة آلاف منهم", "آلاف الفارين"]}
RSF_MEMBERS = {"en": ["Rapid Support Forces", "RSF"], "ar": ["عناصر من الدعم السريع", "الدعم السريع"]}
MSF = {"en": ["Médecins Sans Frontières", "MSF", "Doctors Without Borders"],
       "ar": ["منظمة أطباء بلا حدود", "أطباء بلا حدود"]}
WD_DOCTORS = {"en": ["West Darfur doctors' coordination committee"], "ar": ["تنسيقية أطباء غرب دارفور"]}
ICRC = {"en": ["International Committee of the Red Cross", "ICRC"], "ar": ["اللجنة الدولية للصليب الأحمر"]}
WARRING_PARTIES = {"en": ["the two warring parties", "Sudanese Armed Forces", "Rapid Support Forces"],
                   "ar": ["طرفي النزاع"]}
ANDOKA_SHIELD = {"en": ["Dar Andoka Shield Forces (as the group names itself)", "Masalit armed group"],
                 "ar": ["«قوات درع دار أندوكا»", "قوات درع دار أندوكا"]}
UNSC_539 = {"en": ["UN Security Council", "United Nations"], "ar": ["مجلس الأمن الدولي", "مجلس الأمن"]}
UK = {"en": ["United Kingdom", "Britain"], "ar": ["بريطانيا"]}
AID_ORGANISATIONS_539 = {"en": ["aid organisations"], "ar": ["المنظمات"]}
KREINIK_GUNMEN = {"en": ["gunmen", "Rapid Support Forces"], "ar": ["مسلحون"]}
KREINIK_VICTIMS = {"en": ["nine people in Kreinik", "civilians"], "ar": ["تسعة أشخاص"]}
DARFUR_BAR = {"en": ["Darfur Bar Association"], "ar": ["هيئة محامي دارفور"]}

# ====================================================== places: 539
GENEINA = {"accept": ["حي الجمارك", "مدينة الجنينة", "الجنينة", "El Geneina", "Geneina", "al-Jinaynah"]}
GENEINA_CITY = {"accept": ["الجنينة", "El Geneina", "Geneina", "al-Jinaynah"]}
MISTEREI = {"accept": ["بلدة مستري", "مستري", "Misterei", "Masteri", "Mistiri"]}
ADRE = {"accept": ["بلدة أدري التشادية", "أدري", "Adré", "Adre"]}
ADRE_GENEINA_ROAD = {"accept": ["الطريق بين أدري والجنينة", "أدري", "الجنينة", "Adré", "Adre", "El Geneina",
                                "Geneina"]}
SIRBA = {"accept": ["بلدة سربا", "سربا", "Sirba", "Sarba"]}
KREINIK = {"accept": ["بلدة كرينك", "كرينك", "Kreinik", "Krenik", "Kerenik"]}

# ============================== 540: North Sinai (Egypt; February 2018)
SINAI_MILITANTS = {"en": ["armed takfiri militants", "Islamic State - Sinai Province", "Wilayat Sinai"],
                   "ar": ["عناصر تكفيرية مسلحة", "عناصر تكفيرية", "العناصر التكفيرية", "المهاجمين"]}
EG_CHECKPOINT = {"en": ["Egyptian security forces at a checkpoint", "Egyptian security forces",
                        "Military Forces of Egypt"],
                 "ar": ["قوة الكمين", "كمين أمني"]}
SZ_CLASH = merge(SINAI_MILITANTS, EG_CHECKPOINT)
EG_RAID_FORCES = {"en": ["Egyptian armed forces raiding units", "Egyptian Armed Forces",
                         "Military Forces of Egypt"],
                  "ar": ["قوات المداهمة", "القوات المسلحة"]}
RAID_CLASH = merge(SINAI_MILITANTS, EG_RAID_FORCES)
EG_AIR = {"en": ["Egyptian Air Force", "Military Forces of Egypt"], "ar": ["القوات الجوية"]}
SINAI_VEHICLES = {"en": ["militants' four-wheel-drive vehicles"], "ar": ["عدداً من العربات ذات الدفع الرباعي"]}
EG_ARMED_FORCES = {"en": ["Egyptian Armed Forces", "Military Forces of Egypt"], "ar": ["القوات المسلحة"]}
WILAYAT_SINAI = {"en": ["Islamic State - Sinai Province", "Wilayat Sinai", "Islamic State", "ISIS"],
                 "ar": ["تنظيم «ولاية سيناء»", "«ولاية سيناء»", "ولاية سيناء", "التنظيم"]}
EG_BOMB_SQUAD = {"en": ["North Sinai Security Directorate bomb squad", "Police Forces of Egypt",
                        "Egyptian police"],
                 "ar": ["عناصر المفرقعات بمديرية أمن شمال سيناء", "مديرية أمن شمال سيناء"]}
EG_PM = {"en": ["Egyptian Prime Minister", "Government of Egypt"], "ar": ["رئيس مجلس الوزراء"]}
NS_EDUCATION = {"en": ["North Sinai education directorate", "Government of Egypt"],
                "ar": ["مديرية التربية والتعليم بشمال سيناء"]}
EG_SECURITY = {"en": ["Egyptian security agencies", "Egyptian Ministry of Interior",
                      "Police Forces of Egypt"],
               "ar": ["أجهزة الأمن", "وزارة الداخلية"]}
ARISH_SUSPECTS = {"en": ["eleven suspects in al-Arish"], "ar": ["أحد عشر مشتبهاً بهم"]}
SINAI_GUNMEN = {"en": ["gunmen"], "ar": ["مسلحين"]}
TRIBAL_SHEIKH = {"en": ["a tribal sheikh"], "ar": ["أحد شيوخ القبائل"]}
SECURITY_SOURCE_540 = {"en": ["an Egyptian security source", "Egyptian security forces"],
                       "ar": ["مصدراً أمنياً"]}
SINAI_COOPERATORS = {"en": ["tribesmen cooperating with the army", "civilians"], "ar": ["أبناء القبائل"]}
EG_AUTHORITIES = {"en": ["Egyptian authorities", "Government of Egypt"], "ar": ["السلطات المصرية"]}
EG_SECURITY_FORCES = {"en": ["Egyptian security forces", "Police Forces of Egypt"], "ar": ["قوات الأمن"]}
SZ_RAFAH_RESIDENTS = {"en": ["residents of Sheikh Zuweid and Rafah", "civilians"], "ar": ["أهالي المدينتين"]}
ARISH_POLICE = {"en": ["Egyptian police in al-Arish", "Police Forces of Egypt"],
                "ar": ["مدرعة للشرطة", "ضابط وثلاثة مجندين"]}
NS_SHEIKHS = {"en": ["sheikhs and elders of the North Sinai tribes"],
              "ar": ["مشايخ وعواقل من قبائل شمال سيناء", "مشايخ وعواقل"]}

# ====================================================== places: 540
SHEIKH_ZUWEID = {"accept": ["جنوب مدينة الشيخ زويد", "مدينة الشيخ زويد", "الشيخ زويد", "Sheikh Zuweid",
                            "Sheikh Zuwayid", "al-Shaykh Zuwayd"]}
BIR_ABD = {"accept": ["منطقة جنوب بئر العبد", "بئر العبد", "Bir al-Abd", "Bir al-Abed"]}
CENTRAL_SINAI = {"accept": ["وسط سيناء", "central Sinai"]}
KHARRUBA = {"accept": ["قرية الخروبة", "الطريق الدولي بين العريش ورفح", "الخروبة", "العريش", "al-Kharruba",
                       "al-Arish", "Arish"]}
NORTH_SINAI = {"accept": ["محافظة شمال سيناء", "شمال سيناء", "العريش", "رفح", "North Sinai", "al-Arish",
                          "Rafah"]}
SZ_RAFAH = {"accept": ["مدينتي الشيخ زويد ورفح", "الشيخ زويد", "رفح", "Sheikh Zuweid", "Rafah"]}
ARISH = {"accept": ["مدينة العريش", "العريش", "al-Arish", "Arish", "El Arish"]}
ARISH_SOUTH = {"accept": ["أحياء جنوب العريش", "العريش", "al-Arish", "Arish", "El Arish"]}
RAFAH_CROSSING = {"accept": ["معبر رفح البري", "معبر رفح", "رفح", "Rafah crossing", "Rafah"]}
RAFAH = {"accept": ["مدينة رفح", "رفح", "Rafah"]}
ARISH_RING = {"accept": ["الطريق الدائري لمدينة العريش", "العريش", "al-Arish", "Arish"]}
