"""Gold of article 180: al-Shaddadi (the town, its southern entrance, the road to Markada, the Khabur bridge),
Markada and al-Hasakah; an activist news network of the Khabur, 2016-02-22 (Mon)."""
from actors_places import (
    COALITION,
    HASAKAH,
    ISIS_180,
    ISIS_ATTACKERS,
    ISIS_SDF,
    JABOUR_NOTABLES,
    KHABUR_BRIDGE,
    KHABUR_BRIDGE_TARGET,
    MARKADA,
    MARKADA_YOUTHS,
    SDF_180,
    SDF_LEADERS,
    SHADDADI,
    SHADDADI_DETAINEES,
    SHADDADI_FAMILIES,
    SHADDADI_FAMILY,
    SHADDADI_MARKADA_ROAD,
    SHADDADI_SOUTH,
    SHADDADI_SOUTH_VILLAGES,
    SHADDADI_YOUTHS,
    SNC,
    YPG_180,
)
from common import AIR, ARREST, ATTACK, CLASH, TRANSFER, D, E, paras_of

SLUG = "al_shaddadi_2016_markada_road_jibsa_checkpoint_arrests"
TODAY = D("2016-02-22")
ARTICLE = dict(
    id="team36-180", slug=SLUG, published="2016-02-22", outlet="al-Khabur al-Aan activist news network (fictional)",
    paras=paras_of(f"180_{SLUG}.txt"),
    events=[
        # the SDF's raids and arrests this morning (headline 0, lead 1)
        E(True, ["COERCE"], [0, 1], "حملة دهم واعتقال", ["asserted", "reported"], mode="arrest",
          source=SDF_180, recipient=SHADDADI_YOUTHS, location=SHADDADI, date=TODAY,
          attribution=["مراسل «الخابور الآن» في المدينة"], acled=ARREST, tpara=1),
        # the takeover three days ago and ISIS's withdrawal, recalled in a subordinate clause (optional, historical)
        E(False, ["ASSAULT", "COERCE"], [1], "سيطرتها", ["historical"],
          source=SDF_180, location=SHADDADI, date=D("2016-02-19"), acled=TRANSFER),
        E(False, ["RETREAT"], [1, 5], "انسحاب مقاتلي التنظيم", ["historical"], mode="withdraw",
          source=ISIS_180, location=SHADDADI, date=D("2016-02-19")),
        # the coalition strike on a fleeing family's car yesterday evening: 5 per activists, 7 per a page → 5
        E(True, ["ASSAULT"], [0, 2], "بغارة", ["asserted", "reported"], mode="aerial",
          source=COALITION, recipient=SHADDADI_FAMILY, location=SHADDADI_MARKADA_ROAD, date=D("2016-02-21"),
          fatalities=5, attribution=["ناشطون من أبناء المنطقة", "صفحة «أخبار مركدة»"], acled=AIR, tpara=2),
        # ISIS's car bomb at the southern checkpoint and the two-hour clash that followed: one fight, two-sided (3,
        # the correspondent's details 8). Two SDF fighters and the bomber per the SDF; «more than twenty» per Amaq → 3
        E(True, ["ASSAULT"], [3, 8], "فجّر انتحاري", ["asserted", "reported"], mode="suicide-attack",
          source=ISIS_SDF, location=SHADDADI_SOUTH, date=TODAY, fatalities=3,
          attribution=["المكتب الإعلامي لـ«قسد»", "وكالة «أعماق»", "مراسلنا"], acled=CLASH),
        # ¶4 describes the town: deliberately NO gold event
        # families kept from returning to the western quarters «since two days» (local sources)
        E(True, ["COERCE"], [5], "يمنعون", ["reported", "asserted"], mode="restrict",
          source=SDF_180, recipient=SHADDADI_FAMILIES, location=SHADDADI,
          date=D("2016-02-20", "day", ("2016-02-20", "2016-02-22")), attribution=["مصادر محلية"]),
        # the tribal notables' meeting with SDF commanders in al-Hasakah: the meeting, the demands, the pledge, the
        # refusal to hand over the town's administration; the pledged release itself is future (optional, planned)
        E(True, ["CONSULT"], [6], "اجتماعاً", ["asserted"], mode="visit",
          source=JABOUR_NOTABLES, recipient=SDF_LEADERS, location=HASAKAH, date=TODAY),
        E(True, ["REQUEST"], [6], "طالبوا", ["asserted"],
          source=JABOUR_NOTABLES, recipient=SDF_LEADERS, location=HASAKAH, date=TODAY),
        E(True, ["AGREE"], [6], "تعهّدوا", ["asserted", "reported"],
          source=SDF_LEADERS, recipient=JABOUR_NOTABLES, location=HASAKAH, date=TODAY,
          attribution=["أحد الوجهاء"]),
        E(True, ["REJECT"], [6], "رفضوا", ["asserted", "reported"],
          source=SDF_LEADERS, recipient=JABOUR_NOTABLES, location=HASAKAH, date=TODAY,
          attribution=["أحد الوجهاء"]),
        E(False, ["RETREAT"], [6], "بإطلاق سراح", ["planned"], mode="release",
          source=SDF_LEADERS, recipient=SHADDADI_DETAINEES, date=None),
        # the National Coalition's condemnation (undated statement); the burning and displacement it alleges, denied by
        # the SDF, is optional
        E(True, ["ACCUSE"], [7], "وندّد", ["asserted"],
          source=SNC, recipient=YPG_180, date=D("2016-02-22", "day", ("2016-02-21", "2016-02-22"))),
        E(False, ["ASSAULT", "RETREAT", "COERCE"], [7], "بإحراق", ["reported", "negated", "rumored"], mode="destroy",
          source=YPG_180, location=SHADDADI_SOUTH_VILLAGES, date=None),
        # coalition strikes on the attackers' two cars as they withdrew south (another actor pair: its own event)
        E(True, ["ASSAULT"], [8], "بثلاث غارات", ["asserted", "reported"], mode="aerial",
          source=COALITION, recipient=ISIS_ATTACKERS, location=SHADDADI_SOUTH, date=TODAY,
          attribution=["مراسلنا"], acled=AIR),
        # ISIS's execution of three young men in Markada yesterday (masdar, «على يد»), and its reinforcements from
        # Deir ez-Zor (activists, undated); the residents forced to watch (optional); the SDF advance they prepare for is only foreseen (optional)
        E(True, ["ASSAULT"], [9], "إعدام", ["asserted", "reported"], mode="execute",
          source=ISIS_180, recipient=MARKADA_YOUTHS, location=MARKADA, date=D("2016-02-21"), fatalities=3,
          attribution=["مراسل «الخابور الآن»"], acled=ATTACK),
        E(False, ["COERCE"], [9], "وأُجبر", ["asserted", "reported"], mode="restrict",
          source=ISIS_180, location=MARKADA, date=D("2016-02-21")),
        E(True, ["MOBILIZE"], [9], "تعزيزات", ["reported", "asserted"], mode="troops",
          source=ISIS_180, location=MARKADA, date=D("2016-02-22", "day", ("2016-02-20", "2016-02-22")),
          attribution=["ناشطون"]),
        E(False, ["ASSAULT"], [9], "لتقدم", ["hypothetical"],
          source=SDF_180, location=MARKADA, date=None),
        # background: last Wednesday's coalition strike on the Khabur bridge
        E(True, ["ASSAULT"], [10], "دمّرت", ["historical", "asserted"], mode="aerial",
          source=COALITION, recipient=KHABUR_BRIDGE_TARGET, location=KHABUR_BRIDGE, date=D("2016-02-17"), acled=AIR),
    ],
)
