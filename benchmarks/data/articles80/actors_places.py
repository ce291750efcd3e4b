"""Accepted actor names and place names for the eightieth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الحكومة», «الوفد») are left out on purpose, with these
exceptions, each used only in an article where it names a single actor:
- 396: «الألوية» (only ever «ألوية فجر الجولان»), «النظام» (the Syrian government and its forces), «الطرفين»
  (the two parties to the truce and the exchange), «لجنة الوساطة» (the mediation committee of notables);
- 397: «الوحدات» is not accepted (it is a common word); «التنظيم» (only ever ISIS), «أنقرة» (the Turkish
  government), «الفصائل» (the opposition factions in the clash east of Marea);
- 398: «المتسللين» (only ever the armed group that crossed from Syria), «الحكومة الاتحادية» (the Iraqi federal
  government), «قيادة العمليات» (the Nineveh Operations Command);
- 399: «الشاب» (the young man killed in Khiam, in the main event's paragraphs), «المعتصمين» (the sit-in in
  front of the Marjayoun serail), «المحتجين» (the protesters blocking the road into Khiam), «رئيس البلدية»
  (the mayor of Bint Jbeil);
- 400: «مجلس الشورى» (only ever the Derna Mujahideen Shura Council), «سلاح الجو» (the LNA's air force),
  «الحاكم العسكري» (the military governor of the Derna–Bin Jawad area).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge

# ====================================================== 396: Jubata al-Khashab, Khan Arnabah, al-Baath city,
# al-Hamidiyah (Quneitra; 2014)
ALWIYA = {"en": ["Alwiya Fajr al-Golan", "Golan Dawn Brigades", "Syrian opposition", "rebels"],
          "ar": ["«ألوية فجر الجولان»", "ألوية فجر الجولان", "الألوية"]}
SY_GOV_FORCES = {"en": ["Syrian government forces", "Syrian regime forces", "Syrian Arab Army",
                        "Military Forces of Syria"],
                 "ar": ["قوات النظام", "النظام"]}
EXCHANGE_PARTIES = merge(ALWIYA, SY_GOV_FORCES)
SY_BAATH_FORCES = {"en": ["Syrian government forces", "Syrian regime forces", "Syrian Arab Army",
                          "Military Forces of Syria"],
                   "ar": ["قوات النظام المتمركزة في مدينة البعث", "قوات النظام"]}
JUBATA_FIGHTERS = {"en": ["three fighters of Alwiya Fajr al-Golan", "rebel fighters", "Syrian opposition"],
                   "ar": ["ثلاثة من مقاتلي الألوية", "مقاتلي الألوية", "المقاتلين الثلاثة"]}
REGIME_MIL_SOURCE = {"en": ["Syrian military source", "Syrian government forces", "Syrian regime"],
                     "ar": ["مصدر عسكري", "صفحات موالية للنظام"]}
REGIME_TERRORISTS = {"en": ["Alwiya Fajr al-Golan", "rebels", "Syrian opposition", "armed groups"],
                     "ar": ["«المجموعات الإرهابية»", "المجموعات الإرهابية", "مسلحون"]}
ALWIYA_SPOKESMAN = merge({"en": ["spokesman of Alwiya Fajr al-Golan"], "ar": ["المتحدث باسم الألوية"]},
                         ALWIYA)
REBEL_GUNMEN = {"en": ["rebel gunmen", "Syrian opposition"], "ar": ["مسلحون"]}
ALWIYA_REPS = merge({"en": ["representatives of Alwiya Fajr al-Golan"], "ar": ["ممثلون عن الألوية"]}, ALWIYA)
SY_MIL_SECURITY = {"en": ["Syrian Military Security", "Military Intelligence Directorate",
                          "Syrian government"],
                   "ar": ["ضباط من فرع الأمن العسكري", "فرع الأمن العسكري", "الأمن العسكري"]}
BOTH_PARTIES_396 = {"en": ["Alwiya Fajr al-Golan", "Syrian government", "both parties"],
                    "ar": ["ممثلي الطرفين", "الطرفين", "الطرفان"]}
TRUCE_PARTIES = merge({"en": [], "ar": ["الألوية وقوات النظام"]}, ALWIYA, SY_GOV_FORCES)
ALWIYA_COMMANDER = merge({"en": ["military commander of Alwiya Fajr al-Golan", "rebel commander"],
                          "ar": ["القائد العسكري للألوية"]}, ALWIYA)
SY_REGIME = {"en": ["Syrian government", "Syrian regime", "Syrian government forces"], "ar": ["النظام"]}
JUBATA_RESIDENTS = {"en": ["residents of Jubata al-Khashab", "residents"], "ar": ["الأهالي"]}
FIVE_DETAINEES = {"en": ["five detainees", "detainees"], "ar": ["خمسة معتقلين آخرين", "المعتقلين الخمسة"]}
MEDIATION_HEAD = {"en": ["head of the mediation committee", "mediation committee", "Golan clan notables"],
                  "ar": ["رئيس لجنة الوساطة", "لجنة الوساطة"]}
MEDIATION = {"en": ["mediation committee", "Golan clan notables", "mediators"], "ar": ["لجنة الوساطة"]}
ALWIYA_MEDIA = merge({"en": ["media office of Alwiya Fajr al-Golan"], "ar": ["المكتب الإعلامي للألوية"]},
                     ALWIYA)
ICRC = {"en": ["International Committee of the Red Cross", "ICRC", "Red Cross"],
        "ar": ["اللجنة الدولية للصليب الأحمر", "الصليب الأحمر"]}
OLD_MEDIATORS = {"en": ["two members of an earlier mediation committee", "mediators", "civilians"],
                 "ar": ["اثنان من أعضاء لجنة وساطة سابقة", "أعضاء لجنة وساطة سابقة"]}

# ====================================================== places: 396
KHAN_JUBATA = {"accept": ["خان أرنبة", "جباتا الخشب", "Khan Arnabah", "Khan Arnaba", "Khan Arnabeh",
                          "Jubata al-Khashab", "Jubbata al-Khashab", "Jabata al-Khashab", "Quneitra"]}
JUBATA = {"accept": ["جباتا الخشب", "بلدة جباتا الخشب", "Jubata al-Khashab", "Jubbata al-Khashab",
                     "Jabata al-Khashab", "Jubata"]}
AL_BAATH = {"accept": ["مدينة البعث", "البعث", "al-Baath", "Madinat al-Baath", "Baath City", "Baath"]}
JUBATA_BAATH = {"accept": ["جباتا الخشب", "مدينة البعث", "Jubata al-Khashab", "Jubbata al-Khashab",
                           "al-Baath", "Madinat al-Baath", "Baath City"]}
HAMIDIYAH = {"accept": ["الحميدية", "بلدة الحميدية", "al-Hamidiyah", "Hamidiyah", "al-Hamidiya", "Hamidiya"]}
KHAN_ARNABAH = {"accept": ["خان أرنبة", "Khan Arnabah", "Khan Arnaba", "Khan Arnabeh"]}

# ====================================================== 397: Azaz, Marea, Tal Rifaat, al-Bab (northern
# Aleppo countryside; 2016)
AZAZ_CIVILIANS = {"en": ["five civilians", "civilians", "bread queue"],
                  "ar": ["خمسة مدنيين", "مدنيين", "ضحايا التفجير"]}
LEVANT_FRONT = {"en": ["Levant Front", "al-Jabhat al-Shamiyah", "Jabhat al-Shamiya", "Syrian opposition"],
                "ar": ["«الجبهة الشامية»", "الجبهة الشامية"]}
ISIS = {"en": ["Islamic State", "ISIS", "IS", "ISIL", "Daesh"],
        "ar": ["تنظيم «داعش»", "«داعش»", "داعش", "التنظيم"]}
ISIS_CELLS = merge({"en": ["ISIS sleeper cells", "sleeper cells"],
                    "ar": ["«الخلايا النائمة»", "الخلايا النائمة"]}, ISIS)
AZAZ_POLICE = {"en": ["Free Syrian Police", "Azaz Free Police", "Syrian opposition police"],
               "ar": ["قيادة الشرطة الحرة في أعزاز", "الشرطة الحرة"]}
AZAZ_SUSPECTS = {"en": ["three suspects", "suspects"], "ar": ["ثلاثة أشخاص", "الموقوفين"]}
REBELS_ISIS = {"en": ["Syrian opposition", "rebels", "opposition factions", "Islamic State", "ISIS", "IS",
                      "Daesh"],
               "ar": ["فصائل المعارضة", "الفصائل", "مقاتلي تنظيم «داعش»", "تنظيم «داعش»", "التنظيم"]}
TR_ARTILLERY = {"en": ["Turkish Armed Forces", "Turkish army", "Turkish artillery", "Turkey"],
                "ar": ["المدفعية التركية المتمركزة على الحدود", "المدفعية التركية"]}
YPG = {"en": ["People's Protection Units", "YPG", "Kurdish People's Protection Units",
              "Syrian Democratic Forces"],
       "ar": ["«وحدات حماية الشعب» الكردية", "«وحدات حماية الشعب»", "وحدات حماية الشعب"]}
AZAZ_COUNCIL_HEAD = {"en": ["head of the Azaz local council", "Azaz Local Council"],
                     "ar": ["رئيس المجلس المحلي لمدينة أعزاز", "المجلس المحلي لمدينة أعزاز"]}
TR_GOV = {"en": ["Turkish government", "Turkey", "Government of Turkey"], "ar": ["الحكومة التركية"]}
TR_AUTHORITIES = {"en": ["Turkish authorities", "Turkish government", "Turkey"], "ar": ["السلطات التركية"]}
AFAD = {"en": ["AFAD", "Turkish Disaster and Emergency Management Authority", "Turkey"],
        "ar": ["إدارة الكوارث والطوارئ التركية «آفاد»", "إدارة الكوارث والطوارئ التركية", "«آفاد»", "آفاد"]}
ISIS_HISBA = merge({"en": ["ISIS Hisba", "ISIS religious police"],
                    "ar": ["«جهاز الحسبة» التابع لتنظيم «داعش»", "«جهاز الحسبة»", "جهاز الحسبة"]}, ISIS)
AL_BAB_YOUTHS = {"en": ["dozens of young men", "residents of al-Bab", "civilians"], "ar": ["عشرات الشبان"]}
AZAZ_DELEGATION = {"en": ["Azaz Local Council", "Azaz local council delegation",
                          "Syrian opposition factions"],
                   "ar": ["وفد من المجلس المحلي لأعزاز", "المجلس المحلي لأعزاز"]}
KILIS_GOVERNOR = {"en": ["Governor of Kilis", "Kilis governor", "Turkish government", "Turkey"],
                  "ar": ["والي كلس"]}
TURKEY_ANKARA = {"en": ["Turkey", "Turkish government", "Government of Turkey"], "ar": ["أنقرة"]}
INTL_PARTIES = {"en": ["international community", "international parties"], "ar": ["«الأطراف الدولية»"]}
BUS_VICTIMS = {"en": ["seven people", "four students", "civilians"], "ar": ["سبعة أشخاص", "أربعة طلاب"]}

# ====================================================== places: 397
AZAZ = {"accept": ["مدينة أعزاز", "أعزاز", "Azaz", "A'zaz", "Aazaz", "Izaz", "Iʿzaz"]}
TAL_MALID = {"accept": ["قرية تل مالد", "تل مالد", "مارع", "Tal Malid", "Tell Malid", "Marea", "Mare'",
                        "Mari'"]}
TAL_RIFAAT = {"accept": ["مدينة تل رفعت", "تل رفعت", "مطار منغ العسكري", "منغ", "Tal Rifaat", "Tell Rifaat",
                         "Tal Refaat", "Menagh", "Minnigh"]}
BAB_SALAMA = {"accept": ["معبر باب السلامة", "باب السلامة", "Bab al-Salama", "Bab al-Salameh", "Bab al-Salam",
                         "أعزاز", "Azaz"]}
AL_BAB = {"accept": ["مدينة الباب", "الباب", "al-Bab", "Al Bab"]}
KILIS = {"accept": ["كلس", "Kilis"]}
MAREA_ROAD = {"accept": ["الطريق بين مارع وأعزاز", "مارع", "Marea", "Mare'", "Marea–Azaz road"]}

# ====================================================== 398: Sinjar, Tal Afar, Rabia, Bashiqa (Nineveh; 2013)
NINEVEH_OPS = {"en": ["Nineveh Operations Command", "Iraqi Army", "Military Forces of Iraq"],
               "ar": ["قيادة عمليات نينوى", "قيادة العمليات"]}
BORDER_GUARDS = {"en": ["Iraqi Border Guard", "Iraqi Border Guards", "Department of Border Enforcement",
                        "Military Forces of Iraq"],
                 "ar": ["دورية لقوات حرس الحدود", "قوات حرس الحدود", "حرس الحدود"]}
INFILTRATORS = {"en": ["armed infiltrators", "gunmen from Syria", "unidentified armed group"],
                "ar": ["مجموعة مسلحة تسللت من الأراضي السورية", "مجموعة مسلحة", "المسلحين المتسللين",
                       "المتسللين", "المسلحين"]}
BORDER_CLASH = merge(BORDER_GUARDS, INFILTRATORS)
IQ_GROUND_FORCES = {"en": ["Iraqi Ground Forces Command", "Iraqi Army", "3rd Division",
                           "Military Forces of Iraq"],
                    "ar": ["قيادة القوات البرية", "الفرقة الثالثة في الجيش العراقي", "الجيش العراقي"]}
IQ_DEF_MINISTER = {"en": ["Iraqi Minister of Defence", "acting Minister of Defence",
                          "Iraqi Ministry of Defence", "Government of Iraq"],
                   "ar": ["وزير الدفاع وكالةً", "وزير الدفاع"]}
BORDER_POSTS = merge({"en": ["border posts"], "ar": ["مخافر الحدود"]}, BORDER_GUARDS)
BORDER_POLICE = {"en": ["Iraqi Border Police", "Iraqi Border Guard", "Police Forces of Iraq"],
                 "ar": ["مفرزة من شرطة الحدود", "شرطة الحدود"]}
SMUGGLERS = {"en": ["smugglers", "fuel smuggling network", "truck drivers"],
             "ar": ["سائقيها", "شبكة للتهريب", "شخصاً رابعاً"]}
NINEVEH_SEC_COMMITTEE = {"en": ["Nineveh Provincial Council",
                                "head of the Nineveh Provincial Council security committee",
                                "Nineveh provincial government"],
                         "ar": ["رئيس اللجنة الأمنية في مجلس محافظة نينوى", "مجلس محافظة نينوى"]}
SYRIA_GOV = {"en": ["Syrian government", "Syria", "Government of Syria", "Damascus"],
             "ar": ["الحكومة السورية", "دمشق"]}
IQ_FED_GOV = {"en": ["Iraqi government", "Iraqi federal government", "Government of Iraq", "Baghdad"],
              "ar": ["الحكومة الاتحادية"]}
SY_BORDER_FORCES = {"en": ["Syrian government forces", "Military Forces of Syria"], "ar": ["قواتها"]}
BORDER_BRIGADE = merge({"en": ["commander of the border guard brigade"], "ar": ["آمر لواء حرس الحدود"]},
                       BORDER_GUARDS)
MUKHTAR = {"en": ["village mukhtar", "residents of the border villages"], "ar": ["مختار إحدى القرى"]}
SHEPHERDS = {"en": ["two shepherds", "shepherds", "civilians"], "ar": ["راعيين", "الراعيان"]}
NINEVEH_OFFICERS = merge({"en": [], "ar": ["ضباط من قيادة عمليات نينوى"]}, NINEVEH_OPS)
PESHMERGA = {"en": ["Peshmerga", "Kurdish Peshmerga", "Kurdistan Regional Government", "Peshmerga Ministry"],
             "ar": ["قوات البيشمركة الكردية", "قوات البيشمركة", "البيشمركة"]}
SINJAR_QAIMMAQAM = {"en": ["Sinjar district commissioner", "Sinjar qaimmaqam", "mayor of Sinjar",
                           "Sinjar district administration"],
                    "ar": ["قائممقام سنجار", "قائممقام قضاء سنجار"]}
POLICE_3 = {"en": ["three policemen", "Iraqi police", "Police Forces of Iraq"],
            "ar": ["ثلاثة من منتسبي الشرطة", "منتسبي الشرطة"]}

# ====================================================== places: 398
SINJAR = {"accept": ["قضاء سنجار", "سنجار", "Sinjar", "Shingal", "Sinjar district"]}
TAL_AFAR = {"accept": ["قضاء تلعفر", "تلعفر", "Tal Afar", "Tall Afar", "Telafer", "Tal Afar district"]}
RABIA = {"accept": ["منفذ ربيعة الحدودي", "منفذ ربيعة", "ربيعة", "Rabia", "Rabiaa", "Rabia border crossing"]}
BASHIQA = {"accept": ["الطريق بين بعشيقة والموصل", "بعشيقة", "Bashiqa", "Bashiqah", "Ba'ashiqa", "Bashika"]}

# ====================================================== 399: Bint Jbeil, Khiam, Marjayoun, Naqoura (south
# Lebanon; 2012)
BJ_YOUTHS = {"en": ["protesters in Bint Jbeil", "young men of Bint Jbeil", "protesters"],
             "ar": ["عشرات الشبان في مدينة بنت جبيل", "عشرات الشبان", "المعتصمون في بنت جبيل"]}
SOUTH_MOVEMENT = {"en": ["Southern Demands Movement", "protesters", "activists"],
                  "ar": ["ناشطون من «حراك الجنوب المطلبي»", "«حراك الجنوب المطلبي»", "حراك الجنوب المطلبي"]}
EDL = {"en": ["Electricite du Liban", "Électricité du Liban", "EDL", "Lebanese electricity company"],
       "ar": ["مؤسسة كهرباء لبنان"]}
EDL_MINISTRY = merge(EDL, {"en": ["Ministry of Energy and Water", "Lebanese Ministry of Energy and Water"],
                           "ar": ["وزارة الطاقة والمياه"]})
KHIAM_PROTESTERS = {"en": ["protesters in Khiam", "protesters", "residents of Khiam"], "ar": ["المحتجين"]}
KHIAM_DRIVER = {"en": ["unidentified driver", "gunman", "driver of a four-wheel drive"],
                "ar": ["سائق سيارة رباعية الدفع", "مطلق النار"]}
KHIAM_YOUTH = {"en": ["young man", "protester", "civilian"],
               "ar": ["شاباً في العشرين من عمره", "الشاب", "المحتجين"]}
ISF_RIOT = {"en": ["Internal Security Forces", "ISF", "Police Forces of Lebanon", "Lebanese riot police"],
            "ar": ["عناصر من سرية مكافحة الشغب في قوى الأمن الداخلي", "سرية مكافحة الشغب",
                   "قوى الأمن الداخلي"]}
MARJAYOUN_SITIN = {"en": ["protesters", "sit-in participants", "Southern Demands Movement"],
                   "ar": ["المعتصمين", "المعتصمون"]}
ACTIVISTS3 = {"en": ["three activists", "activists", "protest organisers"], "ar": ["ثلاثة ناشطين"]}
ARMY_INTEL = {"en": ["Lebanese Army Intelligence", "Lebanese Army", "Military Forces of Lebanon"],
              "ar": ["دورية من مخابرات الجيش", "مخابرات الجيش", "قيادة الجيش"]}
SHOOTER = {"en": ["the gunman", "the driver", "suspect"], "ar": ["مطلق النار", "الموقوف"]}
NABATIEH_GOV = {"en": ["Governor of Nabatieh", "Nabatieh governor", "Lebanese government"],
                "ar": ["محافظ النبطية", "المحافظ"]}
SITIN_DELEGATION = {"en": ["protesters' delegation", "protesters", "Southern Demands Movement", "mayors"],
                    "ar": ["وفداً من المعتصمين", "المعتصمين"]}
ENERGY_MINISTER = {"en": ["Lebanese Minister of Energy and Water", "Ministry of Energy and Water",
                          "Lebanese government"],
                   "ar": ["وزير الطاقة والمياه"]}
STATION_OWNERS = {"en": ["southern fuel station owners' association", "fuel station owners"],
                  "ar": ["تجمع أصحاب محطات المحروقات في الجنوب", "أصحاب محطات المحروقات"]}
MOVEMENT_COORD = merge({"en": ["coordinators of the Southern Demands Movement"],
                        "ar": ["منسقو «حراك الجنوب المطلبي»"]}, SOUTH_MOVEMENT)
ENERGY_MINISTRY = {"en": ["Ministry of Energy and Water", "Lebanese Ministry of Energy and Water",
                          "Lebanese government"],
                   "ar": ["وزارة الطاقة والمياه"]}
ARMY_CHECKPOINT = {"en": ["Lebanese Army", "Military Forces of Lebanon", "army checkpoint"],
                   "ar": ["حاجز للجيش"]}
FOURTH_ACTIVIST = {"en": ["a fourth activist", "activist"], "ar": ["ناشط رابع"]}
SECURITY_SOURCE = {"en": ["Lebanese security source", "security source"], "ar": ["مصدراً أمنياً"]}
SOUTH_MPS = {"en": ["MPs of the south", "Lebanese MPs", "Parliament of Lebanon"], "ar": ["نواب المنطقة"]}
BJ_SITIN = {"en": ["protesters in Bint Jbeil", "protesters"], "ar": ["المعتصمون في بنت جبيل", "الشباب"]}
BJ_MAYOR = {"en": ["mayor of Bint Jbeil", "Bint Jbeil municipality"], "ar": ["رئيس البلدية"]}
ISRAEL_AIR = {"en": ["Israeli Air Force", "Israel", "Israel Defense Forces"], "ar": ["الغارات الإسرائيلية"]}
NAQOURA_MAN = {"en": ["a man in his fifties", "civilian"], "ar": ["رجل في الخمسين من عمره"]}

# ====================================================== places: 399
BINT_JBEIL = {"accept": ["مدينة بنت جبيل", "بنت جبيل", "Bint Jbeil", "Bint Jubayl", "Bent Jbeil"]}
MARJAYOUN = {"accept": ["مرجعيون", "سرايا مرجعيون", "Marjayoun", "Marjeyoun", "Marjayun", "Marj Uyun"]}
KHIAM = {"accept": ["بلدة الخيام", "الخيام", "Khiam", "al-Khiam", "El Khiam"]}
IBL_SAQI = {"accept": ["إبل السقي", "بلدة إبل السقي", "Ibl al-Saqi", "Ebel el-Saqi", "Ibl es-Saqi"]}
KHARDALI = {"accept": ["جسر الخردلي", "الخردلي", "Khardali", "Khardali bridge"]}
BEIRUT = {"accept": ["بيروت", "Beirut"]}
NAQOURA = {"accept": ["بلدة الناقورة", "الناقورة", "Naqoura", "al-Naqoura", "Naqura"]}

# ====================================================== 400: Derna, al-Bayda, Martuba, Benghazi, Ajdabiya
# (eastern Libya; 2016)
DMSC = {"en": ["Derna Mujahideen Shura Council", "Mujahideen Shura Council of Derna", "DMSC",
               "Islamist militants"],
        "ar": ["«مجلس شورى مجاهدي درنة وضواحيها»", "مجلس شورى مجاهدي درنة", "«مجلس الشورى»", "مجلس الشورى"]}
LNA = {"en": ["Libyan National Army", "LNA", "Libyan Arab Armed Forces", "Military Forces of Libya (Haftar)"],
       "ar": ["الجيش الوطني الليبي"]}
DERNA_CLASH = merge(DMSC, LNA)
LNA_AIR = {"en": ["Libyan National Army Air Force", "LNA air force", "Libyan National Army", "LNA"],
           "ar": ["مقاتلات تابعة لسلاح الجو", "سلاح الجو"]}
DMSC_PAGES = merge({"en": [], "ar": ["صفحات مقربة من «مجلس الشورى»"]}, DMSC)
MARTUBA_GATE = {"en": ["Libyan National Army", "LNA", "LNA checkpoint at Martuba"],
                "ar": ["البوابة التابعة للجيش في منطقة مرتوبة", "البوابة التابعة للجيش", "عناصر البوابة"]}
LRC_DERNA = {"en": ["Libyan Red Crescent", "Libyan Red Crescent Derna branch"],
             "ar": ["فرع الهلال الأحمر الليبي في درنة", "الهلال الأحمر الليبي"]}
ALL_PARTIES = {"en": ["all parties", "Libyan National Army", "Derna Mujahideen Shura Council"],
               "ar": ["«جميع الأطراف»", "جميع الأطراف"]}
WHO = {"en": ["World Health Organization", "WHO"], "ar": ["منظمة الصحة العالمية"]}
INTERIM_PM = {"en": ["Prime Minister of the Interim Government", "Libyan Interim Government",
                     "al-Bayda government", "House of Representatives government"],
              "ar": ["رئيس الحكومة المؤقتة", "الحكومة المؤقتة"]}
TRIBAL_NOTABLES = {"en": ["tribal notables of the east", "tribal elders", "notables"],
                   "ar": ["وفداً من أعيان قبائل المنطقة الشرقية", "أعيان قبائل المنطقة الشرقية"]}
DETAINEE_FAMILIES = {"en": ["families of detainees from Derna", "relatives of detainees", "protesters"],
                     "ar": ["عائلات موقوفين من أبناء درنة", "عائلات موقوفين"]}
INTERIM_GOV = {"en": ["Libyan Interim Government", "al-Bayda government"], "ar": ["الحكومة المؤقتة"]}
LNA_SPOKESMAN = merge({"en": ["LNA spokesman", "LNA General Command"],
                       "ar": ["الناطق الرسمي باسم القيادة العامة للقوات المسلحة",
                              "القيادة العامة للقوات المسلحة"]}, LNA)
TERROR_GROUPS = merge({"en": [], "ar": ["«الجماعات الإرهابية»", "الجماعات الإرهابية"]}, DMSC)
DERNA_CIVILIANS = {"en": ["civilians of Derna", "residents of Derna"], "ar": ["المدنيين"]}
MIL_GOVERNOR = {"en": ["Military Governor of Derna–Bin Jawad", "LNA military governor",
                       "Libyan National Army"],
                "ar": ["الحاكم العسكري لمنطقة درنة – بن جواد", "الحاكم العسكري"]}
MARTUBA_CMDR = {"en": ["commander of the Martuba checkpoint", "LNA checkpoint commander"],
                "ar": ["آمر بوابة مرتوبة"]}
LNA_MP = {"en": ["LNA Military Police", "Military Police in Benghazi", "Libyan National Army"],
          "ar": ["الشرطة العسكرية في بنغازي", "الشرطة العسكرية"]}
DERNA_DETAINEES = {"en": ["twelve detainees from Derna", "detainees"],
                   "ar": ["اثني عشر موقوفاً من أبناء درنة", "اثني عشر موقوفاً"]}
AJDABIYA_VICTIMS = {"en": ["four soldiers and a civilian", "LNA soldiers", "civilian"],
                    "ar": ["أربعة من عناصر الجيش ومدني"]}

# ====================================================== places: 400
DHAHR_HAMAR = {"accept": ["منطقة الظهر الحمر", "الظهر الحمر", "درنة", "Derna", "Darnah", "al-Dhahr al-Hamar",
                          "Dhahr al-Hamar", "al-Dahr al-Ahmar"]}
FATAYEH = {"accept": ["حي الفتائح", "الفتائح", "درنة", "al-Fatayeh", "Fatayih", "al-Fataih", "Derna"]}
MARTUBA = {"accept": ["منطقة مرتوبة", "مرتوبة", "Martuba", "Martouba"]}
DERNA = {"accept": ["درنة", "مدينة درنة", "Derna", "Darnah", "Darna"]}
AL_BAYDA = {"accept": ["مدينة البيضاء", "البيضاء", "al-Bayda", "Bayda", "al-Beida", "Beida"]}
DERNA_COAST = {"accept": ["شاطئ درنة", "درنة", "Derna", "Darnah"]}
BENGHAZI = {"accept": ["بنغازي", "Benghazi", "Banghazi"]}
AJDABIYA = {"accept": ["مدينة أجدابيا", "أجدابيا", "Ajdabiya", "Ajdabia", "Ijdabiya"]}
