#!/usr/bin/env python3
"""Write the tenth team-made article set (NNN_slug.txt, ids team10-046 ... team10-050) and its gold
(team10.gold.json).

The articles and annotations live here; ``benchmarks/data/goldkit.py`` writes the files and computes every
offset (nothing is typed by hand): para_spans are the [start, end) code-point offsets of each line (newline
excluded) in the file text, trigger spans are found inside the named paragraph. Run from anywhere:
    python3 benchmarks/data/articles10/build_gold.py && python3 benchmarks/data/articles10/check_gold.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from actors_places import (  # noqa: E402
    ADEN_CITY,
    ADEN_FAMILIES,
    ADEN_JEDDAH,
    ADEN_RESISTANCE,
    ADRE,
    AITAROUN,
    AITAROUN_VICTIMS,
    ALL_PARTIES,
    ALMA_SHAAB,
    BEIRUT_AITAROUN,
    BIREH,
    BORDER_MAYORS,
    BORDER_RESIDENTS,
    BORDER_VILLAGES,
    COALITION,
    COALITION_AIRCRAFT,
    DAMASCUS_TARGETS,
    DAMASCUS_TEHRAN,
    DARAA_GOVERNOR,
    DARAA_SOLDIERS,
    EL_FASHER,
    FASHER_VICTIMS,
    GCC_UN,
    GEDAREF,
    GEDAREF_AUTHORITIES,
    GEDAREF_DISPLACED,
    GENEINA,
    GENEINA_DISPLACED,
    GOLAN,
    HAJ_YOUSIF,
    HAJ_YOUSIF_VICTIMS,
    HEZBOLLAH,
    HISYAH,
    HISYAH_SOLDIERS,
    HOUTHI_SALEH,
    HOUTHIS,
    ICRC,
    IRAN,
    IRAN_FM,
    ISRAEL,
    JEDDAH,
    JEDDAH_TALKS,
    JENIN_CAMP,
    JENIN_CITY,
    JENIN_STRIKERS,
    JENIN_VICTIMS,
    KANAKER_SASA,
    KHIAM,
    KHOR_MAKSAR,
    LEB_EMERGENCY_COMMITTEE,
    LEB_MOFA,
    MARRAN,
    MASHARA,
    MEDIATORS,
    MUALLA,
    MUALLA_VICTIMS,
    MUGHAYYIR,
    MUGHAYYIR_RESIDENTS,
    NABLUS_FACTIONS,
    NABLUS_HUWARA,
    NAQOURA,
    NEW_YORK,
    NUR_SHAMS,
    NUR_SHAMS_YOUTHS,
    OCCUPATION,
    OCCUPATION_SETTLERS,
    OMDURMAN,
    PA_PRESIDENCY,
    PORT_SUDAN_AUTHORITIES,
    PRESIDENCY_PLACES,
    PRISONER_FAMILIES,
    QUNEITRA_VICTIMS,
    QUSRA,
    QUSRA_VICTIMS,
    RES_1701_SPONSORS,
    RESISTANCE_VS_HOUTHIS,
    RIYADH,
    RIYADH_PARTICIPANTS,
    RSF,
    SAADA_TARGETS,
    SAF,
    SAF_ALLIES,
    SAF_FASHER,
    SAF_VS_RSF,
    SANAA,
    SAUDI_BORDER_GUARD,
    SAUDI_RED_CRESCENT,
    SETTLERS,
    SHAMAA,
    SHAMAA_VICTIMS,
    SOUTH_DISPLACED,
    SOUTH_LEBANON,
    SYRIA_UN,
    SYRIAN_ARMY,
    SYRIAN_AUTHORITIES,
    SYRIAN_FM,
    TAFAS,
    TAFAS_MUZAYRIB,
    TAFAS_ROADS,
    TAIZ,
    TAIZ_MARCHERS,
    TEHRAN_KANAKER,
    TERRORISTS,
    THAWRA,
    THAWRA_VICTIMS,
    TULKARM_AREA,
    TULKARM_DETAINEES,
    TUWAL,
    TYRE_CITY,
    TYRE_DISASTER_UNIT,
    UNIFIL,
    UNSC,
    USA,
    WESTERN_NOTABLES,
    WFP,
    YADUDAH,
    YADUDAH_SUSPECTS,
    YEMEN_GOV,
    ZARIT,
    ZARIT_SOLDIERS,
)
from goldkit import D, E, build  # noqa: E402

FIRST_NUMBER = 46  # file and id numbering continues after the first nine sets (001-045)

SHELL = ["Explosions/Remote violence/Shelling/artillery/missile attack"]
AIR = ["Explosions/Remote violence/Air/drone strike"]
IED = ["Explosions/Remote violence/Remote explosive/landmine/IED"]
CLASH = ["Battles/Armed clash"]
TAKEOVER = ["Battles/Non-state actor overtakes territory"]
ATTACK = ["Violence against civilians/Attack"]
ARREST = ["Strategic developments/Arrests"]
PEACEFUL = ["Protests/Peaceful protest"]
INTERVENTION = ["Protests/Protest with intervention"]
RIOT = ["Riots/Violent demonstration"]
OTHER = ["Strategic developments/Other"]

ARTICLES = []

# ============================================================================ 046: southern Lebanon (Lebanese TV site)
ARTICLES.append(dict(
    id="team10-046", slug="south_lebanon_aitaroun_khiam_naqoura", published="2024-02-26",
    outlet="Al-Arz TV website (fictional)",
    paras=[
        # 0 (headline: a strike and UNIFIL's call)
        "شهيدان بغارة إسرائيلية على منزل في عيترون.. و«اليونيفيل» تدعو إلى وقف التصعيد على جانبي «الخط الأزرق»",
        # 1 (dateline; the strike, told by the correspondent)
        "بنت جبيل – «الأرز»: استشهد مواطنان وأُصيب ثلاثة آخرون بجروح، ظهر اليوم الإثنين، جراء غارة شنّها الطيران الحربي الإسرائيلي على منزل مأهول في الحي الشرقي لبلدة عيترون في قضاء بنت جبيل، بحسب ما أفاد به مراسل «الأرز» في الجنوب، الذي أشار إلى أن الغارة دمّرت المنزل بالكامل.",
        # 2 (the same strike: the civil defence, a second toll (3), Israel's claim (disputed target), the mayor's
        # denial (no event))
        "وأعلنت المديرية العامة للدفاع المدني أن عناصرها انتشلوا من تحت الأنقاض جثتي الشهيدين، وهما علي حسن فقيه ونجله محمد، ونقلوا الجرحى إلى مستشفى صلاح غندور، فيما تحدثت «الهيئة الصحية الإسلامية» عن ثلاثة شهداء. من جهته، زعم الجيش الإسرائيلي، في بيان، أن طائراته «أغارت على مبنى عسكري يستخدمه عناصر حزب الله» في عيترون، وهو ما نفاه رئيس بلدية عيترون، مؤكداً لـ«الأرز» أن العائلة «مدنية تعمل في زراعة التبغ».",
        # 3 (Hezbollah's claimed attack; «دعماً» and «ورداً على» are no events)
        "في المقابل، أعلنت «المقاومة الإسلامية» في بيان أن مجاهديها استهدفوا، عصر اليوم، ثكنة «زرعيت» التابعة لجيش العدو الإسرائيلي بصاروخين من نوع «بركان»، «وأصابوها إصابة مباشرة»، وذلك «دعماً لشعبنا الفلسطيني الصامد في قطاع غزة، ورداً على الاعتداءات الصهيونية على القرى الجنوبية، وآخرها الاعتداء على بلدة عيترون».",
        # 4 (the same attack in Israeli media; an interception; the sirens are no event)
        "من جهتها، أفادت وسائل إعلام إسرائيلية بسقوط صاروخ داخل الثكنة، ما أدى إلى إصابة جنديين بجروح طفيفة وإلحاق أضرار بأحد المباني، في حين اعترضت منظومة «القبة الحديدية» الصاروخ الثاني، ودوّت صافرات الإنذار في مستوطنة شتولا.",
        # 5 (artillery shelling of Khiam, told by «مراسلنا»)
        "وفي قضاء مرجعيون، تعرضت أطراف بلدة الخيام وسهلها، منذ ساعات الصباح، لقصف مدفعي إسرائيلي متقطع استُخدمت فيه قذائف فوسفورية، ما أدى إلى اندلاع حرائق في البساتين المحيطة بالبلدة، عملت فرق الدفاع المدني على إخمادها، وفق ما أفاد به مراسلنا.",
        # 6 (UNIFIL: a shell with no named source on its position; a call to all parties; «مؤكدةً» is no event)
        "وأعلنت قوات الأمم المتحدة المؤقتة في لبنان «اليونيفيل»، في بيان صدر عن مقرها العام في الناقورة، أن قذيفة سقطت، قبيل ظهر اليوم، داخل أحد مواقعها قرب بلدة علما الشعب في قضاء صور من دون أن تسفر عن إصابات، مشيرةً إلى أنها فتحت تحقيقاً لتحديد مصدرها. ودعت «اليونيفيل» «جميع الأطراف إلى وقف التصعيد على جانبي الخط الأزرق والالتزام بالقرار 1701».",
        # 7 (displacement «خلال اليومين الماضيين» (optional) and an aid distribution)
        "وعلى صعيد النزوح، أفادت «وحدة إدارة الكوارث» في اتحاد بلديات قضاء صور بأن نحو 120 عائلة نزحت، خلال اليومين الماضيين، من بلدات عيترون وعيتا الشعب ورامية إلى مدينة صور وجوارها، وبأن الوحدة وزّعت، اليوم، حصصاً غذائية وفرشاً وأغطية على 450 عائلة نازحة في خمسة مراكز إيواء داخل المدينة.",
        # 8 (the Foreign Ministry: condemnation, a complaint (optional), a demand; «غارة عيترون» refers to G1)
        "وأدانت وزارة الخارجية والمغتربين اللبنانية، في بيان، «الاعتداءات الإسرائيلية المتواصلة على المدنيين في الجنوب»، معلنةً أنها تقدّمت بشكوى جديدة إلى مجلس الأمن الدولي بشأن غارة عيترون، وطالبت الدول الراعية للقرار 1701 بـ«الضغط على إسرائيل لوقف عدوانها المتمادي على السيادة اللبنانية».",
        # 9 (an Israeli threat; a participle demand)
        "بدوره، هدّد المتحدث باسم الجيش الإسرائيلي بـ«توسيع دائرة الاستهداف لتطال أي مبنى يستخدمه حزب الله في جنوب لبنان»، مطالباً سكان القرى الحدودية بـ«عدم العودة إلى منازلهم حتى إشعار آخر».",
        # 10 (a planned meeting «يوم الأربعاء المقبل»)
        "ومن المقرر أن تعقد «لجنة الطوارئ الحكومية» اجتماعاً مع رؤساء بلديات القرى الحدودية في سراي صور، يوم الأربعاء المقبل، لبحث أوضاع النازحين وآلية مسح الأضرار التي لحقت بالمنازل والأراضي الزراعية، بحسب ما أعلنه محافظ الجنوب في تصريح لـ«الأرز».",
        # 11 (generic)
        "ومنذ الثامن من تشرين الأول الماضي، تشهد المناطق الحدودية في جنوب لبنان تبادلاً شبه يومي للقصف بين «حزب الله» والجيش الإسرائيلي، تتخلله غارات جوية على البلدات وعمليات تستهدف المواقع العسكرية، ما دفع عشرات الآلاف من سكان القرى الأمامية إلى النزوح وألحق دماراً واسعاً بالمنازل والأراضي الزراعية.",
        # 12 (background with a dated toll)
        "وكانت طائرة مسيّرة إسرائيلية قد استهدفت، مساء السبت الماضي، سيارة على الطريق الساحلي بين الناقورة وصور قرب بلدة شمع، ما أدى إلى استشهاد شخصين، وفق ما أعلنته «الهيئة الصحية الإسلامية» حينها.",
    ],
    events=[
        # the strike: headline 0, correspondent 1, civil defence, health committee (3) and Israel's claim 2 (2 vs 3
        # → 2), «غارة عيترون» 8; disputed target
        E(True, ["ASSAULT"], [0, 1, 2, 8], "غارة شنّها", ["asserted", "reported"], mode="aerial",
          source=ISRAEL, recipient=AITAROUN_VICTIMS, location=AITAROUN, date=D("2024-02-26"), fatalities=2,
          attribution=["مراسل الأرز", "المديرية العامة للدفاع المدني", "الهيئة الصحية الإسلامية",
                       "الجيش الإسرائيلي"], acled=AIR, tpara=1),
        # Hezbollah's attack: its statement 3, Israeli media 4; placed where the rockets land
        E(True, ["ASSAULT"], [3, 4], "استهدفوا", ["asserted", "reported"], mode="heavy-weapons",
          source=HEZBOLLAH, recipient=ZARIT_SOLDIERS, location=ZARIT, date=D("2024-02-26"),
          attribution=["بيان المقاومة الإسلامية", "وسائل إعلام إسرائيلية"], acled=SHELL),
        E(False, ["ASSAULT"], [4], "اعترضت", ["asserted", "reported"], mode="aerial", source=ISRAEL,
          recipient=HEZBOLLAH, location=ZARIT, date=D("2024-02-26")),
        # the shelling of Khiam (the outlet's own correspondent: asserted only)
        E(True, ["ASSAULT"], [5], "لقصف مدفعي", ["asserted"], mode="heavy-weapons",
          source=ISRAEL, location=KHIAM, date=D("2024-02-26"), attribution=["مراسلنا"], acled=SHELL),
        # the shell on the UNIFIL position: no source named («لتحديد مصدرها»)
        E(True, ["ASSAULT"], [6], "قذيفة سقطت", ["asserted", "reported"], mode="heavy-weapons",
          recipient=UNIFIL, location=ALMA_SHAAB, date=D("2024-02-26"), attribution=["بيان اليونيفيل"],
          acled=SHELL),
        # UNIFIL's call: headline 0, statement 6
        E(True, ["REQUEST"], [0, 6], "ودعت", ["asserted", "reported"],
          source=UNIFIL, recipient=ALL_PARTIES, location=NAQOURA, date=D("2024-02-26"),
          attribution=["بيان اليونيفيل"], tpara=6),
        # displacement (optional) and the aid distribution
        E(False, ["RETREAT"], [7], "نزحت", ["asserted", "reported"], mode="withdraw", source=SOUTH_DISPLACED,
          location=BORDER_VILLAGES, date=D("2024-02-25", "day", ("2024-02-24", "2024-02-26"))),
        E(True, ["AID"], [7], "وزّعت", ["asserted", "reported"], mode="humanitarian",
          source=TYRE_DISASTER_UNIT, recipient=SOUTH_DISPLACED, location=TYRE_CITY, date=D("2024-02-26"),
          attribution=["وحدة إدارة الكوارث في اتحاد بلديات قضاء صور"]),
        # the Foreign Ministry: condemnation and demand core, the complaint optional
        E(True, ["ACCUSE"], [8], "وأدانت", ["asserted", "reported"],
          source=LEB_MOFA, recipient=ISRAEL, location=BEIRUT_AITAROUN,
          date=D("2024-02-26", "day", ("2024-02-25", "2024-02-26")), attribution=["بيان وزارة الخارجية والمغتربين"]),
        E(False, ["ACCUSE"], [8], "بشكوى", ["asserted", "reported"], source=LEB_MOFA, recipient=ISRAEL,
          location=BEIRUT_AITAROUN, date=D("2024-02-26", "day", ("2024-02-25", "2024-02-26"))),
        E(True, ["REQUEST"], [8], "وطالبت", ["asserted", "reported"],
          source=LEB_MOFA, recipient=RES_1701_SPONSORS, location=BEIRUT_AITAROUN,
          date=D("2024-02-26", "day", ("2024-02-25", "2024-02-26")), attribution=["بيان وزارة الخارجية والمغتربين"]),
        # the threat; the participle demand is optional
        E(True, ["THREATEN"], [9], "هدّد", ["asserted", "reported"], mode="violence",
          source=ISRAEL, recipient=HEZBOLLAH, location=SOUTH_LEBANON,
          date=D("2024-02-26", "day", ("2024-02-25", "2024-02-26")),
          attribution=["المتحدث باسم الجيش الإسرائيلي على منصة إكس"]),
        E(False, ["REQUEST"], [9], "مطالباً", ["asserted", "reported"], source=ISRAEL, recipient=BORDER_RESIDENTS,
          location=SOUTH_LEBANON, date=D("2024-02-26", "day", ("2024-02-25", "2024-02-26"))),
        # the planned meeting, Wednesday after a Monday
        E(True, ["CONSULT"], [10], "اجتماعاً", ["planned"],
          source=LEB_EMERGENCY_COMMITTEE, recipient=BORDER_MAYORS, location=TYRE_CITY, date=D("2024-02-28"),
          attribution=["محافظ الجنوب"]),
        # paragraph 11 is a generic statement: deliberately NO gold event
        E(True, ["ASSAULT"], [12], "استهدفت", ["historical", "asserted", "reported"], mode="aerial",
          source=ISRAEL, recipient=SHAMAA_VICTIMS, location=SHAMAA, date=D("2024-02-24"), fatalities=2,
          attribution=["الهيئة الصحية الإسلامية"], acled=AIR),
    ],
))

# ============================================================================ 047: Israeli strikes, Quneitra and Daraa (state agency)
ARTICLES.append(dict(
    id="team10-047", slug="syria_kanaker_quneitra_daraa_ied", published="2023-12-07",
    outlet="Al-Fayhaa News Agency (fictional)",
    paras=[
        # 0 (headline: the strike and the interception)
        "وسائط دفاعنا الجوي تتصدى لعدوان إسرائيلي على محيط دمشق وتسقط معظم صواريخه",
        # 1 (dateline; the interception and the strike; «لن يثني» is no event)
        "دمشق-الفيحاء: تصدّت وسائط دفاعنا الجوي، فجر اليوم الخميس، لعدوان جوي إسرائيلي استهدف بعض النقاط في ريف دمشق الجنوبي الغربي، وأسقطت معظم صواريخه، حسب ما أعلنته وزارة الدفاع في بيان.",
        # 2 (the ministry's statement; the launch direction (the Golan) is not the place)
        "وجاء في بيان الوزارة: «عند الساعة الثانية عشرة وخمس وأربعين دقيقة من فجر اليوم، شنّ العدو الإسرائيلي عدواناً جوياً بعدد من الصواريخ أُطلقت من فوق الجولان السوري المحتل، واستهدف بعض النقاط العسكرية حول دمشق، فتصدّت لها وسائط دفاعنا الجوي وأسقطت معظم الصواريخ، واقتصرت الخسائر على إصابة عسكريين اثنين بجروح ووقوع بعض الخسائر المادية».",
        # 3 (the correspondent's details; the enemy media's claim of rockets from Syria (optional))
        "وأفاد مراسل «الفيحاء» في ريف دمشق بأن الصواريخ استهدفت محيط بلدتي كناكر وسعسع في منطقة قطنا. في المقابل، زعمت وسائل إعلام العدو أن الغارات جاءت «رداً على إطلاق قذيفتين صاروخيتين من الأراضي السورية باتجاه الجولان المحتل» مساء أمس، وأنها استهدفت «بنى تحتية عسكرية تابعة للجيش السوري».",
        # 4 (an Israeli drone strike in Quneitra)
        "وفي ريف القنيطرة، استشهد مواطن وأُصيب آخر بجروح، ظهر اليوم، جراء استهداف طائرة مسيّرة للعدو الإسرائيلي سيارة كانا يستقلانها على الطريق الواصل بين بلدتي مسحرة ونبع الصخر في الريف الأوسط، وفق ما أفاد به مصدر في محافظة القنيطرة لمراسل «الفيحاء».",
        # 5 (an IED in the western Daraa countryside)
        "وفي ريف درعا الغربي، استشهد ثلاثة عسكريين وأُصيب اثنان آخران بجروح، صباح اليوم، جراء انفجار عبوة ناسفة زرعها إرهابيون على الطريق الواصل بين مدينة طفس وبلدة المزيريب لدى مرور سيارة عسكرية، وفق ما أفاد به مصدر في قيادة شرطة محافظة درعا لمراسل «الفيحاء».",
        # 6 (the same IED; a cordon (optional))
        "وأوضح المصدر أن «التفجير الإرهابي» وقع قرب مفرق قرية العجمي، وأن الجهات المختصة طوّقت المكان وباشرت عمليات البحث والتحري عن المتورطين، فيما نُقل الجريحان إلى مشفى درعا الوطني لتلقي العلاج اللازم.",
        # 7 (arrests «مساء أمس»; the charge and the referral are no events; a confiscation (optional))
        "وفي سياق متصل، ألقت الجهات المختصة في محافظة درعا، مساء أمس، القبض على أربعة أشخاص في بلدة اليادودة بريف درعا الغربي «متورطين في زرع عبوات ناسفة واستهداف نقاط للجيش العربي السوري»، وضبطت بحوزتهم أسلحة فردية وكمية من المواد المتفجرة، وفق ما أفاد به المصدر ذاته، مبيناً أنهم سيُحالون إلى القضاء المختص بعد استكمال التحقيقات.",
        # 8 (Iran's condemnation and a phone call; «العدوان الصهيوني» refers to G1)
        "وأدان المتحدث باسم وزارة الخارجية الإيرانية، في تصريح صحفي، «العدوان الصهيوني» على ريف دمشق، واصفاً إياه بـ«الانتهاك الصارخ لسيادة سوريا ووحدة أراضيها». وتلقى وزير الخارجية والمغتربين، اليوم، اتصالاً هاتفياً من نظيره الإيراني، جرى خلاله بحث «التصعيد الإسرائيلي الخطير في المنطقة».",
        # 9 (a demand at the Security Council; a participle accusation; «الاعتداءات المتكررة» is no event)
        "وفي نيويورك، طالب مندوب سوريا الدائم لدى الأمم المتحدة، خلال جلسة لمجلس الأمن حول الوضع في الشرق الأوسط، المجلس بـ«تحمّل مسؤولياته في وضع حد للاعتداءات الإسرائيلية المتكررة على الأراضي السورية»، محمّلاً الولايات المتحدة «مسؤولية توفير الغطاء السياسي لهذه الاعتداءات وإفلات مرتكبيها من العقاب».",
        # 10 (a deployment after the IED («عقب التفجير» refers to G5) and a planned meeting «يوم السبت المقبل»)
        "وعززت وحدات من الجيش العربي السوري، عقب التفجير، انتشارها على الطرق الواصلة بين طفس والمزيريب واليادودة، وأقامت حواجز مؤقتة لتأمين حركة المواطنين والمزارعين، فيما من المقرر أن يعقد محافظ درعا، يوم السبت المقبل، اجتماعاً مع وجهاء المنطقة الغربية في مدينة طفس لبحث «سبل تعزيز الأمن والاستقرار وقطع الطريق على محاولات العابثين».",
        # 11 (generic)
        "ويواصل كيان الاحتلال الإسرائيلي منذ سنوات اعتداءاته على الأراضي السورية، مستهدفاً مواقع عسكرية ومنشآت مدنية في محيط دمشق وحمص والقنيطرة، في انتهاك لاتفاقية فصل القوات لعام 1974، في حين تسعى فلول المجموعات الإرهابية في ريف درعا إلى زعزعة الاستقرار عبر التفجيرات وعمليات الاغتيال.",
        # 12 (background with a dated toll)
        "وكان العدو الإسرائيلي قد نفّذ، فجر الأحد الماضي، عدواناً جوياً من اتجاه الأراضي اللبنانية، مستهدفاً بعض النقاط في محيط بلدة حسياء بريف حمص الجنوبي، ما أدى إلى ارتقاء شهيدين من العسكريين ووقوع بعض الخسائر المادية.",
    ],
    events=[
        # the strike: headline 0, lead 1, statement 2, correspondent and enemy media 3, «العدوان الصهيوني» 8;
        # wounded only (no fatalities); the Golan is the launch direction
        E(True, ["ASSAULT"], [0, 1, 2, 3, 8], "عدوان جوي", ["asserted", "reported"], mode="aerial",
          source=ISRAEL, recipient=DAMASCUS_TARGETS, location=KANAKER_SASA, date=D("2023-12-07"),
          attribution=["بيان وزارة الدفاع", "مراسل الفيحاء", "وسائل إعلام العدو"], acled=AIR, tpara=1),
        E(False, ["ASSAULT"], [0, 1, 2], "تصدّت", ["asserted", "reported"], mode="aerial", source=SYRIAN_ARMY,
          recipient=ISRAEL, location=KANAKER_SASA, date=D("2023-12-07"), tpara=1),
        E(False, ["ASSAULT"], [3], "إطلاق قذيفتين", ["reported", "rumored"], mode="heavy-weapons",
          recipient=ISRAEL, location=GOLAN, date=D("2023-12-06")),
        # the drone strike in Quneitra
        E(True, ["ASSAULT"], [4], "استهداف طائرة مسيّرة", ["asserted", "reported"], mode="aerial",
          source=ISRAEL, recipient=QUNEITRA_VICTIMS, location=MASHARA, date=D("2023-12-07"), fatalities=1,
          attribution=["مصدر في محافظة القنيطرة"], acled=AIR),
        # the IED: 5, the source's details 6, «عقب التفجير» 10
        E(True, ["ASSAULT"], [5, 6, 10], "انفجار عبوة ناسفة", ["asserted", "reported"], mode="explosives",
          source=TERRORISTS, recipient=DARAA_SOLDIERS, location=TAFAS_MUZAYRIB, date=D("2023-12-07"), fatalities=3,
          attribution=["مصدر في قيادة شرطة محافظة درعا"], acled=IED),
        E(False, ["COERCE"], [6], "طوّقت", ["asserted", "reported"], mode="restrict", source=SYRIAN_AUTHORITIES,
          location=TAFAS_MUZAYRIB, date=D("2023-12-07")),
        # the arrests «مساء أمس»; the confiscation is optional
        E(True, ["COERCE"], [7], "القبض", ["asserted", "reported"], mode="arrest",
          source=SYRIAN_AUTHORITIES, recipient=YADUDAH_SUSPECTS, location=YADUDAH, date=D("2023-12-06"),
          attribution=["مصدر في قيادة شرطة محافظة درعا"], acled=ARREST),
        E(False, ["COERCE"], [7], "وضبطت", ["asserted", "reported"], mode="confiscate", source=SYRIAN_AUTHORITIES,
          recipient=YADUDAH_SUSPECTS, location=YADUDAH, date=D("2023-12-06")),
        # Iran's condemnation (undated, after this morning's strike) and the phone call «اليوم»
        E(True, ["ACCUSE"], [8], "وأدان", ["asserted", "reported"],
          source=IRAN, recipient=ISRAEL, location=TEHRAN_KANAKER,
          date=D("2023-12-07", "day", ("2023-12-06", "2023-12-07")),
          attribution=["المتحدث باسم وزارة الخارجية الإيرانية"]),
        E(True, ["CONSULT"], [8], "اتصالاً هاتفياً", ["asserted"], mode="phone",
          source=SYRIAN_FM, recipient=IRAN_FM, location=DAMASCUS_TEHRAN, date=D("2023-12-07")),
        # the demand at the Security Council (undated session); the participle accusation is optional
        E(True, ["REQUEST"], [9], "طالب", ["asserted", "reported"],
          source=SYRIA_UN, recipient=UNSC, location=NEW_YORK,
          date=D("2023-12-06", "day", ("2023-12-06", "2023-12-07")), attribution=["مندوب سوريا الدائم"]),
        E(False, ["ACCUSE"], [9], "محمّلاً", ["asserted", "reported"], source=SYRIA_UN, recipient=USA,
          location=NEW_YORK, date=D("2023-12-06", "day", ("2023-12-06", "2023-12-07"))),
        # the deployment and the planned meeting, Saturday after a Thursday
        E(True, ["MOBILIZE"], [10], "وعززت", ["asserted"], mode="troops",
          source=SYRIAN_ARMY, location=TAFAS_ROADS, date=D("2023-12-07"), acled=OTHER),
        E(True, ["CONSULT"], [10], "اجتماعاً", ["planned"],
          source=DARAA_GOVERNOR, recipient=WESTERN_NOTABLES, location=TAFAS, date=D("2023-12-09")),
        # paragraph 11 is a generic statement: deliberately NO gold event
        E(True, ["ASSAULT"], [12], "عدواناً جوياً", ["historical", "asserted"], mode="aerial",
          source=ISRAEL, recipient=HISYAH_SOLDIERS, location=HISYAH, date=D("2023-12-03"), fatalities=2, acled=AIR),
    ],
))

# ============================================================================ 048: West Bank (Palestinian news agency)
ARTICLES.append(dict(
    id="team10-048", slug="west_bank_jenin_nur_shams_mughayyir", published="2024-03-05",
    outlet="Al-Karmel News Agency (fictional)",
    paras=[
        # 0 (headline: a killing and arrests)
        "شهيدان برصاص الاحتلال خلال عدوانه على مخيم جنين.. واعتقال 15 مواطناً من محافظة طولكرم",
        # 1 (dateline with a numeric date; the killing during a raid (the raid is optional))
        "جنين 5-3-2024 الكرمل- استشهد شابان وأصيب خمسة آخرون بجروح، فجر اليوم الثلاثاء، برصاص قوات الاحتلال الإسرائيلي، خلال اقتحامها مخيم جنين ومحيطه بعشرات الآليات العسكرية والجرافات، وفق ما أفاد به مراسلنا.",
        # 2 (the same killing: the ministry, the bulldozing and the withdrawal (optional), the army's claim (3))
        "وأعلنت وزارة الصحة استشهاد الشابين أحمد خالد عطاطرة (19 عاماً) ويوسف محمود الغول (22 عاماً) متأثرين بإصابتهما بالرصاص الحي في الصدر والرأس، فيما أفاد مراسلنا بأن جرافات الاحتلال جرّفت البنية التحتية في حارتي الدمج والحواشين وشارع مهيوب، قبل أن تنسحب القوات من المخيم قرابة العاشرة صباحاً بعد عدوان استمر ست ساعات. وزعم جيش الاحتلال، في بيان، أن قواته «قضت على ثلاثة مسلحين» خلال العملية.",
        # 3 (arrests in Tulkarm; the search campaign is optional)
        "وفي محافظة طولكرم، اعتقلت قوات الاحتلال، فجر اليوم، 15 مواطناً، بينهم أسيران محرران وطالب جامعي، خلال حملة دهم وتفتيش واسعة طالت مخيم نور شمس وبلدتي عنبتا وبلعا، وعاثت خلالها خراباً في عدد من المنازل، وفق ما أفاد به «نادي الأسير الفلسطيني» في بيان.",
        # 4 (confrontations: live fire on youths (core), stones thrown (optional riot))
        "واندلعت مواجهات، صباح اليوم، بين عشرات الشبان وقوات الاحتلال عند المدخل الشمالي لمخيم نور شمس، رشق خلالها الشبان الآليات العسكرية بالحجارة والزجاجات الفارغة، فيما أطلق الجنود الرصاص الحي وقنابل الغاز المسيل للدموع باتجاههم، ما أدى إلى إصابة ثلاثة شبان بالرصاص الحي في الأطراف السفلية والعشرات بحالات اختناق، بحسب ما أفادت به جمعية الهلال الأحمر الفلسطيني.",
        # 5 (a settlers' attack «مساء أمس»; arson (optional))
        "وفي محافظة رام الله والبيرة، هاجم مستعمرون، مساء أمس، قرية المغيّر شمال شرق رام الله، وأضرموا النار في منزلين وثلاث مركبات، ورشقوا منازل المواطنين بالحجارة، ما أدى إلى إصابة مواطن بجروح في رأسه، وذلك تحت حماية جنود الاحتلال، وفق ما أفاد به رئيس مجلس قروي المغيّر لـ«الكرمل».",
        # 6 (the same attack; tear gas at residents (optional); «الرابع … منذ مطلع الشهر» is no event)
        "وأوضح رئيس المجلس أن نحو 40 مستعمراً تسللوا إلى أطراف القرية من جهة البؤرة الاستعمارية المقامة على أراضيها، وأن جنود الاحتلال أطلقوا قنابل الغاز والرصاص المعدني باتجاه الأهالي الذين هبّوا للتصدي للهجوم، ما أدى إلى إصابة عدد منهم بحالات اختناق، مشيراً إلى أن الهجوم «هو الرابع على القرية منذ مطلع الشهر الماضي».",
        # 7 (a general strike in Jenin; the factions' call (optional); the funeral is no PROTEST)
        "وعمّ الإضراب الشامل، اليوم، مدينة جنين ومخيمها وبلداتها حداداً على روحي الشهيدين، استجابة لدعوة فصائل العمل الوطني والإسلامي في المحافظة، فيما شيّع آلاف المواطنين جثمانيهما في موكب مهيب انطلق من أمام مستشفى جنين الحكومي وجاب شوارع المخيم.",
        # 8 (a vigil of prisoners' families and their demand to the ICRC)
        "وفي مدينة البيرة، نظّم العشرات من ذوي الأسرى، ظهر اليوم، وقفة احتجاجية أمام مقر اللجنة الدولية للصليب الأحمر، رفعوا خلالها صور أبنائهم المعتقلين في سجون الاحتلال، وطالب المشاركون فيها اللجنة الدولية بـ«التدخل العاجل للكشف عن مصير المعتقلين وتمكين المحامين من زيارتهم».",
        # 9 (the Presidency: condemnation and demand; «مؤكدةً» is no event)
        "وأدانت الرئاسة الفلسطينية، في بيان، «جرائم الاحتلال المتواصلة» في جنين وطولكرم و«إرهاب المستعمرين» في المغيّر، وطالبت الإدارة الأمريكية بـ«إلزام حكومة الاحتلال بوقف عدوانها على أبناء شعبنا ولجم المستعمرين»، مؤكدةً أن «هذه الجرائم لن تكسر إرادة شعبنا وتمسكه بأرضه».",
        # 10 (a planned march «يوم الجمعة المقبل», called by the factions)
        "ومن المقرر أن تنطلق، يوم الجمعة المقبل، مسيرة جماهيرية من ميدان الشهداء وسط مدينة نابلس باتجاه حاجز حوارة العسكري، تنديداً بتصاعد اعتداءات المستعمرين وقوات الاحتلال، بدعوة من القوى الوطنية والإسلامية في المحافظة، وفق ما أعلنه منسق القوى في نابلس لـ«الكرمل».",
        # 11 (generic)
        "وتشهد مدن الضفة الغربية ومخيماتها منذ السابع من تشرين الأول الماضي تصعيداً غير مسبوق، إذ تتكرر اقتحامات قوات الاحتلال لمخيمات الشمال، ولا سيما جنين وطولكرم ونور شمس، فيما تتصاعد اعتداءات المستعمرين على القرى، ويتجاوز عدد المعتقلين منذ ذلك التاريخ آلاف المواطنين، بحسب مؤسسات الأسرى.",
        # 12 (background with a dated toll)
        "وكان مستعمرون قد أطلقوا النار، مساء الجمعة الماضي، باتجاه مواطنين كانوا يعملون في أرضهم على أطراف بلدة قصرة جنوب نابلس، ما أدى إلى استشهاد شاب وإصابة آخر بجروح.",
    ],
    events=[
        # the killing: headline 0, lead 1, the ministry and the army's claim 2 (2 vs 3 → 2), «روحي الشهيدين» 7
        E(True, ["ASSAULT"], [0, 1, 2, 7], "برصاص", ["asserted", "reported"], mode="firearms",
          source=OCCUPATION, recipient=JENIN_VICTIMS, location=JENIN_CAMP, date=D("2024-03-05"), fatalities=2,
          attribution=["مراسلنا", "وزارة الصحة", "جيش الاحتلال"], acled=ATTACK, tpara=1),
        E(False, ["COERCE", "MOBILIZE"], [1], "اقتحامها", ["asserted"], mode="troops", source=OCCUPATION,
          location=JENIN_CAMP, date=D("2024-03-05")),
        E(False, ["ASSAULT", "COERCE"], [2], "جرّفت", ["asserted"], mode="destroy", source=OCCUPATION,
          location=JENIN_CAMP, date=D("2024-03-05")),
        E(False, ["RETREAT"], [2], "تنسحب", ["asserted"], mode="withdraw", source=OCCUPATION, location=JENIN_CAMP,
          date=D("2024-03-05")),
        # the arrests: headline 0, Tulkarm 3
        E(True, ["COERCE"], [0, 3], "اعتقلت", ["asserted", "reported"], mode="arrest",
          source=OCCUPATION, recipient=TULKARM_DETAINEES, location=TULKARM_AREA, date=D("2024-03-05"),
          attribution=["نادي الأسير الفلسطيني"], acled=ARREST, tpara=3),
        E(False, ["COERCE"], [3], "حملة دهم وتفتيش", ["asserted", "reported"], mode="seize", source=OCCUPATION,
          location=TULKARM_AREA, date=D("2024-03-05")),
        # the confrontations: live fire (core, wounded only) and stone-throwing (optional riot)
        E(True, ["ASSAULT"], [4], "أطلق الجنود", ["asserted", "reported"], mode="firearms",
          source=OCCUPATION, recipient=NUR_SHAMS_YOUTHS, location=NUR_SHAMS, date=D("2024-03-05"),
          attribution=["جمعية الهلال الأحمر الفلسطيني"], acled=RIOT),
        E(False, ["PROTEST", "ASSAULT"], [4], "رشق", ["asserted", "reported"], mode="riot",
          source=NUR_SHAMS_YOUTHS, recipient=OCCUPATION, location=NUR_SHAMS, date=D("2024-03-05")),
        # the settlers' attack: 5, the council head's details 6; arson and tear gas optional
        E(True, ["ASSAULT"], [5, 6], "هاجم", ["asserted", "reported"], mode="beat",
          source=SETTLERS, recipient=MUGHAYYIR_RESIDENTS, location=MUGHAYYIR, date=D("2024-03-04"),
          attribution=["رئيس مجلس قروي المغيّر"], acled=ATTACK),
        E(False, ["ASSAULT", "COERCE"], [5], "وأضرموا النار", ["asserted", "reported"], mode="destroy",
          source=SETTLERS, recipient=MUGHAYYIR_RESIDENTS, location=MUGHAYYIR, date=D("2024-03-04")),
        E(False, ["ASSAULT", "COERCE"], [6], "أطلقوا قنابل الغاز", ["asserted", "reported"], mode="firearms",
          source=OCCUPATION, recipient=MUGHAYYIR_RESIDENTS, location=MUGHAYYIR, date=D("2024-03-04")),
        # the general strike (no agent named: no source checked); the factions' (undated) call is optional
        E(True, ["PROTEST"], [7], "الإضراب الشامل", ["asserted"], mode="strike",
          location=JENIN_CITY, date=D("2024-03-05"), acled=PEACEFUL),
        E(False, ["REQUEST"], [7], "لدعوة", ["asserted", "historical"], source=JENIN_STRIKERS, location=JENIN_CITY),
        # the vigil (no addressee of the protest itself) and the finite demand to the ICRC
        E(True, ["PROTEST"], [8], "وقفة احتجاجية", ["asserted"], mode="demo",
          source=PRISONER_FAMILIES, location=BIREH, date=D("2024-03-05"), acled=PEACEFUL),
        E(True, ["REQUEST"], [8], "وطالب", ["asserted"],
          source=PRISONER_FAMILIES, recipient=ICRC, location=BIREH, date=D("2024-03-05")),
        # the Presidency (an undated statement after today's raid)
        E(True, ["ACCUSE"], [9], "وأدانت", ["asserted", "reported"],
          source=PA_PRESIDENCY, recipient=OCCUPATION_SETTLERS, location=PRESIDENCY_PLACES,
          date=D("2024-03-05", "day", ("2024-03-04", "2024-03-05")), attribution=["بيان الرئاسة الفلسطينية"]),
        E(True, ["REQUEST"], [9], "وطالبت", ["asserted", "reported"],
          source=PA_PRESIDENCY, recipient=USA, location=PRESIDENCY_PLACES,
          date=D("2024-03-05", "day", ("2024-03-04", "2024-03-05")), attribution=["بيان الرئاسة الفلسطينية"]),
        # the planned march, Friday after a Tuesday (a called protest: PROTEST/REQUEST)
        E(True, ["PROTEST", "REQUEST"], [10], "مسيرة جماهيرية", ["planned"], mode="demo",
          source=NABLUS_FACTIONS, location=NABLUS_HUWARA, date=D("2024-03-08"),
          attribution=["منسق القوى في نابلس"]),
        # paragraph 11 is a generic statement: deliberately NO gold event
        E(True, ["ASSAULT"], [12], "أطلقوا النار", ["historical", "asserted"], mode="firearms",
          source=SETTLERS, recipient=QUSRA_VICTIMS, location=QUSRA, date=D("2024-03-01"), fatalities=1,
          acled=ATTACK),
    ],
))

# ============================================================================ 049: Yemen 2015 (Saudi newspaper)
ARTICLES.append(dict(
    id="team10-049", slug="yemen_2015_aden_saada_jazan_riyadh", published="2015-04-09",
    outlet="Al-Deera daily (fictional)",
    paras=[
        # 0 (headline: the Aden fighting and the Riyadh meeting)
        "«المقاومة الشعبية» تطرد الميليشيات الحوثية من أحياء في خور مكسر.. واجتماع في الرياض لتنسيق إغاثة الشعب اليمني",
        # 1 (dateline; a two-sided clash with a takeover, 11 + 4 per the resistance)
        "عدن – «الديرة»: تمكنت «المقاومة الشعبية» الموالية للشرعية في عدن، أمس، من استعادة السيطرة على حيي العريش والسعادة في مديرية خور مكسر، بعد مواجهات عنيفة مع الميليشيات الحوثية وقوات المخلوع صالح، أسفرت عن مقتل 11 من عناصر الميليشيات وأربعة من أفراد المقاومة، بحسب ما أفاد به مصدر في المقاومة لـ«الديرة».",
        # 2 (the same clash: the withdrawal (optional); medical sources' total (13) → 13)
        "وأضاف المصدر أن عناصر الميليشيات انسحبوا باتجاه محيط مطار عدن الدولي تحت غطاء من القصف المدفعي، فيما أكدت مصادر طبية في مستشفى الجمهورية التعليمي مقتل 13 شخصاً من الطرفين وإصابة أكثر من 30 آخرين في المواجهات.",
        # 3 (coalition air strikes in Saada; a disputed target; «قتلى وجرحى» has no number)
        "وفي صعدة، معقل الميليشيات الحوثية، شنّت مقاتلات التحالف، فجر أمس، سلسلة غارات على مخازن أسلحة وذخيرة ومعسكرات تدريب في منطقة مرّان بمديرية حيدان، ما أدى إلى تدمير عدد منها، بحسب مصادر محلية، في حين زعمت قناة «المسيرة» التابعة للحوثيين أن الغارات استهدفت منازل مدنيين وأوقعت قتلى وجرحى.",
        # 4 (the coalition briefing: the same strikes (the denial is no event), and an airdrop «ليل أمس الأول»)
        "وأكد المتحدث الرسمي باسم قوات التحالف، في الإيجاز الصحفي اليومي لعملية «عاصفة الحزم» مساء أمس، أن غارات صعدة استهدفت «مواقع عسكرية بحتة تستخدمها الميليشيات لتخزين الصواريخ الباليستية»، نافياً سقوط ضحايا مدنيين، وكشف أن طائرات التحالف أسقطت، ليل أمس الأول، شحنة من الأسلحة والذخائر والأجهزة الطبية بالمظلات لـ«المقاومة الشعبية» في عدن.",
        # 5 (a Saudi border post shelled; the reply (optional))
        "وعلى الحدود الجنوبية للمملكة، استُشهد جندي من حرس الحدود وأُصيب اثنان آخران، مساء أمس، إثر تعرّض مركز حدودي في قطاع الطوال بمنطقة جازان لقذائف هاون أطلقتها الميليشيات الحوثية من داخل الأراضي اليمنية، وفق ما أعلنه المتحدث الأمني لوزارة الداخلية، الذي أوضح أن القوات المرابطة «تعاملت مع مصادر النيران بما يلزم».",
        # 6 (a march in Taiz; banners (optional SUPPORT); the dispersal (optional))
        "وفي تعز، خرج آلاف المواطنين، عصر أمس، في مسيرة حاشدة انطلقت من ساحة الحرية، رافعين لافتات تؤيد عملية «عاصفة الحزم» وشعارات مناهضة للميليشيات الحوثية، قبل أن يعمد مسلحون حوثيون إلى تفريقها بإطلاق الرصاص الحي في الهواء وقنابل الغاز، وفق ما أفاد به شهود عيان.",
        # 7 (a meeting in Riyadh and an agreement reached in it; «تأمين ممرات آمنة» is no event)
        "وفي الرياض، عقد ممثلون عن الحكومة اليمنية، أمس، اجتماعاً مع الأمانة العامة لمجلس التعاون لدول الخليج العربية وممثلي عدد من منظمات الأمم المتحدة، خُصص لبحث «سبل إيصال المساعدات الإغاثية والطبية إلى المدن المنكوبة»، واتفق المجتمعون على تشكيل «غرفة عمليات مشتركة» لتنسيق أعمال الإغاثة وتأمين ممرات آمنة لسفن المساعدات إلى موانئ عدن والحديدة.",
        # 8 (a rejection; the demanded withdrawal and disarmament are no events; a participle accusation)
        "من جهتها، رفضت الحكومة اليمنية، في بيان وزعته سفارة الجمهورية اليمنية في الرياض، «أي دعوة للحوار مع الميليشيات الانقلابية قبل انسحابها من المدن وتسليم أسلحتها للدولة»، متهمةً إيران بـ«تزويد الحوثيين بالسلاح والخبراء».",
        # 9 (a rumoured downing of a Saudi jet, denied; «حرب نفسية» is a metaphor)
        "ونفى مصدر عسكري في قيادة قوات التحالف ما تداولته وسائل إعلام تابعة للحوثيين وقوات المخلوع خلال الساعات الماضية عن «إسقاط طائرة حربية سعودية» فوق العاصمة صنعاء، مؤكداً أن «جميع طائرات التحالف عادت إلى قواعدها بسلام بعد تنفيذ مهامها»، وأن تلك الأنباء «جزء من حرب نفسية يائسة».",
        # 10 (a planned aid ship «يوم السبت المقبل»)
        "ومن المقرر أن تُبحر من ميناء جدة الإسلامي، يوم السبت المقبل، سفينة محمّلة بـ2500 طن من المواد الغذائية والطبية مقدّمة من هيئة الهلال الأحمر السعودي، متجهة إلى ميناء عدن لإغاثة الأسر المتضررة من المواجهات، بحسب ما أعلنه مسؤول في الهيئة لـ«الديرة».",
        # 11 (generic; «استجابة لطلب الرئيس» is background in a generic statement)
        "وتشن مقاتلات التحالف منذ انطلاق عملية «عاصفة الحزم» في السادس والعشرين من مارس الماضي غارات يومية على مواقع الميليشيات الحوثية وقوات المخلوع صالح في عدد من المحافظات، استجابة لطلب الرئيس اليمني الشرعي حماية الشعب اليمني، فيما تشهد عدن وتعز ولحج والضالع مواجهات شبه يومية بين «المقاومة الشعبية» والميليشيات.",
        # 12 (background with a dated toll)
        "وكانت الميليشيات الحوثية قد قصفت، مساء الإثنين الماضي، بالمدفعية وقذائف الكاتيوشا حي المعلا في عدن، ما أدى إلى مقتل خمسة مدنيين، بينهم امرأتان، وإصابة 12 آخرين.",
    ],
    events=[
        # the clash: headline 0, the resistance source 1 (11 + 4 = 15), medical sources 2 (13) → 13; two-sided
        E(True, ["ASSAULT"], [0, 1, 2], "مواجهات عنيفة", ["asserted", "reported"], mode="firearms",
          source=RESISTANCE_VS_HOUTHIS, location=KHOR_MAKSAR, date=D("2015-04-08"), fatalities=13,
          attribution=["مصدر في المقاومة", "مصادر طبية في مستشفى الجمهورية التعليمي"], acled=TAKEOVER, tpara=1),
        E(False, ["RETREAT"], [2], "انسحبوا", ["asserted", "reported"], mode="withdraw", source=HOUTHI_SALEH,
          location=KHOR_MAKSAR, date=D("2015-04-08")),
        # the Saada strikes: 3, the briefing 4; disputed target; no death count
        E(True, ["ASSAULT"], [3, 4], "غارات", ["asserted", "reported"], mode="aerial",
          source=COALITION, recipient=SAADA_TARGETS, location=MARRAN, date=D("2015-04-08"),
          attribution=["مصادر محلية", "قناة المسيرة", "المتحدث الرسمي باسم قوات التحالف"], acled=AIR),
        # the airdrop «ليل أمس الأول» (military aid; «أسقطت» is no downing)
        E(True, ["AID"], [4], "أسقطت", ["asserted", "reported"], mode="military",
          source=COALITION, recipient=ADEN_RESISTANCE, location=ADEN_CITY,
          date=D("2015-04-07", "day", ("2015-04-07", "2015-04-08")),
          attribution=["المتحدث الرسمي باسم قوات التحالف"]),
        # the border post: placed where the rounds land; the reply optional
        E(True, ["ASSAULT"], [5], "لقذائف هاون", ["asserted", "reported"], mode="heavy-weapons",
          source=HOUTHIS, recipient=SAUDI_BORDER_GUARD, location=TUWAL, date=D("2015-04-08"), fatalities=1,
          attribution=["المتحدث الأمني لوزارة الداخلية"], acled=SHELL),
        E(False, ["ASSAULT"], [5], "تعاملت", ["asserted", "reported"], mode="heavy-weapons",
          source=SAUDI_BORDER_GUARD, recipient=HOUTHIS, date=D("2015-04-08")),
        # the march in Taiz; banners and dispersal optional
        E(True, ["PROTEST"], [6], "مسيرة حاشدة", ["asserted", "reported"], mode="demo",
          source=TAIZ_MARCHERS, location=TAIZ, date=D("2015-04-08"), attribution=["شهود عيان"],
          acled=INTERVENTION),
        E(False, ["SUPPORT"], [6], "تؤيد", ["asserted", "reported"], source=TAIZ_MARCHERS, recipient=COALITION,
          location=TAIZ, date=D("2015-04-08")),
        E(False, ["COERCE", "ASSAULT"], [6], "تفريقها", ["asserted", "reported"], mode="restrict",
          source=HOUTHIS, recipient=TAIZ_MARCHERS, location=TAIZ, date=D("2015-04-08")),
        # the Riyadh meeting (headline 0) and the agreement reached in it
        E(True, ["CONSULT"], [0, 7], "اجتماعاً", ["asserted"], mode="multilateral",
          source=YEMEN_GOV, recipient=GCC_UN, location=RIYADH, date=D("2015-04-08"), tpara=7),
        E(True, ["AGREE"], [7], "واتفق", ["asserted"],
          source=RIYADH_PARTICIPANTS, location=RIYADH, date=D("2015-04-08")),
        # the rejection (an undated statement); the participle accusation optional
        E(True, ["REJECT"], [8], "رفضت", ["asserted", "reported"],
          source=YEMEN_GOV, recipient=HOUTHI_SALEH, location=RIYADH,
          date=D("2015-04-08", "day", ("2015-04-08", "2015-04-09")), attribution=["بيان سفارة الجمهورية اليمنية"]),
        E(False, ["ACCUSE"], [8], "متهمةً", ["asserted", "reported"], source=YEMEN_GOV, recipient=IRAN,
          location=RIYADH, date=D("2015-04-08", "day", ("2015-04-08", "2015-04-09"))),
        # the rumoured downing, denied (core, as the earlier sets' denied rumours)
        E(True, ["ASSAULT"], [9], "إسقاط طائرة", ["rumored", "negated", "reported"], mode="aerial",
          source=HOUTHI_SALEH, recipient=COALITION_AIRCRAFT, location=SANAA,
          date=D("2015-04-09", "day", ("2015-04-08", "2015-04-09")),
          attribution=["وسائل إعلام تابعة للحوثيين", "مصدر عسكري في قيادة قوات التحالف (نفي)"]),
        # the planned aid ship, Saturday after a Thursday
        E(True, ["AID"], [10], "سفينة", ["planned"], mode="humanitarian",
          source=SAUDI_RED_CRESCENT, recipient=ADEN_FAMILIES, location=ADEN_JEDDAH, date=D("2015-04-11"),
          attribution=["مسؤول في هيئة الهلال الأحمر السعودي"]),
        # paragraph 11 is a generic statement: deliberately NO gold event
        E(True, ["ASSAULT"], [12], "قصفت", ["historical", "asserted"], mode="heavy-weapons",
          source=HOUTHIS, recipient=MUALLA_VICTIMS, location=MUALLA, date=D("2015-04-06"), fatalities=5, acled=SHELL),
    ],
))

# ============================================================================ 050: Sudan (Sudanese news site)
ARTICLES.append(dict(
    id="team10-050", slug="sudan_el_fasher_omdurman_jeddah_talks", published="2023-11-14",
    outlet="Al-Mogran News (fictional)",
    paras=[
        # 0 (headline: a shelling toll and the talks)
        "سبعة قتلى في قصف مدفعي على السوق الكبير بالفاشر.. ووفدا الجيش و«الدعم السريع» يستأنفان محادثات جدة",
        # 1 (dateline; the shelling of the market)
        "الفاشر – «المقرن نيوز»: قُتل سبعة مدنيين، بينهم طفلان، وأُصيب أكثر من 20 آخرين، صباح اليوم الثلاثاء، جراء قصف مدفعي استهدف السوق الكبير وسط مدينة الفاشر، حاضرة ولاية شمال دارفور، مصدره مواقع قوات «الدعم السريع» في الأحياء الشرقية للمدينة، بحسب ما أفاد به شهود عيان ومراسل «المقرن نيوز».",
        # 2 (the same shelling: a second toll (9), the RSF's denial and counter-accusation (optional))
        "من جهتها، قالت «شبكة أطباء السودان» في بيان إن القصف أودى بحياة تسعة مدنيين وأصاب 26 آخرين نُقلوا إلى المستشفى الجنوبي بالمدينة، في حين نفت قوات «الدعم السريع»، في بيان على منصة «إكس»، أي صلة لها بالقصف، متهمةً الجيش و«الحركات المسلحة المتحالفة معه» بـ«قصف السوق لتضليل الرأي العام».",
        # 3 (clashes in Omdurman, no death count; the army's statement is part of them)
        "وفي أم درمان، تجددت، منذ فجر اليوم، الاشتباكات العنيفة بين الجيش وقوات «الدعم السريع» في محيط سلاح المهندسين وأحياء الموردة وبيت المال، واستخدم فيها الطرفان المدفعية الثقيلة والطائرات المسيّرة، ما أسفر عن سقوط قتلى وجرحى من الطرفين، وفق ما أفاد به سكان في المنطقة. وقال الناطق الرسمي باسم القوات المسلحة، في بيان، إن قواته «كبّدت المليشيا المتمردة خسائر فادحة في الأرواح والعتاد».",
        # 4 (an army air strike in East Nile)
        "وفي مدينة الخرطوم بحري، قُتل أربعة مدنيين، بينهم امرأة، وأُصيب آخرون، مساء أمس، جراء غارة جوية نفّذها الطيران الحربي التابع للجيش على حي الحاج يوسف بمنطقة شرق النيل، بحسب ما أعلنته «غرفة طوارئ شرق النيل»، التي أوضحت أن الغارة أصابت منازل مأهولة قرب سوق «ستة» الشعبي.",
        # 5 (an aid convoy «مساء أمس»; trucks held by a refusal of permits (optional))
        "وعلى الصعيد الإنساني، وصلت، مساء أمس، إلى مدينة الجنينة، حاضرة ولاية غرب دارفور، قافلة مساعدات تابعة لبرنامج الأغذية العالمي تضم 28 شاحنة محمّلة بالمواد الغذائية والأدوية، عبر معبر أدري الحدودي مع تشاد، لتوزيعها على النازحين، بحسب ما أعلنه البرنامج في بيان، موضحاً أن 15 شاحنة أخرى لا تزال عالقة عند المعبر بعد أن رفضت السلطات في بورتسودان منح التصاريح لعبورها.",
        # 6 (the talks resumed in Jeddah with mediators)
        "وفي جدة، استأنف وفدا القوات المسلحة وقوات «الدعم السريع»، اليوم، جولة جديدة من المحادثات غير المباشرة برعاية المملكة العربية السعودية والولايات المتحدة الأمريكية، بحسب ما أفاد به مصدر دبلوماسي مطلع لـ«المقرن نيوز».",
        # 7 (a proposal (optional) accepted by the RSF delegation (AGREE); «مشترطاً» is part of it)
        "وكشف المصدر أن الوساطة طرحت على الطرفين مقترحاً لهدنة إنسانية مدتها 72 ساعة في مدينة الفاشر ومحيطها، وأن وفد «الدعم السريع» أبدى موافقته على المقترح «من حيث المبدأ»، مشترطاً «وقف الطيران الحربي لغاراته خلال مدة الهدنة».",
        # 8 (the army delegation's rejection; the Jeddah Declaration «في مايو الماضي» is optional background)
        "في المقابل، رفض وفد القوات المسلحة المقترح، بحسب المصدر ذاته، الذي نقل عن أعضاء في الوفد تأكيدهم أن الجيش «لن يقبل بأي هدنة لا تتضمن خروج المليشيا المتمردة من منازل المواطنين والأعيان المدنية، وفق ما نص عليه إعلان جدة الموقّع في مايو الماضي».",
        # 9 (a protest of displaced people; a participle demand and an eviction decision (optional))
        "وفي مدينة القضارف شرقي البلاد، نظّم مئات النازحين المقيمين في مراكز الإيواء بالمدارس، ظهر اليوم، وقفة احتجاجية أمام مقر مفوضية العون الإنساني بالولاية، احتجاجاً على «تأخر توزيع الحصص الغذائية» وعلى قرار السلطات إخلاء المدارس، مطالبين بتوفير «بدائل سكن لائقة» قبل تنفيذ الإخلاء.",
        # 10 (RSF reinforcements «خلال الأيام الماضية» and a threat in a video; the threatened storming optional)
        "وأفادت مصادر محلية في شمال دارفور بأن قوات «الدعم السريع» دفعت، خلال الأيام الماضية، بمئات العربات القتالية والمقاتلين إلى محيط مدينة الفاشر، فيما توعّد قائد ميداني في «الدعم السريع»، في مقطع مصور تداوله ناشطون، بـ«دخول الفاشر وتحريرها من فلول النظام البائد خلال أيام».",
        # 11 (generic)
        "ومنذ اندلاع الحرب بين الجيش وقوات «الدعم السريع» في منتصف أبريل الماضي، تشهد الخرطوم ومدن دارفور وكردفان مواجهات وقصفاً متبادلاً شبه يومي أوقع آلاف القتلى في صفوف المدنيين، ودفع ملايين السودانيين إلى النزوح داخل البلاد واللجوء إلى دول الجوار، فيما تحذّر المنظمات الإنسانية باستمرار من خطر المجاعة في ظل تعثر وصول المساعدات.",
        # 12 (background with a dated toll)
        "وكانت قذائف أطلقتها قوات «الدعم السريع» قد سقطت، مساء الجمعة الماضي، على حي الثورة بمدينة أم درمان، ما أدى إلى مقتل ثلاثة مدنيين، بينهم طفل، وإصابة ستة آخرين.",
    ],
    events=[
        # the shelling: headline 0, lead 1, doctors and the RSF's denial 2 (7 vs 9 → 7)
        E(True, ["ASSAULT"], [0, 1, 2], "قصف مدفعي", ["asserted", "reported", "negated"], mode="heavy-weapons",
          source=RSF, recipient=FASHER_VICTIMS, location=EL_FASHER, date=D("2023-11-14"), fatalities=7,
          attribution=["شهود عيان", "مراسل المقرن نيوز", "شبكة أطباء السودان", "بيان الدعم السريع (نفي)"],
          acled=SHELL, tpara=1),
        E(False, ["ACCUSE"], [2], "متهمةً", ["asserted", "reported"], source=RSF, recipient=SAF_ALLIES,
          location=EL_FASHER, date=D("2023-11-14")),
        # the Omdurman clashes: two-sided, no number
        E(True, ["ASSAULT"], [3], "الاشتباكات العنيفة", ["asserted", "reported"], mode="firearms",
          source=SAF_VS_RSF, location=OMDURMAN, date=D("2023-11-14"),
          attribution=["سكان في المنطقة", "الناطق الرسمي باسم القوات المسلحة"], acled=CLASH),
        # the air strike «مساء أمس»
        E(True, ["ASSAULT"], [4], "غارة جوية", ["asserted", "reported"], mode="aerial",
          source=SAF, recipient=HAJ_YOUSIF_VICTIMS, location=HAJ_YOUSIF, date=D("2023-11-13"), fatalities=4,
          attribution=["غرفة طوارئ شرق النيل"], acled=AIR),
        # the convoy; the refused permits are optional
        E(True, ["AID"], [5], "قافلة مساعدات", ["asserted", "reported"], mode="humanitarian",
          source=WFP, recipient=GENEINA_DISPLACED, location=GENEINA, date=D("2023-11-13"),
          attribution=["بيان برنامج الأغذية العالمي"]),
        E(False, ["COERCE", "REJECT"], [5], "رفضت", ["asserted", "reported"], mode="withhold",
          source=PORT_SUDAN_AUTHORITIES, recipient=WFP, location=ADRE),
        # the talks: headline 0, ¶6
        E(True, ["CONSULT"], [0, 6], "استأنف", ["asserted", "reported"], mode="third-party",
          source=JEDDAH_TALKS, location=JEDDAH, date=D("2023-11-14"), attribution=["مصدر دبلوماسي مطلع"], tpara=6),
        # the mediators' proposal (optional AGREE, an offer) and the RSF's acceptance (core AGREE)
        E(False, ["AGREE"], [7], "طرحت", ["asserted", "reported"], source=MEDIATORS, recipient=SAF_VS_RSF,
          location=JEDDAH, date=D("2023-11-14")),
        E(True, ["AGREE"], [7], "موافقته", ["asserted", "reported"],
          source=RSF, recipient=MEDIATORS, location=JEDDAH, date=D("2023-11-14"),
          attribution=["مصدر دبلوماسي مطلع"]),
        # the army's rejection; the Jeddah Declaration is optional background
        E(True, ["REJECT"], [8], "رفض", ["asserted", "reported"],
          source=SAF, recipient=MEDIATORS, location=JEDDAH, date=D("2023-11-14"),
          attribution=["مصدر دبلوماسي مطلع"]),
        E(False, ["AGREE"], [8], "إعلان جدة", ["historical"], source=SAF_VS_RSF, location=JEDDAH,
          date=D("2023-05-15", "month", ("2023-05-01", "2023-05-31"))),
        # the displaced people's protest; the participle demand and the eviction decision are optional
        E(True, ["PROTEST"], [9], "وقفة احتجاجية", ["asserted"], mode="demo",
          source=GEDAREF_DISPLACED, location=GEDAREF, date=D("2023-11-14"), acled=PEACEFUL),
        E(False, ["REQUEST"], [9], "مطالبين", ["asserted"], source=GEDAREF_DISPLACED, recipient=GEDAREF_AUTHORITIES,
          location=GEDAREF, date=D("2023-11-14")),
        E(False, ["COERCE"], [9], "إخلاء المدارس", ["planned"], mode="restrict", source=GEDAREF_AUTHORITIES,
          recipient=GEDAREF_DISPLACED, location=GEDAREF),
        # the reinforcements and the threat (an undated video); the threatened storming optional
        E(True, ["MOBILIZE"], [10], "دفعت", ["asserted", "reported"], mode="troops",
          source=RSF, location=EL_FASHER, date=D("2023-11-12", "week", ("2023-11-07", "2023-11-14")),
          attribution=["مصادر محلية في شمال دارفور"], acled=OTHER),
        E(True, ["THREATEN"], [10], "توعّد", ["asserted", "reported"], mode="violence",
          source=RSF, recipient=SAF_FASHER, location=EL_FASHER, date=D("2023-11-14", "day", ("2023-11-13", "2023-11-14")),
          attribution=["مقطع مصور تداوله ناشطون"]),
        E(False, ["ASSAULT"], [10], "دخول الفاشر", ["hypothetical", "planned"], source=RSF, recipient=SAF_FASHER,
          location=EL_FASHER),
        # paragraph 11 is a generic statement: deliberately NO gold event
        E(True, ["ASSAULT"], [12], "قذائف", ["historical", "asserted"], mode="heavy-weapons",
          source=RSF, recipient=THAWRA_VICTIMS, location=THAWRA, date=D("2023-11-10"), fatalities=3, acled=SHELL),
    ],
))


if __name__ == "__main__":
    build(HERE, ARTICLES, "team10.gold.json", id_prefix="team10", first_number=FIRST_NUMBER)
