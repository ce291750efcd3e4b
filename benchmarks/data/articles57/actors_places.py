"""Accepted actor names and place names for the fifty-seventh team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الحكومة», «الوفد») are left out on purpose, with these
exceptions, each used only in an article where it names a single actor: «اللجنة», «المسلحين» and «للجيش»
(281, only ever the reconciliation committee, Kanaker's gunmen and the Syrian army), «النظام» and «الفصائل»
(282 and, for the first, 285: only ever the Syrian government and the Southern Front's factions), «العائلات»
(283, only ever the displaced of Tal Tamr's villages), «الشبان», «العصابة», «المخطوف», «الطبيب» and «الأجهزة
الأمنية» (284, only ever Dhibin's young men, the kidnapping gang, its hostage, the doctor of Shahba and the
government's security branches), «المقاتلين» and «قناص» (285, only ever the FSA and the sniper of al-Joura).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge

# ====================================================== actors: shared
CIVILIANS = {"en": ["civilians", "civilian", "residents", "locals", "people", "citizens"],
             "ar": ["مدنيين", "المدنيين", "مدنيون", "مدني", "المواطنين", "مواطنين", "مواطنون", "الأهالي",
                    "السكان"]}
UNKNOWN = {"en": ["unknown gunmen", "unknown assailants", "unidentified gunmen", "unknown persons"],
           "ar": ["مسلحين مجهولين", "مسلحون مجهولون", "مجهولين", "مجهولون"]}
SAA = {"en": ["Syrian Arab Army", "SAA", "Syrian army", "Military Forces of Syria",
              "Syrian government forces", "regime forces"],
       "ar": ["الجيش العربي السوري", "جيش النظام", "قوات النظام", "قوات الأسد", "الجيش السوري"]}

# ============================================ 281: Kanaker (a pro-government Damascus daily, 2016)
RD_RECON_COMMITTEE = {"en": ["National Reconciliation Committee in Rural Damascus",
                             "reconciliation committee", "Syrian government reconciliation committee"],
                      "ar": ["لجنة المصالحة الوطنية في ريف دمشق", "لجنة المصالحة", "رئيس اللجنة",
                             "مصدر في اللجنة", "اللجنة"]}
KANAKER_NOTABLES = {"en": ["Kanaker notables", "delegation of Kanaker notables and mukhtars",
                           "Kanaker elders"],
                    "ar": ["وفد من وجهاء بلدة كناكر ومخاتيرها", "وجهاء بلدة كناكر", "وجهاء كناكر",
                           "وفد الوجهاء"]}
RECON_AND_NOTABLES = merge(RD_RECON_COMMITTEE, KANAKER_NOTABLES)
KANAKER_GUNMEN = {"en": ["Kanaker rebels", "armed opposition groups", "rebels", "opposition fighters",
                         "gunmen", "terrorist groups"],
                  "ar": ["المجموعات الإرهابية المسلحة المتحصنة في المزارع الشرقية لكناكر",
                         "المجموعات الإرهابية المسلحة", "المجموعات المسلحة", "المسلحون", "المسلحين",
                         "للمسلحين", "مسلحوه"]}
KANAKER_GUNMAN_LEADER = merge({"en": ["rebel commander in Kanaker", "leader of an armed group"],
                               "ar": ["أحد متزعمي المجموعات المسلحة في كناكر",
                                      "أحد متزعمي المجموعات المسلحة"]}, KANAKER_GUNMEN)
SAASAA_CIVILIANS = merge({"en": ["three citizens", "western neighbourhood of Saasaa", "a woman"],
                          "ar": ["ثلاثة مواطنين", "الحي الغربي من بلدة سعسع", "«أحياء سكنية»",
                                 "أحياء سكنية"]}, CIVILIANS)
SAA_281 = merge({"en": ["Syrian army units"], "ar": ["وحدات من الجيش العربي السوري", "للجيش"]}, SAA)
SY_AUTHORITIES = merge({"en": ["Syrian government", "Syrian authorities", "competent authorities"],
                        "ar": ["الجهات المختصة", "الجهات المعنية"]}, RD_RECON_COMMITTEE)
KANAKER_DETAINEES = {"en": ["eleven detainees from Kanaker", "detainees", "Kanaker detainees"],
                     "ar": ["أحد عشر موقوفاً من كناكر", "أحد عشر موقوفاً", "أبناء البلدة الموقوفين",
                            "الموقوفين"]}
RD_GOVERNOR = {"en": ["Governor of Rural Damascus", "Rif Dimashq governor", "Syrian government"],
               "ar": ["محافظ ريف دمشق"]}
RECON_MINISTER = {"en": ["Minister of State for National Reconciliation Affairs",
                         "Syrian reconciliation minister", "Syrian government"],
                  "ar": ["وزير الدولة لشؤون المصالحة الوطنية"]}
HERMON_DELEGATION = {"en": ["delegation of residents of the Mount Hermon towns", "Jabal al-Sheikh residents"],
                     "ar": ["وفداً من أهالي بلدات جبل الشيخ", "أهالي بلدات جبل الشيخ"]}
NDF = {"en": ["National Defence Forces", "NDF", "pro-government militias"],
       "ar": ["«ميليشيات الدفاع الوطني»", "ميليشيات الدفاع الوطني", "الدفاع الوطني"]}
DEIR_KHABIYAH_MUKHTAR = {"en": ["mukhtar of Deir Khabiyah", "member of the reconciliation committee"],
                         "ar": ["مختار بلدة دير خبية وعضو لجنة المصالحة فيها", "مختار بلدة دير خبية"]}
DARAYYA_GUNMEN = {"en": ["Darayya rebels", "rebels of Darayya", "opposition fighters"],
                  "ar": ["مسلحو المدينة"]}
SAASAA_RESIDENTS = merge({"en": ["residents of Saasaa", "mourners"], "ar": ["أهالي سعسع"]}, CIVILIANS)

KANAKER = {"accept": ["كناكر", "بلدة كناكر", "Kanaker", "Kanakir", "Kenaker"]}
KANAKER_FARMS = {"accept": ["المزارع الشرقية لكناكر", "مصادر الإطلاق", "كناكر", "Kanaker", "Kanakir"]}
SAASAA = {"accept": ["سعسع", "ناحية سعسع", "بلدة سعسع", "الحي الغربي من بلدة سعسع", "Saasaa", "Sa'sa'",
                     "Sasa"]}
DAMASCUS = {"accept": ["دمشق", "Damascus"]}
DEIR_KHABIYAH = {"accept": ["دير خبية", "بلدة دير خبية", "Deir Khabiyah", "Dayr Khabiyah", "Deir Khabieh"]}
DARAYYA = {"accept": ["داريا", "Darayya", "Daraya", "Dariya"]}
IDLIB = {"accept": ["محافظة إدلب", "إدلب", "Idlib", "Idleb"]}

# ============================================ 282: Busr al-Harir (an opposition news site of Daraa, 2015)
REGIME_HELI = merge({"en": ["regime helicopters", "Syrian Arab Air Force", "Assad regime", "Syrian regime"],
                     "ar": ["الطيران المروحي التابع لقوات الأسد", "الطيران المروحي", "قوات الأسد",
                            "نظام الأسد", "نظامَ الأسد", "وحدات من الجيش العربي السوري"]}, SAA)
REGIME_282 = merge({"en": ["Assad regime", "Syrian regime", "Assad forces"],
                    "ar": ["قوات الأسد", "نظام الأسد", "نظامَ الأسد", "النظام"]}, SAA)
REGIME_JET = merge({"en": ["regime warplane", "Syrian Arab Air Force"], "ar": ["طائرة حربية"]}, REGIME_282)
REGIME_AND_ALLIES = merge({"en": ["Iranian-backed militias", "Hezbollah", "Lebanese Hezbollah"],
                           "ar": ["الميليشيات الإيرانية", "«حزب الله» اللبناني", "حزب الله"]}, REGIME_282)
BUSR_MARKET = merge({"en": ["seven civilians", "market-goers", "popular market"],
                     "ar": ["سبعة مدنيين", "السوق الشعبي", "بسطات الخضار"]}, CIVILIANS)
SOUTHERN_FRONT = {"en": ["Southern Front", "Free Syrian Army", "FSA", "rebels", "opposition factions"],
                  "ar": ["فصائل «الجبهة الجنوبية»", "«الجبهة الجنوبية»", "الجبهة الجنوبية", "الفصائل"]}
SF_COMMANDER = merge({"en": ["Southern Front commander", "rebel commander"],
                      "ar": ["قائد عسكري في «الجبهة الجنوبية»"]}, SOUTHERN_FRONT)
SY_COALITION = {"en": ["National Coalition for Syrian Revolutionary and Opposition Forces",
                       "Syrian National Coalition", "SNC", "Syrian opposition coalition"],
                "ar": ["الائتلاف الوطني لقوى الثورة والمعارضة السورية", "الائتلاف الوطني", "الائتلاف"]}
UNSC = {"en": ["UN Security Council", "Security Council", "United Nations Security Council", "UNSC"],
        "ar": ["مجلس الأمن الدولي", "مجلس الأمن"]}
HARAK_PROTESTERS = merge({"en": ["demonstrators", "protesters", "al-Harak residents"],
                          "ar": ["المشاركون فيها", "المشاركون"]}, CIVILIANS)
OPPOSITION_FACTIONS = merge({"en": ["opposition factions", "rebels", "armed opposition"],
                             "ar": ["فصائل المعارضة"]}, SOUTHERN_FRONT)
NAHTA_YOUTHS = {"en": ["seven young men from Nahta", "young men", "Nahta youths"],
                "ar": ["سبعة شبان من أبناء ناحتة", "سبعة شبان"]}
ALMA_CHILDREN = merge({"en": ["two children", "children", "their mother"], "ar": ["طفلين", "والدتهما"]},
                      CIVILIANS)
DARAA_COUNCIL = {"en": ["Free Daraa Provincial Council", "Daraa provincial council",
                        "opposition provincial council"],
                 "ar": ["مجلس محافظة درعا الحرة", "المكتب الإغاثي للمجلس"]}
LAJAT_DISPLACED = merge({"en": ["displaced families", "1,500 displaced families", "IDPs"],
                         "ar": ["نحو ألف وخمسمئة عائلة نازحة", "عائلة نازحة"]}, CIVILIANS)
MIL_SECURITY_282 = merge({"en": ["Military Security branch", "Syrian Military Intelligence",
                                 "Military Security"],
                          "ar": ["دوريات تابعة لفرع الأمن العسكري", "فرع الأمن العسكري", "الأمن العسكري"]},
                         REGIME_282)
DARAA_YOUTHS = {"en": ["four young men", "a university student", "young men"],
                "ar": ["أربعة شبان", "طالب جامعي"]}

BUSR_AL_HARIR = {"accept": ["بصر الحرير", "بلدة بصر الحرير", "السوق الشعبي وسط بلدة بصر الحرير",
                            "Busr al-Harir", "Busra al-Harir", "Bosra al-Harir", "Busr al Harir"]}
IZRA = {"accept": ["إزرع", "مدينة إزرع", "اللواء 12", "Izra", "Izraa", "Ezra'a"]}
HARAK_NAHTA = {"accept": ["بلدتي الحراك وناحتة", "الحراك", "ناحتة", "al-Harak", "Harak", "Nahta", "Nahitah"]}
HARAK = {"accept": ["الحراك", "بلدة الحراك", "al-Harak", "Harak", "Hirak"]}
QARFA_IZRA = {"accept": ["بلدة قرفا ومدينة إزرع", "قرفا", "إزرع", "Qarfa", "Izra", "Izraa"]}
LAJAT = {"accept": ["اللجاة", "قرى اللجاة", "بلدات اللجاة", "Lajat", "al-Lajat", "Leja"]}
IZRA_SHEIKH_MISKIN = {"accept": ["جبهات إزرع والشيخ مسكين", "إزرع", "الشيخ مسكين", "Izra", "Sheikh Miskin",
                                 "Shaykh Miskin"]}
MASMIYAH = {"accept": ["حاجز المسمية", "المسمية", "al-Masmiyah", "Masmiyah", "Mismiyah"]}
ALMA = {"accept": ["علما", "بلدة علما", "Alma", "Ilma"]}
SHEIKH_MISKIN = {"accept": ["الشيخ مسكين", "بلدة الشيخ مسكين", "Sheikh Miskin", "Shaykh Miskin"]}
DARAA_MATAR = {"accept": ["حي المطار", "مدينة درعا", "درعا", "Daraa", "Dar'a"]}

# ============================================ 283: Derbasiyah (a Kurdish-administration news agency, 2022)
TR_ARMY = {"en": ["Turkish Armed Forces", "Turkey", "Turkish army", "Turkish military", "TAF",
                  "Turkish drone", "Turkish Ministry of National Defence"],
           "ar": ["طائرة مسيّرة تابعة لجيش الاحتلال التركي", "جيش الاحتلال التركي", "الاحتلال التركي",
                  "دولة الاحتلال التركي", "دولة الاحتلال", "وزارة الدفاع التركية", "مسيّرة تركية", "أنقرة"]}
TR_AND_SNA = merge({"en": ["Syrian National Army", "SNA", "Turkish-backed factions"],
                    "ar": ["جيش الاحتلال التركي ومرتزقته", "مرتزقته", "فصائل «الجيش الوطني» الموالية لأنقرة",
                           "«الجيش الوطني»"]}, TR_ARMY)
ASAYISH = {"en": ["Asayish", "Internal Security Forces", "Kurdish Internal Security Forces",
                  "Kurdish police"],
           "ar": ["قوى الأمن الداخلي", "أعضاء قوى الأمن الداخلي", "القيادة العامة لقوى الأمن الداخلي",
                  "الأسايش"]}
ASAYISH_VICTIMS = merge({"en": ["three Asayish members", "Asayish vehicle"],
                         "ar": ["ثلاثة من أعضاء قوى الأمن الداخلي", "سيارتهم العسكرية"]}, ASAYISH)
SDF = {"en": ["Syrian Democratic Forces", "SDF", "QSD"],
       "ar": ["قوات سوريا الديمقراطية", "القيادة العامة لقوات سوريا الديمقراطية",
              "المركز الإعلامي لقوات سوريا الديمقراطية", "قسد"]}
TAL_TAMR_MC = merge({"en": ["Tal Tamr Military Council"],
                     "ar": ["قوات مجلس تل تمر العسكري", "مجلس تل تمر العسكري", "قيادة مجلس تل تمر العسكري",
                            "المركز الإعلامي للمجلس"]}, SDF)
SDF_COMMANDER = merge({"en": ["senior SDF commander", "SDF commander"],
                       "ar": ["قيادي بارز في قوات سوريا الديمقراطية"]}, SDF)
AANES = {"en": ["Autonomous Administration of North and East Syria", "AANES", "Kurdish-led administration",
                "Self-Administration"],
         "ar": ["الإدارة الذاتية الديمقراطية لإقليم شمال وشرق سوريا", "الإدارة الذاتية", "مجلسها التنفيذي"]}
RUS_US = {"en": ["Russia", "United States", "US", "ceasefire guarantors"],
          "ar": ["روسيا والولايات المتحدة", "روسيا", "الولايات المتحدة"]}
TR_RUS_US = merge(RUS_US, TR_ARMY)
TAL_TAMR_VILLAGERS = merge({"en": ["villagers", "homes of residents"], "ar": ["منازل الأهالي"]}, CIVILIANS)
AMUDA_SUSPECTS = {"en": ["three people", "suspected informants", "suspects"], "ar": ["ثلاثة أشخاص"]}
KONGRA_STAR = merge({"en": ["Kongra Star", "Kongra Star women's movement", "women activists"],
                     "ar": ["عضوات مؤتمر ستار", "مؤتمر ستار", "إحدى العضوات", "عشرات الأهالي"]}, CIVILIANS)
TAL_HAMIS_VICTIM = merge({"en": ["young man", "bread delivery worker", "motorcyclist"],
                          "ar": ["دراجة نارية", "شاب"]}, CIVILIANS)
AANES_SOCIAL = {"en": ["Social Affairs and Labour Authority", "AANES social affairs authority", "AANES"],
                "ar": ["هيئة الشؤون الاجتماعية والعمل في إقليم الجزيرة", "هيئة الشؤون الاجتماعية والعمل",
                       "الرئيسة المشتركة للهيئة"]}
TAL_TAMR_DISPLACED = merge({"en": ["displaced families", "families displaced from Tal Tamr villages"],
                            "ar": ["العائلات التي نزحت من قرى ريف تل تمر", "العائلات"]}, CIVILIANS)
RUS_MIL = {"en": ["Russian military", "Russian forces", "Russia", "Russian military delegation"],
           "ar": ["وفد من القوات الروسية العاملة في سوريا", "القوات الروسية", "الجانب الروسي"]}

DERBASIYAH_AMUDA_ROAD = {"accept": ["الطريق الواصل بين مدينتي الدرباسية وعامودا", "الدرباسية", "عامودا",
                                    "Derbasiyah", "al-Darbasiyah", "Darbasiyah", "Amuda", "Amude"]}
DARDARA_UMM_KAYF = {"accept": ["قريتي الدردارة وأم الكيف", "الدردارة", "أم الكيف", "تل تمر", "Dardara",
                               "Umm al-Kayf", "Tal Tamr", "Tell Tamer"]}
TAL_TAMR = {"accept": ["تل تمر", "ريف ناحية تل تمر", "ريف تل تمر", "Tal Tamr", "Tell Tamer", "Tall Tamr"]}
AMUDA = {"accept": ["عامودا", "Amuda", "Amude", "Amouda"]}
QAMISHLI = {"accept": ["قامشلو", "القامشلي", "Qamishli", "Qamishlo", "Al-Qamishli", "Kamishli"]}
TAL_HAMIS = {"accept": ["تل حميس", "بلدة تل حميس", "Tal Hamis", "Tell Hmis", "Tal Hmeis"]}
RAS_AIN_TAL_ABYAD = {"accept": ["سري كانيه", "كري سبي", "رأس العين", "تل أبيض", "Ras al-Ayn", "Serekaniye",
                                "Tal Abyad", "Gire Spi"]}

# ============================================ 284: Dhibin and Salkhad (a Sweida Facebook-page network, 2021)
DHIBIN_FIGHTERS = {"en": ["young men of Dhibin", "Dhibin residents", "local armed faction in Dhibin",
                          "local fighters"],
                   "ar": ["شبان من أهالي بلدة ذيبين", "الشبان", "فصيل محلي مسلح في ذيبين", "عناصره"]}
SWEIDA_GANG = {"en": ["kidnapping gang", "gang", "kidnappers"],
               "ar": ["أفراد عصابة تمتهن الخطف مقابل الفدية", "أفراد العصابة", "العصابة", "عصابة خطف"]}
DHIBIN_FIGHT = merge(DHIBIN_FIGHTERS, SWEIDA_GANG)
DHIBIN_HOSTAGE = {"en": ["young man from Dhibin", "kidnapped man", "hostage"],
                  "ar": ["شاب من أبناء البلدة", "المخطوف"]}
DHIBIN_FARM = {"en": ["the gang's farm", "farm"], "ar": ["المزرعة"]}
MIL_SEC_SWEIDA = {"en": ["Military Security branch", "Syrian Military Intelligence", "Military Security"],
                  "ar": ["فرع الأمن العسكري", "الأمن العسكري"]}
SHAHBA_DOCTOR = {"en": ["doctor from Shahba", "physician"], "ar": ["طبيب من أبناء مدينة شهبا", "الطبيب",
                                                                   "طبيب"]}
DHIBIN_NOTABLES = {"en": ["Dhibin notables", "notables of Dhibin", "Dhibin elders"],
                   "ar": ["وجهاء بلدة ذيبين", "وجهاء ذيبين", "وفداً من وجهاء ذيبين"]}
DRUZE_SPIRITUAL = {"en": ["Druze spiritual leadership", "Sheikhs al-Aql",
                          "spiritual leadership of the Druze"],
                   "ar": ["الرئاسة الروحية لطائفة المسلمين الموحدين الدروز", "الرئاسة الروحية",
                          "مشايخ العقل"]}
SY_SECURITY_SWEIDA = merge({"en": ["Syrian security services", "security branches", "Syrian government"],
                            "ar": ["الأجهزة الأمنية"]}, MIL_SEC_SWEIDA)
SWEIDA_GOVERNOR = {"en": ["Governor of Sweida", "Sweida governor", "Syrian government"],
                   "ar": ["محافظ السويداء"]}
SWEIDA_ELDERS = merge({"en": ["notables from the villages"], "ar": ["ووجهاء من مختلف القرى"]},
                      DRUZE_SPIRITUAL)
ARIQA_DRIVER = merge({"en": ["taxi driver", "driver from Ariqa"],
                      "ar": ["سائق سيارة أجرة من أبناء بلدة عريقة", "سائق سيارة أجرة"]}, CIVILIANS)
QRAYYA_8TH_BRIGADE = {"en": ["al-Qrayya fighters", "8th Brigade", "Fifth Corps"],
                      "ar": ["مسلحين من بلدة القريا", "«اللواء الثامن»", "اللواء الثامن"]}
KIDNAP_FAMILIES = merge({"en": ["families of kidnapped people", "activists", "protesters"],
                         "ar": ["عشرات من ذوي المخطوفين وناشطون", "ذوي المخطوفين", "ناشطون"]}, CIVILIANS)

DHIBIN_SALKHAD_ROAD = {"accept": ["طريق ذيبين – صلخد", "ذيبين", "بلدة ذيبين", "صلخد", "Dhibin", "Thibeen",
                                  "Salkhad"]}
DHIBIN = {"accept": ["ذيبين", "بلدة ذيبين", "مضافة البلدة", "Dhibin", "Thibeen", "Dhibeen"]}
SALKHAD = {"accept": ["صلخد", "مدينة صلخد", "Salkhad", "Salkhed"]}
DAMASCUS_SWEIDA_ROAD = {"accept": ["طريق دمشق – السويداء", "شهبا", "مدينة شهبا", "Damascus-Sweida road",
                                   "Shahba"]}
SWEIDA_CITY = {"accept": ["مبنى المحافظة", "مدينة السويداء", "السويداء", "Sweida", "As-Suwayda", "Suwayda"]}
QANAWAT = {"accept": ["قنوات", "بلدة قنوات", "دار الطائفة ببلدة قنوات", "Qanawat", "Kanawat"]}
ARIQA = {"accept": ["عريقة", "بلدة عريقة", "Ariqa", "Areeqa", "Ureiqa"]}
QRAYYA = {"accept": ["القريا", "بلدة القريا", "al-Qrayya", "Qrayya", "al-Quraya"]}

# ============================================ 285: al-Mayadin (a pan-Arab channel's website, 2012)
SY_ARMY_2012 = merge({"en": ["Syrian government forces", "regular forces", "Syrian regular army"],
                      "ar": ["القوات النظامية السورية", "القوات النظامية", "«الجهات المختصة»",
                             "رتلاً عسكرياً", "«كل رتل عسكري"]}, SAA)
MAYADIN_CIVILIANS = merge({"en": ["eleven people", "three children", "residents of al-Mayadin"],
                           "ar": ["أحد عشر شخصاً", "ثلاثة أطفال", "أحياء مدينة الميادين", "قتلى مدنيين"]},
                          CIVILIANS)
FSA_BATTALION = {"en": ["Free Syrian Army", "FSA", "FSA battalion", "rebels"],
                 "ar": ["كتيبة تابعة للجيش السوري الحر", "الجيش السوري الحر", "«الجيش الحر»", "الجيش الحر",
                        "المقاتلين"]}
MOHASSAN_CHECKPOINT = merge({"en": ["government checkpoint", "soldiers"],
                             "ar": ["حاجز للقوات النظامية", "عدد من الجنود", "عناصر الحاجز"]}, SY_ARMY_2012)
ARAB_LEAGUE_SG = {"en": ["Arab League Secretary-General", "Arab League", "League of Arab States"],
                  "ar": ["الأمين العام لجامعة الدول العربية", "جامعة الدول العربية"]}
SNC = {"en": ["Syrian National Council", "SNC", "Syrian opposition"],
       "ar": ["المجلس الوطني السوري", "وفد من المجلس الوطني السوري"]}
SY_REGIME_2012 = merge({"en": ["Syrian regime", "Syrian government", "Assad regime"], "ar": ["النظام"]},
                       SY_ARMY_2012)
UNSC_2012 = {"en": ["UN Security Council", "Security Council", "UNSC"], "ar": ["مجلس الأمن الدولي",
                                                                               "مجلس الأمن"]}
QURIYAH_YOUTHS = {"en": ["five young men", "young men of al-Quriyah"], "ar": ["خمسة شبان"]}
FSA_COMMANDER_DZ = merge({"en": ["FSA commander in Deir ez-Zor", "rebel commander"],
                          "ar": ["قيادي في «الجيش الحر» بدير الزور", "مقاتليه"]}, FSA_BATTALION)
DZ_SNIPER = merge({"en": ["sniper", "regime sniper"], "ar": ["قناص"]}, SY_ARMY_2012)
JOURA_CHILD = merge({"en": ["child", "a boy"], "ar": ["طفلاً"]}, CIVILIANS)
ACTION_GROUP = {"en": ["Action Group for Syria", "Geneva conference", "member states of the Action Group"],
                "ar": ["ممثلي الدول الأعضاء في «مجموعة العمل من أجل سوريا»", "«مجموعة العمل من أجل سوريا»",
                       "مجموعة العمل من أجل سوريا"]}
UNSMIS = {"en": ["UN Supervision Mission in Syria", "UNSMIS", "UN observers", "international observers"],
          "ar": ["فريق من بعثة المراقبين الدوليين", "بعثة المراقبين الدوليين", "المراقبين الدوليين"]}
DZ_PROTESTERS = merge({"en": ["demonstrators", "protesters", "three protesters"],
                       "ar": ["متظاهرين", "ثلاثة متظاهرين"]}, CIVILIANS)
SY_SECURITY_2012 = merge({"en": ["Syrian security forces", "security forces"], "ar": ["قوات الأمن"]},
                         SY_ARMY_2012)

MAYADIN = {"accept": ["الميادين", "مدينة الميادين", "أحياء مدينة الميادين", "al-Mayadin", "Mayadin",
                      "Al Mayadeen",
                      "Mayadeen"]}
MOHASSAN = {"accept": ["موحسن", "بلدة موحسن", "المدخل الغربي لبلدة موحسن", "Mohassan", "Muhasan",
                       "Mo Hassan"]}
CAIRO = {"accept": ["القاهرة", "مقر الجامعة بالقاهرة", "Cairo"]}
QURIYAH = {"accept": ["القورية", "بلدة القورية", "al-Quriyah", "Quriyah", "al-Kuriyah"]}
DZ_AIRPORT_ROAD = {"accept": ["طريق الإمداد بين المدينة ومطار دير الزور العسكري", "مطار دير الزور العسكري",
                              "الميادين", "Deir ez-Zor airport", "al-Mayadin"]}
DZ_TO_EAST = {"accept": ["مدينة دير الزور", "الريف الشرقي", "دير الزور", "Deir ez-Zor", "Deir al-Zour",
                         "Dayr az-Zawr"]}
JOURA = {"accept": ["حي الجورة", "الجورة", "مدينة دير الزور", "al-Joura", "Jourah", "Deir ez-Zor"]}
GENEVA = {"accept": ["جنيف", "Geneva"]}
DEIR_EZ_ZOR = {"accept": ["مدينة دير الزور", "دير الزور", "Deir ez-Zor", "Deir al-Zour", "Dayr az-Zawr"]}
DZ_PROTEST_PLACES = {"accept": ["أحياء الحميدية والعرضي بدير الزور", "الحميدية", "العرضي", "دير الزور",
                                "البوكمال",
                                "العشارة", "Deir ez-Zor", "al-Bukamal", "Abu Kamal", "al-Ashara",
                                "Hamidiyah"]}
HAMIDIYAH = {"accept": ["حي الحميدية", "الحميدية", "دير الزور", "Hamidiyah", "al-Hamidiya", "Deir ez-Zor"]}
