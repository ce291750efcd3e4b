"""Gold of article 412: a woman and her two children killed by shells of Turkish-backed factions on al-Dardara
near Tal Tamr (main event, told first in the lead), the SDF's answering shelling, the factions' own version,
the water of Allouk cut (an accusation, the cut as the Kurdish-led administration tells it, and a demand to
the UN), water trucked to al-Hasakah and a UNICEF visit due next week, arrests in Qamishli, a protest at the
Russian base, a Russian visit to Tal Tamr, a joint patrol not held, rumoured Turkish reinforcements, a clash
between two factions in Ras al-Ain, an SDF commander's threat, the anniversary of a bomb in Ras al-Ain's
market on 14 July 2020 (Hasakah, Syria), a north-east Syrian Kurdish-run TV channel's Arabic news website,
2021-07-14 (Wed). Dateline «تل تمر – «شاشة الخابور»:»; one toll (three)."""
from actors_places import (
    AANES,
    ALLOUK,
    ASAYISH,
    DARDARA,
    DARDARA_FAMILY,
    HASAKAH,
    HASAKAH_RESIDENTS,
    KHABUR_PROTESTERS,
    KRC_UNICEF,
    QAMISHLI_AIRPORT,
    QAMISHLI_HILALIYA,
    QAMISHLI_SUSPECTS,
    RAS_AIN,
    RAS_AIN_MARKET,
    RAS_AIN_SOUTH,
    RAS_AIN_VICTIMS,
    RU_MP,
    RU_TR,
    RUSSIA,
    SDF,
    SDF_COMMANDER,
    SNA,
    SNA_INFIGHT,
    TAL_TAMR,
    TAMR_HOSTS,
    TAMR_WEST,
    TURKEY,
    TURKEY_SNA,
    UN,
    UNICEF_DELEGATION,
)
from common import ARREST, CLASH, MINE, PEACEFUL, SHELL, D, E, paras_of

SLUG = "tamr_2021_dardara_allouk_qamishli"
TODAY = D("2021-07-14")
YDAY = D("2021-07-13")
TODAY_OPEN = D("2021-07-14", "day", ("2021-07-13", "2021-07-14"))
ARTICLE = dict(
    id="team83-412", slug=SLUG, published="2021-07-14",
    outlet="Shashat al-Khabur, north-east Syrian Kurdish-run TV channel's Arabic news website (fictional)",
    paras=paras_of(f"412_{SLUG}.txt"),
    events=[
        # MAIN EVENT, told first in the lead (a passive «قُتلت», the time in its own clause «، وذلك قرابة
        # السابعة من مساء أمس»): shells of the SNA factions kill a woman and her two children; the neighbour
        # ¶3, the factions' own telling ¶4 (they say they hit SDF posts), the funeral ¶17 → 3
        E(True, ["ASSAULT"], [0, 1, 3, 4, 17], "بقذائف", ["asserted", "reported"], mode="heavy-weapons",
          source=SNA, recipient=DARDARA_FAMILY, location=DARDARA, date=YDAY, fatalities=3,
          attribution=["مراسل القناة", "جار الأسرة"], acled=SHELL, tpara=1),
        # ¶4: the «infiltration attempt» the factions claim to have answered (optional, reported)
        E(False, ["ASSAULT"], [4], "محاولة تسلل", ["reported"], source=SDF, recipient=SNA, location=DARDARA,
          date=YDAY, attribution=["متحدث باسم «الجيش الوطني»"]),
        # ¶2: the SDF's answering shelling of the factions' positions south of Ras al-Ain (one event, the
        # intermittent exchange until midnight included)
        E(True, ["ASSAULT"], [2], "بقصف مدفعي", ["asserted"], mode="heavy-weapons",
          source=SDF, recipient=SNA, location=RAS_AIN_SOUTH, date=YDAY, attribution=["مصدر عسكري في «قسد»"],
          acled=SHELL),
        # ¶5: three events: the administration accuses Turkey and the factions, the water cut itself as the
        # administration tells it (reported, since twelve days) and its demand to the UN («اتهمت … وطالبت»)
        E(True, ["ACCUSE"], [5], "اتهمت", ["asserted"],
          source=AANES, recipient=TURKEY_SNA, date=TODAY_OPEN),
        E(True, ["COERCE"], [5], "بإيقاف ضخ المياه", ["reported", "asserted"], mode="withhold",
          source=TURKEY_SNA, recipient=HASAKAH_RESIDENTS, location=ALLOUK,
          date=D("2021-07-02", "day", ("2021-07-01", "2021-07-03")), attribution=["الإدارة الذاتية"]),
        E(True, ["REQUEST"], [5], "وطالبت", ["asserted"],
          source=AANES, recipient=UN, date=TODAY_OPEN),
        # ¶6: water trucked to al-Hasakah (AID) and a UNICEF visit due early next week («على أن»: planned)
        E(True, ["AID"], [6], "توزيع مياه الشرب", ["asserted"], mode="humanitarian",
          source=KRC_UNICEF, location=HASAKAH, date=D("2021-07-14", "week", ("2021-07-08", "2021-07-14"))),
        E(True, ["CONSULT"], [6], "وفد", ["planned"], mode="visit",
          source=UNICEF_DELEGATION, location=HASAKAH,
          date=D("2021-07-18", "week", ("2021-07-17", "2021-07-21"))),
        # ¶7 (the Khabur villages described) holds no event. ¶8 (subject-verb-object): three young men
        # arrested in Qamishli; the phones seized optional
        E(True, ["COERCE"], [8], "اعتقلت", ["asserted"], mode="arrest",
          source=ASAYISH, recipient=QAMISHLI_SUSPECTS, location=QAMISHLI_HILALIYA, date=TODAY,
          attribution=["بيان الأسايش"], acled=ARREST),
        E(False, ["COERCE"], [8], "ضبط", ["asserted"], mode="confiscate", source=ASAYISH, date=TODAY),
        # ¶9: a protest at the Russian base; the banners' demand optional
        E(True, ["PROTEST"], [9], "وقفة احتجاجية", ["asserted"], mode="demo",
          source=KHABUR_PROTESTERS, recipient=RUSSIA, location=QAMISHLI_AIRPORT, date=TODAY_OPEN,
          acled=PEACEFUL),
        E(False, ["REQUEST"], [9], "تطالب", ["asserted"], source=KHABUR_PROTESTERS, recipient=RUSSIA,
          date=TODAY_OPEN),
        # ¶10: the Russian military police visit Tal Tamr and meet the SDF and the town council («القرية التي
        # سقطت فيها القذائف» is a back-reference, not added to the main event)
        E(True, ["CONSULT"], [10], "وزار", ["asserted"], mode="visit",
          source=RU_MP, recipient=TAMR_HOSTS, location=TAL_TAMR, date=TODAY),
        # ¶11: the joint Russian-Turkish patrol due this morning was not held (negated COOPERATE)
        E(True, ["COOPERATE"], [11], "تُسيَّر", ["negated"],
          source=RU_TR, location=TAMR_WEST, date=TODAY),
        # ¶12: Turkish reinforcements told only by local sources, unconfirmed (rumoured)
        E(True, ["MOBILIZE"], [12], "بتعزيزات", ["rumored"], mode="troops",
          source=TURKEY, location=RAS_AIN, date=D("2021-07-13", "day", ("2021-07-13", "2021-07-14")),
          attribution=["مصادر محلية"]),
        # ¶13: a clash between two SNA factions inside Ras al-Ain (two-sided: the factions are the sources)
        E(True, ["ASSAULT"], [13], "اشتباكات", ["asserted", "reported"], mode="firearms",
          source=SNA_INFIGHT, location=RAS_AIN, date=YDAY, attribution=["مصادر محلية"], acled=CLASH),
        # ¶14: an SDF commander's conditional threat; the «harsh response» itself optional, hypothetical
        E(True, ["THREATEN"], [14], "وتوعّد", ["asserted"], mode="violence",
          source=SDF_COMMANDER, date=TODAY_OPEN),
        E(False, ["ASSAULT"], [14], "ردّ قاسٍ", ["hypothetical"], source=SDF, date=None),
        # ¶15 (analysis) holds no event. ¶16, an anniversary at another place: the motorcycle bomb in Ras
        # al-Ain's market on 14 July 2020 (seven killed, no one claimed it)
        E(True, ["ASSAULT"], [16], "لتفجير", ["historical", "asserted"], mode="explosives",
          recipient=RAS_AIN_VICTIMS, location=RAS_AIN_MARKET, date=D("2020-07-14"), fatalities=7, acled=MINE),
    ],
)
