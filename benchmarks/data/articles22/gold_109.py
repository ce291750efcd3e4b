"""Gold of article 109: Blue Nile region (the Kurmuk axis, Damazin, Roseires, Bau), a Sudanese regional news site,
2025-06-15 (Sun)."""
from actors_places import (
                           BN_DISPLACED,
                           BN_GOV,
                           DAMAZIN,
                           DAMAZIN_DETAINEES,
                           DAMAZIN_GOV_HQ,
                           DAMAZIN_KURMUK_ROAD,
                           DAMAZIN_STATION,
                           DETAINEES_RELATIVES,
                           JOINT_CELL,
                           KURMUK,
                           KURMUK_RESIDENTS,
                           OCHA,
                           ROSEIRES,
                           ROSEIRES_DRIVER,
                           RSF,
                           SAF_4DIV,
                           SAF_CAPTIVES,
                           SAF_SPLMN,
                           SPLMN,
                           SRCS_WFP,
                           UNKNOWN,
)
from common import AIR, ARREST, ATTACK, CLASH, PEACEFUL, SHELL, D, E, paras_of

SLUG = "damazin_kurmuk_roseires_blue_nile_splm_n"
YESTERDAY = D("2025-06-14")
TODAY = D("2025-06-15")
ARTICLE = dict(
    id="team22-109", slug=SLUG, published="2025-06-15", outlet="Sada al-Nil al-Azraq news site (fictional)",
    paras=paras_of(f"109_{SLUG}.txt"),
    events=[
        # the battle on the Kurmuk axis «أمس السبت» between the army's 4th Infantry Division and the SPLM-N (two
        # sides; at least 9 killed): headline 0, lead 1, the army's version through SUNA 2 («دحرت هجوماً غادراً»),
        # and the follow-up 6 (six soldiers and three attackers' bodies: the same nine)
        E(True, ["ASSAULT"], [0, 1, 2, 6], "معارك عنيفة", ["asserted", "reported"], mode="firearms",
          source=SAF_SPLMN, location=KURMUK, date=YESTERDAY, fatalities=9,
          attribution=["مصادر محلية", "وكالة السودان للأنباء «سونا»", "الناطق الرسمي باسم القوات المسلحة",
                       "مصدر طبي في مستشفى الدمازين التعليمي"], acled=CLASH, tpara=1),
        # the army spokesman accuses the RSF of fighting beside the SPLM-N (participle «متهماً»)
        E(True, ["ACCUSE"], [2], "متهماً", ["asserted", "reported"],
          source=SAF_4DIV, recipient=RSF, date=D("2025-06-15", "day", ("2025-06-14", "2025-06-15")),
          attribution=["وكالة السودان للأنباء «سونا»"]),
        # the drone on Damazin's main transformer station at dawn (fire and blackout, no casualties reported; the two
        # other drones repelled belong to the same attack) and the regional government blaming the RSF for it; the
        # perpetrator is the RSF in the government's words
        E(True, ["ASSAULT"], [0, 3], "استهدفت", ["asserted"], mode="aerial",
          source=RSF, recipient=DAMAZIN_STATION, location=DAMAZIN, date=TODAY, acled=AIR, tpara=3),
        E(True, ["ACCUSE"], [3], "وحمّلت", ["asserted"],
          source=BN_GOV, recipient=RSF, location=DAMAZIN, date=TODAY),
        # the Red Crescent and WFP distribute food to about 400 displaced families (AID; undated: today or yesterday);
        # the flight of the families is no event
        E(True, ["AID"], [4], "ووزّعت", ["asserted"], mode="humanitarian",
          source=SRCS_WFP, recipient=BN_DISPLACED, location=DAMAZIN,
          date=D("2025-06-15", "day", ("2025-06-13", "2025-06-15"))),
        # one sentence, three events: fourteen arrests over two days (COERCE), the relatives' vigil (PROTEST) and
        # their memo to the governor demanding the release (REQUEST)
        E(True, ["COERCE"], [5], "اعتقلت", ["asserted"], mode="arrest",
          source=JOINT_CELL, recipient=DAMAZIN_DETAINEES, location=DAMAZIN,
          date=D("2025-06-14", "day", ("2025-06-13", "2025-06-15")), acled=ARREST),
        E(True, ["PROTEST"], [5], "وقفة", ["asserted"], mode="demo",
          source=DETAINEES_RELATIVES, location=DAMAZIN_GOV_HQ, date=TODAY, acled=PEACEFUL),
        E(True, ["REQUEST"], [5], "تطالب", ["asserted"],
          source=DETAINEES_RELATIVES, recipient=BN_GOV, location=DAMAZIN_GOV_HQ, date=TODAY),
        # the attackers pulling back towards the border at sunset: the end of the same battle (optional RETREAT)
        E(False, ["RETREAT"], [6], "انسحبوا", ["asserted", "reported"], mode="withdraw",
          source=SPLMN, location=KURMUK, date=YESTERDAY),
        # an OCHA delegation due in Damazin «يوم الثلاثاء المقبل» to meet the governor (planned CONSULT)
        E(True, ["CONSULT"], [7], "للقاء", ["planned"], mode="visit",
          source=OCHA, recipient=BN_GOV, location=DAMAZIN, date=D("2025-06-17")),
        # unverified clips on pro-army platforms said to show SPLM-N fighters executing three captured soldiers
        # (rumoured; undated: the report's day or the two before)
        E(True, ["ASSAULT"], [8], "يعدمون", ["rumored", "reported"], mode="execute",
          source=SPLMN, recipient=SAF_CAPTIVES, location=KURMUK,
          date=D("2025-06-14", "day", ("2025-06-13", "2025-06-15")), fatalities=3,
          attribution=["منصات موالية للجيش على «تيك توك»"], acled=ATTACK),
        # paragraph 9 is generic (calm broken by fighting since April 2023, displacement waves, shortages): NO event
        # SPLM-N shelling of Kurmuk's neighbourhoods told by pro-army media and denied by the movement's spokesman
        E(True, ["ASSAULT"], [10], "قصف", ["negated", "rumored", "reported"], mode="heavy-weapons",
          source=SPLMN, recipient=KURMUK_RESIDENTS, location=KURMUK,
          date=D("2025-06-14", "day", ("2025-06-13", "2025-06-15")),
          attribution=["الناطق الرسمي باسم «الحركة الشعبية»", "وسائل إعلام موالية للجيش"], acled=SHELL),
        # the government intends to reopen the Damazin–Kurmuk road «الأسبوع المقبل» (planned RETREAT: access); the
        # two-week closure before it is optional background; an SPLM-N commander's threat (THREATEN asserted) whose
        # threatened attack on Damazin is hypothetical (optional); the army's shelling in Bau is the condition, no event
        E(True, ["RETREAT"], [11], "إعادة فتح", ["planned"], mode="access",
          source=BN_GOV, location=DAMAZIN_KURMUK_ROAD, date=D("2025-06-23", "week", ("2025-06-21", "2025-06-29"))),
        E(False, ["COERCE"], [11], "إغلاق", ["historical"], mode="restrict",
          source=BN_GOV, location=DAMAZIN_KURMUK_ROAD, date=None),
        E(True, ["THREATEN"], [11], "توعّد", ["asserted"],
          source=SPLMN, location=DAMAZIN, date=D("2025-06-15", "day", ("2025-06-13", "2025-06-15"))),
        E(False, ["ASSAULT"], [11], "نقل المعركة", ["hypothetical"], mode="firearms",
          source=SPLMN, location=DAMAZIN, date=None),
        # background «وكان … قد»: a minibus driver shot dead in Roseires market «مساء الأربعاء الماضي» (1)
        E(True, ["ASSAULT"], [12], "أطلقوا النار", ["historical", "asserted"], mode="firearms",
          source=UNKNOWN, recipient=ROSEIRES_DRIVER, location=ROSEIRES, date=D("2025-06-11"), fatalities=1,
          acled=ATTACK),
    ],
)
