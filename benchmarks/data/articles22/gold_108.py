"""Gold of article 108: Sabha (al-Tayouri, al-Manshiya, the Sabha–Ubari road, Brak al-Shati) and Benghazi (al-Salmani,
al-Rajma, Ganfouda), a Libyan southern news site, 2025-01-18 (Sat)."""
from actors_places import (
                           AFRICOM,
                           BENGHAZI_BLOGGER,
                           BENGHAZI_SEC,
                           BLOGGER_FRIENDS,
                           BRAK,
                           DCIM_SABHA,
                           EAST_AUTHORITIES,
                           FUEL_DRIVER,
                           GANFOUDA,
                           GANFOUDA_MIGRANTS,
                           ISA,
                           LNA_GC,
                           MANSHIYA,
                           MIGRANTS_63,
                           MOI_EAST,
                           RAJMA,
                           SABHA_SEC_DIRECTORATE,
                           SABHA_SEC_HQ,
                           SABHA_UBARI_ROAD,
                           SALMANI,
                           SHARARA,
                           SMUGGLING_GANG,
                           TAYOURI,
                           TAYOURI_COUNCIL,
                           TAYOURI_NOTABLES,
                           TBZ,
                           TBZ_TAYOURI,
                           UBARI_DRIVER,
                           UNKNOWN,
                           UNSMIL,
)
from common import ABDUCTION, ARREST, CLASH, PEACEFUL, SHELL, D, E, paras_of

SLUG = "sabha_tayouri_manshiya_benghazi_salmani_rajma_ganfouda"
YESTERDAY = D("2025-01-17")
TODAY = D("2025-01-18")
ARTICLE = dict(
    id="team22-108", slug=SLUG, published="2025-01-18", outlet="Nafithat Fezzan news site (fictional)",
    paras=paras_of(f"108_{SLUG}.txt"),
    events=[
        # the clash in al-Tayouri «مساء أمس الجمعة» between a Tariq bin Ziyad Brigade patrol and local gunmen (two
        # sides; 2 killed, a child and a patrol member): headline 0, lead 1, the brigade's version 2 («تعرضت لإطلاق
        # نار كثيف», «تعاملوا مع مصدر النيران» retell it), the medical follow-up 8 (who the dead were)
        E(True, ["ASSAULT"], [0, 1, 2, 8], "اشتباكات", ["asserted", "reported"], mode="firearms",
          source=TBZ_TAYOURI, location=TAYOURI, date=YESTERDAY, fatalities=2,
          attribution=["مصدر في مركز سبها الطبي", "المكتب الإعلامي للواء «طارق بن زياد»"], acled=CLASH, tpara=1),
        # the patrol's attempt to stop a fuel-truck driver, the cause of the clash (optional: an attempted arrest
        # inside the told event)
        E(False, ["COERCE"], [1], "توقيف", ["asserted"], mode="arrest",
          source=TBZ, recipient=FUEL_DRIVER, location=TAYOURI, date=YESTERDAY),
        # the district's social council condemns the «armed aggression» and blames the General Command: one ACCUSE
        # (the participle blame of the brigade's command is optional, the same recipient)
        E(True, ["ACCUSE"], [2], "أدان", ["asserted"],
          source=TAYOURI_COUNCIL, recipient=LNA_GC, location=TAYOURI,
          date=D("2025-01-18", "day", ("2025-01-17", "2025-01-18"))),
        E(False, ["ACCUSE"], [2], "محمّلاً", ["asserted"],
          source=TAYOURI_COUNCIL, recipient=LNA_GC, location=TAYOURI,
          date=D("2025-01-18", "day", ("2025-01-17", "2025-01-18"))),
        # al-Manshiya: the agency's raid on a smugglers' warehouse, the 63 migrants freed and three gang members
        # arrested (one COERCE); the migrants' captivity before the raid is optional (an ongoing abduction)
        E(True, ["COERCE"], [3], "داهمت", ["asserted", "reported"], mode="arrest",
          source=DCIM_SABHA, recipient=SMUGGLING_GANG, location=MANSHIYA, date=TODAY,
          attribution=["صفحة الجهاز الرسمية"], acled=ARREST),
        E(False, ["ASSAULT"], [3], "محتجزين", ["asserted"], mode="abduct",
          source=SMUGGLING_GANG, recipient=MIGRANTS_63, location=MANSHIYA, date=None, acled=ABDUCTION),
        # Benghazi: the Internal Security Agency arrests a young blogger at home «مساء الخميس» (told by a relative)
        E(True, ["COERCE"], [0, 4], "اعتقل", ["asserted", "reported"], mode="arrest",
          source=ISA, recipient=BENGHAZI_BLOGGER, location=SALMANI, date=D("2025-01-16"),
          attribution=["أحد أقاربه"], acled=ARREST, tpara=4),
        # friends' and relatives' vigil outside the security directorate (PROTEST; the participle demand is
        # optional) and UNSMIL's call on the eastern authorities (REQUEST)
        E(True, ["PROTEST"], [5], "وقفة احتجاجية", ["asserted"], mode="demo",
          source=BLOGGER_FRIENDS, location=BENGHAZI_SEC, date=TODAY, acled=PEACEFUL),
        E(False, ["REQUEST"], [5], "مطالبين", ["asserted"],
          source=BLOGGER_FRIENDS, location=BENGHAZI_SEC, date=TODAY),
        E(True, ["REQUEST"], [5], "دعت", ["asserted"],
          source=UNSMIL, recipient=EAST_AUTHORITIES, date=TODAY),
        # the commander-in-chief receives an AFRICOM delegation at al-Rajma (CONSULT; «بحث معه» is the same meeting)
        E(True, ["CONSULT"], [6], "استقبل", ["asserted", "reported"], mode="visit",
          source=LNA_GC, recipient=AFRICOM, location=RAJMA,
          date=D("2025-01-18", "day", ("2025-01-17", "2025-01-18")), attribution=["المكتب الإعلامي للقيادة"]),
        # a live-fire exercise near Brak al-Shati «ابتداءً من يوم الثلاثاء المقبل» (planned MOBILIZE)
        E(True, ["MOBILIZE"], [7], "مناورة عسكرية", ["planned"], mode="troops",
          source=LNA_GC, location=BRAK, date=D("2025-01-21")),
        # after the clash, General Command vehicles deploy in al-Tayouri and set up checkpoints (MOBILIZE, this
        # morning; the same sentence as the follow-up of the clash)
        E(True, ["MOBILIZE"], [8], "انتشرت", ["asserted"], mode="troops",
          source=LNA_GC, location=TAYOURI, date=TODAY),
        # truck drivers' talk of a driver from Ubari kidnapped for ransom «مساء الأربعاء» (rumoured; the ransom
        # demand is part of the kidnapping)
        E(True, ["ASSAULT"], [9], "خطفوا", ["rumored"], mode="abduct",
          source=UNKNOWN, recipient=UBARI_DRIVER, location=SABHA_UBARI_ROAD, date=D("2025-01-15"),
          attribution=["أوساط سائقي الشاحنات"], acled=ABDUCTION),
        # paragraph 10 is generic (insecurity, recurring clashes, kidnappings and smuggling): NO gold event
        # security men shooting at migrants fleeing the Ganfouda shelter, told by pages and denied by the ministry
        E(True, ["ASSAULT"], [11], "إطلاق عناصر الأمن النار", ["negated", "rumored", "reported"], mode="firearms",
          source=MOI_EAST, recipient=GANFOUDA_MIGRANTS, location=GANFOUDA,
          date=D("2025-01-18", "day", ("2025-01-16", "2025-01-18")),
          attribution=["وزارة الداخلية في الحكومة المكلفة من مجلس النواب", "صفحات على مواقع التواصل"]),
        # al-Tayouri's notables threaten to shut the Sharara field's valves if the patrol members are not handed over
        # (THREATEN asserted; the shutdown itself hypothetical, optional); the school closure is no event
        E(True, ["THREATEN"], [12], "وهدّد", ["asserted"],
          source=TAYOURI_NOTABLES, recipient=LNA_GC, location=TAYOURI, date=TODAY),
        E(False, ["PROTEST"], [12], "إغلاق صمامات حقل الشرارة النفطي", ["hypothetical"], mode="obstruct",
          source=TAYOURI_NOTABLES, location=SHARARA, date=None),
        # background «وكان … قد»: an RPG fired at the Sabha security directorate «فجر الأحد الماضي» (damage, no one
        # hurt: «من دون أن يُصاب أحد» negates only the injuries)
        E(True, ["ASSAULT"], [13], "أطلقوا", ["historical", "asserted"], mode="heavy-weapons",
          source=UNKNOWN, recipient=SABHA_SEC_DIRECTORATE, location=SABHA_SEC_HQ, date=D("2025-01-12"),
          acled=SHELL),
    ],
)
