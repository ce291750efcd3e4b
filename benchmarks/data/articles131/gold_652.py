"""Gold of article 652: air strikes and barrel bombs on Ain al-Fijah in Wadi Barada (main event, told first in
the lead; eleven civilians dead by the valley's media body), the fighting on the Basima front, the water
ministry's accusation, the state television ticker's threat, water handed out in Damascus, the factions'
refusal of a proposal, a deal for the fighters' departure (rumoured), the notables' meeting in al-Hamah,
the departure of the fighters of al-Hamah and Qudsaya in October 2016, the factions' freeze of the talks,
their one-sided ceasefire, the repair crews kept out (negated), the wounded to be taken out on Thursday and
a protest in Madaya (Rif Dimashq, Syria), an Istanbul-based Syrian opposition satellite channel's website,
2017-01-09 (Mon). Dateline from Qudsaya, a government-held town at the mouth of the valley of the event."""
from actors_places import (
    AIN_FIJAH,
    ASSAD_AIR,
    ASSAD_FORCES,
    BARADA_FACTIONS,
    BARADA_WOUNDED,
    BASIMA,
    BASIMA_BATTLE,
    BASIMA_FIJAH,
    CHECKPOINTS_652,
    DAMASCUS,
    DEAL_PARTIES,
    FACTIONS_OPS_ROOM,
    FIJAH_CIVILIANS,
    HAMAH,
    HAMAH_FIGHTERS,
    HAMAH_QUDSAYA,
    HAMAH_TALKS,
    MADAYA,
    MADAYA_RESIDENTS,
    OPPOSITION_FACTIONS,
    QUDSAYA_NOTABLES,
    REPAIR_CREWS,
    RUSSIA_652,
    SPRING,
    STATE_TV,
    TERRORIST_GROUPS,
    VALLEY_CIVILIANS,
    VALLEY_ENTRANCE,
    VALLEY_GUNMEN,
    WADI_BARADA,
    WATER_AID,
    WATER_MINISTRY,
)
from common import AGREEMENT, AIR, CLASH, DESTRUCTION, PEACEFUL, TRANSFER, D, E, paras_of

SLUG = "ain_fijah_2017_basima_madaya"
YESTERDAY = D("2017-01-08")
TODAY = D("2017-01-09")
TODAY_OR_EVE = D("2017-01-09", "day", ("2017-01-08", "2017-01-09"))
ARTICLE = dict(
    id="team131-652", slug=SLUG, published="2017-01-09",
    outlet="al-Difaf, an Istanbul-based Syrian opposition satellite channel's website (fictional)",
    paras=paras_of(f"652_{SLUG}.txt"),
    events=[
        # MAIN EVENT, told first in the lead ¶1 (dateline from Qudsaya, passive opening): air strikes and
        # barrel bombs on Ain al-Fijah; the headline and the rescuer's account ¶3 (one count: 11)
        E(True, ["ASSAULT"], [0, 1, 3], "بغارات", ["asserted"], mode="aerial", source=ASSAD_AIR,
          recipient=FIJAH_CIVILIANS, location=AIN_FIJAH, date=YESTERDAY, fatalities=11,
          attribution=["الهيئة الإعلامية في الوادي"], acled=AIR, tpara=1),
        # ¶2 (adverbial first, «بين … من جهة، و… من جهة أخرى»): the fighting on the Basima front (6 dead)
        E(True, ["ASSAULT"], [2], "اشتباكات", ["asserted"], mode="firearms", source=BASIMA_BATTLE,
          location=BASIMA, date=YESTERDAY, fatalities=6, attribution=["مصادر ميدانية"], acled=CLASH),
        # ¶4 (the valley) holds no event. ¶5: the ministry's accusation; the cut it charges (reported) and the
        # destruction the factions charge (reported) optional
        E(True, ["ACCUSE"], [5], "واتهمت", ["asserted"], source=WATER_MINISTRY, recipient=TERRORIST_GROUPS,
          date=TODAY_OR_EVE),
        E(False, ["COERCE"], [5], "قطعها", ["reported", "asserted"], mode="withhold", source=TERRORIST_GROUPS,
          location=DAMASCUS, date=None),
        E(False, ["ASSAULT"], [5], "دمّر", ["reported", "asserted"], mode="destroy", location=SPRING,
          date=None, acled=DESTRUCTION),
        # ¶6: the threat run on the state television's news ticker; its call to the civilians optional
        E(True, ["THREATEN"], [6], "وتوعّد", ["asserted"], mode="violence", source=STATE_TV,
          recipient=VALLEY_GUNMEN, location=WADI_BARADA, date=YESTERDAY),
        E(False, ["REQUEST"], [6], "داعياً", ["asserted"], source=STATE_TV, recipient=VALLEY_CIVILIANS,
          date=YESTERDAY),
        # ¶7 (verb first, a parenthesis before the object): water handed out in Damascus
        E(True, ["AID"], [7], "ووزعت", ["asserted"], mode="humanitarian", source=WATER_AID, location=DAMASCUS,
          date=TODAY),
        # ¶8: the factions refuse the notables' proposal; their charge (a participle) and the nationwide truce
        # recalled in a relative clause optional
        E(True, ["REJECT"], [8], "ورفضت", ["asserted"], source=BARADA_FACTIONS, recipient=QUDSAYA_NOTABLES,
          date=TODAY_OR_EVE),
        E(False, ["ACCUSE"], [8], "متهمة", ["asserted"], source=BARADA_FACTIONS, recipient=ASSAD_FORCES,
          date=TODAY_OR_EVE),
        E(False, ["AGREE", "CONCEDE"], [8], "الهدنة الشاملة", ["historical", "asserted"],
          date=D("2016-12-30")),
        # ¶9: a deal for the fighters' departure (rumoured, denied by an activist)
        E(True, ["AGREE"], [9], "اتفاق", ["rumored", "planned", "reported"], source=DEAL_PARTIES,
          recipient=DEAL_PARTIES, location=WADI_BARADA, date=None, attribution=["أوساط مقربة من «حزب الله»"],
          acled=AGREEMENT),
        # ¶10 (a Damascus employee) holds no event. ¶11: the notables' meeting in al-Hamah (purpose clause)
        E(True, ["CONSULT"], [11], "والتقى", ["asserted"], source=HAMAH_TALKS, recipient=HAMAH_TALKS,
          location=HAMAH, date=TODAY, attribution=["أحد أعضاء الوفد"]),
        # ¶12, «وكان … قد» at another place: the fighters' departure from al-Hamah and Qudsaya on 13 October
        # 2016 (core, historical); the settlement optional, historical
        E(True, ["RETREAT"], [12], "غادروا", ["historical", "asserted"], mode="withdraw",
          source=HAMAH_FIGHTERS, location=HAMAH_QUDSAYA, date=D("2016-10-13"), acled=TRANSFER),
        E(False, ["AGREE"], [12], "تسوية", ["historical", "asserted"], location=HAMAH_QUDSAYA, date=None),
        # ¶13: the factions freeze their part in the talks; the blame they put on Moscow optional
        E(True, ["SANCTION", "REJECT"], [13], "تجميد", ["asserted"], mode="withdraw",
          source=OPPOSITION_FACTIONS, recipient=RUSSIA_652, date=TODAY_OR_EVE),
        E(False, ["ACCUSE"], [13], "محمّلة", ["asserted"], source=OPPOSITION_FACTIONS, recipient=RUSSIA_652,
          date=TODAY_OR_EVE),
        # ¶14: the factions' one-sided ceasefire, announced (purpose clause)
        E(True, ["CONCEDE"], [14], "وقفاً لإطلاق النار", ["asserted"], mode="ceasefire",
          source=FACTIONS_OPS_ROOM, location=WADI_BARADA, date=TODAY),
        # ¶15 (a verb of failure): the repair crews kept out at the checkpoints (negated)
        E(True, ["RETREAT", "COERCE"], [15], "عبور", ["negated"], mode="access", source=CHECKPOINTS_652,
          recipient=REPAIR_CREWS, location=VALLEY_ENTRANCE, date=TODAY,
          attribution=["مهندس في مؤسسة مياه دمشق"]),
        # ¶16: the wounded to be taken out «يوم الخميس المقبل» (planned, on a condition)
        E(True, ["RETREAT"], [16], "إخراج", ["planned", "hypothetical"], mode="access",
          recipient=BARADA_WOUNDED, location=BASIMA_FIJAH, date=D("2017-01-12"),
          attribution=["مسؤول في المنظمة"]),
        # ¶17 (the shortest): the protest in Madaya
        E(True, ["PROTEST"], [17], "وتظاهر", ["asserted"], mode="demo", source=MADAYA_RESIDENTS,
          location=MADAYA, date=TODAY, acled=PEACEFUL),
    ],
)
