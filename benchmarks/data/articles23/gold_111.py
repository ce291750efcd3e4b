"""Gold of article 111: Kassala (the industrial area, the state secretariat, the airport, the western districts) and
Gedaref (al-Fashaga: Barakat Noreen; the big market; Doka), an eastern Sudanese news site, 2025-02-12 (Wed)."""
from actors_places import (
    BARAKAT_NOREEN,
    DEPOT_VICTIMS,
    DOKA,
    DOKA_TRADER,
    FANO,
    FASHAGA,
    FASHAGA_BORDER,
    FASHAGA_FARMERS,
    FASHAGA_HERDER,
    FASHAGA_UNION,
    GEDAREF_MARKET,
    GEDAREF_POLICE,
    GEDAREF_SIX,
    HAC,
    KASSALA,
    KASSALA_AFFECTED,
    KASSALA_AIRPORT,
    KASSALA_DISPLACED,
    KASSALA_GOV,
    KASSALA_GOV_HQ,
    KASSALA_INDUSTRIAL,
    KASSALA_WEST,
    ORTA,
    RSF,
    SAF,
    SAF_2ND,
    SAF_FANO,
    SD_GOVERNMENT,
    UNKNOWN,
)
from common import ABDUCTION, AIR, ARREST, ATTACK, CLASH, PEACEFUL, D, E, paras_of

SLUG = "kassala_industrial_area_gedaref_fashaga_barakat_noreen_doka"
YESTERDAY = D("2025-02-11")
TODAY = D("2025-02-12")
ARTICLE = dict(
    id="team23-111", slug=SLUG, published="2025-02-12", outlet="Nabd al-Sharq news site (fictional)",
    paras=paras_of(f"111_{SLUG}.txt"),
    events=[
        # the drone strike on the fuel depot in Kassala's industrial area «فجر أمس الثلاثاء» (2 guards killed):
        # headline 0, lead 1. The drone's sender is not told as a fact: the state government's statement (2) is a
        # separate ACCUSE, so the strike keeps no source; the fire it set off, «الضربة هي الثالثة … منذ مطلع العام»
        # (tally) and «لن تكسر إرادة» are no events
        E(True, ["ASSAULT"], [0, 1], "استهداف طائرة مسيّرة", ["asserted", "reported"], mode="aerial",
          recipient=DEPOT_VICTIMS, location=KASSALA_INDUSTRIAL, date=YESTERDAY, fatalities=2,
          attribution=["مصدر طبي في مستشفى كسلا التعليمي"], acled=AIR, tpara=1),
        # the state government blames the RSF («حمّلت … المسؤولية»); «واصفةً» retells the strike
        E(True, ["ACCUSE"], [2], "وحمّلت", ["asserted"],
          source=KASSALA_GOV, recipient=RSF, location=KASSALA, date=YESTERDAY),
        # Barakat Noreen, one sentence, two events: the attack on a farm by gunmen from the Ethiopian side (3 farmers
        # killed) and the herder taken across the border with the cattle (abduction). The follow-up 5 names the
        # perpetrator (Fano) and adds the victims' family; «الخامس … منذ انطلاق موسم الحصاد» is a tally
        E(True, ["ASSAULT"], [0, 3, 5], "هجوم شنّه", ["asserted", "reported"], mode="firearms",
          source=FANO, recipient=FASHAGA_FARMERS, location=BARAKAT_NOREEN, date=YESTERDAY, fatalities=3,
          attribution=["عمدة المنطقة"], acled=ATTACK, tpara=3),
        E(True, ["ASSAULT"], [3], "واقتاد", ["asserted", "reported"], mode="abduct",
          source=FANO, recipient=FASHAGA_HERDER, location=BARAKAT_NOREEN, date=YESTERDAY,
          attribution=["عمدة المنطقة"], acled=ABDUCTION),
        # the 2nd Infantry Division's reinforcements (MOBILIZE) and the clash with the withdrawing attackers (two
        # sides; 2 attackers killed; recovering the cattle is part of it, «من دون أن تتمكن من الوصول» is no event)
        E(True, ["MOBILIZE"], [4], "دفعت", ["asserted"], mode="troops",
          source=SAF_2ND, location=BARAKAT_NOREEN, date=YESTERDAY),
        E(True, ["ASSAULT"], [4], "اشتبكت", ["reported", "asserted"], mode="firearms",
          source=SAF_FANO, location=FASHAGA_BORDER, date=YESTERDAY, fatalities=2,
          attribution=["مصدر عسكري"], acled=CLASH),
        # the displaced people's protest in front of the state secretariat this morning (PROTEST) and their memo's
        # demand to the governor's representative (REQUEST); the authorities' decision to evacuate the schools is a
        # decided, not yet carried out, act (optional planned COERCE); «قبل تنفيذ أي إخلاء» is content
        E(True, ["PROTEST"], [6], "وقفة احتجاجية", ["asserted"], mode="demo",
          source=KASSALA_DISPLACED, location=KASSALA_GOV_HQ, date=TODAY, acled=PEACEFUL),
        E(True, ["REQUEST"], [6], "طالبوا", ["asserted"],
          source=KASSALA_DISPLACED, recipient=KASSALA_GOV, location=KASSALA_GOV_HQ, date=TODAY),
        E(False, ["COERCE"], [6], "إخلاء المدارس", ["planned", "asserted"], mode="deport",
          source=KASSALA_GOV, recipient=KASSALA_DISPLACED, location=KASSALA),
        # paragraph 7 is generic (displacement since April 2023, recurring drone attacks on the east, prices and
        # blackouts): NO gold event
        # the arrest of six suspects in Gedaref's big market «مساء أمس», through a chain: the radio quotes the police
        # director (the seizure of two Starlink sets is part of the arrest)
        E(True, ["COERCE"], [8], "أوقفت", ["reported", "asserted"], mode="arrest",
          source=GEDAREF_POLICE, recipient=GEDAREF_SIX, location=GEDAREF_MARKET, date=YESTERDAY,
          attribution=["إذاعة القضارف", "مدير شرطة الولاية"], acled=ARREST),
        # activists' unconfirmed talk of Eastern Battalion gunmen deployed in western Kassala (rumoured MOBILIZE; the
        # night checkpoints are part of the deployment)
        E(True, ["MOBILIZE"], [9], "انتشار", ["rumored"], mode="troops",
          source=ORTA, location=KASSALA_WEST, date=D("2025-02-11", "day", ("2025-02-10", "2025-02-12")),
          attribution=["ناشطون على مواقع التواصل"]),
        # a second drone on Kassala airport told by RSF platforms and denied by an army source
        E(True, ["ASSAULT"], [10], "استهداف مطار كسلا", ["negated", "rumored", "reported"], mode="aerial",
          source=RSF, location=KASSALA_AIRPORT, date=D("2025-02-11", "day", ("2025-02-10", "2025-02-12")),
          attribution=["مصدر عسكري في قيادة الجيش بكسلا", "منصات تابعة لـ«الدعم السريع»"]),
        # the Humanitarian Aid Commission delegation due «يوم السبت المقبل» to meet the state government (planned
        # CONSULT) and to hand over food and tents (planned AID)
        E(True, ["CONSULT"], [11], "للقاء", ["planned"], mode="visit",
          source=HAC, recipient=KASSALA_GOV, location=KASSALA, date=D("2025-02-15")),
        E(True, ["AID"], [11], "يسلّم", ["planned"], mode="humanitarian",
          source=HAC, recipient=KASSALA_AFFECTED, location=KASSALA, date=D("2025-02-15")),
        # the farmers' union threatens to stop the harvest unless the government acts (THREATEN asserted); the
        # harvest stoppage itself is conditional (optional hypothetical PROTEST); «محذراً من «كارثة غذائية»» is no
        # event
        E(True, ["THREATEN"], [12], "هدّد", ["asserted"],
          source=FASHAGA_UNION, recipient=SD_GOVERNMENT, location=FASHAGA, date=TODAY),
        E(False, ["PROTEST"], [12], "بوقف عمليات الحصاد", ["hypothetical"], mode="strike",
          source=FASHAGA_UNION, location=FASHAGA),
        # background «وكان … قد»: a crop trader shot dead in Doka «مساء الأحد الماضي» (robbery; attackers unknown)
        E(True, ["ASSAULT"], [13], "أطلقوا النار", ["historical", "asserted"], mode="firearms",
          source=UNKNOWN, recipient=DOKA_TRADER, location=DOKA, date=D("2025-02-09"), fatalities=1, acled=ATTACK),
        # the army's takeover of most of al-Fashaga in late 2020, recalled in passing (optional historical)
        E(False, ["COERCE", "MOBILIZE", "ASSAULT"], [13], "سيطرة الجيش", ["historical"], mode="seize",
          source=SAF, location=FASHAGA, date=D("2020-12-01", "month", ("2020-11-01", "2020-12-31"))),
    ],
)
