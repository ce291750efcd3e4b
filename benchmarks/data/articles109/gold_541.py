"""Gold of article 541: the Internal Security Forces seize three mosaic panels and old coins at a checkpoint
by al-Sahlabiya and arrest the driver and his companion, masked gunmen attack the guards' tent at the Heraqla
site west of Raqqa killing three guards (main event, told in ¶2 after the seizure; one toll), the wounded
guard's account and the Islamic State's claim, the Civil Council's blame and its call to UNESCO, a sit-in of
the guards' kin, the Raqqa Military Council's conditional threat, a break-in at the museum's store rumoured
and denied, the restoration experts' visit that did not happen, three antiques shops' licences withdrawn, the
burial, a meeting with the tribes due on Saturday, cameras donated and the guards praised, the year's count of
attacks on guards, and the abduction of a guard at Tell al-Bi'a on 9 April 2023 (al-Raqqa, Syria), a Raqqa
activist news network's Telegram channel, 2023-05-16 (Tue). No dateline: the lead names Raqqa in its first
sentence. Mostly about antiquities and the sites' guards."""
from actors_places import (
    ANTIQ_COMMITTEE,
    ANTIQUE_SHOPS,
    ASAYISH,
    ASAYISH_MEN,
    BADIA_ROADS,
    BIA_GUARD,
    BIA_KIDNAPPERS,
    COUNCIL_HQ,
    COUNCIL_TRIBES,
    CULTURE_BODY,
    DHAKIRA,
    ECON_COMMITTEE,
    GUARDS_KIN,
    HERAQLA,
    HERAQLA_ATTACKERS,
    HERAQLA_GUARDS,
    MANSOURA_ROAD,
    MEMORY_GUARDS,
    OLD_MARKET,
    RAQQA,
    RAQQA_COUNCIL,
    RAQQA_MIL_COUNCIL,
    RAQQA_MUSEUM,
    RESTORERS,
    SAHLABIYA,
    SMUGGLERS,
    SMUGGLING_NETWORKS,
    TELL_BIA,
    THE_KILLERS,
    UNESCO,
)
from common import ABDUCTION, ARREST, ATTACK, PEACEFUL, D, E, paras_of

SLUG = "raqqa_2023_heraqla_sahlabiya"
YESTERDAY = D("2023-05-15")
TODAY = D("2023-05-16")
# a statement of the day whose hour the text does not give: today, or the evening before
TODAY_OR_EVE = D("2023-05-16", "day", ("2023-05-15", "2023-05-16"))
ARTICLE = dict(
    id="team109-541", slug=SLUG, published="2023-05-16",
    outlet="Hams al-Raqqa, a Raqqa activist news network's Telegram channel (fictional)",
    paras=paras_of(f"541_{SLUG}.txt"),
    events=[
        # ¶1 (no dateline; Raqqa in the first sentence), one sentence, two events: the mosaic panels and coins
        # seized at the checkpoint by al-Sahlabiya (COERCE confiscate; the headline names it) and the arrest
        # of the driver and his companion (COERCE arrest)
        E(True, ["COERCE"], [0, 1], "ضبطت", ["asserted"], mode="confiscate",
          source=ASAYISH, recipient=SMUGGLERS, location=SAHLABIYA, date=YESTERDAY,
          attribution=["مراسل «همس الرقة»"], tpara=1),
        E(True, ["COERCE"], [1], "واعتقلت", ["asserted"], mode="arrest",
          source=ASAYISH, recipient=SMUGGLERS, location=SAHLABIYA, date=YESTERDAY, acled=ARREST),
        # MAIN EVENT, told in ¶2 after the seizure (verb first; the hour told after the act in a clause of its
        # own): masked gunmen attack the guards' tent at Heraqla; the wounded guard ¶3, the Islamic State's
        # claim ¶4 (no number; the claimant stays among the sources) and the burial ¶12 retell it; «بعد ساعات
        # من عملية الضبط» is a back-reference to ¶1. One toll: 3
        E(True, ["ASSAULT"], [0, 2, 3, 4, 12], "هاجم مسلحون ملثمون", ["asserted"], mode="firearms",
          source=HERAQLA_ATTACKERS, recipient=HERAQLA_GUARDS, location=HERAQLA, date=YESTERDAY, fatalities=3,
          attribution=["لجنة الآثار والمتاحف في مجلس الرقة المدني", "الحارس الجريح",
                       "معرّفات مقربة من تنظيم «داعش»"],
          acled=ATTACK, tpara=2),
        # ¶5 (subject, a long parenthesis, verb): the council's blame and its call, two verbs joined with «و»;
        # «المسؤولية عن الهجوم» is a back-reference to the main event
        E(True, ["ACCUSE"], [5], "حمّل", ["asserted"],
          source=RAQQA_COUNCIL, recipient=SMUGGLING_NETWORKS, date=TODAY_OR_EVE, attribution=["بيان"]),
        E(True, ["REQUEST"], [5], "ودعا", ["asserted"],
          source=RAQQA_COUNCIL, recipient=UNESCO, date=TODAY_OR_EVE),
        # ¶6: the sit-in of the guards' kin (PROTEST demo); the Asayish men standing at the street's entrance
        # are optional (a deployment of the day, MOBILIZE)
        E(True, ["PROTEST"], [6], "واعتصم", ["asserted"], mode="demo",
          source=GUARDS_KIN, location=COUNCIL_HQ, date=TODAY, acled=PEACEFUL),
        E(False, ["MOBILIZE"], [6], "وقف عناصر", ["asserted"], mode="police",
          source=ASAYISH_MEN, location=COUNCIL_HQ, date=TODAY),
        # ¶7 (Heraqla and the city's monuments) holds no event. ¶8: the military council's conditional threat;
        # closing the desert roads is optional and hypothetical
        E(True, ["THREATEN"], [8], "وتوعّد", ["asserted"], mode="violence",
          source=RAQQA_MIL_COUNCIL, recipient=THE_KILLERS, location=BADIA_ROADS, date=TODAY_OR_EVE),
        E(False, ["COERCE"], [8], "بإغلاق", ["hypothetical"], mode="restrict",
          source=RAQQA_MIL_COUNCIL, location=BADIA_ROADS, date=None),
        # ¶9: a break-in at the museum's store told by local pages and denied by the committee (rumoured; the
        # night before is given)
        E(True, ["COERCE"], [9], "اقتحام", ["rumored", "negated"], mode="seize",
          location=RAQQA_MUSEUM, date=YESTERDAY, attribution=["صفحات محلية على «فيسبوك»"]),
        # ¶10: the restoration experts' visit, due at the start of the month, did not happen (CONSULT,
        # negated)
        E(True, ["CONSULT"], [10], "ولم يصل", ["negated"], mode="visit",
          source=RESTORERS, location=RAQQA, date=D("2023-05-16", "month", ("2023-05-01", "2023-05-16")),
          attribution=["مصدر في اللجنة"]),
        # ¶11: three antiques shops' licences withdrawn (SANCTION withdraw); the referral of their owners to
        # the prosecution is optional
        E(True, ["SANCTION"], [11], "وسحبت", ["asserted"], mode="withdraw",
          source=ECON_COMMITTEE, recipient=ANTIQUE_SHOPS, location=OLD_MARKET, date=TODAY_OR_EVE),
        E(False, ["COERCE", "SANCTION"], [11], "وأحالت", ["asserted"],
          source=ECON_COMMITTEE, recipient=ANTIQUE_SHOPS, location=OLD_MARKET, date=TODAY_OR_EVE),
        # ¶12: the burial belongs to the main event. ¶13: the meeting with the tribes' notables «يوم السبت
        # المقبل» (planned CONSULT; «لبحث …» is its purpose); no place is named
        E(True, ["CONSULT"], [13], "يجتمع", ["planned"], mode="visit",
          source=COUNCIL_TRIBES, recipient=COUNCIL_TRIBES, date=D("2023-05-20"),
          attribution=["المكتب الإعلامي للمجلس"]),
        # ¶14, one sentence, two events: cameras given to the antiquities committee (AID) and the guards
        # praised by the culture authority (SUPPORT)
        E(True, ["AID"], [14], "وقدّمت", ["asserted"],
          source=DHAKIRA, recipient=ANTIQ_COMMITTEE, location=RAQQA, date=TODAY_OR_EVE),
        E(True, ["SUPPORT"], [14], "أشادت", ["asserted"],
          source=CULTURE_BODY, recipient=MEMORY_GUARDS, date=TODAY_OR_EVE),
        # ¶15 (the guards of the western countryside) holds no event. ¶16: the year's count of attacks on
        # guards, an aggregate (optional, generic)
        E(False, ["ASSAULT"], [16], "اعتداءات", ["generic"], recipient=HERAQLA_GUARDS, date=None),
        # ¶17, «وكان … قد» at another place: a guard abducted at Tell al-Bi'a on 9 April (core, historical);
        # his release two days later is optional and historical
        E(True, ["ASSAULT", "COERCE"], [17], "اختطفوا", ["historical", "asserted"], mode="abduct",
          source=BIA_KIDNAPPERS, recipient=BIA_GUARD, location=TELL_BIA, date=D("2023-04-09"),
          attribution=["اللجنة"], acled=ABDUCTION),
        E(False, ["RETREAT"], [17], "يُطلق سراحه", ["historical"], mode="release",
          source=BIA_KIDNAPPERS, recipient=BIA_GUARD, location=MANSOURA_ROAD,
          date=D("2023-04-11", "day", ("2023-04-10", "2023-04-12"))),
    ],
)
