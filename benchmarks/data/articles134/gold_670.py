"""Gold of article 670: the jobless youths' sit-in at the oil pumping station south of El Faouar, the valve
closed, a protester run over by a national-guard vehicle, the clashes at the station, the minister's talks and
offer and the general strike in Douz (Kebili, southern Tunisia), a Tunis-based Tunisian trade-union weekly's
website, 2017-05-23 (Tue)."""
from actors_places import (
    ARMY_COLUMNS,
    BATTLE_670,
    BOURGUIBA_AVENUE,
    CONGRESS_PALACE,
    DOUZ,
    DOUZ_DELEGATION,
    FAOUAR_DOUZ,
    GRADUATES_2016,
    GUARD_DRIVER,
    GUARD_VEHICLE,
    JOBLESS_670,
    KEBILI,
    KEBILI_SEAT,
    LTDH,
    NINE_YOUTHS,
    RUN_OVER,
    SITIN_COMMITTEE,
    SITIN_DELEGATION,
    SOUTH_JOBLESS,
    STATION,
    STATION_GATE,
    STATION_MAIN,
    SUPPORTED_670,
    TN_ARMY,
    TN_EMPLOYMENT_MINISTER,
    TN_GOV_670,
    TN_PRESIDENT,
    TN_PROSECUTION,
    TN_SECURITY,
    TN_SECURITY_2016,
    UGTT_DOUZ,
    UGTT_KEBILI,
    VICTIM_FAMILY,
)
from common import ARREST, EXCESSIVE, PEACEFUL, RIOT, D, E, paras_of

SLUG = "kebili_2017_faouar_pumping_station_douz"
TODAY = D("2017-05-23")
SUNDAY = D("2017-05-21")
SATURDAY = D("2017-05-20")
LATELY = D("2017-05-23", "day", ("2017-05-22", "2017-05-23"))
ARTICLE = dict(
    id="team134-670", slug=SLUG, published="2017-05-23",
    outlet="Minbar al-Shaghilin, a Tunis-based Tunisian trade-union weekly's website (fictional)",
    paras=paras_of(f"670_{SLUG}.txt"),
    events=[
        # the lead, after the dateline «قبلي»: the jobless youths close the station's main valve on Sunday
        # (core PROTEST, Peaceful protest); the month-long sit-in is optional
        E(True, ["PROTEST"], [1], "أغلق", ["asserted"], mode="obstruct", source=JOBLESS_670, location=STATION,
          date=SUNDAY, acled=PEACEFUL),
        E(False, ["PROTEST"], [1], "اعتصام", ["asserted"], mode="demo", source=JOBLESS_670, location=STATION,
          date=D("2017-05-23", "month", ("2017-04-23", "2017-05-23"))),
        # ¶2: a national-guard vehicle runs over a protester at the station's gate, who dies (core ASSAULT,
        # Excessive force against protesters); ¶13 names it again («التي دهست المحتج»)
        E(True, ["ASSAULT"], [2, 13], "دهست", ["asserted"], source=GUARD_VEHICLE, recipient=RUN_OVER,
          location=STATION_GATE, date=SUNDAY, fatalities=1, attribution=["شهود"], acled=EXCESSIVE),
        # the main event, in ¶3 after the valve and the killing: clashes at the station until yesterday
        # evening between the sit-in and the national guard and army, two killed per the Kebili regional
        # hospital; ¶5, a protester's account («ويقصّ», «القتيلين»), and the headline name it
        E(True, ["ASSAULT", "PROTEST"], [0, 3, 5], "مواجهات", ["asserted"], source=BATTLE_670,
          location=STATION_MAIN, date=D("2017-05-22", "day", ("2017-05-21", "2017-05-22")), fatalities=2,
          attribution=["المستشفى الجهوي بقبلي"], acled=RIOT, tpara=3),
        # ¶4 and the headline: the general strike in Douz today (core PROTEST, Peaceful protest); the march is
        # optional
        E(True, ["PROTEST"], [0, 4], "إضراب عام", ["asserted"], mode="strike", source=UGTT_DOUZ,
          location=DOUZ, date=TODAY, acled=PEACEFUL, tpara=4),
        E(False, ["PROTEST"], [4], "مسيرة", ["asserted"], mode="demo", location=DOUZ, date=TODAY),
        # ¶6: the minister receives the sit-in's delegation in Kebili on Saturday (core CONSULT) and offers
        # jobs and a development fund (core AGREE)
        E(True, ["CONSULT"], [6], "واستقبل", ["asserted"], source=TN_EMPLOYMENT_MINISTER,
          recipient=SITIN_DELEGATION, location=KEBILI_SEAT, date=SATURDAY),
        E(True, ["AGREE"], [6], "عرض", ["asserted"], source=TN_EMPLOYMENT_MINISTER,
          recipient=SITIN_DELEGATION, location=KEBILI_SEAT, date=SATURDAY),
        # paragraph 7 (El Faouar: a description) holds no event; ¶8: the coordination committee rejects the
        # offer (core REJECT); its renewed demand is optional
        E(True, ["REJECT"], [8], "ورفضت", ["asserted"], source=SITIN_COMMITTEE,
          recipient=TN_EMPLOYMENT_MINISTER, date=SUNDAY),
        E(False, ["REQUEST"], [8], "المطالبة", ["asserted"], source=SITIN_COMMITTEE, date=SUNDAY),
        # ¶9: the UGTT regional union's support for the sit-in (core SUPPORT); the blame it lays on the
        # government is optional
        E(True, ["SUPPORT"], [9], "مساندته", ["asserted"], source=UGTT_KEBILI, recipient=SUPPORTED_670,
          location=KEBILI, date=LATELY),
        E(False, ["ACCUSE"], [9], "ومحمّلاً", ["asserted"], source=UGTT_KEBILI, recipient=TN_GOV_670,
          date=LATELY),
        # ¶10: the president's warning in a speech at the Palace of Congresses on 10 May, «أيّ تحرك» (core
        # THREATEN); the army's protection of the production sites he announced is optional
        E(True, ["THREATEN"], [10], "حذّر", ["asserted", "historical"], mode="violence", source=TN_PRESIDENT,
          location=CONGRESS_PALACE, date=D("2017-05-10")),
        E(False, ["MOBILIZE"], [10], "حماية", ["asserted", "planned"], mode="troops", source=TN_ARMY,
          date=D("2017-05-10")),
        # ¶11: the LTDH's charge against the security forces (core ACCUSE); its call for an inquiry is
        # optional
        E(True, ["ACCUSE"], [11], "واتهمت", ["asserted"], source=LTDH, recipient=TN_SECURITY, location=KEBILI,
          date=LATELY),
        E(False, ["REQUEST"], [11], "ودعت", ["asserted"], source=LTDH, date=LATELY),
        # ¶12: army columns said to be heading for the station (core MOBILIZE, rumored)
        E(True, ["MOBILIZE"], [12], "أرتال", ["rumored"], mode="troops", source=ARMY_COLUMNS,
          location=STATION_MAIN, date=None, attribution=["أهالٍ في الفوار"]),
        # ¶13: the driver not detained (core COERCE, negated); the family's refusal to take the body is
        # optional
        E(True, ["COERCE"], [13], "توقف", ["negated"], mode="arrest", source=TN_PROSECUTION,
          recipient=GUARD_DRIVER, date=None),
        E(False, ["REJECT"], [13], "رفضت", ["asserted"], source=VICTIM_FAMILY, date=LATELY),
        # background in «وكانت … قد», at another place: a graduates' sit-in in Douz broken up on 19 January
        # 2016 (core, historical, Excessive force against protesters)
        E(True, ["ASSAULT"], [14], "فرّقت", ["historical", "asserted"], mode="beat", source=TN_SECURITY_2016,
          recipient=GRADUATES_2016, location=DOUZ_DELEGATION, date=D("2016-01-19"), acled=EXCESSIVE),
        # ¶15: nine young men arrested at dawn (core COERCE, Arrests); two of them freed at noon (optional)
        E(True, ["COERCE"], [15], "واعتقلت", ["asserted"], mode="arrest", source=TN_SECURITY,
          recipient=NINE_YOUTHS,
          location=FAOUAR_DOUZ, date=TODAY, attribution=["محامٍ من هيئة الدفاع عن المعتصمين"], acled=ARREST),
        E(False, ["RETREAT"], [15], "وأُطلق", ["asserted"], mode="release", source=TN_SECURITY, date=TODAY),
        # ¶16: a national march in Tunis «بعد غد الخميس» (core PROTEST, planned); paragraph 17 (a protester's
        # words) holds no event
        E(True, ["PROTEST"], [16], "مسيرة", ["planned"], mode="demo", source=SOUTH_JOBLESS,
          location=BOURGUIBA_AVENUE, date=D("2017-05-25")),
    ],
)
