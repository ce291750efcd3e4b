"""Accepted actor names and place names for the sixty-ninth team gold set (see README.md).

The annotator wrote these lists by hand for this set. They are NOT taken from marsad's dictionaries and not
copied from the earlier sets' lists (the style is the same: Arabic surface forms as they occur in the
articles, common variants, and English names). No gazetteer was opened: place names carry their usual Arabic
and English spellings from general knowledge.

The scorer matches names after normalisation and accepts substrings of three characters or more in either
direction, so bare short forms («الجيش», «القوات», «الحكومة», «الوفد») are left out on purpose, with these
exceptions, each used only in an article where it names a single actor:
- 341: «النظام» and «قوات النظام» (in the monitor's words only ever the Syrian government and its forces),
  «شابان» (only ever the two young men of Ras al-Maara);
- 342: «الخاطفين», «خاطفيه», «خاطفوه» and «قتلته» (the kidnappers of each victim, named only by what they
  did), «الصيدلاني», «الشاب» and «المعتصمين» (the pharmacist, the young man of Tal al-Dara and the
  protesters in front of the area building);
- 343: «القاعدة» (only ever al-Qaeda in the Arabian Peninsula), «المنطقة الأولى» (the First Military
  Region), «الجنود الثلاثة» and «ناشطاً» (the soldiers of the roadside bomb, the activist of Seiyun);
- 344: «الجيش» (only ever the Sudanese army), «العائدين»/«العائدون» (the people returning to Sinja),
  «الأمانة» (the party's Sennar secretariat);
- 345: «القوة» and «حرس الحدود» (only ever the Jordanian border guards), «المهربين» (the smugglers of each
  clash), «الجانبان» (Jordan and Syria in the phone call).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import merge

# ====================================================== actors: shared
CIVILIANS = {"en": ["civilians", "civilian", "residents", "locals"],
             "ar": ["المدنيين", "مدنيين", "مدنيون", "الأهالي", "أهالي", "السكان"]}

# ============ 341: Yabroud, Rima farms, al-Sahel, Flita, Arsal, Qara, Ras al-Maara (a monitor, 2014)
SY_REGIME_2014 = {"en": ["Syrian regime", "Syrian government", "Syrian government forces", "Syrian army",
                         "Syrian Arab Army", "Assad regime"],
                  "ar": ["قوات النظام", "النظامَ", "النظام", "وحدات من الجيش", "جنود الأسد"]}
SY_HELI_2014 = merge({"en": ["Syrian regime helicopters", "Syrian air force", "Syrian Arab Air Force",
                             "Syrian helicopters"],
                      "ar": ["الطيران المروحي التابع لقوات النظام", "الطيران المروحي"]}, SY_REGIME_2014)
SY_JETS_2014 = merge({"en": ["Syrian air force", "Syrian Arab Air Force", "Syrian warplanes"],
                      "ar": ["الطيران الحربي"]}, SY_REGIME_2014)
SY_HELI_ARSAL = merge({"en": ["Syrian helicopter", "Syrian air force", "Syrian Arab Air Force"],
                       "ar": ["مروحية سورية"]}, SY_REGIME_2014)
SY_SNIPER = merge({"en": ["Syrian regime sniper", "regime sniper"], "ar": ["قناص من قوات النظام", "قناص"]},
                  SY_REGIME_2014)
HEZBOLLAH = {"en": ["Hezbollah", "Hizbullah", "Hizballah", "Lebanese Hezbollah"],
             "ar": ["«حزب الله» اللبناني", "عناصر «حزب الله»", "«حزب الله»", "حزب الله"]}
HEZB_REGIME = merge(HEZBOLLAH, SY_REGIME_2014)
YABROUD_VICTIMS = merge({"en": ["civilians of Yabroud", "residents of Yabroud", "displaced families"],
                         "ar": ["سبعة مدنيين", "ستة قتلى", "عائلات نازحة"]}, CIVILIANS)
RIMA_DISPLACED = {"en": ["displaced people", "IDPs", "displaced families", "civilians"],
                  "ar": ["خيام النازحين", "النازحين", "خمسة أشخاص", "العائلات المتضررة"]}
FLITA_MAN = {"en": ["elderly man", "civilian", "farmer"], "ar": ["رجل مسنّ", "القتيل", "الرجل"]}
ISLAMIC_FRONT = {"en": ["Islamic Front", "Islamic Front commander", "rebels", "armed opposition"],
                 "ar": ["قائد ميداني في «الجبهة الإسلامية»", "«الجبهة الإسلامية»", "الجبهة الإسلامية"]}
YABROUD_COUNCIL = {"en": ["Yabroud Local Council", "Yabroud local council", "local council"],
                   "ar": ["المجلس المحلي لمدينة يبرود", "المجلس المحلي"]}
ICRC_UN = {"en": ["International Committee of the Red Cross", "ICRC", "Red Cross", "United Nations", "UN"],
           "ar": ["اللجنة الدولية للصليب الأحمر", "الصليب الأحمر", "الأمم المتحدة"]}
QALAMOUN_BODIES = {"en": ["Qalamoun civil and military bodies", "Qalamoun opposition bodies", "rebels",
                          "opposition"],
                   "ar": ["الهيئات المدنية والعسكرية في القلمون", "الهيئات المدنية والعسكرية"]}
YABROUD_NOTABLES = {"en": ["Yabroud notables", "notables of Yabroud", "mediators"],
                    "ar": ["وجهاء من يبرود", "الوجهاء"]}
REGIME_OFFICERS = merge({"en": ["Syrian regime officers", "government officers"],
                         "ar": ["ضباط في النظام", "الجانب الحكومي", "الضباط"]}, SY_REGIME_2014)
RAS_MAARA_YOUTHS = {"en": ["two young men", "civilians of Ras al-Maara", "civilians"],
                    "ar": ["شابان من أبناء بلدة رأس المعرة", "شابان"]}
RAS_MAARA_PEOPLE = {"en": ["residents of Ras al-Maara", "civilians"], "ar": ["البلدة", "رأس المعرة"]}

# ====================================================== places: 341
YABROUD = {"accept": ["الحي الشمالي لمدينة يبرود", "مدينة يبرود", "يبرود", "Yabroud", "Yabrud", "Yabrood"]}
RIMA = {"accept": ["مزارع ريما", "ريما", "Rima farms", "Rima", "Mazari Rima", "Yabroud", "يبرود"]}
SAHEL = {"accept": ["بلدة السحل", "السحل", "al-Sahel", "al-Sahl", "As Sahl", "Sahel"]}
FLITA = {"accept": ["بلدة فليطة", "فليطة", "Flita", "Fleita", "Falita", "Fulaytah"]}
ARSAL = {"accept": ["منطقة وادي حميد", "وادي حميد", "جرود بلدة عرسال", "عرسال", "Wadi Hmeid", "Wadi Hmayyed",
                    "Arsal", "Ersal"]}
QARA = {"accept": ["بلدة قارة", "قارة", "Qara", "Qarah"]}
RAS_MAARA = {"accept": ["بلدة رأس المعرة", "رأس المعرة", "Ras al-Maara", "Ras al-Ma'arra", "Ras al Maarra"]}

# ============ 342: Salamiyah, Tal al-Dara, Barri al-Sharqi, al-Saan, al-Kafat (a local news page, 2016)
PHARMACIST = {"en": ["pharmacist", "kidnapped pharmacist", "civilian"],
              "ar": ["صيدلاني من أبناء مدينة السلمية", "صيدلاني", "الصيدلاني"]}
PHARM_KIDNAPPERS = {"en": ["kidnappers", "kidnapping gang", "gunmen"],
                    "ar": ["خاطفيه", "الخاطفين", "الخاطفون"]}
TRUCK_KIDNAPPERS = {"en": ["kidnappers", "kidnapping gang", "truck driver's kidnappers"],
                    "ar": ["الخاطفون", "الخاطفين"]}
TRUCK_FAMILY = {"en": ["family of a kidnapped truck driver", "truck driver's family", "family"],
                "ar": ["عائلة سائق شاحنة مخطوف", "عائلة سائق شاحنة", "العائلة"]}
TRUCK_DRIVER = {"en": ["kidnapped truck driver", "truck driver", "civilian"],
                "ar": ["سائق شاحنة مخطوف", "سائق شاحنة", "السائق"]}
TAL_DARA_KILLERS = {"en": ["kidnappers", "unidentified kidnappers", "gunmen"],
                    "ar": ["خاطفوه", "قتلته", "الخاطفين"]}
TAL_DARA_VICTIM = {"en": ["young man", "student", "civilian", "kidnapped young man"],
                   "ar": ["جثة شاب", "شاب في الثالثة والعشرين من عمره", "جثمان الشاب", "الشاب"]}
SALAMIYAH_POLICE = {"en": ["Salamiyah police", "Salamiyah area police command", "Syrian police", "police"],
                    "ar": ["قيادة شرطة منطقة السلمية", "شرطة منطقة السلمية", "قيادة الشرطة"]}
BARRI_SUSPECTS = {"en": ["three suspects", "kidnapping suspects", "suspects"],
                  "ar": ["ثلاثة أشخاص من قرية بري الشرقي", "ثلاثة أشخاص", "الموقوفين"]}
NDF = {"en": ["National Defence Forces", "National Defense Forces", "NDF", "pro-government militia"],
       "ar": ["«متنفذين في الدفاع الوطني»", "متنفذين في الدفاع الوطني", "«الدفاع الوطني»", "الدفاع الوطني"]}
NDF_LEADER = merge({"en": ["NDF group commander", "NDF commander"],
                    "ar": ["قائد مجموعة تابعة لـ«الدفاع الوطني»", "قائد مجموعة"]}, NDF)
NDF_CMDR = merge({"en": ["NDF commander in Salamiyah", "NDF commander"],
                  "ar": ["قائد «الدفاع الوطني» في المنطقة", "قائد «الدفاع الوطني»"]}, NDF)
SALAMIYAH_PROTESTERS = merge({"en": ["protesters", "families of abductees", "residents of Salamiyah"],
                              "ar": ["عشرات الأهالي", "ذوو مخطوفين", "المعتصمين", "المعتصمون"]}, CIVILIANS)
HAMA_GOV_SEC = {"en": ["Governor of Hama", "Hama governor", "security committee", "Syrian government"],
                "ar": ["محافظ حماة واللجنة الأمنية", "محافظ حماة", "اللجنة الأمنية"]}
SALAMIYAH_NOTABLE = {"en": ["Salamiyah notable", "local notable", "notable"],
                     "ar": ["أحد وجهاء المدينة", "الوجيه"]}
SAAN_EXCHANGE = {"en": ["al-Saan villagers", "Bedouin clan", "Bedouin clan gunmen", "tribal mediators",
                        "tribal mediation"],
                 "ar": ["وساطة عشائرية", "ثلاثة من أبناء قرية السعن", "مسلحين من إحدى العشائر البدوية",
                        "أهالي القرية", "العشيرة"]}
SAAN_VILLAGERS = {"en": ["al-Saan villagers", "villagers"], "ar": ["أهالي القرية"]}
CLAN_YOUTHS = {"en": ["two young men of the clan", "Bedouin clan members"], "ar": ["شابين من العشيرة"]}
KAFAT_DRIVER = {"en": ["taxi driver", "civilian"],
                "ar": ["سائق سيارة أجرة من أبناء قرية الكافات", "سائق سيارة أجرة"]}
KAFAT_KIDNAPPERS = {"en": ["unidentified gunmen", "gunmen", "kidnappers"],
                    "ar": ["مسلحون مجهولون", "مسلحون", "الخاطفين"]}
NOTABLES_DELEGATION = {"en": ["delegation of Salamiyah notables", "Salamiyah notables", "notables"],
                       "ar": ["وفد من وجهاء السلمية", "وجهاء السلمية"]}
HAMA_GOVERNOR = {"en": ["Governor of Hama", "Hama governor"], "ar": ["محافظ حماة"]}
VICTIM_FAMILY = {"en": ["victim's family", "family of the young man", "family"],
                 "ar": ["أفراد من عائلته", "عائلته"]}
FUNERAL_CROWD = {"en": ["mourners", "residents of Tal al-Dara"],
                 "ar": ["أهالي تل الدرة", "مئات من أبناء القرى المجاورة"]}

# ====================================================== places: 342
SALAMIYAH = {"accept": ["شارع حماة", "مدينة السلمية", "السلمية", "Salamiyah", "Salamiyeh", "Salamieh",
                        "Salamiya", "Salamya"]}
RELEASE_ROAD = {"accept": ["طريق السلمية – حماة", "قرية الكافات", "الكافات", "مدينة السلمية", "السلمية",
                           "Salamiyah–Hama road", "al-Kafat", "Salamiyah", "Salamiyeh", "Salamieh"]}
TAL_DARA = {"accept": ["قرية تل الدرة", "تل الدرة", "Tal al-Dara", "Tall ad-Durrah", "Tell Dara",
                       "Tal Ad Dara", "Tal Dara"]}
BARRI = {"accept": ["قرية بري الشرقي", "بري الشرقي", "Barri al-Sharqi", "Barri Sharqi", "Bari al-Sharqi"]}
SAAN = {"accept": ["قرية السعن", "السعن", "al-Saan", "As-Saan", "al-Sa'an", "Saan"]}
MANTIQA_BUILDING = {"accept": ["مبنى المنطقة وسط المدينة", "مبنى المنطقة", "السلمية", "Salamiyah",
                               "Salamiyeh", "Salamieh"]}
SALAMIYAH_HOMS_ROAD = {"accept": ["الطريق الواصل بين السلمية وحمص", "قرية الكافات", "الكافات",
                                  "Salamiyah–Homs road", "al-Kafat", "Kafat"]}
HAMA = {"accept": ["حماة", "Hama"]}

# ============ 343: Seiyun, al-Qatn, Shibam, Tarim, al-Mukalla (a London-based pan-Arab daily, 2022)
HADRAMI_PROTESTERS = {"en": ["protesters", "residents of Wadi Hadramawt", "Hadrami protesters",
                             "demonstrators"],
                      "ar": ["آلاف من أبناء وادي حضرموت وصحرائها", "أبناء وادي حضرموت", "المتظاهرين",
                             "المشاركون"]}
COORD_BODY = {"en": ["Coordination Body of the Sons of the Valley and the Desert", "Coordination Body",
                     "protest organisers"],
              "ar": ["«هيئة التنسيق لأبناء الوادي والصحراء»", "هيئة التنسيق لأبناء الوادي والصحراء",
                     "«هيئة التنسيق»", "هيئة التنسيق"]}
FIRST_MR = {"en": ["First Military Region", "1st Military Region", "Yemeni army", "Yemeni government forces"],
            "ar": ["قيادة المنطقة العسكرية الأولى", "قوات المنطقة العسكرية الأولى", "المنطقة العسكرية الأولى",
                   "قوات المنطقة الأولى", "المنطقة الأولى"]}
SEIYUN_AUTHORITY = {"en": ["Seiyun local authority", "local authorities", "Yemeni government"],
                    "ar": ["السلطة المحلية في مديرية سيئون", "السلطة المحلية"]}
SEIYUN_RESIDENTS = {"en": ["residents of Seiyun", "civilians"], "ar": ["السكان", "المدينة"]}
FIRST_MR_SOLDIERS = merge({"en": ["Yemeni soldiers", "First Military Region soldiers"],
                           "ar": ["أربعة جنود من أحد ألوية المنطقة العسكرية الأولى", "أربعة جنود",
                                  "طقماً عسكرياً", "الجنود الثلاثة", "جنود"]}, FIRST_MR)
AQAP = {"en": ["al-Qaeda in the Arabian Peninsula", "AQAP", "al-Qaeda", "Al Qaeda"],
        "ar": ["تنظيم «القاعدة في جزيرة العرب»", "«القاعدة في جزيرة العرب»", "القاعدة في جزيرة العرب",
               "تنظيم «القاعدة»", "«القاعدة»", "القاعدة"]}
INCITERS = {"en": ["unnamed parties", "inciters", "protest organisers"],
            "ar": ["«أطرافاً تقف خلف التحريض على قواتها»", "أطرافاً تقف خلف التحريض", "أطرافاً"]}
PLC = {"en": ["Presidential Leadership Council", "PLC", "Yemeni government"],
       "ar": ["مجلس القيادة الرئاسي", "رئيس مجلس القيادة الرئاسي"]}
SECURITY_FORCES_YE = {"en": ["security forces", "Yemeni security forces", "First Military Region"],
                      "ar": ["قوات أمنية"]}
DETAINED_YOUTHS = {"en": ["young protesters", "detained young men", "protesters"],
                   "ar": ["خمسة من الشبان المشاركين في التظاهرة", "خمسة من الشبان", "ثلاثة منهم"]}
HADRAMAWT_GOVERNOR = {"en": ["Governor of Hadramawt", "Hadramawt governor", "Hadramout governor"],
                      "ar": ["محافظ حضرموت"]}
WADI_SHEIKHS = {"en": ["sheikhs and notables of Wadi Hadramawt", "tribal sheikhs", "notables"],
                "ar": ["وفداً من مشايخ الوادي ووجهائه", "مشايخ الوادي"]}
STC = {"en": ["Southern Transitional Council", "STC"],
       "ar": ["«المجلس الانتقالي الجنوبي»", "المجلس الانتقالي الجنوبي", "المجلس الانتقالي"]}
GENERAL_SECURITY_YE = {"en": ["General Security", "police", "security forces"],
                       "ar": ["قوة من الأمن العام", "الأمن العام"]}
SEIYUN_GUNMEN = {"en": ["unidentified gunmen", "gunmen"], "ar": ["مسلحان مجهولان", "مسلحان"]}
SEIYUN_ACTIVIST = {"en": ["activist", "protest movement activist", "civilian"],
                   "ar": ["ناشطاً في الحراك المطالب بخروج المنطقة الأولى", "ناشطاً في الحراك", "ناشطاً"]}

# ====================================================== places: 343
SEIYUN = {"accept": ["الساحة المقابلة لقصر الكثيري", "قصر الكثيري", "مدينة سيئون", "سيئون", "Seiyun",
                     "Sayun", "Say'un", "Seiyoun", "Wadi Hadramawt", "وادي حضرموت"]}
QATN_SHIBAM = {"accept": ["الطريق الرابط بين مدينتي القطن وشبام", "مدينة القطن", "القطن", "شبام", "al-Qatn",
                          "Qatn", "al-Qaten", "Shibam"]}
SEIYUN_WEST = {"accept": ["مدخل سيئون الغربي", "سيئون", "Seiyun", "Sayun", "Say'un"]}
FIRST_MR_HQ = {"accept": ["مقر قيادة المنطقة الأولى في سيئون", "سيئون", "Seiyun", "Sayun", "Say'un"]}
MUKALLA = {"accept": ["مدينة المكلا", "المكلا", "Mukalla", "al-Mukalla", "Al Mukalla"]}
TARIM = {"accept": ["المدخل الشرقي للمدينة", "تريم", "Tarim", "Tareem"]}
SEIYUN_HIST = {"accept": ["أحد أحياء سيئون", "سيئون", "Seiyun", "Sayun", "Say'un"]}

# ============ 344: Sinja, Sennar, al-Dinder, Wad Madani (the site of a civil party's Sennar branch, 2024)
WFP_HAC = {"en": ["World Food Programme", "WFP", "United Nations", "Humanitarian Aid Commission", "HAC"],
           "ar": ["برنامج الأغذية العالمي", "مفوضية العون الإنساني بالولاية", "مفوضية العون الإنساني"]}
RETURNEES = {"en": ["returnees", "returning residents", "residents of Sinja", "civilians"],
             "ar": ["العائدين", "العائدون", "الأحياء"]}
SENNAR_GOV = {"en": ["Sennar State government", "Sennar state government", "Sudanese government"],
              "ar": ["حكومة ولاية سنار", "حكومة الولاية"]}
RETURNING_FAMILIES = {"en": ["returning families", "displaced families", "returnees"],
                      "ar": ["نحو ستمئة أسرة", "ستمئة أسرة"]}
SENNAR_GOVERNOR = {"en": ["Governor of Sennar", "Sennar governor", "acting governor of Sennar State",
                          "Sennar State government"],
                   "ar": ["والي سنار المكلّف", "والي سنار", "الوالي"]}
INTL_ORGS = {"en": ["international organisations", "international organizations", "UN agencies",
                    "humanitarian organisations"],
             "ar": ["المنظمات الدولية"]}
RSF = {"en": ["Rapid Support Forces", "RSF"],
       "ar": ["«ميليشيا الدعم السريع المتمردة»", "ميليشيا الدعم السريع المتمردة", "قوات الدعم السريع",
              "الدعم السريع", "مسيّرات قواتنا"]}
RSF_ADVISER = merge({"en": ["RSF adviser", "adviser to the RSF commander"],
                     "ar": ["مستشار لقائد قوات الدعم السريع"]}, RSF)
MARKET_VICTIMS = merge({"en": ["market-goers", "returnees", "tea sellers"],
                        "ar": ["المدنيين العائدين", "خمسة قتلى", "العائدين"]}, CIVILIANS)
SUDAN_ARMY = {"en": ["Sudanese Armed Forces", "SAF", "Sudanese army"], "ar": ["الجيش"]}
MIL_INTEL = {"en": ["Military Intelligence", "Sudanese Military Intelligence", "Sudanese Armed Forces",
                    "SAF"],
             "ar": ["الاستخبارات العسكرية"]}
SINJA_YOUTHS = {"en": ["young men", "detainees", "civilians"],
                "ar": ["أحد عشر شاباً", "الشباب المحتجزين", "المعتقلين"]}
WHO = {"en": ["World Health Organization", "WHO"], "ar": ["منظمة الصحة العالمية"]}
UNICEF = {"en": ["UNICEF", "United Nations Children's Fund"],
          "ar": ["منظمة الأمم المتحدة للطفولة «يونيسف»", "منظمة الأمم المتحدة للطفولة", "«يونيسف»", "يونيسف"]}
CHILDREN = {"en": ["children", "returning children"], "ar": ["نحو أربعين ألف طفل", "أربعين ألف طفل"]}
HOSPITAL_DIRECTOR = {"en": ["director of Sinja Teaching Hospital", "hospital director"],
                     "ar": ["مدير المستشفى التعليمي في سنجة"]}
FED_HEALTH = {"en": ["Federal Ministry of Health", "Sudanese health ministry"],
              "ar": ["وزارة الصحة الاتحادية"]}
PARTY = {"en": ["the party's Sennar secretariat", "civil party", "opposition party"],
         "ar": ["أمانة الحزب بولاية سنار", "أمانة الحزب", "الأمانة"]}
WARRING_PARTIES = {"en": ["both warring parties", "Sudanese Armed Forces", "Rapid Support Forces", "SAF",
                          "RSF"],
                   "ar": ["طرفي الحرب"]}
HUMANITARIAN_ORGS = {"en": ["humanitarian organisations", "aid agencies"], "ar": ["المنظمات الإنسانية"]}
SENNAR_SHELL_VICTIMS = {"en": ["two women", "civilians"], "ar": ["امرأتين"]}

# ====================================================== places: 344
SINJA = {"accept": ["مدينة سنجة", "سنجة", "Sinja", "Singa", "Sinjah"]}
SINJA_MARKET = {"accept": ["سوقاً شعبياً عند الطرف الشرقي للمدينة", "الطرف الشرقي للمدينة", "سنجة", "Sinja",
                           "Singa", "Sinjah"]}
SENNAR_TO_SINJA = {"accept": ["مراكز الإيواء في مدينة سنار", "سنجة", "مدينة سنار", "Sinja", "Singa", "Sennar",
                              "Sinnar"]}
SINJA_GOV_HQ = {"accept": ["مقر أمانة الحكومة في سنجة", "سنجة", "Sinja", "Singa", "Sinjah"]}
SENNAR_WHITE_NILE = {"accept": ["مناطق على الحدود بين ولايتي سنار والنيل الأبيض",
                                "الحدود بين ولايتي سنار والنيل الأبيض", "النيل الأبيض", "White Nile",
                                "Sennar–White Nile border"]}
DINDER = {"accept": ["مدينة الدندر", "الدندر", "Dinder", "Al Dinder", "Ad-Dindar", "Dindar"]}
SENNAR_CITY = {"accept": ["أحد الأحياء الغربية لمدينة سنار", "مدينة سنار", "سنار", "Sennar", "Sinnar"]}
WAD_MADANI = {"accept": ["مدينة ود مدني", "ود مدني", "Wad Madani", "Wad Medani", "Madani"]}

# ============ 345: the Jordan–Syria border at ar-Ruwayshid, al-Turra, Amman (a state-agency wire, 2024)
JAF = {"en": ["Jordanian Armed Forces", "Jordan Armed Forces", "Jordanian army", "Arab Army",
              "Jordanian Border Guards", "Eastern Military Region", "Jordan"],
       "ar": ["القوات المسلحة الأردنية - الجيش العربي", "القوات المسلحة الأردنية", "القوات المسلحة",
              "المنطقة العسكرية الشرقية", "قوات حرس الحدود", "حرس الحدود", "القوة"]}
SMUGGLERS = {"en": ["armed smugglers", "drug smugglers", "smugglers"],
             "ar": ["مجموعات مسلحة من المهربين", "المهربين", "المجموعة"]}
BORDER_CLASH = merge(JAF, SMUGGLERS)
PSD = {"en": ["Public Security Directorate", "PSD", "Jordanian police", "Public Security"],
       "ar": ["مديرية الأمن العام", "الأمن العام", "المديرية"]}
RUWAISHED_SUSPECTS = {"en": ["five suspects", "suspects"],
                      "ar": ["خمسة أشخاص في لواء الرويشد", "خمسة أشخاص", "الموقوفين"]}
JORDAN_AIR = {"en": ["Jordanian air force", "Royal Jordanian Air Force", "Jordanian warplanes", "Jordan"],
              "ar": ["طائرات أردنية"]}
SUWAYDA_DEALERS = {"en": ["drug traffickers", "drug dealers"], "ar": ["تجار مخدرات"]}
JO_SY_FM = {"en": ["Jordanian Foreign Minister", "Foreign Minister of Jordan", "Syrian Foreign Minister",
                   "Jordan", "Syria"],
            "ar": ["وزير الخارجية وشؤون المغتربين", "وزير الخارجية", "نظيره السوري", "الجانبان"]}
JOINT_COMMITTEE = {"en": ["Jordanian-Syrian joint security committee", "joint security committee", "Jordan",
                          "Syria"],
                   "ar": ["اللجنة الأمنية الأردنية السورية المشتركة", "اللجنة الأمنية"]}
SSC = {"en": ["State Security Court", "Jordanian State Security Court"],
       "ar": ["محكمة أمن الدولة", "المحكمة"]}
DEFENDANTS = {"en": ["defendants", "convicted smugglers", "drug traffickers"],
              "ar": ["ثلاثة متهمين", "متهم رابع", "المدانين"]}
JO_SECURITY = {"en": ["Jordanian security services", "security services"], "ar": ["الأجهزة الأمنية"]}
BADIA_SHEIKHS = {"en": ["Northern Badia tribal sheikhs", "tribal sheikhs", "tribal notables"],
                 "ar": ["شيوخ ووجهاء من عشائر البادية الشمالية", "عشائر البادية الشمالية", "شيوخ ووجهاء"]}
INTERIOR_MIN = {"en": ["Jordanian Interior Minister", "Interior Minister", "Jordanian government"],
                "ar": ["وزير الداخلية"]}
RUWAISHED_SHEIKHS = {"en": ["sheikhs and notables of ar-Ruwayshid", "local notables", "tribal sheikhs"],
                     "ar": ["عدداً من شيوخ المنطقة ووجهائها", "شيوخ المنطقة"]}
TURRA_CLASH = merge({"en": ["Jordanian Border Guards", "Jordanian Armed Forces", "Jordanian army"],
                     "ar": ["أحد أفراد حرس الحدود", "حرس الحدود", "القوة"]},
                    {"en": ["smugglers", "armed smugglers"], "ar": ["مجموعة من المهربين", "المهربين"]})

# ====================================================== places: 345
EASTERN_BORDER = {"accept": ["منطقة صحراوية على بعد نحو ثلاثين كيلومتراً شمال شرقي بلدة الرويشد",
                             "بلدة الرويشد", "الرويشد", "المنطقة العسكرية الشرقية", "الواجهة الشرقية",
                             "Ruwaished", "Al-Ruwayshid", "Ar Ruwayshid", "Ruwayshid",
                             "Eastern Military Region"]}
RUWAISHED = {"accept": ["لواء الرويشد", "متصرفية لواء الرويشد", "الرويشد", "Ruwaished", "Al-Ruwayshid",
                        "Ar Ruwayshid", "Ruwayshid"]}
EAST_SUWAYDA = {"accept": ["ريف السويداء الشرقي", "السويداء", "Suwayda", "As-Suwayda", "Sweida", "Suweida"]}
AMMAN = {"accept": ["عمّان", "عمان", "Amman"]}
AZRAQ = {"accept": ["منطقة الأزرق", "الأزرق", "Azraq", "al-Azraq"]}
TURRA = {"accept": ["بلدة الطرة في لواء الرمثا", "بلدة الطرة", "الطرة", "لواء الرمثا", "الرمثا", "al-Turra",
                    "Turra", "At Turrah", "Ramtha", "الواجهة الشمالية"]}
