"""Gold of article 373: Peshmerga reinforcements to al-Multaqa and al-Rashad, an ISIS attack on a Peshmerga
post near Mulla Abdullah, positions handed over on the Kirkuk–Taza road, Peshmerga shelling near
al-Multaqa, a Turkmen faction's withdrawal announced and denied, an Asayish checkpoint, the siege of
Bashir tightened, the Turkmen Front's demand, a rumoured ISIS build-up, an ISIS threat, a Peshmerga
ministry delegation due on Tuesday, a motorcycle ban, coalition weapons not delivered and a car bomb in
Rahimawa on 28 August (Kirkuk, Iraq), an Iraqi satellite channel's news site, 2014-09-21 (Sun). Dateline
«كركوك – «بابا كركر»:»; the main event comes first in ¶2, after the reinforcements, and its toll
conflicts (the Peshmerga's three, the health directorate's five → 3). Mostly about military moves."""
from actors_places import (
    ANTI_ISIS_COALITION,
    ASAYISH_KIRKUK,
    BASHIR,
    BASHIR_BESIEGERS,
    BASHIR_FRONT,
    HAWIJA_COLLABORATORS,
    HAWIJA_MULTAQA,
    HAWIJA_SOUTH,
    IRAQ_FED_GOV,
    ISIS,
    ITF,
    KHADRA_TAL_ALI,
    KIRKUK,
    KIRKUK_ER_POLICE,
    KIRKUK_FIGHT,
    KIRKUK_POLICE_CMD,
    KIRKUK_SOUTH_GATE,
    MULLA_ABDULLAH,
    MULTAQA_RASHAD,
    PESH_MINISTRY_VISIT,
    PESHMERGA,
    RAHIMAWA,
    RAHIMAWA_VICTIMS,
    TAZA_ROAD,
    TURKMEN_VOLUNTEERS,
)
from common import CLASH, HQ, MINE, SHELL, TRANSFER, D, E, paras_of

SLUG = "kirkuk_2014_mulla_abdullah_bashir_daquq"
TODAY = D("2014-09-21")
TODAY_OPEN = D("2014-09-21", "day", ("2014-09-20", "2014-09-21"))
ARTICLE = dict(
    id="team75-373", slug=SLUG, published="2014-09-21",
    outlet="Baba Gurgur TV, Iraqi satellite channel's news site (fictional)",
    paras=paras_of(f"373_{SLUG}.txt"),
    events=[
        # ¶1: Peshmerga reinforcements to the lines at al-Multaqa and al-Rashad «صباح اليوم» (headline 0); the
        # trench dug by the engineers is optional
        E(True, ["MOBILIZE"], [0, 1], "بتعزيزات", ["asserted"], mode="troops",
          source=PESHMERGA, recipient=ISIS, location=MULTAQA_RASHAD, date=TODAY,
          attribution=["مراسل «بابا كركر»"], tpara=1),
        E(False, ["MOBILIZE"], [1], "حفر خندق", ["asserted"], mode="troops",
          source=PESHMERGA, location=MULTAQA_RASHAD, date=TODAY),
        # MAIN EVENT, first told in ¶2: the ISIS attack and two-hour clash at a Peshmerga post near Mulla
        # Abdullah around last midnight (headline 0; ¶2: the Peshmerga spokesman's three; ¶4: the rank of one
        # of the dead; ¶5: the health directorate's five) → 3; the attackers' pull-back is optional
        E(True, ["ASSAULT"], [0, 2, 4, 5], "هجوم شنّه", ["asserted", "reported"], mode="heavy-weapons",
          source=KIRKUK_FIGHT, location=MULLA_ABDULLAH, date=TODAY_OPEN, fatalities=3,
          attribution=["المتحدث باسم قيادة قوات البيشمركة في محور كركوك", "مصدر في دائرة صحة كركوك"],
          acled=CLASH, tpara=2),
        E(False, ["RETREAT"], [2], "تراجع المهاجمون", ["asserted", "reported"], mode="withdraw",
          source=ISIS, location=MULLA_ABDULLAH, date=TODAY_OPEN),
        # ¶3: emergency police hand three positions over to the Peshmerga (RETREAT, ACLED transfer)
        E(True, ["RETREAT"], [3], "سلّمت", ["asserted", "reported"], mode="withdraw",
          source=KIRKUK_ER_POLICE, recipient=PESHMERGA, location=TAZA_ROAD, date=TODAY,
          attribution=["ضابط في الشرطة"], acled=TRANSFER),
        # ¶4: Peshmerga artillery shells two ISIS-held villages (no toll given)
        E(True, ["ASSAULT"], [4], "وقصفت", ["asserted", "reported"], mode="heavy-weapons",
          source=PESHMERGA, recipient=ISIS, location=KHADRA_TAL_ALI, date=TODAY,
          attribution=["بيان لقيادة المحور"], acled=SHELL),
        # ¶6: a Turkmen faction's withdrawal, announced by a council member and denied by the faction
        # (RETREAT, CONCEDE accepted; reported first, negated accepted)
        E(True, ["RETREAT", "CONCEDE"], [6], "انسحاب", ["reported", "negated", "rumored"], mode="withdraw",
          source=TURKMEN_VOLUNTEERS, location=BASHIR_FRONT, date=TODAY_OPEN,
          attribution=["عضو في المجلس البلدي لقضاء داقوق", "المتحدث باسم الفصيل"]),
        # ¶7: a new Asayish checkpoint at Kirkuk's southern entrance (MOBILIZE, COERCE accepted)
        E(True, ["MOBILIZE", "COERCE"], [7], "ونصبت", ["asserted"], mode="police",
          source=ASAYISH_KIRKUK, location=KIRKUK_SOUTH_GATE, date=TODAY_OPEN, attribution=["بيان المديرية"],
          acled=HQ),
        # ¶8: the Peshmerga and the Turkmen volunteers tighten the siege of ISIS-held Bashir
        E(True, ["COERCE"], [8], "وأحكمت", ["asserted", "reported"], mode="restrict",
          source=BASHIR_BESIEGERS, recipient=ISIS, location=BASHIR, date=TODAY_OPEN,
          attribution=["قائد ميداني"]),
        # ¶9: the Turkmen Front's demand to the federal government (REQUEST); its charge of negligence and the
        # air drops it asks for are optional
        E(True, ["REQUEST"], [9], "وطالبت", ["asserted"],
          source=ITF, recipient=IRAQ_FED_GOV, location=BASHIR, date=TODAY_OPEN),
        E(False, ["ACCUSE"], [9], "ومتهمة", ["asserted"],
          source=ITF, recipient=IRAQ_FED_GOV, date=TODAY_OPEN),
        E(False, ["AID"], [9], "لإلقاء الغذاء", ["hypothetical"], mode="humanitarian",
          source=IRAQ_FED_GOV, location=BASHIR, date=None),
        # ¶10 (Kirkuk described) holds no event. ¶11: an ISIS build-up near al-Multaqa told by tribal circles,
        # unconfirmed (rumoured); the attack it may prepare is optional, hypothetical, and ISIS's habit of
        # emptying villages optional, generic
        E(True, ["MOBILIZE"], [11], "نقل التنظيم", ["rumored", "reported"], mode="troops",
          source=ISIS, location=HAWIJA_MULTAQA, date=None, attribution=["أوساط عشائرية في الحويجة"]),
        E(False, ["ASSAULT"], [11], "لهجوم واسع", ["hypothetical"], mode="firearms",
          source=ISIS, recipient=PESHMERGA, date=None),
        E(False, ["COERCE"], [11], "إخلاء قرى", ["generic"], mode="restrict",
          source=ISIS, date=None),
        # ¶12: ISIS leaflets threaten collaborators (THREATEN); the beheadings are hypothetical
        E(True, ["THREATEN"], [12], "وهدّد", ["asserted"], mode="violence",
          source=ISIS, recipient=HAWIJA_COLLABORATORS, location=HAWIJA_SOUTH, date=TODAY_OPEN),
        E(False, ["ASSAULT"], [12], "قطع رأس", ["hypothetical"], mode="execute",
          source=ISIS, recipient=HAWIJA_COLLABORATORS, date=None),
        # ¶13: a Peshmerga ministry delegation due «يوم الثلاثاء المقبل» (planned CONSULT)
        E(True, ["CONSULT"], [13], "وفد عسكري", ["planned"], mode="visit",
          source=PESH_MINISTRY_VISIT, recipient=PESH_MINISTRY_VISIT, location=KIRKUK, date=D("2014-09-23"),
          attribution=["مكتب المحافظ"]),
        # ¶14: the police ban on motorcycles at night (COERCE)
        E(True, ["COERCE"], [14], "حظراً", ["asserted"], mode="curfew",
          source=KIRKUK_POLICE_CMD, location=KIRKUK, date=TODAY),
        # ¶15: coalition weapons not delivered (AID, negated); the coalition's pledge is optional, historical
        E(True, ["AID"], [15], "ولم تتسلم", ["negated"], mode="military",
          source=ANTI_ISIS_COALITION, recipient=PESHMERGA, location=KIRKUK, date=TODAY,
          attribution=["عضو في لجنة الأمن بمجلس المحافظة"]),
        E(False, ["AGREE"], [15], "تعهدت", ["historical", "asserted"],
          source=ANTI_ISIS_COALITION, recipient=PESHMERGA, date=None),
        # ¶16 (prices and rents) holds no event. Background at another place: a car bomb in Rahimawa on
        # Thursday 28 August (6), claimed by ISIS
        E(True, ["ASSAULT"], [17], "سيارة مفخخة", ["historical", "asserted"], mode="explosives",
          source=ISIS, recipient=RAHIMAWA_VICTIMS, location=RAHIMAWA, date=D("2014-08-28"), fatalities=6,
          acled=MINE),
    ],
)
