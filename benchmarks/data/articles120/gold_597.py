"""Gold of article 597: Kansafra, al-Bara, Balyun, Marayan and the villages of Jabal al-Zawiya, Hazarin and
Kafr Nabl, Ariha and the camps near Kafr Lusin (Idlib), a Gaziantep-based Syrian opposition news agency's
website, 2021-06-12 (Sat)."""
from actors_places import (
    ARIHA,
    ARIHA_PROTESTERS,
    ASSAD_AND_IRAN,
    ASSAD_FORCES,
    ASSAD_TANK,
    BARA,
    BARA_BALYUN,
    BARA_POST,
    BARA_POST_MEETING,
    CIVIL_DEFENCE,
    FATTIRA,
    HAZARIN,
    HAZARIN_KAFRNABL,
    INTL_COMMUNITY,
    JABAL_ZAWIYA,
    KAFR_LUSIN_CAMPS,
    KANSAFRA,
    KANSAFRA_ARIHA,
    KANSAFRA_FAMILY,
    KANSAFRA_WOUNDED,
    LOCAL_NGO_597,
    MARAYAN,
    MARAYAN_CIVILIANS,
    NLF,
    OPPOSITION_FACTIONS,
    OPPOSITION_OPS_ROOM,
    REGIME_TERRORISTS,
    RU_AIR,
    RU_TR,
    RUSSIA_AND_REGIME,
    SARAQIB,
    SRC,
    TR_CONVOY,
    TR_OFFICERS,
    TR_POST,
    ZAWIYA_DISPLACED,
)
from common import AIR, PEACEFUL, SHELL, D, E, paras_of

SLUG = "idlib_2021_kansafra_bara_ariha_marayan"
TODAY = D("2021-06-12")
YESTERDAY = D("2021-06-11")
SINCE_YESTERDAY = D("2021-06-12", "day", ("2021-06-11", "2021-06-12"))
ARTICLE = dict(
    id="team120-597", slug=SLUG, published="2021-06-12",
    outlet="al-Shamal al-Hurr, a Gaziantep-based Syrian opposition news agency's website (fictional)",
    paras=paras_of(f"597_{SLUG}.txt"),
    events=[
        # the main event, first in the lead (no dateline; «جبل الزاوية» in the first sentence): a government
        # artillery shell kills five children and their mother in their house in Kansafra at dawn (core
        # ASSAULT heavy-weapons, Shelling, 6); ¶2 the bodies pulled from the rubble, ¶4 the state agency's
        # version (no number), ¶15 the burial of «الأطفال الخمسة ووالدتهم»; the headline names it
        E(True, ["ASSAULT"], [0, 1, 2, 4, 15], "بقصف", ["asserted", "reported"], mode="heavy-weapons",
          source=ASSAD_FORCES, recipient=KANSAFRA_FAMILY, location=KANSAFRA, date=TODAY, fatalities=6,
          attribution=["مراسل «الشمال الحر»"], acled=SHELL, tpara=1),
        # ¶2: the civil defence pulls the victims out and takes three wounded to hospital (core AID)
        E(True, ["AID"], [2], "وأسعفت", ["asserted", "reported"], mode="humanitarian",
          source=CIVIL_DEFENCE, recipient=KANSAFRA_WOUNDED, location=KANSAFRA_ARIHA, date=TODAY,
          attribution=["متطوع في مركز الدفاع المدني بالبلدة"]),
        # ¶3: Russian air strikes on the outskirts of al-Bara and Balyun (core ASSAULT aerial, Air/drone
        # strike, no casualties); the shelling of three villages told with it is optional
        E(True, ["ASSAULT"], [3], "غارات", ["asserted", "reported"], mode="aerial",
          source=RU_AIR, location=BARA_BALYUN, date=TODAY, attribution=["مرصد محلي يتابع حركة الطيران"],
          acled=AIR),
        E(False, ["ASSAULT"], [3], "قصف مدفعي", ["asserted"], mode="heavy-weapons", location=FATTIRA,
          date=TODAY),
        # ¶4, the state agency's version: the shells «المجموعات الإرهابية» fired on Saraqib (optional,
        # reported)
        E(False, ["ASSAULT"], [4], "أطلقتها", ["reported"], source=REGIME_TERRORISTS, location=SARAQIB,
          date=None),
        # paragraph 5 (Jabal al-Zawiya: a description, aggregates and habits) holds no event
        # ¶6: reinforcements of the government forces and Iran-backed militias near Hazarin and Kafr Nabl,
        # rumoured and unverified (core MOBILIZE, rumored; no time given); the military action they would
        # prepare is optional (hypothetical)
        E(True, ["MOBILIZE"], [6], "تعزيزات", ["rumored", "reported"], mode="troops",
          source=ASSAD_AND_IRAN, location=HAZARIN_KAFRNABL, date=None, attribution=["أوساط محلية"]),
        E(False, ["ASSAULT"], [6], "لعمل عسكري", ["hypothetical"], source=ASSAD_FORCES, location=JABAL_ZAWIYA,
          date=None),
        # ¶7, verb–subject: a Turkish convoy enters the observation post near al-Bara (core MOBILIZE troops);
        # «الرتل الثاني خلال أسبوع» is generic
        E(True, ["MOBILIZE"], [7], "رتل", ["asserted", "reported"], mode="troops",
          source=TR_CONVOY, location=BARA_POST, date=TODAY, attribution=["مراسلنا"]),
        # ¶8: the National Liberation Front's conditional threat (core THREATEN); the «ردّ» is optional,
        # hypothetical
        E(True, ["THREATEN"], [8], "وتوعّدت", ["asserted"], mode="violence",
          source=NLF, recipient=ASSAD_AND_IRAN, date=SINCE_YESTERDAY),
        E(False, ["ASSAULT"], [8], "ردّ", ["hypothetical"], source=NLF, location=JABAL_ZAWIYA, date=None),
        # ¶9: Turkish officers to meet the opposition's commanders at the post next Monday (core planned
        # CONSULT); «الثالث من نوعه منذ مطلع الشهر» is generic (optional)
        E(True, ["CONSULT"], [9], "يلتقي", ["planned"], mode="visit",
          source=TR_OFFICERS, recipient=OPPOSITION_FACTIONS, location=BARA_POST_MEETING,
          date=D("2021-06-14"), attribution=["قيادي في «الجبهة الوطنية للتحرير»"]),
        E(False, ["CONSULT"], [9], "لقاء", ["generic"], source=TR_OFFICERS, location=BARA_POST_MEETING,
          date=None),
        # ¶10: a demonstration in Ariha after yesterday's Friday prayer (core PROTEST demo, Peaceful protest)
        E(True, ["PROTEST"], [10], "مظاهرة", ["asserted"], mode="demo",
          source=ARIHA_PROTESTERS, location=ARIHA, date=YESTERDAY, acled=PEACEFUL),
        # ¶11: the Turkish post has not answered the sources of the shelling (core ASSAULT, negated)
        E(True, ["ASSAULT"], [11], "تردّ", ["negated"], mode="heavy-weapons",
          source=TR_POST, location=BARA, date=SINCE_YESTERDAY, attribution=["أحد سكان البلدة"]),
        # background at another place, in «وكانت … قد»: government rockets on a market in Marayan on 29 May
        # (core, historical, 3; Shelling); the Russian–Turkish agreement of 5 March 2020 is optional
        E(True, ["ASSAULT"], [12], "قذائف", ["historical", "asserted", "reported"], mode="heavy-weapons",
          source=ASSAD_FORCES, recipient=MARAYAN_CIVILIANS, location=MARAYAN, date=D("2021-05-29"),
          fatalities=3, attribution=["الدفاع المدني"], acled=SHELL),
        E(False, ["AGREE"], [12], "الاتفاق", ["historical"], source=RU_TR, date=D("2020-03-05")),
        # ¶13, subject–verb–object with a long parenthetical: the Response Coordinators accuse Russia and the
        # regime (core ACCUSE) and, with «و» and a second verb, appeal to the international community (core
        # REQUEST); the count of violations in the parenthetical is generic (optional)
        E(True, ["ACCUSE"], [13], "اتهمت", ["asserted"],
          source=SRC, recipient=RUSSIA_AND_REGIME, date=SINCE_YESTERDAY),
        E(True, ["REQUEST"], [13], "وطالبت", ["asserted"],
          source=SRC, recipient=INTL_COMMUNITY, date=SINCE_YESTERDAY),
        E(False, ["ASSAULT"], [13], "خرق", ["generic"], source=RUSSIA_AND_REGIME, date=None),
        # paragraph 14 (a returned man's words) holds no event
        # ¶15, the burial of «الأطفال الخمسة ووالدتهم», is a paragraph of the main event
        # ¶16: tents and food for the displaced near Kafr Lusin (core AID); their flight is optional
        E(True, ["AID"], [16], "ووزّعت", ["asserted"], mode="humanitarian",
          source=LOCAL_NGO_597, recipient=ZAWIYA_DISPLACED, location=KAFR_LUSIN_CAMPS, date=YESTERDAY),
        E(False, ["RETREAT"], [16], "نزحت", ["asserted"], location=KAFR_LUSIN_CAMPS, date=None),
        # ¶17: the opposition's guided missile on a government tank near Hazarin (core ASSAULT,
        # Shelling/missile)
        E(True, ["ASSAULT"], [17], "واستهدفت", ["asserted", "reported"], mode="heavy-weapons",
          source=OPPOSITION_OPS_ROOM, recipient=ASSAD_TANK, location=HAZARIN, date=TODAY,
          attribution=["غرفة عمليات «الفتح المبين»"], acled=SHELL),
    ],
)
