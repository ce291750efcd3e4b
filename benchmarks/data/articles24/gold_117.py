"""Gold of article 117: Makhmour and Erbil (Makhmour camp, Mount Qarachogh, Gwer, Dibaga, Erbil), an Iraqi news
site, 2024-03-18 (Mon)."""
from actors_places import (
    DIBAGA,
    DIBAGA_CONVICTS,
    ERBIL,
    ERBIL_COURT,
    GWER,
    GWER_SUSPECTS,
    ICRC,
    IQ_ARMY,
    IQ_ARMY_AVIATION,
    IQ_ARMY_PESHMERGA,
    IQ_GUARD_POST,
    IQ_MFA,
    IQ_MIL_INTEL,
    IQ_MOD_DELEGATION,
    IQ_PARL_COMMITTEE,
    ISIS_GUNMEN,
    ISIS_HIDEOUTS,
    MAKHMOUR,
    MAKHMOUR_CAMP,
    MAKHMOUR_CAR,
    MAKHMOUR_HOSPITAL,
    MAKHMOUR_PROTESTERS,
    MAKHMOUR_RESIDENTS,
    PESH_MIN,
    PESH_MOD,
    PESH_POST,
    PESHMERGA,
    PKK,
    QARACHOGH,
    TR_ARMY,
    TR_DEF_MIN,
    TURKEY,
    UNHCR,
)
from common import AGREEMENT, AIR, ARREST, CLASH, OTHER, PEACEFUL, D, E, paras_of

SLUG = "makhmour_camp_qarachogh_gwer_dibaga_erbil"
ARTICLE = dict(
    id="team24-117", slug=SLUG, published="2024-03-18", outlet="Sada al-Zab news site (fictional)",
    paras=paras_of(f"117_{SLUG}.txt"),
    events=[
        # the Turkish drone strike on a car near Makhmour camp: headline 0, lead 1, the follow-up 8 (the Turkish
        # ministry's claim of «two terrorists neutralised» and the camp administration's word that they were civilians:
        # the same strike and the same two dead, one event)
        E(True, ["ASSAULT"], [0, 1, 8], "بضربة", ["asserted", "reported"], mode="aerial",
          source=TR_ARMY, recipient=MAKHMOUR_CAR, location=MAKHMOUR_CAMP, date=D("2024-03-17"), fatalities=2,
          attribution=["مصدر أمني في القضاء", "وزارة الدفاع التركية", "مجلس إدارة المخيم"], acled=AIR, tpara=1),
        # the foreign ministry's condemnation with a participle blame of Ankara (one ACCUSE); the summoning of the
        # chargé d'affaires is optional (ACCUSE or SANCTION: a diplomatic protest, not a break)
        E(True, ["ACCUSE"], [2], "ودانت", ["asserted"],
          source=IQ_MFA, recipient=TURKEY, date=D("2024-03-18")),
        E(False, ["ACCUSE", "SANCTION"], [2], "استدعاء", ["asserted"],
          source=IQ_MFA, recipient=TURKEY, date=D("2024-03-18")),
        # one sentence, two events: the army closing the camp's main gate (COERCE restrict) and a military
        # intelligence arrest of three in Gwer (other agent, other place); the suspected support is content
        E(True, ["COERCE"], [3], "أغلقت", ["asserted", "reported"], mode="restrict",
          source=IQ_ARMY, recipient=MAKHMOUR_RESIDENTS, location=MAKHMOUR_CAMP, date=D("2024-03-18"),
          attribution=["عضو في مجلس إدارة المخيم"], acled=OTHER),
        E(True, ["COERCE"], [3], "اعتقلت", ["asserted", "reported"], mode="arrest",
          source=IQ_MIL_INTEL, recipient=GWER_SUSPECTS, location=GWER, date=D("2024-03-18"),
          attribution=["خلية الإعلام الأمني"], acled=ARREST),
        # the joint army–Peshmerga operation on Mount Qarachogh (COOPERATE, headline 0) and the army aviation strikes
        # that preceded it (three ISIS members killed; the two guesthouses destroyed belong to the same strikes)
        E(True, ["COOPERATE"], [0, 4], "عملية أمنية مشتركة", ["asserted", "reported"],
          source=IQ_ARMY_PESHMERGA, location=QARACHOGH, date=D("2024-03-18"),
          attribution=["قيادة العمليات المشتركة"], tpara=4),
        E(True, ["ASSAULT"], [4], "ضربات", ["reported", "asserted"], mode="aerial",
          source=IQ_ARMY_AVIATION, recipient=ISIS_HIDEOUTS, location=QARACHOGH,
          date=D("2024-03-18", "day", ("2024-03-17", "2024-03-18")), fatalities=3,
          attribution=["قيادة العمليات المشتركة"], acled=AIR),
        # the camp's demonstration and its demand to UNHCR (the banners' «تندّد» is a slogan, no event)
        E(True, ["PROTEST"], [5], "تظاهرة", ["asserted", "reported"], mode="demo",
          source=MAKHMOUR_PROTESTERS, location=MAKHMOUR_CAMP, date=D("2024-03-18"),
          attribution=["مراسل «صدى الزاب»"], acled=PEACEFUL),
        E(True, ["REQUEST"], [5], "وطالب", ["asserted", "reported"],
          source=MAKHMOUR_PROTESTERS, recipient=UNHCR, location=MAKHMOUR_CAMP, date=D("2024-03-18")),
        # the Peshmerga minister hosts the federal delegation in Erbil (host as source) and they agree on a joint
        # operations room (its forming within two weeks is the agreement's content)
        E(True, ["CONSULT"], [6], "استقبل", ["asserted"], mode="visit",
          source=PESH_MIN, recipient=IQ_MOD_DELEGATION, location=ERBIL, date=D("2024-03-18")),
        E(True, ["AGREE"], [6], "واتفقا", ["asserted", "reported"],
          source=PESH_MOD, location=ERBIL, date=D("2024-03-18"), attribution=["بيان لوزارة البيشمركة"],
          acled=AGREEMENT),
        # the Erbil court's life sentences (SANCTION convict) and the attack of late last year they punish, recalled in
        # a relative clause (optional, historical)
        E(True, ["SANCTION"], [7], "حكماً", ["asserted", "reported"], mode="convict",
          source=ERBIL_COURT, recipient=DIBAGA_CONVICTS, location=ERBIL, date=D("2024-03-18"),
          attribution=["مصدر قضائي"]),
        E(False, ["ASSAULT"], [7], "الهجوم", ["historical"], mode="firearms",
          source=DIBAGA_CONVICTS, recipient=PESH_POST, location=DIBAGA,
          date=D("2023-12-15", "month", ("2023-11-01", "2023-12-31")), fatalities=2, acled=CLASH),
        # the leaked report of an army pull-back from two posts near Gwer, denied by Nineveh Operations; the
        # «تبديل روتيني» is no event
        E(True, ["RETREAT"], [9], "انسحاب", ["negated", "rumored", "reported"], mode="withdraw",
          source=IQ_ARMY, recipient=PESHMERGA, location=GWER, date=D("2024-03-17", "day", ("2024-03-16", "2024-03-18")),
          attribution=["مصدر في قيادة عمليات نينوى"]),
        # the parliamentary committee's visit due on Wednesday (planned) and the Turkish minister's threat (reported
        # through Anadolu); the strikes he promises are future (optional)
        E(True, ["CONSULT"], [10], "يزور", ["planned"], mode="visit",
          source=IQ_PARL_COMMITTEE, location=MAKHMOUR, date=D("2024-03-20")),
        E(True, ["THREATEN"], [10], "توعّد", ["reported", "asserted"], mode="violence",
          source=TR_DEF_MIN, recipient=PKK, date=D("2024-03-18"), attribution=["وكالة الأناضول"]),
        E(False, ["ASSAULT"], [10], "استهداف", ["hypothetical", "planned"], mode="aerial",
          source=TR_ARMY, recipient=PKK, location=MAKHMOUR, date=None),
        # paragraph 11 is a generic statement: deliberately NO gold event
        # the ICRC medicines for Makhmour hospital; the PKK's silence is no event
        E(True, ["AID"], [12], "شحنة", ["asserted", "reported"], mode="humanitarian",
          source=ICRC, recipient=MAKHMOUR_HOSPITAL, location=MAKHMOUR, date=D("2024-03-18"),
          attribution=["مدير المستشفى"]),
        # background: the night of Thursday before a Monday, an ISIS attack on an army guard post (1 killed)
        E(True, ["ASSAULT"], [13], "هاجموا", ["historical", "asserted", "reported"], mode="firearms",
          source=ISIS_GUNMEN, recipient=IQ_GUARD_POST, location=QARACHOGH,
          date=D("2024-03-14", "day", ("2024-03-14", "2024-03-15")), fatalities=1,
          attribution=["خلية الإعلام الأمني"], acled=CLASH),
    ],
)
