"""Gold of article 631: a raid and arrests in the al-Karnak camp for the displaced in Tartus, the night attack
of an angry crowd on the camp, the car bomb and the bomb at the old bus station the day before (main event,
told in ¶3 after the raid and the attack on the camp; twenty-six dead by the health directorate's count),
the police command's threat, the opposition coalition's accusation and demand, a dismissal leaked and
neither confirmed nor denied, medicines sent to the hospitals, none of the camp's attackers arrested, a
bomb in Baniyas in October 2015, the victims' relatives' protest, the governor's refusal and his meeting
with displaced notables, a ministry delegation due on Thursday, the funeral with the clerics' support and
police deployed round the camp (Tartus, Syria), a Tartus-based loyalist news page on Facebook, 2016-05-24
(Tue). No dateline: the lead names «طرطوس» in its first sentence."""
from actors_places import (
    ANGRY_MOB,
    BANIYAS,
    BURNT_OUT_FAMILIES,
    BUS_CHECKPOINT,
    BUS_PASSENGERS,
    BUS_STATION,
    CAMP_ATTACKERS,
    CHECKPOINT_CHIEF,
    DISPLACED_NOTABLES,
    ISIS,
    KARNAK,
    KARNAK_DISPLACED,
    KARNAK_YOUTHS,
    MOLA_DELEGATION,
    RETIRED_OFFICER,
    RIOT_POLICE,
    SECURITY_SERVICES,
    SNC,
    SYRIAN_ARMY,
    SYRIAN_MOH,
    TARTUS,
    TARTUS_CLERICS,
    TARTUS_GOV_BUILDING,
    TARTUS_GOVERNOR,
    TARTUS_HOSPITALS,
    TARTUS_POLICE,
    TARTUS_PROTESTERS,
    TARTUS_SECURITY,
    UNHCR,
    VICTIMS_FAMILIES,
)
from common import ARREST, ATTACK, MINE, PEACEFUL, D, E, paras_of

SLUG = "tartus_2016_karnak_baniyas"
YESTERDAY = D("2016-05-23")
TODAY = D("2016-05-24")
TODAY_OR_EVE = D("2016-05-24", "day", ("2016-05-23", "2016-05-24"))
ARTICLE = dict(
    id="team127-631", slug=SLUG, published="2016-05-24",
    outlet="Marfa News, a Tartus-based loyalist news page on Facebook (fictional)",
    paras=paras_of(f"631_{SLUG}.txt"),
    events=[
        # ¶1 (no dateline; «طرطوس» in the first sentence, verb first): the arrests in the camp, also in the
        # headline; the campaign's extension optional, planned
        E(True, ["COERCE"], [0, 1], "اعتقلت", ["asserted"], mode="arrest", source=TARTUS_SECURITY,
          recipient=KARNAK_YOUTHS, location=KARNAK, date=TODAY, attribution=["مسؤول في المحافظة"],
          acled=ARREST, tpara=1),
        E(False, ["COERCE"], [1], "ستمتد", ["planned"], mode="arrest", source=TARTUS_SECURITY, date=None),
        # ¶2 (a back-reference opens it, «وجاءت الحملة بعد ليلة»): the crowd's attack on the camp; the
        # police dispersing it optional
        E(True, ["ASSAULT"], [2], "هاجم", ["asserted"], mode="beat", source=ANGRY_MOB,
          recipient=KARNAK_DISPLACED, location=KARNAK, date=YESTERDAY,
          attribution=["ممرض في المستوصف الميداني"], acled=ATTACK),
        E(False, ["COERCE"], [2], "وتفرّقهم", ["asserted"], mode="restrict", source=RIOT_POLICE,
          recipient=ANGRY_MOB, location=KARNAK, date=YESTERDAY),
        # MAIN EVENT, told in ¶3 after two other core events: the car bomb and the second bomb at the bus
        # station; the driver ¶4, the funeral ¶16 (one count: 26)
        E(True, ["ASSAULT"], [0, 3, 4, 16], "سيارة مفخخة", ["asserted"], mode="explosives", source=ISIS,
          recipient=BUS_PASSENGERS, location=BUS_STATION, date=YESTERDAY, fatalities=26,
          attribution=["مديرية الصحة في المحافظة"], acled=MINE, tpara=3),
        # ¶5 (the city and its displaced) holds no event. ¶6: the police command's threat in its own statement
        E(True, ["THREATEN"], [6], "وتوعدت", ["asserted"], mode="arrest", source=TARTUS_POLICE,
          recipient=CAMP_ATTACKERS, date=TODAY_OR_EVE),
        # ¶7: the other side's version: the accusation and the demand, two verbs joined with «و»
        E(True, ["ACCUSE"], [7], "اتهم", ["asserted"], source=SNC, recipient=SECURITY_SERVICES,
          date=TODAY_OR_EVE),
        E(True, ["REQUEST"], [7], "وطالب", ["asserted"], source=SNC, recipient=UNHCR, date=TODAY_OR_EVE),
        # ¶8: a dismissal leaked from the governorate, neither confirmed nor denied (rumoured); «من قبل»
        E(True, ["SANCTION", "COERCE"], [8], "إعفاء", ["rumored"], recipient=CHECKPOINT_CHIEF,
          location=BUS_CHECKPOINT, date=None, attribution=["أروقة المحافظة"]),
        # ¶9: medicines and blood sent to the hospitals (the appeal it answers is a back-reference)
        E(True, ["AID"], [9], "وأرسلت", ["asserted"], mode="humanitarian", source=SYRIAN_MOH,
          location=TARTUS_HOSPITALS, date=YESTERDAY),
        # ¶10 (the shortest paragraph; adverbial first): none of the camp's attackers arrested (negated)
        E(True, ["COERCE"], [10], "لم تُوقف", ["negated"], mode="arrest", source=TARTUS_POLICE,
          recipient=ANGRY_MOB, location=KARNAK, date=TODAY),
        # ¶11, «وكانت … قد» at another place: a bomb under a retired officer's car in Baniyas on 12 October
        # 2015 (core, historical)
        E(True, ["ASSAULT"], [11], "عبوة ناسفة", ["historical", "asserted"], mode="explosives",
          recipient=RETIRED_OFFICER, location=BANIYAS, date=D("2015-10-12"), acled=MINE),
        # ¶12: the relatives' protest; the banners' demand optional
        E(True, ["PROTEST"], [12], "وتجمّع", ["asserted"], mode="demo", source=VICTIMS_FAMILIES,
          location=TARTUS_GOV_BUILDING, date=TODAY, acled=PEACEFUL),
        E(False, ["REQUEST"], [12], "تطالب", ["asserted"], source=VICTIMS_FAMILIES, date=TODAY),
        # ¶13: the governor's refusal and his meeting with the notables (core); the meeting with the
        # protesters and the promise optional
        E(True, ["REJECT"], [13], "ورفض", ["asserted"], source=TARTUS_GOVERNOR, recipient=TARTUS_PROTESTERS,
          date=TODAY),
        E(False, ["CONSULT"], [13], "لقائه", ["asserted"], source=TARTUS_GOVERNOR,
          recipient=TARTUS_PROTESTERS, date=TODAY),
        E(True, ["CONSULT"], [13], "التقى", ["asserted"], source=TARTUS_GOVERNOR,
          recipient=DISPLACED_NOTABLES, date=TODAY),
        E(False, ["AGREE"], [13], "ووعد", ["asserted"], source=TARTUS_GOVERNOR, recipient=BURNT_OUT_FAMILIES,
          date=TODAY),
        # ¶14 (a displaced mother) holds no event. ¶15: a ministry delegation «يوم الخميس المقبل» (planned)
        E(True, ["CONSULT"], [15], "يزور", ["planned"], mode="visit", source=MOLA_DELEGATION, location=TARTUS,
          date=D("2016-05-26"), attribution=["عضو في المكتب التنفيذي للمحافظة"]),
        # ¶16: the funeral of the main event and the clerics' support; their call optional
        E(True, ["SUPPORT"], [16], "وقوفهما", ["asserted"], source=TARTUS_CLERICS, recipient=SYRIAN_ARMY,
          date=TODAY),
        E(False, ["REQUEST"], [16], "ودعوا", ["asserted"], source=TARTUS_CLERICS, date=TODAY),
        # ¶17: the police deployed round the camp
        E(True, ["MOBILIZE"], [17], "وانتشرت", ["asserted"], mode="police", source=RIOT_POLICE,
          location=KARNAK, date=TODAY, attribution=["مصدر في قيادة الشرطة"]),
    ],
)
