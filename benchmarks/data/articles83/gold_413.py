"""Gold of article 413: a bloc boycotts the Basra provincial council's session, a court ruling that unseated
two of its candidates, guards firing on the bloc's supporters at the electoral commission's office in
al-Zubair (main event) and the sit-in there, the police's version and six arrests, the council's deputy head
resigning, troops around the council and the commission's offices, a government delegation's visit, the
governor's dialogue initiative and a meeting due on Tuesday, the bloc's refusal and threat, sheikhs' support,
a rumoured arrest warrant that the judiciary denies, UNAMI's demand, detainees not released, a candidate
assassinated in Abu al-Khasib on 3 December 2023 (Basra, Iraq), an Iraqi satellite TV channel's news website,
2024-02-18 (Sun). Dateline «البصرة – «مرافئ الجنوب»:»; the main event comes in ¶3, after the boycott and the
ruling, without a toll, which comes only in ¶5 (two). Mostly about a political crisis."""
from actors_places import (
    BASRA,
    BASRA_COUNCIL,
    BASRA_COUNCIL_BLDG,
    BASRA_GOVERNOR,
    BASRA_OPS,
    BASRA_POLICE,
    BLOC_REPS,
    DEPUTY_CHAIR,
    DETAINEES_KIN,
    GOV_HOSTS,
    GOV_OFFICE,
    IHEC,
    IHEC_GUARDS,
    IQ_AUTH,
    JUDICIAL_PANEL,
    KHASIB,
    KHASIB_CANDIDATE,
    KHASIB_GUNMEN,
    LOSING_CANDIDATES,
    NAKHEEL,
    NAKHEEL_HEAD,
    NAKHEEL_SPOKESMAN,
    NAKHEEL_SUPPORTERS,
    OPS_HQ,
    PM_DELEGATION,
    RIOTERS,
    SIX_DETAINED,
    TWO_CANDIDATES,
    UMM_QASR,
    UNAMI,
    ZUBAIR,
    ZUBAIR_OFFICE,
    ZUBAIR_SHEIKHS,
)
from common import ARREST, ATTACK, EXCESSIVE, RIOT, D, E, paras_of

SLUG = "zubair_2024_basra_khasib"
TODAY = D("2024-02-18")
YDAY = D("2024-02-17")
TODAY_OPEN = D("2024-02-18", "day", ("2024-02-17", "2024-02-18"))
ARTICLE = dict(
    id="team83-413", slug=SLUG, published="2024-02-18",
    outlet="Marafi al-Janoub, Iraqi satellite TV channel's news website (fictional)",
    paras=paras_of(f"413_{SLUG}.txt"),
    events=[
        # ¶1 (verb-subject-object): the bloc's nine members boycott the session, which is adjourned for want
        # of a quorum (PROTEST; REJECT accepted); not a street protest, so no ACLED label
        E(True, ["PROTEST", "REJECT"], [1], "قاطع", ["asserted"],
          source=NAKHEEL, recipient=BASRA_COUNCIL, location=BASRA, date=TODAY),
        # ¶2 («وكان … قد», a recent act, asserted): the electoral judicial panel unseats two of the bloc's
        # winners last Wednesday; ¶1 names the ruling. The appeal it accepted is part of it.
        E(True, ["SANCTION"], [1, 2], "وقضت", ["asserted"],
          source=JUDICIAL_PANEL, recipient=TWO_CANDIDATES, date=D("2024-02-14"), tpara=2),
        # ¶2: the appeal that the panel accepted (filed before Wednesday) and the bloc's reaction to the
        # ruling then (optional)
        E(False, ["REQUEST"], [2], "طعناً", ["asserted", "historical"],
          source=LOSING_CANDIDATES, recipient=JUDICIAL_PANEL, date=None),
        E(False, ["REJECT", "ACCUSE"], [2], "وعدّت", ["asserted"],
          source=NAKHEEL, recipient=JUDICIAL_PANEL, date=D("2024-02-14")),
        # MAIN EVENT, first told in ¶3 («من قبل»; no toll there): the office guards fire on the sit-in
        # yesterday evening; the police's version ¶4 (warning shots), the hospital ¶5 (two bodies) → 2; the
        # headline names it
        E(True, ["ASSAULT"], [0, 3, 4, 5], "لإطلاق نار", ["asserted", "reported"], mode="firearms",
          source=IHEC_GUARDS, recipient=NAKHEEL_SUPPORTERS, location=ZUBAIR_OFFICE, date=YDAY, fatalities=2,
          attribution=["شهود عيان", "مصدر طبي في مستشفى الزبير العام"], acled=EXCESSIVE, tpara=3),
        # ¶3: the three-day sit-in outside the electoral commission's office (the ACLED event of the
        # shooting day is the main event's «excessive force»)
        E(True, ["PROTEST"], [3], "يعتصمون", ["asserted"], mode="demo",
          source=NAKHEEL_SUPPORTERS, recipient=IHEC, location=ZUBAIR_OFFICE,
          date=D("2024-02-17", "day", ("2024-02-15", "2024-02-17"))),
        # ¶4: the police's six arrests (core) and the stone-throwing and arson they blame on «infiltrators»
        # (optional, reported)
        E(True, ["COERCE"], [4], "اعتقلت", ["asserted", "reported"], mode="arrest",
          source=BASRA_POLICE, recipient=SIX_DETAINED, location=ZUBAIR,
          date=D("2024-02-17", "day", ("2024-02-17", "2024-02-18")),
          attribution=["بيان قيادة شرطة البصرة"], acled=ARREST),
        E(False, ["PROTEST", "ASSAULT"], [4], "رشقوا", ["reported"], mode="riot",
          source=RIOTERS, location=ZUBAIR, date=YDAY, acled=RIOT),
        # ¶6 (a long parenthesis between the subject and its verb): the council's deputy head resigns
        # (an announced concession: CONCEDE)
        E(True, ["CONCEDE"], [6], "استقالته", ["asserted"],
          source=DEPUTY_CHAIR, location=BASRA, date=TODAY),
        # ¶7: troops deployed around the council, the governorate and the commission's offices; the streets
        # closed optional
        E(True, ["MOBILIZE"], [7], "ونشرت", ["asserted"], mode="troops",
          source=BASRA_OPS, location=BASRA_COUNCIL_BLDG, date=TODAY),
        E(False, ["COERCE"], [7], "وأغلقت", ["asserted"], mode="restrict", source=BASRA_OPS, location=BASRA,
          date=TODAY),
        # ¶8: a government delegation meets the governor and the security chiefs this evening
        E(True, ["CONSULT"], [8], "والتقى", ["asserted"], mode="visit",
          source=PM_DELEGATION, recipient=GOV_HOSTS, location=OPS_HQ, date=TODAY,
          attribution=["مكتب المحافظ الإعلامي"]),
        # ¶9 (the council's seats and blocs) holds no event. ¶10: the governor's initiative (AGREE: an offer)
        # and the meeting he calls for next Tuesday (planned)
        E(True, ["AGREE"], [10], "مبادرة", ["asserted"],
          source=BASRA_GOVERNOR, recipient=BLOC_REPS, location=BASRA, date=TODAY),
        E(True, ["CONSULT"], [10], "اجتماع", ["planned"], mode="multilateral",
          source=BASRA_GOVERNOR, recipient=BLOC_REPS, location=GOV_OFFICE, date=D("2024-02-20")),
        # ¶11: the bloc rejects the initiative and threatens civil disobedience and a road block to Umm Qasr
        # (the threat is made; the road block itself optional, hypothetical)
        E(True, ["REJECT"], [11], "رفضت", ["asserted"], source=NAKHEEL, date=TODAY),
        E(True, ["THREATEN"], [11], "مهدداً", ["asserted"], mode="obstruct",
          source=NAKHEEL_SPOKESMAN, location=UMM_QASR, date=TODAY),
        E(False, ["PROTEST"], [11], "وقطع الطريق", ["hypothetical"], mode="obstruct",
          source=NAKHEEL, location=UMM_QASR, date=None),
        # ¶12: al-Zubair's sheikhs back the governor's initiative; their call for calm optional
        E(True, ["SUPPORT"], [12], "أيّد", ["asserted"],
          source=ZUBAIR_SHEIKHS, recipient=BASRA_GOVERNOR, location=ZUBAIR, date=TODAY_OPEN),
        E(False, ["REQUEST"], [12], "ودعوا", ["asserted"], source=ZUBAIR_SHEIKHS, date=TODAY_OPEN),
        # ¶13: an arrest warrant told only by local sites and denied by the judiciary (rumoured)
        E(True, ["COERCE", "SANCTION"], [13], "مذكرة قبض", ["rumored"], mode="arrest",
          recipient=NAKHEEL_HEAD, location=BASRA, date=TODAY_OPEN, attribution=["مواقع إخبارية محلية"]),
        # ¶14: UNAMI asks the Iraqi authorities for an inquiry («مقتل المعتصمَين» is a back-reference)
        E(True, ["REQUEST"], [14], "ودعت", ["asserted"],
          source=UNAMI, recipient=IQ_AUTH, date=TODAY_OPEN),
        # ¶15: the six detainees not released by this evening (negated)
        E(True, ["RETREAT"], [15], "تُفرج", ["negated"], mode="release",
          source=IQ_AUTH, recipient=SIX_DETAINED, location=ZUBAIR, date=TODAY_OPEN),
        # ¶15: the relatives' and notables' demands, in a «رغم» clause (optional)
        E(False, ["REQUEST"], [15], "مطالبات", ["asserted"],
          source=DETAINEES_KIN, recipient=IQ_AUTH, location=ZUBAIR, date=None),
        # ¶16, «وكان … قد» at another place: a candidate assassinated in Abu al-Khasib on 3 December 2023
        E(True, ["ASSAULT"], [16], "اغتالوا", ["historical", "asserted"], mode="assassinate",
          source=KHASIB_GUNMEN, recipient=KHASIB_CANDIDATE, location=KHASIB, date=D("2023-12-03"),
          fatalities=1, acled=ATTACK),
        # ¶17 (analysis of Basra's economy) holds no event
    ],
)
