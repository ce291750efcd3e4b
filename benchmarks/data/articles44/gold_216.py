"""Gold of article 216: al-Hasakah's north-east in November 2013 (Tal Kocher/al-Ya'rubiyah, Tal Hamis, Tal Brak,
Derik, Rmelan, al-Jawadiyah), a Kurdish local news site, 2013-11-17 (Sun)."""
from actors_places import (
                           ARAB_NOTABLES,
                           ARAB_TRIBES,
                           ASAYISH,
                           BUS_PASSENGERS,
                           BUS_WOMEN,
                           DERIK,
                           INTL_ORGS,
                           ISIS_13,
                           ISIS_NUSRA_13,
                           ISIS_PRISONERS,
                           JAWADIYAH,
                           KNC,
                           KNC_MEMBERS,
                           KNC_SUPPORTERS,
                           KURDISH_RC,
                           PYD_ASAYISH,
                           RMELAN,
                           RMELAN_ACTIVISTS,
                           SOUTH_QAMISHLI,
                           TAL_BRAK,
                           TAL_HAMIS,
                           TAL_KOCHER,
                           TH_CLASH,
                           TH_DISPLACED,
                           TK_VICTIMS,
                           YPG,
                           YPG_ISIS,
)
from common import ABDUCTION, ARREST, CLASH, PEACEFUL, SHELL, D, E, paras_of

SLUG = "tal_kocher_yarubiyah_tal_hamis_derik_jawadiyah"
ARTICLE = dict(
    id="team44-216", slug=SLUG, published="2013-11-17", outlet="Mirat Dijla Kurdish news site (fictional)",
    paras=paras_of(f"216_{SLUG}.txt"),
    events=[
        # the ISIS mortar fire on Tal Kocher «مساء أمس السبت»: headline 0, lead 1, retold in 9 ... 10 by a Facebook
        # page with another toll (2 per the correspondent, 3 per the page → 2); the funeral is no event
        E(True, ["ASSAULT"], [0, 1, 10], "أطلقتها", ["asserted", "reported"], mode="heavy-weapons",
          source=ISIS_13, recipient=TK_VICTIMS, location=TAL_KOCHER, date=D("2013-11-16"), fatalities=2,
          attribution=["مراسل «مرآة دجلة»", "صفحة «أخبار تل كوجر» على فيسبوك"], acled=SHELL, tpara=1),
        # ¶2 (a tally of the week's shelling) is no event
        # the YPG–ISIS/Nusra fight in the Tal Hamis countryside since dawn (two-sided): headline 0, 3, and ISIS's
        # accounts in 12 with another toll (3 YPG fighters per the YPG, «15» per ISIS → 3)
        E(True, ["ASSAULT"], [0, 3, 12], "اشتباكات عنيفة", ["asserted", "reported"], mode="firearms",
          source=TH_CLASH, location=TAL_HAMIS, date=D("2013-11-17"), fatalities=3,
          attribution=["بيان القيادة العامة للوحدات", "حسابات مقربة من «داعش» على تويتر"], acled=CLASH, tpara=3),
        # one sentence, two events: seven passengers taken at an ISIS checkpoint near Tal Brak, two women released
        E(True, ["ASSAULT"], [4], "واقتادوا", ["asserted", "reported"], mode="abduct",
          source=ISIS_13, recipient=BUS_PASSENGERS, location=TAL_BRAK, date=D("2013-11-16"),
          attribution=["أحد ركاب الحافلة"], acled=ABDUCTION),
        E(True, ["RETREAT"], [4], "يطلقوا سراح", ["asserted", "reported"], mode="release",
          source=ISIS_13, recipient=BUS_WOMEN, location=TAL_BRAK, date=D("2013-11-16"),
          attribution=["أحد ركاب الحافلة"]),
        # ¶5 (the road, its checkpoints and fares) is no event
        # the Asayish arrests in Derik this morning; the sit-in two days before, in a relative clause (optional)
        E(True, ["COERCE"], [6], "اعتقلت", ["asserted", "reported"], mode="arrest",
          source=ASAYISH, recipient=KNC_MEMBERS, location=DERIK, date=D("2013-11-17"),
          attribution=["قيادي في الحزب"], acled=ARREST),
        E(False, ["PROTEST"], [6], "اعتصام", ["historical", "asserted"], mode="demo",
          source=KNC_MEMBERS, location=DERIK, date=D("2013-11-15"), acled=PEACEFUL),
        # the KNC statement: condemnation and blame of the PYD, demand for release, the call (optional) and the
        # sit-in it plans for Tuesday if the men are not freed (planned, conditional)
        E(True, ["ACCUSE"], [7], "وأدان", ["asserted"],
          source=KNC, recipient=PYD_ASAYISH, date=D("2013-11-17", "day", ("2013-11-16", "2013-11-17")),
          attribution=["بيان المجلس الوطني الكردي على صفحته الرسمية"]),
        E(True, ["REQUEST"], [7], "مطالباً", ["asserted"],
          source=KNC, recipient=PYD_ASAYISH, date=D("2013-11-17", "day", ("2013-11-16", "2013-11-17")),
          attribution=["بيان المجلس الوطني الكردي على صفحته الرسمية"]),
        E(False, ["REQUEST"], [7], "ودعا أنصاره", ["asserted"],
          source=KNC, recipient=KNC_SUPPORTERS, date=D("2013-11-17", "day", ("2013-11-16", "2013-11-17"))),
        E(True, ["PROTEST"], [7], "اعتصام أمام مقر", ["planned", "hypothetical"], mode="demo",
          source=KNC_SUPPORTERS, location=DERIK, date=D("2013-11-19"), acled=PEACEFUL),
        # the Asayish source: «will be referred to the courts» is no event; the rumoured arrest of two activists in
        # Rmelan last night, denied
        E(True, ["COERCE"], [8], "اعتقال ناشطين", ["rumored", "negated", "reported"], mode="arrest",
          source=ASAYISH, recipient=RMELAN_ACTIVISTS, location=RMELAN, date=D("2013-11-16"),
          attribution=["صفحات محلية", "مصدر في الآسايش"], acled=ARREST),
        # the Kurdish Red Crescent's distribution in al-Jawadiyah; its appeal (optional)
        E(True, ["AID"], [9], "وزّعت", ["asserted"], mode="humanitarian",
          source=KURDISH_RC, recipient=TH_DISPLACED, location=JAWADIYAH, date=D("2013-11-17")),
        E(False, ["REQUEST"], [9], "وناشدت", ["asserted"],
          source=KURDISH_RC, recipient=INTL_ORGS, date=D("2013-11-17")),
        # ¶11: the regime's silence is no event
        # ISIS's claim to have taken a YPG checkpoint, denied (optional; the claimed toll belongs to the fight above)
        E(False, ["ASSAULT", "COERCE"], [12], "وسيطروا", ["reported", "negated"], mode="seize",
          source=ISIS_13, recipient=YPG, location=TAL_HAMIS, date=D("2013-11-17")),
        # YPG reinforcements to the Tal Hamis front last night; the villagers' fear of wider attacks (optional)
        E(True, ["MOBILIZE"], [13], "تعزيزات عسكرية", ["asserted", "reported"], mode="troops",
          source=YPG, location=TAL_HAMIS, date=D("2013-11-16", "day", ("2013-11-16", "2013-11-17")),
          attribution=["مصدر ميداني في الوحدات"]),
        E(False, ["ASSAULT"], [13], "هجماته", ["hypothetical"], mode="firearms",
          source=ISIS_13, location=SOUTH_QAMISHLI, date=None),
        # the rumoured mediation of Arab notables between the YPG and ISIS (unverified); the swap it would bring
        # (optional) and the capture of three ISIS members last month (optional, historical)
        E(True, ["CONSULT"], [14], "للتوسط", ["rumored", "reported"], mode="third-party",
          source=ARAB_NOTABLES, recipient=YPG_ISIS, location=TAL_HAMIS, date=None,
          attribution=["مصادر أهلية في تل حميس"]),
        E(False, ["RETREAT", "AGREE"], [14], "بإطلاق سراح المختطفين", ["rumored", "planned"], mode="release",
          source=ISIS_13, recipient=BUS_PASSENGERS, date=None),
        E(False, ["COERCE", "ASSAULT"], [14], "أسرتهم", ["historical"], mode="arrest",
          source=YPG, recipient=ISIS_PRISONERS, date=D("2013-10-15", "month", ("2013-10-01", "2013-10-31"))),
        # the ISIS commander's audio threat to the YPG (asserted: the threat was made); the call to the tribes
        # (optional)
        E(True, ["THREATEN"], [15], "وتوعّد", ["asserted", "reported"], mode="territory",
          source=ISIS_13, recipient=YPG, date=D("2013-11-16"), attribution=["حسابات جهادية"]),
        E(False, ["REQUEST"], [15], "داعياً", ["asserted", "reported"],
          source=ISIS_13, recipient=ARAB_TRIBES, date=D("2013-11-16")),
        # background «يُذكر أن»: the YPG takeover of Tal Kocher in late October and the jihadists' withdrawal
        # (optional, historical); the shelling «since then» is generic
        E(False, ["ASSAULT"], [16], "سيطرت", ["historical"], mode="seize",
          source=YPG, recipient=ISIS_NUSRA_13, location=TAL_KOCHER,
          date=D("2013-10-26", "week", ("2013-10-20", "2013-10-31")), acled=CLASH),
        E(False, ["RETREAT"], [16], "انسحبت", ["historical"], mode="withdraw",
          source=ISIS_NUSRA_13, location=TAL_KOCHER, date=D("2013-10-26", "week", ("2013-10-20", "2013-10-31"))),
    ],
)
