"""Gold of article 604: security forces fire live rounds on protesters blocking the road to the port of Umm
Qasr and kill two (main event, told first in the lead; two per the Basra health directorate, one number), a
protester's account, the Basra Operations Command's version, a sit-in at the West Qurna field, the internet
cut, the prime minister's office's concessions, the coordination committees' rejection, the provincial
council's blame and demand, tribal sheikhs' threat to close the oil fields, an Oil Police commander's
dismissal rumoured and denied, no official meeting the sit-in, the funeral, a demonstration due on Friday,
the arrests since the protests began, and the entrance of the Majnoon field blocked on 9 July 2018 (Basra,
Iraq), a Baghdad-based Iraqi satellite channel's website, 2018-07-16 (Mon). Dateline «بغداد – «نخيل»:» (the
country's capital)."""
from actors_places import (
    BASRA_CENTRE,
    BASRA_COUNCIL,
    BASRA_GOV,
    COORDINATIONS,
    INFILTRATORS,
    IQ_FED_GOV,
    IQ_MOC,
    IQ_MOE,
    IQ_MOO,
    IQ_OFFICIALS,
    IQ_PMO,
    IQ_SECURITY,
    MAIN_SHOOTERS,
    MAJNOON,
    MAJNOON_PROTESTERS,
    OIL_POLICE_CHIEF,
    SITIN_REPS,
    UMM_QASR_PROTESTERS,
    UMM_QASR_ROAD,
    WEST_QURNA,
    WEST_QURNA_SITIN,
    ZUBAIR,
    ZUBAIR_SHEIKHS,
)
from common import EXCESSIVE, PEACEFUL, D, E, paras_of

SLUG = "basra_2018_umm_qasr_qurna"
YESTERDAY = D("2018-07-15")
TODAY = D("2018-07-16")
# a statement or an act without a time of day: the day of publication, or the day before
STATED = D("2018-07-16", "day", ("2018-07-15", "2018-07-16"))
ARTICLE = dict(
    id="team121-604", slug=SLUG, published="2018-07-16",
    outlet="Nakhil, a Baghdad-based Iraqi satellite channel's website (fictional)",
    paras=paras_of(f"604_{SLUG}.txt"),
    events=[
        # MAIN EVENT, told first in the lead ¶1 (dateline «بغداد – «نخيل»:», the country's capital; passive
        # «قُتل»; the length of the firing told after it): the live fire on the protesters; the protester ¶2,
        # the command's version ¶3, the funeral ¶13 → 2. The road blocked is optional.
        E(True, ["ASSAULT"], [0, 1, 2, 3, 13], "أطلقت", ["asserted"], mode="firearms",
          source=MAIN_SHOOTERS, recipient=UMM_QASR_PROTESTERS, location=UMM_QASR_ROAD, date=YESTERDAY,
          fatalities=2, attribution=["مصدر في دائرة صحة البصرة"], acled=EXCESSIVE, tpara=1),
        E(False, ["PROTEST"], [1], "قطعوا", ["asserted"], mode="obstruct",
          source=UMM_QASR_PROTESTERS, location=UMM_QASR_ROAD, date=YESTERDAY),
        # ¶3: the command's blame of «infiltrators» and the storming it alleges are optional
        E(False, ["ACCUSE"], [3], "متهمة", ["asserted"], source=IQ_SECURITY, recipient=INFILTRATORS,
          date=STATED),
        E(False, ["PROTEST"], [3], "اقتحام", ["reported", "asserted"], mode="riot", date=YESTERDAY),
        # ¶4: the sit-in at the West Qurna field (PROTEST); its demand optional
        E(True, ["PROTEST"], [4], "اعتصم", ["asserted"], mode="demo",
          source=WEST_QURNA_SITIN, location=WEST_QURNA, date=TODAY, acled=PEACEFUL),
        E(False, ["REQUEST"], [4], "مطالبين", ["asserted"], source=WEST_QURNA_SITIN, date=TODAY),
        # ¶5 (verb first): the internet cut since yesterday evening (COERCE censor)
        E(True, ["COERCE"], [5], "وقطعت", ["asserted"], mode="censor",
          source=IQ_MOC, location=BASRA_GOV, date=D("2018-07-15", "day", ("2018-07-15", "2018-07-16"))),
        # ¶6: money and jobs announced (CONCEDE); the emergency meeting optional
        E(True, ["CONCEDE"], [6], "تخصيص", ["asserted"],
          source=IQ_PMO, location=BASRA_GOV, date=STATED),
        E(False, ["CONSULT"], [6], "اجتماع طارئ", ["asserted"], source=IQ_PMO, date=STATED),
        # ¶7: the coordination committees reject the promises (REJECT); their demand optional
        E(True, ["REJECT"], [7], "ورفضت", ["asserted"],
          source=COORDINATIONS, date=STATED, attribution=["بيان"]),
        E(False, ["REQUEST"], [7], "وطالبت", ["asserted"], source=COORDINATIONS, date=STATED),
        # ¶8 (subject, a long parenthesis, verb): the blame and the demand, two verbs joined with «و»; the
        # members' standing charge against the governor in the parenthesis is optional and generic
        E(False, ["ACCUSE"], [8], "ويتهمه", ["generic", "asserted"], date=None),
        E(True, ["ACCUSE"], [8], "حمّل", ["asserted"],
          source=BASRA_COUNCIL, recipient=IQ_MOE, date=STATED, attribution=["بيان"]),
        E(True, ["REQUEST"], [8], "وطالب", ["asserted"],
          source=BASRA_COUNCIL, recipient=IQ_FED_GOV, date=STATED),
        # ¶9: the sheikhs' threat at their own conference (asserted); the closure optional and hypothetical,
        # the call for restraint optional
        E(True, ["THREATEN"], [9], "وهدّد", ["asserted"],
          source=ZUBAIR_SHEIKHS, location=ZUBAIR, date=STATED),
        E(False, ["PROTEST"], [9], "بإغلاق", ["hypothetical"], mode="obstruct", source=ZUBAIR_SHEIKHS,
          date=None),
        E(False, ["REQUEST"], [9], "دعا", ["asserted"], source=ZUBAIR_SHEIKHS, date=STATED),
        # ¶10: the Oil Police commander's dismissal, told by local websites and denied (rumoured, undated)
        E(True, ["SANCTION", "COERCE"], [10], "إعفاء", ["rumored"],
          source=IQ_MOO, recipient=OIL_POLICE_CHIEF, date=None, attribution=["مواقع إخبارية محلية"]),
        # ¶11: no official has met the sit-in (CONSULT, negated); the governor's promise optional
        E(True, ["CONSULT"], [11], "ولم يلتقِ", ["negated"],
          source=IQ_OFFICIALS, recipient=SITIN_REPS, location=WEST_QURNA, date=TODAY,
          attribution=["أحد المعتصمين"]),
        E(False, ["AGREE"], [11], "وعدهم", ["asserted", "historical"], date=STATED),
        # ¶12 (oil, the port, poverty and salt water) holds no event; ¶13 is the funeral of the main event,
        # the shops shut in mourning optional
        E(False, ["PROTEST"], [13], "أُغلقت", ["asserted"], mode="strike", location=ZUBAIR, date=TODAY),
        # ¶14: a demonstration «يوم الجمعة المقبل» (planned PROTEST)
        E(True, ["PROTEST"], [14], "تظاهرة كبرى", ["planned"], mode="demo",
          source=COORDINATIONS, location=BASRA_CENTRE, date=D("2018-07-20")),
        # ¶15: the arrests since the protests began («من قبل») and the releases on bail (optional, generic).
        # ¶16 (the heat and the generators) holds no event.
        E(False, ["COERCE"], [15], "اعتُقلوا", ["generic"], mode="arrest", date=None),
        E(False, ["RETREAT"], [15], "أُفرج", ["generic"], mode="release", date=None),
        # ¶17, «وكان … قد» at another place: the entrance of the Majnoon field blocked on 9 July (core,
        # historical; no one hurt); the company's pledge after it optional
        E(True, ["PROTEST"], [17], "أغلقوا", ["historical", "asserted"], mode="obstruct",
          source=MAJNOON_PROTESTERS, location=MAJNOON, date=D("2018-07-09"), acled=PEACEFUL),
        E(False, ["AGREE"], [17], "يتعهد", ["historical"], date=D("2018-07-09")),
    ],
)
