"""Gold of article 587: al-Hajar al-Aswad, the Yarmouk camp, al-Tadamon, Yalda, Babbila and al-Qadam (south of
the Syrian capital), a Beirut-based Palestinian refugee affairs news website, 2018-05-20 (Sun)."""
from actors_places import (
    ALL_PARTIES,
    CIVILIANS_HELD,
    CLASH_587,
    CORRIDOR_YALDA,
    FAMILIES_587,
    FIELD_COMMANDER,
    GOV_FORCES_587,
    GOV_POST_QADAM,
    GUNMEN_587,
    HAJAR,
    HAJAR_CENTRE,
    HAJAR_EAST,
    HAJAR_VICTIMS,
    IS_587,
    OUT_FAMILIES,
    PLO,
    PLO_DELEGATION,
    POCKET,
    QADAM,
    RU_SIDE,
    STATE_MEDIA,
    SY_ARMY_PAL,
    SY_OFFICIALS,
    UNRWA,
    UNRWA_SARC,
    YALDA_BABBILA,
    YALDA_CHECKPOINT,
    YALDA_SHELTER,
    YARMOUK,
    YARMOUK_COMMITTEE,
    YOUNG_MEN_587,
)
from common import AGREEMENT, AIR, ARREST, CLASH, D, E, paras_of

SLUG = "hajar_aswad_2018_yarmouk_yalda_tadamon_corridor"
TODAY = D("2018-05-20")
YESTERDAY = D("2018-05-19")
SINCE_YESTERDAY = D("2018-05-20", "day", ("2018-05-19", "2018-05-20"))
YESTERDAY_ON = D("2018-05-19", "day", ("2018-05-19", "2018-05-20"))
ARTICLE = dict(
    id="team118-587", slug=SLUG, published="2018-05-20",
    outlet="Bawabat al-Laji, a Beirut-based Palestinian refugee affairs news website (fictional)",
    paras=paras_of(f"587_{SLUG}.txt"),
    events=[
        # the main event, first in the lead ¶1 (dateline «بيروت», a foreign capital): government air strikes
        # and shelling on al-Hajar al-Aswad «منذ فجر أمس السبت» kill seven civilians (one number); ¶2 the
        # state media's version (no number), ¶9 UNRWA's worry «مع استمرار القصف», ¶14 the burial of «القتلى
        # السبعة»
        E(True, ["ASSAULT"], [0, 1, 2, 9, 14], "غارات", ["asserted", "reported"], mode="aerial",
          source=GOV_FORCES_587, recipient=HAJAR_VICTIMS, location=HAJAR, date=YESTERDAY_ON, fatalities=7,
          attribution=["ناشطون من داخل المنطقة"], acled=AIR, tpara=1),
        # ¶3: clashes with ISIS until late at night (core ASSAULT, Armed clash, both sides as source); the
        # army's entry into the eastern quarters and ISIS blowing up buildings are optional
        E(True, ["ASSAULT"], [3], "اشتباكات", ["asserted", "reported"], mode="firearms",
          source=CLASH_587, location=HAJAR_EAST, date=YESTERDAY_ON, attribution=["مصدر ميداني"], acled=CLASH),
        E(False, ["ASSAULT", "MOBILIZE"], [3], "دخلت", ["asserted"],
          source=SY_ARMY_PAL, location=HAJAR_EAST, date=YESTERDAY_ON),
        E(False, ["ASSAULT"], [3], "فجّروا", ["asserted"], mode="destroy",
          source=IS_587, location=HAJAR, date=YESTERDAY_ON),
        # ¶4: a corridor opened by the government forces towards Yalda (core RETREAT access); the families'
        # exit through it is optional (no actor's concession)
        E(True, ["RETREAT"], [4], "فتحته", ["asserted", "reported"], mode="access",
          source=GOV_FORCES_587, location=CORRIDOR_YALDA, date=YESTERDAY,
          attribution=["متطوع في إحدى الجمعيات الأهلية"]),
        E(False, ["RETREAT"], [4], "وخرجت", ["asserted"],
          source=FAMILIES_587, location=CORRIDOR_YALDA, date=YESTERDAY),
        # ¶5 and the headline: the deal reached on Saturday night between the Russian side and ISIS (core
        # AGREE, reported, Agreement) and, in the same sentence, the buses due to take the fighters east this
        # evening (core planned RETREAT withdraw); the talks behind the deal and the state media's denial are
        # optional
        E(True, ["AGREE"], [0, 5], "اتفاق", ["reported", "asserted"],
          source=RU_SIDE, recipient=IS_587, date=YESTERDAY_ON, attribution=["مصدر مطلع على المفاوضات"],
          acled=AGREEMENT, tpara=5),
        E(True, ["RETREAT"], [0, 5], "بنقلهم", ["planned"], mode="withdraw",
          source=IS_587, location=POCKET, date=TODAY, tpara=5),
        E(False, ["CONSULT"], [5], "المفاوضات", ["asserted"], source=RU_SIDE, recipient=IS_587, date=None),
        E(False, ["REJECT"], [5], "نفت", ["asserted"], source=STATE_MEDIA, date=SINCE_YESTERDAY),
        # ¶6: civilians held by ISIS in basements, rumoured on opposition pages and not verified (core COERCE,
        # rumored; a purpose clause «لمنعهم»)
        E(True, ["COERCE"], [6], "احتجاز", ["rumored", "reported"],
          source=IS_587, recipient=CIVILIANS_HELD, location=HAJAR_CENTRE, date=None,
          attribution=["صفحات معارضة على مواقع التواصل"]),
        # ¶7: a field commander's conditional threat (core THREATEN); the levelling is only threatened
        # (optional, hypothetical)
        E(True, ["THREATEN"], [7], "وهدّد", ["asserted"], mode="violence",
          source=FIELD_COMMANDER, recipient=GUNMEN_587, location=HAJAR, date=SINCE_YESTERDAY),
        E(False, ["ASSAULT"], [7], "تسوية", ["hypothetical"],
          source=FIELD_COMMANDER, location=HAJAR, date=None),
        # paragraph 8 (the camp: a description and aggregates) holds no event
        # ¶9: UNRWA's appeal for a safe exit for the camp's remaining residents (core REQUEST); its words on
        # the continuing shelling make ¶9 a paragraph of the main event as well
        E(True, ["REQUEST"], [9], "وناشدت", ["asserted"],
          source=UNRWA, recipient=ALL_PARTIES, date=YESTERDAY),
        # ¶10: no aid into the camp since the campaign began on 19 April (core AID, negated); the last convoy
        # over a year ago is optional (historical)
        E(True, ["AID"], [10], "مساعدات", ["negated"], mode="humanitarian",
          source=UNRWA, location=YARMOUK, date=D("2018-05-20", "day", ("2018-04-19", "2018-05-20")),
          attribution=["مسؤول في مكتبها الإقليمي"]),
        E(False, ["AID"], [10], "قافلة", ["historical", "asserted"], mode="humanitarian",
          location=YARMOUK, date=None),
        # background at another place, in «وكان … قد»: ISIS fighters attack a government post in al-Qadam on
        # 25 April (core, historical, 5; Armed clash); the post retaken is optional
        E(True, ["ASSAULT"], [11], "هاجموا", ["historical", "asserted"], mode="firearms",
          source=IS_587, recipient=GOV_POST_QADAM, location=QADAM, date=D("2018-04-25"), fatalities=5,
          acled=CLASH),
        E(False, ["ASSAULT"], [11], "تستعيد", ["historical", "asserted"],
          source=GOV_FORCES_587, location=QADAM, date=D("2018-04-25")),
        # ¶12, subject–verb–object with a long parenthetical: the committee of the camp's displaced accuses
        # the government forces (core ACCUSE) and asks the PLO to press for the return (core REQUEST)
        E(True, ["ACCUSE"], [12], "اتهمت", ["asserted"],
          source=YARMOUK_COMMITTEE, recipient=GOV_FORCES_587, date=SINCE_YESTERDAY),
        E(True, ["REQUEST"], [12], "وطالبت", ["asserted"],
          source=YARMOUK_COMMITTEE, recipient=PLO, date=SINCE_YESTERDAY),
        # ¶13, verb–subject–object: a PLO delegation meets Syrian officials yesterday (core CONSULT visit);
        # its visit to the shelters is optional (planned)
        E(True, ["CONSULT"], [13], "والتقى", ["asserted"], mode="visit",
          source=PLO_DELEGATION, recipient=SY_OFFICIALS, date=YESTERDAY, attribution=["عضو في الوفد"]),
        E(False, ["CONSULT"], [13], "سيزور", ["planned"], mode="visit",
          source=PLO_DELEGATION, location=YALDA_BABBILA, date=None),
        # ¶14, the burial of «القتلى السبعة», is a paragraph of the main event
        # ¶15: twelve young men held at the checkpoint at the corridor's end (core COERCE arrest, Arrests);
        # three released late at night (optional RETREAT release)
        E(True, ["COERCE"], [15], "واحتجزت", ["asserted", "reported"], mode="arrest",
          source=GOV_FORCES_587, recipient=YOUNG_MEN_587, location=YALDA_CHECKPOINT, date=YESTERDAY_ON,
          attribution=["عائلاتهم"], acled=ARREST),
        E(False, ["RETREAT"], [15], "أُفرج", ["asserted"], mode="release",
          recipient=YOUNG_MEN_587, date=YESTERDAY_ON),
        # paragraph 16 (a refugee woman's words) holds no event
        # ¶17: UNRWA and the Red Crescent hand out meals in the Yalda shelter (core AID; the time told after
        # the act, «وذلك بعد ساعات من وصول الدفعة الأولى»); the daily meals to come are optional (planned)
        E(True, ["AID"], [17], "ووزّعت", ["asserted"], mode="humanitarian",
          source=UNRWA_SARC, recipient=OUT_FAMILIES, location=YALDA_SHELTER, date=YESTERDAY_ON),
        E(False, ["AID"], [17], "تقديم", ["planned"], mode="humanitarian",
          source=UNRWA, location=YALDA_SHELTER, date=None),
    ],
)
