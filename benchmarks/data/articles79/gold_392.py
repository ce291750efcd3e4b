"""Gold of article 392: a car bomb at an army checkpoint at al-Nabk's southern entrance (main event), Syrian
and Russian air strikes on the Qara barrens, arrests in Yabroud, the governor's accusation and threat,
rumoured talks between Hezbollah and ISIS, Lebanese army reinforcements, weapons not handed over in Rankous, a
Red Crescent convoy due on Thursday, Russian officers meeting Qara's notables, a bus bomb in Yabroud on 19
January, the checkpoint's officers referred to investigation (the Qalamoun, Rif Dimashq, Syria), a Lebanese
daily newspaper's site, 2017-04-11 (Tue). No dateline: the lead names al-Nabk in its first sentence and tells
the main event first, with one toll (5)."""
from actors_places import (
    BARRENS_GROUPS,
    CHECKPOINT_CMDR,
    EAST_RANGE,
    HEZBOLLAH_ISIS,
    ISIS,
    ISIS_FIGHTERS,
    LAF,
    NABK,
    NABK_VICTIMS,
    QARA,
    QARA_BARRENS,
    QARA_NOTABLES,
    RANKOUS,
    RANKOUS_GROUPS,
    RD_GOVERNOR,
    RU_QARA,
    RU_RECON,
    SARC,
    SY_ARTILLERY,
    SY_MIL_SECURITY,
    SY_RU_AIR,
    SY_SECURITY_COMMITTEE,
    YABROUD,
    YABROUD_PASSENGERS,
    YABROUD_YOUTHS,
)
from common import AGREEMENT, AIR, ARREST, MINE, SHELL, D, E, paras_of

SLUG = "nabk_2017_qara_yabroud_rankous"
TODAY = D("2017-04-11")
TODAY_OPEN = D("2017-04-11", "day", ("2017-04-10", "2017-04-11"))
ARTICLE = dict(
    id="team79-392", slug=SLUG, published="2017-04-11",
    outlet="al-Sindyan, Lebanese daily newspaper's website (fictional)",
    paras=paras_of(f"392_{SLUG}.txt"),
    events=[
        # MAIN EVENT, told first in the lead: the car bomb at dawn (headline 0; ¶1: five killed; ¶2: a
        # military source; ¶3: a doctor; ¶4: the ISIS claim through «أعماق» and SANA's version) → 5, one toll.
        # The source is the group that claimed it.
        E(True, ["ASSAULT"], [0, 1, 2, 3, 4], "سيارة مفخخة", ["asserted", "reported"], mode="explosives",
          source=ISIS, recipient=NABK_VICTIMS, location=NABK, date=TODAY, fatalities=5,
          attribution=["مصدر عسكري في المدينة", "بيان نشرته وكالة «أعماق»", "وكالة «سانا»"], acled=MINE,
          tpara=1),
        # ¶5: air strikes on the Qara barrens (headline 0); the artillery fire on the same heights is optional
        E(True, ["ASSAULT"], [0, 5], "غارة", ["asserted", "reported"], mode="aerial",
          source=SY_RU_AIR, recipient=ISIS, location=QARA_BARRENS, date=TODAY, attribution=["مصادر ميدانية"],
          acled=AIR, tpara=5),
        E(False, ["ASSAULT"], [5], "قصف مدفعي", ["reported"], mode="heavy-weapons",
          source=SY_ARTILLERY, recipient=ISIS, location=QARA_BARRENS, date=TODAY, acled=SHELL),
        # ¶6 (the town described) holds no event. ¶7: a raid with eleven arrests in Yabroud (one COERCE)
        E(True, ["COERCE"], [7], "واعتقلت", ["asserted", "reported"], mode="arrest",
          source=SY_MIL_SECURITY, recipient=YABROUD_YOUTHS, location=YABROUD, date=TODAY,
          attribution=["أحد وجهاء المدينة"], acled=ARREST),
        # ¶8: one sentence, two events: the governor blames the groups in the barrens and threatens them
        E(True, ["ACCUSE"], [8], "وحمّل", ["asserted"],
          source=RD_GOVERNOR, recipient=BARRENS_GROUPS, date=TODAY, attribution=["تصريح لوكالة «سانا»"]),
        E(True, ["THREATEN"], [8], "وتوعّد", ["asserted"], mode="violence",
          source=RD_GOVERNOR, recipient=BARRENS_GROUPS, date=TODAY, attribution=["تصريح لوكالة «سانا»"]),
        # ¶9: talks told only by unnamed Lebanese sources, neither confirmed nor denied (rumoured, undated);
        # the fighters' exit they aim at is optional
        E(True, ["CONSULT"], [9], "مفاوضات", ["rumored", "reported"], mode="third-party",
          source=HEZBOLLAH_ISIS, recipient=HEZBOLLAH_ISIS, location=QARA_BARRENS, date=None,
          attribution=["مصادر لبنانية مطلعة"]),
        E(False, ["RETREAT"], [9], "لإخراج", ["hypothetical", "rumored"], mode="withdraw",
          source=ISIS_FIGHTERS, location=QARA_BARRENS, date=None),
        # ¶10: the Lebanese army reinforces its positions (the alert since midnight is the same act)
        E(True, ["MOBILIZE"], [10], "عزّز", ["asserted", "reported"], mode="troops",
          source=LAF, location=EAST_RANGE, date=TODAY_OPEN, attribution=["مصدر أمني لبناني"]),
        # ¶11: medium weapons not handed over in Rankous (negated); the settlement of late last year optional
        E(True, ["RETREAT"], [11], "تسلّم", ["negated"], mode="disarm",
          source=RANKOUS_GROUPS, recipient=SY_SECURITY_COMMITTEE, location=RANKOUS, date=TODAY,
          attribution=["عضو في لجنة المصالحة في البلدة"]),
        E(False, ["AGREE"], [11], "اتفاق", ["historical", "asserted"],
          source=RANKOUS_GROUPS, date=D("2016-12-15", "month", ("2016-11-01", "2016-12-31")),
          acled=AGREEMENT),
        # ¶12: a Red Crescent convoy «يوم الخميس المقبل» (planned AID)
        E(True, ["AID"], [12], "قافلة", ["planned"], mode="humanitarian",
          source=SARC, location=RANKOUS, date=D("2017-04-13"), attribution=["فرع المنظمة في ريف دمشق"]),
        # ¶13: Russian officers meet Qara's notables; their promise of «facilities» is optional
        E(True, ["CONSULT"], [13], "والتقى", ["asserted", "reported"], mode="visit",
          source=RU_QARA, recipient=RU_QARA, location=QARA, date=TODAY,
          attribution=["صفحة البلدية على «فيسبوك»"]),
        E(False, ["AGREE"], [13], "وعدوا", ["asserted", "reported"],
          source=RU_RECON, recipient=QARA_NOTABLES, location=QARA, date=TODAY),
        # Background at another place, in «وكانت … قد»: the bus bomb in Yabroud on 19 January (3 killed)
        E(True, ["ASSAULT"], [14], "عبوة ناسفة", ["historical", "asserted"], mode="explosives",
          recipient=YABROUD_PASSENGERS, location=YABROUD, date=D("2017-01-19"), fatalities=3, acled=MINE),
        # ¶15: feared attacks (optional, hypothetical). ¶16 (farming, prices) holds no event.
        E(False, ["ASSAULT"], [15], "الهجمات", ["hypothetical"], mode="explosives", date=None),
        # ¶17: the checkpoint's commander and three men referred to investigation (SANCTION, COERCE accepted)
        E(True, ["SANCTION", "COERCE"], [17], "وأُحيل", ["asserted", "reported"],
          recipient=CHECKPOINT_CMDR, location=NABK, date=TODAY, attribution=["المصدر العسكري ذاته"]),
    ],
)
