"""Gold of article 229: North Sinai (al-Arish, Sheikh Zuweid, al-Joura, Rafah, Bir al-Abd), a pan-Arab daily with a
Cairo dateline, 2016-05-18 (Wed)."""
from actors_places import (
    ARISH,
    ARISH_BLAST_VICTIMS,
    ARISH_DAHIYA,
    ARISH_DETAINEES,
    ARISH_DISTRICTS,
    ARISH_MASAID,
    ARISH_RAFAH_ROAD,
    ARISH_SHOPKEEPERS,
    ARISH_SOUTH,
    ARMORED_VEHICLE,
    BIR_ABD,
    BIR_POLICEMAN,
    EG_ARMY,
    EG_AUTHORITIES,
    EG_GOV,
    EG_POLICE,
    GAZA_TRAVELLERS,
    GUNMEN,
    JOURA,
    JOURA_GIRL,
    JOURA_RELATIVE,
    RAFAH_BUFFER,
    RAFAH_CROSSING,
    RAFAH_SZ,
    SAWARKA,
    SHEIKH_ZUWEID,
    TAKFIRI,
    WS,
    WS_GUNMEN,
)
from common import ABDUCTION, AIR, ARREST, CLASH, DESTRUCTION, MINE, OTHER, SHELL, D, E, paras_of

SLUG = "north_sinai_2016_arish_checkpoint_sheikh_zuweid_joura_rafah_crossing"
ARTICLE = dict(
    id="team46-229", slug=SLUG, published="2016-05-18", outlet="Al-Marfa al-Arabi daily (fictional)",
    paras=paras_of(f"229_{SLUG}.txt"),
    events=[
        # the attack on the checkpoint south of al-Arish «مساء أمس الثلاثاء»: headline 0, lead 1 (medical sources),
        # ¶2 (the bodies), the Wilayat Sinai claim and the tribal sources of ¶9 (nine vs three → 3); the attackers'
        # withdrawal is optional
        E(True, ["ASSAULT"], [0, 1, 2, 9], "هاجم مسلحون", ["asserted", "reported"], mode="firearms",
          source=WS_GUNMEN, recipient=EG_ARMY, location=ARISH_SOUTH, date=D("2016-05-17"), fatalities=3,
          attribution=["مصادر طبية في مستشفى العريش العام", "بيان ولاية سيناء", "مصادر قبلية"],
          acled=CLASH, tpara=1),
        # the army's raids backed by air strikes south of Rafah and Sheikh Zuweid over two days (headline 0; one
        # event: the concurrent raids are coded with the strikes); 11 killed by the spokesman's only count
        E(True, ["ASSAULT"], [0, 3], "ضربات جوية", ["reported"], mode="aerial",
          source=EG_ARMY, recipient=TAKFIRI, location=RAFAH_SZ, date=D("2016-05-17", "day", ("2016-05-16", "2016-05-18")),
          fatalities=11, attribution=["المتحدث العسكري باسم القوات المسلحة"], acled=AIR, tpara=3),
        # paragraph 4 is a general remark on the ban on journalists: deliberately NO gold event
        # the IED on an armoured vehicle west of Sheikh Zuweid (no perpetrator named); the soldiers' fire around
        # the site afterwards (no target) is optional
        E(True, ["ASSAULT"], [5], "عبوة ناسفة", ["asserted", "reported"], mode="explosives",
          recipient=ARMORED_VEHICLE, location=SHEIKH_ZUWEID, date=D("2016-05-18"), attribution=["مصدر أمني"],
          acled=MINE),
        E(False, ["ASSAULT", "COERCE"], [5], "أطلقت النار بكثافة", ["reported"], mode="firearms",
          source=EG_ARMY, location=SHEIKH_ZUWEID, date=D("2016-05-18")),
        # «وكان … قد»: the car bomb of last Saturday in al-Masaid (core, historical: dated, with a toll, claimed)
        E(True, ["ASSAULT"], [6], "سيارة مفخخة", ["historical", "asserted"], mode="explosives",
          source=WS, recipient=ARISH_BLAST_VICTIMS, location=ARISH_MASAID, date=D("2016-05-14"), fatalities=3,
          acled=MINE),
        # the shell on a house in al-Joura: the family blames the army, the security sources the militants → no
        # source; the relative's accusation is optional
        E(True, ["ASSAULT"], [7], "سقطت قذيفة", ["asserted", "reported"], mode="heavy-weapons",
          recipient=JOURA_GIRL, location=JOURA, date=D("2016-05-18"), fatalities=1,
          attribution=["أحد أقارب الطفلة", "مصادر أمنية"], acled=SHELL),
        E(False, ["ACCUSE"], [7], "واتهم", ["asserted"], source=JOURA_RELATIVE, recipient=EG_ARMY,
          date=D("2016-05-18")),
        # the police sweep in al-Arish with seventeen detained
        E(True, ["COERCE"], [8], "حملة مداهمات", ["asserted", "reported"], mode="arrest",
          source=EG_POLICE, recipient=ARISH_DETAINEES, location=ARISH_DISTRICTS, date=D("2016-05-18"),
          attribution=["مصدر أمني", "ذوو الموقوفين"], acled=ARREST),
        E(False, ["RETREAT"], [9], "انسحبوا", ["reported"], mode="withdraw",
          source=WS_GUNMEN, location=ARISH, date=D("2016-05-17")),
        # the nightly closure of the Arish–Rafah road (a restriction decided today)
        E(True, ["COERCE"], [10], "إغلاق الطريق الدولي", ["asserted"], mode="restrict",
          source=EG_POLICE, location=ARISH_RAFAH_ROAD, date=D("2016-05-18"), acled=OTHER),
        # the Sawarka sheikhs' demand (core), their meeting (optional) and the houses removed for the buffer zone in
        # a relative clause (optional, historical)
        E(True, ["REQUEST"], [11], "وطالب", ["asserted"],
          source=SAWARKA, recipient=EG_GOV, location=ARISH, date=D("2016-05-18", "day", ("2016-05-17", "2016-05-18"))),
        E(False, ["CONSULT"], [11], "اجتماع", ["asserted"], mode="multilateral",
          source=SAWARKA, location=ARISH, date=D("2016-05-18", "day", ("2016-05-17", "2016-05-18"))),
        E(False, ["ASSAULT"], [11], "أُزيلت", ["historical"], mode="destroy",
          location=RAFAH_BUFFER, date=None, acled=DESTRUCTION),
        # the rumoured abduction of a policeman of Bir al-Abd, denied by the security directorate
        E(True, ["ASSAULT"], [12], "خطف", ["rumored", "negated", "reported"], mode="abduct",
          source=GUNMEN, recipient=BIR_POLICEMAN, location=BIR_ABD,
          date=D("2016-05-17", "day", ("2016-05-16", "2016-05-17")),
          attribution=["صفحات محلية على مواقع التواصل الاجتماعي", "مصدر في مديرية الأمن"], acled=ABDUCTION),
        # the leaflets' threat to shopkeepers (the punishment threatened is hypothetical, optional)
        E(True, ["THREATEN"], [13], "وتتوعد", ["reported", "asserted"], mode="violence",
          source=WS, recipient=ARISH_SHOPKEEPERS, location=ARISH_DAHIYA, date=D("2016-05-18"),
          attribution=["سكان في العريش"]),
        E(False, ["ASSAULT"], [13], "إقامة الحد", ["hypothetical"], mode="execute",
          source=WS, recipient=ARISH_SHOPKEEPERS, date=None),
        # the Rafah crossing to open on Saturday for three days (planned); «أول فتح منذ نحو شهرين» is no event
        E(True, ["RETREAT", "CONCEDE"], [14], "تفتح", ["planned", "reported"], mode="access",
          source=EG_AUTHORITIES, recipient=GAZA_TRAVELLERS, location=RAFAH_CROSSING, date=D("2016-05-21"),
          attribution=["هيئة المعابر والحدود في قطاع غزة"]),
        # paragraph 15 is a generic aggregate: deliberately NO gold event
    ],
)
