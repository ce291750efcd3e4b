"""Gold of article 480: Ataq, Bayhan, Usaylan, Markha and Harib (Shabwa), a southern Yemeni news website
close to the Giants Brigades, 2022-01-11 (Tue)."""
from actors_places import (
    ATAQ,
    ATAQ_CIVILIANS,
    ATAQ_SUSPECTS,
    BAYHAN,
    BAYHAN_PRISONERS,
    COALITION_AIR,
    GIANTS,
    GIANTS_HOUTHIS,
    HARIB,
    HOUTHI_REINFORCEMENTS,
    HOUTHI_REPS,
    HOUTHIS,
    MARKHA,
    MARKHA_MEDIATORS,
    MARKHA_VENDORS,
    RETURNING_FAMILIES,
    SHABWA_AUTHORITY,
    SHABWA_DEFENCE,
    UAE_RC,
    UN_480,
    USAYLAN,
)
from common import AGREEMENT, AIR, ARREST, CLASH, SHELL, D, E, paras_of

SLUG = "shabwa_2022_bayhan_ataq_markha_mediation"
TODAY = D("2022-01-11")
YESTERDAY = D("2022-01-10")
LATE_YESTERDAY = D("2022-01-10", "day", ("2022-01-10", "2022-01-11"))
ARTICLE = dict(
    id="team96-480", slug=SLUG, published="2022-01-11",
    outlet="Darb al-Janub, a southern Yemeni news website close to the Giants Brigades (fictional)",
    paras=paras_of(f"480_{SLUG}.txt"),
    events=[
        # ¶1 (dateline «شبوة», with the headline 0): Bayhan retaken after three days of fighting, announced
        # yesterday evening (one two-sided fight; «عشرات القتلى» → 12); Usaylan two days earlier, in a clause,
        # is optional
        E(True, ["ASSAULT"], [0, 1], "استكمال تحرير", ["asserted", "reported"], mode="firearms",
          source=GIANTS_HOUTHIS, location=BAYHAN, date=D("2022-01-10", "day", ("2022-01-08", "2022-01-10")),
          fatalities=12, attribution=["ألوية العمالقة الجنوبية"], acled=CLASH, tpara=1),
        E(False, ["ASSAULT"], [1], "تحرير مديرية عسيلان", ["historical", "asserted"], mode="firearms",
          source=GIANTS_HOUTHIS, location=USAYLAN, date=D("2022-01-08", "day", ("2022-01-08", "2022-01-09"))),
        # the main event, in ¶2 after Bayhan (not first in the lead): a ballistic missile on a quarter of Ataq
        # late last night; the Houthi spokesman's version 3 (the other side), the funeral 17; the headline
        # 0 → 3
        E(True, ["ASSAULT"], [0, 2, 3, 17], "بصاروخ باليستي", ["asserted"], mode="heavy-weapons",
          source=HOUTHIS, recipient=ATAQ_CIVILIANS, location=ATAQ, date=LATE_YESTERDAY, fatalities=3,
          attribution=["مصدر طبي في مستشفى عتق العام"], acled=SHELL, tpara=2),
        # ¶4: a tribal mediation (optional CONSULT) reaches an agreement (AGREE) and a prisoner exchange due
        # on Thursday (planned COOPERATE; RETREAT also accepted)
        E(True, ["AGREE"], [4], "إلى اتفاق", ["asserted", "reported"],
          source=GIANTS_HOUTHIS, location=MARKHA, date=YESTERDAY, attribution=["أحد المشاركين في الوساطة"],
          acled=AGREEMENT),
        E(False, ["CONSULT"], [4], "وساطة قبلية", ["asserted"], mode="third-party",
          source=MARKHA_MEDIATORS, recipient=GIANTS_HOUTHIS, location=MARKHA, date=YESTERDAY),
        E(True, ["COOPERATE", "RETREAT"], [4], "عملية تبادل", ["planned"],
          source=GIANTS_HOUTHIS, location=MARKHA, date=D("2022-01-13"),
          attribution=["أحد المشاركين في الوساطة"]),
        # ¶5 (verb–subject–object): coalition air strikes on Houthi reinforcements from Harib
        E(True, ["ASSAULT"], [5], "غارات", ["asserted", "reported"], mode="aerial",
          source=COALITION_AIR, recipient=HOUTHI_REINFORCEMENTS, location=HARIB, date=TODAY,
          attribution=["مصدر عسكري في الألوية"], acled=AIR),
        # ¶6: Houthi fighters said to have been sent toward Bayhan (rumoured); the purpose is no event
        E(True, ["MOBILIZE"], [6], "دفع الميليشيا", ["rumored", "reported"], mode="troops",
          source=HOUTHIS, location=BAYHAN, date=D("2022-01-10", "day", ("2022-01-09", "2022-01-11")),
          attribution=["مصادر قبلية"]),
        # paragraph 7 (the Bayhan valley: a description) holds no event
        # ¶8: a conditional threat (asserted); the pursuit it threatens is hypothetical (optional)
        E(True, ["THREATEN"], [8], "وتوعّدت", ["asserted"], mode="violence",
          source=GIANTS, recipient=HOUTHIS, location=HARIB, date=TODAY),
        E(False, ["ASSAULT"], [8], "ملاحقة الميليشيا", ["hypothetical"], mode="firearms",
          source=GIANTS, recipient=HOUTHIS, location=HARIB, date=None),
        # ¶9: the Houthi representatives did not attend the mediators' meeting (core CONSULT, negated)
        E(True, ["CONSULT"], [9], "يحضر", ["negated"],
          source=HOUTHI_REPS, recipient=MARKHA_MEDIATORS, location=MARKHA, date=TODAY,
          attribution=["أحد الوسطاء"]),
        # ¶10, one sentence, two events: a demand to the UN and the blame on the Houthis, joined with «و»
        E(True, ["REQUEST"], [10], "وطالبت", ["asserted"],
          source=SHABWA_AUTHORITY, recipient=UN_480, location=ATAQ, date=TODAY, attribution=["سبأ"]),
        E(True, ["ACCUSE"], [10], "وحمّلت", ["asserted"],
          source=SHABWA_AUTHORITY, recipient=HOUTHIS, date=TODAY, attribution=["سبأ"]),
        # background at another place, in «وكان … قد»: a Houthi drone on a Markha market on 29 September (2)
        E(True, ["ASSAULT"], [11], "استهدفت", ["historical", "asserted"], mode="aerial",
          source=HOUTHIS, recipient=MARKHA_VENDORS, location=MARKHA, date=D("2021-09-29"), fatalities=2,
          acled=AIR),
        # paragraph 12 (mines in the districts: generic) holds no event
        # ¶13 (subject, long parenthetical, verb): three men arrested at a checkpoint in Ataq
        E(True, ["COERCE"], [13], "ألقت القبض", ["asserted"], mode="arrest",
          source=SHABWA_DEFENCE, recipient=ATAQ_SUSPECTS, location=ATAQ, date=TODAY, acled=ARREST),
        # ¶14: sixteen prisoners released to their sheikhs in Usaylan (RETREAT, release)
        E(True, ["RETREAT"], [14], "وأفرجت", ["asserted"], mode="release",
          source=GIANTS, recipient=BAYHAN_PRISONERS, location=USAYLAN, date=TODAY),
        # ¶15: a second missile in the desert «من دون أن يسفر عن إصابات» (asserted)
        E(True, ["ASSAULT"], [15], "صاروخ ثانٍ", ["asserted"], mode="heavy-weapons",
          location=ATAQ, date=LATE_YESTERDAY, acled=SHELL),
        # ¶16: an aid convoy in Ataq (AID)
        E(True, ["AID"], [16], "قافلة إغاثية", ["asserted"], mode="humanitarian",
          source=UAE_RC, recipient=RETURNING_FAMILIES, location=ATAQ, date=YESTERDAY),
        # ¶17, the funeral, is a paragraph of the main event
    ],
)
