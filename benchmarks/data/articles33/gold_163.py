"""Gold of article 163: Wadi Barada (Basima, Ain al-Khadra, Ain al-Fijeh, Deir Muqrin, Kfeir al-Zeit, al-Hama,
Jamraya), an opposition news site of the Damascus countryside, 2017-01-12 (Thu)."""
from actors_places import (
                           AL_HAMA,
                           ALL_PARTIES,
                           ASSAD_FORCES,
                           BASIMA,
                           DEIR_MUQRIN,
                           DEIR_MUQRIN_VICTIM,
                           DEIR_MUQRIN_YOUTHS,
                           EVACUATED_TOWNS,
                           FIJEH_MUQRIN,
                           FOURTH_DIV,
                           HAMA_JAMRAYA,
                           HEZBOLLAH,
                           HEZBOLLAH_SNIPER,
                           JAMRAYA,
                           KFEIR_PROTESTERS,
                           KFEIR_ZEIT,
                           OCHA,
                           RD_GOVERNOR,
                           REGIME_RUS,
                           RUS_OFFICER,
                           UN,
                           WADI_BARADA,
                           WB_CIVILIANS,
                           WB_CLASH,
                           WB_COMMITTEE,
                           WB_FACTIONS,
                           WB_MEDIA,
                           WB_PARTIES,
)
from common import AGREEMENT, AIR, ARREST, ATTACK, CLASH, PEACEFUL, SHELL, D, E, paras_of

SLUG = "wadi_barada_basima_ain_al_fijeh_hama_talks"
ARTICLE = dict(
    id="team33-163", slug=SLUG, published="2017-01-12", outlet="al-Bawaba al-Dimashqiya news site (fictional)",
    paras=paras_of(f"163_{SLUG}.txt"),
    events=[
        # today's air strikes on Basima and Ain al-Khadra: headline 0, lead 1, «القصف تجدد» after the truce began 5,
        # the civil defence's toll 11 (a woman and her child → 2); the Fourth Division's concurrent artillery is the
        # same side's other tactic (optional)
        E(True, ["ASSAULT"], [0, 1, 5, 11], "شنّ الطيران الحربي", ["asserted", "reported"], mode="aerial",
          source=ASSAD_FORCES, recipient=WB_CIVILIANS, location=BASIMA, date=D("2017-01-12"), fatalities=2,
          attribution=["الهيئة الإعلامية في وادي بردى", "الدفاع المدني في وادي بردى"], acled=AIR, tpara=1),
        E(False, ["ASSAULT"], [1], "قصف مدفعي وصاروخي", ["asserted", "reported"], mode="heavy-weapons",
          source=FOURTH_DIV, location=BASIMA, date=D("2017-01-12"), acled=SHELL),
        # the ground fight on Basima's eastern approaches since dawn (headline 0): the regime and Hezbollah against
        # the factions, three rebel fighters killed; the loyalist claim of «نقاط حاكمة» is part of it
        E(True, ["ASSAULT"], [0, 2], "اشتباكات", ["asserted", "reported"], mode="firearms",
          source=WB_CLASH, location=BASIMA, date=D("2017-01-12"), fatalities=3,
          attribution=["مصدر ميداني", "صفحات موالية"], acled=CLASH, tpara=2),
        # paragraph 3 (Damascus's water crisis) holds no event
        # yesterday's meeting in al-Hama between the committee and Fourth Division officers with a Russian officer
        E(True, ["CONSULT"], [4], "اجتماعاً", ["asserted", "reported"],
          source=WB_COMMITTEE, recipient=REGIME_RUS, location=AL_HAMA, date=D("2017-01-11"),
          attribution=["عضو في لجنة التفاوض"]),
        # the understanding reached at its end (headline 0: «وعود … تتبخر»): a 24-hour ceasefire and the repair
        # crews' entry; the entry did not happen (optional, negated)
        E(True, ["AGREE"], [0, 5], "تفاهم مبدئي", ["asserted", "reported"],
          source=WB_PARTIES, location=AL_HAMA, date=D("2017-01-11"), attribution=["عضو في لجنة التفاوض"],
          acled=AGREEMENT, tpara=5),
        E(False, ["RETREAT", "AID"], [5], "ولم تدخل أي ورشة", ["negated"], mode="access",
          location=WADI_BARADA, date=D("2017-01-12")),
        # two accusations over the broken understanding; the governor's claim that the rebels set a condition
        # (optional REQUEST)
        E(True, ["ACCUSE"], [6], "واتهمت", ["asserted"],
          source=WB_MEDIA, recipient=ASSAD_FORCES, date=D("2017-01-12")),
        E(True, ["ACCUSE"], [6], "المسلحين منعوا", ["reported", "asserted"],
          source=RD_GOVERNOR, recipient=WB_FACTIONS, date=D("2017-01-12", "day", ("2017-01-11", "2017-01-12")),
          attribution=["وسائل إعلام النظام"]),
        E(False, ["REQUEST"], [6], "واشترطوا", ["reported"],
          source=WB_FACTIONS, date=None),
        # seven young men arrested at the Jamraya checkpoint «صباح الثلاثاء الماضي»
        E(True, ["COERCE"], [7], "اعتقل", ["asserted", "reported"], mode="arrest",
          source=FOURTH_DIV, recipient=DEIR_MUQRIN_YOUTHS, location=JAMRAYA, date=D("2017-01-10"),
          attribution=["مصادر أهلية"], acled=ARREST),
        # the loyalist pages' «اتفاق شامل» (rumoured, denied), the fighters' departure to Idlib it foresees
        # (optional), and the committee member's rejection of what is offered
        E(True, ["AGREE"], [8], "اتفاق شامل", ["rumored", "negated"],
          source=WB_COMMITTEE, location=WADI_BARADA, date=None, attribution=["صفحات موالية على فيسبوك"],
          acled=AGREEMENT),
        E(False, ["RETREAT"], [8], "بخروج المقاتلين", ["rumored", "planned", "negated"], mode="withdraw",
          source=WB_FACTIONS, location=WADI_BARADA, date=None),
        E(True, ["REJECT"], [8], "ولم نوافق", ["asserted"],
          source=WB_COMMITTEE, location=WADI_BARADA, date=D("2017-01-12", "day", ("2017-01-11", "2017-01-12"))),
        # Hezbollah reinforcements over the past three days; the Fourth Division's build-up (optional)
        E(True, ["MOBILIZE"], [9], "استقدمت", ["asserted"], mode="troops",
          source=HEZBOLLAH, location=FIJEH_MUQRIN, date=D("2017-01-10", "week", ("2017-01-09", "2017-01-12")),
          attribution=["مراسلنا"]),
        E(False, ["MOBILIZE"], [9], "حشود", ["asserted"], mode="troops",
          source=FOURTH_DIV, location=HAMA_JAMRAYA, date=D("2017-01-10", "week", ("2017-01-09", "2017-01-12"))),
        # paragraph 10 (the valley's villages and people) holds no event; paragraph 11 is the toll of the air strikes
        # the demonstration in Kfeir al-Zeit yesterday evening and its demand to the UN
        E(True, ["PROTEST"], [12], "مظاهرة", ["asserted", "reported"], mode="demo",
          source=KFEIR_PROTESTERS, location=KFEIR_ZEIT, date=D("2017-01-11"),
          attribution=["تسجيل مصوّر نشرته صفحات محلية"], acled=PEACEFUL),
        E(True, ["REQUEST"], [12], "وطالبوا", ["asserted"],
          source=KFEIR_PROTESTERS, recipient=UN, location=KFEIR_ZEIT, date=D("2017-01-11")),
        # OCHA's call of yesterday (a warning of disease is no event)
        E(True, ["REQUEST"], [13], "دعا", ["asserted"],
          source=OCHA, recipient=ALL_PARTIES, date=D("2017-01-11")),
        # background: the unannounced truce since 2014 and the campaign launched late in December (optional,
        # historical)
        E(False, ["AGREE"], [14], "الهدنة غير المعلنة", ["historical"],
          location=WADI_BARADA, date=D("2014-06-15", "year", ("2014-01-01", "2014-12-31")), acled=AGREEMENT),
        E(False, ["ASSAULT"], [14], "الحملة العسكرية الأخيرة", ["historical"],
          source=ASSAD_FORCES, location=WADI_BARADA, date=D("2016-12-25", "week", ("2016-12-20", "2016-12-31"))),
        # a young man shot dead by a Hezbollah sniper in Deir Muqrin yesterday evening
        E(True, ["ASSAULT"], [15], "برصاص قناص", ["asserted", "reported"], mode="firearms",
          source=HEZBOLLAH_SNIPER, recipient=DEIR_MUQRIN_VICTIM, location=DEIR_MUQRIN, date=D("2017-01-11"),
          fatalities=1, attribution=["ناشط من القرية"], acled=ATTACK),
        # the Russian officer's offer of guarantees at yesterday's meeting, and Saturday's round in al-Hama (planned)
        E(True, ["AGREE"], [16], "عرض", ["reported", "asserted"],
          source=RUS_OFFICER, recipient=WB_COMMITTEE, location=AL_HAMA, date=D("2017-01-11"),
          attribution=["مصادر محلية"]),
        E(True, ["CONSULT"], [16], "لجولة جديدة", ["planned"],
          source=WB_COMMITTEE, recipient=REGIME_RUS, location=AL_HAMA, date=D("2017-01-14"),
          attribution=["مصادر محلية"]),
        # leaflets dropped by helicopters: the threat (core), the call to surrender (optional), and the evacuations of
        # Daraya, Muadamiya and Khan al-Shih recalled (optional, historical)
        E(True, ["THREATEN"], [17], "وتوعدت", ["asserted"], mode="violence",
          source=ASSAD_FORCES, recipient=WB_FACTIONS, location=WADI_BARADA, date=D("2017-01-11")),
        E(False, ["REQUEST"], [17], "دعت فيها المسلحين", ["asserted"],
          source=ASSAD_FORCES, recipient=WB_FACTIONS, location=WADI_BARADA, date=D("2017-01-11")),
        E(False, ["RETREAT"], [17], "تهجير أهلها", ["historical"], mode="withdraw",
          location=EVACUATED_TOWNS, date=None),
        # paragraph 18 (communications and fuel) holds no event
    ],
)
