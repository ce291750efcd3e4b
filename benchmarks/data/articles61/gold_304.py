"""Gold of article 304: Sinuni, Sinjar and Khanasor (Nineveh, Iraq), Duhok, Baghdad and Tal Afar, an Iraqi
news site of Mosul, 2022-03-17 (Thu)."""
from actors_places import (
    BAGHDAD,
    BAGHDAD_ERBIL,
    DUHOK,
    DUHOK_MIGRATION,
    IQ_ARMY_SINJAR,
    IQ_JOC,
    IQ_NSA,
    ISIS,
    KHANASOR,
    KRG_DELEGATION,
    KURDISH_FORCES,
    SINJAR,
    SINJAR_QAIM,
    SINJAR_QAIMAQAM,
    SINUNI,
    SINUNI_ELDERS,
    SINUNI_FIGHT,
    SINUNI_MARKET,
    SINUNI_OWNERS,
    SINUNI_YOUTHS,
    TAL_AFAR,
    TALAFAR_POLICEMAN,
    TURKEY_DRONE,
    UNKNOWN,
    WEST_NINEVEH_OPS,
    YAZIDI_FAMILIES,
    YAZIDI_MPS,
    YBS,
    YBS_COMMANDER,
)
from common import AGREEMENT, AIR, ARREST, ATTACK, CLASH, MINE, D, E, paras_of

SLUG = "sinuni_2022_sinjar_khanasor_duhok_tal_afar"
TODAY = D("2022-03-17")
YESTERDAY = D("2022-03-16")
SINCE_YESTERDAY = D("2022-03-17", "day", ("2022-03-16", "2022-03-17"))
ARTICLE = dict(
    id="team61-304", slug=SLUG, published="2022-03-17",
    outlet="Maraya Nineveh Iraqi news site of Mosul (fictional)",
    paras=paras_of(f"304_{SLUG}.txt"),
    events=[
        # the fight between the army's 20th Division and the YBS in Sinuni from «فجر أمس الأربعاء» (two-sided:
        # both are sources): headline 0 («قتيلان»), lead 1 (a security source: a soldier and a fighter, two),
        # the follow-up 6 (the hospital: three bodies), the YBS statement 8 (four of its own fighters) and the
        # Joint Operations Command's retelling 9 (no toll) → 2 vs 3 vs 4 → 2
        E(True, ["ASSAULT"], [0, 1, 6, 8, 9], "اشتباكات", ["asserted", "reported"], mode="firearms",
          source=SINUNI_FIGHT, location=SINUNI, date=YESTERDAY, fatalities=2,
          attribution=["مصدر أمني في الفرقة", "مدير مستشفى سنجار العام", "«وحدات مقاومة سنجار»",
                       "قيادة العمليات المشتركة"], acled=CLASH, tpara=1),
        # the families' flight (optional) and the migration directorate's tents and food baskets in Duhok
        # (AID)
        E(False, ["RETREAT"], [2], "وفرّت", ["asserted"], mode="withdraw",
          source=YAZIDI_FAMILIES, location=SINUNI, date=SINCE_YESTERDAY),
        E(True, ["AID"], [2], "وزّعت", ["asserted", "reported"], mode="humanitarian",
          source=DUHOK_MIGRATION, recipient=YAZIDI_FAMILIES, location=DUHOK, date=SINCE_YESTERDAY,
          attribution=["مسؤول في الدائرة"]),
        # a drone, probably Turkish, on a YBS commander's car near Khanasor «ظهر اليوم» (witnesses: him and
        # his companion, two), told again in 14 (the Turkish ministry: «two terrorists neutralised») → 2
        E(True, ["ASSAULT"], [3, 14], "استهدفت طائرة مسيّرة", ["asserted", "reported"], mode="aerial",
          source=TURKEY_DRONE, recipient=YBS_COMMANDER, location=KHANASOR, date=TODAY, fatalities=2,
          attribution=["شهود عيان من المجمع", "وزارة الدفاع التركية"], acled=AIR),
        # paragraph 4 (Sinjar, its mountain and its collective towns) holds no event
        # a KRG delegation due in Baghdad on Saturday (planned, headline 0); the Sinjar agreement of October
        # 2020 optional, historical
        E(True, ["CONSULT"], [0, 5], "يصل وفد", ["planned", "reported"], mode="visit",
          source=KRG_DELEGATION, recipient=IQ_NSA, location=BAGHDAD, date=D("2022-03-19"),
          attribution=["مصدر حكومي"], tpara=5),
        E(False, ["AGREE"], [5], "اتفاق سنجار", ["historical"],
          source=BAGHDAD_ERBIL, location=SINJAR, date=D("2020-10-09", "month", ("2020-10-01", "2020-10-31")),
          acled=AGREEMENT),
        # arrests in Sinuni's market: rumoured by Yazidi accounts, denied by an officer
        E(True, ["COERCE"], [7], "اعتقال", ["rumored", "negated"], mode="arrest",
          source=IQ_ARMY_SINJAR, recipient=SINUNI_YOUTHS, location=SINUNI_MARKET, date=SINCE_YESTERDAY,
          attribution=["حسابات إيزيدية على مواقع التواصل الاجتماعي", "ضابط في الفرقة العشرين"], acled=ARREST),
        # the YBS statement: blame (ACCUSE), the demand that the army leave Sinuni, and a conditional warning
        # (THREATEN, made); the «open battle» optional, hypothetical; its toll belongs to the fight above
        E(True, ["ACCUSE"], [8], "وحمّلت", ["asserted"],
          source=YBS, recipient=IQ_JOC, date=SINCE_YESTERDAY),
        E(True, ["REQUEST"], [8], "مطالبةً", ["asserted"],
          source=YBS, recipient=IQ_JOC, location=SINUNI, date=SINCE_YESTERDAY),
        E(True, ["THREATEN"], [8], "وأنذرت", ["asserted"], mode="violence",
          source=YBS, recipient=IQ_ARMY_SINJAR, location=SINUNI, date=SINCE_YESTERDAY),
        E(False, ["ASSAULT"], [8], "بـ«معركة مفتوحة»", ["hypothetical"], mode="firearms",
          source=YBS, recipient=IQ_ARMY_SINJAR, location=SINUNI, date=None),
        # the Joint Operations Command turns the demand down (REJECT); its «outlaw group» is the fight retold
        E(True, ["REJECT"], [9], "رفضت", ["asserted"],
          source=IQ_JOC, recipient=YBS, location=SINUNI, date=SINCE_YESTERDAY),
        # the Yazidi MPs' demand at a press conference in Baghdad
        E(True, ["REQUEST"], [10], "وطالب", ["asserted"],
          source=YAZIDI_MPS, location=BAGHDAD, date=SINCE_YESTERDAY),
        # paragraph 11 (tens of thousands still in Duhok's camps: a standing state) holds no event
        # background at another place: a Tal Afar policeman killed by a sticky bomb «مساء الإثنين الماضي»
        # (core, historical, 1); IS's sweep of Sinjar in August 2014 and the Kurdish recapture in November
        # 2015 optional, historical
        E(True, ["ASSAULT"], [12], "فجّروا", ["historical", "asserted"], mode="explosives",
          source=UNKNOWN, recipient=TALAFAR_POLICEMAN, location=TAL_AFAR, date=D("2022-03-14"), fatalities=1,
          acled=MINE),
        E(False, ["ASSAULT"], [12], "اجتاح", ["historical"], mode="firearms",
          source=ISIS, location=SINJAR, date=D("2014-08-03", "month", ("2014-08-01", "2014-08-31")),
          acled=ATTACK),
        E(False, ["ASSAULT", "COERCE"], [12], "تستعيد", ["historical"], mode="firearms",
          source=KURDISH_FORCES, location=SINJAR, date=D("2015-11-13", "month", ("2015-11-01", "2015-11-30")),
          acled=CLASH),
        # the district commissioner's meeting with Yazidi sheikhs and notables, and his pledge (AGREE); the
        # compensation and the road's reopening he promises optional, planned
        E(True, ["CONSULT"], [13], "اجتماعاً", ["asserted"], mode="visit",
          source=SINJAR_QAIMAQAM, recipient=SINUNI_ELDERS, location=SINJAR_QAIM, date=TODAY),
        E(True, ["AGREE"], [13], "وتعهّد", ["asserted"],
          source=SINJAR_QAIMAQAM, recipient=SINUNI_ELDERS, location=SINJAR_QAIM, date=TODAY),
        E(False, ["AID"], [13], "بتعويض", ["planned"], mode="economic",
          source=SINJAR_QAIMAQAM, recipient=SINUNI_OWNERS, location=SINUNI, date=None),
        E(False, ["RETREAT"], [13], "وإعادة فتح الطريق", ["planned"], mode="access",
          source=SINJAR_QAIMAQAM, location=SINUNI, date=None),
        # the curfew in Sinuni from six this evening
        E(True, ["COERCE"], [15], "فرض حظر شامل للتجوال", ["asserted"], mode="curfew",
          source=WEST_NINEVEH_OPS, location=SINUNI, date=TODAY),
    ],
)
