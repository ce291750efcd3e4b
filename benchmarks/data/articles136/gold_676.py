"""Gold of article 676: the army's takeover of Qaboun after a three-month offensive on its orchards and
tunnels, the last buses north under a reconciliation committee's deal, mortar shells on two districts of the
capital and the Barzeh truce, holding but strained (north-east Damascus), a Damascus-based pro-government
Syrian private FM radio's website, 2017-05-14 (Sun)."""
from actors_places import (
    BARZEH,
    BARZEH_GUNMEN,
    BARZEH_LEAVERS,
    BARZEH_NOTABLES,
    BARZEH_OUTSKIRTS,
    BARZEH_QABOUN,
    BARZEH_ROAD,
    BATTLE_676,
    BUSED_676,
    DAMASCUS_GOVERNOR,
    DEAL_676,
    EAST_DAMASCUS_PEOPLE,
    FOURTH_DIVISION,
    GUNMEN_676,
    NEIGHBOURS_676,
    QABOUN,
    QABOUN_GROUPS,
    QABOUN_INDUSTRIAL,
    QABOUN_MAIN,
    QABOUN_ORCHARDS,
    QABOUN_PAGE,
    QABOUN_REMAINING,
    QUSOUR_ADAWI,
    SAA_BARE_676,
    SAA_HELICOPTERS,
    SY_AIR_676,
    SY_ARTILLERY_676,
    SY_POLICE_676,
    TRUCE_2014,
)
from common import AGREEMENT, AIR, CLASH, SHELL, D, E, paras_of

SLUG = "qaboun_2017_orchards_tunnels_barzeh_qusour"
TODAY = D("2017-05-14")
YESTERDAY = D("2017-05-13")
LATELY = D("2017-05-14", "day", ("2017-05-13", "2017-05-14"))
ARTICLE = dict(
    id="team136-676", slug=SLUG, published="2017-05-14",
    outlet="Nabd al-Asima, a Damascus-based pro-government Syrian private FM radio's website (fictional)",
    paras=paras_of(f"676_{SLUG}.txt"),
    events=[
        # the lead (dateline «عش الورور», a hillside quarter overlooking the fighting) and the headline: the
        # last green buses carrying fighters and their families leave Qaboun for the north (core RETREAT)
        E(True, ["RETREAT"], [0, 1], "خرجت", ["asserted"], mode="withdraw", source=BUSED_676,
          location=QABOUN, date=TODAY, tpara=1),
        # ¶2: the deal reached on Friday by the Qaboun reconciliation committee with army representatives
        # (core AGREE, Agreement); the four days of talks are optional (CONSULT)
        E(True, ["AGREE"], [2], "لاتفاق", ["asserted"], source=DEAL_676, location=QABOUN,
          date=D("2017-05-12"), acled=AGREEMENT),
        E(False, ["CONSULT"], [2], "مفاوضات", ["asserted"], mode="third-party", source=DEAL_676,
          location=QABOUN, date=D("2017-05-10", "week", ("2017-05-09", "2017-05-12"))),
        # the main event, in ¶3 after the buses and the deal: the army's fighting with the holdouts in the
        # tunnels since dawn yesterday, ended by the takeover; thirty-one killed per a military source
        # against seventeen per the opposition page of ¶4 (opened with «أما») → 17; ¶9, an officer's account
        # («ويصف»), and the headline name it
        E(True, ["ASSAULT"], [0, 3, 4, 9], "اشتباكات", ["asserted"], mode="firearms", source=BATTLE_676,
          location=QABOUN_MAIN, date=D("2017-05-13", "day", ("2017-05-13", "2017-05-14")), fatalities=17,
          attribution=["مصدر عسكري", "صفحة «تنسيقية القابون»"], acled=CLASH, tpara=3),
        # ¶4: the page's charge that the army shelled a medical point is optional (ACCUSE)
        E(False, ["ACCUSE"], [4], "وتتهم", ["asserted"], source=QABOUN_PAGE, recipient=SAA_BARE_676,
          date=LATELY),
        # ¶5: the offensive since late February is optional (generic); Wednesday's sixteen air strikes on
        # the orchards and the tunnel mouths (core ASSAULT, Air/drone strike); the artillery that day is
        # optional
        E(False, ["ASSAULT"], [5], "هجوماً", ["generic"], mode="heavy-weapons", source=SAA_BARE_676,
          location=QABOUN_ORCHARDS, date=None),
        E(True, ["ASSAULT"], [5], "غارة", ["asserted"], mode="aerial", source=SY_AIR_676,
          location=QABOUN_ORCHARDS, date=D("2017-05-10"), attribution=["مراسل «نبض العاصمة»"], acled=AIR),
        E(False, ["ASSAULT"], [5], "دكّت", ["asserted"], mode="heavy-weapons", source=SY_ARTILLERY_676,
          location=QABOUN_INDUSTRIAL, date=D("2017-05-10"), acled=SHELL),
        # paragraph 6 (Qaboun: a description) holds no event; ¶7: mortar shells on al-Qusour and al-Adawi, a
        # woman and a child killed, told without a perpetrator (core ASSAULT, Shelling, 2); the police's
        # blame and its call on the residents are optional
        E(True, ["ASSAULT"], [7], "قذائف هاون", ["asserted"], mode="heavy-weapons", location=QUSOUR_ADAWI,
          date=YESTERDAY, fatalities=2, attribution=["وكالة الأنباء الرسمية"], acled=SHELL),
        E(False, ["ACCUSE"], [7], "حمّل", ["reported"], source=SY_POLICE_676, recipient=QABOUN_GROUPS,
          date=YESTERDAY),
        E(False, ["REQUEST"], [7], "ودعت", ["asserted"], source=SY_POLICE_676,
          recipient=EAST_DAMASCUS_PEOPLE, date=LATELY),
        # ¶8: leaflets dropped by the army's helicopters, «إمّا … وإمّا» (core THREATEN)
        E(True, ["THREATEN"], [8], "تتوعد", ["asserted"], mode="violence", source=SAA_HELICOPTERS,
          recipient=GUNMEN_676, location=BARZEH_QABOUN, date=D("2017-05-11")),
        # background, at another place: the Barzeh truce signed on 6 January 2014, recalled in a relative
        # clause (core, historical, Agreement)
        E(True, ["AGREE"], [10], "وقّعها", ["historical", "asserted"], source=TRUCE_2014, location=BARZEH,
          date=D("2014-01-06"), acled=AGREEMENT),
        # ¶11: the truce strained: the army's charge against the Barzeh fighters (core ACCUSE) and the road
        # between the two districts closed since the start of the month (core COERCE)
        E(True, ["ACCUSE"], [11], "يتهم", ["asserted"], source=SAA_BARE_676, recipient=BARZEH_GUNMEN,
          date=D("2017-05-07", "week", ("2017-04-30", "2017-05-14"))),
        E(True, ["COERCE"], [11], "أغلق", ["asserted"], mode="restrict", source=SAA_BARE_676,
          location=BARZEH_ROAD, date=D("2017-05-01", "week", ("2017-05-01", "2017-05-14"))),
        # ¶12: a column of the Fourth Division said to have reached the edge of Barzeh, told only by
        # loyalist pages (core MOBILIZE, rumored)
        E(True, ["MOBILIZE"], [12], "وصول", ["rumored"], mode="troops", source=FOURTH_DIVISION,
          location=BARZEH_OUTSKIRTS, date=None, attribution=["صفحات موالية على «فيسبوك»"]),
        # ¶13: no relief convoy into Qaboun since February (core AID, negated)
        E(True, ["AID"], [13], "قافلة إغاثة", ["negated"], mode="humanitarian", recipient=QABOUN_REMAINING,
          location=QABOUN, date=None, attribution=["مسؤول في الهلال الأحمر العربي السوري"]),
        # paragraph 14 (a housewife's words) holds no event; ¶15: the Barzeh notables' letter to the
        # governor (core REQUEST)
        E(True, ["REQUEST"], [15], "وطالب", ["asserted"], source=BARZEH_NOTABLES,
          recipient=DAMASCUS_GOVERNOR, date=YESTERDAY),
        # ¶16: a first batch of Barzeh fighters and families due out «صباح غد الاثنين» (core RETREAT,
        # planned)
        E(True, ["RETREAT"], [16], "تنطلق", ["planned"], mode="withdraw", source=BARZEH_LEAVERS,
          location=BARZEH, date=D("2017-05-15")),
        # ¶17: the governor's tour of Qaboun (core CONSULT); his praise of the neighbours is optional
        E(True, ["CONSULT"], [17], "وجال", ["asserted"], mode="visit", source=DAMASCUS_GOVERNOR,
          location=QABOUN, date=TODAY),
        E(False, ["SUPPORT"], [17], "ومثنياً", ["asserted"], source=DAMASCUS_GOVERNOR,
          recipient=NEIGHBOURS_676, date=TODAY),
    ],
)
