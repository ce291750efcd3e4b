"""Accepted actor names and place names for the seventieth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الحكومة», «الوفد») are left out on purpose, with these
exceptions, each used only in an article where it names a single actor:
- 346: «اللجنة» (only ever the Central Committee of the western countryside), «وجهاؤها» (the notables of
  Tafas), «شاب» (only ever the young man of Tal Shihab in his paragraph), «قيادي» (the one Fourth Division
  commander of the voice message), «الضباط» (its officers in the failed mediation), «الوفد» (the mediators);
- 347: «الميليشيا» and «مسلحوها» (in the pro-government daily's words only ever the SDF), «المرتزقة» (only
  ever the Turkish-backed factions), «الشبان» (the young men the SDF detains), «وجهاء» (the tribal mediators);
- 348: «الكتيبة» and «السرية» (only ever the two factions of Janzour), «الطرفان»/«الطرفين» (only ever the
  two of them), «الوزارة» (the GNU's defence ministry), «البعثة» (UNSMIL), «رتل مسلح» (the rumoured column),
  «شاب» (the young man of Tajoura);
- 349: «ضابط» (the one officer with the loudspeaker), «الشاب» (the young man shot in Beit Ummar),
  «الطالب» (the student released on bail), «أسير» (the prisoner of Dura), «عائلتين» (the two families of
  Dura); «القوات» is left out;
- 350: «الوحدات» (only ever the Sinjar Resistance Units), «الإقليم» (the Kurdistan Region), «النائب» (the one
  MP), «أنقرة», «بغداد» and «أربيل» (the governments named by their capitals).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge

# ====================================================== actors: shared
CIVILIANS = {"en": ["civilians", "civilian", "residents", "locals"],
             "ar": ["المدنيين", "مدنيين", "مدنيان", "الأهالي", "أهالي", "السكان"]}
UNKNOWN_GUNMEN = {"en": ["unidentified gunmen", "unknown gunmen", "unidentified armed group"],
                  "ar": ["مسلحون مجهولون", "مسلحين مجهولين"]}

# ============ 346: Tafas, al-Muzayrib, al-Yadudah, Tal Shihab, Jasim (Daraa; a citizen network, 2022)
FOURTH_DIV = {"en": ["Fourth Division", "4th Armoured Division", "Syrian army", "Syrian government forces",
                     "Syrian regime"],
              "ar": ["«الفرقة الرابعة»", "الفرقة الرابعة", "قوات النظام", "الجيش العربي السوري"]}
MIL_SECURITY = {"en": ["Military Security", "Syrian Military Intelligence", "Military Security branch"],
                "ar": ["فرع الأمن العسكري", "الأمن العسكري"]}
FOURTH_DIV_MS = merge(FOURTH_DIV, MIL_SECURITY)
FOURTH_DIV_CMDR = merge({"en": ["Fourth Division commander", "Fourth Division officer"],
                         "ar": ["قيادي في «الفرقة الرابعة»", "قيادي"]}, FOURTH_DIV)
FOURTH_DIV_OFFICERS = merge({"en": ["Fourth Division officers"], "ar": ["ضباط «الفرقة الرابعة»", "الضباط"]},
                            FOURTH_DIV)
TAFAS_DETAINEES = {"en": ["five young men", "young men of Tafas", "detainees"],
                   "ar": ["خمسة شبان", "المعتقلين الخمسة", "المعتقلين"]}
TAFAS_NOTABLES = {"en": ["notables of Tafas", "people of Tafas", "Tafas residents"],
                  "ar": ["وجهاؤها", "أبناء طفس", "أهالي طفس"]}
CENTRAL_COMMITTEE = {"en": ["Central Committee", "Central Committee of the western countryside",
                            "Daraa Central Committee", "former rebels"],
                     "ar": ["«اللجنة المركزية» في الريف الغربي", "«اللجنة المركزية»", "اللجنة المركزية",
                            "اللجنة"]}
SECURITY_COMMITTEE = {"en": ["Daraa Security Committee", "Security Committee", "Syrian government officers",
                             "Syrian regime"],
                      "ar": ["ضباطاً من «اللجنة الأمنية»", "«اللجنة الأمنية»", "اللجنة الأمنية"]}
COMMITTEE_MEMBERS = merge({"en": ["members of the Central Committee"], "ar": ["أعضاء في اللجنة"]},
                          CENTRAL_COMMITTEE)
TAL_SHIHAB_YOUTH = {"en": ["young man", "young man of Tal Shihab", "civilian"],
                    "ar": ["شاب من بلدة تل شهاب", "شاب"]}
MS_PROXIES = merge({"en": ["local group working for Military Security", "pro-government militia"],
                    "ar": ["مجموعة محلية تعمل لحساب الأمن العسكري", "مجموعة محلية"]}, MIL_SECURITY)
MUZAYRIB_NOTABLES = {"en": ["notables of al-Muzayrib", "mediators"],
                     "ar": ["وجهاء من المزيريب", "الوفد"]}
DETAINEE_FAMILIES = {"en": ["families of the detainees"], "ar": ["عائلات المعتقلين"]}
JASIM_VICTIM = {"en": ["former member of the reconciliation committee", "reconciliation committee member",
                       "civilian"],
                "ar": ["عضواً سابقاً في لجنة المصالحة", "لجنة المصالحة", "الرجل"]}
TAFAS_PROTESTERS = {"en": ["residents of Tafas", "protesters"],
                    "ar": ["العشرات من أهالي طفس", "أهالي طفس", "المشاركون"]}

# ====================================================== places: 346
TAFAS_ROAD = {"accept": ["الطريق الواصل بين بلدتي المزيريب وطفس", "المزيريب", "طفس", "ريف درعا الغربي",
                         "al-Muzayrib", "Muzayrib", "Mzeirib", "Tafas", "Western Daraa countryside"]}
TAFAS = {"accept": ["طفس", "الحي الشمالي من طفس", "Tafas", "Tafs"]}
TAFAS_MOSQUE = {"accept": ["المسجد العمري في البلدة", "طفس", "Tafas", "Tafs"]}
DARAA_CITY = {"accept": ["مدينة درعا", "درعا", "Daraa", "Dara'a", "Deraa"]}
TAL_SHIHAB = {"accept": ["بلدة تل شهاب", "تل شهاب", "Tal Shihab", "Tell Shihab", "Tel Shehab"]}
JASIM = {"accept": ["مدينة جاسم", "جاسم", "Jasim", "Jassem", "Jasem"]}

# ============ 347: Tal Tamr, Umm al-Kayf, Hasakah, al-Malikiyah, Ras al-Ain, Tal Hamis (a daily, 2021)
SDF = {"en": ["Syrian Democratic Forces", "SDF", "QSD"],
       "ar": ["ميليشيا «قسد»", "«قسد»", "قسد", "مسلحوها", "مسلحي «قسد»", "الميليشيا"]}
US_FORCES = {"en": ["US forces", "United States military", "US military", "American forces"],
             "ar": ["قوات الاحتلال الأمريكي", "رتل لقوات الاحتلال الأمريكي"]}
TURKEY = {"en": ["Turkish army", "Turkish Armed Forces", "Turkey", "Turkish forces"],
          "ar": ["قوات الاحتلال التركي", "الاحتلال التركي", "القوات التركية", "وزارة الدفاع التركية"]}
SNA = {"en": ["Syrian National Army", "SNA", "Turkish-backed factions", "Turkish-backed militias"],
       "ar": ["مرتزقته", "المرتزقة الموالين لأنقرة", "تجمعات المرتزقة", "المرتزقة"]}
TURKEY_SNA = merge(TURKEY, SNA)
SAA = {"en": ["Syrian Arab Army", "Syrian army", "Syrian government forces"],
       "ar": ["وحدات من الجيش العربي السوري", "الجيش العربي السوري"]}
HASAKAH_YOUTHS = {"en": ["young men", "conscripts", "young men of Hasakah"],
                  "ar": ["أكثر من ثلاثين شاباً", "الشبان"]}
TAL_TAMR_VICTIMS = merge({"en": ["father and son", "villagers of Umm al-Kayf"],
                          "ar": ["مدنيان", "الشهيدين", "أربعة آخرون"]}, CIVILIANS)
SY_MOFA = {"en": ["Syrian Ministry of Foreign Affairs and Expatriates", "Syrian Foreign Ministry",
                  "Syrian government"],
           "ar": ["وزارة الخارجية والمغتربين"]}
TURKISH_GOV = {"en": ["Turkey", "Turkish government", "Ankara"], "ar": ["النظام التركي", "أنقرة"]}
UN_SG_UNSC = {"en": ["UN Secretary-General", "UN Security Council", "United Nations"],
              "ar": ["الأمين العام للأمم المتحدة", "رئيس مجلس الأمن", "مجلس الأمن"]}
TR_DEFMIN = {"en": ["Turkish Defence Minister", "Turkish Minister of National Defence", "Turkey"],
             "ar": ["وزير الدفاع التركي"]}
RU_TR_PATROL = {"en": ["Russian Military Police", "Russian military", "Turkish forces", "Turkish army"],
                "ar": ["الشرطة العسكرية الروسية", "القوات التركية"]}
TAL_HAMIS_PROTESTERS = merge({"en": ["protesters of Tal Hamis", "protesters", "civilian"],
                              "ar": ["مواطن", "المحتجين", "أهالي بلدة تل حميس"]}, CIVILIANS)
HASAKAH_FAMILIES = {"en": ["families of the detainees"], "ar": ["ذويهم", "والد أحد المعتقلين"]}
TRIBAL_NOTABLES = {"en": ["notables of the Jubur and Tayy tribes", "tribal notables"],
                   "ar": ["وجهاء من عشيرتي الجبور وطيء", "وجهاء"]}
FUNERAL_TAL_TAMR = {"en": ["mourners", "residents of the Tal Tamr countryside"],
                    "ar": ["أهالي ريف تل تمر"]}

# ====================================================== places: 347
HASAKAH_CITY = {"accept": ["حيي غويران والنشوة الغربية", "غويران", "النشوة الغربية", "مدينة الحسكة", "الحسكة",
                           "Ghuwayran", "Nashwa", "Hasakah", "al-Hasakah", "Hasaka"]}
WALEED = {"accept": ["معبر الوليد", "ريف المالكية", "المالكية", "al-Waleed crossing", "al-Walid crossing",
                     "al-Malikiyah", "Malikiyah", "Derik", "Semalka"]}
RUMEILAN = {"accept": ["ريف الحسكة الشرقي", "ريف رميلان", "رميلان", "Rmelan", "Rumeilan", "Hasakah"]}
UMM_KAYF = {"accept": ["قريتي أم الكيف وتل طويل", "أم الكيف", "تل طويل", "ريف ناحية تل تمر", "تل تمر",
                       "Umm al-Kayf", "Umm al-Kef", "Tal Tawil", "Tal Tamr", "Tell Tamer"]}
RAS_AIN = {"accept": ["ريف رأس العين الشرقي", "رأس العين", "Ras al-Ain", "Ras al-Ayn", "Serekaniye"]}
RAS_AIN_CITY = {"accept": ["محيط مدينة رأس العين", "مدينة رأس العين", "رأس العين", "Ras al-Ain", "Ras al-Ayn",
                           "Serekaniye"]}
DARBASIYAH = {"accept": ["ريف الدرباسية", "الدرباسية", "al-Darbasiyah", "Darbasiyah", "Dirbesiye"]}
MUFTI_QUARTER = {"accept": ["حي المفتي", "مدينة الحسكة", "الحسكة", "al-Mufti quarter", "Hasakah"]}
TAL_HAMIS = {"accept": ["بلدة تل حميس", "تل حميس", "ريف القامشلي الجنوبي الشرقي", "Tal Hamis", "Tell Hamis",
                        "Qamishli countryside"]}

# ============ 348: Janzour, Sidi Abdul Jalil, al-Hashan, Warshefana, Tajoura (a channel's site, 2023)
NASR = {"en": ["Western Victory Battalion", "al-Nasr Battalion", "Katibat al-Nasr al-Gharbiya"],
        "ar": ["«كتيبة النصر الغربية»", "كتيبة النصر الغربية", "«كتيبة النصر»", "كتيبة النصر", "الكتيبة",
               "عناصر الكتيبة"]}
USUD = {"en": ["Lions of Janzour Company", "Usud Janzour", "Sariyat Usud Janzour"],
        "ar": ["«سرية أسود جنزور»", "سرية أسود جنزور", "«أسود جنزور»", "أسود جنزور", "السرية",
               "عناصر السرية", "آمر «سرية أسود جنزور»"]}
TWO_SIDES = {"en": ["both sides", "the two armed groups"], "ar": ["الطرفان", "الطرفين", "التشكيلين"]}
NASR_USUD = merge(NASR, USUD, TWO_SIDES)
NASR_FIGHTERS = merge({"en": ["two fighters of the Nasr Battalion"], "ar": ["عنصرين من «كتيبة النصر»"]}, NASR)
USUD_FIGHTERS = merge({"en": ["five fighters of the Usud Company"], "ar": ["خمسة من عناصر السرية"]}, USUD)
JANZOUR_ELDERS = {"en": ["Janzour Council of Elders and Notables", "Janzour elders", "mediators"],
                  "ar": ["مجلس حكماء وأعيان جنزور", "وفد من مجلس حكماء وأعيان جنزور", "مجلس الحكماء",
                         "لجنة الحكماء"]}
FACTION_LEADERS = merge({"en": ["commanders of the two armed groups"], "ar": ["آمري التشكيلين"]}, NASR_USUD)
JANZOUR_SECURITY = {"en": ["Janzour Security Directorate", "Libyan police"], "ar": ["مديرية أمن جنزور"]}
AMBULANCE_SERVICE = {"en": ["Ambulance and Emergency Service", "Libyan Ambulance and Emergency Service"],
                     "ar": ["جهاز الإسعاف والطوارئ"]}
LY_MOD = {"en": ["Ministry of Defence of the Government of National Unity", "GNU Ministry of Defence",
                 "Libyan Ministry of Defence", "Government of National Unity", "GNU"],
          "ar": ["وزارة الدفاع بحكومة الوحدة الوطنية", "وزارة الدفاع", "الوزارة"]}
DISPUTE_FORCE = merge({"en": ["Dispute Resolution Force", "Conflict Resolution Force"],
                       "ar": ["«قوة فض النزاع»", "قوة فض النزاع"]}, LY_MOD)
UNSMIL = {"en": ["UN Support Mission in Libya", "UNSMIL", "United Nations"],
          "ar": ["بعثة الأمم المتحدة للدعم في ليبيا", "البعثة"]}
WARSHEFANA_COLUMN = merge({"en": ["armed column from Warshefana", "Warshefana armed groups"],
                           "ar": ["رتل مسلح من منطقة ورشفانة", "رتل مسلح"]}, NASR)
JANZOUR_COUNCILS = {"en": ["Janzour Municipal Council", "Janzour municipality", "Janzour Council of Elders"],
                    "ar": ["المجلس البلدي جنزور", "مجلس الحكماء"]}
CHIEFS_OF_STAFF = merge({"en": ["General Staff", "Libyan General Staff"],
                         "ar": ["ممثلين عن رئاسة الأركان العامة", "رئاسة الأركان العامة"]}, FACTION_LEADERS)
TAJOURA_VICTIM = {"en": ["young man", "civilian", "driver"], "ar": ["شاب"]}
JANZOUR_MOURNERS = {"en": ["residents of Janzour", "mourners"],
                    "ar": ["المئات من أهالي جنزور", "أهالي جنزور"]}

# ====================================================== places: 348
SIDI_ABDULJALIL = {"accept": ["منطقة سيدي عبد الجليل", "سيدي عبد الجليل", "جنزور", "مدينة جنزور",
                              "Sidi Abdul Jalil", "Sidi Abd al-Jalil", "Janzour", "Janzur"]}
JANZOUR = {"accept": ["جنزور", "مدينة جنزور", "Janzour", "Janzur"]}
JANZOUR_ROUNDABOUT = {"accept": ["جزيرة الدوران الرئيسية", "جنزور", "Janzour", "Janzur"]}
HASHAN = {"accept": ["الطريق الساحلي قرب منطقة الحشان", "منطقة الحشان", "الحشان", "الطريق الساحلي",
                     "al-Hashan", "Hashan", "Janzour coastal road", "Janzour", "Janzur"]}
JANZOUR_TOWNHALL = {"accept": ["مقر المجلس البلدي جنزور", "جنزور", "Janzour", "Janzur"]}
BUFFER = {"accept": ["سيدي عبد الجليل والحشان", "سيدي عبد الجليل", "الحشان", "جنزور", "Sidi Abdul Jalil",
                     "al-Hashan", "Janzour", "Janzur"]}
WARSHEFANA = {"accept": ["منطقة ورشفانة", "ورشفانة", "Warshefana", "Wershefana", "Warshafana"]}
TAJOURA = {"accept": ["منطقة تاجوراء", "تاجوراء", "Tajoura", "Tajura", "Tajourah"]}

# ============ 349: Hebron, Beit Ummar, Bani Na'im, Sa'ir, Dura, Masafer Yatta (a news agency, 2024)
IOF = {"en": ["Israeli army", "Israel Defense Forces", "IDF", "Israeli forces", "Israeli occupation forces",
              "Israel"],
       "ar": ["قوات الاحتلال الإسرائيلي", "قوات الاحتلال", "جيش الاحتلال", "جنود الاحتلال",
              "قوة كبيرة من جيش الاحتلال", "جرافات الاحتلال", "سلطات الاحتلال"]}
IOF_OFFICER = merge({"en": ["Israeli officer", "Israeli army officer"], "ar": ["ضابط"]}, IOF)
OFER_COURT = merge({"en": ["Ofer military court", "Israeli military court"],
                    "ar": ["محكمة «عوفر» العسكرية", "محكمة «عوفر»"]}, IOF)
HEBRON_DETAINEES = {"en": ["twenty-three Palestinians", "former prisoners", "university students",
                           "Palestinians"],
                    "ar": ["ثلاثة وعشرين مواطناً", "أسرى محررون", "طالبان جامعيان", "مواطناً"]}
BEIT_UMMAR_PEOPLE = {"en": ["residents of Beit Ummar", "Palestinians"],
                     "ar": ["أهالي البلدة", "عشرات الشبان", "عشرات المنازل", "«عدداً من المطلوبين»"]}
BEIT_UMMAR_YOUTH = {"en": ["young man", "Palestinian", "young Palestinian"],
                    "ar": ["شاب في العشرينيات من عمره", "الشاب", "«مشتبه به»"]}
PRCS = {"en": ["Palestine Red Crescent Society", "PRCS", "Red Crescent", "paramedics"],
        "ar": ["طواقم الهلال الأحمر", "الهلال الأحمر", "المسعفين"]}
BANI_NAIM_FAMILY = {"en": ["family of a prisoner", "prisoner's family", "Palestinians"],
                    "ar": ["عائلة أسير", "قاطنيه", "والداه وأشقاؤه الخمسة"]}
HEBRON_STUDENT = {"en": ["Hebron University student", "student"], "ar": ["طالب في جامعة الخليل", "الطالب"]}
SAIR_DETAINEES = {"en": ["four men of Sa'ir", "detainees"], "ar": ["أربعة من أبناء بلدة سعير"]}
HAMAS_LEADER = {"en": ["Hamas leader", "Hamas official", "Hamas"],
                "ar": ["قيادي في حركة «حماس»", "حركة «حماس»", "حماس"]}
PRISONERS_BODIES = {"en": ["Commission of Detainees' Affairs", "Palestinian Prisoners' Society",
                           "prisoners' organisations"],
                    "ar": ["هيئة شؤون الأسرى", "نادي الأسير", "هيئة شؤون الأسرى والمحررين"]}
MUFAQARA_OWNERS = {"en": ["residents of al-Mufaqara", "Palestinians"],
                   "ar": ["مواطنين من خربة المفقرة", "لمواطنين"]}
DURA_PRISONER = {"en": ["prisoner from Dura", "Palestinian prisoner"], "ar": ["أسير من بلدة دورا", "أسير"]}
HEBRON_GOVERNORATE = {"en": ["Hebron Governorate", "Hebron governor's office", "Palestinian Authority"],
                      "ar": ["محافظة الخليل"]}
RIGHTS_BODIES = {"en": ["international human rights organisations", "international rights groups"],
                 "ar": ["المؤسسات الحقوقية الدولية"]}
DURA_FAMILIES = {"en": ["two families", "families of Dura"], "ar": ["عائلتين"]}

# ====================================================== places: 349
HEBRON_GOV = {"accept": ["محافظة الخليل", "مدينة الخليل", "الخليل", "سعير", "بني نعيم", "دورا", "Hebron",
                         "Hebron Governorate", "al-Khalil", "Sa'ir", "Bani Na'im", "Dura"]}
BEIT_UMMAR = {"accept": ["بلدة بيت أمّر", "بيت أمّر", "بيت أمر", "Beit Ummar", "Bayt Ummar"]}
BANI_NAIM = {"accept": ["بلدة بني نعيم", "بني نعيم", "Bani Na'im", "Bani Naim", "Beni Naim"]}
OFER = {"accept": ["عوفر", "سجن «عوفر»", "Ofer", "Ofer military court", "Ofer prison"]}
FAWWAR = {"accept": ["مدخل مخيم الفوار", "مخيم الفوار", "الفوار", "al-Fawwar camp", "Fawwar"]}
RAS_JOURA = {"accept": ["منطقة رأس الجورة", "رأس الجورة", "مدينة الخليل", "Ras al-Joura", "Ras al-Jora",
                        "Hebron"]}
HEBRON_CITY = {"accept": ["مقر الصليب الأحمر في الخليل", "الخليل", "Hebron", "al-Khalil"]}
MUFAQARA = {"accept": ["خربة المفقرة", "مسافر يطا", "al-Mufaqara", "Mufagara", "Masafer Yatta"]}
DURA = {"accept": ["بلدة دورا", "دورا", "Dura", "Dura al-Khalil"]}

# ============ 350: Sinjar, Sinuni, Baghdad, Erbil, Makhmour (an Erbil-based Arabic news site, 2023)
YBS = {"en": ["Sinjar Resistance Units", "YBS", "Yazidi Sinjar Resistance Units"],
       "ar": ["«وحدات مقاومة سنجار»", "وحدات مقاومة سنجار", "«اليبشه»", "اليبشه", "الوحدات"]}
YBS_FIGHTERS = merge({"en": ["YBS fighters"], "ar": ["ثلاثة من مقاتلي الوحدات", "مقاتلي الوحدات"]}, YBS)
BAGHDAD_ERBIL = {"en": ["Iraqi federal government", "Government of Iraq", "Kurdistan Regional Government",
                        "KRG", "Iraq"],
                 "ar": ["الحكومة الاتحادية في بغداد", "حكومة إقليم كوردستان", "العاصمتين", "بغداد", "أربيل"]}
TURKISH_DRONE = {"en": ["Turkish drone", "Turkish army", "Turkish Armed Forces", "Turkey",
                        "Turkish intelligence", "MIT"],
                 "ar": ["طائرة مسيّرة تركية", "مسيّرة تركية", "جهاز الاستخبارات", "الاستخبارات التركية"]}
TR_DEFMIN_2023 = {"en": ["Turkish Defence Minister", "Turkish Minister of National Defence", "Turkey"],
                  "ar": ["وزير الدفاع التركي"]}
IQ_MOFA = {"en": ["Iraqi Ministry of Foreign Affairs", "Iraqi Foreign Ministry", "Iraq",
                  "Government of Iraq"],
           "ar": ["وزارة الخارجية العراقية"]}
TURKEY_ANKARA = {"en": ["Turkey", "Turkish government", "Ankara", "Turkish charge d'affaires"],
                 "ar": ["أنقرة", "القائم بالأعمال التركي", "الجانب التركي", "الاحتلال التركي"]}
KRG_SPOKESMAN = {"en": ["Kurdistan Regional Government spokesman", "KRG spokesman",
                        "Kurdistan Regional Government", "KRG"],
                 "ar": ["المتحدث باسم حكومة إقليم كوردستان", "حكومة إقليم كوردستان"]}
KRG_BODIES = {"en": ["Kurdistan Regional Government", "KRG", "Kurdistan Region", "Erbil"],
              "ar": ["أي جهة في الإقليم", "أربيل", "الإقليم"]}
PKK = {"en": ["Kurdistan Workers' Party", "PKK"],
       "ar": ["حزب العمال الكوردستاني", "حزب العمال", "مسلحي حزب العمال"]}
BAGHDAD_ANKARA = {"en": ["Iraqi government", "Government of Iraq", "Turkey", "Turkish government"],
                  "ar": ["بغداد", "أنقرة"]}
FEDERAL_DELEGATION = {"en": ["Iraqi federal government delegation", "Iraqi Interior Ministry",
                             "Iraqi Defence Ministry", "Government of Iraq"],
                      "ar": ["وفد من الحكومة الاتحادية", "وزارتي الداخلية والدفاع"]}
SINJAR_ADMIN = {"en": ["Sinjar local administration", "Sinjar Autonomous Administration",
                       "local administration"],
                "ar": ["ممثلي الإدارة المحلية", "الإدارة المحلية"]}
BAGHDAD_ERBIL_2020 = {"en": ["Iraqi federal government", "Kurdistan Regional Government", "Baghdad", "Erbil"],
                      "ar": ["بغداد وأربيل", "بغداد", "أربيل"]}
YAZIDI_COUNCIL = {"en": ["Yazidi Supreme Spiritual Council", "Yazidi Spiritual Council"],
                  "ar": ["المجلس الروحاني الإيزيدي الأعلى", "المجلس الروحاني الإيزيدي"]}
MAKHMOUR_VICTIMS = {"en": ["two residents of Makhmour camp", "camp residents", "civilians"],
                    "ar": ["شخصين من سكان المخيم", "شخصين"]}
IQ_MP = {"en": ["member of the parliamentary security and defence committee", "Iraqi MP"],
         "ar": ["عضو في لجنة الأمن والدفاع النيابية", "النائب"]}
IQ_PM = {"en": ["Iraqi Prime Minister", "Government of Iraq"], "ar": ["رئيس الوزراء"]}
TR_AMBASSADOR = {"en": ["Turkish ambassador", "Turkey"], "ar": ["السفير التركي"]}
PESHMERGA = {"en": ["Peshmerga", "Kurdistan Region Peshmerga forces"], "ar": ["قوات البيشمركة", "البيشمركة"]}

# ====================================================== places: 350
SINUNI = {"accept": ["المدخل الشرقي لناحية سنوني", "ناحية سنوني", "سنوني", "سنجار", "Sinuni", "Snune",
                     "Sinjar", "Shingal"]}
SINJAR = {"accept": ["قضاء سنجار", "سنجار", "شنگال", "Sinjar", "Shingal", "Sinjar District"]}
BAGHDAD = {"accept": ["بغداد", "Baghdad"]}
MAKHMOUR = {"accept": ["مخيم مخمور", "مخمور", "Makhmour camp", "Makhmour", "Makhmur"]}
