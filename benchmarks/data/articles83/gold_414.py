"""Gold of article 414: an army raid on al-Sharawneh in Baalbek and a two-hour clash with wanted men (main
event, told first in the lead), four arrests, the family's toll and accusation, a road blocked with burning
tyres, reinforcements and a night curfew, Syrian refugees arrested in Arsal, UNHCR's call, a rumoured
abduction near Hermel that a security source denies, fuel lorries stopped near al-Qasr, the governor's
meeting and the agreement it did not reach, MPs' praise, the army's warning, a parliamentary visit due on
Monday, the anniversary of two soldiers killed at Hermel on 15 March 2022 (Baalbek-Hermel, Lebanon), a
Lebanese Bekaa regional newspaper's website, 2023-03-15 (Wed). No dateline: the lead names Baalbek in its
first sentence; the toll conflicts (the army's two, the family's three → 2)."""
from actors_places import (
    ARSAL_CAMPS,
    ARSAL_PATROL,
    ARSAL_REFUGEES,
    BAALBEK,
    BAALBEK_SERAIL,
    BEREAVED_FAMILY,
    BH_GOVERNOR,
    BORDER_PATROL,
    CLASH_SIDES,
    DOURIS,
    FAMILY_NOTABLES,
    FOUR_WANTED,
    FUEL_SMUGGLERS,
    FUGITIVES,
    GANG,
    GEN_SECURITY,
    HERMEL_BARRENS,
    HERMEL_ENTRANCE,
    HERMEL_GUNMEN,
    HERMEL_SOLDIERS,
    LAF,
    LB_AUTH,
    LOCAL_MPS,
    MEETING_GUESTS,
    PARL_COMMITTEE,
    QASR_HERMEL,
    ROAD_PROTESTERS,
    SECURITY_MEETING,
    SHARAWNEH,
    SYRIAN_WORKER,
    UNHCR,
)
from common import ABDUCTION, ARREST, CLASH, PEACEFUL, D, E, paras_of

SLUG = "baalbek_2023_sharawneh_arsal_hermel"
TODAY = D("2023-03-15")
TODAY_OPEN = D("2023-03-15", "day", ("2023-03-14", "2023-03-15"))
ARTICLE = dict(
    id="team83-414", slug=SLUG, published="2023-03-15",
    outlet="Sanabel al-Bekaa, Lebanese Bekaa regional newspaper's website (fictional)",
    paras=paras_of(f"414_{SLUG}.txt"),
    events=[
        # MAIN EVENT, told first in the lead («بين … و…»): the clash between an army unit and wanted men at
        # dawn (two-sided: both are sources; the army: two dead), the army's account ¶2, the family's three ¶3
        # (→ 2), the funeral ¶17; the headline names it
        E(True, ["ASSAULT"], [0, 1, 2, 3, 17], "اشتباكاً", ["asserted", "reported"], mode="firearms",
          source=CLASH_SIDES, location=SHARAWNEH, date=TODAY, fatalities=2,
          attribution=["قيادة الجيش", "مصادر في عائلة أحد القتلى"], acled=CLASH, tpara=1),
        # ¶2: the raid on the houses (optional: it opens the fight), the four arrests (core) and the drugs
        # and weapons seized (optional)
        E(False, ["COERCE"], [2], "دهمت", ["asserted", "reported"],
          source=LAF, location=SHARAWNEH, date=TODAY),
        E(True, ["COERCE"], [2], "وأوقفت", ["asserted", "reported"], mode="arrest",
          source=LAF, recipient=FOUR_WANTED, location=SHARAWNEH, date=TODAY,
          attribution=["قيادة الجيش – مديرية التوجيه"], acled=ARREST),
        E(False, ["COERCE"], [2], "وضبطت", ["asserted", "reported"], mode="confiscate",
          source=LAF, date=TODAY),
        # ¶3: the family accuses the soldiers of firing at random on the houses
        E(True, ["ACCUSE"], [3], "متهمةً", ["asserted", "reported"],
          source=BEREAVED_FAMILY, recipient=LAF, date=TODAY, attribution=["مصادر في عائلة أحد القتلى"]),
        # ¶4 (verb-subject-object): the Baalbek–Hermel road blocked with burning tyres; the protesters' demand
        # optional
        E(True, ["PROTEST"], [4], "قطع", ["asserted"], mode="obstruct",
          source=ROAD_PROTESTERS, location=DOURIS, date=TODAY, acled=PEACEFUL),
        E(False, ["REQUEST"], [4], "وطالبوا", ["asserted"], source=ROAD_PROTESTERS, date=TODAY),
        # ¶5: reinforcements and checkpoints (MOBILIZE) and a night curfew on the neighbourhood (COERCE)
        E(True, ["MOBILIZE"], [5], "بتعزيزات", ["asserted"], mode="troops",
          source=LAF, location=SHARAWNEH, date=TODAY),
        E(True, ["COERCE"], [5], "حظر تجول", ["asserted"], mode="curfew",
          source=LAF, location=SHARAWNEH, date=TODAY),
        # ¶6 (al-Sharawneh described) holds no event. ¶7 (a passive «اعتُقل», the time in its own clause
        # «، وذلك بعد منتصف ليل الثلاثاء»): 27 Syrians arrested in Arsal's camps; their deportation is only
        # prepared (optional, planned)
        E(True, ["COERCE"], [7], "اعتُقل", ["asserted", "reported"], mode="arrest",
          source=ARSAL_PATROL, recipient=ARSAL_REFUGEES, location=ARSAL_CAMPS, date=TODAY_OPEN,
          attribution=["ناشطون في المخيمات"], acled=ARREST),
        E(False, ["COERCE"], [7], "لترحيلهم", ["planned"], mode="deport",
          source=GEN_SECURITY, recipient=ARSAL_REFUGEES, date=None),
        # ¶8 («نقلاً عن»): UNHCR's call to the Lebanese authorities
        E(True, ["REQUEST"], [8], "ودعت", ["asserted", "reported"],
          source=UNHCR, recipient=LB_AUTH, date=TODAY_OPEN,
          attribution=["«الوكالة الوطنية للإعلام»", "متحدثة باسم المفوضية"]),
        # ¶9: an abduction told only on WhatsApp groups and denied by a security source (rumoured, undated)
        E(True, ["ASSAULT", "COERCE"], [9], "خطف", ["rumored"], mode="abduct",
          source=GANG, recipient=SYRIAN_WORKER, location=HERMEL_BARRENS, date=None,
          attribution=["مجموعات محلية على تطبيق «واتساب»"], acled=ABDUCTION),
        # ¶10: two lorries of smuggled fuel stopped near al-Qasr and their drivers handed to the judiciary
        E(True, ["COERCE"], [10], "أوقفت", ["asserted"], mode="confiscate",
          source=BORDER_PATROL, recipient=FUEL_SMUGGLERS, location=QASR_HERMEL, date=TODAY),
        # ¶11: the governor's security meeting (CONSULT) and the agreement it did not reach (negated)
        E(True, ["CONSULT"], [11], "اجتماعاً", ["asserted"], mode="multilateral",
          source=BH_GOVERNOR, recipient=MEETING_GUESTS, location=BAALBEK_SERAIL, date=TODAY),
        E(True, ["AGREE"], [11], "اتفاق", ["negated"],
          source=SECURITY_MEETING, location=BAALBEK_SERAIL, date=TODAY),
        # ¶11: the families' notables' condition for a handover (optional REQUEST)
        E(False, ["REQUEST"], [11], "اشترط", ["asserted"],
          source=FAMILY_NOTABLES, recipient=BH_GOVERNOR, location=BAALBEK_SERAIL, date=TODAY),
        # ¶12: MPs praise the army (SUPPORT); their demands optional («مقتل الفتى» is a back-reference)
        E(True, ["SUPPORT"], [12], "وأشاد", ["asserted"],
          source=LOCAL_MPS, recipient=LAF, date=TODAY_OPEN),
        E(False, ["REQUEST"], [12], "طالبوا", ["asserted"], source=LOCAL_MPS, date=TODAY_OPEN),
        # ¶13 («وكان … قد», this morning's statement): the army's warning (THREATEN); the pursuit it announces
        # optional
        E(True, ["THREATEN"], [13], "حذّرت", ["asserted"], mode="arrest",
          source=LAF, recipient=FUGITIVES, date=TODAY),
        E(False, ["COERCE"], [13], "ستلاحق", ["planned", "hypothetical"], mode="arrest",
          source=LAF, recipient=FUGITIVES, date=None),
        # ¶14: a parliamentary committee's visit next Monday (planned)
        E(True, ["CONSULT"], [14], "تزور", ["planned"], mode="visit",
          source=PARL_COMMITTEE, recipient=LAF, location=BAALBEK, date=D("2023-03-20")),
        # ¶15 (the northern Bekaa's economy) holds no event. ¶16, an anniversary at another place: two
        # soldiers shot dead at a checkpoint at Hermel's entrance on 15 March 2022
        E(True, ["ASSAULT"], [16], "برصاص", ["historical", "asserted"], mode="firearms",
          source=HERMEL_GUNMEN, recipient=HERMEL_SOLDIERS, location=HERMEL_ENTRANCE, date=D("2022-03-15"),
          fatalities=2, acled=CLASH),
    ],
)
