"""Gold of article 592: a car bomb kills shoppers in the market street of al-Bab before the Eid (main event,
told first in the lead; six per the Civil Defence, eight per the health directorate → 6), a sweets seller's
account, the health directorate's count, the local council's accusation and demand, the SDF's denial, three
suspects arrested at a checkpoint, a second car bomb seized near Bza'a rumoured and denied, reinforcements
at the city's entrances, the civil police's warning to owners of unregistered cars (the impounding optional,
hypothetical), the checkpoint's men not sent for questioning, the burial, cameras to be fitted jointly from
Monday, the chamber of commerce's rejection of the police's call, and a car bomb at Qabasin on 2 March 2024
(Aleppo, Syria), an Azaz-based Syrian opposition activists' Telegram channel, 2024-04-06 (Sat). No dateline:
the lead names al-Bab in its first sentence."""
from actors_places import (
    BAB_CHAMBER,
    BAB_CITY,
    BAB_COUNCIL,
    BAB_EAST_GATE,
    BAB_ENTRANCES,
    BAB_SOUQ,
    BAB_SUSPECTS,
    BAB_VICTIMS,
    BZAA,
    CAR_OWNERS,
    CHECKPOINT_MEN,
    CIVIL_POLICE,
    MIL_POLICE,
    POLICE_TURKS,
    QABASIN,
    QABASIN_POLICE,
    SNA,
    TURKEY_SIG,
    YPG,
)
from common import ARREST, MINE, D, E, paras_of

SLUG = "albab_2024_souq_qabasin"
YESTERDAY = D("2024-04-05")
TODAY = D("2024-04-06")
# a statement or an act without a time of day: the day of publication, or the day before
STATED = D("2024-04-06", "day", ("2024-04-05", "2024-04-06"))
ARTICLE = dict(
    id="team119-592", slug=SLUG, published="2024-04-06",
    outlet="Minbar al-Shamal, an Azaz-based Syrian opposition activists' Telegram channel (fictional)",
    paras=paras_of(f"592_{SLUG}.txt"),
    events=[
        # MAIN EVENT, told first in the lead ¶1 (no dateline; al-Bab in the first sentence): the car bomb in
        # the market street; no perpetrator named (no source); the sweets seller ¶2, the health
        # directorate's eight ¶3, the SDF's denial ¶6, the burial ¶13 → 6, the lowest count
        E(True, ["ASSAULT"], [0, 1, 2, 3, 6, 13], "انفجرت سيارة مفخخة", ["asserted"], mode="explosives",
          recipient=BAB_VICTIMS, location=BAB_SOUQ, date=YESTERDAY, fatalities=6,
          attribution=["«الدفاع المدني السوري»", "مديرية الصحة في الباب"], acled=MINE, tpara=1),
        # ¶4 (the market street) holds no event. ¶5 (verb first): the accusation and the demand, two verbs
        # joined with «و»
        E(True, ["ACCUSE"], [5], "واتهم", ["asserted"],
          source=BAB_COUNCIL, recipient=YPG, date=STATED, attribution=["بيان"]),
        E(True, ["REQUEST"], [5], "وطالب", ["asserted"],
          source=BAB_COUNCIL, recipient=TURKEY_SIG, date=STATED),
        # ¶6: the SDF's denial belongs to the main event; its call to the residents is optional
        E(False, ["REQUEST"], [6], "داعيةً", ["asserted"], date=STATED),
        # ¶7 (passive): three suspects arrested at dawn at a checkpoint
        E(True, ["COERCE"], [7], "واعتُقل", ["asserted"], mode="arrest",
          source=MIL_POLICE, recipient=BAB_SUSPECTS, location=BAB_EAST_GATE, date=TODAY,
          attribution=["مصدر في «الشرطة العسكرية»"], acled=ARREST),
        # ¶8: a second car bomb seized, told by WhatsApp groups and denied (rumoured, undated); the routine
        # search inside the denial adds nothing
        E(True, ["COERCE"], [8], "ضبط", ["rumored", "negated"], mode="seize",
          location=BZAA, date=None, attribution=["مجموعات محلية على «واتساب»"]),
        # ¶9: reinforcements to the city's entrances (MOBILIZE; a purpose clause); the extra checkpoints,
        # the searches and the street closed to cars are optional
        E(True, ["MOBILIZE"], [9], "ودفعت", ["asserted"], mode="troops",
          source=SNA, location=BAB_ENTRANCES, date=TODAY, attribution=["مراسل «منبر الشمال»"]),
        E(False, ["COERCE"], [9], "ونصبت حواجز", ["asserted"], mode="restrict", source=SNA, date=TODAY),
        # ¶10: the civil police's warning in a circular it published itself (asserted THREATEN); the
        # deadline is optional, the impounding it threatens optional and hypothetical
        E(True, ["THREATEN"], [10], "وتوعّدت", ["asserted"], mode="seize",
          source=CIVIL_POLICE, recipient=CAR_OWNERS, location=BAB_CITY, date=STATED,
          attribution=["تعميم نشرته على معرّفاتها"]),
        E(False, ["REQUEST", "THREATEN"], [10], "وأمهلت", ["asserted"], source=CIVIL_POLICE, date=STATED),
        E(False, ["COERCE"], [10], "بـ«حجز", ["hypothetical"], mode="seize", source=CIVIL_POLICE, date=None),
        # ¶11 (the city and its bombings, a standing situation) holds no event. ¶12: the checkpoint's men
        # not sent for questioning (SANCTION, negated); the notables' demand is optional
        E(True, ["SANCTION", "COERCE"], [12], "ولم تُحِل", ["negated"],
          source=MIL_POLICE, recipient=CHECKPOINT_MEN, location=BAB_CITY, date=TODAY),
        E(False, ["REQUEST"], [12], "مطالبة", ["asserted", "historical"], date=STATED),
        # ¶13: the burial belongs to the main event. ¶14: cameras to be fitted by the civil police with
        # Turkish technical teams «اعتباراً من يوم الإثنين المقبل» (planned COOPERATE; «مع»)
        E(True, ["COOPERATE"], [14], "تبدأ", ["planned"],
          source=POLICE_TURKS, recipient=POLICE_TURKS, location=BAB_CITY, date=D("2024-04-08")),
        # ¶15: the chamber of commerce rejects the civil police's call to close at eight (REJECT); the call
        # and the chamber's own demand are optional
        E(True, ["REJECT"], [15], "ورفضت", ["asserted"],
          source=BAB_CHAMBER, recipient=CIVIL_POLICE, location=BAB_CITY, date=STATED,
          attribution=["بيان"]),
        E(False, ["REQUEST"], [15], "دعوة", ["historical", "asserted"], source=CIVIL_POLICE, date=None),
        # ¶16 (a worker's wage) holds no event. ¶17, «وكانت … قد» at another place: a car bomb at Qabasin on
        # 2 March (core, historical); no claim of responsibility negates nothing
        E(True, ["ASSAULT"], [17], "انفجرت", ["historical", "asserted"], mode="explosives",
          recipient=QABASIN_POLICE, location=QABASIN, date=D("2024-03-02"), fatalities=2, acled=MINE),
    ],
)
