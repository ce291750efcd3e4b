"""Gold of article 673: an Antonov's barrel bombs on families fleeing east of Abu Karshola (main event, told
in ¶4 after the rebels' withdrawal and the governor's threat; eight dead by a medical source in El Rahad,
eleven by the rebel alliance), the Sudan Revolutionary Front leaving the town, the North Kordofan governor's
threat at a stadium rally, the rebels' accusation, arrests in El Obeid (reported), OCHA's demand, talks in
Addis Ababa not held (negated), men held in the town's school (rumoured), the commissioner dismissed, the
rebels' raid on Um Ruwaba in April 2013, a students' march, a truce offered, the opposition's endorsement and
a Red Crescent convoy due on Saturday (planned) (South Kordofan, Sudan), a Kampala-based Sudanese opposition
radio station's website, 2013-05-29 (Wed). Dateline: a town the same rebels had raided a month before the
event."""
from actors_places import (
    ABU_KARSHOLA,
    ADDIS_ABABA,
    ADDIS_TALKS,
    AID_AGENCIES_673,
    AK_COMMISSIONER,
    AK_DISPLACED_MEN,
    AK_EAST,
    AK_MEN,
    AK_SCHOOL,
    ALL_PARTIES_673,
    EL_OBEID,
    EL_RAHAD,
    FLEEING_FAMILIES,
    KHARTOUM_GOV,
    KORDOFAN_STUDENTS,
    NCF,
    NISS,
    NK_GOVERNOR,
    OCHA_SUDAN,
    PDF_RECRUITS,
    RAHAD_DISPLACED,
    ROUTES_673,
    RULING_PARTY,
    SK_GOVERNOR,
    SOUTH_KORDOFAN,
    SRCS,
    SRF,
    SRF_FIGHTERS,
    SRF_FORCES,
    SRF_SPOKESMAN,
    SRF_WITHDRAWING,
    SUDAN_AIR,
    SUDAN_FORCES,
    SUDAN_FORCES_RUMOUR,
    UM_RUWABA,
)
from common import AIR, ARREST, PEACEFUL, SHELL, TRANSFER, D, E, paras_of

SLUG = "abu_karshola_2013_um_ruwaba_rahad"
YESTERDAY = D("2013-05-28")
TODAY = D("2013-05-29")
TODAY_OR_EVE = D("2013-05-29", "day", ("2013-05-28", "2013-05-29"))
MONDAY = D("2013-05-27", "day", ("2013-05-26", "2013-05-27"))
ARTICLE = dict(
    id="team135-673", slug=SLUG, published="2013-05-29",
    outlet="Idha'at al-Marhal, a Kampala-based Sudanese opposition radio station's website (fictional)",
    paras=paras_of(f"673_{SLUG}.txt"),
    events=[
        # ¶1 (dateline; verb first): the rebels leave the town and the army walks in without a fight; the
        # entry optional
        E(True, ["RETREAT"], [1], "انسحاب", ["asserted"], mode="withdraw", source=SRF_WITHDRAWING,
          location=ABU_KARSHOLA, date=MONDAY, attribution=["سكان من البلدة"], acled=TRANSFER),
        E(False, ["MOBILIZE"], [1], "دخلت", ["asserted"], mode="troops", source=SUDAN_FORCES,
          location=ABU_KARSHOLA, date=D("2013-05-27")),
        # ¶2 (the town below the mountains) holds no event. ¶3: the governor's threat in a speech to a
        # ruling-party rally in a stadium; the recruitment he announced optional
        E(True, ["THREATEN"], [3], "وهدّد", ["asserted"], mode="violence", source=NK_GOVERNOR,
          recipient=SRF_FIGHTERS, location=EL_OBEID, date=YESTERDAY),
        E(False, ["MOBILIZE"], [3], "التجنيد", ["asserted"], mode="troops", source=NK_GOVERNOR,
          recipient=PDF_RECRUITS, location=EL_OBEID, date=YESTERDAY),
        # MAIN EVENT, told in ¶4 after two other core events: barrel bombs from an Antonov on the families at
        # the wells; the headline and the rebels' count and a farmer's account ¶5 (8 by a medical source
        # against 11 by the rebel alliance: 8)
        E(True, ["ASSAULT"], [0, 4, 5], "ألقت", ["asserted"], mode="aerial", source=SUDAN_AIR,
          recipient=FLEEING_FAMILIES, location=AK_EAST, date=YESTERDAY, fatalities=8,
          attribution=["مصدر طبي في مستشفى الرهد", "الجبهة الثورية"], acled=AIR, tpara=4),
        # ¶6: the rebels' accusation (the army spokesman's denial is the other side's version)
        E(True, ["ACCUSE"], [6], "واتهم", ["asserted"], source=SRF_SPOKESMAN, recipient=KHARTOUM_GOV,
          location=ABU_KARSHOLA, date=TODAY_OR_EVE),
        # ¶7 (verb first): some thirty displaced men held in El Obeid, told by their relatives (reported)
        E(True, ["COERCE"], [7], "واعتقل", ["reported", "asserted"], mode="arrest", source=NISS,
          recipient=AK_DISPLACED_MEN, location=EL_OBEID, date=D("2013-05-26", "day",
              ("2013-05-26", "2013-05-29")),
          attribution=["ذوو بعض المعتقلين"], acled=ARREST),
        # ¶8: OCHA's demand for access; a new bombing of the roads feared (optional, hypothetical)
        E(True, ["REQUEST"], [8], "وطالب", ["asserted"], source=OCHA_SUDAN, recipient=AID_AGENCIES_673,
          location=ABU_KARSHOLA, date=TODAY_OR_EVE),
        E(False, ["ASSAULT"], [8], "قصف", ["hypothetical"], mode="aerial", location=ROUTES_673, date=None),
        # ¶9: the direct talks in Addis Ababa not held (negated)
        E(True, ["CONSULT"], [9], "تُعقد", ["negated"], mode="third-party", source=ADDIS_TALKS,
          recipient=ADDIS_TALKS, location=ADDIS_ABABA, date=YESTERDAY),
        # ¶10 (a grandmother under a neem tree) holds no event. ¶11: men held in the town's school, told in
        # the markets of El Rahad (rumoured; a silence closes it)
        E(True, ["COERCE"], [11], "احتجاز", ["rumored", "reported"], mode="arrest",
          source=SUDAN_FORCES_RUMOUR,
          recipient=AK_MEN, location=AK_SCHOOL, date=None, attribution=["النازحين في أسواق الرهد"],
          acled=ARREST),
        # ¶12 (verb first): the commissioner dismissed and an inquiry ordered; the two earlier dismissals
        # optional (generic)
        E(True, ["SANCTION", "COERCE"], [12], "وأعفى", ["asserted"], source=SK_GOVERNOR,
          recipient=AK_COMMISSIONER, location=ABU_KARSHOLA, date=YESTERDAY,
          attribution=["وكالة الأنباء الرسمية"]),
        E(False, ["SANCTION"], [12], "يُعفى", ["generic"], source=SK_GOVERNOR, location=SOUTH_KORDOFAN,
          date=None),
        # ¶13, «وكان … قد» at another place: the raid on Um Ruwaba on 27 April 2013 (core, historical); the
        # rebels' leaving the city hours later optional
        E(True, ["ASSAULT"], [13], "هاجمت", ["historical", "asserted"], mode="heavy-weapons",
          source=SRF_FORCES, location=UM_RUWABA, date=D("2013-04-27"), acled=SHELL),
        E(False, ["RETREAT"], [13], "تنسحب", ["historical", "asserted"], mode="withdraw", source=SRF_FORCES,
          location=UM_RUWABA, date=D("2013-04-27")),
        # ¶14: the students' march in El Obeid
        E(True, ["PROTEST"], [14], "مسيرة", ["asserted"], mode="demo", source=KORDOFAN_STUDENTS,
          location=EL_OBEID, date=TODAY, acled=PEACEFUL),
        # ¶15: the rebels offer a two-week humanitarian truce; the ruling party's refusal optional
        E(True, ["AGREE"], [15], "استعدادها", ["asserted"], source=SRF, date=TODAY_OR_EVE),
        E(False, ["REJECT"], [15], "رفض", ["asserted"], source=RULING_PARTY, recipient=SRF,
          date=TODAY_OR_EVE),
        # ¶16: the opposition alliance's endorsement; its call and its demand optional
        E(True, ["SUPPORT"], [16], "وأيّد", ["asserted"], source=NCF, date=TODAY_OR_EVE),
        E(False, ["REQUEST"], [16], "داعياً", ["asserted"], source=NCF, recipient=ALL_PARTIES_673,
          date=TODAY_OR_EVE),
        E(False, ["REQUEST"], [16], "ومطالباً", ["asserted"], source=NCF, date=TODAY_OR_EVE),
        # ¶17 (the shortest; a verb, a place and a time, its subject last): a Red Crescent convoy
        # «يوم السبت المقبل» (planned)
        E(True, ["AID"], [17], "قافلة", ["planned"], mode="humanitarian", source=SRCS,
          recipient=RAHAD_DISPLACED, location=EL_RAHAD, date=D("2013-06-01")),
    ],
)
