"""Gold of article 455: the fishing zone off southern Gaza cut to six miles, the fishermen's protest and
demand at Khan Younis port, three brothers arrested off Rafah and their boat seized, then navy fire that
killed a fisherman off Khan Younis (main event, told in ¶4 after the zone, the protest and the arrests; one
toll), his cousin's account, the army's version and its charge against Hamas, the health ministry's word,
the factions' warning, an Egyptian delegation's meeting with Hamas and rumoured understandings on the zone,
Red Cross engines and nets, the brothers released but their boat kept, a sea march planned for Monday, the
funeral, a fisherman killed off Beit Lahia on 13 March 2019, and the agriculture ministry's condemnation
(Gaza Strip, Palestine), a Palestinian daily newspaper's website, 2019-08-24 (Sat). No dateline: the lead
names Khan Younis in its first sentence; mostly about fishermen and the fishing zone."""
from actors_places import (
    ASHDOD,
    BEIT_LAHIA,
    BL_FISHERMAN,
    BOAT_OWNERS,
    EGYPT_HAMAS,
    EREZ,
    FORTY_FISHERMEN,
    GAZA_CITY,
    GAZA_FISHERMEN,
    GAZA_PORT,
    GAZA_STRIP,
    HAMAS,
    ICRC,
    IDF_SPOKESMAN,
    IL_AUTHORITIES,
    IL_NAVY,
    INTL_COMMUNITY,
    INTL_INSTITUTIONS,
    JOINT_ROOM,
    KHAN_YOUNIS,
    KY_FISHERMEN,
    KY_PORT,
    KY_RAFAH,
    KY_SEA,
    KY_VICTIMS,
    MARCH_COMMITTEE,
    MIDDLE_AREA,
    MIDDLE_AREA_FISHERMEN,
    OCCUPATION,
    PA_AGRICULTURE,
    RAFAH_SEA,
    SOUTH_FISHERMEN,
    SOUTH_SEA,
    THREE_BROTHERS,
    UNDERSTANDINGS,
)
from common import ARREST, ATTACK, PEACEFUL, D, E, paras_of

SLUG = "khan_younis_2019_rafah_beit_lahia"
TODAY = D("2019-08-24")
# a statement of the day whose hour the text does not give: today, or the day before
TODAY_OR_EVE = D("2019-08-24", "day", ("2019-08-23", "2019-08-24"))
ARTICLE = dict(
    id="team91-455", slug=SLUG, published="2019-08-24",
    outlet="Al-Mina', a Palestinian daily newspaper's website (fictional)",
    paras=paras_of(f"455_{SLUG}.txt"),
    events=[
        # ¶1 (no dateline, Khan Younis in the first sentence): the fishing zone cut from this morning,
        # notified last night (COERCE restrict; the headline names it)
        E(True, ["COERCE"], [0, 1], "بتقليص", ["asserted"], mode="restrict",
          source=IL_AUTHORITIES, recipient=SOUTH_FISHERMEN, location=SOUTH_SEA, date=TODAY_OR_EVE,
          attribution=["نقيب الصيادين في المحافظات الجنوبية"], tpara=1),
        # the incendiary balloons the decision invokes: a habit, not one act (optional, generic)
        E(False, ["ASSAULT"], [1], "إطلاق البالونات الحارقة", ["generic"], location=GAZA_STRIP, date=None),
        # ¶2: the fishermen's protest at the port and their demand
        E(True, ["PROTEST"], [2], "وقفة احتجاجية", ["asserted"], mode="demo",
          source=KY_FISHERMEN, location=KY_PORT, date=TODAY, acled=PEACEFUL),
        E(True, ["REQUEST"], [2], "وطالبوا", ["asserted"],
          source=KY_FISHERMEN, recipient=INTL_INSTITUTIONS, location=KY_PORT, date=TODAY),
        # ¶3, two events joined with «و» and a second verb: three brothers arrested off Rafah and their boat
        # seized and towed to Ashdod
        E(True, ["COERCE"], [3], "اعتقلت", ["asserted"], mode="arrest",
          source=IL_NAVY, recipient=THREE_BROTHERS, location=RAFAH_SEA, date=TODAY,
          attribution=["النقيب"], acled=ARREST),
        E(True, ["COERCE"], [3], "واستولت", ["asserted"], mode="confiscate",
          source=IL_NAVY, recipient=THREE_BROTHERS, location=RAFAH_SEA, date=TODAY, attribution=["النقيب"]),
        # MAIN EVENT, told in ¶4 after three other events: navy fire on a fishing boat off Khan Younis; the
        # cousin's account ¶5, the army's version ¶6, the health ministry ¶7, the funeral ¶14; the headline
        # names it. One toll
        E(True, ["ASSAULT"], [0, 4, 5, 6, 7, 14], "نيران رشاشاتها", ["asserted"], mode="firearms",
          source=IL_NAVY, recipient=KY_VICTIMS, location=KY_SEA, date=TODAY, fatalities=1,
          attribution=["النقيب", "ابن عم الشهيد", "متحدث باسم جيش الاحتلال",
                       "الناطق باسم وزارة الصحة في غزة"], acled=ATTACK, tpara=4),
        # ¶6: the army's charge against Hamas
        E(True, ["ACCUSE"], [6], "متهماً", ["asserted", "reported"],
          source=IDF_SPOKESMAN, recipient=HAMAS, date=TODAY),
        # ¶7: the year's tally of fishermen killed (optional, generic)
        E(False, ["ASSAULT"], [7], "استشهدوا", ["generic"], mode="firearms",
          source=IL_NAVY, recipient=GAZA_FISHERMEN, location=GAZA_STRIP, date=None),
        # ¶8: the factions' warning (THREATEN); the response it foresees optional, hypothetical; their blame
        # optional
        E(True, ["THREATEN"], [8], "وحذّرت", ["asserted"], mode="violence",
          source=JOINT_ROOM, recipient=OCCUPATION, date=TODAY),
        E(False, ["ASSAULT"], [8], "ردّ", ["hypothetical"],
          source=JOINT_ROOM, recipient=OCCUPATION, date=None),
        E(False, ["ACCUSE"], [8], "محمّلةً", ["asserted"],
          source=JOINT_ROOM, recipient=OCCUPATION, date=TODAY),
        # ¶9 (a fisherman's words) holds no event. ¶10: the Egyptian delegation meets Hamas (CONSULT);
        # rumoured understandings to widen the zone (AGREE, CONCEDE accepted), undated
        E(True, ["CONSULT"], [10], "والتقى", ["asserted"], mode="visit",
          source=EGYPT_HAMAS, recipient=EGYPT_HAMAS, location=GAZA_CITY, date=TODAY),
        E(True, ["AGREE", "CONCEDE"], [10], "تفاهمات أولية", ["rumored", "reported"],
          source=UNDERSTANDINGS, recipient=UNDERSTANDINGS, location=GAZA_CITY, date=None,
          attribution=["مصادر فلسطينية مطلعة"]),
        # ¶11: Red Cross engines and nets (AID); the second batch next month optional, planned
        E(True, ["AID"], [11], "وسلّمت", ["asserted"], mode="economic",
          source=ICRC, recipient=FORTY_FISHERMEN, location=KY_RAFAH, date=TODAY),
        E(False, ["AID"], [11], "ستشمل", ["planned"], mode="economic",
          source=ICRC, recipient=MIDDLE_AREA_FISHERMEN, location=MIDDLE_AREA,
          date=D("2019-09-15", "month", ("2019-09-01", "2019-09-30"))),
        # ¶12: the brothers released at Erez (RETREAT release), their boat not returned (RETREAT, negated)
        E(True, ["RETREAT"], [12], "وأفرجت", ["asserted"], mode="release",
          source=IL_AUTHORITIES, recipient=THREE_BROTHERS, location=EREZ, date=TODAY),
        E(True, ["RETREAT"], [12], "تُعد", ["negated"], mode="return",
          source=IL_AUTHORITIES, recipient=THREE_BROTHERS, location=ASHDOD, date=TODAY),
        # ¶13: a sea march planned for Monday (PROTEST, planned); the call to boat owners optional
        E(True, ["PROTEST"], [13], "مسير بحري", ["planned"], mode="demo",
          source=MARCH_COMMITTEE, location=GAZA_PORT, date=D("2019-08-26")),
        E(False, ["REQUEST"], [13], "داعيةً", ["asserted"],
          source=MARCH_COMMITTEE, recipient=BOAT_OWNERS, date=TODAY),
        # ¶14: the funeral belongs to the main event (the angry chants optional)
        E(False, ["PROTEST"], [14], "هتافات غاضبة", ["asserted"], mode="demo", location=KHAN_YOUNIS,
          date=TODAY),
        # ¶15 (the sector described) holds no event. ¶16, «وكان …
        # قد» at another place: a fisherman killed off Beit Lahia on 13 March
        E(True, ["ASSAULT"], [16], "استُشهد", ["historical", "asserted"], mode="firearms",
          source=IL_NAVY, recipient=BL_FISHERMAN, location=BEIT_LAHIA, date=D("2019-03-13"), fatalities=1,
          attribution=["وزارة الصحة"], acled=ATTACK),
        # ¶17: the agriculture ministry's condemnation (no actor named) and its demand (optional)
        E(True, ["ACCUSE"], [17], "ودانت", ["asserted"], source=PA_AGRICULTURE, date=TODAY_OR_EVE),
        E(False, ["REQUEST"], [17], "وطالبت", ["asserted"],
          source=PA_AGRICULTURE, recipient=INTL_COMMUNITY, date=TODAY_OR_EVE),
    ],
)
