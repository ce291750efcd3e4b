"""Gold of article 586: al-Sukhnah, al-Tayba, al-Kawm, the road between Palmyra and al-Sukhnah and the desert
east of Palmyra (Homs), a Homs-based pro-government news network's Telegram channel, 2021-03-09 (Tue)."""
from actors_places import (
    AMBUSH_ROAD,
    BADIA,
    BUS_WORKERS,
    CENTRAL_COMMAND,
    CENTRAL_SOURCE,
    GAS_COMPANY,
    HOMS_GOVERNOR,
    HOMS_PALMYRA_ROAD,
    IS_586,
    IS_CELLS,
    KAWM,
    MIL_SECURITY,
    RU_AIR,
    RU_CENTRE,
    SHAER,
    SHEPHERDS,
    SUKHNAH,
    SUKHNAH_COUNCIL,
    SUKHNAH_DESERT,
    SUKHNAH_NOTABLES,
    SUKHNAH_PALMYRA,
    SUKHNAH_SUSPECTS,
    SY_ARMY,
    SY_MFA,
    TANKER_CREW,
    TAYBA,
    TAYBA_EAST,
    TAYBA_NOTABLES,
    TRUFFLE_GATHERERS,
    UNSC,
    US_TANF,
)
from common import AIR, ARREST, ATTACK, MINE, D, E, paras_of

SLUG = "homs_2021_sukhnah_tayba_kawm_bus_ambush"
TODAY = D("2021-03-09")
YESTERDAY = D("2021-03-08")
SINCE_YESTERDAY = D("2021-03-09", "day", ("2021-03-08", "2021-03-09"))
SINCE_LAST_NIGHT = D("2021-03-08", "day", ("2021-03-08", "2021-03-09"))
ARTICLE = dict(
    id="team118-586", slug=SLUG, published="2021-03-09",
    outlet="Nabd Homs, a Homs-based pro-government news network's Telegram channel (fictional)",
    paras=paras_of(f"586_{SLUG}.txt"),
    events=[
        # ¶1 (dateline «حمص», a province; the events happen in the desert of al-Sukhnah) and the headline:
        # Russian warplanes strike ISIS cells in the desert north of al-Sukhnah since dawn (core ASSAULT
        # aerial, Air/drone strike, no toll); ¶2 opens by referring back to these strikes («وجاءت الغارات»)
        E(True, ["ASSAULT"], [0, 1, 2], "غارة", ["asserted", "reported"], mode="aerial",
          source=RU_AIR, location=SUKHNAH_DESERT, date=TODAY, attribution=["مصدر ميداني"], acled=AIR,
          tpara=1),
        # the main event, in ¶2 after the strikes of ¶1 (not first in the lead): an ISIS cell ambushes a bus
        # of gas field workers on the Palmyra–al-Sukhnah road yesterday evening; nine killed per the Homs
        # health directorate, twelve per local sources → 9 (the lowest); ¶3 the ISIS version (no number), ¶11
        # the foreign ministry's letters «بشأن الكمين», ¶14 the funeral of «الشهداء التسعة»; the headline
        # names it
        E(True, ["ASSAULT"], [0, 2, 3, 11, 14], "كمين", ["asserted", "reported"], mode="firearms",
          source=IS_586, recipient=BUS_WORKERS, location=AMBUSH_ROAD, date=YESTERDAY, fatalities=9,
          attribution=["مديرية صحة حمص", "مصادر أهلية في السخنة"], acled=ATTACK, tpara=2),
        # ¶3: the operating company's denial of the ISIS claim (optional REJECT); the claim itself is no event
        E(False, ["REJECT"], [3], "نفته", ["asserted"], source=GAS_COMPANY, date=SINCE_YESTERDAY),
        # ¶4: a landmine left by ISIS kills a young man and wounds four truffle gatherers (core ASSAULT
        # explosives, Remote explosive/landmine/IED, 1; no actor planted it in the text)
        E(True, ["ASSAULT"], [4], "بانفجار", ["asserted", "reported"], mode="explosives",
          recipient=TRUFFLE_GATHERERS, location=KAWM, date=TODAY, fatalities=1,
          attribution=["مصدر طبي في المشفى الوطني بتدمر"], acled=MINE),
        # ¶5: seven shepherds abducted by an ISIS cell, rumoured on local pages and neither confirmed nor
        # denied (core ASSAULT abduct, rumored; no time given)
        E(True, ["ASSAULT"], [5], "اختطاف", ["rumored", "reported"], mode="abduct",
          source=IS_586, recipient=SHEPHERDS, location=TAYBA_EAST, date=None,
          attribution=["صفحات محلية في السخنة"]),
        # ¶6: a combing operation of the desert planned «خلال الأيام المقبلة» (core planned MOBILIZE troops,
        # also accepted as ASSAULT; no day given)
        E(True, ["MOBILIZE", "ASSAULT"], [6], "تمشيط", ["planned"], mode="troops",
          source=SY_ARMY, location=SUKHNAH_PALMYRA, date=None, attribution=["مراسل «نبض حمص»"]),
        # ¶7: a military source's conditional threat (core THREATEN); the crushing is only threatened
        # (optional, hypothetical)
        E(True, ["THREATEN"], [7], "وتوعّد", ["asserted"], mode="violence",
          source=CENTRAL_SOURCE, recipient=IS_CELLS, date=SINCE_YESTERDAY),
        E(False, ["ASSAULT"], [7], "سحقها", ["hypothetical"], source=CENTRAL_SOURCE, date=None),
        # paragraph 8 (the desert and the truffle season: a description and habits) holds no event
        # ¶9: no reinforcements reached al-Tayba (core MOBILIZE, negated); the notables' appeals are optional
        E(True, ["MOBILIZE"], [9], "تعزيزات", ["negated"], mode="troops",
          location=TAYBA, date=SINCE_YESTERDAY, attribution=["أحد وجهاء البلدة"]),
        E(False, ["REQUEST"], [9], "مناشدات", ["asserted"],
          source=TAYBA_NOTABLES, recipient=CENTRAL_COMMAND, location=TAYBA, date=None),
        # background at another place, in «وكانت … قد»: an ISIS cell attacks a fuel tanker near the al-Shaer
        # gas field on 16 February (core, historical, 2; Violence against civilians/Attack); the count of such
        # attacks since January is generic
        E(True, ["ASSAULT"], [10], "هاجمت", ["historical", "asserted", "reported"], mode="firearms",
          source=IS_586, recipient=TANKER_CREW, location=SHAER, date=D("2021-02-16"), fatalities=2,
          attribution=["مصادر محلية"], acled=ATTACK),
        # ¶11, subject–verb–object with a long parenthetical: the foreign ministry blames the US forces at
        # al-Tanf (core ACCUSE) and, with «و» and a second verb, asks the Security Council to condemn (core
        # REQUEST); its letters refer back to the ambush («بشأن الكمين»), a paragraph of the main event
        E(True, ["ACCUSE"], [11], "حمّلت", ["asserted"],
          source=SY_MFA, recipient=US_TANF, date=SINCE_YESTERDAY),
        E(True, ["REQUEST"], [11], "وطالبت", ["asserted"],
          source=SY_MFA, recipient=UNSC, date=SINCE_YESTERDAY),
        # ¶12, a passive: the Homs–Palmyra road closed to civilians since last night (core COERCE restrict, no
        # source named); the search for bombs adds no event
        E(True, ["COERCE"], [12], "وأُغلق", ["asserted"], mode="restrict",
          location=HOMS_PALMYRA_ROAD, date=SINCE_LAST_NIGHT),
        # paragraph 13 (a truffle gatherer's words) holds no event
        # ¶14, the funeral of «الشهداء التسعة», is a paragraph of the main event
        # ¶15, verb–subject–object: the governor meets tribal notables in al-Sukhnah (core CONSULT visit;
        # undated, a two-day range); the time is told after the act («وذلك بعد ساعات من وصوله»)
        E(True, ["CONSULT"], [15], "والتقى", ["asserted"], mode="visit",
          source=HOMS_GOVERNOR, recipient=SUKHNAH_NOTABLES, location=SUKHNAH_COUNCIL, date=SINCE_YESTERDAY),
        # ¶16: three suspected informers arrested at dawn (core COERCE arrest, Arrests)
        E(True, ["COERCE"], [16], "واعتقلت", ["asserted", "reported"], mode="arrest",
          source=MIL_SECURITY, recipient=SUKHNAH_SUSPECTS, location=SUKHNAH, date=TODAY,
          attribution=["مصدر أمني"], acled=ARREST),
        # ¶17: the Russian centre's aggregate of sorties over a week (optional, generic) and its strikes to go
        # on (optional, planned); none of this is a new strike
        E(False, ["ASSAULT"], [17], "طلعة", ["generic"], mode="aerial",
          source=RU_CENTRE, location=BADIA, date=None),
        E(False, ["ASSAULT"], [17], "الغارات", ["planned"], mode="aerial",
          source=RU_CENTRE, location=BADIA, date=None),
    ],
)
