"""Gold of article 372: the Misraba local council's resignation, a sit-in in Hamouriyeh, renewed fighting
between Jaysh al-Islam and Faylaq al-Rahman in the al-Ash'ari farms, two judges dismissed, the provincial
council head's visit, a boycott and captives not released, the National Coalition's support, a deal on a
school, the two factions' accusations, a rumoured secret meeting, the sit-in's threat of civil
disobedience, an emergency session due on Thursday and air strikes on Douma's market on 24 April (Eastern
Ghouta, Rif Dimashq, Syria), a local community radio's news site, 2016-05-10 (Tue). No dateline: the lead
opens on the resignation «في بلدة مسرابا»; the main event comes first in ¶3, after the resignation and
the sit-in, and is told again by the medical office (¶7) and in the factions' statements (¶12); one toll
(6). Mostly about politics and governance in wartime."""
from actors_places import (
    ARBIN,
    ASHARI,
    DOUMA,
    DOUMA_COURT,
    DOUMA_JUDGES,
    DOUMA_VICTIMS,
    FAILAQ,
    GHOUTA_FIGHT,
    GHOUTA_LEADERS,
    HAMOURIYA,
    HAMOURIYA_DEAL,
    HAMOURIYA_PROTESTERS,
    HAMOURIYA_TRADERS,
    JAI,
    JAI_CAPTIVES,
    MISRABA,
    MISRABA_COUNCIL,
    MISRABA_HAMOURIYA,
    MISRABA_SUPPORTED,
    MISRABA_VISIT,
    RD_PROV_COUNCIL,
    SNC,
    SULH_BODY,
    UNIFIED_JUDICIARY,
)
from common import AGREEMENT, AIR, CLASH, PEACEFUL, D, E, paras_of

SLUG = "misraba_2016_hamouriya_douma_ghouta"
TODAY = D("2016-05-10")
TODAY_OPEN = D("2016-05-10", "day", ("2016-05-09", "2016-05-10"))
LAST_NIGHT = D("2016-05-09", "day", ("2016-05-09", "2016-05-10"))
ARTICLE = dict(
    id="team75-372", slug=SLUG, published="2016-05-10",
    outlet="Nabd al-Ghouta, local community radio's news site (fictional)",
    paras=paras_of(f"372_{SLUG}.txt"),
    events=[
        # ¶1: the Misraba local council resigns «مساء أمس الإثنين» in protest (PROTEST, REJECT accepted;
        # headline 0)
        E(True, ["PROTEST", "REJECT"], [0, 1], "استقالة جماعية", ["asserted"],
          source=MISRABA_COUNCIL, location=MISRABA, date=D("2016-05-09"), tpara=1),
        # ¶2: the sit-in in Hamouriyeh (headline 0); the banners' demand is optional
        E(True, ["PROTEST"], [0, 2], "اعتصم", ["asserted"], mode="demo",
          source=HAMOURIYA_PROTESTERS, location=HAMOURIYA, date=TODAY, acled=PEACEFUL, tpara=2),
        E(False, ["REQUEST"], [2], "تطالب", ["asserted"],
          source=HAMOURIYA_PROTESTERS, location=HAMOURIYA, date=TODAY),
        # MAIN EVENT, first told in ¶3: the clash between Jaysh al-Islam and Faylaq al-Rahman in the
        # al-Ash'ari farms «فجر اليوم» (headline 0; ¶3: five fighters and a woman; the medical office 7: six
        # bodies; the factions' versions 12) → 6
        E(True, ["ASSAULT"], [0, 3, 7, 12], "الاشتباكات", ["asserted", "reported"], mode="firearms",
          source=GHOUTA_FIGHT, location=ASHARI, date=TODAY, fatalities=6,
          attribution=["«المكتب الطبي الموحد»", "مسؤول في «المكتب الطبي الموحد»"], acled=CLASH, tpara=3),
        # ¶4: two judges dismissed and referred to inspection (SANCTION, COERCE accepted)
        E(True, ["SANCTION", "COERCE"], [4], "بعزل", ["asserted"],
          source=UNIFIED_JUDICIARY, recipient=DOUMA_JUDGES, location=DOUMA_COURT, date=TODAY_OPEN),
        # ¶5: the provincial council head's visit (CONSULT); his request to the council is optional
        E(True, ["CONSULT"], [5], "وزار", ["asserted"], mode="visit",
          source=MISRABA_VISIT, recipient=MISRABA_VISIT, location=MISRABA_HAMOURIYA, date=TODAY,
          attribution=["«نبض الغوطة»"]),
        E(False, ["REQUEST"], [5], "وطلب", ["asserted"],
          source=RD_PROV_COUNCIL, recipient=MISRABA_COUNCIL, date=TODAY),
        # ¶6 (how the Ghouta's councils work) holds no event. ¶7 retells the main event; the shots at an
        # ambulance are optional
        E(False, ["ASSAULT"], [7], "أُصيبت بطلقات", ["asserted", "reported"], mode="firearms",
          location=ASHARI, date=TODAY),
        # ¶8: Jaysh al-Islam boycotts the reconciliation session (REJECT, PROTEST accepted), the session held
        # without it is optional; Faylaq al-Rahman does not release its captives (RETREAT, negated), their
        # capture last week is optional, historical, and the mediators' next attempt optional, planned
        E(True, ["REJECT", "PROTEST"], [8], "وقاطع", ["asserted", "reported"],
          source=JAI, recipient=SULH_BODY, location=ARBIN, date=TODAY_OPEN, attribution=["مصدر في الهيئة"]),
        E(False, ["CONSULT"], [8], "انعقدت", ["asserted", "reported"],
          source=SULH_BODY, recipient=FAILAQ, location=ARBIN, date=TODAY_OPEN),
        E(True, ["RETREAT"], [8], "لم يُفرج", ["negated"], mode="release",
          source=FAILAQ, recipient=JAI_CAPTIVES, date=TODAY, attribution=["مصدر في الهيئة"]),
        E(False, ["ASSAULT", "COERCE"], [8], "أسرهم", ["historical"], mode="abduct",
          source=FAILAQ, recipient=JAI_CAPTIVES, date=D("2016-05-04", "week", ("2016-05-02", "2016-05-08"))),
        E(False, ["CONSULT"], [8], "جمع الطرفين", ["planned"], mode="third-party",
          source=SULH_BODY, recipient=GHOUTA_FIGHT, date=None),
        # ¶9: the National Coalition's support (SUPPORT); its call to the two factions is optional
        E(True, ["SUPPORT"], [9], "تأييده", ["asserted"],
          source=SNC, recipient=MISRABA_SUPPORTED, date=TODAY_OPEN),
        E(False, ["REQUEST"], [9], "داعياً", ["asserted"],
          source=SNC, recipient=GHOUTA_FIGHT, date=TODAY_OPEN),
        # ¶10: the notables' deal on the school (AGREE); the evacuation it foresees is optional, planned
        E(True, ["AGREE"], [10], "اتفاق", ["asserted"],
          source=HAMOURIYA_DEAL, recipient=HAMOURIYA_DEAL, location=HAMOURIYA, date=TODAY, acled=AGREEMENT),
        E(False, ["RETREAT"], [10], "بإخلاء", ["planned"], mode="withdraw",
          source=HAMOURIYA_DEAL, location=HAMOURIYA, date=None),
        # ¶11 (prices under siege) holds no event. ¶12: the two factions blame each other (two ACCUSE events,
        # one per direction); the statements also retell the main event
        E(True, ["ACCUSE"], [12], "حمّل", ["asserted"],
          source=JAI, recipient=FAILAQ, date=TODAY_OPEN),
        E(True, ["ACCUSE"], [12], "اتهم", ["asserted"],
          source=FAILAQ, recipient=JAI, date=TODAY_OPEN),
        # ¶13: a secret meeting of the two factions' commanders in Douma, talked about and unconfirmed
        E(True, ["CONSULT"], [13], "لقاء سري", ["rumored"], mode="third-party",
          source=GHOUTA_LEADERS, recipient=GHOUTA_LEADERS, location=DOUMA, date=LAST_NIGHT,
          attribution=["أوساط الناشطين"]),
        # ¶14: the sit-in's organisers threaten civil disobedience (THREATEN; the disobedience itself
        # optional, hypothetical); the traders' readiness to follow is optional
        E(True, ["THREATEN"], [14], "وهدّد", ["asserted"],
          source=HAMOURIYA_PROTESTERS, location=HAMOURIYA, date=TODAY),
        E(False, ["PROTEST"], [14], "عصيان مدني", ["hypothetical"], mode="strike",
          source=HAMOURIYA_PROTESTERS, location=HAMOURIYA, date=None),
        E(False, ["AGREE"], [14], "أبدوا استعدادهم", ["asserted"],
          source=HAMOURIYA_TRADERS, date=TODAY),
        # ¶15: the provincial council's emergency session «يوم الخميس المقبل» (planned CONSULT)
        E(True, ["CONSULT"], [15], "جلسة طارئة", ["planned"], mode="multilateral",
          source=RD_PROV_COUNCIL, date=D("2016-05-12")),
        # background at another place: air strikes on Douma's market on Sunday 24 April (13); the calls for
        # unity that followed are optional
        E(True, ["ASSAULT"], [16], "غارات جوية", ["historical", "asserted"], mode="aerial",
          recipient=DOUMA_VICTIMS, location=DOUMA, date=D("2016-04-24"), fatalities=13,
          attribution=["الدفاع المدني"], acled=AIR),
        E(False, ["REQUEST"], [16], "دعوات واسعة", ["historical"],
          date=None),
        # ¶17 (the population of the Eastern Ghouta) holds no event
    ],
)
