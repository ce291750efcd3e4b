"""Gold of article 348: Janzour (Sidi Abdul Jalil, al-Hashan), Warshefana and Tajoura (Tripoli, Libya), the
news site of a Libyan satellite channel, 2023-06-11 (Sun)."""
from actors_places import (
    AMBULANCE_SERVICE,
    BUFFER,
    CHIEFS_OF_STAFF,
    DISPUTE_FORCE,
    FACTION_LEADERS,
    HASHAN,
    JANZOUR,
    JANZOUR_COUNCILS,
    JANZOUR_ELDERS,
    JANZOUR_MOURNERS,
    JANZOUR_ROUNDABOUT,
    JANZOUR_SECURITY,
    JANZOUR_TOWNHALL,
    LY_MOD,
    NASR,
    NASR_FIGHTERS,
    NASR_USUD,
    SIDI_ABDULJALIL,
    TAJOURA,
    TAJOURA_VICTIM,
    UNKNOWN_GUNMEN,
    UNSMIL,
    USUD,
    USUD_FIGHTERS,
    WARSHEFANA,
    WARSHEFANA_COLUMN,
)
from common import AGREEMENT, ATTACK, CLASH, D, E, paras_of

SLUG = "janzour_2023_sidi_abduljalil_hashan_warshefana_tajoura"
TODAY = D("2023-06-11")
NIGHT = D("2023-06-10", "day", ("2023-06-10", "2023-06-11"))
ARTICLE = dict(
    id="team70-348", slug=SLUG, published="2023-06-11",
    outlet="Al-Masar Libyan satellite channel news site (fictional)",
    paras=paras_of(f"348_{SLUG}.txt"),
    events=[
        # the night fight between the two factions of the same camp (both sources, no recipient): headline 0,
        # lead 1, the emergency centre 6, both sides' versions 7, the civilian's funeral 14 → 4
        E(True, ["ASSAULT"], [0, 1, 6, 7, 14], "اشتباكات عنيفة", ["asserted"], mode="firearms",
          source=NASR_USUD, location=SIDI_ABDULJALIL, date=NIGHT, fatalities=4,
          attribution=["مراسل «المسار»", "مركز طب الطوارئ والدعم"], acled=CLASH, tpara=1),
        # the spark: the Usud company holds two Nasr fighters at a checkpoint (COERCE, told by local sources);
        # the Nasr battalion's siege of the company's base is optional
        E(True, ["COERCE"], [2], "احتجزت", ["reported", "asserted"], mode="arrest",
          source=USUD, recipient=NASR_FIGHTERS, location=JANZOUR_ROUNDABOUT, date=D("2023-06-10"),
          attribution=["مصادر محلية"]),
        E(False, ["COERCE"], [2], "بمحاصرة", ["reported", "asserted"], mode="restrict",
          source=NASR, recipient=USUD, location=JANZOUR, date=D("2023-06-10")),
        # the elders' mediation (CONSULT) and the ceasefire reached at dawn (AGREE; headline 0 «وهدنة»); its
        # terms are no events
        E(True, ["CONSULT"], [3], "واتصالات", ["asserted"], mode="third-party",
          source=JANZOUR_ELDERS, recipient=FACTION_LEADERS, location=JANZOUR, date=NIGHT),
        E(True, ["AGREE"], [0, 3], "اتفاق", ["asserted", "reported"],
          source=NASR_USUD, location=JANZOUR, date=TODAY, attribution=["بيان مجلس حكماء وأعيان جنزور"],
          acled=AGREEMENT, tpara=3),
        # the truce broken: clashes renewed at noon near al-Hashan (another day and place: its own event); the
        # road closure is optional
        E(True, ["ASSAULT"], [4], "تجددت الاشتباكات", ["asserted"], mode="firearms",
          source=NASR_USUD, location=HASHAN, date=TODAY, acled=CLASH),
        E(False, ["COERCE"], [4], "إغلاق", ["asserted"], mode="restrict",
          source=JANZOUR_SECURITY, location=HASHAN, date=TODAY),
        # paragraph 5 (Janzour and its armed groups: description) holds no event
        # the ambulance service's appeal for safe corridors (optional)
        E(False, ["REQUEST"], [6], "ناشد", ["asserted"],
          source=AMBULANCE_SERVICE, recipient=NASR_USUD, location=JANZOUR, date=NIGHT),
        # each side's version: the battalion accuses the company (ACCUSE), the company's commander denies and
        # blames the battalion (REJECT of the charge)
        E(True, ["ACCUSE"], [7], "اتهمت", ["asserted"],
          source=NASR, recipient=USUD, date=NIGHT, attribution=["بيان «كتيبة النصر» على صفحتها"]),
        E(True, ["REJECT"], [7], "نفى", ["asserted"],
          source=USUD, recipient=NASR, date=NIGHT, attribution=["تسجيل مصور لآمر «سرية أسود جنزور»"]),
        # the exchange of detainees carried out at six (COOPERATE, RETREAT accepted); the capture of the five
        # during the fight is optional
        E(True, ["COOPERATE", "RETREAT"], [8], "عملية تبادل", ["asserted"],
          source=NASR_USUD, location=JANZOUR_TOWNHALL, date=TODAY),
        E(False, ["ASSAULT", "COERCE"], [8], "أسرتهم", ["historical", "asserted"], mode="abduct",
          source=NASR, recipient=USUD_FIGHTERS, location=JANZOUR, date=NIGHT),
        # the defence ministry's threat (THREATEN) and the deployment of the Dispute Resolution Force
        # (MOBILIZE)
        E(True, ["THREATEN"], [9], "وتوعّدت", ["asserted"], mode="violence",
          source=LY_MOD, date=TODAY),
        E(True, ["MOBILIZE"], [9], "نشر", ["asserted", "reported"], mode="troops",
          source=DISPUTE_FORCE, location=BUFFER, date=TODAY),
        # UNSMIL's call on all sides
        E(True, ["REQUEST"], [10], "داعيةً", ["asserted"],
          source=UNSMIL, date=TODAY),
        # an armed column from Warshefana, rumoured on social media, unconfirmed
        E(True, ["MOBILIZE"], [11], "تحرك", ["rumored", "reported"], mode="troops",
          source=WARSHEFANA_COLUMN, location=WARSHEFANA, date=TODAY,
          attribution=["حسابات على مواقع التواصل"]),
        # the broad meeting «يوم الثلاثاء المقبل» (planned)
        E(True, ["CONSULT"], [12], "اجتماعاً", ["planned"],
          source=JANZOUR_COUNCILS, recipient=CHIEFS_OF_STAFF, location=JANZOUR, date=D("2023-06-13")),
        # the withdrawal the deal provided for did not happen (core RETREAT, negated)
        E(True, ["RETREAT"], [13], "ينسحب", ["negated"], mode="withdraw",
          source=NASR_USUD, location=SIDI_ABDULJALIL, date=TODAY, attribution=["مراسل «المسار»"]),
        # ¶14: the funeral (part of the fight); the mourners' calls are optional
        E(False, ["REQUEST"], [14], "دعوات", ["asserted"],
          source=JANZOUR_MOURNERS, location=JANZOUR, date=TODAY),
        # paragraph 15 (clashes in Tripoli as a recurring pattern: generic) holds no event
        # background at another place: a young man shot dead in Tajoura «مساء الأربعاء الماضي» (core,
        # historical)
        E(True, ["ASSAULT"], [16], "أطلقوا النار", ["historical", "asserted"], mode="firearms",
          source=UNKNOWN_GUNMEN, recipient=TAJOURA_VICTIM, location=TAJOURA, date=D("2023-06-07"),
          fatalities=1, acled=ATTACK),
    ],
)
