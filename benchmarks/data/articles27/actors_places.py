"""Accepted actor names and place names for the twenty-seventh team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not copied
from the earlier sets' lists (the style is the same as the template set's: Arabic surface forms as they occur in the
articles, common variants, and English names). Palestinian and Iraqi towns were checked against the GeoNames lists
in ../shared/data/geonames/ (Qalqilya, Azzun, Kafr Qaddum, Jayyus, Habla, Kafr Thulth, Yasuf, Bruqin, Kafr ad-Dik;
al-Hillah, al-Musayyib, al-Mahawil, al-Hashimiyah, al-Iskandariyah, Karbala). Jurf al-Nasr (Jurf al-Sakhar) is absent
from those lists and carries its usual spellings. Somalia, Sudan and Yemen are not covered by those lists: Beledweyne,
Sennar, Hajjah and their places carry their usual Arabic and English spellings.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الحكومة», «الوفد») are mostly left out, with these exceptions,
each used only in an article where it names a single actor: «الحركة» and «الحكومة» (131, only ever al-Shabaab and
the Somali federal government), «الميليشيا» (132, only ever the RSF; 135, only ever the Houthis), «الاحتلال» (133,
only ever Israel and its army), «الهيئة» and «التنظيم» (134, only ever the PMF and ISIS), «الجماعة» (135, only ever
the Houthis).
"""


import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ================================================================ actors: shared
CIVILIANS = {"en": ["civilians", "civilian", "residents", "locals", "people", "citizens"],
             "ar": ["مدنيين", "المدنيين", "مدنيون", "مدني", "المواطنين", "مواطنين", "الأهالي", "السكان"]}
UNKNOWN = {"en": ["unknown gunmen", "unknown assailants", "unidentified gunmen", "unknown persons"],
           "ar": ["مسلحون مجهولون", "مسلحين مجهولين", "مجهولون", "مجهولين"]}

# ================================================================ 131: Hiiraan and Middle Shabelle (Somali news site)
SO_ARMY = {"en": ["Somali National Army", "SNA", "Somali army", "Somali Armed Forces", "Somali soldiers",
                  "Somali government forces"],
           "ar": ["الجيش الوطني الصومالي", "الجيش الصومالي", "ستة جنود من الجيش الوطني الصومالي", "قوات الجيش",
                  "وحدات من الجيش الصومالي"]}
SO_ARMY_POSITIONS = merge({"en": ["army positions"], "ar": ["مواقع للجيش"]}, SO_ARMY)
MAAWISLEY = {"en": ["Ma'awisley", "Macawisley", "clan militias", "clan fighters"],
             "ar": ["المعاويسلي", "«المعاويسلي»", "مقاتلي العشائر"]}
SHABAAB = {"en": ["al-Shabaab", "Al-Shabaab", "al-Shabab", "Harakat al-Shabaab al-Mujahideen", "Shabaab militants"],
           "ar": ["حركة الشباب", "«الشباب»", "مسلحي حركة الشباب", "مسلحو الحركة", "الحركة", "الخوارج"]}
SO_CLASH = merge(SO_ARMY, MAAWISLEY, SHABAAB)
AFRICOM = {"en": ["US Africa Command", "AFRICOM", "United States Africa Command", "US forces", "US military"],
           "ar": ["القيادة الأمريكية في أفريقيا", "«أفريكوم»", "أفريكوم"]}
SHABAAB_ADAN = merge({"en": ["al-Shabaab fighters", "militants", "three militants"],
                      "ar": ["مسلحين من «الشباب»", "ثلاثة مسلحين"]}, SHABAAB)
SO_POLICE_NISA = {"en": ["Somali Police Force", "Somali police", "National Intelligence and Security Agency", "NISA"],
                  "ar": ["الشرطة وجهاز الاستخبارات والأمن الوطني", "جهاز الاستخبارات والأمن الوطني", "الشرطة"]}
BELEDWEYNE_SUSPECTS = {"en": ["17 suspects", "seventeen people", "suspects"],
                       "ar": ["17 شخصاً", "شخصاً يُشتبه بصلتهم"]}
BELEDWEYNE_RESIDENTS = merge({"en": ["Beledweyne residents", "protesters", "demonstrators"],
                              "ar": ["مئات من سكان بلدوين", "سكان بلدوين", "المشاركون"]}, CIVILIANS)
SO_FGS = {"en": ["Federal Government of Somalia", "Somali federal government", "Somali government", "FGS"],
          "ar": ["الحكومة الفيدرالية", "الحكومة الفيدرالية الصومالية", "الحكومة"]}
HIRSHABELLE = {"en": ["Hirshabelle State", "President of Hirshabelle", "Hirshabelle state president",
                      "Hirshabelle administration"],
               "ar": ["رئيس ولاية هيرشبيلي", "ولاية هيرشبيلي"]}
HIIRAAN_ELDERS = {"en": ["Hiiraan clan elders", "clan elders", "elders", "traditional elders", "Hiiraan clans"],
                  "ar": ["وفداً من شيوخ عشائر هيران ووجهائها", "شيوخ عشائر هيران", "شيوخ العشائر", "الشيوخ",
                         "أحد الشيوخ", "العشائر"]}
DANAB = merge({"en": ["Danab", "Danab Brigade", "Danab special forces", "Somali special forces"],
               "ar": ["لواء «دنب» للقوات الخاصة", "لواء «دنب»", "«دنب»", "دنب"]}, SO_ARMY)
TIKA = {"en": ["TIKA", "Turkish Cooperation and Coordination Agency", "Turkey"],
        "ar": ["الوكالة التركية للتعاون والتنسيق", "«تيكا»", "تيكا"]}
BELEDWEYNE_HOSPITAL = merge({"en": ["Beledweyne general hospital", "hospital", "the wounded"],
                             "ar": ["مستشفاها العام", "جرحى التفجير والمعارك"]}, CIVILIANS)
SHABAAB_SPOKESMAN = merge({"en": ["al-Shabaab spokesman"], "ar": ["متحدث باسم «الشباب»"]}, SHABAAB)
SO_GOV_FORCES = merge(SO_FGS, SO_ARMY)
BELEDWEYNE_MARKET_VICTIMS = merge({"en": ["two women", "women", "three children"],
                                   "ar": ["امرأتان", "ثلاثة أطفال"]}, CIVILIANS)
HIIRAAN_AUTHORITIES = {"en": ["local authorities", "Hiiraan local authorities"], "ar": ["السلطات المحلية"]}

BELEDWEYNE = {"accept": ["بلدوين", "مدينة بلدوين", "المدخل الشمالي لمدينة بلدوين", "محافظة هيران", "Beledweyne",
                         "Beled Weyne", "Belet Weyne", "Baladweyne", "Hiiraan"]}
BELEDWEYNE_AIRPORT = place({"accept": ["مطار بلدوين", "Beledweyne airport"]}, BELEDWEYNE)
HIIRAAN = {"accept": ["هيران", "محافظة هيران", "بلدوين", "Hiiraan", "Hiran region", "Beledweyne"]}
MOQOKORI = {"accept": ["مقوكوري", "بلدة مقوكوري", "محاس", "مديرية محاس", "Moqokori", "Moqokorey", "Mahas", "Mahaas"]}
ADAN_YABAAL = {"accept": ["عدن يابال", "بلدة عدن يابال", "شبيلي الوسطى", "محافظة شبيلي الوسطى", "Adan Yabaal",
                          "Aden Yabal", "Adan Yabal", "Middle Shabelle"]}
HIIRAAN_TOWNS = {"accept": ["بولوبردي", "جلالقسي", "ماتابان", "Bulo Burte", "Bulobarde", "Buloburde", "Jalalaqsi",
                            "Jalalaqsiye", "Mataban", "Matabaan"]}
MAHAS_FRONT = {"accept": ["جبهات محاس", "محاس", "Mahas", "Mahaas"]}
HIRSHABELLE_STATE = {"accept": ["ولاية هيرشبيلي", "Hirshabelle", "Hirshabelle State"]}

# ================================================================ 132: Sennar State (Sudanese radio site)
RSF = {"en": ["Rapid Support Forces", "RSF", "Janjaweed", "RSF militia"],
       "ar": ["ميليشيا الدعم السريع المتمردة", "ميليشيا الدعم السريع", "الدعم السريع", "الميليشيا", "عناصر الميليشيا",
              "عناصر من الدعم السريع", "المتمردين", "عناصرها"]}
SAF = {"en": ["Sudanese Armed Forces", "SAF", "Sudanese army", "army drones", "Sudanese army command"],
       "ar": ["القوات المسلحة", "للقوات المسلحة", "قيادة الجيش في الولاية", "قيادة الجيش", "الطيران المسيّر"]}
SAF_RSF = merge(SAF, RSF)
SENNAR_CIVILIANS = merge({"en": ["nine killed", "market-goers", "shoppers", "three children and two women"],
                          "ar": ["تسعة قتلى", "المتسوّقين", "ثلاثة أطفال وامرأتان"]}, CIVILIANS)
RSF_SINJA_TARGETS = merge({"en": ["RSF gatherings", "rebel gatherings", "combat vehicles"],
                           "ar": ["تجمعات للمتمردين", "عربات قتالية"]}, RSF)
SINJA_YOUTHS = merge({"en": ["young men", "teachers", "medical staff"],
                      "ar": ["عدداً من الشبان", "الشبان", "معلّمون وكوادر طبية"]}, CIVILIANS)
POP_RESISTANCE = {"en": ["Popular Resistance", "popular resistance supporters", "mobilised volunteers",
                         "Mustanfireen", "army supporters"],
                  "ar": ["أنصار «المقاومة الشعبية»", "«المقاومة الشعبية»", "المقاومة الشعبية", "المستنفرين"]}
SENNAR_SEC_COMMITTEE = {"en": ["Sennar State security committee", "security committee", "acting governor of Sennar",
                               "Sennar State government"],
                        "ar": ["لجنة أمن ولاية سنار", "لجنة أمن الولاية", "الوالي المكلّف"]}
IOM = {"en": ["International Organization for Migration", "IOM", "UN migration agency"],
       "ar": ["المنظمة الدولية للهجرة"]}
SINJA_IDPS = merge({"en": ["displaced families", "IDPs from Sinja", "two thousand displaced families", "IDPs"],
                    "ar": ["نحو ألفي أسرة نازحة من سنجة", "ألفي أسرة نازحة", "أسرة نازحة"]}, CIVILIANS)
OCHA = {"en": ["OCHA", "UN Office for the Coordination of Humanitarian Affairs", "United Nations"],
        "ar": ["مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", "«أوتشا»", "أوتشا"]}
WARRING_PARTIES = merge({"en": ["the warring parties", "both parties"], "ar": ["طرفي النزاع"]}, SAF, RSF)
SD_FMOH = {"en": ["Federal Ministry of Health", "Sudan's health ministry", "health ministry delegation"],
           "ar": ["وفد من وزارة الصحة الاتحادية", "وزارة الصحة الاتحادية"]}
SAF_CAMP = merge({"en": ["army camp"], "ar": ["معسكر للجيش"]}, SAF)
RSF_COMMANDER = merge({"en": ["RSF field commander", "field commander"],
                       "ar": ["قائد ميداني في الميليشيا", "قائد ميداني"]}, RSF)
SENNAR_GOV = {"en": ["Sennar State government", "government of Sennar State", "Sennar government"],
              "ar": ["حكومة ولاية سنار"]}
INTL_ORGS = {"en": ["international organisations", "international organizations"], "ar": ["المنظمات الدولية"]}
SUKI_FARMERS = merge({"en": ["four farmers", "farmers", "farm"], "ar": ["أربعة مزارعين", "مزارعين", "مزرعتهم"]},
                     CIVILIANS)

SENNAR = {"accept": ["سنار", "مدينة سنار", "الأحياء الشرقية لمدينة سنار", "سوق سنار الكبير", "Sennar", "Sinnar",
                     "Sennar city"]}
SENNAR_DAM = place({"accept": ["خزان سنار", "Sennar Dam"]}, SENNAR)
JEBEL_MOYA = {"accept": ["جبل موية", "منطقة جبل موية", "Jebel Moya", "Jabal Moya", "Jebel Muya"]}
SINJA = {"accept": ["سنجة", "مدينة سنجة", "Sinja", "Singa", "Sinjah"]}
ABU_HUJAR_DALI_MAZMUM = {"accept": ["أبو حجار", "الدالي", "المزموم", "Abu Hujar", "Abu Hugar", "Al-Dali", "Dali",
                                    "Al-Mazmum", "Mazmum"]}
DINDER = {"accept": ["الدندر", "مدينة الدندر", "Dinder", "Al Dinder", "Ad Dindar"]}
SUKI = {"accept": ["السوكي", "مدينة السوكي", "Suki", "Es Suki", "As Suki", "Al Suki"]}

# ================================================================ 133: Qalqilya and Salfit (Palestinian news site)
IL_ARMY = {"en": ["Israeli army", "Israel Defense Forces", "IDF", "Israeli forces", "Israeli occupation forces",
                  "Israeli bulldozers"],
           "ar": ["قوات الاحتلال الإسرائيلي", "قوات الاحتلال", "جيش الاحتلال", "قوة من جيش الاحتلال",
                  "جرافات الاحتلال", "الاحتلال"]}
AZZUN_YOUTHS = merge({"en": ["three young men", "young men", "the young man", "a 20-year-old"],
                      "ar": ["ثلاثة شبان", "الشاب", "شبان"]}, CIVILIANS)
AZZUN_DETAINEES = {"en": ["four young men", "four others", "detainees"], "ar": ["أربعة آخرين"]}
SETTLERS = {"en": ["Israeli settlers", "settlers", "colonists", "Tapuah settlers"],
            "ar": ["مستعمرون من مستعمرة «تفوح»", "مستعمرون", "المستعمرين", "مستعمرين", "مستعمر"]}
YASUF_FARMERS = merge({"en": ["olive pickers", "families", "farmers", "Palestinian farmers"],
                       "ar": ["عائلات كانت تقطف ثمار الزيتون", "عائلات", "مزارعَين", "المزارعين", "قاطفي الزيتون"]},
                      CIVILIANS)
YASUF_DETAINEES = {"en": ["three farmers", "farmers"], "ar": ["ثلاثة من المزارعين", "المزارعين"]}
QALQILYA_STRUCTURES = merge({"en": ["two rainwater wells", "agricultural shed", "stone terraces"],
                             "ar": ["بئرين لتجميع مياه الأمطار", "بركساً زراعياً", "سلاسل حجرية"]}, CIVILIANS)
PRISONER_FAMILIES = {"en": ["Commission of Detainees' Affairs", "Palestinian Prisoners' Society", "prisoners' families",
                            "families of prisoners"],
                     "ar": ["هيئة شؤون الأسرى والمحرّرين", "نادي الأسير", "العشرات من ذوي الأسرى", "ذوي الأسرى"]}
ICRC = {"en": ["International Committee of the Red Cross", "ICRC", "Red Cross"],
        "ar": ["اللجنة الدولية للصليب الأحمر", "الصليب الأحمر"]}
IL_PRISONS = {"en": ["Israel Prison Service", "prison administration"],
              "ar": ["إدارة سجون الاحتلال", "إدارة السجون"]}
EU_DELEGATION = {"en": ["EU delegation", "European Union", "Office of the EU Representative", "EU"],
                 "ar": ["وفد من مكتب ممثل الاتحاد الأوروبي في فلسطين", "مكتب ممثل الاتحاد الأوروبي",
                        "الاتحاد الأوروبي", "الوفد الأوروبي", "رئيس الوفد"]}
QALQILYA_GOVERNOR = {"en": ["Qalqilya governor", "Governor of Qalqilya", "governor's office"],
                     "ar": ["محافظ قلقيلية", "مكتب المحافظ"]}
AZZUN_KQ_RESIDENTS = merge({"en": ["residents of Azzun and Kafr Qaddum", "students and employees", "vehicles"],
                            "ar": ["الطلبة والموظفين", "المركبات"]}, CIVILIANS)
KQ_COMMITTEE = {"en": ["Kafr Qaddum popular resistance committee", "popular resistance committee"],
                "ar": ["لجنة المقاومة الشعبية في كفر قدوم", "لجنة المقاومة الشعبية"]}
AZZUN_SUSPECTS = {"en": ["suspects", "stone and explosive throwers"], "ar": ["مشتبهين"]}
BRUQIN_SHEPHERD = merge({"en": ["shepherd", "a shepherd from Bruqin"], "ar": ["راعياً", "الراعي"]}, CIVILIANS)
SHOMRON_HEAD = {"en": ["head of the Shomron Regional Council", "Shomron Regional Council", "Samaria settlers council",
                       "settler council head"],
                "ar": ["رئيس ما يُسمّى مجلس مستعمرات «شومرون»", "مجلس مستعمرات «شومرون»", "مجلس مستعمرات"]}
AZZUN_TOWN = merge({"en": ["Azzun", "residents of Azzun", "town of Azzun"], "ar": ["عزون", "أهالي عزون"]}, CIVILIANS)
IL_DEF_MIN = {"en": ["Israeli Defense Minister", "Israeli defence minister", "Israel's defense minister"],
              "ar": ["وزير جيش الاحتلال", "وزير الدفاع الإسرائيلي"]}
PS_MOFA = {"en": ["Palestinian Ministry of Foreign Affairs and Expatriates", "Palestinian foreign ministry"],
           "ar": ["وزارة الخارجية والمغتربين الفلسطينية", "وزارة الخارجية والمغتربين", "الخارجية الفلسطينية"]}
SETTLERS_IL_GOV = merge(SETTLERS, {"en": ["Israeli government", "occupation government", "Israel"],
                                   "ar": ["حكومة الاحتلال"]})
SETTLER_SHOOTER = merge({"en": ["a settler", "settler gunman"], "ar": ["مستعمر"]}, SETTLERS)
KAFR_AD_DIK_VICTIMS = merge({"en": ["a 12-year-old girl", "girl", "her father", "family car"],
                             "ar": ["طفلة في الثانية عشرة من عمرها", "طفلة", "والدها", "مركبة العائلة"]}, CIVILIANS)

AZZUN = {"accept": ["عزون", "بلدة عزون", "Azzun", "'Azzun", "Azzoun"]}
YASUF = {"accept": ["ياسوف", "بلدة ياسوف", "أراضي بلدة ياسوف", "Yasuf", "Yasouf"]}
HABLA_KT_JAYYUS = {"accept": ["حبلة", "كفر ثلث", "جيوس", "قرى حبلة وكفر ثلث وجيوس", "Habla", "Hablah", "Kafr Thulth",
                              "Jayyus", "Jayyous"]}
QALQILYA = {"accept": ["قلقيلية", "مدينة قلقيلية", "وسط مدينة قلقيلية", "Qalqilya", "Qalqiliya", "Qalqilyah"]}
JAYYUS = {"accept": ["جيوس", "قرية جيوس", "Jayyus", "Jayyous"]}
AZZUN_KQ = {"accept": ["عزون", "كفر قدوم", "بلدتي عزون وكفر قدوم", "Azzun", "Kafr Qaddum", "Kafr Qaddoum",
                       "Kufr Qaddum"]}
KAFR_QADDUM = {"accept": ["كفر قدوم", "Kafr Qaddum", "Kafr Qaddoum", "Kufr Qaddum"]}
BRUQIN = {"accept": ["بروقين", "بلدة بروقين", "Bruqin", "Brukin"]}
KAFR_AD_DIK = {"accept": ["كفر الديك", "بلدة كفر الديك", "Kafr ad-Dik", "Kafr al-Dik", "Kafr ad Dik"]}

# ================================================================ 134: Babil and the Karbala road (Iraqi news site)
PMF = {"en": ["Popular Mobilization Forces", "Popular Mobilisation Forces", "PMF", "Hashd al-Shaabi",
              "Popular Mobilization Commission"],
       "ar": ["هيئة الحشد الشعبي", "الحشد الشعبي", "«الحشد»", "عنصران من هيئة الحشد الشعبي", "عناصر الحشد",
              "عجلة تابعة للهيئة", "الهيئة"]}
ISIS = {"en": ["Islamic State", "ISIS", "IS", "ISIL", "Daesh"],
        "ar": ["تنظيم «داعش»", "داعش", "التنظيم", "خلايا التنظيم"]}
IQ_SEC_FORCES = {"en": ["Middle Euphrates Operations Command", "Iraqi security forces", "Iraqi army", "Iraqi police",
                        "Iraqi forces"],
                 "ar": ["قيادة عمليات الفرات الأوسط", "عمليات الفرات الأوسط", "الجيش والشرطة والحشد",
                        "القوات الأمنية"]}
IQ_FORCES_PMF = merge(IQ_SEC_FORCES, PMF, {"en": [], "ar": ["فصائل الحشد"]})
PILGRIMS = merge({"en": ["pilgrims", "Arbaeen pilgrims", "visitors"],
                  "ar": ["الزائرين", "زائري الأربعين", "حشود الزائرين"]}, CIVILIANS)
IRCS = {"en": ["Iraqi Red Crescent Society", "Iraqi Red Crescent", "IRCS"],
        "ar": ["جمعية الهلال الأحمر العراقي", "الهلال الأحمر العراقي"]}
BABIL_POLICE = {"en": ["Babil Police Command", "Babil police", "Babil Crime Combat Directorate", "Iraqi police"],
                "ar": ["مفارز مديرية مكافحة إجرام بابل", "مديرية مكافحة إجرام بابل", "قيادة شرطة بابل",
                       "شرطة بابل", "قيادة الشرطة"]}
BABIL_SUSPECTS = {"en": ["23 suspects", "suspects", "defendants"], "ar": ["23 متهماً", "متهماً"]}
HILLAH_HOUSEHOLD = merge({"en": ["house of a citizen", "homeowner", "residents of the house"],
                          "ar": ["منزل أحد المواطنين", "أحد المواطنين", "ساكنيه"]}, CIVILIANS)
WHEAT_FARMERS = merge({"en": ["wheat farmers", "farmers", "protesters", "farmers' delegation",
                              "farmers' representatives"],
                       "ar": ["مئات من مزارعي الحنطة", "مزارعي الحنطة", "المزارعون", "المزارعين", "ممثلي المزارعين",
                              "وفداً من المتظاهرين", "المتظاهرين"]}, CIVILIANS)
IQ_TRADE_MIN = {"en": ["Iraqi Ministry of Trade", "Ministry of Trade", "Trade Ministry"],
                "ar": ["وزارة التجارة", "الوزارة"]}
BABIL_GOVERNOR = {"en": ["Babil governor", "Governor of Babil", "Babylon governor"], "ar": ["محافظ بابل"]}
PAKISTANI_PILGRIMS = merge({"en": ["two Pakistani pilgrims", "Pakistani pilgrims", "pilgrims"],
                            "ar": ["زائرَين من الجنسية الباكستانية", "زائرَين", "الزائرَين"]}, CIVILIANS)
IQ_FED_GOV = {"en": ["Iraqi federal government", "federal government", "Iraqi government"],
              "ar": ["الحكومة الاتحادية"]}
WANTED_MAN = {"en": ["wanted man", "drug trafficker", "wanted suspect"], "ar": ["مطلوب للقضاء", "مطلوب"]}
BABIL_POLICEMAN = merge({"en": ["Babil policeman", "policeman", "police officer"],
                         "ar": ["منتسب في شرطة بابل", "منتسب"]}, BABIL_POLICE)

JURF = {"accept": ["جرف النصر", "ناحية جرف النصر", "جرف الصخر", "Jurf al-Nasr", "Jurf al-Sakhar", "Jurf as-Sakhr",
                   "Jurf al-Sakhr", "المسيب", "Al-Musayab", "Musayyib"]}
HILLAH_KARBALA_ROAD = {"accept": ["الطريق الرابط بين الحلة وكربلاء", "طريق الحلة – كربلاء", "الحلة", "كربلاء",
                                  "Hillah-Karbala road", "Hillah", "Al Hillah", "Karbala"]}
BABIL_DISTRICTS = {"accept": ["المسيب", "المحاويل", "الهاشمية", "Al-Musayab", "Musayyib", "Al Mahawil", "Mahawil",
                              "Al Hashimiyah", "Hashimiyah"]}
HILLAH = {"accept": ["الحلة", "وسط الحلة", "مدينة الحلة", "Hillah", "Al Hillah", "Al-Hilla"]}
HILLAH_BABIL = {"accept": ["الحلة", "بابل", "محافظة بابل", "Hillah", "Al Hillah", "Babil", "Babylon"]}
HILLAH_BAGHDAD_ROAD = {"accept": ["الطريق الدولي الرابط بين الحلة وبغداد", "الحلة", "Hillah-Baghdad highway",
                                  "Hillah", "Al Hillah"]}
ISKANDARIYA = {"accept": ["الإسكندرية", "ناحية الإسكندرية", "Iskandariyah", "Al Iskandariyah",
                          "Nahiyat al Iskandariyah"]}

# ================================================================ 135: Hajjah (Yemeni news site)
HOUTHIS = {"en": ["Houthis", "Houthi militia", "Ansar Allah", "Houthi group", "Houthi fighters"],
           "ar": ["ميليشيا الحوثي", "الحوثي", "عناصر حوثيون", "مسلحون حوثيون", "حوثية", "الجماعة", "الميليشيا"]}
HOUTHI_COURT = merge({"en": ["Specialized Criminal Court", "Houthi-run Specialized Criminal Court", "Houthi court"],
                      "ar": ["المحكمة الجزائية المتخصصة التابعة للجماعة", "المحكمة الجزائية المتخصصة",
                             "محكمة حوثية"]}, HOUTHIS)
HAYRAN_CHILDREN = merge({"en": ["three children", "children", "shepherd children"],
                         "ar": ["ثلاثة أطفال", "الأطفال الثلاثة"]}, CIVILIANS)
KUSHAR_CONVICTS = merge({"en": ["six citizens", "six men from Kushar", "defendants"],
                         "ar": ["ستة مواطنين", "أبناء كشر"]}, CIVILIANS)
YE_ARMY = {"en": ["Yemeni National Army", "National Army", "Yemeni government forces", "Fifth Military Region"],
           "ar": ["الجيش الوطني", "قوات الجيش", "المنطقة العسكرية الخامسة", "المركز الإعلامي للمنطقة العسكرية الخامسة"]}
HAJJAH_TARGETS = merge({"en": ["villages", "army positions", "homes of citizens"],
                        "ar": ["قرى ومواقع للجيش الوطني", "منازل المواطنين"]}, YE_ARMY, CIVILIANS)
HOUTHI_ARMY = merge(YE_ARMY, HOUTHIS)
YE_HR_MIN = {"en": ["Yemeni Ministry of Human Rights", "Ministry of Human Rights", "Yemeni government"],
             "ar": ["وزارة حقوق الإنسان في الحكومة المعترف بها دولياً", "وزارة حقوق الإنسان",
                    "الحكومة المعترف بها دولياً"]}
UN_ENVOY = {"en": ["UN Special Envoy for Yemen", "UN envoy", "United Nations"],
            "ar": ["المبعوث الأممي الخاص إلى اليمن", "المبعوث الأممي"]}
HAJJAH_TEACHERS = merge({"en": ["five teachers", "teachers"], "ar": ["خمسة معلمين", "معلمين"]}, CIVILIANS)
KSRELIEF = {"en": ["King Salman Humanitarian Aid and Relief Centre", "KSrelief", "Saudi Arabia"],
            "ar": ["مركز الملك سلمان للإغاثة والأعمال الإنسانية", "مركز الملك سلمان"]}
MIDI_IDPS = merge({"en": ["displaced families", "IDPs", "displaced people"], "ar": ["أسر نازحة"]}, CIVILIANS)
HARAD_IDPS = merge({"en": ["displaced people", "IDPs", "protesters"], "ar": ["العشرات من النازحين", "النازحين"]},
                   CIVILIANS)
EXEC_UNIT = {"en": ["Executive Unit for IDP Camps", "Executive Unit"],
             "ar": ["الوحدة التنفيذية لإدارة مخيمات النازحين", "الوحدة التنفيذية"]}
HAJOUR = {"en": ["Hajour tribesmen", "Hajour tribes", "tribal gunmen"],
          "ar": ["مسلحين من قبائل حجور", "قبائل حجور", "أبناء القبيلة"]}
HAJOUR_HOUTHIS = merge(HAJOUR, HOUTHIS)
FIFTH_MR_COMMANDER = merge({"en": ["commander of the Fifth Military Region"], "ar": ["قائد المنطقة العسكرية الخامسة"]},
                           YE_ARMY)
HAJJAH_GOVERNOR = {"en": ["Hajjah governor", "government-appointed governor of Hajjah"],
                   "ar": ["محافظ حجة المعيّن من الحكومة", "محافظ حجة"]}
HAJJAH_SHEIKHS = {"en": ["sheikhs of Harad, Midi and Abs", "tribal sheikhs", "sheikhs"],
                  "ar": ["مشايخ مديريات حرض وميدي وعبس", "مشايخ"]}
SANAA_NINE = merge({"en": ["nine citizens"], "ar": ["تسعة مواطنين"]}, CIVILIANS)
HOUTHI_SNIPER = merge({"en": ["Houthi sniper"], "ar": ["قنّاص حوثي"]}, HOUTHIS)
HARAD_WOMAN = merge({"en": ["a woman", "woman and her daughter", "her daughter"], "ar": ["امرأة", "ابنتها"]},
                    CIVILIANS)

HAYRAN = {"accept": ["حيران", "مديرية حيران", "مركز مديرية حيران", "Hayran", "Hairan"]}
HAJJAH_CITY = {"accept": ["حجة", "مدينة حجة", "Hajjah", "Hajja", "Hajjah city"]}
HARAD_HAYRAN_MIDI = {"accept": ["حرض", "حيران", "ميدي", "مديريات حرض وحيران وميدي", "Harad", "Haradh", "Hayran",
                                "Midi", "Maydi"]}
HARAD = {"accept": ["حرض", "مدينة حرض", "شرق مدينة حرض", "جبهة حرض", "Harad", "Haradh"]}
HARAD_CAMPS = place({"accept": ["أحد مخيمات مديرية حرض", "مديرية حرض"]}, HARAD)
ABS = {"accept": ["عبس", "مديرية عبس", "أطراف مديرية عبس", "Abs", "Abs district"]}
MIDI = {"accept": ["ميدي", "مديرية ميدي", "مدينة ميدي", "Midi", "Maydi"]}
KUSHAR = {"accept": ["كشر", "مديرية كشر", "Kushar", "Kushr"]}
SANAA = {"accept": ["صنعاء", "Sanaa", "Sana'a"]}
