"""Gold of article 395: army drone strikes around Kutum yesterday, a drone strike on Mellit this morning (main
event), the RSF's condemnation, an earlier strike on the Mellit–Kutum road said to have killed an RSF
commander whose death the RSF denies, families displaced towards Tawila, a WFP convoy in Tawila, the RSF's
announced access and no lorry crossing, a governor's call with WFP, an allied force's pledge of support, an
RSF threat against al-Fashir, a rumoured RSF build-up, a second convoy due next week, a strike on Kutum's
livestock market on 7 January (North Darfur, Sudan), a Sudanese radio station's news site, 2025-03-18 (Tue).
Dateline «الفاشر – «وادي هور»:»; the main event comes first in ¶2, after the Kutum strikes, and its toll
conflicts (the emergency room's seven, the RSF's eleven → 7). Mostly about an air campaign against an armed
group."""
from actors_places import (
    DISPLACED,
    FASHIR,
    GOV_WFP,
    INTL_ORGS,
    JOINT_FORCE,
    KUTUM,
    KUTUM_MARKET,
    KUTUM_VICTIMS,
    MELLIT,
    MELLIT_KUTUM_ROAD,
    MELLIT_TARGETS,
    MELLIT_TAWILA,
    ND_PEOPLE,
    RSF,
    RSF_COMMANDER,
    RSF_FIELD_CMDR,
    RSF_FIGHTERS,
    SAF,
    SAF_ALLY,
    SAF_SPOKESMAN,
    TAWILA,
    TAWILA_NEWCOMERS,
    WFP,
)
from common import AIR, D, E, paras_of

SLUG = "mellit_2025_kutum_tawila_fashir"
TODAY = D("2025-03-18")
YDAY = D("2025-03-17")
TODAY_OPEN = D("2025-03-18", "day", ("2025-03-17", "2025-03-18"))
ARTICLE = dict(
    id="team79-395", slug=SLUG, published="2025-03-18",
    outlet="Radio Wadi Howar, Sudanese radio station's news site (fictional)",
    paras=paras_of(f"395_{SLUG}.txt"),
    events=[
        # ¶1: drone strikes around Kutum yesterday evening (headline 0), toll unknown
        E(True, ["ASSAULT"], [0, 1], "ضربات", ["asserted", "reported"], mode="aerial",
          source=SAF, recipient=RSF, location=KUTUM, date=YDAY, attribution=["شهود عيان"], acled=AIR,
          tpara=1),
        # MAIN EVENT, first told in ¶2: the drone strike on Mellit this morning (headline 0; ¶2: the emergency
        # room's seven; ¶3: a lorry driver; ¶4: the RSF's eleven) → 7
        E(True, ["ASSAULT"], [0, 2, 3, 4], "استهدفت", ["asserted", "reported"], mode="aerial",
          source=SAF, recipient=MELLIT_TARGETS, location=MELLIT, date=TODAY, fatalities=7,
          attribution=["غرفة طوارئ مليط", "قوات الدعم السريع"], acled=AIR, tpara=2),
        # ¶4: the RSF's condemnation (ACCUSE); its appeal to international organisations optional
        E(True, ["ACCUSE"], [4], "وأدانت", ["asserted"],
          source=RSF, recipient=SAF, date=TODAY, attribution=["بيان نشرته على منصاتها"]),
        E(False, ["REQUEST"], [4], "ومطالبةً", ["asserted"], source=RSF, recipient=INTL_ORGS, date=TODAY),
        # ¶5, in «وكان … قد»: a strike on the Mellit–Kutum road announced on Sunday evening, said to have
        # killed an RSF commander; the RSF deny his death, so the strike stays reported and carries no death
        # count
        E(True, ["ASSAULT"], [5], "ضربة جوية", ["reported"], mode="aerial",
          source=SAF_SPOKESMAN, recipient=RSF_COMMANDER, location=MELLIT_KUTUM_ROAD,
          date=D("2025-03-16", "day", ("2025-03-15", "2025-03-16")),
          attribution=["الناطق الرسمي باسم الجيش"], acled=AIR),
        # ¶6: families fleeing Mellit towards Tawila over three days (RETREAT, no ACLED label)
        E(True, ["RETREAT"], [6], "ونزحت", ["asserted", "reported"],
          source=DISPLACED, location=MELLIT_TAWILA,
          date=D("2025-03-17", "week", ("2025-03-15", "2025-03-18")),
          attribution=["المنسقية العامة للنازحين واللاجئين"]),
        # ¶7 (the town described) holds no event. ¶8: a WFP convoy reaches Tawila
        E(True, ["AID"], [8], "قافلة", ["asserted", "reported"], mode="humanitarian",
          source=WFP, recipient=TAWILA_NEWCOMERS, location=TAWILA, date=TODAY,
          attribution=["أحد أعضاء غرفة طوارئ طويلة"]),
        # ¶9: access to Mellit announced (CONCEDE) and not one lorry through (RETREAT access, negated; AID
        # accepted)
        E(True, ["CONCEDE"], [9], "ستسمح", ["asserted"], source=RSF, location=MELLIT, date=TODAY_OPEN),
        E(True, ["RETREAT", "AID"], [9], "تعبر", ["negated"], mode="access",
          source=RSF, location=MELLIT, date=TODAY, attribution=["عاملين في المجال الإنساني"]),
        # ¶10: the governor's phone call with WFP (subject-verb-object); their agreement on a joint room
        # optional
        E(True, ["CONSULT"], [10], "اتصال هاتفي", ["asserted"], mode="phone",
          source=GOV_WFP, recipient=GOV_WFP, date=TODAY_OPEN, attribution=["إعلام حكومة الولاية"]),
        E(False, ["AGREE"], [10], "اتفقا", ["asserted", "reported"], source=GOV_WFP, recipient=GOV_WFP,
          date=TODAY_OPEN),
        # ¶11: the allied Joint Force's pledge of support; its promised fighters and its call optional
        E(True, ["SUPPORT"], [11], "وقوفها", ["asserted"],
          source=JOINT_FORCE, recipient=SAF_ALLY, date=TODAY_OPEN, attribution=["بيان"]),
        E(False, ["MOBILIZE"], [11], "بالدفع", ["planned"], mode="troops",
          source=JOINT_FORCE, location=FASHIR, date=None),
        E(False, ["REQUEST"], [11], "داعيةً", ["asserted"], source=JOINT_FORCE, recipient=ND_PEOPLE,
          date=TODAY_OPEN),
        # ¶12: an RSF commander's conditional threat against al-Fashir (the threatened strike hypothetical)
        E(True, ["THREATEN"], [12], "وتوعّد", ["asserted"], mode="violence",
          source=RSF_FIELD_CMDR, location=FASHIR, date=TODAY_OPEN),
        E(False, ["ASSAULT"], [12], "رد موجع", ["hypothetical"], mode="heavy-weapons",
          source=RSF_FIELD_CMDR, location=FASHIR, date=None),
        # ¶13: an RSF build-up near Mellit told by local sources, unverified (rumoured)
        E(True, ["MOBILIZE"], [13], "وصول", ["rumored", "reported"], mode="troops",
          source=RSF_FIGHTERS, location=MELLIT, date=D("2025-03-17", "day", ("2025-03-16", "2025-03-18")),
          attribution=["مصادر محلية"]),
        # ¶14: a second convoy «مطلع الأسبوع المقبل» (planned; week range after publication)
        E(True, ["AID"], [14], "قافلة ثانية", ["planned"], mode="humanitarian",
          location=TAWILA, date=D("2025-03-24", "week", ("2025-03-22", "2025-03-28")),
          attribution=["«أوتشا»"]),
        # Background at another place, in «وكانت … قد»: the strike on Kutum's livestock market on 7 January
        # (5)
        E(True, ["ASSAULT"], [15], "قصفت", ["historical", "asserted"], mode="aerial",
          source=SAF, recipient=KUTUM_VICTIMS, location=KUTUM_MARKET, date=D("2025-01-07"), fatalities=5,
          acled=AIR),
        # ¶16 (analysis of the desert roads) and ¶17 (prices in al-Fashir) hold no event
    ],
)
