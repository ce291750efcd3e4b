"""Gold of article 171: Idlib city in August 2015 (al-Dubait, Binnish, the Clock Square, al-Fu'ah and Kafriya, the
Idlib–Sarmin road), a Syrian opposition news site, 2015-08-13 (Thu), no dateline."""
from actors_places import (
                           AHRAR,
                           BINNISH,
                           BINNISH_HOMES,
                           CLOCK_SQ,
                           DENTIST,
                           DENTIST_FAMILY,
                           DUBAIT,
                           DUBAIT_VICTIMS,
                           FRIENDS_OF_SYRIA,
                           FUA_DEFENDERS,
                           FUA_KAFRIYA,
                           IDLIB,
                           IDLIB_AID,
                           IDLIB_AID_RECIP,
                           IDLIB_CELL,
                           IDLIB_COUNCIL,
                           IDLIB_FACTIONS,
                           IDLIB_NOTABLES,
                           IDLIB_OLD_GOV,
                           IDLIB_PROTESTERS,
                           IDLIB_SARMIN_ROAD,
                           IHH,
                           IRAN,
                           ISLAMIC_POLICE,
                           JAF,
                           JAF_ALL,
                           JAF_COMMANDER,
                           SY_AIR_171,
                           SY_ARMY_171,
                           SY_REGIME,
                           TURKEY,
                           UNKNOWN,
                           UNNAMED_PARTIES,
)
from common import ABDUCTION, AIR, ARREST, CLASH, MINE, PEACEFUL, SHELL, D, E, paras_of

SLUG = "idlib_city_2015_dubait_market_binnish_fua_kafriya"
ARTICLE = dict(
    id="team35-171", slug=SLUG, published="2015-08-13", outlet="Nabd Idlib news site (fictional)",
    paras=paras_of(f"171_{SLUG}.txt"),
    events=[
        # the two strikes on the vegetable market «ظهر أمس الأربعاء»: headline 0, the correspondent 1, the civil
        # defence's page 2 (the same two strikes; 6 killed per the correspondent, 8 per the civil defence → 6)
        E(True, ["ASSAULT"], [0, 1, 2], "غارتين نفذتهما", ["asserted", "reported"], mode="aerial",
          source=SY_AIR_171, recipient=DUBAIT_VICTIMS, location=DUBAIT, date=D("2015-08-12"), fatalities=6,
          attribution=["مراسل «نبض إدلب»", "مركز الدفاع المدني في مدينة إدلب على فيسبوك"], acled=AIR, tpara=1),
        # barrel bombs on Binnish at dawn, nobody hurt (0 killed); the count of three strikes this month is a tally
        E(True, ["ASSAULT"], [3], "أربعة براميل متفجرة", ["asserted", "reported"], mode="aerial",
          source=SY_AIR_171, recipient=BINNISH_HOMES, location=BINNISH, date=D("2015-08-13"), fatalities=0,
          attribution=["ناشطون من البلدة"], acled=AIR),
        # the Islamic Police's arrest of three alleged Air Force Intelligence agents (headline 0); day unknown, after
        # Monday's blast; the accusation against the arrested is optional
        E(True, ["COERCE"], [0, 4], "القبض على ثلاثة أشخاص", ["asserted", "reported"], mode="arrest",
          source=ISLAMIC_POLICE, recipient=IDLIB_CELL, location=IDLIB,
          date=D("2015-08-12", "week", ("2015-08-10", "2015-08-13")), attribution=["بيان «الشرطة الإسلامية»"],
          acled=ARREST, tpara=4),
        E(False, ["ACCUSE"], [4], "واتهمتهم", ["asserted", "reported"],
          source=ISLAMIC_POLICE, recipient=IDLIB_CELL, date=D("2015-08-13", "day", ("2015-08-10", "2015-08-13"))),
        # Monday's bomb at the Clock Square: named in a relative clause in 4 (and the headline), told in full in 11
        # (a Jaysh al-Fath commander's car, two children wounded, nobody killed); the police's claim about who planted
        # it is not taken as the source
        E(True, ["ASSAULT"], [0, 4, 11], "انفجرت", ["historical", "asserted"], mode="explosives",
          recipient=JAF_COMMANDER, location=CLOCK_SQ, date=D("2015-08-10"), fatalities=0,
          attribution=["شهود عيان"], acled=MINE, tpara=11),
        # the demonstration in front of the old governorate building and its demand to Jaysh al-Fath's leadership
        # (the banners' slogans are the demand's content, no event of their own)
        E(True, ["PROTEST"], [5], "تظاهر", ["asserted", "reported"], mode="demo",
          source=IDLIB_PROTESTERS, location=IDLIB_OLD_GOV, date=D("2015-08-12"),
          attribution=["صفحة «تنسيقية مدينة إدلب» على فيسبوك"], acled=PEACEFUL),
        E(True, ["REQUEST"], [5], "وطالب المتظاهرون", ["asserted", "reported"],
          source=IDLIB_PROTESTERS, recipient=JAF, location=IDLIB_OLD_GOV, date=D("2015-08-12"),
          attribution=["صفحة «تنسيقية مدينة إدلب» على فيسبوك"]),
        # Jaysh al-Fath's answer: the refusal (core), the accusation of unnamed parties (optional: no one named) and
        # the meeting with the notables «يوم السبت المقبل» (planned)
        E(True, ["REJECT"], [6], "رافضاً", ["asserted", "reported"],
          source=JAF, recipient=IDLIB_PROTESTERS, location=IDLIB,
          date=D("2015-08-13", "day", ("2015-08-12", "2015-08-13")),
          attribution=["عضو في المكتب الإداري لـ«جيش الفتح»"]),
        E(False, ["ACCUSE"], [6], "ومتهماً", ["asserted", "reported"],
          source=JAF, recipient=UNNAMED_PARTIES, date=D("2015-08-13", "day", ("2015-08-12", "2015-08-13"))),
        E(True, ["CONSULT"], [6], "لقاءً", ["planned"],
          source=JAF, recipient=IDLIB_NOTABLES, location=IDLIB, date=D("2015-08-15"),
          attribution=["عضو في المكتب الإداري لـ«جيش الفتح»"]),
        # paragraph 7: living conditions, deliberately NO gold event
        # Jaysh al-Fath's shelling of al-Fu'ah and Kafriya since this morning (1 killed per pro-regime media); the
        # siege «منذ أشهر» is a standing condition (optional)
        E(True, ["ASSAULT"], [8], "استهدفت الفصائل", ["asserted", "reported"], mode="heavy-weapons",
          source=JAF, recipient=FUA_DEFENDERS, location=FUA_KAFRIYA, date=D("2015-08-13"), fatalities=1,
          attribution=["غرفة عمليات «جيش الفتح» على تويتر", "وسائل إعلام موالية للنظام"], acled=SHELL),
        E(False, ["COERCE"], [8], "تحاصرهما", ["asserted", "historical"], mode="restrict",
          source=JAF, location=FUA_KAFRIYA, date=None),
        # the talks in Turkey: only talk among activists, and the movement's source denies knowing of any
        E(True, ["CONSULT"], [9], "جولة مفاوضات", ["rumored", "negated"],
          source=AHRAR, recipient=IRAN, location=TURKEY, date=D("2015-08-09", "week", ("2015-08-06", "2015-08-13")),
          attribution=["ناشطون في المدينة", "مصدر في الحركة"]),
        # SANA's claim of strikes on «the terrorists» in Idlib and its countryside: perhaps the same strikes as 1 and 3,
        # perhaps others (optional)
        E(False, ["ASSAULT"], [10], "ضربات مركزة", ["reported"],
          source=SY_ARMY_171, location=IDLIB, date=None),
        # the IHH convoy that entered last night through Bab al-Hawa (the distribution to come is its purpose)
        E(True, ["AID"], [12], "قافلة مساعدات", ["asserted"], mode="humanitarian",
          source=IHH, recipient=IDLIB_AID_RECIP, location=IDLIB_AID, date=D("2015-08-12")),
        # the dentist abducted «مساء الثلاثاء» and his family's appeal (the silence of the kidnappers is no event)
        E(True, ["ASSAULT"], [13], "باختطاف", ["reported"], mode="abduct",
          source=UNKNOWN, recipient=DENTIST, location=IDLIB_SARMIN_ROAD, date=D("2015-08-11"),
          attribution=["مصادر محلية"], acled=ABDUCTION),
        E(True, ["REQUEST"], [13], "ناشدت", ["asserted", "reported"],
          source=DENTIST_FAMILY, recipient=IDLIB_FACTIONS,
          date=D("2015-08-12", "day", ("2015-08-11", "2015-08-13")), attribution=["تسجيل مصوّر لعائلته"]),
        # background: the takeover of the city in late March (optional, historical)
        E(False, ["ASSAULT", "COERCE"], [14], "سيطرت على مدينة إدلب", ["historical"],
          source=JAF_ALL, recipient=SY_REGIME, location=IDLIB,
          date=D("2015-03-28", "week", ("2015-03-21", "2015-03-31")), acled=CLASH),
        # the local council's statement: accusation of the regime and demand of a no-fly zone (mourning no event)
        E(True, ["ACCUSE"], [15], "واتهم", ["asserted"],
          source=IDLIB_COUNCIL, recipient=SY_REGIME, location=IDLIB, date=D("2015-08-13")),
        E(True, ["REQUEST"], [15], "وطالب", ["asserted"],
          source=IDLIB_COUNCIL, recipient=FRIENDS_OF_SYRIA, location=IDLIB, date=D("2015-08-13")),
    ],
)
