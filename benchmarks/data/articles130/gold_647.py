"""Gold of article 647: the siege of the Kuweires airbase broken, a suicide car bomb on the column and
Russian air strikes on the villages around it (eastern Aleppo countryside), a Syrian opposition satellite
television channel's website based in Istanbul, 2015-11-11 (Wed)."""
from actors_places import (
    AID_ORGS_647,
    ALEPPO_COUNCIL,
    BATTLE_647,
    CIVILIANS_647,
    DEIR_HAFER,
    DEIR_HAFER_VICTIMS,
    DISPLACED_647,
    FRIENDS_OF_SYRIA,
    ISIS_647,
    ISIS_BOMBER_647,
    ISIS_THREAT_647,
    JABBOUL,
    KUWEIRES,
    KUWEIRES_GARRISON,
    KUWEIRES_VILLAGES,
    REGIME_647,
    REGIME_AND_MILITIAS,
    REGIME_COLUMN,
    RU_AIR_647,
    RU_FORCES_647,
    SAFIRA,
    SHEIKH_AHMAD,
    SHEIKH_AHMAD_FAMILIES,
    SHEIKH_AHMAD_NOTABLES,
    SIEGERS_647,
    SNC,
    SY_MOD_647,
    TELL_NAAM_ROAD,
    TELL_SABEEN,
    TELL_SABEEN_MEN,
    TELL_SABEEN_SHEIKH_AHMAD,
)
from common import AIR, ARREST, CLASH, MINE, D, E, paras_of

SLUG = "aleppo_2015_kuweires_tell_sabeen_jabboul_deir_hafer"
TODAY = D("2015-11-11")
YESTERDAY = D("2015-11-10")
LATELY = D("2015-11-11", "day", ("2015-11-10", "2015-11-11"))
LAST_TWO_DAYS = D("2015-11-10", "day", ("2015-11-09", "2015-11-10"))
SINCE_WEEK_START = D("2015-11-11", "week", ("2015-11-07", "2015-11-11"))
ARTICLE = dict(
    id="team130-647", slug=SLUG, published="2015-11-11",
    outlet="Nawafidh TV, a Syrian opposition satellite television channel's website based in Istanbul "
           "(fictional)",
    paras=paras_of(f"647_{SLUG}.txt"),
    events=[
        # the lead (no dateline; «كويرس» in the first sentence): Russian air strikes on Tell Sabeen and
        # al-Sheikh Ahmad this morning, nine civilians killed (core ASSAULT, Air strike; the headline names
        # it)
        E(True, ["ASSAULT"], [0, 1], "غارات", ["asserted", "reported"], mode="aerial", source=RU_AIR_647,
          recipient=CIVILIANS_647, location=TELL_SABEEN_SHEIKH_AHMAD, date=TODAY, fatalities=9,
          attribution=["ناشطون محليون"], acled=AIR, tpara=1),
        # ¶2: tanks and militias massed in al-Safira since the start of the week (core MOBILIZE); the rocket
        # launchers brought to the defence factories are optional
        E(True, ["MOBILIZE"], [2], "وحشدت", ["asserted", "reported"], mode="troops",
          source=REGIME_AND_MILITIAS, location=SAFIRA, date=SINCE_WEEK_START, attribution=["مصادر ميدانية"]),
        E(False, ["MOBILIZE"], [2], "وصول", ["reported"], mode="weapons", source=REGIME_647, location=SAFIRA,
          date=SINCE_WEEK_START),
        # ¶3: an Islamic State suicide car bomb on a regime column near Tell Naam yesterday, six killed (core
        # ASSAULT; goldkit has no «Suicide bomb» label, so the explosives one)
        E(True, ["ASSAULT"], [3], "وفجّر", ["asserted", "reported"], mode="suicide-attack",
          source=ISIS_BOMBER_647, recipient=REGIME_COLUMN, location=TELL_NAAM_ROAD, date=YESTERDAY,
          fatalities=6, attribution=["صفحات موالية"], acled=MINE),
        # the main event, in ¶4 after the strikes, the build-up and the car bomb: the regime's vanguard
        # reaches the airbase and breaks the siege, 38 killed per the Syrian Observatory; ¶5, «في المقابل»,
        # the 52 of the eastern countryside network (→ 38), and the headline name it. The siege itself
        # (since 2013) and the Russian sorties that prepared the advance are optional
        E(True, ["ASSAULT"], [0, 4, 5], "لتفك", ["asserted", "reported"], mode="firearms", source=BATTLE_647,
          location=KUWEIRES, date=LAST_TWO_DAYS, fatalities=38,
          attribution=["«المرصد السوري لحقوق الإنسان»", "ناشطون في «شبكة أخبار الريف الشرقي»"], acled=CLASH,
          tpara=4),
        E(False, ["COERCE"], [4], "حصاراً", ["historical"], mode="restrict", source=SIEGERS_647,
          location=KUWEIRES, date=None),
        E(False, ["ASSAULT"], [4], "مهدت", ["asserted", "reported"], mode="aerial", source=RU_AIR_647,
          location=KUWEIRES, date=LAST_TWO_DAYS),
        # ¶6: the National Coalition accuses the Russian forces of war crimes (core ACCUSE); its call on the
        # states backing the opposition is optional
        E(True, ["ACCUSE"], [6], "واتهم", ["asserted"], source=SNC, recipient=RU_FORCES_647, date=YESTERDAY),
        E(False, ["REQUEST"], [6], "ودعا", ["asserted"], source=SNC, recipient=FRIENDS_OF_SYRIA,
          date=YESTERDAY),
        # paragraph 7 (the airbase: a description) holds no event; ¶8: hundreds of families flee the villages
        # towards Deir Hafer (core RETREAT)
        E(True, ["RETREAT"], [8], "ونزحت", ["asserted"], mode="withdraw", source=DISPLACED_647,
          location=KUWEIRES_VILLAGES, date=LATELY),
        # background in «وكانت … قد», at another place: Russian aircraft struck the market of Deir Hafer on
        # 20 October, sixteen civilians killed (core, historical, Air strike)
        E(True, ["ASSAULT"], [9], "قصفت", ["historical", "asserted"], mode="aerial", source=RU_AIR_647,
          recipient=DEIR_HAFER_VICTIMS, location=DEIR_HAFER, date=D("2015-10-20"), fatalities=16, acled=AIR),
        # ¶10: the Islamic State said on Telegram channels to have left al-Jabboul without a fight (core
        # RETREAT, rumored)
        E(True, ["RETREAT"], [10], "انسحاب", ["rumored"], mode="withdraw", source=ISIS_647, location=JABBOUL,
          date=None, attribution=["قنوات على «تلغرام»"]),
        # ¶11: the Islamic State's statement on Telegram threatens the villagers «لو تعاونوا» (core THREATEN)
        E(True, ["THREATEN"], [11], "وتوعد", ["asserted"], mode="violence", source=ISIS_647,
          recipient=ISIS_THREAT_647, location=KUWEIRES, date=LATELY,
          attribution=["حسابات مقربة منه على «تلغرام»"]),
        # ¶12: the regime's defence minister visits the airbase and meets its garrison (core CONSULT)
        E(True, ["CONSULT"], [12], "وزار", ["asserted"], mode="visit", source=SY_MOD_647,
          recipient=KUWEIRES_GARRISON, location=KUWEIRES, date=TODAY, attribution=["التلفزيون الرسمي"]),
        # paragraph 13 (a woman's words) holds no event; ¶14: the families of al-Sheikh Ahmad not allowed
        # back (core RETREAT, negated); the village declared a closed military area is optional
        E(True, ["RETREAT"], [14], "تسمح", ["negated"], mode="return", source=REGIME_647,
          recipient=SHEIKH_AHMAD_FAMILIES, location=SHEIKH_AHMAD, date=None),
        E(False, ["COERCE"], [14], "وأبلغت", ["asserted"], mode="restrict", source=REGIME_647,
          recipient=SHEIKH_AHMAD_NOTABLES, location=SHEIKH_AHMAD, date=TODAY),
        # ¶15: the Free Aleppo Provincial Council asks the aid organisations for tents and fuel (core REQUEST)
        E(True, ["REQUEST"], [15], "وطالب", ["asserted"], source=ALEPPO_COUNCIL, recipient=AID_ORGS_647,
          date=LATELY),
        # ¶16: a helicopter squadron to be moved to the airbase in the coming days (core MOBILIZE, planned)
        E(True, ["MOBILIZE"], [16], "نقل", ["planned", "reported"], mode="weapons", source=REGIME_647,
          location=KUWEIRES, date=None, attribution=["صفحات موالية"]),
        # ¶17: twenty young men of Tell Sabeen detained at dawn (core COERCE, Arrests)
        E(True, ["COERCE"], [17], "واعتقلت", ["asserted", "reported"], mode="arrest", source=REGIME_647,
          recipient=TELL_SABEEN_MEN, location=TELL_SABEEN, date=TODAY, attribution=["ناشطين من القرية"],
          acled=ARREST),
    ],
)
