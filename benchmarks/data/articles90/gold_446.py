"""Gold of article 446: al-Fatira and Jabal al-Zawiya, Ariha and the M4 road, Kafr Nubl, Bab al-Hawa
(Idlib), an Idlib opposition local news network, 2020-05-19 (Tue)."""
from actors_places import (
    ARIHA,
    ARIHA_CIVILIANS,
    BAB_AL_HAWA,
    BARA,
    BARA_BALYUN,
    FATIRA,
    FATIRA_COUNCIL,
    FATIRA_FARMERS,
    HTS,
    JABAL_ZAWIYA,
    KAFR_NUBL_HAZARIN,
    M4_PROTESTERS,
    M4_ROAD,
    MOSCOW_ANKARA,
    NFL,
    NFL_COMMANDER,
    REGIME_FORCES,
    RUS_AIR,
    RUS_PATROL,
    RUS_RECONCILIATION,
    RUS_TUR_PATROL,
    RUSSIA,
    SALVATION_GOVERNMENT,
    SITIN_ORGANISERS,
    TERRORIST_FORMATIONS,
    TURKISH_ARMY,
    TURKISH_OFFICERS,
    TURKISH_SIDE,
    UN_CONVOY,
    ZAWIYA_NOTABLES,
    ZAWIYA_VILLAGES,
)
from common import AGREEMENT, AIR, PEACEFUL, SHELL, D, E, paras_of

SLUG = "idlib_2020_fatira_jabal_zawiya_m4_patrol"
TODAY = D("2020-05-19")
ARTICLE = dict(
    id="team90-446", slug=SLUG, published="2020-05-19",
    outlet="Mirat al-Jabal, an Idlib opposition local news network (fictional)",
    paras=paras_of(f"446_{SLUG}.txt"),
    events=[
        # the main event, first in the lead (no dateline; al-Fatira in the first sentence): government
        # artillery kills a farmer and his two sons harvesting wheat (one toll: 3); the civil defence 2, the
        # victims 3, the factions' «رداً على استهداف المدنيين في الفطيرة» 4, the state agency's version 6
        # («ردّت على مصادر إطلاق القذائف»), the council's «الجريمة الجديدة» 8, the burial 17; the headline 0
        E(True, ["ASSAULT"], [0, 1, 2, 3, 4, 6, 8, 17], "بقصف مدفعي", ["asserted"], mode="heavy-weapons",
          source=REGIME_FORCES, recipient=FATIRA_FARMERS, location=FATIRA, date=TODAY, fatalities=3,
          attribution=["مركز الدفاع المدني في بلدة البارة"], acled=SHELL, tpara=1),
        # the Moscow–Ankara ceasefire of early March, in a relative clause of the lead (optional, historical)
        E(False, ["AGREE", "CONCEDE"], [1], "وقف إطلاق النار", ["historical"],
          source=MOSCOW_ANKARA, date=D("2020-03-05", "week", ("2020-03-01", "2020-03-10")), acled=AGREEMENT),
        # ¶4: the NFL's shelling of government positions in Kafr Nubl and Hazarin (its claim of a destroyed
        # mortar is part of it)
        E(True, ["ASSAULT"], [4], "باستهداف", ["asserted", "reported"], mode="heavy-weapons",
          source=NFL, recipient=REGIME_FORCES, location=KAFR_NUBL_HAZARIN, date=TODAY,
          attribution=["الناطق باسم «الجبهة»"], acled=SHELL),
        # ¶5 (a sentence of 430 characters): the joint Russian–Turkish patrol on the M4 (COOPERATE), the
        # sit-in blocking it at Ariha (PROTEST, obstruct; the sit-in goes on in ¶10), the Russian vehicles
        # turned back (optional RETREAT); the headline 0 names the sit-in and the patrol
        E(True, ["COOPERATE"], [0, 5], "الدورية الروسية التركية المشتركة", ["asserted"],
          source=RUS_TUR_PATROL, location=M4_ROAD, date=TODAY, tpara=5),
        E(True, ["PROTEST"], [0, 5, 10], "يعتصمون", ["asserted"], mode="obstruct",
          source=M4_PROTESTERS, recipient=RUS_PATROL, location=ARIHA, date=TODAY, acled=PEACEFUL, tpara=5),
        E(False, ["RETREAT"], [5], "العودة", ["asserted"], mode="withdraw",
          source=RUS_PATROL, location=M4_ROAD, date=TODAY),
        # ¶6: the Russian Reconciliation Centre's accusation of «terrorist formations» (the count of
        # fourteen violations is part of it); the state agency's sentence is a retelling of the main event
        E(True, ["ACCUSE"], [6], "اتهم", ["asserted", "reported"],
          source=RUS_RECONCILIATION, recipient=TERRORIST_FORMATIONS, date=TODAY),
        # ¶7 (verb–subject–object): a Turkish convoy into Jabal al-Zawiya «مساء أمس»
        E(True, ["MOBILIZE"], [7], "ودفع", ["asserted"], mode="troops",
          source=TURKISH_ARMY, location=BARA_BALYUN, date=D("2020-05-18"),
          attribution=["مراسل «مرآة الجبل»"]),
        # ¶8: one sentence, two events joined with «و» and a second verb: the council's condemnation of
        # Russia and its demand to the Turkish side
        E(True, ["ACCUSE"], [8], "ودان", ["asserted"],
          source=FATIRA_COUNCIL, recipient=RUSSIA, date=TODAY),
        E(True, ["REQUEST"], [8], "وطالب", ["asserted"],
          source=FATIRA_COUNCIL, recipient=TURKISH_SIDE, date=TODAY),
        # ¶9: Turkish officers to meet notables on Thursday (planned)
        E(True, ["CONSULT"], [9], "يلتقي", ["planned"], mode="visit",
          source=TURKISH_OFFICERS, recipient=ZAWIYA_NOTABLES, location=BARA, date=D("2020-05-21"),
          attribution=["عضو في المجلس المحلي"]),
        # ¶10: the Salvation Government backs the sit-in (SUPPORT); its call to avoid friction optional
        E(True, ["SUPPORT"], [10], "تأييدها", ["asserted"],
          source=SALVATION_GOVERNMENT, recipient=M4_PROTESTERS, date=TODAY),
        E(False, ["REQUEST"], [10], "ودعت", ["asserted"],
          source=SALVATION_GOVERNMENT, recipient=M4_PROTESTERS, date=TODAY),
        # ¶11: an arrest «من قبل» HTS told only by activists' accounts and denied (rumoured)
        E(True, ["COERCE"], [11], "اعتقال", ["rumored", "reported"], mode="arrest",
          source=HTS, recipient=SITIN_ORGANISERS, location=ARIHA,
          date=D("2020-05-18", "day", ("2020-05-18", "2020-05-19")), attribution=["حسابات لناشطين"]),
        # ¶12: the NFL commander's conditional threat (asserted); opening the fronts is hypothetical
        # (optional)
        E(True, ["THREATEN"], [12], "وتوعّد", ["asserted"], mode="violence",
          source=NFL_COMMANDER, recipient=REGIME_FORCES, location=JABAL_ZAWIYA, date=TODAY),
        E(False, ["ASSAULT"], [12], "فتح جبهات", ["hypothetical"], mode="firearms",
          source=NFL_COMMANDER, recipient=REGIME_FORCES, location=JABAL_ZAWIYA, date=None),
        # paragraph 13 (Jabal al-Zawiya: description, returnees counted) holds no event
        # ¶14: the UN cross-border convoy has not come in (core AID, negated)
        E(True, ["AID"], [14], "القافلة الأممية", ["negated"], mode="humanitarian",
          source=UN_CONVOY, recipient=ZAWIYA_VILLAGES, location=BAB_AL_HAWA, date=TODAY,
          attribution=["موظف في منظمة محلية شريكة"]),
        # background at another place, in «وكان … قد»: Russian air strikes on Ariha on 27 February (11 killed)
        E(True, ["ASSAULT"], [15], "شنّت", ["historical", "asserted"], mode="aerial",
          source=RUS_AIR, recipient=ARIHA_CIVILIANS, location=ARIHA, date=D("2020-02-27"), fatalities=11,
          acled=AIR),
        # paragraph 16 (shells every week since the truce: generic) holds no event; ¶17, the burial, is a
        # paragraph of the main event
    ],
)
