"""Gold of article 226: Khanaqin and the Jalawla front (Diyala, Iraq), a Kurdish news site of Garmiyan,
2014-10-16 (Thu)."""
from actors_places import (
    COALITION,
    FED_KRG,
    IQ_FED_GOV,
    ISIS_GATHERINGS,
    ISIS_KH,
    JALAWLA_FRONT,
    JALAWLA_SAADIYA,
    KH_ASAYISH,
    KH_CHILDREN,
    KH_QAIMMAQAM,
    KH_QARATAPA_ROAD,
    KH_SUSPECTS,
    KH_TAXI,
    KHANAQIN,
    KHANAQIN_KALAR,
    PESH_MINISTRY,
    PESHMERGA,
    PMF,
    SAADIYA,
    SAADIYA_HAMRIN,
    SAADIYA_IDPS,
    SAADIYA_YOUTHS,
    UNICEF,
)
from common import AIR, ARREST, ATTACK, CLASH, MINE, PEACEFUL, D, E, paras_of

SLUG = "khanaqin_2014_jalawla_front_saadiya_displaced_sit_in"
STATEMENT_DAY = D("2014-10-16", "day", ("2014-10-15", "2014-10-16"))
ARTICLE = dict(
    id="team46-226", slug=SLUG, published="2014-10-16", outlet="Bawabat Garmiyan news site (fictional)",
    paras=paras_of(f"226_{SLUG}.txt"),
    events=[
        # the ISIS attack on the Peshmerga lines of the Jalawla front at dawn: headline 0, lead 1 (a sector
        # commander), ¶8 (the hospital in Kalar, the ISIS accounts' «dozens», the funeral) → 3 killed; the three-hour
        # fight is one event; the attackers' falling back is optional
        E(True, ["ASSAULT"], [0, 1, 8], "لهجوم شنّه", ["asserted", "reported"], mode="firearms",
          source=ISIS_KH, recipient=PESHMERGA, location=JALAWLA_FRONT, date=D("2014-10-16"), fatalities=3,
          attribution=["آمر قاطع في محور جلولاء", "مصدر طبي في مستشفى كلار العام", "حسابات مؤيدة للتنظيم"],
          acled=CLASH, tpara=1),
        E(False, ["RETREAT"], [1], "ينكفئ المهاجمون", ["asserted", "reported"], mode="withdraw",
          source=ISIS_KH, location=JALAWLA_FRONT, date=D("2014-10-16")),
        # coalition strikes on Jalawla and the Saadiya road: one verb, one event (the commander is the only source)
        E(True, ["ASSAULT"], [2], "أربع غارات", ["reported", "asserted"], mode="aerial",
          source=COALITION, recipient=ISIS_GATHERINGS, location=JALAWLA_SAADIYA, date=D("2014-10-16"),
          attribution=["آمر قاطع في محور جلولاء"], acled=AIR),
        # the sit-in of the displaced from as-Saadiya (headline 0) and its demand; the banner's words, the
        # «recovery» of the sub-district and the displacement two months ago are no events
        E(True, ["PROTEST"], [0, 3], "اعتصم", ["asserted"], mode="demo",
          source=SAADIYA_IDPS, location=KHANAQIN, date=D("2014-10-16"), acled=PEACEFUL, tpara=3),
        E(True, ["REQUEST"], [3], "وطالبوا", ["asserted"],
          source=SAADIYA_IDPS, recipient=FED_KRG, location=KHANAQIN, date=D("2014-10-16")),
        # the district commissioner receives seven protesters (host as source) and promises kerosene and a list to
        # Baghdad (AGREE); the kerosene itself is future (optional AID); the return on Sunday is conditional
        # (optional, hypothetical); «وانفضّ الاعتصام» is the protesters' own ending, no event
        E(True, ["CONSULT"], [4], "استقبل", ["asserted"], mode="visit",
          source=KH_QAIMMAQAM, recipient=SAADIYA_IDPS, location=KHANAQIN, date=D("2014-10-16")),
        E(True, ["AGREE"], [4], "ووعدهم", ["asserted", "reported"],
          source=KH_QAIMMAQAM, recipient=SAADIYA_IDPS, location=KHANAQIN, date=D("2014-10-16"),
          attribution=["أحد أعضاء وفد المعتصمين"]),
        E(False, ["AID"], [4], "بتوزيع حصة من النفط الأبيض", ["planned"], mode="humanitarian",
          source=KH_QAIMMAQAM, recipient=SAADIYA_IDPS, location=KHANAQIN,
          date=D("2014-10-24", "week", ("2014-10-16", "2014-10-31"))),
        E(False, ["PROTEST"], [4], "سيعودون", ["hypothetical", "planned"], mode="demo",
          source=SAADIYA_IDPS, location=KHANAQIN, date=D("2014-10-19")),
        # paragraph 5 is a figure: deliberately NO gold event
        # the Asayish arrests of two informants «ليل أمس» (the devices seized are part of it; «بقية أفراد الشبكة» is
        # a purpose) and, in the next sentence, the IED of four days ago recalled in a subordinate clause (core,
        # historical: a dated act with a toll; nobody named as perpetrator)
        E(True, ["COERCE"], [6], "ألقت القبض", ["asserted", "reported"], mode="arrest",
          source=KH_ASAYISH, recipient=KH_SUSPECTS, location=KHANAQIN,
          date=D("2014-10-15", "day", ("2014-10-15", "2014-10-16")), attribution=["مديرية أسايش خانقين"],
          acled=ARREST),
        E(True, ["ASSAULT"], [6], "انفجار عبوة ناسفة", ["historical", "asserted"], mode="explosives",
          recipient=KH_TAXI, location=KH_QARATAPA_ROAD, date=D("2014-10-12"), fatalities=1, acled=MINE),
        # the rumoured execution of four young men in as-Saadiya, unverified (not denied); its day is unknown
        E(True, ["ASSAULT"], [7], "إعدام", ["rumored", "reported"], mode="execute",
          source=ISIS_KH, recipient=SAADIYA_YOUTHS, location=SAADIYA,
          date=D("2014-10-15", "day", ("2014-10-13", "2014-10-16")),
          attribution=["صفحات على فيسبوك يديرها ناشطون من السعدية"], acled=ATTACK),
        # PMF reinforcements near as-Saadiya over two days (hearsay of a local official); the operation they seem to
        # prepare is optional (planned/hypothetical)
        E(True, ["MOBILIZE"], [9], "استقدمت", ["reported"], mode="troops",
          source=PMF, location=SAADIYA_HAMRIN, date=D("2014-10-15", "week", ("2014-10-14", "2014-10-16")),
          attribution=["مسؤول محلي في ناحية قره تبه"]),
        E(False, ["ASSAULT"], [9], "لعملية لاستعادة", ["planned", "hypothetical"], mode="firearms",
          source=PMF, location=SAADIYA, date=None),
        # the Peshmerga commander's warning to the PMF: a threat made (asserted); what it threatens is vague
        E(True, ["THREATEN"], [10], "حذّر", ["asserted"], mode="violence",
          source=PESHMERGA, recipient=PMF, date=D("2014-10-16")),
        # the Peshmerga ministry: blame of the federal government and a demand to the coalition; Baghdad's silence
        # is no event
        E(True, ["ACCUSE"], [11], "اتهمت", ["asserted", "reported"],
          source=PESH_MINISTRY, recipient=IQ_FED_GOV, date=STATEMENT_DAY,
          attribution=["بيان وزارة شؤون البيشمركة"]),
        E(True, ["REQUEST"], [11], "وطالبت", ["asserted", "reported"],
          source=PESH_MINISTRY, recipient=COALITION, date=STATEMENT_DAY,
          attribution=["بيان وزارة شؤون البيشمركة"]),
        # UNICEF's winter clothes «مطلع الأسبوع المقبل» (planned)
        E(True, ["AID"], [12], "توزيع ملابس شتوية", ["planned", "reported"], mode="humanitarian",
          source=UNICEF, recipient=KH_CHILDREN, location=KHANAQIN_KALAR,
          date=D("2014-10-19", "week", ("2014-10-18", "2014-10-23")),
          attribution=["مدير دائرة الهجرة في إدارة كرميان"]),
        # paragraph 13 is a generic description: deliberately NO gold event
        # «يُذكر أن»: the ISIS takeover of Jalawla and as-Saadiya last August (optional, historical)
        E(False, ["ASSAULT", "COERCE"], [14], "سيطروا", ["historical"], mode="seize",
          source=ISIS_KH, recipient=PESHMERGA, location=JALAWLA_SAADIYA,
          date=D("2014-08-15", "month", ("2014-08-01", "2014-08-31"))),
    ],
)
