"""Gold of article 344: Sinja, Sennar city, al-Dinder, the Sennar–White Nile border and Wad Madani (Sudan),
the news site of a civil party's Sennar branch, 2024-12-18 (Wed)."""
from actors_places import (
    CHILDREN,
    DINDER,
    FED_HEALTH,
    HOSPITAL_DIRECTOR,
    HUMANITARIAN_ORGS,
    INTL_ORGS,
    MARKET_VICTIMS,
    MIL_INTEL,
    PARTY,
    RETURNEES,
    RETURNING_FAMILIES,
    RSF,
    RSF_ADVISER,
    SENNAR_CITY,
    SENNAR_GOV,
    SENNAR_GOVERNOR,
    SENNAR_SHELL_VICTIMS,
    SENNAR_TO_SINJA,
    SENNAR_WHITE_NILE,
    SINJA,
    SINJA_GOV_HQ,
    SINJA_MARKET,
    SINJA_YOUTHS,
    SUDAN_ARMY,
    UNICEF,
    WAD_MADANI,
    WARRING_PARTIES,
    WFP_HAC,
    WHO,
)
from common import AIR, ARREST, SHELL, D, E, paras_of

SLUG = "sinja_2024_sennar_dinder_wad_madani"
TUESDAY = D("2024-12-17")
TODAY = D("2024-12-18")
# statements issued «ليلاً» or with no day, after Tuesday's strike and before the Wednesday report
NIGHT = D("2024-12-17", "day", ("2024-12-17", "2024-12-18"))
ARTICLE = dict(
    id="team69-344", slug=SLUG, published="2024-12-18",
    outlet="Minbar al-Taghyir, site of a civil party's Sennar branch (fictional)",
    paras=paras_of(f"344_{SLUG}.txt"),
    events=[
        # the WFP convoy reaches Sinja «صباح أمس الثلاثاء» (AID, done; headline 0, lead 1); unloading
        # for distribution is part of it. The army's recapture of the city late last month is optional
        # (historical)
        E(True, ["AID"], [0, 1], "قافلة مساعدات", ["asserted"], mode="humanitarian",
          source=WFP_HAC, recipient=RETURNEES, location=SINJA, date=TUESDAY, tpara=1),
        E(False, ["ASSAULT", "RETREAT"], [1], "استعاد الجيش", ["historical"],
          source=SUDAN_ARMY, location=SINJA, date=D("2024-11-25", "month", ("2024-11-20", "2024-11-30"))),
        # returns: «more than two thousand families in two weeks» is an aggregate (optional, generic);
        # the state government's buses carrying six hundred families home yesterday is an organised
        # return (core AID, RETREAT accepted)
        E(False, ["RETREAT"], [2], "عادت", ["generic", "asserted"], mode="return",
          location=SINJA, date=None),
        E(True, ["AID", "RETREAT"], [2], "ونقلت حكومة الولاية", ["asserted"], mode="humanitarian",
          source=SENNAR_GOV, recipient=RETURNING_FAMILIES, location=SENNAR_TO_SINJA, date=TUESDAY),
        # the governor's press conference: his call on the international organisations (REQUEST) and his
        # pledge to protect the convoys (optional AGREE); the repairs «بدأت» and the needs are
        # statements
        E(True, ["REQUEST"], [3], "داعياً", ["asserted"],
          source=SENNAR_GOVERNOR, recipient=INTL_ORGS, location=SINJA_GOV_HQ, date=TUESDAY),
        E(False, ["AGREE"], [3], "ومتعهداً", ["asserted"],
          source=SENNAR_GOVERNOR, location=SINJA_GOV_HQ, date=TUESDAY),
        # paragraph 4 (the traces of five months of RSF rule, water, ferries, bread: description) holds
        # no event
        # a drone strike on a market at the city's eastern edge «مساء اليوم نفسه»: headline 0, ¶5
        # (witnesses: «قتلى وجرحى», no number), the state government's blame 6, the RSF's own retelling
        # 7 (it targeted «gatherings of mobilised fighters») and the hospital's toll 9 (five bodies) →
        # one toll, told late: 5
        E(True, ["ASSAULT"], [0, 5, 6, 7, 9], "استهدفت طائرة مسيّرة", ["asserted", "reported"], mode="aerial",
          source=RSF, recipient=MARKET_VICTIMS, location=SINJA_MARKET, date=TUESDAY, fatalities=5,
          attribution=["شهود عيان", "حكومة ولاية سنار", "مستشار لقائد قوات الدعم السريع",
                       "مدير المستشفى التعليمي في سنجة"], acled=AIR, tpara=5),
        # the state government blames the RSF (ACCUSE); its promise to pay for care and burials is
        # optional
        E(True, ["ACCUSE"], [6], "وحمّلت", ["asserted"],
          source=SENNAR_GOV, recipient=RSF, date=NIGHT),
        E(False, ["AID"], [6], "ستتكفّل", ["planned"], mode="economic",
          source=SENNAR_GOV, recipient=MARKET_VICTIMS, date=None),
        # the RSF adviser: his denial of hitting civilians (optional REJECT) and his vow to come back to
        # Sennar and Sinja (THREATEN; the return by force optional, hypothetical)
        E(True, ["THREATEN"], [7], "ومتوعّداً", ["asserted"], mode="violence",
          source=RSF_ADVISER, location=SINJA, date=NIGHT, attribution=["تدوينة على منصة «إكس»"]),
        E(False, ["REJECT"], [7], "نافياً", ["asserted"],
          source=RSF_ADVISER, date=NIGHT),
        E(False, ["ASSAULT"], [7], "ستعود", ["hypothetical"], mode="firearms",
          source=RSF, location=SINJA, date=None),
        # Military Intelligence detains at least eleven young men over three days (COERCE, told by
        # returnees)
        E(True, ["COERCE"], [8], "اعتقلت", ["reported"], mode="arrest",
          source=MIL_INTEL, recipient=SINJA_YOUTHS, location=SINJA,
          date=D("2024-12-16", "week", ("2024-12-15", "2024-12-18")),
          attribution=["عائدون", "والدة أحد المعتقلين"], acled=ARREST),
        # ¶9: the hospital's toll (part of the strike); the director's appeal to the federal ministry is
        # optional
        E(False, ["REQUEST"], [9], "مناشداً", ["asserted"],
          source=HOSPITAL_DIRECTOR, recipient=FED_HEALTH, date=NIGHT),
        # RSF vehicles massing on the Sennar–White Nile border: rumoured, unconfirmed; the new attack
        # they would prepare is optional (hypothetical)
        E(True, ["MOBILIZE"], [10], "حشد", ["rumored", "reported"], mode="troops",
          source=RSF, location=SENNAR_WHITE_NILE, date=D("2024-12-17", "week", ("2024-12-15", "2024-12-18")),
          attribution=["منصات محلية على «فيسبوك»", "مزارعون من قرى غرب سنار"]),
        E(False, ["ASSAULT"], [10], "لهجوم جديد", ["hypothetical", "rumored"], mode="firearms",
          source=RSF, location=SINJA, date=None),
        # a WHO convoy that could not reach al-Dinder (negated AID)
        E(True, ["AID"], [11], "قافلة ثانية", ["negated"], mode="humanitarian",
          source=WHO, location=DINDER, date=TUESDAY),
        # a UNICEF shipment due «مطلع الأسبوع المقبل» (planned AID)
        E(True, ["AID"], [12], "شحنة", ["planned", "reported"], mode="humanitarian",
          source=UNICEF, recipient=CHILDREN, location=SINJA,
          date=D("2024-12-22", "week", ("2024-12-21", "2024-12-24")), attribution=["وزارة الصحة بالولاية"]),
        # an anniversary: the RSF's sweep into Wad Madani in December last year (optional, historical);
        # and at another place, RSF shells on a western quarter of Sennar city «مساء السبت الماضي»
        # (core, historical, 2)
        E(False, ["ASSAULT"], [13], "لاجتياح", ["historical"], mode="firearms",
          source=RSF, location=WAD_MADANI, date=D("2023-12-18", "month", ("2023-12-01", "2023-12-31"))),
        E(True, ["ASSAULT"], [13], "قذائف أطلقتها", ["historical", "asserted"], mode="heavy-weapons",
          source=RSF, recipient=SENNAR_SHELL_VICTIMS, location=SENNAR_CITY, date=D("2024-12-14"),
          fatalities=2, acled=SHELL),
        # paragraph 14 (the UN's count of the displaced: an aggregate) holds no event
        # the party's call on both warring sides (core REQUEST); its demands of Military Intelligence
        # and of the humanitarian organisations are optional
        E(True, ["REQUEST"], [15], "ودعت", ["asserted"],
          source=PARTY, recipient=WARRING_PARTIES, date=TODAY),
        E(False, ["REQUEST"], [15], "مطالبة", ["asserted"],
          source=PARTY, recipient=MIL_INTEL, date=TODAY),
        E(False, ["REQUEST"], [15], "طالبت", ["asserted"],
          source=PARTY, recipient=HUMANITARIAN_ORGS, date=TODAY),
    ],
)
