"""Accepted actor names and place names for the thirty-seventh team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are not taken from marsad's dictionaries or from the
earlier sets' lists (the style is the same: Arabic surface forms as they occur in the articles, common variants, and
English names). Towns were checked against the GeoNames lists in ../shared/data/geonames/ where those lists have them
(Darayya, Sahnaya, Damascus; al-Rastan, Talbiseh, Homs; Aleppo, Afrin; Jarablus, Manbij; Daraa, Tafas, Nawa, Dael;
Amman). Neighbourhoods, villages, checkpoints and fronts absent from those lists (Muadamiyat al-Sham, the Mezzeh
airbase, al-Dar al-Kabira, Jabourin, Sheikh Maqsoud, Bani Zaid, Bustan al-Basha, al-Amarneh, Yusuf Beg, Karkamis,
al-Manshiyah, Sijneh, Daraa al-Mahatta) carry their usual spellings and, where useful, their town.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الوفد», «المجلس», «الهيئة») are left out on purpose; «النظام» is
accepted for the Syrian government, as the seed's gold does. Other exceptions, each used only in an article where it
names a single actor: «الضباط» and «الجيش» (181, only ever the Fourth Division officers and the Syrian army),
«الوحدات» and «المرتزقة» (183, only ever the YPG/YPJ and the Fatah Halab factions), «الميليشيا» (184, only ever the
Jarablus Military Council), «الفصائل» (184 and 185, only ever the opposition factions of that article).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ================================================================ actors: shared
CIVILIANS = {"en": ["civilians", "civilian", "residents", "locals", "people"],
             "ar": ["مدنيين", "المدنيين", "مدنيون", "الأهالي", "السكان", "أهالي الحي"]}
SY_REGIME = {"en": ["Syrian government", "Syrian regime", "Syrian army", "Assad forces", "regime forces",
                    "Syrian Arab Army"],
             "ar": ["قوات الأسد", "النظام", "قوات النظام", "الجيش العربي السوري", "وحدات الجيش"]}
SARC = {"en": ["Syrian Arab Red Crescent", "SARC"],
        "ar": ["الهلال الأحمر العربي السوري", "للهلال الأحمر العربي السوري"]}
UN = {"en": ["United Nations", "UN"], "ar": ["الأمم المتحدة"]}
HEZBOLLAH = {"en": ["Hezbollah", "Hizbullah", "Lebanese Hezbollah"], "ar": ["حزب الله", "ميليشيات تتبع لـ\"حزب الله\""]}
RUSSIA = {"en": ["Russia", "Russian military", "Russian air force", "Russian warplanes", "Moscow"],
          "ar": ["روسيا", "الروس", "موسكو", "طائرات حربية يرجّح ناشطون أنها روسية", "الجانب الروسي"]}

# ================================================================ 181: Darayya (opposition local network, 2014)
SY_HELI = merge({"en": ["regime helicopters", "Assad forces' helicopters", "helicopter gunships"],
                 "ar": ["الطيران المروحي التابع لقوات الأسد", "الطيران المروحي", "المروحيات"]}, SY_REGIME)
FOURTH_DIV = merge({"en": ["Fourth Division", "4th Armoured Division", "Fourth Division officers", "officers"],
                    "ar": ["الفرقة الرابعة", "ضباطاً من الفرقة الرابعة", "قوات الفرقة الرابعة", "الضباط"]},
                   SY_REGIME)
DARAYYA_DELEGATION = {"en": ["Darayya notables' delegation", "delegation of Darayya notables", "Darayya notables"],
                      "ar": ["وفد من وجهاء المدينة", "وجهاء المدينة", "وفد الوجهاء", "عضو الوفد"]}
LSI = {"en": ["Liwa Shuhada al-Islam", "Martyrs of Islam Brigade", "Shuhada al-Islam"],
       "ar": ["لواء شهداء الإسلام", "شهداء الإسلام", "اللواء"]}
AJNAD = {"en": ["Islamic Union of Ajnad al-Sham", "Ajnad al-Sham"],
         "ar": ["الاتحاد الإسلامي لأجناد الشام", "أجناد الشام"]}
DARAYYA_FIGHTERS = merge({"en": ["Darayya fighters", "Darayya rebels", "gunmen from Darayya", "fighters",
                                 "Free Syrian Army"],
                          "ar": ["مقاتلي داريا", "عشرين مسلحاً من داريا", "المقاتلون", "المقاتلين"]},
                         LSI, AJNAD)
DARAYYA_CLASH = merge(LSI, AJNAD, FOURTH_DIV)
SY_ARMY_181 = merge({"en": ["Syrian army", "army"], "ar": ["الجيش"]}, SY_REGIME)
DARAYYA_CIVILIANS = merge({"en": ["three civilians", "a woman and her son", "Darayya residents"],
                           "ar": ["ثلاثة مدنيين", "امرأة", "امرأة وابنها", "رجل ستيني"]}, CIVILIANS)
DARAYYA_YOUTH = merge({"en": ["young man", "a young man in his twenties"],
                       "ar": ["شاب في العشرين من عمره", "شاب"]}, CIVILIANS)
DARAYYA_CHILD = merge({"en": ["a twelve-year-old child", "child"], "ar": ["طفلاً في الثانية عشرة", "طفلاً"]},
                      CIVILIANS)
DARAYYA_COUNCIL = {"en": ["Darayya Local Council", "local council", "Local Council media office"],
                   "ar": ["المجلس المحلي لمدينة داريا", "المجلس المحلي", "المكتب الإعلامي للمجلس المحلي"]}
ICRC = {"en": ["International Committee of the Red Cross", "ICRC", "Red Cross"],
        "ar": ["اللجنة الدولية للصليب الأحمر", "الصليب الأحمر"]}
UN_ICRC = merge(UN, ICRC)
AF_INTEL = merge({"en": ["Air Force Intelligence", "Syrian Air Force Intelligence"],
                  "ar": ["المخابرات الجوية", "عناصر من المخابرات الجوية"]}, SY_REGIME)
DARAYYA_DISPLACED = {"en": ["four young men", "displaced Darayya residents", "young men from Darayya"],
                     "ar": ["أربعة شبان", "شبان من أبناء داريا", "أبناء داريا النازحين"]}
DARAYYA_ACTIVISTS = {"en": ["activists", "Darayya activists"], "ar": ["ناشطون في المدينة", "ناشطون"]}
MUADAMIYA_PARTIES = merge({"en": ["Muadamiyat al-Sham", "Muadamiya"], "ar": ["معضمية الشام"]}, SY_REGIME)

DARAYYA = {"accept": ["داريا", "مدينة داريا", "الأحياء الغربية والجنوبية من مدينة داريا", "الحي الجنوبي",
                      "الجامع الكبير", "الغوطة الغربية", "Darayya", "Daraya", "Darayya District"]}
MUADAMIYA = {"accept": ["معضمية الشام", "المعضمية", "مبنى البلدية بمعضمية الشام", "Muadamiyat al-Sham",
                        "Muadamiya", "Moadamiyeh", "Mu'addamiyat ash-Sham"]}
DARAYYA_MUADAMIYA = place(DARAYYA, MUADAMIYA)
MEZZEH_FRONT = place({"accept": ["مطار المزة العسكري", "مطار المزة", "الجبهة الغربية", "البساتين الغربية",
                                 "Mezzeh military airport", "Mezzeh airbase"]}, DARAYYA)
SAHNAYA = {"accept": ["صحنايا", "حاجز صحنايا", "مدخل صحنايا", "حاجز \"الجسر\"", "Sahnaya", "Sahnaya checkpoint"]}
SAHNAYA_DARAYYA = place(SAHNAYA, DARAYYA)
MEZZEH_MUADAMIYA = place({"accept": ["مطار المزة", "محيط مطار المزة", "طريق معضمية الشام", "Mezzeh airbase",
                                     "Mezzeh"]}, MUADAMIYA, DARAYYA)

# ================================================================ 182: al-Rastan and Talbiseh (loyalist network, 2018)
NH_MILITANTS = {"en": ["armed groups", "militants", "terrorists", "rebels", "gunmen"],
                "ar": ["الإرهابيين", "الإرهابيون", "المجموعات المسلحة", "المسلحين", "المسلحون",
                       "الإرهابيين الرافضين لتسوية أوضاعهم"]}
SY_ARMY_NH = merge({"en": ["Syrian Arab Army units"],
                    "ar": ["وحدات الجيش العربي السوري", "وحدات الجيش المرابطة في المنطقة"]}, SY_REGIME)
JABOURIN_GIRLS = merge({"en": ["two girls", "girls", "Jabourin residents"],
                        "ar": ["طفلتين", "الطفلتين", "إحدى الطفلتين"]}, CIVILIANS)
NUSRA_HTS = {"en": ["Hay'at Tahrir al-Sham", "HTS", "Jabhat al-Nusra", "Nusra Front", "al-Nusra"],
             "ar": ["هيئة تحرير الشام", "تحرير الشام", "جبهة النصرة", "مسلحو «جبهة النصرة» الإرهابية", "النصرة"]}
RASTAN_NOTABLES = {"en": ["Rastan notables", "three notables", "reconciliation committee members"],
                   "ar": ["ثلاثة من وجهاء المدينة", "وجهاء المدينة", "المخطوفين"]}
RASTAN_FAMILIES = {"en": ["families of the abducted", "relatives"], "ar": ["عائلات المخطوفين"]}
RUS_SIDE = merge({"en": ["Russian Reconciliation Centre", "Russian military police", "Hmeimim"],
                  "ar": ["مركز المصالحة الروسي في حميميم", "ضباط من مركز المصالحة الروسي", "الشرطة العسكرية الروسية"]},
                 RUSSIA)
NAT_RECONC = {"en": ["National Reconciliation Committee", "reconciliation committee"],
              "ar": ["لجنة المصالحة الوطنية في حمص", "لجنة المصالحة الوطنية", "لجنة المصالحة"]}
RECONC_RUS = merge(NAT_RECONC, RUS_SIDE)
NH_NEGOTIATORS = {"en": ["Negotiation Body", "northern Homs negotiation committee", "rebel negotiators"],
                  "ar": ["ممثلي «هيئة التفاوض»", "هيئة التفاوض"]}
NH_AGREE_PARTIES = merge(NAT_RECONC, RUS_SIDE, NH_NEGOTIATORS)
NH_SETTLERS = {"en": ["people who settled their status", "Rastan and Talbiseh residents"],
               "ar": ["أكثر من ألف وأربعمئة شخص", "أبناء الرستن وتلبيسة"]}
NH_SURRENDERERS = merge({"en": ["those who hand over weapons"], "ar": ["كل من يسلّم سلاحه"]}, NH_MILITANTS)
TALBISEH_RESIDENTS = merge({"en": ["Talbiseh residents"], "ar": ["أهالي تلبيسة"]}, CIVILIANS)

RASTAN_TALBISEH = {"accept": ["الرستن", "تلبيسة", "الرستن وتلبيسة", "الدار الكبيرة", "الريف الشمالي لحمص",
                              "ar-Rastan", "Rastan", "al-Rastan", "Talbiseh", "Talbisah", "Tallbisah",
                              "northern Homs countryside"]}
TALBISEH = {"accept": ["تلبيسة", "الحاجز الشمالي للبلدة", "الأطراف الشمالية لتلبيسة", "Talbiseh", "Talbisah",
                       "Tallbisah"]}
JABOURIN = {"accept": ["جبورين", "قرية جبورين", "أطراف قرية جبورين", "Jabourin", "Jabburin"]}
RASTAN = {"accept": ["الرستن", "مدينة الرستن", "ar-Rastan", "Rastan", "al-Rastan", "Ar Rastan"]}
DAR_KABIRA = {"accept": ["الدار الكبيرة", "بلدة الدار الكبيرة", "al-Dar al-Kabira", "Dar al-Kabirah"]}
HOMS_OLD = {"accept": ["حمص", "أحياء حمص القديمة", "Homs", "Old Homs"]}

# ================================================================ 183: Sheikh Maqsoud, Aleppo (Kurdish agency, 2016)
FATAH_HALAB = {"en": ["Fatah Halab", "Fatah Halab operations room", "rebel factions", "opposition factions",
                      "mercenaries"],
               "ar": ["غرفة عمليات \"فتح حلب\"", "فتح حلب", "المجموعات المرتزقة", "المرتزقة", "فصائل المعارضة"]}
AHRAR = {"en": ["Ahrar al-Sham", "Harakat Ahrar al-Sham al-Islamiyya"],
         "ar": ["حركة أحرار الشام", "أحرار الشام"]}
YPG = {"en": ["People's Protection Units", "YPG", "Women's Protection Units", "YPJ", "YPG/YPJ"],
       "ar": ["وحدات حماية الشعب", "وحدات حماية المرأة", "الوحدات", "القيادة العامة لوحدات حماية الشعب"]}
YPG_FACTIONS = merge(YPG, FATAH_HALAB)
ASAYISH = {"en": ["Asayish", "Kurdish internal security forces", "Asayish forces"],
           "ar": ["قوات الأسايش", "الأسايش"]}
AHRAR_CELL = merge({"en": ["cell", "four-member cell", "cell working for Ahrar al-Sham"],
                    "ar": ["خلية مؤلفة من أربعة أشخاص", "خلية", "أفراد الخلية"]}, AHRAR)
SM_VICTIMS = merge({"en": ["five civilians", "two children", "two brothers and their mother"],
                    "ar": ["خمسة مدنيين", "طفلان", "طفلين شقيقين ووالدتهما"]}, CIVILIANS)
SM_PROTESTERS = merge({"en": ["hundreds of residents", "protesters", "demonstrators"],
                       "ar": ["المئات من أهالي الحي", "المتظاهرون", "أهالي الحي"]}, CIVILIANS)
UN_ORGS = merge(UN, {"en": ["international organisations"], "ar": ["المنظمات الدولية"]})
SM_COUNCIL = {"en": ["Sheikh Maqsoud General Council", "General Council", "neighbourhood council"],
              "ar": ["المجلس العام لحي الشيخ مقصود", "المجلس العام"]}
COALITION_TURKEY = {"en": ["Syrian National Coalition", "Coalition", "Turkey", "Turkish state", "Ankara"],
                    "ar": ["الائتلاف", "الدولة التركية", "أنقرة"]}
SM_NOTABLES = {"en": ["delegation of neighbourhood notables", "Sheikh Maqsoud notables"],
               "ar": ["وفداً من وجهاء الحي", "وجهاء الحي"]}
SHAMIYA = {"en": ["Levant Front", "al-Jabha al-Shamiya", "Jabhat al-Shamiya"], "ar": ["الجبهة الشامية"]}
SM_SNIPER = merge({"en": ["sniper"], "ar": ["قناص متمركز في حي بستان الباشا", "قناص"]}, FATAH_HALAB)
SM_WORKER = merge({"en": ["sanitation worker", "cleaner"], "ar": ["عامل نظافة", "عامل"]}, CIVILIANS)
KURDISH_RC = {"en": ["Kurdish Red Crescent", "Heyva Sor"], "ar": ["الهلال الأحمر الكردي"]}
SM_FAMILIES = merge({"en": ["families", "affected families"], "ar": ["العائلات التي تضررت منازلها", "العائلات"]},
                    CIVILIANS)
SM_REGIME = merge({"en": ["regime forces"], "ar": ["قوات النظام"]}, SY_REGIME)

SHEIKH_MAQSOUD = {"accept": ["الشيخ مقصود", "حي الشيخ مقصود", "الشارع الرئيسي", "حلب", "مدينة حلب",
                             "Sheikh Maqsoud", "Sheikh Maqsud", "Shaykh Maqsud", "Aleppo"]}
SM_FRONT = place({"accept": ["بني زيد", "حي بني زيد", "السكن الشبابي", "دوار الشيحان", "Bani Zaid"]},
                 SHEIKH_MAQSOUD)
SM_BUSTAN = place({"accept": ["بستان الباشا", "حي بستان الباشا", "الطرف الغربي للحي", "Bustan al-Basha"]},
                  SHEIKH_MAQSOUD)
CASTELLO = place({"accept": ["طريق الكاستيلو", "Castello road"]}, SHEIKH_MAQSOUD)

# ================================================================ 184: Jarablus (opposition news site, 2016)
ISIS = {"en": ["Islamic State", "ISIS", "IS", "ISIL", "Daesh"],
        "ar": ["تنظيم الدولة", "«تنظيم الدولة»", "داعش", "التنظيم", "عناصر «تنظيم الدولة»", "عناصر تنظيم الدولة"]}
JB_FAMILY = merge({"en": ["four civilians", "a family", "a man, his wife, their daughter and his nephew"],
                   "ar": ["أربعة مدنيين من عائلة واحدة", "أربعة مدنيين", "امرأة وطفلة", "العائلة"]}, CIVILIANS)
FSA_ES = {"en": ["Free Syrian Army", "FSA", "Euphrates Shield factions", "Turkish-backed rebels", "Hamza Division"],
          "ar": ["فصائل الجيش السوري الحر", "الجيش الحر", "فصائل الجيش الحر", "الفصائل", "فرقة الحمزة",
                 "غرفة عمليات «درع الفرات»", "درع الفرات"]}
JMC_SDF = {"en": ["Jarablus Military Council", "Syrian Democratic Forces", "SDF", "YPG", "Kurdish units"],
           "ar": ["المجلس العسكري لجرابلس", "«المجلس العسكري لجرابلس»", "قوات سوريا الديمقراطية", "قسد", "الميليشيا",
                  "ميليشيات قسد", "الوحدات الكردية"]}
FSA_SDF = merge(FSA_ES, JMC_SDF)
TR_ARMY = {"en": ["Turkish army", "Turkish Armed Forces", "Turkish military", "Turkish artillery",
                  "Turkish warplanes", "Turkish General Staff"],
           "ar": ["الجيش التركي", "قصف مدفعي تركي", "طائرات حربية تركية", "رئاسة الأركان التركية",
                  "الدبابات التركية"]}
ES_COMMANDER = merge({"en": ["Euphrates Shield commander", "commander"],
                      "ar": ["قيادي في غرفة عمليات «درع الفرات»", "قيادي"]}, FSA_ES)
SULTAN_MURAD = merge({"en": ["Sultan Murad Division"], "ar": ["فرقة السلطان مراد", "عناصر من «فرقة السلطان مراد»"]},
                     FSA_ES)
JB_SUSPECTS = {"en": ["five people", "ISIS suspects"], "ar": ["خمسة أشخاص", "أشخاص"]}
TR_RED_CRESCENT = {"en": ["Turkish Red Crescent", "Kizilay"], "ar": ["الهلال الأحمر التركي"]}
JB_RESIDENTS = merge({"en": ["Jarablus residents"], "ar": ["الأهالي في مركز المدينة"]}, CIVILIANS)
SIG = {"en": ["Syrian Interim Government", "Interim Government", "SIG"],
       "ar": ["الحكومة السورية المؤقتة", "وفد من «الحكومة السورية المؤقتة»", "الحكومة المؤقتة"]}
US = {"en": ["United States", "US", "Washington"], "ar": ["الأمريكية", "الولايات المتحدة", "واشنطن"]}

JARABLUS = {"accept": ["جرابلس", "مدينة جرابلس", "الحي الشرقي لمدينة جرابلس", "الحي الغربي لجرابلس",
                       "Jarablus", "Jarabulus", "Jarablus District"]}
AMARNEH = place({"accept": ["العمارنة", "قرية العمارنة", "يوسف بيك", "جنوب جرابلس", "ريف جرابلس الجنوبي",
                            "al-Amarneh", "Amarnah", "Yusuf Beg", "Yusuf Bek"]}, JARABLUS)
YUSUF_BEG = place({"accept": ["يوسف بيك", "قرية يوسف بيك", "محيط القرية", "Yusuf Beg", "Yusuf Bek"]},
                  {"accept": ["جنوب جرابلس", "جرابلس", "Jarablus"]})
JB_SOUTH = place({"accept": ["ريف جرابلس الجنوبي", "قرى ريف جرابلس الجنوبي", "southern Jarablus countryside"]},
                 JARABLUS)
SAJUR = {"accept": ["نهر الساجور", "الضفة الشرقية لنهر الساجور", "منبج", "Sajur river", "Sajur", "Manbij"]}
KARKAMIS_JB = place({"accept": ["معبر قرقميش", "قرقميش", "Karkamis", "Karkamış"]}, JARABLUS)
MANBIJ = {"accept": ["منبج", "Manbij"]}

# ================================================================ 185: Daraa al-Balad (Hauran opposition agency, 2017)
SY_HELI_DR = merge({"en": ["regime helicopters"], "ar": ["مروحيات النظام", "المروحيات"]}, SY_REGIME)
DR_VICTIMS = merge({"en": ["a woman and her child", "woman", "child"], "ar": ["امرأة وطفلها", "المرأة وطفلها"]},
                   CIVILIANS)
BUNYAN = {"en": ["al-Bunyan al-Marsous operations room", "Bunyan al-Marsous", "rebel factions", "opposition factions"],
          "ar": ["غرفة عمليات \"البنيان المرصوص\"", "البنيان المرصوص", "غرفة العمليات", "الفصائل", "مقاتليها"]}
IRAN_MILITIAS = {"en": ["Iranian militias", "Iran-backed militias"], "ar": ["الميليشيات الإيرانية"]}
DR_CLASH = merge(BUNYAN, SY_REGIME, IRAN_MILITIAS)
RUS_US_JO = merge(RUSSIA, {"en": ["United States", "US", "Jordan", "Russian, American and Jordanian officials"],
                           "ar": ["مسؤولين روس وأمريكيين وأردنيين", "روس", "أمريكيين", "أردنيين"]})
DR_RECONC = merge({"en": ["reconciliation committee", "Daraa reconciliation committee"],
                   "ar": ["لجنة المصالحة", "\"لجنة المصالحة\" في درعا المحطة"]}, SY_REGIME)
DR_NOTABLES = {"en": ["Daraa al-Balad notables", "notables"], "ar": ["وجهاء في درعا البلد", "وجهاء"]}
DR_FACTIONS = {"en": ["rebel factions", "opposition factions", "Free Syrian Army"], "ar": ["الفصائل"]}
MIL_SEC = merge({"en": ["Military Security", "Military Security branch"],
                 "ar": ["فرع الأمن العسكري", "الأمن العسكري", "عناصر من فرع الأمن العسكري"]}, SY_REGIME)
DR_STUDENTS = {"en": ["three university students", "students"], "ar": ["ثلاثة طلاب جامعيين", "طلاب"]}
DR_PROTESTERS = merge({"en": ["protesters", "participants"], "ar": ["المشاركون"]}, CIVILIANS)
DARAA_COUNCIL = {"en": ["Free Daraa Provincial Council", "Daraa provincial council"],
                 "ar": ["مجلس محافظة درعا الحرة", "مجلس محافظة درعا"]}
FRIENDS_UN = merge(UN, {"en": ["Friends of the Syrian people", "friendly states"],
                        "ar": ["الدول الصديقة للشعب السوري", "الدول الصديقة"]})
DR_REBELS_SANA = {"en": ["terrorist groups (per SANA)", "rebels", "armed groups"],
                  "ar": ["المجموعات الإرهابية", "\"المجموعات الإرهابية\""]}
DR_MAHATTA_CIV = merge({"en": ["four civilians", "a student"], "ar": ["أربعة مدنيين", "طالبة"]}, CIVILIANS)
DR_REGIME_HZB = merge(SY_REGIME, HEZBOLLAH)

DARAA_BALAD = {"accept": ["درعا البلد", "أحياء درعا البلد", "مخيم درعا", "طريق السد", "حي الأربعين", "درعا",
                          "Daraa al-Balad", "Dar'a al-Balad", "Daraa"]}
SIJNEH = place({"accept": ["حي سجنة", "سجنة", "الأطراف الجنوبية للمدينة", "Sijneh", "Sijnah"]}, DARAA_BALAD)
MANSHIYAH = place({"accept": ["حي المنشية", "المنشية", "al-Manshiyah", "Manshiyeh", "Manshiya"]}, DARAA_BALAD)
AMMAN = {"accept": ["عمّان", "عمان", "العاصمة الأردنية عمّان", "Amman"]}
DARAA_MAHATTA = {"accept": ["درعا المحطة", "حاجز الملعب البلدي", "حي السبيل", "الملعب البلدي", "حي الضاحية",
                            "Daraa al-Mahatta", "Daraa station", "Daraa"]}
TAFAS_NAWA_DAEL = {"accept": ["طفس", "نوى", "داعل", "بلدات طفس ونوى وداعل", "Tafas", "Nawa", "Nawá", "Dael",
                              "Da'el", "Dā‘il"]}
DR_BALAD_OFFER = place(DARAA_BALAD, {"accept": ["درعا المحطة", "Daraa al-Mahatta"]})
