"""Gold of article 499: al-Bayda (Mukayras, the Rada'a–al-Sawma'ah road, al-Zahir, al-Sawma'ah, Rada'a) and
Lawdar (Abyan), an Aden-based Yemeni pro-government online newspaper, 2021-09-13 (Mon)."""
from actors_places import (
    BAYDA_AUTHORITY,
    BOTH_SIDES_YE,
    COALITION,
    DISPLACED_300,
    GOV_HOUTHIS,
    HOUTHI_LEADER,
    HOUTHI_REINFORCEMENTS,
    HOUTHI_SPOKESMAN,
    HOUTHIS,
    LAWDAR,
    MUKAYRAS,
    MUKAYRAS_CIVILIANS,
    MUKAYRAS_FIGHTERS,
    MUKAYRAS_MARKET,
    MUKAYRAS_SHEIKHS,
    RADAA,
    RADAA_ROAD,
    RADAA_YOUTHS,
    RESISTANCE_LEADERS,
    SAWMAAH,
    SAWMAAH_PRISONERS,
    TRIBAL_SOURCES,
    UN_ENVOY,
    YE_GOV_FORCES,
    YRCS,
    ZAHIR,
    ZAHIR_FARMERS,
    ZAHIR_MEDIATORS,
)
from common import ABDUCTION, AIR, MINE, D, E, paras_of

SLUG = "bayda_2021_mukayras_cordon_zahir_exchange"
TODAY = D("2021-09-13")
YESTERDAY = D("2021-09-12")
SINCE_YESTERDAY = D("2021-09-12", "day", ("2021-09-12", "2021-09-13"))
ARTICLE = dict(
    id="team100-499", slug=SLUG, published="2021-09-13",
    outlet="Minbar Aden, an Aden-based Yemeni pro-government online newspaper (fictional)",
    paras=paras_of(f"499_{SLUG}.txt"),
    events=[
        # ¶1 (no dateline: the town in the first sentence): the Houthis tighten their cordon around
        # Mukayras since dawn yesterday (core COERCE restrict, no label; the headline 0; the fuel and
        # food lorries kept out are part of it); the heights taken before it, in a clause without a
        # time, are optional
        E(True, ["COERCE"], [0, 1], "أحكمت", ["asserted", "reported"], mode="restrict",
          source=HOUTHIS, recipient=YE_GOV_FORCES, location=MUKAYRAS, date=SINCE_YESTERDAY,
          attribution=["مصادر عسكرية"], tpara=1),
        E(False, ["ASSAULT"], [1], "سيطرتها", ["asserted"], mode="firearms",
          source=HOUTHIS, location=MUKAYRAS, date=None),
        # the snipers deployed on the hills around the town, part of the cordon: an optional MOBILIZE
        E(False, ["MOBILIZE"], [1], "نشرت", ["asserted", "reported"], mode="troops",
          source=HOUTHIS, location=MUKAYRAS, date=SINCE_YESTERDAY),
        # the main event, in ¶2 after the cordon (not first in the lead): a Houthi explosive drone and
        # two mortar shells on Mukayras market yesterday evening, «وذلك في ذروة الازدحام» (the time
        # after the act in its own clause); five killed (one count); ¶3 the Houthi channel's version,
        # ¶17 the burial of «القتلى الخمسة»
        E(True, ["ASSAULT"], [0, 2, 3, 17], "أطلقت", ["asserted", "reported"], mode="aerial",
          source=HOUTHIS, recipient=MUKAYRAS_CIVILIANS, location=MUKAYRAS_MARKET, date=YESTERDAY,
          fatalities=5,
          attribution=["مصدر طبي في مستشفى المدينة"], acled=AIR, tpara=2),
        # ¶4 (verb–subject): coalition air strikes on Houthi reinforcements on the Rada'a–al-Sawma'ah
        # road; the reinforcements' movement itself is optional
        E(True, ["ASSAULT"], [4], "وشنّ", ["asserted", "reported"], mode="aerial",
          source=COALITION, recipient=HOUTHI_REINFORCEMENTS, location=RADAA_ROAD, date=SINCE_YESTERDAY,
          attribution=["المركز الإعلامي للقوات المسلحة"], acled=AIR),
        E(False, ["MOBILIZE"], [4], "تعزيزات", ["asserted"], mode="troops",
          source=HOUTHIS, location=RADAA_ROAD, date=SINCE_YESTERDAY),
        # ¶5: a prisoner exchange carried out at noon «بين قوات الجيش الوطني وميليشيا الحوثي»
        # (COOPERATE, RETREAT also accepted; the headline 0), after a tribal mediation of some two weeks
        # (optional CONSULT)
        E(True, ["COOPERATE", "RETREAT"], [0, 5], "صفقة", ["asserted", "reported"],
          source=GOV_HOUTHIS, location=ZAHIR, date=TODAY, attribution=["أحد الوسطاء"], tpara=5),
        E(False, ["CONSULT"], [0, 5], "وساطة", ["asserted"], mode="third-party",
          source=ZAHIR_MEDIATORS, recipient=GOV_HOUTHIS, location=ZAHIR,
          date=D("2021-09-06", "week", ("2021-08-30", "2021-09-13")), tpara=5),
        # ¶6: no government reinforcements have reached Mukayras (core MOBILIZE, negated); the appeals
        # an optional REQUEST
        E(True, ["MOBILIZE"], [6], "تعزيزات", ["negated"], mode="troops",
          source=YE_GOV_FORCES, location=MUKAYRAS, date=TODAY),
        E(False, ["REQUEST"], [6], "مناشدات", ["asserted"],
          source=RESISTANCE_LEADERS, location=MUKAYRAS,
          date=D("2021-09-10", "week", ("2021-09-06", "2021-09-13"))),
        # paragraph 7 (Mukayras: a description) holds no event
        # ¶8: an execution of three prisoners rumoured by tribal sources, denied by a Houthi spokesman
        # (optional REJECT); the storming of al-Sawma'ah last week, in a clause, is optional and
        # historical
        E(True, ["ASSAULT"], [8], "إعدام", ["rumored"], mode="execute",
          source=HOUTHIS, recipient=SAWMAAH_PRISONERS, location=SAWMAAH, date=None,
          attribution=["مصادر قبلية"]),
        E(False, ["ASSAULT"], [8], "اقتحامها", ["historical", "asserted"], mode="firearms",
          source=HOUTHIS, location=SAWMAAH, date=D("2021-09-08", "week", ("2021-09-05", "2021-09-12"))),
        E(False, ["REJECT"], [8], "نفى", ["asserted"],
          source=HOUTHI_SPOKESMAN, recipient=TRIBAL_SOURCES, date=TODAY),
        # ¶9: a Houthi commander's conditional threat (asserted); the storming is hypothetical and the
        # call to the sheikhs an optional REQUEST
        E(True, ["THREATEN"], [9], "وتوعّد", ["asserted"], mode="violence",
          source=HOUTHI_LEADER, recipient=MUKAYRAS_FIGHTERS, location=MUKAYRAS, date=SINCE_YESTERDAY),
        E(False, ["ASSAULT"], [9], "باقتحام", ["hypothetical"], mode="firearms",
          source=HOUTHIS, location=MUKAYRAS, date=None),
        E(False, ["REQUEST"], [9], "داعياً", ["asserted"],
          source=HOUTHI_LEADER, recipient=MUKAYRAS_SHEIKHS, date=SINCE_YESTERDAY),
        # ¶10: the exchange of bodies due on Thursday (planned)
        E(True, ["COOPERATE", "RETREAT"], [10], "بتبادل", ["planned"],
          source=BOTH_SIDES_YE, location=ZAHIR, date=D("2021-09-16"), attribution=["الوسيط"]),
        # ¶11 (subject, long parenthetical, verb), one sentence, two events joined with «و» and a second verb
        E(True, ["ACCUSE"], [11], "حمّلت", ["asserted"],
          source=BAYDA_AUTHORITY, recipient=HOUTHIS, date=TODAY),
        E(True, ["REQUEST"], [11], "وطالبت", ["asserted"],
          source=BAYDA_AUTHORITY, recipient=UN_ENVOY, date=TODAY),
        # paragraph 12 (a year of shifting fronts: generic) holds no event
        # ¶13: fourteen young men of Rada'a abducted (the outlet's word) and taken to an unknown place
        # (reported)
        E(True, ["ASSAULT", "COERCE"], [13], "واختطفت", ["reported", "asserted"], mode="abduct",
          source=HOUTHIS, recipient=RADAA_YOUTHS, location=RADAA,
          date=D("2021-09-12", "day", ("2021-09-11", "2021-09-13")), attribution=["منظمة حقوقية محلية"],
          acled=ABDUCTION),
        # background at another place, in «وكان … قد»: a landmine on a car of farmers in al-Zahir on 12
        # August (2)
        E(True, ["ASSAULT"], [14], "لغم أرضي", ["historical", "asserted"], mode="explosives",
          source=HOUTHIS, recipient=ZAHIR_FARMERS, location=ZAHIR, date=D("2021-08-12"), fatalities=2,
          acled=MINE),
        # paragraph 15 (a trader's words) holds no event
        # ¶16 (verb–subject): aid to families displaced to Lawdar
        E(True, ["AID"], [16], "ووزّع", ["asserted", "reported"], mode="humanitarian",
          source=YRCS, recipient=DISPLACED_300, location=LAWDAR, date=TODAY,
          attribution=["مسؤول في فرع الجمعية"]),
        # ¶17, the burial, is a paragraph of the main event
    ],
)
