"""Gold of article 188: eastern Ghouta after the fall of Kafr Batna and Saqba (Jaramana, Ein Tarma, Hamouriyah,
Zamalka), a loyalist news network, 2018-03-20 (Tue)."""
from actors_places import (
    ADRA_SHELTERS,
    ARBIN_FIGURES,
    ARBIN_ZAMALKA,
    CORRIDOR,
    DOUMA,
    DOUMA_PEOPLE,
    EAST_GHOUTA,
    EIN_TARMA,
    EIN_TARMA_ARBIN,
    EIN_TARMA_ZAMALKA,
    FAYLAQ,
    GHOUTA_CIVILIANS,
    GHOUTA_MILITANTS,
    HAMOURIYAH,
    HAZZEH,
    JARAMANA,
    JARAMANA_VICTIMS,
    KAFR_BATNA_SAQBA,
    RU_RECONCILIATION,
    RUSSIAN_OFFICERS,
    SAA,
    SAA_FAYLAQ,
    SAA_SOLDIER,
    SAQBA,
    SARC,
    SURRENDERED,
    SY_MOFA,
    SY_SECURITY_188,
    UN_SARC,
    WANTED_FIVE,
    WESTERN_STATES,
    ZAMALKA_SNIPER,
)
from common import ARREST, ATTACK, CLASH, SHELL, D, E, paras_of

SLUG = "eastern_ghouta_2018_kafr_batna_saqba_jaramana_ein_tarma"
ARTICLE = dict(
    id="team38-188", slug=SLUG, published="2018-03-20", outlet="Areen al-Sham news network (fictional)",
    paras=paras_of(f"188_{SLUG}.txt"),
    events=[
        # rocket shells on Jaramana this morning: headline 0, lead 1 (police source via SANA: 3), the correspondent's
        # details 8 (six shells, the girl; local pages: 4; launched from an area of Faylaq al-Rahman) → 3
        E(True, ["ASSAULT"], [0, 1, 8], "قذائف صاروخية", ["asserted", "reported"], mode="heavy-weapons",
          source=GHOUTA_MILITANTS, recipient=JARAMANA_VICTIMS, location=JARAMANA, date=D("2018-03-20"), fatalities=3,
          attribution=["مصدر في قيادة شرطة ريف دمشق لسانا", "مراسل الشبكة", "صفحات محلية"], acled=SHELL, tpara=1),
        # the army's fight with Faylaq al-Rahman south of Ein Tarma since dawn (headline 0: the advance); the
        # artillery preparation and the advance are the same battle; «عدد من المسلحين» → 3
        E(True, ["ASSAULT"], [0, 2], "اشتباكات عنيفة", ["asserted", "reported"], mode="firearms",
          source=SAA_FAYLAQ, location=EIN_TARMA, date=D("2018-03-20"), fatalities=3,
          attribution=["مراسل الشبكة"], acled=CLASH, tpara=2),
        # the engineers' clearing of Kafr Batna and Saqba (dismantling is no event), the seizure of a depot and a
        # workshop in Saqba (COERCE confiscate); the militants' flight before it (optional, historical)
        E(True, ["COERCE"], [3], "ضبطت", ["asserted", "reported"], mode="confiscate",
          source=SAA, location=SAQBA, date=D("2018-03-20", "day", ("2018-03-19", "2018-03-20")),
          attribution=["مصدر ميداني"]),
        E(False, ["RETREAT"], [3], "فرارهم", ["historical"], mode="withdraw",
          source=GHOUTA_MILITANTS, location=KAFR_BATNA_SAQBA, date=None),
        # the exit of more than 2,500 civilians secured by the army through the Hamouriyah corridor (RETREAT access),
        # and the militants firing at families on their way to it (told by local sources)
        E(True, ["RETREAT", "AID"], [4], "خروج", ["asserted"], mode="access",
          source=SAA, recipient=GHOUTA_CIVILIANS, location=HAMOURIYAH,
          date=D("2018-03-20", "day", ("2018-03-19", "2018-03-20"))),
        E(True, ["ASSAULT"], [4], "أطلقوا النار", ["reported"], mode="firearms",
          source=GHOUTA_MILITANTS, recipient=GHOUTA_CIVILIANS, location=EIN_TARMA_ZAMALKA,
          date=D("2018-03-20", "day", ("2018-03-19", "2018-03-20")), attribution=["مصادر أهلية"], acled=ATTACK),
        # SARC's distribution in the shelters (the governorate's cooperation is part of it)
        E(True, ["AID"], [5], "وزّعت", ["asserted"], mode="humanitarian",
          source=SARC, recipient=GHOUTA_CIVILIANS, location=ADRA_SHELTERS, date=D("2018-03-20")),
        # rumoured contacts with Russian officers about taking Faylaq's fighters north, denied by its spokesman; the
        # evacuation they would arrange (optional, rumoured)
        E(True, ["CONSULT"], [6], "اتصالات", ["rumored", "negated", "reported"], mode="third-party",
          source=ARBIN_FIGURES, recipient=RUSSIAN_OFFICERS, location=ARBIN_ZAMALKA, date=None,
          attribution=["أوساط ميدانية", "المتحدث باسم الفيلق"]),
        E(False, ["RETREAT"], [6], "لإخراج", ["rumored", "planned"], mode="withdraw",
          source=FAYLAQ, location=ARBIN_ZAMALKA, date=None),
        # paragraph 7: a walk through Kafr Batna, no event
        # five wanted men arrested among those leaving at the corridor
        E(True, ["COERCE"], [9], "القبض", ["asserted", "reported"], mode="arrest",
          source=SY_SECURITY_188, recipient=WANTED_FIVE, location=CORRIDOR,
          date=D("2018-03-20", "day", ("2018-03-19", "2018-03-20")), attribution=["مصدر أمني"], acled=ARREST),
        # yesterday's surrender of over 120 gunmen with their weapons (RETREAT disarm); the settlement of their
        # status (optional AGREE); the service they must rejoin is no event
        E(True, ["RETREAT"], [10], "سلّم", ["asserted"], mode="disarm",
          source=SURRENDERED, recipient=SY_SECURITY_188, location=KAFR_BATNA_SAQBA, date=D("2018-03-19")),
        E(False, ["AGREE", "CONCEDE"], [10], "جرت تسوية", ["asserted"],
          recipient=SURRENDERED, location=KAFR_BATNA_SAQBA, date=D("2018-03-19")),
        # the Russian reconciliation centre: accusation and call to lay down arms; its pledge that the corridors
        # stay open (optional)
        E(True, ["ACCUSE"], [11], "اتهم", ["asserted"],
          source=RU_RECONCILIATION, recipient=GHOUTA_MILITANTS, location=EIN_TARMA_ARBIN,
          date=D("2018-03-20", "day", ("2018-03-19", "2018-03-20"))),
        E(True, ["REQUEST"], [11], "ودعاهم", ["asserted"],
          source=RU_RECONCILIATION, recipient=GHOUTA_MILITANTS, location=EIN_TARMA_ARBIN,
          date=D("2018-03-20", "day", ("2018-03-19", "2018-03-20"))),
        E(False, ["CONCEDE", "AGREE"], [11], "ستبقى مفتوحة", ["planned", "asserted"],
          source=RU_RECONCILIATION, location=EIN_TARMA_ARBIN, date=None),
        # the foreign ministry's rejection of a Western joint statement
        E(True, ["REJECT"], [12], "رفضت", ["asserted"],
          source=SY_MOFA, recipient=WESTERN_STATES, location=EAST_GHOUTA,
          date=D("2018-03-20", "day", ("2018-03-19", "2018-03-20"))),
        # background: the 2012 takeover and the February offensive (optional, historical)
        E(False, ["ASSAULT", "COERCE"], [13], "سيطرت", ["historical"], mode="seize",
          source=GHOUTA_MILITANTS, location=KAFR_BATNA_SAQBA,
          date=D("2012-11-15", "month", ("2012-10-01", "2012-12-31"))),
        E(False, ["ASSAULT"], [13], "عمليته العسكرية", ["historical"], mode="heavy-weapons",
          source=SAA, location=EAST_GHOUTA, date=D("2018-02-18")),
        # the UN/SARC convoy due in Douma on Thursday (planned)
        E(True, ["AID"], [14], "قافلة مساعدات", ["planned"], mode="humanitarian",
          source=UN_SARC, recipient=DOUMA_PEOPLE, location=DOUMA, date=D("2018-03-22"),
          attribution=["مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية في دمشق"]),
        # background: a soldier killed by a sniper from Zamalka on Saturday evening
        E(True, ["ASSAULT"], [15], "برصاص قناص", ["historical", "asserted"], mode="firearms",
          source=ZAMALKA_SNIPER, recipient=SAA_SOLDIER, location=HAZZEH, date=D("2018-03-17"), fatalities=1,
          acled=CLASH),
        # paragraph 16: services and waiting, no event
    ],
)
