"""Gold of article 235: Lahj (the Kirsh front, al-Qabbaita, al-Houta, Tur al-Bahah, Radfan and al-Habilayn, Tuban), a
southern Yemeni news site, 2021-10-13 (Wed)."""
from actors_places import (
                           BELT_PATROL,
                           HOUTA,
                           HOUTA_PROTESTERS,
                           HOUTA_SUSPECTS,
                           HOUTHIS,
                           KIRSH,
                           KIRSH_SHURAYJAH,
                           KIRSH_SIDES,
                           KSRELIEF,
                           LAHJ,
                           LAHJ_GOVERNOR,
                           LAHJ_LOCAL_AUTH,
                           PROTEST_COMMITTEE,
                           QABBAITA,
                           QABBAITA_VILLAGERS,
                           RADFAN,
                           RADFAN_AUTH,
                           RADFAN_TRIBES,
                           SAUDI,
                           SECURITY_BELT,
                           SOUTHERN_FORCES,
                           STC,
                           TOUR_BAHAH,
                           TOUR_IDPS,
                           TUBAN,
                           TUBAN_HOUTA,
                           VICTIM_FAMILY,
                           YE_GOV,
)
from common import AGREEMENT, ARREST, CLASH, MINE, PEACEFUL, SHELL, D, E, paras_of

SLUG = "lahj_2021_kirsh_front_houta_protest_radfan_clash"
ARTICLE = dict(
    id="team47-235", slug=SLUG, published="2021-10-13", outlet="Nafidhat Tuban news site (fictional)",
    paras=paras_of(f"235_{SLUG}.txt"),
    events=[
        # the Houthi attack on the Kirsh front and the three-hour fight: headline 0, lead 1 (a field commander: 3),
        # 8 (al-Masirah's «dozens killed and wounded», the hospital's three bodies) → 3; a two-sided fight, both
        # sides sources. The Houthis' falling back is optional
        E(True, ["ASSAULT"], [0, 1, 8], "هجوم شنّته", ["asserted", "reported"], mode="firearms",
          source=KIRSH_SIDES, location=KIRSH, date=D("2021-10-13"), fatalities=3,
          attribution=["قائد ميداني في الجبهة", "قناة المسيرة", "مصدر طبي في مستشفى ابن خلدون"], acled=CLASH,
          tpara=1),
        E(False, ["RETREAT"], [1], "التراجع", ["asserted", "reported"], mode="withdraw",
          source=HOUTHIS, location=KIRSH_SHURAYJAH, date=D("2021-10-13")),
        # mortars on two villages of al-Qabbaita at the same time
        E(True, ["ASSAULT"], [2], "قصفت", ["asserted", "reported"], mode="heavy-weapons",
          source=HOUTHIS, recipient=QABBAITA_VILLAGERS, location=QABBAITA, date=D("2021-10-13"),
          attribution=["مصادر محلية"], acled=SHELL),
        # the Security Belt's raid and two arrests in al-Houta; the assassinations «during the past months» are an
        # aggregate, no event
        E(True, ["COERCE"], [3], "واعتقلت", ["asserted"], mode="arrest",
          source=SECURITY_BELT, recipient=HOUTA_SUSPECTS, location=HOUTA, date=D("2021-10-13"), acled=ARREST),
        # paragraph 4 (a one-line geography) has no event
        # the demonstration (headline 0) with tyres burnt, and the demand read at its end; the calm dispersal is no
        # event
        E(True, ["PROTEST"], [0, 5], "تظاهرة غاضبة", ["asserted"], mode="demo",
          source=HOUTA_PROTESTERS, location=HOUTA, date=D("2021-10-12"), acled=PEACEFUL, tpara=5),
        E(True, ["REQUEST"], [5], "وطالب المحتجون", ["asserted"],
          source=HOUTA_PROTESTERS, recipient=LAHJ_LOCAL_AUTH, location=HOUTA, date=D("2021-10-12")),
        # the governor meets the protesters' committee and pledges; the Saudi fuel due early next week (optional,
        # planned AID)
        E(True, ["CONSULT"], [6], "التقى", ["asserted"], mode="visit",
          source=LAHJ_GOVERNOR, recipient=PROTEST_COMMITTEE, location=LAHJ, date=D("2021-10-13")),
        E(True, ["AGREE"], [6], "وتعهّد", ["asserted"],
          source=LAHJ_GOVERNOR, recipient=PROTEST_COMMITTEE, location=LAHJ, date=D("2021-10-13")),
        E(False, ["AID"], [6], "شحنة من المشتقات النفطية", ["planned", "reported"], mode="economic",
          source=SAUDI, location=LAHJ, date=D("2021-10-18", "week", ("2021-10-16", "2021-10-23"))),
        # KSrelief's food baskets in Tur al-Bahah
        E(True, ["AID"], [7], "وزّع", ["asserted"], mode="humanitarian",
          source=KSRELIEF, recipient=TOUR_IDPS, location=TOUR_BAHAH, date=D("2021-10-12")),
        # Houthi build-up told by tribal sources, unconfirmed
        E(True, ["MOBILIZE"], [9], "تحشيدات حوثية", ["reported", "rumored"], mode="troops",
          source=HOUTHIS, location=QABBAITA, date=D("2021-10-12", "week", ("2021-10-06", "2021-10-13")),
          attribution=["مصادر قبلية في القبيطة"]),
        # the tribal clash near al-Habilayn (1), and the mediation that stopped it (optional)
        E(True, ["ASSAULT"], [10], "اشتباك مسلح", ["asserted", "reported"], mode="firearms",
          source=RADFAN_TRIBES, location=RADFAN, date=D("2021-10-12"), fatalities=1,
          attribution=["مصدر محلي"], acled=CLASH),
        E(False, ["AGREE", "CONCEDE"], [10], "وساطة قبلية", ["asserted", "reported"],
          source=RADFAN_TRIBES, location=RADFAN, date=D("2021-10-12"), acled=AGREEMENT),
        # the family's 48-hour deadline (THREATEN; no place word in the sentence) and the revenge it threatens
        # (optional, hypothetical)
        E(True, ["THREATEN"], [11], "وأمهلت", ["asserted"], mode="violence",
          source=VICTIM_FAMILY, recipient=RADFAN_AUTH, date=D("2021-10-13", "day", ("2021-10-12", "2021-10-13"))),
        E(False, ["ASSAULT"], [11], "الثأر", ["hypothetical"], mode="firearms",
          source=VICTIM_FAMILY, date=None),
        # the STC's blame of the government (core), its praise of the southern forces, the call to its public and
        # the 2015 liberation of Lahj in a relative clause (optional)
        E(True, ["ACCUSE"], [12], "وحمّل", ["asserted"],
          source=STC, recipient=YE_GOV, location=LAHJ, date=D("2021-10-13", "day", ("2021-10-12", "2021-10-13"))),
        E(False, ["SUPPORT"], [12], "ومشيداً", ["asserted"],
          source=STC, recipient=SOUTHERN_FORCES, date=D("2021-10-13", "day", ("2021-10-12", "2021-10-13"))),
        E(False, ["ASSAULT"], [12], "حرّروا لحج", ["historical"], mode="firearms",
          source=SOUTHERN_FORCES, recipient=HOUTHIS, location=LAHJ,
          date=D("2015-08-01", "month", ("2015-06-21", "2015-09-22")), acled=CLASH),
        E(False, ["REQUEST"], [12], "ودعا البيان", ["asserted"],
          source=STC, date=D("2021-10-13", "day", ("2021-10-12", "2021-10-13"))),
        # paragraph 13 is generic (prices and power cuts for months): deliberately NO gold event
        # the local authority's meeting on Saturday (planned)
        E(True, ["CONSULT"], [14], "اجتماعاً موسعاً", ["planned"], mode="multilateral",
          source=LAHJ_LOCAL_AUTH, recipient=PROTEST_COMMITTEE, location=LAHJ, date=D("2021-10-16")),
        # background: Sunday before a Wednesday, an IED on a Security Belt vehicle in Tuban (1), unclaimed
        E(True, ["ASSAULT"], [15], "عبوة ناسفة", ["historical", "asserted"], mode="explosives",
          recipient=BELT_PATROL, location=TUBAN, date=D("2021-10-10"), fatalities=1, acled=MINE),
        # «يُذكر أن …»: the Security Belt's raids in Tuban and al-Houta early last summer (optional, historical; «the
        # dozens» arrested make no fatalities field)
        E(False, ["COERCE"], [15], "حملة مداهمات", ["historical"], mode="arrest",
          source=SECURITY_BELT, location=TUBAN_HOUTA, date=D("2021-06-15", "month", ("2021-06-01", "2021-07-15")),
          acled=ARREST),
    ],
)
