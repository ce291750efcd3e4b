"""Gold of article 641: the army's storming of al-Hosn and its castle (main event, told first in the lead;
thirty militants dead by the army command's count), the militants' night withdrawal towards the border, an
ambush on fleeing fighters, wounded Syrians held by the Lebanese army in Wadi Khaled, reinforcements, an
abduction at Anaz in August 2013, the leaflets' threat, the opposition coalition's accusation, a surrender
told on loyalist pages, no deal reached by the valley's notables, the clerics' praise, food handed out in
Marmarita, a return due on Sunday and the antiquities directorate's call (Tal Kalakh district, Homs, Syria), a
Moscow-based Russian state Arabic-language television's website, 2014-03-21 (Fri). Dateline from Marmarita, a
valley town below the town of the event."""
from actors_places import (
    ANAZ,
    ANAZ_ABDUCTORS,
    ANAZ_PEOPLE,
    ANAZ_YOUTHS,
    ARMY_HELICOPTERS,
    BORDER_RIVER,
    CLERICS_MEETING,
    DGAM,
    DISPLACED_641,
    FLEEING_MILITANTS,
    HOSN,
    HOSN_BATTLE,
    HOSN_CASTLE,
    HOSN_GUNMEN,
    HOSN_HILLS,
    HOSN_MILITANTS,
    HOSN_TALKS,
    HUMAIRA,
    JUND_AL_SHAM,
    LEBANESE_ARMY,
    MARMARITA,
    NDF_641,
    REGIME_FORCES,
    RETURNEES_641,
    SARC,
    SNC,
    SPECIAL_FORCES_641,
    SURRENDERED,
    SYRIAN_ARMY_641,
    VALLEY_CLERICS,
    VALLEY_VILLAGES,
    WADI_KHALED,
    WOUNDED_SYRIANS,
)
from common import ABDUCTION, ARREST, CLASH, DESTRUCTION, OTHER, D, E, paras_of

SLUG = "hosn_2014_marmarita_anaz"
YESTERDAY = D("2014-03-20")
TODAY = D("2014-03-21")
TODAY_OR_EVE = D("2014-03-21", "day", ("2014-03-20", "2014-03-21"))
NIGHT = D("2014-03-20", "day", ("2014-03-19", "2014-03-20"))
ARTICLE = dict(
    id="team129-641", slug=SLUG, published="2014-03-21",
    outlet="al-Madar, a Moscow-based Russian state Arabic-language television's website (fictional)",
    paras=paras_of(f"641_{SLUG}.txt"),
    events=[
        # MAIN EVENT, told first in the lead ¶1 (dateline from Marmarita): the storming of al-Hosn and its
        # castle after twenty hours of fighting, both sides as source; the headline and the fighter's account
        # ¶4 (one count: 30, the army command's)
        E(True, ["ASSAULT"], [0, 1, 4], "معارك", ["asserted"], mode="firearms", source=HOSN_BATTLE,
          location=HOSN, date=NIGHT, fatalities=30, attribution=["القيادة العامة للجيش"], acled=CLASH,
          tpara=1),
        # ¶2: the militants' night withdrawal towards the border, told by a military source
        E(True, ["RETREAT"], [2], "انسحبوا", ["asserted", "reported"], mode="withdraw",
          source=HOSN_MILITANTS, location=HOSN, date=NIGHT, attribution=["مصدر عسكري"], acled=OTHER),
        # ¶3 (verb first): the ambush by the river west of Tal Kalakh (11 dead); the capture optional
        E(True, ["ASSAULT"], [3], "كميناً", ["asserted"], mode="firearms", source=SPECIAL_FORCES_641,
          recipient=FLEEING_MILITANTS, location=BORDER_RIVER,
          date=D("2014-03-20", "day", ("2014-03-19", "2014-03-21")), fatalities=11,
          attribution=["مصدر عسكري"], acled=CLASH),
        E(False, ["COERCE"], [3], "وأسرت", ["asserted"], mode="arrest", source=SPECIAL_FORCES_641,
          recipient=FLEEING_MILITANTS, location=BORDER_RIVER, date=None),
        # ¶4 (the fighter's account of the main event): the bridge blown up, optional
        E(False, ["ASSAULT"], [4], "فجّروا", ["asserted"], mode="destroy", source=HOSN_MILITANTS,
          location=HOSN, date=None, acled=DESTRUCTION),
        # ¶5 (adverbial first): wounded Syrians held across the border
        E(True, ["COERCE"], [5], "أوقف", ["asserted"], mode="arrest", source=LEBANESE_ARMY,
          recipient=WOUNDED_SYRIANS, location=WADI_KHALED, date=YESTERDAY,
          attribution=["قيادة الجيش اللبناني"], acled=ARREST),
        # ¶6 (the castle) holds no event. ¶7: reinforcements to the hills (verb first); the militia's
        # deployment and its checkpoints optional
        E(True, ["MOBILIZE"], [7], "ودفعت", ["asserted"], mode="troops", source=SYRIAN_ARMY_641,
          location=HOSN_HILLS, date=TODAY),
        E(False, ["MOBILIZE"], [7], "انتشرت", ["asserted"], mode="troops", source=NDF_641,
          location=VALLEY_VILLAGES, date=TODAY),
        E(False, ["COERCE"], [7], "حواجز", ["asserted"], mode="restrict", source=NDF_641,
          location=VALLEY_VILLAGES, date=TODAY),
        # ¶8, «وكان … قد» at another place: eight young men of Anaz abducted on 15 August 2013 (core,
        # historical); the villagers' charge about the ransom optional
        E(True, ["ASSAULT"], [8], "خطفوا", ["historical", "asserted"], mode="abduct", source=ANAZ_ABDUCTORS,
          recipient=ANAZ_YOUTHS, location=ANAZ, date=D("2013-08-15"), attribution=["أهالي القرية"],
          acled=ABDUCTION),
        E(False, ["ACCUSE"], [8], "يتهمون", ["asserted"], source=ANAZ_PEOPLE, recipient=JUND_AL_SHAM,
          date=None),
        # ¶9: the threat of the leaflets dropped from helicopters two days before the assault; the amnesty
        # they offer optional
        E(True, ["THREATEN"], [9], "وتتوعد", ["asserted"], mode="violence", source=ARMY_HELICOPTERS,
          recipient=HOSN_GUNMEN, location=HOSN, date=D("2014-03-17", "day", ("2014-03-15", "2014-03-19"))),
        E(False, ["AGREE"], [9], "وتعد", ["asserted"], source=ARMY_HELICOPTERS, recipient=HOSN_GUNMEN,
          date=None),
        # ¶10 («أما … ف»): the coalition's accusation; the shelling since the summer optional, generic
        E(True, ["ACCUSE"], [10], "فاتهم", ["asserted"], source=SNC, recipient=REGIME_FORCES,
          date=TODAY_OR_EVE),
        E(False, ["ASSAULT"], [10], "القصف", ["generic"], mode="heavy-weapons", source=REGIME_FORCES,
          location=HOSN_CASTLE, date=None),
        # ¶11: a surrender told on loyalist pages and confirmed by no one (rumoured)
        E(True, ["RETREAT", "CONCEDE"], [11], "استسلام", ["rumored"], mode="disarm", source=SURRENDERED,
          recipient=SYRIAN_ARMY_641, location=HOSN, date=None,
          attribution=["صفحات موالية على مواقع التواصل الاجتماعي"]),
        # ¶12 (a verb of failure): no deal reached by the notables (negated); their contacts optional
        E(True, ["AGREE"], [12], "اتفاق", ["negated"], source=HOSN_TALKS, recipient=HOSN_TALKS,
          location=HOSN, date=D("2014-03-17", "week", ("2014-03-10", "2014-03-20")),
          attribution=["أحد الوجهاء"]),
        E(False, ["CONSULT"], [12], "اتصالات", ["asserted"], source=HOSN_TALKS, recipient=HOSN_TALKS,
          date=None),
        # ¶13 (a hotel owner) holds no event. ¶14: the clerics' praise; their meeting and their demand
        # optional
        E(True, ["SUPPORT"], [14], "وأشاد", ["asserted"], source=VALLEY_CLERICS,
          recipient={"en": ["Syrian army", "Syrian soldiers"], "ar": ["الجنود", "ضباط من الجيش"]},
          location=HUMAIRA, date=TODAY_OR_EVE),
        E(False, ["CONSULT"], [14], "لقاء", ["asserted"], source=CLERICS_MEETING, recipient=CLERICS_MEETING,
          location=HUMAIRA, date=TODAY_OR_EVE),
        E(False, ["REQUEST"], [14], "وطالبوا", ["asserted"], source=VALLEY_CLERICS, date=TODAY_OR_EVE),
        # ¶15: food parcels handed out
        E(True, ["AID"], [15], "ووزعت", ["asserted"], mode="humanitarian", source=SARC,
          recipient=DISPLACED_641, location=MARMARITA, date=TODAY),
        # ¶16: the first families' return «يوم الأحد المقبل» (planned)
        E(True, ["RETREAT"], [16], "تعود", ["planned"], mode="return", source=RETURNEES_641, location=HOSN,
          date=D("2014-03-23"), attribution=["مسؤول محلي في منطقة تلكلخ"]),
        # ¶17 (the shortest): the antiquities directorate's call
        E(True, ["REQUEST"], [17], "ودعت", ["asserted"], source=DGAM, location=HOSN_CASTLE,
          date=TODAY_OR_EVE),
    ],
)
