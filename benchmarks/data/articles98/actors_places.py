"""Accepted actor names and place names for the ninety-eighth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الحكومة», «المجلس», «الوفد», «الحركة») are left out on
purpose, with these exceptions, each used only in an article where it names a single actor:
- 486, 488 and 489: «التنظيم» (only ever ISIS);
- 490: «الجيش» (only ever the Sudanese army);
- 488: «مجلس المحافظة» (only ever the Babil provincial council).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge

# ============================== shared: ISIS (486, 488, 489)
ISIS = {"en": ["Islamic State", "ISIS", "IS", "ISIL", "Daesh"],
        "ar": ["تنظيم «داعش»", "«داعش»", "داعش", "التنظيم", "مسلحو تنظيم «داعش»", "مسلحي التنظيم",
               "مسلحي تنظيم «داعش»", "عناصر التنظيم", "عناصر من تنظيم «داعش»"]}

# ============================== 486: al-Hasakah, Ghwayran, al-Shaddadi, Tal Tamr (Hasakah; January 2022)
AANES = {"en": ["Autonomous Administration of North and East Syria", "AANES", "Kurdish-led administration"],
         "ar": ["الإدارة الذاتية لشمال وشرق سوريا", "الإدارة الذاتية"]}
ASAYISH = {"en": ["Asayish", "Internal Security Forces", "Kurdish internal security forces"],
           "ar": ["قوى الأمن الداخلي «الأسايش»", "«الأسايش»", "الأسايش", "قوى الأمن الداخلي",
                  "عناصر حاجز «الأسايش»"]}
SDF = {"en": ["Syrian Democratic Forces", "SDF", "QSD"],
       "ar": ["قوات سوريا الديمقراطية «قسد»", "قوات سوريا الديمقراطية", "«قسد»", "قسد",
              "القيادة العامة لـ«قسد»"]}
PRISON_GUARDS = {"en": ["prison guards", "SDF prison guards"], "ar": ["حراس السجن", "الحراس السبعة"]}
ISIS_GUARDS = merge(ISIS, PRISON_GUARDS, SDF, ASAYISH)
HASAKAH_ESCAPEES = {"en": ["nineteen escaped inmates", "escaped inmates"],
                    "ar": ["تسعة عشر شخصاً", "النزلاء الفارّين"]}
MUTINEERS = {"en": ["rebelling inmates", "ISIS detainees", "Islamic State"],
             "ar": ["نزلاء متمردون", "المتمردون", "المتمردين"]}
INMATES = {"en": ["inmates", "ISIS detainees"], "ar": ["عشرات النزلاء", "النزلاء"]}
HOSTAGES_12 = {"en": ["twelve hostages: guards and kitchen workers", "prison guards", "kitchen workers"],
               "ar": ["اثني عشر شخصاً", "المحتجزين", "حراس وعمال مطبخ"]}
SURRENDERED = {"en": ["some sixty inmates", "ISIS detainees"], "ar": ["نحو ستين نزيلاً", "ستين نزيلاً"]}
COALITION = {"en": ["Global Coalition against Daesh", "US-led coalition", "International coalition",
                    "Military Forces of the United States"],
             "ar": ["مروحيات التحالف الدولي", "التحالف الدولي"]}
ESCAPED_GUNMEN = {"en": ["escaped gunmen", "Islamic State"], "ar": ["مسلحين فارّين"]}
ISIS_ACCOUNTS = {"en": ["pro-ISIS accounts", "Islamic State"], "ar": ["حسابات مقربة من التنظيم"]}
TWO_GUARDS = {"en": ["two hostage guards"], "ar": ["اثنين من الحراس المحتجزين", "اثنين من الحراس"]}
ASAYISH_SOURCE = {"en": ["Asayish source", "Asayish"], "ar": ["مصدراً في «الأسايش»", "«الأسايش»"]}
TAL_TAMR_3 = {"en": ["three escaped inmates"], "ar": ["ثلاثة فارّين"]}
INTL_COMMUNITY = {"en": ["international community"], "ar": ["المجتمع الدولي"]}
HOME_STATES = {"en": ["home countries of the foreign detainees", "foreign governments"],
               "ar": ["الدول التي ينحدر منها النزلاء الأجانب"]}
HASAKAH_SHEIKHS = {"en": ["tribal sheikhs of the southern Hasakah countryside", "tribal leaders"],
                   "ar": ["شيوخ عشائر من ريف الحسكة الجنوبي", "شيوخ عشائر"]}
AANES_REPS = {"en": ["representatives of the Autonomous Administration", "AANES"],
              "ar": ["ممثلون عن الإدارة الذاتية", "الإدارة الذاتية"]}
TRIBAL_NOTABLES = {"en": ["tribal notables", "tribal elders"], "ar": ["وجهاء من عشائر المنطقة"]}
SDF_CHECKPOINT = {"en": ["SDF checkpoint", "Syrian Democratic Forces"], "ar": ["حاجزاً لـ«قسد»", "«قسد»"]}

# ====================================================== places: 486
HASAKAH = {"accept": ["مدينة الحسكة", "الحسكة", "al-Hasakah", "Hasakah", "Al Hasakah"]}
ZUHOUR = {"accept": ["حي الزهور", "الزهور", "al-Zuhour", "Zuhur", "al-Hasakah"]}
GHWAYRAN_PRISON = {"accept": ["سجن الصناعة", "سجن غويران", "غويران", "Ghwayran", "Ghuwayran",
                              "al-Sina'a prison", "al-Hasakah"]}
TAL_TAMR = {"accept": ["بلدة تل تمر", "تل تمر", "Tal Tamr", "Tell Tamer"]}
SHADDADI = {"accept": ["بلدة الشدادي", "الشدادي", "al-Shaddadi", "Shaddadi", "ash-Shaddadi"]}
SHADDADI_ROAD = {"accept": ["الشدادي", "al-Shaddadi", "Shaddadi", "الطريق الواصل بين الشدادي والحسكة"]}

# ============================== 487: Madaya, al-Zabadani, Wadi Barada, Bqin (Rif Dimashq; April 2017)
SY_REGIME = {"en": ["Syrian government", "Syrian regime", "Government of Syria", "Military Forces of Syria"],
             "ar": ["حكومة النظام", "قوات النظام"]}
SARC = {"en": ["Syrian Arab Red Crescent", "SARC"],
        "ar": ["«الهلال الأحمر العربي السوري»", "الهلال الأحمر العربي السوري", "«الهلال الأحمر»",
               "الهلال الأحمر"]}
MADAYA_EVACUEES = {"en": ["fighters and civilians leaving Madaya", "opposition fighters", "Madaya residents"],
                   "ar": ["المقاتلين ومن يرغب من المدنيين", "المقاتلين", "مئات الأهالي"]}
MADAYA_CONVOY = {"en": ["Madaya evacuation convoy", "Madaya evacuees", "opposition fighters"],
                 "ar": ["قافلة مضايا"]}
ZABADANI_FIGHTERS = {"en": ["al-Zabadani fighters and their families", "opposition fighters"],
                     "ar": ["نحو أربعمئة من مقاتلي الزبداني وعائلاتهم", "مقاتلي الزبداني"]}
BQIN_VICTIMS = {"en": ["six people at the convoy's waiting point", "bus drivers",
                       "Syrian Arab Red Crescent volunteer", "evacuees"],
                "ar": ["ستة أشخاص", "القتلى الستة", "سائقان ومتطوع في «الهلال الأحمر»"]}
SANA_SOURCE = {"en": ["Rif Dimashq governorate source", "Syrian government", "SANA"],
               "ar": ["مصدر في محافظة ريف دمشق"]}
TERRORISTS = {"en": ["opposition fighters in Madaya", "terrorists"], "ar": ["«إرهابيين»", "إرهابيين"]}
MADAYA_COUNCIL = {"en": ["Madaya Local Council", "Madaya local council"],
                  "ar": ["المجلس المحلي لمدينة مضايا"]}
HEZBOLLAH = {"en": ["Hezbollah", "Hizbullah", "Lebanese Hezbollah"],
             "ar": ["ميليشيا «حزب الله» اللبناني", "ميليشيا «حزب الله»", "«حزب الله»", "حزب الله"]}
FOURTH_DIV = {"en": ["Fourth Armoured Division", "4th Division", "Syrian Arab Army",
                     "Military Forces of Syria"],
              "ar": ["قوات «الفرقة الرابعة»", "ضباطاً من «الفرقة الرابعة»", "ضباط من «الفرقة الرابعة»",
                     "«الفرقة الرابعة»", "الفرقة الرابعة"]}
HEZBOLLAH_4TH = merge(HEZBOLLAH, FOURTH_DIV)
UN = {"en": ["United Nations", "UN"], "ar": ["الأمم المتحدة"]}
FOURTH_DIV_UN = merge(FOURTH_DIV, UN)
NEG_COMMITTEE = {"en": ["Madaya and al-Zabadani negotiation committee", "opposition negotiators"],
                 "ar": ["لجنة التفاوض في مضايا والزبداني", "ممثلون عن لجنة التفاوض", "لجنة التفاوض"]}
MADAYA_YOUTHS = {"en": ["five young men from Madaya"], "ar": ["خمسة شبان من مضايا", "خمسة شبان"]}
FOURTH_DIV_SOURCE = {"en": ["Fourth Division military source", "Fourth Armoured Division"],
                     "ar": ["مصدر عسكري في «الفرقة الرابعة»", "«الفرقة الرابعة»"]}
MADAYA_FIGHTERS = {"en": ["opposition fighters in Madaya"], "ar": ["المقاتلون"]}
SICK_ELDERLY = {"en": ["sick and elderly evacuees of Madaya"], "ar": ["للمرضى وكبار السن", "كبار السن"]}
BASIMA_CIVILIANS = {"en": ["four civilians in Basima"], "ar": ["أربعة مدنيين"]}
WADI_BARADA_FIGHTERS = {"en": ["Wadi Barada fighters", "opposition fighters"], "ar": ["مقاتلو الوادي"]}

# ====================================================== places: 487
MADAYA = {"accept": ["مدينة مضايا", "مضايا", "Madaya"]}
MADAYA_ZABADANI = {"accept": ["مضايا", "الزبداني", "Madaya", "al-Zabadani", "Zabadani"]}
BQIN_JUNCTION = {"accept": ["مفرق بقين", "بقين", "Bqin", "Buqayn", "Boqein"]}
BQIN = {"accept": ["بقين", "Bqin", "Buqayn", "Boqein"]}
ZABADANI = {"accept": ["الزبداني", "al-Zabadani", "Zabadani"]}
BASIMA = {"accept": ["وادي بردى", "بسيمة", "Wadi Barada", "Basima", "Bassimah"]}

# ============================== 488: al-Iskandariya, Jurf al-Sakhar, al-Musayyib, Hilla (Babil; October 2014)
ISK_CIVILIANS = {"en": ["eight civilians in al-Iskandariya", "civilians", "shoppers"],
                 "ar": ["ثمانية مدنيين", "الضحايا الثمانية"]}
IQ_FORCES = {"en": ["Iraqi security forces", "Iraqi army", "Military Forces of Iraq"],
             "ar": ["القوات الأمنية"]}
PMF = {"en": ["Popular Mobilization Forces", "PMF", "Hashd al-Shaabi", "al-Hashd al-Shaabi"],
       "ar": ["فصائل الحشد الشعبي", "الحشد الشعبي", "عناصر الحشد"]}
JURF_SIDES = merge(IQ_FORCES, PMF, ISIS)
IQ_AIR = {"en": ["Iraqi Army Aviation", "Iraqi Air Force", "Iraqi army", "Military Forces of Iraq"],
          "ar": ["طيران الجيش العراقي"]}
ISK_PROTESTERS = {"en": ["residents of al-Iskandariya", "protesters"],
                  "ar": ["المئات من أهالي الإسكندرية", "أهالي الإسكندرية"]}
BABIL_COUNCIL = {"en": ["Babil Provincial Council", "Babylon Provincial Council"],
                 "ar": ["مجلس محافظة بابل", "مجلس المحافظة"]}
ISK_POLICE_CHIEF = {"en": ["al-Iskandariya police chief", "Iraqi police"], "ar": ["مدير شرطة الإسكندرية"]}
UNKNOWN_GUNMEN = {"en": ["unidentified gunmen"], "ar": ["مسلحين مجهولين"]}
SHEPHERDS = {"en": ["three shepherds"], "ar": ["ثلاثة رعاة"]}
JURF_FAMILIES = {"en": ["displaced families from Jurf al-Sakhar"],
                 "ar": ["مئة وخمسين عائلة نازحة من جرف الصخر", "عائلة نازحة"]}
PMF_COMMANDER = {"en": ["PMF commander", "Popular Mobilization Forces", "PMF"],
                 "ar": ["قيادي في الحشد الشعبي", "الحشد الشعبي"]}
INTERIOR_DELEGATION = {"en": ["Interior Ministry delegation", "Iraqi Ministry of Interior"],
                       "ar": ["وفد من وزارة الداخلية"]}
BABIL_AUTHORITIES = {"en": ["Babil Provincial Council", "Babil police command",
                             "Babil intelligence directorate"],
                     "ar": ["مجلس المحافظة", "قيادة الشرطة", "مديرية الاستخبارات"]}
IQ_POLICE = {"en": ["Iraqi police", "Babil police"], "ar": ["قوة من الشرطة"]}
MUSAYYIB_SUSPECTS = {"en": ["five wanted men"], "ar": ["خمسة مطلوبين"]}
IQ_ARMY_PATROL = {"en": ["Iraqi army patrol", "Iraqi army"], "ar": ["دورية للجيش"]}
HILLA_VICTIMS = {"en": ["eleven people including six police officers"],
                 "ar": ["أحد عشر شخصاً", "ستة من عناصر الشرطة"]}

# ====================================================== places: 488
ISKANDARIYA = {"accept": ["ناحية الإسكندرية", "الإسكندرية", "al-Iskandariya", "Iskandariyah"]}
JURF = {"accept": ["ناحية جرف الصخر", "جرف الصخر", "Jurf al-Sakhar", "Jurf as-Sakhr", "Jurf al-Nasr"]}
MUSAYYIB = {"accept": ["قضاء المسيب", "المسيب", "al-Musayyib", "Musayyib"]}
MUSAYYIB_JURF_ROAD = {"accept": ["المسيب", "جرف الصخر", "al-Musayyib", "Jurf al-Sakhar"]}
HILLA = {"accept": ["مدينة الحلة", "الحلة", "Hilla", "al-Hillah"]}

# ============================== 489: Sirte, Harawa, Bin Jawad, Abu Grein (Sirte, Libya; June 2016)
BUNYAN = {"en": ["Bunyan al-Marsus", "al-Bunyan al-Marsus operation", "Government of National Accord forces",
                 "GNA forces"],
          "ar": ["قوات عملية «البنيان المرصوص»", "عملية «البنيان المرصوص»", "«البنيان المرصوص»",
                 "البنيان المرصوص", "قوات العملية"]}
MEDICAL_STAFF = {"en": ["medical staff of Ibn Sina Hospital", "nurses", "doctors"],
                 "ar": ["نحو عشرين من أفراد الطاقم الطبي", "أفراد الطاقم الطبي", "الطاقم الطبي"]}
FIELD_HOSPITAL_VICTIMS = {"en": ["a medic and two wounded patients", "field hospital staff and patients"],
                          "ar": ["ثلاثة بينهم مسعف وجريحان", "مسعف وجريحان", "القتلى الثلاثة"]}
COAST_GUARD = {"en": ["Libyan Coast Guard", "Coast Guard"], "ar": ["سفينة تابعة لحرس السواحل", "حرس السواحل"]}
WOUNDED_42 = {"en": ["forty-two wounded", "wounded"], "ar": ["اثنين وأربعين جريحاً"]}
LRC = {"en": ["Libyan Red Crescent", "LRC"],
       "ar": ["سيارات إسعاف تابعة للهلال الأحمر الليبي", "الهلال الأحمر الليبي"]}
WOUNDED_9 = {"en": ["nine wounded"], "ar": ["تسعة جرحى آخرين", "تسعة جرحى"]}
ICRC = {"en": ["International Committee of the Red Cross", "ICRC", "Red Cross"],
        "ar": ["اللجنة الدولية للصليب الأحمر", "«الصليب الأحمر»", "الصليب الأحمر", "وفد من اللجنة"]}
WARRING_LY = {"en": ["warring parties", "Bunyan al-Marsus", "Islamic State"], "ar": ["أطراف القتال"]}
BUNYAN_OPS = {"en": ["Bunyan al-Marsus operations room", "Bunyan al-Marsus"],
              "ar": ["ممثلين عن غرفة عمليات «البنيان المرصوص»", "غرفة عمليات «البنيان المرصوص»"]}
BUNYAN_SPOKESMAN = {"en": ["Bunyan al-Marsus spokesman", "Bunyan al-Marsus"],
                    "ar": ["المتحدث باسم عملية «البنيان المرصوص»", "عملية «البنيان المرصوص»"]}
ISIS_LEADERS = {"en": ["Islamic State commanders", "ISIS"], "ar": ["عدد من قادة التنظيم", "قادة التنظيم"]}
BUNYAN_COMMANDER = {"en": ["Bunyan al-Marsus field commander", "Bunyan al-Marsus"],
                    "ar": ["قائد ميداني في العملية"]}
WHO = {"en": ["World Health Organization", "WHO"], "ar": ["منظمة الصحة العالمية"]}
FIELD_HOSPITAL = {"en": ["Bunyan al-Marsus field hospital"], "ar": ["المستشفى الميداني"]}
GNA_HEALTH = {"en": ["GNA Ministry of Health", "Government of National Accord", "GNA"],
              "ar": ["وزارة الصحة في حكومة الوفاق"]}
WOUNDED_30 = {"en": ["thirty seriously wounded"], "ar": ["ثلاثين من الجرحى"]}
PFG = {"en": ["Petroleum Facilities Guard", "PFG"],
       "ar": ["قوات حرس المنشآت النفطية", "حرس المنشآت النفطية", "عناصر الحرس"]}
PFG_ISIS = merge(PFG, ISIS)
BUNYAN_MEDIA = {"en": ["Bunyan al-Marsus media centre", "Bunyan al-Marsus"],
                "ar": ["المركز الإعلامي للعملية"]}
AMBULANCE_CREW = {"en": ["two medics and an ambulance driver"], "ar": ["مسعفَين وسائق السيارة"]}

# ====================================================== places: 489
IBN_SINA = {"accept": ["مستشفى ابن سينا", "ابن سينا", "Ibn Sina Hospital", "سرت", "Sirte", "Surt"]}
FIELD_HOSPITAL_SIRTE = {"accept": ["المستشفى الميداني", "البوابة الغربية لسرت", "سرت", "Sirte", "Surt"]}
SIRTE_MISRATA_SEA = {"accept": ["سرت", "ميناء مصراتة", "مصراتة", "Sirte", "Misrata"]}
COAST_ROAD = {"accept": ["الطريق الساحلي", "سرت", "Sirte", "coastal road"]}
MISRATA = {"accept": ["ميناء مصراتة", "مصراتة", "Misrata", "Misurata"]}
SIRTE = {"accept": ["سرت", "Sirte", "Surt", "الحي رقم واحد"]}
HARAWA = {"accept": ["بلدة هراوة", "هراوة", "Harawa", "Harawah"]}
BIN_JAWAD = {"accept": ["بلدة بن جواد", "بن جواد", "Bin Jawad", "Bin Jawwad"]}
ABU_GREIN = {"accept": ["أبو قرين", "Abu Grein", "Abu Qurayn", "Abugrein"]}

# ============================== 490: Kadugli, Dilling, Habila, al-Abbasiya (South Kordofan; March 2025)
RSF = {"en": ["Rapid Support Forces", "RSF"], "ar": ["قوات الدعم السريع", "الدعم السريع"]}
SAF = {"en": ["Sudanese Armed Forces", "SAF", "Sudanese army", "Military Forces of Sudan"],
       "ar": ["مسيّرات تابعة للجيش", "الجيش"]}
SPLMN = {"en": ["Sudan People's Liberation Movement-North", "SPLM-N", "SPLM-N (al-Hilu)"],
         "ar": ["الحركة الشعبية لتحرير السودان – شمال", "الحركة الشعبية لتحرير السودان", "الحركة الشعبية"]}
RSF_SPLMN_SAF = merge(RSF, SPLMN, SAF)
KADUGLI_CIVILIANS = {"en": ["five civilians in Kadugli", "civilians", "market-goers"],
                     "ar": ["خمسة مدنيين", "القتلى الخمسة"]}
RSF_SPOKESMAN = {"en": ["RSF spokesman", "Rapid Support Forces"],
                 "ar": ["الناطق الرسمي باسم قوات الدعم السريع"]}
HABILA_DETAINEES = {"en": ["thirteen civilians from the Habila villages", "detainees"],
                    "ar": ["ثلاثة عشر مدنياً", "المفرج عنهم"]}
NINE_DETAINEES = {"en": ["nine more detainees"], "ar": ["تسعة آخرين"]}
MEDIATORS = {"en": ["tribal mediators", "Native Administration leaders", "Hawazma and Nuba tribal leaders"],
             "ar": ["زعماء من الإدارة الأهلية لقبائل الحوازمة والنوبة", "الوسطاء", "أحد الوسطاء"]}
AIR_FORCE_SD = {"en": ["Sudanese Air Force", "Sudanese Armed Forces", "SAF"], "ar": ["الطيران الحربي"]}
HERDERS = {"en": ["herders at a livestock market"], "ar": ["الرعاة"]}
ARMY_SOURCE = {"en": ["Sudanese military source", "Sudanese Armed Forces"], "ar": ["مصدراً عسكرياً"]}
RSF_COMMANDER = {"en": ["RSF field commander", "Rapid Support Forces"], "ar": ["قائد ميداني في الدعم السريع"]}
KADUGLI_RESIDENTS = {"en": ["residents of Kadugli"], "ar": ["سكان المدينة"]}
CIVIL_SOCIETY = {"en": ["South Kordofan civil society coordination", "civil society organisations"],
                 "ar": ["تنسيقية منظمات المجتمع المدني في جنوب كردفان"]}
WARRING_SD = {"en": ["warring parties", "Sudanese Armed Forces", "Rapid Support Forces"],
              "ar": ["طرفي القتال"]}
WFP = {"en": ["World Food Programme", "WFP"], "ar": ["برنامج الأغذية العالمي"]}
HABILA_NOTABLES = {"en": ["notables of the Habila villages"], "ar": ["أعيان قرى هبيلا"]}
RSF_NOTABLES = merge(RSF, HABILA_NOTABLES)
MILITARY_INTEL = {"en": ["Sudanese military intelligence", "Sudanese Armed Forces", "SAF"],
                  "ar": ["الاستخبارات العسكرية"]}
KADUGLI_DETAINEES = {"en": ["seven suspected RSF collaborators"], "ar": ["سبعة أشخاص"]}
DILLING_VICTIMS = {"en": ["four people at a fuel station in Dilling"], "ar": ["أربعة أشخاص"]}

# ====================================================== places: 490
KADUGLI = {"accept": ["مدينة كادقلي", "كادقلي", "Kadugli", "Kaduqli"]}
DILLING = {"accept": ["ريف الدلنج", "الدلنج", "Dilling", "al-Dilling"]}
DILLING_TOWN = {"accept": ["مدينة الدلنج", "الدلنج", "Dilling", "al-Dilling"]}
ABBASIYA = {"accept": ["بلدة العباسية تقلي", "العباسية تقلي", "العباسية", "al-Abbasiya", "Abbasiya Tagali"]}
HABILA = {"accept": ["محلية هبيلا", "هبيلا", "Habila", "Hebila"]}
