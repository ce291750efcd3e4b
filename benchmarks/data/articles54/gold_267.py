"""Gold of article 267: Deir Atiyah (the eastern quarter and the hospital), al-Nabk (its western farms, the
southern entrance and the town hall), Qara and the Damascus–Homs highway (Qalamoun, Rif Dimashq, Syria), a
Damascus daily's Qalamoun report, 2013-06-11 (Tue)."""
from actors_places import (
    DEIR_ATIYAH,
    DEIR_ATIYAH_EAST,
    DEIR_ATIYAH_HOSPITAL,
    DEIR_ATIYAH_MARCHERS,
    DEIR_ATIYAH_VICTIMS,
    INTL_ORGS,
    MLA_DELEGATION,
    NABK,
    NABK_DETAINEES,
    NABK_FARM_GUNMEN,
    NABK_FARMS,
    NABK_GUNMEN_11,
    NABK_IDPS,
    NABK_NOTABLES,
    NABK_SOUTH,
    NABK_TOWN_HALL,
    NUSRA_13,
    QALAMOUN_COMMAND,
    QARA_HIGHWAY,
    QARA_NORTH,
    QARA_SOLDIERS,
    RD_GOVERNOR,
    RD_HEALTH,
    RECONCILIATION_COMMITTEE,
    SARC,
    SY_ARMY_13,
    SY_AUTHORITIES_13,
    SY_MFA,
    SY_REBELS_13,
    TERROR_BACKERS,
    UN_SG_UNSC,
)
from common import ARREST, MINE, PEACEFUL, SHELL, D, E, paras_of

SLUG = "nabk_2013_deir_atiyah_qara_highway_qalamoun"
TODAY = D("2013-06-11")
YESTERDAY = D("2013-06-10")
SINCE_YESTERDAY = D("2013-06-11", "day", ("2013-06-10", "2013-06-11"))
ARTICLE = dict(
    id="team54-267", slug=SLUG, published="2013-06-11",
    outlet="al-Fayha' al-Yawm daily, Damascus, Qalamoun report (fictional)",
    paras=paras_of(f"267_{SLUG}.txt"),
    events=[
        # the mortar rounds on Deir Atiyah's eastern quarter «مساء أمس الاثنين»: headline 0, lead 1 (a Rif
        # Dimashq police source: six), the follow-up 9 (the hospital director: five; the town council head:
        # seven after a body was pulled from the rubble) → 5, the hospital's figure
        E(True, ["ASSAULT"], [0, 1, 9], "أطلقتها", ["asserted", "reported"], mode="heavy-weapons",
          source=SY_REBELS_13, recipient=DEIR_ATIYAH_VICTIMS, location=DEIR_ATIYAH_EAST, date=YESTERDAY,
          fatalities=5, attribution=["مصدر في قيادة شرطة محافظة ريف دمشق", "مدير المشفى",
                                     "رئيس مجلس المدينة"], acled=SHELL, tpara=1),
        # the army's reply on the «terrorists'» gatherings in Nabk's western farms and around Qara
        # (headline 0; a military source); the three gun trucks destroyed are part of it (optional)
        E(True, ["ASSAULT"], [0, 2], "باستهداف", ["asserted", "reported"], mode="heavy-weapons",
          source=SY_ARMY_13, recipient=SY_REBELS_13, location=NABK_FARMS, date=SINCE_YESTERDAY,
          attribution=["مصدر عسكري"], acled=SHELL, tpara=2),
        E(False, ["ASSAULT"], [2], "ودمّرت", ["asserted", "reported"], mode="destroy",
          source=SY_ARMY_13, recipient=SY_REBELS_13, location=NABK_FARMS, date=SINCE_YESTERDAY),
        # paragraph 3 (the highway, the summer visitors «until recently», «the country's artery») holds no
        # event
        # three «terrorists» arrested at the southern entrance «without resistance» (a negation that negates
        # nothing); the seizure of their weapons and forged identity cards is optional
        E(True, ["COERCE"], [4], "القبض", ["asserted", "reported"], mode="arrest",
          source=SY_AUTHORITIES_13, recipient=NABK_DETAINEES, location=NABK_SOUTH, date=SINCE_YESTERDAY,
          attribution=["مصدر أمني"], acled=ARREST),
        E(False, ["COERCE"], [4], "وضبطت", ["asserted", "reported"], mode="confiscate",
          source=SY_AUTHORITIES_13, recipient=NABK_DETAINEES, location=NABK_SOUTH, date=SINCE_YESTERDAY),
        # the rumoured withdrawal from the highway checkpoint near Qara, denied by a military source
        E(True, ["RETREAT"], [5], "انسحاب", ["rumored", "negated", "reported"], mode="withdraw",
          source=SY_ARMY_13, location=QARA_HIGHWAY, date=SINCE_YESTERDAY,
          attribution=["قنوات فضائية مغرضة", "مصدر عسكري"]),
        # the governor's blame on the «states supporting terrorism» and his demand to international
        # organisations (the «crimes» are its content); his visit to the wounded (optional)
        E(True, ["ACCUSE"], [6], "وحمّل", ["asserted"],
          source=RD_GOVERNOR, recipient=TERROR_BACKERS, date=SINCE_YESTERDAY),
        E(True, ["REQUEST"], [6], "وطالب", ["asserted"],
          source=RD_GOVERNOR, recipient=INTL_ORGS, date=SINCE_YESTERDAY),
        E(False, ["CONSULT"], [6], "تفقّده", ["asserted"], mode="visit",
          source=RD_GOVERNOR, location=DEIR_ATIYAH_HOSPITAL, date=SINCE_YESTERDAY),
        # the command's 48-hour ultimatum to the gunmen in the farms (THREATEN); the «decisive» action if it
        # expires is hypothetical (optional); the surrender asked for is its content
        E(True, ["THREATEN"], [7], "وأمهلت", ["asserted"], mode="violence",
          source=QALAMOUN_COMMAND, recipient=NABK_FARM_GUNMEN, location=NABK_FARMS, date=SINCE_YESTERDAY),
        E(False, ["ASSAULT"], [7], "سيحسم", ["hypothetical"], mode="firearms",
          source=SY_ARMY_13, recipient=NABK_FARM_GUNMEN, location=NABK_FARMS, date=None),
        # the reconciliation committee meets Nabk's notables at the town hall (CONSULT) and eleven gunmen
        # offer to settle and hand over their weapons (AGREE, an offer)
        E(True, ["CONSULT"], [8], "عقدت", ["asserted"], mode="third-party",
          source=RECONCILIATION_COMMITTEE, recipient=NABK_NOTABLES, location=NABK_TOWN_HALL, date=TODAY,
          attribution=["عضو في اللجنة"]),
        E(True, ["AGREE"], [8], "أبدى", ["asserted"],
          source=NABK_GUNMEN_11, recipient=RECONCILIATION_COMMITTEE, location=NABK, date=TODAY),
        # the follow-up (9) belongs to the first event; the two wounded taken to Damascus are no event
        # the Red Crescent's food and hygiene baskets for the families displaced from Nabk (the health
        # directorate's two ambulances optional)
        E(True, ["AID"], [10], "ووزّعت", ["asserted"], mode="humanitarian",
          source=SARC, recipient=NABK_IDPS, location=DEIR_ATIYAH, date=SINCE_YESTERDAY),
        E(False, ["AID"], [10], "أرسلت", ["asserted"], mode="humanitarian",
          source=RD_HEALTH, location=DEIR_ATIYAH_HOSPITAL, date=SINCE_YESTERDAY),
        # the Local Administration delegation due tomorrow (planned; one line)
        E(True, ["CONSULT"], [11], "يزور", ["planned"], mode="visit",
          source=MLA_DELEGATION, location=DEIR_ATIYAH, date=D("2013-06-12")),
        # paragraph 12 (the exam candidates, «the most eloquent reply to terrorism») holds no event
        # the march after the funeral (PROTEST, a rally); its condemnation of «takfiri terrorism» (optional)
        E(True, ["PROTEST"], [13], "مسيرة", ["asserted"], mode="demo",
          source=DEIR_ATIYAH_MARCHERS, location=DEIR_ATIYAH, date=SINCE_YESTERDAY, acled=PEACEFUL),
        E(False, ["ACCUSE"], [13], "ندّدوا", ["asserted"],
          source=DEIR_ATIYAH_MARCHERS, recipient=SY_REBELS_13, location=DEIR_ATIYAH, date=SINCE_YESTERDAY),
        # background: Saturday before a Tuesday, a car bomb at an army checkpoint at Qara's northern entrance
        # (core, historical, 3), claimed by al-Nusra
        E(True, ["ASSAULT"], [14], "فجّرت", ["historical", "asserted"], mode="explosives",
          source=NUSRA_13, recipient=QARA_SOLDIERS, location=QARA_NORTH, date=D("2013-06-08"), fatalities=3,
          acled=MINE),
        # the foreign ministry's demand in its two letters (the letters are the channel; the «terrorist
        # attacks» are a back-reference)
        E(True, ["REQUEST"], [15], "طالبت", ["asserted"],
          source=SY_MFA, recipient=UN_SG_UNSC, date=SINCE_YESTERDAY),
    ],
)
