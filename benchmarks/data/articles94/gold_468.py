"""Gold of article 468: al-Muhallabiyah, al-Ayadiya, Badush, Rabia and Hammam al-Alil (Nineveh), a Nineveh
local news website run by displaced journalists, 2017-08-14 (Mon)."""
from actors_places import (
    ASAYISH,
    AYADIYA,
    AYADIYA_MUHALLABIYAH,
    AYADIYA_YOUTHS,
    BADUSH,
    EXPECTED_IDPS,
    FEDPOL,
    HAMMAM_ALIL,
    IQ_AIR_COALITION,
    IQ_AIRCRAFT,
    IQ_ARMY_FEDPOL,
    IQ_FEDERAL_GOV,
    ISIS_468,
    ISIS_ATTACKERS,
    ISIS_PMF,
    JOC,
    MIGRATION_MINISTRY,
    MUHALLABIYAH,
    MUHALLABIYAH_AYADIYA_RESIDENTS,
    NINEVEH_COUNCIL_MEMBER,
    PESHMERGA,
    RABIA_ARRIVALS,
    RABIA_NINEVEH,
    SIX_MEN,
    WFP,
    WOULD_BE_LEAVERS,
)
from common import AIR, ARREST, CLASH, MINE, D, E, paras_of

SLUG = "nineveh_2017_muhallabiyah_ayadiya_rabia"
TODAY = D("2017-08-14")
ARTICLE = dict(
    id="team94-468", slug=SLUG, published="2017-08-14",
    outlet="Anbaa al-Badiya, a Nineveh local news website run by displaced journalists (fictional)",
    paras=paras_of(f"468_{SLUG}.txt"),
    events=[
        # the main event, first in the lead (dateline «نينوى», a province): an ISIS attack on PMF berms near
        # al-Muhallabiyah and a three-hour clash = one two-sided fight; the ISIS claim without a number 2
        # (one toll), the funeral 17, the headline 0 → 4
        E(True, ["ASSAULT"], [0, 1, 2, 17], "بهجوم", ["asserted", "reported"], mode="firearms",
          source=ISIS_PMF, location=MUHALLABIYAH, date=TODAY, fatalities=4,
          attribution=["مصدر في الحشد"], acled=CLASH, tpara=1),
        # ¶2: the attackers' retreat is part of the fight (optional RETREAT); the two IEDs removed are no
        # event
        E(False, ["RETREAT"], [2], "تراجعوا", ["asserted", "reported"], mode="withdraw",
          source=ISIS_ATTACKERS, location=MUHALLABIYAH, date=TODAY),
        # ¶3 (verb–subject–object): Iraqi and coalition air strikes on al-Ayadiya (11 killed per the War Media
        # Cell), named in the headline 0
        E(True, ["ASSAULT"], [0, 3], "واستهدفت", ["reported", "asserted"], mode="aerial",
          source=IQ_AIR_COALITION, recipient=ISIS_468, location=AYADIYA, date=TODAY, fatalities=11,
          attribution=["بيان لخلية الإعلام الحربي"], acled=AIR, tpara=3),
        # ¶4: columns of the army and the federal police near Badush since last night; the purpose clause
        # («تمهيداً لانطلاق عمليات») is no event
        E(True, ["MOBILIZE"], [4], "أرتال", ["asserted"], mode="troops",
          source=IQ_ARMY_FEDPOL, location=BADUSH, date=D("2017-08-14", "day", ("2017-08-13", "2017-08-14")),
          attribution=["ضابط برتبة عقيد"]),
        # ¶5: families fled on foot (no act by an actor: no event) and six men held for screening (COERCE)
        E(True, ["COERCE"], [5], "واحتجزت", ["asserted", "reported"], mode="arrest",
          source=ASAYISH, recipient=SIX_MEN, location=RABIA_NINEVEH,
          date=D("2017-08-13", "day", ("2017-08-12", "2017-08-14")), attribution=["أحد النازحين"],
          acled=ARREST),
        # ¶6: the six men not released (core RETREAT, release, negated)
        E(True, ["RETREAT"], [6], "تُفرج", ["negated"], mode="release",
          source=ASAYISH, recipient=SIX_MEN, location=RABIA_NINEVEH, date=TODAY),
        # paragraph 7 (the plain between the two towns: a description) holds no event
        # ¶8: three young men executed last week, told by newcomers and unconfirmed (rumoured)
        E(True, ["ASSAULT"], [8], "إعدام", ["rumored", "reported"], mode="execute",
          source=ISIS_468, recipient=AYADIYA_YOUTHS, location=AYADIYA,
          date=D("2017-08-09", "week", ("2017-08-06", "2017-08-12")), attribution=["نازحون وصلوا حديثاً"]),
        # ¶9: a threat over the mosques' loudspeakers, repeated for weeks (reported, undated); the beheading
        # it promises is hypothetical and the gunmen posted on the roads an optional MOBILIZE
        E(True, ["THREATEN"], [9], "توعّد", ["reported", "asserted"], mode="violence",
          source=ISIS_468, recipient=WOULD_BE_LEAVERS, location=AYADIYA, date=None,
          attribution=["النازحين"]),
        E(False, ["ASSAULT"], [9], "قطع رأس", ["hypothetical"], mode="execute",
          source=ISIS_468, recipient=WOULD_BE_LEAVERS, location=AYADIYA, date=None),
        E(False, ["MOBILIZE"], [9], "ونشر", ["reported"], mode="troops",
          source=ISIS_468, location=AYADIYA, date=None),
        # ¶10: leaflets calling on residents to keep away from ISIS (one REQUEST)
        E(True, ["REQUEST"], [10], "تدعو", ["asserted"],
          source=IQ_AIRCRAFT, recipient=MUHALLABIYAH_AYADIYA_RESIDENTS, location=AYADIYA_MUHALLABIYAH,
          date=TODAY),
        # ¶11: a camp due to open on Wednesday (planned AID)
        E(True, ["AID"], [11], "تفتتح", ["planned"], mode="humanitarian",
          source=MIGRATION_MINISTRY, recipient=EXPECTED_IDPS, location=BADUSH, date=D("2017-08-16"),
          attribution=["مدير فرع الوزارة في نينوى"]),
        # ¶12: a coordination meeting in Rabia (the first one, a week ago, is only alluded to)
        E(True, ["CONSULT"], [12], "اجتماعاً", ["asserted"],
          source=JOC, recipient=PESHMERGA, location=RABIA_NINEVEH, date=TODAY, attribution=["مصدر كردي"]),
        # background at another place, in «وكانت … قد» with a passive: an IED on a federal police vehicle near
        # Hammam al-Alil on 22 July (2)
        E(True, ["ASSAULT"], [13], "استُهدفت", ["historical", "asserted"], mode="explosives",
          recipient=FEDPOL, location=HAMMAM_ALIL, date=D("2017-07-22"), fatalities=2, acled=MINE),
        # ¶14: an accusation and a demand joined with «و» and a second verb
        E(True, ["ACCUSE"], [14], "واتهم", ["asserted"],
          source=NINEVEH_COUNCIL_MEMBER, recipient=MIGRATION_MINISTRY, date=TODAY),
        E(True, ["REQUEST"], [14], "ودعا", ["asserted"],
          source=NINEVEH_COUNCIL_MEMBER, recipient=IQ_FEDERAL_GOV, date=TODAY),
        # paragraph 15 (night attacks since the start of the summer: generic) holds no event
        # ¶16: ready-to-eat rations at the Rabia reception centre (AID)
        E(True, ["AID"], [16], "ووزّع", ["asserted"], mode="humanitarian",
          source=WFP, recipient=RABIA_ARRIVALS, location=RABIA_NINEVEH, date=TODAY,
          attribution=["متطوع في المركز"]),
        # ¶17, the funeral, is a paragraph of the main event
    ],
)
