"""Gold of article 175: Saraqib and the M5 in February 2020 (Dadikh and Kafr Battikh, the Saraqib–Sarmin road,
Sarmin/Afis/Taftanaz, as-Suqaylabiyah, Abu al-Duhur, Khan al-Subul, Hama, Ankara), a loyalist news network,
2020-02-05 (Wed), no dateline (¶1 opens with the network's «خاص» tag)."""
from actors_places import (
                           ABU_DUHUR,
                           ANKARA,
                           CAR_FAMILY,
                           DADIKH_KB,
                           HAMA,
                           HAMA_RALLY,
                           HTS_175,
                           HTS_POSITIONS,
                           IDLIB_COUNTRYSIDE,
                           IDLIB_FAMILIES,
                           IDLIB_GOV_175,
                           KHAN_SUBUL,
                           KHAN_SUBUL_SUSPECTS,
                           RU_DELEGATION,
                           RU_TR,
                           SAA,
                           SAA_VS_HTS,
                           SARAQIB,
                           SARAQIB_AREA,
                           SARAQIB_SARMIN_ROAD,
                           SARMIN_AFIS,
                           SEC_175,
                           SUQ_CIVILIANS,
                           SUQAYLABIYAH,
                           SY_MIL_SOURCE,
                           SY_RU_AIR,
                           TR_MOD,
                           TURKEY_MIL,
                           TURKEY_SIDE,
)
from common import AGREEMENT, AIR, ARREST, ATTACK, CLASH, HQ, PEACEFUL, SHELL, D, E, paras_of

SLUG = "saraqib_m5_2020_dadikh_kafr_battikh_turkish_column"
ARTICLE = dict(
    id="team35-175", slug=SLUG, published="2020-02-05", outlet="Humat al-Diyar news network (fictional)",
    paras=paras_of(f"175_{SLUG}.txt"),
    events=[
        # the battle for Dadikh and Kafr Battikh at dawn (headline 0, the war correspondent 1, his details 8); two
        # sides, both sources; «عشرات القتلى والمصابين» lumps dead and wounded together, so no death toll
        E(True, ["ASSAULT"], [0, 1, 8], "معارك عنيفة", ["asserted"], mode="firearms",
          source=SAA_VS_HTS, location=DADIKH_KB, date=D("2020-02-05"), attribution=["مراسلنا الحربي"],
          acled=CLASH, tpara=1),
        # the car bomb destroyed before it reached the army (part of the same battle: optional)
        E(False, ["ASSAULT"], [8], "بعربة مفخخة", ["asserted"], mode="suicide-attack",
          source=HTS_175, recipient=SAA, location=DADIKH_KB, date=D("2020-02-05")),
        # the Turkish column and its new post on the Saraqib–Sarmin road «مساء أمس» (headline 0)
        E(True, ["MOBILIZE"], [0, 2], "دخل رتل عسكري", ["asserted", "reported"], mode="troops",
          source=TURKEY_MIL, location=SARAQIB_SARMIN_ROAD, date=D("2020-02-04"), attribution=["مصدر ميداني"],
          acled=HQ, tpara=2),
        # Syrian and Russian air strikes on four towns under one verb (one event)
        E(True, ["ASSAULT"], [3], "غاراته", ["asserted", "reported"], mode="aerial",
          source=SY_RU_AIR, recipient=HTS_POSITIONS, location=SARAQIB_AREA, date=D("2020-02-05"),
          attribution=["مصدر ميداني"], acled=AIR),
        # rockets on as-Suqaylabiyah, three wounded, nobody killed
        E(True, ["ASSAULT"], [4], "استهدف الإرهابيون", ["asserted", "reported"], mode="heavy-weapons",
          source=HTS_175, recipient=SUQ_CIVILIANS, location=SUQAYLABIYAH, date=D("2020-02-05"), fatalities=0,
          attribution=["مصدر في المشفى الوطني بالسقيلبية"], acled=SHELL),
        # yesterday's Turkish statement (threat + demand) and the Syrian military source's rejection; the Sochi
        # agreement named as the line's origin is optional, historical
        E(True, ["THREATEN"], [5], "توعّدت", ["asserted", "historical"], mode="violence",
          source=TR_MOD, recipient=SAA, location=IDLIB_COUNTRYSIDE, date=D("2020-02-04")),
        E(True, ["REQUEST"], [5], "مطالبة الجيش السوري", ["asserted", "historical"],
          source=TR_MOD, recipient=SAA, location=IDLIB_COUNTRYSIDE, date=D("2020-02-04")),
        E(True, ["REJECT"], [5], "لن يلتفت", ["asserted", "reported"],
          source=SY_MIL_SOURCE, recipient=TR_MOD, date=D("2020-02-05", "day", ("2020-02-04", "2020-02-05")),
          attribution=["مصدر عسكري سوري"]),
        E(False, ["AGREE"], [5], "اتفاق سوتشي", ["historical"],
          source=RU_TR, location=IDLIB_COUNTRYSIDE, date=D("2018-09-17"), acled=AGREEMENT),
        # families kept from leaving Sarmin and Afis, and the shots at a family's car (a woman killed), both told by
        # «مصادر أهلية» without a day; the corridor opened weeks ago is optional, historical
        E(True, ["COERCE"], [6], "ومنعت", ["reported"], mode="restrict",
          source=HTS_175, recipient=IDLIB_FAMILIES, location=SARMIN_AFIS,
          date=D("2020-02-05", "week", ("2020-02-01", "2020-02-05")), attribution=["مصادر أهلية"]),
        E(False, ["RETREAT"], [6], "افتتحته", ["historical"], mode="access",
          source=IDLIB_GOV_175, location=ABU_DUHUR, date=None),
        E(True, ["ASSAULT"], [6], "وأطلق مسلحوها النار", ["reported"], mode="firearms",
          source=HTS_175, recipient=CAR_FAMILY, location=SARMIN_AFIS,
          date=D("2020-02-05", "week", ("2020-02-01", "2020-02-05")), fatalities=1, attribution=["مصادر أهلية"],
          acled=ATTACK),
        # paragraph 7: the highway's importance, deliberately NO gold event
        # arrests in Khan al-Subul (undated); its capture «قبل أيام» is optional, historical
        E(True, ["COERCE"], [9], "ألقت الجهات المختصة القبض", ["reported", "asserted"], mode="arrest",
          source=SEC_175, recipient=KHAN_SUBUL_SUSPECTS, location=KHAN_SUBUL,
          date=D("2020-02-05", "week", ("2020-02-02", "2020-02-05")), attribution=["مصدر أمني"], acled=ARREST),
        E(False, ["ASSAULT", "COERCE"], [9], "حررها الجيش", ["historical"],
          source=SAA, location=KHAN_SUBUL, date=D("2020-02-02", "week", ("2020-01-29", "2020-02-04"))),
        # the rumoured pull-out of Nusra fighters from Saraqib, not confirmed by the military source
        E(True, ["RETREAT"], [10], "انسحاب أعداد", ["rumored"], mode="withdraw",
          source=HTS_175, location=SARAQIB, date=D("2020-02-05", "day", ("2020-02-04", "2020-02-05")),
          attribution=["صفحات محلية"]),
        # the car rally in Hama last night (a pro-government demonstration); its celebration of the army optional
        E(True, ["PROTEST"], [11], "مسيرة سيارات", ["asserted"], mode="demo",
          source=HAMA_RALLY, location=HAMA, date=D("2020-02-04"), acled=PEACEFUL),
        E(False, ["SUPPORT"], [11], "احتفاءً", ["asserted"],
          source=HAMA_RALLY, recipient=SAA, location=HAMA, date=D("2020-02-04")),
        # a Russian delegation due in Ankara «خلال الأيام المقبلة» (planned); the January truce recalled (optional)
        E(True, ["CONSULT"], [12], "سيتوجه إلى أنقرة", ["planned", "reported"], mode="visit",
          source=RU_DELEGATION, recipient=TURKEY_SIDE, location=ANKARA,
          date=D("2020-02-08", "week", ("2020-02-06", "2020-02-12")), attribution=["وسائل إعلام روسية"]),
        E(False, ["CONCEDE", "AGREE"], [12], "الهدنة", ["historical"], mode="ceasefire",
          source=RU_TR, date=D("2020-01-10", "week", ("2020-01-01", "2020-01-15"))),
    ],
)
