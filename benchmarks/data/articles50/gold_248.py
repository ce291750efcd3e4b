"""Gold of article 248: the Gafsa mining basin (Redeyef, Metlaoui, Om Larayes, Mdhilla, Gafsa), a Tunisian
opposition news site, 2008-04-09 (Wed)."""
from actors_places import (
                           BASIN_UNEMPLOYED,
                           DETAINEE_FAMILIES,
                           GAFSA,
                           GAFSA_GOVERNOR,
                           LTDH,
                           MDHILLA,
                           MDHILLA_YOUTHS,
                           METLAOUI,
                           METLAOUI_YOUTHS,
                           MINING_BASIN,
                           OM_LARAYES,
                           OM_LARAYES_STRIKERS,
                           PARIS,
                           PARIS_DIASPORA,
                           PDP,
                           REDEYEF,
                           REDEYEF_DETAINEES,
                           REDEYEF_JOURNALISTS,
                           REDEYEF_PROTESTERS,
                           REDEYEF_RESIDENTS,
                           REDEYEF_UNIONS,
                           SFAX_UNIONISTS,
                           TN_ARMY,
                           TN_GUARD,
                           TN_INTERIOR,
                           TN_POLICE,
                           TN_THREAT_TARGETS,
                           UGTT_GAFSA,
)
from common import ARREST, EXCESSIVE, OTHER, PEACEFUL, D, E, paras_of

SLUG = "redeyef_2008_gafsa_metlaoui_om_larayes_mdhilla"
ARTICLE = dict(
    id="team50-248", slug=SLUG, published="2008-04-09", outlet="Manjam Net opposition news site (fictional)",
    paras=paras_of(f"248_{SLUG}.txt"),
    events=[
        # the intervention units' fire on the night march «ليل أمس الثلاثاء»: headline 0, lead 1 (union
        # sources: one dead), the follow-up 6 (the brother; the League: two; the official agency: no death
        # mentioned, which negates nothing) → 1. The march itself is a separate PROTEST (1, 6: the official
        # account retells it)
        E(True, ["ASSAULT"], [0, 1, 6], "أطلق أعوان من وحدات التدخل الرصاص الحي", ["asserted", "reported"],
          mode="firearms", source=TN_POLICE, recipient=REDEYEF_PROTESTERS, location=REDEYEF,
          date=D("2008-04-08"),
          fatalities=1, attribution=["مصادر نقابية", "شقيق الضحية", "الرابطة التونسية للدفاع عن حقوق الإنسان",
                                     "وكالة تونس إفريقيا للأنباء عن مصدر رسمي"], acled=EXCESSIVE, tpara=1),
        E(True, ["PROTEST"], [1, 6], "مسيرة احتجاجية", ["asserted", "reported"], mode="demo",
          source=REDEYEF_PROTESTERS, location=REDEYEF, date=D("2008-04-08"), acled=EXCESSIVE),
        # one sentence, two events: the house raids with at least thirty arrests (passive «اعتُقل»; headline)
        # and the cordon of the town's entrances, closed to journalists (COERCE restrict)
        E(True, ["COERCE"], [0, 2], "اعتُقل", ["asserted"], mode="arrest",
          source=TN_POLICE, recipient=REDEYEF_DETAINEES, location=REDEYEF, date=D("2008-04-09"), acled=ARREST,
          tpara=2),
        E(True, ["COERCE"], [2], "طوّقت", ["asserted"], mode="restrict",
          source=TN_POLICE, recipient=REDEYEF_JOURNALISTS, location=REDEYEF, date=D("2008-04-09"),
          acled=OTHER),
        # the railway blocked at Metlaoui (PROTEST obstruct)
        E(True, ["PROTEST"], [3], "قطع", ["asserted"], mode="obstruct",
          source=METLAOUI_YOUTHS, location=METLAOUI, date=D("2008-04-09"), acled=PEACEFUL),
        # the hunger strike in Om Larayes (its first day is not given)
        E(True, ["PROTEST"], [4], "إضراباً مفتوحاً عن الطعام", ["asserted"], mode="strike",
          source=OM_LARAYES_STRIKERS, location=OM_LARAYES,
          date=D("2008-04-09", "day", ("2008-04-07", "2008-04-09")), acled=PEACEFUL),
        # the League's condemnation (the blame in a participle is the same ACCUSE) and its demand
        E(True, ["ACCUSE"], [5], "وأدانت", ["asserted"],
          source=LTDH, recipient=TN_POLICE, date=D("2008-04-09")),
        E(True, ["REQUEST"], [5], "وطالبت", ["asserted"],
          source=LTDH, date=D("2008-04-09")),
        # the governor receives the union's delegation and pledges to review the recruitment results
        E(True, ["CONSULT"], [7], "استقبل", ["asserted"], mode="visit",
          source=GAFSA_GOVERNOR, recipient=UGTT_GAFSA, location=GAFSA, date=D("2008-04-09")),
        E(True, ["AGREE"], [7], "وتعهّد", ["asserted", "reported"],
          source=GAFSA_GOVERNOR, recipient=UGTT_GAFSA, location=GAFSA, date=D("2008-04-09"),
          attribution=["عضو في الوفد"]),
        # paragraph 8 (the basin's economy) holds no event
        # the rumoured arrival of army units near Redeyef, denied by a governorate source
        E(True, ["MOBILIZE"], [9], "وصول", ["rumored", "negated", "reported"], mode="troops",
          source=TN_ARMY, location=REDEYEF, date=D("2008-04-09"),
          attribution=["أخبار راجت في قفصة", "مصدر بالولاية"]),
        # the general strike called for Saturday (planned); the call itself optional
        E(True, ["PROTEST"], [10], "إضراب عام", ["planned"], mode="strike",
          source=REDEYEF_UNIONS, location=REDEYEF, date=D("2008-04-12")),
        E(False, ["REQUEST"], [10], "ودعت", ["asserted"],
          source=REDEYEF_UNIONS, location=REDEYEF, date=D("2008-04-09")),
        # the interior ministry's warning (THREATEN, through the official agency); its accusation of «known
        # parties» in a participle is optional
        E(True, ["THREATEN"], [11], "حذّرت", ["asserted", "reported"], mode="violence",
          source=TN_INTERIOR, recipient=TN_THREAT_TARGETS, date=D("2008-04-09"),
          attribution=["الوكالة الرسمية"]),
        E(False, ["ACCUSE"], [11], "متهمةً", ["asserted"],
          source=TN_INTERIOR, recipient=TN_THREAT_TARGETS, date=D("2008-04-09")),
        # paragraph 12 (the year's sit-ins and clashes: generic) holds no event
        # the PDP's solidarity (SUPPORT); the Paris rally on Friday optional, planned
        E(True, ["SUPPORT"], [13], "وعبّر", ["asserted"],
          source=PDP, recipient=REDEYEF_RESIDENTS, date=D("2008-04-09")),
        E(False, ["PROTEST"], [13], "تجمّع", ["planned"], mode="demo",
          source=PARIS_DIASPORA, location=PARIS, date=D("2008-04-11")),
        # background at another place: the National Guard beat three sit-in youths in Mdhilla «مساء الخميس
        # الماضي»; the protests of early January optional, historical
        E(True, ["ASSAULT"], [14], "اعتدوا بالضرب", ["historical", "asserted", "reported"], mode="beat",
          source=TN_GUARD, recipient=MDHILLA_YOUTHS, location=MDHILLA, date=D("2008-04-03"),
          attribution=["رفاقه"], acled=EXCESSIVE),
        E(False, ["PROTEST"], [14], "خرج مئات المعطلين", ["historical"], mode="demo",
          source=BASIN_UNEMPLOYED, location=MINING_BASIN,
          date=D("2008-01-05", "month", ("2008-01-01", "2008-01-15")), acled=PEACEFUL),
        # the Sfax unionists' food and medicine for the detainees' families
        E(True, ["AID"], [15], "مساعدات غذائية", ["asserted"], mode="humanitarian",
          source=SFAX_UNIONISTS, recipient=DETAINEE_FAMILIES, location=REDEYEF,
          date=D("2008-04-09", "day", ("2008-04-08", "2008-04-09"))),
    ],
)
