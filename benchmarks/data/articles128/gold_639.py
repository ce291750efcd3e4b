"""Gold of article 639: Gharyan, Mitiga airport, the southern fronts of Tripoli and Abu Salim (Libya), the
official news agency of the Tripoli government, based in Tripoli, 2019-06-27 (Thu)."""
from actors_places import (
    ABU_SALIM,
    ABU_SALIM_CIVILIANS,
    ACTIVISTS_639,
    AIRLINES,
    ASABIA,
    BATTLE_639,
    GHARYAN,
    GHARYAN_COUNCIL,
    GHARYAN_HOSPITAL,
    GHARYAN_SOUTH_TRIPOLI,
    GNA_639,
    GNA_AIR,
    GNA_HEALTH,
    GNA_INTERIOR,
    GULF_STATE,
    IT_AMBASSADOR,
    KHADIM,
    LNA_639,
    LNA_COMMAND,
    LNA_CONVOY,
    LNA_PRISONERS,
    MARTYRS_SQUARE,
    MITIGA,
    PC_HEAD,
    PRESIDENTIAL_COUNCIL,
    SOUTH_FRONTS,
    TRIPOLI,
    UAE,
    UNSC_639,
    UNSMIL,
)
from common import AIR, CLASH, SHELL, D, E, paras_of

SLUG = "jabal_gharbi_2019_gharyan_mitiga_ain_zara_abu_salim"
TODAY = D("2019-06-27")
YESTERDAY = D("2019-06-26")
LAST_NIGHT = D("2019-06-26", "day", ("2019-06-26", "2019-06-27"))
LATELY = D("2019-06-27", "day", ("2019-06-26", "2019-06-27"))
ARTICLE = dict(
    id="team128-639", slug=SLUG, published="2019-06-27",
    outlet="Wakalat Labda, the official news agency of the Tripoli government, based in Tripoli (fictional)",
    paras=paras_of(f"639_{SLUG}.txt"),
    events=[
        # the lead (dateline «عين زارة»: a front-line quarter of the capital): five rockets on the edge of
        # Mitiga airport at midnight, flights suspended, no one hurt (core ASSAULT, Shelling; the headline
        # names it)
        E(True, ["ASSAULT"], [0, 1], "قذائف صاروخية", ["asserted"], mode="heavy-weapons", source=LNA_639,
          location=MITIGA, date=LAST_NIGHT, attribution=["مصدر في إدارة المطار"], acled=SHELL, tpara=1),
        # the main event, in ¶2 after the rockets: Gharyan retaken yesterday in a surprise attack, thirteen
        # of the attackers' men dead per the «بركان الغضب» media office; ¶6, a field commander's account,
        # and the headline name it; the attackers fleeing (¶6) is optional
        E(True, ["ASSAULT"], [0, 2, 6], "هجوم مباغت", ["asserted", "reported"], mode="firearms",
          source=BATTLE_639, location=GHARYAN, date=YESTERDAY, fatalities=13,
          attribution=["المركز الإعلامي لعملية «بركان الغضب»"], acled=CLASH, tpara=2),
        E(False, ["RETREAT"], [6], "فرّوا", ["asserted", "reported"], mode="withdraw", source=LNA_639,
          location=GHARYAN, date=YESTERDAY),
        # ¶3: GNA drone raids on a column withdrawing towards al-Asabia (core ASSAULT, Air strike); its
        # withdrawal is optional
        E(True, ["ASSAULT"], [3], "غارات", ["asserted", "reported"], mode="aerial", source=GNA_AIR,
          recipient=LNA_CONVOY, location=ASABIA, date=YESTERDAY, acled=AIR),
        E(False, ["RETREAT"], [3], "ينسحب", ["asserted"], mode="withdraw", source=LNA_CONVOY, location=ASABIA,
          date=YESTERDAY),
        # ¶4: eighteen of the attackers' men taken prisoner in Gharyan (core COERCE); the weapons seized in
        # their operations room are optional
        E(True, ["COERCE"], [4], "وأسرت", ["asserted"], mode="arrest", source=GNA_639,
          recipient=LNA_PRISONERS,
          location=GHARYAN, date=YESTERDAY),
        E(False, ["COERCE"], [4], "وعثرت", ["asserted"], mode="confiscate", source=GNA_639, date=YESTERDAY),
        # ¶5: the attackers' General Command threatens Mitiga airport, airlines warned «وإلا» (core
        # THREATEN); its call on the airlines is optional
        E(True, ["THREATEN"], [5], "وتوعدت", ["asserted"], mode="violence", source=LNA_COMMAND,
          recipient=AIRLINES, location=MITIGA, date=LAST_NIGHT),
        E(False, ["REQUEST"], [5], "داعية", ["asserted"], source=LNA_COMMAND, recipient=AIRLINES,
          date=LAST_NIGHT),
        # ¶6 is a paragraph of the main event; ¶7: the GNA interior minister accuses the UAE (core ACCUSE);
        # his call on the Security Council is optional
        E(True, ["ACCUSE"], [7], "واتهم", ["asserted"], source=GNA_INTERIOR, recipient=UAE, date=LATELY),
        E(False, ["REQUEST"], [7], "داعياً", ["asserted"], source=GNA_INTERIOR, recipient=UNSC_639,
          date=LATELY),
        # ¶8: GNA reinforcements reach the Ain Zara and Wadi al-Rabie fronts (core MOBILIZE); the feared
        # counter-attack is optional (hypothetical)
        E(True, ["MOBILIZE"], [8], "تعزيزات", ["asserted"], mode="troops", source=GNA_639,
          location=SOUTH_FRONTS,
          date=TODAY),
        E(False, ["ASSAULT"], [8], "لهجوم مضاد", ["hypothetical"], source=LNA_639, date=None),
        # ¶9: no ceasefire announced by either side (core CONCEDE, negated); the UN mission's call for a
        # truce is optional
        E(True, ["CONCEDE"], [9], "تعلن", ["negated"], mode="ceasefire", source=BATTLE_639,
          location=GHARYAN_SOUTH_TRIPOLI, date=TODAY),
        E(False, ["REQUEST"], [9], "دعوة", ["asserted"], source=UNSMIL, date=LATELY),
        # paragraph 10 (Gharyan: a description) holds no event
        # background in «وكانت … قد», at another place: rockets on houses in Abu Salim on 16 April, four
        # civilians killed (core, historical, Shelling)
        E(True, ["ASSAULT"], [11], "صواريخ عشوائية", ["historical", "asserted"], mode="heavy-weapons",
          source=LNA_639, recipient=ABU_SALIM_CIVILIANS, location=ABU_SALIM, date=D("2019-04-16"),
          fatalities=4,
          acled=SHELL),
        # ¶12: a new shipment of drones said to reach the attackers through al-Khadim (core AID, rumored)
        E(True, ["AID"], [12], "شحنة", ["rumored"], mode="military", source=GULF_STATE, recipient=LNA_639,
          location=KHADIM, date=None, attribution=["حسابات على مواقع التواصل"]),
        # ¶13: the GNA health ministry sends medicines to Gharyan's hospital (core AID)
        E(True, ["AID"], [13], "قافلة", ["asserted"], mode="humanitarian", source=GNA_HEALTH,
          recipient=GHARYAN_HOSPITAL, location=GHARYAN, date=TODAY, attribution=["مدير المستشفى"]),
        # ¶14: a demonstration called for Martyrs' Square after tomorrow's Friday prayers (core PROTEST,
        # planned)
        E(True, ["PROTEST"], [14], "مظاهرة", ["planned"], mode="demo", source=ACTIVISTS_639,
          location=MARTYRS_SQUARE, date=D("2019-06-28")),
        # paragraph 15 (a baker's words) holds no event; ¶16: Gharyan's municipal council's demands (core
        # REQUEST)
        E(True, ["REQUEST"], [16], "وطالب", ["asserted"], source=GHARYAN_COUNCIL,
          recipient=PRESIDENTIAL_COUNCIL,
          location=GHARYAN, date=LATELY),
        # ¶17: the head of the Presidential Council receives the Italian ambassador (core CONSULT); the
        # ambassador's words of support are optional
        E(True, ["CONSULT"], [17], "واستقبل", ["asserted"], mode="visit", source=PC_HEAD,
          recipient=IT_AMBASSADOR,
          location=TRIPOLI, date=TODAY),
        E(False, ["SUPPORT"], [17], "دعم", ["asserted"], source=IT_AMBASSADOR, recipient=PRESIDENTIAL_COUNCIL,
          date=TODAY),
    ],
)
