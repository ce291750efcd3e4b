"""Gold of article 533: the government and Houthi delegations resuming their prisoner talks in Muscat,
Houthi mortar fire on families waiting for detainees by Qataba killing three (main event, told in ¶2 after
the talks; one toll), a brother's account and the Houthi prisoners' committee's version, the exchange
carried out between Qataba and Murays, the Abductees' Mothers Association's accusation and demand, four
young men abducted in Damt, a Houthi court's death sentences, a Southern Forces commander's conditional
threat, a detainee's death under torture rumoured and unconfirmed, five bodies not handed over, the burial,
an ICRC visit to al-Dhale's central prison due next week, a unilateral release announced by the Houthis,
and a Houthi drone strike on a market in al-Dhale city on 11 February 2024 (al-Dhale, Yemen), a
Muscat-based Yemeni satellite channel's website, 2024-04-01 (Mon). Dateline «مسقط» (a foreign capital).
Mostly about prisoners and detainees."""
from actors_places import (
    DAMT,
    DAMT_YOUTHS,
    DHALE_GOV,
    DHALE_MARKET,
    DHALE_PRISON,
    DHALE_VENDORS,
    EXCHANGE_PARTIES,
    GOV_FIGHTERS_BODIES,
    HOUTHI_COURT,
    HOUTHI_DETAINEES,
    HOUTHI_DRONE,
    HOUTHI_GUNMEN,
    HOUTHI_PRISONERS_COMMITTEE,
    HOUTHIS,
    ICRC_TEAM,
    MOTHERS_ASSOCIATION,
    MURAYS,
    MUSCAT,
    MUSCAT_TALKS,
    QATABA_DETAINEE,
    QATABA_MURAYS_ROAD,
    QATABA_SQUARE,
    QATABA_VICTIMS,
    SANAA,
    SIX_DETAINEES,
    SOUTHERN_COMMANDER,
    TWENTY_DETAINEES,
    UN_ENVOY,
    YE_GOV_FORCES,
)
from common import ABDUCTION, AGREEMENT, AIR, ARREST, CLASH, SHELL, D, E, paras_of

SLUG = "dhale_2024_qataba_murays"
YESTERDAY = D("2024-03-31")
TODAY = D("2024-04-01")
# a statement of the day whose hour the text does not give: today, or the evening before
TODAY_OR_EVE = D("2024-04-01", "day", ("2024-03-31", "2024-04-01"))
ARTICLE = dict(
    id="team107-533", slug=SLUG, published="2024-04-01",
    outlet="Ma'in, a Muscat-based Yemeni satellite channel's website (fictional)",
    paras=paras_of(f"533_{SLUG}.txt"),
    events=[
        # ¶1 (dateline «مسقط»): the two delegations resume their indirect talks on the prisoners (CONSULT,
        # both in either role; the headline names it)
        E(True, ["CONSULT"], [0, 1], "مفاوضاتهما", ["asserted"], mode="third-party",
          source=MUSCAT_TALKS, recipient=MUSCAT_TALKS, location=MUSCAT, date=YESTERDAY,
          attribution=["مصدر مطلع على سير المحادثات"], tpara=1),
        # MAIN EVENT, told in ¶2 after the talks (verb first; the hour told after the act in a clause of
        # its own): Houthi mortar fire on the square where families waited north of Qataba; a brother ¶3,
        # the Houthi committee's version ¶4 (no number; its blame optional) and the burial ¶13 retell it.
        # One toll: 3
        E(True, ["ASSAULT"], [0, 2, 3, 4, 13], "قذائف هاون", ["asserted"], mode="heavy-weapons",
          source=HOUTHIS, recipient=QATABA_VICTIMS, location=QATABA_SQUARE, date=YESTERDAY, fatalities=3,
          attribution=["مصدر طبي في مستشفى قعطبة الريفي", "رجل كان ينتظر شقيقه المحتجز",
                       "«اللجنة الوطنية لشؤون الأسرى» في بيان نقلته قناة «المسيرة»"],
          acled=SHELL, tpara=2),
        E(False, ["ACCUSE"], [4], "اتهمت", ["asserted"],
          source=HOUTHI_PRISONERS_COMMITTEE, recipient=YE_GOV_FORCES, date=TODAY_OR_EVE),
        # ¶5: the exchange carried out on the road «بين قعطبة ومريس» (RETREAT release, COOPERATE accepted;
        # both parties in either role)
        E(True, ["RETREAT", "COOPERATE"], [5], "صفقة التبادل", ["asserted"], mode="release",
          source=EXCHANGE_PARTIES, recipient=EXCHANGE_PARTIES, location=QATABA_MURAYS_ROAD, date=TODAY,
          attribution=["أحد الوسطاء"]),
        # ¶6 (subject, a long parenthesis, verb): the mothers' accusation and demand, two verbs joined with
        # «و»; their near-weekly sit-ins are a habit (optional, generic)
        E(True, ["ACCUSE"], [6], "اتهمت", ["asserted"],
          source=MOTHERS_ASSOCIATION, recipient=HOUTHIS, date=TODAY_OR_EVE),
        E(True, ["REQUEST"], [6], "وطالبت", ["asserted"],
          source=MOTHERS_ASSOCIATION, recipient=UN_ENVOY, date=TODAY_OR_EVE),
        E(False, ["PROTEST"], [6], "وقفات", ["generic"], mode="demo",
          source=MOTHERS_ASSOCIATION, date=None),
        # ¶7: four young men abducted by Houthi gunmen in Damt (ASSAULT abduct, COERCE accepted); the
        # gunmen's charge against them is optional
        E(True, ["ASSAULT", "COERCE"], [7], "واختطف", ["asserted"], mode="abduct",
          source=HOUTHI_GUNMEN, recipient=DAMT_YOUTHS, location=DAMT, date=TODAY,
          attribution=["أحد أقاربهم"], acled=ABDUCTION),
        E(False, ["ACCUSE"], [7], "اتهموا", ["asserted", "reported"],
          source=HOUTHI_GUNMEN, recipient=DAMT_YOUTHS, date=TODAY),
        # ¶8 (the front line of northern al-Dhale) holds no event. ¶9: death sentences of a Houthi court
        # (SANCTION convict); the arrest two years ago is optional and historical
        E(True, ["SANCTION"], [9], "أحكاماً بإعدام", ["asserted"], mode="convict",
          source=HOUTHI_COURT, recipient=SIX_DETAINEES, location=SANAA, date=YESTERDAY,
          attribution=["محامٍ يتابع القضية"]),
        E(False, ["COERCE"], [9], "اعتُقلوا", ["historical"], mode="arrest",
          source=HOUTHIS, recipient=SIX_DETAINEES, location=DAMT,
          date=D("2022-04-01", "year", ("2021-10-01", "2022-10-01")), acled=ARREST),
        # ¶10: a Southern Forces commander's conditional threat; the retaliation on Murays is optional and
        # hypothetical
        E(True, ["THREATEN"], [10], "وتوعّد", ["asserted"], mode="violence",
          source=SOUTHERN_COMMANDER, recipient=HOUTHIS, location=MURAYS, date=TODAY_OR_EVE,
          attribution=["تصريح لـ«معين»"]),
        E(False, ["ASSAULT"], [10], "بالرد", ["hypothetical"], mode="heavy-weapons",
          source=SOUTHERN_COMMANDER, recipient=HOUTHIS, location=MURAYS, date=None),
        # ¶11: a detainee's death under torture in a Houthi prison in Damt, told by activists and left
        # unconfirmed (rumoured; undated)
        E(True, ["ASSAULT"], [11], "التعذيب", ["rumored", "reported"], mode="torture",
          source=HOUTHIS, recipient=QATABA_DETAINEE, location=DAMT, date=None,
          attribution=["ناشطون على منصة «إكس»"]),
        # ¶12: five bodies not handed over (negated RETREAT return); the battles of last year and the
        # Houthis' request for more time are optional
        E(True, ["RETREAT"], [12], "يسلّم", ["negated"], mode="return",
          source=HOUTHIS, recipient=GOV_FIGHTERS_BODIES, location=MURAYS, date=TODAY,
          attribution=["أحد الوسطاء"]),
        E(False, ["ASSAULT"], [12], "معارك", ["historical"], mode="firearms",
          source=EXCHANGE_PARTIES, location=MURAYS,
          date=D("2023-07-01", "year", ("2023-01-01", "2023-12-31")), acled=CLASH),
        E(False, ["REQUEST"], [12], "طلبت", ["asserted", "reported"],
          source=HOUTHIS, date=TODAY_OR_EVE),
        # ¶13: the burial belongs to the main event. ¶14: the ICRC's visit to the central prison «الأسبوع
        # المقبل» (planned CONSULT visit); the Muscat understanding it recalls and the hoped-for visit to
        # the other side's prisons are optional
        E(True, ["CONSULT"], [14], "يزور", ["planned"], mode="visit",
          source=ICRC_TEAM, recipient=HOUTHI_DETAINEES, location=DHALE_PRISON,
          date=D("2024-04-10", "week", ("2024-04-06", "2024-04-14")), attribution=["بيان للجنة"]),
        E(False, ["AGREE"], [14], "اتُّفق", ["historical", "asserted"],
          source=MUSCAT_TALKS, recipient=MUSCAT_TALKS, location=MUSCAT, date=None, acled=AGREEMENT),
        E(False, ["CONSULT"], [14], "زيارة سجون", ["hypothetical"], mode="visit",
          source=ICRC_TEAM, date=None),
        # ¶15: a unilateral release announced by the Houthis (CONCEDE); the abductions it recalls are an
        # aggregate (optional, generic) and the detainees' return «خلال أيام» is optional and planned
        E(True, ["CONCEDE"], [15], "الإفراج", ["asserted"],
          source=HOUTHIS, recipient=TWENTY_DETAINEES, location=DHALE_GOV, date=TODAY_OR_EVE,
          attribution=["بيان"]),
        E(False, ["ASSAULT"], [15], "اختُطفوا", ["generic", "historical"], mode="abduct",
          source=HOUTHIS, date=None),
        E(False, ["RETREAT"], [15], "سيصلون", ["planned"], mode="release",
          source=HOUTHIS, recipient=TWENTY_DETAINEES, location=DHALE_GOV, date=None),
        # ¶16 (families waiting for news) holds no event. ¶17, «وكانت … قد» at another place: a Houthi
        # drone strike on a market in al-Dhale city on 11 February (core, historical; 2 killed)
        E(True, ["ASSAULT"], [17], "استهدفت", ["historical", "asserted"], mode="aerial",
          source=HOUTHI_DRONE, recipient=DHALE_VENDORS, location=DHALE_MARKET, date=D("2024-02-11"),
          fatalities=2, acled=AIR),
    ],
)
