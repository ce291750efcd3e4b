"""Gold of article 321: Ariha, Mhambal, Kansafra, Darkush, Kafr Nabl, Bab al-Hawa and al-Bara (Idlib, Syria),
an Idlib opposition news site, 2021-12-07 (Tue). Mostly about attacks on a market, an aid convoy, a school and
health facilities, and the accusations and demands that followed."""
from actors_places import (
    AID_CONVOY,
    AL_BARA,
    ARIHA_MARKET,
    ARIHA_VICTIMS,
    BAB_AL_HAWA,
    BARA_NURSE,
    DARKUSH,
    DARKUSH_HOSPITAL,
    FATH_MUBIN,
    IDLIB_CITY,
    IDLIB_HEALTH,
    IDLIB_MEDICS,
    INTL_ORGS,
    KAFR_NABL,
    KANSAFRA,
    KANSAFRA_SCHOOL,
    M4_MHAMBAL,
    MOSCOW,
    REGIME_POSITIONS,
    REGIME_RUSSIA,
    RU_AIR,
    RUSSIA_TURKEY,
    SY_FORCES_2021,
    SY_MIL_SOURCE,
    TERRORISTS_2021,
    UN_CONVOY,
    UN_DRHC,
    UN_WHO,
)
from common import AGREEMENT, AIR, PEACEFUL, SHELL, D, E, paras_of

SLUG = "ariha_2021_mhambal_kansafra_darkush_al_bara"
TODAY = D("2021-12-07")
MARCH_2020 = D("2020-03-05", "month", ("2020-03-01", "2020-03-31"))
ARTICLE = dict(
    id="team65-321", slug=SLUG, published="2021-12-07",
    outlet="Nafidhat al-Shamal Idlib opposition news site (fictional)",
    paras=paras_of(f"321_{SLUG}.txt"),
    events=[
        # the guided shells on Ariha's wholesale vegetable market «صباح اليوم الثلاثاء»: headline 0 («قتلى»,
        # no number), lead 1 (the Civil Defence: six), the follow-up 6 (the surgical hospital: five bodies;
        # the second shell near the rescuers is the same attack: one actor pair, place and day), SANA's
        # retelling 8 («ردّت … على مصادر إطلاق القذائف», no market, no number) and the evening toll 15 (seven)
        # → 6 vs 5 vs 7 → 5
        E(True, ["ASSAULT"], [0, 1, 6, 8, 15], "قصف مدفعي", ["asserted", "reported"], mode="heavy-weapons",
          source=SY_FORCES_2021, recipient=ARIHA_VICTIMS, location=ARIHA_MARKET, date=TODAY, fatalities=5,
          attribution=["الدفاع المدني السوري (الخوذ البيضاء)", "مدير مشفى أريحا الجراحي",
                       "متطوع في الدفاع المدني", "سانا"],
          acled=SHELL, tpara=1),
        # a masdar subject: the guided missile on an aid convoy's truck near Mhambal on the M4 (headline 0:
        # «صاروخ يحرق شاحنة مساعدات»); the driver burnt, no one killed; fired from the regime's positions by
        # Saraqib, per the NGO's director. That the UN had been told of the route is no event
        E(True, ["ASSAULT"], [0, 2], "استهداف شاحنة", ["asserted", "reported"], mode="heavy-weapons",
          source=SY_FORCES_2021, recipient=AID_CONVOY, location=M4_MHAMBAL, date=TODAY,
          attribution=["مدير منظمة «سنابل الخير» المحلية"], acled=SHELL, tpara=2),
        # paragraph 3 (Ariha, its displaced and its market) holds no event
        # three rockets on a primary school in Kansafra before classes (headline 0); nobody hurt («من دون أن
        # يُصاب» negates nothing), no perpetrator named; the closure of the schools is no event
        E(True, ["ASSAULT"], [0, 4], "سقطت ثلاث قذائف صاروخية", ["asserted"], mode="heavy-weapons",
          recipient=KANSAFRA_SCHOOL, location=KANSAFRA, date=TODAY, attribution=["مدير المدرسة"],
          acled=SHELL, tpara=4),
        # a Russian air strike on a hospital in Darkush: rumoured on Telegram and WhatsApp, denied by its
        # director («لم تقصف شيئاً»)
        E(True, ["ASSAULT"], [5], "غارة للطيران الروسي", ["rumored", "negated"], mode="aerial",
          source=RU_AIR, recipient=DARKUSH_HOSPITAL, location=DARKUSH, date=TODAY,
          attribution=["حسابات على «تلغرام» ومجموعات «واتساب» محلية", "مدير المشفى"], acled=AIR),
        # one sentence, two acts: the health directorate's accusation (its content, a «policy» of destroying
        # the medical infrastructure, adds no event) and its demand to the UN and WHO (what it asks is
        # content)
        E(True, ["ACCUSE"], [7], "واتهمت", ["asserted"],
          source=IDLIB_HEALTH, recipient=REGIME_RUSSIA, date=TODAY),
        E(True, ["REQUEST"], [7], "وطالبت", ["asserted"],
          source=IDLIB_HEALTH, recipient=UN_WHO, date=TODAY),
        # SANA's military source: the retelling of the shelling belongs to the first event; his accusation of
        # «terrorist organisations» shelling villages of al-Ghab (optional; the shelling he alleges is its
        # content)
        E(False, ["ACCUSE"], [8], "واتهم المصدر", ["reported"],
          source=SY_MIL_SOURCE, recipient=TERRORISTS_2021, date=TODAY, attribution=["سانا"]),
        # one sentence, two events: the operations room's shelling of regime positions in Kafr Nabl and
        # Hazarin (one event under one verb; no toll: «من دون أن تورد» negates nothing) and its vow (THREATEN,
        # made)
        E(True, ["ASSAULT"], [9], "بقصف مواقع", ["asserted"], mode="heavy-weapons",
          source=FATH_MUBIN, recipient=REGIME_POSITIONS, location=KAFR_NABL, date=TODAY, acled=SHELL),
        E(True, ["THREATEN"], [9], "وتوعّدت", ["asserted"], mode="violence",
          source=FATH_MUBIN, recipient=SY_FORCES_2021, date=TODAY),
        # the UN deputy regional humanitarian coordinator's condemnation, naming no one (the attacks it lists
        # are back-references)
        E(True, ["ACCUSE"], [10], "ودان", ["asserted"], source=UN_DRHC, date=TODAY),
        # the UN cross-border convoy due through Bab al-Hawa «يوم الخميس المقبل» (planned); «لم يتغير» negates
        # nothing
        E(True, ["AID"], [11], "قافلة أممية", ["planned", "reported"], mode="humanitarian",
          source=UN_CONVOY, location=BAB_AL_HAWA, date=D("2021-12-09"),
          attribution=["مصدر في إدارة المعبر"]),
        # background at another place: a nurse killed when rockets hit a health centre in al-Bara «مساء السبت
        # الماضي» (core, historical, 1; no perpetrator named); the Moscow ceasefire of March 2020 in a
        # relative clause (optional, historical)
        E(True, ["ASSAULT"], [12], "بقصف صاروخي", ["historical", "asserted"], mode="heavy-weapons",
          recipient=BARA_NURSE, location=AL_BARA, date=D("2021-12-04"), fatalities=1, acled=SHELL),
        E(False, ["AGREE"], [12], "اتفاق وقف إطلاق النار", ["historical"],
          source=RUSSIA_TURKEY, location=MOSCOW, date=MARCH_2020, acled=AGREEMENT),
        # paragraph 13 (the year's count of attacks on medical, school and market sites: an aggregate) holds
        # no event
        # the medics' vigil in Idlib and their demand to the donors (the shelters they ask for are content)
        E(True, ["PROTEST"], [14], "وقفة احتجاجية", ["asserted"], mode="demo",
          source=IDLIB_MEDICS, location=IDLIB_CITY, date=TODAY, acled=PEACEFUL),
        E(True, ["REQUEST"], [14], "وطالبوا", ["asserted"],
          source=IDLIB_MEDICS, recipient=INTL_ORGS, location=IDLIB_CITY, date=TODAY),
    ],
)
