"""Gold of article 518: Kirkuk and its districts (Dibis and the Bai Hassan fields, Taza, the K1 base,
Altun Kupri, Laylan), a Kirkuk-based Turkmen satellite channel's Arabic-language website, 2017-10-18 (Wed)."""
from actors_places import (
    ALL_PARTIES,
    ALTUN_KUPRI,
    CTS_FEDPOL,
    DIBIS,
    DIBIS_SUSPECTS,
    DISPLACED_KURDS,
    FED_POLICE,
    FED_POLICE_CMD,
    IQ_ARMY,
    IQ_PM,
    ITF,
    JOC,
    K1,
    KIRKUK,
    KIRKUK_ALTUN_KUPRI,
    KIRKUK_GOVERNOR,
    KRSC,
    KURDISH_FAMILIES,
    LAYLAN,
    LAYLAN_POLICE,
    OIL_MINISTRY,
    PESHMERGA,
    PMF,
    PMF_PESHMERGA,
    TAZA,
    UNAMI,
    US_COALITION,
)
from common import ARREST, CLASH, MINE, TRANSFER, D, E, paras_of

SLUG = "dibis_2017_taza_altun_kupri_redeployment_handover"
TODAY = D("2017-10-18")
YESTERDAY = D("2017-10-17")
SINCE_YESTERDAY = D("2017-10-17", "day", ("2017-10-17", "2017-10-18"))
SINCE_MONDAY = D("2017-10-16", "day", ("2017-10-16", "2017-10-18"))
ARTICLE = dict(
    id="team104-518", slug=SLUG, published="2017-10-18",
    outlet="Sada al-Qalaa, a Kirkuk-based Turkmen satellite channel's Arabic-language website (fictional)",
    paras=paras_of(f"518_{SLUG}.txt"),
    events=[
        # ¶1 (no dateline; «دبس» in the first sentence): federal units enter Dibis and deploy in the Bai
        # Hassan oil fields «صباح أمس الثلاثاء» after the Peshmerga left them without a fight (core COERCE
        # seize, ASSAULT also accepted; Non-violent transfer of territory); the headline 0 names it; the
        # Peshmerga's withdrawal overnight is an optional RETREAT
        E(True, ["COERCE", "ASSAULT"], [0, 1], "دخلت", ["asserted", "reported"], mode="seize",
          source=CTS_FEDPOL, location=DIBIS, date=YESTERDAY, attribution=["قيادة العمليات المشتركة"],
          acled=TRANSFER, tpara=1),
        E(False, ["RETREAT"], [1], "انسحاب", ["asserted"], mode="withdraw",
          source=PESHMERGA, location=DIBIS, date=D("2017-10-16", "day", ("2017-10-16", "2017-10-17"))),
        # the main event, in ¶2 after the entry (not first in the lead): a short clash between the PMF and
        # the Peshmerga near Taza «فجر الإثنين»; three PMF fighters killed per the hospital, four per a
        # Turkmen PMF source → 3; ¶3 the Kurdistan Region's version («صدّت هجوماً واسعاً»), ¶17 the funeral
        # of «القتلى الثلاثة»; the Peshmerga falling back is part of the fight (optional RETREAT)
        E(True, ["ASSAULT"], [0, 2, 3, 17], "اشتباك قصير", ["asserted", "reported"], mode="firearms",
          source=PMF_PESHMERGA, location=TAZA, date=D("2017-10-16"), fatalities=3,
          attribution=["مصدر في مستشفى كركوك العام", "مصدر في الحشد التركماني"], acled=CLASH, tpara=2),
        E(False, ["RETREAT"], [2], "تتراجع", ["asserted"], mode="withdraw",
          source=PESHMERGA, location=TAZA, date=D("2017-10-16")),
        # ¶3: the Kurdistan Region Security Council accuses the PMF (core ACCUSE; its demand to the
        # coalition optional)
        E(True, ["ACCUSE"], [3], "واتهم", ["asserted"],
          source=KRSC, recipient=PMF, date=SINCE_MONDAY),
        E(False, ["REQUEST"], [3], "مطالباً", ["asserted"],
          source=KRSC, recipient=US_COALITION, date=SINCE_MONDAY),
        # ¶4 (verb–subject–object): the Peshmerga hand the K1 base over to the army «مساء أمس» without a
        # fight (core RETREAT, COERCE also accepted; Non-violent transfer of territory); the officers' talks
        # before it are an optional CONSULT; the time is told after the act in its own clause («، وذلك بعد
        # ساعات …»)
        E(True, ["RETREAT", "COERCE"], [4], "وسلّمت", ["asserted"], mode="withdraw",
          source=PESHMERGA, recipient=IQ_ARMY, location=K1, date=YESTERDAY, acled=TRANSFER),
        E(False, ["CONSULT"], [4], "مفاوضات", ["asserted"],
          source=PESHMERGA, recipient=IQ_ARMY, location=K1, date=YESTERDAY),
        # ¶5, one sentence, two events: Kurdish families fleeing since Monday (no actor's concession:
        # optional RETREAT) and the prime minister's call on them to return (core REQUEST)
        E(False, ["RETREAT"], [5], "نزوح", ["asserted"], mode="withdraw",
          source=DISPLACED_KURDS, location=KIRKUK_ALTUN_KUPRI, date=SINCE_MONDAY),
        E(True, ["REQUEST"], [5], "دعا", ["asserted"],
          source=IQ_PM, recipient=DISPLACED_KURDS, location=KIRKUK, date=SINCE_YESTERDAY),
        # ¶6: the governor removed by the prime minister (core SANCTION, COERCE also accepted, no label);
        # his departure to Erbil and his office's refusal are optional
        E(True, ["SANCTION", "COERCE"], [6], "بإعفاء", ["asserted"],
          source=IQ_PM, recipient=KIRKUK_GOVERNOR, location=KIRKUK, date=SINCE_YESTERDAY),
        E(False, ["RETREAT"], [6], "مغادرة", ["asserted"], mode="withdraw",
          source=KIRKUK_GOVERNOR, location=KIRKUK, date=D("2017-10-16", "day", ("2017-10-16", "2017-10-17"))),
        E(False, ["REJECT"], [6], "رفض", ["asserted"],
          source=KIRKUK_GOVERNOR, recipient=IQ_PM, date=SINCE_YESTERDAY),
        # paragraph 7 (Kirkuk: a description) holds no event ¶8: calls for calm: UNAMI's call on all parties
        # (core REQUEST) and the Turkmen Front's praise (core SUPPORT); the Front's demand is an optional
        # REQUEST
        E(True, ["REQUEST"], [8], "ودعت", ["asserted"],
          source=UNAMI, recipient=ALL_PARTIES, date=SINCE_YESTERDAY),
        E(True, ["SUPPORT"], [8], "أشادت", ["asserted"],
          source=ITF, location=KIRKUK, date=SINCE_YESTERDAY),
        E(False, ["REQUEST"], [8], "وطالبت", ["asserted"],
          source=ITF, date=SINCE_YESTERDAY),
        # ¶9: houses and shops of Kurdish families burned in Taza, rumoured and denied by the Federal Police
        # (core ASSAULT destroy, rumored; the denial optional)
        E(True, ["ASSAULT"], [9], "إحراق", ["rumored"], mode="destroy",
          recipient=KURDISH_FAMILIES, location=TAZA, date=SINCE_YESTERDAY,
          attribution=["صفحات على مواقع التواصل الاجتماعي"]),
        E(False, ["REJECT"], [9], "نفت", ["asserted"],
          source=FED_POLICE_CMD, date=TODAY),
        # ¶10: the Joint Operations Command's deadline to the Peshmerga to leave Altun Kupri by tomorrow
        # morning, with force if they do not (core THREATEN); the force is hypothetical (optional)
        E(True, ["THREATEN"], [10], "وأمهلت", ["asserted"], mode="violence",
          source=JOC, recipient=PESHMERGA, location=ALTUN_KUPRI, date=TODAY),
        E(False, ["ASSAULT"], [10], "فرض القانون بالقوة", ["hypothetical"], mode="firearms",
          source=JOC, location=ALTUN_KUPRI, date=None),
        # ¶11, one sentence, two events: the Peshmerga have not withdrawn from Altun Kupri (core RETREAT,
        # negated) and have reinforced their positions (core MOBILIZE)
        E(True, ["RETREAT"], [11], "تنسحب", ["negated"], mode="withdraw",
          source=PESHMERGA, location=ALTUN_KUPRI, date=TODAY),
        E(True, ["MOBILIZE"], [11], "عزّزتها", ["asserted"], mode="weapons",
          source=PESHMERGA, location=ALTUN_KUPRI, date=TODAY, attribution=["مراسل «صدى القلعة»"]),
        # paragraph 12 (oil output and power cuts: aggregates and a standing situation) holds no event ¶13:
        # an oil ministry delegation due in Kirkuk «يوم غدٍ الخميس» (core CONSULT, planned), told through
        # «واع»
        E(True, ["CONSULT"], [13], "يصل", ["planned"], mode="visit",
          source=OIL_MINISTRY, location=KIRKUK, date=D("2017-10-19"),
          attribution=["وكالة الأنباء العراقية «واع»"]),
        # background at another place, in «وكانت … قد»: a roadside bomb on a police car near Laylan on
        # 12 September (2)
        E(True, ["ASSAULT"], [14], "عبوة ناسفة", ["historical", "asserted"], mode="explosives",
          recipient=LAYLAN_POLICE, location=LAYLAN, date=D("2017-09-12"), fatalities=2, acled=MINE),
        # ¶15 (verb–subject–object): three men arrested with weapons at the entrance of Dibis (core COERCE,
        # Arrests)
        E(True, ["COERCE"], [15], "واعتقلت", ["asserted"], mode="arrest",
          source=FED_POLICE, recipient=DIBIS_SUSPECTS, location=DIBIS, date=SINCE_YESTERDAY, acled=ARREST),
        # paragraph 16 (a taxi driver's words) holds no event; ¶17, the funeral, is a paragraph of the main
        # event
    ],
)
