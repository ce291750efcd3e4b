"""Gold of article 667: the opposition factions' storming of part of the army's vehicles base in Harasta, the
air strikes on Harasta and Arbin, the mortar shells on Damascus and the medical evacuation negotiated (Eastern
Ghouta), a Douma-based Eastern Ghouta opposition news agency, 2018-01-03 (Wed)."""
from actors_places import (
    ARBIN,
    ARBIN_CLINIC,
    ARBIN_COUNCIL,
    BASE_SURROUNDINGS,
    BATTLE_667,
    BUILDUP_667,
    DAMASCUS_EAST,
    DETAINEES_667,
    DOUMA,
    DOUMA_MARKET,
    FACTIONS_TERR_667,
    GHOUTA,
    GHOUTA_TERR_667,
    HARASTA,
    HARASTA_ARBIN,
    HARASTA_CIVILIANS,
    HARASTA_RUMOUR,
    HARASTA_TALKS,
    LOYALIST_PAGES,
    PRISONERS_667,
    REBELS_667,
    ROOM_SPOKESMAN,
    RU_AIR_667,
    RU_SIDE_667,
    SANA_667,
    SICK_EVACUEES,
    SY_REGIME_667,
    UNICEF_667,
    VEHICLES_BASE,
    WAFIDEEN,
)
from common import AGREEMENT, AIR, CLASH, SHELL, D, E, paras_of

SLUG = "harasta_2018_vehicles_base_arbin_douma"
TODAY = D("2018-01-03")
YESTERDAY = D("2018-01-02")
SINCE_YESTERDAY = D("2018-01-02", "day", ("2018-01-02", "2018-01-03"))
LATELY = D("2018-01-03", "day", ("2018-01-02", "2018-01-03"))
ARTICLE = dict(
    id="team134-667", slug=SLUG, published="2018-01-03",
    outlet="Nafidhat al-Ghouta, a Douma-based Eastern Ghouta opposition news agency (fictional)",
    paras=paras_of(f"667_{SLUG}.txt"),
    events=[
        # the lead (no dateline, «حرستا» in the first sentence) and the headline: Russian air strikes on
        # Harasta and Arbin this morning, six civilians killed (core ASSAULT, Air/drone strike)
        E(True, ["ASSAULT"], [0, 1], "غارات", ["asserted"], mode="aerial", source=RU_AIR_667,
          recipient=HARASTA_CIVILIANS, location=HARASTA_ARBIN, date=TODAY, fatalities=6,
          attribution=["الدفاع المدني"], acled=AIR, tpara=1),
        # the main event, in ¶2 after the strikes: Ahrar al-Sham storm part of the vehicles base yesterday;
        # the operations room's 41 against the loyalist pages' 28 («بيد أن», ¶3) -> 28; ¶8, a fighter's
        # account («ويسرد»), and the headline name it; the six soldiers taken are optional
        E(True, ["ASSAULT"], [0, 2, 3, 8], "اقتحام", ["asserted"], mode="firearms", source=BATTLE_667,
          location=VEHICLES_BASE, date=YESTERDAY, fatalities=28,
          attribution=["غرفة عمليات «بأنهم ظُلموا»", "صفحات موالية للنظام"], acled=CLASH, tpara=2),
        E(False, ["COERCE"], [2], "أسروا", ["asserted"], mode="arrest", source=REBELS_667,
          recipient=PRISONERS_667, location=VEHICLES_BASE, date=YESTERDAY),
        # ¶3: the loyalist pages' charge of mutilation is optional
        E(False, ["ACCUSE"], [3], "متهمة", ["asserted"], source=LOYALIST_PAGES, recipient=FACTIONS_TERR_667,
          date=LATELY),
        # paragraph 4 (the base: a description) holds no event; ¶5 and the headline: mortar shells on Bab
        # Touma, al-Qassaa and al-Abbasiyyin yesterday, a schoolgirl killed (core ASSAULT, Shelling); the
        # state agency's blame is optional
        E(True, ["ASSAULT"], [0, 5], "قذائف هاون", ["asserted"], mode="heavy-weapons", location=DAMASCUS_EAST,
          date=YESTERDAY, fatalities=1, attribution=["وكالة الأنباء الرسمية التابعة للنظام"], acled=SHELL,
          tpara=5),
        E(False, ["ACCUSE"], [5], "حمّلت", ["asserted"], source=SANA_667, recipient=GHOUTA_TERR_667,
          date=YESTERDAY),
        # ¶6: the room's spokesman's threat at a press conference in Douma, «مهما اشتد القصف» (core THREATEN)
        E(True, ["THREATEN"], [6], "توعد", ["asserted"], mode="violence", source=ROOM_SPOKESMAN,
          recipient=SY_REGIME_667, location=DOUMA, date=LATELY),
        # ¶7: last week's talks with the Russian side through the UN office on a medical evacuation (core
        # CONSULT); the consent they ended with and the release of detainees it asks for are optional
        E(True, ["CONSULT"], [7], "مفاوضات", ["asserted"], mode="third-party", source=HARASTA_TALKS,
          recipient=RU_SIDE_667, location=GHOUTA, date=D("2017-12-28", "week", ("2017-12-25", "2017-12-31"))),
        E(False, ["AGREE"], [7], "بموافقة", ["asserted"], source=RU_SIDE_667, location=GHOUTA,
          date=D("2017-12-31", "week", ("2017-12-25", "2018-01-03")), acled=AGREEMENT),
        E(False, ["RETREAT"], [7], "الإفراج", ["planned"], mode="release", recipient=DETAINEES_667,
          date=None),
        # ¶9: reinforcements of the 4th Division and the Republican Guard round the base (core MOBILIZE)
        E(True, ["MOBILIZE"], [9], "واستقدمت", ["asserted"], mode="troops", source=BUILDUP_667,
          location=BASE_SURROUNDINGS, date=SINCE_YESTERDAY, attribution=["مراصد الثوار"]),
        # ¶10: the al-Wafideen crossing closed since Sunday (core COERCE)
        E(True, ["COERCE"], [10], "أغلقت", ["asserted"], mode="restrict", source=SY_REGIME_667,
          location=WAFIDEEN, date=D("2017-12-31", "day", ("2017-12-31", "2018-01-03"))),
        # ¶11: the Arbin council's charge against the Russian air force (core ACCUSE); the strike on the
        # clinic it tells of is optional (reported)
        E(True, ["ACCUSE"], [11], "واتهم", ["asserted"], source=ARBIN_COUNCIL, recipient=RU_AIR_667,
          location=ARBIN, date=LATELY),
        E(False, ["ASSAULT"], [11], "باستهداف", ["reported"], mode="aerial", source=RU_AIR_667,
          recipient=ARBIN_CLINIC, location=ARBIN, date=None),
        # ¶12: an understanding for a truce in Harasta, told on Telegram (core AGREE, rumored)
        E(True, ["AGREE"], [12], "تفاهم", ["rumored"], source=HARASTA_RUMOUR, location=HARASTA, date=None,
          attribution=["مجموعات محلية على «تلغرام»"]),
        # paragraph 13 (a mother's words) holds no event; background in «وكان … قد», at another place: the
        # Russian strike on a Douma market on 13 November, 17 killed (core, historical, Air/drone strike)
        E(True, ["ASSAULT"], [14], "غارة", ["historical", "asserted"], mode="aerial", source=RU_AIR_667,
          location=DOUMA_MARKET, date=D("2017-11-13"), fatalities=17, acled=AIR),
        # ¶15: the first patients due out «صباح غد الخميس» (core RETREAT, planned)
        E(True, ["RETREAT"], [15], "تخرج", ["planned"], mode="access", source=SICK_EVACUEES,
          location=WAFIDEEN, date=D("2018-01-04")),
        # ¶16: no humanitarian truce announced by the Russian side (core CONCEDE, negated)
        E(True, ["CONCEDE"], [16], "هدنة", ["negated"], mode="ceasefire", source=RU_SIDE_667, location=GHOUTA,
          date=None),
        # ¶17: UNICEF's demand (core REQUEST); its call to lift the siege is optional
        E(True, ["REQUEST"], [17], "وطالبت", ["asserted"], source=UNICEF_667, location=GHOUTA, date=LATELY),
        E(False, ["REQUEST"], [17], "داعيةً", ["asserted"], source=UNICEF_667, date=LATELY),
    ],
)
