"""Gold of article 598: al-Qaim and its eastern entrance, al-Karabilah, Husaybah, al-Ubaydi, the al-Qaim
border crossing and the Anbar desert, with Rawa, Anah, the Kilo 18 camps and Albukamal across the border
(Anbar, Iraq), a Baghdad-based Shia party-affiliated satellite channel's website, 2017-11-04 (Sat)."""
from actors_places import (
    ALBUKAMAL,
    AMIRIYAT_CAMPS,
    ANAH,
    ANBAR_COUNCIL,
    ANBAR_DESERT,
    BORDER_FAMILIES,
    COALITION_598,
    HUSAYBAH,
    IQ_ARMY_AND_PMF,
    IQ_FEDERAL,
    IQ_FORCES_AND_ISIS,
    IQ_MIGRATION,
    IQ_SECURITY,
    IQ_SOLDIERS,
    ISIS_598,
    ISIS_LEADERS,
    ISIS_MEMBERS,
    ISIS_POSITIONS,
    ISIS_REMNANTS,
    KARABILAH,
    KILO_18,
    PMF_COMMANDER,
    PMF_SOURCE,
    QAIM,
    QAIM_CHECKPOINT,
    QAIM_CROSSING,
    QAIM_DISPLACED,
    QAIM_WEST,
    RAMADI,
    RAWA,
    RETURNING_FAMILIES,
    TRIBAL_PMF,
    UBAYDI,
    UBAYDI_VICTIMS,
)
from common import AIR, ARREST, ATTACK, CLASH, MINE, D, E, paras_of

SLUG = "anbar_2017_qaim_husaybah_ubaydi_rawa"
TODAY = D("2017-11-04")
YESTERDAY = D("2017-11-03")
SINCE_YESTERDAY = D("2017-11-04", "day", ("2017-11-03", "2017-11-04"))
ARTICLE = dict(
    id="team120-598", slug=SLUG, published="2017-11-04",
    outlet="al-Sawatir, a Baghdad-based Shia party-affiliated satellite channel's website (fictional)",
    paras=paras_of(f"598_{SLUG}.txt"),
    events=[
        # ¶1 (dateline «القائم», the town of the event) and the headline: the week of battles that ended with
        # al-Qaim retaken yesterday (core ASSAULT, Armed clash, both sides as source; no number); ¶6 («بعد
        # ساعات من إعلان التحرير»), ¶16 («منذ إعلان التحرير») and ¶17 («وبتحرير القائم») refer back to it
        E(True, ["ASSAULT"], [0, 1, 6, 16, 17], "معارك", ["asserted", "reported"], mode="firearms",
          source=IQ_FORCES_AND_ISIS, location=QAIM, date=D("2017-11-03", "day", ("2017-10-27", "2017-11-03")),
          attribution=["قيادة العمليات المشتركة"], acled=CLASH, tpara=1),
        # ¶2: a roadside bomb left by ISIS wounds three soldiers (core ASSAULT explosives, Remote
        # explosive/landmine/IED; no actor planted it in the sentence); the planting told by the engineer
        # officer is generic background (optional)
        E(True, ["ASSAULT"], [2], "عبوة ناسفة", ["asserted"], mode="explosives",
          recipient=IQ_SOLDIERS, location=QAIM_WEST, date=TODAY, acled=MINE),
        E(False, ["ASSAULT"], [2], "زرعوا", ["generic"], mode="explosives", source=ISIS_598,
          location=QAIM_WEST, date=None),
        # the main event, in ¶3 after the battles of ¶1 and the bomb of ¶2 (not first in the lead): a parked
        # car bomb at a checkpoint at al-Qaim's eastern entrance yesterday evening, 4 of the tribal PMF
        # killed; ¶4 the ISIS version (no number), ¶14 the funeral of «الشهداء الأربعة»; the headline names it
        E(True, ["ASSAULT"], [0, 3, 4, 14], "سيارة مفخخة", ["asserted", "reported"], mode="explosives",
          source=ISIS_598, recipient=TRIBAL_PMF, location=QAIM_CHECKPOINT, date=YESTERDAY, fatalities=4,
          attribution=["مصدر طبي في مستشفى حديثة العام"], acled=MINE, tpara=3),
        # ¶4: the PMF source denies the ISIS claim (optional REJECT)
        E(False, ["REJECT"], [4], "نفاه", ["asserted"], source=PMF_SOURCE, date=SINCE_YESTERDAY),
        # ¶5, a passive: thirty-two ISIS members arrested in Husaybah (core COERCE arrest, Arrests)
        E(True, ["COERCE"], [5], "واعتُقل", ["asserted", "reported"], mode="arrest",
          source=IQ_SECURITY, recipient=ISIS_MEMBERS, location=HUSAYBAH, date=SINCE_YESTERDAY,
          attribution=["خلية الإعلام الأمني"], acled=ARREST),
        # ¶6: the migration ministry's aid in the Kilo 18 camps (core AID, since the start of the week); the
        # families returning and those fleeing are optional
        E(True, ["AID"], [6], "وزّعت", ["asserted"], mode="humanitarian",
          source=IQ_MIGRATION, recipient=QAIM_DISPLACED, location=KILO_18,
          date=D("2017-11-04", "week", ("2017-10-28", "2017-11-04"))),
        E(False, ["RETREAT"], [6], "عادت", ["asserted"], mode="return", source=RETURNING_FAMILIES,
          location=KARABILAH, date=None),
        E(False, ["RETREAT"], [6], "نزحت", ["asserted"], source=BORDER_FAMILIES, location=AMIRIYAT_CAMPS,
          date=None),
        # ¶7: ISIS leaders' flight across the border, rumoured among the tribes (core RETREAT withdraw,
        # rumored; no time of its own); «من دون أن يصدر أي تأكيد» negates nothing
        E(True, ["RETREAT"], [7], "فرار", ["rumored", "reported"], mode="withdraw",
          source=ISIS_LEADERS, location=ALBUKAMAL, date=None, attribution=["أوساط عشائرية في القضاء"]),
        # ¶8: the last phase towards Rawa due «خلال الأيام المقبلة» (core planned ASSAULT, MOBILIZE accepted
        # too; no day given) and, told by the same commander, the troops massing near Anah (core MOBILIZE)
        E(True, ["ASSAULT", "MOBILIZE"], [8], "عمليات تحرير", ["planned"], mode="firearms",
          source=IQ_ARMY_AND_PMF, location=RAWA, date=None, attribution=["قائد ميداني في الحشد"]),
        E(True, ["MOBILIZE"], [8], "بالتحشد", ["asserted", "reported"], mode="troops",
          source=IQ_ARMY_AND_PMF, location=ANAH, date=SINCE_YESTERDAY, attribution=["قائد ميداني في الحشد"]),
        # ¶9, verb–subject–object: a PMF commander's conditional threat (core THREATEN); the pursuit beyond
        # the border is optional, hypothetical
        E(True, ["THREATEN"], [9], "وتوعّد", ["asserted"], mode="violence",
          source=PMF_COMMANDER, recipient=ISIS_REMNANTS, date=SINCE_YESTERDAY),
        E(False, ["ASSAULT"], [9], "ملاحقتها", ["hypothetical"], source=PMF_COMMANDER, date=None),
        # ¶10, a passive: the border crossing not opened (core RETREAT access, negated); the repairs to come
        # are no event
        E(True, ["RETREAT"], [10], "تُفتح", ["negated"], mode="access",
          location=QAIM_CROSSING, date=SINCE_YESTERDAY, attribution=["مسؤول في هيئة المنافذ الحدودية"]),
        # paragraph 11 (the district of al-Qaim: a description and habits) holds no event
        # background at another place, in «وكانت … قد»: ISIS executes six young men in al-Ubaydi on 15 October
        # (core, historical, 6; Violence against civilians/Attack); the missing abductees are a standing
        # situation
        E(True, ["ASSAULT"], [12], "أعدمت", ["historical", "asserted", "reported"], mode="execute",
          source=ISIS_598, recipient=UBAYDI_VICTIMS, location=UBAYDI, date=D("2017-10-15"), fatalities=6,
          attribution=["ناجون وصلوا إلى مخيمات النزوح"], acled=ATTACK),
        # ¶13, subject–verb–object with a long parenthetical: the Anbar council blames the migration ministry
        # (core ACCUSE) and, with «و» and a second verb, asks the federal government to compensate the
        # returnees (core REQUEST); its extraordinary session is optional
        E(True, ["ACCUSE"], [13], "حمّل", ["asserted"],
          source=ANBAR_COUNCIL, recipient=IQ_MIGRATION, date=SINCE_YESTERDAY),
        E(True, ["REQUEST"], [13], "وطالب", ["asserted"],
          source=ANBAR_COUNCIL, recipient=IQ_FEDERAL, date=SINCE_YESTERDAY),
        E(False, ["CONSULT"], [13], "جلسة استثنائية", ["asserted"], source=ANBAR_COUNCIL, location=RAMADI,
          date=None),
        # ¶14, the funeral of «الشهداء الأربعة», is a paragraph of the main event
        # paragraph 15 (a returned man's words) holds no event
        # ¶16: coalition strikes on ISIS tunnels in the Anbar desert at dawn (core ASSAULT aerial, Air/drone
        # strike); the purpose («بهدف منع تسلل») adds no event
        E(True, ["ASSAULT"], [16], "غارات", ["asserted", "reported"], mode="aerial",
          source=COALITION_598, recipient=ISIS_POSITIONS, location=ANBAR_DESERT, date=TODAY,
          attribution=["مصدر في قيادة عمليات الجزيرة"], acled=AIR),
        # ¶17 («وبتحرير القائم، لم يبقَ…») is a paragraph of the battles of ¶1
    ],
)
