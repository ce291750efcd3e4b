"""Gold of article 266: Taftanaz (the market and the military airbase), Taum, Sarmin, al-Mastumah, Idlib
city, Saraqib and the Bab al-Hawa crossing (Idlib province, Syria), Cairo and Paris, a pan-Arab daily's Beirut
desk, 2012-11-20 (Tue)."""
from actors_places import (
    AIRBASE_FAMILIES,
    BAB_AL_HAWA,
    CAIRO,
    FRANCE_MFA,
    FSA,
    FSA_COMMANDER,
    HELICOPTER,
    IDLIB_CITY,
    IDLIB_DETAINEES,
    IDLIB_MC,
    MASTUMAH_SARMIN,
    SARAQIB,
    SARAQIB_VICTIMS,
    SARMIN,
    SY_COALITION,
    SY_FORCES_12,
    SY_HELICOPTERS,
    SY_OFFICIAL_12,
    SY_SECURITY_12,
    TAFTANAZ,
    TAFTANAZ_AIRBASE,
    TAFTANAZ_FIGHT,
    TAFTANAZ_IDPS,
    TAFTANAZ_MARKET,
    TAFTANAZ_PROTESTERS,
    TAFTANAZ_VICTIMS,
    TAUM,
    TURKISH_RELIEF,
    UNSC,
)
from common import AIR, ARREST, CLASH, PEACEFUL, D, E, paras_of

SLUG = "taftanaz_2012_airbase_taum_sarmin_saraqib_idlib"
TODAY = D("2012-11-20")
YESTERDAY = D("2012-11-19")
SINCE_YESTERDAY = D("2012-11-20", "day", ("2012-11-19", "2012-11-20"))
OVERNIGHT = D("2012-11-19", "day", ("2012-11-19", "2012-11-20"))
ARTICLE = dict(
    id="team54-266", slug=SLUG, published="2012-11-20",
    outlet="al-Madar al-Arabi daily, pan-Arab, Beirut desk (fictional)",
    paras=paras_of(f"266_{SLUG}.txt"),
    events=[
        # the helicopters' two barrel bombs on Taftanaz's vegetable market «صباح أمس الاثنين»: headline 0 (no
        # number), lead 1 (the Observatory: eleven), the follow-up 8 (a doctor at the field hospital: nine
        # bodies; the Local Coordination Committees: seventeen named) → 9, the doctor's figure
        E(True, ["ASSAULT"], [0, 1, 8], "ألقت", ["asserted", "reported"], mode="aerial",
          source=SY_HELICOPTERS, recipient=TAFTANAZ_VICTIMS, location=TAFTANAZ_MARKET, date=YESTERDAY,
          fatalities=9, attribution=["«المرصد السوري لحقوق الإنسان»", "طبيب في المشفى الميداني",
                                     "«لجان التنسيق المحلية»"], acled=AIR, tpara=1),
        # the night's fighting at the airbase between the FSA and the garrison (headline 0): two-sided, both
        # are sources; SANA's «foiled infiltration» is the same fight told by the other side. The fighters'
        # takeover of a checkpoint at the eastern gate is part of it (optional, reported)
        E(True, ["ASSAULT"], [0, 2], "اشتباكات", ["asserted", "reported"], mode="heavy-weapons",
          source=TAFTANAZ_FIGHT, location=TAFTANAZ_AIRBASE, date=OVERNIGHT,
          attribution=["ناشطون", "وكالة الأنباء الرسمية «سانا»"], acled=CLASH, tpara=2),
        E(False, ["ASSAULT", "COERCE"], [2], "سيطروا", ["reported"], mode="seize",
          source=FSA, location=TAFTANAZ_AIRBASE, date=OVERNIGHT, acled=CLASH),
        # a government column from the al-Mastumah camp towards Sarmin at dawn, told by activists (one line)
        E(True, ["MOBILIZE"], [3], "رتلاً", ["reported", "asserted"], mode="troops",
          source=SY_FORCES_12, location=MASTUMAH_SARMIN, date=TODAY, attribution=["ناشطون"]),
        # paragraph 4 (the farming town under the helicopters' flight path; «more dangerous than any front
        # line»; an aggregate since the spring) holds no event
        # the Idlib military council's accusation of the government forces and the official source's blaming
        # of the «terrorist groups» (two ACCUSE in one sentence); «the victims' fall» is a back-reference
        E(True, ["ACCUSE"], [5], "واتهم", ["asserted"],
          source=IDLIB_MC, recipient=SY_FORCES_12, date=SINCE_YESTERDAY),
        E(True, ["ACCUSE"], [5], "حمّل", ["asserted"],
          source=SY_OFFICIAL_12, recipient=FSA, date=SINCE_YESTERDAY, attribution=["التلفزيون السوري"]),
        # the rumoured downing of a helicopter over Taum, denied by the military council's spokesman
        E(True, ["ASSAULT"], [6], "إسقاط", ["rumored", "negated", "reported"], mode="firearms",
          recipient=HELICOPTER, location=TAUM, date=YESTERDAY,
          attribution=["صفحات معارضة على «فيسبوك»", "متحدث باسم المجلس العسكري"]),
        # a battalion commander's threat to «silence the helicopters» (not conditional) and his call on the
        # families near the airbase wall to leave; the siege in the relative clause is a standing state
        # (optional)
        E(True, ["THREATEN"], [7], "وتوعّد", ["asserted"], mode="violence",
          source=FSA_COMMANDER, recipient=SY_HELICOPTERS, location=TAFTANAZ_AIRBASE, date=SINCE_YESTERDAY,
          attribution=["تسجيل مصوّر بثّه ناشطون"]),
        E(True, ["REQUEST"], [7], "ودعا", ["asserted"],
          source=FSA_COMMANDER, recipient=AIRBASE_FAMILIES, location=TAFTANAZ_AIRBASE, date=SINCE_YESTERDAY),
        E(False, ["COERCE"], [7], "تحاصر", ["asserted"], mode="restrict",
          source=FSA, location=TAFTANAZ_AIRBASE, date=SINCE_YESTERDAY),
        # the follow-up of the market (8) belongs to the first event; «no official comment» negates nothing
        # a Turkish relief agency's bread and medicine for the displaced in Sarmin, and a second convoy due on
        # Thursday through Bab al-Hawa (planned)
        E(True, ["AID"], [9], "وزّعت", ["asserted"], mode="humanitarian",
          source=TURKISH_RELIEF, recipient=TAFTANAZ_IDPS, location=SARMIN, date=YESTERDAY),
        E(True, ["AID"], [9], "تدخل", ["planned"], mode="humanitarian",
          source=TURKISH_RELIEF, location=BAB_AL_HAWA, date=D("2012-11-22"),
          attribution=["منسق الهيئة في المنطقة"]),
        # paragraph 10 (no electricity, firewood, the price of bread) holds no event
        # the National Coalition's meeting in Cairo on Saturday (planned)
        E(True, ["CONSULT"], [11], "يعقد", ["planned"], mode="multilateral",
          source=SY_COALITION, location=CAIRO, date=D("2012-11-24"), attribution=["عضو في هيئته السياسية"]),
        # Idlib city: the dawn raids (optional, the same act), the arrest of more than twenty young men
        # (activists) and the release of four after hours (optional)
        E(True, ["COERCE"], [12], "واعتقلت", ["reported", "asserted"], mode="arrest",
          source=SY_SECURITY_12, recipient=IDLIB_DETAINEES, location=IDLIB_CITY, date=TODAY,
          attribution=["ناشطين"], acled=ARREST),
        E(False, ["COERCE"], [12], "دهمت", ["reported", "asserted"], mode="arrest",
          source=SY_SECURITY_12, location=IDLIB_CITY, date=TODAY),
        E(False, ["RETREAT"], [12], "أفرجت", ["reported", "asserted"], mode="release",
          source=SY_SECURITY_12, recipient=IDLIB_DETAINEES, location=IDLIB_CITY, date=TODAY),
        # background: Thursday before a Tuesday, a barrel bomb on a school sheltering the displaced in Saraqib
        # (core, historical, 4); «the first on a shelter» is a tally
        E(True, ["ASSAULT"], [13], "ألقت", ["historical", "asserted"], mode="aerial",
          source=SY_HELICOPTERS, recipient=SARAQIB_VICTIMS, location=SARAQIB, date=D("2012-11-15"),
          fatalities=4, acled=AIR),
        # the demonstration in Taftanaz's square yesterday afternoon; its demand of a no-fly zone (optional)
        E(True, ["PROTEST"], [14], "تظاهر", ["asserted"], mode="demo",
          source=TAFTANAZ_PROTESTERS, location=TAFTANAZ, date=YESTERDAY, acled=PEACEFUL),
        E(False, ["REQUEST"], [14], "مطالبين", ["asserted"],
          source=TAFTANAZ_PROTESTERS, location=TAFTANAZ, date=YESTERDAY),
        # the French foreign ministry's condemnation (the barrel bombs are its content, no new event) and its
        # call on the Security Council
        E(True, ["ACCUSE"], [15], "ندّدت", ["asserted"],
          source=FRANCE_MFA, recipient=SY_FORCES_12, date=SINCE_YESTERDAY),
        E(True, ["REQUEST"], [15], "ودعت", ["asserted"],
          source=FRANCE_MFA, recipient=UNSC, date=SINCE_YESTERDAY),
    ],
)
