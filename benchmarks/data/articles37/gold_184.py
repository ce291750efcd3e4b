"""Gold of article 184: Jarablus and its southern countryside (a landmine in the eastern quarter, the al-Amarneh and
Yusuf Beg fighting, Turkish artillery and jets, an arrest and a convoy through Karkamis), an opposition news site,
2016-08-29 (Mon)."""
from actors_places import (
    AMARNEH,
    ES_COMMANDER,
    FSA_ES,
    FSA_SDF,
    ISIS,
    JARABLUS,
    JB_FAMILY,
    JB_RESIDENTS,
    JB_SOUTH,
    JB_SUSPECTS,
    JMC_SDF,
    KARKAMIS_JB,
    MANBIJ,
    SAJUR,
    SIG,
    SULTAN_MURAD,
    TR_ARMY,
    TR_RED_CRESCENT,
    YUSUF_BEG,
)
from common import AIR, ARREST, CLASH, MINE, SHELL, TRANSFER, D, E, merge, paras_of

SLUG = "jarablus_landmine_amarneh_clashes_karkamis_aid"
ARTICLE = dict(
    id="team37-184", slug=SLUG, published="2016-08-29", outlet="Sham al-Shamal news site, opposition (fictional)",
    paras=paras_of(f"184_{SLUG}.txt"),
    events=[
        # the landmine laid by ISIS before it left, killing four of one family today: headline 0, lead 1, the
        # relative's account 6
        E(True, ["ASSAULT"], [0, 1, 6], "بانفجار لغم", ["asserted"], mode="explosives", tpara=1,
          source=ISIS, recipient=JB_FAMILY, location=JARABLUS, date=D("2016-08-29"), fatalities=4,
          attribution=["مراسل «شام الشمال»", "أحد أقارب العائلة"], acled=MINE),
        # three days of fighting south of Jarablus; al-Amarneh taken yesterday (9 + 3 → 12): headline 0, ¶2
        E(True, ["ASSAULT"], [0, 2], "المعارك", ["asserted", "reported"], mode="firearms", tpara=2,
          source=FSA_SDF, location=AMARNEH, date=D("2016-08-28", "day", ("2016-08-26", "2016-08-29")), fatalities=12,
          attribution=["قيادي ميداني في «فرقة الحمزة»"], acled=CLASH),
        # Turkish artillery on Yusuf Beg, and two Turkish air strikes near it last night (told by local sources); the
        # Turkish tanks' deployment inside Jarablus, in a relative clause (optional)
        E(True, ["ASSAULT"], [3], "قصف مدفعي", ["asserted"], mode="heavy-weapons",
          source=TR_ARMY, recipient=JMC_SDF, location=YUSUF_BEG,
          date=D("2016-08-28", "day", ("2016-08-26", "2016-08-29")), acled=SHELL),
        E(False, ["MOBILIZE"], [3], "انتشرت", ["historical", "asserted"], mode="troops",
          source=TR_ARMY, location=JARABLUS, date=D("2016-08-24", "week", ("2016-08-24", "2016-08-29"))),
        E(True, ["ASSAULT"], [3], "غارتين", ["reported", "asserted"], mode="aerial",
          source=TR_ARMY, location=YUSUF_BEG, date=D("2016-08-28"), attribution=["مصادر محلية"], acled=AIR),
        # the SDF's accusation; the Turkish General Staff's denial and its claim of fire from the YPG (both optional)
        E(True, ["ACCUSE"], [4], "واتهمت", ["asserted"],
          source=JMC_SDF, recipient=TR_ARMY, location=JB_SOUTH,
          date=D("2016-08-29", "day", ("2016-08-28", "2016-08-29"))),
        E(False, ["REJECT"], [4], "نفت", ["asserted"],
          source=TR_ARMY, recipient=JMC_SDF, date=D("2016-08-29", "day", ("2016-08-28", "2016-08-29"))),
        E(False, ["ASSAULT"], [4], "إطلاق نار", ["reported"], mode="firearms",
          source=JMC_SDF, recipient=TR_ARMY, date=None),
        # the Euphrates Shield commander's conditional threat; the American promises not carried out (optional,
        # negated); SDF reinforcements to the Sajur told only by pro-YPG pages, unconfirmed
        E(True, ["THREATEN"], [5], "وهدد", ["asserted"], mode="violence",
          source=ES_COMMANDER, recipient=JMC_SDF, location=MANBIJ, date=D("2016-08-29"),
          attribution=["تصريح لـ«شام الشمال»"]),
        E(False, ["RETREAT"], [5], "بانسحاب", ["negated"],
          source=JMC_SDF, date=None),
        E(True, ["MOBILIZE"], [5], "تعزيزات", ["rumored", "reported"], mode="troops",
          source=JMC_SDF, location=SAJUR, date=D("2016-08-29", "day", ("2016-08-28", "2016-08-29")),
          attribution=["صفحات محلية موالية للوحدات"]),
        # paragraph 7 describes the town: deliberately NO gold event
        # five suspects arrested last night, and the Turkish Red Crescent convoy through Karkamis this morning
        E(True, ["COERCE"], [8], "اعتُقل", ["asserted"], mode="arrest",
          source=SULTAN_MURAD, recipient=JB_SUSPECTS, location=JARABLUS, date=D("2016-08-28"), acled=ARREST),
        E(True, ["AID"], [8], "قافلة مساعدات", ["asserted"], mode="humanitarian",
          source=TR_RED_CRESCENT, recipient=JB_RESIDENTS, location=KARKAMIS_JB, date=D("2016-08-29")),
        # the Interim Government's visit «خلال الأيام المقبلة» (planned)
        E(True, ["CONSULT"], [9], "يزور", ["planned", "reported"], mode="visit",
          source=SIG, location=JARABLUS, date=D("2016-09-02", "week", ("2016-08-30", "2016-09-05")),
          attribution=["مصدر في الحكومة"]),
        # background (optional): the rebels' entry on the 24th, ISIS's withdrawal (also in ¶1's clause), its 2014
        # takeover
        E(False, ["COERCE", "ASSAULT"], [9], "دخلت", ["historical", "asserted"], mode="seize",
          source=merge(FSA_ES, TR_ARMY), location=JARABLUS, date=D("2016-08-24"), acled=TRANSFER),
        E(False, ["RETREAT"], [1, 9], "انسحاب", ["historical", "asserted"], mode="withdraw", tpara=9,
          source=ISIS, location=JARABLUS, date=D("2016-08-24"), acled=TRANSFER),
        E(False, ["ASSAULT"], [9], "سيطر", ["historical"],
          source=ISIS, location=JARABLUS, date=D("2014-01-15", "month", ("2014-01-01", "2014-02-28"))),
    ],
)
