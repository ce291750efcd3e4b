"""Gold of article 559: Hadramawt (a recruitment centre in the Fuwwah quarter of al-Mukalla, the port of
al-Shihr, near Ghayl Ba Wazir, the al-Riyan airport, farms near Seiyun, the western entrance of Seiyun), an
Aden-based southern news website, 2016-05-17 (Tue)."""
from actors_places import (
    AQAP,
    AQAP_SEIYUN,
    AQAP_SUSPECTS,
    COALITION_STATES,
    ELITE,
    ENGINEERS,
    GHAYL,
    HADRAMAWT_AUTHORITY,
    HADRAMAWT_GOVERNOR,
    ISIS_559,
    MUKALLA,
    MUKALLA_FUWWA,
    POWER_STATION,
    RECRUIT_GUARDS,
    RECRUIT_PROTESTERS,
    RECRUITS,
    RIYAN,
    SECOND_REGION,
    SECOND_REGION_HQ,
    SEIYUN_ENTRANCE,
    SEIYUN_FARMS,
    SHIHR,
    SHIHR_NOTABLES,
    UAE_RC,
    US_DRONE,
    YE_GOVERNMENT,
)
from common import AIR, CLASH, OTHER, PEACEFUL, TRANSFER, D, E, paras_of

SLUG = "hadramawt_2016_mukalla_shihr_riyan_recruits_bombing"
YESTERDAY = D("2016-05-16")
SINCE_YESTERDAY = D("2016-05-17", "day", ("2016-05-16", "2016-05-17"))
ARTICLE = dict(
    id="team112-559", slug=SLUG, published="2016-05-17",
    outlet="Shurfat Aden, an Aden-based southern news website (fictional)",
    paras=paras_of(f"559_{SLUG}.txt"),
    events=[
        # the main event, first in the lead (dateline «المكلا», the town of the event): a suicide bomber among
        # young men queuing before a recruitment centre in al-Mukalla yesterday morning, eleven killed per a
        # medical source (one number); ¶2 the witnesses' account, ¶3 the ISIS claim (no number; the source is
        # the claimant, reported), ¶10 «بعد ساعات من التفجير», ¶15 the governor's condemnation of «الهجوم»,
        # ¶17 the burial of «الضحايا الأحد عشر»; no ACLED label: goldkit's labels have no *Suicide bomb*
        E(True, ["ASSAULT"], [0, 1, 2, 3, 10, 15, 17], "تفجير انتحاري", ["asserted", "reported"],
          mode="suicide-attack", source=ISIS_559, recipient=RECRUITS, location=MUKALLA_FUWWA, date=YESTERDAY,
          fatalities=11, attribution=["مصدر طبي في مستشفى ابن سينا", "وكالة «أعماق»"], tpara=1),
        # ¶2: the centre's guards firing in the air to keep the crowd away (optional COERCE, ASSAULT accepted:
        # shots that hit no one, told inside a retelling of the main event)
        E(False, ["COERCE", "ASSAULT"], [2], "أطلق", ["asserted", "reported"], mode="restrict",
          source=RECRUIT_GUARDS, location=MUKALLA_FUWWA, date=YESTERDAY),
        # ¶3: AQAP denies any link (optional REJECT)
        E(False, ["REJECT"], [3], "نفى", ["asserted", "reported"],
          source=AQAP, date=SINCE_YESTERDAY),
        # ¶4 (and the headline): the Hadrami Elite Forces enter the port and eastern quarters of al-Shihr
        # after AQAP pulls out without a fight (core MOBILIZE, *Non-violent transfer of territory*, the force
        # taking the ground); the withdrawal (optional RETREAT) and the notables' talks with AQAP two weeks
        # before, told after the act in «، وذلك بعد» (optional CONSULT, historical)
        E(True, ["MOBILIZE", "RETREAT"], [0, 4], "ودخلت", ["asserted"], mode="troops",
          source=ELITE, location=SHIHR, date=YESTERDAY, acled=TRANSFER, tpara=4),
        E(False, ["RETREAT"], [4], "انسحاب", ["asserted"], mode="withdraw",
          source=AQAP, location=SHIHR, date=D("2016-05-16", "day", ("2016-05-15", "2016-05-16"))),
        E(False, ["CONSULT"], [4], "مفاوضات", ["historical", "asserted"], mode="third-party",
          source=SHIHR_NOTABLES, recipient=AQAP, location=SHIHR,
          date=D("2016-05-02", "week", ("2016-04-28", "2016-05-09"))),
        # ¶5: three suspected AQAP men killed in their car near Ghayl Ba Wazir by a drone believed American
        # (core ASSAULT, *Air/drone strike*, 3; the source is the local security source's belief: reported)
        E(True, ["ASSAULT"], [5], "بغارة", ["asserted", "reported"], mode="aerial",
          source=US_DRONE, recipient=AQAP_SUSPECTS, location=GHAYL, date=YESTERDAY, fatalities=3,
          attribution=["مصدر أمني محلي"], acled=AIR),
        # paragraph 6 (al-Mukalla: a description) holds no event
        # ¶7: more than sixty mines and IEDs cleared around the al-Riyan airport (core COERCE confiscate,
        # ASSAULT accepted; *Strategic developments/Other*); their planting by AQAP fighters is an earlier act
        # (optional, historical, undated)
        E(True, ["COERCE", "ASSAULT"], [7], "وفكّكت", ["asserted", "reported"], mode="confiscate",
          source=ENGINEERS, location=RIYAN, date=D("2016-05-16", "day", ("2016-05-15", "2016-05-17")),
          attribution=["قيادة المنطقة العسكرية الثانية"], acled=OTHER),
        E(False, ["ASSAULT"], [7], "زرعها", ["historical", "asserted"], mode="explosives",
          source=AQAP, location=RIYAN, date=None),
        # ¶8: the local authority reopens the al-Riyan airport to relief flights (core RETREAT access) and the
        # first plane of Emirati medical aid is due «يوم الخميس المقبل» (core AID, planned)
        E(True, ["RETREAT"], [8], "فتح", ["asserted"], mode="access",
          source=HADRAMAWT_AUTHORITY, location=RIYAN, date=YESTERDAY),
        E(True, ["AID"], [8], "أول طائرة", ["planned"], mode="humanitarian",
          source=UAE_RC, location=RIYAN, date=D("2016-05-19")),
        # ¶9: AQAP groups from al-Shihr rumoured to gather in farms near Seiyun, neither confirmed nor denied
        # (core MOBILIZE, rumored; no time: no date)
        E(True, ["MOBILIZE"], [9], "تمركز", ["rumored"], mode="troops",
          source=AQAP, location=SEIYUN_FARMS, date=None, attribution=["مصادر قبلية"]),
        # ¶10: AQAP's conditional threat to those who join the Elite forces (core THREATEN); the punishment is
        # only threatened (optional, hypothetical); «بعد ساعات من التفجير» makes ¶10 a paragraph of the main
        # event too
        E(True, ["THREATEN"], [10], "وتوعّد", ["asserted", "reported"], mode="violence",
          source=AQAP, recipient=ELITE, date=SINCE_YESTERDAY, attribution=["مواقع مقربة منه"]),
        E(False, ["ASSAULT"], [10], "معاقبة", ["hypothetical"], mode="firearms",
          source=AQAP, date=None),
        # ¶11: hundreds of unpaid recruits stand before the Second Military Region's headquarters (core
        # PROTEST, *Peaceful protest*) and ask for three months' pay (core REQUEST)
        E(True, ["PROTEST"], [11], "وقفة احتجاجية", ["asserted"], mode="demo",
          source=RECRUIT_PROTESTERS, location=SECOND_REGION_HQ, date=YESTERDAY, acled=PEACEFUL),
        E(True, ["REQUEST"], [11], "للمطالبة", ["asserted"],
          source=RECRUIT_PROTESTERS, recipient=SECOND_REGION, location=SECOND_REGION_HQ, date=YESTERDAY),
        # ¶12: the fuel the government promised has not reached the power station (core AID economic,
        # negated); the promise is an earlier act (optional AGREE, historical, undated)
        E(True, ["AID"], [12], "تصل", ["negated"], mode="economic",
          source=YE_GOVERNMENT, location=POWER_STATION, date=YESTERDAY),
        E(False, ["AGREE"], [12], "وعدت", ["historical", "asserted"],
          source=YE_GOVERNMENT, location=POWER_STATION, date=None),
        # paragraph 13 (a father's words) holds no event
        # background at another place, in «وكان … قد»: AQAP gunmen attack an army post at Seiyun's western
        # entrance on 19 March (core, historical, 4; Armed clash, both sides as source)
        E(True, ["ASSAULT"], [14], "هاجموا", ["historical", "asserted", "reported"], mode="firearms",
          source=AQAP_SEIYUN, location=SEIYUN_ENTRANCE, date=D("2016-03-19"), fatalities=4,
          attribution=["قيادة المنطقة العسكرية الأولى"], acled=CLASH),
        # ¶15, subject–verb–object with a long parenthetical: the governor condemns the attack (core ACCUSE,
        # naming no one) and asks the coalition states for equipment (core REQUEST); his cut-short visit and
        # his press conference are no events
        E(True, ["ACCUSE"], [15], "دان", ["asserted"],
          source=HADRAMAWT_GOVERNOR, location=MUKALLA, date=SINCE_YESTERDAY),
        E(True, ["REQUEST"], [15], "وطالب", ["asserted"],
          source=HADRAMAWT_GOVERNOR, recipient=COALITION_STATES, date=SINCE_YESTERDAY),
        # paragraph 16 (a year under AQAP: a generic statement and aggregates) holds no event; ¶17, the
        # burial, is a paragraph of the main event
    ],
)
