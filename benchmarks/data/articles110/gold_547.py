"""Gold of article 547: the Qalamoun mountains (the Qara–al-Nabk road, Rankous, Flita, Yabroud, al-Nabk,
and Arsal with its barrens and the Wadi Hmeid checkpoint across the Lebanese border), a Beirut-based Lebanese
daily newspaper's website, 2014-03-05 (Wed)."""
from actors_places import (
    ARSAL_BARRENS,
    ARSAL_MEDIATOR,
    ARSAL_SUSPECTS,
    ARSAL_TOWN,
    BUS_DEAD,
    BUS_HOSTAGES,
    FLITA,
    FLITA_GROUP,
    HOSTAGE_FAMILIES,
    KIDNAPPERS,
    LEB_ARMY,
    LEB_DRIVERS,
    MASKED_GUNMEN,
    NABK,
    NABK_SIX,
    NUSRA,
    QALAMOUN_GATHERING,
    QALAMOUN_GROUP,
    QARA_NABK_ROAD,
    RANKOUS,
    RANKOUS_COMMANDERS,
    REGIME_GROUPS,
    SWAP_PARTIES,
    SWAP_RECIPIENTS,
    SY_ARMY,
    SY_GOV,
    SYRIAN_SIDES,
    WADI_HMEID,
    YABROUD,
    YABROUD_ARSAL,
)
from common import ABDUCTION, AGREEMENT, ARREST, ATTACK, PEACEFUL, SHELL, D, E, paras_of

SLUG = "qalamoun_2014_yabroud_nabk_qara_arsal_hostages"
TODAY = D("2014-03-05")
YESTERDAY = D("2014-03-04")
YESTERDAY_ON = D("2014-03-04", "day", ("2014-03-04", "2014-03-05"))
SINCE_YESTERDAY = D("2014-03-05", "day", ("2014-03-04", "2014-03-05"))
ARTICLE = dict(
    id="team110-547", slug=SLUG, published="2014-03-05",
    outlet="Sabah Beirut, a Beirut-based Lebanese daily newspaper's website (fictional)",
    paras=paras_of(f"547_{SLUG}.txt"),
    events=[
        # ¶1 (dateline «بيروت», a foreign capital; the events happen in Qalamoun and the Arsal barrens): a
        # swap carried out at dawn yesterday, fourteen women detainees freed by the Syrian authorities for
        # six men held by an armed group (core COOPERATE, an exchange carried out; RETREAT and AGREE also
        # accepted; ACLED codes a prisoner exchange as an Agreement); the headline 0 names it. Holding the
        # six since late January is an earlier act (optional, historical)
        E(True, ["COOPERATE", "RETREAT", "AGREE"], [0, 1], "صفقة تبادل", ["asserted"],
          source=SWAP_PARTIES, recipient=SWAP_RECIPIENTS, location=ARSAL_BARRENS, date=YESTERDAY,
          attribution=["مصادر متابعة للملف"], acled=AGREEMENT, tpara=1),
        E(False, ["ASSAULT", "COERCE"], [1], "تحتجزهم", ["historical", "asserted"], mode="abduct",
          source=QALAMOUN_GROUP, recipient=NABK_SIX,
          date=D("2014-01-28", "week", ("2014-01-20", "2014-01-31"))),
        # the main event, in ¶2 after the swap of ¶1 (not first in the lead): masked gunmen at a fake
        # checkpoint on the Qara–al-Nabk road kill three passengers of a minibus (core ASSAULT, Attack, 3)
        # and, in the same sentence, take five others away (core ASSAULT abduct, Abduction/forced
        # disappearance); burning the bus is optional; ¶3 the other side's version, ¶17 the funeral of
        # «الركاب الثلاثة»; the headline names both
        E(True, ["ASSAULT"], [0, 2, 3, 17], "فقتلوا", ["asserted", "reported"], mode="firearms",
          source=MASKED_GUNMEN, recipient=BUS_DEAD, location=QARA_NABK_ROAD, date=YESTERDAY_ON, fatalities=3,
          attribution=["مصدر أمني سوري"], acled=ATTACK, tpara=2),
        E(True, ["ASSAULT"], [0, 2], "واقتادوا", ["asserted", "reported"], mode="abduct",
          source=MASKED_GUNMEN, recipient=BUS_HOSTAGES, location=QARA_NABK_ROAD, date=YESTERDAY_ON,
          attribution=["مصدر أمني سوري"], acled=ABDUCTION, tpara=2),
        E(False, ["ASSAULT"], [2], "أحرقوا", ["asserted", "reported"], mode="destroy",
          source=MASKED_GUNMEN, location=QARA_NABK_ROAD, date=YESTERDAY_ON),
        # ¶3 (a paragraph of the main event): the Qalamoun battalions' media office denies any link
        # (optional REJECT) and accuses groups working for the government (core ACCUSE); «بهدف» gives the
        # alleged motive, and «من دون أن» negates nothing
        E(False, ["REJECT"], [3], "نفى", ["asserted"],
          source=QALAMOUN_GATHERING, date=SINCE_YESTERDAY),
        E(True, ["ACCUSE"], [3], "متهماً", ["asserted", "reported"],
          source=QALAMOUN_GATHERING, recipient=REGIME_GROUPS, date=SINCE_YESTERDAY),
        # ¶4, one sentence, two events joined with «و» and a second verb: the kidnappers demand a ransom
        # (core REQUEST) and threaten to kill the five if it is not paid within three days (core THREATEN;
        # the killing optional, hypothetical)
        E(True, ["REQUEST"], [4], "وطالب", ["asserted", "reported"],
          source=KIDNAPPERS, recipient=HOSTAGE_FAMILIES, date=YESTERDAY, attribution=["أحد أقارب المخطوفين"]),
        E(True, ["THREATEN"], [4], "وهددوا", ["asserted", "reported"], mode="violence",
          source=KIDNAPPERS, recipient=BUS_HOSTAGES, date=YESTERDAY, attribution=["أحد أقارب المخطوفين"]),
        E(False, ["ASSAULT"], [4], "بقتلهم", ["hypothetical"], mode="execute",
          source=KIDNAPPERS, recipient=BUS_HOSTAGES, date=None),
        # ¶5: a mediator from Arsal's notables visits Rankous and meets three battalion commanders (core
        # CONSULT, visit); what he passed on is no event
        E(True, ["CONSULT"], [5], "وزار", ["asserted"], mode="visit",
          source=ARSAL_MEDIATOR, recipient=RANKOUS_COMMANDERS, location=RANKOUS, date=YESTERDAY),
        # ¶6: an armed group in Flita frees two Lebanese lorry drivers after a ransom (core RETREAT release)
        # and hands them to the Lebanese army at Arsal; their abduction a week earlier is optional,
        # historical; «، وذلك بعد أن» tells the time after the act
        E(True, ["RETREAT"], [6], "أطلقت", ["asserted"], mode="release",
          source=FLITA_GROUP, recipient=LEB_DRIVERS, location=FLITA, date=YESTERDAY),
        E(False, ["ASSAULT"], [6], "خطفتهما", ["historical", "asserted"], mode="abduct",
          source=FLITA_GROUP, recipient=LEB_DRIVERS, location=ARSAL_BARRENS,
          date=D("2014-02-25", "week", ("2014-02-24", "2014-02-28"))),
        # paragraph 7 (the mountains and their barrens: a description) holds no event
        # ¶8: the killing of one of the five, rumoured on pro-government pages and denied by the mediator
        # (core ASSAULT execute, rumored; the denial optional REJECT)
        E(True, ["ASSAULT"], [8], "إعدام", ["rumored", "reported"], mode="execute",
          source=KIDNAPPERS, recipient=BUS_HOSTAGES, location=RANKOUS, date=None,
          attribution=["صفحات مؤيدة للحكومة السورية على «فيسبوك»"]),
        E(False, ["REJECT"], [8], "نفى", ["asserted"],
          source=ARSAL_MEDIATOR, date=SINCE_YESTERDAY),
        # ¶9: the Lebanese army arrests three Syrians at the Wadi Hmeid checkpoint (core COERCE, Arrests); the
        # car seized is optional
        E(True, ["COERCE"], [9], "واعتقلت", ["asserted"], mode="arrest",
          source=LEB_ARMY, recipient=ARSAL_SUSPECTS, location=WADI_HMEID, date=YESTERDAY,
          attribution=["بيان لقيادة الجيش"], acled=ARREST),
        E(False, ["COERCE"], [9], "وصادرت", ["asserted"], mode="confiscate",
          source=LEB_ARMY, location=WADI_HMEID, date=YESTERDAY),
        # ¶10: the second stage of the swap due «يوم السبت المقبل» (core COOPERATE, planned); the place is the
        # barrens of ¶1
        E(True, ["COOPERATE", "RETREAT"], [10], "تُستكمل", ["planned"],
          source=SWAP_PARTIES, location=ARSAL_BARRENS, date=D("2014-03-08")),
        # ¶11: the edges of Yabroud shelled «من قبل» army units since dawn (core ASSAULT, passive,
        # Shelling); the weeks-long operation is an aggregate (optional, generic) and the families fleeing
        # optional, reported
        E(True, ["ASSAULT"], [11], "لقصف", ["asserted"], mode="heavy-weapons",
          source=SY_ARMY, location=YABROUD, date=TODAY, acled=SHELL),
        E(False, ["ASSAULT"], [11], "العملية العسكرية", ["generic", "historical"], mode="heavy-weapons",
          source=SY_ARMY, location=YABROUD, date=None),
        E(False, ["RETREAT"], [11], "نزوح", ["reported"], mode="withdraw",
          location=YABROUD_ARSAL, date=SINCE_YESTERDAY),
        # ¶12: Nusra sent no one to the Rankous meeting (core CONSULT, negated); the mediator's earlier
        # request, the hostages Nusra is said to hold and its refusal are optional
        E(True, ["CONSULT"], [12], "يحضر", ["negated"],
          source=NUSRA, recipient=ARSAL_MEDIATOR, location=RANKOUS, date=YESTERDAY),
        E(False, ["REQUEST"], [12], "طلب", ["historical", "asserted"],
          source=ARSAL_MEDIATOR, recipient=NUSRA, date=D("2014-03-03", "day", ("2014-03-02", "2014-03-03"))),
        E(False, ["ASSAULT", "COERCE"], [12], "تحتجز", ["reported", "generic"], mode="abduct",
          source=NUSRA, date=None),
        E(False, ["REJECT"], [12], "وترفض", ["reported"],
          source=NUSRA, date=None),
        # paragraph 13 (a brother's words) holds no event
        # background at another place, in «وكان … قد»: two rockets on a quarter of Arsal on 17 February
        # (core, historical, 2; no actor is named; the mutual blame optional, historical)
        E(True, ["ASSAULT"], [14], "صاروخان", ["historical", "asserted"], mode="heavy-weapons",
          location=ARSAL_TOWN, date=D("2014-02-17"), fatalities=2, acled=SHELL),
        E(False, ["ACCUSE"], [14], "تبادلت", ["historical", "asserted"],
          source=SYRIAN_SIDES, date=D("2014-02-18", "week", ("2014-02-17", "2014-02-28"))),
        # ¶15, two events joined with «و» and a second verb: the hostages' families' sit-in in al-Nabk (core
        # PROTEST, Peaceful protest) and their demand to the government (core REQUEST)
        E(True, ["PROTEST"], [15], "اعتصاماً", ["asserted"], mode="demo",
          source=HOSTAGE_FAMILIES, location=NABK, date=TODAY, acled=PEACEFUL),
        E(True, ["REQUEST"], [15], "وطالبوا", ["asserted"],
          source=HOSTAGE_FAMILIES, recipient=SY_GOV, location=NABK, date=TODAY),
        # paragraph 16 (kidnapping on the roads since 2012: a generic statement and aggregates) holds no
        # event; ¶17, the funeral, is a paragraph of the main event
    ],
)
