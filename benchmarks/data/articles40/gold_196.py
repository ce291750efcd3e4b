"""Gold of article 196: Hama city (Tariq Halab, al-Arbaeen, al-Hamidiya, al-Hader), a revolutionary news network,
2012-05-08 (Tue)."""
from actors_places import (
                           AMBULANCE,
                           ARBAEEN,
                           ARBAEEN_DETAINEES,
                           ARBAEEN_RESIDENTS,
                           FOURTH_DIVISION,
                           FSA_NAWAIR,
                           HADER,
                           HADER_VICTIMS,
                           HAMA,
                           HAMA_AIRPORT,
                           HAMA_AUTHORITIES,
                           HAMA_CHECKPOINT,
                           HAMA_COORDINATIONS,
                           HAMA_GOV_BUILDING,
                           HAMA_MARKETS,
                           HAMA_MOURNERS,
                           HAMA_QUARTERS,
                           HAMA_SECURITY,
                           HAMA_SHOPKEEPERS,
                           HAMA_SNIPERS,
                           HAMA_TANKS,
                           HAMIDIYA,
                           HAMIDIYA_PROTESTERS,
                           POLICE_SERGEANT,
                           POLITICAL_SECURITY,
                           SABUNIYA,
                           SABUNIYA_GUNMEN,
                           SETTLED_MEN,
                           SY_REGIME,
                           TARIQ_HALAB,
                           TARIQ_HALAB_CHECKPOINT,
                           UN_OBSERVERS,
)
from common import ARREST, ATTACK, CLASH, EXCESSIVE, D, E, paras_of

SLUG = "hama_2012_tariq_halab_snipers_arbaeen_raid_observers"
ARTICLE = dict(
    id="team40-196", slug=SLUG, published="2012-05-08", outlet="Nawa'ir Hama news network (fictional)",
    paras=paras_of(f"196_{SLUG}.txt"),
    events=[
        # the snipers' fire on mourners in Tariq Halab yesterday evening: headline 0, lead 1, and the wounded man's
        # account 7, which names the snipers' branch (one event); two killed
        E(True, ["ASSAULT"], [0, 1, 7], "برصاص قناصة", ["asserted", "reported"], mode="firearms",
          source=HAMA_SNIPERS, recipient=HAMA_MOURNERS, location=TARIQ_HALAB, date=D("2012-05-07"), fatalities=2,
          attribution=["تنسيقية حي طريق حلب", "أحد المصابين الثلاثة"], acled=ATTACK, tpara=1),
        # the dawn raid on al-Arbaeen: storming, house raids and at least seventeen arrests are one COERCE (headline 0);
        # the smashed furniture and the seized computers are part of the raid (optional, in case a system splits them)
        E(True, ["COERCE"], [0, 2], "واعتقلت", ["asserted"], mode="arrest",
          source=HAMA_SECURITY, recipient=ARBAEEN_DETAINEES, location=ARBAEEN, date=D("2012-05-08"),
          attribution=["مراسلنا في الحي"], acled=ARREST, tpara=2),
        E(False, ["COERCE"], [2], "وصادروا", ["asserted"], mode="confiscate",
          source=HAMA_SECURITY, location=ARBAEEN, date=D("2012-05-08")),
        E(False, ["ASSAULT"], [2], "حطّموا", ["asserted"], mode="destroy",
          source=HAMA_SECURITY, location=ARBAEEN, date=D("2012-05-08")),
        # yesterday's tour of the UN observers and their meeting with residents and detainees' families (visit), and
        # the residents' demand for a permanent base; the handed-over lists are no event
        E(True, ["CONSULT"], [3], "والتقى", ["asserted"], mode="visit",
          source=UN_OBSERVERS, recipient=ARBAEEN_RESIDENTS, location=HAMA_QUARTERS, date=D("2012-05-07")),
        E(True, ["REQUEST"], [3], "وطالبوه", ["asserted"],
          source=ARBAEEN_RESIDENTS, recipient=UN_OBSERVERS, location=HAMA_QUARTERS, date=D("2012-05-07")),
        # the night demonstration in al-Hamidiya, attacked by security patrols (live fire: one wounded) and two arrests;
        # ACLED codes the whole as one protest met with excessive force; the chanted demand is optional
        E(True, ["PROTEST"], [4], "مظاهرة ليلية", ["asserted", "reported"], mode="demo",
          source=HAMIDIYA_PROTESTERS, location=HAMIDIYA, date=D("2012-05-07"),
          attribution=["لجان التنسيق المحلية"], acled=EXCESSIVE),
        E(False, ["REQUEST"], [4], "وتطالب بإسقاط النظام", ["asserted"],
          source=HAMIDIYA_PROTESTERS, recipient=SY_REGIME, location=HAMIDIYA, date=D("2012-05-07")),
        E(True, ["ASSAULT"], [4], "تهاجمها", ["asserted", "reported"], mode="firearms",
          source=HAMA_SECURITY, recipient=HAMIDIYA_PROTESTERS, location=HAMIDIYA, date=D("2012-05-07"),
          attribution=["لجان التنسيق المحلية"]),
        E(True, ["COERCE"], [4], "واعتقال اثنين", ["asserted", "reported"], mode="arrest",
          source=HAMA_SECURITY, recipient=HAMIDIYA_PROTESTERS, location=HAMIDIYA, date=D("2012-05-07"),
          attribution=["لجان التنسيق المحلية"]),
        # SANA's version: an assassination in al-Sabuniya (reported), and a pursuit ending with two killed in al-Hader;
        # the activist of 8 denies any clash and says the two were arrested and shot: one killing, two versions
        # (reported); the arrests SANA and the activist speak of are optional
        E(True, ["ASSAULT"], [5], "اغتالت", ["reported"], mode="assassinate",
          source=SABUNIYA_GUNMEN, recipient=POLICE_SERGEANT, location=SABUNIYA, date=D("2012-05-07"), fatalities=1,
          attribution=["سانا عن مصدر في محافظة حماة"], acled=ATTACK),
        E(True, ["ASSAULT"], [5, 8], "مقتل اثنين منهم", ["reported"], mode="execute",
          source=HAMA_AUTHORITIES, recipient=HADER_VICTIMS, location=HADER, date=D("2012-05-07"), fatalities=2,
          attribution=["سانا عن مصدر في محافظة حماة", "ناشط في تنسيقية الحي"], acled=ATTACK),
        E(False, ["COERCE"], [5], "والقبض على ثلاثة", ["reported"], mode="arrest",
          source=HAMA_AUTHORITIES, location=HADER, date=D("2012-05-07")),
        E(False, ["COERCE"], [8], "اعتقلتهما", ["reported"], mode="arrest",
          source=HAMA_AUTHORITIES, recipient=HADER_VICTIMS, location=HADER, date=D("2012-05-07")),
        # SANA: twenty-eight men «settled» during the past week (the authorities' settlement, reported); their
        # surrender and release are parts of it (optional)
        E(True, ["AGREE", "RETREAT"], [5], "تسوية أوضاعهم", ["reported"],
          source=HAMA_AUTHORITIES, recipient=SETTLED_MEN, location=HAMA,
          date=D("2012-05-03", "week", ("2012-04-29", "2012-05-07")), attribution=["سانا عن مصدر في محافظة حماة"]),
        E(False, ["RETREAT"], [5], "سلّموا أنفسهم", ["reported"], mode="disarm",
          source=SETTLED_MEN, recipient=HAMA_AUTHORITIES, location=HAMA,
          date=D("2012-05-03", "week", ("2012-04-29", "2012-05-07"))),
        # paragraph 6 is a generic statement (habits, a square that used to fill every Friday): NO gold event
        # the checkpoint kept the ambulance from the dying student (COERCE restrict), told by the wounded man
        E(True, ["COERCE"], [7], "منع عناصر الحاجز", ["reported", "asserted"], mode="restrict",
          source=TARIQ_HALAB_CHECKPOINT, recipient=AMBULANCE, location=TARIQ_HALAB, date=D("2012-05-07"),
          attribution=["أحد المصابين الثلاثة"]),
        # the coordination committees' call (optional) for a general strike tomorrow (planned), and the Political
        # Security's threat to the shopkeepers this afternoon; the threatened breaking of locks is hypothetical
        E(True, ["PROTEST"], [9], "إضراب عام", ["planned"], mode="strike",
          source=HAMA_COORDINATIONS, location=HAMA, date=D("2012-05-09")),
        E(False, ["REQUEST"], [9], "ودعت", ["asserted"],
          source=HAMA_COORDINATIONS, location=HAMA, date=D("2012-05-08")),
        E(True, ["THREATEN"], [9], "وتهديد أصحابها", ["reported"], mode="confiscate",
          source=POLITICAL_SECURITY, recipient=HAMA_SHOPKEEPERS, location=HAMA_MARKETS, date=D("2012-05-08"),
          attribution=["ناشطون"]),
        E(False, ["COERCE"], [9], "خلع الأقفال", ["hypothetical"], mode="confiscate",
          source=POLITICAL_SECURITY, recipient=HAMA_SHOPKEEPERS, location=HAMA_MARKETS, date=D("2012-05-09")),
        # the FSA battalion's claimed RPG attack on a checkpoint (reported, unverified: three killed by its claim)
        # and its spokesman's threat
        E(True, ["ASSAULT"], [10], "استهداف حاجز", ["reported"], mode="heavy-weapons",
          source=FSA_NAWAIR, recipient=HAMA_CHECKPOINT, location=HAMA_GOV_BUILDING, date=D("2012-05-07"),
          fatalities=3, attribution=["تسجيل مصوّر على يوتيوب"], acled=CLASH),
        E(True, ["THREATEN"], [10], "توعّد", ["reported", "asserted"], mode="violence",
          source=FSA_NAWAIR, recipient=HAMA_CHECKPOINT, location=HAMA,
          date=D("2012-05-08", "day", ("2012-05-07", "2012-05-08")), attribution=["تسجيل مصوّر على يوتيوب"]),
        # loyalist pages' rumour of Fourth Division reinforcements at Hama airport (rumored, unconfirmed); the feared
        # storming (hypothetical) and the July 2011 storming recalled (historical) are optional
        E(True, ["MOBILIZE"], [11], "تعزيزات عسكرية", ["rumored"], mode="troops",
          source=FOURTH_DIVISION, location=HAMA_AIRPORT, date=None, attribution=["صفحات موالية على فيسبوك"]),
        E(False, ["ASSAULT"], [11], "«تطهير»", ["hypothetical"],
          source=FOURTH_DIVISION, location=HAMA, date=None),
        E(False, ["ASSAULT"], [11], "اقتحمت الدبابات", ["historical"], mode="heavy-weapons",
          source=HAMA_TANKS, location=HAMA, date=D("2011-07-31"), fatalities=12),
    ],
)
