"""Gold of article 616: the Menagh airbase, Tell Rifaat, Azaz and the road to the Bab al-Salama crossing,
  Mare',
Nubl and al-Zahraa (Aleppo), an opposition Syrian radio station's website based in Gaziantep,
  2016-02-14 (Sun)."""
from actors_places import (
    AFAD,
    AZAZ,
    AZAZ_PROTESTERS,
    AZAZ_ROAD,
    AZAZ_ROAD_VICTIMS,
    AZAZ_SALAMA,
    DEIR_JAMAL,
    DEIR_JAMAL_YOUTHS,
    FACTIONS_616,
    FACTIONS_AND_TURKS,
    IDLIB_FIGHTERS,
    INTL_ORGS,
    KILIS,
    MAREA,
    MAREA_COUNCIL,
    MAREA_VICTIMS,
    MENAGH,
    NORTH_COUNTRYSIDE,
    NUBL_ZAHRAA,
    REGIME_616,
    RU_AIR_616,
    SALAMA,
    SALAMA_FAMILIES,
    SDF_AND_FACTIONS,
    TELL_RIFAAT,
    TR_ARTILLERY_616,
    TR_AUTHORITIES,
    TR_PM,
    YPG_616,
    YPG_POSITIONS,
    YPG_REGIME_RUSSIA,
)
from common import AIR, ARREST, CLASH, PEACEFUL, SHELL, D, E, paras_of

SLUG = "aleppo_2016_menagh_tell_rifaat_azaz_salama"
TODAY = D("2016-02-14")
YESTERDAY = D("2016-02-13")
LATELY = D("2016-02-14", "day", ("2016-02-13", "2016-02-14"))
LAST_NIGHT = D("2016-02-13", "day", ("2016-02-13", "2016-02-14"))
ARTICLE = dict(
    id="team124-616", slug=SLUG, published="2016-02-14",
    outlet="Sada al-Shamal, an opposition Syrian radio station's website based in Gaziantep (fictional)",
    paras=paras_of(f"616_{SLUG}.txt"),
    events=[
        # the main event, first in the lead (dateline «غازي عنتاب»: a city in a neighbouring country): three
        # days of battles for the Menagh airbase between the Kurdish-led SDF and the opposition factions,
        # ending with the airbase taken at dawn, eleven fighters killed (one number); ¶4 the SDF's version,
        # ¶16 the funeral of «المقاتلين الأحد عشر»; the headline names it
        E(True, ["ASSAULT"], [0, 1, 4, 16], "معارك", ["asserted", "reported"], mode="firearms",
          source=SDF_AND_FACTIONS, location=MENAGH, date=D("2016-02-14", "day", ("2016-02-12", "2016-02-14")),
          fatalities=11,
          attribution=["قيادي في «الجبهة الشامية»", "المكتب الإعلامي لـ«قوات سوريا الديمقراطية»"],
          acled=CLASH, tpara=1),
        # ¶1: the last fighters fall back towards Mare' (optional RETREAT; part of the takeover)
        E(False, ["RETREAT"], [1], "انسحبوا", ["asserted", "reported"], mode="withdraw", source=FACTIONS_616,
          location=MENAGH, date=TODAY),
        # ¶2: Russian air strikes on the road from Azaz to the Bab al-Salama crossing kill four displaced
        # civilians (core ASSAULT, Air/drone strike; the headline names it)
        E(True, ["ASSAULT"], [0, 2], "غارة", ["asserted", "reported"], mode="aerial", source=RU_AIR_616,
          recipient=AZAZ_ROAD_VICTIMS, location=AZAZ_ROAD, date=TODAY, fatalities=4,
          attribution=["الدفاع المدني في أعزاز"], acled=AIR, tpara=2),
        # background at another place, in «وكانت … قد»: the government offensive reaches Nubl and al-Zahraa on
        # 3 February (core, historical, Armed clash); cutting the only road north is optional
        E(True, ["ASSAULT"], [3], "هجوم", ["historical", "asserted"], mode="firearms", source=REGIME_616,
          recipient=FACTIONS_616, location=NUBL_ZAHRAA, date=D("2016-02-03"), acled=CLASH),
        E(False, ["COERCE"], [3], "قاطعةً", ["historical", "asserted"], mode="restrict", source=REGIME_616,
          location=NUBL_ZAHRAA, date=D("2016-02-03")),
        # ¶5, verb–subject–object: Turkish artillery shells YPG positions around Menagh and Tell Rifaat for
        # the second day (core ASSAULT, Shelling); the fire it answers (reported) and the YPG leaving two
        # points are optional
        E(True, ["ASSAULT"], [5], "وقصفت", ["asserted", "reported"], mode="heavy-weapons",
          source=TR_ARTILLERY_616, recipient=YPG_POSITIONS, location=TELL_RIFAAT, date=LATELY,
          attribution=["مصادر عسكرية تركية"], acled=SHELL),
        E(False, ["ASSAULT"], [5], "أُطلقت", ["reported"], source=YPG_616, location=TELL_RIFAAT, date=None),
        E(False, ["RETREAT"], [5], "إخلاء", ["reported", "asserted"], mode="withdraw", source=YPG_616,
          location=TELL_RIFAAT, date=LATELY),
        # paragraph 6 (the airbase: a description) holds no event
        # ¶7: the Turkish prime minister demands that the YPG leave the airbase (core REQUEST) and threatens
        # it if it nears Azaz (core THREATEN, conditional); the time follows in «، وذلك خلال مؤتمر صحافي»
        E(True, ["REQUEST"], [7], "وطالب", ["asserted"], source=TR_PM, recipient=YPG_616, location=MENAGH,
          date=YESTERDAY),
        E(True, ["THREATEN"], [7], "وتوعّدها", ["asserted"], mode="violence", source=TR_PM, recipient=YPG_616,
          location=AZAZ, date=YESTERDAY),
        # ¶8: the YPG has not left the airbase (core RETREAT, negated) and sends fighters from Afrin into it
        # (core MOBILIZE)
        E(True, ["RETREAT"], [8], "تنسحب", ["negated"], mode="withdraw", source=YPG_616, location=MENAGH,
          date=TODAY, attribution=["ناشطين في المنطقة"]),
        E(True, ["MOBILIZE"], [8], "دفعت", ["reported", "asserted"], mode="troops", source=YPG_616,
          location=MENAGH, date=LATELY, attribution=["ناشطين في المنطقة"]),
        # ¶9: the displaced massing at Bab al-Salama (their flight optional; the crossing kept closed
        # optional), AFAD's aid there (core AID)
        E(False, ["RETREAT"], [9], "فروا", ["asserted"], source=SALAMA_FAMILIES, location=NORTH_COUNTRYSIDE,
          date=None),
        E(False, ["COERCE"], [9], "مغلقاً", ["asserted"], mode="restrict", source=TR_AUTHORITIES,
          recipient=SALAMA_FAMILIES, location=SALAMA, date=LATELY),
        E(True, ["AID"], [9], "ووزعت", ["asserted", "reported"], mode="humanitarian", source=AFAD,
          recipient=SALAMA_FAMILIES, location=SALAMA, date=YESTERDAY, attribution=["مسؤول في الإدارة"]),
        # ¶10: faction commanders to meet Turkish officials in Kilis next Tuesday (core CONSULT, planned)
        E(True, ["CONSULT"], [10], "يلتقي", ["planned"], source=FACTIONS_AND_TURKS, location=KILIS,
          date=D("2016-02-16"), attribution=["عضو في المكتب السياسي لإحدى الفصائل"]),
        # ¶11: coordination of the YPG and the government under Russian officers, told by local sources and
        # not confirmed (core COOPERATE, rumored); the Russian strikes said to have paved the way are optional
        E(True, ["COOPERATE"], [11], "تنسيق", ["rumored", "reported"], source=YPG_REGIME_RUSSIA,
          location=MENAGH, date=None, attribution=["مصادر محلية"]),
        E(False, ["ASSAULT"], [11], "بغارات", ["rumored"], mode="aerial", source=RU_AIR_616,
          recipient=FACTIONS_616, location=MENAGH, date=None),
        # ¶12: mortar shells on Mare' kill a child (core ASSAULT, Shelling, the YPG as source from the
        # council's accusation); the council's accusation (core ACCUSE, joined with «و» and a second verb) and
        # its call on international organisations (optional REQUEST, a participle clause)
        E(True, ["ASSAULT"], [12], "قذائف", ["asserted"], mode="heavy-weapons", source=YPG_616,
          recipient=MAREA_VICTIMS, location=MAREA, date=TODAY, fatalities=1, acled=SHELL),
        E(True, ["ACCUSE"], [12], "واتهم", ["asserted"], source=MAREA_COUNCIL, recipient=YPG_616,
          location=MAREA, date=TODAY),
        E(False, ["REQUEST"], [12], "مطالباً", ["asserted"], source=MAREA_COUNCIL, recipient=INTL_ORGS,
          date=TODAY),
        # ¶13: a rally in Azaz last night (core PROTEST, Peaceful protest)
        E(True, ["PROTEST"], [13], "مظاهرة", ["asserted"], mode="demo", source=AZAZ_PROTESTERS, location=AZAZ,
          date=YESTERDAY, acled=PEACEFUL),
        # paragraph 14 (a displaced woman's words) holds no event
        # ¶15: the YPG detains some twenty young men (core COERCE, Arrests); the advance the people fear adds
        # no event
        E(True, ["COERCE"], [15], "واعتقلت", ["reported", "asserted"], mode="arrest", source=YPG_616,
          recipient=DEIR_JAMAL_YOUTHS, location=DEIR_JAMAL, date=LATELY, attribution=["ناشطين"],
          acled=ARREST),
        # ¶16, the funeral in Mare', is a paragraph of the main event
        # ¶17: hundreds of fighters from the Idlib countryside cross Turkish territory to Azaz last night
        # (core MOBILIZE); the batches still to come are optional (planned)
        E(True, ["MOBILIZE"], [17], "لتعزيز", ["reported", "asserted"], mode="troops", source=IDLIB_FIGHTERS,
          location=AZAZ_SALAMA, date=LAST_NIGHT, attribution=["مصدر في غرفة عمليات الفصائل"]),
        E(False, ["MOBILIZE"], [17], "ستصل", ["planned"], mode="troops", source=IDLIB_FIGHTERS, location=AZAZ,
          date=None),
    ],
)
