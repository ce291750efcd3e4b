"""Gold of article 424: the bakeries of the North on an open strike, roads blocked with burning tyres, then a
clash at al-Minieh's entrance where soldiers fired live rounds (main event; the toll comes only in ¶5, when
the young man dies), the army's version and four arrests, the family's blame, the governor meeting the bakers'
union, its refusal, the agreement signed and the strike suspended, the union head's threat to resume, a
rumoured army pull-back from al-Beddawi, a wheat ship due next week, free bread from Tripoli's municipality,
MPs' praise and three bakeries that did not strike, a young man shot dead at a bakery in Halba on 11 February
2020 (north Lebanon), a Lebanese Beirut daily newspaper's website, 2020-06-25 (Thu). No dateline: the lead
names Tripoli in its first sentence. Mostly about a strike and economic protests."""
from actors_places import (
    AGREE_PARTIES,
    BAKERS_UNION,
    BEBNINE,
    BEBNINE_BAKERIES,
    BEDDAWI,
    FOUR_DETAINED,
    GOV_AND_MILLS,
    HALBA,
    HALBA_GUNMAN,
    HALBA_VICTIM,
    LAF,
    MILLS,
    MINIEH,
    MINIEH_FAMILY,
    MINIEH_PROTESTERS,
    N_MPS,
    N_PROTESTERS,
    NORTH_BAKERIES,
    NORTH_STRIKE,
    POOR_FAMILIES,
    ROADBLOCKS,
    SERAIL,
    SERAIL_MEETING,
    TABBANEH,
    TRIPOLI,
    TRIPOLI_MUNICIPALITY,
    TRIPOLI_PORT,
    UNION_DELEGATION,
    UNION_HEAD,
    WFP,
)
from common import ARREST, ATTACK, EXCESSIVE, PEACEFUL, RIOT, D, E, paras_of

SLUG = "minieh_2020_tripoli_akkar"
TODAY = D("2020-06-25")
TODAY_OPEN = D("2020-06-25", "day", ("2020-06-24", "2020-06-25"))
NIGHT = D("2020-06-24", "day", ("2020-06-24", "2020-06-25"))
ARTICLE = dict(
    id="team85-424", slug=SLUG, published="2020-06-25",
    outlet="al-Ufuq al-Lubnani, a Lebanese Beirut daily newspaper's website (fictional)",
    paras=paras_of(f"424_{SLUG}.txt"),
    events=[
        # ¶1 (verb-subject-object: «أقفلت معظم الأفران والمخابز … أبوابها»): the bakeries' open strike «أمس
        # الأربعاء», called by the union; the headline names it
        E(True, ["PROTEST"], [0, 1], "إضراب مفتوح", ["asserted"], mode="strike",
          source=BAKERS_UNION, location=NORTH_STRIKE, date=D("2020-06-24"), acled=PEACEFUL, tpara=1),
        # ¶2: roads blocked with burning tyres at al-Beddawi and on the Halba road (one verb, one event; no
        # one hurt: ACLED Peaceful protest); the headline names it
        E(True, ["PROTEST"], [0, 2], "وقطع", ["asserted"], mode="obstruct",
          source=N_PROTESTERS, location=ROADBLOCKS, date=NIGHT, acled=PEACEFUL, tpara=2),
        # MAIN EVENT, first told in ¶3: soldiers fire rubber then live rounds at protesters at al-Minieh's
        # entrance around midnight, three wounded (witnesses); the army's version ¶4 («من قبل»), the death
        # announced by the family ¶5 (the only toll: one), the funeral ¶6; the headline names it. The stones
        # thrown are an optional riot
        E(True, ["ASSAULT"], [0, 3, 4, 5, 6], "بإطلاق الرصاص", ["asserted", "reported"], mode="firearms",
          source=LAF, recipient=MINIEH_PROTESTERS, location=MINIEH, date=NIGHT, fatalities=1,
          attribution=["شهود عيان", "قيادة الجيش – مديرية التوجيه", "عائلة الشاب الجريح"], acled=EXCESSIVE,
          tpara=3),
        E(False, ["PROTEST"], [3, 4], "فرشق", ["asserted", "reported"], mode="riot",
          source=N_PROTESTERS, recipient=LAF, location=MINIEH, date=NIGHT, acled=RIOT),
        # ¶4: four people arrested, told by the army's statement
        E(True, ["COERCE"], [4], "توقيف", ["reported", "asserted"], mode="arrest",
          source=LAF, recipient=FOUR_DETAINED, location=MINIEH, date=TODAY_OPEN,
          attribution=["قيادة الجيش – مديرية التوجيه"], acled=ARREST),
        # ¶5: the family blames «whoever gave the order» (no actor named: ACCUSE without recipient); its call
        # for an inquiry optional
        E(True, ["ACCUSE"], [5], "وحمّلت", ["asserted"], source=MINIEH_FAMILY, date=TODAY),
        E(False, ["REQUEST"], [5], "مطالبة", ["asserted"], source=MINIEH_FAMILY, date=TODAY),
        # ¶7: the governor meets the union's delegation and the mills at the serail; the delegation rejects a
        # half-quantity proposal
        E(True, ["CONSULT"], [7], "اجتمع", ["asserted"],
          source=SERAIL_MEETING, recipient=SERAIL_MEETING, location=SERAIL, date=TODAY),
        E(True, ["REJECT"], [7], "ورفض", ["asserted"],
          source=UNION_DELEGATION, recipient=GOV_AND_MILLS, location=SERAIL, date=TODAY),
        # ¶8: the agreement signed (AGREE, a labour deal: no ACLED label) and the strike's suspension
        # announced from tomorrow (CONCEDE)
        E(True, ["AGREE"], [8], "وقّع", ["asserted"],
          source=AGREE_PARTIES, recipient=AGREE_PARTIES, location=SERAIL, date=TODAY),
        E(True, ["CONCEDE"], [8], "تعليق الإضراب", ["asserted", "planned"],
          source=BAKERS_UNION, location=TRIPOLI, date=TODAY),
        # ¶9 (a long parenthesis between the subject and its verb): the union head warns the union will strike
        # again within 48 hours (THREATEN); the renewed strike is conditional (optional, hypothetical); his
        # calls to MPs optional
        E(True, ["THREATEN"], [9], "حذّر", ["asserted"],
          source=UNION_HEAD, recipient=MILLS, location=TRIPOLI, date=TODAY),
        E(False, ["PROTEST"], [9], "الإضراب", ["hypothetical"], mode="strike",
          source=BAKERS_UNION, date=None),
        E(False, ["CONSULT"], [9], "اتصالات", ["asserted"], mode="phone",
          source=UNION_HEAD, recipient=N_MPS, date=TODAY),
        # ¶10 (the bread economy of the North) holds no event. ¶11: an army pull-back from al-Beddawi, told
        # only by unconfirmed reports and denied by a military source (rumoured)
        E(True, ["RETREAT"], [11], "انسحاب", ["rumored"], mode="withdraw",
          source=LAF, location=BEDDAWI, date=TODAY),
        # ¶12: a WFP wheat ship due «مطلع الأسبوع المقبل» (planned AID)
        E(True, ["AID"], [12], "باخرة محمّلة", ["planned", "reported"], mode="economic",
          source=WFP, recipient=NORTH_BAKERIES, location=TRIPOLI_PORT,
          date=D("2020-06-29", "week", ("2020-06-28", "2020-07-03")),
          attribution=["المكتب الإعلامي لمحافظ الشمال"]),
        # ¶13: free bread handed out by Tripoli's municipality (AID)
        E(True, ["AID"], [13], "وزّعت", ["asserted", "reported"], mode="humanitarian",
          source=TRIPOLI_MUNICIPALITY, recipient=POOR_FAMILIES, location=TABBANEH, date=TODAY_OPEN,
          attribution=["عضو في المجلس البلدي"]),
        # ¶14: MPs praise the union (SUPPORT); three bakeries in Bebnine did not strike (negated PROTEST)
        E(True, ["SUPPORT"], [14], "وأشاد", ["asserted"],
          source=N_MPS, recipient=BAKERS_UNION, date=TODAY_OPEN),
        E(True, ["PROTEST"], [14], "تلتزم", ["negated"], mode="strike",
          source=BEBNINE_BAKERIES, location=BEBNINE, date=NIGHT),
        # ¶15 (economists' analysis; «هدنة قصيرة بين إضرابين» is a metaphor) holds no event. ¶16, «وكان … قد»
        # at another place: a young man shot dead at a bakery in Halba on 11 February
        E(True, ["ASSAULT"], [16], "قُتل", ["historical", "asserted"], mode="firearms",
          source=HALBA_GUNMAN, recipient=HALBA_VICTIM, location=HALBA, date=D("2020-02-11"), fatalities=1,
          acled=ATTACK),
    ],
)
