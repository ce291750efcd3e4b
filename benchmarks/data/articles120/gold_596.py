"""Gold of article 596: Ain Issa, the villages of Saida, al-Muallaq and Hoshan, al-Hisha, Tal al-Samen (the
northern Raqqa countryside) and a Turkish base near Suluk (Tal Abyad), a Raqqa-based local news network's
website close to the Autonomous Administration, 2022-11-21 (Mon)."""
from actors_places import (
    AANES,
    AANES_OFFICIAL,
    AANES_SOCIAL,
    AIN_ISSA,
    AIN_ISSA_DISPLACED,
    AIN_ISSA_MARKET,
    AIN_ISSA_QUARTER,
    AIN_ISSA_SURROUNDINGS,
    AIN_ISSA_VILLAGES,
    ASAYISH,
    ASTANA,
    DISPLACED_596,
    FLEEING_FAMILIES,
    GUARANTORS,
    HISHA,
    HISHA_FAMILIES,
    INTL_ORGS_596,
    MARKET_VICTIMS,
    NORTH_RAQQA,
    NORTH_RAQQA_FRONTS,
    RU_AND_SDF,
    RU_FORCES,
    RU_MP,
    SDF,
    SDF_AS_TERRORISTS,
    SDF_MEMBERS,
    SULUK_BASE,
    SY_GOV_FORCES_596,
    TAL_SAMEN_ROAD,
    TR_ARTILLERY,
    TR_BASE,
    TR_DRONE,
    TR_FORCES,
    TR_PRESIDENT,
    TURKEY_STATE,
    TWO_YOUNG_MEN,
)
from common import AIR, ARREST, SHELL, D, E, paras_of

SLUG = "raqqa_2022_ain_issa_saida_hisha_suluk"
TODAY = D("2022-11-21")
YESTERDAY = D("2022-11-20")
SINCE_YESTERDAY = D("2022-11-21", "day", ("2022-11-20", "2022-11-21"))
LAST_NIGHT = D("2022-11-20", "day", ("2022-11-20", "2022-11-21"))
ARTICLE = dict(
    id="team120-596", slug=SLUG, published="2022-11-21",
    outlet="Minbar al-Raqqa, a Raqqa-based local news network's website close to the Autonomous "
           "Administration (fictional)",
    paras=paras_of(f"596_{SLUG}.txt"),
    events=[
        # ¶1 (dateline «الرقة», a province; the events happen around Ain Issa, fifty kilometres to the north):
        # Turkish artillery and its factions shell the villages around Ain Issa since dawn (core ASSAULT
        # heavy-weapons, Shelling, no toll); ¶2 opens by referring back to this shelling («وجاء القصف»)
        E(True, ["ASSAULT"], [1, 2], "قصفت", ["asserted", "reported"], mode="heavy-weapons",
          source=TR_ARTILLERY, location=AIN_ISSA_VILLAGES, date=TODAY, attribution=["مراسل «منبر الرقة»"],
          acled=SHELL),
        # ¶1 and the headline: dozens of families flee the villages (optional RETREAT: no actor's concession)
        E(False, ["RETREAT"], [0, 1], "النزوح", ["asserted"], source=FLEEING_FAMILIES,
          location=AIN_ISSA_VILLAGES, date=TODAY, tpara=1),
        # the main event, in ¶2 after the shelling of ¶1 (not first in the lead): a Turkish drone strikes the
        # market of Ain Issa yesterday evening; five killed per the AANES health authority, seven per medical
        # sources in the town's hospital → 5 (the lowest); ¶3 the Turkish ministry's version (no number), ¶4
        # the retaliation «ردّاً على الغارة», ¶14 the funeral of «القتلى الخمسة»; the headline names it
        E(True, ["ASSAULT"], [0, 2, 3, 4, 14], "غارة", ["asserted", "reported"], mode="aerial",
          source=TR_DRONE, recipient=MARKET_VICTIMS, location=AIN_ISSA_MARKET, date=YESTERDAY, fatalities=5,
          attribution=["هيئة الصحة في الإدارة الذاتية", "مصادر طبية في مشفى البلدة"], acled=AIR, tpara=2),
        # ¶4: the SDF retaliate on a Turkish base near Suluk last night (core ASSAULT heavy-weapons,
        # Shelling); the ministry's silence and the blasts heard add no event
        E(True, ["ASSAULT"], [4], "استهدف", ["asserted", "reported"], mode="heavy-weapons",
          source=SDF, recipient=TR_BASE, location=SULUK_BASE, date=LAST_NIGHT,
          attribution=["مصدر عسكري في «قسد»"], acled=SHELL),
        # ¶5, verb–subject–object: the Turkish president's conditional threat (core THREATEN); the ground
        # operation is only threatened (optional, hypothetical)
        E(True, ["THREATEN"], [5], "وهدّد", ["asserted"], mode="violence",
          source=TR_PRESIDENT, recipient=SDF_AS_TERRORISTS, date=TODAY),
        E(False, ["ASSAULT"], [5], "عملية برية", ["hypothetical"], source=TR_FORCES, location=AIN_ISSA,
          date=None),
        # paragraph 6 (Ain Issa: a description and a standing situation) holds no event
        # ¶7: a deal between the Russian forces and the SDF, rumoured on local pages (core AGREE, rumored; no
        # time given); the handover it would bring is optional, and so is the official's denial
        E(True, ["AGREE"], [7], "اتفاق", ["rumored", "reported"],
          source=RU_AND_SDF, location=AIN_ISSA, date=None, attribution=["صفحات محلية"]),
        E(False, ["RETREAT"], [7], "بتسليم", ["rumored", "planned"], source=SDF, location=AIN_ISSA,
          date=None),
        E(False, ["REJECT"], [7], "نفى", ["asserted"], source=AANES_OFFICIAL, date=SINCE_YESTERDAY),
        # ¶8: the guarantor states of the Astana track to meet next Tuesday and Wednesday (core planned
        # CONSULT multilateral)
        E(True, ["CONSULT"], [8], "تلتقي", ["planned"], mode="multilateral",
          source=GUARANTORS, location=ASTANA, date=D("2022-11-22", "day", ("2022-11-22", "2022-11-23")),
          attribution=["مصدر دبلوماسي مطّلع على التحضيرات"]),
        # ¶9: no aid from the international organisations has reached the displaced (core AID, negated);
        # «من دون أن يعرف أحد» negates nothing
        E(True, ["AID"], [9], "مساعدات", ["negated"], mode="humanitarian",
          source=INTL_ORGS_596, recipient=DISPLACED_596, location=AIN_ISSA_DISPLACED, date=SINCE_YESTERDAY,
          attribution=["عضو في لجنة الشؤون الاجتماعية بالبلدة"]),
        # background at another place, in «وكانت … قد»: a Turkish drone strikes an SDF car on the road to Tal
        # al-Samen on 18 August (core, historical, 2; Air/drone strike); «الثالث من نوعه» is generic
        E(True, ["ASSAULT"], [10], "استهدفت", ["historical", "asserted", "reported"], mode="aerial",
          source=TR_DRONE, recipient=SDF_MEMBERS, location=TAL_SAMEN_ROAD, date=D("2022-08-18"),
          fatalities=2, attribution=["منظمات حقوقية محلية"], acled=AIR),
        # ¶11, subject–verb–object with a long parenthetical: the AANES accuses the Turkish state (core
        # ACCUSE) and, with «و» and a second verb, asks the Russian forces to act (core REQUEST); the state of
        # emergency of the parenthetical is optional, and so is the understanding of October 2019 (historical)
        E(True, ["ACCUSE"], [11], "اتهمت", ["asserted"],
          source=AANES, recipient=TURKEY_STATE, date=SINCE_YESTERDAY),
        E(True, ["REQUEST"], [11], "وطالبت", ["asserted"],
          source=AANES, recipient=RU_FORCES, date=SINCE_YESTERDAY),
        E(False, ["COERCE"], [11], "حالة الطوارئ", ["asserted"], mode="restrict",
          source=AANES, location=NORTH_RAQQA, date=None),
        E(False, ["AGREE"], [11], "لتفاهم", ["historical"], source=RU_FORCES,
          date=D("2019-10-01", "month", ("2019-10-01", "2019-10-31"))),
        # paragraph 12 (a displaced woman's words) holds no event
        # ¶13: tents, blankets and food handed out in al-Hisha (core AID); the purpose («كي تقي») and the
        # time told after the act («، وذلك عقب وصول أولى قوافل النازحين») add no event
        E(True, ["AID"], [13], "ووزّعت", ["asserted"], mode="humanitarian",
          source=AANES_SOCIAL, recipient=HISHA_FAMILIES, location=HISHA, date=TODAY),
        # ¶14, the funeral of «القتلى الخمسة», is a paragraph of the main event
        # ¶15: Syrian government reinforcements around Ain Issa (core MOBILIZE troops); the Russian patrol is
        # optional
        E(True, ["MOBILIZE"], [15], "بتعزيزات", ["asserted", "reported"], mode="troops",
          source=SY_GOV_FORCES_596, location=AIN_ISSA_SURROUNDINGS, date=SINCE_YESTERDAY,
          attribution=["مصدر في «قسد»"]),
        E(False, ["MOBILIZE"], [15], "دورية", ["asserted"], mode="police", source=RU_MP, location=AIN_ISSA,
          date=SINCE_YESTERDAY),
        # ¶16: two young men arrested at dawn (core COERCE arrest, Arrests); «من دون أن تكشف» negates nothing
        E(True, ["COERCE"], [16], "واعتقلت", ["asserted", "reported"], mode="arrest",
          source=ASAYISH, recipient=TWO_YOUNG_MEN, location=AIN_ISSA_QUARTER, date=TODAY,
          attribution=["قوى الأمن الداخلي («الأسايش»)"], acled=ARREST),
        # ¶17: the SDF raise their fighters' readiness (core MOBILIZE, an alert raised); the ground attack
        # they brace for is optional (hypothetical)
        E(True, ["MOBILIZE"], [17], "رفع الجاهزية", ["asserted"], mode="troops",
          source=SDF, location=NORTH_RAQQA_FRONTS, date=TODAY),
        E(False, ["ASSAULT"], [17], "هجوم بري", ["hypothetical"], location=NORTH_RAQQA_FRONTS, date=None),
    ],
)
