"""Accepted actor names and place names for the thirty-fourth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not copied
from any other set's lists (the style follows the template set ../articles18/: Arabic surface forms as they occur in
the articles, common variants, and English names). Syrian towns were checked against the GeoNames lists in
../shared/data/geonames/ where they have them (Homs, Douma, Harasta, Jisr ash-Shughur, Bdama, al-Janudiyah, Darkush,
az-Ziyarah, Tall Rif'at, Mari', I'zaz, Nubl, Maharda, Kafr Zayta, Murak, Halfaya, as-Suqaylabiyah, Kurnaz). Quarters,
villages, camps and crossings absent from those lists (Bab Hood, al-Hamidiya, al-Warsha, al-Khalidiya, al-Nuzha,
al-Waer, Bab Tadmur, the Wafideen camp, Misraba, Hamouriyah, Jurin, al-Mansoura, Khirbet al-Naqus, Khirbet al-Joz,
Sheikh Issa, Menagh, Bab al-Salama, Harbal, al-Lataminah) carry their usual spellings and, where useful, their town.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الوفد», «اللجنة») are left out on purpose, with these exceptions,
each used only in an article where it names a single actor: «النظام» (166, 167, 168: always the Syrian government
and its forces), «الكتائب» (166: the rebel brigades of old Homs), «الفصائل» (168: Jaysh al-Fatah's factions; 169:
the rebel factions), «الجبهة» (168: only ever al-Nusra), «الوحدات» (169: only ever the YPG).
"""


import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge

# ================================================================ actors: shared
CIVILIANS = {"en": ["civilians", "civilian", "residents", "locals", "people", "citizens"],
             "ar": ["مدنيين", "المدنيين", "مدنيون", "مدني", "المواطنين", "مواطنين", "الأهالي", "السكان"]}
UNKNOWN = {"en": ["unknown gunmen", "unknown assailants", "unidentified gunmen", "unknown persons"],
           "ar": ["مسلحين مجهولين", "مسلحون مجهولون", "مجهولين", "مجهولون"]}
SARC = {"en": ["Syrian Arab Red Crescent", "SARC", "Red Crescent"],
        "ar": ["منظمة الهلال الأحمر العربي السوري", "الهلال الأحمر العربي السوري", "الهلال الأحمر",
               "شاحنات الهلال الأحمر"]}
SNC = {"en": ["Syrian National Coalition", "National Coalition", "SNC", "National Coalition for Syrian Revolutionary and "
              "Opposition Forces"],
       "ar": ["الائتلاف الوطني السوري", "الائتلاف الوطني", "الائتلاف"]}
NDF = {"en": ["National Defence Forces", "National Defense Forces", "NDF"],
       "ar": ["ميليشيا «الدفاع الوطني»", "«الدفاع الوطني»", "الدفاع الوطني"]}

# ================================================================ 166: old Homs (activist network of the besieged quarters)
HOMS_REGIME = {"en": ["Syrian army", "Syrian government forces", "Assad forces", "Syrian regime", "regime forces",
                      "Military Forces of Syria", "Syrian government"],
               "ar": ["قوات الأسد", "النظام", "قوات النظام", "الدبابات المتمركزة على أطراف المدينة القديمة"]}
BAB_HOOD_VICTIMS = merge({"en": ["two young men", "young men", "five wounded"],
                          "ar": ["شابان", "الشابين القتيلين", "خمسة آخرون", "الجرحى الخمسة"]}, CIVILIANS)
HAMIDIYA_PROTESTERS = merge({"en": ["residents of al-Hamidiya", "protesters", "sit-in participants", "dozens of residents"],
                             "ar": ["العشرات من الأهالي", "المعتصمون", "نساء وكبار في السن"]}, CIVILIANS)
UN = {"en": ["United Nations", "UN", "UN office in Damascus"],
      "ar": ["الأمم المتحدة", "مكتب الأمم المتحدة في دمشق", "مندوبين عن الأمم المتحدة"]}
UN_SARC = merge(UN, SARC)
HOMS_NOTABLES = {"en": ["notables of the besieged quarters", "committee of notables", "old Homs notables"],
                 "ar": ["لجنة من وجهاء الأحياء المحاصرة", "وجهاء الأحياء المحاصرة"]}
HOMS_RELIEF = {"en": ["relief body of the besieged quarters", "relief committee", "old Homs relief body"],
               "ar": ["الهيئة الإغاثية في الأحياء المحاصرة", "الهيئة الإغاثية"]}
ALL_PARTIES = {"en": ["all parties", "warring parties", "all sides"], "ar": ["جميع الأطراف"]}
HOMS_MIL_SECURITY = {"en": ["Military Security", "Syrian Military Security", "Military Intelligence",
                            "Homs Military Security branch", "security branches"],
                     "ar": ["فرع الأمن العسكري بحمص", "فرع الأمن العسكري", "الأمن العسكري", "الأفرع الأمنية"]}
HOMS_GOVERNOR = {"en": ["Governor of Homs", "Homs governor", "Syrian government", "Syrian state"],
                 "ar": ["محافظ حمص", "الدولة"]}
HOMS_FSA = {"en": ["Free Syrian Army", "FSA", "rebel brigades", "opposition fighters", "rebels"],
            "ar": ["كتائب الجيش الحر في الأحياء المحاصرة", "كتائب الجيش الحر", "الجيش الحر", "الكتائب"]}
HOMS_GUNMEN_SANA = merge({"en": ["terrorists", "armed groups", "militants"], "ar": ["إرهابيين"]}, HOMS_FSA)
WARSHA_WOMAN = merge({"en": ["a woman", "woman in her fifties"], "ar": ["امرأة في الخمسين من عمرها", "امرأة"]}, CIVILIANS)
NUZHA_VICTIMS = merge({"en": ["a girl", "three citizens"], "ar": ["طفلة", "ثلاثة مواطنين"]}, CIVILIANS)
WAER_YOUTHS = merge({"en": ["three young men", "young men"], "ar": ["ثلاثة شبان", "شبان"]}, CIVILIANS)
KHALIDIYA_YOUTHS = merge({"en": ["dozens of young men", "young men who left al-Khalidiya"],
                          "ar": ["عشرات الشبان", "الشبان الذين خرجوا من حي الخالدية"]}, CIVILIANS)
OLD_HOMS_BESIEGED = merge({"en": ["besieged residents", "the besieged", "old Homs residents"],
                           "ar": ["المحاصرين في حمص القديمة", "المحاصرين", "أحياء حمص القديمة"]}, CIVILIANS)
OCHA = {"en": ["OCHA", "UN OCHA", "United Nations", "UN Office for the Coordination of Humanitarian Affairs"],
        "ar": ["مكتب تنسيق الشؤون الإنسانية", "أوتشا", "الأمم المتحدة"]}
GENEVA_DELEGATIONS = {"en": ["Syrian government delegation", "regime delegation", "Syrian National Coalition",
                             "National Coalition", "opposition delegation"],
                      "ar": ["وفد النظام", "وفد الائتلاف الوطني السوري", "الائتلاف الوطني السوري"]}

BAB_HOOD = {"accept": ["باب هود", "حي باب هود", "باب الدريب", "حي باب الدريب", "حمص القديمة", "حمص", "Bab Hood",
                       "Bab Houd", "Bab Hud", "Bab al-Dreib", "Old Homs", "Homs"]}
HAMIDIYA = {"accept": ["الحميدية", "حي الحميدية", "كنيسة أم الزنار", "حمص", "al-Hamidiya", "Hamidiyah", "Hamidiya",
                       "Old Homs", "Homs"]}
OLD_HOMS = {"accept": ["حمص القديمة", "المدينة القديمة", "الأحياء المحاصرة", "أحياء حمص القديمة", "حمص", "Old Homs",
                       "old city of Homs", "Homs"]}
WARSHA = {"accept": ["الورشة", "حي الورشة", "الخالدية", "حمص", "al-Warsha", "Warsha", "Homs"]}
KHALIDIYA = {"accept": ["الخالدية", "حي الخالدية", "حمص", "al-Khalidiya", "Khalidiyah", "Khaldiyeh", "Homs"]}
NUZHA = {"accept": ["النزهة", "حي النزهة", "حمص", "al-Nuzha", "Nuzha", "Nuzhah", "Homs"]}
WAER = {"accept": ["الوعر", "حي الوعر", "مدخل حي الوعر", "حمص", "al-Waer", "Waer", "al-Wa'r", "Homs"]}
BAB_TADMUR = {"accept": ["باب تدمر", "حاجز باب تدمر", "حمص", "Bab Tadmur", "Bab Tadmor", "Homs"]}
MONTREUX = {"accept": ["مونترو", "مدينة مونترو السويسرية", "جنيف", "سويسرا", "Montreux", "Geneva", "Switzerland"]}

# ================================================================ 167: Douma (local site of the Ghouta)
DOUMA_REGIME_AIR = {"en": ["Syrian Air Force", "Syrian air force", "Syrian regime", "Syrian government",
                           "regime warplanes", "Syrian army"],
                    "ar": ["الطيران الحربي التابع للنظام", "الطيران الحربي", "الطيران", "الطائرات", "النظام"]}
DOUMA_MARKET_VICTIMS = merge({"en": ["six civilians", "two children", "market-goers", "popular market"],
                              "ar": ["ستة مدنيين", "طفلان", "السوق الشعبي", "العالقين"]}, CIVILIANS)
JAI = {"en": ["Jaysh al-Islam", "Army of Islam", "Jaish al-Islam", "Islam Army"],
       "ar": ["جيش الإسلام", "«جيش الإسلام»", "دوريات تابعة لـ«جيش الإسلام»", "المكتب الإعلامي للفصيل", "الفصيل"]}
DOUMA_TRADERS = {"en": ["five traders", "traders", "merchants"], "ar": ["خمسة تجار", "تجار", "مستودعات"]}
DOUMA_PROTESTERS = merge({"en": ["Douma residents", "protesters", "demonstrators", "dozens of residents"],
                          "ar": ["العشرات من أهالي المدينة", "أهالي المدينة", "أهالي دوما", "بعضهم"]}, CIVILIANS)
GHOUTA_UNIFIED_COMMAND = {"en": ["Unified Military Command", "Unified Military Command of Eastern Ghouta",
                                 "Eastern Ghouta Unified Command"],
                          "ar": ["القيادة العسكرية الموحدة", "«القيادة العسكرية الموحدة»"]}
DOUMA_GUNMEN_SANA = {"en": ["terrorists", "armed groups", "rebels", "militants", "Douma rebels"],
                     "ar": ["إرهابيين", "«إرهابيين» متحصنين في دوما", "متحصنين في دوما"]}
BAB_TOUMA_VICTIMS = merge({"en": ["seven citizens", "houses and cars"], "ar": ["سبعة مواطنين"]}, CIVILIANS)
DOUMA_REGIME = {"en": ["Syrian army", "Syrian government forces", "regime forces", "Syrian regime",
                       "Syrian government", "checkpoint personnel"],
                "ar": ["قوات النظام", "النظام", "مواقع قوات النظام", "عناصر الحاجز", "النظام وحلفاءه"]}
DOUMA_NOTABLES = {"en": ["Douma notables", "notables"], "ar": ["وجهاء من دوما", "وجهاء"]}
AIR_INTEL = {"en": ["Air Force Intelligence", "Syrian Air Force Intelligence", "Air Intelligence"],
             "ar": ["فرع المخابرات الجوية", "ضباط في فرع المخابرات الجوية", "المخابرات الجوية"]}
UNSC = {"en": ["UN Security Council", "Security Council", "United Nations Security Council"],
        "ar": ["مجلس الأمن الدولي", "مجلس الأمن"]}
DOUMA_COUNCIL = {"en": ["Douma local council", "relief office of the Douma local council", "local council"],
                 "ar": ["مكتب الإغاثة في المجلس المحلي لمدينة دوما", "مكتب الإغاثة", "المجلس المحلي لمدينة دوما",
                        "المجلس المحلي"]}
DOUMA_POOR = merge({"en": ["poorest families", "families"], "ar": ["العائلات الأشد فقراً", "العائلات"]}, CIVILIANS)
DAMASCUS_CIVILIANS = merge({"en": ["civilians in Damascus"], "ar": ["المدنيين في دمشق"]}, CIVILIANS)
MISRABA_VICTIMS = merge({"en": ["three civilians", "a woman"], "ar": ["ثلاثة مدنيين", "امرأة"]}, CIVILIANS)
GHOUTA_RESIDENTS = merge({"en": ["Eastern Ghouta residents", "towns of Eastern Ghouta"],
                          "ar": ["مدن الغوطة الشرقية وبلداتها"]}, CIVILIANS)

DOUMA = {"accept": ["دوما", "مدينة دوما", "السوق الشعبي", "الغوطة الشرقية", "Douma", "Duma", "Eastern Ghouta"]}
BAB_TOUMA = {"accept": ["باب توما", "حي باب توما", "دمشق", "العاصمة", "Bab Touma", "Bab Tuma", "Damascus"]}
WAFIDEEN = {"accept": ["معبر مخيم الوافدين", "مخيم الوافدين", "معبر الوافدين", "الوافدين", "الغوطة الشرقية",
                       "al-Wafideen", "Wafideen camp", "al-Wafidin", "Wafideen crossing", "Eastern Ghouta", "Douma"]}
DOUMA_MISRABA_ROAD = {"accept": ["الطريق الواصل بين دوما ومسرابا", "مسرابا", "دوما", "Misraba", "Mesraba", "Douma",
                                 "Duma"]}
MISRABA_HAMOURIYAH = {"accept": ["مسرابا", "حمورية", "بلدتي مسرابا وحمورية", "Misraba", "Mesraba", "Hamouriyah",
                                 "Hammouriyeh", "Hamuriyah"]}
GHOUTA = {"accept": ["الغوطة الشرقية", "الغوطة", "Eastern Ghouta", "Ghouta"]}

# ================================================================ 168: Jisr al-Shughur (opposition news agency)
RU_AIR = {"en": ["Russian Air Force", "Russian Aerospace Forces", "Russia", "Russian military", "Russian warplanes",
                 "Russian Ministry of Defence", "Russian Defence Ministry"],
          "ar": ["طائرات حربية روسية", "الطائرات الروسية", "وزارة الدفاع الروسية", "طائراتها", "روسيا", "موسكو"]}
JISR_VICTIMS = merge({"en": ["four civilians", "a woman", "residential quarters"],
                      "ar": ["أربعة مدنيين", "امرأة", "الأحياء السكنية", "الضحايا"]}, CIVILIANS)
JAF = {"en": ["Jaysh al-Fatah", "Army of Conquest", "Jaish al-Fatah", "rebels", "opposition factions"],
       "ar": ["جيش الفتح", "«جيش الفتح»", "فصائل «جيش الفتح»", "الفصائل", "قادة في «جيش الفتح»"]}
JISR_REGIME = {"en": ["Syrian army", "Syrian government forces", "regime forces", "Syrian regime",
                      "pro-government militias", "National Defence Forces", "NDF"],
               "ar": ["قوات النظام", "النظام", "الميليشيات المساندة لها", "ميليشيا «الدفاع الوطني»", "الدفاع الوطني"]}
JISR_CLASH = merge(JAF, JISR_REGIME)
IHH = {"en": ["IHH", "IHH Humanitarian Relief Foundation", "Turkish IHH"],
       "ar": ["هيئة الإغاثة الإنسانية التركية", "«IHH»", "IHH"]}
JISR_DISPLACED = merge({"en": ["displaced families", "three hundred families", "IDPs"],
                        "ar": ["نحو ثلاثمئة عائلة", "ثلاثمئة عائلة", "النازحين"]}, CIVILIANS)
NUSRA = {"en": ["Jabhat al-Nusra", "al-Nusra Front", "Nusra Front", "Nusra"],
         "ar": ["جبهة النصرة", "«جبهة النصرة»", "الجبهة", "عناصر ملثمين"]}
JISR_YOUTHS = merge({"en": ["three young men", "young men", "detainees"],
                     "ar": ["ثلاثة شبان", "شبان", "المعتقلين"]}, CIVILIANS)
JISR_COUNCIL = {"en": ["Jisr al-Shughur local council", "local council", "Jisr al-Shughur council"],
                "ar": ["المجلس المحلي لمدينة جسر الشغور", "المجلس المحلي"]}
UN_FRIENDS = {"en": ["United Nations", "UN", "Friends of Syria", "Friends of the Syrian People"],
              "ar": ["الأمم المتحدة", "«أصدقاء الشعب السوري»", "أصدقاء الشعب السوري"]}
DARKUSH_PROTESTERS = merge({"en": ["protesters", "demonstrators", "dozens of residents"],
                            "ar": ["المتظاهرون", "العشرات"]}, CIVILIANS)
TIP = {"en": ["Turkistan Islamic Party", "TIP", "Turkestan Islamic Party"],
       "ar": ["الحزب الإسلامي التركستاني", "«الحزب الإسلامي التركستاني»"]}
JISR_HELI = {"en": ["Syrian Air Force", "Syrian regime helicopters", "Syrian government", "Syrian regime"],
             "ar": ["مروحيات النظام", "النظام"]}
RUSSIA_TIP = {"en": ["Russia", "Russian forces", "Russian military"], "ar": ["الروسية", "روسيا"]}
ZIYARAH_VICTIMS = merge({"en": ["a woman", "her two children"], "ar": ["امرأة", "طفليها"]}, CIVILIANS)
JISR_HOSPITAL_GARRISON = {"en": ["besieged regime soldiers", "Syrian army soldiers in the national hospital"],
                          "ar": ["عناصر النظام", "عشرات من عناصر النظام"]}

JISR_BDAMA = {"accept": ["جسر الشغور", "مدينة جسر الشغور", "بداما", "الجانودية", "Jisr al-Shughur",
                         "Jisr ash-Shughur", "Jisr ash Shughur", "Bdama", "Bidama", "al-Janudiyah", "Janudiyah"]}
GHAB_MANSOURA = {"accept": ["سهل الغاب", "الغاب", "المنصورة", "خربة الناقوس", "al-Ghab", "Ghab plain", "al-Mansoura",
                            "Mansoura", "Khirbet al-Naqus"]}
JURIN = {"accept": ["معسكر جورين", "جورين", "Jurin", "Jureen", "Jourin"]}
KHIRBET_JOZ = {"accept": ["خربة الجوز", "منطقة خربة الجوز", "Khirbet al-Joz", "Khirbet al-Jouz", "Kherbet al-Joz"]}
JISR = {"accept": ["جسر الشغور", "مدينة جسر الشغور", "ريف جسر الشغور", "Jisr al-Shughur", "Jisr ash-Shughur",
                   "Jisr ash Shughur"]}
DARKUSH = {"accept": ["دركوش", "مدينة دركوش", "Darkush", "Darkoush", "Darkoosh"]}
ZIYARAH = {"accept": ["الزيارة", "قرية الزيارة", "سهل الغاب", "az-Ziyarah", "Ziyarah", "al-Ziyara", "al-Ghab"]}
SYRIA = {"accept": ["سوريا", "Syria"]}

# ================================================================ 169: Tell Rifaat and the northern Aleppo villages
YPG = {"en": ["YPG", "People's Protection Units", "Kurdish YPG", "SDF", "Syrian Democratic Forces", "Kurdish units"],
       "ar": ["«وحدات حماية الشعب» الكردية", "وحدات حماية الشعب", "الوحدات الكردية", "للوحدات الكردية", "الوحدات",
              "«قوات سوريا الديمقراطية»", "قوات سوريا الديمقراطية", "قسد", "قياديين في الوحدات الكردية"]}
THUWAR = {"en": ["Jaysh al-Thuwar", "Army of Revolutionaries", "Jaish al-Thuwar"],
          "ar": ["«جيش الثوار»", "جيش الثوار", "مقاتليه"]}
YPG_SDF = merge(YPG, THUWAR)
MAREA_VICTIMS = merge({"en": ["a man in his sixties", "three wounded", "eastern quarters of Mare'"],
                       "ar": ["رجل في الستين من عمره", "رجل", "ثلاثة آخرون", "الأحياء الشرقية من مدينة مارع"]}, CIVILIANS)
LEVANT_FRONT = {"en": ["Levant Front", "al-Jabha al-Shamiya", "Shamiya Front", "rebels", "Turkish-backed factions",
                       "opposition factions"],
                "ar": ["«الجبهة الشامية»", "الجبهة الشامية", "فصائل «الجبهة الشامية»", "الفصائل المدعومة من تركيا",
                       "تلك الفصائل", "الفصائل", "قائد عسكري في «الجبهة الشامية»", "مقاتلي الفصائل"]}
YPG_POSITIONS = merge({"en": ["YPG positions"], "ar": ["مواقع الوحدات", "مواقع للوحدات الكردية"]}, YPG_SDF)
SHEIKH_ISSA_CIVILIANS = merge({"en": ["a child and a woman", "houses"], "ar": ["طفل وامرأة", "المنازل"]}, YPG_POSITIONS)
TR_DISPLACED = merge({"en": ["Tell Rifaat displaced", "displaced people", "IDPs", "protesters"],
                      "ar": ["مئات من نازحي تل رفعت", "نازحي تل رفعت", "نازحو تل رفعت", "النازحين"]}, CIVILIANS)
UN_SPONSORS = {"en": ["United Nations", "UN", "truce sponsors", "ceasefire sponsors", "ISSG"],
               "ar": ["الأمم المتحدة", "الدول الراعية للهدنة"]}
TR_ARMY = {"en": ["Turkish army", "Turkish Armed Forces", "Turkey", "Turkish artillery"],
           "ar": ["المدفعية التركية", "المدفعية التركية المتمركزة على الحدود", "أنقرة", "تركيا"]}
TR_DELEGATION = {"en": ["Tell Rifaat delegation", "delegation of Tell Rifaat notables", "notables of Tell Rifaat",
                        "Tell Rifaat residents"],
                 "ar": ["وفداً من أبناء المدينة", "وجهاء تل رفعت", "أبناء المدينة"]}
AZAZ_ACTIVIST = merge({"en": ["media activist", "journalist", "activist"],
                       "ar": ["ناشطاً إعلامياً", "ناشط إعلامي"]}, CIVILIANS)
AFAD = {"en": ["AFAD", "Turkish Disaster and Emergency Management Authority", "Disaster and Emergency Management "
               "Presidency"],
        "ar": ["إدارة الكوارث والطوارئ التركية", "«آفاد»", "آفاد"]}
CAMPS_IDPS = merge({"en": ["IDPs", "displaced people", "displacement camps"],
                    "ar": ["مخيمات النازحين", "النازحين"]}, CIVILIANS)
FREE_POLICE = {"en": ["Free Syrian Police", "Free Police", "Azaz Free Police"],
               "ar": ["«الشرطة الحرة»", "الشرطة الحرة"]}
HARBAL_VICTIMS = merge({"en": ["two young men", "young men from Tell Rifaat"],
                        "ar": ["شابان من أبناء تل رفعت", "شابان"]}, CIVILIANS)
SY_REGIME_ALEPPO = {"en": ["Syrian army", "Syrian government forces", "pro-government militias", "regime forces"],
                    "ar": ["قوات النظام", "الميليشيات الموالية لها"]}
RU_AIR_GENERIC = {"en": ["Russian Air Force", "Russia", "Russian warplanes"], "ar": ["غطاء جوي روسي"]}

MAREA = {"accept": ["مارع", "مدينة مارع", "الأحياء الشرقية من مدينة مارع", "ريف حلب الشمالي", "Mare'", "Marea",
                    "Mari'", "Mare"]}
SHEIKH_ISSA_TR = {"accept": ["الشيخ عيسى", "قرية الشيخ عيسى", "تل رفعت", "مدينة تل رفعت", "Sheikh Issa",
                             "al-Shaykh Isa", "Shaykh Isa", "Tell Rifaat", "Tal Rifaat", "Tall Rif'at"]}
BAB_SALAMA = {"accept": ["معبر باب السلامة", "باب السلامة", "المخيمات المحاذية لمعبر باب السلامة", "أعزاز",
                         "Bab al-Salama", "Bab al-Salameh", "Bab al-Salam", "Azaz", "A'zaz"]}
MENAGH = {"accept": ["مطار منغ العسكري", "مطار منغ", "منغ", "Menagh", "Minnigh", "Menagh airbase", "Menagh air base"]}
AFRIN = {"accept": ["عفرين", "مدينة عفرين", "Afrin", "Efrin"]}
AZAZ = {"accept": ["أعزاز", "مدينة أعزاز", "Azaz", "A'zaz", "I'zaz", "Aazaz"]}
HARBAL = {"accept": ["حربل", "قرية حربل", "Harbal", "Herbel"]}
TELL_RIFAAT = {"accept": ["تل رفعت", "مطار منغ العسكري", "Tell Rifaat", "Tal Rifaat", "Tall Rif'at", "Menagh"]}
NUBL_ZAHRAA = {"accept": ["نبل", "الزهراء", "بلدتي نبل والزهراء", "Nubl", "Nubbul", "al-Zahraa", "Zahraa"]}
NORTH_ALEPPO = {"accept": ["ريف حلب الشمالي", "مارع", "northern Aleppo countryside", "Mare'"]}

# ================================================================ 170: northern Hama countryside (loyalist network)
HAMA_GUNMEN = {"en": ["rebels", "armed opposition", "opposition armed groups", "terrorist groups", "militants",
                      "armed groups"],
               "ar": ["المجموعات الإرهابية المسلحة", "المجموعات الإرهابية", "الإرهابيين", "الإرهابيون",
                      "المسلحين"]}
NUSRA_HAMA = {"en": ["Jabhat al-Nusra", "al-Nusra Front", "Nusra Front"],
              "ar": ["«جبهة النصرة»", "جبهة النصرة", "أحد متزعمي «جبهة النصرة»"]}
MHARDEH_VICTIMS = merge({"en": ["two brothers", "two children", "five citizens", "a woman"],
                         "ar": ["طفلان شقيقان", "طفلان", "خمسة مواطنين", "الطفلين", "امرأة"]}, CIVILIANS)
SAA = {"en": ["Syrian Arab Army", "Syrian army", "Syrian government forces", "Syrian military"],
       "ar": ["الجيش العربي السوري", "وحدات من الجيش العربي السوري"]}
SY_AIR_HAMA = merge({"en": ["Syrian Air Force", "Syrian air force"], "ar": ["سلاح الجو", "الطيران"]}, SAA)
TIGER = merge({"en": ["Tiger Forces", "Syrian army reinforcements"],
               "ar": ["«قوات النمر»", "قوات النمر", "تعزيزات عسكرية جديدة"]}, SAA)
HAMA_GUNMEN_TARGETS = merge({"en": ["rebel positions", "supply lines"],
                             "ar": ["تجمعات الإرهابيين", "خطوط إمدادهم", "أوكار الإرهابيين"]}, HAMA_GUNMEN)
KAFR_ZITA_VICTIMS = merge({"en": ["seven civilians", "residential quarters"],
                           "ar": ["سبعة مدنيين", "الأحياء السكنية"]}, HAMA_GUNMEN_TARGETS)
MHARDEH_MOURNERS = merge({"en": ["mourners", "Mhardeh residents"], "ar": ["المشيعون"]}, CIVILIANS)
HAMA_AUTHORITIES = {"en": ["authorities", "Syrian authorities", "Syrian government", "competent authorities"],
                    "ar": ["«الجهات المعنية»", "الجهات المعنية"]}
HAMA_MP = {"en": ["member of parliament", "Hama MP", "People's Assembly member"],
           "ar": ["عضو في مجلس الشعب عن محافظة حماة", "عضو في مجلس الشعب"]}
TERROR_SPONSORS = {"en": ["states supporting terrorism", "foreign backers of the rebels"],
                   "ar": ["«الدول الداعمة للإرهاب»", "الدول الداعمة للإرهاب"]}
HAMA_SECURITY = {"en": ["Syrian security forces", "security services", "Syrian authorities", "competent authorities"],
                 "ar": ["الجهات المختصة"]}
SUQ_SUSPECTS = {"en": ["three people", "three men", "suspects", "smugglers"], "ar": ["ثلاثة أشخاص", "أشخاص"]}
KERNAZ_MEN = {"en": ["27 men from Kernaz", "wanted men", "residents of Kernaz", "twenty-seven people"],
              "ar": ["سبعة وعشرون شخصاً من أبناء بلدة كرناز", "سبعة وعشرون شخصاً", "أبناء بلدة كرناز"]}
HAMA_RECONCILIATION = {"en": ["National Reconciliation Committee", "Hama reconciliation committee",
                              "reconciliation committee"],
                       "ar": ["لجنة المصالحة الوطنية في محافظة حماة", "لجنة المصالحة الوطنية", "لجنة المصالحة"]}
SUQ_PUPILS = merge({"en": ["three pupils", "pupils", "primary school"],
                    "ar": ["ثلاثة تلاميذ", "تلاميذ", "مدرسة ابتدائية"]}, CIVILIANS)

MHARDEH = {"accept": ["محردة", "مدينة محردة", "الحي الشرقي من مدينة محردة", "Mhardeh", "Mahardah", "Maharda",
                      "Muhradah"]}
HALFAYA = {"accept": ["حلفايا", "بلدة حلفايا", "أطراف حلفايا", "Halfaya", "Halfaya town", "Halfayah"]}
KAFRZITA_LAT = {"accept": ["كفرزيتا", "كفر زيتا", "اللطامنة", "بلدتي كفرزيتا واللطامنة", "Kafr Zita", "Kafr Zeita",
                           "Kafr Zayta", "Kafrzita", "al-Lataminah", "Latamneh", "al-Latamneh"]}
KAFRZITA = {"accept": ["كفرزيتا", "كفر زيتا", "Kafr Zita", "Kafr Zeita", "Kafr Zayta", "Kafrzita"]}
MOREK = {"accept": ["مورك", "Morek", "Murak", "Mourek", "ريف حماة الشمالي"]}
SUQAYLABIYAH = {"accept": ["السقيلبية", "مدينة السقيلبية", "مدخل مدينة السقيلبية", "al-Suqaylabiyah", "Suqaylabiyah",
                           "Skelbiyeh", "as-Suqaylibiyah", "Al-Suqaylabiyah"]}
KERNAZ = {"accept": ["كرناز", "بلدة كرناز", "محافظة حماة", "حماة", "Kernaz", "Kurnaz", "Karnaz", "Hama"]}
