"""Gold of article 612: a Military Security checkpoint fires on a convoy of protesters going home from the
square of Sweida (main event, told first in the lead; two dead, one count), a driver's account, the police's
version, the crowd in the square the next day, seventeen striking teachers dismissed, the spiritual
leadership's backing, the security committee's warning, the movement's blame and demand, two students said to
be held at a checkpoint of Damascus (rumoured), the governor's invitation refused, the checkpoint not
withdrawn, the funeral in Shahba, a central demonstration due on Friday, a bomb near al-Qrayya on 8 July 2023
and the party offices shut since August (Sweida, Syria), a Sweida-based local news network's Telegram
channel, 2023-09-19 (Tue). No dateline: the lead names «السويداء» in its first sentence."""
from actors_places import (
    CONVOY,
    COORDINATORS,
    DAMASCUS_CHECKPOINT,
    DAMASCUS_SOUTH_ENTRANCE,
    INCITERS,
    MASHYAKHA,
    MILSEC_CHECKPOINT,
    MILSEC_HEAD,
    MOVEMENT_BODY,
    QRAYYA,
    QRAYYA_DRIVER,
    SHAHBA_MOURNERS,
    SHOOTERS,
    SIR_SQUARE,
    SWEIDA_EDUCATION,
    SWEIDA_GOV,
    SWEIDA_GOVERNOR,
    SWEIDA_NORTH_ENTRANCE,
    SWEIDA_POLICE,
    SWEIDA_PROTESTERS,
    SWEIDA_SECURITY_COMMITTEE,
    TEACHERS,
    TWO_STUDENTS,
)
from common import ARREST, EXCESSIVE, MINE, PEACEFUL, D, E, paras_of

SLUG = "sweida_2023_shahba_qrayya"
YESTERDAY = D("2023-09-18")
TODAY = D("2023-09-19")
ARTICLE = dict(
    id="team123-612", slug=SLUG, published="2023-09-19",
    outlet="Nafidhat al-Jabal, a Sweida-based local news network's Telegram channel (fictional)",
    paras=paras_of(f"612_{SLUG}.txt"),
    events=[
        # MAIN EVENT, told first in the lead (no dateline; Sweida in the first sentence, a passive opening):
        # the checkpoint fires on the convoy; the driver ¶2, the police's version ¶3 (the gunmen it
        # blames kept
        # among the sources), the funeral ¶14 → 2
        E(True, ["ASSAULT"], [0, 1, 2, 3, 14], "قُتل شابان", ["asserted"], mode="firearms",
          source=SHOOTERS, recipient=CONVOY, location=SWEIDA_NORTH_ENTRANCE, date=YESTERDAY, fatalities=2,
          attribution=["قسم الإسعاف في المستشفى الوطني بالسويداء"], acled=EXCESSIVE, tpara=1),
        # ¶4: the crowd in the square (PROTEST); the road blocked and the banners' demand optional
        E(True, ["PROTEST"], [4], "واحتشد", ["asserted"], mode="demo",
          source=SWEIDA_PROTESTERS, location=SIR_SQUARE, date=TODAY, acled=PEACEFUL),
        E(False, ["PROTEST"], [4], "أغلق", ["asserted"], mode="obstruct", date=TODAY),
        E(False, ["REQUEST"], [4], "تطالب", ["asserted"], source=SWEIDA_PROTESTERS, date=TODAY),
        # ¶5 (the province, its people and its trade) holds no event. ¶6: teachers dismissed (SANCTION; COERCE
        # accepted); their strike optional, historical
        E(True, ["SANCTION", "COERCE"], [6], "بفصل", ["asserted"],
          source=SWEIDA_EDUCATION, recipient=TEACHERS, location=SWEIDA_GOV, date=TODAY),
        E(False, ["PROTEST"], [6], "أضربوا", ["historical", "asserted"], mode="strike", source=TEACHERS,
          date=None),
        # ¶7: the spiritual leadership's backing (SUPPORT); its call optional
        E(True, ["SUPPORT"], [7], "وقوفها", ["asserted"],
          source=MASHYAKHA, recipient=SWEIDA_PROTESTERS, date=TODAY),
        E(False, ["REQUEST"], [7], "داعية", ["asserted"], source=MASHYAKHA, date=TODAY),
        # ¶8: the security committee's warning in its own statement (asserted); the prosecution optional,
        # hypothetical
        E(True, ["THREATEN"], [8], "وحذّرت", ["asserted"], mode="arrest",
          source=SWEIDA_SECURITY_COMMITTEE, recipient=INCITERS, date=TODAY),
        E(False, ["COERCE"], [8], "بملاحقة", ["hypothetical"], mode="arrest",
          source=SWEIDA_SECURITY_COMMITTEE, date=None),
        # ¶9 (subject, a long parenthesis, then the verb): the blame and the demand («عن مقتل الشابين» refers
        # back to the main event and is not added to it)
        E(True, ["ACCUSE"], [9], "حمّلت", ["asserted"], source=MOVEMENT_BODY,
          recipient=MILSEC_HEAD, date=TODAY),
        E(True, ["REQUEST"], [9], "وطالبت", ["asserted"], source=MOVEMENT_BODY, date=TODAY),
        # ¶10 (a salary, the shortest) holds no event. ¶11: two students said to be held at a Damascus
        # checkpoint (rumoured, undated; the outlet could not check it)
        E(True, ["COERCE"], [11], "اعتقال", ["rumored"], mode="arrest",
          source=DAMASCUS_CHECKPOINT, recipient=TWO_STUDENTS, location=DAMASCUS_SOUTH_ENTRANCE, date=None,
          attribution=["مواقع التواصل"], acled=ARREST),
        # ¶12: the invitation to a dialogue refused (REJECT); the invitation optional
        E(True, ["REJECT"], [12], "ورفض", ["asserted"], source=COORDINATORS, recipient=SWEIDA_GOVERNOR,
          date=TODAY),
        E(False, ["REQUEST", "CONSULT"], [12], "دعوة", ["asserted"], source=SWEIDA_GOVERNOR,
          recipient=COORDINATORS, date=None),
        # ¶13: the checkpoint not withdrawn (RETREAT, negated); the promise and the armoured vehicle optional
        E(True, ["RETREAT"], [13], "ولم يسحب", ["negated"], mode="withdraw",
          source=MILSEC_CHECKPOINT, location=SWEIDA_NORTH_ENTRANCE, date=TODAY),
        E(False, ["AGREE"], [13], "وعود", ["reported", "historical"], source=SWEIDA_POLICE, date=None),
        E(False, ["MOBILIZE"], [13], "عربة مدرعة", ["asserted"], mode="weapons", source=MILSEC_CHECKPOINT,
          date=TODAY),
        # ¶14 is the funeral of the main event; the chants optional
        E(False, ["PROTEST"], [14], "وردّدوا هتافات", ["asserted"], source=SHAHBA_MOURNERS, date=TODAY),
        # ¶15: the central demonstration «يوم الجمعة المقبل» (planned PROTEST; the headline names it)
        E(True, ["PROTEST"], [0, 15], "مظاهرة مركزية", ["planned"], mode="demo",
          source=COORDINATORS, location=SIR_SQUARE, date=D("2023-09-22"), tpara=15),
        # ¶16, «وكانت … قد» at another place: a bomb near al-Qrayya on 8 July (core, historical;
        # nobody claimed
        # it); the threats before it optional
        E(True, ["ASSAULT"], [16], "انفجرت", ["historical", "asserted"], mode="explosives",
          recipient=QRAYYA_DRIVER, location=QRAYYA, date=D("2023-07-08"), fatalities=1, acled=MINE),
        E(False, ["THREATEN"], [16], "تهديدات", ["historical", "reported"], date=None),
        # ¶17: the party offices shut since August (optional, generic)
        E(False, ["PROTEST"], [17], "أغلق المحتجون", ["generic"], source=SWEIDA_PROTESTERS, date=None),
    ],
)
