"""Gold of article 134: Babil and the Karbala road (Jurf al-Nasr, al-Hillah, al-Musayyib/al-Mahawil/al-Hashimiyah,
al-Iskandariyah), an Iraqi news site of Babil, 2024-08-19 (Mon)."""
from actors_places import (
                           BABIL_DISTRICTS,
                           BABIL_GOVERNOR,
                           BABIL_POLICE,
                           BABIL_POLICEMAN,
                           BABIL_SUSPECTS,
                           HILLAH,
                           HILLAH_BABIL,
                           HILLAH_BAGHDAD_ROAD,
                           HILLAH_HOUSEHOLD,
                           HILLAH_KARBALA_ROAD,
                           IQ_FED_GOV,
                           IQ_FORCES_PMF,
                           IQ_SEC_FORCES,
                           IQ_TRADE_MIN,
                           IRCS,
                           ISIS,
                           ISKANDARIYA,
                           JURF,
                           PAKISTANI_PILGRIMS,
                           PILGRIMS,
                           PMF,
                           UNKNOWN,
                           WANTED_MAN,
                           WHEAT_FARMERS,
)
from common import ABDUCTION, ARREST, ATTACK, CLASH, MINE, PEACEFUL, D, E, paras_of

SLUG = "babil_jurf_al_nasr_hillah_musayyib_karbala_road"
ARTICLE = dict(
    id="team27-134", slug=SLUG, published="2024-08-19", outlet="Shatt al-Hilla news site (fictional)",
    paras=paras_of(f"134_{SLUG}.txt"),
    events=[
        # the roadside bomb on a PMF vehicle near Jurf al-Nasr «مساء أمس الأحد»: headline 0, lead 1 (no perpetrator),
        # the follow-up 8 where ISIS claims it through Amaq (4 killed in its words) → 2; the PMF obituary is no event
        E(True, ["ASSAULT"], [0, 1, 8], "انفجار عبوة ناسفة", ["asserted", "reported"], mode="explosives",
          source=ISIS, recipient=PMF, location=JURF, date=D("2024-08-18"), fatalities=2,
          attribution=["مصدر أمني", "وكالة أعماق"], acled=MINE, tpara=1),
        # the Middle Euphrates Operations Command: the deployment along the Hillah–Karbala road (headline 0; its
        # purpose, the Arbaeen security plan, is no event) and the ban on motorcycles and trucks
        E(True, ["MOBILIZE"], [0, 2], "نشر", ["asserted"], mode="troops",
          source=IQ_SEC_FORCES, location=HILLAH_KARBALA_ROAD, date=D("2024-08-19"), tpara=2),
        E(True, ["COERCE"], [2], "وفرض حظر", ["asserted"], mode="ban",
          source=IQ_SEC_FORCES, location=HILLAH_KARBALA_ROAD, date=D("2024-08-19")),
        # the Red Crescent's medical posts for the pilgrims; the pilgrims' processions are no event
        E(True, ["AID"], [3], "نصبت", ["asserted"], mode="humanitarian",
          source=IRCS, recipient=PILGRIMS, location=HILLAH_KARBALA_ROAD, date=D("2024-08-19")),
        # 23 arrests in three districts (a passive with «من قبل»; raids «نُفّذت» in the three places: one event)
        E(True, ["COERCE"], [4], "واعتُقل", ["asserted", "reported"], mode="arrest",
          source=BABIL_POLICE, recipient=BABIL_SUSPECTS, location=BABIL_DISTRICTS,
          date=D("2024-08-18", "day", ("2024-08-17", "2024-08-19")), attribution=["بيان قيادة شرطة بابل"],
          acled=ARREST),
        # the «dakka»: gunfire on a house in Hillah at dawn, nobody hurt (asserted: the act happened)
        E(True, ["ASSAULT"], [5], "وابلاً من الرصاص", ["asserted", "reported"], mode="firearms",
          source=UNKNOWN, recipient=HILLAH_HOUSEHOLD, location=HILLAH, date=D("2024-08-19"),
          attribution=["مصدر في الشرطة"], acled=ATTACK),
        # the wheat farmers' demonstration, its demand to the trade ministry and its accusation (participle of the
        # same protesters: optional)
        E(True, ["PROTEST"], [6], "وتظاهر", ["asserted"], mode="demo",
          source=WHEAT_FARMERS, location=HILLAH, date=D("2024-08-19"), acled=PEACEFUL),
        E(True, ["REQUEST"], [6], "مطالبين", ["asserted"],
          source=WHEAT_FARMERS, recipient=IQ_TRADE_MIN, location=HILLAH, date=D("2024-08-19")),
        E(False, ["ACCUSE"], [6], "ومتهمين", ["asserted"],
          source=WHEAT_FARMERS, recipient=IQ_TRADE_MIN, location=HILLAH, date=D("2024-08-19")),
        # the governor receives a delegation (host as source), offers advances (AGREE: an offer), the farmers refuse
        E(True, ["CONSULT"], [7], "واستقبل", ["asserted"], mode="visit",
          source=BABIL_GOVERNOR, recipient=WHEAT_FARMERS, location=HILLAH_BABIL, date=D("2024-08-19")),
        E(True, ["AGREE"], [7], "وعرض", ["asserted"],
          source=BABIL_GOVERNOR, recipient=WHEAT_FARMERS, location=HILLAH_BABIL, date=D("2024-08-19")),
        E(True, ["REJECT"], [7], "رفضوا", ["asserted"],
          source=WHEAT_FARMERS, recipient=BABIL_GOVERNOR, location=HILLAH_BABIL, date=D("2024-08-19")),
        # the rumoured abduction of two Pakistani pilgrims, denied by the police spokesman (they had lost their way)
        E(True, ["ASSAULT"], [9], "اختطاف", ["rumored", "negated", "reported"], mode="abduct",
          recipient=PAKISTANI_PILGRIMS, location=HILLAH_KARBALA_ROAD,
          date=D("2024-08-18", "day", ("2024-08-17", "2024-08-18")),
          attribution=["صفحات على مواقع التواصل الاجتماعي", "الناطق باسم قيادة شرطة بابل"], acled=ABDUCTION),
        # the farmers' one-week deadline (THREATEN), the road block they brandish (hypothetical, optional), and the
        # trade ministry delegation's visit next Wednesday (planned)
        E(True, ["THREATEN"], [10], "وأمهل", ["asserted"],
          source=WHEAT_FARMERS, recipient=IQ_FED_GOV, location=HILLAH_BABIL, date=D("2024-08-19")),
        E(False, ["PROTEST"], [10], "بقطع الطريق الدولي", ["hypothetical"], mode="obstruct",
          source=WHEAT_FARMERS, location=HILLAH_BAGHDAD_ROAD, date=None),
        E(True, ["CONSULT"], [10], "سيزور", ["planned"], mode="visit",
          source=IQ_TRADE_MIN, recipient=WHEAT_FARMERS, location=HILLAH_BABIL, date=D("2024-08-21")),
        # paragraph 11 is a generic statement: deliberately NO gold event
        # the recapture of Jurf al-Nasr in October 2014 in a relative clause (optional, historical) and the feared
        # ISIS attack on the pilgrims (optional, hypothetical); the ban on the residents' return is a standing state
        E(False, ["ASSAULT"], [12], "استعادتها", ["historical"], mode="firearms",
          source=IQ_FORCES_PMF, recipient=ISIS, location=JURF,
          date=D("2014-10-25", "month", ("2014-10-01", "2014-10-31")), acled=CLASH),
        E(False, ["ASSAULT"], [12], "استهداف حشود الزائرين", ["hypothetical"],
          source=ISIS, recipient=PILGRIMS, location=JURF, date=None),
        # background: Friday before a Monday, a policeman shot dead by a wanted man in al-Iskandariyah; the attempted
        # arrest is optional
        E(True, ["ASSAULT"], [13], "برصاص مطلوب", ["historical", "asserted", "reported"], mode="firearms",
          source=WANTED_MAN, recipient=BABIL_POLICEMAN, location=ISKANDARIYA, date=D("2024-08-16"), fatalities=1,
          attribution=["قيادة شرطة بابل"], acled=CLASH),
        E(False, ["COERCE"], [13], "محاولة اعتقاله", ["historical"], mode="arrest",
          source=BABIL_POLICE, recipient=WANTED_MAN, location=ISKANDARIYA, date=D("2024-08-16")),
    ],
)
