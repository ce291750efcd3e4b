"""Gold of article 519: the Tripoli fronts (Abu Salim, Ain Zara, Qasr Bin Ghashir, Mitiga airport, Tajoura,
Souq al-Juma, al-Swani, the airport road), a Tripoli-based Libyan online daily newspaper, 2019-04-14 (Sun)."""
from actors_places import (
    ABU_SALIM,
    ABU_SALIM_CIVILIANS,
    AIN_ZARA,
    AIRPORT_ROAD,
    DISPLACED_FAMILIES,
    GNA,
    GNA_SPOKESMAN,
    LNA,
    LNA_AIR,
    LNA_GNA,
    LNA_MEDIA,
    LRC,
    MITIGA,
    NEW_YORK,
    QASR_BIN_GHASHIR,
    QBG_CHILD,
    SOUQ_AL_JUMA,
    SWANI,
    TAJOURA,
    TRIPOLI,
    TRIPOLI_MILITIAS,
    TWO_ARMED_GROUPS,
    UNSC,
    UNSMIL,
    VOLCANO_SPOKESMAN,
    WARRING_FORCES,
)
from common import AIR, CLASH, SHELL, D, E, paras_of

SLUG = "tripoli_2019_abu_salim_ain_zara_airport_front"
TODAY = D("2019-04-14")
YESTERDAY = D("2019-04-13")
SINCE_YESTERDAY = D("2019-04-13", "day", ("2019-04-13", "2019-04-14"))
ARTICLE = dict(
    id="team104-519", slug=SLUG, published="2019-04-14",
    outlet="Nawafidh Libiya, a Tripoli-based Libyan online daily newspaper (fictional)",
    paras=paras_of(f"519_{SLUG}.txt"),
    events=[
        # the main event, first in the lead (dateline from the town of the event «طرابلس»): Grad rockets on
        # houses in Abu Salim «مساء أمس السبت»; four killed per the ambulance service, six per the emergency
        # medicine centre → 4; ¶3 the LNA's denial (the other side's version), ¶17 the funeral of «القتلى
        # الأربعة»
        E(True, ["ASSAULT"], [0, 1, 3, 17], "سقوط صواريخ", ["asserted", "reported"], mode="heavy-weapons",
          source=LNA, recipient=ABU_SALIM_CIVILIANS, location=ABU_SALIM, date=YESTERDAY, fatalities=4,
          attribution=["جهاز الإسعاف والطوارئ", "مركز طب الطوارئ والدعم"], acled=SHELL, tpara=1),
        # ¶2, one sentence, two events at two places: the LNA's advance on the Ain Zara axis after heavy
        # clashes (one core ASSAULT, Armed clash; the headline 0 names the back-and-forth) and the GNA's
        # counter-attack on the Qasr Bin Ghashir axis (core ASSAULT, Armed clash); the ground it says it
        # retook is optional
        E(True, ["ASSAULT"], [0, 2], "اشتباكات", ["asserted"], mode="firearms",
          source=LNA_GNA, location=AIN_ZARA, date=TODAY, acled=CLASH, tpara=2),
        E(True, ["ASSAULT"], [2], "هجوماً معاكساً", ["asserted", "reported"], mode="firearms",
          source=LNA_GNA, location=QASR_BIN_GHASHIR, date=TODAY, acled=CLASH),
        E(False, ["COERCE"], [2], "استعادت", ["reported"], mode="seize",
          source=GNA, location=QASR_BIN_GHASHIR, date=TODAY),
        # ¶3: the LNA media centre denies hitting Abu Salim (optional REJECT) and blames the «militias»
        # (core ACCUSE); the purpose it ascribes («لتأليب الرأي العام») is no event
        E(False, ["REJECT"], [3], "نفى", ["asserted"],
          source=LNA_MEDIA, date=SINCE_YESTERDAY),
        E(True, ["ACCUSE"], [3], "متهماً", ["asserted"],
          source=LNA_MEDIA, recipient=TRIPOLI_MILITIAS, date=SINCE_YESTERDAY),
        # ¶4: mortar fire on Mitiga airport at noon by an unknown party, flights suspended, no injuries
        # (core ASSAULT without a source; «من دون أن يسفر القصف عن إصابات» negates nothing); the headline 0
        # names it
        E(True, ["ASSAULT"], [0, 4], "لقصف", ["asserted", "reported"], mode="heavy-weapons",
          location=MITIGA, date=TODAY, attribution=["إدارة المطار"], acled=SHELL, tpara=4),
        # ¶5 (verb–subject–object): two LNA air strikes on Tajoura (core ASSAULT, Air/drone strike)
        E(True, ["ASSAULT"], [5], "غارتين", ["asserted", "reported"], mode="aerial",
          source=LNA_AIR, location=TAJOURA, date=SINCE_YESTERDAY, attribution=["مصدر أمني في البلدية"],
          acled=AIR),
        # paragraph 6 (the southern suburbs: a description) holds no event
        # ¶7 (verb–subject–object): the Libyan Red Crescent's aid to two hundred displaced families in Souq
        # al-Juma (core AID); the time is told after the act in its own clause («، وذلك بعد أن امتلأت …»)
        E(True, ["AID"], [7], "ووزّع", ["asserted"], mode="humanitarian",
          source=LRC, recipient=DISPLACED_FAMILIES, location=SOUQ_AL_JUMA, date=TODAY),
        # ¶8: UNSMIL calls for a two-hour humanitarian truce (core REQUEST; its call to respect the law
        # optional)
        E(True, ["REQUEST"], [8], "ودعت", ["asserted"],
          source=UNSMIL, location=TRIPOLI, date=TODAY),
        E(False, ["REQUEST"], [8], "وحثّت", ["asserted"],
          source=UNSMIL, date=TODAY),
        # ¶9: the truce not kept (core RETREAT ceasefire, CONCEDE also accepted, negated); the exchange of
        # fire is an optional ASSAULT
        E(True, ["RETREAT", "CONCEDE"], [9], "تلتزم", ["negated"], mode="ceasefire",
          source=WARRING_FORCES, location=AIN_ZARA, date=TODAY, attribution=["مراسل «نوافذ ليبية»"]),
        E(False, ["ASSAULT"], [9], "تبادل القصف", ["asserted"], mode="heavy-weapons",
          source=WARRING_FORCES, location=AIN_ZARA, date=TODAY),
        # paragraph 10 (the toll since the offensive began and the families who left: aggregates) holds no
        # event ¶11: the LNA's capture of al-Swani, rumoured by pages loyal to it and denied by the GNA
        # (core COERCE seize, ASSAULT also accepted, rumored, no time → no date); the denial is optional
        E(True, ["COERCE", "ASSAULT"], [11], "سيطرة", ["rumored"], mode="seize",
          source=LNA, location=SWANI, date=None, attribution=["صفحات موالية لقوات القيادة العامة"]),
        E(False, ["REJECT"], [11], "نفى", ["asserted"],
          source=VOLCANO_SPOKESMAN, date=TODAY),
        # ¶12: the GNA spokesman's conditional threat (core THREATEN); the pursuit is hypothetical
        # (optional)
        E(True, ["THREATEN"], [12], "وتوعّد", ["asserted"], mode="violence",
          source=GNA_SPOKESMAN, recipient=LNA, location=TRIPOLI, date=TODAY),
        E(False, ["ASSAULT"], [12], "ملاحقة", ["hypothetical"], mode="firearms",
          source=GNA, date=None),
        # ¶13: a closed Security Council session due «يوم غدٍ الإثنين» (core CONSULT, planned); the draft
        # statement's demand is optional, planned
        E(True, ["CONSULT"], [13], "يعقد", ["planned"], mode="multilateral",
          source=UNSC, location=NEW_YORK, date=D("2019-04-15"), attribution=["دبلوماسيون في نيويورك"]),
        E(False, ["REQUEST"], [13], "يطالب", ["planned"],
          source=UNSC, date=D("2019-04-15")),
        # background at another place, in «وكانت … قد»: a stray shell on a house in Qasr Bin Ghashir on
        # 10 January (1); the clashes during which it fell are an optional historical ASSAULT
        E(True, ["ASSAULT"], [14], "قذيفة عشوائية", ["historical", "asserted"], mode="heavy-weapons",
          recipient=QBG_CHILD, location=QASR_BIN_GHASHIR, date=D("2019-01-10"), fatalities=1, acled=SHELL),
        E(False, ["ASSAULT"], [14], "اشتباكات", ["historical"], mode="firearms",
          source=TWO_ARMED_GROUPS, location=QASR_BIN_GHASHIR, date=D("2019-01-10"), acled=CLASH),
        # ¶15: GNA reinforcements from Misrata and Zawiya to the airport road since last evening (core
        # MOBILIZE); the «comprehensive attack» they prepare is optional, planned
        E(True, ["MOBILIZE"], [15], "واستقدمت", ["asserted", "reported"], mode="troops",
          source=GNA, location=AIRPORT_ROAD, date=SINCE_YESTERDAY, attribution=["مصدر عسكري"]),
        E(False, ["ASSAULT"], [15], "الهجوم الشامل", ["planned"], mode="firearms",
          source=GNA, date=None),
        # paragraph 16 (a displaced man's words) holds no event; ¶17, the funeral, is a paragraph of the
        # main event
    ],
)
