"""Gold of article 555: fishermen protest at Mocha's fishing port against the coast guard's ban on sailing at
night, a drone strikes a fishing boat off Dhubab killing three fishermen (main event, told in ¶2 after the
protest; one toll), the survivor's account and the Houthi channel's version, the fisheries cooperative's blame
and call, the coast guard easing the ban, the cooperative's refusal of tracking devices, two boats' seizure by
Eritrean boats rumoured, a Houthi conditional threat, compensation not paid, joint escort patrols, the burial,
FAO aid due next week, the war's dead fishermen, and a sea mine off Mocha on 14 August 2024 (Taiz, Yemen), a
Taiz-based independent daily newspaper's website, 2024-10-13 (Sun). Dateline «تعز» (the capital of the
province; the events happen in Mocha and Dhubab). Mostly about fishermen and their boats."""
from actors_places import (
    BOAT_OWNERS,
    COAST_GUARD,
    COAST_GUARD_NR,
    CONCEDE_FISHERMEN,
    DHUBAB_FISHERMEN,
    DHUBAB_SEA,
    DHUBAB_SHORES,
    ELEVEN_FISHERMEN,
    ERITREAN_BOATS,
    FAO,
    FAO_FISHERMEN,
    FISH_COOP,
    HOUTHI_SOURCE,
    HOUTHIS,
    MINE_LAYERS,
    MOKHA,
    MOKHA_AUTHORITY,
    MOKHA_COAST,
    MOKHA_DHUBAB,
    MOKHA_FISHERMEN,
    MOKHA_MINE_VICTIMS,
    MOKHA_PORT,
    NATIONAL_RESISTANCE,
    RED_SEA,
    RED_SEA_FISHERMEN,
    SOUTH_RED_SEA,
    UN,
)
from common import AIR, MINE, PEACEFUL, D, E, paras_of

SLUG = "taiz_2024_dhubab_mokha"
YESTERDAY = D("2024-10-12")
TODAY = D("2024-10-13")
# a statement of the day whose hour the text does not give: today, or the evening before
TODAY_OR_EVE = D("2024-10-13", "day", ("2024-10-12", "2024-10-13"))
ARTICLE = dict(
    id="team111-555", slug=SLUG, published="2024-10-13",
    outlet="Marfa, a Taiz-based independent daily newspaper's website (fictional)",
    paras=paras_of(f"555_{SLUG}.txt"),
    events=[
        # ¶1 (dateline «تعز – «مرفأ»:»): the fishermen's protest at Mocha's fishing port (PROTEST demo; the
        # headline names it); the ban itself, issued before, is optional and historical
        E(True, ["PROTEST"], [0, 1], "احتجّ", ["asserted"], mode="demo",
          source=MOKHA_FISHERMEN, recipient=COAST_GUARD, location=MOKHA_PORT, date=YESTERDAY,
          attribution=["مراسل «مرفأ»"], acled=PEACEFUL, tpara=1),
        E(False, ["COERCE"], [1], "منع الإبحار", ["historical", "asserted"], mode="ban",
          source=COAST_GUARD, location=MOKHA, date=None),
        # MAIN EVENT, told in ¶2 after the protest (verb first; the hour told after the act in a clause of its
        # own): a drone strikes a fishing boat off Dhubab; the National Resistance's media name the Houthis as
        # its launchers; the survivor ¶3, the Houthi channel's version ¶4 and the burial ¶13 retell it. One
        # toll: 3
        E(True, ["ASSAULT"], [0, 2, 3, 4, 13], "استهدفت طائرة مسيّرة", ["asserted", "reported"], mode="aerial",
          source=HOUTHIS, recipient=DHUBAB_FISHERMEN, location=DHUBAB_SEA, date=YESTERDAY, fatalities=3,
          attribution=["الإعلام العسكري لقوات «المقاومة الوطنية»", "الصياد الناجي", "قناة «المسيرة»"],
          acled=AIR, tpara=2),
        # ¶5 (Dhubab's fishermen) holds no event. ¶6 (subject, a long parenthesis, verb): the cooperative's
        # blame and call, two verbs joined with «و»
        E(True, ["ACCUSE"], [6], "حمّلت", ["asserted"],
          source=FISH_COOP, recipient=HOUTHIS, date=TODAY_OR_EVE, attribution=["بيان"]),
        E(True, ["REQUEST"], [6], "ودعت", ["asserted"],
          source=FISH_COOP, recipient=UN, date=TODAY_OR_EVE),
        # ¶7: the coast guard eases the night ban (CONCEDE, announced)
        E(True, ["CONCEDE"], [7], "تخفيف", ["asserted"],
          source=COAST_GUARD, recipient=CONCEDE_FISHERMEN, date=TODAY, attribution=["مصدر في القيادة"]),
        # ¶8: the cooperative refuses the tracking devices (REJECT); its counter-proposal is optional
        E(True, ["REJECT"], [8], "ورفضت", ["asserted"],
          source=FISH_COOP, recipient=COAST_GUARD, date=TODAY_OR_EVE),
        E(False, ["REQUEST", "AGREE"], [8], "واقترحت", ["asserted"],
          source=FISH_COOP, recipient=COAST_GUARD, date=TODAY_OR_EVE),
        # ¶9: two boats held by Eritrean boats, told by fishermen and confirmed by no official (rumoured)
        E(True, ["COERCE"], [9], "احتجاز", ["rumored", "reported"], mode="seize",
          source=ERITREAN_BOATS, recipient=ELEVEN_FISHERMEN, location=SOUTH_RED_SEA,
          date=D("2024-10-10", "day", ("2024-10-09", "2024-10-12")), attribution=["صيادون في ذباب"]),
        # ¶10: the Houthi source's conditional threat (THREATEN); the strikes it names are optional,
        # hypothetical
        E(True, ["THREATEN"], [10], "وهدد", ["asserted"], mode="violence",
          source=HOUTHI_SOURCE, date=TODAY_OR_EVE, attribution=["«المسيرة»"]),
        E(False, ["ASSAULT"], [10], "باستهداف", ["hypothetical"], mode="aerial",
          source=HOUTHIS, date=None),
        # ¶11: the compensation not paid (AID, negated); the promise and the fire in the port are optional and
        # historical
        E(True, ["AID"], [11], "ولم تصرف", ["negated"], mode="economic",
          source=MOKHA_AUTHORITY, recipient=BOAT_OWNERS, location=MOKHA, date=TODAY,
          attribution=["رئيس الجمعية"]),
        E(False, ["AGREE", "AID"], [11], "وعدت", ["historical"],
          source=MOKHA_AUTHORITY, recipient=BOAT_OWNERS,
          date=D("2024-07-01", "month", ("2024-06-01", "2024-10-12"))),
        E(False, ["ASSAULT"], [11], "احترقت", ["historical"], mode="destroy",
          location=MOKHA_PORT, date=D("2024-06-10", "month", ("2024-06-01", "2024-06-30"))),
        # ¶12: the coast guard's and the National Resistance's joint escort patrols (COOPERATE, both in either
        # role; «لمرافقة …» is their purpose)
        E(True, ["COOPERATE"], [12], "دوريات مشتركة", ["asserted"],
          source=COAST_GUARD_NR, recipient=COAST_GUARD_NR, location=DHUBAB_SHORES, date=TODAY,
          attribution=["الإعلام العسكري للمقاومة"]),
        # ¶13: the burial belongs to the main event; the boats tied up in mourning are an optional PROTEST
        E(False, ["PROTEST"], [13], "رُبطت", ["asserted"], mode="strike",
          location=DHUBAB_SHORES, date=TODAY),
        # ¶14: FAO's engines and nets «مطلع الأسبوع المقبل» (planned)
        E(True, ["AID"], [14], "توزّع", ["planned"], mode="economic",
          source=FAO, recipient=FAO_FISHERMEN, location=MOKHA_DHUBAB,
          date=D("2024-10-19", "week", ("2024-10-19", "2024-10-23")),
          attribution=["مكتب الثروة السمكية في المحافظة"]),
        # ¶15 (the fish market) holds no event. ¶16: the war's dead fishermen, an aggregate (optional,
        # generic)
        E(False, ["ASSAULT"], [16], "قُتلوا", ["generic"], recipient=RED_SEA_FISHERMEN, location=RED_SEA,
          date=None),
        # ¶17, «وكان … قد» at another place: two fishermen killed by a sea mine off Mocha on 14 August (core,
        # historical); the National Resistance blames the Houthis, who deny it
        E(True, ["ASSAULT"], [17], "بانفجار لغم بحري", ["historical", "asserted", "reported"],
          mode="explosives",
          source=MINE_LAYERS, recipient=MOKHA_MINE_VICTIMS, location=MOKHA_COAST, date=D("2024-08-14"),
          fatalities=2, attribution=["الجمعية", "قوات «المقاومة الوطنية»"], acled=MINE),
        # the Houthis' denial of the blame (optional REJECT)
        E(False, ["REJECT"], [17], "نفت", ["historical", "asserted"],
          source=HOUTHIS, recipient=NATIONAL_RESISTANCE, date=None),
    ],
)
