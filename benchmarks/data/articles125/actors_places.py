"""Accepted actor names and place names for the hundred-and-twenty-fifth team gold set (see README.md).

Written by hand by the annotator for this set only: nothing here comes from marsad's dictionaries or from the
lists of earlier sets, though the layout is theirs (Arabic surface forms exactly as the articles write them,
a few common variants, English names). Place names carry their usual Arabic and English spellings from
general knowledge; no gazetteer was opened.

The scorer normalises names and accepts a substring of three or more characters either way, so the bare short
forms («النظام», «التنظيم», «المحافظ», «الحكومة», «المجلس», «الأهالي») are kept out of these lists on purpose.
Both parties of a meeting, a joint act or a deal are accepted in either role. A one-sided attack has its
perpetrator as source (the party the text names; none when it names none) and its victims as recipient; a
two-sided clash has both sides as source and no recipient.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ====================================================== 621: the Barada valley (Rif Dimashq, Syria), 2017
BARADA_GUNMEN = {"en": ["armed groups in Wadi Barada", "Wadi Barada rebels", "rebels", "opposition fighters",
                        "terrorists"],
                 "ar": ["المجموعات المسلحة المتحصنة في قرى وادي بردى", "المجموعات المسلحة", "المسلحون",
                        "المسلحين", "الإرهابيين"]}
HAMAH_QUEUE = {"en": ["civilians", "al-Hamah residents", "residents queuing for water"],
               "ar": ["ثلاثة مدنيين", "عشرات الأهالي"]}
SAA = {"en": ["Syrian Arab Army", "Syrian army", "Syrian government forces"],
       "ar": ["الجيش العربي السوري", "وحدات الجيش"]}
SARC = {"en": ["Syrian Arab Red Crescent", "SARC", "Red Crescent"],
        "ar": ["«الهلال الأحمر العربي السوري»", "الهلال الأحمر العربي السوري"]}
WATER_DISTRIBUTORS = merge(SARC, {"en": ["Rif Dimashq governorate", "Syrian government"],
                                  "ar": ["محافظة ريف دمشق"]})
RECONCILIATION = {"en": ["National Reconciliation Committee in Rif Dimashq", "reconciliation committee",
                         "Syrian government"],
                  "ar": ["وفد من لجنة المصالحة الوطنية في ريف دمشق", "لجنة المصالحة الوطنية",
                         "لجنة المصالحة"]}
BARADA_REPS = {"en": ["Wadi Barada rebel representatives", "rebels", "Wadi Barada notables"],
               "ar": ["ممثلين عن المسلحين", "ممثلو المسلحين", "وجهاء من القرى"]}
BARADA_MEETING = merge(RECONCILIATION, BARADA_REPS)
BARADA_DEAL = merge(RECONCILIATION, BARADA_GUNMEN)
RIF_GOVERNOR = {"en": ["governor of Rif Dimashq", "Rif Dimashq governor", "Syrian government"],
                "ar": ["محافظ ريف دمشق"]}
SYRIAN_MFA = {"en": ["Syrian Ministry of Foreign Affairs and Expatriates", "Syrian foreign ministry",
                     "Syrian government"],
              "ar": ["وزارة الخارجية والمغتربين"]}
BARADA_TERROR_ORGS = {"en": ["armed groups in Wadi Barada", "rebels", "terrorist organisations"],
                      "ar": ["«التنظيمات الإرهابية» في وادي بردى", "«التنظيمات الإرهابية»",
                             "التنظيمات الإرهابية"]}
UNSC = {"en": ["UN Security Council", "Security Council"], "ar": ["مجلس الأمن"]}
RIF_COUNCIL_MEMBER = {"en": ["Rif Dimashq provincial council",
                             "member of the Rif Dimashq provincial council"],
                      "ar": ["عضو في مجلس محافظة ريف دمشق", "مجلس محافظة ريف دمشق"]}
HAMAH_PROTESTERS = {"en": ["residents of al-Hamah and Qudsaya", "protesters"],
                    "ar": ["عشرات من أهالي الهامة وقدسيا", "أهالي الهامة وقدسيا"]}
UN_OFFICE = {"en": ["United Nations", "UN", "UN office"], "ar": ["مكتب الأمم المتحدة", "الأمم المتحدة"]}
BARADA_MEDIA = {"en": ["Wadi Barada Media Authority", "Wadi Barada rebels", "rebels"],
                "ar": ["«الهيئة الإعلامية في وادي بردى»", "الهيئة الإعلامية في وادي بردى"]}
SYRIAN_AIR_FORCE = {"en": ["Syrian Air Force", "Syrian government forces"], "ar": ["الطيران الحربي"]}

# ====================================================== places: 621
RIF = {"accept": ["ريف دمشق", "Rif Dimashq", "Rural Damascus", "Damascus countryside"]}
WADI_BARADA = place({"accept": ["وادي بردى", "Wadi Barada", "Barada valley"]}, RIF)
HAMAH_POINT = place({"accept": ["نقطة لتوزيع مياه الشرب في بلدة الهامة", "بلدة الهامة", "الهامة", "al-Hamah",
                                "al-Hameh", "Hameh"]}, RIF)
BASIMA_HILLS = place({"accept": ["التلال المشرفة على بلدتي بسيمة وعين الخضرة", "بسيمة", "Basima", "Bassimeh",
                                 "عين الخضرة", "Ain al-Khadra"]}, WADI_BARADA)
DEIR_MUQRIN = place({"accept": ["أطراف دير مقرن", "دير مقرن", "Deir Muqrin", "Dayr Miqrin"]}, WADI_BARADA)
QUDSAYA = place({"accept": ["أحياء قدسيا والهامة", "قدسيا", "Qudsaya", "الهامة", "al-Hamah"]}, RIF)
DEIR_QANUN = place({"accept": ["بلدة دير قانون", "دير قانون", "Deir Qanun", "Dayr Qanun"]}, WADI_BARADA)
FIJEH = place({"accept": ["منشأة نبع عين الفيجة", "نبع عين الفيجة", "عين الفيجة", "Ain al-Fijah",
                          "Ain al-Fijeh", "Fijeh spring"]}, WADI_BARADA)
FIJEH_ROAD = place({"accept": ["طريق عين الفيجة", "عين الفيجة", "Ain al-Fijah", "Ain al-Fijeh"]}, WADI_BARADA)
HAMAH_TOWN_HALL = place({"accept": ["مبنى البلدية", "الهامة", "al-Hamah", "قدسيا", "Qudsaya"]}, RIF)
CONVOY_TOWNS = place({"accept": ["بلدتي دير قانون وسوق وادي بردى", "دير قانون", "Deir Qanun",
                                 "سوق وادي بردى", "Suq Wadi Barada"]}, WADI_BARADA)

# ====================================================== 622: Amerli (Salahuddin, Iraq), 2014
IRAQI_ARMY_AVIATION = {"en": ["Iraqi Army Aviation", "Iraqi army", "Iraqi Air Force",
                              "Iraqi government forces"],
                       "ar": ["مروحيات طيران الجيش العراقي", "طيران الجيش العراقي", "طيران الجيش"]}
PESHMERGA = {"en": ["Peshmerga", "Kurdish Peshmerga", "Kurdistan Regional Government forces"],
             "ar": ["قوات البيشمركة الكردية", "قوات البيشمركة", "البيشمركة"]}
AIRLIFT_PARTNERS = merge(PESHMERGA, IRAQI_ARMY_AVIATION)
PMF = {"en": ["Popular Mobilization Forces", "PMF", "Hashd al-Shaabi", "Iraqi Federal Police",
              "Shia militias"],
       "ar": ["مئات من متطوعي «الحشد الشعبي»", "متطوعي «الحشد الشعبي»", "«الحشد الشعبي»", "الحشد الشعبي",
              "الشرطة الاتحادية"]}
ISIS_622 = {"en": ["Islamic State", "ISIS", "IS", "ISIL", "Daesh"],
            "ar": ["عصابات «داعش» الإرهابية", "عصابات «داعش»", "«داعش»", "داعش", "مسلحو التنظيم",
                   "مسلحي التنظيم"]}
BAKERY_QUEUE = {"en": ["civilians", "Amerli residents", "residents queuing at the bakery"],
                "ar": ["ستة مدنيين", "طابور من الأهالي"]}
AMERLI_PEOPLE = {"en": ["people of Amerli", "Amerli residents", "Amerli defenders", "Turkmen of Amerli"],
                 "ar": ["أهالي آمرلي", "المدافعين عنها"]}
AMERLI_VOLUNTEERS = {"en": ["Amerli volunteers", "Amerli defenders"], "ar": ["ناطق باسم المتطوعين في آمرلي"]}
US_AIRCRAFT = {"en": ["United States", "US Air Force", "US aircraft", "US-led coalition"],
               "ar": ["طائرات أمريكية"]}
ITF = {"en": ["Iraqi Turkmen Front", "ITF", "Turkmen Front"],
       "ar": ["الجبهة التركمانية العراقية", "الجبهة التركمانية"]}
IRAQ_GOV = {"en": ["Iraqi federal government", "Iraqi government", "Government of Iraq"],
            "ar": ["الحكومة الاتحادية"]}
SALAHUDDIN_OPS = {"en": ["Salahuddin Operations Command", "commander of Salahuddin operations", "Iraqi army"],
                  "ar": ["قائد عمليات صلاح الدين", "قيادة عمليات صلاح الدين"]}
AMERLI_NOTABLES = {"en": ["Amerli notables", "Amerli delegation", "Amerli elders"],
                   "ar": ["وفداً من وجهاء آمرلي", "وجهاء آمرلي"]}
MIGRATION_MINISTRY = {"en": ["Ministry of Migration and Displacement", "Iraqi Ministry of Migration",
                             "Iraqi government"],
                      "ar": ["وزارة الهجرة والمهجرين"]}
TUZ_POLICE = {"en": ["Tuz Khurmatu police", "Iraqi police"],
              "ar": ["قوة من شرطة طوزخورماتو", "شرطة طوزخورماتو"]}
FOUR_SUSPECTS = {"en": ["four suspects", "suspected ISIS informants"], "ar": ["أربعة أشخاص"]}
SALAHUDDIN_COUNCIL = {"en": ["Salahuddin Provincial Council", "Salahuddin governorate council"],
                      "ar": ["مجلس محافظة صلاح الدين"]}
MARJAIYA = {"en": ["representative of the supreme Shia religious authority", "Marjaiya",
                   "Shia religious authority"],
            "ar": ["ممثل المرجعية الدينية العليا", "المرجعية الدينية العليا"]}

# ====================================================== places: 622
SALAHUDDIN = {"accept": ["محافظة صلاح الدين", "صلاح الدين", "Salahuddin", "Salah al-Din", "Saladin"]}
AMERLI = place({"accept": ["ناحية آمرلي", "آمرلي", "Amerli", "Amirli", "Amerli subdistrict"]}, SALAHUDDIN)
AMERLI_BAKERY = place({"accept": ["الفرن الوحيد العامل في آمرلي", "آمرلي", "Amerli", "Amirli"]}, SALAHUDDIN)
TUZ = place({"accept": ["قضاء طوزخورماتو", "طوزخورماتو", "Tuz Khurmatu", "Tuz Khormato", "Tuz"]}, SALAHUDDIN)
SULAIMAN_BEK_AREA = place({"accept": ["محيط سليمان بيك", "سليمان بيك", "Sulaiman Bek", "Suleiman Beg"]},
                          SALAHUDDIN)
SULAIMAN_BEK = place({"accept": ["ناحية سليمان بيك", "سليمان بيك", "Sulaiman Bek", "Suleiman Beg"]},
                     SALAHUDDIN)
SAMARRA = place({"accept": ["سامراء", "Samarra"]}, SALAHUDDIN)

# ====================================================== 623: Ben Guerdane (Medenine, Tunisia), 2016
MEDENINE_AUTHORITIES = {"en": ["Medenine regional authorities", "Medenine governorate",
                               "Tunisian authorities"],
                        "ar": ["السلطات الجهوية بولاية مدنين", "ولاية مدنين"]}
NATIONAL_GUARD = {"en": ["Tunisian National Guard", "National Guard", "Tunisian security forces"],
                  "ar": ["وحدات من الحرس الوطني", "الحرس الوطني", "أعوان الحرس"]}
BG_CELL = {"en": ["armed group", "militants", "jihadist cell", "terrorist cell"],
           "ar": ["مجموعة مسلحة تحصنت داخل منزل", "مجموعة مسلحة", "المسلحين", "المسلحَين"]}
BG_CLASH_SIDES = merge(NATIONAL_GUARD, BG_CELL)
TN_SECURITY_UNITS = {"en": ["Tunisian security forces", "security units"],
                     "ar": ["الوحدات الأمنية في بن قردان", "الوحدات الأمنية"]}
SEVEN_SUSPECTS = {"en": ["seven suspects"], "ar": ["سبعة أشخاص"]}
TN_DEFENCE = {"en": ["Tunisian Ministry of National Defence", "Tunisian army"],
              "ar": ["وزارة الدفاع الوطني", "وحدات الجيش"]}
TN_ARMY = {"en": ["Tunisian National Army", "Tunisian army"], "ar": ["وحدات الجيش الوطني", "الجيش الوطني"]}
AOUINET_SIDES = merge(TN_ARMY, BG_CELL)
TN_JOINT_PATROLS = merge(TN_ARMY, NATIONAL_GUARD)
UGTT_MEDENINE = {"en": ["UGTT regional union in Medenine", "Tunisian General Labour Union", "UGTT"],
                 "ar": ["الاتحاد الجهوي للشغل بمدنين", "الاتحاد الجهوي للشغل"]}
TN_GOVERNMENT = {"en": ["Tunisian government", "central government"], "ar": ["الحكومة المركزية"]}
TN_PM = {"en": ["Tunisian prime minister", "head of government", "Tunisian government"],
         "ar": ["رئيس الحكومة"]}
TN_COLLABORATORS = {"en": ["those sheltering militants", "collaborators"],
                    "ar": ["كل من يثبت تستره على العناصر الإرهابية"]}
LIBYA_MARKET_TRADERS = {"en": ["traders of the Libya market", "Ben Guerdane traders", "protesters"],
                        "ar": ["عشرات من تجار «سوق ليبيا»", "تجار «سوق ليبيا»"]}
BG_IMAM = {"en": ["imam", "mosque imam"], "ar": ["إمام مسجد"]}
TN_MINISTERS = {"en": ["Tunisian ministers of interior and defence", "Interior Minister", "Defence Minister",
                       "Tunisian government"],
                "ar": ["وزيرا الداخلية والدفاع"]}
MEDENINE_HOSTS = {"en": ["governor of Medenine", "Medenine governor", "civil society representatives"],
                  "ar": ["والي مدنين", "ممثلين عن المجتمع المدني"]}
TN_SOCIAL_AFFAIRS = {"en": ["Ministry of Social Affairs", "Tunisian Ministry of Social Affairs"],
                     "ar": ["وزارة الشؤون الاجتماعية"]}
NEEDY_FAMILIES = {"en": ["needy families", "Ben Guerdane families"],
                  "ar": ["العائلات المعوزة في بن قردان", "العائلات المعوزة"]}
FISHERMEN = {"en": ["fishermen", "Ben Guerdane fishermen"], "ar": ["البحارة"]}

# ====================================================== places: 623
MEDENINE = {"accept": ["ولاية مدنين", "مدنين", "Medenine", "Médenine"]}
BEN_GUERDANE = place({"accept": ["مدينة بن قردان", "بن قردان", "Ben Guerdane", "Ben Gardane", "Bengardane"]},
                     MEDENINE)
BG_HOUSE = place({"accept": ["منزل بحي سكني جنوب بن قردان", "جنوب بن قردان", "بن قردان", "Ben Guerdane",
                             "Ben Gardane"]}, MEDENINE)
RAS_JEDIR = place({"accept": ["معبر رأس جدير", "رأس جدير", "Ras Jedir", "Ras Ajdir"]}, MEDENINE)
RAS_JEDIR_ROAD = place({"accept": ["الطريق الرابطة بين بن قردان ومعبر رأس جدير", "معبر رأس جدير", "رأس جدير",
                                   "Ras Jedir", "بن قردان", "Ben Guerdane"]}, MEDENINE)
AOUINET = place({"accept": ["منطقة العوينات", "العوينات", "El Aouinet", "Aouinet"]}, MEDENINE)
BG_DELEGATION_SEAT = place({"accept": ["مقر المعتمدية", "بن قردان", "Ben Guerdane", "Ben Gardane"]}, MEDENINE)

# ====================================================== 624: Ataq (Shabwa, Yemen), 2022
SHABWA_GOVERNOR = {"en": ["governor of Shabwa", "Shabwa governor", "Shabwa local authority"],
                   "ar": ["محافظ شبوة"]}
SSF_COMMANDER = {"en": ["commander of the Special Security Forces", "Special Security Forces commander",
                        "Special Security Forces"],
                 "ar": ["قائد قوات الأمن الخاصة", "القائد المُقال"]}
SSF = {"en": ["Special Security Forces", "Yemeni Special Security Forces", "Islah-aligned forces"],
       "ar": ["قوات الأمن الخاصة"]}
GIANTS = {"en": ["Giants Brigades", "al-Amaliqa", "Southern Giants Brigades", "UAE-backed forces"],
          "ar": ["ألوية العمالقة"]}
SHABWA_DEFENCE = {"en": ["Shabwa Defence Forces", "Shabwani Elite", "UAE-backed forces"],
                  "ar": ["قيادة قوات دفاع شبوة", "قوات دفاع شبوة"]}
UAE_BACKED = merge(SHABWA_DEFENCE, GIANTS, {"en": ["UAE-backed militias"],
                                            "ar": ["«المليشيات المدعومة إماراتياً»",
                                                   "المليشيات المدعومة إماراتياً"]})
ATAQ_CLASH_SIDES = merge(SSF, UAE_BACKED)
UAE_DRONES = {"en": ["United Arab Emirates", "UAE", "UAE drones"], "ar": ["طائرات مسيّرة إماراتية"]}
ISLAH_SHABWA = {"en": ["Islah party in Shabwa", "Yemeni Congregation for Reform", "Islah"],
                "ar": ["التجمع اليمني للإصلاح في شبوة", "التجمع اليمني للإصلاح"]}
UAE = {"en": ["United Arab Emirates", "UAE", "Abu Dhabi"], "ar": ["أبوظبي"]}
PLC = {"en": ["Presidential Leadership Council", "PLC", "Yemeni government"], "ar": ["مجلس القيادة الرئاسي"]}
SAUDI_YEMENI_COMMITTEE = {"en": ["Saudi-Yemeni joint committee", "Saudi-led coalition", "Saudi Arabia"],
                          "ar": ["لجنة سعودية يمنية مشتركة"]}
ATAQ_TRUCE = merge(SSF, SHABWA_DEFENCE, {"en": ["Shabwa tribal mediators"],
                                         "ar": ["وسطاء من مشايخ قبائل شبوة"]})
SHABWA_POLICE = {"en": ["Shabwa local police", "local police"],
                 "ar": ["وحدات من الشرطة المحلية", "الشرطة المحلية"]}
HOUTHIS = {"en": ["Houthis", "Ansar Allah", "Houthi forces"], "ar": ["الحوثيين"]}
BAYHAN_SIDES = merge(GIANTS, HOUTHIS)
SSF_REPS = {"en": ["Special Security Forces representatives", "Special Security Forces"],
            "ar": ["ممثلو قوات الأمن الخاصة", "قوات الأمن الخاصة"]}
SHABWA_AUTHORITY = {"en": ["Shabwa local authority", "governor of Shabwa"], "ar": ["السلطة المحلية في شبوة"]}
ATAQ_MOURNERS = {"en": ["mourners", "Ataq residents"], "ar": ["المئات في عتق"]}

# ====================================================== places: 624
SHABWA = {"accept": ["محافظة شبوة", "شبوة", "Shabwa", "Shabwah"]}
ATAQ = place({"accept": ["مدينة عتق", "عتق", "Ataq", "Atiq"]}, SHABWA)
ATAQ_ENTRANCES = place({"accept": ["مداخل عتق الشمالية والشرقية", "مداخل عتق", "عتق", "Ataq"]}, SHABWA)
ATAQ_COMPOUND = place({"accept": ["محيط المجمع الحكومي ومعسكر الأمن الخاصة وسط عتق", "المجمع الحكومي",
                                  "وسط عتق", "عتق", "Ataq", "Atiq"]}, SHABWA)
BAYHAN = place({"accept": ["مديريات بيحان الثلاث", "مديريات بيحان", "بيحان", "Bayhan", "Beihan"]}, SHABWA)
ATAQ_DIWAN = place({"accept": ["ديوان المحافظة بعتق", "ديوان المحافظة", "عتق", "Ataq"]}, SHABWA)

# ====================================================== 625: Tal Tamr and the Khabur villages (Syria), 2015
ISIS_625 = {"en": ["Islamic State", "ISIS", "IS", "ISIL", "Daesh"],
            "ar": ["مسلحو تنظيم «داعش»", "تنظيم «داعش»", "«داعش»", "داعش", "ممثلي التنظيم"]}
KHABUR_GUARDS = {"en": ["Khabour Guards", "Khabur Guards", "Assyrian Khabour Guards"],
                 "ar": ["خمسة من مقاتلي «حرس الخابور»", "«حرس الخابور»", "حرس الخابور"]}
YPG = {"en": ["People's Protection Units", "YPG", "Kurdish forces"],
       "ar": ["وحدات حماية الشعب الكردية", "وحدات حماية الشعب"]}
MFS = {"en": ["Syriac Military Council", "MFS", "Mawtbo Fulhoyo Suryoyo"],
       "ar": ["«المجلس العسكري السرياني»", "المجلس العسكري السرياني"]}
KHABUR_DEFENDERS = merge(YPG, MFS)
COALITION_625 = {"en": ["US-led coalition", "international coalition", "anti-ISIS coalition"],
                 "ar": ["طائرات التحالف الدولي", "التحالف الدولي"]}
ASSYRIAN_DIOCESE = {"en": ["Assyrian diocese in Qamishli", "Assyrian Church of the East", "Assyrian church"],
                    "ar": ["المطرانية الآشورية في القامشلي", "المطرانية الآشورية"]}
KHABUR_DISPLACED = {"en": ["displaced Assyrian families", "families displaced from the Khabur villages"],
                    "ar": ["نحو ثلاثمئة عائلة نزحت من قرى الخابور", "ثلاثمئة عائلة"]}
TRIBAL_MEDIATORS = {"en": ["Arab tribal mediators", "tribal sheikhs"],
                    "ar": ["وسطاء من شيوخ العشائر العربية", "شيوخ العشائر العربية"]}
ISIS_ENVOYS = merge({"en": ["ISIS representatives"], "ar": ["ممثلين عن التنظيم", "ممثلي التنظيم"]}, ISIS_625)
KHABUR_MEDIATION = merge(TRIBAL_MEDIATORS, ISIS_ENVOYS)
ABDUCTEES = {"en": ["abducted Assyrians", "Assyrian hostages", "hostages"],
             "ar": ["المخطوفين الآشوريين", "المخطوفين"]}
ADO = {"en": ["Assyrian Democratic Organization", "ADO"],
       "ar": ["«المنظمة الآثورية الديمقراطية»", "المنظمة الآثورية الديمقراطية"]}
INTL_COMMUNITY = {"en": ["international community"], "ar": ["المجتمع الدولي"]}
UN = {"en": ["United Nations", "UN"], "ar": ["الأمم المتحدة"]}
KHABUR_CAPTIVES = {"en": ["Assyrian villagers", "Khabur villagers", "civilians"], "ar": ["أكثر من مئتي شخص"]}
ASSYRIAN_COMMUNITY = {"en": ["Assyrian community in Qamishli", "Assyrians"],
                      "ar": ["أبناء الجالية الآشورية في القامشلي", "الجالية الآشورية"]}

# ====================================================== places: 625
KHABUR = {"accept": ["نهر الخابور", "الخابور", "Khabur", "Khabour", "Khabur valley"]}
TAL_NASRI = place({"accept": ["قرية تل نصري", "تل نصري", "Tal Nasri", "Tell Nasri", "تل تمر", "Tal Tamr",
                              "Tell Tamer"]}, KHABUR)
TAL_TAMR = place({"accept": ["محيط تل تمر", "تل تمر", "Tal Tamr", "Tell Tamer"]}, KHABUR)
ABDULAZIZ = {"accept": ["السفوح الشمالية لجبل عبد العزيز", "جبل عبد العزيز", "Jabal Abd al-Aziz",
                        "Abdulaziz mountain"]}
QAMISHLI = {"accept": ["القامشلي", "Qamishli", "al-Qamishli", "Kamishli"]}
SHADDADI = {"accept": ["بلدة الشدادي", "الشدادي", "al-Shaddadi", "Shaddadi"]}
SHAMIRAM = place({"accept": ["قرى تل شاميرام وتل هرمز وتل جزيرة", "تل شاميرام", "Tal Shamiram",
                             "Tell Shamiram", "تل هرمز", "Tal Hormizd", "تل جزيرة", "Tal Jazira"]}, KHABUR)
TAL_JUMAA = place({"accept": ["قرية تل جمعة", "تل جمعة", "Tal Jumaa", "Tell Jumaa"]}, KHABUR)
