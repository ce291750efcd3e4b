"""Gold of article 223: Zirgan (Abu Rasin), al-Asadiya, the Alouk water station and al-Hasakah, a Kurdish local
site, 2020-08-19 (Wed)."""
from actors_places import (
    AANES,
    AANES_ENERGY,
    ALOUK,
    ALOUK_MABROUKA,
    ASADIYA,
    ASADIYA_CIV,
    ASADIYA_SK,
    BAB_KHAIR,
    BK_WOMAN,
    GUARANTORS,
    HASAKAH,
    HASAKAH_PROTESTERS,
    KRC,
    PEACE_SPRING_AREA,
    RU_MP,
    RU_TR,
    RU_UN,
    RUSSIA,
    SDF,
    SDF_FIGHTERS,
    SEREKANIYE,
    SK_TALABYAD,
    SNA,
    TAL_TAMR,
    TR_ARMY,
    TR_SNA,
    UNICEF,
    UNSC,
    WATER_TEAMS,
    ZIRGAN,
    ZIRGAN_BK,
)
from common import AIR, ATTACK, CLASH, PEACEFUL, SHELL, D, E, paras_of

SLUG = "zirgan_2020_drone_strike_asadiya_alouk_water_hasakah_protest"
ARTICLE = dict(
    id="team45-223", slug=SLUG, published="2020-08-19", outlet="Aso Post news site (fictional)",
    paras=paras_of(f"223_{SLUG}.txt"),
    events=[
        # the Turkish drone strike near Zirgan yesterday afternoon: headline 0, lead 1 (our correspondent: 2 fighters),
        # retold in 9 (the Turkish ministry's «five terrorists neutralised», the SDF source's two) → 2
        E(True, ["ASSAULT"], [0, 1, 9], "استهداف", ["asserted", "reported"], mode="aerial",
          source=TR_ARMY, recipient=SDF_FIGHTERS, location=ZIRGAN_BK, date=D("2020-08-18"), fatalities=2,
          attribution=["مراسل آسو بوست", "وزارة الدفاع التركية", "مصدر عسكري في قسد"], acled=AIR, tpara=1),
        # one sentence, two events: the shelling of al-Asadiya and the SDF's return fire
        E(True, ["ASSAULT"], [2], "قصف", ["asserted", "reported"], mode="heavy-weapons",
          source=TR_SNA, recipient=ASADIYA_CIV, location=ASADIYA, date=D("2020-08-18"),
          attribution=["المركز الإعلامي لقسد"], acled=SHELL),
        E(True, ["ASSAULT"], [2], "ردّت", ["asserted", "reported"], mode="heavy-weapons",
          source=SDF, recipient=TR_SNA, location=ASADIYA_SK, date=D("2020-08-18"),
          attribution=["المركز الإعلامي لقسد"], acled=CLASH),
        # the Hasakah demonstration this morning (headline 0), its demand to Russia and the UN; yesterday's first
        # demonstration, implied by «الثانية خلال يومين» (optional)
        E(True, ["PROTEST"], [0, 3], "مظاهرة", ["asserted"], mode="demo",
          source=HASAKAH_PROTESTERS, location=HASAKAH, date=D("2020-08-19"), acled=PEACEFUL, tpara=3),
        E(True, ["REQUEST"], [3], "وطالبوا", ["asserted"],
          source=HASAKAH_PROTESTERS, recipient=RU_UN, location=HASAKAH, date=D("2020-08-19")),
        E(False, ["PROTEST"], [3], "هي الثانية", ["asserted", "historical"], mode="demo",
          source=HASAKAH_PROTESTERS, location=HASAKAH, date=D("2020-08-18", "day", ("2020-08-17", "2020-08-18")),
          acled=PEACEFUL),
        # «وكانت … قد»: the Alouk station stopped on 7 August when the Turkish-backed factions kept the maintenance
        # crews out (COERCE, restrict) and cut its power line (optional)
        E(True, ["COERCE"], [4], "منع", ["historical", "asserted", "reported"], mode="restrict",
          source=SNA, recipient=WATER_TEAMS, location=ALOUK, date=D("2020-08-07"),
          attribution=["الرئاسة المشتركة لمديرية المياه في الحسكة"]),
        E(False, ["COERCE", "ASSAULT"], [4], "وقطعوا", ["historical", "asserted"], mode="withhold",
          source=SNA, location=ALOUK_MABROUKA, date=D("2020-08-07")),
        # the Kurdish Red Crescent's water tankers today; UNICEF's tankers from next week (optional, planned)
        E(True, ["AID"], [5], "وزّع", ["asserted"], mode="humanitarian",
          source=KRC, location=HASAKAH, date=D("2020-08-19")),
        E(False, ["AID"], [5], "ستموّل", ["planned"], mode="humanitarian",
          source=UNICEF, location=HASAKAH, date=D("2020-08-24", "week", ("2020-08-23", "2020-08-29"))),
        # paragraph 6 (queues and prices): deliberately NO gold event
        # the Autonomous Administration accuses Turkey; its call on the Security Council and its blame of Russia
        # (optional)
        E(True, ["ACCUSE"], [7], "واتهمت", ["asserted"],
          source=AANES, recipient=TR_ARMY, date=D("2020-08-19", "day", ("2020-08-18", "2020-08-19")),
          attribution=["موقع الإدارة الذاتية"]),
        E(False, ["REQUEST"], [7], "ودعت", ["asserted"],
          source=AANES, recipient=UNSC, date=D("2020-08-19", "day", ("2020-08-18", "2020-08-19"))),
        E(False, ["ACCUSE"], [7], "محمّلةً", ["asserted"],
          source=AANES, recipient=RUSSIA, date=D("2020-08-19", "day", ("2020-08-18", "2020-08-19"))),
        # the Russian military police meet the energy authority in Tal Tamr last night and pledge to raise the file
        # (AGREE: a commitment), at a Russian-Turkish meeting due on Friday (planned)
        E(True, ["CONSULT"], [8], "التقى", ["reported", "asserted"], mode="visit",
          source=RU_MP, recipient=AANES_ENERGY, location=TAL_TAMR, date=D("2020-08-18"),
          attribution=["مصادر في الإدارة الذاتية"]),
        E(True, ["AGREE"], [8], "تعهّد", ["reported", "asserted"],
          source=RU_MP, recipient=AANES_ENERGY, location=TAL_TAMR, date=D("2020-08-18"),
          attribution=["مصادر في الإدارة الذاتية"]),
        E(True, ["CONSULT"], [8], "اجتماع", ["planned", "reported"], mode="multilateral",
          source=RU_TR, date=D("2020-08-21"), attribution=["مصادر في الإدارة الذاتية"]),
        # the Turkish claim that the targets «were preparing an attack» (optional, hypothetical)
        E(False, ["ASSAULT"], [9], "لشن هجوم", ["hypothetical", "reported"], mode="firearms",
          source=SDF, location=PEACE_SPRING_AREA, date=None),
        # a Turkish column reported by local pages, unverified
        E(True, ["MOBILIZE"], [10], "استقدام", ["rumored", "reported"], mode="troops",
          source=TR_ARMY, location=SEREKANIYE, date=D("2020-08-18", "day", ("2020-08-18", "2020-08-19")),
          attribution=["صفحات محلية على فيسبوك"]),
        # paragraph 11 (no Russian comment): deliberately NO gold event
        # the SDF's conditional warning (a threat made: asserted) and its blame of the guarantors (optional)
        E(True, ["THREATEN"], [12], "وحذّرت", ["asserted"], mode="violence",
          source=SDF, location=ZIRGAN, date=D("2020-08-19", "day", ("2020-08-18", "2020-08-19"))),
        E(False, ["ACCUSE"], [12], "محمّلةً", ["asserted"],
          source=SDF, recipient=GUARANTORS, date=D("2020-08-19", "day", ("2020-08-18", "2020-08-19"))),
        # paragraph 13 (the funeral in Tal Tamr): deliberately NO gold event
        # «يُذكر أن»: the October 2019 offensive and takeover (optional, historical)
        E(False, ["ASSAULT"], [14], "هجوم واسع", ["historical"], mode="heavy-weapons",
          source=TR_SNA, location=SK_TALABYAD, date=D("2019-10-15", "month", ("2019-10-09", "2019-10-31")),
          acled=CLASH),
        # background: Saturday before a Wednesday, a woman of Bab al-Khair killed by a sniper
        E(True, ["ASSAULT"], [15], "برصاص قناص", ["historical", "asserted", "reported"], mode="firearms",
          source=SNA, recipient=BK_WOMAN, location=BAB_KHAIR, date=D("2020-08-15"), fatalities=1,
          attribution=["ذوو الضحية"], acled=ATTACK),
    ],
)
