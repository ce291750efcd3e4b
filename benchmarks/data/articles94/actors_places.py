"""Accepted actor names and place names for the ninety-fourth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الحكومة», «الفريق», «المجلس», «الحملة») are left out on
purpose, with these exceptions, each used only in an article where it names a single actor:
- 467 and 468: «التنظيم» (only ever ISIS);
- 468: «الحشد» (only ever the Popular Mobilization Forces);
- 469: «القيادة العامة» (only ever the command of the army aligned with the House of Representatives);
- 470: «المرتزقة» (only ever the Joint Forces and their allies, in this outlet's words).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge

# ============================== 466: Jabal al-Turkman, Kabani, Salma, Rabia (Latakia; 2016)
SY_REGIME = {"en": ["Syrian government forces", "Syrian regime", "Syrian Arab Army",
                    "Military Forces of Syria", "pro-government militias"],
             "ar": ["قوات النظام", "قوات النظام والميليشيات الموالية لها"]}
LATAKIA_FACTIONS = {"en": ["Syrian opposition factions", "rebels", "opposition factions in Latakia"],
                    "ar": ["فصائل المعارضة"]}
HILLS_CLASH = merge(SY_REGIME, LATAKIA_FACTIONS)
RUS_AIR = {"en": ["Russian Air Force", "Russian military", "Russia", "Russian warplanes"],
           "ar": ["طائرات حربية روسية", "وزارة الدفاع الروسية"]}
KABANI_CIVILIANS = {"en": ["six civilians near Kabani", "displaced families near Kabani", "civilians"],
                    "ar": ["ستة مدنيين", "القتلى الستة", "عائلات نازحة"]}
COASTAL_2ND = {"en": ["2nd Coastal Division", "Syrian Turkmen Brigades", "Syrian opposition factions",
                      "rebels"],
               "ar": ["«الفرقة الساحلية الثانية»", "الفرقة الساحلية الثانية"]}
REGIME_MILITIAS = {"en": ["Syrian government forces", "pro-government militias", "Syrian regime"],
                   "ar": ["عناصر الميليشيات", "مصدر عسكري للنظام"]}
HILL_RETAKEN = merge(COASTAL_2ND, REGIME_MILITIAS)
REGIME_SOURCE = {"en": ["Syrian government military source", "Syrian regime", "Syrian government forces"],
                 "ar": ["مصدر عسكري للنظام"]}
TR_AUTHORITIES = {"en": ["Turkish authorities", "Turkey", "Government of Turkey"], "ar": ["السلطات التركية"]}
STRANDED_FAMILIES = {"en": ["families stranded at the border", "displaced families"],
                     "ar": ["العائلات العالقة على الشريط الحدودي", "العائلات العالقة"]}
WOUNDED_37 = {"en": ["thirty-seven wounded", "wounded Syrians"], "ar": ["سبعة وثلاثين جريحاً"]}
DESERT_HAWKS = {"en": ["Syrian government forces", "Desert Hawks Brigade", "pro-government militias",
                       "Syrian regime"],
                "ar": ["قوات النظام", "ميليشيا «صقور الصحراء»"]}
TURKMEN_ASSEMBLY = {"en": ["Syrian Turkmen Assembly", "Syrian Turkmen Council"],
                    "ar": ["المجلس التركماني السوري", "المجلس التركماني"]}
UN_AND_TURKEY = {"en": ["United Nations", "UN", "Turkish government", "Turkey"],
                 "ar": ["الأمم المتحدة والحكومة التركية", "الأمم المتحدة", "الحكومة التركية"]}
RUSSIA = {"en": ["Russia", "Russian military", "Russian Air Force"], "ar": ["روسيا"]}
COASTAL_THREAT_TARGET = {"en": ["Syrian government forces", "Syrian regime"], "ar": ["مواقع قوات النظام"]}
AFAD = {"en": ["AFAD", "Turkish Disaster and Emergency Management Authority", "Turkey"],
        "ar": ["إدارة الكوارث والطوارئ التركية «آفاد»", "«آفاد»", "آفاد"]}
FAMILIES_IN_OPEN = {"en": ["families sleeping in the open", "displaced families"],
                    "ar": ["العائلات التي تبيت في العراء", "للعائلات التي تبيت في العراء"]}
WARPLANES = {"en": ["military aircraft", "Russian Air Force", "Syrian Air Force"], "ar": ["طائرات حربية"]}
RABIA_MEDICS = {"en": ["medical staff of a field hospital in Rabia", "field hospital in Rabia"],
                "ar": ["ثلاثة من أفراد طاقمه الطبي", "مستشفى ميدانياً"]}
SALMA_CLASH_TARGET = {"en": ["Syrian government forces", "Syrian regime"], "ar": ["تجمعات لقوات النظام"]}

# ====================================================== places: 466
KABANI_TURKMAN = {"accept": ["جبل التركمان", "كباني", "Jabal al-Turkman", "Turkman Mountain", "Kabani",
                             "Kbani"]}
KABANI = {"accept": ["بلدة كباني", "كباني", "Kabani", "Kbani", "Jabal al-Akrad"]}
YAMADIYAH = {"accept": ["مخيمات اليمضية", "اليمضية", "al-Yamadiyah camps", "Yamadiyah", "Yamadi"]}
AIN_BAYDA = {"accept": ["مخيم عين البيضا", "عين البيضا", "Ain al-Bayda camp", "Ain al-Bayda"]}
SALMA = {"accept": ["بلدة سلمى", "ناحية سلمى", "سلمى", "Salma", "Slinfah"]}
LATAKIA_CS = {"accept": ["ريف اللاذقية", "اللاذقية", "Latakia countryside", "Latakia"]}
KHIRBET_JOUZ = {"accept": ["بلدة خربة الجوز", "خربة الجوز", "Khirbet al-Jouz", "Khirbat al-Jawz"]}
RABIA_LATAKIA = {"accept": ["بلدة ربيعة", "ربيعة", "Rabia", "Rabiaa"]}

# ============================== 467: al-Tabqa, the Euphrates dam, al-Mansoura, al-Karama (Raqqa; 2017)
SDF = {"en": ["Syrian Democratic Forces", "SDF", "Operation Wrath of Euphrates"],
       "ar": ["قوات سوريا الديمقراطية", "القيادة العامة لحملة «غضب الفرات»", "حملة «غضب الفرات»"]}
DAM_ENGINEERS = {"en": ["Euphrates Dam engineers", "dam engineers and technicians"],
                 "ar": ["مهندسون من العاملين في السد", "أحد عشر مهندساً وفنياً", "المهندسين"]}
ISIS = {"en": ["Islamic State", "ISIS", "IS", "ISIL", "Daesh"],
        "ar": ["تنظيم «داعش»", "داعش", "عناصر تنظيم «داعش»", "التنظيم", "مسلحو التنظيم", "عناصر التنظيم",
               "مسلحي التنظيم"]}
COALITION = {"en": ["US-led coalition", "International coalition", "Global Coalition against Daesh",
                    "Military Forces of the United States"],
             "ar": ["طيران التحالف الدولي", "التحالف الدولي", "طائرات التحالف", "طيران التحالف", "التحالف"]}
DAM_WORKERS = {"en": ["three maintenance workers at the Euphrates Dam", "dam workers"],
               "ar": ["ثلاثة من عمال الصيانة", "العمال الثلاثة", "جثث العمال"]}
AMAQ_ISIS = {"en": ["Islamic State", "ISIS", "Amaq News Agency", "Daesh"],
             "ar": ["وكالة «أعماق» التابعة للتنظيم", "وكالة «أعماق»", "التنظيم"]}
SDF_SPOKESMAN = {"en": ["SDF spokesman", "Syrian Democratic Forces", "SDF"],
                 "ar": ["المتحدث الرسمي باسم حملة «غضب الفرات»", "حملة «غضب الفرات»"]}
AIN_ISSA_COMMITTEE = {"en": ["Ain Issa emergency committee", "emergency committee"],
                      "ar": ["لجنة الطوارئ في بلدة عين عيسى", "لجنة الطوارئ"]}
RIVER_VILLAGERS = {"en": ["residents of riverside villages between al-Mansoura and al-Karama", "residents"],
                   "ar": ["أهالي القرى الواقعة على ضفتي النهر", "أهالي القرى"]}
MANSOURA_FAMILIES = {"en": ["families in al-Mansoura", "civilians in al-Mansoura"], "ar": ["عشرات العائلات"]}
SDF_COALITION_REPS = {"en": ["Syrian Democratic Forces", "SDF", "US-led coalition",
                             "International coalition"],
                      "ar": ["ممثلون عن الحملة والتحالف الدولي"]}
TRIBAL_NOTABLES = {"en": ["tribal notables and former dam engineers", "tribal notables"],
                   "ar": ["وجهاء من عشائر المنطقة", "مهندسين سابقين في السد"]}
SDF_COMMAND = {"en": ["Syrian Democratic Forces", "SDF", "SDF general command"],
               "ar": ["القيادة العامة للحملة"]}
KURDISH_RC = {"en": ["Kurdish Red Crescent", "Heyva Sor a Kurd"],
              "ar": ["«الهلال الأحمر الكردي»", "الهلال الأحمر الكردي"]}
KARAMA_CIVILIANS = {"en": ["four civilians in al-Karama", "civilians at a bakery"], "ar": ["أربعة مدنيين"]}
SDF_ISIS = {"en": ["Syrian Democratic Forces", "SDF", "Islamic State", "ISIS"],
            "ar": ["مقاتلي قوات سوريا الديمقراطية", "مسلحي التنظيم"]}
LOCAL_NGO = {"en": ["local organisation", "local NGO"], "ar": ["منظمة محلية"]}
TABQA_IDPS = {"en": ["displaced families from the southern Tabqa countryside", "displaced people"],
              "ar": ["عائلات وصلت من قرى ريف الطبقة الجنوبي"]}

# ====================================================== places: 467
EUPHRATES_DAM = {"accept": ["سد الفرات", "الطبقة", "Euphrates Dam", "Tabqa Dam", "al-Thawra Dam", "al-Tabqa",
                            "Tabqa"]}
TABQA = {"accept": ["مدينة الطبقة", "الطبقة", "al-Tabqa", "Tabqa", "al-Thawra"]}
MANSOURA = {"accept": ["المنصورة", "al-Mansoura", "Mansura", "al-Mansurah"]}
MANSOURA_KARAMA = {"accept": ["المنصورة", "الكرامة", "al-Mansoura", "al-Karama", "Mansura", "Karamah"]}
KARAMA = {"accept": ["بلدة الكرامة", "الكرامة", "al-Karama", "Karamah"]}
AIN_ISSA = {"accept": ["عين عيسى", "Ain Issa", "Ayn Issa", "Ayn Isa"]}

# ============================== 468: al-Muhallabiyah, al-Ayadiya, Rabia, Badush (Nineveh; 2017)
PMF = {"en": ["Popular Mobilization Forces", "PMF", "Hashd al-Shaabi", "al-Hashd al-Shaabi"],
       "ar": ["الحشد الشعبي", "مقاتلي الحشد الشعبي", "سواتر الحشد", "الحشد"]}
ISIS_468 = {"en": ["Islamic State", "ISIS", "IS", "ISIL", "Daesh"],
            "ar": ["تنظيم «داعش»", "مسلحو تنظيم «داعش»", "داعش", "التنظيم", "مواقع للتنظيم"]}
ISIS_PMF = merge(ISIS_468, PMF)
ISIS_ATTACKERS = {"en": ["Islamic State", "ISIS", "Daesh"], "ar": ["المهاجمين", "مسلحيه"]}
IQ_AIR_COALITION = {"en": ["Iraqi Air Force", "Military Forces of Iraq", "US-led coalition",
                           "International coalition"],
                    "ar": ["طائرات القوة الجوية العراقية", "طيران التحالف الدولي"]}
IQ_ARMY_FEDPOL = {"en": ["Iraqi army", "Iraqi Federal Police", "Military Forces of Iraq",
                         "Police Forces of Iraq"],
                  "ar": ["قطعات الجيش والشرطة الاتحادية", "أرتال من قطعات الجيش"]}
ASAYISH = {"en": ["Asayish", "Kurdistan Region security forces", "Kurdish security forces"],
           "ar": ["قوات «الأسايش» الكردية", "«الأسايش»", "الأسايش"]}
SIX_MEN = {"en": ["six displaced men from al-Ayadiya", "displaced men"], "ar": ["ستة رجال", "الرجال الستة"]}
AYADIYA_YOUTHS = {"en": ["three young men in al-Ayadiya"], "ar": ["ثلاثة شبان"]}
WOULD_BE_LEAVERS = {"en": ["residents trying to flee al-Ayadiya", "civilians in al-Ayadiya"],
                    "ar": ["كل من يحاول الهرب"]}
IQ_AIRCRAFT = {"en": ["Iraqi Air Force", "Military Forces of Iraq"], "ar": ["طائرات عراقية"]}
MUHALLABIYAH_AYADIYA_RESIDENTS = {"en": ["residents of al-Muhallabiyah and al-Ayadiya", "civilians"],
                                  "ar": ["الأهالي", "الشباب"]}
MIGRATION_MINISTRY = {"en": ["Ministry of Migration and Displacement", "Iraqi government"],
                      "ar": ["وزارة الهجرة والمهجرين", "وزارة الهجرة"]}
EXPECTED_IDPS = {"en": ["displaced people expected from western Nineveh", "displaced people"],
                 "ar": ["النازحين المتوقعين"]}
JOC = {"en": ["Joint Operations Command", "Military Forces of Iraq", "Iraqi military"],
       "ar": ["ضباط من قيادة العمليات المشتركة", "قيادة العمليات المشتركة"]}
PESHMERGA = {"en": ["Peshmerga", "Kurdish Peshmerga", "Military Forces of Iraq Kurdistan Region"],
             "ar": ["قادة في قوات البيشمركة", "قوات البيشمركة"]}
FEDPOL = {"en": ["Iraqi Federal Police", "Police Forces of Iraq"],
          "ar": ["عجلة تابعة للشرطة الاتحادية", "الشرطة الاتحادية"]}
NINEVEH_COUNCIL_MEMBER = {"en": ["Nineveh Provincial Council member", "Nineveh Provincial Council"],
                          "ar": ["عضو في مجلس محافظة نينوى", "مجلس محافظة نينوى"]}
IQ_FEDERAL_GOV = {"en": ["Iraqi federal government", "Government of Iraq", "Iraqi government"],
                  "ar": ["الحكومة الاتحادية"]}
WFP = {"en": ["World Food Programme", "WFP"], "ar": ["برنامج الأغذية العالمي"]}
RABIA_ARRIVALS = {"en": ["displaced families at the Rabia reception centre", "displaced people"],
                  "ar": ["العائلات الواصلة إلى مركز الاستقبال"]}

# ====================================================== places: 468
MUHALLABIYAH = {"accept": ["ناحية المحلبية", "المحلبية", "al-Muhallabiyah", "Muhallabiyah", "al-Mahlabiya"]}
AYADIYA = {"accept": ["ناحية العياضية", "العياضية", "al-Ayadiya", "Ayadiyah", "al-Ayadhiya"]}
AYADIYA_MUHALLABIYAH = {"accept": ["العياضية", "المحلبية", "al-Ayadiya", "al-Muhallabiyah", "Ayadiyah",
                                   "Muhallabiyah"]}
BADUSH = {"accept": ["ناحية بادوش", "بادوش", "Badush", "Badoush"]}
RABIA_NINEVEH = {"accept": ["ناحية ربيعة", "مركز ربيعة", "ربيعة", "Rabia", "Rabiah", "Rabiaa"]}
HAMMAM_ALIL = {"accept": ["ناحية حمام العليل", "حمام العليل", "Hammam al-Alil", "Hamam al-Alil"]}
NINEVEH = {"accept": ["محافظة نينوى", "نينوى", "Nineveh", "Nineveh Governorate", "Ninawa"]}

# ============================== 469: Ganfouda, al-Sabri, Souq al-Hout, al-Majouri (Benghazi; 2016)
LNA_COMMAND = {"en": ["Libyan National Army", "LNA", "Operation Dignity",
                      "House of Representatives-aligned army", "Military Forces of Libya"],
               "ar": ["القيادة العامة للجيش التابع لمجلس النواب", "الجيش التابع لمجلس النواب",
                      "القيادة العامة"]}
GANFOUDA_CIVILIANS = {"en": ["civilians trapped in Ganfouda", "families trapped in Ganfouda"],
                      "ar": ["النساء والأطفال وكبار السن المحاصرين", "المحاصرين في منطقة قنفودة"]}
BRSC = {"en": ["Benghazi Revolutionaries Shura Council", "BRSC", "Shura Council of Benghazi Revolutionaries"],
        "ar": ["مجلس شورى ثوار بنغازي", "«شورى ثوار بنغازي»", "شورى ثوار بنغازي", "مسلحي المجلس",
               "المكتب الإعلامي للمجلس"]}
UNITED_NATIONS = {"en": ["United Nations", "UN", "UNSMIL"], "ar": ["الأمم المتحدة"]}
LNA_BRSC = {"en": ["Libyan National Army", "LNA", "Benghazi Revolutionaries Shura Council", "BRSC"],
            "ar": ["قوات الكتيبة المرابطة على محور قنفودة", "مسلحي المجلس", "جنود الجيش"]}
LIBYAN_RC = {"en": ["Libyan Red Crescent", "Libyan Red Crescent Benghazi branch"],
             "ar": ["فريق من الهلال الأحمر الليبي فرع بنغازي", "الهلال الأحمر الليبي فرع بنغازي",
                    "الهلال الأحمر الليبي"]}
FOUR_FAMILIES = {"en": ["four families from Ganfouda", "trapped families"], "ar": ["أربع عائلات"]}
LNA_SPOKESMAN = {"en": ["LNA spokesman", "Libyan National Army", "LNA"], "ar": ["الناطق باسم القيادة العامة"]}
TERROR_GROUPS_469 = {"en": ["Benghazi Revolutionaries Shura Council", "BRSC", "Islamist militias"],
                     "ar": ["«المجموعات الإرهابية»", "المجموعات الإرهابية"]}
GANFOUDA_GUNMEN = {"en": ["Benghazi Revolutionaries Shura Council", "BRSC", "gunmen in Ganfouda"],
                   "ar": ["المسلحين", "المسلحون"]}
EGYPTIAN_WORKER = {"en": ["an Egyptian worker in Ganfouda", "foreign worker"], "ar": ["عاملاً مصرياً"]}
NOTABLES_RC = {"en": ["Benghazi notables and Libyan Red Crescent", "Benghazi notables",
                      "Libyan Red Crescent"],
               "ar": ["وفد من أعيان بنغازي وممثلون عن الهلال الأحمر", "وفد من أعيان بنغازي", "أعيان بنغازي"]}
LNA_OFFICIALS = {"en": ["Libyan National Army officials", "Libyan National Army", "LNA"],
                 "ar": ["مسؤولين في القيادة العامة", "القيادة العامة"]}
UNSMIL = {"en": ["UNSMIL", "United Nations Support Mission in Libya", "United Nations"],
          "ar": ["بعثة الأمم المتحدة للدعم في ليبيا «أونسميل»", "«أونسميل»", "أونسميل"]}
GANFOUDA_COMMANDER = {"en": ["Ganfouda front operations room commander", "Libyan National Army", "LNA"],
                      "ar": ["آمر غرفة عمليات محور قنفودة"]}
EIGHT_FAMILIES = {"en": ["eight families on the Red Crescent's list", "trapped families"],
                  "ar": ["ثماني عائلات أخرى", "ثماني عائلات"]}
LNA_ARTILLERY = {"en": ["Libyan National Army", "LNA"], "ar": ["مدفعية الجيش"]}
SABRI_GUNMEN = {"en": ["Benghazi Revolutionaries Shura Council", "BRSC", "gunmen in al-Sabri"],
                "ar": ["مواقع للمسلحين"]}
BOTH_SIDES_469 = {"en": ["Libyan National Army", "Benghazi Revolutionaries Shura Council", "both sides"],
                  "ar": ["الطرفين"]}
MAJOURI_PUPILS = {"en": ["two pupils in al-Majouri"], "ar": ["طالبين"]}

# ====================================================== places: 469
GANFOUDA = {"accept": ["منطقة قنفودة", "قنفودة", "محور قنفودة", "Ganfouda", "Qanfudah", "Benghazi"]}
SABRI_HOUT = {"accept": ["الصابري", "سوق الحوت", "محور الصابري وسوق الحوت", "al-Sabri", "Souq al-Hout",
                         "Sabri", "Benghazi"]}
MARJ = {"accept": ["مدينة المرج", "المرج", "al-Marj", "Marj"]}
MAJOURI = {"accept": ["حي الماجوري", "الماجوري", "al-Majouri", "Majuri", "Benghazi"]}
BENGHAZI = {"accept": ["بنغازي", "Benghazi"]}

# ============================== 470: Hodeidah, its port, Kilo 16, Hays, al-Durayhimi (Hodeidah; 2018)
JOINT_FORCES = {"en": ["Yemeni Joint Forces", "Joint Forces", "Saudi-led coalition", "pro-government forces",
                       "Military Forces of Yemen"],
                "ar": ["مرتزقة العدوان", "المرتزقة"]}
HODEIDAH_CIVILIANS = {"en": ["three civilians in Hodeidah", "civilians in eastern Hodeidah"],
                      "ar": ["ثلاثة مدنيين", "منازل المواطنين", "الشهداء الثلاثة"]}
HOUTHI_SPOKESMAN = {"en": ["Houthi military spokesman", "Houthis", "Ansar Allah"],
                    "ar": ["ناطق القوات المسلحة في صنعاء", "ناطق القوات المسلحة"]}
AGGRESSION_COALITION = {"en": ["Saudi-led coalition", "Arab coalition", "Military Forces of Saudi Arabia"],
                        "ar": ["تحالف العدوان"]}
JF_COMMAND = {"en": ["Yemeni Joint Forces", "Joint Forces", "Government of Yemen"],
              "ar": ["قيادة ما يسمى «القوات المشتركة»", "«القوات المشتركة»", "وسائل إعلام حكومة المرتزقة"]}
HOUTHI_FORCES = {"en": ["Houthis", "Ansar Allah", "Houthi forces"],
                 "ar": ["«الجيش واللجان الشعبية»", "الجيش واللجان الشعبية"]}
HOUTHI_MIL_SOURCE = {"en": ["Houthis", "Ansar Allah", "Houthi military source"],
                     "ar": ["مصدر عسكري في صنعاء", "المصدر العسكري في صنعاء"]}
UN_TEAM = {"en": ["UN monitoring team", "UN monitors", "United Nations"],
           "ar": ["فريق المراقبين الأمميين", "الفريق الأممي"]}
RED_SEA_PORTS = {"en": ["Red Sea Ports Corporation"],
                 "ar": ["مسؤولين في مؤسسة موانئ البحر الأحمر", "مؤسسة موانئ البحر الأحمر"]}
BOTH_SIDES_470 = {"en": ["Houthis", "Yemeni Joint Forces", "both sides"], "ar": ["الطرفين"]}
JF_REINFORCEMENTS = {"en": ["Yemeni Joint Forces", "Joint Forces", "pro-government forces"],
                     "ar": ["تعزيزات جديدة للمرتزقة", "للمرتزقة"]}
AGGRESSION = {"en": ["Saudi-led coalition", "Arab coalition", "Yemeni Joint Forces"], "ar": ["العدوان"]}
AGGRESSION_FORCES = {"en": ["Saudi-led coalition", "Yemeni Joint Forces", "Joint Forces"],
                     "ar": ["قوى العدوان"]}
HAYS_FARMERS = {"en": ["farmers in Hays"], "ar": ["مزارع المواطنين"]}
HODEIDAH_AUTHORITY = {"en": ["Houthi-run Hodeidah local authority", "Houthis", "Ansar Allah"],
                      "ar": ["السلطة المحلية في محافظة الحديدة"]}
UNITED_NATIONS_470 = {"en": ["United Nations", "UN"], "ar": ["الأمم المتحدة"]}
RCC = {"en": ["Redeployment Coordination Committee", "RCC", "United Nations"],
       "ar": ["لجنة تنسيق إعادة الانتشار"]}
AGGRESSION_AIR = {"en": ["Saudi-led coalition air force", "Arab coalition",
                         "Military Forces of Saudi Arabia"],
                  "ar": ["طيران العدوان"]}
DURAYHIMI_CIVILIANS = {"en": ["four civilians in al-Durayhimi"], "ar": ["أربعة مدنيين"]}
STOCKHOLM_PARTIES = {"en": ["Houthis", "Government of Yemen", "Stockholm Agreement parties"],
                     "ar": ["اتفاق السويد"]}

# ====================================================== places: 470
HODEIDAH_CITY = {"accept": ["مدينة الحديدة", "الحديدة", "Hodeidah", "Hudaydah", "al-Hudaydah"]}
HODEIDAH_PORT = {"accept": ["ميناء الحديدة", "ميناء المدينة", "Hodeidah port", "port of Hodeidah",
                            "Hodeidah"]}
KILO16_PORTS = {"accept": ["كيلو 16", "الموانئ الثلاثة", "Kilo 16", "Hodeidah port", "Hodeidah"]}
KILO16 = {"accept": ["كيلو 16", "Kilo 16", "Kilo Sixteen"]}
HAYS = {"accept": ["مديرية حيس", "حيس", "Hays", "Hais"]}
DURAYHIMI = {"accept": ["مدينة الدريهمي", "الدريهمي", "al-Durayhimi", "Durayhimi", "ad-Durayhimi"]}
RIMBO = {"accept": ["ريمبو", "Rimbo", "Stockholm", "Sweden"]}
