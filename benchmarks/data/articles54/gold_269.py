"""Gold of article 269: Tuz Khurmatu (the industrial quarter, the main street, the Kirkuk road, the
qaimmaqam's office, the police station), Sulaiman Beg, Amerli and Kirkuk (northern Iraq), a Kirkuk news
site, 2016-02-25 (Thu)."""
from actors_places import (
    AMERLI,
    ASAYISH,
    BAGHDAD_PARTIES,
    FED_POLICE,
    IOM,
    IRAQ_FED_GOV,
    JOINT_DELEGATION,
    KIRKUK,
    KIRKUK_ROAD_CHECKPOINT,
    OUTLAW_FACTIONS,
    PESHMERGA,
    PMF_LEADER,
    PUK_OFFICIAL,
    SALAHUDDIN_GOVERNOR,
    SULAIMAN_BEG,
    TURKMEN_NOTABLE,
    TURKMEN_WOMEN,
    TUZ,
    TUZ_FIGHT,
    TUZ_GUNMEN5,
    TUZ_IDPS,
    TUZ_INDUSTRIAL,
    TUZ_MAIN_STREET,
    TUZ_PARTIES,
    TUZ_POLICE_STATION,
    TUZ_QAIMMAQAMIYA,
    TUZ_SECURITY_COMMITTEE,
    TUZ_TRUCE,
    TUZ_YOUTHS,
    UNAMI,
    UNKNOWN,
)
from common import ABDUCTION, AGREEMENT, ARREST, ATTACK, CLASH, PEACEFUL, D, E, paras_of

SLUG = "tuz_khurmatu_2016_industrial_quarter_amerli_sulaiman_beg_kirkuk"
TODAY = D("2016-02-25")
SINCE_YESTERDAY = D("2016-02-25", "day", ("2016-02-24", "2016-02-25"))
OVERNIGHT = D("2016-02-24", "day", ("2016-02-24", "2016-02-25"))
ARTICLE = dict(
    id="team54-269", slug=SLUG, published="2016-02-25",
    outlet="Nabd Kirkuk news site, Kirkuk, Tuz Khurmatu report (fictional)",
    paras=paras_of(f"269_{SLUG}.txt"),
    events=[
        # the fighting between Turkmen PMF factions and the Peshmerga in the industrial quarter «عصر أمس
        # الأربعاء» into the night: headline 0 («قتلى», no number), lead 1 (the district hospital: five), the
        # follow-up 7 (a PMF spokesman: four with a civilian; a Kurdish official: eight from both sides) → 4.
        # Two-sided: both are sources
        E(True, ["ASSAULT"], [0, 1, 7], "اشتباكات", ["asserted", "reported"], mode="firearms",
          source=TUZ_FIGHT, location=TUZ_INDUSTRIAL, date=OVERNIGHT, fatalities=4,
          attribution=["مصدر في مستشفى القضاء العام", "متحدث باسم «الحشد»", "مسؤول كردي"], acled=CLASH,
          tpara=1),
        # paragraph 2 (a district shared by three communities, «every street has its flag») holds no event
        # the security committee's curfew from midnight (headline 0) and the Federal Police's deployment in
        # the street between the quarters (two events in one sentence)
        E(True, ["COERCE"], [0, 3], "حظراً", ["asserted"], mode="curfew",
          source=TUZ_SECURITY_COMMITTEE, location=TUZ, date=SINCE_YESTERDAY, tpara=3),
        E(True, ["MOBILIZE"], [3], "وانتشرت", ["asserted"], mode="police",
          source=FED_POLICE, location=TUZ_MAIN_STREET, date=TODAY),
        # the rumoured abduction of three Turkmen youths at an Asayish checkpoint, denied by the Asayish
        # director; his own version (held for checks, then released) is optional
        E(True, ["ASSAULT"], [4], "خطف", ["rumored", "negated", "reported"], mode="abduct",
          source=ASAYISH, recipient=TUZ_YOUTHS, location=KIRKUK_ROAD_CHECKPOINT, date=SINCE_YESTERDAY,
          attribution=["صفحات على مواقع التواصل الاجتماعي", "مدير الآسايش في القضاء"], acled=ABDUCTION),
        E(False, ["COERCE"], [4], "أوقفوا", ["reported"], mode="arrest",
          source=ASAYISH, recipient=TUZ_YOUTHS, location=KIRKUK_ROAD_CHECKPOINT, date=SINCE_YESTERDAY),
        E(False, ["RETREAT"], [4], "أُطلق سراحهم", ["reported"], mode="release",
          source=ASAYISH, recipient=TUZ_YOUTHS, location=KIRKUK_ROAD_CHECKPOINT, date=SINCE_YESTERDAY),
        # a PMF leader's accusation of the Peshmerga and his conditional threat (made); the «new attack» of
        # the condition is hypothetical (optional); «ما جرى» is a back-reference
        E(True, ["ACCUSE"], [5], "واتهم", ["asserted"],
          source=PMF_LEADER, recipient=PESHMERGA, date=SINCE_YESTERDAY, attribution=["قناة فضائية"]),
        E(True, ["THREATEN"], [5], "وتوعّد", ["asserted"], mode="violence",
          source=PMF_LEADER, recipient=PESHMERGA, location=TUZ, date=SINCE_YESTERDAY),
        E(False, ["ASSAULT"], [5], "هجوم", ["hypothetical"], mode="firearms",
          location=TUZ, date=None),
        # a PUK official blames «outlaw factions» and asks the federal government to pull them out (their
        # withdrawal is the demand's content); his accusation of «parties in Baghdad» optional
        E(True, ["ACCUSE"], [6], "حمّل", ["asserted"],
          source=PUK_OFFICIAL, recipient=OUTLAW_FACTIONS, date=SINCE_YESTERDAY),
        E(True, ["REQUEST"], [6], "مطالباً", ["asserted"],
          source=PUK_OFFICIAL, recipient=IRAQ_FED_GOV, date=SINCE_YESTERDAY),
        E(False, ["ACCUSE"], [6], "ومتهماً", ["asserted"],
          source=PUK_OFFICIAL, recipient=BAGHDAD_PARTIES, date=SINCE_YESTERDAY),
        # in the follow-up, the shops and houses burnt overnight (optional, reported), the two sides'
        # mutual blame and the checkpoint they quarrelled over (optional)
        E(False, ["ASSAULT"], [7], "أُحرقت", ["reported"], mode="destroy",
          location=TUZ_INDUSTRIAL, date=OVERNIGHT),
        E(False, ["ACCUSE"], [7], "وتبادل الطرفان الاتهامات", ["asserted"],
          source=TUZ_FIGHT, date=SINCE_YESTERDAY),
        E(False, ["COERCE"], [7], "أقيم", ["historical", "asserted"], mode="restrict",
          location=TUZ, date=None),
        # the joint Baghdad–Erbil delegation meets both sides (CONSULT; its arrival is the same visit) and
        # they agree (AGREE); the ceasefire, the hand-over to the Federal Police and the withdrawal of the
        # gunmen are its terms (optional, planned)
        E(True, ["CONSULT"], [8], "واجتمع", ["asserted"], mode="third-party",
          source=JOINT_DELEGATION, recipient=TUZ_PARTIES, location=TUZ_QAIMMAQAMIYA, date=TODAY),
        E(True, ["AGREE"], [8], "واتفق", ["asserted"],
          source=TUZ_TRUCE, location=TUZ_QAIMMAQAMIYA, date=TODAY, acled=AGREEMENT),
        E(False, ["CONCEDE", "RETREAT"], [8], "وقف إطلاق النار", ["planned"], mode="ceasefire",
          source=TUZ_FIGHT, location=TUZ, date=TODAY),
        E(False, ["RETREAT"], [8], "وتسليم الملف الأمني", ["planned"], mode="withdraw",
          source=TUZ_FIGHT, recipient=FED_POLICE, location=TUZ, date=None),
        E(False, ["RETREAT"], [8], "وسحب المسلحين", ["planned"], mode="withdraw",
          source=TUZ_FIGHT, location=TUZ, date=None),
        # paragraph 9 (power cuts, «livelihood stops whenever the guns speak», shops closing before sunset)
        # holds no event
        # IOM's blankets and food for the families displaced to Sulaiman Beg (their relatives elsewhere are
        # no event)
        E(True, ["AID"], [10], "ووزّعت", ["asserted"], mode="humanitarian",
          source=IOM, recipient=TUZ_IDPS, location=SULAIMAN_BEG, date=SINCE_YESTERDAY,
          attribution=["مسؤول محلي"]),
        # the Salahuddin governor's visit on Saturday (planned; one line)
        E(True, ["CONSULT"], [11], "يزور", ["planned"], mode="visit",
          source=SALAHUDDIN_GOVERNOR, location=TUZ, date=D("2016-02-27")),
        # background: Sunday before a Thursday, unknown gunmen killed a Turkmen notable in Amerli (core,
        # historical, 1); nobody's claim is a silence that negates nothing
        E(True, ["ASSAULT"], [12], "اغتالوا", ["historical", "asserted"], mode="assassinate",
          source=UNKNOWN, recipient=TURKMEN_NOTABLE, location=AMERLI, date=D("2016-02-21"), fatalities=1,
          acled=ATTACK),
        # «يُذكر أن»: similar clashes in the district last November (optional, historical)
        E(False, ["ASSAULT"], [12], "مواجهات", ["historical"], mode="firearms",
          source=TUZ_FIGHT, location=TUZ, date=D("2015-11-15", "month", ("2015-11-01", "2015-11-30"))),
        # five gunmen arrested at dawn (the Salahuddin operations command); the seizure of their weapons and
        # the fire from the roof they were shooting (optional)
        E(True, ["COERCE"], [13], "واعتقلت", ["asserted", "reported"], mode="arrest",
          source=FED_POLICE, recipient=TUZ_GUNMEN5, location=TUZ_POLICE_STATION, date=TODAY,
          attribution=["بيان لقيادة عمليات صلاح الدين"], acled=ARREST),
        E(False, ["COERCE"], [13], "وصادرت", ["asserted"], mode="confiscate",
          source=FED_POLICE, recipient=TUZ_GUNMEN5, location=TUZ_POLICE_STATION, date=TODAY),
        E(False, ["ASSAULT"], [13], "يطلقون النار", ["asserted"], mode="firearms",
          source=TUZ_GUNMEN5, location=TUZ_POLICE_STATION, date=SINCE_YESTERDAY),
        # the Turkmen women's stand in Kirkuk and their demand to the federal government
        E(True, ["PROTEST"], [14], "وقفة", ["asserted"], mode="demo",
          source=TURKMEN_WOMEN, location=KIRKUK, date=SINCE_YESTERDAY, acled=PEACEFUL),
        E(True, ["REQUEST"], [14], "طالبن", ["asserted"],
          source=TURKMEN_WOMEN, recipient=IRAQ_FED_GOV, location=KIRKUK, date=SINCE_YESTERDAY),
        # UNAMI's call on the parties («deep concern» is no event)
        E(True, ["REQUEST"], [15], "ودعت", ["asserted"],
          source=UNAMI, recipient=TUZ_PARTIES, date=SINCE_YESTERDAY),
    ],
)
