"""Gold of article 240: Bay (Burhakaba, Baidoa, Dinsoor), Middle Juba (Jilib) and Bakool (Wajid), an Arabic-language
Somali news site, 2019-07-09 (Tue)."""
from actors_places import (
                           AFRICOM,
                           AFRICOM_FGS,
                           AMISOM_ETH,
                           BAIDOA,
                           BAIDOA_IDPS,
                           BAIDOA_SUSPECTS,
                           BAY_ELDERS,
                           BURHAKABA,
                           DINSOOR,
                           DINSOOR_GUNMEN,
                           DINSOOR_VICTIM,
                           ETH_SO_GOV,
                           JILIB,
                           JILIB_VICTIMS,
                           LANDOWNERS,
                           SHABAAB,
                           SHABAAB_SNA,
                           SW_ADMIN,
                           SW_HEALTH,
                           SW_SEC,
                           TRC,
                           TRUCK_DRIVERS,
                           WAJID,
)
from common import AIR, ARREST, ATTACK, CLASH, PEACEFUL, SHELL, D, E, paras_of

SLUG = "bay_2019_burhakaba_base_baidoa_mortars_jilib_dinsoor"
TODAY = D("2019-07-09", "day", ("2019-07-08", "2019-07-09"))  # statements without a day
ARTICLE = dict(
    id="team48-240", slug=SLUG, published="2019-07-09", outlet="Mir'at al-Somal news site (fictional)",
    paras=paras_of(f"240_{SLUG}.txt"),
    events=[
        # al-Shabaab's attack on the base east of Burhakaba and the two-hour fight: headline 0, lead 1 (a commander:
        # 4), the car bomb and repelled assault of ¶2 (the same fight), ¶7 (al-Andalus: 11) → 4; two-sided. The
        # attackers' falling back is optional
        E(True, ["ASSAULT"], [0, 1, 2, 7], "هجوم", ["asserted", "reported"], mode="explosives",
          source=SHABAAB_SNA, location=BURHAKABA, date=D("2019-07-08"), fatalities=4,
          attribution=["قائد عسكري في المنطقة", "إذاعة الأندلس"], acled=CLASH, tpara=1),
        E(False, ["RETREAT"], [2], "انسحبوا", ["asserted", "reported"], mode="withdraw",
          source=SHABAAB, location=BURHAKABA, date=D("2019-07-08")),
        # paragraph 3 (where Burhakaba lies) holds no event
        # four mortar shells on the airport's surroundings «من دون أن تُسجَّل إصابات», claimed by al-Shabaab (headline 0)
        E(True, ["ASSAULT"], [0, 4], "سقطت أربع قذائف هاون", ["asserted", "reported"], mode="heavy-weapons",
          source=SHABAAB, recipient=AMISOM_ETH, location=BAIDOA, date=D("2019-07-08"),
          attribution=["إذاعة الأندلس"], acled=SHELL, tpara=4),
        # the raid with sixteen arrests (passive), told by the state police spokesman; his promise of release for the
        # innocent is optional (planned)
        E(True, ["COERCE"], [5], "اعتُقل", ["asserted", "reported"], mode="arrest",
          source=SW_SEC, recipient=BAIDOA_SUSPECTS, location=BAIDOA,
          date=D("2019-07-08", "day", ("2019-07-08", "2019-07-09")),
          attribution=["المتحدث باسم شرطة الولاية"], acled=ARREST),
        E(False, ["RETREAT", "CONCEDE"], [5], "وسيُفرج", ["planned"], mode="release",
          source=SW_SEC, recipient=BAIDOA_SUSPECTS, location=BAIDOA, date=None),
        # the IDPs' demonstration and their demand to the state administration; the landowners' eviction notices are
        # optional (THREATEN, undated)
        E(True, ["PROTEST"], [6], "تظاهر", ["asserted"], mode="demo",
          source=BAIDOA_IDPS, location=BAIDOA, date=D("2019-07-09"), acled=PEACEFUL),
        E(True, ["REQUEST"], [6], "وطالبوا", ["asserted"],
          source=BAIDOA_IDPS, recipient=SW_ADMIN, location=BAIDOA, date=D("2019-07-09")),
        E(False, ["THREATEN"], [6], "إنذارات", ["asserted"], mode="territory",
          source=LANDOWNERS, recipient=BAIDOA_IDPS, location=BAIDOA, date=None),
        # ¶7 is the follow-up of the Burhakaba attack (al-Andalus's claim, the wounded flown to Baidoa)
        # AFRICOM's air strike near Jilib on Sunday night (3 per AFRICOM; residents say herders): reported; the
        # coordination with the federal government is optional (COOPERATE)
        E(True, ["ASSAULT"], [8], "غارة جوية", ["reported", "asserted"], mode="aerial",
          source=AFRICOM, recipient=JILIB_VICTIMS, location=JILIB,
          date=D("2019-07-07", "day", ("2019-07-07", "2019-07-08")), fatalities=3,
          attribution=["القيادة الأمريكية في أفريقيا أفريكوم", "سكان محليون"], acled=AIR),
        E(False, ["COOPERATE"], [8], "بالتنسيق", ["reported"],
          source=AFRICOM_FGS, location=JILIB, date=D("2019-07-07", "day", ("2019-07-07", "2019-07-08"))),
        # the rumoured Ethiopian withdrawal from Wajid, neither confirmed nor denied
        E(True, ["RETREAT"], [9], "انسحاب", ["rumored", "reported"], mode="withdraw",
          source=AMISOM_ETH, location=WAJID, date=None, attribution=["أنباء غير مؤكدة في بيدوا"]),
        # paragraph 10 is a generic statement (the displaced, the camps, recurring evictions): NO gold event
        # the state president hosts the Bay elders (CONSULT) and they agree on a local road-protection force (AGREE)
        E(True, ["CONSULT"], [11], "استقبل", ["asserted"], mode="visit",
          source=SW_ADMIN, recipient=BAY_ELDERS, location=BAIDOA, date=D("2019-07-09")),
        E(True, ["AGREE"], [11], "واتفق", ["asserted"],
          source=SW_ADMIN, recipient=BAY_ELDERS, location=BAIDOA, date=D("2019-07-09")),
        # background «وكان … قد»: a clan leader assassinated in Dinsoor's market on Thursday evening (core,
        # historical, 1)
        E(True, ["ASSAULT"], [12], "اغتالوا", ["historical", "asserted", "reported"], mode="assassinate",
          source=DINSOOR_GUNMEN, recipient=DINSOOR_VICTIM, location=DINSOOR, date=D("2019-07-04"), fatalities=1,
          attribution=["مسؤول محلي"], acled=ATTACK),
        # al-Shabaab's conditional threat to truck drivers (core); the burning threatened is hypothetical (optional)
        E(True, ["THREATEN"], [13], "توعّدت", ["asserted", "reported"], mode="violence",
          source=SHABAAB, recipient=TRUCK_DRIVERS, date=TODAY, attribution=["إذاعة الأندلس"]),
        E(False, ["ASSAULT"], [13], "بـ«إحراق", ["hypothetical"], mode="destroy",
          source=SHABAAB, recipient=TRUCK_DRIVERS, date=None),
        # the Turkish Red Crescent's medical cargo landed yesterday (core); its distribution next week (optional)
        E(True, ["AID"], [14], "حطّت", ["asserted", "reported"], mode="humanitarian",
          source=TRC, recipient=SW_HEALTH, location=BAIDOA, date=D("2019-07-08"),
          attribution=["وزارة الصحة في الولاية"]),
        E(False, ["AID"], [14], "توزَّع", ["planned"], mode="humanitarian",
          source=TRC, recipient=SW_HEALTH, date=D("2019-07-18", "week", ("2019-07-14", "2019-07-20"))),
        # «يُذكر أن»: the recapture of Baidoa early in 2012 (optional, historical)
        E(False, ["ASSAULT", "COERCE"], [15], "استعادت", ["historical"], mode="seize",
          source=ETH_SO_GOV, recipient=SHABAAB, location=BAIDOA,
          date=D("2012-02-15", "month", ("2012-01-01", "2012-03-31"))),
    ],
)
