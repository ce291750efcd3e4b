#!/usr/bin/env python3
"""Write the team-made articles (NNN_slug.txt) and their gold (team.gold.json).

The articles and annotations live here so that every offset is computed, never typed by hand:
para_spans are the [start, end) code-point offsets of each line (newline excluded) in the file text,
trigger spans are found inside the named paragraph. Run from anywhere:
    python3 benchmarks/data/articles/build_gold.py && python3 benchmarks/data/articles/check_gold.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from actors_places import *  # noqa: E402

NOTE = ("core events must be found; optional (core=false) events are neither required nor counted as "
        "false positives.")


def D(value, precision="day", rng=None):
    d = {"value": value, "precision": precision}
    if rng:
        d["range"] = list(rng)
    return d


def E(core, types, para, trigger, factuality, mode=None, source=None, recipient=None, location=None,
      date=None, attribution=None, fatalities=None, acled=None, occ=0, tpara=None):
    """trigger is searched in paragraph tpara (default: first of para); occ = which occurrence."""
    return dict(tpara=tpara, core=core, types=types, para=para, trigger=trigger, factuality=factuality, mode=mode,
                source=source, recipient=recipient, location=location, date=date, attribution=attribution,
                fatalities=fatalities, acled=acled, occ=occ)


ARTICLES = []

# ============================================================================ A: battle / shelling report
ARTICLES.append(dict(
    id="team-001", slug="idlib_hama_raids", published="2019-05-14", outlet="Maarra Today Network (fictional)",
    paras=[
        "قُتل سبعة مدنيين، بينهم طفلان، وأصيب آخرون بجروح، صباح اليوم الثلاثاء 14 أيار، جراء غارات جوية شنتها طائرات حربية روسية على بلدة كفرنبل في ريف إدلب الجنوبي.",
        "وقال مراسلنا في ريف إدلب إن الطائرات الروسية استهدفت السوق الشعبي وسط البلدة بأربع غارات متتالية، ما أدى إلى دمار واسع في المحال التجارية، فيما عملت فرق الدفاع المدني على انتشال الضحايا من تحت الأنقاض ونقل المصابين إلى المشافي الميدانية.",
        "ووثق «مرصد الشمال لحقوق الإنسان» مقتل المدنيين السبعة في غارات كفرنبل، مشيراً إلى أن الحصيلة مرشحة للارتفاع بسبب وجود حالات حرجة بين الجرحى.",
        "وفي ريف حماة الشمالي، تعرضت مدينة اللطامنة وبلدة كفرزيتا منذ ساعات الصباح لقصف مدفعي وصاروخي مكثف مصدره مواقع قوات النظام في محيط مدينة صوران، دون ورود معلومات عن إصابات حتى لحظة إعداد هذا التقرير.",
        "وعلى محور تل ملح، دارت مساء أمس الاثنين اشتباكات عنيفة بين فصائل المعارضة من جهة وقوات النظام والميليشيات المساندة لها من جهة أخرى، إثر محاولة تقدم لقوات النظام باتجاه القرية، قُتل خلالها أربعة عناصر من قوات النظام وثلاثة مقاتلين من الفصائل، بحسب المرصد.",
        "وأعلنت غرفة عمليات «الفتح المبين» في بيان نشرته على قناتها في «تلغرام» أن مقاتليها استهدفوا فجر اليوم بصاروخ موجه حاجزاً لقوات النظام قرب قرية الحماميات، ما أدى إلى تدمير عربة عسكرية ومقتل عنصرين كانا بداخلها.",
        "وفي مدينة معرة النعمان، أصيب ثلاثة مدنيين بجروح، ظهر اليوم، جراء سقوط قذائف هاون على الحي الشرقي من المدينة، ولم تُعرف الجهة التي أطلقت القذائف.",
        "من جهة أخرى، نفى مصدر عسكري في «جيش العزة» لمراسلنا ما تداولته صفحات موالية للنظام عن سيطرة قوات النظام على قرية الجبين، مؤكداً أن مقاتلي الفصائل ما زالوا يسيطرون على القرية بشكل كامل.",
        "وكانت مروحيات النظام قد ألقت، الأسبوع الماضي، عدة براميل متفجرة على بلدة الهبيط، ما أسفر عن مقتل امرأة وطفلها وخروج المركز الصحي الوحيد في البلدة عن الخدمة.",
        "ويشهد ريفا إدلب الجنوبي وحماة الشمالي تصعيداً عسكرياً متواصلاً منذ أواخر نيسان الماضي، تسبب بنزوح عشرات آلاف المدنيين باتجاه المخيمات القريبة من الحدود التركية.",
    ],
    events=[
        E(True, ["ASSAULT"], [0, 1, 2], "غارات جوية", ["asserted", "reported"], mode="aerial",
          source=RUSSIA, recipient=CIVILIANS, location=KAFRANBEL, date=D("2019-05-14"),
          attribution=["مراسلنا", "مرصد الشمال لحقوق الإنسان"], fatalities=7,
          acled=["Explosions/Remote violence/Air/drone strike"]),
        E(True, ["ASSAULT"], [3], "لقصف مدفعي وصاروخي", ["asserted"], mode="heavy-weapons",
          source=REGIME, location=LATAMNEH, date=D("2019-05-14"),
          acled=["Explosions/Remote violence/Shelling/artillery/missile attack"]),
        E(True, ["ASSAULT"], [4], "اشتباكات عنيفة", ["asserted", "reported"], mode="firearms",
          source={"en": REGIME["en"] + OPPOSITION_IDLIB["en"], "ar": REGIME["ar"] + OPPOSITION_IDLIB["ar"]},
          location=TAL_MALAH, date=D("2019-05-13"), attribution=["المرصد", "مرصد الشمال لحقوق الإنسان"],
          fatalities=7, acled=["Battles/Armed clash"]),
        # the regime's attempted advance: part of the clash; a separate MOBILIZE/ASSAULT is tolerated
        E(False, ["MOBILIZE", "ASSAULT"], [4], "محاولة تقدم", ["asserted", "negated"],
          source=REGIME, location=TAL_MALAH, date=D("2019-05-13")),
        E(True, ["ASSAULT"], [5], "استهدفوا", ["asserted", "reported"], mode="heavy-weapons",
          source=FATH_MUBIN, recipient=REGIME, location=HAMAMIYAT, date=D("2019-05-14"),
          attribution=["غرفة عمليات الفتح المبين"], fatalities=2,
          acled=["Explosions/Remote violence/Shelling/artillery/missile attack"]),
        E(True, ["ASSAULT"], [6], "قذائف هاون", ["asserted"], mode="heavy-weapons",
          recipient=CIVILIANS, location=MAARAT, date=D("2019-05-14"),
          acled=["Explosions/Remote violence/Shelling/artillery/missile attack"]),
        # denial of a claimed takeover: the event is reported only to be denied
        E(True, ["ASSAULT", "COERCE"], [7], "سيطرة", ["negated", "rumored"],
          source=REGIME, location=JUBAYN, date=D("2019-05-14", "day", ("2019-05-13", "2019-05-14")),
          attribution=["مصدر عسكري في جيش العزة", "مراسلنا"],
          acled=["Battles/Government regains territory"]),
        # background told with «وكانت ... قد»: a dated violent event with a toll (core, like the seed's G5)
        E(True, ["ASSAULT"], [8], "ألقت", ["historical", "asserted"], mode="aerial",
          source=REGIME_AIR, recipient=CIVILIANS, location=HABIT,
          date=D("2019-05-08", "week", ("2019-05-04", "2019-05-12")), fatalities=2,
          acled=["Explosions/Remote violence/Air/drone strike"]),
    ],
))

# ============================================================================ B: negotiations / settlement
ARTICLES.append(dict(
    id="team-002", slug="tafas_negotiations", published="2022-09-06", outlet="Sahl Horan Network (fictional)",
    paras=[
        "وصل وفد من اللجنة الأمنية التابعة للنظام في درعا، برفقة ضباط من الشرطة العسكرية الروسية، ظهر اليوم الثلاثاء، إلى مدينة طفس في ريف درعا الغربي، والتقى أعضاء اللجنة المركزية ووجهاء المدينة لبحث ملف المطلوبين للأفرع الأمنية.",
        "وقال مراسلنا في درعا إن زيارة الوفد جاءت بعد أسبوع من التوتر في المدينة، وإن الاجتماع عُقد في مبنى البلدية واستمر نحو ثلاث ساعات، وسط انتشار أمني مكثف لعناصر النظام على مداخل طفس.",
        "وبحسب مصادر محلية حضرت الاجتماع، طالب وفد النظام بتسليم عشرين شخصاً من المطلوبين أو ترحيلهم إلى الشمال السوري، إضافة إلى تسليم الأسلحة المتوسطة الموجودة في المدينة.",
        "ورفضت اللجنة المركزية في طفس مطلب التهجير، وأكدت في بيان نشرته على صفحتها في «فيسبوك» أن «أبناء المدينة لن يغادروا أرضهم»، لكنها أبدت استعدادها لبحث آلية لتسوية أوضاع المطلوبين داخل المدينة.",
        "وهدد رئيس اللجنة الأمنية خلال الاجتماع بشن عملية عسكرية واسعة على طفس في حال عدم تنفيذ المطالب خلال مهلة تنتهي يوم السبت المقبل، وفق المصادر ذاتها.",
        "من جهتها، اتهمت اللجنة المركزية «الفرقة الرابعة» بالوقوف وراء التصعيد، وحمّلتها مسؤولية القصف الذي استهدف الأطراف الغربية للمدينة الأسبوع الماضي، وأدى إلى مقتل مدنيَّين اثنين.",
        "وأشار مراسلنا إلى أن الجانب الروسي طرح هدنة مؤقتة لمدة أسبوع تتوقف خلالها التحركات العسكرية ريثما تُستكمل المفاوضات، على أن يُعقد اجتماع جديد يوم الخميس المقبل في مدينة درعا بحضور الطرفين.",
        "ونص مقترح اتفاق التسوية، الذي اطلعت شبكتنا على نسخة منه، على خروج المقاتلين الرافضين للتسوية مع عائلاتهم باتجاه الشمال السوري، مقابل انسحاب الفرقة الرابعة من الحواجز التي أقامتها مؤخراً في محيط المدينة.",
        "وفي سياق متصل، زار وفد من وجهاء محافظة السويداء مدينة طفس أمس الاثنين، وأعلن تضامنه مع الأهالي، داعياً جميع الأطراف إلى حل سلمي يجنّب المنطقة الحرب.",
        "وكانت قوات النظام قد استقدمت منتصف آب الماضي تعزيزات عسكرية إلى محيط طفس، ضمت دبابات وعربات مدرعة، وأقامت حواجز جديدة على الطريق الواصل بين طفس ومزيريب.",
        "يُذكر أن مدينة طفس دخلت في اتفاق التسوية الذي رعته روسيا في محافظة درعا صيف عام 2018، والذي أعاد بموجبه النظام سيطرته على الجنوب السوري مقابل بقاء السلاح الخفيف بيد أبناء المدن والبلدات.",
    ],
    events=[
        E(True, ["CONSULT"], [0, 1], "والتقى", ["asserted"], mode="visit",
          source={"en": REGIME_SECURITY_COMMITTEE["en"] + RUSSIA_MP["en"],
                  "ar": REGIME_SECURITY_COMMITTEE["ar"] + RUSSIA_MP["ar"]},
          recipient=TAFAS_COMMITTEE, location=TAFAS, date=D("2022-09-06"), attribution=["مراسلنا"]),
        E(False, ["MOBILIZE"], [1], "انتشار أمني مكثف", ["asserted"], mode="police",
          source=REGIME, location=TAFAS, date=D("2022-09-06")),
        E(True, ["REQUEST"], [2], "طالب", ["asserted", "reported"],
          source=REGIME_SECURITY_COMMITTEE, recipient=TAFAS_COMMITTEE, location=TAFAS, date=D("2022-09-06"),
          attribution=["مصادر محلية"]),
        E(True, ["REJECT"], [3], "ورفضت", ["asserted"],
          source=TAFAS_COMMITTEE, recipient=REGIME_SECURITY_COMMITTEE, location=TAFAS, date=D("2022-09-06")),
        E(True, ["AGREE"], [3], "أبدت استعدادها", ["asserted"],
          source=TAFAS_COMMITTEE, recipient=REGIME_SECURITY_COMMITTEE, location=TAFAS, date=D("2022-09-06")),
        E(True, ["THREATEN"], [4], "وهدد", ["asserted", "reported"], mode="violence",
          source=REGIME_SECURITY_COMMITTEE, recipient=TAFAS_COMMITTEE, location=TAFAS, date=D("2022-09-06"),
          attribution=["مصادر محلية"]),
        # the threatened offensive itself: conditional
        E(False, ["ASSAULT"], [4], "عملية عسكرية واسعة", ["hypothetical", "planned"],
          source=REGIME, location=TAFAS, date=D("2022-09-10", "week", ("2022-09-10", "2022-09-17"))),
        E(True, ["ACCUSE"], [5], "اتهمت", ["asserted"],
          source=TAFAS_COMMITTEE, recipient=FOURTH_DIVISION, location=TAFAS, date=D("2022-09-06")),
        # shelling recalled in a relative clause, last week, with a toll (core by our background rule)
        E(True, ["ASSAULT"], [5], "القصف", ["historical", "asserted", "reported"], mode="heavy-weapons",
          source=FOURTH_DIVISION, recipient=CIVILIANS, location=TAFAS,
          date=D("2022-08-31", "week", ("2022-08-27", "2022-09-04")), fatalities=2,
          acled=["Explosions/Remote violence/Shelling/artillery/missile attack"]),
        E(True, ["AGREE", "CONCEDE"], [6], "طرح هدنة", ["asserted"],
          source=RUSSIA_MP, recipient={"en": TAFAS_COMMITTEE["en"] + REGIME["en"],
                                       "ar": TAFAS_COMMITTEE["ar"] + REGIME["ar"]},
          location=TAFAS, date=D("2022-09-06"), attribution=["مراسلنا"]),
        E(False, ["CONSULT"], [6], "المفاوضات", ["asserted", "planned"],
          source={"en": REGIME["en"] + TAFAS_COMMITTEE["en"], "ar": REGIME["ar"] + TAFAS_COMMITTEE["ar"]},
          location=TAFAS, date=D("2022-09-06")),
        E(True, ["CONSULT"], [6], "اجتماع جديد", ["planned"], mode="third-party",
          source={"en": REGIME["en"] + TAFAS_COMMITTEE["en"] + RUSSIA_MP["en"],
                  "ar": REGIME["ar"] + TAFAS_COMMITTEE["ar"] + RUSSIA_MP["ar"]},
          location=DARAA_CITY, date=D("2022-09-08")),
        E(False, ["AGREE"], [7], "مقترح اتفاق التسوية", ["planned", "asserted", "reported"],
          source={"en": RUSSIA_MP["en"] + REGIME["en"], "ar": RUSSIA_MP["ar"] + REGIME["ar"]},
          recipient=TAFAS_COMMITTEE, location=TAFAS,
          acled=["Strategic developments/Agreement"]),
        E(True, ["RETREAT"], [7], "خروج المقاتلين", ["planned"], mode="withdraw",
          source=TAFAS_FIGHTERS, location=TAFAS),
        E(False, ["RETREAT"], [7], "انسحاب الفرقة الرابعة", ["planned"], mode="withdraw",
          source=FOURTH_DIVISION, location=TAFAS),
        E(True, ["CONSULT"], [8], "زار", ["asserted"], mode="visit",
          source=SUWAYDA_NOTABLES, recipient=TAFAS_COMMITTEE, location=TAFAS, date=D("2022-09-05")),
        E(False, ["SUPPORT"], [8], "تضامنه", ["asserted"],
          source=SUWAYDA_NOTABLES, recipient=TAFAS_COMMITTEE, location=TAFAS, date=D("2022-09-05")),
        E(False, ["REQUEST"], [8], "داعياً", ["asserted"],
          source=SUWAYDA_NOTABLES, location=TAFAS, date=D("2022-09-05")),
        E(False, ["MOBILIZE"], [9], "تعزيزات عسكرية", ["historical", "asserted"], mode="troops",
          source=REGIME, location=TAFAS_WEST, date=D("2022-08-15", "week", ("2022-08-10", "2022-08-20"))),
        E(False, ["AGREE"], [10], "اتفاق التسوية", ["historical", "asserted"],
          source={"en": RUSSIA["en"] + REGIME["en"], "ar": RUSSIA["ar"] + REGIME["ar"]},
          recipient=TAFAS_COMMITTEE, location=DARAA_PROVINCE,
          date=D("2018-07-15", "month", ("2018-06-01", "2018-08-31")),
          acled=["Strategic developments/Agreement"]),
    ],
))

# ============================================================================ C: arrests, raids, kidnappings
ARTICLES.append(dict(
    id="team-003", slug="deir_ezzor_raids_kidnap", published="2020-11-18", outlet="Two Banks News Network (fictional)",
    paras=[
        "شنت «قوات سوريا الديمقراطية» (قسد)، فجر اليوم الأربعاء، حملة دهم واعتقالات في بلدة الشحيل بريف دير الزور الشرقي، اعتقلت خلالها أحد عشر شاباً بتهمة الانتماء لخلايا «تنظيم الدولة».",
        "وقالت صفحة «الشحيل الآن» المحلية إن عناصر «قسد» داهموا عشرات المنازل في الحي الشمالي من البلدة وفتشوها بمساندة مروحيات التحالف الدولي التي حلقت على ارتفاع منخفض، وصادروا هواتف محمولة ومبالغ مالية من بعض البيوت.",
        "وأفاد مراسلنا بأن «قسد» أفرجت ظهر اليوم عن أربعة من المعتقلين بعد التحقق من هوياتهم، في حين نُقل الباقون إلى سجن غويران في مدينة الحسكة.",
        "وتداولت صفحات محلية أنباء عن وفاة شاب من أبناء البلدة، اعتُقل في حملة سابقة، تحت التعذيب في أحد سجون «قسد» بالحسكة، دون أن يتسنى لنا التأكد من صحة هذه الأنباء، فيما لم يصدر أي تعليق عن «قسد».",
        "وفي حادثة منفصلة، خطف مسلحون مجهولون، مساء الاثنين الماضي، تاجر مواشٍ من أبناء بلدة ذيبان أثناء عودته من سوق الماشية في بلدة الصبحة، واقتادوه إلى جهة مجهولة.",
        "وأضاف المراسل أن الخاطفين تواصلوا مع عائلة التاجر وطالبوا بفدية قدرها خمسون ألف دولار أمريكي مقابل إطلاق سراحه، وهددوا بقتله في حال إبلاغ «قسد» أو التأخر في دفع المبلغ.",
        "وأكد أحد أقارب المخطوف لمراسلنا أنه أُفرج عنه صباح اليوم بعد دفع الفدية عبر وسطاء من المنطقة، وقد ظهرت على جسده آثار ضرب وتعذيب.",
        "وعلى الضفة الغربية لنهر الفرات، داهمت دورية تابعة لفرع الأمن العسكري، أمس الثلاثاء، عدة منازل في مدينة الميادين الخاضعة لسيطرة النظام، واعتقلت ثلاثة شبان بهدف سوقهم إلى الخدمة الإلزامية، بحسب ما ذكره ناشطون.",
        "كما تحدثت أنباء عن اعتقال ميليشيا «لواء الباقر» المدعومة من إيران عنصرين من صفوفها في مدينة البوكمال بتهمة التواصل مع جهات معادية، دون أن تؤكد مصادر مستقلة الخبر.",
        "وتشهد مناطق ريف دير الزور الشرقي ارتفاعاً ملحوظاً في عمليات الخطف بهدف الابتزاز وطلب الفدية منذ مطلع العام الجاري، في ظل حالة الفلتان الأمني وانتشار السلاح بين الأهالي.",
        "وناشد وجهاء بلدة الشحيل قيادة «قسد» الإفراج عن بقية المعتقلين، محذرين من أن استمرار المداهمات الليلية قد يدفع الأهالي إلى الخروج بمظاهرات وقطع الطرقات.",
    ],
    events=[
        E(True, ["COERCE"], [0, 1], "اعتقلت", ["asserted", "reported"], mode="arrest",
          source=SDF_COALITION, recipient=DETAINEES_SHUHAYL, location=SHUHAYL, date=D("2020-11-18"),
          attribution=["الشحيل الآن"], acled=["Strategic developments/Arrests"]),
        # confiscation during the same raid: tolerated as a separate COERCE
        E(False, ["COERCE"], [1], "وصادروا", ["asserted"], mode="confiscate",
          source=SDF, location=SHUHAYL, date=D("2020-11-18")),
        E(True, ["RETREAT", "CONCEDE"], [2], "أفرجت", ["asserted"], mode="release",
          source=SDF, recipient=DETAINEES_SHUHAYL, location=SHUHAYL, date=D("2020-11-18"),
          attribution=["مراسلنا"]),
        E(False, ["COERCE"], [2], "نُقل الباقون", ["asserted"], mode="arrest",
          source=SDF, location=HASAKAH, date=D("2020-11-18")),
        E(True, ["ASSAULT"], [3], "التعذيب", ["rumored", "reported"], mode="torture",
          source=SDF, recipient=DETAINEES_SHUHAYL, location=HASAKAH, fatalities=1,
          acled=["Violence against civilians/Attack"]),
        E(False, ["COERCE"], [3], "اعتُقل", ["historical", "asserted", "rumored", "reported"], mode="arrest",
          source=SDF, location=SHUHAYL),
        E(True, ["ASSAULT"], [4], "خطف", ["asserted"], mode="abduct",
          source=GUNMEN, recipient=MERCHANT, location=SUBHA, date=D("2020-11-16"),
          acled=["Violence against civilians/Abduction/forced disappearance"]),
        E(True, ["REQUEST"], [5], "وطالبوا بفدية", ["asserted"],
          source=GUNMEN, recipient=MERCHANT, location=SUBHA,
          date=D("2020-11-17", "day", ("2020-11-16", "2020-11-18")), attribution=["المراسل"]),
        E(True, ["THREATEN"], [5], "وهددوا", ["asserted"], mode="violence",
          source=GUNMEN, recipient=MERCHANT, location=SUBHA,
          date=D("2020-11-17", "day", ("2020-11-16", "2020-11-18")), attribution=["المراسل"]),
        # the killing is only threatened, conditional on the family's behaviour
        E(False, ["ASSAULT"], [5], "بقتله", ["hypothetical"], source=GUNMEN, recipient=MERCHANT),
        E(True, ["RETREAT", "CONCEDE"], [6], "أُفرج عنه", ["asserted", "reported"], mode="release",
          source=GUNMEN, recipient=MERCHANT, location=SUBHA, date=D("2020-11-18"),
          attribution=["أحد أقارب المخطوف", "مراسلنا"]),
        E(False, ["ASSAULT"], [6], "ضرب وتعذيب", ["asserted", "historical"], mode="torture",
          source=GUNMEN, recipient=MERCHANT),
        E(True, ["COERCE"], [7], "واعتقلت", ["asserted", "reported"], mode="arrest",
          source=MILITARY_SECURITY, recipient=YOUNG_MEN, location=MAYADIN, date=D("2020-11-17"),
          attribution=["ناشطون"], acled=["Strategic developments/Arrests"]),
        E(False, ["COERCE"], [8], "اعتقال", ["rumored", "reported"], mode="arrest",
          source=LIWA_BAQIR, recipient=LIWA_BAQIR, location=ABU_KAMAL,
          date=D("2020-11-17", "week", ("2020-11-11", "2020-11-18"))),
        # paragraph 9 is a generic statement about kidnappings: deliberately NO gold event
        E(True, ["REQUEST"], [10], "وناشد", ["asserted"],
          source=SHUHAYL_NOTABLES, recipient=SDF, location=SHUHAYL, date=D("2020-11-18")),
        E(False, ["THREATEN"], [10], "محذرين", ["asserted"],
          source=SHUHAYL_NOTABLES, recipient=SDF, location=SHUHAYL, date=D("2020-11-18")),
        E(False, ["PROTEST"], [10], "بمظاهرات", ["hypothetical"], mode="demo",
          source=SHUHAYL_NOTABLES, location=SHUHAYL),
    ],
))

# ============================================================================ D: protests, strike, dispersal, commemoration
ARTICLES.append(dict(
    id="team-004", slug="daraa_suwayda_protests", published="2023-03-18", outlet="Nabd Horan Network (fictional)",
    paras=[
        "خرج مئات المتظاهرين، اليوم السبت، في مظاهرة حاشدة أمام المسجد العمري في درعا البلد، إحياءً للذكرى الثانية عشرة لانطلاق الثورة السورية، رافعين أعلام الثورة ولافتات تندد بالنظام وتطالب بالإفراج عن المعتقلين.",
        "وقال مراسلنا إن المتظاهرين جابوا شوارع الحي وهم يرددون هتافات ضد الوجود الإيراني في الجنوب السوري، وطالبوا بالكشف عن مصير آلاف المفقودين في سجون النظام.",
        "ورفع المشاركون صوراً لضحايا مجزرة الجامع العمري، التي ارتكبتها قوات الأمن التابعة للنظام في آذار 2011 حين اقتحمت المسجد وأطلقت النار على المعتصمين داخله، ما أدى إلى مقتل عدد من المدنيين.",
        "وفي مدينة جاسم بريف درعا الشمالي، عمّ الإضراب العام أسواق المدينة، وأغلق التجار محالهم استجابة لدعوة أطلقها ناشطون عبر «فيسبوك»، احتجاجاً على حملة الاعتقالات التي طالت ثلاثة من أبناء المدينة مطلع الأسبوع.",
        "كما نظم العشرات من ذوي المعتقلين وقفة احتجاجية أمام مبنى المحافظة في حي المحطة بمدينة درعا، طالبوا خلالها بالإفراج عن أبنائهم المعتقلين منذ سنوات رغم خضوعهم لاتفاق التسوية.",
        "وأفاد ناشطون بأن عناصر من فرع الأمن العسكري فرّقوا الوقفة بالقوة وأطلقوا الرصاص في الهواء لتفريق المحتجين، ما تسبب بإصابة شاب بجروح طفيفة، كما اعتقلوا اثنين من المشاركين واقتادوهما إلى جهة مجهولة.",
        "ولم تتطرق وسائل إعلام النظام إلى المظاهرة أو إلى حادثة التفريق، في حين نشرت صفحات موالية منشورات تتهم «جهات خارجية» بتحريض الأهالي على الخروج.",
        "وفي السويداء، واصل عشرات المعلمين إضرابهم عن العمل واعتصامهم أمام مبنى مديرية التربية لليوم الثالث على التوالي، احتجاجاً على تدني الرواتب وتأخر صرف التعويضات، بحسب ما نقلته صفحة «صوت الجبل» المحلية.",
        "وهدد المعلمون المعتصمون بتوسيع الإضراب ليشمل جميع مدارس المحافظة في حال لم تستجب الحكومة لمطالبهم قبل نهاية الشهر الجاري.",
        "وكانت عناصر الأمن قد فضّت، الشهر الماضي، اعتصاماً مماثلاً لعمال شركة الكهرباء في المدينة، واعتقلت أحد منظميه لساعات قبل أن تفرج عنه.",
        "وتشهد محافظتا درعا والسويداء احتجاجات متكررة منذ سيطرة النظام على الجنوب السوري عام 2018، تتركز مطالبها على الإفراج عن المعتقلين وتحسين الأوضاع المعيشية.",
    ],
    events=[
        E(True, ["PROTEST"], [0, 1], "مظاهرة حاشدة", ["asserted"], mode="demo",
          source=PROTESTERS_DARAA, recipient=REGIME, location=DARAA_BALAD, date=D("2023-03-18"),
          attribution=["مراسلنا"], acled=["Protests/Peaceful protest"]),
        E(True, ["REQUEST"], [0, 1], "وطالبوا", ["asserted"],
          source=PROTESTERS_DARAA, recipient=REGIME, location=DARAA_BALAD, date=D("2023-03-18"),
          attribution=["مراسلنا"], tpara=1),
        E(False, ["ACCUSE"], [0], "تندد", ["asserted"],
          source=PROTESTERS_DARAA, recipient=REGIME, location=DARAA_BALAD, date=D("2023-03-18")),
        # the commemorated massacre (March 2011): historical, optional
        E(False, ["ASSAULT"], [2], "مجزرة الجامع العمري", ["historical"], mode="firearms",
          source=MILITARY_SECURITY, recipient=CIVILIANS, location=DARAA_BALAD,
          date=D("2011-03-15", "month", ("2011-03-01", "2011-03-31")), fatalities=3),
        E(False, ["COERCE"], [2], "اقتحمت", ["historical"],
          source=MILITARY_SECURITY, location=DARAA_BALAD,
          date=D("2011-03-15", "month", ("2011-03-01", "2011-03-31"))),
        E(False, ["PROTEST"], [2], "المعتصمين", ["historical"], location=DARAA_BALAD),
        E(True, ["PROTEST"], [3], "الإضراب العام", ["asserted"], mode="strike",
          source=TRADERS_JASIM, recipient=REGIME, location=JASIM, date=D("2023-03-18"),
          acled=["Protests/Peaceful protest"]),
        E(False, ["REQUEST"], [3], "لدعوة", ["asserted", "historical"],
          source=TRADERS_JASIM, location=JASIM),
        E(False, ["COERCE"], [3], "حملة الاعتقالات", ["historical", "asserted"], mode="arrest",
          source=REGIME, location=JASIM, date=D("2023-03-13", "week", ("2023-03-11", "2023-03-16"))),
        E(True, ["PROTEST"], [4, 5], "وقفة احتجاجية", ["asserted"], mode="demo",
          source=DETAINEE_FAMILIES, recipient=REGIME, location=DARAA_MAHATTA, date=D("2023-03-18"),
          acled=["Protests/Protest with intervention"]),
        E(True, ["REQUEST"], [4], "طالبوا", ["asserted"],
          source=DETAINEE_FAMILIES, recipient=REGIME, location=DARAA_MAHATTA, date=D("2023-03-18")),
        E(True, ["COERCE", "ASSAULT"], [5], "فرّقوا الوقفة بالقوة", ["asserted", "reported"],
          source=MILITARY_SECURITY, recipient=DETAINEE_FAMILIES, location=DARAA_MAHATTA, date=D("2023-03-18"),
          attribution=["ناشطون"], acled=["Protests/Protest with intervention"]),
        E(True, ["COERCE"], [5], "اعتقلوا", ["asserted", "reported"], mode="arrest",
          source=MILITARY_SECURITY, recipient=DETAINEE_FAMILIES, location=DARAA_MAHATTA, date=D("2023-03-18"),
          attribution=["ناشطون"]),
        E(False, ["ACCUSE"], [6], "تتهم", ["asserted"],
          source={"en": ["pro-regime pages", "regime supporters", "loyalist pages"],
                  "ar": ["صفحات موالية", "صفحات موالية للنظام"]},
          recipient={"en": ["foreign parties", "external parties"], "ar": ["جهات خارجية"]},
          date=D("2023-03-18")),
        E(True, ["PROTEST"], [7], "إضرابهم", ["asserted", "reported"], mode="strike",
          source=TEACHERS, recipient=GOVERNMENT, location=SUWAYDA,
          date=D("2023-03-18", "day", ("2023-03-16", "2023-03-18")), attribution=["صوت الجبل"],
          acled=["Protests/Peaceful protest"]),
        E(True, ["THREATEN"], [8], "وهدد", ["asserted"],
          source=TEACHERS, recipient=GOVERNMENT, location=SUWAYDA, date=D("2023-03-18")),
        E(False, ["PROTEST"], [8], "بتوسيع الإضراب", ["hypothetical", "planned"], mode="strike",
          source=TEACHERS, location=SUWAYDA, date=D("2023-03-31", "month", ("2023-03-18", "2023-04-30"))),
        E(False, ["COERCE"], [9], "فضّت", ["historical", "asserted"],
          source=REGIME_POLICE, location=SUWAYDA, date=D("2023-02-15", "month", ("2023-02-01", "2023-02-28"))),
        E(False, ["PROTEST"], [9], "اعتصاماً", ["historical", "asserted"], mode="demo",
          location=SUWAYDA, date=D("2023-02-15", "month", ("2023-02-01", "2023-02-28"))),
        E(False, ["RETREAT", "CONCEDE"], [9], "تفرج عنه", ["historical", "asserted"], mode="release",
          source=REGIME_POLICE, location=SUWAYDA, date=D("2023-02-15", "month", ("2023-02-01", "2023-02-28"))),
        # paragraph 10 is a generic statement about recurring protests: deliberately NO gold event
    ],
))

# ============================================================================ E: one attack over several paragraphs + retreat + mobilisation
ARTICLES.append(dict(
    id="team-005", slug="raqqa_badia_attack", published="2022-04-12", outlet="Ain al-Badia Network (fictional)",
    paras=[
        "هجوم لتنظيم الدولة على نقطة لقوات النظام في بادية الرصافة يوقع قتلى وجرحى، وتعزيزات عسكرية تصل إلى المنطقة.",
        "شنت خلايا تابعة لتنظيم الدولة «داعش»، فجر أمس الاثنين، هجوماً على نقطة عسكرية تتمركز فيها عناصر من قوات النظام وميليشيا «لواء القدس» الموالية له في بادية الرصافة جنوب غرب مدينة الرقة، بحسب ما أفاد مراسلنا في المنطقة.",
        "وقال المراسل إن عناصر التنظيم هاجموا النقطة من ثلاثة محاور مستخدمين الأسلحة الرشاشة وقذائف «آر بي جي»، واشتبكوا مع عناصرها لنحو ساعتين قبل أن ينسحبوا باتجاه عمق البادية، مستولين على أسلحة وذخائر.",
        "وفي سياق آخر، استهدفت طائرة مسيّرة تركية مساء أمس سيارة تقل عناصر من «قوات سوريا الديمقراطية» (قسد) على الطريق الدولي M4 قرب بلدة عين عيسى شمال الرقة، ما أدى إلى مقتل اثنين منهم وإصابة ثالث بجروح خطيرة، بحسب مصادر طبية في المنطقة.",
        "وفي أعقاب الهجوم على نقطة الرصافة، استقدمت قوات النظام تعزيزات عسكرية من الفرقة الخامسة والعشرين «مهام خاصة» إلى المنطقة، ضمت نحو عشرين آلية وعشرات العناصر، تمهيداً لحملة تمشيط في البادية، وفق مصادر محلية.",
        "كما حشدت ميليشيات مدعومة من إيران، أبرزها «لواء فاطميون»، عناصرها في محيط بلدة السخنة بريف حمص الشرقي، بحسب المصادر ذاتها.",
        "وانسحبت عناصر «لواء القدس» من نقطتين متقدمتين في محيط قرية أثريا باتجاه بلدة الرصافة، خشية تعرضها لهجمات مماثلة، بحسب ما أفاد مراسلنا.",
        "وتبنى تنظيم الدولة الهجوم في بيان نشرته وكالة «أعماق» التابعة له، زعم فيه أن مقاتليه قتلوا وجرحوا أكثر من عشرين عنصراً من «الجيش النصيري»، ونشر صوراً قال إنها لأسلحة استولى عليها خلال الهجوم.",
        "وقالت مصادر طبية في مشفى حماة العسكري إن جثث تسعة عناصر من قوات النظام و«لواء القدس» وصلت إلى المشفى، إضافة إلى ستة جرحى، في حصيلة هي الأكبر لهجمات التنظيم في المنطقة منذ مطلع العام.",
        "وكان التنظيم قد هاجم، مطلع الشهر الجاري، حافلة مبيت عسكرية على طريق أثريا–الرقة، ما أدى إلى مقتل أربعة عناصر من قوات النظام.",
        "في المقابل، شنت طائرات حربية روسية، ظهر أمس، أكثر من عشر غارات على مواقع يُعتقد أنها تضم خلايا للتنظيم في بادية الرصافة وجبل البشري، دون ورود معلومات عن خسائر.",
        "ومن المتوقع أن تبدأ قوات النظام بمساندة الطيران الروسي خلال الأيام المقبلة عملية تمشيط واسعة في البادية، هي الثالثة من نوعها منذ مطلع العام.",
    ],
    events=[
        # one attack told as a headline (0), with details (1, 2), the claim (7) and the toll (8)
        E(True, ["ASSAULT"], [0, 1, 2, 7, 8], "هجوماً", ["asserted", "reported"], mode="firearms",
          source=ISIS, recipient=REGIME_AND_QUDS, location=RESAFA, date=D("2022-04-11"),
          attribution=["مراسلنا", "أعماق", "مصادر طبية في مشفى حماة العسكري"], fatalities=9,
          acled=["Battles/Armed clash"], tpara=1),
        E(False, ["RETREAT"], [2], "ينسحبوا", ["asserted"], mode="withdraw",
          source=ISIS, location=RESAFA, date=D("2022-04-11")),
        E(True, ["ASSAULT"], [3], "استهدفت", ["asserted", "reported"], mode="aerial",
          source=TURKEY, recipient=SDF, location=AIN_ISSA, date=D("2022-04-11"), fatalities=2,
          attribution=["مصادر طبية"], acled=["Explosions/Remote violence/Air/drone strike"]),
        E(True, ["MOBILIZE"], [0, 4], "استقدمت", ["asserted", "reported"], mode="troops",
          source=REGIME_25TH, location=RESAFA, date=D("2022-04-11", "day", ("2022-04-11", "2022-04-12")),
          attribution=["مصادر محلية"], tpara=4),
        E(True, ["MOBILIZE"], [5], "حشدت", ["asserted", "reported"], mode="troops",
          source=IRAN_MILITIAS, location=SUKHNAH, date=D("2022-04-11", "day", ("2022-04-11", "2022-04-12")),
          attribution=["مصادر محلية"]),
        E(True, ["RETREAT"], [6], "وانسحبت", ["asserted"], mode="withdraw",
          source=LIWA_QUDS, location=ITHRIYA, date=D("2022-04-11", "day", ("2022-04-11", "2022-04-12")),
          attribution=["مراسلنا"], acled=["Strategic developments/Non-violent transfer of territory"]),
        # background with «وكان ... قد», this month, with a toll: core
        E(True, ["ASSAULT"], [9], "هاجم", ["historical", "asserted"], mode="firearms",
          source=ISIS, recipient=REGIME, location=ITHRIYA_RAQQA_ROAD,
          date=D("2022-04-03", "week", ("2022-04-01", "2022-04-08")), fatalities=4,
          acled=["Battles/Armed clash"]),
        E(True, ["ASSAULT"], [10], "غارات", ["asserted"], mode="aerial",
          source=RUSSIA, recipient=ISIS, location=RESAFA_BISHRI, date=D("2022-04-11"),
          acled=["Explosions/Remote violence/Air/drone strike"]),
        # the expected sweep: planned; also announced in paragraph 4
        E(False, ["ASSAULT", "MOBILIZE"], [4, 11], "عملية تمشيط واسعة", ["planned", "hypothetical"],
          source={"en": REGIME["en"] + RUSSIA["en"], "ar": REGIME["ar"] + RUSSIA["ar"]}, recipient=ISIS,
          location=RESAFA, date=D("2022-04-15", "week", ("2022-04-12", "2022-04-26")), tpara=11),
    ],
))


# ============================================================================ writer
def para_offsets(text):
    spans, pos = [], 0
    for line in text.split("\n")[:-1]:  # the file ends with "\n"
        spans.append([pos, pos + len(line)])
        pos += len(line) + 1
    return spans


def find_in_para(text, pspan, trig, occ):
    start = pspan[0]
    for _ in range(occ + 1):
        i = text.find(trig, start, pspan[1])
        if i < 0:
            raise SystemExit(f"trigger {trig!r} not found in paragraph {pspan}")
        start = i + 1
    return [i, i + len(trig)]


def build():
    docs = []
    for n, art in enumerate(ARTICLES, 1):
        fname = f"{n:03d}_{art['slug']}.txt"
        text = "\n".join(art["paras"]) + "\n"
        assert all("\n" not in p and p == p.strip() for p in art["paras"])
        with open(os.path.join(HERE, fname), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        pspans = para_offsets(text)
        events = []
        for k, e in enumerate(art["events"], 1):
            trig_para = e["para"][0] if e["tpara"] is None else e["tpara"]
            tspan = find_in_para(text, pspans[trig_para], e["trigger"], e["occ"])
            g = {"id": f"G{k}", "core": e["core"], "types": e["types"]}
            if e["mode"]:
                g["mode"] = e["mode"]
            g["para"] = e["para"]
            if e["source"]:
                g["source"] = {"en": e["source"]["en"], "ar": e["source"]["ar"]}
            if e["recipient"]:
                g["recipient"] = {"en": e["recipient"]["en"], "ar": e["recipient"]["ar"]}
            if e["location"]:
                g["location"] = {"accept": e["location"]["accept"]}
            g["date"] = e["date"]
            if e["attribution"]:
                g["attribution"] = e["attribution"]
            g["factuality"] = e["factuality"]
            if e["fatalities"] is not None:
                g["fatalities"] = e["fatalities"]
            if e["acled"]:
                g["acled"] = e["acled"]
            g["trigger"] = {"text": e["trigger"], "span": tspan}
            g["para_spans"] = [pspans[i] for i in e["para"]]
            events.append(g)
        docs.append({"id": art["id"], "file": fname, "published": art["published"], "outlet": art["outlet"],
                     "lang": "ar", "events": events, "note": NOTE})
    with open(os.path.join(HERE, "team.gold.json"), "w", encoding="utf-8") as f:
        json.dump(docs, f, ensure_ascii=False, indent=1)
        f.write("\n")
    for d in docs:
        core = [e for e in d["events"] if e["core"]]
        print(d["id"], d["file"], f"paras={len(para_offsets(open(os.path.join(HERE, d['file']), encoding='utf-8').read()))}",
              f"core={len(core)} optional={len(d['events']) - len(core)}")


if __name__ == "__main__":
    build()
