"""Gold of article 167: Douma in Eastern Ghouta (the popular market, the Wafideen crossing, Misraba), a local news site
of the Ghouta, 2015-06-16 (Tue), the eve of Ramadan."""
from actors_places import (
                           AIR_INTEL,
                           BAB_TOUMA,
                           BAB_TOUMA_VICTIMS,
                           DAMASCUS_CIVILIANS,
                           DOUMA,
                           DOUMA_COUNCIL,
                           DOUMA_GUNMEN_SANA,
                           DOUMA_MARKET_VICTIMS,
                           DOUMA_MISRABA_ROAD,
                           DOUMA_NOTABLES,
                           DOUMA_POOR,
                           DOUMA_PROTESTERS,
                           DOUMA_REGIME,
                           DOUMA_REGIME_AIR,
                           DOUMA_TRADERS,
                           GHOUTA,
                           GHOUTA_RESIDENTS,
                           GHOUTA_UNIFIED_COMMAND,
                           JAI,
                           MISRABA_HAMOURIYAH,
                           MISRABA_VICTIMS,
                           SNC,
                           UNSC,
                           WAFIDEEN,
)
from common import AIR, ARREST, PEACEFUL, SHELL, D, E, paras_of

SLUG = "douma_market_strikes_wafideen_crossing_traders"
ARTICLE = dict(
    id="team34-167", slug=SLUG, published="2015-06-16", outlet="Asdaa Douma local news site (fictional)",
    paras=paras_of(f"167_{SLUG}.txt"),
    events=[
        # the four air strikes on the popular market at noon: headline 0, lead 1 (our correspondent: 6), the
        # activists' «انتقم من السوق» in 4, the unified medical office's toll and the civil defence in 7 (nine → 6)
        E(True, ["ASSAULT"], [0, 1, 4, 7], "أربع غارات جوية", ["asserted", "reported"], mode="aerial",
          source=DOUMA_REGIME_AIR, recipient=DOUMA_MARKET_VICTIMS, location=DOUMA, date=D("2015-06-16"), fatalities=6,
          attribution=["مراسلنا", "المكتب الطبي الموحد في دوما", "الدفاع المدني في ريف دمشق"], acled=AIR, tpara=1),
        # Jaysh al-Islam's raid on warehouses and the arrest of five traders last night (headline 0); the seizure of
        # the goods told in the next sentence (optional: part of the same raid)
        E(True, ["COERCE"], [0, 2], "واعتقلت", ["asserted", "reported"], mode="arrest",
          source=JAI, recipient=DOUMA_TRADERS, location=DOUMA, date=D("2015-06-15"),
          attribution=["بيان المكتب الإعلامي لجيش الإسلام"], acled=ARREST, tpara=2),
        E(False, ["COERCE"], [2], "صادرت", ["asserted", "reported"], mode="confiscate",
          source=JAI, recipient=DOUMA_TRADERS, location=DOUMA, date=D("2015-06-15")),
        # the afternoon demonstration and its demand to the Unified Military Command («نددوا» names no target)
        E(True, ["PROTEST"], [3], "مظاهرة", ["asserted"], mode="demo",
          source=DOUMA_PROTESTERS, location=DOUMA, date=D("2015-06-16"), acled=PEACEFUL),
        E(True, ["REQUEST"], [3], "وطالبوا", ["asserted"],
          source=DOUMA_PROTESTERS, recipient=GHOUTA_UNIFIED_COMMAND, location=DOUMA, date=D("2015-06-16")),
        # rockets on Bab Touma, told only by SANA through a police source (no faction claimed them)
        E(True, ["ASSAULT"], [4], "خمس قذائف صاروخية", ["reported", "asserted"], mode="heavy-weapons",
          source=DOUMA_GUNMEN_SANA, recipient=BAB_TOUMA_VICTIMS, location=BAB_TOUMA, date=D("2015-06-16"),
          attribution=["سانا عن مصدر في قيادة شرطة دمشق"], acled=SHELL),
        # paragraph 5 (Ramadan prices) holds no event
        # the closure of the Wafideen crossing since the start of the month (COERCE restrict); the earlier passage of
        # lorries against levies, habitual (both optional)
        E(True, ["COERCE"], [6], "إغلاق", ["asserted", "reported"], mode="restrict",
          source=DOUMA_REGIME, location=WAFIDEEN,
          date=D("2015-06-02", "week", ("2015-06-01", "2015-06-07")), attribution=["تجار في المدينة"]),
        E(False, ["COERCE"], [6], "«إتاوات»", ["generic", "historical"], mode="confiscate",
          source=DOUMA_REGIME, location=WAFIDEEN, date=None),
        E(False, ["RETREAT"], [6], "السماح بإدخال الشاحنات", ["historical"], mode="access",
          source=DOUMA_REGIME, location=WAFIDEEN, date=D("2015-03-01", "month", ("2014-09-01", "2015-05-31"))),
        # the rumoured mediation with Air Force Intelligence, denied by the local council (rumoured/negated); the
        # reopening it would seek (optional, hypothetical)
        E(True, ["CONSULT"], [8], "وساطة", ["rumored", "negated"],
          source=DOUMA_NOTABLES, recipient=AIR_INTEL, location=DOUMA,
          date=D("2015-06-15", "week", ("2015-06-14", "2015-06-16")), attribution=["صفحات محلية على فيسبوك"]),
        E(False, ["RETREAT"], [8], "لإعادة فتح", ["hypothetical", "planned"], mode="access",
          source=DOUMA_REGIME, location=WAFIDEEN, date=None),
        # Jaysh al-Islam's conditional threat (made: asserted); the retaliation itself and its call on Damascus'
        # civilians are optional
        E(True, ["THREATEN"], [9], "وتوعّد", ["asserted"], mode="violence",
          source=JAI, recipient=DOUMA_REGIME, date=D("2015-06-16")),
        E(False, ["ASSAULT"], [9], "رد موجع", ["hypothetical"], mode="heavy-weapons",
          source=JAI, date=None),
        E(False, ["REQUEST"], [9], "داعياً المدنيين", ["asserted"],
          source=JAI, recipient=DAMASCUS_CIVILIANS, date=D("2015-06-16")),
        # the National Coalition's condemnation naming the regime, and its demand to the Security Council
        E(True, ["ACCUSE"], [10], "ودان", ["asserted"],
          source=SNC, recipient=DOUMA_REGIME, location=DOUMA, date=D("2015-06-16")),
        E(True, ["REQUEST"], [10], "ومطالباً", ["asserted"],
          source=SNC, recipient=UNSC, date=D("2015-06-16")),
        # yesterday's food-basket distribution in Douma; its continuation next week (optional, planned)
        E(True, ["AID"], [11], "وزّع مكتب الإغاثة", ["asserted"], mode="humanitarian",
          source=DOUMA_COUNCIL, recipient=DOUMA_POOR, location=DOUMA, date=D("2015-06-15")),
        E(False, ["AID"], [11], "تُستكمل", ["planned"], mode="humanitarian",
          source=DOUMA_COUNCIL, location=MISRABA_HAMOURIYAH,
          date=D("2015-06-24", "week", ("2015-06-21", "2015-06-27"))),
        # background: the siege since late 2013 (optional) and the shelling of the Douma–Misraba road «مساء الخميس
        # الماضي» (3 killed; the source only per activists)
        E(False, ["COERCE"], [12], "حصار", ["historical", "generic"], mode="restrict",
          source=DOUMA_REGIME, recipient=GHOUTA_RESIDENTS, location=GHOUTA,
          date=D("2013-11-15", "month", ("2013-10-01", "2013-12-31"))),
        E(True, ["ASSAULT"], [12], "بقذائف مدفعية", ["historical", "asserted", "reported"], mode="heavy-weapons",
          source=DOUMA_REGIME, recipient=MISRABA_VICTIMS, location=DOUMA_MISRABA_ROAD, date=D("2015-06-11"),
          fatalities=3, attribution=["ناشطون"], acled=SHELL),
    ],
)
