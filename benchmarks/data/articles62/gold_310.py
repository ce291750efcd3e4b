"""Gold of article 310: al-Harsha, the Zawiya refinery, the coastal road, Abu Surra and Surman (the Libyan
north-west), with Tripoli, a west Libyan news site, 2023-10-11 (Wed)."""
from actors_places import (
    ABU_SURRA,
    COASTAL_ROAD,
    ELDERS_GROUPS,
    HARSHA,
    LY_MOI,
    LY_PC,
    OUTLAWS,
    SURMAN,
    SURMAN_VICTIM,
    TRIPOLI,
    UNKNOWN,
    ZAWIYA,
    ZAWIYA_CAPTIVES,
    ZAWIYA_COMMANDER,
    ZAWIYA_COMMITTEE,
    ZAWIYA_COUNCIL,
    ZAWIYA_EAST,
    ZAWIYA_ELDERS,
    ZAWIYA_GROUPS,
    ZAWIYA_GROUPS_ALL,
    ZAWIYA_OTHER_SIDE,
    ZAWIYA_REFINERY,
    ZAWIYA_YOUTHS,
)
from common import AGREEMENT, AIR, ATTACK, CLASH, PEACEFUL, D, E, paras_of

SLUG = "zawiya_2023_harsha_refinery_coastal_road_surman"
TODAY = D("2023-10-11")
LAST_NIGHT = D("2023-10-10", "day", ("2023-10-10", "2023-10-11"))
SINCE_YESTERDAY = D("2023-10-11", "day", ("2023-10-10", "2023-10-11"))
ARTICLE = dict(
    id="team62-310", slug=SLUG, published="2023-10-11",
    outlet="Bawabat al-Sahil al-Gharbi west Libyan news site (fictional)",
    paras=paras_of(f"310_{SLUG}.txt"),
    events=[
        # the elders' ceasefire at dawn (AGREE; headline «يعلنون هدنة») and the groups' pull-back from the
        # refinery under it (RETREAT, carried out); the handover of the posts to the police is planned
        # (optional)
        E(True, ["AGREE"], [0, 1], "اتفاق لوقف إطلاق النار", ["asserted"],
          source=ELDERS_GROUPS, location=ZAWIYA, date=TODAY, acled=AGREEMENT, tpara=1),
        E(True, ["RETREAT"], [1], "انسحبت", ["asserted"], mode="withdraw",
          source=ZAWIYA_GROUPS, location=ZAWIYA_REFINERY, date=TODAY),
        E(False, ["MOBILIZE", "RETREAT"], [1], "تتسلم", ["planned"], mode="police",
          location=ZAWIYA_REFINERY, date=None),
        # the fight between two armed groups in al-Harsha «ليل أمس الثلاثاء» (two-sided: both are sources):
        # headline («ليلة اشتباكات»), the lead's «تقاتلتا طوال الليل», ¶2 in a «وكانت … قد» clause although it
        # happened last night (a security source: four), the follow-up 4 (the medical centre: three bodies)
        # and the interior ministry's statement 8 (two dead) → 4 vs 3 vs 2 → 2
        E(True, ["ASSAULT"], [0, 1, 2, 4, 8], "الاشتباكات", ["asserted", "reported"], mode="firearms",
          source=ZAWIYA_GROUPS, location=HARSHA, date=LAST_NIGHT, fatalities=2,
          attribution=["مصدر أمني", "مدير مركز الزاوية الطبي", "وزارة الداخلية"], acled=CLASH, tpara=2),
        # the young men's road block on the coastal road with burning tyres (PROTEST, headline «يغلقون
        # الطريق الساحلي»); their demand optional
        E(True, ["PROTEST"], [0, 3], "أغلق", ["asserted"], mode="obstruct",
          source=ZAWIYA_YOUTHS, location=COASTAL_ROAD, date=TODAY, acled=PEACEFUL, tpara=3),
        E(False, ["REQUEST"], [3], "مطالبين", ["asserted"],
          source=ZAWIYA_YOUTHS, recipient=ZAWIYA_GROUPS_ALL, location=COASTAL_ROAD, date=TODAY),
        # the interior ministry's Support Force sent to the eastern entrances (MOBILIZE; its aim is a purpose)
        E(True, ["MOBILIZE"], [5], "ودفعت", ["asserted"], mode="police",
          source=LY_MOI, location=ZAWIYA_EAST, date=TODAY),
        # paragraph 6 (Zawiya, its refinery, its guns and smuggling: a description) holds no event
        # a drone strike on a fuel store near Abu Surra: rumoured on Facebook, denied by the general staff
        # (the shell it blames the fire on belongs to the fight of ¶2)
        E(True, ["ASSAULT"], [7], "غارة بطائرة مسيّرة", ["rumored", "negated"], mode="aerial",
          location=ABU_SURRA, date=LAST_NIGHT,
          attribution=["صفحات ليبية على «فيسبوك»", "مصدر في رئاسة الأركان العامة"], acled=AIR),
        # the interior ministry's statement: its toll belongs to the fight of ¶2; its blame on «outlaw
        # parties» (ACCUSE); not naming the groups negates nothing
        E(True, ["ACCUSE"], [8], "وحمّلت", ["asserted"],
          source=LY_MOI, recipient=OUTLAWS, date=TODAY),
        # a group commander's 48-hour ultimatum (THREATEN, made); the handover he demands and the return to
        # fighting he vows are only content and hypothetical (optional)
        E(True, ["THREATEN"], [9], "أمهل", ["asserted"], mode="violence",
          source=ZAWIYA_COMMANDER, recipient=ZAWIYA_OTHER_SIDE, date=SINCE_YESTERDAY,
          attribution=["تسجيل صوتي"]),
        E(False, ["ASSAULT", "REQUEST"], [9], "العودة إلى الميدان", ["hypothetical"], mode="firearms",
          source=ZAWIYA_COMMANDER, recipient=ZAWIYA_OTHER_SIDE, date=None),
        # the two sides swap six captives under the elders' eye (COOPERATE, carried out); their capture in
        # the fight, a relative clause, optional
        E(True, ["COOPERATE", "RETREAT"], [10], "تبادل", ["asserted"], mode="release",
          source=ZAWIYA_GROUPS, recipient=ZAWIYA_CAPTIVES, location=ZAWIYA, date=TODAY),
        E(False, ["ASSAULT", "COERCE"], [10], "أُسروا", ["historical", "asserted"], mode="abduct",
          source=ZAWIYA_GROUPS, recipient=ZAWIYA_CAPTIVES, location=ZAWIYA, date=LAST_NIGHT),
        # a Presidential Council member hosts the elders in Tripoli (CONSULT) and praises them (SUPPORT)
        E(True, ["CONSULT"], [11], "واستقبل", ["asserted"], mode="visit",
          source=LY_PC, recipient=ZAWIYA_ELDERS, location=TRIPOLI, date=TODAY),
        E(True, ["SUPPORT"], [11], "وأشاد", ["asserted"],
          source=LY_PC, recipient=ZAWIYA_ELDERS, location=TRIPOLI, date=TODAY),
        # background at another place: a young man shot dead in Surman «مساء الجمعة الماضي» (core,
        # historical, 1); the police's silence negates nothing; last July's clashes optional, historical
        E(True, ["ASSAULT"], [12], "قُتل", ["historical", "asserted"], mode="firearms",
          source=UNKNOWN, recipient=SURMAN_VICTIM, location=SURMAN, date=D("2023-10-06"), fatalities=1,
          acled=ATTACK),
        E(False, ["ASSAULT"], [12], "اشتباكات مماثلة", ["historical"], mode="firearms",
          location=ZAWIYA, date=D("2023-07-15", "month", ("2023-07-01", "2023-07-31")), acled=CLASH),
        # the joint committee due to meet tomorrow (planned CONSULT); the school to be vacated optional
        E(True, ["CONSULT"], [13], "تجتمع", ["planned", "reported"], mode="multilateral",
          source=ZAWIYA_COMMITTEE, location=ZAWIYA_COUNCIL, date=D("2023-10-12"),
          attribution=["عضو في المجلس"]),
        E(False, ["RETREAT", "AGREE"], [13], "إخلاء مدرسة", ["planned"], mode="withdraw",
          source=ZAWIYA_GROUPS, location=ZAWIYA, date=None),
        # paragraph 14 (power cuts and petrol queues: a state of things) holds no event
        # a breach of the truce: bursts of gunfire in al-Harsha this evening, no shooter known
        E(True, ["ASSAULT"], [15], "إطلاق نار متقطع", ["asserted"], mode="firearms",
          location=HARSHA, date=TODAY),
    ],
)
