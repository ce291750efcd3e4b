"""Accepted actor names and place names for the forty-fourth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not copied
from the earlier sets' lists (the style follows the template set ``../articles18/``: Arabic surface forms as they
occur in the articles, common variants, and English names). Towns were checked against the GeoNames lists in
../shared/data/geonames/ where they have them (al-Ya'rubiyah, Tall Hamis, al-Malikiyah, al-Jawadiyah, al-Qamishli;
Sadad, Mahin, al-Qaryatayn; Safita, ad-Duraykish, ash-Shaykh Badr, Baniyas, Tartus; al-Hadir, Aleppo). Quarters,
villages and crossings absent from those lists (Tal Brak, Rmelan, al-Qaboun, Barzeh, Tishreen, Hawarin, Khan Touman,
al-Eis, Zitan, Khalasa, Jibrin) carry their usual spellings.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms are left out on purpose, with these exceptions, each used only in an article where it
names a single actor: «الوحدات» and «التنظيم» (216: the YPG and ISIS), «النظام» and «اللجنة» (217: the Syrian
government and Barzeh's negotiating committee), «الإرهابيين» (218: ISIS, in the loyalist page's words), «الحكومة»
and «الميليشيا» (219: the Syrian government and the NDF), «الحركة» (220: Harakat al-Nujaba).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ================================================================ actors: shared
CIVILIANS = {"en": ["civilians", "civilian", "residents", "locals", "people", "citizens"],
             "ar": ["مدنيين", "المدنيين", "مدنيون", "مدني", "المواطنين", "مواطنين", "الأهالي", "السكان"]}

# ================================================================ 216: al-Hasakah's north-east, 2013 (Kurdish site)
ISIS_13 = {"en": ["Islamic State of Iraq and the Levant", "Islamic State of Iraq and al-Sham", "ISIS", "ISIL",
                  "Daesh", "Islamic State"],
           "ar": ["الدولة الإسلامية في العراق والشام", "داعش", "تنظيم داعش", "التنظيم", "مقاتلي التنظيم",
                  "قيادي في التنظيم", "حاجز لـ«داعش»"]}
NUSRA_13 = {"en": ["Jabhat al-Nusra", "al-Nusra Front", "Nusra Front"], "ar": ["جبهة النصرة", "النصرة"]}
ISIS_NUSRA_13 = merge(ISIS_13, NUSRA_13, {"en": ["jihadist groups"], "ar": ["مجموعات التنظيمين", "التنظيمين"]})
YPG = {"en": ["People's Protection Units", "YPG", "Kurdish People's Protection Units", "Kurdish fighters",
              "YPG General Command"],
       "ar": ["وحدات حماية الشعب", "وحدات الحماية", "الوحدات", "مقاتلي الوحدات", "القيادة العامة للوحدات",
              "مصدر ميداني في الوحدات"]}
TH_CLASH = merge(YPG, ISIS_NUSRA_13)
YPG_ISIS = merge(YPG, ISIS_13)
TK_VICTIMS = merge({"en": ["a woman and her child", "woman", "child", "five civilians"],
                    "ar": ["امرأة وطفلها", "امرأة", "خمسة مدنيين", "الضحايا"]}, CIVILIANS)
BUS_PASSENGERS = merge({"en": ["seven Kurdish passengers", "Kurdish passengers", "bus passengers", "abductees",
                                "five men"],
                        "ar": ["سبعة ركاب كرد", "ركاب كرد", "حافلة لنقل الركاب", "المختطفين الخمسة", "المختطفين",
                               "الرجال الخمسة"]}, CIVILIANS)
BUS_WOMEN = merge({"en": ["two women", "the two women", "women passengers"], "ar": ["المرأتين", "امرأتان"]},
                  CIVILIANS)
ASAYISH = {"en": ["Asayish", "Asayish forces", "Kurdish internal security forces", "Kurdish police"],
           "ar": ["قوات الآسايش", "الآسايش", "مصدر في الآسايش", "مقر الآسايش"]}
PYD = {"en": ["Democratic Union Party", "PYD"], "ar": ["حزب الاتحاد الديمقراطي"]}
PYD_ASAYISH = merge(PYD, ASAYISH)
KNC = {"en": ["Kurdish National Council", "KNC", "ENKS", "Kurdish National Council in Syria"],
       "ar": ["المجلس الوطني الكردي", "أحد الأحزاب المنضوية في المجلس الوطني الكردي"]}
KNC_MEMBERS = merge({"en": ["three KNC party members", "party members", "detainees", "KNC members"],
                     "ar": ["ثلاثة أعضاء", "المعتقلين", "الموقوفين الثلاثة"]}, KNC)
KNC_SUPPORTERS = merge({"en": ["KNC supporters", "supporters"], "ar": ["أنصاره"]}, KNC)
RMELAN_ACTIVISTS = {"en": ["two activists", "activists"], "ar": ["ناشطين اثنين", "ناشطين"]}
KURDISH_RC = {"en": ["Kurdish Red Crescent", "Heyva Sor a Kurd"],
              "ar": ["منظمة الهلال الأحمر الكردي", "الهلال الأحمر الكردي"]}
TH_DISPLACED = merge({"en": ["displaced families", "families displaced from the Tal Hamis countryside", "IDPs"],
                      "ar": ["عائلات نزحت", "عائلات", "النازحين"]}, CIVILIANS)
INTL_ORGS = {"en": ["international organisations", "international organizations", "aid organisations"],
             "ar": ["المنظمات الدولية"]}
ARAB_NOTABLES = {"en": ["Arab notables", "local mediators", "tribal notables", "mediators"],
                 "ar": ["وجهاء عرب", "وجهاء عرب من المنطقة", "وجهاء"]}
ARAB_TRIBES = {"en": ["Arab tribes", "Arab tribes of al-Jazira", "tribes"],
               "ar": ["العشائر العربية في الجزيرة", "العشائر العربية"]}
ISIS_PRISONERS = merge({"en": ["three ISIS members", "ISIS prisoners", "captured ISIS fighters"],
                        "ar": ["ثلاثة عناصر من «داعش»", "ثلاثة عناصر"]}, ISIS_13)

TAL_KOCHER = {"accept": ["تل كوجر", "اليعربية", "بلدة تل كوجر", "الحي الشمالي من البلدة", "Tal Kocher", "Tall Kojar",
                         "Tel Kocher", "al-Ya'rubiyah", "Al Ya'rubiyah", "Yarubiyah", "Al Ya‘rubīyah"]}
TAL_HAMIS = {"accept": ["تل حميس", "ريف تل حميس", "جبهة تل حميس", "خط القرى الممتد بين تل حميس وتل براك", "Tal Hamis",
                        "Tall Hamis", "Tell Hamis", "Tall Ḩamīs", "Tal Hamees"]}
TAL_BRAK = {"accept": ["تل براك", "بلدة تل براك", "الطريق الواصل بين قامشلو والحسكة", "Tal Brak", "Tell Brak",
                       "Tall Brak", "Qamishli-Hasakah road"]}
DERIK = {"accept": ["ديريك", "المالكية", "مدينة ديريك", "الحي الغربي للمدينة", "Derik", "Dêrik", "al-Malikiyah",
                    "Al Malikiyah", "Al Mālikīyah", "Malikiyah"]}
RMELAN = {"accept": ["رميلان", "بلدة رميلان", "Rmelan", "Rumaylan", "Rmeilan", "Rimelan"]}
JAWADIYAH = {"accept": ["الجوادية", "جل آغا", "بلدة الجوادية", "al-Jawadiyah", "Jawadiyah", "Al Jawādīyah",
                        "Chel Agha", "Çil Axa"]}
SOUTH_QAMISHLI = {"accept": ["القرى الكردية جنوب قامشلو", "جنوب قامشلو", "قامشلو", "Qamishli", "al-Qamishli",
                             "south of Qamishli"]}

# ================================================================ 217: al-Qaboun, Barzeh, Tishreen, 2017 (Damascus network)
SY_REGIME = {"en": ["Syrian regime", "Syrian government forces", "Assad forces", "Syrian army", "Syrian Arab Army",
                    "regime forces", "regime checkpoints"],
             "ar": ["قوات الأسد", "حواجز الأسد", "حواجز النظام", "قوات النظام", "النظام"]}
RG_4TH = merge({"en": ["Republican Guard", "Fourth Division", "4th Armoured Division", "Syrian Republican Guard"],
                "ar": ["الحرس الجمهوري", "الفرقة الرابعة", "ضابط في «الحرس الجمهوري»"]}, SY_REGIME)
DAM_REBELS = {"en": ["Faylaq al-Rahman", "al-Rahman Legion", "Hay'at Tahrir al-Sham", "HTS", "rebels",
                     "opposition factions", "Free Syrian Army"],
              "ar": ["فيلق الرحمن", "هيئة تحرير الشام", "الثوار", "فصائل أخرى من الثوار", "قيادي في «فيلق الرحمن»"]}
QB_CLASH = merge(RG_4TH, DAM_REBELS)
QB_VICTIMS = merge({"en": ["four civilians", "residential neighbourhoods of al-Qaboun", "two women"],
                    "ar": ["أربعة مدنيين", "الأحياء السكنية", "امرأتان"]}, CIVILIANS)
BZ_RESIDENTS = merge({"en": ["Barzeh residents", "residents of Barzeh", "civilian traffic"],
                      "ar": ["أهالي برزة", "حركة المدنيين", "الحي"]}, CIVILIANS)
BZ_STUDENTS = {"en": ["four university students", "university students", "students"],
               "ar": ["أربعة طلاب جامعيين", "طلاب جامعيين", "الطلاب", "طلاباً جامعيين"]}
BZ_COMMITTEE = {"en": ["Barzeh negotiating committee", "negotiation committee", "Barzeh negotiation committee"],
                "ar": ["لجنة التفاوض في برزة", "لجنة التفاوض", "اللجنة"]}
AF_INTEL = merge({"en": ["Air Force Intelligence", "Syrian Air Force Intelligence", "regime officers"],
                  "ar": ["فرع المخابرات الجوية", "ضباط من فرع المخابرات الجوية", "ضباط النظام", "الضباط"]},
                 SY_REGIME)
BZ_PROTESTERS = merge({"en": ["dozens of Barzeh residents", "protesters", "demonstrators"],
                       "ar": ["العشرات من أهالي برزة", "أهالي برزة"]}, CIVILIANS)
QB_BZ_FIGHTERS = {"en": ["rebels", "opposition fighters", "gunmen", "armed men"], "ar": ["المسلحون"]}
FOURTH_DIV = {"en": ["Fourth Division", "4th Division", "4th Armoured Division", "Syrian army"],
              "ar": ["الفرقة الرابعة"]}
HNC = {"en": ["High Negotiations Committee", "HNC", "opposition delegation", "Syrian opposition delegation"],
       "ar": ["الهيئة العليا للمفاوضات", "وفد الهيئة العليا للمفاوضات", "عضو في وفد الهيئة العليا للمفاوضات"]}
UN_RUSSIA = {"en": ["United Nations", "UN", "Russia"], "ar": ["الأمم المتحدة", "روسيا"]}
GENEVA_PARTIES = merge(HNC, SY_REGIME)
BZ_QB = merge({"en": ["Barzeh and al-Qaboun", "Barzeh", "al-Qaboun"], "ar": ["حيا برزة والقابون"]}, SY_REGIME)
BZ_FIGHTERS = {"en": ["fighters rejecting the settlement", "rebel fighters", "Barzeh fighters"],
               "ar": ["المقاتلين الرافضين للتسوية", "المقاتلين"]}

QABOUN = {"accept": ["القابون", "حي القابون", "al-Qaboun", "Qaboun", "Qabun", "Al Qabun", "دمشق", "Damascus"]}
QB_TISHREEN = {"accept": ["البساتين الفاصلة بين القابون وحي تشرين", "القابون", "حي تشرين", "أطراف البساتين",
                          "al-Qaboun", "Qaboun", "Tishreen", "Tishrin", "Qaboun orchards"]}
BARZEH = {"accept": ["برزة", "حي برزة", "معبر برزة", "Barzeh", "Barzah", "Barza", "دمشق", "Damascus"]}
TISHREEN_HOSPITAL = {"accept": ["مشفى تشرين العسكري", "محيط مشفى تشرين العسكري", "Tishreen Military Hospital",
                                "Tishreen hospital", "Barzeh"]}
THREE_QUARTERS = {"accept": ["الأحياء الثلاثة", "القابون", "برزة", "تشرين", "al-Qaboun", "Barzeh", "Tishreen"]}
QB_BZ = place(QABOUN, BARZEH)
GENEVA = {"accept": ["جنيف", "Geneva"]}

# ================================================================ 218: Sadad, Mahin, Hawarin, al-Qaryatayn, 2015 (loyalist page)
ISIS_15 = {"en": ["Islamic State", "ISIS", "ISIL", "Daesh", "IS"],
           "ar": ["داعش", "عصابات «داعش» الإرهابية", "مجموعات من «داعش»", "الإرهابيين", "الإرهابيون", "التنظيم",
                  "عناصره", "أحد عناصره", "وكالة «أعماق» التابعة للتنظيم"]}
SADAD_WOMAN = merge({"en": ["a woman from Sadad", "woman", "three residents"],
                     "ar": ["سيدة من أهالي البلدة", "سيدة", "شهيدة", "أربعة مواطنين"]}, CIVILIANS)
RU_AIR = {"en": ["Russian Air Force", "Russian warplanes", "Russian aircraft", "Russia"],
          "ar": ["الطيران الحربي الروسي", "الطيران الروسي"]}
SY_ARMY = {"en": ["Syrian Arab Army", "Syrian army", "Syrian government forces"],
           "ar": ["الجيش العربي السوري", "للجيش العربي السوري", "وحدات الجيش العربي السوري", "وحدات من الجيش"]}
NDF_SADAD = {"en": ["National Defence Forces", "National Defense Forces", "NDF", "Sadad NDF"],
             "ar": ["الدفاع الوطني", "رجال الدفاع الوطني", "قيادة الدفاع الوطني في صدد"]}
SY_LOYAL = merge(SY_ARMY, NDF_SADAD)
SADAD_CLASH = merge(SY_LOYAL, ISIS_15)
SARC_DIOCESE = {"en": ["Syrian Arab Red Crescent", "SARC", "Syriac Orthodox Archdiocese of Homs and Hama"],
                "ar": ["منظمة الهلال الأحمر العربي السوري", "الهلال الأحمر العربي السوري",
                       "مطرانية حمص وحماة للسريان الأرثوذكس"]}
MAHIN_DISPLACED = merge({"en": ["six hundred displaced families", "displaced families", "IDPs from Mahin and Hawarin"],
                         "ar": ["نحو ستمئة عائلة نزحت", "ستمئة عائلة", "عائلة نزحت"]}, CIVILIANS)
PATRIARCHATE = {"en": ["Syriac Orthodox Patriarchate", "Syriac Orthodox Patriarchate of Antioch",
                       "Syriac Orthodox Church"],
                "ar": ["بطريركية السريان الأرثوذكس"]}
TERROR_BACKERS = merge({"en": ["states supporting terrorism", "backers of terrorism"],
                        "ar": ["الدول الداعمة للإرهاب"]}, ISIS_15)
INTL_CHURCHES = {"en": ["international community", "churches of the world"],
                 "ar": ["المجتمع الدولي", "المجتمع الدولي والكنائس في العالم", "الكنائس في العالم"]}
BADIA_NOTABLES = {"en": ["tribal notables of the Badia", "tribal mediators", "notables"],
                  "ar": ["وجهاء من عشائر البادية", "وجهاء"]}
QARYATAYN_ABDUCTEES = merge({"en": ["abductees from al-Qaryatayn", "residents of al-Qaryatayn",
                                    "al-Qaryatayn Christians"],
                             "ar": ["المخطوفين من أهالي القريتين", "أهالي القريتين", "المخطوفين"]}, CIVILIANS)
SADAD_RESIDENTS = merge({"en": ["residents of Sadad", "Sadad residents", "people of Sadad"],
                         "ar": ["أهالي صدد", "أبناء صدد"]}, CIVILIANS)
SADAD_COUNCIL = {"en": ["Sadad town council", "municipal council"], "ar": ["مجلس البلدة"]}
NDF_CAPTIVE = merge({"en": ["an NDF member", "captured fighter"], "ar": ["عنصراً آخر", "عنصراً"]}, NDF_SADAD)
NUSRA_15 = {"en": ["Jabhat al-Nusra", "al-Nusra Front", "rebel factions"],
            "ar": ["جبهة النصرة", "«جبهة النصرة» وفصائل أخرى", "فصائل أخرى"]}

SADAD = {"accept": ["صدد", "بلدة صدد", "الحي الغربي لبلدة صدد", "Sadad", "Şadad", "Sadad, Homs"]}
MAHIN_HAWARIN = {"accept": ["مهين", "حوارين", "القريتين", "بلدتي مهين وحوارين", "الأطراف الغربية لمدينة القريتين",
                            "Mahin", "Mahīn", "Hawarin", "Huwwarin", "Al Qaryatayn", "al-Qaryatayn", "Qaryatayn"]}
SADAD_MAHIN_ROAD = {"accept": ["طريق صدد – مهين", "نقطتين متقدمتين شرقي البلدة", "صدد", "مهين",
                               "Sadad-Mahin road", "Sadad–Mahin road", "Sadad", "Mahin"]}
SADAD_EAST = {"accept": ["النقاط الشرقية للبلدة", "صدد", "Sadad", "eastern Sadad"]}
QARYATAYN = {"accept": ["القريتين", "مدينة القريتين", "Al Qaryatayn", "al-Qaryatayn", "Qaryatayn", "Qaryatain"]}

# ================================================================ 219: Tartus, Safita, ad-Duraykish, ash-Shaykh Badr, 2023 (coastal site)
MIL_SEC = {"en": ["Military Security", "Military Security branch in Tartus", "Syrian Military Intelligence",
                  "security forces"],
           "ar": ["فرع الأمن العسكري في طرطوس", "فرع الأمن العسكري", "الأمن العسكري",
                  "دورية تابعة لفرع الأمن العسكري"]}
TEACHER = merge({"en": ["a philosophy teacher", "teacher", "the detained teacher"],
                 "ar": ["مدرّساً لمادة الفلسفة", "مدرّساً", "المدرّس", "مدرّس"]}, CIVILIANS)
SAFITA_PROTESTERS = merge({"en": ["employees and retirees", "about fifty employees and retirees", "protesters",
                                  "public employees", "retirees"],
                           "ar": ["نحو خمسين من الموظفين والمتقاعدين", "الموظفين والمتقاعدين", "موظفين ومتقاعدين",
                                  "المشاركين"]}, CIVILIANS)
SY_GOV = {"en": ["Syrian government", "government", "Syrian cabinet"], "ar": ["الحكومة", "الحكومة السورية"]}
POL_SEC = {"en": ["Political Security", "Political Security branch", "security forces"],
           "ar": ["فرع الأمن السياسي", "عناصر من فرع الأمن السياسي", "الأمن السياسي"]}
NDF_TARTUS = {"en": ["National Defence Forces", "National Defense Forces", "NDF", "pro-government militia",
                     "NDF militia"],
              "ar": ["ميليشيا «الدفاع الوطني»", "الدفاع الوطني", "الميليشيا", "قائد مجموعة «الدفاع الوطني»"]}
SB_YOUTHS = merge({"en": ["a young man", "two young men", "young men"],
                   "ar": ["شاب", "الشابين", "الشاب الجريح"]}, CIVILIANS)
SB_RELATIVES = merge({"en": ["relatives of the dead man", "the victim's relatives", "villagers", "family"],
                      "ar": ["ذوو القتيل", "أبناء قريته", "ذوي القتيل"]}, CIVILIANS)
TARTUS_GOVERNOR = {"en": ["Governor of Tartus", "Tartus governor", "Tartus governorate"],
                   "ar": ["محافظ طرطوس", "صفحة المحافظة"]}
VILLAGE_DELEGATION = merge({"en": ["village notables", "delegation of village notables", "the victim's relatives"],
                            "ar": ["وفداً من وجهاء القرية وذوي القتيل", "وجهاء القرية", "ذوي القتيل"]}, CIVILIANS)
MIL_POLICE = {"en": ["Military Police", "Syrian Military Police"], "ar": ["الشرطة العسكرية"]}
NDF_SUSPECTS = merge({"en": ["two NDF members", "two militiamen", "suspects"],
                      "ar": ["عنصرين من الميليشيا", "عنصرين"]}, NDF_TARTUS)
BAATH_TARTUS = {"en": ["Baath Party Tartus branch", "Baath Party", "Baath branch secretary in Tartus"],
                "ar": ["أمين فرع حزب البعث في طرطوس", "فرع حزب البعث في طرطوس", "حزب البعث"]}
SY_SECURITY = {"en": ["security services", "Syrian security agencies", "security forces", "mukhabarat"],
               "ar": ["الأجهزة الأمنية"]}
BANIYAS_YOUTHS = merge({"en": ["about twenty young men", "young men"], "ar": ["نحو عشرين شاباً", "شاباً"]},
                       CIVILIANS)
TARTUS_POLICE = {"en": ["Tartus Police Command", "police", "Syrian police"],
                 "ar": ["قيادة شرطة طرطوس", "مصدر في قيادة شرطة طرطوس"]}
THEFT_SUSPECTS = {"en": ["two persons", "two theft suspects"], "ar": ["شخصين"]}
COAST_ACTIVISTS = {"en": ["opposition activists from the coast", "opposition activists", "activists' pages",
                          "shopkeepers"],
                   "ar": ["صفحات ناشطين معارضين من أبناء الساحل", "ناشطين معارضين", "أبناء الساحل",
                          "المحال التجارية"]}
TEACHER_FAMILY = {"en": ["the teacher's family", "family of the detained teacher"],
                  "ar": ["عائلة المدرّس المعتقل", "عائلة المدرّس"]}
AUTHORITIES = {"en": ["authorities", "relevant authorities", "Syrian authorities"], "ar": ["الجهات المعنية"]}
REFINERY_EMPLOYEE = {"en": ["an employee of the Baniyas refinery", "employee"],
                     "ar": ["موظفاً في مصفاة بانياس", "موظفاً"]}

DREIKISH = {"accept": ["الدريكيش", "مدينة الدريكيش", "Dreikish", "ad-Duraykish", "Ad Duraykish", "Ad Duraykīsh",
                       "Duraykish"]}
SAFITA = {"accept": ["صافيتا", "مدينة صافيتا", "مبنى المجمع الحكومي", "Safita", "Şāfītā", "Safitah"]}
SHEIKH_BADR = {"accept": ["الشيخ بدر", "ريف منطقة الشيخ بدر", "منطقة الشيخ بدر", "al-Sheikh Badr", "Ash Shaykh Badr",
                          "Sheikh Badr", "Shaykh Badr"]}
SB_TARTUS_ROAD = {"accept": ["الطريق الواصل بين الشيخ بدر وطرطوس", "الشيخ بدر", "طرطوس", "Sheikh Badr-Tartus road",
                             "al-Sheikh Badr", "Ash Shaykh Badr", "Tartus"]}
TARTUS = {"accept": ["طرطوس", "محافظة طرطوس", "Tartus", "Tartous", "Ţarţūs"]}
BANIYAS = {"accept": ["بانياس", "مدينة بانياس", "أحياء بانياس القديمة", "Baniyas", "Banias", "Bāniyās"]}
SAFITA_DREIKISH = {"accept": ["صافيتا والدريكيش", "صافيتا", "الدريكيش", "Safita", "Dreikish", "Ad Duraykish"]}
BANIYAS_REFINERY = {"accept": ["مصفاة بانياس", "بانياس", "Baniyas refinery", "Baniyas"]}

# ================================================================ 220: southern Aleppo, 2016 (Iraqi agency)
NUJABA = {"en": ["Harakat al-Nujaba", "al-Nujaba Movement", "Nujaba", "Harakat Hezbollah al-Nujaba",
                 "Iraqi militias", "Iraqi Shia militias"],
          "ar": ["حركة النجباء", "النجباء", "الحركة", "مقاتلي الحركة", "الميليشيات العراقية", "المتحدث باسم الحركة",
                 "مصدر في الحركة", "قسم الإغاثة في الحركة"]}
SY_ARMY_16 = {"en": ["Syrian Arab Army", "Syrian army", "Syrian government forces"],
              "ar": ["الجيش العربي السوري", "وحدات من الجيش العربي السوري", "الجيش السوري",
                     "مدفعية الجيش العربي السوري"]}
PRO_GOV_16 = merge(NUJABA, SY_ARMY_16)
JAF = {"en": ["Jaysh al-Fatah", "Army of Conquest", "Jabhat al-Nusra", "al-Nusra Front", "rebels", "militants"],
       "ar": ["جيش الفتح", "جبهة النصرة", "المسلحين", "المهاجمين", "الجماعات التكفيرية", "الجماعات المسلحة"]}
HADER_CLASH = merge(PRO_GOV_16, JAF)
RU_AIR_16 = {"en": ["Russian Air Force", "Russian warplanes", "Russia"], "ar": ["الطيران الحربي الروسي", "الطيران الروسي"]}
TURKEY = {"en": ["Turkey", "Turkish government", "Turkish regime"], "ar": ["النظام التركي", "تركيا"]}
RU_RECONCILIATION = {"en": ["Russian Reconciliation Centre", "Russian Centre for Reconciliation", "Hmeimim",
                            "Russian military", "Russia"],
                     "ar": ["مركز المصالحة الروسي", "مركز المصالحة الروسي في قاعدة حميميم"]}
NUJABA_COMMANDER = merge({"en": ["Nujaba field commander", "field commander"],
                          "ar": ["قائد ميداني في الحركة", "قائد ميداني", "مقراً لها"]}, NUJABA)
ALEPPO_DISPLACED = merge({"en": ["displaced families", "families displaced from southern Aleppo"],
                          "ar": ["عائلات نازحة", "عائلات نازحة من ريف حلب الجنوبي"]}, CIVILIANS)
NUJABA_DELEGATION = merge({"en": ["Nujaba leadership delegation", "delegation"], "ar": ["وفد من قيادة الحركة"]}, NUJABA)
SY_OFFICIALS_ALLIES = {"en": ["Syrian officials", "allied commanders", "Syrian government", "allies"],
                       "ar": ["مسؤولين سوريين", "قادة من «الحلفاء»", "الحلفاء"]}
SY_ALLIED = {"en": ["Syrian and allied forces", "Syrian army", "allied forces", "Syrian government forces"],
             "ar": ["القوات السورية والحليفة", "القوات السورية"]}

HADER_ZITAN = {"accept": ["الحاضر", "بلدة الحاضر", "زيتان", "قرية زيتان", "محور الحاضر", "al-Hader", "al-Hadir",
                          "Al Hadir", "Al Ḩāḑir", "Zitan", "Zeitan"]}
KHAN_TOUMAN_EIS = {"accept": ["خان طومان", "العيس", "تلة العيس", "بلدتي خان طومان والعيس", "Khan Touman", "Khan Tuman",
                              "al-Eis", "Al-Ais", "al-Is", "Eis hill"]}
KHALASA = {"accept": ["خلصة", "قرية خلصة", "Khalasa", "Khalsa", "Khalasah"]}
SOUTH_ALEPPO = {"accept": ["ريف حلب الجنوبي", "الحاضر", "southern Aleppo countryside", "south Aleppo", "al-Hader"]}
KHAN_TOUMAN = {"accept": ["خان طومان", "بلدة خان طومان", "Khan Touman", "Khan Tuman"]}
ALEPPO = {"accept": ["حلب", "مدينة حلب", "مدينة حلب وريفها", "Aleppo", "Halab"]}
JIBRIN = {"accept": ["جبرين", "حي جبرين", "حلب", "Jibrin", "Jibreen", "Aleppo"]}
DAMASCUS = {"accept": ["دمشق", "Damascus"]}
HADER_ALEPPO = place(HADER_ZITAN, ALEPPO)
