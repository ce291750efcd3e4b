"""Gold of article 658: the protesters on the bridges of al-Kut and their sit-in square, the night of deaths
at the old bridge, the governor's resignation, the tribal mediation and the funeral turned march (Wasit,
Iraq), an Erbil-based Iraqi Kurdish satellite channel's Arabic-language website, 2019-12-01 (Sun)."""
from actors_places import (
    BARRAGE_BRIDGE,
    BLOOD_DONORS,
    BRIDGE_SHOOTERS,
    BRIDGE_VICTIMS,
    HAY_DISTRICT,
    HAY_PROTESTERS,
    HOSPITAL_ADMIN,
    IQ_AUTHORITIES,
    IQ_FEDERAL_GOV,
    IQ_PM,
    IQ_RIOT_POLICE,
    IQ_SECURITY_UNIT,
    IRCS,
    KARAMA_HOSPITAL,
    KILLERS_658,
    KUT,
    KUT_ACTIVISTS,
    KUT_CITY,
    KUT_COORDINATION,
    KUT_HOSPITAL,
    KUT_MOURNERS,
    KUT_OFFICES,
    KUT_PROTESTERS,
    KUT_SHOOTERS,
    MEDIATION_PARTIES,
    OLD_BRIDGE,
    PARTY_GUNMEN,
    SHOP_OWNERS,
    SIT_IN_SQUARE,
    TRIBESMEN_658,
    WASIT,
    WASIT_COUNCIL,
    WASIT_GOVERNOR,
    WASIT_POLICE_CHIEF,
    WASIT_SHEIKHS,
)
from common import EXCESSIVE, PEACEFUL, RIOT, D, E, paras_of

SLUG = "wasit_2019_kut_barrage_bridge_al_hay"
TODAY = D("2019-12-01")
YESTERDAY = D("2019-11-30")
SINCE_YESTERDAY = D("2019-11-30", "day", ("2019-11-30", "2019-12-01"))
SATURDAY_NIGHT = D("2019-11-30", "day", ("2019-11-30", "2019-12-01"))
LATELY = D("2019-12-01", "day", ("2019-11-30", "2019-12-01"))
ARTICLE = dict(
    id="team132-658", slug=SLUG, published="2019-12-01",
    outlet="Afaq Kurdistan, an Erbil-based Iraqi Kurdish satellite channel's Arabic-language website "
           "(fictional)",
    paras=paras_of(f"658_{SLUG}.txt"),
    events=[
        # the lead, without a dateline (al-Kut in the first sentence): the protesters close the city's two
        # bridges and pitch tents in the sit-in square (core PROTEST) and the riot police fire tear gas and
        # live rounds at the barrage bridge, dozens hurt (core ASSAULT, Excessive force)
        E(True, ["PROTEST"], [1], "قطع", ["asserted"], mode="obstruct", source=KUT_PROTESTERS,
          location=KUT_CITY, date=SINCE_YESTERDAY, attribution=["مراسل «آفاق كردستان»"], acled=PEACEFUL),
        E(True, ["ASSAULT"], [1], "أطلقت", ["asserted"], mode="firearms", source=IQ_RIOT_POLICE,
          recipient=KUT_PROTESTERS, location=BARRAGE_BRIDGE, date=YESTERDAY, acled=EXCESSIVE),
        # paragraph 2 (al-Kut: a description) holds no event; the main event, in ¶3 after the lead: gunmen in
        # civilian clothes and security men fire on the protesters at the old bridge on Saturday night, 14
        # killed per the Wasit health directorate against 19 per the human rights commission (¶4, opened
        # with «أما») → 14; the headline names it too
        E(True, ["ASSAULT"], [0, 3, 4], "وقُتل", ["asserted", "reported"], mode="firearms",
          source=KUT_SHOOTERS,
          recipient=BRIDGE_VICTIMS, location=OLD_BRIDGE, date=SATURDAY_NIGHT, fatalities=14,
          attribution=["دائرة صحة واسط", "المفوضية العليا لحقوق الإنسان"], acled=EXCESSIVE, tpara=3),
        # ¶4: the ambulances kept away from the bridge are optional (COERCE)
        E(False, ["COERCE"], [4], "مُنعت", ["reported"], mode="restrict", location=OLD_BRIDGE,
          date=SATURDAY_NIGHT),
        # ¶5: eight activists taken from the sit-in tents at dawn (core COERCE, no ACLED label: held by an
        # unmarked unit, whereabouts unknown)
        E(True, ["COERCE"], [5], "واعتقلت", ["asserted", "reported"], mode="arrest", source=IQ_SECURITY_UNIT,
          recipient=KUT_ACTIVISTS, location=SIT_IN_SQUARE, date=TODAY, attribution=["زملائهم"]),
        # ¶6: the governor of Wasit announces his resignation (core CONCEDE, also in the headline)
        E(True, ["CONCEDE"], [0, 6], "استقالته", ["asserted"], source=WASIT_GOVERNOR, location=WASIT,
          date=TODAY, tpara=6),
        # ¶7: tribal sheikhs host the police chief and the protesters' delegates (core CONSULT); what they
        # agreed on is optional
        E(True, ["CONSULT"], [7], "اجتماعاً", ["asserted"], mode="third-party", source=WASIT_SHEIKHS,
          recipient=MEDIATION_PARTIES, location=WASIT, date=TODAY),
        E(False, ["AGREE"], [7], "واتفقوا", ["asserted"], source=WASIT_SHEIKHS, recipient=MEDIATION_PARTIES,
          location=WASIT, date=TODAY),
        # ¶8: the coordination committee blames «جهات حزبية مسلحة» (core ACCUSE); holding the federal
        # government responsible is optional
        E(True, ["ACCUSE"], [8], "واتهمت", ["asserted"], source=KUT_COORDINATION, recipient=PARTY_GUNMEN,
          date=LATELY),
        E(False, ["ACCUSE"], [8], "محمّلة", ["asserted"], source=KUT_COORDINATION, recipient=IQ_FEDERAL_GOV,
          date=LATELY),
        # ¶9: the funeral turned into an angry march (core PROTEST)
        E(True, ["PROTEST"], [9], "مسيرة غاضبة", ["asserted"], mode="demo", source=KUT_MOURNERS, location=KUT,
          date=TODAY, acled=PEACEFUL),
        # ¶10: the tribesmen's chant «لئن أفلت القتلة من العقاب» (core THREATEN)
        E(True, ["THREATEN"], [10], "وتوعدوا", ["asserted"], mode="violence", source=TRIBESMEN_658,
          recipient=KILLERS_658, location=KUT, date=TODAY),
        # background in «وكانت … قد», at another place: the sit-in in al-Hay broken up on 25 October, three
        # killed (core, historical, Excessive force); the party offices burnt afterwards are optional
        E(True, ["ASSAULT"], [11], "فضّت", ["historical", "asserted"], mode="firearms", source=IQ_RIOT_POLICE,
          location=HAY_DISTRICT, date=D("2019-10-25"), fatalities=3, acled=EXCESSIVE),
        E(False, ["PROTEST", "ASSAULT"], [11], "وأحرق", ["historical", "asserted"], mode="riot",
          source=HAY_PROTESTERS, location=HAY_DISTRICT, date=D("2019-10-25"), acled=RIOT),
        # ¶12: the provincial council's demand on the federal government (core REQUEST)
        E(True, ["REQUEST"], [12], "وطالب", ["asserted"], source=WASIT_COUNCIL, recipient=IQ_FEDERAL_GOV,
          location=WASIT, date=LATELY),
        # ¶13: none of the gunmen detained (core COERCE, negated)
        E(True, ["COERCE"], [13], "توقيف", ["negated"], mode="arrest", source=IQ_AUTHORITIES,
          recipient=BRIDGE_SHOOTERS, location=OLD_BRIDGE, date=None),
        # ¶14: the police chief said to be dismissed and sent for investigation (core COERCE, rumored)
        E(True, ["COERCE"], [14], "إقالة", ["rumored"], source=IQ_PM, recipient=WASIT_POLICE_CHIEF,
          location=WASIT, date=None, attribution=["أوساط المحتجين"]),
        # paragraph 15 (a young man's words) holds no event; ¶16: a general strike «صباح غد الاثنين» for three
        # days (core PROTEST, planned); the call on the shop owners is optional
        E(True, ["PROTEST"], [16], "إضراب عام", ["planned"], mode="strike", source=KUT_COORDINATION,
          location=KUT_OFFICES, date=D("2019-12-02", "day", ("2019-12-02", "2019-12-04"))),
        E(False, ["REQUEST"], [16], "وطلبت", ["asserted"], source=KUT_COORDINATION, recipient=SHOP_OWNERS,
          date=TODAY),
        # ¶17: the Iraqi Red Crescent sends teams and blood bags to al-Karama hospital (core AID); the
        # hospital's appeal to donors is optional
        E(True, ["AID"], [17], "وأرسلت", ["asserted"], mode="humanitarian", source=IRCS,
          recipient=KARAMA_HOSPITAL, location=KUT_HOSPITAL, date=TODAY),
        E(False, ["REQUEST"], [17], "ناشدت", ["asserted"], source=HOSPITAL_ADMIN, recipient=BLOOD_DONORS,
          location=KUT_HOSPITAL, date=TODAY),
    ],
)
