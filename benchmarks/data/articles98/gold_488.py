"""Gold of article 488: al-Iskandariya, Jurf al-Sakhar, al-Musayyib and Hilla (Babil), a Hilla-based
provincial news website, 2014-10-21 (Tue)."""
from actors_places import (
    BABIL_AUTHORITIES,
    BABIL_COUNCIL,
    HILLA,
    HILLA_VICTIMS,
    INTERIOR_DELEGATION,
    IQ_AIR,
    IQ_ARMY_PATROL,
    IQ_FORCES,
    IQ_POLICE,
    ISIS,
    ISK_CIVILIANS,
    ISK_POLICE_CHIEF,
    ISK_PROTESTERS,
    ISKANDARIYA,
    JURF,
    JURF_FAMILIES,
    JURF_SIDES,
    MUSAYYIB,
    MUSAYYIB_JURF_ROAD,
    MUSAYYIB_SUSPECTS,
    PMF,
    PMF_COMMANDER,
    SHEPHERDS,
    UNKNOWN_GUNMEN,
)
from common import AIR, ARREST, CLASH, MINE, PEACEFUL, D, E, paras_of

SLUG = "babil_2014_iskandariya_jurf_al_sakhar_musayyib"
TODAY = D("2014-10-21")
YESTERDAY = D("2014-10-20")
LAST_NIGHT = D("2014-10-20", "day", ("2014-10-20", "2014-10-21"))
ARTICLE = dict(
    id="team98-488", slug=SLUG, published="2014-10-21",
    outlet="Mir'at Babil, a Hilla-based provincial news website (fictional)",
    paras=paras_of(f"488_{SLUG}.txt"),
    events=[
        # the main event, first in the lead (dateline: the province): a car bomb by the market; ISIS's claim
        # in ¶3 (the other side: it says it hit a PMF gathering) gives the source; the funeral 17 → 8
        E(True, ["ASSAULT"], [0, 1, 3, 17], "بانفجار سيارة مفخخة", ["asserted"], mode="explosives",
          source=ISIS, recipient=ISK_CIVILIANS, location=ISKANDARIYA, date=YESTERDAY, fatalities=8,
          attribution=["مصدر في دائرة صحة بابل", "بيان تنظيم «داعش»"], acled=MINE, tpara=1),
        # ¶2: clashes since Sunday «بين القوات الأمنية وفصائل الحشد الشعبي … ومسلحي تنظيم «داعش»» (one
        # two-sided ASSAULT, with the headline 0); the IEDs dismantled on the road are no event → 4
        E(True, ["ASSAULT"], [0, 2], "اشتباكات متقطعة", ["asserted", "reported"], mode="firearms",
          source=JURF_SIDES, location=JURF, date=D("2014-10-20", "day", ("2014-10-19", "2014-10-21")),
          fatalities=4, attribution=["مصدر في قيادة عمليات بابل"], acled=CLASH, tpara=2),
        # ¶4 (verb–subject–object): army aviation strikes in Jurf al-Sakhar's orchards at dawn
        E(True, ["ASSAULT"], [4], "غارات", ["asserted", "reported"], mode="aerial",
          source=IQ_AIR, recipient=ISIS, location=JURF, date=TODAY,
          attribution=["مصدر في قيادة العمليات"], acled=AIR),
        # ¶5: a demonstration and a demand joined with «و» and a second verb
        E(True, ["PROTEST"], [5], "وتظاهر", ["asserted"], mode="demo",
          source=ISK_PROTESTERS, location=ISKANDARIYA, date=TODAY, acled=PEACEFUL),
        E(True, ["REQUEST"], [5], "وطالبوا", ["asserted"],
          source=ISK_PROTESTERS, recipient=BABIL_COUNCIL, date=TODAY),
        # ¶6 (subject, long parenthetical, verb): the council's emergency session (in the parenthetical, an
        # optional CONSULT) dismisses the police chief and refers him for investigation (COERCE, SANCTION also
        # accepted: the guide's «أقال وأحال للتحقيق»)
        E(False, ["CONSULT"], [6], "جلسة طارئة", ["asserted"], mode="multilateral",
          source=BABIL_COUNCIL, date=TODAY),
        E(True, ["COERCE", "SANCTION"], [6], "إعفاء", ["asserted", "reported"],
          source=BABIL_COUNCIL, recipient=ISK_POLICE_CHIEF, date=TODAY, attribution=["عضو في المجلس"]),
        # paragraph 7 (Jurf al-Sakhar: a description) holds no event
        # ¶8: three shepherds said to have been abducted near al-Musayyib (rumoured: the police neither
        # confirm nor deny)
        E(True, ["ASSAULT"], [8], "اختطاف", ["rumored", "reported"], mode="abduct",
          source=UNKNOWN_GUNMEN, recipient=SHEPHERDS, location=MUSAYYIB, date=LAST_NIGHT,
          attribution=["مصادر عشائرية"]),
        # ¶9: displaced families not allowed back (core RETREAT, negated)
        E(True, ["RETREAT"], [9], "تسمح", ["negated"], mode="access",
          source=IQ_FORCES, recipient=JURF_FAMILIES, location=JURF, date=TODAY,
          attribution=["أحد وجهاء الناحية"]),
        # ¶10: a conditional threat told to «واع» (asserted); the demolition it threatens is hypothetical
        E(True, ["THREATEN"], [10], "وتوعّد", ["asserted", "reported"], mode="violence",
          source=PMF_COMMANDER, recipient=ISIS, date=TODAY, attribution=["واع"]),
        E(False, ["ASSAULT"], [10], "هدم", ["hypothetical"], mode="destroy",
          source=PMF, date=None),
        # ¶11: an Interior Ministry delegation due in Hilla on Thursday (planned)
        E(True, ["CONSULT"], [11], "يصل", ["planned"], mode="visit",
          source=INTERIOR_DELEGATION, recipient=BABIL_AUTHORITIES, location=HILLA, date=D("2014-10-23"),
          attribution=["مكتب المحافظ"]),
        # paragraph 12 (car bombs in northern Babil since January: an aggregate) holds no event
        # ¶13, one sentence, two events: arrests in al-Musayyib and an IED on an army patrol «من دون أن تسفر
        # عن إصابات» (the act took place)
        E(True, ["COERCE"], [13], "اعتقلت", ["asserted"], mode="arrest",
          source=IQ_POLICE, recipient=MUSAYYIB_SUSPECTS, location=MUSAYYIB, date=TODAY, acled=ARREST),
        E(True, ["ASSAULT"], [13], "انفجرت عبوة ناسفة", ["asserted"], mode="explosives",
          recipient=IQ_ARMY_PATROL, location=MUSAYYIB_JURF_ROAD, date=TODAY, acled=MINE),
        # ¶14: reinforcements around Jurf al-Sakhar; the operation they prepare («تمهيداً ل») is no event
        E(True, ["MOBILIZE"], [14], "تعزيزات", ["asserted", "reported"], mode="troops",
          source=PMF, location=JURF, date=LAST_NIGHT, attribution=["مصدر في قيادة العمليات"]),
        # background at another place, in «وكان … قد»: a truck bomb at a Hilla checkpoint on 7 September (11)
        E(True, ["ASSAULT"], [15], "انفجرت", ["historical", "asserted"], mode="explosives",
          recipient=HILLA_VICTIMS, location=HILLA, date=D("2014-09-07"), fatalities=11, acled=MINE),
        # paragraph 16 (al-Iskandariya: a description) holds no event; ¶17, the funeral, is a paragraph of the
        # main event
    ],
)
