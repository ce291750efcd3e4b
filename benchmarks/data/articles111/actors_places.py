"""Accepted actor names and place names for the hundred-and-eleventh team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries
and not copied from the earlier sets' lists (the style is the same: Arabic surface forms as they
occur in the articles, common variants, and English names). No gazetteer was opened: place names
carry their usual Arabic and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «الشرطة», «الحكومة», «القيادة», «الشركة») are left out on purpose,
with one exception, used only in the article where it names a single actor:
- 555: «الجماعة» (only ever the Houthi movement).
In meetings, joint work and agreements between two parties (CONSULT, AGREE, COOPERATE) both parties are
accepted in either role. One-sided attacks have their perpetrator as source (none where the text names
none and no one claims the act) and their victims as recipient; an attack on armed men has the attackers
as source and the men attacked as recipient, as in the model set; a clash told as a fight between two
sides has both as sources and no recipient; a claim made in the event's own paragraphs keeps the claimant
among the accepted sources.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ============================================================ 551: al-Shbiki, Shahba, al-Mushannaf, Salkhad
# (As-Suwayda governorate, Syria), 2016
SHAHBA_PROTESTERS = {"en": ["residents of Shahba", "Shahba protesters", "protesters"],
                     "ar": ["عشرات من أهالي مدينة شهبا", "أهالي مدينة شهبا", "المحتجين"]}
MIL_SECURITY = {"en": ["Syrian Military Intelligence", "Military Security", "Syrian government"],
                "ar": ["الأمن العسكري", "حاجز للأمن العسكري"]}
SHAHBA_YOUTH = {"en": ["a young man from Shahba", "detainee", "civilian"],
                "ar": ["شاب من أبناء المدينة", "الشاب المعتقل"]}
ISIS_551 = {"en": ["Islamic State", "ISIS", "IS", "ISIL", "Daesh"],
            "ar": ["مقاتلو تنظيم «داعش»", "تنظيم «داعش»", "داعش", "مقاتليه"]}
FAZAA = {"en": ["al-Faz'a volunteers", "local defence volunteers", "Druze militia", "local volunteers"],
         "ar": ["متطوعي «الفزعة»", "ثلاثة من المتطوعين", "المتطوعون الثلاثة", "«الفزعة»"]}
KARAMA = {"en": ["Men of Dignity", "Rijal al-Karama", "Sheikhs of Dignity movement"],
          "ar": ["حركة «رجال الكرامة»", "«رجال الكرامة»", "رجال الكرامة"]}
SECURITY_AGENCIES = {"en": ["Syrian security services", "Syrian security agencies", "Syrian government"],
                     "ar": ["الأجهزة الأمنية"]}
SUWAYDA_GOVERNOR = {"en": ["Governor of As-Suwayda", "As-Suwayda governorate", "Syrian government"],
                    "ar": ["محافظ السويداء"]}
SYRIAN_ARMY = {"en": ["Syrian army", "Syrian Arab Army", "Military Forces of Syria", "Syrian government"],
               "ar": ["وحدات من الجيش"]}
SHAHBA_NOTABLES = {"en": ["notables of Shahba", "Shahba notables"], "ar": ["وجهاء من شهبا"]}
BADIA_GUNMEN = {"en": ["gunmen from the desert", "gunmen"], "ar": ["مسلحين من البادية"]}
MUSHANNAF_SHEPHERDS = {"en": ["two shepherds of al-Mushannaf", "shepherds", "civilians"],
                       "ar": ["راعيين من بلدة المشنف", "راعيين", "الراعيين"]}
DRUZE_DELEGATION = {"en": ["delegation of Druze sheikhs and Shahba notables", "Druze religious leaders",
                           "Shahba notables"],
                    "ar": ["وفد من مشايخ الطائفة ووجهاء شهبا", "مشايخ الطائفة"]}
DELEGATION_GOVERNOR = merge(DRUZE_DELEGATION, SUWAYDA_GOVERNOR)
SARC_SUWAYDA = {"en": ["Syrian Arab Red Crescent", "SARC", "Syrian Arab Red Crescent As-Suwayda branch"],
                "ar": ["فرع الهلال الأحمر العربي السوري في السويداء", "الهلال الأحمر العربي السوري"]}
EAST_FAMILIES = {"en": ["families of the eastern villages", "civilians"],
                 "ar": ["مئتي عائلة في القرى الشرقية", "مئتي عائلة"]}
EAST_VILLAGERS = {"en": ["people of the eastern villages", "civilians"], "ar": ["أبناء هذه القرى"]}
SALKHAD_GUNMEN = {"en": ["unidentified gunmen", "gunmen"], "ar": ["مسلحون مجهولون"]}
SALKHAD_NOTABLE = {"en": ["a notable of Salkhad", "civilian"], "ar": ["أحد وجهاء مدينة صلخد", "أحد وجهاء"]}

# ====================================================== places: 551
SUWAYDA_GOV = {"accept": ["محافظة السويداء", "ريف السويداء", "As-Suwayda Governorate", "Suwayda Governorate",
                          "As-Suwayda"]}
SHAHBA_NAMES = ["مدينة شهبا", "شهبا", "Shahba"]
SHAHBA_ROAD = place({"accept": ["الطريق العام الذي يصل المدينة بالعاصمة", *SHAHBA_NAMES]}, SUWAYDA_GOV)
SHAHBA = place({"accept": SHAHBA_NAMES}, SUWAYDA_GOV)
SHBIKI_NAMES = ["قرية الشبكي", "الشبكي", "al-Shbiki", "Shbiki", "al-Shabki"]
SHBIKI = place({"accept": ["التلة الشرقية لقرية الشبكي", *SHBIKI_NAMES]}, SUWAYDA_GOV)
EAST_VILLAGES = place({"accept": ["خط القرى الشرقية", "القرى الشرقية", "الشبكي", "رامي", "al-Shbiki",
                                  "Rami", "eastern countryside of As-Suwayda"]}, SUWAYDA_GOV)
EAST_VILLAGES_AID = place({"accept": ["القرى الشرقية", "eastern villages of As-Suwayda"]}, SUWAYDA_GOV)
MUSHANNAF = place({"accept": ["بلدة المشنف", "المشنف", "al-Mushannaf", "Mushannaf"]}, SUWAYDA_GOV)
SUWAYDA_CITY = place({"accept": ["مدينة السويداء", "السويداء", "As-Suwayda", "Suwayda", "Sweida"]},
                     SUWAYDA_GOV)
SALKHAD = place({"accept": ["مدينة صلخد", "صلخد", "Salkhad"]}, SUWAYDA_GOV)

# ============================================================ 552: Abu Saida, Balad Ruz, al-Saadiya,
# Khanaqin, Jalawla (Diyala, Iraq), 2021
DIYALA_POLICE = {"en": ["Diyala Police Command", "Police Forces of Iraq", "Iraqi police"],
                 "ar": ["قيادة شرطة محافظة ديالى", "شرطة محافظة ديالى"]}
BATTERY_THIEVES = {"en": ["three suspects", "battery thieves"], "ar": ["ثلاثة أشخاص", "المتهمين"]}
ISIS_552 = {"en": ["Islamic State", "ISIS", "IS", "ISIL", "Daesh"],
            "ar": ["مسلحون من تنظيم «داعش»", "تنظيم «داعش»", "داعش", "مقاتليه"]}
TOWER_GUARDS = {"en": ["three civilian tower guards", "tower guards", "civilians"],
                "ar": ["ثلاثة من حراس البرج المدنيين", "حراس البرج", "الحراس الثلاثة"]}
DIYALA_GOVERNOR = {"en": ["Governor of Diyala", "Diyala governorate", "Government of Iraq"],
                   "ar": ["محافظ ديالى"]}
ISIS_CELLS = {"en": ["Islamic State cells", "ISIS", "smuggling networks"],
              "ar": ["«خلايا التنظيم وشبكات تهريب تتعاون معها»", "خلايا التنظيم"]}
JOC = {"en": ["Joint Operations Command", "Iraqi Joint Operations Command", "Military Forces of Iraq"],
       "ar": ["قيادة العمليات المشتركة"]}
PHONE_COMPANIES = {"en": ["mobile phone companies of Diyala", "telecom operators"],
                   "ar": ["شركات الهاتف النقال العاملة في المحافظة", "شركات الهاتف النقال"]}
ARMY_PMF = {"en": ["Iraqi army", "Popular Mobilization Forces", "PMF", "Military Forces of Iraq"],
            "ar": ["قطعات من الجيش و«الحشد الشعبي»", "«الحشد الشعبي»", "الحشد الشعبي"]}
MIL_INTEL = {"en": ["Iraqi Military Intelligence", "Military Forces of Iraq"],
             "ar": ["قوة من الاستخبارات العسكرية", "الاستخبارات العسكرية"]}
ABU_SAIDA_SUSPECT = {"en": ["a suspect", "suspect"], "ar": ["مشتبه به واحد", "مشتبه به"]}
MIN_COMM = {"en": ["Iraqi Ministry of Communications", "Ministry of Communications", "Government of Iraq"],
            "ar": ["وزارة الاتصالات"]}
CMC = {"en": ["Communications and Media Commission", "CMC", "Iraqi CMC"],
       "ar": ["هيئة الإعلام والاتصالات"]}
FINED_COMPANY = {"en": ["a mobile phone company", "telecom operator"], "ar": ["إحدى شركات الهاتف النقال"]}
FEDERAL_POLICE = {"en": ["Iraqi Federal Police", "Federal Police", "Police Forces of Iraq"],
                  "ar": ["قوة من الشرطة الاتحادية", "الشرطة الاتحادية"]}
GUARDS_KIN = {"en": ["families of the killed guards", "relatives of the guards"], "ar": ["ذوو الحراس القتلى"]}
OPERATOR = {"en": ["the company operating the tower", "telecom company"], "ar": ["الشركة المشغّلة"]}
JALAWLA_GUNMEN = {"en": ["gunmen", "Islamic State"], "ar": ["مسلحون"]}
JALAWLA_TECHNICIAN = {"en": ["a technician", "civilian"], "ar": ["فني"]}

# ====================================================== places: 552
DIYALA_GOV = {"accept": ["محافظة ديالى", "ديالى", "Diyala", "Diyala Governorate"]}
BALAD_RUZ = place({"accept": ["قضاء بلدروز", "بلدروز", "Balad Ruz", "Baladrooz"]}, DIYALA_GOV)
ABU_SAIDA_NAMES = ["ناحية أبو صيدا", "أبو صيدا", "Abu Saida", "Abu Sayda"]
ABU_SAIDA = place({"accept": ["أطراف ناحية أبو صيدا", *ABU_SAIDA_NAMES]}, DIYALA_GOV)
ABU_SAIDA_ORCHARDS = place({"accept": ["البساتين والقرى المحيطة بموقع الهجوم", *ABU_SAIDA_NAMES]}, DIYALA_GOV)
NORTH_EAST_COUNTRYSIDE = place({"accept": ["الأرياف الشمالية والشرقية", "Diyala countryside"]}, DIYALA_GOV)
SAADIYA = place({"accept": ["ناحية السعدية", "السعدية", "al-Saadiya", "Saadiya", "As Sa'diyah"]}, DIYALA_GOV)
KHANAQIN = place({"accept": ["قرى قضاء خانقين", "قضاء خانقين", "خانقين", "Khanaqin"]}, DIYALA_GOV)
BAQUBAH_ROAD = place({"accept": ["الطريق بين بعقوبة والمقدادية", "بعقوبة", "المقدادية", "Baqubah", "Baquba",
                                 "al-Muqdadiya", "Muqdadiyah"]}, DIYALA_GOV)
DIYALA_COUNTRYSIDE = place({"accept": ["أرياف ديالى", "ريف ديالى"]}, DIYALA_GOV)
JALAWLA = place({"accept": ["ناحية جلولاء", "جلولاء", "Jalawla", "Jalula"]}, DIYALA_GOV)

# ============================================================ 553: Zawiya, Surman, Sabratha (Zawiya,
# Libya), 2014
ZAWIYA_LAWYERS = {"en": ["lawyers and prosecutors of Zawiya", "lawyers", "protesters"],
                  "ar": ["عشرات المحامين ووكلاء النيابة", "المحامين ووكلاء النيابة", "المعتصمين"]}
SURMAN_PROSECUTOR = {"en": ["a prosecutor of the Surman court", "prosecutor"],
                     "ar": ["وكيل نيابة في محكمة صرمان الجزئية", "وكيل النيابة المختطف", "وكيل نيابة"]}
KIDNAPPERS_553 = {"en": ["the kidnappers", "unidentified kidnappers"], "ar": ["الخاطفين"]}
COURT_ATTACKERS = {"en": ["gunmen in two civilian cars", "unidentified gunmen", "gunmen"],
                   "ar": ["مسلحون يستقلون سيارتين مدنيتين", "مسلحون", "المهاجمين"]}
COURT_VICTIMS = {"en": ["two judicial police guards and an elderly court visitor", "Judicial Police of Libya",
                        "court guards", "civilians"],
                 "ar": ["حارسان من الشرطة القضائية ومراجع مسنّ", "حارسان من الشرطة القضائية", "القتلى الثلاثة",
                        "الشرطة القضائية"]}
BAR_ASSOCIATION = {"en": ["Zawiya Bar Association", "Zawiya lawyers' syndicate", "lawyers"],
                   "ar": ["نقابة المحامين في الزاوية", "نقابة المحامين"]}
OUTLAW_GROUPS = {"en": ["armed groups outside legitimacy", "militias", "armed groups"],
                 "ar": ["«المجموعات المسلحة الخارجة عن الشرعية»", "المجموعات المسلحة"]}
GNC = {"en": ["General National Congress", "GNC", "Libyan parliament"], "ar": ["المؤتمر الوطني العام"]}
JUDGES_CLUB = {"en": ["Judges' Club", "judges of Zawiya", "Libyan judges"], "ar": ["نادي القضاة"]}
ZAWIYA_SECURITY = {"en": ["Zawiya Security Directorate", "Police Forces of Libya", "Libyan police"],
                   "ar": ["مديرية أمن الزاوية"]}
APPEALS_COURT = {"en": ["Zawiya Court of Appeal", "Libyan judiciary"], "ar": ["محكمة استئناف الزاوية"]}
FUEL_DEFENDANTS = {"en": ["defendants in the fuel smuggling case", "defendants"], "ar": ["المتهمين"]}
ANNEX_BRIGADE = {"en": ["armed brigade based in the court annex", "Zawiya militia", "militia"],
                 "ar": ["كتيبة مسلحة تتخذ من ملحق المجمع مقراً لها", "كتيبة مسلحة"]}
MIN_JUSTICE = {"en": ["Libyan Ministry of Justice", "Ministry of Justice", "Government of Libya"],
               "ar": ["وزارة العدل"]}
ZAWIYA_COUNCIL = {"en": ["Zawiya Local Council", "Zawiya municipal council"],
                  "ar": ["المجلس المحلي للمدينة", "المجلس المحلي"]}
OTHER_BRIGADES = {"en": ["the other brigades", "militias"], "ar": ["بقية الكتائب"]}
UNSMIL = {"en": ["UNSMIL", "United Nations Support Mission in Libya", "United Nations"],
          "ar": ["بعثة الأمم المتحدة للدعم في ليبيا «أونسميل»", "بعثة الأمم المتحدة للدعم في ليبيا",
                 "«أونسميل»"]}
COURT_COMPLEX_BODY = {"en": ["Zawiya court complex", "Libyan judiciary"], "ar": ["مجمع المحاكم"]}
COURT_PRESIDENT = {"en": ["President of the Zawiya Court of Appeal", "Libyan judiciary"],
                   "ar": ["رئيس محكمة استئناف الزاوية"]}
ZAWIYA_NOTABLES = {"en": ["delegation of Zawiya notables", "Zawiya notables", "notables"],
                   "ar": ["وفداً من أعيان المدينة", "أعيان المدينة", "الأعيان"]}
COURT_MEETING = merge(COURT_PRESIDENT, ZAWIYA_NOTABLES)
JUDICIARY_MEMBERS = {"en": ["judges, prosecutors and lawyers", "Libyan judiciary"],
                     "ar": ["قضاة ووكلاء نيابة ومحامون"]}
SABRATHA_UNKNOWN = {"en": ["unidentified attackers", "unknown persons"], "ar": ["مجهولون"]}
SABRATHA_PROSECUTOR = {"en": ["a prosecutor of Sabratha", "prosecutor", "civilian"],
                       "ar": ["وكيل نيابة", "الرجل"]}

# ====================================================== places: 553
ZAWIYA_NAMES = ["مدينة الزاوية", "الزاوية", "Zawiya", "Az Zawiyah", "Zawiya District"]
COURT_COMPLEX = place({"accept": ["مجمع المحاكم وسط المدينة", "مجمع المحاكم", "Zawiya court complex",
                                  *ZAWIYA_NAMES]})
COURT_ANNEX = place({"accept": ["ملحق المجمع", "مجمع المحاكم", *ZAWIYA_NAMES]})
ZAWIYA_COURTS = place({"accept": ["محاكم الزاوية", *ZAWIYA_NAMES]})
WEST_COURTS = place({"accept": ["محاكم المنطقة الغربية", "المنطقة الغربية", "western Libya",
                                "western region"]})
APPEALS_COURT_PLACE = place({"accept": ["محكمة استئناف الزاوية", *ZAWIYA_NAMES]})
SABRATHA = place({"accept": ["مدينة صبراتة", "صبراتة", "Sabratha", "Sabratah"]})

# ============================================================ 554: Jubata al-Khashab, Khan Arnabah, Madinat
# al-Baath, Bariqa, Bir Ajam (Quneitra, Syria), 2012
REGIME_FORCES = {"en": ["Syrian government forces", "Syrian regime forces", "Military Forces of Syria",
                        "Syrian army", "Syrian government"],
                 "ar": ["قوات النظام"]}
JUBATA_CIVILIANS = {"en": ["four civilians", "civilians"], "ar": ["أربعة مدنيين", "القتلى الأربعة"]}
FSA = {"en": ["Free Syrian Army", "FSA", "Syrian rebels", "opposition fighters"],
       "ar": ["مقاتلون من «الجيش السوري الحر»", "«الجيش السوري الحر»", "الجيش السوري الحر", "«الجيش الحر»"]}
FSA_AND_REGIME = merge(FSA, REGIME_FORCES)
OPPOSITION_FIGHTERS = {"en": ["opposition fighters", "Syrian rebels", "Free Syrian Army"],
                       "ar": ["مقاتلي المعارضة"]}
JUBATA_COUNCIL = {"en": ["Jubata al-Khashab local council", "local council", "Syrian opposition"],
                  "ar": ["المجلس المحلي في جباتا الخشب", "المجلس المحلي"]}
UNDOF = {"en": ["UNDOF", "United Nations Disengagement Observer Force", "United Nations"],
         "ar": ["قوة الأمم المتحدة لمراقبة فض الاشتباك «أندوف»", "«أندوف»", "أندوف"]}
ISRAELI_ARMY = {"en": ["Israeli army", "Israel Defense Forces", "IDF", "Military Forces of Israel"],
                "ar": ["الجيش الإسرائيلي"]}
KHAN_ARNABAH_NOTABLES = {"en": ["notables of Khan Arnabah", "Khan Arnabah notables"],
                         "ar": ["وجهاء من خان أرنبة"]}
REGIME_OFFICER = {"en": ["Syrian army officer", "Syrian government forces", "Military Forces of Syria"],
                  "ar": ["ضابط في قوات النظام", "قوات النظام"]}
TRUCE_PARTIES = merge(KHAN_ARNABAH_NOTABLES, REGIME_OFFICER)
KHAN_ARNABAH_WOUNDED = {"en": ["three wounded", "civilians"], "ar": ["ثلاثة جرحى"]}
QUNEITRA_BATTALIONS = {"en": ["rebel battalions of the Quneitra countryside", "Syrian rebels",
                              "Free Syrian Army"],
                       "ar": ["ممثلو الكتائب المقاتلة في ريف القنيطرة", "الكتائب المقاتلة"]}
MIL_SECURITY_554 = {"en": ["Syrian Military Intelligence", "Military Security", "Syrian government forces"],
                    "ar": ["عناصر تابعين للأمن العسكري", "الأمن العسكري"]}
JUBATA_YOUTHS = {"en": ["five young men from Jubata al-Khashab", "civilians"],
                 "ar": ["خمسة شبان من جباتا الخشب", "خمسة شبان"]}
BIR_AJAM_YOUTHS = {"en": ["three young men of Bir Ajam", "civilians"],
                   "ar": ["ثلاثة شبان من البلدة", "ثلاثة شبان"]}

# ====================================================== places: 554
QUNEITRA_GOV = {"accept": ["محافظة القنيطرة", "القنيطرة", "Quneitra", "Quneitra Governorate"]}
JUBATA_NAMES = ["جباتا الخشب", "Jubata al-Khashab", "Jubata al-Khashb", "Jabbata al-Khashab"]
JUBATA = place({"accept": ["بلدة جباتا الخشب", *JUBATA_NAMES]}, QUNEITRA_GOV)
KHAN_ARNABAH = place({"accept": ["المدخل الشرقي لبلدة خان أرنبة", "بلدة خان أرنبة", "خان أرنبة",
                                 "Khan Arnabah", "Khan Arnaba"]}, QUNEITRA_GOV)
BAATH_NAMES = ["مدينة البعث", "Madinat al-Baath", "Baath City", "al-Baath"]
BAATH_CITY = place({"accept": BAATH_NAMES}, QUNEITRA_GOV)
BAATH_JUNCTION = place({"accept": ["حاجز عند مفرق مدينة البعث", "مفرق مدينة البعث", *BAATH_NAMES]},
                       QUNEITRA_GOV)
KHAN_BAATH_ROAD = place({"accept": ["الطريق بين خان أرنبة ومدينة البعث", "خان أرنبة", "مدينة البعث",
                                    "Khan Arnabah", "Madinat al-Baath"]}, QUNEITRA_GOV)
GOLAN_OCC = {"accept": ["الجزء المحتل من الهضبة", "الجزء المحتل من الجولان", "Golan Heights",
                        "occupied Golan", "Israeli-occupied Golan"]}
BARIQA = place({"accept": ["قرية بريقة", "بريقة", "Bariqa", "Buraiqa"]}, QUNEITRA_GOV)
QUNEITRA_COUNTRYSIDE = place({"accept": ["ريف القنيطرة", "Quneitra countryside"]}, QUNEITRA_GOV)
BIR_AJAM = place({"accept": ["بلدة بئر عجم", "بئر عجم", "Bir Ajam", "Beer Ajam"]}, QUNEITRA_GOV)

# ============================================================ 555: Dhubab, Mocha, the southern Red Sea (Taiz,
# Yemen), 2024
MOKHA_FISHERMEN = {"en": ["fishermen of Mocha", "fishermen", "protesters"],
                   "ar": ["عشرات الصيادين", "الصيادين"]}
COAST_GUARD = {"en": ["Yemeni Coast Guard", "Coast Guard command", "Yemeni government forces"],
               "ar": ["قيادة خفر السواحل", "خفر السواحل"]}
HOUTHIS = {"en": ["Houthis", "Ansar Allah", "Houthi movement"],
           "ar": ["جماعة الحوثي", "الجماعة", "الحوثيون", "الحوثيين"]}
DHUBAB_FISHERMEN = {"en": ["three fishermen", "fishermen", "civilians"],
                    "ar": ["ثلاثة صيادين", "الصيادون الثلاثة", "رفاقه الثلاثة"]}
FISH_COOP = {"en": ["Mocha fisheries cooperative", "fishermen's cooperative"],
             "ar": ["الجمعية التعاونية السمكية في المخا", "الجمعية التعاونية السمكية"]}
UN = {"en": ["United Nations", "UN"], "ar": ["الأمم المتحدة"]}
CONCEDE_FISHERMEN = {"en": ["fishing boats", "fishermen"], "ar": ["قوارب الصيد", "الصيادين"]}
ERITREAN_BOATS = {"en": ["Eritrean navy", "Eritrean boats", "Military Forces of Eritrea"],
                  "ar": ["زوارق إريترية"]}
ELEVEN_FISHERMEN = {"en": ["eleven Yemeni fishermen", "fishermen", "civilians"],
                    "ar": ["أحد عشر صياداً", "قاربين يمنيين"]}
HOUTHI_SOURCE = {"en": ["Houthi military source", "Houthis", "Ansar Allah"],
                 "ar": ["مصدر عسكري في الجماعة", "الجماعة"]}
MOKHA_AUTHORITY = {"en": ["Mocha local authority", "local authority"],
                   "ar": ["السلطة المحلية في المخا", "السلطة المحلية"]}
BOAT_OWNERS = {"en": ["boat owners", "fishermen"], "ar": ["أصحاب القوارب"]}
COAST_GUARD_NR = {"en": ["Yemeni Coast Guard", "National Resistance Forces", "National Resistance"],
                  "ar": ["زوارق خفر السواحل وقوات «المقاومة الوطنية»", "زوارق خفر السواحل",
                         "قوات «المقاومة الوطنية»", "«المقاومة الوطنية»"]}
FAO = {"en": ["FAO", "Food and Agriculture Organization"],
       "ar": ["منظمة الأغذية والزراعة التابعة للأمم المتحدة «الفاو»", "منظمة الأغذية والزراعة", "«الفاو»"]}
FAO_FISHERMEN = {"en": ["250 fishermen", "fishermen"], "ar": ["مئتين وخمسين صياداً"]}
RED_SEA_FISHERMEN = {"en": ["fishermen", "civilians"], "ar": ["أكثر من مئتي صياد", "مئتي صياد"]}
NATIONAL_RESISTANCE = {"en": ["National Resistance Forces", "National Resistance"],
                       "ar": ["قوات «المقاومة الوطنية»", "«المقاومة الوطنية»"]}
MINE_LAYERS = {"en": ["Houthis", "Ansar Allah"], "ar": ["الحوثيون"]}
MOKHA_MINE_VICTIMS = {"en": ["two fishermen", "fishermen", "civilians"], "ar": ["صيادان"]}

# ====================================================== places: 555
TAIZ_GOV = {"accept": ["محافظة تعز", "تعز", "Taiz", "Ta'izz", "Taiz Governorate"]}
MOKHA_NAMES = ["المخا", "Mocha", "Mokha", "al-Mukha"]
MOKHA_PORT = place({"accept": ["ميناء الاصطياد بمدينة المخا", "ميناء الاصطياد", *MOKHA_NAMES]}, TAIZ_GOV)
MOKHA = place({"accept": MOKHA_NAMES}, TAIZ_GOV)
DHUBAB_NAMES = ["ذباب", "Dhubab", "Dhubab District"]
DHUBAB_SEA = place({"accept": ["قبالة ساحل مديرية ذباب", "ساحل مديرية ذباب", "مديرية ذباب", *DHUBAB_NAMES]},
                   TAIZ_GOV)
DHUBAB_SHORES = place({"accept": ["شواطئ ذباب", *DHUBAB_NAMES]}, TAIZ_GOV)
MOKHA_DHUBAB = place({"accept": ["المخا وذباب", *MOKHA_NAMES, *DHUBAB_NAMES]}, TAIZ_GOV)
SOUTH_RED_SEA = {"accept": ["الجزر الواقعة جنوب البحر الأحمر", "جنوب البحر الأحمر", "southern Red Sea",
                            "Red Sea"]}
RED_SEA = {"accept": ["البحر الأحمر", "Red Sea"]}
MOKHA_COAST = place({"accept": ["قبالة ساحل المخا", "ساحل المخا", *MOKHA_NAMES]}, TAIZ_GOV)
