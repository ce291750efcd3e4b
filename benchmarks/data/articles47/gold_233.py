"""Gold of article 233: the northern Aleppo countryside (Anadan, Handarat and the Mallah farms, Hraytan, Hayan and
Kafr Hamra, Bab al-Salama, Ratyan, Bayanoun), a Syrian opposition news network, 2015-02-22 (Sun)."""
from actors_places import (
                           ALEPPO_CLASH_SIDES,
                           ALEPPO_IDPS,
                           ANADAN,
                           ANADAN_VICTIMS,
                           BAB_SALAMA,
                           BAYANOUN,
                           BAYANOUN_VICTIMS,
                           FSA,
                           HANDARAT,
                           HAYAN_HOMES,
                           HAYAN_KAFR_HAMRA,
                           HRAYTAN,
                           HRAYTAN_ACTIVIST,
                           HRAYTAN_DELEGATION,
                           HRAYTAN_PROTESTERS,
                           IHH,
                           IRAN,
                           LEVANT_FRONT,
                           NORTH_ALEPPO,
                           NUBL_MILITIAS,
                           NUBL_ZAHRAA,
                           NUSRA,
                           RATYAN,
                           REBEL_PRISONERS,
                           REGIME,
                           REGIME_AIR,
                           REGIME_MILITIAS,
)
from common import ABDUCTION, AIR, ATTACK, CLASH, PEACEFUL, SHELL, D, E, paras_of

SLUG = "north_aleppo_2015_anadan_barrels_handarat_hraytan"
ARTICLE = dict(
    id="team47-233", slug=SLUG, published="2015-02-22", outlet="Nabd al-Reef al-Shamali news network (fictional)",
    paras=paras_of(f"233_{SLUG}.txt"),
    events=[
        # the barrel bombs on Anadan's market: headline 0, lead 1 (the Civil Defence centre: 5), the local council's
        # toll in 8 (8) → 5; the burial is no event
        E(True, ["ASSAULT"], [0, 1, 8], "برميلين متفجرين", ["asserted", "reported"], mode="aerial",
          source=REGIME, recipient=ANADAN_VICTIMS, location=ANADAN, date=D("2015-02-21"), fatalities=5,
          attribution=["مركز الدفاع المدني في البلدة", "رئيس المجلس المحلي للبلدة"], acled=AIR, tpara=1),
        # the third day of fighting at Handarat and the Mallah farms (headline 0), the dawn attempt repelled and two
        # captured (3) → one two-sided fight; «قتلى وجرحى» gives no number
        E(True, ["ASSAULT"], [0, 2, 3], "المعارك العنيفة", ["asserted", "reported"], mode="firearms",
          source=ALEPPO_CLASH_SIDES, location=HANDARAT, date=D("2015-02-22", "day", ("2015-02-20", "2015-02-22")),
          attribution=["قائد ميداني في الجبهة الشامية"], acled=CLASH, tpara=2),
        # paragraph 4 (a one-line distance) has no event
        # one sentence, two events: Nusra's arrest of an activist (taken to an unknown place) and the demonstration
        # it set off; the participle demand is optional
        E(True, ["COERCE", "ASSAULT"], [5], "اعتقلت", ["asserted"], mode="arrest",
          source=NUSRA, recipient=HRAYTAN_ACTIVIST, location=HRAYTAN, date=D("2015-02-21"), acled=ABDUCTION),
        E(True, ["PROTEST"], [5], "مظاهرة", ["asserted"], mode="demo",
          source=HRAYTAN_PROTESTERS, location=HRAYTAN, date=D("2015-02-22"), acled=PEACEFUL),
        E(False, ["REQUEST"], [5], "مطالبين", ["asserted"],
          source=HRAYTAN_PROTESTERS, recipient=NUSRA, location=HRAYTAN, date=D("2015-02-22")),
        # rockets on Hayan and Kafr Hamra under one verb (one event), no one hurt
        E(True, ["ASSAULT"], [6], "وقصفت", ["asserted"], mode="heavy-weapons",
          source=NUBL_MILITIAS, recipient=HAYAN_HOMES, location=HAYAN_KAFR_HAMRA, date=D("2015-02-21"), acled=SHELL),
        # IHH's six trucks at the camps near Bab al-Salama; the families' flight is no single event
        E(True, ["AID"], [7], "ست شاحنات محمّلة", ["asserted"], mode="humanitarian",
          source=IHH, recipient=ALEPPO_IDPS, location=BAB_SALAMA, date=D("2015-02-22")),
        # the rumoured execution of five captured fighters, unverified (day unknown); the battle of Ratyan in which
        # they were captured, last week (optional, historical)
        E(True, ["ASSAULT"], [9], "إعدام", ["rumored", "reported"], mode="execute",
          source=REGIME, recipient=REBEL_PRISONERS, location=RATYAN, date=None,
          attribution=["ناشطون"], acled=ATTACK),
        E(False, ["ASSAULT"], [9], "معارك بلدة رتيان", ["historical"], mode="firearms",
          source=ALEPPO_CLASH_SIDES, location=RATYAN, date=D("2015-02-17", "week", ("2015-02-15", "2015-02-21")),
          acled=CLASH),
        # the Levant Front's conditional threat (made: asserted; the shelling threatened optional, hypothetical) and
        # its blame of Iran
        E(True, ["THREATEN"], [10], "وتوعّدت", ["asserted"], mode="violence",
          source=LEVANT_FRONT, recipient=NUBL_MILITIAS, location=NUBL_ZAHRAA,
          date=D("2015-02-22", "day", ("2015-02-21", "2015-02-22"))),
        E(False, ["ASSAULT"], [10], "استهداف معاقل الميليشيات", ["hypothetical"], mode="heavy-weapons",
          source=LEVANT_FRONT, recipient=NUBL_MILITIAS, location=NUBL_ZAHRAA, date=None),
        E(True, ["ACCUSE"], [10], "محمّلةً", ["asserted"],
          source=LEVANT_FRONT, recipient=IRAN, date=D("2015-02-22", "day", ("2015-02-21", "2015-02-22"))),
        # the notables' meeting with Nusra this evening (planned); the release is its aim, no event
        E(True, ["CONSULT"], [11], "أن يلتقي", ["planned", "reported"], mode="visit",
          source=HRAYTAN_DELEGATION, recipient=NUSRA, location=HRAYTAN, date=D("2015-02-22"),
          attribution=["مصدر مقرّب من الوفد"]),
        # paragraph 12 is generic (barrel bombs for two years): deliberately NO gold event
        # reinforcements to the Handarat camp (hearsay); «to resume the attack» is their purpose
        E(True, ["MOBILIZE"], [13], "استقدمت", ["reported", "asserted"], mode="troops",
          source=REGIME_MILITIAS, location=HANDARAT, date=D("2015-02-21", "day", ("2015-02-21", "2015-02-22")),
          attribution=["مصادر ميدانية"]),
        # background: Thursday before a Sunday, a bakery struck in Bayanoun (3); the rebels' takeover of the
        # countryside in summer 2012 (optional, historical)
        E(True, ["ASSAULT"], [14], "استهدف", ["historical", "asserted"], mode="aerial",
          source=REGIME_AIR, recipient=BAYANOUN_VICTIMS, location=BAYANOUN, date=D("2015-02-19"), fatalities=3,
          acled=AIR),
        E(False, ["ASSAULT", "COERCE"], [14], "سيطرة", ["historical"], mode="seize",
          source=FSA, location=NORTH_ALEPPO, date=D("2012-07-15", "month", ("2012-06-01", "2012-09-22"))),
    ],
)
