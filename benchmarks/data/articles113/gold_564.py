"""Gold of article 564: North Kordofan's government bans moving gum arabic out of the state, Rapid Support
Forces gunmen fire on gum tappers in the hashab gardens east of Umm Ruwaba (main event, told in ¶2 after the
ban; seven per the Umm Ruwaba emergency room against twelve per the farmers' union → 7), a survivor's account,
the RSF's version, the gum producers' association's accusation and demand, four gum trucks held at RSF
checkpoints, an RSF commander's conditional threat, gum stores in Bara burnt (rumoured, unconfirmed), the
agricultural bank's advances not paid, army reinforcements told by SUNA, the burial, a Gum Arabic Board
meeting due on Sunday, three exporters' licences withdrawn, the war's dead tappers, and a shell on El Obeid's
crop market on 21 March 2024 (North Kordofan, Sudan), a Kampala-based Sudanese exile radio's website,
2024-04-17 (Wed). Dateline «كمبالا – «إذاعة تبلدي»:» (a foreign capital)."""
from actors_places import (
    AGRI_BANK,
    BARA,
    EL_OBEID,
    FORTY_WORKERS,
    GUM_ASSOCIATION,
    GUM_BOARD_EXPORTERS,
    GUM_PRODUCERS,
    GUM_TRADERS,
    GUM_TRUCKS,
    GUM_WORKERS,
    INTL_ORGS,
    NK_GOVERNMENT,
    NK_STATE,
    OBEID_MARKET,
    OBEID_VICTIMS,
    PORT_SUDAN,
    RAHAD,
    RSF,
    RSF_CHECKPOINTS,
    RSF_COMMANDER,
    RUWABA_RAHAD_ROAD,
    SAF,
    SD_AUTHORITIES,
    SD_TRADE,
    THREE_COMPANIES,
    TRUCK_DRIVERS,
    UMM_RUWABA,
)
from common import ATTACK, SHELL, D, E, paras_of

SLUG = "north_kordofan_2024_umm_ruwaba_obeid"
YESTERDAY = D("2024-04-16")
TODAY = D("2024-04-17")
# a statement of the day whose hour the text does not give: today, or the evening before
TODAY_OR_EVE = D("2024-04-17", "day", ("2024-04-16", "2024-04-17"))
LAST_WEEK = D("2024-04-11", "week", ("2024-04-08", "2024-04-14"))
ARTICLE = dict(
    id="team113-564", slug=SLUG, published="2024-04-17",
    outlet="Radio Tabaldi, a Kampala-based Sudanese exile radio station's website (fictional)",
    paras=paras_of(f"564_{SLUG}.txt"),
    events=[
        # ¶1 (dateline «كمبالا»): the state government's ban on moving gum out of the state (COERCE ban)
        E(True, ["COERCE"], [1], "منع نقل", ["asserted"], mode="ban",
          source=NK_GOVERNMENT, location=NK_STATE, date=YESTERDAY,
          attribution=["مراسل الإذاعة في مدينة الأبيض عن مصدر في أمانة الحكومة"]),
        # MAIN EVENT, told in ¶2 after the ban (verb first; the hour told after the act in a clause of its
        # own): the RSF gunmen fire on the tappers; the survivor ¶3, the union's twelve and the RSF's version
        # ¶4 and the burial ¶13 retell it. Seven per the emergency room, twelve per the union → 7. The looting
        # of the gum sacks is optional, and so is the RSF's denial
        E(True, ["ASSAULT"], [0, 2, 3, 4, 13], "فتح مسلحون", ["asserted"], mode="firearms",
          source=RSF, recipient=GUM_WORKERS, location=UMM_RUWABA, date=YESTERDAY, fatalities=7,
          attribution=["غرفة طوارئ أم روابة", "أحد الناجين", "اتحاد مزارعي محلية أم روابة",
                       "قوات الدعم السريع"], acled=ATTACK, tpara=2),
        E(False, ["COERCE", "ASSAULT"], [2], "نهبوا", ["asserted"], mode="seize",
          source=RSF, recipient=GUM_WORKERS, location=UMM_RUWABA, date=YESTERDAY),
        E(False, ["REJECT"], [4], "ونفت", ["asserted"], source=RSF, date=TODAY_OR_EVE),
        # ¶5 (the hashab belt and the tapping season) holds no event. ¶6 (subject, a long parenthesis, verb):
        # the association's accusation and demand, two verbs joined with «و»
        E(True, ["ACCUSE"], [6], "اتهمت", ["asserted"],
          source=GUM_ASSOCIATION, recipient=RSF, date=TODAY_OR_EVE),
        E(True, ["REQUEST"], [6], "وطالبت", ["asserted"],
          source=GUM_ASSOCIATION, recipient=INTL_ORGS, date=TODAY_OR_EVE),
        # ¶7: four gum trucks held at RSF checkpoints last week (COERCE seize); the drivers let go two days
        # later are optional
        E(True, ["COERCE"], [7], "واحتجزت", ["asserted", "reported"], mode="seize",
          source=RSF_CHECKPOINTS, recipient=GUM_TRUCKS, location=RUWABA_RAHAD_ROAD, date=LAST_WEEK,
          attribution=["أحد أصحابها"]),
        E(False, ["RETREAT"], [7], "أُطلق", ["asserted", "reported"], mode="release",
          source=RSF_CHECKPOINTS, recipient=TRUCK_DRIVERS, date=LAST_WEEK),
        # ¶8: the commander's conditional threat (THREATEN); the seizure it names is optional and hypothetical
        E(True, ["THREATEN"], [8], "وتوعّد", ["asserted"], mode="seize",
          source=RSF_COMMANDER, recipient=GUM_TRADERS, date=TODAY_OR_EVE,
          attribution=["مقطع مصوّر تداوله ناشطون"]),
        E(False, ["COERCE"], [8], "مصادرة", ["hypothetical"], mode="seize",
          source=RSF_COMMANDER, recipient=GUM_TRADERS, date=None),
        # ¶9: gum stores burnt in Bara, told by unverified sources (rumoured; no actor named)
        E(True, ["ASSAULT"], [9], "إحراق", ["rumored"], mode="destroy",
          location=BARA, date=D("2024-04-15"), attribution=["مصادر محلية"]),
        # ¶10: the advances not paid (AID, negated); the promise at the start of the season is an optional
        # AGREE
        E(True, ["AID"], [10], "ولم يصرف", ["negated"], mode="economic",
          source=AGRI_BANK, recipient=GUM_PRODUCERS, location=EL_OBEID, date=TODAY),
        E(False, ["AGREE"], [10], "وعد", ["historical", "asserted"],
          source=AGRI_BANK, recipient=GUM_PRODUCERS, location=EL_OBEID,
          date=D("2023-11-01", "month", ("2023-10-01", "2023-11-30"))),
        # ¶11: reinforcements told by the state agency (reported); «لتأمين طرق نقل المحاصيل» is their purpose
        E(True, ["MOBILIZE"], [11], "دفع", ["reported", "asserted"], mode="troops",
          source=SAF, location=RAHAD, date=TODAY_OR_EVE,
          attribution=["وكالة السودان للأنباء «سونا» عن مصدر عسكري"]),
        # ¶12 (the gum belt and its exports) holds no event. ¶13: the burial belongs to the main event. ¶14:
        # the Gum Arabic Board's meeting «يوم الأحد المقبل» (planned CONSULT; both parties in either role)
        E(True, ["CONSULT"], [14], "اجتماعاً", ["planned"], mode="multilateral",
          source=GUM_BOARD_EXPORTERS, recipient=GUM_BOARD_EXPORTERS, location=PORT_SUDAN,
          date=D("2024-04-21"), attribution=["المجلس"]),
        # ¶15: three exporters' licences withdrawn (SANCTION withdraw)
        E(True, ["SANCTION"], [15], "وسحبت", ["asserted"], mode="withdraw",
          source=SD_TRADE, recipient=THREE_COMPANIES, location=PORT_SUDAN, date=D("2024-04-14")),
        # ¶16: the war's dead tappers, an aggregate (optional, generic)
        E(False, ["ASSAULT"], [16], "قُتلوا", ["generic"], recipient=FORTY_WORKERS, date=None),
        # ¶17, «وكانت … قد» at another place: an RSF shell on El Obeid's crop market on 21 March (core,
        # historical); the market's closure is optional and historical
        E(True, ["ASSAULT"], [17], "قذيفة", ["historical", "asserted"], mode="heavy-weapons",
          source=RSF, recipient=OBEID_VICTIMS, location=OBEID_MARKET, date=D("2024-03-21"), fatalities=4,
          acled=SHELL),
        E(False, ["COERCE"], [17], "وأغلقت", ["historical", "asserted"], mode="restrict",
          source=SD_AUTHORITIES, location=OBEID_MARKET,
          date=D("2024-03-22", "week", ("2024-03-21", "2024-03-24"))),
    ],
)
