"""Gold of article 650: the battles at the army's posts in the barrens of al-Qaa, a police station stormed,
soldiers and policemen taken captive, a truce mediated by clerics and their convoy fired upon (northern
Bekaa, Lebanon), a Lebanese Christian political party's news website based in Beirut, 2014-08-06 (Wed)."""
from actors_places import (
    BATTLE_650,
    BEIRUT_SERAIL,
    BEKAA_MP,
    CAPTIVES_650,
    CAPTIVES_FAMILIES,
    CAPTORS_650,
    CARITAS,
    CLERICS_650,
    CLERICS_CONVOY,
    FAKIHA,
    JIHADISTS_650,
    LAF_COMMAND,
    LB_GOV,
    LB_STATE,
    LEBANESE_PUBLIC,
    LRC,
    MASHARII,
    MASHARII_ROAD,
    MASHARII_STATION,
    PARTY_LEADER,
    PRISONERS_650,
    QAA_BARRENS,
    QAA_DISPLACED,
    QAA_HILLS,
    QAA_TOWN,
    RAIDERS_650,
    STATION_FIGHT_650,
    THREATENED_650,
    TRUCE_PARTIES_650,
    UNKNOWN_GUNMEN_650,
)
from common import AGREEMENT, ATTACK, CLASH, SHELL, D, E, paras_of

SLUG = "northern_bekaa_2014_qaa_masharii_fakiha"
TODAY = D("2014-08-06")
YESTERDAY = D("2014-08-05")
LATELY = D("2014-08-06", "day", ("2014-08-05", "2014-08-06"))
LAST_NIGHT = D("2014-08-05", "day", ("2014-08-05", "2014-08-06"))
SATURDAY = D("2014-08-02")
SINCE_SATURDAY = D("2014-08-02", "day", ("2014-08-02", "2014-08-06"))
SINCE_SATURDAY_DAWN = D("2014-08-06", "day", ("2014-08-02", "2014-08-06"))
ARTICLE = dict(
    id="team130-650", slug=SLUG, published="2014-08-06",
    outlet="Al-Arza al-Hurra, a Lebanese Christian political party's news website based in Beirut "
           "(fictional)",
    paras=paras_of(f"650_{SLUG}.txt"),
    events=[
        # the main event, first in the lead after the dateline «القاع»: battles at the army's posts in the
        # barrens of al-Qaa since Saturday dawn, eleven soldiers killed per the army's guidance directorate;
        # ¶9, a wounded soldier's account («الشهداء الأحد عشر»), and the headline name it
        E(True, ["ASSAULT"], [0, 1, 9], "معارك", ["asserted"], mode="firearms", source=BATTLE_650,
          location=QAA_BARRENS, date=SINCE_SATURDAY_DAWN, fatalities=11,
          attribution=["قيادة الجيش \u2013 مديرية التوجيه"], acled=CLASH, tpara=1),
        # ¶2: gunmen storm the police station of Masharii al-Qaa after an hour's exchange of fire (core
        # ASSAULT, Armed clash); the station's cars burnt are optional
        E(True, ["ASSAULT"], [2], "واقتحمت", ["asserted", "reported"], mode="firearms",
          source=STATION_FIGHT_650, location=MASHARII_STATION, date=SATURDAY,
          attribution=["أهالٍ يسكنون قرب المخفر"], acled=CLASH),
        E(False, ["ASSAULT"], [2], "وأُحرقت", ["asserted", "reported"], mode="destroy", source=RAIDERS_650,
          location=MASHARII_STATION, date=SATURDAY),
        # ¶3: soldiers and policemen led away to the barrens, nineteen and thirteen per security sources
        # (core ASSAULT, abduction of combatants in a battle: no ACLED label of its own; the headline
        # names it)
        E(True, ["ASSAULT"], [0, 3], "واقتاد", ["asserted", "reported"], mode="abduct", source=JIHADISTS_650,
          recipient=CAPTIVES_650, location=QAA_HILLS, date=SINCE_SATURDAY, attribution=["مصادر أمنية"],
          tpara=3),
        # paragraph 4 (al-Qaa: a description) holds no event; ¶5: the Muslim Scholars Committee reaches a
        # 24-hour truce (core AGREE, Agreement); its first hours kept by both sides are optional
        E(True, ["AGREE"], [5], "هدنة", ["asserted"], mode="ceasefire", source=CLERICS_650,
          recipient=TRUCE_PARTIES_650, location=MASHARII, date=YESTERDAY, acled=AGREEMENT),
        E(False, ["RETREAT"], [5], "التزم", ["asserted"], mode="ceasefire", source=TRUCE_PARTIES_650,
          location=MASHARII, date=LAST_NIGHT),
        # ¶6: unknown gunmen fire on the clerics' convoy, two clerics and the driver wounded (core ASSAULT,
        # Attack; the headline names it)
        E(True, ["ASSAULT"], [0, 6], "لإطلاق نار", ["asserted"], mode="firearms", source=UNKNOWN_GUNMEN_650,
          recipient=CLERICS_CONVOY, location=MASHARII_ROAD, date=YESTERDAY, acled=ATTACK, tpara=6),
        # ¶7: the army reinforces its posts with the airborne and intervention regiments (core MOBILIZE)
        E(True, ["MOBILIZE"], [7], "وعززت", ["asserted"], mode="troops", source=LAF_COMMAND,
          location=QAA_HILLS, date=LAST_NIGHT, attribution=["مراسل «الأرزة الحرة»"]),
        # ¶8: the militants threaten, through the clerics, to kill the captives «لو» the army resumes its
        # shelling (core THREATEN); their demand for guarantees is optional
        E(True, ["THREATEN"], [8], "وهدد", ["asserted"], mode="violence", source=CAPTORS_650,
          recipient=THREATENED_650, date=LATELY, attribution=["وفد المشايخ"]),
        E(False, ["REQUEST"], [8], "وطلبوا", ["asserted"], source=CAPTORS_650, recipient=LAF_COMMAND,
          date=LATELY),
        # ¶9 is a paragraph of the main event; ¶10: the party leader asks the government to declare the
        # barrens a closed military area (core REQUEST)
        E(True, ["REQUEST"], [10], "وطالب", ["asserted"], source=PARTY_LEADER, recipient=LB_GOV, date=LATELY),
        # background in «وكانت … قد», at another place: rockets from the Syrian side on the edge of al-Fakiha
        # on 20 June (core, historical, Shelling)
        E(True, ["ASSAULT"], [11], "سقطت", ["historical", "asserted"], mode="heavy-weapons", location=FAKIHA,
          date=D("2014-06-20"), acled=SHELL),
        # ¶12: talk of a swap deal, denied by government sources (core AGREE, rumored); the release it would
        # bring is optional
        E(True, ["AGREE"], [12], "صفقة", ["rumored"], source=LB_STATE, date=None,
          attribution=["الأوساط السياسية"]),
        E(False, ["RETREAT"], [12], "بإطلاق", ["rumored"], mode="release", recipient=PRISONERS_650,
          date=None),
        # ¶13: an MP of the region accuses the government of failing the border towns (core ACCUSE)
        E(True, ["ACCUSE"], [13], "واتهم", ["asserted"], source=BEKAA_MP, recipient=LB_GOV, date=LATELY),
        # ¶14: no captive released despite the truce (core RETREAT, negated); the Red Cross allowed to take
        # out wounded civilians is optional
        E(True, ["RETREAT"], [14], "يطلق", ["negated"], mode="release", source=CAPTORS_650,
          recipient=PRISONERS_650, date=None),
        E(False, ["RETREAT"], [14], "بالسماح", ["asserted", "reported"], mode="access", source=CAPTORS_650,
          recipient=LRC, location=MASHARII, date=LATELY),
        # ¶15: Caritas hands out food and blankets to some 200 displaced families in al-Qaa (core AID)
        E(True, ["AID"], [15], "ووزعت", ["asserted"], mode="humanitarian", source=CARITAS,
          recipient=QAA_DISPLACED, location=QAA_TOWN, date=LATELY),
        # ¶16: the captives' families call a sit-in before the Grand Serail tomorrow afternoon (core PROTEST,
        # planned); their call on the Lebanese is optional
        E(True, ["PROTEST"], [16], "اعتصام", ["planned"], mode="demo", source=CAPTIVES_FAMILIES,
          location=BEIRUT_SERAIL, date=D("2014-08-07")),
        E(False, ["REQUEST"], [16], "داعية", ["asserted"], source=CAPTIVES_FAMILIES,
          recipient=LEBANESE_PUBLIC, date=TODAY),
        # paragraph 17 (a woman's words) holds no event
    ],
)
