"""Gold of article 225: Arsal and its outskirts (Wadi Hmeid, al-Malahi and Wadi al-Kheil, the al-Labweh heights), a
pan-Arab daily with a Beirut dateline, 2017-07-06 (Thu)."""
from actors_places import (
    ARSAL,
    ARSAL_CAMP,
    ARSAL_GUNMEN,
    ARSAL_MEDIATORS,
    ARSAL_MUNI,
    ARSAL_REFUGEE,
    BAABDA,
    EAST_QALAMOUN,
    HDC,
    HEZBOLLAH,
    HTS_ARSAL,
    JUROUD_ARSAL,
    JUROUD_MILITANTS,
    LABWEH,
    LB_ARMY,
    LB_AUTHORITIES,
    LB_SOLDIERS_2014,
    LB_STATE,
    MALAHI,
    NUSRA_ISIS,
    SARAYA,
    SY_AIR,
    SY_ARMY_HZB,
    SY_COALITION,
    SY_REFUGEES_DETAINED,
    UNHCR,
    WADI_HMEID,
)
from common import ABDUCTION, AIR, ARREST, CLASH, MINE, SHELL, D, E, paras_of

SLUG = "arsal_2017_wadi_hmeid_checkpoint_labweh_juroud_malahi_strikes"
ARTICLE = dict(
    id="team45-225", slug=SLUG, published="2017-07-06", outlet="Al-Raed al-Arabi daily (fictional)",
    paras=paras_of(f"225_{SLUG}.txt"),
    events=[
        # the attack on the army checkpoint at Wadi Hmeid at dawn: headline 0, lead 1 (the army's statement: one
        # soldier), the details in 8 (accounts attributed to HTS: «three soldiers») → 1
        E(True, ["ASSAULT"], [0, 1, 8], "في هجوم شنّه", ["asserted", "reported"], mode="firearms",
          source=ARSAL_GUNMEN, recipient=LB_ARMY, location=WADI_HMEID, date=D("2017-07-06"), fatalities=1,
          attribution=["بيان قيادة الجيش – مديرية التوجيه", "مصدر أمني",
                       "حسابات على تلغرام تُنسب إلى هيئة تحرير الشام"], acled=CLASH, tpara=1),
        # one sentence, two events: the army's artillery on the heights, and the raid on the camps with 26 detained
        # (the seized motorbikes belong to the same raid)
        E(True, ["ASSAULT"], [2], "واستهدفت بالمدفعية", ["asserted", "reported"], mode="heavy-weapons",
          source=LB_ARMY, recipient=ARSAL_GUNMEN, location=WADI_HMEID, date=D("2017-07-06"),
          attribution=["بيان قيادة الجيش"], acled=SHELL),
        E(True, ["COERCE"], [2], "وأوقفت", ["asserted", "reported"], mode="arrest",
          source=LB_ARMY, recipient=SY_REFUGEES_DETAINED, location=WADI_HMEID, date=D("2017-07-06"),
          attribution=["بيان قيادة الجيش"], acled=ARREST),
        # Hezbollah's reinforcements on the al-Labweh heights (headline 0); the battle expected (optional)
        E(True, ["MOBILIZE"], [0, 3], "استقدم", ["reported", "asserted"], mode="troops",
          source=HEZBOLLAH, recipient=HTS_ARSAL, location=LABWEH,
          date=D("2017-07-05", "day", ("2017-07-04", "2017-07-06")), attribution=["مصادر ميدانية"], tpara=3),
        E(False, ["ASSAULT"], [3], "لمعركة", ["planned", "hypothetical"], mode="firearms",
          source=HEZBOLLAH, recipient=HTS_ARSAL, location=JUROUD_ARSAL, date=None),
        # last night's Syrian air strikes on al-Malahi and Wadi al-Kheil
        E(True, ["ASSAULT"], [4], "ثلاث غارات", ["asserted", "reported"], mode="aerial",
          source=SY_AIR, location=MALAHI, date=D("2017-07-05"),
          attribution=["ناشطون سوريون في مخيمات عرسال"], acled=AIR),
        # the denied coordination with the Syrian army and Hezbollah (optional, negated)
        E(False, ["COOPERATE"], [5], "تنسيق ميداني", ["negated"],
          source=LB_ARMY, recipient=SY_ARMY_HZB, date=D("2017-07-06")),
        # talks through Arsal mediators with Saraya Ahl al-Sham, told by informed sources; the exit they aim at and
        # HTS's standing refusal (both optional)
        E(True, ["CONSULT"], [6], "مفاوضات", ["rumored", "reported"], mode="third-party",
          source=ARSAL_MEDIATORS, recipient=SARAYA, location=JUROUD_ARSAL, date=None,
          attribution=["مصادر مطلعة"]),
        E(False, ["RETREAT"], [6], "خروج مقاتليه", ["planned", "rumored"], mode="withdraw",
          source=SARAYA, location=EAST_QALAMOUN, date=None),
        E(False, ["REJECT"], [6], "برفض أي تسوية", ["asserted", "generic"],
          source=HTS_ARSAL, date=None),
        # the municipal council's demand to the Lebanese state
        E(True, ["REQUEST"], [7], "وطالب", ["asserted"],
          source=ARSAL_MUNI, recipient=LB_STATE, location=ARSAL, date=D("2017-07-06")),
        # HTS's later denial of any link to the attack (optional)
        E(False, ["REJECT"], [8], "تنفي", ["asserted", "reported"],
          source=HTS_ARSAL, recipient=LB_ARMY, date=D("2017-07-06")),
        # paragraph 9 (the refugees, the recurrent exchange of accusations): deliberately NO gold event
        # UNHCR's call on the Lebanese authorities («قلقها البالغ» is no event)
        E(True, ["REQUEST"], [10], "ودعت", ["asserted"],
          source=UNHCR, recipient=LB_AUTHORITIES, date=D("2017-07-06", "day", ("2017-07-05", "2017-07-06"))),
        # the Higher Defence Council's meeting on Monday (planned)
        E(True, ["CONSULT"], [11], "اجتماعاً استثنائياً", ["planned"], mode="multilateral",
          source=HDC, location=BAABDA, date=D("2017-07-10"), attribution=["رئاسة الجمهورية"]),
        # Hezbollah's War Media: a conditional threat (made: asserted) and the act it foresees (optional)
        E(True, ["THREATEN"], [12], "متوعداً", ["asserted"], mode="violence",
          source=HEZBOLLAH, recipient=JUROUD_MILITANTS, date=D("2017-07-06", "day", ("2017-07-05", "2017-07-06"))),
        E(False, ["ASSAULT"], [12], "ستحمل ما لا يتوقعونه", ["hypothetical"], mode="firearms",
          source=HEZBOLLAH, recipient=JUROUD_MILITANTS, date=None),
        # the Syrian Coalition accuses Hezbollah; its blame of the Lebanese government (optional)
        E(True, ["ACCUSE"], [13], "اتهم", ["asserted"],
          source=SY_COALITION, recipient=HEZBOLLAH, date=D("2017-07-06", "day", ("2017-07-05", "2017-07-06"))),
        E(False, ["ACCUSE"], [13], "وحمّل", ["asserted"],
          source=SY_COALITION, recipient=LB_STATE, date=D("2017-07-06", "day", ("2017-07-05", "2017-07-06"))),
        # paragraph 14 (Arsal's economy): deliberately NO gold event
        # «يُذكر أن»: the August 2014 storming of Arsal and the soldiers taken (optional, historical)
        E(False, ["ASSAULT"], [15], "اقتحموا", ["historical"], mode="firearms",
          source=NUSRA_ISIS, recipient=LB_ARMY, location=ARSAL,
          date=D("2014-08-02", "month", ("2014-08-01", "2014-08-31")), acled=CLASH),
        E(False, ["ASSAULT"], [15], "مصطحبين معهم", ["historical"], mode="abduct",
          source=NUSRA_ISIS, recipient=LB_SOLDIERS_2014, location=ARSAL,
          date=D("2014-08-07", "month", ("2014-08-01", "2014-08-31")), acled=ABDUCTION),
        # background: Monday before a Thursday, a refugee killed by an IED near his tent (no claim)
        E(True, ["ASSAULT"], [16], "بانفجار عبوة ناسفة", ["historical", "asserted", "reported"], mode="explosives",
          recipient=ARSAL_REFUGEE, location=ARSAL_CAMP, date=D("2017-07-03"), fatalities=1,
          attribution=["مصدر في بلدية عرسال"], acled=MINE),
    ],
)
