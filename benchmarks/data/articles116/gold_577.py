"""Gold of article 577: al-Raqqa city (al-Badu, Nazlat Shehada, al-Mashlab, al-Daraiya, the Black Stadium),
al-Tabqa and Ain Issa (al-Raqqa), a London-based pan-Arab daily newspaper's website, 2017-08-16 (Wed)."""
from actors_places import (
    AIN_ISSA,
    AMNESTY,
    BADU,
    BADU_VICTIMS,
    COALITION,
    COALITION_SDF,
    CORRIDOR_FAMILY,
    CORRIDOR_MEN,
    DARAIYA,
    FIVE_YOUNG_MEN,
    FLEEING_FAMILIES,
    ISIS,
    ISIS_HOLDOUTS,
    MASHLAB,
    MASHLAB_SINAA,
    NAZLAT,
    RAQQA,
    RAQQA_CENTRE,
    RCC,
    SDF,
    SDF_COMMANDER,
    SDF_FIGHTERS,
    SDF_ISIS,
    STADIUM,
    TABQA,
    TRIBAL_NOTABLES,
    UN_OCHA,
)
from common import AIR, ARREST, CLASH, MINE, D, E, paras_of

SLUG = "raqqa_2017_badu_mashlab_daraiya_corridor"
TODAY = D("2017-08-16")
YESTERDAY = D("2017-08-15")
MONDAY_NIGHT = D("2017-08-14", "day", ("2017-08-14", "2017-08-15"))
TILL_DAWN = D("2017-08-15", "day", ("2017-08-14", "2017-08-15"))
SINCE_YESTERDAY = D("2017-08-16", "day", ("2017-08-15", "2017-08-16"))
ARTICLE = dict(
    id="team116-577", slug=SLUG, published="2017-08-16",
    outlet="Al-Riwaq, a London-based pan-Arab daily newspaper's website (fictional)",
    paras=paras_of(f"577_{SLUG}.txt"),
    events=[
        # the main event, first in the lead (dateline «لندن», a foreign capital): coalition air strikes on two
        # residential buildings in al-Badu on Monday night, twelve killed per the Syrian Observatory (one
        # number); ¶3 the coalition's version (no number), ¶15 «الضحايا الاثني عشر» taken out of the rubble,
        # ¶17 the burial of «القتلى الاثنا عشر»; the headline names it
        E(True, ["ASSAULT"], [0, 1, 3, 15, 17], "غارات", ["asserted", "reported"], mode="aerial",
          source=COALITION, recipient=BADU_VICTIMS, location=BADU, date=MONDAY_NIGHT, fatalities=12,
          attribution=["«المرصد السوري لحقوق الإنسان»"], acled=AIR, tpara=1),
        # ¶1: a family that had fled to the quarter two weeks earlier (optional, historical RETREAT)
        E(False, ["RETREAT"], [1], "نزحت", ["historical", "asserted"], mode="withdraw",
          location=BADU, date=None),
        # ¶2 and the headline: the SDF advance in Nazlat Shehada after clashes with ISIS until dawn yesterday
        # (core ASSAULT, Armed clash, both sides as source); the advance itself optional
        E(True, ["ASSAULT"], [0, 2], "اشتباكات", ["asserted"], mode="firearms",
          source=SDF_ISIS, location=NAZLAT, date=TILL_DAWN, attribution=["«قسد»"], acled=CLASH, tpara=2),
        E(False, ["MOBILIZE", "ASSAULT"], [2], "تقدّم", ["asserted"], mode="troops",
          source=SDF, location=NAZLAT, date=TILL_DAWN),
        # paragraph 4 (al-Raqqa and its old city: a description) holds no event
        # ¶5: a car bomb parked by ISIS explodes near an SDF gathering point in al-Mashlab yesterday morning
        # (core ASSAULT explosives, 3; Remote explosive); the SDF blowing up a second car optional
        E(True, ["ASSAULT"], [5], "وانفجرت", ["asserted", "reported"], mode="explosives",
          source=ISIS, recipient=SDF_FIGHTERS, location=MASHLAB, date=YESTERDAY, fatalities=3,
          attribution=["مصدر ميداني في «قسد»"], acled=MINE),
        E(False, ["ASSAULT"], [5], "تفجير", ["asserted"], mode="heavy-weapons",
          source=SDF, location=MASHLAB, date=YESTERDAY),
        # ¶6, one sentence, three acts: families leave (optional RETREAT: no actor's concession) through a
        # corridor opened by the SDF (core RETREAT access), and an ISIS mine kills a man and his daughter
        # (core ASSAULT explosives, 2; Remote explosive)
        E(False, ["RETREAT"], [6], "وخرجت", ["asserted"], mode="withdraw",
          source=FLEEING_FAMILIES, location=DARAIYA, date=YESTERDAY),
        E(True, ["RETREAT"], [6], "فتحته", ["asserted"], mode="access",
          source=SDF, location=DARAIYA, date=None),
        E(True, ["ASSAULT"], [6], "انفجر", ["asserted", "reported"], mode="explosives",
          source=ISIS, recipient=CORRIDOR_FAMILY, location=DARAIYA, date=YESTERDAY, fatalities=2,
          attribution=["عامل إغاثة"], acled=MINE),
        # ¶7: five young men executed by ISIS, rumoured and left open (core ASSAULT execute, rumored)
        E(True, ["ASSAULT"], [7], "إعدام", ["rumored", "reported"], mode="execute",
          source=ISIS, recipient=FIVE_YOUNG_MEN, location=RAQQA_CENTRE, date=None,
          attribution=["حملة «الرقة تُذبح بصمت»"]),
        # ¶8: the SDF to hand the administration of al-Mashlab and al-Sinaa to the Raqqa Civil Council on
        # Saturday (planned RETREAT); their capture in June is recalled (optional, historical)
        E(True, ["RETREAT"], [8], "تسلّم", ["planned"],
          source=SDF, recipient=RCC, location=MASHLAB_SINAA, date=D("2017-08-19"), attribution=["المجلس"]),
        E(False, ["ASSAULT", "MOBILIZE"], [8], "سيطرت", ["historical", "asserted"],
          source=SDF, location=MASHLAB_SINAA, date=None),
        # ¶9: an SDF commander's conditional threat (core THREATEN); the attack optional (hypothetical); the
        # time told after it («، وذلك بعد يوم من بث…») adds no event
        E(True, ["THREATEN"], [9], "وتوعّد", ["asserted"], mode="violence",
          source=SDF_COMMANDER, recipient=ISIS_HOLDOUTS, location=STADIUM, date=SINCE_YESTERDAY),
        E(False, ["ASSAULT"], [9], "بهجوم", ["hypothetical"],
          source=SDF, location=STADIUM, date=None),
        # ¶10: no UN aid into the besieged quarters since the battle began (core AID, negated); the start of
        # the battle on 6 June optional (historical)
        E(True, ["AID"], [10], "إدخال", ["negated"], mode="humanitarian",
          source=UN_OCHA, location=RAQQA, date=D("2017-08-16", "day", ("2017-06-06", "2017-08-16")),
          attribution=["«أوتشا»"]),
        E(False, ["ASSAULT"], [10], "المعركة", ["historical", "asserted"],
          location=RAQQA, date=D("2017-06-06")),
        # background at another place, in «وكان … قد»: ISIS gunmen attack an SDF post near al-Tabqa on 19 July
        # (core, historical, 4; Armed clash); the post retaken and the capture of al-Tabqa in May optional
        E(True, ["ASSAULT"], [11], "هاجموا", ["historical", "asserted"], mode="firearms",
          source=ISIS, recipient=SDF, location=TABQA, date=D("2017-07-19"), fatalities=4, acled=CLASH),
        E(False, ["ASSAULT"], [11], "يستعيدها", ["historical", "asserted"],
          source=SDF, location=TABQA, date=D("2017-07-19")),
        E(False, ["ASSAULT", "MOBILIZE"], [11], "سيطرتها", ["historical", "asserted"],
          source=SDF, location=TABQA, date=None),
        # paragraph 12 (a displaced man's words) holds no event
        # ¶13, subject–verb–object with a long parenthetical: Amnesty International accuses the coalition
        # and the SDF (core ACCUSE) and, with «و» and a second verb, asks for safe corridors (core REQUEST)
        E(True, ["ACCUSE"], [13], "اتهمت", ["asserted"],
          source=AMNESTY, recipient=COALITION_SDF, date=SINCE_YESTERDAY),
        E(True, ["REQUEST"], [13], "وطالبت", ["asserted"],
          source=AMNESTY, date=SINCE_YESTERDAY),
        # ¶14: the Civil Council's delegation meets tribal notables in Ain Issa (core CONSULT)
        E(True, ["CONSULT"], [14], "والتقى", ["asserted"], mode="visit",
          source=RCC, recipient=TRIBAL_NOTABLES, location=AIN_ISSA, date=YESTERDAY,
          attribution=["عضو في المجلس"]),
        # ¶15, the victims taken out of the rubble, is a paragraph of the main event
        # ¶16, two events in one sentence: the SDF hold forty men from the corridor (core COERCE arrest,
        # Arrests) and release half of them (optional RETREAT release)
        E(True, ["COERCE"], [16], "واحتجزت", ["asserted"], mode="arrest",
          source=SDF, recipient=CORRIDOR_MEN, location=DARAIYA, date=YESTERDAY,
          attribution=["مسؤول في مخيم النزوح"], acled=ARREST),
        E(False, ["RETREAT"], [16], "وأطلقت", ["asserted"], mode="release",
          source=SDF, recipient=CORRIDOR_MEN, location=DARAIYA, date=YESTERDAY),
        # ¶17, the burial, is a paragraph of the main event
    ],
)
