"""Gold of article 237: ar-Raqqa city (Souq al-Hal, the al-Naim roundabout, the governorate building, Division 17),
al-Tabqa and al-Mansoura, a Syrian opposition activists' network, 2013-10-15 (Tue)."""
from actors_places import (
                           DIV17,
                           FRIENDS_OF_SYRIA,
                           ISIS,
                           MANSOURA,
                           MANSOURA_VICTIM,
                           NAIM,
                           RAQQA,
                           RAQQA_ABDUCTED,
                           RAQQA_ACTIVISTS,
                           RAQQA_COUNCIL,
                           RAQQA_GOV_BLDG,
                           RAQQA_IDPS,
                           RAQQA_MARKET_VICTIMS,
                           RAQQA_NORTH,
                           RAQQA_RESIDENTS,
                           RAQQA_TALABYAD,
                           RAQQA_WOMAN,
                           REBELS,
                           REBELS_ARMY,
                           SARC,
                           SNC,
                           SY_AIR,
                           SY_ARMY,
                           TABQA,
                           TABQA_VICTIMS,
)
from common import ABDUCTION, AIR, ARREST, ATTACK, CLASH, PEACEFUL, D, E, paras_of

SLUG = "raqqa_2013_souq_al_hal_strike_isis_sit_in_division17"
ARTICLE = dict(
    id="team48-237", slug=SLUG, published="2013-10-15", outlet="Shurfat al-Furat activists' network (fictional)",
    paras=paras_of(f"237_{SLUG}.txt"),
    events=[
        # the air strike on Souq al-Hal: headline 0, lead 1 (the medical office: 6), ¶10 (the local council: 9; state
        # TV claims a strike on «terrorists» with no number) → 6; the burial in ¶10 is no event
        E(True, ["ASSAULT"], [0, 1, 10], "غارة", ["asserted", "reported"], mode="aerial",
          source=SY_AIR, recipient=RAQQA_MARKET_VICTIMS, location=RAQQA, date=D("2013-10-14"), fatalities=6,
          attribution=["المكتب الطبي الموحّد", "المجلس المحلي لمدينة الرقة", "التلفزيون الرسمي السوري"],
          acled=AIR, tpara=1),
        # the second missile near the al-Naim roundabout «من دون أن يسفر عن إصابات» (asserted: the act happened)
        E(True, ["ASSAULT"], [2], "وأطلقت صاروخاً ثانياً", ["asserted"], mode="aerial",
          source=SY_AIR, location=NAIM, date=D("2013-10-14"), attribution=["مراسل شرفة الفرات"], acled=AIR),
        # the sit-in before ISIS's headquarters and its demand; the abduction a month ago is recalled in a relative
        # clause (optional, historical)
        E(True, ["PROTEST"], [3], "اعتصم", ["asserted"], mode="demo",
          source=RAQQA_ACTIVISTS, location=RAQQA_GOV_BLDG, date=D("2013-10-14"), acled=PEACEFUL),
        E(True, ["REQUEST"], [3], "ومطالبين", ["asserted"],
          source=RAQQA_ACTIVISTS, recipient=ISIS, location=RAQQA_GOV_BLDG, date=D("2013-10-14")),
        E(False, ["ASSAULT"], [3], "خطفهم", ["historical"], mode="abduct",
          source=ISIS, recipient=RAQQA_ABDUCTED, location=RAQQA,
          date=D("2013-09-15", "month", ("2013-09-05", "2013-09-25")), acled=ABDUCTION),
        # one sentence, three acts: shots in the air (optional), two sit-in members taken inside (core; headline 0),
        # the young woman's release in the evening (optional, carried out)
        E(False, ["COERCE", "ASSAULT"], [4], "وأطلقوا الرصاص في الهواء", ["asserted"], mode="restrict",
          source=ISIS, recipient=RAQQA_ACTIVISTS, location=RAQQA, date=D("2013-10-14")),
        E(True, ["COERCE"], [0, 4], "اقتادوا", ["asserted"], mode="arrest",
          source=ISIS, recipient=RAQQA_ACTIVISTS, location=RAQQA, date=D("2013-10-14"), acled=ARREST, tpara=4),
        E(False, ["RETREAT"], [4], "يُطلَق سراح", ["asserted"], mode="release",
          source=ISIS, recipient=RAQQA_WOMAN, location=RAQQA, date=D("2013-10-14")),
        # paragraph 5 (ISIS's silence) holds no event
        # the rebels' shelling of Division 17 and the clash that followed: one two-sided fight (2 rebels killed); the
        # months-long siege in the next sentence is optional (ongoing), the helicopter supply runs are habitual
        E(True, ["ASSAULT"], [6], "اشتباكات عنيفة", ["asserted", "reported"], mode="heavy-weapons",
          source=REBELS_ARMY, location=DIV17, date=D("2013-10-15"), fatalities=2,
          attribution=["مصدر عسكري في الكتائب"], acled=CLASH),
        E(False, ["COERCE"], [6], "ويحاصر", ["asserted"], mode="restrict",
          source=REBELS, recipient=SY_ARMY, location=DIV17, date=None),
        # background «وكانت … قد»: two barrel bombs on Tabqa's second quarter on Thursday evening (core, historical, 3)
        E(True, ["ASSAULT"], [7], "ألقت", ["historical", "asserted", "reported"], mode="aerial",
          source=SY_AIR, recipient=TABQA_VICTIMS, location=TABQA, date=D("2013-10-10"), fatalities=3,
          attribution=["ناشطين من المدينة"], acled=AIR),
        # SARC's food baskets (core) and the distribution still to come in the north (optional, planned)
        E(True, ["AID"], [8], "وزّع", ["asserted"], mode="humanitarian",
          source=SARC, recipient=RAQQA_IDPS, location=RAQQA, date=D("2013-10-14")),
        E(False, ["AID"], [8], "تُستكمل", ["planned"], mode="humanitarian",
          source=SARC, location=RAQQA_NORTH, date=None),
        # paragraph 9 is a generic statement (power cuts, prices, the displaced): NO gold event
        # the rumoured execution in al-Mansoura, unverified; the day of the act is not given
        E(True, ["ASSAULT"], [11], "إعدام", ["rumored", "reported"], mode="execute",
          source=ISIS, recipient=MANSOURA_VICTIM, location=MANSOURA, date=None,
          attribution=["صفحات محلية على فيسبوك"], acled=ATTACK),
        # ISIS's leaflets: a threat (core); the closure and confiscation it threatens are hypothetical (optional)
        E(True, ["THREATEN"], [12], "يتوعّدون", ["asserted"], mode="arrest",
          source=ISIS, recipient=RAQQA_RESIDENTS, location=RAQQA, date=D("2013-10-15")),
        E(False, ["COERCE"], [12], "الإغلاق", ["hypothetical"], mode="confiscate",
          source=ISIS, recipient=RAQQA_RESIDENTS, location=RAQQA, date=None),
        # one sentence, three events: the Coalition's blame (core), its call for anti-aircraft arms (optional), and a
        # delegation's visit next week (core, planned)
        E(True, ["ACCUSE"], [13], "حمّل", ["asserted"],
          source=SNC, recipient=SY_AIR, date=D("2013-10-15", "day", ("2013-10-14", "2013-10-15"))),
        E(False, ["REQUEST"], [13], "وطالب", ["asserted"],
          source=SNC, recipient=FRIENDS_OF_SYRIA, date=D("2013-10-15", "day", ("2013-10-14", "2013-10-15"))),
        E(True, ["CONSULT"], [13], "سيزور", ["planned"], mode="visit",
          source=SNC, recipient=RAQQA_COUNCIL, location=RAQQA,
          date=D("2013-10-21", "week", ("2013-10-16", "2013-10-27"))),
        # ISIS reinforcements from al-Bab over the past days (hearsay); «يُذكر أن» recalls the rebels' takeover of
        # the city in March (optional, historical)
        E(True, ["MOBILIZE"], [14], "تعزيزات", ["reported", "asserted"], mode="troops",
          source=ISIS, location=RAQQA_TALABYAD, date=D("2013-10-12", "week", ("2013-10-08", "2013-10-15")),
          attribution=["مصادر محلية"]),
        E(False, ["ASSAULT", "COERCE"], [14], "سيطرت", ["historical"], mode="seize",
          source=REBELS, recipient=SY_ARMY, location=RAQQA,
          date=D("2013-03-04", "month", ("2013-03-01", "2013-03-10"))),
    ],
)
