"""Accepted actor names and place names for the fifty-ninth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الحكومة», «الوفد») are left out on purpose, with these
exceptions, each used only in an article where it names a single actor:
- 291: «التنسيقية», «الجنود», «الشبان», «الحاضرين», «المحققين», «الشرطة», «المعتقلين» and «الجيش» (only ever
  Banias's coordination committee, the troops who stormed al-Bayda, the demonstrators, the notables at the
  security chief's meeting, the Political Security's interrogators, the police at the courthouse, al-Bayda's
  detainees and the Syrian army);
- 292: «العائلات» and «الإرهابيين» (only ever the displaced in Hama's shelters and, in the radio's words, the
  armed groups of Idlib and northern Hama);
- 293: «القيادي», «المجلس», «العشائر», «المشاركون», «المهاجمين», «مقاتليه», «المعتقلين» and «الموقوفين» (only
  ever the SDF commander, the Raqqa Civil Council, the tribes of eastern Raqqa, al-Karamah's demonstrators,
  the checkpoint's attackers and the fighters IS claims, and the dawn detainees);
- 294: «المجتمعين», «المفوضية», «أنصارها», «شخصين» and «جندي» (only ever Kirkuk's blocs at the Baghdad
  meeting, the electoral commission, the Turkmen Front's supporters, the two bomb suspects and the soldier of
  al-Riyadh);
- 295: «الجيش», «وحداتها», «القنص» and «العائلات» (only ever the Lebanese army and its units, the morning's
  sniping and the families sheltering in al-Qubba).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge

# ====================================================== actors: shared
CIVILIANS = {"en": ["civilians", "civilian", "residents", "locals", "people", "citizens"],
             "ar": ["مدنيين", "المدنيين", "مدنيون", "مدني", "المواطنين", "مواطنين", "مواطنون", "الأهالي",
                    "السكان"]}
UNKNOWN = {"en": ["unknown gunmen", "unknown assailants", "unidentified gunmen", "unknown persons"],
           "ar": ["مسلحين مجهولين", "مسلحون مجهولون", "مجهولين", "مجهولون"]}
SAA = {"en": ["Syrian Arab Army", "SAA", "Syrian army", "Military Forces of Syria",
              "Syrian government forces", "regime forces"],
       "ar": ["الجيش العربي السوري", "جيش النظام", "قوات النظام", "قوات الأسد", "الجيش السوري"]}

# ============================================ 291: Banias and al-Bayda (a coastal opposition site, 2011)
SY_SECURITY_2011 = merge({"en": ["Syrian security forces", "Military Security",
                                 "Syrian Military Intelligence", "security forces", "shabiha",
                                 "pro-government militiamen"],
                          "ar": ["عناصر من الأمن العسكري", "الأمن العسكري", "مسلحون بلباس مدني",
                                 "الأجهزة الأمنية وشبيحتها", "الأجهزة الأمنية", "عناصر الأمن", "قوات الأمن"]},
                         SAA)
BANIAS_PROTESTERS = merge({"en": ["protesters", "demonstrators", "Banias protesters"],
                           "ar": ["المتظاهرون", "المتظاهرين", "متظاهراً", "المشاركين في المظاهرة",
                                  "الشبان"]}, CIVILIANS)
BAYDA_TROOPS = merge({"en": ["Syrian army and security forces", "army and security", "troops"],
                      "ar": ["قوات من الجيش والأمن", "القوة المقتحمة", "الجنود"]}, SY_SECURITY_2011)
BAYDA_DETAINEES = merge({"en": ["al-Bayda detainees", "sixty men and youths", "detainees"],
                         "ar": ["ما لا يقل عن ستين رجلاً وشاباً", "ستين رجلاً وشاباً", "المعتقلين",
                                "معتقلي البيضا"]}, CIVILIANS)
BAYDA_SHOPS = merge({"en": ["shops", "shop owners", "al-Bayda residents"],
                     "ar": ["ثلاثة محال تجارية ودراجات نارية", "محال تجارية"]}, CIVILIANS)
BANIAS_CC = {"en": ["Banias Coordination Committee", "local coordination committee", "Banias activists"],
             "ar": ["تنسيقية مدينة بانياس", "التنسيقية"]}
INTL_ORGS = {"en": ["international organisations", "International Committee of the Red Cross", "ICRC",
                    "Red Cross"],
             "ar": ["المنظمات الدولية ولجنة الصليب الأحمر", "المنظمات الدولية", "الصليب الأحمر"]}
BANIAS_RESIDENTS = merge({"en": ["Banias residents", "people of the city", "shopkeepers"],
                          "ar": ["أهالي المدينة", "آلاف من أهالي بانياس", "أهالي بانياس"]}, CIVILIANS)
BAYDA_PREACHER = {"en": ["preacher of al-Bayda mosque", "imam", "preacher"],
                  "ar": ["خطيب جامع البيضا"]}
BANIAS_SEC_CHIEF = merge({"en": ["head of the Banias security committee", "security committee"],
                          "ar": ["رئيس اللجنة الأمنية في بانياس", "رئيس اللجنة الأمنية"]}, SY_SECURITY_2011)
BANIAS_NOTABLES = {"en": ["notables and mukhtars of the southern quarters", "Banias notables", "mukhtars"],
                   "ar": ["عدداً من وجهاء الأحياء الجنوبية ومخاتيرها", "وجهاء الأحياء الجنوبية ومخاتيرها",
                          "وجهاء الأحياء الجنوبية", "الحاضرين"]}
SY_POL_SEC = merge({"en": ["Political Security branch", "Political Security Directorate",
                           "Syrian authorities"],
                    "ar": ["فرع الأمن السياسي بطرطوس", "فرع الأمن السياسي", "المحققين"]}, SY_SECURITY_2011)
BANIAS_RELEASED = {"en": ["fourteen young men from Banias", "released detainees", "detainees"],
                   "ar": ["أربعة عشر شاباً من أبناء بانياس", "أربعة عشر شاباً"]}
JABLEH_SNIPER = {"en": ["sniper", "a sniper"], "ar": ["قناص"]}
JABLEH_VICTIM = merge({"en": ["young man from Jableh", "worshipper"], "ar": ["شاب من مدينة جبلة"]}, CIVILIANS)
SY_ARMY_2011 = merge({"en": ["Syrian army"], "ar": ["الجيش"]}, SAA)
BAYDA_WOMEN = merge({"en": ["women relatives of al-Bayda detainees", "detainees' families", "women"],
                     "ar": ["عشرات النساء من ذوي معتقلي البيضا", "عشرات النساء", "ذوي معتقلي البيضا"]},
                    CIVILIANS)
SY_POLICE_2011 = merge({"en": ["Syrian police", "police"], "ar": ["عناصر من الشرطة", "الشرطة"]},
                       SY_SECURITY_2011)

RAS_AL_NABEH = {"accept": ["حي رأس النبع", "رأس النبع", "بانياس", "Ras al-Nabeh", "Ras al-Naba", "Banias",
                           "Baniyas"]}
BANIAS = {"accept": ["بانياس", "مبنى المنطقة", "أحياء بانياس الجنوبية", "Banias", "Baniyas", "Baniyas city"]}
BAYDA = {"accept": ["البيضا", "قرية البيضا", "al-Bayda", "Bayda", "al-Baida", "Beyda"]}
TARTUS_BRANCH = {"accept": ["فرع الأمن السياسي بطرطوس", "طرطوس", "بانياس", "Tartus", "Tartous", "Banias"]}
JABLEH = {"accept": ["جبلة", "مدينة جبلة", "Jableh", "Jablah", "Jebleh"]}
BANIAS_BAYDA = {"accept": ["بانياس والبيضا", "بانياس", "البيضا", "Banias", "Baniyas", "al-Bayda"]}
BANIAS_COURT = {"accept": ["القصر العدلي في بانياس", "بانياس", "Banias", "Baniyas", "Banias courthouse"]}

# ============================================ 292: al-Suqaylabiyah (a pro-government radio's website, 2019)
HAMA_TERRORISTS = {"en": ["Hay'at Tahrir al-Sham", "HTS", "Jabhat al-Nusra", "al-Nusra Front", "armed groups",
                          "terrorist groups", "rebels", "jihadists"],
                   "ar": ["المجموعات الإرهابية المسلحة", "المجموعات المسلحة", "«جبهة النصرة»", "جبهة النصرة",
                          "الإرهابيين", "الإرهابيون"]}
SUQ_CIVILIANS = merge({"en": ["residents of al-Suqaylabiyah", "nine citizens", "children"],
                       "ar": ["تسعة مواطنين", "الأحياء السكنية في مدينة السقيلبية", "الأحياء السكنية",
                              "الضحايا المدنيين"]}, CIVILIANS)
SAA_292 = merge({"en": ["Syrian army units"],
                 "ar": ["وحدات الجيش العربي السوري", "وحدات الجيش", "مصدر عسكري", "المصدر العسكري"]}, SAA)
SY_RU_AIR = merge({"en": ["Syrian Arab Air Force", "Syrian air force", "Russian air force", "warplanes"],
                   "ar": ["الطيران الحربي"]}, SAA)
RU_CENTRE = {"en": ["Russian Centre for Reconciliation", "Russian reconciliation centre", "Russian military",
                    "Russia"],
             "ar": ["مركز المصالحة الروسي في قاعدة حميميم", "مركز المصالحة الروسي"]}
IDLIB_MILITANTS = merge({"en": ["militants in the Idlib de-escalation zone"],
                         "ar": ["«الإرهابيين الموجودين في منطقة خفض التصعيد بإدلب»"]}, HAMA_TERRORISTS)
TR_GUARANTOR = {"en": ["Turkey", "Turkish guarantor", "Turkish government", "Ankara"],
                "ar": ["«الضامن التركي»", "الضامن التركي"]}
SARC = {"en": ["Syrian Arab Red Crescent", "SARC", "Red Crescent", "Hama governorate"],
        "ar": ["منظمة الهلال الأحمر العربي السوري", "الهلال الأحمر العربي السوري", "محافظة حماة"]}
GHAB_DISPLACED = merge({"en": ["displaced families", "IDPs", "families from the Ghab plain"],
                        "ar": ["العائلات التي وصلت خلال الأيام الماضية إلى مراكز الإيواء", "العائلات"]},
                       CIVILIANS)
HAMA_GOVERNOR = {"en": ["Governor of Hama", "Hama governor", "Syrian government"],
                 "ar": ["محافظ حماة"]}
SUQ_RESIDENTS = merge({"en": ["residents of al-Suqaylabiyah", "mourners", "families of the dead"],
                       "ar": ["عشرات من أهالي السقيلبية", "أهالي السقيلبية", "ذوي الشهداء"]}, CIVILIANS)
MHARDEH_CHILD = merge({"en": ["ten-year-old girl", "child", "her father"],
                       "ar": ["طفلة في العاشرة", "والدها"]}, CIVILIANS)
RU_TR = {"en": ["Russia and Turkey", "Russia", "Turkey"], "ar": ["روسيا وتركيا"]}
INTL_COMMUNITY = {"en": ["international community"], "ar": ["المجتمع الدولي"]}

SUQAYLABIYAH = {"accept": ["السقيلبية", "مدينة السقيلبية", "al-Suqaylabiyah", "Suqaylabiyah", "Squelbiyeh",
                           "Skeilbiyeh"]}
KAFR_NABUDAH = {"accept": ["محيط بلدة كفرنبودة", "كفرنبودة", "Kafr Nabudah", "Kafr Nabuda", "Kafranbouda"]}
LATAMINAH_KAFR_ZITA = {"accept": ["اللطامنة وكفرزيتا", "اللطامنة", "كفرزيتا", "al-Lataminah", "Latamneh",
                                  "Kafr Zita", "Kafrzita"]}
HMEIMIM = {"accept": ["قاعدة حميميم", "حميميم", "Hmeimim", "Khmeimim", "Hmeimim Air Base"]}
HAMA_CITY = {"accept": ["مراكز الإيواء في مدينة حماة", "مدينة حماة", "حماة", "Hama", "Hamah"]}
MHARDEH = {"accept": ["سوق مدينة محردة", "محردة", "مدينة محردة", "Mhardeh", "Mahardah", "Muhradah"]}
SOCHI = {"accept": ["سوتشي", "Sochi"]}
NW_HAMA = {"accept": ["محاور ريف حماة الشمالي الغربي", "ريف حماة الشمالي الغربي", "ريف حماة",
                      "northwestern Hama countryside", "Hama countryside", "Hama"]}

# ============================================ 293: al-Karamah (a Raqqa local news network, 2021)
SDF_293 = {"en": ["Syrian Democratic Forces", "SDF", "QSD"],
           "ar": ["«قوات سوريا الديمقراطية» (قسد)", "قوات سوريا الديمقراطية", "«قسد»", "قسد",
                  "المركز الإعلامي لـ«قسد»", "قيادياً في «قسد»", "القيادي"]}
KARAMAH_ATTACKERS = {"en": ["unknown gunmen", "Islamic State", "ISIS", "IS", "Daesh", "ISIS cell"],
                     "ar": ["مسلحون مجهولون يستقلون دراجتين ناريتين", "مسلحون مجهولون", "المهاجمين",
                            "تنظيم «الدولة الإسلامية»", "تنظيم «الدولة»", "مقاتليه"]}
KARAMAH_CHECKPOINT = merge({"en": ["SDF checkpoint", "three SDF members", "checkpoint guards"],
                            "ar": ["ثلاثة من عناصر «قوات سوريا الديمقراطية» (قسد)", "عناصر الحاجز",
                                   "حاجز للقوات"]}, SDF_293)
KARAMAH_FIGHT = merge(KARAMAH_ATTACKERS, KARAMAH_CHECKPOINT)
SDF_COALITION = merge({"en": ["US-led coalition", "international coalition", "Coalition helicopters"],
                       "ar": ["مروحيتين تابعتين للتحالف الدولي", "التحالف الدولي"]}, SDF_293)
KARAMAH_DETAINEES = merge({"en": ["twenty-two young men", "young men of al-Karamah", "detainees"],
                           "ar": ["ما لا يقل عن اثنين وعشرين شاباً", "اثنين وعشرين شاباً", "المعتقلين",
                                  "الموقوفين"]}, CIVILIANS)
KARAMAH_RESIDENTS = merge({"en": ["residents of al-Karamah", "protesters", "demonstrators"],
                           "ar": ["العشرات من أهالي الكرامة", "أهالي الكرامة", "المشاركون"]}, CIVILIANS)
KARAMAH_NOTABLES = {"en": ["tribal notables of al-Karamah", "tribal elders", "notables' delegation"],
                    "ar": ["وفد من وجهاء عشائر الكرامة", "وجهاء عشائر الكرامة", "أحد أعضاء الوفد"]}
RAQQA_CC = merge({"en": ["Raqqa Civil Council", "co-chair of the Raqqa Civil Council",
                         "Autonomous Administration"],
                  "ar": ["مجلس الرقة المدني", "الرئيسة المشتركة للمجلس", "المجلس"]}, SDF_293)
ASAYISH_RAQQA = merge({"en": ["Asayish", "Internal Security Forces", "Kurdish-led police"],
                       "ar": ["مركز للأسايش", "الأسايش", "المكتب الإعلامي للأسايش"]}, SDF_293)
KARAMAH_DETAINEE = {"en": ["a detainee", "one of the dawn detainees"],
                    "ar": ["أحد معتقلي حملة الفجر", "الموقوفين"]}
SANA_GOV = {"en": ["SANA", "Syrian Arab News Agency", "Syrian government", "Syrian regime"],
            "ar": ["وكالة الأنباء الرسمية التابعة للنظام (سانا)", "سانا", "النظام"]}
SDF_US = merge({"en": ["United States", "US"], "ar": ["«ميليشيا قسد المدعومة من الاحتلال الأمريكي»",
                                                       "ميليشيا قسد"]}, SDF_293)
RAQQA_TRIBES = {"en": ["tribal sheikh", "tribes of eastern Raqqa", "tribal leaders"],
                "ar": ["أحد شيوخ العشائر في ريف الرقة الشرقي", "أحد شيوخ العشائر", "العشائر",
                       "أبناء العشائر"]}
CC_AND_NOTABLES = merge(RAQQA_CC, KARAMAH_NOTABLES,
                        {"en": ["joint committee"], "ar": ["لجنة مشتركة من مجلس الرقة المدني ووجهاء العشائر",
                                                          "لجنة مشتركة"]})
TABQA_TEACHER = merge({"en": ["teacher", "schoolteacher"], "ar": ["مدرّساً"]}, CIVILIANS)
TR_SNA = {"en": ["Turkish Armed Forces", "Turkey", "Turkish army", "Syrian National Army", "SNA",
                 "Turkish-backed factions"],
          "ar": ["القوات التركية والفصائل السورية الموالية لها", "القوات التركية",
                 "الفصائل السورية الموالية لها"]}
AIN_ISSA_VILLAGERS = merge({"en": ["villagers of Saida and al-Mu'allaq"],
                            "ar": ["قريتي صيدا والمعلّق"]}, CIVILIANS)
SDF_RAQQA_2017 = merge({"en": ["Islamic State", "ISIS"], "ar": ["تنظيم «الدولة»"]}, SDF_293)

KARAMAH = {"accept": ["الكرامة", "بلدة الكرامة", "المدخل الغربي لبلدة الكرامة", "al-Karamah", "Karama",
                      "al-Kerama"]}
RAQQA_CITY = {"accept": ["مدينة الرقة", "الرقة", "مقر مجلس الرقة المدني", "Raqqa", "ar-Raqqah", "Al-Raqqa"]}
TABQA = {"accept": ["الطبقة", "مدينة الطبقة", "al-Tabqa", "Tabqa", "al-Thawrah"]}
AIN_ISSA = {"accept": ["قريتي صيدا والمعلّق", "صيدا", "المعلّق", "عين عيسى", "بلدة عين عيسى", "Ain Issa",
                       "Ayn Issa", "Saida", "al-Mu'allaq"]}
EAST_RAQQA = {"accept": ["ريف الرقة الشرقي", "الرقة", "eastern Raqqa countryside", "Raqqa"]}

# ============================================ 294: Kirkuk (an Iraqi news agency, 2023)
KIRKUK_BLOCS = {"en": ["Kirkuk winning blocs", "Kirkuk political blocs", "Kirkuk provincial council blocs",
                       "representatives of the blocs"],
                "ar": ["ممثلين عن الكتل الفائزة بمقاعد مجلس محافظة كركوك", "الكتل الفائزة", "المجتمعين",
                       "ممثلو الكتل"]}
IQ_PM_OFFICE = {"en": ["Iraqi Prime Minister's office", "Prime Minister of Iraq", "Iraqi government"],
                "ar": ["مكتب رئيس مجلس الوزراء", "رئيس مجلس الوزراء"]}
ITF = {"en": ["Iraqi Turkmen Front", "ITF", "Turkmen Front", "Turkmen"],
       "ar": ["ممثل الجبهة التركمانية العراقية", "الجبهة التركمانية العراقية", "الجبهة التركمانية",
              "رئيس فرعها في كركوك"]}
CANDIDATE_GUARDS = {"en": ["guards of a winning candidate", "bodyguards", "Arab list candidate",
                           "candidate's protection detail"],
                    "ar": ["اثنان من أفراد حماية مرشح فائز عن إحدى القوائم العربية", "أفراد حماية مرشح فائز",
                           "مرشح فائز", "منتسب واحد من فوج الحماية"]}
KIRKUK_SECURITY = {"en": ["Kirkuk Operations Command", "Iraqi security forces", "Iraqi army",
                          "Kirkuk police"],
                   "ar": ["قيادة عمليات كركوك", "قيادة شرطة كركوك", "قوات إضافية"]}
BOMB_SUSPECTS = {"en": ["two suspects", "suspects"],
                 "ar": ["شخصين يُشتبه بتورطهما في زرع العبوة", "شخصين"]}
KDP = {"en": ["Kurdistan Democratic Party", "KDP", "KDP Kirkuk branch"],
       "ar": ["فرع كركوك للحزب الديمقراطي الكردستاني", "الحزب الديمقراطي الكردستاني"]}
KIRKUK_GOVERNOR = {"en": ["acting governor of Kirkuk", "Kirkuk governor", "Kirkuk governorate"],
                   "ar": ["المحافظ بالوكالة"]}
IHEC = {"en": ["Independent High Electoral Commission", "IHEC", "Iraqi election commission"],
        "ar": ["المفوضية العليا المستقلة للانتخابات", "المفوضية", "المتحدثة باسمها"]}
KDP_ARAB = merge({"en": ["Arab alliance"], "ar": ["الحزب الديمقراطي الكردستاني وتحالف عربي", "تحالف عربي",
                                                  "قيادي في التحالف"]}, KDP)
ITF_SUPPORTERS = merge({"en": ["Turkmen Front supporters", "Turkmen protesters"],
                        "ar": ["المئات من أنصار الجبهة", "أنصار الجبهة", "أنصارها"]}, ITF)
UNAMI = {"en": ["UNAMI", "United Nations Assistance Mission for Iraq", "UN mission", "United Nations"],
         "ar": ["بعثة الأمم المتحدة لمساعدة العراق (يونامي)", "بعثة الأمم المتحدة لمساعدة العراق", "يونامي"]}
IQ_POLITICAL_FORCES = {"en": ["political forces", "Kirkuk parties"], "ar": ["القوى السياسية"]}
ISIS_REMNANTS = {"en": ["Islamic State", "ISIS", "ISIL", "Daesh", "ISIS remnants"],
                 "ar": ["مسلحون يُعتقد أنهم من بقايا تنظيم «داعش»", "بقايا تنظيم «داعش»", "تنظيم «داعش»",
                        "داعش"]}
IQ_ARMY_POST = {"en": ["Iraqi army", "Iraqi soldiers", "army post"],
                "ar": ["نقطة للجيش العراقي", "الجيش العراقي", "جندي"]}
PESHMERGA = {"en": ["Peshmerga", "Kurdish Peshmerga", "Kurdistan Regional Government forces"],
             "ar": ["قوات البيشمركة", "البيشمركة"]}
IQ_FEDERAL = {"en": ["Iraqi federal forces", "Iraqi security forces", "Iraqi government"],
              "ar": ["القوات الاتحادية"]}

BAGHDAD = {"accept": ["مكتب رئيس مجلس الوزراء في بغداد", "بغداد", "Baghdad"]}
KIRKUK_QADISIYAH = {"accept": ["حي القادسية", "القادسية", "كركوك", "Kirkuk", "al-Qadisiyah", "Qadisiya"]}
KIRKUK = {"accept": ["كركوك", "مكتب المفوضية في كركوك", "Kirkuk", "Kerkuk"]}
RIYADH_KIRKUK = {"accept": ["ناحية الرياض", "الرياض", "إحدى قرى ناحية الرياض", "al-Riyadh",
                            "Riyadh subdistrict", "Hawija"]}

# ============================================ 295: Tripoli, Lebanon (a pan-Arab daily, 2013)
TABBANEH_GUNMEN = {"en": ["Bab al-Tabbaneh gunmen", "Sunni gunmen", "Bab al-Tabbaneh fighters",
                          "axis commanders"],
                   "ar": ["مسلحين من منطقة باب التبانة", "قادة المحاور", "قائد محور آخر"]}
MOHSEN_GUNMEN = {"en": ["Jabal Mohsen gunmen", "Alawite gunmen", "Arab Democratic Party", "ADP"],
                 "ar": ["وآخرين من جبل محسن", "أبناء الجبل", "الحزب العربي الديمقراطي"]}
TRIPOLI_FIGHT = merge(TABBANEH_GUNMEN, MOHSEN_GUNMEN)
TRIPOLI_SNIPER = {"en": ["sniper", "unknown sniper"], "ar": ["القنص", "قناص"]}
HIGHWAY_VICTIMS = merge({"en": ["truck driver", "Lebanese soldier"],
                         "ar": ["سائق شاحنة وعسكري في الجيش اللبناني", "سائق شاحنة",
                                "عسكري في الجيش اللبناني"]},
                        CIVILIANS)
LAF = {"en": ["Lebanese Armed Forces", "Lebanese army", "LAF", "army commandos",
              "Lebanese Army Intelligence"],
       "ar": ["قيادة الجيش", "الجيش اللبناني", "فوج المغاوير", "وحداتها", "مديرية المخابرات في الجيش",
              "مديرية التوجيه"]}
LAF_295 = merge(LAF, {"en": [], "ar": ["الجيش"]})
ADP = {"en": ["Arab Democratic Party", "ADP", "Jabal Mohsen party"],
       "ar": ["مسؤول في الحزب العربي الديمقراطي", "الحزب العربي الديمقراطي"]}
TABBANEH_ARMED_GROUPS = merge({"en": ["armed groups with political cover", "Tripoli armed groups"],
                               "ar": ["«مجموعات مسلحة تحظى بغطاء سياسي»", "مجموعات مسلحة تحظى بغطاء سياسي"]},
                              TABBANEH_GUNMEN)
TRIPOLI_MPS = {"en": ["Tripoli MPs", "Tripoli members of parliament", "Lebanese MPs"],
               "ar": ["نواب طرابلس", "نواب المدينة"]}
TRIPOLI_HOSTS = {"en": ["Mufti of Tripoli and the North", "caretaker prime minister", "Lebanese government"],
                 "ar": ["مفتي طرابلس والشمال", "رئيس حكومة تصريف الأعمال"]}
SY_REGIME_LB = merge({"en": ["Syrian regime", "Syrian government", "Assad regime"],
                      "ar": ["«النظام السوري وأدواته في جبل محسن»", "النظام السوري"]}, MOHSEN_GUNMEN)
AXIS_COMMANDER = {"en": ["Bab al-Tabbaneh axis commander", "militia leader"],
                  "ar": ["أحد أبرز قادة المحاور في باب التبانة", "قادة المحاور"]}
TABBANEH_COMMANDER = merge({"en": ["axis commander"], "ar": ["قائد محور آخر"]}, TABBANEH_GUNMEN)
LB_DEFENCE_COUNCIL = {"en": ["Higher Defence Council", "Supreme Defence Council", "Lebanese President",
                             "Lebanese government"],
                      "ar": ["المجلس الأعلى للدفاع", "رئيس الجمهورية"]}
TRIPOLI_YOUTHS = merge({"en": ["angry young men", "protesters"], "ar": ["شبان غاضبون"]}, CIVILIANS)
BEBNINE_WORKER = merge({"en": ["Syrian worker", "Syrian labourer"], "ar": ["عامل سوري"]}, CIVILIANS)
MOSQUE_WORSHIPPERS = merge({"en": ["worshippers"], "ar": ["مسجدي التقوى والسلام"]}, CIVILIANS)
LB_RELIEF = {"en": ["Higher Relief Commission", "local charities", "Lebanese government"],
             "ar": ["جمعيات أهلية", "الهيئة العليا للإغاثة"]}
SYRIA_STREET_FAMILIES = merge({"en": ["displaced families", "families of Syria Street"],
                               "ar": ["العائلات التي غادرت منازلها", "العائلات"]}, CIVILIANS)

TABBANEH_MOHSEN = {"accept": ["باب التبانة", "جبل محسن", "طرابلس", "شارع سوريا", "Bab al-Tabbaneh",
                              "Jabal Mohsen", "Tripoli"]}
MALLOULA = {"accept": ["مستديرة الملولة", "الملولة", "الأوتوستراد الدولي", "طرابلس", "al-Malloula",
                       "Tripoli"]}
SYRIA_STREET = {"accept": ["شارع سوريا", "محيط جبل محسن", "جبل محسن", "طرابلس", "Syria Street",
                           "Jabal Mohsen", "Tripoli"]}
TRIPOLI = {"accept": ["طرابلس", "دارة مفتي طرابلس والشمال", "Tripoli", "Trablous"]}
BEDDAWI = {"accept": ["منطقة البداوي", "البداوي", "Beddawi", "al-Beddawi"]}
BAABDA = {"accept": ["قصر بعبدا", "بعبدا", "Baabda", "Baabda Palace"]}
PALMA = {"accept": ["جسر البالما", "الطريق الدولي", "طرابلس", "Palma bridge", "Tripoli"]}
BEBNINE = {"accept": ["ببنين", "بلدة ببنين", "عكار", "Bebnine", "Bibnin", "Akkar"]}
QUBBA = {"accept": ["مدارس القبة", "القبة", "طرابلس", "al-Qubba", "Qobbeh", "Tripoli"]}
