"""Gold of article 651: the storming of al-Mardum and Wadi Dinar on the northern edge of Bani Walid (main
event, told in ¶3 after the reinforcements and the loudspeakers' threat; twelve dead by the General Staff's
media office against nineteen by the town's elders), reinforcements, the loudspeakers' threat, the elders'
accusation and refusal, food handed out in Tarhuna, fighters from the south (rumoured), a sit-in in Misrata
in September 2012, the UN mission's call, six young men held at a checkpoint, no medicine delivered to the
hospital (negated), the Misrata council's praise, a humanitarian truce agreed by mediators and a congress
delegation due on Tuesday (Bani Walid, Libya), a Misrata-based municipal council's newspaper's website,
2012-10-21 (Sun). No dateline: the lead names Bani Walid in its first sentence."""
from actors_places import (
    ARMED_DEFENDERS,
    BANI_WALID,
    BW_DISPLACED,
    BW_ELDERS,
    BW_FAMILIES,
    BW_GUNMEN,
    BW_HOSPITAL,
    BW_HOSPITAL_PLACE,
    BW_NORTH_GATE,
    BW_SOUTH_ROAD,
    BW_TARHUNA_ROAD,
    BW_YOUTHS,
    CHECKPOINT_MEN_651,
    CHECKPOINTS_651,
    GNC,
    GNC_DELEGATION,
    LIBYA_SHIELD,
    LY_CHIEF_OF_STAFF,
    LY_RED_CRESCENT,
    MARDUM,
    MARDUM_BATTLE,
    MISRATA,
    MISRATA_COUNCIL,
    MISRATA_RESIDENTS,
    MISRATA_REVOLUTIONARIES,
    MISRATA_YOUTHS,
    OPS_ROOM_651,
    SIEGE_COMMANDERS,
    SOUTHERN_FIGHTERS,
    TARHUNA,
    TRUCE_TALKS,
    TRUCE_VILLAGE,
    UNSMIL,
)
from common import AGREEMENT, ARREST, CLASH, OTHER, PEACEFUL, D, E, paras_of

SLUG = "bani_walid_2012_mardum_tarhuna"
YESTERDAY = D("2012-10-20")
TODAY = D("2012-10-21")
TODAY_OR_EVE = D("2012-10-21", "day", ("2012-10-20", "2012-10-21"))
NIGHT = D("2012-10-20", "day", ("2012-10-20", "2012-10-21"))
ARTICLE = dict(
    id="team131-651", slug=SLUG, published="2012-10-21",
    outlet="Manarat Misrata, a Misrata-based municipal council's newspaper's website (fictional)",
    paras=paras_of(f"651_{SLUG}.txt"),
    events=[
        # ¶1 (verb first, no dateline): reinforcements sent to the edges of the town; the roads closed by the
        # checkpoints optional
        E(True, ["MOBILIZE"], [1], "دفعت", ["asserted"], mode="troops", source=LY_CHIEF_OF_STAFF,
          location=BANI_WALID, date=TODAY, attribution=["مراسل «منارة مصراتة»"]),
        E(False, ["COERCE"], [1], "أغلقت", ["asserted"], mode="restrict", source=CHECKPOINTS_651,
          location=BW_TARHUNA_ROAD, date=TODAY),
        # ¶2: the threat broadcast by loudspeakers on vehicles at the northern gate during the night; the call
        # to the families to leave optional
        E(True, ["THREATEN"], [2], "يتوعّد", ["asserted"], mode="violence", source=OPS_ROOM_651,
          recipient=ARMED_DEFENDERS, location=BW_NORTH_GATE, date=NIGHT),
        E(False, ["REQUEST"], [2], "ويدعو", ["asserted"], source=OPS_ROOM_651, recipient=BW_FAMILIES,
          location=BANI_WALID, date=NIGHT),
        # MAIN EVENT, told in ¶3 after two other core events: the storming of al-Mardum and Wadi Dinar after
        # seven hours of fighting, both sides as source; the headline and the elders' count ¶4 (12 against 19
        # → 12, the lowest)
        E(True, ["ASSAULT"], [0, 3, 4], "اشتباكات", ["asserted"], mode="heavy-weapons", source=MARDUM_BATTLE,
          location=MARDUM, date=YESTERDAY, fatalities=12,
          attribution=["المكتب الإعلامي لرئاسة الأركان", "مجلس حكماء بني وليد"], acled=CLASH, tpara=3),
        # ¶4: the gunmen falling back at nightfall, told by a fighter, optional
        E(False, ["RETREAT"], [4], "تراجعوا", ["asserted"], mode="withdraw", source=BW_GUNMEN,
          location=BANI_WALID, date=YESTERDAY, acled=OTHER),
        # ¶5 (the town) holds no event. ¶6: the elders' accusation (the denial is the other side's version, no
        # event); their demand for an inquiry optional
        E(True, ["ACCUSE"], [6], "واتهم", ["asserted"], source=BW_ELDERS, recipient=LIBYA_SHIELD,
          date=TODAY_OR_EVE),
        E(False, ["REQUEST"], [6], "مطالباً", ["asserted"], source=BW_ELDERS, date=TODAY_OR_EVE),
        # ¶7 (adverbial first): food and blankets handed out to the displaced in Tarhuna
        E(True, ["AID"], [7], "وزّع", ["asserted"], mode="humanitarian", source=LY_RED_CRESCENT,
          recipient=BW_DISPLACED, location=TARHUNA, date=YESTERDAY),
        # ¶8: fighters from the south said to be coming to the defenders' help (rumoured; a silence closes it)
        E(True, ["MOBILIZE"], [8], "وصول", ["rumored", "reported"], mode="troops", source=SOUTHERN_FIGHTERS,
          location=BANI_WALID, date=None, attribution=["أحاديث بين المقاتلين على خطوط التماس"]),
        # ¶9: the elders refuse to hand over the wanted men
        E(True, ["REJECT"], [9], "ورفض", ["asserted"], source=BW_ELDERS, recipient=GNC, date=TODAY_OR_EVE),
        # ¶10, «وكان … قد» at another place: the sit-in in Misrata on 26 September 2012 (core, historical)
        E(True, ["PROTEST"], [10], "اعتصموا", ["historical", "asserted"], mode="demo",
          source=MISRATA_RESIDENTS, location=MISRATA, date=D("2012-09-26"), acled=PEACEFUL),
        # ¶11 (subject, parenthesis, verb): the UN mission's call
        E(True, ["REQUEST"], [11], "دعت", ["asserted"], source=UNSMIL, location=BANI_WALID,
          date=TODAY_OR_EVE),
        # ¶12: six young men held at a checkpoint south of the town (passive for their transfer)
        E(True, ["COERCE"], [12], "واعتقل", ["asserted"], mode="arrest", source=CHECKPOINT_MEN_651,
          recipient=BW_YOUTHS, location=BW_SOUTH_ROAD, date=TODAY, attribution=["أحد أقاربهم"], acled=ARREST),
        # ¶13: no medicine delivered to the hospital for ten days (negated)
        E(True, ["AID"], [13], "تصل", ["negated"], mode="humanitarian", recipient=BW_HOSPITAL,
          location=BW_HOSPITAL_PLACE, date=D("2012-10-16", "week", ("2012-10-11", "2012-10-21")),
          attribution=["طبيب في المستشفى"]),
        # ¶14 (a teacher in Tarhuna) holds no event. ¶15: the Misrata council's praise; its call to the young
        # men optional
        E(True, ["SUPPORT"], [15], "وأشاد", ["asserted"], source=MISRATA_COUNCIL,
          recipient=MISRATA_REVOLUTIONARIES, date=YESTERDAY),
        E(False, ["REQUEST"], [15], "داعياً", ["asserted"], source=MISRATA_COUNCIL, recipient=MISRATA_YOUTHS,
          date=YESTERDAY),
        # ¶16: the mediators and the elders agree to seek a humanitarian truce; their meeting optional, the
        # feared massacre optional (hypothetical)
        E(True, ["AGREE"], [16], "واتفق", ["asserted"], source=TRUCE_TALKS, recipient=TRUCE_TALKS,
          location=TRUCE_VILLAGE, date=YESTERDAY, acled=AGREEMENT),
        E(False, ["CONSULT"], [16], "لقاء", ["asserted"], source=TRUCE_TALKS, recipient=TRUCE_TALKS,
          location=TRUCE_VILLAGE, date=YESTERDAY),
        E(False, ["ASSAULT"], [16], "مجزرة", ["hypothetical"], location=BANI_WALID, date=None),
        # ¶17 (the shortest): a congress delegation due «يوم الثلاثاء المقبل» (planned)
        E(True, ["CONSULT"], [17], "للقاء", ["planned"], mode="visit", source=GNC_DELEGATION,
          recipient=SIEGE_COMMANDERS, location=BANI_WALID, date=D("2012-10-23")),
    ],
)
