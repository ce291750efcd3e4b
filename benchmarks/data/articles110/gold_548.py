"""Gold of article 548: Salah al-Din (the al-Ishaqi–Samarra road, Samarra, the Sulaiman Bek–Tuz Khurmatu road,
the Baiji refinery and town, the Samarra–Tikrit road, Tuz Khurmatu), a Samarra-based local news website,
2015-06-10 (Wed)."""
from actors_places import (
    BAIJI,
    BAIJI_GARRISON,
    BAIJI_REFINERY,
    CULPRITS_548,
    IQ_AIR,
    IQ_GROUND,
    IQ_MOI,
    IQ_POLICE_548,
    IQ_SECURITY,
    ISHAQI,
    ISHAQI_GUNMEN,
    ISHAQI_ROAD,
    ISHAQI_SUSPECTS,
    ISHAQI_VICTIMS,
    ISIS_548,
    ISIS_GARRISON,
    MOURNERS,
    OPS_COMMAND,
    PMF_CONVOY,
    POLICE_EOD,
    SAD_COUNCIL,
    SAD_GOVERNOR,
    SAD_LOCAL_GOV,
    SAMARRA,
    SAMARRA_POLICE,
    SAMARRA_TIKRIT_ROAD,
    SHEIKH_CLAN,
    SULAIMAN_BEK_ROAD,
    TUZ,
    TUZ_CENTRE,
    TUZ_EMPLOYEES,
    TUZ_GUNMEN,
    TUZ_GUNMEN_MAY,
    TUZ_MEMBER,
    TUZ_QAIMAQAM,
    UNKNOWN_PLANTERS,
)
from common import AIR, ARREST, ATTACK, CLASH, MINE, OTHER, PEACEFUL, D, E, paras_of

SLUG = "salah_al_din_2015_samarra_ishaqi_tuz_baiji_killings"
TODAY = D("2015-06-10")
YESTERDAY = D("2015-06-09")
LAST_NIGHT = D("2015-06-09", "day", ("2015-06-09", "2015-06-10"))
SINCE_YESTERDAY = D("2015-06-10", "day", ("2015-06-09", "2015-06-10"))
ARTICLE = dict(
    id="team110-548", slug=SLUG, published="2015-06-10",
    outlet="al-Malwiya, a Samarra-based local news website (fictional)",
    paras=paras_of(f"548_{SLUG}.txt"),
    events=[
        # ¶1 (dateline «تكريت», the provincial capital; the events happen in the districts around it): a
        # roadside bomb on a PMF convoy between Sulaiman Bek and Tuz Khurmatu, four wounded and no one
        # killed (core ASSAULT, Remote explosive/landmine/IED; no perpetrator named); the headline 0 names
        # it
        E(True, ["ASSAULT"], [0, 1], "عبوة ناسفة", ["asserted", "reported"], mode="explosives",
          recipient=PMF_CONVOY, location=SULAIMAN_BEK_ROAD, date=YESTERDAY,
          attribution=["مصدر في قيادة عمليات صلاح الدين"], acled=MINE, tpara=1),
        # the main event, in ¶2 after the bomb of ¶1 (not first in the lead): the director of al-Ishaqi
        # sub-district, a tribal sheikh and their guard shot dead by gunmen on the farm road to Samarra; three
        # per a police source, four per a tribal source → 3 (the lowest); ¶3 the ISIS claim, ¶4 the arrests of
        # the ambush's suspects, ¶5 the funeral of «الضحايا الثلاثة», ¶17 the governor's condemnation; the
        # headline 0 names it
        E(True, ["ASSAULT"], [0, 2, 3, 4, 5, 17], "بنيران", ["asserted", "reported"], mode="assassinate",
          source=ISHAQI_GUNMEN, recipient=ISHAQI_VICTIMS, location=ISHAQI_ROAD, date=YESTERDAY, fatalities=3,
          attribution=["مصدر في شرطة المحافظة", "مصدر عشائري"], acled=ATTACK, tpara=2),
        # ¶4: Samarra police arrest six suspects in villages north of al-Ishaqi (core COERCE, Arrests);
        # «، وذلك بعد» tells the time after the act
        E(True, ["COERCE"], [4], "واعتقلت", ["asserted"], mode="arrest",
          source=SAMARRA_POLICE, recipient=ISHAQI_SUSPECTS, location=ISHAQI, date=TODAY,
          attribution=["قيادة عمليات سامراء"], acled=ARREST),
        # ¶5, one sentence, several events: mourners gather before the Samarra district building after the
        # funeral (core PROTEST, Peaceful protest) and demand that the local government hand the
        # sub-district's security to its people (core REQUEST); their chants against the security agencies
        # and the police deployment are optional; «من دون أن» negates nothing
        E(True, ["PROTEST"], [5], "وتجمّع", ["asserted"], mode="demo",
          source=MOURNERS, location=SAMARRA, date=TODAY, acled=PEACEFUL),
        E(True, ["REQUEST"], [5], "مطالبين", ["asserted"],
          source=MOURNERS, recipient=SAD_LOCAL_GOV, location=SAMARRA, date=TODAY),
        E(False, ["ACCUSE"], [5], "تتهم", ["asserted"],
          source=MOURNERS, recipient=IQ_SECURITY, location=SAMARRA, date=TODAY),
        E(False, ["MOBILIZE"], [5], "تنتشر", ["asserted"], mode="police",
          source=IQ_POLICE_548, location=SAMARRA, date=TODAY),
        # ¶6, two events: ISIS's siege of the Baiji refinery in its seventh week (core COERCE; supplies only
        # by helicopter is a standing situation, no event) and an ISIS attack on its north gate repelled
        # last night (core ASSAULT, Armed clash, both sides as source)
        E(True, ["COERCE"], [6], "حصار", ["asserted"], mode="restrict",
          source=ISIS_548, recipient=BAIJI_GARRISON, location=BAIJI_REFINERY,
          date=D("2015-06-10", "day", ("2015-04-22", "2015-06-10"))),
        E(True, ["ASSAULT"], [6], "هجوماً", ["asserted", "reported"], mode="firearms",
          source=ISIS_GARRISON, location=BAIJI_REFINERY, date=LAST_NIGHT, attribution=["مصدر في القوة"],
          acled=CLASH),
        # ¶7: a police bomb squad defuses an IED planted «من قبل مجهولين» under a bridge (core COERCE
        # confiscate, ASSAULT accepted; Strategic developments/Other); the planting and the road closed for
        # two hours are optional
        E(True, ["COERCE", "ASSAULT"], [7], "وفكّكت", ["asserted"], mode="confiscate",
          source=POLICE_EOD, location=SAMARRA_TIKRIT_ROAD, date=TODAY, acled=OTHER),
        E(False, ["ASSAULT"], [7], "زُرعت", ["historical", "asserted"], mode="explosives",
          source=UNKNOWN_PLANTERS, location=SAMARRA_TIKRIT_ROAD, date=None),
        E(False, ["COERCE"], [7], "أُغلق", ["asserted"], mode="restrict",
          source=POLICE_EOD, location=SAMARRA_TIKRIT_ROAD, date=TODAY),
        # paragraph 8 (al-Ishaqi: a description) holds no event
        # ¶9: an abduction near Tuz Khurmatu rumoured on local pages and denied by the district commissioner
        # (core ASSAULT abduct, rumored; the denial optional REJECT)
        E(True, ["ASSAULT"], [9], "اختطاف", ["rumored", "reported"], mode="abduct",
          source=TUZ_GUNMEN, recipient=TUZ_EMPLOYEES, location=TUZ, date=None,
          attribution=["صفحات محلية على «فيسبوك»"]),
        E(False, ["REJECT"], [9], "نفى", ["asserted"],
          source=TUZ_QAIMAQAM, location=TUZ, date=SINCE_YESTERDAY),
        # ¶10: the slain sheikh's clan threatens revenge if the killers are not found within a week (core
        # THREATEN; the revenge optional, hypothetical)
        E(True, ["THREATEN"], [10], "وهدد", ["asserted"], mode="violence",
          source=SHEIKH_CLAN, recipient=CULPRITS_548, date=SINCE_YESTERDAY),
        E(False, ["ASSAULT"], [10], "أخذ الثأر", ["hypothetical"], mode="firearms",
          source=SHEIKH_CLAN, recipient=CULPRITS_548, date=None),
        # ¶11: the provincial council's emergency session in Samarra «يوم غدٍ الخميس» (core CONSULT, planned)
        E(True, ["CONSULT"], [11], "جلسة طارئة", ["planned"],
          source=SAD_COUNCIL, location=SAMARRA, date=D("2015-06-11")),
        # ¶12: the reinforcements promised have not reached al-Ishaqi (core MOBILIZE, negated); the promise is
        # optional, historical
        E(True, ["MOBILIZE"], [12], "التعزيزات", ["negated"], mode="troops",
          source=OPS_COMMAND, location=ISHAQI, date=TODAY),
        E(False, ["AGREE"], [12], "وعدت", ["historical", "asserted"],
          source=OPS_COMMAND, location=ISHAQI, date=None),
        # paragraph 13 (an employee's words) holds no event
        # background at another place, in «وكان … قد»: a Tuz Khurmatu municipal councillor shot dead on 9
        # May (core, historical, 1; Attack)
        E(True, ["ASSAULT"], [14], "اغتالوا", ["historical", "asserted"], mode="assassinate",
          source=TUZ_GUNMEN_MAY, recipient=TUZ_MEMBER, location=TUZ_CENTRE, date=D("2015-05-09"),
          fatalities=1, acled=ATTACK),
        # ¶15: Iraqi air force strikes on ISIS in northern Baiji last night (core ASSAULT, Air/drone strike);
        # the ground advance they prepare («تمهيداً») is optional, planned
        E(True, ["ASSAULT"], [15], "وقصفت", ["asserted", "reported"], mode="aerial",
          source=IQ_AIR, recipient=ISIS_548, location=BAIJI, date=LAST_NIGHT,
          attribution=["بيان لخلية الإعلام الحربي"], acled=AIR),
        E(False, ["MOBILIZE", "ASSAULT"], [15], "لتقدّم", ["planned"], mode="troops",
          source=IQ_GROUND, location=BAIJI_REFINERY, date=None),
        # paragraph 16 (killings of officials since January: an aggregate) holds no event
        # ¶17 (a paragraph of the main event too), two events joined with «و» and a second verb: the
        # governor's condemnation (core ACCUSE, no actor blamed) and his demand to the interior ministry
        # (core REQUEST)
        E(True, ["ACCUSE"], [17], "ودان", ["asserted"],
          source=SAD_GOVERNOR, date=SINCE_YESTERDAY),
        E(True, ["REQUEST"], [17], "وطالب", ["asserted"],
          source=SAD_GOVERNOR, recipient=IQ_MOI, location=ISHAQI, date=SINCE_YESTERDAY),
    ],
)
