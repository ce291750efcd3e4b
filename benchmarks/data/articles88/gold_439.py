"""Gold of article 439: al-Khiam, the Marjayoun villages, Aita al-Shaab and Ramiyeh, Nabatieh, Shebaa and
Yaroun (south Lebanon, Nabatieh governorate), with Metula and Branit across the border, a south Lebanese
local news website, 2024-03-14 (Thu)."""
from actors_places import (
    AITA_RAMIYEH,
    BOTH_SIDES_439,
    BRANIT,
    HEZBOLLAH,
    HEZBOLLAH_INFRA,
    HIGHER_RELIEF,
    ISRAEL_CONDEMNED,
    ISRAELI_ARMY,
    ISRAELI_ARTILLERY,
    ISRAELI_DEFENCE_MINISTER,
    ISRAELI_DRONE,
    ISRAELI_FORCE,
    ISRAELI_SHELL,
    ISRAELI_SOLDIERS,
    KHIAM,
    KHIAM_DISPLACED,
    KHIAM_VICTIMS,
    LEBANESE_ARMY_CHIEF,
    LEBANESE_FM,
    LEBANESE_PM,
    MARJAYOUN_VILLAGES,
    METULA,
    NABATIEH,
    NABATIEH_FAMILIES,
    NIDAA_ASSOCIATION,
    SHEBAA,
    SHEBAA_SHEPHERD,
    SOUTH_MPS,
    UNIFIL,
    UNSC_LB,
    YAROUN,
    YAROUN_FARMER,
)
from common import AIR, PEACEFUL, SHELL, D, E, paras_of

SLUG = "nabatieh_2024_khiam_marjayoun_drone_raid"
TODAY = D("2024-03-14")
ARTICLE = dict(
    id="team88-439", slug=SLUG, published="2024-03-14",
    outlet="Nafidhat al-Janoub, a south Lebanese local news website (fictional)",
    paras=paras_of(f"439_{SLUG}.txt"),
    events=[
        # the main event, first in the lead (no dateline; al-Khiam in the first sentence): an Israeli
        # drone strike on a house in al-Khiam at 3:10 «من فجر اليوم»; the health ministry's three against
        # the mayor's four (¶3) → 3; the rescue 2, a neighbour 4, the Israeli army's version 5,
        # Hezbollah's «رداً على الاعتداء» 6 and the prime minister's «العدوان الإسرائيلي على الآمنين في
        # الخيام» 9; the headline 0
        E(True, ["ASSAULT"], [0, 1, 2, 3, 4, 5, 6, 9], "غارة", ["asserted"], mode="aerial",
          source=ISRAELI_DRONE, recipient=KHIAM_VICTIMS, location=KHIAM, date=TODAY, fatalities=3,
          attribution=["وزارة الصحة العامة", "رئيس بلدية الخيام"], acled=AIR, tpara=1),
        # ¶5: strikes on «infrastructure» in Aita al-Shaab and Ramiyeh told only by the Israeli army
        # (reported)
        E(True, ["ASSAULT"], [5], "دمّرت", ["reported"], mode="aerial",
          source=ISRAELI_ARMY, recipient=HEZBOLLAH_INFRA, location=AITA_RAMIYEH, date=TODAY,
          attribution=["المتحدث باسم جيش العدو الإسرائيلي"], acled=AIR),
        # ¶6: Hezbollah's rockets on the Metula position (headline 0); the artillery on Branit barracks
        # (another place) optional
        E(True, ["ASSAULT"], [0, 6], "استهدفوا", ["asserted", "reported"], mode="heavy-weapons",
          source=HEZBOLLAH, recipient=ISRAELI_SOLDIERS, location=METULA, date=TODAY,
          attribution=["«المقاومة الإسلامية»"], acled=SHELL, tpara=6),
        E(False, ["ASSAULT"], [6], "استهدفوا", ["asserted", "reported"], mode="heavy-weapons",
          source=HEZBOLLAH, recipient=ISRAELI_SOLDIERS, location=BRANIT, date=TODAY, acled=SHELL, occ=1),
        # ¶7 (verb-subject-object): Israeli artillery on the outskirts of four villages and the plain (one
        # event); «من دون أن يُبلَّغ عن إصابات» negates nothing
        E(True, ["ASSAULT"], [7], "وقصفت", ["asserted"], mode="heavy-weapons",
          source=ISRAELI_ARTILLERY, location=MARJAYOUN_VILLAGES, date=TODAY, acled=SHELL),
        # ¶8: UNIFIL's call on both sides (REQUEST)
        E(True, ["REQUEST"], [8], "ودعت", ["asserted"],
          source=UNIFIL, recipient=BOTH_SIDES_439, date=TODAY),
        # ¶9: the prime minister condemns and calls the army chief (two events joined with «و» and a
        # second verb); the foreign ministry's complaint to the Security Council is announced, not made
        # (planned)
        E(True, ["ACCUSE"], [9], "ودان", ["asserted"],
          source=LEBANESE_PM, recipient=ISRAEL_CONDEMNED, location=KHIAM, date=TODAY),
        E(True, ["CONSULT"], [9], "اتصالاً هاتفياً", ["asserted"], mode="phone",
          source=LEBANESE_PM, recipient=LEBANESE_ARMY_CHIEF, date=TODAY),
        E(True, ["ACCUSE", "REQUEST"], [9], "بشكوى", ["planned"],
          source=LEBANESE_FM, recipient=UNSC_LB, date=D("2024-03-15", "week", ("2024-03-14", "2024-03-31"))),
        # ¶10: the Israeli defence minister's threat, told by Hebrew media (THREATEN); the forcible
        # push-back it names is conditional (optional, hypothetical)
        E(True, ["THREATEN"], [10], "وتوعّد", ["asserted", "reported"], mode="violence",
          source=ISRAELI_DEFENCE_MINISTER, recipient=HEZBOLLAH, date=TODAY,
          attribution=["وسائل إعلام عبرية"]),
        E(False, ["ASSAULT", "COERCE"], [10], "إبعاده", ["hypothetical"], mode="firearms",
          source=ISRAELI_DEFENCE_MINISTER, recipient=HEZBOLLAH, date=None),
        # ¶11: a shepherd's abduction near the Shebaa Farms, told by social-media accounts and unconfirmed
        # (rumoured); the mukhtar's words deny nothing outright
        E(True, ["ASSAULT"], [11], "خطف", ["rumored", "reported"], mode="abduct",
          source=ISRAELI_FORCE, recipient=SHEBAA_SHEPHERD, location=SHEBAA, date=TODAY,
          attribution=["حسابات على مواقع التواصل"]),
        # paragraph 12 (al-Khiam: description) holds no event
        # ¶13: the displaced people's sit-in in Nabatieh (PROTEST); the government's earlier promise of
        # shelter allowances (a relative clause) and the demand to the relief commission optional
        E(True, ["PROTEST"], [13], "اعتصاماً", ["asserted"], mode="demo",
          source=KHIAM_DISPLACED, location=NABATIEH, date=TODAY, acled=PEACEFUL),
        E(False, ["AGREE"], [13], "وعدت", ["historical", "asserted"], location=NABATIEH, date=None),
        E(False, ["REQUEST"], [13], "مطالبين", ["asserted"],
          source=KHIAM_DISPLACED, recipient=HIGHER_RELIEF, location=NABATIEH, date=TODAY),
        # ¶14: a relief association's aid to displaced families in Nabatieh (AID)
        E(True, ["AID"], [14], "ووزّعت", ["asserted", "reported"], mode="humanitarian",
          source=NIDAA_ASSOCIATION, recipient=NABATIEH_FAMILIES, location=NABATIEH,
          date=D("2024-03-14", "day", ("2024-03-13", "2024-03-14")),
          attribution=["غرفة إدارة الكوارث في اتحاد بلديات الشقيف"]),
        # ¶15 (short): the MPs' planned visit did not take place (core CONSULT, negated)
        E(True, ["CONSULT"], [15], "زيارة", ["negated"], mode="visit",
          source=SOUTH_MPS, location=KHIAM, date=TODAY, attribution=["مكتب أحدهم"]),
        # background at another place, in «وكان … قد» with a passive «قُتل»: a farmer of Yaroun killed by
        # an Israeli shell on 27 February
        E(True, ["ASSAULT"], [16], "قُتل", ["historical", "asserted"], mode="heavy-weapons",
          source=ISRAELI_SHELL, recipient=YAROUN_FARMER, location=YAROUN, date=D("2024-02-27"), fatalities=1,
          acled=SHELL),
        # paragraph 17 (the border villages since October: generic, aggregates) holds no event
    ],
)
