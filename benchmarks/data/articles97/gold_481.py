"""Gold of article 481: a Military Security raid on drug depots around Tal Shihab, gunmen of a smuggling gang
who shot two young men suspected of guiding the patrol (main event, told in ¶2 after the raid; one toll), a
witness and the official agency's version, a Jordanian border clash with smugglers, the Central Committee's
accusation and demand, a protest against the smugglers, a meeting with Russian officers due on Saturday, a
gang member's threat, a rumoured arrest denied, farm owners not arrested, the funeral, a Jordanian court's
sentences, Jordan's yearly tally, and an attack on a checkpoint at Tafas on 7 February 2022 (western Daraa
countryside, Syria), a Daraa citizen journalists' network website, 2022-03-16 (Wed). No dateline: the lead
names Tal Shihab in its first sentence."""
from actors_places import (
    CC_RUSSIA,
    CENTRAL_COMMITTEE,
    DARAA_CITY,
    DARAA_GOV,
    FARM_OWNERS,
    GANG_MEMBER,
    JAF,
    JO_AUTHORITIES,
    JO_BORDER,
    JO_CLASH,
    JO_CONVICTS,
    JO_COURT,
    JO_SMUGGLERS,
    JO_SY_BORDER,
    JORDAN,
    MIL_SEC,
    MUZAYRIB,
    RUSSIA,
    SECURITY_BODIES,
    SMUGGLING_SUSPECT,
    TAFAS,
    TAFAS_GROUP,
    TAFAS_GUNMEN,
    TAL_SHIHAB,
    TS_ACTIVISTS,
    TS_GUNMEN,
    TS_INFORMANTS,
    TS_LOCAL_GROUPS,
    TS_PROTESTERS,
    TS_VICTIMS,
    TS_ZAYZUN_ROAD,
)
from common import AGREEMENT, ATTACK, CLASH, OTHER, PEACEFUL, D, E, paras_of

SLUG = "tal_shihab_2022_tafas_muzayrib"
YESTERDAY = D("2022-03-15")
TODAY = D("2022-03-16")
# a statement or an act of the day whose hour the text does not give: today, or the evening before
TODAY_OR_EVE = D("2022-03-16", "day", ("2022-03-15", "2022-03-16"))
ARTICLE = dict(
    id="team97-481", slug=SLUG, published="2022-03-16",
    outlet="Sindiyanat Hawran, a Daraa citizen journalists' network website (fictional)",
    paras=paras_of(f"481_{SLUG}.txt"),
    events=[
        # ¶1 (no dateline; Tal Shihab in the first sentence): the dawn raid on three farms and the seizure of
        # the drugs (one COERCE event; the headline names the campaign)
        E(True, ["COERCE"], [0, 1], "داهمت", ["asserted"], mode="confiscate",
          source=MIL_SEC, location=TAL_SHIHAB, date=YESTERDAY,
          attribution=["مراسل «سنديانة حوران»"], acled=OTHER, tpara=1),
        # MAIN EVENT, told in ¶2 after the raid (a purpose clause of revenge opens it; the hour comes after
        # the act in a clause of its own): gunmen shoot two young men on the farm road; a witness ¶3, the
        # official agency's version ¶4 and the funeral ¶13 retell it; the headline names it. One toll: 2
        E(True, ["ASSAULT"], [0, 2, 3, 4, 13], "أطلق", ["asserted"], mode="firearms",
          source=TS_GUNMEN, recipient=TS_VICTIMS, location=TS_ZAYZUN_ROAD, date=YESTERDAY, fatalities=2,
          attribution=["أحد أقارب القتيلين", "شاهد كان يعمل في حقل مجاور", "«سانا»"],
          acled=ATTACK, tpara=2),
        # ¶4: the activists' accusation after the agency's version (optional)
        E(False, ["ACCUSE"], [4], "اتهم", ["asserted"],
          source=TS_ACTIVISTS, recipient=TS_LOCAL_GROUPS, date=TODAY_OR_EVE),
        # ¶5: the Jordanian border guards' clash with smugglers, announced by the army (two-sided: both
        # sources); the seizure that followed is optional
        E(True, ["ASSAULT"], [5], "اشتبكت", ["asserted", "reported"], mode="firearms",
          source=JO_CLASH, location=JO_BORDER, date=D("2022-03-15", "day", ("2022-03-14", "2022-03-15")),
          fatalities=1, attribution=["القوات المسلحة الأردنية"], acled=CLASH),
        E(False, ["COERCE"], [5], "وضبطت", ["asserted"], mode="confiscate",
          source=JAF, recipient=JO_SMUGGLERS, location=JO_BORDER,
          date=D("2022-03-15", "day", ("2022-03-14", "2022-03-15"))),
        # ¶6: the Central Committee's accusation and its demand to the Russian side («قتل الشابين» is a
        # back-reference); the 2018 settlement recalled in a relative clause (optional, historical)
        E(True, ["ACCUSE"], [6], "واتهمت", ["asserted"],
          source=CENTRAL_COMMITTEE, recipient=SECURITY_BODIES, date=YESTERDAY,
          attribution=["بيان صدر مساء أمس"]),
        E(True, ["REQUEST"], [6], "وطالبت", ["asserted"],
          source=CENTRAL_COMMITTEE, recipient=RUSSIA, date=YESTERDAY),
        E(False, ["AGREE"], [6], "لاتفاق التسوية", ["historical"],
          source=RUSSIA, location=DARAA_GOV, date=D("2018-07-15", "month", ("2018-06-01", "2018-08-31")),
          acled=AGREEMENT),
        # ¶7: the protest against the smugglers (its demand optional)
        E(True, ["PROTEST"], [7], "تظاهرة", ["asserted"], mode="demo",
          source=TS_PROTESTERS, location=TAL_SHIHAB, date=TODAY, acled=PEACEFUL),
        E(False, ["REQUEST"], [7], "وطالبوا", ["asserted"],
          source=TS_PROTESTERS, location=TAL_SHIHAB, date=TODAY),
        # ¶8: the meeting with Russian officers due on Saturday (planned); the joint patrols it may discuss
        # are optional
        E(True, ["CONSULT"], [8], "يلتقي", ["planned"],
          source=CC_RUSSIA, recipient=CC_RUSSIA, location=MUZAYRIB, date=D("2022-03-19"),
          attribution=["عضو في اللجنة"]),
        E(False, ["COOPERATE"], [8], "دوريات مشتركة", ["hypothetical", "planned"],
          source=CC_RUSSIA, recipient=CC_RUSSIA, location=MUZAYRIB, date=None),
        # ¶9 (Tal Shihab described) holds no event. ¶10: the gang member's threat in a recording the outlet
        # could not verify; the burning of houses is conditional (optional, hypothetical)
        E(True, ["THREATEN"], [10], "يتوعد", ["asserted", "reported"], mode="violence",
          source=GANG_MEMBER, recipient=TS_INFORMANTS, location=TAL_SHIHAB, date=TODAY_OR_EVE),
        E(False, ["ASSAULT"], [10], "بإحراق", ["hypothetical"], mode="destroy",
          source=GANG_MEMBER, location=TAL_SHIHAB, date=None),
        # ¶11: an arrest told by local accounts and denied (rumoured)
        E(True, ["COERCE"], [11], "توقيف", ["rumored", "negated"], mode="arrest",
          source=MIL_SEC, recipient=SMUGGLING_SUSPECT, location=DARAA_CITY, date=None,
          attribution=["حسابات محلية على «فيسبوك»"]),
        # ¶12: no farm owner arrested (negated COERCE)
        E(True, ["COERCE"], [12], "تعتقل", ["negated"], mode="arrest",
          source=MIL_SEC, recipient=FARM_OWNERS, location=TAL_SHIHAB, date=YESTERDAY),
        # ¶13: the funeral belongs to the main event. ¶14 (analysis) holds no event. ¶15: the Jordanian
        # court's sentences (SANCTION, convict)
        E(True, ["SANCTION"], [15], "أحكاماً بالسجن", ["asserted"], mode="convict",
          source=JO_COURT, recipient=JO_CONVICTS, location=JORDAN, date=YESTERDAY,
          attribution=["وسائل إعلام أردنية"]),
        # ¶16: the year's tally of foiled smuggling attempts, an aggregate (optional, generic)
        E(False, ["COERCE"], [16], "أحبطت", ["generic"], mode="confiscate",
          source=JO_AUTHORITIES, location=JO_SY_BORDER, date=None),
        # ¶17, «وكان … قد» at another place: the attack on a checkpoint at Tafas on 7 February (core,
        # historical; one dead); the seizure it avenged is optional
        E(True, ["ASSAULT"], [17], "هاجموا", ["historical", "asserted"], mode="firearms",
          source=TAFAS_GUNMEN, recipient=TAFAS_GROUP, location=TAFAS, date=D("2022-02-07"), fatalities=1,
          acled=CLASH),
        E(False, ["COERCE"], [17], "مصادرة", ["historical"], mode="confiscate",
          source=TAFAS_GROUP, location=TAFAS, date=None),
    ],
)
