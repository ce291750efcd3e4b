"""Gold of article 283: Derbasiyah and Amuda (Hasakah, Syria), Tal Tamr and its villages, Qamishli, Tal Hamis,
Ras al-Ayn and Tal Abyad, a news agency of the Kurdish-led administration, 2022-08-17 (Wed)."""
from actors_places import (
    AANES,
    AANES_SOCIAL,
    AMUDA,
    AMUDA_SUSPECTS,
    ASAYISH,
    ASAYISH_VICTIMS,
    DARDARA_UMM_KAYF,
    DERBASIYAH_AMUDA_ROAD,
    KONGRA_STAR,
    QAMISHLI,
    RAS_AIN_TAL_ABYAD,
    RUS_MIL,
    RUS_US,
    SDF,
    SDF_COMMANDER,
    TAL_HAMIS,
    TAL_HAMIS_VICTIM,
    TAL_TAMR,
    TAL_TAMR_DISPLACED,
    TAL_TAMR_MC,
    TAL_TAMR_VILLAGERS,
    TR_AND_SNA,
    TR_ARMY,
    TR_RUS_US,
)
from common import AGREEMENT, AIR, ARREST, CLASH, PEACEFUL, SHELL, D, E, paras_of

SLUG = "derbasiyah_2022_amuda_tal_tamr_qamishli_tal_hamis"
TODAY = D("2022-08-17")
YESTERDAY = D("2022-08-16")
SINCE_YESTERDAY = D("2022-08-17", "day", ("2022-08-16", "2022-08-17"))
OCT_2019 = D("2019-10-20", "month", ("2019-10-01", "2019-10-31"))
ARTICLE = dict(
    id="team57-283", slug=SLUG, published="2022-08-17",
    outlet="Kaniya news agency of the Kurdish-led administration (fictional)",
    paras=paras_of(f"283_{SLUG}.txt"),
    events=[
        # the Turkish drone strike on an Asayish car on the Derbasiyah–Amuda road «مساء أمس الثلاثاء»:
        # headline 0 and lead 1 (the Asayish command: three), the follow-up 5 (a witness; a medical source at
        # Derbasiyah hospital: two charred bodies) and the Turkish ministry's retelling 6 («neutralised five»)
        # → 3 vs 2 vs 5 → 2
        E(True, ["ASSAULT"], [0, 1, 5, 6], "استهدفت طائرة مسيّرة", ["asserted", "reported"], mode="aerial",
          source=TR_ARMY, recipient=ASAYISH_VICTIMS, location=DERBASIYAH_AMUDA_ROAD, date=YESTERDAY,
          fatalities=2,
          attribution=["القيادة العامة لقوى الأمن الداخلي", "شاهد عيان", "مصدر طبي في مشفى الدرباسية",
                       "وزارة الدفاع التركية"], acled=AIR, tpara=1),
        # the Turkish army's and its allies' shelling of two villages of Tal Tamr (one event; headline) and
        # the Tal Tamr Military Council's return fire (reported); the families' flight is no event
        E(True, ["ASSAULT"], [0, 2], "قصف جيش الاحتلال", ["asserted"], mode="heavy-weapons",
          source=TR_AND_SNA, recipient=TAL_TAMR_VILLAGERS, location=DARDARA_UMM_KAYF, date=TODAY, acled=SHELL,
          tpara=2),
        E(True, ["ASSAULT"], [2], "وردّت قوات", ["reported", "asserted"], mode="firearms",
          source=TAL_TAMR_MC, recipient=TR_AND_SNA, location=TAL_TAMR, date=TODAY,
          attribution=["المركز الإعلامي للمجلس"], acled=CLASH),
        # paragraph 3 (Derbasiyah on the border, its farms and power cuts) holds no event
        # the administration's blame of Turkey and its demand to the two guarantors; the October 2019
        # ceasefire understandings, in a relative clause, optional, historical
        E(True, ["ACCUSE"], [4], "وحمّلت", ["asserted"],
          source=AANES, recipient=TR_ARMY, date=SINCE_YESTERDAY),
        E(True, ["REQUEST"], [4], "وطالبت", ["asserted"],
          source=AANES, recipient=RUS_US, date=SINCE_YESTERDAY),
        E(False, ["AGREE"], [4], "وقف إطلاق النار", ["historical"],
          source=TR_RUS_US, date=OCT_2019, acled=AGREEMENT),
        # the Turkish ministry's vow without a condition (optional)
        E(False, ["THREATEN"], [6], "وتوعّدت", ["asserted", "reported"], mode="violence",
          source=TR_ARMY, date=SINCE_YESTERDAY),
        # a senior SDF commander killed by a drone near Amuda, rumoured by pro-Turkish accounts and denied by
        # the SDF
        E(True, ["ASSAULT"], [7], "مقتل قيادي", ["rumored", "negated", "reported"], mode="aerial",
          source=TR_ARMY, recipient=SDF_COMMANDER, location=AMUDA, date=SINCE_YESTERDAY,
          attribution=["حسابات مقربة من فصائل «الجيش الوطني»", "المركز الإعلامي لقوات سوريا الديمقراطية"],
          acled=AIR),
        # the SDF's conditional warning (made: asserted); the self-defence it foresees optional, hypothetical
        E(True, ["THREATEN"], [8], "وحذّرت", ["asserted"], mode="violence",
          source=SDF, recipient=TR_ARMY, date=SINCE_YESTERDAY),
        E(False, ["ASSAULT"], [8], "ستستخدم", ["hypothetical"], mode="firearms",
          source=SDF, recipient=TR_ARMY, date=None),
        # the Asayish raid in Amuda and its three arrests (one event; the charge is its content)
        E(True, ["COERCE"], [9], "ألقت قوى الأمن الداخلي", ["asserted", "reported"], mode="arrest",
          source=ASAYISH, recipient=AMUDA_SUSPECTS, location=AMUDA, date=TODAY, attribution=["مصدر أمني"],
          acled=ARREST),
        # Kongra Star's sit-in at the UN office in Qamishli and the demand read there (the banners'
        # condemnation is no new event)
        E(True, ["PROTEST"], [10], "اعتصاماً", ["asserted"], mode="demo",
          source=KONGRA_STAR, location=QAMISHLI, date=SINCE_YESTERDAY, acled=PEACEFUL),
        E(True, ["REQUEST"], [10], "طالبت فيه", ["asserted"],
          source=KONGRA_STAR, location=QAMISHLI, date=SINCE_YESTERDAY),
        # paragraph 11 (the year's drone strikes, an aggregate) holds no event background at another place: a
        # drone strike on a motorcycle near Tal Hamis «ظهر الخميس الماضي» (core, historical, 1); the 2019
        # occupation of Ras al-Ayn and Tal Abyad optional, historical
        E(True, ["ASSAULT"], [12], "استهدفت", ["historical", "asserted"], mode="aerial",
          source=TR_ARMY, recipient=TAL_HAMIS_VICTIM, location=TAL_HAMIS, date=D("2022-08-11"), fatalities=1,
          acled=AIR),
        E(False, ["ASSAULT"], [12], "احتلوا", ["historical"], mode="firearms",
          source=TR_AND_SNA, location=RAS_AIN_TAL_ABYAD, date=OCT_2019, acled=CLASH),
        # the social affairs authority's food baskets from tomorrow (planned)
        E(True, ["AID"], [13], "توزيع سلال", ["planned"], mode="humanitarian",
          source=AANES_SOCIAL, recipient=TAL_TAMR_DISPLACED, location=TAL_TAMR, date=D("2022-08-18"),
          attribution=["الرئيسة المشتركة للهيئة"]),
        # the Russian delegation's meeting with the Tal Tamr Military Council (reported; the Russians' silence
        # negates nothing)
        E(True, ["CONSULT"], [14], "التقى وفد", ["reported", "asserted"], mode="visit",
          source=RUS_MIL, recipient=TAL_TAMR_MC, location=TAL_TAMR, date=TODAY,
          attribution=["المركز الإعلامي للمجلس"]),
        # paragraph 15 (a wary calm on the front lines) holds no event
    ],
)
