"""Accepted actor names and place names for the fifty-eighth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الحكومة», «الوفد») are left out on purpose, with a few
exceptions, each used only in an article where it names a single actor (listed with the article's block).
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
SY_REGIME = {"en": ["Syrian Arab Army", "Syrian army", "Syrian government forces", "regime forces",
                    "Assad regime", "Syrian regime", "Military Forces of Syria"],
             "ar": ["قوات النظام", "قوات الأسد", "نظام الأسد", "الجيش السوري", "جيش النظام"]}
UN = {"en": ["United Nations", "UN"], "ar": ["الأمم المتحدة"]}

# ============================================ 286: al-Waer (a London-based pan-Arab daily, 2017)
# «اللجنة» is only ever al-Waer's negotiating committee, «المسلحين»/«المقاتلين» only ever al-Waer's fighters
WAER_COMMITTEE = {"en": ["al-Waer negotiating committee", "negotiation committee of al-Waer residents",
                         "al-Waer residents' representatives"],
                  "ar": ["لجنة التفاوض الممثلة لأهالي حي الوعر", "لجنة التفاوض", "عضو لجنة التفاوض",
                         "ممثلو الأهالي", "عضو اللجنة", "اللجنة"]}
HOMS_GOVERNOR = {"en": ["Governor of Homs", "Homs governor", "Syrian government"],
                 "ar": ["محافظ حمص"]}
SY_GOV_SIDE = merge({"en": ["Syrian government side", "government delegation", "Syrian government"],
                     "ar": ["الجانب الحكومي"]}, HOMS_GOVERNOR)
RUS_OFFICER = {"en": ["Russian officer", "Russian colonel", "Russian military", "Russia"],
               "ar": ["ضابط روسي برتبة عقيد", "الضابط الروسي", "ضابط روسي", "موسكو"]}
GOV_AND_RUSSIA = merge(SY_GOV_SIDE, RUS_OFFICER)
REGIME_286 = merge({"en": [], "ar": ["النظامَ", "النظام"]}, SY_REGIME)
REGIME_AND_RUSSIA = merge({"en": ["Russia", "Russian ally"], "ar": ["النظامَ وحليفه الروسي",
                                                                   "حليفه الروسي"]}, REGIME_286)
WAER_FIGHTERS = {"en": ["al-Waer rebels", "opposition fighters", "rebels", "armed groups", "gunmen",
                        "terrorist groups"],
                 "ar": ["«المجموعات الإرهابية» المنتشرة في الوعر", "المجموعات الإرهابية",
                        "المقاتلين الرافضين للتسوية", "المقاتلين", "المسلحون", "المسلحين"]}
WAER_CIVILIANS = merge({"en": ["al-Waer residents", "residential building", "five people"],
                        "ar": ["«الجزيرة الثامنة» و«الجزيرة التاسعة»", "بناء سكني مأهول", "أهالي حي الوعر"]},
                       CIVILIANS)
ZAHRA_CIVILIANS = merge({"en": ["three citizens", "al-Zahra residents"],
                         "ar": ["ثلاثة مواطنين", "حي الزهراء"]}, CIVILIANS)
SY_COALITION = {"en": ["National Coalition for Syrian Revolutionary and Opposition Forces",
                       "Syrian National Coalition", "Syrian opposition coalition"],
                "ar": ["الائتلاف الوطني لقوى الثورة والمعارضة السورية", "الائتلاف الوطني", "الائتلاف"]}
TALBISEH_WARPLANES = merge({"en": ["warplanes", "Russian or Syrian warplanes"], "ar": ["طائرات حربية"]},
                           SY_REGIME)
TALBISEH_FAMILY = merge({"en": ["three civilians of one family", "a family"],
                         "ar": ["ثلاثة مدنيين من عائلة واحدة", "ثلاثة مدنيين"]}, CIVILIANS)
OLD_HOMS_FIGHTERS = {"en": ["opposition fighters of Old Homs", "rebels"],
                     "ar": ["آخر مقاتلي المعارضة في أحياء حمص القديمة", "مقاتلي المعارضة"]}
UN_SARC = merge({"en": ["Syrian Arab Red Crescent", "SARC", "UN and SARC convoy"],
                 "ar": ["الهلال الأحمر العربي السوري", "الهلال الأحمر"]}, UN)

AL_WAER = {"accept": ["حي الوعر", "الوعر", "al-Waer", "Waer", "al-Wa'r", "Homs", "حمص"]}
WAER_BLOCKS = {"accept": ["«الجزيرة الثامنة» و«الجزيرة التاسعة»", "حي الوعر", "الوعر", "al-Waer", "Waer",
                          "al-Wa'r"]}
HOMS_GOV_BUILDING = {"accept": ["مبنى المحافظة", "حمص", "Homs", "Homs governorate building"]}
WAER_TO_JARABULUS = {"accept": ["حي الوعر", "الوعر", "جرابلس", "al-Waer", "Waer", "Jarabulus", "Jarablus"]}
NORTH_ALEPPO = {"accept": ["ريف حلب الشمالي", "جرابلس", "northern Aleppo countryside", "Jarabulus"]}
ZAHRA = {"accept": ["حي الزهراء", "الزهراء", "al-Zahra", "Zahra", "Homs", "حمص"]}
TALBISEH = {"accept": ["تلبيسة", "مدينة تلبيسة", "Talbiseh", "Talbisah", "Talbiseh, Homs"]}
OLD_HOMS = {"accept": ["أحياء حمص القديمة", "حمص القديمة", "Old Homs", "Old City of Homs", "Homs"]}

# ============================================ 287: Kafranbel (an Idlib opposition radio's website, 2019)
# «مقاتليها» is only ever the National Liberation Front's fighters
RUS_AIR_287 = {"en": ["Russian warplanes", "Russian Air Force", "Russian Aerospace Forces", "Russia",
                      "Syrian Arab Army", "Syrian army units"],
               "ar": ["طائرات حربية روسية", "الطيران الروسي", "وحدات من الجيش العربي السوري",
                      "الجيش العربي السوري"]}
KAFRANBEL_SHOPPERS = merge({"en": ["nine civilians", "shoppers", "market-goers", "main market of Kafranbel"],
                            "ar": ["تسعة مدنيين", "السوق الرئيسي في مدينة كفرنبل", "المتسوقين",
                                   "فرق الإسعاف"]}, CIVILIANS)
REGIME_287 = merge({"en": [], "ar": ["النظام"]}, SY_REGIME)
NLF = {"en": ["National Liberation Front", "National Front for Liberation", "NLF", "Syrian rebels",
              "opposition factions"],
       "ar": ["فصائل «الجبهة الوطنية للتحرير»", "«الجبهة الوطنية للتحرير»", "الجبهة الوطنية للتحرير",
              "«الوطنية للتحرير»", "الوطنية للتحرير", "مقاتليها"]}
REGIME_AND_RUS_MILITIAS = merge({"en": ["Russian-backed militias"],
                                 "ar": ["قوات الأسد والميليشيات الروسية", "الميليشيات الروسية"]}, REGIME_287)
HTS = {"en": ["Hay'at Tahrir al-Sham", "HTS", "Tahrir al-Sham"],
       "ar": ["عناصر من «هيئة تحرير الشام»", "«هيئة تحرير الشام»", "هيئة تحرير الشام", "تحرير الشام"]}
MAARA_ACTIVIST = {"en": ["media activist", "citizen journalist", "activist"],
                  "ar": ["ناشطاً إعلامياً", "ناشط إعلامي"]}
OPP_COMMANDERS = merge({"en": ["opposition commanders", "rebel commanders"],
                        "ar": ["قادة من فصائل المعارضة", "فصائل المعارضة"]}, NLF)
TR_OFFICERS = {"en": ["Turkish officers", "Turkish military", "Turkey", "Turkish observation post"],
               "ar": ["ضباطاً أتراكاً", "نقطة المراقبة التركية", "ضباط أتراك"]}
KAFRANBEL_PROTESTERS = merge({"en": ["Kafranbel residents", "protesters", "demonstrators"],
                              "ar": ["العشرات من أهالي كفرنبل", "أهالي كفرنبل"]}, CIVILIANS)
RUSSIA = {"en": ["Russia", "Russian government"], "ar": ["روسيا"]}
TURKEY = {"en": ["Turkey", "Turkish government", "guarantor state"], "ar": ["تركيا"]}
REGIME_4TH_DIV = merge({"en": ["Fourth Division", "4th Armoured Division"],
                        "ar": ["«الفرقة الرابعة»", "الفرقة الرابعة"]}, REGIME_287)
REGIME_HELIS = merge({"en": ["regime helicopters", "Syrian Arab Air Force"], "ar": ["مروحيات النظام"]},
                     REGIME_287)
MAARAT_HURMA_CLINIC = merge({"en": ["a nurse", "health clinic", "dispensary"],
                             "ar": ["مستوصف في بلدة معرة حرمة", "مستوصف", "ممرض"]}, CIVILIANS)
TR_RU = {"en": ["Turkey and Russia", "Turkey", "Russia"], "ar": ["تركيا وروسيا"]}
KAFRANBEL_COUNCIL = {"en": ["Kafranbel local council", "local council of Kafranbel"],
                     "ar": ["المجلس المحلي لمدينة كفرنبل", "المجلس المحلي"]}
AID_ORGS = {"en": ["humanitarian and international organisations", "international organizations",
                   "aid organisations"],
            "ar": ["المنظمات الإنسانية والدولية", "المنظمات الإنسانية"]}
TR_FM = {"en": ["Turkish Foreign Minister", "Turkish foreign ministry", "Turkey"],
         "ar": ["وزير الخارجية التركي", "الوزير التركي", "الخارجية التركية"]}
RU_FM = {"en": ["Russian Foreign Minister", "Russian counterpart", "Russia"], "ar": ["نظيره الروسي"]}

KAFRANBEL = {"accept": ["كفرنبل", "مدينة كفرنبل", "السوق الرئيسي في مدينة كفرنبل", "Kafranbel", "Kafr Nabl",
                        "Kafranbil"]}
HASS_VILLAGES = {"accept": ["قرى حاس وكفرسجنة وركايا سجنة", "حاس", "كفرسجنة", "ركايا سجنة", "Hass",
                            "Kafr Sajna", "Rakaya Sajna"]}
KAFR_NABUDAH = {"accept": ["كفرنبودة", "بلدة كفرنبودة", "Kafr Nabudah", "Kafr Nabouda", "Kafrnabuda"]}
NABUDAH_MADIQ = {"accept": ["محيط كفرنبودة وقلعة المضيق", "كفرنبودة", "قلعة المضيق", "Kafr Nabudah",
                            "Qalaat al-Madiq", "Qal'at al-Madiq"]}
MAARAT_NUMAN = {"accept": ["معرة النعمان", "Maarat al-Numan", "Ma'arrat al-Nu'man", "Maarat al-Nouman"]}
SHER_MUGHAR = {"accept": ["شير مغار", "بلدة شير مغار", "نقطة المراقبة التركية", "Sher Mughar", "Shir Maghar",
                          "Shayr Mughar"]}
MAARAT_HURMA = {"accept": ["معرة حرمة", "بلدة معرة حرمة", "Maarat Hurma", "Ma'arrat Hurmah"]}
SOCHI = {"accept": ["سوتشي", "Sochi"]}

# ============================================ 288: Tripoli (a Beirut daily, 2013)
# «الجيش» is only ever the Lebanese army; «جبل محسن» also names the gunmen of the quarter in the text's own
# metonymy («القنص من جبل محسن»)
TABBANEH_GUNMEN = {"en": ["Bab al-Tabbaneh gunmen", "Sunni gunmen of Bab al-Tabbaneh",
                          "armed groups in Tabbaneh"],
                   "ar": ["مسلحين من باب التبانة", "المجموعات المسلحة في التبانة"]}
MOHSEN_GUNMEN = {"en": ["Jabal Mohsen gunmen", "Alawite gunmen of Jabal Mohsen"],
                 "ar": ["آخرين من جبل محسن", "جبل محسن"]}
TRIPOLI_FIGHT = merge({"en": [], "ar": ["مسلحين من باب التبانة وآخرين من جبل محسن"]}, TABBANEH_GUNMEN,
                      MOHSEN_GUNMEN)
LB_ARMY = {"en": ["Lebanese Army", "Lebanese Armed Forces", "LAF", "Army Commando Regiment"],
           "ar": ["الجيش اللبناني", "قيادة الجيش – مديرية التوجيه", "وحدة من فوج المغاوير", "فوج المغاوير",
                  "الجيش"]}
BAQQAR_WANTED = {"en": ["four wanted men", "wanted men", "suspects"],
                 "ar": ["أربعة مطلوبين", "مطلوبين"]}
TRIPOLI_MPS = {"en": ["Tripoli MPs and ministers", "Tripoli MPs", "Tripoli politicians"],
               "ar": ["نواب طرابلس ووزراؤها", "نواب طرابلس"]}
LB_SECURITY = merge({"en": ["security forces", "Lebanese security forces"],
                     "ar": ["الجيش والقوى الأمنية", "القوى الأمنية"]}, LB_ARMY)
ADP = {"en": ["Arab Democratic Party", "ADP"],
       "ar": ["«الحزب العربي الديمقراطي»", "الحزب العربي الديمقراطي", "مكتبه الإعلامي في جبل محسن"]}
TRIPOLI_POLITICIANS = {"en": ["Tripoli political parties", "political actors in Tripoli"],
                       "ar": ["«جهات سياسية طرابلسية»", "جهات سياسية طرابلسية"]}
MOHSEN_YOUTHS = {"en": ["two young men from Jabal Mohsen", "young men"],
                 "ar": ["شابين من أبناء جبل محسن", "شابين"]}
AXIS_LEADERS = merge({"en": ["frontline commanders", "axis leaders", "Tabbaneh militia leaders"],
                      "ar": ["«قادة المحاور» في التبانة", "«قادة المحاور»", "قادة المحاور"]}, TABBANEH_GUNMEN)
NORTH_SECURITY_COUNCIL = {"en": ["North Regional Security Council", "regional security council",
                                 "Lebanese government"],
                          "ar": ["مجلس الأمن الفرعي في الشمال", "مجلس الأمن الفرعي"]}
TRIPOLI_SIT_IN = merge({"en": ["residents of al-Mankoubin and Tabbaneh", "protesters"],
                        "ar": ["عشرات من أهالي المنكوبين والتبانة", "أهالي المنكوبين والتبانة"]}, CIVILIANS)
LB_STATE = {"en": ["Lebanese state", "Lebanese government"], "ar": ["الدولة"]}
TRIPOLI_MUFTI = {"en": ["Mufti of Tripoli and the North", "Tripoli mufti"], "ar": ["مفتي طرابلس والشمال"]}
TRIPOLI_RESIDENTS = merge({"en": ["people of Tripoli"], "ar": ["أبناءها"]}, CIVILIANS)
BEDDAWI_VICTIM = merge({"en": ["young man from Jabal Mohsen"], "ar": ["شاب من جبل محسن", "شاب"]}, CIVILIANS)
TRIPOLI_NOTABLES = {"en": ["notables of the two quarters", "local figures of Tabbaneh and Jabal Mohsen"],
                    "ar": ["فعاليات من المنطقتين", "فعاليات المنطقتين"]}
NORTH_COMMANDER = merge({"en": ["army commander of the North region"], "ar": ["قائد منطقة الشمال في الجيش"]},
                        LB_ARMY)

TRIPOLI_AXES = {"accept": ["باب التبانة", "التبانة", "جبل محسن", "المحاور التقليدية", "طرابلس", "Tripoli",
                           "Bab al-Tabbaneh", "Jabal Mohsen", "Jabal Mohsen, Tripoli"]}
SYRIA_STREET = {"accept": ["شارع سوريا", "طرابلس", "Syria Street", "Tripoli", "Bab al-Tabbaneh"]}
BAQQAR = {"accept": ["حي البقار", "البقار", "طرابلس", "al-Baqqar", "Tripoli"]}
TRIPOLI = {"accept": ["طرابلس", "Tripoli", "Tarablus"]}
MINYEH_ROAD = {"accept": ["طريق المنية", "المنية", "Minyeh", "al-Minyeh", "Minieh"]}
TRIPOLI_SERAIL = {"accept": ["سراي طرابلس", "طرابلس", "Tripoli", "Tripoli Serail"]}
BEDDAWI = {"accept": ["محلة البداوي", "البداوي", "Beddawi", "al-Beddawi", "Baddawi"]}

# ============================================ 289: al-Zubair and Basra (a Basra news agency, 2018)
# «المحتجين»/«المتظاهرين» are only ever the protesters of al-Zubair
IQ_RIOT_POLICE = {"en": ["Iraqi riot police", "riot police", "Iraqi security forces", "Basra police",
                         "Police Forces of Iraq"],
                  "ar": ["قوات مكافحة الشغب", "القوة الماسكة لبوابة الحقل", "قيادة شرطة البصرة",
                         "منتسبي القوات الأمنية"]}
ZUBAIR_PROTESTERS = merge({"en": ["protesters", "demonstrators", "Zubair protesters", "three protesters"],
                           "ar": ["مئات المحتجين", "ثلاثة متظاهرين", "المحتجين", "المتظاهرين"]}, CIVILIANS)
UMM_QASR_TRIBESMEN = {"en": ["tribesmen", "hundreds of tribesmen", "protesters"],
                      "ar": ["مئات من أبناء العشائر", "أبناء العشائر"]}
IQ_GOV_DELEGATION = {"en": ["Iraqi government delegation", "Ministers of Oil and Electricity",
                            "Iraqi government", "Oil Minister", "Electricity Minister"],
                     "ar": ["وفد حكومي رفيع يضم وزيري النفط والكهرباء", "وفد حكومي رفيع",
                            "وزيري النفط والكهرباء"]}
BASRA_OFFICIALS = {"en": ["Basra governor", "security chiefs", "tribal sheikhs", "Basra local government"],
                   "ar": ["المحافظ وقادة الأجهزة الأمنية وعدد من شيوخ العشائر", "المحافظ",
                          "قادة الأجهزة الأمنية", "شيوخ العشائر"]}
BASRA_PEOPLE = merge({"en": ["people of Basra province"], "ar": ["أبناء المحافظة"]}, CIVILIANS)
INFILTRATORS = {"en": ["infiltrators among the protesters", "infiltrators", "gunmen among protesters"],
                "ar": ["«مندسين بين المتظاهرين»", "مندسين بين المتظاهرين", "مندسين"]}
ZUBAIR_SHEIKHS = {"en": ["tribal sheikhs of al-Zubair", "tribal leaders", "Zubair tribes"],
                  "ar": ["شيوخ عشائر في قضاء الزبير", "شيوخ عشائر"]}
BASRA_LOCAL_GOV = {"en": ["Basra local government", "Basra provincial government"],
                   "ar": ["الحكومة المحلية"]}
IQ_SECURITY = merge({"en": ["Iraqi security forces", "security forces"], "ar": ["القوات الأمنية"]},
                    IQ_RIOT_POLICE)
BASRA_OPS = {"en": ["Basra Operations Command", "Iraqi security forces"], "ar": ["قيادة عمليات البصرة"]}
DETAINED_PROTESTERS = {"en": ["thirteen protesters", "detained protesters", "nine of them"],
                       "ar": ["ثلاثة عشر متظاهراً", "تسعة منهم"]}
PROTEST_COORDINATORS = {"en": ["protest coordination committees", "protest coordinators", "protesters"],
                        "ar": ["تنسيقيات التظاهرات", "تنسيقية تظاهرات الزبير"]}
BASRA_MP = {"en": ["Basra MP", "member of parliament for Basra", "Iraqi MP"], "ar": ["نائب عن البصرة"]}
IQ_FED_GOV = {"en": ["Iraqi federal government", "Government of Iraq", "Baghdad government"],
              "ar": ["الحكومة الاتحادية"]}
ABU_KHASIB_ACTIVIST = merge({"en": ["civil activist", "protest activist", "activist"],
                             "ar": ["ناشط مدني بارز في التظاهرات", "ناشط مدني"]}, CIVILIANS)
KARBALA_CHARITY = {"en": ["Karbala charity", "charitable society from Karbala", "charity"],
                   "ar": ["جمعية خيرية من كربلاء", "جمعية خيرية"]}
BASRA_PROTESTERS_2015 = merge({"en": ["Basra protesters"], "ar": []}, CIVILIANS)

RUMAILA = {"accept": ["حقل الرميلة الشمالي", "حقل الرميلة", "البوابة الرئيسية لحقل الرميلة الشمالي",
                      "قضاء الزبير", "الزبير", "Rumaila", "North Rumaila oil field", "al-Zubair", "Zubair"]}
UMM_QASR = {"accept": ["ناحية أم قصر", "أم قصر", "الميناء الشمالي", "Umm Qasr", "Umm Qasr port"]}
BASRA_GOV_OFFICE = {"accept": ["ديوان المحافظة", "مبنى ديوان المحافظة", "البصرة", "مركز البصرة", "Basra",
                               "Basra governorate building"]}
BASRA_CENTRE = {"accept": ["مركز المحافظة", "مركز البصرة", "البصرة", "Basra", "Basra city"]}
ZUBAIR_UMM_QASR = {"accept": ["الزبير", "أم قصر", "الزبير وأم قصر", "Zubair", "al-Zubair", "Umm Qasr"]}
ZUBAIR = {"accept": ["قضاء الزبير", "الزبير", "Zubair", "al-Zubair"]}
BAGHDAD = {"accept": ["بغداد", "Baghdad"]}
ABU_AL_KHASIB = {"accept": ["قضاء أبي الخصيب", "أبي الخصيب", "أبو الخصيب", "Abu al-Khasib", "Abu al-Khaseeb",
                            "Abu Al Khasib"]}
BASRA = {"accept": ["البصرة", "Basra", "Basrah"]}

# ============================================ 290: Taiz (a Taiz news site, 2016)
# «الميليشيا» is only ever the Houthi–Saleh forces, «المقاومة» only ever the pro-government Popular Resistance
HOUTHI_SALEH = {"en": ["Houthi-Saleh forces", "Houthis", "Ansar Allah", "Houthi militia", "Saleh loyalists"],
                "ar": ["ميليشيا الحوثي والمخلوع صالح", "ميليشيا الحوثي وصالح", "جماعة الحوثي", "الحوثيين",
                       "الميليشيا", "للميليشيا"]}
SHANINI_SHOPPERS = merge({"en": ["four civilians", "shoppers", "market-goers", "Shanini market"],
                          "ar": ["أربعة مدنيين", "سوق الشنيني", "المتسوقون", "ثلاثة مدنيين"]}, CIVILIANS)
YE_PRO_GOV = {"en": ["Yemeni National Army", "Popular Resistance", "pro-government forces",
                     "Taiz Military Axis", "Military Forces of Yemen"],
              "ar": ["قوات الجيش الوطني والمقاومة الشعبية", "الجيش الوطني", "المقاومة الشعبية", "المقاومة",
                     "محور تعز"]}
TAIZ_CLASH = merge(YE_PRO_GOV, HOUTHI_SALEH)
YE_GOV_DELEGATION = {"en": ["Yemeni government delegation", "Government of Yemen", "Hadi government"],
                     "ar": ["وفد الحكومة الشرعية", "الوفد الحكومي"]}
UN_ENVOY = {"en": ["UN Special Envoy for Yemen", "UN envoy", "United Nations"],
            "ar": ["المبعوث الأممي إلى اليمن", "المبعوث الأممي"]}
HOUTHI_DELEGATION = merge({"en": ["Houthi and GPC delegation", "General People's Congress", "GPC"],
                           "ar": ["وفد الحوثيين وحزب المؤتمر الشعبي العام", "وفد الحوثيين"]}, HOUTHI_SALEH)
HOUTHI_MIL_SOURCE = merge({"en": ["Houthi military source"], "ar": ["مصدر عسكري في جماعة الحوثي"]},
                          HOUTHI_SALEH)
COALITION_MERCS = merge({"en": ["Saudi-led coalition", "coalition-backed forces"],
                         "ar": ["«مرتزقة تحالف العدوان»", "مرتزقة تحالف العدوان"]}, YE_PRO_GOV)
TAIZ_AXIS_COMMANDER = merge({"en": ["commander of the Taiz Military Axis", "Taiz axis commander"],
                             "ar": ["قائد محور تعز العسكري"]}, YE_PRO_GOV)
KSRELIEF = {"en": ["King Salman Humanitarian Aid and Relief Centre", "KSrelief", "Saudi Arabia"],
            "ar": ["مركز الملك سلمان للإغاثة والأعمال الإنسانية", "مركز الملك سلمان"]}
TAIZ_HOSPITALS = {"en": ["al-Thawra and al-Rawda hospitals", "Taiz hospitals"],
                  "ar": ["مستشفيي الثورة والروضة"]}
TRUCE_COMMITTEE = {"en": ["local de-escalation committee", "truce committee"],
                   "ar": ["لجنة التهدئة المحلية", "ممثلين عن الطرفين"]}
TAIZ_WOMEN = merge({"en": ["women of Taiz", "dozens of women", "protesters"], "ar": ["عشرات النساء"]},
                   CIVILIANS)
USAYFIRAH_BOY = merge({"en": ["a fourteen-year-old boy", "boy", "child"],
                       "ar": ["فتى في الرابعة عشرة من عمره", "فتى"]}, CIVILIANS)
HOUTHI_SNIPER = merge({"en": ["Houthi sniper"], "ar": ["قناص من الميليشيا"]}, HOUTHI_SALEH)
HOUTHI_GUNMEN = merge({"en": ["Houthi gunmen"], "ar": ["مسلحون حوثيون"]}, HOUTHI_SALEH)
JAHMALIYA_YOUTHS = merge({"en": ["three young men of al-Jahmaliya", "young men"],
                          "ar": ["ثلاثة شبان من أبناء حي الجحملية", "ثلاثة شبان"]}, CIVILIANS)

SHANINI = {"accept": ["سوق الشنيني", "المدينة القديمة بتعز", "تعز", "Shanini market", "Taiz", "Ta'izz",
                      "Old City of Taiz"]}
JAHMALIYA = {"accept": ["محيط القصر الجمهوري وحي الجحملية", "حي الجحملية", "الجحملية", "القصر الجمهوري",
                        "al-Jahmaliya", "Jahmaliyah", "Taiz"]}
KUWAIT = {"accept": ["الكويت", "Kuwait", "Kuwait City"]}
TAIZ = {"accept": ["تعز", "Taiz", "Ta'izz"]}
HAWBAN = {"accept": ["منطقة الحوبان", "الحوبان", "al-Hawban", "Hawban", "Taiz"]}
DAHI = {"accept": ["منفذ الدحي", "الدحي", "al-Dahi crossing", "Dahi", "Taiz"]}
JAMAL_STREET = {"accept": ["شارع جمال", "تعز", "Jamal Street", "Taiz"]}
USAYFIRAH = {"accept": ["حي عصيفرة", "عصيفرة", "Usayfirah", "Osaifra", "Usaifra"]}
TAIZ_ENTRANCES = {"accept": ["مداخل تعز", "تعز", "Taiz", "Ta'izz"]}
