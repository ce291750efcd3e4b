"""Gold of article 628: al-Dour, al-Alam, Albu Ajil, al-Awja and the Speicher base east and south of Tikrit,
with the displaced in al-Dujail (Iraq), a Shiite religious satellite channel's website based in Najaf,
2015-03-07 (Sat)."""
from actors_places import (
    ADVISERS_AND_PMF,
    ALAM,
    ALAM_AWJA,
    ALBU_AJIL,
    ATABA,
    AWJA,
    BATTLE_628,
    COALITION_628,
    DISPLACED_628,
    DOUR,
    DOUR_ALAM,
    DOUR_MAYOR,
    DOUR_RESIDENTS,
    DUJAIL,
    DUJAIL_MEN,
    FED_POLICE,
    IQ_AIR,
    IQ_COMMANDERS,
    IQ_DEFENCE,
    IQ_PM,
    IQ_SECURITY,
    ISIS_628,
    ISIS_SNIPER,
    ISIS_TIKRIT,
    PMF_FIGHTER,
    PMF_LEADERS,
    PMF_SPOKESMAN,
    PMF_VOLUNTEERS,
    SPEICHER,
    SPEICHER_HQ,
    SPEICHER_TROOPS,
    TIKRIT,
)
from common import AIR, ARREST, CLASH, MINE, SHELL, D, E, paras_of

SLUG = "tikrit_2015_dour_alam_albu_ajil_dujail"
TODAY = D("2015-03-07")
YESTERDAY = D("2015-03-06")
LATELY = D("2015-03-07", "day", ("2015-03-06", "2015-03-07"))
LAST_NIGHT = D("2015-03-06", "day", ("2015-03-06", "2015-03-07"))
ARTICLE = dict(
    id="team126-628", slug=SLUG, published="2015-03-07",
    outlet="Sawt al-Ghari, a Shiite religious satellite channel's website based in Najaf (fictional)",
    paras=paras_of(f"628_{SLUG}.txt"),
    events=[
        # the main event, first in the lead (dateline «قاعدة سبايكر»: a military base near the front, where
        # the correspondent is embedded): three days of battles that end with the centre of al-Dour taken
        # yesterday afternoon, eight fighters dead (one number); ¶5 a regiment commander's account of the last
        # night, ¶14 the funeral of «الشهداء الثمانية» in Najaf; the headline names it. ISIS fleeing is
        # optional
        E(True, ["ASSAULT"], [0, 1, 5, 14], "المعارك", ["asserted", "reported"], mode="firearms",
          source=BATTLE_628, location=DOUR, date=D("2015-03-06", "day", ("2015-03-04", "2015-03-06")),
          fatalities=8, attribution=["قائد ميداني في «منظمة بدر»"], acled=CLASH, tpara=1),
        E(False, ["RETREAT"], [1], "فرّوا", ["reported", "asserted"], mode="withdraw", source=ISIS_628,
          location=DOUR, date=YESTERDAY),
        # ¶2: a roadside bomb kills two federal policemen near Albu Ajil (core ASSAULT, Remote explosive); the
        # forty bombs planted since Wednesday are optional
        E(True, ["ASSAULT"], [2], "عبوة ناسفة", ["asserted"], mode="explosives", source=ISIS_628,
          recipient=FED_POLICE, location=ALBU_AJIL, date=TODAY, fatalities=2, acled=MINE),
        E(False, ["ASSAULT"], [2], "زرعها", ["historical", "generic"], mode="explosives", source=ISIS_628,
          location=ALBU_AJIL, date=None),
        # ¶3: a sniper kills a PMF fighter on the edge of al-Alam (core ASSAULT, Armed clash)
        E(True, ["ASSAULT"], [3], "برصاص قناص", ["asserted", "reported"], mode="firearms", source=ISIS_SNIPER,
          recipient=PMF_FIGHTER, location=ALAM, date=TODAY, fatalities=1, attribution=["مراسلنا"],
          acled=CLASH),
        # ¶4: new PMF columns reach Speicher (core MOBILIZE); the next phase on al-Alam and al-Awja is
        # optional (planned)
        E(True, ["MOBILIZE"], [4], "أرتال", ["asserted"], mode="troops", source=PMF_VOLUNTEERS,
          location=SPEICHER, date=LAST_NIGHT),
        E(False, ["ASSAULT"], [4], "تستهدف", ["planned"], source=PMF_VOLUNTEERS, location=ALAM_AWJA,
          date=None),
        # ¶5 (the car bombs of the counter-attack on Thursday) is a paragraph of the main event ¶6: the PMF
        # spokesman threatens the ISIS fighters left in Tikrit «ما لم» they surrender (core THREATEN)
        E(True, ["THREATEN"], [6], "وتوعد", ["asserted"], mode="violence", source=PMF_SPOKESMAN,
          recipient=ISIS_TIKRIT, location=TIKRIT, date=TODAY),
        # paragraph 7 (al-Dour: a description) holds no event ¶8: the US-led coalition has not taken part
        # (core ASSAULT, negated) and PMF leaders reject any role for it (core REJECT); the government not
        # asking for air support is optional (negated)
        E(True, ["ASSAULT"], [8], "تشارك", ["negated"], mode="aerial", source=COALITION_628, date=TODAY),
        E(True, ["REJECT"], [8], "رفض", ["asserted"], source=PMF_LEADERS, recipient=COALITION_628,
          date=LATELY),
        E(False, ["REQUEST"], [8], "تطلب", ["negated"], source=IQ_DEFENCE, recipient=COALITION_628,
          date=None),
        # ¶9: Iraqi air strikes on al-Awja (core ASSAULT, Air strike)
        E(True, ["ASSAULT"], [9], "غارات", ["asserted", "reported"], mode="aerial", source=IQ_AIR,
          recipient=ISIS_628, location=AWJA, date=TODAY, attribution=["خلية الإعلام الحربي"], acled=AIR),
        # ¶10: Iranian advisers' part in planning and coordination, told by Western media (core COOPERATE,
        # rumored)
        E(True, ["COOPERATE"], [10], "والتنسيق", ["rumored", "reported"], source=ADVISERS_AND_PMF, date=None,
          attribution=["وسائل إعلام غربية"]),
        # ¶11: eleven men held among the displaced in al-Dujail (core COERCE, Arrests); three released
        # (optional RETREAT)
        E(True, ["COERCE"], [11], "واحتجزت", ["asserted"], mode="arrest", source=IQ_SECURITY,
          recipient=DUJAIL_MEN, location=DUJAIL, date=YESTERDAY, acled=ARREST),
        E(False, ["RETREAT"], [11], "أُطلق", ["asserted"], mode="release", source=IQ_SECURITY, location=DUJAIL,
          date=YESTERDAY),
        # ¶12: the prime minister to visit the Speicher headquarters tomorrow, Sunday (core CONSULT, planned);
        # the storming plan he will hear about is optional (planned)
        E(True, ["CONSULT"], [12], "يزور", ["planned"], mode="visit", source=IQ_PM, recipient=IQ_COMMANDERS,
          location=SPEICHER_HQ, date=D("2015-03-08"), attribution=["مصدر في مكتبه"]),
        E(False, ["ASSAULT"], [12], "اقتحام", ["planned"], date=None),
        # ¶13: the Husseini shrine's aid to the displaced in al-Dujail (core AID); their flight is optional
        E(True, ["AID"], [13], "ووزعت", ["asserted"], mode="humanitarian", source=ATABA,
          recipient=DISPLACED_628, location=DUJAIL, date=YESTERDAY),
        E(False, ["RETREAT"], [13], "نزحت", ["historical"], location=DOUR_ALAM, date=None),
        # ¶14, the funeral, is a paragraph of the main event background in «وكانت … قد», at another place:
        # Grad rockets on the Speicher base on 28 February (core, historical, Shelling)
        E(True, ["ASSAULT"], [15], "قصفت", ["historical", "asserted"], mode="heavy-weapons", source=ISIS_628,
          recipient=SPEICHER_TROOPS, location=SPEICHER, date=D("2015-02-28"), acled=SHELL),
        # ¶16: the district commissioner's appeal not to go home yet (core REQUEST); the houses booby-trapped
        # before the retreat are optional (historical)
        E(True, ["REQUEST"], [16], "وناشد", ["asserted"], source=DOUR_MAYOR, recipient=DOUR_RESIDENTS,
          location=DOUR, date=LATELY),
        E(False, ["ASSAULT"], [16], "فخخ", ["historical"], mode="explosives", source=ISIS_628, location=DOUR,
          date=None),
        # paragraph 17 (a displaced man's words) holds no event
    ],
)
