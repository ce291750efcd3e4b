"""Gold of article 516: the Quneitra countryside (Jubata al-Khashab, al-Baath city, Khan Arnabah, Mashara,
al-Hamidiyah, Hadar), a Damascus-based pro-government private radio station's website, 2018-07-22 (Sun)."""
from actors_places import (
    BAATH,
    BAATH_CIVILIANS,
    BUS_FIGHTERS,
    COMMITTEE_MEMBER,
    COMMITTEE_SOURCE,
    GROUP_LEADER,
    HADAR,
    HADAR_SHELLERS,
    HADAR_VICTIMS,
    HAMIDIYAH,
    HAMIDIYAH_GROUP,
    HOLDOUT_GROUPS,
    JUBATA,
    JUBATA_GROUPS,
    JUBATA_QUNEITRA,
    KHAN_ARNABAH,
    KHAN_ARNABAH_HADAR_ROAD,
    MASHARA,
    MASHARA_GROUPS,
    MASHARA_GUNMEN,
    QUN_ARMED_GROUPS,
    QUN_DISPLACED,
    QUN_GOVERNOR,
    QUN_RECONCILIATION,
    QUNEITRA,
    REJECTING_GUNMEN,
    RU_MP,
    RU_SIDE,
    SY_ARMY,
    SY_MIL_SOURCE,
    UNNAMED_SPOILERS,
)
from common import AGREEMENT, SHELL, D, E, paras_of

SLUG = "quneitra_2018_jubata_khan_arnabah_settlement_buses"
TODAY = D("2018-07-22")
YESTERDAY = D("2018-07-21")
SINCE_YESTERDAY = D("2018-07-21", "day", ("2018-07-21", "2018-07-22"))
ARTICLE = dict(
    id="team104-516", slug=SLUG, published="2018-07-22",
    outlet="Athir al-Janub, a Damascus-based pro-government private radio station's website (fictional)",
    paras=paras_of(f"516_{SLUG}.txt"),
    events=[
        # ¶1 (dateline from the province «القنيطرة»): the reconciliation committee announces «مساء أمس
        # السبت» a settlement deal reached with the armed groups of Jubata al-Khashab and the northern
        # countryside (core AGREE, Agreement: an evacuation deal); its terms (weapons, settlement,
        # departure) are no events; the headline 0 names the terms announced
        E(True, ["AGREE"], [0, 1], "اتفاق", ["asserted"],
          source=QUN_RECONCILIATION, recipient=QUN_ARMED_GROUPS, location=JUBATA_QUNEITRA, date=YESTERDAY,
          acled=AGREEMENT, tpara=1),
        # the main event, in ¶2 after the announcement (not first in the lead): rockets on the northern
        # quarter of al-Baath city after the terms were announced, three civilians killed, the first breach
        # of the lull; ¶3 the armed group's denial (the other side's version), ¶4 the army's fire on «مصادر
        # إطلاق القذائف» (a back-reference), ¶17 the funeral of «الشهداء الثلاثة» → 3
        E(True, ["ASSAULT"], [0, 2, 3, 4, 17], "قذائف صاروخية", ["asserted", "reported"],
          mode="heavy-weapons", source=REJECTING_GUNMEN, recipient=BAATH_CIVILIANS, location=BAATH,
          date=SINCE_YESTERDAY, fatalities=3, attribution=["مصدر طبي"], acled=SHELL, tpara=2),
        # ¶3: a commander denies that his men fired (optional REJECT) and blames unnamed spoilers (core
        # ACCUSE, told through an audio recording that opposition accounts shared)
        E(False, ["REJECT"], [3], "نفى", ["reported", "asserted"],
          source=GROUP_LEADER, date=SINCE_YESTERDAY),
        E(True, ["ACCUSE"], [3], "واتهم", ["reported", "asserted"],
          source=GROUP_LEADER, recipient=UNNAMED_SPOILERS, date=SINCE_YESTERDAY,
          attribution=["تسجيل صوتي تداولته حسابات معارضة"]),
        # ¶4: the army's artillery on the launch sites near Mashara, told through SANA (core ASSAULT; «من
        # دون أن يحدد المصدر حجم الخسائر» negates nothing)
        E(True, ["ASSAULT"], [4], "بقصف مدفعي", ["reported", "asserted"], mode="heavy-weapons",
          source=SY_ARMY, recipient=MASHARA_GUNMEN, location=MASHARA, date=SINCE_YESTERDAY,
          attribution=["وكالة «سانا» عن مصدر عسكري"], acled=SHELL),
        # ¶5: three rounds of talks in Khan Arnabah over the past days with Russian officers present (core
        # CONSULT, dated a week with a range); the time is told after the act in its own clause («، وذلك بعد
        # أن بلغت …»), and the army reaching the hills is an optional MOBILIZE
        E(True, ["CONSULT"], [5], "المفاوضات", ["asserted"], mode="third-party",
          source=QUN_RECONCILIATION, recipient=QUN_ARMED_GROUPS, location=KHAN_ARNABAH,
          date=D("2018-07-18", "week", ("2018-07-15", "2018-07-21"))),
        E(False, ["MOBILIZE"], [5], "بلغت", ["asserted"], mode="troops",
          source=SY_ARMY, location=QUNEITRA, date=None),
        # paragraph 6 (the northern countryside: a description) holds no event ¶7 (verb–subject–object, «من
        # قبل الشرطة العسكرية الروسية»): the groups of Jubata al-Khashab hand over a first batch of heavy
        # weapons this morning (core RETREAT disarm)
        E(True, ["RETREAT"], [7], "وسلّمت", ["asserted"], mode="disarm",
          source=JUBATA_GROUPS, recipient=RU_MP, location=JUBATA, date=TODAY),
        # ¶8: twenty-six buses leave for Idlib this afternoon with fighters who reject the settlement and
        # their families («بين مسلحين … وأفراد»; core RETREAT withdraw, no label); the headline 0 names the
        # buses
        E(True, ["RETREAT"], [0, 8], "وانطلقت", ["asserted"], mode="withdraw",
          source=BUS_FIGHTERS, location=JUBATA, date=TODAY, tpara=8),
        # ¶9: a group in the hills of al-Hamidiyah refuses to join the deal (core REJECT); its condition is
        # an optional REQUEST, the Russian side's refusal of it an optional REJECT
        E(True, ["REJECT"], [9], "ورفضت", ["asserted"],
          source=HAMIDIYAH_GROUP, location=HAMIDIYAH, date=SINCE_YESTERDAY),
        E(False, ["REQUEST"], [9], "واشترطت", ["asserted"],
          source=HAMIDIYAH_GROUP, date=SINCE_YESTERDAY),
        E(False, ["REJECT"], [9], "رفضه", ["asserted"],
          source=RU_SIDE, date=SINCE_YESTERDAY),
        # ¶10: the abduction of a committee member on the road between Khan Arnabah and Hadar, rumoured by
        # Facebook pages and denied by the committee (core ASSAULT, rumored, no time → no date); the denial
        # is an optional REJECT
        E(True, ["ASSAULT"], [10], "اختطاف", ["rumored"], mode="abduct",
          recipient=COMMITTEE_MEMBER, location=KHAN_ARNABAH_HADAR_ROAD, date=None,
          attribution=["صفحات محلية على «فيسبوك»"]),
        E(False, ["REJECT"], [10], "نفى", ["asserted"],
          source=COMMITTEE_SOURCE, date=TODAY),
        # ¶11: a military source threatens the holdouts with «الحسم العسكري» unless they join or leave
        # within 48 hours (core THREATEN, asserted); the clearing it announces is hypothetical (optional),
        # and the holdouts' standing refusal an optional REJECT
        E(True, ["THREATEN"], [11], "وتوعّد", ["asserted"], mode="violence",
          source=SY_MIL_SOURCE, recipient=HOLDOUT_GROUPS, location=QUNEITRA, date=TODAY),
        E(False, ["ASSAULT"], [11], "لتطهير", ["hypothetical"], mode="heavy-weapons",
          source=SY_ARMY, date=None),
        E(False, ["REJECT"], [11], "ترفض", ["asserted"],
          source=HOLDOUT_GROUPS, date=TODAY),
        # paragraphs 12 (settlements counted since the start of the month, life returning: aggregates and a
        # standing situation) and 13 (a vegetable seller's words) hold no event ¶14, one sentence, two
        # events: a second convoy of buses due «صباح غدٍ الإثنين» (core RETREAT, planned) and the groups of
        # Mashara that have not handed over their heavy weapons (core RETREAT, negated)
        E(True, ["RETREAT"], [14], "تنطلق", ["planned"], mode="withdraw",
          location=JUBATA, date=D("2018-07-23")),
        E(True, ["RETREAT"], [14], "تسلّم", ["negated"], mode="disarm",
          source=MASHARA_GROUPS, location=MASHARA, date=TODAY),
        # background at another place, in «وكانت … قد»: shells on houses in Hadar on 11 June (2)
        E(True, ["ASSAULT"], [15], "قذائف", ["historical", "asserted"], mode="heavy-weapons",
          source=HADAR_SHELLERS, recipient=HADAR_VICTIMS, location=HADAR, date=D("2018-06-11"), fatalities=2,
          acled=SHELL),
        # ¶16 (subject–verb–object, a long parenthetical between «ومحافظ القنيطرة» and «دعا»): the governor
        # calls on the displaced to return (core REQUEST; «من دون أن يحدد موعداً» negates nothing)
        E(True, ["REQUEST"], [16], "دعا", ["asserted"],
          source=QUN_GOVERNOR, recipient=QUN_DISPLACED, location=QUNEITRA, date=TODAY),
        # ¶17, the funeral, is a paragraph of the main event
    ],
)
