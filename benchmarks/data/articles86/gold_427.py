"""Gold of article 427: Khan Arnabah, al-Baath city, Hader and old Quneitra (Quneitra), a Lebanese TV
channel's news website close to the «axis of resistance», 2016-11-24 (Thu)."""
from actors_places import (
    ALLEGED_CELL,
    BAATH_CITY,
    GOLAN,
    GOLAN_BATTALIONS,
    GOLAN_CMDR,
    GOLAN_RESISTANCE,
    HADER,
    HEZBOLLAH,
    ISRAEL,
    ISRAEL_SYRIA,
    ISRAELI_ARTILLERY,
    ISRAELI_DRONE,
    JUBATA,
    JUBATA_REBELS,
    KATZRIN,
    KHAN_ARNABAH,
    KHAN_ARNABAH_ROAD,
    MOURNERS,
    OLD_QUNEITRA,
    QUNEITRA_GOVERNOR,
    SY_MFA,
    SY_SECURITY,
    SYRIAN_ARMY_7,
    SYRIAN_ARMY_POST,
    UNDOF,
    UNDOF_CMDR,
    UNSC,
)
from common import AIR, PEACEFUL, SHELL, D, E, paras_of

SLUG = "quneitra_2016_khan_arnabah_baath_city_drone_strike"
TODAY = D("2016-11-24")
# a statement or a report of the day after the strike that the text does not date: the evening before or today
SINCE = D("2016-11-24", "day", ("2016-11-23", "2016-11-24"))
ARTICLE = dict(
    id="team86-427", slug=SLUG, published="2016-11-24",
    outlet="al-Thughur, a Lebanese TV channel's news website close to the axis of resistance (fictional)",
    paras=paras_of(f"427_{SLUG}.txt"),
    events=[
        # the main event, first in the lead (no dateline; Khan Arnabah in the first sentence): an Israeli
        # drone strikes a militia commander's car «مساء أمس الأربعاء» (3 killed); the correspondent's details
        # 2, the Israeli channel's version 3, the commander's friend 4, the funeral 5, the ministry's
        # «العدوان» 9
        E(True, ["ASSAULT"], [0, 1, 2, 3, 4, 5, 9], "استهداف", ["asserted"], mode="aerial",
          source=ISRAELI_DRONE, recipient=GOLAN_CMDR, location=KHAN_ARNABAH_ROAD, date=D("2016-11-23"),
          fatalities=3, attribution=["مراسل «الثغور»"], acled=AIR, tpara=1),
        # ¶3: the bombs the «cell» was said to be preparing (optional; planned only in the Israeli source's
        # words)
        E(False, ["ASSAULT"], [3], "لزرع عبوات ناسفة", ["planned", "reported"], mode="explosives",
          source=ALLEGED_CELL, date=None, attribution=["القناة العاشرة الإسرائيلية"]),
        # ¶4: the bomb that missed the commander last year (optional, historical)
        E(False, ["ASSAULT"], [4], "محاولة اغتيال", ["historical", "asserted"], mode="explosives",
          recipient=GOLAN_CMDR, date=D("2015-07-01", "year", ("2015-01-01", "2015-12-31"))),
        # ¶5: the funeral turns into an angry march (PROTEST); the chanted demand and the roads closed by the
        # security forces optional
        E(True, ["PROTEST"], [5], "مسيرة غاضبة", ["asserted"], mode="demo",
          source=MOURNERS, location=KHAN_ARNABAH, date=TODAY, acled=PEACEFUL),
        E(False, ["REQUEST"], [5], "تطالب", ["asserted"], source=MOURNERS, location=KHAN_ARNABAH, date=TODAY),
        E(False, ["COERCE"], [5], "أغلقوا", ["asserted"], mode="restrict",
          source=SY_SECURITY, location=KHAN_ARNABAH, date=TODAY),
        # ¶6 (short): the militia vows revenge
        E(True, ["THREATEN"], [6], "وتوعّدت", ["asserted"], mode="violence", source=GOLAN_BATTALIONS,
          date=SINCE),
        # ¶7: rockets fired at the occupied Golan by no one named (passive; Israeli media) and Israeli
        # artillery on the outskirts of Hader, joined with «و» and a second verb: two events
        E(True, ["ASSAULT"], [7], "أُطلقت", ["asserted", "reported"], mode="heavy-weapons",
          location=GOLAN, date=TODAY, attribution=["وسائل إعلام إسرائيلية"], acled=SHELL),
        E(True, ["ASSAULT"], [7], "بقصف", ["asserted"], mode="heavy-weapons",
          source=ISRAELI_ARTILLERY, location=HADER, date=TODAY, acled=SHELL),
        # ¶8: the Israeli army's alert and Iron Dome battery (MOBILIZE, told by Yedioth); the farm roads
        # closed optional
        E(True, ["MOBILIZE"], [8], "رفع حالة التأهب", ["reported", "asserted"], mode="weapons",
          source=ISRAEL, location=KATZRIN, date=SINCE, attribution=["صحيفة «يديعوت أحرونوت»"]),
        E(False, ["COERCE"], [8], "وأغلق", ["reported"], mode="restrict",
          source=ISRAEL, location=KATZRIN, date=SINCE),
        # ¶9: the Syrian foreign ministry condemns the breach of sovereignty and asks the Security Council to
        # act
        E(True, ["ACCUSE"], [9], "ودانت", ["asserted", "reported"],
          source=SY_MFA, recipient=ISRAEL, date=SINCE, attribution=["وكالة «سانا»"]),
        E(True, ["REQUEST"], [9], "وطالبت", ["asserted", "reported"],
          source=SY_MFA, recipient=UNSC, date=SINCE, attribution=["وكالة «سانا»"]),
        # ¶10 (short): UNDOF calls on both sides to show restraint
        E(True, ["REQUEST"], [10], "ودعت", ["asserted"], source=UNDOF, recipient=ISRAEL_SYRIA, date=TODAY),
        # ¶11: Hezbollah's praise (SUPPORT); the condolence gathering is no event
        E(True, ["SUPPORT"], [11], "وأشاد", ["asserted"], source=HEZBOLLAH, recipient=GOLAN_RESISTANCE,
          date=SINCE),
        # paragraph 12 (the towns of the strip: description) holds no event
        # ¶13: army reinforcements near al-Baath city, told only by opposition pages (rumored); the offensive
        # on Jubata al-Khashab they would prepare optional, hypothetical
        E(True, ["MOBILIZE"], [13], "تعزيزات", ["rumored", "reported"], mode="troops",
          source=SYRIAN_ARMY_7, location=BAATH_CITY,
          date=D("2016-11-23", "day", ("2016-11-23", "2016-11-24")),
          attribution=["صفحات معارضة على مواقع التواصل"]),
        E(False, ["ASSAULT"], [13], "لعملية محتملة", ["hypothetical"], mode="firearms",
          source=SYRIAN_ARMY_7, recipient=JUBATA_REBELS, location=JUBATA, date=None),
        # ¶14: the governor's meeting with UNDOF's commander on Saturday (planned)
        E(True, ["CONSULT"], [14], "يلتقي", ["planned"],
          source=QUNEITRA_GOVERNOR, recipient=UNDOF_CMDR, location=BAATH_CITY, date=D("2016-11-26"),
          attribution=["المكتب الصحفي في المحافظة"]),
        # ¶15 (short): the Security Council has held no session (core CONSULT, negated)
        E(True, ["CONSULT"], [15], "يعقد", ["negated"], mode="multilateral", source=UNSC, date=TODAY),
        # background at another place, in «وكان … قد»: Israeli missiles on an army post near old Quneitra on
        # 8 September (2 killed)
        E(True, ["ASSAULT"], [16], "استهدف", ["historical", "asserted"], mode="heavy-weapons",
          source=ISRAEL, recipient=SYRIAN_ARMY_POST, location=OLD_QUNEITRA, date=D("2016-09-08"),
          fatalities=2, acled=SHELL),
        # the stray mortar shells the Israeli army gave as its reason then (optional, historical, in its
        # words)
        E(False, ["ASSAULT"], [16], "قذائف هاون", ["historical", "reported"], mode="heavy-weapons",
          location=GOLAN, date=D("2016-09-08", "day", ("2016-09-07", "2016-09-08"))),
        # paragraph 17 (drones and the rules of engagement: analysis, generic) holds no event
    ],
)
