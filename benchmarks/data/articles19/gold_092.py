"""Gold of article 092: southern Hodeidah (Hays, al-Jabaliyah in al-Tuhayta, al-Jarrahi, Mocha, al-Khawkha,
al-Durayhimi), a Yemeni west-coast site, 2024-03-18 (Mon)."""
from actors_places import (
                           COAST_GUARD,
                           DURAYHIMI,
                           DURAYHIMI_WOMAN,
                           FISHERMEN,
                           HAYS,
                           HAYS_CHILDREN,
                           HAYS_HOMES,
                           HAYS_WOMAN,
                           HODEIDAH_GOV,
                           HODEIDAH_HR,
                           HOUTHIS,
                           HOUTHIS_JOINT,
                           JABALIYAH,
                           JOINT_FORCES_YE,
                           KHAWKHA,
                           KHAWKHA_COAST,
                           KHAWKHA_FISHERMEN,
                           KHAWKHA_IDPS,
                           KSRELIEF,
                           MOCHA,
                           THREE_DISTRICTS,
                           UN_ENVOY,
                           UNMHA,
)
from common import ABDUCTION, ATTACK, CLASH, MINE, PEACEFUL, SHELL, D, E, paras_of

SLUG = "hodeidah_hays_landmine_jabaliyah_khawkha_fishermen"
ARTICLE = dict(
    id="team19-092", slug=SLUG, published="2024-03-18", outlet="Sahil Tihama news site (fictional)",
    paras=paras_of(f"092_{SLUG}.txt"),
    events=[
        # the landmine east of Hays «عصر أمس الأحد»: headline 0, lead 1, the father's follow-up 8 (the victims'
        # ages, the third wounded); the tally in ¶2 and the «مسام» survey of «الوادي الذي شهد انفجار اللغم» in ¶7
        # are back-references; 2 killed
        E(True, ["ASSAULT"], [0, 1, 8], "بانفجار لغم أرضي", ["asserted", "reported"], mode="explosives",
          source=HOUTHIS, recipient=HAYS_CHILDREN, location=HAYS, date=D("2024-03-17"), fatalities=2,
          attribution=["مصدر محلي", "والد الطفلين"], acled=MINE, tpara=1),
        # the human-rights office's blame (finite «وحمّل»; undated statement: today, yesterday accepted); its
        # participle demand to the UN envoy optional; the tally is generic
        E(True, ["ACCUSE"], [2], "وحمّل", ["asserted", "reported"],
          source=HODEIDAH_HR, recipient=HOUTHIS, location=HAYS,
          date=D("2024-03-18", "day", ("2024-03-17", "2024-03-18")), attribution=["تصريح لساحل تهامة"]),
        E(False, ["REQUEST"], [2], "مطالباً", ["asserted"],
          source=HODEIDAH_HR, recipient=UN_ENVOY, date=D("2024-03-18")),
        # attack + two-hour clash at al-Jabaliyah = one two-sided fight (2 soldiers killed); the attackers' falling
        # back is optional RETREAT; the Houthi channel's denial in ¶10 does not undo it (kept asserted)
        E(True, ["ASSAULT"], [0, 3, 10], "هجوماً", ["asserted", "reported"], mode="firearms",
          source=HOUTHIS_JOINT, location=JABALIYAH, date=D("2024-03-18"), fatalities=2,
          attribution=["الإعلام العسكري لألوية العمالقة"], acled=CLASH, tpara=3),
        E(False, ["RETREAT"], [3], "يتراجع", ["asserted"], mode="withdraw",
          source=HOUTHIS, location=JABALIYAH, date=D("2024-03-18")),
        # one verb over three districts: one shelling event, no one hurt (no fatalities field)
        E(True, ["ASSAULT"], [4], "قصفها", ["asserted", "reported"], mode="heavy-weapons",
          source=HOUTHIS, recipient=HAYS_HOMES, location=THREE_DISTRICTS, date=D("2024-03-17"),
          attribution=["مصادر محلية"], acled=SHELL),
        # one sentence, two events: the governor's meeting with the UNMHA head (masdar «لقائه») and his demand to
        # the mission; «لحشد مقاتليها وزرع الألغام» is the content of an accusation, no event
        E(True, ["CONSULT"], [5], "لقائه", ["asserted"], mode="visit",
          source=HODEIDAH_GOV, recipient=UNMHA, location=MOCHA, date=D("2024-03-18")),
        E(True, ["REQUEST"], [5], "وطالب", ["asserted"],
          source=HODEIDAH_GOV, recipient=UNMHA, location=MOCHA, date=D("2024-03-18")),
        # the fishermen's vigil and their demand to the coast guard; the earlier fishing ban (undated) is optional
        E(True, ["PROTEST"], [6], "وقفة احتجاجية", ["asserted"], mode="demo",
          source=FISHERMEN, location=KHAWKHA, date=D("2024-03-18"), acled=PEACEFUL),
        E(True, ["REQUEST"], [6], "وطالبوا", ["asserted"],
          source=FISHERMEN, recipient=COAST_GUARD, location=KHAWKHA, date=D("2024-03-18")),
        E(False, ["COERCE"], [6], "منعهم", ["historical", "asserted"], mode="ban",
          source=COAST_GUARD, recipient=FISHERMEN, location=KHAWKHA, date=None),
        # KSrelief's distribution (the «مسام» survey announced for Wednesday is demining, no event type)
        E(True, ["AID"], [7], "وزّع", ["asserted"], mode="humanitarian",
          source=KSRELIEF, recipient=KHAWKHA_IDPS, location=KHAWKHA, date=D("2024-03-18")),
        # the rumoured seizure of a fishing boat and four fishermen by Houthi boats, unconfirmed
        E(True, ["COERCE", "ASSAULT"], [9], "احتجاز", ["rumored", "reported"], mode="seize",
          source=HOUTHIS, recipient=KHAWKHA_FISHERMEN, location=KHAWKHA_COAST, date=D("2024-03-18"),
          attribution=["مصادر محلية في مديرية الخوخة"], acled=ABDUCTION),
        # told only by the Houthi channel: shelling of Durayhimi villages (a woman wounded); its vague «ردّت على
        # مصادر النيران» is optional
        E(True, ["ASSAULT"], [10], "قصفوا", ["reported"], mode="heavy-weapons",
          source=JOINT_FORCES_YE, recipient=DURAYHIMI_WOMAN, location=DURAYHIMI, date=D("2024-03-18"),
          attribution=["قناة المسيرة عن مصدر عسكري"], acled=SHELL),
        E(False, ["ASSAULT"], [10], "ردّت", ["reported"], mode="heavy-weapons",
          source=HOUTHIS, location=DURAYHIMI, date=D("2024-03-18"), acled=SHELL),
        # paragraph 11 is a generic statement (mines and shells for years, tolls since Stockholm): NO gold event
        # the open sit-in announced for Saturday, conditional on the restrictions staying
        E(True, ["PROTEST"], [12], "اعتصام مفتوح", ["planned", "hypothetical"], mode="demo",
          source=FISHERMEN, location=KHAWKHA, date=D("2024-03-23"), acled=PEACEFUL),
        # background: «مطلع الشهر الجاري» (first week of March), a woman shot by a Houthi sniper near Hays
        E(True, ["ASSAULT"], [13], "برصاص قناص حوثي", ["historical", "asserted", "reported"], mode="firearms",
          source=HOUTHIS, recipient=HAYS_WOMAN, location=HAYS,
          date=D("2024-03-03", "week", ("2024-03-01", "2024-03-07")), fatalities=1,
          attribution=["مكتب حقوق الإنسان في المحافظة"], acled=ATTACK),
    ],
)
