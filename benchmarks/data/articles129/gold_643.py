"""Gold of article 643: the Islamic State's dawn attack on al-Mabuja (main event, told first in the lead;
thirty-seven civilians dead by the Observatory's count against forty-six by a Salamiyah paramedic's), the
militia's fight with the attackers, some fifty villagers carried off, air strikes on Uqayribat, the threat
written on the walls, reinforcements, the two accusations, a car bomb in Salamiyah in January 2015, three
shepherds held (rumoured), no hostage freed, the mourners' gathering, UNICEF's demand, a notables' meeting
with the governor due on Saturday and a joint sweep (Salamiyah district, Hama, Syria), a Doha-based Qatari
daily's website, 2015-04-01 (Wed). Dateline from Salamiyah, the seat of the district that holds the village of
the event."""
from actors_places import (
    ABDUCTEES,
    DISPLACED_643,
    HOSTAGES_643,
    ISIS,
    JOINT_SWEEP,
    MABUJA,
    MABUJA_CIVILIANS,
    MABUJA_CLASH,
    MILITARY_SECURITY,
    NEIGHBOUR_VILLAGERS,
    NOTABLES_MEETING,
    RED_CRESCENT_643,
    REGIME_AIR_FORCE,
    REGIME_FORCES,
    REGIONAL_STATES,
    SALAMIYAH,
    SALAMIYAH_MARKET,
    SALAMIYAH_MOURNERS,
    SALAMIYAH_SERAIL,
    SHEPHERDS,
    SNC,
    SYRIAN_MOFA,
    UNICEF,
    UQAYRIBAT,
)
from common import ABDUCTION, AIR, ATTACK, CLASH, MINE, PEACEFUL, D, E, paras_of

SLUG = "mabuja_2015_salamiyah_uqayribat"
YESTERDAY = D("2015-03-31")
TODAY = D("2015-04-01")
TODAY_OR_EVE = D("2015-04-01", "day", ("2015-03-31", "2015-04-01"))
ARTICLE = dict(
    id="team129-643", slug=SLUG, published="2015-04-01",
    outlet="al-Wasit, a Doha-based Qatari daily's website (fictional)",
    paras=paras_of(f"643_{SLUG}.txt"),
    events=[
        # MAIN EVENT, told first in the lead ¶1 (dateline from Salamiyah): the attack on the village, the
        # attackers as source and the civilians as recipient; the headline and the paramedic's count ¶4 (37 vs
        # 46 → 37)
        E(True, ["ASSAULT"], [0, 1, 4], "هجوم", ["asserted"], mode="firearms", source=ISIS,
          recipient=MABUJA_CIVILIANS, location=MABUJA, date=YESTERDAY, fatalities=37,
          attribution=["«المرصد السوري لحقوق الإنسان»", "مسعف في المستشفى الوطني بالسلمية"], acled=ATTACK,
          tpara=1),
        # ¶2: the militia and the village's young men fighting the attackers (both as source); the attackers
        # falling back optional
        E(True, ["ASSAULT"], [2], "واشتبك", ["asserted"], mode="firearms", source=MABUJA_CLASH,
          location=MABUJA, date=YESTERDAY, fatalities=6, attribution=["أحد أعضاء المجلس المحلي للقرية"],
          acled=CLASH),
        E(False, ["RETREAT"], [2], "ينسحب", ["asserted"], mode="withdraw", source=ISIS, location=MABUJA,
          date=YESTERDAY),
        # ¶3 (a back-reference, «لدى انسحابهم»): some fifty villagers carried off
        E(True, ["ASSAULT"], [3], "واقتاد", ["asserted"], mode="abduct", source=ISIS, recipient=ABDUCTEES,
          location=MABUJA, date=YESTERDAY, attribution=["مختار المبعوجة"], acled=ABDUCTION),
        # ¶5 (verb first): air strikes on Uqayribat
        E(True, ["ASSAULT"], [5], "غارات", ["asserted"], mode="aerial", source=REGIME_AIR_FORCE,
          recipient=ISIS, location=UQAYRIBAT, date=YESTERDAY, acled=AIR),
        # ¶6: the threat written on the walls of the school and the mosque
        E(True, ["THREATEN"], [6], "تتوعد", ["asserted"], mode="violence", source=ISIS,
          recipient=NEIGHBOUR_VILLAGERS, location=MABUJA, date=YESTERDAY, attribution=["ناشطون من المنطقة"]),
        # ¶7: reinforcements round the village; the new checkpoints optional
        E(True, ["MOBILIZE"], [7], "ودفعت", ["asserted"], mode="troops", source=REGIME_FORCES,
          location=MABUJA, date=TODAY_OR_EVE, attribution=["مصدر عسكري"]),
        E(False, ["COERCE"], [7], "حواجز", ["asserted"], mode="restrict", source=REGIME_FORCES,
          location=SALAMIYAH, date=TODAY_OR_EVE),
        # ¶8: the foreign ministry's accusation and the coalition's blame (two accusers, «في حين»)
        E(True, ["ACCUSE"], [8], "واتهمت", ["asserted"], source=SYRIAN_MOFA, recipient=REGIONAL_STATES,
          date=TODAY_OR_EVE),
        E(True, ["ACCUSE"], [8], "حمّل", ["asserted"], source=SNC, recipient=REGIME_FORCES, date=TODAY_OR_EVE),
        # ¶9, «وكانت … قد» at another place: a car bomb in Salamiyah on 21 January 2015 (core, historical; 4);
        # the search campaign after it optional, historical
        E(True, ["ASSAULT"], [9], "سيارة مفخخة", ["historical", "asserted"], mode="explosives",
          location=SALAMIYAH_MARKET, date=D("2015-01-21"), fatalities=4, acled=MINE),
        E(False, ["COERCE"], [9], "حملة تفتيش", ["historical"], mode="restrict", location=SALAMIYAH,
          date=None),
        # ¶10: three shepherds held, told in the town and unverified (rumoured)
        E(True, ["COERCE"], [10], "اعتقال", ["rumored"], mode="arrest", source=MILITARY_SECURITY,
          recipient=SHEPHERDS, date=None, attribution=["أوساط في السلمية"]),
        # ¶11 (the village) holds no event. ¶12 (the shortest): no hostage freed (negated)
        E(True, ["RETREAT"], [12], "يفرج", ["negated"], mode="release", source=ISIS, recipient=HOSTAGES_643,
          date=TODAY, attribution=["أحد وجهاء عشائر البادية"]),
        # ¶13: the mourners' gathering; their demand (a participle) and the feared new attack optional
        E(True, ["PROTEST"], [13], "وتجمع", ["asserted"], mode="demo", source=SALAMIYAH_MOURNERS,
          location=SALAMIYAH_SERAIL, date=TODAY, acled=PEACEFUL),
        E(False, ["REQUEST"], [13], "مطالبين", ["asserted"], source=SALAMIYAH_MOURNERS, date=TODAY),
        E(False, ["ASSAULT"], [13], "هجومه", ["hypothetical"], source=ISIS, date=None),
        # ¶14 (subject, parenthesis, verb): UNICEF's demand
        E(True, ["REQUEST"], [14], "طالبت", ["asserted"], source=UNICEF, date=TODAY_OR_EVE),
        # ¶15 (a farmer) holds no event. ¶16: the notables' meeting with the governor «يوم السبت المقبل»
        # (planned)
        E(True, ["CONSULT"], [16], "يلتقي", ["planned"], source=NOTABLES_MEETING, recipient=NOTABLES_MEETING,
          date=D("2015-04-04"), attribution=["أحد أعضاء الوفد"]),
        # ¶17 (verb first): the joint sweep; the food parcels optional
        E(True, ["COOPERATE"], [17], "ونفذت", ["asserted"], source=JOINT_SWEEP, recipient=JOINT_SWEEP,
          location=MABUJA, date=TODAY),
        E(False, ["AID"], [17], "سللاً", ["asserted"], mode="humanitarian", source=RED_CRESCENT_643,
          recipient=DISPLACED_643, location=SALAMIYAH, date=TODAY),
    ],
)
