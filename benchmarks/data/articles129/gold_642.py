"""Gold of article 642: tribal gunmen deployed round al-Habboubi square, the crisis-cell commander withdrawn
(the governor's resignation optional), security forces firing on the protesters holding the al-Zaytoun and
al-Nasr bridges the day before (main event, told in ¶4 after the deployment and the withdrawal; twenty-three
dead by the health directorate's count), the riot and the curfew, ambulances and blood sent, the tribal
council's threat and demand, a riot at Suq al-Shuyukh in July 2018, wounded taken from a hospital (rumoured
and denied), the UN mission's condemnation, the riot police's withdrawal announced, no officer held, a
teachers' strike due on Sunday, the students' solidarity and the sheikhs' meeting with the new police chief
(Nasiriyah, Dhi Qar, Iraq), a Nasiriyah-based protest activists' Telegram channel, 2019-11-29 (Fri). No
dateline: the lead names «الناصرية» in its first sentence."""
from actors_places import (
    ANGRY_PROTESTERS,
    BRIDGE_PROTESTERS,
    BRIDGES,
    COMMANDER_IN_CHIEF,
    CRISIS_CELL_CHIEF,
    DHIQAR_GOVERNOR,
    DHIQAR_POLICE,
    DHIQAR_STUDENTS,
    DHIQAR_UNIVERSITY,
    HABBOUBI,
    IRAQ_MOH,
    IRAQI_AUTHORITIES,
    NASIRIYAH,
    NASIRIYAH_HOSPITALS,
    NEW_POLICE_CHIEF,
    PLAINCLOTHES,
    POLICE_HQ_642,
    RIOT_POLICE_642,
    SECURITY_FORCES_642,
    SHEIKHS_MEETING,
    SHOOTING_OFFICERS,
    SIT_IN_PROTESTERS,
    SUQ_AL_SHUYUKH,
    SUQ_RIOTERS,
    TEACHERS_UNION,
    TRIBAL_COUNCIL,
    TRIBAL_GUNMEN,
    UNAMI,
    WOUNDED_642,
)
from common import EXCESSIVE, PEACEFUL, RIOT, D, E, paras_of

SLUG = "nasiriyah_2019_habboubi_bridges"
YESTERDAY = D("2019-11-28")
TODAY = D("2019-11-29")
TODAY_OR_EVE = D("2019-11-29", "day", ("2019-11-28", "2019-11-29"))
ARTICLE = dict(
    id="team129-642", slug=SLUG, published="2019-11-29",
    outlet="Sada al-Habboubi, a Nasiriyah-based protest activists' Telegram channel (fictional)",
    paras=paras_of(f"642_{SLUG}.txt"),
    events=[
        # ¶1 (no dateline; «الناصرية» in the first sentence, verb first): the tribal gunmen deployed round the
        # square, also in the headline
        E(True, ["MOBILIZE"], [0, 1], "انتشر", ["asserted"], mode="troops", source=TRIBAL_GUNMEN,
          location=HABBOUBI, date=TODAY, attribution=["شيوخ منهم"], tpara=1),
        # ¶2: the crisis-cell commander withdrawn and relieved, also in the headline; the governor's
        # resignation optional
        E(True, ["SANCTION"], [0, 2], "سحب", ["asserted"], mode="withdraw", source=COMMANDER_IN_CHIEF,
          recipient=CRISIS_CELL_CHIEF, location=NASIRIYAH, date=YESTERDAY, attribution=["مكتبه الإعلامي"],
          tpara=2),
        E(False, ["CONCEDE", "RETREAT"], [2], "استقالته", ["asserted"], source=DHIQAR_GOVERNOR,
          date=TODAY_OR_EVE),
        # ¶3 (the square) holds no event. MAIN EVENT, told in ¶4 (verb first) after two other core events: the
        # fire on the protesters on the bridges; the wounded man's account ¶5 (one count: 23); the blocking of
        # the bridges optional
        E(True, ["ASSAULT"], [0, 4, 5], "وفتحت", ["asserted"], mode="firearms", source=SECURITY_FORCES_642,
          recipient=BRIDGE_PROTESTERS, location=BRIDGES, date=YESTERDAY, fatalities=23,
          attribution=["دائرة صحة ذي قار"], acled=EXCESSIVE, tpara=4),
        E(False, ["PROTEST"], [4], "يقطعون", ["asserted"], mode="obstruct", source=BRIDGE_PROTESTERS,
          location=BRIDGES, date=None),
        # ¶6 (a back-reference opens it): the riot and the curfew
        E(True, ["PROTEST"], [6], "بإحراق", ["asserted"], mode="riot", source=ANGRY_PROTESTERS,
          location=POLICE_HQ_642, date=YESTERDAY, acled=RIOT),
        E(True, ["COERCE"], [6], "حظراً", ["asserted"], mode="curfew", source=DHIQAR_POLICE,
          location=NASIRIYAH, date=YESTERDAY),
        # ¶7 (verb first): ambulances, blood and surgeons sent
        E(True, ["AID"], [7], "وأرسلت", ["asserted"], mode="humanitarian", source=IRAQ_MOH,
          location=NASIRIYAH_HOSPITALS, date=YESTERDAY),
        # ¶8: the tribal council's threat, read out in a guesthouse, and its demand (two verbs joined with
        # «و»)
        E(True, ["THREATEN"], [8], "وتوعد", ["asserted"], mode="violence", source=TRIBAL_COUNCIL,
          recipient=SHOOTING_OFFICERS, location=NASIRIYAH, date=TODAY_OR_EVE),
        E(True, ["REQUEST"], [8], "وطالب", ["asserted"], source=TRIBAL_COUNCIL, date=TODAY_OR_EVE),
        # ¶9 (a young engineer) holds no event. ¶10, «وكان … قد» at another place: the district building of
        # Suq al-Shuyukh set on fire on 14 July 2018 (core, historical)
        E(True, ["PROTEST"], [10], "أضرموا", ["historical", "asserted"], mode="riot", source=SUQ_RIOTERS,
          location=SUQ_AL_SHUYUKH, date=D("2018-07-14"), acled=RIOT),
        # ¶11: wounded taken from a hospital, told by activists and denied by the hospital (rumoured)
        E(True, ["COERCE", "ASSAULT"], [11], "اقتياد", ["rumored"], mode="arrest", source=PLAINCLOTHES,
          recipient=WOUNDED_642, location=NASIRIYAH, date=None, attribution=["ناشطون في الساحة"]),
        # ¶12: the UN mission's condemnation; its call optional
        E(True, ["ACCUSE"], [12], "وأدانت", ["asserted"], source=UNAMI, recipient=IRAQI_AUTHORITIES,
          date=TODAY_OR_EVE),
        E(False, ["REQUEST"], [12], "ودعت", ["asserted"], source=UNAMI, date=TODAY_OR_EVE),
        # ¶13: the riot police's withdrawal from the bridges announced (CONCEDE); the armoured vehicles seen
        # leaving optional
        E(True, ["CONCEDE"], [13], "سحب", ["asserted"], source=DHIQAR_POLICE, recipient=SIT_IN_PROTESTERS,
          location=BRIDGES, date=TODAY),
        E(False, ["RETREAT"], [13], "تغادر", ["asserted"], mode="withdraw", source=RIOT_POLICE_642,
          location=BRIDGES, date=TODAY),
        # ¶14 (the shortest): no officer held (negated)
        E(True, ["COERCE"], [14], "يُحتجز", ["negated"], mode="arrest", recipient=SHOOTING_OFFICERS,
          date=TODAY),
        # ¶15: the teachers' strike «يوم الأحد المقبل» (planned)
        E(True, ["PROTEST"], [15], "بإضراب", ["planned"], mode="strike", source=TEACHERS_UNION,
          location=NASIRIYAH, date=D("2019-12-01"), attribution=["عضو في مجلسها"]),
        # ¶16: the students' solidarity; their vigil and march optional
        E(True, ["SUPPORT"], [16], "تضامنهم", ["asserted"], source=DHIQAR_STUDENTS,
          recipient=SIT_IN_PROTESTERS, location=DHIQAR_UNIVERSITY, date=TODAY_OR_EVE),
        E(False, ["PROTEST"], [16], "وقفة", ["asserted"], mode="demo", source=DHIQAR_STUDENTS,
          location=DHIQAR_UNIVERSITY, date=TODAY_OR_EVE, acled=PEACEFUL),
        # ¶17: the sheikhs' meeting with the new police chief; his pledge optional
        E(True, ["CONSULT"], [17], "والتقى", ["asserted"], source=SHEIKHS_MEETING, recipient=SHEIKHS_MEETING,
          location=NASIRIYAH, date=TODAY),
        E(False, ["AGREE"], [17], "وتعهد", ["asserted"], source=NEW_POLICE_CHIEF, date=TODAY),
    ],
)
