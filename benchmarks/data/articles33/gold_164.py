"""Gold of article 164: Manbij under siege (al-Hazzawneh, the National Hospital, the Great Mosque square, the southern
edge) and Azaz, a citizen news network of Manbij, 2016-07-06 (Wed, the first day of Eid al-Fitr)."""
from actors_places import (
                           AZAZ,
                           BAB_JARABLUS,
                           EXECUTED_YOUTHS,
                           FLEEING_YOUTHS,
                           FSA_MANBIJ,
                           HAZZAWNEH,
                           HAZZAWNEH_FAMILY,
                           HISBA,
                           INTL_COALITION,
                           ISIS,
                           MANBIJ,
                           MANBIJ_CENTRE,
                           MANBIJ_CIVILIANS,
                           MANBIJ_DISPLACED,
                           MANBIJ_EAST,
                           MANBIJ_HOSPITAL,
                           MANBIJ_NOTABLES,
                           MANBIJ_RESIDENTS,
                           MANBIJ_SOUTH,
                           MINE_VICTIMS,
                           MMC,
                           NEW_ARRIVALS,
                           SDF,
                           SDF_ISIS,
                           TISHREEN_MANBIJ,
)
from common import AIR, ARREST, ATTACK, CLASH, MINE, PEACEFUL, D, E, paras_of

SLUG = "manbij_2016_hazzawneh_strikes_executions_azaz_sit_in"
ARTICLE = dict(
    id="team33-164", slug=SLUG, published="2016-07-06", outlet="Sada Manbij citizen news network (fictional)",
    paras=paras_of(f"164_{SLUG}.txt"),
    events=[
        # the coalition strikes on al-Hazzawneh at dawn: headline 0, lead 1 (6 killed), the Observatory's update 6
        # (8) → 6; the coalition's answer neither confirms nor denies (no event)
        E(True, ["ASSAULT"], [0, 1, 6], "غارات جوية", ["asserted", "reported"], mode="aerial",
          source=INTL_COALITION, recipient=MANBIJ_CIVILIANS, location=HAZZAWNEH, date=D("2016-07-06"), fatalities=6,
          attribution=["مراسل «صدى منبج»", "المرصد السوري لحقوق الإنسان"], acled=AIR, tpara=1),
        # the SDF ring around the city for four weeks (optional, an ongoing siege)
        E(False, ["COERCE"], [1], "تطوّقها", ["asserted", "historical"], mode="restrict",
          source=SDF, location=MANBIJ, date=None),
        # the fighting near the National Hospital today: lead 1, the Military Council's claim 3 (eleven ISIS members
        # killed) and Amaq's video of the same axis (no toll) → 11; two-sided
        E(True, ["ASSAULT"], [1, 3], "الاشتباكات", ["asserted", "reported"], mode="firearms",
          source=SDF_ISIS, location=MANBIJ_HOSPITAL, date=D("2016-07-06"), fatalities=11,
          attribution=["مراسل «صدى منبج»", "المجلس العسكري لمنبج وريفها", "وكالة أعماق"], acled=CLASH),
        # the public execution of three young men yesterday (headline 0) and the Hisba's arrests of those trying to
        # flee over the past two days
        E(True, ["ASSAULT"], [0, 2], "أعدم", ["asserted", "reported"], mode="execute",
          source=ISIS, recipient=EXECUTED_YOUTHS, location=MANBIJ_CENTRE, date=D("2016-07-05"), fatalities=3,
          attribution=["ناشطون من المدينة"], acled=ATTACK, tpara=2),
        E(True, ["COERCE"], [2], "اعتُقلوا", ["reported", "asserted"], mode="arrest",
          source=HISBA, recipient=FLEEING_YOUTHS, location=MANBIJ_SOUTH,
          date=D("2016-07-05", "day", ("2016-07-04", "2016-07-06")), attribution=["ناشطون من المدينة"], acled=ARREST),
        # the Military Council's accusation of ISIS (human shields) and its call on residents (optional)
        E(True, ["ACCUSE"], [3], "متهماً", ["asserted", "reported"],
          source=MMC, recipient=ISIS, date=D("2016-07-06"), attribution=["صفحة المجلس العسكري لمنبج وريفها"]),
        E(False, ["REQUEST"], [3], "وداعياً", ["asserted"],
          source=MMC, recipient=MANBIJ_RESIDENTS, date=D("2016-07-06")),
        # paragraph 4 (the Eid without prayers, prices, cellars) holds no event
        # the landmine on the families' escape route (a man killed); the escape itself is no event; the SDF's relief to
        # the arrivals (optional AID)
        E(True, ["ASSAULT"], [5], "بانفجار لغم أرضي", ["asserted", "reported"], mode="explosives",
          source=ISIS, recipient=MINE_VICTIMS, location=MANBIJ_SOUTH,
          date=D("2016-07-05", "day", ("2016-07-04", "2016-07-05")), fatalities=1, attribution=["مصادر محلية"],
          acled=MINE),
        E(False, ["AID"], [5], "مواد إغاثية", ["asserted", "reported"], mode="humanitarian",
          source=SDF, recipient=NEW_ARRIVALS, location=MANBIJ_EAST,
          date=D("2016-07-05", "day", ("2016-07-05", "2016-07-06"))),
        # paragraph 6 is the Observatory's update of the air strikes (in the first event)
        # the rumoured mediation and last week's first round of contacts (denied by a Military Council commander), the
        # exit of ISIS members it would bring (optional), and the commander's refusal to negotiate
        E(True, ["CONSULT"], [7], "وساطة", ["rumored", "reported", "negated"], mode="third-party",
          source=MANBIJ_NOTABLES, recipient=ISIS, location=MANBIJ,
          date=D("2016-06-29", "week", ("2016-06-26", "2016-07-03")), attribution=["مصادر مطلعة"]),
        E(False, ["RETREAT"], [7], "فتح طريق لعناصر التنظيم", ["rumored", "planned"], mode="withdraw",
          source=ISIS, location=BAB_JARABLUS, date=None),
        E(True, ["REJECT"], [7], "لا تفاوض", ["asserted"],
          source=MMC, recipient=ISIS, date=D("2016-07-06", "day", ("2016-07-05", "2016-07-06"))),
        # the displaced people's sit-in in Azaz and their demand to the coalition; the banners' charge against the
        # SDF (optional)
        E(True, ["PROTEST"], [8], "وقفة احتجاجية", ["asserted"], mode="demo",
          source=MANBIJ_DISPLACED, location=AZAZ, date=D("2016-07-05"), acled=PEACEFUL),
        E(True, ["REQUEST"], [8], "طالبوا", ["asserted"],
          source=MANBIJ_DISPLACED, recipient=INTL_COALITION, location=AZAZ, date=D("2016-07-05")),
        E(False, ["ACCUSE"], [8], "تتهم", ["asserted"],
          source=MANBIJ_DISPLACED, recipient=SDF, location=AZAZ, date=D("2016-07-05")),
        # background: ISIS's takeover early in 2014 and the SDF offensive launched late in May (optional,
        # historical); last Saturday's air strike on the same quarter (5 killed, no agent named)
        E(False, ["ASSAULT"], [9], "طرد منها فصائل الجيش الحر", ["historical"],
          source=ISIS, recipient=FSA_MANBIJ, location=MANBIJ,
          date=D("2014-01-15", "month", ("2014-01-01", "2014-02-28")), acled=CLASH),
        E(False, ["ASSAULT"], [9], "أطلقت «قسد» معركتها", ["historical"],
          source=SDF, recipient=ISIS, location=TISHREEN_MANBIJ,
          date=D("2016-05-31", "week", ("2016-05-25", "2016-05-31"))),
        E(True, ["ASSAULT"], [9], "غارة جوية", ["historical", "asserted", "reported"], mode="aerial",
          recipient=HAZZAWNEH_FAMILY, location=HAZZAWNEH, date=D("2016-07-02"), fatalities=5,
          attribution=["ناشطون"], acled=AIR),
    ],
)
