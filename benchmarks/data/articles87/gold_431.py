"""Gold of article 431: a car bomb in Daquq's vegetable market (main event, told first in the lead, its toll
raised over the day by the same source), the health directorate's appeal for blood, a curfew and five
arrests, the Kirkuk police's accusation of the Naqshbandi Army and its denial, the Islamic State of Iraq's
claim, the health minister's visit to the wounded and medicines due tomorrow, a rumoured dismissal, a joint
search, a traders' gathering, reinforcements not sent, the Turkmen Front's conditional threat, an emergency
council session due tomorrow, a truck bomb at al-Riyadh on 26 June 2012 (Kirkuk, Iraq), a Kirkuk local news
agency's website, 2012-10-16 (Tue). Dateline «داقوق – «نبض كركوك»:»; one source's toll rising from four to
nine (an update, not a conflict: 9)."""
from actors_places import (
    AZADI,
    BAGHDAD,
    BURN_VICTIMS,
    DAQUQ,
    DAQUQ_COUNCIL,
    DAQUQ_HALL,
    DAQUQ_MARKET,
    DAQUQ_POLICE_CHIEF,
    DAQUQ_RESIDENTS,
    DAQUQ_SUSPECTS,
    DAQUQ_TRADERS,
    DAQUQ_VICTIMS,
    DAQUQ_WOUNDED,
    EAST_DAQUQ,
    IQ_GOV,
    IQ_HEALTH_MINISTER,
    ISI,
    JOINT_FORCE,
    KIRKUK,
    KIRKUK_HEALTH,
    KIRKUK_HOSPITALS,
    KIRKUK_PC,
    KIRKUK_POLICE,
    KIRKUK_POLICE_CHIEF,
    NAQSHBANDI,
    RIYADH,
    RIYADH_POLICE,
    SECURITY_CHIEFS,
    SECURITY_SERVICES,
    TURKMEN_FRONT,
)
from common import ARREST, MINE, PEACEFUL, D, E, paras_of

SLUG = "daquq_2012_kirkuk_riyadh"
TODAY = D("2012-10-16")
TOMORROW = D("2012-10-17")
ARTICLE = dict(
    id="team87-431", slug=SLUG, published="2012-10-16",
    outlet="Nabd Kirkuk, a Kirkuk local news agency, news website (fictional)",
    paras=paras_of(f"431_{SLUG}.txt"),
    events=[
        # MAIN EVENT, told first in the lead: the car bomb in Daquq's vegetable market this morning; the
        # vendor's account with the time in its own clause ¶2, the Islamic State of Iraq's claim (the other
        # side's retelling; the qaimaqam's denial of its target is no event) ¶7, the funeral ¶17; the headline
        # names it. The toll rises over the day from four to nine in the same directorate's figures: an
        # update, so the last figure is kept
        E(True, ["ASSAULT"], [0, 1, 2, 7, 17], "السيارة المفخخة", ["asserted", "reported"], mode="explosives",
          source=ISI, recipient=DAQUQ_VICTIMS, location=DAQUQ_MARKET, date=TODAY, fatalities=9,
          attribution=["مصدر في دائرة صحة كركوك", "بائع طماطم", "بيان «دولة العراق الإسلامية»"],
          acled=MINE, tpara=1),
        # ¶3: the health directorate's appeal for blood donors (the queue of donors is no event)
        E(True, ["REQUEST"], [3], "وناشدت", ["asserted"],
          source=KIRKUK_HEALTH, recipient=DAQUQ_RESIDENTS, location=DAQUQ, date=TODAY),
        # ¶4: verb-subject-object, two events joined with «و» and a second verb: a curfew on Daquq and five
        # arrests (the passive «اعتُقل» tells one of the same arrests)
        E(True, ["COERCE"], [4], "وفرضت", ["asserted"], mode="curfew",
          source=KIRKUK_POLICE, location=DAQUQ, date=TODAY),
        E(True, ["COERCE"], [4], "واعتقلت", ["asserted"], mode="arrest",
          source=KIRKUK_POLICE, recipient=DAQUQ_SUSPECTS, location=DAQUQ, date=TODAY,
          attribution=["المتحدث باسم الشرطة"], acled=ARREST),
        # ¶5: the police chief accuses the Naqshbandi Army
        E(True, ["ACCUSE"], [5], "واتهم", ["asserted"],
          source=KIRKUK_POLICE_CHIEF, recipient=NAQSHBANDI, date=TODAY),
        # ¶6: the Naqshbandi Army denies any link and rejects the security services' «ready-made accusations»
        E(True, ["REJECT"], [6], "ورفض", ["asserted", "reported"],
          source=NAQSHBANDI, recipient=SECURITY_SERVICES, date=TODAY,
          attribution=["بيان نشره على موقعه الإلكتروني"]),
        # ¶8 (Daquq and its market described) holds no event. ¶9: the health minister visits the wounded at
        # Azadi hospital (the headline names it); medicines due tomorrow (planned AID); three burn victims to
        # be taken to Baghdad (optional, planned)
        E(True, ["CONSULT"], [0, 9], "وتفقّد", ["asserted"], mode="visit",
          source=IQ_HEALTH_MINISTER, recipient=DAQUQ_WOUNDED, location=AZADI, date=TODAY, tpara=9),
        E(True, ["AID"], [9], "شحنة", ["planned"], mode="humanitarian",
          source=IQ_HEALTH_MINISTER, recipient=KIRKUK_HOSPITALS, location=KIRKUK, date=TOMORROW),
        E(False, ["AID"], [9], "سيُنقلون", ["planned"], mode="humanitarian",
          source=IQ_HEALTH_MINISTER, recipient=BURN_VICTIMS, location=BAGHDAD, date=None),
        # the minister's pledge to cover the treatment (optional AGREE, a commitment)
        E(False, ["AGREE", "AID"], [9], "ستتكفل", ["planned", "asserted"],
          source=IQ_HEALTH_MINISTER, recipient=DAQUQ_WOUNDED, date=None),
        # ¶10: a dismissal, leaked and denied by the police command (rumoured; no time)
        E(True, ["SANCTION"], [10], "إقالة", ["rumored"],
          recipient=DAQUQ_POLICE_CHIEF, location=DAQUQ, date=None),
        # ¶11: a joint search by the federal police and the Asayish (material cooperation carried out)
        E(True, ["COOPERATE"], [11], "قوة مشتركة", ["asserted"],
          source=JOINT_FORCE, location=EAST_DAQUQ, date=TODAY),
        # ¶12: the traders' gathering (their demand optional); the council's earlier request (optional,
        # historical) and Baghdad's reinforcements not sent (negated)
        E(True, ["PROTEST"], [12], "وتجمّع", ["asserted"], mode="demo",
          source=DAQUQ_TRADERS, location=DAQUQ_HALL, date=TODAY, acled=PEACEFUL),
        E(False, ["REQUEST"], [12], "مطالبين", ["asserted"], source=DAQUQ_TRADERS, date=TODAY),
        E(False, ["REQUEST"], [12], "طلب", ["historical", "asserted"],
          source=DAQUQ_COUNCIL, recipient=IQ_GOV, date=None),
        E(True, ["MOBILIZE"], [12], "تُرسل", ["negated"], mode="troops",
          source=IQ_GOV, location=DAQUQ, date=TODAY),
        # ¶13: the Turkmen Front's conditional threat (made: asserted); the force itself is hypothetical
        # (optional); its call for an inquiry optional
        E(True, ["THREATEN"], [13], "وهدّدت", ["asserted"], mode="violence",
          source=TURKMEN_FRONT, recipient=IQ_GOV, date=TODAY),
        E(False, ["MOBILIZE"], [13], "بتشكيل قوة", ["hypothetical"], mode="troops",
          source=TURKMEN_FRONT, date=None),
        E(False, ["REQUEST"], [13], "داعيةً", ["asserted"], source=TURKMEN_FRONT, date=TODAY),
        # ¶14 (analysis) holds no event. ¶15: the provincial council's emergency session tomorrow (planned)
        E(True, ["CONSULT"], [15], "جلسة طارئة", ["planned"],
          source=KIRKUK_PC, recipient=SECURITY_CHIEFS, location=KIRKUK, date=TOMORROW,
          attribution=["رئيس المجلس"]),
        # ¶16, «وكانت … قد» at another place: a truck bomb at a police station in al-Riyadh on 26 June (no
        # perpetrator named)
        E(True, ["ASSAULT"], [16], "شاحنة مفخخة", ["historical", "asserted"], mode="explosives",
          recipient=RIYADH_POLICE, location=RIYADH, date=D("2012-06-26"), fatalities=6, acled=MINE),
    ],
)
