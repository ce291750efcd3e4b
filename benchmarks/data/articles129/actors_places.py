"""Accepted actor names and place names for the hundred-and-twenty-ninth team gold set (see README.md).

Written by hand by the annotator for this set only: nothing here comes from marsad's dictionaries or from the
lists of earlier sets, though the layout is the model set's (Arabic surface forms exactly as the articles
write them, a few common variants, English names). Place names carry their usual Arabic and English
spellings from general knowledge; no gazetteer was opened.

The scorer normalises names and accepts a substring of three or more characters either way, so the bare short
forms («النظام», «الحكومة», «التنظيم», «الطرفين», «الأهالي», «البلدة») are kept out of these lists on purpose.
Both parties of a meeting, a joint act or a deal are accepted in either role. A one-sided attack has its
perpetrator as source (the party the text names; none when it names none) and its victims as recipient; a
two-sided clash has both sides as source and no recipient.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ====================================================== 641: Homs countryside (Syria), 2014
SYRIAN_ARMY_641 = {"en": ["Syrian army", "Syrian Arab Army", "Military Forces of Syria", "Syrian government"],
                   "ar": ["وحدات من الجيش العربي السوري", "الجيش العربي السوري", "قيادة الجيش",
                          "وحدات الجيش"]}
HOSN_MILITANTS = {"en": ["Jund al-Sham", "Jabhat al-Nusra", "al-Nusra Front", "militants", "rebels"],
                  "ar": ["مسلحي «جند الشام» و«جبهة النصرة»", "«جند الشام»", "جند الشام", "«جبهة النصرة»",
                         "جبهة النصرة", "المسلحين", "المسلحون"]}
HOSN_BATTLE = merge(SYRIAN_ARMY_641, HOSN_MILITANTS)
SPECIAL_FORCES_641 = {"en": ["Syrian special forces", "Syrian army"],
                      "ar": ["وحدة من القوات الخاصة", "القوات الخاصة"]}
FLEEING_MILITANTS = {"en": ["fleeing militants", "Jund al-Sham", "rebels"],
                     "ar": ["مجموعة من الفارّين", "الفارّين"]}
LEBANESE_ARMY = {"en": ["Lebanese Army", "Lebanese Armed Forces", "LAF"], "ar": ["الجيش اللبناني"]}
WOUNDED_SYRIANS = {"en": ["wounded Syrians", "wounded Syrian militants"],
                   "ar": ["تسعة جرحى سوريين", "جرحى سوريين"]}
ARMY_HELICOPTERS = {"en": ["Syrian Air Force", "Syrian army", "Syrian government"],
                    "ar": ["مروحيات عسكرية"]}
HOSN_GUNMEN = {"en": ["militants", "rebels", "Jund al-Sham"], "ar": ["المسلحين"]}
ANAZ_ABDUCTORS = {"en": ["militants from al-Hosn", "rebels", "Jund al-Sham"], "ar": ["مسلحون من البلدة"]}
ANAZ_YOUTHS = {"en": ["young men from Anaz", "villagers of Anaz"],
               "ar": ["ثمانية شبان من قرية عناز", "ثمانية شبان"]}
ANAZ_PEOPLE = {"en": ["Anaz villagers", "residents of Anaz"], "ar": ["أهالي القرية"]}
JUND_AL_SHAM = {"en": ["Jund al-Sham"], "ar": ["«جند الشام»", "جند الشام"]}
NDF_641 = {"en": ["National Defence Forces", "NDF", "pro-government militia"],
           "ar": ["مجموعات من «الدفاع الوطني»", "«الدفاع الوطني»", "الدفاع الوطني"]}
SNC = {"en": ["Syrian National Coalition", "SNC", "Syrian opposition",
              "National Coalition for Syrian Revolutionary and Opposition Forces"],
       "ar": ["«الائتلاف الوطني السوري»", "الائتلاف الوطني السوري"]}
REGIME_FORCES = {"en": ["Syrian government forces", "Syrian army", "Syrian regime", "Syrian government"],
                 "ar": ["قوات النظام"]}
SURRENDERED = {"en": ["militants", "rebels"], "ar": ["نحو عشرين مسلحاً", "عشرين مسلحاً"]}
VALLEY_NOTABLES = {"en": ["Wadi al-Nasara notables", "local notables", "mediators"],
                   "ar": ["وجهاء من الوادي", "أحد الوجهاء"]}
MILITANT_LEADERS = {"en": ["militant commanders", "rebel leaders", "Jund al-Sham"], "ar": ["قادة المسلحين"]}
HOSN_TALKS = merge(VALLEY_NOTABLES, MILITANT_LEADERS)
VALLEY_CLERICS = {"en": ["Christian and Muslim clerics", "clerics of Wadi al-Nasara"],
                  "ar": ["رجال دين مسيحيون ومسلمون من قرى الوادي", "رجال دين مسيحيون ومسلمون"]}
ARMY_OFFICERS_641 = {"en": ["Syrian army", "Syrian army officers", "Syrian soldiers"],
                     "ar": ["ضباط من الجيش", "الجنود"]}
CLERICS_MEETING = merge(VALLEY_CLERICS, ARMY_OFFICERS_641)
SARC = {"en": ["Syrian Arab Red Crescent", "SARC", "Red Crescent"],
        "ar": ["فرق الهلال الأحمر العربي السوري", "الهلال الأحمر العربي السوري"]}
DISPLACED_641 = {"en": ["displaced families", "internally displaced persons"], "ar": ["العائلات النازحة"]}
RETURNEES_641 = {"en": ["displaced families", "residents of al-Hosn"], "ar": ["أولى العائلات"]}
DGAM = {"en": ["Directorate-General of Antiquities and Museums", "DGAM", "Syrian government"],
        "ar": ["المديرية العامة للآثار والمتاحف"]}

# ====================================================== places: 641
HOSN = {"accept": ["بلدة الحصن", "الحصن", "al-Hosn", "Hosn", "al-Husn", "Qalaat al-Hosn"]}
HOSN_CASTLE = place({"accept": ["قلعة الحصن", "القلعة", "Krak des Chevaliers", "Crac des Chevaliers"]}, HOSN)
HOSN_HILLS = place({"accept": ["التلال الممتدة بين الحصن والحدود"]}, HOSN)
BORDER_RIVER = {"accept": ["النهر الكبير الجنوبي", "تلكلخ", "Tal Kalakh", "Talkalakh", "Tell Kalakh",
                           "Nahr al-Kabir al-Janoubi"]}
WADI_KHALED = {"accept": ["منطقة وادي خالد", "وادي خالد", "Wadi Khaled", "Wadi Khalid", "عكار", "Akkar"]}
ANAZ = {"accept": ["قرية عناز", "عناز", "Anaz", "Annaz"]}
VALLEY_VILLAGES = {"accept": ["قرى الوادي", "وادي النصارى", "Wadi al-Nasara", "Valley of the Christians"]}
MARMARITA = {"accept": ["مرمريتا", "Marmarita", "Mermarita", "وادي النصارى", "Wadi al-Nasara"]}
HUMAIRA = place({"accept": ["دير مار جرجس الحميراء", "Mar Jirjis al-Humaira", "Saint George Monastery"]},
                VALLEY_VILLAGES)

# ====================================================== 642: Dhi Qar (Iraq), 2019
TRIBAL_GUNMEN = {"en": ["Dhi Qar tribesmen", "tribal gunmen", "Dhi Qar tribes"],
                 "ar": ["مئات المسلحين من أبناء عشائر ذي قار", "أبناء عشائر ذي قار", "عشائر ذي قار"]}
SIT_IN_PROTESTERS = {"en": ["protesters", "Nasiriyah protesters", "sit-in protesters"],
                     "ar": ["المعتصمين", "المحتجين", "المتظاهرين"]}
COMMANDER_IN_CHIEF = {"en": ["Iraqi Prime Minister", "Commander-in-Chief of the Armed Forces",
                             "Iraqi government"],
                      "ar": ["القائد العام للقوات المسلحة"]}
CRISIS_CELL_CHIEF = {"en": ["head of the crisis cell", "crisis cell commander", "Iraqi army officer"],
                     "ar": ["الضابط الرفيع", "«خلية الأزمة»", "خلية الأزمة"]}
DHIQAR_GOVERNOR = {"en": ["governor of Dhi Qar", "Dhi Qar governor"], "ar": ["محافظ ذي قار"]}
SECURITY_FORCES_642 = {"en": ["Iraqi security forces", "security forces", "Iraqi riot police"],
                       "ar": ["قوات أمنية", "العجلات المدرعة"]}
BRIDGE_PROTESTERS = {"en": ["protesters", "demonstrators", "Nasiriyah protesters"],
                     "ar": ["مئات المتظاهرين", "المتظاهرين"]}
ANGRY_PROTESTERS = {"en": ["protesters", "rioters", "angry protesters"], "ar": ["محتجون غاضبون"]}
DHIQAR_POLICE = {"en": ["Dhi Qar police command", "Dhi Qar police", "Iraqi police"],
                 "ar": ["قيادة شرطة ذي قار", "قيادة شرطة المحافظة", "قيادة الشرطة"]}
TRIBAL_COUNCIL = {"en": ["Dhi Qar tribal council", "Dhi Qar tribes", "tribal council"],
                  "ar": ["مجلس عشائر ذي قار"]}
SHOOTING_OFFICERS = {"en": ["officers who ordered the shooting", "Iraqi security officers"],
                     "ar": ["الضباط الذين أصدروا أوامر إطلاق النار", "الضباط الذين تتهمهم العشائر",
                            "الضباط"]}
IRAQ_MOH = {"en": ["Iraqi Ministry of Health", "Ministry of Health", "Iraqi government"],
            "ar": ["وزارة الصحة"]}
SUQ_RIOTERS = {"en": ["protesters", "rioters"],
               "ar": ["محتجون غاضبون من الانقطاع المتكرر للكهرباء", "محتجون غاضبون"]}
PLAINCLOTHES = {"en": ["plainclothes security men", "Iraqi security forces"], "ar": ["عناصر بملابس مدنية"]}
WOUNDED_642 = {"en": ["wounded protesters", "the wounded"], "ar": ["عدداً من الجرحى", "الجرحى"]}
UNAMI = {"en": ["UNAMI", "United Nations Assistance Mission for Iraq", "UN mission"],
         "ar": ["بعثة الأمم المتحدة لمساعدة العراق"]}
IRAQI_AUTHORITIES = {"en": ["Iraqi authorities", "Iraqi government", "Iraqi security forces"],
                     "ar": ["السلطات"]}
RIOT_POLICE_642 = {"en": ["riot police", "Iraqi riot police"],
                   "ar": ["قوات مكافحة الشغب", "عجلات مدرعة"]}
TEACHERS_UNION = {"en": ["Dhi Qar Teachers' Union", "teachers' union", "Iraqi Teachers' Union"],
                  "ar": ["نقابة المعلمين في ذي قار", "نقابة المعلمين"]}
DHIQAR_STUDENTS = {"en": ["University of Dhi Qar students", "students"], "ar": ["طلبة جامعة ذي قار"]}
TRIBAL_SHEIKHS_642 = {"en": ["tribal sheikhs", "Dhi Qar tribes"], "ar": ["شيوخ من عشائر المحافظة"]}
NEW_POLICE_CHIEF = {"en": ["new Dhi Qar police chief", "Dhi Qar police"], "ar": ["قائد الشرطة الجديد"]}
SHEIKHS_MEETING = merge(TRIBAL_SHEIKHS_642, NEW_POLICE_CHIEF)

# ====================================================== places: 642
NASIRIYAH = {"accept": ["مدينة الناصرية", "الناصرية", "Nasiriyah", "Nasiriya", "an-Nasiriyah", "ذي قار",
                        "Dhi Qar"]}
HABBOUBI = place({"accept": ["ساحة الحبوبي", "al-Habboubi Square", "Habboubi Square"]}, NASIRIYAH)
BRIDGES = place({"accept": ["جسري الزيتون والنصر", "جسر الزيتون", "جسر النصر", "al-Zaytoun bridge",
                            "Zaytoun bridge", "al-Nasr bridge"]}, NASIRIYAH)
POLICE_HQ_642 = place({"accept": ["مبنى قيادة شرطة المحافظة"]}, NASIRIYAH)
SUQ_AL_SHUYUKH = {"accept": ["مبنى قائممقامية سوق الشيوخ", "سوق الشيوخ", "Suq al-Shuyukh",
                             "Souq al-Shuyoukh"]}
NASIRIYAH_HOSPITALS = place({"accept": ["مستشفيات الناصرية"]}, NASIRIYAH)
DHIQAR_UNIVERSITY = place({"accept": ["جامعة ذي قار", "University of Dhi Qar"]}, NASIRIYAH)

# ====================================================== 643: Hama countryside (Syria), 2015
ISIS = {"en": ["Islamic State", "ISIS", "ISIL", "IS", "Daesh"],
        "ar": ["مسلحو تنظيم «الدولة الإسلامية»", "تنظيم «الدولة الإسلامية»", "«الدولة الإسلامية»",
               "مسلحو التنظيم", "مسلحي التنظيم", "مواقع التنظيم", "المهاجمين", "المهاجمون"]}
MABUJA_CIVILIANS = {"en": ["civilians", "al-Mabuja residents", "villagers"],
                    "ar": ["سبعة وثلاثين مدنياً", "أبناء القرية", "سكان القرية"]}
NDF_643 = {"en": ["National Defence Forces", "NDF", "pro-government militia", "village defenders"],
           "ar": ["عناصر من ميليشيا «الدفاع الوطني»", "ميليشيا «الدفاع الوطني»", "«الدفاع الوطني»",
                  "الدفاع الوطني", "شبان من أهالي القرية"]}
MABUJA_CLASH = merge(NDF_643, ISIS)
ABDUCTEES = {"en": ["al-Mabuja residents", "women and children", "villagers"],
             "ar": ["نحو خمسين من سكان القرية", "خمسين من سكان القرية"]}
REGIME_AIR_FORCE = {"en": ["Syrian Air Force", "Syrian government", "Syrian regime"],
                    "ar": ["الطيران الحربي التابع للنظام", "الطيران الحربي"]}
NEIGHBOUR_VILLAGERS = {"en": ["residents of neighbouring villages", "villagers"],
                       "ar": ["سكان القرى المجاورة"]}
SYRIAN_MOFA = {"en": ["Syrian Ministry of Foreign Affairs", "Syrian foreign ministry", "Syrian government"],
               "ar": ["وزارة الخارجية السورية"]}
REGIONAL_STATES = {"en": ["regional states", "regional countries"], "ar": ["«دولاً إقليمية»", "دولاً إقليمية"]}
MILITARY_SECURITY = {"en": ["Military Intelligence Directorate", "Syrian Military Security",
                            "Syrian government"],
                     "ar": ["فرع الأمن العسكري"]}
SHEPHERDS = {"en": ["shepherds", "suspects"], "ar": ["ثلاثة رعاة"]}
HOSTAGES_643 = {"en": ["abducted residents", "hostages"], "ar": ["أي من المخطوفين", "المخطوفين"]}
SALAMIYAH_MOURNERS = {"en": ["residents of Salamiyah", "protesters", "mourners"],
                      "ar": ["مئات من أهالي السلمية"]}
UNICEF = {"en": ["UNICEF", "United Nations Children's Fund"],
          "ar": ["منظمة الأمم المتحدة للطفولة «يونيسف»", "منظمة الأمم المتحدة للطفولة", "«يونيسف»", "يونيسف"]}
SALAMIYAH_NOTABLES = {"en": ["Salamiyah notables", "delegation of Salamiyah notables"],
                      "ar": ["وفد من وجهاء السلمية", "وجهاء السلمية"]}
HAMA_GOVERNOR = {"en": ["governor of Hama", "Hama governor", "Syrian government"], "ar": ["محافظ حماة"]}
NOTABLES_MEETING = merge(SALAMIYAH_NOTABLES, HAMA_GOVERNOR)
JOINT_SWEEP = merge(REGIME_FORCES, NDF_643)
RED_CRESCENT_643 = {"en": ["Syrian Arab Red Crescent", "SARC", "Red Crescent"], "ar": ["الهلال الأحمر"]}
DISPLACED_643 = {"en": ["displaced families", "internally displaced persons"],
                 "ar": ["نحو مئتي عائلة نزحت من القرية", "مئتي عائلة"]}

# ====================================================== places: 643
MABUJA = {"accept": ["قرية المبعوجة", "المبعوجة", "al-Mabuja", "Mabuja", "al-Mabouja", "Mabouja"]}
UQAYRIBAT = {"accept": ["منطقة عقيربات", "عقيربات", "Uqayribat", "Aqerbat", "Uqayrbat"]}
SALAMIYAH = {"accept": ["مدينة السلمية", "السلمية", "Salamiyah", "Salamiyeh", "Salamiya"]}
SALAMIYAH_MARKET = place({"accept": ["سوق الخضار في مدينة السلمية"]}, SALAMIYAH)
SALAMIYAH_SERAIL = place({"accept": ["مبنى المنطقة"]}, SALAMIYAH)

# ====================================================== 644: Sabha (Libya), 2018
BRIGADE_6 = {"en": ["6th Infantry Brigade", "Sixth Infantry Brigade", "6th Brigade",
                    "Awlad Suleiman fighters"],
             "ar": ["«اللواء السادس مشاة»", "اللواء السادس مشاة", "عناصر اللواء", "اللواء"]}
BRIGADE_SPOKESMAN = {"en": ["6th Brigade spokesman", "6th Infantry Brigade"], "ar": ["الناطق باسم اللواء"]}
CHADIAN_FIGHTERS = {"en": ["Chadian opposition fighters", "Chadian mercenaries", "Chadian rebels"],
                    "ar": ["«مرتزقة من المعارضة التشادية»", "مرتزقة من المعارضة التشادية"]}
TEBU_FIGHTERS = {"en": ["Tebu fighters", "Toubou fighters", "Tebu militia", "Tebu gunmen"],
                 "ar": ["مسلحين من التبو", "مسلحي التبو"]}
SABHA_CLASH = merge(BRIGADE_6, TEBU_FIGHTERS)
TEBU_COUNCIL = {"en": ["Tebu Social Council", "Toubou Social Council", "Tebu tribes"],
                "ar": ["المجلس الاجتماعي لقبائل التبو"]}
TEBU_COUNCIL_MEMBER = {"en": ["Tebu Social Council member", "Tebu Social Council"],
                       "ar": ["عضو في المجلس الاجتماعي لقبائل التبو"]}
SABHA_MAYOR = {"en": ["mayor of Sabha", "Sabha mayor", "Sabha municipality"], "ar": ["عميد بلدية سبها"]}
PRESIDENCY_COUNCIL = {"en": ["Presidency Council", "Presidential Council", "Government of National Accord",
                             "GNA"],
                      "ar": ["المجلس الرئاسي لحكومة الوفاق", "المجلس الرئاسي"]}
SABHA_MEDICAL_CENTRE = {"en": ["Sabha Medical Centre", "Sabha Medical Center"], "ar": ["مركز سبها الطبي"]}
THIRD_FORCE = {"en": ["Third Force", "Misrata's Third Force", "GNA-aligned forces"],
               "ar": ["«القوة الثالثة»", "القوة الثالثة"]}
LNA = {"en": ["Libyan National Army", "LNA", "General Command"],
       "ar": ["قوات تابعة للقيادة العامة", "القيادة العامة"]}
TAMENHINT_CLASH = merge(THIRD_FORCE, LNA)
SABHA_ELDERS = {"en": ["Sabha elders' council", "Sabha Council of Elders", "Sabha notables"],
                "ar": ["مجلس أعيان سبها"]}
TAYOURI_RESIDENTS = {"en": ["al-Tayouri residents", "residents of Tayouri"],
                     "ar": ["سكان في حي الطيوري", "سكان حي الطيوري"]}
GNA = {"en": ["Government of National Accord", "GNA"], "ar": ["حكومة الوفاق"]}
LNA_AND_GNA = merge(LNA, GNA)
TEBU_PRISONERS = {"en": ["Tebu prisoners", "Tebu captives"], "ar": ["أسيرين من التبو"]}
SABHA_MILITARY_CHIEF = {"en": ["commander of the Sabha military region", "Sabha military zone commander"],
                        "ar": ["آمر منطقة سبها العسكرية"]}
SABHA_SIGNATORIES = merge({"en": ["6th Infantry Brigade representatives"], "ar": ["ممثلون عن اللواء"]},
                          TEBU_COUNCIL, BRIGADE_6)
WHO = {"en": ["World Health Organization", "WHO"], "ar": ["منظمة الصحة العالمية"]}

# ====================================================== places: 644
SABHA = {"accept": ["مدينة سبها", "سبها", "Sabha", "Sebha"]}
SABHA_CASTLE = place({"accept": ["القلعة التاريخية", "قلعة سبها", "القلعة", "Sabha castle", "Sabha fort",
                                 "Fort Elena"]}, SABHA)
TAYOURI = place({"accept": ["حي الطيوري", "al-Tayouri", "Tayouri", "al-Taiyuri"]}, SABHA)
SABHA_FIGHTING = place(SABHA_CASTLE, TAYOURI)
TAMENHINT = {"accept": ["قاعدة تمنهنت الجوية", "تمنهنت", "Tamenhint", "Tamanhint", "Tamenhint Air Base"]}
SABHA_HOSPITAL = place({"accept": ["مركز سبها الطبي", "Sabha Medical Centre"]}, SABHA)

# ====================================================== 645: South Kordofan (Sudan), 2013
SAF = {"en": ["Sudanese Armed Forces", "SAF", "Sudanese army", "Sudanese government"],
       "ar": ["القوات المسلحة السودانية", "القوات المسلحة", "القوات الحكومية"]}
SAF_AIR = {"en": ["Sudanese Air Force", "Sudanese Armed Forces", "SAF", "Sudanese government"],
           "ar": ["طائرة حكومية من طراز «أنتونوف»", "طائرة حكومية", "الطيران الحربي"]}
KAUDA_VICTIMS = {"en": ["civilians", "Kauda residents"], "ar": ["امرأتين وطفلاً"]}
SRCS = {"en": ["Sudanese Red Crescent Society", "Sudanese Red Crescent", "local organisations"],
        "ar": ["جمعية الهلال الأحمر السوداني", "الهلال الأحمر السوداني", "منظمات محلية"]}
RAHAD_DISPLACED = {"en": ["displaced people", "people fleeing Abu Kershola", "internally displaced persons"],
                   "ar": ["آلاف الفارين من أبو كرشولا", "الفارين"]}
NISS = {"en": ["National Intelligence and Security Service", "NISS", "Sudanese government"],
        "ar": ["عناصر من جهاز الأمن والمخابرات", "جهاز الأمن والمخابرات"]}
NUBA_YOUTHS = {"en": ["Nuba youths", "Nuba men", "Nuba civilians"],
               "ar": ["عشرات الشبان من أبناء النوبة", "أبناء النوبة"]}
SRF = {"en": ["Sudan Revolutionary Front", "SRF", "Sudanese Revolutionary Front", "rebels"],
       "ar": ["قوات «الجبهة الثورية السودانية»", "«الجبهة الثورية السودانية»", "الجبهة الثورية السودانية",
              "الجبهة الثورية", "قيادة الجبهة الثورية"]}
ABU_KERSHOLA_BATTLE = merge(SAF, SRF)
STATE_SECURITY_COMMITTEE = {"en": ["South Kordofan state security committee", "South Kordofan government",
                                   "Sudanese government"],
                            "ar": ["لجنة أمن ولاية جنوب كردفان", "الإذاعة الحكومية في كادقلي"]}
REBELS_AND_HOSTS = {"en": ["Sudan Revolutionary Front", "SRF", "rebels"],
                    "ar": ["«المتمردين» ومن يؤويهم", "المتمردين"]}
SUDAN_GOVERNMENT = {"en": ["Sudanese government", "Government of Sudan"], "ar": ["الحكومة السودانية"]}
SAF_SPOKESMAN = {"en": ["SAF spokesman", "Sudanese Armed Forces"], "ar": ["الناطق باسم القوات المسلحة"]}
UMM_DOREIN_VICTIMS = {"en": ["civilians", "market-goers"], "ar": ["ثلاثة مدنيين"]}
GOVERNMENT_OFFICIALS = {"en": ["government employees", "civil servants"],
                        "ar": ["موظفين حكوميين في أبو كرشولا", "موظفين حكوميين"]}
RIGHTS_GROUPS = {"en": ["human rights organisations", "rights groups"], "ar": ["منظمات حقوقية"]}
AID_TEAMS = {"en": ["international aid agencies", "humanitarian organisations"],
             "ar": ["فرق الإغاثة الدولية"]}
UN_SECRETARY_GENERAL = {"en": ["UN Secretary-General", "United Nations"],
                        "ar": ["الأمين العام للأمم المتحدة"]}
AU_PANEL = {"en": ["AU High-Level Implementation Panel", "AUHIP", "African Union"],
            "ar": ["رئيس فريق الاتحاد الأفريقي رفيع المستوى", "فريق الاتحاد الأفريقي رفيع المستوى"]}
PRESIDENTIAL_ASSISTANT = {"en": ["Sudanese presidential assistant", "Sudanese government"],
                          "ar": ["مساعد الرئيس السوداني"]}
SPLM_N = {"en": ["SPLM-N", "SPLM-North", "Sudan People's Liberation Movement-North"],
          "ar": ["الأمين العام للحركة الشعبية في الشمال", "الحركة الشعبية في الشمال"]}
PHONE_TALKS = merge(AU_PANEL, PRESIDENTIAL_ASSISTANT, SPLM_N)
WFP = {"en": ["World Food Programme", "WFP"], "ar": ["برنامج الأغذية العالمي"]}
LOCAL_AUTHORITIES_645 = {"en": ["North Kordofan local authorities", "Sudanese government"],
                         "ar": ["السلطات المحلية"]}
SAF_CONVOY = {"en": ["Sudanese Armed Forces", "SAF", "Sudanese army"],
              "ar": ["قافلة من الشاحنات العسكرية"]}
MILITARY_POLICE_645 = {"en": ["Sudanese military police", "Sudanese Armed Forces"], "ar": ["الشرطة العسكرية"]}

# ====================================================== places: 645
KAUDA = {"accept": ["كاودا", "Kauda", "Kawda", "Kaouda"]}
ABU_KERSHOLA = {"accept": ["بلدة أبو كرشولا", "أبو كرشولا", "Abu Kershola", "Abu Karshola", "Abu Kurshola"]}
RAHAD = {"accept": ["مدينة الرهد", "الرهد", "al-Rahad", "Er Rahad", "Rahad"]}
RAHAD_ROAD = {"accept": ["الطريق بين الرهد والأبيض", "الرهد", "al-Rahad", "الأبيض", "El Obeid"]}
KADUGLI = {"accept": ["كادقلي", "Kadugli", "Kadogli"]}
UMM_DOREIN = {"accept": ["بلدة أم دورين", "أم دورين", "Um Dorein", "Umm Dorein", "Um Durein"]}
SOUTH_KORDOFAN = {"accept": ["جنوب كردفان", "South Kordofan", "جبال النوبة", "Nuba Mountains"]}
ABU_KERSHOLA_ROAD = place({"accept": ["الطريق المؤدي إلى أبو كرشولا"]}, RAHAD)
