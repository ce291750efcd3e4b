"""Gold of article 131: Hiiraan and Middle Shabelle (Beledweyne, Mahas/Moqokori, Adan Yabaal, Bulo Burte, Jalalaqsi,
Mataban), a Somali Arabic-language news site, 2023-09-19 (Tue)."""
from actors_places import (
                           ADAN_YABAAL,
                           AFRICOM,
                           BELEDWEYNE,
                           BELEDWEYNE_AIRPORT,
                           BELEDWEYNE_HOSPITAL,
                           BELEDWEYNE_MARKET_VICTIMS,
                           BELEDWEYNE_RESIDENTS,
                           BELEDWEYNE_SUSPECTS,
                           DANAB,
                           HIIRAAN,
                           HIIRAAN_AUTHORITIES,
                           HIIRAAN_ELDERS,
                           HIIRAAN_TOWNS,
                           HIRSHABELLE,
                           HIRSHABELLE_STATE,
                           MAHAS_FRONT,
                           MOQOKORI,
                           SHABAAB,
                           SHABAAB_ADAN,
                           SHABAAB_SPOKESMAN,
                           SO_ARMY,
                           SO_ARMY_POSITIONS,
                           SO_CLASH,
                           SO_FGS,
                           SO_GOV_FORCES,
                           SO_POLICE_NISA,
                           TIKA,
)
from common import AIR, ARREST, CLASH, MINE, PEACEFUL, SHELL, D, E, paras_of

SLUG = "hiiraan_beledweyne_mahas_moqokori_adan_yabaal"
ARTICLE = dict(
    id="team27-131", slug=SLUG, published="2023-09-19", outlet="Nawafidh al-Qarn news site (fictional)",
    paras=paras_of(f"131_{SLUG}.txt"),
    events=[
        # the suicide car bomb at the northern checkpoint of Beledweyne: headline 0, lead 1 (no perpetrator named;
        # the kiosks destroyed are the same blast), the follow-up 8 where al-Shabaab's radio claims it (15 killed in
        # its words) and witnesses describe the truck: one event; 6 killed per the officer, 15 per the claim → 6.
        # goldkit has no ACLED «Suicide bomb» label: the closest of its labels (remote explosive) is used
        E(True, ["ASSAULT"], [0, 1, 8], "تفجير انتحاري", ["asserted", "reported"], mode="suicide-attack",
          source=SHABAAB, recipient=SO_ARMY, location=BELEDWEYNE, date=D("2023-09-19"), fatalities=6,
          attribution=["ضابط في الجيش", "إذاعة الأندلس", "شهود عيان"], acled=MINE, tpara=1),
        # the fighting around Moqokori (headline 0), told over two sentences (the fighting since yesterday's dawn, the
        # field commander's toll and the encirclement): one two-sided battle, both sides are sources; 11 + 3 → 14
        E(True, ["ASSAULT"], [0, 2], "معارك ضارية", ["asserted", "reported"], mode="firearms",
          source=SO_CLASH, location=MOQOKORI, date=D("2023-09-18", "day", ("2023-09-18", "2023-09-19")),
          fatalities=14, attribution=["قائد ميداني في الجيش لإذاعة مقديشو الرسمية"], acled=CLASH, tpara=2),
        # AFRICOM's air strike near Adan Yabaal (told in last evening's statement; the strike's day is not given),
        # and the al-Shabaab attack on Somali units that it answered (a relative clause: optional)
        E(True, ["ASSAULT"], [3], "غارة جوية", ["asserted", "reported"], mode="aerial",
          source=AFRICOM, recipient=SHABAAB_ADAN, location=ADAN_YABAAL,
          date=D("2023-09-18", "day", ("2023-09-16", "2023-09-18")), fatalities=3, attribution=["بيان أفريكوم"],
          acled=AIR),
        E(False, ["ASSAULT"], [3], "يهاجمون", ["asserted", "reported"], mode="firearms",
          source=SHABAAB, recipient=SO_ARMY, location=ADAN_YABAAL,
          date=D("2023-09-18", "day", ("2023-09-16", "2023-09-18")), acled=CLASH),
        # one sentence, two events: mortar fire on army positions in three towns under one verb (one event; «من دون أن
        # تتضح حصيلة القصف» negates nothing) and 17 arrests in Beledweyne («منفّذ تفجير اليوم» is a back-reference)
        E(True, ["ASSAULT"], [4], "قصف", ["asserted"], mode="heavy-weapons",
          source=SHABAAB, recipient=SO_ARMY_POSITIONS, location=HIIRAAN_TOWNS,
          date=D("2023-09-18", "day", ("2023-09-18", "2023-09-19")), acled=SHELL),
        E(True, ["COERCE"], [4], "اعتقلت", ["asserted", "reported"], mode="arrest",
          source=SO_POLICE_NISA, recipient=BELEDWEYNE_SUSPECTS, location=BELEDWEYNE, date=D("2023-09-19"),
          attribution=["مسؤول أمني في المحافظة لوكالة صونا"], acled=ARREST),
        # the demonstration in Beledweyne and its demand; «تنديداً بالتفجير» is the march's purpose (optional ACCUSE)
        E(True, ["PROTEST"], [5], "مظاهرة", ["asserted"], mode="demo",
          source=BELEDWEYNE_RESIDENTS, location=BELEDWEYNE, date=D("2023-09-19"), acled=PEACEFUL),
        E(False, ["ACCUSE"], [5], "تنديداً", ["asserted"],
          source=BELEDWEYNE_RESIDENTS, recipient=SHABAAB, location=BELEDWEYNE, date=D("2023-09-19")),
        E(True, ["REQUEST"], [5], "وطالبوا", ["asserted"],
          source=BELEDWEYNE_RESIDENTS, recipient=SO_FGS, location=BELEDWEYNE, date=D("2023-09-19")),
        # the Hirshabelle president hosts the elders (host as source) and the elders offer fighters (AGREE: a
        # commitment to act); the mobilisation itself is future (optional, planned); «الحرب على الخوارج» is no event
        E(True, ["CONSULT"], [6], "واستقبل", ["asserted"], mode="visit",
          source=HIRSHABELLE, recipient=HIIRAAN_ELDERS, location=BELEDWEYNE, date=D("2023-09-19")),
        E(True, ["AGREE"], [6], "استعدادهم", ["asserted", "reported"],
          source=HIIRAAN_ELDERS, recipient=HIRSHABELLE, location=BELEDWEYNE, date=D("2023-09-19"),
          attribution=["بيان صادر عن مكتب رئيس ولاية هيرشبيلي"]),
        E(False, ["MOBILIZE"], [6], "لحشد", ["planned"], mode="troops",
          source=HIIRAAN_ELDERS, location=MAHAS_FRONT, date=None),
        # Danab reinforcements landed last evening; TIKA's medical flight due on Thursday (planned)
        E(True, ["MOBILIZE"], [7], "تعزيزات", ["asserted", "reported"], mode="troops",
          source=DANAB, location=BELEDWEYNE_AIRPORT, date=D("2023-09-18"), attribution=["مصدر عسكري"]),
        E(True, ["AID"], [7], "طائرة محمّلة بالأدوية", ["planned"], mode="humanitarian",
          source=TIKA, recipient=BELEDWEYNE_HOSPITAL, location=BELEDWEYNE, date=D("2023-09-21"),
          attribution=["تيكا"]),
        # the rumoured withdrawal east of Moqokori, spread by pro-Shabaab accounts and denied by the ministry
        E(True, ["RETREAT"], [9], "انسحاب", ["rumored", "negated", "reported"], mode="withdraw",
          source=SO_ARMY, location=MOQOKORI, date=D("2023-09-19", "day", ("2023-09-18", "2023-09-19")),
          attribution=["حسابات مقرّبة من الحركة على تلغرام", "المتحدث باسم وزارة الدفاع الصومالية"]),
        # al-Shabaab's conditional threat to the elders (made: asserted), the punishment it threatens (hypothetical,
        # optional) and an elder's rejection; the withdrawal of their sons is the demand's content, no event
        E(True, ["THREATEN"], [10], "هدّد", ["asserted", "reported"], mode="violence",
          source=SHABAAB_SPOKESMAN, recipient=HIIRAAN_ELDERS, location=HIIRAAN,
          date=D("2023-09-19", "day", ("2023-09-18", "2023-09-19")), attribution=["إذاعة الأندلس"]),
        E(False, ["ASSAULT"], [10], "معاملتهم معاملة المرتدين", ["hypothetical"],
          source=SHABAAB, recipient=HIIRAAN_ELDERS, location=HIIRAAN, date=None),
        E(True, ["REJECT"], [10], "برفض", ["asserted"],
          source=HIIRAAN_ELDERS, recipient=SHABAAB, location=HIIRAAN,
          date=D("2023-09-19", "day", ("2023-09-18", "2023-09-19"))),
        # paragraph 11 is a generic statement: deliberately NO gold event
        # the government's campaign of about a year ago (optional, historical)
        E(False, ["ASSAULT"], [12], "الحملة العسكرية", ["historical"], mode="firearms",
          source=SO_GOV_FORCES, recipient=SHABAAB, location=HIRSHABELLE_STATE,
          date=D("2022-09-15", "month", ("2022-08-01", "2022-10-31")), acled=CLASH),
        # background: Thursday before a Tuesday, a mortar round on a market near the airport (2 killed); the local
        # authorities' accusation at the time is optional
        E(True, ["ASSAULT"], [13], "قذيفة هاون", ["historical", "asserted", "reported"], mode="heavy-weapons",
          source=SHABAAB, recipient=BELEDWEYNE_MARKET_VICTIMS, location=BELEDWEYNE_AIRPORT, date=D("2023-09-14"),
          fatalities=2, attribution=["السلطات المحلية"], acled=SHELL),
        E(False, ["ACCUSE"], [13], "واتهمت", ["historical", "asserted"],
          source=HIIRAAN_AUTHORITIES, recipient=SHABAAB, location=BELEDWEYNE,
          date=D("2023-09-14", "day", ("2023-09-14", "2023-09-15"))),
    ],
)
