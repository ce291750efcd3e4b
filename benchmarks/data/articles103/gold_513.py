"""Gold of article 513: an ISIS attack on an army observation post at al-Rashad killing three soldiers (main
event, told first in the lead; one toll), a wounded soldier's account and the ISIS claim, air strikes on Wadi
al-Shay told by the Security Media Cell, a joint army-Peshmerga search, four arrests in al-Hawija, death
sentences in Kirkuk, a protest and demand of the families of the disappeared, the operations commander's
threat, two shepherds' abduction rumoured and denied, displaced families not let home, the funeral, the
coalition's praise and a ban on motorcycles lifted, a defence ministry visit due on Thursday, the toll since
last year, and a roadside bomb near Daquq on 14 February 2021 (Kirkuk governorate, Iraq), an Erbil-based
Kurdish satellite channel's Arabic-language website, 2021-03-23 (Tue). Dateline «كركوك» (the provincial
capital; the events happen in its districts)."""
from actors_places import (
    ABDUCTORS,
    ARMY_AND_PESHMERGA,
    COALITION,
    CONVICTS,
    DAQUQ,
    DAQUQ_FARMERS,
    DAQUQ_ROAD,
    DAQUQ_SHEPHERDS,
    FED_POLICE,
    GOVERNOR_OFFICE,
    HAWIJA,
    HAWIJA_SUSPECTS,
    IQ_AIR,
    IQ_GOV,
    IQ_SECURITY,
    IQ_SOLDIERS,
    ISIS_HIDEOUTS,
    ISIS_IQ,
    JOINT_SEARCH,
    KIRKUK_CITY,
    KIRKUK_COURT,
    KIRKUK_GOV,
    KIRKUK_OPS_CDR,
    MISSING_FAMILIES,
    MOD_DELEGATION,
    OPS_COMMAND,
    OPS_MEETING,
    RASHAD,
    RASHAD_EAST,
    RASHAD_IDPS,
    RASHAD_MUKHTARS,
    RASHAD_SHAY,
    WADI_SHAY,
)
from common import AIR, ARREST, CLASH, MINE, PEACEFUL, D, E, paras_of

SLUG = "kirkuk_2021_rashad_hawija"
TODAY = D("2021-03-23")
# a statement or an act of the day whose hour the text does not give: today, or the evening before
TODAY_OR_EVE = D("2021-03-23", "day", ("2021-03-22", "2021-03-23"))
ARTICLE = dict(
    id="team103-513", slug=SLUG, published="2021-03-23",
    outlet="al-Zab, an Erbil-based Kurdish satellite channel's Arabic-language website (fictional)",
    paras=paras_of(f"513_{SLUG}.txt"),
    events=[
        # MAIN EVENT, told first in the lead after the dateline (a passive verb first): ISIS snipers and
        # grenades on an army observation post at al-Rashad «ليل أمس» (the night may run past midnight: the
        # two days); a wounded soldier ¶2, the ISIS claim ¶3 (no number) and the funeral ¶13 retell it. One
        # toll: 3. The soldiers fire nothing back in the text: ISIS is the source, the soldiers the recipient
        E(True, ["ASSAULT"], [0, 1, 2, 3, 13], "بهجوم", ["asserted"], mode="firearms",
          source=ISIS_IQ, recipient=IQ_SOLDIERS, location=RASHAD,
          date=D("2021-03-22", "day", ("2021-03-22", "2021-03-23")), fatalities=3,
          attribution=["ضابط في قيادة عمليات كركوك", "أحد الجنديين الجريحين", "وكالة «أعماق»"],
          acled=CLASH, tpara=1),
        # ¶4: F-16 strikes on Wadi al-Shay told only by the Security Media Cell (reported; its own count, 7;
        # the headline names them; «هجوم الرشاد» is a back-reference)
        E(True, ["ASSAULT"], [0, 4], "ضربات", ["reported", "asserted"], mode="aerial",
          source=IQ_AIR, recipient=ISIS_HIDEOUTS, location=WADI_SHAY, date=TODAY_OR_EVE, fatalities=7,
          attribution=["خلية الإعلام الأمني"], acled=AIR, tpara=4),
        # ¶5: the army and the Peshmerga search the villages together (COOPERATE; both parties in either role)
        E(True, ["COOPERATE"], [5], "عملية تفتيش مشتركة", ["asserted"],
          source=JOINT_SEARCH, recipient=JOINT_SEARCH, location=RASHAD_SHAY, date=TODAY,
          attribution=["ضابط في البيشمركة"]),
        # ¶6 (a passive with «من قبل»): four arrests in al-Hawija; the campaign «لمنفذي هجوم ليلة أمس» is a
        # purpose clause, not a new event
        E(True, ["COERCE"], [6], "واعتُقل", ["asserted"], mode="arrest",
          source=FED_POLICE, recipient=HAWIJA_SUSPECTS, location=HAWIJA, date=TODAY,
          attribution=["وكالة الأنباء العراقية «واع» عن مصدر أمني"], acled=ARREST),
        # ¶7 (al-Rashad described) holds no event. ¶8 (short): two death sentences (SANCTION)
        E(True, ["SANCTION"], [8], "حكماً بالإعدام", ["asserted"], mode="convict",
          source=KIRKUK_COURT, recipient=CONVICTS, location=KIRKUK_CITY, date=TODAY),
        # ¶9: the families of the disappeared gather (PROTEST) and demand (REQUEST); the office director's
        # promise is optional (planned)
        E(True, ["PROTEST"], [9], "وتجمّع", ["asserted"], mode="demo",
          source=MISSING_FAMILIES, location=KIRKUK_CITY, date=TODAY, acled=PEACEFUL),
        E(True, ["REQUEST"], [9], "وطالبوا", ["asserted"],
          source=MISSING_FAMILIES, recipient=IQ_GOV, date=TODAY),
        E(False, ["AGREE"], [9], "ووعدهم", ["planned", "asserted"],
          source=GOVERNOR_OFFICE, recipient=MISSING_FAMILIES, date=None),
        # ¶10 (subject, a long parenthesis, verb): the meeting with the mukhtars, told in the parenthesis, is
        # optional; the commander's threat is core, the eviction it announces hypothetical (optional)
        E(False, ["CONSULT"], [10], "جمع", ["asserted"],
          source=OPS_MEETING, recipient=OPS_MEETING, date=TODAY),
        E(True, ["THREATEN"], [10], "هدّد", ["asserted"], mode="restrict",
          source=KIRKUK_OPS_CDR, recipient=RASHAD_MUKHTARS, location=RASHAD, date=TODAY),
        E(False, ["COERCE"], [10], "بإخلاء", ["hypothetical"], mode="deport",
          source=KIRKUK_OPS_CDR, recipient=RASHAD_MUKHTARS, date=None),
        # ¶11: two shepherds' abduction near Daquq told by tribal sources and denied by the police (rumoured)
        E(True, ["ASSAULT"], [11], "خطف", ["rumored", "negated"], mode="abduct",
          source=ABDUCTORS, recipient=DAQUQ_SHEPHERDS, location=DAQUQ, date=D("2021-03-20"),
          attribution=["مصادر عشائرية"]),
        # ¶12: displaced families not let home (negated RETREAT)
        E(True, ["RETREAT"], [12], "تسمح", ["negated"], mode="return",
          source=IQ_SECURITY, recipient=RASHAD_IDPS, location=RASHAD_EAST, date=TODAY,
          attribution=["مختار إحدى تلك القرى"]),
        # ¶13: the funeral belongs to the main event (the mourning declared is no event). ¶14: the coalition's
        # praise (SUPPORT) and the ban on motorcycles lifted from next week (CONCEDE, announced today)
        E(True, ["SUPPORT"], [14], "وأشاد", ["asserted"],
          source=COALITION, recipient=ARMY_AND_PESHMERGA, date=TODAY_OR_EVE,
          attribution=["تغريدة على حسابه الرسمي"]),
        E(True, ["CONCEDE"], [14], "رفع حظر", ["asserted", "planned"],
          source=OPS_COMMAND, location=HAWIJA, date=TODAY_OR_EVE),
        # ¶15: a defence ministry delegation due on Thursday (planned CONSULT); the toll of ISIS attacks since
        # last year is an aggregate (optional, generic)
        E(True, ["CONSULT"], [15], "يزور", ["planned"], mode="visit",
          source=MOD_DELEGATION, location=KIRKUK_GOV, date=D("2021-03-25"),
          attribution=["مصدر في قيادة العمليات"]),
        E(False, ["ASSAULT"], [15], "هجمات التنظيم", ["generic"],
          source=ISIS_IQ, location=KIRKUK_GOV, date=None),
        # ¶16 (the gap between the lines, analysis) holds no event. ¶17, «وكانت … قد» at another place: a
        # roadside bomb near Daquq on 14 February (core, historical; 2 killed)
        E(True, ["ASSAULT"], [17], "انفجرت", ["historical", "asserted"], mode="explosives",
          recipient=DAQUQ_FARMERS, location=DAQUQ_ROAD, date=D("2021-02-14"), fatalities=2, acled=MINE),
    ],
)
