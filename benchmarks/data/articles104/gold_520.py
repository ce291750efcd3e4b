"""Gold of article 520: al-Hodeidah and the west coast (al-Tuhayta, al-Durayhimi, Hays, al-Hodeidah city,
al-Khawkha, the talks in Sweden), a Riyadh-based Yemeni pro-government news website, 2018-12-20 (Thu)."""
from actors_places import (
    AGGRESSION_MERCENARIES,
    BOTH_PARTIES,
    DURAYHIMI,
    GIANTS_HOUTHIS,
    GOV_OFFICIAL,
    HAYS,
    HAYS_FARMER,
    HODEIDAH,
    HODEIDAH_AUTHORITY,
    HODEIDAH_CITY,
    HOUTHI_NEGOTIATOR,
    HOUTHI_SNIPER,
    HOUTHI_SOURCE,
    HOUTHIS,
    JOINT_FORCES,
    KHAWKHA_HODEIDAH,
    PRISONERS,
    SWEDEN,
    TUHAYTA,
    TUHAYTA_CIVILIANS,
    UN,
    UN_OBSERVERS,
    YE_GOV,
)
from common import AGREEMENT, ATTACK, CLASH, SHELL, D, E, paras_of

SLUG = "hodeidah_2018_tuhayta_durayhimi_truce_observers"
TODAY = D("2018-12-20")
YESTERDAY = D("2018-12-19")
SINCE_YESTERDAY = D("2018-12-19", "day", ("2018-12-19", "2018-12-20"))
ARTICLE = dict(
    id="team104-520", slug=SLUG, published="2018-12-20",
    outlet="Marafi', a Riyadh-based Yemeni pro-government news website (fictional)",
    paras=paras_of(f"520_{SLUG}.txt"),
    events=[
        # ¶1 (dateline from a foreign capital «الرياض»): the government accuses the Houthis of twenty-six
        # breaches of the truce in a letter to the UN envoy (core ACCUSE; the headline 0 names the
        # breaches); the kinds of breaches it lists are its content, no events; its call on the UN is an
        # optional REQUEST
        E(True, ["ACCUSE"], [0, 1], "اتهمت", ["asserted"],
          source=YE_GOV, recipient=HOUTHIS, location=HODEIDAH, date=TODAY, tpara=1),
        E(False, ["REQUEST"], [1], "دعت", ["asserted"],
          source=YE_GOV, recipient=UN, date=TODAY),
        # the main event, in ¶2 after the accusation (not first in the lead): two Houthi mortar shells on
        # the market of al-Tuhayta «مساء أمس الأربعاء», three killed; ¶3 the Houthi channel's version («في
        # المقابل»), ¶17 the burial of «القتلى الثلاثة» → 3
        E(True, ["ASSAULT"], [0, 2, 3, 17], "قذيفتي هاون", ["asserted", "reported"], mode="heavy-weapons",
          source=HOUTHIS, recipient=TUHAYTA_CIVILIANS, location=TUHAYTA, date=YESTERDAY, fatalities=3,
          attribution=["مصدر طبي في المستشفى الميداني بالمديرية"], acled=SHELL, tpara=2),
        # ¶3: the Houthis' counter-accusation of forty breaches, through «المسيرة» (core ACCUSE, reported)
        E(True, ["ACCUSE"], [3], "متهماً", ["reported"],
          source=HOUTHI_SOURCE, recipient=AGGRESSION_MERCENARIES, date=SINCE_YESTERDAY,
          attribution=["قناة «المسيرة» عن مصدر عسكري"]),
        # ¶4: intermittent clashes between the Giants Brigades and the Houthis at al-Durayhimi this dawn
        # («بين ألوية العمالقة ومسلحي الميليشيا»; core ASSAULT, Armed clash; «من دون أن تُعرف حصيلتها»
        # negates nothing)
        E(True, ["ASSAULT"], [4], "اشتباكات", ["asserted", "reported"], mode="firearms",
          source=GIANTS_HOUTHIS, location=DURAYHIMI, date=TODAY, attribution=["مصدر ميداني"], acled=CLASH),
        # ¶5: a farmer wounded by a Houthi sniper in Hays (core ASSAULT, Attack; passives «أُصيب», «نُقل»)
        E(True, ["ASSAULT"], [5], "برصاص قناص", ["asserted"], mode="firearms",
          source=HOUTHI_SNIPER, recipient=HAYS_FARMER, location=HAYS, date=SINCE_YESTERDAY, acled=ATTACK),
        # paragraph 6 (the port: a description) holds no event ¶7: the UN advance team of observers due
        # «مطلع الأسبوع المقبل» (core CONSULT visit, planned, a week with a range); the headline 0 names the
        # wait for them
        E(True, ["CONSULT"], [0, 7], "يصل", ["planned"], mode="visit",
          source=UN_OBSERVERS, location=HODEIDAH, date=D("2018-12-23", "week", ("2018-12-22", "2018-12-27")),
          attribution=["مصدر أممي في عدن"], tpara=7),
        # ¶8: a Houthi negotiator pledges the redeployment from the three ports (core AGREE, told through
        # «المسيرة»); the redeployment itself is optional, planned; the government official's doubt an
        # optional ACCUSE
        E(True, ["AGREE"], [8], "وتعهّد", ["asserted", "reported"],
          source=HOUTHI_NEGOTIATOR, location=HODEIDAH, date=SINCE_YESTERDAY, attribution=["قناة «المسيرة»"]),
        E(False, ["RETREAT"], [8], "إعادة الانتشار", ["planned"], mode="withdraw",
          source=HOUTHIS, location=HODEIDAH, date=None),
        E(False, ["ACCUSE"], [8], "شكّك", ["asserted"],
          source=GOV_OFFICIAL, recipient=HOUTHIS, date=TODAY),
        # ¶9, one sentence, two events: the two sides exchanged lists of prisoners «أمس» (core COOPERATE)
        # and the swap itself is due in the coming weeks (core RETREAT release, COOPERATE also accepted,
        # planned, a month with a range)
        E(True, ["COOPERATE"], [9], "تبادل", ["asserted", "reported"],
          source=BOTH_PARTIES, date=YESTERDAY, attribution=["مصدر في الوفد الحكومي"]),
        E(True, ["RETREAT", "COOPERATE"], [9], "تُنفَّذ", ["planned"], mode="release",
          source=BOTH_PARTIES, recipient=PRISONERS,
          date=D("2019-01-10", "month", ("2018-12-21", "2019-01-31"))),
        # ¶10: Houthi trenches and snipers in Hodeidah city, rumoured by activists and unconfirmed (core
        # MOBILIZE, rumored)
        E(True, ["MOBILIZE"], [10], "بحفر خنادق", ["rumored"], mode="troops",
          source=HOUTHIS, location=HODEIDAH_CITY, date=YESTERDAY, attribution=["ناشطون على مواقع التواصل"]),
        # ¶11: a Joint Forces commander's conditional threat, in a speech in al-Khawkha (core THREATEN); the
        # resumed battle is hypothetical (optional)
        E(True, ["THREATEN"], [11], "وحذّر", ["asserted"], mode="violence",
          source=JOINT_FORCES, recipient=HOUTHIS, location=KHAWKHA_HODEIDAH, date=TODAY),
        E(False, ["ASSAULT"], [11], "ستستأنف", ["hypothetical"], mode="firearms",
          source=JOINT_FORCES, location=HODEIDAH, date=None),
        # ¶12: the barriers in Hodeidah city not removed (core RETREAT access, negated)
        E(True, ["RETREAT"], [12], "تُزِل", ["negated"], mode="access",
          source=HOUTHIS, location=HODEIDAH_CITY, date=TODAY, attribution=["سكان"]),
        # paragraph 13 (needs, cholera and prices: aggregates) holds no event background at another place,
        # in «وكان … قد»: the agreement reached near Stockholm on 13 December (core AGREE, historical,
        # Agreement); the talks that led to it are an optional historical CONSULT
        E(True, ["AGREE"], [14], "اتفاق", ["historical", "asserted"],
          source=BOTH_PARTIES, location=SWEDEN, date=D("2018-12-13"), acled=AGREEMENT),
        E(False, ["CONSULT"], [14], "مشاورات", ["historical"], mode="third-party",
          source=BOTH_PARTIES, location=SWEDEN, date=D("2018-12-09", "week", ("2018-12-06", "2018-12-13"))),
        # ¶15: the Hodeidah local authority asks the UN to press for a corridor to besieged al-Durayhimi
        # (core REQUEST); the siege, a standing situation, is an optional COERCE
        E(True, ["REQUEST"], [15], "وطالبت", ["asserted"],
          source=HODEIDAH_AUTHORITY, recipient=UN, location=DURAYHIMI, date=TODAY),
        E(False, ["COERCE"], [15], "المحاصرة", ["asserted"], mode="restrict",
          location=DURAYHIMI, date=None),
        # paragraph 16 (a fisherman's words) holds no event; ¶17, the burial, is a paragraph of the main
        # event
    ],
)
