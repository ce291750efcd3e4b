"""Accepted actor names and place names for the forty-third team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not copied
from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the articles, common
variants, and English names). Towns were checked against the GeoNames lists in ../shared/data/geonames/ where they
have them (Ras al-Ayn, Tall Tamr, ad-Darbasiyah, al-Qamishli, al-Hasakah; Khan Shaykhun, at-Tamani'ah, Hish, Morek,
Maarat al-Numan; Kafr Zita, Mhardeh, Suran, al-Suqaylabiyah, Qal'at al-Madiq; al-Mayadin, Dhiban, Muh Hasan; Tell
Rifaat, Mare', Azaz, Nubl). Villages absent from those lists (Umm al-Kayf, al-Dardara, Qamhana, al-Lataminah, Kafr
Nabuda, Sheikh Issa, Fafin) carry their usual Arabic and English spellings.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms are left out on purpose, with these exceptions, each used only in an article where
it names a single actor: «الهيئة» (212, only ever HTS), «التنظيم» (214, only ever the Islamic State), «الإرهابيين»
(213, the loyalist outlet's word for the armed opposition around Kafr Zita), «الوحدات» (215, only ever the YPG).
"""


import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ================================================================ actors: shared
CIVILIANS = {"en": ["civilians", "civilian", "residents", "locals", "people", "citizens"],
             "ar": ["مدنيين", "المدنيين", "مدنيون", "مدني", "المواطنين", "مواطنين", "الأهالي", "السكان"]}
SDF = {"en": ["Syrian Democratic Forces", "SDF", "QSD"],
       "ar": ["قوات سوريا الديمقراطية", "قسد", "المركز الإعلامي لقوات سوريا الديمقراطية"]}

# ================================================================ 211: Ras al-Ayn / Tell Tamr, November 2019 (Kurdish-leaning site)
TR_ARMY = {"en": ["Turkish army", "Turkish Armed Forces", "Turkish forces", "Turkish military", "Turkey",
                  "Turkish soldiers"],
           "ar": ["جيش الاحتلال التركي", "الجيش التركي", "الجنود الأتراك", "تعزيزات تركية", "الاحتلال التركي"]}
SNA = {"en": ["Syrian National Army", "SNA", "Turkish-backed factions", "Turkish-backed Syrian factions",
              "pro-Turkish factions"],
       "ar": ["الفصائل السورية الموالية له", "الفصائل الموالية له", "الجيش الوطني السوري", "مرتزقته",
              "مسلحي الفصائل"]}
TR_SNA = merge(TR_ARMY, SNA)
UMM_KAYF_CIV = merge({"en": ["three civilians", "an elderly man, his wife and their neighbour", "a woman"],
                      "ar": ["ثلاثة مدنيين", "رجل مسنّ وزوجته وجارهما", "خمسة آخرون"]}, CIVILIANS)
SDF_SNA = merge(SDF, SNA)
HAMZA = {"en": ["Hamza Division", "al-Hamza Division", "Firqat al-Hamza", "Hamzat", "kidnappers"],
         "ar": ["فرقة الحمزة", "مسلحون من فصيل «فرقة الحمزة»", "الخاطفين"]}
RAS_YOUTHS = {"en": ["four young men", "young men", "residents of al-Mahatta quarter"],
              "ar": ["أربعة شبان", "الشبان", "أبناء حي المحطة"]}
RAS_FAMILIES = {"en": ["families of the young men", "families", "relatives"], "ar": ["ذوي الشبان"]}
SULTAN_MURAD_SNA = merge({"en": ["Sultan Murad Division", "faction gunmen"],
                          "ar": ["فرقة السلطان مراد", "الجيش الوطني"]}, SNA)
HOUSE_OWNERS = merge({"en": ["house owners", "Kurdish, Syriac and Arab owners", "owners"],
                      "ar": ["أصحابها من الكرد والسريان والعرب", "أصحابها"]}, CIVILIANS)
RU_TR_PATROL = {"en": ["Russian and Turkish forces", "Russian military police", "Russian forces", "Russia",
                       "Turkish forces", "Turkish army"],
                "ar": ["القوات الروسية والتركية", "القوات الروسية"]}
DARB_RESIDENTS = merge({"en": ["villagers", "residents of a village"], "ar": ["أهالٍ في إحدى القرى", "أهالٍ"]},
                       CIVILIANS)
TR_VEHICLES = merge({"en": ["Turkish military vehicles"], "ar": ["الآليات التركية"]}, TR_ARMY)
AANES = {"en": ["Autonomous Administration of North and East Syria", "AANES", "Autonomous Administration",
                "Kurdish-led administration"],
         "ar": ["الإدارة الذاتية لشمال وشرق سوريا", "الإدارة الذاتية"]}
TR_STATE = {"en": ["Turkey", "Turkish state", "Ankara", "Turkish government"], "ar": ["الدولة التركية", "أنقرة"]}
RU_US = {"en": ["Russia", "United States", "Russian and American sides", "guarantors"],
         "ar": ["الجانبين الروسي والأمريكي"]}
TR_MOD = {"en": ["Turkish Ministry of National Defence", "Turkish Defence Ministry", "Turkish defense ministry",
                 "Turkish army"],
          "ar": ["وزارة الدفاع التركية"]}
PKK_YPG = {"en": ["PKK", "YPG", "PKK/YPG", "People's Protection Units", "Syrian Democratic Forces", "SDF"],
           "ar": ["تنظيم بي كا كا/ي ب ك الإرهابي", "بي كا كا", "ي ب ك"]}
RAS_DISPLACED = {"en": ["displaced people of Ras al-Ayn", "displaced residents of Ras al-Ayn", "protesters",
                        "hundreds of displaced"],
                 "ar": ["المئات من مهجّري سري كانيه وقراها", "مهجّري سري كانيه", "المشاركين"]}
UN = {"en": ["United Nations", "UN", "UN office"], "ar": ["مكتب الأمم المتحدة", "الأمم المتحدة", "المنظمة الدولية"]}
WFP = {"en": ["World Food Programme", "WFP", "UN World Food Programme"], "ar": ["برنامج الأغذية العالمي"]}
HASAKAH_DISPLACED = merge({"en": ["displaced families", "families displaced from Ras al-Ayn", "shelters"],
                           "ar": ["عائلات مهجّرة من سري كانيه وريفها", "عائلات مهجّرة", "مراكز الإيواء"]}, CIVILIANS)

UMM_KAYF = {"accept": ["أم الكيف", "قرية أم الكيف", "تل تمر", "ناحية تل تمر", "Umm al-Kayf", "Umm al-Kaif",
                       "Tell Tamr", "Tall Tamr", "Tal Tamr"]}
UMM_KAYF_DARDARA = place(UMM_KAYF, {"accept": ["الدردارة", "قرية الدردارة", "al-Dardara", "Dardara"]})
RAS_AYN = {"accept": ["سري كانيه", "رأس العين", "مدينة سري كانيه", "حي المحطة", "Ras al-Ayn", "Ra's al 'Ayn",
                      "Ras al-Ain", "Serekaniye", "Sere Kaniye"]}
RAS_AYN_SOUTH = place({"accept": ["ريف سري كانيه الجنوبي"]}, RAS_AYN)
TELL_TAMR = {"accept": ["تل تمر", "بلدة تل تمر", "Tell Tamr", "Tall Tamr", "Tal Tamr"]}
DARBASIYAH = {"accept": ["الدرباسية", "ريف الدرباسية", "مدينة الدرباسية", "Darbasiyah", "Ad Darbasiyah",
                         "al-Darbasiyah", "Derbasiye"]}
QAMISHLI = {"accept": ["القامشلي", "مدينة القامشلي", "Qamishli", "Al Qamishli", "Qamishlo"]}
HASAKAH = {"accept": ["الحسكة", "مدينة الحسكة", "Hasakah", "Al Hasakah", "al-Hasakah"]}

# ================================================================ 212: Khan Shaykhun, September 2018 (opposition local site)
RU_AIR = {"en": ["Russian air force", "Russian warplanes", "Russian jets", "Russian Aerospace Forces", "Russia"],
          "ar": ["طائرات حربية روسية", "طائرتين روسيتين", "الغارات الروسية"]}
KS_VICTIMS = merge({"en": ["a man and his son", "seven civilians", "residential neighbourhoods"],
                    "ar": ["رجل خمسيني وابنه", "سبعة مدنيين", "الأحياء السكنية", "الرجل وابنه"]}, CIVILIANS)
SY_HELI = {"en": ["Syrian regime helicopters", "Syrian air force", "Syrian regime", "Assad regime",
                  "Syrian government forces"],
           "ar": ["مروحيات عصابات الأسد", "عصابات الأسد", "المروحيات"]}
KS_PROTESTERS = {"en": ["protesters", "demonstrators", "hundreds of residents"],
                 "ar": ["المتظاهرون", "مئات من أبناء المدينة والمهجّرين إليها", "مئات من أبناء المدينة"]}
TR_GUARANTOR = {"en": ["Turkey", "Turkish guarantor", "Turkish government"], "ar": ["الضامن التركي"]}
HTS = {"en": ["Hay'at Tahrir al-Sham", "HTS", "Tahrir al-Sham"], "ar": ["هيئة تحرير الشام", "الهيئة"]}
KS_YOUTHS = {"en": ["three young men", "young men of the city"],
             "ar": ["ثلاثة شبان من أبناء المدينة", "ثلاثة شبان", "المعتقلين"]}
RECONCILERS = {"en": ["reconciliation advocates", "anyone pursuing reconciliation"],
               "ar": ["كل من تسوّل له نفسه السير في مشاريع المصالحة"]}
TR_ARMY_KS = {"en": ["Turkish army", "Turkish military convoy", "Turkish forces", "Turkey"],
              "ar": ["رتل عسكري تركي", "نقطة المراقبة التركية", "الأتراك"]}
RU_TR_DEAL = {"en": ["Russia and Turkey", "Russia", "Turkey"], "ar": ["روسي-تركي"]}
SY_REGIME_FORCES = {"en": ["Syrian government forces", "regime forces", "Syrian army"], "ar": ["قوات النظام"]}
SY_REGIME = {"en": ["Syrian government", "Syrian regime", "Assad regime"], "ar": ["النظام"]}
UN_INQUIRY = {"en": ["UN investigative commission", "UN inquiry", "United Nations"], "ar": ["لجنة تحقيق أممية"]}
KS_COUNCIL = {"en": ["Khan Shaykhun local council", "local council"],
              "ar": ["المجلس المحلي لمدينة خان شيخون", "المجلس المحلي"]}
NGOS = {"en": ["humanitarian organisations", "NGOs", "aid organisations"],
        "ar": ["المنظمات الإنسانية العاملة في الشمال السوري", "المنظمات الإنسانية"]}
KS_ACTIVISTS = {"en": ["activists", "revolutionary bodies", "protesters"], "ar": ["ناشطين وهيئات ثورية", "ناشطين"]}

KHAN_SH = {"accept": ["خان شيخون", "مدينة خان شيخون", "Khan Shaykhun", "Khan Sheikhoun", "Khan Shaykhoun",
                      "Khan Sheikhun"]}
KHAN_SH_EAST = place({"accept": ["الأطراف الشرقية للمدينة", "الأحياء الشرقية"]}, KHAN_SH)
KS_MAARRA = place(KHAN_SH, {"accept": ["معرة النعمان", "Maarat al-Numan", "Ma'arrat an-Nu'man"]})
KS_SOUTH = place(KHAN_SH, {"accept": ["التمانعة", "حيش", "الريف الجنوبي", "al-Tamanah", "at-Tamani'ah", "Tamanah",
                                      "Hish", "Heesh"]})
MOREK = {"accept": ["مورك", "بلدة مورك", "Morek", "Murak", "Mourek"]}

# ================================================================ 213: Qamhana, Kafr Zita and al-Lataminah, June 2019 (loyalist page)
JAISH_IZZA = {"en": ["Jaysh al-Izza", "Jaish al-Izza", "Army of Glory", "armed opposition", "rebels",
                     "armed terrorist groups", "terrorists"],
              "ar": ["المجموعات الإرهابية المسلحة", "المجموعات الإرهابية", "إرهابيي ما يسمى «جيش العزة»",
                     "جيش العزة", "الإرهابيين"]}
QAMHANA_CIV = merge({"en": ["a girl", "child", "four civilians", "residents of Qamhana"],
                     "ar": ["طفلة", "أربعة مدنيين", "منازل المواطنين"]}, CIVILIANS)
SY_ARMY = {"en": ["Syrian Arab Army", "Syrian army", "SAA", "Syrian government forces"],
           "ar": ["الجيش العربي السوري", "وحدات الجيش العربي السوري", "حوامات الجيش العربي السوري"]}
SY_RU_AIR = {"en": ["Syrian and Russian air forces", "Syrian air force", "Russian air force", "Russia"],
             "ar": ["الطيران الحربي السوري والروسي", "الطيران الحربي"]}
IZZA_SUPPLY = merge({"en": ["supply lines"], "ar": ["خطوط إمداد الإرهابيين"]}, JAISH_IZZA)
FUNERAL_CROWD = {"en": ["mourners", "participants", "residents of Qamhana"], "ar": ["أهالي قمحانة", "المشاركون"]}
KZ_RESIDENTS = merge({"en": ["residents of Kafr Zita, al-Lataminah and Morek", "gunmen", "fighters"],
                      "ar": ["المسلحين المغرَّر بهم"]}, CIVILIANS)
KZ_SETTLED = {"en": ["eighteen people from Kafr Zita", "people from Kafr Zita"],
              "ar": ["ثمانية عشر شخصاً من أبناء كفرزيتا", "ثمانية عشر شخصاً"]}
SETTLEMENT_CENTRE = {"en": ["settlement centre", "Syrian government", "Syrian authorities"], "ar": ["مركز التسوية"]}
TIGER = {"en": ["Tiger Forces", "Syrian army", "Syrian Arab Army"], "ar": ["«قوات النمر»", "قوات النمر"]}
SY_MIL_SOURCE = merge({"en": ["Syrian military source", "military source"], "ar": ["المصدر العسكري"]}, SY_ARMY)
TR_REGIME = {"en": ["Turkey", "Turkish government", "Turkish regime"], "ar": ["النظام التركي"]}
SY_WARPLANE = {"en": ["Syrian warplane", "Syrian air force"], "ar": ["طائرة حربية سورية"]}
SY_SECURITY = {"en": ["Syrian security forces", "security services", "competent authorities"],
               "ar": ["الجهات المختصة"]}
COLLABORATOR = {"en": ["a man accused of collaborating with armed groups", "suspect"],
                "ar": ["أحد المتعاملين مع المجموعات الإرهابية", "أحد المتعاملين"]}

QAMHANA = {"accept": ["قمحانة", "بلدة قمحانة", "الحي الغربي لبلدة قمحانة", "Qamhana", "Qamhanah", "Kamhana"]}
KZ_LAT = {"accept": ["كفرزيتا", "كفر زيتا", "اللطامنة", "بلدتي كفرزيتا واللطامنة", "Kafr Zita", "Kafr Zayta",
                     "Kafr Zeita", "al-Lataminah", "Latamneh", "Lataminah"]}
KZ_LAT_MOREK = place(KZ_LAT, {"accept": ["مورك", "Morek"]})
IDLIB_S_KZ = place({"accept": ["ريف إدلب الجنوبي", "southern Idlib countryside", "southern Idlib"]}, KZ_LAT)
HAMA_N = {"accept": ["ريف حماة الشمالي", "محاور ريف حماة الشمالي", "northern Hama countryside", "northern Hama",
                     "Hama"]}
HAMA_CITY = {"accept": ["حماة", "مدينة حماة", "مركز التسوية بمدينة حماة", "Hama", "Hamah"]}
MHARDEH = {"accept": ["محردة", "مدينة محردة", "Mhardeh", "Mahardah", "Maharda"]}
KAFR_NABUDA = {"accept": ["كفرنبودة", "قلعة المضيق", "محور كفرنبودة", "Kafr Nabuda", "Kafr Nabudah",
                          "Qalaat al-Madiq", "Qal'at al-Madiq"]}

# ================================================================ 214: al-Mayadin, September 2017 (anti-ISIS activists' network)
RU_AIR_MAY = {"en": ["Russian air force", "Russian warplanes", "Russia", "Russian aircraft"],
              "ar": ["روسية", "الطائرات التي نفذت الغارات"]}
MAYADIN_CIV = merge({"en": ["eleven civilians", "market-goers", "eight civilians"],
                     "ar": ["أحد عشر مدنياً", "ثمانية مدنيين", "أم وطفلاها"]}, CIVILIANS)
ISIS = {"en": ["Islamic State", "ISIS", "IS", "Daesh", "ISIL"],
        "ar": ["تنظيم «الدولة»", "التنظيم", "عناصر «الحسبة»", "الجهاز الأمني للتنظيم", "أمنيي التنظيم",
               "عناصر التنظيم"]}
MAYADIN_FAMILIES = merge({"en": ["dozens of families", "families fleeing"], "ar": ["عشرات العائلات", "العائلات"]},
                         CIVILIANS)
COALITION = {"en": ["US-led coalition", "international coalition", "coalition aircraft", "Coalition"],
             "ar": ["طيران التحالف الدولي", "التحالف الدولي", "التحالف"]}
FERRY_CIV = merge({"en": ["ferry carrying civilians", "passengers", "fleeing civilians"],
                   "ar": ["عبّارة تقل مدنيين هاربين", "ركابها", "مدنيين هاربين"]}, CIVILIANS)
EXECUTED = merge({"en": ["three young men"], "ar": ["ثلاثة شبان"]}, CIVILIANS)
CONSCRIPTS = {"en": ["more than thirty young men", "young men"], "ar": ["أكثر من ثلاثين شاباً", "ثلاثين شاباً"]}
REGIME_IR = {"en": ["Syrian government forces", "Assad forces", "Syrian army", "Iranian-backed militias",
                    "Iran-backed militias"],
             "ar": ["قوات الأسد والميليشيات الإيرانية الموالية لها", "قوات الأسد", "الميليشيات الإيرانية"]}
REGIME_ISIS = merge(REGIME_IR, ISIS)
MAYADIN_NOTABLES = {"en": ["tribal notables of al-Mayadin", "notables", "tribal elders", "notables' delegation"],
                    "ar": ["وجهاء من عشائر الميادين", "الوجهاء", "وفد الوجهاء"]}
RU_MOD = {"en": ["Russian Ministry of Defence", "Russian defence ministry", "Russian air force", "Russia"],
          "ar": ["وزارة الدفاع الروسية", "طائراتها"]}
SADD_YOUTHS = {"en": ["young men of the families", "detained young men", "young men"],
               "ar": ["الشبان من أبناء تلك العائلات", "الشبان"]}
MAYADIN_ACTIVISTS = {"en": ["activists and residents of al-Mayadin", "activists"],
                     "ar": ["ناشطون وأهالٍ من الميادين", "ناشطون"]}
INTL_ORGS_COAL = merge({"en": ["international organisations"], "ar": ["المنظمات الدولية"]}, COALITION)
RU_REGIME = {"en": ["Russia", "Assad forces", "Syrian government"], "ar": ["روسيا", "قوات الأسد"]}
MAYADIN_FLEERS = merge({"en": ["anyone trying to flee", "smugglers"],
                        "ar": ["كل من يحاول الفرار إلى ديار الكفر", "المهرّبين"]}, CIVILIANS)
UNHCR = {"en": ["UNHCR", "UN refugee agency", "United Nations High Commissioner for Refugees"],
         "ar": ["المفوضية السامية للأمم المتحدة لشؤون اللاجئين"]}
SADD_FAMILIES = merge({"en": ["newly arrived families", "displaced families"],
                       "ar": ["العائلات الواصلة حديثاً من ريف دير الزور", "العائلات الواصلة حديثاً"]}, CIVILIANS)

MAYADIN = {"accept": ["الميادين", "مدينة الميادين", "سوق الهال", "Al Mayadin", "al-Mayadin", "Mayadin", "Mayadeen"]}
MAYADIN_DHIBAN = place(MAYADIN, {"accept": ["ذيبان", "بلدة ذيبان", "نهر الفرات", "Dhiban", "Thiban", "Euphrates"]})
MUHASSAN = {"accept": ["الموحسن", "بلدة الموحسن", "Muhassan", "Mohassan", "Muh Hasan"]}
SADD_CAMP = {"accept": ["مخيم السد", "الحسكة", "al-Sadd camp", "Sadd camp", "Hasakah", "Al Hasakah"]}

# ================================================================ 215: Tell Rifaat, Mare' and Azaz, April 2018 (opposition news agency)
TR_ART = {"en": ["Turkish artillery", "Turkish army", "Turkish forces", "Turkey"],
          "ar": ["المدفعية التركية", "الجيش التركي", "القذائف التركية"]}
YPG = {"en": ["People's Protection Units", "YPG", "Kurdish YPG", "Kurdish units", "SDF", "Syrian Democratic Forces"],
       "ar": ["«وحدات حماية الشعب» الكردية", "وحدات حماية الشعب", "«الوحدات» الكردية", "«الوحدات»", "الوحدات"]}
YPG_CIV = merge(YPG, {"en": ["YPG positions", "three civilians", "displaced from Afrin"],
                      "ar": ["مواقع لـ«وحدات حماية الشعب» الكردية", "ثلاثة مدنيين من نازحي عفرين"]})
FSA_MARE = {"en": ["Free Syrian Army", "FSA", "Levant Front", "al-Jabha al-Shamiya", "opposition factions"],
            "ar": ["فصائل «الجيش السوري الحر»", "الجيش السوري الحر", "«الجبهة الشامية»", "الجبهة الشامية",
                   "عنصرين من الفصيل"]}
TR_DISPLACED = {"en": ["displaced people of Tell Rifaat", "protesters", "hundreds of displaced"],
                "ar": ["المئات من مهجّري تل رفعت", "مهجّري تل رفعت", "المتظاهرون"]}
TR_GOV_FSA = {"en": ["Turkish government", "Turkey", "Free Syrian Army", "FSA"],
              "ar": ["الحكومة التركية", "فصائل الجيش الحر", "الجيش الحر"]}
RU_MP = {"en": ["Russian military police", "Russian forces", "Russia"],
         "ar": ["الشرطة العسكرية الروسية", "دورية للشرطة العسكرية الروسية"]}
TR_RU = {"en": ["Turkey and Russia", "Turkey", "Russia"], "ar": ["تركية-روسية"]}
AFRIN_YOUTHS = {"en": ["seven young men", "young men displaced from Afrin"],
                "ar": ["سبعة شبان من مهجّري منطقة عفرين", "سبعة شبان", "المعتقلين"]}
TR_MFA = {"en": ["Turkish Foreign Ministry", "Turkey", "Ankara", "Turkish government"],
          "ar": ["وزارة الخارجية التركية", "أنقرة"]}
TR_ARMY_TR = {"en": ["Turkish army", "Turkish forces", "Turkey"], "ar": ["الجيش التركي"]}
SARC = {"en": ["Syrian Arab Red Crescent", "SARC", "Red Crescent"], "ar": ["الهلال الأحمر العربي السوري"]}
AFRIN_IDPS = {"en": ["Afrin IDPs", "displaced people from Afrin", "thousands of displaced"],
              "ar": ["آلاف النازحين من عفرين", "النازحين من عفرين"]}
LEVANT_CMDR = {"en": ["Levant Front commander", "commander", "al-Jabha al-Shamiya commander", "Levant Front"],
               "ar": ["قيادي في «الجبهة الشامية»", "مرافقه"]}
AANES_SHAHBA = {"en": ["Autonomous Administration", "Shahba canton administration", "AANES"],
                "ar": ["«الإدارة الذاتية»", "الإدارة الذاتية", "مقاطعة الشهباء"]}

TELL_RIFAAT = {"accept": ["تل رفعت", "مدينة تل رفعت", "Tell Rifaat", "Tall Rif'at", "Tal Rifaat", "Tel Rifaat"]}
TR_SHISSA = place(TELL_RIFAAT, {"accept": ["الشيخ عيسى", "قرية الشيخ عيسى", "Sheikh Issa", "Shaykh Isa"]})
MARE = {"accept": ["مارع", "بلدة مارع", "Mare'", "Marea", "Mari'"]}
AZAZ = {"accept": ["أعزاز", "مدينة أعزاز", "ساحة مدينة أعزاز", "Azaz", "A'zaz", "I'zaz"]}
FAFIN = place({"accept": ["فافين", "بلدة فافين", "Fafin", "Fafeen"]}, TELL_RIFAAT)
