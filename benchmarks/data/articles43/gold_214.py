"""Gold of article 214: al-Mayadin, the Euphrates crossing to Dhiban, Muh Hasan and the al-Sadd camp (al-Hasakah), an
anti-ISIS activists' news network of Deir ez-Zor, 2017-09-26 (Tue). No dateline."""
from actors_places import (
                           COALITION,
                           CONSCRIPTS,
                           EXECUTED,
                           FERRY_CIV,
                           INTL_ORGS_COAL,
                           ISIS,
                           MAYADIN,
                           MAYADIN_ACTIVISTS,
                           MAYADIN_CIV,
                           MAYADIN_DHIBAN,
                           MAYADIN_FAMILIES,
                           MAYADIN_FLEERS,
                           MAYADIN_NOTABLES,
                           MUHASSAN,
                           REGIME_IR,
                           REGIME_ISIS,
                           RU_AIR_MAY,
                           RU_MOD,
                           RU_REGIME,
                           SADD_CAMP,
                           SADD_FAMILIES,
                           SADD_YOUTHS,
                           SDF,
                           UNHCR,
)
from common import AIR, ARREST, ATTACK, CLASH, D, E, paras_of

SLUG = "al_mayadin_market_strike_ferries_executions_muhassan"
ARTICLE = dict(
    id="team43-214", slug=SLUG, published="2017-09-26", outlet="Rasif al-Mayadin activists' network (fictional)",
    paras=paras_of(f"214_{SLUG}.txt"),
    events=[
        # air strikes «believed Russian» on the market «مساء أمس الإثنين»: headline 0, lead 1 (11 killed per the
        # network's correspondent), retold in 9 (activists' names; the Observatory: 8) → the lowest, 8
        E(True, ["ASSAULT"], [0, 1, 9], "غارات جوية", ["asserted", "reported"], mode="aerial",
          source=RU_AIR_MAY, recipient=MAYADIN_CIV, location=MAYADIN, date=D("2017-09-25"), fatalities=8,
          attribution=["مراسل «رصيف الميادين»", "ناشطون", "المرصد السوري لحقوق الإنسان"], acled=AIR, tpara=1),
        # ISIS's hisba turning families back from the ferries (headline 0), their papers and phones taken in the same act
        E(True, ["COERCE"], [0, 2], "منع", ["asserted", "reported"], mode="restrict",
          source=ISIS, recipient=MAYADIN_FAMILIES, location=MAYADIN, date=D("2017-09-26"),
          attribution=["ناشطون عن شهود عيان"], tpara=2),
        # the coalition strike on a ferry «فجر الأحد» (killed and wounded without a number)
        E(True, ["ASSAULT"], [3], "استهدف", ["asserted", "reported", "historical"], mode="aerial",
          source=COALITION, recipient=FERRY_CIV, location=MAYADIN_DHIBAN, date=D("2017-09-24"),
          attribution=["ناشطون"], acled=AIR),
        # the public execution of three young men «ضحى اليوم»
        E(True, ["ASSAULT"], [4], "وأعدم", ["asserted", "reported"], mode="execute",
          source=ISIS, recipient=EXECUTED, location=MAYADIN, date=D("2017-09-26"), fatalities=3,
          attribution=["مصادر أهلية"], acled=ATTACK),
        # the crowd forced to attend (optional: part of the same public execution)
        E(False, ["COERCE"], [4], "أجبرهم", ["asserted", "reported"], source=ISIS, recipient=MAYADIN_FAMILIES,
          location=MAYADIN, date=D("2017-09-26")),
        # the raids and arrests of young men for the front since Sunday evening; the «general mobilisation» declared
        # days earlier optional (historical)
        E(True, ["COERCE"], [5], "حملة دهم واعتقالات", ["asserted"], mode="arrest",
          source=ISIS, recipient=CONSCRIPTS, location=MAYADIN,
          date=D("2017-09-25", "day", ("2017-09-24", "2017-09-26")), acled=ARREST),
        E(False, ["MOBILIZE"], [5], "النفير العام", ["historical", "asserted"], mode="troops",
          source=ISIS, location=MAYADIN, date=D("2017-09-20", "week", ("2017-09-15", "2017-09-24"))),
        # paragraph 6 describes living conditions: deliberately NO gold event
        # regime and Iranian-militia reinforcements to Muh Hasan, and the night clash with ISIS, with ISIS's Amaq claim
        # in 11 (a tank destroyed; «more than twenty» killed → 20)
        E(True, ["MOBILIZE"], [7], "تعزيزات جديدة", ["asserted", "reported"], mode="troops",
          source=REGIME_IR, location=MUHASSAN, date=D("2017-09-25", "day", ("2017-09-24", "2017-09-26")),
          attribution=["ناشطين"]),
        E(True, ["ASSAULT"], [7, 11], "اشتباكات عنيفة", ["asserted", "reported"], mode="firearms",
          source=REGIME_ISIS, location=MUHASSAN, date=D("2017-09-25"), fatalities=20,
          attribution=["ناشطين", "وكالة «أعماق»"], acled=CLASH),
        # rumoured talks between tribal notables and ISIS (the withdrawal they seek optional); ISIS security men refusing
        # the notables' delegation last week and threatening them with arrest
        E(True, ["CONSULT"], [8], "مفاوضات", ["rumored", "reported"],
          source=MAYADIN_NOTABLES, recipient=ISIS, location=MAYADIN, date=None,
          attribution=["مصادر مطلعة من أبناء المدينة"]),
        E(False, ["RETREAT"], [8], "بسحب عناصره", ["hypothetical", "planned"], mode="withdraw",
          source=ISIS, location=MAYADIN),
        E(True, ["REJECT"], [8], "رفضوا", ["reported", "asserted"],
          source=ISIS, recipient=MAYADIN_NOTABLES, location=MAYADIN,
          date=D("2017-09-20", "week", ("2017-09-17", "2017-09-23")), attribution=["مصدراً آخر"]),
        E(True, ["THREATEN"], [8], "وهددوا", ["reported", "asserted"], mode="arrest",
          source=ISIS, recipient=MAYADIN_NOTABLES, location=MAYADIN,
          date=D("2017-09-20", "week", ("2017-09-17", "2017-09-23")), attribution=["مصدراً آخر"]),
        # the Russian ministry's claim of strikes on ISIS sites in the al-Mayadin area (optional: it may be the same
        # strikes as the market's, told by the other side)
        E(False, ["ASSAULT"], [10], "دمّرت", ["reported"], mode="aerial", source=RU_MOD, recipient=ISIS,
          location=MAYADIN, date=D("2017-09-26", "day", ("2017-09-25", "2017-09-26")), acled=AIR),
        # the SDF holding the young men of the arriving families at the al-Sadd camp
        E(True, ["COERCE"], [12], "احتجزت", ["asserted", "reported"], mode="arrest",
          source=SDF, recipient=SADD_YOUTHS, location=SADD_CAMP,
          date=D("2017-09-25", "week", ("2017-09-23", "2017-09-26")), attribution=["أحد الواصلين"], acled=ARREST),
        # the activists' and residents' appeal, their blame of Russia and the regime, and the demand to the SDF
        # (optional: same statement)
        E(True, ["REQUEST"], [13], "وناشد", ["asserted"],
          source=MAYADIN_ACTIVISTS, recipient=INTL_ORGS_COAL,
          date=D("2017-09-26", "day", ("2017-09-25", "2017-09-26"))),
        E(True, ["ACCUSE"], [13], "وحمّلوا", ["asserted"],
          source=MAYADIN_ACTIVISTS, recipient=RU_REGIME, date=D("2017-09-26", "day", ("2017-09-25", "2017-09-26"))),
        E(False, ["REQUEST"], [13], "طالبوا", ["asserted"], source=MAYADIN_ACTIVISTS, recipient=SDF),
        # the leaflets «يوم الجمعة الماضي»: one threat (the warning to smugglers, same leaflets, optional)
        E(True, ["THREATEN"], [14], "توعّد", ["asserted", "historical"], mode="violence",
          source=ISIS, recipient=MAYADIN_FLEERS, location=MAYADIN, date=D("2017-09-22")),
        E(False, ["THREATEN"], [14], "وحذّر", ["asserted", "historical"], mode="violence",
          source=ISIS, recipient=MAYADIN_FLEERS, location=MAYADIN, date=D("2017-09-22")),
        # UNHCR tents and blankets at the al-Sadd camp «أمس»
        E(True, ["AID"], [15], "وزّعت", ["asserted"], mode="humanitarian",
          source=UNHCR, recipient=SADD_FAMILIES, location=SADD_CAMP, date=D("2017-09-25")),
        # background: the 2014 takeover (battles, the Nusra withdrawal), optional
        E(False, ["ASSAULT"], [16], "معارك", ["historical"], mode="firearms", source=ISIS, location=MAYADIN,
          date=D("2014-07-15", "month", ("2014-06-01", "2014-08-31")), acled=CLASH),
        E(False, ["RETREAT"], [16], "بانسحاب", ["historical"], mode="withdraw", location=MAYADIN),
    ],
)
