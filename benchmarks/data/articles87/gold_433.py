"""Gold of article 433: the third day of a sit-in before Tal Abyad's local council, then the brigade's
storming of the council building on Saturday (main event, first told in ¶2 with «وكان … قد»; one toll:
two), the council's expulsion and dissolution, the brigade's accusation, the elders' mediation, the
withdrawal agreed, the partial withdrawal and the seals not returned, the protesters' refusal, a
family's demand, the brigade's conditional threat, rumoured ISIS reinforcements at Suluk, the Raqqa
council's praise, a general assembly due on Thursday, a council member of al-Tabqa assassinated on
9 April 2013, a shop closure (Raqqa, Syria), a Raqqa activists' news network, 2013-05-20 (Mon).
Dateline «تل أبيض – «صدى البليخ»:»."""
from actors_places import (
    ARMED_FACTIONS,
    COUNCIL_GA,
    GUARD_FAMILY,
    ISIS,
    RAQQA_PC,
    RAYAT,
    RAYAT_COUNCIL,
    RAYAT_PROTESTERS,
    SHARIA_BODY,
    SULUK,
    TA_COUNCIL,
    TA_COUNCIL_HQ,
    TA_ELDERS,
    TA_GUARDS,
    TA_RESIDENTS,
    TA_SHOPS,
    TABQA,
    TABQA_GUNMEN,
    TABQA_MEMBER,
    TAL_ABYAD,
)
from common import AGREEMENT, ATTACK, CLASH, PEACEFUL, D, E, paras_of

SLUG = "tal_abyad_2013_suluk_tabqa"
TODAY = D("2013-05-20")
TODAY_OPEN = D("2013-05-20", "day", ("2013-05-19", "2013-05-20"))
SATURDAY = D("2013-05-18")
ARTICLE = dict(
    id="team87-433", slug=SLUG, published="2013-05-20",
    outlet="Sada al-Balikh, a Raqqa activists' news network (fictional)",
    paras=paras_of(f"433_{SLUG}.txt"),
    events=[
        # ¶1: the residents' sit-in before the council building, in its third day (the headline names it; the
        # tent pitched ¶9 adds to it); the banners' demand optional
        E(True, ["PROTEST"], [0, 1, 9], "اعتصامهم", ["asserted"], mode="demo",
          source=TA_RESIDENTS, recipient=RAYAT, location=TA_COUNCIL_HQ,
          date=D("2013-05-20", "day", ("2013-05-18", "2013-05-20")), acled=PEACEFUL, tpara=1),
        E(False, ["REQUEST"], [1], "تطالب", ["asserted"], source=TA_RESIDENTS, recipient=RAYAT, date=TODAY),
        # MAIN EVENT, first told in ¶2 («وكان … قد» for a recent act: asserted): the brigade storms the
        # council building at dawn on Saturday after a short exchange of fire, a guard and a relief
        # employee killed; the council head's account ¶3, the brigade's own version ¶4. Gunmen against
        # armed guards: ACLED Armed clash, the guards and staff as recipient
        E(True, ["ASSAULT"], [2, 3, 4], "اقتحموا", ["asserted", "reported"], mode="firearms",
          source=RAYAT, recipient=TA_GUARDS, location=TA_COUNCIL_HQ, date=SATURDAY, fatalities=2,
          attribution=["رئيس المجلس المحلي", "بيان مصوّر للواء"], acled=CLASH),
        # ¶2: the council's head and members expelled from the building (no ACLED label: part of the attack)
        E(True, ["COERCE", "SANCTION"], [2], "يطردوا", ["asserted"],
          source=RAYAT, recipient=TA_COUNCIL, location=TA_COUNCIL_HQ, date=SATURDAY),
        # ¶3: seals, records and computers seized (possessive actor «عناصر اللواء»; optional)
        E(False, ["COERCE"], [3], "صادروا", ["asserted", "reported"], mode="confiscate",
          source=RAYAT, recipient=TA_COUNCIL, location=TA_COUNCIL_HQ, date=SATURDAY),
        # ¶4: the brigade dissolves the council and accuses its members of corruption
        E(True, ["SANCTION", "COERCE"], [4], "حلّ", ["asserted"],
          source=RAYAT, recipient=TA_COUNCIL, location=TAL_ABYAD, date=SATURDAY, attribution=["بيان مصوّر"]),
        E(True, ["ACCUSE"], [4], "متهماً", ["asserted"],
          source=RAYAT, recipient=TA_COUNCIL, date=SATURDAY, attribution=["بيان مصوّر"]),
        # ¶5 (a long parenthesis between the subject and its verb): the elders' mediation since Sunday between
        # the brigade and the protesters (the headline names it)
        E(True, ["CONSULT"], [0, 5], "تنقّل", ["asserted"], mode="third-party",
          source=TA_ELDERS, recipient=RAYAT_PROTESTERS, location=TAL_ABYAD,
          date=D("2013-05-19", "day", ("2013-05-19", "2013-05-20")), tpara=5),
        # ¶6 (Tal Abyad and its council described) holds no event. ¶7: the withdrawal agreed overnight,
        # signed by the brigade's commander and the council's head before the elders («المفاوضات» is a
        # back-reference)
        E(True, ["AGREE"], [7], "اتفاق", ["asserted"],
          source=RAYAT_COUNCIL, recipient=RAYAT_COUNCIL, location=TAL_ABYAD, date=TODAY_OPEN,
          acled=AGREEMENT),
        # ¶8: most fighters withdraw at noon (the headline names it) but ten stay; the seals and records not
        # returned (negated)
        E(True, ["RETREAT"], [0, 8], "وانسحب", ["asserted"], mode="withdraw",
          source=RAYAT, location=TA_COUNCIL_HQ, date=TODAY, tpara=8),
        E(True, ["RETREAT"], [8], "يُعِد", ["negated"], mode="return",
          source=RAYAT, recipient=TA_COUNCIL, location=TA_COUNCIL_HQ, date=TODAY,
          attribution=["عضو في المجلس"]),
        # ¶9: the protesters refuse to end the sit-in despite the elders' calls («من قبل»; the calls optional)
        E(True, ["REJECT"], [9], "ورفض", ["asserted"],
          source=TA_RESIDENTS, recipient=TA_ELDERS, location=TA_COUNCIL_HQ, date=TODAY),
        E(False, ["REQUEST"], [9], "الدعوات", ["asserted"], source=TA_ELDERS, recipient=TA_RESIDENTS,
          date=TODAY_OPEN),
        # ¶10: the slain guard's family demands that the Sharia body hand over the shooter
        E(True, ["REQUEST"], [10], "وطالبت", ["asserted"],
          source=GUARD_FAMILY, recipient=SHARIA_BODY, location=TAL_ABYAD, date=TODAY),
        # ¶11: a field commander's conditional threat (made: asserted); the return by force is hypothetical
        E(True, ["THREATEN"], [11], "وهدّد", ["asserted", "reported"], mode="violence",
          source=RAYAT, recipient=TA_COUNCIL, location=TAL_ABYAD, date=TODAY_OPEN,
          attribution=["تسجيل صوتي تداوله ناشطون"]),
        E(False, ["COERCE", "ASSAULT"], [11], "بالقوة", ["hypothetical"], mode="seize",
          source=RAYAT, location=TA_COUNCIL_HQ, date=None),
        # his charge against the protesters and unnamed «foreign hands» (optional ACCUSE)
        E(False, ["ACCUSE"], [11], "واصفاً", ["asserted", "reported"], source=RAYAT, recipient=TA_RESIDENTS,
          date=TODAY_OPEN),
        # ¶12 (an acronym in quotes «داعش»): an ISIS column at Suluk, told by activists and unconfirmed
        # (rumoured; no time); the brigade's denial negates nothing
        E(True, ["MOBILIZE"], [12], "وصول رتل", ["rumored"], mode="troops",
          source=ISIS, location=SULUK, date=None, attribution=["ناشطون على مواقع التواصل"]),
        # ¶13: the Raqqa provincial council praises the residents (its call to the factions optional)
        E(True, ["SUPPORT"], [13], "وأشاد", ["asserted"],
          source=RAQQA_PC, recipient=TA_RESIDENTS, date=TODAY_OPEN),
        E(False, ["REQUEST"], [13], "ودعا", ["asserted"], source=RAQQA_PC, recipient=ARMED_FACTIONS,
          date=TODAY_OPEN),
        # ¶14: the general assembly's meeting on Thursday (planned)
        E(True, ["CONSULT"], [14], "اجتماعاً موسعاً", ["planned"],
          source=COUNCIL_GA, location=TAL_ABYAD, date=D("2013-05-23"), attribution=["رئيس المجلس"]),
        # ¶15 (analysis of local councils) holds no event. ¶16, «وكان … قد» at another place: a council member
        # of al-Tabqa assassinated on 9 April
        E(True, ["ASSAULT"], [16], "اغتالوا", ["historical", "asserted"], mode="assassinate",
          source=TABQA_GUNMEN, recipient=TABQA_MEMBER, location=TABQA, date=D("2013-04-09"), fatalities=1,
          acled=ATTACK),
        # ¶17 (verb-subject-object): the market's shops closed in solidarity (a strike)
        E(True, ["PROTEST"], [17], "وأغلقت", ["asserted"], mode="strike",
          source=TA_SHOPS, location=TAL_ABYAD, date=TODAY, acled=PEACEFUL),
    ],
)
