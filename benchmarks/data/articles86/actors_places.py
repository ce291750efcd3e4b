"""Accepted actor names and place names for the eighty-sixth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الحكومة», «الوفد») are left out on purpose, with these
exceptions, each used only in an article where it names a single actor:
- 426: «المسلحين» (the gunmen who stormed the hospital), «الخاطفين» (the same gunmen, as kidnappers),
  «المعتصمين» (the medical staff on the sit-in), «الفصائل» (the armed factions of Azaz);
- 427: «الاحتلال» (only ever the Israeli army, in the outlet's words), «الكتائب» (only ever the Golan
  Protectors Battalions), «المشيعون» (the mourners of Khan Arnabah), «الطرفين» (Israel and Syria);
- 428: «الخاطفين»/«الخاطفون» (the group holding the engineers), «القوة» (the army force of the raid),
  «الوسطاء» (the tribal and church mediators), «المطران» (only ever the Syriac Catholic archbishop);
- 429: «قوات الحرس» (only ever the Republican Guard in Taiz), «الطرفين» (the Guard and the armed supporters
  of the revolution), «مدنيين» (the victims in al-Rawda);
- 430: «الحكومة» (only ever the interim government), «الجماعات المسلحة» (only ever the groups in Derna),
  «الأجهزة الأمنية» (the security services of Ajdabiya), «مسلحون مجهولون» (the killers in Benghazi).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge

# ================================================ 426: Azaz, Sajo, Tal Rifaat (Aleppo countryside; 2014)
AZAZ_DOCTORS = {"en": ["doctors and nurses of Azaz hospitals", "Azaz medical staff", "doctors"],
                "ar": ["أطباء وممرضون من مشافي مدينة أعزاز", "أطباء وممرضون", "الكوادر الطبية المعتصمة",
                       "المعتصمين"]}
STORMING_GUNMEN = {"en": ["masked gunmen", "Dir' al-Shamal Brigade", "Shield of the North Brigade",
                          "local armed faction", "kidnappers"],
                   "ar": ["مسلحين ملثمين", "المسلحين", "«لواء درع الشمال»", "لواء درع الشمال",
                          "الجهة الخاطفة", "الخاطفين"]}
RAHMA_VICTIMS = {"en": ["al-Rahma field hospital", "hospital guard and a wounded patient",
                        "medical staff of al-Rahma hospital", "health workers"],
                 "ar": ["مشفى «الرحمة» الميداني", "مشفى «الرحمة»", "حارس البوابة", "جرّاحَين من الكادر الطبي",
                        "الجرّاحَين", "الكادر الطبي"]}
RAHMA_ADMIN = {"en": ["al-Rahma hospital administration", "hospital administration"],
               "ar": ["إدارة المشفى", "إدارة مشفى «الرحمة»"]}
SIG_HEALTH = {"en": ["Ministry of Health of the Syrian Interim Government", "Syrian Interim Government",
                     "SIG health ministry"],
              "ar": ["وزارة الصحة في الحكومة السورية المؤقتة", "وزارة الصحة", "الحكومة السورية المؤقتة"]}
SIG_HEALTH_MINISTER = {"en": ["Health Minister of the Syrian Interim Government",
                              "Syrian Interim Government"],
                       "ar": ["وزير الصحة في الحكومة المؤقتة", "وزير الصحة"]}
SHARIA_HEAD = {"en": ["head of the Sharia Commission in Azaz", "Azaz Sharia Commission"],
               "ar": ["رئيس الهيئة الشرعية في أعزاز", "الهيئة الشرعية"]}
SITIN_DELEGATION = merge({"en": ["delegation of the protesting medical staff"], "ar": ["وفداً من المعتصمين"]},
                         AZAZ_DOCTORS)
AZAZ_COUNCIL = {"en": ["Azaz Local Council", "local council of Azaz"],
                "ar": ["المجلس المحلي لمدينة أعزاز", "المجلس المحلي"]}
AZAZ_RESIDENTS = {"en": ["residents of Azaz"], "ar": ["الأهالي"]}
AZAZ_FACTIONS = {"en": ["armed factions in Azaz", "rebel factions"],
                 "ar": ["الفصائل العاملة في المدينة", "الفصائل"]}
ABDUCTED_SURGEON = {"en": ["one of the abducted surgeons", "abducted surgeon"],
                    "ar": ["أحد الجرّاحَين", "الجرّاحَين"]}
SURGEON_BROTHER = {"en": ["the surgeon's brother"], "ar": ["شقيقه"]}
DOCTORS_UNION = {"en": ["Free Doctors Syndicate in Aleppo", "Aleppo Free Doctors Union", "doctors' union"],
                 "ar": ["«نقابة الأطباء الأحرار في حلب»", "نقابة الأطباء الأحرار في حلب", "نقابة الأطباء"]}
FREE_POLICE = {"en": ["Free Syrian Police", "Free Police"],
               "ar": ["عناصر «الشرطة الحرة»", "«الشرطة الحرة»", "الشرطة الحرة"]}
RAHMA_HOSPITAL = {"en": ["al-Rahma field hospital"], "ar": ["مشفى «الرحمة»"]}
DIR_SHAMAL_CMDR = {"en": ["commander of the Dir' al-Shamal Brigade", "Dir' al-Shamal Brigade"],
                   "ar": ["قائد «لواء درع الشمال»", "«لواء درع الشمال»", "لواء درع الشمال"]}
SHARIA_COURT = {"en": ["court of the Sharia Commission in Azaz", "Azaz Sharia Commission"],
                "ar": ["محكمة الهيئة الشرعية", "المحكمة", "الهيئة الشرعية"]}
SAMS = {"en": ["Syrian American Medical Society", "SAMS"],
        "ar": ["«الجمعية الطبية السورية الأمريكية»", "الجمعية الطبية السورية الأمريكية", "«سامز»", "سامز"]}
REGIME_HELICOPTER = {"en": ["Syrian government forces", "Syrian Arab Air Force", "Syrian regime",
                            "Military Forces of Syria"],
                     "ar": ["مروحية تابعة لقوات النظام", "قوات النظام"]}
TAL_RIFAAT_VICTIMS = {"en": ["field hospital in Tal Rifaat", "two nurses and a patient"],
                      "ar": ["مشفى ميداني في بلدة تل رفعت", "ممرضَين ومريض"]}

# ====================================================== places: 426
AZAZ = {"accept": ["مدينة أعزاز", "أعزاز", "Azaz", "A'zaz", "I'zaz"]}
RAHMA = {"accept": ["مشفى «الرحمة» الميداني", "مشفى «الرحمة»", "أعزاز", "al-Rahma field hospital", "Azaz",
                    "A'zaz"]}
SAJO = {"accept": ["بلدة سجو", "سجو", "Sajo", "Sijju", "Sejou"]}
NORTH_ALEPPO = {"accept": ["ريف حلب الشمالي", "northern Aleppo countryside", "Aleppo countryside", "Aleppo"]}
TAL_RIFAAT = {"accept": ["بلدة تل رفعت", "تل رفعت", "Tal Rifaat", "Tell Rifaat", "Tall Rifat"]}

# ================================================ 427: Khan Arnabah, al-Baath city, Hader (Quneitra; 2016)
ISRAELI_DRONE = {"en": ["Israeli military", "Israel Defense Forces", "IDF", "Israel", "Israeli drone"],
                 "ar": ["طائرة مسيّرة تابعة لجيش الاحتلال الإسرائيلي", "جيش الاحتلال الإسرائيلي",
                        "جيش الاحتلال",                         "طائرة مسيّرة", "الاحتلال"]}
GOLAN_CMDR = {"en": ["commander of the Golan Protectors Battalions and two companions",
                     "Golan Protectors Battalions", "Kataib Humat al-Jawlan", "pro-government militia"],
              "ar": ["قائد ميداني في «كتائب حماة الجولان»", "«كتائب حماة الجولان»", "كتائب حماة الجولان",
                     "اثنان من مرافقيه", "القائد"]}
GOLAN_BATTALIONS = {"en": ["Golan Protectors Battalions", "Kataib Humat al-Jawlan", "pro-government militia"],
                    "ar": ["«كتائب حماة الجولان»", "كتائب حماة الجولان", "«الكتائب»", "الكتائب"]}
ALLEGED_CELL = {"en": ["militia cell"], "ar": ["خلية"]}
MOURNERS = {"en": ["mourners in Khan Arnabah", "mourners"], "ar": ["المشيعون", "الشبان"]}
ISRAEL = {"en": ["Israel", "Israeli military", "Israel Defense Forces"],
          "ar": ["كيان الاحتلال", "جيش الاحتلال", "الاحتلال", "الإسرائيلي"]}
ISRAELI_ARTILLERY = {"en": ["Israeli military", "Israel Defense Forces", "IDF", "Israeli artillery"],
                     "ar": ["مدفعية الاحتلال", "الاحتلال"]}
SY_MFA = {"en": ["Syrian Ministry of Foreign Affairs and Expatriates", "Syrian government", "Syria"],
          "ar": ["وزارة الخارجية والمغتربين السورية", "وزارة الخارجية والمغتربين"]}
UNSC = {"en": ["UN Security Council", "Security Council", "United Nations"],
        "ar": ["مجلس الأمن الدولي", "مجلس الأمن"]}
UNDOF = {"en": ["UNDOF", "United Nations Disengagement Observer Force", "United Nations"],
         "ar": ["قوة الأمم المتحدة لمراقبة فض الاشتباك", "«أندوف»", "أندوف"]}
ISRAEL_SYRIA = {"en": ["Israel and Syria", "both sides"], "ar": ["الطرفين"]}
HEZBOLLAH = {"en": ["Hezbollah", "Lebanese Hezbollah"], "ar": ["«حزب الله»", "حزب الله"]}
GOLAN_RESISTANCE = merge({"en": ["Syrian popular resistance"], "ar": ["المقاومة الشعبية السورية"]},
                         GOLAN_BATTALIONS)
SY_SECURITY = {"en": ["Syrian security forces"], "ar": ["عناصر الأمن"]}
SYRIAN_ARMY_7 = {"en": ["Syrian Arab Army", "Syrian army 7th Division", "Syrian government forces"],
                 "ar": ["تعزيزات من الفرقة السابعة في الجيش السوري", "الفرقة السابعة", "الجيش السوري"]}
JUBATA_REBELS = {"en": ["armed opposition factions in Jubata al-Khashab", "rebels"],
                 "ar": ["الفصائل المسلحة في جباتا الخشب", "الفصائل المسلحة"]}
QUNEITRA_GOVERNOR = {"en": ["Governor of Quneitra"], "ar": ["محافظ القنيطرة"]}
UNDOF_CMDR = {"en": ["UNDOF commander", "UNDOF", "United Nations Disengagement Observer Force"],
              "ar": ["قائد قوة «أندوف»", "«أندوف»", "أندوف"]}
SYRIAN_ARMY_POST = {"en": ["Syrian Arab Army", "Syrian army position", "Syrian government forces"],
                    "ar": ["موقعاً للجيش العربي السوري", "الجيش العربي السوري"]}

# ====================================================== places: 427
KHAN_ARNABAH_ROAD = {"accept": ["خان أرنبة", "بلدة خان أرنبة", "مدينة البعث", "ريف القنيطرة", "Khan Arnabah",
                                "Khan Arnaba", "Khan Arinbah", "al-Baath city", "Madinat al-Baath",
                                "Quneitra"]}
KHAN_ARNABAH = {"accept": ["خان أرنبة", "Khan Arnabah", "Khan Arnaba", "Khan Arinbah"]}
GOLAN = {"accept": ["الجولان المحتل", "الجولان", "ريف القنيطرة", "Golan Heights", "occupied Golan",
                    "Israeli-occupied Golan", "Quneitra"]}
HADER = {"accept": ["بلدة حضر", "حضر", "Hader", "Hadar", "Hadr"]}
KATZRIN = {"accept": ["الجولان المحتل", "كتسرين", "Golan Heights", "Katzrin", "Qatzrin", "occupied Golan"]}
BAATH_CITY = {"accept": ["مدينة البعث", "البعث", "al-Baath city", "Madinat al-Baath", "Baath"]}
JUBATA = {"accept": ["جباتا الخشب", "Jubata al-Khashab", "Jubbata al-Khashab"]}
OLD_QUNEITRA = {"accept": ["مدينة القنيطرة المهدّمة", "القنيطرة المهدّمة", "old Quneitra", "Quneitra",
                           "al-Qunaytirah"]}

# ================================================ 428: Tal Afar, al-Qayyarah, al-Mahlabiya (Nineveh; 2013)
KIDNAPPERS = {"en": ["kidnappers", "armed group holding the engineers", "kidnapping gang"],
              "ar": ["الجماعة المسلحة التي تحتجز مهندسي مديرية كهرباء نينوى", "الجماعة المسلحة",
                     "الجماعة الخاطفة", "الخاطفين", "الخاطفون"]}
RELEASED_PAIR = {"en": ["two engineers of the Nineveh electricity directorate", "engineers"],
                 "ar": ["اثنين منهم", "مهندسي مديرية كهرباء نينوى", "ابن البلدة العائد"]}
IRAQI_ARMY = {"en": ["Iraqi Army", "Iraqi Army 3rd Division intelligence", "Nineveh Operations Command",
                     "Iraqi security forces"],
              "ar": ["قوة من استخبارات الفرقة الثالثة في الجيش العراقي", "استخبارات الفرقة الثالثة",
                     "الجيش العراقي", "قيادة عمليات نينوى", "القوة"]}
RAID_SIDES = merge(IRAQI_ARMY, KIDNAPPERS)
RAID_TRIBE = {"en": ["local tribesmen"], "ar": ["أبناء إحدى عشائر المنطقة"]}
ARRESTED_KIDNAPPER = {"en": ["a third kidnapper", "kidnapper"], "ar": ["ثالث حاول الفرار", "الخاطفين"]}
AMBUSH_GUNMEN = {"en": ["gunmen in three four-wheel-drive vehicles", "gunmen", "kidnappers"],
                 "ar": ["مسلحون يستقلّون ثلاث سيارات رباعية الدفع", "مسلحون"]}
AMBUSH_VICTIMS = {"en": ["bus carrying the seven engineers", "Nineveh electricity directorate engineers",
                         "driver and police escort"],
                  "ar": ["حافلة تقلّ المهندسين السبعة", "المهندسين السبعة",
                         "سائقها وشرطياً من مفرزة الحماية"]}
MASKED_GUNMAN = merge({"en": ["masked gunman"], "ar": ["مسلح ملثم"]}, KIDNAPPERS)
HOSTAGES = {"en": ["the seven engineers", "hostages"], "ar": ["الرهائن", "المهندسون السبعة"]}
ELEC_MINISTRY = {"en": ["Iraqi Ministry of Electricity", "Ministry of Electricity"], "ar": ["وزارة الكهرباء"]}
HOSTAGE_FAMILIES = {"en": ["families of the hostages"], "ar": ["ذوي المحتجزين"]}
ARCHBISHOP = {"en": ["Syriac Catholic Archbishop of Mosul", "Syriac Catholic Church", "Archbishop of Mosul"],
              "ar": ["مطران الموصل للسريان الكاثوليك", "المطران"]}
JUBUR_SHEIKHS = {"en": ["sheikhs of the al-Jubur tribe", "al-Jubur tribe", "Jubur"],
                 "ar": ["شيوخاً من عشيرة الجبور", "شيوخ من عشيرة الجبور", "عشيرة الجبور"]}
MEDIATORS = merge({"en": ["mediators", "tribal and church mediators"], "ar": ["الوسطاء", "وساطة"]},
                  JUBUR_SHEIKHS, ARCHBISHOP)
DEAL_PARTIES = merge({"en": ["mediators"], "ar": ["أحد الوسطاء", "الوسطاء", "وجهاء العشيرة"]}, KIDNAPPERS)
FIRST_BATCH = {"en": ["three engineers", "first batch of hostages"], "ar": ["ثلاثة مهندسين", "الدفعة الأولى"]}
TECHNICIAN = {"en": ["Yazidi technician from Sinjar", "seventh technician"],
              "ar": ["الفني السابع", "الفني الإيزيدي"]}
TECHNICIAN_BROTHER = {"en": ["the technician's brother"], "ar": ["شقيقه"]}
ELEC_MINISTER = {"en": ["Iraqi Minister of Electricity", "Ministry of Electricity"], "ar": ["وزير الكهرباء"]}
PROTECTION_HEAD = {"en": ["head of the protection department of the Nineveh electricity directorate"],
                   "ar": ["مدير قسم الحماية في مديرية كهرباء نينوى", "مدير قسم الحماية"]}
ELEC_WORKERS = {"en": ["Nineveh electricity directorate employees", "electricity workers"],
                "ar": ["العاملون في مديرية كهرباء نينوى"]}
ENGINEERS_UNION = {"en": ["Nineveh engineers' union", "engineers' union"], "ar": ["نقابة المهندسين"]}
NINEVEH_GOVERNOR = {"en": ["Governor of Nineveh"], "ar": ["محافظ نينوى"]}
SHEIKHS_CLERGY = {"en": ["tribal sheikhs and Christian clergy"],
                  "ar": ["شيوخ العشائر ورجال الدين المسيحيين", "شيوخ العشائر", "رجال الدين المسيحيين"]}
FREED_PAIR_RECEIVED = {"en": ["the two released engineers"], "ar": ["المهندسَين المُفرج عنهما"]}
NINEVEH_SECURITY = {"en": ["Iraqi security forces", "security agencies"], "ar": ["الأجهزة الأمنية"]}

# ====================================================== places: 428
QAYYARAH = {"accept": ["ناحية القيارة", "القيارة", "al-Qayyarah", "Qayyarah", "Qayara"]}
TAL_AFAR = {"accept": ["قضاء تلعفر", "تلعفر", "Tal Afar", "Tall Afar", "Tal Afar district"]}
MAHLABIYA = {"accept": ["ناحية المحلبية", "المحلبية", "الطريق بين الموصل وتلعفر", "al-Mahlabiya",
                        "Mahlabiyah",                         "Mosul–Tal Afar road"]}
HAMMAM_ALIL = {"accept": ["ناحية حمام العليل", "حمام العليل", "Hammam al-Alil", "Hamam al-Alil"]}
BAGHDAD = {"accept": ["بغداد", "Baghdad"]}
MOSUL = {"accept": ["الموصل", "مدينة الموصل", "Mosul", "Nineveh"]}
MOSUL_PROVINCE_HQ = {"accept": ["مبنى المحافظة", "الموصل", "Mosul", "Nineveh"]}

# ============================================== 429: Taiz city, al-Hawban, al-Mokha, al-Turbah (Taiz; 2012)
REPUBLICAN_GUARD = {"en": ["Republican Guard", "Yemeni Republican Guard", "Republican Guard forces in Taiz"],
                    "ar": ["قوات الحرس الجمهوري", "الحرس الجمهوري", "عناصر الحرس الجمهوري", "قوات الحرس"]}
RAWDA_CIVILIANS = {"en": ["civilians in al-Rawda", "civilians"], "ar": ["ثلاثة مدنيين", "مدنيين"]}
REVOLUTION_GUNMEN = {"en": ["Ansar al-Thawra", "armed supporters of the revolution", "revolution supporters"],
                     "ar": ["مسلحين من «أنصار الثورة»", "«أنصار الثورة»", "أنصار الثورة"]}
CLASH_SIDES = merge(REVOLUTION_GUNMEN, REPUBLICAN_GUARD)
TWO_SIDES = merge({"en": ["both sides"], "ar": ["الطرفين"]}, CLASH_SIDES)
MIL_COMMITTEE = {"en": ["Taiz military and security committee", "military committee"],
                 "ar": ["اللجنة العسكرية والأمنية في المحافظة", "اللجنة العسكرية والأمنية",
                        "اللجنة العسكرية"]}
MILITARY_POLICE = {"en": ["Military Police"], "ar": ["الشرطة العسكرية"]}
THAWRA_HOSPITAL_TAIZ = {"en": ["al-Thawra General Hospital"], "ar": ["إدارة المستشفى", "مستشفى الثورة العام"]}
TAIZ_CITIZENS = {"en": ["citizens of Taiz"], "ar": ["المواطنين"]}
TAIZ_GOVERNOR = {"en": ["Governor of Taiz"], "ar": ["محافظ تعز"]}
DEFENCE_MINISTER = {"en": ["Yemeni Minister of Defence", "Ministry of Defence"], "ar": ["وزير الدفاع"]}
YOUTH = {"en": ["youth of the revolution", "Freedom Square protesters", "Yemeni youth revolution"],
         "ar": ["آلاف من شباب الثورة", "شباب الثورة", "شباب الساحة"]}
PRESIDENT_YE = {"en": ["President of Yemen", "President of the Republic"], "ar": ["رئيس الجمهورية"]}
JMP = {"en": ["Joint Meeting Parties", "JMP", "Taiz Joint Meeting Parties"],
       "ar": ["أحزاب «اللقاء المشترك» في تعز", "«اللقاء المشترك»", "اللقاء المشترك"]}
OLD_REGIME = {"en": ["remnants of the former regime", "Saleh loyalists"], "ar": ["بقايا النظام السابق"]}
CONSENSUS_GOV = {"en": ["Government of National Consensus", "Yemeni government"], "ar": ["حكومة الوفاق"]}
GUARD_SOURCE = merge({"en": ["Republican Guard command source"], "ar": ["مصدر في قيادة الحرس الجمهوري"]},
                     REPUBLICAN_GUARD)
ISLAH_MILITIAS = {"en": ["Islah Party", "Islah-affiliated militias", "Yemeni Congregation for Reform"],
                  "ar": ["«ميليشيات مسلحة تتلقى أوامرها من حزب الإصلاح»", "ميليشيات مسلحة", "حزب الإصلاح"]}
HAWBAN_GUNMEN = {"en": ["unidentified gunmen"], "ar": ["مسلحين مجهولين"]}
GUARD_SOLDIERS = {"en": ["two Republican Guard soldiers", "Republican Guard"],
                  "ar": ["جنديين من الحرس الجمهوري", "الحرس الجمهوري"]}
HIGH_MIL_COMMITTEE = {"en": ["Military Affairs Committee", "high military committee"],
                      "ar": ["وفد من اللجنة العسكرية العليا", "اللجنة العسكرية العليا"]}
TAIZ_LEADERS = {"en": ["Taiz officials and notables"], "ar": ["قيادات المحافظة ووجهائها", "قيادات المحافظة"]}
ORG_COMMITTEE = {"en": ["Organising Committee of the Youth Revolution in Taiz",
                         "youth revolution organising committee"],
                 "ar": ["اللجنة التنظيمية للثورة الشبابية في تعز", "اللجنة التنظيمية للثورة الشبابية",
                        "اللجنة التنظيمية"]}
COAST_GUARD = {"en": ["Yemeni Coast Guard", "coast guard"], "ar": ["قوات خفر السواحل", "خفر السواحل"]}
ARMS_BOAT = {"en": ["boat loaded with weapons", "arms smugglers"],
             "ar": ["قارباً محمّلاً بأسلحة خفيفة وذخائر"]}
BOAT_CREW = {"en": ["four crew members", "arms smugglers"], "ar": ["أربعة من طاقمه"]}
TURBAH_GUNMEN = {"en": ["unidentified gunmen on a motorcycle", "unidentified gunmen"],
                 "ar": ["مسلحون مجهولون يستقلّون دراجة نارية", "مسلحون مجهولون"]}
TURBAH_OFFICER = {"en": ["security officer of al-Shamayatayn district", "police officer"],
                  "ar": ["ضابطاً في إدارة أمن مديرية الشمايتين"]}

# ====================================================== places: 429
RAWDA = {"accept": ["حي الروضة", "الروضة", "مدينة تعز", "تعز", "al-Rawda", "Rawdah", "Taiz", "Ta'izz"]}
SALAL = {"accept": ["تبّة السلال", "تبة السلال", "التبّة", "Tabbat al-Salal", "al-Salal hill", "تعز", "Taiz"]}
TAIZ = {"accept": ["مدينة تعز", "تعز", "Taiz", "Ta'izz"]}
FREEDOM_SQUARE = {"accept": ["ساحة الحرية", "شارع جمال", "تعز", "Freedom Square", "Taiz", "Ta'izz"]}
HAWBAN = {"accept": ["منطقة الحوبان", "الحوبان", "al-Hawban", "Hawban"]}
MOKHA = {"accept": ["مديرية المخا", "المخا", "al-Mokha", "Mocha", "Mukha"]}
TURBAH = {"accept": ["مدينة التربة", "التربة", "مديرية الشمايتين", "al-Turbah", "Turbah", "al-Shamayatayn"]}

# ================================================ 430: al-Bayda, Derna, al-Qubbah, Ajdabiya, Benghazi (2014)
LIBYA_PM = {"en": ["Prime Minister of the interim government", "Libyan interim government",
                   "Libyan government"],
            "ar": ["رئيس الحكومة المؤقتة", "رئيس الحكومة", "الحكومة المؤقتة"]}
SEC_COMMITTEE = {"en": ["Supreme Security Committee"],
                 "ar": ["للجنة الأمنية العليا", "اللجنة الأمنية العليا"]}
ARMY_PATROL = {"en": ["Libyan army patrol", "Libyan army", "Libyan National Army"],
               "ar": ["دورية تابعة للجيش الليبي", "الجيش الليبي", "أربعة عسكريين"]}
ARMY_SPOKESMAN = {"en": ["spokesman of the General Chief of Staff", "Libyan army", "Libyan National Army"],
                  "ar": ["الناطق الرسمي باسم رئاسة الأركان العامة للجيش الليبي", "رئاسة الأركان العامة",
                         "الناطق الرسمي"]}
DERNA_EXTREMISTS = {"en": ["Islamic State", "ISIS", "Daesh", "Derna extremist groups", "Islamist militants"],
                    "ar": ["تنظيم «داعش»", "«داعش»", "داعش", "الجماعات المتطرفة المتحصنة في مدينة درنة",
                           "الجماعات المتطرفة", "الجماعات الإرهابية"]}
LIBYAN_AIR_FORCE = {"en": ["Libyan Air Force", "Libyan National Army", "Libyan army"],
                    "ar": ["طائرات تابعة لسلاح الجو الليبي", "سلاح الجو الليبي"]}
BAYDA_PROTESTERS = {"en": ["residents of al-Bayda", "protesters in al-Bayda"],
                    "ar": ["مئات من أهالي البيضاء", "أهالي البيضاء"]}
INTERIM_GOV = {"en": ["Libyan interim government", "Libyan government"], "ar": ["الحكومة المؤقتة", "الحكومة"]}
DERNA_COMMANDER = {"en": ["Libyan army commander of the Derna front", "Libyan army", "Libyan National Army"],
                   "ar": ["قائد محور درنة في الجيش الليبي", "قائد محور درنة"]}
DERNA_GROUPS = {"en": ["armed groups in Derna", "Derna extremist groups", "Islamist militants"],
                "ar": ["الجماعات المسلحة في المدينة", "الجماعات المسلحة في درنة", "الجماعات المسلحة"]}
SHURA_YOUTH = {"en": ["Shura Council of Islamic Youth", "Majlis Shura Shabab al-Islam", "Islamist militants"],
               "ar": ["«مجلس شورى شباب الإسلام»", "مجلس شورى شباب الإسلام"]}
BAYDA_NOTABLES = {"en": ["notables of al-Bayda"], "ar": ["وجهاء من البيضاء"]}
DERNA_REPS = {"en": ["representatives of the armed groups in Derna", "armed groups in Derna"],
              "ar": ["ممثلين عن الجماعات المسلحة في درنة", "الجماعات المسلحة في درنة"]}
BAYDA_ELDERS = {"en": ["Council of Notables of al-Bayda"], "ar": ["مجلس أعيان البيضاء"]}
HOR_DEFENCE = {"en": ["House of Representatives Defence and National Security Committee",
                      "House of Representatives"],
               "ar": ["لجنة الدفاع والأمن القومي في مجلس النواب", "مجلس النواب"]}
AJDABIYA_SECURITY = {"en": ["Ajdabiya security services", "security services"], "ar": ["الأجهزة الأمنية"]}
AJDABIYA_SUSPECTS = {"en": ["three suspected members of a cell"], "ar": ["ثلاثة أشخاص", "الثلاثة"]}
JOINT_PATROLS = {"en": ["Libyan army and al-Bayda Security Directorate", "Libyan army"],
                 "ar": ["وحدات من الجيش ومديرية أمن البيضاء", "مديرية أمن البيضاء"]}
GATE_COMMANDER = {"en": ["commander of the eastern gate checkpoint"], "ar": ["آمر البوابة الشرقية"]}
HEALTH_MINISTRY_LY = {"en": ["Libyan Ministry of Health", "Ministry of Health of the interim government"],
                      "ar": ["وزارة الصحة"]}
THAWRA_HOSPITAL = {"en": ["al-Thawra hospital in al-Bayda"],
                   "ar": ["مستشفى الثورة التعليمي", "مستشفى الثورة"]}
BLOOD_DONORS = {"en": ["blood donors"], "ar": ["للتبرع بالدم"]}
BENGHAZI_GUNMEN = {"en": ["unidentified gunmen"], "ar": ["مسلحون مجهولون"]}
BENGHAZI_COLONEL = {"en": ["military police colonel", "Libyan Military Police"],
                    "ar": ["عقيداً في الشرطة العسكرية"]}

# ====================================================== places: 430
BAYDA = {"accept": ["مدينة البيضاء", "البيضاء", "al-Bayda", "Bayda", "Beida"]}
BAYDA_GATE = {"accept": ["البوابة الشرقية", "البيضاء", "eastern gate of al-Bayda", "al-Bayda", "Bayda",
                         "Beida"]}
DERNA = {"accept": ["مدينة درنة", "درنة", "حي الفتائح", "الفتائح", "Derna", "Darnah", "al-Fatayeh"]}
QUBBAH = {"accept": ["منطقة القبة", "القبة", "al-Qubbah", "Qubba"]}
AJDABIYA = {"accept": ["أجدابيا", "بوابة الزويتينة", "Ajdabiya", "Ajdabia", "Zuwaytina"]}
BENGHAZI = {"accept": ["حي الكيش", "مدينة بنغازي", "بنغازي", "al-Keish", "Benghazi"]}
