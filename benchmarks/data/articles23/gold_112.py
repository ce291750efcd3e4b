"""Gold of article 112: Dhi Qar (al-Gharraf, Nasiriyah's Habboubi square, al-Shatra) and Najaf (Hay al-Ansar,
al-Kufa), a southern Iraqi news site, 2024-07-16 (Tue)."""
from actors_places import (
    DHIQAR,
    DHIQAR_HQ,
    DHIQAR_LOCAL_GOV,
    DHIQAR_POLICE,
    DHIQAR_TANSIQIYAT,
    GHARRAF,
    GHARRAF_CLANS,
    GHARRAF_DETAINEES,
    GHARRAF_SHEIKHS,
    GHARRAF_TRUCE,
    GHARRAF_VILLAGERS,
    GHARRAF_VILLAGES,
    HABBOUBI,
    HUSSEIN_HOSPITAL,
    IHCHR_DHIQAR,
    IQ_SECURITY,
    KUFA,
    KUFA_GIRL,
    NAJAF_ANSAR,
    NAJAF_NARC_WANTED,
    NAJAF_NARCOTICS,
    NAJAF_SUSPECTS,
    NASIRIYAH_ACTIVIST,
    NASIRIYAH_ACTIVISTS,
    OTHER_CLAN,
    SHATRA,
    SHATRA_ACTIVIST,
    UNKNOWN,
    UNKNOWN_TWO,
    VICTIMS_CLAN,
)
from common import AGREEMENT, ARREST, ATTACK, CLASH, MINE, PEACEFUL, D, E, paras_of

SLUG = "nasiriyah_gharraf_habboubi_square_najaf_ansar_kufa_shatra"
YESTERDAY = D("2024-07-15")
TODAY = D("2024-07-16")
ARTICLE = dict(
    id="team23-112", slug=SLUG, published="2024-07-16", outlet="Sawt al-Janoub news site (fictional)",
    paras=paras_of(f"112_{SLUG}.txt"),
    events=[
        # the clan fight in al-Gharraf «مساء أمس الإثنين» (two sides, both sources): headline 0, lead 1, and the
        # follow-up 8 where the wounded child dies and the toll rises to three (one event: fatalities 3, the last
        # toll the article gives). «تدخلت فوراً لفض النزاع» (2) retells the police's response, no event
        E(True, ["ASSAULT"], [0, 1, 8], "نزاع عشائري", ["asserted", "reported"], mode="firearms",
          source=GHARRAF_CLANS, location=GHARRAF, date=YESTERDAY, fatalities=3,
          attribution=["مصدر في قيادة شرطة ذي قار", "مصدر طبي في مستشفى الغراف العام"], acled=CLASH, tpara=1),
        # the police statement, two events: a curfew on the surrounding villages (COERCE curfew) and the arrest of
        # nine participants with their weapons (COERCE arrest); dated the night of the fight or the next day
        E(True, ["COERCE"], [2], "وفرضت حظراً للتجوال", ["asserted"], mode="curfew",
          source=DHIQAR_POLICE, recipient=GHARRAF_VILLAGERS, location=GHARRAF_VILLAGES,
          date=D("2024-07-15", "day", ("2024-07-15", "2024-07-16"))),
        E(True, ["COERCE"], [2], "واعتقلت", ["asserted"], mode="arrest",
          source=DHIQAR_POLICE, recipient=GHARRAF_DETAINEES, location=GHARRAF,
          date=D("2024-07-15", "day", ("2024-07-15", "2024-07-16")), acled=ARREST),
        # the attempt on the activist near Habboubi square «فجر اليوم» (two unknown gunmen on a motorcycle; he is
        # wounded): headline 0, lead 3; the security source's «عملاً إجرامياً جباناً استهدف» (5) retells it, and
        # «الثالثة … منذ مطلع العام» is a tally
        E(True, ["ASSAULT"], [0, 3, 5], "محاولة اغتيال", ["asserted", "reported"], mode="assassinate",
          source=UNKNOWN_TWO, recipient=NASIRIYAH_ACTIVIST, location=HABBOUBI, date=TODAY,
          attribution=["مقربون منه", "مصدر أمني"], acled=ATTACK, tpara=3),
        # the activists' gathering and march (one PROTEST), their demand on the local government (REQUEST), the
        # human-rights office's condemnation (ACCUSE, no named target) and its call on the security services
        # (participle «داعياً»: optional REQUEST)
        E(True, ["PROTEST"], [4], "تجمّع", ["asserted"], mode="demo",
          source=NASIRIYAH_ACTIVISTS, location=HUSSEIN_HOSPITAL, date=TODAY, acled=PEACEFUL),
        E(True, ["REQUEST"], [4], "وطالبوا", ["asserted"],
          source=NASIRIYAH_ACTIVISTS, recipient=DHIQAR_LOCAL_GOV, location=HABBOUBI, date=TODAY),
        E(True, ["ACCUSE"], [4], "أدان", ["asserted"],
          source=IHCHR_DHIQAR, location=DHIQAR, date=TODAY),
        E(False, ["REQUEST"], [4], "داعياً", ["asserted"],
          source=IHCHR_DHIQAR, recipient=IQ_SECURITY, location=DHIQAR, date=TODAY),
        # Najaf, one sentence, two events: the narcotics unit's raid with three arrests and the seizure (one COERCE)
        # and the exchange of fire with a fourth wanted man (two sides; he is killed)
        E(True, ["COERCE"], [6], "داهمت", ["asserted"], mode="arrest",
          source=NAJAF_NARCOTICS, recipient=NAJAF_SUSPECTS, location=NAJAF_ANSAR, date=TODAY,
          attribution=["بيان للمديرية"], acled=ARREST),
        E(True, ["ASSAULT"], [6], "تبادل لإطلاق النار", ["asserted"], mode="firearms",
          source=NAJAF_NARC_WANTED, location=NAJAF_ANSAR, date=TODAY, fatalities=1,
          attribution=["بيان للمديرية"], acled=CLASH),
        # the governor receives the al-Gharraf sheikhs (CONSULT) and a month's tribal truce is agreed (AGREE);
        # the reconciliation session is only its purpose (no event)
        E(True, ["CONSULT"], [7], "استقبل", ["asserted"], mode="visit",
          source=DHIQAR_LOCAL_GOV, recipient=GHARRAF_SHEIKHS, location=DHIQAR_HQ, date=TODAY),
        E(True, ["AGREE"], [7], "الاتفاق", ["asserted"],
          source=GHARRAF_TRUCE, location=DHIQAR_HQ, date=TODAY, acled=AGREEMENT),
        # paragraph 9 is generic (recurring clan fights, disarmament campaigns, water shortage): NO gold event
        # the rumour that the police released four of the nine detainees on bail this evening (rumoured RETREAT)
        E(True, ["RETREAT"], [10], "أطلقت سراح", ["rumored"], mode="release",
          source=DHIQAR_POLICE, recipient=GHARRAF_DETAINEES, location=GHARRAF, date=TODAY,
          attribution=["أوساط أهالي الغراف"]),
        # a child's kidnapping in al-Kufa told by social-media pages and denied by the Najaf police (she had got lost)
        E(True, ["ASSAULT"], [11], "اختطاف طفلة", ["negated", "rumored", "reported"], mode="abduct",
          recipient=KUFA_GIRL, location=KUFA, date=YESTERDAY,
          attribution=["قيادة شرطة النجف", "صفحات على مواقع التواصل"]),
        # the protest called for «عصر يوم الجمعة المقبل» (planned PROTEST; the call itself optional REQUEST) and the
        # victims' clan's conditional threat of revenge (THREATEN asserted; the revenge itself optional hypothetical)
        E(True, ["PROTEST"], [12], "تظاهرة حاشدة", ["planned"], mode="demo",
          source=DHIQAR_TANSIQIYAT, location=HABBOUBI, date=D("2024-07-19")),
        E(False, ["REQUEST"], [12], "ودعت", ["asserted"],
          source=DHIQAR_TANSIQIYAT, location=HABBOUBI, date=TODAY),
        E(True, ["THREATEN"], [12], "توعّدت", ["asserted"],
          source=VICTIMS_CLAN, recipient=OTHER_CLAN, location=GHARRAF, date=TODAY),
        E(False, ["ASSAULT"], [12], "أخذ الثأر", ["hypothetical"], mode="firearms",
          source=VICTIMS_CLAN, recipient=OTHER_CLAN, location=GHARRAF),
        # background «وكان … قد»: a sound bomb thrown at another activist's house in al-Shatra «مساء الخميس الماضي»
        # («من دون أن يسفر عن إصابات» negates only injuries)
        E(True, ["ASSAULT"], [13], "ألقوا", ["historical", "asserted"], mode="explosives",
          source=UNKNOWN, recipient=SHATRA_ACTIVIST, location=SHATRA, date=D("2024-07-11"), acled=MINE),
    ],
)
