"""Gold of article 580: Taiz city (al-Rawda, Usayfirah, al-Jahmaliyah, Thaabat, al-Masbah), the al-Dahi
crossing, al-Houban, Jabal Han, al-Turbah (Taiz) and Muscat, a Taiz-based party weekly newspaper's website,
2016-08-17 (Wed)."""
from actors_places import (
    ARMY_RESISTANCE,
    DAHI,
    GOV_REPS,
    HOUBAN,
    HOUTHI_DELEGATION,
    HOUTHI_LEADER,
    HOUTHI_REINF,
    HOUTHI_SALEH,
    HOUTHIS,
    ICRC,
    JABAL_HAN,
    KSRELIEF,
    MASBAH,
    MUSCAT,
    SNIPER,
    TAIZ,
    TAIZ_CIVILIANS,
    TAIZ_CLASH,
    TAIZ_FAMILIES,
    TAIZ_LOCAL_AUTH,
    TAIZ_QUARTERS,
    THAABAT,
    TURBAH,
    TURBAH_VICTIMS,
    UN_ENVOY,
    WOMAN_THAABAT,
    WOUNDED_TAIZ,
)
from common import ATTACK, CLASH, SHELL, D, E, paras_of

SLUG = "taiz_2016_dahi_houban_rawda_jabal_han"
TODAY = D("2016-08-17")
YESTERDAY = D("2016-08-16")
MONDAY = D("2016-08-15")
SINCE_YESTERDAY = D("2016-08-17", "day", ("2016-08-16", "2016-08-17"))
LAST_NIGHT = D("2016-08-16", "day", ("2016-08-16", "2016-08-17"))
ARTICLE = dict(
    id="team116-580", slug=SLUG, published="2016-08-17",
    outlet="Al-Halima, a Taiz-based party weekly newspaper's website (fictional)",
    paras=paras_of(f"580_{SLUG}.txt"),
    events=[
        # ¶1 (dateline «تعز», the town of the event) and the headline: the Houthis and Saleh's forces close
        # the al-Dahi crossing on Monday morning (core COERCE restrict, no ACLED label)
        E(True, ["COERCE"], [0, 1], "أغلقت", ["asserted"], mode="restrict",
          source=HOUTHI_SALEH, location=DAHI, date=MONDAY, attribution=["مراسل «الحالمة»"], tpara=1),
        # ¶2 and the headline: a medicine convoy held in al-Houban yesterday (core COERCE withhold); the time
        # told after the act («، وذلك بعد ساعات من حصولها على تصاريح») adds no event
        E(True, ["COERCE"], [0, 2], "واحتجزت", ["asserted"], mode="withhold",
          source=HOUTHIS, location=HOUBAN, date=YESTERDAY,
          attribution=["مسؤول في مكتب الصحة بالمحافظة"], tpara=2),
        # ¶3, verb–subject–object: the army and the Popular Resistance attack a hill of Jabal Han at dawn
        # yesterday (core ASSAULT, Armed clash, both sides as source; three of their men killed per medical
        # sources); the hill retaken optional
        E(True, ["ASSAULT"], [3], "هجوماً", ["asserted", "reported"], mode="firearms",
          source=TAIZ_CLASH, location=JABAL_HAN, date=YESTERDAY, fatalities=3,
          attribution=["المجلس العسكري في تعز", "مصادر طبية"], acled=CLASH),
        E(False, ["ASSAULT", "MOBILIZE"], [3], "واستعادت", ["asserted"],
          source=ARMY_RESISTANCE, location=JABAL_HAN, date=YESTERDAY),
        # the main event, in ¶4 after the closure, the convoy and the counter-attack (not first in the lead):
        # Houthi mortar and tank fire on al-Rawda, Usayfirah and al-Jahmaliyah yesterday evening; six killed
        # per the health office, eight per a local rights monitor → 6 (the lowest); ¶5 al-Masirah's version
        # (no number), ¶17 the funeral of «القتلى الستة»; the headline names it
        E(True, ["ASSAULT"], [0, 4, 5, 17], "قصف", ["asserted", "reported"], mode="heavy-weapons",
          source=HOUTHIS, recipient=TAIZ_CIVILIANS, location=TAIZ_QUARTERS, date=YESTERDAY, fatalities=6,
          attribution=["مكتب الصحة بالمحافظة", "«المرصد المحلي لحقوق الإنسان»"], acled=SHELL, tpara=4),
        # paragraph 6 (Taiz and its front line: a description and a standing situation) holds no event
        # ¶7: a sniper kills a woman fetching water in Thaabat this morning (core ASSAULT firearms, 1;
        # Attack); the snipers' habit of shooting at «كل ما يتحرك» is generic
        E(True, ["ASSAULT"], [7], "برصاص", ["asserted", "reported"], mode="firearms",
          source=SNIPER, recipient=WOMAN_THAABAT, location=THAABAT, date=TODAY, fatalities=1,
          attribution=["أحد جيرانها"], acled=ATTACK),
        # ¶8: a Houthi leader's conditional threat (core THREATEN); the pounding optional (hypothetical)
        E(True, ["THREATEN"], [8], "وتوعّد", ["asserted"], mode="violence",
          source=HOUTHI_LEADER, recipient=ARMY_RESISTANCE, location=TAIZ, date=SINCE_YESTERDAY),
        E(False, ["ASSAULT"], [8], "دكّ", ["hypothetical"],
          source=HOUTHIS, location=TAIZ, date=None),
        # ¶9: Houthi reinforcements arriving in al-Houban overnight, rumoured and left open (core MOBILIZE,
        # rumored); the new attack they would prepare optional (hypothetical)
        E(True, ["MOBILIZE"], [9], "وصول", ["rumored", "reported"], mode="troops",
          source=HOUTHI_REINF, location=HOUBAN, date=LAST_NIGHT, attribution=["مصادر محلية"]),
        E(False, ["ASSAULT"], [9], "لهجوم", ["hypothetical"],
          source=HOUTHIS, location=TAIZ, date=None),
        # ¶10: talks «بين» the government and the Houthis in Muscat on Sunday (planned CONSULT); the truce
        # they are to discuss optional (planned AGREE)
        E(True, ["CONSULT"], [10], "لقاءات", ["planned"], mode="third-party",
          source=GOV_REPS, recipient=HOUTHI_DELEGATION, location=MUSCAT, date=D("2016-08-21"),
          attribution=["مصدر حكومي"]),
        E(False, ["AGREE"], [10], "هدنة", ["planned"],
          source=GOV_REPS, recipient=HOUTHI_DELEGATION, location=TAIZ, date=None),
        # paragraph 11 (a grocer's words) holds no event
        # ¶12: the wounded not let out for treatment in Aden (core RETREAT access, negated); the ICRC's
        # appeals optional (REQUEST)
        E(True, ["RETREAT"], [12], "تسمح", ["negated"], mode="access",
          source=HOUTHIS, recipient=WOUNDED_TAIZ, location=TAIZ,
          date=D("2016-08-17", "day", ("2016-08-15", "2016-08-17")), attribution=["مدير مستشفى الثورة"]),
        E(False, ["REQUEST"], [12], "مناشدات", ["asserted"],
          source=ICRC, recipient=HOUTHIS, date=None),
        # background at another place, in «وكان … قد»: Katyusha rockets on the market of al-Turbah on 12 July
        # (core, historical, 5; Shelling)
        E(True, ["ASSAULT"], [13], "سقطت", ["historical", "asserted", "reported"], mode="heavy-weapons",
          source=HOUTHIS, recipient=TURBAH_VICTIMS, location=TURBAH, date=D("2016-07-12"), fatalities=5,
          attribution=["السلطة المحلية في مديرية الشمايتين"], acled=SHELL),
        # paragraph 14 (the dead and the closed hospitals since the siege began: aggregates) holds no event
        # ¶15, subject–verb–object with a long parenthetical: Taiz's local authority accuses the Houthis (core
        # ACCUSE) and, with «و» and a second verb, asks the UN envoy to press them (core REQUEST); its
        # meeting yesterday is in the relative clause (optional CONSULT)
        E(True, ["ACCUSE"], [15], "اتهمت", ["asserted"],
          source=TAIZ_LOCAL_AUTH, recipient=HOUTHIS, date=SINCE_YESTERDAY),
        E(True, ["REQUEST"], [15], "وطالبت", ["asserted"],
          source=TAIZ_LOCAL_AUTH, recipient=UN_ENVOY, date=SINCE_YESTERDAY),
        E(False, ["CONSULT"], [15], "اجتماعاً", ["asserted"], mode="multilateral",
          source=TAIZ_LOCAL_AUTH, location=TAIZ, date=YESTERDAY),
        # ¶16: KSrelief distributes food baskets in al-Masbah and al-Rawda (core AID humanitarian)
        E(True, ["AID"], [16], "ووزّع", ["asserted"], mode="humanitarian",
          source=KSRELIEF, recipient=TAIZ_FAMILIES, location=MASBAH, date=YESTERDAY,
          attribution=["منسق في جمعية محلية"]),
        # ¶17, the funeral, is a paragraph of the main event
    ],
)
