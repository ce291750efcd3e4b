"""Gold of article 607: Kabani and the hills of Jabal al-Akrad (Latakia), the villages of the al-Ghab plain,
al-Suqaylbiyah, Jurin and Mhardeh (Hama), Latakia city, a Damascus-based pro-government daily's website,
2019-05-21 (Tue)."""
from actors_places import (
    DMZ,
    FOREIGN_FIGHTERS,
    GHAB,
    GHAB_MILITANTS,
    GHAB_VILLAGES,
    HAMA_AND_SARC,
    HAMA_GOVERNOR,
    JABAL_AKRAD,
    JURIN,
    JURIN_FAMILIES,
    KABANI,
    KABANI_FRONTS,
    KABANI_HILLS,
    LATAKIA_AUTHORITIES,
    LATAKIA_CITY,
    LATAKIA_SUSPECTS,
    MHARDEH,
    MHARDEH_VICTIMS,
    MILITANTS_607,
    SAA_607,
    SAA_AND_JIHADISTS,
    SAA_ARTILLERY,
    SAA_ASSAULT_UNITS,
    SAA_COMMANDER,
    SOUTH_IDLIB,
    SUQAYLBIYAH,
    SUQAYLBIYAH_CIVILIANS,
    SUQAYLBIYAH_COUNCIL,
    SY_AIR_FORCE,
    SY_MFA,
    TR_GUARANTOR,
    TR_REGIME,
    UNSC,
)
from common import ARREST, CLASH, SHELL, D, E, paras_of

SLUG = "latakia_2019_kabani_akrad_ghab_suqaylbiyah"
YESTERDAY = D("2019-05-20")
LAST_NIGHT = D("2019-05-20", "day", ("2019-05-20", "2019-05-21"))
LATELY = D("2019-05-21", "day", ("2019-05-20", "2019-05-21"))
ARTICLE = dict(
    id="team122-607", slug=SLUG, published="2019-05-21",
    outlet="al-Manara, a Damascus-based pro-government daily's website (fictional)",
    paras=paras_of(f"607_{SLUG}.txt"),
    events=[
        # the main event, first in the lead (dateline «الحفة», the district centre; the fighting is on the
        # hills of Kabani): a day of clashes between the army and the jihadist groups, five soldiers killed
        # (one number; the jihadists' «خسائر فادحة» has none); ¶2 the units falling back, ¶5 the other side's
        # claim, ¶15 the funeral of «الشهداء الخمسة»; the headline names it
        E(True, ["ASSAULT"], [0, 1, 2, 5, 15], "اشتباكات", ["asserted", "reported"], mode="firearms",
          source=SAA_AND_JIHADISTS, location=KABANI_HILLS, date=YESTERDAY, fatalities=5,
          attribution=["مصدر ميداني"], acled=CLASH, tpara=1),
        # ¶2: the assault units fall back to their starting points (optional RETREAT)
        E(False, ["RETREAT"], [2], "تعيد تموضعها", ["asserted", "reported"], mode="withdraw",
          source=SAA_ASSAULT_UNITS, location=KABANI_HILLS, date=YESTERDAY),
        # ¶3: army artillery and rocket launchers on three villages of the al-Ghab plain (core ASSAULT,
        # Shelling); the concurrent air strikes on the supply roads are optional
        E(True, ["ASSAULT"], [0, 3], "استهدفت", ["asserted"], mode="heavy-weapons", source=SAA_ARTILLERY,
          recipient=GHAB_MILITANTS, location=GHAB_VILLAGES, date=LAST_NIGHT, acled=SHELL, tpara=3),
        E(False, ["ASSAULT"], [3], "غارات", ["asserted"], mode="aerial", source=SY_AIR_FORCE,
          location=SOUTH_IDLIB, date=LAST_NIGHT),
        # ¶4: rockets from the plain on al-Suqaylbiyah, four civilians wounded (core ASSAULT, Shelling, no
        # death)
        E(True, ["ASSAULT"], [4], "وطالت", ["asserted", "reported"], mode="heavy-weapons",
          source=MILITANTS_607, recipient=SUQAYLBIYAH_CIVILIANS, location=SUQAYLBIYAH, date=YESTERDAY,
          attribution=["مصدر في مستشفى المدينة"], acled=SHELL),
        # ¶5, the jihadists' claim, is a paragraph of the main event
        # ¶6: foreign fighters said to reach Kabani, not verified (core MOBILIZE, rumored)
        E(True, ["MOBILIZE"], [6], "وصول", ["rumored", "reported"], mode="troops", source=FOREIGN_FIGHTERS,
          location=KABANI, date=None, attribution=["مصادر أهلية في ريف جسر الشغور"]),
        # paragraph 7 (Kabani and its hills: a description) holds no event
        # ¶8, verb–subject–object: a field commander's threat (core THREATEN); the operations to go on are
        # optional (hypothetical)
        E(True, ["THREATEN"], [8], "وتوعّد", ["asserted"], mode="violence", source=SAA_COMMANDER,
          recipient=MILITANTS_607, location=JABAL_AKRAD, date=LATELY),
        E(False, ["ASSAULT"], [8], "مواصلة العمليات", ["hypothetical", "planned"], source=SAA_607,
          location=JABAL_AKRAD, date=None),
        # ¶9: the governor of Hama to visit al-Suqaylbiyah tomorrow (core planned CONSULT visit); his meeting
        # with the council there is optional
        E(True, ["CONSULT"], [9], "يزور", ["planned"], mode="visit", source=HAMA_GOVERNOR,
          location=SUQAYLBIYAH, date=D("2019-05-22")),
        E(False, ["CONSULT"], [9], "يلتقي", ["planned"], source=HAMA_GOVERNOR, recipient=SUQAYLBIYAH_COUNCIL,
          location=SUQAYLBIYAH, date=D("2019-05-22")),
        # ¶10: the groups have not left the demilitarised zone (core RETREAT, negated); the Sochi agreement of
        # September is optional (historical), and so are their attacks «انطلاقاً منها» (generic)
        E(True, ["RETREAT"], [10], "تنسحب", ["negated"], mode="withdraw", source=MILITANTS_607, location=DMZ,
          date=LATELY),
        E(False, ["AGREE"], [10], "اتفاق", ["historical"], source=TR_GUARANTOR,
          date=D("2018-09-01", "month", ("2018-09-01", "2018-09-30"))),
        E(False, ["ASSAULT"], [10], "اعتداءاتها", ["generic"], source=MILITANTS_607, location=DMZ, date=None),
        # background at another place, in «وكانت … قد»: rockets on Mhardeh on 6 May (core, historical, 2;
        # Shelling)
        E(True, ["ASSAULT"], [11], "استهدفت", ["historical", "asserted"], mode="heavy-weapons",
          source=MILITANTS_607, recipient=MHARDEH_VICTIMS, location=MHARDEH, date=D("2019-05-06"),
          fatalities=2, acled=SHELL),
        # ¶12: the foreign ministry holds the Turkish government responsible (core ACCUSE) and, in a
        # participle clause, asks the Security Council to act (core REQUEST)
        E(True, ["ACCUSE"], [12], "حمّلت", ["asserted"], source=SY_MFA, recipient=TR_REGIME, date=LATELY),
        E(True, ["REQUEST"], [12], "مطالبة", ["asserted"], source=SY_MFA, recipient=UNSC, date=LATELY),
        # paragraph 13 (a woman of al-Suqaylbiyah: her words) holds no event
        # ¶14: food and blankets for families in Jurin (core AID); their leaving the villages of the plain is
        # optional
        E(True, ["AID"], [14], "ووزعت", ["asserted"], mode="humanitarian", source=HAMA_AND_SARC,
          recipient=JURIN_FAMILIES, location=JURIN, date=LATELY),
        E(False, ["RETREAT"], [14], "خروجها", ["asserted"], source=JURIN_FAMILIES, location=GHAB,
          date=D("2019-05-17", "week", ("2019-05-13", "2019-05-21"))),
        # ¶15, the funeral, is a paragraph of the main event
        # ¶16: three people arrested in Latakia yesterday (core COERCE arrest, Arrests)
        E(True, ["COERCE"], [16], "القبض", ["asserted", "reported"], mode="arrest",
          source=LATAKIA_AUTHORITIES, recipient=LATAKIA_SUSPECTS, location=LATAKIA_CITY, date=YESTERDAY,
          attribution=["مصدر في قيادة شرطة المحافظة"], acled=ARREST),
        # ¶17: reinforcements reach the Kabani fronts last night (core MOBILIZE); the resumption of the
        # operation they prepare is optional (planned)
        E(True, ["MOBILIZE"], [17], "تعزيزات", ["asserted", "reported"], mode="troops",
          source=SAA_ASSAULT_UNITS, location=KABANI_FRONTS, date=LAST_NIGHT, attribution=["مراسل «المنارة»"]),
        E(False, ["ASSAULT"], [17], "لاستئناف العملية", ["planned"], source=SAA_607, location=KABANI_FRONTS,
          date=None),
    ],
)
