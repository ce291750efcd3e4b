"""Accepted actor names and place names for the twenty-second team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not copied
from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the articles, common
variants, and English names). Where the GeoNames lists in ../shared/data/geonames/ hold a town (Syria, Lebanon) it
was checked there; camps, neighbourhoods, villages, crossings and the Yemeni, Libyan and Sudanese places (no GeoNames
list is shipped for Yemen, Libya or Sudan) carry their usual spellings and, where useful, their district or city as a
wider accepted name.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الحزب», «الهيئة», «الحركة», «المجلس») are left out on purpose.
"""


import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ================================================================ actors: shared
CIVILIANS = {"en": ["civilians", "civilian", "residents", "locals", "people", "citizens"],
             "ar": ["مدنيين", "المدنيين", "مدنيون", "مدني", "المواطنين", "مواطنين", "الأهالي", "السكان"]}
UNKNOWN = {"en": ["unknown gunmen", "unknown assailants", "unidentified gunmen", "unknown persons"],
           "ar": ["مسلحين مجهولين", "مسلحون مجهولون", "مسلحان مجهولان", "مجهولين", "مجهولون", "مجهولان"]}

# ================================================================ 106: Ain al-Hilweh (Sidon) and Tyre (a Lebanese site)
FATAH_NSF = {"en": ["Fatah", "Palestinian National Security Forces", "National Security", "Fatah movement",
                    "Fatah leadership in Sidon", "Palestinian National Security commander in the camp"],
             "ar": ["حركة «فتح»", "«فتح»", "فتح", "قوات الأمن الوطني الفلسطيني", "الأمن الوطني الفلسطيني",
                    "عناصر من الأمن الوطني", "قيادة حركة «فتح» في منطقة صيدا", "قائد الأمن الوطني الفلسطيني في المخيم",
                    "الأمن الوطني"]}
SHABAB_MUSLIM = {"en": ["al-Shabab al-Muslim", "Muslim Youth group", "Islamist gunmen", "Shabab al-Muslim"],
                 "ar": ["«الشباب المسلم»", "الشباب المسلم", "مجموعة «الشباب المسلم»", "مسلحين من مجموعة «الشباب المسلم»",
                        "مسلحي «الشباب المسلم»"]}
FATAH_SHABAB = merge(FATAH_NSF, SHABAB_MUSLIM)
LAF = {"en": ["Lebanese Army", "Lebanese Armed Forces", "LAF", "army intelligence", "Army Intelligence patrol",
              "army command", "Lebanese military source"],
       "ar": ["الجيش اللبناني", "مخابرات الجيش", "دورية من مخابرات الجيش", "قيادة الجيش", "مصدر عسكري لبناني",
              "قوة من الجيش"]}
DARB_SIM_YOUTHS = {"en": ["two Palestinian young men", "two young Palestinians"],
                   "ar": ["شابين فلسطينيين", "شابين"]}
IDF = {"en": ["Israeli army", "Israel Defense Forces", "IDF", "Israeli drone", "Israel", "Israeli occupation army"],
       "ar": ["الجيش الإسرائيلي", "مسيّرة إسرائيلية", "جيش الاحتلال", "إسرائيل", "الاحتلال"]}
HEZBOLLAH = {"en": ["Hezbollah", "Hizbullah", "Radwan Force", "Hezbollah member"],
             "ar": ["«حزب الله»", "حزب الله", "«قوة الرضوان»", "قوة الرضوان", "عنصر في «قوة الرضوان»"]}
ABBASIYEH_VICTIMS = merge({"en": ["a man in a car", "car", "two passers-by"],
                           "ar": ["سيارة من نوع «رابيد»", "شخص كان بداخلها", "اثنين من المارة", "سيارة"]},
                          HEZBOLLAH, CIVILIANS)
JOINT_ACTION = {"en": ["Joint Palestinian Action Committee", "Palestinian Joint Action Committee in Sidon",
                       "joint Palestinian action body"],
                "ar": ["«هيئة العمل الفلسطيني المشترك»", "هيئة العمل الفلسطيني المشترك"]}
USBAT_PIJM = {"en": ["Usbat al-Ansar", "Islamic Mujahid Movement", "Islamic Jihadist Movement"],
              "ar": ["«عصبة الأنصار»", "عصبة الأنصار", "«الحركة الإسلامية المجاهدة»", "الحركة الإسلامية المجاهدة",
                     "ممثلين عن «عصبة الأنصار»"]}
CAMP_FACTIONS = merge(JOINT_ACTION, USBAT_PIJM)
TYRE_MPS = {"en": ["MPs of Tyre", "Tyre members of parliament", "lawmakers of the Tyre district"],
            "ar": ["نواب منطقة صور", "نواب صور"]}
LB_GOVERNMENT = {"en": ["Lebanese government", "government of Lebanon", "Lebanese state"],
                 "ar": ["الحكومةَ اللبنانية", "الحكومة اللبنانية", "الدولة اللبنانية"]}
NSF_TWO = merge({"en": ["two National Security members"], "ar": ["عنصرين من الأمن الوطني", "عنصرين"]}, FATAH_NSF)
POPULAR_COMMITTEES = {"en": ["popular committees of the camp", "popular committees"],
                      "ar": ["اللجان الشعبية في المخيم", "اللجان الشعبية"]}
SHABAB_OFFICIAL = merge({"en": ["al-Shabab al-Muslim official", "his bodyguard"],
                         "ar": ["مسؤول في «الشباب المسلم»", "مرافقه"]}, SHABAB_MUSLIM)

SIDON = {"accept": ["صيدا", "مدينة صيدا", "Sidon", "Saida", "Sayda"]}
AIN_HILWEH = place({"accept": ["عين الحلوة", "مخيم عين الحلوة", "Ain al-Hilweh", "Ain al-Hilwe", "Ein el-Hilweh"]},
                   SIDON)
TIRI = place({"accept": ["حي الطيرة", "الطيرة", "al-Tiri", "Tiri"]}, AIN_HILWEH)
HISBA = place({"accept": ["حاجز الحسبة", "الحسبة", "مداخل المخيم"]}, AIN_HILWEH)
DARB_SIM = place({"accept": ["حاجز درب السيم", "درب السيم", "Darb al-Sim", "Darb es-Sim"]}, AIN_HILWEH)
TAAMIR = place({"accept": ["حي التعمير", "التعمير", "al-Taamir", "Taamir"]}, AIN_HILWEH)
HITTIN = place({"accept": ["حي حطين", "حطين", "Hittin", "Hattin"]}, AIN_HILWEH)
TYRE = {"accept": ["صور", "مدينة صور", "منطقة صور", "Tyre", "Sour", "Sur"]}
ABBASIYEH = place({"accept": ["العباسية", "بلدة العباسية", "مفرق بلدة العباسية", "al-Abbasiyah", "Abbasiyeh",
                              "Abbassiyeh"]}, TYRE)
UNRWA_SIDON = place({"accept": ["مكتب مدير خدمات «الأونروا» في صيدا", "مكتب مدير خدمات الأونروا",
                                "مكتب الأونروا في صيدا"]}, SIDON)
LEBANON = {"accept": ["لبنان", "Lebanon"]}

# ================================================================ 107: Shabwa and Aden (a Yemeni southern news site)
SHABWA_DEF = {"en": ["Shabwa Defence Forces", "Shabwa Defense Forces", "Shabwani Defence", "Shabwa security directorate",
                     "media centre of the Shabwa Defence Forces"],
              "ar": ["قوات دفاع شبوة", "«دفاع شبوة»", "دفاع شبوة", "المركز الإعلامي لقوات دفاع شبوة",
                     "قوة من «دفاع شبوة»", "إدارة أمن محافظة شبوة"]}
SHABWA_SOLDIERS = merge({"en": ["three soldiers", "Shabwa Defence soldiers", "military post"],
                         "ar": ["ثلاثة جنود من قوات دفاع شبوة", "ثلاثة جنود", "نقطة عسكرية"]}, SHABWA_DEF)
AQAP = {"en": ["al-Qaeda in the Arabian Peninsula", "AQAP", "al-Qaeda", "al-Malahim"],
        "ar": ["تنظيم «القاعدة في جزيرة العرب»", "«القاعدة في جزيرة العرب»", "القاعدة في جزيرة العرب",
               "تنظيم «القاعدة»", "القاعدة", "«قوى الإرهاب»"]}
ISLAH = {"en": ["Islah party", "Yemeni Congregation for Reform", "al-Islah", "Islah-aligned forces"],
         "ar": ["حزب التجمع اليمني للإصلاح", "حزب الإصلاح", "التجمع اليمني للإصلاح", "قوات موالية لحزب الإصلاح"]}
ATAQ_DETAINEES = {"en": ["four people", "suspected al-Qaeda members"], "ar": ["أربعة أشخاص"]}
ATAQ_GUNMAN = {"en": ["a gunman holed up in the house", "gunman"], "ar": ["مسلح تحصّن داخل المنزل", "مسلح"]}
SHABWA_DEF_GUNMAN = merge(SHABWA_DEF, ATAQ_GUNMAN)
ADEN_PROTESTERS = merge({"en": ["protesters", "hundreds of citizens", "demonstrators in Aden"],
                         "ar": ["مئات المواطنين", "المحتجون", "المحتجين"]}, CIVILIANS)
SECURITY_BELT = {"en": ["Security Belt Forces", "Security Belt", "al-Hizam al-Amni"],
                 "ar": ["قوات الحزام الأمني", "الحزام الأمني"]}
PLC_GOV = {"en": ["Presidential Leadership Council", "Yemeni government", "PLC", "the government"],
           "ar": ["مجلسَ القيادة الرئاسي", "مجلس القيادة الرئاسي", "الحكومة"]}
STC = {"en": ["Southern Transitional Council", "STC", "the Transitional Council",
              "leaders of the Southern Transitional Council"],
       "ar": ["المجلس الانتقالي الجنوبي", "الانتقالي الجنوبي", "الانتقالي", "هيئة رئاسة المجلس الانتقالي الجنوبي",
              "قيادات من المجلس الانتقالي الجنوبي"]}
STC_ISLAH = merge(STC, ISLAH)
GIANTS = {"en": ["Southern Giants Brigades", "Giants Brigades", "al-Amaliqa"],
          "ar": ["ألوية العمالقة الجنوبية", "ألوية العمالقة", "الإعلام العسكري للألوية"]}
HOUTHIS = {"en": ["Houthis", "Houthi movement", "Ansar Allah", "Houthi group"],
           "ar": ["جماعة الحوثي", "الحوثي", "الحوثيين", "أنصار الله", "مسيّرة حوثية"]}
AIN_VICTIM = merge({"en": ["a woman", "villages of Ain district"], "ar": ["امرأة", "قرى متفرقة في مديرية عين"]},
                   CIVILIANS)
SHABWA_GOVERNOR = {"en": ["governor of Shabwa", "Shabwa governor"], "ar": ["محافظ شبوة"]}
SAID_SHEIKHS = {"en": ["sheikhs and notables of al-Said district", "tribal sheikhs", "delegation of sheikhs"],
                "ar": ["وفداً من مشايخ وأعيان مديرية الصعيد", "مشايخ وأعيان مديرية الصعيد", "أبناء المديرية"]}
ADEN_POWER_UNION = {"en": ["union of Aden electricity workers", "electricity workers' union",
                           "Public Electricity Corporation workers"],
                    "ar": ["نقابة عمال المؤسسة العامة للكهرباء في عدن", "نقابة عمال المؤسسة العامة للكهرباء",
                           "العمال"]}
ATAQ_2022_SIDES = merge(SHABWA_DEF, GIANTS, ISLAH)

SHABWA = {"accept": ["شبوة", "محافظة شبوة", "Shabwa", "Shabwah"]}
SAID = place({"accept": ["الصعيد", "مديرية الصعيد", "al-Said", "As Sa'id", "Said district"]}, SHABWA)
MUSAYNAA = place({"accept": ["المصينعة", "منطقة المصينعة", "al-Musaynaa", "Al-Musaynaa", "Musaynaa"]}, SAID)
ATAQ = place({"accept": ["عتق", "مدينة عتق", "Ataq", "Attaq"]}, SHABWA)
ATAQ_SALAM = place({"accept": ["حي السلام", "حي السلام شرقي المدينة"]}, ATAQ)
ADEN = {"accept": ["عدن", "مدينة عدن", "Aden", "Adan"]}
MANSOURA = place({"accept": ["المنصورة", "مديرية المنصورة", "الشيخ عثمان", "مديريتي المنصورة والشيخ عثمان",
                             "جولة كالتكس", "al-Mansoura", "Sheikh Othman", "Caltex roundabout"]}, ADEN)
KHOR_MAKSAR = place({"accept": ["خور مكسر", "مديرية خور مكسر", "ساحة العروض", "Khor Maksar", "al-Arood square"]},
                    ADEN)
USAYLAN = place({"accept": ["عسيلان", "مديرية عسيلان", "بيحان", "جبهة بيحان", "Usaylan", "Osailan", "Bayhan",
                            "Beihan"]}, SHABWA)
AIN_DISTRICT = place({"accept": ["مديرية عين", "عين", "Ain district", "Ayn", "بيحان", "Bayhan"]}, SHABWA)
RIYADH = {"accept": ["الرياض", "العاصمة السعودية الرياض", "Riyadh", "السعودية", "Saudi Arabia"]}
NASHIMA = place({"accept": ["ميناء النشيمة النفطي", "النشيمة", "ميناء النشيمة", "رضوم", "مديرية رضوم", "al-Nashima",
                            "Nushayma", "Rudum", "Radhum"]}, SHABWA)

# ================================================================ 108: Sabha and Benghazi (a Libyan southern news site)
LNA_GC = {"en": ["Libyan National Army", "LNA", "General Command of the Armed Forces", "General Command",
                 "Haftar's forces", "commander-in-chief of the armed forces", "Land Forces chief of staff"],
          "ar": ["القيادة العامة للقوات المسلحة", "القيادة العامة", "القائد العام للقوات المسلحة",
                 "رئاسة أركان القوات البرية التابعة للقيادة العامة", "رئاسة أركان القوات البرية",
                 "الجيش الوطني الليبي", "آليات عسكرية تابعة للقيادة العامة"]}
TBZ = merge({"en": ["Tariq bin Ziyad Brigade", "Tariq Ben Zeyad Brigade", "TBZ", "patrol of the Tariq bin Ziyad "
                    "Brigade"],
             "ar": ["اللواء «طارق بن زياد»", "للواء «طارق بن زياد»", "«طارق بن زياد»", "طارق بن زياد",
                    "دورية تابعة للواء «طارق بن زياد»", "المكتب الإعلامي للواء «طارق بن زياد»"]}, LNA_GC)
TAYOURI_GUNMEN = {"en": ["gunmen of the al-Tayouri district", "local gunmen", "fuel smuggling gang"],
                  "ar": ["مسلحين من أبناء حي الطيوري", "مسلحين", "عصابة لتهريب الوقود"]}
TBZ_TAYOURI = merge(TBZ, TAYOURI_GUNMEN)
TAYOURI_COUNCIL = {"en": ["social council of al-Tayouri", "al-Tayouri social council"],
                   "ar": ["المجلس الاجتماعي لحي الطيوري", "المجلس الاجتماعي"]}
FUEL_DRIVER = {"en": ["fuel truck driver"], "ar": ["سائق شاحنة وقود"]}
DCIM_SABHA = {"en": ["Anti-Illegal Immigration Agency", "Department for Combating Illegal Migration", "DCIM",
                     "Sabha branch of the anti-illegal migration agency"],
              "ar": ["جهاز مكافحة الهجرة غير الشرعية", "جهاز مكافحة الهجرة غير الشرعية – فرع سبها",
                     "قوة من جهاز مكافحة الهجرة غير الشرعية"]}
SMUGGLING_GANG = {"en": ["smugglers", "three gang members", "smuggling gang"],
                  "ar": ["ثلاثة من أفراد العصابة", "مهربون", "العصابة"]}
MIGRANTS_63 = {"en": ["63 migrants", "African migrants", "migrants"],
               "ar": ["ثلاثة وستين مهاجراً", "المهاجرين", "مهاجرين"]}
ISA = {"en": ["Internal Security Agency", "Internal Security Service", "ISA"],
       "ar": ["جهاز الأمن الداخلي", "الأمن الداخلي"]}
BENGHAZI_BLOGGER = merge({"en": ["young blogger", "blogger", "activist"], "ar": ["مدوّناً شاباً", "المدوّن", "مدوّن"]},
                         CIVILIANS)
BLOGGER_FRIENDS = {"en": ["friends and relatives of the blogger", "protesters"],
                   "ar": ["عدد من أصدقاء المدوّن وأقاربه", "أصدقاء المدوّن وأقاربه", "أصدقاء المدوّن"]}
UNSMIL = {"en": ["United Nations Support Mission in Libya", "UNSMIL", "UN mission"],
          "ar": ["بعثة الأمم المتحدة للدعم في ليبيا", "البعثة الأممية", "الأمم المتحدة"]}
EAST_AUTHORITIES = {"en": ["authorities in eastern Libya", "eastern authorities"],
                    "ar": ["السلطاتِ في شرق البلاد", "السلطات في شرق البلاد"]}
AFRICOM = {"en": ["AFRICOM", "US Africa Command", "US military delegation", "delegation of US Africa Command"],
           "ar": ["«أفريكوم»", "أفريكوم", "القيادة العسكرية الأمريكية في أفريقيا",
                  "وفداً من القيادة العسكرية الأمريكية في أفريقيا"]}
UBARI_DRIVER = merge({"en": ["driver from Ubari", "truck driver"], "ar": ["سائقاً من مدينة أوباري", "سائقاً"]},
                     CIVILIANS)
MOI_EAST = {"en": ["Interior Ministry of the House of Representatives-backed government", "security personnel",
                   "eastern interior ministry"],
            "ar": ["وزارة الداخلية في الحكومة المكلفة من مجلس النواب", "وزارة الداخلية", "عناصر الأمن"]}
GANFOUDA_MIGRANTS = {"en": ["migrants", "migrants in Ganfouda shelter"], "ar": ["مهاجرين"]}
TAYOURI_NOTABLES = {"en": ["notables of al-Tayouri", "al-Tayouri elders"], "ar": ["أعيان حي الطيوري", "أعيان"]}
SABHA_SEC_DIRECTORATE = {"en": ["Sabha Security Directorate", "Sabha police headquarters"],
                         "ar": ["مقر مديرية أمن سبها", "مديرية أمن سبها"]}

SABHA = {"accept": ["سبها", "مدينة سبها", "Sabha", "Sebha"]}
TAYOURI = place({"accept": ["الطيوري", "حي الطيوري", "مداخله", "al-Tayouri", "Tayouri", "al-Tuyuri"]}, SABHA)
MANSHIYA = place({"accept": ["المنشية", "حي المنشية", "al-Manshiya", "Manshiya"]}, SABHA)
BENGHAZI = {"accept": ["بنغازي", "مدينة بنغازي", "Benghazi", "Bengasi"]}
SALMANI = place({"accept": ["السلماني", "حي السلماني", "al-Salmani", "Salmani"]}, BENGHAZI)
BENGHAZI_SEC = place({"accept": ["مقر مديرية أمن بنغازي", "مديرية أمن بنغازي"]}, BENGHAZI)
RAJMA = place({"accept": ["الرجمة", "منطقة الرجمة", "مقر القيادة العامة بمنطقة الرجمة", "al-Rajma", "Rajma"]},
              BENGHAZI)
BRAK = {"accept": ["براك الشاطئ", "قاعدة براك الشاطئ الجوية", "براك", "Brak al-Shati", "Brak", "Brak airbase",
                   "شمال سبها"]}
SABHA_UBARI_ROAD = {"accept": ["الطريق الرابط بين سبها وأوباري", "أوباري", "سبها", "Ubari", "Awbari", "Sabha"]}
GANFOUDA = place({"accept": ["قنفودة", "مركز إيواء قنفودة", "Ganfouda", "Qanfudah"]}, BENGHAZI)
SHARARA = {"accept": ["حقل الشرارة النفطي", "حقل الشرارة", "الشرارة", "Sharara", "El Sharara"]}
SABHA_SEC_HQ = place({"accept": ["مقر مديرية أمن سبها", "مديرية أمن سبها"]}, SABHA)

# ================================================================ 109: Blue Nile (a Sudanese regional news site)
SAF_4DIV = {"en": ["Sudanese Armed Forces", "Sudanese army", "SAF", "4th Infantry Division", "army spokesman",
                   "army air defences"],
            "ar": ["الفرقة الرابعة مشاة", "قوات الفرقة الرابعة مشاة", "الجيش السوداني", "القوات المسلحة",
                   "الناطق الرسمي باسم القوات المسلحة", "قوات الفرقة", "المضادات الأرضية"]}
SPLMN = {"en": ["SPLM-N", "Sudan People's Liberation Movement-North", "SPLM-North", "SPLM-N al-Hilu",
                "SPLM-N spokesman", "SPLM-N field commander"],
         "ar": ["«الحركة الشعبية لتحرير السودان – شمال»", "الحركة الشعبية لتحرير السودان – شمال",
                "الحركة الشعبية لتحرير السودان", "«الحركة الشعبية»", "الحركة الشعبية", "الحركة المتمردة",
                "قوات الحركة", "الناطق الرسمي باسم «الحركة الشعبية»", "قائد ميداني في «الحركة الشعبية»",
                "عناصر من «الحركة الشعبية»"]}
SAF_SPLMN = merge(SAF_4DIV, SPLMN)
RSF = {"en": ["Rapid Support Forces", "RSF", "RSF militia"],
       "ar": ["قوات «الدعم السريع»", "«الدعم السريع»", "الدعم السريع", "«مليشيا الدعم السريع»",
              "مليشيا الدعم السريع", "قوات الدعم السريع"]}
BN_GOV = {"en": ["Blue Nile regional government", "governor of Blue Nile region", "Blue Nile government",
                 "regional government"],
          "ar": ["حكومة الإقليم", "حاكم الإقليم", "حاكمَ الإقليم", "حكومة إقليم النيل الأزرق", "حاكم إقليم النيل الأزرق",
                 "أمانة حكومة الإقليم"]}
DAMAZIN_STATION = merge({"en": ["main power transformer station", "power station"],
                         "ar": ["محطة تحويل الكهرباء الرئيسية", "محطة تحويل الكهرباء"]}, CIVILIANS)
SRCS_WFP = {"en": ["Sudanese Red Crescent Society", "Sudanese Red Crescent", "World Food Programme", "WFP"],
            "ar": ["جمعية الهلال الأحمر السوداني", "الهلال الأحمر السوداني", "برنامج الأغذية العالمي"]}
BN_DISPLACED = merge({"en": ["about 400 displaced families", "displaced families", "IDPs"],
                      "ar": ["نحو أربعمئة أسرة", "أربعمئة أسرة", "الأسر النازحة", "النازحين"]}, CIVILIANS)
JOINT_CELL = {"en": ["joint security cell", "joint security committee"],
              "ar": ["الخلية الأمنية المشتركة"]}
DAMAZIN_DETAINEES = merge({"en": ["fourteen people", "traders and students"],
                           "ar": ["أربعة عشر شخصاً", "تجار وطلاب"]}, CIVILIANS)
DETAINEES_RELATIVES = {"en": ["relatives of the detainees", "families of the detainees"],
                       "ar": ["ذويهم", "ذوي المعتقلين"]}
OCHA = {"en": ["OCHA", "UN Office for the Coordination of Humanitarian Affairs", "UN humanitarian delegation"],
        "ar": ["«أوتشا»", "أوتشا", "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية",
               "وفد من مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية"]}
SAF_CAPTIVES = merge({"en": ["three captured soldiers", "prisoners of war"],
                      "ar": ["ثلاثة أسرى من الجنود", "ثلاثة أسرى"]}, SAF_4DIV)
KURMUK_RESIDENTS = merge({"en": ["residential neighbourhoods of Kurmuk"], "ar": ["أحياء سكنية في الكرمك",
                                                                               "أحياء سكنية"]}, CIVILIANS)
ROSEIRES_DRIVER = merge({"en": ["minibus driver", "driver of a passenger vehicle"],
                         "ar": ["سائق عربة لنقل الركاب", "سائق"]}, CIVILIANS)

BLUE_NILE = {"accept": ["النيل الأزرق", "إقليم النيل الأزرق", "Blue Nile", "Blue Nile State"]}
DAMAZIN = {"accept": ["الدمازين", "مدينة الدمازين", "Damazin", "Ad-Damazin", "Ed Damazin", "النيل الأزرق",
                      "Blue Nile"]}
KURMUK = {"accept": ["الكرمك", "محور الكرمك", "مدينة الكرمك", "محلية الكرمك", "محيط الكرمك", "Kurmuk", "Al Kurmuk",
                     "النيل الأزرق", "Blue Nile"]}
DAMAZIN_GOV_HQ = place({"accept": ["أمانة حكومة الإقليم"]}, DAMAZIN)
DAMAZIN_KURMUK_ROAD = {"accept": ["طريق الدمازين – الكرمك", "طريق الدمازين الكرمك", "الدمازين", "الكرمك", "Damazin",
                                  "Kurmuk", "Damazin–Kurmuk road"]}
ROSEIRES = {"accept": ["الروصيرص", "مدينة الروصيرص", "سوق مدينة الروصيرص", "Roseires", "Ar Rusayris", "Er Roseires"]}

# ================================================================ 110: al-Bab, Jarablus and Afrin (a Syrian northern site)
SNA = {"en": ["Syrian National Army", "SNA", "National Army", "Third Legion", "Third Corps", "commander in the Third "
              "Legion", "National Army factions"],
       "ar": ["«الجيش الوطني السوري»", "الجيش الوطني السوري", "«الجيش الوطني»", "الجيش الوطني", "«الفيلق الثالث»",
              "الفيلق الثالث", "قيادي في «الفيلق الثالث»", "فصائل «الجيش الوطني»"]}
BAB_MC = {"en": ["al-Bab Military Council", "Syrian Democratic Forces", "SDF", "QSD"],
          "ar": ["«مجلس الباب العسكري»", "مجلس الباب العسكري", "مجموعة من «مجلس الباب العسكري»",
                 "«قوات سوريا الديمقراطية»", "قوات سوريا الديمقراطية", "«قسد»", "قسد"]}
SNA_BAB_MC = merge(SNA, BAB_MC)
TURKISH_ARMY = {"en": ["Turkish army", "Turkish Armed Forces", "Turkish defence ministry", "Turkey", "Turkish artillery"],
                "ar": ["الجيش التركي", "وزارة الدفاع التركية", "المدفعية التركية", "وحداتها"]}
MANBIJ_CIVILIANS = merge({"en": ["two civilians", "villages west of Manbij"],
                          "ar": ["مدنيَّين اثنين", "مدنيين اثنين", "قرى عريمة وعون الدادات والمحسنلي"]}, CIVILIANS)
ZENDEEN_PROTESTERS = merge({"en": ["protesters", "dozens of protesters"],
                            "ar": ["عشرات المحتجين", "المحتجين", "شاب"]}, CIVILIANS)
MIL_POLICE = {"en": ["Military Police", "National Army military police"],
              "ar": ["الشرطة العسكرية", "«الشرطة العسكرية»", "عناصر من الشرطة العسكرية"]}
HAMZA_SHAMIYA = {"en": ["Hamza Division", "al-Hamza Division", "Levant Front", "al-Jabha al-Shamiya"],
                 "ar": ["«فرقة الحمزة»", "فرقة الحمزة", "«الجبهة الشامية»", "الجبهة الشامية"]}
SIG = {"en": ["Syrian Interim Government", "SIG", "head of the Syrian Interim Government", "interim government",
              "Ministry of Defence of the interim government"],
       "ar": ["الحكومة السورية المؤقتة", "رئيس الحكومة السورية المؤقتة", "الحكومة المؤقتة", "الحكومةَ",
              "«وزارة الدفاع» في الحكومة السورية المؤقتة", "«وزارة الدفاع» بالحكومة المؤقتة"]}
SIG_SNA = merge(SIG, SNA)
AFRIN_DETAINEES = merge({"en": ["five Kurdish civilians", "Kurdish villagers"],
                         "ar": ["خمسة مدنيين كرداً", "خمسة مدنيين"]}, CIVILIANS)
BAB_NOTABLES = {"en": ["notables of al-Bab", "delegation of al-Bab notables", "representatives of the protesters"],
                "ar": ["وفداً من وجهاء مدينة الباب", "وجهاء مدينة الباب", "ممثلين عن المحتجين", "الوفد"]}
SY_GOV_FORCES = {"en": ["Syrian government forces", "government forces", "Syrian army", "regime forces"],
                 "ar": ["القوات الحكومية", "قوات النظام"]}
BAB_TANSIQIYA = {"en": ["Revolution Coordination Committee in al-Bab", "al-Bab revolutionary coordination"],
                 "ar": ["«تنسيقية الثورة في الباب»", "تنسيقية الثورة في الباب"]}
EUPHRATES_SHIELD = merge({"en": ["Syrian opposition factions"], "ar": ["فصائل من المعارضة السورية"]}, TURKISH_ARMY)
JARABLUS_VICTIMS = merge({"en": ["a civilian", "four people"], "ar": ["مدني", "أربعة آخرين"]}, CIVILIANS)

AL_BAB = {"accept": ["الباب", "مدينة الباب", "al-Bab", "Al Bab", "El Bab"]}
ARIMA = place({"accept": ["عريمة", "قرية عريمة", "محور قرية عريمة", "محور عريمة", "Arima", "Arimah", "Urayma"]},
              AL_BAB)
MANBIJ_WEST = {"accept": ["عريمة", "عون الدادات", "المحسنلي", "ريف منبج الغربي", "منبج", "Arima", "Awn al-Dadat",
                          "Muhsinli", "Manbij"]}
ABU_ZENDEEN = place({"accept": ["معبر أبو الزندين", "أبو الزندين", "Abu al-Zendeen", "Abu al-Zindin"]}, AL_BAB)
AL_BAB_COUNCIL = place({"accept": ["مقر المجلس المحلي", "المجلس المحلي"]}, AL_BAB)
JARABLUS = {"accept": ["جرابلس", "مدينة جرابلس", "الأطراف الجنوبية للمدينة", "Jarablus", "Jarabulus"]}
JARABLUS_MARKET = place({"accept": ["سوق الهال", "سوق الهال في مدينة جرابلس"]}, JARABLUS)
SHAYKH_HADID = {"accept": ["شيخ الحديد", "ناحية شيخ الحديد", "شيه", "عفرين", "منطقة عفرين", "Shaykh al-Hadid",
                           "Sheikh al-Hadid", "Afrin"]}
TADEF = {"accept": ["تادف", "بلدة تادف", "محيط بلدة تادف", "Tadef", "Tadif"]}
