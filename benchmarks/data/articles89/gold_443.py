"""Gold of article 443: the tenth day of an open strike by the workers of the state car company of
al-Iskandariyah, their march to the Babil governorate building, no official receiving them, the
Hillah–Baghdad road blocked, the riot police's live fire (main event, in ¶3 after the march and the road
block; its toll comes only in ¶5), arrests and releases, the police's denial and accusation, the human
rights office's demand, the minister's meeting and pledge, a parliamentary visit due on Saturday, rumoured
arrest warrants, the unions' conditional threat and the teachers' solidarity, the riot commander suspended,
and power-station workers who blocked the road at al-Musayyib on 11 August 2015 (Babil, Iraq), an Iraqi
satellite TV channel's news website, 2015-11-19 (Thu). Dateline «الحلة – «السنابل»:»."""
from actors_places import (
    BABIL_GOV_OFFICE,
    BABIL_GOVERNOR,
    BABIL_TEACHERS,
    BABIL_UNIONS,
    BAGHDAD,
    CAR_WORKERS,
    EIGHT_WORKERS,
    ELEVEN_WORKERS,
    HILLAH,
    HILLAH_GOV_BUILDING,
    HILLAH_ROAD,
    IHCHR_BABIL,
    INDUSTRY_MINISTER,
    INFILTRATORS,
    ISKANDARIYAH,
    MINISTER_AND_WORKERS,
    MUSAYYIB,
    MUSAYYIB_WORKERS,
    ORGANISERS,
    PARL_LABOUR,
    RIOT_COMMANDER,
    RIOT_POLICE,
    WORKER_DELEGATION,
)
from common import EXCESSIVE, PEACEFUL, D, E, paras_of

SLUG = "hillah_2015_iskandariyah_musayyib"
TODAY = D("2015-11-19")
STATEMENT = D("2015-11-19", "day", ("2015-11-18", "2015-11-19"))
ARTICLE = dict(
    id="team89-443", slug=SLUG, published="2015-11-19",
    outlet="al-Sanabil, an Iraqi satellite TV channel, news website (fictional)",
    paras=paras_of(f"443_{SLUG}.txt"),
    events=[
        # ¶1: the open strike in its tenth day (dated today, with a range back to its first day; the sit-in
        # tent ¶12 adds to it) and the march to the governorate building; the demand is its purpose
        # (optional)
        E(True, ["PROTEST"], [1, 12], "إضرابهم", ["asserted"], mode="strike",
          source=CAR_WORKERS, location=ISKANDARIYAH, date=D("2015-11-19", "day", ("2015-11-10",
                                                                                  "2015-11-19")),
          acled=PEACEFUL),
        E(True, ["PROTEST"], [1], "مسيرة", ["asserted"], mode="demo",
          source=CAR_WORKERS, location=HILLAH_GOV_BUILDING, date=TODAY),
        E(False, ["REQUEST"], [1], "للمطالبة", ["asserted"], source=CAR_WORKERS, date=TODAY),
        # ¶2: no official received the delegation (CONSULT, negated), then verb-subject-object: the workers
        # block the Hillah–Baghdad road (the march, the road block and the dispersal make one ACLED event,
        # coded on the main event)
        E(True, ["CONSULT"], [2], "يستقبل", ["negated"],
          source=BABIL_GOV_OFFICE, recipient=WORKER_DELEGATION, location=HILLAH_GOV_BUILDING, date=TODAY),
        E(True, ["PROTEST"], [2], "فقطع", ["asserted"], mode="obstruct",
          source=CAR_WORKERS, location=HILLAH_ROAD, date=TODAY),
        # MAIN EVENT in ¶3, after the march and the road block: the riot police fire tear gas and live
        # rounds to open the road (headline 0); the wounded worker's account with the passive «أُطلق» ¶4,
        # the death announced ¶5 (the only toll: 1), the police's own version ¶7
        E(True, ["ASSAULT"], [0, 3, 4, 5, 7], "وأطلقت", ["asserted"], mode="firearms",
          source=RIOT_POLICE, recipient=CAR_WORKERS, location=HILLAH_ROAD, date=TODAY, fatalities=1,
          attribution=["مصدر طبي في مستشفى الحلة التعليمي", "أحد العمال المصابين", "دائرة صحة بابل",
                       "قيادة شرطة بابل"],
          acled=EXCESSIVE, tpara=3),
        # ¶5: colleagues gathering at the morgue and refusing to leave (optional PROTEST)
        E(False, ["PROTEST"], [5], "وتجمّع", ["asserted"], mode="demo", source=CAR_WORKERS, location=HILLAH,
          date=TODAY),
        # ¶6: eleven arrested «من قبل» the police (one arrest event), eight released on bail in the evening
        E(True, ["COERCE"], [6], "واعتُقل", ["asserted"], mode="arrest",
          source=RIOT_POLICE, recipient=ELEVEN_WORKERS, location=HILLAH, date=TODAY,
          attribution=["محامٍ تطوّع للدفاع عنهم"]),
        E(True, ["RETREAT"], [6], "يُفرج", ["asserted"], mode="release",
          source=RIOT_POLICE, recipient=EIGHT_WORKERS, location=HILLAH, date=TODAY),
        # ¶7: the police deny firing (optional REJECT) and accuse «infiltrators» (two events joined with
        # «و»); the stones thrown at the force, told only by the police, optional
        E(False, ["REJECT"], [7], "نفت", ["asserted"], source=RIOT_POLICE, date=TODAY),
        E(True, ["ACCUSE"], [7], "واتهمت", ["asserted", "reported"],
          source=RIOT_POLICE, recipient=INFILTRATORS, date=TODAY, attribution=["بيان"]),
        E(False, ["PROTEST", "ASSAULT"], [7], "برشق الحجارة", ["reported"], mode="riot",
          source=CAR_WORKERS, recipient=RIOT_POLICE, location=HILLAH_ROAD, date=TODAY),
        # ¶8: the human rights office asks the police for the camera footage; its visit to the hospital
        # optional
        E(True, ["REQUEST"], [8], "وطالب", ["asserted"],
          source=IHCHR_BABIL, recipient=RIOT_POLICE, location=HILLAH, date=TODAY),
        E(False, ["CONSULT"], [8], "زار", ["asserted"], mode="visit", source=IHCHR_BABIL, location=HILLAH,
          date=TODAY),
        # ¶9 (the company described) holds no event. ¶10: the minister receives the workers' delegation and
        # pledges two salaries (headline 0); the payment on Sunday optional, planned
        E(True, ["CONSULT"], [10], "استقبل", ["asserted"],
          source=MINISTER_AND_WORKERS, recipient=MINISTER_AND_WORKERS, location=BAGHDAD, date=TODAY),
        E(True, ["AGREE"], [0, 10], "وتعهد", ["asserted"],
          source=INDUSTRY_MINISTER, recipient=WORKER_DELEGATION, date=TODAY,
          attribution=["أحد أعضاء الوفد"], tpara=10),
        E(False, ["CONCEDE", "AID"], [10], "بصرف راتبين", ["planned"], mode="economic",
          source=INDUSTRY_MINISTER, recipient=CAR_WORKERS, date=D("2015-11-22")),
        # ¶11: the parliamentary committee's visit on Saturday (planned)
        E(True, ["CONSULT"], [11], "ستزور", ["planned"], mode="visit",
          source=PARL_LABOUR, location=ISKANDARIYAH, date=D("2015-11-21")),
        # ¶13: arrest warrants against five organisers, rumoured and denied (undated); the detainees' court
        # appearance on Sunday is no new act
        E(True, ["COERCE"], [13], "مذكرات قبض", ["rumored"], mode="arrest",
          recipient=ORGANISERS, location=HILLAH, date=None),
        # ¶14: the unions' conditional threat of a general strike (made: asserted; the strike itself
        # optional, hypothetical); the teachers' union's solidarity (SUPPORT) and its call for a minute of
        # silence on Sunday (optional)
        E(True, ["THREATEN"], [14], "وهدّد", ["asserted"], mode="strike",
          source=BABIL_UNIONS, location=HILLAH, date=STATEMENT),
        E(False, ["PROTEST"], [14], "إضراب شامل", ["hypothetical"], mode="strike", source=BABIL_UNIONS,
          date=None),
        E(True, ["SUPPORT"], [14], "تضامنها", ["asserted"],
          source=BABIL_TEACHERS, recipient=CAR_WORKERS, date=STATEMENT),
        E(False, ["REQUEST", "PROTEST"], [14], "ودعت", ["asserted", "planned"],
          source=BABIL_TEACHERS, date=STATEMENT),
        # ¶15: the governor suspends the riot regiment's commander and refers him for investigation
        # (SANCTION, COERCE accepted); the inquiry committee and his pledge are an optional AGREE
        E(True, ["SANCTION", "COERCE"], [15], "سحب يد", ["asserted"],
          source=BABIL_GOVERNOR, recipient=RIOT_COMMANDER, location=HILLAH, date=TODAY),
        E(False, ["AGREE"], [15], "وتشكيل لجنة", ["asserted"], source=BABIL_GOVERNOR, location=HILLAH,
          date=TODAY),
        # ¶16 (analysis) holds no event. ¶17, «وكان … قد» at another place: the al-Musayyib power-station
        # workers block the road on 11 August
        E(True, ["PROTEST"], [17], "قطعوا", ["historical", "asserted"], mode="obstruct",
          source=MUSAYYIB_WORKERS, location=MUSAYYIB, date=D("2015-08-11"), acled=PEACEFUL),
    ],
)
