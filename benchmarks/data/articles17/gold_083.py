"""Gold of article 083: south Lebanon (Nabatieh, Kfar Kila, Taybeh, Odaisseh–Houla–Markaba, Baabda, Khiam), a
Lebanese local site, 2025-02-10 (Mon)."""
from actors_places import (
                           BAABDA,
                           BORDER_HOUSES,
                           BORDER_TOWNS,
                           BURJ,
                           BURJ_VICTIM,
                           EAST_VILLAGES,
                           HEZBOLLAH,
                           IL_ARMY,
                           KFARKILA,
                           KFARKILA_MARCHERS,
                           KFARKILA_YOUTH,
                           KHIAM,
                           LB_ARMY,
                           LB_PRESIDENT,
                           LB_SOLDIER,
                           LB_STATE,
                           MARJ_MUNICIPALITIES,
                           MAYS,
                           MECHANISM,
                           NABATIEH,
                           NABATIEH_CAR,
                           REJECT_RECIP,
                           TAYBEH,
)
from common import AIR, ARREST, DESTRUCTION, EXCESSIVE, TRANSFER, D, E, paras_of

SLUG = "south_lebanon_nabatieh_kfar_kila_taybeh_return_march"
ARTICLE = dict(
    id="team17-083", slug=SLUG, published="2025-02-10", outlet="Sada al-Tilal news site (fictional)",
    paras=paras_of(f"083_{SLUG}.txt"),
    events=[
        # the drone strike on the car: headline 0, lead 1, the Israeli claim and the ministry 2 (two, three, two),
        # the follow-up 8 (Hezbollah mourns one; the other a taxi driver) → 2; «جيش الاحتلال» after «الجيش الإسرائيلي»
        E(True, ["ASSAULT"], [0, 1, 2, 8], "غارة شنّتها", ["asserted", "reported"], mode="aerial",
          source=IL_ARMY, recipient=NABATIEH_CAR, location=NABATIEH, date=D("2025-02-10"), fatalities=2,
          attribution=["مراسل صدى التلال", "المتحدث باسم الجيش الإسرائيلي على منصة إكس",
                       "وزارة الصحة العامة اللبنانية", "أقارب الشهيد الثاني"], acled=AIR, tpara=1),
        # one sentence, three events: the car march towards Kfar Kila, the fire on it (headline 0), the arrest
        E(True, ["PROTEST"], [3], "مسيرة بالسيارات", ["asserted", "reported"], mode="demo",
          source=KFARKILA_MARCHERS, location=KFARKILA, date=D("2025-02-10"),
          attribution=["الوكالة الوطنية للإعلام"], acled=EXCESSIVE),
        E(True, ["ASSAULT"], [0, 3], "أطلق جنود الاحتلال النار", ["asserted", "reported"], mode="firearms",
          source=IL_ARMY, recipient=KFARKILA_MARCHERS, location=KFARKILA, date=D("2025-02-10"),
          attribution=["الوكالة الوطنية للإعلام"], acled=EXCESSIVE, tpara=3),
        E(True, ["COERCE", "ASSAULT"], [3], "واعتقلوا", ["asserted", "reported"], mode="arrest",
          source=IL_ARMY, recipient=KFARKILA_YOUTH, location=KFARKILA, date=D("2025-02-10"),
          attribution=["الوكالة الوطنية للإعلام"], acled=ARREST),
        # the Israeli withdrawal from western Taybeh (carried out: RETREAT) and the army's deployment
        E(True, ["RETREAT"], [4], "انسحاب", ["asserted", "reported"], mode="withdraw",
          source=IL_ARMY, location=TAYBEH, date=D("2025-02-10"),
          attribution=["بيان قيادة الجيش – مديرية التوجيه"], acled=TRANSFER),
        E(True, ["MOBILIZE"], [4], "وانتشرت", ["asserted", "reported"], mode="troops",
          source=LB_ARMY, location=TAYBEH, date=D("2025-02-10"),
          attribution=["بيان قيادة الجيش – مديرية التوجيه"]),
        # houses blown up in three villages with one verb: one event
        E(True, ["ASSAULT"], [5], "فجّر", ["asserted", "reported"], mode="destroy",
          source=IL_ARMY, recipient=BORDER_HOUSES, location=EAST_VILLAGES,
          date=D("2025-02-09", "day", ("2025-02-09", "2025-02-10")),
          attribution=["مصادر محلية"], acled=DESTRUCTION),
        # Hezbollah's accusation of the committee and its call on the state; the conditional «resistance» line is
        # a general warning (optional THREATEN, hypothetical)
        E(True, ["ACCUSE"], [6], "اتّهم", ["asserted", "reported"],
          source=HEZBOLLAH, recipient=MECHANISM, date=D("2025-02-10"), attribution=["بيان حزب الله"]),
        E(True, ["REQUEST"], [6], "ودعا", ["asserted", "reported"],
          source=HEZBOLLAH, recipient=LB_STATE, date=D("2025-02-10"), attribution=["بيان حزب الله"]),
        E(False, ["THREATEN"], [6], "مقاومته", ["hypothetical", "asserted"], mode="violence",
          source=HEZBOLLAH, recipient=IL_ARMY, date=D("2025-02-10")),
        # the president receives the committee head in Baabda and tells him Lebanon rejects any extension
        E(True, ["CONSULT"], [7], "استقبل", ["asserted", "reported"], mode="visit",
          source=LB_PRESIDENT, recipient=MECHANISM, location=BAABDA, date=D("2025-02-10"),
          attribution=["الرئاسة اللبنانية عبر منصة إكس"]),
        E(True, ["REJECT"], [7], "رفض", ["asserted", "reported"],
          source=LB_PRESIDENT, recipient=REJECT_RECIP, location=BAABDA, date=D("2025-02-10"),
          attribution=["الرئاسة اللبنانية عبر منصة إكس"]),
        # the rumoured wounding of a Lebanese soldier, unconfirmed
        E(True, ["ASSAULT"], [9], "برصاص إسرائيلي", ["rumored", "reported"], mode="firearms",
          source=IL_ARMY, recipient=LB_SOLDIER, location=MAYS, date=D("2025-02-10"),
          attribution=["حسابات على مواقع التواصل الاجتماعي"]),
        # the march announced for 18 February «في حال لم يلتزم الاحتلال»: planned and conditional; the call to the
        # residents (a participle) optional
        E(True, ["PROTEST"], [10], "مسيرة شعبية", ["hypothetical", "planned"], mode="demo",
          source=MARJ_MUNICIPALITIES, location=BORDER_TOWNS, date=D("2025-02-18")),
        E(False, ["REQUEST"], [10], "داعيةً", ["asserted"],
          source=MARJ_MUNICIPALITIES, location=BORDER_TOWNS, date=D("2025-02-10")),
        # paragraph 11 is a generic statement: deliberately NO gold event
        # the Lebanese army's withdrawal from Khiam, reported by Israeli media and denied
        E(True, ["RETREAT"], [12], "انسحاب", ["rumored", "negated", "reported"], mode="withdraw",
          source=LB_ARMY, location=KHIAM, date=D("2025-02-10", "day", ("2025-02-09", "2025-02-10")),
          attribution=["وسائل إعلام إسرائيلية", "مصدر عسكري لبناني"]),
        # background: Saturday before a Monday, one killed
        E(True, ["ASSAULT"], [13], "بغارة", ["historical", "asserted", "reported"], mode="aerial",
          source=IL_ARMY, recipient=BURJ_VICTIM, location=BURJ, date=D("2025-02-08"), fatalities=1,
          attribution=["وزارة الصحة"], acled=AIR),
    ],
)
