"""Gold of article 615: the Government of National Accord's operations room announces forty-three fighters of
the General Command captured in Gharyan, a drone strike on the vegetable market (main event, told in ¶3 after
the captives, with a no-event paragraph between; four dead per the hospital against six per the municipal
council → 4), the General Command's version, the Amazigh council's solidarity and demand, a commander's threat
quoted by a television channel (reported), the security director suspended, houses said to be burned
(rumoured and denied), the prisoner exchange not carried out, medicine delivered, an air strike near Kikla on
14 May 2019, a meeting due on Tuesday, the funeral, a rights group's accusation, and the last General Command
groups withdrawing towards al-Asabaa (Jabal al-Gharbi, Libya), a Nalut-based Amazigh community news website,
2019-06-30 (Sun). No dateline: the lead names «غريان» in its first sentence."""
from actors_places import (
    AMAZIGH_COUNCIL,
    BOTH_LIBYAN_SIDES,
    EXCHANGE_SIDES,
    GHARYAN,
    GHARYAN_COUNCIL,
    GHARYAN_HOSPITAL,
    GHARYAN_HOSPITAL_PLACE,
    GHARYAN_MARKET,
    GHARYAN_MOURNERS,
    GHARYAN_PEOPLE,
    GHARYAN_SECURITY_CHIEF,
    GHARYAN_SOUTH,
    GHARYAN_SOUTH_ROAD,
    GHARYAN_VISIT,
    GNA_INTERIOR,
    GNA_VOLCANO,
    KIKLA,
    KIKLA_WORKERS,
    LNA,
    LNA_CAPTIVES,
    LNA_COMMANDER,
    LNA_GROUPS,
    MARKET_VICTIMS,
    RIGHTS_GROUP,
    UNSMIL,
    WHO,
    ZINTAN_NOTABLES,
)
from common import AIR, ARREST, DESTRUCTION, D, E, paras_of

SLUG = "gharyan_2019_kikla_asabaa"
YESTERDAY = D("2019-06-29")
TODAY = D("2019-06-30")
STATED = D("2019-06-30", "day", ("2019-06-29", "2019-06-30"))
ARTICLE = dict(
    id="team123-615", slug=SLUG, published="2019-06-30",
    outlet="Azru, a Nalut-based Amazigh community news website (fictional)",
    paras=paras_of(f"615_{SLUG}.txt"),
    events=[
        # ¶1 (no dateline; Gharyan in the first sentence): the captives announced (COERCE arrest; the headline
        # names it); the retaking of the city four days before optional, historical
        E(True, ["COERCE"], [0, 1], "أسر", ["asserted"], mode="arrest",
          source=GNA_VOLCANO, recipient=LNA_CAPTIVES, location=GHARYAN_SOUTH, date=YESTERDAY, acled=ARREST,
          tpara=1),
        E(False, ["ASSAULT"], [1], "استعادة السيطرة", ["historical", "asserted"], source=GNA_VOLCANO,
          date=D("2019-06-26", "week", ("2019-06-24", "2019-06-28"))),
        # ¶2 (the town, its plateau and its road) holds no event. MAIN EVENT, told in ¶3 («ولم تمضِ ساعات على
        # نشر صور الأسرى» refers back to ¶1; the hour in a sentence of its own): the drone on the market; the
        # council's six ¶4, the General Command's version ¶5 (it claims the strike), the funeral ¶14 → 4; the
        # council's accusation in ¶4 optional
        E(True, ["ASSAULT"], [0, 3, 4, 5, 14], "أغارت طائرة مسيّرة", ["asserted"], mode="aerial",
          source=LNA, recipient=MARKET_VICTIMS, location=GHARYAN_MARKET, date=YESTERDAY, fatalities=4,
          attribution=["مصدر في مستشفى غريان المركزي", "المجلس البلدي غريان"], acled=AIR, tpara=3),
        E(False, ["ACCUSE"], [4], "متهماً", ["asserted"], source=GHARYAN_COUNCIL, recipient=LNA, date=STATED),
        # ¶6: the Amazigh council's solidarity (SUPPORT) and demand, joined with «و»
        E(True, ["SUPPORT"], [6], "تضامنه", ["asserted"],
          source=AMAZIGH_COUNCIL, recipient=GHARYAN_PEOPLE, date=YESTERDAY, attribution=["بيان"]),
        E(True, ["REQUEST"], [6], "وطالب", ["asserted"], source=AMAZIGH_COUNCIL, recipient=UNSMIL,
          date=YESTERDAY),
        # ¶7: a commander's threat quoted by a channel without a recording (reported first); the retaking it
        # names optional, hypothetical
        E(True, ["THREATEN"], [7], "توعّده", ["reported", "asserted"], mode="violence",
          source=LNA_COMMANDER, location=GHARYAN, date=STATED,
          attribution=["قناة فضائية موالية للقيادة العامة"]),
        E(False, ["ASSAULT"], [7], "بـ«استعادة", ["hypothetical"], source=LNA, date=None),
        # ¶8 (verb first): the security director suspended and sent for investigation (SANCTION; COERCE
        # accepted)
        E(True, ["SANCTION", "COERCE"], [8], "وأوقفت", ["asserted"],
          source=GNA_INTERIOR, recipient=GHARYAN_SECURITY_CHIEF, location=GHARYAN, date=STATED,
          attribution=["قرار اطلعت عليه «أزرو»"]),
        # ¶9: houses said to be burned, and denied (rumoured, undated)
        E(True, ["ASSAULT"], [9], "أُضرمت فيها النار", ["rumored", "negated"], mode="destroy",
          location=GHARYAN_SOUTH, date=None, attribution=["«تويتر»"], acled=DESTRUCTION),
        # ¶10: the prisoner exchange not carried out (COOPERATE, negated); the mediation optional
        E(True, ["COOPERATE"], [10], "ولم تُنفَّذ", ["negated"],
          source=EXCHANGE_SIDES, recipient=EXCHANGE_SIDES, date=TODAY),
        E(False, ["CONSULT"], [10], "سعى", ["asserted"], mode="third-party", source=ZINTAN_NOTABLES,
          recipient=EXCHANGE_SIDES, date=None),
        # ¶11: medicine delivered (AID)
        E(True, ["AID"], [11], "ووصلت", ["asserted"], mode="humanitarian",
          source=WHO, recipient=GHARYAN_HOSPITAL, location=GHARYAN_HOSPITAL_PLACE, date=TODAY),
        # ¶12, «وكانت … قد» at another place: an air strike near Kikla on 14 May (core, historical; nobody
        # claimed it)
        E(True, ["ASSAULT"], [12], "قصفت", ["historical", "asserted"], mode="aerial",
          recipient=KIKLA_WORKERS, location=KIKLA, date=D("2019-05-14"), fatalities=3, acled=AIR),
        # ¶13 (the shortest): a meeting «يوم الثلاثاء المقبل» (planned CONSULT)
        E(True, ["CONSULT"], [13], "يلتقي", ["planned"],
          source=GHARYAN_VISIT, recipient=GHARYAN_VISIT, location=GHARYAN, date=D("2019-07-02")),
        # ¶14 is the funeral of the main event; the chants and the shops shut in mourning optional
        E(False, ["PROTEST"], [14], "هتافات", ["asserted"], date=TODAY),
        E(False, ["PROTEST"], [14], "أغلق", ["asserted"], mode="strike", source=GHARYAN_MOURNERS, date=TODAY),
        # ¶15: a rights group's accusation (ACCUSE); the
        # deaths it counts since April optional, generic
        E(True, ["ACCUSE"], [15], "واتهمت", ["asserted"],
          source=RIGHTS_GROUP, recipient=BOTH_LIBYAN_SIDES, date=TODAY),
        E(False, ["ASSAULT"], [15], "مقتل", ["generic"], date=None),
        # ¶16 (verb first): the last groups withdraw towards al-Asabaa (RETREAT); ¶17 (a farmer and his olive
        # trees, the last paragraph) holds no event
        E(True, ["RETREAT"], [16], "وانسحبت", ["asserted"], mode="withdraw",
          source=LNA_GROUPS, location=GHARYAN_SOUTH_ROAD, date=TODAY,
          attribution=["مصدر عسكري في قوات الوفاق"]),
    ],
)
