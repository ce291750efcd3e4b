"""Accepted actor names and place names for the eighty-eighth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الحكومة», «الوفد», «المجلس») are left out on purpose,
with these exceptions, each used only in an article where it names a single actor:
- 436: «النظام» (only ever the Syrian government, in the outlet's words), «الضحايا» (the five killed in
  Kafr Zita);
- 437: «الطرفين» (the SDF and the tribal fighters), «القتيل» and «الشاب» (the young man shot by the sniper);
- 438: «النازحين» (the residents of Tal al-Ward camp), «العائدين» (the family killed on its way home);
- 439: «العدو» (only ever the Israeli army, in the outlet's words), «الطرفين» and «الجانبين» (Israel and
  Hezbollah);
- 440: «المليشيا» (only ever the Houthis), «الوسطاء» (the tribal mediators), «الطرفين» (the government side
  and the Houthis).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge, place

# ====================================== 436: Kafr Zita, Morek, Suran, Salamiyah (northern Hama
# countryside; 2015)
REGIME_HELICOPTER = {"en": ["Syrian government forces", "Syrian Arab Air Force", "Syrian regime",
                            "Assad forces", "Military Forces of Syria"],
                     "ar": ["مروحية تابعة لقوات الأسد", "قوات الأسد", "الطيران المروحي",
                            "«وحدات من الجيش العربي السوري»", "الجيش العربي السوري"]}
KAFR_ZITA_CIVILIANS = {"en": ["civilians in Kafr Zita", "a mother, her three children and a neighbour"],
                       "ar": ["خمسة مدنيين", "أمٌّ وأطفالها الثلاثة", "الضحايا الخمسة", "الضحايا"]}
FSA = {"en": ["Free Syrian Army", "FSA", "rebel factions", "Liwa Fursan al-Asi", "Orontes Knights Brigade"],
       "ar": ["فصائل الجيش الحر", "الجيش الحر", "«لواء فرسان العاصي»", "لواء فرسان العاصي"]}
REGIME_MOREK = {"en": ["Syrian government forces", "Syrian regime", "Assad forces", "pro-government militias",
                       "Military Forces of Syria"],
                "ar": ["تجمعات قوات الأسد", "قوات الأسد", "الميليشيات الموالية لها"]}
SURAN_CHECKPOINT = {"en": ["al-Jisr checkpoint of the Syrian government forces", "Assad forces",
                           "Syrian government forces", "Syrian Military Security"],
                    "ar": ["عناصر حاجز «الجسر»", "حاجز «الجسر»", "قوات الأسد"]}
LATAMNEH_STUDENTS = {"en": ["four young men from al-Latamneh", "university students"],
                     "ar": ["أربعة شبان من أبناء اللطامنة", "أربعة شبان", "اثنين منهم"]}
ISIS = {"en": ["Islamic State", "ISIS", "ISIL", "IS", "Daesh"],
        "ar": ["تنظيم «داعش»", "«داعش»", "داعش", "مسلحي تنظيم «داعش»"]}
REGIME_ISIS = merge({"en": ["Syrian government forces", "Syrian regime", "Assad forces"],
                     "ar": ["قوات الأسد", "نقاط للنظام"]}, ISIS)
KAFR_ZITA_COUNCIL = {"en": ["Kafr Zita Local Council", "local council of Kafr Zita"],
                     "ar": ["المجلس المحلي لمدينة كفرزيتا", "المجلس المحلي"]}
ASSAD_REGIME = {"en": ["Syrian government", "Syrian regime", "Assad regime", "Assad forces"],
                "ar": ["«نظام الأسد»", "نظام الأسد", "النظام"]}
UNSC = {"en": ["UN Security Council", "United Nations Security Council", "Security Council"],
        "ar": ["مجلس الأمن الدولي", "مجلس الأمن"]}
NABUDAH_PROTESTERS = {"en": ["protesters in Kafr Nabudah", "residents of Kafr Nabudah"],
                      "ar": ["المشاركون فيها", "مظاهرة في بلدة كفرنبودة"]}
HAMA_FREE_COUNCIL = {"en": ["Free Hama Provincial Council", "Hama Provincial Council"],
                     "ar": ["مجلس محافظة حماة الحرة"]}
LOCAL_COUNCILS = {"en": ["local councils of the northern and western Hama countryside", "local councils"],
                  "ar": ["ممثلون عن المجالس المحلية", "المجالس المحلية"]}
REGIME_REINFORCEMENTS = {"en": ["Syrian government forces", "Syrian regime", "Assad forces"],
                         "ar": ["تعزيزات عسكرية لقوات الأسد", "قوات الأسد"]}
FURSAN_COMMANDER = {"en": ["military commander of Liwa Fursan al-Asi", "Liwa Fursan al-Asi",
                           "Free Syrian Army"],
                    "ar": ["القائد العسكري لـ«لواء فرسان العاصي»", "«لواء فرسان العاصي»",
                           "لواء فرسان العاصي"]}
REGIME_AREAS = {"en": ["Syrian government", "Syrian regime", "Assad forces"],
                "ar": ["مناطق النظام", "النظام"]}
MEDICAL_NGO = {"en": ["Syrian medical organisation working in Turkey", "Syrian medical NGO"],
               "ar": ["منظمة طبية سورية عاملة في تركيا", "منظمة طبية سورية"]}
KAFR_ZITA_MEDICAL_POINT = {"en": ["Kafr Zita medical point", "medical point"],
                           "ar": ["النقطة الطبية في المدينة", "النقطة الطبية"]}
REGIME_AIR_FORCE = {"en": ["Syrian Arab Air Force", "Syrian government forces", "Syrian regime",
                           "Assad forces"],
                    "ar": ["الطيران الحربي التابع لقوات الأسد", "الطيران الحربي", "قوات الأسد"]}
LATAMNEH_VICTIMS = {"en": ["civilians in al-Latamneh market", "market-goers"],
                    "ar": ["سبعة مدنيين", "سوقاً شعبية"]}

# ====================================================== places: 436
KAFR_ZITA = {"accept": ["مدينة كفرزيتا", "كفرزيتا", "Kafr Zita", "Kafr Zeita", "Kafrzita"]}
MOREK = {"accept": ["مدينة مورك", "مورك", "حاجز المداجن", "Morek", "Murak", "Mourek"]}
SURAN = {"accept": ["بلدة صوران", "صوران", "Suran", "Souran"]}
MOREK_SURAN = place(MOREK, SURAN)
SHEIKH_HILAL = {"accept": ["قرية الشيخ هلال", "الشيخ هلال", "سلمية", "al-Sheikh Hilal", "Salamiyah",
                           "Salamiyeh", "Salamiya"]}
KAFR_NABUDAH = {"accept": ["بلدة كفرنبودة", "كفرنبودة", "Kafr Nabudah", "Kafr Nabouda", "Kafrnabuda"]}
NORTH_HAMA = {"accept": ["ريف حماة", "northern Hama countryside", "Hama countryside", "Hama"]}
LATAMNEH = {"accept": ["بلدة اللطامنة", "اللطامنة", "al-Latamneh", "Latamneh", "Lataminah"]}

# =================================== 437: al-Busayra, Dhiban, al-Sur, Hajin (eastern Deir ez-Zor
# countryside; 2023)
SDF = {"en": ["Syrian Democratic Forces", "SDF", "QSD", "Deir ez-Zor Military Council"],
       "ar": ["«قوات سوريا الديمقراطية»", "قوات سوريا الديمقراطية", "«قسد»", "قسد"]}
BUSAYRA_RESIDENTS = {"en": ["residents of al-Busayra", "civilians in al-Busayra"],
                     "ar": ["أحياء سكنية في بلدة البصيرة", "امرأة وطفلين"]}
SNIPER_VICTIM = {"en": ["young man of al-Busayra", "civilian"],
                 "ar": ["شاب في العشرينات من عمره", "القتيل", "الشاب"]}
TRIBAL_FIGHTERS = {"en": ["tribal fighters", "Arab tribal fighters", "armed clansmen", "tribal forces"],
                   "ar": ["مقاتلي العشائر", "مقاتلو العشائر", "«مجموعات مسلحة مرتبطة بالنظام السوري»",
                          "مجموعات مسلحة مرتبطة بالنظام السوري"]}
TRIBAL_ELDERS = {"en": ["tribal elders", "notables of the tribes", "elders' committee"],
                 "ar": ["وجهاء من عشائر المنطقة", "وجهاء العشائر", "لجنة من الوجهاء", "لجنة الوجهاء"]}
TRUCE_PARTIES = merge(SDF, TRIBAL_FIGHTERS, TRIBAL_ELDERS)
SDF_TRIBES = merge(SDF, TRIBAL_FIGHTERS)
DEIR_MILITARY_COUNCIL = {"en": ["Deir ez-Zor Military Council", "Syrian Democratic Forces", "SDF"],
                         "ar": ["«مجلس دير الزور العسكري»", "مجلس دير الزور العسكري", "«قسد»"]}
TRIBAL_SPOKESMAN = {"en": ["spokesman of the tribal fighters", "tribal fighters", "Arab tribal fighters"],
                    "ar": ["الناطق باسم مقاتلي العشائر", "مقاتلي العشائر"]}
ELDERS_COMMITTEE = {"en": ["elders' committee", "tribal elders", "truce monitors"],
                    "ar": ["لجنة الوجهاء", "اثني عشر مراقباً"]}
BUSAYRA_SHEIKHS = {"en": ["sheikhs and notables of al-Busayra, Dhiban and al-Shuhayl", "tribal elders"],
                   "ar": ["شيوخ ووجهاء من البصيرة وذيبان والشحيل", "شيوخ ووجهاء"]}
BOTH_SIDES_437 = merge({"en": ["both sides"], "ar": ["الطرفين"]}, SDF_TRIBES)
COALITION_SDF = merge({"en": ["US-led international coalition", "Global Coalition", "United States",
                              "CJTF-OIR"],
                       "ar": ["قوات التحالف الدولي بقيادة الولايات المتحدة", "قوات التحالف الدولي",
                              "التحالف الدولي"]}, SDF)
SDF_MEMBERS = {"en": ["Syrian Democratic Forces", "SDF", "QSD"], "ar": ["عناصر «قسد»", "«قسد»", "قسد"]}
VICTIM_RELATIVES = {"en": ["relatives of the young man killed", "young men of al-Busayra"],
                    "ar": ["سبعة شبان من أقارب القتيل", "أقارب القتيل"]}
SDF_MEDIA_OFFICIAL = {"en": ["official of the SDF media office", "Syrian Democratic Forces", "SDF"],
                      "ar": ["مسؤولاً في المكتب الإعلامي لـ«قسد»", "المكتب الإعلامي لـ«قسد»"]}
HAJIN_GUNMEN = {"en": ["unidentified gunmen"], "ar": ["مسلحون مجهولون"]}
HAJIN_MUKHTAR = {"en": ["mukhtar of a village of Hajin", "village mukhtar"],
                 "ar": ["مختار إحدى القرى التابعة لبلدة هجين", "مختار إحدى القرى"]}

# ====================================================== places: 437
BUSAYRA = {"accept": ["بلدة البصيرة", "البصيرة", "al-Busayra", "Busayra", "al-Busayrah", "Busaira"]}
BUSAYRA_DHIBAN = place(BUSAYRA, {"accept": ["بلدة ذيبان", "ذيبان", "Dhiban", "Thiban"]})
AL_SUR = {"accept": ["بلدة الصور", "الصور", "al-Sur", "al-Suwar", "al-Sour"]}
HAJIN = {"accept": ["بلدة هجين", "هجين", "Hajin", "Hajeen"]}

# ======================================= 438: Khanaqin, Tal al-Ward camp, Jalawla, al-Muqdadiyah (Diyala;
# 2022)
CAMP_IDPS = {"en": ["displaced people of Tal al-Ward camp", "IDPs", "displaced persons", "camp residents"],
             "ar": ["مئات النازحين المقيمين في مخيم «تل الورد»", "نازحو مخيم «تل الورد»", "النازحين"]}
RETURNEES = {"en": ["returning displaced family", "returnees", "displaced civilians"],
             "ar": ["ثلاثة من أبناء المخيم", "العائدين", "العائلة العائدة"]}
POLICE_CHECKPOINT = {"en": ["Diyala police checkpoint", "Diyala Police", "Iraqi police"],
                     "ar": ["سيطرة تابعة لشرطة ديالى", "شرطة ديالى"]}
LOCAL_NGO = {"en": ["local relief organisation", "local NGO"], "ar": ["منظمة محلية", "منسق المنظمة"]}
CAMP = {"en": ["Tal al-Ward camp", "displaced people of Tal al-Ward camp", "IDPs"],
        "ar": ["مخيم «تل الورد»", "المخيم", "النازحين"]}
WFP = {"en": ["World Food Programme", "WFP", "United Nations"], "ar": ["برنامج الأغذية العالمي"]}
DONORS = {"en": ["donors", "international donors"], "ar": ["المانحين"]}
DIYALA_GOVERNOR = {"en": ["Governor of Diyala", "Diyala governorate", "Diyala Provincial Council"],
                   "ar": ["محافظ ديالى"]}
IDP_REPRESENTATIVES = {"en": ["representatives of the displaced", "camp representatives", "IDPs"],
                       "ar": ["ممثلين عن النازحين", "ممثلي النازحين", "ممثلو النازحين"]}
MIGRATION_MINISTRY = {"en": ["Ministry of Migration and Displacement",
                             "Iraqi Ministry of Migration and Displaced", "Government of Iraq"],
                      "ar": ["وزارة الهجرة والمهجرين"]}
CAMP_FAMILIES = {"en": ["120 families of the camp", "displaced families"],
                 "ar": ["مئة وعشرين عائلة من المخيم", "العائلات"]}
DIYALA_POLICE = {"en": ["Diyala Police", "Iraqi police", "Iraqi security forces"],
                 "ar": ["قيادة شرطة ديالى", "شرطة ديالى"]}
IED_SUSPECTS = {"en": ["two suspects", "suspected bomb planters"], "ar": ["شخصين"]}
DIYALA_OPS_PESHMERGA = {"en": ["Diyala Operations Command", "Iraqi army", "Military Forces of Iraq",
                               "Peshmerga", "Kurdistan Region Peshmerga"],
                        "ar": ["قيادة عمليات ديالى", "قطعاتها", "قوات البيشمركة", "البيشمركة"]}
MUQDADIYAH_FARMERS = {"en": ["a farmer and his son", "farmers"], "ar": ["مزارع وابنه"]}
DIYALA_POLICE_CHIEF = {"en": ["Diyala police chief", "Diyala Police", "Iraqi police"],
                       "ar": ["قائد شرطة ديالى"]}
CHECKPOINT_COMMANDER = {"en": ["commander of the checkpoint", "Diyala Police"], "ar": ["آمر السيطرة"]}

# ====================================================== places: 438
TAL_AL_WARD = {"accept": ["مخيم «تل الورد»", "مخيم تل الورد", "تل الورد", "خانقين", "Tal al-Ward camp",
                          "Tal al-Ward", "Khanaqin"]}
JALAWLA = {"accept": ["ناحية جلولاء", "جلولاء", "Jalawla", "Jalula", "Jalawlaa"]}
BAQUBAH_KHANAQIN_ROAD = {"accept": ["الطريق بين بعقوبة وخانقين", "بعقوبة", "خانقين", "Baqubah-Khanaqin road",
                                    "Baqubah", "Baquba", "Khanaqin"]}
KHANAQIN = {"accept": ["قضاء خانقين", "خانقين", "Khanaqin", "Khaneqin"]}
SOUTH_JALAWLA = {"accept": ["جنوب جلولاء", "نهر ديالى", "جلولاء", "south of Jalawla", "Jalawla",
                            "Diyala river"]}
MUQDADIYAH = {"accept": ["قضاء المقدادية", "المقدادية", "al-Muqdadiyah", "Muqdadiya", "Miqdadiyah"]}

# ================================= 439: al-Khiam, Marjayoun, Bint Jbeil, Nabatieh, Shebaa (south Lebanon;
# 2024)
ISRAELI_DRONE = {"en": ["Israeli army", "Israel Defense Forces", "IDF", "Israeli Air Force", "Israel"],
                 "ar": ["مسيّرة إسرائيلية", "جيش العدو الإسرائيلي", "العدو الإسرائيلي"]}
KHIAM_VICTIMS = {"en": ["civilians in al-Khiam", "a family of farmers"],
                 "ar": ["ثلاثة مواطنين", "امرأة وابنها", "عائلة مزارعين"]}
ISRAELI_ARMY = {"en": ["Israeli army", "Israel Defense Forces", "IDF", "Israel"],
                "ar": ["جيش العدو الإسرائيلي", "العدو الإسرائيلي", "العدو"]}
HEZBOLLAH = {"en": ["Hezbollah", "Islamic Resistance", "Islamic Resistance in Lebanon"],
             "ar": ["«المقاومة الإسلامية»", "المقاومة الإسلامية", "«حزب الله»", "حزب الله"]}
HEZBOLLAH_INFRA = {"en": ["Hezbollah", "Hezbollah infrastructure"], "ar": ["بنى تحتية", "حزب الله"]}
ISRAELI_SOLDIERS = {"en": ["Israeli army", "Israel Defense Forces", "IDF", "Israel"],
                    "ar": ["جنود العدو", "العدو"]}
ISRAELI_ARTILLERY = {"en": ["Israeli army", "Israel Defense Forces", "IDF", "Israel"],
                     "ar": ["المدفعية الإسرائيلية"]}
UNIFIL = {"en": ["UNIFIL", "United Nations Interim Force in Lebanon", "UN peacekeepers", "United Nations"],
          "ar": ["قوة الأمم المتحدة المؤقتة العاملة في جنوب لبنان", "«يونيفيل»", "يونيفيل"]}
BOTH_SIDES_439 = {"en": ["Israel and Hezbollah", "Israel", "Hezbollah"], "ar": ["الطرفين", "الجانبين"]}
LEBANESE_PM = {"en": ["Lebanese caretaker Prime Minister", "Prime Minister of Lebanon",
                      "Government of Lebanon"],
               "ar": ["رئيس حكومة تصريف الأعمال"]}
ISRAEL_CONDEMNED = {"en": ["Israel", "Israeli army"], "ar": ["«العدوان الإسرائيلي", "العدوان الإسرائيلي"]}
LEBANESE_ARMY_CHIEF = {"en": ["Lebanese Army commander", "Lebanese Armed Forces", "Lebanese army"],
                       "ar": ["قائد الجيش"]}
LEBANESE_FM = {"en": ["Lebanese Ministry of Foreign Affairs and Emigrants", "Lebanese foreign ministry",
                      "Government of Lebanon"],
               "ar": ["وزارة الخارجية والمغتربين"]}
UNSC_LB = {"en": ["UN Security Council", "United Nations Security Council", "Security Council"],
           "ar": ["مجلس الأمن الدولي"]}
ISRAELI_DEFENCE_MINISTER = {"en": ["Israeli Defence Minister", "Israeli Ministry of Defence", "Israel"],
                            "ar": ["وزير الدفاع الإسرائيلي"]}
ISRAELI_FORCE = {"en": ["Israeli army", "Israeli force", "IDF", "Israel"], "ar": ["قوة إسرائيلية"]}
SHEBAA_SHEPHERD = {"en": ["a shepherd from Shebaa", "shepherd"], "ar": ["راعياً من بلدة شبعا", "راعياً"]}
KHIAM_DISPLACED = {"en": ["displaced people from al-Khiam and nearby villages", "displaced people"],
                   "ar": ["عشرات النازحين من الخيام والقرى المجاورة", "النازحين"]}
HIGHER_RELIEF = {"en": ["Higher Relief Commission", "Government of Lebanon"],
                 "ar": ["الهيئة العليا للإغاثة"]}
NIDAA_ASSOCIATION = {"en": ["Nidaa al-Janoub association", "relief association"],
                     "ar": ["«جمعية نداء الجنوب»", "جمعية نداء الجنوب"]}
NABATIEH_FAMILIES = {"en": ["displaced families in Nabatieh", "displaced families"],
                     "ar": ["مئتي عائلة نازحة", "عائلة نازحة"]}
SOUTH_MPS = {"en": ["delegation of the region's MPs", "Lebanese MPs", "Parliament of Lebanon"],
             "ar": ["وفد من نواب المنطقة"]}
ISRAELI_SHELL = {"en": ["Israeli army", "Israel Defense Forces", "IDF", "Israel"],
                 "ar": ["قذيفة مدفعية إسرائيلية", "مدفعية إسرائيلية"]}
YAROUN_FARMER = {"en": ["a farmer from Yaroun", "farmer"], "ar": ["مزارع من بلدة يارون"]}

# ====================================================== places: 439
KHIAM = {"accept": ["بلدة الخيام", "الخيام", "al-Khiam", "Khiam", "El Khiam"]}
AITA_RAMIYEH = {"accept": ["عيتا الشعب", "رامية", "قضاء بنت جبيل", "بنت جبيل", "Aita al-Shaab",
                           "Ayta ash-Shab", "Ramiyeh", "Bint Jbeil"]}
METULA = {"accept": ["موقع المطلة", "المطلة", "Metula", "al-Mutilla"]}
BRANIT = {"accept": ["ثكنة «برانيت»", "برانيت", "Branit", "Biranit"]}
MARJAYOUN_VILLAGES = {"accept": ["كفركلا", "دير ميماس", "القليعة", "سهل مرجعيون", "مرجعيون", "Kfar Kila",
                                 "Deir Mimas", "Qlayaa", "Marjayoun plain", "Marjayoun"]}
SHEBAA = {"accept": ["بلدة شبعا", "مزارع شبعا", "شبعا", "Shebaa", "Shebaa Farms"]}
NABATIEH = {"accept": ["سرايا النبطية", "مدينة النبطية", "النبطية", "Nabatieh", "Nabatiyeh"]}
YAROUN = {"accept": ["بلدة يارون", "يارون", "Yaroun", "Yarun"]}

# ====================================================== 440: Marib city, Sirwah, al-Wadi (Marib; 2021)
YE_GOVERNMENT_SIDE = {"en": ["Yemeni National Army", "Yemeni government forces", "Government of Yemen",
                             "Popular Resistance"],
                      "ar": ["الجيش الوطني", "الجانب الحكومي", "المقاومة الشعبية"]}
HOUTHIS = {"en": ["Houthis", "Ansar Allah", "Houthi movement", "Houthi militia"],
           "ar": ["مليشيا الحوثي الانقلابية", "مليشيا الحوثي", "المليشيا"]}
EXCHANGE_PARTIES = merge(YE_GOVERNMENT_SIDE, HOUTHIS, {"en": ["both sides"], "ar": ["الطرفين"]})
TRIBAL_MEDIATORS = {"en": ["tribal mediators", "sheikhs of the Marib and al-Jawf tribes"],
                    "ar": ["مشايخ من قبائل مأرب والجوف", "أحد الوسطاء", "الوسطاء"]}
MARIB_CIVILIANS = {"en": ["civilians in Marib city", "displaced civilians"],
                   "ar": ["أربعة مدنيين", "حي سكني مكتظ بالنازحين"]}
MARIB_PRISONERS_COMMITTEE = {"en": ["Marib prisoners committee", "Government of Yemen"],
                             "ar": ["رئيس لجنة الأسرى في محافظة مأرب", "لجنة الأسرى"]}
WADI_PRISONER = {"en": ["a prisoner from al-Wadi district", "prisoner"],
                 "ar": ["أسير من أبناء مديرية الوادي"]}
HOUTHI_PRISONERS_OFFICIAL = {"en": ["official of the Houthi prisoners committee", "Houthis", "Ansar Allah"],
                             "ar": ["مسؤول في ما تسمى «لجنة شؤون الأسرى» التابعة للمليشيا",
                                    "«لجنة شؤون الأسرى»", "المليشيا"]}
UN_ENVOY_OFFICE = {"en": ["Office of the UN Special Envoy for Yemen", "UN envoy", "United Nations"],
                   "ar": ["مكتب المبعوث الأممي إلى اليمن", "مكتب المبعوث الأممي"]}
SIRWAH_DETAINEES = {"en": ["three men from Sirwah", "detainees"], "ar": ["ثلاثة من أبناء صرواح"]}
WADI_CAMP_VICTIMS = {"en": ["displaced people in a camp in al-Wadi", "a woman and her daughter"],
                     "ar": ["مخيماً للنازحين", "امرأة وطفلتها"]}
MARIB_SECURITY = {"en": ["Marib security services", "Yemeni government security forces", "Marib police"],
                  "ar": ["الأجهزة الأمنية في محافظة مأرب", "الأجهزة الأمنية"]}
MARIB_SUSPECTS = {"en": ["two suspected informants", "suspects"], "ar": ["شخصين"]}

# ====================================================== places: 440
SIRWAH = {"accept": ["مديرية صرواح", "وادي صرواح", "صرواح", "Sirwah", "Serwah", "Sirwah district"]}
MARIB_CITY = {"accept": ["مدينة مأرب", "مأرب", "Marib city", "Marib", "Ma'rib"]}
AL_WADI = {"accept": ["مديرية الوادي", "الوادي", "al-Wadi district", "al-Wadi"]}
SANAA = {"accept": ["بصنعاء", "صنعاء", "Sanaa", "Sana'a"]}
