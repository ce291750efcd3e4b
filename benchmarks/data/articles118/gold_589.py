"""Gold of article 589: Qasr bin Ghashir and Khallat al-Furjan (Jafara), Wadi al-Rabie, the Ain Zara prison,
Mitiga airport and Souq al-Juma, Tajoura, al-Zawiya and the al-Falah camp (Libya), a Misrata-based private
television channel's website, 2018-09-05 (Wed)."""
from actors_places import (
    AIN_ZARA_PRISON,
    AIRPORT_ROAD,
    CIVIL_AVIATION,
    CLASH_589,
    DISPLACED_589,
    FALAH,
    FALAH_VICTIMS,
    GNA_BRIGADES,
    GNA_COMMANDERS,
    GNA_INTERIOR,
    INQUIRY_589,
    JUDICIAL_POLICE,
    LIBYAN_RELIEF,
    LRC,
    MISRATA_BRIGADES,
    MITIGA,
    PRESIDENTIAL_COUNCIL,
    PRISON_COMMANDER,
    PRISONERS,
    PRO_GOV_BATTALION,
    QBG,
    QBG_COUNCIL,
    QBG_DISPLACED,
    QBG_OUTSKIRTS,
    RIGHTS_GROUPS,
    ROCKET_VICTIMS,
    SEVENTH_BRIGADE,
    SEVENTH_SPOKESMAN,
    SOUQ_JUMA,
    TAJOURA,
    TAJOURA_MUNICIPALITY,
    TRAPPED,
    UNSMIL,
    WADI_RABIE,
    WARRING_REPS,
    ZAWIYA,
)
from common import AGREEMENT, CLASH, RIOT, SHELL, D, E, paras_of

SLUG = "jafara_2018_qasr_bin_ghashir_ain_zara_mitiga"
TODAY = D("2018-09-05")
YESTERDAY = D("2018-09-04")
SINCE_YESTERDAY = D("2018-09-05", "day", ("2018-09-04", "2018-09-05"))
YESTERDAY_ON = D("2018-09-04", "day", ("2018-09-04", "2018-09-05"))
ARTICLE = dict(
    id="team118-589", slug=SLUG, published="2018-09-05",
    outlet="al-Shira, a Misrata-based private television channel's website (fictional)",
    paras=paras_of(f"589_{SLUG}.txt"),
    events=[
        # the main event, first in the lead ¶1 (no dateline; Qasr bin Ghashir named in the first sentence):
        # clashes between the Seventh Brigade and GNA-aligned brigades since yesterday's dawn (ASSAULT, Armed
        # clash, both sides as source); eleven killed per the GNA health ministry, fourteen per the ambulance
        # and emergency service → 11 (the lowest); ¶4 the Seventh Brigade's version (no number), ¶14 the
        # funerals of «القتلى الأحد عشر»; the headline names it
        E(True, ["ASSAULT"], [0, 1, 4, 14], "اشتباكات", ["asserted", "reported"], mode="firearms",
          source=CLASH_589, location=QBG, date=YESTERDAY_ON, fatalities=11,
          attribution=["وزارة الصحة بحكومة الوفاق", "جهاز الإسعاف والطوارئ"], acled=CLASH, tpara=1),
        # ¶2: Grad rockets on the surroundings of Mitiga airport (core ASSAULT heavy-weapons, Shelling, no
        # deaths); two rockets on houses in Souq al-Juma and the flights suspended are optional
        E(True, ["ASSAULT"], [2], "صواريخ", ["asserted", "reported"], mode="heavy-weapons",
          recipient=ROCKET_VICTIMS, location=MITIGA, date=YESTERDAY, attribution=["مصدر طبي"], acled=SHELL),
        E(False, ["ASSAULT"], [2], "صاروخان", ["asserted"], mode="heavy-weapons",
          recipient=ROCKET_VICTIMS, location=SOUQ_JUMA, date=YESTERDAY),
        E(False, ["COERCE"], [2], "تعليق", ["asserted"], mode="restrict",
          source=CIVIL_AVIATION, location=MITIGA, date=YESTERDAY),
        # paragraph 3 (Qasr bin Ghashir: a description and a standing situation) holds no event
        # ¶4, the Seventh Brigade's version, is a paragraph of the main event; its accusation is optional
        E(False, ["ACCUSE"], [4], "متهماً", ["asserted"],
          source=SEVENTH_BRIGADE, recipient=GNA_BRIGADES, date=SINCE_YESTERDAY),
        # ¶5 and the headline: some four hundred inmates riot and break out of the Ain Zara prison (core
        # PROTEST riot, also accepted as RETREAT; Riots/Violent demonstration); ¶17 refers back to it («فرار
        # السجناء»); the escape itself is optional
        E(True, ["PROTEST", "RETREAT"], [0, 5, 17], "أعمال شغب", ["asserted", "reported"], mode="riot",
          source=PRISONERS, location=AIN_ZARA_PRISON, date=YESTERDAY, attribution=["الشرطة القضائية"],
          acled=RIOT, tpara=5),
        E(False, ["RETREAT"], [5], "الفرار", ["asserted"],
          source=PRISONERS, location=AIN_ZARA_PRISON, date=YESTERDAY),
        # ¶6: a battalion's withdrawal from a camp in Wadi al-Rabie, rumoured and denied (core RETREAT
        # withdraw, rumored; the denial optional)
        E(True, ["RETREAT"], [6], "انسحاب", ["rumored", "reported"], mode="withdraw",
          source=PRO_GOV_BATTALION, recipient=SEVENTH_BRIGADE, location=WADI_RABIE, date=None,
          attribution=["صفحات محلية"]),
        E(False, ["REJECT"], [6], "نفى", ["asserted"], source=GNA_INTERIOR, date=SINCE_YESTERDAY),
        # ¶7: the Tajoura municipality opens three schools to house the displaced (core AID; the flight and
        # the relief agency's distribution optional)
        E(True, ["AID"], [7], "وفتحت", ["asserted", "reported"], mode="humanitarian",
          source=TAJOURA_MUNICIPALITY, recipient=DISPLACED_589, location=TAJOURA, date=SINCE_YESTERDAY,
          attribution=["عضو في المجلس البلدي"]),
        E(False, ["RETREAT"], [7], "ونزحت", ["asserted"], location=QBG_DISPLACED, date=SINCE_YESTERDAY),
        E(False, ["AID"], [7], "ووزّعت", ["asserted"], mode="humanitarian",
          source=LIBYAN_RELIEF, location=TAJOURA, date=SINCE_YESTERDAY),
        # ¶8: the GNA-aligned commanders' conditional threat (core THREATEN); the counter-attack is only
        # threatened (optional, hypothetical); the Seventh Brigade's answer is optional (REJECT)
        E(True, ["THREATEN"], [8], "وهدّد", ["asserted"], mode="violence",
          source=GNA_COMMANDERS, recipient=SEVENTH_BRIGADE, date=SINCE_YESTERDAY),
        E(False, ["ASSAULT"], [8], "هجوم", ["hypothetical"], source=GNA_COMMANDERS, date=None),
        E(False, ["REJECT"], [8], "وردّ", ["asserted"],
          source=SEVENTH_SPOKESMAN, recipient=GNA_COMMANDERS, date=SINCE_YESTERDAY),
        # ¶9, verb–subject–object: a ceasefire signed in al-Zawiya under UN auspices (core AGREE, Agreement;
        # the council's demand for observers to oversee it in ¶12 refers back to it) and, in the same
        # sentence, the parties to meet again next Sunday (core planned CONSULT); the Presidential Council's
        # welcome and call are optional
        E(True, ["AGREE"], [9, 12], "اتفاقاً", ["asserted", "reported"],
          source=WARRING_REPS, location=ZAWIYA, date=YESTERDAY, attribution=["البعثة"], acled=AGREEMENT),
        E(True, ["CONSULT"], [9], "يلتقي", ["planned"], source=WARRING_REPS, date=D("2018-09-09")),
        E(False, ["SUPPORT"], [9], "رحّب", ["asserted"], source=PRESIDENTIAL_COUNCIL, date=SINCE_YESTERDAY),
        E(False, ["REQUEST"], [9], "ودعا", ["asserted"], source=PRESIDENTIAL_COUNCIL, date=SINCE_YESTERDAY),
        # ¶10: none of the escaped prisoners caught again (core COERCE arrest, negated); the source's appeal
        # to the residents is optional
        E(True, ["COERCE"], [10], "القبض", ["negated"], mode="arrest",
          source=JUDICIAL_POLICE, recipient=PRISONERS, date=SINCE_YESTERDAY, attribution=["مصدر أمني"]),
        E(False, ["REQUEST"], [10], "دعا", ["asserted"], date=SINCE_YESTERDAY),
        # background at another place, in «وكانت … قد»: shells on the al-Falah camp on 31 August (core,
        # historical, 2; Shelling, no actor named); the rights groups' condemnation is optional
        E(True, ["ASSAULT"], [11], "قذائف", ["historical", "asserted"], mode="heavy-weapons",
          recipient=FALAH_VICTIMS, location=FALAH, date=D("2018-08-31"), fatalities=2, acled=SHELL),
        E(False, ["ACCUSE"], [11], "نددت", ["historical", "asserted"], source=RIGHTS_GROUPS, date=None),
        # ¶12, subject–verb–object with a long parenthetical: the Qasr bin Ghashir council blames the
        # Presidential Council (core ACCUSE) and asks the UN mission for observers (core REQUEST); its meeting
        # is optional
        E(True, ["ACCUSE"], [12], "حمّل", ["asserted"],
          source=QBG_COUNCIL, recipient=PRESIDENTIAL_COUNCIL, date=SINCE_YESTERDAY),
        E(True, ["REQUEST"], [12], "وطالب", ["asserted"],
          source=QBG_COUNCIL, recipient=UNSMIL, date=SINCE_YESTERDAY),
        E(False, ["CONSULT"], [12], "اجتماعاً", ["asserted"], mode="multilateral",
          source=QBG_COUNCIL, date=SINCE_YESTERDAY),
        # paragraph 13 (a resident's words) holds no event
        # ¶14, the funerals of «القتلى الأحد عشر», is a paragraph of the main event (shots in the air add no
        # event)
        # ¶15: the Libyan Red Crescent evacuates some sixty trapped civilians (core AID, also accepted as
        # RETREAT)
        E(True, ["AID", "RETREAT"], [15], "وأجلت", ["asserted"], mode="humanitarian",
          source=LRC, recipient=TRAPPED, location=AIRPORT_ROAD, date=YESTERDAY),
        # ¶16: Misrata brigades send armed vehicles to the outskirts (core MOBILIZE troops; «نقلاً عن», the
        # time told after the act); the Presidential Council's earlier request is optional
        E(True, ["MOBILIZE"], [16], "ودفعت", ["asserted", "reported"], mode="troops",
          source=MISRATA_BRIGADES, location=QBG_OUTSKIRTS, date=YESTERDAY_ON, attribution=["مصادر عسكرية"]),
        E(False, ["REQUEST"], [16], "طلب", ["historical", "asserted"],
          source=PRESIDENTIAL_COUNCIL, recipient=MISRATA_BRIGADES, date=None),
        # ¶17: the Presidential Council dismisses the prison guards' commander and refers him for
        # investigation (core COERCE, dismiss-and-investigate); the committee's inquiry to come is optional
        # (planned)
        E(True, ["COERCE"], [17], "وأقال", ["asserted"],
          source=PRESIDENTIAL_COUNCIL, recipient=PRISON_COMMANDER, date=YESTERDAY),
        E(False, ["COERCE"], [17], "التحقيق", ["planned"], source=INQUIRY_589, date=None, occ=1),
    ],
)
