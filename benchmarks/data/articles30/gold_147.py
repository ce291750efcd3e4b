"""Gold of article 147: the besieged districts of Deir ez-Zor city (al-Joura, al-Qusour, the airport), a loyalist
local Facebook news network, 2015-11-11 (Wed)."""
from actors_places import (
                           DZ,
                           DZ_AIRPORT,
                           DZ_BESIEGED,
                           DZ_CLASH,
                           DZ_EXECUTED,
                           DZ_GOVERNOR,
                           DZ_ISIS_HELD,
                           DZ_NOTABLES,
                           DZ_TRADERS,
                           HAMIDIYA,
                           ISIS_DZ,
                           JOURA,
                           JOURA_VICTIMS,
                           MIL_SECURITY,
                           QUSOUR,
                           SINAA,
                           SY_AIR,
                           SY_ARMY_DZ,
                           THARDA,
)
from common import AIR, ARREST, ATTACK, CLASH, SHELL, D, E, paras_of

SLUG = "deir_ezzor_joura_qusour_airport_siege"
ARTICLE = dict(
    id="team30-147", slug=SLUG, published="2015-11-11", outlet="Deir ez-Zor al-Samida Facebook network (fictional)",
    paras=paras_of(f"147_{SLUG}.txt"),
    events=[
        # ISIS mortar fire on al-Joura this morning: headline 0, lead 1 (a medical source: 3 killed), retold in 6
        # (the shell fell by a bakery; another page names five dead, unconfirmed) → 3
        E(True, ["ASSAULT"], [0, 1, 6], "قذائف هاون", ["asserted", "reported"], mode="heavy-weapons",
          source=ISIS_DZ, recipient=JOURA_VICTIMS, location=JOURA, date=D("2015-11-11"), fatalities=3,
          attribution=["مصدر طبي في المشفى العسكري", "مراسل الشبكة", "صفحة «أخبار دير الزور لحظة بلحظة»"],
          acled=SHELL, tpara=1),
        # the foiled infiltration towards the airport at dawn: one two-sided fight (the destroyed car bomb is part of
        # it; «أكثر من عشرين» → 20, per a military source); the army's reinforcements from the 137th Brigade
        # (MOBILIZE); the «possible attack» they are meant to repel is hypothetical (optional)
        E(True, ["ASSAULT"], [0, 2], "اشتباكات عنيفة", ["asserted", "reported"], mode="firearms",
          source=DZ_CLASH, location=DZ_AIRPORT, date=D("2015-11-11"), fatalities=20,
          attribution=["مصدر عسكري"], acled=CLASH, tpara=2),
        E(True, ["MOBILIZE"], [2], "استقدم تعزيزات", ["asserted", "reported"], mode="troops",
          source=SY_ARMY_DZ, location=DZ_AIRPORT, date=D("2015-11-11", "day", ("2015-11-10", "2015-11-11")),
          attribution=["مصدر عسكري"]),
        E(False, ["ASSAULT"], [2], "هجوم محتمل", ["hypothetical"],
          source=ISIS_DZ, location=DZ_AIRPORT, date=None),
        # air strikes on three ISIS-held places under one verb (one event); «قتلى وجرحى» gives no number
        E(True, ["ASSAULT"], [3], "سلسلة غارات", ["asserted", "reported"], mode="aerial",
          source=SY_AIR, recipient=ISIS_DZ, location=DZ_ISIS_HELD,
          date=D("2015-11-11", "day", ("2015-11-10", "2015-11-11")), attribution=["مصدر عسكري"], acled=AIR),
        # paragraph 4 is about prices and bread queues: deliberately NO gold event
        # the Military Security raid on two warehouses with three arrests (one act); the seizure of the goods could be
        # coded on its own (optional); their sale at the official price is no event
        E(True, ["COERCE"], [5], "واعتقلت", ["asserted", "reported"], mode="arrest",
          source=MIL_SECURITY, recipient=DZ_TRADERS, location=QUSOUR, date=D("2015-11-10"),
          attribution=["مصدر في المحافظة"], acled=ARREST),
        E(False, ["COERCE"], [5], "وضبطت", ["asserted"], mode="confiscate",
          source=MIL_SECURITY, recipient=DZ_TRADERS, location=QUSOUR, date=D("2015-11-10")),
        # «وكان محافظ دير الزور قد التقى، أمس الثلاثاء»: a dated meeting of yesterday (host as source), his promise
        # and the notables' demand
        E(True, ["CONSULT"], [7], "التقى", ["asserted", "historical"], mode="visit",
          source=DZ_GOVERNOR, recipient=DZ_NOTABLES, location=DZ, date=D("2015-11-10")),
        E(True, ["AGREE"], [7], "ووعد", ["asserted", "historical"],
          source=DZ_GOVERNOR, recipient=DZ_NOTABLES, location=DZ, date=D("2015-11-10")),
        E(True, ["REQUEST"], [7], "طالب الوجهاء", ["asserted", "historical"],
          source=DZ_NOTABLES, recipient=DZ_GOVERNOR, location=DZ, date=D("2015-11-10")),
        # opposition pages' rumour of an ISIS takeover of points on Jabal al-Tharda, flatly denied by a military
        # source; «الحرب النفسية التي تشنها» is a metaphor (no event)
        E(True, ["ASSAULT", "COERCE"], [8], "سيطرة تنظيم داعش", ["rumored", "negated", "reported"], mode="seize",
          source=ISIS_DZ, recipient=SY_ARMY_DZ, location=THARDA,
          date=D("2015-11-10", "day", ("2015-11-09", "2015-11-11")), attribution=["صفحات معارضة", "مصدر عسكري"]),
        # ISIS executes a young man in al-Hamidiya yesterday (told by local sources); his capture days earlier,
        # in a «بعد أن» clause, optional
        E(True, ["ASSAULT"], [9], "أعدموا", ["reported", "asserted"], mode="execute",
          source=ISIS_DZ, recipient=DZ_EXECUTED, location=HAMIDIYA, date=D("2015-11-10"), fatalities=1,
          attribution=["مصادر أهلية"], acled=ATTACK),
        E(False, ["COERCE"], [9], "ضبطوه", ["historical", "reported"], mode="arrest",
          source=ISIS_DZ, recipient=DZ_EXECUTED, location=HAMIDIYA,
          date=D("2015-11-07", "week", ("2015-11-01", "2015-11-10"))),
        # background: ISIS's siege of the districts since the start of the year (a standing state; optional) and the
        # dated attack on the army's points in al-Sina'a «في الخامس من تشرين الأول الماضي» (7 soldiers killed), the
        # attackers' forced retreat optional
        E(False, ["COERCE"], [10], "حصاراً خانقاً", ["asserted", "historical", "generic"], mode="restrict",
          source=ISIS_DZ, location=DZ_BESIEGED, date=None),
        E(True, ["ASSAULT"], [10], "هجوماً واسعاً", ["historical", "asserted"], mode="firearms",
          source=ISIS_DZ, recipient=SY_ARMY_DZ, location=SINAA, date=D("2015-10-05"), fatalities=7, acled=CLASH),
        E(False, ["RETREAT"], [10], "التراجع", ["historical"], mode="withdraw",
          source=ISIS_DZ, location=SINAA, date=D("2015-10-05")),
    ],
)
