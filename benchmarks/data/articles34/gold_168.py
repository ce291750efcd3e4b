"""Gold of article 168: Jisr al-Shughur and the al-Ghab plain (Bdama, al-Janudiyah, al-Mansoura, Jurin, Darkush,
Khirbet al-Joz, az-Ziyarah), an opposition news agency, 2015-10-14 (Wed)."""
from actors_places import (
                           DARKUSH,
                           DARKUSH_PROTESTERS,
                           GHAB_MANSOURA,
                           IHH,
                           JAF,
                           JISR,
                           JISR_BDAMA,
                           JISR_CLASH,
                           JISR_COUNCIL,
                           JISR_DISPLACED,
                           JISR_HELI,
                           JISR_HOSPITAL_GARRISON,
                           JISR_REGIME,
                           JISR_VICTIMS,
                           JISR_YOUTHS,
                           JURIN,
                           KHIRBET_JOZ,
                           NUSRA,
                           RU_AIR,
                           RUSSIA_TIP,
                           SYRIA,
                           TIP,
                           UN_FRIENDS,
                           ZIYARAH,
                           ZIYARAH_VICTIMS,
)
from common import AIR, ARREST, CLASH, PEACEFUL, D, E, paras_of

SLUG = "jisr_al_shughur_russian_strikes_ghab_jurin_darkush"
ARTICLE = dict(
    id="team34-168", slug=SLUG, published="2015-10-14", outlet="Wakalat al-Ghab, opposition news agency (fictional)",
    paras=paras_of(f"168_{SLUG}.txt"),
    events=[
        # the dawn Russian strikes on Jisr al-Shughur, Bdama and al-Janudiyah under one verb (one event): headline 0,
        # lead 1 (the agency's correspondent: 4), the civil defence's details 8, and the Russian ministry's own version
        # in 9 («قرب جسر الشغور», no civilians mentioned)
        E(True, ["ASSAULT"], [0, 1, 8, 9], "سلسلة غارات", ["asserted", "reported"], mode="aerial",
          source=RU_AIR, recipient=JISR_VICTIMS, location=JISR_BDAMA, date=D("2015-10-14"), fatalities=4,
          attribution=["مراسل الوكالة", "مسؤول في الدفاع المدني بجسر الشغور", "وزارة الدفاع الروسية"], acled=AIR,
          tpara=1),
        # ¶2: a count («المرة الثالثة خلال أسبوع», generic) and the start of Moscow's campaign (historical): optional
        E(False, ["ASSAULT"], [2], "لغارات روسية", ["generic"], mode="aerial",
          source=RU_AIR, date=None),
        E(False, ["ASSAULT"], [2], "حملتها الجوية", ["historical"], mode="aerial",
          source=RU_AIR, location=SYRIA, date=D("2015-09-30", "week", ("2015-09-28", "2015-09-30"))),
        # the two-sided fight in al-Ghab since last evening (the regime's attempted advance and its repulse are the
        # same battle): 11 regime soldiers + 3 rebels = 14
        E(True, ["ASSAULT"], [0, 3], "اشتباكات عنيفة", ["asserted", "reported"], mode="firearms",
          source=JISR_CLASH, location=GHAB_MANSOURA, date=D("2015-10-13", "day", ("2015-10-13", "2015-10-14")),
          fatalities=14, attribution=["مراسل الوكالة"], acled=CLASH, tpara=3),
        # reinforcements to the Jurin camp over the past two days; the wide attack they may prepare (optional)
        E(True, ["MOBILIZE"], [4], "تعزيزات كبيرة", ["asserted", "reported"], mode="troops",
          source=JISR_REGIME, location=JURIN, date=D("2015-10-13", "week", ("2015-10-12", "2015-10-14")),
          attribution=["مصادر ميدانية"]),
        E(False, ["ASSAULT"], [4], "لهجوم واسع", ["hypothetical"], mode="heavy-weapons",
          source=JISR_REGIME, location=GHAB_MANSOURA, date=None),
        # paragraph 5 (the empty streets) holds no event
        # the wave of displacement (an aggregate over two weeks: optional) and IHH's distribution yesterday
        E(False, ["RETREAT"], [6], "موجة نزوح", ["generic", "asserted"],
          location=KHIRBET_JOZ, date=None),
        E(True, ["AID"], [6], "ووزّعت", ["asserted"], mode="humanitarian",
          source=IHH, recipient=JISR_DISPLACED, location=KHIRBET_JOZ, date=D("2015-10-13")),
        # three young men arrested last evening «من قبل «جبهة النصرة»» (a passive; told by activists and a relative)
        E(True, ["COERCE"], [7], "واعتُقل", ["asserted", "reported"], mode="arrest",
          source=NUSRA, recipient=JISR_YOUTHS, location=JISR, date=D("2015-10-13"),
          attribution=["ناشطون من المدينة", "أحد أقارب المعتقلين"], acled=ARREST),
        # the local council's accusation of Russia and its demand to the UN and the Friends of Syria
        E(True, ["ACCUSE"], [10], "واتهم", ["asserted"],
          source=JISR_COUNCIL, recipient=RU_AIR, location=JISR, date=D("2015-10-14")),
        E(True, ["REQUEST"], [10], "وطالب", ["asserted"],
          source=JISR_COUNCIL, recipient=UN_FRIENDS, location=JISR, date=D("2015-10-14")),
        # the demonstration in Darkush last evening; its banners' call on the factions (optional)
        E(True, ["PROTEST"], [11], "مظاهرة", ["asserted"], mode="demo",
          source=DARKUSH_PROTESTERS, location=DARKUSH, date=D("2015-10-13"), acled=PEACEFUL),
        E(False, ["REQUEST"], [11], "وتطالب الفصائل", ["asserted"],
          source=DARKUSH_PROTESTERS, recipient=JAF, location=DARKUSH, date=D("2015-10-13")),
        # the leaked meeting of Jaysh al-Fatah's commanders on Monday night (rumoured, unconfirmed); the battle it
        # discussed (optional, planned)
        E(True, ["CONSULT"], [12], "اجتماع", ["rumored", "reported"], mode="multilateral",
          source=JAF, location=JISR, date=D("2015-10-12"), attribution=["أنباء مسرّبة"]),
        E(False, ["ASSAULT"], [12], "إطلاق معركة", ["planned", "rumored", "hypothetical"], mode="firearms",
          source=JAF, location=JURIN, date=None),
        # the Turkistan Islamic Party's video threat yesterday
        E(True, ["THREATEN"], [13], "توعّد", ["asserted"], mode="violence",
          source=TIP, recipient=RUSSIA_TIP, date=D("2015-10-13"), attribution=["تسجيل مصور"]),
        # background of April and May (all optional, historical): the takeover, the hospital garrison's breakout and
        # the killing of many of them
        E(False, ["ASSAULT"], [14], "سيطر", ["historical"], mode="firearms",
          source=JAF, location=JISR, date=D("2015-04-25", "week", ("2015-04-20", "2015-04-30")), acled=CLASH),
        E(False, ["RETREAT"], [14], "يخرج", ["historical"], mode="withdraw",
          source=JISR_HOSPITAL_GARRISON, location=JISR, date=D("2015-05-15", "month", ("2015-05-01", "2015-05-31"))),
        E(False, ["ASSAULT"], [14], "قُتل خلالها", ["historical"], mode="firearms",
          recipient=JISR_HOSPITAL_GARRISON, location=JISR,
          date=D("2015-05-15", "month", ("2015-05-01", "2015-05-31"))),
        # two barrel bombs on az-Ziyarah «مساء السبت الماضي» (1 killed)
        E(True, ["ASSAULT"], [15], "برميلين متفجرين", ["historical", "asserted", "reported"], mode="aerial",
          source=JISR_HELI, recipient=ZIYARAH_VICTIMS, location=ZIYARAH, date=D("2015-10-10"), fatalities=1,
          attribution=["ناشطون من القرية"], acled=AIR),
    ],
)
