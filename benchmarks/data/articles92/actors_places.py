"""Accepted actor names and place names for the ninety-second team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الحكومة», «الوفد», «المجلس») are left out on purpose,
with these exceptions, each used only in an article where it names a single actor:
- 458: «التنظيم» and «عناصر التنظيم» (only ever ISIS);
- 459: «الدولة» (only ever the Lebanese state), «قيادة الجيش» (the Lebanese army command);
- 460: «الميليشيا» (only ever the Houthis and their allies, in this outlet's words), «الوسطاء» (the
  mediators).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge

# ============================== 456: Khan Arnabah, Jubata al-Khashab, al-Hamidiyah (Quneitra; 2018)
QN_FACTIONS = {"en": ["Syrian opposition factions in Quneitra", "armed opposition factions", "rebels",
                      "Southern Front"],
               "ar": ["فصائل المعارضة المسلحة", "فصائل المعارضة المسلحة في المحافظة"]}
RUS_MP = {"en": ["Russian military police", "Russian military", "Russia"],
          "ar": ["الشرطة العسكرية الروسية", "ضباط من الشرطة العسكرية الروسية"]}
QN_LEAVERS = {"en": ["fighters and families leaving for Idlib", "opposition fighters", "rebels"],
              "ar": ["المقاتلين وعائلاتهم", "الخارجين", "قوائم الخارجين"]}
SY_GOV_FORCES = {"en": ["Syrian government forces", "Syrian Arab Army", "Military Forces of Syria",
                        "Syrian regime"],
                 "ar": ["القوات الحكومية", "وحدات الجيش"]}
SY_GOV_CHECKPOINT = {"en": ["Syrian government checkpoint", "Syrian government forces", "Syrian Arab Army"],
                     "ar": ["حاجز للقوات الحكومية"]}
HAMIDIYAH_CIVILIANS = {"en": ["three civilians in al-Hamidiyah", "civilians in al-Hamidiyah"],
                       "ar": ["ثلاثة مدنيين", "القتلى الثلاثة", "امرأة وابنها"]}
TERROR_GROUPS = {"en": ["armed groups in al-Hamidiyah", "rebels", "Syrian opposition fighters"],
                 "ar": ["المجموعات الإرهابية", "تلك المجموعات"]}
HAMIDIYAH_GROUP = {"en": ["the armed group of al-Hamidiyah", "rebels in al-Hamidiyah"],
                   "ar": ["مصدر في المجموعة المسلحة بالحميدية", "المجموعة المسلحة بالحميدية"]}
HAMIDIYAH_REJECTERS = {"en": ["al-Hamidiyah notables and armed group", "al-Hamidiyah",
                              "rebels in al-Hamidiyah"],
                       "ar": ["بلدة الحميدية", "وجهاؤها وقادة مجموعتها المسلحة"]}
SOUTHERN_FRONT_FIGHTERS = {"en": ["Southern Front fighters", "Southern Front", "Syrian opposition factions",
                                  "rebels"],
                           "ar": ["مقاتلون من فصائل «الجبهة الجنوبية»", "فصائل «الجبهة الجنوبية»",
                                  "«الجبهة الجنوبية»"]}
RUS_OFFICER = {"en": ["Russian officer", "Russian military", "Russia"], "ar": ["ضابط روسي"]}
HAMIDIYAH_GUNMEN = {"en": ["gunmen in al-Hamidiyah", "rebels in al-Hamidiyah"], "ar": ["المسلحين في البلدة"]}
HAMIDIYAH_NOTABLES = {"en": ["delegation of al-Hamidiyah notables", "al-Hamidiyah notables"],
                      "ar": ["وفداً من وجهاء الحميدية", "وجهاء الحميدية"]}
SASA_MIL_SECURITY = {"en": ["Military Security branch in Sasa", "Syrian Military Security",
                            "Syrian Military Intelligence"],
                     "ar": ["فرع الأمن العسكري في سعسع", "الأمن العسكري"]}
QN_NEGOTIATORS = {"en": ["Quneitra negotiating committee", "negotiating committee"], "ar": ["لجنة التفاوض"]}
LIST_YOUTHS = {"en": ["thirty-eight young men who asked to leave"], "ar": ["ثمانية وثلاثين شاباً"]}
SETTLED_YOUTHS = {"en": ["four young men who had settled their status"],
                  "ar": ["أربعة شبان ممن سوّوا أوضاعهم", "أربعة شبان"]}
QN_ACTIVISTS = {"en": ["activists of the Quneitra countryside", "Quneitra activists"],
                "ar": ["ناشطون من ريف القنيطرة"]}
UNDOF = {"en": ["UNDOF", "United Nations Disengagement Observer Force", "United Nations"],
         "ar": ["قوة الأمم المتحدة لمراقبة فض الاشتباك «أندوف»", "«أندوف»", "أندوف"]}
SARC = {"en": ["Syrian Arab Red Crescent", "SARC"], "ar": ["الهلال الأحمر العربي السوري"]}
BURAYQAH_IDPS = {"en": ["displaced people in the camps near Burayqah", "displaced people"],
                 "ar": ["مخيمات النازحين قرب بلدة بريقة", "مخيمات النازحين"]}
WARPLANES = {"en": ["military aircraft", "Syrian Air Force", "Russian Air Force"], "ar": ["طائرات حربية"]}
MASHARAH_CIVILIANS = {"en": ["five civilians in Masharah"], "ar": ["خمسة مدنيين"]}

# ====================================================== places: 456
QUNEITRA = {"accept": ["ريف القنيطرة", "القنيطرة", "Quneitra", "Quneitra countryside",
                       "Quneitra Governorate"]}
KHAN_ARNABAH = {"accept": ["بلدة خان أرنبة", "خان أرنبة", "Khan Arnabah", "Khan Arnaba"]}
KHAN_ARNABAH_JUBATA = {"accept": ["خان أرنبة", "جباتا الخشب", "Khan Arnabah", "Khan Arnaba",
                                  "Jubata al-Khashab",
                                  "Jubbata al-Khashab"]}
HAMIDIYAH = {"accept": ["بلدة الحميدية", "الحميدية", "al-Hamidiyah", "Hamidiyah", "Hamidiya"]}
BAATH_CITY = {"accept": ["مدينة البعث", "Madinat al-Baath", "Baath City", "al-Baath"]}
BURAYQAH = {"accept": ["بلدة بريقة", "بريقة", "Burayqah", "Bariqa"]}
MASHARAH = {"accept": ["بلدة مسحرة", "مسحرة", "Masharah", "Mashara"]}

# ============================== 457: Douma, Misraba, Harasta, al-Wafideen (Rif Dimashq; 2017)
ASSAD_FORCES = {"en": ["Syrian government forces", "Syrian regime", "Assad forces",
                       "Military Forces of Syria"],
                "ar": ["قوات الأسد"]}
ASSAD_AIR = {"en": ["Syrian Air Force", "Syrian regime", "Military Forces of Syria"],
             "ar": ["الطيران الحربي التابع لنظام الأسد", "سلاح الجو"]}
MISRABA_CIVILIANS = {"en": ["five civilians in Misraba", "civilians in Misraba"],
                     "ar": ["خمسة مدنيين", "ضحايا الغارات الخمسة"]}
GHOUTA_ARMED_GROUPS = {"en": ["Eastern Ghouta rebels", "armed opposition", "rebels"],
                       "ar": ["«المجموعات المسلحة»", "المجموعات المسلحة"]}
SANA = {"en": ["SANA", "Syrian Arab News Agency"], "ar": ["وكالة «سانا»", "«سانا»"]}
UN_SARC_CONVOY = {"en": ["United Nations", "Syrian Arab Red Crescent", "SARC", "UN-SARC joint convoy"],
                  "ar": ["قافلة مشتركة للأمم المتحدة والهلال الأحمر العربي السوري", "الأمم المتحدة",
                         "الهلال الأحمر العربي السوري"]}
FOURTH_DIVISION = {"en": ["Fourth Division", "4th Armoured Division", "Syrian government forces"],
                   "ar": ["عناصر حاجز الفرقة الرابعة", "الفرقة الرابعة"]}
GHOUTA_HEALTH = {"en": ["Damascus and Rif Dimashq Health Directorate",
                        "Syrian Interim Government health directorate"],
                 "ar": ["مديرية صحة دمشق وريفها"]}
ICRC = {"en": ["ICRC", "International Committee of the Red Cross"], "ar": ["اللجنة الدولية للصليب الأحمر"]}
REGIME_SECURITY = {"en": ["Syrian government security services", "Syrian regime",
                          "Syrian Military Intelligence"],
                   "ar": ["الأجهزة الأمنية للنظام"]}
DOUMA_PROTESTERS = {"en": ["Douma residents", "protesters in Douma"],
                    "ar": ["مئات من أهالي دوما", "المتظاهرون"]}
UN = {"en": ["United Nations", "UN"], "ar": ["الأمم المتحدة"]}
AHRAR = {"en": ["Ahrar al-Sham", "Harakat Ahrar al-Sham al-Islamiyya"],
         "ar": ["المتحدث العسكري باسم «حركة أحرار الشام»", "«حركة أحرار الشام»", "حركة أحرار الشام"]}
OCHA = {"en": ["OCHA", "UN OCHA", "United Nations"],
        "ar": ["مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية «أوتشا»", "«أوتشا»", "أوتشا"]}
DOUMA_COUNCIL = {"en": ["Douma local council", "Douma City Council"], "ar": ["المجلس المحلي لمدينة دوما"]}
JISREEN_VICTIMS = {"en": ["two children and a teacher in Jisreen"], "ar": ["طفلين ومعلّمة"]}

# ====================================================== places: 457
WAFIDEEN = {"accept": ["معبر مخيم الوافدين", "معبر الوافدين", "مخيم الوافدين", "al-Wafideen crossing",
                       "Wafideen", "al-Wafidin camp"]}
MISRABA = {"accept": ["بلدة مسرابا", "مسرابا", "Misraba", "Mesraba"]}
ABBASIYYIN = {"accept": ["حي العباسيين", "العباسيين", "دمشق", "Abbasiyyin", "Damascus"]}
DOUMA = {"accept": ["دوما", "مدينة دوما", "Douma", "Duma"]}
HARASTA = {"accept": ["حرستا", "Harasta"]}
VEHICLES_BASE = {"accept": ["إدارة المركبات", "حرستا", "Vehicles Administration base", "Harasta"]}
KAFR_BATNA_SAQBA = {"accept": ["كفربطنا", "سقبا", "Kafr Batna", "Saqba"]}
JISREEN = {"accept": ["بلدة جسرين", "جسرين", "Jisreen", "Jisrin"]}
AIN_TARMA = {"accept": ["بلدة عين ترما", "عين ترما", "Ain Tarma", "Ayn Tarma"]}

# ============================== 458: Samarra, Baiji, al-Siniyah, Tikrit, al-Dour (Salah ad-Din; 2015)
ISIS = {"en": ["Islamic State", "ISIS", "IS", "ISIL", "Daesh"],
        "ar": ["«عصابات داعش الإرهابية»", "عصابات داعش الإرهابية", "داعش", "عناصر التنظيم", "التنظيم"]}
SAMARRA_VICTIMS = {"en": ["three people including a Samarra policeman",
                          "civilians at the Samarra checkpoint"],
                   "ar": ["ثلاثة أشخاص", "منتسب في شرطة سامراء", "ضحايا تفجير السيطرة"]}
IQ_FORCES_PMF = {"en": ["Iraqi security forces", "Popular Mobilization Forces", "PMF",
                        "Military Forces of Iraq"],
                 "ar": ["القوات الأمنية وفصائل الحشد الشعبي", "القوات الأمنية", "فصائل الحشد الشعبي",
                        "القطعات"]}
BAIJI_CLASH = merge(IQ_FORCES_PMF, ISIS)
IQ_ARMY_AVIATION = {"en": ["Iraqi Army Aviation", "Iraqi Air Force", "Military Forces of Iraq"],
                    "ar": ["طيران الجيش العراقي", "طيران الجيش"]}
ISIS_POSITIONS = {"en": ["Islamic State", "ISIS", "IS"],
                  "ar": ["مواقع وتجمعات لعناصر التنظيم", "عناصر التنظيم"]}
PMF = {"en": ["Popular Mobilization Forces", "PMF", "Hashd al-Shaabi"],
       "ar": ["هيئة الحشد الشعبي", "الحشد الشعبي", "مقاتلي الحشد"]}
SAMARRA_HEALTH = {"en": ["Samarra health directorate", "Salah ad-Din health directorate"],
                  "ar": ["دائرة الصحة"]}
BLOOD_DONORS = {"en": ["residents of Samarra"], "ar": ["المواطنين"]}
IQ_SECURITY_SOURCE = {"en": ["Salah ad-Din police", "Iraqi police"], "ar": ["المصدر الأمني"]}
SALAHADDIN_COUNCIL = {"en": ["Salah ad-Din Provincial Council"], "ar": ["مجلس محافظة صلاح الدين"]}
SAMARRA_POLICE_INTEL = {"en": ["Samarra police intelligence", "Iraqi police"],
                        "ar": ["قوة من استخبارات شرطة سامراء", "استخبارات شرطة سامراء"]}
FOUR_SUSPECTS = {"en": ["four suspects"], "ar": ["أربعة مشتبه بهم"]}
ISIS_WITHDRAWING = {"en": ["Islamic State", "ISIS", "IS"], "ar": ["أعداد من عناصر التنظيم", "عناصر التنظيم"]}
COLLABORATORS = {"en": ["residents cooperating with the security forces or joining the PMF"],
                 "ar": ["كل من يتعاون مع القوات الأمنية"]}
IQ_SECURITY_SERVICES = {"en": ["Iraqi security services", "Iraqi security forces"], "ar": ["الأجهزة الأمنية"]}
DOUR_YOUTHS = {"en": ["seven young men from al-Dour"], "ar": ["سبعة شبان من أهالي قضاء الدور", "سبعة شبان"]}
SALAHADDIN_GOVERNOR = {"en": ["Governor of Salah ad-Din", "Salah ad-Din provincial government"],
                       "ar": ["محافظ صلاح الدين"]}
IQ_FEDERAL_GOV = {"en": ["Government of Iraq", "Iraqi federal government"], "ar": ["الحكومة الاتحادية"]}
ALAM_SOLDIERS = {"en": ["Iraqi soldiers", "Military Forces of Iraq"], "ar": ["عجلة عسكرية", "جنديين"]}
MODM = {"en": ["Ministry of Migration and Displacement", "Iraqi Ministry of Migration"],
        "ar": ["وزارة الهجرة والمهجرين"]}
TIKRIT_IDPS = {"en": ["displaced families from Tikrit"], "ar": ["عائلات نازحة من تكريت"]}

# ====================================================== places: 458
SAMARRA = {"accept": ["سامراء", "مدينة سامراء", "Samarra"]}
BAIJI_REFINERY = {"accept": ["مصفاة بيجي", "بيجي", "Baiji refinery", "Baiji", "Bayji"]}
BAIJI_SINIYAH = {"accept": ["بين بيجي وناحية الصينية", "بيجي", "الصينية", "Baiji", "al-Siniyah", "Siniya"]}
TIKRIT = {"accept": ["تكريت", "Tikrit"]}
SINIYAH = {"accept": ["ناحية الصينية", "الصينية", "al-Siniyah", "Siniya"]}
NORTH_BAIJI = {"accept": ["قرى شمال بيجي", "بيجي", "Baiji", "Bayji"]}
DOUR = {"accept": ["قضاء الدور", "الدور", "al-Dour", "Dour", "ad-Dawr"]}
ALAM = {"accept": ["ناحية العلم", "al-Alam", "Alam", "العلم"]}

# ============================== 459: Bab al-Tabbaneh, Jabal Mohsen, Syria Street, al-Qubbah (North; 2014)
LAF = {"en": ["Lebanese Armed Forces", "Lebanese army", "LAF", "Military Forces of Lebanon"],
       "ar": ["الجيش اللبناني", "قيادة الجيش"]}
TRIPOLI_GUNMEN = {"en": ["gunmen of Bab al-Tabbaneh and Jabal Mohsen", "Bab al-Tabbaneh militia",
                         "Jabal Mohsen militia", "snipers"],
                  "ar": ["المسلحين في باب التبانة وجبل محسن", "مجموعات مسلحة في التبانة", "قناصي الجبل"]}
ADP = {"en": ["Arab Democratic Party", "ADP"], "ar": ["«الحزب العربي الديمقراطي»", "الحزب العربي الديمقراطي"]}
TABBANEH_GROUPS = {"en": ["Bab al-Tabbaneh armed groups", "Bab al-Tabbaneh militia"],
                   "ar": ["«مجموعات مسلحة في التبانة»", "مجموعات مسلحة في التبانة"]}
TABBANEH_COMMANDER = {"en": ["Bab al-Tabbaneh militia commander", "Bab al-Tabbaneh militia"],
                      "ar": ["أحد قادة المحاور في التبانة", "أحد قادة المحاور في باب التبانة",
                             "قادة المحاور"]}
JABAL_SNIPERS = {"en": ["Jabal Mohsen snipers", "Jabal Mohsen militia"], "ar": ["قناصي الجبل"]}
CABINET = {"en": ["Council of Ministers of Lebanon", "Lebanese cabinet", "Government of Lebanon"],
           "ar": ["مجلس الوزراء"]}
PLAN_FORCES = {"en": ["Lebanese army and Internal Security Forces", "Lebanese Armed Forces",
                      "Internal Security Forces"],
               "ar": ["وحدات من الجيش وقوى الأمن الداخلي", "قوى الأمن الداخلي"]}
MIL_JUDICIARY = {"en": ["Lebanese military judiciary", "military court"], "ar": ["القضاء العسكري"]}
WANTED_26 = {"en": ["twenty-six people from both areas", "militia commanders"],
             "ar": ["ستة وعشرين شخصاً من المنطقتين", "ستة وعشرين شخصاً"]}
SITIN = {"en": ["families of victims and traders of the old souks", "protesters in Tripoli"],
         "ar": ["عشرات من أهالي الضحايا وتجار الأسواق القديمة", "المعتصمين", "المعتصمون"]}
LEB_STATE = {"en": ["Lebanese state", "Government of Lebanon"], "ar": ["الدولة"]}
LAF_CHECKPOINT = {"en": ["Lebanese army checkpoint", "Lebanese Armed Forces"], "ar": ["حاجز للجيش"]}
QUBBAH_COMMANDER = {"en": ["an armed group commander in al-Qubbah"],
                    "ar": ["أحد قادة المجموعات المسلحة في القبة"]}
TRIPOLI_MPS = {"en": ["Tripoli MPs", "Members of Parliament for Tripoli"], "ar": ["نواب طرابلس"]}
TRIPOLI_RESIDENTS = {"en": ["residents of Tripoli"], "ar": ["أهالي المدينة"]}
UNKNOWN_GUNMEN = {"en": ["unidentified gunmen"], "ar": ["مسلحون مجهولون"]}
LAF_PATROL = {"en": ["Lebanese army patrol", "Lebanese Armed Forces"], "ar": ["دورية للجيش"]}
BEDDAWI_VENDOR = {"en": ["a vegetable seller in al-Beddawi"], "ar": ["بائع خضار"]}
ISF_INFO = {"en": ["ISF Information Branch", "Internal Security Forces", "Lebanese police"],
            "ar": ["دورية من شعبة المعلومات في قوى الأمن الداخلي", "شعبة المعلومات", "قوى الأمن الداخلي"]}
TWO_SNIPERS = {"en": ["two men with sniper rifles"], "ar": ["شخصين في منطقة القبة"]}

# ====================================================== places: 459
SYRIA_STREET = {"accept": ["شارع سوريا", "باب التبانة", "جبل محسن", "طرابلس", "Syria Street",
                           "Bab al-Tabbaneh",
                           "Jabal Mohsen", "Tripoli"]}
TRIPOLI_LINES = {"accept": ["شارع سوريا", "مستديرة أبو علي", "القبة", "طرابلس", "Syria Street",
                            "Abu Ali roundabout", "al-Qubbah", "Tripoli"]}
BEIRUT_SERAIL = {"accept": ["السراي الحكومي في بيروت", "بيروت", "Grand Serail", "Beirut"]}
PLAN_AREA = {"accept": ["باب التبانة", "جبل محسن", "القبة", "طرابلس", "Bab al-Tabbaneh", "Jabal Mohsen",
                        "al-Qubbah", "Tripoli"]}
TRIPOLI = {"accept": ["طرابلس", "Tripoli"]}
TRIPOLI_SERAIL = {"accept": ["سراي طرابلس", "طرابلس", "Tripoli Serail", "Tripoli"]}
MALLOULEH = {"accept": ["مستديرة الملولة", "الملولة", "القبة", "al-Mallouleh", "al-Qubbah", "Qobbeh"]}
TABBANEH = {"accept": ["باب التبانة", "التبانة", "Bab al-Tabbaneh", "Tabbaneh"]}
SOUQ_QAMH = {"accept": ["سوق القمح", "باب التبانة", "Souq al-Qamh", "Bab al-Tabbaneh"]}
BEDDAWI = {"accept": ["أوتوستراد البداوي", "البداوي", "al-Beddawi", "Beddawi"]}
QUBBAH = {"accept": ["منطقة القبة", "القبة", "al-Qubbah", "Qobbeh"]}

# ============================== 460: al-Masbah, Salh, the palace hill, the Dhabab road (Taiz; 2016)
HOUTHI_SALEH = {"en": ["Houthis", "Ansar Allah", "Houthi-Saleh forces",
                       "forces loyal to the former president"],
                "ar": ["ميليشيا الحوثي والقوات الموالية للرئيس السابق", "ميليشيا الحوثي", "الميليشيا"]}
MASBAH_CIVILIANS = {"en": ["four civilians in al-Masbah", "civilians in al-Masbah"],
                    "ar": ["أربعة مدنيين", "ضحايا القذائف الأربعة"]}
EXCHANGE_PARTIES = {"en": ["Popular Resistance", "Houthis", "Ansar Allah"],
                    "ar": ["المقاومة الشعبية ومسلحي الحوثي", "المقاومة الشعبية", "مسلحي الحوثي"]}
MEDIATORS = {"en": ["Taiz mediation committee", "local notables of Salh", "mediators"],
             "ar": ["لجنة الوساطة", "وجهاء من مديرية صالة", "الوسطاء"]}
HOUTHIS = {"en": ["Houthis", "Ansar Allah"], "ar": ["الميليشيا", "ميليشيا الحوثي"]}
SEVEN_PRISONERS = {"en": ["seven prisoners from Taiz"], "ar": ["سبعة أسرى من أبناء المدينة", "سبعة أسرى"]}
HOUTHI_PRISONER_CMTE = {"en": ["Houthi prisoners committee", "Houthis"],
                        "ar": ["مسؤول في لجنة الأسرى التابعة للحوثيين", "لجنة الأسرى التابعة للحوثيين"]}
PALACE_HILL_CLASH = {"en": ["Yemeni National Army", "Popular Resistance", "Houthis",
                            "Military Forces of Yemen"],
                     "ar": ["قوات الجيش الوطني والمقاومة الشعبية", "مسلحي الميليشيا", "قوات الجيش الوطني"]}
HOUTHI_SNIPER = {"en": ["Houthi sniper", "Houthis"], "ar": ["قناص حوثي"]}
DHABAB_PASSENGERS = {"en": ["passengers of a minibus on the Dhabab road"],
                     "ar": ["حافلة صغيرة تقلّ ركاباً", "سائقها وامرأة"]}
THAWRA_HOSPITAL = {"en": ["al-Thawra General Hospital in Taiz"], "ar": ["مستشفى الثورة العام"]}
INTL_ORGS = {"en": ["international organisations", "aid agencies"], "ar": ["المنظمات الدولية"]}
TAIZ_MIL_COUNCIL = {"en": ["Taiz Military Council", "Popular Resistance", "Yemeni National Army"],
                    "ar": ["المجلس العسكري في تعز"]}
PRISONERS_RELATIVES = {"en": ["relatives of released prisoners"], "ar": ["ثلاثة من أقارب الأسرى المفرج عنهم"]}
COALITION_AIR = {"en": ["Saudi-led coalition", "Arab coalition air force", "Military Forces of Saudi Arabia"],
                 "ar": ["طيران التحالف العربي"]}
HOUTHI_POSITIONS = {"en": ["Houthis", "Ansar Allah"], "ar": ["مواقع وتعزيزات للميليشيا"]}
SHANINI_CIVILIANS = {"en": ["six civilians at the al-Shanini market"], "ar": ["ستة مدنيين"]}
MSF = {"en": ["Doctors Without Borders", "MSF", "Medecins Sans Frontieres"], "ar": ["منظمة أطباء بلا حدود"]}
YE_GOVERNMENT = {"en": ["Government of Yemen", "Yemeni government"], "ar": ["الحكومة الشرعية"]}
TAIZ_HOSPITALS = {"en": ["two hospitals in Taiz"], "ar": ["مستشفيين في مدينة تعز"]}

# ====================================================== places: 460
MASBAH = {"accept": ["حي المسبح", "المسبح", "تعز", "al-Masbah", "Masbah", "Taiz"]}
SALH = {"accept": ["مديرية صالة", "صالة", "Salh", "Salh district", "Taiz"]}
PALACE_HILL = {"accept": ["تبة القصر الجمهوري", "القصر الجمهوري", "presidential palace hill", "Taiz"]}
DHABAB = {"accept": ["طريق الضباب", "الضباب", "al-Dhabab road", "Dhabab"]}
HAWBAN = {"accept": ["منطقة الحوبان", "الحوبان", "al-Hawban", "Hawban"]}
TAIZIYAH = {"accept": ["مديرية التعزية", "التعزية", "al-Ta'iziyah", "Taiziyah"]}
SHANINI = {"accept": ["سوق الشنيني", "المدينة القديمة", "al-Shanini market", "Taiz old city"]}
TAIZ = {"accept": ["مدينة تعز", "تعز", "Taiz"]}
