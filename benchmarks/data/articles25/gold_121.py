"""Gold of article 121: Eastern Qalamoun (al-Dumayr, al-Ruhaybah, Jayrud, al-Qutayfah), a Syrian local news network
after the change of power, 2025-05-27 (Tue)."""
from actors_places import (
                           DUMAYR,
                           DUMAYR_ROAD,
                           DUMAYR_TARGETS,
                           IL_ARMY,
                           JAYRUD_NASIRIYAH,
                           QALAMOUN_FARMERS,
                           QALAMOUN_FIGHTERS,
                           QALAMOUN_NOTABLES,
                           QALAMOUN_SHEPHERDS,
                           QUTAYFAH,
                           QUTAYFAH_ROAD,
                           QUTAYFAH_VICTIMS,
                           RIF_DIMASHQ,
                           RIF_GOV,
                           RUHAYBAH,
                           RUHAYBAH_SUSPECTS,
                           SETTLEMENT_PARTIES,
                           SY_IS,
                           SY_IS_SUSPECTS,
                           SY_MOFA,
                           UNKNOWN,
                           UNSC,
                           WATER_DIR,
)
from common import AGREEMENT, AIR, ARREST, ATTACK, CLASH, MINE, PEACEFUL, D, E, paras_of

SLUG = "eastern_qalamoun_dumayr_ruhaybah_jayrud_qutayfah"
ARTICLE = dict(
    id="team25-121", slug=SLUG, published="2025-05-27", outlet="Mirat al-Qalamoun news network (fictional)",
    paras=paras_of(f"121_{SLUG}.txt"),
    events=[
        # the air strikes near al-Dumayr air base: headline 0, lead 1 (the ministry's source names no perpetrator),
        # the follow-up 8 where the Israeli army spokesman owns the strikes and a medical source tells of the bodies
        # (one event, not two) → 2 killed. The foreign ministry's «الاعتداء الإسرائيلي» in 7 is part of its ACCUSE
        E(True, ["ASSAULT"], [0, 1, 8], "غارات جوية", ["asserted", "reported"], mode="aerial",
          source=IL_ARMY, recipient=DUMAYR_TARGETS, location=DUMAYR, date=D("2025-05-27"), fatalities=2,
          attribution=["الإخبارية السورية عن مصدر في وزارة الدفاع", "المتحدث باسم الجيش الإسرائيلي",
                       "مصدر طبي في الضمير"], acled=AIR, tpara=1),
        # one sentence, three acts in al-Ruhaybah: the farms surrounded and five men arrested (one COERCE; headline 0),
        # the brief exchange of fire with one of them (two-sided, one member lightly wounded), and the weapons seized
        # on the spot (optional: part of the same raid)
        E(True, ["COERCE"], [0, 2], "وأوقفت", ["asserted", "reported"], mode="arrest",
          source=SY_IS, recipient=RUHAYBAH_SUSPECTS, location=RUHAYBAH, date=D("2025-05-27"),
          attribution=["قناة قيادة الأمن الداخلي على تلغرام"], acled=ARREST, tpara=2),
        E(True, ["ASSAULT"], [2], "تبادل لإطلاق النار", ["asserted", "reported"], mode="firearms",
          source=SY_IS_SUSPECTS, location=RUHAYBAH, date=D("2025-05-27"),
          attribution=["قناة قيادة الأمن الداخلي على تلغرام"], acled=CLASH),
        E(False, ["COERCE"], [2], "ضبطت", ["asserted", "reported"], mode="confiscate",
          source=SY_IS, location=RUHAYBAH, date=D("2025-05-27")),
        # patrols deployed in three towns under one verb (one MOBILIZE); the checkpoints set up at their entrances
        # (optional COERCE restrict); the stated purpose is no event
        E(True, ["MOBILIZE"], [3], "انتشرت دوريات مؤللة", ["asserted"], mode="police",
          source=SY_IS, location=JAYRUD_NASIRIYAH, date=D("2025-05-27")),
        E(False, ["COERCE"], [3], "ونصبت حواجز مؤقتة", ["asserted"], mode="restrict",
          source=SY_IS, location=JAYRUD_NASIRIYAH, date=D("2025-05-27")),
        # the farmers' sit-in in al-Qutayfah (the banner's words are no demand) and their delegation's demand to the
        # water directorate (finite verb: core)
        E(True, ["PROTEST"], [4], "اعتصم", ["asserted"], mode="demo",
          source=QALAMOUN_FARMERS, location=QUTAYFAH, date=D("2025-05-27"), acled=PEACEFUL),
        E(True, ["REQUEST"], [4], "طالب", ["asserted"],
          source=QALAMOUN_FARMERS, recipient=WATER_DIR, location=QUTAYFAH, date=D("2025-05-27")),
        # the governor meets the notables (host as source) and agrees to extend the deadline for handing in weapons
        E(True, ["CONSULT"], [5], "التقى", ["asserted"], mode="visit",
          source=RIF_GOV, recipient=QALAMOUN_NOTABLES, location=RIF_DIMASHQ, date=D("2025-05-27")),
        E(True, ["AGREE"], [5], "ووافق", ["asserted", "reported"],
          source=RIF_GOV, recipient=QALAMOUN_NOTABLES, location=RIF_DIMASHQ, date=D("2025-05-27"),
          attribution=["المكتب الإعلامي لمحافظة ريف دمشق"]),
        # a similar campaign announced for the coming days around al-Qutayfah (planned); its aim is no event
        E(True, ["COERCE"], [6], "حملة مماثلة", ["planned", "reported"], mode="arrest",
          source=SY_IS, location=QUTAYFAH, date=D("2025-05-29", "week", ("2025-05-27", "2025-06-03")),
          attribution=["مصدر في الأمن الداخلي"]),
        # the foreign ministry's condemnation of Israel and its call on the Security Council
        E(True, ["ACCUSE"], [7], "نددت", ["asserted"],
          source=SY_MOFA, recipient=IL_ARMY, date=D("2025-05-27")),
        E(True, ["REQUEST"], [7], "ودعت", ["asserted"],
          source=SY_MOFA, recipient=UNSC, date=D("2025-05-27")),
        # the rumoured release of three detainees on the notables' bail, denied by Internal Security
        E(True, ["RETREAT", "CONCEDE"], [9], "إطلاق سراح", ["rumored", "negated", "reported"], mode="release",
          source=SY_IS, recipient=RUHAYBAH_SUSPECTS, location=RUHAYBAH, date=D("2025-05-27"),
          attribution=["مجموعات محلية على واتساب", "مصدر في الأمن الداخلي"]),
        # the conditional warning to whoever keeps heavy weapons after the deadline (made: asserted); the seizure of
        # farms and depots it announces is only hypothetical (optional)
        E(True, ["THREATEN"], [10], "وأنذرت", ["asserted"], mode="arrest",
          source=SY_IS, date=D("2025-05-27")),
        E(False, ["COERCE"], [10], "ستُصادر", ["hypothetical"], mode="confiscate",
          source=SY_IS, date=None),
        # paragraph 11 is a generic statement: deliberately NO gold event
        # a war-remnant mine wounds two shepherds on the Dumayr–Ruhaybah road (no perpetrator); the 2018 settlement
        # and the fighters' departure, in a relative clause (optional, historical)
        E(True, ["ASSAULT"], [12], "بانفجار لغم أرضي", ["asserted"], mode="explosives",
          recipient=QALAMOUN_SHEPHERDS, location=DUMAYR_ROAD, date=D("2025-05-27"), acled=MINE),
        E(False, ["AGREE"], [12], "باتفاق «التسوية»", ["historical"],
          source=SETTLEMENT_PARTIES, location=DUMAYR,
          date=D("2018-04-15", "month", ("2018-04-01", "2018-04-30")), acled=AGREEMENT),
        E(False, ["RETREAT"], [12], "وخرج بموجبه", ["historical"], mode="withdraw",
          source=QALAMOUN_FIGHTERS, date=D("2018-04-15", "month", ("2018-04-01", "2018-04-30"))),
        # background: Friday before a Tuesday, a man and his son shot dead near al-Qutayfah
        E(True, ["ASSAULT"], [13], "أطلق مجهولون", ["historical", "asserted", "reported"], mode="firearms",
          source=UNKNOWN, recipient=QUTAYFAH_VICTIMS, location=QUTAYFAH_ROAD, date=D("2025-05-23"), fatalities=2,
          attribution=["عائلة الضحيتين"], acled=ATTACK),
    ],
)
