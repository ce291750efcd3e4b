"""Gold of article 177: Ras al-Ain (Tell Halaf, the Ras al-Ain–Tal Tamr road, al-Mabrouka) and Ceylanpinar across the
border; a news site close to the Syrian National Army, 2019-10-15 (Tue)."""
from actors_places import (
    ASAYISH,
    CEYLAN_CIVILIANS,
    CEYLANPINAR,
    INTL_177,
    KRC,
    KRC_AMBULANCE,
    MABROUKA,
    MABROUKA_VICTIMS,
    MANAJIR,
    PICKUP_VICTIMS,
    RAS_AIN,
    RAS_CAR,
    RAS_FAMILIES,
    RAS_HOSPITAL,
    RAS_INDUSTRIAL,
    RAS_NATIVES,
    RAS_VILLAGERS,
    REGIME_177,
    REGIME_SDF,
    SDF,
    SDF_SNA,
    SNA,
    TAL_TAMR,
    TELL_HALAF,
    TELL_HALAF_BATTLE,
    TR_AIR,
    TR_ARMY,
    TR_MOD,
    TRC,
    WEST_RAS,
    YPG,
)
from common import AGREEMENT, AIR, ATTACK, CLASH, PEACEFUL, SHELL, D, E, paras_of

SLUG = "ras_al_ain_2019_tell_halaf_tal_tamr_road_ceylanpinar"
TODAY = D("2019-10-15")
ARTICLE = dict(
    id="team36-177", slug=SLUG, published="2019-10-15", outlet="Asdaa al-Jazira news site (fictional)",
    paras=paras_of(f"177_{SLUG}.txt"),
    events=[
        # the battle for Tell Halaf (midnight to morning), two-sided, with Turkish artillery support: headline 0,
        # lead 1 («عدد من» SDF dead → 3), the Hamza Division's details 8 (one of its fighters killed) → 4
        E(True, ["ASSAULT"], [0, 1, 8], "معارك", ["asserted", "reported"], mode="firearms",
          source=TELL_HALAF_BATTLE, location=TELL_HALAF, date=D("2019-10-15", "day", ("2019-10-14", "2019-10-15")),
          fatalities=4, attribution=["مراسل «أصداء الجزيرة» المرافق للفصائل", "المتحدث باسم «فرقة الحمزة»"],
          acled=CLASH, tpara=1),
        # the SDF's withdrawal from the village and the four members taken prisoner (optional: part of the same battle)
        E(False, ["RETREAT"], [8], "انسحابها", ["asserted", "reported"], mode="withdraw",
          source=SDF, location=TELL_HALAF, date=TODAY),
        E(False, ["COERCE"], [8], "أسروا", ["asserted", "reported"], mode="arrest",
          source=SNA, recipient=SDF, location=TELL_HALAF, date=TODAY),
        # the Asayish keeping families from leaving since yesterday morning (headline 0), and the shots at a car that
        # tried to pass the checkpoint (a child and the driver wounded); both told by local sources only
        E(True, ["COERCE"], [0, 2], "يمنعون", ["reported", "asserted"], mode="restrict",
          source=ASAYISH, recipient=RAS_FAMILIES, location=RAS_AIN,
          date=D("2019-10-14", "day", ("2019-10-14", "2019-10-15")),
          attribution=["مصادر محلية من داخل رأس العين"], tpara=2),
        E(True, ["ASSAULT"], [2], "أطلقوا النار", ["reported", "asserted"], mode="firearms",
          source=ASAYISH, recipient=RAS_CAR, location=RAS_AIN, date=D("2019-10-14", "day", ("2019-10-14", "2019-10-15")),
          attribution=["مصادر محلية من داخل رأس العين"], acled=ATTACK),
        # a Turkish drone strike on a pick-up near al-Manajir yesterday evening: three killed (terrorists per Ankara,
        # one family per Hawar: the victims are disputed, the toll is not)
        E(True, ["ASSAULT"], [3], "استهدفت", ["asserted", "reported"], mode="aerial",
          source=TR_ARMY, recipient=PICKUP_VICTIMS, location=MANAJIR, date=D("2019-10-14"), fatalities=3,
          attribution=["وزارة الدفاع التركية", "وكالة «هاوار»"], acled=AIR),
        # ¶4 describes the town: deliberately NO gold event
        # the Turkish ministry: the running tally (no event), the accusation, the YPG mortar fire on Ceylanpinar
        # (told only by the ministry: reported) and the return fire (optional, no place given)
        E(True, ["ACCUSE"], [5], "واتهمت", ["asserted"],
          source=TR_MOD, recipient=YPG, date=TODAY),
        E(True, ["ASSAULT"], [5], "بقصف", ["reported"], mode="heavy-weapons",
          source=YPG, recipient=CEYLAN_CIVILIANS, location=CEYLANPINAR, date=TODAY,
          attribution=["وزارة الدفاع التركية"], acled=SHELL),
        E(False, ["ASSAULT"], [5], "ردّت على مصادر النيران", ["reported"], mode="heavy-weapons",
          source=TR_ARMY, recipient=YPG, date=TODAY, acled=SHELL),
        # the attack on the industrial zone that the SDF says it repelled and the National Army says never happened
        E(True, ["ASSAULT"], [6], "صدّوا هجوماً", ["reported", "negated"], mode="firearms",
          source=SDF_SNA, location=RAS_INDUSTRIAL, date=D("2019-10-15", "day", ("2019-10-14", "2019-10-15")),
          attribution=["«المركز الإعلامي» لـ«قسد»", "مصدر عسكري في «الجيش الوطني»"], acled=CLASH),
        # talk of regime forces reaching Tal Tamr (rumoured; the correspondent's denial concerns Ras al-Ain only), and
        # Sunday's SDF–Damascus agreement recalled in a relative clause (optional, historical)
        E(True, ["MOBILIZE"], [7], "وصول طلائع", ["rumored", "reported"], mode="troops",
          source=REGIME_177, location=TAL_TAMR, date=D("2019-10-15", "day", ("2019-10-13", "2019-10-15")),
          attribution=["أوساط إعلامية مقربة من النظام"]),
        E(False, ["AGREE"], [7], "للاتفاق", ["historical", "asserted"],
          source=REGIME_SDF, date=D("2019-10-13"), acled=AGREEMENT),
        # the Kurdish Red Crescent: the appeal for a corridor, the accusation, and the strike on its ambulance that
        # the outlet could not verify (reported)
        E(True, ["REQUEST"], [9], "وناشدت", ["asserted"],
          source=KRC, recipient=INTL_177, location=RAS_HOSPITAL,
          date=D("2019-10-15", "day", ("2019-10-14", "2019-10-15"))),
        E(True, ["ACCUSE"], [9], "متهمةً", ["asserted"],
          source=KRC, recipient=TR_AIR, date=D("2019-10-15", "day", ("2019-10-14", "2019-10-15"))),
        E(True, ["ASSAULT"], [9], "باستهداف", ["reported", "rumored"], mode="aerial",
          source=TR_AIR, recipient=KRC_AMBULANCE, location=RAS_HOSPITAL, date=D("2019-10-14"),
          attribution=["هيئة الهلال الأحمر الكردي"], acled=AIR),
        # the Turkish Red Crescent's distribution today
        E(True, ["AID"], [10], "وزّع", ["asserted", "reported"], mode="humanitarian",
          source=TRC, recipient=RAS_VILLAGERS, location=WEST_RAS, date=TODAY,
          attribution=["حساب «الهلال الأحمر التركي» على «تويتر»"]),
        # the rally of Ras al-Ain natives in Ceylanpinar yesterday evening; its support and its demand are optional
        E(True, ["PROTEST"], [11], "تجمّع", ["asserted"], mode="demo",
          source=RAS_NATIVES, location=CEYLANPINAR, date=D("2019-10-14"), acled=PEACEFUL),
        E(False, ["SUPPORT"], [11], "تأييد", ["asserted"],
          source=RAS_NATIVES, recipient=TR_ARMY, location=CEYLANPINAR, date=D("2019-10-14")),
        E(False, ["REQUEST"], [11], "وطالبوا", ["asserted"],
          source=RAS_NATIVES, location=CEYLANPINAR, date=D("2019-10-14")),
        # background: Sunday's mortar shell on al-Mabrouka (a shepherd killed)
        E(True, ["ASSAULT"], [12], "قذيفة هاون", ["historical", "asserted", "reported"], mode="heavy-weapons",
          source=SDF, recipient=MABROUKA_VICTIMS, location=MABROUKA, date=D("2019-10-13"), fatalities=1,
          attribution=["مراسلنا"], acled=SHELL),
    ],
)
