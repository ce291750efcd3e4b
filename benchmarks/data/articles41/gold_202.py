"""Gold of article 202: Deir Hafer and Maskanah (Rasm al-Harmal al-Imam, the Kuwayris road), a loyalist news network
of east Aleppo, 2017-05-24 (Wed). Dateline «ريف حلب الشرقي – «أخبار الريف الشرقي»:»."""
from actors_places import (
    ALEPPO_DELEGATION,
    ARMY_ISIS,
    DEIR_HAFER,
    DH_NOTABLES,
    DH_RECONCILIATION,
    DH_RESIDENTS,
    DH_RETURNEES,
    DH_SETTLED,
    DH_VICTIMS,
    ISIS_202,
    ISIS_CELL,
    KUWAYRIS_ROAD,
    MASKANAH,
    MASKANAH_RESIDENTS,
    MASKANAH_YOUTH,
    RASM_HARMAL,
    SARC,
    SY_AIR,
    SY_ARMY,
    SY_AUTHORITIES,
    SY_SECURITY,
)
from common import AGREEMENT, AIR, ARREST, ATTACK, CLASH, SHELL, D, E, paras_of

SLUG = "deir_hafer_maskanah_2017_army_advance_mortars_settlement"
ARTICLE = dict(
    id="team41-202", slug=SLUG, published="2017-05-24", outlet="Akhbar al-Rif al-Sharqi loyalist network (fictional)",
    paras=paras_of(f"202_{SLUG}.txt"),
    events=[
        # the army's fight with ISIS west of Maskanah «صباح اليوم الأربعاء»: headline 0, lead 1, the field source's
        # account 8 (two villages taken, 17 ISIS dead; the army's losses not given)
        E(True, ["ASSAULT"], [0, 1, 8], "اشتباكات عنيفة", ["asserted", "reported"], mode="firearms",
          source=ARMY_ISIS, location=MASKANAH, date=D("2017-05-24"), fatalities=17,
          attribution=["مراسل الشبكة", "مصدر ميداني"], acled=CLASH, tpara=1),
        # the air force's strikes on ISIS in and around Maskanah, the same morning
        E(True, ["ASSAULT"], [1], "غارات مكثفة", ["asserted", "reported"], mode="aerial",
          source=SY_AIR, recipient=ISIS_202, location=MASKANAH, date=D("2017-05-24"),
          attribution=["مراسل الشبكة"], acled=AIR),
        # ISIS rockets on Deir Hafer «مساء أمس الثلاثاء» (headline 0): 3 killed
        E(True, ["ASSAULT"], [0, 2], "قذائف صاروخية", ["asserted", "reported"], mode="heavy-weapons",
          source=ISIS_202, recipient=DH_VICTIMS, location=DEIR_HAFER, date=D("2017-05-23"), fatalities=3,
          attribution=["مصدر طبي في المشفى الميداني بدير حافر"], acled=SHELL, tpara=2),
        # the SARC convoy «يوم الإثنين الماضي», told with «وكانت … قد»
        E(True, ["AID"], [3], "قافلة مساعدات إنسانية", ["asserted", "historical"], mode="humanitarian",
          source=SARC, recipient=DH_RETURNEES, location=DEIR_HAFER, date=D("2017-05-22")),
        # the army's earlier capture of Deir Hafer, recalled in a quotation (optional, historical)
        E(False, ["ASSAULT"], [3], "تطهير المدينة", ["historical"],
          source=SY_ARMY, location=DEIR_HAFER, date=None),
        # the settlement of 117 men's status, some handing in their weapons (no day given)
        E(True, ["AGREE", "RETREAT"], [4], "تسوية أوضاع", ["asserted", "reported"],
          source=DH_RECONCILIATION, recipient=DH_SETTLED, location=DEIR_HAFER, date=None,
          attribution=["سانا"], acled=AGREEMENT),
        # the arrest of an ISIS cell in Rasm al-Harmal al-Imam (no day given); the bombing it planned did not happen
        # (optional)
        E(True, ["COERCE"], [5], "إلقاء القبض", ["asserted", "reported"], mode="arrest",
          source=SY_SECURITY, recipient=ISIS_CELL, location=RASM_HARMAL, date=None,
          attribution=["مصدر أمني"], acled=ARREST),
        E(False, ["ASSAULT"], [5], "كانت تخطط لتفجير", ["planned", "negated"], mode="explosives",
          source=ISIS_CELL, location=KUWAYRIS_ROAD, date=None),
        # the suicide car bomb near Maskanah: «dozens killed» per the jihadist pages, destroyed before reaching the
        # lines per the military source (the attempt is told by both; no toll); the army's guided missile on it
        # (optional)
        E(True, ["ASSAULT"], [6], "بتفجير عربة مفخخة", ["reported", "rumored"], mode="suicide-attack",
          source=ISIS_202, recipient=SY_ARMY, location=MASKANAH,
          date=D("2017-05-23", "day", ("2017-05-22", "2017-05-23")),
          attribution=["صفحات تابعة للمجموعات الإرهابية", "مصدر عسكري"]),
        E(False, ["ASSAULT"], [6], "ودمروها", ["reported", "asserted"], mode="heavy-weapons",
          source=SY_ARMY, recipient=ISIS_202, location=MASKANAH, date=None),
        # paragraph 7 describes Maskanah: deliberately NO gold event
        # ISIS keeping residents inside Maskanah (ongoing: optional, generic) and the execution «يوم الأحد الماضي»
        E(False, ["COERCE"], [9], "منع الأهالي", ["generic", "asserted"], mode="restrict",
          source=ISIS_202, recipient=MASKANAH_RESIDENTS, location=MASKANAH, date=None),
        E(True, ["ASSAULT"], [9], "أعدم", ["reported", "asserted"], mode="execute",
          source=ISIS_202, recipient=MASKANAH_YOUTH, location=MASKANAH, date=D("2017-05-21"), fatalities=1,
          attribution=["مصادر أهلية"], acled=ATTACK),
        # the Aleppo governorate delegation's visit «أمس الثلاثاء», its promise, the residents' appeal; their praise of
        # the army (optional SUPPORT)
        E(True, ["CONSULT"], [10], "وزار", ["asserted"], mode="visit",
          source=ALEPPO_DELEGATION, recipient=DH_NOTABLES, location=DEIR_HAFER, date=D("2017-05-23")),
        E(True, ["AGREE"], [10], "ووعد", ["asserted"],
          source=ALEPPO_DELEGATION, location=DEIR_HAFER, date=D("2017-05-23")),
        E(True, ["REQUEST"], [10], "ناشد", ["asserted"],
          source=DH_RESIDENTS, recipient=SY_AUTHORITIES, location=DEIR_HAFER, date=D("2017-05-23")),
        E(False, ["SUPPORT"], [10], "مثمّنين", ["asserted"],
          source=DH_RESIDENTS, recipient=SY_ARMY, date=D("2017-05-23")),
    ],
)
