"""Gold of article 289: al-Zubair and the North Rumaila field (Basra, Iraq), Umm Qasr, Basra city, Baghdad and
Abu al-Khasib, a Basra news agency, 2018-07-16 (Mon)."""
from actors_places import (
    ABU_AL_KHASIB,
    ABU_KHASIB_ACTIVIST,
    BAGHDAD,
    BASRA,
    BASRA_CENTRE,
    BASRA_GOV_OFFICE,
    BASRA_LOCAL_GOV,
    BASRA_MP,
    BASRA_OFFICIALS,
    BASRA_PEOPLE,
    BASRA_PROTESTERS_2015,
    DETAINED_PROTESTERS,
    INFILTRATORS,
    IQ_FED_GOV,
    IQ_GOV_DELEGATION,
    IQ_RIOT_POLICE,
    IQ_SECURITY,
    KARBALA_CHARITY,
    PROTEST_COORDINATORS,
    RUMAILA,
    UMM_QASR,
    UMM_QASR_TRIBESMEN,
    UNKNOWN,
    ZUBAIR,
    ZUBAIR_PROTESTERS,
    ZUBAIR_SHEIKHS,
    ZUBAIR_UMM_QASR,
)
from common import ARREST, ATTACK, DESTRUCTION, EXCESSIVE, RIOT, D, E, paras_of

SLUG = "zubair_2018_rumaila_umm_qasr_abu_al_khasib"
TODAY = D("2018-07-16")
YESTERDAY = D("2018-07-15")
OVERNIGHT = D("2018-07-15", "day", ("2018-07-15", "2018-07-16"))
ARTICLE = dict(
    id="team58-289", slug=SLUG, published="2018-07-16",
    outlet="Nakheel News Basra news agency (fictional)",
    paras=paras_of(f"289_{SLUG}.txt"),
    events=[
        # the riot police's live fire on the protesters at the North Rumaila gate «عصر أمس الأحد»: headline 0,
        # lead 1 (the agency's correspondent: three), the follow-up 5 (a protester: how it went; the Basra
        # health directorate: two bodies; the Zubair coordination committee: five) and the police's retelling
        # 6 («تعاملت مع الموقف», no count) → 3 vs 2 vs 5 → 2
        E(True, ["ASSAULT"], [0, 1, 5, 6], "أطلقت قوات مكافحة الشغب", ["asserted", "reported"],
          mode="firearms", source=IQ_RIOT_POLICE, recipient=ZUBAIR_PROTESTERS, location=RUMAILA,
          date=YESTERDAY, fatalities=2,
          attribution=["مراسل الوكالة", "أحد المتظاهرين", "مدير إعلام دائرة صحة البصرة",
                       "تنسيقية تظاهرات الزبير", "قيادة شرطة البصرة"], acled=EXCESSIVE, tpara=1),
        # the protest itself at the field's gate, in the same sentence (a relative clause), and its demands
        # (optional)
        E(True, ["PROTEST"], [1], "تجمّعوا", ["asserted", "reported"], mode="demo",
          source=ZUBAIR_PROTESTERS, location=RUMAILA, date=YESTERDAY, attribution=["مراسل الوكالة"]),
        E(False, ["REQUEST"], [1], "مطالبين", ["asserted"],
          source=ZUBAIR_PROTESTERS, location=RUMAILA, date=YESTERDAY),
        # tribesmen block the road to Umm Qasr's northern port with burning tyres this morning (headline 0)
        E(True, ["PROTEST"], [0, 2], "قطع مئات", ["asserted", "reported"], mode="obstruct",
          source=UMM_QASR_TRIBESMEN, location=UMM_QASR, date=TODAY, attribution=["مصدر في إدارة الميناء"],
          tpara=2),
        # paragraph 3 (heat, power cuts, salty tap water: a standing state) holds no event
        # the ministers' delegation meets the governor, security chiefs and sheikhs, and promises jobs; the
        # urgent allocations optional
        E(True, ["CONSULT"], [4], "واجتمع", ["asserted", "reported"], mode="visit",
          source=IQ_GOV_DELEGATION, recipient=BASRA_OFFICIALS, location=BASRA_GOV_OFFICE, date=YESTERDAY,
          attribution=["بيان لمكتب المحافظ"]),
        E(True, ["AGREE"], [4], "ووعد", ["asserted", "reported"],
          source=IQ_GOV_DELEGATION, recipient=BASRA_PEOPLE, location=BASRA_GOV_OFFICE, date=YESTERDAY,
          attribution=["بيان لمكتب المحافظ"]),
        E(False, ["AID"], [4], "تخصيصات عاجلة", ["asserted", "planned"], mode="economic",
          source=IQ_GOV_DELEGATION, location=BASRA, date=YESTERDAY),
        # the stones thrown at the gate, in the protester's account (optional)
        E(False, ["PROTEST"], [5], "رشقوا", ["asserted", "reported"], mode="riot",
          source=ZUBAIR_PROTESTERS, location=RUMAILA, date=YESTERDAY, acled=RIOT),
        # the police's own story: «infiltrators» fired on the gate's guard (reported only); the burnt vehicle
        # optional
        E(True, ["ASSAULT"], [6], "أطلقوا النار", ["reported"], mode="firearms",
          source=INFILTRATORS, recipient=IQ_RIOT_POLICE, location=RUMAILA, date=YESTERDAY,
          attribution=["قيادة شرطة البصرة"]),
        E(False, ["ASSAULT"], [6], "وأحرقوا", ["reported"], mode="destroy",
          source=INFILTRATORS, recipient=IQ_RIOT_POLICE, location=RUMAILA, date=YESTERDAY,
          acled=DESTRUCTION),
        # the Zubair sheikhs' 72-hour deadline with a conditional threat (made: asserted)
        E(True, ["THREATEN"], [7], "وأمهل", ["asserted"], mode="violence",
          source=ZUBAIR_SHEIKHS, recipient=BASRA_LOCAL_GOV, location=ZUBAIR, date=OVERNIGHT),
        # a city-wide curfew from midnight: rumoured on social media and denied by the operations command
        E(True, ["COERCE"], [8], "حظر شامل للتجوال", ["rumored", "negated", "reported"], mode="curfew",
          location=BASRA_CENTRE, date=OVERNIGHT,
          attribution=["صفحات على مواقع التواصل", "قيادة عمليات البصرة"]),
        # one sentence, two events: thirteen protesters arrested overnight, nine released this morning
        # (passive «يُفرج»)
        E(True, ["COERCE"], [9], "واعتقلت", ["asserted", "reported"], mode="arrest",
          source=IQ_SECURITY, recipient=DETAINED_PROTESTERS, location=ZUBAIR_UMM_QASR, date=OVERNIGHT,
          attribution=["محامٍ متطوع"], acled=ARREST),
        E(True, ["RETREAT"], [9], "يُفرج", ["asserted", "reported"], mode="release",
          source=IQ_SECURITY, recipient=DETAINED_PROTESTERS, location=ZUBAIR_UMM_QASR, date=TODAY,
          attribution=["محامٍ متطوع"]),
        # the central demonstration on Friday (planned); the call to join it optional
        E(True, ["PROTEST"], [10], "تظاهرة مركزية", ["planned", "reported"], mode="demo",
          source=PROTEST_COORDINATORS, location=BASRA_GOV_OFFICE, date=D("2018-07-20"),
          attribution=["تنسيقيات التظاهرات"]),
        E(False, ["REQUEST"], [10], "دعت", ["asserted"],
          source=PROTEST_COORDINATORS, location=BASRA, date=TODAY),
        # a Basra MP's accusation of the federal government in Baghdad; his call for an oil share optional
        E(True, ["ACCUSE"], [11], "واتهم", ["asserted"],
          source=BASRA_MP, recipient=IQ_FED_GOV, location=BAGHDAD, date=OVERNIGHT),
        E(False, ["REQUEST"], [11], "داعياً", ["asserted"],
          source=BASRA_MP, recipient=IQ_FED_GOV, location=BAGHDAD, date=OVERNIGHT),
        # paragraph 12 (jobs, foreign workers, the ministry's standing answer) holds no event
        # background at another place: an activist shot dead before his house in Abu al-Khasib «ليل الخميس
        # الماضي» (core, historical, 1; unclaimed); the protests of summer 2015 optional, historical
        E(True, ["ASSAULT"], [13], "أطلقوا", ["historical", "asserted"], mode="assassinate",
          source=UNKNOWN, recipient=ABU_KHASIB_ACTIVIST, location=ABU_AL_KHASIB,
          date=D("2018-07-12", "day", ("2018-07-12", "2018-07-13")), fatalities=1, acled=ATTACK),
        E(False, ["PROTEST"], [13], "احتجاجات واسعة", ["historical"], mode="demo",
          source=BASRA_PROTESTERS_2015, location=BASRA, date=D("2015-07-15", "month", ("2015-06-01",
                                                                                       "2015-08-31"))),
        # a Karbala charity's drinking water for al-Zubair (AID; the distribution is the same act)
        E(True, ["AID"], [14], "أرسلتها", ["asserted", "reported"], mode="humanitarian",
          source=KARBALA_CHARITY, location=ZUBAIR, date=TODAY, attribution=["القائمين عليها"]),
        # paragraph 15 (a wary calm, shops closed) holds no event
    ],
)
