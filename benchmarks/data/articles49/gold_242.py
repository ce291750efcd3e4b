"""Gold of article 242: the northern Aleppo countryside (Akhtarin, Dabiq, Sawran, Ihtimilat), a Syrian
opposition news agency, 2016-10-12 (Wed)."""
from actors_places import (
    AKHTARIN,
    AKHTARIN_RETURNEES,
    AL_BAB,
    COALITION,
    DABIQ,
    DABIQ_SAWRAN,
    ES_FACTIONS,
    FSA_TR,
    HAWAR_KILIS,
    HAWAR_KILIS_IDPS,
    IHH,
    IHTIMILAT,
    IHTIMILAT_VICTIMS,
    ISIS,
    ISIS_TARGETS,
    KILIS,
    OPP_FACTIONS_2014,
    SAWRAN,
    SAWRAN_YOUTHS,
    SULTAN_MURAD,
    SY_MOFA,
    TALALIN,
    TALALIN_DABIQ,
    TR_ARMY,
    TR_COALITION,
    TURKEY,
)
from common import AIR, ATTACK, MINE, OVERTAKE, SHELL, SUICIDE, D, E, paras_of

SLUG = "north_aleppo_2016_akhtarin_dabiq_sawran_turkman_bareh"
ARTICLE = dict(
    id="team49-242", slug=SLUG, published="2016-10-12", outlet="Suhul al-Shamal news agency (fictional)",
    paras=paras_of(f"242_{SLUG}.txt"),
    events=[
        # the suicide car bomb between Akhtarin and Turkman Bareh «فجر اليوم»: headline 0, lead 1 (a Sultan
        # Murad commander: 4) and ¶6 (activists: 6; ISIS's Amaq: 17) → 4
        E(True, ["ASSAULT"], [0, 1, 6], "بانفجار سيارة مفخخة", ["asserted", "reported"],
          mode="suicide-attack",
          source=ISIS, recipient=SULTAN_MURAD, location=AKHTARIN, date=D("2016-10-12"), fatalities=4,
          attribution=["قيادي في الفرقة", "ناشطون من المنطقة", "وكالة أعماق"], acled=SUICIDE, tpara=1),
        # ISIS's vow in the same Amaq statement (the promised «غزوات» are its content, no event)
        E(True, ["THREATEN"], [6], "وتوعّد", ["reported", "asserted"], mode="violence",
          source=ISIS, recipient=ES_FACTIONS, date=D("2016-10-12"), attribution=["وكالة أعماق"]),
        # one sentence, two strikes: Turkish artillery on Dabiq and Sawran (retold by the Turkish General
        # Staff in ¶10, whose «بالتنسيق مع التحالف» is an optional COOPERATE) and three coalition air strikes
        # on Sawran
        E(True, ["ASSAULT"], [2, 10], "قصفت المدفعية التركية", ["asserted", "reported"], mode="heavy-weapons",
          source=TR_ARMY, recipient=ISIS_TARGETS, location=DABIQ_SAWRAN, date=D("2016-10-12"),
          attribution=["مراسل سهول الشمال", "رئاسة الأركان التركية"], acled=SHELL),
        E(True, ["ASSAULT"], [2], "شنّت طائرات التحالف الدولي", ["asserted"], mode="aerial",
          source=COALITION, recipient=ISIS_TARGETS, location=SAWRAN, date=D("2016-10-12"),
          attribution=["مراسل سهول الشمال"], acled=AIR),
        # the factions' takeover of Talalin after a night of fighting (headline 0: «على أبواب دابق»); ISIS's
        # withdrawal towards Dabiq is the other side of the same fight (optional RETREAT)
        E(True, ["ASSAULT", "COERCE"], [0, 3], "السيطرة", ["asserted"], mode="seize",
          source=ES_FACTIONS, recipient=ISIS, location=TALALIN,
          date=D("2016-10-12", "day", ("2016-10-11", "2016-10-12")), acled=OVERTAKE, tpara=3),
        E(False, ["RETREAT"], [3], "انسحب", ["asserted"], mode="withdraw",
          source=ISIS, location=TALALIN_DABIQ, date=D("2016-10-12")),
        # ¶4 (Dabiq's place in ISIS's propaganda) holds no event
        # ISIS reinforcements from al-Bab, trenches and mines (one MOBILIZE, told by a Levant Front source)
        E(True, ["MOBILIZE"], [5], "استقدم", ["reported", "asserted"], mode="troops",
          source=ISIS, location=DABIQ_SAWRAN, date=D("2016-10-11", "day", ("2016-10-10", "2016-10-12")),
          attribution=["مصدر عسكري في الجبهة الشامية"]),
        # a landmine left by ISIS kills a man and his son «ظهر أمس الثلاثاء»
        E(True, ["ASSAULT"], [7], "بانفجار لغم أرضي", ["asserted", "reported"], mode="explosives",
          source=ISIS, recipient=IHTIMILAT_VICTIMS, location=IHTIMILAT, date=D("2016-10-11"), fatalities=2,
          attribution=["الدفاع المدني في ريف حلب الشمالي"], acled=MINE),
        # the commanders' meeting with Turkish officers in Kilis and their agreement on a joint operations
        # room
        E(True, ["CONSULT"], [8], "اجتماعاً", ["asserted", "reported"],
          source=ES_FACTIONS, recipient=TR_ARMY, location=KILIS, date=D("2016-10-11"),
          attribution=["عضو في المكتب السياسي لإحدى الفصائل"]),
        E(True, ["AGREE"], [8], "اتفقوا", ["asserted", "reported"],
          source=FSA_TR, location=KILIS, date=D("2016-10-11"),
          attribution=["عضو في المكتب السياسي لإحدى الفصائل"]),
        # the battle for al-Bab «خلال أيام»: planned
        E(True, ["ASSAULT"], [9], "معركة انتزاع مدينة الباب", ["planned"], mode="firearms",
          source=ES_FACTIONS, recipient=ISIS, location=AL_BAB, date=None,
          attribution=["عضو في المكتب السياسي لإحدى الفصائل"]),
        E(False, ["COOPERATE"], [10], "بالتنسيق مع التحالف الدولي", ["asserted", "reported"],
          source=TR_COALITION, date=D("2016-10-12", "day", ("2016-10-11", "2016-10-12"))),
        # Damascus condemns Turkey (the condemnation and the accusation in a participle: one ACCUSE)
        E(True, ["ACCUSE"], [11], "دانت", ["asserted", "reported"],
          source=SY_MOFA, recipient=TURKEY, date=D("2016-10-12", "day", ("2016-10-11", "2016-10-12")),
          attribution=["سانا"]),
        # the rumoured execution of two young men in Sawran, unverified
        E(True, ["ASSAULT"], [12], "إعدام شابين", ["rumored", "reported"], mode="execute",
          source=ISIS, recipient=SAWRAN_YOUTHS, location=SAWRAN, date=D("2016-10-11"), fatalities=2,
          attribution=["صفحات محلية"], acled=ATTACK),
        # ¶13 is a generic paragraph (displaced people, recurring mine accidents): deliberately NO gold event
        # IHH's food baskets yesterday (core) and the second convoy next week (optional, planned)
        E(True, ["AID"], [14], "وزّعت", ["asserted"], mode="humanitarian",
          source=IHH, recipient=AKHTARIN_RETURNEES, location=AKHTARIN, date=D("2016-10-11")),
        E(False, ["AID"], [14], "قافلة ثانية", ["planned"], mode="humanitarian",
          source=IHH, recipient=AKHTARIN_RETURNEES, location=AKHTARIN,
          date=D("2016-10-17", "week", ("2016-10-15", "2016-10-18"))),
        # background «وكان … قد»: ISIS rockets on a camp near Hawar Kilis on Friday (the Friday before a
        # Wednesday), one girl killed; «يُذكر أن» ISIS's takeover of Dabiq in August 2014 (optional,
        # historical)
        E(True, ["ASSAULT"], [15], "استهدف بقذائف صاروخية", ["historical", "asserted"], mode="heavy-weapons",
          source=ISIS, recipient=HAWAR_KILIS_IDPS, location=HAWAR_KILIS, date=D("2016-10-07"), fatalities=1,
          acled=SHELL),
        E(False, ["ASSAULT", "COERCE"], [15], "انتزع دابق", ["historical"], mode="seize",
          source=ISIS, recipient=OPP_FACTIONS_2014, location=DABIQ,
          date=D("2014-08-15", "month", ("2014-08-01", "2014-08-31")), acled=OVERTAKE),
    ],
)
