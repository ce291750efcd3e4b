"""Gold of article 383: a revenge ambush near Raghwan's market that killed three of the Al Murshid family
(main event), the mediators' meetings, a two-month truce that Al Jaber accept and Al Murshid reject, a
suspect handed over to Marib's security, Al Jaber's offer of blood money, an Al Murshid notable's threat,
security reinforcements, a rumoured mobilisation, the local authority's demand, a meeting Al Murshid did
not attend, a reconciliation in Medghal on 2 March and an arbitration session due on Thursday (Marib,
Yemen), a Yemeni weekly newspaper's site, 2023-11-07 (Tue). Dateline «مأرب – «البلق»:»; the main event is
told first in the lead, with one toll (3). Mostly about a tribal feud."""
from actors_places import (
    AL_JABER,
    AL_MURSHID,
    AMBUSHERS,
    BOTH_FAMILIES,
    DEPUTY_GOV_MEDIATORS,
    JABER_GUNMEN,
    JABER_VICTIM,
    MARIB_AUTHORITY,
    MARIB_CITY,
    MARIB_GOV,
    MARIB_SECURITY,
    MEDGHAL,
    MEDGHAL_PARTIES,
    MEDIATORS,
    MURSHID_GUNMEN,
    MURSHID_NOTABLE,
    MURSHID_OTHER,
    MURSHID_REPS,
    MURSHID_VICTIMS,
    RAGHWAN,
    RAGHWAN_MARKET,
    SPECIAL_SECURITY,
)
from common import AGREEMENT, ARREST, ATTACK, D, E, paras_of

SLUG = "raghwan_2023_marib_medghal"
TODAY = D("2023-11-07")
YDAY = D("2023-11-06")
TODAY_OPEN = D("2023-11-07", "day", ("2023-11-06", "2023-11-07"))
ARTICLE = dict(
    id="team77-383", slug=SLUG, published="2023-11-07",
    outlet="Al-Balaq, Yemeni weekly newspaper's news site (fictional)",
    paras=paras_of(f"383_{SLUG}.txt"),
    events=[
        # MAIN EVENT, told first in the lead (headline 0; ¶1: three killed «مساء أمس الاثنين»; ¶3: a
        # relative's account, «من قبل أربعة مسلحين»; ¶5: the hospital; ¶6: Al Jaber's side retells it) → 3
        E(True, ["ASSAULT"], [0, 1, 3, 5, 6], "قُتل", ["asserted", "reported"], mode="firearms",
          source=JABER_GUNMEN, recipient=MURSHID_VICTIMS, location=RAGHWAN, date=YDAY, fatalities=3,
          attribution=["مصادر قبلية", "أحد أقارب القتلى", "مصدر طبي في هيئة مستشفى مأرب العام"],
          acled=ATTACK, tpara=1),
        # the killing it avenged, about three weeks earlier (¶1, retold from Al Jaber's side in ¶6): optional,
        # historical
        E(False, ["ASSAULT"], [1, 6], "لمقتل", ["historical", "reported"], mode="firearms",
          recipient=JABER_VICTIM, location=RAGHWAN,
          date=D("2023-10-17", "week", ("2023-10-10", "2023-10-24"))),
        # ¶2: the mediators meet both families at dawn (CONSULT, third-party); their request is optional
        E(True, ["CONSULT"], [2], "لقاءين", ["asserted", "reported"], mode="third-party",
          source=MEDIATORS, recipient=BOTH_FAMILIES, location=RAGHWAN, date=TODAY,
          attribution=["أحد الوسطاء"]),
        E(False, ["REQUEST"], [2], "طلبوا", ["asserted", "reported"],
          source=MEDIATORS, recipient=BOTH_FAMILIES, date=TODAY),
        # ¶4 (feuds in general) holds no event. ¶7: the truce offered (optional), accepted by Al Jaber
        # (optional) and rejected by Al Murshid (core REJECT; headline 0); the mediators' request for time
        # is optional
        E(False, ["AGREE"], [7], "هدنة", ["asserted"],
          source=MEDIATORS, recipient=BOTH_FAMILIES, location=RAGHWAN, date=TODAY),
        E(False, ["AGREE"], [7], "فقبلها", ["asserted"],
          source=AL_JABER, recipient=MEDIATORS, date=TODAY),
        E(True, ["REJECT"], [0, 7], "رفضوها", ["asserted"],
          source=AL_MURSHID, recipient=MEDIATORS, location=RAGHWAN, date=TODAY, tpara=7),
        E(False, ["REQUEST"], [7], "طلب الوسطاء", ["asserted"],
          source=MEDIATORS, recipient=AL_MURSHID, date=TODAY),
        # ¶8: a wanted man handed over to Marib's security (RETREAT; COOPERATE and COERCE accepted; headline
        # 0); the pledge to hand over the three others is optional
        E(True, ["RETREAT", "COOPERATE", "COERCE"], [0, 8], "سلّم", ["asserted", "reported"],
          source=AL_JABER, recipient=MARIB_SECURITY, location=MARIB_GOV, date=TODAY,
          attribution=["مصدر في إدارة الأمن"], acled=ARREST, tpara=8),
        E(False, ["AGREE"], [8], "وتعهدوا", ["asserted"],
          source=AL_JABER, location=MARIB_GOV, date=TODAY),
        # ¶9: Al Jaber's readiness to pay the blood money (AGREE)
        E(True, ["AGREE"], [9], "أبدى", ["asserted", "reported"],
          source=AL_JABER, recipient=MURSHID_OTHER, location=RAGHWAN, date=TODAY_OPEN,
          attribution=["رسالة نقلها الوسطاء"]),
        # ¶10: the notable's threat (subject, a long parenthesis, then the verb); the revenge is optional,
        # hypothetical
        E(True, ["THREATEN"], [10], "توعّد", ["asserted", "reported"], mode="violence",
          source=MURSHID_NOTABLE, recipient=AMBUSHERS, location=RAGHWAN, date=TODAY_OPEN,
          attribution=["تسجيل صوتي تداولته مجموعات على تطبيق «واتساب»"]),
        E(False, ["ASSAULT"], [10], "أخذ الثأر", ["hypothetical"], mode="firearms",
          source=AL_MURSHID, recipient=AMBUSHERS, date=None),
        # ¶11: security reinforcements to the market (MOBILIZE police); the checkpoints are optional
        E(True, ["MOBILIZE"], [11], "بتعزيزات", ["asserted", "reported"], mode="police",
          source=SPECIAL_SECURITY, location=RAGHWAN_MARKET, date=TODAY_OPEN, attribution=["مصدر أمني"]),
        E(False, ["COERCE"], [11], "نقاط تفتيش", ["asserted", "reported"], mode="restrict",
          source=SPECIAL_SECURITY, location=RAGHWAN_MARKET, date=TODAY_OPEN),
        # ¶12: Al Murshid's gunmen on alert, told by local sources, unchecked (rumoured)
        E(True, ["MOBILIZE"], [12], "استنفار", ["rumored", "reported"], mode="troops",
          source=MURSHID_GUNMEN, location=RAGHWAN, date=None, attribution=["مصادر محلية"]),
        # ¶13: the local authority's demand, and a meeting Al Murshid did not attend (CONSULT, negated); the
        # meeting itself, held without them, is optional
        E(True, ["REQUEST"], [13], "وطالبت", ["asserted"],
          source=MARIB_AUTHORITY, recipient=BOTH_FAMILIES, date=TODAY_OPEN, attribution=["بيان"]),
        E(True, ["CONSULT"], [13], "لم يحضر", ["negated"],
          source=MURSHID_REPS, recipient=DEPUTY_GOV_MEDIATORS, location=MARIB_CITY, date=TODAY),
        E(False, ["CONSULT"], [13], "اللقاء", ["asserted"],
          source=DEPUTY_GOV_MEDIATORS, recipient=DEPUTY_GOV_MEDIATORS, location=MARIB_CITY, date=TODAY),
        # ¶14 (the district described) holds no event. Background at another place, in «وكان … قد»: a
        # reconciliation with blood money in Medghal on 2 March (AGREE, historical); the dead of that feud
        # are an aggregate (optional)
        E(True, ["AGREE"], [15], "صلح قبلي", ["historical", "asserted"],
          source=MEDGHAL_PARTIES, recipient=MEDGHAL_PARTIES, location=MEDGHAL, date=D("2023-03-02"),
          acled=AGREEMENT),
        E(False, ["ASSAULT"], [15], "خمسة قتلى", ["generic", "historical"], mode="firearms",
          location=MEDGHAL, date=None),
        # ¶16: the arbitration session due «يوم الخميس المقبل» (planned CONSULT). ¶17 (the road empty, shops
        # shut early) holds no event
        E(True, ["CONSULT"], [16], "جلسة التحكيم", ["planned"], mode="third-party",
          source=MEDIATORS, recipient=BOTH_FAMILIES, location=RAGHWAN, date=D("2023-11-09")),
    ],
)
