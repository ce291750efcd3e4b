"""Gold of article 602: an ambush with a roadside bomb and gunfire kills four men of the Military Security
on the road between Tafas and al-Muzayrib (main event, told first in the lead; four per a medical source,
one number), a farmer's account, the Islamic State's claim, raids and eleven arrests, the Fourth Division's
reinforcements, the security committee's threat to storm Tafas (reported), the notables' rejection, the
Central Committee's accusation and demand, Russian mediators rumoured, the detainees not released, a second
meeting due on Tuesday, the funeral, the road to Daraa closed, the killings since January, and a bomb on a
military bus near al-Sanamayn on 23 April 2024 (Daraa, Syria), a Daraa-based local activists' network's
Facebook page, 2024-05-19 (Sun). No dateline: the lead names «درعا» in its first sentence."""
from actors_places import (
    AMBUSHERS,
    BUS_SOLDIERS,
    CENTRAL_COMMITTEE,
    DARAA_CITY,
    DETAINEES,
    DETAINEES_HELD,
    FOURTH_DIV,
    LOYALIST_MEDIA,
    MEDIATION_SIDES,
    MILSEC,
    MUZAYRIB_TAFAS,
    RUSSIA,
    RUSSIAN_OFFICERS,
    SANAMAYN,
    SECURITY_COMMITTEE,
    SECURITY_SERVICES,
    TAFAS,
    TAFAS_DARAA_ROAD,
    TAFAS_NOTABLES,
    TAFAS_ROAD,
    TAFAS_TRAVELLERS,
)
from common import ARREST, MINE, D, E, paras_of

SLUG = "daraa_2024_tafas_muzayrib_sanamayn"
YESTERDAY = D("2024-05-18")
TODAY = D("2024-05-19")
# a statement or an act without a time of day: the day of publication, or the day before
STATED = D("2024-05-19", "day", ("2024-05-18", "2024-05-19"))
ARTICLE = dict(
    id="team121-602", slug=SLUG, published="2024-05-19",
    outlet="Sada al-Sahl, a Daraa-based local activists' network's Facebook page (fictional)",
    paras=paras_of(f"602_{SLUG}.txt"),
    events=[
        # MAIN EVENT, told first in the lead ¶1 (no dateline; Daraa in the first sentence; passive «قُتل»,
        # the hour told after the act in a sentence of its own): the bomb and the shots are one ambush; the
        # farmer ¶2, the Islamic State's claim (no number) ¶3, the funeral ¶13 → 4
        E(True, ["ASSAULT"], [0, 1, 2, 3, 13], "كمين", ["asserted"], mode="explosives",
          source=AMBUSHERS, recipient=MILSEC, location=TAFAS_ROAD, date=YESTERDAY, fatalities=4,
          attribution=["مصدر طبي في المشفى الوطني بمدينة درعا", "وكالة «أعماق»"], acled=MINE, tpara=1),
        # ¶2: the attackers falling back westwards is optional
        E(False, ["RETREAT"], [2], "ينسحبوا", ["asserted"], mode="withdraw", source=AMBUSHERS,
          date=YESTERDAY),
        # ¶4 (verb first): raids and arrests since dawn (COERCE arrest; the passive «اعتُقل»); the seizure of
        # phones and motorbikes optional
        E(True, ["COERCE"], [4], "حملة دهم", ["asserted"], mode="arrest",
          source=MILSEC, recipient=DETAINEES, location=MUZAYRIB_TAFAS, date=TODAY,
          attribution=["ناشطون محليون"], acled=ARREST),
        E(False, ["COERCE"], [4], "وصادرت", ["asserted"], mode="confiscate", source=MILSEC, date=TODAY),
        # ¶5 (verb first): the Fourth Division's reinforcements around Tafas («نقلاً عن»)
        E(True, ["MOBILIZE"], [5], "ودفعت", ["asserted"], mode="troops",
          source=FOURTH_DIV, location=TAFAS, date=STATED, attribution=["مراسل «صدى السهل»"]),
        # ¶6: the threat told by a notable who attended (reported first); the storming it names and the
        # deportation it offers instead are optional and hypothetical, the meeting itself optional
        E(True, ["THREATEN"], [6], "وهدّدت", ["reported", "asserted"], mode="violence",
          source=SECURITY_COMMITTEE, recipient=TAFAS_NOTABLES, date=TODAY,
          attribution=["أحد الوجهاء الذين حضروا الاجتماع"]),
        E(False, ["CONSULT"], [6], "اجتماع", ["asserted"],
          source=MEDIATION_SIDES, recipient=MEDIATION_SIDES, location=DARAA_CITY, date=TODAY),
        E(False, ["ASSAULT"], [6], "باقتحام", ["hypothetical"], source=SECURITY_COMMITTEE, date=None),
        E(False, ["COERCE"], [6], "يُرحَّل", ["hypothetical"], mode="deport", date=None),
        # ¶7: the notables refuse to hand anyone over (REJECT); their call to the Central Committee optional
        E(True, ["REJECT"], [7], "ورفض", ["asserted"],
          source=TAFAS_NOTABLES, recipient=SECURITY_COMMITTEE, date=TODAY, attribution=["بيان"]),
        E(False, ["REQUEST"], [7], "ودعوا", ["asserted"], source=TAFAS_NOTABLES, recipient=CENTRAL_COMMITTEE,
          date=TODAY),
        # ¶8 (subject, a long parenthesis, verb): the accusation and the demand, two verbs joined with «و»;
        # the settlement of summer 2018 the parenthesis recalls is optional and historical
        E(False, ["AGREE"], [8], "اتفاق التسوية", ["historical"],
          date=D("2018-07-15", "month", ("2018-06-01", "2018-08-31"))),
        E(True, ["ACCUSE"], [8], "اتهمت", ["asserted"],
          source=CENTRAL_COMMITTEE, recipient=MILSEC, date=STATED, attribution=["بيان"]),
        E(True, ["REQUEST"], [8], "وطالبت", ["asserted"],
          source=CENTRAL_COMMITTEE, recipient=RUSSIA, date=STATED),
        # ¶9 (the western countryside, its roads and smuggling) holds no event. ¶10: Russian officers come to
        # mediate, told by Telegram accounts and confirmed by neither side (rumoured, undated)
        E(True, ["CONSULT"], [10], "للتوسط", ["rumored"], mode="third-party",
          source=RUSSIAN_OFFICERS, recipient=MEDIATION_SIDES, location=DARAA_CITY, date=None,
          attribution=["حسابات محلية على «تلغرام»"]),
        # ¶11: none of the eleven released (RETREAT release, negated); the officer's promise this morning is
        # optional
        E(True, ["RETREAT"], [11], "ولم تُفرج", ["negated"], mode="release",
          source=SECURITY_SERVICES, recipient=DETAINEES_HELD, location=DARAA_CITY, date=TODAY,
          attribution=["قريب لأحد المعتقلين"]),
        E(False, ["AGREE"], [11], "وعد", ["asserted"], source=MILSEC, date=TODAY),
        # ¶12: a second meeting «يوم الثلاثاء المقبل» (planned CONSULT; «مع»)
        E(True, ["CONSULT"], [12], "يلتقي", ["planned"],
          source=MEDIATION_SIDES, recipient=MEDIATION_SIDES, date=D("2024-05-21")),
        # ¶13 is the funeral of the main event. ¶14 (verb first): the road to Daraa closed to civilians
        # (COERCE restrict)
        E(True, ["COERCE"], [14], "وأغلقت", ["asserted"], mode="restrict",
          source=FOURTH_DIV, recipient=TAFAS_TRAVELLERS, location=TAFAS_DARAA_ROAD, date=TODAY),
        # ¶15: the killings since January, an aggregate (optional, generic). ¶16 (Tafas, its market and its
        # wanted men) holds no event.
        E(False, ["ASSAULT"], [15], "قُتلوا", ["generic"], date=None),
        # ¶17, «وكانت … قد» at another place: a bomb on a military bus near al-Sanamayn on 23 April (core,
        # historical; nobody claimed it); the loyalist media's blame optional
        E(True, ["ASSAULT"], [17], "انفجرت", ["historical", "asserted"], mode="explosives",
          recipient=BUS_SOLDIERS, location=SANAMAYN, date=D("2024-04-23"), acled=MINE),
        E(False, ["ACCUSE"], [17], "اتهمت", ["historical", "asserted"], source=LOYALIST_MEDIA,
          date=D("2024-04-23")),
    ],
)
