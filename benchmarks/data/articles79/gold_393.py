"""Gold of article 393: three lists reject the preliminary results and demand a manual recount, a boycott in
Rawa, gunmen firing on voters outside a polling centre in Haditha (main event), mortar rounds near two polling
centres in al-Qaim, two candidates arrested in Hit, an observer mission's accusation and demand, a recount
agreed by the Anbar office and refused by the Board of Commissioners, results of three stations cancelled, a
list head's threat of a sit-in, a rumoured detention of staff, a delegation due on Tuesday, a meeting the
commission did not attend, a bomb on the Hit–Ramadi road on 27 April 2014 (Anbar, Iraq), an Iraqi news agency,
2018-05-13 (Sun). Dateline «هيت – «نخيل الفرات»:»; the main event comes first in ¶3, after the rejection and
the boycott, without a toll: the toll (3) comes only in ¶5. Mostly about violence around a local vote."""
from actors_places import (
    ANBAR,
    BAGHDAD,
    CANDIDATES2,
    GOVERNOR_MEETING,
    HADITHA,
    HADITHA_GUNMEN,
    HADITHA_VOTERS,
    HIT,
    HIT_RAMADI_ROAD,
    IHEC,
    IHEC_ABSENT,
    IHEC_ANBAR_LISTS,
    IHEC_BOARD,
    IHEC_DEL_ENTITIES,
    IHEC_STAFF,
    IHEC_VICTIMS_2014,
    IQ_MIL_INT,
    IQ_PARTIES,
    LIST_HEAD,
    LIST_SUPPORTERS,
    LISTS3,
    QAIM,
    QAIM_STAFF,
    QAIM_STATIONS,
    RAMADI,
    RAQIB,
    RAWA,
    RAWA_SHEIKHS,
    UNAMI,
)
from common import ARREST, ATTACK, MINE, SHELL, D, E, paras_of

SLUG = "hit_2018_haditha_qaim_rawa"
TODAY = D("2018-05-13")
YDAY = D("2018-05-12")
TODAY_OPEN = D("2018-05-13", "day", ("2018-05-12", "2018-05-13"))
ARTICLE = dict(
    id="team79-393", slug=SLUG, published="2018-05-13",
    outlet="Nakhil al-Furat news agency, Iraqi local news agency (fictional)",
    paras=paras_of(f"393_{SLUG}.txt"),
    events=[
        # ¶1: three lists reject the preliminary results and demand a manual recount (headline 0)
        E(True, ["REJECT"], [0, 1], "رفضت", ["asserted"],
          source=LISTS3, recipient=IHEC, location=HIT, date=TODAY, attribution=["بيان مشترك"], tpara=1),
        E(True, ["REQUEST"], [0, 1], "وطالبت", ["asserted"],
          source=LISTS3, recipient=IHEC, location=HIT, date=TODAY, tpara=1),
        # ¶2: sheikhs of Rawa boycott yesterday's vote (PROTEST, REJECT accepted; no gathering, so no ACLED
        # label)
        E(True, ["PROTEST", "REJECT"], [2], "وقاطع", ["asserted", "reported"],
          source=RAWA_SHEIKHS, location=RAWA, date=YDAY, attribution=["مراقبون محليون"]),
        # MAIN EVENT, first told in ¶3 without a toll: gunmen fire on the voters' queue in Haditha yesterday
        # afternoon (headline 0; ¶5: the health directorate's three killed; ¶6: an agent's account) → 3.
        # One-sided: the gunmen fled before the police could answer.
        E(True, ["ASSAULT"], [0, 3, 5, 6], "فتح", ["asserted", "reported"], mode="firearms",
          source=HADITHA_GUNMEN, recipient=HADITHA_VOTERS, location=HADITHA, date=YDAY, fatalities=3,
          attribution=["مصدر في قيادة شرطة الأنبار", "دائرة صحة الأنبار"], acled=ATTACK, tpara=3),
        # ¶4 (the polling centre described) holds no event. ¶7: mortar rounds near two polling centres in
        # al-Qaim, no one hurt, no claim (still asserted); the centre closed for two hours is optional
        E(True, ["ASSAULT"], [7], "قذائف هاون", ["asserted"], mode="heavy-weapons",
          recipient=QAIM_STATIONS, location=QAIM, date=YDAY, acled=SHELL),
        E(False, ["COERCE"], [7], "وأُغلق", ["asserted"], mode="restrict", location=QAIM, date=YDAY),
        # ¶8: two candidates arrested in Hit (verb-subject-object)
        E(True, ["COERCE"], [8], "واعتقلت", ["asserted", "reported"], mode="arrest",
          source=IQ_MIL_INT, recipient=CANDIDATES2, location=HIT, date=TODAY,
          attribution=["قيادة عمليات الأنبار"], acled=ARREST),
        # ¶9: the observer mission accuses staff and makes a demand (one sentence, «و» and a second verb);
        # UNAMI's call is optional
        E(True, ["ACCUSE"], [9], "اتهمت", ["asserted"],
          source=RAQIB, recipient=IHEC_STAFF, location=ANBAR, date=TODAY_OPEN, attribution=["بيانها الأولي"]),
        E(True, ["REQUEST"], [9], "وطالبت", ["asserted"],
          source=RAQIB, recipient=IHEC, date=TODAY_OPEN, attribution=["بيانها الأولي"]),
        E(False, ["REQUEST"], [9], "بدعوة", ["asserted"],
          source=UNAMI, recipient=IQ_PARTIES, date=TODAY_OPEN),
        # ¶10: the Anbar office agrees to a manual recount (the meeting it came from optional); ¶11: the Board
        # in Baghdad refuses it
        E(True, ["AGREE"], [10], "ووافق", ["asserted"],
          source=IHEC_ANBAR_LISTS, recipient=IHEC_ANBAR_LISTS, location=ANBAR, date=TODAY),
        E(False, ["CONSULT"], [10], "اجتماع", ["asserted"],
          source=IHEC_ANBAR_LISTS, recipient=IHEC_ANBAR_LISTS, date=TODAY),
        E(True, ["REJECT"], [11], "رفض", ["asserted"],
          source=IHEC_BOARD, recipient=IHEC_ANBAR_LISTS, location=BAGHDAD, date=TODAY),
        # ¶12: the results of three stations cancelled (SANCTION)
        E(True, ["SANCTION"], [12], "إلغاء", ["asserted"],
          source=IHEC_BOARD, location=HADITHA, date=TODAY),
        # ¶13: a list head (a long parenthesis between subject and verb) threatens a sit-in (the sit-in
        # optional, hypothetical)
        E(True, ["THREATEN"], [13], "هدّد", ["asserted"],
          source=LIST_HEAD, recipient=IHEC, location=RAMADI, date=TODAY_OPEN),
        E(False, ["PROTEST"], [13], "اعتصام", ["hypothetical"], mode="demo",
          source=LIST_SUPPORTERS, location=RAMADI, date=None),
        # ¶14: staff reportedly held in al-Qaim, unconfirmed (rumoured, undated)
        E(True, ["COERCE"], [14], "احتجاز", ["rumored"], mode="arrest",
          recipient=QAIM_STAFF, location=QAIM, date=None, attribution=["صفحات محلية"]),
        # ¶15: a delegation due «يوم الثلاثاء» (planned) and a meeting the commission did not attend
        # (negated); the governor's meeting itself is optional
        E(True, ["CONSULT"], [15], "للقاء", ["planned"], mode="visit",
          source=IHEC_DEL_ENTITIES, recipient=IHEC_DEL_ENTITIES, location=RAMADI, date=D("2018-05-15")),
        E(True, ["CONSULT"], [15], "يحضر", ["negated"],
          source=IHEC_ABSENT, recipient=IHEC_ABSENT, location=ANBAR, date=TODAY),
        E(False, ["CONSULT"], [15], "الاجتماع", ["asserted"],
          source=GOVERNOR_MEETING, recipient=GOVERNOR_MEETING, date=TODAY),
        # Background at another place, in «وكان … قد»: three commission staff killed on 27 April 2014
        E(True, ["ASSAULT"], [16], "عبوة ناسفة", ["historical", "asserted"], mode="explosives",
          recipient=IHEC_VICTIMS_2014, location=HIT_RAMADI_ROAD, date=D("2014-04-27"), fatalities=3,
          acled=MINE),
        # ¶17 (turnout, queues) holds no event
    ],
)
