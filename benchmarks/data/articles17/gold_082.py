"""Gold of article 082: Marib (al-Jufainah camp, Raghwan, the western fronts, Wadi Abidah, Sirwah, Harib), a Yemeni
local site, 2025-04-14 (Mon)."""
from actors_places import (
                           ABIDAH,
                           ABIDAH_TRIBES,
                           AFFECTED_FAMILIES,
                           HARIB,
                           HARIB_FARMER,
                           HOUTHI_ARMY,
                           HOUTHI_POSITIONS,
                           HOUTHIS,
                           INTL_ORGS,
                           JUFAINAH,
                           JUFAINAH_IDPS,
                           KSRELIEF,
                           MARIB_CITY,
                           MARIB_GOVERNOR,
                           MARIB_PROTESTERS,
                           PLC,
                           RAGHWAN,
                           SIRWAH,
                           SIRWAH_RESIDENTS,
                           SIRWAH_SHEPHERDS,
                           UN_OFFICE_MARIB,
                           UNHCR,
                           WEST_FRONTS,
                           YE_ARMY,
)
from common import ABDUCTION, CLASH, MINE, PEACEFUL, SHELL, D, E, paras_of

SLUG = "marib_jufainah_camp_raghwan_kassara_abidah_tribes"
ARTICLE = dict(
    id="team17-082", slug=SLUG, published="2025-04-14", outlet="al-Wadi Press news site (fictional)",
    paras=paras_of(f"082_{SLUG}.txt"),
    events=[
        # the shell on the camp: headline 0, lead 1 (witnesses; victims without a number), the Houthi denial 2 (the
        # event stays asserted by the outlet), the follow-up toll 8 (one girl killed, four wounded) → 1
        E(True, ["ASSAULT"], [0, 1, 2, 8], "قذيفة مدفعية", ["asserted", "reported"], mode="heavy-weapons",
          source=HOUTHIS, recipient=JUFAINAH_IDPS, location=JUFAINAH,
          date=D("2025-04-13"), fatalities=1,
          attribution=["شهود عيان من سكان المخيم", "الوحدة التنفيذية لإدارة مخيمات النازحين", "قناة المسيرة"],
          acled=SHELL, tpara=1),
        # the Houthi channel's counter-accusation (a finite verb with its addressee)
        E(True, ["ACCUSE"], [2], "واتهمت", ["asserted", "reported"],
          source=HOUTHIS, recipient=YE_ARMY, date=D("2025-04-14", "day", ("2025-04-13", "2025-04-14")),
          attribution=["قناة المسيرة"]),
        # one sentence: the Houthi attack, the clash and the attackers' withdrawal → one two-sided fight (4 killed);
        # the withdrawal is optional
        E(True, ["ASSAULT"], [3], "هاجمت", ["asserted", "reported"], mode="firearms",
          source=HOUTHI_ARMY, location=RAGHWAN, date=D("2025-04-14"), fatalities=4,
          attribution=["مصدر عسكري"], acled=CLASH),
        E(False, ["RETREAT"], [3], "ينسحب", ["asserted", "reported"], mode="withdraw",
          source=HOUTHIS, location=RAGHWAN, date=D("2025-04-14")),
        # the army's shelling of three fronts with one verb: one event
        E(True, ["ASSAULT"], [4], "استهدفت", ["asserted", "reported"], mode="heavy-weapons",
          source=YE_ARMY, recipient=HOUTHI_POSITIONS, location=WEST_FRONTS, date=D("2025-04-14"),
          attribution=["مصدر عسكري"], acled=SHELL),
        # the Abidah tribes' threat and demand (the tribal meeting is internal: no CONSULT; the content no event)
        E(True, ["THREATEN"], [5], "وتوعّدت", ["asserted"], mode="violence",
          source=ABIDAH_TRIBES, recipient=HOUTHIS, location=ABIDAH, date=D("2025-04-14")),
        E(True, ["REQUEST"], [5], "وطالبت", ["asserted"],
          source=ABIDAH_TRIBES, recipient=PLC, location=ABIDAH, date=D("2025-04-14")),
        # the governor meets the UNHCR representative; UNHCR's offer of tents (AGREE: «أبدت استعدادها»)
        E(True, ["CONSULT"], [6], "والتقى", ["asserted", "reported"], mode="visit",
          source=MARIB_GOVERNOR, recipient=UNHCR, location=MARIB_CITY, date=D("2025-04-14"),
          attribution=["وكالة سبأ بنسختها الحكومية"]),
        E(True, ["AGREE"], [6], "أبدت المفوضية استعدادها", ["asserted", "reported"],
          source=UNHCR, recipient=AFFECTED_FAMILIES, location=MARIB_CITY, date=D("2025-04-14"),
          attribution=["وكالة سبأ بنسختها الحكومية"]),
        # the rumoured abduction of three shepherds, unconfirmed (no date word: the day of the report)
        E(True, ["ASSAULT"], [7], "اختطاف", ["rumored", "reported"], mode="abduct",
          source=HOUTHIS, recipient=SIRWAH_SHEPHERDS, location=SIRWAH,
          date=D("2025-04-14", "day", ("2025-04-12", "2025-04-14")),
          attribution=["ناشطون من مديرية صرواح"], acled=ABDUCTION),
        # the army's shelling of Sirwah homes claimed by the Houthi channel and denied
        E(True, ["ASSAULT"], [9], "قصف مدفعي", ["rumored", "negated", "reported"], mode="heavy-weapons",
          source=YE_ARMY, recipient=SIRWAH_RESIDENTS, location=SIRWAH,
          date=D("2025-04-14", "day", ("2025-04-13", "2025-04-14")),
          attribution=["قناة المسيرة", "مصدر عسكري في المنطقة العسكرية الثالثة"], acled=SHELL),
        # the planned KSrelief distribution (the feared displacement wave is hypothetical and no event)
        E(True, ["AID"], [10], "توزيع مواد إيواء", ["planned"], mode="humanitarian",
          source=KSRELIEF, recipient=AFFECTED_FAMILIES, location=JUFAINAH, date=D("2025-04-16")),
        # paragraph 11 is a generic statement: deliberately NO gold event
        # the IDPs' vigil at the UN office; the participle denunciation (optional); the 2021 offensive in a
        # relative clause (optional, historical)
        E(True, ["PROTEST"], [12], "وقفة احتجاجية", ["asserted"], mode="demo",
          source=MARIB_PROTESTERS, location=UN_OFFICE_MARIB, date=D("2025-04-14"), acled=PEACEFUL),
        E(False, ["ACCUSE"], [12], "منددين", ["asserted"],
          source=MARIB_PROTESTERS, recipient=INTL_ORGS, location=UN_OFFICE_MARIB, date=D("2025-04-14")),
        E(False, ["ASSAULT"], [12], "الهجوم الواسع", ["historical"], mode="firearms",
          source=HOUTHIS, location=MARIB_CITY, date=D("2021-01-15", "month", ("2021-01-01", "2021-03-31")),
          acled=CLASH),
        # background: Saturday before a Monday, a farmer killed by a landmine left by the Houthis
        E(True, ["ASSAULT"], [13], "بانفجار لغم أرضي", ["historical", "asserted", "reported"], mode="explosives",
          source=HOUTHIS, recipient=HARIB_FARMER, location=HARIB, date=D("2025-04-12"), fatalities=1,
          attribution=["مصدر محلي"], acled=MINE),
    ],
)
