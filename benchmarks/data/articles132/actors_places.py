"""Accepted actor names and place names for the hundred-and-thirty-second team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («القوات», «الوحدات», «المجلس») are left out on purpose, with these
exceptions, each used only in an article where it names a single actor:
- 656: «الجيش» and «المسلحون» (only ever the Syrian army and the factions' fighters of al-Lataminah);
- 657: «الثوار», «الفصائل», «النظام» and «الميليشيات» (only ever the opposition factions, the Syrian
  government and its allied militias);
- 658: «المحتجين», «المحتجون», «التنسيقية» and «السلطات» (only ever the protesters of Wasit, their
  coordination committee and the Iraqi authorities);
- 659: «الجيش» and «الغرفة» (only ever the Libyan National Army and its Omar al-Mukhtar operations room);
- 660: «الجيش», «المسلحين», «الشيخ», «الحزب» and «القيادة» (only ever the Lebanese army, the cleric's armed
  followers, the cleric himself, Hezbollah and the army command).
Country names are never accepted as an event's place.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge

# ================================ 656: Souran, al-Lataminah, Kafr Zita and Mhardeh (2017)
FACTIONS_656 = {"en": ["Syrian opposition factions", "rebels", "Hay'at Tahrir al-Sham", "Jaish al-Izza"],
                "ar": ["الفصائل الإرهابية", "تلك الفصائل"]}
MHARDEH_VICTIMS = {"en": ["civilians of Mhardeh", "civilians"], "ar": ["سيدة ستينية", "خمسة مدنيين"]}
SY_AIR_656 = {"en": ["Syrian Arab Air Force", "Military Forces of Syria", "Syrian government forces"],
              "ar": ["الطيران الحربي السوري", "الطيران الحربي"]}
REBEL_SITES_656 = {"en": ["rebel positions", "Hay'at Tahrir al-Sham", "Jaish al-Izza", "rebels"],
                   "ar": ["مقرات الإرهابيين وخطوط إمدادهم", "مقرات الإرهابيين"]}
SY_HELICOPTERS_656 = {"en": ["Syrian Arab Air Force helicopters", "Military Forces of Syria"],
                      "ar": ["المروحيات"]}
FIELD_HOSPITAL_656 = {"en": ["field hospital in Kafr Zita", "medical staff", "civilians"],
                      "ar": ["مشفى ميدانياً"]}
SY_ARMY_656 = {"en": ["Syrian Arab Army", "Military Forces of Syria", "Syrian government forces"],
               "ar": ["وحدات الجيش العربي السوري", "الجيش العربي السوري", "الجيش"]}
NDF_656 = {"en": ["National Defence Forces", "NDF", "pro-government militias"],
           "ar": ["قوات الدفاع الوطني", "الدفاع الوطني"]}
HTS_656 = {"en": ["Hay'at Tahrir al-Sham", "HTS", "Tahrir al-Sham"],
           "ar": ["إرهابيي «هيئة تحرير الشام»", "«هيئة تحرير الشام»", "هيئة تحرير الشام", "«الهيئة»"]}
IZZA_656 = {"en": ["Jaish al-Izza", "Army of Glory"], "ar": ["«جيش العزة»", "جيش العزة"]}
BATTLE_656 = merge(SY_ARMY_656, NDF_656, HTS_656, IZZA_656)
FLEEING_656 = {"en": ["rebels withdrawing from Souran", "rebels"], "ar": ["من تبقى منهم"]}
IZZA_COMMANDER = {"en": ["Jaish al-Izza commander", "Jaish al-Izza"],
                  "ar": ["قيادي في «جيش العزة»", "«جيش العزة»"]}
MHARDEH_PEOPLE = {"en": ["residents of Mhardeh", "civilians"], "ar": ["أهالي محردة"]}
SY_MIL_SECURITY = {"en": ["Syrian Military Intelligence", "Military Security", "Government of Syria"],
                   "ar": ["دورية للأمن العسكري", "الأمن العسكري"]}
SUSPECTS_656 = {"en": ["three young men from a nearby village", "civilians"], "ar": ["ثلاثة شبان"]}
IZZA_GROUPS = {"en": ["Jaish al-Izza"], "ar": ["مجموعات من «جيش العزة»", "«جيش العزة»"]}
LATAMINAH_GUNMEN = {"en": ["rebels in al-Lataminah", "rebels", "Syrian opposition factions"],
                    "ar": ["المسلحون"]}
CHURCH_CHILDREN = {"en": ["children of Mhardeh", "civilians"], "ar": ["ثلاثة أطفال"]}
SOURAN_TALKS = {"en": ["notables of Souran and Taybat al-Imam", "rebel commanders"],
                "ar": ["وجهاء من صوران وطيبة الإمام", "قادة الفصائل"]}
CHURCH_RELIEF = {"en": ["church relief committee of Mhardeh", "Syrian Arab Red Crescent", "SARC"],
                 "ar": ["لجنة الإغاثة في كنيسة البلدة", "الهلال الأحمر العربي السوري"]}
MHARDEH_IDPS = {"en": ["families displaced to Mhardeh", "IDPs", "civilians"],
                "ar": ["نحو ثلاثمئة وعشرين عائلة", "ثلاثمئة وعشرين عائلة"]}
MHARDEH_COUNCIL = {"en": ["Mhardeh city council", "local council of Mhardeh"], "ar": ["مجلس مدينة محردة"]}
BACKERS_656 = {"en": ["states backing the rebels", "foreign states"],
               "ar": ["«الدول الداعمة للإرهاب»", "الدول الداعمة للإرهاب"]}
INTL_ORGS_656 = {"en": ["international organisations"], "ar": ["المنظمات الدولية"]}
RALLY_656 = {"en": ["residents of Mhardeh and Suqaylabiyah", "pro-government demonstrators"],
             "ar": ["أهالي محردة والسقيلبية"]}
SY_MPS_656 = {"en": ["delegation of the People's Assembly", "Syrian MPs"], "ar": ["وفد من أعضاء مجلس الشعب"]}
MHARDEH_FIGURES = {"en": ["civic and religious figures of Mhardeh", "community leaders"],
                   "ar": ["فعالياتها الأهلية والدينية"]}
MHARDEH_WOUNDED = {"en": ["the wounded of Mhardeh", "civilians"], "ar": ["الجرحى"]}

# ====================================================== places: 656
MHARDEH_WEST = {"accept": ["الحي الغربي من بلدتنا", "محردة", "Mhardeh", "Muhradah"]}
OFFENSIVE_656 = {"accept": ["السقيلبية ومحردة", "السقيلبية", "محردة", "Suqaylabiyah", "Mhardeh"]}
LATAMINAH_KAFRZITA = {"accept": ["مدينتي اللطامنة وكفرزيتا", "اللطامنة", "كفرزيتا", "al-Lataminah",
                                 "Lataminah", "Kafr Zita"]}
KAFRZITA = {"accept": ["كفرزيتا", "Kafr Zita", "Kafr Zeita"]}
SOURAN = {"accept": ["بلدة صوران", "صوران", "Souran", "Suran"]}
LATAMINAH = {"accept": ["اللطامنة", "al-Lataminah", "Lataminah"]}
FRONTS_656 = {"accept": ["جبهتي السقيلبية ومحردة", "السقيلبية", "محردة", "Suqaylabiyah", "Mhardeh"]}
MHARDEH = {"accept": ["محردة", "Mhardeh", "Muhradah"]}
MHARDEH_BRIDGE = {"accept": ["حاجز جسر محردة", "محردة", "Mhardeh"]}
MAARDES = {"accept": ["بلدة معردس", "معردس", "Maardes", "Ma'ardis"]}
CHURCH_SQUARE = {"accept": ["ساحة الكنيسة في محردة", "محردة", "Mhardeh"]}
SOURAN_TAYBA = {"accept": ["صوران", "طيبة الإمام", "Souran", "Taybat al-Imam"]}
MHARDEH_SQUARE = {"accept": ["ساحة البلدية", "محردة", "Mhardeh"]}

# ================================ 657: Busra al-Sham and its citadel (eastern Daraa countryside; 2015)
FSA_657 = {"en": ["Free Syrian Army", "FSA", "Southern Front", "Syrian opposition factions", "rebels"],
           "ar": ["فصائل الجيش السوري الحر", "الجيش السوري الحر", "الثوار", "الفصائل"]}
REGIME_657 = {"en": ["Syrian government forces", "Military Forces of Syria", "Syrian regime"],
              "ar": ["قوات الأسد", "النظام"]}
MILITIAS_657 = {"en": ["pro-government militias", "National Defence Forces"],
                "ar": ["ميليشيات محلية موالية لها", "الميليشيات"]}
HEZBOLLAH_657 = {"en": ["Hezbollah", "Lebanese Hezbollah"],
                 "ar": ["عناصر من «حزب الله» اللبناني", "«حزب الله»", "حزب الله"]}
BATTLE_657 = merge(FSA_657, REGIME_657, MILITIAS_657, HEZBOLLAH_657)
SY_HELICOPTERS_657 = {"en": ["Syrian Arab Air Force helicopters", "Military Forces of Syria",
                             "Syrian regime"],
                      "ar": ["الطيران المروحي التابع للنظام", "الطيران المروحي"]}
BUSRA_CIVILIANS = {"en": ["civilians of Busra al-Sham", "civilians"], "ar": ["عدد من المدنيين", "المدنيين"]}
BUSRA_FAMILIES = {"en": ["families displaced from Busra al-Sham", "IDPs", "civilians"],
                  "ar": ["مئات العائلات"]}
GARRISON_657 = {"en": ["Syrian government forces in the citadel", "Military Forces of Syria",
                       "Syrian regime"],
                "ar": ["آخر عناصر قوات الأسد المتحصنين في القلعة", "قوات الأسد"]}
CAPTIVES_657 = {"en": ["captured militiamen", "pro-government militias"], "ar": ["تسعة عناصر من الميليشيات"]}
FACTIONS_657 = {"en": ["opposition factions", "Southern Front", "rebels"],
                "ar": ["الفصائل المشاركة في المعركة", "الفصائل"]}
FIGHTERS_657 = {"en": ["opposition fighters", "rebels"], "ar": ["مقاتليها"]}
DISPLACED_657 = {"en": ["displaced civilians of Busra al-Sham", "IDPs"], "ar": ["المدنيين الذين نزحوا"]}
OPS_ROOM_657 = {"en": ["joint operations room of the southern factions", "Southern Front", "rebels"],
                "ar": ["غرفة العمليات"]}
LOOTERS_657 = {"en": ["looters", "anyone who attacks the homes of the displaced"],
               "ar": ["كل من يعتدي على بيوت النازحين"]}
HIST_BATTLE_657 = merge({"en": ["opposition factions", "rebels"], "ar": ["الفصائل"]}, REGIME_657)
BUSRA_MEETING = {"en": ["notables of Busra al-Sham", "opposition factions"],
                 "ar": ["وجهاء بصرى الشام", "ممثلون عن الفصائل"]}
EAST_DARAA_PROTESTERS = {"en": ["residents of the eastern Daraa towns", "protesters"],
                         "ar": ["مئات من أهالي بلدات الجيزة والمسيفرة وغصم"]}
SY_STATE_MEDIA = {"en": ["Syrian state media", "Government of Syria"], "ar": ["الإعلام الرسمي التابع للنظام"]}
JORDAN = {"en": ["Jordan", "Government of Jordan"], "ar": ["الأردن"]}
BUSRA_COUNCIL = {"en": ["Busra al-Sham local council", "local council"], "ar": ["المجلس المحلي الجديد"]}
DARAA_COUNCIL = {"en": ["Free Daraa Provincial Council"],
                 "ar": ["«مجلس محافظة درعا الحرة»", "مجلس محافظة درعا الحرة"]}

# ====================================================== places: 657
BUSRA = {"accept": ["مدينة بصرى الشام", "بصرى الشام", "بصرى", "Busra al-Sham", "Bosra"]}
BUSRA_NORTH = {"accept": ["أحياء بصرى الشمالية", "بصرى", "Busra al-Sham", "Bosra"]}
BUSRA_CITADEL = {"accept": ["القلعة", "قلعة بصرى", "بصرى الشام", "Busra citadel", "Busra al-Sham"]}
THAALA = {"accept": ["مطار الثعلة العسكري", "مطار الثعلة", "إزرع", "al-Thaala airbase", "Izraa"]}
SHEIKH_MISKIN = {"accept": ["مدينة الشيخ مسكين", "الشيخ مسكين", "Sheikh Miskin", "al-Shaykh Maskin"]}
INTL_ROAD_657 = {"accept": ["الطريق الدولي", "الشيخ مسكين", "Sheikh Miskin"]}
BUSRA_TOWN = {"accept": ["بصرى الشام", "إحدى مدارس المدينة", "Busra al-Sham", "Bosra"]}
EAST_DARAA_TOWNS = {"accept": ["بلدات الجيزة والمسيفرة وغصم", "الجيزة", "المسيفرة", "غصم", "al-Jiza",
                               "al-Musayfirah", "Ghasm"]}

# ================================ 658: al-Kut, its bridges and al-Hay (Wasit, Iraq; 2019)
KUT_PROTESTERS = {"en": ["protesters in Kut", "protesters", "demonstrators"],
                  "ar": ["آلاف المحتجين", "المحتجين", "المحتجون"]}
IQ_RIOT_POLICE = {"en": ["Iraqi riot police", "Police Forces of Iraq", "Iraqi security forces"],
                  "ar": ["قوات مكافحة الشغب"]}
KUT_SHOOTERS = {"en": ["gunmen in civilian clothes", "Iraqi security forces", "Police Forces of Iraq"],
                "ar": ["مسلحون بملابس مدنية", "عناصر من القوات الأمنية", "القوات الأمنية"]}
BRIDGE_VICTIMS = {"en": ["protesters in Kut", "protesters"], "ar": ["مئات المحتجين", "المحتجين"]}
IQ_SECURITY_UNIT = {"en": ["Iraqi security forces", "Police Forces of Iraq"], "ar": ["قوة أمنية"]}
KUT_ACTIVISTS = {"en": ["protest activists", "activists"], "ar": ["ثمانية ناشطين"]}
WASIT_GOVERNOR = {"en": ["Governor of Wasit", "Wasit governor"], "ar": ["محافظ واسط"]}
WASIT_SHEIKHS = {"en": ["tribal sheikhs of Wasit", "tribal leaders"], "ar": ["شيوخ من عشائر المحافظة"]}
MEDIATION_PARTIES = {"en": ["Wasit police chief", "protest representatives"],
                     "ar": ["قائد شرطة واسط", "ممثلون عن المحتجين"]}
KUT_COORDINATION = {"en": ["Kut protest coordination committee", "protesters"],
                    "ar": ["تنسيقية تظاهرات الكوت", "التنسيقية"]}
PARTY_GUNMEN = {"en": ["armed party factions", "militias"], "ar": ["«جهات حزبية مسلحة»", "جهات حزبية مسلحة"]}
IQ_FEDERAL_GOV = {"en": ["Government of Iraq", "federal government"], "ar": ["الحكومة الاتحادية"]}
KUT_MOURNERS = {"en": ["residents of Kut", "mourners", "protesters"], "ar": ["آلاف من أهالي الكوت"]}
TRIBESMEN_658 = {"en": ["tribesmen of Wasit", "tribes"], "ar": ["أبناء العشائر"]}
KILLERS_658 = {"en": ["the killers of the protesters", "gunmen"], "ar": ["القتلة"]}
HAY_PROTESTERS = {"en": ["protesters in al-Hay", "protesters"], "ar": ["المحتجون"]}
WASIT_COUNCIL = {"en": ["Wasit Provincial Council"], "ar": ["مجلس محافظة واسط"]}
IQ_AUTHORITIES = {"en": ["Iraqi authorities", "Government of Iraq"], "ar": ["السلطات"]}
BRIDGE_SHOOTERS = {"en": ["the gunmen who fired on the old bridge", "gunmen"], "ar": ["مطلقي النار"]}
IQ_PM = {"en": ["Prime Minister of Iraq", "Government of Iraq"], "ar": ["رئيس الوزراء"]}
WASIT_POLICE_CHIEF = {"en": ["Wasit police chief", "Police Forces of Iraq"], "ar": ["قائد شرطة واسط"]}
IRCS = {"en": ["Iraqi Red Crescent Society", "Iraqi Red Crescent"], "ar": ["جمعية الهلال الأحمر العراقي"]}
KARAMA_HOSPITAL = {"en": ["al-Karama hospital in Kut"], "ar": ["مستشفى الكرامة"]}
HOSPITAL_ADMIN = {"en": ["al-Karama hospital administration"], "ar": ["إدارته"]}
BLOOD_DONORS = {"en": ["blood donors"], "ar": ["المتبرعين"]}
SHOP_OWNERS = {"en": ["shop owners of Kut"], "ar": ["أصحاب المحال في السوق الكبير"]}

# ====================================================== places: 658
KUT_CITY = {"accept": ["مدينة الكوت", "الكوت", "Kut", "al-Kut"]}
BARRAGE_BRIDGE = {"accept": ["جسر السدة", "الكوت", "Kut barrage bridge", "Kut"]}
OLD_BRIDGE = {"accept": ["الجسر القديم", "الكوت", "old bridge of Kut", "Kut", "al-Kut"]}
SIT_IN_SQUARE = {"accept": ["ساحة الاعتصام", "الكوت", "Kut"]}
WASIT = {"accept": ["واسط", "الكوت", "Wasit", "Kut"]}
KUT = {"accept": ["الكوت", "Kut", "al-Kut"]}
HAY_DISTRICT = {"accept": ["قضاء الحي", "al-Hay district", "al-Hay"]}
KUT_HOSPITAL = {"accept": ["مستشفى الكرامة في الكوت", "الكوت", "Kut"]}
KUT_OFFICES = {"accept": ["دوائر الكوت ومدارسها", "الكوت", "Kut"]}

# ================================ 659: Derna, its old town and Bab Tobruk (eastern Libya; 2018)
LNA_AIR = {"en": ["Libyan National Army air force", "Libyan National Army", "LNA"],
           "ar": ["مقاتلات سلاح الجو التابع للجيش الوطني الليبي", "سلاح الجو التابع للجيش الوطني الليبي",
                  "الجيش الوطني الليبي"]}
LNA_ARTILLERY = {"en": ["Libyan National Army artillery", "Libyan National Army"],
                 "ar": ["الجيش الوطني الليبي"]}
DPF = {"en": ["Derna Protection Force", "Shura Council of Mujahideen in Derna", "DMSC"],
       "ar": ["ما يسمى «قوة حماية درنة»", "«قوة حماية درنة»", "قوة حماية درنة"]}
LNA = {"en": ["Libyan National Army", "LNA", "Libyan Arab Armed Forces"],
       "ar": ["وحدات من الجيش", "الجيش الوطني الليبي", "الجيش"]}
DPF_FIGHTERS = {"en": ["Derna Protection Force", "Shura Council of Mujahideen in Derna"],
                "ar": ["العناصر الإرهابية", "«قوة حماية درنة»"]}
BATTLE_659 = merge(LNA, DPF_FIGHTERS)
TRAPPED_659 = {"en": ["families trapped in the old town of Derna", "civilians"],
               "ar": ["نحو مئة وخمسين عائلة", "مئة وخمسين عائلة"]}
OPS_ROOM_659 = {"en": ["Omar al-Mukhtar operations room", "Libyan National Army", "LNA"],
                "ar": ["غرفة عمليات عمر المختار", "الغرفة"]}
LEAVING_FAMILIES = {"en": ["families leaving the old town of Derna", "civilians"],
                    "ar": ["أولى دفعات العائلات"]}
ICRC_UNSMIL = {"en": ["International Committee of the Red Cross", "ICRC",
                      "United Nations Support Mission in Libya", "UNSMIL"],
               "ar": ["اللجنة الدولية للصليب الأحمر", "بعثة الأمم المتحدة للدعم في ليبيا"]}
PARTIES_659 = {"en": ["parties to the fighting in Derna", "Libyan National Army", "Derna Protection Force"],
               "ar": ["أطراف القتال"]}
LNA_MP = {"en": ["Libyan National Army military police", "Libyan National Army"], "ar": ["الشرطة العسكرية"]}
DPF_CAUGHT = {"en": ["Derna Protection Force fighters", "Derna Protection Force"],
              "ar": ["ثمانية عناصر من «قوة حماية درنة»"]}
LNA_COMMANDER = {"en": ["Omar al-Mukhtar operations room field commander", "Libyan National Army"],
                 "ar": ["قائد ميداني في الغرفة"]}
DPF_HOLDOUTS = {"en": ["remaining Derna Protection Force fighters", "Derna Protection Force"],
                "ar": ["من تبقى من المسلحين"]}
DERNA_NOTABLES = {"en": ["tribal notables of Derna"], "ar": ["أعيان من قبائل المدينة"]}
DPF_LEADERS = {"en": ["Derna Protection Force commanders", "Derna Protection Force"],
               "ar": ["قادة «قوة حماية درنة»"]}
HIST_BATTLE_659 = merge({"en": ["Libyan National Army", "LNA"], "ar": ["وحدات الجيش"]},
                        {"en": ["Benghazi Revolutionaries Shura Council", "armed groups in Benghazi"],
                         "ar": ["الجماعات المسلحة"]})
HCS = {"en": ["High Council of State"], "ar": ["المجلس الأعلى للدولة"]}
LNA_FORCES = {"en": ["Libyan National Army", "LNA"], "ar": ["قوات الجيش"]}
DPF_DISARM = {"en": ["Derna Protection Force fighters in the old town", "Derna Protection Force"],
              "ar": ["أي من المسلحين المتحصنين في المدينة القديمة"]}
EG_MFA = {"en": ["Egyptian Ministry of Foreign Affairs", "Government of Egypt"],
          "ar": ["وزارة الخارجية المصرية"]}
LNA_SUPPORTED = {"en": ["Libyan National Army", "LNA"], "ar": ["للجيش الوطني الليبي", "الجيش الوطني الليبي"]}
EG_RED_CRESCENT = {"en": ["Egyptian Red Crescent"], "ar": ["الهلال الأحمر المصري"]}
DERNA_IDPS = {"en": ["families displaced from Derna", "IDPs"], "ar": ["العائلات النازحة من درنة"]}
HOR_SPEAKER = {"en": ["Speaker of the House of Representatives", "House of Representatives"],
               "ar": ["رئيس مجلس النواب"]}
DERNA_DELEGATION = {"en": ["notables of Derna"], "ar": ["وفداً من أعيان درنة ومشايخها"]}

# ====================================================== places: 659
SHIHA_MAGHAR = {"accept": ["حيي شيحا والمغار", "شيحا", "المغار", "درنة", "Shiha", "al-Maghar", "Derna"]}
DERNA_EAST_COAST = {"accept": ["منطقة الساحل الشرقي", "الساحل الشرقي", "درنة", "Derna"]}
OLD_TOWN = {"accept": ["المدينة القديمة", "درنة", "old town of Derna", "Derna"]}
BAB_TOBRUK = {"accept": ["باب طبرق", "درنة", "Bab Tobruk", "Derna"]}
DERNA = {"accept": ["درنة", "Derna"]}
KHREIBISH = {"accept": ["حي خريبيش", "خريبيش", "بنغازي", "Khreibish", "Benghazi"]}
QUBBA = {"accept": ["مدينة القبة", "القبة", "al-Qubba"]}

# ================================ 660: Abra, its mosque complex and Sidon (southern Lebanon; 2013)
ASSIR_GUNMEN = {"en": ["gunmen loyal to the imam of the Bilal bin Rabah mosque", "Salafist militants"],
                "ar": ["مسلحون من أنصار إمام مسجد بلال بن رباح", "المسلحين"]}
LAF = {"en": ["Lebanese Armed Forces", "LAF", "Lebanese army"], "ar": ["الجيش اللبناني", "الجيش"]}
CHECKPOINT_CLASH = merge(ASSIR_GUNMEN, LAF)
ABRA_RESIDENTS = {"en": ["residents of Abra", "civilians"], "ar": ["مئات السكان"]}
LAF_COMMANDOS = {"en": ["Lebanese Army Commando Regiment", "Lebanese Armed Forces"], "ar": ["وحدات المغاوير"]}
COMPLEX_GUNMEN = {"en": ["gunmen in the mosque complex", "Salafist militants"],
                  "ar": ["المسلحين المتحصنين فيه", "المسلحين"]}
BATTLE_660 = merge(LAF_COMMANDOS, LAF, COMPLEX_GUNMEN)
DETAINEES_660 = {"en": ["supporters of the imam", "Salafist militants"],
                 "ar": ["أكثر من ستين شخصاً من أنصار الشيخ", "أنصار الشيخ"]}
LAF_STATEMENT = {"en": ["Lebanese Armed Forces command", "Lebanese Armed Forces"], "ar": ["القيادة"]}
WANTED_660 = {"en": ["other wanted supporters of the imam"], "ar": ["المطلوبين الآخرين"]}
SUPPORTERS_660 = {"en": ["supporters of the imam", "protesters"],
                  "ar": ["العشرات من مناصري الشيخ", "مناصري الشيخ"]}
LB_ISF = {"en": ["Internal Security Forces", "Police Forces of Lebanon"], "ar": ["قوى الأمن الداخلي"]}
IMAM_660 = {"en": ["imam of the Bilal bin Rabah mosque", "Salafist cleric"], "ar": ["إمام المسجد"]}
SIDON_MPS = {"en": ["MPs of Sidon", "Lebanese MPs"], "ar": ["نواب من المدينة"]}
HEZBOLLAH_660 = {"en": ["Hezbollah"], "ar": ["مقاتلين من «حزب الله»", "«حزب الله»", "حزب الله"]}
HEZBOLLAH_PARTY = {"en": ["Hezbollah"], "ar": ["الحزب"]}
SHEIKH_660 = {"en": ["imam of the Bilal bin Rabah mosque", "Salafist cleric"], "ar": ["الشيخ"]}
HIST_CLASH_660 = merge({"en": ["bodyguards of the imam", "Salafist militants"], "ar": ["مرافقين للشيخ"]},
                       {"en": ["Hezbollah"], "ar": ["عناصر من «حزب الله»"]})
HRC = {"en": ["Higher Relief Commission", "Government of Lebanon"], "ar": ["الهيئة العليا للإغاثة"]}
ABRA_IDPS = {"en": ["families displaced from Abra", "IDPs"], "ar": ["نحو مئتي عائلة", "مئتي عائلة"]}
SIDON_SCHOOLS_OWNERS = {"en": ["public schools of Sidon"], "ar": ["مدارس رسمية عدة"]}
SIDON_NOTABLES = {"en": ["Sidon notables", "community leaders"], "ar": ["فعاليات صيدا"]}
LAF_COMMAND = {"en": ["Lebanese Armed Forces command", "Lebanese Armed Forces"], "ar": ["قيادة الجيش"]}
LB_PRESIDENT = {"en": ["President of Lebanon", "Government of Lebanon"], "ar": ["رئيس الجمهورية"]}
LB_CARETAKER_PM = {"en": ["caretaker Prime Minister of Lebanon", "Government of Lebanon"],
                   "ar": ["رئيس حكومة تصريف الأعمال"]}
LB_DEFENCE_COUNCIL = {"en": ["Higher Defence Council", "Government of Lebanon"],
                      "ar": ["المجلس الأعلى للدفاع"]}

# ====================================================== places: 660
ABRA_CHECKPOINT = {"accept": ["مدخل البلدة", "عبرا", "بلدة عبرا", "Abra"]}
ABRA = {"accept": ["عبرا", "بلدة عبرا", "Abra"]}
ABRA_COMPLEX = {"accept": ["مجمع المسجد", "مجمع مسجد بلال بن رباح", "عبرا", "Abra"]}
NAJMEH_SQUARE = {"accept": ["ساحة النجمة وسط صيدا", "ساحة النجمة", "صيدا", "Sidon", "Saida"]}
AIN_HILWEH = {"accept": ["مخيم عين الحلوة", "عين الحلوة", "Ain al-Hilweh"]}
TAAMIR = {"accept": ["حي التعمير", "التعمير", "صيدا", "Taamir", "Sidon"]}
SIDON_SCHOOLS = {"accept": ["مدارس صيدا", "صيدا", "Sidon", "Saida"]}
SIDON = {"accept": ["صيدا", "Sidon", "Saida"]}
BAABDA = {"accept": ["قصر بعبدا", "بعبدا", "Baabda"]}
