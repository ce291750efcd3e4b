"""Gold of article 663: a young protester run over by a National Guard vehicle while the El Kamour sit-in by
the oil pumping station was broken up (main event, told first in the lead; one dead by the health ministry),
the National Guard and police posts of Tataouine burnt, a warning hung on the station's fence, eleven young
men arrested, army columns on the way (rumoured), the regional labour union's call, the coordination's
accusation, the prime minister's visit to Tataouine on 27 April 2017, eight released, the coordination leaving
the talks, the protesters staying (negated), the employment minister's meeting with the region's MPs, a
general strike due on Thursday and the lawyers' and doctors' support (Tataouine, Tunisia), a Gabes-based
Tunisian regional online newspaper, 2017-05-23 (Tue). Dateline: a hill town whose young men had joined the
sit-in of the event."""
from actors_places import (
    ARMY_COLUMNS,
    EIGHT_RELEASED,
    FENCE_CROSSERS,
    KAMOUR,
    KAMOUR_COORD,
    KAMOUR_SIT_IN,
    KAMOUR_STAYERS,
    KAMOUR_YOUTH,
    LAWYERS_DOCTORS,
    MINISTER_AND_MPS,
    MINISTERIAL_COMMITTEE,
    NG_POST,
    NG_UNITS,
    PM_TALKS,
    PUMPING_STATION,
    SIT_IN_DELEGATES,
    TATAOUINE,
    TATAOUINE_GOV,
    TATAOUINE_MPS,
    TATAOUINE_PROSECUTOR,
    TATAOUINE_RIOTERS,
    TATAOUINE_YOUTHS,
    TN_AGENTS,
    TN_ARMY,
    TN_EMPLOYMENT,
    TN_NATIONAL_GUARD,
    TN_PM,
    TN_PRESIDENT,
    UGTT_TATAOUINE,
)
from common import ARREST, EXCESSIVE, PEACEFUL, RIOT, D, E, paras_of

SLUG = "kamour_2017_tataouine_ghomrassen"
YESTERDAY = D("2017-05-22")
TODAY = D("2017-05-23")
TODAY_OR_EVE = D("2017-05-23", "day", ("2017-05-22", "2017-05-23"))
NIGHT = D("2017-05-22", "day", ("2017-05-22", "2017-05-23"))
ARTICLE = dict(
    id="team133-663", slug=SLUG, published="2017-05-23",
    outlet="Rimal News, a Gabes-based Tunisian regional online newspaper (fictional)",
    paras=paras_of(f"663_{SLUG}.txt"),
    events=[
        # MAIN EVENT, told first in the lead ¶1 (dateline): the protester run over while the sit-in was broken
        # up; the headline and a comrade's account ¶2 (one dead, one count)
        E(True, ["ASSAULT", "PROTEST"], [0, 1, 2], "دهسته", ["asserted"], source=TN_NATIONAL_GUARD,
          recipient=KAMOUR_YOUTH, location=KAMOUR, date=YESTERDAY, fatalities=1, attribution=["وزارة الصحة"],
          acled=EXCESSIVE, tpara=1),
        # ¶1: the sit-in itself, going on for weeks, optional
        E(False, ["PROTEST"], [1], "اعتصام", ["asserted"], mode="demo", source=KAMOUR_SIT_IN, location=KAMOUR,
          date=None, acled=PEACEFUL),
        # ¶2: the track to the station closed by the National Guard, told by the comrade, optional
        E(False, ["COERCE"], [2], "أغلق", ["asserted"], mode="restrict", source=TN_NATIONAL_GUARD,
          location=KAMOUR, date=YESTERDAY),
        # ¶3 (the desert and the region) holds no event. ¶4 (adverbial first): the posts of the National Guard
        # and the police burnt in Tataouine; the agents' withdrawal optional
        E(True, ["PROTEST", "ASSAULT"], [4], "أحرق", ["asserted"], mode="riot", source=TATAOUINE_RIOTERS,
          recipient=NG_POST, location=TATAOUINE, date=NIGHT, acled=RIOT),
        E(False, ["RETREAT"], [4], "انسحاب", ["asserted"], mode="withdraw", source=TN_AGENTS,
          location=TATAOUINE, date=NIGHT),
        # ¶5: the army's written warning hung on the fence of the pumping station; the president's decision of
        # less than two weeks before optional (historical)
        E(True, ["THREATEN"], [5], "لافتة", ["asserted"], mode="violence", source=TN_ARMY,
          recipient=FENCE_CROSSERS, location=PUMPING_STATION, date=TODAY),
        E(False, ["MOBILIZE"], [5], "تكليف", ["historical", "asserted"], mode="troops", source=TN_PRESIDENT,
          date=D("2017-05-10", "week", ("2017-05-09", "2017-05-22"))),
        # ¶6: eleven young men arrested in the night
        E(True, ["COERCE"], [6], "واعتقلت", ["asserted"], mode="arrest", source=NG_UNITS,
          recipient=TATAOUINE_YOUTHS, location=TATAOUINE, date=NIGHT,
          attribution=["محامٍ من هيئة الدفاع عنهم"], acled=ARREST),
        # ¶7: army columns said in the cafés to be on their way (rumoured; a silence closes it)
        E(True, ["MOBILIZE"], [7], "أرتال", ["rumored", "reported"], mode="troops", source=ARMY_COLUMNS,
          location=TATAOUINE, date=None, attribution=["روّاد المقاهي في تطاوين"]),
        # ¶8: the regional labour union's call; its endorsement of the demands optional
        E(True, ["REQUEST"], [8], "ودعا", ["asserted"], source=UGTT_TATAOUINE, date=TODAY),
        E(False, ["SUPPORT"], [8], "تبنّيه", ["asserted"], source=UGTT_TATAOUINE, recipient=KAMOUR_SIT_IN,
          date=TODAY),
        # ¶9: the coordination's accusation (the ministry's version of the death is the other side's)
        E(True, ["ACCUSE"], [9], "واتهمت", ["asserted"], source=KAMOUR_COORD, date=TODAY_OR_EVE),
        # ¶10, «وكان … قد» at another place: the prime minister's visit on 27 April 2017 (core, historical);
        # his offer optional (historical)
        E(True, ["CONSULT"], [10], "زار", ["historical", "asserted"], mode="visit", source=TN_PM,
          recipient=SIT_IN_DELEGATES, location=TATAOUINE, date=D("2017-04-27")),
        E(False, ["AGREE"], [10], "وعرض", ["historical", "asserted"], source=PM_TALKS, recipient=PM_TALKS,
          location=TATAOUINE, date=D("2017-04-27")),
        # ¶11: eight of the detained released by the prosecutor (announced)
        E(True, ["CONCEDE", "RETREAT"], [11], "الإفراج", ["asserted"], mode="release",
          source=TATAOUINE_PROSECUTOR, recipient=EIGHT_RELEASED, location=TATAOUINE, date=TODAY),
        # ¶12 (a graduate) holds no event. ¶13: the coordination leaves the talks
        E(True, ["SANCTION", "REJECT"], [13], "تعليق", ["asserted"], mode="withdraw", source=KAMOUR_COORD,
          recipient=MINISTERIAL_COMMITTEE, date=TODAY_OR_EVE),
        # ¶14: the protesters did not leave the station (negated); the tents put up again optional
        E(True, ["RETREAT"], [14], "يغادر", ["negated"], mode="withdraw", source=KAMOUR_STAYERS,
          location=KAMOUR, date=TODAY_OR_EVE),
        E(False, ["PROTEST"], [14], "نصب", ["asserted"], mode="demo", source=KAMOUR_STAYERS, location=KAMOUR,
          date=TODAY_OR_EVE, acled=PEACEFUL),
        # ¶15: the employment minister meets the region's MPs; their agreement on a joint session optional
        E(True, ["CONSULT"], [15], "والتقى", ["asserted"], source=TN_EMPLOYMENT, recipient=TATAOUINE_MPS,
          date=TODAY),
        E(False, ["AGREE"], [15], "واتفق", ["asserted"], source=MINISTER_AND_MPS, recipient=MINISTER_AND_MPS,
          date=TODAY),
        # ¶16 (a present tense with a day ahead): a general strike «يوم الخميس المقبل» (planned)
        E(True, ["PROTEST"], [16], "إضراب", ["planned"], mode="strike", source=UGTT_TATAOUINE,
          location=TATAOUINE_GOV, date=D("2017-05-25"), acled=PEACEFUL),
        # ¶17 (the shortest): the lawyers' and doctors' support
        E(True, ["SUPPORT"], [17], "مساندتهما", ["asserted"], source=LAWYERS_DOCTORS, recipient=KAMOUR_SIT_IN,
          date=TODAY_OR_EVE),
    ],
)
