"""Gold of article 160: Tal Abyad and its countryside (the grain silos, Suluk, Hammam al-Turkman, the Akcakale
crossing), an Arab opposition news site of the border, 2015-07-22 (Wed)."""
from actors_places import (
                           AKCAKALE,
                           ARAB_RETURNEES,
                           ARAB_YOUTHS,
                           COALITION,
                           FSA_T,
                           HARDLINE,
                           ISIS_POSITIONS_T,
                           ISIS_T,
                           KURDS_T,
                           RETURNEES,
                           SNC,
                           SOUTH_SULUK,
                           SULUK,
                           SULUK_HAMMAM,
                           TAL_ABYAD,
                           TAL_ABYAD_CIVILIANS,
                           TAL_ABYAD_SILOS,
                           TRIBAL_NOTABLES,
                           TURKEY_URFA,
                           YPG,
                           YPG_ASAYISH,
                           YPG_BURKAN,
                           YPG_BURKAN_ONLY,
                           YPG_CHECKPOINT,
                           YPG_NOTABLES,
)
from common import AGREEMENT, AIR, ARREST, CLASH, SHELL, D, E, paras_of

SLUG = "tal_abyad_silos_car_bomb_suluk_akcakale"
ARTICLE = dict(
    id="team32-160", slug=SLUG, published="2015-07-22", outlet="Sawt al-Balikh news site (fictional)",
    paras=paras_of(f"160_{SLUG}.txt"),
    events=[
        # the suicide car bomb at the silos checkpoint: headline 0, lead 1 (four killed per activists; the ISIS
        # claim's «العشرات» → 12 is not lower), the eyewitness's details 4 → 4. No ACLED label: "Suicide bomb" is not
        # among goldkit's labels. The cordon after it is an optional COERCE
        E(True, ["ASSAULT"], [0, 1, 4], "بانفجار سيارة مفخخة", ["asserted", "reported"], mode="suicide-attack",
          source=ISIS_T, recipient=YPG_CHECKPOINT, location=TAL_ABYAD_SILOS, date=D("2015-07-22"), fatalities=4,
          attribution=["ناشطون من أبناء المدينة", "بيان التنظيم", "شاهد عيان من سكان الحي الجنوبي"], tpara=1),
        E(False, ["COERCE"], [1], "طوقاً أمنياً", ["asserted", "reported"], mode="restrict",
          source=YPG, location=TAL_ABYAD_SILOS, date=D("2015-07-22")),
        # the raid-and-arrest campaign two days ago (Monday); the notables' accusation of the YPG; the National
        # Coalition's earlier statement (optional); the barred return is the accusation's content, no event
        E(True, ["COERCE"], [2], "حملة دهم واعتقال", ["asserted", "reported"], mode="arrest",
          source=YPG_ASAYISH, recipient=ARAB_YOUTHS, location=SULUK_HAMMAM, date=D("2015-07-20"),
          attribution=["وجهاء من عشائر ريف تل أبيض"], acled=ARREST),
        E(True, ["ACCUSE"], [2], "اتهموا", ["asserted", "reported"],
          source=TRIBAL_NOTABLES, recipient=YPG, date=D("2015-07-22", "day", ("2015-07-21", "2015-07-22"))),
        E(False, ["ACCUSE"], [2], "وجّهها", ["historical", "asserted"],
          source=SNC, recipient=YPG, date=D("2015-07-03", "week", ("2015-07-01", "2015-07-10"))),
        # the YPG's denial (optional REJECT; the referral to «القضاء» is no event); yesterday evening's meeting, the
        # agreement on a joint committee, and the notables' demand (headline 0)
        E(False, ["REJECT"], [3], "نفت", ["asserted", "reported"],
          source=YPG, recipient=TRIBAL_NOTABLES, date=D("2015-07-22", "day", ("2015-07-21", "2015-07-22"))),
        E(True, ["CONSULT"], [3], "التقت", ["asserted", "reported"],
          source=YPG_BURKAN, recipient=TRIBAL_NOTABLES, location=TAL_ABYAD, date=D("2015-07-21"),
          attribution=["أحد أعضاء الوفد"]),
        E(True, ["AGREE"], [3], "واتفق", ["asserted", "reported"],
          source=YPG_NOTABLES, location=TAL_ABYAD, date=D("2015-07-21"), attribution=["أحد أعضاء الوفد"],
          acled=AGREEMENT),
        E(True, ["REQUEST"], [0, 3], "طالبوا", ["asserted", "reported"],
          source=TRIBAL_NOTABLES, recipient=YPG, location=TAL_ABYAD, date=D("2015-07-21"),
          attribution=["أحد أعضاء الوفد"], tpara=3),
        # coalition strikes south of Suluk (7 per the Observatory) and ISIS mortars on Suluk's outskirts (no injuries)
        E(True, ["ASSAULT"], [4], "ثلاث غارات", ["asserted", "reported"], mode="aerial",
          source=COALITION, recipient=ISIS_POSITIONS_T, location=SOUTH_SULUK, date=D("2015-07-22"), fatalities=7,
          attribution=["المرصد السوري لحقوق الإنسان"], acled=AIR),
        E(True, ["ASSAULT"], [4], "قذائف هاون أطلقها", ["reported", "asserted"], mode="heavy-weapons",
          source=ISIS_T, location=SULUK, date=D("2015-07-22"), attribution=["مصادر محلية"], acled=SHELL),
        # Turkey's announced reopening of the crossing for returnees (CONCEDE, announced); the opening itself from
        # Sunday (optional RETREAT, planned); the rumoured YPG «sponsor» condition (rumoured and planned, undated)
        E(True, ["CONCEDE"], [5], "أعلنت", ["asserted", "reported"], mode="access",
          source=TURKEY_URFA, recipient=RETURNEES, location=AKCAKALE,
          date=D("2015-07-22", "day", ("2015-07-21", "2015-07-22")), attribution=["وكالة الأناضول"]),
        E(False, ["RETREAT"], [5], "سيُفتح", ["planned"], mode="access",
          source=TURKEY_URFA, recipient=RETURNEES, location=AKCAKALE, date=D("2015-07-26")),
        E(True, ["COERCE"], [5], "اشتراط", ["rumored", "planned", "reported"], mode="restrict",
          source=YPG, recipient=ARAB_RETURNEES, location=TAL_ABYAD, date=None, attribution=["صفحات محلية"]),
        # paragraph 6: population, crops, prices, bakeries: deliberately NO gold event
        # background (all optional, historical): the FSA's entry in September 2012, the expulsion of Kurds in summer
        # 2013, ISIS's takeover in early 2014, the YPG's entry last month and the flight of civilians to Turkey
        E(False, ["ASSAULT", "COERCE"], [7], "دخلتها", ["historical"], mode="seize",
          source=FSA_T, location=TAL_ABYAD, date=D("2012-09-19", "month", ("2012-09-01", "2012-09-30"))),
        E(False, ["COERCE", "ASSAULT"], [7], "طردت", ["historical"], mode="deport",
          source=HARDLINE, recipient=KURDS_T, location=TAL_ABYAD,
          date=D("2013-07-15", "month", ("2013-06-01", "2013-08-31"))),
        E(False, ["ASSAULT", "COERCE"], [7], "بالسيطرة", ["historical"], mode="seize",
          source=ISIS_T, location=TAL_ABYAD, date=D("2014-01-15", "month", ("2014-01-01", "2014-02-28"))),
        E(False, ["ASSAULT"], [7], "دخلتها", ["historical"], mode="firearms",
          source=YPG_BURKAN_ONLY, location=TAL_ABYAD, date=D("2015-06-15", "week", ("2015-06-10", "2015-06-20")),
          acled=CLASH, occ=1),
        E(False, ["RETREAT"], [7], "العبور نحو الأراضي التركية", ["historical"], mode="withdraw",
          source=TAL_ABYAD_CIVILIANS, location=TAL_ABYAD,
          date=D("2015-06-15", "week", ("2015-06-10", "2015-06-25"))),
    ],
)
