"""Gold of article 137: Wasit, Iraq (al-Hay, al-Kut, al-Suwaira/al-Aziziyah/al-Numaniyah, Badrah), an Iraqi news
site, 2024-07-14 (Sun)."""
from actors_places import (
                           AL_HAY,
                           AL_HAY_SHEIKHS,
                           AL_HAY_SUSPECTS,
                           BADRAH,
                           DRUG_SUSPECTS,
                           IQ_ELEC_MIN,
                           KUT,
                           KUT_PROTESTERS,
                           NUMANIYAH,
                           NUMANIYAH_VICTIM,
                           RIOT_POLICE,
                           SUWAIRA_AZIZIYA_NUMANIYA,
                           UNKNOWN,
                           WASIT_CLANS,
                           WASIT_COUNCIL_HEAD,
                           WASIT_DRUGS,
                           WASIT_GOVERNOR,
                           WASIT_MEDIATORS,
                           WASIT_POLICE,
                           ZUBAIDIYA,
)
from common import AGREEMENT, ARREST, CLASH, EXCESSIVE, MINE, D, E, paras_of

SLUG = "wasit_al_hay_kut_suwaira_numaniyah_electricity"
ARTICLE = dict(
    id="team28-137", slug=SLUG, published="2024-07-14", outlet="Shurfat Dijla news site (fictional)",
    paras=paras_of(f"137_{SLUG}.txt"),
    events=[
        # the clan fight in al-Hay «ليل السبت 13 تموز» (the night may run past midnight): headline 0, lead 1 (a police
        # source, «قتلى وجرحى» without a number), the follow-up 8 where the health directorate gives the toll → 2; a
        # two-sided fight: both clans are sources
        E(True, ["ASSAULT"], [0, 1, 8], "نزاعاً عشائرياً", ["asserted", "reported"], mode="firearms",
          source=WASIT_CLANS, location=AL_HAY, date=D("2024-07-13", "day", ("2024-07-13", "2024-07-14")),
          fatalities=2, attribution=["مصدر أمني في قيادة شرطة محافظة واسط", "دائرة صحة واسط"], acled=CLASH,
          tpara=1),
        # the emergency police deploy in al-Hay (optional MOBILIZE) and arrest eight of those who fired (core); the
        # weapons seized are part of the arrest
        E(False, ["MOBILIZE"], [2], "انتشرت", ["asserted", "reported"], mode="police",
          source=WASIT_POLICE, location=AL_HAY, date=D("2024-07-14", "day", ("2024-07-13", "2024-07-14"))),
        E(True, ["COERCE"], [2], "واعتقلت", ["asserted", "reported"], mode="arrest",
          source=WASIT_POLICE, recipient=AL_HAY_SUSPECTS, location=AL_HAY,
          date=D("2024-07-14", "day", ("2024-07-13", "2024-07-14")),
          attribution=["مصدر أمني في قيادة شرطة محافظة واسط"]),
        # one sentence, two events in al-Kut: the road-blocking protest with burning tyres (headline 0; ACLED would
        # call it a protest with intervention, a sub-type the kit has no label for) and the riot police's arrest of
        # six protesters (the dispersal is part of it)
        E(True, ["PROTEST"], [0, 3], "قطع مئات المتظاهرين", ["asserted", "reported"], mode="obstruct",
          source=KUT_PROTESTERS, location=KUT, date=D("2024-07-13"),
          attribution=["ناشطون على مواقع التواصل الاجتماعي"], tpara=3),
        E(True, ["COERCE"], [3], "وتعتقل", ["asserted", "reported"], mode="arrest",
          source=RIOT_POLICE, recipient=KUT_PROTESTERS, location=KUT, date=D("2024-07-13"),
          attribution=["ناشطون على مواقع التواصل الاجتماعي"], acled=ARREST),
        # the governor's written demand to the Ministry of Electricity and the ministry's refusal the same evening
        E(True, ["REQUEST"], [4], "طالب", ["asserted"],
          source=WASIT_GOVERNOR, recipient=IQ_ELEC_MIN, date=D("2024-07-14", "day", ("2024-07-13", "2024-07-14")),
          attribution=["كتاب رسمي اطّلعت عليه شرفة دجلة"]),
        E(True, ["REJECT"], [4], "برفض الطلب", ["asserted", "reported"],
          source=IQ_ELEC_MIN, recipient=WASIT_GOVERNOR, date=D("2024-07-14"), attribution=["بيان وزارة الكهرباء"]),
        # a drug raid campaign in three districts under one verb: one event over the last 48 hours
        E(True, ["COERCE"], [5], "حملة مداهمات", ["asserted", "reported"], mode="arrest",
          source=WASIT_DRUGS, recipient=DRUG_SUSPECTS, location=SUWAIRA_AZIZIYA_NUMANIYA,
          date=D("2024-07-13", "day", ("2024-07-12", "2024-07-14")), attribution=["بيان مديرية شؤون المخدرات"]),
        # the police chief and the tribal affairs director mediate with the two clans' sheikhs; the meeting ends in a
        # thirty-day «عطوة» and a pledge to hand over the wanted men (one AGREE)
        E(True, ["CONSULT"], [6], "اجتماعاً", ["asserted", "reported"], mode="third-party",
          source=WASIT_MEDIATORS, recipient=AL_HAY_SHEIKHS, location=AL_HAY, date=D("2024-07-14"),
          attribution=["بيان قيادة الشرطة"]),
        E(True, ["AGREE"], [6], "الاتفاق", ["asserted", "reported"],
          source=AL_HAY_SHEIKHS, recipient=WASIT_MEDIATORS, location=AL_HAY, date=D("2024-07-14"),
          attribution=["بيان قيادة الشرطة"], acled=AGREEMENT),
        # the ministry delegation's visit on Tuesday (planned) and its meeting with the protesters' representatives
        # (optional, planned)
        E(True, ["CONSULT"], [7], "يصل", ["planned", "reported"], mode="visit",
          source=IQ_ELEC_MIN, location=KUT, date=D("2024-07-16"), attribution=["واع عن مصدر في وزارة الكهرباء"]),
        E(False, ["CONSULT"], [7], "يلتقي", ["planned", "reported"], mode="visit",
          source=IQ_ELEC_MIN, recipient=KUT_PROTESTERS, location=KUT, date=D("2024-07-16")),
        # one sentence, two events: the rumoured killing of a protester by riot police, denied by the police; and the
        # release on bail of the six detained protesters (carried out: RETREAT)
        E(True, ["ASSAULT"], [9], "مقتل متظاهر", ["rumored", "negated", "reported"], mode="firearms",
          source=RIOT_POLICE, recipient=KUT_PROTESTERS, location=KUT, date=D("2024-07-13"),
          attribution=["صفحات محلية", "بيان قيادة شرطة واسط"], acled=EXCESSIVE),
        E(True, ["RETREAT"], [9], "أُطلق سراحهم", ["asserted", "reported"], mode="release",
          source=WASIT_POLICE, recipient=KUT_PROTESTERS, location=KUT, date=D("2024-07-14"),
          attribution=["بيان قيادة شرطة واسط"]),
        # the protest coordinators' conditional threat (made: asserted); the road blocks they threaten are hypothetical
        # (optional)
        E(True, ["THREATEN"], [10], "وهدّد", ["asserted"], mode="protest",
          source=KUT_PROTESTERS, location=KUT, date=D("2024-07-14", "day", ("2024-07-13", "2024-07-14"))),
        E(False, ["PROTEST"], [10], "قطع الطرق", ["hypothetical"], mode="obstruct",
          source=KUT_PROTESTERS, location=ZUBAIDIYA, date=None),
        # paragraph 11 is a generic statement: deliberately NO gold event
        # the council head's praise of the sheikhs (SUPPORT); the Badrah clan fight two years ago, recalled (optional,
        # historical)
        E(True, ["SUPPORT"], [12], "أشاد", ["asserted"],
          source=WASIT_COUNCIL_HEAD, recipient=AL_HAY_SHEIKHS, date=D("2024-07-14", "day", ("2024-07-13", "2024-07-14"))),
        E(False, ["ASSAULT"], [12], "نزاعاً مماثلاً", ["historical"], mode="firearms",
          location=BADRAH, date=D("2022-07-15", "year", ("2022-01-01", "2022-12-31")), fatalities=4, acled=CLASH),
        # background: Wednesday before a Sunday, a sticky bomb under a police officer's car in al-Numaniyah (1)
        E(True, ["ASSAULT"], [13], "فجّروا", ["historical", "asserted", "reported"], mode="explosives",
          source=UNKNOWN, recipient=NUMANIYAH_VICTIM, location=NUMANIYAH, date=D("2024-07-10"), fatalities=1,
          attribution=["مصدر في شرطة قضاء النعمانية"], acled=MINE),
    ],
)
