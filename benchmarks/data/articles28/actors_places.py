"""Accepted actor names and place names for the twenty-eighth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not copied
from the earlier sets' lists (the style is the same as the template set ``../articles18/``: Arabic surface forms as
they occur in the articles, common variants, and English names). Iraqi and Palestinian towns were checked against the
GeoNames lists in ../shared/data/geonames/ (Al-Kut, Al Hayy, As Suwayrah, Al Aziziyah, An Nu'maniyah, Badrah; Gaza,
Jabalya, Bayt Lahya, Bayt Hanun, Umm an Nasr). Neighbourhoods, landmarks and power stations absent from those lists
(al-Salatin, Sheikh Radwan, the Kut Barrage, al-Zubaidiya) carry their usual spellings. Sudan, Yemen and Somalia are
not covered by those lists: al-Kawa, Kosti, Rabak, al-Gitaina, al-Dueim, Tendelti, Um Rimta; Ibb, al-Qafr, Yarim,
al-Udain, Jiblah, al-Sayyani; Mogadishu, Afgooye, Marka, Qoryoley, Wanlaweyn and Barawe carry their usual Arabic and
English spellings.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الوزارة», «الوفد», «الحركة», «الجماعة») are left out on purpose,
with these exceptions, each used only in an article where it names a single actor: «الجيش» (136, only ever the
Sudanese army; 140, only ever the Somali army), «الوزارة» (137, only ever the Ministry of Electricity), «الوفد» (138,
only ever the Hamas delegation), «الجماعة» (139, only ever the Houthis), «الحركة» (140, only ever al-Shabaab).
"""


import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ================================================================ actors: shared
CIVILIANS = {"en": ["civilians", "civilian", "residents", "locals", "people", "citizens"],
             "ar": ["مدنيين", "المدنيين", "مدنيون", "مدني", "المواطنين", "مواطنين", "الأهالي", "السكان"]}
UNKNOWN = {"en": ["unknown gunmen", "unknown assailants", "unidentified gunmen", "unknown persons"],
           "ar": ["مسلحين مجهولين", "مسلحون مجهولون", "مجهولين", "مجهولون"]}

# ================================================================ 136: White Nile State, Sudan (Sudanese news site)
SD_ARMY = {"en": ["Sudanese Armed Forces", "SAF", "Sudanese army", "18th Infantry Division", "army"],
           "ar": ["الفرقة الثامنة عشرة مشاة", "الجيش السوداني", "الجيش", "القوات المسلحة السودانية"]}
SD_MI = {"en": ["Sudanese Military Intelligence", "military intelligence", "Sudanese army intelligence"],
         "ar": ["الاستخبارات العسكرية"]}
RSF = {"en": ["Rapid Support Forces", "RSF", "Janjaweed"],
       "ar": ["قوات الدعم السريع", "الدعم السريع", "«الدعم السريع»", "الميليشيا المتمردة",
              "مستشار لقائد «الدعم السريع»"]}
KAWA_VICTIMS = merge({"en": ["nine civilians", "shoppers", "market-goers", "weekly market"],
                      "ar": ["تسعة مدنيين", "المتسوقين", "السوق الأسبوعي", "بائع خضار وطفله"]}, CIVILIANS)
KOSTI_STATION = {"en": ["Kosti main power substation", "power substation", "power station", "electricity grid"],
                 "ar": ["محطة التحويل الرئيسية للكهرباء", "محطة التحويل", "المنشآت الخدمية"]}
GITAINA_TRADERS = {"en": ["seven traders", "traders", "merchants"],
                   "ar": ["سبعة تجار", "تجار", "تجاراً", "التجار"]}
EMERGENCY_LAWYERS = {"en": ["Emergency Lawyers", "Sudan Emergency Lawyers", "Emergency Lawyers group"],
                     "ar": ["مجموعة «محامو الطوارئ»", "محامو الطوارئ"]}
KAWA_PROTESTERS = merge({"en": ["people of al-Kawa", "al-Kawa natives", "protesters", "demonstrators"],
                         "ar": ["العشرات من أبناء الكوة", "أبناء الكوة", "المحتجين"]}, CIVILIANS)
WN_GOVERNOR = {"en": ["White Nile governor", "governor of White Nile State", "acting governor",
                      "White Nile State government"],
               "ar": ["والي النيل الأبيض", "والي الولاية المكلّف", "والي الولاية", "حكومة الولاية",
                      "إعلام حكومة الولاية"]}
KAWA_DELEGATION = merge({"en": ["delegation of protesters", "al-Kawa resistance committee", "resistance committee"],
                         "ar": ["وفداً من المحتجين", "أعضاء لجنة المقاومة بالكوة", "لجنة المقاومة بالكوة"]},
                        KAWA_PROTESTERS)
WHO = {"en": ["World Health Organization", "WHO", "World Health Organisation"],
       "ar": ["منظمة الصحة العالمية", "الصحة العالمية"]}
KAWA_HOSPITAL = {"en": ["al-Kawa rural hospital", "the wounded", "hospital"],
                 "ar": ["مستشفى الكوة الريفي", "المستشفى", "الجرحى"]}
TENDELTI_HERDERS = merge({"en": ["six herders", "herders", "cattle herders"],
                          "ar": ["ستة من رعاة الماشية", "رعاة الماشية", "الرعاة"]}, CIVILIANS)
RSF_SAF = merge(RSF, SD_ARMY)
UM_RIMTA_FARMERS = merge({"en": ["four farmers", "farmers", "farm"],
                          "ar": ["أربعة مزارعين", "مزارعين", "مشروعاً زراعياً"]}, CIVILIANS)

KAWA = {"accept": ["الكوة", "بلدة الكوة", "سوق الكوة", "مستشفى الكوة الريفي", "النيل الأبيض", "ولاية النيل الأبيض",
                   "Al Kawa", "Kawa", "El Kawa", "White Nile"]}
KOSTI = {"accept": ["كوستي", "مدينة كوستي", "الحي الصناعي", "Kosti", "Kusti"]}
GITAINA = {"accept": ["القطينة", "محلية القطينة", "al-Gitaina", "Al Getaina", "Gitaina", "Geteina"]}
DUEIM = {"accept": ["الدويم", "مدينة الدويم", "أطراف مدينة الدويم", "Ed Dueim", "Al-Dueim", "Dueim"]}
KAWA_DUEIM_GITAINA = place(KAWA, DUEIM, GITAINA)
RABAK = {"accept": ["ربك", "مدينة ربك", "أمانة حكومة الولاية", "Rabak"]}
TENDELTI = {"accept": ["تندلتي", "مدينة تندلتي", "محلية تندلتي", "Tendelti", "Tandalti", "Tendalti"]}
KOSTI_RABAK = place(KOSTI, RABAK)
UM_RIMTA = {"accept": ["أم رمتة", "بلدة أم رمتة", "غربي كوستي", "Um Rimta", "Umm Rimtah", "Um Remta"]}

# ================================================================ 137: Wasit, Iraq (Iraqi news site)
WASIT_CLANS = {"en": ["two clans", "rival clans", "tribal gunmen", "both sides", "clansmen"],
               "ar": ["عشيرتين", "العشيرتين", "الطرفين", "طرفي النزاع"]}
WASIT_POLICE = {"en": ["Wasit police", "Wasit Police Command", "emergency police", "Iraqi police"],
                "ar": ["قيادة شرطة محافظة واسط", "قيادة شرطة واسط", "شرطة الطوارئ", "قوة من شرطة الطوارئ",
                       "قائد شرطة واسط", "قيادة الشرطة"]}
AL_HAY_SUSPECTS = {"en": ["eight suspects", "those involved in the shooting", "suspects"],
                   "ar": ["ثمانية من المتورطين", "المتورطين"]}
KUT_PROTESTERS = merge({"en": ["protesters", "demonstrators", "hundreds of protesters", "six protesters",
                               "protest coordinators"],
                        "ar": ["مئات المتظاهرين", "المتظاهرين", "متظاهر", "ستة منهم", "المعتقلين الستة",
                               "ممثلين عن المتظاهرين", "منسقو التظاهرات"]}, CIVILIANS)
RIOT_POLICE = merge({"en": ["riot police", "Iraqi riot police", "security forces"],
                     "ar": ["قوات مكافحة الشغب", "القوات الأمنية"]}, WASIT_POLICE)
WASIT_GOVERNOR = {"en": ["Wasit governor", "Governor of Wasit"], "ar": ["محافظ واسط"]}
IQ_ELEC_MIN = {"en": ["Ministry of Electricity", "Iraqi Ministry of Electricity", "electricity ministry",
                      "technical delegation of the Ministry of Electricity"],
               "ar": ["وزارة الكهرباء", "الوزارة", "وفد فني من وزارة الكهرباء", "وكيل الوزارة"]}
WASIT_DRUGS = {"en": ["Wasit Narcotics Directorate", "Directorate of Narcotics Affairs", "anti-narcotics police"],
               "ar": ["مديرية شؤون المخدرات والمؤثرات العقلية في واسط", "مديرية شؤون المخدرات", "المديرية"]}
DRUG_SUSPECTS = {"en": ["eleven suspects", "drug dealers", "suspects"],
                 "ar": ["أحد عشر متهماً", "متهماً"]}
WASIT_TRIBAL_AFFAIRS = {"en": ["Wasit tribal affairs director", "tribal affairs directorate"],
                        "ar": ["مدير شؤون العشائر في المحافظة", "مدير شؤون العشائر"]}
AL_HAY_SHEIKHS = {"en": ["sheikhs of the two clans", "clan elders", "tribal sheikhs", "notables"],
                  "ar": ["شيوخ العشيرتين ووجهائهما", "شيوخ العشيرتين", "العشيرتين", "شيوخ العشائر"]}
WASIT_MEDIATORS = merge(WASIT_POLICE, WASIT_TRIBAL_AFFAIRS)
WASIT_COUNCIL_HEAD = {"en": ["head of the Wasit provincial council", "Wasit provincial council"],
                      "ar": ["رئيس مجلس محافظة واسط", "مجلس محافظة واسط"]}
NUMANIYAH_VICTIM = merge({"en": ["police officer's brother", "police officer", "officer's car"],
                          "ar": ["ضابط في الشرطة", "شقيقه", "سيارة ضابط"]}, CIVILIANS)

AL_HAY = {"accept": ["الحي", "قضاء الحي", "مستشفى الحي العام", "قائممقامية قضاء الحي", "Al Hayy", "al-Hay",
                     "Al-Hai", "Hayy"]}
KUT = {"accept": ["الكوت", "مدينة الكوت", "سدة الكوت", "دائرة توزيع كهرباء واسط", "دائرة الكهرباء", "Al-Kut", "Kut",
                  "Kut al-Amara"]}
SUWAIRA_AZIZIYA_NUMANIYA = {"accept": ["الصويرة", "العزيزية", "النعمانية", "أقضية الصويرة والعزيزية والنعمانية",
                                       "واسط", "As Suwayrah", "Suwaira", "Al Aziziyah", "Aziziyah",
                                       "An Nu'maniyah", "Numaniyah", "Wasit"]}
ZUBAIDIYA = {"accept": ["محطة الزبيدية الحرارية", "الزبيدية", "Zubaidiya power station", "Zubaidiya", "Zubaydiyah"]}
BADRAH = {"accept": ["بدرة", "قضاء بدرة", "Badrah", "Badra"]}
NUMANIYAH = {"accept": ["النعمانية", "مدينة النعمانية", "An Nu'maniyah", "Numaniyah", "Al-Numaniyah"]}

# ================================================================ 138: North Gaza (Palestinian Gaza news site)
IL_ARMY = {"en": ["Israeli army", "Israel Defense Forces", "IDF", "Israeli occupation forces", "Israeli air force",
                  "Israeli artillery", "Israeli navy", "Israeli drone", "Israeli gunboats"],
           "ar": ["طائرات الاحتلال الإسرائيلي", "جيش الاحتلال", "الاحتلال", "مدفعية الاحتلال", "مسيّرة إسرائيلية",
                  "زوارق حربية إسرائيلية", "الزوارق", "قصف مدفعي إسرائيلي"]}
JABALIA_VICTIMS = merge({"en": ["six people", "family", "three children and a woman", "inhabited house"],
                         "ar": ["عدد من المواطنين", "ستة شهداء", "ثلاثة أطفال وامرأة", "منزل مأهول",
                                "عائلة بأكملها"]}, CIVILIANS)
NORTH_GAZA_RESIDENTS = merge({"en": ["residents of Beit Lahia, Beit Hanoun and eastern Jabalia", "residents",
                                     "displaced people"],
                              "ar": ["سكان أحياء في بيت لاهيا وبيت حانون وشرق جباليا", "سكان أحياء"]}, CIVILIANS)
SALATIN_YOUTHS = merge({"en": ["two young men", "group of citizens"],
                        "ar": ["شابان", "مجموعة من المواطنين"]}, CIVILIANS)
UMM_NASR_HOMES = merge({"en": ["houses", "homes around Umm al-Nasr"], "ar": ["منازل في محيط قرية أم النصر", "منازل"]},
                       CIVILIANS)
QASSAM = {"en": ["Qassam Brigades", "Izz ad-Din al-Qassam Brigades", "al-Qassam Brigades", "Hamas armed wing",
                 "Hamas"],
          "ar": ["كتائب القسام", "القسام", "مقاتليها", "حركة «حماس»"]}
IL_TANK = merge({"en": ["Israeli tank", "Merkava tank", "tank crew"],
                 "ar": ["دبابة إسرائيلية", "دبابة", "أفراد طاقمها"]}, IL_ARMY)
LAHIA_PROTESTERS = merge({"en": ["dozens of citizens", "protesters", "displaced protesters"],
                          "ar": ["عشرات المواطنين", "خيام النازحين"]}, CIVILIANS)
MEDIATORS = {"en": ["mediators", "international community", "Egypt", "Qatar"],
             "ar": ["الوسطاء", "المجتمع الدولي"]}
HAMAS = {"en": ["Hamas", "Hamas delegation", "Hamas leadership", "Islamic Resistance Movement"],
         "ar": ["حركة «حماس»", "حماس", "«حماس»", "وفد من قيادة حركة «حماس»", "الوفد"]}
EGYPT_GIS = {"en": ["Egyptian General Intelligence", "Egyptian intelligence", "Egyptian officials", "Egypt"],
             "ar": ["جهاز المخابرات العامة المصرية", "مسؤولين في جهاز المخابرات العامة المصرية",
                    "المخابرات العامة المصرية"]}
MEDIATORS_EGYPT = merge(MEDIATORS, EGYPT_GIS)
UNICEF = {"en": ["UNICEF", "United Nations Children's Fund"],
          "ar": ["منظمة الأمم المتحدة للطفولة «يونيسف»", "يونيسف", "منظمة الأمم المتحدة للطفولة"]}
GAZA_CHILDREN = merge({"en": ["children in northern Gaza", "children"], "ar": ["الأطفال", "للأطفال"]}, CIVILIANS)
SARAYA_COMMANDER = {"en": ["Saraya al-Quds commander", "al-Quds Brigades", "Islamic Jihad", "senior commander"],
                    "ar": ["قيادي بارز في «سرايا القدس»", "سرايا القدس", "القيادي", "حركة الجهاد الإسلامي"]}
IL_DEF_MIN = {"en": ["Israeli Defense Minister", "Israeli defence minister", "Israel's defense minister"],
              "ar": ["وزير الدفاع الإسرائيلي"]}
GAZA_FISHERMEN = merge({"en": ["fishermen", "fishing boats", "three fishermen"],
                        "ar": ["مراكب الصيادين", "الصيادين", "ثلاثة صيادين", "صيادين"]}, CIVILIANS)
JABALIA_TENT_IDPS = merge({"en": ["three displaced people", "displaced people", "tent"],
                           "ar": ["ثلاثة نازحين", "نازحين", "خيمة"]}, CIVILIANS)

JABALIA_BALAD = {"accept": ["جباليا البلد", "منطقة جباليا البلد", "جباليا", "شمال قطاع غزة", "Jabalia", "Jabalya",
                            "Jabalia al-Balad", "North Gaza"]}
NORTH_GAZA_3 = {"accept": ["بيت لاهيا", "بيت حانون", "شرق جباليا", "جباليا", "Beit Lahia", "Bayt Lahya",
                           "Beit Hanoun", "Bayt Hanun", "Jabalia", "North Gaza"]}
BEIT_LAHIA = {"accept": ["بيت لاهيا", "منطقة السلاطين", "السلاطين", "Beit Lahia", "Bayt Lahya", "al-Salatin"]}
UMM_NASR = {"accept": ["أم النصر", "قرية أم النصر", "بيت لاهيا", "Umm al-Nasr", "Umm an Nasr", "Beit Lahia"]}
BEIT_HANOUN = {"accept": ["بيت حانون", "بلدة بيت حانون", "Beit Hanoun", "Bayt Hanun", "Beit Hanun"]}
CAIRO = {"accept": ["القاهرة", "Cairo"]}
SHEIKH_RADWAN = {"accept": ["حي الشيخ رضوان", "الشيخ رضوان", "مدينة غزة", "Sheikh Radwan", "Gaza City", "Gaza"]}
NORTH_GAZA = {"accept": ["شمال القطاع", "شمال قطاع غزة", "North Gaza", "northern Gaza", "northern Gaza Strip"]}
LAHIA_COAST = {"accept": ["شاطئ بيت لاهيا", "قبالة شاطئ بيت لاهيا", "بيت لاهيا", "Beit Lahia", "Beit Lahia coast",
                          "Bayt Lahya"]}
JABALIA_CAMP = {"accept": ["مخيم جباليا", "جباليا", "Jabalia camp", "Jabalia", "Jabalya"]}

# ================================================================ 139: Ibb, Yemen (Yemeni local news site)
HOUTHIS = {"en": ["Houthis", "Houthi movement", "Ansar Allah", "Houthi gunmen", "Houthi authorities"],
           "ar": ["جماعة الحوثي", "الجماعة", "مسلحون حوثيون", "الحوثيين", "سلطات الجماعة", "سلطات صنعاء",
                  "عناصر من الجماعة", "وسائل إعلام الجماعة"]}
HOUTHI_SUPERVISOR = merge({"en": ["Houthi security supervisor", "supervisor", "his escorts", "bodyguards"],
                           "ar": ["مشرف أمني تابع لجماعة الحوثي", "مشرف أمني", "المشرف", "ثلاثة من مرافقيه",
                                  "مرافقيه", "مشرف حوثي"]}, HOUTHIS)
QAFR_GUNMEN = {"en": ["gunmen", "tribal gunmen", "local gunmen", "villagers"],
               "ar": ["مسلحون", "مسلحون من أبناء إحدى قرى المديرية", "المهاجمين"]}
IBB_DETAINEES = {"en": ["37 people", "teachers, students and activists", "abductees", "detainees"],
                 "ar": ["ما لا يقل عن 37 شخصاً", "37 شخصاً", "معلمون وطلاب جامعيون وناشطون", "المختطفين"]}
IBB_YOUTHS = merge({"en": ["young men", "dozens of young men", "two young men"],
                    "ar": ["عشرات الشبان", "الشبان", "اثنين منهم", "تجمّع لعشرات الشبان"]}, CIVILIANS)
HOUTHI_SECURITY = merge({"en": ["Houthi security source", "Houthi security services"],
                         "ar": ["مصدر أمني في سلطات الجماعة بالمحافظة", "الأجهزة الأمنية"]}, HOUTHIS)
COALITION = {"en": ["Saudi-led coalition", "coalition-linked cells", "Saudi Arabia", "United States"],
             "ar": ["«خلايا مرتبطة بالعدوان السعودي الأمريكي»", "خلايا مرتبطة بالعدوان", "العدوان السعودي الأمريكي",
                    "العدوان", "دول العدوان"]}
IBB_TEACHERS = {"en": ["teachers", "striking teachers", "teachers' representatives", "Yemeni Teachers Club"],
                "ar": ["معلمون", "المعلمين المضربين", "ممثلين عن المعلمين المضربين", "المعلمين",
                       "نادي المعلمين اليمنيين"]}
TEACHERS_CLUB = {"en": ["Yemeni Teachers Club", "Teachers Club", "teachers' union"],
                 "ar": ["نادي المعلمين اليمنيين", "النادي"]}
IBB_DEPUTY_GOV = merge({"en": ["Houthi-appointed deputy governor", "deputy governor of Ibb"],
                        "ar": ["وكيل المحافظة المعيّن من قبل الجماعة", "وكيل المحافظة"]}, HOUTHIS)
ICRC = {"en": ["International Committee of the Red Cross", "ICRC", "Red Cross"],
        "ar": ["اللجنة الدولية للصليب الأحمر", "الصليب الأحمر"]}
IBB_RESIDENTS = merge({"en": ["Ibb residents", "Ibb health office", "cholera patients"],
                       "ar": ["مكتب الصحة", "مديريات المحافظة", "أبناء المحافظة"]}, CIVILIANS)
IBB_ACTIVISTS = {"en": ["activists", "social media activists"],
                 "ar": ["ناشطون على مواقع التواصل الاجتماعي", "ناشطون"]}
UDAIN_DETAINEES = {"en": ["twelve abductees", "abductees", "detainees"],
                   "ar": ["اثني عشر من المختطفين", "المختطفين"]}
IBB_SEC_CHIEF = merge({"en": ["Houthi-appointed Ibb security director", "Ibb security chief", "Houthi leader"],
                       "ar": ["القيادي الحوثي المعيّن مديراً لأمن المحافظة", "القيادي الحوثي"]}, HOUTHIS)
IBB_COURT = merge({"en": ["Houthi-controlled court in Ibb", "Houthi court", "court"],
                   "ar": ["محكمة خاضعة للجماعة"]}, HOUTHIS)
IBB_DEFENDANTS = {"en": ["three defendants", "defendants", "the accused"],
                  "ar": ["ثلاثة متهمين", "متهمين", "موكليه"]}
SAYYANI_SIDES = merge({"en": ["tribal gunmen", "Houthi members"], "ar": ["مسلحين قبليين", "عناصر من الجماعة"]},
                      HOUTHIS)

QAFR = {"accept": ["القفر", "مديرية القفر", "يريم", "مدينة يريم", "al-Qafr", "Al Qafr", "Yarim"]}
IBB_UDAIN_JIBLAH = {"accept": ["مدينة إب", "العدين", "جبلة", "مديريتي العدين وجبلة", "إب", "Ibb", "Al Udayn",
                               "Udain", "Jiblah", "Jibla"]}
IBB_CITY = {"accept": ["مدينة إب", "وسط مدينة إب", "المدينة القديمة", "مبنى المحافظة", "إب", "Ibb", "Ibb city"]}
IBB_GOV = {"accept": ["محافظة إب", "أبناء المحافظة", "إب", "Ibb", "Ibb governorate"]}
UDAIN = {"accept": ["العدين", "مديرية العدين", "Al Udayn", "Udain", "al-Udayn"]}
SAYYANI = {"accept": ["السياني", "مديرية السياني", "As Sayyani", "al-Sayyani", "Sayyani"]}

# ================================================================ 140: Lower Shabelle, Somalia (Somali Arabic news site)
SNA = {"en": ["Somali National Army", "SNA", "Somali army", "Somali soldiers", "Somali armed forces"],
       "ar": ["الجيش الوطني الصومالي", "الجيش الصومالي", "الجيش", "خمسة جنود من الجيش الوطني الصومالي",
              "جنود الردة", "للجيش الصومالي"]}
SHABAAB = {"en": ["al-Shabaab", "Al-Shabaab", "Harakat al-Shabaab al-Mujahideen", "Shabaab fighters"],
           "ar": ["حركة الشباب", "«الشباب»", "الحركة", "مقاتلي حركة الشباب", "مقاتلو الحركة", "عناصر الحركة",
                  "مقاتليها", "معاقل الحركة"]}
SNA_PARTNERS = merge(SNA, {"en": ["international partners", "United States", "AFRICOM"],
                           "ar": ["«شركاء دوليين»", "شركاء دوليين"]})
NISA = {"en": ["National Intelligence and Security Agency", "NISA", "Somali intelligence"],
        "ar": ["جهاز المخابرات والأمن الوطني", "«نيسا»", "نيسا", "قوات من جهاز المخابرات والأمن الوطني"]}
MARKA_SUSPECTS = {"en": ["seven people", "suspects", "zakat collectors"],
                  "ar": ["سبعة أشخاص", "أشخاص"]}
MARKA_ADMIN = {"en": ["Marka local administration", "local administration", "Marka district authorities"],
               "ar": ["الإدارة المحلية"]}
MARKA_RIDERS = merge({"en": ["motorcycle riders", "motorcyclists", "motorcycles"],
                      "ar": ["حركة الدراجات النارية", "الدراجات النارية"]}, CIVILIANS)
ATMIS = {"en": ["ATMIS", "African Union Transition Mission in Somalia", "African Union troops", "AU forces"],
         "ar": ["بعثة الاتحاد الأفريقي الانتقالية في الصومال", "«أتميس»", "أتميس", "بعثة «أتميس»",
                "قوات بعثة الاتحاد الأفريقي الانتقالية في الصومال"]}
SNA_ATMIS = merge({"en": ["army and ATMIS bases"], "ar": ["قواعد للجيش الصومالي"]}, SNA, ATMIS)
AFGOOYE_DRIVERS = merge({"en": ["minibus and truck drivers", "drivers", "drivers' representatives"],
                         "ar": ["سائقو الحافلات الصغيرة والشاحنات", "سائقو الحافلات", "السائقين",
                                "ممثلين عن السائقين", "المئات منهم"]}, CIVILIANS)
SO_FED_GOV = {"en": ["Federal Government of Somalia", "Somali federal government", "Somali government"],
              "ar": ["الحكومة الفيدرالية"]}
SO_SEC_MIN = {"en": ["Somali Minister of Internal Security", "Internal Security Minister",
                     "Federal Government of Somalia"],
              "ar": ["وزير الأمن الداخلي في الحكومة الفيدرالية", "وزير الأمن الداخلي"]}
AFGOOYE_REPS = merge({"en": ["clan elders", "drivers' representatives and elders"],
                      "ar": ["ممثلين عن السائقين وشيوخ عشائر المنطقة", "شيوخ عشائر المنطقة"]}, AFGOOYE_DRIVERS)
DANAB = {"en": ["Danab brigade", "Danab special forces", "Danab", "Somali special forces"],
         "ar": ["لواء «دنب» للقوات الخاصة", "وحدات من لواء «دنب»", "دنب"]}
EXECUTED_MEN = merge({"en": ["two men"], "ar": ["رجلين"]}, CIVILIANS)
TRUCK_DRIVERS = merge({"en": ["truck drivers", "lorry drivers"], "ar": ["سائقي الشاحنات"]}, CIVILIANS)
CLAN_ELDERS = {"en": ["clan elders", "clan leaders"], "ar": ["شيوخ العشائر"]}
SHABELLE_FARMERS = merge({"en": ["three farmers", "farmers", "farm"],
                          "ar": ["ثلاثة مزارعين", "مزارعين", "مزرعة"]}, CIVILIANS)
SHABAAB_SUSPECTED = merge({"en": ["gunmen", "suspected al-Shabaab gunmen"],
                           "ar": ["مسلحين يُعتقد أنهم من الحركة", "مسلحين"]}, SHABAAB)

AFGOOYE_ROAD = {"accept": ["طريق أفجوي", "الطريق الرابط بين العاصمة ومدينة أفجوي", "أفجوي", "مدينة أفجوي",
                           "شبيلي السفلى", "Afgooye", "Afgoye", "Afgoi", "Mogadishu-Afgooye road", "Lower Shabelle"]}
QORYOLEY = {"accept": ["قوريولي", "مدينة قوريولي", "جنوب مدينة قوريولي", "Qoryoley", "Qoryooley", "Korioley"]}
MARKA = {"accept": ["مركا", "مدينة مركا", "Marka", "Merca", "Merka"]}
MARKA_QORYOLEY_WANLAWEYN = {"accept": ["مركا", "قوريولي", "ونلاوين", "Marka", "Merca", "Qoryoley", "Wanlaweyn",
                                       "Wanla Weyn", "Lower Shabelle"]}
AFGOOYE = {"accept": ["أفجوي", "مقر إدارة المديرية", "Afgooye", "Afgoye", "Afgoi"]}
AFGOOYE_MARKA_ROAD = place({"accept": ["محيط أفجوي", "الطريق المؤدي إلى مركا"]}, AFGOOYE, MARKA)
MARKA_BARAWE = {"accept": ["بين مركا وبراوة", "براوة", "مركا", "Barawe", "Brava", "Baraawe", "Marka",
                           "Lower Shabelle"]}
LOWER_SHABELLE = {"accept": ["شبيلي السفلى", "إقليم شبيلي السفلى", "Lower Shabelle", "Shabeellaha Hoose"]}
AFGOOYE_FARM = {"accept": ["قرب أفجوي", "أفجوي", "نهر شبيلي", "Afgooye", "Afgoye", "Shabelle River"]}
