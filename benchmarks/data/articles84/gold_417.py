"""Gold of article 417: Tafas and al-Muzayrib (the western Daraa countryside) after the local elections, a
London-based pan-Arab daily newspaper's website, 2018-09-20 (Thu)."""
from actors_places import (
    ASSASSINS,
    BAATH_DARAA,
    BOYCOTT_CALLERS,
    DARAA,
    DARAA_GOVERNOR,
    DARAA_POLICE,
    FOURTH_DIVISION,
    INCITERS,
    INDEP_CANDIDATES,
    JUDICIAL_COMMITTEE,
    MIL_JUDGE,
    MIL_SEC_HEAD,
    MIL_SECURITY,
    MUZAYRIB,
    MUZAYRIB_VICTIM,
    REGIME_RUSSIA,
    TAFAS,
    TAFAS_BOYCOTTERS,
    TAFAS_EAST,
    TAFAS_GUNMEN,
    TAFAS_MEMBER,
    TAFAS_NOTABLES,
    TAFAS_PROTESTERS,
    TERROR_GROUP,
    THREE_ACTIVISTS,
)
from common import AGREEMENT, ARREST, ATTACK, PEACEFUL, D, E, paras_of

SLUG = "daraa_2018_tafas_muzayrib_local_vote"
TODAY = D("2018-09-20")
ARTICLE = dict(
    id="team84-417", slug=SLUG, published="2018-09-20",
    outlet="al-Ufuq al-Arabi, a London-based pan-Arab daily newspaper's website (fictional)",
    paras=paras_of(f"417_{SLUG}.txt"),
    events=[
        # the main event, first in the lead: a newly elected council member and his driver shot dead on the
        # farm road west of Tafas «مساء أمس الأربعاء», the time told after the act in its own clause (headline
        # 0; the correspondent's details 2; the cousin and the burial 8; the police source's retelling 9) → 2
        E(True, ["ASSAULT"], [0, 1, 2, 8, 9], "قُتل", ["asserted"], mode="assassinate",
          source=TAFAS_GUNMEN, recipient=TAFAS_MEMBER, location=TAFAS, date=D("2018-09-19"), fatalities=2,
          attribution=["مراسل «الأفق العربي» في درعا"], acled=ATTACK, tpara=1),
        # ¶3: the vote of Sunday is told in «وكان … قد» and is no event of its own; the July settlement is
        # recalled (optional AGREE, historical); the call to boycott, made before the vote (REQUEST, PROTEST
        # accepted)
        E(False, ["AGREE"], [3], "اتفاق «التسوية»", ["historical"],
          source=REGIME_RUSSIA, location=DARAA, date=D("2018-07-15", "month", ("2018-07-01", "2018-07-31")),
          acled=AGREEMENT),
        E(True, ["REQUEST", "PROTEST"], [3], "دعوات", ["historical", "asserted"],
          source=BOYCOTT_CALLERS, location=TAFAS, date=D("2018-09-13", "week", ("2018-09-07", "2018-09-16"))),
        # ¶4: the boycott itself (optional PROTEST; the headline and the lead name it) and the Baath branch
        # secretary's praise of the turnout (SUPPORT)
        E(False, ["PROTEST"], [0, 1, 4], "وقاطع", ["asserted"],
          source=TAFAS_BOYCOTTERS, location=TAFAS, date=D("2018-09-16"), tpara=4),
        E(True, ["SUPPORT"], [4], "وأشاد", ["asserted"], source=BAATH_DARAA, location=DARAA, date=TODAY),
        # ¶5: the protest before the municipality on Tuesday evening (headline 0, lead 1) and the protesters'
        # accusation of the judicial committee, joined with «و» and a second verb
        E(True, ["PROTEST"], [0, 1, 5], "واحتجّ", ["asserted"], mode="demo",
          source=TAFAS_PROTESTERS, recipient=JUDICIAL_COMMITTEE, location=TAFAS, date=D("2018-09-18"),
          acled=PEACEFUL, tpara=5),
        E(True, ["ACCUSE"], [5], "واتهموا", ["asserted"],
          source=TAFAS_PROTESTERS, recipient=JUDICIAL_COMMITTEE, location=TAFAS, date=D("2018-09-18")),
        # ¶6: three activists arrested at a Military Security checkpoint on Tuesday night (headline 0); their
        # phones seized (optional)
        E(True, ["COERCE"], [0, 6], "واعتُقل", ["asserted"], mode="arrest",
          source=MIL_SECURITY, recipient=THREE_ACTIVISTS, location=TAFAS_EAST,
          date=D("2018-09-18", "day", ("2018-09-18", "2018-09-19")), attribution=["أحد أقاربهم"],
          acled=ARREST, tpara=6),
        E(False, ["COERCE"], [6], "صادروا", ["asserted"], mode="confiscate",
          source=MIL_SECURITY, recipient=THREE_ACTIVISTS, location=TAFAS_EAST,
          date=D("2018-09-18", "day", ("2018-09-18", "2018-09-19"))),
        # ¶7: the military judge releases the three on bail this morning (RETREAT, release); their written
        # pledge not to protest optional AGREE
        E(True, ["RETREAT"], [7], "وأخلى", ["asserted"], mode="release",
          source=MIL_JUDGE, recipient=THREE_ACTIVISTS, location=DARAA, date=TODAY),
        E(False, ["AGREE"], [7], "تعهّدوا", ["asserted"], source=THREE_ACTIVISTS, location=DARAA, date=TODAY),
        # ¶9: the police source blames «a terrorist group» (optional ACCUSE; the paragraph retells the
        # killing)
        E(False, ["ACCUSE"], [9], "تقف وراء", ["asserted", "reported"],
          source=DARAA_POLICE, recipient=TERROR_GROUP, date=TODAY, attribution=["صحيفة موالية"]),
        # paragraph 10 (Tafas: description) holds no event
        # ¶11: the Military Security chief's threat, made while meeting Tafas notables yesterday (THREATEN and
        # CONSULT); the notables' demand optional
        E(True, ["THREATEN"], [11], "وهدّد", ["asserted", "reported"], mode="arrest",
          source=MIL_SEC_HEAD, recipient=INCITERS, location=DARAA, date=D("2018-09-19"),
          attribution=["أحد الحاضرين"]),
        E(True, ["CONSULT"], [11], "لقائه", ["asserted"], mode="visit",
          source=MIL_SEC_HEAD, recipient=TAFAS_NOTABLES, location=DARAA, date=D("2018-09-19")),
        E(False, ["REQUEST"], [11], "طالبوا", ["asserted"],
          source=TAFAS_NOTABLES, recipient=MIL_SEC_HEAD, location=DARAA, date=D("2018-09-19")),
        # ¶12: the judicial committee promises a recount of two centres on Sunday (AGREE, CONCEDE accepted)
        E(True, ["AGREE", "CONCEDE"], [12], "وتعهّدت", ["asserted"],
          source=JUDICIAL_COMMITTEE, recipient=INDEP_CANDIDATES, location=TAFAS, date=D("2018-09-19")),
        # ¶13: Fourth Division reinforcements, rumoured by local pages and unconfirmed
        E(True, ["MOBILIZE"], [13], "تعزيزات", ["rumored", "reported"], mode="troops",
          source=FOURTH_DIVISION, location=TAFAS, date=TODAY, attribution=["صفحات محلية"]),
        # ¶14: the governor's visit on Saturday (planned CONSULT)
        E(True, ["CONSULT"], [14], "يزور", ["planned"], mode="visit",
          source=DARAA_GOVERNOR, recipient=TAFAS_NOTABLES, location=TAFAS, date=D("2018-09-22")),
        # ¶15: the judicial committee did not attend the candidates' meeting yesterday (core CONSULT, negated)
        E(True, ["CONSULT"], [15], "ولم يحضر", ["negated"],
          source=JUDICIAL_COMMITTEE, recipient=INDEP_CANDIDATES, location=TAFAS, date=D("2018-09-19")),
        # background at another place, in «وكان … قد»: a former commander shot dead in al-Muzayrib on 31
        # August
        E(True, ["ASSAULT"], [16], "اغتالوا", ["historical", "asserted"], mode="assassinate",
          source=ASSASSINS, recipient=MUZAYRIB_VICTIM, location=MUZAYRIB, date=D("2018-08-31"), fatalities=1,
          acled=ATTACK),
        # paragraph 17 (the wave of assassinations since the settlement: generic, analysis) holds no event
    ],
)
