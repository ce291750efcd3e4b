"""Gold of article 149: al-Waer, Homs (the governor's meeting, mortar fire on al-Zahra, the settlement), a
state-run local daily, 2016-04-13 (Wed)."""
from actors_places import (
                           HOMS,
                           HOMS_GOVERNOR,
                           INTERNAL_SECURITY,
                           SAA_HOMS,
                           SARC_OCHA,
                           SY_STATE,
                           WAER,
                           WAER_CHECKPOINT,
                           WAER_COMMITTEE,
                           WAER_DETAINEES,
                           WAER_MILITANTS,
                           WAER_NORTH_HOMS,
                           WAER_RESIDENTS,
                           WAER_SETTLERS,
                           WAER_STUDENTS,
                           ZAHRA,
                           ZAHRA_PROTESTERS,
                           ZAHRA_VICTIMS,
)
from common import AGREEMENT, ARREST, PEACEFUL, SHELL, D, E, paras_of

SLUG = "homs_waer_zahra_akrama_reconciliation"
ARTICLE = dict(
    id="team30-149", slug=SLUG, published="2016-04-13", outlet="Rubu' Homs local daily (fictional)",
    paras=paras_of(f"149_{SLUG}.txt"),
    events=[
        # the governor meets al-Waer's reconciliation committee this morning (headline 0, lead 1); the place of the
        # meeting is not named (the city); the December agreement in a relative clause (optional, historical); the
        # militants' exit and the handover of weapons are the agreement's terms (no events)
        E(True, ["CONSULT"], [0, 1], "التقى", ["asserted"],
          source=HOMS_GOVERNOR, recipient=WAER_COMMITTEE, location=HOMS, date=D("2016-04-13"), tpara=1),
        E(False, ["AGREE"], [1], "الاتفاق الموقع", ["historical"],
          location=WAER, date=D("2015-12-15", "month", ("2015-12-01", "2015-12-31")), acled=AGREEMENT),
        # his promise to release detainees next week (AGREE; headline 0; the release itself planned, optional) and
        # the committee's demands; «ماضية في خيار المصالحة» is no event
        E(True, ["AGREE"], [0, 2], "ووعد", ["asserted"],
          source=HOMS_GOVERNOR, recipient=WAER_COMMITTEE, location=WAER, date=D("2016-04-13"), tpara=2),
        E(False, ["RETREAT", "CONCEDE"], [2], "بالإفراج", ["planned"], mode="release",
          source=HOMS_GOVERNOR, recipient=WAER_DETAINEES, location=WAER,
          date=D("2016-04-20", "week", ("2016-04-17", "2016-04-24"))),
        E(True, ["REQUEST"], [2], "طالب أعضاء اللجنة", ["asserted"],
          source=WAER_COMMITTEE, recipient=HOMS_GOVERNOR, location=WAER, date=D("2016-04-13")),
        # two mortar shells from al-Waer on al-Zahra last night (1 killed, per a police source) and the army's return
        # fire on their sources (told in the same paragraph by the same source)
        E(True, ["ASSAULT"], [3], "قذيفتي هاون", ["asserted", "reported"], mode="heavy-weapons",
          source=WAER_MILITANTS, recipient=ZAHRA_VICTIMS, location=ZAHRA, date=D("2016-04-12"), fatalities=1,
          attribution=["مصدر في قيادة شرطة محافظة حمص"], acled=SHELL),
        E(True, ["ASSAULT"], [3], "وردّت", ["asserted", "reported"], mode="heavy-weapons",
          source=SAA_HOMS, recipient=WAER_MILITANTS, location=WAER,
          date=D("2016-04-12", "day", ("2016-04-12", "2016-04-13")),
          attribution=["مصدر في قيادة شرطة محافظة حمص"], acled=SHELL),
        # the SARC/OCHA convoy into al-Waer at noon and the settlement of 140 people's status yesterday (AGREE, a
        # concession accepted by the state: RETREAT accepted too)
        E(True, ["AID"], [4], "قافلة مساعدات", ["asserted"], mode="humanitarian",
          source=SARC_OCHA, recipient=WAER_RESIDENTS, location=WAER, date=D("2016-04-13")),
        E(True, ["AGREE", "RETREAT"], [4], "سوّى", ["asserted", "reported"],
          source=WAER_SETTLERS, recipient=SY_STATE, location=WAER, date=D("2016-04-12"),
          attribution=["المحافظة"]),
        # the al-Zahra and Akrama residents' sit-in in front of the governorate building, with its demand; the
        # «martyrs» of past months are an aggregate (no event)
        E(True, ["PROTEST"], [5], "وقفة احتجاجية", ["asserted"], mode="demo",
          source=ZAHRA_PROTESTERS, location=HOMS, date=D("2016-04-13"), acled=PEACEFUL),
        E(True, ["REQUEST"], [5], "طالبوا", ["asserted"],
          source=ZAHRA_PROTESTERS, location=HOMS, date=D("2016-04-13")),
        # the rumoured arrest of three students at the checkpoint, told by the militants' pages and denied by the
        # governorate (the routine ID check it admits is no event); no day is given
        E(True, ["COERCE"], [6], "اعتقال ثلاث طالبات", ["rumored", "negated", "reported"], mode="arrest",
          source=WAER_CHECKPOINT, recipient=WAER_STUDENTS, location=WAER, date=None,
          attribution=["صفحات تابعة للمسلحين", "مصدر في المحافظة"], acled=ARREST),
        # paragraph 7 describes the district: deliberately NO gold event
        # the first batch's departure late last year (optional, historical, undated) and the second batch due within
        # days (planned); the police units' entry into the evacuated parts (optional, planned)
        E(False, ["RETREAT"], [8], "غادرت", ["historical"], mode="withdraw",
          source=WAER_MILITANTS, location=WAER, date=D("2015-12-15", "month", ("2015-11-15", "2015-12-31"))),
        E(True, ["RETREAT"], [8], "ستخرج", ["planned", "reported"], mode="withdraw",
          source=WAER_MILITANTS, location=WAER_NORTH_HOMS,
          date=D("2016-04-16", "week", ("2016-04-14", "2016-04-20")), attribution=["مصادر مطلعة"]),
        E(False, ["MOBILIZE"], [8], "تدخل وحدات", ["planned"], mode="police",
          source=INTERNAL_SECURITY, location=WAER, date=None),
    ],
)
