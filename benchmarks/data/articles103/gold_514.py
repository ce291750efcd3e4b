"""Gold of article 514: a police raid on a traffickers' warehouse in Bani Walid with three arrests and some
ninety migrants freed, guards of another warehouse shooting migrants who fled and killing four (main event,
told in ¶2 after the raid; one toll), a survivor's account and the farm owner's relative's version, food and
blankets from the Red Crescent, the municipal council's accusation and demand, the mayor's meeting and
agreement with IOM, no arrest of the gunmen, the security chief's threat to farm owners, an informer's
abduction rumoured, IOM's call, the burial, checkpoints due next week, the bodies found since January, and
smugglers firing on a truck of migrants near al-Shwayrif on 9 July 2017 (Bani Walid, Libya), a Bani Walid
community radio station's website, 2017-08-27 (Sun). Dateline «بني وليد» (the town of the event)."""
from actors_places import (
    BANI_WALID,
    BW_COUNCIL,
    BW_EAST_FARM,
    BW_SEC_CHIEF,
    BW_SECURITY,
    BW_SOUTH_FARM,
    BW_SUSPECTS,
    FARM_OWNERS,
    FLEEING_MIGRANTS,
    FREED_MIGRANTS,
    GNA,
    INFORMANT,
    IOM,
    IOM_MEETING,
    KIDNAPPERS,
    LRC_BW,
    LY_AUTH,
    LY_SECURITY,
    SHOOTERS,
    SHWAYRIF,
    SHWAYRIF_MIGRANTS,
    SHWAYRIF_SMUGGLERS,
    WAREHOUSE_GUARDS,
)
from common import ARREST, ATTACK, D, E, paras_of

SLUG = "bani_walid_2017_shwayrif"
YESTERDAY = D("2017-08-26")
TODAY = D("2017-08-27")
# a statement or an act of the day whose hour the text does not give: today, or the evening before
TODAY_OR_EVE = D("2017-08-27", "day", ("2017-08-26", "2017-08-27"))
ARTICLE = dict(
    id="team103-514", slug=SLUG, published="2017-08-27",
    outlet="Wadi al-Mardum, a Bani Walid community radio station's website (fictional)",
    paras=paras_of(f"514_{SLUG}.txt"),
    events=[
        # ¶1 (dateline): the Security Directorate raids a warehouse and arrests three men (one COERCE; the
        # headline names the raid); the migrants freed are optional (a second verb)
        E(True, ["COERCE"], [0, 1], "داهمت", ["asserted"], mode="arrest",
          source=BW_SECURITY, recipient=BW_SUSPECTS, location=BW_SOUTH_FARM, date=YESTERDAY,
          attribution=["الناطق باسم المديرية"], acled=ARREST, tpara=1),
        E(False, ["RETREAT", "COERCE"], [1], "وحررت", ["asserted"], mode="release",
          source=BW_SECURITY, recipient=FREED_MIGRANTS, location=BW_SOUTH_FARM, date=YESTERDAY),
        # MAIN EVENT, told in ¶2 after the raid (verb first, the hour told after the act in a clause of its
        # own, «بعد منتصف ليل الجمعة»: the two days): the guards of another warehouse fire on migrants who
        # fled; a survivor ¶3, the owner's relative's version ¶4 and the burial ¶13 retell it. One toll: 4
        E(True, ["ASSAULT"], [0, 2, 3, 4, 13], "أطلق", ["asserted"], mode="firearms",
          source=WAREHOUSE_GUARDS, recipient=FLEEING_MIGRANTS, location=BW_EAST_FARM,
          date=D("2017-08-26", "day", ("2017-08-25", "2017-08-26")), fatalities=4,
          attribution=["مصدر طبي في المستشفى", "أحد الناجين", "أحد أقارب مالك المزرعة"],
          acled=ATTACK, tpara=2),
        # ¶5: food and blankets from the Red Crescent (AID)
        E(True, ["AID"], [5], "وقدّم", ["asserted"], mode="humanitarian",
          source=LRC_BW, recipient=FREED_MIGRANTS, location=BANI_WALID, date=TODAY),
        # ¶6: the municipal council accuses the GNA and asks it for vehicles and a shelter
        E(True, ["ACCUSE"], [6], "واتهم", ["asserted"],
          source=BW_COUNCIL, recipient=GNA, date=YESTERDAY, attribution=["بيان نشره مساء أمس"]),
        E(True, ["REQUEST"], [6], "وطالبها", ["asserted"],
          source=BW_COUNCIL, recipient=GNA, date=YESTERDAY),
        # ¶7: the mayor receives an IOM team (CONSULT) and they agree on registering the migrants (AGREE)
        E(True, ["CONSULT"], [7], "واستقبل", ["asserted"], mode="visit",
          source=IOM_MEETING, recipient=IOM_MEETING, location=BANI_WALID, date=TODAY,
          attribution=["بيان للبلدية"]),
        E(True, ["AGREE"], [7], "اتفاق", ["asserted"],
          source=IOM_MEETING, recipient=IOM_MEETING, location=BANI_WALID, date=TODAY),
        # ¶8 (short): none of the gunmen arrested (negated COERCE)
        E(True, ["COERCE"], [8], "تُلقِ", ["negated"], mode="arrest",
          source=LY_SECURITY, recipient=SHOOTERS, location=BANI_WALID, date=TODAY,
          attribution=["الناطق باسم المديرية"]),
        # ¶9 (the town's roads and farms described) holds no event. ¶10 (subject, a long parenthesis, verb):
        # the security chief's threat to farm owners; the seizure of their farms is conditional (optional,
        # hypothetical)
        E(True, ["THREATEN"], [10], "توعّد", ["asserted"], mode="arrest",
          source=BW_SEC_CHIEF, recipient=FARM_OWNERS, location=BANI_WALID, date=TODAY_OR_EVE),
        E(False, ["COERCE"], [10], "بمصادرة", ["hypothetical"], mode="confiscate",
          source=BW_SEC_CHIEF, recipient=FARM_OWNERS, date=None),
        # ¶11: an informer's abduction told on local pages, neither confirmed nor denied (rumoured)
        E(True, ["ASSAULT"], [11], "خطف", ["rumored"], mode="abduct",
          source=KIDNAPPERS, recipient=INFORMANT, location=BANI_WALID, date=D("2017-08-24"),
          attribution=["صفحات محلية"]),
        # ¶12: IOM's call on the Libyan authorities (REQUEST; «من دون أن تشير إلى حادثة إطلاق النار» is a
        # back-reference that negates nothing)
        E(True, ["REQUEST"], [12], "ودعت", ["asserted"],
          source=IOM, recipient=LY_AUTH, date=TODAY, attribution=["بيان صدر اليوم"]),
        # ¶13: the burial belongs to the main event. ¶14: three checkpoints due next week (planned MOBILIZE)
        E(True, ["MOBILIZE"], [14], "نشر ثلاث نقاط تفتيش", ["planned"], mode="police",
          source=BW_SECURITY, location=BANI_WALID, date=D("2017-08-30", "week", ("2017-08-27", "2017-09-03")),
          attribution=["ناطقها"]),
        # ¶15 (the aid workers' view) holds no event. ¶16: the bodies found since January, an aggregate
        # (optional, generic)
        E(False, ["ASSAULT"], [16], "بالرصاص", ["generic"], mode="firearms", location=BANI_WALID, date=None),
        # ¶17, «وكان … قد» at another place: smugglers fire on a truck of migrants near al-Shwayrif on 9 July
        # (core, historical; 2 killed)
        E(True, ["ASSAULT"], [17], "أطلقوا النار", ["historical", "asserted"], mode="firearms",
          source=SHWAYRIF_SMUGGLERS, recipient=SHWAYRIF_MIGRANTS, location=SHWAYRIF, date=D("2017-07-09"),
          fatalities=2, acled=ATTACK),
    ],
)
