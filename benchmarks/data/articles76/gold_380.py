"""Gold of article 380: Bir al-Abd, Sheikh Zuweid and al-Arish (North Sinai), an Egyptian private news portal,
2021-02-17 (Wed)."""
from actors_places import (
    ARISH,
    ARISH_CIVILIANS,
    ARISH_HOSPITAL,
    ARISH_RESIDENTS,
    ARISH_SOUTH,
    ATTACKERS,
    AZHAR,
    BIR_AL_ABD,
    BIR_AL_ABD_SUSPECTS,
    COOPERATING_TRIBESMEN,
    EG_AIR_FORCE,
    EG_FORCES_PRAISED,
    EG_PM,
    EG_POLICE,
    EG_RED_CRESCENT,
    EG_REINFORCEMENTS,
    IS_SINAI,
    JURA,
    JURA_GUNMEN,
    JURA_SHEPHERDS,
    MARTYRS_FAMILIES,
    MOURNERS,
    NEEDY_FAMILIES,
    NORTH_SINAI,
    NS_GOVERNOR,
    RETURNING_FAMILIES,
    SECURITY_OFFICIALS,
    SHARQIA_MONUFIA,
    SHEIKHS_AND_OFFICIALS,
    SZ_COUNCIL,
    SZ_DESERT,
    SZ_MILITANTS,
    SZ_VILLAGES,
    TRIBAL_SHEIKHS,
    TRIBES_AND_ARMY,
    TRIBES_UNION,
    TULUL,
    TULUL_FIGHT,
    WOUNDED_CONSCRIPTS,
)
from common import ABDUCTION, AIR, ARREST, CLASH, MINE, PEACEFUL, D, E, paras_of

SLUG = "bir_al_abd_2021_sheikh_zuweid_arish"
TODAY = D("2021-02-17")
YESTERDAY = D("2021-02-16")
SINCE_YESTERDAY = D("2021-02-17", "day", ("2021-02-16", "2021-02-17"))
ARTICLE = dict(
    id="team76-380", slug=SLUG, published="2021-02-17",
    outlet="Al-Rimal Egyptian private news portal (fictional)",
    paras=paras_of(f"380_{SLUG}.txt"),
    events=[
        # the main event, first told in the lead: the attack on a checkpoint east of Bir al-Abd «فجر اليوم»,
        # with an exchange of fire (a two-sided fight: both sides are sources, no recipient) (headline 0, lead
        # 1, the military spokesman's version 2, the funerals 3, a brother 4) → 3; the cordon after it
        # optional
        E(True, ["ASSAULT"], [0, 1, 2, 3, 4], "هجوم شنّته", ["asserted"], mode="firearms",
          source=TULUL_FIGHT, location=TULUL, date=TODAY, fatalities=3,
          attribution=["مصدر أمني", "المتحدث العسكري للقوات المسلحة"], acled=CLASH, tpara=1),
        E(False, ["COERCE"], [1], "وفرضت طوقاً أمنياً", ["asserted"], mode="restrict",
          source=EG_REINFORCEMENTS, location=TULUL, date=TODAY),
        # ¶2: the air strike south of Sheikh Zuweid, told only by the military spokesman (reported, 6;
        # headline 0)
        E(True, ["ASSAULT"], [0, 2], "استهدفت", ["reported"], mode="aerial",
          source=EG_AIR_FORCE, recipient=SZ_MILITANTS, location=SZ_DESERT, date=TODAY, fatalities=6,
          attribution=["المتحدث العسكري للقوات المسلحة"], acled=AIR, tpara=2),
        # ¶3: chants at the funerals (optional PROTEST); the funerals and a brother's words (¶4) belong to the
        # main event
        E(False, ["PROTEST"], [3], "هتافات", ["asserted"], mode="demo",
          source=MOURNERS, location=SHARQIA_MONUFIA, date=TODAY, acled=PEACEFUL),
        # ¶5: the governor visits the wounded (CONSULT visit) and orders aid to the families (optional AID)
        E(True, ["CONSULT"], [5], "وزار", ["asserted"], mode="visit",
          source=NS_GOVERNOR, recipient=WOUNDED_CONSCRIPTS, location=ARISH_HOSPITAL, date=TODAY),
        E(False, ["AID"], [5], "بصرف إعانات عاجلة", ["asserted", "planned"], mode="economic",
          source=NS_GOVERNOR, recipient=MARTYRS_FAMILIES, date=TODAY),
        # ¶6: the curfew extended for three months (COERCE curfew)
        E(True, ["COERCE"], [6], "بتمديد حظر التجوال", ["asserted"], mode="curfew",
          source=EG_PM, location=NORTH_SINAI, date=TODAY, attribution=["الجريدة الرسمية"]),
        # ¶7: raids and eleven arrests around Bir al-Abd (COERCE); a conditional release optional
        E(True, ["COERCE"], [7], "توقيف", ["asserted"], mode="arrest",
          source=EG_POLICE, recipient=BIR_AL_ABD_SUSPECTS, location=BIR_AL_ABD, date=SINCE_YESTERDAY,
          attribution=["مصدر أمني آخر"], acled=ARREST),
        E(False, ["RETREAT"], [7], "يُخلى سبيله", ["hypothetical"], mode="release",
          source=EG_POLICE, recipient=BIR_AL_ABD_SUSPECTS, location=BIR_AL_ABD, date=None),
        # ¶8: the Union of Sinai Tribes sends fighters (MOBILIZE) and combs the desert with the army
        # (COOPERATE)
        E(True, ["MOBILIZE"], [8], "ودفع", ["asserted"], mode="troops",
          source=TRIBES_UNION, location=BIR_AL_ABD, date=TODAY, attribution=["بيان اتحاد قبائل سيناء"]),
        E(True, ["COOPERATE"], [8], "عمليات تمشيط مشتركة", ["asserted"],
          source=TRIBES_AND_ARMY, location=BIR_AL_ABD, date=TODAY, attribution=["بيان اتحاد قبائل سيناء"]),
        # ¶9: the Sinai Province's threat to the tribesmen (THREATEN; the killing optional, hypothetical); it
        # does not claim the attack, which negates nothing
        E(True, ["THREATEN"], [9], "وتوعّد", ["asserted", "reported"], mode="violence",
          source=IS_SINAI, recipient=COOPERATING_TRIBESMEN, date=SINCE_YESTERDAY,
          attribution=["حسابات موالية له على تطبيق «تليغرام»"]),
        E(False, ["ASSAULT"], [9], "بالقتل", ["hypothetical"], mode="firearms",
          source=IS_SINAI, recipient=COOPERATING_TRIBESMEN, date=None),
        # paragraph 10 (Bir al-Abd: description) holds no event
        # ¶11: al-Azhar condemns the attack (ACCUSE); its praise of the army optional SUPPORT
        E(True, ["ACCUSE"], [11], "ودان", ["asserted"],
          source=AZHAR, recipient=ATTACKERS, date=TODAY),
        E(False, ["SUPPORT"], [11], "ومشيداً", ["asserted"],
          source=AZHAR, recipient=EG_FORCES_PRAISED, date=TODAY),
        # ¶12: two shepherds said to be abducted near al-Jura «مساء أمس», rumoured, unconfirmed
        E(True, ["ASSAULT"], [12], "اختطاف", ["rumored", "reported"], mode="abduct",
          source=JURA_GUNMEN, recipient=JURA_SHEPHERDS, location=JURA, date=YESTERDAY,
          attribution=["صفحات محلية على «فيسبوك»"], acled=ABDUCTION),
        # ¶13: two hundred families to return «يوم الأحد المقبل» (planned RETREAT return); the grant optional
        E(True, ["RETREAT"], [13], "أن تعود", ["planned"], mode="return",
          source=RETURNING_FAMILIES, location=SZ_VILLAGES, date=D("2021-02-21"),
          attribution=["مجلس مدينة الشيخ زويد"]),
        E(False, ["AID"], [13], "منحة مالية", ["planned"], mode="economic",
          source=SZ_COUNCIL, recipient=RETURNING_FAMILIES, location=SZ_VILLAGES, date=D("2021-02-21")),
        # ¶14: the sheikhs and the security officials reached no agreement (core AGREE, negated); their
        # meeting «أمس» and the sheikhs' demand optional
        E(True, ["AGREE"], [14], "ولم تتوصل", ["negated"],
          source=SHEIKHS_AND_OFFICIALS, location=ARISH, date=YESTERDAY),
        E(False, ["CONSULT"], [14], "اجتمعت", ["asserted"],
          source=TRIBAL_SHEIKHS, recipient=SECURITY_OFFICIALS, location=ARISH, date=YESTERDAY),
        E(False, ["REQUEST"], [14], "طالب المشايخ", ["asserted"],
          source=TRIBAL_SHEIKHS, recipient=SECURITY_OFFICIALS, location=ARISH, date=YESTERDAY),
        # ¶15: a Red Crescent convoy reaches Bir al-Abd (AID)
        E(True, ["AID"], [15], "قافلة مساعدات", ["asserted"], mode="humanitarian",
          source=EG_RED_CRESCENT, recipient=NEEDY_FAMILIES, location=BIR_AL_ABD, date=TODAY),
        # paragraph 16 (fewer attacks, small cells: analysis) holds no event
        # background at another place: three civilians killed by an IED south of al-Arish on 28 January; the
        # residents' demand after it optional, historical
        E(True, ["ASSAULT"], [17], "بانفجار عبوة ناسفة", ["historical", "asserted"], mode="explosives",
          recipient=ARISH_CIVILIANS, location=ARISH_SOUTH, date=D("2021-01-28"), fatalities=3, acled=MINE),
        E(False, ["REQUEST"], [17], "المطالبة", ["historical"],
          source=ARISH_RESIDENTS, location=ARISH_SOUTH, date=D("2021-01-28", "month",
                                                                  ("2021-01-28", "2021-02-17"))),
    ],
)
