"""Accepted actor names and place names for the ninety-first team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «الشرطة», «الوزارة», «المجلس») are left out on purpose, with these
exceptions, each used only in an article where it names a single actor:
- 451: «المحافظ» (only ever the governor of Tartus), «الوجهاء» (only ever the notables of Safita and
  al-Dreikish), «القيادة ذاتها» (only ever the internal security command of Tartus);
- 452: «قسد» (only ever the SDF), «الأسايش» (only ever the Internal Security Forces of Manbij);
- 453: «الطرفين» (only ever the two clans of the feud), «الشيوخ» (only ever the mediating sheikhs);
- 454: «الحكومة» (only ever the Government of National Accord), «المهاجمين» (only ever the gunmen who
  stormed the prison);
- 455: «الاحتلال» (only ever Israel, in the outlet's words), «الزوارق» (only ever the Israeli navy's boats).
In meetings, negotiations and agreements between two parties (CONSULT, AGREE, COOPERATE) both parties are
accepted in either role. In a two-sided fight (the main event of 453) both sides are sources and there is no
recipient.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ============================================================ 451: Safita and al-Dreikish (Tartus), 2025
SAFITA_PROTESTERS = {"en": ["residents of Safita", "protesters in Safita", "Safita protesters"],
                     "ar": ["عشرات من أهالي مدينة صافيتا", "أهالي مدينة صافيتا", "المحتجين"]}
TWENTY_YOUTHS = {"en": ["about twenty young men", "detainees"], "ar": ["نحو عشرين شاباً", "عشرين شاباً"]}
TARTUS_GOVERNOR = {"en": ["Governor of Tartus", "Tartus governor", "Syrian government"],
                   "ar": ["محافظ طرطوس", "المحافظ"]}
TARTUS_NOTABLES = {"en": ["notables of Safita and al-Dreikish", "local notables", "delegation of notables"],
                   "ar": ["وفداً من وجهاء صافيتا والدريكيش", "وجهاء صافيتا والدريكيش", "وجهاء المنطقة",
                          "الوجهاء", "الوفد الأهلي"]}
GOVERNOR_NOTABLES = merge(TARTUS_GOVERNOR, TARTUS_NOTABLES)
TARTUS_DETAINEES = {"en": ["detainees", "the detained young men"], "ar": ["الموقوفين", "ملفات الموقوفين"]}
DREIKISH_GUNMEN = {"en": ["unidentified gunmen", "gunmen", "remnants of the former regime"],
                   "ar": ["مسلحون مجهولون", "مسلحون"]}
GS_PATROL = {"en": ["General Security patrol", "General Security", "Syrian General Security",
                    "Syrian police"],
             "ar": ["ثلاثة عناصر من الأمن العام", "عناصر من الأمن العام", "الأمن العام", "الدورية",
                    "العناصر الثلاثة"]}
SY_INTERIOR = {"en": ["Syrian Ministry of Interior", "Interior Ministry", "Syrian government"],
               "ar": ["وزارة الداخلية"]}
REGIME_REMNANTS = {"en": ["remnants of the former regime", "Assad loyalists", "former regime remnants"],
                   "ar": ["«مجموعات من فلول النظام البائد»", "مجموعات من فلول النظام البائد",
                          "فلول النظام البائد", "فلول النظام"]}
TARTUS_SECURITY = {"en": ["Internal Security Command in Tartus", "Tartus internal security", "Syrian police",
                          "General Security"],
                   "ar": ["قيادة الأمن الداخلي في محافظة طرطوس", "قيادة الأمن الداخلي", "القيادة ذاتها"]}
GS_PATROLS = {"en": ["General Security patrols", "General Security", "Syrian police"],
              "ar": ["دوريات الأمن العام", "الأمن العام"]}
FOURTEEN = {"en": ["fourteen people", "residents of rural al-Dreikish"], "ar": ["أربعة عشر شخصاً"]}
FIVE_RELEASED = merge({"en": ["five of the detainees"], "ar": ["خمسة منهم"]}, FOURTEEN)
FORMER_OFFICER = {"en": ["former army officer", "former Syrian army officer"],
                  "ar": ["ضابط سابق في الجيش", "ضابط سابق"]}
TARTUS_COMMANDER = {"en": ["internal security commander in Tartus", "Tartus security chief", "Syrian police"],
                    "ar": ["قائد الأمن الداخلي في طرطوس", "قائد الأمن الداخلي"]}
DREIKISH_PERPETRATORS = {"en": ["the perpetrators", "the attackers"], "ar": ["المنفذين"]}
SAHEL_CENTRE = {"en": ["Coast Center for Documenting Violations", "local rights group"],
                "ar": ["«مركز الساحل لتوثيق الانتهاكات»", "مركز الساحل لتوثيق الانتهاكات"]}
NOTABLES_COMMANDER = merge(TARTUS_NOTABLES, TARTUS_COMMANDER)
SARC = {"en": ["Syrian Arab Red Crescent", "SARC"], "ar": ["الهلال الأحمر العربي السوري"]}
DREIKISH_VILLAGERS = {"en": ["residents of rural al-Dreikish", "villagers"],
                      "ar": ["أهالٍ في قرى ريف الدريكيش", "قرى ريف الدريكيش"]}
QADMUS_GUNMEN = {"en": ["gunmen", "unidentified gunmen"], "ar": ["مسلحون"]}
QADMUS_CHECKPOINT = {"en": ["General Security checkpoint", "General Security", "Syrian police"],
                     "ar": ["حاجزاً للأمن العام", "الأمن العام"]}

# ====================================================== places: 451
TARTUS_GOV = {"accept": ["محافظة طرطوس", "ريف طرطوس", "Tartus Governorate", "Tartus countryside"]}
TARTUS = place({"accept": ["مدينة طرطوس", "طرطوس", "Tartus", "Tartous"]}, TARTUS_GOV)
TARTUS_GOV_BUILDING = place({"accept": ["مبنى محافظة طرطوس", "Tartus governorate building"]}, TARTUS)
SAFITA = place({"accept": ["صافيتا", "مدينة صافيتا", "Safita", "Safitha"]}, TARTUS_GOV)
SAFITA_CENTRE = place({"accept": ["مبنى المنطقة وسط المدينة", "مبنى المنطقة", "centre of Safita"]}, SAFITA)
DREIKISH = place({"accept": ["الدريكيش", "مدينة الدريكيش", "al-Dreikish", "Dreikish", "Duraykish",
                             "Draykish"]}, TARTUS_GOV)
DREIKISH_ROAD = place({"accept": ["الطريق الواصل بين صافيتا والدريكيش", "طريق الدريكيش",
                                  "Safita–al-Dreikish road"]}, DREIKISH, SAFITA)
RURAL_DREIKISH = place({"accept": ["قرى ريف الدريكيش", "ريف الدريكيش", "rural al-Dreikish"]}, DREIKISH)
BANIYAS_FARM = place({"accept": ["مزرعة قرب مدينة بانياس", "بانياس", "مدينة بانياس", "Baniyas", "Banias"]},
                     TARTUS_GOV)
QADMUS = place({"accept": ["المدخل الجنوبي لبلدة القدموس", "القدموس", "بلدة القدموس", "al-Qadmus", "Qadmus",
                           "ريف بانياس", "Baniyas countryside"]}, TARTUS_GOV)

# ============================================================ 452: Manbij (Aleppo), 2018
MARKET_CIVILIANS = {"en": ["civilians", "shoppers and vendors in the market", "four civilians"],
                    "ar": ["أربعة مدنيين", "مدنيين", "ضحايا تفجير اليوم"]}
ASAYISH = {"en": ["Internal Security Forces", "Asayish", "Manbij Internal Security Forces", "SDF"],
           "ar": ["قوى الأمن الداخلي (الأسايش)", "قوى الأمن الداخلي", "الأسايش"]}
NINE_SUSPECTS = {"en": ["nine people", "suspects"], "ar": ["تسعة أشخاص"]}
MANBIJ_CIVIL_COUNCIL = {"en": ["Manbij Civil Council", "co-chair of the Manbij Civil Council",
                               "Manbij civil administration"],
                        "ar": ["الرئيس المشترك للمجلس المدني في منبج", "المجلس المدني في منبج"]}
REGIONAL_PARTIES = {"en": ["regional parties", "Turkey", "Turkish government"],
                    "ar": ["«أطرافاً إقليمية تريد إفشال تجربة المدينة»", "أطرافاً إقليمية", "تركيا"]}
SNA = {"en": ["Syrian National Army", "SNA", "Turkish-backed factions"],
       "ar": ["مسؤول في «الجيش الوطني السوري»", "«الجيش الوطني السوري»", "الجيش الوطني السوري"]}
SDF = {"en": ["Syrian Democratic Forces", "SDF", "QSD"], "ar": ["«قسد»", "قسد"]}
TR_DEFMIN = {"en": ["Turkish Defence Minister", "Turkey", "Turkish government", "Military Forces of Turkey"],
             "ar": ["وزير الدفاع التركي"]}
YPG = {"en": ["People's Protection Units", "YPG", "Kurdish units", "SDF"],
       "ar": ["الوحدات الكردية"]}
ANKARA_WASHINGTON = {"en": ["Turkey", "United States", "Ankara and Washington"],
                     "ar": ["أنقرة وواشنطن", "أنقرة", "واشنطن"]}
US_SIDE = {"en": ["United States", "US government"], "ar": ["الجانب الأمريكي"]}
US_FORCES = {"en": ["US forces", "United States military", "Military Forces of the United States",
                    "US-led coalition"],
             "ar": ["دورية للقوات الأمريكية", "القوات الأمريكية"]}
TR_REINFORCEMENTS = {"en": ["Turkish army", "Military Forces of Turkey", "Turkish reinforcements"],
                     "ar": ["رتل من التعزيزات التركية", "التعزيزات التركية"]}
COALITION = {"en": ["International Coalition", "US-led coalition", "Global Coalition against Daesh"],
             "ar": ["وفد من التحالف الدولي", "التحالف الدولي"]}
MMC = {"en": ["Manbij Military Council", "MMC", "SDF"],
       "ar": ["مجلس منبج العسكري", "قيادة مجلس منبج العسكري", "قيادة المجلس العسكري", "مصدر في المجلس"]}
COALITION_MMC = merge(COALITION, MMC)
WEST_TRIBES = {"en": ["tribesmen of western rural Manbij", "Arab tribesmen", "protesters"],
               "ar": ["العشرات من أبناء عشائر ريف منبج الغربي", "أبناء عشائر ريف منبج الغربي"]}
CONSCRIPTION_PATROLS = {"en": ["SDF conscription patrols", "SDF"], "ar": ["دوريات «التجنيد»"]}
SYRIAN_REGIME = {"en": ["Syrian government forces", "Military Forces of Syria", "Syrian regime"],
                 "ar": ["قوات النظام السوري"]}
MMC_SPOKESMAN = {"en": ["Manbij Military Council spokesman", "Manbij Military Council"],
                 "ar": ["متحدث باسم مجلس منبج العسكري", "مجلس منبج العسكري"]}
HEALTH_BOARD = {"en": ["Health Board of the Civil Administration", "Manbij civil administration"],
                "ar": ["هيئة الصحة في الإدارة المدنية", "هيئة الصحة"]}
MANBIJ_HOSPITAL = {"en": ["Manbij National Hospital", "Manbij hospital"],
                   "ar": ["مشفى منبج الوطني"]}
COALITION_SPOKESMAN = {"en": ["International Coalition spokesman", "US-led coalition"],
                       "ar": ["المتحدث باسم التحالف الدولي", "التحالف الدولي"]}
ASAYISH_MANBIJ = merge({"en": ["Internal Security Forces in Manbij"], "ar": ["قوى الأمن الداخلي في منبج"]},
                       ASAYISH)
TRIBAL_NOTABLES = {"en": ["notables of the area's tribes", "tribal notables"],
                   "ar": ["وجهاء عشائر المنطقة", "أحد الوجهاء"]}
NOTABLES_MMC = merge(TRIBAL_NOTABLES, MMC)
CIVIL_ADMIN = {"en": ["Manbij civil administration", "Civil Administration"], "ar": ["الإدارة المدنية"]}
STREET_VENDORS = {"en": ["street vendors"], "ar": ["باعة متجولون"]}
ISIS = {"en": ["Islamic State", "ISIS", "IS", "ISIL", "Daesh"],
        "ar": ["تنظيم «داعش»", "«داعش»", "داعش", "تنظيم داعش"]}
TISHREEN_WORKERS = {"en": ["workers of Tishreen Dam", "dam workers"], "ar": ["عاملين في سد تشرين"]}
COALITION_AGENTS = {"en": ["coalition collaborators", "SDF"], "ar": ["«عملاء التحالف»"]}

# ====================================================== places: 452
MANBIJ_AREA = {"accept": ["منبج", "مدينة منبج", "Manbij", "Menbij", "Manbej", "ريف حلب الشرقي"]}
HAL_MARKET = place({"accept": ["المدخل الشرقي لسوق الهال", "سوق الهال", "Manbij wholesale market",
                               "Manbij vegetable market"]}, MANBIJ_AREA)
MANBIJ = place({"accept": ["مدينة منبج", "منبج", "Manbij", "Menbij", "Manbej"]}, MANBIJ_AREA)
MANBIJ_SOUTH = place({"accept": ["قرى ريف منبج الجنوبي", "ريف منبج الجنوبي", "southern Manbij countryside"]},
                     MANBIJ)
SAJUR = place({"accept": ["خط التماس عند نهر الساجور", "نهر الساجور", "الساجور", "Sajur river", "Sajur"]},
              MANBIJ)
SAJUR_FAR_BANK = {"accept": ["القرى المقابلة على الضفة الأخرى من النهر", "جرابلس", "Jarabulus",
                             "Sajur river", "نهر الساجور"]}
MMC_HQ = place({"accept": ["مقر المجلس", "Manbij Military Council headquarters"]}, MANBIJ)
MANBIJ_NEIGHBOURHOODS = place({"accept": ["أحياء المدينة", "neighbourhoods of Manbij"]}, MANBIJ)
CIVIL_COUNCIL_BUILDING = place({"accept": ["مبنى المجلس المدني", "Manbij Civil Council building"]}, MANBIJ)
ARIMA = {"accept": ["محيط بلدة العريمة", "العريمة", "بلدة العريمة", "al-Arima", "Arima", "al-Arimah",
                   "غربي منبج"]}
MANBIJ_HOSPITAL_PLACE = place({"accept": ["مشفى منبج الوطني", "Manbij National Hospital"]}, MANBIJ)
MANBIJ_CENTRE = place({"accept": ["مركز المدينة وأسواقها", "مركز المدينة", "Manbij city centre"]}, MANBIJ)
TISHREEN_DAM = {"accept": ["سد تشرين", "Tishreen Dam", "Tishrin Dam", "جنوبي منبج"]}

# ============================================================ 453: al-Fuhud (Dhi Qar), 2020
DQ_POLICE = {"en": ["Dhi Qar Police Command", "Dhi Qar police", "Police Forces of Iraq", "Iraqi police"],
             "ar": ["قيادة شرطة محافظة ذي قار", "قيادة شرطة ذي قار", "فوج طوارئ ذي قار الثاني",
                    "قيادة الشرطة", "مصدر في قيادة الشرطة"]}
FUHUD_RESIDENTS = {"en": ["residents of al-Fuhud", "residents"], "ar": ["الأهالي"]}
TWO_CLANS = {"en": ["two clans of al-Fuhud", "clansmen", "tribal gunmen", "two tribes"],
             "ar": ["عشيرتين من عشائر الناحية", "عشيرتين", "الطرفين", "مزارعين من الطرفين"]}
DQ_POLICE_CHIEF = {"en": ["Dhi Qar police chief", "Dhi Qar Police Command", "Iraqi police"],
                   "ar": ["قائد شرطة ذي قار"]}
FEUD_PARTICIPANTS = {"en": ["participants in the feud", "those who took part or incited"],
                     "ar": ["«كل من شارك في النزاع أو حرّض عليه»", "كل من شارك في النزاع"]}
ELEVEN_SUSPECTS = merge({"en": ["eleven suspects", "suspects from both clans"],
                         "ar": ["أحد عشر متهماً من الطرفين", "أحد عشر متهماً"]}, TWO_CLANS)
SHEIKHS = {"en": ["tribal sheikhs of Dhi Qar", "mediating sheikhs", "tribal elders"],
           "ar": ["شيوخ عشائر المحافظة", "عدد من شيوخ عشائر المحافظة", "شيوخ العشائر", "الشيوخ",
                  "أحد الشيوخ الوسطاء"]}
CLAN_NOTABLES = {"en": ["notables of the two clans", "the two clans"],
                 "ar": ["وجهاء الطرفين", "الطرفان", "الطرفين"]}
SHEIKHS_CLANS = merge(SHEIKHS, CLAN_NOTABLES)
BEREAVED_CLAN = {"en": ["notable of the bereaved clan", "the bereaved clan"],
                 "ar": ["أحد وجهاء العشيرة التي فقدت اثنين من أبنائها", "وجهاء العشيرة"]}
OTHER_CLAN = {"en": ["representatives of the other clan", "the other clan"],
              "ar": ["ممثلو العشيرة الأخرى", "العشيرة الأخرى"]}
MAYSAN_GUNMEN = {"en": ["gunmen of allied clans from Maysan", "Maysan tribesmen"],
                 "ar": ["مسلحين من عشائر حليفة في محافظة ميسان", "عشائر حليفة في محافظة ميسان"]}
DQ_MP = {"en": ["Dhi Qar member of parliament", "Iraqi MP", "Council of Representatives member"],
         "ar": ["نائب عن المحافظة في مجلس النواب"]}
IQ_FEDERAL_GOV = {"en": ["Iraqi federal government", "Government of Iraq"], "ar": ["الحكومة الاتحادية"]}
IQ_INTERIOR = {"en": ["Iraqi Ministry of Interior", "Interior Ministry"], "ar": ["وزارة الداخلية"]}
IQ_INTERIOR_MINISTER = {"en": ["Iraqi Interior Minister", "Iraqi Ministry of Interior"],
                        "ar": ["وزير الداخلية", "الوزير"]}
FUHUD_STATION_CHIEF = {"en": ["director of al-Fuhud police station", "al-Fuhud police chief"],
                       "ar": ["مدير مركز شرطة الفهود"]}
IRCS = {"en": ["Iraqi Red Crescent Society", "Iraqi Red Crescent"],
        "ar": ["جمعية الهلال الأحمر العراقي", "الهلال الأحمر العراقي"]}
SIXTY_FAMILIES = {"en": ["about sixty displaced families", "families"],
                  "ar": ["نحو ستين عائلة", "ستين عائلة"]}
WATER_COMMITTEE = merge({"en": ["Water Resources Directorate committee",
                                "Dhi Qar Water Resources Directorate"],
                         "ar": ["لجنة من مديرية الموارد المائية", "مديرية الموارد المائية"]}, CLAN_NOTABLES)
DQ_GOVERNOR = {"en": ["Governor of Dhi Qar", "Dhi Qar governor"], "ar": ["محافظ ذي قار"]}

# ====================================================== places: 453
DHI_QAR = {"accept": ["محافظة ذي قار", "ذي قار", "Dhi Qar", "Thi Qar", "Dhi Qar Governorate"]}
SUQ = place({"accept": ["قضاء سوق الشيوخ", "سوق الشيوخ", "Suq al-Shuyukh", "Souq al-Shuyoukh",
                        "Suq ash-Shuyukh"]}, DHI_QAR)
FUHUD = place({"accept": ["ناحية الفهود", "الفهود", "al-Fuhud", "Fuhud", "al-Fuhood", "Al Fuhud"]}, SUQ)
FUHUD_VILLAGES = place({"accept": ["القرى الواقعة على ضفاف الفرات جنوبي الناحية",
                                   "villages south of al-Fuhud"]}, FUHUD)
FUHUD_STATION = place({"accept": ["مركز شرطة الفهود", "al-Fuhud police station"]}, FUHUD)
SUQ_DIWAN = place({"accept": ["ديوان أحد شيوخ قضاء سوق الشيوخ", "guest house of a sheikh in Suq al-Shuyukh"]},
                  SUQ)
QAIMMAQAMIYA = place({"accept": ["مبنى القائمقامية", "Suq al-Shuyukh district building"]}, SUQ)
SHATRA = {"accept": ["قضاء الشطرة", "الشطرة", "al-Shatra", "Shatra", "ash-Shatrah", "Shatrah"]}

# ============================================================ 454: Sabratha and Surman (western Libya), 2017
PRISON_GUNMEN = {"en": ["armed group", "gunmen", "attackers", "smuggling networks"],
                 "ar": ["مجموعة مسلحة", "المهاجمين", "المجموعة المسلحة", "المجموعة المهاجمة",
                        "قادة المجموعة المهاجمة"]}
PRISON_GUARDS = {"en": ["Judicial Police guards", "Judicial Police", "prison guards",
                        "Police Forces of Libya"],
                 "ar": ["اثنان من أفراد الشرطة القضائية", "أفراد الشرطة القضائية", "حرس المؤسسة",
                        "الحارسين", "الحراس"]}
CIVILIAN_GUNMEN = {"en": ["gunmen in civilian clothes", "unidentified gunmen"],
                   "ar": ["مسلحون يرتدون زياً مدنياً"]}
JOURNALISTS = {"en": ["journalists", "the press"], "ar": ["الصحفيين"]}
LY_MOJ = {"en": ["Libyan Ministry of Justice", "Ministry of Justice of the Government of National Accord",
                 "Government of National Accord", "GNA"],
          "ar": ["وزارة العدل بحكومة الوفاق الوطني", "وزارة العدل"]}
SMUGGLING_NETWORKS = {"en": ["fuel and human smuggling networks", "smuggling networks", "smugglers"],
                      "ar": ["«شبكات تهريب الوقود والبشر»", "شبكات تهريب الوقود والبشر"]}
SABRATHA_SECURITY = {"en": ["Sabratha Security Directorate", "Police Forces of Libya", "Libyan police"],
                     "ar": ["مديرية أمن صبراتة", "مديرية الأمن", "الأجهزة الأمنية"]}
SURMAN_SECURITY = {"en": ["Surman Security Directorate", "Police Forces of Libya", "Libyan police"],
                   "ar": ["قوة من مديرية أمن صرمان", "مديرية أمن صرمان"]}
JOINT_SECURITY = merge(SABRATHA_SECURITY, SURMAN_SECURITY)
EIGHTEEN_FUGITIVES = {"en": ["eighteen escaped inmates", "escaped prisoners", "fugitives"],
                      "ar": ["ثمانية عشر من الفارين", "الفارين"]}
FUGITIVE_FAMILIES = {"en": ["families of escaped inmates"], "ar": ["ذوو سبعة آخرين"]}
LY_JUSTICE_MINISTER = {"en": ["Libyan Minister of Justice", "Minister of Justice",
                              "Government of National Accord"],
                       "ar": ["وزير العدل"]}
PRISON_DIRECTOR = {"en": ["director of the prison and his deputy", "prison director"],
                   "ar": ["مدير المؤسسة ونائبه", "مدير المؤسسة"]}
JP_PROTESTERS = {"en": ["Judicial Police staff", "prison guards", "Judicial Police"],
                 "ar": ["العشرات من أفراد الشرطة القضائية", "أفراد الشرطة القضائية"]}
GNA = {"en": ["Government of National Accord", "GNA", "Libyan government"], "ar": ["الحكومة"]}
SABRATHA_NOTABLES = {"en": ["notables of Sabratha", "city elders"], "ar": ["أعيان من المدينة"]}
SABRATHA_MAYOR = {"en": ["Mayor of Sabratha", "Sabratha municipal council"],
                  "ar": ["عميد بلدية صبراتة", "أعضاء المجلس"]}
SABRATHA_ELDERS = {"en": ["elders and notables of Sabratha", "city elders"],
                   "ar": ["حكماء المدينة وأعيانها", "حكماء المدينة"]}
MAYOR_ELDERS = merge(SABRATHA_MAYOR, SABRATHA_ELDERS)
PC_DELEGATION = {"en": ["Presidential Council delegation", "Presidential Council",
                        "Government of National Accord"],
                 "ar": ["وفد من المجلس الرئاسي", "المجلس الرئاسي"]}
FIVE_DETAINEES = {"en": ["the five detainees", "smuggling suspects"], "ar": ["الموقوفين الخمسة"]}
SMUGGLING_LEADER = {"en": ["leader of a migrant-smuggling network"], "ar": ["قيادي في شبكة لتهريب المهاجرين"]}
AJAYLAT_GUNMEN = {"en": ["gunmen", "unidentified gunmen"], "ar": ["مسلحون"]}
AJAYLAT_POLICE = {"en": ["al-Ajaylat police station", "Police Forces of Libya", "Libyan police"],
                  "ar": ["مركز شرطة العجيلات"]}

# ====================================================== places: 454
SABRATHA = {"accept": ["صبراتة", "مدينة صبراتة", "Sabratha", "Sabrata", "Sabratah"]}
SABRATHA_PRISON = place({"accept": ["مؤسسة الإصلاح والتأهيل في مدينة صبراتة", "مؤسسة الإصلاح والتأهيل",
                                    "سجن صبراتة", "Sabratha prison", "Sabratha rehabilitation institution"]},
                        SABRATHA)
PRISON_HQ = place({"accept": ["مقر المؤسسة"]}, SABRATHA_PRISON)
SABRATHA_HOSPITAL = place({"accept": ["مستشفى صبراتة التعليمي", "Sabratha Teaching Hospital"]}, SABRATHA)
COASTAL_ROAD = place({"accept": ["الطريق الساحلي بين صبراتة وزوارة", "الطريق الساحلي", "Sabratha–Zuwara road",
                                 "coastal road", "زوارة", "Zuwara"]}, SABRATHA)
FARMS_TO_SURMAN = place({"accept": ["مزارع وبيوت مهجورة تقع بين صبراتة وصرمان", "صرمان", "Surman", "Sorman"]},
                        SABRATHA)
FARMS_SOUTH = place({"accept": ["مزارع جنوب المدينة", "farms south of Sabratha"]}, SABRATHA)
MUNICIPAL_COUNCIL = place({"accept": ["مقر المجلس البلدي", "Sabratha municipal council"]}, SABRATHA)
AJAYLAT = {"accept": ["مركز شرطة العجيلات", "العجيلات", "al-Ajaylat", "Ajaylat", "Al Ajaylat"]}

# ============================================================ 455: Khan Younis and Rafah (Gaza Strip), 2019
IL_AUTHORITIES = {"en": ["Israeli authorities", "Israel", "Government of Israel", "COGAT"],
                  "ar": ["السلطات الإسرائيلية", "الاحتلال"]}
SOUTH_FISHERMEN = {"en": ["fishermen of Khan Younis and Rafah", "Palestinian fishermen", "fishermen"],
                   "ar": ["صيادو خان يونس ورفح", "الصيادين"]}
KY_FISHERMEN = {"en": ["fishermen", "protesting fishermen", "Palestinian fishermen"],
                "ar": ["عشرات الصيادين", "الصيادين"]}
INTL_INSTITUTIONS = {"en": ["international institutions", "international organisations"],
                     "ar": ["المؤسسات الدولية"]}
IL_NAVY = {"en": ["Israeli navy", "Israel Defense Forces", "Military Forces of Israel", "IDF", "Israel"],
           "ar": ["بحرية الاحتلال", "زوارق حربية إسرائيلية", "الزوارق الإسرائيلية", "البحرية الإسرائيلية",
                  "الزوارق", "جيش الاحتلال"]}
THREE_BROTHERS = {"en": ["three fishermen brothers", "three fishermen"],
                  "ar": ["ثلاثة صيادين أشقاء", "الأشقاء الثلاثة"]}
KY_VICTIMS = {"en": ["fisherman", "Palestinian fishermen", "fishermen of Khan Younis"],
              "ar": ["صياد في الثالثة والعشرين من عمره", "الشهيد", "صياد"]}
IDF_SPOKESMAN = {"en": ["Israeli army spokesman", "Israel Defense Forces", "IDF"],
                 "ar": ["متحدث باسم جيش الاحتلال", "جيش الاحتلال"]}
HAMAS = {"en": ["Hamas", "Islamic Resistance Movement"], "ar": ["حركة «حماس»", "«حماس»", "حماس"]}
GAZA_FISHERMEN = {"en": ["Gaza fishermen", "Palestinian fishermen"], "ar": ["الصيادين"]}
JOINT_ROOM = {"en": ["Joint Room of the Palestinian Resistance Factions", "Palestinian armed factions"],
              "ar": ["«الغرفة المشتركة لفصائل المقاومة»", "الغرفة المشتركة لفصائل المقاومة"]}
OCCUPATION = {"en": ["Israel", "Israeli occupation", "Government of Israel"], "ar": ["الاحتلال"]}
EGYPT_DELEGATION = {"en": ["Egyptian security delegation", "Egypt", "Egyptian intelligence"],
                    "ar": ["وفد أمني مصري"]}
HAMAS_LEADERS = merge({"en": ["Hamas leadership"], "ar": ["قيادة حركة «حماس»"]}, HAMAS)
EGYPT_HAMAS = merge(EGYPT_DELEGATION, HAMAS_LEADERS)
ISRAEL_SIDE = {"en": ["Israel", "Government of Israel"], "ar": ["الجانبين المصري أو الإسرائيلي"]}
UNDERSTANDINGS = merge(EGYPT_HAMAS, ISRAEL_SIDE)
ICRC = {"en": ["International Committee of the Red Cross", "ICRC", "Red Cross"],
        "ar": ["اللجنة الدولية للصليب الأحمر"]}
FORTY_FISHERMEN = {"en": ["forty fishermen of Khan Younis and Rafah", "fishermen"],
                   "ar": ["أربعين صياداً من خان يونس ورفح", "أربعين صياداً"]}
MIDDLE_AREA_FISHERMEN = {"en": ["fishermen of the Middle Area"], "ar": ["صيادي المحافظة الوسطى"]}
MARCH_COMMITTEE = {"en": ["National Authority of the Great March of Return and Breaking the Siege",
                          "Great March of Return committee"],
                   "ar": ["«الهيئة الوطنية لمسيرات العودة وكسر الحصار»",
                          "الهيئة الوطنية لمسيرات العودة وكسر الحصار"]}
BOAT_OWNERS = {"en": ["boat owners"], "ar": ["أصحاب المراكب"]}
BL_FISHERMAN = {"en": ["fisherman", "Palestinian fisherman"], "ar": ["صياد"]}
PA_AGRICULTURE = {"en": ["Palestinian Ministry of Agriculture", "Palestinian Authority"],
                  "ar": ["وزارة الزراعة في رام الله", "وزارة الزراعة"]}
INTL_COMMUNITY = {"en": ["international community"], "ar": ["المجتمع الدولي"]}

# ====================================================== places: 455
GAZA_STRIP = {"accept": ["قطاع غزة", "Gaza Strip", "Gaza"]}
KHAN_YOUNIS = place({"accept": ["خان يونس", "Khan Younis", "Khan Yunis", "Khan Yunes"]}, GAZA_STRIP)
SOUTH_SEA = place({"accept": ["سواحل جنوب قطاع غزة", "بحر خان يونس ورفح", "off southern Gaza"]}, KHAN_YOUNIS,
                  {"accept": ["رفح", "Rafah"]})
KY_PORT = place({"accept": ["رصيف ميناء خان يونس", "ميناء خان يونس", "Khan Younis port"]}, KHAN_YOUNIS)
RAFAH_SEA = place({"accept": ["قبالة شاطئ رفح", "شاطئ رفح", "رفح", "Rafah", "off Rafah"]}, GAZA_STRIP)
KY_SEA = place({"accept": ["على بعد نحو خمسة أميال من شاطئ خان يونس", "شاطئ خان يونس", "off Khan Younis"]},
               KHAN_YOUNIS)
GAZA_CITY = place({"accept": ["غرب المدينة", "مدينة غزة", "غزة", "Gaza City"]}, GAZA_STRIP)
KY_RAFAH = place(KHAN_YOUNIS, {"accept": ["رفح", "Rafah"]})
MIDDLE_AREA = place({"accept": ["المحافظة الوسطى", "Middle Area", "Deir al-Balah governorate"]}, GAZA_STRIP)
EREZ = place({"accept": ["حاجز بيت حانون", "بيت حانون", "Erez crossing", "Beit Hanoun crossing",
                         "Beit Hanoun"]}, GAZA_STRIP)
ASHDOD = {"accept": ["أسدود", "ميناء أسدود", "Ashdod", "Ashdod port"]}
GAZA_PORT = place({"accept": ["ميناء غزة", "Gaza port"]}, GAZA_CITY)
BEIT_LAHIA = {"accept": ["قبالة شاطئ بلدة بيت لاهيا", "بيت لاهيا", "Beit Lahia", "Beit Lahiya",
                         "شمال القطاع"]}
