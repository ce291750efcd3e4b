"""Gold of article 238: Ghardaia (Theniet El Makhzen, Melika, the old market), Berriane and Guerrara, an Algerian daily,
2014-01-12 (Sun)."""
from actors_places import (
                           BERRIANE,
                           BERRIANE_HOUSE,
                           BERRIANE_NOTABLES,
                           BERRIANE_YOUTHS,
                           DZ_AUTH,
                           DZ_INT_MIN,
                           DZ_POLICE,
                           DZ_REINF,
                           GH_CONVICTS,
                           GH_COURT,
                           GH_DETAINEES,
                           GH_NOTABLES,
                           GH_POLICE_CHIEF,
                           GH_RIOTERS,
                           GH_SHOPS,
                           GH_TRADERS,
                           GH_WALI,
                           GH_YOUTHS,
                           GHARDAIA,
                           GHARDAIA_TM,
                           GUERRARA,
                           GUERRARA_TRADER,
                           LADDH,
                           MASKED,
                           UNKNOWN,
)
from common import ARREST, ATTACK, DESTRUCTION, PEACEFUL, RIOT, D, E, paras_of

SLUG = "ghardaia_2014_theniet_el_makhzen_melika_berriane_guerrara"
NIGHT = D("2014-01-11", "day", ("2014-01-11", "2014-01-12"))  # «ليلة السبت إلى الأحد»
TODAY = D("2014-01-12", "day", ("2014-01-11", "2014-01-12"))  # statements of «اليوم» or undated
ARTICLE = dict(
    id="team48-238", slug=SLUG, published="2014-01-12", outlet="Akhbar al-Janoub daily (fictional)",
    paras=paras_of(f"238_{SLUG}.txt"),
    events=[
        # the night clashes between youths of Theniet El Makhzen and Melika: headline 0, lead 1 (a medical source: 1),
        # ¶4 (a relative; pages claiming two dead, denied by the same source) → 1; two-sided: both groups are sources.
        # The 23 police injured in ¶2 while separating the two sides belong to the same clash, not a new event
        E(True, ["ASSAULT"], [0, 1, 2, 4], "مواجهات عنيفة", ["asserted", "reported"], mode="beat",
          source=GH_YOUTHS, location=GHARDAIA_TM, date=NIGHT, fatalities=1,
          attribution=["مصدر طبي بمستشفى المدينة", "أحد أقارب الضحية", "صفحات محلية على فيسبوك"], acled=RIOT,
          tpara=1),
        # 17 arrested, told by the police's communication cell (headline 0)
        E(True, ["COERCE"], [0, 2], "توقيف", ["asserted", "reported"], mode="arrest",
          source=DZ_POLICE, recipient=GH_DETAINEES, location=GHARDAIA, date=NIGHT,
          attribution=["خلية الاتصال والعلاقات العامة بأمن ولاية غرداية"], acled=ARREST, tpara=2),
        # the arson of nine shops and a warehouse by unknown persons (headline 0)
        E(True, ["ASSAULT"], [0, 3], "أضرم", ["asserted"], mode="destroy",
          source=UNKNOWN, recipient=GH_SHOPS, location=GHARDAIA, date=NIGHT, acled=DESTRUCTION, tpara=3),
        # paragraph 5 (Ghardaia, capital of the M'zab) holds no event
        # the traders' vigil before the wilaya (core) and their demand to the wali (core); the banner's slogan is part
        # of the vigil
        E(True, ["PROTEST"], [6], "وقفة احتجاجية", ["asserted"], mode="demo",
          source=GH_TRADERS, location=GHARDAIA, date=D("2014-01-12"), acled=PEACEFUL),
        E(True, ["REQUEST"], [6], "وطالبوا", ["asserted"],
          source=GH_TRADERS, recipient=GH_WALI, location=GHARDAIA, date=D("2014-01-12")),
        # some 600 police and gendarmes sent in last night (core); the minister's visit due on Tuesday (optional,
        # planned)
        E(True, ["MOBILIZE"], [7], "تعزيزات", ["asserted"], mode="police",
          source=DZ_REINF, location=GHARDAIA, date=D("2014-01-11")),
        E(False, ["CONSULT"], [7], "زيارة عمل", ["planned"], mode="visit",
          source=DZ_INT_MIN, location=GHARDAIA, date=D("2014-01-14")),
        # the wali hosts the notables of both communities (CONSULT) and they reach an agreement on a joint committee
        # (AGREE); their appeal to the youths is optional; the committee's task is a purpose
        E(True, ["CONSULT"], [8], "استقبل", ["asserted"], mode="visit",
          source=GH_WALI, recipient=GH_NOTABLES, location=GHARDAIA, date=D("2014-01-12")),
        E(True, ["AGREE"], [8], "اتفاق", ["asserted", "reported"],
          source=GH_WALI, recipient=GH_NOTABLES, location=GHARDAIA, date=D("2014-01-12"),
          attribution=["بيان للولاية"]),
        E(False, ["REQUEST"], [8], "نداءً", ["asserted"],
          source=GH_NOTABLES, location=GHARDAIA, date=D("2014-01-12")),
        # the human rights league: a blame and a demand in one sentence
        E(True, ["ACCUSE"], [9], "حمّلت", ["asserted"],
          source=LADDH, recipient=DZ_AUTH, date=TODAY),
        E(True, ["REQUEST"], [9], "وطالبت", ["asserted"],
          source=LADDH, recipient=DZ_AUTH, date=TODAY),
        # the rumoured break-in and arson in Berriane, denied by a security source; no day is given for the act
        E(True, ["ASSAULT"], [10], "اقتحام", ["rumored", "negated", "reported"], mode="destroy",
          source=MASKED, recipient=BERRIANE_HOUSE, location=BERRIANE, date=None,
          attribution=["مستخدمون لمواقع التواصل الاجتماعي", "مصدر أمني"], acled=ATTACK),
        # background «وكان … قد»: a trader attacked in his shop in Guerrara on Wednesday evening (core, historical, 1)
        E(True, ["ASSAULT"], [11], "اعتدى", ["historical", "asserted", "reported"], mode="beat",
          source=UNKNOWN, recipient=GUERRARA_TRADER, location=GUERRARA, date=D("2014-01-08"), fatalities=1,
          attribution=["مصالح الحماية المدنية"], acled=ATTACK),
        # paragraph 12 is a generic statement (recurring skirmishes, shops closing early): NO gold event
        # the court's sentences of yesterday for last month's unrest (SANCTION convict); «أحداث الشهر الماضي» is a
        # back-reference, not an event
        E(True, ["SANCTION"], [13], "أحكاماً", ["asserted"], mode="convict",
          source=GH_COURT, recipient=GH_CONVICTS, location=GHARDAIA, date=D("2014-01-11")),
        # the police chief's threat to pursue the arsonists (the surveillance cameras are no event)
        E(True, ["THREATEN"], [14], "وتوعّد", ["asserted", "reported"], mode="arrest",
          source=GH_POLICE_CHIEF, recipient=GH_RIOTERS, date=TODAY, attribution=["الإذاعة المحلية"]),
        # paragraph 15 (life returning to the centre) holds no event
        # «يُذكر أن»: the 2008 clashes in Berriane and the notables' agreement that ended them (optional, historical)
        E(False, ["ASSAULT"], [16], "مواجهات مماثلة", ["historical"], mode="beat",
          source=BERRIANE_YOUTHS, location=BERRIANE, date=D("2008-06-01", "year", ("2008-01-01", "2008-12-31"))),
        E(False, ["AGREE"], [16], "اتفاق", ["historical"],
          source=BERRIANE_NOTABLES, location=BERRIANE, date=D("2008-06-01", "year", ("2008-01-01", "2008-12-31"))),
    ],
)
