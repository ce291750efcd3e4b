"""Gold of article 197: Palmyra and the desert (the Jazal field, al-Sukhnah, the Valley of the Tombs, Homs), a loyalist
military news network, 2016-07-13 (Wed)."""
from actors_places import (
                           ARMY_VS_ISIS,
                           DESERT_HAWKS,
                           HOMS,
                           HOMS_GOVERNOR,
                           HOMS_SECURITY_COMMITTEE,
                           IRAN_BACKED,
                           ISIS_CONVOY,
                           ISIS_PALMYRA,
                           JAZAL,
                           PALMYRA,
                           PALMYRA_AIRPORT,
                           PALMYRA_DISPLACED,
                           PALMYRA_HOMS_ROAD,
                           PALMYRA_NOTABLES,
                           PALMYRA_SHEPHERDS,
                           PALMYRA_YOUTHS,
                           RU_RECONCILIATION,
                           SUKHNAH,
                           SUKHNAH_RESIDENTS,
                           SUKHNAH_VICTIMS,
                           SY_ARMY_AUX,
                           SY_REGIME,
                           SY_RU_AIR,
)
from common import AIR, ARREST, ATTACK, CLASH, MINE, D, E, paras_of

SLUG = "palmyra_2016_jazal_attack_sukhnah_mine_return_delegation"
ARTICLE = dict(
    id="team40-197", slug=SLUG, published="2016-07-13", outlet="al-Badia 24 loyalist news network (fictional)",
    paras=paras_of(f"197_{SLUG}.txt"),
    events=[
        # the ISIS attack on the posts around the Jazal field at dawn and the four-hour fight: one two-sided battle
        # (headline 0, lead 1, the source's details 3). Tolls: at least fifteen attackers (1) and three soldiers (3)
        # → 18; Amaq's «more than forty soldiers» is a higher claim. The suicide car bomb that opened the attack is
        # part of the fight (optional, in case a system reports it apart)
        E(True, ["ASSAULT"], [0, 1, 3], "هجوماً واسعاً", ["asserted", "reported"], mode="firearms",
          source=ARMY_VS_ISIS, location=JAZAL, date=D("2016-07-13"), fatalities=18,
          attribution=["مصدر عسكري ميداني"], acled=CLASH, tpara=1),
        E(False, ["ASSAULT"], [3], "عربة مفخخة", ["asserted", "reported"], mode="suicide-attack",
          source=ISIS_PALMYRA, recipient=SY_ARMY_AUX, location=JAZAL, date=D("2016-07-13")),
        # Syrian and Russian air strikes on ISIS around al-Sukhnah and the road to Arak, at the same time
        E(True, ["ASSAULT"], [2], "غارات مكثفة", ["asserted", "reported"], mode="aerial",
          source=SY_RU_AIR, recipient=ISIS_CONVOY, location=SUKHNAH, date=D("2016-07-13"),
          attribution=["مصدر عسكري ميداني"], acled=AIR),
        # two shepherds wounded by an ISIS-left landmine yesterday in the Valley of the Tombs
        E(True, ["ASSAULT"], [4], "انفجار لغم أرضي", ["asserted"], mode="explosives",
          source=ISIS_PALMYRA, recipient=PALMYRA_SHEPHERDS, location=PALMYRA, date=D("2016-07-12"), acled=MINE),
        # paragraph 5 is a description of the empty town (mines everywhere, the inhabitants scattered): NO gold event
        # Sunday's meeting of the displaced notables with the Homs governor, their demand, his promise (AGREE); the
        # return he promises (optional, planned) and the security committee's settlement due next week (planned)
        E(True, ["CONSULT"], [6], "التقى", ["asserted"], mode="visit",
          source=PALMYRA_NOTABLES, recipient=HOMS_GOVERNOR, location=HOMS, date=D("2016-07-10")),
        E(True, ["REQUEST"], [6], "وطالبه", ["asserted"],
          source=PALMYRA_NOTABLES, recipient=HOMS_GOVERNOR, location=HOMS, date=D("2016-07-10")),
        E(True, ["AGREE"], [6], "وعد المحافظ", ["asserted"],
          source=HOMS_GOVERNOR, recipient=PALMYRA_NOTABLES, location=HOMS, date=D("2016-07-10")),
        E(False, ["RETREAT"], [6], "عودة «الدفعة الأولى»", ["planned"], mode="return",
          source=HOMS_GOVERNOR, recipient=PALMYRA_NOTABLES, location=PALMYRA,
          date=D("2016-08-03", "week", ("2016-08-01", "2016-08-10"))),
        E(True, ["AGREE"], [6], "بتسوية أوضاع", ["planned"],
          source=HOMS_SECURITY_COMMITTEE, recipient=PALMYRA_YOUTHS, location=PALMYRA,
          date=D("2016-07-18", "week", ("2016-07-18", "2016-07-24")), attribution=["صفحة المحافظة على فيسبوك"]),
        # opposition pages' rumour that Desert Hawks groups withdrew from the Palmyra–Homs road and handed their posts
        # to Iran-backed fighters, denied by a military source (rumored, negated); the same source's reinforcements
        # to Palmyra airport and the silos yesterday (MOBILIZE)
        E(True, ["RETREAT"], [7], "انسحاب", ["rumored", "negated"], mode="withdraw",
          source=DESERT_HAWKS, recipient=IRAN_BACKED, location=PALMYRA_HOMS_ROAD, date=None,
          attribution=["صفحات معارضة", "مصدر عسكري"]),
        E(True, ["MOBILIZE"], [7], "تعزيزات جديدة", ["reported", "asserted"], mode="troops",
          source=SY_ARMY_AUX, location=PALMYRA_AIRPORT, date=D("2016-07-12"), attribution=["مصدر عسكري"]),
        # the Russian reconciliation centre's food baskets tomorrow for the displaced of Palmyra in Homs (planned)
        E(True, ["AID"], [8], "ألف سلة غذائية", ["planned"], mode="humanitarian",
          source=RU_RECONCILIATION, recipient=PALMYRA_DISPLACED, location=HOMS, date=D("2016-07-14"),
          attribution=["بيان المركز"]),
        # in ISIS-held al-Sukhnah (local sources): three young men executed on Monday evening, a night curfew, and a
        # raid with more than twenty arrests before them (date not given)
        E(True, ["ASSAULT"], [9], "أعدم", ["reported"], mode="execute",
          source=ISIS_PALMYRA, recipient=SUKHNAH_VICTIMS, location=SUKHNAH, date=D("2016-07-11"), fatalities=3,
          attribution=["مصادر أهلية"], acled=ATTACK),
        E(True, ["COERCE"], [9], "حظراً للتجول", ["reported"], mode="curfew",
          source=ISIS_PALMYRA, recipient=SUKHNAH_RESIDENTS, location=SUKHNAH,
          date=D("2016-07-11", "day", ("2016-07-11", "2016-07-13")), attribution=["مصادر أهلية"]),
        E(True, ["COERCE"], [9], "اعتقل خلالها", ["reported"], mode="arrest",
          source=ISIS_PALMYRA, recipient=SUKHNAH_RESIDENTS, location=SUKHNAH, date=None,
          attribution=["مصادر أهلية"], acled=ARREST),
        # background: ISIS's takeover of Palmyra in May 2015 and the army's recapture on 27 March 2016 (optional,
        # historical)
        E(False, ["ASSAULT", "COERCE"], [9], "سيطر على تدمر", ["historical"],
          source=ISIS_PALMYRA, recipient=SY_REGIME, location=PALMYRA,
          date=D("2015-05-20", "month", ("2015-05-01", "2015-05-31"))),
        E(False, ["ASSAULT"], [9], "يستعيدها", ["historical"],
          source=SY_ARMY_AUX, recipient=ISIS_PALMYRA, location=PALMYRA, date=D("2016-03-27")),
    ],
)
