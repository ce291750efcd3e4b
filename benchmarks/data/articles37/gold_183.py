"""Gold of article 183: Sheikh Maqsoud in Aleppo (shells on the main street, the Bani Zaid front, an Asayish arrest,
a demonstration, the council's accusation, a sniper from Bustan al-Basha), a Kurdish news agency, 2016-04-12 (Tue)."""
from actors_places import (
    AHRAR_CELL,
    ASAYISH,
    CASTELLO,
    COALITION_TURKEY,
    FATAH_HALAB,
    KURDISH_RC,
    SHAMIYA,
    SHEIKH_MAQSOUD,
    SM_BUSTAN,
    SM_COUNCIL,
    SM_FAMILIES,
    SM_FRONT,
    SM_NOTABLES,
    SM_PROTESTERS,
    SM_REGIME,
    SM_SNIPER,
    SM_VICTIMS,
    SM_WORKER,
    UN_ORGS,
    YPG,
    YPG_FACTIONS,
)
from common import ARREST, ATTACK, CLASH, PEACEFUL, SHELL, D, E, paras_of

SLUG = "aleppo_sheikh_maqsoud_shelling_asayish_cell"
ARTICLE = dict(
    id="team37-183", slug=SLUG, published="2016-04-12", outlet="Narin news agency, Kurdish (fictional)",
    paras=paras_of(f"183_{SLUG}.txt"),
    events=[
        # last night's shells on the main street: headline 0, lead 1 (5 killed), the paramedic's details 9
        E(True, ["ASSAULT"], [0, 1, 9], "سقوط قذائف", ["asserted"], mode="heavy-weapons", tpara=1,
          source=FATAH_HALAB, recipient=SM_VICTIMS, location=SHEIKH_MAQSOUD, date=D("2016-04-11"), fatalities=5,
          attribution=["مراسل وكالتنا في الحي", "مسعف في الهلال الأحمر الكردي"], acled=SHELL),
        # the YPG/YPJ's return fire and the clash until dawn (one fight): 8 per the YPG
        E(True, ["ASSAULT"], [2], "اشتباكات", ["asserted", "reported"], mode="firearms",
          source=YPG_FACTIONS, location=SM_FRONT, date=D("2016-04-11", "day", ("2016-04-11", "2016-04-12")),
          fatalities=8, attribution=["المركز الإعلامي لوحدات حماية الشعب"], acled=CLASH),
        # the Asayish arrest of a four-man cell in a dawn raid yesterday: headline 0, ¶3, the statement's details 15
        E(True, ["COERCE"], [0, 3, 15], "إلقاء القبض", ["asserted", "reported"], mode="arrest", tpara=3,
          source=ASAYISH, recipient=AHRAR_CELL, location=SHEIKH_MAQSOUD, date=D("2016-04-11"),
          attribution=["قوات الأسايش", "بيان الأسايش"], acled=ARREST),
        # paragraph 4 describes the neighbourhood: deliberately NO gold event
        # the siege from the Castello road «منذ أشهر» (ongoing, optional)
        E(False, ["COERCE"], [5], "حصار", ["asserted", "historical"], mode="restrict",
          source=FATAH_HALAB, location=CASTELLO, date=None),
        # today's demonstration and the protesters' demand; the condemnation it was held for is optional
        E(True, ["PROTEST"], [6], "مظاهرة", ["asserted"], mode="demo",
          source=SM_PROTESTERS, location=SHEIKH_MAQSOUD, date=D("2016-04-12"), acled=PEACEFUL),
        E(False, ["ACCUSE"], [6], "تنديداً", ["asserted"],
          source=SM_PROTESTERS, recipient=FATAH_HALAB, date=D("2016-04-12")),
        E(True, ["REQUEST"], [6], "وطالب", ["asserted"],
          source=SM_PROTESTERS, recipient=UN_ORGS, location=SHEIKH_MAQSOUD, date=D("2016-04-12")),
        # the General Council holds the Coalition and Turkey responsible and accuses Ankara (one statement)
        E(True, ["ACCUSE"], [7], "حمّل", ["asserted"],
          source=SM_COUNCIL, recipient=COALITION_TURKEY, date=D("2016-04-12")),
        # rumoured YPG withdrawal and handover to the regime, denied (the denial optional)
        E(True, ["RETREAT"], [8], "انسحاب", ["rumored", "negated", "reported"], mode="withdraw",
          source=YPG, recipient=SM_REGIME, location=SHEIKH_MAQSOUD, date=None,
          attribution=["صفحات وحسابات تابعة للمعارضة"]),
        E(False, ["REJECT"], [8], "نفاه", ["asserted"],
          source=YPG, date=D("2016-04-12", "day", ("2016-04-11", "2016-04-12"))),
        # the notables' planned meeting with al-Jabha al-Shamiya «خلال الأيام المقبلة»; the earlier meetings that
        # «لم تثمر» are an undated aggregate (optional)
        E(True, ["CONSULT"], [10], "سيلتقي", ["planned", "reported"], mode="third-party",
          source=SM_NOTABLES, recipient=SHAMIYA, date=D("2016-04-15", "week", ("2016-04-13", "2016-04-19")),
          attribution=["مصدر في المجلس العام"]),
        E(False, ["CONSULT"], [10], "لقاءات سابقة", ["historical", "generic"],
          source=SM_NOTABLES, recipient=SHAMIYA, date=None),
        # background (optional): rounds of fighting since 2013 and a tacit calm
        E(False, ["ASSAULT"], [11], "الاشتباكات", ["historical"], mode="firearms",
          source=YPG_FACTIONS, location=SHEIKH_MAQSOUD, date=D("2013-10-15", "year", ("2013-01-01", "2013-12-31")),
          acled=CLASH),
        E(False, ["AGREE"], [11], "تفاهم", ["historical"],
          source=YPG_FACTIONS, location=SHEIKH_MAQSOUD, date=None),
        # a sanitation worker killed by a sniper in Bustan al-Basha this morning
        E(True, ["ASSAULT"], [12], "برصاص قناص", ["asserted", "reported"], mode="firearms",
          source=SM_SNIPER, recipient=SM_WORKER, location=SM_BUSTAN, date=D("2016-04-12"), fatalities=1,
          attribution=["مصادر محلية"], acled=ATTACK),
        # the YPG command's conditional threat (the threat is made: asserted)
        E(True, ["THREATEN"], [13], "وتوعّدت", ["asserted"], mode="violence",
          source=YPG, location=SHEIKH_MAQSOUD, date=D("2016-04-12")),
        # Kurdish Red Crescent food baskets today
        E(True, ["AID"], [14], "ووزع", ["asserted"], mode="humanitarian",
          source=KURDISH_RC, recipient=SM_FAMILIES, location=SHEIKH_MAQSOUD, date=D("2016-04-12")),
        # paragraph 16, a mother's account of daily life: deliberately NO gold event
    ],
)
