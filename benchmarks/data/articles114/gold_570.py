"""Gold of article 570: al-Hazm, al-Ghayl, Khab wa al-Sha'af and the road to Marib (al-Jawf), Marib and
Sirwah, a Marib-based Yemeni government-aligned news website, 2020-03-03 (Tue)."""
from actors_places import (
    COALITION,
    DAHM_MEDIATORS,
    EXU,
    GHAYL,
    HAZM,
    HAZM_CLASH,
    HAZM_MARIB_ROAD,
    HOUTHI_DRONE,
    HOUTHI_LEADER,
    HOUTHI_REINF,
    HOUTHIS,
    INTL,
    IRAN,
    JAWF_FAMILIES,
    KHAB,
    LOCAL_AUTH,
    MARIB,
    OCHA,
    RIYADH,
    SIRWAH,
    SIRWAH_SOLDIERS,
    UN_ENVOY,
    WARRING,
    YE_ARMY,
    YE_GOV,
    YE_MOD,
    YE_OFFICER,
)
from common import AIR, CLASH, D, E, paras_of

SLUG = "jawf_2020_hazm_ghayl_khab_shaaf_marib_road"
TODAY = D("2020-03-03")
YESTERDAY = D("2020-03-02")
FIVE_DAYS = D("2020-03-01", "day", ("2020-02-26", "2020-03-01"))
SINCE_YESTERDAY = D("2020-03-03", "day", ("2020-03-02", "2020-03-03"))
ARTICLE = dict(
    id="team114-570", slug=SLUG, published="2020-03-03",
    outlet="Minbar Marib, a Marib-based Yemeni government-aligned news website (fictional)",
    paras=paras_of(f"570_{SLUG}.txt"),
    events=[
        # the main event, first in the lead ¶1 (dateline «الجوف», a province): the Houthis take al-Hazm on
        # Sunday after five days of fighting with the army and the tribesmen (core ASSAULT, Armed clash, both
        # sides as source; dated on the day of the fall with a range over the five days); fourteen soldiers
        # killed (one number); ¶3 the Houthi spokesman's version (no number), ¶17 the funeral of «الجنود
        # الأربعة عشر»; the headline names it
        E(True, ["ASSAULT"], [0, 1, 3, 17], "سيطرت", ["asserted", "reported"], mode="firearms",
          source=HAZM_CLASH, location=HAZM, date=FIVE_DAYS, fatalities=14,
          attribution=["مصدر عسكري في المنطقة العسكرية السادسة"], acled=CLASH, tpara=1),
        # ¶2, verb–subject–object: coalition air strikes on Houthi reinforcements near al-Ghayl yesterday
        # (core ASSAULT, Air/drone strike; vehicles destroyed, no toll); the ammunition store hit is the same
        # raids (optional)
        E(True, ["ASSAULT"], [0, 2], "وشنّت", ["asserted"], mode="aerial",
          source=COALITION, recipient=HOUTHI_REINF, location=GHAYL, date=YESTERDAY,
          attribution=["مصدر ميداني"], acled=AIR, tpara=2),
        E(False, ["ASSAULT"], [2], "استهدفت", ["asserted"], mode="aerial",
          source=COALITION, location=GHAYL, date=YESTERDAY),
        # ¶4, one sentence, two events: families flee toward Marib (optional RETREAT) and the camps unit hands
        # out tents (core AID humanitarian)
        E(False, ["RETREAT"], [4], "ونزحت", ["asserted"], mode="withdraw",
          source=JAWF_FAMILIES, location=MARIB, date=D("2020-02-29", "week", ("2020-02-26", "2020-03-03"))),
        E(True, ["AID"], [4], "ووزعت", ["asserted"], mode="humanitarian",
          source=EXU, recipient=JAWF_FAMILIES, location=MARIB, date=YESTERDAY, attribution=["مسؤول فيها"]),
        # ¶5: the Houthis refuse a tribal mediation for a safe corridor (core REJECT); the mediation itself is
        # an optional CONSULT
        E(True, ["REJECT"], [5], "ورفضت", ["asserted"],
          source=HOUTHIS, recipient=DAHM_MEDIATORS, location=HAZM, date=SINCE_YESTERDAY,
          attribution=["أحد الوسطاء"]),
        E(False, ["CONSULT"], [5], "وساطة", ["asserted"], mode="third-party",
          source=DAHM_MEDIATORS, recipient=HOUTHIS, location=HAZM, date=SINCE_YESTERDAY),
        # ¶6: 22 prisoners exchanged in Khab wa al-Sha'af (core COOPERATE, RETREAT accepted: an exchange
        # carried out)
        E(True, ["COOPERATE", "RETREAT"], [6], "تبادل", ["asserted"],
          source={"en": YE_ARMY["en"] + ["Houthis"], "ar": ["الجيش الوطني والحوثيون", "الجيش الوطني",
                                                              "الحوثيون"]},
          location=KHAB, date=YESTERDAY, attribution=["مصدر في لجنة الأسرى الحكومية"]),
        # ¶7: OCHA's appeal (core REQUEST)
        E(True, ["REQUEST"], [7], "وناشد", ["asserted"],
          source=OCHA, recipient=WARRING, location=HAZM, date=YESTERDAY),
        # paragraph 8 (al-Jawf: a description) holds no event
        # ¶9: Houthi groups advancing on the road between al-Hazm and Marib, rumoured and left open (core
        # MOBILIZE, rumored); the army's «تموضع» is optional
        E(True, ["MOBILIZE"], [9], "تقدم", ["rumored", "reported"], mode="troops",
          source=HOUTHIS, location=HAZM_MARIB_ROAD, date=None, attribution=["مصادر قبلية"]),
        E(False, ["MOBILIZE", "RETREAT"], [9], "تموضعها", ["asserted"], mode="troops",
          source=YE_OFFICER, location=HAZM_MARIB_ROAD, date=TODAY),
        # ¶10: a Houthi leader's conditional threat (core THREATEN); the entry into Marib is only threatened
        # (optional, hypothetical)
        E(True, ["THREATEN"], [10], "وهدّد", ["asserted"], mode="violence",
          source=HOUTHI_LEADER, recipient=COALITION, location=MARIB, date=SINCE_YESTERDAY),
        E(False, ["ASSAULT"], [10], "ستدخل", ["hypothetical"], source=HOUTHIS, location=MARIB, date=None),
        # ¶11: the UN envoy due in Marib on Thursday (core CONSULT visit, planned)
        E(True, ["CONSULT"], [11], "يصل", ["planned"], mode="visit",
          source=UN_ENVOY, recipient=LOCAL_AUTH, location=MARIB, date=D("2020-03-05"),
          attribution=["مصدر في مكتب المحافظ"]),
        # ¶12: the promised reinforcements not arrived before the fall (core MOBILIZE, negated); the promise
        # is an optional historical AGREE
        E(True, ["MOBILIZE"], [12], "تصل", ["negated"], mode="troops",
          source=YE_MOD, location=HAZM, date=FIVE_DAYS),
        E(False, ["AGREE"], [12], "وعدت", ["historical", "asserted"], source=YE_MOD, date=None),
        # paragraph 13 (a displaced man's words) holds no event
        # background at another place, in «وكان … قد»: a Houthi drone on an army camp in Sirwah on 26 January
        # (core, historical, 3; Air/drone strike)
        E(True, ["ASSAULT"], [14], "استهدفت", ["historical", "asserted", "reported"], mode="aerial",
          source=HOUTHI_DRONE, recipient=SIRWAH_SOLDIERS, location=SIRWAH, date=D("2020-01-26"), fatalities=3,
          attribution=["مصدر عسكري"], acled=AIR),
        # ¶15, subject–verb–object with a long parenthetical: the government accuses Iran (core ACCUSE) and
        # asks the international community to press the Houthis (core REQUEST); its meeting in Riyadh is in
        # the relative clause (optional CONSULT)
        E(True, ["ACCUSE"], [15], "اتهمت", ["asserted"],
          source=YE_GOV, recipient=IRAN, date=SINCE_YESTERDAY),
        E(True, ["REQUEST"], [15], "وطالبت", ["asserted"],
          source=YE_GOV, recipient=INTL, date=SINCE_YESTERDAY),
        E(False, ["CONSULT"], [15], "اجتماعاً", ["asserted"], mode="multilateral",
          source=YE_GOV, location=RIYADH, date=YESTERDAY),
        # paragraph 16 (the flight since the start of the year and the camps: aggregates) holds no event; ¶17,
        # the funeral, is a paragraph of the main event
    ],
)
