"""Gold of article 150: the Lajat and Busra al-Sham (Daraa), 'Ariqah (Suwayda), Izra', al-Hirak, a Horan opposition
roundup site, 2014-09-16 (Tue)."""
from actors_places import (
                           ARIQA,
                           ARIQA_HOSTAGES,
                           BUSRA,
                           BUSRA_CLASH,
                           FSA_DARAA,
                           HARAK,
                           HARAK_PROTESTERS,
                           INTL_COMMUNITY,
                           IZRA,
                           KHALKHALA,
                           LAJAT,
                           LAJAT_STUDENTS,
                           LAJAT_SUWAYDA,
                           LAJAT_SUWAYDA_ARMED,
                           LAJAT_VICTIMS,
                           MEDIATORS,
                           REGIME_150,
                           REGIME_NDF,
                           ROAD_LAJAT_ARIQA,
                           SHUMARA,
                           SHUMARA_CHILDREN,
                           SHUMARA_HOSTAGES,
                           SWAP_SIDES,
)
from common import ABDUCTION, AGREEMENT, AIR, ARREST, CLASH, PEACEFUL, SHELL, D, E, paras_of

SLUG = "lajat_busra_al_sham_izra_ariqa_kidnap_swap"
ARTICLE = dict(
    id="team30-150", slug=SLUG, published="2014-09-16", outlet="Marsad Sahl Horan news site (fictional)",
    paras=paras_of(f"150_{SLUG}.txt"),
    events=[
        # barrel bombs on al-Musayka and Jadl this morning, two villages under one verb (one event): headline 0,
        # lead 1 (the Lajat coordination committee's page), retold in 7 (the house of a displaced family) → 3
        E(True, ["ASSAULT"], [0, 1, 7], "ستة براميل متفجرة", ["asserted", "reported"], mode="aerial",
          source=REGIME_150, recipient=LAJAT_VICTIMS, location=LAJAT, date=D("2014-09-16"), fatalities=3,
          attribution=["«تنسيقية اللجاة» على فيسبوك", "ناشط من بلدة المسيكة"], acled=AIR, tpara=1),
        # renewed clashes in Busra al-Sham last night, mortar exchange included (one two-sided fight; 2 FSA fighters
        # killed per an activist; the loyalist pages give no number)
        E(True, ["ASSAULT"], [0, 2], "تجددت الاشتباكات", ["asserted", "reported"], mode="firearms",
          source=BUSRA_CLASH, location=BUSRA, date=D("2014-09-15"), fatalities=2,
          attribution=["ناشط إعلامي من المدينة", "صفحات موالية"], acled=CLASH, tpara=2),
        # the hostage exchange near 'Ariqah last night (headline 0): one exchange carried out; the second release
        # («مقابل إطلاق … سراح») could be coded on its own (optional); the abductions two weeks ago, in a «كانوا قد»
        # clause (optional, historical)
        E(True, ["COOPERATE", "RETREAT"], [0, 3], "صفقة تبادل", ["asserted", "reported"], mode="release",
          source=SWAP_SIDES, recipient=ARIQA_HOSTAGES, location=ARIQA, date=D("2014-09-15"),
          attribution=["أحد الوسطاء"], tpara=3),
        E(False, ["RETREAT"], [3], "إطلاق مسلحين من البلدة سراح", ["asserted"], mode="release",
          source=SWAP_SIDES, recipient=SHUMARA_HOSTAGES, location=ARIQA, date=D("2014-09-15")),
        E(False, ["ASSAULT"], [3], "احتُجزوا", ["historical"], mode="abduct",
          location=ROAD_LAJAT_ARIQA, date=D("2014-09-02", "week", ("2014-08-29", "2014-09-06")), acled=ABDUCTION),
        # the mediators' joint statement: a demand to the armed groups of both sides and their agreement on a
        # standing committee
        E(True, ["REQUEST"], [4], "وطالب الوسطاء", ["asserted"],
          source=MEDIATORS, recipient=LAJAT_SUWAYDA_ARMED, location=LAJAT_SUWAYDA, date=D("2014-09-15")),
        E(True, ["AGREE"], [4], "واتفقوا", ["asserted"],
          source=MEDIATORS, location=LAJAT_SUWAYDA, date=D("2014-09-15"), acled=AGREEMENT),
        # paragraph 5 describes the standing tension between the Lajat and western Suwayda: deliberately NO gold event
        # two students arrested at a checkpoint at the entrance of Izra' at noon
        E(True, ["COERCE"], [6], "اعتقلت", ["asserted", "reported"], mode="arrest",
          source=REGIME_150, recipient=LAJAT_STUDENTS, location=IZRA, date=D("2014-09-16"),
          attribution=["أحد أقاربهما"], acled=ARREST),
        # the FSA's mortar and rocket fire on the 12th Brigade near Izra' this afternoon
        E(True, ["ASSAULT"], [8], "استهدف", ["asserted", "reported"], mode="heavy-weapons",
          source=FSA_DARAA, recipient=REGIME_150, location=IZRA, date=D("2014-09-16"),
          attribution=["قيادي ميداني في الحر"], acled=SHELL),
        # reinforcements reported by local sources over the last two days; the feared ground campaign is
        # hypothetical (optional); the factions' silence is no event
        E(True, ["MOBILIZE"], [9], "تعزيزات عسكرية", ["reported", "rumored"], mode="troops",
          source=REGIME_NDF, location=KHALKHALA, date=D("2014-09-15", "day", ("2014-09-14", "2014-09-16")),
          attribution=["مصادر محلية"]),
        E(False, ["ASSAULT"], [9], "حملة عسكرية برية", ["hypothetical"],
          source=REGIME_NDF, location=LAJAT, date=None),
        # the evening demonstration in al-Hirak; the condemnation and the banners' demand are optional
        E(True, ["PROTEST"], [10], "مظاهرة", ["asserted"], mode="demo",
          source=HARAK_PROTESTERS, location=HARAK, date=D("2014-09-15"), acled=PEACEFUL),
        E(False, ["ACCUSE"], [10], "وندد", ["asserted"],
          source=HARAK_PROTESTERS, recipient=INTL_COMMUNITY, location=HARAK, date=D("2014-09-15")),
        E(False, ["REQUEST"], [10], "لافتات تطالب", ["asserted"],
          source=HARAK_PROTESTERS, location=HARAK, date=D("2014-09-15")),
        # background: three children killed on 8 August by barrel bombs on al-Shumara (no actor named in the
        # paragraph); the near-daily bombing since the start of the year and the displacement are generic
        E(True, ["ASSAULT"], [11], "قُتلوا", ["historical", "asserted"], mode="aerial",
          recipient=SHUMARA_CHILDREN, location=SHUMARA, date=D("2014-08-08"), fatalities=3, acled=AIR),
    ],
)
