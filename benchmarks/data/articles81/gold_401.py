"""Gold of article 401: a demining team fired on near Ain Issa at dawn, three children killed by a mine the
evening before (main event), a shepherd wounded by another mine, the Asayish's warning and threat to farmers,
a minefield mapped by a joint team, a demining group's appeal for funds and the detectors it never received, a
rumoured arrest, patrols sent south of the town, a meeting due on Thursday, five workers killed in Tal Abyad
on 9 October 2015 (Raqqa, Syria), a north-east Syrian local news agency, 2016-04-19 (Tue).
Dateline «عين عيسى – «سهول الفرات»:»; the main event comes first in ¶2, after the attack on the demining team,
and its toll conflicts (the town's health committee's three, local sources' four → 3). Mostly about landmines
and unexploded ordnance."""
from actors_places import (
    AIN_ISSA,
    AIN_ISSA_SE,
    AIN_ISSA_W,
    ASAYISH,
    DEMINING_TEAM,
    DONORS,
    EURO_ORG,
    ISIS,
    ISSA_CHILDREN,
    ISSA_COUNCIL,
    ISSA_FARMERS,
    ISSA_GUNMEN,
    ISSA_NOTABLES,
    ISSA_SHEPHERD,
    SAFE_PATHS,
    SAFE_PATHS_TEAMS,
    SDF,
    SURVEY_PARTNERS,
    TAL_ABYAD,
    TAL_ABYAD_WORKERS,
    TWO_YOUNG_MEN,
)
from common import ARREST, ATTACK, MINE, D, E, paras_of

SLUG = "ain_issa_2016_tal_abyad_raqqa_north"
TODAY = D("2016-04-19")
YDAY = D("2016-04-18")
TODAY_OPEN = D("2016-04-19", "day", ("2016-04-18", "2016-04-19"))
ARTICLE = dict(
    id="team81-401", slug=SLUG, published="2016-04-19",
    outlet="Suhul al-Furat, north-east Syrian local news agency (fictional)",
    paras=paras_of(f"401_{SLUG}.txt"),
    events=[
        # ¶1: gunmen on motorcycles fire on a demining team at dawn («من قبل»; two wounded); the headline
        # names it
        E(True, ["ASSAULT"], [0, 1], "لإطلاق نار", ["asserted", "reported"], mode="firearms",
          source=ISSA_GUNMEN, recipient=DEMINING_TEAM, location=AIN_ISSA, date=TODAY,
          attribution=["منسق الفريق"], acled=ATTACK, tpara=1),
        # MAIN EVENT, first told in ¶2: three brothers killed by an ISIS-era mine yesterday evening (the
        # health committee: three), the uncle's account ¶3, local sources' four ¶4 (the cousin said to have
        # died; the committee says he is alive) → 3; the funeral ¶16; the headline names it. The mine is the
        # group's («من مخلفات تنظيم «داعش»», «عناصر التنظيم زرعوا»), so it is the source.
        E(True, ["ASSAULT"], [0, 2, 3, 4, 16], "بانفجار لغم أرضي", ["asserted", "reported"],
          mode="explosives", source=ISIS, recipient=ISSA_CHILDREN, location=AIN_ISSA_SE, date=YDAY,
          fatalities=3,
          attribution=["هيئة الصحة في البلدة", "مصادر محلية"], acled=MINE, tpara=2),
        # ¶3: the group's withdrawal last summer, recalled in a subordinate clause (optional, historical)
        E(False, ["RETREAT"], [3], "انسحابهم", ["historical"], mode="withdraw",
          source=ISIS, location=AIN_ISSA, date=D("2015-07-15", "month", ("2015-06-01", "2015-08-31"))),
        # ¶5: a shepherd wounded by a mine this morning; no actor is named (ACLED keeps it, PLOVER would not)
        E(True, ["ASSAULT"], [5], "بانفجار لغم", ["asserted", "reported"], mode="explosives",
          recipient=ISSA_SHEPHERD, location=AIN_ISSA_W, date=TODAY, attribution=["أحد أقاربه"], acled=MINE),
        # ¶6 (the plain described) holds no event. ¶7: the Asayish's circular: a warning to farmers and a
        # threat to impound tractors and herds (THREATEN; REQUEST accepted); the call to report objects
        # optional
        E(True, ["THREATEN", "REQUEST"], [7], "وتوعّدت", ["asserted"], mode="confiscate",
          source=ASAYISH, recipient=ISSA_FARMERS, location=AIN_ISSA, date=TODAY_OPEN),
        E(False, ["REQUEST"], [7], "ودعت", ["asserted"],
          source=ASAYISH, recipient=ISSA_FARMERS, location=AIN_ISSA, date=TODAY_OPEN),
        # ¶8: the minefield mapped yesterday by a joint team of the demining group and the SDF's engineers
        # (material cooperation; both are sources)
        E(True, ["COOPERATE"], [8], "فريق مشترك", ["asserted"],
          source=SURVEY_PARTNERS, location=AIN_ISSA, date=YDAY),
        # ¶9: the appeal for funds (REQUEST), the detectors never received (AID, negated), the pledge made
        # early in the year (optional, historical)
        E(True, ["REQUEST"], [9], "وناشدت", ["asserted"],
          source=SAFE_PATHS, recipient=DONORS, date=TODAY),
        E(True, ["AID"], [9], "تتسلّم", ["negated"], mode="humanitarian",
          source=EURO_ORG, recipient=SAFE_PATHS_TEAMS,
          date=D("2016-04-19", "month", ("2016-01-01", "2016-04-19")), attribution=["بيان"]),
        E(False, ["AGREE"], [9], "تعهّدت", ["historical", "asserted"],
          source=EURO_ORG, recipient=SAFE_PATHS, date=D("2016-01-10", "month", ("2016-01-01", "2016-02-15"))),
        # ¶10: an arrest told only by «مصادر محلية», unconfirmed (rumoured); no one claimed the shooting
        E(True, ["COERCE"], [10], "اعتقال", ["rumored"], mode="arrest",
          source=ASAYISH, recipient=TWO_YOUNG_MEN, location=AIN_ISSA, date=TODAY,
          attribution=["مصادر محلية"], acled=ARREST),
        # ¶11: the SDF sends patrols and sets up two checkpoints south of the town (verb-subject-object)
        E(True, ["MOBILIZE"], [11], "بدوريات إضافية", ["asserted"], mode="troops",
          source=SDF, location=AIN_ISSA, date=TODAY),
        # ¶12: the town council to meet notables and the demining group «يوم الخميس المقبل» (planned)
        E(True, ["CONSULT"], [12], "اجتماعاً", ["planned"], mode="multilateral",
          source=ISSA_COUNCIL, recipient=ISSA_NOTABLES, location=AIN_ISSA, date=D("2016-04-21")),
        # Background at another place, in «وكان … قد»: five workers killed by a device the group left in a
        # mill in Tal Abyad on 9 October 2015
        E(True, ["ASSAULT"], [13], "بانفجار عبوة ناسفة", ["historical", "asserted"], mode="explosives",
          source=ISIS, recipient=TAL_ABYAD_WORKERS, location=TAL_ABYAD, date=D("2015-10-09"), fatalities=5,
          acled=MINE),
        # ¶14 (experts on the devices) holds no event. ¶15: the hospital's count since January (optional,
        # generic)
        E(False, ["ASSAULT"], [15], "بانفجارات ألغام", ["generic"], mode="explosives", date=None),
        # ¶16, the funeral (part of the main event): the feared repetition is optional, hypothetical
        E(False, ["ASSAULT"], [16], "تكرار ما حدث", ["hypothetical"], mode="explosives", date=None),
    ],
)
