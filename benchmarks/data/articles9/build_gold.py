#!/usr/bin/env python3
"""Write the ninth team-made article set (NNN_slug.txt, ids team9-041 ... team9-045) and its gold
(team9.gold.json).

The articles and annotations live here; ``benchmarks/data/goldkit.py`` writes the files and computes every
offset (nothing is typed by hand): para_spans are the [start, end) code-point offsets of each line (newline
excluded) in the file text, trigger spans are found inside the named paragraph. Run from anywhere:
    python3 benchmarks/data/articles9/build_gold.py && python3 benchmarks/data/articles9/check_gold.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from actors_places import (  # noqa: E402
    ADEN,
    AFRIN_CITY,
    AFRIN_DOCTOR,
    AFRIN_FACTIONS,
    AFRIN_RELEASE,
    AFRIN_WIDE,
    AIN_ZARA,
    AKIDAT_NOTABLES,
    AKIDAT_PROTESTERS,
    AMSHAT,
    AQIBA,
    AQIBA_VICTIMS,
    ARMY_VS_HOUTHIS,
    BAGHDAD_QAIM,
    BARKI,
    COALITION,
    DEZ_MILITARY_COUNCIL,
    DHIBAN,
    DHIBAN_AREA,
    DHIBAN_MAYADIN,
    DHIBAN_VICTIMS,
    DHIBAN_YOUTH,
    DIYALA_COMMANDERS,
    DIYALA_VISIT,
    FAJR_BRIGADE,
    GOV_AND_HOUTHIS,
    GUNMEN,
    HAJIN,
    HAJIN_ISIS,
    HAMMO,
    HARSHA_GROUP,
    HOUTHIS,
    IRAN_MILITIAS,
    IRAQ_GOV,
    IRAQI_ARMY,
    ISF_PMF,
    ISIS,
    JANZOUR,
    JANZOUR_SIDES,
    JINDIRES,
    JUBAH,
    JUBAH_VICTIMS,
    KADAHA,
    KAFR_SAFRA,
    KAFR_SAFRA_DETAINEES,
    KASARA,
    KATAIB_HEZBOLLAH,
    KH_PMF,
    KHALIS_ADHAIM,
    KIDNAPPERS,
    KNC,
    MAQBANAH,
    MARIB_SOLDIERS,
    MAYADIN,
    MILITIAS_REGIME,
    MUQ_AUTHORITIES,
    MUQ_DETAINEES,
    MUQDADIYAH,
    MUQDADIYAH_DATELINE,
    MUSCAT,
    NAHR_IMAM_RESIDENTS,
    OMAR_FIELD,
    PARL_COMMITTEE,
    PC_ADDRESSEES,
    PMF,
    PRESIDENTIAL_COUNCIL,
    QAIM,
    RAHABAH,
    RAJO,
    RAJO_OWNERS,
    RAWDAH,
    SDF,
    SDF_COALITION,
    SHAAFA,
    SHAAFA_ATTACKERS,
    SHAAFA_SDF,
    SHERAWA,
    SHERAWA_VICTIMS,
    SHUHAYL,
    SHUHAYL_DETAINEES,
    SNA,
    SNA_MILITARY_POLICE,
    SULTAN_MURAD,
    TAIZ_VICTIMS,
    TAIZ_WOMAN,
    TRIBAL_SHEIKHS,
    TURKEY,
    TURKISH_GOV,
    UN_ENVOY,
    UNSMIL,
    US_CHARGE,
    USA,
    USAYFIRAH,
    YEMEN_ARMY,
    YEMEN_GOV,
    ZAWIYA,
    ZAWIYA_ELDERS,
    ZAWIYA_PROTESTERS,
    ZAWIYA_SECURITY,
    ZAWIYA_SIDES,
)
from goldkit import D, E, build  # noqa: E402

FIRST_NUMBER = 41  # file and id numbering continues after the first eight sets (001-040)

SHELL = ["Explosions/Remote violence/Shelling/artillery/missile attack"]
AIR = ["Explosions/Remote violence/Air/drone strike"]
IED = ["Explosions/Remote violence/Remote explosive/landmine/IED"]
CLASH = ["Battles/Armed clash"]
ATTACK = ["Violence against civilians/Attack"]
ABDUCT = ["Violence against civilians/Abduction/forced disappearance"]
ARREST = ["Strategic developments/Arrests"]
LOOTING = ["Strategic developments/Looting/property destruction"]
PEACEFUL = ["Protests/Peaceful protest"]
INTERVENTION = ["Protests/Protest with intervention"]
OTHER = ["Strategic developments/Other"]
AGREEMENT = ["Strategic developments/Agreement"]

ARTICLES = []

# ============================================================================ 041: Deir ez-Zor eastern countryside (local Syrian site)
ARTICLES.append(dict(
    id="team9-041", slug="deir_ezzor_shuhayl_dhiban_shaafa", published="2023-10-17",
    outlet="Difaf al-Furat Network (fictional)",
    paras=[
        # 0 (headline: a joint arrest raid and a shelling toll)
        "«قسد» والتحالف يعتقلان ستة أشخاص في الشحيل.. وقتيلان بقصف لميليشيات إيران على ذيبان",
        # 1 (a joint raid with the coalition; the charge is no event)
        "نفّذت «قوات سوريا الديمقراطية» (قسد)، بمساندة مروحيات «التحالف الدولي»، فجر اليوم الثلاثاء، حملة دهم وتفتيش في بلدة الشحيل بريف دير الزور الشرقي، اعتقلت خلالها ستة أشخاص، بينهم شقيقان، بتهمة الانتماء إلى خلايا تنظيم «داعش»، واقتادتهم إلى قاعدة حقل العمر النفطي، بحسب ما أفاد به مراسل «ضفاف الفرات» في المنطقة.",
        # 2 (the same raid told by a resident; a confiscation; «لم يصدر … أي تعليق» is no event)
        "وقال أحد سكان البلدة لـ«ضفاف الفرات» إن القوة المداهمة «حطّمت أبواب عدد من المنازل وصادرت الهواتف المحمولة ودراجتين ناريتين»، مؤكداً أن المعتقلين «مزارعون لا صلة لهم بالتنظيم»، في حين لم يصدر عن «قسد» أو «التحالف» أي تعليق على العملية حتى ساعة إعداد هذا التقرير.",
        # 3 (a tribal demonstration against the SDF; banners; the habitual «حملات الاعتقال» is no COERCE; last
        # week's killing in the causal phrase is optional background)
        "وفي بلدة ذيبان، خرج العشرات من أبناء قبيلة العكيدات، ظهر اليوم، في مظاهرة جابت الشارع الرئيسي للبلدة، احتجاجاً على «حملات الاعتقال العشوائية» التي تنفذها «قسد» في ريف دير الزور الشرقي وعلى مقتل شاب من أبناء البلدة برصاص دورية تابعة لها الأسبوع الماضي، ورفع المحتجون لافتات تطالب بـ«خروج قسد من المنطقة» و«تسليم إدارتها لأبنائها».",
        # 4 (the dispersal, three arrests and a release in a clause; the denial of the shooting is no event)
        "وأطلق عناصر من «قسد» النار في الهواء لتفريق المحتجين، واعتقلوا ثلاثة منهم قبل أن يُفرج عنهم في وقت لاحق بكفالة أحد وجهاء العشيرة، وفق ما أفاد به ناشط من أبناء ذيبان، في حين نفى مصدر في «مجلس دير الزور العسكري» التابع لـ«قسد» إطلاق أي رصاصة، مؤكداً أن «المظاهرة انتهت بشكل سلمي».",
        # 5 (an attack by men only «يُعتقد» to be ISIS; the attackers' flight)
        "وفي بلدة الشعفة شرقي مدينة هجين، قُتل عنصران من «قسد» وأُصيب ثالث بجروح، ليل أمس، إثر هجوم شنّه مسلحون يُعتقد أنهم من خلايا «داعش» بالأسلحة الرشاشة والقنابل اليدوية على حاجز لـ«قسد» عند المدخل الغربي للبلدة، بحسب مصادر محلية، قبل أن يلوذ المهاجمون بالفرار نحو البادية.",
        # 6 (the same attack: the ISIS claim (4 dead) and the SDF's version)
        "وتبنّى تنظيم «داعش» الهجوم في بيان نشرته وكالة «أعماق» التابعة له، زاعماً مقتل «أربعة من عناصر ميليشيا قسد»، في حين اكتفى «مجلس دير الزور العسكري» بالقول إن مقاتليه «تصدّوا للهجوم وأجبروا المهاجمين على الانسحاب».",
        # 7 (shelling across the Euphrates: two tolls (2 and 3); the guns stand in al-Mayadin, the shells land in Dhiban)
        "وعلى الضفة الشرقية لنهر الفرات، قُتلت امرأة وطفلها وأُصيب أربعة مدنيين آخرين، عصر أمس الإثنين، جراء قصف بقذائف الهاون والمدفعية مصدره مواقع الميليشيات الموالية لإيران في مدينة الميادين على الضفة المقابلة، استهدف أحياء سكنية في بلدة ذيبان، بحسب ما أفاد به مراسلنا، فيما قال «الهلال الأحمر الكردي» إن فرقه نقلت جثث ثلاثة قتلى، بينهم طفلان، إلى النقطة الطبية في البلدة.",
        # 8 (the SDF's reply and an accusation in a statement)
        "وردّت «قسد» باستهداف مواقع الميليشيات في محيط مدينة الميادين بقذائف الهاون، دون ورود معلومات عن خسائر، في حين اتهم «مجلس دير الزور العسكري»، في بيان، «الميليشيات الإيرانية وقوات النظام» بالسعي إلى «إشعال الفتنة بين العشائر» و«زعزعة استقرار المنطقة».",
        # 9 (a 48-hour deadline with a threat; the demanded release is no event; road-blocking threatened)
        "وأمهل وجهاء من قبيلة العكيدات، في بيان مصوّر بثّته صفحات محلية، «قسد» 48 ساعة للإفراج عن معتقلي الشحيل، مهدّدين بـ«التصعيد» وقطع الطرق الرئيسية في ريف دير الزور الشرقي في حال عدم الاستجابة لمطالبهم.",
        # 10 (a planned meeting «يوم الخميس المقبل»)
        "ومن المقرر أن يلتقي ممثلون عن «التحالف الدولي» وقيادة «قسد» عدداً من شيوخ العشائر ووجهائها في قاعدة حقل العمر النفطي، يوم الخميس المقبل، لبحث «التوتر الأمني» في المنطقة وملف المعتقلين، وفق ما أفاد به مصدر عشائري لـ«ضفاف الفرات».",
        # 11 (generic)
        "ويشهد ريف دير الزور الشرقي منذ المواجهات التي اندلعت بين «قسد» ومقاتلين من العشائر العربية أواخر آب الماضي توتراً متصاعداً، تتخلله حملات دهم واعتقال شبه يومية وهجمات متكررة لخلايا «داعش» على حواجز «قسد» ونقاطها، إلى جانب قصف متبادل عبر نهر الفرات بين «قسد» والميليشيات الموالية لإيران المنتشرة على ضفته الغربية.",
        # 12 (background with a dated toll)
        "وكانت طائرة مسيّرة تابعة لـ«التحالف الدولي» قد استهدفت، مساء السبت الماضي، دراجة نارية على الطريق الواصل بين بلدتي هجين والبحرة، ما أدى إلى مقتل قيادي في تنظيم «داعش» ومرافقه، بحسب ما أعلنه «التحالف» في بيان مقتضب.",
    ],
    events=[
        # the joint raid: headline 0, correspondent 1, a resident 2
        E(True, ["COERCE", "COOPERATE"], [0, 1, 2], "اعتقلت", ["asserted", "reported"], mode="arrest",
          source=SDF_COALITION, recipient=SHUHAYL_DETAINEES, location=SHUHAYL, date=D("2023-10-17"),
          attribution=["مراسل ضفاف الفرات", "أحد سكان البلدة"], acled=ARREST, tpara=1),
        E(False, ["COERCE"], [1], "حملة دهم وتفتيش", ["asserted"], mode="seize", source=SDF_COALITION,
          location=SHUHAYL, date=D("2023-10-17")),
        E(False, ["COERCE"], [2], "وصادرت", ["asserted", "reported"], mode="confiscate", source=SDF_COALITION,
          recipient=SHUHAYL_DETAINEES, location=SHUHAYL, date=D("2023-10-17")),
        # the demonstration (against the SDF, named in the text); «المظاهرة انتهت» in ¶4 is added
        E(True, ["PROTEST"], [3, 4], "مظاهرة", ["asserted", "reported"], mode="demo",
          source=AKIDAT_PROTESTERS, recipient=SDF, location=DHIBAN, date=D("2023-10-17"),
          attribution=["ناشط من أبناء ذيبان"], acled=INTERVENTION),
        E(False, ["ASSAULT"], [3], "مقتل شاب", ["historical", "asserted"], mode="firearms", source=SDF,
          recipient=DHIBAN_YOUTH, location=DHIBAN, date=D("2023-10-11", "week", ("2023-10-07", "2023-10-15")),
          fatalities=1),
        E(False, ["REQUEST"], [3], "تطالب", ["asserted"], source=AKIDAT_PROTESTERS, recipient=SDF,
          location=DHIBAN, date=D("2023-10-17")),
        # the arrests at the demonstration; the dispersal (denied) and the release in a clause are optional
        E(True, ["COERCE"], [4], "واعتقلوا", ["asserted", "reported"], mode="arrest",
          source=DEZ_MILITARY_COUNCIL, recipient=AKIDAT_PROTESTERS, location=DHIBAN, date=D("2023-10-17"),
          attribution=["ناشط من أبناء ذيبان"], acled=ARREST),
        E(False, ["COERCE", "ASSAULT"], [4], "النار في الهواء", ["asserted", "reported", "negated"], mode="restrict",
          source=SDF,
          recipient=AKIDAT_PROTESTERS, location=DHIBAN, date=D("2023-10-17")),
        E(False, ["RETREAT", "CONCEDE"], [4], "يُفرج", ["asserted", "reported"], mode="release", source=SDF,
          recipient=AKIDAT_PROTESTERS, location=DHIBAN, date=D("2023-10-17")),
        # the attack «ليل أمس»: local sources 5 (2 dead), the ISIS claim 6 (4 dead) → 2
        E(True, ["ASSAULT"], [5, 6], "هجوم شنّه", ["asserted", "reported"], mode="firearms",
          source=SHAAFA_ATTACKERS, recipient=SHAAFA_SDF, location=SHAAFA,
          date=D("2023-10-16", "day", ("2023-10-16", "2023-10-17")), fatalities=2,
          attribution=["مصادر محلية", "وكالة أعماق", "مجلس دير الزور العسكري"], acled=CLASH),
        E(False, ["RETREAT"], [5, 6], "يلوذ المهاجمون بالفرار", ["asserted", "reported"], mode="withdraw",
          source=SHAAFA_ATTACKERS, location=SHAAFA, date=D("2023-10-16", "day", ("2023-10-16", "2023-10-17"))),
        # the shelling: headline 0, correspondent and the Kurdish Red Crescent 7 (2 vs 3 → 2); placed where it lands
        E(True, ["ASSAULT"], [0, 7], "قصف بقذائف الهاون", ["asserted", "reported"], mode="heavy-weapons",
          source=IRAN_MILITIAS, recipient=DHIBAN_VICTIMS, location=DHIBAN, date=D("2023-10-16"), fatalities=2,
          attribution=["مراسلنا", "الهلال الأحمر الكردي"], acled=SHELL, tpara=7),
        # the reply (no time word, after yesterday afternoon's shelling) and the accusation
        E(True, ["ASSAULT"], [8], "باستهداف", ["asserted"], mode="heavy-weapons",
          source=SDF, recipient=IRAN_MILITIAS, location=MAYADIN,
          date=D("2023-10-16", "day", ("2023-10-16", "2023-10-17")), acled=SHELL),
        E(True, ["ACCUSE"], [8], "اتهم", ["asserted", "reported"],
          source=DEZ_MILITARY_COUNCIL, recipient=MILITIAS_REGIME, location=DHIBAN_MAYADIN,
          date=D("2023-10-17", "day", ("2023-10-16", "2023-10-17")), attribution=["بيان مجلس دير الزور العسكري"]),
        # the deadline: THREATEN/REQUEST; «مهدّدين» belongs to it; the threatened road-blocking is optional
        E(True, ["THREATEN", "REQUEST"], [9], "وأمهل", ["asserted", "reported"], mode="violence",
          source=AKIDAT_NOTABLES, recipient=SDF, location=DHIBAN_AREA,
          date=D("2023-10-17", "day", ("2023-10-16", "2023-10-17")), attribution=["بيان مصوّر بثّته صفحات محلية"]),
        E(False, ["PROTEST"], [9], "وقطع الطرق", ["hypothetical", "planned"], mode="obstruct",
          source=AKIDAT_NOTABLES, location=DHIBAN_AREA),
        # the planned meeting, Thursday after a Tuesday
        E(True, ["CONSULT"], [10], "يلتقي", ["planned"],
          source=SDF_COALITION, recipient=TRIBAL_SHEIKHS, location=OMAR_FIELD, date=D("2023-10-19"),
          attribution=["مصدر عشائري"]),
        # paragraph 11 is a generic statement: deliberately NO gold event
        E(True, ["ASSAULT"], [12], "استهدفت", ["historical", "asserted", "reported"], mode="aerial",
          source=COALITION, recipient=HAJIN_ISIS, location=HAJIN, date=D("2023-10-14"), fatalities=2,
          attribution=["بيان التحالف الدولي"], acled=AIR),
    ],
))

# ============================================================================ 042: Afrin, Jindires, Rajo (human-rights monitor)
ARTICLES.append(dict(
    id="team9-042", slug="afrin_jindires_rajo_olive_groves", published="2022-10-22",
    outlet="Afrin Violations Documentation League (fictional)",
    paras=[
        # 0 (headline: a killing and a seizure)
        "مقتل مسنّ برصاص عناصر فصيل موالٍ لتركيا في جنديرس.. واستيلاء على محصول آلاف أشجار الزيتون في ناحية راجو",
        # 1 (the monitor's own voice; a masdar trigger)
        "وثّقت «رابطة توثيق الانتهاكات في عفرين» مقتل المواطن الكردي رشيد حمو (68 عاماً)، مساء أمس الجمعة، برصاص عناصر من فصيل «فرقة السلطان سليمان شاه» المعروف بـ«العمشات»، المنضوي في صفوف «الجيش الوطني السوري» الموالي لتركيا، داخل حقل زيتون يملكه على أطراف بلدة جنديرس في ريف عفرين شمال غربي حلب.",
        # 2 (a relative's account; the faction's denial and its «لصوص» version; «رفض تسليمهم» is no REJECT)
        "ونقلت الرابطة عن أحد أقارب الضحية قوله إن العناصر «أطلقوا عليه ثلاث رصاصات بعد أن رفض تسليمهم نصف محصوله من الزيتون»، وإنه فارق الحياة قبل وصوله إلى مشفى جنديرس، في حين نفى الفصيل، في بيان نشره على معرّفاته الرسمية، أي علاقة لعناصره بالحادثة، زاعماً أن حمو «قُتل على يد لصوص حاولوا سرقة محصوله».",
        # 3 (a seizure of a harvest «خلال الأيام الثلاثة الماضية», with trees cut down)
        "ورصدت الرابطة استيلاء عناصر من فصيل «فرقة السلطان مراد»، خلال الأيام الثلاثة الماضية، على محصول نحو ثلاثة آلاف شجرة زيتون في ثلاث قرى تابعة لناحية راجو، تعود ملكيتها لعائلات كردية مهجّرة، إضافة إلى قطع نحو 150 شجرة معمّرة وبيع حطبها في أسواق المنطقة.",
        # 4 (a farmer: owners kept off their fields; a threat of arrest)
        "وقال أحد المزارعين من أهالي راجو للرابطة إن عناصر الفصيل «منعوا أصحاب الحقول من الاقتراب منها تحت تهديد السلاح»، وإن قائد المجموعة المسيطرة على القرية هدّد بـ«اعتقال كل من يتقدم بشكوى» إلى «لجنة رد الحقوق» التابعة لـ«الجيش الوطني».",
        # 5 (arrests «فجر الخميس»; the charge is no event)
        "وفي ناحية جنديرس، اعتقلت «الشرطة العسكرية» التابعة لـ«الجيش الوطني»، فجر الخميس، خمسة مواطنين كرد من قرية كفر صفرة، بينهم امرأة، بتهمة «التعامل مع الإدارة الذاتية» السابقة، واقتادتهم إلى مقرها في مدينة عفرين.",
        # 6 (a standalone release against bail; the place comes from ¶5)
        "وأفرجت «الشرطة العسكرية»، مساء أمس، عن المرأة المعتقلة بعد أن دفع ذووها «كفالة» مالية قدرها ألف دولار أمريكي، بحسب ما أفاد به أحد أقاربها للرابطة، في حين لا يزال مصير الأربعة الآخرين مجهولاً.",
        # 7 (a Turkish drone strike; masdar trigger)
        "وفي ناحية شيراوا الخاضعة لسيطرة مشتركة بين قوات النظام و«قسد» في ريف عفرين، قُتل شاب وأُصيب اثنان آخران من مهجّري عفرين، ظهر اليوم السبت، جراء استهداف طائرة مسيّرة تركية دراجة نارية كانوا يستقلونها قرب قرية برج القاص، بحسب ما وثّقته الرابطة.",
        # 8 (the same strike in Turkey's claim: «تحييد» is no death count; a disputed target)
        "وأعلنت وزارة الدفاع التركية، في تغريدة على حسابها الرسمي، «تحييد ثلاثة إرهابيين من حزب العمال الكردستاني/وحدات حماية الشعب» في المنطقة ذاتها، في حين أكدت الرابطة أن الضحايا «مدنيون كانوا في طريقهم إلى حقول الزيتون ولا ينتمون إلى أي جهة عسكرية».",
        # 9 (a Kurdish body's statement: condemnation, demand, participle accusation)
        "وأدان «المجلس الوطني الكردي في سوريا»، في بيان أصدره اليوم، مقتل حمو و«الاستيلاء الممنهج» على أملاك الكرد في عفرين، وطالب الحكومة التركية بـ«لجم الفصائل المنفلتة ومحاسبة المتورطين»، محمّلاً قيادة «الجيش الوطني» المسؤولية الكاملة عن «استمرار الانتهاكات بحق السكان الأصليين».",
        # 10 (a rumoured abduction, denied by the police, doubted by the family)
        "ونفت «الشرطة المدنية» في مدينة عفرين ما تداولته صفحات محلية عن اختطاف طبيب كردي من عيادته في حي الأشرفية، مساء الخميس، على يد مسلحين مجهولين، مؤكدةً أن الطبيب «غادر إلى تركيا بإرادته لأسباب عائلية»، في حين قالت مصادر مقربة من عائلته للرابطة إن هاتفه «مغلق منذ يومين».",
        # 11 (generic: the monitor's aggregates; «تتهم» is habitual)
        "وبحسب إحصائيات الرابطة، وثّق فريقها منذ بداية موسم قطاف الزيتون مطلع تشرين الأول الجاري 73 انتهاكاً في منطقة عفرين، بينها 29 حالة اعتقال تعسفي و18 حالة استيلاء على محاصيل وأراضٍ زراعية و11 حالة فرض «إتاوات» على المزارعين، فيما تتهم الرابطة فصائل «الجيش الوطني» باتباع «سياسة ممنهجة» لدفع من تبقى من السكان الكرد إلى الهجرة.",
        # 12 (background with a dated toll)
        "وكانت المدفعية التركية قد قصفت، مساء الأحد الماضي، أطراف قرية أقيبة في ناحية شيراوا، ما أدى إلى مقتل امرأتين وإصابة طفل، وفق ما وثّقته الرابطة في حينه.",
    ],
    events=[
        # the killing: headline 0, the monitor 1, a relative and the faction's denial 2, «مقتل حمو» 9
        E(True, ["ASSAULT"], [0, 1, 2, 9], "مقتل المواطن", ["asserted", "reported", "negated"], mode="firearms",
          source=AMSHAT, recipient=HAMMO, location=JINDIRES, date=D("2022-10-21"), fatalities=1,
          attribution=["رابطة توثيق الانتهاكات في عفرين", "أحد أقارب الضحية", "بيان الفصيل (نفي)"], acled=ATTACK,
          tpara=1),
        # the seizure: headline 0, the monitor 3, «الاستيلاء الممنهج» 9; the cutting is optional
        E(True, ["COERCE"], [0, 3, 9], "استيلاء", ["asserted", "reported"], mode="confiscate",
          source=SULTAN_MURAD, recipient=RAJO_OWNERS, location=RAJO,
          date=D("2022-10-21", "day", ("2022-10-19", "2022-10-22")),
          attribution=["رابطة توثيق الانتهاكات في عفرين"], acled=LOOTING, tpara=3),
        E(False, ["ASSAULT", "COERCE"], [3], "قطع", ["asserted", "reported"], mode="destroy", source=SULTAN_MURAD,
          recipient=RAJO_OWNERS, location=RAJO, date=D("2022-10-21", "day", ("2022-10-19", "2022-10-22"))),
        # the farmer's account: «منعوا» optional, the threat core, the threatened arrest optional
        E(False, ["COERCE"], [4], "منعوا", ["asserted", "reported"], mode="restrict", source=SULTAN_MURAD,
          recipient=RAJO_OWNERS, location=RAJO, date=D("2022-10-21", "day", ("2022-10-19", "2022-10-22"))),
        E(True, ["THREATEN"], [4], "هدّد", ["asserted", "reported"], mode="arrest",
          source=SULTAN_MURAD, recipient=RAJO_OWNERS, location=RAJO,
          date=D("2022-10-21", "day", ("2022-10-19", "2022-10-22")), attribution=["أحد المزارعين من أهالي راجو"]),
        E(False, ["COERCE"], [4], "اعتقال", ["hypothetical"], mode="arrest", source=SULTAN_MURAD,
          recipient=RAJO_OWNERS, location=RAJO),
        # the arrests «فجر الخميس» (from a Saturday); «المرأة المعتقلة» 6 is added
        E(True, ["COERCE"], [5, 6], "اعتقلت", ["asserted", "reported"], mode="arrest",
          source=SNA_MILITARY_POLICE, recipient=KAFR_SAFRA_DETAINEES, location=KAFR_SAFRA, date=D("2022-10-20"),
          attribution=["رابطة توثيق الانتهاكات في عفرين"], acled=ARREST),
        # the release: its own sentence, day and agent; the place is carried over from ¶5
        E(True, ["RETREAT", "CONCEDE"], [6], "وأفرجت", ["asserted", "reported"], mode="release",
          source=SNA_MILITARY_POLICE, recipient=KAFR_SAFRA_DETAINEES, location=AFRIN_RELEASE,
          date=D("2022-10-21"), attribution=["أحد أقاربها"]),
        # the drone strike: the monitor 7 (1 dead), Turkey's «تحييد» 8 (no death count); disputed target
        E(True, ["ASSAULT"], [7, 8], "استهداف", ["asserted", "reported"], mode="aerial",
          source=TURKEY, recipient=SHERAWA_VICTIMS, location=SHERAWA, date=D("2022-10-22"), fatalities=1,
          attribution=["رابطة توثيق الانتهاكات في عفرين", "وزارة الدفاع التركية"], acled=AIR),
        # the statement: condemnation and demand core, the participle optional
        E(True, ["ACCUSE"], [9], "وأدان", ["asserted", "reported"],
          source=KNC, recipient=AFRIN_FACTIONS, location=AFRIN_WIDE, date=D("2022-10-22"),
          attribution=["بيان المجلس الوطني الكردي"]),
        E(True, ["REQUEST"], [9], "وطالب", ["asserted", "reported"],
          source=KNC, recipient=TURKISH_GOV, location=AFRIN_WIDE, date=D("2022-10-22"),
          attribution=["بيان المجلس الوطني الكردي"]),
        E(False, ["ACCUSE"], [9], "محمّلاً", ["asserted", "reported"], source=KNC, recipient=SNA,
          location=AFRIN_WIDE, date=D("2022-10-22")),
        # the rumoured abduction, denied (core, as the earlier sets' denied rumours)
        E(True, ["ASSAULT"], [10], "اختطاف", ["rumored", "negated", "reported"], mode="abduct",
          source=GUNMEN, recipient=AFRIN_DOCTOR, location=AFRIN_CITY, date=D("2022-10-20"),
          attribution=["صفحات محلية", "الشرطة المدنية في عفرين (نفي)"], acled=ABDUCT),
        # paragraph 11 is a generic statement: deliberately NO gold event
        E(True, ["ASSAULT"], [12], "قصفت", ["historical", "asserted", "reported"], mode="heavy-weapons",
          source=TURKEY, recipient=AQIBA_VICTIMS, location=AQIBA, date=D("2022-10-16"), fatalities=2,
          attribution=["رابطة توثيق الانتهاكات في عفرين"], acled=SHELL),
    ],
))

# ============================================================================ 043: Diyala and Anbar (Iraqi news agency)
ARTICLES.append(dict(
    id="team9-043", slug="diyala_muqdadiyah_anbar_qaim", published="2024-02-12",
    outlet="Hamrin News Agency (fictional)",
    paras=[
        # 0 (no headline: a dateline lead; «استُشهد» is a death count)
        "بعقوبة – «حمرين»: استُشهد ثلاثة من منتسبي «الحشد الشعبي» وأُصيب اثنان آخران، فجر اليوم الإثنين، بهجوم شنّته «عصابات داعش الإرهابية» على نقطة مرابطة تابعة للحشد قرب قرية نهر الإمام في قضاء المقدادية شمال شرقي بعقوبة، مركز محافظة ديالى، بحسب ما أفاد به مصدر أمني لـ«وكالة حمرين للأنباء».",
        # 1 (the same attack: details, the attackers' withdrawal, and the PMF's own toll (4); «نعت» is no event)
        "وأضاف المصدر، الذي فضّل عدم الكشف عن اسمه، أن المهاجمين «تسللوا عبر البساتين المحاذية للقرية مستخدمين أسلحة قناصة مزودة بكواتم للصوت»، قبل أن ينسحبوا باتجاه المناطق الوعرة في حوض حمرين، فيما نعت هيئة «الحشد الشعبي»، في بيان، «أربعة من أبطالها ارتقوا خلال التصدي لتعرّض إرهابي جبان» في المقدادية.",
        # 2 (a joint search operation with arrests; the charge is no event)
        "وعقب الهجوم، أطلقت «قيادة عمليات ديالى»، بمشاركة قطعات من «الحشد الشعبي» والشرطة المحلية، عملية تفتيش واسعة في بساتين المقدادية وقرى حوض الوقف، أسفرت عن اعتقال 11 مشتبهاً بهم، «بينهم متهمون بإيواء عناصر إرهابية»، وضبط أسلحة وأعتدة، وفق ما أعلنته «خلية الإعلام الأمني» في بيان.",
        # 3 (a curfew and road closures)
        "وقررت اللجنة الأمنية في قضاء المقدادية فرض حظر للتجوال في قرية نهر الإمام والقرى المحاذية لها، اعتباراً من الساعة الرابعة عصر اليوم وحتى إشعار آخر، مع إغلاق الطرق المؤدية إلى البساتين أمام حركة المركبات، بحسب ما أعلنه قائممقام القضاء في مؤتمر صحفي.",
        # 4 (a protest by residents against the arrests; banners; a participle demand)
        "وتجمّع العشرات من أهالي قرية نهر الإمام والقرى المجاورة، ظهر اليوم، أمام مبنى قائممقامية المقدادية، احتجاجاً على اعتقال عدد من أبنائهم خلال عملية التفتيش «دون مذكرات قضائية»، ورفعوا لافتات كُتب عليها «أبناؤنا ليسوا إرهابيين»، مطالبين بإطلاق سراحهم «فوراً».",
        # 5 (a commitment (AGREE); the promised release is planned)
        "وتعهّد قائممقام المقدادية، في حديث لـ«حمرين»، بـ«إطلاق سراح كل من لا تثبت عليه أي تهمة خلال 48 ساعة»، مؤكداً أن «الإجراءات الأمنية مؤقتة وتهدف إلى حماية الأهالي أنفسهم».",
        # 6 (a US strike claimed by CENTCOM; the «هجمات متكررة» it answers are no event)
        "وفي محافظة الأنبار غربي البلاد، أعلنت «القيادة المركزية الأمريكية» (سنتكوم)، في بيان نشرته على منصة «إكس»، أن قواتها نفّذت، ليل أمس، ضربة جوية استهدفت «منشأة لتخزين الصواريخ والطائرات المسيّرة» تابعة لـ«كتائب حزب الله» قرب قضاء القائم الحدودي مع سوريا، «رداً على هجمات متكررة ضد القوات الأمريكية وقوات التحالف في العراق وسوريا».",
        # 7 (the same strike from the PMF side: the toll (2), a disputed target, a denial that is no event)
        "في المقابل، قال مصدر في «الحشد الشعبي» لـ«حمرين» إن الضربة طالت مقراً إدارياً لأحد ألوية الحشد قرب ناحية الكرابلة، ما أسفر عن استشهاد اثنين من منتسبيه وإصابة ثلاثة آخرين، نافياً وجود «أي منشأة لتخزين الأسلحة» في الموقع.",
        # 8 (a government condemnation, a participle warning, a summons)
        "وأدان الناطق باسم القائد العام للقوات المسلحة، في بيان صدر ظهر اليوم، الضربة الأمريكية، واصفاً إياها بـ«الاعتداء السافر على السيادة العراقية»، ومحذّراً من أن «تكرار مثل هذه الأعمال سيدفع الحكومة إلى إعادة النظر في مهمة التحالف الدولي»، فيما أعلنت وزارة الخارجية استدعاء القائم بالأعمال الأمريكي في بغداد وتسليمه مذكرة احتجاج.",
        # 9 (a threat; its target and place come from ¶6–7)
        "وتوعّدت «كتائب حزب الله»، في بيان مقتضب، بأن «العدوان الأمريكي لن يمر دون عقاب»، مشيرةً إلى أن «قرار الرد بيد المقاومة وحدها».",
        # 10 (a planned visit «يوم الأربعاء المقبل»)
        "ومن المقرر أن يزور وفد من لجنة الأمن والدفاع في مجلس النواب محافظة ديالى، يوم الأربعاء المقبل، للقاء القادة الأمنيين في بعقوبة والاطلاع على «الخروقات المتكررة» في قضاء المقدادية، وفق ما أعلنه عضو في اللجنة لـ«حمرين».",
        # 11 (generic, analytic)
        "ويرى مختصون في الشأن الأمني أن البساتين الكثيفة في قضاء المقدادية وحوض حمرين توفر لبقايا خلايا «داعش» ملاذاً لشن هجمات متفرقة على القوات الأمنية و«الحشد الشعبي»، مستغلة الثغرات بين قواطع المسؤولية، في حين تتصاعد منذ أشهر الضربات المتبادلة بين الفصائل المسلحة والقوات الأمريكية في غرب العراق وشرق سوريا.",
        # 12 (background with a dated toll; no perpetrator named)
        "وكانت عبوة ناسفة قد انفجرت، صباح الخميس الماضي، بعجلة عسكرية تابعة للجيش العراقي على الطريق الرابط بين ناحية العظيم وقضاء الخالص شمالي ديالى، ما أسفر عن استشهاد جنديين وإصابة ضابط برتبة ملازم.",
    ],
    events=[
        # the attack: the source 0 (3 dead), the PMF 1 (4 dead) → 3; «وعقب الهجوم» 2 is added
        E(True, ["ASSAULT"], [0, 1, 2], "بهجوم شنّته", ["asserted", "reported"], mode="firearms",
          source=ISIS, recipient=PMF, location=MUQDADIYAH_DATELINE, date=D("2024-02-12"), fatalities=3,
          attribution=["مصدر أمني", "هيئة الحشد الشعبي"], acled=CLASH),
        E(False, ["RETREAT"], [1], "ينسحبوا", ["asserted", "reported"], mode="withdraw", source=ISIS,
          location=MUQDADIYAH, date=D("2024-02-12")),
        # the joint search with arrests (COERCE/COOPERATE); the protesters' «اعتقال عدد من أبنائهم» 4 is added
        E(True, ["COERCE", "COOPERATE"], [2, 4], "اعتقال", ["asserted", "reported"], mode="arrest",
          source=ISF_PMF, recipient=MUQ_DETAINEES, location=MUQDADIYAH, date=D("2024-02-12"),
          attribution=["خلية الإعلام الأمني"], acled=ARREST),
        E(False, ["COERCE"], [2], "عملية تفتيش", ["asserted", "reported"], mode="seize", source=ISF_PMF,
          location=MUQDADIYAH, date=D("2024-02-12")),
        # the curfew (no victim named); the road closures are optional
        E(True, ["COERCE"], [3], "فرض حظر للتجوال", ["asserted", "reported"], mode="curfew",
          source=MUQ_AUTHORITIES, location=MUQDADIYAH, date=D("2024-02-12"), attribution=["قائممقام القضاء"],
          acled=OTHER),
        E(False, ["COERCE"], [3], "إغلاق الطرق", ["asserted", "reported"], mode="restrict", source=MUQ_AUTHORITIES,
          location=MUQDADIYAH, date=D("2024-02-12")),
        # the protest (no addressee named) and its participle demand
        E(True, ["PROTEST"], [4], "وتجمّع", ["asserted"], mode="demo",
          source=NAHR_IMAM_RESIDENTS, location=MUQDADIYAH, date=D("2024-02-12"), acled=PEACEFUL),
        E(False, ["REQUEST"], [4], "مطالبين", ["asserted"], source=NAHR_IMAM_RESIDENTS, location=MUQDADIYAH,
          date=D("2024-02-12")),
        # the commitment and the promised release
        E(True, ["AGREE"], [5], "وتعهّد", ["asserted", "reported"],
          source=MUQ_AUTHORITIES, recipient=NAHR_IMAM_RESIDENTS, location=MUQDADIYAH, date=D("2024-02-12"),
          attribution=["قائممقام المقدادية"]),
        E(False, ["RETREAT"], [5], "إطلاق سراح", ["planned"], mode="release", source=MUQ_AUTHORITIES,
          recipient=MUQ_DETAINEES, location=MUQDADIYAH),
        # the US strike «ليل أمس»: CENTCOM 6, the PMF source 7 (2 dead), «الضربة الأمريكية» 8, «العدوان الأمريكي» 9
        E(True, ["ASSAULT"], [6, 7, 8, 9], "ضربة جوية", ["asserted", "reported"], mode="aerial",
          source=USA, recipient=KH_PMF, location=QAIM, date=D("2024-02-11", "day", ("2024-02-11", "2024-02-12")),
          fatalities=2, attribution=["القيادة المركزية الأمريكية", "مصدر في الحشد الشعبي"], acled=AIR),
        # the condemnation; the warning and the summons are optional
        E(True, ["ACCUSE"], [8], "وأدان", ["asserted", "reported"],
          source=IRAQ_GOV, recipient=USA, location=BAGHDAD_QAIM, date=D("2024-02-12"),
          attribution=["بيان الناطق باسم القائد العام للقوات المسلحة"]),
        E(False, ["THREATEN"], [8], "ومحذّراً", ["asserted", "reported"], source=IRAQ_GOV, recipient=USA,
          location=BAGHDAD_QAIM, date=D("2024-02-12")),
        E(False, ["ACCUSE", "CONSULT"], [8], "استدعاء", ["asserted", "reported"], source=IRAQ_GOV,
          recipient=US_CHARGE, location=BAGHDAD_QAIM, date=D("2024-02-12")),
        # the threat (an undated statement after last night's strike); place and target from ¶6–7
        E(True, ["THREATEN"], [9], "وتوعّدت", ["asserted", "reported"], mode="violence",
          source=KATAIB_HEZBOLLAH, recipient=USA, location=QAIM,
          date=D("2024-02-12", "day", ("2024-02-11", "2024-02-12")), attribution=["بيان كتائب حزب الله"]),
        # the planned visit, Wednesday after a Monday
        E(True, ["CONSULT"], [10], "يزور", ["planned"], mode="visit",
          source=PARL_COMMITTEE, recipient=DIYALA_COMMANDERS, location=DIYALA_VISIT, date=D("2024-02-14"),
          attribution=["عضو في لجنة الأمن والدفاع"]),
        # paragraph 11 is a generic (analytic) statement: deliberately NO gold event
        E(True, ["ASSAULT"], [12], "عبوة ناسفة", ["historical", "asserted"], mode="explosives",
          recipient=IRAQI_ARMY, location=KHALIS_ADHAIM, date=D("2024-02-08"), fatalities=2, acled=IED),
    ],
))

# ============================================================================ 044: Taiz and Marib (Yemeni site)
ARTICLES.append(dict(
    id="team9-044", slug="yemen_taiz_marib_prisoner_deal", published="2024-01-18",
    outlet="Minbar al-Halima (fictional)",
    paras=[
        # 0 (headline: a shelling toll and an agreement)
        "طفلان ضحيتا قصف حوثي جديد على حي سكني في تعز.. واتفاق برعاية أممية على صفقة لتبادل الأسرى",
        # 1 (dateline; a passive killing with the agent in «شنّته»; the guns stand in Tabbat al-Salal)
        "تعز – «منبر الحالمة»: قُتل طفلان وأُصيبت والدتهما وثلاثة مدنيين آخرين بجروح، عصر أمس الأربعاء، جراء قصف مدفعي شنّته مليشيا الحوثي الانقلابية من مواقعها في تبة السلال على حي الروضة السكني في مدينة تعز، بحسب ما أفاد به مراسل «منبر الحالمة».",
        # 2 (the same shelling: a second toll (3), a participle accusation, the Houthi media's version)
        "من جهته، قال «المركز الإعلامي لمحور تعز» إن القصف الحوثي «أودى بحياة ثلاثة أطفال من أسرة واحدة»، متهماً المليشيا بـ«استهداف الأحياء السكنية المكتظة بشكل متعمد»، في حين زعمت وسائل إعلام تابعة للحوثيين أن قواتها «ردّت على مصادر نيران مرتزقة العدوان» في المنطقة.",
        # 3 (a two-sided clash; «عدد من» → 3; «محاولة تسلل» is part of it)
        "وفي الجبهة الغربية للمحافظة، دارت مواجهات عنيفة، ليل أمس، بين قوات «الجيش الوطني» وعناصر مليشيا الحوثي في منطقة الكدحة بمديرية المعافر، إثر محاولة تسلل حوثية نحو مواقع الجيش، ما أسفر عن استشهاد جندي وإصابة ثلاثة آخرين، إضافة إلى «مصرع عدد من عناصر المليشيا»، وفق مصدر عسكري تحدث لـ«منبر الحالمة».",
        # 4 (a drone attack with wounded only; a second drone shot down)
        "وفي محافظة مأرب، أُصيب أربعة جنود من «الجيش الوطني»، فجر اليوم الخميس، إثر استهداف مليشيا الحوثي موقعاً عسكرياً في جبهة الكسارة شمال غربي مدينة مأرب بطائرة مسيّرة مفخخة، فيما تمكنت الدفاعات الجوية من إسقاط طائرة ثانية قبل وصولها إلى هدفها، بحسب ما أفاد به المركز الإعلامي للقوات المسلحة.",
        # 5 (reinforcements «خلال اليومين الماضيين»; the feared offensive is hypothetical)
        "وأفادت مصادر قبلية بأن مليشيا الحوثي دفعت، خلال اليومين الماضيين، بتعزيزات عسكرية كبيرة، تضم عشرات الآليات ومئات المقاتلين، إلى مديرية رحبة جنوبي مأرب، في مؤشر على «نيتها شن هجوم واسع» على مواقع الجيش ورجال القبائل في المنطقة.",
        # 6 (an exchange agreement brokered by the UN envoy and the ICRC; the talks are optional)
        "وعلى صعيد ملف الأسرى، أعلن مكتب المبعوث الخاص للأمين العام للأمم المتحدة إلى اليمن، مساء أمس، أن الحكومة الشرعية وجماعة «أنصار الله» (الحوثيين) اتفقتا، في ختام جولة مفاوضات استمرت ستة أيام في العاصمة العُمانية مسقط، على صفقة لتبادل 214 محتجزاً من الطرفين، بينهم 38 من أبناء محافظة تعز، برعاية المكتب و«اللجنة الدولية للصليب الأحمر».",
        # 7 (the agreement's terms: a planned exchange)
        "وأوضح البيان أن اللجنة الدولية للصليب الأحمر ستتولى تنفيذ عملية التبادل خلال ثلاثة أسابيع، بعد زيارة المحتجزين في أماكن احتجازهم والتحقق من هوياتهم، على أن يُنقل المفرج عنهم جواً بين صنعاء وعدن ومأرب.",
        # 8 (the government's statement: welcome, accusation, demand)
        "ورحّبت الحكومة اليمنية، في بيان صادر عن مجلس الوزراء في العاصمة المؤقتة عدن، بالاتفاق، معتبرةً إياه «خطوة إنسانية طال انتظارها»، لكنها اتهمت المليشيا الحوثية بـ«المماطلة المتعمدة في ملف المختطفين والمخفيين قسراً»، وطالبت المبعوث الأممي بـ«ممارسة ضغط حقيقي لإطلاق الكل مقابل الكل».",
        # 9 (a rumoured withdrawal, denied)
        "ونفى مصدر عسكري في محور تعز ما تداولته وسائل إعلام حوثية خلال الساعات الماضية عن «انسحاب قوات الجيش الوطني من مواقع استراتيجية» في جبهة مقبنة غربي المحافظة، مؤكداً أن «المواقع لا تزال في قبضة الجيش» وأن «ما يُروَّج جزء من حرب إعلامية مكشوفة».",
        # 10 (sniping with an injury only; the count of incidents is no event)
        "وفي مدينة تعز، أُصيبت امرأة مسنّة برصاص قناص حوثي، صباح اليوم، أثناء مرورها في أحد شوارع حي عصيفرة شمالي المدينة، وفق مصادر طبية، في حادثة قنص هي الثالثة من نوعها في الحي منذ مطلع الشهر الجاري.",
        # 11 (generic)
        "ويعيش سكان مدينة تعز منذ عام 2015 تحت حصار تفرضه مليشيا الحوثي على معظم منافذ المدينة، فيما تتعرض أحياؤها الشرقية والشمالية لقصف وقنص شبه يومي، ولم يُنفَّذ حتى اليوم البند الخاص بتعز في «اتفاق ستوكهولم» الموقّع أواخر عام 2018، رغم جولات تفاوض عديدة برعاية أممية.",
        # 12 (background with a dated toll)
        "وكان لغم أرضي من مخلفات مليشيا الحوثي قد انفجر، صباح الأحد الماضي، بسيارة تقل مدنيين في مديرية الجوبة جنوبي مأرب، ما أدى إلى مقتل ثلاثة أشخاص، بينهم طفل، وإصابة اثنين آخرين.",
    ],
    events=[
        # the shelling: headline 0, correspondent 1 (2 dead), the Taiz Axis 2 (3 dead) → 2; disputed target
        E(True, ["ASSAULT"], [0, 1, 2], "قصف مدفعي", ["asserted", "reported"], mode="heavy-weapons",
          source=HOUTHIS, recipient=TAIZ_VICTIMS, location=RAWDAH, date=D("2024-01-17"), fatalities=2,
          attribution=["مراسل منبر الحالمة", "المركز الإعلامي لمحور تعز", "وسائل إعلام حوثية"], acled=SHELL,
          tpara=1),
        E(False, ["ACCUSE"], [2], "متهماً", ["asserted", "reported"], source=YEMEN_ARMY, recipient=HOUTHIS,
          location=RAWDAH, date=D("2024-01-18", "day", ("2024-01-17", "2024-01-18"))),
        # the clash «ليل أمس»: two-sided, 1 soldier + «عدد من» (3) Houthis → 4
        E(True, ["ASSAULT"], [3], "مواجهات عنيفة", ["asserted", "reported"], mode="firearms",
          source=ARMY_VS_HOUTHIS, location=KADAHA, date=D("2024-01-17", "day", ("2024-01-17", "2024-01-18")),
          fatalities=4, attribution=["مصدر عسكري"], acled=CLASH),
        # the drone attack (wounded only: no fatalities); the downing of a second drone is optional
        E(True, ["ASSAULT"], [4], "استهداف", ["asserted", "reported"], mode="aerial",
          source=HOUTHIS, recipient=MARIB_SOLDIERS, location=KASARA, date=D("2024-01-18"),
          attribution=["المركز الإعلامي للقوات المسلحة"], acled=AIR),
        E(False, ["ASSAULT"], [4], "إسقاط", ["asserted", "reported"], source=YEMEN_ARMY, recipient=HOUTHIS,
          location=KASARA, date=D("2024-01-18")),
        # the reinforcements; the feared offensive is optional
        E(True, ["MOBILIZE"], [5], "بتعزيزات عسكرية", ["asserted", "reported"], mode="troops",
          source=HOUTHIS, location=RAHABAH, date=D("2024-01-17", "day", ("2024-01-16", "2024-01-18")),
          attribution=["مصادر قبلية"], acled=OTHER),
        E(False, ["ASSAULT"], [5], "هجوم واسع", ["hypothetical", "planned"], source=HOUTHIS, recipient=YEMEN_ARMY,
          location=RAHABAH),
        # the agreement: headline 0, the envoy's announcement 6, «بالاتفاق» 8; the two sides are its source
        E(True, ["AGREE"], [0, 6, 8], "اتفقتا", ["asserted", "reported"],
          source=GOV_AND_HOUTHIS, location=MUSCAT, date=D("2024-01-17"),
          attribution=["مكتب المبعوث الخاص للأمين العام للأمم المتحدة إلى اليمن"], acled=AGREEMENT, tpara=6),
        E(False, ["CONSULT"], [6], "جولة مفاوضات", ["asserted", "reported"], mode="third-party", source=UN_ENVOY,
          recipient=GOV_AND_HOUTHIS, location=MUSCAT, date=D("2024-01-14", "week", ("2024-01-12", "2024-01-17"))),
        E(False, ["RETREAT", "COOPERATE", "AGREE"], [7], "عملية التبادل", ["planned"], mode="release",
          source=GOV_AND_HOUTHIS),
        # the government's statement in Aden: three core events
        E(True, ["SUPPORT"], [8], "ورحّبت", ["asserted", "reported"],
          source=YEMEN_GOV, location=ADEN, date=D("2024-01-18", "day", ("2024-01-17", "2024-01-18")),
          attribution=["بيان مجلس الوزراء"]),
        E(True, ["ACCUSE"], [8], "اتهمت", ["asserted", "reported"],
          source=YEMEN_GOV, recipient=HOUTHIS, location=ADEN,
          date=D("2024-01-18", "day", ("2024-01-17", "2024-01-18")), attribution=["بيان مجلس الوزراء"]),
        E(True, ["REQUEST"], [8], "وطالبت", ["asserted", "reported"],
          source=YEMEN_GOV, recipient=UN_ENVOY, location=ADEN,
          date=D("2024-01-18", "day", ("2024-01-17", "2024-01-18")), attribution=["بيان مجلس الوزراء"]),
        # the rumoured withdrawal, denied
        E(True, ["RETREAT"], [9], "انسحاب", ["rumored", "negated", "reported"], mode="withdraw",
          source=YEMEN_ARMY, location=MAQBANAH, date=D("2024-01-18", "day", ("2024-01-17", "2024-01-18")),
          attribution=["وسائل إعلام حوثية", "مصدر عسكري في محور تعز (نفي)"]),
        # the sniping (an injury: no fatalities)
        E(True, ["ASSAULT"], [10], "برصاص قناص", ["asserted", "reported"], mode="firearms",
          source=HOUTHIS, recipient=TAIZ_WOMAN, location=USAYFIRAH, date=D("2024-01-18"),
          attribution=["مصادر طبية"], acled=ATTACK),
        # paragraph 11 is a generic statement: deliberately NO gold event
        E(True, ["ASSAULT"], [12], "لغم أرضي", ["historical", "asserted"], mode="explosives",
          source=HOUTHIS, recipient=JUBAH_VICTIMS, location=JUBAH, date=D("2024-01-14"), fatalities=3, acled=IED),
    ],
))

# ============================================================================ 045: Zawiya and Tripoli (Libyan site)
ARTICLES.append(dict(
    id="team9-045", slug="libya_zawiya_tripoli_elders_truce", published="2024-06-04",
    outlet="Al-Sahil al-Gharbi (fictional)",
    paras=[
        # 0 (headline: a clash toll and a ceasefire)
        "أربعة قتلى في اشتباكات بين مجموعتين مسلحتين وسط الزاوية.. والأعيان ينجحون في فرض وقف لإطلاق النار",
        # 1 (dateline; a two-sided clash; the killing that set it off is optional background)
        "الزاوية – «الساحل الغربي»: اندلعت، مساء أمس الإثنين، اشتباكات عنيفة بالأسلحة المتوسطة والثقيلة بين «كتيبة الفجر الساحلي» التابعة اسمياً لوزارة الدفاع في حكومة الوحدة الوطنية ومجموعة مسلحة من منطقة الحرشة، في عدة أحياء وسط مدينة الزاوية غربي العاصمة طرابلس، على خلفية مقتل أحد عناصر المجموعة عند بوابة أمنية تابعة للكتيبة، بحسب ما أفاد به مراسل «الساحل الغربي».",
        # 2 (the same clash: two tolls (4 and «ستة على الأقل»))
        "وقال «جهاز الإسعاف والطوارئ» في بيان إن فرقه انتشلت جثامين أربعة قتلى، بينهم مدني كان يمر بسيارته في شارع جمال عبد الناصر، ونقلت 11 جريحاً إلى مركز الزاوية الطبي، في حين تحدثت مصادر محلية لـ«الساحل الغربي» عن سقوط «ستة قتلى على الأقل» من الطرفين، وعن أضرار جسيمة لحقت بمنازل المواطنين وعدد من المحال التجارية.",
        # 3 (a meeting with mediators and the ceasefire agreement reached in it; its terms are planned)
        "وتوصل الطرفان، فجر اليوم الثلاثاء، إلى اتفاق لوقف إطلاق النار بوساطة «مجلس أعيان وحكماء الزاوية»، عقب اجتماع عقده وفد من المجلس مع قادة الطرفين في أحد مساجد المدينة استمر حتى ساعات الفجر، ويقضي الاتفاق بانسحاب المسلحين من الشوارع والأحياء السكنية إلى مقراتهم، وإحالة ملف الحادثة إلى مكتب النائب العام.",
        # 4 (a police deployment; a negated withdrawal)
        "وأفاد مراسلنا بأن دوريات «مديرية أمن الزاوية» انتشرت، صباح اليوم، في الشوارع الرئيسية وعند مداخل الأحياء التي شهدت المواجهات، وسط هدوء حذر، في حين لم ينسحب مسلحو الطرفين بعد من عدد من المباني التي تمركزوا فيها خلال الاشتباكات، بحسب شهود عيان.",
        # 5 (the abduction of an official «مساء أمس الأول»)
        "وفي العاصمة طرابلس، أقدم مسلحون مجهولون، مساء أمس الأول، على خطف مدير إدارة الشؤون المالية في وزارة الحكم المحلي مصطفى البركي، أثناء خروجه من منزله في منطقة عين زارة جنوبي العاصمة، واقتادوه إلى جهة مجهولة، وفق ما أفاد به أحد أقاربه لـ«الساحل الغربي».",
        # 6 (the same abduction; a negated release; «لم تعلن أي جهة مسؤوليتها» is no event)
        "وقال القريب إن «الخاطفين كانوا يستقلون سيارتين دون لوحات معدنية ويرتدون زياً عسكرياً»، مشيراً إلى أن العائلة لم تتلقَّ أي اتصال منهم حتى الآن، ولم يُفرج عن البركي حتى لحظة نشر هذا الخبر، كما لم تعلن أي جهة مسؤوليتها عن خطفه.",
        # 7 (a demonstration by residents; banners; a road-blocking by some of them)
        "وفي الزاوية، تظاهر المئات من أهالي المدينة، عصر اليوم، في ميدان الشهداء، رافعين لافتات تطالب بـ«إخراج التشكيلات المسلحة من الأحياء السكنية» و«محاسبة المتسببين في ترويع الآمنين»، فيما أقدم عدد من الشبان الغاضبين على إغلاق الطريق الساحلي بالإطارات المشتعلة لساعات، بحسب مراسلنا.",
        # 8 (the Presidential Council: condemnation, demand, participle threat; the referral is no SANCTION)
        "وأدان المجلس الرئاسي، في بيان اليوم، «الاشتباكات التي روّعت سكان الزاوية وأزهقت أرواح الأبرياء»، وطالب رئاسة الأركان العامة ووزارة الداخلية بـ«اتخاذ الإجراءات الكفيلة بمنع تكرارها»، مهدداً بـ«إحالة كل من يثبت تورطه في ترويع المدنيين إلى القضاء العسكري».",
        # 9 (UNSMIL: a welcome and a demand; the demanded release is no event)
        "من جهتها، رحّبت بعثة الأمم المتحدة للدعم في ليبيا، في تدوينة على حسابها الرسمي، باتفاق وقف إطلاق النار في الزاوية، وطالبت بـ«الإفراج الفوري وغير المشروط» عن المسؤول المخطوف في طرابلس، مؤكدةً أن «الإفلات من العقاب يقوّض جهود الاستقرار في البلاد».",
        # 10 (a planned meeting «يوم الخميس المقبل»)
        "ومن المقرر أن يعقد «مجلس أعيان وحكماء الزاوية» اجتماعاً موسعاً، يوم الخميس المقبل، يضم قادة التشكيلات المسلحة في المدينة وممثلين عن المجلس البلدي، لبحث «آلية دائمة لإخراج المظاهر المسلحة من الأحياء السكنية»، بحسب ما أعلنه المجلس في بيان.",
        # 11 (generic)
        "وتشهد الزاوية، التي تضم واحدة من أكبر مصافي النفط في البلاد، اشتباكات متكررة بين التشكيلات المسلحة منذ سنوات، على خلفية صراع النفوذ والسيطرة على طرق تهريب الوقود والمهاجرين، فيما سرعان ما تنهار اتفاقات التهدئة التي يرعاها الأعيان بسبب غياب سلطة أمنية موحدة في المدينة.",
        # 12 (background with a dated toll)
        "وكانت اشتباكات مماثلة قد اندلعت، مساء الخميس الماضي، في منطقة جنزور غربي طرابلس بين مجموعتين مسلحتين على خلفية خلاف على إدارة أحد المقار الأمنية، ما أسفر عن مقتل شخصين، بينهم أحد المارة، وإصابة خمسة آخرين.",
    ],
    events=[
        # the clash: headline 0, correspondent 1, the ambulance service and local sources 2 (4 vs 6 → 4),
        # «التي شهدت المواجهات» 4 and «الاشتباكات التي روّعت» 8; two-sided
        E(True, ["ASSAULT"], [0, 1, 2, 4, 8], "اشتباكات عنيفة", ["asserted", "reported"], mode="firearms",
          source=ZAWIYA_SIDES, location=ZAWIYA, date=D("2024-06-03", "day", ("2024-06-03", "2024-06-04")),
          fatalities=4, attribution=["مراسل الساحل الغربي", "جهاز الإسعاف والطوارئ", "مصادر محلية"], acled=CLASH,
          tpara=1),
        E(False, ["ASSAULT"], [1], "مقتل أحد عناصر المجموعة", ["historical", "asserted"], mode="firearms",
          source=FAJR_BRIGADE, recipient=HARSHA_GROUP, location=ZAWIYA),
        # the ceasefire agreement: headline 0, ¶3, UNSMIL's «باتفاق وقف إطلاق النار» 9; the two sides are its source
        E(True, ["AGREE", "CONCEDE"], [0, 3, 9], "اتفاق لوقف إطلاق النار", ["asserted", "reported"],
          source=ZAWIYA_SIDES, location=ZAWIYA, date=D("2024-06-04"), acled=AGREEMENT, tpara=3),
        # the mediators' meeting (third party), which ran into the dawn
        E(True, ["CONSULT"], [3], "اجتماع عقده", ["asserted"], mode="third-party",
          source=ZAWIYA_ELDERS, recipient=ZAWIYA_SIDES, location=ZAWIYA,
          date=D("2024-06-04", "day", ("2024-06-03", "2024-06-04"))),
        E(False, ["RETREAT"], [3], "بانسحاب المسلحين", ["planned"], mode="withdraw", source=ZAWIYA_SIDES,
          location=ZAWIYA),
        # the police deployment; the negated withdrawal
        E(True, ["MOBILIZE"], [4], "انتشرت", ["asserted"], mode="police",
          source=ZAWIYA_SECURITY, location=ZAWIYA, date=D("2024-06-04"), attribution=["مراسلنا"], acled=OTHER),
        E(False, ["RETREAT"], [4], "لم ينسحب", ["negated"], mode="withdraw", source=ZAWIYA_SIDES, location=ZAWIYA,
          date=D("2024-06-04")),
        # the abduction «مساء أمس الأول» (from a Tuesday: Sunday); ¶6 and «المسؤول المخطوف» 9 are added
        E(True, ["ASSAULT"], [5, 6, 9], "خطف", ["asserted", "reported"], mode="abduct",
          source=KIDNAPPERS, recipient=BARKI, location=AIN_ZARA, date=D("2024-06-02"),
          attribution=["أحد أقاربه"], acled=ABDUCT),
        E(False, ["RETREAT"], [6], "ولم يُفرج", ["negated"], mode="release", source=KIDNAPPERS, recipient=BARKI,
          location=AIN_ZARA, date=D("2024-06-04")),
        # the demonstration; banners and the road-blocking are optional
        E(True, ["PROTEST"], [7], "تظاهر", ["asserted"], mode="demo",
          source=ZAWIYA_PROTESTERS, location=ZAWIYA, date=D("2024-06-04"), attribution=["مراسلنا"],
          acled=PEACEFUL),
        E(False, ["REQUEST"], [7], "تطالب", ["asserted"], source=ZAWIYA_PROTESTERS, location=ZAWIYA,
          date=D("2024-06-04")),
        E(False, ["PROTEST", "COERCE"], [7], "إغلاق الطريق الساحلي", ["asserted"], mode="obstruct",
          source=ZAWIYA_PROTESTERS, location=ZAWIYA, date=D("2024-06-04")),
        # the Presidential Council: condemnation (of the two sides, from context) and demand; the threat optional
        E(True, ["ACCUSE"], [8], "وأدان", ["asserted", "reported"],
          source=PRESIDENTIAL_COUNCIL, recipient=ZAWIYA_SIDES, location=ZAWIYA, date=D("2024-06-04"),
          attribution=["بيان المجلس الرئاسي"]),
        E(True, ["REQUEST"], [8], "وطالب", ["asserted", "reported"],
          source=PRESIDENTIAL_COUNCIL, recipient=PC_ADDRESSEES, location=ZAWIYA, date=D("2024-06-04"),
          attribution=["بيان المجلس الرئاسي"]),
        E(False, ["THREATEN"], [8], "مهدداً", ["asserted", "reported"], source=PRESIDENTIAL_COUNCIL,
          recipient=ZAWIYA_SIDES, location=ZAWIYA, date=D("2024-06-04")),
        # UNSMIL: the welcome (no recipient checked) and the demand (nobody named to release the official)
        E(True, ["SUPPORT"], [9], "رحّبت", ["asserted", "reported"],
          source=UNSMIL, location=ZAWIYA, date=D("2024-06-04"), attribution=["تدوينة البعثة الأممية"]),
        E(True, ["REQUEST"], [9], "وطالبت", ["asserted", "reported"],
          source=UNSMIL, location=AIN_ZARA, date=D("2024-06-04"), attribution=["تدوينة البعثة الأممية"]),
        # the planned meeting, Thursday after a Tuesday
        E(True, ["CONSULT"], [10], "اجتماعاً موسعاً", ["planned"], mode="multilateral",
          source=ZAWIYA_ELDERS, recipient=ZAWIYA_SIDES, location=ZAWIYA, date=D("2024-06-06"),
          attribution=["بيان مجلس أعيان وحكماء الزاوية"]),
        # paragraph 11 is a generic statement: deliberately NO gold event
        E(True, ["ASSAULT"], [12], "اشتباكات مماثلة", ["historical", "asserted"], mode="firearms",
          source=JANZOUR_SIDES, location=JANZOUR, date=D("2024-05-30"), fatalities=2, acled=CLASH),
    ],
))


if __name__ == "__main__":
    build(HERE, ARTICLES, "team9.gold.json", id_prefix="team9", first_number=FIRST_NUMBER)
