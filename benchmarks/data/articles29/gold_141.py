"""Gold of article 141: the siege of Madaya, Buqayn and az-Zabadani (Damascus countryside), an opposition local site
of the western Damascus countryside, 2016-08-17 (Wed). No dateline: the article opens on the lead, as the seed does."""
from actors_places import (
    AID_ORGS,
    BLOUDAN,
    BUQAYN,
    BUQAYN_YOUTHS,
    CIVILIANS,
    DIMAS,
    FOURTH_DIV,
    HEZ_4TH,
    HEZ_4TH_OTHER,
    HEZ_CHECKPOINT,
    HEZ_REGIME,
    HEZ_REP,
    HEZ_SNIPER,
    HEZBOLLAH,
    MADAYA,
    MADAYA_BUQAYN,
    MADAYA_BUQAYN_ZABADANI,
    MADAYA_COMMITTEE,
    MADAYA_COUNCIL,
    MADAYA_MEDICAL,
    MADAYA_RESIDENTS,
    MADAYA_WOMAN,
    MADAYA_YOUTH,
    MEDICS,
    OPP_ZABADANI,
    REGIME,
    SARC_UN,
    WHO_ICRC,
    ZABADANI,
)
from common import AGREEMENT, ARREST, ATTACK, CLASH, OTHER, SHELL, D, E, paras_of

SLUG = "madaya_zabadani_buqayn_bloudan_siege"
ARTICLE = dict(
    id="team29-141", slug=SLUG, published="2016-08-17", outlet="Barada al-Yawm news site (fictional)",
    paras=paras_of(f"141_{SLUG}.txt"),
    events=[
        # the sniper's killing of a young man «مساء أمس الثلاثاء»: headline 0, lead 1 (correspondent), the page's
        # retelling 2 (two hours bleeding), and the relative's account 10 (three bullets; the funeral is no event)
        E(True, ["ASSAULT"], [0, 1, 2, 10], "برصاص قنّاص", ["asserted", "reported"], mode="firearms",
          source=HEZ_SNIPER, recipient=MADAYA_YOUTH, location=MADAYA, date=D("2016-08-16"), fatalities=1,
          attribution=["مراسل «بردى اليوم» في مضايا", "صفحة «مضايا المنسية» على فيسبوك", "أحد أقارب الشاب"],
          acled=ATTACK, tpara=1),
        # the same sniper's shot at a woman the same morning (a second, earlier act told in a «كان قد» clause)
        E(True, ["ASSAULT"], [2], "أطلق النار", ["asserted", "reported"], mode="firearms",
          source=HEZ_SNIPER, recipient=MADAYA_WOMAN, location=MADAYA, date=D("2016-08-16"),
          attribution=["صفحة «مضايا المنسية» على فيسبوك"], acled=ATTACK),
        # ¶3 describes living conditions: deliberately NO gold event
        # Sunday's negotiation round in Bloudan (the headline's «تعثّر مفاوضات»); the evacuation it discussed is only
        # its subject (optional, planned); the 2015 four-towns agreement in a relative clause (optional, historical)
        E(True, ["CONSULT"], [0, 4], "جولة مفاوضات", ["asserted", "reported"],
          source=MADAYA_COMMITTEE, recipient=HEZ_4TH, location=BLOUDAN, date=D("2016-08-14"),
          attribution=["مصادر في لجنة التفاوض عن البلدة"], tpara=4),
        E(False, ["RETREAT"], [4], "إخراج", ["planned", "hypothetical"], date=None),
        E(False, ["AGREE"], [4], "وُقّع", ["historical"],
          date=D("2015-09-15", "month", ("2015-09-01", "2015-09-30")), acled=AGREEMENT),
        # the round's failure: Hezbollah's representative rejects the list and sets a condition (a demand); the
        # committee's «ابتزاز» is a weak accusation (optional)
        E(True, ["REJECT"], [5], "رفض", ["asserted", "reported"],
          source=HEZ_REP, recipient=MADAYA_COMMITTEE, location=BLOUDAN, date=D("2016-08-14"),
          attribution=["مصادر في لجنة التفاوض عن البلدة"]),
        E(True, ["REQUEST"], [5], "واشترط", ["asserted", "reported"],
          source=HEZ_REP, recipient=MADAYA_COMMITTEE, location=BLOUDAN, date=D("2016-08-14"),
          attribution=["مصادر في لجنة التفاوض عن البلدة"]),
        E(False, ["ACCUSE"], [5], "ابتزازاً", ["asserted"],
          source=MADAYA_COMMITTEE, recipient=HEZ_REP, date=D("2016-08-14")),
        # talk among residents of a new minefield and earth berms (fortification: MOBILIZE), unconfirmed by the
        # council; the council's advice to residents is optional
        E(True, ["MOBILIZE"], [6], "بزرع حقل ألغام", ["rumored"],
          source=HEZBOLLAH, location=MADAYA_BUQAYN, date=D("2016-08-16", "day", ("2016-08-15", "2016-08-17")),
          attribution=["أوساط الأهالي"]),
        E(False, ["REQUEST"], [6], "طلب من الأهالي", ["asserted"],
          source=MADAYA_COUNCIL, recipient=CIVILIANS, location=MADAYA, date=None),
        # today's shelling of the rebels' last pocket in az-Zabadani (no casualties reported: no negation)
        E(True, ["ASSAULT"], [7], "قصفت", ["asserted", "reported"], mode="heavy-weapons",
          source=REGIME, recipient=OPP_ZABADANI, location=ZABADANI, date=D("2016-08-17"),
          attribution=["«شبكة أخبار الزبداني وسرغايا» عن ناشطين"], acled=SHELL),
        # the last aid convoy, 25 May (background with an explicit date: historical core); the ban on baby milk at
        # the time is a passive restriction with no agent (optional)
        E(True, ["AID"], [8], "قافلة مساعدات", ["historical", "asserted"], mode="humanitarian",
          source=SARC_UN, recipient=MADAYA_RESIDENTS, location=MADAYA_BUQAYN_ZABADANI, date=D("2016-05-25"),
          attribution=["المجلس المحلي"]),
        E(False, ["COERCE"], [8], "مُنعت", ["historical", "asserted"], mode="restrict",
          recipient=AID_ORGS, location=MADAYA_BUQAYN_ZABADANI, date=D("2016-05-25")),
        # the medical commission's statement: blame (the three deaths from lack of medicine are an aggregate, not
        # an event) and appeal
        E(True, ["ACCUSE"], [9], "حمّلت", ["asserted"],
          source=MADAYA_MEDICAL, recipient=HEZ_REGIME, location=MADAYA, date=D("2016-08-16"),
          attribution=["بيان الهيئة الطبية في مضايا"]),
        E(True, ["REQUEST"], [9], "وناشدت", ["asserted"],
          source=MADAYA_MEDICAL, recipient=WHO_ICRC, location=MADAYA, date=D("2016-08-16"),
          attribution=["بيان الهيئة الطبية في مضايا"]),
        # the relative's new detail: the checkpoint kept the medics from the wounded man (a distinct COERCE)
        E(True, ["COERCE"], [10], "منعوا", ["asserted", "reported"], mode="restrict",
          source=HEZ_CHECKPOINT, recipient=MEDICS, location=MADAYA, date=D("2016-08-16"),
          attribution=["أحد أقارب الشاب"], acled=OTHER),
        # Monday's arrest of three flour carriers at Buqayn (the confiscation is the same act)
        E(True, ["COERCE"], [11], "اعتقل", ["asserted", "reported"], mode="arrest",
          source=FOURTH_DIV, recipient=BUQAYN_YOUTHS, location=BUQAYN, date=D("2016-08-15"),
          attribution=["مصادر محلية"], acled=ARREST),
        # loyalist pages' rumour of their release, denied by a relative; their transfer to ad-Dimas is optional
        E(True, ["RETREAT"], [12], "الإفراج", ["rumored", "negated"], mode="release",
          source=FOURTH_DIV, recipient=BUQAYN_YOUTHS, date=None,
          attribution=["صفحات موالية للنظام", "أحد ذويهم"]),
        E(False, ["COERCE"], [12], "نُقلوا", ["asserted", "reported"], mode="arrest",
          source=FOURTH_DIV, recipient=BUQAYN_YOUTHS, location=DIMAS, date=None),
        # ¶13 is a generic paragraph (fear of winter, cut trees, sold furniture): deliberately NO gold event
        # background: the siege since July 2015 and the campaign on az-Zabadani (optional, historical)
        E(False, ["COERCE"], [14], "لحصار خانق", ["asserted", "historical"], mode="restrict",
          source=HEZ_REGIME, location=MADAYA_BUQAYN,
          date=D("2015-07-15", "month", ("2015-07-01", "2015-07-31"))),
        E(False, ["ASSAULT"], [14], "حملة عسكرية واسعة", ["historical"], mode="heavy-weapons",
          source=HEZ_REGIME, location=ZABADANI, date=D("2015-07-15", "month", ("2015-07-01", "2015-07-31")),
          acled=CLASH),
        # al-Manar's field source: an ultimatum (THREATEN) and a participle accusation (optional)
        E(True, ["THREATEN"], [15], "أمامهم خياران", ["asserted", "reported"], mode="violence",
          source=HEZBOLLAH, recipient=OPP_ZABADANI, location=ZABADANI, date=D("2016-08-16"),
          attribution=["قناة «المنار» عن مصدر ميداني"]),
        E(False, ["ACCUSE"], [15], "متهماً", ["asserted", "reported"],
          source=HEZBOLLAH, recipient=OPP_ZABADANI, date=D("2016-08-16")),
        # the next round, early next week in Bloudan (planned)
        E(True, ["CONSULT"], [16], "جولة جديدة من المفاوضات", ["planned"],
          source=MADAYA_COMMITTEE, recipient=HEZ_4TH_OTHER, location=BLOUDAN,
          date=D("2016-08-21", "week", ("2016-08-20", "2016-08-24")), attribution=["مصادر «بردى اليوم»"]),
    ],
)
