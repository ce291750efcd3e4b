"""Gold of article 081: Salahuddin (Mutaibijah, al-Ishaqi, Tuz Khurmatu, Tikrit), an Iraqi news site,
2024-06-12 (Wed)."""
from actors_places import (
                           ALAM,
                           ATTACKERS_RECIP,
                           CTS,
                           CTS_GUNMEN,
                           IQ_ARMY,
                           IQ_FED_GOV,
                           IQ_MOI_MIN,
                           IQ_PM,
                           ISHAQI,
                           ISHAQI_SHEIKHS,
                           ISHAQI_WANTED,
                           ISIS_HIDEOUTS,
                           ISIS_IQ,
                           MAKHOUL,
                           MAKHOUL_SHEPHERDS,
                           MUTAIBIJAH,
                           PMF_ATTACKERS,
                           PMF_CMDR,
                           PMF_HQ,
                           PMF_POST,
                           SALAH_GOVERNOR,
                           SAMARRA,
                           SEC_LEADERS,
                           SPEICHER_CADETS,
                           SPEICHER_FAMILIES,
                           SPEICHER_PLACE,
                           TIKRIT,
                           TUZ,
                           TUZ_RESIDENTS,
                           TUZ_TRIBES,
                           UNKNOWN,
                           UNKNOWN_DRONE,
                           VALLEYS,
                           YATHRIB,
)
from common import AIR, ARREST, ATTACK, CLASH, MINE, PEACEFUL, SHELL, D, E, paras_of

SLUG = "salahuddin_mutaibijah_ishaqi_speicher_anniversary"
ARTICLE = dict(
    id="team17-081", slug=SLUG, published="2024-06-12", outlet="Shams Tikrit news site (fictional)",
    paras=paras_of(f"081_{SLUG}.txt"),
    events=[
        # the attack on the PMF post: headline 0, lead 1 (perpetrator only «يُعتقد»), the Media Cell 2 (two), the ISIS
        # claim and the hospital 8 (the follow-up paragraph that names the perpetrator); 3, 2, 5, 3 → 2;
        # «ليل أمس الثلاثاء» (a night that may run past midnight)
        E(True, ["ASSAULT"], [0, 1, 2, 8], "هجوم شنّه", ["asserted", "reported"], mode="firearms",
          source=PMF_ATTACKERS, recipient=PMF_POST, location=MUTAIBIJAH,
          date=D("2024-06-11", "day", ("2024-06-11", "2024-06-12")), fatalities=2,
          attribution=["مصدر أمني في المحافظة", "خلية الإعلام الأمني", "بيان داعش على تلغرام",
                       "مصدر طبي في مستشفى سامراء العام"], acled=CLASH, tpara=1),
        # one sentence, three acts: the air-landing raid with its arrests (one COERCE) and the clash that followed
        E(True, ["COERCE"], [3], "اعتقلت", ["asserted", "reported"], mode="arrest",
          source=CTS, recipient=ISHAQI_WANTED, location=ISHAQI, date=D("2024-06-12"),
          attribution=["بيان جهاز مكافحة الإرهاب"], acled=ARREST),
        E(True, ["ASSAULT"], [3], "اشتباكات", ["asserted", "reported"], mode="firearms",
          source=CTS_GUNMEN, location=ISHAQI, date=D("2024-06-12"), fatalities=2,
          attribution=["بيان جهاز مكافحة الإرهاب"], acled=CLASH),
        # the shelling of three valleys with one verb: one event («وردّاً على هجوم مطيبيجة» is a back-reference)
        E(True, ["ASSAULT"], [4], "قصفت", ["asserted", "reported"], mode="heavy-weapons",
          source=IQ_ARMY, recipient=ISIS_HIDEOUTS, location=VALLEYS, date=D("2024-06-12"),
          attribution=["مصدر في قيادة عمليات صلاح الدين"], acled=SHELL),
        # the PMF commander's threat at the funeral (the funeral and «ستواصل عملياتها» are no events)
        E(True, ["THREATEN"], [5], "توعّد", ["asserted"], mode="violence",
          source=PMF_CMDR, recipient=ATTACKERS_RECIP, location=SAMARRA, date=D("2024-06-12")),
        # the Tuz Khurmatu demonstration and its demand to the commander-in-chief (the demanded deployment no event)
        E(True, ["PROTEST"], [6], "تظاهر", ["asserted"], mode="demo",
          source=TUZ_RESIDENTS, location=TUZ, date=D("2024-06-12"), acled=PEACEFUL),
        E(True, ["REQUEST"], [6], "وطالبوا", ["asserted"],
          source=TUZ_RESIDENTS, recipient=IQ_PM, location=TUZ, date=D("2024-06-12")),
        # the governor hosts the Ishaqi sheikhs in Tikrit (host as source); the minister's visit is planned
        E(True, ["CONSULT"], [7], "واستقبل", ["asserted"], mode="visit",
          source=SALAH_GOVERNOR, recipient=ISHAQI_SHEIKHS, location=TIKRIT, date=D("2024-06-12")),
        E(True, ["CONSULT"], [7], "يزور", ["planned", "reported"], mode="visit",
          source=IQ_MOI_MIN, location=SAMARRA, date=D("2024-06-15"), attribution=["مكتب محافظ صلاح الدين"]),
        # the rumoured drone strike on a PMF office in al-Alam, denied (the controlled detonation is no event)
        E(True, ["ASSAULT"], [9], "استهداف", ["rumored", "negated", "reported"], mode="aerial",
          source=UNKNOWN_DRONE, recipient=PMF_HQ, location=ALAM,
          date=D("2024-06-11", "day", ("2024-06-11", "2024-06-12")),
          attribution=["ناشطون على مواقع التواصل الاجتماعي", "المتحدث باسم قيادة عمليات صلاح الدين"], acled=AIR),
        # two mortar shells on Yathrib: «من دون أن تُسجّل أي إصابات» is no negation of the shelling; no agent named
        E(True, ["ASSAULT"], [9], "سقطت قذيفتا هاون", ["asserted", "reported"], mode="heavy-weapons",
          location=YATHRIB, date=D("2024-06-12"), attribution=["مصدر في الشرطة المحلية"], acled=SHELL),
        # the tribal council's conditional threat (the road block it threatens is hypothetical, optional) and its
        # participle blame (optional)
        E(True, ["THREATEN"], [10], "وهدّد", ["asserted"], mode="obstruct",
          source=TUZ_TRIBES, recipient=IQ_FED_GOV, location=TUZ, date=D("2024-06-12")),
        E(False, ["PROTEST"], [10], "بقطع طريق", ["hypothetical"], mode="obstruct",
          source=TUZ_TRIBES, location=TUZ, date=None),
        E(False, ["ACCUSE"], [10], "محمّلاً", ["asserted"],
          source=TUZ_TRIBES, recipient=SEC_LEADERS, location=TUZ, date=D("2024-06-12")),
        # paragraph 11 is a generic statement: deliberately NO gold event
        # the Speicher anniversary: the massacre of June 2014 in a relative clause (optional, historical); the
        # commemorative gathering (optional: a memorial, not clearly a protest); the families' demand (core)
        E(False, ["ASSAULT"], [12], "قُتل فيها", ["historical"], mode="execute",
          source=ISIS_IQ, recipient=SPEICHER_CADETS, location=SPEICHER_PLACE,
          date=D("2014-06-12", "month", ("2014-06-01", "2014-06-30")), acled=ATTACK),
        E(False, ["PROTEST"], [12], "وقفة استذكارية", ["asserted"], mode="demo",
          source=SPEICHER_FAMILIES, location=SPEICHER_PLACE, date=D("2024-06-12"), acled=PEACEFUL),
        E(True, ["REQUEST"], [12], "طالبوا", ["asserted"],
          source=SPEICHER_FAMILIES, recipient=IQ_FED_GOV, location=SPEICHER_PLACE, date=D("2024-06-12")),
        # background: Thursday before a Wednesday, two shepherds killed by an IED
        E(True, ["ASSAULT"], [13], "بانفجار عبوة ناسفة", ["historical", "asserted", "reported"], mode="explosives",
          source=UNKNOWN, recipient=MAKHOUL_SHEPHERDS, location=MAKHOUL, date=D("2024-06-06"), fatalities=2,
          attribution=["قيادة شرطة صلاح الدين"], acled=MINE),
    ],
)
