"""Gold of article 569: Karak castle and Karak city, al-Qatraneh and the Desert Highway, an Amman-based
private daily newspaper's website, 2016-12-20 (Tue)."""
from actors_places import (
    BAR,
    CASTLE,
    DESERT_HWY,
    FIFTH_GUNMAN,
    GENDARMERIE_PATROL,
    GUNMEN,
    ISIS,
    JO_AUTHORITIES,
    JO_FORCES,
    JO_GOV,
    JO_POLICE,
    JO_SEC_SOURCE,
    JORDAN,
    KARAK_CASTLE,
    KARAK_GOV_BUILDING,
    KARAK_MOURNERS,
    KARAK_TRIBE,
    OP_CLASH,
    PARLIAMENT,
    QATRANEH,
    SUSPECTS,
    TRAPPED,
    UNKNOWN_GUNMEN,
)
from common import ARREST, CLASH, PEACEFUL, D, E, paras_of

SLUG = "karak_2016_castle_qatraneh_desert_highway_cell"
TODAY = D("2016-12-20")
YESTERDAY = D("2016-12-19")
SUNDAY = D("2016-12-18")
SUNDAY_NIGHT = D("2016-12-18", "day", ("2016-12-18", "2016-12-19"))
SINCE_YESTERDAY = D("2016-12-20", "day", ("2016-12-19", "2016-12-20"))
ARTICLE = dict(
    id="team114-569", slug=SLUG, published="2016-12-20",
    outlet="Maraya Amman, an Amman-based private daily newspaper's website (fictional)",
    paras=paras_of(f"569_{SLUG}.txt"),
    events=[
        # the main event, first in the lead ¶1 (no dateline; Karak named in the first sentence): gunmen attack
        # a police patrol on Sunday evening and fire from the castle they take refuge in; seven killed (one
        # number); ¶2 the witnesses' account of those trapped, ¶4 the ISIS claim (no number), ¶17 the funeral
        # of «رجال الأمن الأربعة»; Armed clash (the gunmen against the police); the headline names it
        E(True, ["ASSAULT"], [0, 1, 2, 4, 17], "هاجم", ["asserted", "reported"], mode="firearms",
          source=GUNMEN, recipient=JO_POLICE, location=KARAK_CASTLE, date=SUNDAY, fatalities=7,
          attribution=["مديرية الأمن العام"], acled=CLASH, tpara=1),
        # ¶2: the tourists and citizens taken out by the gendarmerie (optional RETREAT access)
        E(False, ["RETREAT", "AID"], [2], "إخراجهم", ["asserted", "reported"], mode="access",
          source=JO_FORCES, recipient=TRAPPED, location=CASTLE, date=SUNDAY),
        # ¶3: the security operation that ends the siege near midnight, four gunmen killed (core ASSAULT,
        # Armed clash, both sides as source)
        E(True, ["ASSAULT"], [3], "اشتباكات", ["asserted"], mode="firearms",
          source=OP_CLASH, location=CASTLE, date=SUNDAY_NIGHT, fatalities=4, acled=CLASH),
        # ¶5: the cell's hideout in al-Qatraneh raided (optional COERCE), three suspects arrested (core
        # COERCE, Arrests) and arms and suicide belts seized (core COERCE confiscate); a short exchange of
        # fire at the door is optional; «، وذلك بعد» tells the tracking after the act
        E(False, ["COERCE"], [5], "وداهمت", ["asserted"],
          source=JO_FORCES, location=QATRANEH, date=YESTERDAY),
        E(True, ["COERCE"], [5], "واعتقلت", ["asserted"], mode="arrest",
          source=JO_FORCES, recipient=SUSPECTS, location=QATRANEH, date=YESTERDAY, acled=ARREST),
        E(True, ["COERCE"], [5], "وضبطت", ["asserted"], mode="confiscate",
          source=JO_FORCES, location=QATRANEH, date=YESTERDAY),
        E(False, ["ASSAULT"], [5], "اشتباكاً", ["asserted", "reported"], mode="firearms",
          location=QATRANEH, date=YESTERDAY),
        # ¶6: a mourning sit-in before the governorate building (core PROTEST demo, Peaceful protest) and its
        # demand (optional REQUEST)
        E(True, ["PROTEST"], [6], "اعتصاماً", ["asserted"], mode="demo",
          source=KARAK_MOURNERS, location=KARAK_GOV_BUILDING, date=YESTERDAY, acled=PEACEFUL),
        E(False, ["REQUEST"], [6], "وطالبوا", ["asserted"],
          source=KARAK_MOURNERS, recipient=JO_GOV, date=YESTERDAY),
        # ¶7: a tribe's statement condemning the attack (core ACCUSE, no recipient named); its disowning of
        # one of its sons is an optional REJECT
        E(True, ["ACCUSE"], [7], "ودانت", ["asserted"],
          source=KARAK_TRIBE, date=SINCE_YESTERDAY),
        E(False, ["REJECT"], [7], "تبرؤها", ["asserted"],
          source=KARAK_TRIBE, date=SINCE_YESTERDAY),
        # paragraph 8 (the castle: a description) holds no event
        # ¶9: a fifth gunman arrested on the Desert Highway, rumoured and denied (core COERCE, rumored; the
        # denial optional REJECT)
        E(True, ["COERCE"], [9], "اعتقال", ["rumored", "reported"], mode="arrest",
          recipient=FIFTH_GUNMAN, location=DESERT_HWY, date=None, attribution=["مواقع إخبارية محلية"]),
        E(False, ["REJECT"], [9], "نفى", ["asserted"],
          source=JO_SEC_SOURCE, date=SINCE_YESTERDAY),
        # ¶10: ISIS's conditional threat (core THREATEN); the attacks threatened are optional, hypothetical
        E(True, ["THREATEN"], [10], "وتوعّد", ["asserted", "reported"], mode="violence",
          source=ISIS, recipient=JORDAN, date=YESTERDAY),
        E(False, ["ASSAULT"], [10], "بشنّ", ["hypothetical"], source=ISIS, date=None),
        # ¶11: a parliamentary session due next Sunday (core CONSULT, planned)
        E(True, ["CONSULT"], [11], "يعقد", ["planned"], mode="multilateral",
          source=PARLIAMENT, date=D("2016-12-25"), attribution=["نائب عن محافظة الكرك"]),
        # ¶12: the castle not reopened (core RETREAT access, negated); the road up to it closed (optional)
        E(True, ["RETREAT"], [12], "تُعِد", ["negated"], mode="access",
          source=JO_AUTHORITIES, location=KARAK_CASTLE, date=YESTERDAY),
        E(False, ["COERCE"], [12], "أُغلق", ["asserted"], mode="restrict",
          location=KARAK_CASTLE, date=YESTERDAY),
        # paragraph 13 (a shopkeeper's words) holds no event
        # background at another place, in «وكان … قد»: unidentified gunmen fire on a gendarmerie patrol on
        # the Desert Highway near al-Qatraneh on 3 October (core, historical; two wounded, no toll)
        E(True, ["ASSAULT"], [14], "أطلقوا", ["historical", "asserted"], mode="firearms",
          source=UNKNOWN_GUNMEN, recipient=GENDARMERIE_PATROL, location=DESERT_HWY, date=D("2016-10-03"),
          acled=CLASH),
        # ¶15, subject–verb–object with a long parenthetical: the Bar Association condemns the attack (core
        # ACCUSE) and asks the government to review security at tourist sites (core REQUEST); the day's
        # suspension of work in the courts is in the relative clause (optional PROTEST strike)
        E(True, ["ACCUSE"], [15], "دانت", ["asserted"],
          source=BAR, date=SINCE_YESTERDAY),
        E(True, ["REQUEST"], [15], "وطالبت", ["asserted"],
          source=BAR, recipient=JO_GOV, date=SINCE_YESTERDAY),
        E(False, ["PROTEST"], [15], "علّقت", ["asserted"], mode="strike",
          source=BAR, date=SINCE_YESTERDAY),
        # paragraph 16 (Karak's economy: a generic statement) holds no event; ¶17, the funeral, is a paragraph
        # of the main event
    ],
)
