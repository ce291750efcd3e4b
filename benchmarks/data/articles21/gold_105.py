"""Gold of article 105: Homs city (Karm al-Zeitoun, Akrama, Wadi al-Dhahab, Bab Tadmur, the New Clock square, the
governorate building, al-Bayada and al-Khalidiya, al-Hamidiya, the Masyaf road), a Syrian local news site,
2025-02-18 (Tue)."""
from actors_places import (
                           BAB_TADMUR,
                           BAYADA_KHALIDIYA,
                           DHAHAB_DETAINEES,
                           GRENADE,
                           GRENADE_SUSPECTS,
                           GSA_DHAHAB,
                           GSA_HOMS,
                           GSA_HOMS_CHIEF,
                           HAMIDIYA,
                           HAMIDIYA_CHURCH,
                           HOMS,
                           HOMS_COMMITTEES,
                           HOMS_DETAINEES_FAMILIES,
                           HOMS_FAMILIES_SWAP,
                           HOMS_GOV_BUILDING,
                           HOMS_GOVERNOR,
                           HOMS_GUNMEN,
                           HOMS_MASYAF_ROAD,
                           HOMS_NOTABLES,
                           HOMS_WEST,
                           KARM_AKRAMA,
                           KARM_BROTHERS,
                           KARM_ZEITOUN,
                           NEW_CLOCK,
                           SY_MOI,
                           SY_PRESIDENCY,
                           TADMUR_NOTABLE,
                           TAXI_DRIVER,
                           UNKNOWN,
                           WADI_DHAHAB,
)
from common import ABDUCTION, ARREST, ATTACK, CLASH, PEACEFUL, D, E, paras_of

SLUG = "homs_karm_al_zeitoun_wadi_al_dhahab_bab_tadmur_akrama"
LAST_NIGHT = D("2025-02-17", "day", ("2025-02-17", "2025-02-18"))
ARTICLE = dict(
    id="team21-105", slug=SLUG, published="2025-02-18", outlet="Ain Homs news site (fictional)",
    paras=paras_of(f"105_{SLUG}.txt"),
    events=[
        # two brothers shot dead by gunmen on a motorbike in Karm al-Zeitoun «مساء أمس الإثنين»: headline 0, lead 1,
        # the relative's follow-up 8 (who they were; the month's tally «منذ مطلع شباط» is generic)
        E(True, ["ASSAULT"], [0, 1, 8], "أطلقوا النار", ["asserted", "reported"], mode="firearms",
          source=UNKNOWN, recipient=KARM_BROTHERS, location=KARM_ZEITOUN, date=D("2025-02-17"), fatalities=2,
          attribution=["مراسل «عين حمص»", "مصادر أهلية", "أحد أقارب القتيلين"], acled=ATTACK, tpara=1),
        # General Security's curfew on two quarters from 7 pm yesterday (COERCE); the investigation and the pursuit
        # «تلاحق الجناة» are no events
        E(True, ["COERCE"], [2], "حظراً للتجوال", ["asserted", "reported"], mode="curfew",
          source=GSA_HOMS, location=KARM_AKRAMA, date=LAST_NIGHT, attribution=["إدارة الأمن العام في حمص"]),
        # Wadi al-Dhahab, one sentence, two events: the raid with eleven arrests and the weapons seized (one COERCE)
        # and the clash with holed-up gunmen (two-sided, 2 killed: one from each side)
        E(True, ["COERCE"], [0, 3], "حملة دهم", ["asserted"], mode="arrest",
          source=GSA_HOMS, recipient=DHAHAB_DETAINEES, location=WADI_DHAHAB, date=D("2025-02-18"), acled=ARREST,
          tpara=3),
        E(True, ["ASSAULT"], [0, 3], "اشتباكات", ["asserted"], mode="firearms",
          source=GSA_DHAHAB, location=WADI_DHAHAB, date=D("2025-02-18"), fatalities=2, acled=CLASH, tpara=3),
        # Bab Tadmur, one sentence, two events: a hand grenade on a notable's house (no one hurt) and the arrest of two
        # suspects at a checkpoint hours later
        E(True, ["ASSAULT"], [4], "قنبلة يدوية", ["asserted", "reported"], mode="explosives",
          source=UNKNOWN, recipient=TADMUR_NOTABLE, location=BAB_TADMUR, date=D("2025-02-18"),
          attribution=["مصدر أمني"], acled=GRENADE),
        E(True, ["COERCE"], [4], "أوقف", ["asserted", "reported"], mode="arrest",
          source=GSA_HOMS, recipient=GRENADE_SUSPECTS, location=NEW_CLOCK, date=D("2025-02-18"),
          attribution=["مصدر أمني"], acled=ARREST),
        # the detainees' families' vigil (PROTEST; the earlier raids in the relative clause are generic) and their
        # appeal to the presidency («وناشد المحتجون الرئاسةَ السورية»)
        E(True, ["PROTEST"], [5], "وقف العشرات", ["asserted"], mode="demo",
          source=HOMS_DETAINEES_FAMILIES, location=HOMS_GOV_BUILDING, date=D("2025-02-18"), acled=PEACEFUL),
        E(True, ["REQUEST"], [5], "وناشد", ["asserted"],
          source=HOMS_DETAINEES_FAMILIES, recipient=SY_PRESIDENCY, location=HOMS_GOV_BUILDING,
          date=D("2025-02-18")),
        # a weapons-collection campaign «الأسبوع المقبل» told by SANA on an interior ministry source (planned, week);
        # the referral to court of anyone caught afterwards is hypothetical and generic, no event
        E(True, ["COERCE"], [6], "حملة لجمع السلاح", ["planned", "reported"], mode="confiscate",
          source=SY_MOI, location=HOMS_WEST, date=D("2025-02-24", "week", ("2025-02-23", "2025-03-01")),
          attribution=["الوكالة العربية السورية للأنباء «سانا»", "مصدر في وزارة الداخلية"]),
        # the governor receives the notables (CONSULT)
        E(True, ["CONSULT"], [7], "استقبل", ["asserted", "reported"], mode="visit",
          source=HOMS_GOVERNOR, recipient=HOMS_NOTABLES, location=HOMS_GOV_BUILDING, date=D("2025-02-18"),
          attribution=["المحافظة"]),
        # a rumoured swap of held young men between two families «ليل أمس» (RETREAT: releases carried out; COOPERATE
        # accepted); the holding «منذ نحو أسبوع» is background
        E(True, ["RETREAT", "COOPERATE"], [9], "صفقة تبادل", ["rumored", "reported"], mode="release",
          source=HOMS_FAMILIES_SWAP, location=BAYADA_KHALIDIYA, date=LAST_NIGHT,
          attribution=["ناشطون على «فيسبوك»"]),
        # a storming of a church in al-Hamidiya told by pages and denied by the governorate's media office (the patrol
        # stopping outside on request is no event)
        E(True, ["COERCE"], [10], "اقتحام", ["rumored", "negated", "reported"], mode="seize",
          source=GSA_HOMS, recipient=HAMIDIYA_CHURCH, location=HAMIDIYA,
          date=D("2025-02-18", "day", ("2025-02-16", "2025-02-18")),
          attribution=["صفحات على مواقع التواصل", "مدير المكتب الإعلامي في محافظة حمص"]),
        # paragraph 11 is generic (recurring killings and kidnappings, fears of revenge): NO gold event
        # the committees' meeting with the General Security commander «يوم الخميس المقبل» (planned CONSULT) and the
        # families' threat (THREATEN) of a hunger strike «إذا لم يُكشف» (the strike itself hypothetical, optional)
        E(True, ["CONSULT"], [12], "يلتقي", ["planned", "asserted"], mode="visit",
          source=HOMS_COMMITTEES, recipient=GSA_HOMS_CHIEF, location=HOMS, date=D("2025-02-20")),
        E(True, ["THREATEN"], [12], "هدّد", ["asserted"],
          source=HOMS_DETAINEES_FAMILIES, location=HOMS_GOV_BUILDING, date=D("2025-02-18")),
        E(False, ["PROTEST"], [12], "إضراب مفتوح عن الطعام", ["hypothetical"], mode="strike",
          source=HOMS_DETAINEES_FAMILIES, location=HOMS_GOV_BUILDING, date=None),
        # background «وكان … قد»: a taxi driver kidnapped for ransom «مساء الخميس الماضي» (the ransom demand is part
        # of the kidnapping)
        E(True, ["ASSAULT"], [13], "اختطفوا", ["historical", "asserted"], mode="abduct",
          source=HOMS_GUNMEN, recipient=TAXI_DRIVER, location=HOMS_MASYAF_ROAD, date=D("2025-02-13"),
          acled=ABDUCTION),
    ],
)
