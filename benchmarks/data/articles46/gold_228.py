"""Gold of article 228: al-Mahra (Shehen, al-Ghaydah, Hawf, Qishn), a Yemeni local site close to the sit-in
movement, 2019-07-20 (Sat)."""
from actors_places import (
    BOAT_CREW,
    CLASH_SIDES,
    COMMITTEE_MEMBERS,
    GHAYDAH,
    GHAYDAH_AIRPORT,
    GHAYDAH_HOSPITAL,
    GHAYDAH_OFFICER,
    GHAYDAH_WEST,
    HAWF,
    MAHRA,
    MAHRA_GOVERNOR,
    MAHRA_MARCHERS,
    MAHRA_SECURITY,
    QISHN_GHAYDAH,
    SAUDI_BACKED_FORCE,
    SAUDI_COMMANDER,
    SAUDI_FORCES,
    SDRPY,
    SHEHEN,
    SHEHEN_SHEIKH,
    SIT_IN_COMMITTEE,
    UNKNOWN,
    YE_COAST_GUARD,
    YE_GOV,
)
from common import ARREST, ATTACK, CLASH, HQ, PEACEFUL, D, E, paras_of

SLUG = "mahra_2019_shehen_clash_ghaydah_march_hawf_boat"
ARTICLE = dict(
    id="team46-228", slug=SLUG, published="2019-07-20", outlet="Sahil al-Mahra news site (fictional)",
    paras=paras_of(f"228_{SLUG}.txt"),
    events=[
        # the clash near the Shehen crossing at dawn: headline 0, lead 1 (tribal sources), ¶2 (the hour of fire and
        # the force's withdrawal), the committee's retelling 3 («شهيدين» vs one → 1); both sides are sources; the
        # attempt to set up a checkpoint is the clash's cause, the notables' mediation no event
        E(True, ["ASSAULT"], [0, 1, 2, 3], "مواجهات اندلعت", ["asserted", "reported"], mode="firearms",
          source=CLASH_SIDES, location=SHEHEN, date=D("2019-07-20"), fatalities=1,
          attribution=["مصادر قبلية", "لجنة الاعتصام السلمي"], acled=CLASH, tpara=1),
        E(False, ["RETREAT"], [2], "انسحبوا", ["asserted", "reported"], mode="withdraw",
          source=SAUDI_BACKED_FORCE, location=SHEHEN, date=D("2019-07-20")),
        # the committee's blame of the Saudi forces (core) and its call for an inquiry (participle, optional)
        E(True, ["ACCUSE"], [3], "تتحمل مسؤوليتها", ["asserted", "reported"],
          source=SIT_IN_COMMITTEE, recipient=SAUDI_FORCES, date=D("2019-07-20"),
          attribution=["بيان لجنة الاعتصام السلمي"]),
        E(False, ["REQUEST"], [3], "داعيةً", ["asserted"], source=SIT_IN_COMMITTEE, date=D("2019-07-20")),
        # the march in al-Ghaydah (headline 0) and the closing statement's demand to the government; the banners
        # «rejecting tutelage» are no REJECT
        E(True, ["PROTEST"], [0, 4], "مسيرة", ["asserted"], mode="demo",
          source=MAHRA_MARCHERS, location=GHAYDAH, date=D("2019-07-20"), acled=PEACEFUL, tpara=4),
        E(True, ["REQUEST"], [4], "وطالب", ["asserted"],
          source=MAHRA_MARCHERS, recipient=YE_GOV, location=GHAYDAH, date=D("2019-07-20")),
        # paragraph 5 is the coalition's silence: deliberately NO gold event
        # the boat seized off Hawf with four crew, told only by SPA's coalition source and called a «play» by the
        # committee; the day of the operation is not given
        E(True, ["COERCE"], [6], "ضبطت", ["reported", "negated"], mode="confiscate",
          source=YE_COAST_GUARD, recipient=BOAT_CREW, location=HAWF, date=None,
          attribution=["واس عن مصدر في قيادة القوات المشتركة للتحالف", "متحدث باسم لجنة الاعتصام"],
          acled=ARREST),
        # «وكان … قد»: the governor met the Saudi commander yesterday evening (Saba)
        E(True, ["CONSULT"], [7], "التقى", ["asserted", "historical", "reported"], mode="visit",
          source=MAHRA_GOVERNOR, recipient=SAUDI_COMMANDER, location=GHAYDAH_AIRPORT, date=D("2019-07-19"),
          attribution=["وكالة الأنباء اليمنية سبأ"]),
        # two committee members detained at a checkpoint; the release claimed by the security source and denied by
        # the committee is optional (reported, negated)
        E(True, ["COERCE"], [8], "واعتقلت", ["reported", "asserted"], mode="arrest",
          source=MAHRA_SECURITY, recipient=COMMITTEE_MEMBERS, location=GHAYDAH_WEST, date=D("2019-07-20"),
          attribution=["ناشطون في لجنة الاعتصام", "مصدر في إدارة الأمن"], acled=ARREST),
        E(False, ["RETREAT"], [8], "أُخلي سبيلهما", ["reported", "negated"], mode="release",
          source=MAHRA_SECURITY, recipient=COMMITTEE_MEMBERS, location=GHAYDAH, date=D("2019-07-20")),
        # the car march called for Monday (planned; the call itself optional) and the Shehen sheikh's conditional
        # threat (made: asserted; the closure of the crossing hypothetical, optional)
        E(False, ["REQUEST"], [9], "ودعت", ["asserted"], source=SIT_IN_COMMITTEE, date=D("2019-07-20")),
        E(True, ["PROTEST"], [9], "مسيرة سيارات", ["planned"], mode="demo",
          source=SIT_IN_COMMITTEE, location=QISHN_GHAYDAH, date=D("2019-07-22")),
        E(True, ["THREATEN"], [9], "لوّح", ["asserted"], mode="obstruct",
          source=SHEHEN_SHEIKH, location=SHEHEN, date=D("2019-07-20")),
        E(False, ["PROTEST"], [9], "ستغلق المنفذ", ["hypothetical"], mode="obstruct",
          source=SHEHEN_SHEIKH, location=SHEHEN, date=None),
        # Saudi trucks and vehicles reaching Hawf's coast over three days (residents' word, unconfirmed); the base
        # they seem to prepare is optional
        E(True, ["MOBILIZE"], [10], "وصول شاحنات", ["reported", "rumored"], mode="troops",
          source=SAUDI_FORCES, location=HAWF, date=D("2019-07-19", "week", ("2019-07-17", "2019-07-20")),
          attribution=["سكان في مديرية حوف"]),
        E(False, ["MOBILIZE"], [10], "لإقامة موقع عسكري جديد", ["planned", "hypothetical"], mode="troops",
          source=SAUDI_FORCES, location=HAWF, date=None, acled=HQ),
        # the Saudi programme's medical equipment for al-Ghaydah's hospital; the opponents' view is no event
        E(True, ["AID"], [11], "سلّم", ["asserted", "reported"], mode="economic",
          source=SDRPY, recipient=GHAYDAH_HOSPITAL, location=GHAYDAH, date=D("2019-07-20"),
          attribution=["البرنامج السعودي لتنمية وإعمار اليمن"]),
        # paragraph 12 is a generic description: deliberately NO gold event
        # «وكان … قد»: last Wednesday, gunmen shot at an officer's car in al-Ghaydah, killing his escort
        E(True, ["ASSAULT"], [13], "أطلقوا النار", ["historical", "asserted"], mode="firearms",
          source=UNKNOWN, recipient=GHAYDAH_OFFICER, location=GHAYDAH, date=D("2019-07-17"), fatalities=1,
          acled=ATTACK),
        # «يُذكر أن»: the first Saudi forces arrived in late 2017 (optional, historical)
        E(False, ["MOBILIZE"], [14], "وصلت", ["historical"], mode="troops",
          source=SAUDI_FORCES, location=MAHRA, date=D("2017-11-15", "month", ("2017-10-01", "2017-12-31"))),
    ],
)
