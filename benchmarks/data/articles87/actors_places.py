"""Accepted actor names and place names for the eighty-seventh team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «المجموعة», «الشرطة», «الشركة») are left out on purpose, with these
exceptions, each used only in an article where it names a single actor:
- 431: «الدائرة» (only ever the Kirkuk health directorate), «الشرطة» (only ever the Kirkuk police command),
  «الوزير» (only ever the Iraqi health minister), «الجبهة» (only ever the Iraqi Turkmen Front);
- 432: «النظام» (only ever the Syrian government and its forces), «الفصائل» (only ever the rebel factions of
  the Latakia countryside);
- 433: «اللواء» (only ever the «رايات الشمال» brigade), «المجلس» (only ever Tal Abyad's local council),
  «التنظيم» (only ever ISIS);
- 434: «الاحتلال» (only ever the Israeli army and authorities), «العائلة» (only ever the prisoner's family);
- 435: «الهيئة» (only ever the agricultural development authority), «الشركة» (only ever the investment
  company), «المحافظ» (only ever the governor of Minya), «اللجنة» (only ever the governor's committee).
In meetings, negotiations and agreements between two parties (CONSULT, AGREE) both parties are accepted in
either role. In a two-sided fight (the main event of 435 and its background clash) both sides are sources and
there is no recipient.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ============================================================ 431: Daquq, Kirkuk, al-Riyadh (Kirkuk), 2012
ISI = {"en": ["Islamic State of Iraq", "ISI", "al-Qaeda in Iraq", "Islamic State", "ISIS"],
       "ar": ["«دولة العراق الإسلامية»", "دولة العراق الإسلامية"]}
DAQUQ_VICTIMS = {"en": ["shoppers and vendors", "civilians", "market-goers"],
                 "ar": ["المتسوقين والباعة", "ضحايا السيارة المفخخة", "الضحايا", "المتسوقين"]}
KIRKUK_HEALTH = {"en": ["Kirkuk Health Directorate", "Kirkuk health department", "Iraqi Ministry of Health"],
                 "ar": ["دائرة صحة كركوك", "الدائرة"]}
DAQUQ_RESIDENTS = {"en": ["residents of Daquq", "residents", "blood donors"],
                   "ar": ["الأهالي", "أهالي داقوق"]}
KIRKUK_POLICE = {"en": ["Kirkuk Police", "Kirkuk police command", "Iraqi Police", "Police Forces of Iraq"],
                 "ar": ["قيادة شرطة كركوك", "شرطة كركوك", "المتحدث باسم الشرطة", "الشرطة"]}
KIRKUK_POLICE_CHIEF = merge({"en": ["Kirkuk police chief"], "ar": ["مدير شرطة كركوك"]}, KIRKUK_POLICE)
SECURITY_SERVICES = merge({"en": ["Iraqi security services", "security services"], "ar": ["الأجهزة الأمنية"]},
                          KIRKUK_POLICE_CHIEF)
DAQUQ_SUSPECTS = {"en": ["five suspects", "suspects"], "ar": ["خمسة أشخاص", "أحدهم"]}
NAQSHBANDI = {"en": ["Army of the Men of the Naqshbandi Order", "Naqshbandi Army", "JRTN",
                     "Jaysh Rijal al-Tariqa al-Naqshbandia"],
              "ar": ["«جيش رجال الطريقة النقشبندية»", "جيش رجال الطريقة النقشبندية", "الطريقة النقشبندية"]}
IQ_HEALTH_MINISTER = {"en": ["Iraqi Minister of Health", "Health Minister", "Ministry of Health of Iraq"],
                      "ar": ["وزير الصحة", "الوزير", "وزارته"]}
DAQUQ_WOUNDED = {"en": ["the wounded", "injured"], "ar": ["الجرحى", "المصابين"]}
KIRKUK_HOSPITALS = {"en": ["Kirkuk hospitals", "hospitals of the province"], "ar": ["مستشفيات المحافظة"]}
BURN_VICTIMS = {"en": ["three burn victims"], "ar": ["ثلاثة من المصابين بحروق بالغة"]}
DAQUQ_POLICE_CHIEF = {"en": ["Daquq police chief", "police director of Daquq district"],
                      "ar": ["مدير شرطة قضاء داقوق"]}
FED_POLICE = {"en": ["Federal Police", "Iraqi Federal Police"], "ar": ["الشرطة الاتحادية"]}
ASAYISH = {"en": ["Asayish", "Kurdish security forces", "Kurdistan Regional Government security"],
           "ar": ["قوات الأسايش الكردية", "الأسايش"]}
JOINT_FORCE = merge({"en": ["joint force"], "ar": ["قوة مشتركة"]}, FED_POLICE, ASAYISH)
DAQUQ_TRADERS = {"en": ["shop owners and vendors", "traders"],
                 "ar": ["عشرات من أصحاب المحال والباعة", "أصحاب المحال والباعة", "أصحاب المحال"]}
DAQUQ_COUNCIL = {"en": ["Daquq municipal council"], "ar": ["المجلس البلدي للقضاء", "المجلس البلدي"]}
IQ_GOV = {"en": ["Iraqi government", "federal government", "Government of Iraq", "Baghdad"],
          "ar": ["بغداد", "الحكومة الاتحادية"]}
TURKMEN_FRONT = {"en": ["Iraqi Turkmen Front", "Turkmen Front", "ITF"],
                 "ar": ["الجبهة التركمانية العراقية", "الجبهة التركمانية", "الجبهة"]}
KIRKUK_PC = {"en": ["Kirkuk Provincial Council", "Kirkuk provincial council"],
             "ar": ["مجلس محافظة كركوك", "رئيس المجلس"]}
SECURITY_CHIEFS = {"en": ["security commanders", "heads of the security services"],
                   "ar": ["قادة الأجهزة الأمنية"]}
RIYADH_POLICE = {"en": ["police", "policemen", "Police Forces of Iraq"],
                 "ar": ["عناصر الشرطة", "مركز للشرطة", "ستة من عناصر الشرطة"]}

# ====================================================== places: 431
KIRKUK = {"accept": ["كركوك", "محافظة كركوك", "Kirkuk", "Kirkuk Governorate", "Karkuk"]}
DAQUQ = place({"accept": ["قضاء داقوق", "داقوق", "Daquq", "Daquq District", "Dakuk", "Tawuq"]}, KIRKUK)
DAQUQ_MARKET = place({"accept": ["سوق الخضار والفواكه وسط قضاء داقوق", "سوق الخضار والفواكه", "سوق داقوق",
                                 "Daquq market"]}, DAQUQ)
EAST_DAQUQ = place({"accept": ["القرى الواقعة شرق القضاء", "villages east of Daquq"]}, DAQUQ)
DAQUQ_HALL = place({"accept": ["مبنى القائممقامية", "Daquq district administration building"]}, DAQUQ)
AZADI = place({"accept": ["مستشفى آزادي", "مستشفى آزادي التعليمي", "Azadi Hospital",
                          "Azadi Teaching Hospital"]}, KIRKUK)
BAGHDAD = {"accept": ["بغداد", "Baghdad"]}
RIYADH = place({"accept": ["ناحية الرياض", "الرياض", "al-Riyadh", "Riyadh", "Al Riyadh"]}, KIRKUK)

# ============================================================ 432: Rabia, al-Haffah, Kinsabba (Latakia), 2014
SY_REGIME = {"en": ["Syrian government forces", "Syrian regime", "Syrian Arab Army", "Syrian Air Force",
                    "Assad regime", "Military Forces of Syria"],
             "ar": ["قوات النظام", "مروحية تابعة لقوات النظام", "مروحيات النظام", "مروحية للنظام",
                    "نظام الأسد", "النظام", "وحدات الجيش"]}
RABIA_CIVILIANS = {"en": ["civilians", "residents queuing for bread"],
                   "ar": ["سبعة مدنيين", "خمسة مدنيين", "مدنيين", "الأهالي"]}
MEDICAL_POINT = {"en": ["Rabia medical point", "director of the Rabia medical point"],
                 "ar": ["مدير النقطة الطبية", "النقطة الطبية في الناحية", "النقطة الطبية"]}
INTL_ORGS = {"en": ["international organisations", "international aid organizations"],
             "ar": ["المنظمات الدولية"]}
IHH = {"en": ["IHH Humanitarian Relief Foundation", "IHH", "Turkish humanitarian relief foundation"],
       "ar": ["هيئة الإغاثة الإنسانية التركية"]}
NEW_DISPLACED = {"en": ["displaced families", "newly displaced families"],
                 "ar": ["العائلات النازحة", "عشرات العائلات"]}
COALITION = {"en": ["National Coalition for Syrian Revolutionary and Opposition Forces",
                    "Syrian National Coalition", "SNC", "Syrian opposition coalition"],
             "ar": ["الائتلاف الوطني لقوى الثورة والمعارضة السورية", "الائتلاف الوطني", "الائتلاف"]}
UNSC = {"en": ["UN Security Council", "Security Council", "United Nations Security Council", "UNSC"],
        "ar": ["مجلس الأمن الدولي", "مجلس الأمن"]}
LAT_REBELS = {"en": ["Syrian opposition factions", "rebels", "armed opposition", "terrorist groups"],
              "ar": ["«مجموعات إرهابية»", "مجموعات إرهابية", "الإرهابيين", "مصادر النيران"]}
HAFFAH_CIVILIANS = {"en": ["civilians in al-Haffah"], "ar": ["أربعة مدنيين"]}
LAT_FACTIONS = {"en": ["five rebel factions in the Latakia countryside", "Latakia opposition factions",
                       "rebel factions", "Syrian opposition factions"],
                "ar": ["خمسة فصائل عاملة في ريف اللاذقية", "خمسة فصائل", "مقاتلي الفصائل", "الفصائل"]}
RABIA_RESIDENTS = {"en": ["residents of Rabia district", "villagers"],
                   "ar": ["«كل من يؤوي المسلحين»", "كل من يؤوي المسلحين", "الأهالي"]}
NDF = {"en": ["National Defence Forces", "NDF"],
       "ar": ["ميليشيا «الدفاع الوطني»", "«الدفاع الوطني»", "الدفاع الوطني"]}
REGIME_NDF = merge(SY_REGIME, NDF)
TURKEY = {"en": ["Turkish authorities", "Turkey", "Government of Turkey"], "ar": ["السلطات التركية"]}
BORDER_DISPLACED = {"en": ["displaced people", "IDPs"], "ar": ["النازحين الراغبين في العبور", "النازحين"]}
RABIA_WOUNDED = {"en": ["the wounded", "wounded from Rabia"], "ar": ["الجرحى"]}
TURKMEN_ASSEMBLY = {"en": ["Syrian Turkmen Assembly", "Syrian Turkmen Council", "Turkmen council"],
                    "ar": ["وفد من المجلس التركماني السوري", "المجلس التركماني السوري", "المجلس التركماني"]}
SY_RELIEF_ORG = {"en": ["Syrian relief organisation based in Turkey", "Syrian aid group"],
                 "ar": ["منظمة إغاثية سورية تعمل من تركيا", "منظمة إغاثية سورية"]}
RABIA_VILLAGES = {"en": ["villages of Rabia district", "residents of Rabia"], "ar": ["قرى ناحية ربيعة"]}
KINSABBA_VICTIMS = {"en": ["two women and a child", "civilians"], "ar": ["امرأتين وطفل"]}

# ====================================================== places: 432
LATAKIA = {"accept": ["ريف اللاذقية", "اللاذقية", "Latakia", "Latakia Governorate", "Lattakia"]}
RABIA = place({"accept": ["ناحية ربيعة", "ربيعة", "Rabia", "Rabiaa", "Rabi'a", "جبل التركمان",
                          "Jabal al-Turkman", "Turkmen Mountain"]}, LATAKIA)
RABIA_BAKERY = place({"accept": ["الفرن الآلي في ناحية ربيعة", "فرن ربيعة", "Rabia bakery"]}, RABIA)
YAMADI = place({"accept": ["مخيمات اليمضية", "اليمضية", "Yamadi", "al-Yamadiyah", "Yamadiyah",
                           "معبر يايلاداغ", "Yayladagi", "Yayladağı"]}, LATAKIA)
HAFFAH = place({"accept": ["بلدة الحفة", "الحفة", "al-Haffah", "Haffa", "Al Haffah"]}, LATAKIA)
LATAKIA_FRONT = place({"accept": ["خطوط التماس الممتدة من ربيعة حتى محيط كسب", "كسب", "Kessab", "Kasab"]},
                      RABIA)
NABI_YOUNES = place({"accept": ["محيط قمة النبي يونس", "قمة النبي يونس", "النبي يونس", "Nabi Younes",
                                "Nabi Yunis"]}, LATAKIA)
YAYLADAGI_GATE = {"accept": ["بوابة يايلاداغ", "يايلاداغ", "Yayladagi", "Yayladağı", "ولاية هاتاي", "Hatay"]}
ANTAKYA = {"accept": ["مستشفى مدينة أنطاكيا", "أنطاكيا", "Antakya", "Antioch", "Hatay"]}
KINSABBA = place({"accept": ["بلدة كنسبا", "كنسبا", "Kinsabba", "Kansabba", "جبل الأكراد", "Jabal al-Akrad"]},
                 LATAKIA)

# ============================================================ 433: Tal Abyad, Suluk, al-Tabqa (Raqqa), 2013
TA_RESIDENTS = {"en": ["residents of Tal Abyad", "protesters", "sit-in participants"],
                "ar": ["مئات من أهالي مدينة تل أبيض", "أهالي تل أبيض", "المعتصمين", "المعتصمون"]}
RAYAT = {"en": ["Rayat al-Shamal Brigade", "Liwa Rayat al-Shamal", "armed brigade", "gunmen"],
         "ar": ["مسلحي «لواء رايات الشمال»", "«لواء رايات الشمال»", "لواء رايات الشمال", "مسلحون من اللواء",
                "عناصر اللواء", "قائد ميداني في اللواء", "قائد اللواء", "مقاتليه", "اللواء"]}
TA_COUNCIL = {"en": ["Tal Abyad Local Council", "local council", "council members", "head of the council"],
              "ar": ["رئيس المجلس المحلي", "رئيس المجلس", "أعضاء المجلس", "المجلس المحلي", "المجلس"]}
TA_GUARDS = {"en": ["council guards and staff", "council guards", "relief office employee"],
             "ar": ["حراسه", "أحد الحراس", "الحارس القتيل", "القتيلين", "الموظف الثاني"]}
TA_ELDERS = {"en": ["tribal elders", "notables", "delegation of notables", "mediators"],
             "ar": ["وفد الوجهاء", "شيوخاً من العشائر العربية", "لجنة من الوجهاء", "بعض الوجهاء", "الوجهاء"]}
RAYAT_COUNCIL = merge(RAYAT, TA_COUNCIL, TA_ELDERS)
RAYAT_PROTESTERS = merge(RAYAT, TA_RESIDENTS)
GUARD_FAMILY = {"en": ["family of the slain guard"], "ar": ["عائلة الحارس القتيل", "شقيقه"]}
SHARIA_BODY = {"en": ["Sharia body of Tal Abyad", "Sharia committee"],
               "ar": ["الهيئة الشرعية في المدينة", "الهيئة الشرعية"]}
ISIS = {"en": ["Islamic State of Iraq and the Levant", "ISIS", "ISIL", "Islamic State", "Daesh"],
        "ar": ["تنظيم «الدولة الإسلامية في العراق والشام»", "الدولة الإسلامية في العراق والشام", "«داعش»",
               "داعش", "التنظيم"]}
RAQQA_PC = {"en": ["Raqqa Provincial Council", "Raqqa governorate local council"],
            "ar": ["المجلس المحلي لمحافظة الرقة"]}
ARMED_FACTIONS = {"en": ["armed factions", "rebel factions"], "ar": ["الفصائل المسلحة"]}
COUNCIL_GA = {"en": ["general assembly of the Tal Abyad local council", "Tal Abyad Local Council"],
              "ar": ["الهيئة العامة للمجلس المحلي", "الهيئة العامة"]}
TA_SHOPS = {"en": ["shopkeepers of Tal Abyad", "traders"], "ar": ["معظم محال السوق", "محال السوق"]}
TABQA_GUNMEN = {"en": ["unidentified gunmen", "gunmen"], "ar": ["مسلحون مجهولون"]}
TABQA_MEMBER = {"en": ["member of the al-Tabqa local council", "local council member"],
                "ar": ["عضواً في المجلس المحلي لمدينة الطبقة"]}

# ====================================================== places: 433
RAQQA = {"accept": ["الرقة", "محافظة الرقة", "Raqqa", "Ar-Raqqah", "Raqqa Governorate"]}
TAL_ABYAD = place({"accept": ["مدينة تل أبيض", "تل أبيض", "Tal Abyad", "Tell Abyad", "Tall Abyad",
                              "Tel Abyad"]}, RAQQA)
TA_COUNCIL_HQ = place({"accept": ["مبنى المجلس المحلي", "ساحة المدينة", "Tal Abyad local council building"]},
                      TAL_ABYAD)
SULUK = place({"accept": ["بلدة سلوك", "سلوك", "Suluk", "Saluk", "Sluk"]}, RAQQA)
TABQA = place({"accept": ["مدينة الطبقة", "الطبقة", "al-Tabqa", "Tabqa", "Madinat al-Thawrah"]}, RAQQA)

# ============================================================ 434: Jenin, Salem, al-Jalama (Jenin), 2016
IDF = {"en": ["Israeli military", "Israel Defense Forces", "IDF", "Israeli forces", "Israeli army",
              "Military Forces of Israel", "Israeli authorities"],
       "ar": ["قوات الاحتلال الإسرائيلي", "قوات الاحتلال", "جنود الاحتلال", "جيش الاحتلال", "سلطات الاحتلال",
              "جنوده", "الاحتلال"]}
PRISONER_FAMILY = {"en": ["family of a Palestinian prisoner", "prisoner's family"],
                   "ar": ["عائلة أسير", "عائلة الأسير", "أفراد العائلة", "العائلة"]}
FOUR_YOUTHS = {"en": ["four young men", "detainees", "the prisoner's brothers"],
               "ar": ["أربعة شبان", "المعتقلين الأربعة", "شقيقا الأسير"]}
JENIN_YOUTHS = {"en": ["Palestinian youths", "young Palestinian man", "stone-throwers", "rioters"],
                "ar": ["عشرات الشبان", "شاب في التاسعة عشرة من عمره", "الشبان", "الشاب", "الشهيد"]}
PRCS = {"en": ["Palestine Red Crescent Society", "PRCS", "Palestinian Red Crescent", "paramedics"],
        "ar": ["جمعية الهلال الأحمر الفلسطيني", "الهلال الأحمر الفلسطيني", "طاقمه", "سيارة الإسعاف"]}
JENIN_GOVERNOR = {"en": ["Governor of Jenin", "Jenin governor"], "ar": ["محافظ جنين"]}
IL_GOV = {"en": ["Israeli government", "Government of Israel", "Israel"], "ar": ["حكومة الاحتلال"]}
INTL_INST = {"en": ["international institutions", "international organisations",
                    "human rights organisations"],
             "ar": ["المؤسسات الدولية والمنظمات الحقوقية", "المؤسسات الدولية"]}
PA_PM = {"en": ["Palestinian Prime Minister", "Palestinian Authority", "Palestinian government"],
         "ar": ["رئيس الوزراء الفلسطيني", "الحكومة"]}
MARTYR_FATHER = {"en": ["father of the slain young man", "victim's family"], "ar": ["والد الشهيد"]}
NIF = {"en": ["National and Islamic Forces", "Palestinian factions"],
       "ar": ["القوى الوطنية والإسلامية في المحافظة", "القوى الوطنية والإسلامية"]}
QUDS_BRIGADES = {"en": ["Al-Quds Brigades", "Saraya al-Quds", "Palestinian Islamic Jihad", "PIJ",
                        "Islamic Jihad"],
                 "ar": ["«سرايا القدس»", "سرايا القدس", "حركة الجهاد الإسلامي", "الجهاد الإسلامي"]}
PA_SECURITY = {"en": ["Palestinian security services", "Palestinian Authority security forces",
                      "Police Forces of Palestine"],
               "ar": ["الأجهزة الأمنية الفلسطينية", "الأجهزة الأمنية"]}
THREE_YOUTHS = {"en": ["three young men"], "ar": ["ثلاثة من الشبان"]}
PA_SOCIAL = {"en": ["Palestinian Ministry of Social Development", "Ministry of Social Development",
                    "Palestinian Authority"],
             "ar": ["وزارة التنمية الاجتماعية"]}
JENIN_MUNI = {"en": ["Jenin municipality"], "ar": ["بلدية جنين"]}
COGAT = {"en": ["Israeli Civil Administration", "Civil Administration", "COGAT", "Israeli military"],
         "ar": ["الإدارة المدنية الإسرائيلية", "الإدارة المدنية"]}
ARAB_SHOPPERS = {"en": ["Arab citizens of Israel", "Palestinian citizens of Israel", "shoppers"],
                 "ar": ["المتسوقين من فلسطينيي الداخل", "فلسطينيي الداخل"]}
JENIN_CHAMBER = {"en": ["Jenin Chamber of Commerce"], "ar": ["الغرفة التجارية"]}
SALEM_COURT = {"en": ["Israeli military court at Salem", "Salem military court", "Israeli military"],
               "ar": ["المحكمة العسكرية الإسرائيلية في معسكر سالم", "المحكمة العسكرية الإسرائيلية",
                      "المحكمة العسكرية"]}
THE_PRISONER = {"en": ["the prisoner", "Palestinian prisoner"], "ar": ["الأسير"]}
SETTLERS_CAR = {"en": ["Israeli settlers"], "ar": ["مركبة للمستوطنين", "المستوطنين"]}

# ====================================================== places: 434
JENIN = {"accept": ["جنين", "مدينة جنين", "Jenin", "Janin", "Jenin Governorate"]}
EAST_QUARTER = place({"accept": ["الحي الشرقي لمدينة جنين", "الحي الشرقي", "Jenin eastern quarter",
                                 "eastern quarter of Jenin"]}, JENIN)
JENIN_CAMP = place({"accept": ["مخيم جنين", "Jenin camp", "Jenin refugee camp"]}, JENIN)
RAID_PLACES = place(EAST_QUARTER, JENIN_CAMP)
EAST_ENTRANCE = place({"accept": ["المدخل الشرقي للحي", "eastern entrance of the quarter"]}, EAST_QUARTER)
JALAMA = {"accept": ["حاجز الجلمة", "الجلمة", "al-Jalama", "Jalama", "Jalameh checkpoint", "Gilboa crossing"]}
SALEM = {"accept": ["معسكر سالم", "سالم", "Salem", "Salem military court", "Salim"]}
YABAD = place({"accept": ["بلدة يعبد", "يعبد", "Ya'bad", "Yabad"]}, JENIN)

# ============================================================ 435: Mallawi (Minya), Abnub (Assiut), 2016
ADMIN_COURT = {"en": ["Administrative Court of Minya", "Administrative Judiciary Court",
                      "Egyptian judiciary"],
               "ar": ["محكمة القضاء الإداري بالمنيا", "محكمة القضاء الإداري", "«الإداري»"]}
RECLAMATION_AUTH = {"en": ["General Authority for Reconstruction Projects and Agricultural Development",
                           "GARPAD", "agricultural development authority"],
                    "ar": ["الهيئة العامة لمشروعات التعمير والتنمية الزراعية", "الهيئة"]}
MALLAWI_FARMERS = {"en": ["farmers", "Mallawi farmers", "farmers of the eastern desert hinterland"],
                   "ar": ["مئات من المزارعين", "مئات المزارعين", "المزارعين", "المزارعون"]}
COMPANY_GUARDS = {"en": ["company guards", "private security guards", "guards of the investment company"],
                  "ar": ["حراس الشركة", "ثلاثة من حراس الشركة", "حراسها", "الحراس"]}
CLASH_SIDES = merge(MALLAWI_FARMERS, COMPANY_GUARDS)
VICTIM_FAMILY = {"en": ["family of the slain farmer"], "ar": ["أسرة المزارع القتيل"]}
EG_SECURITY = {"en": ["Egyptian security forces", "Police Forces of Egypt", "Minya Security Directorate",
                      "police"],
               "ar": ["قوات الأمن", "مديرية أمن المنيا"]}
SEVENTEEN = {"en": ["seventeen farmers", "detained farmers"], "ar": ["سبعة عشر مزارعاً", "المحتجزين"]}
PROSECUTION = {"en": ["Public Prosecution", "prosecutors"], "ar": ["النيابة العامة"]}
MINYA_GOV = {"en": ["Governor of Minya", "Minya governor"], "ar": ["محافظ المنيا", "المحافظ"]}
FARMER_DELEGATION = {"en": ["delegation of farmers", "farmers' delegation", "MPs of Mallawi"],
                     "ar": ["وفداً من مزارعي القرى", "مزارعي القرى", "نواب مركز ملوي"]}
GOV_AND_FARMERS = merge(MINYA_GOV, FARMER_DELEGATION)
INV_COMPANY = {"en": ["agricultural investment company", "the investment company"],
               "ar": ["الشركة", "إحدى شركات الاستثمار الزراعي", "ممثلها"]}
WANTED_MEN = {"en": ["wanted men", "other suspects"], "ar": ["«مطلوبين» آخرين", "مطلوبين"]}
DETAINEES_FAMILIES = {"en": ["families of the detainees"], "ar": ["أهالي المحتجزين"]}
MALLAWI_MPS = {"en": ["MPs of the constituency", "MPs of Mallawi"], "ar": ["نواب الدائرة"]}
PEASANTS_UNION = {"en": ["Minya Farmers' Syndicate", "farmers' union", "Farmers' Syndicate"],
                  "ar": ["نقابة الفلاحين في المنيا", "نقابة الفلاحين"]}
EG_PARLIAMENT = {"en": ["House of Representatives", "Egyptian parliament"], "ar": ["البرلمان"]}
POWER_CUTTERS = merge({"en": ["electricity company", "Middle Egypt Electricity Distribution Company"],
                       "ar": ["شركة الكهرباء"]}, RECLAMATION_AUTH)
LAND_COMMITTEE = {"en": ["governor's land committee", "land inventory committee"],
                  "ar": ["اللجنة", "لجنة من مديريتي الزراعة والمساحة"]}
FARMER_REPS = {"en": ["farmers' representatives"], "ar": ["ممثلي المزارعين"]}
COMMITTEE_FARMERS = merge(LAND_COMMITTEE, FARMER_REPS)
ABNUB_SIDES = {"en": ["farmers of Abnub", "farmers", "Egyptian police", "Police Forces of Egypt"],
               "ar": ["مزارعين", "قوة من الشرطة", "الشرطة"]}

# ====================================================== places: 435
MINYA = {"accept": ["المنيا", "محافظة المنيا", "Minya", "al-Minya", "El Minya", "Minya Governorate"]}
MALLAWI = place({"accept": ["مركز ملوي", "ملوي", "Mallawi", "Mallawy"]}, MINYA)
HINTERLAND = place({"accept": ["الظهير الصحراوي الشرقي لمركز ملوي", "الظهير الصحراوي",
                               "eastern desert hinterland of Mallawi"]}, MALLAWI)
MALLAWI_ROAD = place({"accept": ["الطريق الزراعي بين ملوي وديروط", "الطريق الزراعي", "Mallawi-Dayrut road",
                                 "ديروط", "Dayrut", "Dairut"]}, MALLAWI)
MALLAWI_COUNCIL = place({"accept": ["مقر مجلس مدينة ملوي", "مجلس مدينة ملوي"]}, MALLAWI)
MALLAWI_RAILWAY = place({"accept": ["خط السكة الحديد المار بالقرب من ملوي", "خط السكة الحديد"]}, MALLAWI)
ASSIUT = {"accept": ["محافظة أسيوط", "أسيوط", "Assiut", "Asyut", "Assiut Governorate"]}
ABNUB = place({"accept": ["الظهير الصحراوي لمركز أبنوب", "مركز أبنوب", "أبنوب", "Abnub", "Abnoub"]}, ASSIUT)
