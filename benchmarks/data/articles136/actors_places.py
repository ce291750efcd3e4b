"""Accepted actor names and place names for the hundred-and-thirty-sixth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («القوات», «الوحدات», «المجلس», «المخيم») are left out on purpose, with these
exceptions, each used only in an article where it names a single actor:
- 676: «الجيش» and «المسلحين» (only ever the Syrian army and the armed opposition of Qaboun and Barzeh);
- 677: «الثوار», «الكتائب», «الحامية» and «الأسرى» (only ever the rebel brigades, the garrison of Regiment
  46 and the soldiers they took);
- 678: «الجيش» and «الجماعة» (only ever the Lebanese army and Fatah al-Islam);
- 679: «التنظيم», «الحرس» and «الجهاز» (only ever the Islamic State and the Petroleum Facilities Guard);
- 680: «الحرس», «المحتجين» and «السلطات» (only ever the National Guard, the protesters of Menzel Bouzaiane
  and the Tunisian authorities).
Country names are never accepted as an event's place.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge

# ======================================== 676: Qaboun and Barzeh, north-east Damascus (May 2017)
BUSED_676 = {"en": ["rebels leaving Qaboun and their families", "rebels", "Syrian opposition fighters"],
             "ar": ["مسلحين وأفراد من عائلاتهم", "المسلحين"]}
QABOUN_COMMITTEE = {"en": ["Qaboun national reconciliation committee", "local mediators"],
                    "ar": ["لجنة المصالحة الوطنية في القابون", "لجنة المصالحة"]}
SAA_676 = {"en": ["Syrian Arab Army", "Military Forces of Syria", "Syrian government forces"],
           "ar": ["الجيش العربي السوري", "الجيش"]}
DEAL_676 = merge(QABOUN_COMMITTEE, SAA_676)
SAA_COMMAND = {"en": ["Syrian Arab Army General Command", "Syrian Arab Army", "Military Forces of Syria"],
               "ar": ["القيادة العامة للجيش", "الجيش"]}
HOLDOUTS_676 = {"en": ["rebels who rejected the deal", "rebels", "Syrian opposition fighters"],
                "ar": ["مسلحين رفضوا الاتفاق", "المسلحين"]}
BATTLE_676 = merge(SAA_COMMAND, HOLDOUTS_676)
QABOUN_PAGE = {"en": ["Qaboun Coordination page", "Syrian opposition activists"],
               "ar": ["صفحة «تنسيقية القابون»", "«تنسيقية القابون»"]}
SAA_BARE_676 = {"en": ["Syrian Arab Army", "Military Forces of Syria", "Syrian government forces"],
                "ar": ["الجيش"]}
SY_AIR_676 = {"en": ["Syrian Arab Air Force", "Military Forces of Syria", "Syrian government forces"],
              "ar": ["الطيران الحربي"]}
SY_ARTILLERY_676 = {"en": ["Syrian Arab Army artillery", "Military Forces of Syria"], "ar": ["المدفعية"]}
SY_POLICE_676 = {"en": ["Damascus police command", "Police Forces of Syria"],
                 "ar": ["مصدر في قيادة الشرطة", "الشرطة"]}
QABOUN_GROUPS = {"en": ["armed groups in Qaboun", "rebels", "Syrian opposition fighters"],
                 "ar": ["المجموعات المسلحة في القابون"]}
EAST_DAMASCUS_PEOPLE = {"en": ["residents of eastern Damascus", "civilians"], "ar": ["السكان"]}
SAA_HELICOPTERS = {"en": ["Syrian Arab Army helicopters", "Syrian Arab Air Force",
                          "Military Forces of Syria"],
                   "ar": ["مروحيات الجيش", "الجيش"]}
GUNMEN_676 = {"en": ["rebels of Qaboun and Barzeh", "rebels", "Syrian opposition fighters"],
              "ar": ["المسلحين"]}
BARZEH_NOTABLES = {"en": ["notables of Barzeh", "community leaders"], "ar": ["وجهاء برزة"]}
TRUCE_2014 = merge(BARZEH_NOTABLES, SAA_BARE_676)
BARZEH_GUNMEN = {"en": ["rebels of Barzeh", "rebels", "Syrian opposition fighters"], "ar": ["مسلحي برزة"]}
FOURTH_DIVISION = {"en": ["4th Armoured Division", "Syrian Arab Army", "Military Forces of Syria"],
                   "ar": ["الفرقة الرابعة"]}
QABOUN_REMAINING = {"en": ["remaining residents of Qaboun", "civilians"], "ar": ["من بقي من الأهالي"]}
DAMASCUS_GOVERNOR = {"en": ["Governor of Damascus", "Government of Syria"], "ar": ["محافظ دمشق"]}
BARZEH_LEAVERS = {"en": ["rebels leaving Barzeh and their families", "rebels",
                         "Syrian opposition fighters"],
                  "ar": ["المسلحين الراغبين في المغادرة", "المسلحين"]}
NEIGHBOURS_676 = {"en": ["residents of the neighbouring districts", "civilians"],
                  "ar": ["أهالي الأحياء المجاورة"]}

# ====================================================== places: 676
QABOUN = {"accept": ["حي القابون", "القابون", "Qaboun", "al-Qaboun", "Qabun"]}
QABOUN_MAIN = {"accept": ["القابون", "بساتين القابون", "حي القابون", "Qaboun", "al-Qaboun", "Qabun"]}
QABOUN_ORCHARDS = {"accept": ["بساتين القابون", "البساتين", "القابون", "Qaboun orchards", "Qaboun"]}
QABOUN_INDUSTRIAL = {"accept": ["المنطقة الصناعية", "القابون", "Qaboun industrial zone", "Qaboun"]}
QUSOUR_ADAWI = {"accept": ["حيي القصور والعدوي", "القصور", "العدوي", "al-Qusour", "al-Adawi"]}
BARZEH_QABOUN = {"accept": ["برزة", "القابون", "Barzeh", "Qaboun"]}
BARZEH = {"accept": ["حي برزة", "برزة", "Barzeh", "Barza"]}
BARZEH_ROAD = {"accept": ["الطريق الواصل بين الحيين", "برزة", "القابون", "Barzeh", "Qaboun"]}
BARZEH_OUTSKIRTS = {"accept": ["مشارف برزة", "برزة", "Barzeh"]}

# ================================ 677: al-Atarib and the Regiment 46 base, west of Aleppo (November 2012)
SY_JET_677 = {"en": ["Syrian Arab Air Force", "Military Forces of Syria", "Syrian government forces"],
              "ar": ["طائرة حربية تابعة للنظام", "طائرات النظام"]}
FSA_BRIGADES = {"en": ["Free Syrian Army brigades", "Free Syrian Army", "FSA", "Syrian rebels"],
                "ar": ["كتائب من الجيش السوري الحر", "الجيش السوري الحر"]}
REGIMENT_46 = {"en": ["Regiment 46 garrison", "Syrian Arab Army", "Military Forces of Syria"],
               "ar": ["الفوج 46"]}
SY_FORCES_677 = {"en": ["Syrian government forces", "Military Forces of Syria"], "ar": ["قوات النظام"]}
GARRISON_677 = {"en": ["Regiment 46 garrison", "Syrian Arab Army", "Military Forces of Syria"],
                "ar": ["لحاميته", "الحامية"]}
SIEGE_BRIGADES = {"en": ["brigades besieging Regiment 46", "Free Syrian Army", "Syrian rebels"],
                  "ar": ["الكتائب المشاركة في الحصار", "الكتائب"]}
REBELS_677 = {"en": ["Syrian rebels", "Free Syrian Army", "FSA"], "ar": ["الثوار", "الكتائب"]}
BATTLE_677 = merge(REBELS_677, GARRISON_677)
STORMERS_677 = {"en": ["Syrian rebels", "Free Syrian Army", "FSA"], "ar": ["المقتحمون", "الثوار"]}
POWS_677 = {"en": ["Regiment 46 soldiers taken prisoner", "Military Forces of Syria"],
            "ar": ["نحو سبعين عنصراً", "الأسرى"]}
DEFECTORS_677 = {"en": ["Regiment 46 defectors", "Syrian army defectors"],
                 "ar": ["نحو عشرين جندياً آخرين"]}
ATARIB_COUNCIL = {"en": ["al-Atarib local council", "local council"],
                  "ar": ["المجلس المحلي لمدينة الأتارب", "المجلس المحلي"]}
AID_AGENCIES_677 = {"en": ["humanitarian organisations", "aid agencies"], "ar": ["المنظمات الإنسانية"]}
SAA_SMS = {"en": ["Syrian Arab Army", "Government of Syria", "Military Forces of Syria"],
           "ar": ["«الجيش العربي السوري»", "الجيش العربي السوري", "شبكة الاتصالات الحكومية"]}
ATARIB_RESIDENTS = {"en": ["residents of al-Atarib", "civilians"],
                    "ar": ["سكان في الأتارب والقرى المجاورة", "سكان في الأتارب"]}
ATARIB_MARCHERS = {"en": ["residents of al-Atarib", "protesters"],
                   "ar": ["مئات من أهالي الأتارب", "أهالي الأتارب"]}
REVOLUTION_BACKERS = {"en": ["states backing the Syrian opposition"], "ar": ["الدول الداعمة للثورة"]}
REGIMENT_COMMANDER = {"en": ["commander of Regiment 46", "Syrian Arab Army", "Military Forces of Syria"],
                      "ar": ["قائد الفوج"]}
ATARIB_NOTABLES = {"en": ["notables of al-Atarib", "community leaders"], "ar": ["وجهاء من الأتارب"]}
REGIMENT_ARTILLERY = {"en": ["Regiment 46 artillery", "Syrian Arab Army", "Military Forces of Syria"],
                      "ar": ["مدفعية الفوج"]}
URUM_PEOPLE = {"en": ["residents of Urum al-Kubra", "civilians"], "ar": ["أحد عشر شخصاً"]}
REBELS_BARE_677 = {"en": ["Syrian rebels", "Free Syrian Army", "FSA"], "ar": ["الثوار"]}
POWS_BARE_677 = {"en": ["Regiment 46 soldiers taken prisoner", "Military Forces of Syria"],
                 "ar": ["الأسرى"]}
POW_FAMILIES = {"en": ["families of the captured soldiers"], "ar": ["عائلات بعضهم"]}
SY_TV = {"en": ["Syrian state television", "Government of Syria"], "ar": ["التلفزيون الرسمي السوري"]}
TERROR_GANGS_677 = {"en": ["Syrian rebels", "Free Syrian Army", "rebels"],
                    "ar": ["«عصابات إرهابية مدعومة من الخارج»", "عصابات إرهابية مدعومة من الخارج"]}
KILIS_CHARITY = {"en": ["charity from Kilis", "Turkish charity"],
                 "ar": ["جمعية خيرية من مدينة كلس التركية", "جمعية خيرية"]}
BRIGADE_LEADERS = {"en": ["rebel brigade commanders", "Free Syrian Army", "Syrian rebels"],
                   "ar": ["قادة الكتائب"]}
COUNCIL_MEMBERS = {"en": ["members of the al-Atarib local council", "al-Atarib local council"],
                   "ar": ["أعضاء المجلس المحلي", "المجلس المحلي"]}
COUNCIL_DEAL = merge(BRIGADE_LEADERS, COUNCIL_MEMBERS)

# ====================================================== places: 677
ATARIB_MARKET = {"accept": ["سوق الخضار وسط مدينة الأتارب", "الأتارب", "al-Atarib", "Atarib"]}
REGIMENT_BASE = {"accept": ["الفوج 46", "ثكنة الفوج 46", "Regiment 46 base", "Base 46", "al-Atarib"]}
REGIMENT_SURROUNDINGS = {"accept": ["محيط الفوج", "الفوج 46", "Regiment 46 base", "Base 46"]}
REGIMENT_OR_ATARIB = {"accept": ["الفوج 46", "الأتارب", "Regiment 46 base", "al-Atarib"]}
ATARIB = {"accept": ["الأتارب", "مدينة الأتارب", "al-Atarib", "Atarib"]}
URUM = {"accept": ["بلدة أورم الكبرى", "أورم الكبرى", "Urum al-Kubra", "Orem al-Kubra"]}

# ======================================== 678: Nahr al-Bared and Beddawi, north Lebanon (September 2007)
LAF = {"en": ["Lebanese Armed Forces", "Lebanese army", "Military Forces of Lebanon"],
       "ar": ["الجيش اللبناني", "الجيش"]}
FATAH_ISLAM = {"en": ["Fatah al-Islam"],
               "ar": ["مسلحي جماعة «فتح الإسلام»", "«فتح الإسلام»", "فتح الإسلام", "الجماعة"]}
BATTLE_678 = merge(LAF, FATAH_ISLAM)
FI_DETAINED = {"en": ["Fatah al-Islam fighters", "Fatah al-Islam"], "ar": ["خمسة عشر مسلحاً"]}
FI_GUNMEN = {"en": ["Fatah al-Islam", "Fatah al-Islam fighters"], "ar": ["مسلحو الجماعة", "الجماعة"]}
ARMY_POSTS = {"en": ["Lebanese army posts", "Lebanese Armed Forces", "Military Forces of Lebanon"],
              "ar": ["مراكز للجيش"]}
CAMP_RESIDENTS = {"en": ["residents of Nahr al-Bared", "Palestinian refugees"],
                  "ar": ["معظم سكان المخيم"]}
LAST_CIVILIANS = {"en": ["last women and children in the camp", "civilians"],
                  "ar": ["آخر دفعة من النساء والأطفال"]}
LAF_ARTILLERY = {"en": ["Lebanese army artillery", "Lebanese Armed Forces", "Military Forces of Lebanon"],
                 "ar": ["مدفعية الجيش", "الجيش"]}
FI_BARE = {"en": ["Fatah al-Islam"], "ar": ["الجماعة"]}
SOLDIERS_678 = {"en": ["Lebanese army soldiers", "Lebanese Armed Forces", "Military Forces of Lebanon"],
                "ar": ["الجنود"]}
MEDIATORS_678 = {"en": ["Palestinian clerics and faction representatives", "Palestinian factions",
                        "mediators"],
                 "ar": ["وفد من علماء دين فلسطينيين وممثلين عن الفصائل"]}
FI_ENVOYS = {"en": ["Fatah al-Islam envoys", "Fatah al-Islam"], "ar": ["موفدين عن المسلحين"]}
UNRWA_CONVOY = {"en": ["UNRWA convoy", "UNRWA"], "ar": ["قافلة للأونروا"]}
AIN_ALAQ_BUSES = {"en": ["passenger buses in Ain Alaq", "civilians"], "ar": ["حافلتين للركاب"]}
LB_AUTHORITIES = {"en": ["Lebanese authorities", "Government of Lebanon"], "ar": ["السلطات اللبنانية"]}
LB_PM = {"en": ["Prime Minister of Lebanon", "Government of Lebanon"], "ar": ["رئيس الحكومة اللبنانية"]}
LAF_BARE = {"en": ["Lebanese Armed Forces", "Lebanese army", "Military Forces of Lebanon"], "ar": ["الجيش"]}
PAL_FACTIONS = {"en": ["Palestinian factions in Lebanon", "Palestinian factions"],
                "ar": ["الفصائل الفلسطينية في لبنان", "الفصائل الفلسطينية"]}
LB_GOV = {"en": ["Government of Lebanon", "Lebanese government"], "ar": ["الحكومة اللبنانية"]}
DONORS_678 = {"en": ["donor countries"], "ar": ["الدول المانحة"]}
FI_LEADER = {"en": ["leader of Fatah al-Islam", "Fatah al-Islam"], "ar": ["زعيم الجماعة"]}
LAF_INTEL = {"en": ["Lebanese army and military intelligence", "Lebanese Armed Forces",
                    "Military Forces of Lebanon"],
             "ar": ["قوة من الجيش ومخابراته"]}
SUSPECTS_678 = {"en": ["Palestinian suspects in Beddawi", "civilians"], "ar": ["ستة فلسطينيين"]}
RELEASED_678 = {"en": ["Palestinian suspects in Beddawi", "civilians"], "ar": ["اثنين منهم"]}
RETURNEES_678 = {"en": ["displaced families of Nahr al-Bared", "Palestinian refugees"],
                 "ar": ["أولى العائلات"]}

# ====================================================== places: 678
NAHR_AL_BARED = {"accept": ["مخيم نهر البارد", "نهر البارد", "Nahr al-Bared", "Nahr el-Bared camp"]}
ABDEH = {"accept": ["بلدة العبدة", "العبدة", "Abdeh", "al-Abdeh"]}
BEDDAWI = {"accept": ["مخيم البداوي", "البداوي", "Beddawi", "Baddawi"]}
OLD_CAMP = {"accept": ["المخيم القديم", "مخيم نهر البارد", "نهر البارد", "Nahr al-Bared"]}
CAMP_EDGE = {"accept": ["أطراف المخيم", "مخيم نهر البارد", "نهر البارد", "Nahr al-Bared"]}
AIN_ALAQ = {"accept": ["عين علق", "Ain Alaq", "Ain Alak"]}
NEW_CAMP = {"accept": ["المخيم الجديد", "«المخيم الجديد»", "نهر البارد", "Nahr al-Bared"]}

# ======================================== 679: Es Sider and Ras Lanuf, Libya's oil crescent (January 2016)
IS_679 = {"en": ["Islamic State", "ISIS", "ISIL", "Daesh"],
          "ar": ["عناصر تنظيم «داعش»", "تنظيم «داعش»", "«داعش»", "داعش", "التنظيم", "عناصر التنظيم"]}
PFG = {"en": ["Petroleum Facilities Guard", "PFG"],
       "ar": ["جهاز حرس المنشآت النفطية", "حرس المنشآت النفطية", "الحرس", "الجهاز"]}
BATTLE_679 = merge(IS_679, PFG)
PFG_REINFORCEMENTS = {"en": ["Petroleum Facilities Guard reinforcements", "Petroleum Facilities Guard"],
                      "ar": ["المؤازرة"]}
FIRE_CHIEF = {"en": ["Ras Lanuf fire brigade chief", "firefighters"],
              "ar": ["آمر فرق الإطفاء في راس لانوف"]}
HELPERS_679 = {"en": ["anyone able to help"], "ar": ["«كل الجهات القادرة»", "كل الجهات القادرة"]}
COUNTER_679 = merge(PFG, IS_679)
LY_AIR = {"en": ["Libyan Air Force", "Libyan National Army", "Military Forces of Libya"],
          "ar": ["طائرات حربية تابعة لسلاح الجو", "سلاح الجو"]}
IS_BARE_679 = {"en": ["Islamic State", "ISIS", "ISIL", "Daesh"], "ar": ["التنظيم", "عناصره"]}
NOC = {"en": ["National Oil Corporation", "NOC"], "ar": ["المؤسسة الوطنية للنفط"]}
LY_FACTIONS = {"en": ["Libyan political factions", "political parties"],
               "ar": ["«كل الأطراف السياسية»", "كل الأطراف السياسية"]}
IS_COMMANDER = {"en": ["Islamic State commander", "Islamic State", "ISIS"], "ar": ["أحد قادته", "التنظيم"]}
FOREIGN_FIRMS = {"en": ["foreign oil companies and tankers", "foreign companies"],
                 "ar": ["الشركات الأجنبية وناقلات النفط"]}
HAROUGE = {"en": ["Harouge Oil Operations"], "ar": ["شركة الهروج للعمليات النفطية"]}
HAROUGE_WORKERS = {"en": ["Harouge Oil Operations workers", "oil workers"], "ar": ["معظم عمالها"]}
UN_ENVOY_LY = {"en": ["UN Special Representative for Libya", "United Nations", "UNSMIL"],
               "ar": ["المبعوث الأممي إلى ليبيا"]}
LY_RIVALS = {"en": ["rival Libyan parties"], "ar": ["الأطراف المتنافسة"]}
IS_WITHDRAWING = {"en": ["Islamic State", "ISIS", "ISIL", "Daesh"],
                  "ar": ["قسم من عناصر التنظيم", "التنظيم"]}
MABRUK_GUARDS = {"en": ["guards of the Mabruk oil field", "Petroleum Facilities Guard"], "ar": ["حراسه"]}
IS_HIST_679 = {"en": ["Islamic State", "ISIS", "ISIL", "Daesh"], "ar": ["التنظيم"]}
MABRUK_BATTLE = merge(IS_HIST_679, MABRUK_GUARDS)
JOINT_TALKS_679 = {"en": ["Petroleum Facilities Guard commanders and Libyan National Army officers",
                          "Petroleum Facilities Guard", "Libyan National Army"],
                   "ar": ["قادة جهاز الحرس وضباط من القيادة العامة للجيش", "قادة جهاز الحرس"]}
PFG_BARE = {"en": ["Petroleum Facilities Guard", "PFG"], "ar": ["الجهاز", "الحرس"]}
FOREIGN_PARTNER = {"en": ["foreign partner oil company", "foreign oil company"],
                   "ar": ["شركة نفط أجنبية شريكة"]}

# ====================================================== places: 679
RAS_LANUF_PORT = {"accept": ["ميناء راس لانوف", "راس لانوف", "Ras Lanuf", "Ras Lanuf oil terminal"]}
ES_SIDER_GATE = {"accept": ["بوابة ميناء السدرة", "ميناء السدرة", "السدرة", "Es Sider",
                            "Es Sider oil terminal",
                            "Sidra"]}
RAS_LANUF = {"accept": ["راس لانوف", "Ras Lanuf"]}
BIN_JAWAD = {"accept": ["محيط بن جواد", "بن جواد", "Bin Jawad", "Bin Jawwad"]}
SIRTE = {"accept": ["سرت", "Sirte"]}
MABRUK = {"accept": ["حقل المبروك", "Mabruk oil field", "al-Mabruk"]}
AJDABIYA = {"accept": ["أجدابيا", "Ajdabiya"]}
SIDER_LANUF = {"accept": ["مداخل السدرة وراس لانوف", "السدرة", "راس لانوف", "Es Sider", "Ras Lanuf"]}
COAST_ROAD = {"accept": ["الطريق الساحلي بين بن جواد وراس لانوف", "بن جواد", "راس لانوف", "Bin Jawad",
                         "Ras Lanuf"]}

# ================================ 680: Sidi Bouzid and Menzel Bouzaiane, central Tunisia (2010-2011)
VENDOR = {"en": ["street vendor", "protester"], "ar": ["بائع الخضار المتجول"]}
MUNICIPAL_AGENTS = {"en": ["Sidi Bouzid municipal inspectors", "Government of Tunisia"],
                    "ar": ["أعوان التراتيب البلدية"]}
GOV_OFFICIALS_680 = {"en": ["officials of the Sidi Bouzid governorate", "Government of Tunisia"],
                     "ar": ["مسؤولو الولاية"]}
SB_DEMONSTRATORS = {"en": ["young men and relatives of the vendor", "protesters"],
                    "ar": ["مئات الشبان وأقارب البائع"]}
TN_POLICE = {"en": ["Police Forces of Tunisia", "Tunisian police"], "ar": ["قوات البوليس"]}
TN_SECURITY = {"en": ["Tunisian security forces", "Police Forces of Tunisia"], "ar": ["قوات الأمن"]}
SB_YOUTHS = {"en": ["young men of Sidi Bouzid", "protesters"], "ar": ["عشرات الشبان"]}
TN_GUARD = {"en": ["Tunisian National Guard", "National Guard"],
            "ar": ["أعوان الحرس الوطني", "الحرس الوطني", "الحرس"]}
MB_PROTESTERS = {"en": ["protesters in Menzel Bouzaiane", "protesters"],
                 "ar": ["مئات المحتجين", "المحتجين", "المحتجون"]}
HEAD_OF_STATE = {"en": ["President of Tunisia", "Government of Tunisia"], "ar": ["رئيس الدولة"]}
SB_GOVERNOR = {"en": ["Governor of Sidi Bouzid", "Government of Tunisia"], "ar": ["والي سيدي بوزيد"]}
SB_LAWYERS = {"en": ["lawyers of Sidi Bouzid", "lawyers"], "ar": ["عشرات المحامين", "المحامين"]}
OTHER_LAWYERS = {"en": ["lawyers", "Tunisian lawyers"], "ar": ["محامون"]}
PLAINCLOTHES = {"en": ["plain-clothes police officers", "Police Forces of Tunisia"],
                "ar": ["أعواناً بالزي المدني"]}
RCD_SB = {"en": ["Constitutional Democratic Rally regional committee", "RCD", "Government of Tunisia"],
          "ar": ["لجنة التنسيق الجهوية للحزب الحاكم", "الحزب الحاكم"]}
AGITATORS = {"en": ["protesters", "agitators"], "ar": ["«المحرّضين والمندسّين»", "المحرّضين والمندسّين"]}
HOSTILE_ABROAD = {"en": ["hostile parties abroad"], "ar": ["«أطرافاً معادية في الخارج»"]}
UGTT_SB = {"en": ["UGTT regional union of Sidi Bouzid", "Tunisian General Labour Union", "UGTT"],
           "ar": ["الاتحاد الجهوي للشغل بسيدي بوزيد", "الاتحاد الجهوي للشغل"]}
UNIONISTS_SB = {"en": ["unionists and young men of Menzel Bouzaiane", "protesters"],
                "ar": ["مئات النقابيين والشبان"]}
GAFSA_COURT = {"en": ["Gafsa Court of Appeal", "Government of Tunisia"], "ar": ["محكمة الاستئناف بقفصة"]}
MINING_UNIONISTS = {"en": ["mining basin unionists and young men", "protesters"], "ar": ["نقابيين وشبان"]}
TN_BAR = {"en": ["Tunisian National Bar Association", "lawyers"], "ar": ["الهيئة الوطنية للمحامين"]}
TN_SECURITY_AGENTS = {"en": ["Tunisian security forces", "Police Forces of Tunisia"], "ar": ["أعوان الأمن"]}
TN_GOV_MEMBER = {"en": ["member of the Tunisian government", "Government of Tunisia"],
                 "ar": ["عضو في الحكومة"]}
TN_DEV_MINISTER = {"en": ["Tunisian Minister of Development", "Government of Tunisia"],
                   "ar": ["وزير التنمية"]}
SB_REGIONAL_OFFICIALS = {"en": ["regional officials of Sidi Bouzid", "Government of Tunisia"],
                         "ar": ["المسؤولين الجهويين"]}
TN_AUTHORITIES = {"en": ["Tunisian authorities", "Government of Tunisia"], "ar": ["السلطات"]}
SB_RELEASED = {"en": ["detained young men of Sidi Bouzid", "protesters"],
               "ar": ["أحد عشر شاباً من الموقوفين"]}
NEW_GOVERNOR = {"en": ["new Governor of Sidi Bouzid", "Government of Tunisia"], "ar": ["الوالي الجديد"]}
UNION_AND_BAR = {"en": ["representatives of the UGTT regional union and the bar", "UGTT", "lawyers"],
                 "ar": ["ممثلين عن الاتحاد الجهوي للشغل وهيئة المحامين"]}

# ====================================================== places: 680
SB_GOV_SEAT = {"accept": ["مقر ولاية سيدي بوزيد", "مقر الولاية", "سيدي بوزيد", "Sidi Bouzid"]}
SIDI_BOUZID = {"accept": ["سيدي بوزيد", "Sidi Bouzid"]}
MENZEL_BOUZAIANE = {"accept": ["منزل بوزيان", "Menzel Bouzaiane", "Menzel Bouzaiene"]}
MB_GUARD_POST = {"accept": ["مركز الحرس في منزل بوزيان", "منزل بوزيان", "Menzel Bouzaiane",
                            "Menzel Bouzaiene"]}
SB_COURT = {"accept": ["المحكمة الابتدائية بسيدي بوزيد", "سيدي بوزيد", "Sidi Bouzid"]}
STRIKE_TOWNS = {"accept": ["منزل بوزيان", "المكناسي", "الرقاب", "Menzel Bouzaiane", "Meknassy", "Regueb"]}
GAFSA = {"accept": ["قفصة", "Gafsa"]}
