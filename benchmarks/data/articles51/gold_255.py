"""Gold of article 255: the Nafusa Mountains (Nalut, Ghazaya, Yafran, al-Qalaa, Zintan, Jadu, the Wazin
crossing) and Dhehiba in Tunisia, a Libyan news site of the mountain's rebels, 2011-05-12 (Thu)."""
from actors_places import (
    DHEHIBA,
    DHEHIBA_VICTIMS,
    GADDAFI_FORCES,
    GADDAFI_GOV,
    GHAZAYA,
    GHAZAYA_POSITIONS,
    JADU,
    JADU_PROTESTERS,
    LY_CHARGE,
    LY_REBELS,
    LY_REBELS_THREATENED,
    MOUNTAIN_COUNCILS,
    NAFUSA,
    NALUT,
    NALUT_CIVILIANS,
    NALUT_COUNCIL,
    NALUT_MIL_COUNCIL,
    NALUT_RESIDENTS,
    NATO,
    NTC,
    QALAA,
    TATAOUINE_CHARITIES,
    TUNISIA,
    WAZIN_NALUT,
    YAFRAN,
    YAFRAN_CAPTIVES,
    YAFRAN_FIGHT,
    ZINTAN,
    ZINTAN_MIL_COUNCIL,
)
from common import AIR, CLASH, PEACEFUL, SHELL, D, E, paras_of

SLUG = "nalut_2011_yafran_ghazaya_wazin_zintan_dhehiba"
TODAY = D("2011-05-12")
SINCE_YESTERDAY = D("2011-05-12", "day", ("2011-05-11", "2011-05-12"))
ARTICLE = dict(
    id="team51-255", slug=SLUG, published="2011-05-12", outlet="Bawwabat al-Jabal news site (fictional)",
    paras=paras_of(f"255_{SLUG}.txt"),
    events=[
        # the Grad rockets fired by Gaddafi's forces from Ghazaya on Nalut «عصر أمس الأربعاء»: headline 0,
        # lead 1 (the local council's health committee: four), the follow-up 6 (a doctor: six after two died
        # overnight; a resident's account; state television ignores the civilian dead) → 4
        E(True, ["ASSAULT"], [0, 1, 6], "سقوط أكثر من ثلاثين صاروخاً", ["asserted", "reported"],
          mode="heavy-weapons", source=GADDAFI_FORCES, recipient=NALUT_CIVILIANS, location=NALUT,
          date=D("2011-05-11"), fatalities=4,
          attribution=["اللجنة الصحية التابعة للمجلس المحلي", "طبيب في مستشفى المدينة",
                       "أحد سكان الحي الشرقي", "التلفزيون الليبي الرسمي"], acled=SHELL, tpara=1),
        # the attack on Yafran's eastern entrance repelled by the rebels: one fight, two-sided (one rebel
        # killed; headline); the capture of three of Gaddafi's men optional
        E(True, ["ASSAULT"], [0, 2], "هجوماً شنّته الكتائب", ["asserted", "reported"], mode="heavy-weapons",
          source=YAFRAN_FIGHT, location=YAFRAN, date=TODAY, fatalities=1, attribution=["قائد ميداني في يفرن"],
          acled=CLASH, tpara=2),
        E(False, ["ASSAULT"], [2], "وأُسر", ["asserted", "reported"], mode="abduct",
          source=LY_REBELS, recipient=YAFRAN_CAPTIVES, location=YAFRAN, date=TODAY),
        # NATO's strikes near Ghazaya (the rebels, confirmed by a NATO statement)
        E(True, ["ASSAULT"], [3], "أغارت", ["reported", "asserted"], mode="aerial",
          source=NATO, recipient=GHAZAYA_POSITIONS, location=GHAZAYA, date=SINCE_YESTERDAY,
          attribution=["الثوار", "بيان مقتضب للحلف"], acled=AIR),
        # paragraph 4 (Nalut and its crossing) holds no event
        # the convoy from Tataouine's charities through the Wazin crossing
        E(True, ["AID"], [5], "قافلة", ["asserted"], mode="humanitarian",
          source=TATAOUINE_CHARITIES, recipient=NALUT_COUNCIL, location=WAZIN_NALUT, date=TODAY),
        # the Nalut military council: an accusation of Gaddafi's forces and a demand to NATO
        E(True, ["ACCUSE"], [7], "واتهم", ["asserted"],
          source=NALUT_MIL_COUNCIL, recipient=GADDAFI_FORCES, date=SINCE_YESTERDAY),
        E(True, ["REQUEST"], [7], "وطالب", ["asserted"],
          source=NALUT_MIL_COUNCIL, recipient=NATO, date=SINCE_YESTERDAY),
        # a column of Gaddafi's forces said to have entered al-Qalaa: rumoured, denied by its local council
        E(True, ["MOBILIZE", "ASSAULT"], [8], "دخول رتل للكتائب", ["rumored", "negated", "reported"],
          mode="troops", source=GADDAFI_FORCES, location=QALAA, date=SINCE_YESTERDAY,
          attribution=["أنباء راجت في مدن الجبل", "عضو في المجلس المحلي للبلدة"]),
        # the Gaddafi government spokesman's conditional threat (made); the «purge» optional, hypothetical
        E(True, ["THREATEN"], [9], "وهدد", ["asserted"], mode="violence",
          source=GADDAFI_GOV, recipient=LY_REBELS_THREATENED, date=SINCE_YESTERDAY),
        E(False, ["ASSAULT"], [9], "تطهير الجبل الغربي", ["hypothetical"], mode="firearms",
          source=GADDAFI_FORCES, recipient=LY_REBELS_THREATENED, location=NAFUSA, date=None),
        # the NTC delegation meets Zintan's military council; the first ammunition shipment «within days»
        # (planned)
        E(True, ["CONSULT"], [10], "التقى وفد", ["asserted", "reported"], mode="visit",
          source=NTC, recipient=ZINTAN_MIL_COUNCIL, location=ZINTAN, date=SINCE_YESTERDAY,
          attribution=["أحد أعضاء الوفد"]),
        E(True, ["AID"], [10], "أول شحنة من الذخائر", ["planned"], mode="military",
          source=NTC, recipient=ZINTAN_MIL_COUNCIL, location=ZINTAN,
          date=D("2011-05-15", "week", ("2011-05-13", "2011-05-22"))),
        # paragraph 11 (the refugees in southern Tunisia, an aggregate) is generic: no event
        # the demonstration in Jadu; its support of the NTC optional
        E(True, ["PROTEST"], [12], "مظاهرة", ["asserted"], mode="demo",
          source=JADU_PROTESTERS, location=JADU, date=D("2011-05-11"), acled=PEACEFUL),
        E(False, ["SUPPORT"], [12], "تأييدهم", ["asserted"],
          source=JADU_PROTESTERS, recipient=NTC, date=D("2011-05-11")),
        # the mountain's military councils meet in Zintan on Saturday (planned)
        E(True, ["CONSULT"], [13], "اجتماع موسّع", ["planned"], mode="multilateral",
          source=MOUNTAIN_COUNCILS, location=ZINTAN, date=D("2011-05-14")),
        # background at another place: shells on Dhehiba (Tunisia) «مساء الأحد الماضي» (core, historical);
        # Tunis summoning the Libyan chargé d'affaires and Nalut's uprising of late February optional,
        # historical
        E(True, ["ASSAULT"], [14], "ثلاث قذائف", ["historical", "asserted"], mode="heavy-weapons",
          source=GADDAFI_FORCES, recipient=DHEHIBA_VICTIMS, location=DHEHIBA, date=D("2011-05-08"),
          acled=SHELL),
        E(False, ["ACCUSE"], [14], "واستدعت", ["historical", "asserted"],
          source=TUNISIA, recipient=LY_CHARGE, date=D("2011-05-09", "day", ("2011-05-08", "2011-05-11"))),
        E(False, ["PROTEST"], [14], "انتفضوا", ["historical"], mode="demo",
          source=NALUT_RESIDENTS, location=NALUT,
          date=D("2011-02-22", "month", ("2011-02-17", "2011-02-28"))),
        # paragraph 15 (shortages in Nalut) holds no event
    ],
)
