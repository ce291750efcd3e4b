"""Gold of article 324: al-Hawban, Tha'bat, Hayfan, al-Hawjala and al-Dhabab (Taiz, Yemen), with Kuwait and
al-Shuraija (Lahj), a Houthi-run Yemeni news agency, 2016-05-22 (Sun)."""
from actors_places import (
    COALITION_AIR,
    DHABAB,
    ENEMY_YE,
    HABASHI_MEDIATORS,
    HAWBAN,
    HAWBAN_VICTIMS,
    HAWJALA,
    HAYFAN,
    HOUTHI_DELEGATION,
    HOUTHI_FORCES,
    HOUTHI_MIL_SOURCE,
    INTL_COMMUNITY,
    INTL_ORGS_YE,
    KUWAIT,
    KUWAIT_TALKS,
    RIYADH_DELEGATION,
    SAUDI_COALITION,
    SHURAIJA,
    SHURAIJA_VICTIMS,
    SWAP_SIDES,
    TAAZIYAH_PEOPLE,
    TAIZ_HEALTH,
    THABAT,
    THABAT_FIGHT,
    UN_YE,
    YE_GOV_FORCES,
)
from common import AIR, CLASH, PEACEFUL, SHELL, D, E, paras_of

SLUG = "taiz_2016_hawban_thabat_hayfan_shuraija"
TODAY = D("2016-05-22")
ARTICLE = dict(
    id="team65-324", slug=SLUG, published="2016-05-22",
    outlet="Al-Janad Houthi-run Yemeni news agency (fictional)",
    paras=paras_of(f"324_{SLUG}.txt"),
    events=[
        # the shelling of a residential quarter of al-Hawban «عصر اليوم الأحد», blamed on pro-government
        # forces («مرتزقة العدوان»): headline 0 («استشهاد مواطنين», no number), lead 1 (a local source: six),
        # the follow-up 5 (the hospital: five bodies; the second shell on the rescuers is the same attack) and
        # the health office's evening toll 14 (seven) → 6 vs 5 vs 7 → 5
        E(True, ["ASSAULT"], [0, 1, 5, 14], "قصف مدفعي", ["asserted", "reported"], mode="heavy-weapons",
          source=YE_GOV_FORCES, recipient=HAWBAN_VICTIMS, location=HAWBAN, date=TODAY, fatalities=5,
          attribution=["مصدر محلي", "مدير مستشفى اليمن الدولي", "أحد الجيران", "مكتب الصحة في المحافظة"],
          acled=SHELL, tpara=1),
        # the truce announced since 10 April, in a relative clause (optional, historical)
        E(False, ["CONCEDE"], [1], "للهدنة المعلنة", ["historical"], mode="ceasefire",
          source=UN_YE, date=D("2016-04-10")),
        # the fight at Tha'bat at dawn (headline «يكسرون زحفاً»): a two-sided clash (both are sources; the
        # «heavy losses» carry no number)
        E(True, ["ASSAULT"], [0, 2], "تصدّى", ["asserted", "reported"], mode="firearms",
          source=THABAT_FIGHT, location=THABAT, date=TODAY, attribution=["مصدر عسكري"], acled=CLASH, tpara=2),
        # two coalition air strikes on al-Ahkum (Hayfan), one on an empty house
        E(True, ["ASSAULT"], [3], "غارتين", ["asserted"], mode="aerial",
          source=COALITION_AIR, location=HAYFAN, date=TODAY, acled=AIR),
        # paragraph 4 (al-Hawban, its factories, transport and markets) holds no event
        # the prisoner exchange at al-Hawjala carried out through Jabal Habashi's notables (the bodies handed
        # over are part of it; the «further rounds» are conditional and vague, no event); the month of
        # mediation behind it optional
        E(True, ["COOPERATE", "RETREAT"], [6], "عملية تبادل للأسرى", ["asserted"], mode="release",
          source=SWAP_SIDES, location=HAWJALA, date=TODAY),
        E(False, ["CONSULT"], [6], "بوساطة", ["asserted", "historical"], mode="third-party",
          source=HABASHI_MEDIATORS, recipient=SWAP_SIDES, location=HAWJALA, date=None),
        # the Houthi forces' withdrawal from a hill at al-Dhabab: spread by the other side's media, denied by
        # a military source
        E(True, ["RETREAT"], [7], "انسحاب الجيش واللجان", ["rumored", "negated"], mode="withdraw",
          source=HOUTHI_FORCES, location=DHABAB, date=None,
          attribution=["إعلام العدوان ومواقع تابعة لحزب الإصلاح", "مصدر عسكري"]),
        # one sentence, two acts: the Houthi delegation head's blame on the coalition (ACCUSE) and his demand
        # to the UN (REQUEST; the «clear position» is content)
        E(True, ["ACCUSE"], [8], "وحمّل", ["asserted"],
          source=HOUTHI_DELEGATION, recipient=SAUDI_COALITION, date=TODAY),
        E(True, ["REQUEST"], [8], "وطالب", ["asserted"],
          source=HOUTHI_DELEGATION, recipient=UN_YE, date=TODAY),
        # the military source's warning (THREATEN, made); the «painful response» optional, hypothetical
        E(True, ["THREATEN"], [9], "وحذّر", ["asserted"], mode="violence",
          source=HOUTHI_MIL_SOURCE, recipient=ENEMY_YE, date=TODAY),
        E(False, ["ASSAULT"], [9], "بردّ موجع", ["hypothetical"], mode="heavy-weapons",
          source=HOUTHI_FORCES, date=None),
        # the direct sessions in Kuwait due «يوم غدٍ الاثنين» (planned; their three-day suspension is no
        # event)
        E(True, ["CONSULT"], [10], "الجلسات المباشرة", ["planned", "reported"], mode="multilateral",
          source=HOUTHI_DELEGATION, recipient=RIYADH_DELEGATION, location=KUWAIT, date=D("2016-05-23"),
          attribution=["مصدر في الوفد"]),
        # the evening vigil in al-Hawban (PROTEST; the «crime» it denounces is the first event) and its
        # banners' demand (optional)
        E(True, ["PROTEST"], [11], "وقفة احتجاجية", ["asserted"], mode="demo",
          source=TAAZIYAH_PEOPLE, location=HAWBAN, date=TODAY, acled=PEACEFUL),
        E(False, ["REQUEST"], [11], "تطالب", ["asserted"],
          source=TAAZIYAH_PEOPLE, recipient=INTL_COMMUNITY, location=HAWBAN, date=TODAY),
        # background at another place: a coalition strike on a car at al-Shuraija (Lahj) «مساء الخميس الماضي»
        # (core, historical, 2); the opening of the Kuwait talks on 21 April optional, historical
        E(True, ["ASSAULT"], [12], "استهدف", ["historical", "asserted"], mode="aerial",
          source=COALITION_AIR, recipient=SHURAIJA_VICTIMS, location=SHURAIJA, date=D("2016-05-19"),
          fatalities=2, acled=AIR),
        E(False, ["CONSULT"], [12], "مشاورات الكويت", ["historical"], mode="multilateral",
          source=KUWAIT_TALKS, location=KUWAIT, date=D("2016-04-21")),
        # paragraph 13 (the truce violations counted by rights groups: an aggregate) holds no event
        # the health office's appeal to the international organisations (REQUEST; the medicines are content);
        # the new toll belongs to the first event
        E(True, ["REQUEST"], [14], "وناشد", ["asserted"],
          source=TAIZ_HEALTH, recipient=INTL_ORGS_YE, date=TODAY),
        # paragraph 15 (the other side's silence) holds no event
    ],
)
