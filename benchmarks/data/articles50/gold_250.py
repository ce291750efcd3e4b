"""Gold of article 250: the Rif (Imzouren, Al Hoceima, Beni Bouayach, Tamasint, Targuist) and Rabat, a
Moroccan news site, 2017-06-08 (Thu)."""
from actors_places import (
                           AMDH,
                           AUX_VEHICLES,
                           BNPJ,
                           CASABLANCA,
                           CHAOS_ELEMENTS,
                           CONVICTED_ACTIVISTS,
                           HIRAK,
                           HIRAK_DETAINEES,
                           HOCEIMA,
                           HOCEIMA_BENI_BOUAYACH,
                           HOCEIMA_COURT,
                           HOCEIMA_ELECTED,
                           IMZOUREN,
                           IMZOUREN_PROTESTERS,
                           MA_DELEGATION,
                           MA_FORCES,
                           MA_GOV,
                           MA_INTERIOR,
                           MA_STATE,
                           MA_THREAT_TARGETS,
                           NADOR_HOCEIMA_ROAD,
                           RABAT,
                           RIF,
                           RIF_PROTESTERS,
                           SOLIDARITY_COORD,
                           TAMASINT,
                           TAMASINT_ACTIVIST,
                           TARGUIST,
                           TARGUIST_YOUTHS,
)
from common import ARREST, DESTRUCTION, EXCESSIVE, PEACEFUL, RIOT, D, E, paras_of

SLUG = "al_hoceima_2017_imzouren_beni_bouayach_targuist"
STATEMENT_DAY = D("2017-06-08", "day", ("2017-06-07", "2017-06-08"))
ARTICLE = dict(
    id="team50-250", slug=SLUG, published="2017-06-08", outlet="Anoual Press news site (fictional)",
    paras=paras_of(f"250_{SLUG}.txt"),
    events=[
        # the security forces' charge on the march in Imzouren «ليل أمس الأربعاء»: headline 0, lead 1 (a
        # medical source: the young man died at dawn), the follow-up 6 (Hirak pages: a second death, denied by
        # the hospital; a marcher's account) → 1. The march that turned into a riot is a separate PROTEST
        # (¶1, ¶2)
        E(True, ["ASSAULT"], [0, 1, 6], "تدخلت القوات العمومية", ["asserted", "reported"], mode="beat",
          source=MA_FORCES, recipient=IMZOUREN_PROTESTERS, location=IMZOUREN, date=D("2017-06-07"),
          fatalities=1,
          attribution=["مصدر طبي", "صفحات محلية مقربة من الحراك على «فيسبوك»", "مصادر بالمستشفى الإقليمي",
                       "أحد المشاركين في المسيرة"], acled=EXCESSIVE, tpara=1),
        E(True, ["PROTEST"], [1, 2], "مسيرة احتجاجية", ["asserted"], mode="riot",
          source=IMZOUREN_PROTESTERS, location=IMZOUREN, date=D("2017-06-07"), acled=RIOT),
        # the two Auxiliary Forces cars set on fire (passive, no perpetrator named): optional
        E(False, ["ASSAULT"], [2], "وأُضرمت النار", ["asserted"], mode="destroy",
          recipient=AUX_VEHICLES, location=IMZOUREN, date=D("2017-06-07"), acled=DESTRUCTION),
        # the arrests of fourteen activists (headline); the transfer of eight to Casablanca (passive) optional
        E(True, ["COERCE"], [0, 3], "اعتقلت", ["asserted", "reported"], mode="arrest",
          source=BNPJ, recipient=HIRAK_DETAINEES, location=HOCEIMA_BENI_BOUAYACH, date=D("2017-06-08"),
          attribution=["عائلاتهم"], acled=ARREST, tpara=3),
        E(False, ["COERCE"], [3], "يُنقل", ["asserted", "reported"], mode="deport",
          source=BNPJ, recipient=HIRAK_DETAINEES, location=CASABLANCA, date=D("2017-06-08")),
        # the court's sentence of «أول أمس الثلاثاء», told in «وكانت … قد»
        E(True, ["SANCTION"], [4], "قضت", ["asserted", "historical"], mode="convict",
          source=HOCEIMA_COURT, recipient=CONVICTED_ACTIVISTS, location=HOCEIMA, date=D("2017-06-06")),
        # the interior ministry's statement through MAP: an accusation and a vow (the injured officers are a
        # retelling)
        E(True, ["ACCUSE"], [5], "اتهمت", ["asserted", "reported"],
          source=MA_INTERIOR, recipient=CHAOS_ELEMENTS, date=STATEMENT_DAY,
          attribution=["وكالة المغرب العربي للأنباء"]),
        E(True, ["THREATEN"], [5], "وتوعّدت", ["asserted", "reported"], mode="arrest",
          source=MA_INTERIOR, recipient=MA_THREAT_TARGETS, date=STATEMENT_DAY,
          attribution=["وكالة المغرب العربي للأنباء"]),
        # the ministerial delegation's meeting at the province's seat and its pledge
        E(True, ["CONSULT"], [7], "اجتماعاً", ["asserted"], mode="visit",
          source=MA_DELEGATION, recipient=HOCEIMA_ELECTED, location=HOCEIMA, date=D("2017-06-07")),
        E(True, ["AGREE"], [7], "وتعهّد", ["asserted"],
          source=MA_DELEGATION, recipient=HOCEIMA_ELECTED, location=HOCEIMA, date=D("2017-06-07")),
        # the rumoured arrest of an activist in Tamasint, denied by the DGSN
        E(True, ["COERCE"], [8], "اعتقال", ["rumored", "negated", "reported"], mode="arrest",
          recipient=TAMASINT_ACTIVIST, location=TAMASINT, date=STATEMENT_DAY,
          attribution=["رواد مواقع التواصل الاجتماعي", "المديرية العامة للأمن الوطني"], acled=ARREST),
        # the solidarity vigil in Rabat on Saturday (planned); the call itself optional
        E(True, ["PROTEST"], [9], "وقفة تضامنية", ["planned"], mode="demo",
          source=SOLIDARITY_COORD, location=RABAT, date=D("2017-06-10")),
        E(False, ["REQUEST"], [9], "ودعت", ["asserted"],
          source=SOLIDARITY_COORD, date=D("2017-06-08")),
        # the AMDH branch's demand; its blame of the state in a participle optional
        E(True, ["REQUEST"], [10], "وطالب", ["asserted"],
          source=AMDH, recipient=MA_STATE, date=D("2017-06-08")),
        E(False, ["ACCUSE"], [10], "محمّلاً", ["asserted"],
          source=AMDH, recipient=MA_STATE, date=D("2017-06-08")),
        # paragraphs 11 (the province's standing demands) and 12 (the activists' and the government's standing
        # views) are generic: no event
        # the reinforcements on the coastal road seen by the correspondent
        E(True, ["MOBILIZE"], [13], "تعزيزات", ["asserted"], mode="police",
          source=MA_FORCES, location=NADOR_HOCEIMA_ROAD, date=D("2017-06-08"),
          attribution=["مراسل «أنوال بريس»"]),
        # the activists' refusal of the government's call to dialogue; the call itself optional
        E(True, ["REJECT"], [14], "رفض", ["asserted"],
          source=HIRAK, recipient=MA_GOV, date=STATEMENT_DAY),
        E(False, ["REQUEST"], [14], "دعوة الحكومة", ["asserted"],
          source=MA_GOV, recipient=HIRAK, date=None),
        # background at another place: the vigil in Targuist dispersed by force «مساء الأحد الماضي»; the vigil
        # itself and the start of the protests in October 2016 optional, historical
        E(True, ["ASSAULT"], [15], "فرّقت بالقوة", ["historical", "asserted"], mode="beat",
          source=MA_FORCES, recipient=TARGUIST_YOUTHS, location=TARGUIST, date=D("2017-06-04"),
          acled=EXCESSIVE),
        E(False, ["PROTEST"], [15], "وقفة احتجاجية", ["historical"], mode="demo",
          source=TARGUIST_YOUTHS, location=TARGUIST, date=D("2017-06-04"), acled=PEACEFUL),
        E(False, ["PROTEST"], [15], "اندلعت", ["historical"], mode="demo",
          source=RIF_PROTESTERS, location=RIF, date=D("2016-10-28", "week", ("2016-10-20", "2016-10-31"))),
    ],
)
