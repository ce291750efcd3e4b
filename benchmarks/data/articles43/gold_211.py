"""Gold of article 211: Ras al-Ayn (Serêkaniyê), Umm al-Kayf (Tell Tamr), ad-Darbasiyah, al-Qamishli and al-Hasakah,
a Kurdish-leaning local news site of al-Hasakah, 2019-11-20 (Wed). No dateline."""
from actors_places import (
                           AANES,
                           DARB_RESIDENTS,
                           DARBASIYAH,
                           HAMZA,
                           HASAKAH,
                           HASAKAH_DISPLACED,
                           HOUSE_OWNERS,
                           PKK_YPG,
                           QAMISHLI,
                           RAS_AYN,
                           RAS_AYN_SOUTH,
                           RAS_DISPLACED,
                           RAS_FAMILIES,
                           RAS_YOUTHS,
                           RU_TR_PATROL,
                           RU_US,
                           SDF,
                           SDF_SNA,
                           SULTAN_MURAD_SNA,
                           TELL_TAMR,
                           TR_ARMY,
                           TR_MOD,
                           TR_SNA,
                           TR_STATE,
                           TR_VEHICLES,
                           UMM_KAYF,
                           UMM_KAYF_CIV,
                           UMM_KAYF_DARDARA,
                           UN,
                           WFP,
)
from common import ABDUCTION, CLASH, PEACEFUL, RIOT, SHELL, D, E, paras_of

SLUG = "ras_al_ayn_umm_al_kayf_tell_tamr_darbasiyah"
ARTICLE = dict(
    id="team43-211", slug=SLUG, published="2019-11-20", outlet="Khabur Post news site (fictional)",
    paras=paras_of(f"211_{SLUG}.txt"),
    events=[
        # the shelling of Umm al-Kayf «مساء أمس الثلاثاء»: headline 0, lead 1 (the site's correspondent), retold in 9
        # with the victims' names (Kurdish Red Crescent: 3) and the Observatory's count (4) → the lowest, 3
        E(True, ["ASSAULT"], [0, 1, 9], "قصف مدفعي وصاروخي", ["asserted", "reported"], mode="heavy-weapons",
          source=TR_SNA, recipient=UMM_KAYF_CIV, location=UMM_KAYF, date=D("2019-11-19"), fatalities=3,
          attribution=["مراسل «خابور بوست»", "الهلال الأحمر الكردي", "المرصد السوري لحقوق الإنسان"], acled=SHELL,
          tpara=1),
        # the SDF's reply and the night-long clash with the SNA factions (two-sided: both are sources)
        E(True, ["ASSAULT"], [2], "اشتباكات عنيفة", ["asserted"], mode="firearms",
          source=SDF_SNA, location=UMM_KAYF_DARDARA, date=D("2019-11-19", "day", ("2019-11-19", "2019-11-20")),
          acled=CLASH),
        # the abduction of four young men in Ras al-Ayn «صباح الإثنين» (headline 0), told by a Facebook page; the house
        # raid that went with it is optional
        E(True, ["ASSAULT"], [0, 3], "اختطاف", ["asserted", "reported"], mode="abduct",
          source=HAMZA, recipient=RAS_YOUTHS, location=RAS_AYN, date=D("2019-11-18"),
          attribution=["صفحة «سري كانيه تحت الاحتلال» على فيسبوك"], acled=ABDUCTION, tpara=3),
        E(False, ["COERCE"], [3], "داهموا", ["asserted", "reported"],
          source=HAMZA, recipient=RAS_YOUTHS, location=RAS_AYN, date=D("2019-11-18")),
        # the kidnappers' ransom demand to the families (between Monday and the report); their charge against the young
        # men optional; the SDF's withdrawal from the town last month optional, historical; the rise of kidnappings is
        # generic (no event)
        E(True, ["REQUEST"], [4], "وطالبوهم", ["asserted", "reported"],
          source=HAMZA, recipient=RAS_FAMILIES, location=RAS_AYN,
          date=D("2019-11-19", "week", ("2019-11-18", "2019-11-20")), attribution=["الصفحة ذاتها"]),
        E(False, ["ACCUSE"], [4], "متهمين إياهم", ["asserted", "reported"],
          source=HAMZA, recipient=RAS_YOUTHS, location=RAS_AYN),
        E(False, ["RETREAT"], [4], "انسحاب قوات سوريا الديمقراطية", ["historical"], mode="withdraw",
          source=SDF, location=RAS_AYN, date=D("2019-10-20")),
        # houses seized by the factions, told by activists' photos and local sources (undated: since the takeover)
        E(True, ["COERCE"], [5], "استولوا", ["reported", "asserted"], mode="confiscate",
          source=SULTAN_MURAD_SNA, recipient=HOUSE_OWNERS, location=RAS_AYN,
          date=D("2019-11-10", "month", ("2019-10-20", "2019-11-20")), attribution=["ناشطون", "مصادر محلية"]),
        # paragraph 6 describes the town: deliberately NO gold event
        # the joint Russian-Turkish patrol near ad-Darbasiyah (COOPERATE), the villagers' stoning of the Turkish vehicles
        # (a riot, told by videos) and the soldiers' tear gas (optional); the Sochi understanding recalled (optional)
        E(True, ["COOPERATE"], [7], "دورية مشتركة", ["asserted"],
          source=RU_TR_PATROL, location=DARBASIYAH, date=D("2019-11-19")),
        E(False, ["AGREE"], [7], "تفاهم سوتشي", ["historical"], date=D("2019-10-22")),
        E(True, ["PROTEST"], [7], "ورشق", ["reported", "asserted"], mode="riot",
          source=DARB_RESIDENTS, recipient=TR_VEHICLES, location=DARBASIYAH, date=D("2019-11-19"),
          attribution=["مقاطع مصورة تداولها ناشطون"], acled=RIOT),
        E(False, ["ASSAULT"], [7], "بإطلاق قنابل الغاز", ["reported", "asserted"],
          source=TR_ARMY, recipient=DARB_RESIDENTS, location=DARBASIYAH, date=D("2019-11-19")),
        # the Autonomous Administration's condemnation and accusation of Turkey (one ACCUSE) and its demand to the two
        # guarantors
        E(True, ["ACCUSE"], [8], "وأدانت", ["asserted"],
          source=AANES, recipient=TR_STATE, date=D("2019-11-19")),
        E(True, ["REQUEST"], [8], "مطالبة", ["asserted"],
          source=AANES, recipient=RU_US, date=D("2019-11-19")),
        # the Turkish ministry's accusation (the twelve attacks in 48 hours are an aggregate; its «neutralised» claim is
        # optional) and the SDF's denial (optional)
        E(True, ["ACCUSE"], [10], "اتهمت", ["asserted", "reported"],
          source=TR_MOD, recipient=PKK_YPG, date=D("2019-11-20", "day", ("2019-11-19", "2019-11-20"))),
        E(False, ["ASSAULT"], [10], "حيّدت", ["reported", "generic"], source=TR_MOD, recipient=PKK_YPG),
        E(False, ["REJECT"], [11], "ونفى", ["asserted"], source=SDF, recipient=TR_MOD,
          date=D("2019-11-20", "day", ("2019-11-19", "2019-11-20"))),
        # the displaced people's sit-in before the UN office in al-Qamishli «يوم الإثنين» and their demand
        E(True, ["PROTEST"], [12], "وقفة احتجاجية", ["asserted"], mode="demo",
          source=RAS_DISPLACED, recipient=UN, location=QAMISHLI, date=D("2019-11-18"), acled=PEACEFUL),
        E(True, ["REQUEST"], [12], "وطالبوا", ["asserted"],
          source=RAS_DISPLACED, recipient=UN, location=QAMISHLI, date=D("2019-11-18")),
        # the WFP convoy to the shelters of al-Hasakah «أمس»
        E(True, ["AID"], [13], "قافلة مساعدات", ["asserted", "reported"], mode="humanitarian",
          source=WFP, recipient=HASAKAH_DISPLACED, location=HASAKAH, date=D("2019-11-19"),
          attribution=["عضو في هيئة الشؤون الاجتماعية والعمل"]),
        # Turkish reinforcements told by local sources (unverified); the feared attack on Tell Tamr optional
        E(True, ["MOBILIZE"], [14], "تعزيزات تركية", ["reported", "rumored"], mode="troops",
          source=TR_ARMY, location=RAS_AYN_SOUTH, date=D("2019-11-19", "day", ("2019-11-18", "2019-11-20")),
          attribution=["مصادر محلية في تل تمر"]),
        E(False, ["ASSAULT"], [14], "لهجوم", ["hypothetical"], source=TR_ARMY, location=TELL_TAMR),
        # background: the October 2019 operation, the 2012 battles and the truce that ended them (all optional)
        E(False, ["ASSAULT"], [15], "عملية عسكرية", ["historical"], mode="heavy-weapons",
          source=TR_SNA, location=RAS_AYN, date=D("2019-10-09")),
        E(False, ["ASSAULT"], [15], "معارك", ["historical"], mode="firearms", location=RAS_AYN,
          date=D("2012-11-15", "month", ("2012-10-01", "2012-12-31")), acled=CLASH),
        E(False, ["AGREE"], [15], "بهدنة", ["historical"]),
    ],
)
