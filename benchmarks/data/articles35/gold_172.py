"""Gold of article 172: al-Qamishli in November 2012 (Qudurbak, al-Hilaliya, the airport road, al-Antariya, the
central market) and Ras al-Ayn, a local coordination committee's news page, 2012-11-24 (Sat), no dateline."""
from actors_places import (
                           ACTIVIST,
                           AIRPORT_ROAD,
                           ANTARIYA,
                           ASAYISH,
                           FSA_YPG,
                           HILALIYA,
                           KNC,
                           MIL_SEC,
                           PROTEST_VICTIM,
                           PYD,
                           QAM_ABDUCTORS,
                           QAM_COORD,
                           QAM_DETAINEES,
                           QAM_MARKET,
                           QAM_MEDIATORS,
                           QAM_PROTESTERS,
                           QAM_RELEASED,
                           QAMISHLI,
                           QUDURBAK,
                           RAS_AL_AYN,
                           SHABIHA,
                           SHOPKEEPERS,
                           SY_REGIME,
)
from common import ABDUCTION, ARREST, ATTACK, CLASH, EXCESSIVE, PEACEFUL, D, E, paras_of

SLUG = "qamishli_2012_qasimo_hilaliya_airport_road_ras_al_ayn"
ARTICLE = dict(
    id="team35-172", slug=SLUG, published="2012-11-24", outlet="Free Youth of Qamishlo Coordination page (fictional)",
    paras=paras_of(f"172_{SLUG}.txt"),
    events=[
        # Friday's demonstration from the Qasimo mosque (headline 0, 1); the live fire at its tail (4) is coded
        # separately as ASSAULT, so ACLED's view of this protest is excessive force
        E(True, ["PROTEST"], [0, 1], "مظاهرة", ["asserted"], mode="demo",
          source=QAM_PROTESTERS, location=QUDURBAK, date=D("2012-11-23"),
          attribution=["مكتب التوثيق في «تنسيقية شباب قامشلو الأحرار»"], acled=EXCESSIVE, tpara=1),
        # the PYD supporters' separate demonstration in al-Hilaliya (other organisers, other quarter: a second
        # event); its slogan-demand has no addressee and the Asayish deployment guards it (both optional)
        E(True, ["PROTEST"], [0, 2], "مظاهرة منفصلة", ["asserted"], mode="demo",
          source=PYD, location=HILALIYA, date=D("2012-11-23"), acled=PEACEFUL, tpara=2),
        E(False, ["REQUEST"], [2], "وطالب المشاركون", ["asserted"],
          source=PYD, location=HILALIYA, date=D("2012-11-23")),
        E(False, ["MOBILIZE"], [2], "انتشر مسلحون", ["asserted"], mode="police",
          source=ASAYISH, location=HILALIYA, date=D("2012-11-23")),
        # the arrest of four protesters at the airport-road checkpoint (headline 0, 3, and 10 which retells it)
        E(True, ["COERCE"], [0, 3, 10], "اعتقل عناصر حاجز", ["asserted", "reported"], mode="arrest",
          source=MIL_SEC, recipient=QAM_DETAINEES, location=AIRPORT_ROAD, date=D("2012-11-23"),
          attribution=["ناشطون"], acled=ARREST, tpara=3),
        # the shabiha's live fire on the tail of the Qudurbak demonstration, one wounded (told in the pluperfect but
        # the same afternoon: asserted); the place is the lead's quarter
        E(True, ["ASSAULT"], [4], "أطلقوا الرصاص الحي", ["asserted"], mode="firearms",
          source=SHABIHA, recipient=PROTEST_VICTIM, location=QUDURBAK, date=D("2012-11-23"), fatalities=0),
        # the media activist abducted «مساء الخميس»: pages' news, his relative confirms he is missing
        E(True, ["ASSAULT"], [5], "اختطاف", ["reported", "rumored"], mode="abduct",
          source=QAM_ABDUCTORS, recipient=ACTIVIST, location=ANTARIYA, date=D("2012-11-22"),
          attribution=["صفحات ناشطين على فيسبوك", "أحد أقاربه"], acled=ABDUCTION),
        # the Kurdish National Council's statement: condemnation and blame of the regime (one ACCUSE) and the demand
        # for release; its warning of strife threatens no one
        E(True, ["ACCUSE"], [6], "وأدان", ["asserted"],
          source=KNC, recipient=SY_REGIME, location=QAMISHLI,
          date=D("2012-11-24", "day", ("2012-11-23", "2012-11-24")), attribution=["بيان المجلس الوطني الكردي"]),
        E(True, ["REQUEST"], [6], "مطالباً", ["asserted"],
          source=KNC, recipient=SY_REGIME, location=QAMISHLI,
          date=D("2012-11-24", "day", ("2012-11-23", "2012-11-24")), attribution=["بيان المجلس الوطني الكردي"]),
        # paragraph 7: living conditions, deliberately NO gold event
        # the mediators' trip to Ras al-Ayn this morning; the FSA–YPG fighting «منذ أيام» (optional)
        E(True, ["CONSULT"], [8], "توجه وفد", ["asserted", "reported"], mode="third-party",
          source=QAM_MEDIATORS, recipient=FSA_YPG, location=RAS_AL_AYN, date=D("2012-11-24"),
          attribution=["مصدر مقرب من الوفد"]),
        E(False, ["ASSAULT"], [8], "الاشتباكات الدائرة", ["asserted"], mode="firearms",
          source=FSA_YPG, location=RAS_AL_AYN, date=D("2012-11-21", "week", ("2012-11-18", "2012-11-24")),
          acled=CLASH),
        # the strike called for Monday (planned; the call itself optional) and the Military Security's threat to
        # the shopkeepers (the threatened arrests are only threatened)
        E(False, ["REQUEST"], [9], "دعت", ["asserted"],
          source=QAM_COORD, location=QAM_MARKET, date=D("2012-11-24", "day", ("2012-11-23", "2012-11-24"))),
        E(True, ["PROTEST"], [9], "إضراب عام", ["planned"], mode="strike",
          source=QAM_COORD, location=QAM_MARKET, date=D("2012-11-26")),
        E(True, ["THREATEN"], [9], "وهددوا", ["reported", "asserted"], mode="arrest",
          source=MIL_SEC, recipient=SHOPKEEPERS, location=QAM_MARKET, date=D("2012-11-24"), attribution=["ناشطون"]),
        # two of the four released this evening, and the beating they tell of (during the interrogation, since
        # Friday); the fear of a transfer to Damascus is no event
        E(True, ["RETREAT"], [10], "أفرج", ["asserted"], mode="release",
          source=MIL_SEC, recipient=QAM_RELEASED, location=QAMISHLI, date=D("2012-11-24")),
        E(True, ["ASSAULT"], [10], "تعرّضا للضرب", ["reported"], mode="beat",
          source=MIL_SEC, recipient=QAM_RELEASED, location=QAMISHLI,
          date=D("2012-11-24", "day", ("2012-11-23", "2012-11-24")), fatalities=0,
          attribution=["أحد الشابين المفرج عنهما"], acled=ATTACK),
    ],
)
