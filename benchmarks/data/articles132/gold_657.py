"""Gold of article 657: the opposition factions' capture of Busra al-Sham and its citadel, the families
leaving towards the east, the local council and the factions' statements (the eastern Daraa countryside), an
Amman-based Syrian opposition regional news website, 2015-03-25 (Wed)."""
from actors_places import (
    BATTLE_657,
    BUSRA,
    BUSRA_CITADEL,
    BUSRA_CIVILIANS,
    BUSRA_COUNCIL,
    BUSRA_FAMILIES,
    BUSRA_MEETING,
    BUSRA_NORTH,
    BUSRA_TOWN,
    CAPTIVES_657,
    DARAA_COUNCIL,
    DISPLACED_657,
    EAST_DARAA_PROTESTERS,
    EAST_DARAA_TOWNS,
    FACTIONS_657,
    FIGHTERS_657,
    FSA_657,
    GARRISON_657,
    HIST_BATTLE_657,
    INTL_ROAD_657,
    JORDAN,
    LOOTERS_657,
    OPS_ROOM_657,
    REGIME_657,
    SHEIKH_MISKIN,
    SY_HELICOPTERS_657,
    SY_STATE_MEDIA,
    THAALA,
)
from common import AIR, CLASH, PEACEFUL, D, E, paras_of

SLUG = "daraa_2015_busra_al_sham_citadel_maaraba"
TODAY = D("2015-03-25")
FOUR_DAYS = D("2015-03-25", "day", ("2015-03-22", "2015-03-25"))
LATELY = D("2015-03-25", "day", ("2015-03-24", "2015-03-25"))
ARTICLE = dict(
    id="team132-657", slug=SLUG, published="2015-03-25",
    outlet="Minbar Horan, an Amman-based Syrian opposition regional news website (fictional)",
    paras=paras_of(f"657_{SLUG}.txt"),
    events=[
        # the main event, told first in the lead after the dateline «الرمثا»: the factions take Busra al-Sham
        # and its citadel at dawn after four days of battles, at least 35 killed on both sides per the joint
        # operations room; ¶5, a field commander's account («الخمسة والثلاثين»), and the headline name it
        E(True, ["ASSAULT"], [0, 1, 5], "سيطرت", ["asserted", "reported"], mode="firearms", source=BATTLE_657,
          location=BUSRA, date=FOUR_DAYS, fatalities=35,
          attribution=["مراسل «منبر حوران»", "غرفة العمليات المشتركة للفصائل في الجنوب"], acled=CLASH,
          tpara=1),
        # ¶2: barrel bombs on the northern quarters this afternoon (core ASSAULT, Air/drone strike)
        E(True, ["ASSAULT"], [2], "بإلقاء", ["asserted", "reported"], mode="aerial",
          source=SY_HELICOPTERS_657,
          recipient=BUSRA_CIVILIANS, location=BUSRA_NORTH, date=TODAY, attribution=["ناشطين من المدينة"],
          acled=AIR),
        # ¶3: hundreds of families leaving, most of them eastwards (core RETREAT)
        E(True, ["RETREAT"], [3], "ونزحت", ["asserted"], source=BUSRA_FAMILIES, location=BUSRA,
          date=FOUR_DAYS),
        # ¶4: the last of the garrison leaves the citadel towards the al-Thaala airbase (core RETREAT); the
        # tanks and the depot seized are optional
        E(True, ["RETREAT"], [4], "وخرج", ["asserted"], mode="withdraw", source=GARRISON_657,
          location=BUSRA_CITADEL, date=TODAY),
        E(False, ["COERCE"], [4], "استولى", ["asserted"], mode="confiscate", source=FSA_657,
          location=BUSRA_CITADEL, date=TODAY),
        # ¶5 is a paragraph of the main event; paragraph 6 (Busra al-Sham: a description) holds no event;
        # ¶7: nine militiamen taken (core COERCE, no ACLED label: part of the battle)
        E(True, ["COERCE"], [7], "وقبض", ["asserted"], mode="arrest", source=FSA_657, recipient=CAPTIVES_657,
          location=BUSRA, date=FOUR_DAYS, attribution=["مسؤول في غرفة العمليات"]),
        # ¶8: the factions' joint statement calls on their fighters to protect property (core REQUEST); the
        # call on the displaced to come back and the pledge are optional
        E(True, ["REQUEST"], [8], "دعت", ["asserted"], source=FACTIONS_657, recipient=FIGHTERS_657,
          location=BUSRA, date=LATELY),
        E(False, ["REQUEST"], [8], "وطالبت", ["asserted"], source=FACTIONS_657, recipient=DISPLACED_657,
          date=LATELY),
        E(False, ["AGREE"], [8], "متعهدة", ["asserted"], source=FACTIONS_657, recipient=DISPLACED_657,
          date=LATELY),
        # ¶9: the operations room's e-mailed threat: «كل من» attacks the homes of the displaced will be tried
        # (core THREATEN); the guard set on the theatre is optional
        E(True, ["THREATEN"], [9], "وتوعدت", ["asserted"], mode="arrest", source=OPS_ROOM_657,
          recipient=LOOTERS_657, location=BUSRA, date=LATELY),
        E(False, ["MOBILIZE"], [9], "كلفت", ["asserted"], mode="police", source=OPS_ROOM_657, location=BUSRA,
          date=LATELY),
        # paragraph 10 (a displaced woman's words) holds no event; ¶11: regime forces said on «تويتر» to be
        # massing at al-Thaala and Izraa (core MOBILIZE, rumored)
        E(True, ["MOBILIZE"], [11], "حشود", ["rumored"], mode="troops", source=REGIME_657, location=THAALA,
          date=None, attribution=["حسابات على «تويتر»"]),
        E(False, ["ASSAULT"], [11], "لهجوم معاكس", ["hypothetical", "rumored"], mode="firearms",
          source=REGIME_657, location=BUSRA, date=None),
        # background in «وكانت … قد», at another place: the capture of Sheikh Miskin on 7 November (core,
        # historical, Armed clash); the road cut then is optional
        E(True, ["ASSAULT"], [12], "سيطرت", ["historical", "asserted"], mode="firearms",
          source=HIST_BATTLE_657, location=SHEIKH_MISKIN, date=D("2014-11-07"), acled=CLASH),
        E(False, ["COERCE"], [12], "قطعت", ["historical", "asserted"], mode="restrict", source=FACTIONS_657,
          location=INTL_ROAD_657, date=D("2014-11-07")),
        # ¶13: notables and the factions' representatives meet and elect a local council (core CONSULT)
        E(True, ["CONSULT"], [13], "اجتماعاً", ["asserted"], mode="multilateral", source=BUSRA_MEETING,
          location=BUSRA_TOWN, date=TODAY),
        # ¶14: rallies in al-Jiza, al-Musayfirah and Ghasm (core PROTEST)
        E(True, ["PROTEST"], [14], "مظاهرات", ["asserted"], mode="demo", source=EAST_DARAA_PROTESTERS,
          location=EAST_DARAA_TOWNS, date=TODAY, acled=PEACEFUL),
        # ¶15: no relief convoy has entered the town (core AID, negated)
        E(True, ["AID"], [15], "قافلة", ["negated"], mode="humanitarian", location=BUSRA, date=None),
        # the continuing shelling of the roads is optional (ASSAULT, generic)
        E(False, ["ASSAULT"], [15], "القصف المستمر", ["generic"], mode="heavy-weapons", location=BUSRA,
          date=None),
        # ¶16: the regime's media blame Jordan (core ACCUSE)
        E(True, ["ACCUSE"], [16], "واتهم", ["asserted"], source=SY_STATE_MEDIA, recipient=JORDAN,
          date=LATELY),
        # ¶17: the new council's first session «يوم السبت المقبل» (core CONSULT, planned)
        E(True, ["CONSULT"], [17], "جلساته", ["planned"], mode="multilateral", source=BUSRA_COUNCIL,
          recipient=DARAA_COUNCIL, location=BUSRA, date=D("2015-03-28")),
    ],
)
