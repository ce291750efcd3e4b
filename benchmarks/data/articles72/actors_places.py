"""Accepted actor names and place names for the seventy-second team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الحكومة», «الوفد») are left out on purpose, with these
exceptions, each used only in an article where it names a single actor:
- 356: «الهيئة» (only ever the negotiation committee of the northern Homs countryside), «النظام» (the Syrian
  government and its forces), «الفصائل» (the rebel factions of the area), «المعتقلات» (the twenty-five women
  detainees), «شاب» (the young man of al-Rastan); «الجيش» is left out (it would match «جيش التوحيد»);
- 357: «قسد» and «دورياتها» (only ever the SDF), «الشبان» (the young men of al-Hawayij, in the one event whose
  recipient they are), «شبان» (the young men who blocked the road, optional);
- 358: «القيادة» (Diyala Operations Command), «الحشد» (the Popular Mobilization Forces), «الوزارة» (the
  migration ministry), «العائلات» (the families kept out of al-Zuhairat), «السلطات» (the Iraqi authorities
  UNAMI addresses);
- 359: «الميليشيا» and «الجماعة» (in the southern site's words only ever the Houthis), «الطرفين»/«الجانبان»
  (the two sides of the exchange), «الوساطة» and «الوسيط» (the tribal mediation), «الرابطة» (the mothers'
  association), «الأربعة» (the four abductees the Houthis kept);
- 360: «الحركة» and «الشباب» (only ever al-Shabaab), «الشرطة» (the police of Bulo Burte), «البرنامج» (WFP),
  «الجمعية» (the Somali Red Crescent), «الوفد» (the interior-security delegation).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge

# ====================================================== actors: shared
UNKNOWN_GUNMEN = {"en": ["unidentified gunmen", "unknown gunmen", "unidentified armed group"],
                  "ar": ["مسلحون مجهولون", "مسلحين مجهولين"]}

# ============ 356: Kafr Laha (al-Houla), al-Dar al-Kabira, al-Rastan, Talbiseh (northern Homs; 2017)
HAYA = {"en": ["Northern Homs Countryside Negotiation Committee",
               "Negotiating Committee of Northern Rural Homs", "opposition negotiators", "Syrian opposition"],
        "ar": ["«هيئة التفاوض عن ريف حمص الشمالي»", "هيئة التفاوض عن ريف حمص الشمالي", "«هيئة التفاوض»",
               "هيئة التفاوض", "عضو في الهيئة", "الهيئة"]}
RU_MP = {"en": ["Russian Military Police", "Russian military", "Russia", "Russian officers"],
         "ar": ["وفداً من ضباط الشرطة العسكرية الروسية", "الشرطة العسكرية الروسية", "الضباط الروس",
                "الجانب الروسي", "الوفد الروسي", "وفد من الضباط الروس"]}
HAYA_RU = merge(HAYA, RU_MP, {"en": ["both sides"], "ar": ["الطرفين", "الطرفان"]})
SY_REGIME = {"en": ["Syrian government forces", "Syrian regime", "Syrian army", "Military Forces of Syria",
                    "pro-government militias"],
             "ar": ["قوات النظام", "الميليشيات المساندة لها", "النظام"]}
SY_SNIPER = merge({"en": ["regime sniper", "Syrian army sniper"], "ar": ["قناص من قوات النظام", "قناص"]},
                  SY_REGIME)
HOULA_CIVILIANS = {"en": ["civilians", "residents of Kafr Laha", "woman and her child"],
                   "ar": ["ثلاثة مدنيين", "امرأة وطفلها", "المدنيين", "مدنيين"]}
SARC = {"en": ["Syrian Arab Red Crescent", "SARC", "Red Crescent"],
        "ar": ["«الهلال الأحمر العربي السوري»", "الهلال الأحمر العربي السوري", "«الهلال الأحمر»",
               "الهلال الأحمر"]}
NORTH_HOMS_PEOPLE = {"en": ["residents of the northern Homs countryside", "civilians", "besieged residents"],
                     "ar": ["مدن الريف وبلداته", "الأهالي"]}
TAWHID = {"en": ["Jaish al-Tawhid", "Army of Monotheism", "Jaish al-Tawhid commander", "rebel factions",
                 "Syrian opposition fighters"],
          "ar": ["القائد العسكري لفصيل «جيش التوحيد»", "«جيش التوحيد»", "جيش التوحيد", "الفصائل"]}
HOULA_REBELS = {"en": ["armed groups in al-Houla", "rebel factions", "Syrian opposition fighters"],
                "ar": ["«المجموعات المسلحة»", "المجموعات المسلحة", "الفصائل"]}
HOULA_ACTIVISTS = {"en": ["activists in al-Houla", "activists"], "ar": ["ناشطون في الحولة", "ناشطون"]}
WOMEN_DETAINEES = {"en": ["twenty-five women detainees", "female detainees", "detainees"],
                   "ar": ["المعتقلات الخمس والعشرين", "المعتقلات"]}
RASTAN_YOUTH = {"en": ["young man", "civilian", "farmer"], "ar": ["شاب من مدينة الرستن", "شاب"]}
RU_OFFICERS = merge({"en": ["delegation of Russian officers"], "ar": ["وفد من الضباط الروس"]}, RU_MP)
TALBISEH_NOTABLES = {"en": ["notables of Talbiseh", "Talbiseh local council"],
                     "ar": ["وجهائها", "ممثلي مجلسها المحلي", "المجلس المحلي"]}
HOULA_MOURNERS = {"en": ["residents of al-Houla", "mourners"], "ar": ["المئات من أهالي الحولة",
                                                                      "أهالي الحولة"]}

# ====================================================== places: 356
DAR_KABIRA = {"accept": ["معبر الدار الكبيرة", "الدار الكبيرة", "الرستن", "al-Dar al-Kabira",
                         "Dar al-Kabirah", "al-Rastan", "Rastan"]}
CONVOY_ROUTE = {"accept": ["معبر الدار الكبيرة", "الدار الكبيرة", "الريف الشمالي", "ريف حمص الشمالي",
                           "al-Dar al-Kabira", "northern Homs countryside", "northern rural Homs"]}
NORTH_HOMS = {"accept": ["ريف حمص الشمالي", "الريف الشمالي", "northern Homs countryside",
                         "northern rural Homs"]}
KAFR_LAHA = {"accept": ["بلدة كفرلاها", "كفرلاها", "منطقة الحولة", "الحولة", "Kafr Laha", "Kafrlaha",
                        "al-Houla", "Houla", "al-Hula"]}
HOULA = {"accept": ["الحولة", "كفرلاها", "al-Houla", "Houla", "al-Hula", "Kafr Laha"]}
QABU = {"accept": ["قرية القبو", "القبو", "al-Qabu", "Qabu", "al-Qbu"]}
MALOUK = {"accept": ["حاجز ملوك", "ملوك", "تلبيسة", "Malouk checkpoint", "Talbiseh", "Talbisah"]}
RASTAN_NORTH = {"accept": ["حاجز «الملعب»", "مدينة الرستن", "الرستن", "al-Rastan", "Rastan", "ar-Rastan"]}
TALBISEH = {"accept": ["مدينة تلبيسة", "تلبيسة", "Talbiseh", "Talbisah", "Talbisa"]}

# ============ 357: Thiban, al-Shuhayl, al-Hawayij, al-Busayrah, al-Subha (Deir ez-Zor; 2019)
SDF = {"en": ["Syrian Democratic Forces", "SDF", "QSD"],
       "ar": ["«قوات سوريا الديمقراطية»", "قوات سوريا الديمقراطية", "عناصر من «قسد»", "«قسد»", "قسد",
              "دورياتها"]}
SDF_MEDIA = merge({"en": ["SDF Media Centre", "SDF media office"],
                   "ar": ["«المركز الإعلامي» لـ«قسد»", "«المركز الإعلامي»", "المركز الإعلامي"]}, SDF)
DMC = {"en": ["Deir ez-Zor Military Council", "DMC", "Syrian Democratic Forces", "SDF"],
       "ar": ["وفد من «مجلس دير الزور العسكري»", "«مجلس دير الزور العسكري»", "مجلس دير الزور العسكري"]}
SHUHAYL_PROTESTERS = {"en": ["residents of al-Shuhayl", "protesters", "demonstrators"],
                      "ar": ["مئات من أهالي بلدة الشحيل", "أهالي بلدة الشحيل", "المشاركون", "المتظاهرون"]}
STRIKERS = {"en": ["shopkeepers", "traders", "Gathering of the Sons of the Tribes", "tribal gathering"],
            "ar": ["«تجمّع أبناء العشائر»", "تجمّع أبناء العشائر", "المحال التجارية", "أصحاب المحال"]}
ROAD_BLOCKERS = {"en": ["young men", "protesters"], "ar": ["شبان"]}
THIBAN_PROTESTERS = {"en": ["protesters", "demonstrators", "residents of Thiban", "civilians"],
                     "ar": ["عشرات المحتجين", "ثلاثة شبان", "المحتجين", "المتظاهرين", "المدنيين", "مدنيين"]}
THIBAN_DETAINEES = {"en": ["eleven young men", "young men of Thiban", "detainees"],
                    "ar": ["أحد عشر شاباً", "المعتقلين"]}
IS_REGIME_CELLS = {"en": ["Islamic State cells", "Islamic State", "ISIS", "Syrian regime",
                          "pro-government cells"],
                   "ar": ["«خلايا تابعة لتنظيم داعش وأخرى مرتبطة بالنظام»", "خلايا تابعة لتنظيم داعش",
                          "تنظيم داعش", "داعش"]}
AKIDAT = {"en": ["notables of the Akidat tribe", "al-Akidat tribe", "tribal notables"],
          "ar": ["وجهاء من قبيلة العكيدات", "قبيلة العكيدات", "العكيدات"]}
TRIBAL_NOTABLES = {"en": ["tribal notables", "tribal elders"], "ar": ["وجهاء عشائر المنطقة", "وجهاء عشائر"]}
SHUHAYL_COORD = {"en": ["al-Shuhayl Coordination Committee", "protest organisers"],
                 "ar": ["«تنسيقية الشحيل»", "تنسيقية الشحيل"]}
HAWAYIJ_DETAINEES = {"en": ["young men of al-Hawayij", "detainees"], "ar": ["أي من الشبان", "الشبان"]}
HAWAYIJ_NOTABLES = {"en": ["notables of al-Hawayij"], "ar": ["وجهاء البلدة"]}
SUBHA_VICTIM = {"en": ["member of the Civil Council of al-Subha", "local council member", "civilian"],
                "ar": ["عضواً في «المجلس المدني» لبلدة الصبحة", "عضواً في «المجلس المدني»"]}
COALITION = {"en": ["US-led coalition", "Global Coalition", "international coalition", "CJTF-OIR"],
             "ar": ["«التحالف الدولي»", "التحالف الدولي"]}
THIBAN_MOURNERS = {"en": ["residents of Thiban", "mourners"], "ar": ["أهالي ذيبان", "المشاركون"]}

# ====================================================== places: 357
SHUHAYL = {"accept": ["بلدة الشحيل", "الشحيل", "ساحة الجسر", "al-Shuhayl", "Shuhayl", "al-Shheil"]}
STRIKE_TOWNS = {"accept": ["أسواق الشحيل وذيبان والحوايج", "الشحيل", "ذيبان", "الحوايج", "al-Shuhayl",
                           "Thiban", "Dhiban", "al-Hawayij"]}
THIBAN = {"accept": ["بلدة ذيبان", "ذيبان", "مبنى «المجلس المدني»", "Thiban", "Dhiban", "Theban"]}
BUSAYRAH_ROAD = {"accept": ["الطريق الواصل بين البصيرة والشحيل", "البصيرة", "الشحيل", "al-Busayrah",
                            "al-Shuhayl"]}
OMAR_FIELD = {"accept": ["قاعدة حقل العمر", "حقل العمر", "al-Omar oil field", "Omar oil field", "al-Omar"]}
BUSAYRAH = {"accept": ["بلدة البصيرة", "البصيرة", "al-Busayrah", "Busayrah", "al-Busaira"]}
HAWAYIJ = {"accept": ["بلدة الحوايج", "الحوايج", "al-Hawayij", "Hawayij", "Hawaij Dhiyab"]}
SUBHA = {"accept": ["بلدة الصبحة", "الصبحة", "al-Subha", "Subha", "al-Sobha"]}
DEIR_EZZOR = {"accept": ["دير الزور", "ريف دير الزور الشرقي", "Deir ez-Zor", "Deir al-Zour", "Deir Ezzor"]}

# ============ 358: al-Muqdadiyah, Kanaan, Abu Saida, Hamrin/al-Saadiya (Diyala, Iraq; 2015)
MUQ_VICTIMS = {"en": ["civilians", "shoppers", "street vendors"],
               "ar": ["أربعة مواطنين", "المواطنين", "الباعة الجوالين", "الضحايا"]}
DIYALA_OPS = {"en": ["Diyala Operations Command", "Iraqi security forces", "Iraqi army"],
              "ar": ["قيادة عمليات ديالى", "القيادة"]}
MIL_INTEL = merge({"en": ["Iraqi Military Intelligence", "military intelligence"],
                   "ar": ["قوة من الاستخبارات العسكرية", "الاستخبارات العسكرية"]}, DIYALA_OPS)
MUQ_SUSPECTS = {"en": ["six suspects", "suspects"], "ar": ["ستة مشتبه بهم", "مشتبه بهم"]}
KANAAN_POLICE = {"en": ["local police patrol", "Iraqi police", "policeman"], "ar": ["دورية للشرطة المحلية",
                                                                                    "شرطي"]}
COUNCIL_MEMBER = {"en": ["Diyala Provincial Council member", "Diyala Provincial Council"],
                  "ar": ["عضو في مجلس محافظة ديالى", "مجلس محافظة ديالى"]}
ISIS = {"en": ["Islamic State", "ISIS", "ISIL", "Daesh", "IS remnants"],
        "ar": ["«بقايا تنظيم داعش»", "بقايا تنظيم داعش", "تنظيم «داعش»", "تنظيم داعش", "داعش"]}
ISIS_GUNMEN = merge({"en": ["Islamic State gunmen"], "ar": ["مسلحون من تنظيم «داعش»"]}, ISIS)
IQ_SECURITY = {"en": ["Iraqi security services", "Iraqi security forces"], "ar": ["الأجهزة الأمنية"]}
IQ_FEDERAL = {"en": ["Iraqi federal government", "Government of Iraq", "Iraqi government"],
              "ar": ["الحكومة الاتحادية"]}
MODM = {"en": ["Ministry of Migration and Displacement", "Iraqi Ministry of Migration and Displaced"],
        "ar": ["وزارة الهجرة والمهجرين", "الوزارة"]}
RETURNEES = {"en": ["returnee families", "returning displaced families", "displaced families"],
             "ar": ["مئة وخمسين عائلة", "عائلة"]}
SEC_FORCE = {"en": ["Iraqi security forces", "security force"], "ar": ["قوة أمنية"]}
KEPT_OUT_FAMILIES = {"en": ["forty displaced families", "displaced families"],
                     "ar": ["نحو أربعين عائلة", "أربعين عائلة", "العائلات"]}
PMF_CMDR = {"en": ["Popular Mobilization Forces", "PMF", "Hashd al-Shaabi", "PMF commander"],
            "ar": ["قيادي في «الحشد الشعبي»", "«الحشد الشعبي»", "الحشد الشعبي", "فصائل الحشد", "الحشد"]}
PMF_ISF = merge(PMF_CMDR, {"en": ["Iraqi security forces"], "ar": ["القوات الأمنية"]})
MUQ_RESIDENTS = {"en": ["residents", "people of al-Muqdadiyah"], "ar": ["الأهالي"]}
BOMBERS = {"en": ["perpetrators", "bombers", "killers"], "ar": ["القتلة", "المنفذين"]}
MASKED_GUNMEN = {"en": ["masked gunmen", "unidentified gunmen"], "ar": ["مسلحين ملثمين", "مسلحون ملثمون"]}
ABDUCTED_THREE = {"en": ["three young men", "young men of al-Muqdadiyah"], "ar": ["ثلاثة شبان",
                                                                                  "الشبان الثلاثة"]}
IQ_INTERIOR = {"en": ["Iraqi Minister of Interior", "Ministry of Interior", "Iraqi government"],
               "ar": ["وزير الداخلية", "وفد أمني رفيع"]}
SEC_CHIEFS = {"en": ["security chiefs", "commanders of the security services"],
              "ar": ["قادة الأجهزة الأمنية"]}
DIYALA_COUNCIL = {"en": ["Diyala Provincial Council", "provincial council"], "ar": ["مجلس محافظة ديالى"]}
PMF_FIGHTERS = {"en": ["PMF fighters", "Popular Mobilization Forces", "Hashd al-Shaabi"],
                "ar": ["ثلاثة من مقاتلي «الحشد الشعبي»", "مقاتلي «الحشد الشعبي»", "«الحشد الشعبي»"]}
UNAMI = {"en": ["United Nations Assistance Mission for Iraq", "UNAMI", "United Nations"],
         "ar": ["بعثة الأمم المتحدة لمساعدة العراق", "«يونامي»", "يونامي"]}
IQ_AUTHORITIES = {"en": ["Iraqi authorities", "Government of Iraq"], "ar": ["السلطات"]}
MUQ_MOURNERS = {"en": ["residents of al-Muqdadiyah", "mourners"],
                "ar": ["حشود من أهالي المقدادية", "أهالي المقدادية", "المشيعون"]}
MUQ_SHOPS = {"en": ["shopkeepers", "traders"], "ar": ["المحال التجارية"]}

# ====================================================== places: 358
MUQ_MARKET = {"accept": ["السوق الكبير وسط قضاء المقدادية", "قضاء المقدادية", "المقدادية", "al-Muqdadiyah",
                         "Muqdadiya", "Miqdadiyah"]}
MUQ = {"accept": ["قضاء المقدادية", "المقدادية", "al-Muqdadiyah", "Muqdadiya", "Miqdadiyah"]}
MUQ_ORCHARDS = {"accept": ["البساتين المحيطة بالقضاء", "المقدادية", "al-Muqdadiyah", "Muqdadiya"]}
KANAAN = {"accept": ["ناحية كنعان", "كنعان", "Kanaan", "Kan'an"]}
ABU_SAIDA = {"accept": ["قرى ناحية أبي صيدا", "ناحية أبي صيدا", "أبي صيدا", "أبو صيدا", "Abu Saida",
                        "Abu Sayda"]}
ZUHAIRAT = {"accept": ["قرية الزهيرات", "الزهيرات", "ناحية أبي صيدا", "أبي صيدا", "al-Zuhairat", "Zuhairat",
                       "Abu Saida"]}
MUQ_ROAD = {"accept": ["طريق المقدادية–بعقوبة", "المقدادية", "بعقوبة", "Muqdadiyah–Baqubah road",
                       "al-Muqdadiyah", "Baqubah"]}
DIYALA = {"accept": ["محافظة ديالى", "ديالى", "بعقوبة", "Diyala", "Diyala Governorate", "Baqubah", "Baquba"]}
HAMRIN = {"accept": ["سفوح تلال حمرين", "تلال حمرين", "حمرين", "ناحية السعدية", "السعدية", "Hamrin",
                     "Jabal Hamrin", "al-Saadiya", "Saadiyah"]}

# ============ 359: Qataba, al-Fakhir, Damt, Murais, al-Husha (al-Dhale, Yemen; 2020)
SOUTHERN = {"en": ["Southern forces", "Southern Transitional Council forces", "STC forces",
                   "Southern Armed Forces"],
            "ar": ["مقاتلي القوات الجنوبية", "القوات الجنوبية"]}
HOUTHIS = {"en": ["Houthis", "Ansar Allah", "Houthi movement", "Houthi militia"],
           "ar": ["ميليشيا الحوثي", "مسلحون حوثيون", "الميليشيا", "الجماعة", "حوثية"]}
SOUTH_HOUTHI = merge(SOUTHERN, HOUTHIS, {"en": ["both sides"], "ar": ["الطرفين", "الجانبين", "الجانبان"]})
DAMT_SHEIKH = {"en": ["tribal mediator", "sheikh of Damt", "mediator"], "ar": ["أحد مشايخ مديرية دمت",
                                                                               "الوسيط"]}
QATABA_VICTIMS = {"en": ["civilians", "qat vendor and his son", "farmer"], "ar": ["ثلاثة مدنيين", "مدنيين",
                                                                                  "طفل"]}
DAMT_TEACHERS = {"en": ["two teachers", "teachers"], "ar": ["معلمَين من أبناء مديرية دمت", "المعلمَين",
                                                            "معلمَين"]}
EDU_OFFICE = {"en": ["Dhale Education Office", "Office of Education in al-Dhale"],
              "ar": ["مكتب التربية والتعليم في محافظة الضالع", "مكتب التربية والتعليم"]}
UNICEF = {"en": ["UNICEF", "United Nations Children's Fund"], "ar": ["منظمة «يونيسف»", "«يونيسف»", "يونيسف"]}
QATABA_CMDR = merge({"en": ["Qataba axis commander"],
                     "ar": ["قائد محور قعطبة في القوات الجنوبية", "قائد محور قعطبة"]}, SOUTHERN)
MURAIS_DETAINEE = {"en": ["abductee from Murais", "detainee", "civilian"],
                   "ar": ["مختطف من أبناء منطقة مريس", "مختطف"]}
QATABA_ABDUCTEES = {"en": ["four civilian abductees", "abductees from Qataba"],
                    "ar": ["أربعة مختطفين مدنيين من أبناء قعطبة", "أربعة مختطفين مدنيين", "الأربعة"]}
MEDIATION = merge({"en": ["mediation"], "ar": ["الوساطة"]}, DAMT_SHEIKH)
HOUTHI_COMMITTEE = merge({"en": ["National Committee for Prisoners' Affairs", "Houthi prisoners committee"],
                          "ar": ["«اللجنة الوطنية لشؤون الأسرى»", "اللجنة الوطنية لشؤون الأسرى", "جماعته"]},
                         HOUTHIS)
YE_GOVERNMENT = {"en": ["Yemeni government", "Government of Yemen", "internationally recognised government"],
                 "ar": ["«حكومة المرتزقة»", "حكومة المرتزقة"]}
INVADERS = merge({"en": ["Saudi-led coalition", "pro-government forces"],
                  "ar": ["«القوات الغازية ومرتزقتها»", "القوات الغازية ومرتزقتها", "القوات الغازية"]},
                  SOUTHERN)
MOTHERS = {"en": ["Abductees' Mothers Association", "Association of Mothers of Abductees"],
           "ar": ["رابطة أمهات المختطفين", "الرابطة"]}
SHEPHERDS = {"en": ["two shepherds", "shepherd brothers", "civilians"], "ar": ["راعيا أغنام شقيقان",
                                                                               "راعيا أغنام"]}

# ====================================================== places: 359
FAKHIR = {"accept": ["منطقة الفاخر", "الفاخر", "مديرية قعطبة", "قعطبة", "al-Fakhir", "Fakhir", "Qataba"]}
QATABA_DAMT = {"accept": ["قعطبة", "مدينة دمت", "دمت", "Qataba", "Damt"]}
QATABA_MARKET = {"accept": ["سوق القات وسط مدينة قعطبة", "مدينة قعطبة", "قعطبة", "Qataba", "Qa'tabah"]}
DAMT = {"accept": ["مديرية دمت", "دمت", "Damt", "Dimt"]}
IBB = {"accept": ["مدينة إب", "إب", "Ibb"]}
MURAIS = {"accept": ["منطقة مريس", "مريس", "Murais", "Muris"]}
DHALE_CITY = {"accept": ["مبنى السلطة المحلية في الضالع", "الضالع", "al-Dhale", "Dhale", "ad-Dali"]}
HUSHA = {"accept": ["مديرية الحشا", "الحشا", "al-Husha", "Husha", "al-Hashaa"]}

# ============ 360: Bulo Burte, Beledweyne, Jalalaqsi (Hiiraan, Somalia; 2018)
SHABAAB = {"en": ["al-Shabaab", "Harakat al-Shabaab al-Mujahideen", "Al Shabaab"],
           "ar": ["«حركة الشباب»", "حركة الشباب", "مسلحي الحركة", "«الشباب»", "الشباب", "الحركة"]}
BULO_CIVILIANS = {"en": ["civilians", "market vendors", "shoppers"],
                  "ar": ["خمسة مدنيين", "مدنيين", "الباعة والمتسوقين"]}
SNA_AMISOM = {"en": ["Somali National Army", "Somali government forces", "Ethiopian troops", "AMISOM",
                     "African Union Mission in Somalia"],
              "ar": ["القوات الحكومية", "القوات الإثيوبية", "بعثة الاتحاد الإفريقي في الصومال", "«أميصوم»",
                     "أميصوم"]}
BULO_POLICE = {"en": ["Somali Police Force", "police", "Bulo Burte police"], "ar": ["الشرطة",
                                                                                    "قائد شرطة المدينة"]}
BULO_SUSPECTS = {"en": ["three suspects", "suspects"], "ar": ["ثلاثة أشخاص"]}
WFP = {"en": ["World Food Programme", "WFP", "UN World Food Programme"], "ar": ["برنامج الأغذية العالمي",
                                                                                "البرنامج"]}
BULO_HOUSEHOLDS = {"en": ["households of Bulo Burte", "residents of Bulo Burte", "civilians"],
                   "ar": ["ثلاثة آلاف أسرة", "أسرة"]}
HIIRAAN_GOVERNOR = {"en": ["Governor of Hiiraan", "Hiiraan regional administration"],
                    "ar": ["حاكم إقليم هيران", "إدارته"]}
FGS_AMISOM = {"en": ["Federal Government of Somalia", "Somali federal government", "AMISOM"],
              "ar": ["الحكومة الفيدرالية في مقديشو", "الحكومة الفيدرالية", "بعثة «أميصوم»", "«أميصوم»"]}
SHABAAB_TARGETS = {"en": ["Somali government", "AMISOM", "foreign troops", "residents"],
                   "ar": ["«الإدارة المرتدة»", "الإدارة المرتدة", "جندي أجنبي", "السكان"]}
MAAWISLEY = {"en": ["Ma'awisley", "Macawisley clan militia", "clan militia"],
             "ar": ["ميليشيا «معاويسلي» العشائرية", "«معاويسلي»", "معاويسلي", "أبناء العشائر"]}
ETHIOPIAN = {"en": ["Ethiopian troops", "Ethiopian National Defense Force", "AMISOM"],
             "ar": ["القوات الإثيوبية"]}
SRCS = {"en": ["Somali Red Crescent Society", "SRCS", "Red Crescent"],
        "ar": ["«الهلال الأحمر الصومالي»", "الهلال الأحمر الصومالي", "الجمعية"]}
FGS_DELEGATION = {"en": ["Ministry of Internal Security", "Somali federal government delegation",
                         "Federal Government of Somalia"],
                  "ar": ["وفد من وزارة الأمن الداخلي في الحكومة الفيدرالية", "وزارة الأمن الداخلي", "الوفد"]}
HIIRAAN_OFFICIALS = {"en": ["Hiiraan officials", "Ethiopian commanders", "Hiiraan regional administration"],
                     "ar": ["مسؤولي الإقليم", "قادة القوات الإثيوبية"]}
SNA_SOLDIERS = {"en": ["Somali soldiers", "Somali National Army"], "ar": ["أربعة جنود من الجيش الصومالي",
                                                                         "الجيش الصومالي"]}

# ====================================================== places: 360
BULO_MARKET = {"accept": ["السوق الرئيسي في مدينة بولوبرطي", "مدينة بولوبرطي", "بولوبرطي", "Bulo Burte",
                          "Buulobarde", "Bulobarde"]}
SHABELLE_EAST = {"accept": ["الضفة الشرقية لنهر شبيلي", "نهر شبيلي", "بولوبرطي", "Shabelle River",
                            "Bulo Burte", "Buulobarde"]}
BULO = {"accept": ["بولوبرطي", "مدينة بولوبرطي", "Bulo Burte", "Buulobarde", "Bulobarde"]}
BULO_EAST = {"accept": ["الأحياء الشرقية من بولوبرطي", "بولوبرطي", "Bulo Burte", "Buulobarde"]}
BULO_AIRPORT = {"accept": ["مطار بولوبرطي", "بولوبرطي", "Bulo Burte airstrip", "Bulo Burte", "Buulobarde"]}
BULO_OUTSKIRTS = {"accept": ["ضواحي بولوبرطي", "الأطراف الشرقية للمدينة", "بولوبرطي", "Bulo Burte",
                             "Buulobarde"]}
BULO_JALA_ROAD = {"accept": ["الطريق بين بولوبرطي وجلالقسي", "جلالقسي", "بولوبرطي",
                             "Bulo Burte–Jalalaqsi road", "Jalalaqsi", "Bulo Burte"]}
BELED_BULO_ROAD = {"accept": ["الطريق بين بلدوين وبولوبرطي", "بلدوين", "بولوبرطي",
                              "Beledweyne–Bulo Burte road", "Beledweyne", "Bulo Burte"]}
BELEDWEYNE = {"accept": ["بلدوين", "Beledweyne", "Beled Weyne", "Belet Weyne"]}
JALALAQSI = {"accept": ["بلدة جلالقسي", "جلالقسي", "Jalalaqsi", "Jalalaqsi district"]}
