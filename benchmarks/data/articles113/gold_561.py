"""Gold of article 561: worshippers of al-Muzayrib march after the Friday prayer against the dismissal of
their preacher, two gunmen kill the imam of Tafas's Great Mosque and its guard after the dawn prayer (main
event, told in ¶2 after the march; two dead), a worshipper's account, the state agency's version, the Central
Committee's accusation and demand, local fighters' conditional threat, a Tseel preacher's arrest rumoured and
denied, the Awqaf director absent from a meeting, Fourth Division reinforcements told by loyalist pages, a
joint patrol of the Eighth Brigade and the Russian military police, the burial, a meeting with Russian
officers due on Monday, the imams' support for al-Muzayrib's worshippers, the imams killed since 2018, and a
muezzin killed by a bomb at a mosque in Nawa on 11 September 2020 (Daraa, Syria), a Daraa-based local news
network's Telegram channel, 2020-10-24 (Sat). No dateline: the lead names Daraa in its first sentence."""
from actors_places import (
    AIR_INTEL,
    AWQAF_DARAA,
    AWQAF_DIRECTOR,
    CENTRAL_COMMITTEE,
    EIGHTH_RUSSIAN,
    FOURTH_DIVISION,
    IMAMS_KILLED,
    MUZAYRIB,
    MUZAYRIB_NOTABLES,
    MUZAYRIB_PREACHER,
    MUZAYRIB_WORSHIPPERS,
    NAWA,
    NAWA_BOMBERS,
    NAWA_MUEZZIN,
    RUSSIA,
    SHEIKHS_GENERIC,
    SY_SECURITY,
    TAFAS,
    TAFAS_CHECKPOINT,
    TAFAS_FIGHTERS,
    TAFAS_GUNMEN,
    TAFAS_IMAM,
    TAFAS_IMAM_ALONE,
    TAFAS_NOTABLES_RUSSIANS,
    TAFAS_TRADERS,
    TSEEL,
    TSEEL_PREACHER,
    UNKNOWN_LETTER,
    WEST_IMAMS,
)
from common import ATTACK, MINE, PEACEFUL, D, E, paras_of

SLUG = "daraa_2020_tafas_muzayrib"
YESTERDAY = D("2020-10-23")
TODAY = D("2020-10-24")
ARTICLE = dict(
    id="team113-561", slug=SLUG, published="2020-10-24",
    outlet="Bayader Horan, a Daraa-based local news network's Telegram channel (fictional)",
    paras=paras_of(f"561_{SLUG}.txt"),
    events=[
        # ¶1 (no dateline; Daraa in the first sentence): the worshippers' march after the Friday prayer
        # (PROTEST demo; the headline names it); the preacher's dismissal a week before is optional and
        # historical
        E(True, ["PROTEST"], [0, 1], "مظاهرة", ["asserted"], mode="demo",
          source=MUZAYRIB_WORSHIPPERS, location=MUZAYRIB, date=YESTERDAY,
          attribution=["مراسل «بيادر حوران»"], acled=PEACEFUL, tpara=1),
        E(False, ["SANCTION", "COERCE"], [1], "عزل خطيب", ["historical", "asserted"],
          source=AWQAF_DARAA, recipient=MUZAYRIB_PREACHER, location=MUZAYRIB,
          date=D("2020-10-17", "week", ("2020-10-14", "2020-10-20"))),
        # MAIN EVENT, told in ¶2 after the march (verb first; the hour told after the act in a clause of its
        # own): two gunmen shoot the imam and the mosque's guard; a worshipper ¶3, the state agency's version
        # ¶4 and the burial ¶13 retell it → 2
        E(True, ["ASSAULT"], [0, 2, 3, 4, 13], "أطلق مسلحان", ["asserted"], mode="firearms",
          source=TAFAS_GUNMEN, recipient=TAFAS_IMAM, location=TAFAS, date=TODAY, fatalities=2,
          attribution=["مراسل «بيادر حوران»", "أحد المصلين", "وكالة «سانا»"], acled=ATTACK, tpara=2),
        # ¶4: the threat letter a month before, told by a relative (optional, historical)
        E(False, ["THREATEN"], [4], "رسالة تهديد", ["historical", "reported"],
          source=UNKNOWN_LETTER, recipient=TAFAS_IMAM_ALONE,
          date=D("2020-09-24", "month", ("2020-09-10", "2020-10-08"))),
        # ¶5 (the Great Mosque) holds no event. ¶6 (subject, a long parenthesis, verb): the accusation and the
        # demand, two verbs joined with «و»; a statement on the day of the killing
        E(True, ["ACCUSE"], [6], "اتهمت", ["asserted"],
          source=CENTRAL_COMMITTEE, recipient=SY_SECURITY, date=TODAY, attribution=["بيان"]),
        E(True, ["REQUEST"], [6], "وطالبت", ["asserted"],
          source=CENTRAL_COMMITTEE, recipient=RUSSIA, date=TODAY),
        # ¶7: the local fighters' conditional threat; driving the checkpoint out by force is optional and
        # hypothetical («الاغتيال الثالث» is a back-reference to the main event, no event)
        E(True, ["THREATEN"], [7], "وتوعّد", ["asserted"], mode="violence",
          source=TAFAS_FIGHTERS, recipient=TAFAS_CHECKPOINT, location=TAFAS, date=TODAY),
        E(False, ["ASSAULT", "COERCE"], [7], "طرد", ["hypothetical"], mode="firearms",
          source=TAFAS_FIGHTERS, recipient=TAFAS_CHECKPOINT, location=TAFAS, date=None),
        # ¶8: a Tseel preacher's arrest told by local accounts and denied by his son (rumoured); the habit of
        # arresting sheikhs is an optional generic event
        E(True, ["COERCE"], [8], "اعتقال", ["rumored", "negated"], mode="arrest",
          source=AIR_INTEL, recipient=TSEEL_PREACHER, location=TSEEL, date=YESTERDAY,
          attribution=["حسابات محلية على «فيسبوك»"]),
        E(False, ["COERCE"], [8], "يُعتقل", ["generic"], mode="arrest", recipient=SHEIKHS_GENERIC, date=None),
        # ¶9: the Awqaf director does not attend the meeting (CONSULT, negated); «لبحث …» is its purpose
        E(True, ["CONSULT"], [9], "ولم يحضر", ["negated"],
          source=AWQAF_DIRECTOR, recipient=MUZAYRIB_NOTABLES, location=MUZAYRIB, date=TODAY),
        # ¶10: reinforcements told by loyalist pages and doubted by residents (reported first); «بعد ساعات من
        # الاغتيال» is a back-reference, «لتأمين الطرقات» a purpose
        E(True, ["MOBILIZE"], [10], "دفعت", ["reported", "asserted"], mode="troops",
          source=FOURTH_DIVISION, location=TAFAS, date=TODAY, attribution=["صفحات موالية"]),
        # ¶11: the joint patrol (COOPERATE; both parties in either role); the silence negates nothing
        E(True, ["COOPERATE"], [11], "دورية مشتركة", ["asserted"],
          source=EIGHTH_RUSSIAN, recipient=EIGHTH_RUSSIAN, location=TAFAS, date=TODAY),
        # ¶12 (the unified Friday sermon) holds no event. ¶13: the burial belongs to the main event; the
        # traders' two-hour closure in mourning is an optional PROTEST strike
        E(False, ["PROTEST"], [13], "أغلق تجار", ["asserted"], mode="strike",
          source=TAFAS_TRADERS, location=TAFAS, date=TODAY),
        # ¶14: the notables' meeting with Russian officers «يوم الإثنين المقبل» (planned CONSULT)
        E(True, ["CONSULT"], [14], "يلتقي", ["planned"],
          source=TAFAS_NOTABLES_RUSSIANS, recipient=TAFAS_NOTABLES_RUSSIANS, location=TAFAS,
          date=D("2020-10-26"), attribution=["أحد أعضاء الوفد"]),
        # ¶15: the imams' support (SUPPORT) and their call to the directorate (optional REQUEST)
        E(True, ["SUPPORT"], [15], "وأيّد", ["asserted"],
          source=WEST_IMAMS, recipient=MUZAYRIB_WORSHIPPERS, date=YESTERDAY, attribution=["بيان مشترك"]),
        E(False, ["REQUEST"], [15], "ودعوا", ["asserted"],
          source=WEST_IMAMS, recipient=AWQAF_DARAA, date=YESTERDAY),
        # ¶16: the imams killed since 2018, an aggregate (optional, generic)
        E(False, ["ASSAULT"], [16], "اغتيال", ["generic"], recipient=IMAMS_KILLED, date=None),
        # ¶17, «وكان … قد» at another place: a muezzin killed by a bomb at a mosque in Nawa on 11 September
        # (core, historical)
        E(True, ["ASSAULT"], [17], "فجّروا", ["historical", "asserted"], mode="explosives",
          source=NAWA_BOMBERS, recipient=NAWA_MUEZZIN, location=NAWA, date=D("2020-09-11"), fatalities=1,
          attribution=["أهالي المدينة"], acled=MINE),
    ],
)
