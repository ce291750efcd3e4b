"""Gold of article 339: the desert east of Uqayribat, Salamiyah, Jabal al-Balas, Wadi al-Udhayb, al-Saan,
Sheikh Hilal and Sabburah (eastern Hama countryside, Syria), a Syrian rights monitor's report, 2023-03-15
(Wed). An attack on truffle gatherers with three different tolls, the air and artillery reply, a militia's
reinforcements, threat and checkpoints, a ban, an arrest, a rumour, planned aid and a governor's pledge."""
from actors_places import (
    ABDUCTEES,
    AUTHORITIES_NGOS,
    BALAAS,
    BALAAS_SAAN,
    BAN_AREA,
    CHECKPOINT_MEN,
    GATHERERS,
    GOV_NDF,
    GOVERNOR_PLEDGE_TO,
    HAMA_GOVERNOR,
    HAMA_SECURITY_COMMITTEE,
    HAMA_WOUNDED,
    ISIS_CELLS,
    ISIS_GUNMEN,
    MIL_SECURITY_HAMA,
    MONITOR,
    NDF,
    NDF_COMMANDER,
    NDF_PAGE,
    RU_AIR,
    SABBURAH,
    SALAMIYAH,
    SALAMIYAH_HOSPITAL,
    SARC_SALAMIYAH,
    SHEIKH_HILAL,
    SHEPHERD,
    SY_ARMY_339,
    TRUFFLE_TRADERS,
    UQAYRIBAT,
    UQAYRIBAT_DESERT,
    US_GOV,
    VICTIM_FAMILIES_339,
)
from common import ABDUCTION, AIR, ARREST, ATTACK, MINE, SHELL, D, E, paras_of

SLUG = "uqayribat_2023_east_hama_truffle_salamiyah_sabburah"
TODAY = D("2023-03-15")
YESTERDAY = D("2023-03-14")
ARTICLE = dict(
    id="team68-339", slug=SLUG, published="2023-03-15",
    outlet="Rasid al-Badia Syrian rights monitor (fictional)",
    paras=paras_of(f"339_{SLUG}.txt"),
    events=[
        # gunmen thought to be ISIS cells attack truffle gatherers east of Uqayribat «بعد ظهر أمس الثلاثاء»
        # (one-sided): headline 0, lead 1 (the monitor: nine), the survivors' account 2, the follow-up 5
        # (Salamiyah's National Hospital: eight bodies) and ¶13 (the NDF page: eleven) → 9 vs 8 vs 11 → 8. The
        # four abducted (headline, lead, ¶2) are an optional ABDUCTION (ACLED: concurrent tactics coded at the
        # higher type, the attack); burning the cars is optional too
        E(True, ["ASSAULT"], [0, 1, 2, 5, 13], "هجوم نفّذه", ["asserted", "reported"], mode="firearms",
          source=ISIS_GUNMEN, recipient=GATHERERS, location=UQAYRIBAT_DESERT, date=YESTERDAY, fatalities=8,
          attribution=["راصد البادية", "ناجيان من الهجوم", "مصدر طبي في المشفى الوطني بمدينة سلمية",
                       "صفحة «الدفاع الوطني في سلمية»"], acled=ATTACK, tpara=1),
        E(False, ["ASSAULT"], [0, 1, 2], "اقتاد", ["asserted"], mode="abduct",
          source=ISIS_GUNMEN, recipient=ABDUCTEES, location=UQAYRIBAT_DESERT, date=YESTERDAY, acled=ABDUCTION,
          tpara=1),
        E(False, ["ASSAULT"], [2], "يحرقوا", ["asserted", "reported"], mode="destroy",
          source=ISIS_GUNMEN, recipient=GATHERERS, location=UQAYRIBAT_DESERT, date=YESTERDAY),
        # ¶3 (the gatherers' yearly season and prices: habits) holds no event
        # ¶4: the security committee's ban issued «مطلع الشهر الجاري» (COERCE ban, told with «وكانت … قد»; the
        # gatherers ignoring it is a habit, the fines and seizures are its terms)
        E(True, ["COERCE"], [4], "تعميماً يمنع", ["asserted", "historical"], mode="ban",
          source=HAMA_SECURITY_COMMITTEE, recipient=GATHERERS, location=BAN_AREA,
          date=D("2023-03-03", "week", ("2023-03-01", "2023-03-07")), attribution=["مختار إحدى القرى"]),
        # ¶6: Russian air strikes on Jabal al-Balas and Wadi al-Udhayb and regime artillery on the same area
        # from near al-Saan (two actors: two events), no losses reported (the acts stand)
        E(True, ["ASSAULT"], [6], "سلسلة غارات", ["asserted"], mode="aerial",
          source=RU_AIR, recipient=ISIS_CELLS, location=BALAAS, date=TODAY, acled=AIR),
        E(True, ["ASSAULT"], [6], "قصف مدفعي", ["asserted"], mode="heavy-weapons",
          source=SY_ARMY_339, recipient=ISIS_CELLS, location=BALAAS_SAAN, date=TODAY, acled=SHELL),
        # ¶7: NDF reinforcements to Uqayribat (MOBILIZE), its commander's vow (THREATEN), his call on the
        # gatherers (optional REQUEST) and the militia's checkpoints turning cars back (COERCE restrict)
        E(True, ["MOBILIZE"], [7], "بتعزيزات", ["asserted"], mode="troops",
          source=NDF, location=UQAYRIBAT, date=TODAY),
        E(True, ["THREATEN"], [7], "وتوعّد", ["asserted"], mode="violence",
          source=NDF_COMMANDER, recipient=ISIS_CELLS, location=SALAMIYAH, date=TODAY),
        E(False, ["REQUEST"], [7], "داعياً", ["asserted"],
          source=NDF_COMMANDER, recipient=GATHERERS, date=TODAY),
        E(True, ["COERCE"], [7], "حواجز مؤقتة", ["asserted"], mode="restrict",
          source=NDF, location=UQAYRIBAT, date=TODAY),
        # ¶8: the four abductees found dead near Sheikh Hilal, per local pages, denied by a relative
        # (rumoured; no perpetrator named in the rumour; the rumour's count of four); the relatives' silence
        # is no event
        E(True, ["ASSAULT"], [8], "جثث المختطفين", ["rumored", "negated"], mode="execute",
          recipient=ABDUCTEES, location=SHEIKH_HILAL,
          date=D("2023-03-15", "day", ("2023-03-14", "2023-03-15")),
          fatalities=4, attribution=["صفحات محلية في سلمية", "أحد أقارب المختطفين"]),
        # ¶9: Military Intelligence arrests two truffle traders of Uqayribat (COERCE); the charge is an
        # optional ACCUSE, and the checkpoint's demand for money and the traders' refusal days earlier are
        # optional, historical
        E(True, ["COERCE"], [9], "واعتقل", ["reported", "asserted"], mode="arrest",
          source=MIL_SECURITY_HAMA, recipient=TRUFFLE_TRADERS, location=UQAYRIBAT, date=TODAY,
          attribution=["مصادر «الراصد» في المنطقة"], acled=ARREST),
        E(False, ["ACCUSE"], [9], "بتهمة", ["asserted", "reported"],
          source=MIL_SECURITY_HAMA, recipient=TRUFFLE_TRADERS, date=TODAY),
        E(False, ["REQUEST"], [9], "طلبه", ["historical", "reported"],
          source=CHECKPOINT_MEN, recipient=TRUFFLE_TRADERS, date=None),
        E(False, ["REJECT"], [9], "رفضا", ["historical", "reported"],
          source=TRUFFLE_TRADERS, recipient=CHECKPOINT_MEN, date=None),
        # ¶10 (the season's toll: an aggregate) holds no event
        # ¶11: the Red Crescent's distribution «يوم السبت المقبل» (planned AID)
        E(True, ["AID"], [11], "سلالاً غذائية", ["planned"], mode="humanitarian",
          source=SARC_SALAMIYAH, recipient=VICTIM_FAMILIES_339, location=UQAYRIBAT, date=D("2023-03-18"),
          attribution=["صفحة الفرع"]),
        # background at another place: a shepherd killed by a landmine near Sabburah «مساء الخميس الماضي»
        # (core, historical, 1; no actor)
        E(True, ["ASSAULT"], [12], "بانفجار لغم أرضي", ["historical", "asserted"], mode="explosives",
          recipient=SHEPHERD, location=SABBURAH, date=D("2023-03-09"), fatalities=1, acled=MINE),
        # ¶13: the NDF page's toll belongs to the first event; its blame of the United States is an ACCUSE
        E(True, ["ACCUSE"], [13], "متهمةً", ["asserted"],
          source=NDF_PAGE, recipient=US_GOV, date=D("2023-03-15", "day", ("2023-03-14", "2023-03-15"))),
        # ¶14 (no claim by ISIS) holds no event
        # ¶15: the monitor's call on the authorities (REQUEST); its second call, on the aid groups, optional
        E(True, ["REQUEST"], [15], "ودعا", ["asserted"],
          source=MONITOR, recipient=AUTHORITIES_NGOS, date=TODAY),
        E(False, ["REQUEST"], [15], "كما طالب", ["asserted"],
          source=MONITOR, recipient=AUTHORITIES_NGOS, date=TODAY),
        # ¶16: the governor visits the wounded (optional CONSULT) and pledges money and care (AGREE; AID
        # accepted); the patrols he ordered are optional, planned
        E(False, ["CONSULT"], [16], "وزار", ["asserted"], mode="visit",
          source=HAMA_GOVERNOR, recipient=HAMA_WOUNDED, location=SALAMIYAH_HOSPITAL, date=TODAY),
        E(True, ["AGREE", "AID"], [16], "وتعهّد", ["asserted", "reported"],
          source=HAMA_GOVERNOR, recipient=GOVERNOR_PLEDGE_TO, location=SALAMIYAH_HOSPITAL, date=TODAY,
          attribution=["الصفحة الرسمية للمحافظة"]),
        E(False, ["MOBILIZE"], [16], "بتسيير دوريات", ["planned"], mode="troops",
          source=GOV_NDF, location=UQAYRIBAT_DESERT, date=None),
    ],
)
