"""Gold of article 103: North Kordofan (El Obeid's big market, Bara, Um Sumeima, Kazgil, the El Obeid–al-Rahad road),
a Sudanese news site, 2025-07-22 (Tue)."""
from actors_places import (
                           BARA,
                           EL_OBEID,
                           FIVE_DETAINEES,
                           KAZGIL,
                           NK_GOVERNOR,
                           NK_TRIBAL_LEADERS,
                           OBEID_GOV_HQ,
                           OBEID_MARKET,
                           OBEID_MARKET_VICTIMS,
                           OBEID_NORTH_EDGE,
                           OBEID_RAHAD_ROAD,
                           OBEID_TRADERS,
                           RSF_DRONES,
                           RSF_MUST,
                           RSF_NK,
                           SAF_5DIV,
                           SAF_COLUMNS,
                           SAF_MI,
                           SRCS_VOLUNTEERS,
                           UM_SUMEIMA,
                           UM_SUMEIMA_VILLAGERS,
                           WFP_CONVOY,
)
from common import AIR, ATTACK, CLASH, MINE, OTHER, PEACEFUL, D, E, paras_of

SLUG = "el_obeid_market_drone_bara_aid_convoy_um_sumeima_kazgil"
ARTICLE = dict(
    id="team21-103", slug=SLUG, published="2025-07-22", outlet="Nabd Kordofan news site (fictional)",
    paras=paras_of(f"103_{SLUG}.txt"),
    events=[
        # the RSF suicide drone on El Obeid's big market «صباح اليوم الثلاثاء» (6 killed): headline 0, lead 1, the
        # army's statement 2 («فيما سقطت الثالثة على السوق»), the witnesses' follow-up 8 (its «منذ مطلع تموز» tally
        # is generic)
        E(True, ["ASSAULT"], [0, 1, 2, 8], "طائرة مسيّرة انتحارية", ["asserted", "reported"], mode="aerial",
          source=RSF_NK, recipient=OBEID_MARKET_VICTIMS, location=OBEID_MARKET, date=D("2025-07-22"), fatalities=6,
          attribution=["شبكة أطباء السودان", "مصدر في مستشفى الأبيض التعليمي", "الفرقة الخامسة مشاة «الهجانة»",
                       "شهود عيان"], acled=AIR, tpara=1),
        # the air defences downing two of the three drones: part of the same raid, or a separate act (optional)
        E(False, ["ASSAULT"], [2], "وأسقطت", ["asserted", "reported"], mode="firearms",
          source=SAF_5DIV, recipient=RSF_DRONES, location=OBEID_NORTH_EDGE, date=D("2025-07-22")),
        # the division blames the RSF («واتهمت الفرقة «المليشيا المتمردة»»)
        E(True, ["ACCUSE"], [2], "واتهمت", ["asserted"],
          source=SAF_5DIV, recipient=RSF_NK, date=D("2025-07-22")),
        # Bara: the WFP convoy stopped at an RSF checkpoint «أمس الإثنين» and its drivers held five hours (one
        # COERCE: humanitarian access withheld)
        E(True, ["COERCE"], [0, 3], "منعت", ["asserted", "reported"], mode="withhold",
          source=RSF_NK, recipient=WFP_CONVOY, location=BARA, date=D("2025-07-21"),
          attribution=["مسؤول في إحدى المنظمات الشريكة"], acled=OTHER, tpara=3),
        # one sentence, two events: the RSF raid on Um Sumeima (4 killed; the looting and the three men taken away are
        # concurrent tactics of the same raid) and the two-hour clash with the mobilised volunteers
        E(True, ["ASSAULT"], [4], "هاجمت", ["asserted", "reported"], mode="firearms",
          source=RSF_NK, recipient=UM_SUMEIMA_VILLAGERS, location=UM_SUMEIMA, date=D("2025-07-21"), fatalities=4,
          attribution=["أحد أعيان المنطقة"], acled=ATTACK),
        E(True, ["ASSAULT"], [4], "اشتباكات", ["asserted", "reported"], mode="firearms",
          source=RSF_MUST, location=UM_SUMEIMA, date=D("2025-07-21"), attribution=["أحد أعيان المنطقة"],
          acled=CLASH),
        # the traders' vigil after the burial (PROTEST) and their demand on the governor (REQUEST)
        E(True, ["PROTEST"], [5], "وقفة احتجاجية", ["asserted"], mode="demo",
          source=OBEID_TRADERS, location=OBEID_GOV_HQ, date=D("2025-07-22"), acled=PEACEFUL),
        E(True, ["REQUEST"], [5], "وطالبوا", ["asserted"],
          source=OBEID_TRADERS, recipient=NK_GOVERNOR, location=OBEID_GOV_HQ, date=D("2025-07-22")),
        # a night curfew decided by the state security committee, from tomorrow evening (planned COERCE), told by SUNA
        E(True, ["COERCE"], [6], "حظر تجوال", ["planned", "reported"], mode="curfew",
          source=NK_GOVERNOR, location=EL_OBEID, date=D("2025-07-23"),
          attribution=["وكالة السودان للأنباء", "والي شمال كردفان"]),
        # the division commander meets the tribal leaders (CONSULT) and appeals to them («ناشدهم», REQUEST)
        E(True, ["CONSULT"], [7], "اجتماعاً", ["asserted", "reported"], mode="visit",
          source=SAF_5DIV, recipient=NK_TRIBAL_LEADERS, location=EL_OBEID, date=D("2025-07-22"),
          attribution=["إعلام الفرقة"]),
        E(True, ["REQUEST"], [7], "ناشدهم", ["asserted", "reported"],
          source=SAF_5DIV, recipient=NK_TRIBAL_LEADERS, location=EL_OBEID, date=D("2025-07-22"),
          attribution=["إعلام الفرقة"]),
        # rumoured RSF pull-back from its checkpoints around Kazgil «ليل أمس» (unconfirmed by either side)
        E(True, ["RETREAT"], [9], "سحبت", ["rumored"], mode="withdraw",
          source=RSF_NK, location=KAZGIL, date=D("2025-07-21", "day", ("2025-07-21", "2025-07-22")),
          attribution=["سكان الأبيض"]),
        # the execution of five detainees by military intelligence, told by social-media accounts and denied by the
        # state government; their arrest in the relative clause is background (optional)
        E(True, ["ASSAULT"], [10], "إعدام", ["rumored", "negated", "reported"], mode="execute",
          source=SAF_MI, recipient=FIVE_DETAINEES, location=EL_OBEID,
          date=D("2025-07-22", "day", ("2025-07-15", "2025-07-22")),
          attribution=["حسابات على مواقع التواصل الاجتماعي", "حكومة ولاية شمال كردفان"], acled=ATTACK),
        E(False, ["COERCE"], [10], "اعتُقلوا", ["historical", "rumored"], mode="arrest",
          source=SAF_MI, recipient=FIVE_DETAINEES, location=EL_OBEID, date=None),
        # paragraph 11 is generic (near-siege, recurring drone strikes, shortages, displacement): NO gold event
        # a second aid convoy from Kosti due on Thursday (planned AID, told by OCHA) and the RSF commander's threat
        # to storm El Obeid (THREATEN); the storming itself is only threatened and conditional (optional)
        E(True, ["AID"], [12], "قافلة إغاثة ثانية", ["planned", "reported"], mode="humanitarian",
          location=EL_OBEID, date=D("2025-07-24"), attribution=["مكتب تنسيق الشؤون الإنسانية التابع للأمم المتحدة"]),
        E(True, ["THREATEN"], [12], "توعّد", ["asserted"], mode="violence",
          source=RSF_NK, recipient=SAF_COLUMNS, location=EL_OBEID, date=D("2025-07-22")),
        E(False, ["ASSAULT"], [12], "باقتحام", ["planned", "hypothetical"], mode="firearms",
          source=RSF_NK, location=EL_OBEID, date=None),
        # background «وكان … قد»: three Red Crescent volunteers wounded by a landmine «مساء السبت الماضي» (no
        # fatalities)
        E(True, ["ASSAULT"], [13], "بانفجار لغم أرضي", ["historical", "asserted"], mode="explosives",
          recipient=SRCS_VOLUNTEERS, location=OBEID_RAHAD_ROAD, date=D("2025-07-19"), acled=MINE),
    ],
)
