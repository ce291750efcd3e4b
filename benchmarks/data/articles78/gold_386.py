"""Gold of article 386: Maarat al-Numan, Khan Shaykhun, Kafranbel, Saraqib and al-Surman (southern Idlib), a
Syrian opposition online newspaper, 2018-08-14 (Tue)."""
from actors_places import (
    ABU_DUHUR,
    HTS,
    HTS_SECURITY,
    IDLIB_HEALTH,
    KAFRANBEL,
    KAFRANBEL_HISH,
    KAFRANBEL_PROTESTERS,
    KAFRANBEL_RUSSIA,
    KHAN_SHAYKHUN,
    MAARA,
    MAARA_CIVILIANS,
    MAARA_COUNCIL,
    MAARA_RESIDENTS,
    NLF,
    RECONCILERS,
    RU_WARPLANE,
    RUSSIA,
    SALVATION_GOV,
    SARAQIB,
    SARAQIB_MEN,
    SURAN,
    SURMAN,
    SY_ARTILLERY,
    SY_FORCES,
    SY_HELICOPTERS,
    TAH,
    TAH_CIVILIANS,
    TIGER_FORCES,
    TR_ARMY,
    TR_OFFICERS,
    TURKEY,
    UN,
)
from common import AIR, ARREST, PEACEFUL, SHELL, D, E, paras_of

SLUG = "maarat_al_numan_2018_kafranbel_khan_shaykhun_saraqib"
TODAY = D("2018-08-14")
LAST_WEEK = D("2018-08-08", "week", ("2018-08-05", "2018-08-11"))
ARTICLE = dict(
    id="team78-386", slug=SLUG, published="2018-08-14",
    outlet="Minbar Idlib Syrian opposition online newspaper (fictional)",
    paras=paras_of(f"386_{SLUG}.txt"),
    events=[
        # the main event, first in the lead: a Russian air strike on the vegetable market «ظهر اليوم»
        # (headline 0, lead 1, the tolls 2, a trader 3, the burial 11, the Salvation Government's «مجزرة
        # السوق» 15); the civil defence's five against the coordination committee's seven → 5
        E(True, ["ASSAULT"], [0, 1, 2, 3, 11, 15], "غارة جوية", ["asserted"], mode="aerial",
          source=RU_WARPLANE, recipient=MAARA_CIVILIANS, location=MAARA, date=TODAY, fatalities=5,
          attribution=["الدفاع المدني السوري", "«تنسيقية معرة النعمان»"], acled=AIR, tpara=1),
        # ¶4: the health directorate's appeal for blood (REQUEST); raising the hospitals' readiness is
        # optional
        E(True, ["REQUEST"], [4], "وناشدت", ["asserted"],
          source=IDLIB_HEALTH, recipient=MAARA_RESIDENTS, location=MAARA, date=TODAY),
        E(False, ["MOBILIZE"], [4], "رفع الجاهزية", ["asserted"], source=IDLIB_HEALTH, date=TODAY),
        # ¶5: one sentence, two strikes: barrel bombs on Khan Shaykhun without casualties (a
        # verb-subject-object sentence) and the artillery on Kafranbel and Hish (one event on two towns)
        E(True, ["ASSAULT"], [5], "وألقت", ["asserted", "reported"], mode="aerial",
          source=SY_HELICOPTERS, location=KHAN_SHAYKHUN, date=TODAY,
          attribution=["مرصد محلي يتابع حركة الطيران"], acled=AIR),
        E(True, ["ASSAULT"], [5], "استهدفت", ["asserted", "reported"], mode="heavy-weapons",
          source=SY_ARTILLERY, location=KAFRANBEL_HISH, date=TODAY,
          attribution=["مرصد محلي يتابع حركة الطيران"], acled=SHELL),
        # ¶6: the National Liberation Front's Grad rockets on Suran (the hit it claims is unverified); the
        # regime media's silence negates nothing
        E(True, ["ASSAULT"], [6], "بقصف", ["asserted", "reported"], mode="heavy-weapons",
          source=NLF, recipient=SY_FORCES, location=SURAN, date=TODAY, acled=SHELL),
        # ¶7: six men arrested by HTS in Saraqib (a passive «اعتُقل … من قبل», headline 0); the phones seized
        # optional
        E(True, ["COERCE"], [0, 7], "اعتُقل", ["asserted"], mode="arrest",
          source=HTS, recipient=SARAQIB_MEN, location=SARAQIB, date=TODAY,
          attribution=["أقارب اثنين منهم"], acled=ARREST, tpara=7),
        E(False, ["COERCE"], [7], "صادروا", ["asserted"], mode="confiscate",
          source=HTS, location=SARAQIB, date=TODAY),
        # ¶8: HTS's security service accuses the detainees (ACCUSE) and threatens anyone who seeks
        # reconciliation (THREATEN); its call on residents to inform optional
        E(True, ["ACCUSE"], [8], "واتهم", ["asserted"],
          source=HTS_SECURITY, recipient=SARAQIB_MEN, date=TODAY, attribution=["بيان على «تلغرام»"]),
        E(True, ["THREATEN"], [8], "وتوعّد", ["asserted"], mode="violence",
          source=HTS_SECURITY, recipient=RECONCILERS, date=TODAY),
        E(False, ["REQUEST"], [8], "داعياً", ["asserted"], source=HTS_SECURITY, date=TODAY),
        # ¶9: the Kafranbel demonstration (PROTEST) and its demand to Turkey (REQUEST); the banners denouncing
        # the Russian strikes optional ACCUSE
        E(True, ["PROTEST"], [9], "مظاهرة", ["asserted"], mode="demo",
          source=KAFRANBEL_PROTESTERS, location=KAFRANBEL, date=TODAY, acled=PEACEFUL),
        E(True, ["REQUEST"], [9], "وطالبوا", ["asserted"],
          source=KAFRANBEL_PROTESTERS, recipient=TURKEY, location=KAFRANBEL, date=TODAY),
        E(False, ["ACCUSE"], [9], "تندد", ["asserted"],
          source=KAFRANBEL_PROTESTERS, recipient=KAFRANBEL_RUSSIA, date=TODAY),
        # paragraph 10 (the town, its market and museum: description) holds no event; ¶11 (the burial) belongs
        # to the main event
        # ¶12: «Tiger Forces» columns reaching Abu al-Duhur, rumoured on loyalist pages; the NLF commander's
        # dismissal of the talk optional REJECT
        E(True, ["MOBILIZE"], [12], "وصول أرتال", ["rumored", "reported"], mode="troops",
          source=TIGER_FORCES, location=ABU_DUHUR, date=D("2018-08-14", "week", ("2018-08-08", "2018-08-14")),
          attribution=["صفحات موالية للنظام على «فيسبوك»"]),
        E(False, ["REJECT"], [12], "حرب نفسية", ["asserted"], source=NLF, date=TODAY),
        # ¶13: a Turkish convoy enters the observation post near al-Surman (MOBILIZE)
        E(True, ["MOBILIZE"], [13], "دخل رتل", ["asserted"], mode="troops",
          source=TR_ARMY, location=SURMAN, date=TODAY, attribution=["مراسل «منبر إدلب»"]),
        # ¶14: the council's meeting with Turkish officers on Thursday (planned CONSULT) and last week's
        # meeting the officers did not attend (core CONSULT, negated)
        E(True, ["CONSULT"], [14], "يلتقي", ["planned"], mode="visit",
          source=MAARA_COUNCIL, recipient=TR_OFFICERS, location=SURMAN, date=D("2018-08-16"),
          attribution=["عضو في المجلس"]),
        E(True, ["CONSULT"], [14], "لم يحضروا", ["negated", "historical"],
          source=TR_OFFICERS, recipient=MAARA_COUNCIL, location=SURMAN, date=LAST_WEEK),
        # ¶15: the Salvation Government blames Russia (ACCUSE); its call on the UN optional
        E(True, ["ACCUSE"], [15], "وحمّلت", ["asserted"],
          source=SALVATION_GOV, recipient=RUSSIA, date=TODAY),
        E(False, ["REQUEST"], [15], "ودعت", ["asserted"], source=SALVATION_GOV, recipient=UN, date=TODAY),
        # paragraph 16 (Turkey, Russia and the province: analysis) holds no event
        # background at another place: an air strike on al-Tah's market on 3 June, four killed
        E(True, ["ASSAULT"], [17], "غارة مماثلة", ["historical", "asserted"], mode="aerial",
          recipient=TAH_CIVILIANS, location=TAH, date=D("2018-06-03"), fatalities=4,
          attribution=["الدفاع المدني"], acled=AIR),
    ],
)
