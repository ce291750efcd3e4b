"""Gold of article 415: five soldiers released today in an exchange for four detainees at Zintan's gate, the
storming of the al-Hira checkpoint last Thursday (main event) and the capture of five soldiers, the captors'
video with a demand and a threat, the General Staff's blame, reinforcements, a protest in Gharyan, the Zintan
elders' mediation and the deal, a commander's threat of retaliation, a rumoured arrest in al-Aziziya, UNSMIL's
welcome, compensation due next month, vehicles not returned, an attack on a checkpoint in al-Zawiya on 11
March 2021 recalled (western Libya), a western Libyan local radio station's news website, 2022-10-24 (Mon).
Dateline «غريان – «صدى الجبل»:»; the main event comes first in ¶2 («وكان … قد»), after the release; one toll
(two). Mostly about an attack on a checkpoint and captives."""
from actors_places import (
    ARMED_GROUP,
    ATTACKERS,
    AZIZIYA,
    BATTALION_CMDR,
    BEREAVED,
    EXCHANGE_PARTIES,
    FIVE_SOLDIERS,
    FOUR_DETAINEES,
    GENERAL_STAFF,
    GHARYAN,
    GHARYAN_COUNCIL,
    GHARYAN_PROTESTERS,
    GNU,
    HIRA,
    HIRA_FIGHT,
    LY_AUTH,
    LY_MOD,
    MEDIATION_ROUTE,
    TRIPOLI_AGENCY,
    TWO_ATTACKERS,
    UNSMIL,
    ZAWIYA_GATE,
    ZAWIYA_GUARDS,
    ZAWIYA_GUNMEN,
    ZINTAN_ELDERS,
    ZINTAN_GATE,
    ZINTAN_TRIPOLI,
)
from common import AGREEMENT, ARREST, CLASH, PEACEFUL, D, E, paras_of

SLUG = "gharyan_2022_hira_zintan_zawiya"
TODAY = D("2022-10-24")
THURSDAY = D("2022-10-20")
ARTICLE = dict(
    id="team83-415", slug=SLUG, published="2022-10-24",
    outlet="Sada al-Jabal, western Libyan local radio station's news website (fictional)",
    paras=paras_of(f"415_{SLUG}.txt"),
    events=[
        # ¶1: the armed group frees the five soldiers (RETREAT release), in an exchange carried out at
        # Zintan's gate (COOPERATE; the deal and the exchange of the same day are one ACLED Agreement) under
        # which a Tripoli agency frees four detainees (a passive «أُطلق»; retold with details in ¶10)
        E(True, ["RETREAT"], [0, 1], "أفرجت", ["asserted", "reported"], mode="release",
          source=ARMED_GROUP, recipient=FIVE_SOLDIERS, location=ZINTAN_GATE, date=TODAY,
          attribution=["عضو في لجنة الوساطة"], tpara=1),
        E(True, ["COOPERATE"], [1], "تبادل", ["asserted", "reported"],
          source=EXCHANGE_PARTIES, location=ZINTAN_GATE, date=TODAY, attribution=["عضو في لجنة الوساطة"],
          acled=AGREEMENT),
        E(True, ["RETREAT"], [1, 10], "أُطلق", ["asserted", "reported"], mode="release",
          source=TRIPOLI_AGENCY, recipient=FOUR_DETAINEES, location=ZINTAN_TRIPOLI, date=TODAY,
          attribution=["عضو في لجنة الوساطة", "مصدر في الجهاز الأمني"]),
        # MAIN EVENT, first told in ¶2 («وكان … قد», a recent act, asserted; «بين … و…»): the group storms
        # the checkpoint and fights its guards for half an hour (two-sided: both are sources), two soldiers
        # killed; the General Staff's mourning ¶4, the funeral ¶5 → 2; the headline names it
        E(True, ["ASSAULT"], [0, 2, 4, 5], "هاجمت", ["asserted"], mode="firearms",
          source=HIRA_FIGHT, location=HIRA, date=THURSDAY, fatalities=2, acled=CLASH, tpara=2),
        # ¶2, the same sentence, joined by «و» and a second verb: five soldiers taken away (ASSAULT abduct;
        # COERCE accepted; ACLED folds it into the clash)
        E(True, ["ASSAULT", "COERCE"], [2], "واقتاد", ["asserted"], mode="abduct",
          source=ARMED_GROUP, recipient=FIVE_SOLDIERS, location=HIRA, date=THURSDAY),
        # ¶3: the video: a captive voices the group's demand to the General Staff (REQUEST) and a masked
        # gunman threatens to kill the captives (THREATEN; the killing optional, hypothetical)
        E(True, ["REQUEST"], [3], "مطالباً", ["asserted"],
          source=ARMED_GROUP, recipient=GENERAL_STAFF, date=D("2022-10-21")),
        E(True, ["THREATEN"], [3], "هدّد", ["asserted"], mode="violence",
          source=ARMED_GROUP, recipient=FIVE_SOLDIERS, date=D("2022-10-21")),
        E(False, ["ASSAULT"], [3], "تصفية", ["hypothetical"], mode="execute",
          source=ARMED_GROUP, recipient=FIVE_SOLDIERS, date=None),
        # ¶4: the General Staff holds the group responsible for the captives' safety
        E(True, ["ACCUSE"], [4], "وحمّلت", ["asserted"],
          source=GENERAL_STAFF, recipient=ARMED_GROUP, date=THURSDAY),
        # ¶6: columns sent around al-Hira since Saturday (MOBILIZE); the gunmen's pull-back on Thursday
        # optional
        E(True, ["MOBILIZE"], [6], "بأرتال", ["asserted"], mode="troops",
          source=GENERAL_STAFF, location=HIRA, date=D("2022-10-22", "day", ("2022-10-22", "2022-10-24"))),
        E(False, ["RETREAT"], [6], "انسحب", ["asserted"], mode="withdraw",
          source=ARMED_GROUP, location=HIRA, date=THURSDAY),
        # ¶7: a protest in Gharyan on Saturday evening; its demand and the road closed for an hour optional
        E(True, ["PROTEST"], [7], "وتظاهر", ["asserted"], mode="demo",
          source=GHARYAN_PROTESTERS, recipient=GNU, location=GHARYAN_COUNCIL, date=D("2022-10-22"),
          acled=PEACEFUL),
        E(False, ["REQUEST"], [7], "ومطالبين", ["asserted"],
          source=GHARYAN_PROTESTERS, recipient=GNU, date=D("2022-10-22")),
        E(False, ["PROTEST"], [7], "ويغلقوه", ["asserted"], mode="obstruct",
          source=GHARYAN_PROTESTERS, location=GHARYAN, date=D("2022-10-22")),
        # ¶8 (the road and the checkpoint described) holds no event. ¶9: the elders' three-day mediation
        # (CONSULT third-party) and the deal reached at dawn (AGREE)
        E(True, ["CONSULT"], [9], "مفاوضات", ["asserted"], mode="third-party",
          source=ZINTAN_ELDERS, recipient=EXCHANGE_PARTIES, location=MEDIATION_ROUTE,
          date=D("2022-10-22", "day", ("2022-10-21", "2022-10-24"))),
        E(True, ["AGREE"], [9], "اتفاق", ["asserted"],
          source=EXCHANGE_PARTIES, location=MEDIATION_ROUTE, date=TODAY),
        # ¶10: the detainees' arrest last September, in a relative clause (optional, historical)
        E(False, ["COERCE"], [10], "اعتُقلوا", ["historical"], mode="arrest",
          source=TRIPOLI_AGENCY, recipient=FOUR_DETAINEES, date=D("2022-09-15", "month",
                                                                    ("2022-09-01", "2022-09-30"))),
        # ¶11: the battalion commander's threat of retaliation; the pursuit itself optional
        E(True, ["THREATEN"], [11], "وتوعّد", ["asserted"], mode="violence",
          source=BATTALION_CMDR, recipient=ATTACKERS,
          date=D("2022-10-24", "day", ("2022-10-23", "2022-10-24"))),
        E(False, ["ASSAULT", "COERCE"], [11], "بملاحقة", ["hypothetical", "planned"],
          source=BATTALION_CMDR, recipient=ATTACKERS, date=None),
        # ¶12: an arrest told only by Facebook pages, unconfirmed (rumoured; «الهجوم» is a back-reference)
        E(True, ["COERCE"], [12], "اعتقال", ["rumored"], mode="arrest",
          recipient=TWO_ATTACKERS, location=AZIZIYA, date=D("2022-10-23"),
          attribution=["صفحات محلية على «فيسبوك»"], acled=ARREST),
        # ¶13: UNSMIL welcomes the release and praises the elders (SUPPORT); its call optional
        E(True, ["SUPPORT"], [13], "ورحّبت", ["asserted"],
          source=UNSMIL, recipient=ZINTAN_ELDERS, date=TODAY),
        E(False, ["REQUEST"], [13], "داعيةً", ["asserted"], source=UNSMIL, recipient=LY_AUTH, date=TODAY),
        # ¶14: compensation due early next month (planned AID)
        E(True, ["AID"], [14], "تعويضات", ["planned", "reported"], mode="economic",
          source=LY_MOD, recipient=BEREAVED, date=D("2022-11-05", "month", ("2022-11-01", "2022-11-10")),
          attribution=["مصدر في وزارة الدفاع"]),
        # ¶15: the vehicles and weapons not returned (negated); their seizure on Thursday optional
        E(True, ["RETREAT"], [15], "تُعِد", ["negated"], mode="return",
          source=ARMED_GROUP, location=HIRA, date=D("2022-10-24", "day", ("2022-10-20", "2022-10-24")),
          attribution=["مصدر عسكري"]),
        E(False, ["COERCE"], [15], "استولت", ["asserted"], mode="seize",
          source=ARMED_GROUP, location=HIRA, date=THURSDAY),
        # ¶16, a relative clause after «ما جرى» at another place: gunmen attack a checkpoint in al-Zawiya on
        # 11 March 2021 and kill three of its guards
        E(True, ["ASSAULT"], [16], "هاجم", ["historical", "asserted"], mode="firearms",
          source=ZAWIYA_GUNMEN, recipient=ZAWIYA_GUARDS, location=ZAWIYA_GATE, date=D("2021-03-11"),
          fatalities=3, acled=CLASH),
        # ¶17 (analysis of hostage-taking) holds no event
    ],
)
