"""Gold of article 473: protests against salty tap water in Abu al-Khaseeb, al-Hartha and Safwan and their
demand, the road to Umm Qasr port blocked at al-Zubair, the guard force that fired on protesters storming the
water directorate (main event, told in ¶3 after the protests; two tolls), the police's version, the district
water director dismissed, a curfew and reinforcements, the religious authority's support, the coordination
committees' threat, an invitation to talks rejected and detainees still not freed, the water minister's visit
due on Saturday, the funeral, a rumoured arrest denied, UNICEF desalination units, and a council building set
on fire at al-Qurna on 15 July 2018 (Basra, Iraq), a Basra local news agency's website, 2018-08-02 (Thu).
Dateline: the provincial capital, Basra (the events happen in its districts)."""
from actors_places import (
    ABU_KHASEEB,
    AK_HARTHA_SAFWAN,
    AK_PROTESTERS,
    AK_RESIDENTS,
    AK_WATER_DIRECTORATE,
    BASRA_AUTHORITIES,
    BASRA_GOV,
    BASRA_GOVERNOR,
    BASRA_LOCAL_GOV,
    BASRA_OPS,
    BASRA_POLICE,
    BASRA_PROTESTERS,
    COORDINATIONS,
    FIFTEEN_DETAINED,
    GUARD_FORCE,
    MARJA_BACKED,
    MARJA_REP,
    PROTEST_REPS,
    QURNA,
    QURNA_PROTESTERS,
    RAPID_RESPONSE,
    SAFWAN,
    SAFWAN_ORGANISERS,
    UMM_QASR_ROAD,
    UNICEF,
    WATER_DIRECTOR,
    WATER_MINISTER,
)
from common import EXCESSIVE, OTHER, PEACEFUL, RIOT, D, E, paras_of

SLUG = "abu_khaseeb_2018_zubair_qurna"
YESTERDAY = D("2018-08-01")
TODAY = D("2018-08-02")
# a statement or an act of the day whose hour the text does not give: today, or the evening before
TODAY_OR_EVE = D("2018-08-02", "day", ("2018-08-01", "2018-08-02"))
# an act of yesterday's protests, or of the night that followed
YESTERDAY_OR_NIGHT = D("2018-08-01", "day", ("2018-08-01", "2018-08-02"))
ARTICLE = dict(
    id="team95-473", slug=SLUG, published="2018-08-02",
    outlet="Nakhil al-Janub, a Basra local news agency's website (fictional)",
    paras=paras_of(f"473_{SLUG}.txt"),
    events=[
        # ¶1 (dateline of the provincial capital): the protests in Abu al-Khaseeb, al-Hartha and Safwan (the
        # headline names the protest) and their demand
        E(True, ["PROTEST"], [0, 1], "خرج", ["asserted"], mode="demo",
          source=BASRA_PROTESTERS, location=AK_HARTHA_SAFWAN, date=YESTERDAY, acled=PEACEFUL, tpara=1),
        E(True, ["REQUEST"], [1], "مطالبين", ["asserted"],
          source=BASRA_PROTESTERS, recipient=BASRA_LOCAL_GOV, location=ABU_KHASEEB, date=YESTERDAY),
        # ¶2: the road to Umm Qasr port blocked at al-Zubair, reopened «من قبل» the police; the officer's
        # pledge is optional
        E(True, ["PROTEST"], [2], "قطع", ["asserted"], mode="obstruct",
          source=BASRA_PROTESTERS, location=UMM_QASR_ROAD, date=YESTERDAY_OR_NIGHT, acled=PEACEFUL),
        E(False, ["AGREE"], [2], "تعهّد", ["asserted"], source=BASRA_POLICE, recipient=BASRA_PROTESTERS,
          location=UMM_QASR_ROAD, date=YESTERDAY_OR_NIGHT),
        # MAIN EVENT, told in ¶3 after the protests (a purpose clause: «لتفريقهم»; the hour comes after the
        # act in a clause of its own): the guard force fires on protesters storming the water directorate; the
        # coordination committee's four ¶4, the police's version ¶5 and the funeral ¶13 retell it; the
        # headline names it. Conflicting tolls: the health directorate's two against the committee's four → 2
        E(True, ["ASSAULT"], [0, 3, 4, 5, 13], "فتحت", ["asserted"], mode="firearms",
          source=GUARD_FORCE, recipient=AK_PROTESTERS, location=AK_WATER_DIRECTORATE, date=YESTERDAY,
          fatalities=2, attribution=["دائرة صحة البصرة", "«تنسيقية تظاهرات أبي الخصيب»", "قيادة شرطة البصرة"],
          acled=EXCESSIVE, tpara=3),
        # ¶5: the police's vow to prosecute the «saboteurs» (optional)
        E(False, ["THREATEN"], [5], "متوعدة", ["asserted"], mode="arrest", source=BASRA_POLICE,
          date=TODAY_OR_EVE),
        # ¶6: the district water director dismissed and referred to an inquiry (the headline names it)
        E(True, ["SANCTION", "COERCE"], [0, 6], "وأقال", ["asserted"],
          source=BASRA_GOVERNOR, recipient=WATER_DIRECTOR, location=ABU_KHASEEB, date=YESTERDAY_OR_NIGHT,
          tpara=6),
        # ¶7: a curfew in the district centre, and reinforcements arriving from the capital
        E(True, ["COERCE"], [7], "فرض", ["asserted"], mode="curfew",
          source=BASRA_OPS, recipient=AK_RESIDENTS, location=ABU_KHASEEB, date=TODAY_OR_EVE, acled=OTHER),
        E(True, ["MOBILIZE"], [7], "تعزيزات", ["asserted"], mode="police",
          source=RAPID_RESPONSE, location=BASRA_GOV, date=TODAY_OR_EVE),
        # ¶8: the religious authority's representative backs the protesters' demands; his call is optional
        E(True, ["SUPPORT"], [8], "وأيّد", ["asserted"],
          source=MARJA_REP, recipient=MARJA_BACKED, date=TODAY_OR_EVE, attribution=["بيان تلاه مكتبه"]),
        E(False, ["REQUEST"], [8], "داعياً", ["asserted"], source=MARJA_REP, date=TODAY_OR_EVE),
        # ¶9 (the salt tongue and the palm groves) holds no event. ¶10: the committees' conditional threat
        # (asserted); the closure it announces is hypothetical (optional)
        E(True, ["THREATEN"], [10], "وهددت", ["asserted"], mode="obstruct",
          source=COORDINATIONS, recipient=BASRA_LOCAL_GOV, date=TODAY_OR_EVE, attribution=["بيان مشترك"]),
        E(False, ["PROTEST"], [10], "بإغلاق", ["hypothetical"], mode="obstruct",
          source=COORDINATIONS, location=BASRA_GOV, date=None),
        # ¶11: the invitation to talks rejected, and the fifteen detainees not freed (RETREAT, negated); their
        # arrest last week and the governor's pledge are optional
        E(True, ["REJECT"], [11], "ورفض", ["asserted"],
          source=PROTEST_REPS, recipient=BASRA_GOVERNOR, date=TODAY_OR_EVE),
        E(True, ["RETREAT"], [11], "يُطلق سراح", ["negated"], mode="release",
          source=BASRA_AUTHORITIES, recipient=FIFTEEN_DETAINED, location=BASRA_GOV, date=TODAY),
        E(False, ["COERCE"], [11], "أوقفتهم", ["historical"], mode="arrest",
          source=BASRA_AUTHORITIES, recipient=FIFTEEN_DETAINED, location=BASRA_GOV,
          date=D("2018-07-26", "week", ("2018-07-23", "2018-07-29"))),
        E(False, ["AGREE"], [11], "تعهد", ["historical"], source=BASRA_GOVERNOR, recipient=PROTEST_REPS,
          date=None),
        # ¶12: the minister's visit due on Saturday (planned CONSULT); the meeting he will hold is optional
        E(True, ["CONSULT"], [12], "يزور", ["planned"], mode="visit",
          source=WATER_MINISTER, location=BASRA_GOV, date=D("2018-08-04"), attribution=["مكتبه الإعلامي"]),
        E(False, ["CONSULT"], [12], "سيلتقي", ["planned"], source=WATER_MINISTER, recipient=BASRA_LOCAL_GOV,
          location=BASRA_GOV, date=D("2018-08-04")),
        # ¶13: the funeral belongs to the main event (the mourners' chants are optional)
        E(False, ["REQUEST"], [13], "تطالب", ["asserted"], location=ABU_KHASEEB, date=TODAY),
        # ¶14: arrests told by the committees and denied by the police (rumoured)
        E(True, ["COERCE"], [14], "اعتقال", ["rumored", "negated"], mode="arrest",
          recipient=SAFWAN_ORGANISERS, location=SAFWAN, date=TODAY, attribution=["مصادر في التنسيقيات"]),
        # ¶15 (the hospitals) holds no event. ¶16: UNICEF's mobile desalination units (AID); a second shipment
        # due within days is optional (planned)
        E(True, ["AID"], [16], "محطات تحلية", ["asserted"], mode="humanitarian",
          source=UNICEF, location=ABU_KHASEEB, date=TODAY),
        E(False, ["AID"], [16], "شحنة ثانية", ["planned"], mode="humanitarian", source=UNICEF,
          location=ABU_KHASEEB, date=None),
        # ¶17, «وكان … قد» at another place: a council building set on fire at al-Qurna on 15 July (core,
        # historical)
        E(True, ["PROTEST"], [17], "أضرموا", ["historical", "asserted"], mode="riot",
          source=QURNA_PROTESTERS, location=QURNA, date=D("2018-07-15"), acled=RIOT),
    ],
)
