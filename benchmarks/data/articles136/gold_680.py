"""Gold of article 680: the National Guard's shooting at protesters in Menzel Bouzaiane, after a street
vendor's self-immolation in front of the governorate, daily protests and night arrests; a governor
dismissed, lawyers' sit-ins and a regional general strike (central Tunisia), a Paris-based Tunisian exiled
opposition news website, 2011-01-03 (Mon)."""
from actors_places import (
    AGITATORS,
    GAFSA,
    GAFSA_COURT,
    GOV_OFFICIALS_680,
    HEAD_OF_STATE,
    HOSTILE_ABROAD,
    MB_GUARD_POST,
    MB_PROTESTERS,
    MENZEL_BOUZAIANE,
    MINING_UNIONISTS,
    MUNICIPAL_AGENTS,
    NEW_GOVERNOR,
    OTHER_LAWYERS,
    PLAINCLOTHES,
    RCD_SB,
    SB_COURT,
    SB_DEMONSTRATORS,
    SB_GOV_SEAT,
    SB_GOVERNOR,
    SB_LAWYERS,
    SB_REGIONAL_OFFICIALS,
    SB_RELEASED,
    SB_YOUTHS,
    SIDI_BOUZID,
    STRIKE_TOWNS,
    TN_AUTHORITIES,
    TN_BAR,
    TN_DEV_MINISTER,
    TN_GOV_MEMBER,
    TN_GUARD,
    TN_POLICE,
    TN_SECURITY,
    TN_SECURITY_AGENTS,
    UGTT_SB,
    UNION_AND_BAR,
    UNIONISTS_SB,
    VENDOR,
)
from common import ARREST, EXCESSIVE, PEACEFUL, D, E, paras_of

SLUG = "sidi_bouzid_2011_menzel_bouzaiane_gafsa_sfax"
TODAY = D("2011-01-03")
LATELY = D("2011-01-03", "day", ("2011-01-02", "2011-01-03"))
VENDOR_DAY = D("2010-12-17")
ARTICLE = dict(
    id="team136-680", slug=SLUG, published="2011-01-03",
    outlet="Manarat, a Paris-based Tunisian exiled opposition news website (fictional)",
    paras=paras_of(f"680_{SLUG}.txt"),
    events=[
        # the lead (dateline «صفاقس», a city outside the governorate from which the correspondent files
        # because the region's connections are cut): the vendor's self-immolation in front of the
        # governorate on 17 December (core PROTEST, Peaceful protest) and the seizure of his cart by
        # municipal inspectors (core COERCE); the officials' refusal to hear him is optional (REJECT)
        E(True, ["PROTEST"], [1], "أضرم", ["asserted", "historical"], source=VENDOR, location=SB_GOV_SEAT,
          date=VENDOR_DAY, acled=PEACEFUL),
        E(True, ["COERCE"], [1], "حجز", ["asserted", "historical"], mode="confiscate",
          source=MUNICIPAL_AGENTS, recipient=VENDOR, location=SIDI_BOUZID, date=VENDOR_DAY),
        E(False, ["REJECT"], [1], "ورفض", ["asserted", "historical"], source=GOV_OFFICIALS_680,
          recipient=VENDOR, date=VENDOR_DAY),
        # paragraph 2 (Sidi Bouzid: a description) holds no event; ¶3: the daily gatherings in front of the
        # governorate from the next morning (core PROTEST, Peaceful protest); the police dispersing them
        # with tear gas and truncheons is optional
        E(True, ["PROTEST"], [3], "تجمع", ["asserted"], mode="demo", source=SB_DEMONSTRATORS,
          location=SB_GOV_SEAT, date=D("2010-12-18", "day", ("2010-12-18", "2010-12-23")), acled=PEACEFUL),
        E(False, ["ASSAULT", "COERCE"], [3], "فرّقتهم", ["asserted"], mode="beat", source=TN_POLICE,
          recipient=SB_DEMONSTRATORS, location=SB_GOV_SEAT, date=D("2010-12-18", "day",
                                                                  ("2010-12-18", "2010-12-23"))),
        # ¶4: night raids and arrests in the first week (core COERCE, Arrests)
        E(True, ["COERCE"], [4], "واعتقلت", ["asserted"], mode="arrest", source=TN_SECURITY,
          recipient=SB_YOUTHS,
          location=SIDI_BOUZID, date=D("2010-12-21", "week", ("2010-12-18", "2010-12-24")),
          attribution=["محامين"], acled=ARREST),
        # the main event, in ¶5 after the self-immolation, the gatherings and the arrests: the National
        # Guard's live fire on the protesters in front of its post in Menzel Bouzaiane on Friday 24
        # December; one killed per the interior ministry against two per the regional union in ¶6 (opened
        # with «وتخالف») → 1; the headline names it
        E(True, ["ASSAULT", "PROTEST"], [0, 5, 6], "أطلق", ["asserted"], mode="firearms", source=TN_GUARD,
          recipient=MB_PROTESTERS, location=MB_GUARD_POST, date=D("2010-12-24"), fatalities=1,
          attribution=["وزارة الداخلية", "الاتحاد الجهوي للشغل بسيدي بوزيد"], acled=EXCESSIVE, tpara=5),
        # ¶7: the governor relieved of his duties by the head of state (core SANCTION)
        E(True, ["SANCTION"], [7], "وأعفى", ["asserted"], source=HEAD_OF_STATE, recipient=SB_GOVERNOR,
          location=SIDI_BOUZID, date=D("2010-12-29")),
        # ¶8: the lawyers' sit-in at the court of first instance (core PROTEST, Peaceful protest); the
        # sit-ins elsewhere and the beating of lawyers told by them are optional
        E(True, ["PROTEST"], [8], "واعتصم", ["asserted"], mode="demo", source=SB_LAWYERS, location=SB_COURT,
          date=D("2010-12-31"), acled=PEACEFUL),
        E(False, ["PROTEST"], [8], "وتكرر", ["asserted"], mode="demo", source=OTHER_LAWYERS,
          date=D("2010-12-31")),
        E(False, ["ASSAULT"], [8], "اعتدوا", ["reported"], mode="beat", source=PLAINCLOTHES,
          recipient=OTHER_LAWYERS, date=None, attribution=["محامون"]),
        # ¶9: the ruling party's regional statement printed in the official papers, «عند أول مساس …» (core
        # THREATEN); its charge against «hostile parties abroad» is optional
        E(True, ["THREATEN"], [9], "يتوعد", ["asserted"], mode="arrest", source=RCD_SB, recipient=AGITATORS,
          location=SIDI_BOUZID, date=TODAY),
        E(False, ["ACCUSE"], [9], "ويتهم", ["asserted"], source=RCD_SB, recipient=HOSTILE_ABROAD,
          date=TODAY),
        # paragraph 10 (a graduate's words) holds no event; ¶11: a night curfew said to be enforced in
        # Menzel Bouzaiane, told on Facebook only (core COERCE, rumored)
        E(True, ["COERCE"], [11], "حظر تجول", ["rumored"], mode="curfew", location=MENZEL_BOUZAIANE,
          date=None, attribution=["ناشطون على «فيسبوك»"]),
        # ¶12: the regional union's general strike on Thursday (core PROTEST, strike, Peaceful protest); the
        # march in Menzel Bouzaiane is optional
        E(True, ["PROTEST"], [12], "إضراباً عاماً", ["asserted"], mode="strike", source=UGTT_SB,
          location=STRIKE_TOWNS, date=D("2010-12-30"), acled=PEACEFUL),
        E(False, ["PROTEST"], [12], "وسار", ["asserted"], mode="demo", source=UNIONISTS_SB,
          location=MENZEL_BOUZAIANE, date=D("2010-12-30")),
        # background in «وكانت … قد», at another place: the Gafsa appeal court's prison sentences of 4
        # February 2009 on the mining-basin unionists (core, historical, SANCTION)
        E(True, ["SANCTION"], [13], "أحكاماً", ["historical", "asserted"], mode="convict",
          source=GAFSA_COURT, recipient=MINING_UNIONISTS, location=GAFSA, date=D("2009-02-04")),
        # ¶14: the bar's charge of torture (core ACCUSE); its demand is optional
        E(True, ["ACCUSE"], [14], "واتهمت", ["asserted"], source=TN_BAR, recipient=TN_SECURITY_AGENTS,
          date=LATELY),
        E(False, ["REQUEST"], [14], "مطالبةً", ["asserted"], source=TN_BAR, date=LATELY),
        # ¶15: no member of the government in Menzel Bouzaiane (core CONSULT, negated); the development
        # minister's short visit to the governorate is optional
        E(True, ["CONSULT"], [15], "يزر", ["negated"], mode="visit", source=TN_GOV_MEMBER,
          location=MENZEL_BOUZAIANE, date=None),
        E(False, ["CONSULT"], [15], "بزيارة", ["asserted"], mode="visit", source=TN_DEV_MINISTER,
          recipient=SB_REGIONAL_OFFICIALS, location=SB_GOV_SEAT, date=None),
        # ¶16: eleven young men released on Saturday evening (core RETREAT)
        E(True, ["RETREAT"], [16], "وأفرجت", ["asserted"], mode="release", source=TN_AUTHORITIES,
          recipient=SB_RELEASED, location=SIDI_BOUZID, date=D("2011-01-01")),
        # ¶17: the new governor to meet the union and the bar «غداً الثلاثاء» (core CONSULT, planned)
        E(True, ["CONSULT"], [17], "يلتقي", ["planned"], source=NEW_GOVERNOR, recipient=UNION_AND_BAR,
          location=SB_GOV_SEAT, date=D("2011-01-04")),
    ],
)
