"""Gold of article 635: army reinforcements sent to Lawdar, the Ansar al-Sharia attack on the army's and the
Popular Committees' positions the day before (main event, told in ¶2 after the reinforcements; seventeen
dead by the hospital's count, twenty-two by the committees' commander: the lowest is kept), air strikes
south of the town, ammunition handed to the committees, jihadist reinforcements rumoured, three suspects
held, the committees' commander's threat, a tribal meeting that did not take place, the governor's
accusation and demand, the interior ministry's praise, the seizure of Zinjibar in May 2011, a march in
Mudiyah, a tribal conference due on Friday and a joint operation (Abyan, Yemen), a Dubai-based pan-Arab
news channel's website, 2012-04-11 (Wed). No dateline: the lead names «لودر» in its first sentence."""
from actors_places import (
    ABYAN_GOVERNOR,
    ANSAR_AL_SHARIA,
    ARMY_AND_COMMITTEES,
    ATTACKERS_635,
    COMMITTEES_COMMANDER,
    CONFERENCE_SHEIKHS,
    HARBOURERS,
    JAAR_REINFORCEMENTS,
    JOINT_FORCE_635,
    LAWDAR,
    LAWDAR_ATTACKERS,
    LAWDAR_HILLS,
    LAWDAR_MEDIATION,
    LAWDAR_PEOPLE,
    LAWDAR_ROAD,
    LAWDAR_SOUTH,
    LAWDAR_SUSPECTS,
    LAWDAR_VALLEY,
    MUDIYAH,
    MUDIYAH_MARCHERS,
    OLD_REGIME,
    POPULAR_COMMITTEES,
    SOUTHERN_COMMAND,
    SUSPECTS_FAMILIES,
    YEMEN_MOD,
    YEMEN_MOI,
    YEMENI_AIR_FORCE,
    ZINJIBAR,
)
from common import AIR, ARREST, CLASH, PEACEFUL, D, E, paras_of

SLUG = "lawdar_2012_mudiyah_zinjibar"
YESTERDAY = D("2012-04-10")
TODAY = D("2012-04-11")
TODAY_OR_EVE = D("2012-04-11", "day", ("2012-04-10", "2012-04-11"))
SINCE_LAST_EVENING = D("2012-04-10", "day", ("2012-04-10", "2012-04-11"))
ARTICLE = dict(
    id="team127-635", slug=SLUG, published="2012-04-11",
    outlet="Najmat al-Khalij, a Dubai-based pan-Arab news channel's website (fictional)",
    paras=paras_of(f"635_{SLUG}.txt"),
    events=[
        # ¶1 (no dateline; «لودر» in the first sentence, verb first): the reinforcements, also in the headline
        E(True, ["MOBILIZE"], [0, 1], "بتعزيزات", ["asserted"], mode="troops", source=YEMEN_MOD,
          location=LAWDAR, date=TODAY, attribution=["مصدر عسكري"], tpara=1),
        # MAIN EVENT, told in ¶2 after the reinforcements: the attack on the army's and the committees'
        # positions; the committee fighter ¶3; the hospital's seventeen against the commander's twenty-two →
        # 17; the attackers falling back optional
        E(True, ["ASSAULT"], [0, 2, 3], "هاجم", ["asserted"], mode="firearms", source=ANSAR_AL_SHARIA,
          recipient=ARMY_AND_COMMITTEES, location=LAWDAR_SOUTH, date=YESTERDAY, fatalities=17,
          attribution=["مصدر طبي في مستشفى لودر", "قائد اللجان الشعبية"], acled=CLASH, tpara=2),
        E(False, ["RETREAT"], [3], "يتراجعوا", ["asserted"], mode="withdraw", source=ATTACKERS_635,
          location=LAWDAR, date=YESTERDAY),
        # ¶4 (verb first): air strikes since last evening (the ministry's website quoted)
        E(True, ["ASSAULT"], [4], "غارات", ["asserted"], mode="aerial", source=YEMENI_AIR_FORCE,
          recipient=LAWDAR_ATTACKERS, location=LAWDAR_HILLS, date=SINCE_LAST_EVENING,
          attribution=["موقع «26 سبتمبر نت»"], acled=AIR),
        # ¶5: ammunition and arms handed to the committees (AID military)
        E(True, ["AID"], [5], "وسلّمت", ["asserted"], mode="military", source=SOUTHERN_COMMAND,
          recipient=POPULAR_COMMITTEES, location=LAWDAR, date=TODAY_OR_EVE, attribution=["قيادي في اللجان"]),
        # ¶6 (the shortest paragraph): jihadist reinforcements from Jaar told in the town (rumoured)
        E(True, ["MOBILIZE"], [6], "وصول", ["rumored"], mode="troops", source=JAAR_REINFORCEMENTS,
          location=LAWDAR_VALLEY, date=None),
        # ¶7 (the town and its tribes) holds no event. ¶8: three suspects held, told by local sources
        # (reported); their families' demand optional
        E(True, ["COERCE"], [8], "اعتقلت", ["reported", "asserted"], mode="arrest", source=POPULAR_COMMITTEES,
          recipient=LAWDAR_SUSPECTS, location=LAWDAR, date=YESTERDAY, attribution=["مصادر محلية"],
          acled=ARREST),
        E(False, ["REQUEST"], [8], "طالب", ["asserted"], source=SUSPECTS_FAMILIES, date=TODAY_OR_EVE),
        # ¶9: the commander's threat in his own words; the demolition he threatens optional, hypothetical
        E(True, ["THREATEN"], [9], "وهدد", ["asserted"], mode="violence", source=COMMITTEES_COMMANDER,
          recipient=HARBOURERS, location=LAWDAR, date=TODAY_OR_EVE),
        E(False, ["ASSAULT"], [9], "بهدم منازل", ["hypothetical"], mode="destroy",
          source=COMMITTEES_COMMANDER, date=None),
        # ¶10: a tribal meeting that did not take place (negated); the shelling that stopped it and a new date
        # optional
        E(True, ["CONSULT"], [10], "ولم ينعقد", ["negated"], source=LAWDAR_MEDIATION,
          recipient=LAWDAR_MEDIATION, date=YESTERDAY, attribution=["أحد المشايخ"]),
        E(False, ["ASSAULT"], [10], "القصف", ["asserted"], mode="heavy-weapons", date=YESTERDAY),
        E(False, ["CONSULT"], [10], "موعد جديد", ["hypothetical", "planned"], source=LAWDAR_MEDIATION,
          date=None),
        # ¶11: the governor's accusation and demand, two verbs joined with «و»
        E(True, ["ACCUSE"], [11], "واتهم", ["asserted"], source=ABYAN_GOVERNOR, recipient=OLD_REGIME,
          date=TODAY_OR_EVE),
        E(True, ["REQUEST"], [11], "وطالب", ["asserted"], source=ABYAN_GOVERNOR, date=TODAY_OR_EVE),
        # ¶12: the interior ministry's praise
        E(True, ["SUPPORT"], [12], "وأشادت", ["asserted"], source=YEMEN_MOI, recipient=LAWDAR_PEOPLE,
          date=TODAY_OR_EVE),
        # ¶13, «وكان … قد» at another place: Zinjibar seized in late May 2011 (core, historical)
        E(True, ["ASSAULT"], [13], "سيطروا", ["historical", "asserted"], mode="firearms",
          source=ANSAR_AL_SHARIA, location=ZINJIBAR,
          date=D("2011-05-28", "week", ("2011-05-20", "2011-05-31")), acled=CLASH),
        # ¶14 (a teacher) holds no event. ¶15: the march in Mudiyah
        E(True, ["PROTEST"], [15], "مسيرة", ["asserted"], mode="demo", source=MUDIYAH_MARCHERS,
          location=MUDIYAH, date=TODAY_OR_EVE, acled=PEACEFUL),
        # ¶16: a tribal conference «يوم الجمعة المقبل» (planned CONSULT)
        E(True, ["CONSULT"], [16], "مؤتمراً قبلياً", ["planned"], mode="multilateral",
          source=CONFERENCE_SHEIKHS, location=LAWDAR, date=D("2012-04-13"),
          attribution=["أحد المشايخ المنظمين"]),
        # ¶17 (verb first): the joint operation (both in either role); the sniping from the hill optional,
        # generic; the mines laid before optional, historical
        E(True, ["COOPERATE"], [17], "عملية مشتركة", ["asserted"], source=JOINT_FORCE_635,
          recipient=JOINT_FORCE_635, location=LAWDAR_ROAD, date=TODAY, attribution=["قيادي في اللجان"]),
        E(False, ["ASSAULT"], [17], "لقنص", ["generic", "asserted"], mode="firearms", location=LAWDAR_ROAD,
          date=None),
        E(False, ["ASSAULT"], [17], "الألغام", ["historical", "asserted"], mode="explosives",
          source=ATTACKERS_635, location=LAWDAR_ROAD, date=None),
    ],
)
