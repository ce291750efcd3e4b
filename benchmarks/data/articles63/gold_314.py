"""Gold of article 314: al-Ruwaished, Ramtha, the Jaber crossing, Amman and al-Turra (Jordan), a Jordanian
news site of Mafraq, 2021-11-21 (Sun)."""
from actors_places import (
    AMMAN,
    CRIMINAL_ORGS,
    JABER,
    JAF,
    JAHA_FAMILY,
    JO_FM,
    JO_GOV,
    JO_INTERIOR,
    JO_SECURITY,
    JO_SY_COMMITTEE,
    JORDAN,
    RAMTHA,
    RAMTHA_POLICE,
    RAMTHA_SHOOTER,
    RAMTHA_SHOOTOUT,
    RAMTHA_VICTIM,
    RAMTHA_WANTED,
    RUWAISHED,
    RUWAISHED_FIGHT,
    RUWAISHED_PROTESTERS,
    RUWAISHED_TOWN,
    SY_FM,
    TURRA,
    TURRA_FIGHT,
    UNNAMED_BACKERS,
)
from common import ARREST, CLASH, PEACEFUL, D, E, paras_of

SLUG = "ruwaished_2021_ramtha_jaber_turra_mafraq"
TODAY = D("2021-11-21")
YESTERDAY = D("2021-11-20")
ARTICLE = dict(
    id="team63-314", slug=SLUG, published="2021-11-21",
    outlet="Bawwabat al-Mafraq Jordanian news site (fictional)",
    paras=paras_of(f"314_{SLUG}.txt"),
    events=[
        # the raid and arrest of a wanted man in Ramtha late «ليل أمس السبت» (headline 0, lead 1; ¶14, the
        # later statement, adds the hospital and the inquiry: no new event) and, in the same sentence, the
        # exchange of fire in which he was shot (two-sided); «ولم يُصب أي من أفراد القوة» negates nothing
        E(True, ["COERCE"], [0, 1, 14], "وألقت القبض", ["asserted", "reported"], mode="arrest",
          source=RAMTHA_POLICE, recipient=RAMTHA_WANTED, location=RAMTHA, date=YESTERDAY,
          attribution=["بيان لمديرية الأمن العام"], acled=ARREST, tpara=1),
        E(True, ["ASSAULT"], [1], "تبادل لإطلاق النار", ["asserted", "reported"], mode="firearms",
          source=RAMTHA_SHOOTOUT, location=RAMTHA, date=YESTERDAY, attribution=["بيان لمديرية الأمن العام"],
          acled=CLASH),
        # the border guards' fight with smugglers near al-Ruwaished «فجر اليوم الأحد» (two-sided: both are
        # sources; the smugglers' flight is part of it): headline 0 («مقتل مهربين»), ¶2 (a military source:
        # four), ¶3 («طبّقت قواعد الاشتباك»: a back-reference), the follow-up 5 (the hospital: three bodies and
        # a wounded soldier; SANA: «two shepherds», a retelling) and the silence 7 → 4 vs 3 vs 2 → 2
        E(True, ["ASSAULT"], [0, 2, 3, 5, 7], "اشتبكت", ["asserted", "reported"], mode="firearms",
          source=RUWAISHED_FIGHT, location=RUWAISHED, date=TODAY, fatalities=2,
          attribution=["مصدر عسكري مسؤول في القيادة العامة للقوات المسلحة الأردنية",
                       "مصدر طبي في مستشفى المفرق الحكومي", "سانا"],
          acled=CLASH, tpara=2),
        # the drugs and guns seized after searching the area of ¶2's fight (COERCE confiscate; the place is
        # named only in ¶2)
        E(True, ["COERCE"], [2, 3], "وضبطت", ["asserted", "reported"], mode="confiscate",
          source=JAF, location=RUWAISHED, date=TODAY, attribution=["المصدر"], tpara=3),
        # the Jaber crossing closed to lorries: rumoured on social media, denied by the interior ministry
        E(True, ["COERCE"], [4], "إغلاق مركز حدود جابر", ["rumored", "negated"], mode="restrict",
          source=JO_INTERIOR, location=JABER, date=TODAY,
          attribution=["حسابات على مواقع التواصل الاجتماعي", "الناطق الإعلامي باسم وزارة الداخلية"]),
        # the military source's warning (THREATEN, made); his hint at «جهات» behind the smugglers (optional
        # ACCUSE, no one named)
        E(True, ["THREATEN"], [6], "وحذّر", ["asserted", "reported"], mode="violence",
          source=JAF, recipient=CRIMINAL_ORGS, date=TODAY, attribution=["المصدر العسكري"]),
        E(False, ["ACCUSE"], [6], "تدعمها", ["asserted", "reported"],
          source=JAF, recipient=UNNAMED_BACKERS, date=TODAY),
        # paragraph 8 (the border, the desert, the clans: a description) holds no event
        # the joint security committee to meet in Amman early next week (planned; its purpose is no event)
        E(True, ["CONSULT"], [9], "اجتماعاً", ["planned", "reported"], mode="multilateral",
          source=JO_SY_COMMITTEE, location=AMMAN, date=D("2021-11-28", "week", ("2021-11-28", "2021-12-01")),
          attribution=["مصدر حكومي"]),
        # the sit-in at al-Ruwaished (PROTEST) and its demand to the government (REQUEST; the jobs asked for
        # and the complaint about unemployment are content)
        E(True, ["PROTEST"], [10], "وقفة احتجاجية", ["asserted"], mode="demo",
          source=RUWAISHED_PROTESTERS, location=RUWAISHED_TOWN, date=TODAY, acled=PEACEFUL),
        E(True, ["REQUEST"], [10], "طالبوا", ["asserted"],
          source=RUWAISHED_PROTESTERS, recipient=JO_GOV, location=RUWAISHED_TOWN, date=TODAY),
        # one sentence, three events: the tribal truce («عطوة أمنية», AGREE), the killing in a brawl «مساء
        # الجمعة» that it follows (ASSAULT, historical, 1) and the shooter's arrest (optional)
        E(True, ["AGREE"], [11], "«عطوة أمنية»", ["asserted"],
          source=JAHA_FAMILY, location=RAMTHA, date=TODAY),
        E(True, ["ASSAULT"], [11], "قُتل بعيار ناري", ["historical", "asserted"], mode="firearms",
          source=RAMTHA_SHOOTER, recipient=RAMTHA_VICTIM, location=RAMTHA, date=D("2021-11-19"),
          fatalities=1),
        E(False, ["COERCE"], [11], "أوقفت", ["historical", "asserted"], mode="arrest",
          source=JO_SECURITY, recipient=RAMTHA_SHOOTER, location=RAMTHA, date=None, acled=ARREST),
        # background at another place: a border NCO killed in a fight with smugglers near al-Turra «مساء
        # الأربعاء الماضي» (core, historical, 1; two-sided); the reopening of Jaber last September optional,
        # historical
        E(True, ["ASSAULT"], [12], "اشتباك مع مهربين", ["historical", "asserted"], mode="firearms",
          source=TURRA_FIGHT, location=TURRA, date=D("2021-11-17"), fatalities=1, acled=CLASH),
        E(False, ["RETREAT", "CONCEDE"], [12], "فتح مركز حدود جابر", ["historical"], mode="access",
          source=JORDAN, location=JABER, date=D("2021-09-29", "month", ("2021-09-01", "2021-09-30"))),
        # paragraph 13 (smuggling attempts doubled this year: an aggregate) holds no event
        # the two foreign ministers' phone call (CONSULT; the topic is content)
        E(True, ["CONSULT"], [15], "اتصالاً هاتفياً", ["asserted", "reported"], mode="phone",
          source=SY_FM, recipient=JO_FM, date=TODAY, attribution=["بيان للوزارة"]),
    ],
)
