"""Accepted actor names and place names for the sixty-eighth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الحكومة», «الوفد») are left out on purpose, with these
exceptions, each used only in an article where it names a single actor:
- 336: «الفصائل» and «البلدتين» (only ever the opposition factions of Qudsaya and al-Hameh and the two towns),
  «العقيد» (only ever the Republican Guard colonel who led the government delegation);
- 337: «المعتصمين», «المحتجين» and «التنسيقية» (only ever the Baqubah sit-in, its protesters and its
  coordination committee), «ناشطة» (only ever the activist of the rumoured abduction);
- 338: «الفصائل» (in the pan-Arab daily's words only ever the Iran-backed factions of Deir ez-Zor),
  «سنتكوم» (US Central Command's usual Arabic name);
- 339: «التنظيم», «الخلايا» and «الجامعين» (only ever ISIS, its desert cells and the truffle gatherers);
- 340: «المتشددة» and «المتشددين» (only ever the Islamist groups of Ain al-Hilweh), «الأمن الوطني» (only ever
  Fatah's Palestinian National Security forces).
In meetings and receptions (CONSULT) both parties are accepted in either role: PLOVER makes the visitor the
source, while the Arabic sentence often makes the host its subject («استقبل …»).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ====================================================== actors: shared
CIVILIANS = {"en": ["civilians", "civilian", "residents", "locals", "citizens"],
             "ar": ["المدنيين", "مدنيين", "مدنيون", "الأهالي", "أهالي", "السكان", "المواطنين"]}
US_GOV = {"en": ["United States", "US", "USA", "Washington", "US government", "US forces"],
          "ar": ["الولايات المتحدة", "واشنطن", "قوات الاحتلال الأميركي", "الأميركي", "الأمريكي"]}
UN = {"en": ["United Nations", "UN"], "ar": ["الأمم المتحدة"]}
SARC = {"en": ["Syrian Arab Red Crescent", "SARC", "Red Crescent"],
        "ar": ["الهلال الأحمر العربي السوري", "الهلال الأحمر"]}
ISIS = {"en": ["Islamic State", "ISIS", "IS", "ISIL", "Daesh"],
        "ar": ["تنظيم «داعش»", "تنظيم داعش", "«داعش»", "داعش", "التنظيم", "الداعشي"]}

# ============ 336: Qudsaya, al-Hameh, the Dummar project (Rif Dimashq), an opposition local page, 2016
Q_FACTIONS = {"en": ["opposition factions", "rebels", "armed opposition", "Free Syrian Army",
                     "factions of Qudsaya and al-Hameh"],
              "ar": ["فصائل المعارضة", "ممثلي الفصائل", "الفصائل", "المعارضة"]}
SY_REGIME_Q = {"en": ["Syrian government forces", "Syrian regime", "regime forces", "Syrian army",
                      "Republican Guard", "Syrian government"],
               "ar": ["قوات النظام", "النظام", "الحرس الجمهوري"]}
REPUBLICAN_GUARD = {"en": ["Republican Guard", "Syrian Republican Guard", "Syrian army", "Syrian government"],
                    "ar": ["الحرس الجمهوري", "ضباط من الحرس الجمهوري", "عناصر من الحرس الجمهوري"]}
FOURTH_DIV = {"en": ["4th Division", "Fourth Division", "4th Armoured Division", "Syrian army",
                     "Syrian government forces"],
              "ar": ["الفرقة الرابعة", "مواقع الفرقة الرابعة",
                     "الدبابات والآليات التابعة للفرقة الرابعة"]}
SY_GOV_SIDE = merge({"en": ["Syrian government side", "government delegation", "Syrian government"],
                     "ar": ["الجانب الحكومي", "الوفد الحكومي"]}, REPUBLICAN_GUARD)
RG_COLONEL = merge({"en": ["Republican Guard colonel", "colonel heading the government delegation"],
                    "ar": ["العقيد", "الضابط", "الوفد الحكومي"]}, REPUBLICAN_GUARD)
Q_NEGOTIATORS = {"en": ["local negotiating committee", "negotiation committee", "Qudsaya negotiators"],
                 "ar": ["لجنة التفاوض المحلية", "لجنة التفاوض", "عضو لجنة التفاوض"]}
Q_MEETING = merge(Q_NEGOTIATORS, SY_GOV_SIDE)
EXCHANGE_SIDES = merge(Q_FACTIONS, SY_REGIME_Q)
REGIME_4TH = merge(FOURTH_DIV, SY_REGIME_Q)
NEGOTIATORS_FACTIONS = merge(Q_NEGOTIATORS, Q_FACTIONS)
Q_DETAINEES = {"en": ["detainees from Qudsaya and al-Hameh", "detainees", "prisoners"],
               "ar": ["أحد عشر معتقلاً", "معتقلاً", "المعتقلين"]}
Q_TOWNS = merge({"en": ["Qudsaya and al-Hameh", "residents of Qudsaya and al-Hameh"],
                 "ar": ["البلدتين", "الأهالي"]}, Q_FACTIONS)
QH_RESIDENTS = merge({"en": ["residents of Qudsaya and al-Hameh", "besieged residents"],
                      "ar": ["البلدتين"]}, CIVILIANS)
HAMEH_VICTIMS = merge({"en": ["civilians of al-Hameh", "three civilians"],
                       "ar": ["ثلاثة مدنيين", "خمسة قتلى"]}, CIVILIANS)
QUDSAYA_COUNCIL = {"en": ["Qudsaya local council", "local council", "Local Council of Qudsaya"],
                   "ar": ["المجلس المحلي لقدسيا", "المجلس المحلي", "المجلس"]}
UN_ICRC = merge(UN, {"en": ["International Committee of the Red Cross", "ICRC", "Red Cross"],
                     "ar": ["اللجنة الدولية للصليب الأحمر", "الصليب الأحمر"]})
DETENTION_BRANCHES = {"en": ["Syrian security branches", "Syrian intelligence services", "Syrian government"],
                      "ar": ["فروع أمنية"]}
RELEASED_MAN = {"en": ["released detainee", "former detainee"],
                "ar": ["أحد المفرج عنهم", "رجل في الخمسينيات"]}
PRO_GOV_SOURCE = {"en": ["pro-government page", "Syrian military source"],
                  "ar": ["صفحة «أخبار ضاحية قدسيا»", "مصدر عسكري"]}
TERRORISTS_Q = {"en": ["terrorist groups", "opposition factions", "rebels"],
                "ar": ["«المجموعات الإرهابية»", "المجموعات الإرهابية"]}
QUDSAYA_YOUTH = {"en": ["young man from Qudsaya", "civilian"], "ar": ["شاباً من أهالي قدسيا", "شاباً"]}
UN_CONVOY = {"en": ["United Nations", "UN aid agencies"], "ar": ["قافلة إغاثة أممية", "أممية"]}

# ====================================================== places: 336
DAWWAR_QUDSAYA = {"accept": ["حاجز دوار قدسيا", "دوار قدسيا", "قدسيا", "Qudsaya roundabout", "Qudsaya",
                             "Qudsayya"]}
HAMEH = {"accept": ["الحارة الغربية في بلدة الهامة", "بلدة الهامة", "الهامة", "al-Hameh", "Hameh", "al-Hama",
                    "Hamah village"]}
DAHIYA = {"accept": ["مبنى بلدية ضاحية قدسيا", "ضاحية قدسيا", "قدسيا", "Qudsaya suburb", "Dahiyat Qudsaya",
                     "Qudsaya"]}
QUDSAYA_HAMEH = {"accept": ["قدسيا والهامة", "قدسيا", "الهامة", "البلدتين", "Qudsaya", "al-Hameh", "Hameh"]}
RG_HOUSING = {"accept": ["محيط مساكن الحرس الجمهوري", "مساكن الحرس الجمهوري", "قدسيا",
                         "Republican Guard housing", "Masakin al-Haras", "Qudsaya"]}
DUMMAR = {"accept": ["حاجز مشروع دمر", "مشروع دمر", "دمر", "Dummar project", "Mashrou Dummar", "Dummar",
                     "Dumar"]}
RIF_DIMASHQ = {"accept": ["ريف دمشق", "Rif Dimashq", "Damascus countryside", "Rural Damascus"]}
DAMASCUS = {"accept": ["دمشق", "Damascus"]}

# ============ 337: Baqubah, al-Khalis, Bani Saad, al-Muqdadiyah (Diyala, Iraq), a Diyala news site, 2019
RIOT_POLICE = {"en": ["riot police", "Iraqi security forces", "security forces", "Iraqi police",
                      "Diyala police"],
               "ar": ["قوة من مكافحة الشغب", "مكافحة الشغب", "القوات الأمنية", "قوات الأمن"]}
BAQUBAH_PROTESTERS = {"en": ["protesters", "demonstrators", "sit-in protesters", "Baqubah protesters"],
                      "ar": ["المعتصمين", "متظاهر", "المتظاهرين", "المحتجين", "مئات المحتجين",
                             "المتظاهرين السلميين"]}
SITIN_COORD = merge({"en": ["sit-in coordination committee", "coordination committee of the sit-in"],
                     "ar": ["تنسيقية المعتصمين", "التنسيقية"]}, BAQUBAH_PROTESTERS)
TEACHERS_UNION = {"en": ["teachers' union", "Iraqi Teachers' Union", "teachers"],
                  "ar": ["نقابة المعلمين", "المعلمين"]}
STRIKERS = merge(TEACHERS_UNION, {"en": ["employees", "students", "shopkeepers", "strikers",
                                         "sit-in coordination committee"],
                                  "ar": ["تنسيقية المعتصمين", "أصحاب المحال", "الموظفين"]})
UNION_COORD = merge(TEACHERS_UNION, SITIN_COORD)
DIYALA_POLICE = {"en": ["Diyala police command", "Diyala police", "Iraqi police"],
                 "ar": ["قيادة شرطة ديالى", "قيادة الشرطة", "شرطة ديالى"]}
DIYALA_GOVERNOR = {"en": ["Governor of Diyala", "Diyala governor", "Diyala governorate"],
                   "ar": ["محافظ ديالى", "المحافظ"]}
INFILTRATORS = {"en": ["infiltrators", "saboteurs"], "ar": ["«مندسين»", "مندسين"]}
SECURITY_FORCE = merge({"en": ["Iraqi security forces", "security force"], "ar": ["قوة أمنية"]},
                       DIYALA_POLICE)
SITIN_ORGANISERS = {"en": ["sit-in organisers", "activists", "three organisers of the sit-in"],
                    "ar": ["ثلاثة من منظمي الاعتصام", "منظمي الاعتصام", "الثلاثة"]}
UNKNOWN_GUNMEN_IQ = {"en": ["unknown gunmen", "unidentified gunmen"], "ar": ["مسلحين مجهولين"]}
WOMAN_ACTIVIST = {"en": ["woman activist", "activist"], "ar": ["ناشطة", "الناشطة"]}
TRIBAL_SHEIKHS = {"en": ["tribal sheikhs", "tribal leaders", "clan elders"],
                  "ar": ["شيوخ عشائر من بعقوبة", "شيوخ عشائر", "شيوخ العشائر"]}
RIGHTS_PARL = {"en": ["Iraqi High Commission for Human Rights", "IHCHR",
                      "parliamentary security and defence committee", "Iraqi parliament"],
               "ar": ["المفوضية العليا لحقوق الإنسان", "لجنة الأمن والدفاع النيابية",
                      "وفد من المفوضية العليا لحقوق الإنسان"]}
KHALIS_STUDENTS = {"en": ["students of the central secondary school", "students", "protesters"],
                   "ar": ["طلبة الإعدادية المركزية", "طلبة"]}
KANAAN_PROTESTERS = {"en": ["employees and students", "protesters"], "ar": ["الموظفين والطلبة", "العشرات"]}
ANGRY_PROTESTERS = {"en": ["protesters", "angry protesters", "rioters"], "ar": ["محتجون غاضبون", "محتجون"]}
GOV_SHEIKHS = merge(DIYALA_GOVERNOR, {"en": ["tribal sheikhs", "notables of Baqubah"],
                                      "ar": ["شيوخ العشائر ووجهاء المدينة", "شيوخ العشائر"]})
VICTIM_FAMILY_IQ = {"en": ["family of the killed protester"], "ar": ["عائلة القتيل"]}
UNAMI = {"en": ["UNAMI", "United Nations Assistance Mission for Iraq", "United Nations"],
         "ar": ["بعثة الأمم المتحدة لمساعدة العراق", "«يونامي»", "يونامي"]}
IQ_AUTHORITIES = {"en": ["Iraqi authorities", "Iraqi government", "Iraq"], "ar": ["السلطات العراقية"]}
IQ_AUTHORITIES_HIST = {"en": ["Iraqi authorities"], "ar": ["السلطات"]}

# ====================================================== places: 337
DIWAN_BAQUBAH = {"accept": ["ساحة الاعتصام أمام مبنى ديوان محافظة ديالى", "ديوان محافظة ديالى", "بعقوبة",
                            "Baqubah", "Baquba", "Ba'quba"]}
BAQUBAH = {"accept": ["بعقوبة", "Baqubah", "Baquba", "Ba'quba"]}
DIYALA_TOWNS = {"accept": ["بعقوبة", "المقدادية", "الخالص", "بلدروز", "Baqubah", "Baquba", "Muqdadiyah",
                           "Khalis", "Balad Ruz", "Diyala"]}
BAQUBAH_HOMES = {"accept": ["حيّي التحرير والمفرق", "التحرير", "المفرق", "بعقوبة", "Baqubah", "Baquba",
                            "al-Tahrir", "al-Mafraq"]}
MUQDADIYAH = {"accept": ["قضاء المقدادية", "المقدادية", "Muqdadiyah", "al-Muqdadiya", "Muqdadiya"]}
BAQUBAH_ROAD = {"accept": ["الطريق الرابط بين بعقوبة وبغداد", "مدخل المدينة الجنوبي", "بعقوبة",
                           "Baqubah–Baghdad road", "Baqubah"]}
KHALIS = {"accept": ["مبنى القائمقامية", "قضاء الخالص", "الخالص", "al-Khalis", "Khalis"]}
KANAAN_BALADRUZ = {"accept": ["ناحية كنعان", "كنعان", "قضاء بلدروز", "بلدروز", "Kanaan", "Kan'an",
                              "Balad Ruz", "Baladruz"]}
BANI_SAAD = {"accept": ["ناحية بني سعد", "بني سعد", "Bani Saad", "Bani Sa'ad", "Buhriz"]}
GOVERNOR_OFFICE = {"accept": ["مكتبه", "بعقوبة", "Baqubah", "Baquba", "Diyala governorate building"]}

# ============ 338: al-Mayadin, Albu Kamal, al-Omar field (Deir ez-Zor), a Beirut pan-Arab daily, 2024
US_FORCES = {"en": ["US forces", "US military", "US Air Force", "United States", "US Central Command",
                    "CENTCOM", "US-led coalition"],
             "ar": ["مقاتلات أميركية", "مقاتلات", "القيادة المركزية الأميركية", "«سنتكوم»", "سنتكوم",
                    "الأميركية", "واشنطن"]}
IRAN_MILITIAS = {"en": ["Iran-backed militias", "pro-Iranian factions", "Iran-backed factions",
                        "Islamic Revolutionary Guard Corps", "IRGC", "Iran-aligned militias"],
                 "ar": ["فصائل موالية لإيران", "الفصائل", "الحرس الثوري الإيراني والجماعات التابعة له",
                        "الحرس الثوري الإيراني", "عناصر من الفصائل", "سبعة عناصر من الفصائل"]}
SY_MFA = {"en": ["Syrian Ministry of Foreign Affairs and Expatriates", "Syrian foreign ministry", "Syria",
                 "Damascus", "Syrian government"],
          "ar": ["وزارة الخارجية والمغتربين السورية", "الخارجية السورية", "دمشق"]}
UNSC = {"en": ["UN Security Council", "Security Council", "United Nations"],
        "ar": ["مجلس الأمن الدولي", "مجلس الأمن"]}
IRAN_MFA = {"en": ["Iranian foreign ministry spokesman", "Iranian foreign ministry", "Iran", "Tehran"],
            "ar": ["المتحدث باسم وزارة الخارجية الإيرانية", "وزارة الخارجية الإيرانية", "طهران"]}
IRAN_UN = {"en": ["Iran's mission to the UN", "Iran"], "ar": ["بعثة بلاده لدى الأمم المتحدة"]}
UN_SG = {"en": ["UN Secretary-General", "United Nations"], "ar": ["الأمين العام"]}
CENTCOM = {"en": ["US Central Command", "CENTCOM", "US military", "United States"],
           "ar": ["القيادة المركزية الأميركية", "«سنتكوم»", "سنتكوم"]}
US_TREASURY = {"en": ["US Treasury", "US Department of the Treasury", "United States", "Washington"],
               "ar": ["وزارة الخزانة الأميركية", "الخزانة", "واشنطن"]}
SANCTIONED = {"en": ["Iran-backed faction commanders", "militia commanders", "Mayadin transport company",
                     "smuggling network"],
              "ar": ["ثلاثة قياديين في فصيل مسلح موالٍ لإيران", "ثلاثة قياديين", "شركة نقل مقرّها الميادين",
                     "شبكة لتهريب السلاح", "شبكة لتهريب الأسلحة والمخدرات"]}
RU_FM = {"en": ["Russian foreign minister", "Russia", "Moscow"],
         "ar": ["نظيره الروسي", "الوزير الروسي", "موسكو"]}
SY_FM = {"en": ["Syrian foreign minister", "Syria", "Syrian government"],
         "ar": ["وزير الخارجية السوري"]}
FM_CALL = merge(RU_FM, SY_FM)
SYRIA = {"en": ["Syria", "Syrian government", "Damascus"], "ar": ["سوريا", "سيادة سوريا", "دمشق"]}
IQ_NSA = {"en": ["Iraqi national security adviser", "Iraq", "Iraqi government"],
          "ar": ["مستشار الأمن القومي العراقي"]}
SY_PRESIDENT = {"en": ["Syrian president", "Syria", "Syrian government"], "ar": ["الرئيس السوري"]}
NSA_VISIT = merge(IQ_NSA, SY_PRESIDENT)
IRI = {"en": ["Islamic Resistance in Iraq", "Iran-backed militias", "Iraqi militias"],
       "ar": ["«المقاومة الإسلامية في العراق»", "المقاومة الإسلامية في العراق"]}
COALITION = {"en": ["US-led coalition", "international coalition", "coalition forces", "US forces"],
             "ar": ["قوات التحالف", "التحالف", "قوات التحالف في شرق سوريا"]}
RU_MISSION = {"en": ["Russian mission to the UN", "Russia"], "ar": ["البعثة الروسية", "روسيا"]}
US_DOD = {"en": ["US Department of Defense", "Pentagon", "US forces", "United States"],
          "ar": ["وزارة الدفاع الأميركية", "قواتها"]}
PMF = {"en": ["Popular Mobilization Forces", "PMF", "Hashd al-Shaabi"],
       "ar": ["«الحشد الشعبي» العراقي", "«الحشد الشعبي»", "الحشد الشعبي"]}
ARAB_LEAGUE = {"en": ["Arab League", "League of Arab States", "Arab League assistant secretary-general"],
               "ar": ["الأمين العام المساعد لجامعة الدول العربية", "جامعة الدول العربية", "الجامعة"]}
ALL_PARTIES = {"en": ["all parties"], "ar": ["جميع الأطراف"]}

# ====================================================== places: 338
MAYADIN = {"accept": ["مدينة الميادين", "الميادين", "al-Mayadin", "Mayadin", "Mayadeen", "Deir ez-Zor"]}
MAYADIN_MAHKAN = {"accept": ["مزارع على أطراف بلدة محكان", "محكان", "الميادين", "Mahkan", "al-Mayadin",
                             "Mayadin"]}
TEHRAN = {"accept": ["طهران", "Tehran"]}
DAMASCUS_338 = {"accept": ["دمشق", "Damascus"]}
OMAR_FIELD = {"accept": ["قاعدة حقل العمر النفطي", "حقل العمر النفطي", "حقل العمر", "al-Omar oil field",
                         "Omar oil field", "al-Omar"]}
NEW_YORK = {"accept": ["نيويورك", "New York"]}
ALBU_KAMAL = {"accept": ["مدينة البوكمال", "البوكمال", "Albu Kamal", "Abu Kamal", "Al Bukamal"]}
CAIRO = {"accept": ["القاهرة", "Cairo"]}

# ============ 339: Uqayribat, Salamiyah, Jabal al-Balas, Sabburah (eastern Hama), a rights monitor, 2023
ISIS_GUNMEN = merge({"en": ["ISIS cells", "gunmen"],
                     "ar": ["مسلحون يُرجَّح انتماؤهم إلى خلايا تنظيم «داعش»", "خلايا تنظيم «داعش»",
                            "المسلحين", "المهاجمون", "الغدر الداعشي"]}, ISIS)
GATHERERS = merge({"en": ["truffle gatherers", "truffle hunters", "nine civilians"],
                   "ar": ["تجمع لجامعي الكمأة", "جامعي الكمأة", "الجامعين", "تسعة مدنيين"]}, CIVILIANS)
ABDUCTEES = {"en": ["four truffle gatherers", "abducted gatherers", "truffle gatherers"],
             "ar": ["أربعة من الجامعين", "المختطفين الأربعة", "المختطفين"]}
HAMA_SECURITY_COMMITTEE = {"en": ["Hama security committee", "Syrian government", "Hama governorate"],
                           "ar": ["اللجنة الأمنية في محافظة حماة", "اللجنة الأمنية"]}
RU_AIR = {"en": ["Russian air force", "Russian warplanes", "Russia"],
          "ar": ["الطيران الحربي الروسي", "الطيران الروسي"]}
ISIS_CELLS = merge({"en": ["ISIS cells"], "ar": ["خلايا التنظيم", "الخلايا"]}, ISIS)
SY_ARMY_339 = {"en": ["Syrian government forces", "Syrian army", "Syrian regime"],
               "ar": ["قوات النظام"]}
NDF = {"en": ["National Defence Forces", "NDF", "pro-government militia"],
       "ar": ["ميليشيا «الدفاع الوطني»", "«الدفاع الوطني»", "الدفاع الوطني", "عناصر الميليشيا"]}
NDF_COMMANDER = merge({"en": ["NDF commander in Salamiyah", "NDF commander"],
                       "ar": ["قائدها في سلمية"]}, NDF)
NDF_PAGE = merge({"en": ["NDF Salamiyah page"], "ar": ["صفحة «الدفاع الوطني في سلمية»"]}, NDF)
MIL_SECURITY_HAMA = {"en": ["Military Intelligence", "Military Security branch in Hama", "Syrian government"],
                     "ar": ["فرع الأمن العسكري في حماة", "الأمن العسكري"]}
TRUFFLE_TRADERS = {"en": ["two truffle traders", "truffle traders"],
                   "ar": ["تاجرين للكمأة", "التاجرين"]}
CHECKPOINT_MEN = {"en": ["checkpoint members", "Syrian government forces"], "ar": ["عناصر أحد الحواجز"]}
SARC_SALAMIYAH = merge({"en": ["SARC Salamiyah branch"],
                        "ar": ["فرع الهلال الأحمر العربي السوري في سلمية"]}, SARC)
VICTIM_FAMILIES_339 = {"en": ["victims' families", "families of the victims"],
                       "ar": ["ثلاثين عائلة من عائلات الضحايا", "عائلات الضحايا", "عائلات القتلى"]}
SHEPHERD = {"en": ["shepherd", "young shepherd", "civilian"], "ar": ["راعٍ", "راع", "شقيقه"]}
MONITOR = {"en": ["Rasid al-Badia", "the monitor"], "ar": ["«راصد البادية»", "راصد البادية"]}
AUTHORITIES_NGOS = {"en": ["relevant authorities", "humanitarian organisations", "Syrian government"],
                    "ar": ["الجهات المعنية", "المنظمات الإنسانية العاملة في حماة"]}
HAMA_GOVERNOR = {"en": ["Governor of Hama", "Hama governor", "Hama governorate"], "ar": ["محافظ حماة"]}
HAMA_WOUNDED = {"en": ["the wounded", "victims"], "ar": ["جرحى الهجوم", "الجرحى"]}
GOVERNOR_PLEDGE_TO = merge(VICTIM_FAMILIES_339, HAMA_WOUNDED)
GOV_NDF = merge(HAMA_GOVERNOR, NDF)

# ====================================================== places: 339
UQAYRIBAT_DESERT = {"accept": ["البادية الواقعة شرق بلدة عقيربات", "بادية عقيربات", "عقيربات", "Uqayribat",
                               "Aqirbat", "Uqeirbat", "eastern Hama"]}
UQAYRIBAT = {"accept": ["عقيربات والقرى المحيطة بها", "عقيربات", "Uqayribat", "Aqirbat", "Uqeirbat"]}
BAN_AREA = {"accept": ["المناطق الواقعة شرقي طريق أثريا–خناصر", "طريق أثريا–خناصر", "جبل البلعاس",
                       "محافظة حماة", "Athriya", "Khanasir", "Jabal al-Balas", "Hama"]}
BALAAS = {"accept": ["محيط جبل البلعاس", "جبل البلعاس", "بادية وادي العذيب", "وادي العذيب",
                     "Jabal al-Balas", "Jabal Bilas", "Wadi al-Udhayb", "Wadi al-Azib"]}
BALAAS_SAAN = place(BALAAS, {"accept": ["بلدة السعن", "السعن", "al-Saan", "Saan", "al-Sa'an"]})
SALAMIYAH = {"accept": ["سلمية", "Salamiyah", "Salamiyeh", "Salamieh"]}
SHEIKH_HILAL = {"accept": ["بئر مهجورة في بادية الشيخ هلال", "بادية الشيخ هلال", "الشيخ هلال",
                           "Sheikh Hilal", "al-Sheikh Hilal"]}
SABBURAH = {"accept": ["بلدة صبورة", "صبورة", "Sabburah", "Saboura", "Sabbura"]}
SALAMIYAH_HOSPITAL = place({"accept": ["المشفى الوطني بسلمية"]}, SALAMIYAH)

# ============ 340: Ain al-Hilweh, Sidon, Mieh Mieh, Ain al-Tineh (Lebanon), a Sidon party's site, 2023
DISPLACED_FAMILIES = {"en": ["displaced families from Ain al-Hilweh", "displaced Palestinian families",
                             "displaced families", "protesters"],
                      "ar": ["عشرات العائلات النازحة من مخيم عين الحلوة", "العائلات النازحة", "المعتصمون",
                             "النازحين"]}
UNRWA = {"en": ["UNRWA", "United Nations Relief and Works Agency", "United Nations"],
         "ar": ["وكالة «الأونروا»", "«الأونروا»", "الأونروا", "الوكالة"]}
FATAH = {"en": ["Fatah", "Palestinian National Security Forces", "Palestinian National Security",
                "National Security forces"],
         "ar": ["قوات الأمن الوطني الفلسطيني التابعة لحركة «فتح»", "قوات الأمن الوطني الفلسطيني",
                "حركة «فتح»", "«فتح»", "فتح", "الأمن الوطني", "الحركة"]}
ISLAMISTS = {"en": ["Islamist militants", "hardline Islamist groups", "Islamist groups",
                    "al-Shabab al-Muslim", "Muslim Youth"],
             "ar": ["مسلحين من مجموعات إسلامية متشددة", "مجموعات إسلامية متشددة", "المجموعات المتشددة",
                    "المتشددين", "المتشددة", "تجمع «الشباب المسلم»", "«الشباب المسلم»", "الشباب المسلم"]}
CAMP_FIGHT = merge(FATAH, ISLAMISTS)
LAF = {"en": ["Lebanese Army", "Lebanese Armed Forces", "LAF", "Lebanese army intelligence"],
       "ar": ["الجيش اللبناني", "مخابرات الجيش", "مديرية المخابرات في الجيش اللبناني",
              "للجيش اللبناني"]}
LAF_INTEL = {"en": ["Lebanese army intelligence", "Directorate of Intelligence of the Lebanese Army",
                    "Lebanese Army"],
             "ar": ["مديرية المخابرات في الجيش اللبناني", "مسؤولين في مديرية المخابرات", "مخابرات الجيش",
                    "الجيش اللبناني"]}
JOINT_ACTION = {"en": ["Joint Palestinian Action Committee", "Palestinian Joint Action Committee",
                       "Palestinian factions", "Fatah", "Hamas", "Usbat al-Ansar"],
                "ar": ["«هيئة العمل الفلسطيني المشترك»", "هيئة العمل الفلسطيني المشترك", "هيئة العمل المشترك",
                       "حركتي «فتح» و«حماس»", "«عصبة الأنصار»", "المجتمعون"]}
CAMP_MEETING = merge(JOINT_ACTION, LAF_INTEL)
JOINT_FORCE = {"en": ["Joint Palestinian Security Force", "joint security force"],
               "ar": ["القوة الأمنية المشتركة"]}
NSF_COMMANDER = merge({"en": ["commander of the Palestinian National Security in Lebanon"],
                       "ar": ["قائد الأمن الوطني الفلسطيني في لبنان", "قواته"]}, FATAH)
FATAH_OFFICIAL = {"en": ["Palestinian National Security commander in Sidon", "Fatah"],
                  "ar": ["قائد الأمن الوطني في منطقة صيدا"]}
WANTED_MEN = {"en": ["suspects", "wanted men"], "ar": ["ثمانية أسماء", "المطلوبين"]}
ISLAMISTS_GUNMEN = merge({"en": ["gunmen"], "ar": ["المسلحين"]}, ISLAMISTS)
OUTSIDE_GUNMEN = merge({"en": ["gunmen from outside the camp"], "ar": ["مسلحين من خارج المخيم"]}, ISLAMISTS)
SHABAB_LEADER = merge({"en": ["al-Shabab al-Muslim leader"], "ar": ["أحد قيادييه", "القيادي"]}, ISLAMISTS)
UNKNOWN_GUNMAN_LB = {"en": ["unknown gunman", "unidentified gunman"], "ar": ["مسلح مجهول"]}
SHOP_OWNER = {"en": ["mobile phone shop owner", "shop owner", "civilian"],
              "ar": ["صاحب محل لبيع الهواتف الخلوية", "صاحب محل"]}
CAMP_SECURITY = {"en": ["camp security forces", "Palestinian security forces"],
                 "ar": ["القوى الأمنية في المخيم"]}
SPEAKER = {"en": ["Speaker of the Lebanese Parliament", "Lebanese parliament speaker", "Lebanon"],
           "ar": ["رئيس مجلس النواب"]}
GS_DIRECTOR = {"en": ["Director General of General Security", "General Security", "Lebanon"],
               "ar": ["المدير العام للأمن العام"]}
SIDON_PARTY = {"en": ["Sidon National Gathering", "al-Tajammu al-Watani al-Saydawi", "Sidon party"],
               "ar": ["«التجمع الوطني الصيداوي»", "التجمع الوطني الصيداوي", "مكتبه السياسي"]}
LEB_STATE = {"en": ["Lebanese state", "Lebanese government", "Lebanon"], "ar": ["الدولة اللبنانية"]}
THREE_YOUTHS = {"en": ["three young men from the camp", "three young men"],
                "ar": ["ثلاثة شبان من المخيم", "ثلاثة شبان", "الشبان الثلاثة"]}

# ====================================================== places: 340
UNRWA_SIDON = {"accept": ["مكتب وكالة «الأونروا» في صيدا", "صيدا", "Sidon", "Saida", "Sayda"]}
AIN_HILWEH = {"accept": ["محور حي الطوارئ–البركسات", "حي الطوارئ", "البركسات", "مخيم عين الحلوة",
                         "عين الحلوة", "Ain al-Hilweh", "Ein el-Hilweh", "Ain al-Hilwa", "Sidon"]}
CAMP_ENTRANCES = {"accept": ["مداخل المخيم", "حاجز الحسبة", "الحسبة", "المدخل الشمالي", "مخيم عين الحلوة",
                             "عين الحلوة", "Ain al-Hilweh", "Ein el-Hilweh", "Hisbeh", "Sidon"]}
ZOGHEIB = {"accept": ["ثكنة محمد زغيب بصيدا", "ثكنة محمد زغيب", "صيدا", "Mohammad Zogheib barracks",
                      "Zogheib barracks", "Sidon", "Saida"]}
CEASEFIRE_PLACE = place(ZOGHEIB, {"accept": ["نقاط التماس", "عين الحلوة", "Ain al-Hilweh"]})
SIDON = {"accept": ["صيدا", "Sidon", "Saida", "Sayda"]}
BEIRUT = {"accept": ["بيروت", "Beirut"]}
TAAMIR = {"accept": ["البساتين المحاذية لحي التعمير", "حي التعمير", "التعمير", "Taamir", "al-Ta'mir",
                     "Ain al-Hilweh"]}
MIEH_MIEH = {"accept": ["مدخل مخيم المية ومية", "مخيم المية ومية", "المية ومية", "Mieh Mieh",
                        "Miyeh ou Miyeh", "Mieh w Mieh"]}
AIN_TINEH = {"accept": ["عين التينة", "Ain al-Tineh", "Ain el-Tineh", "Beirut"]}
CAMP_SCHOOLS = {"accept": ["المدارس", "مخيم عين الحلوة", "عين الحلوة", "Ain al-Hilweh"]}
