"""Gold of article 536: the eastern Deir ez-Zor countryside (Hajin, al-Susah, al-Shafah, the al-Tanak field,
al-Shuhayl, al-Bukamal, and al-Qaim across the border), a Deir ez-Zor activists' news network's website,
2018-11-21 (Wed)."""
from actors_places import (
    BUKAMAL,
    COALITION,
    COALITION_SPOKESMAN,
    DEZ_CIVIL_COUNCIL,
    DEZ_NOTABLES,
    HAJIN,
    HAJIN_YOUNG_MEN,
    IQ_FORCES,
    ISIS_536,
    ISIS_REGIME,
    POCKET_CIVILIANS,
    POCKET_FAMILIES,
    POCKET_MEN,
    POCKET_ROUTE,
    QAIM,
    SDF,
    SDF_COMMANDER,
    SDF_ISIS,
    SHAFAH,
    SHAFAH_VICTIMS,
    SHUHAYL,
    SUSAH,
    SUSAH_BAGHUZ,
    SUSAH_CIVILIANS,
    SY_MOFA,
    TANAK,
    UNSC_536,
)
from common import AIR, ARREST, CLASH, D, E, paras_of

SLUG = "deir_ezzor_2018_hajin_susah_shafah_pocket_strikes"
TODAY = D("2018-11-21")
YESTERDAY = D("2018-11-20")
SINCE_YESTERDAY = D("2018-11-21", "day", ("2018-11-20", "2018-11-21"))
LAST_NIGHT = D("2018-11-20", "day", ("2018-11-20", "2018-11-21"))
ARTICLE = dict(
    id="team108-536", slug=SLUG, published="2018-11-21",
    outlet="Nabd al-Dira, a Deir ez-Zor activists' news network's website (fictional)",
    paras=paras_of(f"536_{SLUG}.txt"),
    events=[
        # ¶1 (no dateline; Hajin in the first sentence): the SDF enter the northern edge of Hajin «مساء أمس
        # الثلاثاء» after clashes with ISIS since dawn (core ASSAULT, Armed clash, both sides as source;
        # COERCE also accepted); the headline 0 names it. The farms and hamlets taken one by one over two
        # weeks are an aggregate of earlier acts (optional, generic); «، وذلك بعد أن» tells the time after
        # the act
        E(True, ["ASSAULT", "COERCE"], [0, 1], "اشتباكات", ["asserted"], mode="firearms",
          source=SDF_ISIS, location=HAJIN, date=YESTERDAY, acled=CLASH, tpara=1),
        E(False, ["ASSAULT", "COERCE"], [1], "سيطرت", ["generic", "historical", "asserted"], mode="firearms",
          source=SDF, location=HAJIN, date=D("2018-11-13", "week", ("2018-11-06", "2018-11-20"))),
        # the main event, in ¶2 after the entry of ¶1 (not first in the lead): an air strike on a house
        # sheltering two displaced families in al-Susah at about 11 p.m., blamed by activists on the
        # coalition; seven killed per the outlet's correspondent, twelve per a rights monitor → 7 (the
        # lowest); ¶3 the coalition's reply («يتحقق منها»), ¶11 the Syrian foreign ministry's «المجزرة
        # الجديدة … في السوسة», ¶17 the burial of «القتلى السبعة»
        E(True, ["ASSAULT"], [0, 2, 3, 11, 17], "بغارة جوية", ["asserted", "reported"], mode="aerial",
          source=COALITION, recipient=SUSAH_CIVILIANS, location=SUSAH, date=LAST_NIGHT, fatalities=7,
          attribution=["مراسل «نبض الديرة»", "«المرصد الفراتي لحقوق الإنسان»"], acled=AIR, tpara=2),
        # ¶3: the coalition says it is checking the reports, neither confirming nor denying the strike («من
        # دون أن» negates nothing), and accuses ISIS of using civilians as human shields (core ACCUSE;
        # «بهدف» gives its content, no event)
        E(True, ["ACCUSE"], [3], "متهماً", ["asserted", "reported"],
          source=COALITION_SPOKESMAN, recipient=ISIS_536, date=SINCE_YESTERDAY,
          attribution=["ردّ مكتوب على أسئلة «نبض الديرة»"]),
        # ¶4: a second strike the same night near a mosque in al-Shafah (core ASSAULT, Air/drone strike; no
        # actor named: the coalition denies any sortie, an optional REJECT; its guess that an ISIS depot
        # blew up is part of the denial)
        E(True, ["ASSAULT"], [4], "غارة ثانية", ["asserted"], mode="aerial",
          recipient=SHAFAH_VICTIMS, location=SHAFAH, date=LAST_NIGHT, fatalities=2, acled=AIR),
        E(False, ["REJECT"], [4], "نفى", ["asserted"],
          source=COALITION, date=SINCE_YESTERDAY),
        # ¶5, one sentence, two events: ISIS's counter-attack under cover of a sandstorm at dawn on the
        # posts the SDF had reached on the edge of Hajin (core ASSAULT, Armed clash; six SDF dead per a
        # military source) and the SDF reinforcements sent from the al-Omar field base (core MOBILIZE)
        E(True, ["ASSAULT"], [5], "هجوماً معاكساً", ["asserted", "reported"], mode="firearms",
          source=SDF_ISIS, location=HAJIN, date=TODAY, fatalities=6, attribution=["مصدر عسكري"], acled=CLASH),
        E(True, ["MOBILIZE"], [5], "بتعزيزات", ["asserted", "reported"], mode="troops",
          source=SDF, location=HAJIN, date=TODAY, attribution=["مصدر عسكري"]),
        # ¶6: some eighty families walking out through the desert to an SDF reception point near the
        # al-Tanak field (optional RETREAT: no actor's concession), about twenty men held for screening
        # (core COERCE, Arrests) and five released on tribal guarantee (optional RETREAT release)
        E(False, ["RETREAT"], [6], "خرجت", ["asserted"], mode="withdraw",
          source=POCKET_FAMILIES, location=POCKET_ROUTE, date=SINCE_YESTERDAY),
        E(True, ["COERCE"], [6], "احتجزت", ["asserted"], mode="arrest",
          source=SDF, recipient=POCKET_MEN, location=TANAK, date=SINCE_YESTERDAY, acled=ARREST),
        E(False, ["RETREAT"], [6], "وأفرجت", ["asserted"], mode="release",
          source=SDF, recipient=POCKET_MEN, location=TANAK, date=SINCE_YESTERDAY),
        # paragraph 7 (the pocket: a description) holds no event
        # ¶8: an execution of three young men rumoured on local Telegram accounts, unconfirmed (core
        # ASSAULT, rumored; no time → no date)
        E(True, ["ASSAULT"], [8], "إعدام", ["rumored", "reported"], mode="execute",
          source=ISIS_536, recipient=HAJIN_YOUNG_MEN, location=HAJIN, date=None,
          attribution=["حسابات محلية على «تلغرام»"]),
        # ¶9: an SDF commander's conditional threat (core THREATEN; the «crushing» optional, hypothetical);
        # «لمقاتلي التنظيم» is a possessive
        E(True, ["THREATEN"], [9], "متوعّداً", ["asserted"], mode="violence",
          source=SDF_COMMANDER, recipient=ISIS_536, location=HAJIN, date=SINCE_YESTERDAY),
        E(False, ["ASSAULT"], [9], "سحق", ["hypothetical"], mode="firearms",
          source=SDF, location=HAJIN, date=None),
        # ¶10: the Civil Council's delegation to meet tribal notables in al-Shuhayl «يوم غدٍ الخميس» (core
        # CONSULT, planned)
        E(True, ["CONSULT"], [10], "يلتقي", ["planned"], mode="visit",
          source=DEZ_CIVIL_COUNCIL, recipient=DEZ_NOTABLES, location=SHUHAYL, date=D("2018-11-22")),
        # ¶11 (a paragraph of the main event too), one sentence, two events joined with «و» and a second
        # verb: the Syrian foreign ministry's condemnation of the coalition (core ACCUSE) and its demand to
        # the Security Council (core REQUEST); the silence on al-Shafah negates nothing
        E(True, ["ACCUSE"], [11], "ودانت", ["asserted"],
          source=SY_MOFA, recipient=COALITION, date=SINCE_YESTERDAY),
        E(True, ["REQUEST"], [11], "وطالبت", ["asserted"],
          source=SY_MOFA, recipient=UNSC_536, date=SINCE_YESTERDAY),
        # ¶12: ISIS has opened no safe corridor (core RETREAT access, negated); its men's habit of firing on
        # anyone nearing the desert roads at night is a standing practice (optional, generic)
        E(True, ["RETREAT"], [12], "يفتح", ["negated"], mode="access",
          source=ISIS_536, recipient=POCKET_CIVILIANS, location=SUSAH_BAGHUZ, date=TODAY),
        E(False, ["ASSAULT"], [12], "يطلقون النار", ["generic"], mode="firearms",
          source=ISIS_536, location=SUSAH_BAGHUZ, date=None),
        # paragraph 13 (a woman's words) holds no event
        # background at another place, in «وكان … قد»: ISIS fighters crossing the river by boat attacked
        # government and pro-Iranian positions on the edge of al-Bukamal on 26 October (core, historical, 9;
        # Armed clash)
        E(True, ["ASSAULT"], [14], "هاجموا", ["historical", "asserted", "reported"], mode="firearms",
          source=ISIS_REGIME, location=BUKAMAL, date=D("2018-10-26"), fatalities=9,
          attribution=["وسائل إعلام موالية"], acled=CLASH),
        # ¶15: Iraqi army units and PMF factions reinforce the border strip opposite al-Baghuz near al-Qaim
        # (core MOBILIZE; the towers and trench are part of it; undated: a two-day range)
        E(True, ["MOBILIZE"], [15], "عززت", ["asserted", "reported"], mode="troops",
          source=IQ_FORCES, location=QAIM, date=SINCE_YESTERDAY,
          attribution=["قيادة العمليات المشتركة العراقية"]),
        # paragraph 16 (displacement and deaths since September: aggregates) holds no event; ¶17, the
        # burial, is a paragraph of the main event
    ],
)
