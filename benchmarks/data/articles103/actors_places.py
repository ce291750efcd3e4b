"""Accepted actor names and place names for the hundred-and-third team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «الشرطة», «الحكومة», «القوة») are left out on purpose, with these
exceptions, each used only in an article where it names a single actor:
- 511: «الهيئة الشرعية» and «المجلس المحلي» (only ever the Kafr Zita bodies), «الطيران» (only ever the Syrian
  air force);
- 512: «الوجهاء» (only ever the tribal notables of the eastern countryside);
- 513: «التنظيم» (only ever ISIS), «قيادة العمليات» (only ever the Kirkuk Operations Command);
- 514: «المديرية» and «مديرية الأمن» (only ever the Bani Walid Security Directorate), «البلدية» (only ever
  its municipality);
- 515: «البرنامج» (only ever the World Food Programme), «المنظمات» (only ever the aid organisations).
In meetings, joint work and agreements between two parties (CONSULT, AGREE, COOPERATE) both parties are
accepted in either role. One-sided attacks have their perpetrator as source (none where the text names
none) and their victims as recipient.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ============================================================ 511: Kafr Zita (Hama), 2013
KZ_PROTESTERS = {"en": ["residents of Kafr Zita", "protesters", "displaced people"],
                 "ar": ["عشرات من أهالي بلدة كفرزيتا", "أهالي بلدة كفرزيتا", "المتظاهرون"]}
SY_REGIME = {"en": ["Syrian regime forces", "Syrian army", "Military Forces of Syria", "Syrian government"],
             "ar": ["قوات النظام", "وحدات من الجيش"]}
BREAD_QUEUE = {"en": ["civilians queuing for bread", "five civilians", "civilians"],
               "ar": ["طابور من الأهالي", "خمسة مدنيين", "القتلى الخمسة"]}
SHARIA_BODY = {"en": ["Sharia Committee of Kafr Zita", "Sharia Committee", "rebel court"],
               "ar": ["عناصر تابعة للهيئة الشرعية في كفرزيتا", "الهيئة الشرعية"]}
FLOUR_TRADERS = {"en": ["two flour traders", "traders"], "ar": ["تاجرين"]}
KZ_COUNCIL = {"en": ["Kafr Zita Local Council", "local council", "Syrian opposition local council"],
              "ar": ["المجلس المحلي لبلدة كفرزيتا", "المجلس المحلي"]}
ACU = {"en": ["Assistance Coordination Unit", "ACU", "Syrian opposition"], "ar": ["وحدة تنسيق الدعم"]}
BAKERS = {"en": ["owners of the private bakeries", "bakers"], "ar": ["أصحاب الأفران الخاصة", "أصحاب الأفران"]}
BAKERY_MEETING = merge(KZ_COUNCIL, BAKERS)
RELIEF_NGO = {"en": ["a Syrian relief organisation working from Turkey", "relief organisation", "NGO"],
              "ar": ["منظمة إغاثية سورية تعمل من تركيا", "منظمة إغاثية سورية"]}
FLOUR_DONOR = {"en": ["an international organisation", "international NGO"], "ar": ["منظمة دولية"]}
SY_AIR = {"en": ["Syrian Arab Air Force", "Syrian air force", "Military Forces of Syria"],
          "ar": ["الطيران الحربي", "الطيران"]}
MILL_WORKERS = {"en": ["three mill workers", "civilians"], "ar": ["ثلاثة من عمالها"]}

# ====================================================== places: 511
HAMA_GOV = {"accept": ["محافظة حماة", "حماة", "ريف حماة", "Hama", "Hama Governorate"]}
KAFR_ZITA = place({"accept": ["بلدة كفرزيتا", "كفرزيتا", "كفر زيتا", "Kafr Zita", "Kafr Zeita",
                              "Kfar Zeita"]}, HAMA_GOV)
KZ_QUEUE = place({"accept": ["فرن خاص في الحي الغربي من البلدة", "كفرزيتا", "Kafr Zita", "Kafr Zeita"]},
                 HAMA_GOV)
KAFR_NABUDAH = place({"accept": ["مطحنة في بلدة كفرنبودة", "بلدة كفرنبودة", "كفرنبودة", "كفر نبودة",
                                 "Kafr Nabudah", "Kafr Nbudah"]}, HAMA_GOV)
LATAMNEH = place({"accept": ["مطحنة في بلدة اللطامنة", "بلدة اللطامنة", "اللطامنة", "al-Latamneh", "Latamneh",
                             "al-Lataminah"]}, HAMA_GOV)

# ============================================================ 512: Dhiban and al-Shuhail (Deir ez-Zor), 2019
SDF = {"en": ["Syrian Democratic Forces", "SDF", "QSD"],
       "ar": ["قوات سوريا الديمقراطية «قسد»", "قوات سوريا الديمقراطية", "«قسد»", "قسد"]}
SDF_MEDIA = {"en": ["SDF Media Centre", "Syrian Democratic Forces", "SDF"],
             "ar": ["المركز الإعلامي لقوات سوريا الديمقراطية"]}
COALITION = {"en": ["US-led international coalition", "international coalition", "Global Coalition"],
             "ar": ["التحالف الدولي"]}
RAID_PARTIES = merge(SDF, COALITION)
SHUHAIL_YOUTHS = {"en": ["six young men", "detainees", "civilians"], "ar": ["ستة شبان", "المعتقلين الستة"]}
SHUHAIL_FAMILIES = {"en": ["families of al-Shuhail", "civilians"], "ar": ["أفراد العائلات"]}
ISIS_SY = {"en": ["Islamic State", "ISIS", "IS", "Daesh"],
           "ar": ["خلية إرهابية تابعة لداعش", "تنظيم «داعش»", "داعش", "التنظيم"]}
TANKER_VICTIMS = {"en": ["civilians at a gathering of oil tankers", "tanker drivers", "civilians"],
                  "ar": ["أربعة مدنيين", "تجمع لصهاريج نقل النفط", "ذوو القتلى"]}
DEZ_MC = {"en": ["Deir ez-Zor Military Council", "Syrian Democratic Forces", "SDF"],
          "ar": ["مجلس دير الزور العسكري", "مقاتلي مجلس دير الزور العسكري"]}
SHUHAIL_PROTESTERS = {"en": ["residents of al-Shuhail", "protesters"],
                      "ar": ["مئات من أهالي الشحيل", "أهالي الشحيل"]}
TRIBAL_NOTABLES = {"en": ["notables of the tribes of the eastern countryside", "tribal notables",
                          "tribal elders"],
                   "ar": ["وجهاء من عشائر الريف الشرقي", "وفد من الوجهاء", "الوجهاء"]}
DEZ_CC = {"en": ["Deir ez-Zor Civil Council", "co-chair of the Deir ez-Zor Civil Council"],
          "ar": ["الرئيس المشترك لمجلس دير الزور المدني", "مجلس دير الزور المدني"]}
DEZ_MEETING = merge(DEZ_CC, TRIBAL_NOTABLES)
TWO_RELEASED = {"en": ["two of the six detainees", "detainees"], "ar": ["اثنين من المعتقلين الستة"]}
TANKER_OWNERS = {"en": ["owners of oil tankers and refineries", "oil traders", "civilians"],
                 "ar": ["أصحاب الصهاريج والحراقات", "أصحاب الصهاريج"]}
MASKED_GUNMEN = {"en": ["masked gunmen", "unidentified gunmen"], "ar": ["مسلحين ملثمين"]}
TAYYANA_MUKHTAR = {"en": ["mukhtar of al-Tayyana", "village headman", "civilians"],
                   "ar": ["مختار قرية الطيانة", "المختار"]}
FOUR_DETAINEES = {"en": ["the four other detainees", "detainees"],
                  "ar": ["المعتقلين الأربعة الآخرين", "المعتقلين الأربعة"]}
DZ_ACTIVISTS = {"en": ["activists from al-Shuhail and Dhiban", "activists", "protesters"],
                "ar": ["ناشطون من الشحيل وذيبان", "ناشطون"]}
DZ_ENDORSERS = {"en": ["notables of the two towns", "tribal notables"], "ar": ["عدد من وجهاء البلدتين"]}
UNKNOWN_GUNMEN = {"en": ["unidentified gunmen", "gunmen"], "ar": ["مسلحون مجهولون"]}
BUSAYRAH_MEMBER = {"en": ["a member of the al-Busayrah local council", "local official", "civilians"],
                   "ar": ["عضواً في المجلس المحلي لبلدة البصيرة", "القتيل"]}

# ====================================================== places: 512
DEZ_GOV = {"accept": ["محافظة دير الزور", "دير الزور", "ريف دير الزور الشرقي", "Deir ez-Zor",
                      "Deir ez-Zor Governorate", "Dayr az-Zawr"]}
SHUHAIL = place({"accept": ["بلدة الشحيل", "الشحيل", "al-Shuhail", "Shuhail", "al-Shuhayl"]}, DEZ_GOV)
DHIBAN = place({"accept": ["المدخل الجنوبي لبلدة ذيبان", "بلدة ذيبان", "ذيبان", "Dhiban", "Theban", "Diban"]},
               DEZ_GOV)
DHIBAN_SHUHAIL = place({"accept": ["ذيبان والشحيل", "ذيبان", "الشحيل", "Dhiban", "al-Shuhail"]}, DEZ_GOV)
TAYYANA = place({"accept": ["قرية الطيانة", "الطيانة", "al-Tayyana", "Tayyana", "al-Tayanah"]}, DEZ_GOV)
BUSAYRAH = place({"accept": ["بلدة البصيرة", "البصيرة", "al-Busayrah", "Busayra", "al-Busayra"]}, DEZ_GOV)

# ============================================================ 513: al-Rashad and al-Hawija (Kirkuk), 2021
ISIS_IQ = {"en": ["Islamic State", "ISIS", "IS", "Daesh"],
           "ar": ["مسلحون من تنظيم «داعش»", "تنظيم «داعش»", "«داعش»", "التنظيم"]}
IQ_SOLDIERS = {"en": ["Iraqi army soldiers", "Iraqi army", "Military Forces of Iraq"],
               "ar": ["ثلاثة جنود من الجيش العراقي", "الجيش العراقي", "الجنود الثلاثة"]}
IQ_AIR = {"en": ["Iraqi Air Force", "Iraqi F-16s", "Military Forces of Iraq"],
          "ar": ["طائرات «إف-16» التابعة للقوة الجوية العراقية", "القوة الجوية العراقية"]}
ISIS_HIDEOUTS = {"en": ["ISIS hideouts", "Islamic State", "ISIS"], "ar": ["مخابئ للتنظيم", "التنظيم"]}
IQ_ARMY_UNITS = {"en": ["Iraqi army", "Military Forces of Iraq"],
                 "ar": ["قوات من الجيش العراقي", "الجيش العراقي"]}
PESHMERGA = {"en": ["Peshmerga", "Kurdistan Region Peshmerga", "Military Forces of Kurdistan"],
             "ar": ["البيشمركة"]}
JOINT_SEARCH = merge(IQ_ARMY_UNITS, PESHMERGA)
FED_POLICE = {"en": ["Iraqi Federal Police", "Federal Police", "Police Forces of Iraq"],
              "ar": ["قوة من الشرطة الاتحادية", "الشرطة الاتحادية"]}
HAWIJA_SUSPECTS = {"en": ["four suspects", "suspects"], "ar": ["أربعة أشخاص"]}
KIRKUK_COURT = {"en": ["Kirkuk Criminal Court", "Iraqi judiciary"], "ar": ["محكمة جنايات كركوك"]}
CONVICTS = {"en": ["two convicted members of ISIS", "convicts"], "ar": ["اثنين من المدانين"]}
MISSING_FAMILIES = {"en": ["families of the disappeared", "relatives of missing persons", "protesters"],
                    "ar": ["عشرات من ذوي المغيّبين", "ذوي المغيّبين"]}
IQ_GOV = {"en": ["Iraqi federal government", "Government of Iraq"], "ar": ["الحكومة الاتحادية"]}
GOVERNOR_OFFICE = {"en": ["director of the Kirkuk governor's office", "Kirkuk governorate"],
                   "ar": ["مدير مكتب المحافظ"]}
KIRKUK_OPS_CDR = {"en": ["Kirkuk Operations Commander", "Kirkuk Operations Command",
                         "Military Forces of Iraq"],
                  "ar": ["قائد عمليات كركوك"]}
RASHAD_MUKHTARS = {"en": ["mukhtars of the al-Rashad villages", "village headmen"],
                   "ar": ["مخاتير قرى الرشاد", "المخاتير"]}
OPS_MEETING = merge(KIRKUK_OPS_CDR, RASHAD_MUKHTARS)
ABDUCTORS = {"en": ["unidentified gunmen", "gunmen"], "ar": ["مسلحين مجهولين"]}
DAQUQ_SHEPHERDS = {"en": ["two shepherds", "civilians"], "ar": ["راعيين", "الراعيان"]}
IQ_SECURITY = {"en": ["Iraqi security forces", "security forces"], "ar": ["القوات الأمنية"]}
RASHAD_IDPS = {"en": ["displaced families from the villages east of al-Rashad", "displaced families", "IDPs"],
               "ar": ["عشرات العائلات النازحة", "العائلات النازحة"]}
ARMY_AND_PESHMERGA = {"en": ["Iraqi army", "Peshmerga"], "ar": ["الجيش العراقي والبيشمركة", "الجيش العراقي",
                                                                "البيشمركة"]}
OPS_COMMAND = {"en": ["Kirkuk Operations Command", "Military Forces of Iraq"], "ar": ["قيادة العمليات"]}
MOD_DELEGATION = {"en": ["a delegation of the Iraqi Ministry of Defence", "Ministry of Defence"],
                  "ar": ["وفد من وزارة الدفاع"]}
DAQUQ_FARMERS = {"en": ["two farmers", "civilians"], "ar": ["اثنين من المزارعين", "سيارة مدنية"]}

# ====================================================== places: 513
KIRKUK_GOV = {"accept": ["محافظة كركوك", "كركوك", "Kirkuk", "Kirkuk Governorate", "Kirkuk Province"]}
RASHAD = place({"accept": ["نقطة مراقبة عسكرية على أطراف ناحية الرشاد", "ناحية الرشاد", "الرشاد", "al-Rashad",
                           "Rashad"]}, KIRKUK_GOV)
WADI_SHAY = place({"accept": ["مخابئ للتنظيم في وادي الشاي", "وادي الشاي", "Wadi al-Shay", "Wadi Shay"]},
                  KIRKUK_GOV)
RASHAD_SHAY = place({"accept": ["القرى الواقعة بين ناحية الرشاد ووادي الشاي", "ناحية الرشاد", "وادي الشاي",
                                "al-Rashad", "Wadi al-Shay"]}, KIRKUK_GOV)
HAWIJA = place({"accept": ["قضاء الحويجة", "الحويجة", "al-Hawija", "Hawija", "Hawijah"]}, KIRKUK_GOV)
KIRKUK_CITY = place({"accept": ["مبنى محافظة كركوك", "مدينة كركوك", "كركوك", "Kirkuk", "Kirkuk city"]},
                    KIRKUK_GOV)
DAQUQ = place({"accept": ["قرية قرب قضاء داقوق", "قضاء داقوق", "داقوق", "Daquq", "Daqouq"]}, KIRKUK_GOV)
DAQUQ_ROAD = place({"accept": ["طريق زراعي قرب قضاء داقوق", "قضاء داقوق", "داقوق", "Daquq", "Daqouq"]},
                   KIRKUK_GOV)
RASHAD_EAST = place({"accept": ["قرى شرقي الرشاد", "الرشاد", "al-Rashad", "Rashad"]}, KIRKUK_GOV)

# ============================================================ 514: Bani Walid (Libya), 2017
BW_SECURITY = {"en": ["Bani Walid Security Directorate", "Libyan police", "Police Forces of Libya"],
               "ar": ["قوة من مديرية أمن بني وليد", "مديرية أمن بني وليد", "مديرية الأمن", "المديرية"]}
BW_SUSPECTS = {"en": ["three Libyan suspects", "human traffickers", "smugglers"], "ar": ["ثلاثة ليبيين"]}
FREED_MIGRANTS = {"en": ["some ninety African migrants", "migrants"],
                  "ar": ["نحو تسعين مهاجراً", "المهاجرين المحررين", "للمهاجرين المحررين"]}
WAREHOUSE_GUARDS = {"en": ["guards of a trafficking warehouse", "human traffickers", "smugglers"],
                    "ar": ["حراس مخزن آخر", "الحراس"]}
FLEEING_MIGRANTS = {"en": ["migrants fleeing a warehouse", "migrants", "civilians"],
                    "ar": ["مجموعة من المهاجرين", "المهاجرون الأربعة", "الفارين"]}
LRC_BW = {"en": ["Libyan Red Crescent, Bani Walid branch", "Libyan Red Crescent"],
          "ar": ["فرع الهلال الأحمر الليبي في بني وليد", "الهلال الأحمر الليبي"]}
BW_COUNCIL = {"en": ["Bani Walid Municipal Council", "Bani Walid municipality"],
              "ar": ["المجلس البلدي بني وليد", "المجلس البلدي"]}
GNA = {"en": ["Government of National Accord", "GNA", "Government of Libya"], "ar": ["حكومة الوفاق الوطني"]}
BW_MAYOR = {"en": ["mayor of Bani Walid", "Bani Walid municipality"], "ar": ["عميد البلدية", "البلدية"]}
IOM = {"en": ["International Organization for Migration", "IOM"],
       "ar": ["فريقاً من المنظمة الدولية للهجرة", "المنظمة الدولية للهجرة"]}
IOM_MEETING = merge(BW_MAYOR, IOM)
LY_SECURITY = {"en": ["Libyan security services", "Bani Walid Security Directorate"],
               "ar": ["الأجهزة الأمنية"]}
SHOOTERS = {"en": ["the men who fired", "guards", "human traffickers"], "ar": ["مطلقي النار"]}
BW_SEC_CHIEF = {"en": ["head of the Bani Walid Security Directorate", "Bani Walid Security Directorate"],
                "ar": ["مدير أمن بني وليد"]}
FARM_OWNERS = {"en": ["owners of farms rented to smugglers", "farm owners"], "ar": ["مالكي المزارع"]}
KIDNAPPERS = {"en": ["gunmen", "human traffickers"], "ar": ["مسلحين"]}
INFORMANT = {"en": ["a young man from Bani Walid", "civilians"], "ar": ["شاباً من بني وليد"]}
LY_AUTH = {"en": ["Libyan authorities", "Government of Libya"], "ar": ["السلطات الليبية"]}
SHWAYRIF_SMUGGLERS = {"en": ["smugglers", "human traffickers"], "ar": ["مهربون"]}
SHWAYRIF_MIGRANTS = {"en": ["migrants on a truck", "migrants", "civilians"],
                     "ar": ["شاحنة تقل مهاجرين", "مهاجرَين"]}

# ====================================================== places: 514
BANI_WALID = {"accept": ["مدينة بني وليد", "بني وليد", "Bani Walid", "Bani Walid District"]}
BW_SOUTH_FARM = place({"accept": ["مزرعة على الأطراف الجنوبية للمدينة", "بني وليد", "Bani Walid"]},
                      BANI_WALID)
BW_EAST_FARM = place({"accept": ["منطقة زراعية شرقي المدينة", "بني وليد", "Bani Walid"]}, BANI_WALID)
SHWAYRIF = {"accept": ["قرب بلدة الشويرف", "بلدة الشويرف", "الشويرف", "Ash Shwayrif", "Shwayrif",
                       "al-Shwayrif"]}

# ============================================ 515: Shangil Tobaya, Tawila and Kutum (North Darfur), 2024
CONVOY_GUNMEN = {"en": ["gunmen in four-wheel-drive vehicles", "unidentified gunmen", "gunmen"],
                 "ar": ["مسلحون يستقلون سيارات دفع رباعي", "المسلحين", "المهاجمين"]}
DRIVERS = {"en": ["three drivers", "truck drivers", "civilians"],
           "ar": ["ثلاثة سائقين", "السائقون الثلاثة", "السائقين"]}
WFP = {"en": ["World Food Programme", "WFP"], "ar": ["برنامج الأغذية العالمي", "البرنامج"]}
WARRING_PARTIES = {"en": ["the parties to the conflict", "Sudanese Armed Forces", "Rapid Support Forces"],
                   "ar": ["أطراف النزاع"]}
RSF = {"en": ["Rapid Support Forces", "RSF"], "ar": ["قوات الدعم السريع", "«الدعم السريع»", "الدعم السريع"]}
SAF_SOURCE = {"en": ["Sudanese Armed Forces", "Sudanese army", "SAF"], "ar": ["مصدر عسكري"]}
JOINT_FORCE = {"en": ["Joint Force of the armed movements", "Darfur Joint Force"],
               "ar": ["عناصر متفلتة من القوة المشتركة", "القوة المشتركة"]}
KUTUM_NGO = {"en": ["a local organisation", "local NGO"], "ar": ["منظمة محلية"]}
KUTUM_DRIVERS = {"en": ["the two drivers", "truck drivers", "civilians"], "ar": ["سائقيهما"]}
TAWILA_ADMIN = {"en": ["Tawila civil administration", "Sudan Liberation Movement", "SLM"],
                "ar": ["الإدارة المدنية في طويلة"]}
BOTH_SIDES = {"en": ["both warring parties", "Sudanese Armed Forces", "Rapid Support Forces"],
              "ar": ["طرفي الحرب"]}
UNSC = {"en": ["UN Security Council", "Security Council"], "ar": ["مجلس الأمن الدولي"]}
IDP_WOMEN = {"en": ["displaced women in Tawila", "IDPs", "protesters"],
             "ar": ["مئات النساء النازحات", "النساء النازحات"]}
MSF = {"en": ["Médecins Sans Frontières", "MSF", "Doctors Without Borders"], "ar": ["منظمة أطباء بلا حدود"]}
TAWILA_HOSPITAL_ACTOR = {"en": ["Tawila hospital"], "ar": ["مستشفى طويلة"]}
RSF_COMMANDER = {"en": ["an RSF field commander", "Rapid Support Forces", "RSF"],
                 "ar": ["قائد ميداني في قوات الدعم السريع", "قوات الدعم السريع"]}
AID_ORGS = {"en": ["aid organisations", "humanitarian organisations"], "ar": ["المنظمات"]}
SD_AUTH = {"en": ["Sudanese authorities", "Government of Sudan"], "ar": ["السلطات السودانية"]}
AID_CONVOYS = {"en": ["aid convoys", "humanitarian organisations"], "ar": ["قوافل الإغاثة"]}
UN_AGENCIES = {"en": ["UN agencies", "United Nations"],
               "ar": ["ممثلون عن وكالات الأمم المتحدة", "وكالات الأمم المتحدة"]}
SARHO = {"en": ["Sudan Agency for Relief and Humanitarian Operations", "SARHO", "Rapid Support Forces"],
         "ar": ["وفداً من الوكالة السودانية للإغاثة والعمليات الإنسانية",
                "الوكالة السودانية للإغاثة والعمليات الإنسانية"]}
NAIROBI_MEETING = merge(UN_AGENCIES, SARHO)
MELLIT_GUNMEN = {"en": ["gunmen", "unidentified gunmen"], "ar": ["مسلحون"]}
MELLIT_GUARD = {"en": ["the warehouse guard", "civilians"], "ar": ["حارسه", "مخزناً للإغاثة"]}

# ====================================================== places: 515
ND_STATE = {"accept": ["ولاية شمال دارفور", "شمال دارفور", "North Darfur", "North Darfur State"]}
SHANGIL = place({"accept": ["قرب بلدة شنقل طوباية", "بلدة شنقل طوباية", "شنقل طوباية", "Shangil Tobaya",
                            "Shangil Tobay", "Shangil Tubaya"]}, ND_STATE)
SHANGIL_ROAD = place({"accept": ["الطريق بين شنقل طوباية وطويلة", "شنقل طوباية", "طويلة", "Shangil Tobaya",
                                 "Tawila"]}, ND_STATE)
KUTUM = place({"accept": ["محلية كتم", "كتم", "Kutum", "Kuttum"]}, ND_STATE)
TAWILA = place({"accept": ["محلية طويلة", "طويلة", "Tawila", "Tawilah"]}, ND_STATE)
TAWILA_CAMP = place({"accept": ["أحد مخيمات طويلة", "مخيمات طويلة", "طويلة", "Tawila"]}, ND_STATE)
TAWILA_HOSPITAL = place({"accept": ["مستشفى طويلة", "طويلة", "Tawila"]}, ND_STATE)
KABKABIYA = place({"accept": ["سوق مدينة كبكابية", "مدينة كبكابية", "كبكابية", "Kabkabiya", "Kebkabiya"]},
                  ND_STATE)
ADRE = {"accept": ["معبر أدري الحدودي", "معبر أدري", "أدري", "Adre crossing", "Adre"]}
NAIROBI = {"accept": ["نيروبي", "Nairobi"]}
SUDAN = {"accept": ["السودان", "Sudan"]}
MELLIT = place({"accept": ["مخزناً للإغاثة في مدينة مليط", "مدينة مليط", "مليط", "Mellit", "Malit"]},
               ND_STATE)
