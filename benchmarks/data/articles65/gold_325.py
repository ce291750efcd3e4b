"""Gold of article 325: Sabha (al-Tayouri, the local council, the castle), Tamanhint, the Sabha–Ubari road and
Murzuq (Fezzan, Libya), a Fezzan local news page, 2014-02-12 (Wed)."""
from actors_places import (
    ELDERS,
    GADDAFI_LOYALISTS,
    GNC,
    GNC_DELEGATION,
    JSR,
    LIBYA_SOUTH_BORDER,
    MURZUQ,
    MURZUQ_VICTIM,
    SABHA,
    SABHA_CASTLE,
    SABHA_COUNCIL_HQ,
    SABHA_DETAINEES,
    SABHA_LOCALS,
    SABHA_TRUCE,
    SABHA_UBARI_DRIVERS,
    SABHA_UBARI_ROAD,
    SIDES_REPS,
    TAMANHINT,
    TAYOURI,
    TAYOURI_FIGHT,
    TAYOURI_RESIDENTS,
    THIRD_FORCE,
    TRUCE_BREAKERS,
    UNKNOWN,
)
from common import ABDUCTION, AGREEMENT, ARREST, ATTACK, CLASH, PEACEFUL, D, E, paras_of

SLUG = "sabha_2014_tayouri_tamanhint_ubari_murzuq"
TODAY = D("2014-02-12")
LAST_NIGHT = D("2014-02-11")
MID_JANUARY = D("2014-01-15", "week", ("2014-01-10", "2014-01-20"))
DEC_2012 = D("2012-12-16", "month", ("2012-12-01", "2012-12-31"))
ARTICLE = dict(
    id="team65-325", slug=SLUG, published="2014-02-12",
    outlet="Minbar Fezzan Sabha local news page (fictional)",
    paras=paras_of(f"325_{SLUG}.txt"),
    events=[
        # the renewed fighting in al-Tayouri «ليل أمس الثلاثاء», two-sided (both are sources): headline 0
        # («قتلى», no number), lead 1 (the Joint Security Room: four), the follow-up 5 (Sabha Medical Centre:
        # three bodies; an activist: five) → 4 vs 3 vs 5 → 3
        E(True, ["ASSAULT"], [0, 1, 5], "اشتباكات", ["asserted", "reported"], mode="firearms",
          source=TAYOURI_FIGHT, location=TAYOURI, date=LAST_NIGHT, fatalities=3,
          attribution=["مصدر في الغرفة الأمنية المشتركة بالمدينة", "مدير مركز سبها الطبي", "ناشطاً من الحي"],
          acled=CLASH, tpara=1),
        # the elders' delegation arrives and meets both sides' representatives at the local council (CONSULT
        # visit; headline «يصل»); the truce announced in mid-January, in a relative clause (optional,
        # historical)
        E(True, ["CONSULT"], [0, 2], "ووصل", ["asserted"], mode="visit",
          source=ELDERS, recipient=SIDES_REPS, location=SABHA_COUNCIL_HQ, date=TODAY, tpara=2),
        E(False, ["CONCEDE"], [2], "أُعلنت", ["historical"], mode="ceasefire",
          source=SABHA_TRUCE, location=SABHA, date=MID_JANUARY),
        # paragraph 3 (Sabha, Fezzan, trade routes and quarters) holds no event
        # what the meeting produced: the two sides' agreement (an immediate ceasefire, the snipers off the
        # roofs and a detainee exchange within 48 hours are its content, not events)
        E(True, ["AGREE"], [4], "اتفاق الطرفين", ["asserted", "reported"],
          source=SIDES_REPS, location=SABHA, date=TODAY, attribution=["رئيس وفد الأعيان"], acled=AGREEMENT),
        # the Third Force deployed around the castle and the front lines (the checkpoints are part of it)
        E(True, ["MOBILIZE"], [6], "وانتشرت", ["asserted"], mode="troops",
          source=THIRD_FORCE, location=SABHA_CASTLE, date=TODAY),
        # the takeover of Tamanhint air base by loyalists of the former regime: rumoured on Facebook, denied
        # by the base commander
        E(True, ["COERCE", "ASSAULT"], [7], "سيطرة مسلحين", ["rumored", "negated"], mode="seize",
          source=GADDAFI_LOYALISTS, location=TAMANHINT, date=None,
          attribution=["صفحات على «فيسبوك»", "آمر القاعدة"]),
        # a fuel truck driver and his assistant abducted on the Sabha–Ubari road
        E(True, ["ASSAULT"], [8], "خطف", ["asserted", "reported"], mode="abduct",
          source=UNKNOWN, recipient=SABHA_UBARI_DRIVERS, location=SABHA_UBARI_ROAD, date=TODAY,
          attribution=["أحد أقاربهما"], acled=ABDUCTION),
        # the security room commander's vow (THREATEN, made); the referral to the attorney-general he waves
        # optional, hypothetical
        E(True, ["THREATEN"], [9], "وتوعّد", ["asserted"], mode="violence",
          source=JSR, recipient=TRUCE_BREAKERS, date=TODAY),
        E(False, ["COERCE"], [9], "بإحالة", ["hypothetical"], mode="arrest",
          source=JSR, recipient=TRUCE_BREAKERS, date=None),
        # the GNC delegation due «يوم السبت المقبل» (planned visit; its purposes are no events)
        E(True, ["CONSULT"], [10], "يزور", ["planned"], mode="visit",
          source=GNC_DELEGATION, recipient=SABHA_LOCALS, location=SABHA, date=D("2014-02-15")),
        # one sentence, two events: the al-Tayouri residents' sit-in before the local council and its demand
        # (the schools to be emptied and compensation are content; the banner repeats it)
        E(True, ["PROTEST"], [11], "واعتصم", ["asserted"], mode="demo",
          source=TAYOURI_RESIDENTS, location=SABHA_COUNCIL_HQ, date=TODAY, acled=PEACEFUL),
        E(True, ["REQUEST"], [11], "مطالبين", ["asserted"],
          source=TAYOURI_RESIDENTS, location=SABHA_COUNCIL_HQ, date=TODAY),
        # background at another place: a young man shot dead at a checkpoint at Murzuq's entrance «مساء
        # الجمعة الماضي» (core, historical, 1); the GNC's closure of the southern borders in December 2012
        # (optional, historical)
        E(True, ["ASSAULT"], [12], "قُتل", ["historical", "asserted"], mode="firearms",
          source=UNKNOWN, recipient=MURZUQ_VICTIM, location=MURZUQ, date=D("2014-02-07"), fatalities=1,
          acled=ATTACK),
        E(False, ["COERCE"], [12], "إغلاق الحدود الجنوبية", ["historical"], mode="restrict",
          source=GNC, location=LIBYA_SOUTH_BORDER, date=DEC_2012),
        # paragraph 13 (the year's dead and displaced: an aggregate) holds no event
        # one sentence, two acts: the release this evening of three young men (RETREAT; their families'
        # pledge is a condition) and their arrest last night, told in a passive relative clause (optional)
        E(True, ["RETREAT"], [14], "وأفرجت", ["asserted"], mode="release",
          source=JSR, recipient=SABHA_DETAINEES, location=SABHA, date=TODAY),
        E(False, ["COERCE"], [14], "اعتُقلوا", ["asserted"], mode="arrest",
          source=JSR, recipient=SABHA_DETAINEES, location=SABHA, date=LAST_NIGHT, acled=ARREST),
        # paragraph 15 (a cautious calm, shops reopening) holds no event
    ],
)
