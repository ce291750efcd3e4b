"""Gold of article 173: Palmyra (Tadmur) under ISIS in November 2015 (al-Jamiyat al-Gharbiya, the market square, the
eastern entrance, al-Bayyarat and the airport, T4 and al-Furqlus), an activist campaign's page, 2015-11-25 (Wed),
no dateline."""
from actors_places import (
                           ANTIQUITIES,
                           BAYYARAT,
                           EAST_ENTRANCE,
                           EXECUTED,
                           ISIS_173,
                           ISIS_AIRPORT,
                           JAMIYAT,
                           MARKET_SQ,
                           PALMYRA,
                           PALMYRA_FAMILIES,
                           PALMYRA_ONLOOKERS,
                           PALMYRA_RELEASED,
                           PALMYRA_RESIDENTS,
                           PALMYRA_VICTIMS,
                           PALMYRA_YOUTHS,
                           REGIME_FORCES_173,
                           REGIME_HELI,
                           RUSSIA_AIR_173,
                           SY_REGIME,
                           T4_FURQLUS,
)
from common import AIR, ARREST, ATTACK, CLASH, DESTRUCTION, OTHER, D, E, paras_of

SLUG = "palmyra_2015_russian_strikes_execution_furqlus_t4"
ARTICLE = dict(
    id="team35-173", slug=SLUG, published="2015-11-25", outlet="Tadmur bi-Uyun Ahliha campaign page (fictional)",
    paras=paras_of(f"173_{SLUG}.txt"),
    events=[
        # the Russian strikes «مساء أمس الثلاثاء» (headline 0, the correspondent 1, the Facebook page 4 with five
        # dead and a cluster-bomb suspicion → 4)
        E(True, ["ASSAULT"], [0, 1, 4], "غارات نفذتها طائرات حربية روسية", ["asserted", "reported"], mode="aerial",
          source=RUSSIA_AIR_173, recipient=PALMYRA_VICTIMS, location=JAMIYAT, date=D("2015-11-24"), fatalities=4,
          attribution=["مراسل حملة «تدمر بعيون أهلها»", "صفحة «أخبار تدمر لحظة بلحظة» على فيسبوك"], acled=AIR,
          tpara=1),
        # the public execution this morning (headline 0); the crowd forced to watch is optional, the verdict read out
        # is part of the execution
        E(True, ["ASSAULT"], [0, 2], "إعدام شاب", ["asserted", "reported"], mode="execute",
          source=ISIS_173, recipient=EXECUTED, location=MARKET_SQ, date=D("2015-11-25"), fatalities=1,
          attribution=["مصادر خاصة للحملة"], acled=ATTACK, tpara=2),
        E(False, ["COERCE"], [2], "أجبروا", ["asserted", "reported"], mode="restrict",
          source=ISIS_173, recipient=PALMYRA_ONLOOKERS, location=MARKET_SQ, date=D("2015-11-25")),
        # one paragraph, three events: yesterday's arrest of seven young men at the eastern checkpoint, the release
        # of three of them late at night, and the ban on leaving issued about two weeks ago (historical)
        E(True, ["COERCE"], [3], "اعتقل حاجز", ["asserted"], mode="arrest",
          source=ISIS_173, recipient=PALMYRA_YOUTHS, location=EAST_ENTRANCE, date=D("2015-11-24"), acled=ARREST),
        E(True, ["RETREAT"], [3], "أطلق سراح", ["asserted"], mode="release",
          source=ISIS_173, recipient=PALMYRA_RELEASED, location=PALMYRA,
          date=D("2015-11-24", "day", ("2015-11-24", "2015-11-25"))),
        E(True, ["COERCE"], [3], "تعميماً يمنع", ["historical", "asserted"], mode="restrict",
          source=ISIS_173, recipient=PALMYRA_FAMILIES, location=PALMYRA,
          date=D("2015-11-11", "week", ("2015-11-08", "2015-11-14")), acled=OTHER),
        # barrel bombs on al-Bayyarat and the airport at dawn, in the sentence that follows the page's report (no
        # word on casualties)
        E(True, ["ASSAULT"], [4], "ثلاثة براميل متفجرة", ["reported", "asserted"], mode="aerial",
          source=REGIME_HELI, recipient=ISIS_AIRPORT, location=BAYYARAT, date=D("2015-11-25"),
          attribution=["صفحة «أخبار تدمر لحظة بلحظة» على فيسبوك"], acled=AIR),
        # paragraph 5: living conditions, deliberately NO gold event
        # regime reinforcements at T4 and al-Furqlus «خلال الأيام الماضية», told by loyalist pages; the announced
        # storming of the city is optional (planned / rumoured)
        E(True, ["MOBILIZE"], [6], "تعزيزات عسكرية كبيرة", ["reported"], mode="troops",
          source=REGIME_FORCES_173, location=T4_FURQLUS, date=D("2015-11-22", "week", ("2015-11-18", "2015-11-25")),
          attribution=["صفحات موالية للنظام"]),
        E(False, ["ASSAULT"], [6], "لاستعادة المدينة", ["planned", "rumored"],
          source=REGIME_FORCES_173, location=PALMYRA, date=None),
        # ISIS's leaflet: a threat to residents in contact with the regime or the Russians; its call to disown
        # relatives is optional
        E(True, ["THREATEN"], [7], "وتوعّد التنظيم", ["asserted"], mode="violence",
          source=ISIS_173, recipient=PALMYRA_RESIDENTS, location=PALMYRA, date=D("2015-11-24"),
          attribution=["منشور وزّعه عناصر التنظيم على المساجد"]),
        E(False, ["REQUEST"], [7], "داعياً", ["asserted"],
          source=ISIS_173, recipient=PALMYRA_RESIDENTS, date=D("2015-11-24")),
        # background: the takeover in May, the regime's withdrawal, the destruction of monuments (all optional,
        # historical)
        E(False, ["ASSAULT", "COERCE"], [8], "سيطر على تدمر", ["historical"],
          source=ISIS_173, recipient=SY_REGIME, location=PALMYRA,
          date=D("2015-05-20", "month", ("2015-05-01", "2015-05-31")), acled=CLASH),
        E(False, ["RETREAT"], [8], "انسحاب قوات النظام", ["historical"], mode="withdraw",
          source=SY_REGIME, location=PALMYRA, date=D("2015-05-20", "month", ("2015-05-01", "2015-05-31"))),
        E(False, ["ASSAULT"], [8], "وفجّر", ["historical"], mode="destroy",
          source=ISIS_173, recipient=ANTIQUITIES, location=PALMYRA, date=None, acled=DESTRUCTION),
    ],
)
