"""Gold of article 601: the Internal Security Forces turn families back from the old city of Raqqa, a mine
left by the Islamic State kills three of a returning family in a house in al-Rumaila (main event, told in ¶2
after the families are turned back; three per the Civil Council's demining team against five per the Tabqa
hospital → 3), a neighbour's account, the security forces' version, a civil body's accusation and demand, the
security forces' threat of arrest, a rumoured arrest of men charging returnees, joint demining in al-Mashlab,
no UN convoy yet, food due on Saturday, the return to two quarters allowed, the burial, the mine deaths since
the battle, and a mine on a tractor near al-Karama on 11 November 2017 (Raqqa, Syria), a Gaziantep-based
Syrian humanitarian affairs news website, 2017-11-23 (Thu). No dateline: the lead names «الرقة» in its first
sentence."""
from actors_places import (
    DEMINING_PARTNERS,
    ENTRANTS,
    FIRDAWS_NAHDA,
    FIRDAWS_NAHDA_RESIDENTS,
    FRAUDSTERS,
    ISF,
    ISIS,
    KARAMA,
    LOCAL_NGOS,
    MASHLAB,
    MINE_FAMILY,
    RAQQA_CITY,
    RAQQA_GATHERING,
    RAQQA_OLD_CITY,
    RAQQA_RETURNEES,
    RCC,
    RETURNEES,
    RUMAILA,
    TRACTOR_DRIVER,
    UN,
    UN_AID,
    WFP,
)
from common import MINE, D, E, paras_of

SLUG = "raqqa_2017_rumaila_karama"
YESTERDAY = D("2017-11-22")
TODAY = D("2017-11-23")
# a statement or an act without a time of day: the day of publication, or the day before
STATED = D("2017-11-23", "day", ("2017-11-22", "2017-11-23"))
ARTICLE = dict(
    id="team121-601", slug=SLUG, published="2017-11-23",
    outlet="Sanabil, a Gaziantep-based Syrian humanitarian affairs news website (fictional)",
    paras=paras_of(f"601_{SLUG}.txt"),
    events=[
        # ¶1 (no dateline; Raqqa in the first sentence): the checkpoints turn the families back from the old
        # city (COERCE restrict); the expulsion of the Islamic State five weeks before is optional, historical
        E(False, ["ASSAULT", "RETREAT"], [1], "طرد", ["historical"],
          date=D("2017-10-17", "month", ("2017-10-01", "2017-10-31"))),
        E(True, ["COERCE"], [1], "ومنعت", ["asserted"], mode="restrict",
          source=ISF, recipient=RETURNEES, location=RAQQA_OLD_CITY, date=YESTERDAY,
          attribution=["مراسل «سنابل»"]),
        # MAIN EVENT, told in ¶2 after the families are turned back («وبعد ساعات من إعادة العائلات» is a
        # back-reference; the hour told after the act in a sentence of its own): the mine in the house; the
        # neighbour and the hospital's five ¶3, the security forces' version ¶4, the burial ¶14 → 3
        E(True, ["ASSAULT"], [0, 2, 3, 4, 14], "انفجر لغم أرضي", ["asserted"], mode="explosives",
          source=ISIS, recipient=MINE_FAMILY, location=RUMAILA, date=YESTERDAY, fatalities=3,
          attribution=["فريق نزع الألغام التابع لـ«مجلس الرقة المدني»", "إدارة مشفى الطبقة الوطني"],
          acled=MINE, tpara=2),
        # ¶5 (verb first, a long apposition after the subject): the accusation and the demand, two verbs
        # joined with «و», in a statement issued yesterday evening
        E(True, ["ACCUSE"], [5], "واتهم", ["asserted"],
          source=RAQQA_GATHERING, recipient=RCC, date=YESTERDAY, attribution=["بيان"]),
        E(True, ["REQUEST"], [5], "وطالب", ["asserted"],
          source=RAQQA_GATHERING, recipient=UN, date=YESTERDAY),
        # ¶6 (the damage, how mines are laid) holds no event. ¶7: the threat in the security forces' own
        # statement (asserted); the arrest it threatens is optional and hypothetical, the call optional
        E(True, ["THREATEN"], [7], "وهدّدت", ["asserted"], mode="arrest",
          source=ISF, recipient=ENTRANTS, date=STATED),
        E(False, ["COERCE"], [7], "بتوقيف", ["hypothetical"], mode="arrest", source=ISF, date=None),
        E(False, ["REQUEST"], [7], "داعية", ["asserted"], source=ISF, date=STATED),
        # ¶8: the arrest of three men charging returnees, told by local pages and neither confirmed nor
        # denied (rumoured, undated)
        E(True, ["COERCE"], [8], "توقيف", ["rumored"], mode="arrest",
          source=ISF, recipient=FRAUDSTERS, location=RAQQA_CITY, date=None,
          attribution=["صفحات محلية على «فيسبوك»"]),
        # ¶9: the council's demining team with a contractor of the coalition («بالتعاون مع»; a purpose
        # clause) — joint work between two parties
        E(True, ["COOPERATE"], [9], "بالتعاون", ["asserted"],
          source=DEMINING_PARTNERS, recipient=DEMINING_PARTNERS, location=MASHLAB, date=TODAY,
          attribution=["عضو في لجنة إعادة الإعمار التابعة للمجلس"]),
        # ¶10: no UN convoy has entered (AID, negated); the food baskets local groups hand out at the
        # entrances are a habit (optional, generic)
        E(True, ["AID"], [10], "ولم تدخل", ["negated"], mode="humanitarian",
          source=UN_AID, location=RAQQA_CITY, date=TODAY, attribution=["مكتب «أوتشا»"]),
        E(False, ["AID"], [10], "توزعها", ["generic"], source=LOCAL_NGOS, date=None),
        # ¶11: food and blankets «يوم السبت المقبل» (planned AID)
        E(True, ["AID"], [11], "يوزّع", ["planned"], mode="humanitarian",
          source=WFP, recipient=RAQQA_RETURNEES, location=RAQQA_CITY, date=D("2017-11-25")),
        # ¶12: the council allows the return to two quarters (an easing announced: CONCEDE)
        E(True, ["CONCEDE"], [12], "السماح", ["asserted"],
          source=RCC, recipient=FIRDAWS_NAHDA_RESIDENTS, location=FIRDAWS_NAHDA, date=TODAY),
        # ¶13 (a teacher's nights) holds no event; ¶14 is the burial of the main event. ¶15: the mines'
        # toll since the battle (optional, generic). ¶16 (bread, power, ferries) holds no event.
        E(False, ["ASSAULT"], [15], "قتلت", ["generic"], source=ISIS, date=None),
        # ¶17, «وكان … قد» at another place: a mine under a tractor near al-Karama on 11 November (core,
        # historical); nobody claimed it, and the front line «until last summer» is a standing situation
        E(True, ["ASSAULT"], [17], "انفجر", ["historical", "asserted"], mode="explosives",
          recipient=TRACTOR_DRIVER, location=KARAMA, date=D("2017-11-11"), fatalities=1, acled=MINE),
    ],
)
