"""Gold of article 625: a jihadist attack on the Assyrian village of Tal Nasri near Tal Tamr (main event, told
first in the lead; five guards dead, one count), the Kurdish and Syriac fighters' joint defence, a guard's
account, coalition strikes on Jabal Abd al-Aziz, food handed out by the diocese in Qamishli, a mediation
meeting in al-Shaddadi, no new release of the hostages, the Assyrian organisation's accusation and appeal, the
abduction of the Khabur villagers on 23 February 2015, a threat to kill hostages told by a mediator, a candle
march due on Friday, reinforcements, a church blast rumoured and not confirmed, the funeral and the joint
operations room agreed (the Khabur valley, Syria), an Erbil-based Assyrian satellite channel's website,
2015-05-12 (Tue). Dateline «أربيل» (a regional capital in a neighbouring country)."""
from actors_places import (
    ABDUCTEES,
    ABDULAZIZ,
    ADO,
    ASSYRIAN_COMMUNITY,
    ASSYRIAN_DIOCESE,
    COALITION_625,
    INTL_COMMUNITY,
    ISIS_625,
    ISIS_ENVOYS,
    KHABUR_CAPTIVES,
    KHABUR_DEFENDERS,
    KHABUR_DISPLACED,
    KHABUR_GUARDS,
    KHABUR_MEDIATION,
    QAMISHLI,
    SHADDADI,
    SHAMIRAM,
    TAL_JUMAA,
    TAL_NASRI,
    TAL_TAMR,
    UN,
    YPG,
)
from common import ABDUCTION, AIR, CLASH, D, E, paras_of

SLUG = "khabur_2015_tal_tamr_nasri"
YESTERDAY = D("2015-05-11")
TODAY = D("2015-05-12")
TODAY_OR_EVE = D("2015-05-12", "day", ("2015-05-11", "2015-05-12"))
EVE_OR_TODAY = D("2015-05-11", "day", ("2015-05-11", "2015-05-12"))
ARTICLE = dict(
    id="team125-625", slug=SLUG, published="2015-05-12",
    outlet="Athra, an Erbil-based Assyrian satellite channel's website (fictional)",
    paras=paras_of(f"625_{SLUG}.txt"),
    events=[
        # MAIN EVENT, told first in the lead ¶1 (dateline «أربيل»): the attack on Tal Nasri; the wounded guard
        # ¶3, the funeral ¶15 → 5
        E(True, ["ASSAULT"], [0, 1, 3, 15], "هجوم", ["asserted"], mode="firearms", source=ISIS_625,
          recipient=KHABUR_GUARDS, location=TAL_NASRI, date=YESTERDAY, fatalities=5,
          attribution=["مسؤول في «المجلس العسكري السرياني»"], acled=CLASH, tpara=1),
        # ¶2: the joint defence (COOPERATE); the attackers falling back optional
        E(True, ["COOPERATE"], [2], "بالاشتراك", ["asserted"], source=KHABUR_DEFENDERS,
          recipient=KHABUR_DEFENDERS, location=TAL_NASRI, date=YESTERDAY),
        E(False, ["RETREAT"], [2], "تراجعوا", ["asserted"], mode="withdraw", source=ISIS_625, date=YESTERDAY),
        # ¶4 (verb first): coalition strikes; the coalition's silence negates nothing
        E(True, ["ASSAULT"], [4], "وشنّت", ["asserted"], mode="aerial", source=COALITION_625,
          location=ABDULAZIZ, date=YESTERDAY, attribution=["المكتب الإعلامي للمجلس"], acled=AIR),
        # ¶5: food and blankets from the diocese (AID)
        E(True, ["AID"], [5], "ووزعت", ["asserted"], mode="humanitarian", source=ASSYRIAN_DIOCESE,
          recipient=KHABUR_DISPLACED, location=QAMISHLI, date=TODAY),
        # ¶6 (the Khabur villages) holds no event. ¶7: the mediators' meeting with the jihadists' envoys
        E(True, ["CONSULT"], [7], "لقاءً", ["asserted"], mode="third-party", source=KHABUR_MEDIATION,
          recipient=KHABUR_MEDIATION, location=SHADDADI, date=TODAY_OR_EVE, attribution=["مصادر كنسية"]),
        # ¶8 (the shortest): no new batch released (RETREAT release, negated)
        E(True, ["RETREAT"], [8], "ولم يُفرج", ["negated"], mode="release", source=ISIS_625,
          recipient=ABDUCTEES, date=TODAY),
        # ¶9: the accusation and the appeal, two verbs joined with «و»
        E(True, ["ACCUSE"], [9], "اتهمت", ["asserted"], source=ADO, recipient=INTL_COMMUNITY,
          date=TODAY_OR_EVE),
        E(True, ["REQUEST"], [9], "ودعت", ["asserted"], source=ADO, recipient=UN, date=TODAY_OR_EVE),
        # ¶10, «وكان … قد» at another place: the abduction of 23 February 2015 (core, historical); the attack
        # around it and the earlier releases optional
        E(True, ["ASSAULT"], [10], "خطف", ["historical", "asserted"], mode="abduct", source=ISIS_625,
          recipient=KHABUR_CAPTIVES, location=SHAMIRAM, date=D("2015-02-23"), acled=ABDUCTION),
        E(False, ["ASSAULT"], [10], "هجوم", ["historical", "asserted"], mode="firearms", source=ISIS_625,
          location=SHAMIRAM, date=D("2015-02-23")),
        E(False, ["RETREAT"], [10], "الإفراج", ["historical", "asserted"], mode="release", source=ISIS_625,
          date=None),
        # ¶11: the threat told by a mediator (reported first); the killing optional, hypothetical; the ransom
        # demand optional
        E(True, ["THREATEN"], [11], "لوّحوا", ["reported", "asserted"], mode="violence", source=ISIS_ENVOYS,
          recipient=ABDUCTEES, date=TODAY_OR_EVE, attribution=["أحد الوسطاء"]),
        E(False, ["ASSAULT"], [11], "بإعدام", ["hypothetical"], mode="execute", source=ISIS_625, date=None),
        E(False, ["REQUEST"], [11], "وطالبوا", ["reported", "asserted"], source=ISIS_ENVOYS,
          date=TODAY_OR_EVE),
        # ¶12: a candle march «يوم الجمعة المقبل» (planned PROTEST)
        E(True, ["PROTEST"], [12], "مسيرة بالشموع", ["planned"], mode="demo", source=ASSYRIAN_COMMUNITY,
          location=QAMISHLI, date=D("2015-05-15")),
        # ¶13 (verb first): reinforcements to Tal Tamr
        E(True, ["MOBILIZE"], [13], "واستقدمت", ["asserted"], mode="troops", source=YPG, location=TAL_TAMR,
          date=EVE_OR_TODAY),
        # ¶14: a church blown up, told on WhatsApp, not confirmed (rumoured)
        E(True, ["ASSAULT"], [14], "تفجير", ["rumored"], mode="destroy", source=ISIS_625, location=TAL_JUMAA,
          date=None, attribution=["مجموعات آشورية على «واتساب»"]),
        # ¶15 is the funeral of the main event. ¶16 (an old man who stayed) holds no event. ¶17: the joint
        # operations room agreed; the meeting and the coordination it plans optional
        E(True, ["AGREE"], [17], "واتفق", ["asserted"], source=KHABUR_DEFENDERS, recipient=KHABUR_DEFENDERS,
          location=QAMISHLI, date=YESTERDAY),
        E(False, ["CONSULT"], [17], "اجتماع", ["asserted"], source=KHABUR_DEFENDERS, date=YESTERDAY),
        E(False, ["COOPERATE"], [17], "ستنسق", ["planned"], source=KHABUR_DEFENDERS, date=None),
    ],
)
