"""Gold of article 309: al-Jufainah camp (Marib city), al-Kasara, Sirwah, the al-Balaq mountains, Harib and
Raghwan (Marib, Yemen), a pro-government Yemeni news site, 2021-03-09 (Tue)."""
from actors_places import (
    BALAQ,
    HARIB,
    HARIB_VICTIMS,
    HOUTHI_LEADER,
    HOUTHI_REINF,
    HOUTHIS,
    HOUTHIS_IRAN,
    INTL_COMMUNITY,
    JUFAINAH,
    JUFAINAH_FAMILIES,
    JUFAINAH_IDPS,
    KASARA,
    KASARA_FIGHT,
    KSRELIEF,
    MARIB_CITY,
    MARIB_GOV,
    MARIB_GOVERNOR,
    MARIB_TRIBES,
    RAGHWAN,
    RAGHWAN_SWAP,
    SA_COALITION,
    SIRWAH,
    SIRWAH_KASARA,
    UN_HC_YEMEN,
    YE_GOV,
)
from common import AIR, CLASH, MINE, SHELL, D, E, paras_of

SLUG = "marib_2021_jufainah_kasara_sirwah_harib"
TODAY = D("2021-03-09")
YESTERDAY = D("2021-03-08")
SINCE_YESTERDAY = D("2021-03-09", "day", ("2021-03-08", "2021-03-09"))
ARTICLE = dict(
    id="team62-309", slug=SLUG, published="2021-03-09",
    outlet="Arsh Bilqis pro-government Yemeni news site (fictional)",
    paras=paras_of(f"309_{SLUG}.txt"),
    events=[
        # the Houthi ballistic missile on al-Jufainah camp «مساء أمس الإثنين»: headline, lead (the camps'
        # Executive Unit: four), the follow-up 3 (the health office: three bodies) and al-Masirah's retelling
        # 11 («استهدفت تجمعاً لمرتزقة العدوان») → 4 vs 3 → 3
        E(True, ["ASSAULT"], [0, 1, 3, 11], "سقوط صاروخ باليستي", ["asserted", "reported"],
          mode="heavy-weapons", source=HOUTHIS, recipient=JUFAINAH_IDPS, location=JUFAINAH, date=YESTERDAY,
          fatalities=3,
          attribution=["الوحدة التنفيذية لإدارة مخيمات النازحين", "مدير مكتب الصحة في المحافظة",
                       "قناة «المسيرة»"],
          acled=SHELL, tpara=1),
        # paragraph 2 (Marib's camps and their hundreds of thousands: an aggregate) holds no event
        # the government's condemnation and blame (one ACCUSE) and the minister's call to list the Houthis
        # as terrorists (REQUEST)
        E(True, ["ACCUSE"], [4], "ودانت", ["asserted"],
          source=YE_GOV, recipient=HOUTHIS_IRAN, date=SINCE_YESTERDAY),
        E(True, ["REQUEST"], [4], "دعا", ["asserted"],
          source=YE_GOV, recipient=INTL_COMMUNITY, date=SINCE_YESTERDAY),
        # the governor meets the UN humanitarian coordinator (CONSULT; his arrival in a relative clause is the
        # same visit) and asks him for a clear UN stand and shelter (REQUEST)
        E(True, ["CONSULT"], [5], "والتقى", ["asserted"], mode="visit",
          source=MARIB_GOVERNOR, recipient=UN_HC_YEMEN, location=MARIB_CITY, date=TODAY),
        E(True, ["REQUEST"], [5], "وطالبه", ["asserted"],
          source=MARIB_GOVERNOR, recipient=UN_HC_YEMEN, location=MARIB_CITY, date=TODAY),
        # the Houthi attack on al-Kasara repelled by the army and the tribesmen (one two-sided fight: both are
        # sources; «العشرات … بين قتيل وجريح» gives no death toll); the Houthis' falling back optional
        E(True, ["ASSAULT"], [0, 6], "هجوماً واسعاً شنّته", ["asserted", "reported"], mode="firearms",
          source=KASARA_FIGHT, location=KASARA, date=TODAY,
          attribution=["المركز الإعلامي للقوات المسلحة"], acled=CLASH, tpara=6),
        E(False, ["RETREAT"], [6], "التراجع", ["asserted", "reported"], mode="withdraw",
          source=HOUTHIS, location=KASARA, date=TODAY),
        # the coalition's string of air strikes on Houthi reinforcements bound for Sirwah (one event)
        E(True, ["ASSAULT"], [7], "سلسلة غارات", ["asserted", "reported"], mode="aerial",
          source=SA_COALITION, recipient=HOUTHI_REINF, location=SIRWAH, date=SINCE_YESTERDAY,
          attribution=["مصدر عسكري"], acled=AIR),
        # the al-Balaq mountains taken by the Houthis: spread by their accounts, denied by an army source
        E(True, ["ASSAULT", "COERCE"], [8], "سيطرة", ["rumored", "negated"],
          source=HOUTHIS, location=BALAQ, date=SINCE_YESTERDAY,
          attribution=["حسابات تابعة للمليشيا", "مصدر عسكري في المنطقة العسكرية الثالثة"]),
        # a Houthi leader's speech: the threat to storm Marib (THREATEN, made; the storming optional,
        # hypothetical) and his call to the tribes (REQUEST)
        E(True, ["THREATEN"], [9], "هدّد", ["asserted", "reported"], mode="violence",
          source=HOUTHI_LEADER, location=MARIB_CITY, date=SINCE_YESTERDAY, attribution=["قناة «المسيرة»"]),
        E(False, ["ASSAULT"], [9], "باقتحام", ["hypothetical"], mode="firearms",
          source=HOUTHIS, location=MARIB_CITY, date=None),
        E(True, ["REQUEST"], [9], "داعياً", ["asserted", "reported"],
          source=HOUTHI_LEADER, recipient=MARIB_TRIBES, date=SINCE_YESTERDAY, attribution=["قناة «المسيرة»"]),
        # the tribes send hundreds of armed men to the front lines («النفير العام» is the same act)
        E(True, ["MOBILIZE"], [10], "دفعت", ["asserted", "reported"], mode="troops",
          source=MARIB_TRIBES, location=SIRWAH_KASARA, date=SINCE_YESTERDAY,
          attribution=["أحد مشايخ مراد"]),
        # the exchange of bodies at Raghwan through tribal mediators (COOPERATE, carried out; both sides)
        E(True, ["COOPERATE"], [12], "صفقة تبادل", ["asserted", "reported"],
          source=RAGHWAN_SWAP, location=RAGHWAN, date=SINCE_YESTERDAY, attribution=["أحد الوسطاء"]),
        # KSrelief's shelter kits due on Saturday (planned AID)
        E(True, ["AID"], [13], "يوزّع", ["planned", "reported"], mode="humanitarian",
          source=KSRELIEF, recipient=JUFAINAH_FAMILIES, location=JUFAINAH, date=D("2021-03-13"),
          attribution=["الوحدة التنفيذية"]),
        # paragraph 14 (Marib's oil and gas: a description) holds no event
        # background at another place, at the article's end: two civilians killed by a Houthi landmine in
        # Harib «الخميس الماضي» (core, historical, 2); the offensive on Marib since early February optional,
        # historical
        E(True, ["ASSAULT"], [15], "بانفجار لغم أرضي", ["historical", "asserted"], mode="explosives",
          source=HOUTHIS, recipient=HARIB_VICTIMS, location=HARIB, date=D("2021-03-04"), fatalities=2,
          acled=MINE),
        E(False, ["ASSAULT"], [15], "هجوماً واسعاً", ["historical", "generic"], mode="firearms",
          source=HOUTHIS, location=MARIB_GOV, date=D("2021-02-08", "month", ("2021-02-01", "2021-03-09")),
          acled=CLASH),
    ],
)
