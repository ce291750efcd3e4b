"""Gold of article 158: Maarat al-Numan and its countryside (the vegetable market, al-Tamanah, Khan Shaykhun), an
opposition local news site, 2016-06-10 (Fri)."""
from actors_places import (
                           DIV13,
                           INTL_ORGS,
                           JABAL_ZAWIYA,
                           KHAN_SHAYKHUN,
                           KS_FAMILIES,
                           MAARAT,
                           MAARAT_ACTIVISTS,
                           MAARAT_COUNCIL,
                           MAARAT_NORTH,
                           MAARAT_NOTABLES,
                           MAARAT_PROTESTERS,
                           MAARAT_RESIDENTS,
                           MAARAT_VICTIMS,
                           NUSRA_EMIR,
                           NUSRA_M,
                           NUSRA_RESIDENTS,
                           RUS_AIR,
                           SRF,
                           SY_REGIME_M,
                           TAMANAH_KS,
                           TAMANAH_KS_PLACE,
)
from common import AGREEMENT, AIR, ARREST, ATTACK, CLASH, PEACEFUL, SHELL, D, E, paras_of

SLUG = "maarat_al_numan_market_nusra_protest_tamanah"
ARTICLE = dict(
    id="team32-158", slug=SLUG, published="2016-06-10", outlet="Minbar al-Maarra news site (fictional)",
    paras=paras_of(f"158_{SLUG}.txt"),
    events=[
        # the two strikes on the vegetable market (one event): headline 0, lead 1 (activists say the plane was
        # Russian), the civil defence's details and the second strike on the rescuers 5 → 5 killed
        E(True, ["ASSAULT"], [0, 1, 5], "بغارتين جويتين", ["asserted", "reported"], mode="aerial",
          source=RUS_AIR, recipient=MAARAT_VICTIMS, location=MAARAT, date=D("2016-06-10"), fatalities=5,
          attribution=["ناشطون", "مراسل «منبر المعرة»", "مركز الدفاع المدني في معرة النعمان"], acled=AIR, tpara=1),
        # the Friday demonstration from the Great Mosque (headline 0) and its demand to Nusra; the shots in the air to
        # disperse it are optional (no one hurt); the arrest of two activists (headline 0; the brother's account 3)
        E(True, ["PROTEST"], [0, 2], "مظاهرة", ["asserted"], mode="demo",
          source=MAARAT_PROTESTERS, location=MAARAT, date=D("2016-06-10"), acled=PEACEFUL, tpara=2),
        E(True, ["REQUEST"], [2], "وطالبوا", ["asserted"],
          source=MAARAT_PROTESTERS, recipient=NUSRA_M, location=MAARAT, date=D("2016-06-10")),
        E(False, ["COERCE", "ASSAULT"], [2], "وأطلقوا النار في الهواء", ["asserted", "reported"], mode="restrict",
          source=NUSRA_M, recipient=MAARAT_PROTESTERS, location=MAARAT, date=D("2016-06-10")),
        E(True, ["COERCE"], [0, 2, 3], "اعتقلوا", ["asserted", "reported"], mode="arrest",
          source=NUSRA_M, recipient=MAARAT_ACTIVISTS, location=MAARAT, date=D("2016-06-10"),
          attribution=["أحد منظمي المظاهرة", "شقيق أحد الناشطَين"], acled=ARREST, tpara=2),
        # Nusra's denial of the motive (optional REJECT: the arrest stays asserted), the beating told by the brother
        # (optional), the release of one activist (core RETREAT) after a signed pledge (optional AGREE)
        E(False, ["REJECT"], [3], "نفى", ["asserted", "reported"],
          source=NUSRA_M, recipient=MAARAT_PROTESTERS, date=D("2016-06-10")),
        E(False, ["ASSAULT"], [3], "ضربوه", ["reported"], mode="beat",
          source=NUSRA_M, recipient=MAARAT_ACTIVISTS, location=MAARAT, date=D("2016-06-10"), acled=ATTACK),
        E(True, ["RETREAT"], [3], "أفرجت", ["asserted", "reported"], mode="release",
          source=NUSRA_M, recipient=MAARAT_ACTIVISTS, location=MAARAT, date=D("2016-06-10"),
          attribution=["مصادر مقربة من العائلتين"]),
        E(False, ["AGREE"], [3], "تعهداً", ["asserted", "reported"],
          source=MAARAT_ACTIVISTS, recipient=NUSRA_M, date=D("2016-06-10")),
        # regime shelling of al-Tamanah and Khan Shaykhun (one verb: one event; damage only); the families who left
        # their homes earlier in the week are an optional RETREAT
        E(True, ["ASSAULT"], [4], "استهدفت", ["asserted", "reported"], mode="heavy-weapons",
          source=SY_REGIME_M, recipient=TAMANAH_KS, location=TAMANAH_KS_PLACE, date=D("2016-06-10"),
          attribution=["الدفاع المدني السوري"], acled=SHELL),
        E(False, ["RETREAT"], [4], "أخلت عائلات", ["asserted"], mode="withdraw",
          source=KS_FAMILIES, location=KHAN_SHAYKHUN, date=D("2016-06-08", "week", ("2016-06-03", "2016-06-10"))),
        # the local council's condemnation of the Russian air force and its call on international organisations
        E(True, ["ACCUSE"], [5], "دان فيه", ["asserted", "reported"],
          source=MAARAT_COUNCIL, recipient=RUS_AIR, location=MAARAT, date=D("2016-06-10"),
          attribution=["بيان المجلس المحلي لمدينة معرة النعمان"]),
        E(True, ["REQUEST"], [5], "ودعا", ["asserted", "reported"],
          source=MAARAT_COUNCIL, recipient=INTL_ORGS, location=MAARAT, date=D("2016-06-10"),
          attribution=["بيان المجلس المحلي لمدينة معرة النعمان"]),
        # background of this spring (optional, historical): Nusra's attack on Division 13 and the seizure of its
        # weapons in March, the near-daily protests that followed (historical and generic), the truce of late February
        E(False, ["ASSAULT", "COERCE"], [6], "هاجم", ["historical"], mode="seize",
          source=NUSRA_M, recipient=DIV13, location=MAARAT,
          date=D("2016-03-15", "month", ("2016-03-01", "2016-03-31")), acled=CLASH),
        E(False, ["PROTEST"], [6], "مظاهرات شبه يومية", ["historical", "generic"], mode="demo",
          source=MAARAT_RESIDENTS, location=MAARAT, date=D("2016-03-25", "month", ("2016-03-01", "2016-04-30")),
          acled=PEACEFUL),
        E(False, ["AGREE", "CONCEDE"], [6], "هدنة", ["historical"],
          date=D("2016-02-27", "week", ("2016-02-20", "2016-02-29")), acled=AGREEMENT),
        # an earlier year: Nusra's expulsion of the Syria Revolutionaries Front from Jabal al-Zawiya in late 2014
        # (optional, historical)
        E(False, ["ASSAULT", "COERCE"], [6], "طردت", ["historical"], mode="seize",
          source=NUSRA_M, recipient=SRF, location=JABAL_ZAWIYA,
          date=D("2014-11-15", "month", ("2014-10-15", "2014-12-31")), acled=CLASH),
        # the unconfirmed Nusra column from Saraqib last night (rumoured MOBILIZE); the notables' intended meeting
        # with Nusra's emir within two days (planned); the feared clash (optional, hypothetical)
        E(True, ["MOBILIZE"], [7], "رتل", ["rumored", "reported"], mode="troops",
          source=NUSRA_M, location=MAARAT_NORTH, date=D("2016-06-09"), attribution=["مصادر محلية"]),
        E(True, ["CONSULT"], [7], "لقاء", ["planned"],
          source=MAARAT_NOTABLES, recipient=NUSRA_EMIR, location=MAARAT,
          date=D("2016-06-11", "day", ("2016-06-10", "2016-06-12")), attribution=["مصادر محلية"]),
        E(False, ["ASSAULT"], [7], "صدام", ["hypothetical"], mode="firearms",
          source=NUSRA_RESIDENTS, location=MAARAT, date=None),
        # paragraph 8: the city's population, economy and clinics: deliberately NO gold event
    ],
)
