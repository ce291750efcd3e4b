"""Gold of article 239: Khartoum, Khartoum North (Bahri) and Omdurman, and Wad Madani, a Sudanese electronic newspaper,
2022-02-15 (Tue)."""
from actors_places import (
                           BAHRI,
                           BAHRI_HOSP,
                           BAHRI_PROTESTER,
                           BAHRI_WOUNDED,
                           FFC,
                           INTL,
                           KHARTOUM,
                           KRT_BRIDGES,
                           KRT_PROTESTERS,
                           MEDANI_PROTESTER,
                           OMD_DETAINEES,
                           OMDURMAN,
                           PALACE_ST,
                           RCS,
                           SD_COUP,
                           SD_POLICE,
                           SD_POLICE_CHIEF,
                           SD_RIOTERS,
                           SD_ROAD_BLOCKERS,
                           SD_SEC,
                           SPA,
                           UNITAMS,
                           WAD_MADANI,
)
from common import ARREST, EXCESSIVE, OTHER, PEACEFUL, RIOT, D, E, paras_of

SLUG = "khartoum_2022_bahri_march_omdurman_arrests_unitams"
TODAY = D("2022-02-15", "day", ("2022-02-14", "2022-02-15"))  # statements without a day
ARTICLE = dict(
    id="team48-239", slug=SLUG, published="2022-02-15", outlet="Marafi' electronic newspaper (fictional)",
    paras=paras_of(f"239_{SLUG}.txt"),
    events=[
        # the protester shot dead in Bahri: headline 0 («برصاص قوات الانقلاب»), lead 1 (the doctors' committee: 1),
        # ¶10 (a resistance committee's second death, unconfirmed by the doctors) → 1; the police's denial of live
        # fire in ¶6 negates nothing
        E(True, ["ASSAULT"], [0, 1, 10], "بطلق ناري", ["asserted", "reported"], mode="firearms",
          source=SD_SEC, recipient=BAHRI_PROTESTER, location=BAHRI, date=D("2022-02-14"), fatalities=1,
          attribution=["لجنة أطباء السودان المركزية", "لجنة مقاومة الشعبية"], acled=EXCESSIVE, tpara=1),
        # the marches in the three cities (one PROTEST event for the capital); the slogans' demand is optional
        E(True, ["PROTEST"], [1], "مواكب حاشدة", ["asserted"], mode="demo",
          source=KRT_PROTESTERS, location=KHARTOUM, date=D("2022-02-14"), acled=PEACEFUL),
        E(False, ["REQUEST"], [1], "شعارات تطالب", ["asserted"],
          source=KRT_PROTESTERS, location=KHARTOUM, date=D("2022-02-14")),
        # tear gas and stun grenades on the march to the palace (witnesses)
        E(True, ["ASSAULT", "COERCE"], [2], "أطلقت", ["asserted", "reported"], mode="beat",
          source=SD_SEC, recipient=KRT_PROTESTERS, location=PALACE_ST, date=D("2022-02-14"),
          attribution=["شهود عيان"], acled=EXCESSIVE),
        # the bridges closed with containers since Sunday evening («وكانت … قد», but the day before: asserted)
        E(True, ["COERCE"], [3], "أغلقت", ["asserted", "historical"], mode="restrict",
          source=SD_SEC, location=KRT_BRIDGES, date=D("2022-02-13"), acled=OTHER),
        # 23 arrested in Omdurman «على يد» a joint force (headline 0)
        E(True, ["COERCE"], [0, 4], "اعتُقل", ["asserted", "reported"], mode="arrest",
          source=SD_SEC, recipient=OMD_DETAINEES, location=OMDURMAN, date=D("2022-02-14"),
          attribution=["محامو الطوارئ"], acled=ARREST, tpara=4),
        # background «وكان … قد»: a protester killed by a gas canister in Wad Madani on Thursday evening (core,
        # historical, 1; no perpetrator named)
        E(True, ["ASSAULT"], [5], "قُتل", ["historical", "asserted", "reported"], mode="beat",
          recipient=MEDANI_PROTESTER, location=WAD_MADANI, date=D("2022-02-10"), fatalities=1,
          attribution=["لجنة الأطباء المركزية"], acled=EXCESSIVE),
        # the police's claim of 38 policemen hurt by stones «من قبل» infiltrators (optional, reported)
        E(False, ["ASSAULT"], [6], "رشقهم", ["reported"], mode="beat",
          source=SD_RIOTERS, recipient=SD_POLICE, date=D("2022-02-14"),
          attribution=["بيان الشرطة"], acled=RIOT),
        # the FFC's blame and demand, one sentence
        E(True, ["ACCUSE"], [7], "وحمّلت", ["asserted"],
          source=FFC, recipient=SD_COUP, date=TODAY),
        E(True, ["REQUEST"], [7], "وطالبت", ["asserted"],
          source=FFC, recipient=INTL, date=TODAY),
        # paragraph 8 (transport paralysed) holds no event
        # UNITAMS's head meets the SPA (CONSULT); the resistance committees reject the mission's invitation (REJECT)
        E(True, ["CONSULT"], [9], "التقى", ["asserted"], mode="third-party",
          source=UNITAMS, recipient=SPA, date=D("2022-02-15")),
        E(True, ["REJECT"], [9], "رفضت", ["asserted"],
          source=RCS, recipient=UNITAMS, date=D("2022-02-15")),
        # paragraph 10 retells the Bahri killing (tolls; the funeral due this afternoon is no event)
        # the rumoured raid on Bahri Teaching Hospital, denied by the state health ministry
        E(True, ["COERCE"], [11], "اقتحام", ["rumored", "negated", "reported"], mode="arrest",
          source=SD_SEC, recipient=BAHRI_WOUNDED, location=BAHRI_HOSP, date=TODAY,
          attribution=["منصات على مواقع التواصل الاجتماعي", "وزارة الصحة بولاية الخرطوم"], acled=ARREST),
        # paragraph 12 is a generic statement (marches two or three times a week, the tally since October): NO event
        # the committees' schedule: marches on Thursday (core, planned), barricades on Saturday (optional, planned);
        # the police chief's threat in the same sentence (core)
        E(True, ["PROTEST"], [13], "بمواكب", ["planned"], mode="demo",
          source=RCS, location=PALACE_ST, date=D("2022-02-17")),
        E(False, ["PROTEST"], [13], "إغلاق الشوارع", ["planned"], mode="obstruct",
          source=RCS, location=KHARTOUM, date=D("2022-02-19")),
        E(True, ["THREATEN"], [13], "توعّد", ["asserted"], mode="arrest",
          source=SD_POLICE_CHIEF, recipient=SD_ROAD_BLOCKERS, date=TODAY),
    ],
)
