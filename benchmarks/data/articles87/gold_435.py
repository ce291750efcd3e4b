"""Gold of article 435: the administrative court suspends the allocation of reclaimed land east of Mallawi to
an investment company, three days after the clash between farmers and the company's guards (main event,
first told in ¶2; the security directorate's one against the villagers' two → 1), the family's complaint,
the farmers' road block, seventeen arrests, the governor's meeting and committee, the company's absence and
refusal, a rumoured security sweep denied, the detainees' families' conditional threat, the farmers'
syndicate's welcome, power cut to the wells, the committee's first meeting due on Tuesday, a clash in the
desert of Abnub on 11 April 2015 (Minya and Assiut, Upper Egypt), an Egyptian private news portal,
2016-08-21 (Sun). Dateline «المنيا – «بوابة الوادي»:»."""
from actors_places import (
    ABNUB,
    ABNUB_SIDES,
    ADMIN_COURT,
    CLASH_SIDES,
    COMMITTEE_FARMERS,
    COMPANY_GUARDS,
    DETAINEES_FAMILIES,
    EG_PARLIAMENT,
    EG_SECURITY,
    FARMER_DELEGATION,
    GOV_AND_FARMERS,
    HINTERLAND,
    INV_COMPANY,
    MALLAWI,
    MALLAWI_COUNCIL,
    MALLAWI_FARMERS,
    MALLAWI_MPS,
    MALLAWI_RAILWAY,
    MALLAWI_ROAD,
    MINYA,
    MINYA_GOV,
    PEASANTS_UNION,
    POWER_CUTTERS,
    PROSECUTION,
    RECLAMATION_AUTH,
    SEVENTEEN,
    VICTIM_FAMILY,
    WANTED_MEN,
)
from common import ARREST, PEACEFUL, RIOT, D, E, paras_of

SLUG = "mallawi_2016_minya_abnub"
TODAY = D("2016-08-21")
TODAY_OPEN = D("2016-08-21", "day", ("2016-08-20", "2016-08-21"))
THURSDAY = D("2016-08-18")
SATURDAY = D("2016-08-20")
ARTICLE = dict(
    id="team87-435", slug=SLUG, published="2016-08-21",
    outlet="Bawabat al-Wadi, an Egyptian private news portal (fictional)",
    paras=paras_of(f"435_{SLUG}.txt"),
    events=[
        # ¶1: the administrative court suspends the authority's allocation decision (a ruling against an
        # agency's act: SANCTION, REJECT accepted; the headline names it)
        E(True, ["SANCTION", "REJECT"], [0, 1], "بوقف تنفيذ", ["asserted"],
          source=ADMIN_COURT, recipient=RECLAMATION_AUTH, location=MINYA, date=TODAY, tpara=1),
        # MAIN EVENT, first told in ¶2 («بين … و…», passive «قُتل»): the clash between farmers and the
        # company's guards on Thursday morning, stones then gunfire, a farmer killed per the security
        # directorate; the villagers' second death ¶3 (the directorate puts it down to a heart attack),
        # the company's version ¶4; the headline names it. Both sides hurt each other: a two-sided fight,
        # both sources, ACLED Violent demonstration. One against two → 1. The two bulldozers burned are
        # optional
        E(True, ["ASSAULT"], [0, 2, 3, 4], "اشتباكات", ["asserted", "reported"], mode="firearms",
          source=CLASH_SIDES, location=HINTERLAND, date=THURSDAY, fatalities=1,
          attribution=["بيان مديرية أمن المنيا", "أهالي القرى المجاورة"], acled=RIOT, tpara=2),
        E(False, ["ASSAULT"], [2], "وأُحرقت", ["asserted"], mode="destroy",
          source=MALLAWI_FARMERS, recipient=COMPANY_GUARDS, location=HINTERLAND, date=THURSDAY),
        # ¶5: the slain farmer's family accuses three guards before the Public Prosecutor
        E(True, ["ACCUSE"], [5], "تتهم", ["asserted"], source=VICTIM_FAMILY, recipient=COMPANY_GUARDS,
          date=SATURDAY),
        # ¶6 (verb-subject-object): farmers block the Mallawi–Dayrut road on Thursday evening
        E(True, ["PROTEST"], [6], "وقطع", ["asserted"], mode="obstruct",
          source=MALLAWI_FARMERS, location=MALLAWI_ROAD, date=THURSDAY, acled=PEACEFUL),
        # the MPs' intervention and the road reopened (optional)
        E(False, ["CONSULT"], [6], "تدخل", ["asserted"], mode="third-party",
          source=MALLAWI_MPS, recipient=MALLAWI_FARMERS, location=MALLAWI_ROAD, date=THURSDAY),
        E(False, ["RETREAT"], [6], "يُعاد فتحه", ["asserted"], mode="access",
          source=MALLAWI_FARMERS, location=MALLAWI_ROAD, date=THURSDAY),
        # ¶7 (subject-verb-object): seventeen farmers arrested since Thursday (the remand order optional)
        E(True, ["COERCE"], [7], "ألقت القبض", ["asserted"], mode="arrest",
          source=EG_SECURITY, recipient=SEVENTEEN, location=MALLAWI,
          date=D("2016-08-19", "day", ("2016-08-18", "2016-08-21")), acled=ARREST),
        E(False, ["COERCE", "SANCTION"], [7], "حبسهم", ["asserted"], mode="arrest",
          source=PROSECUTION, recipient=SEVENTEEN, date=None),
        # ¶8 (the disputed land described) holds no event. ¶9: the governor receives a farmers' delegation and
        # forms a committee (AGREE: a commitment); his pledge optional
        E(True, ["CONSULT"], [9], "واستقبل", ["asserted"],
          source=GOV_AND_FARMERS, recipient=GOV_AND_FARMERS, location=MINYA, date=SATURDAY),
        E(True, ["AGREE"], [9], "وقرر", ["asserted"],
          source=MINYA_GOV, recipient=FARMER_DELEGATION, location=MINYA, date=SATURDAY),
        E(False, ["AGREE"], [9], "وتعهد", ["asserted"], source=MINYA_GOV, recipient=FARMER_DELEGATION,
          date=SATURDAY),
        # ¶10 (subject, a parenthesis, its verb): the company's representative did not attend (negated)
        # and the company rejects the ruling
        E(True, ["CONSULT"], [10], "يحضر", ["negated"],
          source=INV_COMPANY, recipient=MINYA_GOV, location=MINYA, date=SATURDAY),
        E(True, ["REJECT"], [10], "رفضها", ["asserted"], source=INV_COMPANY, date=TODAY),
        # ¶11: a security sweep told only by villagers and denied (rumoured, about a future act; no time)
        E(True, ["COERCE"], [11], "حملة أمنية", ["rumored", "planned"], mode="arrest",
          recipient=WANTED_MEN, location=HINTERLAND, date=None),
        # ¶12: the detainees' families' conditional threat (made: asserted); the railway block hypothetical;
        # their meeting with the MPs optional
        E(True, ["THREATEN"], [12], "وهدّد", ["asserted"], mode="obstruct",
          source=DETAINEES_FAMILIES, location=MALLAWI_RAILWAY, date=TODAY_OPEN),
        E(False, ["PROTEST"], [12], "بقطع خط السكة", ["hypothetical"], mode="obstruct",
          source=DETAINEES_FAMILIES, location=MALLAWI_RAILWAY, date=None),
        E(False, ["CONSULT"], [12], "اجتماع", ["asserted"], source=DETAINEES_FAMILIES, recipient=MALLAWI_MPS,
          date=SATURDAY),
        # ¶13: the farmers' syndicate welcomes the ruling (its call to parliament optional)
        E(True, ["SUPPORT"], [13], "ورحّبت", ["asserted"], source=PEASANTS_UNION, date=TODAY),
        E(False, ["REQUEST"], [13], "داعيةً", ["asserted"], source=PEASANTS_UNION, recipient=EG_PARLIAMENT,
          date=TODAY),
        # ¶14: power to the wells cut two weeks ago, told only by the farmers (reported)
        E(True, ["COERCE"], [14], "قطعت", ["reported", "asserted"], mode="withhold",
          source=POWER_CUTTERS, recipient=MALLAWI_FARMERS, location=HINTERLAND,
          date=D("2016-08-07", "week", ("2016-08-04", "2016-08-10")), attribution=["المزارعون"]),
        # ¶15: the committee's first meeting with the farmers on Tuesday (planned)
        E(True, ["CONSULT"], [15], "أول اجتماعاتها", ["planned"],
          source=COMMITTEE_FARMERS, recipient=COMMITTEE_FARMERS, location=MALLAWI_COUNCIL,
          date=D("2016-08-23")),
        # ¶16 (analysis of land disputes) holds no event. ¶17, «وكان … قد» at another place: farmers and
        # police clashed in the desert of Abnub on 11 April 2015, two farmers killed
        E(True, ["ASSAULT"], [17], "اشتباكات مماثلة", ["historical", "asserted"],
          source=ABNUB_SIDES, location=ABNUB, date=D("2015-04-11"), fatalities=2, acled=RIOT),
    ],
)
