"""Gold of article 664: an Israeli air strike on a two-storey house in Aitaroun (main event, told first in the
lead; five dead by the Lebanese health ministry against seven by the head of the municipality), Hezbollah's
rockets on the Malikiya post, a joint patrol of the Lebanese army and UNIFIL, the caretaker prime minister's
accusation, the Israeli army spokesman's threat on a social platform, food for the displaced in Tyre, no
agreement from the US envoy's contacts (negated), Israeli shells on a house in Meiss al-Jabal on 26 December
2023, UNIFIL's call, the parliamentary bloc's praise, a French envoy's meeting (rumoured), four men held in
the Qlayleh orchards, a reserve brigade on the border (reported) and fuel due on Monday (Nabatieh, Lebanon), a
London-based foreign public broadcaster's Arabic-language radio website, 2024-02-24 (Sat). Dateline: the town
of the UN peacekeeping force's headquarters."""
from actors_places import (
    AITAROUN,
    AITAROUN_BLIDA,
    AITAROUN_DISPLACED,
    AITAROUN_FAMILY,
    BORDER_VILLAGERS,
    COUNCIL_OF_THE_SOUTH,
    FRENCH_CONTACT,
    FRONTLINE_VILLAGERS,
    HEZBOLLAH,
    ISRAEL,
    ISRAELI_ARMY,
    ISRAELI_JET,
    ISRAELI_SHELLS,
    ISRAELI_SPOKESMAN,
    JOINT_PATROL,
    LAF,
    LB_GOVERNMENT,
    LB_ISR_OFFICIALS,
    LB_PM,
    LOYALTY_BLOC,
    MALIKIYA,
    MALIKIYA_POST,
    MEISS,
    MEISS_COUPLE,
    NORTHERN_BORDER,
    QATAR,
    QLAYLEH,
    QLAYLEH_FOUR,
    SOUTH_HOSPITALS,
    SOUTH_LEBANON,
    SPONSORS_1701,
    TYRE,
    UNIFIL,
    US_ENVOY,
)
from common import AIR, ARREST, SHELL, D, E, paras_of

SLUG = "aitaroun_2024_naqoura_qlayleh"
YESTERDAY = D("2024-02-23")
TODAY = D("2024-02-24")
TODAY_OR_EVE = D("2024-02-24", "day", ("2024-02-23", "2024-02-24"))
NIGHT = D("2024-02-23", "day", ("2024-02-23", "2024-02-24"))
THIS_WEEK = D("2024-02-21", "week", ("2024-02-18", "2024-02-24"))
ARTICLE = dict(
    id="team133-664", slug=SLUG, published="2024-02-24",
    outlet="Athir al-Mutawassit, a London-based foreign public broadcaster's Arabic-language radio website "
           "(fictional)",
    paras=paras_of(f"664_{SLUG}.txt"),
    events=[
        # MAIN EVENT, told first in the lead ¶1 (dateline): the air strike on the house in Aitaroun; the
        # headline and the mayor's count and a rescuer ¶3 (5 vs 7 → 5)
        E(True, ["ASSAULT"], [0, 1, 3], "غارة", ["asserted"], mode="aerial", source=ISRAELI_JET,
          recipient=AITAROUN_FAMILY, location=AITAROUN, date=NIGHT, fatalities=5,
          attribution=["وزارة الصحة اللبنانية", "رئيس بلدية عيترون"], acled=AIR, tpara=1),
        # ¶2: Hezbollah's rockets on the Malikiya post at dawn (its «رداً على» is a back-reference); the
        # headline
        E(True, ["ASSAULT"], [0, 2], "استهدفوا", ["asserted"], mode="heavy-weapons", source=HEZBOLLAH,
          recipient=MALIKIYA_POST, location=MALIKIYA, date=TODAY, acled=SHELL, tpara=2),
        # ¶4 (verb, subject, object): the joint patrol of the Lebanese army and UNIFIL
        E(True, ["COOPERATE"], [4], "دورية", ["asserted"], source=JOINT_PATROL, recipient=JOINT_PATROL,
          location=AITAROUN_BLIDA, date=TODAY, attribution=["ناطق باسم القوة الدولية"]),
        # ¶5: the caretaker prime minister's accusation; his call optional
        E(True, ["ACCUSE"], [5], "واتهم", ["asserted"], source=LB_PM, recipient=ISRAEL, date=TODAY_OR_EVE),
        E(False, ["REQUEST"], [5], "داعياً", ["asserted"], source=LB_PM, recipient=SPONSORS_1701,
          date=TODAY_OR_EVE),
        # ¶6: the Israeli army spokesman's threat in a post on a social platform; his demand optional
        E(True, ["THREATEN"], [6], "وهدّد", ["asserted"], mode="violence", source=ISRAELI_SPOKESMAN,
          recipient=HEZBOLLAH, date=TODAY_OR_EVE),
        E(False, ["REQUEST"], [6], "مطالباً", ["asserted"], source=ISRAELI_SPOKESMAN,
          recipient=BORDER_VILLAGERS, date=TODAY_OR_EVE),
        # ¶7: food parcels and heaters for the displaced in Tyre
        E(True, ["AID"], [7], "ووزّع", ["asserted"], mode="humanitarian", source=COUNCIL_OF_THE_SOUTH,
          recipient=AITAROUN_DISPLACED, location=TYRE, date=YESTERDAY),
        # ¶8: no agreement out of the US envoy's contacts (negated; a verb of failure); the contacts optional
        E(True, ["AGREE"], [8], "اتفاق", ["negated"], source=US_ENVOY, recipient=LB_ISR_OFFICIALS,
          date=THIS_WEEK, attribution=["صحف لبنانية", "مصادر مطلعة"]),
        E(False, ["CONSULT"], [8], "اتصالات", ["asserted"], mode="third-party", source=US_ENVOY,
          recipient=LB_ISR_OFFICIALS, date=THIS_WEEK),
        # ¶9, «وكانت … قد» at another place: the shells on a house in Meiss al-Jabal on 26 December 2023
        # (core, historical); the houses damaged there since the autumn optional (generic)
        E(True, ["ASSAULT"], [9], "قذائف", ["historical", "asserted"], mode="heavy-weapons",
          source=ISRAELI_SHELLS, recipient=MEISS_COUPLE, location=MEISS, date=D("2023-12-26"), fatalities=2,
          acled=SHELL),
        E(False, ["ASSAULT"], [9], "تضرر", ["generic"], mode="destroy", location=MEISS, date=None),
        # ¶10: UNIFIL's call from its headquarters
        E(True, ["REQUEST"], [10], "ودعت", ["asserted"], source=UNIFIL, date=TODAY),
        # ¶11 (the village) holds no event. ¶12: the bloc's praise; its demand optional
        E(True, ["SUPPORT"], [12], "وحيّت", ["asserted"], source=LOYALTY_BLOC, recipient=FRONTLINE_VILLAGERS,
          date=TODAY_OR_EVE),
        E(False, ["REQUEST"], [12], "وطالبت", ["asserted"], source=LOYALTY_BLOC, recipient=LB_GOVERNMENT,
          date=TODAY_OR_EVE),
        # ¶13: a French envoy's meeting with Hezbollah officials talked of in diplomatic corridors (rumoured;
        # a silence closes it)
        E(True, ["CONSULT"], [13], "لقاء", ["rumored", "reported"], source=FRENCH_CONTACT,
          recipient=FRENCH_CONTACT, date=None, attribution=["أحاديث متداولة في أروقة دبلوماسية"]),
        # ¶14: four men held in the Qlayleh orchards; the launchers seized and the launch they prepared
        # optional
        E(True, ["COERCE"], [14], "وأوقف", ["asserted"], mode="arrest", source=LAF, recipient=QLAYLEH_FOUR,
          location=QLAYLEH, date=TODAY_OR_EVE, attribution=["مديرية التوجيه في قيادة الجيش"], acled=ARREST),
        E(False, ["ASSAULT"], [14], "لإطلاق", ["planned", "hypothetical"], mode="heavy-weapons",
          source=QLAYLEH_FOUR, location=QLAYLEH, date=None),
        E(False, ["COERCE"], [14], "وضبط", ["asserted"], mode="confiscate", source=LAF, location=QLAYLEH,
          date=TODAY_OR_EVE),
        # ¶15 (a tobacco farmer) holds no event. ¶16: a reserve brigade brought to the northern border
        # (reported)
        E(True, ["MOBILIZE"], [16], "واستقدم", ["reported", "asserted"], mode="troops", source=ISRAELI_ARMY,
          location=NORTHERN_BORDER, date=THIS_WEEK, attribution=["وسائل إعلام إسرائيلية"]),
        # ¶17 (the shortest): fuel for the hospitals «يوم الإثنين المقبل» (planned)
        E(True, ["AID"], [17], "شحنة", ["planned"], mode="humanitarian", source=QATAR,
          recipient=SOUTH_HOSPITALS, location=SOUTH_LEBANON, date=D("2024-02-26")),
    ],
)
