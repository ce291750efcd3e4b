"""Gold of article 162: al-Qusayr and its countryside (the northern quarter, the al-Dabaa airfield, Rablah, Hermel
across the border, Hisya), a loyalist Homs news network, 2013-05-23 (Thu)."""
from actors_places import (
                           AMBUSHERS,
                           COORDINATIONS,
                           DABAA,
                           FSA,
                           HERMEL,
                           HERMEL_TARGETS,
                           HEZBOLLAH,
                           HISYA,
                           ISTANBUL,
                           JOUSIEH_ROAD,
                           LAS_UNSC,
                           POPULAR_COMMITTEES,
                           QUSAYR,
                           QUSAYR_CONVOYS,
                           QUSAYR_FAMILIES,
                           QUSAYR_HOMES,
                           QUSAYR_MILITANTS,
                           QUSAYR_NORTH,
                           QUSAYR_ROUTES,
                           RABLAH,
                           RABLAH_PAGE,
                           RABLAH_VICTIMS,
                           SAA,
                           SAA_FIELD_SOURCE,
                           SAA_MILITANTS,
                           SNC,
                           SY_OFFICIAL_SOURCES,
                           SY_TV,
                           TAWHID,
)
from common import AIR, CLASH, SHELL, D, E, paras_of

SLUG = "qusayr_2013_dabaa_airport_rablah_hermel_rockets"
ARTICLE = dict(
    id="team33-162", slug=SLUG, published="2013-05-23", outlet="Nabd Homs news network (fictional)",
    paras=paras_of(f"162_{SLUG}.txt"),
    events=[
        # the fight for blocks of the northern quarter «مساء أمس الأربعاء»: headline 0, lead 1 (the army's side,
        # «عشرات القتلى والمصابين»), the opposition's version 3 (seven of its fighters killed) → 7; two-sided
        E(True, ["ASSAULT"], [0, 1, 3], "اشتباكات عنيفة", ["asserted", "reported"], mode="firearms",
          source=SAA_MILITANTS, location=QUSAYR_NORTH, date=D("2013-05-22"), fatalities=7,
          attribution=["مراسلنا في ريف القصير", "تنسيقيات المسلحين"], acled=CLASH, tpara=1),
        # the army's strike on a position by the al-Dabaa airfield today (SANA's military source; «عدد من» → 3); the
        # defused IEDs are no event
        E(True, ["ASSAULT"], [2], "دمّرت", ["reported", "asserted"],
          source=SAA, recipient=QUSAYR_MILITANTS, location=DABAA, date=D("2013-05-23"), fatalities=3,
          attribution=["سانا عن مصدر عسكري"], acled=CLASH),
        # the shelling of the residential quarters since Sunday, told only by the opposition's coordinations (no
        # agent named), and their accusation of Hezbollah; the field source's scorn (optional)
        E(True, ["ASSAULT"], [3], "قصف متواصل بالطيران والمدفعية", ["reported"], mode="aerial",
          recipient=QUSAYR_HOMES, location=QUSAYR, date=D("2013-05-21", "week", ("2013-05-19", "2013-05-23")),
          attribution=["تنسيقيات المسلحين"], acled=AIR),
        E(True, ["ACCUSE"], [3], "متهمةً", ["reported", "asserted"],
          source=COORDINATIONS, recipient=HEZBOLLAH, date=D("2013-05-22", "day", ("2013-05-22", "2013-05-23")),
          attribution=["تنسيقيات المسلحين"]),
        E(False, ["REJECT", "ACCUSE"], [3], "محاولة مكشوفة", ["asserted"],
          source=SAA_FIELD_SOURCE, recipient=COORDINATIONS, date=D("2013-05-23", "day", ("2013-05-22", "2013-05-23"))),
        # Rablah: mortars on the western quarter (a girl killed; headline 0) and the page's appeal; the months-long
        # encirclement is background (optional)
        E(True, ["ASSAULT"], [0, 4], "قذائف هاون", ["asserted", "reported"], mode="heavy-weapons",
          source=QUSAYR_MILITANTS, recipient=RABLAH_VICTIMS, location=RABLAH, date=D("2013-05-22"), fatalities=1,
          attribution=["صفحة «ربلة الصامدة» على فيسبوك"], acled=SHELL, tpara=4),
        E(False, ["COERCE"], [4], "يطوّقها", ["historical", "asserted"], mode="restrict",
          source=QUSAYR_MILITANTS, location=RABLAH, date=None),
        E(True, ["REQUEST"], [4], "ناشدت", ["asserted"],
          source=RABLAH_PAGE, location=RABLAH, date=D("2013-05-22", "day", ("2013-05-22", "2013-05-23"))),
        # two Grad rockets on Hermel (headline 0; no casualties, no launcher named beyond «من منطقة القصير») and the
        # FSA commander's threat, made hours earlier, with its condition
        E(True, ["ASSAULT"], [0, 5], "سقط صاروخان", ["asserted", "reported"], mode="heavy-weapons",
          recipient=HERMEL_TARGETS, location=HERMEL, date=D("2013-05-22"),
          attribution=["الوكالة الوطنية للإعلام"], acled=SHELL, tpara=5),
        E(True, ["THREATEN"], [5], "توعّد", ["asserted", "reported"], mode="violence",
          source=FSA, recipient=HEZBOLLAH, date=D("2013-05-22"),
          attribution=["تسجيل مصوّر بثّته قنوات خليجية"]),
        # paragraph 6 (the town's importance) holds no event
        # the rebels' attempt to bring reinforcements (MOBILIZE) and the army's strikes on the convoys near Hisya, both
        # from a military source; the Tawhid fighters' arrival told by opposition pages (optional)
        E(True, ["MOBILIZE"], [7], "استقدام تعزيزات", ["reported", "asserted"], mode="troops",
          source=QUSAYR_MILITANTS, location=QUSAYR_ROUTES,
          date=D("2013-05-22", "week", ("2013-05-21", "2013-05-23")), attribution=["مصدر عسكري"]),
        E(True, ["ASSAULT"], [7], "واستهدفتها", ["reported", "asserted"],
          source=SAA, recipient=QUSAYR_CONVOYS, location=HISYA,
          date=D("2013-05-22", "week", ("2013-05-21", "2013-05-23")), attribution=["مصدر عسكري"]),
        E(False, ["MOBILIZE"], [7], "وصول مئات المقاتلين", ["reported"], mode="troops",
          source=TAWHID, location=QUSAYR_ROUTES, date=None),
        # the corridor the army says it opened this morning (carried out per state TV; denied by activists), the
        # TV's accusation of the rebels, and the blocking of residents it alleges (optional)
        E(True, ["RETREAT", "CONCEDE"], [8], "ممراً آمناً", ["reported", "asserted", "negated"], mode="access",
          source=SAA, recipient=QUSAYR_FAMILIES, location=QUSAYR, date=D("2013-05-23"),
          attribution=["التلفزيون السوري", "ناشطون معارضون"]),
        E(True, ["ACCUSE"], [8], "متهماً", ["asserted", "reported"],
          source=SY_TV, recipient=QUSAYR_MILITANTS, date=D("2013-05-23")),
        E(False, ["COERCE"], [8], "منع الأهالي من المغادرة", ["reported"], mode="restrict",
          source=QUSAYR_MILITANTS, location=QUSAYR, date=None),
        # the Coalition's demand from Istanbul; «غزو ميليشيا حزب الله» inside it (optional ACCUSE) and the official
        # reply (optional ACCUSE)
        E(True, ["REQUEST"], [9], "طالب", ["asserted", "reported"],
          source=SNC, recipient=LAS_UNSC, location=ISTANBUL, date=D("2013-05-22"), attribution=["بيان الائتلاف"]),
        E(False, ["ACCUSE"], [9], "غزو", ["asserted"],
          source=SNC, recipient=HEZBOLLAH, date=D("2013-05-22")),
        E(False, ["ACCUSE"], [9], "رأت فيه", ["asserted"],
          source=SY_OFFICIAL_SOURCES, recipient=SNC, date=D("2013-05-23", "day", ("2013-05-22", "2013-05-23"))),
        # background: the rebels' takeover early in 2012 (optional, historical) and the ambush of mid-April on the
        # Jousieh–Qusayr road (5 killed)
        E(False, ["ASSAULT"], [10], "سيطرت", ["historical"],
          source=QUSAYR_MILITANTS, location=QUSAYR, date=D("2012-02-15", "month", ("2012-01-01", "2012-03-31"))),
        E(True, ["ASSAULT"], [10], "بكمين", ["historical", "asserted", "reported"], mode="firearms",
          source=AMBUSHERS, recipient=POPULAR_COMMITTEES, location=JOUSIEH_ROAD,
          date=D("2013-04-15", "week", ("2013-04-10", "2013-04-20")), fatalities=5,
          attribution=["مصدر في محافظة حمص"], acled=CLASH),
    ],
)
