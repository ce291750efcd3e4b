"""Gold of article 328: Manbij (the civil administration, the old market, an Asayish post), al-Khafsa and Abu
Qalqal (Aleppo, Syria), a Syrian opposition news site, 2021-06-01 (Tue). Mostly about protests, a strike, road
blocks and a sit-in, their dispersal, the arrests of protesters and the statements that followed."""
from actors_places import (
    ABU_QALQAL,
    ABU_QALQAL_VICTIM,
    ASAYISH_MANBIJ,
    INTL_COALITION,
    ISIS,
    KHAFSA,
    KHAFSA_PROTESTERS,
    KHAFSA_SDF_MEMBER,
    MANBIJ,
    MANBIJ_AREA,
    MANBIJ_ASAYISH_HQ,
    MANBIJ_CA,
    MANBIJ_CA_HQ,
    MANBIJ_DETAINEES,
    MANBIJ_MARKET,
    MANBIJ_MC,
    MANBIJ_MC_COMMANDER,
    MANBIJ_MERCHANTS,
    MANBIJ_NOTABLES_DELEGATION,
    MANBIJ_PROTESTERS,
    MANBIJ_ROAD_YOUTHS,
    MANBIJ_ROADS,
    MANBIJ_TRIBAL_CALL,
    MANBIJ_TRIBES,
    PYD_SDF,
    ROAD_BLOCKERS,
    SDF_2021,
    SDF_LEADERS,
    SDF_PATROL,
    SIG,
    SITIN_RELATIVES,
    TURKEY_REGIME_CELLS,
)
from common import ARREST, ATTACK, CLASH, EXCESSIVE, PEACEFUL, D, E, paras_of

SLUG = "manbij_2021_civil_administration_khafsa_abu_qalqal"
TODAY = D("2021-06-01")
SINCE_YESTERDAY = D("2021-06-01", "day", ("2021-05-31", "2021-06-01"))
AUG_2016 = D("2016-08-12", "month", ("2016-08-01", "2016-08-31"))
ARTICLE = dict(
    id="team66-328", slug=SLUG, published="2021-06-01",
    outlet="Wamid Syrian opposition news site (fictional)",
    paras=paras_of(f"328_{SLUG}.txt"),
    events=[
        # the SDF's fire on the demonstration by the civil administration «ظهر اليوم الثلاثاء»: headline 0
        # («استشهاد متظاهرين», no number), lead 1 (activists: three), ¶4 (the Military Council's «warning
        # shots», a denial that retells it), the follow-up 6 (a protester's account of gas then bullets, the
        # same dispersal; a private hospital: two bodies), ¶9 (the interim government's «المجزرة التي ارتكبتها
        # …», a retelling inside the accusation) and the late count 15 (four) → 3 vs 2 vs 4 → 2
        E(True, ["ASSAULT"], [0, 1, 4, 6, 9, 15], "فتح", ["asserted", "reported"], mode="firearms",
          source=SDF_2021, recipient=MANBIJ_PROTESTERS, location=MANBIJ_CA, date=TODAY, fatalities=2,
          attribution=["ناشطون من المدينة", "أحد المشاركين في المظاهرة",
                       "مصدر طبي في أحد مشافي المدينة الخاصة", "مصادر عشائرية"],
          acled=EXCESSIVE, tpara=1),
        # the demonstration itself (its aim, against conscription campaigns, is content; ¶6 refers back to it)
        E(True, ["PROTEST"], [1, 6], "مظاهرة حاشدة", ["asserted", "reported"], mode="demo",
          source=MANBIJ_PROTESTERS, location=MANBIJ_CA, date=TODAY, attribution=["ناشطون من المدينة"],
          acled=PEACEFUL),
        # one sentence, three acts: the general strike in its second day (headline 0), the notables' call of
        # Sunday behind it (optional) and the roads blocked with burning tyres
        E(True, ["PROTEST"], [0, 2], "إضراب عام", ["asserted"], mode="strike",
          source=MANBIJ_MERCHANTS, location=MANBIJ_MARKET, date=SINCE_YESTERDAY, acled=PEACEFUL, tpara=2),
        E(False, ["REQUEST"], [2], "لدعوة", ["asserted", "historical"],
          source=MANBIJ_TRIBAL_CALL, location=MANBIJ, date=D("2021-05-30")),
        E(True, ["PROTEST"], [2], "قطع شبان غاضبون الطرق", ["asserted"], mode="obstruct",
          source=MANBIJ_ROAD_YOUTHS, location=MANBIJ_ROADS, date=SINCE_YESTERDAY),
        # paragraph 3 (Manbij, its people and the lines around it: a standing situation) holds no event
        # the Military Council's accusation of cells tied to Turkish intelligence and the regime (infiltrating
        # and shooting are its content; its «warning shots» belong to the first event)
        E(True, ["ACCUSE"], [4], "اتهم", ["asserted"],
          source=MANBIJ_MC, recipient=TURKEY_REGIME_CELLS, date=TODAY),
        # one sentence, two events: raids and about forty arrests of protesters since last night (one COERCE)
        # and the curfew from six this evening
        E(True, ["COERCE"], [5], "حملة دهم واعتقال", ["asserted"], mode="arrest",
          source=SDF_2021, recipient=MANBIJ_DETAINEES, location=MANBIJ_AREA, date=SINCE_YESTERDAY,
          acled=ARREST),
        E(True, ["COERCE"], [5], "حظراً للتجوال", ["asserted"], mode="curfew",
          source=SDF_2021, location=MANBIJ, date=TODAY),
        # an SDF member stabbed to death by demonstrators in al-Khafsa: spread by SDF-leaning accounts, denied
        # by the town's notables; the peaceful demonstration they speak of is optional
        E(True, ["ASSAULT"], [7], "مقتل", ["rumored", "negated"],
          source=KHAFSA_PROTESTERS, recipient=KHAFSA_SDF_MEMBER, location=KHAFSA, date=TODAY,
          attribution=["حسابات مقرّبة من «قسد» على مواقع التواصل", "وجهاء من البلدة"]),
        E(False, ["PROTEST"], [7], "المظاهرة", ["reported"], mode="demo",
          source=KHAFSA_PROTESTERS, location=KHAFSA, date=TODAY, attribution=["وجهاء من البلدة"]),
        # the tribal statement: demands to the SDF (repeal, release, handover are content) and a 48-hour
        # threat (THREATEN, made); the civil disobedience it waves is hypothetical (optional)
        E(True, ["REQUEST"], [8], "طالبوا", ["asserted"],
          source=MANBIJ_TRIBES, recipient=SDF_2021, date=TODAY),
        E(True, ["THREATEN"], [8], "ملوّحين", ["asserted"], mode="violence",
          source=MANBIJ_TRIBES, recipient=SDF_2021, date=TODAY),
        E(False, ["PROTEST"], [8], "العصيان المدني الشامل", ["hypothetical"], mode="strike",
          source=MANBIJ_TRIBES, location=MANBIJ, date=None),
        # one sentence, two acts: the interim government's condemnation of the SDF/PYD and its demand to the
        # coalition
        E(True, ["ACCUSE"], [9], "ودانت", ["asserted"], source=SIG, recipient=PYD_SDF, date=TODAY),
        E(True, ["REQUEST"], [9], "وطالبت", ["asserted"], source=SIG, recipient=INTL_COALITION, date=TODAY),
        # SDF commanders to meet the notables' delegation «ظهر غدٍ الأربعاء» (planned, with mediators; «لن
        # يقبلوا بأقل من تعليق القرار» is a stance, no event)
        E(True, ["CONSULT"], [10], "يلتقي", ["planned", "reported"], mode="third-party",
          source=SDF_LEADERS, recipient=MANBIJ_NOTABLES_DELEGATION, location=MANBIJ_CA_HQ,
          date=D("2021-06-02"), attribution=["أحد أعضاء الوفد"]),
        # the Military Council commander's vow to punish armed men and road blockers (THREATEN, made)
        E(True, ["THREATEN"], [11], "وتوعّد", ["asserted"], mode="arrest",
          source=MANBIJ_MC_COMMANDER, recipient=ROAD_BLOCKERS, date=TODAY),
        # background at another place: a young man shot dead by an SDF conscription patrol in Abu Qalqal «مساء
        # الجمعة الماضي» (core, historical, 1); the patrolman's arrest and referral announced then (optional)
        # and the SDF's capture of Manbij from ISIS in August 2016 (optional, historical)
        E(True, ["ASSAULT"], [12], "مقتل", ["historical", "asserted"], mode="firearms",
          source=SDF_PATROL, recipient=ABU_QALQAL_VICTIM, location=ABU_QALQAL, date=D("2021-05-28"),
          fatalities=1, acled=ATTACK),
        E(False, ["COERCE"], [12], "توقيف", ["historical", "asserted"], mode="arrest",
          source=SDF_2021, location=ABU_QALQAL, date=D("2021-05-28", "day", ("2021-05-28", "2021-05-31"))),
        E(False, ["ASSAULT", "COERCE"], [12], "انتزعت السيطرة", ["historical"], mode="seize",
          source=SDF_2021, recipient=ISIS, location=MANBIJ, date=AUG_2016, acled=CLASH),
        # paragraph 13 (young men's standing complaints about conscription raids: habits) holds no event
        # one sentence, three acts: the detainees' relatives' sit-in at the Asayish post, their demand
        # (optional) and its dispersal with batons and rifle butts (two women bruised)
        E(True, ["PROTEST"], [14], "اعتصم", ["asserted"], mode="demo",
          source=SITIN_RELATIVES, location=MANBIJ_ASAYISH_HQ, date=TODAY, acled=PEACEFUL),
        E(False, ["REQUEST"], [14], "مطالبين", ["asserted"],
          source=SITIN_RELATIVES, location=MANBIJ_ASAYISH_HQ, date=TODAY),
        E(True, ["ASSAULT"], [14], "يفرّقهم", ["asserted"], mode="beat",
          source=ASAYISH_MANBIJ, recipient=SITIN_RELATIVES, location=MANBIJ_ASAYISH_HQ, date=TODAY,
          acled=EXCESSIVE),
        # ¶15: the late count (four) belongs to the first event
    ],
)
