"""Accepted actor names and place names for the twenty-ninth team gold set (see README.md).

The annotator wrote these lists by hand for this set, from the articles' own wording. They are NOT taken from marsad's
dictionaries and not copied from any other set's lists: Arabic surface forms as they occur in the articles, common
variants, and English names. Syrian towns were checked against the GeoNames lists in ../shared/data/geonames/ where
they have them (Madaya, az-Zabadani, ad-Dimas, Deir ez-Zor, al-Mayadin, Aleppo, Kafr Batna, Irbin, al-Mulayhah,
Dayr al-Asafir, Busra ash-Sham, al-Musayfirah, Izra). Neighbourhoods, villages and crossings absent from those lists
(Buqayn, Bloudan, al-Joura, al-Qusour, Harabesh, al-Huweiqa, al-Shaar, Masaken Hanano, Bustan al-Qasr, Misraba,
Saqba, Hamouriyah, Zabdin, Ein Tarma, the Lajat villages, al-Ghariyah al-Gharbiyah, Nasib) carry their usual
spellings.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الوفد», «القوات», «الجيش», «المجلس») are left out on purpose. A few short forms are
kept where, in the article that uses them, they name a single actor: «الحزب» (141, always Hezbollah),
«التنظيم» (142, always ISIS), «الإرهابيين» (ISIS in 142's loyalist words; the rebels in 143, only inside the Tiger
Forces commander's words), «الفيلق» (144, always Faylaq al-Rahman), «الفصائل» (the opposition factions of 143 and 145),
«الفصيل» (145, only Shabab al-Sunna).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ================================================================ actors: shared
CIVILIANS = {"en": ["civilians", "civilian", "residents", "locals", "people"],
             "ar": ["مدنيين", "المدنيين", "مدنياً", "الأهالي", "السكان"]}
REGIME = {"en": ["Syrian government", "Syrian regime", "Syrian Arab Army", "Syrian army", "Assad forces",
                 "regime forces", "Military Forces of Syria", "Syrian government forces"],
          "ar": ["قوات الأسد", "قوات النظام", "النظام السوري", "النظام", "الجيش العربي السوري", "الجيش السوري"]}
MIL_SECURITY = {"en": ["Military Security", "Syrian Military Security", "Military Intelligence",
                       "Military Security branch"],
                "ar": ["فرع الأمن العسكري", "الأمن العسكري", "دورية من فرع الأمن العسكري"]}

# ================================================================ 141: Madaya, Buqayn, az-Zabadani (Damascus countryside)
HEZBOLLAH = {"en": ["Hezbollah", "Hizbullah", "Hizballah", "Lebanese Hezbollah"],
             "ar": ["حزب الله", "«حزب الله»", "ميليشيا «حزب الله»", "الحزب"]}
HEZ_SNIPER = merge({"en": ["Hezbollah sniper", "sniper"],
                    "ar": ["قنّاص تابع لميليشيا «حزب الله»", "قنّاص", "القناص", "قناص"]}, HEZBOLLAH)
MADAYA_YOUTH = merge({"en": ["young man", "a young man from Madaya", "father of two"],
                      "ar": ["شاب من أبناء بلدة مضايا", "الشاب", "شاب"]}, CIVILIANS)
MADAYA_WOMAN = merge({"en": ["woman", "a woman picking vine leaves"], "ar": ["امرأة"]}, CIVILIANS)
MADAYA_COMMITTEE = {"en": ["Madaya negotiating committee", "negotiation committee", "town committee",
                           "the town's negotiating committee"],
                    "ar": ["لجنة التفاوض عن البلدة", "لجنة التفاوض", "أعضاء من اللجنة", "لجنة البلدة", "اللجنة"]}
FOURTH_DIV = {"en": ["Fourth Division", "4th Division", "Fourth Armoured Division", "Syrian army"],
              "ar": ["«الفرقة الرابعة»", "الفرقة الرابعة", "ضباط من «الفرقة الرابعة»",
                     "عناصر حاجز تابع لـ«الفرقة الرابعة»"]}
HEZ_4TH = merge(FOURTH_DIV, HEZBOLLAH)
HEZ_4TH_OTHER = merge(HEZ_4TH, {"en": ["the other side"], "ar": ["الجانب الآخر"]})
HEZ_REP = merge({"en": ["Hezbollah representative"], "ar": ["ممثل الحزب"]}, HEZBOLLAH)
OPP_ZABADANI = {"en": ["opposition fighters", "rebels", "Zabadani rebels", "opposition factions", "militants"],
                "ar": ["مقاتلو المعارضة", "مقاتلي المعارضة", "المسلحين المتبقين في الزبداني", "المسلحين"]}
SARC_UN = {"en": ["Syrian Arab Red Crescent", "SARC", "United Nations", "UN"],
           "ar": ["الهلال الأحمر العربي السوري", "الأمم المتحدة"]}
MADAYA_RESIDENTS = merge({"en": ["residents of Madaya, Buqayn and Zabadani", "besieged towns"],
                          "ar": ["مضايا وبقين والزبداني"]}, CIVILIANS)
AID_ORGS = {"en": ["aid organisations", "organisations", "humanitarian organisations"], "ar": ["المنظمات"]}
MADAYA_MEDICAL = {"en": ["Madaya Medical Commission", "medical commission", "Madaya medical body"],
                  "ar": ["الهيئة الطبية في مضايا", "الهيئة الطبية"]}
HEZ_REGIME = merge(HEZBOLLAH, REGIME)
WHO_ICRC = {"en": ["World Health Organization", "WHO", "International Committee of the Red Cross", "ICRC"],
            "ar": ["منظمة الصحة العالمية", "اللجنة الدولية للصليب الأحمر", "الصحة العالمية", "الصليب الأحمر"]}
MEDICS = {"en": ["paramedics", "medics", "medical point"], "ar": ["مسعفين من النقطة الطبية", "مسعفين"]}
HEZ_CHECKPOINT = merge({"en": ["Hezbollah checkpoint", "checkpoint members"],
                        "ar": ["عناصر حاجز الحزب القريب", "عناصر حاجز الحزب"]}, HEZBOLLAH)
BUQAYN_YOUTHS = merge({"en": ["three young men", "young men"], "ar": ["ثلاثة شبان", "الشبان الثلاثة", "الشبان"]},
                      CIVILIANS)
MADAYA_COUNCIL = {"en": ["Madaya local council", "local council"], "ar": ["المجلس المحلي لمضايا", "المجلس المحلي"]}

MADAYA = {"accept": ["مضايا", "بلدة مضايا", "Madaya", "Maḑāyā", "Madaya, Rif Dimashq"]}
BUQAYN = {"accept": ["بقين", "بلدة بقين", "Buqayn", "Bqin", "Baqin"]}
ZABADANI = {"accept": ["الزبداني", "مدينة الزبداني", "Zabadani", "Az Zabadani", "al-Zabadani"]}
BLOUDAN = {"accept": ["بلودان", "بلدة بلودان", "اجتماع بلودان", "Bloudan", "Bludan"]}
MADAYA_BUQAYN = place(MADAYA, BUQAYN)
MADAYA_BUQAYN_ZABADANI = place(MADAYA, BUQAYN, ZABADANI)
DIMAS = {"accept": ["الديماس", "بلدة الديماس", "Ad Dimas", "al-Dimas", "Dimas"]}

# ================================================================ 142: Deir ez-Zor's besieged neighbourhoods (loyalist network)
ISIS_DZ = {"en": ["Islamic State", "ISIS", "ISIL", "Daesh", "IS"],
           "ar": ["داعش", "«داعش»", "تنظيم «داعش»", "إرهابيو تنظيم «داعش»", "إرهابيي «داعش»", "إرهابيو «داعش»",
                  "التنظيم", "الإرهابيين"]}
DZ_CIVILIANS = merge({"en": ["three civilians", "a girl", "vegetable market"],
                      "ar": ["ثلاثة مدنيين", "طفلة", "سوق الخضار"]}, CIVILIANS)
SY_RU_AIR = {"en": ["Syrian Air Force", "Russian Air Force", "Russian Aerospace Forces", "Syrian and Russian warplanes",
                    "Russia", "Syrian army"],
             "ar": ["الطيران الحربي السوري والروسي", "الطيران الحربي", "الطيران السوري", "الطيران الروسي", "نسور الجو"]}
SY_ARMY_DZ = {"en": ["Syrian Arab Army", "Syrian army", "Republican Guard", "Military Forces of Syria"],
              "ar": ["الجيش العربي السوري", "وحدات من الجيش العربي السوري", "«الحرس الجمهوري»", "الحرس الجمهوري"]}
ISIS_ARMY = merge(ISIS_DZ, SY_ARMY_DZ)
WFP = {"en": ["World Food Programme", "WFP", "UN World Food Programme"],
       "ar": ["برنامج الأغذية العالمي", "برنامج الأغذية"]}
DZ_BESIEGED = merge({"en": ["besieged neighbourhoods", "residents of the besieged neighbourhoods"],
                     "ar": ["الأحياء المحاصرة"]}, CIVILIANS)
DZ_GOVERNORATE = {"en": ["Deir ez-Zor governorate", "governorate", "Deir ez-Zor governor"],
                  "ar": ["محافظة دير الزور", "المحافظة"]}
INTL_ORGS = {"en": ["international organisations", "international organizations", "UN agencies"],
             "ar": ["المنظمات الدولية"]}
DZ_TRADERS = {"en": ["three people", "three men", "traders", "profiteers"], "ar": ["ثلاثة أشخاص", "الموقوفين"]}
JOURA_PROTESTERS = merge({"en": ["Joura residents", "protesters", "dozens of residents"],
                          "ar": ["العشرات من أهالي حي الجورة", "أهالي حي الجورة"]}, CIVILIANS)
DZ_OFFICIAL = merge({"en": ["governorate official", "official"], "ar": ["أحد المسؤولين في المحافظة"]}, DZ_GOVERNORATE)
DZ_POLICE = {"en": ["police command", "Deir ez-Zor police"], "ar": ["قيادة الشرطة"]}

DZ_CITY = {"accept": ["دير الزور", "مدينة دير الزور", "محيط مدينة دير الزور", "Deir ez-Zor", "Dayr az-Zawr",
                      "Deir al-Zour"]}
JOURA = place({"accept": ["الجورة", "حي الجورة", "سوق الخضار في حي الجورة", "al-Joura", "Joura", "Jora"]}, DZ_CITY)
HUWEIQA = {"accept": ["الحويقة", "حي الحويقة", "حويجة صكر", "جزيرة حويجة صكر", "al-Huwayqa", "Huweiqa",
                      "Hawijat Sakr", "Deir ez-Zor"]}
DZ_AIRPORT = {"accept": ["مطار دير الزور العسكري", "مطار دير الزور", "محيط المطار", "المطار العسكري", "المطار",
                         "منطقة المقابر", "دوار البانوراما", "Deir ez-Zor airport", "Deir ez-Zor Military Airport",
                         "Deir ez-Zor airbase"]}
DZ_BESIEGED_PLACE = place({"accept": ["الأحياء المحاصرة", "حي هرابش", "هرابش", "Harabesh"]}, DZ_CITY)
QUSOUR = {"accept": ["القصور", "حي القصور", "مبنى المحافظة المؤقت", "al-Qusour", "Qusur", "Deir ez-Zor"]}

# ================================================================ 143: Aleppo's eastern neighbourhoods (opposition agency)
SY_HELIS = merge({"en": ["regime helicopters", "Syrian Air Force"], "ar": ["مروحيات النظام", "المروحيات"]}, REGIME)
ALEPPO_CIV = merge({"en": ["eleven civilians", "children", "women"],
                    "ar": ["أحد عشر مدنياً", "أربعة أطفال"]}, CIVILIANS)
ALEPPO_REBELS = {"en": ["opposition factions", "rebels", "Syrian opposition", "armed opposition", "Levant Front",
                        "al-Jabha al-Shamiya"],
                 "ar": ["فصائل المعارضة", "الفصائل", "«الجبهة الشامية»", "الجبهة الشامية"]}
REGIME_MILITIAS = merge({"en": ["foreign militias", "pro-government militias"],
                         "ar": ["الميليشيات الأجنبية المساندة لها", "الميليشيات الأجنبية"]}, REGIME)
REBELS_REGIME_AL = merge(ALEPPO_REBELS, REGIME_MILITIAS)
RU_MOD = {"en": ["Russian Ministry of Defence", "Russian Defence Ministry", "Russia", "Russian military", "Moscow"],
          "ar": ["وزارة الدفاع الروسية", "موسكو", "روسيا"]}
ALEPPO_MILITANTS = merge({"en": ["militants", "gunmen"], "ar": ["«المسلحين»", "المسلحين"]}, ALEPPO_REBELS)
FATEH_HALAB = {"en": ["Fateh Halab operations room", "Fatah Halab", "Aleppo Conquest operations room",
                      "opposition factions", "rebels"],
               "ar": ["«غرفة عمليات فتح حلب»", "غرفة عمليات فتح حلب", "فتح حلب", "الفصائل العاملة في المدينة"]}
ALEPPO_YOUTHS = merge({"en": ["dozens of young men", "young men", "displaced civilians"],
                       "ar": ["عشرات الشبان", "الشبان"]}, CIVILIANS)
UN_HUM = {"en": ["United Nations", "UN", "UN regional humanitarian coordinator", "UN humanitarian coordinator", "OCHA"],
          "ar": ["المنسق الإقليمي للأمم المتحدة للشؤون الإنسانية", "الأمم المتحدة"]}
ALL_PARTIES = {"en": ["all parties", "warring parties"], "ar": ["جميع الأطراف"]}
REBELS_SANA = merge({"en": ["terrorist groups", "armed groups"],
                     "ar": ["«المجموعات الإرهابية»", "المجموعات الإرهابية"]}, ALEPPO_REBELS)
WEST_ALEPPO_CIV = merge({"en": ["three civilians"], "ar": ["ثلاثة مدنيين"]}, CIVILIANS)
BUSTAN_PROTESTERS = merge({"en": ["protesters", "demonstrators", "dozens of people", "participants"],
                           "ar": ["العشرات", "المشاركون"]}, CIVILIANS)
ANKARA_REBELS = merge({"en": ["representatives of the Aleppo factions"],
                       "ar": ["ممثلين عن فصائل حلب", "فصائل حلب"]}, ALEPPO_REBELS)
RU_OFFICERS = {"en": ["Russian officers", "Russia", "Russian military"], "ar": ["ضباط روس"]}
FATEH_SHAM = {"en": ["Jabhat Fateh al-Sham", "Fateh al-Sham", "JFS", "Nusra Front"],
              "ar": ["«جبهة فتح الشام»", "جبهة فتح الشام", "مقاتلي «جبهة فتح الشام»"]}
TIGER = merge({"en": ["Tiger Forces", "Tiger Force", "field commander of the Tiger Forces"],
               "ar": ["«قوات النمر»", "قوات النمر", "قائد ميداني في «قوات النمر»"]}, REGIME)
OPP_TERR = merge({"en": ["terrorists"], "ar": ["الإرهابيين", "مقرات الإرهابيين"]}, ALEPPO_REBELS)
MILITIAS_AL = {"en": ["Harakat al-Nujaba", "Nujaba", "Liwa al-Quds", "Quds Brigade", "pro-government militias",
                      "Syrian regime"],
               "ar": ["«حركة النجباء»", "حركة النجباء", "«لواء القدس»", "لواء القدس", "النظام"]}
REGIME_SNIPER = merge({"en": ["regime sniper", "sniper"], "ar": ["قناص"]}, REGIME)
TWO_CHILDREN = merge({"en": ["two children", "children"], "ar": ["طفلان", "الطفلين"]}, CIVILIANS)
ALEPPO_COUNCIL = {"en": ["Aleppo City Local Council", "local council of Aleppo city", "local council"],
                  "ar": ["المجلس المحلي لمدينة حلب", "المجلس المحلي"]}
NEEDY_FAMILIES = {"en": ["neediest families", "charity bakeries", "families"],
                  "ar": ["العائلات الأكثر حاجة", "الأفران الخيرية"]}

ALEPPO_CITY = {"accept": ["حلب", "مدينة حلب", "Aleppo", "Halab"]}
ALEPPO_EAST = place({"accept": ["الأحياء الشرقية", "الأحياء الشرقية المحاصرة", "شرق حلب", "eastern Aleppo",
                                "East Aleppo"]}, ALEPPO_CITY)
SHAAR_TARIQ = place({"accept": ["الشعار", "حي الشعار", "طريق الباب", "حيي الشعار وطريق الباب", "al-Shaar", "Shaar",
                                "Tariq al-Bab"]}, ALEPPO_EAST)
MASAKEN = place({"accept": ["مساكن هنانو", "جبهة مساكن هنانو", "دوار الجندول", "Masaken Hanano", "Masakin Hananu",
                            "Hanano", "Jandoul"]}, ALEPPO_CITY)
EAST_ALEPPO_CORRIDORS = place(ALEPPO_EAST, {"accept": ["دوار الجندول", "بستان القصر", "Jandoul", "Bustan al-Qasr"]})
SHEIKH_MAQSOUD = place({"accept": ["الشيخ مقصود", "حي الشيخ مقصود", "جبرين", "منطقة جبرين", "Sheikh Maqsoud",
                                   "Jibreen", "Jibrin"]}, ALEPPO_CITY)
SAKHOUR = place({"accept": ["الصاخور", "حي الصاخور", "al-Sakhour", "Sakhour", "Sakhur"]}, ALEPPO_CITY)
WEST_ALEPPO = place({"accept": ["الجميلية", "الموكامبو", "حيي الجميلية والموكامبو", "القسم الغربي من المدينة",
                                "al-Jamiliyah", "Jamiliyeh", "Mogambo", "Mokambo", "western Aleppo"]}, ALEPPO_CITY)
BUSTAN_QASR = place({"accept": ["بستان القصر", "حي بستان القصر", "Bustan al-Qasr", "Bustan al-Qaser"]}, ALEPPO_CITY)
ANKARA = {"accept": ["أنقرة", "العاصمة التركية أنقرة", "Ankara"]}
SHEIKH_SAEED = place({"accept": ["الشيخ سعيد", "العامرية", "جبهتي الشيخ سعيد والعامرية", "Sheikh Saeed", "Sheikh Said",
                                 "al-Amiriyah", "Ameriya"]}, ALEPPO_CITY)
EAST_ALEPPO_CASTELLO = place(ALEPPO_EAST, {"accept": ["طريق الكاستيلو", "الكاستيلو", "Castello road", "Castello"]})
RAMOUSEH = place({"accept": ["الراموسة", "Ramouseh", "Ramousa"]}, ALEPPO_CITY)

# ================================================================ 144: Eastern Ghouta's infighting (independent site)
JAI = {"en": ["Jaysh al-Islam", "Army of Islam", "Jaish al-Islam"],
       "ar": ["«جيش الإسلام»", "جيش الإسلام", "المكتب الإعلامي لـ«جيش الإسلام»", "مجموعة من «جيش الإسلام»",
              "وفد من «جيش الإسلام»"]}
FAYLAQ = {"en": ["Faylaq al-Rahman", "Al-Rahman Legion", "Rahman Corps"],
          "ar": ["«فيلق الرحمن»", "فيلق الرحمن", "«الفيلق»", "الفيلق", "مقاتلي الفيلق"]}
NUSRA = {"en": ["Jabhat al-Nusra", "Nusra Front", "al-Nusra Front"], "ar": ["«جبهة النصرة»", "جبهة النصرة"]}
JAI_FAYLAQ = merge(JAI, FAYLAQ)
FAYLAQ_NUSRA = merge(FAYLAQ, NUSRA)
JAI_FIGHTERS = merge({"en": ["three Jaysh al-Islam fighters", "group commander"],
                      "ar": ["ثلاثة من عناصر «جيش الإسلام»", "قائد مجموعة"]}, JAI)
SAQBA_PROTESTERS = merge({"en": ["hundreds of residents", "Saqba residents", "protesters", "sit-in organisers"],
                          "ar": ["المئات من الأهالي", "منظمو الاعتصام", "المعتصمين"]}, CIVILIANS)
FACTION_LEADERS = {"en": ["faction leaders", "commanders of the factions", "Jaysh al-Islam", "Faylaq al-Rahman"],
                   "ar": ["قادة الفصائل"]}
CHECKPOINT_GUNMEN = {"en": ["checkpoint gunmen", "gunmen from a nearby checkpoint", "unidentified faction"],
                     "ar": ["عناصر من حاجز قريب"]}
REGIME_FAYLAQ = merge(REGIME, FAYLAQ)
SY_AIR_G = merge({"en": ["Syrian Air Force", "warplanes"], "ar": ["الطيران الحربي"]}, REGIME)
DEIR_ASAFIR_VICTIMS = merge({"en": ["a woman", "woman"], "ar": ["امرأة"]}, CIVILIANS)
GHOUTA_ATTENDEE = {"en": ["one of those present", "attendee"], "ar": ["أحد الحاضرين"]}
JAI_COMMANDER = merge({"en": ["Jaysh al-Islam commander", "commander"], "ar": ["قيادياً في الجيش", "قيادياً"]}, JAI)

GHOUTA = {"accept": ["الغوطة الشرقية", "الغوطة", "بلدات القطاع الأوسط", "Eastern Ghouta", "Ghouta"]}
MISRABA = place({"accept": ["مسرابا", "بلدة مسرابا", "الأطراف الشمالية لبلدة مسرابا", "Misraba", "Mesraba"]}, GHOUTA)
SAQBA = place({"accept": ["سقبا", "بلدة سقبا", "Saqba", "Sakba"]}, GHOUTA)
ZABDIN = {"accept": ["زبدين", "بلدة زبدين", "منطقة المرج", "المرج", "Zabdin", "Zebdin", "al-Marj"]}
DEIR_ASAFIR = {"accept": ["دير العصافير", "بلدة دير العصافير", "Dayr al Asafir", "Deir al-Asafir"]}
HAMOURIYAH = place({"accept": ["حمورية", "بلدة حمورية", "Hamouriyah", "Hammuriyah", "Hamouria"]}, GHOUTA)
EIN_TARMA = {"accept": ["عين ترما", "بلدة عين ترما", "Ein Tarma", "Ayn Tarma"]}

# ================================================================ 145: Busra al-Sham and the Lajat, eastern Daraa (Horan network)
RU_DELEGATION = {"en": ["Russian delegation", "Russian military police", "Russian officers", "Russia",
                        "Russian military", "Russian officer"],
                 "ar": ["وفد من ضباط الشرطة العسكرية الروسية", "ضباط الشرطة العسكرية الروسية", "الشرطة العسكرية الروسية",
                        "الجانب الروسي", "الضابط الروسي", "الضباط الروس", "الروس"]}
DARAA_DELEGATION = {"en": ["opposition factions", "rebel delegation", "negotiating delegation", "rebels",
                           "civil bodies of the eastern countryside"],
                    "ar": ["ممثلين عن فصائل المعارضة والفعاليات المدنية", "فصائل المعارضة", "الوفد المفاوض عن الفصائل",
                           "الوفد المفاوض", "الفصائل"]}
RU_DARAA = merge(RU_DELEGATION, DARAA_DELEGATION, {"en": ["both sides", "the two sides"], "ar": ["الطرفين"]})
RU_AIR = {"en": ["Russian Air Force", "Russian warplanes", "Russia", "Russian Aerospace Forces"],
          "ar": ["طائرات حربية يُرجّح أنها روسية", "طائرات حربية"]}
LAJAT_CIV = merge({"en": ["two civilians", "a child"], "ar": ["مدنيين اثنين", "طفل"]}, CIVILIANS)
SY_HELIS_DR = merge({"en": ["regime helicopters", "Syrian Air Force"], "ar": ["مروحيات النظام"]}, REGIME)
GHARIYA_NOTABLES = {"en": ["al-Ghariyah al-Gharbiyah notables", "town notables", "notables"],
                    "ar": ["وجهاء بلدة الغارية الغربية", "وجهاء"]}
GHARIYA_FIGHTERS = {"en": ["al-Ghariyah al-Gharbiyah fighters", "the town's fighters", "local rebels"],
                    "ar": ["مقاتلو البلدة"]}
REGIME_RU_MP = merge(REGIME, {"en": ["Russian military police"], "ar": ["الشرطة العسكرية الروسية"]})
CENTRAL_OPS = {"en": ["Central Operations Room in the South", "Southern Front operations room",
                      "rebel operations room", "opposition factions"],
               "ar": ["«غرفة العمليات المركزية في الجنوب»", "غرفة العمليات المركزية في الجنوب", "غرفة العمليات المركزية",
                      "فصائلها"]}
REBELS_REGIME_DR = merge({"en": ["opposition factions", "rebels"], "ar": ["فصائل المعارضة", "الفصائل"]}, REGIME)
IZRA_YOUTHS = merge({"en": ["five young men", "displaced young men"], "ar": ["خمسة شبان"]}, CIVILIANS)
JHCO = {"en": ["Jordan Hashemite Charity Organization", "JHCO", "Jordan"],
        "ar": ["الهيئة الخيرية الأردنية الهاشمية", "الهيئة الخيرية الأردنية"]}
DARAA_IDPS = merge({"en": ["displaced people", "IDPs", "displaced gatherings"], "ar": ["تجمعات النازحين", "النازحين"]},
                   CIVILIANS)
JORDAN_AUTH = {"en": ["Jordanian authorities", "Jordan"], "ar": ["السلطات الأردنية"]}
SHABAB_SUNNA = {"en": ["Shabab al-Sunna", "Quwat Shabab al-Sunna", "Youth of the Sunna Forces"],
                "ar": ["«قوات شباب السنة»", "قوات شباب السنة", "شباب السنة", "الفصيل"]}
DEESCALATION_SPONSORS = {"en": ["United States", "Russia", "Jordan"], "ar": ["الولايات المتحدة وروسيا والأردن"]}

BUSRA = {"accept": ["بصرى الشام", "مدينة بصرى الشام", "Busra al-Sham", "Bosra", "Busra ash Sham", "Bosra al-Sham"]}
LAJAT = {"accept": ["المسيكة", "الشومرة", "جدل", "اللجاة", "منطقة اللجاة", "al-Museikeh", "Msayka", "al-Shumara",
                    "Jadal", "Lajat", "al-Lajat", "Leja"]}
BUSR_HARIR = {"accept": ["بصر الحرير", "بلدة بصر الحرير", "Busr al-Harir", "Busr al-Hariri"]}
GHARIYA = {"accept": ["الغارية الغربية", "بلدة الغارية الغربية", "al-Ghariyah al-Gharbiyah", "Ghariya al-Gharbiya"]}
EAST_DARAA = {"accept": ["ريف درعا الشرقي", "الريف الشرقي", "جبهات الريف الشرقي", "eastern Daraa countryside",
                         "eastern Daraa"]}
MUSAYFIRAH = {"accept": ["المسيفرة", "بلدة المسيفرة", "محور بلدة المسيفرة", "الكرك الشرقي", "al-Musayfirah",
                         "Musayfirah", "Msefra"]}
IZRA = {"accept": ["إزرع", "ازرع", "مدينة إزرع", "Izra", "Izra'", "Ezra"]}
NASIB = {"accept": ["معبر نصيب", "نصيب", "Nasib", "Nasib crossing", "Nassib"]}
DARAA_SOUTH = {"accept": ["الجنوب السوري", "محافظة درعا", "درعا", "southern Syria", "Daraa"]}
