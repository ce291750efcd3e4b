"""Gold of article 532: artillery fired by the Turkish-backed Syrian National Army factions on al-Dardara
north of Tal Tamr killing three (main event, told first in the lead; the Kurdish Red Crescent's three
against the Syrian Observatory's four), a villager's account and the factions' version, Syrian government
reinforcements on the front, a joint Russian-Turkish patrol on the M4 and young men stoning it, the
Autonomous Administration's blame and call on Russia, an SNA commander's conditional threat, the SDF's
refusal of a Russian proposal, a Turkish drone strike near Abu Rasin rumoured and unconfirmed, Russian
contacts with Turkey that brought no truce, the burial, a sit-in called for Monday in al-Hasakah, tents
handed out to the displaced, the month's shells, and a car bomb in Ras al-Ayn on 2 May 2020 (al-Hasakah,
Syria), a Hasakah-based local news agency's website, 2020-06-13 (Sat). Dateline «تل تمر» (the town of
the event)."""
from actors_places import (
    AANES,
    ABU_RASIN,
    DARBASIYAH,
    DARDARA,
    DARDARA_DISPLACED,
    DARDARA_VICTIMS,
    GOV_SDF,
    HASAKAH_CITY,
    HASAKAH_CIVIL_GROUPS,
    JOINT_PATROL,
    KURDISH_RED_CRESCENT,
    RAS_AYN,
    RAS_AYN_MARKET,
    RAS_AYN_VICTIMS,
    RUS_OFFICERS,
    RUS_TURK,
    RUSSIA,
    SDF,
    SDF_VEHICLE,
    SNA,
    SNA_COMMANDER,
    STONE_THROWERS,
    SY_GOV_FORCES,
    TAL_TAMR,
    TAL_TAMR_COUNTRYSIDE,
    TAL_TAMR_FRONT,
    TURKEY,
    TURKISH_DRONE,
    TURKISH_FORCES,
)
from common import AGREEMENT, AIR, MINE, PEACEFUL, RIOT, SHELL, D, E, paras_of

SLUG = "hasakah_2020_tal_tamr_dardara"
YESTERDAY = D("2020-06-12")
TODAY = D("2020-06-13")
# a statement of the day whose hour the text does not give: today, or the evening before
TODAY_OR_EVE = D("2020-06-13", "day", ("2020-06-12", "2020-06-13"))
# «خلال اليومين الماضيين»
LAST_DAYS = D("2020-06-12", "day", ("2020-06-11", "2020-06-13"))
ARTICLE = dict(
    id="team107-532", slug=SLUG, published="2020-06-13",
    outlet="Afaq al-Khabur, a Hasakah-based local news agency's website (fictional)",
    paras=paras_of(f"532_{SLUG}.txt"),
    events=[
        # MAIN EVENT, told first in the lead (dateline «تل تمر»; a passive verb first): the factions'
        # artillery on al-Dardara; a villager ¶2, the factions' version ¶3 and the burial ¶12 retell it.
        # Conflicting tolls: 3 (Kurdish Red Crescent) and 4 (the Observatory) → 3
        E(True, ["ASSAULT"], [0, 1, 2, 3, 12], "بقذائف مدفعية", ["asserted"], mode="heavy-weapons",
          source=SNA, recipient=DARDARA_VICTIMS, location=DARDARA, date=YESTERDAY, fatalities=3,
          attribution=["الهلال الأحمر الكردي", "«المرصد السوري لحقوق الإنسان»", "أحد سكان القرية",
                       "وكالة «الأناضول» التركية عن مصدر في «الجيش الوطني»"],
          acled=SHELL, tpara=1),
        # ¶3: the mortar fire the factions say they answered, denied by the military council (optional)
        E(False, ["ASSAULT"], [3], "استهداف", ["reported", "negated", "rumored"], mode="heavy-weapons",
          source=SDF, recipient=SNA, location=RAS_AYN, date=None),
        # ¶4: government reinforcements on the front north of Tal Tamr (MOBILIZE); the understandings of
        # October 2019 with the SDF are optional and historical
        E(True, ["MOBILIZE"], [4], "بتعزيزات", ["asserted"], mode="troops",
          source=SY_GOV_FORCES, location=TAL_TAMR_FRONT, date=TODAY, attribution=["مصدر عسكري في المجلس"]),
        E(False, ["AGREE"], [4], "التفاهمات", ["historical"],
          source=GOV_SDF, recipient=GOV_SDF, date=D("2019-10-15", "month", ("2019-10-01", "2019-10-31")),
          acled=AGREEMENT),
        # ¶5: one sentence, two events: the joint Russian-Turkish patrol on the M4 (COOPERATE, both in
        # either role; «بين … و…») and young men stoning its Turkish vehicles (PROTEST riot)
        E(True, ["COOPERATE"], [5], "دورية مشتركة", ["asserted"],
          source=JOINT_PATROL, recipient=JOINT_PATROL, location=DARBASIYAH, date=TODAY),
        E(True, ["PROTEST"], [5], "رشق", ["asserted"], mode="riot",
          source=STONE_THROWERS, recipient=TURKISH_FORCES, location=DARBASIYAH, date=TODAY, acled=RIOT),
        # ¶6 (subject, a long parenthesis, verb): the administration's blame and its call on Russia, two
        # verbs joined with «و»; «قصف الدردارة» is a back-reference to the main event
        E(True, ["ACCUSE"], [6], "حمّلت", ["asserted"],
          source=AANES, recipient=TURKEY, date=TODAY_OR_EVE, attribution=["بيان"]),
        E(True, ["REQUEST"], [6], "ودعت", ["asserted"],
          source=AANES, recipient=RUSSIA, date=TODAY_OR_EVE),
        # ¶7 (Tal Tamr and the Assyrian villages) holds no event. ¶8: an SNA commander's conditional threat;
        # the storming of Tal Tamr and the withdrawal it demands are optional and hypothetical
        E(True, ["THREATEN"], [8], "وهدّد", ["asserted"], mode="violence",
          source=SNA_COMMANDER, recipient=SDF, location=TAL_TAMR, date=TODAY_OR_EVE,
          attribution=["تسجيل مصوّر نُشر على حسابات الفصائل"]),
        E(False, ["ASSAULT"], [8], "باقتحام", ["hypothetical"], mode="firearms",
          source=SNA, recipient=SDF, location=TAL_TAMR, date=None),
        E(False, ["RETREAT"], [8], "تنسحب", ["hypothetical"], mode="withdraw",
          source=SDF, location=TAL_TAMR, date=None),
        # ¶9: the SDF's refusal of a Russian proposal made «من قبل» officers at the Tal Tamr base (REJECT);
        # the proposal itself is optional
        E(True, ["REJECT"], [9], "ورفضت", ["asserted"],
          source=SDF, recipient=RUS_OFFICERS, location=TAL_TAMR, date=TODAY_OR_EVE,
          attribution=["مصدر في المجلس العسكري"]),
        E(False, ["REQUEST", "AGREE"], [9], "مقترحاً", ["asserted"],
          source=RUS_OFFICERS, recipient=SDF, location=TAL_TAMR, date=None),
        # ¶10: a Turkish drone strike near Abu Rasin, told by local accounts, neither confirmed nor denied
        # (rumoured; the dawn of today is given)
        E(True, ["ASSAULT"], [10], "استهداف", ["rumored", "reported"], mode="aerial",
          source=TURKISH_DRONE, recipient=SDF_VEHICLE, location=ABU_RASIN, date=TODAY,
          attribution=["حسابات محلية على «تويتر»"], acled=AIR),
        # ¶11: Russian officers' contacts with the Turkish side over two days (CONSULT, told by a source),
        # which brought no truce (AGREE, negated)
        E(True, ["CONSULT"], [11], "اتصالات", ["reported", "asserted"], mode="phone",
          source=RUS_TURK, recipient=RUS_TURK, date=LAST_DAYS, attribution=["مصدر في الإدارة الذاتية"]),
        E(True, ["AGREE"], [11], "اتفاق", ["negated"],
          source=RUS_TURK, recipient=RUS_TURK, location=TAL_TAMR_COUNTRYSIDE, date=LAST_DAYS),
        # ¶12: the burial belongs to the main event («مقاتلي «حرس الخابور»» is a possessive, no event).
        # ¶13: the sit-in «يوم الإثنين المقبل» in al-Hasakah (planned PROTEST); the call is optional
        E(True, ["PROTEST"], [13], "وقفة احتجاجية", ["planned"], mode="demo",
          source=HASAKAH_CIVIL_GROUPS, location=HASAKAH_CITY, date=D("2020-06-15"), acled=PEACEFUL),
        E(False, ["REQUEST"], [13], "ودعت", ["asserted"],
          source=HASAKAH_CIVIL_GROUPS, date=TODAY_OR_EVE),
        # ¶14: tents and food for the families displaced from al-Dardara (AID); the shelling they fear is
        # optional and hypothetical
        E(True, ["AID"], [14], "ووزّع", ["asserted"], mode="humanitarian",
          source=KURDISH_RED_CRESCENT, recipient=DARDARA_DISPLACED, location=TAL_TAMR, date=TODAY),
        E(False, ["ASSAULT"], [14], "تجدد القصف", ["hypothetical"], mode="heavy-weapons",
          source=SNA, location=DARDARA, date=None),
        # ¶15 (the displaced in al-Hasakah's schools) holds no event. ¶16: the month's shells on the Tal
        # Tamr countryside, an aggregate (optional, generic)
        E(False, ["ASSAULT"], [16], "سقطت", ["generic"], mode="heavy-weapons",
          location=TAL_TAMR_COUNTRYSIDE, date=None),
        # ¶17, «وكانت … قد» at another place: a car bomb in Ras al-Ayn on 2 May (core, historical; 7 killed;
        # no perpetrator claimed it); Ankara's blame of the SDF is optional and historical
        E(True, ["ASSAULT"], [17], "سيارة مفخخة", ["historical", "asserted"], mode="explosives",
          recipient=RAS_AYN_VICTIMS, location=RAS_AYN_MARKET, date=D("2020-05-02"), fatalities=7, acled=MINE),
        E(False, ["ACCUSE"], [17], "اتهمت", ["historical"],
          source=TURKEY, recipient=SDF, date=D("2020-05-02", "week", ("2020-05-02", "2020-05-09"))),
    ],
)
