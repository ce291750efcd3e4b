"""Gold of article 261: Port Sudan (the Deim Arab and Salabona quarters, the South Port), Suakin, Sinkat and
Telkok near Hamashkoreib (eastern Sudan), a Khartoum daily's Port Sudan report, 2005-02-02 (Wed)."""
from actors_places import (
    BEJA_CADRES,
    BEJA_CHAIRMAN,
    BEJA_CONGRESS,
    BEJA_LEADERS,
    BEJA_PROTESTERS,
    BEJA_SITIN,
    BEJA_SUPPORTERS,
    CPA_PARTIES,
    DEIM_ARAB,
    DEIM_SALABONA,
    EAST_SUDAN,
    EASTERN_FRONT,
    FREE_LIONS,
    MSF,
    NAIROBI,
    NISS,
    PORT_SUDAN,
    PS_DOCKERS,
    PS_HOSPITAL,
    PS_MARKET,
    PS_SOUTH_PORT,
    RS_SECURITY_COMMITTEE,
    SD_ARMY,
    SD_ARMY_PATROL,
    SD_GOV,
    SD_GOV_DELEGATION,
    SD_GOV_FORCES,
    SD_INTERIOR,
    SD_PARTISANS,
    SD_PIPELINE,
    SD_POLICE,
    SINKAT,
    SRCS,
    SUAKIN,
    SUAKIN_STUDENTS,
    TELKOK,
    UN_SG,
)
from common import AGREEMENT, ARREST, CLASH, EXCESSIVE, MINE, OTHER, PEACEFUL, RIOT, D, E, paras_of

SLUG = "port_sudan_2005_deim_arab_suakin_sinkat_hamashkoreib"
TODAY = D("2005-02-02")
YESTERDAY = D("2005-02-01")
SINCE_YESTERDAY = D("2005-02-02", "day", ("2005-02-01", "2005-02-02"))
OVERNIGHT = D("2005-02-01", "day", ("2005-02-01", "2005-02-02"))
ARTICLE = dict(
    id="team53-261", slug=SLUG, published="2005-02-02",
    outlet="al-Marsa daily, Khartoum, Port Sudan report (fictional)",
    paras=paras_of(f"261_{SLUG}.txt"),
    events=[
        # the police's fire on the Beja Congress sit-in at Deim Arab «مساء أمس الثلاثاء»: headline 0 (four
        # protesters), lead 1 (a medical source at Port Sudan Teaching Hospital: four), the follow-up 9 (the
        # Beja Congress: nine; the state police: «three rioters») → 3, the police's figure. The sit-in was
        # peaceful in the lead; the stones are only the government's version, so ACLED's view is excessive
        # force against protesters
        E(True, ["ASSAULT"], [0, 1, 9], "فتحت", ["asserted", "reported"], mode="firearms",
          source=SD_POLICE, recipient=BEJA_PROTESTERS, location=DEIM_ARAB, date=YESTERDAY, fatalities=3,
          attribution=["مصدر طبي في مستشفى بورتسودان التعليمي", "شهود عيان", "المكتب السياسي لمؤتمر البجا",
                       "بيان لشرطة الولاية"], acled=EXCESSIVE, tpara=1),
        # the sit-in itself, since noon
        E(True, ["PROTEST"], [1], "يعتصمون", ["asserted"], mode="demo",
          source=BEJA_SITIN, location=DEIM_ARAB, date=YESTERDAY, acled=EXCESSIVE),
        # the state security committee's night curfew (headline 0) and the army's vehicles at the market
        E(True, ["COERCE"], [0, 2], "حظر للتجول", ["asserted"], mode="curfew",
          source=RS_SECURITY_COMMITTEE, location=DEIM_SALABONA, date=TODAY,
          attribution=["تلفزيون الولاية"], acled=OTHER, tpara=2),
        E(True, ["MOBILIZE"], [2], "انتشرت", ["asserted"], mode="troops",
          source=SD_ARMY, location=PS_MARKET, date=TODAY),
        # sixteen Beja Congress cadres arrested overnight, told by its activists (a one-line paragraph)
        E(True, ["COERCE"], [3], "اعتقل", ["reported"], mode="arrest",
          source=NISS, recipient=BEJA_CADRES, location=PORT_SUDAN, date=OVERNIGHT,
          attribution=["ناشطون في المؤتمر"], acled=ARREST),
        # paragraph 4 (Port Sudan «the lung» of Sudan's trade, the Beja quarters' grievances) holds no event
        # the minister of state's accusation of «known party elements»; the stones and the attempt to storm
        # the locality building are the government's version of the Deim Arab events, repeated by the police
        # in the follow-up («أصيبوا بالحجارة», 9): optional, reported
        E(True, ["ACCUSE"], [5], "حمّل", ["asserted"],
          source=SD_INTERIOR, recipient=SD_PARTISANS, date=SINCE_YESTERDAY),
        E(False, ["PROTEST", "ASSAULT"], [5, 9], "رشقوا", ["reported"], mode="riot",
          source=BEJA_PROTESTERS, recipient=SD_POLICE, location=DEIM_ARAB, date=YESTERDAY, acled=RIOT),
        # the rumoured dockers' stoppage at the South Port, denied by the port authority
        E(True, ["PROTEST"], [6], "توقف", ["rumored", "negated", "reported"], mode="strike",
          source=PS_DOCKERS, location=PS_SOUTH_PORT, date=TODAY,
          attribution=["أنباء في أسواق المدينة", "مسؤول في هيئة الموانئ البحرية"], acled=PEACEFUL),
        # the Beja Congress statement: the call (optional), the general strike from Saturday (planned), the
        # conditional threat (made; the «return to the rifle» itself optional, hypothetical) and the demand
        E(False, ["REQUEST"], [7], "ودعا", ["asserted"],
          source=BEJA_CONGRESS, recipient=BEJA_SUPPORTERS, date=TODAY),
        E(True, ["PROTEST"], [7], "إضراب عام", ["planned"], mode="strike",
          source=BEJA_CONGRESS, location=EAST_SUDAN, date=D("2005-02-05")),
        E(True, ["THREATEN"], [7], "وهدّد", ["asserted"], mode="violence",
          source=BEJA_CONGRESS, date=TODAY),
        E(False, ["ASSAULT"], [7], "العودة", ["hypothetical"], mode="firearms",
          source=BEJA_CONGRESS, date=None),
        E(True, ["REQUEST"], [7], "مطالباً", ["asserted"],
          source=BEJA_CONGRESS, date=TODAY),
        # the students' silent stand in Suakin (a one-line paragraph)
        E(True, ["PROTEST"], [8], "وقفة", ["asserted"], mode="demo",
          source=SUAKIN_STUDENTS, location=SUAKIN, date=TODAY, acled=PEACEFUL),
        # in the follow-up, the tear gas before the live fire is part of the dispersal (optional)
        E(False, ["COERCE", "ASSAULT"], [9], "الغاز", ["reported"], mode="restrict",
          source=SD_POLICE, recipient=BEJA_PROTESTERS, location=DEIM_ARAB, date=YESTERDAY),
        # the government delegation due tomorrow (planned) and the Beja Congress chairman's refusal of any
        # dialogue; the withdrawal he asks for is only a condition (optional, hypothetical)
        E(True, ["CONSULT"], [10], "يصل", ["planned"], mode="visit",
          source=SD_GOV_DELEGATION, recipient=BEJA_LEADERS, location=PORT_SUDAN, date=D("2005-02-03")),
        E(True, ["REJECT"], [10], "رفض", ["asserted"],
          source=BEJA_CHAIRMAN, recipient=SD_GOV_DELEGATION, date=TODAY),
        E(False, ["RETREAT"], [10], "سحب القوات", ["hypothetical"], mode="withdraw",
          source=SD_GOV_FORCES, location=PORT_SUDAN, date=None),
        # the Red Crescent's medical teams and blood to the hospital yesterday evening, and MSF's
        # conditional offer of surgeons (AGREE: an offer to act); the authorities' request it waits for is
        # only its condition (optional, hypothetical)
        E(True, ["AID"], [11], "وأرسلت", ["asserted"], mode="humanitarian",
          source=SRCS, recipient=PS_HOSPITAL, location=PORT_SUDAN, date=YESTERDAY),
        E(True, ["AGREE"], [11], "أبدت", ["asserted"],
          source=MSF, date=SINCE_YESTERDAY),
        E(False, ["REQUEST"], [11], "طلبت", ["hypothetical"],
          source=SD_GOV, recipient=MSF, date=None),
        # paragraph 12 (an aggregate since the 1990s, condemnations as a habit, a yearly commemoration) holds
        # no event the Eastern Front's ambush on an army patrol near Telkok at dawn (tribal sources: one
        # soldier killed)
        E(True, ["ASSAULT"], [13], "كميناً", ["reported"], mode="firearms",
          source=EASTERN_FRONT, recipient=SD_ARMY_PATROL, location=TELKOK, date=TODAY, fatalities=1,
          attribution=["مصادر قبلية في منطقة همشكوريب"], acled=CLASH),
        # background: Thursday before a Wednesday, the bombing of the oil pipeline near Sinkat (core,
        # historical; no victims, an actor and a place)
        E(True, ["ASSAULT"], [14], "فجّروا", ["historical", "asserted"], mode="explosives",
          source=FREE_LIONS, recipient=SD_PIPELINE, location=SINKAT, date=D("2005-01-27"), acled=MINE),
        # the UN spokesman's call on the Sudanese government; the peace agreement signed in Nairobi last
        # month is recalled in a relative clause (optional, historical)
        E(True, ["REQUEST"], [15], "دعا", ["asserted"],
          source=UN_SG, recipient=SD_GOV, date=SINCE_YESTERDAY),
        E(False, ["AGREE"], [15], "وُقّع", ["historical"],
          source=CPA_PARTIES, location=NAIROBI, date=D("2005-01-15", "month", ("2005-01-01", "2005-01-31")),
          acled=AGREEMENT),
    ],
)
