"""Gold of article 375: army shelling of Jebel Chaambi, arrests in Sbeitla, an ambush on a National Guard
patrol between Feriana and Thelepte, a jobless graduates' protest, the Okba Ibn Nafaa Brigade's claim,
the interior minister's threat, Algerian reinforcements on the border, a rumoured infiltration towards
Jebel Semmama, a general strike called for Friday, the parties' support, families not allowed home, Red
Crescent aid, a mine on Jebel Salloum on 12 January and the governor's condolence visit (Kasserine,
Tunisia), a Tunisian regional news portal, 2014-03-26 (Wed). No dateline: the lead opens on the shelling
«غربي مدينة القصرين»; the main event comes first in ¶3, after the shelling and the arrests, and is told
again by the brigade's claim (¶6) and the hospital (¶7); one toll (3)."""
from actors_places import (
    BORDER_INFILTRATORS,
    CHAAMBI,
    CHAAMBI_EVACUEES,
    DZ_ARMY,
    DZ_BORDER,
    DZ_TN_ARMIES,
    FERIANA_AMBUSHERS,
    FERIANA_ROAD,
    FERIANA_SBEITLA,
    GUARD_PATROL,
    KASSERINE,
    KASSERINE_CONDOLENCE,
    KASSERINE_DISPLACED,
    KASSERINE_UNEMPLOYED,
    OKBA,
    SALLOUM,
    SALLOUM_SHEPHERD,
    SAMAMA,
    SBEITLA,
    SBEITLA_SUSPECTS,
    TN_ARMED_GROUPS,
    TN_ARMY,
    TN_GUARD,
    TN_INTERIOR_MINISTER,
    TN_MIL_AUTH,
    TN_MILITANTS,
    TN_PARTIES,
    TN_RED_CRESCENT,
    TN_SECURITY_INST,
    UGTT_KASSERINE,
)
from common import ARREST, CLASH, MINE, PEACEFUL, SHELL, D, E, paras_of

SLUG = "feriana_2014_chaambi_kasserine_sbeitla"
TODAY = D("2014-03-26")
TODAY_OPEN = D("2014-03-26", "day", ("2014-03-25", "2014-03-26"))
LAST_NIGHT = D("2014-03-25", "day", ("2014-03-25", "2014-03-26"))
ARTICLE = dict(
    id="team75-375", slug=SLUG, published="2014-03-26",
    outlet="Bawabat al-Chaambi, Tunisian regional news portal (fictional)",
    paras=paras_of(f"375_{SLUG}.txt"),
    events=[
        # ¶1: the army's shelling of Jebel Chaambi since dawn (headline 0)
        E(True, ["ASSAULT"], [0, 1], "قصف", ["asserted", "reported"], mode="heavy-weapons",
          source=TN_ARMY, recipient=OKBA, location=CHAAMBI, date=TODAY, attribution=["مصدر عسكري"],
          acled=SHELL, tpara=1),
        # ¶2: four suspected suppliers arrested in Sbeitla (COERCE); the phones and maps seized are optional
        E(True, ["COERCE"], [2], "وأوقفت", ["asserted"], mode="arrest",
          source=TN_GUARD, recipient=SBEITLA_SUSPECTS, location=SBEITLA, date=LAST_NIGHT,
          attribution=["الإدارة العامة للحرس الوطني"], acled=ARREST),
        E(False, ["COERCE"], [2], "وحجزت", ["asserted"], mode="confiscate",
          source=TN_GUARD, location=SBEITLA, date=LAST_NIGHT),
        # MAIN EVENT, first told in ¶3: the ambush on a National Guard patrol near Feriana around Tuesday
        # midnight (headline 0; ¶3: the ministry spokesman's three; the brigade's claim 6; the hospital 7) →
        # 3. The road closed afterwards is optional
        E(True, ["ASSAULT"], [0, 3, 6, 7], "كمين", ["asserted", "reported"], mode="firearms",
          source=FERIANA_AMBUSHERS, recipient=GUARD_PATROL, location=FERIANA_ROAD, date=LAST_NIGHT,
          fatalities=3,
          attribution=["الناطق الرسمي باسم وزارة الداخلية", "مدير المستشفى الجهوي بالقصرين"],
          acled=CLASH, tpara=3),
        E(False, ["COERCE"], [3], "أُغلق الطريق", ["asserted", "reported"], mode="restrict",
          location=FERIANA_ROAD, date=LAST_NIGHT),
        # ¶4 (Feriana described) holds no event. ¶5: the jobless graduates' protest (PROTEST); their slogans'
        # demand is optional
        E(True, ["PROTEST"], [5], "وقفة احتجاجية", ["asserted"], mode="demo",
          source=KASSERINE_UNEMPLOYED, location=KASSERINE, date=TODAY, acled=PEACEFUL),
        E(False, ["REQUEST"], [5], "تطالب", ["asserted"],
          source=KASSERINE_UNEMPLOYED, location=KASSERINE, date=TODAY),
        # ¶6 retells the main event (the claim); the claimed seizure of weapons, denied, and the security
        # source's charge of lying are optional
        E(False, ["COERCE"], [6], "استولوا", ["reported", "negated"], mode="seize",
          source=OKBA, date=LAST_NIGHT),
        E(False, ["ACCUSE"], [6], "متهماً", ["asserted"],
          recipient=OKBA, date=TODAY_OPEN),
        # ¶8: the interior minister's threat (THREATEN) during a visit (optional) that also announces rapid
        # intervention units (optional, planned)
        E(True, ["THREATEN"], [8], "وتوعّد", ["asserted"], mode="violence",
          source=TN_INTERIOR_MINISTER, recipient=TN_MILITANTS, location=KASSERINE, date=TODAY),
        E(False, ["CONSULT"], [8], "زيارته", ["asserted"], mode="visit",
          source=TN_INTERIOR_MINISTER, location=KASSERINE, date=TODAY),
        E(False, ["MOBILIZE"], [8], "تركيز وحدات", ["planned"], mode="police",
          source=TN_INTERIOR_MINISTER, date=None),
        # ¶9: Algerian reinforcements on the border, told by an Algerian paper (reported); the coordination
        # with Tunisia is optional
        E(True, ["MOBILIZE"], [9], "دفع بوحدات", ["reported"], mode="troops",
          source=DZ_ARMY, location=DZ_BORDER, date=LAST_NIGHT, attribution=["صحيفة جزائرية", "مصدر أمني"]),
        E(False, ["COOPERATE"], [9], "تنسيق ميداني", ["reported"],
          source=DZ_TN_ARMIES, date=LAST_NIGHT),
        # ¶10: an armed group's infiltration towards Jebel Semmama, told by local sources (rumoured)
        E(True, ["MOBILIZE"], [10], "تسلّل", ["rumored", "reported"], mode="troops",
          source=BORDER_INFILTRATORS, location=SAMAMA,
          date=D("2014-03-23", "week", ("2014-03-19", "2014-03-26")),
          attribution=["مصادر محلية في معتمدية فوسانة"]),
        # ¶11: a general strike «يوم الجمعة المقبل» (planned PROTEST); the union's call itself is optional
        E(True, ["PROTEST"], [11], "إضراب عام", ["planned"], mode="strike",
          source=UGTT_KASSERINE, location=KASSERINE, date=D("2014-03-28")),
        E(False, ["REQUEST"], [11], "ودعا", ["asserted"],
          source=UGTT_KASSERINE, date=TODAY_OPEN),
        # ¶12: the parties' praise and support (SUPPORT); the call for new plans is optional
        E(True, ["SUPPORT"], [12], "وأشادت", ["asserted"],
          source=TN_PARTIES, recipient=TN_SECURITY_INST, date=TODAY_OPEN),
        E(False, ["REQUEST"], [12], "دعا", ["asserted"],
          source=TN_PARTIES, date=TODAY_OPEN),
        # ¶13: families not allowed back home (RETREAT, negated); their evacuation and the governor's promises
        # are optional, historical
        E(True, ["RETREAT"], [13], "ولم تسمح", ["negated"], mode="return",
          source=TN_MIL_AUTH, recipient=CHAAMBI_EVACUEES, location=CHAAMBI, date=TODAY),
        E(False, ["COERCE"], [13], "أُجليت", ["historical"], mode="restrict",
          recipient=CHAAMBI_EVACUEES, location=CHAAMBI, date=None),
        E(False, ["AGREE"], [13], "الوعود", ["historical"],
          date=D("2014-02-15", "month", ("2014-02-01", "2014-02-28"))),
        # ¶14: Red Crescent aid to displaced families (AID)
        E(True, ["AID"], [14], "ووزّع", ["asserted"], mode="humanitarian",
          source=TN_RED_CRESCENT, recipient=KASSERINE_DISPLACED, location=KASSERINE, date=TODAY),
        # ¶15 (the mountain villages' lost income) holds no event. Background at another place: a shepherd
        # killed by a mine on Jebel Salloum on Sunday 12 January (1); the blame is optional
        E(True, ["ASSAULT"], [16], "انفجار لغم أرضي", ["historical", "asserted"], mode="explosives",
          source=TN_ARMED_GROUPS, recipient=SALLOUM_SHEPHERD, location=SALLOUM, date=D("2014-01-12"),
          fatalities=1, attribution=["السلطات"], acled=MINE),
        E(False, ["ACCUSE"], [16], "حمّلت", ["historical"],
          recipient=TN_ARMED_GROUPS, date=None),
        # ¶17: the governor's condolence visit to the three officers' families (CONSULT); the state's pledge
        # for their children is optional
        E(True, ["CONSULT"], [17], "وزار", ["asserted"], mode="visit",
          source=KASSERINE_CONDOLENCE, recipient=KASSERINE_CONDOLENCE, location=FERIANA_SBEITLA, date=TODAY),
        E(False, ["AGREE", "AID"], [17], "تكفّل", ["asserted"],
          source=KASSERINE_CONDOLENCE, date=TODAY),
    ],
)
