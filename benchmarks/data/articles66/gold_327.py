"""Gold of article 327: al-Hasakah (al-Salihiya, Tal Hajar, al-Nashwa, Ghuwayran) and Qamishli (Hasakah,
Syria), a London pan-Arab daily, 2016-08-19 (Fri); the events are of the day before."""
from actors_places import (
    ASAYISH_2016,
    COALITION_2016,
    HASAKAH,
    HASAKAH_DELEGATIONS,
    HASAKAH_FIGHT,
    HASAKAH_SKY,
    HASAKAH_SQUARE,
    HASAKAH_VICTIMS,
    KNC,
    NASHWA,
    NDF,
    PYD,
    QAMISHLI,
    QAMISHLI_AIRPORT,
    QAMISHLI_ASAYISH_DEAD,
    QAMISHLI_PROTESTERS,
    QAMISHLI_TAYY,
    REGIME_2016,
    REGIME_AIR_2016,
    REPUBLICAN_GUARD,
    RU_OFFICERS,
    SALIHIYA,
    SY_ARMY_COMMAND,
    SY_FIELD_SOURCE,
    UN,
)
from common import AGREEMENT, AIR, CLASH, PEACEFUL, D, E, paras_of

SLUG = "hasakah_2016_salihiya_tal_hajar_nashwa_qamishli"
YESTERDAY = D("2016-08-18")
# statements of yesterday or of the night, reported in the morning paper
STATEMENT = D("2016-08-18", "day", ("2016-08-18", "2016-08-19"))
APRIL = D("2016-04-15", "month", ("2016-04-01", "2016-04-30"))
ARTICLE = dict(
    id="team66-327", slug=SLUG, published="2016-08-19",
    outlet="Madar al-Arab London pan-Arab daily (fictional)",
    paras=paras_of(f"327_{SLUG}.txt"),
    events=[
        # the government air strikes on al-Salihiya, Tal Hajar and Asayish positions «عصر أمس الخميس»:
        # headline 0 («قتلى مدنيون», no number), lead 1 (the Kurdish Red Crescent: nine), ¶2 (a back-reference
        # «وجاءت الغارات»), ¶4 (the army command's retelling: «تجمعات ومقرات لعناصر الأسايش», no toll), the
        # follow-up 7 (a Tal Hajar hospital: eight bodies; the Observatory: ten; a resident: four passes, the
        # same raid) and the late toll 15 (eleven) → 9 vs 8 vs 10 vs 11 → 8
        E(True, ["ASSAULT"], [0, 1, 2, 4, 7, 15], "غارات", ["asserted", "reported"], mode="aerial",
          source=REGIME_AIR_2016, recipient=HASAKAH_VICTIMS, location=SALIHIYA, date=YESTERDAY, fatalities=8,
          attribution=["هيئة الهلال الأحمر الكردي", "القيادة العامة للجيش والقوات المسلحة",
                       "طبيب في مشفى خاص بحي تل حجر", "المرصد السوري لحقوق الإنسان", "ساكنة في حي الصالحية"],
          acled=AIR, tpara=1),
        # the clashes between the Asayish (with YPG fighters) and the NDF, renewed «ليل أمس» in al-Nashwa and
        # spreading to Ghuwayran: two-sided (both are sources); «قتلى وجرحى … لم يُعرف عددهم» → no number
        E(True, ["ASSAULT"], [0, 2], "اشتباكات", ["asserted"], mode="firearms",
          source=HASAKAH_FIGHT, location=NASHWA, date=D("2016-08-18", "day", ("2016-08-16", "2016-08-19")),
          acled=CLASH, tpara=2),
        # paragraph 3 (who holds which part of al-Hasakah: a standing situation) holds no event
        # the army command's accusation of the Asayish (the attacks and abductions it names are content; its
        # account of the strikes belongs to the first event)
        E(True, ["ACCUSE"], [4], "واتهمت", ["asserted", "reported"],
          source=SY_ARMY_COMMAND, recipient=ASAYISH_2016, date=STATEMENT, attribution=["وكالة «سانا»"]),
        # the coalition's fighters sent over al-Hasakah (MOBILIZE, passive «أُرسلت»; their purpose is no
        # event) and its spokesman's warning (THREATEN, made); the defence it promises is hypothetical
        # (optional)
        E(True, ["MOBILIZE"], [5], "أُرسلت", ["asserted", "reported"], mode="weapons",
          source=COALITION_2016, location=HASAKAH_SKY, date=YESTERDAY,
          attribution=["متحدث باسم التحالف الدولي"]),
        E(True, ["THREATEN"], [5], "محذّراً", ["asserted", "reported"], mode="violence",
          source=COALITION_2016, recipient=REGIME_2016, date=YESTERDAY,
          attribution=["متحدث باسم التحالف الدولي"]),
        E(False, ["ASSAULT"], [5], "سيدافع", ["hypothetical"], mode="aerial",
          source=COALITION_2016, recipient=REGIME_2016, location=HASAKAH_SKY, date=None),
        # Republican Guard reinforcements flown to Qamishli airport: rumoured by pro-government accounts,
        # unverified, called «psychological war» by an Asayish official
        E(True, ["MOBILIZE"], [6], "تعزيزات", ["rumored"], mode="troops",
          source=REPUBLICAN_GUARD, location=QAMISHLI_AIRPORT, date=STATEMENT,
          attribution=["حسابات موالية للنظام على مواقع التواصل", "مسؤول في الأسايش"]),
        # one sentence, two acts: the Asayish curfew (the road closed is part of it) and the NDF's earth berms
        # on the road to the security square (optional)
        E(True, ["COERCE"], [8], "حظراً شاملاً للتجوال", ["asserted"], mode="curfew",
          source=ASAYISH_2016, location=HASAKAH, date=YESTERDAY),
        E(False, ["MOBILIZE", "COERCE"], [8], "قطع", ["asserted"], mode="troops",
          source=NDF, location=HASAKAH_SQUARE, date=YESTERDAY),
        # one sentence, three acts: the PYD's accusation of the government, the Kurdish National Council's
        # condemnation (no one named) and its demand to the UN (protection is content)
        E(True, ["ACCUSE"], [9], "واتهم", ["asserted"], source=PYD, recipient=REGIME_2016, date=STATEMENT),
        E(True, ["ACCUSE"], [9], "ندّد", ["asserted"], source=KNC, date=STATEMENT),
        E(True, ["REQUEST"], [9], "وطالب", ["asserted"], source=KNC, recipient=UN, date=STATEMENT),
        # Russian officers to meet both sides' delegations at Qamishli airport «اليوم الجمعة» (planned; the
        # truce sought and the Kurdish conditions are content)
        E(True, ["CONSULT"], [10], "سيلتقون", ["planned", "reported"], mode="third-party",
          source=RU_OFFICERS, recipient=HASAKAH_DELEGATIONS, location=QAMISHLI_AIRPORT, date=D("2016-08-19"),
          attribution=["مصدر كردي مطلع"]),
        # paragraph 11 (the flight of residents, closed bakeries, water cuts: no event of the record) holds no
        # event
        # background at another place: two Asayish members shot dead by NDF men at a checkpoint in Qamishli's
        # al-Tayy quarter «مساء الأحد الماضي» (core, historical, 2); April's clashes in Qamishli and the truce
        # that ended them (optional, historical)
        E(True, ["ASSAULT"], [12], "قُتلا", ["historical", "asserted"], mode="firearms",
          source=NDF, recipient=QAMISHLI_ASAYISH_DEAD, location=QAMISHLI_TAYY, date=D("2016-08-14"),
          fatalities=2, attribution=["الأسايش"], acled=CLASH),
        E(False, ["ASSAULT"], [12], "مواجهات", ["historical"], mode="firearms",
          source=HASAKAH_FIGHT, location=QAMISHLI, date=APRIL, acled=CLASH),
        E(False, ["AGREE"], [12], "باتفاق تهدئة", ["historical"],
          source=HASAKAH_FIGHT, location=QAMISHLI, date=APRIL, acled=AGREEMENT),
        # the Qamishli demonstration «مساء أمس» (its condemnation of the strikes optional)
        E(True, ["PROTEST"], [13], "مظاهرة", ["asserted"], mode="demo",
          source=QAMISHLI_PROTESTERS, location=QAMISHLI, date=YESTERDAY, acled=PEACEFUL),
        E(False, ["ACCUSE"], [13], "نددت", ["asserted"], source=QAMISHLI_PROTESTERS, date=YESTERDAY),
        # a Damascus daily's field source: the army «will keep striking» unless the Asayish withdraw and hand
        # over detainees (THREATEN, conditional); the positions the Asayish took in the past days, in a
        # relative clause (optional)
        E(True, ["THREATEN"], [14], "ستواصل ضرب أوكار المسلحين", ["reported"], mode="violence",
          source=SY_FIELD_SOURCE, recipient=ASAYISH_2016, date=STATEMENT,
          attribution=["صحيفة مقرّبة من دمشق", "مصدر ميداني"]),
        E(False, ["COERCE", "ASSAULT"], [14], "سيطرت", ["historical", "asserted"], mode="seize",
          source=ASAYISH_2016, location=HASAKAH, date=D("2016-08-17", "day", ("2016-08-16", "2016-08-18"))),
        # ¶15: the late toll (eleven) belongs to the air strikes
    ],
)
