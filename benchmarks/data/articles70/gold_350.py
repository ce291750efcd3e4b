"""Gold of article 350: Sinjar and Sinuni (Nineveh), Baghdad, Erbil and Makhmour (Iraq), an Erbil-based
Arabic news site, 2023-04-17 (Mon)."""
from actors_places import (
    BAGHDAD,
    BAGHDAD_ANKARA,
    BAGHDAD_ERBIL,
    BAGHDAD_ERBIL_2020,
    FEDERAL_DELEGATION,
    IQ_MOFA,
    IQ_MP,
    IQ_PM,
    KRG_BODIES,
    KRG_SPOKESMAN,
    MAKHMOUR,
    MAKHMOUR_VICTIMS,
    PESHMERGA,
    PKK,
    SINJAR,
    SINJAR_ADMIN,
    SINUNI,
    TR_AMBASSADOR,
    TR_DEFMIN_2023,
    TURKEY_ANKARA,
    TURKISH_DRONE,
    YAZIDI_COUNCIL,
    YBS,
    YBS_FIGHTERS,
)
from common import AGREEMENT, AIR, D, E, paras_of

SLUG = "sinjar_2023_sinuni_baghdad_erbil_makhmour"
TODAY = D("2023-04-17")
SINCE_STRIKE = D("2023-04-16", "day", ("2023-04-16", "2023-04-17"))
ARTICLE = dict(
    id="team70-350", slug=SLUG, published="2023-04-17",
    outlet="Bawabat Hewler Erbil-based Arabic news site (fictional)",
    paras=paras_of(f"350_{SLUG}.txt"),
    events=[
        # the YBS accuses Baghdad and Erbil of collusion (statement this morning; headline 0). «حرب المسيّرات»
        # is a general charge, not the strike
        E(True, ["ACCUSE"], [0, 1], "اتهمت", ["asserted"],
          source=YBS, recipient=BAGHDAD_ERBIL, location=SINJAR, date=TODAY,
          attribution=["بيان «وحدات مقاومة سنجار»"], tpara=1),
        # the main event, told first in ¶2: a Turkish drone strike on a YBS car at Sinuni «مساء أمس الأحد»
        # (headline 0; the army's silence 3; Anadolu's version 4; the hospital 14): the district source says
        # three, the Turkish sources four, the hospital two bodies → 2
        E(True, ["ASSAULT"], [0, 2, 3, 4, 14], "غارة", ["asserted", "reported"], mode="aerial",
          source=TURKISH_DRONE, recipient=YBS_FIGHTERS, location=SINUNI, date=D("2023-04-16"), fatalities=2,
          attribution=["مصدر في إدارة القضاء", "وكالة «الأناضول» عن مصادر أمنية تركية",
                       "مصدر طبي في مستشفى سنجار العام"],
          acled=AIR, tpara=2),
        # the Turkish defence minister's threat (headline 0: «وأنقرة تتوعد بالمزيد»); his jab at Baghdad is an
        # optional ACCUSE/REQUEST
        E(True, ["THREATEN"], [0, 5], "وتوعّد", ["asserted"], mode="violence",
          source=TR_DEFMIN_2023, location=SINJAR, date=TODAY, tpara=5),
        E(False, ["ACCUSE", "REQUEST"], [5], "مسؤولياتها", ["reported", "asserted"],
          source=TR_DEFMIN_2023, recipient=BAGHDAD_ERBIL, date=TODAY),
        # the Iraqi foreign ministry condemns (ACCUSE) and demands (REQUEST); the summoning of the chargé
        # d'affaires is optional
        E(True, ["ACCUSE"], [6], "ودانت", ["asserted"],
          source=IQ_MOFA, recipient=TURKEY_ANKARA, location=BAGHDAD, date=SINCE_STRIKE),
        E(False, ["CONSULT", "SANCTION"], [6], "واستدعت", ["asserted"],
          source=IQ_MOFA, recipient=TURKEY_ANKARA, location=BAGHDAD, date=SINCE_STRIKE),
        E(True, ["REQUEST"], [6], "مطالبةً", ["asserted"],
          source=IQ_MOFA, recipient=TURKEY_ANKARA, location=BAGHDAD, date=SINCE_STRIKE),
        # the KRG spokesman's reply quoting the YBS statement: a REJECT of the charge, a denial that anyone in
        # the region fed Turkey intelligence (core COOPERATE, negated) and an accusation of the PKK; the
        # standing demand «كانت وما زالت تطالب» is optional (generic)
        E(True, ["REJECT"], [7], "وردّ", ["asserted"],
          source=KRG_SPOKESMAN, recipient=YBS, date=TODAY, attribution=["الموقع الرسمي للحكومة"]),
        E(True, ["COOPERATE"], [7], "زوّدت", ["negated"],
          source=KRG_BODIES, recipient=TURKEY_ANKARA, date=None,
          attribution=["المتحدث باسم حكومة إقليم كوردستان"]),
        E(True, ["ACCUSE"], [7], "ومتهماً", ["asserted"],
          source=KRG_SPOKESMAN, recipient=PKK, date=TODAY),
        E(False, ["REQUEST"], [7], "تطالب", ["generic"],
          source=KRG_BODIES, date=None),
        # paragraph 8 (Sinjar's authorities and its displaced: description) holds no event
        # ¶9: nested speech (the channel quoting an MP quoting the prime minister): the meeting last week, the
        # refusal voiced in it and the complaint being considered are optional
        E(False, ["CONSULT"], [9], "لقاء", ["historical", "reported"],
          source=IQ_PM, recipient=TR_AMBASSADOR, location=BAGHDAD,
          date=D("2023-04-12", "week", ("2023-04-10", "2023-04-16"))),
        E(False, ["REJECT"], [9], "ترفض", ["reported"],
          source=IQ_PM, recipient=TR_AMBASSADOR, date=None),
        E(False, ["ACCUSE"], [9], "شكوى", ["hypothetical", "planned"],
          source=IQ_MP, date=None),
        # ¶10: the MP's earlier charge against the Peshmerga, retracted last night (optional: made, then taken
        # back)
        E(False, ["ACCUSE"], [10], "صرّح", ["historical", "negated"],
          source=IQ_MP, recipient=PESHMERGA, date=None),
        # a leaked «understanding» between Baghdad and Ankara, denied by the prime minister's office
        E(True, ["AGREE"], [11], "تفاهم", ["rumored", "negated"],
          source=BAGHDAD_ANKARA, location=SINJAR, date=None,
          attribution=["صفحات مقرّبة من الإدارة المحلية", "مصدر في مكتب رئيس الوزراء"]),
        # a federal delegation's visit «يوم الأربعاء المقبل» (planned); the 2020 agreement is optional,
        # historical
        E(True, ["CONSULT"], [12], "يزور", ["planned"], mode="visit",
          source=FEDERAL_DELEGATION, recipient=SINJAR_ADMIN, location=SINJAR, date=D("2023-04-19")),
        E(False, ["AGREE"], [12], "وقّعته", ["historical"],
          source=BAGHDAD_ERBIL_2020, date=D("2020-10-09", "month", ("2020-10-01", "2020-10-31")),
          acled=AGREEMENT),
        # the YBS threat to respond (THREATEN) and the Yazidi Spiritual Council's call (REQUEST)
        E(True, ["THREATEN"], [13], "وتوعّدت", ["asserted"], mode="violence",
          source=YBS, recipient=TURKEY_ANKARA, location=SINJAR, date=TODAY,
          attribution=["بيان «وحدات مقاومة سنجار»"]),
        E(True, ["REQUEST"], [13], "دعا", ["asserted"],
          source=YAZIDI_COUNCIL, location=SINJAR, date=SINCE_STRIKE),
        # background at another place: a Turkish drone strike near Makhmour camp «في الخامس من الشهر الجاري»
        # (core, historical)
        E(True, ["ASSAULT"], [15], "قصفت", ["historical", "asserted"], mode="aerial",
          source=TURKISH_DRONE, recipient=MAKHMOUR_VICTIMS, location=MAKHMOUR, date=D("2023-04-05"),
          fatalities=2, attribution=["إدارة المخيم"], acled=AIR),
        # paragraph 16 (observers' analysis) holds no event
    ],
)
