"""Gold of article 120: Jericho and the central Jordan Valley (Aqabat Jabr camp, Ras Ein al-Auja, Jericho city, the
Karama crossing, Fasayil, al-Nuwei'ma), a Palestinian local site, 2023-05-20 (Sat)."""
from actors_places import (
    AQABAT_BODY,
    AQABAT_DETAINEES,
    AQABAT_FAMILIES,
    AQABAT_GUNMEN,
    AQABAT_JABR,
    AQABAT_THREE,
    AQABAT_YOUTHS,
    AUJA_BROTHERS,
    AUJA_FAMILIES,
    AUJA_HERDERS,
    AUJA_HOSTS,
    EU_DELEGATION,
    FASAYIL,
    FASAYIL_FAMILIES,
    IL_ARMY,
    IL_GOV,
    JERICHO,
    JERICHO_FACTIONS,
    JERICHO_RESIDENTS,
    JERICHO_SOUTH,
    JERICHO_YOUTHS,
    KARAMA,
    NUWEIMA,
    NUWEIMA_MAN,
    PA_PRESIDENCY,
    PA_SECURITY,
    RAS_AUJA,
    SETTLERS,
    TRAVELLERS,
    UNRWA,
    US_ADMIN,
)
from common import ARREST, ATTACK, OTHER, PEACEFUL, RIOT, D, E, paras_of

SLUG = "jericho_aqabat_jabr_ras_ein_al_auja_karama_crossing_fasayil"
ARTICLE = dict(
    id="team24-120", slug=SLUG, published="2023-05-20", outlet="Nafidhat Ariha news site (fictional)",
    paras=paras_of(f"120_{SLUG}.txt"),
    events=[
        # the killing of two young men in Aqabat Jabr: headline 0, lead 1, the follow-up 8 (the army's claim that its
        # men «returned fire» and the camp committee's denial retell the same shooting: one event)
        E(True, ["ASSAULT"], [0, 1, 8], "برصاص قوات الاحتلال", ["asserted", "reported"], mode="firearms",
          source=IL_ARMY, recipient=AQABAT_YOUTHS, location=AQABAT_JABR, date=D("2023-05-20"), fatalities=2,
          attribution=["وزارة الصحة الفلسطينية", "بيان جيش الاحتلال", "اللجنة الشعبية للمخيم"], acled=ATTACK,
          tpara=1),
        # in the same lead sentence, the raid's arrests (the house searches are the same act)
        E(True, ["COERCE"], [1], "واعتقلت", ["asserted", "reported"], mode="arrest",
          source=IL_ARMY, recipient=AQABAT_DETAINEES, location=AQABAT_JABR, date=D("2023-05-20"),
          attribution=["نادي الأسير الفلسطيني"], acled=ARREST),
        # the presidency's condemnation (with a blame: one ACCUSE) and its demand to the US administration, through
        # the official agency
        E(True, ["ACCUSE"], [2], "ودانت", ["asserted", "reported"],
          source=PA_PRESIDENCY, recipient=IL_GOV, date=D("2023-05-20"), attribution=["وفا"]),
        E(True, ["REQUEST"], [2], "وطالبت", ["asserted", "reported"],
          source=PA_PRESIDENCY, recipient=US_ADMIN, date=D("2023-05-20"), attribution=["وفا"]),
        # one sentence, two events at Ras Ein al-Auja: the settlers' attack (headline 0; beating the herders and
        # driving flocks into fields are the same act) and the army's arrest of two brothers who stood up to them
        E(True, ["ASSAULT"], [0, 3], "هاجم مستوطنون", ["asserted", "reported"], mode="beat",
          source=SETTLERS, recipient=AUJA_HERDERS, location=RAS_AUJA, date=D("2023-05-19"),
          attribution=["مسؤول في هيئة مقاومة الجدار والاستيطان"], acled=ATTACK, tpara=3),
        E(True, ["COERCE"], [3], "تعتقل", ["asserted", "reported"], mode="arrest",
          source=IL_ARMY, recipient=AUJA_BROTHERS, location=RAS_AUJA, date=D("2023-05-19"),
          attribution=["مسؤول في هيئة مقاومة الجدار والاستيطان"], acled=ARREST),
        # the cordon around Jericho (closed entrances and checkpoints: one COERCE restrict); the queues are its effect
        E(True, ["COERCE"], [4], "طوقاً عسكرياً", ["asserted", "reported"], mode="restrict",
          source=IL_ARMY, recipient=JERICHO_RESIDENTS, location=JERICHO, date=D("2023-05-20"),
          attribution=["مراسل «نافذة أريحا»"], acled=OTHER),
        # the mourning strike in the city and its camps (no organiser named) and the confrontations at the southern
        # entrance (stones against gas and rubber-coated bullets: a riot; ASSAULT accepted for the soldiers' fire)
        E(True, ["PROTEST"], [5], "الإضراب الشامل", ["asserted"], mode="strike",
          location=JERICHO, date=D("2023-05-20"), acled=PEACEFUL),
        E(True, ["PROTEST", "ASSAULT"], [5], "مواجهات", ["asserted", "reported"], mode="riot",
          source=JERICHO_YOUTHS, recipient=IL_ARMY, location=JERICHO_SOUTH, date=D("2023-05-20"),
          attribution=["جمعية الهلال الأحمر الفلسطيني"], acled=RIOT),
        # the Karama crossing reopened (RETREAT access); its closure since dawn, told in a subordinate clause, is
        # optional (COERCE restrict)
        E(True, ["RETREAT"], [6], "فتح", ["asserted", "reported"], mode="access",
          source=IL_ARMY, recipient=TRAVELLERS, location=KARAMA, date=D("2023-05-20"),
          attribution=["الإدارة العامة للمعابر والحدود الفلسطينية"]),
        E(False, ["COERCE"], [6], "إغلاقه", ["asserted"], mode="restrict",
          source=IL_ARMY, location=KARAMA, date=D("2023-05-20")),
        # the EU delegation's visit to Ras Ein al-Auja with the governor and its head's pledge (AGREE: a commitment to
        # act); the tents themselves are future (optional, planned AID)
        E(True, ["CONSULT"], [7], "وزار", ["asserted"], mode="visit",
          source=EU_DELEGATION, recipient=AUJA_HOSTS, location=RAS_AUJA, date=D("2023-05-20")),
        E(True, ["AGREE"], [7], "وتعهّد", ["asserted", "reported"],
          source=EU_DELEGATION, recipient=AUJA_FAMILIES, location=RAS_AUJA, date=D("2023-05-20"),
          attribution=["بيان صادر عن المحافظة"]),
        E(False, ["AID"], [7], "بتقديم خيام", ["planned"], mode="humanitarian",
          source=EU_DELEGATION, recipient=AUJA_FAMILIES, location=RAS_AUJA, date=None),
        # the follow-up adds a new act: the army holding one body (COERCE withhold); the gunmen's fire alleged by the
        # army is optional (told only in the army's words)
        E(True, ["COERCE"], [8], "احتجزت جثمان", ["reported", "asserted"], mode="withhold",
          source=IL_ARMY, recipient=AQABAT_BODY, location=AQABAT_JABR, date=D("2023-05-20"),
          attribution=["اللجنة الشعبية للمخيم"]),
        E(False, ["ASSAULT"], [8], "أطلقوا النار", ["reported"], mode="firearms",
          source=AQABAT_GUNMEN, recipient=IL_ARMY, location=AQABAT_JABR, date=D("2023-05-20")),
        # the rumoured arrests by the Palestinian security services, denied by their spokesman
        E(True, ["COERCE"], [9], "اعتقال", ["negated", "rumored", "reported"], mode="arrest",
          source=PA_SECURITY, recipient=AQABAT_THREE, location=AQABAT_JABR,
          date=D("2023-05-19", "day", ("2023-05-19", "2023-05-20")),
          attribution=["حسابات على مواقع التواصل الاجتماعي", "الناطق باسم المؤسسة الأمنية"], acled=ARREST),
        # the march due on Monday (planned) and the eviction notices served today (THREATEN: an ultimatum); the
        # demolition they announce is future (optional)
        E(True, ["PROTEST"], [10], "مسيرة جماهيرية", ["planned"], mode="demo",
          source=JERICHO_FACTIONS, location=JERICHO, date=D("2023-05-22")),
        E(True, ["THREATEN"], [10], "إخطارات", ["asserted"],
          source=IL_ARMY, recipient=FASAYIL_FAMILIES, location=FASAYIL, date=D("2023-05-20")),
        E(False, ["ASSAULT", "COERCE"], [10], "لهدمها", ["planned", "hypothetical"], mode="destroy",
          source=IL_ARMY, recipient=FASAYIL_FAMILIES, location=FASAYIL, date=None),
        # paragraph 11 is a generic statement: deliberately NO gold event
        # UNRWA's food parcels; the February siege of the camp recalled in a relative clause (optional, historical)
        E(True, ["AID"], [12], "وزّعت", ["asserted", "reported"], mode="humanitarian",
          source=UNRWA, recipient=AQABAT_FAMILIES, location=AQABAT_JABR, date=D("2023-05-20"),
          attribution=["مدير خدمات الوكالة في المخيم"]),
        E(False, ["COERCE"], [12], "الحصار", ["historical"], mode="restrict",
          source=IL_ARMY, location=AQABAT_JABR, date=D("2023-02-05", "month", ("2023-02-01", "2023-02-15"))),
        # background: Wednesday before a Saturday, an old man killed by a settler who ran him over on purpose
        E(True, ["ASSAULT"], [13], "دهسه", ["historical", "asserted", "reported"],
          source=SETTLERS, recipient=NUWEIMA_MAN, location=NUWEIMA, date=D("2023-05-17"), fatalities=1,
          attribution=["شهود عيان"], acled=ATTACK),
    ],
)
