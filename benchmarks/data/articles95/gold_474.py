"""Gold of article 474: a mortar shell on a house in al-Manshiya (main event, told first in the lead; two
tolls), the al-Manshiya notable's account and the al-Tayouri notables' denial, clashes near Sabha castle, a
Libya Shield force arriving, the elders' meeting and the 48-hour truce (the interim government absent), four
young men to be freed as a gesture, the local council's demand, a rumoured convoy from Ubari, the Shield
commander's conditional threat, the gunmen's withdrawal from the rooftops, the funeral, UNSMIL's welcome,
medicines due tomorrow, and a fuel truck ambushed on the Sabha–Brak road on 30 January 2014 (Fezzan, Libya),
a Fezzan community radio station's website, 2014-02-23 (Sun). Dateline: the town of the event, Sabha."""
from actors_places import (
    BRAK_DRIVER,
    BRAK_GUNMEN,
    BRAK_ROAD,
    FOUR_YOUNG,
    GNC_GOV,
    INTERIM_GOV,
    LY_HEALTH,
    MANSHIYA,
    MANSHIYA_NOTABLE,
    SABHA,
    SABHA_CASTLE,
    SABHA_COUNCIL,
    SABHA_COUNCIL_HQ,
    SABHA_FIGHT,
    SABHA_MAIN_STREET,
    SABHA_MEDICAL,
    SABHA_ROOF_GUNMEN,
    SABHA_VICTIMS,
    SHIELD,
    SHIELD_COMMANDER,
    SOUTH_ELDERS,
    TAYOURI_COUNCIL,
    TAYOURI_GUNMEN,
    TRUCE_BREAKERS,
    TRUCE_PARTIES,
    UBARI,
    UBARI_CONVOY,
    UNSMIL,
)
from common import ABDUCTION, AGREEMENT, ATTACK, CLASH, SHELL, TRANSFER, D, E, paras_of

SLUG = "sabha_2014_manshiya_tayouri"
TODAY = D("2014-02-23")
# the night of Saturday to Sunday
NIGHT = D("2014-02-22", "day", ("2014-02-22", "2014-02-23"))
# a statement or an act of the day whose hour the text does not give: today, or the evening before
TODAY_OR_EVE = D("2014-02-23", "day", ("2014-02-22", "2014-02-23"))
ARTICLE = dict(
    id="team95-474", slug=SLUG, published="2014-02-23",
    outlet="Nakhlat Fezzan, a Fezzan community radio station's website (fictional)",
    paras=paras_of(f"474_{SLUG}.txt"),
    events=[
        # MAIN EVENT, told first in the lead (dateline of the town of the event): a mortar shell on a house
        # in al-Manshiya; the notable's five ¶2, the al-Tayouri notables' denial ¶3 and the funeral ¶13
        # retell it; the headline names it. Who fired it is alleged and denied: no source. Conflicting
        # tolls: the medical centre's three against the notable's five → 3
        E(True, ["ASSAULT"], [0, 1, 2, 3, 13], "قذيفة هاون", ["asserted"], mode="heavy-weapons",
          recipient=SABHA_VICTIMS, location=MANSHIYA, date=NIGHT, fatalities=3,
          attribution=["مركز سبها الطبي", "أحد أعيان حي المنشية", "مجلس أعيان حي الطيوري"], acled=SHELL,
          tpara=1),
        # ¶2: the notable's accusation, ¶3: the denial, the call for an inquiry and a young man lost earlier
        # (all optional)
        E(False, ["ACCUSE"], [2], "متهماً", ["asserted"],
          source=MANSHIYA_NOTABLE, recipient=TAYOURI_GUNMEN, date=TODAY),
        E(False, ["REJECT", "ACCUSE"], [3], "نفى", ["asserted"],
          source=TAYOURI_COUNCIL, recipient=MANSHIYA_NOTABLE, date=TODAY_OR_EVE),
        E(False, ["REQUEST"], [3], "وداعياً", ["asserted"], source=TAYOURI_COUNCIL, date=TODAY_OR_EVE),
        E(False, ["ASSAULT"], [3], "فقدوا", ["historical"], mode="firearms", date=None),
        # ¶4: clashes near Sabha castle, a two-sided fight (both sides sources, no recipient)
        E(True, ["ASSAULT"], [4], "اشتباكات", ["asserted"], mode="firearms",
          source=SABHA_FIGHT, location=SABHA_CASTLE, date=NIGHT, attribution=["شهود"], acled=CLASH),
        # ¶5, two events joined with «و» and a second verb: the Shield force arriving (MOBILIZE) and its
        # checkpoints (optional COERCE); the units that may follow are hypothetical (optional)
        E(True, ["MOBILIZE"], [5], "ووصلت", ["asserted"], mode="troops",
          source=SHIELD, location=SABHA, date=TODAY, attribution=["آمر القوة"]),
        E(False, ["COERCE"], [5], "وأقامت", ["asserted"], mode="restrict",
          source=SHIELD, location=SABHA, date=TODAY),
        E(False, ["MOBILIZE"], [5], "وحدات إضافية", ["hypothetical"], mode="troops",
          source=SHIELD, location=SABHA, date=None),
        # ¶6: the elders' meeting (CONSULT), the truce reached (AGREE; the headline names it), the interim
        # government absent (CONSULT, negated); the withdrawal the deal requires is optional (planned)
        E(True, ["CONSULT"], [6], "اجتماعاً", ["asserted"], mode="third-party",
          source=TRUCE_PARTIES, recipient=TRUCE_PARTIES, location=SABHA_COUNCIL_HQ, date=TODAY),
        E(True, ["AGREE", "CONCEDE"], [0, 6], "بالتوصل", ["asserted"],
          source=TRUCE_PARTIES, recipient=TRUCE_PARTIES, location=SABHA, date=TODAY,
          attribution=["أحد المشاركين"], acled=AGREEMENT, tpara=6),
        E(True, ["CONSULT"], [6], "يحضر", ["negated"],
          source=INTERIM_GOV, recipient=TRUCE_PARTIES, location=SABHA_COUNCIL_HQ, date=TODAY),
        E(False, ["RETREAT"], [6], "بسحب", ["planned"], mode="withdraw",
          source=TRUCE_PARTIES, location=SABHA, date=None),
        # ¶7: the release announced as a gesture (CONCEDE); the hand-over this evening (planned), the earlier
        # seizure and the council's demand are optional
        E(True, ["CONCEDE", "RETREAT"], [7], "سيطلق سراح", ["asserted", "planned"], mode="release",
          source=TAYOURI_COUNCIL, recipient=FOUR_YOUNG, location=SABHA, date=TODAY),
        E(False, ["ASSAULT", "COERCE"], [7], "احتجزهم", ["historical", "asserted"], mode="abduct",
          source=TAYOURI_GUNMEN, recipient=FOUR_YOUNG, location=SABHA, date=D("2014-02-21"), acled=ABDUCTION),
        E(False, ["RETREAT"], [7], "يسلّمهم", ["planned"], mode="release",
          source=TAYOURI_COUNCIL, recipient=FOUR_YOUNG, location=SABHA, date=TODAY),
        E(False, ["REQUEST"], [7], "وطالب", ["asserted"], source=TAYOURI_COUNCIL, date=TODAY),
        # ¶8, a subject and a long parenthesis before its verb: the local council's demand; its charge against
        # the central authorities is optional
        E(True, ["REQUEST"], [8], "طالب", ["asserted"],
          source=SABHA_COUNCIL, recipient=GNC_GOV, location=SABHA, date=TODAY_OR_EVE),
        E(False, ["ACCUSE"], [8], "متهماً", ["asserted"], source=SABHA_COUNCIL, recipient=GNC_GOV,
          date=TODAY_OR_EVE),
        # ¶9 (Sabha described) holds no event. ¶10: a convoy from Ubari told by tribal sources and not checked
        # (rumoured); the Ubari notable's call is optional
        E(True, ["MOBILIZE"], [10], "تحرك", ["rumored", "reported"], mode="troops",
          source=UBARI_CONVOY, location=UBARI, date=None, attribution=["مصادر قبلية"]),
        E(False, ["REQUEST"], [10], "داعياً", ["asserted"], date=TODAY_OR_EVE),
        # ¶11: the Shield commander's conditional threat (asserted); the shelling it announces is hypothetical
        E(True, ["THREATEN"], [11], "وتوعّد", ["asserted"], mode="violence",
          source=SHIELD_COMMANDER, recipient=TRUCE_BREAKERS, date=TODAY_OR_EVE),
        E(False, ["ASSAULT"], [11], "ستقصف", ["hypothetical"], mode="heavy-weapons",
          source=SHIELD, date=None),
        # ¶12: the gunmen leave the rooftops as the truce starts (RETREAT, carried out; the hour follows in a
        # clause of its own) and the Shield takes their place (optional)
        E(True, ["RETREAT"], [12], "وانسحب", ["asserted"], mode="withdraw",
          source=SABHA_ROOF_GUNMEN, location=SABHA_MAIN_STREET, date=TODAY, attribution=["شهود عيان"],
          acled=TRANSFER),
        E(False, ["MOBILIZE"], [12], "وحلّ", ["asserted"], mode="troops",
          source=SHIELD, location=SABHA_MAIN_STREET, date=TODAY),
        # ¶13: the funeral belongs to the main event. ¶14 (analysis) holds no event. ¶15: UNSMIL welcomes the
        # truce and praises the elders (SUPPORT); its praise and its call are optional
        E(True, ["SUPPORT"], [15], "ورحّبت", ["asserted"],
          source=UNSMIL, recipient=SOUTH_ELDERS, date=TODAY_OR_EVE),
        E(False, ["SUPPORT"], [15], "وأشادت", ["asserted"], source=UNSMIL, recipient=SOUTH_ELDERS,
          date=TODAY_OR_EVE),
        E(False, ["REQUEST"], [15], "داعيةً", ["asserted"], source=UNSMIL, date=TODAY_OR_EVE),
        # ¶16: medicines due tomorrow (planned AID); the doctors' appeals are optional
        E(True, ["AID"], [16], "شحنة", ["planned"], mode="humanitarian",
          source=LY_HEALTH, recipient=SABHA_MEDICAL, location=SABHA, date=D("2014-02-24")),
        E(False, ["REQUEST"], [16], "مناشدات", ["historical", "asserted"], date=None),
        # ¶17, «وكان … قد» at another place: a fuel truck ambushed on the Sabha–Brak road on 30 January (core,
        # historical)
        E(True, ["ASSAULT"], [17], "نصبوا", ["historical", "asserted"], mode="firearms",
          source=BRAK_GUNMEN, recipient=BRAK_DRIVER, location=BRAK_ROAD, date=D("2014-01-30"), fatalities=1,
          acled=ATTACK),
    ],
)
