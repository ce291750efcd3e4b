"""Gold of article 263: Ubari, Germa, Ghat, the Sharara oil field, Sabha and the Ubari–Sabha road (Fezzan,
southern Libya), a Fezzan news daily, 2014-10-06 (Mon)."""
from actors_places import (
    GERMA,
    GHAT,
    GHAT_NOTABLES,
    GHAT_WOMEN,
    HOR,
    LRC_LIBYA,
    LY_GUNMEN,
    LY_INTERIM_GOV,
    SABHA,
    SABHA_GATE,
    SABHA_TRUCK_MEN,
    SHARARA,
    TEBU,
    TEBU_BATTALION,
    TEBU_COUNCIL,
    TEBU_LEADERS,
    TEBU_NOTABLE,
    TRIPOLI_LY,
    TUAREG,
    TUAREG_BATTALION,
    TUAREG_COUNCIL,
    UBARI,
    UBARI_ARMED_GROUPS,
    UBARI_FIGHT,
    UBARI_IDPS,
    UBARI_MARKET,
    UBARI_PARTIES,
    UBARI_SABHA_ROAD,
    UBARI_SCHOOL,
    UNKNOWN,
    UNSMIL,
)
from common import AGREEMENT, ARREST, ATTACK, CLASH, PEACEFUL, D, E, paras_of

SLUG = "ubari_2014_germa_ghat_sharara_sabha"
TODAY = D("2014-10-06")
YESTERDAY = D("2014-10-05")
SINCE_YESTERDAY = D("2014-10-06", "day", ("2014-10-05", "2014-10-06"))
OVERNIGHT = D("2014-10-05", "day", ("2014-10-05", "2014-10-06"))
ARTICLE = dict(
    id="team53-263", slug=SLUG, published="2014-10-06",
    outlet="Rimal Fezzan daily, Ubari (fictional)",
    paras=paras_of(f"263_{SLUG}.txt"),
    events=[
        # the Tuareg–Tebu fighting in Ubari's eastern quarters «أمس الأحد»: headline 0 («قتلى», no number),
        # lead 1 (a doctor at the hospital: five), the follow-up 10 (the Tuareg Social Council: nine of its
        # own; a Tebu spokesman: six from both sides) → 5, the lead's figure. Two-sided: both are sources
        E(True, ["ASSAULT"], [0, 1, 10], "اشتباكات", ["asserted", "reported"], mode="heavy-weapons",
          source=UBARI_FIGHT, location=UBARI, date=YESTERDAY, fatalities=5,
          attribution=["طبيب في مستشفى أوباري", "المجلس الاجتماعي لقبائل الطوارق",
                       "متحدث باسم مجلس أعيان التبو"], acled=CLASH, tpara=1),
        # the 48-hour truce brokered by Ghat notables (headline 0: AGREE); its terms, the halt to the
        # fighting and the road opened to ambulances (optional), and the sporadic fire heard after midnight
        # (optional, reported: no actor, a breach or not)
        E(True, ["AGREE"], [0, 2], "توصّل", ["asserted"],
          source=GHAT_NOTABLES, location=UBARI, date=YESTERDAY, acled=AGREEMENT, tpara=2),
        E(False, ["CONCEDE"], [2], "بوقف القتال", ["asserted", "planned"], mode="ceasefire",
          source=UBARI_FIGHT, location=UBARI, date=YESTERDAY),
        E(False, ["RETREAT"], [2], "وفتح الطريق", ["planned"], mode="access",
          source=UBARI_FIGHT, location=UBARI, date=None),
        E(False, ["ASSAULT"], [2], "إطلاق نار", ["reported"], mode="firearms",
          location=UBARI_SCHOOL, date=OVERNIGHT, attribution=["سكان"]),
        # paragraph 3 (two thousand families gone in recent weeks: an aggregate) holds no event the rumoured
        # seizure of the Sharara power station, denied by the National Oil Corporation
        E(True, ["COERCE", "ASSAULT"], [4], "سيطرة", ["rumored", "negated", "reported"], mode="seize",
          source=LY_GUNMEN, location=SHARARA, date=SINCE_YESTERDAY,
          attribution=["أنباء في سبها", "متحدث باسم المؤسسة الوطنية للنفط"]),
        # the Tuareg council's accusation (on Facebook) and the Tebu council's condemnation of «indiscriminate
        # shelling» (an ACCUSE; the shelling it names adds no new attack); its blaming of the other side is
        # the same statement (optional)
        E(True, ["ACCUSE"], [5], "واتهم", ["asserted"],
          source=TUAREG_COUNCIL, recipient=TEBU_LEADERS, date=SINCE_YESTERDAY,
          attribution=["صفحة المجلس الاجتماعي لقبائل الطوارق في «فيسبوك»"]),
        E(True, ["ACCUSE"], [5], "ندد", ["asserted"],
          source=TEBU_COUNCIL, recipient=TUAREG, date=SINCE_YESTERDAY),
        E(False, ["ACCUSE"], [5], "محمّلاً", ["asserted"],
          source=TEBU_COUNCIL, recipient=TUAREG, date=SINCE_YESTERDAY),
        # the Red Crescent's food baskets in Germa this morning; a second convoy from Tripoli «within days»
        # (optional, planned)
        E(True, ["AID"], [6], "وزّع", ["asserted"], mode="humanitarian",
          source=LRC_LIBYA, recipient=UBARI_IDPS, location=GERMA, date=TODAY),
        E(False, ["AID"], [6], "تصل", ["planned"], mode="humanitarian",
          source=LRC_LIBYA, location=TRIPOLI_LY, date=None),
        # a Tebu commander's conditional threat to close the Ubari–Sabha road (made; the closure and the
        # withdrawal of outside fighters that is its condition optional, hypothetical)
        E(True, ["THREATEN"], [7], "وهدد", ["asserted"], mode="blockade",
          source=TEBU_BATTALION, location=UBARI_SABHA_ROAD, date=SINCE_YESTERDAY),
        E(False, ["COERCE", "PROTEST"], [7], "بإغلاق", ["hypothetical"], mode="restrict",
          source=TEBU_BATTALION, location=UBARI_SABHA_ROAD, date=None),
        E(False, ["RETREAT"], [7], "يُسحب", ["hypothetical"], mode="withdraw",
          date=None),
        # a Tuareg battalion's general call-up (optional, the same act) and its armed vehicles brought from
        # Ghat (a one-line paragraph; Ubari only from the dateline)
        E(True, ["MOBILIZE"], [8], "واستقدمت", ["asserted"], mode="weapons",
          source=TUAREG_BATTALION, location=UBARI, date=SINCE_YESTERDAY),
        E(False, ["MOBILIZE"], [8], "النفير العام", ["asserted"], mode="troops",
          source=TUAREG_BATTALION, date=SINCE_YESTERDAY),
        # paragraph 9 (power cuts, prices, «the brothers' war» that shut the schools: a metaphor) holds no
        # event in the follow-up, the shell on the children's home is part of Sunday's fighting (optional)
        E(False, ["ASSAULT"], [10], "سقطت قذيفة", ["reported"], mode="heavy-weapons",
          location=UBARI, date=YESTERDAY),
        # the House of Representatives delegation due next week (planned) and UNSMIL's call
        E(True, ["CONSULT"], [11], "يصل", ["planned"], mode="visit",
          source=HOR, recipient=UBARI_PARTIES, location=UBARI,
          date=D("2014-10-15", "week", ("2014-10-12", "2014-10-19"))),
        E(True, ["REQUEST"], [11], "دعت", ["asserted"],
          source=UNSMIL, date=SINCE_YESTERDAY),
        # a truck of ammunition stopped at a Sabha gate on Saturday night and its four men arrested (told by
        # a security source); the stopping of the truck is the same act (optional)
        E(True, ["COERCE"], [12], "واعتقلوا", ["reported", "asserted"], mode="arrest",
          source=SABHA_GATE, recipient=SABHA_TRUCK_MEN, location=SABHA,
          date=D("2014-10-04", "day", ("2014-10-04", "2014-10-05")), attribution=["مصدر أمني"], acled=ARREST),
        E(False, ["COERCE"], [12], "أوقفوا", ["reported"], mode="confiscate",
          source=SABHA_GATE, location=SABHA, date=D("2014-10-04", "day", ("2014-10-04", "2014-10-05"))),
        # the Tuareg and Tebu women's stand in Ghat and their demand
        E(True, ["PROTEST"], [13], "وقفة", ["asserted"], mode="demo",
          source=GHAT_WOMEN, location=GHAT, date=TODAY, acled=PEACEFUL),
        E(True, ["REQUEST"], [13], "وطالبن", ["asserted"],
          source=GHAT_WOMEN, recipient=UBARI_ARMED_GROUPS, location=GHAT, date=TODAY),
        # background: Wednesday before a Monday, unknown gunmen killed a Tebu notable outside his house (core,
        # historical; Ubari only from the dateline); the earth berms his relatives raised (optional,
        # historical)
        E(True, ["ASSAULT"], [14], "اغتال", ["historical", "asserted"], mode="assassinate",
          source=UNKNOWN, recipient=TEBU_NOTABLE, location=UBARI_MARKET, date=D("2014-10-01"), fatalities=1,
          acled=ATTACK),
        E(False, ["MOBILIZE"], [14], "إقامة سواتر ترابية", ["historical"], mode="fortify",
          source=TEBU, location=UBARI, date=None),
        # the interim government has sent no force (optional, negated) despite announcing last week its
        # intention to separate the fighters (optional, historical)
        E(False, ["MOBILIZE"], [15], "ترسل", ["negated"], mode="troops",
          source=LY_INTERIM_GOV, location=UBARI, date=None),
        E(False, ["MOBILIZE", "AGREE"], [15], "عزمها", ["historical", "planned"], mode="troops",
          source=LY_INTERIM_GOV, date=D("2014-09-30", "week", ("2014-09-27", "2014-10-05"))),
    ],
)
