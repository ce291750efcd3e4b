"""Gold of article 666: the army's entry into Buqayn and its spring after the fighters and their families were
bussed north under a deal, the strikes on the hills of Buqayn and Serghaya and the capital's water cut (the
Zabadani plain, north-west of Damascus), a Beirut-based Lebanese daily newspaper close to Damascus, 2017-01-30
(Mon)."""
from actors_places import (
    ARMY_ALLIES_666,
    BATTLE_666,
    BLOUDAN_HOTEL,
    BLOUDAN_ROAD,
    BUQAYN,
    BUQAYN_ENTRANCES,
    BUQAYN_HILLS,
    BUQAYN_IDPS,
    BUQAYN_PUMP_ROOM,
    BUQAYN_SPRING,
    BUS_WORKERS,
    BUSED_666,
    DAMASCUS,
    DAMASCUS_PEOPLE,
    DAMASCUS_WEST,
    DEAL_666,
    HIST_BLAME_666,
    ICRC_666,
    PARTIES_666,
    PUMP_ROOM,
    SARC_666,
    SETTLED_YOUTH,
    SPRING_FACILITY,
    STAYING_YOUTH,
    SY_AIR_666,
    SY_ARMY_BARE_666,
    SY_GOV_666,
    SY_SECURITY_666,
    SY_WATER_MINISTER,
    UN_HC_SYRIA,
    VALLEY_GUNMEN_666,
    WATER_BOARD_666,
    WATER_CREWS,
    ZABADANI_BLOUDAN_ROAD,
)
from common import AGREEMENT, AIR, CLASH, DESTRUCTION, MINE, D, E, paras_of

SLUG = "zabadani_2017_buqayn_spring_serghaya_bloudan"
TODAY = D("2017-01-30")
YESTERDAY = D("2017-01-29")
SINCE_YESTERDAY = D("2017-01-30", "day", ("2017-01-29", "2017-01-30"))
LATELY = D("2017-01-30", "day", ("2017-01-29", "2017-01-30"))
ARTICLE = dict(
    id="team134-666", slug=SLUG, published="2017-01-30",
    outlet="al-Hadath al-Mashriqi, a Beirut-based Lebanese daily newspaper close to Damascus (fictional)",
    paras=paras_of(f"666_{SLUG}.txt"),
    events=[
        # the lead (no dateline, «بقين» in the first sentence) and the headline: the last buses carrying
        # fighters and their families leave Buqayn for the north at dawn, after a first convoy yesterday (core
        # RETREAT)
        E(True, ["RETREAT"], [0, 1], "غادرت", ["asserted"], mode="withdraw", source=BUSED_666,
          location=BUQAYN, date=SINCE_YESTERDAY, tpara=1),
        # ¶2: the settlement reached on Thursday by the notables of Buqayn and Serghaya with army officers
        # (core AGREE, Agreement); the two weeks of talks in Bloudan are optional (CONSULT)
        E(True, ["AGREE"], [2], "لتسوية", ["asserted"], source=DEAL_666, location=BUQAYN,
          date=D("2017-01-26"), acled=AGREEMENT),
        E(False, ["CONSULT"], [2], "تفاوض", ["asserted"], mode="third-party", source=DEAL_666,
          location=BLOUDAN_HOTEL, date=D("2017-01-19", "week", ("2017-01-12", "2017-01-26"))),
        # ¶3: Wednesday's air strikes on the hills round Buqayn and Serghaya with rockets from Bloudan (core
        # ASSAULT, Air/drone strike); the days of strikes and shelling before the deal are optional (generic)
        E(True, ["ASSAULT"], [3], "غارة", ["asserted"], mode="aerial", source=SY_AIR_666,
          location=BUQAYN_HILLS, date=D("2017-01-25"), acled=AIR),
        E(False, ["ASSAULT"], [3], "الغارات", ["generic"], mode="aerial", location=BUQAYN_HILLS, date=None),
        # ¶4: the explosion that damaged the spring's pump room on 23 December, recalled in a «حين» clause
        # (core, historical, Destruction of property); the government's charge against the fighters (core
        # ACCUSE); the air strike the opposition activists speak of is optional (reported)
        E(True, ["ASSAULT"], [4], "بانفجار", ["historical", "asserted"], mode="destroy",
          location=BUQAYN_PUMP_ROOM, date=D("2016-12-23"), acled=DESTRUCTION),
        E(True, ["ACCUSE"], [4], "وتتهم", ["asserted"], source=SY_GOV_666, recipient=VALLEY_GUNMEN_666,
          date=LATELY),
        E(False, ["ASSAULT"], [4], "غارة جوية", ["reported", "historical"], mode="aerial",
          location=BUQAYN_PUMP_ROOM, date=D("2016-12-23"), attribution=["ناشطون معارضون"]),
        # the main event, in ¶5 after the buses, the deal, the strikes and the spring: the army and Hezbollah
        # enter Buqayn and reach the spring after a night's fighting with the holdouts, 23 killed per a
        # military source; ¶8, a soldier's account («ويستعيد», the 23 «القتلى»), and the headline name it
        E(True, ["ASSAULT"], [0, 5, 8], "ودخلت", ["asserted"], mode="firearms", source=BATTLE_666,
          location=BUQAYN_SPRING, date=SINCE_YESTERDAY, fatalities=23, attribution=["مصدر عسكري"],
          acled=CLASH, tpara=5),
        # ¶6: the Syrian Arab Red Crescent's water tankers in Damascus (core AID); the water authority's call
        # on the residents is optional (REQUEST)
        E(True, ["AID"], [6], "ووزعت", ["asserted"], mode="humanitarian", source=SARC_666,
          location=DAMASCUS_WEST, date=YESTERDAY),
        E(False, ["REQUEST"], [6], "دعت", ["asserted"], source=WATER_BOARD_666, recipient=DAMASCUS_PEOPLE,
          location=DAMASCUS, date=LATELY),
        # paragraph 7 (Buqayn: a description) holds no event, and ¶8 is the soldier's account; ¶9: the warning
        # printed in the settlement forms, «أينما ضُبط سلاح» (core THREATEN)
        E(True, ["THREATEN"], [9], "تحذّر", ["asserted"], mode="violence", source=SY_SECURITY_666,
          recipient=STAYING_YOUTH, location=BUQAYN, date=LATELY),
        # ¶10: fixed posts at the entrances of Buqayn (core MOBILIZE); the military police company sent to the
        # spring is optional
        E(True, ["MOBILIZE"], [10], "ونشر", ["asserted"], mode="troops", source=SY_ARMY_BARE_666,
          location=BUQAYN_ENTRANCES, date=TODAY, attribution=["المصدر العسكري نفسه"]),
        E(False, ["MOBILIZE"], [10], "واستقدم", ["asserted"], mode="police", source=SY_ARMY_BARE_666,
          location=SPRING_FACILITY, date=TODAY),
        # ¶11: young men who settled their status said to be held at a checkpoint on the Bloudan road (core
        # COERCE, rumored)
        E(True, ["COERCE"], [11], "توقيف", ["rumored"], mode="arrest", recipient=SETTLED_YOUTH,
          location=BLOUDAN_ROAD, date=None, attribution=["مجموعات على «واتساب»"]),
        # ¶12: the UN humanitarian coordinator's call to spare water facilities (core REQUEST)
        E(True, ["REQUEST"], [12], "ودعا", ["asserted"], source=UN_HC_SYRIA, recipient=PARTIES_666,
          location=DAMASCUS, date=LATELY),
        # background in «وكانت … قد», at another place: the roadside bomb on the road between al-Zabadani and
        # Bloudan on 14 March 2016, four workers killed (core, historical, Remote explosive); the blame traded
        # over it is optional
        E(True, ["ASSAULT"], [13], "عبوة ناسفة", ["historical", "asserted"], mode="explosives",
          recipient=BUS_WORKERS, location=ZABADANI_BLOUDAN_ROAD, date=D("2016-03-14"), fatalities=4,
          acled=MINE),
        E(False, ["ACCUSE"], [13], "تبادلت", ["historical", "asserted"], source=HIST_BLAME_666, date=None),
        # ¶14: none of the displaced families back in Buqayn (core RETREAT, negated)
        E(True, ["RETREAT"], [14], "تعد", ["negated"], mode="return", source=BUQAYN_IDPS, location=BUQAYN,
          date=None),
        # ¶15: the repairs due «صباح غد الثلاثاء» with the ICRC's support (core AID, planned)
        E(True, ["AID"], [15], "بدعم", ["planned"], mode="humanitarian", source=ICRC_666,
          recipient=WATER_CREWS, location=PUMP_ROOM, date=D("2017-01-31")),
        # paragraph 16 (a Damascus resident's words) holds no event; ¶17: the water minister's visit to the
        # spring (core CONSULT); his praise of the army and its allies is optional
        E(True, ["CONSULT"], [17], "وزار", ["asserted"], mode="visit", source=SY_WATER_MINISTER,
          location=SPRING_FACILITY, date=TODAY),
        E(False, ["SUPPORT"], [17], "وأشاد", ["asserted"], source=SY_WATER_MINISTER,
          recipient=ARMY_ALLIES_666, date=TODAY),
    ],
)
