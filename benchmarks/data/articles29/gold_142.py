"""Gold of article 142: Deir ez-Zor's besieged neighbourhoods (al-Joura, al-Qusour, Harabesh, the airport) under the
ISIS siege, a loyalist Facebook news network, 2016-06-07 (Tue). The network's words («إرهابيو داعش», «استشهد»,
«نسور الجو») are kept in the accepted names where they name the actor."""
from actors_places import (
    CIVILIANS,
    DZ_AIRPORT,
    DZ_BESIEGED,
    DZ_BESIEGED_PLACE,
    DZ_CITY,
    DZ_CIVILIANS,
    DZ_GOVERNORATE,
    DZ_OFFICIAL,
    DZ_POLICE,
    DZ_TRADERS,
    HUWEIQA,
    INTL_ORGS,
    ISIS_ARMY,
    ISIS_DZ,
    JOURA,
    JOURA_PROTESTERS,
    MIL_SECURITY,
    QUSOUR,
    SY_RU_AIR,
    WFP,
)
from common import AIR, ARREST, CLASH, PEACEFUL, SHELL, D, E, paras_of

SLUG = "deir_ezzor_joura_qusour_huweiqa_airport"
ARTICLE = dict(
    id="team29-142", slug=SLUG, published="2016-06-07", outlet="Deir ez-Zor al-Samida Facebook network (fictional)",
    paras=paras_of(f"142_{SLUG}.txt"),
    events=[
        # ISIS rockets on al-Joura's vegetable market this morning: headline 0, lead 1 (3 killed)
        E(True, ["ASSAULT"], [0, 1], "قذائف صاروخية", ["asserted", "reported"], mode="heavy-weapons",
          source=ISIS_DZ, recipient=DZ_CIVILIANS, location=JOURA, date=D("2016-06-07"), fatalities=3,
          attribution=["مراسل الشبكة"], acled=SHELL, tpara=1),
        # Syrian and Russian air strikes on al-Huweiqa and Hawijat Sakr since dawn (headline 0): «عشرات» → 12; the
        # pledge to continue is optional (planned)
        E(True, ["ASSAULT"], [0, 2], "سلسلة غارات", ["asserted", "reported"], mode="aerial",
          source=SY_RU_AIR, recipient=ISIS_DZ, location=HUWEIQA, date=D("2016-06-07"), fatalities=12,
          attribution=["مصدر عسكري"], acled=AIR, tpara=2),
        E(False, ["ASSAULT"], [2], "سيواصلون ضرباتهم", ["planned", "hypothetical"], mode="aerial",
          source=SY_RU_AIR, recipient=ISIS_DZ, date=None),
        # ISIS's attack on the airport perimeter, repelled (a two-sided fight) from last evening to dawn: ¶3 (SANA:
        # over twenty attackers killed) and ¶8 (the field source: a suicide car bomb opened it, two Republican Guard
        # soldiers killed) → 20 + 2 = 22. The car bomb that opened the attack is part of it (optional on its own);
        # the Amaq claim of three posts taken is denied (optional)
        E(True, ["ASSAULT"], [3, 8], "لهجوم عنيف", ["asserted", "reported"], mode="firearms",
          source=ISIS_ARMY, location=DZ_AIRPORT, date=D("2016-06-06", "day", ("2016-06-06", "2016-06-07")),
          fatalities=22, attribution=["سانا عن مصدر عسكري", "مصدر ميداني"], acled=CLASH),
        E(False, ["ASSAULT"], [8], "عربة مفخخة", ["asserted", "reported"], mode="suicide-attack",
          source=ISIS_DZ, location=DZ_AIRPORT, date=D("2016-06-06")),
        E(False, ["ASSAULT", "COERCE"], [8], "سيطروا", ["negated", "reported"], mode="seize",
          source=ISIS_DZ, location=DZ_AIRPORT, date=D("2016-06-06", "day", ("2016-06-06", "2016-06-07"))),
        # WFP air drop last night, and the governorate's demand for more flights
        E(True, ["AID"], [4], "ألقت", ["asserted", "reported"], mode="humanitarian",
          source=WFP, recipient=DZ_BESIEGED, location=DZ_BESIEGED_PLACE, date=D("2016-06-06"),
          attribution=["محافظة دير الزور"]),
        E(True, ["REQUEST"], [4], "وطالبت", ["asserted"],
          source=DZ_GOVERNORATE, recipient=INTL_ORGS, location=DZ_CITY,
          date=D("2016-06-07", "day", ("2016-06-06", "2016-06-07")), attribution=["محافظة دير الزور"]),
        # ¶5 describes prices and shortages: deliberately NO gold event
        # Military Security arrests three aid traders in al-Qusour yesterday (the seized goods are the same act; the
        # referral to court is no SANCTION)
        E(True, ["COERCE"], [6], "القبض", ["asserted", "reported"], mode="arrest",
          source=MIL_SECURITY, recipient=DZ_TRADERS, location=QUSOUR, date=D("2016-06-06"),
          attribution=["مصدر أمني"], acled=ARREST),
        # al-Joura residents' vigil at the governorate building in al-Qusour, their demand, the official's meeting
        # with them (core) and his promise (optional)
        E(True, ["PROTEST"], [7], "وقفة احتجاجية", ["asserted"], mode="demo",
          source=JOURA_PROTESTERS, location=QUSOUR, date=D("2016-06-07"), acled=PEACEFUL),
        E(True, ["REQUEST"], [7], "مطالبين", ["asserted"],
          source=JOURA_PROTESTERS, recipient=DZ_GOVERNORATE, location=QUSOUR, date=D("2016-06-07")),
        E(True, ["CONSULT"], [7], "يلتقي بهم", ["asserted"],
          source=DZ_OFFICIAL, recipient=JOURA_PROTESTERS, location=QUSOUR, date=D("2016-06-07")),
        E(False, ["AGREE"], [7], "ويعدهم", ["asserted"],
          source=DZ_OFFICIAL, recipient=JOURA_PROTESTERS, location=QUSOUR, date=D("2016-06-07")),
        # rumoured ISIS columns from al-Mayadin and Raqqa (unconfirmed); the feared offensive and the police's call
        # to ignore rumours are optional
        E(True, ["MOBILIZE"], [9], "وصول أرتال", ["rumored", "reported"], mode="troops",
          source=ISIS_DZ, location=DZ_CITY, date=D("2016-06-04", "week", ("2016-06-01", "2016-06-07")),
          attribution=["صفحات محلية"]),
        E(False, ["ASSAULT"], [9], "لهجوم واسع", ["hypothetical"], mode="firearms",
          source=ISIS_DZ, location=DZ_CITY, date=None),
        E(False, ["REQUEST"], [9], "دعت قيادة الشرطة", ["asserted"],
          source=DZ_POLICE, recipient=CIVILIANS, date=None),
        # background: the siege since early 2015 and last year's failed attacks on the airport (aggregate)
        E(False, ["COERCE"], [10], "حصاراً مطبقاً", ["asserted", "historical"], mode="restrict",
          source=ISIS_DZ, location=DZ_CITY, date=D("2015-01-15", "month", ("2015-01-01", "2015-01-31"))),
        E(False, ["ASSAULT"], [10], "عدة هجمات", ["generic", "historical"], mode="firearms",
          source=ISIS_DZ, location=DZ_AIRPORT, date=None),
    ],
)
