"""Gold of article 470: Hodeidah city, its port, Kilo 16, Hays and al-Durayhimi (Hodeidah), a Sanaa-based
news website aligned with the Houthis, 2018-12-24 (Mon)."""
from actors_places import (
    AGGRESSION,
    AGGRESSION_AIR,
    AGGRESSION_COALITION,
    AGGRESSION_FORCES,
    BOTH_SIDES_470,
    DURAYHIMI,
    DURAYHIMI_CIVILIANS,
    HAYS,
    HAYS_FARMERS,
    HODEIDAH_AUTHORITY,
    HODEIDAH_CITY,
    HODEIDAH_CIVILIANS,
    HODEIDAH_PORT,
    HOUTHI_FORCES,
    HOUTHI_MIL_SOURCE,
    HOUTHI_SPOKESMAN,
    JF_COMMAND,
    JF_REINFORCEMENTS,
    JOINT_FORCES,
    KILO16,
    KILO16_PORTS,
    RCC,
    RED_SEA_PORTS,
    RIMBO,
    STOCKHOLM_PARTIES,
    UN_TEAM,
    UNITED_NATIONS_470,
    WFP,
)
from common import AGREEMENT, AIR, SHELL, D, E, paras_of

SLUG = "hodeidah_2018_ceasefire_port_kilo16"
TODAY = D("2018-12-24")
YESTERDAY = D("2018-12-23")
ARTICLE = dict(
    id="team94-470", slug=SLUG, published="2018-12-24",
    outlet="Barq al-Yaman, a Sanaa-based news website aligned with the Houthis (fictional)",
    paras=paras_of(f"470_{SLUG}.txt"),
    events=[
        # the main event, first in the lead (dateline «الحديدة», the town of the event): shelling from Kilo 16
        # on houses in eastern Hodeidah yesterday evening; the other side's version 2 («بالمقابل، زعمت»), the
        # funeral 17, the headline 0 → 3
        E(True, ["ASSAULT"], [0, 1, 2, 17], "قصف مدفعي", ["asserted", "reported"], mode="heavy-weapons",
          source=JOINT_FORCES, recipient=HODEIDAH_CIVILIANS, location=HODEIDAH_CITY, date=YESTERDAY,
          fatalities=3, attribution=["مصدر محلي"], acled=SHELL, tpara=1),
        # the ceasefire in force since Tuesday dawn, in a relative clause (optional, historical)
        E(False, ["RETREAT", "CONCEDE"], [1], "لوقف إطلاق النار", ["historical"], mode="ceasefire",
          location=HODEIDAH_CITY, date=D("2018-12-18")),
        # ¶3 and ¶4: violations alleged by both sides (two ACCUSE); the Houthi denial of the second is
        # optional
        E(True, ["ACCUSE"], [3], "واتهم", ["asserted", "reported"],
          source=HOUTHI_SPOKESMAN, recipient=AGGRESSION_COALITION, date=TODAY,
          attribution=["قناة «المسيرة»"]),
        E(True, ["ACCUSE"], [4], "اتهامها", ["reported"],
          source=JF_COMMAND, recipient=HOUTHI_FORCES,
          date=D("2018-12-24", "day", ("2018-12-23", "2018-12-24")),
          attribution=["وسائل إعلام حكومة المرتزقة"]),
        E(False, ["REJECT"], [4], "وصفها", ["asserted"],
          source=HOUTHI_MIL_SOURCE, date=TODAY),
        # ¶5: the UN monitors' visit to the port yesterday morning (CONSULT, visit; named in the headline 0);
        # the meeting during the visit is optional
        E(True, ["CONSULT"], [0, 5], "وزار", ["asserted", "reported"], mode="visit",
          source=UN_TEAM, recipient=RED_SEA_PORTS, location=HODEIDAH_PORT, date=YESTERDAY,
          attribution=["وكالة الأنباء اليمنية «سبأ»"], tpara=5),
        E(False, ["CONSULT"], [5], "والتقى", ["asserted"],
          source=UN_TEAM, recipient=RED_SEA_PORTS, location=HODEIDAH_PORT, date=YESTERDAY),
        # ¶6: the first phase of the redeployment, due this morning and put off without a new date (planned,
        # undated; named in the headline 0)
        E(True, ["RETREAT"], [0, 6], "إعادة الانتشار", ["planned"], mode="withdraw",
          source=BOTH_SIDES_470, location=KILO16_PORTS, date=None,
          attribution=["مصدر في لجنة التنسيق"], tpara=6),
        # ¶7: no vehicles withdrawn from Kilo 16 (core RETREAT, negated)
        E(True, ["RETREAT"], [7], "تسحب", ["negated"], mode="withdraw",
          source=AGGRESSION_FORCES, location=KILO16, date=TODAY),
        # paragraph 8 (the empty eastern quarters: a standing situation) holds no event
        # ¶9: reinforcements toward Hays, told by tribal sources and unconfirmed (rumoured)
        E(True, ["MOBILIZE"], [9], "تعزيزات", ["rumored", "reported"], mode="troops",
          source=JF_REINFORCEMENTS, location=HAYS, date=D("2018-12-23", "day", ("2018-12-22", "2018-12-24")),
          attribution=["مصادر قبلية في مديرية حيس"]),
        # ¶10: a conditional threat (asserted); the «رد» it promises is hypothetical (optional)
        E(True, ["THREATEN"], [10], "وتوعّد", ["asserted"], mode="violence",
          source=HOUTHI_MIL_SOURCE, recipient=AGGRESSION, date=TODAY),
        E(False, ["ASSAULT"], [10], "رد مزلزل", ["hypothetical"], mode="heavy-weapons",
          source=HOUTHI_MIL_SOURCE, recipient=AGGRESSION, date=None),
        # ¶11: mortar fire on farms in Hays «من دون أن تسفر عن إصابات» (asserted)
        E(True, ["ASSAULT"], [11], "قصف", ["asserted", "reported"], mode="heavy-weapons",
          source=JOINT_FORCES, recipient=HAYS_FARMERS, location=HAYS, date=TODAY, attribution=["مزارعون"],
          acled=SHELL),
        # ¶12: the local authority's demand to the UN team («من قبل»); its blame of the UN is optional
        E(True, ["REQUEST"], [12], "وطالبت", ["asserted", "reported"],
          source=HODEIDAH_AUTHORITY, recipient=UN_TEAM, date=TODAY, attribution=["بيان نقلته «سبأ»"]),
        E(False, ["ACCUSE"], [12], "محمّلة", ["asserted"],
          source=HODEIDAH_AUTHORITY, recipient=UNITED_NATIONS_470, date=TODAY),
        # ¶13: the coordination committee's first meeting on Wednesday (planned CONSULT)
        E(True, ["CONSULT"], [13], "اجتماعها", ["planned"], mode="multilateral",
          source=RCC, location=HODEIDAH_CITY, date=D("2018-12-26"),
          attribution=["مصدر في المكتب الأممي بصنعاء"]),
        # background at another place, in «وكان … قد»: air strikes on a market in al-Durayhimi on 12 December
        # (4); the Stockholm signing the next day, in a clause, is optional and historical
        E(True, ["ASSAULT"], [14], "شنّ", ["historical", "asserted"], mode="aerial",
          source=AGGRESSION_AIR, recipient=DURAYHIMI_CIVILIANS, location=DURAYHIMI, date=D("2018-12-12"),
          fatalities=4, acled=AIR),
        E(False, ["AGREE"], [14], "التوقيع", ["historical"],
          source=STOCKHOLM_PARTIES, location=RIMBO, date=D("2018-12-13"), acled=AGREEMENT),
        # paragraph 15 (life near the front lines: generic) holds no event
        # ¶16: a WFP wheat ship docked at the port yesterday (AID)
        E(True, ["AID"], [16], "ورست", ["asserted", "reported"], mode="humanitarian",
          source=WFP, location=HODEIDAH_PORT, date=YESTERDAY,
          attribution=["مصدر في مؤسسة موانئ البحر الأحمر"]),
        # ¶17, the funeral, is a paragraph of the main event
    ],
)
