"""Gold of article 617: al-Bukamal, the road to al-Mayadin by al-Ashara, the T2 pumping station area and the
al-Qaim side of the border (Deir ez-Zor), a Beirut-based pro-government satellite channel's website,
2017-11-20 (Mon)."""
from actors_places import (
    ASHARA_CHECKPOINT,
    ASHARA_ROAD,
    BUKAMAL,
    BUKAMAL_BADIA,
    BUKAMAL_RETURNEES,
    BUKAMAL_ROAD,
    BUKAMAL_STREETS,
    BUKAMAL_SURROUNDINGS,
    DZ_GOVERNOR,
    FIELD_COMMANDER_617,
    IRAQI_AND_ISIS,
    ISIS_617,
    ISIS_COLUMNS,
    ISIS_EMIRS,
    ISIS_REMNANTS,
    ISIS_SIX,
    ISIS_SUSPECT,
    LOCAL_GUNMEN,
    MAYADIN,
    MAYADIN_CIVILIANS,
    MAYADIN_FAMILIES,
    MAYADIN_MARKET,
    PMF_617,
    QAIM,
    QAIM_BORDER,
    RU_AIR_617,
    SAA_AND_ISIS,
    SAA_AND_PMF,
    SAA_ARTILLERY,
    SAA_COMMAND,
    SAA_UNITS,
    SARC,
    SY_GOV,
    T2,
    TRIBAL_NOTABLES_617,
    UNSC_617,
    US_COALITION_617,
)
from common import AIR, ARREST, CLASH, MINE, SHELL, D, E, paras_of

SLUG = "deir_ez_zor_2017_bukamal_mayadin_ashara_t2"
TODAY = D("2017-11-20")
YESTERDAY = D("2017-11-19")
LATELY = D("2017-11-20", "day", ("2017-11-19", "2017-11-20"))
ARTICLE = dict(
    id="team124-617", slug=SLUG, published="2017-11-20",
    outlet="al-Sumud, the website of a Beirut-based pro-government satellite channel (fictional)",
    paras=paras_of(f"617_{SLUG}.txt"),
    events=[
        # ¶1 (dateline «دير الزور»: the governorate's capital, not the event's town): an ISIS counter-attack
        # with three car bombs on the road between al-Mayadin and al-Bukamal near al-Ashara, repelled after
        # two hours of clashes, two soldiers killed (core ASSAULT, Armed clash, both sides as source; the
        # headline names it)
        E(True, ["ASSAULT"], [0, 1], "هجوماً", ["asserted", "reported"], mode="suicide-attack",
          source=SAA_AND_ISIS, location=ASHARA_ROAD, date=TODAY, fatalities=2, attribution=["مراسل «الصمود»"],
          acled=CLASH, tpara=1),
        # ¶2: Russian air strikes on ISIS columns near the T2 pumping station kill «العشرات» (12)
        E(True, ["ASSAULT"], [2], "غارات", ["asserted", "reported"], mode="aerial", source=RU_AIR_617,
          recipient=ISIS_COLUMNS, location=T2, date=D("2017-11-19", "day", ("2017-11-19", "2017-11-20")),
          fatalities=12, attribution=["مصدر عسكري"], acled=AIR),
        # the main event, in ¶3 after the counter-attack and the strikes (not first in the lead): a week of
        # battles inside al-Bukamal ending yesterday with the town taken; seven soldiers per a military
        # source, twelve per the opposition observatory in ¶4 → 7; ¶16 the funeral of «الجنود السبعة»
        E(True, ["ASSAULT"], [0, 3, 4, 16], "معارك", ["asserted", "reported"], mode="firearms",
          source=SAA_AND_ISIS, location=BUKAMAL, date=D("2017-11-19", "day", ("2017-11-11", "2017-11-19")),
          fatalities=7, attribution=["مصدر عسكري", "«المرصد السوري»"], acled=CLASH, tpara=3),
        # ¶5: foreign ISIS commanders said by local circles to have fled before the assault, not confirmed
        # (core RETREAT, rumored)
        E(True, ["RETREAT"], [5], "فرار", ["rumored", "reported"], mode="withdraw", source=ISIS_EMIRS,
          location=BUKAMAL_BADIA, date=None, attribution=["أوساط أهلية"]),
        # ¶6: a field commander's conditional threat (core THREATEN); the local gunmen who gave themselves up
        # since the battle began are optional (generic)
        E(True, ["THREATEN"], [6], "وتوعّد", ["asserted"], mode="violence", source=FIELD_COMMANDER_617,
          recipient=ISIS_REMNANTS, location=BUKAMAL_SURROUNDINGS, date=LATELY),
        E(False, ["RETREAT"], [6], "سلموا", ["generic", "asserted"], mode="disarm", source=LOCAL_GUNMEN,
          date=None, occ=1),
        # ¶7: a Red Crescent convoy in al-Mayadin (core AID)
        E(True, ["AID"], [7], "قافلة", ["asserted"], mode="humanitarian", source=SARC,
          recipient=MAYADIN_FAMILIES, location=MAYADIN, date=TODAY,
          attribution=["مسؤول في فرع المنظمة بدير الزور"]),
        # ¶8: six ISIS members held at the al-Ashara checkpoint (core COERCE, Arrests); the bombing one of
        # them planned is optional
        E(True, ["COERCE"], [8], "وأوقفت", ["asserted"], mode="arrest", source=SAA_UNITS, recipient=ISIS_SIX,
          location=ASHARA_CHECKPOINT, date=LATELY, acled=ARREST),
        E(False, ["ASSAULT"], [8], "لتفجير", ["planned", "hypothetical"], mode="suicide-attack",
          source=ISIS_SUSPECT, location=MAYADIN_MARKET, date=None),
        # paragraph 9 (al-Bukamal: a description) holds no event
        # ¶10: the governor to meet tribal notables in al-Mayadin tomorrow (core CONSULT, planned)
        E(True, ["CONSULT"], [10], "يلتقي", ["planned"], source=DZ_GOVERNOR, recipient=TRIBAL_NOTABLES_617,
          location=MAYADIN, date=D("2017-11-21")),
        # ¶11: the Iraqi PMF has not crossed the border (core MOBILIZE, negated); the coordination with it, in
        # the same sentence (core COOPERATE)
        E(True, ["MOBILIZE"], [11], "تعبر", ["negated"], mode="troops", source=PMF_617, location=QAIM_BORDER,
          date=LATELY, attribution=["مصدر ميداني"]),
        E(True, ["COOPERATE"], [11], "التنسيق", ["asserted", "reported"], source=SAA_AND_PMF,
          location=QAIM_BORDER, date=D("2017-11-20", "week", ("2017-11-13", "2017-11-20")),
          attribution=["مصدر ميداني"]),
        # background at another place, in «وكانت … قد»: Iraqi forces and the PMF retake al-Qaim and its
        # crossing on 3 November (core, historical, Armed clash); the ISIS fighters' flight then is optional
        E(True, ["ASSAULT"], [12], "معارك", ["historical", "asserted"], mode="firearms",
          source=IRAQI_AND_ISIS, location=QAIM, date=D("2017-11-03"), acled=CLASH),
        E(False, ["RETREAT"], [12], "فر", ["historical"], mode="withdraw", source=ISIS_617, location=QAIM,
          date=D("2017-11-03", "week", ("2017-11-03", "2017-11-10"))),
        # ¶13: the foreign ministry accuses the US-led coalition (core ACCUSE) and asks the Security Council
        # to act (optional REQUEST, joined with «و» and a second verb)
        E(True, ["ACCUSE"], [13], "واتهمت", ["asserted"], source=SY_GOV, recipient=US_COALITION_617,
          date=LATELY),
        E(False, ["REQUEST"], [13], "وطالبت", ["asserted"], source=SY_GOV, recipient=UNSC_617, date=LATELY),
        # ¶14: ISIS mortars on al-Mayadin wound three civilians (core ASSAULT, Shelling); the army's answering
        # fire is optional
        E(True, ["ASSAULT"], [14], "واستهدف", ["asserted"], mode="heavy-weapons", source=ISIS_617,
          recipient=MAYADIN_CIVILIANS, location=MAYADIN, date=YESTERDAY, acled=SHELL),
        E(False, ["ASSAULT"], [14], "ردت", ["asserted"], mode="heavy-weapons", source=SAA_ARTILLERY,
          recipient=ISIS_617, date=YESTERDAY),
        # paragraph 15 (a soldier's words) holds no event; ¶16, the funeral, is a paragraph of the main event
        # ¶17: armour and infantry sent around al-Bukamal and the road (core MOBILIZE); the mines that killed
        # two returning civilians days ago are optional (historical)
        E(True, ["MOBILIZE"], [17], "ودفعت", ["asserted"], mode="troops", source=SAA_COMMAND,
          location=BUKAMAL_ROAD, date=LATELY),
        E(False, ["ASSAULT"], [17], "أودت", ["historical", "asserted"], mode="explosives", source=ISIS_617,
          recipient=BUKAMAL_RETURNEES, location=BUKAMAL_STREETS, date=None, fatalities=2, acled=MINE),
    ],
)
