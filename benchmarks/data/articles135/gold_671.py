"""Gold of article 671: a jihadist group's storming of al-Qaryatayn with three suicide car bombs (main event,
told in ¶3 after the air raids and the reinforcements; twelve dead by a military source, nineteen by the
Syrian Observatory), the air raids on the town, reinforcements in Mheen and Hawarin, some hundred and fifty
residents abducted, a sermon's threat, the Syriac Catholic diocese's accusation, contacts through tribal
notables (rumoured), the rebels' seizure of the Mheen depots in November 2013, Red Crescent aid in Fairouzeh,
the Syriac League's praise, no UN aid (negated), the archdiocese's refusal of any ransom, a vigil due in
Stockholm on Sunday (planned) and seven elderly hostages released (Homs, Syria), a Stockholm-based Syriac
diaspora association's news website, 2015-08-07 (Fri). No dateline: the lead names al-Qaryatayn."""
from actors_places import (
    ARMY_MHEEN,
    CONTACTS_671,
    FAIROUZEH,
    GOV_WITHDRAWN_671,
    HOMS_DIOCESE,
    HOSTAGES_671,
    ICRC_AND_NGOS,
    IS_671,
    IS_CLERIC,
    IS_FIGHTERS_671,
    IS_TARGETS_671,
    MHEEN,
    MHEEN_CHECKPOINT,
    MHEEN_DEPOTS,
    MHEEN_HAWARIN,
    MHEEN_ROAD,
    QARYATAYN,
    QARYATAYN_ABDUCTEES,
    QARYATAYN_BATTLE,
    QARYATAYN_DISPLACED,
    QARYATAYN_MOSQUE,
    QARYATAYN_VOLUNTEERS,
    REBELS_MHEEN,
    RELEASED_671,
    SARC,
    SHOPKEEPERS_671,
    STOCKHOLM,
    SWEDEN_SYRIACS,
    SY_AIR_FORCE,
    SY_ARMY_NDF,
    SYRIAC_ARCHDIOCESE,
    SYRIAC_EMIGRANTS,
    SYRIAC_LEAGUE,
    THREATENED_671,
    TRAPPED_671,
    UN_AGENCIES_671,
)
from common import ABDUCTION, AIR, CLASH, D, E, paras_of

SLUG = "qaryatayn_2015_mheen_hawarin"
YESTERDAY = D("2015-08-06")
TODAY = D("2015-08-07")
TODAY_OR_EVE = D("2015-08-07", "day", ("2015-08-06", "2015-08-07"))
NIGHT = D("2015-08-06", "day", ("2015-08-06", "2015-08-07"))
ARTICLE = dict(
    id="team135-671", slug=SLUG, published="2015-08-07",
    outlet="Qanadil al-Mashriq, a Stockholm-based Syriac diaspora association's news website (fictional)",
    paras=paras_of(f"671_{SLUG}.txt"),
    events=[
        # ¶1 (verb first; the place in the first sentence): more than twenty air raids on the town since dawn
        E(True, ["ASSAULT"], [1], "غارة", ["asserted"], mode="aerial", source=SY_AIR_FORCE,
          recipient=IS_TARGETS_671, location=QARYATAYN, date=TODAY, attribution=["مصدر عسكري", "سكان"],
          acled=AIR),
        # ¶2 (adverbial first): tanks and rocket launchers brought to Mheen and Hawarin; the road closed
        # optional
        E(True, ["MOBILIZE"], [2], "استقدم", ["asserted"], mode="weapons", source=SY_ARMY_NDF,
          location=MHEEN_HAWARIN, date=NIGHT, attribution=["ضابط ميداني"]),
        E(False, ["COERCE"], [2], "وأغلقوا", ["asserted"], mode="restrict", source=SY_ARMY_NDF,
          location=MHEEN_ROAD, date=NIGHT),
        # MAIN EVENT, told in ¶3 after two other core events: the storming with three suicide car bombs and
        # the fighting that followed (both sides as source); the headline and the Observatory's count and a
        # resident's account ¶4 (12 by a military source against 19 by the Observatory: 12); the defenders'
        # withdrawal optional
        E(True, ["ASSAULT"], [0, 3, 4], "واقتحم", ["asserted"], mode="suicide-attack",
          source=QARYATAYN_BATTLE, location=QARYATAYN, date=YESTERDAY, fatalities=12,
          attribution=["مصدر عسكري", "المرصد السوري لحقوق الإنسان"], acled=CLASH, tpara=3),
        E(False, ["RETREAT"], [3], "انسحب", ["asserted"], mode="withdraw", source=GOV_WITHDRAWN_671,
          location=MHEEN, date=YESTERDAY),
        # ¶5 and the headline: some hundred and fifty residents taken from their homes (a back-reference opens
        # the paragraph); their use as human shields feared (optional, hypothetical)
        E(True, ["ASSAULT"], [0, 5], "اقتاد", ["asserted"], mode="abduct", source=IS_FIGHTERS_671,
          recipient=QARYATAYN_ABDUCTEES, location=QARYATAYN, date=NIGHT, attribution=["أقارب لهم"],
          acled=ABDUCTION, tpara=5),
        E(False, ["ASSAULT", "COERCE"], [5], "دروعاً", ["hypothetical"], source=IS_FIGHTERS_671,
          recipient=HOSTAGES_671, location=QARYATAYN, date=None),
        # ¶6 (adverbial first): the threat told from a mosque's pulpit, relayed by a worshipper over the
        # telephone; the order to close the shops optional
        E(True, ["THREATEN"], [6], "توعّد", ["asserted"], mode="violence", source=IS_CLERIC,
          recipient=THREATENED_671, location=QARYATAYN_MOSQUE, date=TODAY, attribution=["أحد المصلين"]),
        E(False, ["COERCE"], [6], "وأمر", ["asserted"], mode="restrict", source=IS_CLERIC,
          recipient=SHOPKEEPERS_671, location=QARYATAYN_MOSQUE, date=TODAY),
        # ¶7 (the oasis town) holds no event. ¶8: the diocese holds the group responsible; its demand optional
        E(True, ["ACCUSE"], [8], "وحمّلت", ["asserted"], source=HOMS_DIOCESE, recipient=IS_671,
          date=YESTERDAY),
        E(False, ["REQUEST"], [8], "مطالبة", ["asserted"], source=HOMS_DIOCESE, recipient=ICRC_AND_NGOS,
          date=YESTERDAY),
        # ¶9: contacts through tribal notables told among the displaced (rumoured; a silence closes it)
        E(True, ["CONSULT"], [9], "اتصالات", ["rumored", "reported"], mode="third-party", source=CONTACTS_671,
          recipient=CONTACTS_671, date=None, attribution=["العائلات التي لجأت إلى مهين"]),
        # ¶10, «وكان … قد» at another place: the rebels' seizure of the Mheen depots in November 2013 (core,
        # historical); the army's retaking weeks later optional
        E(True, ["ASSAULT"], [10], "سيطرت", ["historical", "asserted"], mode="firearms", source=REBELS_MHEEN,
          location=MHEEN_DEPOTS, date=D("2013-11-15", "month", ("2013-11-01", "2013-11-30")), acled=CLASH),
        E(False, ["ASSAULT"], [10], "يستعيدها", ["historical", "asserted"], mode="firearms",
          source=ARMY_MHEEN, recipient=REBELS_MHEEN, location=MHEEN_DEPOTS, date=None),
        # ¶11 (verb first): Red Crescent food baskets and mattresses in Fairouzeh
        E(True, ["AID"], [11], "ووزّعت", ["asserted"], mode="humanitarian", source=SARC,
          recipient=QARYATAYN_DISPLACED, location=FAIROUZEH, date=YESTERDAY,
          attribution=["فرع المنظمة في المحافظة"]),
        # ¶12: the Syriac League's praise of the town's volunteers; its call to the emigrants optional
        E(True, ["SUPPORT"], [12], "وأشادت", ["asserted"], source=SYRIAC_LEAGUE,
          recipient=QARYATAYN_VOLUNTEERS, date=TODAY_OR_EVE),
        E(False, ["REQUEST"], [12], "داعيةً", ["asserted"], source=SYRIAC_LEAGUE, recipient=SYRIAC_EMIGRANTS,
          date=TODAY_OR_EVE),
        # ¶13: no UN aid delivered to the families still inside (negated, told by a verb of failure)
        E(True, ["AID"], [13], "مساعدات", ["negated"], mode="humanitarian", source=UN_AGENCIES_671,
          recipient=TRAPPED_671, location=QARYATAYN, date=TODAY_OR_EVE,
          attribution=["موظف في مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية"]),
        # ¶14 (the monastery) holds no event. ¶15: the archdiocese refuses any ransom; its demand optional
        E(True, ["REJECT"], [15], "ورفضت", ["asserted"], source=SYRIAC_ARCHDIOCESE, date=TODAY_OR_EVE),
        E(False, ["REQUEST"], [15], "مطالباً", ["asserted"], source=SYRIAC_ARCHDIOCESE, date=TODAY_OR_EVE),
        # ¶16: a vigil before the parliament in Stockholm «يوم الأحد المقبل» (planned; a present tense)
        E(True, ["PROTEST"], [16], "وقفة", ["planned"], mode="demo", source=SWEDEN_SYRIACS,
          location=STOCKHOLM, date=D("2015-08-09")),
        # ¶17 (the shortest): seven elderly hostages released last night
        E(True, ["RETREAT", "CONCEDE"], [17], "وأطلق", ["asserted"], mode="release", source=IS_671,
          recipient=RELEASED_671, location=MHEEN_CHECKPOINT, date=YESTERDAY),
    ],
)
