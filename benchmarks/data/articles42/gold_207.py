"""Gold of article 207: al-Hasakah city (al-Nashwa, the central market, the Panorama area, Ghuwayran, al-Zuhur), a
state-run regional daily, 2015-07-07 (Tue). Dateline «الحسكة – «الخابور»:»; 12 paragraphs; ¶9 holds no event."""
from actors_places import (
                           ARMY_NDF_ISIS,
                           GHUWAYRAN_PRISON,
                           HASAKAH_CITY,
                           HASAKAH_DISPLACED,
                           HASAKAH_GOVERNOR,
                           HASAKAH_MARKET,
                           HASAKAH_POLICE,
                           HASAKAH_RALLY,
                           HASAKAH_SOUTH,
                           HASAKAH_SOUTH_QUARTERS,
                           ISIS,
                           ISIS_POSITIONS,
                           MARKET_VICTIMS,
                           NASHWA,
                           NDF,
                           PANORAMA,
                           SARC_RELIEF,
                           SOUTH_RESIDENTS,
                           SY_AIR,
                           SY_ARMY,
                           TRIBAL_DELEGATION,
                           ZUHUR,
                           ZUHUR_MEN,
                           ZUHUR_YOUTHS,
)
from common import ABDUCTION, AIR, ATTACK, CLASH, PEACEFUL, SHELL, D, E, paras_of

SLUG = "hasakah_2015_nashwa_battle_market_mortars_tribes_curfew"
ARTICLE = dict(
    id="team42-207", slug=SLUG, published="2015-07-07", outlet="al-Khabour regional daily (fictional)",
    paras=paras_of(f"207_{SLUG}.txt"),
    events=[
        # the battle for al-Nashwa al-Gharbiya at dawn: headline 0, lead 1, details 7 (three axes, a car bomb blown
        # up before it arrived: the same fight, concurrent tactics); a two-sided fight, so army, NDF and ISIS are
        # all sources; «أكثر من عشرين» → 20 (the army's wounded are not counted)
        E(True, ["ASSAULT"], [0, 1, 7], "اشتباكات عنيفة", ["asserted", "reported"], mode="firearms",
          source=ARMY_NDF_ISIS, location=NASHWA, date=D("2015-07-07"), fatalities=20,
          attribution=["مصدر عسكري لمراسل الخابور"], acled=CLASH, tpara=1),
        # ISIS mortars on the central market yesterday noon (headline 0): 3 killed
        E(True, ["ASSAULT"], [0, 2], "قذائف هاون أطلقها", ["asserted", "reported"], mode="heavy-weapons",
          source=ISIS, recipient=MARKET_VICTIMS, location=HASAKAH_MARKET, date=D("2015-07-06"), fatalities=3,
          attribution=["مصدر في الهيئة العامة لمشفى الحسكة الوطني"], acled=SHELL, tpara=2),
        # the air force's strikes around the Panorama area «خلال الساعات الماضية» (killed without a number: null)
        E(True, ["ASSAULT"], [3], "سلسلة غارات", ["asserted", "reported"], mode="aerial",
          source=SY_AIR, recipient=ISIS_POSITIONS, location=PANORAMA,
          date=D("2015-07-07", "day", ("2015-07-06", "2015-07-07")), attribution=["سانا عن مصدر عسكري"],
          acled=AIR),
        # the governor receives the tribal delegation (host as source); the delegation's declared backing of the
        # army (SUPPORT) and its offer of volunteers to the NDF (AGREE); the governor's slogan is no event
        E(True, ["CONSULT"], [4], "واستقبل", ["asserted"], mode="visit",
          source=HASAKAH_GOVERNOR, recipient=TRIBAL_DELEGATION, location=HASAKAH_CITY, date=D("2015-07-06")),
        E(True, ["SUPPORT"], [4], "«وقوف أبناء العشائر صفاً واحداً خلف", ["asserted"],
          source=TRIBAL_DELEGATION, recipient=SY_ARMY, location=HASAKAH_CITY, date=D("2015-07-06")),
        E(True, ["AGREE"], [4], "وأبدوا استعدادهم", ["asserted"],
          source=TRIBAL_DELEGATION, recipient=NDF, location=HASAKAH_CITY, date=D("2015-07-06")),
        # the flight of families is no event (no actor); schools and mosques opened as shelters, no actor named
        # (optional AID); SARC and the relief committee distribute food today
        E(False, ["AID"], [5], "افتُتحت", ["asserted"], mode="humanitarian",
          recipient=HASAKAH_DISPLACED, location=HASAKAH_CITY,
          date=D("2015-07-06", "week", ("2015-06-25", "2015-07-07"))),
        E(True, ["AID"], [5], "بتوزيع", ["asserted", "reported"], mode="humanitarian",
          source=SARC_RELIEF, recipient=HASAKAH_DISPLACED, location=HASAKAH_CITY, date=D("2015-07-07"),
          attribution=["رئيس فرع الهلال الأحمر في الحسكة"]),
        # the rumoured withdrawal from the central prison, denied by a military source; the prison's rumoured fall
        # to ISIS is the other face of the same rumour (optional)
        E(True, ["RETREAT"], [6], "انسحاب", ["rumored", "negated"], mode="withdraw",
          source=SY_ARMY, location=GHUWAYRAN_PRISON, date=D("2015-07-06"),
          attribution=["صفحات على مواقع التواصل الاجتماعي", "مصدر عسكري"]),
        E(False, ["ASSAULT", "COERCE"], [6], "ووقوعه بيد التنظيم", ["rumored", "negated"], mode="seize",
          source=ISIS, location=GHUWAYRAN_PRISON, date=D("2015-07-06")),
        # the police command's curfew on the southern quarters; its call to report suspects (optional REQUEST)
        E(True, ["COERCE"], [8], "فرض حظر للتجول", ["asserted"], mode="curfew",
          source=HASAKAH_POLICE, recipient=SOUTH_RESIDENTS, location=HASAKAH_SOUTH, date=D("2015-07-07")),
        E(False, ["REQUEST"], [8], "داعيةً المواطنين", ["asserted"],
          source=HASAKAH_POLICE, recipient=SOUTH_RESIDENTS, location=HASAKAH_SOUTH, date=D("2015-07-07")),
        # paragraph 9 is a generic statement (power, water, bread): deliberately NO gold event
        # field executions in al-Zuhur last Sunday, told by residents who fled (5); the men led away (optional)
        E(True, ["ASSAULT"], [10], "أعدموا ميدانياً", ["reported", "asserted"], mode="execute",
          source=ISIS, recipient=ZUHUR_YOUTHS, location=ZUHUR, date=D("2015-07-05"), fatalities=5,
          attribution=["أهالٍ فرّوا من حي الزهور"], acled=ATTACK),
        E(False, ["ASSAULT"], [10], "اقتادوا", ["reported", "asserted"], mode="abduct",
          source=ISIS, recipient=ZUHUR_MEN, location=ZUHUR, date=D("2015-07-05"), acled=ABDUCTION),
        # background: the pro-army march last Friday (core, «وكانت … قد» with a day) and ISIS's offensive on the
        # southern quarters late in June (optional, historical, in a relative clause)
        E(True, ["PROTEST"], [11], "مسيرة حاشدة", ["historical", "asserted"], mode="demo",
          source=HASAKAH_RALLY, location=HASAKAH_CITY, date=D("2015-07-03"), acled=PEACEFUL),
        E(False, ["ASSAULT"], [11], "الهجوم الذي بدأه التنظيم", ["historical"], mode="firearms",
          source=ISIS, location=HASAKAH_SOUTH_QUARTERS, date=D("2015-06-25", "week", ("2015-06-20", "2015-06-30")),
          acled=CLASH),
    ],
)
