"""Gold of article 384: the mayor of Gharyan's resignation, seven councillors' boycott of an emergency
session, a protest before the municipality fired on from passing cars (main event), a curfew, the
interior minister's threat, a dialogue called for and refused, the youth movement's accusation, a
rumoured convoy, the Warfalla council's support, a Presidential Council delegation due on Thursday,
detainees not released, the battalion commander suspended and the storming of Tarhuna's council on 2 July
(western Libya), a Libyan private TV channel's news site, 2022-08-23 (Tue). No dateline: the first
sentence names Gharyan; the main event comes first in ¶3, after the resignation and the boycott, and its
toll conflicts (the hospital's two, the movement's three → 2). Mostly about a local political crisis."""
from actors_places import (
    ARMED_CONVOY,
    BANI_WALID,
    BATTALION,
    BATTALION_COMMANDER,
    COUNCIL_MEMBERS,
    DIALOGUE_PARTIES,
    GHARYAN,
    GHARYAN_DETAINEES,
    GHARYAN_GUNMEN,
    GHARYAN_MAYOR,
    GHARYAN_OUTSKIRTS,
    GHARYAN_PROTESTERS,
    GHARYAN_SECURITY,
    GHARYAN_SQUARE,
    GNU,
    HIRAK,
    INFILTRATORS,
    LY_INTERIOR,
    PC_VISIT,
    PROTESTERS_GHARYAN,
    SHOOTERS,
    SOCIAL_COUNCIL,
    TARHUNA,
    TARHUNA_PROTESTERS,
    WARFALLA_COUNCIL,
)
from common import ARREST, ATTACK, PEACEFUL, RIOT, D, E, paras_of

SLUG = "gharyan_2022_tarhuna_bani_walid"
TODAY = D("2022-08-23")
YDAY = D("2022-08-22")
TODAY_OPEN = D("2022-08-23", "day", ("2022-08-22", "2022-08-23"))
ARTICLE = dict(
    id="team77-384", slug=SLUG, published="2022-08-23",
    outlet="Sufuh TV, Libyan private TV channel's news site (fictional)",
    paras=paras_of(f"384_{SLUG}.txt"),
    events=[
        # ¶1: the mayor resigns in protest (PROTEST, REJECT accepted; headline 0); his blame of the
        # government is optional
        E(True, ["PROTEST", "REJECT"], [0, 1], "استقالته", ["asserted"],
          source=GHARYAN_MAYOR, recipient=GNU, location=GHARYAN, date=TODAY, tpara=1),
        E(False, ["ACCUSE"], [1], "ومحمّلاً", ["asserted"],
          source=GHARYAN_MAYOR, recipient=GNU, date=TODAY),
        # ¶2, in «وكان … قد» about yesterday evening: seven councillors boycott the emergency session (REJECT,
        # PROTEST accepted); the session that could not be held is optional, negated
        E(True, ["REJECT", "PROTEST"], [2], "قاطعوا", ["asserted", "reported"],
          source=COUNCIL_MEMBERS, recipient=GHARYAN_MAYOR, location=GHARYAN, date=YDAY,
          attribution=["أحدهم"]),
        E(False, ["CONSULT"], [2], "جلسة طارئة", ["negated"], mode="multilateral",
          source=GHARYAN_MAYOR, recipient=COUNCIL_MEMBERS, location=GHARYAN, date=YDAY),
        # ¶3: the protest before the municipality (PROTEST); its demand is optional
        E(True, ["PROTEST"], [3], "مظاهرة", ["asserted"], mode="demo",
          source=GHARYAN_PROTESTERS, location=GHARYAN_SQUARE, date=YDAY, acled=PEACEFUL),
        E(False, ["REQUEST"], [3], "للمطالبة", ["asserted"],
          source=GHARYAN_PROTESTERS, location=GHARYAN, date=YDAY),
        # MAIN EVENT, first told in ¶3 (passive «أُطلق»; headline 0): fire on the protesters from passing cars
        # (¶3: the hospital's two; ¶5: a doctor; ¶6: a protester's account; ¶9: the movement's three; ¶10: the
        # battalion's denial, the other side's version) → 2
        E(True, ["ASSAULT"], [0, 3, 5, 6, 9, 10], "أُطلق", ["asserted", "reported"], mode="firearms",
          source=GHARYAN_GUNMEN, recipient=GHARYAN_PROTESTERS, location=GHARYAN_SQUARE, date=YDAY,
          fatalities=2,
          attribution=["مستشفى غريان المركزي", "«حراك شباب غريان»"], acled=ATTACK, tpara=3),
        # ¶4: the curfew since last midnight (COERCE curfew); the patrols and the warning to offenders
        # optional
        E(True, ["COERCE"], [0, 4], "حظر تجول", ["asserted"], mode="curfew",
          source=GHARYAN_SECURITY, location=GHARYAN, date=TODAY_OPEN, tpara=4),
        E(False, ["MOBILIZE"], [4], "ونشرت دوريات", ["asserted"], mode="police",
          source=GHARYAN_SECURITY, location=GHARYAN, date=TODAY_OPEN),
        E(False, ["THREATEN"], [4], "ومتوعدةً", ["asserted"], mode="arrest",
          source=GHARYAN_SECURITY, date=TODAY_OPEN),
        # ¶7: the interior minister's threat (headline 0); dissolving the council is optional, hypothetical
        E(True, ["THREATEN"], [0, 7], "وهدّد", ["asserted"], mode="arrest",
          source=LY_INTERIOR, recipient=SHOOTERS, date=TODAY_OPEN, attribution=["اتصال هاتفي مع «سفوح»"],
          tpara=7),
        E(False, ["SANCTION"], [7], "بحل المجلس البلدي", ["hypothetical"],
          source=LY_INTERIOR, recipient=COUNCIL_MEMBERS, date=None),
        # ¶8: a dialogue called for (REQUEST) and refused (REJECT); the movement's call to gather again is
        # optional, planned
        E(True, ["REQUEST"], [8], "ودعا", ["asserted"],
          source=SOCIAL_COUNCIL, recipient=DIALOGUE_PARTIES, location=GHARYAN, date=TODAY_OPEN),
        E(True, ["REJECT"], [8], "رفض", ["asserted"],
          source=HIRAK, recipient=SOCIAL_COUNCIL, location=GHARYAN, date=TODAY_OPEN),
        E(False, ["PROTEST"], [8], "التجمع", ["planned"], mode="demo",
          source=HIRAK, location=GHARYAN, date=None),
        # ¶9: the movement accuses the battalion (ACCUSE); ¶10: the battalion's counter-charge is optional
        E(True, ["ACCUSE"], [9], "واتهم", ["asserted"],
          source=HIRAK, recipient=GHARYAN_GUNMEN, date=TODAY_OPEN),
        E(False, ["ACCUSE"], [10], "متهمة", ["asserted"],
          source=BATTALION, recipient=INFILTRATORS, date=TODAY_OPEN),
        # ¶11 (the town described) holds no event. ¶12: an armed convoy told by Facebook pages, denied
        # knowledge of by the police (rumoured)
        E(True, ["MOBILIZE"], [12], "تحرك رتل مسلح", ["rumored"], mode="troops",
          source=ARMED_CONVOY, location=GHARYAN_OUTSKIRTS, date=None,
          attribution=["صفحات محلية على «فيسبوك»"]),
        # ¶13: the Warfalla council's support (SUPPORT); its demand to the government is optional
        E(True, ["SUPPORT"], [13], "تأييده", ["asserted"],
          source=WARFALLA_COUNCIL, recipient=PROTESTERS_GHARYAN, location=BANI_WALID, date=TODAY_OPEN,
          attribution=["بيان"]),
        E(False, ["REQUEST"], [13], "مطالباً", ["asserted"],
          source=WARFALLA_COUNCIL, recipient=GNU, date=TODAY_OPEN),
        # ¶14: a Presidential Council delegation due «يوم الخميس المقبل» (planned CONSULT)
        E(True, ["CONSULT"], [14], "وفد", ["planned"], mode="visit",
          source=PC_VISIT, recipient=PC_VISIT, location=GHARYAN, date=D("2022-08-25"),
          attribution=["مصادر في البلدية"]),
        # ¶15: four young men not released (RETREAT, negated; their arrest yesterday optional) and the
        # battalion commander suspended and referred to investigation (SANCTION, COERCE accepted)
        E(True, ["RETREAT"], [15], "ولم تُفرج", ["negated"], mode="release",
          source=BATTALION, recipient=GHARYAN_DETAINEES, location=GHARYAN, date=TODAY, attribution=["ذويهم"]),
        E(False, ["COERCE"], [15], "اعتقلتهم", ["asserted"], mode="arrest",
          source=BATTALION, recipient=GHARYAN_DETAINEES, location=GHARYAN, date=YDAY, acled=ARREST),
        E(True, ["SANCTION", "COERCE"], [15], "إيقاف", ["asserted"],
          source=LY_INTERIOR, recipient=BATTALION_COMMANDER, location=GHARYAN, date=TODAY),
        # Background at another place, in «وكان … قد»: the storming of Tarhuna's council on 2 July (PROTEST
        # riot, historical); the wave of protests is optional, generic
        E(True, ["PROTEST"], [16], "اقتحموا", ["historical", "asserted"], mode="riot",
          source=TARHUNA_PROTESTERS, location=TARHUNA, date=D("2022-07-02"), acled=RIOT),
        E(False, ["PROTEST"], [16], "موجة احتجاجات", ["generic", "historical"], mode="demo",
          date=None),
        # ¶17 (electricity, fuel, salaries) holds no event
    ],
)
