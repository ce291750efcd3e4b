"""Gold of article 662: the fighting between the Asayish and the National Defence Forces militia in the Tayy
quarter of Qamishli (main event, told in ¶2 after the Asayish's build-up; nine dead by the Asayish against
thirteen by the Syrian Observatory), the build-up round the quarter, a militia commander's threat in a voice
message, seventeen militiamen arrested, the governor's accusation, Kurdish Red Crescent meals, the Syrian
Democratic Council's endorsement, the army at the airport not moving (negated), the meeting at the airport
with Russian military police and the ceasefire agreed there, the militia's departure (rumoured), its refusal
to hand over its arms, a truck bomb in the west of the city on 27 July 2016, a women's sit-in and a joint
committee due on Monday (Hasakah, Syria), an Erbil-based Syrian Kurdish opposition party's news website,
2021-04-23 (Fri). No dateline: the lead names Qamishli in its first sentence."""
from actors_places import (
    AIRPORT_UNITS,
    ASAYISH,
    HASAKAH_GOVERNOR,
    HILALIYA,
    INTL_ORGS,
    ISLAMIC_STATE_662,
    JOINT_COMMITTEE,
    KURDISH_RC,
    NDF_COMMAND,
    NDF_COMMANDER,
    NDF_FIGHTERS,
    NDF_MEMBERS,
    QAMISHLI_AIRPORT,
    QAMISHLI_DEAD_2016,
    QAMISHLI_TOWN_HALL,
    QAMISHLI_WEST,
    RU_MILITARY_POLICE,
    SDC,
    SDF,
    TAYY,
    TAYY_BATTLE,
    TAYY_DISPLACED,
    TAYY_MEETING,
    TAYY_PARTIES,
    TAYY_WOMEN,
)
from common import AGREEMENT, ARREST, CLASH, MINE, PEACEFUL, D, E, paras_of

SLUG = "qamishli_2021_tayy_hilaliya"
TODAY = D("2021-04-23")
TODAY_OR_EVE = D("2021-04-23", "day", ("2021-04-22", "2021-04-23"))
NIGHT = D("2021-04-22", "day", ("2021-04-22", "2021-04-23"))
ARTICLE = dict(
    id="team133-662", slug=SLUG, published="2021-04-23",
    outlet="Didar Net, an Erbil-based Syrian Kurdish opposition party's news website (fictional)",
    paras=paras_of(f"662_{SLUG}.txt"),
    events=[
        # ¶1 (no dateline; verb first, the place in the first sentence): the Asayish's build-up round the
        # quarter; the roads closed optional
        E(True, ["MOBILIZE"], [1], "حشدت", ["asserted"], mode="troops", source=ASAYISH, location=TAYY,
          date=TODAY, attribution=["مراسل «ديدار نت»"]),
        E(False, ["COERCE"], [1], "وأغلقت", ["asserted"], mode="restrict", source=ASAYISH, location=TAYY,
          date=TODAY),
        # MAIN EVENT, told in ¶2 after the build-up: the night's fighting, both sides as source; the headline
        # and the Observatory's count and a baker ¶3 (9 vs 13 → 9)
        E(True, ["ASSAULT"], [0, 2, 3], "اشتباكات", ["asserted"], mode="heavy-weapons", source=TAYY_BATTLE,
          location=TAYY, date=NIGHT, fatalities=9, attribution=["«الأسايش»", "المرصد السوري لحقوق الإنسان"],
          acled=CLASH, tpara=2),
        # ¶4: the militia commander's threat in a voice message (its denial is the other side's version)
        E(True, ["THREATEN"], [4], "يتوعّد", ["asserted", "reported"], mode="violence", source=NDF_COMMANDER,
          recipient=ASAYISH, date=TODAY_OR_EVE, attribution=["رسالة صوتية منسوبة"]),
        # ¶5: seventeen militiamen arrested; the curfew and the arms found optional
        E(True, ["COERCE"], [5], "واعتقلت", ["asserted"], mode="arrest", source=ASAYISH,
          recipient=NDF_MEMBERS, location=TAYY, date=TODAY_OR_EVE, acled=ARREST),
        E(False, ["COERCE"], [5], "حظراً", ["asserted"], mode="curfew", source=ASAYISH, location=TAYY,
          date=TODAY_OR_EVE),
        E(False, ["COERCE"], [5], "عثرت", ["asserted", "reported"], mode="confiscate", source=ASAYISH,
          location=TAYY, date=TODAY_OR_EVE),
        # ¶6: the governor's accusation (the administration's version is the other side's); his demand
        # optional
        E(True, ["ACCUSE"], [6], "واتهم", ["asserted"], source=HASAKAH_GOVERNOR, recipient=SDF,
          date=TODAY_OR_EVE),
        E(False, ["REQUEST"], [6], "مطالباً", ["asserted"], source=HASAKAH_GOVERNOR, recipient=INTL_ORGS,
          date=TODAY_OR_EVE),
        # ¶7 (verb, subject, object): meals for the families who fled to the schools of al-Hilaliya
        E(True, ["AID"], [7], "ووزّعت", ["asserted"], mode="humanitarian", source=KURDISH_RC,
          recipient=TAYY_DISPLACED, location=HILALIYA, date=TODAY),
        # ¶8: the council's endorsement of the Asayish
        E(True, ["SUPPORT"], [8], "تأييده", ["asserted"], source=SDC, recipient=ASAYISH, date=TODAY),
        # ¶9 (the city) holds no event. ¶10: the army at the airport did not move (negated)
        E(True, ["MOBILIZE"], [10], "تتحرك", ["negated"], mode="troops", source=AIRPORT_UNITS,
          location=QAMISHLI_AIRPORT, date=NIGHT, attribution=["شهود من سكان الأطراف الجنوبية للمدينة"]),
        # ¶11: the meeting at the airport and the ceasefire agreed there (two core events joined with «و»)
        E(True, ["CONSULT"], [11], "والتقى", ["asserted"], mode="third-party", source=RU_MILITARY_POLICE,
          recipient=TAYY_PARTIES, location=QAMISHLI_AIRPORT, date=TODAY,
          attribution=["أحد الوجهاء الحاضرين"]),
        E(True, ["AGREE"], [11], "واتفق", ["asserted"], source=TAYY_MEETING, recipient=TAYY_MEETING,
          location=QAMISHLI_AIRPORT, date=TODAY, acled=AGREEMENT),
        # ¶12: the militia's departure told in the tribes' gatherings (rumoured; a silence closes it)
        E(True, ["RETREAT"], [12], "سيخرجون", ["rumored", "planned"], mode="withdraw", source=NDF_FIGHTERS,
          location=TAYY, date=None, attribution=["مجالس العشائر العربية بالمدينة"]),
        # ¶13: the militia's refusal to hand over its arms; the Asayish's demand optional
        E(True, ["REJECT"], [13], "ورفضت", ["asserted"], source=NDF_COMMAND, recipient=ASAYISH,
          date=TODAY_OR_EVE),
        E(False, ["REQUEST"], [13], "طلب", ["asserted"], source=ASAYISH, recipient=NDF_COMMAND,
          date=TODAY_OR_EVE),
        # ¶14, «وكانت … قد» at another place: the truck bomb in the west of the city on 27 July 2016 (core,
        # historical)
        E(True, ["ASSAULT"], [14], "شاحنة مفخخة", ["historical", "asserted"], mode="explosives",
          source=ISLAMIC_STATE_662, recipient=QAMISHLI_DEAD_2016, location=QAMISHLI_WEST,
          date=D("2016-07-27"), fatalities=40, acled=MINE),
        # ¶15: the women's sit-in at the town hall; the placards' demand optional
        E(True, ["PROTEST"], [15], "واعتصمت", ["asserted"], mode="demo", source=TAYY_WOMEN,
          location=QAMISHLI_TOWN_HALL, date=TODAY, acled=PEACEFUL),
        E(False, ["REQUEST"], [15], "تطالب", ["asserted"], source=TAYY_WOMEN, date=TODAY),
        # ¶16 (a greengrocer) holds no event. ¶17 (the shortest): a joint committee «يوم الإثنين المقبل»
        # (planned)
        E(True, ["CONSULT"], [17], "وتجتمع", ["planned"], source=JOINT_COMMITTEE, date=D("2021-04-26")),
    ],
)
