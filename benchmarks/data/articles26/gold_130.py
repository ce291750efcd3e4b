"""Gold of article 130: al-Bayda in Yemen (Wald Rabi' and Qayfa, Rada'a, Mukayras/Thera/al-Zahir, al-Sawma'ah,
al-Qurayshiyah), an independent Yemeni news site, 2025-01-22 (Wed)."""
from actors_places import (
                           AQAP,
                           BAYDA,
                           COALITION,
                           GOV_SOLDIER,
                           HOUTHI_GOVERNOR,
                           HOUTHIS,
                           ICRC,
                           MEDIATORS_HOUTHIS,
                           MUKAYRAS,
                           MUKAYRAS_FRONTS,
                           QAYFA_SHEIKH_HOUSE,
                           QAYFA_TRIBES,
                           QAYFA_VICTIMS,
                           QAYFA_WOUNDED,
                           QURAYSHIYAH,
                           RADAA,
                           RADAA_CLASH,
                           RADAA_MEDIATORS,
                           SANAA,
                           SAWMAAH,
                           SHEIKH_RELATIVES,
                           US_DRONE,
                           WALD_RABI,
                           YE_GOV_FORCES,
)
from common import ABDUCTION, AIR, CLASH, DESTRUCTION, SHELL, D, E, paras_of

SLUG = "bayda_wald_rabi_qayfa_radaa_mukayras_sawmaah"
ARTICLE = dict(
    id="team26-130", slug=SLUG, published="2025-01-22", outlet="al-Sarat Net news site (fictional)",
    paras=paras_of(f"130_{SLUG}.txt"),
    events=[
        # the shelling of homes in Wald Rabi': headline 0 («بقصف حوثي»), lead 1 (shells «سقطت», no perpetrator), the
        # follow-up 8 (the tribal sources: fired from a Houthi position; the burial is no event) → one event, 4 killed
        E(True, ["ASSAULT"], [0, 1, 8], "قذائف مدفعية سقطت", ["asserted", "reported"], mode="heavy-weapons",
          source=HOUTHIS, recipient=QAYFA_VICTIMS, location=WALD_RABI, date=D("2025-01-21"), fatalities=4,
          attribution=["مصادر قبلية متطابقة"], acled=SHELL, tpara=1),
        # told only by Houthi media: an attack on a checkpoint in Rada'a repelled (two-sided: reported), and the
        # Houthis' accusation of «the aggression and its mercenaries»
        E(True, ["ASSAULT"], [2], "هجوماً شنّته", ["reported"], mode="firearms",
          source=RADAA_CLASH, location=RADAA, date=D("2025-01-22"),
          attribution=["وسائل إعلام تابعة لجماعة الحوثي"], acled=CLASH),
        E(True, ["ACCUSE"], [2], "واتهمت", ["asserted", "reported"],
          source=HOUTHIS, recipient=COALITION, date=D("2025-01-22"),
          attribution=["وسائل إعلام تابعة لجماعة الحوثي"]),
        # one sentence, two events in Rada'a: the blowing up of a sheikh's house (the eviction before it optional)
        # and the abduction of three of his relatives
        E(True, ["ASSAULT"], [3], "فجّرت الجماعة", ["asserted", "reported"], mode="destroy",
          source=HOUTHIS, recipient=QAYFA_SHEIKH_HOUSE, location=RADAA, date=D("2025-01-22"),
          attribution=["ناشط حقوقي من أبناء رداع"], acled=DESTRUCTION),
        E(False, ["COERCE"], [3], "أخرجت", ["asserted", "reported"], mode="restrict",
          source=HOUTHIS, recipient=QAYFA_SHEIKH_HOUSE, location=RADAA, date=D("2025-01-22")),
        E(True, ["ASSAULT"], [3], "واختطفت", ["asserted", "reported"], mode="abduct",
          source=HOUTHIS, recipient=SHEIKH_RELATIVES, location=RADAA, date=D("2025-01-22"),
          attribution=["ناشط حقوقي من أبناء رداع"], acled=ABDUCTION),
        # Houthi drones and mortars on government positions on three fronts under one verb (one event; «لم تحقق
        # أهدافها» negates nothing); no time of day given
        E(True, ["ASSAULT"], [4], "استهدف الحوثيون", ["asserted", "reported"], mode="heavy-weapons",
          source=HOUTHIS, recipient=YE_GOV_FORCES, location=MUKAYRAS_FRONTS,
          date=D("2025-01-22", "day", ("2025-01-21", "2025-01-22")),
          attribution=["المركز الإعلامي لمحور البيضاء العسكري"], acled=SHELL),
        # the Qayfa tribes' general tribal mobilisation («النكف», headline 0) and their demand to the Houthis (its
        # content, handing over the culprits and paying blood money, is no event); the tribal meeting optional
        E(True, ["MOBILIZE"], [0, 5], "النكف القبلي", ["asserted"], mode="troops",
          source=QAYFA_TRIBES, location=WALD_RABI, date=D("2025-01-22"), tpara=5),
        E(True, ["REQUEST"], [5], "مطالبةً", ["asserted"],
          source=QAYFA_TRIBES, recipient=HOUTHIS, location=WALD_RABI, date=D("2025-01-22")),
        E(False, ["CONSULT"], [5], "لقاء قبلي موسّع", ["asserted"], mode="multilateral",
          source=QAYFA_TRIBES, location=WALD_RABI, date=D("2025-01-22")),
        # the Houthi-aligned notables meet the sheikhs; their arbitration offer (optional AGREE) is rejected
        E(True, ["CONSULT"], [6], "التقى وفد", ["asserted", "reported"], mode="third-party",
          source=RADAA_MEDIATORS, recipient=QAYFA_TRIBES, location=WALD_RABI, date=D("2025-01-22"),
          attribution=["أحد الحاضرين"]),
        E(False, ["AGREE"], [6], "عرضاً", ["asserted"],
          source=RADAA_MEDIATORS, recipient=QAYFA_TRIBES, date=D("2025-01-22")),
        E(True, ["REJECT"], [6], "رفضوا العرض", ["asserted", "reported"],
          source=QAYFA_TRIBES, recipient=MEDIATORS_HOUTHIS, location=WALD_RABI, date=D("2025-01-22"),
          attribution=["أحد الحاضرين"]),
        # the ICRC's transfer of the five wounded to Sanaa, due tomorrow (planned)
        E(True, ["AID"], [7], "ينقل فريق", ["planned", "reported"], mode="humanitarian",
          source=ICRC, recipient=QAYFA_WOUNDED, location=SANAA, date=D("2025-01-23"),
          attribution=["مصدر طبي في مستشفى رداع"]),
        # residents' account of a suspected US drone strike on an AQAP car on Monday night, unconfirmed
        E(True, ["ASSAULT"], [9], "غارة يُرجَّح", ["rumored", "reported"], mode="aerial",
          source=US_DRONE, recipient=AQAP, location=SAWMAAH, date=D("2025-01-20", "day", ("2025-01-20", "2025-01-21")),
          attribution=["سكان في مديرية الصومعة"], acled=AIR),
        # the Houthi governor's conditional threat (made: asserted, through al-Masirah); the «military resolution» is
        # hypothetical (optional); the sheikhs' reading of it as a declaration of war is no event
        E(True, ["THREATEN"], [10], "وتوعّد", ["asserted", "reported"], mode="violence",
          source=HOUTHI_GOVERNOR, recipient=QAYFA_TRIBES, location=BAYDA,
          date=D("2025-01-22", "day", ("2025-01-21", "2025-01-22")), attribution=["قناة المسيرة"]),
        E(False, ["ASSAULT"], [10], "حسم عسكري", ["hypothetical"], mode="heavy-weapons",
          source=HOUTHIS, recipient=QAYFA_TRIBES, location=BAYDA, date=None),
        # paragraph 11 is a generic statement: deliberately NO gold event
        # the 2020 siege of Hanakat Al Masoud and its storming, in a relative clause (optional, historical)
        E(False, ["COERCE", "ASSAULT"], [12], "الحصار", ["historical"], mode="restrict",
          source=HOUTHIS, location=QURAYSHIYAH, date=D("2020-06-15", "year", ("2020-01-01", "2020-12-31"))),
        # background: Saturday before a Wednesday, a government soldier killed by a Houthi sniper at Mukayras
        E(True, ["ASSAULT"], [13], "برصاص قنّاص حوثي", ["historical", "asserted", "reported"], mode="firearms",
          source=HOUTHIS, recipient=GOV_SOLDIER, location=MUKAYRAS, date=D("2025-01-18"), fatalities=1,
          attribution=["المركز الإعلامي لمحور البيضاء"], acled=CLASH),
    ],
)
