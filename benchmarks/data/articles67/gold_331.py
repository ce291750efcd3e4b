"""Gold of article 331: al-Bahluliyah, Jabal al-Nuba, Kinsabba and Rabia, al-Qardaha and Latakia city
(Latakia, Syria), a pro-government local news page of the coast, 2015-12-09 (Wed)."""
from actors_places import (
    BAHLULIYAH,
    BAHLULIYAH_FAMILIES,
    BAHLULIYAH_MUKHTAR,
    BAHLULIYAH_RESIDENTS,
    COASTAL_DIV,
    HMEIMIM,
    JABAL_NUBA,
    KINSABBA_RABIA,
    LATAKIA_COUNTRYSIDE,
    LATAKIA_GOVERNOR,
    LATAKIA_HOSPITAL,
    LATAKIA_REBELS,
    LATAKIA_WOMAN,
    LATAKIA_ZIRAA,
    NUBA_FIGHT,
    QARDAHA,
    RU_AIR_2015,
    RU_ARMY_SUPPORT,
    SARC_LATAKIA,
    SY_AIR_2015,
    SY_ARMY_COMMAND,
    SY_SOLDIERS,
    TURKEY_GOV,
)
from common import AIR, CLASH, SHELL, D, E, paras_of

SLUG = "bahluliyah_2015_jabal_al_nuba_kinsabba_rabia_qardaha"
TODAY = D("2015-12-09")
YESTERDAY = D("2015-12-08")
ARTICLE = dict(
    id="team67-331", slug=SLUG, published="2015-12-09",
    outlet="Nabd al-Sahil pro-government Latakia news page (fictional)",
    paras=paras_of(f"331_{SLUG}.txt"),
    events=[
        # the rockets on al-Bahluliyah «مساء أمس الثلاثاء», one-sided (the armed groups are the source, the
        # residents the recipient): headline 0 (no number), lead 1 (the town's page: four), the follow-up 5
        # (the National Hospital: three bodies) and 14 (the page's late toll: five) → 4 vs 3 vs 5 → 3; the
        # funeral in 13 is no event
        E(True, ["ASSAULT"], [0, 1, 5, 14], "قذائف صاروخية أطلقتها", ["asserted", "reported"],
          mode="heavy-weapons", source=LATAKIA_REBELS, recipient=BAHLULIYAH_RESIDENTS, location=BAHLULIYAH,
          date=YESTERDAY, fatalities=3,
          attribution=["الصفحة الرسمية للبلدة", "مصدر طبي في المشفى الوطني باللاذقية"], acled=SHELL, tpara=1),
        # the fight for two hills near Jabal al-Nuba «فجر اليوم»: two-sided (the army with the NDF against
        # al-Nusra and the 1st Coastal Division; the hills taken are part of it), «قتلى وجرحى» without a
        # number; the Russian air support is optional COOPERATE
        E(True, ["ASSAULT"], [0, 2], "معارك عنيفة", ["asserted", "reported"], mode="firearms",
          source=NUBA_FIGHT, location=JABAL_NUBA, date=TODAY, attribution=["مصدر ميداني"], acled=CLASH,
          tpara=2),
        E(False, ["COOPERATE"], [2], "وبإسناد جوي", ["asserted"],
          source=RU_ARMY_SUPPORT, location=JABAL_NUBA, date=TODAY),
        # paragraph 3 (the town, its hills and the families who came to it) holds no event
        # five soldiers «captured»: told by the militants' pages, denied by a military source (the «defeat»
        # is a back-reference to the fight)
        E(True, ["ASSAULT"], [4], "أسر", ["rumored", "negated"], mode="abduct",
          source=LATAKIA_REBELS, recipient=SY_SOLDIERS, location=JABAL_NUBA, date=TODAY,
          attribution=["تنسيقيات المسلحين", "مصدر عسكري"]),
        # the 1st Coastal Division's threat (made: asserted); the strike on Hmeimim it threatens is
        # hypothetical (optional); the Russian strikes it names are a back-reference
        E(True, ["THREATEN"], [6], "توعّدت", ["asserted", "reported"], mode="violence",
          source=COASTAL_DIV, date=D("2015-12-09", "day", ("2015-12-08", "2015-12-09")),
          attribution=["بيان «الفرقة الساحلية الأولى»"]),
        E(False, ["ASSAULT"], [6], "واستهداف محيط", ["hypothetical"], mode="heavy-weapons",
          source=COASTAL_DIV, location=HMEIMIM, date=None),
        # Syrian air strikes on Kinsabba and Rabia (one verb, two places: one event; the depot destroyed is
        # part of it)
        E(True, ["ASSAULT"], [7], "سلسلة غارات", ["asserted", "reported"], mode="aerial",
          source=SY_AIR_2015, recipient=LATAKIA_REBELS, location=KINSABBA_RABIA, date=TODAY,
          attribution=["المصدر الميداني"], acled=AIR),
        # the governor's blame of the Turkish government during his hospital visit (the visit optional
        # CONSULT)
        E(True, ["ACCUSE"], [8], "حمّل", ["asserted"],
          source=LATAKIA_GOVERNOR, recipient=TURKEY_GOV, location=LATAKIA_HOSPITAL, date=TODAY),
        E(False, ["CONSULT"], [8], "تفقّده", ["asserted"], mode="visit",
          source=LATAKIA_GOVERNOR, recipient=BAHLULIYAH_RESIDENTS, location=LATAKIA_HOSPITAL, date=TODAY),
        # the Red Crescent's distribution «يوم غدٍ الخميس» (planned; the repairs next week are no event)
        E(True, ["AID"], [9], "يوزّع", ["planned"], mode="humanitarian",
          source=SARC_LATAKIA, recipient=BAHLULIYAH_FAMILIES, location=BAHLULIYAH, date=D("2015-12-10")),
        # paragraph 10 (the countryside's daily shells: a generic statement) holds no event
        # background at another place: a young woman killed in Latakia city «مساء الخميس الماضي» (core,
        # historical, 1); the Russian air campaign since 30 September (optional: historical and generic)
        E(True, ["ASSAULT"], [11], "بقذيفة صاروخية", ["historical", "asserted"], mode="heavy-weapons",
          recipient=LATAKIA_WOMAN, location=LATAKIA_ZIRAA, date=D("2015-12-03"), fatalities=1, acled=SHELL),
        E(False, ["ASSAULT"], [11], "ضرب مواقع", ["historical", "generic"], mode="aerial",
          source=RU_AIR_2015, recipient=LATAKIA_REBELS, location=LATAKIA_COUNTRYSIDE,
          date=D("2015-09-30", "month", ("2015-09-30", "2015-12-09"))),
        # two shells on the edge of al-Qardaha, nobody hurt (the shelling stands; no actor named)
        E(True, ["ASSAULT"], [12], "قذيفتان", ["asserted"], mode="heavy-weapons",
          location=QARDAHA, date=TODAY, acled=SHELL),
        # the mukhtar's demand to the army command at the funeral (the funeral and «ما حدث» are no events)
        E(True, ["REQUEST"], [13], "وطالب", ["asserted"],
          source=BAHLULIYAH_MUKHTAR, recipient=SY_ARMY_COMMAND, location=BAHLULIYAH, date=TODAY),
        # paragraph 15 (the opposition's silence) holds no event
    ],
)
