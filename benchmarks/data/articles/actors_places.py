"""Accepted actor names and place names shared by the team gold (see README.md).

Annotator's lists, written by hand for this set; NOT taken from marsad's dictionaries.
"""

# ---------------------------------------------------------------- actors
REGIME = {"en": ["Syrian government", "Syrian regime", "Syrian Arab Army", "Military Forces of Syria",
                 "regime forces", "Assad forces", "pro-government forces", "government forces"],
          "ar": ["النظام", "قوات النظام", "النظام السوري", "قوات الأسد", "جيش النظام", "الحكومة السورية"]}
REGIME_AIR = {"en": REGIME["en"] + ["Syrian Air Force", "regime helicopters"],
              "ar": REGIME["ar"] + ["مروحيات النظام", "طائرات النظام", "الطيران المروحي"]}
REGIME_SECURITY_COMMITTEE = {"en": REGIME["en"] + ["Daraa Security Committee", "regime security committee",
                                                   "Security Committee", "regime delegation"],
                             "ar": REGIME["ar"] + ["اللجنة الأمنية", "وفد النظام", "رئيس اللجنة الأمنية",
                                                   "وفد من اللجنة الأمنية"]}
FOURTH_DIVISION = {"en": ["4th Division", "Fourth Division", "4th Armoured Division", "Fourth Armoured Division",
                          "Syrian regime", "Syrian government", "regime forces"],
                   "ar": ["الفرقة الرابعة", "النظام", "قوات النظام"]}
MILITARY_SECURITY = {"en": ["Military Security", "Military Intelligence", "Syrian Military Security",
                            "Military Security Branch", "Syrian regime", "Syrian government", "regime forces"],
                     "ar": ["الأمن العسكري", "فرع الأمن العسكري", "عناصر من فرع الأمن العسكري", "النظام",
                            "قوات النظام"]}
REGIME_POLICE = {"en": ["Internal Security Forces", "police", "security forces", "Syrian regime",
                        "Syrian government", "Syrian police"],
                 "ar": ["قوى الأمن الداخلي", "عناصر الأمن", "الأمن", "النظام", "الشرطة"]}
GOVERNMENT = {"en": ["Syrian government", "government", "Syrian regime", "Ministry of Education",
                     "Suwayda Education Directorate"],
              "ar": ["الحكومة", "الحكومة السورية", "النظام", "مديرية التربية", "وزارة التربية"]}
LIWA_QUDS = {"en": ["Liwa al-Quds", "Al-Quds Brigade", "Quds Brigade", "pro-government militia",
                    "Syrian regime", "regime forces", "Syrian Arab Army"],
             "ar": ["لواء القدس", "قوات النظام", "النظام", "الميليشيات الموالية"]}
REGIME_AND_QUDS = {"en": sorted(set(REGIME["en"] + LIWA_QUDS["en"])),
                   "ar": sorted(set(REGIME["ar"] + LIWA_QUDS["ar"]))}
REGIME_25TH = {"en": REGIME["en"] + ["25th Division", "25th Special Mission Forces Division", "Tiger Forces"],
               "ar": REGIME["ar"] + ["الفرقة الخامسة والعشرين", "الفرقة 25", "مهام خاصة"]}
RUSSIA = {"en": ["Russia", "Russian military", "Russian Armed Forces", "Russian Air Force",
                 "Russian warplanes", "Russian aircraft", "Russian forces"],
          "ar": ["روسيا", "روسية", "الروس", "الطائرات الروسية", "طائرات حربية روسية", "الطيران الروسي",
                 "الجانب الروسي"]}
RUSSIA_MP = {"en": RUSSIA["en"] + ["Russian Military Police", "Russian delegation"],
             "ar": RUSSIA["ar"] + ["الشرطة العسكرية الروسية", "ضباط من الشرطة العسكرية الروسية"]}
OPPOSITION_IDLIB = {"en": ["opposition factions", "rebels", "armed opposition", "Syrian opposition",
                           "National Front for Liberation", "Hay'at Tahrir al-Sham", "HTS", "Jaysh al-Izza",
                           "al-Fath al-Mubin operations room", "Fateh Mubin", "opposition fighters"],
                    "ar": ["فصائل المعارضة", "الفصائل", "المعارضة", "مقاتلي الفصائل", "غرفة عمليات الفتح المبين",
                           "الفتح المبين", "جيش العزة", "هيئة تحرير الشام", "مقاتليها"]}
FATH_MUBIN = {"en": ["al-Fath al-Mubin operations room", "Fateh Mubin", "al-Fatah al-Mubin",
                     "opposition factions", "rebels", "armed opposition"],
              "ar": ["غرفة عمليات الفتح المبين", "الفتح المبين", "مقاتليها", "فصائل المعارضة", "الفصائل"]}
CIVILIANS = {"en": ["civilians", "residents", "civilian", "people"],
             "ar": ["مدنيين", "المدنيين", "مدنيون", "الأهالي", "السكان", "مدنيَّين"]}
TAFAS_COMMITTEE = {"en": ["Tafas Central Committee", "Central Committee", "Tafas notables", "Tafas residents",
                          "Tafas", "local committee", "notables"],
                   "ar": ["اللجنة المركزية", "اللجنة المركزية في طفس", "وجهاء المدينة", "أهالي طفس", "طفس",
                          "وجهاء طفس"]}
TAFAS_FIGHTERS = {"en": ["fighters", "rebels", "former rebels", "wanted persons", "Tafas fighters",
                         "opposition fighters", "fighters rejecting the settlement"],
                  "ar": ["المقاتلين", "المقاتلين الرافضين للتسوية", "المطلوبين", "الرافضين للتسوية"]}
SUWAYDA_NOTABLES = {"en": ["Suwayda notables", "Sweida notables", "Druze notables", "notables from Suwayda",
                           "Suwayda delegation"],
                    "ar": ["وجهاء محافظة السويداء", "وجهاء السويداء", "وفد من وجهاء محافظة السويداء",
                           "وفد من وجهاء"]}
SDF = {"en": ["Syrian Democratic Forces", "SDF", "QSD", "Kurdish-led forces"],
       "ar": ["قوات سوريا الديمقراطية", "قسد", "عناصر قسد"]}
SDF_COALITION = {"en": SDF["en"] + ["International Coalition", "US-led coalition", "Global Coalition"],
                 "ar": SDF["ar"] + ["التحالف الدولي", "مروحيات التحالف الدولي"]}
ISIS = {"en": ["Islamic State", "ISIS", "ISIL", "IS", "Daesh", "Islamic State cells", "IS cells"],
        "ar": ["تنظيم الدولة", "داعش", "التنظيم", "خلايا تنظيم الدولة", "عناصر التنظيم", "خلايا تابعة لتنظيم الدولة",
               "تنظيم الدولة الإسلامية"]}
DETAINEES_SHUHAYL = {"en": ["young men", "civilians", "Shuhayl residents", "detainees", "suspects",
                            "alleged ISIS members"],
                     "ar": ["شاباً", "أحد عشر شاباً", "المعتقلين", "الأهالي", "أبناء البلدة", "المدنيين"]}
GUNMEN = {"en": ["unidentified gunmen", "unknown gunmen", "gunmen", "kidnappers", "unknown armed men"],
          "ar": ["مسلحون مجهولون", "مسلحين مجهولين", "الخاطفين", "الخاطفون", "مجهولون", "مسلحون"]}
MERCHANT = {"en": ["livestock trader", "merchant", "trader", "civilian", "kidnapped man",
                   "family of the merchant"],
            "ar": ["تاجر مواشٍ", "تاجر مواش", "التاجر", "المخطوف", "عائلة التاجر", "عائلته"]}
YOUNG_MEN = {"en": ["young men", "civilians", "residents", "conscripts", "draft evaders"],
             "ar": ["شبان", "ثلاثة شبان", "المدنيين", "الأهالي"]}
LIWA_BAQIR = {"en": ["Liwa al-Baqir", "Al-Baqir Brigade", "Baqir Brigade", "Iran-backed militia",
                     "pro-Iranian militia"],
              "ar": ["لواء الباقر", "ميليشيا لواء الباقر", "ميليشيا «لواء الباقر»"]}
SHUHAYL_NOTABLES = {"en": ["Shuhayl notables", "notables", "Shuhail notables", "tribal notables",
                           "local notables", "residents of Shuhayl"],
                    "ar": ["وجهاء بلدة الشحيل", "وجهاء الشحيل", "وجهاء", "الأهالي"]}
PROTESTERS_DARAA = {"en": ["protesters", "demonstrators", "residents of Daraa al-Balad", "Daraa residents",
                           "civilians", "Syrian opposition"],
                    "ar": ["المتظاهرين", "المتظاهرون", "مئات المتظاهرين", "المشاركون", "أهالي درعا البلد",
                           "أهالي درعا"]}
TRADERS_JASIM = {"en": ["traders", "merchants", "shopkeepers", "Jasim residents", "residents of Jasim",
                        "activists"],
                 "ar": ["التجار", "تجار جاسم", "أهالي جاسم", "ناشطون", "أصحاب المحال"]}
DETAINEE_FAMILIES = {"en": ["families of detainees", "detainees' families", "relatives of detainees",
                            "protesters", "demonstrators"],
                     "ar": ["ذوي المعتقلين", "العشرات من ذوي المعتقلين", "أهالي المعتقلين", "المحتجين",
                            "المحتجون"]}
TEACHERS = {"en": ["teachers", "Suwayda teachers", "protesters", "striking teachers"],
            "ar": ["المعلمين", "المعلمون", "عشرات المعلمين", "المعلمون المعتصمون"]}
TURKEY = {"en": ["Turkey", "Turkish military", "Turkish Armed Forces", "Turkish drone", "Turkish army"],
          "ar": ["تركيا", "طائرة مسيّرة تركية", "طائرة مسيرة تركية", "الجيش التركي", "التركية", "تركية"]}
IRAN_MILITIAS = {"en": ["Iran-backed militias", "pro-Iranian militias", "Liwa Fatemiyoun", "Fatemiyoun",
                        "Fatemiyoun Brigade", "Iranian militias", "IRGC"],
                 "ar": ["ميليشيات مدعومة من إيران", "لواء فاطميون", "فاطميون", "الميليشيات الإيرانية"]}

# ---------------------------------------------------------------- places
KAFRANBEL = {"accept": ["Kafranbel", "Kafr Nabl", "Kafr Nubl", "Kafr Nabel", "Kafrnabel", "كفرنبل", "كفر نبل",
                        "Maarrat al-Nu'man District", "منطقة معرة النعمان", "ريف إدلب الجنوبي", "southern Idlib"]}
LATAMNEH = {"accept": ["al-Latamneh", "Latamneh", "Al-Lataminah", "Lataminah", "اللطامنة", "Kafr Zita",
                       "Kafr Zeita", "Kafrzita", "كفرزيتا", "كفر زيتا", "Mhardeh District", "منطقة محردة",
                       "ريف حماة الشمالي", "northern Hama"]}
TAL_MALAH = {"accept": ["Tal Malah", "Tell Malah", "Tal Milh", "تل ملح", "al-Jubayn", "Jubbayn", "Jubayn",
                        "الجبين", "ريف حماة الشمالي", "northern Hama", "Mhardeh District", "منطقة محردة"]}
JUBAYN = {"accept": ["al-Jubayn", "Jubbayn", "Jubayn", "al-Jubbayn", "الجبين", "ريف حماة الشمالي",
                     "northern Hama", "Mhardeh District", "منطقة محردة"]}
HAMAMIYAT = {"accept": ["al-Hamamiyat", "Hamamiyat", "Hamamiyyat", "الحماميات", "ريف حماة الشمالي",
                        "northern Hama", "Mhardeh District", "منطقة محردة"]}
MAARAT = {"accept": ["Maarat al-Numan", "Ma'arrat al-Nu'man", "Maarrat al-Numan", "Maaret al-Numan",
                     "Ma`arrat an Nu`man", "Maarat al-Nouman", "معرة النعمان", "المعرة", "Maarrat al-Nu'man District",
                     "منطقة معرة النعمان"]}
HABIT = {"accept": ["al-Habit", "Habit", "Hbeit", "al-Hobait", "Hobeit", "الهبيط", "ريف إدلب الجنوبي",
                    "southern Idlib", "Khan Shaykhun District", "منطقة خان شيخون", "منطقة معرة النعمان"]}
TAFAS = {"accept": ["Tafas", "Tafass", "Ţafas", "طفس", "ريف درعا الغربي", "western Daraa countryside",
                    "Daraa District", "منطقة درعا"]}
TAFAS_WEST = {"accept": TAFAS["accept"] + ["Muzayrib", "al-Muzayrib", "Mzerib", "Muzeirib", "المزيريب",
                                           "مزيريب"]}
DARAA_CITY = {"accept": ["Daraa", "Dar'a", "Deraa", "درعا", "مدينة درعا", "Daraa District", "منطقة درعا"]}
DARAA_PROVINCE = {"accept": ["Daraa", "Dar'a", "Deraa", "درعا", "محافظة درعا", "Daraa Governorate",
                             "southern Syria", "الجنوب السوري", "Tafas", "طفس"]}
SHUHAYL = {"accept": ["al-Shuhayl", "Shuhayl", "Shuhail", "al-Shheil", "Shheil", "al-Shahil", "الشحيل",
                      "ريف دير الزور الشرقي", "eastern Deir ez-Zor", "Mayadin District", "منطقة الميادين"]}
HASAKAH = {"accept": ["al-Hasakah", "Hasakah", "Hasaka", "Al-Hasakeh", "Hasakeh", "الحسكة", "Ghwayran",
                      "Ghweiran", "غويران", "سجن غويران", "Al-Hasakah District", "منطقة الحسكة"]}
SUBHA = {"accept": ["al-Subha", "Subha", "al-Sabha", "Sabha", "الصبحة", "Dhiban", "Thiban", "ذيبان",
                    "ريف دير الزور الشرقي", "eastern Deir ez-Zor", "Mayadin District", "منطقة الميادين"]}
DHIBAN = SUBHA
MAYADIN = {"accept": ["al-Mayadin", "Mayadin", "Al-Mayadeen", "Mayadeen", "الميادين", "Mayadin District",
                      "منطقة الميادين"]}
ABU_KAMAL = {"accept": ["Abu Kamal", "Albu Kamal", "al-Bukamal", "Bukamal", "Boukamal", "البوكمال",
                        "البو كمال", "Abu Kamal District", "منطقة البو كمال"]}
DARAA_BALAD = {"accept": ["Daraa al-Balad", "Dara'a al-Balad", "Daraa", "درعا البلد", "المسجد العمري",
                          "الجامع العمري", "Omari Mosque", "al-Omari Mosque", "Daraa District", "منطقة درعا"]}
JASIM = {"accept": ["Jasim", "Jassem", "Jasem", "Jassim", "جاسم", "ريف درعا الشمالي", "northern Daraa",
                    "Izra District", "منطقة ازرع", "منطقة الصنمين", "Al-Sanamayn District"]}
DARAA_MAHATTA = {"accept": ["Daraa al-Mahatta", "Daraa Mahatta", "al-Mahatta", "درعا المحطة", "حي المحطة",
                            "المحطة", "Daraa", "درعا", "مدينة درعا", "Daraa District", "منطقة درعا"]}
SUWAYDA = {"accept": ["Suwayda", "As-Suwayda", "Sweida", "Sweyda", "al-Suwayda", "Soueida", "السويداء",
                      "مدينة السويداء", "As-Suwayda District", "منطقة السويداء"]}
RESAFA = {"accept": ["Resafa", "al-Resafa", "Rusafa", "al-Rusafa", "Rasafa", "الرصافة", "بادية الرصافة",
                     "Raqqa desert", "بادية الرقة", "Ar-Raqqah District", "منطقة الرقة"]}
AIN_ISSA = {"accept": ["Ain Issa", "Ayn Issa", "Ain Aissa", "`Ayn `Isa", "عين عيسى", "M4", "Tell Abyad District",
                       "Tal Abyad District", "منطقة تل ابيض", "ريف الرقة الشمالي", "northern Raqqa"]}
SUKHNAH = {"accept": ["al-Sukhnah", "Sukhnah", "As Sukhnah", "Sukhna", "Al-Sukhna", "السخنة",
                      "ريف حمص الشرقي", "eastern Homs", "Tadmur District", "منطقة تدمر"]}
ITHRIYA = {"accept": ["Ithriya", "Athriya", "Ethriya", "Itheria", "أثريا", "اثريا", "Resafa", "الرصافة",
                      "Salamiyah District", "منطقة السلمية"]}
ITHRIYA_RAQQA_ROAD = {"accept": ["Ithriya", "Athriya", "Ethriya", "أثريا", "اثريا", "Ithriya-Raqqa road",
                                 "طريق أثريا–الرقة", "طريق أثريا الرقة", "Raqqa", "الرقة", "Salamiyah District",
                                 "منطقة السلمية"]}
RESAFA_BISHRI = {"accept": RESAFA["accept"] + ["Jabal Bishri", "Jebel Bishri", "Bishri", "جبل البشري",
                                               "البشري"]}
