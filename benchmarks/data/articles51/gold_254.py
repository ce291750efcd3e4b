"""Gold of article 254: Mauritania (Ain Bentili, Zouerate, Bir Moghrein and F'derik in Tiris Zemmour,
Nouakchott, Adel Bagrou), a Nouakchott news site, 2009-09-24 (Thu)."""
from actors_places import (
    ADEL_BAGROU,
    AIN_BENTILI,
    AIN_BENTILI_FIGHT,
    AQIM,
    CIVILIANS,
    FDERIK,
    FDERIK_ENGINEERS,
    FNDD,
    LEMGHEITY,
    LEMGHEITY_GARRISON,
    MR_ARMY,
    MR_GENDARMES,
    MR_GOV,
    MR_GUARD,
    MR_MIL_AUTH,
    MR_OFFICER,
    MR_POLICE,
    MR_PRESIDENT,
    NKC_DETAINEES,
    NKC_PALACE,
    NORTH_ZONE,
    NOUAKCHOTT,
    RFD_MPS,
    SOLDIER_FAMILIES,
    UNKNOWN,
    ZOUERATE,
    ZOUERATE_AUTH,
    ZOUERATE_BIR,
)
from common import ABDUCTION, ARREST, CLASH, OTHER, PEACEFUL, D, E, paras_of

SLUG = "ain_bentili_2009_zouerate_nouakchott_fderik_adel_bagrou"
TODAY = D("2009-09-24")
SINCE_YESTERDAY = D("2009-09-24", "day", ("2009-09-23", "2009-09-24"))
LAST_NIGHT = D("2009-09-23", "day", ("2009-09-23", "2009-09-24"))
ARTICLE = dict(
    id="team51-254", slug=SLUG, published="2009-09-24", outlet="Afaq Chinguetti news site (fictional)",
    paras=paras_of(f"254_{SLUG}.txt"),
    events=[
        # the attack on the army patrol at Ain Bentili «فجر أمس الأربعاء» and the patrol's return fire (one
        # fight, two-sided): headline 0, lead 1 (the general staff through the official agency: three
        # soldiers), the follow-up 7 (local sources in Zouerate: five bodies; AQIM's claim: eleven; the
        # general staff silent on the vehicles) → 3. The attackers' flight optional
        E(True, ["ASSAULT"], [0, 1, 7], "تعرضت دورية عسكرية لهجوم", ["asserted", "reported"], mode="firearms",
          source=AIN_BENTILI_FIGHT, location=AIN_BENTILI, date=D("2009-09-23"), fatalities=3,
          attribution=["قيادة الأركان العامة للجيوش", "الوكالة الموريتانية للأنباء", "مصادر محلية في ازويرات",
                       "تنظيم القاعدة في بلاد المغرب الإسلامي"], acled=CLASH, tpara=1),
        E(False, ["RETREAT"], [1], "الفرار", ["reported"], mode="withdraw",
          source=AQIM, location=AIN_BENTILI, date=D("2009-09-23")),
        # the units moved from Zouerate and Bir Moghrein (military sources)
        E(True, ["MOBILIZE"], [2], "تحركت", ["reported", "asserted"], mode="troops",
          source=MR_ARMY, location=ZOUERATE_BIR, date=LAST_NIGHT, attribution=["مصادر عسكرية"]),
        # seven arrests in Nouakchott (headline); the search and seizure in the same sentence optional
        E(True, ["COERCE"], [0, 3], "اعتقلت الشرطة", ["asserted", "reported"], mode="arrest",
          source=MR_POLICE, recipient=NKC_DETAINEES, location=NOUAKCHOTT, date=LAST_NIGHT,
          attribution=["مصدر أمني"], acled=ARREST, tpara=3),
        E(False, ["COERCE"], [3], "وصادرت", ["asserted", "reported"], mode="confiscate",
          source=MR_POLICE, location=NOUAKCHOTT, date=LAST_NIGHT),
        # background at another place: unknown gunmen fire on a gendarmerie car near Adel Bagrou «ليلة الجمعة
        # الماضية» (core, historical; no claim, which negates nothing)
        E(True, ["ASSAULT"], [4], "أطلقوا النار", ["historical", "asserted"], mode="firearms",
          source=UNKNOWN, recipient=MR_GENDARMES, location=ADEL_BAGROU,
          date=D("2009-09-18", "day", ("2009-09-17", "2009-09-18")), acled=CLASH),
        # paragraph 5 (Tiris Zemmour and its mines) holds no event
        # the opposition front: a condemnation (optional), the blame of the military authorities and a call on
        # the government
        E(False, ["ACCUSE"], [6], "وأدانت", ["asserted"],
          source=FNDD, date=SINCE_YESTERDAY),
        E(True, ["ACCUSE"], [6], "وحمّلت", ["asserted"],
          source=FNDD, recipient=MR_MIL_AUTH, date=SINCE_YESTERDAY),
        E(True, ["REQUEST"], [6], "داعيةً", ["asserted"],
          source=FNDD, recipient=MR_GOV, date=SINCE_YESTERDAY),
        # inside the follow-up: the claim's seizure of two vehicles and weapons, optional
        E(False, ["COERCE"], [7], "واستولوا", ["reported"], mode="seize",
          source=AQIM, location=AIN_BENTILI, date=D("2009-09-23")),
        # the rumoured abduction of two foreign engineers near F'derik, denied by a wilaya source
        E(True, ["ASSAULT"], [8], "اختطاف", ["rumored", "negated", "reported"], mode="abduct",
          recipient=FDERIK_ENGINEERS, location=FDERIK, date=SINCE_YESTERDAY,
          attribution=["أوساط في مدينة إفديرك", "مصدر في ولاية تيرس زمور"], acled=ABDUCTION),
        # AQIM's conditional vow (made, in its statement); the further strikes optional, hypothetical
        E(True, ["THREATEN"], [9], "وتوعد", ["asserted", "reported"], mode="violence",
          source=AQIM, recipient=MR_GOV, date=SINCE_YESTERDAY, attribution=["بيان التنظيم"]),
        E(False, ["ASSAULT"], [9], "مزيد من الضربات", ["hypothetical"],
          source=AQIM, recipient=MR_GOV, date=None),
        # the defence council's emergency meeting and the closed military zone from Saturday (planned)
        E(True, ["CONSULT"], [10], "اجتماعاً طارئاً", ["asserted"],
          source=MR_PRESIDENT, location=NKC_PALACE, date=TODAY),
        E(True, ["COERCE"], [10], "منطقة عسكرية مغلقة", ["planned"], mode="restrict",
          source=MR_PRESIDENT, recipient=CIVILIANS, location=NORTH_ZONE, date=D("2009-09-26"), acled=OTHER),
        # the soldiers' relatives gather before the general staff; their demand and the officer receiving
        # them optional
        E(True, ["PROTEST"], [11], "وتجمهر", ["asserted"], mode="demo",
          source=SOLDIER_FAMILIES, location=NOUAKCHOTT, date=TODAY, acled=PEACEFUL),
        E(False, ["REQUEST"], [11], "مطالبين", ["asserted"],
          source=SOLDIER_FAMILIES, recipient=MR_ARMY, date=TODAY),
        E(False, ["CONSULT"], [11], "يستقبل", ["asserted"],
          source=MR_OFFICER, recipient=SOLDIER_FAMILIES, location=NOUAKCHOTT, date=TODAY),
        # paragraph 12 (the northern posts' standing hardships) is generic: no event
        # the RFD MPs' demand; the Lemgheity attack of June 2005 they recall optional, historical
        E(True, ["REQUEST"], [13], "وطالب", ["asserted"],
          source=RFD_MPS, date=SINCE_YESTERDAY),
        E(False, ["ASSAULT"], [13], "بالهجوم", ["historical"], mode="firearms",
          recipient=LEMGHEITY_GARRISON, location=LEMGHEITY,
          date=D("2005-06-15", "month", ("2005-06-01", "2005-06-30")), fatalities=15, acled=CLASH),
        # in Zouerate: the night traffic restriction and the National Guard at the town's entrances
        E(True, ["COERCE"], [14], "فرضت", ["asserted"], mode="restrict",
          source=ZOUERATE_AUTH, location=ZOUERATE, date=LAST_NIGHT, acled=OTHER),
        E(True, ["MOBILIZE"], [14], "ونشرت", ["asserted"], mode="police",
          source=MR_GUARD, location=ZOUERATE, date=LAST_NIGHT),
        # paragraph 15 (the mines and the ore train run normally) holds no event
    ],
)
