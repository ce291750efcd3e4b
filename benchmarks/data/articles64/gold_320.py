"""Gold of article 320: east of Khan Younis (Khuza'a), al-Bureij, Gaza City, Kerem Shalom, Beit Lahia and
Erez, al-Shuja'iyya and the Gaza envelope (the Gaza Strip, Palestinian territories), a Gaza news agency,
2018-06-23 (Sat)."""
from actors_places import (
    BEIT_LAHIA_SEA,
    BUREIJ_YOUTHS,
    EAST_BUREIJ,
    EAST_KHAN_YOUNIS,
    EAST_SHUJAIYYA,
    EGYPT_DELEGATION,
    EREZ,
    GAZA_ENVELOPE,
    GAZA_FISHERMEN,
    GAZA_MOH,
    GAZA_SEA,
    GAZA_STRIP,
    GAZA_TRADERS,
    HAMAS,
    HAMAS_FACTIONS,
    HAMAS_ISRAEL,
    IL_DEF_MIN_2018,
    IL_DRONE_STRIKE,
    IL_NAVY,
    IL_SNIPER,
    IL_WARPLANES,
    INTL_ORGS,
    IOF,
    ISRAELI_SETTLERS,
    KEREM_SHALOM,
    KY_PROTESTERS,
    MARCH_COMMITTEE,
    QASSAM,
    RETURN_CAMPS,
    SHUJAIYYA_YOUTH,
    TWO_FISHERMEN,
    WEST_GAZA_CITY,
)
from common import AIR, ARREST, EXCESSIVE, PEACEFUL, SHELL, D, E, paras_of

SLUG = "khan_younis_2018_khuzaa_bureij_gaza_beit_lahia_shujaiyya"
TODAY = D("2018-06-23")
YESTERDAY = D("2018-06-22")
LAST_NIGHT = D("2018-06-22", "day", ("2018-06-22", "2018-06-23"))
ARTICLE = dict(
    id="team64-320", slug=SLUG, published="2018-06-23",
    outlet="Al-Mina' News Agency Gaza Palestinian agency (fictional)",
    paras=paras_of(f"320_{SLUG}.txt"),
    events=[
        # the Israeli army's fire on the Great March protesters east of Khan Younis «أمس الجمعة»: headline 0,
        # lead 1 (the health ministry: three), ¶4 (the army's version: fire «according to the rules» at «main
        # instigators», a retelling) and the follow-up 5 (the updated toll: four) → 3 vs 4 → 3
        E(True, ["ASSAULT"], [0, 1, 4, 5], "برصاص قوات الاحتلال", ["asserted", "reported"], mode="firearms",
          source=IOF, recipient=KY_PROTESTERS, location=EAST_KHAN_YOUNIS, date=YESTERDAY, fatalities=3,
          attribution=["الناطق باسم وزارة الصحة في غزة", "جيش الاحتلال"], acled=EXCESSIVE, tpara=1),
        # the protest itself: the lead names it, ¶2 («وكان … قد توافدوا») tells the crowds at the five camps;
        # the balloons and kites some youths launched optional
        E(True, ["PROTEST"], [1, 2], "مسيرات العودة وكسر الحصار", ["asserted"], mode="demo",
          source=KY_PROTESTERS, location=RETURN_CAMPS, date=YESTERDAY, acled=PEACEFUL),
        E(False, ["ASSAULT", "PROTEST"], [2], "وبالونات حارقة", ["asserted"], mode="destroy",
          source=KY_PROTESTERS, location=RETURN_CAMPS, date=YESTERDAY),
        # one sentence, two events: the drone's missile on young men east of al-Bureij (two wounded) and the
        # warplanes' strikes on a Qassam training site west of Gaza City («من دون أن يُبلَّغ عن إصابات»
        # negates nothing; headline «غارات ليلية»); the army's statement 4 retells both («خلية», «بنى تحتية»)
        E(True, ["ASSAULT"], [3, 4], "أطلقت طائرة استطلاع إسرائيلية", ["asserted"], mode="aerial",
          source=IL_DRONE_STRIKE, recipient=BUREIJ_YOUTHS, location=EAST_BUREIJ, date=LAST_NIGHT, acled=AIR),
        E(True, ["ASSAULT"], [0, 3, 4], "غارات", ["asserted"], mode="aerial",
          source=IL_WARPLANES, recipient=QASSAM, location=WEST_GAZA_CITY, date=LAST_NIGHT, acled=AIR,
          tpara=3),
        # paragraph 6 (Khuza'a, its last houses and its fields: a description) holds no event
        # one sentence, three events: the Israeli minister closes Kerem Shalom to fuel and gas and cuts the
        # fishing zone (two COERCE; headline), and threatens Hamas (THREATEN, made; the «heavy price»
        # optional, hypothetical)
        E(True, ["COERCE"], [0, 7], "إغلاق معبر كرم أبو سالم", ["asserted"], mode="restrict",
          source=IL_DEF_MIN_2018, recipient=GAZA_TRADERS, location=KEREM_SHALOM, date=YESTERDAY, tpara=7),
        E(True, ["COERCE"], [0, 7], "وتقليص مساحة الصيد", ["asserted"], mode="restrict",
          source=IL_DEF_MIN_2018, recipient=GAZA_FISHERMEN, location=GAZA_SEA, date=YESTERDAY, tpara=7),
        E(True, ["THREATEN"], [7], "متوعداً", ["asserted"], mode="violence",
          source=IL_DEF_MIN_2018, recipient=HAMAS, date=YESTERDAY),
        E(False, ["ASSAULT", "SANCTION"], [7], "ستدفع ثمناً باهظاً", ["hypothetical"],
          source=IL_DEF_MIN_2018, recipient=HAMAS, date=None),
        # one sentence, two events: the navy's arrest of two fishermen off Beit Lahia (the boat seized in the
        # same act) and their release through Erez in the afternoon
        E(True, ["COERCE"], [8], "اعتقلت", ["asserted", "reported"], mode="arrest",
          source=IL_NAVY, recipient=TWO_FISHERMEN, location=BEIT_LAHIA_SEA, date=TODAY,
          attribution=["نقابة الصيادين"], acled=ARREST),
        E(True, ["RETREAT"], [8], "تفرج", ["asserted", "reported"], mode="release",
          source=IL_NAVY, recipient=TWO_FISHERMEN, location=EREZ, date=TODAY, attribution=["نقابة الصيادين"]),
        # one sentence, two events: Hamas holds the occupation responsible (ACCUSE; the closure and the
        # fishing limit come back as content, no event) and the ministry's appeal (REQUEST; medicines and
        # blood are content)
        E(True, ["ACCUSE"], [9], "وحمّل", ["asserted"], source=HAMAS, recipient=IOF, date=TODAY),
        E(True, ["REQUEST"], [9], "ناشدت", ["asserted"], source=GAZA_MOH, recipient=INTL_ORGS, date=TODAY),
        # «initial understandings» for a long truce through Egypt: leaked by Hebrew media, denied by a Hamas
        # leader; the «contacts» he admits optional CONSULT
        E(True, ["AGREE"], [10], "توصّل", ["rumored", "negated"],
          source=HAMAS_ISRAEL, date=TODAY, attribution=["وسائل إعلام عبرية", "قيادياً في الحركة"]),
        E(False, ["CONSULT"], [10], "اتصالات", ["asserted"], mode="third-party", source=HAMAS, date=None),
        # an Egyptian security delegation due through Erez on Tuesday (planned; the meeting it is for is its
        # purpose); the march committee's call (optional REQUEST) to next Friday's protests (optional,
        # planned)
        E(True, ["CONSULT"], [11], "يصل", ["planned"], mode="visit",
          source=EGYPT_DELEGATION, recipient=HAMAS_FACTIONS, location=EREZ, date=D("2018-06-26")),
        E(False, ["REQUEST"], [11], "دعت", ["asserted"], source=MARCH_COMMITTEE, date=TODAY),
        E(False, ["PROTEST"], [11], "فعاليات الجمعة المقبلة", ["planned"], mode="demo",
          source=MARCH_COMMITTEE, location=GAZA_STRIP, date=D("2018-06-29")),
        # background at another place: a young man shot by a sniper east of al-Shuja'iyya «مساء الأربعاء
        # الماضي» (core, historical, 1); the night «الإرباك الليلي» action he was in optional, historical
        E(True, ["ASSAULT"], [12], "برصاص قناص إسرائيلي", ["historical", "asserted"], mode="firearms",
          source=IL_SNIPER, recipient=SHUJAIYYA_YOUTH, location=EAST_SHUJAIYYA, date=D("2018-06-20"),
          fatalities=1, acled=EXCESSIVE),
        E(False, ["PROTEST"], [12], "فعالية «الإرباك الليلي»", ["historical"], mode="demo",
          location=EAST_SHUJAIYYA, date=D("2018-06-20")),
        # three mortar shells from the north of the Strip on the Gaza envelope at dawn, told by Kan (one
        # intercepted; «ولم تتبنَّ أي جهة» negates nothing; no source named)
        E(True, ["ASSAULT"], [13], "ثلاث قذائف هاون", ["reported", "asserted"], mode="heavy-weapons",
          recipient=ISRAELI_SETTLERS, location=GAZA_ENVELOPE, date=TODAY,
          attribution=["هيئة البث الإسرائيلية «كان»"], acled=SHELL),
        # paragraphs 14 (the toll since the marches began, the burnt land: aggregates) and 15 (the burial)
        # hold no event
    ],
)
