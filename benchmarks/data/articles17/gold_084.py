"""Gold of article 084: Misrata (Qasr Ahmed), Abu Grein, Sirte, Tawergha, a Libyan news site, 2024-10-22 (Tue)."""
from actors_places import (
                           ABU_GREIN,
                           ABUGREIN_PROTESTERS,
                           ALL_PARTIES_LY,
                           CEASEFIRE_PARTIES,
                           GNU_MOI,
                           GNU_NOC,
                           LNA,
                           MISRATA,
                           MISRATA_COUNCIL,
                           MISRATA_GROUPS,
                           MISRATA_POLICE,
                           QASR_AHMED,
                           SIRTE,
                           SIRTE_JIZA,
                           SIRTE_UNITS,
                           SIRTE_YOUTHS,
                           SPOILERS,
                           TAWERGHA,
                           TAWERGHA_VICTIM,
                           UNKNOWN,
                           UNSMIL,
                           ZLITEN_MISRATA,
)
from common import ABDUCTION, AGREEMENT, ARREST, CLASH, OTHER, D, E, paras_of

SLUG = "libya_misrata_qasr_ahmed_abu_grein_sirte"
ARTICLE = dict(
    id="team17-084", slug=SLUG, published="2024-10-22", outlet="al-Sahil al-Awsat news site (fictional)",
    paras=paras_of(f"084_{SLUG}.txt"),
    events=[
        # the two-sided clash: headline 0, lead 1 (two unnamed groups, one killed), the follow-up 8 that names the
        # sides and gives the hospital's toll (one body, four wounded) → 1; both sides are sources
        E(True, ["ASSAULT"], [0, 1, 8], "اشتباكات", ["asserted", "reported"], mode="firearms",
          source=MISRATA_GROUPS, location=QASR_AHMED, date=D("2024-10-21"), fatalities=1,
          attribution=["سكان من المنطقة", "مصدر في مديرية أمن مصراتة", "مركز مصراتة الطبي"], acled=CLASH,
          tpara=1),
        # the ceasefire reached through the elders (its terms no events) and the withdrawal carried out at dawn
        E(True, ["AGREE"], [2], "اتفاق لوقف إطلاق النار", ["asserted"],
          source=CEASEFIRE_PARTIES, location=QASR_AHMED, date=D("2024-10-21", "day", ("2024-10-21", "2024-10-22")),
          acled=AGREEMENT),
        E(True, ["RETREAT"], [2], "بالانسحاب", ["asserted"], mode="withdraw",
          source=MISRATA_GROUPS, location=QASR_AHMED, date=D("2024-10-22")),
        # the interior ministry's threat (issued in Tripoli; no place word in the sentence: no location)
        E(True, ["THREATEN"], [3], "توعّدت", ["asserted"], mode="arrest",
          source=GNU_MOI, recipient=SPOILERS, date=D("2024-10-22")),
        # the Abu Grein road block (headline 0) and the protesters' demand
        E(True, ["PROTEST"], [0, 4], "أغلق عشرات المحتجين", ["asserted"], mode="obstruct",
          source=ABUGREIN_PROTESTERS, location=ABU_GREIN, date=D("2024-10-22"),
          acled=["Protests/Peaceful protest", "Riots/Violent demonstration"], tpara=4),
        E(True, ["REQUEST"], [4], "وطالبوا", ["asserted"],
          source=ABUGREIN_PROTESTERS, recipient=GNU_NOC, location=ABU_GREIN, date=D("2024-10-22")),
        # one sentence: a raid with six arrests in Sirte and the release of two of them hours later
        E(True, ["COERCE"], [5], "واعتقلت", ["asserted", "reported"], mode="arrest",
          source=LNA, recipient=SIRTE_YOUTHS, location=SIRTE_JIZA, date=D("2024-10-22"),
          attribution=["مصادر محلية"], acled=ARREST),
        E(True, ["RETREAT"], [5], "أفرجت", ["asserted", "reported"], mode="release",
          source=LNA, recipient=SIRTE_YOUTHS, location=SIRTE_JIZA, date=D("2024-10-22"),
          attribution=["مصادر محلية"]),
        # UNSMIL welcomes the truce (SUPPORT of the agreement, no actor recipient; «باتفاق التهدئة» is a
        # back-reference, not a new AGREE) and calls on
        # all parties (the content no event)
        E(True, ["SUPPORT"], [6], "ورحّبت", ["asserted"],
          source=UNSMIL, location=MISRATA, date=D("2024-10-22")),
        E(True, ["REQUEST"], [6], "ودعت", ["asserted"],
          source=UNSMIL, recipient=ALL_PARTIES_LY, location=MISRATA, date=D("2024-10-22")),
        # the rumoured reinforcements from Zliten, unconfirmed
        E(True, ["MOBILIZE"], [7], "تعزيزات", ["rumored"], mode="troops",
          source=MISRATA_GROUPS, location=ZLITEN_MISRATA, date=D("2024-10-21", "day", ("2024-10-21", "2024-10-22"))),
        # a clash in Sirte told by local pages and denied (the celebratory fire is no event)
        E(True, ["ASSAULT"], [9], "اشتباكات", ["rumored", "negated", "reported"], mode="firearms",
          source=SIRTE_UNITS, location=SIRTE, date=D("2024-10-21"),
          attribution=["صفحات محلية", "بيان مديرية أمن سرت"], acled=CLASH),
        # the planned meeting on Thursday; the protesters' conditional threat (its addressee
        # unnamed; the new road block optional)
        E(True, ["CONSULT"], [10], "يلتقي", ["planned"], mode="third-party",
          source=MISRATA_COUNCIL, recipient=MISRATA_GROUPS, location=MISRATA, date=D("2024-10-24")),
        E(True, ["THREATEN"], [10], "هدّد", ["asserted"], mode="obstruct",
          source=ABUGREIN_PROTESTERS, location=ABU_GREIN, date=D("2024-10-22")),
        E(False, ["PROTEST"], [10], "بإغلاق الطريق", ["hypothetical"], mode="obstruct",
          source=ABUGREIN_PROTESTERS, location=ABU_GREIN, date=None),
        # paragraph 11 is a generic statement: deliberately NO gold event
        # the ban on armed vehicles in residential quarters
        E(True, ["COERCE"], [12], "منع تجوّل الآليات المسلحة", ["asserted"], mode="ban",
          source=MISRATA_POLICE, location=MISRATA, date=D("2024-10-22"), acled=OTHER),
        # background: Thursday before a Tuesday, an abduction by unknown gunmen
        E(True, ["ASSAULT"], [13], "خطفوا", ["historical", "asserted", "reported"], mode="abduct",
          source=UNKNOWN, recipient=TAWERGHA_VICTIM, location=TAWERGHA, date=D("2024-10-17"),
          attribution=["عائلة المخطوف"], acled=ABDUCTION),
    ],
)
