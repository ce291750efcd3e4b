"""Accepted actor names and place names for the hundred-and-ninth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries
and not copied from the earlier sets' lists (the style is the same: Arabic surface forms as they
occur in the articles, common variants, and English names). No gazetteer was opened: place names
carry their usual Arabic and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «الشرطة», «الحكومة», «المجلس») are left out on purpose, with these
exceptions, each used only in an article where it names a single actor:
- 542: «الجيش» (only ever the Syrian army);
- 544: «الشركة» (only ever the private cash-transport company);
- 545: «الحكومة» (only ever the Tunisian government).
In meetings, joint work and agreements between two parties (CONSULT, AGREE, COOPERATE) both parties are
accepted in either role. One-sided attacks have their perpetrator as source (none where the text names
none and no one claims the act) and their victims as recipient; an attack on a patrol has the attackers
as source and the patrol's men as recipient; a claim made in the event's own paragraphs keeps the
claimant among the accepted sources.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ============================================================ 541: Heraqla, al-Sahlabiya and Raqqa city
# (al-Raqqa governorate, Syria), 2023
ASAYISH = {"en": ["Internal Security Forces", "Asayish", "Raqqa Internal Security Forces",
                  "Syrian Democratic Forces", "SDF"],
           "ar": ["قوى الأمن الداخلي (الأسايش)", "قوى الأمن الداخلي", "الأسايش"]}
SMUGGLERS = {"en": ["the driver and his companion", "antiquities smugglers", "smugglers"],
             "ar": ["سائق السيارة ومرافقه", "سائق السيارة"]}
HERAQLA_ATTACKERS = {"en": ["masked gunmen", "gunmen", "Islamic State", "ISIS", "IS", "Daesh"],
                     "ar": ["مسلحون ملثمون", "تنظيم «داعش»", "داعش", "«جنود الخلافة»"]}
HERAQLA_GUARDS = {"en": ["three guards of the site", "site guards", "civilian guards", "civilians"],
                  "ar": ["ثلاثة من حراس الموقع", "حراس الموقع", "الحراس الثلاثة"]}
RAQQA_COUNCIL = {"en": ["Raqqa Civil Council", "Autonomous Administration of North and East Syria", "AANES"],
                 "ar": ["مجلس الرقة المدني"]}
SMUGGLING_NETWORKS = {"en": ["antiquities smuggling networks", "Islamic State cells", "ISIS"],
                      "ar": ["«شبكات تهريب الآثار المرتبطة بخلايا التنظيم»", "شبكات تهريب الآثار",
                             "خلايا التنظيم"]}
UNESCO = {"en": ["UNESCO", "United Nations Educational, Scientific and Cultural Organization"],
          "ar": ["منظمة الأمم المتحدة للتربية والعلم والثقافة", "«يونسكو»", "يونسكو"]}
GUARDS_KIN = {"en": ["relatives and colleagues of the killed guards", "site guards", "protesters"],
              "ar": ["عشرات من ذوي الحراس القتلى وزملائهم", "ذوي الحراس القتلى"]}
ASAYISH_MEN = {"en": ["Internal Security Forces", "Asayish"], "ar": ["عناصر من «الأسايش»", "الأسايش"]}
RAQQA_MIL_COUNCIL = {"en": ["Raqqa Military Council", "Syrian Democratic Forces", "SDF"],
                     "ar": ["مجلس الرقة العسكري", "قوات سوريا الديمقراطية «قسد»", "قوات سوريا الديمقراطية",
                            "«قسد»"]}
THE_KILLERS = {"en": ["the killers", "the attackers"], "ar": ["«القتلة ومن يقف خلفهم أينما كانوا»", "القتلة"]}
RESTORERS = {"en": ["delegation of restoration experts", "European-funded restoration experts"],
             "ar": ["وفد خبراء الترميم"]}
ECON_COMMITTEE = {"en": ["economic committee of the Raqqa Civil Council", "Raqqa Civil Council"],
                  "ar": ["لجنة الاقتصاد في المجلس", "لجنة الاقتصاد"]}
ANTIQUE_SHOPS = {"en": ["three antiques shops", "antique dealers"],
                 "ar": ["ثلاثة محال لبيع التحف", "محال لبيع التحف"]}
COUNCIL_REPS = {"en": ["representatives of the Raqqa Civil Council", "Raqqa Civil Council"],
                "ar": ["ممثلو المجلس"]}
WEST_TRIBES = {"en": ["notables of the tribes of the western countryside", "tribal elders"],
               "ar": ["وجهاء عشائر الريف الغربي"]}
COUNCIL_TRIBES = merge(COUNCIL_REPS, WEST_TRIBES)
DHAKIRA = {"en": ["Dhakirat al-Raqqa", "Raqqa Memory", "local NGO"],
           "ar": ["منظمة «ذاكرة الرقة» المحلية", "«ذاكرة الرقة»", "ذاكرة الرقة"]}
ANTIQ_COMMITTEE = {"en": ["Antiquities and Museums Committee of the Raqqa Civil Council",
                          "Raqqa antiquities committee", "Raqqa Civil Council"],
                   "ar": ["لجنة الآثار والمتاحف في مجلس الرقة المدني", "لجنة الآثار والمتاحف", "لجنة الآثار"]}
CULTURE_BODY = {"en": ["Culture Authority of the Autonomous Administration", "Autonomous Administration",
                        "AANES"],
                "ar": ["هيئة الثقافة في الإدارة الذاتية", "هيئة الثقافة"]}
MEMORY_GUARDS = {"en": ["the site guards", "guards"], "ar": ["«تضحيات حراس الذاكرة»", "حراس الذاكرة"]}
BIA_KIDNAPPERS = {"en": ["unidentified gunmen", "gunmen"], "ar": ["مسلحون مجهولون"]}
BIA_GUARD = {"en": ["a guard of the Tell al-Bi'a site", "site guard"],
             "ar": ["حارساً في موقع تل البيعة", "حارساً"]}

# ====================================================== places: 541
RAQQA_NAMES = ["مدينة الرقة", "الرقة", "Raqqa", "ar-Raqqah", "al-Raqqa"]
RAQQA_GOV = {"accept": ["محافظة الرقة", "Raqqa Governorate", "al-Raqqa Governorate"]}
RAQQA = place({"accept": RAQQA_NAMES}, RAQQA_GOV)
SAHLABIYA = place({"accept": ["حاجز عند مدخل بلدة السلحبية", "بلدة السلحبية", "السلحبية", "al-Sahlabiya",
                              "Sahlabiyah", "al-Tabqa road"]}, RAQQA)
HERAQLA = place({"accept": ["موقع هرقلة الأثري", "هرقلة", "Heraqla", "Hiraqla", "Heraqlah"]}, RAQQA)
COUNCIL_HQ = place({"accept": ["مبنى المجلس وسط المدينة", "مبنى المجلس"]}, RAQQA)
BADIA_ROADS = place({"accept": ["طرق البادية جنوب غربي المدينة", "طرق البادية", "Raqqa desert"]}, RAQQA)
RAQQA_MUSEUM = place({"accept": ["مستودع متحف الرقة", "متحف الرقة", "Raqqa Museum"]}, RAQQA)
OLD_MARKET = place({"accept": ["السوق القديم", "Raqqa old market"]}, RAQQA)
TELL_BIA = place({"accept": ["موقع تل البيعة", "تل البيعة", "Tell Bi'a", "Tall al-Bi'a", "Tuttul"]}, RAQQA)
MANSOURA_ROAD = place({"accept": ["طريق المنصورة", "المنصورة", "al-Mansoura", "Mansurah"]}, RAQQA_GOV)
WEST_COUNTRYSIDE = place({"accept": ["مواقع الريف الغربي", "الريف الغربي", "western Raqqa countryside"]},
                         RAQQA_GOV)

# ============================================================ 542: al-Ziraa in Latakia city, Kabani and
# Jabal al-Akrad, al-Haffah (Latakia governorate, Syria), 2016
ARMED_GROUPS = {"en": ["armed groups", "Syrian opposition", "rebels", "1st Coastal Division",
                        "Free Syrian Army"],
                "ar": ["المجموعات المسلحة", "«الفرقة الساحلية الأولى»", "الفرقة الساحلية الأولى"]}
ZIRAA_VICTIMS = {"en": ["three civilians", "civilians", "a university student"],
                 "ar": ["ثلاثة مدنيين", "الشهداء الثلاثة", "طالبة جامعية"]}
SYRIAN_ARMY = {"en": ["Syrian army", "Military Forces of Syria", "Syrian government forces",
                       "Syrian government"],
               "ar": ["الجيش"]}
SYRIAN_AIR = {"en": ["Syrian Arab Air Force", "Syrian air force", "Syrian army", "Military Forces of Syria"],
              "ar": ["الطيران الحربي"]}
KABANI_REBELS = {"en": ["armed groups", "rebels", "Syrian opposition"], "ar": ["مواقع المسلحين", "المسلحين"]}
MASSING_REBELS = {"en": ["armed groups", "rebels", "Syrian opposition"], "ar": ["للمسلحين", "المسلحين"]}
LATAKIA_GOVERNOR = {"en": ["Governor of Latakia", "Latakia governorate", "Syrian government"],
                    "ar": ["محافظ اللاذقية"]}
TURKEY = {"en": ["Turkey", "Turkish government"], "ar": ["«النظام التركي»", "النظام التركي"]}
UNSC = {"en": ["UN Security Council", "United Nations Security Council", "United Nations"],
        "ar": ["مجلس الأمن الدولي", "مجلس الأمن"]}
NDF = {"en": ["National Defence Forces", "NDF", "pro-government militia", "Syrian army"],
       "ar": ["قوات الدفاع الوطني", "مقاتلي «الدفاع الوطني»", "«الدفاع الوطني»"]}
COASTAL_DIVISION = {"en": ["1st Coastal Division", "Free Syrian Army", "Syrian opposition", "rebels"],
                    "ar": ["«الفرقة الساحلية الأولى»", "الفرقة الساحلية الأولى"]}
RUSSIAN_FORCES = {"en": ["Russian forces", "Russia", "Russian military", "Military Forces of Russia"],
                  "ar": ["القوات الروسية"]}
AKRAD_NOTABLES = {"en": ["notables of the Jabal al-Akrad villages", "village notables"],
                  "ar": ["وجهاء قرى جبل الأكراد"]}
RECONCILIATION = {"en": ["reconciliation committee", "Syrian government"], "ar": ["لجنة المصالحة"]}
AKRAD_MEETING = merge(AKRAD_NOTABLES, RECONCILIATION)
LATAKIA_SECURITY = {"en": ["Syrian security forces", "criminal security police", "police",
                            "Syrian government"],
                    "ar": ["الجهات المختصة", "عناصر الأمن الجنائي"]}
SLEIBEH_MAN = {"en": ["a young man", "suspect"], "ar": ["شاب في حي الصليبة"]}
SARC_LATAKIA = {"en": ["Syrian Arab Red Crescent", "SARC", "Red Crescent"],
                "ar": ["فرع الهلال الأحمر العربي السوري في اللاذقية", "الهلال الأحمر العربي السوري"]}
ZIRAA_FAMILIES = {"en": ["affected families", "families"],
                  "ar": ["العائلات المتضررة في الحي", "العائلات المتضررة"]}
LATAKIA_CIVIC = {"en": ["civic and union groups of Latakia", "Latakia civil society"],
                 "ar": ["فعاليات أهلية ونقابية في المدينة", "فعاليات أهلية ونقابية"]}
LATAKIA_RESIDENTS = {"en": ["residents of Latakia", "residents"], "ar": ["الأهالي"]}
HAFFAH_FARMER = {"en": ["a farmer", "civilian"], "ar": ["مزارع"]}

# ====================================================== places: 542
LATAKIA_NAMES = ["مدينة اللاذقية", "اللاذقية", "Latakia", "Lattakia", "al-Ladhiqiyah"]
LATAKIA_GOV = {"accept": ["محافظة اللاذقية", "Latakia Governorate"]}
LATAKIA = place({"accept": LATAKIA_NAMES}, LATAKIA_GOV)
ZIRAA = place({"accept": ["حي الزراعة", "al-Ziraa", "Ziraa", "al-Zira'a"]}, LATAKIA)
SLEIBEH = place({"accept": ["حي الصليبة", "الصليبة", "al-Sleibeh", "Sulaybah"]}, LATAKIA)
AKRAD_MOUNTAIN = {"accept": ["جبل الأكراد", "قرى جبل الأكراد", "Jabal al-Akrad", "Kurd Mountain",
                             "ريف اللاذقية الشمالي", "northern Latakia countryside", "Latakia Governorate"]}
KABANI = place({"accept": ["تلال كبانة", "كبانة", "Kabani", "Kabbaneh", "Kbana"]}, AKRAD_MOUNTAIN)
KABANI_AXIS = place({"accept": ["محور كبانة", "كبانة", "Kabani", "Kabbaneh", "Kbana"]}, AKRAD_MOUNTAIN)
HMEIMIM = place({"accept": ["مطار حميميم", "حميميم", "Hmeimim", "Khmeimim", "Hmeimim Air Base", "Jableh"]},
                LATAKIA_GOV)
TURKMEN_MOUNTAIN = place({"accept": ["قرى جبل التركمان", "جبل التركمان", "Jabal al-Turkman",
                                      "Turkmen Mountain"]}, LATAKIA_GOV)
HAFFAH = place({"accept": ["بلدة الحفة", "الحفة", "al-Haffah", "Haffa"]}, LATAKIA_GOV)
HAFFAH_FARM = place({"accept": ["أرض زراعية قرب بلدة الحفة", "بلدة الحفة", "الحفة", "al-Haffah", "Haffa"]},
                    LATAKIA_GOV)

# ============================================================ 543: al-Musayyib, Jurf al-Sakhar,
# al-Iskandariya, al-Hillah and al-Mahawil (Babil, Iraq), 2013
BABIL_OPS = {"en": ["Babil Operations Command", "Iraqi army", "Iraqi security forces",
                     "Military Forces of Iraq"],
             "ar": ["قيادة عمليات بابل", "قيادة العمليات"]}
ISIL = {"en": ["Islamic State of Iraq and the Levant", "ISIL", "ISIS", "Islamic State", "Daesh"],
        "ar": ["تنظيم «الدولة الإسلامية في العراق والشام» (داعش)", "«الدولة الإسلامية في العراق والشام»",
               "الدولة الإسلامية في العراق والشام", "داعش"]}
MUSAYYIB_PILGRIMS = {"en": ["four pilgrims", "pilgrims", "civilians", "a woman and her child"],
                     "ar": ["أربعة زائرين", "القتلى الأربعة", "امرأة وطفلها"]}
BABIL_COUNCIL = {"en": ["Babil Provincial Council", "provincial council"], "ar": ["مجلس محافظة بابل"]}
IRAQ_MOI = {"en": ["Iraqi Ministry of Interior", "Ministry of Interior", "Iraqi government"],
            "ar": ["وزارة الداخلية"]}
IRAQI_ARMY = {"en": ["Iraqi army", "Military Forces of Iraq", "Iraqi security forces"],
              "ar": ["قوة من الجيش"]}
JURF_SUSPECTS = {"en": ["six suspects", "suspects"], "ar": ["ستة مشتبه بهم", "المعتقلين"]}
MAWAKIB_BODY = {"en": ["Husseini processions committee of al-Musayyib", "procession owners"],
                "ar": ["هيئة المواكب الحسينية في المسيب", "هيئة المواكب الحسينية", "أصحاب المواكب"]}
IRAQ_MOH = {"en": ["Iraqi Ministry of Health", "Ministry of Health", "Iraqi government"],
            "ar": ["وزارة الصحة"]}
MUSAYYIB_HOSPITAL = {"en": ["al-Musayyib General Hospital", "al-Musayyib hospital"], "ar": ["مستشفى المسيب"]}
BABIL_GOVERNOR = {"en": ["Governor of Babil", "Babil governorate", "Babil provincial government"],
                  "ar": ["محافظ بابل"]}
SECURITY_CHIEFS = {"en": ["security chiefs", "Iraqi security forces"], "ar": ["قادة الأجهزة الأمنية"]}
MAWAKIB_REPS = {"en": ["representatives of the processions", "procession owners"], "ar": ["ممثلي المواكب"]}
BABIL_MEETING = merge(BABIL_GOVERNOR, SECURITY_CHIEFS, MAWAKIB_REPS, {"en": [], "ar": ["المجتمعون"]})
BABIL_HEALTH = {"en": ["Babil Health Directorate", "health directorate", "Iraqi Ministry of Health"],
                "ar": ["دائرة صحة بابل"]}
PILGRIMS = {"en": ["pilgrims", "Arbaeen pilgrims"], "ar": ["الزائرين"]}
HUSSEINI_SHRINE = {"en": ["Imam Husayn Shrine administration", "Husseini shrine",
                          "Karbala shrine administration"],
                   "ar": ["إدارة العتبة الحسينية في كربلاء", "إدارة العتبة الحسينية", "العتبة الحسينية"]}
BABIL_PEOPLE = {"en": ["people of Babil", "procession owners"], "ar": ["أهالي بابل", "المواكب"]}
MAHAWIL_VICTIMS = {"en": ["six people", "civilians"], "ar": ["ستة أشخاص"]}

# ====================================================== places: 543
BABIL_GOV = {"accept": ["محافظة بابل", "بابل", "Babil", "Babylon Governorate", "Babil Governorate"]}
HILLA_NAMES = ["مدينة الحلة", "الحلة", "al-Hillah", "Hilla", "Hillah"]
HILLA = place({"accept": HILLA_NAMES}, BABIL_GOV)
PILGRIM_ROADS = place({"accept": ["الطريق الرابط بين الحلة وكربلاء", "طريق المسيب", "طرق الزائرين",
                                  *HILLA_NAMES, "المسيب", "al-Musayyib"]}, BABIL_GOV)
MUSAYYIB_NAMES = ["قضاء المسيب", "المسيب", "al-Musayyib", "Musayyib", "Al-Musayab"]
MUSAYYIB = place({"accept": MUSAYYIB_NAMES}, BABIL_GOV)
MUSAYYIB_MAWKIB = place({"accept": ["المدخل الشمالي لقضاء المسيب", *MUSAYYIB_NAMES]}, BABIL_GOV)
MUSAYYIB_ROAD = place({"accept": ["الطريق العام", *MUSAYYIB_NAMES]}, BABIL_GOV)
MUSAYYIB_HOSP = place({"accept": ["مستشفى المسيب", *MUSAYYIB_NAMES]}, BABIL_GOV)
JURF = place({"accept": ["بساتين ناحية جرف الصخر", "ناحية جرف الصخر", "جرف الصخر", "Jurf al-Sakhar",
                         "Jurf as-Sakhar", "Jurf al-Nasr"]}, BABIL_GOV)
ISKANDARIYA = place({"accept": ["جسر ناحية الإسكندرية", "ناحية الإسكندرية", "الإسكندرية", "al-Iskandariya",
                                "Iskandariyah"]}, BABIL_GOV)
GOV_OFFICE = place({"accept": ["ديوان المحافظة", *HILLA_NAMES]}, BABIL_GOV)
HILLA_KARBALA_ROAD = place({"accept": ["الطريق بين الحلة وكربلاء", *HILLA_NAMES, "Karbala", "كربلاء"]},
                           BABIL_GOV)
MAHAWIL = place({"accept": ["سوق شعبي في قضاء المحاويل", "قضاء المحاويل", "المحاويل", "al-Mahawil",
                            "Mahaweel"]}, BABIL_GOV)

# ============================================================ 544: Zliten, Kaam, Majer (Libya), 2017
DEPOSITORS = {"en": ["hundreds of depositors", "depositors", "protesters"],
              "ar": ["مئات المودعين", "المودعين"]}
CASH_VAN_GUNMEN = {"en": ["masked gunmen", "gunmen", "unidentified gunmen"],
                   "ar": ["مسلحون ملثمون", "المهاجمون", "المهاجمين"]}
CASH_VAN_CREW = {"en": ["two guards and the driver", "guards", "security guards", "civilians"],
                 "ar": ["حارسان وسائق السيارة", "الحارسان والسائق", "طاقمها"]}
CASH_COMPANY = {"en": ["private cash-transport company", "security company"],
                "ar": ["الشركة الخاصة المالكة للسيارة", "الشركة"]}
LIBYA_SECURITY = {"en": ["Libyan security services", "GNA Ministry of Interior", "police"],
                  "ar": ["الأجهزة الأمنية"]}
BANK_UNION = {"en": ["Zliten bank workers' union", "bank employees' union"],
              "ar": ["نقابة العاملين بالمصارف في زليتن", "نقابة العاملين بالمصارف"]}
GNA_MOI = {"en": ["Interior Ministry of the Government of National Accord", "GNA Ministry of Interior",
                  "Government of National Accord", "GNA"],
           "ar": ["وزارة الداخلية بحكومة الوفاق", "وزارة الداخلية", "حكومة الوفاق"]}
CBL = {"en": ["Central Bank of Libya", "CBL", "central bank"], "ar": ["المصرف المركزي"]}
ZLITEN_NOTABLES = {"en": ["notables and MPs of Zliten", "Zliten notables"], "ar": ["أعيان المدينة ونوابها"]}
BANK_STAFF = {"en": ["bank branch employees", "bank employees"],
              "ar": ["موظفو فروع المصارف في المدينة", "موظفو فروع المصارف"]}
DEPOSITORS_COORD = {"en": ["Zliten depositors' coordination committee", "depositors"],
                    "ar": ["تنسيقية المودعين في زليتن", "تنسيقية المودعين"]}
NCB = {"en": ["National Commercial Bank", "NCB"], "ar": ["المصرف التجاري الوطني"]}
KIDNAPPERS = {"en": ["kidnappers", "unidentified kidnappers"], "ar": ["خاطفو موظف", "الخاطفين"]}
BANK_EMPLOYEE = {"en": ["an employee of a Jumhouria Bank branch", "bank employee"],
                 "ar": ["موظف في فرع مصرف الجمهورية بزليتن", "موظف في فرع مصرف الجمهورية"]}
ZLITEN_SECURITY = {"en": ["Zliten Security Directorate", "GNA Ministry of Interior", "police"],
                   "ar": ["مديرية أمن زليتن"]}
ZLITEN_BATTALION = {"en": ["a Zliten security battalion", "local militia"], "ar": ["كتيبة أمنية من المدينة"]}
ZLITEN_ESCORTS = merge(ZLITEN_SECURITY, ZLITEN_BATTALION)
MAJER_GUNMEN = {"en": ["gunmen", "unidentified gunmen"], "ar": ["مسلحون"]}
MAJER_GUARD = {"en": ["a bank guard", "guard"], "ar": ["حارسه"]}

# ====================================================== places: 544
ZLITEN_NAMES = ["مدينة زليتن", "زليتن", "Zliten", "Zlitan", "Zletin"]
ZLITEN = {"accept": ZLITEN_NAMES}
ZLITEN_BANK = {"accept": ["فرع المصرف التجاري الوطني وسط المدينة", *ZLITEN_NAMES]}
KAAM = {"accept": ["الطريق الساحلي قرب منطقة كعام", "منطقة كعام", "كعام", "Kaam", "Ka'am", *ZLITEN_NAMES]}
MSALLATA = {"accept": ["فرع مصرف في مدينة مسلاتة", "مدينة مسلاتة", "مسلاتة", "Msallata", "Masallatah"]}
MAJER = {"accept": ["فرع مصرف في بلدة ماجر", "بلدة ماجر", "ماجر", "Majer", "Maajer"]}

# ============================================================ 545: Mount Semmama, Sbeitla, Foussana, Mount
# Chaambi (Kasserine, Tunisia), with the talks in Algiers, 2019
INTERIOR_MINISTERS = {"en": ["Algerian and Tunisian interior ministers", "Algerian Ministry of Interior",
                             "Tunisian Ministry of Interior", "Algeria", "Tunisia"],
                      "ar": ["وزيرا الداخلية الجزائري والتونسي", "وزيرا الداخلية"]}
OKBA = {"en": ["Okba Ibn Nafaa Brigade", "Uqba ibn Nafi Brigade", "al-Qaeda in the Islamic Maghreb", "AQIM",
               "militants", "gunmen"],
        "ar": ["«كتيبة عقبة بن نافع»", "كتيبة عقبة بن نافع", "مسلحون"]}
OKBA_FIGHTERS = {"en": ["Okba Ibn Nafaa Brigade", "Uqba ibn Nafi Brigade", "militants", "AQIM"],
                 "ar": ["مقاتلي «كتيبة عقبة بن نافع»", "«كتيبة عقبة بن نافع»", "كتيبة عقبة بن نافع"]}
SEMMAMA_GUARDS = {"en": ["two National Guard members", "Tunisian National Guard", "Tunisian security forces"],
                  "ar": ["عنصران من الحرس الوطني التونسي", "الحرس الوطني التونسي", "العنصران"]}
POLICE_UNION = {"en": ["National Union of Internal Security Forces", "Tunisian police union"],
                "ar": ["النقابة الوطنية لقوات الأمن الداخلي"]}
TUNISIAN_GOVERNMENT = {"en": ["Tunisian government", "Government of Tunisia"], "ar": ["الحكومة"]}
TUNISIAN_PARLIAMENT = {"en": ["Assembly of the Representatives of the People", "Tunisian parliament", "ARP"],
                       "ar": ["مجلس نواب الشعب"]}
TUNISIAN_ARMY = {"en": ["Tunisian army", "Tunisian Armed Forces", "Military Forces of Tunisia"],
                 "ar": ["وحدات الجيش الوطني", "وحدات الجيش"]}
KASSERINE_AUTHORITIES = {"en": ["Kasserine regional authorities", "Kasserine governorate",
                                "Tunisian government"],
                         "ar": ["السلطات الجهوية بالقصرين", "السلطات الجهوية"]}
FOUSSANA_SHEPHERDS = {"en": ["two young shepherds", "shepherds"], "ar": ["راعيين شابين", "راعيين"]}
HAMLET_PEOPLE = {"en": ["residents of the hamlet near the ambush", "residents", "families"],
                 "ar": ["سكان الدوار القريب من مكان الكمين", "سكان الدوار"]}
GUARD_AND_ARMY = {"en": ["Tunisian National Guard", "Tunisian army", "Tunisian security forces"],
                  "ar": ["وحدات من الحرس الوطني والجيش"]}
SBEITLA_SUSPECTS = {"en": ["four suspects", "suspected suppliers of the militants"], "ar": ["أربعة أشخاص"]}
UGTT_KASSERINE = {"en": ["Kasserine regional labour union", "UGTT", "Tunisian General Labour Union"],
                  "ar": ["الاتحاد الجهوي للشغل بالقصرين", "الاتحاد الجهوي للشغل"]}
FARMERS_UNION = {"en": ["regional farmers' union", "UTAP", "farmers' union"],
                 "ar": ["اتحاد الفلاحين بالجهة", "اتحاد الفلاحين"]}
CHAAMBI_SOLDIER = {"en": ["a soldier", "Tunisian army"], "ar": ["جندي"]}

# ====================================================== places: 545
KASSERINE_GOV = {"accept": ["ولاية القصرين", "القصرين", "Kasserine", "Kasserine Governorate"]}
ALGIERS = {"accept": ["الجزائر العاصمة", "Algiers", "الجزائر"]}
TEBESSA_BORDER = {"accept": ["الحدود بين ولايتي تبسة والقصرين", "تبسة", "Tebessa", "القصرين", "Kasserine",
                             "Algeria-Tunisia border"]}
SEMMAMA_NAMES = ["جبل سمامة", "Mount Semmama", "Jebel Semmama", "Semmama", "Djebel Semmama"]
SEMMAMA = place({"accept": ["مسلك جبلي عند سفح جبل سمامة", "سفح جبل سمامة", *SEMMAMA_NAMES]}, KASSERINE_GOV)
SEMMAMA_HEIGHTS = place({"accept": ["مرتفعات جبل سمامة", *SEMMAMA_NAMES]}, KASSERINE_GOV)
SEMMAMA_ZONE = place({"accept": ["المنطقة العسكرية المغلقة في جبل سمامة", *SEMMAMA_NAMES]}, KASSERINE_GOV)
FOUSSANA = place({"accept": ["معتمدية فوسانة", "فوسانة", "Foussana", "Fousana"]}, KASSERINE_GOV)
AMBUSH_HAMLET = place({"accept": ["الدوار القريب من مكان الكمين", *SEMMAMA_NAMES]}, KASSERINE_GOV)
SBEITLA = place({"accept": ["مدينة سبيطلة", "سبيطلة", "Sbeitla", "Sbitla", "Sufetula"]}, KASSERINE_GOV)
GOVERNORATE_HQ = place({"accept": ["مقر الولاية"]}, KASSERINE_GOV)
CHAAMBI = place({"accept": ["جبل الشعانبي", "الشعانبي", "Mount Chaambi", "Jebel Chambi", "Chaambi"]},
                KASSERINE_GOV)
