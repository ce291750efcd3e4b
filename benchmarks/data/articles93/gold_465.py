"""Gold of article 465: an Islamic State attack on a Tribal Hashd post east of al-Qayyarah in the night
(main event, told first in the lead; one toll), the Security Media Cell's version and the group's claim, a
curfew and reinforcements, coalition strikes on the Hatra desert, arrests in al-Zanjili, a protest of the
families of the missing, a Turkish strike on Mount Sinjar told by Kurdish media and the foreign ministry's
condemnation, the Hashd commander's conditional threat, a rumoured infiltration at al-Baaj denied, the curfew
lifted in the town centre, a council meeting not held and put off to Sunday, the funeral, the governor's
praise, and a suicide bombing in Tal Afar on 16 August 2018 (Nineveh, Iraq), an Iraqi satellite TV channel's
news website, 2018-10-23 (Tue). No dateline: the lead names al-Qayyarah in its first sentence."""
from actors_places import (
    BAAJ,
    BORDER_GUARDS,
    COALITION,
    COALITION_OPS,
    FED_GOV,
    FEDERAL_POLICE,
    FIVE_SUSPECTS,
    HASHD_COMMANDER,
    HATRA_DESERT,
    IQ_MFA,
    ISIS,
    MIL_INTEL,
    MISSING_FAMILIES,
    MOSUL,
    MOSUL_LEFT,
    NINEVEH,
    NINEVEH_COUNCIL,
    NINEVEH_GOVERNOR,
    NINEVEH_OPS,
    NINEVEH_OPS_9TH,
    QAYYARAH,
    SINJAR_MT,
    TAL_AFAR,
    TAL_AFAR_BOMBER,
    TRIBAL_HASHD,
    TURKEY,
    TURKISH_AIR,
    YBS,
    ZANJILI,
)
from common import AIR, ARREST, CLASH, PEACEFUL, D, E, paras_of

SLUG = "qayyarah_2018_hatra_tal_afar"
TODAY = D("2018-10-23")
# a statement or an act of the day whose hour the text does not give: today, or the day before
TODAY_OR_EVE = D("2018-10-23", "day", ("2018-10-22", "2018-10-23"))
# the night between Monday and Tuesday
NIGHT = D("2018-10-22", "day", ("2018-10-22", "2018-10-23"))
ARTICLE = dict(
    id="team93-465", slug=SLUG, published="2018-10-23",
    outlet="Al-Diffatayn, an Iraqi satellite TV channel's news website (fictional)",
    paras=paras_of(f"465_{SLUG}.txt"),
    events=[
        # MAIN EVENT, told first in the lead ¶1 (no dateline, al-Qayyarah in the first sentence): the attack
        # on the Tribal Hashd post in the night; the Security Media Cell's version ¶2, the group's claim ¶3
        # (the other side) and the funeral ¶14 retell it; the headline names it. The post's guards were
        # armed: ACLED Armed clash, the attackers as source. One toll: 3
        E(True, ["ASSAULT"], [0, 1, 2, 3, 14], "بهجوم شنّه", ["asserted", "reported"], mode="firearms",
          source=ISIS, recipient=TRIBAL_HASHD, location=QAYYARAH, date=NIGHT, fatalities=3,
          attribution=["مصدر أمني في قيادة عمليات نينوى", "خلية الإعلام الأمني"], acled=CLASH, tpara=1),
        # ¶3: the weapons the claim says were taken, denied by the Hashd (optional)
        E(False, ["COERCE"], [3], "غنمها", ["reported", "negated"], mode="seize",
          source=ISIS, location=QAYYARAH, date=NIGHT),
        # ¶4: the curfew and the reinforcements, two events joined with «و» and a second verb; the federal
        # police checkpoints on the road «بين الموصل والقيارة» are optional
        E(True, ["COERCE"], [4], "وفرضت", ["asserted"], mode="curfew",
          source=NINEVEH_OPS, location=QAYYARAH, date=TODAY),
        E(True, ["MOBILIZE"], [4], "ودفعت", ["asserted"], mode="troops",
          source=NINEVEH_OPS_9TH, location=QAYYARAH, date=TODAY),
        E(False, ["COERCE"], [4], "حواجز", ["asserted"], mode="restrict",
          source=FEDERAL_POLICE, location=QAYYARAH, date=TODAY),
        # ¶5: coalition strikes on the Hatra desert (the headline names them); the coordination is optional
        E(True, ["ASSAULT"], [0, 5], "غارات", ["asserted", "reported"], mode="aerial",
          source=COALITION, recipient=ISIS, location=HATRA_DESERT, date=TODAY, attribution=["بيان للقيادة"],
          acled=AIR, tpara=5),
        E(False, ["COOPERATE"], [5], "بالتنسيق", ["asserted"],
          source=COALITION_OPS, recipient=COALITION_OPS, location=HATRA_DESERT, date=TODAY),
        # ¶6: five suspects arrested in al-Zanjili (verb-subject-object)
        E(True, ["COERCE"], [6], "واعتقلت", ["asserted"], mode="arrest",
          source=MIL_INTEL, recipient=FIVE_SUSPECTS, location=ZANJILI, date=TODAY, acled=ARREST),
        # ¶7: the families of the missing demonstrate and demand
        E(True, ["PROTEST"], [7], "وتظاهر", ["asserted"], mode="demo",
          source=MISSING_FAMILIES, location=MOSUL_LEFT, date=TODAY_OR_EVE, acled=PEACEFUL),
        E(True, ["REQUEST"], [7], "مطالبين", ["asserted"],
          source=MISSING_FAMILIES, recipient=FED_GOV, location=MOSUL_LEFT, date=TODAY_OR_EVE),
        # the disappearances during the operations more than a year ago (optional, historical)
        E(False, ["ASSAULT"], [7], "فُقدوا", ["historical"], mode="abduct", location=MOSUL, date=None),
        # ¶8: a Turkish strike on Mount Sinjar told only by Kurdish media (reported) and the foreign
        # ministry's condemnation; the command's silence negates nothing
        E(True, ["ASSAULT"], [8], "غارة", ["reported"], mode="aerial",
          source=TURKISH_AIR, recipient=YBS, location=SINJAR_MT, date=D("2018-10-22"),
          attribution=["وسائل إعلام كردية"], acled=AIR),
        E(True, ["ACCUSE"], [8], "نددت", ["asserted"],
          source=IQ_MFA, recipient=TURKEY, date=TODAY_OR_EVE),
        # ¶9 (al-Qayyarah described) holds no event. ¶10: the Hashd commander's conditional threat; the
        # expulsion it announces is hypothetical and his call is optional
        E(True, ["THREATEN"], [10], "وهدد", ["asserted"], mode="deport",
          source=HASHD_COMMANDER, location=QAYYARAH, date=TODAY_OR_EVE),
        E(False, ["COERCE"], [10], "طرد", ["hypothetical"], mode="deport",
          source=HASHD_COMMANDER, location=QAYYARAH, date=None),
        E(False, ["REQUEST"], [10], "داعياً", ["asserted"], source=HASHD_COMMANDER, date=TODAY_OR_EVE),
        # ¶11: an infiltration across the al-Baaj desert, leaked and denied (rumoured, undated); the denial is
        # no event of its own
        E(True, ["MOBILIZE"], [11], "تسلل", ["rumored", "negated"], mode="troops",
          source=ISIS, location=BAAJ, date=None),
        E(False, ["REJECT"], [11], "نفت", ["asserted"], source=BORDER_GUARDS, date=TODAY_OR_EVE),
        # ¶12: the curfew lifted in the town centre from four today (CONCEDE, RETREAT accepted)
        E(True, ["CONCEDE", "RETREAT"], [12], "رفع حظر التجوال", ["asserted"], mode="curfew",
          source=NINEVEH_OPS, location=QAYYARAH, date=TODAY),
        # ¶13: the council meeting not held (CONSULT, negated) and put off to Sunday (planned CONSULT)
        E(True, ["CONSULT"], [13], "اجتماع", ["negated"],
          source=NINEVEH_COUNCIL, location=NINEVEH, date=TODAY),
        E(True, ["CONSULT"], [13], "وأُرجئ", ["planned"],
          source=NINEVEH_COUNCIL, location=NINEVEH, date=D("2018-10-28")),
        # the member's blame on the absent blocs is optional
        E(False, ["ACCUSE"], [13], "حمّل", ["asserted"], date=TODAY),
        # ¶14: the funeral belongs to the main event. ¶15 (analysis) holds no event. ¶16: the governor's
        # praise (SUPPORT); the treatment and grant he announces are optional, planned
        E(True, ["SUPPORT"], [16], "وأشاد", ["asserted"],
          source=NINEVEH_GOVERNOR, recipient=TRIBAL_HASHD, location=QAYYARAH, date=TODAY_OR_EVE),
        E(False, ["AID"], [16], "ستتكفل", ["planned"], mode="economic",
          source=NINEVEH_GOVERNOR, recipient=TRIBAL_HASHD, date=None),
        # ¶17, «وكان … قد» at another place: a suicide bombing in Tal Afar on 16 August (core, historical, 2;
        # goldkit's ACLED list has no suicide-bomb label, so none is given); the recapture of the district in
        # the summer of 2017 is optional
        E(True, ["ASSAULT"], [17], "فجّر", ["historical", "asserted"], mode="suicide-attack",
          source=TAL_AFAR_BOMBER, location=TAL_AFAR, date=D("2018-08-16"), fatalities=2),
        E(False, ["ASSAULT"], [17], "استعادته", ["historical"], mode="firearms",
          location=TAL_AFAR, date=D("2017-08-27", "month", ("2017-08-01", "2017-09-30"))),
    ],
)
