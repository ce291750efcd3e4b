"""Accepted actor names and place names for the thirty-eighth team gold set (see README.md).

The annotator wrote these lists by hand for this set, without looking at marsad's dictionaries or at any earlier
set's lists: Arabic surface forms as they occur in the articles, common variants, and English names. Syrian towns were
checked against the GeoNames list in ../shared/data/geonames/ where it has them (Kobani/'Ayn al 'Arab, Tall Abyad,
Jarabulus, Sirrin; Baniyas, Jableh, Tartus; Kafr Batna, Irbin, Douma, Jaramana; ad-Dana; Masyaf, Ayn Halaqim, Wadi
al-Uyun, Hama). Villages, quarters, hills and crossings absent from that list (Mishtanour, Maqtala, Ras al-Nabaa,
al-Bayda, Saqba, Ein Tarma, Hamouriyah, Zamalka, Hazzeh, Sarmada, Atmeh, Bab al-Hawa, Kafr Lusin, Deir Shamil,
al-Zawi) and the Turkish side (Mürşitpınar, Suruç) carry their usual spellings.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms are left out on purpose, with these exceptions, each used only in an article where it
names a single actor: «التنظيم» and «المرتزقة» (186, only ever ISIS), «الوحدات» (186, only ever the YPG), «النظام»
(187 and 189, only ever the Syrian government), «الوفد» (187, only the notables' delegation), «الجيش» (188, only
ever the Syrian army), «الفيلق» (188, only Faylaq al-Rahman), «الهيئة» and «الحكومة» (189, only HTS and the
Salvation Government).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ================================================================ actors: shared
CIVILIANS = {"en": ["civilians", "civilian", "residents", "locals", "people", "citizens"],
             "ar": ["مدنيين", "المدنيين", "مدنيون", "مدني", "المواطنين", "الأهالي", "السكان"]}
UNKNOWN = {"en": ["unknown gunmen", "unknown assailants", "unidentified gunmen", "unknown persons", "unknown"],
           "ar": ["مسلحين مجهولين", "مسلحون مجهولون", "مجهولين", "مجهولون"]}
TR_GENDARMERIE = {"en": ["Turkish gendarmerie", "Jandarma", "Turkish border guards", "Turkish security forces"],
                  "ar": ["قوات الدرك التركية", "الدرك التركي", "الجندرما التركية", "عناصر الجندرما التركية",
                         "الجندرما"]}
SY_MOFA = {"en": ["Syrian Foreign Ministry", "Ministry of Foreign Affairs and Expatriates", "Syrian government",
                  "Syria"],
           "ar": ["وزارة الخارجية والمغتربين", "الخارجية السورية", "سوريا"]}
UNSC = {"en": ["UN Security Council", "Security Council", "UNSC", "United Nations Security Council"],
        "ar": ["مجلس الأمن", "رئيس مجلس الأمن", "مجلس الأمن الدولي"]}

# ================================================================ 186: Kobani, November 2014 (Kurdish agency)
YPG = {"en": ["People's Protection Units", "YPG", "Kurdish fighters", "YPG fighters", "YPG media centre"],
       "ar": ["وحدات حماية الشعب", "مقاتلي وحدات حماية الشعب", "الوحدات", "مقاتلي الوحدات",
              "المركز الإعلامي لوحدات حماية الشعب", "المركز الإعلامي للوحدات", "قياديون في وحدات حماية الشعب",
              "قيادي ميداني في وحدات حماية الشعب", "مقاتلان اثنان من الوحدات"]}
ISIS = {"en": ["Islamic State", "ISIS", "IS", "ISIL", "Daesh"],
        "ar": ["تنظيم «داعش»", "داعش", "مرتزقة تنظيم «داعش»", "التنظيم", "المرتزقة", "مرتزقة",
               "انتحاري من التنظيم", "حسابات مقربة من التنظيم"]}
YPG_ISIS = merge(YPG, ISIS)
COALITION = {"en": ["US-led coalition", "international coalition", "Coalition aircraft", "Coalition",
                    "US Central Command"],
             "ar": ["طائرات التحالف الدولي", "التحالف الدولي", "التحالف"]}
ISIS_POSITIONS = merge({"en": ["ISIS gatherings", "ISIS positions", "ISIS vehicles", "ISIS tank"],
                        "ar": ["تجمعات للمرتزقة", "تجمعات للمرتزقة وآلياتهم", "دبابة"]}, ISIS)
KOBANI_SHELL_VICTIMS = merge({"en": ["elderly man", "two women", "western quarter"],
                              "ar": ["رجل مسنّ", "امرأتان", "الحي الغربي"]}, CIVILIANS)
SURUC_PROTESTERS = merge({"en": ["Kurds", "hundreds of Kurds", "Kurdish protesters", "protesters",
                                 "solidarity vigil"],
                          "ar": ["مئات الأكراد", "الأكراد", "عدد منهم"]}, CIVILIANS)
TR_GOV = {"en": ["Turkish government", "Turkey", "Ankara", "Turkish authorities"],
          "ar": ["الحكومة التركية", "أنقرة", "السلطات التركية", "تركيا"]}
KOBANI_DEFENCE = {"en": ["Kobani canton defence authority", "Kobani Defence Authority", "Kobani canton",
                         "Kobani self-administration"],
                  "ar": ["هيئة الدفاع في مقاطعة كوباني", "هيئة الدفاع", "مقاطعة كوباني"]}
INTL_COALITION = merge({"en": ["international community"], "ar": ["المجتمع الدولي", "«المجتمع الدولي والتحالف»"]},
                       COALITION)
URFA_OFFICIAL = {"en": ["Şanlıurfa official", "Urfa official", "Turkish official", "Şanlıurfa governorate"],
                 "ar": ["مسؤولاً في ولاية شانلي أورفة", "ولاية شانلي أورفة", "مسؤول تركي"]}
PESHMERGA = {"en": ["Peshmerga", "Kurdistan Region Peshmerga", "Iraqi Kurdish Peshmerga", "Peshmerga officers"],
             "ar": ["قوات البيشمركة", "البيشمركة", "ضباط من قوات البيشمركة"]}
YPG_PESHMERGA = merge(YPG, PESHMERGA)
KURDISH_YOUTHS = {"en": ["fourteen young Kurds", "young Kurdish men", "volunteers", "two minors"],
                  "ar": ["أربعة عشر شاباً كردياً", "شاباً كردياً", "قاصران", "المعتقلين"]}
YPG_CAPTIVES = merge({"en": ["three YPG fighters", "captured YPG fighters"], "ar": ["ثلاثة مقاتلين من الوحدات"]},
                     YPG)
WEST_VILLAGERS = merge({"en": ["villagers of the western countryside", "abducted civilians"],
                        "ar": ["مدنيين اختطفهم المرتزقة", "قرى الريف الغربي"]}, CIVILIANS)
AID_VOLUNTEERS = {"en": ["volunteers in Suruç and Diyarbakır", "volunteers", "campaign organisers"],
                  "ar": ["متطوعون في سروج وديار بكر", "متطوعون", "منظمي الحملة"]}
KURDISH_RED_CRESCENT = merge({"en": ["Kurdish Red Crescent", "Heyva Sor a Kurd", "Kobani residents"],
                              "ar": ["الهلال الأحمر الكردي"]}, CIVILIANS)
KOBANI_CHECKPOINT = merge({"en": ["YPG checkpoint", "three YPG fighters"],
                           "ar": ["حاجز للوحدات", "ثلاثة مقاتلين من وحدات حماية الشعب"]}, YPG)

KOBANI = {"accept": ["كوباني", "مدينة كوباني", "عين العرب", "Kobani", "Kobane", "Ayn al-Arab", "'Ayn al 'Arab",
                     "Ain al-Arab"]}
MISHTANOUR = place({"accept": ["تلة مشتى نور", "مشتى نور", "السفوح الشرقية لتلة مشتى نور", "Mishtanour hill",
                               "Mishtenur", "Mistanour", "Mishta Nour"]}, KOBANI)
MAQTALA = place({"accept": ["حي مقتلة", "مقتلة", "الجبهة الشرقية", "Maqtala", "Miqtala"]}, KOBANI)
KOBANI_WEST = place({"accept": ["الحي الغربي", "معبر مرشد بينار الحدودي", "معبر مرشد بينار", "Mürşitpınar crossing",
                                "Mursitpinar crossing"]}, KOBANI)
KOBANI_FRONTS = place({"accept": ["قرية صرين", "صرين", "الجبهتين الجنوبية والشرقية", "ريف كوباني الجنوبي",
                                  "Sarrin", "Sirrin", "Şirrīn"]}, KOBANI)
CULTURAL_CENTRE = place({"accept": ["المركز الثقافي", "محيط المركز الثقافي", "Kobani cultural centre"]}, KOBANI)
MURSITPINAR = {"accept": ["مرشد بينار", "قرية مرشد بينار", "سروج", "قضاء سروج", "Mürşitpınar", "Mursitpinar",
                          "Suruç", "Suruc", "Sanliurfa"]}
TAL_ABYAD_BORDER = {"accept": ["تل أبيض", "الحدود قرب تل أبيض", "Tal Abyad", "Tell Abyad", "Tall Abyad", "Akçakale"]}
BORDER_EAST_MURSIT = place({"accept": ["الشريط الحدودي", "شرقي معبر مرشد بينار", "معبر مرشد بينار"]}, MURSITPINAR)
KOBANI_WEST_COUNTRY = place({"accept": ["قرى الريف الغربي", "ريف كوباني الغربي", "western countryside of Kobani"]},
                            KOBANI)
KOBANI_CROSSING = place({"accept": ["معبر مرشد بينار", "Mürşitpınar crossing", "Mursitpinar"]}, KOBANI)
KOBANI_ROAD = place({"accept": ["الطريق المؤدي إلى المعبر الحدودي", "المعبر الحدودي"]}, KOBANI)
KOBANI_COUNTRY = place({"accept": ["ريفها", "ريف كوباني", "Kobani countryside"]}, KOBANI)

# ================================================================ 187: Baniyas, April 2013 (opposition network page)
SY_FORCES_187 = {"en": ["Syrian government forces", "Assad forces", "Syrian regime forces", "National Defence Forces",
                        "NDF", "Military Security", "Syrian army"],
                 "ar": ["قوات الأسد", "ميليشيا «الدفاع الوطني»", "الدفاع الوطني", "«الدفاع الوطني»", "عناصر الحملة",
                        "الأمن العسكري", "عناصر الأمن العسكري", "تعزيزات عسكرية"]}
MIL_SEC = {"en": ["Syrian Military Security", "Military Security", "Military Security branch in Baniyas",
                  "head of the Military Security branch", "security forces"],
           "ar": ["الأمن العسكري", "عناصر الأمن العسكري", "حاجز الأمن العسكري", "عناصر حاجز الأمن العسكري",
                  "فرع الأمن العسكري في بانياس", "رئيس فرع الأمن العسكري في بانياس", "رئيس الفرع"]}
RAS_NABAA_YOUTHS = {"en": ["seventeen young men", "young men", "detainees", "students", "a teacher"],
                    "ar": ["سبعة عشر شاباً", "شاباً", "المعتقلين", "الشبان", "ثلاثة طلاب جامعيين"]}
KILLED_YOUTH = merge({"en": ["young man in his twenties", "young man"],
                      "ar": ["شاب في العشرينات من عمره", "شاب", "الشاب"]}, CIVILIANS)
BAYDA_PROTESTERS = merge({"en": ["protesters", "demonstrators", "al-Bayda residents", "participants"],
                          "ar": ["المشاركون", "المشاركين", "المتظاهرين", "مظاهرة طيارة"]}, CIVILIANS)
CHECKPOINT_DETAINEES = merge({"en": ["a woman and her son", "woman", "her son"],
                              "ar": ["سيدة وابنها", "سيدة", "ابنها"]}, CIVILIANS)
SHABBIHA = {"en": ["shabiha", "pro-government militiamen", "kidnappers", "gunmen"],
            "ar": ["مسلحين من الشبيحة", "الشبيحة", "الخاطفين", "الخاطفون"]}
BAYDA_ABDUCTEES = merge({"en": ["two men from al-Bayda", "two men", "abductees", "their families"],
                         "ar": ["رجلين من أبناء القرية البيضا", "رجلين", "المخطوفين", "ذويهما"]}, CIVILIANS)
NOTABLES_187 = {"en": ["delegation of notables", "notables of al-Bayda and Ras al-Nabaa", "delegation", "notables"],
                "ar": ["وفد من وجهاء القرية البيضا ورأس النبع", "وجهاء القرية البيضا", "وجهاء", "الوفد",
                       "أعضاء الوفد"]}
TARTUS_GOVERNOR = {"en": ["Governor of Tartus", "Tartus governor"], "ar": ["محافظ طرطوس"]}
LCC_COAST = {"en": ["Union of Revolution Coordination Committees on the Coast", "coastal coordination committees",
                    "Local Coordination Committees"],
             "ar": ["اتحاد تنسيقيات الثورة في الساحل", "اتحاد تنسيقيات الثورة"]}
SY_REGIME = {"en": ["Syrian regime", "Syrian government", "Assad regime"], "ar": ["النظام", "النظام السوري"]}
RIGHTS_ORGS = {"en": ["international human rights organisations", "rights organisations", "rights groups"],
               "ar": ["المنظمات الحقوقية الدولية", "المنظمات الحقوقية"]}
COAST_RESIDENTS = {"en": ["people of the coast", "coastal residents"], "ar": ["أهالي الساحل"]}
BAYDA_2011 = merge({"en": ["al-Bayda", "hundreds of al-Bayda residents"], "ar": ["البيضا", "المئات من أبنائها"]},
                   CIVILIANS)

BANIYAS = {"accept": ["بانياس", "مدينة بانياس", "المدخل الجنوبي للمدينة", "Baniyas", "Banias", "Bāniyās"]}
RAS_NABAA = place({"accept": ["رأس النبع", "حي رأس النبع", "Ras al-Nabaa", "Ras al-Naba", "Ras an-Nabaa"]}, BANIYAS)
BAYDA = {"accept": ["القرية البيضا", "البيضا", "al-Bayda", "Bayda", "al-Baida", "Baniyas countryside", "ريف بانياس",
                    "بانياس", "Baniyas"]}
BANIYAS_JABLEH_ROAD = {"accept": ["الطريق الواصل بين بانياس وجبلة", "بانياس", "جبلة", "ريف بانياس", "Baniyas",
                                  "Jableh", "Jablah", "Baniyas-Jableh road"]}
REFINERY_BAYDA = place({"accept": ["مصفاة بانياس", "محيط مصفاة بانياس", "Baniyas refinery"]}, BAYDA)

# ================================================================ 188: eastern Ghouta, March 2018 (loyalist network)
SAA = {"en": ["Syrian Arab Army", "Syrian army", "Syrian government forces", "SAA", "army engineering units"],
       "ar": ["الجيش العربي السوري", "وحدات من الجيش العربي السوري", "وحدات الجيش", "وحدات الهندسة", "الجيش"]}
FAYLAQ = {"en": ["Faylaq al-Rahman", "Al-Rahman Legion", "Rahman Corps"],
          "ar": ["فيلق الرحمن", "«فيلق الرحمن»", "ميليشيا «فيلق الرحمن»", "مسلحي ميليشيا «فيلق الرحمن»", "الفيلق",
                 "مسلحي «فيلق الرحمن»", "المتحدث باسم الفيلق", "مجموعات «فيلق الرحمن»"]}
GHOUTA_MILITANTS = merge({"en": ["armed groups", "militants", "terrorist groups", "rebels", "gunmen",
                                 "opposition fighters"],
                          "ar": ["المجموعات الإرهابية", "المجموعات الإرهابية المتحصنة في حي جوبر وبلدة عين ترما",
                                 "الإرهابيين", "المسلحين", "المجموعات المسلحة", "الإرهابيون"]}, FAYLAQ)
SAA_FAYLAQ = merge(SAA, FAYLAQ, {"en": ["militants"], "ar": ["المسلحين"]})
JARAMANA_VICTIMS = merge({"en": ["three civilians", "a girl", "residential neighbourhoods"],
                          "ar": ["ثلاثة مدنيين", "طفلة", "الطفلة", "الأحياء السكنية"]}, CIVILIANS)
GHOUTA_CIVILIANS = merge({"en": ["more than 2,500 civilians", "civilians", "families", "arrivals"],
                          "ar": ["ألفين وخمسمئة مدني", "مدني", "عائلات", "الواصلين", "الخارجين"]}, CIVILIANS)
SARC = {"en": ["Syrian Arab Red Crescent", "SARC", "Red Crescent"],
        "ar": ["منظمة الهلال الأحمر العربي السوري", "الهلال الأحمر العربي السوري", "الهلال الأحمر"]}
RUSSIAN_OFFICERS = {"en": ["Russian officers", "Russian military", "Russia", "Russians"], "ar": ["ضباط روس", "الروس"]}
ARBIN_FIGURES = {"en": ["figures from Arbin and Zamalka", "local figures", "local notables"],
                 "ar": ["شخصيات من أبناء عربين وزملكا", "شخصيات"]}
SY_SECURITY_188 = {"en": ["Syrian security services", "competent authorities", "security forces", "Syrian authorities"],
                   "ar": ["الجهات المختصة", "للجهات المختصة", "مصدر أمني"]}
WANTED_FIVE = merge({"en": ["five wanted men", "wanted men", "militants"], "ar": ["خمسة مطلوبين", "مطلوبين"]},
                    GHOUTA_MILITANTS)
SURRENDERED = {"en": ["more than 120 gunmen", "gunmen from Saqba and Kafr Batna", "rebels", "fighters"],
               "ar": ["مئة وعشرين مسلحاً", "مسلحاً من أبناء سقبا وكفربطنا", "مسلحاً"]}
RU_RECONCILIATION = {"en": ["Russian Reconciliation Center", "Russian Centre for Reconciliation",
                            "Hmeimim reconciliation centre", "Russian military", "Russia"],
                     "ar": ["مركز المصالحة الروسي في قاعدة حميميم", "مركز المصالحة الروسي", "مركز المصالحة"]}
WESTERN_STATES = {"en": ["Western states", "Western countries", "the West"],
                  "ar": ["الدول الغربية", "عدد من الدول الغربية", "تلك الدول"]}
UN_SARC = merge({"en": ["United Nations", "UN", "OCHA", "UN OCHA"],
                 "ar": ["الأمم المتحدة", "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية"]}, SARC)
DOUMA_PEOPLE = merge({"en": ["26,000 people", "Douma residents"], "ar": ["ستة وعشرين ألف شخص"]}, CIVILIANS)
SAA_SOLDIER = merge({"en": ["Syrian soldier", "soldier"], "ar": ["جندي من الجيش العربي السوري", "جندي"]}, SAA)
ZAMALKA_SNIPER = merge({"en": ["sniper", "militant sniper"], "ar": ["قناص من الإرهابيين", "قناص"]}, GHOUTA_MILITANTS)

JARAMANA = {"accept": ["جرمانا", "مدينة جرمانا", "Jaramana", "Jaramānā"]}
EIN_TARMA = {"accept": ["عين ترما", "بلدة عين ترما", "الأطراف الجنوبية لبلدة عين ترما", "جسرين", "Ein Tarma",
                        "Ayn Tarma", "Jisrin", "Eastern Ghouta"]}
SAQBA = {"accept": ["سقبا", "Saqba", "كفربطنا", "Kafr Batna", "Kafr Baţnā", "Eastern Ghouta"]}
HAMOURIYAH = {"accept": ["حمورية", "الممر الإنساني في حمورية", "Hamouriyah", "Hammouriyeh", "Hamuriyah",
                         "عين ترما", "زملكا", "Ein Tarma", "Zamalka", "Eastern Ghouta"]}
EIN_TARMA_ZAMALKA = {"accept": ["عين ترما", "زملكا", "الممر", "Ein Tarma", "Zamalka", "Eastern Ghouta"]}
ADRA_SHELTERS = {"accept": ["مراكز الإقامة المؤقتة", "عدرا", "الدوير", "Adra", "al-Dweir", "Dweir",
                            "Adra shelters"]}
ARBIN_ZAMALKA = {"accept": ["عربين", "زملكا", "Arbin", "Irbin", "Zamalka", "Eastern Ghouta"]}
CORRIDOR = {"accept": ["الممر ذاته", "الممر", "حمورية", "Hamouriyah", "Hamuriyah", "Eastern Ghouta"]}
KAFR_BATNA_SAQBA = {"accept": ["كفربطنا", "كفر بطنا", "سقبا", "Kafr Batna", "Kafr Baţnā", "Saqba"]}
EIN_TARMA_ARBIN = {"accept": ["عين ترما", "عربين", "Ein Tarma", "Ayn Tarma", "Arbin", "Irbin"]}
EAST_GHOUTA = {"accept": ["الغوطة الشرقية", "Eastern Ghouta", "East Ghouta"]}
DOUMA = {"accept": ["دوما", "مدينة دوما", "Douma", "Duma"]}
HAZZEH = {"accept": ["حزة", "بلدة حزة", "زملكا", "بلدة زملكا", "Hazzeh", "Hazza", "Zamalka"]}

# ================================================================ 189: Sarmada and the border, July 2020 (local site)
HTS = {"en": ["Hay'at Tahrir al-Sham", "HTS", "Tahrir al-Sham", "HTS General Security", "General Security Service"],
       "ar": ["هيئة تحرير الشام", "«هيئة تحرير الشام»", "الهيئة", "جهاز الأمن العام التابع لهيئة تحرير الشام",
              "جهاز الأمن العام", "الأمن العام التابع للهيئة", "الأمن العام", "عناصر من الهيئة", "الجهاز",
              "معرّفات مقربة من «هيئة تحرير الشام»"]}
SARMADA_VICTIMS = merge({"en": ["two people", "money changer", "a child"],
                         "ar": ["شخصان", "صاحب محل الصرافة", "طفلاً", "القتيلين", "محل للصرافة"]}, CIVILIANS)
BORDER_YOUTH = merge({"en": ["young man", "displaced young man from Hama countryside"],
                      "ar": ["شاب من مهجّري ريف حماة", "شاب", "شاباً"]}, CIVILIANS)
SARMADA_SUSPECTS = {"en": ["three suspects", "three people", "suspects"], "ar": ["ثلاثة أشخاص", "أشخاص"]}
BAB_HAWA_ADMIN = {"en": ["Bab al-Hawa crossing administration", "crossing administration", "Bab al-Hawa administration"],
                  "ar": ["إدارة معبر باب الهوى الحدودي", "إدارة معبر باب الهوى", "إدارة المعبر"]}
PATIENTS = merge({"en": ["non-emergency patients", "patients"], "ar": ["الحالات المرضية غير الإسعافية",
                                                                        "الحالات المرضية"]}, CIVILIANS)
WFP_WHO = {"en": ["World Food Programme", "WFP", "World Health Organization", "WHO", "United Nations", "UN"],
           "ar": ["برنامج الأغذية العالمي", "منظمة الصحة العالمية", "الأمم المتحدة"]}
ATMEH_IDPS = merge({"en": ["displaced people", "IDPs", "dozens of displaced people", "protesters"],
                    "ar": ["عشرات النازحين", "النازحين", "أحد المشاركين"]}, CIVILIANS)
SALVATION_GOV = {"en": ["Salvation Government", "Syrian Salvation Government", "SSG"],
                 "ar": ["«حكومة الإنقاذ»", "حكومة الإنقاذ", "الحكومة"]}
TR_ARMY = {"en": ["Turkish army", "Turkish Armed Forces", "Turkish military", "Turkish forces", "Turkey"],
           "ar": ["رتل عسكري تركي", "الجيش التركي", "النقاط التركية"]}
REGIME_CELLS = {"en": ["Syrian regime cells", "regime cells", "Syrian government", "Syrian regime"],
                "ar": ["خلايا تابعة للنظام", "«خلايا تابعة للنظام»", "النظام"]}
MEDIA_ACTIVIST = {"en": ["media activist", "prominent media activist", "activist"],
                  "ar": ["ناشطاً إعلامياً بارزاً", "ناشطاً إعلامياً", "الناشط"]}
SRC = {"en": ["Syria Response Coordinators", "Response Coordinators", "Syria Response Coordination Group"],
       "ar": ["«منسقو استجابة سوريا»", "منسقو استجابة سوريا", "فريق «منسقو استجابة سوريا»"]}
SARMADA_JUNE_VICTIMS = merge({"en": ["four civilians"], "ar": ["أربعة مدنيين"]}, CIVILIANS)

SARMADA = {"accept": ["سرمدا", "مدينة سرمدا", "الشارع الرئيسي لمدينة سرمدا", "Sarmada", "Sarmadā", "Sarmeda"]}
ATMEH = {"accept": ["أطمة", "مخيمات أطمة", "Atmeh", "Atma", "Atimah", "Atmeh camps"]}
SARMADA_DANA = place(SARMADA, {"accept": ["الدانا", "بلدة الدانا", "ad-Dana", "Al Dana", "Ad Dānā", "Dana"]})
BAB_HAWA = {"accept": ["باب الهوى", "معبر باب الهوى", "معبر باب الهوى الحدودي", "المعبر ذاته", "Bab al-Hawa",
                       "Bab al-Hawa crossing", "Cilvegözü"]}
KAFR_LUSIN = {"accept": ["كفرلوسين", "معبر كفرلوسين", "معبر كفرلوسين الحدودي", "كفر لوسين", "جبل الزاوية",
                         "Kafr Lusin", "Kafrlusin", "Jabal al-Zawiya"]}
DANA = {"accept": ["الدانا", "بلدة الدانا", "ad-Dana", "Al Dana", "Ad Dānā", "Dana"]}
SARMADA_ROUNDABOUT = place({"accept": ["دوار المدينة", "Sarmada roundabout"]}, SARMADA)

# ================================================================ 190: Masyaf, October 2019 (pro-Damascus site)
IL_ARMY = {"en": ["Israeli army", "Israel Defense Forces", "IDF", "Israeli air force", "Israeli warplanes", "Israel",
                  "Israeli Air Force"],
           "ar": ["جيش الاحتلال الإسرائيلي", "الطائرات الإسرائيلية", "الكيان الإسرائيلي", "«الكيان الإسرائيلي»",
                  "إسرائيلي", "إسرائيل"]}
SY_AIR_DEF = {"en": ["Syrian air defences", "Syrian air defence", "Syrian army air defence"],
              "ar": ["الدفاعات الجوية السورية", "الدفاعات الجوية"]}
MASYAF_TARGET = {"en": ["military site", "military position near Masyaf", "Iran-backed groups", "pro-Iranian fighters",
                        "Syrian army"],
                 "ar": ["موقعاً عسكرياً", "الموقع المستهدف", "أربعة عناصر", "مجموعات «موالية لإيران»",
                        "موالية لإيران"]}
UN_190 = merge({"en": ["UN Secretary-General", "United Nations"],
                "ar": ["الأمين العام للأمم المتحدة", "الأمم المتحدة"]}, UNSC)
KIDNAPPERS = merge({"en": ["kidnappers", "gunmen"], "ar": ["الخاطفين", "مسلحين مجهولين"]}, UNKNOWN)
TRADER = merge({"en": ["feed trader", "trader", "merchant"], "ar": ["تاجر أعلاف", "التاجر", "تاجر"]}, CIVILIANS)
TRADER_FAMILY = {"en": ["trader's family", "relatives", "family"], "ar": ["عائلته", "بعائلته", "أقاربه"]}
SIT_IN = merge({"en": ["relatives of the trader", "clansmen", "protesters", "sit-in participants",
                       "delegation of protesters"],
                "ar": ["العشرات من ذوي التاجر وأبناء عشيرته", "ذوي التاجر", "أبناء عشيرته", "المعتصمين",
                       "وفداً من المعتصمين", "أحد المشاركين"]}, CIVILIANS)
SY_AUTHORITIES = {"en": ["Syrian authorities", "concerned authorities", "security authorities", "Masyaf area director"],
                  "ar": ["الجهات المعنية", "الجهات الأمنية", "مدير المنطقة"]}
MASYAF_DIRECTOR = {"en": ["Masyaf area director", "director of Masyaf area", "area director", "local authorities"],
                   "ar": ["مدير المنطقة", "مدير منطقة مصياف"]}
MIL_POLICE = {"en": ["Syrian Military Police", "Military Police", "military police patrols"],
              "ar": ["الشرطة العسكرية", "دوريات من الشرطة العسكرية"]}
DRAFT_EVADERS = {"en": ["sixteen young men", "draft evaders", "young men", "conscripts"],
                 "ar": ["ستة عشر شاباً", "شاباً", "المتخلفين عن الخدمة الإلزامية والاحتياطية", "المتخلفين"]}

MASYAF = {"accept": ["مصياف", "مدينة مصياف", "محيط مدينة مصياف", "ريف حماة الغربي", "Masyaf", "Maşyāf", "Misyaf",
                     "Masyaf district"]}
MASYAF_SITE = place({"accept": ["الموقع المستهدف", "قرية الزاوي", "الزاوي", "al-Zawi", "Zawi"]}, MASYAF)
MASYAF_WADI_ROAD = {"accept": ["الطريق بين مصياف ووادي العيون", "وادي العيون", "مصياف", "Masyaf",
                               "Wadi al-Uyun", "Wādī al ‘Uyūn", "Wadi al-Oyoun"]}
MASYAF_AREA = {"accept": ["مبنى منطقة مصياف", "منطقة مصياف", "مصياف", "Masyaf"]}
MASYAF_VILLAGES = {"accept": ["عين حلاقيم", "دير شميل", "وادي العيون", "ريف مصياف", "مصياف", "Ayn Halaqim",
                              "Ain Halaqim", "Deir Shamil", "Dayr Shamil", "Wadi al-Uyun", "Masyaf"]}
HAMA_SITE = {"accept": ["الموقع المستهدف", "ريف حماة", "مواقع أخرى في ريف حماة", "Hama countryside", "Hama",
                        "مصياف", "Masyaf"]}
MASYAF_HAMA_ROAD = {"accept": ["الطريق العام بين مصياف وحماة", "مصياف", "حماة", "Masyaf", "Hama",
                               "Masyaf-Hama road"]}
