"""Gold of article 198: Maarat al-Numan and its eastern countryside (the market, Ma'arshurin/Talmenas/Deir al-Sharqi,
Jarjanaz, Hish, al-Sarman, Kafranbel), an opposition news agency, 2019-12-21 (Sat)."""
from actors_places import (
                           HISH,
                           HISH_FAMILY,
                           HTS,
                           INTL_COMMUNITY,
                           JARJANAZ,
                           JARJANAZ_FIGHT,
                           KAFRANBEL,
                           KAFRANBEL_ACTIVIST,
                           MAARAT,
                           MAARAT_COUNCIL,
                           MAARAT_EAST,
                           MAARAT_EDGE,
                           MAARAT_PROTESTERS,
                           MARKET_VICTIMS,
                           NGOS,
                           NLF_HTS,
                           OPPOSITION,
                           REGIME_HELIS,
                           REGIME_MILITIAS,
                           RU_JET,
                           RU_OFFICERS,
                           RU_RECON_MAARAT,
                           SARMAN,
                           SOUTH_IDLIB,
                           SUQAYLABIYAH,
                           SUQAYLABIYAH_VICTIMS,
                           SY_REGIME,
                           TERRORIST_GROUPS,
                           TR_COLUMN,
                           TR_OFFICERS,
                           TR_RU,
                           TURKEY,
                           WHITE_HELMETS,
)
from common import AIR, ARREST, CLASH, PEACEFUL, SHELL, D, E, paras_of

SLUG = "maarat_al_numan_2019_market_strike_barrels_jarjanaz_sarman"
ARTICLE = dict(
    id="team40-198", slug=SLUG, published="2019-12-21", outlet="Sindyan al-Shamal news agency (fictional)",
    paras=paras_of(f"198_{SLUG}.txt"),
    events=[
        # two strikes by one Russian jet on the vegetable market at noon today: headline 0, lead 1 (Civil Defence),
        # the correspondent's details 8 (the second strike on the rescuers minutes later is part of the same
        # event); eight killed
        E(True, ["ASSAULT"], [0, 1, 8], "غارتين جويتين", ["asserted", "reported"], mode="aerial",
          source=RU_JET, recipient=MARKET_VICTIMS, location=MAARAT, date=D("2019-12-21"), fatalities=8,
          attribution=["الدفاع المدني السوري", "مراسلنا في المدينة"], acled=AIR, tpara=1),
        # barrel bombs on three eastern villages under one verb (one event) and rocket-launcher fire on the town's
        # eastern edge (a second event), both told by the local plane spotters, no casualties known
        E(True, ["ASSAULT"], [2], "برميلاً متفجراً", ["asserted", "reported"], mode="aerial",
          source=REGIME_HELIS, location=MAARAT_EAST, date=D("2019-12-21"), attribution=["المراصد المحلية"],
          acled=AIR),
        E(True, ["ASSAULT"], [2], "استهدفت راجمات الصواريخ", ["asserted", "reported"], mode="heavy-weapons",
          source=REGIME_HELIS, location=MAARAT_EDGE, date=D("2019-12-21"), attribution=["المراصد المحلية"],
          acled=SHELL),
        # the battle on the Jarjanaz axis since Thursday (two-sided; the NFL spokesman's twelve regime dead → 12);
        # the loyalist pages' claimed takeover of a hill, denied by the NFL, is optional (reported, negated)
        E(True, ["ASSAULT"], [3], "المعارك العنيفة", ["asserted", "reported"], mode="firearms",
          source=JARJANAZ_FIGHT, location=JARJANAZ, date=D("2019-12-21", "day", ("2019-12-19", "2019-12-21")),
          fatalities=12, attribution=["المتحدث باسم الجبهة الوطنية للتحرير"], acled=CLASH),
        E(False, ["ASSAULT"], [3], "سيطرة قوات النظام", ["reported", "negated"],
          source=REGIME_MILITIAS, recipient=NLF_HTS, location=JARJANAZ, date=None),
        # paragraph 4 is an aggregate of the displaced (the Response Coordinators' count): NO gold event
        # a jet «probably Russian» hits a fleeing family's van near Hish yesterday evening: the father killed
        E(True, ["ASSAULT"], [5], "استهدفت طائرة حربية", ["asserted", "reported"], mode="aerial",
          source=RU_JET, recipient=HISH_FAMILY, location=HISH, date=D("2019-12-20"), fatalities=1,
          attribution=["أحد أقارب العائلة"], acled=AIR),
        # yesterday's Friday demonstration in Maarat al-Numan and its demand to Turkey; the banners' denunciation of
        # the world's silence is optional
        E(True, ["PROTEST"], [6], "مظاهرة", ["asserted"], mode="demo",
          source=MAARAT_PROTESTERS, location=MAARAT, date=D("2019-12-20"), acled=PEACEFUL),
        E(True, ["REQUEST"], [6], "طالب المشاركون", ["asserted"],
          source=MAARAT_PROTESTERS, recipient=TURKEY, location=MAARAT, date=D("2019-12-20")),
        E(False, ["ACCUSE"], [6], "تندّد", ["asserted"],
          source=MAARAT_PROTESTERS, location=MAARAT, date=D("2019-12-20")),
        # a Turkish column through Kafr Lusin to the al-Sarman observation post yesterday evening («the third in a
        # week» is an aggregate, no event)
        E(True, ["MOBILIZE"], [7], "رتلاً عسكرياً تركياً", ["asserted", "reported"], mode="troops",
          source=TR_COLUMN, location=SARMAN, date=D("2019-12-20"), attribution=["مراسلنا"]),
        # paragraph 8 retells the market strike (G1)
        # the Russian centre's denial of any sortie (optional REJECT) and its accusation of the White Helmets
        E(False, ["REJECT"], [9], "نفى", ["asserted", "reported"],
          source=RU_RECON_MAARAT, location=MAARAT, date=D("2019-12-21")),
        E(True, ["ACCUSE"], [9], "واتهم", ["asserted", "reported"],
          source=RU_RECON_MAARAT, recipient=WHITE_HELMETS, date=D("2019-12-21"),
          attribution=["وسائل إعلام روسية"]),
        # SANA: rockets on al-Suqaylabiyah yesterday (two wounded), reported; the army's return fire has no place
        # (optional)
        E(True, ["ASSAULT"], [10], "استهدفت", ["reported"], mode="heavy-weapons",
          source=TERRORIST_GROUPS, recipient=SUQAYLABIYAH_VICTIMS, location=SUQAYLABIYAH, date=D("2019-12-20"),
          attribution=["سانا عن مصدر عسكري"], acled=SHELL),
        E(False, ["ASSAULT"], [10], "ردّت", ["reported"],
          source=SY_REGIME, recipient=TERRORIST_GROUPS, date=D("2019-12-20", "day", ("2019-12-20", "2019-12-21"))),
        # the local council's appeal to the aid organisations and its blame of the international community
        E(True, ["REQUEST"], [11], "وناشد", ["asserted"],
          source=MAARAT_COUNCIL, recipient=NGOS, location=MAARAT, date=D("2019-12-21")),
        E(True, ["ACCUSE"], [11], "محمّلاً", ["asserted"],
          source=MAARAT_COUNCIL, recipient=INTL_COMMUNITY, location=MAARAT, date=D("2019-12-21")),
        # a Turkish–Russian officers' meeting expected within days (rumored, planned); the «calm» it would discuss
        # and the regime's feared takeover of the highway are optional
        E(True, ["CONSULT"], [12], "اجتماع مرتقب", ["rumored", "planned"],
          source=TR_OFFICERS, recipient=RU_OFFICERS, location=SOUTH_IDLIB,
          date=D("2019-12-25", "week", ("2019-12-22", "2019-12-28")),
          attribution=["مصادر عسكرية في فصائل المعارضة"]),
        E(False, ["AGREE"], [12], "«تهدئة»", ["hypothetical", "planned"],
          source=TR_RU, location=SOUTH_IDLIB, date=None),
        E(False, ["ASSAULT"], [12], "سيطرة النظام", ["hypothetical"],
          source=SY_REGIME, date=None),
        # HTS arrests a media activist in Kafranbel on Thursday evening
        E(True, ["COERCE"], [13], "اعتقلت", ["asserted", "reported"], mode="arrest",
          source=HTS, recipient=KAFRANBEL_ACTIVIST, location=KAFRANBEL, date=D("2019-12-19"),
          attribution=["أحد أقاربه"], acled=ARREST),
        # background: the rebels' takeover of the town in October 2012 and the Sochi agreement of September 2018
        # (optional, historical)
        E(False, ["ASSAULT", "COERCE"], [14], "سيطرت", ["historical"],
          source=OPPOSITION, recipient=SY_REGIME, location=MAARAT,
          date=D("2012-10-15", "month", ("2012-10-01", "2012-10-31"))),
        E(False, ["AGREE"], [14], "اتفاق سوتشي", ["historical"],
          source=TR_RU, date=D("2018-09-17", "month", ("2018-09-01", "2018-09-30"))),
        # paragraph 15 is a general description of the displaced families' winter: NO gold event
    ],
)
