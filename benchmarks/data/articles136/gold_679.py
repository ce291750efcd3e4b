"""Gold of article 679: the Islamic State's attack on the gate of the Es Sider terminal, storage tanks set
ablaze in Ras Lanuf, the firefighters' appeal, the guards' counter-attack backed by air strikes, statements
by the National Oil Corporation and the UN envoy and workers evacuated (Libya's oil crescent), a
Benghazi-based Libyan energy and economy weekly's website, 2016-01-06 (Wed)."""
from actors_places import (
    AJDABIYA,
    BATTLE_679,
    BIN_JAWAD,
    COAST_ROAD,
    COUNTER_679,
    ES_SIDER_GATE,
    FIRE_CHIEF,
    FOREIGN_FIRMS,
    FOREIGN_PARTNER,
    HAROUGE,
    HAROUGE_WORKERS,
    HELPERS_679,
    IS_679,
    IS_BARE_679,
    IS_COMMANDER,
    IS_WITHDRAWING,
    JOINT_TALKS_679,
    LY_AIR,
    LY_FACTIONS,
    LY_RIVALS,
    MABRUK,
    MABRUK_BATTLE,
    NOC,
    PFG_BARE,
    PFG_REINFORCEMENTS,
    RAS_LANUF,
    RAS_LANUF_PORT,
    SIDER_LANUF,
    SIRTE,
    UN_ENVOY_LY,
)
from common import AIR, CLASH, SHELL, D, E, paras_of

SLUG = "es_sider_2016_ras_lanuf_bin_jawad_mabruk"
TODAY = D("2016-01-06")
YESTERDAY = D("2016-01-05")
LATELY = D("2016-01-06", "day", ("2016-01-05", "2016-01-06"))
ARTICLE = dict(
    id="team136-679", slug=SLUG, published="2016-01-06",
    outlet="Sada al-Huqul, a Benghazi-based Libyan energy and economy weekly's website (fictional)",
    paras=paras_of(f"679_{SLUG}.txt"),
    events=[
        # the lead (no dateline, «راس لانوف» in the first sentence) and the headline: rockets fired by the
        # Islamic State from near Bin Jawad set four crude tanks ablaze in the Ras Lanuf terminal yesterday
        # (core ASSAULT, Shelling)
        E(True, ["ASSAULT"], [0, 1], "قذائف صاروخية", ["asserted"], mode="heavy-weapons", source=IS_679,
          location=RAS_LANUF_PORT, date=YESTERDAY, acled=SHELL, tpara=1),
        # the main event, in ¶2 after the tanks: the group's assault on the main gate of the Es Sider
        # terminal at dawn on Monday, nine guards killed per the guards' spokesman; ¶3, a guard's account
        # («وينقل»), and the headline name it
        E(True, ["ASSAULT"], [0, 2, 3], "هاجم", ["asserted"], mode="firearms", source=BATTLE_679,
          location=ES_SIDER_GATE, date=D("2016-01-04"), fatalities=9, attribution=["الناطق باسم الجهاز"],
          acled=CLASH, tpara=2),
        # ¶3: the reinforcements from Ras Lanuf are optional (MOBILIZE)
        E(False, ["MOBILIZE"], [3], "المؤازرة", ["reported"], mode="troops", source=PFG_REINFORCEMENTS,
          date=D("2016-01-04")),
        # ¶4: the fire chief's appeal (core REQUEST)
        E(True, ["REQUEST"], [4], "وناشد", ["asserted"], source=FIRE_CHIEF, recipient=HELPERS_679,
          location=RAS_LANUF, date=LATELY),
        # ¶5: the guards' counter-attack near Bin Jawad this morning (core ASSAULT, Armed clash) and the air
        # force's three strikes backing it (core ASSAULT, Air/drone strike); the group's pull-back is
        # optional
        E(True, ["ASSAULT"], [5], "هجوماً مضاداً", ["asserted"], mode="firearms", source=COUNTER_679,
          location=BIN_JAWAD, date=TODAY, attribution=["الناطق باسم الجهاز"], acled=CLASH),
        E(True, ["ASSAULT"], [5], "غارات", ["asserted"], mode="aerial", source=LY_AIR,
          recipient=IS_BARE_679, location=BIN_JAWAD, date=TODAY, acled=AIR),
        E(False, ["RETREAT"], [5], "التراجع", ["asserted"], mode="withdraw", source=IS_BARE_679,
          location=BIN_JAWAD, date=TODAY),
        # paragraph 6 (the Es Sider terminal: a description) holds no event; ¶7: the oil corporation lays
        # the blame on all political parties (core ACCUSE); its demand is optional
        E(True, ["ACCUSE"], [7], "وحمّلت", ["asserted"], source=NOC, recipient=LY_FACTIONS, date=LATELY),
        E(False, ["REQUEST"], [7], "مطالبةً", ["asserted"], source=NOC, date=LATELY),
        # ¶8: a voice recording aired by the group's radio in Sirte, «أنّى رست ناقلة …» (core THREATEN)
        E(True, ["THREATEN"], [8], "يتوعد", ["asserted"], mode="violence", source=IS_COMMANDER,
          recipient=FOREIGN_FIRMS, location=SIRTE, date=YESTERDAY),
        # ¶9: Harouge evacuates most of its workers from Ras Lanuf (core RETREAT)
        E(True, ["RETREAT"], [9], "وأخلت", ["asserted"], mode="withdraw", source=HAROUGE,
          recipient=HAROUGE_WORKERS, location=RAS_LANUF_PORT, date=YESTERDAY,
          attribution=["مهندس في الشركة"]),
        # ¶10: the UN envoy's condemnation (core ACCUSE); his call on the rivals is optional
        E(True, ["ACCUSE"], [10], "ودان", ["asserted"], source=UN_ENVOY_LY, recipient=IS_BARE_679,
          date=LATELY),
        E(False, ["REQUEST"], [10], "وحثّ", ["asserted"], source=UN_ENVOY_LY, recipient=LY_RIVALS,
          date=LATELY),
        # paragraph 11 (a worker's words) holds no event; ¶12: part of the group's fighters said to have
        # pulled back towards al-Nawfaliya, unconfirmed (core RETREAT, rumored)
        E(True, ["RETREAT"], [12], "انسحاب", ["rumored"], mode="withdraw", source=IS_WITHDRAWING,
          location=BIN_JAWAD, date=None, attribution=["سكان في بن جواد"]),
        # background in «وكان … قد», at another place: the group's attack on the Mabruk field on 4 February
        # 2015, twelve guards killed (core, historical, Armed clash)
        E(True, ["ASSAULT"], [13], "هاجم", ["historical", "asserted"], mode="firearms",
          source=MABRUK_BATTLE, location=MABRUK, date=D("2015-02-04"), fatalities=12, acled=CLASH),
        # ¶14: no deal on a joint operations room (core AGREE, negated); the meeting itself is optional
        E(True, ["AGREE"], [14], "اتفاق", ["negated"], source=JOINT_TALKS_679, location=AJDABIYA,
          date=None),
        E(False, ["CONSULT"], [14], "اجتماع", ["asserted"], source=JOINT_TALKS_679, location=AJDABIYA,
          date=YESTERDAY),
        # ¶15: reinforcements from Ajdabiya and Brega (core MOBILIZE)
        E(True, ["MOBILIZE"], [15], "واستقدم", ["asserted"], mode="troops", source=PFG_BARE,
          location=SIDER_LANUF, date=TODAY),
        # ¶16: a shipment of foam due «غداً الخميس» (core AID, planned)
        E(True, ["AID"], [16], "شحنة", ["planned"], mode="humanitarian", source=FOREIGN_PARTNER,
          location=RAS_LANUF, date=D("2016-01-07")),
        # ¶17: the coastal road closed as a military zone (core COERCE)
        E(True, ["COERCE"], [17], "ومنع", ["asserted"], mode="restrict", source=PFG_BARE,
          location=COAST_ROAD, date=LATELY),
    ],
)
