"""Gold of article 638: Sinjar, Highway 47 between Raqqa and Mosul, Solagh and Tal Qasab (Nineveh, Iraq),
the news website of a Yazidi rights organisation based in Dohuk, 2015-11-14 (Sat)."""
from actors_places import (
    ASAYISH,
    BATTLE_638,
    COALITION_638,
    DEMINERS,
    DOHUK_CAMPS,
    FRONT_COMMANDERS,
    HIGHWAY_47,
    ISIS_638,
    KDP_OFFICIAL,
    KRG_PRESIDENT,
    MOUNT_SINJAR,
    PESH_COMMAND,
    PESH_TEAM,
    PESHMERGA,
    ROAD_CLASH,
    SHUHADA,
    SINJAR,
    SOLAGH,
    TAL_AFAR,
    TAL_QASAB,
    TAL_QASAB_MEN,
    UN_638,
    UNHCR_638,
    YAZIDI_COUNCIL,
    YAZIDI_FAMILIES,
    YAZIDI_IDPS,
    YAZIDI_WOMEN,
    YBS,
)
from common import AIR, ARREST, ATTACK, CLASH, MINE, D, E, paras_of

SLUG = "nineveh_2015_sinjar_highway_47_solagh_tal_qasab"
TODAY = D("2015-11-14")
YESTERDAY = D("2015-11-13")
THURSDAY = D("2015-11-12")
LATELY = D("2015-11-14", "day", ("2015-11-13", "2015-11-14"))
TWO_NIGHTS = D("2015-11-12", "day", ("2015-11-11", "2015-11-13"))
AUGUST_2014 = D("2014-08-15", "month", ("2014-08-01", "2014-08-31"))
ARTICLE = dict(
    id="team128-638", slug=SLUG, published="2015-11-14",
    outlet="Shams Shingal, the news website of a Yazidi rights organisation based in Dohuk (fictional)",
    paras=paras_of(f"638_{SLUG}.txt"),
    events=[
        # the lead (dateline «جبل شنكال»: the mountain above the event's town): more than fifty coalition
        # raids on ISIS positions in and south of Sinjar over two nights (core ASSAULT, Air strike)
        E(True, ["ASSAULT"], [1], "غارة", ["asserted", "reported"], mode="aerial", source=COALITION_638,
          recipient=ISIS_638, location=SINJAR, date=TWO_NIGHTS, attribution=["قيادة التحالف"], acled=AIR),
        # ¶2: clashes as the Peshmerga cut Highway 47 on Thursday (core ASSAULT, Armed clash); the road cut
        # is optional (COERCE)
        E(True, ["ASSAULT"], [2], "اشتباكات", ["asserted"], mode="firearms", source=ROAD_CLASH,
          location=HIGHWAY_47, date=THURSDAY, acled=CLASH),
        E(False, ["COERCE"], [2], "وقطعت", ["asserted"], mode="restrict", source=PESHMERGA,
          location=HIGHWAY_47,
          date=THURSDAY),
        # the main event, in ¶3 after the raids and the road: the storming of Sinjar yesterday; six dead per
        # the Peshmerga ministry, ten per the Ezidkhan force in ¶4 → 6 (lowest count); ¶13 (the wounded
        # taken to Dohuk) and the headline name it; the ISIS fighters' flight south is optional
        E(True, ["ASSAULT"], [0, 3, 4, 13], "واقتحمت", ["asserted", "reported"], mode="firearms",
          source=BATTLE_638, location=SINJAR, date=YESTERDAY, fatalities=6,
          attribution=["وزارة شؤون البيشمركة", "«قوات حماية إيزيدخان»"], acled=CLASH, tpara=3),
        E(False, ["RETREAT"], [3], "يفرّ", ["asserted"], mode="withdraw", source=ISIS_638, location=SINJAR,
          date=YESTERDAY),
        # paragraph 5 (Sinjar: a description) holds no event
        # ¶6: a bomb left in a house kills two Peshmerga (core ASSAULT, Remote explosive); the hundreds of
        # booby-trapped houses are optional (generic)
        E(True, ["ASSAULT"], [6], "عبوة ناسفة", ["asserted"], mode="explosives", source=ISIS_638,
          recipient=PESH_TEAM, location=SHUHADA, date=YESTERDAY, fatalities=2, acled=MINE),
        E(False, ["ASSAULT"], [6], "مفخخة", ["generic", "historical"], mode="explosives", source=ISIS_638,
          date=None),
        # ¶7: a KDP official warns the Sinjar Resistance Units «في حال» they raise their flags (core
        # THREATEN); his charge against them (participle «متهماً») is optional
        E(True, ["THREATEN"], [7], "وحذّر", ["asserted"], mode="territory", source=KDP_OFFICIAL,
          recipient=YBS,
          location=SINJAR, date=LATELY),
        E(False, ["ACCUSE"], [7], "متهماً", ["asserted"], source=KDP_OFFICIAL, recipient=YBS, date=LATELY),
        # ¶8: a mass grave found near Solagh; some seventy women thought to have been executed in August
        # 2014 (core, historical, Attack; the headline names it), at another place than the main event;
        # their abduction of the girls is optional
        E(True, ["ASSAULT"], [0, 8], "أعدموهن", ["historical", "reported"], mode="execute", source=ISIS_638,
          recipient=YAZIDI_WOMEN, location=SOLAGH, date=AUGUST_2014, fatalities=70, acled=ATTACK, tpara=8),
        E(False, ["ASSAULT"], [8], "اقتادوهن", ["historical", "reported"], mode="abduct", source=ISIS_638,
          location=SOLAGH, date=None),
        # ¶9: dozens of ISIS fighters said to have fled to Tal Afar and al-Baaj before the attack (core
        # RETREAT, rumored)
        E(True, ["RETREAT"], [9], "فرار", ["rumored"], mode="withdraw", source=ISIS_638, location=TAL_AFAR,
          date=D("2015-11-12", "day", ("2015-11-11", "2015-11-12")), attribution=["مصادر عشائرية"]),
        # ¶10: the Asayish detain five men of Tal Qasab (core COERCE, Arrests)
        E(True, ["COERCE"], [10], "واحتجزت", ["asserted", "reported"], mode="arrest", source=ASAYISH,
          recipient=TAL_QASAB_MEN, location=TAL_QASAB, date=YESTERDAY, attribution=["أحد وجهاء القرية"],
          acled=ARREST),
        # paragraph 11 (a fighter's words) holds no event ¶12: the Kurdistan Region's president visits the
        # mountain and meets commanders (core CONSULT, visit)
        E(True, ["CONSULT"], [12], "وزار", ["asserted"], mode="visit", source=KRG_PRESIDENT,
          recipient=FRONT_COMMANDERS, location=MOUNT_SINJAR, date=YESTERDAY),
        # ¶13 is a paragraph of the main event; ¶14: Peshmerga engineers and coalition experts to start
        # clearing the bombs early next week (core COOPERATE, planned); the families' return after it is
        # optional
        E(True, ["COOPERATE"], [14], "بمساعدة", ["planned"], source=DEMINERS, location=SINJAR,
          date=D("2015-11-15", "week", ("2015-11-15", "2015-11-19"))),
        E(False, ["RETREAT"], [14], "بعودة", ["planned"], mode="return", source=YAZIDI_FAMILIES, date=None),
        # ¶15: the Yazidi Spiritual Council's demand to the UN (core REQUEST); its call on the families
        # (participle «داعياً») is optional
        E(True, ["REQUEST"], [15], "وطالب", ["asserted"], source=YAZIDI_COUNCIL, recipient=UN_638,
          date=LATELY),
        E(False, ["REQUEST"], [15], "داعياً", ["asserted"], source=YAZIDI_COUNCIL, recipient=YAZIDI_FAMILIES,
          date=LATELY),
        # ¶16: the Sinjar Resistance Units did not coordinate their attack with the Peshmerga command (core
        # COOPERATE, negated); their attack on the western quarters is optional
        E(True, ["COOPERATE"], [16], "تنسّق", ["negated"], source=YBS, recipient=PESH_COMMAND,
          location=SINJAR,
          date=YESTERDAY, attribution=["قيادي في الوحدات"]),
        E(False, ["ASSAULT"], [16], "هجومها", ["asserted", "reported"], mode="firearms", source=YBS,
          date=None),
        # ¶17: UNHCR hands stoves and blankets to Yazidi families in the Dohuk camps (core AID)
        E(True, ["AID"], [17], "وسلّمت", ["asserted"], mode="humanitarian", source=UNHCR_638,
          recipient=YAZIDI_IDPS, location=DOHUK_CAMPS, date=TODAY),
    ],
)
