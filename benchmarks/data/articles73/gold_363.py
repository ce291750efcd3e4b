"""Gold of article 363: a shell on a passenger bus on the al-Dhabab road, the army's advance in al-Salw, the
local authority's condemnation and demand, a commander's threat and a raised alert, rumoured Houthi
reinforcements near al-Hawban, an ICRC visit due next week, talks that reached no agreement, arrests in
al-Masbah, a shell on a market in al-Misrakh on 22 February and an ICRC medical shipment (Taiz, Yemen), a
Yemeni local news site, 2018-03-10 (Sat). Dateline «تعز – «الحالمة نت»:»; the main event is told first, in the
lead, and retold by a witness (¶2), the Houthi-run agency (¶4) and a hospital (¶5); one toll (4). A funeral
(¶6) adds no event."""
from actors_places import (
    BUS_PASSENGERS,
    DHABAB,
    HOUTHI_SOURCE,
    HOUTHIS,
    ICRC,
    ICRC_VISIT,
    MASBAH,
    MERCENARIES,
    MIL_POLICE_SOURCE,
    MISRAKH,
    MISRAKH_VICTIMS,
    SALW,
    SALW_FIGHT,
    SHARAB_JUNCTION,
    TAIZ,
    TAIZ_AUTHORITY,
    TAIZ_AXIS_CMD,
    TAIZ_AXIS_CMDR,
    TAIZ_BOTH_SIDES,
    TAIZ_FRONTS,
    TAIZ_SECURITY,
    TAIZ_SUSPECTS,
    TAIZ_WOUNDED,
    THAWRA_HOSP_PLACE,
    THAWRA_HOSPITAL,
    TRIBAL_MEDIATORS,
    UN_ENVOY_RIGHTS,
)
from common import ARREST, CLASH, SHELL, D, E, paras_of

SLUG = "taiz_2018_al_dhabab_road_salw_misrakh_masbah"
TODAY = D("2018-03-10")
TODAY_OPEN = D("2018-03-10", "day", ("2018-03-09", "2018-03-10"))
LAST_WEEK = D("2018-03-04", "week", ("2018-02-26", "2018-03-09"))
ARTICLE = dict(
    id="team73-363", slug=SLUG, published="2018-03-10",
    outlet="al-Halima Net, Yemeni local news site of Taiz (fictional)",
    paras=paras_of(f"363_{SLUG}.txt"),
    events=[
        # MAIN EVENT, told first in the lead: the artillery shell on a passenger bus on the al-Dhabab road
        # «ظهر اليوم» (headline 0; lead 1: four, blamed on the Houthis by a military police source; a truck
        # driver 2; the Houthi-run agency's version 4; a hospital 5: four) → 4. The police source's blame is
        # optional
        E(True, ["ASSAULT"], [0, 1, 2, 4, 5], "قذيفة مدفعية", ["asserted", "reported"], mode="heavy-weapons",
          source=HOUTHIS, recipient=BUS_PASSENGERS, location=DHABAB, date=TODAY, fatalities=4,
          attribution=["مصدر في الشرطة العسكرية", "سائق شاحنة", "مصدر في مستشفى الثورة العام"],
          acled=SHELL, tpara=1),
        E(False, ["ACCUSE"], [1], "واتهم", ["asserted", "reported"],
          source=MIL_POLICE_SOURCE, recipient=HOUTHIS, date=TODAY),
        # ¶3: the army's advance in al-Salw after clashes with the Houthis (one two-sided fight, headline 0):
        # «عدد منهم» killed → 3 (the spec's rule for «عدد من»)
        E(True, ["ASSAULT"], [0, 3], "مواجهات عنيفة", ["reported", "asserted"], mode="firearms",
          source=SALW_FIGHT, location=SALW, date=TODAY, fatalities=3,
          attribution=["محور تعز العسكري", "المركز الإعلامي للمحور"], acled=CLASH, tpara=3),
        # ¶4: the Houthi-run agency's version belongs to the main event; its blame of «the aggression's
        # mercenaries» and its call for an inquiry are optional
        E(False, ["ACCUSE"], [4], "اتهامه", ["reported"],
          source=HOUTHI_SOURCE, recipient=MERCENARIES, date=TODAY),
        E(False, ["REQUEST"], [4], "ومطالباً", ["reported"],
          source=HOUTHI_SOURCE, date=TODAY),
        # ¶6 (a funeral) and ¶7 (the road described) hold no event ¶8: the local authority's condemnation
        # (ACCUSE, no actor named) and its demand (REQUEST); the siege and the near-daily shelling it recalls
        # are optional, generic
        E(True, ["ACCUSE"], [8], "ودانت", ["asserted", "reported"],
          source=TAIZ_AUTHORITY, date=TODAY, attribution=["بيان السلطة المحلية"]),
        E(True, ["REQUEST"], [8], "وطالبت", ["asserted", "reported"],
          source=TAIZ_AUTHORITY, recipient=UN_ENVOY_RIGHTS, date=TODAY, attribution=["بيان السلطة المحلية"]),
        E(False, ["COERCE"], [8], "الحصار", ["generic"], mode="restrict",
          source=HOUTHIS, location=TAIZ, date=None),
        E(False, ["ASSAULT"], [8], "قصفاً وقنصاً", ["generic"], mode="heavy-weapons",
          location=DHABAB, date=None),
        # ¶9: the Taiz Axis commander's threat (THREATEN) during a visit to the wounded (optional CONSULT) and
        # the alert raised on the western and southern fronts (MOBILIZE)
        E(True, ["THREATEN"], [9], "وتوعّد", ["asserted"], mode="violence",
          source=TAIZ_AXIS_CMDR, location=TAIZ, date=TODAY),
        E(False, ["CONSULT"], [9], "زيارة", ["asserted"], mode="visit",
          source=TAIZ_AXIS_CMDR, recipient=TAIZ_WOUNDED, location=TAIZ, date=TODAY),
        E(True, ["MOBILIZE"], [9], "رفعت", ["asserted", "reported"], mode="troops",
          source=TAIZ_AXIS_CMD, location=TAIZ_FRONTS, date=TODAY, attribution=["مصدر عسكري"]),
        # ¶10: Houthi fighters and weapons trucked to the Sharab junction, told by residents and unconfirmed
        # (rumoured); the feared attack is optional, hypothetical
        E(True, ["MOBILIZE"], [10], "وصول شاحنات", ["rumored", "reported"], mode="troops",
          source=HOUTHIS, location=SHARAB_JUNCTION, date=D("2018-03-09", "day", ("2018-03-08", "2018-03-10")),
          attribution=["سكان في منطقة الحوبان"]),
        E(False, ["ASSAULT"], [10], "لهجوم", ["hypothetical"], mode="firearms",
          source=HOUTHIS, location=TAIZ, date=None),
        # ¶11: an ICRC delegation's visit «الأسبوع المقبل» (planned CONSULT); the corridor and the exchange of
        # bodies it will discuss are optional
        E(True, ["CONSULT"], [11], "يزور", ["planned"], mode="visit",
          source=ICRC_VISIT, recipient=ICRC_VISIT, location=TAIZ,
          date=D("2018-03-14", "week", ("2018-03-11", "2018-03-17")),
          attribution=["عضو في لجنة التهدئة المحلية"]),
        E(False, ["RETREAT"], [11], "فتح ممر إنساني", ["planned", "hypothetical"], mode="access",
          location=TAIZ, date=None),
        E(False, ["COOPERATE"], [11], "وتبادل جثث", ["planned", "hypothetical"],
          source=TAIZ_BOTH_SIDES, date=None),
        # ¶12: last week's meetings reached no agreement on a halt to shelling (AGREE, negated); the meetings
        # themselves and the withdrawal they discussed are optional
        E(True, ["AGREE", "CONCEDE"], [12], "اتفاق", ["negated"],
          source=TAIZ_BOTH_SIDES, date=LAST_WEEK, attribution=["عضو في لجنة التهدئة المحلية"]),
        E(False, ["CONSULT"], [12], "لقاءات", ["historical", "asserted"], mode="third-party",
          source=TAIZ_BOTH_SIDES, recipient=TRIBAL_MEDIATORS, date=LAST_WEEK),
        E(False, ["RETREAT"], [12], "بالانسحاب", ["hypothetical"], mode="withdraw",
          date=None),
        # ¶13: three suspects arrested in al-Masbah «مساء أمس الجمعة» (the raid and the seized weapons are
        # part of it); the assassinations of past months are optional, generic
        E(True, ["COERCE"], [13], "اعتقلت", ["asserted", "reported"], mode="arrest",
          source=TAIZ_SECURITY, recipient=TAIZ_SUSPECTS, location=MASBAH, date=D("2018-03-09"),
          attribution=["إدارة أمن المحافظة"], acled=ARREST),
        E(False, ["ASSAULT"], [13], "اغتيالات", ["generic"], mode="assassinate",
          location=TAIZ, date=None),
        # ¶14 (prices and salaries) holds no event background at another place: a shell on a market in
        # al-Misrakh on Thursday 22 February (2), blamed on the Houthis; the blame and the market's closure
        # then are optional
        E(True, ["ASSAULT"], [15], "قذيفة", ["historical", "asserted"], mode="heavy-weapons",
          source=HOUTHIS, recipient=MISRAKH_VICTIMS, location=MISRAKH, date=D("2018-02-22"), fatalities=2,
          attribution=["السلطة المحلية"], acled=SHELL),
        E(False, ["ACCUSE"], [15], "واتهمت", ["historical"],
          source=TAIZ_AUTHORITY, recipient=HOUTHIS,
          date=D("2018-02-22", "week", ("2018-02-22", "2018-02-28"))),
        E(False, ["COERCE"], [15], "وأُغلق السوق", ["historical"], mode="restrict",
          location=MISRAKH, date=None),
        # ¶16: the ICRC's medicines for al-Thawra hospital (AID); the daily victims are optional, generic
        E(True, ["AID"], [16], "شحنة أدوية", ["asserted", "reported"], mode="humanitarian",
          source=ICRC, recipient=THAWRA_HOSPITAL, location=THAWRA_HOSP_PLACE, date=TODAY,
          attribution=["مدير المستشفى"]),
        E(False, ["ASSAULT"], [16], "القصف والقنص", ["generic"], mode="heavy-weapons",
          location=TAIZ, date=None),
    ],
)
