"""Gold of article 243: Bani Walid under siege (al-Mardoum, Tarhuna, Misrata, Tripoli), a Libyan news site of
Tripoli, 2012-10-13 (Sat)."""
from actors_places import (
    BANI_WALID,
    BW_ACCUSED,
    BW_BLOCKADERS,
    BW_CLASH,
    BW_RESIDENTS,
    BW_SUPPLIES,
    BW_THREATENED,
    BW_TRIPOLI_PROTESTERS,
    GADDAFI_SON,
    GNC,
    GNC_WARFALLA,
    LRC,
    LY_GOV,
    LY_JOURNALISTS,
    MARDOUM,
    MISRATA_BW,
    MISRATA_LS,
    MISRATA_REBEL,
    TARHUNA,
    TARHUNA_BW_ROAD,
    TRIPOLI,
    UNKNOWN,
    UNSMIL,
    WARFALLA_COUNCIL,
    WARFALLA_NOTABLES,
)
from common import ABDUCTION, CLASH, OTHER, PEACEFUL, SHELL, D, E, paras_of

SLUG = "bani_walid_2012_mardoum_tarhuna_siege_tripoli_vigil"
ARTICLE = dict(
    id="team49-243", slug=SLUG, published="2012-10-13", outlet="Al-Saraya news site, Tripoli (fictional)",
    paras=paras_of(f"243_{SLUG}.txt"),
    events=[
        # the rocket fire on al-Mardoum «مساء أمس الجمعة»: headline 0, lead 1 (the local council: 3, blaming
        # «كتائب من مصراتة»: attribution, no separate ACCUSE) and ¶8 (a hospital doctor: 4; a Libya Shield
        # source denies hitting homes, not the fire) → 3
        E(True, ["ASSAULT"], [0, 1, 8], "قصف صاروخي", ["asserted", "reported"], mode="heavy-weapons",
          source=MISRATA_LS, recipient=BW_RESIDENTS, location=MARDOUM, date=D("2012-10-12"), fatalities=3,
          attribution=["المجلس المحلي لبني وليد", "طبيب في مستشفى بني وليد العام", "مصدر في درع ليبيا"],
          acled=SHELL, tpara=1),
        # this morning's clashes at the northern gate: two-sided, no casualties reported
        E(True, ["ASSAULT"], [2], "اشتباكات متقطعة", ["asserted", "reported"], mode="firearms",
          source=BW_CLASH, location=BANI_WALID, date=D("2012-10-13"), attribution=["شهود عيان"], acled=CLASH),
        # the blockade of fuel and flour (the headline's «الحصار»; ongoing for two weeks: no single day)
        E(True, ["COERCE"], [0, 3], "وتمنع", ["asserted", "reported"], mode="restrict",
          source=BW_BLOCKADERS, recipient=BW_SUPPLIES, location=BANI_WALID, date=None,
          attribution=["سكان"], acled=OTHER, tpara=3),
        # columns leaving Misrata since Thursday (the Thursday before a Saturday) towards Bani Walid
        E(True, ["MOBILIZE"], [4], "أرتال", ["asserted", "reported"], mode="troops",
          source=MISRATA_LS, location=MISRATA_BW, date=D("2012-10-11", "day", ("2012-10-11", "2012-10-13")),
          attribution=["مصدر في درع ليبيا"]),
        # ¶5 (population and tribe) holds no event
        # the Warfalla council's refusal (core) and its offer to go to court (optional AGREE)
        E(True, ["REJECT"], [6], "رفض", ["asserted"],
          source=WARFALLA_COUNCIL, recipient=LY_GOV, date=D("2012-10-12")),
        E(False, ["AGREE"], [6], "استعداد المدينة", ["asserted"],
          source=WARFALLA_COUNCIL, recipient=LY_GOV, date=D("2012-10-12")),
        # the vigil before the GNC in Tripoli and its demand (headline 0; the corridor demanded is no event)
        E(True, ["PROTEST"], [0, 7], "وقفة احتجاجية", ["asserted"], mode="demo",
          source=BW_TRIPOLI_PROTESTERS, location=TRIPOLI, date=D("2012-10-13"), acled=PEACEFUL, tpara=7),
        E(True, ["REQUEST"], [0, 7], "وطالبوا", ["asserted"],
          source=BW_TRIPOLI_PROTESTERS, recipient=GNC, location=TRIPOLI, date=D("2012-10-13"), tpara=7),
        # the GNC delegation meets Warfalla notables in Tarhuna yesterday (core); they agree to meet again
        # (optional AGREE) on Monday (core, planned); «لم يسفر عن أي تقدّم» negates an agreement on the
        # handover (optional)
        E(True, ["CONSULT"], [9], "التقى وفد", ["asserted"],
          source=GNC, recipient=WARFALLA_NOTABLES, location=TARHUNA, date=D("2012-10-12")),
        E(False, ["AGREE"], [9], "اتفقا", ["asserted", "reported"],
          source=GNC_WARFALLA, date=D("2012-10-12")),
        E(True, ["CONSULT"], [9], "لقاء ثانٍ", ["planned"],
          source=GNC, recipient=WARFALLA_NOTABLES, date=D("2012-10-15"), attribution=["عضو في الوفد"]),
        E(False, ["AGREE"], [9], "لم يسفر عن أي تقدّم", ["negated"],
          source=GNC_WARFALLA, location=TARHUNA, date=D("2012-10-12")),
        # the Libya Shield commander's conditional threat (made: core); the storming threatened is
        # hypothetical
        E(True, ["THREATEN"], [10], "وهدّد", ["asserted", "reported"], mode="violence",
          source=MISRATA_LS, recipient=BW_THREATENED, location=BANI_WALID,
          date=D("2012-10-13", "day", ("2012-10-12", "2012-10-13")), attribution=["قناة تلفزيونية محلية"]),
        E(False, ["ASSAULT"], [10], "دخول المدينة بالقوة", ["hypothetical"], mode="firearms",
          source=MISRATA_LS, location=BANI_WALID, date=None),
        # the rumoured capture of a son of Gaddafi, denied by the chief of staff's spokesman
        E(True, ["COERCE", "ASSAULT"], [11], "أسر أحد أبناء", ["rumored", "negated", "reported"],
          mode="arrest",
          source=MISRATA_LS, recipient=GADDAFI_SON, location=BANI_WALID,
          date=D("2012-10-13", "day", ("2012-10-12", "2012-10-13")),
          attribution=["حسابات مؤيدة لقوات الدرع", "المتحدث باسم رئاسة الأركان"]),
        # the Red Crescent convoy that got in this afternoon
        E(True, ["AID"], [12], "قافلة", ["asserted", "reported"], mode="humanitarian",
          source=LRC, location=BANI_WALID, date=D("2012-10-13"), attribution=["متطوع في الجمعية"]),
        # UNSMIL's call on all parties (its «concern» is no event; «جميع الأطراف» names no actor)
        E(True, ["REQUEST"], [13], "ودعت", ["asserted"],
          source=UNSMIL, location=BANI_WALID, date=D("2012-10-13", "day", ("2012-10-12", "2012-10-13"))),
        # background «وكان … قد»: three journalists abducted on the Tarhuna road on Sunday (the Sunday before
        # a Saturday), released two days later (optional)
        E(True, ["ASSAULT"], [14], "خطفوا", ["historical", "asserted"], mode="abduct",
          source=UNKNOWN, recipient=LY_JOURNALISTS, location=TARHUNA_BW_ROAD, date=D("2012-10-07"),
          acled=ABDUCTION),
        E(False, ["RETREAT"], [14], "يطلقوا سراحهم", ["historical", "asserted"], mode="release",
          source=UNKNOWN, recipient=LY_JOURNALISTS, location=TARHUNA_BW_ROAD, date=D("2012-10-09")),
        # background without a day: the GNC decision of late September and the abduction and torture of a
        # Misrata revolutionary it refers to (both optional, historical)
        E(False, ["COERCE", "THREATEN"], [15], "قرار أصدره", ["historical"], mode="arrest",
          source=GNC, recipient=BW_ACCUSED, date=D("2012-09-25", "week", ("2012-09-20", "2012-09-30"))),
        E(False, ["ASSAULT"], [15], "بخطف", ["historical"], mode="torture",
          source=BW_ACCUSED, recipient=MISRATA_REBEL, date=None),
    ],
)
