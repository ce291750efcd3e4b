"""Gold of article 477: Palmyra, al-Qaryatain, the T4 road and Arak (the Homs desert), a Damascus-based
pro-government news website, 2016-03-30 (Wed)."""
from actors_places import (
    ARAK,
    ARAK_GUARDS,
    ARMY_ISIS,
    ARMY_SOURCE,
    BADIA_OPS,
    ENGINEERS_3,
    HOMS,
    HOMS_GOVERNOR,
    HOMS_GOVERNORATE,
    HOMS_SHELTERS,
    ISIS,
    MILITARY_AUTH,
    PALMYRA,
    PALMYRA_FAMILIES,
    PALMYRA_NOTABLES,
    PALMYRA_RESIDENTS,
    QARYATAIN,
    QARYATAIN_ISIS,
    QARYATAIN_RESIDENTS,
    RUS_SAPPERS,
    SARC_WFP,
    SY_ARMY,
    SY_ENGINEERS,
    T4_ROAD,
)
from common import CLASH, MINE, D, E, paras_of

SLUG = "homs_2016_palmyra_qaryatain_mines_return"
TODAY = D("2016-03-30")
YESTERDAY = D("2016-03-29")
ARTICLE = dict(
    id="team96-477", slug=SLUG, published="2016-03-30",
    outlet="Jisr Dimashq, a Damascus-based pro-government news website (fictional)",
    paras=paras_of(f"477_{SLUG}.txt"),
    events=[
        # the main event, first in the lead (dateline «تدمر»): a mine left by ISIS in a house kills three army
        # engineers; the ISIS accounts' version (five) 3, the two wounded taken to hospital 16, the funeral
        # 17; the headline 0 → 3 (the lowest of 3 and 5)
        E(True, ["ASSAULT"], [0, 1, 3, 16, 17], "بانفجار لغم أرضي", ["asserted", "reported"],
          mode="explosives",
          source=ISIS, recipient=ENGINEERS_3, location=PALMYRA, date=TODAY, fatalities=3,
          attribution=["مصدر عسكري", "حسابات مقربة من التنظيم"], acled=MINE, tpara=1),
        # ¶2: the advance on the road to al-Qaryatain and the clash until dawn are one two-sided fight
        E(True, ["ASSAULT"], [2], "وتقدمت", ["asserted"], mode="firearms",
          source=ARMY_ISIS, location=QARYATAIN, date=D("2016-03-30", "day", ("2016-03-29", "2016-03-30")),
          attribution=["مصدر عسكري"], acled=CLASH),
        # ¶3: the military source's denial of the ISIS version (optional REJECT)
        E(False, ["REJECT"], [3], "نفاها", ["asserted"],
          source=ARMY_SOURCE, date=TODAY),
        # ¶4: ISIS withdraws from the silos and the Arak field over the last two nights (RETREAT); the mines
        # it planted «everywhere» are no event of their own
        E(True, ["RETREAT"], [4], "وانسحب", ["asserted", "reported"], mode="withdraw",
          source=ISIS, location=ARAK, date=D("2016-03-29", "day", ("2016-03-28", "2016-03-30")),
          attribution=["مصدر عسكري"]),
        # ¶5: Russian deminers sent to Palmyra to work with the Syrian engineers (AID, military; MOBILIZE and
        # COOPERATE also accepted)
        E(True, ["AID", "MOBILIZE", "COOPERATE"], [5], "ووصلت", ["asserted"], mode="military",
          source=RUS_SAPPERS, recipient=SY_ENGINEERS, location=PALMYRA, date=YESTERDAY,
          attribution=["مصدر عسكري"]),
        # ¶5: the mines «believed» to have been planted among the ruins (undated, not asserted: optional)
        E(False, ["ASSAULT"], [5], "زرع", ["historical", "rumored"], mode="explosives",
          source=ISIS, location=PALMYRA, date=None),
        # ¶6 (with the headline 0): the families' return planned for Saturday and put off without a new date
        # (planned, undated)
        E(True, ["RETREAT"], [0, 6], "تعود", ["planned"], mode="return",
          source=HOMS_GOVERNORATE, recipient=PALMYRA_FAMILIES, location=PALMYRA, date=None, tpara=6),
        # paragraph 7 (the empty quarters: a description) holds no event
        # ¶8: houses said to have been blown up in al-Qaryatain last night, unconfirmed (rumoured)
        E(True, ["ASSAULT"], [8], "تفجير", ["rumored", "reported"], mode="destroy",
          source=ISIS, location=QARYATAIN, date=D("2016-03-29", "day", ("2016-03-29", "2016-03-30")),
          attribution=["صفحات موالية على «فيسبوك»"]),
        # ¶9, one sentence, two events: a conditional threat and a call to the residents joined with «و»
        E(True, ["THREATEN"], [9], "وتوعّدت", ["asserted"], mode="violence",
          source=BADIA_OPS, recipient=QARYATAIN_ISIS, location=QARYATAIN, date=TODAY),
        E(True, ["REQUEST"], [9], "ودعت", ["asserted"],
          source=BADIA_OPS, recipient=QARYATAIN_RESIDENTS, location=QARYATAIN, date=TODAY),
        # ¶10: no resident let into the town (core, negated)
        E(True, ["RETREAT"], [10], "تسمح", ["negated"], mode="access",
          source=MILITARY_AUTH, recipient=PALMYRA_RESIDENTS, location=PALMYRA, date=TODAY,
          attribution=["أحد المهجّرين"]),
        # background at another place, in «وكان … قد»: the attack on the Arak gas station on 21 January (4)
        E(True, ["ASSAULT"], [11], "هاجموا", ["historical", "asserted"], mode="firearms",
          source=ISIS, recipient=ARAK_GUARDS, location=ARAK, date=D("2016-01-21"), fatalities=4, acled=CLASH),
        # ¶12 (verb–subject–object): reinforcements along the T4 road; the purpose («تمهيداً لعملية») is no
        # event
        E(True, ["MOBILIZE"], [12], "ودفعت", ["asserted"], mode="troops",
          source=SY_ARMY, location=T4_ROAD, date=TODAY, attribution=["مصدر عسكري"]),
        # paragraph 13 (mines in the desert: generic) holds no event
        # ¶14: the governor meets the notables (CONSULT); his promise is optional (AGREE)
        E(True, ["CONSULT"], [14], "واجتمع", ["asserted"],
          source=HOMS_GOVERNOR, recipient=PALMYRA_NOTABLES, location=HOMS, date=TODAY),
        E(False, ["AGREE"], [14], "ووعدهم", ["asserted"],
          source=HOMS_GOVERNOR, recipient=PALMYRA_NOTABLES, date=TODAY),
        # ¶15: food baskets over the last two days (AID)
        E(True, ["AID"], [15], "ووزّعت", ["asserted"], mode="humanitarian",
          source=SARC_WFP, recipient=PALMYRA_FAMILIES, location=HOMS_SHELTERS,
          date=D("2016-03-29", "day", ("2016-03-28", "2016-03-30"))),
        # ¶16 (the two wounded) and ¶17 (the funeral) are paragraphs of the main event
    ],
)
