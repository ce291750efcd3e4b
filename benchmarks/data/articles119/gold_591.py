"""Gold of article 591: the Turkish-backed factions stop a water directorate team at the Alouk station,
mortar shells kill three civilians at a water tanker near Umm al-Kaif north of Tell Tamr (main event, told
in ¶2 after the team is turned back; three per the Kurdish Red Crescent, one number), a villager's account,
the factions' version, the Autonomous Administration's accusation and demand, a commander's threat to the
tankers (reported), a Russian-Turkish deal rumoured and unconfirmed, UNICEF's tanks and water, the road to
the feeder substation not opened, a meeting with Russian officers due on Thursday, a sit-in at the UN
office, the burial, ten wells dug jointly, the pumping stopped a dozen times since October, and a Turkish
drone strike on a car on the road between al-Darbasiyah and Abu Rasin on 2 August 2020 (al-Hasakah, Syria),
a Qamishli-based Kurdish local news agency's website, 2020-08-18 (Tue). No dateline: the lead names
al-Hasakah in its first sentence."""
from actors_places import (
    AANES,
    AANES_RUSSIANS,
    ALOUK,
    ALOUK_FEEDER,
    DARBASIYAH_ROAD,
    HASAKAH_CITY,
    HASAKAH_PROTESTERS,
    HASAKAH_UN_OFFICE,
    KRC_MUNICIPALITY,
    POWER_CREWS,
    POWER_STAFF,
    QAMISHLI_AIRPORT,
    RUSSIA,
    RUSSIA_TURKEY,
    SDF,
    SHELTERS,
    SNA,
    SNA_COMMANDER,
    TANKER_VICTIMS,
    TANKERS_SDF,
    TR_DRONE,
    TURKEY_FACTIONS,
    UMM_KAIF,
    UNICEF,
    WATER_TEAM,
)
from common import AIR, PEACEFUL, SHELL, D, E, paras_of

SLUG = "hasakah_2020_alouk_tell_tamr"
YESTERDAY = D("2020-08-17")
TODAY = D("2020-08-18")
# a statement or an act without a time of day: the day of publication, or the day before
STATED = D("2020-08-18", "day", ("2020-08-17", "2020-08-18"))
ARTICLE = dict(
    id="team119-591", slug=SLUG, published="2020-08-18",
    outlet="Baydar, a Qamishli-based Kurdish local news agency's website (fictional)",
    paras=paras_of(f"591_{SLUG}.txt"),
    events=[
        # ¶1 (no dateline; al-Hasakah in the first sentence): the factions stop the water directorate's team
        # from entering the Alouk station (COERCE); holding its members three hours is optional; the repair
        # the team came for is a purpose clause, no event
        E(True, ["COERCE"], [1], "منعت", ["asserted"], mode="restrict",
          source=SNA, recipient=WATER_TEAM, location=ALOUK, date=YESTERDAY,
          attribution=["مراسل «بيدر»"]),
        E(False, ["COERCE"], [1], "احتجازهم", ["asserted"], mode="arrest", source=SNA, date=YESTERDAY),
        # MAIN EVENT, told in ¶2 after the team is turned back («وبعد ساعات من إعادة الفريق» is a
        # back-reference; the hour told after the act in a clause of its own): mortar shells on the water
        # tanker; the villager ¶3, the factions' version ¶4, the burial ¶13 → 3
        E(True, ["ASSAULT"], [0, 2, 3, 4, 13], "قذائف هاون", ["asserted"], mode="heavy-weapons",
          source=SNA, recipient=TANKER_VICTIMS, location=UMM_KAIF, date=YESTERDAY, fatalities=3,
          attribution=["«الهلال الأحمر الكردي»", "«الجيش الوطني السوري»"], acled=SHELL, tpara=2),
        # ¶4: the factions' counter-accusation against the SDF is optional
        E(False, ["ACCUSE"], [4], "متهماً", ["asserted"], source=SNA, recipient=SDF, date=STATED),
        # ¶5 (subject, a long parenthesis, verb): the accusation and the demand, two verbs joined with «و»;
        # the understandings of last October the demand recalls are optional and historical
        E(True, ["ACCUSE"], [5], "اتهمت", ["asserted"],
          source=AANES, recipient=TURKEY_FACTIONS, date=STATED, attribution=["بيان"]),
        E(True, ["REQUEST"], [5], "وطالبت", ["asserted"],
          source=AANES, recipient=RUSSIA, date=STATED),
        E(False, ["AGREE"], [5], "تفاهمات", ["historical"],
          date=D("2019-10-22", "month", ("2019-10-01", "2019-10-31"))),
        # ¶6: a commander's threat in a voice recording passed on by activists (reported first); the attack
        # on tankers it threatens is optional and hypothetical, the SDF shelling of its condition optional
        E(True, ["THREATEN"], [6], "وهدّد", ["reported", "asserted"], mode="violence",
          source=SNA_COMMANDER, recipient=TANKERS_SDF, date=STATED,
          attribution=["تسجيل صوتي تناقله ناشطون"]),
        E(False, ["ASSAULT"], [6], "بـ«استهداف", ["hypothetical"], source=SNA_COMMANDER, date=None),
        E(False, ["ASSAULT"], [6], "قصف القرى", ["generic", "reported"], date=None),
        # ¶7: UNICEF hands out water tanks to the shelters («بالتعاون مع»: the joint work and the water
        # carried by tanker are optional)
        E(True, ["AID"], [7], "ووزّعت", ["asserted"], mode="humanitarian",
          source=UNICEF, recipient=SHELTERS, location=HASAKAH_CITY, date=STATED,
          attribution=["موظف في المنظمة"]),
        E(False, ["COOPERATE"], [7], "بالتعاون", ["asserted"], source=UNICEF, date=STATED),
        E(False, ["AID"], [7], "وبدأت نقل", ["asserted"], source=UNICEF, date=STATED),
        # ¶8: a Russian-Turkish deal told by local pages, not confirmed by the directorate (rumoured,
        # undated)
        E(True, ["AGREE"], [8], "اتفاق", ["rumored"],
          source=RUSSIA_TURKEY, recipient=RUSSIA_TURKEY, location=ALOUK, date=None,
          attribution=["صفحات محلية على «فيسبوك»"]),
        # ¶9 (the station, the wells and the price of water) holds no event. ¶10: the road to the feeder
        # substation not opened (RETREAT access, negated); the pledge passed on by Russian mediators is
        # optional and historical
        E(True, ["RETREAT"], [10], "ولم تفتح", ["negated"], mode="access",
          source=SNA, recipient=POWER_CREWS, location=ALOUK_FEEDER, date=TODAY,
          attribution=["مهندس في المديرية"]),
        E(False, ["AGREE"], [10], "تعهد", ["historical"], source=SNA,
          date=D("2020-08-11", "week", ("2020-08-09", "2020-08-15"))),
        # ¶11: a meeting with Russian officers «يوم الخميس المقبل» (planned CONSULT; a purpose clause)
        E(True, ["CONSULT"], [11], "يلتقي", ["planned"],
          source=AANES_RUSSIANS, recipient=AANES_RUSSIANS, location=QAMISHLI_AIRPORT, date=D("2020-08-20")),
        # ¶12: a sit-in at the UN office (PROTEST); the letter's demand is optional
        E(True, ["PROTEST"], [12], "واعتصم", ["asserted"], mode="demo",
          source=HASAKAH_PROTESTERS, location=HASAKAH_UN_OFFICE, date=TODAY, acled=PEACEFUL),
        E(False, ["REQUEST"], [12], "تطالب", ["asserted"], source=HASAKAH_PROTESTERS, date=TODAY),
        # ¶13: the burial belongs to the main event; the mother's death and the drone are no events.
        # ¶14: the Kurdish Red Crescent and the municipality dig wells together (COOPERATE; «مع»; a purpose
        # clause); the water to be handed out is optional and planned
        E(True, ["COOPERATE"], [14], "عمل مشترك", ["asserted"],
          source=KRC_MUNICIPALITY, recipient=KRC_MUNICIPALITY, location=HASAKAH_CITY, date=TODAY,
          attribution=["مسؤول في البلدية"]),
        E(False, ["AID"], [14], "وستوزَّع", ["planned"], source=KRC_MUNICIPALITY, date=None),
        # ¶15 (the heat and the children's chores) holds no event. ¶16: the pumping stopped more than twelve
        # times since October, an aggregate (optional, generic)
        E(False, ["COERCE"], [16], "أوقفت", ["generic"], date=None),
        # ¶17, «وكانت … قد» at another place: a Turkish drone strike on a car of the electricity directorate
        # on 2 August (core, historical); the silence of the Turkish side negates nothing
        E(True, ["ASSAULT"], [17], "استهدفت", ["historical", "asserted"], mode="aerial",
          source=TR_DRONE, recipient=POWER_STAFF, location=DARBASIYAH_ROAD, date=D("2020-08-02"), acled=AIR),
    ],
)
