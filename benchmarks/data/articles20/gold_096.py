"""Gold of article 096: Omdurman (al-Thawra's eighth quarter market, al-Salha, al-Nau hospital, al-Shuhada stop) and
the Gezira (three villages of East Gezira, al-Azazi, Wad Madani's al-Daraja, al-Managil, al-Kamlin), a Sudanese news
site, 2024-12-10 (Tue)."""
from actors_places import (
                           AZAZI,
                           BUS_VICTIMS,
                           DARAJA_YOUTHS,
                           EAST_GEZIRA,
                           GEZIRA_NOTABLES,
                           GEZIRA_VILLAGERS,
                           GEZIRA_WALI,
                           KAMLIN,
                           KAMLIN_MARKET,
                           KARARI_ER,
                           KRT_HEALTH,
                           KRT_SECURITY,
                           MADANI,
                           MANAGIL,
                           MSF,
                           NAU,
                           NAU_HOSPITAL,
                           POP_RESIST,
                           RESIST_CAPTIVES,
                           RSF_POP,
                           RSF_SD,
                           SAF_SD,
                           SALHA,
                           SHUHADA_STOP,
                           THAWRA,
                           THAWRA_VICTIMS,
)
from common import AIR, ARREST, ATTACK, CLASH, SHELL, D, E, paras_of

SLUG = "omdurman_thawra_market_east_gezira_villages_managil"
ARTICLE = dict(
    id="team20-096", slug=SLUG, published="2024-12-10", outlet="Sada al-Nil news site (fictional)",
    paras=paras_of(f"096_{SLUG}.txt"),
    events=[
        # RSF shells on the al-Thawra market «صباح اليوم الثلاثاء»: headline 0, lead 1 (8 killed), the emergency
        # room's quote 2 (its tally «منذ مطلع الشهر الجاري» is generic), the witnesses' follow-up 8 (the fire that
        # followed is part of it)
        E(True, ["ASSAULT"], [0, 1, 2, 8], "قذائف مدفعية أطلقتها", ["asserted", "reported"], mode="heavy-weapons",
          source=RSF_SD, recipient=THAWRA_VICTIMS, location=THAWRA, date=D("2024-12-10"), fatalities=8,
          attribution=["غرفة طوارئ محلية كرري", "مصدر طبي في مستشفى النو", "شهود عيان"], acled=SHELL, tpara=1),
        # the emergency room's blame of the RSF command («وحمّلت قيادةَ الدعم السريع»)
        E(True, ["ACCUSE"], [2], "وحمّلت", ["asserted"],
          source=KARARI_ER, recipient=RSF_SD, date=D("2024-12-10")),
        # the army spokesman: artillery «دكّت منصات إطلاق القذائف» in al-Salha (the claimed losses are part of it)
        E(True, ["ASSAULT"], [3], "دكّت", ["asserted", "reported"], mode="heavy-weapons",
          source=SAF_SD, recipient=RSF_SD, location=SALHA, date=D("2024-12-10"),
          attribution=["الناطق الرسمي باسم القوات المسلحة السودانية"], acled=SHELL),
        # one sentence, two events: the RSF attack on three villages under one verb (one event, 11 killed, looting
        # part of it) and the clash with the Popular Resistance at al-Azazi that followed (two-sided)
        E(True, ["ASSAULT"], [0, 4], "هاجمت", ["asserted", "reported"], mode="firearms",
          source=RSF_SD, recipient=GEZIRA_VILLAGERS, location=EAST_GEZIRA, date=D("2024-12-09"), fatalities=11,
          attribution=["مؤتمر الجزيرة"], acled=ATTACK, tpara=4),
        E(True, ["ASSAULT"], [4], "اشتباكات", ["asserted", "reported"], mode="firearms",
          source=RSF_POP, location=AZAZI, date=D("2024-12-09"), attribution=["مؤتمر الجزيرة"], acled=CLASH),
        # Wad Madani: five young men arrested «ليل أمس» and taken away (one COERCE); the RSF's hold on the city
        # «منذ أواخر العام الماضي» is a state, no event
        E(True, ["COERCE"], [5], "اعتقلت", ["asserted", "reported"], mode="arrest",
          source=RSF_SD, recipient=DARAJA_YOUTHS, location=MADANI,
          date=D("2024-12-09", "day", ("2024-12-09", "2024-12-10")), attribution=["أحد أقاربهم"], acled=ARREST),
        # the Popular Resistance's new training camp «يوم السبت المقبل» (planned MOBILIZE); its participle call optional
        E(True, ["MOBILIZE"], [6], "ستفتتح", ["planned", "asserted"], mode="troops",
          source=POP_RESIST, location=MANAGIL, date=D("2024-12-14")),
        E(False, ["REQUEST"], [6], "داعيةً", ["asserted"],
          source=POP_RESIST, location=MANAGIL, date=D("2024-12-10")),
        # the governor hosts the notables (CONSULT) and they demand of him («طالبوه», recipient as a pronoun)
        E(True, ["CONSULT"], [7], "استقبل", ["asserted", "reported"], mode="visit",
          source=GEZIRA_WALI, recipient=GEZIRA_NOTABLES, location=MANAGIL, date=D("2024-12-10"),
          attribution=["أمانة حكومة الولاية"]),
        E(True, ["REQUEST"], [7], "طالبوه", ["asserted", "reported"],
          source=GEZIRA_NOTABLES, recipient=GEZIRA_WALI, location=MANAGIL, date=D("2024-12-10"),
          attribution=["أمانة حكومة الولاية"]),
        # rumoured execution of three captured Resistance youths after the al-Azazi clash (unconfirmed); their capture
        # in the relative clause is part of the clash
        E(True, ["ASSAULT"], [9], "إعدام", ["rumored", "reported"], mode="execute",
          source=RSF_SD, recipient=RESIST_CAPTIVES, location=AZAZI,
          date=D("2024-12-09", "day", ("2024-12-09", "2024-12-10")),
          attribution=["صفحات محلية على مواقع التواصل الاجتماعي"], acled=ATTACK),
        # an air strike on al-Kamlin market told by pro-RSF accounts and denied by an army source
        E(True, ["ASSAULT"], [10], "غارة", ["rumored", "negated", "reported"], mode="aerial",
          source=SAF_SD, recipient=KAMLIN_MARKET, location=KAMLIN, date=D("2024-12-09"),
          attribution=["حسابات موالية للدعم السريع", "مصدر عسكري في منطقة كرري العسكرية"], acled=AIR),
        # paragraph 11 is a generic statement (recurring attacks, displacement estimates): deliberately NO gold event
        # MSF's visit to al-Nau hospital next Thursday (planned) and the ministry's medicine shipment, planned and
        # conditional («إذا سمحت الأوضاع الأمنية»), no date
        E(True, ["CONSULT"], [12], "يزور", ["planned", "asserted"], mode="visit",
          source=MSF, recipient=NAU_HOSPITAL, location=NAU, date=D("2024-12-12")),
        E(True, ["AID"], [12], "ستدفع بشحنة أدوية", ["planned", "hypothetical", "reported"], mode="humanitarian",
          source=KRT_HEALTH, recipient=NAU_HOSPITAL, location=NAU, date=None,
          attribution=["وزارة الصحة في ولاية الخرطوم"]),
        # background «وكان … قد» with a day: a shell on a bus «مساء الخميس الماضي» (5); the committee's blame in
        # the relative clause is optional (historical)
        E(True, ["ASSAULT"], [13], "بقذيفة", ["historical", "asserted"], mode="heavy-weapons",
          source=RSF_SD, recipient=BUS_VICTIMS, location=SHUHADA_STOP, date=D("2024-12-05"), fatalities=5,
          acled=SHELL),
        E(False, ["ACCUSE"], [13], "حمّلت", ["historical", "asserted"],
          source=KRT_SECURITY, recipient=RSF_SD, date=D("2024-12-05", "day", ("2024-12-05", "2024-12-06"))),
    ],
)
