"""Accepted actor names and place names for the forty-eighth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not copied
from the earlier sets' lists (the style is the same as the template set 18: Arabic surface forms as they occur in the
articles, common variants, and English names). Syrian towns were checked against the GeoNames lists in
../shared/data/geonames/ (Latakia, al-Haffah, Jablah; ar-Raqqah, al-Mansurah, as-Sabkhah; the Latakia and ar-Raqqah
governorates). Neighbourhoods absent from those lists (al-Slaibeh, al-Raml al-Filastini, al-Qnainis, the al-Naim
roundabout, Tabqa's second quarter) carry their usual spellings. Algeria, Sudan and Somalia are not covered by those
lists: Ghardaia, Khartoum, Bay and their places carry their usual Arabic and English spellings.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الأمن», «القوات», «العناصر», «الجيش») are left out on purpose, with these
exceptions, each used only in an article where it names a single actor: «التنظيم» (237, only ever ISIS), «الكتائب»
(237, only ever the rebels), «السلطات» (236 Syria's, 238 Algeria's, 239 Sudan's), «الحركة» and «الشباب» (240, only
ever al-Shabaab), «البعثة» (239, only ever UNITAMS).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ================================================================ actors: shared
CIVILIANS = {"en": ["civilians", "civilian", "residents", "locals", "people", "citizens"],
             "ar": ["مدنيين", "المدنيين", "مدنيون", "مدني", "المواطنين", "مواطنين", "الأهالي", "السكان"]}
UNKNOWN = {"en": ["unknown assailants", "unidentified persons", "unknown persons", "unknown gunmen"],
           "ar": ["مجهولون", "مجهولين"]}

# ================================================================ 236: Latakia, September 2011 (pan-Arab daily)
SY_SEC = {"en": ["Syrian security forces", "security forces", "Syrian government forces", "Military Security",
                 "plainclothes security men", "Syrian regime"],
          "ar": ["قوات الأمن السورية", "قوات الأمن", "عناصر بلباس مدني", "قوات من الأمن العسكري", "الأمن العسكري",
                 "عناصر الأمن", "عناصر أمن"]}
SLAIBEH_PROTESTERS = merge({"en": ["protesters", "demonstrators", "two young men", "participants"],
                            "ar": ["شابان", "المشاركين", "المتظاهرين", "القتيلين"]}, CIVILIANS)
SLAIBEH_MARCH = {"en": ["protesters", "demonstrators", "worshippers"],
                 "ar": ["المشاركين", "المتظاهرين", "تظاهرة انطلقت من أحد جوامع حي الصليبة"]}
SY_ARMED_GROUP = {"en": ["armed group", "terrorist group", "gunmen"],
                  "ar": ["«مجموعة إرهابية مسلحة»", "مجموعة إرهابية مسلحة", "أفراد المجموعة"]}
LTK_POLICE = {"en": ["police", "law enforcement", "public order forces", "a policeman"],
              "ar": ["عناصر حفظ النظام", "شرطي"]}
RAML_YOUTHS = merge({"en": ["young men", "about forty young men", "Palestinian refugees", "Raml residents"],
                     "ar": ["نحو أربعين شاباً", "شاباً", "لاجئون فلسطينيون", "سكان الحي"]}, CIVILIANS)
RAML_RESIDENTS = merge({"en": ["Raml residents", "residents of the neighbourhood", "Palestinian refugees"],
                        "ar": ["الحي", "سكان الحي"]}, CIVILIANS)
UNRWA = {"en": ["UNRWA", "UN Relief and Works Agency", "UN agency for Palestinian refugees"],
         "ar": ["وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين", "«أونروا»", "أونروا"]}
SY_AUTH = {"en": ["Syrian authorities", "Syrian government", "Syrian regime", "Damascus"],
           "ar": ["السلطات السورية", "السلطات"]}
QNAINIS_PROTESTERS = merge({"en": ["protesters", "demonstrators", "participants", "about two hundred people"],
                            "ar": ["نحو مئتي شخص", "المشاركين", "عدد من المشاركين", "ثلاثة منهم"]}, CIVILIANS)
SHABIHA = {"en": ["shabiha", "pro-government militiamen", "regime thugs", "pro-Assad militia"],
           "ar": ["«الشبيحة»", "الشبيحة", "عشرات من «الشبيحة»"]}
POLITICAL_SECURITY = {"en": ["Political Security", "Political Security Directorate", "Political Security patrol"],
                      "ar": ["فرع الأمن السياسي", "دورية تابعة لفرع الأمن السياسي"]}
LTK_GOVERNOR = {"en": ["Latakia governor", "Governor of Latakia", "Latakia governorate"],
                "ar": ["محافظ اللاذقية"]}
LTK_NOTABLES = {"en": ["notables", "delegation of notables", "Slaibeh and Raml notables", "community leaders"],
                "ar": ["وفداً من وجهاء الصليبة والرمل الفلسطيني", "وجهاء الصليبة والرمل الفلسطيني", "وجهاء"]}
LTK_DETAINEES = {"en": ["detainees", "prisoners"], "ar": ["كل من لم تتلطخ يداه بالدماء"]}
DEFECTORS_SEC = {"en": ["defecting soldiers", "defectors", "soldiers", "Syrian security forces"],
                 "ar": ["عدد من الجنود", "الجنود", "عناصر الأمن"]}
SY_SEC_SOURCE = {"en": ["Syrian security source", "security source", "Syrian security services", "Syrian authorities"],
                 "ar": ["مصدر أمني", "الجهات المختصة"]}
SY_WANTED = {"en": ["wanted persons", "gunmen", "armed men"],
             "ar": ["المطلوبين", "كل من حمل السلاح"]}
SNIPER = {"en": ["sniper", "a sniper"], "ar": ["قنّاص"]}
JABLEH_VICTIM = merge({"en": ["young man", "a man in his thirties"],
                       "ar": ["شاب في الثلاثين من عمره", "شاب"]}, CIVILIANS)
FRANCE = {"en": ["French Foreign Ministry", "France", "French foreign ministry", "Quai d'Orsay"],
          "ar": ["وزارة الخارجية الفرنسية", "الخارجية الفرنسية", "فرنسا"]}
UNSC = {"en": ["UN Security Council", "Security Council", "United Nations Security Council"],
        "ar": ["مجلس الأمن الدولي", "مجلس الأمن"]}
ARAB_FMS = {"en": ["Arab foreign ministers", "Arab League", "Arab League foreign ministers"],
            "ar": ["وزراء الخارجية العرب"]}
SLAIBEH_SHOPS = {"en": ["shopkeepers", "shop owners", "merchants", "traders"],
                 "ar": ["معظم أصحاب المحالّ التجارية", "أصحاب المحالّ التجارية"]}
LTK_ACTIVISTS = {"en": ["activists", "Local Coordination Committees"], "ar": ["ناشطون", "ناشطين"]}

SLAIBEH = {"accept": ["الصليبة", "حي الصليبة", "وسط مدينة اللاذقية", "اللاذقية", "al-Slaibeh", "Slaibeh",
                      "al-Sulaybah", "Sleibeh", "Latakia"]}
RAML = {"accept": ["الرمل الفلسطيني", "حي الرمل الفلسطيني", "الرمل", "al-Raml al-Filastini", "Raml al-Filastini",
                   "Palestinian Raml", "al-Raml", "Latakia"]}
QNAINIS = {"accept": ["القنينص", "حي القنينص", "al-Qnainis", "Qnainis", "al-Quneines", "Latakia"]}
LATAKIA = {"accept": ["اللاذقية", "مبنى المحافظة", "مدينة اللاذقية", "Latakia", "Lattakia", "Al Ladhiqiyah"]}
HAFFA = {"accept": ["الحفة", "بلدة الحفة", "الطريق بين اللاذقية والحفة", "al-Haffah", "Haffa", "Al Haffah"]}
JABLEH = {"accept": ["جبلة", "مدينة جبلة", "Jableh", "Jablah", "Jebleh"]}
CAIRO = {"accept": ["القاهرة", "Cairo"]}

# ================================================================ 237: ar-Raqqa, October 2013 (opposition network)
SY_AIR = {"en": ["Syrian Air Force", "Syrian regime air force", "Assad regime", "Syrian government",
                 "regime warplanes", "regime helicopters"],
          "ar": ["الطيران الحربي التابع لنظام الأسد", "الطيران الحربي", "طيران الأسد", "نظام الأسد", "نظامَ الأسد",
                 "طائرة حربية", "سلاح الجو", "مروحيات النظام"]}
RAQQA_MARKET_VICTIMS = merge({"en": ["six civilians", "market", "a child", "an elderly vegetable seller"],
                              "ar": ["ستة شهداء", "مدنياً", "سوق الهال", "طفل", "بائع خضار مسنّ"]}, CIVILIANS)
ISIS = {"en": ["Islamic State of Iraq and the Levant", "ISIS", "ISIL", "Daesh", "Islamic State of Iraq and al-Sham"],
        "ar": ["تنظيم «الدولة الإسلامية في العراق والشام»", "الدولة الإسلامية في العراق والشام", "«داعش»", "داعش",
               "التنظيم", "مسلحون ملثّمون", "عناصر التنظيم", "عناصره"]}
RAQQA_ACTIVISTS = {"en": ["activists", "protesters", "sit-in participants", "two activists"],
                   "ar": ["عشرات الناشطين والناشطات", "الناشطين", "اثنين من المعتصمين", "المعتصمين", "ناشطَين"]}
RAQQA_ABDUCTED = {"en": ["five activists", "abducted activists", "a doctor and a teacher"],
                  "ar": ["خمسة ناشطين", "طبيب ومدرّس"]}
RAQQA_WOMAN = {"en": ["young woman", "detained activist"], "ar": ["الشابة", "شابة"]}
REBELS = {"en": ["Free Syrian Army", "FSA", "Ahrar al-Sham", "Harakat Ahrar al-Sham al-Islamiyya", "rebels",
                 "opposition fighters"],
          "ar": ["«الجيش الحر»", "الجيش الحر", "كتائب من «الجيش الحر»", "حركة «أحرار الشام الإسلامية»",
                 "أحرار الشام", "الكتائب", "مقاتلو المعارضة", "كتائب المعارضة"]}
SY_ARMY = {"en": ["Syrian army", "regime forces", "Syrian government forces", "17th Division", "Division 17"],
           "ar": ["قوات النظام", "«الفرقة 17»", "الفرقة 17", "عناصره المحاصرين"]}
REBELS_ARMY = merge(REBELS, SY_ARMY)
TABQA_VICTIMS = merge({"en": ["three civilians", "a family", "two houses"],
                       "ar": ["ثلاثة مدنيين من عائلة واحدة", "ثلاثة مدنيين", "منزلين"]}, CIVILIANS)
SARC = {"en": ["Syrian Arab Red Crescent", "SARC", "Raqqa branch of the Syrian Arab Red Crescent", "Red Crescent"],
        "ar": ["فرع الهلال الأحمر العربي السوري في الرقة", "الهلال الأحمر العربي السوري",
               "متطوعو فرع الهلال الأحمر العربي السوري"]}
RAQQA_IDPS = {"en": ["displaced families", "IDPs", "families displaced from Deir ez-Zor and Homs"],
              "ar": ["عائلات نازحة من دير الزور وحمص", "عائلات نازحة"]}
MANSOURA_VICTIM = merge({"en": ["young man"], "ar": ["شاب"]}, CIVILIANS)
RAQQA_RESIDENTS = merge({"en": ["Raqqa residents", "shopkeepers", "protesters"],
                         "ar": ["أصحاب المحالّ", "كل من يشارك في «تجمعات تفرّق صف المسلمين»"]}, CIVILIANS)
SNC = {"en": ["Syrian National Coalition", "National Coalition for Syrian Revolutionary and Opposition Forces",
              "SNC", "Syrian opposition coalition"],
       "ar": ["الائتلاف الوطني السوري لقوى الثورة والمعارضة", "الائتلاف الوطني السوري", "الائتلاف", "وفداً منه"]}
FRIENDS_OF_SYRIA = {"en": ["Friends of Syria", "Friends of the Syrian People"],
                    "ar": ["«أصدقاء الشعب السوري»", "أصدقاء الشعب السوري"]}
RAQQA_COUNCIL = {"en": ["Raqqa local council", "local council", "Raqqa city council"],
                 "ar": ["المجلس المحلي لمدينة الرقة", "أعضاء مجلسها المحلي", "مجلسها المحلي"]}

RAQQA = {"accept": ["الرقة", "مدينة الرقة", "سوق الهال", "Raqqa", "Ar Raqqah", "al-Raqqa"]}
NAIM = {"accept": ["دوار النعيم", "الرقة", "al-Naim roundabout", "Naim roundabout", "Raqqa"]}
RAQQA_GOV_BLDG = {"accept": ["مبنى المحافظة", "وسط المدينة", "الرقة", "Raqqa", "governorate building"]}
DIV17 = {"accept": ["«الفرقة 17»", "مقر «الفرقة 17»", "الفرقة 17", "Division 17", "17th Division", "Raqqa"]}
TABQA = {"accept": ["الطبقة", "مدينة الطبقة", "الحي الثاني", "al-Tabqa", "Tabqa", "Ath Thawrah"]}
MANSOURA = {"accept": ["المنصورة", "بلدة المنصورة", "al-Mansoura", "Mansurah", "Al Mansurah"]}
RAQQA_TALABYAD = {"accept": ["الرقة", "تل أبيض", "Raqqa", "Tal Abyad", "Tell Abyad"]}
RAQQA_NORTH = place({"accept": ["الريف الشمالي", "northern countryside of Raqqa"]}, RAQQA)

# ================================================================ 238: Ghardaia, January 2014 (Algerian daily)
GH_YOUTHS = {"en": ["youths of Theniet El Makhzen and Melika", "rival youths", "young men", "rioters"],
             "ar": ["مجموعات من شبان حيّي ثنية المخزن ومليكة", "شبان حيّي ثنية المخزن ومليكة", "مجموعات من شبان",
                    "الطرفين"]}
DZ_POLICE = {"en": ["Algerian police", "DGSN", "national security", "Ghardaia police", "riot police",
                    "Ghardaia security"],
             "ar": ["أمن ولاية غرداية", "وحدات حفظ النظام", "الشرطة"]}
GH_DETAINEES = {"en": ["17 people", "detainees", "suspects"], "ar": ["17 شخصاً", "الموقوفين"]}
GH_SHOPS = merge({"en": ["shops", "nine shops", "warehouse", "shop owners"],
                  "ar": ["تسعة محلات تجارية", "محلات تجارية", "مستودع لمواد البناء", "أصحاب المحلات"]}, CIVILIANS)
GH_TRADERS = {"en": ["traders", "merchants", "shopkeepers", "affected traders"],
              "ar": ["نحو مئة من التجار المتضررين", "التجار المتضررين", "التجار"]}
GH_WALI = {"en": ["Ghardaia governor", "wali of Ghardaia", "governor of Ghardaia", "Ghardaia wilaya"],
           "ar": ["والي غرداية", "الوالي"]}
GH_NOTABLES = {"en": ["notables", "Ammi Said council", "Maliki notables", "Ibadi notables", "community elders"],
               "ar": ["أعيان مجلس «عمّي سعيد»", "مجلس «عمّي سعيد»", "أعيان المالكية", "ممثلين عن أعيان المالكية",
                      "الحاضرون"]}
DZ_REINF = {"en": ["Algerian police and gendarmerie reinforcements", "National Gendarmerie", "gendarmerie",
                   "DGSN intervention units", "Algerian security forces"],
            "ar": ["وحدات التدخل التابعة للأمن الوطني والدرك الوطني", "الأمن الوطني والدرك الوطني", "الدرك الوطني"]}
DZ_INT_MIN = {"en": ["Algerian Interior Minister", "Interior Minister", "Minister of the Interior and Local Authorities"],
              "ar": ["وزير الداخلية والجماعات المحلية", "وزير الداخلية"]}
LADDH = {"en": ["Algerian League for the Defence of Human Rights", "LADDH", "Algerian human rights league"],
         "ar": ["الرابطة الجزائرية للدفاع عن حقوق الإنسان", "الرابطة"]}
DZ_AUTH = {"en": ["Algerian authorities", "public authorities", "Algerian government"],
           "ar": ["السلطات العمومية", "السلطات"]}
MASKED = {"en": ["masked men", "masked assailants"], "ar": ["ملثمين"]}
BERRIANE_HOUSE = merge({"en": ["a house", "house"], "ar": ["منزلاً"]}, CIVILIANS)
GUERRARA_TRADER = merge({"en": ["trader", "shopkeeper", "a trader in his sixties"],
                         "ar": ["تاجر في الستين من عمره", "تاجر"]}, CIVILIANS)
GH_COURT = {"en": ["Ghardaia misdemeanour court", "court", "Ghardaia court", "Algerian judiciary"],
            "ar": ["محكمة الجنح بغرداية", "محكمة الجنح"]}
GH_CONVICTS = {"en": ["five young men", "eight young men", "defendants"], "ar": ["خمسة شبان", "ثلاثة آخرين"]}
GH_POLICE_CHIEF = {"en": ["Ghardaia police chief", "head of Ghardaia security", "Algerian police"],
                   "ar": ["رئيس أمن ولاية غرداية"]}
GH_RIOTERS = {"en": ["rioters", "arsonists"], "ar": ["كل من تثبت مشاركته في أعمال الحرق والتخريب"]}
BERRIANE_YOUTHS = {"en": ["youths of both communities", "young men"], "ar": ["شبان من الطرفين"]}
BERRIANE_NOTABLES = {"en": ["notables", "community elders"], "ar": ["الأعيان"]}

GHARDAIA_TM = {"accept": ["ثنية المخزن", "مليكة", "غرداية", "مدينة غرداية", "Theniet El Makhzen", "Melika",
                          "Ghardaia", "Ghardaïa"]}
GHARDAIA = {"accept": ["غرداية", "بغرداية", "مدينة غرداية", "وسط المدينة", "السوق القديمة", "مقر الولاية",
                       "Ghardaia", "Ghardaïa"]}
BERRIANE = {"accept": ["بريان", "بلدة بريان", "مدينة بريان", "Berriane"]}
GUERRARA = {"accept": ["القرارة", "مدينة القرارة", "Guerrara", "El Guerrara"]}

# ================================================================ 239: Khartoum, February 2022 (Sudanese e-paper)
SD_SEC = {"en": ["Sudanese security forces", "Sudanese police", "security forces", "coup forces",
                 "military authorities", "Sudanese military intelligence"],
          "ar": ["قوات الانقلاب", "قوات الشرطة والأمن", "قوة مشتركة من الشرطة والاستخبارات العسكرية", "قوات نظامية",
                 "السلطات"]}
SD_COUP = {"en": ["coup authorities", "military junta", "Sudanese military authorities", "Sudanese military"],
           "ar": ["«سلطة الانقلاب»", "سلطة الانقلاب"]}
BAHRI_PROTESTER = merge({"en": ["protester", "a 19-year-old protester", "martyr"],
                         "ar": ["متظاهر في التاسعة عشرة من عمره", "متظاهر", "الشهيد"]}, CIVILIANS)
KRT_PROTESTERS = merge({"en": ["protesters", "demonstrators", "marchers", "revolutionaries"],
                        "ar": ["آلاف المتظاهرين", "المتظاهرين", "موكب", "الثوار"]}, CIVILIANS)
OMD_DETAINEES = {"en": ["23 protesters", "protesters", "minors"], "ar": ["23 متظاهراً", "ثلاثة قُصّر"]}
MEDANI_PROTESTER = merge({"en": ["protester"], "ar": ["متظاهر"]}, CIVILIANS)
SD_POLICE = {"en": ["Sudanese police", "police"], "ar": ["الشرطة", "منسوبيها"]}
SD_RIOTERS = {"en": ["rioters", "infiltrators", "protesters"], "ar": ["«متفلتين»", "متفلتين"]}
FFC = {"en": ["Forces of Freedom and Change", "FFC", "FFC Central Council", "Freedom and Change"],
       "ar": ["قوى الحرية والتغيير (المجلس المركزي)", "قوى الحرية والتغيير", "الحرية والتغيير"]}
INTL = {"en": ["international community"], "ar": ["المجتمع الدولي"]}
UNITAMS = {"en": ["UNITAMS", "UN Integrated Transition Assistance Mission in Sudan", "head of UNITAMS",
                  "United Nations"],
           "ar": ["بعثة الأمم المتحدة المتكاملة لدعم الانتقال في السودان", "«يونيتامس»", "يونيتامس", "البعثة",
                  "رئيس بعثة الأمم المتحدة المتكاملة لدعم الانتقال في السودان"]}
SPA = {"en": ["Sudanese Professionals Association", "SPA"],
       "ar": ["تجمع المهنيين السودانيين", "وفداً من تجمع المهنيين السودانيين"]}
RCS = {"en": ["Khartoum resistance committees", "resistance committees", "Resistance Committees coordinations"],
       "ar": ["تنسيقيات لجان المقاومة بولاية الخرطوم", "تنسيقيات لجان المقاومة", "لجان المقاومة"]}
SD_POLICE_CHIEF = {"en": ["Sudanese police director-general", "police chief", "Sudanese police"],
                   "ar": ["مدير عام قوات الشرطة"]}
SD_ROAD_BLOCKERS = {"en": ["protesters", "road blockers"],
                    "ar": ["كل من يغلق الطرق أو يعتدي على المرافق العامة", "كل من يغلق الطرق"]}
BAHRI_WOUNDED = {"en": ["wounded protesters", "wounded"], "ar": ["جرحى"]}

BAHRI = {"accept": ["الخرطوم بحري", "مدينة الخرطوم بحري", "بحري", "موقف المؤسسة", "Khartoum North", "Bahri",
                    "Khartoum Bahri"]}
KHARTOUM = {"accept": ["مدن العاصمة الثلاث", "الخرطوم", "العاصمة", "Khartoum"]}
PALACE_ST = {"accept": ["شارع القصر", "القصر الجمهوري", "وسط الخرطوم", "الخرطوم", "Khartoum", "Republican Palace",
                        "al-Qasr Street"]}
KRT_BRIDGES = {"accept": ["الجسور الرابطة بين مدن العاصمة الثلاث", "مدن العاصمة الثلاث", "Khartoum bridges",
                          "Khartoum"]}
OMDURMAN = {"accept": ["أم درمان", "ود نوباوي", "بيت المال", "العباسية", "Omdurman", "Wad Nubawi"]}
WAD_MADANI = {"accept": ["ود مدني", "مدينة ود مدني", "ولاية الجزيرة", "Wad Madani", "Wad Medani", "Gezira"]}
BAHRI_HOSP = {"accept": ["مستشفى بحري التعليمي", "بحري", "Bahri Teaching Hospital", "Khartoum North", "Bahri"]}

# ================================================================ 240: Bay, Baidoa and Jilib, July 2019 (Somali site)
SHABAAB = {"en": ["al-Shabaab", "Harakat al-Shabaab al-Mujahideen", "Shabaab", "al-Shabab"],
           "ar": ["حركة الشباب", "«الشباب»", "مقاتلو حركة الشباب", "مقاتلي الحركة", "المهاجمين", "الحركة"]}
SO_ARMY = {"en": ["Somali National Army", "SNA", "Somali army", "Somali soldiers"],
           "ar": ["الجيش الوطني الصومالي", "أربعة جنود", "الجنود", "قاعدة عسكرية"]}
SHABAAB_SNA = merge(SHABAAB, SO_ARMY)
AMISOM_ETH = {"en": ["AMISOM", "African Union Mission in Somalia", "Ethiopian troops", "Ethiopian AMISOM forces",
                     "Ethiopian forces"],
              "ar": ["قوات إثيوبية عاملة ضمن بعثة الاتحاد الأفريقي «أميصوم»", "بعثة الاتحاد الأفريقي", "«أميصوم»",
                     "أميصوم", "القوات الإثيوبية", "قوات إثيوبية"]}
SW_SEC = {"en": ["South West State security forces", "South West State police", "Somali security forces"],
          "ar": ["قوات الأمن التابعة لإدارة الولاية", "شرطة الولاية"]}
BAIDOA_SUSPECTS = {"en": ["sixteen suspects", "suspects", "sixteen people"], "ar": ["ستة عشر شخصاً", "المعتقلين"]}
BAIDOA_IDPS = merge({"en": ["IDPs", "displaced people", "internally displaced persons", "hundreds of IDPs"],
                     "ar": ["مئات النازحين", "النازحين"]}, CIVILIANS)
SW_ADMIN = {"en": ["South West State administration", "South West State", "South West State president",
                   "South West State government"],
            "ar": ["إدارة الولاية", "رئيس ولاية جنوب غرب الصومال", "ولاية جنوب غرب الصومال", "الإدارة"]}
LANDOWNERS = {"en": ["landowners"], "ar": ["ملاك الأراضي"]}
AFRICOM = {"en": ["AFRICOM", "US Africa Command", "United States", "US military"],
           "ar": ["القيادة الأمريكية في أفريقيا", "«أفريكوم»", "أفريكوم"]}
SO_FGS = {"en": ["Federal Government of Somalia", "Somali government", "Somali federal government"],
          "ar": ["الحكومة الفيدرالية الصومالية"]}
AFRICOM_FGS = merge(AFRICOM, SO_FGS)
JILIB_VICTIMS = merge({"en": ["al-Shabaab militants", "herders", "three militants"],
                       "ar": ["ثلاثة من مسلحي «الشباب»", "كوخاً لرعاة", "رعاة"]}, SHABAAB)
BAY_ELDERS = {"en": ["Bay clan elders", "clan elders", "traditional elders", "delegation of elders"],
              "ar": ["وفداً من شيوخ عشائر إقليم باي", "شيوخ عشائر إقليم باي", "الجانبان"]}
DINSOOR_GUNMEN = merge({"en": ["gunmen", "suspected al-Shabaab gunmen"],
                        "ar": ["مسلحون يُعتقد أنهم ينتمون إلى «الشباب»", "مسلحون"]}, SHABAAB)
DINSOOR_VICTIM = merge({"en": ["clan elder", "prominent clan leader"],
                        "ar": ["زعيماً عشائرياً بارزاً", "زعيماً عشائرياً"]}, CIVILIANS)
TRUCK_DRIVERS = {"en": ["truck drivers", "lorry drivers"],
                 "ar": ["سائقي الشاحنات", "سائقي الشاحنات الذين يدفعون رسوماً لإدارة الولاية"]}
TRC = {"en": ["Turkish Red Crescent", "Kizilay", "Turkey"], "ar": ["الهلال الأحمر التركي"]}
SW_HEALTH = {"en": ["South West State hospitals", "hospitals", "South West State health ministry"],
             "ar": ["مستشفيات الولاية ومراكزها الصحية", "مستشفيات الولاية"]}
ETH_SO_GOV = merge(AMISOM_ETH, {"en": ["Somali government forces"], "ar": ["القوات الإثيوبية والحكومية"]})

BURHAKABA = {"accept": ["بورهكبا", "مدينة بورهكبا", "إقليم باي", "Burhakaba", "Bur Hakaba", "Buurhakaba",
                        "Bay region"]}
BAIDOA = {"accept": ["بيدوا", "مطار بيدوا", "مطار المدينة", "Baidoa", "Baydhabo", "Baidoa airport"]}
JILIB = {"accept": ["جلب", "بلدة جلب", "جوبا الوسطى", "إقليم جوبا الوسطى", "Jilib", "Middle Juba"]}
WAJID = {"accept": ["واجد", "بلدة واجد", "إقليم بكول", "بكول", "Wajid", "Waajid", "Bakool"]}
DINSOOR = {"accept": ["دينسور", "بلدة دينسور", "Dinsoor", "Diinsoor", "Dinsor"]}
