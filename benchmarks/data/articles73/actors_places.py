"""Accepted actor names and place names for the seventy-third team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الحكومة», «الوفد») are left out on purpose, with these
exceptions, each used only in an article where it names a single actor:
- 361: «الإدارة» (only ever the Autonomous Administration), «المجلس» (only ever the Tabqa Civil Council; the
  military council is named in full), «الوجهاء» and «الوفد» (only ever the tribal delegation);
- 362: «النظام» (only ever the Syrian government);
- 363: «الجماعة» (only ever the Houthis);
- 364: «الجيش» (only ever the Sudanese army), «الوفد» (only ever OCHA's delegation);
- 365: «الحركة» (only ever al-Shabaab), «الجيش» (only ever the Somali army), «الحكومة» (only ever the federal
  government).
In meetings (CONSULT) and agreements between them both parties are accepted in either role: PLOVER makes the
visitor the source, while the Arabic sentence often makes the host its subject. In a two-sided fight (363 ¶3,
365's main event) both sides are sources and there is no recipient; a prisoner exchange carried out by two
sides (362) has both sides as sources.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge

# ====================================================== actors: shared
CIVILIANS = {"en": ["civilians", "civilian", "residents", "locals"],
             "ar": ["المدنيين", "مدنيين", "الأهالي", "السكان"]}
SDF = {"en": ["Syrian Democratic Forces", "SDF", "QSD"],
       "ar": ["«قوات سوريا الديمقراطية»", "قوات سوريا الديمقراطية", "«قسد»", "قسد"]}

# ============ 361: Tabqa, al-Mansoura, al-Karama (Raqqa, Syria), a local citizen news network, 2019
ASAYISH = {"en": ["Asayish", "Internal Security Forces", "Kurdish Internal Security Forces",
                  "Internal Security Forces of North and East Syria", "SDF"],
           "ar": ["عناصر من قوى الأمن الداخلي «الأسايش»", "قوى الأمن الداخلي", "«الأسايش»", "الأسايش",
                  "دوريات تابعة لـ«الأسايش»", "قيادة قوى الأمن الداخلي في الرقة"]}
TABQA_STRIKERS = {"en": ["shop owners in Tabqa", "Tabqa merchants", "strikers", "tribal notables"],
                  "ar": ["معظم أصحاب المحال التجارية", "أصحاب المحال التجارية", "وجهاء من عشائر المنطقة",
                         "منظمي الإضراب"]}
TABQA_PROTESTERS = {"en": ["protesters in Tabqa", "residents of Tabqa", "demonstrators", "protesters"],
                    "ar": ["مئات من أبناء الطبقة", "أبناء الطبقة", "المتظاهرين"]}
AANES = {"en": ["Autonomous Administration of North and East Syria", "AANES", "Autonomous Administration",
                "Self-Administration"],
         "ar": ["«الإدارة الذاتية لشمال وشرق سوريا»", "الإدارة الذاتية لشمال وشرق سوريا", "«الإدارة الذاتية»",
                "الإدارة الذاتية", "الإدارة"]}
MANSOURA_PROTESTERS = {"en": ["protesters in al-Mansoura", "protesters", "two young men", "civilians"],
                       "ar": ["محتجين", "المحتجين", "شابين", "الشابين"]}
INFILTRATORS = {"en": ["infiltrators", "gunmen among the protesters"],
                "ar": ["مندسين بين المحتجين", "مندسين", "«المندسين»"]}
TRIBAL_DELEGATION = {"en": ["delegation of Tabqa tribal notables", "tribal notables", "Tabqa notables"],
                     "ar": ["وفد من وجهاء عشائر الطبقة", "الوفد", "الوجهاء"]}
TABQA_COUNCIL = {"en": ["Tabqa Civil Council", "co-chairs of the Tabqa Civil Council", "AANES"],
                 "ar": ["الرئاسة المشتركة لـ«مجلس الطبقة المدني»", "«مجلس الطبقة المدني»",
                        "مجلس الطبقة المدني", "المجلس المدني", "المجلس"]}
TABQA_MEETING = merge(TRIBAL_DELEGATION, TABQA_COUNCIL)
SDF_DETAINEES = {"en": ["young men held in training camps", "detainees", "conscripts"],
                 "ar": ["الشبان المحتجزين في معسكرات التدريب", "الشبان المحتجزين", "المحتجزين"]}
ISKAN_YOUTHS = {"en": ["five young men", "protest organisers"], "ar": ["خمسة شبان"]}
TABQA_SHEIKHS = {"en": ["tribal sheikhs of the Tabqa countryside", "tribal sheikhs", "tribal leaders"],
                 "ar": ["شيوخ عشائر في ريف الطبقة", "شيوخ عشائر"]}
DETAINEES_FAMILIES = {"en": ["families of the detainees", "relatives of the detainees"],
                      "ar": ["ذوو المحتجزين"]}
TABQA_COORDINATION = {"en": ["Tabqa Youth Coordination"],
                      "ar": ["«تنسيقية شباب الطبقة»", "تنسيقية شباب الطبقة"]}
TABQA_RESIDENTS = {"en": ["residents of Tabqa", "Tabqa residents"], "ar": ["أهالي الطبقة"]}
REGIME_TURKEY_CELLS = {"en": ["cells linked to the Syrian regime and Turkey", "Syrian government", "Turkey"],
                       "ar": ["«خلايا مرتبطة بالنظام السوري وتركيا»", "خلايا مرتبطة بالنظام السوري وتركيا"]}
SDF_CHECKPOINT = merge({"en": ["SDF checkpoint", "checkpoint guards"],
                        "ar": ["عناصر حاجز تابع لـ«قسد»", "عناصر حاجز"]}, SDF)
KARAMA_YOUTH = {"en": ["young man from al-Karama", "civilian"], "ar": ["شاب من قرية الكرامة"]}

# ====================================================== places: 361
TABQA = {"accept": ["مدينة الطبقة", "الطبقة", "دوار العلم", "Tabqa", "al-Tabqa", "Al-Thawrah", "Raqqa"]}
MANSOURA = {"accept": ["بلدة المنصورة", "المنصورة", "محيط المنصورة", "al-Mansoura", "Mansoura", "al-Mansurah",
                       "Raqqa"]}
ISKAN = {"accept": ["حي الإسكان بالطبقة", "حي الإسكان", "الطبقة", "al-Iskan", "Tabqa"]}
TABQA_COUNCIL_BLDG = {"accept": ["مبنى المجلس المدني في الطبقة", "الطبقة", "Tabqa"]}
TABQA_COUNTRYSIDE = {"accept": ["ريف الطبقة", "الريف الغربي", "الطبقة", "Tabqa", "Tabqa countryside"]}
KARAMA = {"accept": ["قرية الكرامة", "الكرامة", "al-Karama", "Karamah", "eastern Raqqa countryside"]}
EAST_RAQQA = {"accept": ["بلدات الريف الشرقي", "الريف الشرقي", "eastern Raqqa countryside", "Raqqa"]}

# ============ 362: al-Bab, Abu al-Zandin, Qabasin, Bza'a, Tadef, Jarabulus (Aleppo), opposition site, 2020
SNA = {"en": ["Syrian National Army", "SNA", "Turkish-backed factions", "opposition factions"],
       "ar": ["فصائل «الجيش الوطني السوري»", "«الجيش الوطني السوري»", "«الجيش الوطني»", "الجيش الوطني"]}
SY_REGIME = {"en": ["Syrian government forces", "Syrian regime", "Syrian government", "Syrian army"],
             "ar": ["قوات النظام", "النظام"]}
EXCHANGE_SIDES = merge(SNA, SY_REGIME)
EXCHANGE_NEXT = merge(EXCHANGE_SIDES, {"en": ["both sides"], "ar": ["الجانبين", "كل طرف"]})
QABASIN_KIDNAPPERS = {"en": ["unknown armed group", "kidnappers", "gunmen"], "ar": ["مجموعة مسلحة مجهولة"]}
DENTIST = {"en": ["dentist from Qabasin", "dentist", "doctor"],
           "ar": ["طبيب أسنان من أبناء بلدة قباسين", "طبيب أسنان", "الطبيب"]}
BAB_BLAST_VICTIMS = merge({"en": ["five civilians", "shoppers"], "ar": ["خمسة مدنيين", "المتسوقين"]},
                          CIVILIANS)
BAB_COUNCIL = {"en": ["al-Bab Local Council", "Local Council of al-Bab", "local council"],
               "ar": ["المجلس المحلي لمدينة الباب", "المجلس المحلي"]}
YPG = {"en": ["People's Protection Units", "YPG", "Kurdish YPG", "SDF"],
       "ar": ["«وحدات حماية الشعب» الكردية", "«وحدات حماية الشعب»", "وحدات حماية الشعب"]}
SDF_MEDIA = merge({"en": ["SDF Media Center", "SDF media centre"],
                   "ar": ["المركز الإعلامي لـ«قوات سوريا الديمقراطية»", "المركز الإعلامي"]}, SDF)
PRO_TURKEY_FACTIONS = merge({"en": ["pro-Turkish factions"],
                             "ar": ["«الفصائل الموالية لتركيا»", "الفصائل الموالية لتركيا"]}, SNA)
MASKED_GUNMEN = {"en": ["masked gunmen", "unidentified gunmen", "kidnappers"], "ar": ["مسلحين ملثمين"]}
BZAA_YOUTHS = {"en": ["three young men from Bza'a", "three young men"],
               "ar": ["ثلاثة شبان من أبناء بلدة بزاعة", "ثلاثة شبان"]}
MIL_POLICE = {"en": ["Military Police", "military police in al-Bab", "Syrian National Army"],
              "ar": ["الشرطة العسكرية في الباب", "الشرطة العسكرية"]}
BLAST_SUSPECTS = {"en": ["four suspects", "suspects", "truck driver"], "ar": ["أربعة أشخاص", "سائق شاحنة"]}
TADEF_KIDNAPPERS = {"en": ["kidnappers", "abductors"], "ar": ["الخاطفين"]}
TADEF_FATHER = {"en": ["father of an abducted young man", "family of the abducted man"],
                "ar": ["والد شاب مختطف", "والد شاب"]}
TADEF_HOSTAGE = {"en": ["abducted young man", "hostage"], "ar": ["شاب مختطف", "ابنه"]}
BAB_ACTIVISTS = {"en": ["media activists from al-Bab", "activists", "detainees"],
                 "ar": ["ناشطين إعلاميين من أبناء الباب", "ناشطين إعلاميين"]}
DETAINED_WOMEN = {"en": ["women detainees", "detained women"], "ar": ["المعتقلات"]}
JARABULUS_VICTIMS = merge({"en": ["four people", "civil police member"],
                           "ar": ["أربعة أشخاص", "عنصر في الشرطة المدنية"]}, CIVILIANS)
KIDNAP_FAMILIES = {"en": ["families of abductees", "relatives of kidnapped people"], "ar": ["ذوو مختطفين"]}
SIG = {"en": ["Syrian Interim Government", "SIG", "Interim Government",
              "Ministry of Defence of the Syrian Interim Government"],
       "ar": ["«الحكومة السورية المؤقتة»", "الحكومة السورية المؤقتة", "الحكومة المؤقتة",
              "وزارة الدفاع التابعة لها"]}
BAB_MEDIATORS = {"en": ["notables of al-Bab", "mediators"], "ar": ["وجهاء من مدينة الباب", "الوسطاء"]}

# ====================================================== places: 362
ABU_ZANDIN = {"accept": ["معبر أبو الزندين", "أبو الزندين", "المعبر ذاته", "Abu al-Zandin",
                         "Abu Zandin crossing", "al-Bab"]}
QABASIN = {"accept": ["بلدة قباسين", "قباسين", "Qabasin", "Qbasin", "al-Bab"]}
BAB_MARKET = {"accept": ["سوق الهال وسط مدينة الباب", "سوق الهال", "مدينة الباب", "الباب", "al-Bab",
                         "Al Bab"]}
BAB = {"accept": ["مدينة الباب", "الباب", "al-Bab", "Al Bab"]}
BZAA = {"accept": ["بلدة بزاعة", "بزاعة", "Bza'a", "Buza'ah", "Bzaa", "al-Bab"]}
TADEF = {"accept": ["بلدة تادف", "تادف", "Tadef", "Tadif", "al-Bab"]}
JARABULUS = {"accept": ["مدينة جرابلس", "جرابلس", "Jarabulus", "Jarablus"]}
BAB_COUNCIL_BLDG = {"accept": ["مبنى المجلس المحلي في الباب", "الباب", "al-Bab"]}
HAMA_COUNTRYSIDE = {"accept": ["ريف حماة", "حماة", "Hama countryside", "Hama"]}
SOUTH_ALEPPO = {"accept": ["ريف حلب الجنوبي", "southern Aleppo countryside", "Aleppo"]}

# ============ 363: Taiz, al-Dhabab road, al-Salw, al-Hawban, al-Masbah, al-Misrakh (Yemen), local site, 2018
HOUTHIS = {"en": ["Houthis", "Ansar Allah", "Houthi movement", "Houthi militia"],
           "ar": ["ميليشيا الحوثي", "الجماعة", "قوات الجماعة", "مسلحي الجماعة", "مقاتلين من الجماعة",
                  "الحوثي"]}
BUS_PASSENGERS = merge({"en": ["bus passengers", "four travellers", "passengers"],
                        "ar": ["أربعة مسافرين", "الركاب", "المسافرين", "امرأة وطفلها", "الضحايا الأربعة"]},
                       CIVILIANS)
YE_ARMY = {"en": ["Yemeni National Army", "Yemeni army", "Taiz Military Axis", "Yemeni government forces"],
           "ar": ["وحدات من الجيش الوطني", "الجيش الوطني", "محور تعز العسكري", "محور تعز"]}
SALW_FIGHT = merge(YE_ARMY, HOUTHIS)
MERCENARIES = {"en": ["Saudi-led coalition", "coalition mercenaries", "Yemeni government forces"],
               "ar": ["«مرتزقة العدوان»", "مرتزقة العدوان"]}
HOUTHI_SOURCE = merge({"en": ["Houthi security source", "Houthi-run Saba"],
                       "ar": ["مصدر أمني", "وكالة «سبأ» بنسختها التي تديرها الجماعة"]}, HOUTHIS)
MIL_POLICE_SOURCE = {"en": ["military police source", "Yemeni military police"],
                     "ar": ["مصدر في الشرطة العسكرية", "الشرطة العسكرية"]}
TAIZ_AUTHORITY = {"en": ["Taiz local authority", "Taiz governorate authorities", "Yemeni government"],
                  "ar": ["السلطة المحلية في المحافظة", "السلطة المحلية"]}
UN_ENVOY_RIGHTS = {"en": ["UN Special Envoy for Yemen", "UN envoy", "human rights organisations",
                          "United Nations"],
                   "ar": ["المبعوث الأممي إلى اليمن", "المبعوث الأممي", "منظمات حقوق الإنسان"]}
TAIZ_AXIS_CMDR = merge({"en": ["commander of the Taiz Axis", "Taiz Axis commander"], "ar": ["قائد محور تعز"]},
                       YE_ARMY)
TAIZ_AXIS_CMD = merge({"en": ["Taiz Axis command"], "ar": ["قيادة المحور"]}, YE_ARMY)
ICRC = {"en": ["International Committee of the Red Cross", "ICRC", "Red Cross"],
        "ar": ["وفد من اللجنة الدولية للصليب الأحمر", "اللجنة الدولية للصليب الأحمر", "الصليب الأحمر"]}
ICRC_VISIT = merge(ICRC, {"en": ["Taiz local authority"],
                          "ar": ["ممثلين عن السلطة المحلية", "السلطة المحلية"]})
TAIZ_BOTH_SIDES = merge({"en": ["representatives of both sides", "both sides"],
                         "ar": ["ممثلين عن الطرفين", "الطرفين"]}, YE_ARMY, HOUTHIS)
TRIBAL_MEDIATORS = {"en": ["tribal mediators"], "ar": ["وسطاء قبليين"]}
TAIZ_SECURITY = {"en": ["Taiz security forces", "Taiz Security Directorate", "security forces"],
                 "ar": ["قوات الأمن", "إدارة أمن المحافظة"]}
TAIZ_SUSPECTS = {"en": ["three suspects", "assassination cell"], "ar": ["ثلاثة أشخاص"]}
MISRAKH_VICTIMS = merge({"en": ["two vendors", "market vendors", "shoppers"],
                         "ar": ["بائعَين", "بائعين", "خمسة متسوقين"]}, CIVILIANS)
THAWRA_HOSPITAL = {"en": ["al-Thawra General Hospital", "Thawra hospital"], "ar": ["مستشفى الثورة العام"]}
TAIZ_WOUNDED = {"en": ["wounded of the shelling", "the wounded"], "ar": ["جرحى القصف"]}

# ====================================================== places: 363
DHABAB = {"accept": ["طريق الضباب", "الضباب", "al-Dhabab", "Dhabab road", "Taiz"]}
SALW = {"accept": ["مديرية الصلو", "الصلو", "al-Salw", "As Silw", "Taiz"]}
TAIZ = {"accept": ["تعز", "مدينة تعز", "Taiz", "Ta'izz"]}
TAIZ_FRONTS = {"accept": ["الجبهات الغربية والجنوبية للمدينة", "تعز", "Taiz"]}
SHARAB_JUNCTION = {"accept": ["مفرق شرعب", "الحوبان", "منطقة الحوبان", "Sharab junction", "al-Hawban",
                              "Hawban", "Taiz"]}
MASBAH = {"accept": ["حي المسبح", "المسبح", "مدينة تعز", "al-Masbah", "Taiz"]}
MISRAKH = {"accept": ["مديرية المسراخ", "المسراخ", "al-Misrakh", "Al Misrakh"]}
THAWRA_HOSP_PLACE = {"accept": ["مستشفى الثورة العام", "تعز", "Taiz", "al-Thawra hospital"]}

# ============ 364: Dilling, Kadugli, El Obeid, Dubeibat, Habila, al-Hamadi (South Kordofan), daily, 2025
WFP = {"en": ["World Food Programme", "WFP", "UN World Food Programme"],
       "ar": ["برنامج الأغذية العالمي", "لبرنامج الأغذية العالمي", "مكتب البرنامج في السودان"]}
RSF = {"en": ["Rapid Support Forces", "RSF"],
       "ar": ["قوات الدعم السريع", "«الدعم السريع»", "الدعم السريع", "«مليشيا الدعم السريع المتمردة»",
              "مليشيا الدعم السريع"]}
DILLING_CIVILIANS = merge({"en": ["six civilians", "market-goers"], "ar": ["ستة مدنيين", "المتسوقين"]},
                          CIVILIANS)
RSF_GUNMEN = merge({"en": ["gunmen in RSF uniforms"], "ar": ["مسلحين يرتدون أزياء «الدعم السريع»"]}, RSF)
CONVOY_DRIVERS = {"en": ["truck drivers", "drivers"], "ar": ["سائقوها", "سائقيها"]}
UNICEF = {"en": ["UNICEF", "United Nations Children's Fund"],
          "ar": ["منظمة الأمم المتحدة للطفولة «يونيسف»", "«يونيسف»", "يونيسف", "منظمة الأمم المتحدة للطفولة"]}
SK_GOV = {"en": ["South Kordofan state government", "government of South Kordofan", "Sudanese government"],
          "ar": ["حكومة ولاية جنوب كردفان", "حكومة الولاية"]}
UNSC_AU = {"en": ["UN Security Council", "African Union", "Security Council"],
           "ar": ["مجلس الأمن الدولي", "الاتحاد الإفريقي"]}
HABILA_TRADERS = {"en": ["traders from El Obeid", "traders"], "ar": ["عدداً من التجار", "التجار"]}
RSF_COMMANDER = merge({"en": ["RSF field commander"],
                       "ar": ["قائد ميداني في قوات الدعم السريع", "قائد ميداني"]}, RSF)
SAF = {"en": ["Sudanese Armed Forces", "SAF", "Sudanese army"], "ar": ["عناصر الجيش", "الجيش"]}
SK_GOVERNOR = {"en": ["Governor of South Kordofan", "South Kordofan governor"],
               "ar": ["والي جنوب كردفان", "الوالي"]}
OCHA = {"en": ["OCHA", "UN Office for the Coordination of Humanitarian Affairs", "United Nations"],
        "ar": ["وفداً من مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية «أوتشا»",
               "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", "«أوتشا»", "أوتشا", "الوفد"]}
SK_MEETING = merge(SK_GOVERNOR, OCHA, {"en": ["both sides"], "ar": ["الجانبان"]})
EMERGENCY_ROOM = {"en": ["Dilling Emergency Room", "emergency response room"], "ar": ["غرفة طوارئ الدلنج"]}
BLOOD_DONORS = {"en": ["blood donors"], "ar": ["المتبرعين"]}
HAMADI_VICTIMS = merge({"en": ["fuel truck driver and his two assistants", "truck crew"],
                        "ar": ["سائقها ومساعدَيه", "سائقها"]}, CIVILIANS)
MSF = {"en": ["Médecins Sans Frontières", "MSF", "Doctors Without Borders"],
       "ar": ["منظمة «أطباء بلا حدود»", "«أطباء بلا حدود»", "أطباء بلا حدود"]}
DILLING_HOSPITAL_STAFF = {"en": ["Dilling hospital", "local medical staff"],
                          "ar": ["مستشفى الدلنج", "الكوادر المحلية"]}
HUMANITARIAN_WORKERS = {"en": ["humanitarian workers", "truck drivers"],
                        "ar": ["العاملين في المجال الإنساني", "سائقي الشاحنات"]}

# ====================================================== places: 364
DILLING = {"accept": ["مدينة الدلنج", "الدلنج", "Dilling", "Delling", "South Kordofan"]}
DILLING_MARKET = {"accept": ["السوق الكبير وسط الدلنج", "السوق الكبير", "الدلنج", "Dilling",
                             "Dilling grand market", "South Kordofan"]}
DUBEIBAT = {"accept": ["منطقة الدبيبات", "الدبيبات", "طريق الأبيض – الدلنج", "al-Dubeibat", "Dibeibat",
                       "Ad Dubaybat"]}
KADUGLI_CONVOY = {"accept": ["كادقلي", "مدينة الأبيض", "الأبيض", "Kadugli", "El Obeid", "Al-Ubayyid"]}
EL_OBEID_ROAD = {"accept": ["مدينة الأبيض", "الأبيض", "كادقلي", "El Obeid", "Al-Ubayyid", "Kadugli"]}
HABILA = {"accept": ["بلدة هبيلا", "هبيلا", "Habila", "Hebeila"]}
EL_OBEID = {"accept": ["الأبيض", "مدينة الأبيض", "الدلنج", "El Obeid", "Al-Ubayyid", "Dilling"]}
DILLING_KADUGLI = {"accept": ["الدلنج وكادقلي", "الدلنج", "كادقلي", "Dilling", "Kadugli", "South Kordofan"]}
KADUGLI = {"accept": ["كادقلي", "Kadugli", "Kaduqli", "South Kordofan"]}
HAMADI = {"accept": ["بلدة الحمادي", "الحمادي", "al-Hamadi", "Hamadi"]}
DILLING_HOSPITAL = {"accept": ["مستشفى الدلنج", "الدلنج", "Dilling"]}

# ============ 365: Jowhar, Mahaday, Balad, Beledweyne (Hirshabelle, Somalia), Arabic-language news site, 2017
ALSHABAAB = {"en": ["al-Shabaab", "Harakat al-Shabaab al-Mujahideen", "Shabaab", "al-Shabab"],
             "ar": ["مقاتلو حركة «الشباب»", "حركة «الشباب»", "«الشباب»", "الشباب", "الحركة",
                    "مسلحون من الحركة", "مسلحين من الحركة", "المهاجمين"]}
SO_ARMY = {"en": ["Somali National Army", "Somali army", "SNA", "Military Forces of Somalia"],
           "ar": ["الجيش الوطني الصومالي", "جنود الحامية", "الجيش", "القوات الحكومية"]}
JOWHAR_FIGHT = merge(ALSHABAAB, SO_ARMY)
AMISOM = {"en": ["AMISOM", "African Union Mission in Somalia", "African Union"],
          "ar": ["قوات بعثة الاتحاد الإفريقي في الصومال «أميصوم»", "«أميصوم»", "أميصوم",
                 "بعثة الاتحاد الإفريقي في الصومال"]}
AFRICOM = {"en": ["AFRICOM", "US Africa Command", "United States", "US military"],
           "ar": ["القيادة الأمريكية في إفريقيا «أفريكوم»", "«أفريكوم»", "أفريكوم",
                  "القيادة الأمريكية في إفريقيا"]}
SO_GOV = {"en": ["Federal Government of Somalia", "Somali government"],
          "ar": ["الحكومة الصومالية الفيدرالية", "الحكومة"]}
HS_PRESIDENT = {"en": ["President of Hirshabelle", "Hirshabelle state president", "Hirshabelle"],
                "ar": ["رئيس ولاية هيرشبيلي"]}
HS_RESIDENTS = {"en": ["residents of the region", "residents"], "ar": ["سكان الإقليم"]}
SO_MP = {"en": ["federal MP", "member of the federal parliament"], "ar": ["نائب في البرلمان الفيدرالي"]}
SO_MOD = {"en": ["Somali Ministry of Defence", "Ministry of Defence", "Somali government"],
          "ar": ["وزارة الدفاع"]}
BASE_COMMANDER = {"en": ["base commander"], "ar": ["قائدها"]}
JOWHAR_SECURITY = {"en": ["security forces in Jowhar", "Hirshabelle police", "Somali police"],
                   "ar": ["قوات الأمن في جوهر", "قوات الأمن", "شرطة الولاية"]}
JOWHAR_SUSPECTS = {"en": ["fifteen suspects", "suspects"], "ar": ["خمسة عشر شخصاً", "صاحب ورشة"]}
CLAN_ELDERS = {"en": ["clan elders", "traditional elders"], "ar": ["شيوخ العشائر", "شيوخ عشائر شبيلي الوسطى"]}
RECONCILIATION = merge({"en": ["federal interior minister", "Ministry of Interior"],
                        "ar": ["وزير الداخلية الفيدرالي"]}, CLAN_ELDERS)
BELEDWEYNE_POLICE = {"en": ["police station in Beledweyne", "Somali police", "police"],
                     "ar": ["مركزاً للشرطة", "ثلاثة من عناصره"]}
DJIBOUTI_AMISOM = merge({"en": ["Djiboutian AMISOM troops", "Djiboutian forces"],
                         "ar": ["القوات الجيبوتية"]}, AMISOM)

# ====================================================== places: 365
JOWHAR_BASE = {"accept": ["شمالي مدينة جوهر", "جوهر", "Jowhar", "Middle Shabelle"]}
JOWHAR = {"accept": ["جوهر", "مدينة جوهر", "Jowhar", "Middle Shabelle"]}
BALAD = {"accept": ["بلدة بلعد", "بلعد", "Balad", "Balcad", "Middle Shabelle"]}
MAHADAY = {"accept": ["بلدة مهداي", "مهداي", "Mahaday", "Mahadaay", "Middle Shabelle"]}
BELEDWEYNE = {"accept": ["مدينة بلدوين", "بلدوين", "Beledweyne", "Beled Weyne", "Hiiraan"]}
