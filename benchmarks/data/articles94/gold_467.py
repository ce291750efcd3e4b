"""Gold of article 467: the Euphrates dam and al-Tabqa, al-Mansoura, al-Karama, Ain Issa (Raqqa governorate),
a north-east Syrian news agency close to the SDF, 2017-04-11 (Tue)."""
from actors_places import (
    AIN_ISSA,
    AIN_ISSA_COMMITTEE,
    AMAQ_ISIS,
    COALITION,
    DAM_ENGINEERS,
    DAM_WORKERS,
    EUPHRATES_DAM,
    ISIS,
    KARAMA,
    KARAMA_CIVILIANS,
    KURDISH_RC,
    LOCAL_NGO,
    MANSOURA,
    MANSOURA_FAMILIES,
    MANSOURA_KARAMA,
    RIVER_VILLAGERS,
    SDF,
    SDF_COALITION_REPS,
    SDF_COMMAND,
    SDF_ISIS,
    SDF_SPOKESMAN,
    TABQA,
    TABQA_IDPS,
    TRIBAL_NOTABLES,
    WARPLANES,
)
from common import AGREEMENT, AIR, CLASH, SHELL, D, E, paras_of

SLUG = "raqqa_2017_tabqa_euphrates_dam_truce"
TODAY = D("2017-04-11")
ARTICLE = dict(
    id="team94-467", slug=SLUG, published="2017-04-11",
    outlet="Madar al-Shamal, a north-east Syrian news agency close to the SDF (fictional)",
    paras=paras_of(f"467_{SLUG}.txt"),
    events=[
        # ¶1 (no dateline; «سد الفرات» in the first sentence): a six-hour pause announced yesterday evening
        # (CONCEDE, with the headline 0); the engineers' request it answers, in a clause, is optional
        E(True, ["CONCEDE", "AGREE"], [0, 1], "وقفاً لإطلاق النار", ["asserted"], mode="ceasefire",
          source=SDF, location=EUPHRATES_DAM, date=D("2017-04-10"),
          attribution=["بيان للقيادة العامة لحملة «غضب الفرات»"], acled=AGREEMENT, tpara=1),
        E(False, ["REQUEST"], [1], "لطلب", ["historical", "asserted"],
          source=DAM_ENGINEERS, recipient=SDF, date=None),
        # ¶2: the engineers let through the checkpoint by ISIS (RETREAT, access; the headline 0 names their
        # entry); the coalition's halt to its strikes is the pause carried out (optional)
        E(True, ["RETREAT"], [0, 2], "سمح", ["asserted", "reported"], mode="access",
          source=ISIS, recipient=DAM_ENGINEERS, location=EUPHRATES_DAM, date=TODAY,
          attribution=["مصدر في الحملة"], tpara=2),
        E(False, ["RETREAT"], [2], "أوقف", ["asserted"], mode="ceasefire",
          source=COALITION, location=EUPHRATES_DAM, date=TODAY),
        # the main event, in ¶3 after two core events: shells on the dam's road break the pause (3 killed per
        # the campaign; 5 per «أعماق», which blames the coalition, ¶4; the campaign blames ISIS, ¶5; the
        # funeral 17) → 3. The shooter is disputed: no source in the gold
        E(True, ["ASSAULT"], [0, 3, 4, 5, 17], "سقوط قذائف مدفعية", ["asserted", "reported"],
          mode="heavy-weapons", recipient=DAM_WORKERS, location=EUPHRATES_DAM, date=TODAY, fatalities=3,
          attribution=["مصدر في غرفة عمليات الحملة", "وكالة «أعماق»"], acled=SHELL, tpara=3),
        # ¶4: ISIS's news agency accuses the coalition (reported); the campaign's denial is optional
        E(True, ["ACCUSE"], [4], "واتهمت", ["reported", "asserted"],
          source=AMAQ_ISIS, recipient=COALITION, date=TODAY, attribution=["وكالة «أعماق»"]),
        E(False, ["REJECT"], [4], "نفتها", ["asserted"],
          source=SDF, date=TODAY),
        # ¶5 (subject, long parenthetical, verb): the SDF spokesman blames ISIS for the shelling
        E(True, ["ACCUSE"], [5], "حمّل", ["asserted", "reported"],
          source=SDF_SPOKESMAN, recipient=ISIS, date=TODAY, attribution=["وسائل إعلام محلية"]),
        # paragraph 6 (the dam, its lake and the feared flood: a standing situation and a warning) holds no
        # event
        # ¶7, one sentence, two events: villagers told to leave the river (REQUEST) and families kept from
        # leaving al-Mansoura by ISIS (COERCE, restrict; told by witnesses)
        E(True, ["REQUEST"], [7], "ودعت", ["asserted"],
          source=AIN_ISSA_COMMITTEE, recipient=RIVER_VILLAGERS, location=MANSOURA_KARAMA, date=TODAY),
        E(True, ["COERCE"], [7], "منع", ["reported", "asserted"], mode="restrict",
          source=ISIS, recipient=MANSOURA_FAMILIES, location=MANSOURA, date=TODAY,
          attribution=["شهود من المنصورة"]),
        # ¶8: commanders' families moved by boat, rumoured and unconfirmed
        E(True, ["RETREAT"], [8], "نقل", ["rumored", "reported"], mode="withdraw",
          source=ISIS, location=TABQA, date=D("2017-04-10", "day", ("2017-04-09", "2017-04-11")),
          attribution=["مصادر أهلية"]),
        # ¶9: talks in Ain Issa on Thursday (planned CONSULT); the second pause and the evacuation plan they
        # will discuss are no events
        E(True, ["CONSULT"], [9], "يلتقي", ["planned"],
          source=SDF_COALITION_REPS, recipient=TRIBAL_NOTABLES, location=AIN_ISSA, date=D("2017-04-13")),
        # ¶10: a conditional threat (asserted); the threatened response is hypothetical (optional)
        E(True, ["THREATEN"], [10], "وهددت", ["asserted"], mode="violence",
          source=SDF_COMMAND, recipient=ISIS, location=TABQA, date=TODAY),
        E(False, ["ASSAULT"], [10], "الرد", ["hypothetical"], mode="firearms",
          source=SDF_COMMAND, recipient=ISIS, location=TABQA, date=None),
        # ¶11: an ambulance not let through to the wounded engineer (core RETREAT, access, negated)
        E(True, ["RETREAT"], [11], "يسمح", ["negated"], mode="access",
          source=ISIS, recipient=KURDISH_RC, location=TABQA, date=TODAY),
        # background at another place, in «وكانت … قد»: a bakery in al-Karama struck on 28 March (4)
        E(True, ["ASSAULT"], [12], "أغارت", ["historical", "asserted"], mode="aerial",
          source=WARPLANES, recipient=KARAMA_CIVILIANS, location=KARAMA, date=D("2017-03-28"), fatalities=4,
          acled=AIR),
        # paragraph 13 (the displaced in the Ain Issa camps: aggregates) holds no event
        # ¶14, one sentence, two events: a clash on the southern edge of al-Tabqa (7 killed per the campaign)
        # and coalition air strikes around the city
        E(True, ["ASSAULT"], [14], "اشتباكات", ["asserted", "reported"], mode="firearms",
          source=SDF_ISIS, location=TABQA, date=TODAY, fatalities=7, attribution=["الحملة"], acled=CLASH),
        E(True, ["ASSAULT"], [14], "غارات", ["asserted"], mode="aerial",
          source=COALITION, recipient=ISIS, location=TABQA, date=TODAY, acled=AIR),
        # paragraph 15 (no electricity, prices: a standing situation) holds no event
        # ¶16: tents and food baskets handed out (AID)
        E(True, ["AID"], [16], "ووزّعت", ["asserted"], mode="humanitarian",
          source=LOCAL_NGO, recipient=TABQA_IDPS, location=AIN_ISSA, date=TODAY),
        # ¶17, the funeral, is a paragraph of the main event
    ],
)
