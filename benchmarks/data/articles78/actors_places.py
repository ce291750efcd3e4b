"""Accepted actor names and place names for the seventy-eighth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الحكومة», «الوفد») are left out on purpose, with these
exceptions, each used only in an article where it names a single actor:
- 386: «الطائرة» (the Russian warplane of the main event), «الأهالي» (the residents asked to give blood),
  «الهيئة» (only ever Hay'at Tahrir al-Sham), «الضباط» (the Turkish officers), «الرتل» (the Turkish convoy);
- 387: «الوجيه» (the notable killed in al-Muzayrib), «القتلة» (his killers), «الأجهزة الأمنية» (the Syrian
  government's security services);
- 388: «التنظيم» (only ever ISIS), «الحكومة» (the Iraqi federal government, in the tribe's threat),
  «القوتان» (the army and PMF force of the search), «المعتقلين» (the five suspects), «المحافظ» (only ever
  the governor of Diyala), «الأجهزة الأمنية» (the Iraqi security services);
- 389: «الجماعة» (only ever the Houthis), «البعثة» (UNMHA), «التحالف» (the Saudi-led coalition), «الطرفين»
  (the two parties to the pause), «السائقين» (the drivers of the main event);
- 390: «الشاب», «الشهيد» and «نجله» (the young man killed in Beita, in the main event's paragraphs),
  «عائلته» (his family, in the governor's visit), «الوزارة» (the Palestinian ministry of agriculture, in the
  minister's paragraph), «المحافظة» (the Nablus governorate's administration, in the governor's paragraph).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge

# ====================================================== 386: Maarat al-Numan, Khan Shaykhun, Kafranbel,
# Saraqib (southern Idlib; 2018)
RU_WARPLANE = {"en": ["Russian Air Force", "Russian Aerospace Forces", "Russian warplane", "Russia"],
               "ar": ["طائرة حربية روسية", "الطائرة", "روسيا"]}
MAARA_CIVILIANS = {"en": ["five civilians", "civilians", "market vendors"],
                   "ar": ["خمسة مدنيين", "مدنيين", "قتلى الغارة", "الضحايا"]}
IDLIB_HEALTH = {"en": ["Idlib Health Directorate", "Idlib health directorate"], "ar": ["مديرية صحة إدلب"]}
MAARA_RESIDENTS = {"en": ["residents", "blood donors", "people of Maarat al-Numan"], "ar": ["الأهالي"]}
SY_HELICOPTERS = {"en": ["Syrian Arab Air Force", "Syrian regime helicopters", "Syrian government forces",
                         "Military Forces of Syria"],
                  "ar": ["مروحيات تابعة لقوات النظام", "قوات النظام"]}
SY_ARTILLERY = {"en": ["Syrian regime artillery", "Syrian government forces", "Military Forces of Syria"],
                "ar": ["مدفعية النظام المتمركزة في ريف حماة الشمالي", "مدفعية النظام", "قوات النظام"]}
NLF = {"en": ["National Liberation Front", "NLF", "Jabhat al-Wataniya lil-Tahrir", "Syrian opposition"],
       "ar": ["«الجبهة الوطنية للتحرير»", "الجبهة الوطنية للتحرير"]}
SY_FORCES = {"en": ["Syrian government forces", "Syrian regime forces", "Syrian Arab Army",
                    "Military Forces of Syria"],
             "ar": ["مواقع لقوات النظام", "قوات النظام"]}
HTS = {"en": ["Hay'at Tahrir al-Sham", "HTS", "Tahrir al-Sham"],
       "ar": ["عناصر «هيئة تحرير الشام»", "«هيئة تحرير الشام»", "هيئة تحرير الشام", "«تحرير الشام»",
              "عناصر الهيئة", "الهيئة"]}
HTS_SECURITY = merge({"en": ["HTS General Security Service", "HTS security apparatus"],
                      "ar": ["«الجهاز الأمني» التابع للهيئة", "«الجهاز الأمني»", "الجهاز الأمني"]}, HTS)
SARAQIB_MEN = {"en": ["six men", "civilians of Saraqib", "alleged reconciliation advocates"],
               "ar": ["ستة رجال", "المعتقلين", "الموقوفين"]}
RECONCILERS = {"en": ["reconciliation advocates", "supporters of reconciliation"],
               "ar": ["كل من «يسعى إلى المصالحة»", "«المروّجين»", "المروّجين"]}
KAFRANBEL_PROTESTERS = {"en": ["protesters in Kafranbel", "residents of Kafranbel"],
                        "ar": ["مئات من أهالي كفرنبل", "أهالي كفرنبل"]}
TURKEY = {"en": ["Turkey", "Turkish government", "Türkiye"], "ar": ["تركيا"]}
RUSSIA = {"en": ["Russia", "Russian government", "Russian Air Force"], "ar": ["روسيا"]}
KAFRANBEL_RUSSIA = {"en": ["Russia", "Russian Air Force"], "ar": ["الغارات الروسية"]}
TIGER_FORCES = {"en": ["Tiger Forces", "Qawat al-Nimr", "Syrian Arab Army", "Syrian government forces"],
                "ar": ["«قوات النمر»", "قوات النمر"]}
TR_ARMY = {"en": ["Turkish Armed Forces", "Turkish army", "Turkey"], "ar": ["رتل عسكري تركي", "الرتل"]}
MAARA_COUNCIL = {"en": ["Maarat al-Numan Local Council", "local council of Maarat al-Numan"],
                 "ar": ["وفد من المجلس المحلي لمعرة النعمان", "المجلس المحلي لمعرة النعمان"]}
TR_OFFICERS = {"en": ["Turkish officers", "Turkish Armed Forces", "Turkey"],
               "ar": ["ضباطاً أتراكاً", "الضباط"]}
SALVATION_GOV = {"en": ["Syrian Salvation Government", "Salvation Government"],
                 "ar": ["«حكومة الإنقاذ»", "حكومة الإنقاذ"]}
UN = {"en": ["United Nations", "UN"], "ar": ["الأمم المتحدة"]}
TAH_CIVILIANS = {"en": ["four civilians", "civilians"], "ar": ["أربعة مدنيين"]}

# ====================================================== places: 386
MAARA = {"accept": ["مدينة معرة النعمان", "معرة النعمان", "Maarat al-Numan", "Ma'arrat al-Nu'man",
                    "Maarrat al-Numan", "Maaret al-Numan", "Marat al-Numan"]}
KHAN_SHAYKHUN = {"accept": ["الأطراف الغربية لمدينة خان شيخون", "خان شيخون", "Khan Shaykhun",
                            "Khan Sheikhoun", "Khan Shaykhoun"]}
KAFRANBEL_HISH = {"accept": ["بلدتي كفرنبل وحيش", "كفرنبل", "حيش", "Kafranbel", "Kafr Nabl", "Kafr Nubl",
                             "Hish", "Heish"]}
SURAN = {"accept": ["بلدة صوران", "صوران", "Suran", "Souran", "Soran"]}
SARAQIB = {"accept": ["مدينة سراقب", "سراقب", "Saraqib", "Saraqeb"]}
KAFRANBEL = {"accept": ["كفرنبل", "Kafranbel", "Kafr Nabl", "Kafr Nubl"]}
ABU_DUHUR = {"accept": ["بلدة أبو الظهور", "أبو الظهور", "Abu al-Duhur", "Abu al-Dhuhur", "Abu Dhuhur",
                        "Abu al-Zuhur"]}
SURMAN = {"accept": ["بلدة الصرمان", "الصرمان", "نقطة الصرمان", "al-Surman", "Surman", "Sarman",
                     "معرة النعمان", "Maarat al-Numan"]}
TAH = {"accept": ["بلدة التح", "التح", "al-Tah", "al-Tah", "Tah"]}

# ====================================================== 387: al-Muzayrib, Tafas, al-Yadudah, Nawa, Jasim
# (western Daraa; 2020)
SARAYA = {"en": ["Saraya al-Janoub al-Hurr", "Free South Brigades", "unidentified armed group"],
          "ar": ["«سرايا الجنوب الحر»", "سرايا الجنوب الحر"]}
TAFAS_COMMANDER = {"en": ["former opposition commander", "Fifth Corps member", "5th Corps"],
                   "ar": ["قيادي سابق في فصائل المعارضة", "القيادي المصاب", "أحد عناصره"]}
MOTORCYCLE_GUNMEN = {"en": ["unidentified gunmen", "two gunmen", "unknown gunmen"],
                     "ar": ["مسلحان ملثمان يستقلان دراجة نارية", "مسلحان ملثمان", "المسلحَين", "المسلحين",
                            "القتلة"]}
MUZAYRIB_NOTABLE = {"en": ["local notable and his nephew", "reconciliation committee member", "civilians"],
                    "ar": ["أحد وجهاء بلدة المزيريب", "وجيه المزيريب", "الوجيه", "ابن شقيقه"]}
AFI = {"en": ["Air Force Intelligence", "Syrian Air Force Intelligence Directorate",
              "Syrian security services"],
       "ar": ["دوريات تابعة لفرع المخابرات الجوية", "فرع المخابرات الجوية", "المخابرات الجوية"]}
MUZAYRIB_YOUTHS = {"en": ["nine young men", "detainees", "young men of al-Muzayrib"],
                   "ar": ["تسعة شبان", "شبان البلدة", "المعتقلين التسعة", "معتقلي المزيريب"]}
NOTABLE_SON = {"en": ["the notable's son", "victim's family"], "ar": ["نجل الوجيه"]}
HEZBOLLAH_LINKED = {"en": ["Hezbollah", "Hezbollah-linked groups", "Lebanese Hezbollah"],
                    "ar": ["مجموعات محلية مرتبطة بـ«حزب الله» اللبناني", "«حزب الله»", "حزب الله"]}
MOURNERS = {"en": ["mourners", "residents of al-Muzayrib", "protesters"],
            "ar": ["المئات من أبناء المزيريب والقرى المجاورة", "أبناء المزيريب"]}
SY_SECURITY = {"en": ["Syrian security services", "Syrian government security agencies"],
               "ar": ["الأجهزةَ الأمنية", "الأجهزة الأمنية"]}
CENTRAL_COMMITTEE = {"en": ["Central Committee of western Daraa", "Daraa Central Committee",
                            "Central Negotiations Committee"],
                     "ar": ["«اللجنة المركزية» في ريف درعا الغربي", "وفد من «اللجنة المركزية»",
                            "«اللجنة المركزية»", "اللجنة المركزية"]}
SEC_COMMITTEE = {"en": ["government Security Committee", "Syrian government security committee",
                        "Syrian government"],
                 "ar": ["اللجنة الأمنية التابعة للنظام", "اللجنة الأمنية"]}
NOTABLE_CLAN = {"en": ["the notable's clan", "victim's family"], "ar": ["عشيرة الوجيه"]}
HAWRAN_PEOPLE = {"en": ["people of Hawran", "residents"], "ar": ["أبناء حوران"]}
FOURTH_DIVISION = {"en": ["Fourth Division", "4th Armoured Division", "Syrian Arab Army",
                          "Syrian government forces"],
                   "ar": ["«الفرقة الرابعة» في قوات النظام", "«الفرقة الرابعة»", "الفرقة الرابعة"]}
EIGHTH_BRIGADE = {"en": ["Eighth Brigade", "8th Brigade", "Fifth Corps", "5th Corps"],
                  "ar": ["قائد «اللواء الثامن» في «الفيلق الخامس»", "«اللواء الثامن»", "اللواء الثامن"]}
MIL_SECURITY = {"en": ["Military Security", "Syrian Military Intelligence", "Syrian security services"],
                "ar": ["حاجز لـ«الأمن العسكري»", "«الأمن العسكري»", "الأمن العسكري",
                       "مصدراً مقرباً من الفرع"]}
COLLABORATORS = {"en": ["collaborators with the security branches", "informants"],
                 "ar": ["«كل من يتعامل مع الأفرع الأمنية»", "كل من يتعامل مع الأفرع الأمنية"]}
JASIM_YOUTH = {"en": ["young man from Jasim", "civilian"], "ar": ["شاب من مدينة جاسم"]}
RU_MP = {"en": ["Russian Military Police", "Russian military", "Russia"],
         "ar": ["ضباط من الشرطة العسكرية الروسية", "الشرطة العسكرية الروسية"]}
NAWA_MEMBER = {"en": ["former reconciliation committee member", "civilian"],
               "ar": ["عضو سابق في «لجنة المصالحة» بمدينة نوى", "عضو سابق في «لجنة المصالحة»"]}
UNKNOWN_GUNMEN = {"en": ["unknown gunmen", "unidentified gunmen"], "ar": ["مجهولين"]}

# ====================================================== places: 387
TAFAS = {"accept": ["مدينة طفس", "طفس", "Tafas", "Tafs"]}
TAFAS_EAST = {"accept": ["المدخل الشرقي لمدينة طفس", "طفس", "Tafas"]}
MUZAYRIB = {"accept": ["بلدة المزيريب", "المزيريب", "al-Muzayrib", "Muzayrib", "Mzeireeb", "al-Mzeirib"]}
MUZAYRIB_YADUDAH = {"accept": ["المزيريب واليادودة", "المزيريب", "اليادودة", "al-Muzayrib", "Muzayrib",
                               "al-Yadudah", "Yadudah"]}
BUSRA = {"accept": ["مدينة بصرى الشام", "بصرى الشام", "Busra al-Sham", "Bosra", "Bosra al-Sham"]}
NIMR_JASIM = {"accept": ["بلدة نمر", "نمر", "Nimr", "مدينة جاسم", "جاسم", "Jasim", "Jassem"]}
DARAA_CITY = {"accept": ["مدينة درعا", "درعا", "Daraa", "Dar'a", "Deraa"]}
NAWA_ROAD = {"accept": ["الطريق بين نوى والشيخ سعد", "نوى", "Nawa", "الشيخ سعد", "Sheikh Saad"]}

# ====================================================== 388: Abu Saida, al-Muqdadiyah, Baqubah, al-Azim,
# Jalawla (Diyala; 2017)
ISIS = {"en": ["Islamic State", "ISIS", "ISIL", "IS", "Daesh"],
        "ar": ["مسلحون من تنظيم «داعش»", "تنظيم «داعش»", "«داعش»", "داعش", "التنظيم"]}
ABU_SAIDA_VILLAGERS = {"en": ["four villagers", "farmers", "civilians"],
                       "ar": ["أربعة من أبناء القرية", "أبناء القرية", "الضحايا الأربعة"]}
DIYALA_OPS = {"en": ["Diyala Operations Command", "Iraqi army", "Iraqi security forces"],
              "ar": ["قيادة عمليات ديالى"]}
ARMY_PMF = {"en": ["Iraqi army", "Popular Mobilization Forces", "PMF", "Hashd al-Shaabi",
                   "Iraqi security forces"],
            "ar": ["قوة من الجيش و«الحشد الشعبي»", "«الحشد الشعبي»", "الحشد الشعبي", "القوتان"]}
SUSPECTS = {"en": ["five suspects", "suspected ISIS members"], "ar": ["خمسة مشتبه بهم", "المعتقلين"]}
MUQ_AUTHORITIES = {"en": ["al-Muqdadiyah local authorities", "local authorities",
                           "Diyala provincial government"],
                   "ar": ["السلطات المحلية في المقدادية", "السلطات المحلية"]}
INTERIOR_MINISTER = {"en": ["Iraqi Minister of Interior", "Ministry of Interior", "Iraqi government"],
                     "ar": ["وزير الداخلية"]}
REGIMENT_COMMANDER = {"en": ["emergency regiment commander", "Iraqi police commander"],
                      "ar": ["آمر فوج الطوارئ"]}
IQ_PM = {"en": ["Iraqi Prime Minister", "Prime Minister of Iraq", "Iraqi government"],
         "ar": ["رئيس مجلس الوزراء"]}
DIYALA_GOVERNOR = {"en": ["Governor of Diyala", "Diyala governor"], "ar": ["محافظ ديالى", "المحافظ"]}
COUNCIL_MEMBER = {"en": ["Diyala provincial council member", "provincial council member for al-Muqdadiyah"],
                  "ar": ["عضو مجلس محافظة ديالى عن قضاء المقدادية", "عضو مجلس محافظة ديالى"]}
IQ_SECURITY = {"en": ["Iraqi security services", "Iraqi security forces"], "ar": ["الأجهزة الأمنية"]}
IQ_FEDERAL_GOV = {"en": ["Iraqi federal government", "Iraqi government"], "ar": ["الحكومة الاتحادية"]}
VICTIMS_TRIBE = {"en": ["tribal sheikhs", "victims' tribe", "tribal elders"], "ar": ["شيوخ عشيرة الضحايا"]}
IQ_GOV = {"en": ["Iraqi government", "Iraqi federal government"], "ar": ["الحكومة"]}
PARL_COMMITTEE = {"en": ["parliamentary Security and Defence Committee", "Iraqi Council of Representatives"],
                  "ar": ["وفد من لجنة الأمن والدفاع النيابية", "لجنة الأمن والدفاع النيابية"]}
DIYALA_COMMANDERS = {"en": ["Diyala Operations Commander", "Diyala police chief", "Iraqi security forces"],
                     "ar": ["قائد عمليات ديالى", "قائد شرطة المحافظة"]}
IQ_MOD = {"en": ["Iraqi Ministry of Defence", "Ministry of Defence", "Iraqi army"], "ar": ["وزارة الدفاع"]}
IRCS = {"en": ["Iraqi Red Crescent Society", "Iraqi Red Crescent", "IRCS"],
        "ar": ["جمعية الهلال الأحمر العراقي", "الهلال الأحمر العراقي"]}
DISPLACED_FAMILIES = {"en": ["thirty displaced families", "displaced families", "IDPs"],
                      "ar": ["نحو ثلاثين أسرة", "ثلاثين أسرة"]}
JALAWLA_POLICE = {"en": ["three policemen", "Iraqi police"], "ar": ["ثلاثة من عناصر الشرطة"]}

# ====================================================== places: 388
ABU_SAIDA = {"accept": ["ناحية أبي صيدا", "أبي صيدا", "أبو صيدا", "قاطع أبي صيدا", "Abu Saida", "Abi Saida",
                        "Abu Sayda", "المقدادية", "al-Muqdadiyah", "Muqdadiya", "Muqdadiyah"]}
MUQDADIYAH = {"accept": ["قضاء المقدادية", "المقدادية", "مركز المقدادية", "al-Muqdadiyah", "Muqdadiya",
                         "Muqdadiyah", "Miqdadiyah"]}
AZIM = {"accept": ["ناحية العظيم", "العظيم", "al-Azim", "al-Adhaim", "Udhaim", "Al Adheem"]}
BAQUBAH = {"accept": ["بعقوبة", "Baqubah", "Baquba", "Ba'qubah"]}
JALAWLA_ROAD = {"accept": ["الطريق بين جلولاء والسعدية", "جلولاء", "السعدية", "Jalawla", "Jalula",
                           "al-Saadiya", "Sadiyah"]}

# ====================================================== 389: Hays, al-Khawkha, Zabid, al-Durayhimi
# (al-Hudaydah; 2019)
HOUTHIS = {"en": ["Houthis", "Ansar Allah", "Houthi movement", "Houthi militia"],
           "ar": ["ميليشيا الحوثي", "الحوثيين", "مسلحي الجماعة", "مصدر عسكري في الجماعة", "الجماعة"]}
WFP_CONVOY = {"en": ["World Food Programme", "WFP", "WFP convoy"],
              "ar": ["قافلة تابعة لبرنامج الأغذية العالمي", "برنامج الأغذية العالمي"]}
CONVOY_DRIVERS = {"en": ["two drivers", "aid convoy", "local charity convoy", "civilians"],
                  "ar": ["قافلة من ست شاحنات تابعة لمؤسسة خيرية محلية", "سائقان", "السائقين",
                         "زميليه القتيلين"]}
UNMHA_PARTIES = {"en": ["UNMHA", "United Nations Mission to support the Hodeidah Agreement", "Houthis",
                        "Government of Yemen"],
                 "ar": ["بعثة الأمم المتحدة لدعم اتفاق الحديدة «أونمها»", "«أونمها»", "أونمها", "الطرفين"]}
ICRC = {"en": ["International Committee of the Red Cross", "ICRC", "Red Cross"],
        "ar": ["اللجنة الدولية للصليب الأحمر"]}
HAYS_WOUNDED = {"en": ["wounded and sick", "forty wounded"],
                "ar": ["نحو أربعين جريحاً ومريضاً", "أربعين جريحاً"]}
UN_HC = {"en": ["UN Humanitarian Coordinator for Yemen", "United Nations", "OCHA"],
         "ar": ["منسق الشؤون الإنسانية للأمم المتحدة في اليمن", "منسق الشؤون الإنسانية"]}
ALL_PARTIES = {"en": ["all parties", "warring parties", "Houthis", "Government of Yemen"],
               "ar": ["جميع الأطراف"]}
DONORS = {"en": ["donors", "international donors"], "ar": ["المانحين"]}
COALITION = {"en": ["Saudi-led coalition", "Arab Coalition", "Coalition to Restore Legitimacy in Yemen",
                    "Saudi Arabia"],
             "ar": ["طائرات تابعة للتحالف بقيادة السعودية", "التحالف بقيادة السعودية", "التحالف"]}
JOINT_FORCES = {"en": ["Joint Forces", "West Coast Joint Forces", "Yemeni government forces"],
                "ar": ["القوات المشتركة في الساحل الغربي", "القوات المشتركة"]}
JOINT_AND_HOUTHIS = merge(JOINT_FORCES, HOUTHIS)
CONVOYS = {"en": ["aid convoys", "humanitarian convoys"],
           "ar": ["«أي قافلة تتحرك دون تنسيق مسبق»", "أي قافلة"]}
WFP_DRIVERS = {"en": ["two WFP convoy drivers", "truck drivers"], "ar": ["سائقَين من قافلة برنامج الأغذية"]}
SCMCHA = merge({"en": ["Supreme Council for the Management and Coordination of Humanitarian Affairs",
                       "SCMCHA"],
                "ar": ["«المجلس الأعلى لإدارة وتنسيق الشؤون الإنسانية»",
                       "المجلس الأعلى لإدارة وتنسيق الشؤون الإنسانية"]}, HOUTHIS)
AID_CONVOYS = {"en": ["aid convoys", "relief convoys"], "ar": ["قافلتين إغاثيتين"]}
HODEIDAH_GOVERNOR = {"en": ["Governor of al-Hudaydah", "Hodeidah governor", "Government of Yemen"],
                     "ar": ["محافظ الحديدة"]}
UNMHA = {"en": ["UNMHA", "United Nations Mission to support the Hodeidah Agreement", "head of UNMHA"],
         "ar": ["رئيس بعثة «أونمها»", "«أونمها»", "أونمها", "البعثة"]}
DURAYHIMI_CIVILIANS = {"en": ["three civilians", "civilians"], "ar": ["ثلاثة مدنيين"]}

# ====================================================== places: 389
HAYS = {"accept": ["مدينة حيس", "حيس", "Hays", "Hais", "Heis", "Hayes"]}
HAYS_ROAD = {"accept": ["الطريق الساحلي بين الخوخة وحيس", "الطريق الساحلي", "حيس", "الخوخة", "Hays",
                        "al-Khawkha", "Khokha", "al-Khokha"]}
ZABID = {"accept": ["مدينة زبيد", "زبيد", "Zabid", "Zabeed"]}
HAYS_JARRAHI = {"accept": ["الطريق الرابط بين حيس ومدينة الجراحي", "حيس", "الجراحي", "Hays", "al-Jarrahi",
                           "Jarrahi"]}
SANAA = {"accept": ["العاصمة صنعاء", "صنعاء", "Sanaa", "Sana'a"]}
DURAYHIMI = {"accept": ["سوق مدينة الدريهمي", "الدريهمي", "al-Durayhimi", "Durayhimi", "ad-Durayhimi"]}

# ====================================================== 390: Beita, Burin, Huwara, Osarin (Nablus; 2025)
SETTLERS = {"en": ["Israeli settlers", "settlers"], "ar": ["مستوطنون", "مجموعة من المستوطنين", "المستوطنين"]}
IL_SOLDIERS = {"en": ["Israeli soldiers", "Israel Defense Forces", "IDF", "Israeli army",
                      "Military Forces of Israel"],
               "ar": ["جنود الاحتلال", "جيش الاحتلال", "جنوده"]}
BEITA_YOUTH = {"en": ["young man from Beita", "Palestinian youth", "civilian"],
               "ar": ["شاباً في العشرين من عمره", "الشاب", "الشهيد", "نجله"]}
BEITA_YOUTHS = {"en": ["Palestinian youths", "stone-throwing youths", "rioters"], "ar": ["عشرات الشبان"]}
ARMY_SUSPECTS = {"en": ["suspects", "Palestinian youths"], "ar": ["مشتبهين"]}
SOLDIERS_SETTLERS = {"en": ["Israeli soldiers and settlers", "Israeli army", "settlers"],
                     "ar": ["الجنود والمستوطنين"]}
IL_BULLDOZERS = {"en": ["Israeli army bulldozers", "Israeli Civil Administration", "Israeli authorities"],
                 "ar": ["جرافات الاحتلال"]}
HUWARA_FAMILY = {"en": ["a Palestinian family", "family of nine"], "ar": ["عائلة من تسعة أفراد"]}
IL_AUTHORITIES = {"en": ["Israeli authorities", "Israeli Civil Administration", "COGAT"],
                  "ar": ["سلطات الاحتلال"]}
HUWARA_FAMILIES = {"en": ["two Palestinian families", "families of Huwara"], "ar": ["عائلتين أخريين"]}
IL_FORCES = {"en": ["Israeli forces", "Israel Defense Forces", "IDF", "Israeli army"],
             "ar": ["قوات الاحتلال"]}
BEITA_DETAINEES = {"en": ["eight young men", "Palestinian detainees"], "ar": ["ثمانية شبان"]}
NABLUS_FACTIONS = {"en": ["national and Islamic factions of Nablus", "Palestinian factions"],
                   "ar": ["فصائل العمل الوطني والإسلامي في محافظة نابلس", "فصائل العمل الوطني والإسلامي"]}
PA_AGRICULTURE = {"en": ["Palestinian Minister of Agriculture", "Palestinian Ministry of Agriculture",
                         "Palestinian Authority"],
                  "ar": ["وزير الزراعة الفلسطيني", "الوزارة"]}
IL_GOV = {"en": ["Israeli government", "Israel"], "ar": ["حكومة الاحتلال"]}
INTL_COMMUNITY = {"en": ["international community"], "ar": ["المجتمع الدولي"]}
GROVE_OWNERS = {"en": ["owners of the burned groves", "farmers of Burin"], "ar": ["أصحاب الكروم المحروقة"]}
NABLUS_GOVERNOR = {"en": ["Governor of Nablus", "Nablus governor", "Palestinian Authority"],
                   "ar": ["محافظ نابلس", "المحافظة"]}
MARTYR_FAMILY = {"en": ["the victim's family", "family of the young man"],
                 "ar": ["بيت عزاء الشهيد", "عائلته"]}
BEITA_RESIDENTS = {"en": ["residents of Beita", "people of Beita"], "ar": ["أهالي البلدة"]}
BEITA_MAYOR = {"en": ["mayor of Beita", "Beita municipality"], "ar": ["رئيس بلدية بيتا"]}
SETTLER = {"en": ["Israeli settler", "settler"], "ar": ["مستوطن"]}
BURIN_SHEPHERD = {"en": ["young man from Burin", "shepherd", "civilian"], "ar": ["شاب من بورين"]}
IL_POLICE = {"en": ["Israeli police"], "ar": ["الشرطة الإسرائيلية"]}

# ====================================================== places: 390
BURIN = {"accept": ["قرية بورين", "بورين", "Burin", "Boureen", "Bourin"]}
BEITA_SABIH = {"accept": ["جبل صبيح", "بيتا", "Beita", "Jabal Sabih", "Jabal Sbeih", "Mount Sabih"]}
HUWARA = {"accept": ["بلدة حوارة", "حوارة", "Huwara", "Hawara", "Huwwara"]}
BEITA_OSARIN = {"accept": ["بيتا وقرية أوصرين", "بيتا", "أوصرين", "Beita", "Osarin", "Awsarin"]}
NABLUS_GOV = {"accept": ["محافظة نابلس", "نابلس", "Nablus"]}
BEITA = {"accept": ["بيتا", "Beita"]}
