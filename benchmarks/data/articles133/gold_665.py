"""Gold of article 665: the exchange of fire at the eastern gate of Rada'a's citadel as the militants were
leaving (main event, told in ¶3 after the withdrawal and the threat on discs; seven dead by a security
source), Ansar al-Sharia's withdrawal from the citadel and the Amiriya mosque, their commander's threat on
compact discs sold in the markets, the deal reached by the Qayfa mediators, twelve prisoners released, the
youth committee's accusation, more fighters gathering in al-Manaseh (rumoured), the local council's demand, a
roadside bomb on an army convoy on 3 November 2011, the interior ministry's praise, a youth march, a Red
Crescent convoy due on Saturday, the army not entering the old city (negated) and the checkpoints lifted
(al-Bayda, Yemen), a Cairo-based Yemeni independent weekly's website, 2012-01-26 (Thu). No dateline: the lead
names Rada'a in its first sentence."""
from actors_places import (
    AAS_LEADER,
    AAS_PRISONERS,
    AAS_REINFORCEMENTS,
    ANSAR_AL_SHARIA,
    ARMY_CONVOY,
    BAYDA_SECURITY,
    CITADEL,
    CITADEL_BATTLE,
    CITADEL_DEAL,
    CITADEL_GATE,
    COLLABORATORS,
    MANASEH,
    OLD_CITY,
    RADAA,
    RADAA_BAYDA_ROAD,
    RADAA_COUNCIL,
    RADAA_DISPLACED,
    RADAA_MEDIATORS,
    RADAA_SQUARE,
    RADAA_YOUTHS,
    REMAINING_PRISONERS,
    SALEH_LOYALISTS,
    YE_ARMY_UNITS,
    YE_INTERIOR,
    YE_RED_CRESCENT,
    YOUTH_COMMITTEE,
)
from common import AGREEMENT, CLASH, MINE, PEACEFUL, TRANSFER, D, E, paras_of

SLUG = "radaa_2012_amiriya_manaseh"
YESTERDAY = D("2012-01-25")
TODAY = D("2012-01-26")
TODAY_OR_EVE = D("2012-01-26", "day", ("2012-01-25", "2012-01-26"))
ARTICLE = dict(
    id="team133-665", slug=SLUG, published="2012-01-26",
    outlet="Sada al-Hadaba, a Cairo-based Yemeni independent weekly's website (fictional)",
    paras=paras_of(f"665_{SLUG}.txt"),
    events=[
        # ¶1 (no dateline; verb first, the place in the first sentence): the militants leave the citadel and
        # the mosque under the deal; the headline; their seizure ten days before optional (historical,
        # back-reference)
        E(True, ["RETREAT"], [0, 1], "انسحب", ["asserted"], mode="withdraw", source=ANSAR_AL_SHARIA,
          location=CITADEL, date=YESTERDAY, attribution=["مراسل «صدى الهضبة»"], acled=TRANSFER, tpara=1),
        E(False, ["COERCE", "ASSAULT"], [1], "سيطرتهم", ["historical", "asserted"], mode="seize",
          source=ANSAR_AL_SHARIA, location=CITADEL,
          date=D("2012-01-15", "week", ("2012-01-14", "2012-01-17"))),
        # ¶2 (a passive verb first): the commander's threat in a speech on compact discs sold in the markets
        E(True, ["THREATEN"], [2], "يهدد", ["asserted"], mode="violence", source=AAS_LEADER,
          recipient=COLLABORATORS, location=RADAA, date=D("2012-01-23", "week", ("2012-01-19", "2012-01-26")),
          attribution=["باعة"]),
        # MAIN EVENT, told in ¶3 after the withdrawal and the threat: the exchange of fire at the citadel's
        # gate, both sides as source; the headline and the shopkeeper's account ¶4 (7 dead, one count)
        E(True, ["ASSAULT"], [0, 3, 4], "تبادل", ["asserted"], mode="firearms", source=CITADEL_BATTLE,
          location=CITADEL_GATE, date=YESTERDAY, fatalities=7, attribution=["مصدر أمني في المدينة"],
          acled=CLASH, tpara=3),
        # ¶5: the deal reached by the Qayfa mediators on Monday night; the talks optional
        E(True, ["AGREE"], [5], "لاتفاق", ["asserted"], source=CITADEL_DEAL, recipient=CITADEL_DEAL,
          location=RADAA, date=D("2012-01-23", "day", ("2012-01-23", "2012-01-24")), acled=AGREEMENT),
        E(False, ["CONSULT"], [5], "مفاوضات", ["asserted"], mode="third-party", source=CITADEL_DEAL,
          recipient=CITADEL_DEAL, date=D("2012-01-22", "day", ("2012-01-20", "2012-01-24"))),
        # ¶6 (the town) holds no event. ¶7: twelve prisoners released (carried out); the three still due
        # optional
        E(True, ["RETREAT", "CONCEDE"], [7], "وأفرجت", ["asserted"], mode="release", recipient=AAS_PRISONERS,
          location=MANASEH, date=YESTERDAY, attribution=["مصدر قبلي"]),
        E(False, ["RETREAT"], [7], "سيُطلقون", ["planned"], mode="release", recipient=REMAINING_PRISONERS,
          date=None),
        # ¶8: the youth committee's accusation (the party's denial is the other side's version)
        E(True, ["ACCUSE"], [8], "واتهمت", ["asserted"], source=YOUTH_COMMITTEE, recipient=SALEH_LOYALISTS,
          date=TODAY_OR_EVE),
        # ¶9: more fighters said by shepherds to gather in al-Manaseh (rumoured; a silence closes it)
        E(True, ["MOBILIZE"], [9], "تجمّع", ["rumored", "reported"], mode="troops", source=AAS_REINFORCEMENTS,
          location=MANASEH, date=None, attribution=["رعاة ومزارعون قادمون من الوديان الشرقية"]),
        # ¶10: the local council's demand
        E(True, ["REQUEST"], [10], "وطالب", ["asserted"], source=RADAA_COUNCIL, recipient=YE_INTERIOR,
          location=RADAA, date=TODAY_OR_EVE),
        # ¶11, «وكانت … قد» at another place: the roadside bomb on 3 November 2011 (core, historical; no
        # perpetrator named)
        E(True, ["ASSAULT"], [11], "عبوة", ["historical", "asserted"], mode="explosives",
          recipient=ARMY_CONVOY, location=RADAA_BAYDA_ROAD, date=D("2011-11-03"), fatalities=3, acled=MINE),
        # ¶12 (subject, parenthesis, verb): the interior ministry's praise
        E(True, ["SUPPORT"], [12], "أشادت", ["asserted"], source=YE_INTERIOR, recipient=RADAA_MEDIATORS,
          date=TODAY_OR_EVE),
        # ¶13: the young men's march; the placards' demand optional
        E(True, ["PROTEST"], [13], "وتظاهر", ["asserted"], mode="demo", source=RADAA_YOUTHS,
          location=RADAA_SQUARE, date=TODAY_OR_EVE, acled=PEACEFUL),
        E(False, ["REQUEST"], [13], "تطالب", ["asserted"], source=RADAA_YOUTHS, date=TODAY_OR_EVE),
        # ¶14: a Red Crescent convoy «يوم السبت المقبل» (planned)
        E(True, ["AID"], [14], "قافلة", ["planned"], mode="humanitarian", source=YE_RED_CRESCENT,
          recipient=RADAA_DISPLACED, location=RADAA, date=D("2012-01-28")),
        # ¶15: the army not entering the old city (negated)
        E(True, ["MOBILIZE"], [15], "تدخل", ["negated"], mode="troops", source=YE_ARMY_UNITS,
          location=OLD_CITY, date=TODAY_OR_EVE, attribution=["الأهالي"]),
        # ¶16 (a qat seller) holds no event. ¶17 (the shortest): the checkpoints round the old city lifted
        E(True, ["CONCEDE"], [17], "رفع", ["asserted"], source=BAYDA_SECURITY, location=OLD_CITY,
          date=TODAY_OR_EVE),
    ],
)
