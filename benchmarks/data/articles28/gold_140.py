"""Gold of article 140: Lower Shabelle, Somalia (the Mogadishu–Afgooye road, Qoryoley, Marka, Wanlaweyn, Barawe), a
Somali Arabic-language news site, 2023-11-11 (Sat)."""
from actors_places import (
                           AFGOOYE,
                           AFGOOYE_DRIVERS,
                           AFGOOYE_FARM,
                           AFGOOYE_MARKA_ROAD,
                           AFGOOYE_REPS,
                           AFGOOYE_ROAD,
                           ATMIS,
                           CLAN_ELDERS,
                           DANAB,
                           EXECUTED_MEN,
                           LOWER_SHABELLE,
                           MARKA,
                           MARKA_ADMIN,
                           MARKA_BARAWE,
                           MARKA_QORYOLEY_WANLAWEYN,
                           MARKA_RIDERS,
                           MARKA_SUSPECTS,
                           NISA,
                           QORYOLEY,
                           SHABAAB,
                           SHABAAB_SUSPECTED,
                           SHABELLE_FARMERS,
                           SNA,
                           SNA_ATMIS,
                           SNA_PARTNERS,
                           SO_FED_GOV,
                           SO_SEC_MIN,
                           TRUCK_DRIVERS,
)
from common import AIR, ARREST, ATTACK, MINE, PEACEFUL, SHELL, D, E, paras_of

SLUG = "lower_shabelle_afgooye_qoryoley_marka_drivers_strike"
ARTICLE = dict(
    id="team28-140", slug=SLUG, published="2023-11-11", outlet="Nafidhat Shabelle news site (fictional)",
    paras=paras_of(f"140_{SLUG}.txt"),
    events=[
        # the roadside bomb on an army vehicle on the Afgooye road «صباح اليوم السبت 11 نوفمبر»: headline 0, lead 1 (an
        # army officer, no perpetrator named), the follow-up 8 (al-Shabaab's claim through al-Andalus radio, nine
        # killed; the hospital on the wounded) → 5
        E(True, ["ASSAULT"], [0, 1, 8], "انفجار عبوة ناسفة", ["asserted", "reported"], mode="explosives",
          source=SHABAAB, recipient=SNA, location=AFGOOYE_ROAD, date=D("2023-11-11"), fatalities=5,
          attribution=["ضابط في الجيش", "إذاعة الأندلس", "مصدر طبي في مستشفى المدينة"], acled=MINE, tpara=1),
        # the government's announced air strike south of Qoryoley (headline 0; 23 killed per the ministry; its day is
        # not given); «بالتعاون مع شركاء دوليين» is an optional COOPERATE
        E(True, ["ASSAULT"], [0, 2], "غارة جوية", ["reported", "asserted"], mode="aerial",
          source=SNA_PARTNERS, recipient=SHABAAB, location=QORYOLEY,
          date=D("2023-11-11", "day", ("2023-11-10", "2023-11-11")), fatalities=23,
          attribution=["وزارة الإعلام الصومالية عبر صونا"], acled=AIR, tpara=2),
        E(False, ["COOPERATE"], [2], "بالتعاون مع", ["reported"],
          source=SNA_PARTNERS, location=QORYOLEY, date=None),
        # one sentence, two events in Marka: NISA's arrest of seven suspected zakat collectors and the local
        # administration's night ban on motorcycles
        E(True, ["COERCE"], [3], "اعتقلت", ["asserted"], mode="arrest",
          source=NISA, recipient=MARKA_SUSPECTS, location=MARKA, date=D("2023-11-11"), acled=ARREST),
        E(True, ["COERCE"], [3], "حظر حركة الدراجات النارية", ["asserted"], mode="curfew",
          source=MARKA_ADMIN, recipient=MARKA_RIDERS, location=MARKA,
          date=D("2023-11-11", "day", ("2023-11-10", "2023-11-11"))),
        # mortar fire on army and ATMIS bases in Marka, Qoryoley and Wanlaweyn under one verb: one event («من دون
        # ورود معلومات عن حجم الخسائر» negates nothing)
        E(True, ["ASSAULT"], [4], "بقذائف الهاون", ["asserted", "reported"], mode="heavy-weapons",
          source=SHABAAB, recipient=SNA_ATMIS, location=MARKA_QORYOLEY_WANLAWEYN, date=D("2023-11-10"),
          attribution=["شهود عيان"], acled=SHELL),
        # the drivers' strike in Afgooye (core), their gathering in front of the district office (the same protest;
        # optional as a separate PROTEST) and their demand to the federal government
        E(True, ["PROTEST"], [5], "أضرب", ["asserted"], mode="strike",
          source=AFGOOYE_DRIVERS, location=AFGOOYE, date=D("2023-11-11"), acled=PEACEFUL),
        E(False, ["PROTEST"], [5], "وتجمّع", ["asserted"], mode="demo",
          source=AFGOOYE_DRIVERS, location=AFGOOYE, date=D("2023-11-11")),
        E(True, ["REQUEST"], [5], "مطالبين", ["asserted"],
          source=AFGOOYE_DRIVERS, recipient=SO_FED_GOV, location=AFGOOYE, date=D("2023-11-11")),
        # the internal security minister meets the drivers and elders (host as source) and agrees to remove three
        # checkpoints; the suspension of the strike is an optional CONCEDE
        E(True, ["CONSULT"], [6], "التقى", ["asserted"], mode="visit",
          source=SO_SEC_MIN, recipient=AFGOOYE_REPS, location=AFGOOYE, date=D("2023-11-11")),
        E(True, ["AGREE"], [6], "واتفق", ["asserted", "reported"],
          source=SO_SEC_MIN, recipient=AFGOOYE_REPS, location=AFGOOYE, date=D("2023-11-11"),
          attribution=["أحد ممثلي السائقين"]),
        E(False, ["CONCEDE"], [6], "تعليق الإضراب", ["asserted"],
          source=AFGOOYE_DRIVERS, location=AFGOOYE, date=D("2023-11-11")),
        # Danab units due to deploy next week (planned MOBILIZE); the operations they prepare are optional, planned
        E(True, ["MOBILIZE"], [7], "تنتشر", ["planned", "reported"], mode="troops",
          source=DANAB, location=AFGOOYE_MARKA_ROAD, date=D("2023-11-15", "week", ("2023-11-12", "2023-11-18")),
          attribution=["إذاعة مقديشو الحكومية عن ضابط رفيع في القوات البرية"]),
        E(False, ["ASSAULT"], [7], "لعمليات عسكرية", ["planned"], mode="firearms",
          source=DANAB, recipient=SHABAAB, location=LOWER_SHABELLE, date=None),
        # the rumoured public execution of two men between Marka and Barawe, unconfirmed (not denied); no day given
        E(True, ["ASSAULT"], [9], "إعدام", ["rumored", "reported"], mode="execute",
          source=SHABAAB, recipient=EXECUTED_MEN, location=MARKA_BARAWE, date=None,
          attribution=["حسابات محلية على فيسبوك"], acled=ATTACK),
        # al-Shabaab's conditional threat to truck drivers in the same statement (made: asserted); the attacks it
        # threatens are hypothetical and the call to the elders an optional REQUEST
        E(True, ["THREATEN"], [10], "وهدّدت", ["asserted", "reported"], mode="violence",
          source=SHABAAB, recipient=TRUCK_DRIVERS, date=D("2023-11-11"), attribution=["إذاعة الأندلس"]),
        E(False, ["ASSAULT"], [10], "باستهداف سائقي الشاحنات", ["hypothetical"], mode="firearms",
          source=SHABAAB, recipient=TRUCK_DRIVERS, date=None),
        E(False, ["REQUEST"], [10], "داعيةً", ["asserted", "reported"],
          source=SHABAAB, recipient=CLAN_ELDERS, date=D("2023-11-11")),
        # paragraph 11 is a generic statement: deliberately NO gold event
        # ATMIS's praise of the Somali army (SUPPORT); its handover of bases last June, recalled (optional, historical)
        E(True, ["SUPPORT"], [12], "أشادت", ["asserted"],
          source=ATMIS, recipient=SNA, date=D("2023-11-11", "day", ("2023-11-10", "2023-11-11"))),
        E(False, ["RETREAT"], [12], "سلّمت", ["historical"], mode="withdraw",
          source=ATMIS, recipient=SNA, date=D("2023-06-15", "month", ("2023-06-01", "2023-06-30"))),
        # background: Wednesday before a Saturday, three farmers shot near Afgooye by gunmen believed to be al-Shabaab
        E(True, ["ASSAULT"], [13], "برصاص مسلحين", ["historical", "asserted", "reported"], mode="firearms",
          source=SHABAAB_SUSPECTED, recipient=SHABELLE_FARMERS, location=AFGOOYE_FARM, date=D("2023-11-08"),
          fatalities=3, attribution=["أحد شيوخ العشائر في المنطقة"], acled=ATTACK),
    ],
)
