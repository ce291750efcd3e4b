"""Gold of article 599: al-Hudaydah airport, al-Manzar, the al-Durayhimi coast, Bayt al-Faqih, the road to
Bajil and al-Hali in and around al-Hudaydah (Yemen), with Sanaa, Aden, Mocha and al-Khawkhah, a Riyadh-based
Saudi-owned pan-Arab daily newspaper's website, 2018-06-20 (Wed)."""
from actors_places import (
    ADEN,
    AIRPORT_BATTLE_SIDES,
    BAJIL,
    BAYT_FAQIH,
    BAYT_FAQIH_CIVILIANS,
    COALITION_599,
    COALITION_NAVY,
    COALITION_SPOKESMAN,
    CONFLICT_PARTIES,
    DURAYHIMI_COAST,
    FISHERMEN,
    HALI,
    HOUTHI_BOATS,
    HOUTHI_CHECKPOINTS,
    HOUTHI_GROUP,
    HOUTHI_LEADERS,
    HOUTHI_POSITIONS,
    HOUTHIS,
    HUDAYDAH,
    HUDAYDAH_AIRPORT,
    HUDAYDAH_DISPLACED,
    HUDAYDAH_PORT,
    HUDAYDAH_SOUTH,
    KHAWKHA,
    MANZAR,
    MOCHA,
    MOCHA_CIVILIANS,
    SANAA,
    SAUDI_UAE,
    SOUTH_FAMILIES,
    SPC_HEAD,
    UAE_RC,
    UN_AND_HOUTHIS,
    UN_ENVOY,
    UN_HC,
    WFP,
    WFP_CONVOY,
    YE_GOV,
)
from common import AIR, CLASH, SHELL, D, E, paras_of

SLUG = "hudaydah_2018_manzar_durayhimi_bajil_mocha"
TODAY = D("2018-06-20")
YESTERDAY = D("2018-06-19")
SINCE_YESTERDAY = D("2018-06-20", "day", ("2018-06-19", "2018-06-20"))
ARTICLE = dict(
    id="team120-599", slug=SLUG, published="2018-06-20",
    outlet="al-Ufuq, a Riyadh-based Saudi-owned pan-Arab daily newspaper's website (fictional)",
    paras=paras_of(f"599_{SLUG}.txt"),
    events=[
        # the main event, first in the lead (dateline «الرياض», a foreign capital): the battles for
        # al-Hudaydah airport from dawn yesterday to this morning, at least thirty killed on both sides (core
        # ASSAULT, Armed clash, both sides as source, 30); ¶3 the Houthi version (no number), ¶16 the burial
        # of the joint forces' dead «الذين سقطوا في معارك المطار»; the headline names it
        E(True, ["ASSAULT"], [0, 1, 3, 16], "معارك", ["asserted", "reported"], mode="firearms",
          source=AIRPORT_BATTLE_SIDES, location=HUDAYDAH_AIRPORT, date=D("2018-06-19", "day",
                                                                          ("2018-06-19", "2018-06-20")),
          fatalities=30, attribution=["مصادر طبية وعسكرية"], acled=CLASH, tpara=1),
        # ¶2: coalition air strikes on Houthi positions in al-Manzar (core ASSAULT aerial, Air/drone strike)
        E(True, ["ASSAULT"], [2], "غارة", ["asserted", "reported"], mode="aerial",
          source=COALITION_599, recipient=HOUTHI_POSITIONS, location=MANZAR, date=SINCE_YESTERDAY,
          attribution=["بيان للتحالف"], acled=AIR),
        # ¶4, a passive with «من قبل»: fishermen's boat shelled off al-Durayhimi, 3 killed (core ASSAULT
        # heavy-weapons, Shelling); the Houthis' counter-accusation is optional
        E(True, ["ASSAULT"], [4], "استُهدف", ["asserted", "reported"], mode="heavy-weapons",
          source=HOUTHI_BOATS, recipient=FISHERMEN, location=DURAYHIMI_COAST, date=TODAY, fatalities=3,
          attribution=["مصدر في خفر السواحل اليمنية"], acled=SHELL),
        E(False, ["ACCUSE"], [4], "اتهمت", ["asserted"], source=HOUTHI_GROUP, recipient=COALITION_NAVY,
          date=TODAY),
        # ¶5: an air strike on a market in Bayt al-Faqih, claimed by the Houthis' channel and denied by the
        # coalition (core ASSAULT aerial, reported, 6); the denial is optional
        E(True, ["ASSAULT"], [5], "غارة", ["reported"], mode="aerial",
          source=COALITION_599, recipient=BAYT_FAQIH_CIVILIANS, location=BAYT_FAQIH, date=SINCE_YESTERDAY,
          fatalities=6, attribution=["قناة «المسيرة»"], acled=AIR),
        E(False, ["REJECT"], [5], "نفاه", ["asserted"], source=COALITION_SPOKESMAN, date=SINCE_YESTERDAY),
        # ¶6: the UN envoy's talks with Houthi leaders in Sanaa yesterday (core CONSULT third-party) and his
        # meeting with the government in Aden next Thursday (core planned CONSULT), two events in one
        # sentence; the proposal on the port is optional
        E(True, ["CONSULT"], [6], "التقى", ["asserted", "reported"], mode="third-party",
          source=UN_ENVOY, recipient=HOUTHI_LEADERS, location=SANAA, date=YESTERDAY,
          attribution=["مصدر دبلوماسي"]),
        E(True, ["CONSULT"], [6], "للقاء", ["planned"], mode="visit",
          source=UN_ENVOY, recipient=YE_GOV, location=ADEN, date=D("2018-06-21"),
          attribution=["مصدر دبلوماسي"]),
        E(False, ["AGREE"], [6], "مقترح", ["planned"], source=UN_AND_HOUTHIS, location=HUDAYDAH_PORT,
          date=None),
        # ¶7, verb–subject–object: Houthi checkpoints stop a WFP convoy near Bajil for two days (core COERCE
        # restrict; no ACLED label, like a closed road)
        E(True, ["COERCE"], [7], "وأوقفت", ["asserted", "reported"], mode="restrict",
          source=HOUTHI_CHECKPOINTS, recipient=WFP_CONVOY, location=BAJIL,
          date=D("2018-06-18", "day", ("2018-06-18", "2018-06-20")), attribution=["مسؤول في البرنامج"]),
        # ¶8: no food distributed in the southern quarters since the offensive began on 13 June (core AID,
        # negated, a range back to that day)
        E(True, ["AID"], [8], "توزيع", ["negated"], mode="humanitarian",
          source=WFP, recipient=SOUTH_FAMILIES, location=HUDAYDAH_SOUTH,
          date=D("2018-06-20", "day", ("2018-06-13", "2018-06-20")), attribution=["مسؤول في البرنامج"]),
        # paragraph 9 (the port and the city: a description, aggregates and habits) holds no event
        # ¶10: the UN humanitarian coordinator's call to open humanitarian corridors (core REQUEST)
        E(True, ["REQUEST"], [10], "ودعت", ["asserted"],
          source=UN_HC, recipient=CONFLICT_PARTIES, location=HUDAYDAH, date=SINCE_YESTERDAY),
        # ¶11: trenches, mines and snipers in al-Hali, rumoured and unverified (core MOBILIZE, rumored; no
        # time given)
        E(True, ["MOBILIZE"], [11], "خنادق", ["rumored"], mode="troops",
          source=HOUTHIS, location=HALI, date=None, attribution=["أوساط محلية في المدينة"]),
        # ¶12: the head of the Houthis' council threatens missiles on Saudi Arabia and the Emirates (core
        # THREATEN); the strikes are optional, hypothetical; «التهديد الثاني من نوعه» is generic
        E(True, ["THREATEN"], [12], "وتوعّد", ["asserted"], mode="violence",
          source=SPC_HEAD, recipient=SAUDI_UAE, date=YESTERDAY),
        E(False, ["ASSAULT"], [12], "استهداف", ["hypothetical"], source=SPC_HEAD, date=None),
        # background at another place, in «وكانت … قد»: Houthi mortars on Mocha on 27 May (core, historical,
        # 3; Shelling); «عشرات الهجمات» is generic (optional)
        E(True, ["ASSAULT"], [13], "قصفت", ["historical", "asserted", "reported"], mode="heavy-weapons",
          source=HOUTHIS, recipient=MOCHA_CIVILIANS, location=MOCHA, date=D("2018-05-27"), fatalities=3,
          attribution=["السلطة المحلية في المديرية"], acled=SHELL),
        E(False, ["ASSAULT"], [13], "الهجمات", ["generic"], location=MOCHA, date=None),
        # ¶14, subject–verb–object with a long parenthetical: the government accuses the Houthis (core ACCUSE)
        # and, with «و» and a second verb, asks the envoy to press them (core REQUEST)
        E(True, ["ACCUSE"], [14], "اتهمت", ["asserted"],
          source=YE_GOV, recipient=HOUTHIS, date=SINCE_YESTERDAY),
        E(True, ["REQUEST"], [14], "وطالبت", ["asserted"],
          source=YE_GOV, recipient=UN_ENVOY, date=SINCE_YESTERDAY),
        # paragraph 15 (a resident's words) holds no event
        # ¶16, the burial in Aden «الذين سقطوا في معارك المطار», is a paragraph of the main event
        # ¶17: an Emirati Red Crescent convoy to al-Khawkhah yesterday (core AID); the second convoy is
        # optional (planned); the time told after the act («، وذلك بعد يوم من وصول») adds no event
        E(True, ["AID"], [17], "قافلة", ["asserted"], mode="humanitarian",
          source=UAE_RC, recipient=HUDAYDAH_DISPLACED, location=KHAWKHA, date=YESTERDAY),
        E(False, ["AID"], [17], "قافلة ثانية", ["planned"], source=UAE_RC, date=None),
    ],
)
