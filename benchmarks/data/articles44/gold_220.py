"""Gold of article 220: the southern Aleppo countryside (al-Hader, Zitan, Khan Touman, al-Eis, Khalasa) in June 2016,
an Iraqi news agency close to the «resistance» factions, 2016-06-08 (Wed)."""
from actors_places import (
                           ALEPPO,
                           ALEPPO_DISPLACED,
                           DAMASCUS,
                           HADER_ALEPPO,
                           HADER_CLASH,
                           HADER_ZITAN,
                           JAF,
                           JIBRIN,
                           KHALASA,
                           KHAN_TOUMAN,
                           KHAN_TOUMAN_EIS,
                           NUJABA,
                           NUJABA_COMMANDER,
                           NUJABA_DELEGATION,
                           RU_AIR_16,
                           RU_RECONCILIATION,
                           SOUTH_ALEPPO,
                           SY_ALLIED,
                           SY_ARMY_16,
                           SY_OFFICIALS_ALLIES,
                           TURKEY,
)
from common import AIR, CLASH, SHELL, D, E, paras_of

SLUG = "south_aleppo_hader_zitan_khan_touman_eis_nujaba"
ARTICLE = dict(
    id="team44-220", slug=SLUG, published="2016-06-08", outlet="al-Satir Iraqi news agency (fictional)",
    paras=paras_of(f"220_{SLUG}.txt"),
    events=[
        # the Jaysh al-Fatah attack on al-Hader and Zitan repelled by Nujaba and the army at dawn (one two-sided
        # fight): headline 0, lead 1, the militants' pages and the correspondent in 8 (3 per the correspondent,
        # «more than twenty» per the militants → 3)
        E(True, ["ASSAULT"], [0, 1, 8], "هجوماً واسعاً", ["asserted", "reported"], mode="firearms",
          source=HADER_CLASH, location=HADER_ZITAN, date=D("2016-06-08"), fatalities=3,
          attribution=["مراسل «الساتر» في ريف حلب", "صفحات المسلحين"], acled=CLASH, tpara=1),
        # one sentence, two events: Russian strikes on Khan Touman, al-Eis and its hill (one event; headline 0) and
        # the army's artillery on Khalasa (the two car bombs destroyed are part of it)
        E(True, ["ASSAULT"], [0, 2], "غارات مكثفة", ["asserted", "reported"], mode="aerial",
          source=RU_AIR_16, recipient=JAF, location=KHAN_TOUMAN_EIS, date=D("2016-06-08"),
          attribution=["مصدر ميداني"], acled=AIR, tpara=2),
        E(True, ["ASSAULT"], [2], "استهدفت مدفعية", ["asserted", "reported"], mode="heavy-weapons",
          source=SY_ARMY_16, recipient=JAF, location=KHALASA, date=D("2016-06-08"),
          attribution=["مصدر ميداني"], acled=SHELL),
        # a new Nujaba contingent in the last two days; the announced «liberation» of Khan Touman (optional, planned)
        E(True, ["MOBILIZE"], [3], "وصول دفعة جديدة", ["asserted", "reported"], mode="troops",
          source=NUJABA, location=SOUTH_ALEPPO, date=D("2016-06-07", "day", ("2016-06-06", "2016-06-08")),
          attribution=["مصدر في المكتب العسكري للحركة"]),
        E(False, ["ASSAULT"], [3], "لتحرير خان طومان", ["planned"], mode="firearms",
          source=NUJABA, location=KHAN_TOUMAN, date=None),
        # the spokesman's accusation of Turkey and his threat
        E(True, ["ACCUSE"], [4], "واتهم", ["asserted"],
          source=NUJABA, recipient=TURKEY, date=D("2016-06-08"), attribution=["المتحدث باسم الحركة"]),
        E(True, ["THREATEN"], [4], "متوعداً", ["asserted"], mode="violence",
          source=NUJABA, recipient=TURKEY, date=D("2016-06-08"), attribution=["المتحدث باسم الحركة"]),
        # ¶5 (the strategic weight of the southern countryside) is no event
        # the Russian centre announces a 48-hour «calm» from midnight (an announced ceasefire: CONCEDE) and Jaysh
        # al-Fatah rejects it
        E(True, ["CONCEDE"], [6], "نظام تهدئة", ["asserted"], mode="ceasefire",
          source=RU_RECONCILIATION, location=ALEPPO, date=D("2016-06-08")),
        E(True, ["REJECT"], [6], "ورفض", ["asserted", "reported"],
          source=JAF, recipient=RU_RECONCILIATION, location=ALEPPO, date=D("2016-06-08"),
          attribution=["بيان «جيش الفتح» على حساباته"]),
        # the rumoured killing of a Nujaba commander by a rocket near al-Hader last night, denied
        E(True, ["ASSAULT"], [7], "بقذيفة صاروخية", ["rumored", "negated", "reported"], mode="heavy-weapons",
          recipient=NUJABA_COMMANDER, location=HADER_ZITAN, date=D("2016-06-07"),
          attribution=["صفحات تابعة للمسلحين", "مصدر في الحركة"], acled=SHELL),
        # Nujaba's relief section distributes food in Jibrin; the leadership's visit to Damascus early next week
        # (planned)
        E(True, ["AID"], [9], "وزّع", ["asserted"], mode="humanitarian",
          source=NUJABA, recipient=ALEPPO_DISPLACED, location=JIBRIN, date=D("2016-06-08")),
        E(True, ["CONSULT"], [9], "للقاء مسؤولين", ["planned"], mode="visit",
          source=NUJABA_DELEGATION, recipient=SY_OFFICIALS_ALLIES, location=DAMASCUS,
          date=D("2016-06-12", "week", ("2016-06-11", "2016-06-14")), attribution=["مصدر في المكتب العسكري للحركة"]),
        # the funeral in Najaf is no event; the fighting last week in which the two fell (optional, historical)
        E(False, ["ASSAULT"], [10], "سقطا في معارك", ["historical"], mode="firearms",
          source=NUJABA, location=SOUTH_ALEPPO, date=D("2016-06-01", "week", ("2016-05-28", "2016-06-04")),
          fatalities=2, acled=CLASH),
        # background «وكان … قد»: the takeover of Khan Touman in early May and the withdrawal (optional, historical)
        E(False, ["ASSAULT"], [11], "سيطرت", ["historical"], mode="seize",
          source=JAF, recipient=SY_ALLIED, location=KHAN_TOUMAN,
          date=D("2016-05-06", "week", ("2016-05-01", "2016-05-10")), acled=CLASH),
        E(False, ["RETREAT"], [11], "انسحبت", ["historical"], mode="withdraw",
          source=SY_ALLIED, location=KHAN_TOUMAN, date=D("2016-05-06", "week", ("2016-05-01", "2016-05-10"))),
        # the observers' fear of a new attack (optional, hypothetical)
        E(False, ["ASSAULT"], [12], "وشنّ هجوم جديد", ["hypothetical"], mode="firearms",
          source=JAF, location=HADER_ALEPPO, date=None),
    ],
)
