"""Gold of article 282: Busr al-Harir and the Lajat (Daraa, Syria), Izra, al-Harak, Nahta, al-Masmiyah, Alma,
Sheikh Miskin and Daraa city, an opposition news site of Daraa, 2015-03-12 (Thu)."""
from actors_places import (
    ALMA,
    ALMA_CHILDREN,
    BUSR_AL_HARIR,
    BUSR_MARKET,
    DARAA_COUNCIL,
    DARAA_MATAR,
    DARAA_YOUTHS,
    HARAK,
    HARAK_NAHTA,
    HARAK_PROTESTERS,
    IZRA,
    IZRA_SHEIKH_MISKIN,
    LAJAT,
    LAJAT_DISPLACED,
    MASMIYAH,
    MIL_SECURITY_282,
    NAHTA_YOUTHS,
    OPPOSITION_FACTIONS,
    QARFA_IZRA,
    REGIME_282,
    REGIME_AND_ALLIES,
    REGIME_HELI,
    REGIME_JET,
    SF_COMMANDER,
    SHEIKH_MISKIN,
    SOUTHERN_FRONT,
    SY_COALITION,
    UNSC,
)
from common import AIR, ARREST, CLASH, PEACEFUL, SHELL, D, E, paras_of

SLUG = "busr_al_harir_2015_izra_al_harak_nahta_alma"
TODAY = D("2015-03-12")
YESTERDAY = D("2015-03-11")
SINCE_YESTERDAY = D("2015-03-11", "day", ("2015-03-11", "2015-03-12"))
ARTICLE = dict(
    id="team57-282", slug=SLUG, published="2015-03-12",
    outlet="Bayadir Hawran opposition news site (fictional)",
    paras=paras_of(f"282_{SLUG}.txt"),
    events=[
        # the helicopters' two barrel bombs on Busr al-Harir's market «ظهر أمس الأربعاء»: headline 0, lead 1
        # (the town's civil defence centre: seven), the follow-up 6 (the coordination committee: nine; a nurse
        # at the field hospital: six bodies) and the state channel's retelling 9 («تجمعات للإرهابيين», no
        # count; its silence on civilians negates nothing) → 7 vs 9 vs 6 → 6
        E(True, ["ASSAULT"], [0, 1, 6, 9], "برميلين متفجرين", ["asserted", "reported"], mode="aerial",
          source=REGIME_HELI, recipient=BUSR_MARKET, location=BUSR_AL_HARIR, date=YESTERDAY, fatalities=6,
          attribution=["مركز الدفاع المدني في البلدة", "ناشط من تنسيقية بصر الحرير",
                       "ممرض في المشفى الميداني",
                       "قناة «الإخبارية السورية»"], acled=AIR, tpara=1),
        # one sentence, two shellings: the Southern Front's rockets on Izra and Brigade 12, the regime's
        # artillery on al-Harak and Nahta («لم يسفر عن إصابات» negates nothing)
        E(True, ["ASSAULT"], [2], "بقصف مواقع", ["asserted", "reported"], mode="heavy-weapons",
          source=SOUTHERN_FRONT, recipient=REGIME_282, location=IZRA, date=SINCE_YESTERDAY,
          attribution=["بيان على حساباتها"], acled=SHELL),
        E(True, ["ASSAULT"], [2], "بقصف مدفعي", ["asserted"], mode="heavy-weapons",
          source=REGIME_282, location=HARAK_NAHTA, date=SINCE_YESTERDAY, acled=SHELL),
        # paragraph 3 (the Lajat plateau and its displaced) holds no event
        # the Coalition's blame and its demand to the Security Council (the no-fly zone is its content)
        E(True, ["ACCUSE"], [4], "وحمّل", ["asserted"],
          source=SY_COALITION, recipient=REGIME_282, date=YESTERDAY),
        E(True, ["REQUEST"], [4], "وطالب", ["asserted"],
          source=SY_COALITION, recipient=UNSC, date=YESTERDAY),
        # the demonstration in al-Harak; its condemnation optional
        E(True, ["PROTEST"], [5], "مظاهرة", ["asserted"], mode="demo",
          source=HARAK_PROTESTERS, location=HARAK, date=YESTERDAY, acled=PEACEFUL),
        E(False, ["ACCUSE"], [5], "نددت", ["asserted"],
          source=HARAK_PROTESTERS, location=HARAK, date=YESTERDAY),
        # the regime's reinforcements to Qarfa and Izra since Tuesday evening (reported); the attack they seem
        # to prepare optional, hypothetical
        E(True, ["MOBILIZE"], [7], "تعزيزات جديدة", ["reported", "asserted"], mode="troops",
          source=REGIME_AND_ALLIES, location=QARFA_IZRA, date=D("2015-03-11", "day", ("2015-03-10",
                                                                                      "2015-03-12")),
          attribution=["شبكات إخبارية محلية", "مصادر وصفتها بالخاصة"]),
        E(False, ["ASSAULT"], [7], "لهجوم", ["hypothetical"], mode="firearms",
          source=REGIME_AND_ALLIES, location=LAJAT, date=None),
        # the Southern Front commander's conditional threat (made: asserted; headline «تتوعد»); setting the
        # fronts ablaze optional, hypothetical
        E(True, ["THREATEN"], [0, 8], "وتوعّد", ["asserted"], mode="violence",
          source=SF_COMMANDER, recipient=REGIME_HELI, location=IZRA_SHEIKH_MISKIN, date=SINCE_YESTERDAY,
          tpara=8),
        E(False, ["ASSAULT"], [8], "إشعال جبهات", ["hypothetical"], mode="heavy-weapons",
          source=SOUTHERN_FRONT, location=IZRA_SHEIKH_MISKIN, date=None, acled=CLASH),
        # the arrest of seven young men of Nahta at al-Masmiyah checkpoint, rumoured and unverified
        E(True, ["COERCE"], [10], "اعتقال", ["rumored", "reported"], mode="arrest",
          source=REGIME_282, recipient=NAHTA_YOUTHS, location=MASMIYAH, date=TODAY,
          attribution=["ناشطون على مواقع التواصل"], acled=ARREST),
        # paragraph 11 (the eastern countryside's weekly barrels, a habit) holds no event
        # background at another place: a warplane's two vacuum missiles on Alma «مساء الأحد الماضي» (core,
        # historical, 2); the takeover of Sheikh Miskin late last year optional, historical
        E(True, ["ASSAULT"], [12], "استهدفت", ["historical", "asserted"], mode="aerial",
          source=REGIME_JET, recipient=ALMA_CHILDREN, location=ALMA, date=D("2015-03-08"), fatalities=2,
          attribution=["ناشطين من البلدة"], acled=AIR),
        E(False, ["ASSAULT"], [12], "سيطرت", ["historical"], mode="firearms",
          source=OPPOSITION_FACTIONS, recipient=REGIME_282, location=SHEIKH_MISKIN,
          date=D("2014-11-15", "month", ("2014-10-01", "2014-12-31")), acled=CLASH),
        # the provincial council's food baskets from early next week (planned)
        E(True, ["AID"], [13], "توزيع سلال", ["planned"], mode="humanitarian",
          source=DARAA_COUNCIL, recipient=LAJAT_DISPLACED, location=LAJAT,
          date=D("2015-03-15", "week", ("2015-03-14", "2015-03-19")),
          attribution=["عضو في المكتب الإغاثي للمجلس"]),
        # paragraph 14 (Busr al-Harir's population) holds no event
        # the Military Security raid in Daraa's al-Matar quarter and its four arrests (one event)
        E(True, ["COERCE"], [15], "داهمت", ["asserted", "reported"], mode="arrest",
          source=MIL_SECURITY_282, recipient=DARAA_YOUTHS, location=DARAA_MATAR, date=TODAY,
          attribution=["ناشطين من المدينة"], acled=ARREST),
    ],
)
