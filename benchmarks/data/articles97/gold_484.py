"""Gold of article 484: two power-line towers blown up at al-Jadaan, gunmen who fired on the repair team and
its escort at the western exit of Marib (main event, told in ¶2 after the sabotage; two dead per a military
source, three per a hospital source), an engineer's account and the tribe's version, army reinforcements
and arrests, the electricity ministry's accusation and demand, the governor's meeting with sheikhs and their
pledge, a mediation committee due on Monday, an offer rejected and a threat against the oil pipeline, a
rumoured withdrawal, detainees not freed, the funeral, joint patrols, the year's tally of attacks, and the
pipeline blown up in Sirwah on 18 March 2013 (Marib, Yemen), a Yemeni weekly newspaper's website, 2013-04-13
(Sat). Dateline «مأرب» (the town of the event)."""
from actors_places import (
    FIVE_DETAINEES,
    GOV_OFFER,
    GOVERNOR_SHEIKHS,
    HILL_GUNMEN,
    JADAAN,
    JADAAN_HILLS,
    JOINT_PATROL_SIDES,
    MARIB_CHECKPOINT,
    MARIB_GOV,
    MARIB_JADAAN_LINE,
    MARIB_SEAT,
    MARIB_TALKS,
    MARIB_WEST_EXIT,
    MOE,
    REJECTING_GUNMEN,
    REPAIR_TEAM,
    SABOTEURS,
    SIRWAH,
    SIRWAH_SABOTEURS,
    SUBVERSIVES,
    THIRD_REGION,
    THREE_SUSPECTS,
    TRIBE_NOTABLE,
    YE_AUTHORITIES,
    YE_GOVERNMENT,
)
from common import AGREEMENT, ARREST, CLASH, MINE, D, E, paras_of

SLUG = "marib_2013_jadaan_sirwah"
THURSDAY = D("2013-04-11")
YESTERDAY = D("2013-04-12")
TODAY = D("2013-04-13")
# a statement or an act of the day whose hour the text does not give: today, or the evening before
TODAY_OR_EVE = D("2013-04-13", "day", ("2013-04-12", "2013-04-13"))
ARTICLE = dict(
    id="team97-484", slug=SLUG, published="2013-04-13",
    outlet="al-Jannatayn, a Yemeni weekly newspaper's website (fictional)",
    paras=paras_of(f"484_{SLUG}.txt"),
    events=[
        # ¶1 (dateline «مأرب»), verb-subject-object: the two towers blown up at al-Jadaan on Thursday evening
        # (the headline names it)
        E(True, ["ASSAULT"], [0, 1], "فجّر", ["asserted"], mode="explosives",
          source=SABOTEURS, location=JADAAN, date=THURSDAY,
          attribution=["المؤسسة العامة للكهرباء"], acled=MINE, tpara=1),
        # MAIN EVENT, told in ¶2 after the sabotage (the team's purpose opens it; the hour after the act in a
        # clause of its own): gunmen fire on the repair team and its escort; the engineer and the hospital's
        # three ¶3 («من قبل»), the tribe's version ¶4 and the funeral ¶13 retell it; the headline names it.
        # Two per the military source against three per the hospital → 2
        E(True, ["ASSAULT"], [0, 2, 3, 4, 13], "أطلق", ["asserted"], mode="firearms",
          source=HILL_GUNMEN, recipient=REPAIR_TEAM, location=MARIB_WEST_EXIT, date=YESTERDAY, fatalities=2,
          attribution=["«26 سبتمبر نت» عن مصدر عسكري", "مصدر طبي في المستشفى", "أحد المهندسين المصابين"],
          acled=CLASH, tpara=2),
        # ¶4: the notable's accusation (optional) and the detention of five tribesmen since early in the
        # year, told again in ¶12 (optional, historical)
        E(False, ["ACCUSE"], [4], "متهماً", ["asserted"],
          source=TRIBE_NOTABLE, recipient=YE_AUTHORITIES, date=TODAY_OR_EVE),
        E(False, ["COERCE"], [4, 12], "محتجزين", ["historical", "asserted"], mode="arrest",
          source=YE_AUTHORITIES, recipient=FIVE_DETAINEES, date=None),
        # ¶5, two events joined with «و» and a second verb: reinforcements sent and three suspects arrested
        E(True, ["MOBILIZE"], [5], "ودفعت", ["asserted"], mode="troops",
          source=THIRD_REGION, location=JADAAN_HILLS, date=TODAY, attribution=["مصدر أمني"]),
        E(True, ["COERCE"], [5], "واعتقلت", ["asserted"], mode="arrest",
          source=THIRD_REGION, recipient=THREE_SUSPECTS, location=MARIB_CHECKPOINT, date=TODAY, acled=ARREST),
        # ¶6: the ministry's accusation and its demand
        E(True, ["ACCUSE"], [6], "واتهمت", ["asserted"],
          source=MOE, recipient=SUBVERSIVES, date=YESTERDAY, attribution=["بيان صدر أمس"]),
        E(True, ["REQUEST"], [6], "وطالبت", ["asserted"],
          source=MOE, recipient=YE_GOVERNMENT, date=YESTERDAY),
        # ¶7: the governor's meeting with the sheikhs and their pledge to protect the towers
        E(True, ["CONSULT"], [7], "والتقى", ["asserted"],
          source=GOVERNOR_SHEIKHS, recipient=GOVERNOR_SHEIKHS, location=MARIB_SEAT, date=YESTERDAY,
          attribution=["مصدر في المحافظة"]),
        E(True, ["AGREE"], [7], "وتعهّد", ["asserted"],
          source=GOVERNOR_SHEIKHS, recipient=GOVERNOR_SHEIKHS, location=MARIB_SEAT, date=YESTERDAY,
          attribution=["مصدر في المحافظة"], acled=AGREEMENT),
        # ¶8: the mediation committee due on Monday (planned)
        E(True, ["CONSULT"], [8], "تصل", ["planned"], mode="visit",
          source=MARIB_TALKS, recipient=MARIB_TALKS, location=MARIB_GOV, date=D("2013-04-15"),
          attribution=["عضو في اللجنة"]),
        # ¶9 (the transmission line described) holds no event. ¶10, two events joined with «و»: the offer
        # rejected and the conditional threat against the pipeline; the offer itself and the blast threatened
        # are optional (the blast hypothetical)
        E(True, ["REJECT"], [10], "ورفض", ["asserted"],
          source=REJECTING_GUNMEN, recipient=GOV_OFFER, date=TODAY_OR_EVE, attribution=["وسطاء قبليين"]),
        E(False, ["AGREE"], [10], "عرضاً حكومياً", ["asserted"],
          source=GOV_OFFER, recipient=REJECTING_GUNMEN, date=YESTERDAY),
        E(True, ["THREATEN"], [10], "وهددوا", ["asserted", "reported"], mode="violence",
          source=REJECTING_GUNMEN, date=TODAY_OR_EVE, attribution=["وسطاء قبليين"]),
        E(False, ["ASSAULT"], [10], "بتفجير", ["hypothetical"], mode="explosives",
          source=REJECTING_GUNMEN, location=SIRWAH, date=None),
        # ¶11: the gunmen's withdrawal told by tribal sources and not confirmed (rumoured; possessive actor)
        E(True, ["RETREAT"], [11], "انسحاب", ["rumored"], mode="withdraw",
          source=SABOTEURS, location=JADAAN_HILLS, date=TODAY_OR_EVE, attribution=["مصادر قبلية"]),
        # ¶12: the five detainees not freed (negated RETREAT)
        E(True, ["RETREAT"], [12], "تُفرج", ["negated"], mode="release",
          source=YE_AUTHORITIES, recipient=FIVE_DETAINEES, date=TODAY),
        # ¶13: the funeral belongs to the main event. ¶14 (the blackouts described) holds no event. ¶15: the
        # joint patrols of army units and tribesmen (COOPERATE)
        E(True, ["COOPERATE"], [15], "دوريات مشتركة", ["asserted"],
          source=JOINT_PATROL_SIDES, recipient=JOINT_PATROL_SIDES, location=MARIB_JADAAN_LINE, date=TODAY),
        # ¶16: the tally of attacks on the lines since last year, an aggregate (optional, generic)
        E(False, ["ASSAULT"], [16], "اعتداء", ["generic"], mode="explosives",
          location=MARIB_GOV, date=None),
        # ¶17, «وكان … قد» at another place: the oil pipeline blown up in Sirwah on 18 March (core,
        # historical)
        E(True, ["ASSAULT"], [17], "فجّروا", ["historical", "asserted"], mode="explosives",
          source=SIRWAH_SABOTEURS, location=SIRWAH, date=D("2013-03-18"), acled=MINE),
    ],
)
