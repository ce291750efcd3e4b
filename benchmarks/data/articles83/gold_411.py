"""Gold of article 411: a flour convoy struck from the air on the Talbiseh–al-Rastan road in the morning, then
two strikes on Talbiseh's vegetable market (main event), Russia's denial and its own claim of a strike near
al-Rastan, the state TV's version, the local council's blame and demand for an inquiry, the opposition
coalition's condemnation, notables' call for a truce, a rumoured withdrawal that a commander denies, wounded
kept from Homs's hospitals, an aid convoy due on Thursday, an operations room's threat, a bakery in al-Rastan
struck on 5 October 2015 (the Homs countryside, Syria), a Syrian opposition local news network, 2015-11-17
(Tue). No dateline: the lead names Talbiseh in its first sentence; the main event comes first in ¶2, after
the convoy, and its toll conflicts (the civil defence's seven, the field hospital's eleven → 7). Mostly about
air strikes."""
from actors_places import (
    CRITICAL_WOUNDED,
    FLOUR_CONVOY,
    MARKET_CIVILIANS,
    OPP_FACTIONS,
    OPS_ROOM,
    RASTAN,
    RASTAN_BAKERS,
    RASTAN_BAKERY,
    RU_MOD,
    RUSSIA_AIR,
    SARC,
    SNC,
    SY_ARMY,
    SY_GOV_FORCES,
    TALBISEH,
    TALBISEH_COUNCIL,
    TALBISEH_MARKET,
    TALBISEH_RASTAN,
    TALBISEH_SOUTH,
    TALBISEH_SOUTH_GATE,
    TR_NOTABLES,
    TR_ROAD,
    UN,
    WARPLANE,
    WARRING,
)
from common import AIR, D, E, paras_of

SLUG = "talbiseh_2015_rastan_homs"
TODAY = D("2015-11-17")
TODAY_OPEN = D("2015-11-17", "day", ("2015-11-16", "2015-11-17"))
ARTICLE = dict(
    id="team83-411", slug=SLUG, published="2015-11-17",
    outlet="Anbaa al-Asi, Syrian opposition local news network of the northern Homs countryside (fictional)",
    paras=paras_of(f"411_{SLUG}.txt"),
    events=[
        # ¶1 (verb-subject-object; «بين … و…»): a warplane strikes a flour convoy on the farm road this
        # morning (three drivers wounded); the headline names it. The outlet does not say whose plane it was.
        E(True, ["ASSAULT"], [0, 1], "استهدفت", ["asserted", "reported"], mode="aerial",
          source=WARPLANE, recipient=FLOUR_CONVOY, location=TR_ROAD, date=TODAY,
          attribution=["مراسل «أنباء العاصي»", "أحد السائقين"], acled=AIR, tpara=1),
        # MAIN EVENT, first told in ¶2: two Russian strikes on the market (the civil defence: seven killed),
        # the seller's account ¶3, the field hospital's eleven ¶4 (→ 7, ACLED's lowest count), the funeral
        # ¶17; the headline names it
        E(True, ["ASSAULT"], [0, 2, 3, 4, 17], "بغارتين", ["asserted", "reported"], mode="aerial",
          source=RUSSIA_AIR, recipient=MARKET_CIVILIANS, location=TALBISEH_MARKET, date=TODAY, fatalities=7,
          attribution=["الدفاع المدني السوري في ريف حمص", "مدير المشفى الميداني في تلبيسة"], acled=AIR,
          tpara=2),
        # ¶5: the Russian ministry's denial (optional REJECT) and its own claim of strikes near al-Rastan
        # (reported: only the ministry says so)
        E(False, ["REJECT"], [5], "ونفت", ["asserted", "reported"],
          source=RU_MOD, date=TODAY, attribution=["وكالة «سبوتنيك»"]),
        E(True, ["ASSAULT"], [5], "دمّرت", ["reported"], mode="aerial",
          source=RU_MOD, location=RASTAN, date=TODAY_OPEN,
          attribution=["وزارة الدفاع الروسية", "وكالة «سبوتنيك»"], acled=AIR),
        # ¶6 («نقلاً عن»): the state TV's version, army units striking «dens of terrorists» in Talbiseh; it
        # may or may not be the same strikes (optional, reported)
        E(False, ["ASSAULT"], [6], "استهدفت", ["reported"],
          source=SY_ARMY, location=TALBISEH, date=TODAY,
          attribution=["التلفزيون الرسمي السوري عن مصدر عسكري"]),
        # ¶7 (the market and the town described) holds no event. ¶8: two events in one sentence joined by
        # «و» and a second verb: the council blames Russia and demands an international inquiry
        E(True, ["ACCUSE"], [8], "وحمّل", ["asserted"],
          source=TALBISEH_COUNCIL, recipient=RUSSIA_AIR, date=TODAY, attribution=["بيان المجلس المحلي"]),
        E(True, ["REQUEST"], [8], "وطالب", ["asserted"],
          source=TALBISEH_COUNCIL, recipient=UN, date=TODAY, attribution=["بيان المجلس المحلي"]),
        # ¶9: the coalition's condemnation (no actor named in the sentence); its tally since September is an
        # aggregate (optional, generic)
        E(True, ["ACCUSE"], [9], "دان", ["asserted"],
          source=SNC, date=TODAY, attribution=["بيان الائتلاف"]),
        E(False, ["ASSAULT"], [9], "قتلت", ["generic"], mode="aerial", source=RUSSIA_AIR, date=None),
        # ¶10: notables call the warring parties to a week-long truce (REQUEST); the truce itself is only
        # asked for (optional AGREE, hypothetical)
        E(True, ["REQUEST"], [10], "ودعا", ["asserted"],
          source=TR_NOTABLES, recipient=WARRING, location=TALBISEH_RASTAN, date=TODAY_OPEN,
          attribution=["ناشطون"]),
        E(False, ["AGREE"], [10], "هدنة إنسانية", ["hypothetical", "planned"], source=WARRING, date=None),
        # ¶11: a withdrawal told only by pro-government pages and denied by a field commander (rumoured;
        # possessive actor «مقاتلي الفصائل»)
        E(True, ["RETREAT"], [11], "انسحاب", ["rumored"], mode="withdraw",
          source=OPP_FACTIONS, location=TALBISEH_SOUTH, date=TODAY,
          attribution=["صفحات موالية للحكومة السورية"]),
        # ¶12: the government forces at the southern entrance did not let three wounded through (negated
        # access; COERCE accepted)
        E(True, ["RETREAT", "COERCE"], [12], "تسمح", ["negated"], mode="access",
          source=SY_GOV_FORCES, recipient=CRITICAL_WOUNDED, location=TALBISEH_SOUTH_GATE, date=TODAY,
          attribution=["أحد المسعفين"]),
        # ¶13: a Red Crescent convoy due on Thursday (planned AID)
        E(True, ["AID"], [13], "قافلة مساعدات", ["planned", "reported"], mode="humanitarian",
          source=SARC, location=TALBISEH, date=D("2015-11-19"), attribution=["المجلس المحلي"]),
        # ¶14: the operations room's threat (asserted); the strikes on checkpoints it waves at are
        # conditional (optional, hypothetical)
        E(True, ["THREATEN"], [14], "وتوعّد", ["asserted"], mode="violence",
          source=OPS_ROOM, location=TALBISEH, date=TODAY),
        E(False, ["ASSAULT"], [14], "باستهداف", ["hypothetical"], source=OPS_ROOM, date=None),
        # ¶15 (analysis of the enclave) holds no event. ¶16, «وكان … قد» at another place: a strike on
        # al-Rastan's bakery on 5 October, four workers killed (no actor named)
        E(True, ["ASSAULT"], [16], "غارة مماثلة", ["historical", "asserted"], mode="aerial",
          recipient=RASTAN_BAKERS, location=RASTAN_BAKERY, date=D("2015-10-05"), fatalities=4, acled=AIR),
    ],
)
