"""Gold of article 568: Najaf (its Iranian consulate, the Sadrein and Thawrat al-Ishreen squares, the
governorate building) and Kufa, a Najaf-based local news website, 2019-11-28 (Thu)."""
from actors_places import (
    ARMED_FACTIONS,
    ATTACKERS,
    CONSULATE,
    CONSULATE_STAFF,
    CRISIS_CELL,
    DETAINEES,
    INQUIRY,
    IQ_CHARGE,
    IQ_GOV,
    IQ_SECURITY,
    IR_CONSULATE,
    IR_MFA,
    ISHREEN_SQUARE,
    KUFA_BRIDGE,
    KUFA_PROTESTERS,
    KUFA_RESIDENTS,
    MEF_COMMAND,
    MEF_SOURCE,
    MOURNERS,
    NAJAF,
    NAJAF_COUNCIL,
    NAJAF_GOV_BUILDING,
    NAJAF_KUFA,
    NAJAF_POLICE,
    NAJAF_STREETS,
    NAJAF_VICTIMS,
    OFFICERS,
    PROTESTERS,
    RIOT_POLICE,
    SADREIN,
    SEC_LEADERS,
    SIT_IN,
    TEHRAN,
    TRIBAL_DELEGATION,
)
from common import ARREST, EXCESSIVE, PEACEFUL, RIOT, D, E, paras_of

SLUG = "najaf_2019_consulate_sadrein_kufa_curfew"
TODAY = D("2019-11-28")
LAST_NIGHT = D("2019-11-27", "day", ("2019-11-27", "2019-11-28"))
AFTER_MIDNIGHT = D("2019-11-28", "day", ("2019-11-27", "2019-11-28"))
SINCE_YESTERDAY = D("2019-11-28", "day", ("2019-11-27", "2019-11-28"))
ARTICLE = dict(
    id="team114-568", slug=SLUG, published="2019-11-28",
    outlet="Sada al-Kufa, a Najaf-based local news website (fictional)",
    paras=paras_of(f"568_{SLUG}.txt"),
    events=[
        # ¶1 (dateline «النجف», the town of the event) and the headline: hundreds of protesters storm and set
        # fire to the Iranian consulate last night (core PROTEST riot, Riots/Violent demonstration; the fire
        # set is the same riot, an optional ASSAULT destroy); the staff leaving by a back door is optional
        E(True, ["PROTEST"], [0, 1], "اقتحم", ["asserted"], mode="riot",
          source=PROTESTERS, recipient=IR_CONSULATE, location=CONSULATE, date=LAST_NIGHT,
          attribution=["مراسل «صدى الكوفة»"], acled=RIOT, tpara=1),
        E(False, ["ASSAULT", "PROTEST"], [1], "وأضرموا", ["asserted"], mode="destroy",
          source=PROTESTERS, location=CONSULATE, date=LAST_NIGHT),
        E(False, ["RETREAT"], [1], "غادر", ["asserted"], mode="withdraw",
          source=CONSULATE_STAFF, location=CONSULATE, date=LAST_NIGHT),
        # the main event, in ¶2 after the storming of ¶1: after midnight the security forces fire live rounds
        # at the protesters around the consulate and in the Sadrein square; three killed per the health
        # directorate, six per activists → 3 (the lowest); ¶3 the police's version (no number), ¶6 the
        # funeral of two of «القتلى الثلاثة», ¶17 their burial; the headline names it
        E(True, ["ASSAULT"], [0, 2, 3, 6, 17], "أطلقت", ["asserted", "reported"], mode="firearms",
          source=IQ_SECURITY, recipient=NAJAF_VICTIMS, location=NAJAF_STREETS, date=AFTER_MIDNIGHT,
          fatalities=3, attribution=["دائرة صحة النجف", "ناشطون في تنسيقيات الحراك"], acled=EXCESSIVE,
          tpara=2),
        # ¶3: the police's accusation of «جهات مشبوهة» (optional ACCUSE)
        E(False, ["ACCUSE"], [3], "متهمة", ["asserted"],
          source=NAJAF_POLICE, date=TODAY),
        # ¶4, one sentence, two events joined with «و» and a second verb: the crisis cell's curfew (core
        # COERCE curfew) and troops deployed at the city's entrances (core MOBILIZE troops)
        E(True, ["COERCE"], [4], "وفرضت", ["asserted"], mode="curfew",
          source=CRISIS_CELL, location=NAJAF, date=TODAY),
        E(True, ["MOBILIZE"], [4], "ونشرت", ["asserted"], mode="troops",
          source=MEF_COMMAND, location=NAJAF, date=TODAY),
        # ¶5: 28 young men arrested in Najaf and Kufa (core COERCE, Arrests); six released on bail (optional)
        E(True, ["COERCE"], [5], "واعتقلت", ["asserted"], mode="arrest",
          source=IQ_SECURITY, recipient=DETAINEES, location=NAJAF_KUFA, date=TODAY,
          attribution=["مصدر أمني"], acled=ARREST),
        E(False, ["RETREAT"], [5], "أُطلق", ["asserted"], mode="release",
          location=NAJAF_KUFA, date=TODAY),
        # ¶6: a funeral turned into a march from the Thawrat al-Ishreen square (core PROTEST demo, Peaceful
        # protest); the paragraph is also one of the main event's
        E(True, ["PROTEST"], [6], "تظاهرة", ["asserted"], mode="demo",
          source=MOURNERS, location=ISHREEN_SQUARE, date=TODAY, acled=PEACEFUL),
        # paragraph 7 (the Thawrat al-Ishreen square and its tents: a description and a standing situation)
        # holds no event
        # ¶8: armed factions from outside the province arriving, rumoured and denied (core MOBILIZE,
        # rumored; the denial optional REJECT, the army columns it names optional)
        E(True, ["MOBILIZE"], [8], "وصول", ["rumored", "reported"], mode="troops",
          source=ARMED_FACTIONS, location=NAJAF, date=None, attribution=["صفحات على مواقع التواصل"]),
        E(False, ["REJECT"], [8], "نفى", ["asserted"],
          source=MEF_SOURCE, location=NAJAF, date=TODAY),
        E(False, ["MOBILIZE"], [8], "دخلت", ["asserted"], mode="troops",
          source=MEF_COMMAND, date=None),
        # ¶9, verb–subject–object: Iran's foreign ministry condemns the attack (core ACCUSE) and asks the
        # Iraqi government to act (core REQUEST); the chargé d'affaires summoned in Tehran is optional CONSULT
        E(True, ["ACCUSE"], [9], "ودانت", ["asserted"],
          source=IR_MFA, recipient=ATTACKERS, date=SINCE_YESTERDAY),
        E(True, ["REQUEST"], [9], "وطالبت", ["asserted"],
          source=IR_MFA, recipient=IQ_GOV, date=SINCE_YESTERDAY),
        E(False, ["CONSULT"], [9], "استدعت", ["asserted"],
          source=IR_MFA, recipient=IQ_CHARGE, location=TEHRAN, date=SINCE_YESTERDAY),
        # ¶10: a delegation of tribal sheikhs mediating with the sit-in (core CONSULT third-party); it carries
        # their demands to the police (optional REQUEST)
        E(True, ["CONSULT"], [10], "وزار", ["asserted"], mode="third-party",
          source=TRIBAL_DELEGATION, recipient=SIT_IN, location=SADREIN, date=TODAY),
        E(False, ["REQUEST"], [10], "مطالبهم", ["asserted"],
          source=SIT_IN, recipient=NAJAF_POLICE, date=TODAY),
        # ¶11: the police's conditional warning (core THREATEN arrest); the arrests threatened are optional,
        # hypothetical
        E(True, ["THREATEN"], [11], "وحذّرت", ["asserted"], mode="arrest",
          source=NAJAF_POLICE, date=TODAY),
        E(False, ["COERCE"], [11], "ستعتقل", ["hypothetical"], mode="arrest",
          source=NAJAF_POLICE, date=None),
        # ¶12: a government committee of inquiry due in Najaf tomorrow (core CONSULT visit, planned)
        E(True, ["CONSULT"], [12], "تصل", ["planned"], mode="visit",
          source=INQUIRY, location=NAJAF, date=D("2019-11-29"), attribution=["عضو في مجلس المحافظة"]),
        # ¶13: no officer referred to investigation (core COERCE, negated)
        E(True, ["COERCE"], [13], "تُحِل", ["negated"],
          source=IQ_GOV, recipient=OFFICERS, date=TODAY),
        # background at another place, in «وكان … قد»: riot police fire on protesters at the Kufa bridge on
        # 5 November (core, historical, 2; Excessive force against protesters); the bridge blocked and the
        # sit-in after it are optional historical PROTEST events
        E(True, ["ASSAULT"], [14], "أطلقت", ["historical", "asserted", "reported"], mode="firearms",
          source=RIOT_POLICE, recipient=KUFA_PROTESTERS, location=KUFA_BRIDGE, date=D("2019-11-05"),
          fatalities=2, attribution=["مفوضية حقوق الإنسان"], acled=EXCESSIVE),
        E(False, ["PROTEST"], [14], "قطع", ["historical", "asserted"], mode="obstruct",
          source=KUFA_PROTESTERS, location=KUFA_BRIDGE, date=D("2019-11-05")),
        E(False, ["PROTEST"], [14], "الاعتصام", ["historical", "asserted"], mode="demo",
          source=KUFA_RESIDENTS, location=KUFA_BRIDGE, date=None),
        # ¶15, subject–verb–object with a long parenthetical: the provincial council blames the security
        # commanders (core ACCUSE) and asks the federal government to withdraw the forces (core REQUEST); its
        # emergency session is in the relative clause (optional CONSULT)
        E(True, ["ACCUSE"], [15], "حمّل", ["asserted"],
          source=NAJAF_COUNCIL, recipient=SEC_LEADERS, date=TODAY),
        E(True, ["REQUEST"], [15], "وطالب", ["asserted"],
          source=NAJAF_COUNCIL, recipient=IQ_GOV, date=TODAY),
        E(False, ["CONSULT"], [15], "جلسة", ["asserted"], mode="multilateral",
          source=NAJAF_COUNCIL, location=NAJAF_GOV_BUILDING, date=TODAY),
        # paragraph 16 (the dead and wounded since October: aggregates) holds no event; ¶17, the burial, is a
        # paragraph of the main event
    ],
)
