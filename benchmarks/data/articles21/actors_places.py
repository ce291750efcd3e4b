"""Accepted actor names and place names for the twenty-first team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not copied
from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the articles, common
variants, and English names). Where the GeoNames lists in ../shared/data/geonames/ hold a town (Syria, Lebanon, Iraq)
it was checked there; villages, neighbourhoods, markets and crossings absent from those lists, and the Sudanese
places (no GeoNames list is shipped for Sudan), carry their usual spellings and, where useful, their district or
city as a wider accepted name.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الحزب», «المجلس», «اللجنة») are left out on purpose.
"""


import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ================================================================ actors: shared
CIVILIANS = {"en": ["civilians", "civilian", "residents", "locals", "people", "citizens"],
             "ar": ["مدنيين", "المدنيين", "مدنيون", "مدني", "المواطنين", "مواطنين", "الأهالي", "السكان"]}
UNKNOWN = {"en": ["unknown gunmen", "unknown assailants", "unidentified gunmen", "unknown persons"],
           "ar": ["مسلحين مجهولين", "مسلحون مجهولون", "مسلحان مجهولان", "مجهولين", "مجهولون", "مجهولان"]}

# ================================================================ 101: Deir ez-Zor's east bank (a Syrian local site)
SDF = {"en": ["Syrian Democratic Forces", "SDF", "QSD", "SDF media centre", "SDF patrols"],
       "ar": ["قوات سوريا الديمقراطية", "«قوات سوريا الديمقراطية»", "قسد", "«قسد»", "المركز الإعلامي لـ«قسد»",
              "دوريات من «قسد»"]}
DEZ_MC = {"en": ["Deir ez-Zor Military Council", "DMC", "commanders of the Deir ez-Zor Military Council"],
          "ar": ["مجلس دير الزور العسكري", "«مجلس دير الزور العسكري»", "قياديين في «مجلس دير الزور العسكري»"]}
SDF_DMC = merge(SDF, DEZ_MC)
TRIBAL_FORCES = {"en": ["Tribal Forces", "tribal fighters", "Arab tribal forces", "attackers"],
                 "ar": ["قوات العشائر", "«قوات العشائر»", "مقاتلون من «قوات العشائر»", "مقاتلي العشائر",
                        "المهاجمين"]}
SDF_TRIBAL = merge(SDF, TRIBAL_FORCES)
SY_GOV_FORCES = {"en": ["Syrian government forces", "government forces", "Syrian army", "regime forces"],
                 "ar": ["القوات الحكومية", "القواتَ الحكومية", "قوات النظام"]}
DHIBAN_YOUTHS = merge({"en": ["seven young men", "young men", "detainees"], "ar": ["سبعة شبان", "شبان"]}, CIVILIANS)
DHIBAN_GUNMEN = {"en": ["local gunmen", "gunmen from Dhiban"], "ar": ["مسلحين من أبناء البلدة", "مسلحين"]}
SDF_DHIBAN = merge(SDF, DHIBAN_GUNMEN)
EAST_BANK_VICTIMS = merge({"en": ["a woman and her child", "east bank villages"],
                           "ar": ["امرأة وطفلها", "بلدات الزر وجديد بكارة وأبو حردوب", "المنازل"]}, CIVILIANS)
DETAINEES_FAMILIES = merge({"en": ["families of the detainees", "detainees' relatives", "protesters"],
                            "ar": ["ذوي المعتقلين", "العشرات من ذوي المعتقلين"]}, CIVILIANS)
SDF_COMMAND = merge({"en": ["SDF command"], "ar": ["قيادة «قسد»", "قيادة قسد"]}, SDF)
OKEIDAT_NOTABLES = {"en": ["Okaidat tribal sheikhs and notables", "al-Ekeidat notables", "tribal notables",
                           "tribal delegation"],
                    "ar": ["شيوخ ووجهاء عشيرة العكيدات", "وفد من شيوخ ووجهاء عشيرة العكيدات", "عشيرة العكيدات"]}
NOTABLES_DMC = merge(OKEIDAT_NOTABLES, DEZ_MC)
SABHA_TRADER = merge({"en": ["livestock trader", "a cattle merchant"], "ar": ["تاجرَ مواشٍ", "تاجر مواش"]}, CIVILIANS)
LOCAL_ORGS = {"en": ["local organisations", "local NGOs"], "ar": ["منظمات محلية"]}
SHELLED_FAMILIES = merge({"en": ["families affected by the shelling"], "ar": ["العائلات المتضررة من القصف",
                                                                               "العائلات المتضررة"]}, CIVILIANS)
AA_SECURITY = {"en": ["Security Committee of the Autonomous Administration", "Autonomous Administration",
                      "AANES security committee"],
               "ar": ["«لجنة الأمن» في الإدارة الذاتية", "لجنة الأمن", "الإدارة الذاتية"]}
ZIR_MUKHTAR = {"en": ["mukhtar of al-Zir", "village headman"], "ar": ["مختار بلدة الزر", "مختار"]}

DEZ_EAST = {"accept": ["ريف دير الزور الشرقي", "دير الزور", "Deir ez-Zor", "Dayr az Zawr"]}
BUSAYRAH = {"accept": ["البصيرة", "بلدة البصيرة", "الأطراف الشمالية لبلدة البصيرة", "al-Busayrah", "Busayrah",
                       "Al Busayrah", "Busaira"]}
DHIBAN = {"accept": ["ذيبان", "بلدة ذيبان", "الحارة الشرقية", "مبنى المجلس المحلي في ذيبان", "Dhiban", "Thiban",
                     "Dhībān"]}
EAST_BANK_VILLAGES = {"accept": ["الزر", "جديد بكارة", "أبو حردوب", "الضفة الشرقية للنهر", "al-Zir", "Jdeed Bakkara",
                                 "Abu Hardub", "ريف دير الزور الشرقي"]}
DHIBAN_SHUHAIL = {"accept": ["الطريق العام الواصل بين ذيبان والشحيل", "ذيبان", "الشحيل", "Dhiban", "al-Shuhail"]}
DEZ_EAST_VILLAGES = place({"accept": ["قرى الريف الشرقي", "الريف الشرقي"]}, DEZ_EAST)
SABHA = {"accept": ["الصبحة", "بلدة الصبحة", "al-Sabha", "Sabha", "Subha"]}
SABHA_ROAD = place(SABHA, {"accept": ["الطريق الواصل إلى مدينة الحسكة", "طريق الحسكة"]})
MAYADIN = {"accept": ["الميادين", "مدينة الميادين", "al-Mayadin", "Mayadin", "Al Mayādīn"]}
BUSAYRAH_DHIBAN = place(BUSAYRAH, DHIBAN)
ZIR = {"accept": ["الزر", "بلدة الزر", "al-Zir", "Zir"]}

# ================================================================ 102: Nineveh plain and Mosul (an Iraqi news site)
ASHAB_KAHF = {"en": ["Ashab al-Kahf", "Companions of the Cave", "terrorists", "militants"],
              "ar": ["أصحاب الكهف", "«أصحاب الكهف»", "جماعة تُطلق على نفسها «أصحاب الكهف»", "إرهابيين"]}
TR_FORCES = {"en": ["Turkish forces", "Turkish army", "Turkish Ministry of National Defence", "Zilkan base",
                    "Turkish artillery"],
             "ar": ["قوات تركية", "القوات التركية", "وزارة الدفاع التركية", "قاعدة زليكان", "قاعدة زليكان التركية",
                    "وحدات المدفعية التابعة لها"]}
LAUNCH_SITES = merge(ASHAB_KAHF, {"en": ["launch pads", "rocket launchers"], "ar": ["منصات الإطلاق",
                                                                                    "مصادر النيران"]})
IQ_NSS_PMF30 = {"en": ["Iraqi National Security Service", "National Security Service", "PMF 30th Brigade",
                       "Brigade 30", "Popular Mobilization Forces", "joint force"],
                "ar": ["جهاز الأمن الوطني", "«اللواء 30»", "اللواء 30", "هيئة الحشد الشعبي", "«هيئة الحشد الشعبي»",
                       "قوة مشتركة"]}
WANTED_BARTELLA = {"en": ["three wanted men", "three suspects", "suspects"],
                   "ar": ["ثلاثة مطلوبين", "مطلوبين", "المعتقلين"]}
IQ_ARMY = {"en": ["Iraqi army", "Iraqi Army", "two soldiers", "army vehicle", "20th Division"],
           "ar": ["الجيش العراقي", "عجلة عسكرية تابعة للجيش العراقي", "جنديين", "عجلة عسكرية"]}
MOSUL_LECTURERS = {"en": ["unpaid lecturers of the University of Mosul", "volunteer lecturers", "lecturers",
                          "hunger strikers"],
                   "ar": ["المحاضرين المجانيين", "المحاضرون المجانيون", "المحاضرين المجانيين في جامعة الموصل",
                          "المضربون", "محاضرين"]}
IQ_PM = {"en": ["Iraqi prime minister", "prime minister", "Prime Minister of Iraq"],
         "ar": ["رئيس الوزراء", "رئيس الوزراء العراقي", "رئيس مجلس الوزراء"]}
NINEVEH_OPS = {"en": ["Nineveh Operations Command", "commander of Nineveh Operations", "Iraqi security forces"],
               "ar": ["قيادة عمليات نينوى", "قائد عمليات نينوى"]}
NINEVEH_GOVERNOR = {"en": ["Nineveh governor", "governor of Nineveh"], "ar": ["محافظ نينوى"]}
BARTELLA_DELEGATION = {"en": ["delegation of Christian clergy and Bartella notables", "Christian clergy",
                              "notables of Bartella", "delegation"],
                       "ar": ["وفداً من رجال الدين المسيحيين ووجهاء بلدة برطلة", "رجال الدين المسيحيين",
                              "وجهاء بلدة برطلة"]}
ISIS_IQ = {"en": ["ISIS", "Islamic State", "Daesh"], "ar": ["تنظيم «داعش»", "داعش", "«داعش»"]}
ARMED_FACTION = {"en": ["an armed faction", "armed group", "bulldozers of an armed faction"],
                 "ar": ["فصيل مسلح", "جرافات تابعة لفصيل مسلح"]}
CHRISTIAN_FAMILY = merge({"en": ["displaced Christian family", "olive grove"],
                          "ar": ["عائلة مسيحية مهجّرة", "عائلة مسيحية", "بستان للزيتون"]}, CIVILIANS)
NINEVEH_POLICE = {"en": ["Nineveh Police Command", "Nineveh police", "police"],
                  "ar": ["قيادة شرطة نينوى", "شرطة نينوى"]}
TV_REPORTER = {"en": ["TV reporter", "journalist", "correspondent of a satellite channel"],
               "ar": ["مراسل قناة فضائية", "مراسل", "المراسل"]}
SHOP_OWNER = merge({"en": ["liquor store owner", "shop owner"], "ar": ["صاحب متجر للمشروبات الكحولية",
                                                                     "صاحب متجر"]}, CIVILIANS)

MOSUL = {"accept": ["الموصل", "مدينة الموصل", "Mosul", "al-Mawsil"]}
NINEVEH = {"accept": ["نينوى", "محافظة نينوى", "Nineveh", "Ninawa"]}
BASHIQA = {"accept": ["بعشيقة", "ناحية بعشيقة", "مركز ناحية بعشيقة", "Bashiqa", "Ba'shiqa", "Bashika"]}
ZILKAN = place({"accept": ["قاعدة زليكان", "زليكان", "محيط قاعدة زليكان", "Zilkan", "Zelikan"]}, BASHIQA)
FADILIYA = place({"accept": ["الفاضلية", "قرية الفاضلية", "التلال المحيطة بقرية الفاضلية", "al-Fadiliya",
                             "Fadiliyah"]}, BASHIQA)
BARTELLA = {"accept": ["برطلة", "بلدة برطلة", "الأطراف الشرقية لبرطلة", "قضاء الحمدانية", "الحمدانية", "Bartella",
                       "Bartalah", "Barţalah", "al-Hamdaniya", "Hamdaniya"]}
BADUSH = {"accept": ["بادوش", "منطقة بادوش", "الطريق الرابط بين الموصل وتلعفر", "Badush", "Badoosh"]}
NINEVEH_GOV_BUILDING = place({"accept": ["مبنى ديوان محافظة نينوى", "ديوان محافظة نينوى", "الجانب الأيسر من الموصل"]},
                             MOSUL)
NINEVEH_PLAIN = place({"accept": ["سهل نينوى", "الطريق بين الموصل وبعشيقة", "Nineveh Plains", "Nineveh plain"]},
                      BASHIQA)
OLD_MOSUL = place({"accept": ["الموصل القديمة", "جامع النوري", "Old City of Mosul", "al-Nuri mosque"]}, MOSUL)
NINEVEH_COUNCIL = place({"accept": ["مبنى مجلس محافظة نينوى", "مجلس محافظة نينوى"]}, MOSUL)

# ================================================================ 103: North Kordofan (a Sudanese news site)
RSF_NK = {"en": ["Rapid Support Forces", "RSF", "RSF field commander"],
          "ar": ["قوات الدعم السريع", "«قوات الدعم السريع»", "الدعم السريع", "«الدعم السريع»",
                 "عناصر «الدعم السريع»", "المليشيا المتمردة", "قائد ميداني في «الدعم السريع»"]}
SAF_5DIV = {"en": ["Sudanese Armed Forces", "Sudanese army", "5th Infantry Division", "al-Hajana division",
                   "commander of the 5th Infantry Division", "army air defences"],
            "ar": ["الفرقة الخامسة مشاة", "الفرقة الخامسة مشاة «الهجانة»", "قائد الفرقة الخامسة مشاة",
                   "المضادات الأرضية", "الجيش السوداني", "القوات المسلحة السودانية"]}
OBEID_MARKET_VICTIMS = merge({"en": ["six civilians", "market-goers", "tea sellers"],
                              "ar": ["ستة مدنيين", "السوق الكبير", "امرأتين تبيعان الشاي"]}, CIVILIANS)
RSF_DRONES = merge(RSF_NK, {"en": ["enemy drones", "drones"], "ar": ["مسيّرات معادية", "ثلاث مسيّرات معادية"]})
WFP_CONVOY = {"en": ["World Food Programme", "WFP", "WFP aid convoy", "truck drivers"],
              "ar": ["برنامج الأغذية العالمي", "قافلة مساعدات لبرنامج الأغذية العالمي", "قافلة مساعدات", "سائقيها"]}
UM_SUMEIMA_VILLAGERS = merge({"en": ["villagers of Um Sumeima", "four residents", "three men"],
                              "ar": ["أربعة من سكانها", "ثلاثة رجال", "قرية أم صميمة"]}, CIVILIANS)
MUSTANFIRIN = {"en": ["mobilised volunteers", "al-Mustanfareen", "popular mobilisation fighters"],
               "ar": ["المستنفرين", "قوة من المستنفرين"]}
RSF_MUST = merge(RSF_NK, MUSTANFIRIN)
OBEID_TRADERS = {"en": ["traders", "shop owners", "market traders", "protesters"],
                 "ar": ["التجار وأصحاب المحال", "العشرات من التجار وأصحاب المحال", "التجار", "أصحاب المحال"]}
NK_GOVERNOR = {"en": ["governor of North Kordofan", "North Kordofan state government", "state security committee"],
               "ar": ["والي شمال كردفان", "والي الولاية", "حكومة ولاية شمال كردفان", "أمانة حكومة ولاية شمال كردفان",
                      "لجنة أمن الولاية"]}
NK_TRIBAL_LEADERS = {"en": ["tribal leaders of North Kordofan", "nazirs and omdas", "native administration leaders"],
                     "ar": ["نُظّار وعُمَد قبائل شمال كردفان", "نظار وعمد قبائل شمال كردفان", "قبائل شمال كردفان"]}
SAF_MI = merge({"en": ["military intelligence", "Sudanese military intelligence"],
                "ar": ["الاستخبارات العسكرية"]}, SAF_5DIV)
FIVE_DETAINEES = {"en": ["five detainees", "five people accused of collaborating with the RSF"],
                  "ar": ["خمسة أشخاص", "خمسة أشخاص اعتُقلوا في الأبيض"]}
SRCS_VOLUNTEERS = {"en": ["Sudanese Red Crescent volunteers", "three volunteers", "Sudanese Red Crescent"],
                   "ar": ["متطوعي الهلال الأحمر السوداني", "ثلاثة من متطوعي الهلال الأحمر السوداني",
                          "الهلال الأحمر السوداني"]}

EL_OBEID = {"accept": ["الأبيض", "مدينة الأبيض", "El Obeid", "Al-Ubayyid", "al-Obeid", "شمال كردفان",
                       "North Kordofan"]}
OBEID_MARKET = place({"accept": ["السوق الكبير", "السوق الكبير وسط مدينة الأبيض"]}, EL_OBEID)
OBEID_NORTH_EDGE = place({"accept": ["الأطراف الشمالية للمدينة"]}, EL_OBEID)
OBEID_GOV_HQ = place({"accept": ["أمانة حكومة ولاية شمال كردفان"]}, EL_OBEID)
BARA = {"accept": ["بارا", "مدينة بارا", "المدخل الجنوبي للمدينة", "Bara", "شمال كردفان", "North Kordofan"]}
UM_SUMEIMA = {"accept": ["أم صميمة", "قرية أم صميمة", "أطراف القرية", "Um Sumeima", "Umm Sumaymah",
                         "الغرب من الأبيض", "غرب الأبيض"]}
KAZGIL = {"accept": ["كازقيل", "بلدة كازقيل", "محيط بلدة كازقيل", "Kazgil", "Kazqil"]}
OBEID_RAHAD_ROAD = {"accept": ["الطريق بين الأبيض والرهد", "الرهد", "الأبيض", "El Obeid", "al-Rahad", "Er Rahad"]}
SAF_COLUMNS = merge({"en": ["army columns", "army mobile units"], "ar": ["المتحركات"]}, SAF_5DIV)

# ================================================================ 104: Baalbek and the Bekaa (a Lebanese local site)
IDF_LB = {"en": ["Israeli army", "Israel Defense Forces", "IDF", "Israeli drone", "Israel"],
          "ar": ["الجيش الإسرائيلي", "مسيّرة إسرائيلية", "إسرائيل", "العدوان"]}
HEZBOLLAH = {"en": ["Hezbollah", "Hizbullah", "two Hezbollah members"],
             "ar": ["حزب الله", "«حزب الله»", "عنصرين من «حزب الله»"]}
SHMUSTAR_VICTIMS = merge({"en": ["two people in a car", "two men"], "ar": ["شخصان", "سيارة رباعية الدفع",
                                                                        "القتيلين"]}, HEZBOLLAH)
MECHANISM = {"en": ["ceasefire monitoring committee", "the Mechanism", "committee overseeing the ceasefire"],
             "ar": ["لجنةَ الإشراف على تطبيق اتفاق وقف إطلاق النار", "لجنة الإشراف على تطبيق اتفاق وقف إطلاق النار",
                    "لجنة الإشراف"]}
LAF_BK = {"en": ["Lebanese Army", "Lebanese Armed Forces", "LAF", "Army Intelligence Directorate",
                 "army command", "army intelligence patrols"],
          "ar": ["الجيش اللبناني", "قوة من الجيش اللبناني", "مديرية المخابرات", "قيادة الجيش", "مخابرات الجيش",
                 "دوريات من مخابرات الجيش"]}
BRITAL_WANTED = {"en": ["three wanted men", "wanted men", "suspects"], "ar": ["مطلوبين", "ثلاثة منهم"]}
BRITAL_GUNMEN = {"en": ["gunmen", "armed men in Brital"], "ar": ["مسلحين تحصّنوا داخل مبنى قيد الإنشاء", "مسلحين"]}
LAF_BRITAL = merge(LAF_BK, BRITAL_GUNMEN)
BK_KIDNAPPERS = {"en": ["gunmen", "kidnappers", "armed men in a car without plates"],
                 "ar": ["مسلحون يستقلون سيارة من دون لوحات", "مسلحون"]}
SY_WORKER = merge({"en": ["Syrian worker", "a Syrian petrol station worker"], "ar": ["عامل سوري", "عاملاً سورياً"]},
                  CIVILIANS)
BAALBEK_PROTESTERS = merge({"en": ["residents of Baalbek", "protesters", "dozens of Baalbek residents"],
                            "ar": ["العشرات من أبناء مدينة بعلبك", "أبناء مدينة بعلبك"]}, CIVILIANS)
LB_INTERIOR = {"en": ["Lebanese interior minister", "Minister of Interior and Municipalities", "interior minister"],
               "ar": ["وزيرَ الداخلية", "وزير الداخلية"]}
BK_CLANS = {"en": ["two clans", "clan notables", "two Baalbek clans"],
            "ar": ["عشيرتين من المنطقة", "وجهاء العشيرتين", "العشيرتين", "عشيرتين"]}
JANTA_DEPOT = merge({"en": ["Hezbollah depot"], "ar": ["مستودعاً لـ«حزب الله»"]}, HEZBOLLAH)
ARSON_LIST = {"en": ["electoral list", "campaign office of a competing list"],
              "ar": ["مكتب انتخابي لإحدى اللوائح المتنافسة", "مكتب انتخابي", "اللائحة المعنية"]}
BK_DRIVERS = {"en": ["Bekaa public drivers' syndicate", "drivers' union", "public transport drivers"],
              "ar": ["نقابة السائقين العموميين في البقاع", "نقابة السائقين العموميين", "السائقين العموميين"]}
SHEIKH_HABIB_VICTIM = merge({"en": ["a young man in his twenties", "young man"],
                             "ar": ["شاب في العشرينيات من عمره", "شاب"]}, CIVILIANS)

BAALBEK = {"accept": ["بعلبك", "مدينة بعلبك", "Baalbek", "Baalbeck", "Baalbak"]}
SHMUSTAR = {"accept": ["شمسطار", "بلدة شمسطار", "جرد بلدة شمسطار", "جرد شمسطار", "Shmustar", "Chmistar",
                       "Chmistâr", "Shmestar"]}
BRITAL = {"accept": ["بريتال", "بلدة بريتال", "Brital", "Britel", "Brîtel"]}
TAYBEH_BK = {"accept": ["الطيبة", "بلدة الطيبة", "محطة للمحروقات قرب بلدة الطيبة", "البقاع الأوسط", "At-Taybeh",
                        "Taybeh", "Tayybeh"]}
HORTAALA = {"accept": ["حورتعلا", "بلدة حورتعلا", "أطراف بلدة حورتعلا", "Hortaala", "Hourtaala"]}
BAALBEK_SERAIL = place({"accept": ["سراي المدينة الحكومي", "سراي بعلبك", "سراي بعلبك الحكومي"]}, BAALBEK)
BAALBEK_MUFTI_HOUSE = place({"accept": ["دارة مفتي بعلبك الهرمل"]}, BAALBEK)
SHARAWNEH = place({"accept": ["الشراونة", "حي الشراونة", "al-Sharawneh", "Sharawna"]}, BAALBEK)
JANTA = {"accept": ["جنتا", "بلدة جنتا", "خراج بلدة جنتا", "Janta", "Jenta"]}
BEKAA = {"accept": ["البقاع", "Bekaa", "Beqaa", "Bekaa Valley"]}
SHEIKH_HABIB = place({"accept": ["الشيخ حبيب", "حي الشيخ حبيب", "Sheikh Habib"]}, BAALBEK)

# ================================================================ 105: Homs city (a Syrian local site, February 2025)
GSA_HOMS = {"en": ["General Security", "General Security Administration in Homs", "Syrian General Security",
                   "General Security forces", "General Security checkpoint"],
            "ar": ["الأمن العام", "إدارة الأمن العام في حمص", "قوات الأمن العام", "حاجز للأمن العام",
                   "عناصر من الأمن العام"]}
KARM_BROTHERS = merge({"en": ["two young men", "two brothers"], "ar": ["شابان", "الشابين", "شقيقان"]}, CIVILIANS)
DHAHAB_DETAINEES = {"en": ["eleven people", "remnants of the former regime", "detainees"],
                    "ar": ["أحد عشر شخصاً", "«فلول النظام البائد»", "فلول النظام البائد"]}
DHAHAB_GUNMEN = {"en": ["gunmen", "armed men holed up in a building"],
                 "ar": ["مسلحين تحصّنوا في أحد الأبنية", "مسلحين", "أحد المسلحين"]}
GSA_DHAHAB = merge(GSA_HOMS, DHAHAB_GUNMEN)
TADMUR_NOTABLE = merge({"en": ["a neighbourhood notable's house", "notable of Bab Tadmur"],
                        "ar": ["منزل أحد وجهاء الحي", "أحد وجهاء الحي"]}, CIVILIANS)
GRENADE_SUSPECTS = {"en": ["two suspects"], "ar": ["شخصين يُشتبه بتورطهما في الحادثة", "شخصين"]}
HOMS_DETAINEES_FAMILIES = merge({"en": ["families of detainees", "protesters", "relatives of the detainees"],
                                 "ar": ["ذوي المعتقلين", "العشرات من ذوي المعتقلين", "المحتجون", "ذوو المعتقلين"]},
                                CIVILIANS)
SY_PRESIDENCY = {"en": ["Syrian presidency", "Presidency of the Syrian Arab Republic"],
                 "ar": ["الرئاسةَ السورية", "الرئاسة السورية"]}
SY_MOI = {"en": ["Syrian Ministry of Interior", "interior ministry"],
          "ar": ["وزارة الداخلية", "مصدر في وزارة الداخلية"]}
HOMS_GOVERNOR = {"en": ["Homs governor", "governor of Homs", "Homs governorate"],
                 "ar": ["محافظ حمص", "محافظة حمص"]}
HOMS_NOTABLES = {"en": ["notables of al-Zahra, Akrama, al-Nuzha and Karm al-Zeitoun", "neighbourhood notables",
                        "delegation of notables"],
                 "ar": ["وفداً من وجهاء أحياء الزهراء وعكرمة والنزهة وكرم الزيتون", "وجهاء أحياء"]}
HOMS_FAMILIES_SWAP = {"en": ["two families", "families from al-Bayada and al-Khalidiya"],
                      "ar": ["عائلتين من حيي البياضة والخالدية", "عائلتين", "كل عائلة"]}
HAMIDIYA_CHURCH = merge({"en": ["church", "a church in al-Hamidiya"], "ar": ["كنيسة", "كنيسة في حي الحميدية"]},
                        CIVILIANS)
HOMS_COMMITTEES = {"en": ["representatives of neighbourhood committees", "neighbourhood committees"],
                   "ar": ["ممثلون عن لجان الأحياء", "لجان الأحياء"]}
GSA_HOMS_CHIEF = merge({"en": ["Homs General Security commander"], "ar": ["قائد الأمن العام في حمص",
                                                                          "قائد الأمن العام"]}, GSA_HOMS)
TAXI_DRIVER = merge({"en": ["taxi driver"], "ar": ["سائق سيارة أجرة", "سائق"]}, CIVILIANS)
HOMS_GUNMEN = {"en": ["gunmen", "kidnappers"], "ar": ["مسلحون"]}

HOMS = {"accept": ["حمص", "مدينة حمص", "Homs", "Hims"]}
KARM_ZEITOUN = place({"accept": ["كرم الزيتون", "حي كرم الزيتون", "Karm al-Zeitoun", "Karm al-Zaytun"]}, HOMS)
KARM_AKRAMA = place({"accept": ["حيي كرم الزيتون وعكرمة", "كرم الزيتون", "عكرمة", "Karm al-Zeitoun", "Akrama"]},
                    HOMS)
WADI_DHAHAB = place({"accept": ["وادي الذهب", "حي وادي الذهب", "Wadi al-Dhahab", "Wadi al-Thahab"]}, HOMS)
BAB_TADMUR = place({"accept": ["باب تدمر", "حي باب تدمر", "Bab Tadmur"]}, HOMS)
NEW_CLOCK = place({"accept": ["دوار الساعة الجديدة", "الساعة الجديدة", "New Clock Square"]}, HOMS)
HOMS_GOV_BUILDING = place({"accept": ["مبنى محافظة حمص", "مبنى المحافظة"]}, HOMS)
HOMS_WEST = place({"accept": ["أحياء حمص وريفها الغربي", "ريف حمص الغربي", "ريفها الغربي"]}, HOMS)
BAYADA_KHALIDIYA = place({"accept": ["البياضة", "الخالدية", "حيي البياضة والخالدية", "al-Bayada", "al-Khalidiya"]},
                         HOMS)
HAMIDIYA = place({"accept": ["الحميدية", "حي الحميدية", "al-Hamidiya", "Hamidiyeh"]}, HOMS)
HOMS_MASYAF_ROAD = place({"accept": ["طريق حمص – مصياف", "طريق حمص مصياف", "حي الزهراء", "الزهراء",
                                     "Homs–Masyaf road"]}, HOMS)
GRENADE = ["Explosions/Remote violence/Grenade"]
