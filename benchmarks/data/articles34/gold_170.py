"""Gold of article 170: the northern Hama countryside (Mhardeh, Halfaya, Kafr Zita, al-Lataminah, Morek,
al-Suqaylabiyah, Kernaz), a loyalist news network, 2014-12-09 (Tue)."""
from actors_places import (
                           HALFAYA,
                           HAMA_AUTHORITIES,
                           HAMA_GUNMEN,
                           HAMA_GUNMEN_TARGETS,
                           HAMA_MP,
                           HAMA_RECONCILIATION,
                           HAMA_SECURITY,
                           KAFR_ZITA_VICTIMS,
                           KAFRZITA_LAT,
                           KERNAZ,
                           KERNAZ_MEN,
                           MHARDEH,
                           MHARDEH_MOURNERS,
                           MHARDEH_VICTIMS,
                           MOREK,
                           NUSRA_HAMA,
                           SAA,
                           SUQ_PUPILS,
                           SUQ_SUSPECTS,
                           SUQAYLABIYAH,
                           SY_AIR_HAMA,
                           TERROR_SPONSORS,
                           TIGER,
)
from common import AGREEMENT, AIR, ARREST, SHELL, D, E, paras_of

SLUG = "north_hama_mhardeh_halfaya_kafr_zita_morek_kernaz"
ARTICLE = dict(
    id="team34-170", slug=SLUG, published="2014-12-09",
    outlet="Ain al-Assi, loyalist news network of the Hama countryside (fictional)",
    paras=paras_of(f"170_{SLUG}.txt"),
    events=[
        # the rockets on Mhardeh this morning: headline 0, lead 1 (the network's correspondent: 2 children killed),
        # the funeral of the two «الطفلين الشهيدين» in 6 (a back-reference; the funeral itself is no event)
        E(True, ["ASSAULT"], [0, 1, 6], "ثلاث قذائف صاروخية", ["asserted", "reported"], mode="heavy-weapons",
          source=HAMA_GUNMEN, recipient=MHARDEH_VICTIMS, location=MHARDEH, date=D("2014-12-09"), fatalities=2,
          attribution=["مراسل الشبكة"], acled=SHELL, tpara=1),
        # two acts of the army in one sentence: artillery on Halfaya, and air strikes on Kafr Zita and al-Lataminah
        # (headline 0); the opposition pages' version of the strikes (barrels, 7 civilians) in 3, denied by the
        # military source as to the targets: one event, 7 the only number reported
        E(True, ["ASSAULT"], [2], "بقصف مدفعي مركّز", ["asserted", "reported"], mode="heavy-weapons",
          source=SAA, recipient=HAMA_GUNMEN_TARGETS, location=HALFAYA, date=D("2014-12-09"),
          attribution=["مصدر عسكري"], acled=SHELL),
        E(True, ["ASSAULT"], [0, 2, 3], "سلسلة غارات", ["asserted", "reported"], mode="aerial",
          source=SY_AIR_HAMA, recipient=KAFR_ZITA_VICTIMS, location=KAFRZITA_LAT, date=D("2014-12-09"),
          fatalities=7, attribution=["مصدر عسكري", "«تنسيقيات» المسلحين"], acled=AIR, tpara=2),
        # the military source's denial of the pages' claim (optional REJECT)
        E(False, ["REJECT"], [3], "نفاه", ["asserted"],
          source={"en": ["military source", "Syrian army"], "ar": ["المصدر العسكري"]}, date=D("2014-12-09")),
        # an al-Nusra leader's threat in a video circulated by the opposition pages (reported)
        E(True, ["THREATEN"], [3], "يتوعد", ["reported", "asserted"], mode="violence",
          source=NUSRA_HAMA, date=D("2014-12-09", "day", ("2014-12-08", "2014-12-09")),
          attribution=["صفحات المسلحين على مواقع التواصل الاجتماعي"]),
        # reinforcements to Morek last evening; the October recapture in a relative clause (optional, historical)
        E(True, ["MOBILIZE"], [4], "تعزيزات عسكرية جديدة", ["asserted", "reported"], mode="troops",
          source=TIGER, location=MOREK, date=D("2014-12-08"), attribution=["مصدر ميداني"]),
        E(False, ["ASSAULT"], [4], "استعادها", ["historical"], mode="firearms",
          source=SAA, location=MOREK, date=D("2014-10-23", "week", ("2014-10-20", "2014-10-31"))),
        # paragraph 5 (life in Mhardeh) holds no event
        # at the funeral: the mourners' demand and an MP's accusation
        E(True, ["REQUEST"], [6], "وطالب المشيعون", ["asserted"],
          source=MHARDEH_MOURNERS, recipient=HAMA_AUTHORITIES, location=MHARDEH, date=D("2014-12-09")),
        E(True, ["ACCUSE"], [6], "حمّل", ["asserted"],
          source=HAMA_MP, recipient=TERROR_SPONSORS, location=MHARDEH, date=D("2014-12-09")),
        # three men arrested at the al-Suqaylabiyah checkpoint last evening
        E(True, ["COERCE"], [7], "القبض", ["asserted", "reported"], mode="arrest",
          source=HAMA_SECURITY, recipient=SUQ_SUSPECTS, location=SUQAYLABIYAH, date=D("2014-12-08"),
          attribution=["مصدر أمني"], acled=ARREST),
        # the settlement of 27 men from Kernaz yesterday (AGREE); their handing over of weapons (optional RETREAT)
        E(True, ["AGREE"], [8], "سوّى", ["asserted", "reported"],
          source=KERNAZ_MEN, recipient=HAMA_RECONCILIATION, location=KERNAZ, date=D("2014-12-08"),
          attribution=["عضو في لجنة المصالحة"], acled=AGREEMENT),
        E(False, ["RETREAT"], [8], "سلّموا أسلحتهم", ["asserted"], mode="disarm",
          source=KERNAZ_MEN, location=KERNAZ, date=D("2014-12-08")),
        # the rumoured coming offensive on Kafr Zita and al-Lataminah (rumoured, planned; no official confirmation)
        E(True, ["ASSAULT"], [9], "عملية عسكرية واسعة", ["rumored", "planned"], mode="firearms",
          location=KAFRZITA_LAT, date=None, attribution=["صفحات موالية"]),
        # a mortar by a primary school in al-Suqaylabiyah «ظهر الخميس الماضي» (three pupils lightly wounded)
        E(True, ["ASSAULT"], [10], "قذيفة هاون", ["historical", "asserted"], mode="heavy-weapons",
          source=HAMA_GUNMEN, recipient=SUQ_PUPILS, location=SUQAYLABIYAH, date=D("2014-12-04"), acled=SHELL),
    ],
)
