"""Gold of article 475: drivers' sit-in at al-Dhale for the road to Damt and their demand, a Houthi shell on a
minibus on the Murais side road (main event, told in ¶2 after the sit-in; one toll), the driver's account and
the Houthi channel's version, the local authority's blame and demand, the mediators' meeting at Damt and the
road deal, the opening due on Monday, a proposal for joint checkpoints rejected, a rumoured seizure of a gas
driver, a conditional threat, an exchange of bodies at al-Fakhir, the funeral, the Sanah crossing not opened,
IOM shelter kits, and a drone strike on the market of Qataba on 7 October 2024 (al-Dhale, Yemen), a southern
Yemeni satellite TV channel's news website, 2024-11-16 (Sat). No dateline: the lead names al-Dhale in its
first sentence."""
from actors_places import (
    BUS_PASSENGERS,
    DAMT,
    DAMT_CHECKPOINT,
    DHALE_AUTHORITY,
    DHALE_CITY,
    DHALE_DAMT_ROAD,
    DHALE_DISPLACED,
    DRIVERS,
    EXCHANGE_SIDES,
    FAKHIR,
    GAS_DRIVER,
    HOUTHI_DRONE,
    HOUTHI_PROPOSAL,
    HOUTHIS,
    IOM,
    MEDIATORS,
    MURAIS,
    QATABA,
    QATABA_MARKET,
    ROAD_SIDES,
    ROAD_TALKS,
    SAF,
    SAF_COMMANDER,
    SAF_SPOKESMAN,
    SANAH,
    UN_ENVOY,
)
from common import AGREEMENT, AIR, PEACEFUL, SHELL, D, E, paras_of

SLUG = "dhale_2024_murais_qataba"
YESTERDAY = D("2024-11-15")
TODAY = D("2024-11-16")
# a statement or an act of the day whose hour the text does not give: today, or the evening before
TODAY_OR_EVE = D("2024-11-16", "day", ("2024-11-15", "2024-11-16"))
ARTICLE = dict(
    id="team95-475", slug=SLUG, published="2024-11-16",
    outlet="Al-Sabah al-Janubiya, a southern Yemeni satellite TV channel's news website (fictional)",
    paras=paras_of(f"475_{SLUG}.txt"),
    events=[
        # ¶1 (no dateline; al-Dhale in the first sentence): the drivers' sit-in and their demand to open the
        # road to Damt
        E(True, ["PROTEST"], [1], "وقفة احتجاجية", ["asserted"], mode="demo",
          source=DRIVERS, location=DHALE_CITY, date=TODAY, acled=PEACEFUL),
        E(True, ["REQUEST"], [1], "مطالبين", ["asserted"],
          source=DRIVERS, location=DHALE_DAMT_ROAD, date=TODAY),
        # MAIN EVENT, told in ¶2 after the sit-in: a Houthi shell on a minibus on the Murais side road; the
        # driver ¶3, the Houthi channel's version ¶4 and the funeral ¶13 retell it; the headline names it.
        # One toll: 3
        E(True, ["ASSAULT"], [0, 2, 3, 4, 13], "قذيفة أطلقها", ["asserted"], mode="heavy-weapons",
          source=HOUTHIS, recipient=BUS_PASSENGERS, location=MURAIS, date=YESTERDAY, fatalities=3,
          attribution=["مصدر طبي في هيئة مستشفى النصر العام بالضالع", "سائق الحافلة", "قناة «المسيرة»"],
          acled=SHELL, tpara=2),
        # ¶4: the Houthi channel's counter-charge and its rejection by the families are optional
        E(False, ["ACCUSE"], [4], "زعمت", ["asserted"], source=HOUTHIS, recipient=SAF, date=TODAY_OR_EVE),
        E(False, ["REJECT"], [4], "رفضها", ["asserted"], source=DHALE_AUTHORITY, recipient=HOUTHIS,
          date=TODAY_OR_EVE),
        # ¶5: the local authority's blame and its demand to the UN envoy (and to rights groups)
        E(True, ["ACCUSE"], [5], "وحمّلت", ["asserted"],
          source=DHALE_AUTHORITY, recipient=HOUTHIS, date=TODAY_OR_EVE, attribution=["بيان"]),
        E(True, ["REQUEST"], [5], "وطالبت", ["asserted"],
          source=DHALE_AUTHORITY, recipient=UN_ENVOY, date=TODAY_OR_EVE),
        # ¶6: the mediators' meeting with the Houthis at Damt (CONSULT) and the deal to open the road (AGREE;
        # the headline names it)
        E(True, ["CONSULT"], [6], "لقاءً", ["asserted"], mode="third-party",
          source=ROAD_TALKS, recipient=ROAD_TALKS, location=DAMT, date=TODAY),
        E(True, ["AGREE"], [0, 6], "اتفاق", ["asserted"],
          source=ROAD_TALKS, recipient=ROAD_TALKS, location=DHALE_DAMT_ROAD, date=TODAY,
          attribution=["رئيس اللجنة"], acled=AGREEMENT, tpara=6),
        # ¶7: the road to be opened on Monday morning (planned RETREAT, access)
        E(True, ["RETREAT", "CONCEDE"], [7], "يُفتح", ["planned"], mode="access",
          source=ROAD_SIDES, recipient=ROAD_SIDES, location=DHALE_DAMT_ROAD, date=D("2024-11-18")),
        # ¶8: the southern commander rejects a Houthi proposal for joint checkpoints
        E(True, ["REJECT"], [8], "ورفض", ["asserted"],
          source=SAF_COMMANDER, recipient=HOUTHI_PROPOSAL, date=TODAY_OR_EVE),
        # ¶9 (the detour described) holds no event. ¶10: a gas driver held at a checkpoint, told by local
        # sites and not checked (rumoured); his family's appeal is optional
        E(True, ["ASSAULT", "COERCE"], [10], "احتجاز", ["rumored", "reported"], mode="abduct",
          source=HOUTHIS, recipient=GAS_DRIVER, location=DAMT_CHECKPOINT,
          date=D("2024-11-13", "day", ("2024-11-12", "2024-11-14")), attribution=["مواقع محلية"]),
        E(False, ["REQUEST"], [10], "ناشد", ["asserted"], recipient=MEDIATORS, date=TODAY_OR_EVE),
        # ¶11: a conditional threat (asserted); the strike it announces is hypothetical, the blame optional
        E(True, ["THREATEN"], [11], "وهدد", ["asserted"], mode="violence",
          source=SAF_SPOKESMAN, recipient=HOUTHIS, date=TODAY_OR_EVE),
        E(False, ["ASSAULT"], [11], "ردّ حاسم", ["hypothetical"], mode="heavy-weapons",
          source=SAF, location=MURAIS, date=None),
        E(False, ["ACCUSE"], [11], "ومحمّلاً", ["asserted"], source=SAF, recipient=HOUTHIS, date=TODAY_OR_EVE),
        # ¶12: an exchange of bodies carried out at al-Fakhir (COOPERATE)
        E(True, ["COOPERATE", "RETREAT"], [12], "عملية تبادل", ["asserted"],
          source=EXCHANGE_SIDES, recipient=EXCHANGE_SIDES, location=FAKHIR, date=TODAY),
        # ¶13: the funeral belongs to the main event (the mourners' demands are optional)
        E(False, ["REQUEST"], [13], "مطالبات", ["asserted"], location=QATABA, date=TODAY),
        # ¶14: the Sanah crossing not opened (RETREAT, negated); the pledge of last week is optional
        E(True, ["RETREAT"], [14], "تفتح", ["negated"], mode="access",
          source=HOUTHIS, location=SANAH, date=TODAY_OR_EVE, attribution=["السلطة المحلية"]),
        E(False, ["AGREE"], [14], "تعهدت", ["historical"], source=HOUTHIS, location=SANAH,
          date=D("2024-11-08", "week", ("2024-11-04", "2024-11-10"))),
        # ¶15 (the travellers' lot) holds no event. ¶16: IOM shelter kits for displaced families (AID)
        E(True, ["AID"], [16], "ووزّعت", ["asserted"], mode="humanitarian",
          source=IOM, recipient=DHALE_DISPLACED, location=DHALE_CITY, date=TODAY,
          attribution=["بيان للمنظمة"]),
        # ¶17, «وكان … قد» at another place: a drone strike on the market of Qataba on 7 October (core,
        # historical)
        E(True, ["ASSAULT"], [17], "استهدفت", ["historical", "asserted"], mode="aerial",
          source=HOUTHI_DRONE, recipient=QATABA_MARKET, location=QATABA, date=D("2024-10-07"), fatalities=1,
          acled=AIR),
    ],
)
