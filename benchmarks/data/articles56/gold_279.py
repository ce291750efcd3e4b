"""Gold of article 279: Sabratha (the Dahman quarter, the archaeological city and the coastal road, the
corniche), Surman, Zawiya, the Mellitah complex and Tripoli (western Libya), a Libyan news site of the west
coast, 2017-09-26 (Tue)."""
from actors_places import (
    BRIGADE_48,
    BRIGADE_48_COMMANDER,
    DAHMAN,
    DAHMAN_FAMILIES,
    DAHMAN_VICTIMS,
    GNA_PC,
    ISIS_LY,
    LRC_SABRATHA,
    MELLITAH,
    MELLITAH_WORKERS,
    OPS_ROOM,
    SABRATHA,
    SABRATHA_ANCIENT,
    SABRATHA_CORNICHE,
    SABRATHA_FIGHT,
    SABRATHA_PARTIES,
    SABRATHA_SURMAN_ROAD,
    SABRATHA_TRUCE,
    SURMAN,
    SURMAN_COUNCIL,
    UNKNOWN,
    UNSMIL,
    US_FORCES,
    WESTERN_MR,
    ZAWIYA_COUNCIL,
    ZAWIYA_PROTESTERS,
)
from common import ABDUCTION, AGREEMENT, AIR, CLASH, PEACEFUL, SHELL, D, E, paras_of
from goldkit import place

SLUG = "sabratha_2017_dahman_surman_mellitah_zawiya"
TODAY = D("2017-09-26")
YESTERDAY = D("2017-09-25")
SINCE_YESTERDAY = D("2017-09-26", "day", ("2017-09-25", "2017-09-26"))
TOMORROW = D("2017-09-27")
ARTICLE = dict(
    id="team56-279", slug=SLUG, published="2017-09-26",
    outlet="Minbar al-Sahil news site, Libya's west coast (fictional)",
    paras=paras_of(f"279_{SLUG}.txt"),
    events=[
        # the random shells on houses in Dahman «مساء أمس الإثنين»: headline 0 («قتلى مدنيون», no number),
        # lead 1 (the Red Crescent branch: four), the follow-up 8 (Sabratha teaching hospital: three bodies;
        # the Operations Room: five) → 3. Nobody owns the shells (each side blames the other, optional): no
        # source
        E(True, ["ASSAULT"], [0, 1, 8], "سقوط قذائف عشوائية", ["asserted", "reported"], mode="heavy-weapons",
          recipient=DAHMAN_VICTIMS, location=DAHMAN, date=YESTERDAY, fatalities=3,
          attribution=["فرع الهلال الأحمر الليبي في المدينة", "مصدر في مستشفى صبراتة التعليمي",
                       "«غرفة العمليات»"], acled=SHELL, tpara=1),
        # the day's fighting between the Operations Room and Brigade 48 near the archaeological city (headline
        # 0; two-sided); the Room's claim to hold the old passport building optional (reported)
        E(True, ["ASSAULT"], [0, 2], "الاشتباكات", ["asserted"], mode="heavy-weapons",
          source=SABRATHA_FIGHT, location=SABRATHA_ANCIENT, date=TODAY, acled=CLASH, tpara=2),
        E(False, ["COERCE", "ASSAULT"], [2], "أحكمت السيطرة", ["reported"], mode="seize",
          source=OPS_ROOM, location=SABRATHA_CORNICHE, date=TODAY),
        # paragraph 3 (few people in the streets, shops and banks shut, the school year postponed) holds no
        # event
        # the Operations Room's 24-hour ultimatum (made: asserted); settling the battle «by force» is
        # hypothetical and the pledge not to pursue those who surrender an offer (both optional)
        E(True, ["THREATEN"], [4], "وأمهلت", ["asserted"], mode="violence",
          source=OPS_ROOM, recipient=BRIGADE_48, location=SABRATHA, date=SINCE_YESTERDAY),
        E(False, ["ASSAULT"], [4], "ستحسم", ["hypothetical"], mode="heavy-weapons",
          source=OPS_ROOM, recipient=BRIGADE_48, location=SABRATHA, date=None),
        E(False, ["AGREE"], [4], "ومتعهدة", ["asserted"],
          source=OPS_ROOM, recipient=BRIGADE_48, date=SINCE_YESTERDAY),
        # the rumoured departure of Brigade 48's commander towards Zawiya, denied by its spokesman in a video
        E(True, ["RETREAT"], [5], "مغادرة", ["rumored", "negated", "reported"], mode="withdraw",
          source=BRIGADE_48_COMMANDER, location=SABRATHA, date=SINCE_YESTERDAY,
          attribution=["صفحات محلية", "ناطق باسم الكتيبة"]),
        # the Red Crescent's evacuation of about sixty families to Surman (AID); the Surman council's shelter
        # for them optional
        E(True, ["AID"], [6], "وأجلت", ["asserted"], mode="humanitarian",
          source=LRC_SABRATHA, recipient=DAHMAN_FAMILIES, location=place(DAHMAN, SURMAN),
          date=SINCE_YESTERDAY),
        E(False, ["AID"], [6], "بإيوائها", ["asserted"], mode="asylum",
          source=SURMAN_COUNCIL, recipient=DAHMAN_FAMILIES, location=SURMAN, date=SINCE_YESTERDAY),
        # the Presidential Council's call for a ceasefire; its tasking of the Western Military Region optional
        E(True, ["REQUEST"], [7], "ودعا", ["asserted"],
          source=GNA_PC, recipient=SABRATHA_PARTIES, date=SINCE_YESTERDAY,
          attribution=["بيان صدر في طرابلس"]),
        E(False, ["MOBILIZE"], [7], "مكلّفاً", ["planned"], mode="troops",
          source=WESTERN_MR, location=SABRATHA, date=None),
        # the follow-up (8) belongs to the first event; the Room's accusation of Brigade 48 and the brigade's
        # blaming of the Room are optional (the brigade's denial is no event)
        E(False, ["ACCUSE"], [8], "متهمةً", ["asserted"],
          source=OPS_ROOM, recipient=BRIGADE_48, date=SINCE_YESTERDAY),
        E(False, ["ACCUSE"], [8], "محمّلةً", ["asserted"],
          source=BRIGADE_48, recipient=OPS_ROOM, date=SINCE_YESTERDAY),
        # the municipal council announces a six-hour humanitarian truce reached through the coast's elders
        # (AGREE, an announced calm also CONCEDE); the truce itself from tomorrow morning, the medicines to be
        # let in and the talks on a lasting ceasefire are optional (planned)
        E(True, ["AGREE", "CONCEDE"], [9], "التوصل", ["asserted"],
          source=SABRATHA_TRUCE, location=SABRATHA, date=TODAY, attribution=["المجلس البلدي صبراتة"],
          acled=AGREEMENT),
        E(False, ["RETREAT"], [9], "هدنة إنسانية", ["planned"], mode="ceasefire",
          source=SABRATHA_PARTIES, location=SABRATHA, date=TOMORROW),
        E(False, ["AID"], [9], "وإدخال الأدوية", ["planned"], mode="humanitarian",
          location=SABRATHA, date=TOMORROW),
        E(False, ["CONSULT"], [9], "تُبحث", ["planned"],
          source=SABRATHA_PARTIES, location=SABRATHA, date=TOMORROW),
        # paragraph 10 (Sabratha's beaches as a departure point for migrants for years; «the sea has become
        # calmer than the land») holds no event
        # a UNSMIL delegation's visit on Thursday if the truce holds (planned)
        E(True, ["CONSULT"], [11], "يزور", ["planned", "hypothetical"], mode="visit",
          source=UNSMIL, location=SABRATHA, date=D("2017-09-28"), attribution=["عضو في المجلس البلدي"]),
        # background: Friday before a Tuesday, two Mellitah employees abducted (core, historical); their
        # release two days later optional; after «يُذكر أن», the US air strike of February 2016 (optional,
        # historical)
        E(True, ["ASSAULT"], [12], "خطفوا", ["historical", "asserted"], mode="abduct",
          source=UNKNOWN, recipient=MELLITAH_WORKERS, location=MELLITAH, date=D("2017-09-22"),
          acled=ABDUCTION),
        E(False, ["RETREAT"], [12], "يُطلق سراحهما", ["historical"], mode="release",
          source=UNKNOWN, recipient=MELLITAH_WORKERS, location=MELLITAH, date=D("2017-09-24")),
        E(False, ["ASSAULT"], [12], "غارة جوية", ["historical"], mode="aerial",
          source=US_FORCES, recipient=ISIS_LY, location=SABRATHA,
          date=D("2016-02-15", "month", ("2016-02-01", "2016-02-29")), acled=AIR),
        # the Operations Room closes the coastal road to Surman (one line)
        E(True, ["COERCE"], [13], "وأغلقت", ["asserted"], mode="restrict",
          source=OPS_ROOM, location=SABRATHA_SURMAN_ROAD, date=TODAY),
        # a solidarity stand in Zawiya; the banners' demands optional
        E(True, ["PROTEST"], [14], "وقفة تضامنية", ["asserted"], mode="demo",
          source=ZAWIYA_PROTESTERS, location=ZAWIYA_COUNCIL, date=SINCE_YESTERDAY, acled=PEACEFUL),
        E(False, ["REQUEST"], [14], "تطالب", ["asserted"],
          source=ZAWIYA_PROTESTERS, location=ZAWIYA_COUNCIL, date=SINCE_YESTERDAY),
        # UNSMIL's concern (no event) and its call on the parties
        E(True, ["REQUEST"], [15], "داعيةً", ["asserted"],
          source=UNSMIL, recipient=SABRATHA_PARTIES, date=SINCE_YESTERDAY),
    ],
)
