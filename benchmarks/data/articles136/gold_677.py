"""Gold of article 677: the rebel brigades' storming of the Regiment 46 base after a two-month siege, the air
strike on al-Atarib's market, prisoners and defections, the town council's appeal and a demonstration after
Friday prayers (the western Aleppo countryside), a Doha-based pan-Arab satellite news channel's website,
2012-11-20 (Tue)."""
from actors_places import (
    AID_AGENCIES_677,
    ATARIB,
    ATARIB_COUNCIL,
    ATARIB_MARCHERS,
    ATARIB_MARKET,
    ATARIB_NOTABLES,
    ATARIB_RESIDENTS,
    BATTLE_677,
    BRIGADE_LEADERS,
    COUNCIL_DEAL,
    COUNCIL_MEMBERS,
    DEFECTORS_677,
    FSA_BRIGADES,
    GARRISON_677,
    KILIS_CHARITY,
    POW_FAMILIES,
    POWS_677,
    POWS_BARE_677,
    REBELS_BARE_677,
    REGIMENT_46,
    REGIMENT_ARTILLERY,
    REGIMENT_BASE,
    REGIMENT_COMMANDER,
    REGIMENT_OR_ATARIB,
    REGIMENT_SURROUNDINGS,
    REVOLUTION_BACKERS,
    SAA_SMS,
    SIEGE_BRIGADES,
    STORMERS_677,
    SY_FORCES_677,
    SY_JET_677,
    SY_TV,
    TERROR_GANGS_677,
    URUM,
    URUM_PEOPLE,
)
from common import AIR, CLASH, PEACEFUL, SHELL, D, E, paras_of

SLUG = "atarib_2012_regiment_base_daret_azza_urum"
TODAY = D("2012-11-20")
YESTERDAY = D("2012-11-19")
SINCE_YESTERDAY = D("2012-11-19", "day", ("2012-11-19", "2012-11-20"))
LATELY = D("2012-11-20", "day", ("2012-11-19", "2012-11-20"))
ARTICLE = dict(
    id="team136-677", slug=SLUG, published="2012-11-20",
    outlet="al-Ufuq, a Doha-based pan-Arab satellite news channel's website (fictional)",
    paras=paras_of(f"677_{SLUG}.txt"),
    events=[
        # the lead (dateline «دارة عزة», the hill town where the besiegers' joint operations room sits) and
        # the headline: a regime jet's strike on al-Atarib's vegetable market this morning, eight civilians
        # killed (core ASSAULT, Air/drone strike, 8)
        E(True, ["ASSAULT"], [0, 1], "أغارت", ["asserted"], mode="aerial", source=SY_JET_677,
          location=ATARIB_MARKET, date=TODAY, fatalities=8, attribution=["ناشطون"], acled=AIR, tpara=1),
        # ¶2: the siege laid on Regiment 46 since late September (core COERCE, asserted and historical; it
        # lasted until the main event); the regime's airdrops to the garrison are optional (AID)
        E(True, ["COERCE"], [2], "حصاراً", ["asserted", "historical"], mode="restrict", source=FSA_BRIGADES,
          recipient=REGIMENT_46, location=REGIMENT_BASE, date=None),
        E(False, ["AID"], [2], "إسقاط", ["asserted", "historical"], mode="military", source=SY_FORCES_677,
          recipient=GARRISON_677, location=REGIMENT_BASE, date=None),
        # ¶3: fighters, two tanks and a field gun massed round the base last week (core MOBILIZE)
        E(True, ["MOBILIZE"], [3], "وحشدت", ["asserted"], mode="troops", source=SIEGE_BRIGADES,
          location=REGIMENT_SURROUNDINGS, date=D("2012-11-15", "week", ("2012-11-12", "2012-11-18")),
          attribution=["قائد ميداني في غرفة العمليات المشتركة"]),
        # the main event, in ¶4 after the strike, the siege and the build-up: the rebels storm the base from
        # dawn yesterday and take it this morning, thirty-six killed on both sides per the SOHR; ¶10, a
        # fighter's account («ويحكي»), and the headline name it
        E(True, ["ASSAULT"], [0, 4, 10], "واقتحم", ["asserted"], mode="firearms", source=BATTLE_677,
          location=REGIMENT_BASE, date=SINCE_YESTERDAY, fatalities=36,
          attribution=["المرصد السوري لحقوق الإنسان"], acled=CLASH, tpara=4),
        # ¶5: about seventy soldiers taken prisoner (core COERCE, no ACLED label: prisoners of war); the
        # defections before the storming are optional (RETREAT)
        E(True, ["COERCE"], [5], "وأسر", ["asserted"], mode="seize", source=STORMERS_677,
          recipient=POWS_677, location=REGIMENT_OR_ATARIB, date=SINCE_YESTERDAY),
        E(False, ["RETREAT"], [5], "انشقوا", ["reported"], mode="withdraw", source=DEFECTORS_677,
          location=REGIMENT_OR_ATARIB, date=None, attribution=["ناشطون"]),
        # ¶6: the al-Atarib local council's appeal for flour, medicine and fuel (core REQUEST)
        E(True, ["REQUEST"], [6], "وناشد", ["asserted"], source=ATARIB_COUNCIL, recipient=AID_AGENCIES_677,
          location=ATARIB, date=LATELY),
        # ¶7: text messages signed by the army, «حين تؤوون …» (core THREATEN)
        E(True, ["THREATEN"], [7], "تهديداً", ["asserted"], mode="violence", source=SAA_SMS,
          recipient=ATARIB_RESIDENTS, location=ATARIB, date=YESTERDAY),
        # ¶8: the demonstration after Friday's noon prayers (core PROTEST, Peaceful protest); the demand for
        # a no-fly zone is optional (REQUEST)
        E(True, ["PROTEST"], [8], "مظاهرة", ["asserted"], mode="demo", source=ATARIB_MARCHERS,
          location=ATARIB, date=D("2012-11-16"), acled=PEACEFUL),
        E(False, ["REQUEST"], [8], "ومطالبين", ["asserted"], source=ATARIB_MARCHERS,
          recipient=REVOLUTION_BACKERS, date=D("2012-11-16")),
        # paragraph 9 (the base: a description) holds no event, and ¶10 is the fighter's account; ¶11:
        # secret talks between the regiment's commander and notables of al-Atarib, told only as activists'
        # hearsay (core CONSULT, rumored)
        E(True, ["CONSULT"], [11], "تفاوض", ["rumored"], source=REGIMENT_COMMANDER,
          recipient=ATARIB_NOTABLES, location=ATARIB, date=None, attribution=["ناشطون"]),
        # background in «وكانت … قد», at another place: the regiment's artillery shelling Urum al-Kubra on
        # 19 August, eleven killed (core, historical, Shelling)
        E(True, ["ASSAULT"], [12], "قصفت", ["historical", "asserted"], mode="heavy-weapons",
          source=REGIMENT_ARTILLERY, recipient=URUM_PEOPLE, location=URUM, date=D("2012-08-19"),
          fatalities=11, acled=SHELL),
        # ¶13: no prisoner released (core RETREAT, negated); the families' appeals are optional (REQUEST)
        E(True, ["RETREAT"], [13], "يُفرج", ["negated"], mode="release", source=REBELS_BARE_677,
          recipient=POWS_BARE_677, date=None),
        E(False, ["REQUEST"], [13], "مناشدات", ["asserted"], source=POW_FAMILIES, recipient=REBELS_BARE_677,
          date=None),
        # ¶14: state television's charge of a «massacre» (core ACCUSE)
        E(True, ["ACCUSE"], [14], "واتهم", ["asserted"], source=SY_TV, recipient=TERROR_GANGS_677,
          date=LATELY),
        # paragraph 15 (a baker's words) holds no event; ¶16: a convoy of flour and medicine due «بعد غد
        # الخميس» (core AID, planned)
        E(True, ["AID"], [16], "قافلة", ["planned"], mode="humanitarian", source=KILIS_CHARITY,
          location=ATARIB, date=D("2012-11-22")),
        # ¶17: the brigade leaders' meeting with the council (core CONSULT); what they agreed is optional
        E(True, ["CONSULT"], [17], "واجتمع", ["asserted"], source=BRIGADE_LEADERS,
          recipient=COUNCIL_MEMBERS, location=ATARIB, date=TODAY),
        E(False, ["AGREE"], [17], "واتفق", ["asserted"], source=COUNCIL_DEAL, location=ATARIB, date=TODAY),
    ],
)
