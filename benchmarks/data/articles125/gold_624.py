"""Gold of article 624: the governor of Shabwa dismisses the commander of the Special Security Forces, who
rejects the decision, the Giants Brigades' armour sent towards Ataq, the clashes around the government
compound (main event, told in ¶5 after three other acts; seven dead by the hospital's count, eleven by the
Special Security Forces': the lowest is kept), the Shabwa Defence Forces' threat, UAE drones rumoured and
denied, the Islah party's accusation and demand, a joint committee due on Saturday, a tribal truce, the
withdrawal from the compound, the fighting in Bayhan in January 2022, a meeting boycotted, the funeral and the
Presidential Council's support (Shabwa, Yemen), a Marib-based Islah-leaning news website, 2022-08-10 (Wed).
No dateline: the lead names «عتق» in its first sentence."""
from actors_places import (
    ATAQ,
    ATAQ_CLASH_SIDES,
    ATAQ_COMPOUND,
    ATAQ_DIWAN,
    ATAQ_ENTRANCES,
    ATAQ_MOURNERS,
    ATAQ_TRUCE,
    BAYHAN,
    BAYHAN_SIDES,
    GIANTS,
    ISLAH_SHABWA,
    PLC,
    SAUDI_YEMENI_COMMITTEE,
    SHABWA_AUTHORITY,
    SHABWA_DEFENCE,
    SHABWA_GOVERNOR,
    SHABWA_POLICE,
    SSF,
    SSF_COMMANDER,
    SSF_REPS,
    UAE,
    UAE_BACKED,
    UAE_DRONES,
)
from common import AGREEMENT, AIR, CLASH, TRANSFER, D, E, paras_of

SLUG = "shabwa_2022_ataq_bayhan"
YESTERDAY = D("2022-08-09")
TODAY = D("2022-08-10")
TODAY_OR_EVE = D("2022-08-10", "day", ("2022-08-09", "2022-08-10"))
EVE_OR_TODAY = D("2022-08-09", "day", ("2022-08-09", "2022-08-10"))
ARTICLE = dict(
    id="team125-624", slug=SLUG, published="2022-08-10",
    outlet="al-Jannatayn Net, a Marib-based Islah-leaning Yemeni news website (fictional)",
    paras=paras_of(f"624_{SLUG}.txt"),
    events=[
        # ¶1 (no dateline; «عتق» in the first sentence): the dismissal sent for investigation (SANCTION)
        E(True, ["SANCTION", "COERCE"], [1], "بإقالة", ["asserted"], source=SHABWA_GOVERNOR,
          recipient=SSF_COMMANDER, location=ATAQ, date=YESTERDAY, attribution=["مصادر محلية"]),
        # ¶2: the dismissed commander's rejection (also in the headline); his counter-charge optional
        E(True, ["REJECT"], [0, 2], "ورفض", ["asserted"], source=SSF_COMMANDER, date=TODAY_OR_EVE, tpara=2),
        E(False, ["ACCUSE"], [2], "متهماً", ["asserted"], source=SSF_COMMANDER, recipient=SHABWA_GOVERNOR,
          date=TODAY_OR_EVE),
        # ¶3 (the town, the shortest paragraph but one) holds no event. ¶4 (verb first): the Giants Brigades'
        # armour; the Shabwa Defence Forces' checkpoints optional
        E(True, ["MOBILIZE"], [4], "ودفعت", ["asserted"], mode="troops", source=GIANTS,
          location=ATAQ_ENTRANCES, date=EVE_OR_TODAY),
        E(False, ["MOBILIZE"], [4], "نشرت", ["asserted"], mode="troops", source=SHABWA_DEFENCE,
          date=EVE_OR_TODAY),
        # MAIN EVENT, told in ¶5 after three other acts: the clashes, both sides as source; the Special
        # Security Forces' count ¶6 (eleven), the funeral ¶16; the hospital's seven against eleven → 7. The
        # hospital's call for donors optional
        E(True, ["ASSAULT"], [0, 5, 6, 16], "مواجهات عنيفة", ["asserted"], mode="firearms",
          source=ATAQ_CLASH_SIDES, location=ATAQ_COMPOUND, date=TODAY, fatalities=7,
          attribution=["مصدر طبي في مستشفى عتق العام", "بيان صادر عن قوات الأمن الخاصة"], acled=CLASH,
          tpara=5),
        E(False, ["REQUEST"], [5], "ودعا", ["asserted"], date=TODAY),
        # ¶6: the other side's version of the main event; its accusation optional
        E(False, ["ACCUSE"], [6], "متهماً", ["asserted"], source=SSF, recipient=UAE_BACKED, date=TODAY),
        # ¶7: the threat in the threatening party's own video (asserted); the crushing optional,
        # hypothetical; the call to surrender optional
        E(True, ["THREATEN"], [7], "وتوعدت", ["asserted"], mode="violence", source=SHABWA_DEFENCE,
          date=TODAY_OR_EVE),
        E(False, ["ASSAULT"], [7], "حسم", ["hypothetical"], source=SHABWA_DEFENCE, date=None),
        E(False, ["REQUEST"], [7], "ويدعو", ["asserted"], source=SHABWA_DEFENCE, date=TODAY_OR_EVE),
        # ¶8: drone strikes told by activists on Twitter and denied (rumoured)
        E(True, ["ASSAULT"], [8], "وتقصف", ["rumored", "negated"], mode="aerial", source=UAE_DRONES,
          recipient=SSF, location=ATAQ, date=None, attribution=["ناشطون على «تويتر»"], acled=AIR),
        # ¶9: the accusation and the demand, two verbs joined with «و»
        E(True, ["ACCUSE"], [9], "واتهم", ["asserted"], source=ISLAH_SHABWA, recipient=UAE,
          date=TODAY_OR_EVE),
        E(True, ["REQUEST"], [9], "وطالب", ["asserted"], source=ISLAH_SHABWA, recipient=PLC,
          date=TODAY_OR_EVE),
        # ¶10 (verb first): the joint committee «يوم السبت المقبل» (planned CONSULT)
        E(True, ["CONSULT"], [10], "للقاء", ["planned"], mode="third-party", source=SAUDI_YEMENI_COMMITTEE,
          location=ATAQ, date=D("2022-08-13")),
        # ¶11: the truce reached through tribal mediators; the release of detainees it plans optional
        E(True, ["AGREE"], [11], "اتفاق", ["asserted"], source=ATAQ_TRUCE, recipient=ATAQ_TRUCE,
          location=ATAQ, date=TODAY, acled=AGREEMENT),
        E(False, ["RETREAT"], [11], "يُفرج", ["planned"], mode="release", source=ATAQ_TRUCE, date=None),
        # ¶12 (a teacher and her children) holds no event. ¶13 (verb first): the withdrawal from the compound
        E(True, ["RETREAT"], [13], "وانسحبت", ["asserted"], mode="withdraw", source=SSF,
          recipient=SHABWA_POLICE, location=ATAQ_COMPOUND, date=TODAY, acled=TRANSFER),
        # ¶14, «وكانت … قد» at another place: the fighting in Bayhan in January 2022 (core, historical; «ضد»)
        E(True, ["ASSAULT"], [14], "خاضت", ["historical", "asserted"], mode="firearms", source=BAYHAN_SIDES,
          location=BAYHAN, date=D("2022-01-15", "month", ("2022-01-01", "2022-01-31")), acled=CLASH),
        # ¶15: the meeting the Special Security Forces stayed away from (CONSULT, negated)
        E(True, ["CONSULT"], [15], "وتغيّب", ["negated"], source=SSF_REPS, location=ATAQ_DIWAN, date=TODAY),
        # ¶16 is the funeral of the main event; the mourners' chant optional
        E(False, ["REQUEST"], [16], "تطالب", ["asserted"], source=ATAQ_MOURNERS, date=TODAY),
        # ¶17: the Presidential Council's support; its call optional
        E(True, ["SUPPORT"], [17], "دعمه", ["asserted"], source=PLC, recipient=SHABWA_AUTHORITY,
          date=TODAY_OR_EVE, attribution=["وكالة «سبأ» الرسمية"]),
        E(False, ["REQUEST"], [17], "ودعا", ["asserted"], source=PLC, date=TODAY_OR_EVE),
    ],
)
