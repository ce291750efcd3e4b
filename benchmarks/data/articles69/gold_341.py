"""Gold of article 341: Yabroud, the Rima farms, al-Sahel, Flita, Qara and Ras al-Maara (Rif Dimashq,
Syria) and Wadi Hmeid in the Arsal barrens (Lebanon), an opposition monitor of the Qalamoun, 2014-02-16
(Sun)."""
from actors_places import (
    ARSAL,
    FLITA,
    FLITA_MAN,
    HEZB_REGIME,
    HEZBOLLAH,
    ICRC_UN,
    ISLAMIC_FRONT,
    QALAMOUN_BODIES,
    QARA,
    RAS_MAARA,
    RAS_MAARA_PEOPLE,
    RAS_MAARA_YOUTHS,
    REGIME_OFFICERS,
    RIMA,
    RIMA_DISPLACED,
    SAHEL,
    SY_HELI_2014,
    SY_HELI_ARSAL,
    SY_JETS_2014,
    SY_REGIME_2014,
    SY_SNIPER,
    YABROUD,
    YABROUD_COUNCIL,
    YABROUD_NOTABLES,
    YABROUD_VICTIMS,
)
from common import AIR, ATTACK, SHELL, D, E, paras_of

SLUG = "yabroud_2014_rima_farms_sahel_flita_arsal_ras_al_maara"
SATURDAY = D("2014-02-15")
# a statement «في بيان» after the strikes of Saturday, before the Sunday report
STATEMENT = D("2014-02-15", "day", ("2014-02-15", "2014-02-16"))
ARTICLE = dict(
    id="team69-341", slug=SLUG, published="2014-02-16",
    outlet="Marsad al-Qalamoun opposition monitor (fictional)",
    paras=paras_of(f"341_{SLUG}.txt"),
    events=[
        # four barrel bombs on the northern quarter of Yabroud «ظهر أمس السبت»: headline 0, lead 1 (the
        # monitor: seven), the follow-up 7 (the field hospital: six bodies), the other side's retelling
        # 8 («أوكار الإرهابيين في يبرود», no civilian toll) and the late toll 16 (the coordination
        # committee: nine) → 7 vs 6 vs 9 → 6
        E(True, ["ASSAULT"], [0, 1, 7, 8, 16], "إلقاء الطيران المروحي", ["asserted", "reported"],
          mode="aerial",
          source=SY_HELI_2014, recipient=YABROUD_VICTIMS, location=YABROUD, date=SATURDAY, fatalities=6,
          attribution=["فريق «مرصد القلمون» الميداني", "الطبيب المشرف على المشفى الميداني في يبرود",
                       "قناة «الإخبارية السورية» عن مصدر عسكري", "«تنسيقية مدينة يبرود»"],
          acled=AIR, tpara=1),
        # a second, distinct strike less than an hour later: three air raids on the Rima farms (one
        # verb, one event; five wounded, no dead); the regime's retelling in 8 names the farms too
        E(True, ["ASSAULT"], [2, 8], "شنّ الطيران الحربي", ["asserted"], mode="aerial",
          source=SY_JETS_2014, recipient=RIMA_DISPLACED, location=RIMA, date=SATURDAY,
          attribution=["ناشط من أبناء المزارع"], acled=AIR),
        # a third: artillery on al-Sahel from the regime's positions near al-Nabk («من دون أن يُبلَّغ عن
        # إصابات» negates nothing)
        E(True, ["ASSAULT"], [3], "لقصف مدفعي", ["asserted", "reported"], mode="heavy-weapons",
          source=SY_REGIME_2014, location=SAHEL, date=SATURDAY, attribution=["ناشطون محليون"], acled=SHELL),
        # a fourth: «Fil» rockets on Flita that activists blame on Hezbollah (one elderly man killed;
        # his burial is no event)
        E(True, ["ASSAULT"], [4], "صواريخ", ["reported", "asserted"], mode="heavy-weapons",
          source=HEZBOLLAH, recipient=FLITA_MAN, location=FLITA, date=SATURDAY, fatalities=1,
          attribution=["ناشطون", "أحد أقارب القتيل"], acled=SHELL),
        # a fifth, across the border: a Syrian helicopter's two rockets on Wadi Hmeid, told only by the
        # Lebanese agency (reported); the camps of the barrens are description
        E(True, ["ASSAULT"], [5], "أطلقت صاروخين", ["reported"], mode="aerial",
          source=SY_HELI_ARSAL, location=ARSAL, date=SATURDAY, attribution=["«الوكالة الوطنية للإعلام»"],
          acled=AIR),
        # paragraph 6 (Yabroud, its wealth and its displaced: description) holds no event
        # the Islamic Front commander's vow (THREATEN, made); the storming it answers is only
        # hypothetical
        E(True, ["THREATEN"], [9], "وتوعّد", ["asserted"], mode="violence",
          source=ISLAMIC_FRONT, recipient=HEZB_REGIME, location=YABROUD, date=SATURDAY,
          attribution=["تسجيل مصوّر"]),
        E(False, ["ASSAULT"], [9], "اقتحامها", ["hypothetical"], mode="firearms",
          source=HEZB_REGIME, location=YABROUD, date=None),
        # Hezbollah columns reaching Qara over the last two nights: rumoured, unconfirmed; the broad
        # attack they would prepare is only feared (optional)
        E(True, ["MOBILIZE"], [10], "وصول أرتال", ["rumored", "reported"], mode="troops",
          source=HEZBOLLAH, location=QARA, date=D("2014-02-15", "day", ("2014-02-14", "2014-02-16")),
          attribution=["تنسيقيات القلمون", "سكان من قارة"]),
        E(False, ["ASSAULT"], [10], "لهجوم واسع", ["hypothetical", "rumored"], mode="firearms",
          source=HEZBOLLAH, location=YABROUD, date=None),
        # the local council's blame of the regime (ACCUSE; «متهماً إياه» is the same act) and its appeal
        # to the ICRC and the UN (REQUEST; the corridor and the medicines are its content)
        E(True, ["ACCUSE"], [11], "وحمّل", ["asserted"],
          source=YABROUD_COUNCIL, recipient=SY_REGIME_2014, location=YABROUD, date=STATEMENT),
        E(True, ["REQUEST"], [11], "وناشد", ["asserted"],
          source=YABROUD_COUNCIL, recipient=ICRC_UN, location=YABROUD, date=STATEMENT),
        # a meeting of the Qalamoun's civil and military bodies «يوم الثلاثاء المقبل» (planned)
        E(True, ["CONSULT"], [12], "اجتماعاً موسّعاً", ["planned"], mode="multilateral",
          source=QALAMOUN_BODIES, location=YABROUD, date=D("2014-02-18")),
        # early this month, a mediation by Yabroud notables with regime officers failed to reach a
        # truce: the truce is negated (core AGREE); the talks themselves and the officers' conditions
        # are optional
        E(True, ["AGREE"], [13], "التوصل إلى هدنة", ["negated", "historical"],
          source=YABROUD_NOTABLES, recipient=REGIME_OFFICERS, location=YABROUD,
          date=D("2014-02-05", "week", ("2014-02-01", "2014-02-10"))),
        E(False, ["CONSULT"], [13], "وساطة", ["historical", "asserted"],
          source=YABROUD_NOTABLES, recipient=REGIME_OFFICERS, location=YABROUD,
          date=D("2014-02-05", "week", ("2014-02-01", "2014-02-10"))),
        E(False, ["REQUEST"], [13], "اشترط", ["historical", "asserted"],
          source=REGIME_OFFICERS, recipient=YABROUD_NOTABLES, location=YABROUD,
          date=D("2014-02-05", "week", ("2014-02-01", "2014-02-10"))),
        # paragraph 14 (flights, cuts and shortages since late last year: generic) holds no event
        # background at another place: two young men of Ras al-Maara killed by a regime sniper «مساء
        # الخميس الماضي» (core, historical, 2); the encirclement of the town for weeks is optional (a
        # standing siege)
        E(True, ["ASSAULT"], [15], "قُتلا", ["historical", "asserted"], mode="firearms",
          source=SY_SNIPER, recipient=RAS_MAARA_YOUTHS, location=RAS_MAARA, date=D("2014-02-13"),
          fatalities=2, acled=ATTACK),
        E(False, ["COERCE"], [15], "تطوّقها", ["historical", "asserted"], mode="restrict",
          source=SY_REGIME_2014, recipient=RAS_MAARA_PEOPLE, location=RAS_MAARA,
          date=D("2014-01-26", "month", ("2014-01-01", "2014-02-16"))),
    ],
)
