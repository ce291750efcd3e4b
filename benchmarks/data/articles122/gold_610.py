"""Gold of article 610: Sirte, its District 3 and District 1, al-Jiza al-Bahriya and the Abu Grein gate
(Sirte, Libya), with Misrata, its central hospital and its airport, a Misrata-based television channel's
website, 2016-08-15 (Mon)."""
from actors_places import (
    ABU_GREIN,
    AMAQ,
    BUNYAN_AND_ISIS,
    BUNYAN_COMMANDER,
    BUNYAN_FIGHTERS,
    BUNYAN_FORCE,
    BUNYAN_MEDIA,
    D3_FAMILIES,
    DISTRICT_1,
    DISTRICT_3,
    FOREIGN_WORKERS,
    GATE_GUARDS,
    GNA,
    GNA_HEALTH,
    ISIS_610,
    ISIS_FIGHTERS,
    ISIS_POSITIONS,
    JIZA,
    MISRATA_AIRPORT,
    MISRATA_COUNCIL,
    MISRATA_COUNCIL_AND_COMMANDERS,
    MISRATA_HOSPITAL,
    MISRATA_ZLITEN_BATTALIONS,
    PC_HEAD,
    SIRTE,
    SIRTE_FRONTS,
    TWO_ISIS_MEN,
    US_AIR,
    WOUNDED_18,
)
from common import AIR, ARREST, CLASH, MINE, D, E, paras_of

SLUG = "sirte_2016_misrata_jiza_bahriya_abu_grein"
TODAY = D("2016-08-15")
YESTERDAY = D("2016-08-14")
LAST_NIGHT = D("2016-08-14", "day", ("2016-08-14", "2016-08-15"))
LATELY = D("2016-08-15", "day", ("2016-08-14", "2016-08-15"))
ARTICLE = dict(
    id="team122-610", slug=SLUG, published="2016-08-15",
    outlet="al-Ribat, a Misrata-based television channel's website (fictional)",
    paras=paras_of(f"610_{SLUG}.txt"),
    events=[
        # the main event, first in the lead (dateline «مصراتة», a city that is not the event's; the fighting
        # is in Sirte): street battles in District 3 yesterday, seven fighters of the operation killed (one
        # number; the ISIS dead are not counted); ¶3 the advance house by house, ¶6 the ISIS agency's version,
        # ¶16 the funeral of «الشهداء السبعة»; the headline names it
        E(True, ["ASSAULT"], [0, 1, 3, 6, 16], "معارك", ["asserted", "reported"], mode="firearms",
          source=BUNYAN_AND_ISIS, location=DISTRICT_3, date=YESTERDAY, fatalities=7,
          attribution=["المركز الإعلامي للعملية"], acled=CLASH, tpara=1),
        # paragraph 2 (Sirte: a description) holds no event
        # ¶4: five US air strikes on al-Jiza al-Bahriya (core ASSAULT, Air/drone strike); the count of strikes
        # since the start of the month is optional (generic)
        E(True, ["ASSAULT"], [4], "غارات", ["asserted", "reported"], mode="aerial", source=US_AIR,
          recipient=ISIS_POSITIONS, location=JIZA, date=YESTERDAY,
          attribution=["القيادة الأمريكية في أفريقيا «أفريكوم»"], acled=AIR),
        E(False, ["ASSAULT"], [4], "الغارات الأمريكية", ["generic"], source=US_AIR, location=SIRTE,
          date=D("2016-08-08", "month", ("2016-08-01", "2016-08-15"))),
        # ¶5, verb–subject–object: a car bomb set off by remote at dawn, five fighters wounded (core ASSAULT,
        # Remote explosive)
        E(True, ["ASSAULT"], [5], "وفجّر", ["asserted", "reported"], mode="explosives", source=ISIS_610,
          recipient=BUNYAN_FIGHTERS, location=DISTRICT_1, date=TODAY, attribution=["مراسل «الرباط»"],
          acled=MINE),
        # ¶6, the ISIS agency's version, is a paragraph of the main event; the operation's denial is optional
        E(False, ["REJECT"], [6], "نفاها", ["asserted"], source=BUNYAN_MEDIA, recipient=AMAQ, date=LATELY),
        # ¶7: families said to be held as human shields, unverified (core COERCE, rumored)
        E(True, ["COERCE"], [7], "احتجاز", ["rumored", "reported"], mode="restrict", source=ISIS_610,
          recipient=D3_FAMILIES, location=DISTRICT_3, date=None,
          attribution=["معلومات متداولة بين المقاتلين"]),
        # ¶8: the operations room commander warns the besieged fighters (core THREATEN «حذر»)
        E(True, ["THREATEN"], [8], "وحذر", ["asserted"], mode="violence", source=BUNYAN_COMMANDER,
          recipient=ISIS_FIGHTERS, location=SIRTE, date=LATELY),
        # ¶9: the head of the Presidential Council to visit the Misrata hospital tomorrow (core planned
        # CONSULT visit); his meeting there is optional
        E(True, ["CONSULT"], [9], "يزور", ["planned"], mode="visit", source=PC_HEAD,
          location=MISRATA_HOSPITAL, date=D("2016-08-16"), attribution=["مصدر في المجلس الرئاسي"]),
        E(False, ["CONSULT"], [9], "يلتقي", ["planned"], source=PC_HEAD,
          recipient=MISRATA_COUNCIL_AND_COMMANDERS, location=MISRATA_HOSPITAL, date=D("2016-08-16")),
        # ¶10: no ISIS fighter has surrendered (core RETREAT, negated); the surrenders of the last two weeks
        # and the foreign workers held by ISIS are optional
        E(True, ["RETREAT"], [10], "يسلّم", ["negated"], mode="disarm", source=ISIS_FIGHTERS, location=SIRTE,
          date=LATELY),
        E(False, ["RETREAT"], [10], "استسلموا", ["generic", "historical"], location=SIRTE,
          date=D("2016-08-08", "week", ("2016-08-01", "2016-08-15"))),
        E(False, ["COERCE"], [10], "احتجزهم", ["historical", "generic"], source=ISIS_610,
          recipient=FOREIGN_WORKERS, location=SIRTE, date=None),
        # background at another place, in «وكان … قد»: a car bomb at the Abu Grein gate on 18 May (core,
        # historical, 4; Remote explosive)
        E(True, ["ASSAULT"], [11], "فجّر", ["historical", "asserted"], mode="explosives", source=ISIS_610,
          recipient=GATE_GUARDS, location=ABU_GREIN, date=D("2016-05-18"), fatalities=4, acled=MINE),
        # ¶12: the Misrata council accuses the GNA (core ACCUSE) and, with «و» and a second verb, asks it for
        # an air bridge (core REQUEST)
        E(True, ["ACCUSE"], [12], "واتهم", ["asserted"], source=MISRATA_COUNCIL, recipient=GNA, date=LATELY),
        E(True, ["REQUEST"], [12], "ودعاها", ["asserted"], source=MISRATA_COUNCIL, recipient=GNA,
          date=LATELY),
        # paragraph 13 (a fighter's words) holds no event
        # ¶14: an ambulance plane flies 18 wounded fighters to Italy (core AID); the flights to come are
        # optional (planned)
        E(True, ["AID"], [14], "طائرة إسعاف", ["asserted"], mode="humanitarian", source=GNA_HEALTH,
          recipient=WOUNDED_18, location=MISRATA_AIRPORT, date=TODAY),
        E(False, ["AID"], [14], "رحلات أخرى", ["planned"], mode="humanitarian", source=GNA_HEALTH,
          date=D("2016-08-18", "week", ("2016-08-15", "2016-08-22"))),
        # ¶15: new battalions reach the Sirte fronts last night (core MOBILIZE); the final phase they prepare
        # is optional (planned)
        E(True, ["MOBILIZE"], [15], "ووصلت", ["asserted", "reported"], mode="troops",
          source=MISRATA_ZLITEN_BATTALIONS, location=SIRTE_FRONTS, date=LAST_NIGHT,
          attribution=["المركز الإعلامي"]),
        E(False, ["ASSAULT"], [15], "للمرحلة الأخيرة", ["planned"], source=MISRATA_ZLITEN_BATTALIONS,
          location=SIRTE_FRONTS, date=None),
        # ¶16, the funeral in Misrata, is a paragraph of the main event
        # ¶17: two ISIS members caught among the families leaving District 1 (core COERCE arrest, Arrests)
        E(True, ["COERCE"], [17], "القبض", ["asserted", "reported"], mode="arrest", source=BUNYAN_FORCE,
          recipient=TWO_ISIS_MEN, location=DISTRICT_1, date=LATELY, attribution=["مراسل «الرباط»"],
          acled=ARREST),
    ],
)
