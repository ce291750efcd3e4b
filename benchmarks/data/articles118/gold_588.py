"""Gold of article 588: Zakho and the road to the Chamishku camp, the Sharya and Khanke camps (Duhok), Karsi,
Gohbal and Tal Banat at the foot of the mountain, Erbil, Lalish, an Erbil-based Kurdish satellite channel's
Arabic-language website, 2022-05-03 (Tue)."""
from actors_places import (
    ALL_PARTIES,
    ARMED_OUTSIDE_STATE,
    ARMY_UNITS,
    BAGHDAD_ERBIL,
    CAMP_ADMIN,
    CHAMISHKU_ROAD,
    CLASH_588,
    DRONE,
    DRONE_VICTIMS,
    DUHOK_CAMPS,
    ERBIL,
    FAMILIES_ARRIVED,
    FED_KRG,
    GROUP_SOURCE,
    GROUP_SPOKESMAN,
    HIST_CLASH,
    JOC,
    KARSI,
    KARSI_GOHBAL,
    KARSI_SCHOOL,
    KARSI_VILLAGES,
    KHANKE,
    LALISH,
    MEDIATORS,
    OUTSIDE_FIGHTERS,
    OUTSIDE_PARTIES,
    PROTESTERS_KHANKE,
    RELIEF_ORGS,
    SHARYA_KHANKE,
    TAL_BANAT,
    TRUCE_ALL,
    UNAMI,
    YAZIDI_COUNCIL,
    YAZIDI_FAMILIES,
)
from common import AGREEMENT, AIR, CLASH, PEACEFUL, D, E, paras_of

SLUG = "duhok_2022_zakho_chamishku_sharya_khanke_karsi"
TODAY = D("2022-05-03")
YESTERDAY = D("2022-05-02")
SINCE_YESTERDAY = D("2022-05-03", "day", ("2022-05-02", "2022-05-03"))
YESTERDAY_ON = D("2022-05-02", "day", ("2022-05-02", "2022-05-03"))
ARTICLE = dict(
    id="team118-588", slug=SLUG, published="2022-05-03",
    outlet="Afaq Kurdistan, an Erbil-based Kurdish satellite channel's Arabic-language website (fictional)",
    paras=paras_of(f"588_{SLUG}.txt"),
    events=[
        # ¶1 (no dateline; Duhok named in the first sentence) and the headline: Yazidi families pour into the
        # camps of Duhok since yesterday evening (optional RETREAT: a flight, no actor's concession), fleeing
        # clashes between the Iraqi army and a local armed group in Karsi since Sunday dawn (core ASSAULT,
        # Armed clash, both sides as source; «قتلى وجرحى» without a number → no fatalities)
        E(False, ["RETREAT"], [0, 1], "تدفقت", ["asserted"],
          source=YAZIDI_FAMILIES, location=DUHOK_CAMPS, date=YESTERDAY_ON, tpara=1),
        E(True, ["ASSAULT"], [1], "اشتباكات", ["asserted", "reported"], mode="firearms",
          source=CLASH_588, location=KARSI_VILLAGES,
          date=D("2022-05-01", "day", ("2022-05-01", "2022-05-03")),
          attribution=["مصدر أمني"], acled=CLASH),
        # ¶2: relief organisations hand out tents and food in the Sharya and Khanke camps (core AID); the
        # camps taking in the families is optional
        E(True, ["AID"], [2], "ووزّعت", ["asserted", "reported"], mode="humanitarian",
          source=RELIEF_ORGS, recipient=FAMILIES_ARRIVED, location=SHARYA_KHANKE, date=SINCE_YESTERDAY,
          attribution=["مسؤول في مديرية الهجرة والمهجرين في دهوك"]),
        E(False, ["AID"], [2], "واستقبل", ["asserted"], mode="humanitarian",
          recipient=FAMILIES_ARRIVED, location=SHARYA_KHANKE, date=SINCE_YESTERDAY),
        # the main event, in ¶3 after the clashes of ¶1 (not first in the lead): a drone strikes a car on the
        # road to the Chamishku camp near Zakho yesterday afternoon, three killed (one number); ¶4 the Turkish
        # ministry's version (its «ثلاثة إرهابيين»), ¶14 the burial of «القتلى الثلاثة»; the headline names it
        E(True, ["ASSAULT"], [0, 3, 4, 14], "بضربة", ["asserted", "reported"], mode="aerial",
          source=DRONE, recipient=DRONE_VICTIMS, location=CHAMISHKU_ROAD, date=YESTERDAY, fatalities=3,
          attribution=["مصدر في مستشفى زاخو العام"], acled=AIR, tpara=3),
        # ¶5: a ceasefire reached last night through tribal and Yazidi mediators (core AGREE, Agreement; the
        # parties and the mediators accepted as source); UNAMI's call to keep it (¶17) refers back to it; the
        # mediators' meeting is optional (CONSULT third-party)
        E(True, ["AGREE"], [5, 17], "اتفاق", ["asserted", "reported"],
          source=TRUCE_ALL, location=KARSI, date=YESTERDAY_ON, attribution=["أحد الوسطاء"], acled=AGREEMENT),
        E(False, ["CONSULT"], [5], "اجتماع", ["asserted"], mode="third-party",
          source=MEDIATORS, location=KARSI, date=YESTERDAY),
        # ¶6: federal and regional representatives to meet in Erbil next Thursday (core planned CONSULT); the
        # normalisation agreement of October 2020 is optional (historical AGREE), recalled again in ¶11, ¶12,
        # ¶17
        E(True, ["CONSULT"], [6], "يجتمع", ["planned"],
          source=FED_KRG, location=ERBIL, date=D("2022-05-05")),
        E(False, ["AGREE"], [6, 11, 12, 17], "الموقّع", ["historical", "asserted"],
          source=FED_KRG, date=D("2020-10-09", "month", ("2020-10-01", "2020-10-31"))),
        # paragraph 7 (the camps since 2014: a description, aggregates and habits) holds no event
        # ¶8: fighters from outside crossing the border, rumoured among the displaced (core MOBILIZE,
        # rumored); the group's denial is optional
        E(True, ["MOBILIZE"], [8], "وصول", ["rumored", "reported"], mode="troops",
          source=OUTSIDE_FIGHTERS, date=None, attribution=["أنباء متداولة بين النازحين"]),
        E(False, ["REJECT"], [8], "نفى", ["asserted"], source=GROUP_SOURCE, date=SINCE_YESTERDAY),
        # ¶9: the Joint Operations Command's conditional threat (core THREATEN); the operation is only
        # threatened (optional, hypothetical); the group's refusal to hand over its positions is optional
        # (REJECT)
        E(True, ["THREATEN"], [9], "وتوعّدت", ["asserted"], mode="violence",
          source=JOC, recipient=ARMED_OUTSIDE_STATE, date=SINCE_YESTERDAY),
        E(False, ["ASSAULT"], [9], "بشنّ", ["hypothetical"], source=JOC, date=None),
        E(False, ["REJECT"], [9], "يسلّموا", ["asserted"], source=GROUP_SPOKESMAN, date=SINCE_YESTERDAY),
        # ¶10: the army's units have not withdrawn from the school in Karsi (core RETREAT withdraw, negated);
        # the soldiers' earthworks are optional (MOBILIZE)
        E(True, ["RETREAT"], [10], "تنسحب", ["negated"], mode="withdraw",
          source=ARMY_UNITS, location=KARSI_SCHOOL, date=SINCE_YESTERDAY, attribution=["شهود من البلدة"]),
        E(False, ["MOBILIZE"], [10], "عززوا", ["asserted"], mode="troops",
          source=ARMY_UNITS, location=KARSI_SCHOOL, date=SINCE_YESTERDAY),
        # background at another place, in «وكان … قد»: the same two sides clash near Tal Banat on 18 March
        # (core, historical, 2; Armed clash)
        E(True, ["ASSAULT"], [11], "اشتباكات", ["historical", "asserted"], mode="firearms",
          source=HIST_CLASH, location=TAL_BANAT, date=D("2022-03-18"), fatalities=2, acled=CLASH),
        # ¶12, subject–verb–object with a long parenthetical: the Yazidi Spiritual Council accuses «أطرافاً
        # خارجية» (core ACCUSE) and asks the two governments to apply the agreement (core REQUEST); its
        # emergency meeting at Lalish is optional
        E(True, ["ACCUSE"], [12], "اتهم", ["asserted"],
          source=YAZIDI_COUNCIL, recipient=OUTSIDE_PARTIES, date=SINCE_YESTERDAY),
        E(True, ["REQUEST"], [12], "وطالب", ["asserted"],
          source=YAZIDI_COUNCIL, recipient=BAGHDAD_ERBIL, date=SINCE_YESTERDAY),
        E(False, ["CONSULT"], [12], "اجتماعاً", ["asserted"], mode="multilateral",
          source=YAZIDI_COUNCIL, location=LALISH, date=SINCE_YESTERDAY),
        # ¶13, verb–subject–object: reinforcements sent to Karsi and Gohbal at dawn (core MOBILIZE troops)
        E(True, ["MOBILIZE"], [13], "ودفعت", ["asserted", "reported"], mode="troops",
          source=JOC, location=KARSI_GOHBAL, date=TODAY, attribution=["مراسل «آفاق كردستان»"]),
        # ¶14, the burial of «القتلى الثلاثة», is a paragraph of the main event
        # ¶15: a sit-in in the Khanke camp against displacement (core PROTEST, Peaceful protest; the time told
        # after the act); the banners' demands and the camp staff listening are optional
        E(True, ["PROTEST"], [15], "وقفة", ["asserted"], mode="demo",
          source=PROTESTERS_KHANKE, location=KHANKE, date=TODAY, acled=PEACEFUL),
        E(False, ["REQUEST"], [15], "تطالب", ["asserted"], source=PROTESTERS_KHANKE, date=TODAY),
        E(False, ["CONSULT"], [15], "واستمعوا", ["asserted"],
          source=CAMP_ADMIN, recipient=PROTESTERS_KHANKE, location=KHANKE, date=TODAY),
        # paragraph 16 (a displaced woman's words) holds no event
        # ¶17: UNAMI calls on all parties to keep the ceasefire (core REQUEST); its support for the agreement
        # and its second call («ودعت إلى «حوار جاد»») are optional
        E(True, ["REQUEST"], [17], "ودعت", ["asserted"], source=UNAMI, recipient=ALL_PARTIES, date=YESTERDAY),
        E(False, ["SUPPORT"], [17], "دعمها", ["asserted"], source=UNAMI, date=YESTERDAY),
        E(False, ["REQUEST"], [17], "ودعت", ["asserted"], source=UNAMI, date=YESTERDAY, occ=1),
    ],
)
