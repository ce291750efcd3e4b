"""Gold of article 613: camps in Sumel opened to Yazidi families fleeing the Sinjar district, army armour sent
to Sinuni, the clash between the army and the Sinjar Resistance Units in Sinuni's market (main event, told in
¶3 after the camps and the armour; four dead per the hospital against seven per the self-administration → 4),
the joint command's version, the Yazidi council's blame and demand, the units' threat in their own
video, their
withdrawal rumoured and denied, the coordination committee's session not held, a crossing point opened in
coordination with the army, a drone strike near Khanasor on 17 April 2022, a defence delegation due on Sunday,
the burial, the regional government's rejection of a proposal and the curfew lifted (Nineveh, Iraq), a
Duhok-based Kurdish party-affiliated daily's website, 2022-05-26 (Thu). Dateline «دهوك» (the capital of the
neighbouring governorate, where the displaced arrive)."""
from actors_places import (
    BOTH_SIDES,
    COORDINATION_COMMITTEE,
    DUHOK_DISPLACEMENT,
    FEDERAL_MPS,
    IRAQI_ARMY,
    IRAQI_GOV,
    JOINT_OPERATIONS,
    KHANASOR,
    KHANASOR_VICTIMS,
    KRG,
    MOD_DELEGATION,
    PESHMERGA_ARMY,
    SINJAR,
    SINJAR_DEAL_SIDES,
    SINUNI,
    SINUNI_DIRECTORATE,
    SINUNI_DUHOK_ROAD,
    SINUNI_MARKET,
    SINUNI_RESIDENTS,
    SINUNI_SIDES,
    SUMEL,
    YAZIDI_COUNCIL,
    YAZIDI_FAMILIES,
    YBS,
)
from common import AGREEMENT, AIR, CLASH, D, E, paras_of

SLUG = "sinjar_2022_sinuni_khanasor"
YESTERDAY = D("2022-05-25")
TODAY = D("2022-05-26")
STATED = D("2022-05-26", "day", ("2022-05-25", "2022-05-26"))
ARTICLE = dict(
    id="team123-613", slug=SLUG, published="2022-05-26",
    outlet="Brisk, a Duhok-based Kurdish party-affiliated daily's website (fictional)",
    paras=paras_of(f"613_{SLUG}.txt"),
    events=[
        # ¶1 (dateline «دهوك», the neighbouring governorate's capital): the camps opened to the displaced (AID
        # asylum; the headline names it); the tents handed out optional
        E(True, ["AID"], [0, 1], "فتحت", ["asserted"], mode="asylum",
          source=DUHOK_DISPLACEMENT, recipient=YAZIDI_FAMILIES, location=SUMEL, date=YESTERDAY,
          attribution=["بيان"], tpara=1),
        E(False, ["AID"], [1], "ووزعت", ["asserted"], mode="humanitarian", source=DUHOK_DISPLACEMENT,
          date=YESTERDAY),
        # ¶2 (verb first): the army's armour to Sinuni; the new checkpoints optional
        E(True, ["MOBILIZE"], [2], "ودفع", ["asserted"], mode="troops",
          source=IRAQI_ARMY, location=SINUNI, date=D("2022-05-25", "day", ("2022-05-25", "2022-05-26")),
          attribution=["مراسل «بريسك»"]),
        E(False, ["COERCE"], [2], "وأقام نقاط تفتيش", ["asserted"], mode="restrict", source=IRAQI_ARMY,
          date=YESTERDAY),
        # MAIN EVENT, told in ¶3 after the camps and the armour («وجاء وصول الرتل بعد» refers back to ¶2): the
        # clash in the market («بين … و…»); the self-administration's seven ¶4, the joint command's
        # version ¶5,
        # the burial ¶15 → 4; its accusation in ¶4 optional
        E(True, ["ASSAULT"], [0, 3, 4, 5, 15], "مواجهات", ["asserted"], mode="firearms",
          source=SINUNI_SIDES, location=SINUNI_MARKET, date=YESTERDAY, fatalities=4,
          attribution=["مصدر طبي في مستشفى شنكال العام", "مسؤول في «الإدارة الذاتية لشنكال»"],
          acled=CLASH, tpara=3),
        E(False, ["ACCUSE"], [4], "متهماً", ["asserted"], source=YBS, recipient=IRAQI_ARMY, date=STATED),
        # ¶6 (verb first): the council's blame and demand, joined with «و»; the 2020 agreement optional,
        # historical
        E(True, ["ACCUSE"], [6], "واتهم", ["asserted"],
          source=YAZIDI_COUNCIL, recipient=BOTH_SIDES, date=YESTERDAY, attribution=["بيان"]),
        E(True, ["REQUEST"], [6], "وطالب", ["asserted"], source=YAZIDI_COUNCIL, recipient=IRAQI_GOV,
          date=YESTERDAY),
        E(False, ["AGREE"], [6], "الموقّع", ["historical", "asserted"], source=SINJAR_DEAL_SIDES,
          recipient=SINJAR_DEAL_SIDES, date=D("2020-10-09", "month", ("2020-10-01", "2020-10-31")),
          acled=AGREEMENT),
        # ¶7: the units' threat in their own video (asserted); the answer optional, hypothetical; the call
        # to the residents optional
        E(True, ["THREATEN"], [7], "وتوعّدت", ["asserted"], mode="violence",
          source=YBS, recipient=IRAQI_ARMY, date=STATED),
        E(False, ["ASSAULT"], [7], "الرد بقوة", ["hypothetical"], source=YBS, date=None),
        E(False, ["REQUEST"], [7], "ودعت", ["asserted"], source=YBS, recipient=SINUNI_RESIDENTS, date=STATED),
        # ¶8 (the district, its mountain, its camps) holds no event. ¶9: the units' withdrawal told
        # by Facebook
        # pages and denied (rumoured, undated)
        E(True, ["RETREAT"], [9], "انسحاب", ["rumored", "negated"], mode="withdraw",
          source=YBS, location=SINUNI_DIRECTORATE, date=None, attribution=["صفحات إيزيدية على «فيسبوك»"]),
        # ¶10: the coordination committee's session not held (CONSULT, negated)
        E(True, ["CONSULT"], [10], "ولم تُعقد", ["negated"],
          source=COORDINATION_COMMITTEE, recipient=COORDINATION_COMMITTEE, date=TODAY),
        # ¶11 (the adverbial first): a crossing point opened in coordination with the army (COOPERATE)
        E(True, ["COOPERATE"], [11], "وبالتنسيق", ["asserted"],
          source=PESHMERGA_ARMY, recipient=PESHMERGA_ARMY, location=SINUNI_DUHOK_ROAD, date=TODAY),
        # ¶12, «وكانت … قد» at another place: a drone strike near Khanasor on 17 April (core,
        # historical; nobody
        # claimed it); the strikes counted since January optional, generic
        E(True, ["ASSAULT"], [12], "استهدفت", ["historical", "asserted"], mode="aerial",
          recipient=KHANASOR_VICTIMS, location=KHANASOR, date=D("2022-04-17"), fatalities=2, acled=AIR),
        E(False, ["ASSAULT"], [12], "ضربات مماثلة", ["generic"], date=None),
        # ¶13 (the shortest): a defence delegation «يوم الأحد المقبل» (planned CONSULT visit)
        E(True, ["CONSULT"], [13], "يصل", ["planned"], mode="visit",
          source=MOD_DELEGATION, location=SINJAR, date=D("2022-05-29")),
        # ¶14 (a displaced mother) holds no event; ¶15 is the burial of the main event. ¶16: the regional
        # government rejects a proposal (REJECT); the proposal optional
        E(True, ["REJECT"], [16], "ورفضت", ["asserted"], source=KRG, recipient=FEDERAL_MPS, date=TODAY),
        E(False, ["AGREE"], [16], "مقترحاً", ["asserted"], source=FEDERAL_MPS, date=None),
        # ¶17: the curfew lifted (CONCEDE); its imposition yesterday optional
        E(True, ["CONCEDE"], [17], "رفع حظر التجوال", ["asserted"],
          source=JOINT_OPERATIONS, location=SINUNI, date=TODAY),
        E(False, ["COERCE"], [17], "فرضته", ["asserted", "historical"], mode="curfew",
          source=JOINT_OPERATIONS,
          date=YESTERDAY),
    ],
)
