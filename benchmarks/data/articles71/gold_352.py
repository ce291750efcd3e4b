"""Gold of article 352: Israeli strikes on the South Lebanon border villages (Blida, Aitaroun, Kfar Kila and
al-Khiam, Alma al-Shaab, Ramyeh, al-Dhayra) and Hezbollah's attacks across the border, a Lebanese TV
channel's news site, 2024-03-19 (Tue). Mostly about cross-border shelling and air strikes with their tolls
by place: each strike on each village is its own event, and the tolls come from different sources (the
health ministry, the National News Agency, Hezbollah's mourning notice, the civil defence). The main event
is told first, in the lead; its toll conflicts (the ministry's three, the agency's four → 3)."""
from actors_places import (
    AITAROUN,
    ALMA,
    BLIDA,
    BLIDA_MUNICIPALITY,
    BLIDA_TOWN,
    BLIDA_VICTIMS,
    BRANIT_MARJ,
    DHAYRA,
    DHAYRA_CIVILIANS,
    HEZBOLLAH,
    HZB_FIGHTER,
    IDF,
    IDF_AIR,
    IDF_ARTILLERY,
    IDF_DRONE,
    IDF_JET,
    IDF_TROOPS,
    IL_DEF_MIN,
    ISRAEL,
    ISRAEL_SIDE,
    ISRAELI_FORCE,
    KFARKILA_KHIAM,
    LAF_COMMANDER,
    LB_PM,
    NAQOURA,
    NAQOURA_VICTIMS,
    RAMYEH,
    SHEBAA,
    SHEBAA_SHEPHERD,
    SPONSORS_1701,
    UNIFIL,
)
from common import ABDUCTION, AIR, SHELL, D, E, paras_of

SLUG = "blida_2024_marjayoun_aitaroun_kfar_kila_dhayra"
TODAY = D("2024-03-19")
TODAY_OPEN = D("2024-03-19", "day", ("2024-03-18", "2024-03-19"))
ARTICLE = dict(
    id="team71-352", slug=SLUG, published="2024-03-19",
    outlet="al-Litani News, Lebanese TV channel news site (fictional)",
    paras=paras_of(f"352_{SLUG}.txt"),
    events=[
        # MAIN EVENT, told first in the lead: the air strike on a house in Blida «ظهر اليوم» (headline 0, the
        # health ministry's toll 1: three; the Israeli army's claim 6; the National News Agency's details 10:
        # four bodies) → 3 by the lowest-count rule
        E(True, ["ASSAULT"], [0, 1, 6, 10], "غارة", ["asserted", "reported"], mode="aerial",
          source=IDF_AIR, recipient=BLIDA_VICTIMS, location=BLIDA, date=TODAY, fatalities=3,
          attribution=["مركز عمليات طوارئ الصحة العامة التابع لوزارة الصحة اللبنانية",
                       "«الوكالة الوطنية للإعلام»", "الجيش الإسرائيلي"],
          acled=AIR, tpara=1),
        # the drone strike on a motorcycle between Aitaroun and Bint Jbeil (headline 0): one fighter, per
        # Hezbollah's mourning notice
        E(True, ["ASSAULT"], [0, 2], "استهدفت", ["asserted", "reported"], mode="aerial",
          source=IDF_DRONE, recipient=HZB_FIGHTER, location=AITAROUN, date=TODAY, fatalities=1,
          attribution=["«المقاومة الإسلامية»", "شهود"], acled=AIR, tpara=2),
        # ¶3: the artillery on Kfar Kila and the al-Khiam plain (one verb, one event; no injuries per the
        # agency, an injured farmer per a municipal councillor in ¶11) and the incendiary bomb on the Alma
        # al-Shaab woods (another strike, another village, its own event)
        E(True, ["ASSAULT"], [3, 11], "لقصف مدفعي", ["asserted", "reported"], mode="heavy-weapons",
          source=IDF_ARTILLERY, location=KFARKILA_KHIAM, date=TODAY,
          attribution=["«الوكالة الوطنية للإعلام»", "رئيس بلدية كفركلا", "عضو في المجلس البلدي للبلدة"],
          acled=SHELL),
        E(True, ["ASSAULT"], [3], "قنبلة حارقة", ["asserted"], mode="aerial",
          source=IDF_DRONE, location=ALMA, date=TODAY, acled=AIR),
        # ¶4: Hezbollah's missiles and shells on the Branit barracks and al-Marj (one verb: one event), told
        # in its statements and, from the other side, by Israeli media in ¶5
        E(True, ["ASSAULT"], [4, 5], "استهدفوا", ["reported", "asserted"], mode="heavy-weapons",
          source=HEZBOLLAH, recipient=IDF_TROOPS, location=BRANIT_MARJ, date=TODAY,
          attribution=["«المقاومة الإسلامية»", "وسائل إعلام إسرائيلية"], acled=SHELL, tpara=4),
        # ¶5: Israeli artillery on Ramyeh in response, told by Israeli media
        E(True, ["ASSAULT"], [5], "بقصف", ["reported", "asserted"], mode="heavy-weapons",
          source=IDF_ARTILLERY, location=RAMYEH, date=TODAY,
          attribution=["وسائل إعلام إسرائيلية"], acled=SHELL),
        # ¶7 (the emptied border villages) holds no event
        # ¶8: a shepherd's abduction near Shebaa, told by social-media accounts, neither confirmed nor denied
        # (rumoured); the similar past incidents are generic
        E(True, ["ASSAULT"], [8], "خطف", ["rumored"], mode="abduct",
          source=ISRAELI_FORCE, recipient=SHEBAA_SHEPHERD, location=SHEBAA, date=TODAY_OPEN,
          attribution=["حسابات على مواقع التواصل الاجتماعي"], acled=ABDUCTION),
        # ¶9: the Israeli defence minister's threat (THREATEN); pushing Hezbollah back «by force» is
        # hypothetical
        E(True, ["THREATEN"], [9], "وهدّد", ["asserted"], mode="violence",
          source=IL_DEF_MIN, recipient=HEZBOLLAH, date=TODAY),
        E(False, ["ASSAULT"], [9], "سيُبعد", ["hypothetical"], mode="firearms",
          source=IDF, recipient=HEZBOLLAH, date=None),
        # ¶11: UNIFIL's contacts failed to obtain a two-hour pause (CONCEDE, negated); the contacts themselves
        # are optional CONSULT
        E(True, ["CONCEDE", "AGREE"], [11], "وقفٍ", ["negated"],
          source=ISRAEL_SIDE, recipient=UNIFIL, location=KFARKILA_KHIAM, date=TODAY,
          attribution=["عضو في المجلس البلدي للبلدة"]),
        E(False, ["CONSULT"], [11], "اتصالات", ["asserted"], mode="phone",
          source=UNIFIL, recipient=ISRAEL_SIDE, date=TODAY),
        # ¶12: UNIFIL's visit to Blida's municipality «يوم غدٍ الأربعاء» (planned)
        E(True, ["CONSULT"], [12], "يزور", ["planned"], mode="visit",
          source=UNIFIL, recipient=BLIDA_MUNICIPALITY, location=BLIDA_TOWN, date=D("2024-03-20")),
        # background at another place: a strike on a car at the entrance of al-Naqoura on 26 February (core,
        # historical; 2 killed)
        E(True, ["ASSAULT"], [13], "غارة إسرائيلية", ["historical", "asserted"], mode="aerial",
          source=IDF_AIR, recipient=NAQOURA_VICTIMS, location=NAQOURA, date=D("2024-02-26"), fatalities=2,
          acled=AIR),
        # ¶14 (the toll since 8 October: an aggregate) and ¶15 (analysis) hold no event
        # ¶16: the strike on an empty house at al-Dhayra, two lightly injured, per the civil defence
        E(True, ["ASSAULT"], [16], "أغارت", ["asserted", "reported"], mode="aerial",
          source=IDF_JET, recipient=DHAYRA_CIVILIANS, location=DHAYRA, date=TODAY,
          attribution=["المديرية العامة للدفاع المدني"], acled=AIR),
        # ¶17: the caretaker prime minister's condemnation (ACCUSE, «محمّلاً» is the same act) and demand to
        # the sponsors of Resolution 1701 (REQUEST); his call to the army commander is optional CONSULT
        E(True, ["ACCUSE"], [17], "ودان", ["asserted"],
          source=LB_PM, recipient=ISRAEL, date=TODAY),
        E(True, ["REQUEST"], [17], "وطالب", ["asserted"],
          source=LB_PM, recipient=SPONSORS_1701, date=TODAY),
        E(False, ["CONSULT"], [17], "اتصالاً", ["asserted"], mode="phone",
          source=LB_PM, recipient=LAF_COMMANDER, date=TODAY),
    ],
)
