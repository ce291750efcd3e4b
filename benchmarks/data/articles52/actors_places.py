"""Accepted actor names and place names for the fifty-second team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الحكومة», «الوفد») are left out on purpose, with these
exceptions, each used only in an article where it names a single actor: «الجبهة» and «الجيش» (256, only ever
FRUD and the Djiboutian army), «الحكومة» (256 and 260: when bare, only ever Djibouti's and Jordan's
governments; the Yemeni government of 256 is always named in full), «الدرك» (257, only ever the Comorian
federal gendarmerie; Mali's is «قوات الدرك المالية» in 258), «الحركة» (258, only ever the MNLA),
«الديمقراطي» and «الاتحاد الوطني» (259, only ever the KDP and the PUK), «السلطات» and «الأمن العام» (260,
only ever Jordan's authorities and its police).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ======================================== actors: shared
CIVILIANS = {"en": ["civilians", "civilian", "residents", "locals", "people", "citizens"],
             "ar": ["مدنيين", "المدنيين", "مدنيون", "مدني", "المواطنين", "مواطنين", "الأهالي", "السكان"]}
UNKNOWN = {"en": ["unknown gunmen", "unknown assailants", "unidentified gunmen", "unknown persons"],
           "ar": ["مسلحين مجهولين", "مسلحون مجهولون", "مجهولين", "مجهولون"]}

# ======================================== 256: Djibouti (a Yemeni daily of Aden, 1992)
FRUD = {"en": ["Front for the Restoration of Unity and Democracy", "FRUD", "Afar rebels", "FRUD fighters",
               "FRUD office abroad", "FRUD representative"],
        "ar": ["جبهة استعادة الوحدة والديمقراطية", "«جبهة استعادة الوحدة والديمقراطية»",
               "جبهة استعادة الوحدة",
               "مسلحين من «جبهة استعادة الوحدة والديمقراطية»", "مسلحي الجبهة", "مقاتليها", "الجبهة",
               "مكتب الجبهة في الخارج", "ممثل الجبهة في الخارج"]}
DJ_ARMY = {"en": ["Djiboutian army", "Djibouti Armed Forces", "army unit", "Djiboutian soldiers",
                  "army artillery"],
           "ar": ["الجيش الجيبوتي", "وحدة عسكرية", "جنود من الجيش الجيبوتي", "ثلاثة جنود", "مدفعية الجيش",
                  "جنود", "الجيش"]}
RANDA_FIGHT = merge(FRUD, DJ_ARMY)
DJ_SECURITY = {"en": ["Djiboutian security forces", "security forces", "police", "Djibouti police"],
               "ar": ["قوات الأمن", "عناصر الشرطة", "الشرطة"]}
AFAR_DETAINEES = {"en": ["Afar detainees", "twenty Afars", "former MP", "detainees", "Afar residents"],
                  "ar": ["نحو عشرين شخصاً من أبناء قومية العفر", "عشرين شخصاً", "أبناء قومية العفر",
                         "نائب سابق في البرلمان", "ستة منهم", "المعتقلين"]}
MABLA_VILLAGERS = merge({"en": ["a woman and her child", "villagers", "mountain villages"],
                         "ar": ["امرأة وطفلها", "قرى في جبال مابلا"]}, CIVILIANS)
DJ_GOV = {"en": ["Djiboutian government", "government spokesman", "Government of Djibouti", "Djibouti"],
          "ar": ["الناطق باسم الحكومة", "الحكومة الجيبوتية", "الحكومة"]}
FOREIGN_PARTIES = {"en": ["foreign parties", "unnamed foreign parties"],
                   "ar": ["«جهات خارجية»", "جهات خارجية"]}
FR_FORCES = {"en": ["French forces in Djibouti", "French army", "French paratroopers", "France",
                    "French forces"],
             "ar": ["القوات الفرنسية المرابطة في جيبوتي", "القوات الفرنسية", "سرية من المظليين",
                    "السفارة الفرنسية"]}
OBOCK_GENDARMERIE = {"en": ["gendarmerie post", "Djiboutian gendarmerie", "gendarmes"],
                     "ar": ["مركز للدرك", "الدرك"]}
DETAINEES_WOMEN = merge({"en": ["women relatives of detainees", "a hundred women", "women", "protesters"],
                         "ar": ["نحو مئة امرأة من أقارب المعتقلين", "مئة امرأة", "أقارب المعتقلين"]},
                        CIVILIANS)
OAU = {"en": ["Organisation of African Unity", "OAU", "OAU envoy", "Organization of African Unity"],
       "ar": ["مبعوث من منظمة الوحدة الأفريقية", "منظمة الوحدة الأفريقية"]}
YEMEN_GOV = {"en": ["Yemeni government", "Yemen", "Republic of Yemen"],
             "ar": ["الحكومة اليمنية", "سفينة يمنية", "اليمن"]}
DJ_DISPLACED = {"en": ["displaced families", "displaced people", "IDPs"],
                "ar": ["الأسر النازحة من مناطق القتال", "الأسر النازحة", "النازحين"]}
DJ_RED_CRESCENT = {"en": ["Djibouti Red Crescent", "Red Crescent Society of Djibouti"],
                   "ar": ["الهلال الأحمر الجيبوتي", "الهلال الأحمر"]}
DJ_TRUCK_DRIVERS = {"en": ["truck drivers", "drivers"], "ar": ["سائقي الشاحنات"]}
DIKHIL_TRUCK = merge({"en": ["military truck", "two soldiers", "civilian driver"],
                      "ar": ["شاحنة عسكرية", "جنديين", "سائق مدني"]}, DJ_ARMY)
DJ_PM = {"en": ["Prime Minister of Djibouti", "Djiboutian prime minister", "prime minister"],
         "ar": ["رئيس الوزراء"]}
AFAR_NOTABLES = {"en": ["Afar notables", "delegation of Afar notables", "notables of Tadjourah and Obock"],
                 "ar": ["وفداً من أعيان العفر في تاجورة وأوبوك", "أعيان العفر", "وفداً"]}

RANDA = {"accept": ["راندا", "بلدة راندا", "منطقة تاجورة", "تاجورة", "Randa", "Tadjourah", "Tadjoura"]}
DJIBOUTI_CITY = {"accept": ["جيبوتي", "العاصمة", "أرهيبا", "حي أرهيبا", "المنطقة السابعة", "Djibouti",
                            "Djibouti City", "Arhiba", "Quartier 7"]}
MABLA = {"accept": ["جبال مابلا", "مابلا", "أوبوك", "Mabla Mountains", "Mabla", "Goda Mountains", "Obock"]}
TADJOURAH = {"accept": ["مطار تاجورة", "تاجورة", "Tadjourah", "Tadjoura", "Tadjourah airport"]}
OBOCK = {"accept": ["أوبوك", "ضواحي أوبوك", "منطقة أوبوك", "Obock"]}
DJ_POLICE_HQ = place({"accept": ["مقر الإدارة العامة للشرطة", "وسط العاصمة"]}, DJIBOUTI_CITY)
DJ_PORT = place({"accept": ["ميناء جيبوتي", "Port of Djibouti"]}, DJIBOUTI_CITY)
DJ_INTL_ROAD = {"accept": ["الطريق الدولي", "الطريق الدولي الذي يربط العاصمة بالحدود الإثيوبية",
                           "Djibouti–Ethiopia road", "Djibouti-Addis Ababa road"]}
DIKHIL_ROAD = {"accept": ["الطريق بين دخيل وأس عيلة", "دخيل", "أس عيلة", "Dikhil", "As Eyla",
                          "Dikhil–As Eyla road"]}

# ======================================== 257: Anjouan (a Gulf daily's Moroni correspondent, 1997)
KM_GENDARMERIE = {"en": ["Comorian federal gendarmerie", "federal gendarmerie", "gendarmes",
                         "Anjouan gendarmerie company", "gendarmerie"],
                  "ar": ["عناصر من الدرك الاتحادي", "الدرك الاتحادي", "عناصر الدرك", "قوات الدرك", "الدرك",
                         "تعزيزات من الدرك"]}
KM_FED_GOV = {"en": ["Comorian federal government", "federal government", "Moroni government",
                     "federal authorities", "Comoros"],
              "ar": ["الحكومة الاتحادية", "حكومة موروني", "السلطات الاتحادية", "المسؤولين الاتحاديين"]}
KM_INTERIOR = merge({"en": ["Comorian interior minister", "Minister of the Interior", "interior ministry"],
                     "ar": ["وزير الداخلية في الحكومة الاتحادية", "وزير الداخلية"]}, KM_FED_GOV)
ANJ_SEPARATISTS = {"en": ["Anjouan separatists", "separatist movement", "separatists",
                          "separatist coordination committee", "Anjouanese separatist movement"],
                   "ar": ["الحركة الانفصالية في أنجوان", "الحركة الانفصالية", "الانفصاليون", "الانفصاليين",
                          "لجنة التنسيق التابعة للحركة الانفصالية في أنجوان", "لجنة التنسيق الانفصالية",
                          "لجنة التنسيق"]}
MUTSAMUDU_MARCHERS = merge({"en": ["demonstrators", "protesters", "separatist marchers", "three people"],
                            "ar": ["مظاهرة حاشدة", "المتظاهرين", "متظاهرون", "ثلاثة أشخاص",
                                   "مئات الشبان الغاضبين", "مئات الشبان", "أنصارها"]}, CIVILIANS)
ANJ_GENDARMERIE_CMDR = {"en": ["commander of the Anjouan gendarmerie company", "gendarmerie commander"],
                        "ar": ["قائد سرية الدرك في أنجوان", "قائد سرية الدرك"]}
ANJ_RESIDENTS = merge({"en": ["residents of Anjouan", "people of Anjouan", "island residents"],
                       "ar": ["سكان الجزيرة", "سكان موتسامودو"]}, CIVILIANS)
KM_PRESIDENT = {"en": ["President of the Comoros", "Comorian president", "president"],
                "ar": ["رئيس الجمهورية"]}
FR_AMBASSADOR_KM = {"en": ["French ambassador", "French ambassador in Moroni", "France"],
                    "ar": ["السفير الفرنسي في موروني", "السفير الفرنسي"]}
OAU_ENVOY_KM = {"en": ["OAU special envoy", "Organisation of African Unity", "OAU"],
                "ar": ["مبعوث خاص لمنظمة الوحدة الأفريقية", "منظمة الوحدة الأفريقية"]}
KM_ARMY = {"en": ["Comorian federal army", "chief of staff of the federal army", "federal army",
                  "Comorian Defence Force"],
           "ar": ["رئيس أركان الجيش الاتحادي", "الجيش الاتحادي", "وحدات الجيش"]}
KM_RED_CRESCENT = {"en": ["Comorian Red Crescent", "Red Crescent", "Comoros Red Crescent"],
                   "ar": ["جمعية الهلال الأحمر القمري", "الهلال الأحمر القمري"]}
HOMBO_WOUNDED = {"en": ["Hombo hospital", "the wounded", "Hombo hospital in Mutsamudu"],
                 "ar": ["مستشفى هومبو"]}
KM_PM = {"en": ["Comorian prime minister", "prime minister"], "ar": ["رئيس الوزراء"]}
KM_OPPOSITION = {"en": ["opposition parties in Moroni", "Comorian opposition", "opposition parties"],
                 "ar": ["أحزاب المعارضة في موروني", "أحزاب المعارضة"]}
ANJ_LEADERS = {"en": ["five separatist leaders", "separatist leaders"],
               "ar": ["خمسة من قادة الحركة الانفصالية", "قادة الحركة الانفصالية"]}

MUTSAMUDU = {"accept": ["موتسامودو", "مدينة موتسامودو", "ساحة السوق القديم", "جزيرة أنجوان", "أنجوان",
                        "Mutsamudu", "Moutsamoudou", "Anjouan", "Nzwani"]}
MUTSAMUDU_PREFECTURE = place({"accept": ["مبنى المحافظة"]}, MUTSAMUDU)
MUTSAMUDU_BARRACKS = place({"accept": ["ثكنتهم في أعلى المدينة", "ثكنتهم"]}, MUTSAMUDU)
DOMONI = {"accept": ["دوموني", "بلدة دوموني", "ساحل دوموني", "Domoni", "Anjouan", "أنجوان"]}
DOMONI_OUANI = {"accept": ["دوموني", "واني", "Domoni", "Ouani", "Anjouan"]}
MORONI = {"accept": ["موروني", "العاصمة", "Moroni", "Grande Comore", "Ngazidja"]}
ANJOUAN = {"accept": ["أنجوان", "جزيرة أنجوان", "سواحل أنجوان", "Anjouan", "Nzwani"]}

# ======================================== 258: northern Mali (an Algerian daily, Tamanrasset, 2012)
MNLA = {"en": ["National Movement for the Liberation of Azawad", "MNLA", "Tuareg rebels", "MNLA fighters",
               "MNLA spokesman", "rebels"],
        "ar": ["«الحركة الوطنية لتحرير أزواد»", "الحركة الوطنية لتحرير أزواد",
               "مسلحي «الحركة الوطنية لتحرير أزواد»",
               "مسلحي الحركة", "مسلحون من الحركة", "متحدث باسم الحركة", "المتمردين", "الحركة"]}
ML_ARMY = {"en": ["Malian army", "Malian Armed Forces", "Malian forces", "Malian army helicopters",
                  "Malian defence ministry", "FAMa"],
           "ar": ["الجيش المالي", "وحدات من الجيش المالي", "مروحيتان تابعتان للجيش المالي", "القوات المالية",
                  "وزارة الدفاع المالية", "الناطق باسم الجيش المالي"]}
TESSALIT_FIGHT = merge(MNLA, ML_ARMY)
TINZA_NOMADS = merge({"en": ["displaced nomad families", "six people", "two children", "nomads", "displaced"],
                      "ar": ["ستة أشخاص", "طفلان", "مخيم عشوائي لعائلات من البدو الرحل",
                             "عائلات من البدو الرحل", "المدنيين العزل", "ضحايا مدنيين"]}, CIVILIANS)
DZ_ARMY = {"en": ["Algerian army", "Sixth Military Region", "Algerian border guards",
                  "Algerian People's National Army", "border guards"],
           "ar": ["قيادة الناحية العسكرية السادسة", "الناحية العسكرية السادسة", "وحدات حرس الحدود الجزائرية",
                  "وحدات حرس الحدود", "حرس الحدود"]}
ML_GOV = {"en": ["Malian government", "government of Mali", "Bamako", "Malian presidency", "Mali"],
          "ar": ["الحكومة المالية", "رئاسة الجمهورية", "باماكو"]}
KATI_WOMEN = merge({"en": ["soldiers' wives and mothers", "wives of soldiers", "women protesters",
                           "protesters"],
                    "ar": ["مئات من زوجات العسكريين وأمهاتهم", "زوجات العسكريين", "المتظاهرات"]}, CIVILIANS)
KATI_YOUTHS = {"en": ["groups of young men", "rioters", "youths"], "ar": ["مجموعات من الشبان"]}
KATI_TRADERS = {"en": ["Tuareg and Arab traders", "shops of Tuareg and Arab traders", "traders"],
                "ar": ["محلات يملكها تجار من الطوارق والعرب", "تجار من الطوارق والعرب"]}
ML_GENDARMERIE = {"en": ["Malian gendarmerie", "gendarmes"], "ar": ["قوات الدرك المالية", "الدرك المالية"]}
DZ_RED_CRESCENT = {"en": ["Algerian Red Crescent", "Red Crescent"],
                   "ar": ["الهلال الأحمر الجزائري", "قافلة للهلال الأحمر الجزائري"]}
ML_REFUGEES = {"en": ["Malian refugees", "refugees", "displaced Malians"],
               "ar": ["اللاجئين الماليين", "اللاجئين", "النازحين واللاجئين الماليين", "الفارين من شمال مالي"]}
ECOWAS = {"en": ["ECOWAS", "Economic Community of West African States"],
          "ar": ["المجموعة الاقتصادية لدول غرب أفريقيا"]}
BBM_SMUGGLERS = {"en": ["nine people", "six Malians", "smugglers", "arms smugglers"],
                 "ar": ["تسعة أشخاص", "ستة ماليين"]}
DZ_GOV = {"en": ["Algeria", "Algerian government", "Algerian Foreign Ministry",
                 "Algerian foreign ministry spokesman"],
          "ar": ["الجزائر", "الناطق باسم وزارة الخارجية الجزائرية", "وزارة الخارجية الجزائرية"]}
ML_TALKS = {"en": ["Malian government", "Tuareg notables", "representatives of the Malian government"],
            "ar": ["ممثلين عن الحكومة المالية", "وجهاء من الطوارق", "الحكومة المالية"]}
ML_PARTIES = {"en": ["all parties", "the parties"], "ar": ["كل الأطراف"]}
MENAKA_CUSTOMS = {"en": ["customs post", "customs officer", "Malian customs"],
                  "ar": ["مركزاً للجمارك", "أحد موظفيه"]}
UNHCR = {"en": ["UNHCR", "UN refugee agency", "United Nations High Commissioner for Refugees"],
         "ar": ["المفوضية السامية لشؤون اللاجئين", "المفوضية"]}
DONORS = {"en": ["donors", "donor countries"], "ar": ["المانحين"]}

TINZAOUATEN_ML = {"accept": ["تين زواتين", "وادي تين زواتين", "الضفة المالية لوادي تين زواتين", "Tinzaouaten",
                             "Tin Zaouaten", "Tinzawatene", "كيدال", "Kidal"]}
TESSALIT = {"accept": ["تساليت", "معسكر أماشاش", "أماشاش", "بلدة تساليت", "Tessalit", "Amachach"]}
BBM_TINZA_DZ = {"accept": ["برج باجي مختار", "تين زواتين", "الشريط الحدودي مع مالي", "Bordj Badji Mokhtar",
                           "Tinzaouaten"]}
KATI = {"accept": ["كاتي", "مدينة كاتي", "الطريق الرئيسي المؤدي إلى العاصمة", "Kati"]}
ANEFIS = {"accept": ["أنفيس", "بلدة أنفيس", "Anefis", "Anefif"]}
TINZAOUATEN_DZ = {"accept": ["تين زواتين", "الجانب الجزائري", "Tinzaouaten", "Tin Zaouatine", "Tinzaouatine"]}
KIDAL = {"accept": ["كيدال", "مدينة كيدال", "Kidal"]}
BBM = {"accept": ["برج باجي مختار", "Bordj Badji Mokhtar"]}
ALGIERS = {"accept": ["الجزائر", "Algiers", "Algeria"]}
MENAKA = {"accept": ["ميناكا", "Menaka", "Ménaka"]}
AGUELHOK = {"accept": ["أغلهوك", "Aguelhok", "Aguelhoc"]}
NORTH_MALI = {"accept": ["شمال مالي", "northern Mali", "Azawad", "أزواد"]}

# ======================================== 259: Iraqi Kurdistan (a London Arabic daily, 1994)
KDP = {"en": ["Kurdistan Democratic Party", "KDP", "KDP fighters", "KDP politburo", "KDP gunmen",
              "Barzani's party"],
       "ar": ["الحزب الديمقراطي الكردستاني", "مقاتلي الحزب الديمقراطي الكردستاني", "الحزب الديمقراطي",
              "المكتب السياسي للحزب الديمقراطي الكردستاني", "مسلحي الديمقراطي", "مسلحين من الحزب الديمقراطي",
              "«الديمقراطي»", "الديمقراطي"]}
PUK = {"en": ["Patriotic Union of Kurdistan", "PUK", "PUK fighters", "Talabani's party"],
       "ar": ["الاتحاد الوطني الكردستاني", "مقاتلي الاتحاد الوطني الكردستاني", "مقاتلو الاتحاد الوطني",
              "الاتحاد الوطني", "«الاتحاد الوطني»", "متحدثاً باسم الاتحاد"]}
KURD_FIGHT = merge(KDP, PUK)
KDP_KOYA_OFFICE = {"en": ["KDP local branch headquarters", "KDP office in Koya", "KDP guards"],
                   "ar": ["مقر الفرع المحلي للحزب الديمقراطي", "حراسه"]}
IR_ARTILLERY = {"en": ["Iranian artillery", "Iran", "Iranian army", "Iranian forces"],
                "ar": ["المدفعية الإيرانية", "مدفعية إيرانية"]}
SIDAKAN_VILLAGERS = merge({"en": ["a shepherd", "villagers", "border villages"],
                           "ar": ["راعٍ", "أطراف قراهم", "قرى ناحية سيدكان", "قرى حدودية"]}, CIVILIANS)
INC = {"en": ["Iraqi National Congress", "INC", "INC delegation", "mediation committee"],
       "ar": ["وفد من المؤتمر الوطني العراقي", "المؤتمر الوطني العراقي", "لجنة الوساطة"]}
KURD_PARTIES = merge({"en": ["the two parties", "representatives of the two parties", "both parties"],
                      "ar": ["ممثلين عن الحزبين", "الحزبين", "قيادتي الحزبين"]}, KURD_FIGHT)
RANYA_PROTESTERS = merge({"en": ["students and women", "hundreds of students and women", "demonstrators"],
                          "ar": ["مئات الطلبة والنساء", "الطلبة والنساء"]}, CIVILIANS)
PUK_COMMANDER = {"en": ["PUK field commander", "field commander"], "ar": ["قيادي ميداني في الاتحاد الوطني"]}
WFP_KRD = {"en": ["World Food Programme", "WFP", "foreign relief organisations"],
           "ar": ["برنامج الأغذية العالمي", "منظمات إغاثة أجنبية"]}
SHAQLAWA_IDPS = {"en": ["displaced families", "three hundred families", "families displaced from Shaqlawa"],
                 "ar": ["نحو ثلاثمئة أسرة نزحت من شقلاوة", "ثلاثمئة أسرة", "أسرة نزحت"]}
IQ_ARMY_94 = {"en": ["Iraqi army", "Iraqi government forces", "Baghdad"],
              "ar": ["الجيش العراقي"]}
KRD_PARLIAMENT = {"en": ["Kurdistan parliament", "Kurdish parliament", "Kurdistan National Assembly"],
                  "ar": ["البرلمان الكردي"]}
RANYA_NGO_OFFICE = {"en": ["foreign relief organisation office", "office guard", "foreign NGO"],
                    "ar": ["مكتب لمنظمة إغاثة أجنبية", "حارس المكتب"]}
PUK_CADRES = {"en": ["PUK cadres and supporters", "PUK cadres", "thirty PUK members"],
              "ar": ["أكثر من ثلاثين من كوادر الاتحاد وأنصاره", "كوادر الاتحاد"]}

SHAQLAWA = {"accept": ["شقلاوة", "بلدة شقلاوة", "أحياء بلدة شقلاوة", "مدخل البلدة", "Shaqlawa", "Shaqlawah"]}
KOYA = {"accept": ["كويسنجق", "كويه", "Koya", "Koysinjaq", "Koi Sanjaq"]}
SIDAKAN = {"accept": ["سيدكان", "ناحية سيدكان", "قرى ناحية سيدكان", "Sidakan", "Sidakan subdistrict"]}
SALAHUDDIN_RESORT = {"accept": ["مصيف صلاح الدين", "صلاح الدين", "Salahuddin", "Salah al-Din resort",
                                "Masif Salahaddin"]}
QALADIZA = {"accept": ["قلعة دزة", "Qaladiza", "Qaladze", "Qal'at Dizah"]}
RANYA = {"accept": ["رانية", "Ranya", "Raniya", "Rania"]}
DUKAN = {"accept": ["دوكان", "بلدة دوكان", "Dukan", "Dokan"]}
HARIR = {"accept": ["حرير", "بلدة حرير", "Harir"]}
CHAMCHAMAL = {"accept": ["جمجمال", "خطوط التماس قرب جمجمال", "Chamchamal"]}
ERBIL_94 = {"accept": ["أربيل", "Erbil", "Arbil", "Irbil", "Hawler"]}

# ======================================== 260: Karak (a Jordanian daily's Karak correspondent, 1996)
JO_SECURITY = {"en": ["Jordanian security forces", "Public Security Directorate", "Jordanian police",
                      "security forces", "Public Security"],
               "ar": ["قوات الأمن", "أفراد الأمن العام", "الأمن العام", "مديرية الأمن العام", "أفراد الأمن",
                      "ناطق باسم مديرية الأمن العام", "الأجهزة الأمنية", "دورية للشرطة"]}
MAZAR_YOUTHS = merge({"en": ["young men", "hundreds of young men", "protesters", "a young man", "rioters"],
                      "ar": ["مئات الشبان", "الشبان", "شاب في العشرين من عمره", "شاباً ثانياً", "محتجين"]},
                     CIVILIANS)
JO_AUTHORITIES = {"en": ["Jordanian authorities", "Jordanian government", "Government of Jordan"],
                  "ar": ["السلطات", "الحكومة"]}
JO_ARMY = {"en": ["Jordanian Armed Forces", "Jordanian army", "armoured personnel carriers"],
           "ar": ["القوات المسلحة", "ناقلات جند مدرعة تابعة للقوات المسلحة", "ناقلات جند مدرعة"]}
KARAK_RESIDENTS = merge({"en": ["Karak residents", "people of Karak"], "ar": ["أبناء الكرك"]}, CIVILIANS)
JO_BAATH_DETAINEES = {"en": ["dozens of people", "Baath party leaders",
                             "Jordanian Arab Socialist Baath Party", "detainees"],
                      "ar": ["عشرات الأشخاص", "ثلاثة من أعضاء قيادة الحزب",
                             "حزب البعث العربي الاشتراكي الأردني", "المعتقلين"]}
JO_PM = {"en": ["Jordanian prime minister", "prime minister", "Prime Minister of Jordan"],
         "ar": ["رئيس الوزراء"]}
JO_PARTISANS = {"en": ["party circles linked to foreign parties", "parties linked abroad",
                       "foreign-linked parties"],
                "ar": ["«جهات حزبية مرتبطة بالخارج»", "جهات حزبية مرتبطة بالخارج"]}
JO_RIOTERS = {"en": ["saboteurs", "anyone who tampers with security"],
              "ar": ["كل من تسوّل له نفسه العبث بأمن الوطن"]}
TAFILEH_RIOTERS = {"en": ["protesters", "protests in Tafileh"], "ar": ["الاحتجاجات"]}
IAF_UNIONS = {"en": ["Islamic Action Front", "IAF", "Council of Professional Associations' presidents",
                     "professional associations"],
              "ar": ["حزب جبهة العمل الإسلامي", "جبهة العمل الإسلامي", "مجلس النقباء", "النقابات المهنية"]}
KARAK_MPS = {"en": ["Karak MPs", "members of parliament from Karak", "deputies of Karak governorate"],
             "ar": ["عدداً من نواب محافظة الكرك", "نواب محافظة الكرك", "أحد النواب"]}
NAF = {"en": ["National Aid Fund", "Jordan's National Aid Fund"], "ar": ["صندوق المعونة الوطنية"]}
KARAK_POOR = {"en": ["poor families", "four thousand families in Karak", "families"],
              "ar": ["نحو أربعة آلاف أسرة في الكرك", "أربعة آلاف أسرة"]}
KARAK_NOTABLES = {"en": ["Karak tribal notables", "notables of Karak's clans", "tribal elders"],
                  "ar": ["وجهاء من عشائر الكرك", "وجهاء", "عشائر الكرك"]}
QATRANEH_YOUTHS = {"en": ["dozens of young men", "four young men", "protesters"],
                   "ar": ["عشرات الشبان", "أربعة منهم"]}
BADIA_POLICE = {"en": ["Badia police", "Desert Police", "Badia force"],
                "ar": ["قوة من البادية", "البادية"]}
KARAK_RIOTERS = merge({"en": ["protesters", "marchers", "rioters"], "ar": ["محتجون"]}, CIVILIANS)

MAZAR = {"accept": ["المزار الجنوبي", "المزار", "بلدية المزار الجنوبي", "مبنى بلدية المزار الجنوبي",
                    "al-Mazar al-Janubi", "Mazar al-Janubi", "Al Mazar al Janubi"]}
KARAK = {"accept": ["الكرك", "مدينة الكرك", "مداخل المدينة", "دار المحافظة", "محافظة الكرك", "Karak",
                    "Al Karak", "Kerak"]}
KARAK_MAZAR_MUTAH = {"accept": ["الكرك", "المزار", "مؤتة", "Karak", "Mazar", "Mutah", "Mu'tah"]}
TAFILEH = {"accept": ["الطفيلة", "مدينة الطفيلة", "Tafilah", "Tafileh", "At Tafilah"]}
AMMAN_UNIONS = {"accept": ["مجمع النقابات المهنية في عمّان", "مجمع النقابات المهنية", "عمّان", "Amman"]}
AMMAN_PM = {"accept": ["دار رئاسة الوزراء", "عمّان", "Amman", "Prime Ministry"]}
QATRANEH = {"accept": ["مفرق القطرانة", "القطرانة", "الطريق الصحراوي", "Qatraneh", "Al Qatranah",
                       "Desert Highway"]}
JO_SOUTH = {"accept": ["الجنوب", "southern Jordan", "Ma'an", "معان"]}
