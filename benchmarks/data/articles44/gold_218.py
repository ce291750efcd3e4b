"""Gold of article 218: Sadad, Mahin, Hawarin and al-Qaryatayn (the south-eastern Homs countryside) in November
2015, a loyalist local news page, 2015-11-10 (Tue)."""
from actors_places import (
                           BADIA_NOTABLES,
                           INTL_CHURCHES,
                           ISIS_15,
                           MAHIN_DISPLACED,
                           MAHIN_HAWARIN,
                           NDF_CAPTIVE,
                           NDF_SADAD,
                           NUSRA_15,
                           PATRIARCHATE,
                           QARYATAYN,
                           QARYATAYN_ABDUCTEES,
                           RU_AIR,
                           SADAD,
                           SADAD_CLASH,
                           SADAD_COUNCIL,
                           SADAD_EAST,
                           SADAD_MAHIN_ROAD,
                           SADAD_RESIDENTS,
                           SADAD_WOMAN,
                           SARC_DIOCESE,
                           SY_ARMY,
                           TERROR_BACKERS,
)
from common import ABDUCTION, AIR, CLASH, SHELL, D, E, paras_of

SLUG = "sadad_mahin_hawarin_qaryatayn_russian_strikes"
ARTICLE = dict(
    id="team44-218", slug=SLUG, published="2015-11-10", outlet="Sada Sadad loyalist news page (fictional)",
    paras=paras_of(f"218_{SLUG}.txt"),
    events=[
        # ISIS rockets on Sadad «مساء أمس الإثنين»: headline 0, lead 1, SANA's police source in 8 (1 martyr per the
        # clinic, 2 per SANA → 1)
        E(True, ["ASSAULT"], [0, 1, 8], "أطلقتهما", ["asserted", "reported"], mode="heavy-weapons",
          source=ISIS_15, recipient=SADAD_WOMAN, location=SADAD, date=D("2015-11-09"), fatalities=1,
          attribution=["مصدر طبي في مستوصف البلدة", "سانا عن مصدر في قيادة شرطة حمص"], acled=SHELL, tpara=1),
        # one sentence, two events: Russian air strikes on Mahin, Hawarin and al-Qaryatayn (one event for the three
        # places; headline 0) and the army's artillery on the same positions
        E(True, ["ASSAULT"], [0, 2], "غارات مكثفة", ["asserted", "reported"], mode="aerial",
          source=RU_AIR, recipient=ISIS_15, location=MAHIN_HAWARIN, date=D("2015-11-10"),
          attribution=["مصدر ميداني"], acled=AIR, tpara=2),
        E(True, ["ASSAULT"], [2], "رمايات مدفعية", ["asserted", "reported"], mode="heavy-weapons",
          source=SY_ARMY, recipient=ISIS_15, location=MAHIN_HAWARIN, date=D("2015-11-10"),
          attribution=["مصدر ميداني"], acled=SHELL),
        # the ISIS attack on the Sadad–Mahin road and the three-hour fight (two-sided), retold by Amaq in 10
        # (2 NDF dead per the source, «more than ten» per Amaq → 2); the attackers' retreat is part of the fight
        # (optional)
        E(True, ["ASSAULT"], [3, 10], "لهجوم شنّته", ["asserted", "reported"], mode="firearms",
          source=SADAD_CLASH, location=SADAD_MAHIN_ROAD, date=D("2015-11-08", "day", ("2015-11-08", "2015-11-09")),
          fatalities=2, attribution=["مصدر ميداني", "وكالة «أعماق»"], acled=CLASH),
        E(False, ["RETREAT"], [3], "التراجع", ["asserted"], mode="withdraw",
          source=ISIS_15, location=SADAD_MAHIN_ROAD, date=D("2015-11-08", "day", ("2015-11-08", "2015-11-09"))),
        # army reinforcements from Homs this morning; the «wide operation» they prepare (optional, planned)
        E(True, ["MOBILIZE"], [4], "تعزيزات عسكرية", ["asserted", "reported"], mode="troops",
          source=SY_ARMY, location=SADAD, date=D("2015-11-10"), attribution=["مصدر ميداني"]),
        E(False, ["ASSAULT"], [4], "لعملية واسعة", ["planned"], mode="heavy-weapons",
          source=SY_ARMY, recipient=ISIS_15, location=MAHIN_HAWARIN, date=None),
        # ¶5 (a description of Sadad) is no event
        # SARC and the archdiocese distribute aid; ISIS's takeover of Mahin and Hawarin early this month, in a
        # relative clause (optional, historical)
        E(True, ["AID"], [6], "ووزّعت", ["asserted"], mode="humanitarian",
          source=SARC_DIOCESE, recipient=MAHIN_DISPLACED, location=SADAD, date=D("2015-11-10")),
        E(False, ["ASSAULT"], [6], "سيطرة الإرهابيين", ["historical"], mode="seize",
          source=ISIS_15, location=MAHIN_HAWARIN, date=D("2015-11-01", "week", ("2015-11-01", "2015-11-07")),
          acled=CLASH),
        # the Patriarchate's condemnation and blame, and its appeal
        E(True, ["ACCUSE"], [7], "وأدانت", ["asserted"],
          source=PATRIARCHATE, recipient=TERROR_BACKERS, date=D("2015-11-10")),
        E(True, ["REQUEST"], [7], "وناشدت", ["asserted"],
          source=PATRIARCHATE, recipient=INTL_CHURCHES, date=D("2015-11-10")),
        # the rumoured mediation of Badia notables with ISIS (unconfirmed); the al-Qaryatayn abductions and takeover
        # of last August, in a relative clause (optional, historical)
        E(True, ["CONSULT"], [9], "للتوسط", ["rumored"], mode="third-party",
          source=BADIA_NOTABLES, recipient=ISIS_15, date=None, attribution=["أوساط أهلية في صدد"]),
        E(False, ["ASSAULT"], [9], "اختطفهم", ["historical"], mode="abduct",
          source=ISIS_15, recipient=QARYATAYN_ABDUCTEES, location=QARYATAYN,
          date=D("2015-08-15", "month", ("2015-08-01", "2015-08-31")), acled=ABDUCTION),
        E(False, ["ASSAULT"], [9], "سيطرتهم", ["historical"], mode="seize",
          source=ISIS_15, location=QARYATAYN, date=D("2015-08-15", "month", ("2015-08-01", "2015-08-31")),
          acled=CLASH),
        # the rumoured NDF withdrawal from the eastern posts, denied; Amaq's claim (the toll retells the road fight)
        # and the claimed capture, denied (optional)
        E(True, ["RETREAT"], [10], "انسحاب", ["rumored", "negated", "reported"], mode="withdraw",
          source=NDF_SADAD, location=SADAD_EAST, date=None,
          attribution=["صفحات تابعة للإرهابيين", "مصدر في قيادة الدفاع الوطني في صدد"]),
        E(False, ["ASSAULT"], [10], "وأسروا", ["reported", "negated"], mode="abduct",
          source=ISIS_15, recipient=NDF_CAPTIVE, location=SADAD_MAHIN_ROAD,
          date=D("2015-11-08", "day", ("2015-11-08", "2015-11-09"))),
        # the ISIS video threat (made: asserted, told by accounts); the school closure is no event; the town council's
        # call to the residents (optional)
        E(True, ["THREATEN"], [11], "يتوعد", ["asserted", "reported"], mode="violence",
          source=ISIS_15, recipient=SADAD_RESIDENTS, date=D("2015-11-09"),
          attribution=["حسابات مقربة من التنظيم على مواقع التواصل"]),
        E(False, ["REQUEST"], [11], "دعا مجلس البلدة", ["asserted"],
          source=SADAD_COUNCIL, recipient=SADAD_RESIDENTS, location=SADAD, date=D("2015-11-10")),
        # background «يُذكر أن»: the 2013 attack on Sadad and the army's recapture (optional, historical)
        E(False, ["ASSAULT"], [12], "لهجوم واسع", ["historical"], mode="firearms",
          source=NUSRA_15, recipient=SADAD_RESIDENTS, location=SADAD,
          date=D("2013-10-25", "month", ("2013-09-22", "2013-12-21")), fatalities=12, acled=CLASH),
        E(False, ["ASSAULT"], [12], "يستعيدها", ["historical"], mode="firearms",
          source=SY_ARMY, recipient=NUSRA_15, location=SADAD,
          date=D("2013-10-30", "month", ("2013-09-22", "2013-12-21")), acled=CLASH),
    ],
)
