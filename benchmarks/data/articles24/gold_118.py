"""Gold of article 118: al-Dhale (Qataba, Murays and Bab Ghalaq, al-Fakher, Damt, al-Dhale city, Hajr), a southern
Yemeni news site, 2024-11-26 (Tue)."""
from actors_places import (
    AGREE_SIDES,
    DAMT,
    DAMT_TRAVELLERS,
    DAMT_WOMAN,
    DHALE_AUTH,
    DHALE_CITY,
    DHALE_FAMILIES,
    DHALE_GOVERNOR,
    DHALE_WORKERS,
    EXCHANGE_SIDES,
    FAKHER,
    FAKHER_HOMES,
    HAJR,
    HAJR_FARMERS,
    HOUTHI_SOUTHERN,
    HOUTHIS,
    ICRC,
    KSRELIEF,
    MURAYS,
    MURAYS_COMMANDER,
    NASR_HOSPITAL,
    QATABA,
    QATABA_GIRL,
    SOUTHERN,
    SOUTHERN_MERC,
    STC,
    UN_ENVOY_YE,
    UNKNOWN,
)
from common import ABDUCTION, AGREEMENT, ATTACK, CLASH, MINE, PEACEFUL, SHELL, D, E, paras_of

SLUG = "dhale_qataba_murays_bab_ghalaq_fakher_damt"
ARTICLE = dict(
    id="team24-118", slug=SLUG, published="2024-11-26", outlet="Minbar al-Dhale news site (fictional)",
    paras=paras_of(f"118_{SLUG}.txt"),
    events=[
        # the Houthi sniper's killing of a girl in Qataba: headline 0, lead 1, the follow-up 8 (residents place the
        # sniper on a hill north of the town and add the father hit by a second bullet: the same act, one event);
        # the funeral in 8 is no event
        E(True, ["ASSAULT"], [0, 1, 8], "برصاص قناص", ["asserted", "reported"], mode="firearms",
          source=HOUTHIS, recipient=QATABA_GIRL, location=QATABA, date=D("2024-11-25"), fatalities=1,
          attribution=["مصدر طبي في مستشفى قعطبة الريفي", "سكان من الحي الشرقي"], acled=ATTACK, tpara=1),
        # the local authority's condemnation (with a participle blame: one ACCUSE) and its demand to the UN envoy
        E(True, ["ACCUSE"], [2], "ودانت", ["asserted"],
          source=DHALE_AUTH, recipient=HOUTHIS, date=D("2024-11-26")),
        E(True, ["REQUEST"], [2], "وطالبت", ["asserted"],
          source=DHALE_AUTH, recipient=UN_ENVOY_YE, date=D("2024-11-26")),
        # one sentence, two events: the clash at Bab Ghalaq after a Houthi infiltration attempt (two-sided; both
        # sides' dead count: 2 + 3 = 5) and Houthi mortar fire on homes in al-Fakher («من دون أن يسفر عن إصابات»
        # negates only the injuries)
        E(True, ["ASSAULT"], [3], "اشتباكات عنيفة", ["asserted", "reported"], mode="firearms",
          source=HOUTHI_SOUTHERN, location=MURAYS, date=D("2024-11-26"), fatalities=5,
          attribution=["الإعلام العسكري للقوات الجنوبية"], acled=CLASH),
        E(True, ["ASSAULT"], [3], "قصف حوثي", ["asserted", "reported"], mode="heavy-weapons",
          source=HOUTHIS, recipient=FAKHER_HOMES, location=FAKHER, date=D("2024-11-26"),
          attribution=["الإعلام العسكري للقوات الجنوبية"], acled=SHELL),
        # six travellers abducted at a Houthi checkpoint at Damt's southern entrance
        E(True, ["ASSAULT"], [4], "اختطف", ["asserted", "reported"], mode="abduct",
          source=HOUTHIS, recipient=DAMT_TRAVELLERS, location=DAMT, date=D("2024-11-25"),
          attribution=["رابطة أمهات المختطفين"], acled=ABDUCTION),
        # the sanitation workers' open strike (core); the sit-in tent and their participle demand are optional
        E(True, ["PROTEST"], [5], "إضراباً مفتوحاً", ["asserted"], mode="strike",
          source=DHALE_WORKERS, location=DHALE_CITY, date=D("2024-11-26"), acled=PEACEFUL),
        E(False, ["PROTEST"], [5], "خيمة اعتصام", ["asserted"], mode="demo",
          source=DHALE_WORKERS, location=DHALE_CITY, date=D("2024-11-26")),
        E(False, ["REQUEST"], [5], "مطالبين", ["asserted"],
          source=DHALE_WORKERS, recipient=DHALE_GOVERNOR, location=DHALE_CITY, date=D("2024-11-26")),
        # the local prisoner exchange carried out at Murays (headline 0; COOPERATE, RETREAT accepted; «أُفرج» is the
        # same act), the mediators' agreement on the bodies (AGREE) and the handover it foresees (planned, optional)
        E(True, ["COOPERATE", "RETREAT"], [0, 6], "صفقة تبادل", ["asserted", "reported"], mode="release",
          source=EXCHANGE_SIDES, location=MURAYS, date=D("2024-11-26"),
          attribution=["رئيس لجنة الأسرى في القوات الجنوبية"], tpara=6),
        E(True, ["AGREE"], [6], "اتفاق", ["reported", "asserted"],
          source=AGREE_SIDES, location=MURAYS, date=D("2024-11-26"),
          attribution=["رئيس لجنة الأسرى في القوات الجنوبية"], acled=AGREEMENT),
        E(False, ["RETREAT", "COOPERATE"], [6], "بتسليم جثامين", ["planned"], mode="return",
          source=EXCHANGE_SIDES, location=MURAYS, date=None),
        # the STC president's praise (SUPPORT, by cable: no call, no meeting) and the KSrelief medicines that
        # reached al-Nasr hospital
        E(True, ["SUPPORT"], [7], "وأشاد", ["asserted"],
          source=STC, recipient=SOUTHERN, date=D("2024-11-26")),
        E(True, ["AID"], [7], "شحنة", ["asserted", "reported"], mode="humanitarian",
          source=KSRELIEF, recipient=NASR_HOSPITAL, location=DHALE_CITY, date=D("2024-11-26"),
          attribution=["مدير مكتب الصحة في المحافظة"]),
        # the rumoured Houthi reinforcements to Damt (unconfirmed, not denied); the attack they would prepare is
        # only the sources' reading (optional)
        E(True, ["MOBILIZE"], [9], "تعزيزات حوثية", ["rumored", "reported"], mode="troops",
          source=HOUTHIS, location=DAMT, date=D("2024-11-25", "day", ("2024-11-24", "2024-11-26")),
          attribution=["مصادر قبلية"]),
        E(False, ["ASSAULT"], [9], "لهجوم واسع", ["hypothetical", "planned"], mode="firearms",
          source=HOUTHIS, date=None),
        # the ICRC team's meeting with the families due on Thursday (planned) and the Murays commander's threat
        # (made: asserted); the reply it promises is conditional (optional, hypothetical)
        E(True, ["CONSULT"], [10], "للقاء", ["planned"], mode="visit",
          source=ICRC, recipient=DHALE_FAMILIES, location=DHALE_CITY, date=D("2024-11-28")),
        E(True, ["THREATEN"], [10], "توعّد", ["asserted"], mode="violence",
          source=MURAYS_COMMANDER, recipient=HOUTHIS, date=D("2024-11-26")),
        E(False, ["ASSAULT"], [10], "بردّ", ["hypothetical"], mode="heavy-weapons",
          source=SOUTHERN, recipient=HOUTHIS, location=DAMT, date=None),
        # paragraph 11 is a generic statement: deliberately NO gold event
        # the Houthis' silence is no event; their channel's report of southern shelling on Damt's villages (told
        # only by al-Masirah: reported); the 2015 recapture of al-Dhale city in a relative clause (optional)
        E(True, ["ASSAULT"], [12], "قصفوا", ["reported"], mode="heavy-weapons",
          source=SOUTHERN_MERC, recipient=DAMT_WOMAN, location=DAMT, date=D("2024-11-25"),
          attribution=["قناة «المسيرة» عن مصدر عسكري"], acled=SHELL),
        E(False, ["ASSAULT", "COERCE"], [12], "استعادتها", ["historical"], mode="seize",
          source=SOUTHERN, recipient=HOUTHIS, location=DHALE_CITY,
          date=D("2015-05-25", "month", ("2015-05-01", "2015-05-31"))),
        # background: Friday before a Tuesday, two farmers killed by a roadside bomb planted by unknown persons
        E(True, ["ASSAULT"], [13], "بانفجار عبوة ناسفة", ["historical", "asserted", "reported"], mode="explosives",
          source=UNKNOWN, recipient=HAJR_FARMERS, location=HAJR, date=D("2024-11-22"), fatalities=2,
          attribution=["مصدر أمني في المحافظة"], acled=MINE),
    ],
)
