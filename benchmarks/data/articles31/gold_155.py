"""Gold of article 155: Raqqa city (al-Badu, the Naim roundabout, the Old Bridge, al-Thakana, al-Mashlab) and the
Ain Issa camp, an activist network, 2017-08-12 (Sat)."""
from actors_places import (
                           AIN_ISSA,
                           BADU,
                           BADU_FAMILIES,
                           BADU_VICTIMS,
                           BAYADER,
                           CAMP_NEWCOMERS,
                           CAMP_YOUTHS,
                           COALITION,
                           EXEC_VICTIM,
                           HISBA_DETAINEES,
                           ISIS,
                           MASHLAB,
                           MINE_VICTIMS,
                           NAIM,
                           OLD_BRIDGE,
                           RAQQA,
                           RAQQA_FIGHT,
                           RAQQA_NOTABLES,
                           RCC,
                           SDF,
                           TAJAMMU,
                           THAKANA,
                           TRAPPED_CIVILIANS,
)
from common import AIR, ARREST, ATTACK, CLASH, MINE, D, E, paras_of

SLUG = "raqqa_badu_naim_roundabout_mashlab_ain_issa"
PAST_DAY = D("2017-08-12", "day", ("2017-08-11", "2017-08-12"))
ARTICLE = dict(
    id="team31-155", slug=SLUG, published="2017-08-12", outlet="al-Rafiqa al-An activist network (fictional)",
    paras=paras_of(f"155_{SLUG}.txt"),
    events=[
        # coalition strikes on a building in al-Badu last night (headline 0, lead 1: nine; the relative in Ain Issa
        # 6: eleven) → 9; «ليل أمس الجمعة» may run past midnight
        E(True, ["ASSAULT"], [0, 1, 6], "غارات", ["asserted", "reported"], mode="aerial",
          source=COALITION, recipient=BADU_VICTIMS, location=BADU, date=D("2017-08-11", "day", ("2017-08-11",
                                                                                                "2017-08-12")),
          fatalities=9, attribution=["مراسل الرافقة الآن داخل المدينة", "أحد أقارب العائلتين"], acled=AIR, tpara=1),
        # the execution at the Naim roundabout yesterday afternoon (headline 0) and, the same day, the Hisba's
        # detention of women and children near the Old Bridge (masdar, agent after «من قبل»)
        E(True, ["ASSAULT"], [0, 2], "أعدم", ["asserted", "reported"], mode="execute",
          source=ISIS, recipient=EXEC_VICTIM, location=NAIM, date=D("2017-08-11"), fatalities=1,
          attribution=["شاهد عيان"], acled=ATTACK, tpara=2),
        E(True, ["COERCE"], [2], "اعتقال", ["asserted", "reported"], mode="arrest",
          source=ISIS, recipient=HISBA_DETAINEES, location=OLD_BRIDGE, date=D("2017-08-11"), acled=ARREST),
        # the past day's fighting at al-Thakana and the Rafiqa wall, two-sided: eight ISIS members per the SDF;
        # Amaq's «قتل وإصابة» is no death count → 8. The SDF's call to civilians in the same statement
        E(True, ["ASSAULT"], [3], "اشتباكات", ["asserted", "reported"], mode="firearms",
          source=RAQQA_FIGHT, location=THAKANA, date=PAST_DAY, fatalities=8,
          attribution=["بيان قسد على موقعها الرسمي", "وكالة أعماق"], acled=CLASH),
        E(True, ["REQUEST"], [3], "ودعت", ["asserted", "reported"],
          source=SDF, recipient=TRAPPED_CIVILIANS, location=RAQQA, date=PAST_DAY,
          attribution=["بيان قسد على موقعها الرسمي"]),
        # a landmine laid by ISIS kills a fleeing woman and her two children near al-Mashlab at dawn yesterday (the
        # smugglers' fees are a habit, no event)
        E(True, ["ASSAULT"], [4], "بانفجار لغم", ["asserted", "reported"], mode="explosives",
          source=ISIS, recipient=MINE_VICTIMS, location=MASHLAB, date=D("2017-08-11"), fatalities=3,
          attribution=["أحد أقارب العائلة"], acled=MINE),
        # paragraph 5 (water, bread, medicine in the city) holds no event
        # the relative's account belongs to the al-Badu strike; ISIS checkpoints turning the families back twice last
        # month (optional, historical); the Gathering's blame of the coalition and its demand for an inquiry
        E(False, ["COERCE"], [6], "أعادوهما", ["historical", "asserted"], mode="restrict",
          source=ISIS, recipient=BADU_FAMILIES, location=RAQQA,
          date=D("2017-07-15", "month", ("2017-07-01", "2017-07-31"))),
        E(True, ["ACCUSE"], [6], "وحمّل", ["asserted"],
          source=TAJAMMU, recipient=COALITION, date=PAST_DAY),
        E(True, ["REQUEST"], [6], "مطالباً", ["asserted"],
          source=TAJAMMU, recipient=COALITION, date=PAST_DAY),
        # the Raqqa Civil Council's meeting with tribal notables in Ain Issa yesterday, their demand, the council's
        # promise, and the return it promises for next week (optional, planned); a local NGO's food distribution
        E(True, ["CONSULT"], [7], "اجتماعاً", ["asserted"],
          source=RCC, recipient=RAQQA_NOTABLES, location=AIN_ISSA, date=D("2017-08-11")),
        E(True, ["REQUEST"], [7], "وطالب", ["asserted"],
          source=RAQQA_NOTABLES, recipient=RCC, location=AIN_ISSA, date=D("2017-08-11")),
        E(True, ["AGREE"], [7], "فوعد", ["asserted"],
          source=RCC, recipient=RAQQA_NOTABLES, location=AIN_ISSA, date=D("2017-08-11")),
        E(False, ["RETREAT"], [7], "تبدأ العودة", ["planned"], mode="return",
          location=MASHLAB, date=D("2017-08-16", "week", ("2017-08-13", "2017-08-19"))),
        E(True, ["AID"], [7], "وزعت", ["asserted"], mode="humanitarian",
          source=BAYADER, recipient=CAMP_NEWCOMERS, location=AIN_ISSA, date=D("2017-08-11")),
        # rumoured conscription raids in the Ain Issa camp, denied by the camp administration; the SDF's offensive
        # on the city since early June (optional, historical)
        E(True, ["COERCE"], [8], "حملة دهم", ["rumored", "negated"], mode="arrest",
          source=SDF, recipient=CAMP_YOUTHS, location=AIN_ISSA, date=D("2017-08-09", "week", ("2017-08-05",
                                                                                              "2017-08-12")),
          attribution=["صفحات محلية على فيسبوك", "مسؤول في إدارة المخيم"], acled=ARREST),
        E(False, ["ASSAULT"], [8], "معركة السيطرة", ["historical"],
          source=SDF, location=RAQQA, date=D("2017-06-05", "week", ("2017-06-01", "2017-06-10")), acled=CLASH),
    ],
)
