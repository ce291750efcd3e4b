"""Gold of article 192: Salamiyah and the eastern Hama countryside (Sabburah, Uqayribat, the Ithriya–Khanasir road,
al-Hamra), a Syrian pro-government local news site, 2016-11-07 (Mon)."""
from actors_places import (
                           CHECKPOINT_MEN,
                           HAMA,
                           HAMA_GOVERNOR,
                           HAMRA,
                           HAMRA_SHEPHERDS,
                           ISIS,
                           ISIS_UQAYRIBAT,
                           ITHRIYA_KHANASIR,
                           MIL_POLICE,
                           NDF_POST,
                           SABBURAH,
                           SAL_AUTHORITIES,
                           SAL_EAST,
                           SAL_IDPS,
                           SAL_NOTABLES,
                           SAL_PROTESTERS,
                           SALAMIYAH,
                           SARC,
                           SY_ARMY,
                           SY_RU_AIR,
                           UQAYRIBAT,
)
from common import ABDUCTION, AIR, ARREST, CLASH, PEACEFUL, SHELL, D, E, paras_of

SLUG = "salamiyah_2016_sabburah_attack_uqayribat_strikes_ithriya_road"
ARTICLE = dict(
    id="team39-192", slug=SLUG, published="2016-11-07", outlet="Bawwabat Salamiyah news site (fictional)",
    paras=paras_of(f"192_{SLUG}.txt"),
    events=[
        # the ISIS attack on the NDF post at Sabburah at dawn: headline 0, lead 1, the details in 5 (infiltration,
        # a car bomb, an hour of fire; Amaq's «more than twenty» against four martyrs → 4); repelled: one fight
        E(True, ["ASSAULT"], [0, 1, 5], "في هجوم شنّته", ["asserted", "reported"], mode="firearms",
          source=ISIS, recipient=NDF_POST, location=SABBURAH, date=D("2016-11-07"), fatalities=4,
          attribution=["مصدر ميداني", "وكالة أعماق"], acled=CLASH, tpara=1),
        # the car bomb inside that attack may be read as its own explosion (optional)
        E(False, ["ASSAULT"], [5], "عربة مفخخة", ["asserted", "reported"], mode="explosives",
          source=ISIS, recipient=NDF_POST, location=SABBURAH, date=D("2016-11-07")),
        # Syrian and Russian air strikes around Uqayribat at noon (one series, one place); «الاعتداء الغادر» is a
        # back-reference
        E(True, ["ASSAULT"], [2], "سلسلة غارات", ["asserted", "reported"], mode="aerial",
          source=SY_RU_AIR, recipient=ISIS_UQAYRIBAT, location=UQAYRIBAT, date=D("2016-11-07"),
          attribution=["مصدر ميداني"], acled=AIR),
        # yesterday's sit-in at Salamiyah's western entrance against the auxiliaries' checkpoint, its demand, and the
        # protesters' declared support for the army (optional SUPPORT)
        E(True, ["PROTEST"], [3], "وقفة احتجاجية", ["asserted", "historical"], mode="demo",
          source=SAL_PROTESTERS, location=SALAMIYAH, date=D("2016-11-06"), acled=PEACEFUL),
        E(True, ["REQUEST"], [3], "وطالب المحتجون", ["asserted"],
          source=SAL_PROTESTERS, recipient=SAL_AUTHORITIES, location=SALAMIYAH, date=D("2016-11-06")),
        E(False, ["SUPPORT"], [3], "وقوفهم خلف", ["asserted"],
          source=SAL_PROTESTERS, recipient=SY_ARMY, date=D("2016-11-06")),
        # the governor hosts Salamiyah's notables in Hama (headline 0) and promises; the Military Police detain two
        # of the checkpoint's men (the referral to the military judiciary is part of the arrest, no SANCTION)
        E(True, ["CONSULT"], [0, 4], "واستقبل", ["asserted", "reported"], mode="visit",
          source=HAMA_GOVERNOR, recipient=SAL_NOTABLES, location=HAMA, date=D("2016-11-07"),
          attribution=["صفحة المحافظة على فيسبوك"], tpara=4),
        E(True, ["AGREE"], [4], "ووعد المحافظ", ["asserted", "reported"],
          source=HAMA_GOVERNOR, recipient=SAL_NOTABLES, location=HAMA, date=D("2016-11-07"),
          attribution=["صفحة المحافظة على فيسبوك"]),
        E(True, ["COERCE"], [4], "توقيف", ["asserted", "reported"], mode="arrest",
          source=MIL_POLICE, recipient=CHECKPOINT_MEN, date=D("2016-11-07", "day", ("2016-11-06", "2016-11-07")),
          attribution=["صفحة المحافظة على فيسبوك"], acled=ARREST),
        # the Ithriya–Khanasir road: ISIS rockets (core, no injuries), the closure by unnamed authorities and the
        # reopening (both optional: no actor is named)
        E(False, ["COERCE"], [6], "أُغلق الطريق", ["asserted", "reported"], mode="restrict",
          location=ITHRIYA_KHANASIR, date=D("2016-11-07")),
        E(True, ["ASSAULT"], [6], "استهدافه بقذائف صاروخية", ["asserted", "reported"], mode="heavy-weapons",
          source=ISIS, location=ITHRIYA_KHANASIR, date=D("2016-11-07"),
          attribution=["سانا عن مصدر في محافظة حماة"], acled=SHELL),
        E(False, ["RETREAT"], [6], "يُعاد فتحه", ["asserted", "reported"], mode="access",
          location=ITHRIYA_KHANASIR, date=D("2016-11-07")),
        # paragraph 7 (the region's profile, its men in the army) is generic: deliberately NO gold event
        # the Red Crescent convoy due on Wednesday (planned); the rumoured abduction of two shepherds near al-Hamra
        # (unconfirmed, undated); the spring attacks are background aggregates (optional)
        E(True, ["AID"], [8], "قافلة مساعدات", ["planned"], mode="humanitarian",
          source=SARC, recipient=SAL_IDPS, location=SALAMIYAH, date=D("2016-11-09"),
          attribution=["فرع الهلال الأحمر في حماة"]),
        E(True, ["ASSAULT"], [8], "اختطاف راعيين", ["rumored", "reported"], mode="abduct",
          source=ISIS, recipient=HAMRA_SHEPHERDS, location=HAMRA, date=None, attribution=["صفحات محلية"],
          acled=ABDUCTION),
        E(False, ["ASSAULT"], [8], "هجمات مماثلة", ["historical", "generic"], mode="firearms",
          source=ISIS, location=SAL_EAST, date=D("2016-04-15", "month", ("2016-03-01", "2016-05-31"))),
    ],
)
