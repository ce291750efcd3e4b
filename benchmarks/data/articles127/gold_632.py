"""Gold of article 632: the militants' attack on the army's posts round Arsal (main event, told first in the
lead; ten dead by the army's count, fourteen by field sources: the lowest is kept), the arrest at the Wadi
Hmeid checkpoint that preceded it, soldiers and gendarmes carried off, the army commander's threat,
reinforcements, a clerics' delegation meeting the militants' envoys, a car bomb at al-Nabi Othman in March
2014, the prime minister's demand and accusation, a truce rumoured and unconfirmed, the militants keeping
the Red Cross's ambulances out, the soldiers' families' sit-in, the speaker's support and a US arms
delivery due on Tuesday (Baalbek-Hermel, Lebanon), a Zahle-based regional radio station's website,
2014-08-03 (Sun). Dateline «اللبوة» (a village on the only road into the town of the event)."""
from actors_places import (
    ARSAL,
    ARSAL_CAPTIVES,
    ARSAL_FIGHTERS,
    ARSAL_GENDARMERIE,
    ARSAL_GENDARMES,
    ARSAL_MILITANTS,
    ARSAL_OUTSKIRTS,
    ARSAL_TALKS,
    BAALBEK,
    FOREIGN_PARTIES,
    LAF,
    LAF_CHIEF,
    LAF_COMMAND,
    LAF_INSTITUTION,
    LAF_PATROL,
    LEBANESE_PM,
    LEBANESE_RED_CROSS,
    LEBANESE_SPEAKER,
    NABI_OTHMAN,
    NUSRA_COMMANDER,
    PARLIAMENT_BLOCS,
    SOLDIERS_FAMILIES,
    TRUCE_SIDES,
    USA,
    WADI_HMEID,
)
from common import ABDUCTION, ARREST, CLASH, MINE, PEACEFUL, SHELL, D, E, paras_of

SLUG = "arsal_2014_labweh_nabi_othman"
YESTERDAY = D("2014-08-02")
TODAY = D("2014-08-03")
TODAY_OR_EVE = D("2014-08-03", "day", ("2014-08-02", "2014-08-03"))
OVERNIGHT = D("2014-08-02", "day", ("2014-08-02", "2014-08-03"))
ARTICLE = dict(
    id="team127-632", slug=SLUG, published="2014-08-03",
    outlet="Sawt al-Sahl, a Zahle-based regional radio station's website (fictional)",
    paras=paras_of(f"632_{SLUG}.txt"),
    events=[
        # MAIN EVENT, told first in the lead ¶1 (dateline «اللبوة»): the attack on the army's
        # posts; the quarry owner ¶4, the hospital's count ¶10; the army's ten against field sources' fourteen
        # → 10
        E(True, ["ASSAULT"], [0, 1, 4, 10], "هجوم واسع", ["asserted"], mode="firearms",
          source=ARSAL_MILITANTS, recipient=LAF, location=ARSAL, date=YESTERDAY, fatalities=10,
          attribution=["قيادة الجيش", "مصادر ميدانية"], acled=CLASH, tpara=1),
        # ¶2 (a back-reference opens it, «وبدأ الهجوم بعد نحو ساعتين من»): the arrest at the checkpoint
        E(True, ["COERCE"], [2], "توقيف", ["asserted"], mode="arrest", source=LAF_PATROL,
          recipient=NUSRA_COMMANDER, location=WADI_HMEID, date=YESTERDAY, attribution=["قيادة الجيش"],
          acled=ARREST),
        # ¶3: the gendarmerie post stormed (optional) and its men and soldiers carried off (also in the
        # headline)
        E(False, ["ASSAULT"], [3], "واقتحم", ["asserted"], mode="firearms", source=ARSAL_FIGHTERS,
          recipient=ARSAL_GENDARMES, location=ARSAL_GENDARMERIE, date=YESTERDAY),
        E(True, ["ASSAULT"], [0, 3], "واقتادوا", ["asserted"], mode="abduct", source=ARSAL_FIGHTERS,
          recipient=ARSAL_CAPTIVES, location=ARSAL, date=YESTERDAY, attribution=["مصدر أمني"],
          acled=ABDUCTION, tpara=3),
        # ¶5: the army commander's threat in his own words; his call to residents optional
        E(True, ["THREATEN"], [5], "وتوعد", ["asserted"], mode="violence", source=LAF_CHIEF,
          recipient=ARSAL_FIGHTERS, date=YESTERDAY),
        E(False, ["REQUEST"], [5], "ودعا", ["asserted"], source=LAF_CHIEF, date=YESTERDAY),
        # ¶6 (verb first): reinforcements overnight; the artillery fire optional
        E(True, ["MOBILIZE"], [6], "تعزيزات", ["asserted"], mode="troops", source=LAF_COMMAND, location=ARSAL,
          date=OVERNIGHT, attribution=["مصدر عسكري"]),
        E(False, ["ASSAULT"], [6], "قصفت", ["asserted"], mode="heavy-weapons", source=LAF_COMMAND,
          recipient=ARSAL_FIGHTERS, location=ARSAL_OUTSKIRTS, date=OVERNIGHT, acled=SHELL),
        # ¶7 (adverbial first): the clerics' delegation meets the militants' envoys; its return tomorrow
        # optional, planned
        E(True, ["CONSULT"], [7], "لقاءً", ["asserted"], mode="third-party", source=ARSAL_TALKS,
          recipient=ARSAL_TALKS, location=ARSAL, date=TODAY, attribution=["أحد أعضاء الوفد"]),
        E(False, ["CONSULT"], [7], "سيعود", ["planned"], source=ARSAL_TALKS, location=ARSAL,
          date=D("2014-08-04")),
        # ¶8 (the town, its quarries and its refugees) holds no event. ¶9, «وكانت … قد» at another place: a
        # car bomb at al-Nabi Othman on 16 March 2014 (core, historical)
        E(True, ["ASSAULT"], [9], "سيارة مفخخة", ["historical", "asserted"], mode="explosives",
          location=NABI_OTHMAN, date=D("2014-03-16"), fatalities=3, attribution=["الأجهزة الأمنية"],
          acled=MINE),
        # ¶11: the prime minister's demand and accusation (a participle for the second); his refusal to
        # negotiate and his call optional
        E(True, ["REQUEST"], [11], "وطالب", ["asserted"], source=LEBANESE_PM, recipient=ARSAL_FIGHTERS,
          date=TODAY_OR_EVE),
        E(True, ["ACCUSE"], [11], "متهماً", ["asserted"], source=LEBANESE_PM, recipient=FOREIGN_PARTIES,
          date=TODAY_OR_EVE),
        E(False, ["REJECT"], [11], "لن تفاوض", ["asserted"], source=LEBANESE_PM, date=TODAY_OR_EVE),
        # ¶12 (the shortest paragraph): a truce told among residents, unconfirmed (rumoured)
        E(True, ["AGREE"], [12], "هدنة", ["rumored"], source=TRUCE_SIDES, recipient=TRUCE_SIDES,
          location=ARSAL, date=None, attribution=["الأهالي"]),
        # ¶13: the militants not letting the Red Cross in (negated access); the sniping optional, generic
        E(True, ["RETREAT", "AID"], [13], "ولم يسمح", ["negated"], mode="access", source=ARSAL_FIGHTERS,
          recipient=LEBANESE_RED_CROSS, location=ARSAL, date=TODAY, attribution=["مسؤول في الجمعية"]),
        E(False, ["ASSAULT"], [13], "القنص", ["generic", "asserted"], mode="firearms", location=ARSAL,
          date=None),
        # ¶14: the families' sit-in; their demand optional
        E(True, ["PROTEST"], [14], "واعتصم", ["asserted"], mode="demo", source=SOLDIERS_FAMILIES,
          location=BAALBEK, date=TODAY, acled=PEACEFUL),
        E(False, ["REQUEST"], [14], "مطالبين", ["asserted"], source=SOLDIERS_FAMILIES, date=TODAY),
        # ¶15: the speaker's support; the phone call and the blocs' call optional
        E(True, ["SUPPORT"], [15], "دعمه", ["asserted"], source=LEBANESE_SPEAKER, recipient=LAF_INSTITUTION,
          date=TODAY_OR_EVE),
        E(False, ["CONSULT"], [15], "اتصال هاتفي", ["asserted"], mode="phone", source=LEBANESE_SPEAKER,
          recipient=LAF_INSTITUTION, date=TODAY_OR_EVE),
        E(False, ["REQUEST"], [15], "دعت", ["asserted"], source=PARLIAMENT_BLOCS, date=TODAY_OR_EVE),
        # ¶16: a US arms delivery «يوم الثلاثاء المقبل» (planned AID)
        E(True, ["AID"], [16], "شحنة", ["planned"], mode="military", source=USA, recipient=LAF_COMMAND,
          date=D("2014-08-05"), attribution=["مصدر في السفارة الأمريكية"]),
        # ¶17 (a refugee mother) holds no event
    ],
)
