"""Gold of article 194: Khan Shaykhun and the southern Idlib countryside (at-Tamanah, Hish, Morek), a Syrian
opposition news agency, 2019-03-10 (Sun)."""
from actors_places import (
                           HISH,
                           HTS,
                           KHAN_SHAYKHUN,
                           KS_AREA,
                           KS_CIVILIANS,
                           KS_IDPS,
                           KS_PROTESTERS,
                           KS_YOUTHS,
                           MOREK,
                           NLF,
                           NORTH_HAMA,
                           RELIEF_ORG,
                           RU_AIR,
                           RU_TR,
                           SCD,
                           SY_ARMY,
                           TAMANAH,
                           TR_ARMY,
                           TURKEY,
)
from common import AGREEMENT, AIR, ARREST, PEACEFUL, SHELL, D, E, paras_of

SLUG = "khan_shaykhun_2019_shelling_tamanah_strikes_morek_convoy"
ARTICLE = dict(
    id="team39-194", slug=SLUG, published="2019-03-10", outlet="Nabd Idlib news agency (fictional)",
    paras=paras_of(f"194_{SLUG}.txt"),
    events=[
        # this morning's shelling of central Khan Shaykhun: headline 0, lead 1 (5 killed), retold in 9 (the victims,
        # the firing positions at Morek and Ma'an, and the loyalist pages' «ضربات دقيقة» version: the same shelling)
        E(True, ["ASSAULT"], [0, 1, 9], "بقصف مدفعي وصاروخي", ["asserted", "reported"], mode="heavy-weapons",
          source=SY_ARMY, recipient=KS_CIVILIANS, location=KHAN_SHAYKHUN, date=D("2019-03-10"), fatalities=5,
          attribution=["مراسل الوكالة", "ممرض في أحد المشافي الميدانية", "صفحات موالية"], acled=SHELL,
          tpara=1),
        # the Civil Defence centre hit by a shell yesterday evening, recalled in the Civil Defence's post (no one
        # named as firing it)
        E(True, ["ASSAULT"], [2], "بقذيفة مباشرة", ["asserted", "reported", "historical"], mode="heavy-weapons",
          recipient=SCD, location=KHAN_SHAYKHUN, date=D("2019-03-09"), attribution=["الدفاع المدني السوري"],
          acled=SHELL),
        # three Russian strikes on at-Tamanah at dawn (headline 0), material damage only
        E(True, ["ASSAULT"], [0, 3], "ثلاث غارات", ["asserted", "reported"], mode="aerial",
          source=RU_AIR, location=TAMANAH, date=D("2019-03-10"), attribution=["مراصد الطيران المحلية"], acled=AIR,
          tpara=3),
        # weeks of flight from the area (no actor, an aggregate: optional) and yesterday's food distribution in Hish
        E(False, ["RETREAT"], [4], "النزوح", ["generic", "asserted"], mode="withdraw",
          source=KS_IDPS, location=KS_AREA, date=None),
        E(True, ["AID"], [4], "وزّعت", ["asserted", "reported"], mode="humanitarian",
          source=RELIEF_ORG, recipient=KS_IDPS, location=HISH, date=D("2019-03-09"),
          attribution=["القائمون عليها"]),
        # yesterday's demonstration, its banners denouncing Turkey's silence (optional ACCUSE) and the demand to
        # Turkey
        E(True, ["PROTEST"], [5], "مظاهرة", ["asserted"], mode="demo",
          source=KS_PROTESTERS, location=KHAN_SHAYKHUN, date=D("2019-03-09"), acled=PEACEFUL),
        E(False, ["ACCUSE"], [5], "تندد", ["asserted"],
          source=KS_PROTESTERS, recipient=TURKEY, date=D("2019-03-09")),
        E(True, ["REQUEST"], [5], "وطالبوا", ["asserted"],
          source=KS_PROTESTERS, recipient=TURKEY, location=KHAN_SHAYKHUN, date=D("2019-03-09")),
        # a Turkish convoy into the Morek observation post yesterday evening; the army's silence is no event
        E(True, ["MOBILIZE"], [6], "رتلاً عسكرياً", ["reported", "asserted"], mode="troops",
          source=TR_ARMY, location=MOREK, date=D("2019-03-09"), attribution=["ناشطون"]),
        # HTS arrests three young men after raiding their homes (one COERCE); the seized phones optional
        E(True, ["COERCE"], [7], "اعتقلت", ["asserted", "reported"], mode="arrest",
          source=HTS, recipient=KS_YOUTHS, location=KHAN_SHAYKHUN, date=D("2019-03-10"),
          attribution=["أحد أقاربهم"], acled=ARREST),
        E(False, ["COERCE"], [7], "صادروا", ["asserted", "reported"], mode="confiscate",
          source=HTS, recipient=KS_YOUTHS, location=KHAN_SHAYKHUN, date=D("2019-03-10")),
        # paragraph 8 (the town's population, farming and schools) is generic: deliberately NO gold event
        # the Sochi agreement of last September (optional, historical); a Russian–Turkish officers' meeting expected
        # in the coming days (planned, told by opposition sources); the NLF's conditional threat (the ground advance
        # it names is hypothetical: optional) and its raised readiness
        E(False, ["AGREE"], [10], "توصلتا", ["historical"],
          source=RU_TR, date=D("2018-09-17", "month", ("2018-09-01", "2018-09-30")), acled=AGREEMENT),
        E(True, ["CONSULT"], [10], "اجتماع مرتقب", ["planned", "rumored", "reported"],
          source=RU_TR, date=D("2019-03-13", "week", ("2019-03-10", "2019-03-20")),
          attribution=["مصادر في المعارضة"]),
        E(True, ["THREATEN"], [10], "توعّدت", ["asserted"], mode="violence",
          source=NLF, recipient=SY_ARMY, date=None),
        E(False, ["ASSAULT"], [10], "تقدم بري", ["hypothetical"], mode="firearms",
          source=SY_ARMY, date=None),
        E(True, ["MOBILIZE"], [10], "رفع الجاهزية", ["asserted", "reported"], mode="troops",
          source=NLF, location=NORTH_HAMA, date=None),
    ],
)
