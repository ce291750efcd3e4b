"""Gold of article 213: Qamhana, Kafr Zita and al-Lataminah, Morek and Mhardeh (northern Hama), a loyalist local
news page, 2019-06-12 (Wed). Dateline «حماة – «عيون قمحانة»:»."""
from actors_places import (
                           COLLABORATOR,
                           FUNERAL_CROWD,
                           HAMA_CITY,
                           HAMA_N,
                           IDLIB_S_KZ,
                           IZZA_SUPPLY,
                           JAISH_IZZA,
                           KAFR_NABUDA,
                           KZ_LAT,
                           KZ_LAT_MOREK,
                           KZ_RESIDENTS,
                           KZ_SETTLED,
                           MHARDEH,
                           QAMHANA,
                           QAMHANA_CIV,
                           SETTLEMENT_CENTRE,
                           SY_ARMY,
                           SY_MIL_SOURCE,
                           SY_RU_AIR,
                           SY_SECURITY,
                           SY_WARPLANE,
                           TIGER,
                           TR_REGIME,
)
from common import AIR, ARREST, CLASH, PEACEFUL, SHELL, D, E, paras_of

SLUG = "qamhana_kafr_zita_lataminah_leaflets_mhardeh"
ARTICLE = dict(
    id="team43-213", slug=SLUG, published="2019-06-12", outlet="Uyun Qamhana news page (fictional)",
    paras=paras_of(f"213_{SLUG}.txt"),
    events=[
        # the rocket fire on Qamhana «صباح اليوم الأربعاء»: headline 0, lead 1, retold in 3 (the girl's age; SANA's
        # police source: six rockets from al-Lataminah, five wounded) → 1 killed
        E(True, ["ASSAULT"], [0, 1, 3], "اعتداء", ["asserted", "reported"], mode="heavy-weapons",
          source=JAISH_IZZA, recipient=QAMHANA_CIV, location=QAMHANA, date=D("2019-06-12"), fatalities=1,
          attribution=["مراسل الشبكة", "مصادر أهلية", "سانا عن مصدر في قيادة شرطة محافظة حماة"], acled=SHELL,
          tpara=1),
        # the army's artillery reply on Kafr Zita and al-Lataminah (headline 0; «عدد من الإرهابيين» → 3) and, in the
        # same sentence, the Syrian and Russian air strikes on the supply lines (a second event)
        E(True, ["ASSAULT"], [0, 2], "واستهدفت", ["asserted", "reported"], mode="heavy-weapons",
          source=SY_ARMY, recipient=JAISH_IZZA, location=KZ_LAT, date=D("2019-06-12"), fatalities=3,
          attribution=["مصدر عسكري"], acled=SHELL, tpara=2),
        E(True, ["ASSAULT"], [2], "سلسلة غارات", ["asserted", "reported"], mode="aerial",
          source=SY_RU_AIR, recipient=IZZA_SUPPLY, location=IDLIB_S_KZ, date=D("2019-06-12"), acled=AIR),
        # the funeral turned into an angry stand with a demand to the army (the funeral itself is no event; the chants
        # praising the army optional)
        E(True, ["PROTEST"], [4], "وقفة غاضبة", ["asserted"], mode="demo",
          source=FUNERAL_CROWD, location=QAMHANA, date=D("2019-06-12"), acled=PEACEFUL),
        E(True, ["REQUEST"], [4], "طالب", ["asserted"],
          source=FUNERAL_CROWD, recipient=SY_ARMY, location=QAMHANA, date=D("2019-06-12")),
        E(False, ["SUPPORT"], [4], "هتافات تحيّي الجيش", ["asserted"], source=FUNERAL_CROWD, recipient=SY_ARMY),
        # paragraph 5 describes Qamhana: deliberately NO gold event
        # the leaflets «أمس الثلاثاء» calling residents and gunmen to lay down arms and settle; eighteen men settled
        # their status this week (AGREE), having handed themselves in (optional)
        E(True, ["REQUEST"], [6], "دعت", ["asserted", "reported"],
          source=SY_ARMY, recipient=KZ_RESIDENTS, location=KZ_LAT_MOREK, date=D("2019-06-11"),
          attribution=["مصدر ميداني"]),
        E(True, ["AGREE"], [6], "سوّوا أوضاعهم", ["asserted", "reported"],
          source=KZ_SETTLED, recipient=SETTLEMENT_CENTRE, location=HAMA_CITY,
          date=D("2019-06-10", "week", ("2019-06-08", "2019-06-12")), attribution=["مصدر ميداني"]),
        E(False, ["RETREAT"], [6], "سلّموا أنفسهم", ["asserted", "reported"], mode="disarm",
          source=KZ_SETTLED, date=D("2019-06-10", "week", ("2019-06-08", "2019-06-12"))),
        # Tiger Forces reinforcements «مساء أمس», told by pages close to the army; the «wide operation» optional
        E(True, ["MOBILIZE"], [7], "أرتال عسكرية ضخمة", ["reported", "asserted"], mode="troops",
          source=TIGER, location=HAMA_N, date=D("2019-06-11"), attribution=["صفحات مقربة من الجيش"]),
        E(False, ["ASSAULT"], [7], "عملية عسكرية واسعة", ["planned", "hypothetical"], source=TIGER, location=HAMA_N),
        # the military source's accusation of Turkey (the arms deliveries optional, reported) and the opposition pages'
        # claim of a downed jet, denied
        E(True, ["ACCUSE"], [8], "واتهم", ["asserted"],
          source=SY_MIL_SOURCE, recipient=TR_REGIME, date=D("2019-06-12")),
        E(False, ["AID"], [8], "شحنات", ["reported"], mode="military",
          source=TR_REGIME, recipient=JAISH_IZZA, location=KZ_LAT),
        E(True, ["ASSAULT"], [8], "إسقاط", ["rumored", "negated"],
          source=JAISH_IZZA, recipient=SY_WARPLANE, location=KZ_LAT,
          date=D("2019-06-12", "day", ("2019-06-11", "2019-06-12")), attribution=["صفحات تابعة للإرهابيين"]),
        # the arrest at Mhardeh's northern checkpoint «ظهر أمس»
        E(True, ["COERCE"], [9], "القبض", ["asserted", "reported"], mode="arrest",
          source=SY_SECURITY, recipient=COLLABORATOR, location=MHARDEH, date=D("2019-06-11"),
          attribution=["مصدر أمني"], acled=ARREST),
        # background: the May offensive and the attack repelled early this month (optional, historical); the shelling
        # of the towns «منذ ذلك الحين» is generic
        E(False, ["ASSAULT"], [10], "حرر", ["historical"], source=SY_ARMY, location=KAFR_NABUDA,
          date=D("2019-05-15", "month", ("2019-05-01", "2019-05-31")), acled=CLASH),
        E(False, ["ASSAULT"], [10], "هجوماً", ["historical", "asserted"], source=JAISH_IZZA, location=KAFR_NABUDA,
          date=D("2019-06-02", "week", ("2019-06-01", "2019-06-07")), acled=CLASH),
    ],
)
