"""Gold of article 127: southern Idlib in 2025 (Hish, Maarat al-Numan, Khan Shaykhun, Kafranbel/Has/Kafruma, al-Tah,
Idlib city), a Syrian returnees' news site, 2025-06-15 (Sun)."""
from actors_places import (
                           COUNCIL_EMPLOYEE,
                           FORMER_REGIME,
                           HISH,
                           IDLIB_CITY,
                           IDLIB_GOV,
                           KAFRANBEL_ROAD,
                           KHAN_SHAYKHUN,
                           KHAN_SHAYKHUN_FIGHT,
                           MAARA,
                           MAARA_COMMITTEE,
                           MAARA_COUNCIL,
                           MAARA_FARMERS,
                           MAARA_RESIDENTS,
                           MAARA_RETURNEES,
                           PHARMACIST,
                           REGIME_REMNANTS,
                           SOUTH_IDLIB,
                           SY_INTERNAL_SEC,
                           TAH,
                           TAH_FAMILIES,
                           TAH_NOTABLES,
                           UNICEF,
                           UNKNOWN,
                           UXO_CHILDREN,
                           WEST_MAARA_VILLAGES,
)
from common import (
                           ABDUCTION,
                           AGREEMENT,
                           AIR,
                           ARREST,
                           ATTACK,
                           CLASH,
                           DESTRUCTION,
                           MINE,
                           PEACEFUL,
                           D,
                           E,
                           paras_of,
)

SLUG = "south_idlib_maarat_al_numan_hish_khan_shaykhun_kafranbel"
ARTICLE = dict(
    id="team26-127", slug=SLUG, published="2025-06-15", outlet="Durub al-Awda news site (fictional)",
    paras=paras_of(f"127_{SLUG}.txt"),
    events=[
        # the cluster bomblet left over from the war: headline 0, lead 1 (three children killed, a fourth badly
        # hurt), the follow-up 8 (the civil defence's account; the fourth child died: the toll rose to four) → one
        # event, 4 killed; no actor (the munition was dropped years ago); the funeral is no event
        E(True, ["ASSAULT"], [0, 1, 8], "انفجار قنبلة عنقودية", ["asserted", "reported"], mode="explosives",
          recipient=UXO_CHILDREN, location=HISH, date=D("2025-06-14"), fatalities=4,
          attribution=["مصدر في مديرية صحة إدلب", "مسؤول فريق إزالة الذخائر غير المنفجرة في الدفاع المدني"],
          acled=MINE, tpara=1),
        # the returnees' road block on the M5 (headline 0) and their demand to the governorate (the rehabilitation
        # they ask for is the demand's content)
        E(True, ["PROTEST"], [0, 2], "قطع مئات", ["asserted"], mode="obstruct",
          source=MAARA_RETURNEES, location=MAARA, date=D("2025-06-15"), acled=PEACEFUL, tpara=2),
        E(True, ["REQUEST"], [2], "وطالبوا", ["asserted"],
          source=MAARA_RETURNEES, recipient=IDLIB_GOV, location=MAARA, date=D("2025-06-15")),
        # one sentence, two events at Khan Shaykhun: the farm raid with three arrests (the cache found is part of it)
        # and the exchange of fire with a fourth man, who was killed (two-sided: both are sources)
        E(True, ["COERCE"], [3], "واعتقلت", ["asserted", "reported"], mode="arrest",
          source=SY_INTERNAL_SEC, recipient=REGIME_REMNANTS, location=KHAN_SHAYKHUN, date=D("2025-06-15"),
          attribution=["بيان قيادة الأمن الداخلي في محافظة إدلب على تلغرام"], acled=ARREST),
        E(True, ["ASSAULT"], [3], "تبادلت إطلاق النار", ["asserted", "reported"], mode="firearms",
          source=KHAN_SHAYKHUN_FIGHT, location=KHAN_SHAYKHUN, date=D("2025-06-15"), fatalities=1,
          attribution=["بيان قيادة الأمن الداخلي في محافظة إدلب على تلغرام"], acled=CLASH),
        # arson of fields in three villages under one verb (one event); putting the fires out is no event
        E(True, ["ASSAULT"], [4], "أضرم مجهولون النار", ["asserted", "reported"], mode="destroy",
          source=UNKNOWN, recipient=MAARA_FARMERS, location=WEST_MAARA_VILLAGES,
          date=D("2025-06-14", "day", ("2025-06-14", "2025-06-15")),
          attribution=["الدفاع المدني السوري على منصة إكس"], acled=DESTRUCTION),
        # the governor meets the residents' committee (host as source) and commits to restart the pumping station
        # (AGREE)
        E(True, ["CONSULT"], [5], "اجتمع المحافظ", ["asserted"], mode="visit",
          source=IDLIB_GOV, recipient=MAARA_COMMITTEE, location=IDLIB_CITY, date=D("2025-06-15")),
        E(True, ["AGREE"], [5], "والتزم", ["asserted", "reported"],
          source=IDLIB_GOV, recipient=MAARA_COMMITTEE, location=IDLIB_CITY, date=D("2025-06-15"),
          attribution=["أحد أعضاء لجنة أهالي معرة النعمان"]),
        # a family gunfight in al-Tah (two-sided, 1 killed) and the notables' provisional settlement between the two
        # families (AGREE); the patrol separating them is part of it
        E(True, ["ASSAULT"], [6], "اندلع اشتباك", ["asserted"], mode="firearms",
          source=TAH_FAMILIES, location=TAH, date=D("2025-06-14"), fatalities=1, acled=CLASH),
        E(True, ["AGREE"], [6], "صلح مؤقت", ["asserted"],
          source=TAH_NOTABLES, recipient=TAH_FAMILIES, location=TAH,
          date=D("2025-06-14", "day", ("2025-06-14", "2025-06-15")), acled=AGREEMENT),
        # UNICEF's water tankers, due on Tuesday (planned)
        E(True, ["AID"], [7], "تسلّم", ["planned", "reported"], mode="humanitarian",
          source=UNICEF, recipient=MAARA_COUNCIL, location=MAARA, date=D("2025-06-17"),
          attribution=["رئيس المجلس المحلي في معرة النعمان"]),
        # the aircraft that dropped the munition years ago, in a quote (optional, historical)
        E(False, ["ASSAULT"], [8], "ألقتها الطائرات", ["historical"], mode="aerial",
          location=HISH, date=None, acled=AIR),
        # the rumoured abduction of a pharmacist, denied by his brother; the detention the brother tells of instead
        # is optional (asserted, undated)
        E(True, ["ASSAULT"], [9], "اختطاف صيدلاني", ["rumored", "negated", "reported"], mode="abduct",
          source=UNKNOWN, recipient=PHARMACIST, location=KAFRANBEL_ROAD,
          date=D("2025-06-14", "day", ("2025-06-13", "2025-06-14")),
          attribution=["مجموعات محلية على واتساب", "شقيق الصيدلاني"], acled=ABDUCTION),
        E(False, ["COERCE"], [9], "موقوف", ["asserted", "reported"], mode="arrest",
          source=SY_INTERNAL_SEC, recipient=PHARMACIST, date=None),
        # Internal Security's warning against new road blocks (a threat made: asserted); the prosecution it announces
        # if the road is closed again is hypothetical, and its call on residents a REQUEST (both optional)
        E(True, ["THREATEN"], [10], "حذّرت", ["asserted"], mode="arrest",
          source=SY_INTERNAL_SEC, recipient=MAARA_RESIDENTS, date=D("2025-06-15"),
          attribution=["بيان قيادة الأمن الداخلي في محافظة إدلب"]),
        E(False, ["COERCE"], [10], "ستلاحق", ["hypothetical"], mode="arrest",
          source=SY_INTERNAL_SEC, recipient=MAARA_RESIDENTS, date=None),
        E(False, ["REQUEST"], [10], "داعيةً", ["asserted"],
          source=SY_INTERNAL_SEC, recipient=MAARA_RESIDENTS, date=D("2025-06-15")),
        # paragraph 11 is a generic statement: deliberately NO gold event
        # the 2020 offensive and the takeover of the city, in relative clauses (optional, historical)
        E(False, ["ASSAULT", "COERCE"], [12], "الحملة العسكرية", ["historical"], mode="heavy-weapons",
          source=FORMER_REGIME, location=SOUTH_IDLIB, date=D("2020-01-15", "month", ("2020-01-01", "2020-02-29"))),
        # background: Thursday before a Sunday, a council employee shot dead in Maarat al-Numan
        E(True, ["ASSAULT"], [13], "أطلقا النار", ["historical", "asserted"], mode="firearms",
          source=UNKNOWN, recipient=COUNCIL_EMPLOYEE, location=MAARA, date=D("2025-06-12"), fatalities=1,
          acled=ATTACK),
    ],
)
