"""Gold of article 444: the Bouchebka crossing closed to lorries, a night clash between an army patrol and
smugglers near Bouchebka (main event, in ¶2 after the closure; the Defence Ministry's one dead against local
sources' two → 1), a wounded smuggler arrested and held, smuggled goods seized, the traders' protest and the
shops closed in Feriana, the governor's meeting with the traders (the customs absent), a reopening agreed
with conditions for Monday, the ministry's warning, a rumoured suspension of two customs officers, the
UGTT's demand through TAP, and a soldier killed by a mine on Mount Chaambi on 9 November 2021 (Kasserine,
Tunisia), a Tunisian regional private radio station's website, 2022-02-22 (Tue). No dateline: the lead names
Kasserine in its first sentence."""
from actors_places import (
    BORDER_STRIP,
    BOUCHEBKA,
    CHAAMBI,
    CHAAMBI_MILITANTS,
    CLASH_SIDES,
    CRISIS_CELL,
    CROSSING,
    CUSTOMS,
    CUSTOMS_AGENTS,
    FERIANA,
    FERIANA_TRADERS,
    GOVERNOR_TRADERS,
    KASSERINE,
    KASSERINE_GOVERNOR,
    KASSERINE_HOSPITAL,
    KASSERINE_SEAT,
    RELATIVES,
    THIRD_SMUGGLER,
    TN_ARMY,
    TN_AUTHORITIES,
    TN_DEFENCE,
    TN_GOVERNMENTS,
    TN_SOLDIER,
    TRADERS,
    UGTT_KASSERINE,
)
from common import CLASH, MINE, PEACEFUL, D, E, paras_of

SLUG = "bouchebka_2022_kasserine_chaambi"
TODAY = D("2022-02-22")
NIGHT = D("2022-02-21", "day", ("2022-02-21", "2022-02-22"))
STATEMENT = D("2022-02-22", "day", ("2022-02-21", "2022-02-22"))
ARTICLE = dict(
    id="team89-444", slug=SLUG, published="2022-02-22",
    outlet="al-Hidab FM, a Tunisian regional private radio station, website (fictional)",
    paras=paras_of(f"444_{SLUG}.txt"),
    events=[
        # ¶1 (headline 0): the crossing closed to lorries this morning (COERCE restrict); the crisis cell's
        # night meeting optional; the land border closed to travellers two years ago is background
        # (optional)
        E(True, ["COERCE"], [0, 1], "أغلقت", ["asserted"], mode="restrict",
          source=TN_AUTHORITIES, location=CROSSING, date=TODAY,
          attribution=["مصدر بالإدارة الجهوية للديوانة"], tpara=1),
        E(False, ["CONSULT"], [1], "اجتمعت", ["asserted"], source=CRISIS_CELL, location=KASSERINE_SEAT,
          date=NIGHT),
        E(False, ["COERCE"], [1], "غلق الحدود البرية", ["historical"], mode="restrict",
          source=TN_AUTHORITIES, date=None),
        # MAIN EVENT in ¶2, after the closure: the night clash «بين» an army patrol «و» smugglers
        # (two-sided: both are sources); one dead per the Defence Ministry ¶2, two per local sources ¶3 → 1;
        # the body at the hospital ¶6 retells it
        E(True, ["ASSAULT"], [0, 2, 3, 6], "اشتباك مسلح", ["asserted", "reported"], mode="firearms",
          source=CLASH_SIDES, location=BOUCHEBKA, date=NIGHT, fatalities=1,
          attribution=["بلاغ لوزارة الدفاع الوطني", "مصادر محلية من فريانة"], acled=CLASH, tpara=2),
        # ¶3: the passive «اعتُقل»: a third, wounded man arrested; the prosecution keeps him in custody ¶5
        # (one arrest event, folded by ACLED into the clash)
        E(True, ["COERCE"], [3, 5], "واعتُقل", ["asserted", "reported"], mode="arrest",
          source=TN_ARMY, recipient=THIRD_SMUGGLER, location=BOUCHEBKA, date=NIGHT,
          attribution=["مصادر محلية من فريانة", "الناطق الرسمي باسم المحكمة"]),
        # ¶4: the seizure of two cars, fuel and cigarettes
        E(True, ["COERCE"], [4], "وحجزت", ["asserted", "reported"], mode="confiscate",
          source=TN_ARMY, location=BOUCHEBKA, date=NIGHT, attribution=["بلاغ لوزارة الدفاع الوطني"]),
        # ¶6: the relatives' gathering at the hospital and their demands (optional)
        E(False, ["PROTEST"], [6], "تجمّع", ["asserted"], mode="demo",
          source=RELATIVES, location=KASSERINE_HOSPITAL, date=TODAY),
        E(False, ["REQUEST"], [6], "مطالبين", ["asserted"], source=RELATIVES, date=TODAY),
        # ¶7 (headline 0): the traders' protest at the governorate seat and the shops closed in Feriana, two
        # events joined with «و» and a second verb; the demand to meet the governor optional
        E(True, ["PROTEST"], [0, 7], "وقفة احتجاجية", ["asserted"], mode="demo",
          source=TRADERS, location=KASSERINE_SEAT, date=TODAY, acled=PEACEFUL, tpara=7),
        E(True, ["PROTEST"], [7], "وأغلق", ["asserted"], mode="strike",
          source=FERIANA_TRADERS, location=FERIANA, date=TODAY, acled=PEACEFUL),
        E(False, ["REQUEST"], [7], "ومطالبين", ["asserted"], source=TRADERS, recipient=KASSERINE_GOVERNOR,
          date=TODAY),
        # ¶8 (a trader's words) and ¶9 (Feriana described) hold no event. ¶10, subject-verb-object: the
        # governor receives the traders' representatives; the customs administration did not attend
        # (negated)
        E(True, ["CONSULT"], [10], "استقبل", ["asserted"],
          source=GOVERNOR_TRADERS, recipient=GOVERNOR_TRADERS, location=KASSERINE, date=TODAY),
        E(True, ["CONSULT"], [10], "يحضرها", ["negated"],
          source=CUSTOMS, recipient=KASSERINE_GOVERNOR, location=KASSERINE, date=TODAY),
        # ¶11: the agreement with its conditions (AGREE) and the reopening due on Monday (CONCEDE, planned;
        # RETREAT accepted); a new closure after any breach is only conditional (optional, hypothetical)
        E(True, ["AGREE"], [11], "اتفاق", ["asserted"],
          source=GOVERNOR_TRADERS, recipient=GOVERNOR_TRADERS, location=KASSERINE, date=TODAY,
          attribution=["الوالي"]),
        E(True, ["CONCEDE", "RETREAT"], [11], "إعادة فتح المعبر", ["planned", "asserted"], mode="access",
          location=CROSSING, date=D("2022-02-28")),
        E(False, ["COERCE"], [11], "يُعاد غلقه", ["hypothetical"], mode="restrict", location=CROSSING,
          date=None),
        # ¶12: the Defence Ministry's warning (THREATEN); its call to obey stop signals optional
        E(True, ["THREATEN"], [12], "وحذّرت", ["asserted"], mode="violence",
          source=TN_DEFENCE, location=BORDER_STRIP, date=TODAY),
        E(False, ["REQUEST"], [12], "داعيةً", ["asserted"], source=TN_DEFENCE, date=TODAY),
        # ¶13: two customs officers suspended, rumoured and unconfirmed (undated; COERCE accepted); the
        # refusal to comment is no event
        E(True, ["SANCTION", "COERCE"], [13], "إيقاف", ["rumored"],
          recipient=CUSTOMS_AGENTS, location=FERIANA, date=None),
        # ¶14: the UGTT's demand through TAP («نقلاً عن»); its blame of past governments optional
        E(True, ["REQUEST"], [14], "طالب", ["asserted", "reported"],
          source=UGTT_KASSERINE, location=KASSERINE, date=STATEMENT, attribution=["«وات»"]),
        E(False, ["ACCUSE"], [14], "محمّلاً", ["asserted"], source=UGTT_KASSERINE, recipient=TN_GOVERNMENTS,
          date=STATEMENT),
        # ¶15 (analysis) holds no event. ¶16, «وكان … قد» at another place: a soldier killed by a mine on
        # Mount Chaambi on 9 November 2021. ¶17: the Algerian side's silence is no event
        E(True, ["ASSAULT"], [16], "انفجار لغم", ["historical", "asserted"], mode="explosives",
          source=CHAAMBI_MILITANTS, recipient=TN_SOLDIER, location=CHAAMBI, date=D("2021-11-09"),
          fatalities=1,
          acled=MINE),
        # «the third of its kind since the autumn» is a tally (optional, generic)
        E(False, ["ASSAULT"], [16], "الثالث من نوعه", ["generic"], location=CHAAMBI, date=None),
    ],
)
