"""Gold of article 674: a booby-trapped building that kills five army sappers in Salma (main event, told in ¶2
after the fighting for the hills; five dead by a military source), the army's capture of three hills between
Salma and Kinsabba, an ultimatum carried by a village headman, Russian food and medicine in al-Haffah, the
Turkistan Islamic Party said to be leaving Kinsabba (rumoured), Turkey's accusation against the Russian air
force, the Turkmen Assembly's call, Russia's deployment at Hmeimim in September 2015, the Syrian foreign
ministry's praise, a joint operations room, no rebel reinforcements (negated), a safe corridor announced, a
meeting due on Sunday (planned) and rockets on the edge of Latakia (Latakia, Syria), a Moscow-based Russian
state news agency's Arabic service, 2016-01-14 (Thu). No dateline: the lead names Salma."""
from actors_places import (
    AKRAD_DISPLACED,
    AKRAD_TALKS,
    COAST_COMMAND,
    HAFFAH,
    HILLS_BATTLE,
    HMEIMIM,
    JABAL_AKRAD,
    JOINT_ROOM,
    KINSABBA,
    KINSABBA_CIVILIANS,
    KINSABBA_COMMANDERS,
    KINSABBA_FIGHTERS,
    LATAKIA,
    LATAKIA_EDGE,
    NEIGHBOURS,
    NORTH_FACTIONS,
    NUSRA_PLANTERS,
    OPS_COMMAND,
    RU_AIR,
    RU_AIR_ACCUSED,
    RU_MILITARY,
    RUSSIA,
    SALMA_HILLS,
    SALMA_WEST,
    SAPPERS,
    SY_MFA,
    SYRIA,
    TIP,
    TR_MFA,
    TURKEY,
    TURKMEN_COUNCIL,
    TURKMEN_MOUNTAINS,
    YAMADIYAH,
)
from common import AIR, CLASH, HQ, MINE, SHELL, D, E, paras_of

SLUG = "salma_2016_kinsabba_haffah"
YESTERDAY = D("2016-01-13")
TODAY = D("2016-01-14")
TODAY_OR_EVE = D("2016-01-14", "day", ("2016-01-13", "2016-01-14"))
ARTICLE = dict(
    id="team135-674", slug=SLUG, published="2016-01-14",
    outlet="Raduga, a Moscow-based Russian state news agency's Arabic service (fictional)",
    paras=paras_of(f"674_{SLUG}.txt"),
    events=[
        # ¶1 (verb first; the place in the first sentence): the fighting for three hills between Salma and
        # Kinsabba, the army and the rebels as source; the Russian air raids optional
        E(True, ["ASSAULT"], [1], "اشتباكات", ["asserted"], mode="firearms", source=HILLS_BATTLE,
          location=SALMA_HILLS, date=YESTERDAY, attribution=["مصدر عسكري سوري"], acled=CLASH),
        E(False, ["ASSAULT"], [1], "بغارات", ["asserted"], mode="aerial", source=RU_AIR, location=JABAL_AKRAD,
          date=D("2016-01-13", "day", ("2016-01-12", "2016-01-13")), acled=AIR),
        # MAIN EVENT, told in ¶2 after another core event: the booby-trapped building in Salma; the headline
        # and a sapper's account ¶3 (5, one count)
        E(True, ["ASSAULT"], [0, 2, 3], "انفجر", ["asserted"], mode="explosives", source=NUSRA_PLANTERS,
          recipient=SAPPERS, location=SALMA_WEST, date=YESTERDAY, fatalities=5, attribution=["مصدر عسكري"],
          acled=MINE, tpara=2),
        # ¶4: the ultimatum carried by a village headman; the storming it names optional (hypothetical)
        E(True, ["THREATEN"], [4], "تمهلهم", ["asserted"], mode="violence", source=OPS_COMMAND,
          recipient=KINSABBA_FIGHTERS, location=KINSABBA, date=YESTERDAY, attribution=["مختار قرية مجاورة"]),
        E(False, ["ASSAULT"], [4], "اقتحام", ["hypothetical"], source=OPS_COMMAND,
          recipient=KINSABBA_FIGHTERS, location=KINSABBA, date=None),
        # ¶5 (the summer resort) holds no event. ¶6 (verb first): four tonnes of food and medicine in
        # al-Haffah; the shipments since December optional (generic)
        E(True, ["AID"], [6], "وأنزل", ["asserted"], mode="humanitarian", source=RU_MILITARY,
          recipient=AKRAD_DISPLACED, location=HAFFAH, date=YESTERDAY, attribution=["وزارة الدفاع الروسية"]),
        E(False, ["AID"], [6], "الشحنة", ["generic"], mode="humanitarian", source=RU_MILITARY, date=None),
        # ¶7: the Turkistan Islamic Party said to be leaving Kinsabba (rumoured; silences close it)
        E(True, ["RETREAT"], [7], "إخلاء", ["rumored", "reported"], mode="withdraw", source=TIP,
          location=KINSABBA, date=None, attribution=["أهالي الحفة"]),
        # ¶8 (the forests) holds no event. ¶9: Turkey's accusation (the Russian ministry's denial follows)
        E(True, ["ACCUSE"], [9], "واتهمت", ["asserted"], source=TR_MFA, recipient=RU_AIR_ACCUSED,
          location=TURKMEN_MOUNTAINS, date=YESTERDAY),
        # ¶10: the Turkmen Assembly's call on Ankara
        E(True, ["REQUEST"], [10], "ودعا", ["asserted"], source=TURKMEN_COUNCIL, recipient=TURKEY,
          location=YAMADIYAH, date=TODAY_OR_EVE),
        # ¶11, «وكان … قد» at another place: Russia's aircraft deployed at Hmeimim in September 2015 (core,
        # historical); the air campaign begun on 30 September optional
        E(True, ["MOBILIZE"], [11], "نشرت", ["historical", "asserted"], mode="weapons", source=RUSSIA,
          location=HMEIMIM, date=D("2015-09-15", "month", ("2015-09-01", "2015-09-30")), acled=HQ),
        E(False, ["ASSAULT"], [11], "غاراتها", ["historical", "asserted"], mode="aerial", source=RUSSIA,
          location=SYRIA, date=D("2015-09-30")),
        # ¶12 (a subject, a parenthesis, then its verb): the Syrian foreign ministry's praise; its call
        # optional
        E(True, ["SUPPORT"], [12], "أثنت", ["asserted"], source=SY_MFA, recipient=RUSSIA, date=TODAY_OR_EVE),
        E(False, ["REQUEST"], [12], "داعية", ["asserted"], source=SY_MFA, recipient=NEIGHBOURS,
          date=TODAY_OR_EVE),
        # ¶13: the joint operations room in Latakia
        E(True, ["COOPERATE"], [13], "غرفة عمليات مشتركة", ["asserted"], source=JOINT_ROOM,
          recipient=JOINT_ROOM, location=LATAKIA, date=None, attribution=["ضابط سوري"]),
        # ¶14: no reinforcements sent by the northern factions (negated); the commanders' calls optional
        E(True, ["MOBILIZE"], [14], "ترسل", ["negated"], mode="troops", source=NORTH_FACTIONS,
          location=JABAL_AKRAD, date=None),
        E(False, ["REQUEST"], [14], "نداءات", ["asserted"], source=KINSABBA_COMMANDERS, location=KINSABBA,
          date=D("2016-01-12", "day", ("2016-01-09", "2016-01-14"))),
        # ¶15: a safe corridor out of Kinsabba announced
        E(True, ["CONCEDE", "RETREAT"], [15], "فتح", ["asserted"], mode="access", source=COAST_COMMAND,
          recipient=KINSABBA_CIVILIANS, location=KINSABBA, date=TODAY),
        # ¶16: Russian officers to meet notables in al-Haffah «يوم الأحد المقبل» (planned; a present tense)
        E(True, ["CONSULT"], [16], "ويلتقي", ["planned"], mode="visit", source=AKRAD_TALKS,
          recipient=AKRAD_TALKS,
          location=HAFFAH, date=D("2016-01-17"), attribution=["مصدر في محافظة اللاذقية"]),
        # ¶17 (the shortest): four rockets on the edge of Latakia, nobody named
        E(True, ["ASSAULT"], [17], "قذائف", ["asserted"], mode="heavy-weapons", location=LATAKIA_EDGE,
          date=YESTERDAY, acled=SHELL),
    ],
)
