"""Gold of article 660: the attack on the army's checkpoint in Abra, the storming of the mosque complex, the
residents fleeing, the supporters' sit-in in Sidon and the political statements (east of Sidon, southern
Lebanon), a Paris-based French public international radio's Arabic service website, 2013-06-25 (Tue)."""
from actors_places import (
    ABRA,
    ABRA_CHECKPOINT,
    ABRA_COMPLEX,
    ABRA_IDPS,
    ABRA_RESIDENTS,
    AIN_HILWEH,
    BAABDA,
    BATTLE_660,
    CHECKPOINT_CLASH,
    DETAINEES_660,
    HEZBOLLAH_660,
    HEZBOLLAH_PARTY,
    HIST_CLASH_660,
    HRC,
    IMAM_660,
    LAF,
    LAF_COMMAND,
    LAF_STATEMENT,
    LB_CARETAKER_PM,
    LB_DEFENCE_COUNCIL,
    LB_ISF,
    LB_PRESIDENT,
    NAJMEH_SQUARE,
    SHEIKH_660,
    SIDON,
    SIDON_MPS,
    SIDON_NOTABLES,
    SIDON_SCHOOLS,
    SIDON_SCHOOLS_OWNERS,
    SUPPORTERS_660,
    TAAMIR,
    WANTED_660,
)
from common import ARREST, CLASH, PEACEFUL, D, E, paras_of

SLUG = "sidon_2013_abra_bilal_mosque_taamir"
TODAY = D("2013-06-25")
YESTERDAY = D("2013-06-24")
SUNDAY = D("2013-06-23")
SUNDAY_NIGHT = D("2013-06-23", "day", ("2013-06-23", "2013-06-24"))
SINCE_SUNDAY = D("2013-06-25", "day", ("2013-06-23", "2013-06-25"))
RAIDS = D("2013-06-24", "day", ("2013-06-24", "2013-06-25"))
LATELY = D("2013-06-25", "day", ("2013-06-24", "2013-06-25"))
ARTICLE = dict(
    id="team132-660", slug=SLUG, published="2013-06-25",
    outlet="Difaf al-Mutawassit, a Paris-based French public international radio's Arabic service website "
           "(fictional)",
    paras=paras_of(f"660_{SLUG}.txt"),
    events=[
        # the lead, without a dateline (Abra in the first sentence): the cleric's armed followers attack the
        # army's checkpoint on Sunday, an exchange of fire, three soldiers killed (core ASSAULT, Armed clash)
        E(True, ["ASSAULT"], [1], "هاجم", ["asserted"], mode="firearms", source=CHECKPOINT_CLASH,
          location=ABRA_CHECKPOINT, date=SUNDAY, fatalities=3, attribution=["بيان لقيادة الجيش"],
          acled=CLASH),
        # ¶2: commandos and armour round the complex on Sunday night (core MOBILIZE); the cordon and the roads
        # closed are optional
        E(True, ["MOBILIZE"], [2], "ودفع", ["asserted"], mode="troops", source=LAF, location=ABRA,
          date=SUNDAY_NIGHT),
        E(False, ["COERCE"], [2], "وطوّق", ["asserted"], mode="restrict", source=LAF, location=ABRA,
          date=SUNDAY_NIGHT),
        # ¶3: hundreds of residents flee the town (core RETREAT)
        E(True, ["RETREAT"], [3], "ونزح", ["asserted"], source=ABRA_RESIDENTS, location=ABRA,
          date=SINCE_SUNDAY),
        # the main event, in ¶4 after the checkpoint, the reinforcements and the flight: the commandos storm
        # the mosque complex yesterday, 22 killed per a military source against 28 bodies per a Sidon
        # hospital (¶5, opened with «غير أن») → 22; the headline names it too
        E(True, ["ASSAULT"], [0, 4, 5], "واقتحمت", ["asserted", "reported"], mode="firearms",
          source=BATTLE_660, location=ABRA_COMPLEX, date=YESTERDAY, fatalities=22,
          attribution=["مصدر عسكري", "مصدر في مستشفى حمود في صيدا"], acled=CLASH, tpara=4),
        # paragraph 6 (Abra: a description) holds no event; ¶7: more than sixty of the cleric's followers
        # held in the raids (core COERCE, Arrests); the weapons seized and the command's warning that the rest
        # «سيلاحقون أينما كانوا» are optional
        E(True, ["COERCE"], [7], "وأوقف", ["asserted"], mode="arrest", source=LAF, recipient=DETAINEES_660,
          location=ABRA, date=RAIDS, acled=ARREST),
        E(False, ["COERCE"], [7], "وصادر", ["asserted"], mode="confiscate", source=LAF, location=ABRA,
          date=RAIDS),
        E(False, ["THREATEN"], [7], "سيلاحقون", ["asserted"], mode="arrest", source=LAF_STATEMENT,
          recipient=WANTED_660, date=RAIDS),
        # ¶8: the cleric's supporters' sit-in in Sidon's Najmeh square, the road blocked with burning tyres
        # (core PROTEST); the police deployed round the square are optional
        E(True, ["PROTEST"], [8], "اعتصاماً", ["asserted"], mode="demo", source=SUPPORTERS_660,
          location=NAJMEH_SQUARE, date=LATELY, acled=PEACEFUL),
        E(False, ["MOBILIZE"], [8], "انتشار", ["asserted"], mode="police", source=LB_ISF,
          location=NAJMEH_SQUARE, date=LATELY),
        # ¶9: the imam's threat in a telephone call aired live, his supporters will act «فور» the detainees
        # are harmed (core THREATEN)
        E(True, ["THREATEN"], [9], "وتوعد", ["asserted"], mode="violence", source=IMAM_660, date=YESTERDAY),
        # ¶10: MPs accuse Hezbollah of fighting alongside the army (core ACCUSE); Hezbollah's reply is
        # optional
        E(True, ["ACCUSE"], [10], "واتهم", ["asserted"], source=SIDON_MPS, recipient=HEZBOLLAH_660,
          location=ABRA, date=LATELY),
        E(False, ["ACCUSE"], [10], "واصفاً", ["asserted"], source=HEZBOLLAH_PARTY, recipient=SIDON_MPS,
          date=LATELY),
        # ¶11: the cleric said to have fled to the Ain al-Hilweh camp (core RETREAT, rumored)
        E(True, ["RETREAT"], [11], "فرار", ["rumored"], mode="withdraw", source=SHEIKH_660,
          location=AIN_HILWEH, date=None, attribution=["روايات متداولة في صيدا"]),
        # paragraph 12 (a shopkeeper's words) holds no event; background in «وكانت … قد», at another place:
        # the clash in the Taamir quarter on 11 November, two of the cleric's men killed (core, historical,
        # Armed clash)
        E(True, ["ASSAULT"], [13], "اشتباكات", ["historical", "asserted"], mode="firearms",
          source=HIST_CLASH_660, location=TAAMIR, date=D("2012-11-11"), fatalities=2, acled=CLASH),
        # the cleric's calls for «كتائب» afterwards are optional (REQUEST, historical and generic)
        E(False, ["REQUEST"], [13], "يدعو", ["historical", "generic"], source=SHEIKH_660, date=None),
        # ¶14: food and mattresses for some 200 displaced families (core AID); the schools opened to them are
        # optional
        E(True, ["AID"], [14], "ووزعت", ["asserted"], mode="humanitarian", source=HRC, recipient=ABRA_IDPS,
          location=SIDON_SCHOOLS, date=TODAY),
        E(False, ["AID"], [14], "فتحت", ["asserted"], mode="asylum", source=SIDON_SCHOOLS_OWNERS,
          recipient=ABRA_IDPS, location=SIDON, date=TODAY),
        # ¶15: the meeting of Sidon's notables with the army command did not take place (core CONSULT,
        # negated); the new date to be set is optional
        E(True, ["CONSULT"], [15], "اللقاء", ["negated"], source=SIDON_NOTABLES, recipient=LAF_COMMAND,
          location=SIDON, date=None),
        E(False, ["CONSULT"], [15], "موعد جديد", ["planned"], source=SIDON_NOTABLES, recipient=LAF_COMMAND,
          date=None),
        # ¶16: the president praises the army (core SUPPORT); the caretaker prime minister's call is optional
        E(True, ["SUPPORT"], [16], "وأشاد", ["asserted"], source=LB_PRESIDENT, recipient=LAF, date=LATELY),
        E(False, ["REQUEST"], [16], "دعا", ["asserted"], source=LB_CARETAKER_PM, date=LATELY),
        # ¶17: the Higher Defence Council meets «صباح غد الأربعاء» in Baabda (core CONSULT, planned)
        E(True, ["CONSULT"], [17], "اجتماعاً", ["planned"], mode="multilateral", source=LB_DEFENCE_COUNCIL,
          location=BAABDA, date=D("2013-06-26")),
        # the rounds of fighting in Tripoli during the year are optional (ASSAULT, generic)
        E(False, ["ASSAULT"], [17], "جولات قتال", ["generic"], mode="firearms", date=None),
    ],
)
