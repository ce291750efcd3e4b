"""Gold of article 442: a Russian military police meeting with SDF commanders at Qamishli airport, Turkish
and allied shelling of two Khabur villages near Tal Tamr (main event, in ¶2 after the meeting; the
Observatory's three dead against the SDF's four → 3), aid to the displaced and a medical convoy that did not
arrive, the Assyrian diocese's appeal and blame, the Autonomous Administration's demand, a protest at the
airport gate, arrests in al-Hol, the SDF commander's conditional threat, a rumoured truce denied, a joint
patrol due on Sunday, a conscription raid told only by SANA, and a Turkish drone strike on the
Qamishli–Amuda road on 27 January 2021 (Hasakah, Syria), a Hasakah local news agency's website, 2021-03-18
(Thu). No dateline: the lead names Qamishli in its first sentence."""
from actors_places import (
    AANES,
    ASAYISH,
    ASSYRIAN_CHURCH,
    DARBASIYAH,
    DRONE_VICTIMS,
    FIVE_YOUNG_MEN,
    HOL,
    HOL_SUSPECTS,
    HOL_VICTIM,
    INTL_COMMUNITY,
    INTL_ORG,
    JOINT_PATROL,
    KHABUR_CIVILIANS,
    KHABUR_DISPLACED,
    KHABUR_PROTESTERS,
    KHABUR_VILLAGES,
    KURDISH_RC,
    QAMISHLI_AIRPORT,
    QAMISHLI_AMUDA,
    QAMISHLI_SOUTH,
    RU_MP,
    RU_SDF,
    SDF,
    SDF_COMMANDER,
    SDF_SANA,
    SNA_AREAS,
    TAL_TAMR,
    TRUCE_PARTIES,
    TURKEY_SNA,
    TURKISH_DRONE,
    TURKISH_SIDE,
)
from common import AIR, ARREST, ATTACK, PEACEFUL, SHELL, D, E, paras_of

SLUG = "khabur_2021_qamishli_hol"
TODAY = D("2021-03-18")
ARTICLE = dict(
    id="team89-442", slug=SLUG, published="2021-03-18",
    outlet="Bawwabat al-Khabur, a Hasakah local news agency close to the Autonomous Administration, "
           "news website (fictional)",
    paras=paras_of(f"442_{SLUG}.txt"),
    events=[
        # ¶1 (headline 0): the Russian military police delegation meets SDF commanders at Qamishli airport;
        # both parties in either role
        E(True, ["CONSULT"], [0, 1], "اجتماعاً", ["asserted"],
          source=RU_SDF, recipient=RU_SDF, location=QAMISHLI_AIRPORT, date=TODAY,
          attribution=["مصدر مطلع على الاجتماع"], tpara=1),
        # MAIN EVENT in ¶2, after the meeting: the artillery and rocket fire on Tal Jumaa and Umm al-Keif;
        # the Observatory's three dead ¶2 against the SDF's four ¶3 → 3; the nurse ¶4 and the funeral ¶17
        # retell it
        E(True, ["ASSAULT"], [0, 2, 3, 4, 17], "قصف مدفعي", ["asserted", "reported"], mode="heavy-weapons",
          source=TURKEY_SNA, recipient=KHABUR_CIVILIANS, location=KHABUR_VILLAGES, date=TODAY, fatalities=3,
          attribution=["المرصد السوري لحقوق الإنسان", "المركز الإعلامي لـ«قسد»", "ممرض في مشفى تل تمر"],
          acled=SHELL, tpara=2),
        # ¶3: the SDF's return fire (optional, told only by the SDF) and its charge about the munitions
        # (optional)
        E(False, ["ASSAULT"], [3], "ردّوا", ["reported"], mode="heavy-weapons",
          source=SDF, recipient=TURKEY_SNA, location=SNA_AREAS, date=TODAY),
        E(False, ["ACCUSE"], [3], "واتهم", ["asserted"], source=SDF, recipient=TURKEY_SNA, date=TODAY),
        # ¶4: renewed shelling only feared (optional, hypothetical); the families fleeing are no PLOVER
        # event
        E(False, ["ASSAULT"], [4], "تجدد القصف", ["hypothetical"], mode="heavy-weapons",
          source=TURKEY_SNA, location=KHABUR_VILLAGES, date=None),
        # ¶5: the Kurdish Red Crescent's food and blankets (AID) and the medical convoy that did not arrive
        # (AID, negated)
        E(True, ["AID"], [5], "ووزعت", ["asserted"], mode="humanitarian",
          source=KURDISH_RC, recipient=KHABUR_DISPLACED, location=TAL_TAMR, date=TODAY),
        E(True, ["AID"], [5], "قافلة طبية", ["negated"], mode="humanitarian",
          source=INTL_ORG, location=TAL_TAMR, date=TODAY, attribution=["مسؤول في الهيئة"]),
        # ¶6 (the Khabur villages described) holds no event. ¶7: the diocese's appeal and its blame of
        # Turkey; its call to the diaspora optional
        E(True, ["REQUEST"], [7], "وناشدت", ["asserted"],
          source=ASSYRIAN_CHURCH, recipient=INTL_COMMUNITY, date=TODAY),
        E(True, ["ACCUSE"], [7], "محمّلةً", ["asserted"],
          source=ASSYRIAN_CHURCH, recipient=TURKISH_SIDE, date=TODAY),
        E(False, ["REQUEST"], [7], "ودعت", ["asserted"], source=ASSYRIAN_CHURCH, date=TODAY),
        # ¶8: the Autonomous Administration asks Russia to press Ankara (the promises «never kept» are
        # generic)
        E(True, ["REQUEST"], [8], "وطالبت", ["asserted"],
          source=AANES, recipient=RU_MP, date=D("2021-03-18", "day", ("2021-03-17", "2021-03-18"))),
        # ¶9: the villagers' protest at the airport gate
        E(True, ["PROTEST"], [9], "تجمّع", ["asserted"], mode="demo",
          source=KHABUR_PROTESTERS, location=QAMISHLI_AIRPORT, date=TODAY, acled=PEACEFUL),
        # ¶10: the Asayish raid and six arrests in al-Hol; the murder on Monday (optional, recent
        # background) and the camp's tally since January (optional, generic)
        E(True, ["COERCE"], [10], "حملة دهم", ["asserted"], mode="arrest",
          source=ASAYISH, recipient=HOL_SUSPECTS, location=HOL, date=TODAY, acled=ARREST),
        E(False, ["ASSAULT"], [10], "مقتل لاجئ عراقي", ["historical", "asserted"],
          recipient=HOL_VICTIM, location=HOL, date=D("2021-03-15"), fatalities=1, acled=ATTACK),
        E(False, ["ASSAULT"], [10], "جرائم القتل", ["generic"], location=HOL, date=None),
        # ¶11: the SDF commander's conditional threat (made: asserted); the response itself optional,
        # hypothetical; his demand on the Russians optional
        E(True, ["THREATEN"], [11], "وهدّد", ["asserted"], mode="violence",
          source=SDF_COMMANDER, date=TODAY),
        E(False, ["ASSAULT"], [11], "بحق الرد", ["hypothetical"], source=SDF, date=None),
        E(False, ["REQUEST"], [11], "ومطالباً", ["asserted"], source=SDF_COMMANDER, recipient=RU_MP,
          date=TODAY),
        # ¶12: a truce under Russian sponsorship, rumoured and denied by the SDF (undated)
        E(True, ["AGREE"], [12], "هدنة", ["rumored"],
          source=TRUCE_PARTIES, recipient=TRUCE_PARTIES, location=TAL_TAMR, date=None),
        # ¶13: a Russian–Turkish joint patrol due on Sunday (planned COOPERATE)
        E(True, ["COOPERATE"], [13], "دورية مشتركة", ["planned"],
          source=JOINT_PATROL, location=DARBASIYAH, date=D("2021-03-21"),
          attribution=["وزارة الدفاع التركية"]),
        # ¶14: five young men taken for conscription, told only by SANA (reported; ASSAULT abduct accepted)
        E(True, ["COERCE", "ASSAULT"], [14], "اختطفت", ["reported"], mode="arrest",
          source=SDF_SANA, recipient=FIVE_YOUNG_MEN, location=QAMISHLI_SOUTH,
          date=D("2021-03-18", "day", ("2021-03-17", "2021-03-18")), attribution=["وكالة «سانا»"]),
        # ¶15 (analysis) holds no event. ¶16, «وكانت … قد» at another place: the drone strike on the
        # Qamishli–Amuda road on 27 January (Ankara's claim and the SDF's denial are no events)
        E(True, ["ASSAULT"], [16], "استهدفت", ["historical", "asserted"], mode="aerial",
          source=TURKISH_DRONE, recipient=DRONE_VICTIMS, location=QAMISHLI_AMUDA, date=D("2021-01-27"),
          fatalities=3, acled=AIR),
    ],
)
