"""Gold of article 336: Qudsaya, al-Hameh and the Dummar project (Rif Dimashq, Syria), an opposition local
news page of Qudsaya, 2016-09-21 (Wed). Mostly about a siege and its negotiation: an exchange of bodies for
detainees, a meeting with its demand, refusal and threat, the siege itself, appeals and a planned round."""
from actors_places import (
    DAHIYA,
    DAMASCUS,
    DAWWAR_QUDSAYA,
    DETENTION_BRANCHES,
    DUMMAR,
    EXCHANGE_SIDES,
    FOURTH_DIV,
    HAMEH,
    HAMEH_VICTIMS,
    NEGOTIATORS_FACTIONS,
    PRO_GOV_SOURCE,
    Q_DETAINEES,
    Q_FACTIONS,
    Q_MEETING,
    Q_NEGOTIATORS,
    Q_TOWNS,
    QH_RESIDENTS,
    QUDSAYA_COUNCIL,
    QUDSAYA_HAMEH,
    QUDSAYA_YOUTH,
    REGIME_4TH,
    RELEASED_MAN,
    REPUBLICAN_GUARD,
    RG_COLONEL,
    RG_HOUSING,
    RIF_DIMASHQ,
    SARC,
    SY_GOV_SIDE,
    SY_REGIME_Q,
    TERRORISTS_Q,
    UN_CONVOY,
    UN_ICRC,
)
from common import AGREEMENT, ATTACK, CLASH, SHELL, D, E, paras_of

SLUG = "qudsaya_2016_hameh_dummar_exchange_siege"
YESTERDAY = D("2016-09-20")
NEGOTIATOR = "عضو في لجنة التفاوض المحلية"
ARTICLE = dict(
    id="team68-336", slug=SLUG, published="2016-09-21",
    outlet="Ain Qudsaya opposition local news page (fictional)",
    paras=paras_of(f"336_{SLUG}.txt"),
    events=[
        # the exchange at the Qudsaya roundabout checkpoint «بعد ظهر أمس الثلاثاء», carried out (COOPERATE;
        # RETREAT accepted): headline 0, lead 1, the follow-up 2 (the Red Crescent's supervision). The two
        # handovers that make it up are optional RETREAT events; «منذ إطباق الحصار» is the siege, told in ¶10
        E(True, ["COOPERATE", "RETREAT"], [0, 1, 2], "عملية تبادل", ["asserted"],
          source=EXCHANGE_SIDES, location=DAWWAR_QUDSAYA, date=YESTERDAY, attribution=[NEGOTIATOR],
          acled=AGREEMENT, tpara=1),
        E(False, ["RETREAT"], [1], "سلّمت", ["asserted"], mode="return",
          source=Q_FACTIONS, recipient=REPUBLICAN_GUARD, location=DAWWAR_QUDSAYA, date=YESTERDAY),
        E(False, ["RETREAT"], [1], "وأفرجت", ["asserted"], mode="release",
          source=SY_REGIME_Q, recipient=Q_DETAINEES, location=DAWWAR_QUDSAYA, date=YESTERDAY),
        # ¶2: the four soldiers «قُتلوا في اشتباكات … مطلع آب الماضي» (optional, historical: their deaths are
        # not counted) and the deal's second stage «يوم السبت المقبل» (core, planned; no place given). The
        # relatives waiting near the checkpoint are no protest
        E(False, ["ASSAULT"], [2], "اشتباكات", ["historical"], mode="firearms",
          source=EXCHANGE_SIDES, location=HAMEH, date=D("2016-08-05", "month", ("2016-08-01", "2016-08-10")),
          acled=CLASH),
        E(True, ["COOPERATE", "RETREAT", "AGREE"], [2], "المرحلة الثانية", ["planned"],
          source=EXCHANGE_SIDES, date=D("2016-09-24"), attribution=["عضو لجنة التفاوض"]),
        # ¶3: a released man's account of beatings during interrogation years ago (optional, historical)
        E(False, ["ASSAULT"], [3], "تعرّض للضرب", ["historical"], mode="torture",
          source=DETENTION_BRANCHES, recipient=RELEASED_MAN, date=None),
        # the mortar shells on al-Hameh «مساء أمس» (one-sided): headline 0, ¶4 (the town's medical office:
        # three), the pro-government page's retelling ¶9 (blaming «المجموعات الإرهابية», no number) and ¶15
        # (activists' names: five) → 3 vs 5 → 3. The source is the 4th Division, as the activists say; the
        # retelling's blame is an optional ACCUSE. «المجزرة» in ¶11 is a back-reference, no event
        E(True, ["ASSAULT"], [0, 4, 9, 15], "قذائف هاون", ["asserted", "reported"], mode="heavy-weapons",
          source=REGIME_4TH, recipient=HAMEH_VICTIMS, location=HAMEH, date=YESTERDAY, fatalities=3,
          attribution=["المكتب الطبي في البلدة", "ناشطون", "صفحة «أخبار ضاحية قدسيا»"], acled=SHELL, tpara=4),
        # ¶5 (the two towns, their displaced and their orchards) holds no event
        # ¶6: the morning meeting told with «وكانت … قد» (same day: asserted), the government side's demand
        # and the factions' refusal; the demand's terms and the refusal's condition are no events
        E(True, ["CONSULT"], [6], "اجتمعت", ["asserted", "historical"],
          source=Q_MEETING, recipient=Q_MEETING, location=DAHIYA, date=YESTERDAY, attribution=[NEGOTIATOR]),
        E(True, ["REQUEST"], [6], "طالب", ["asserted", "reported"],
          source=SY_GOV_SIDE, recipient=NEGOTIATORS_FACTIONS, location=DAHIYA, date=YESTERDAY,
          attribution=[NEGOTIATOR]),
        E(True, ["REJECT"], [6], "رفضوا", ["asserted", "reported"],
          source=Q_FACTIONS, recipient=SY_GOV_SIDE, location=DAHIYA, date=YESTERDAY,
          attribution=[NEGOTIATOR]),
        # ¶7 (the government side's silence) holds no event
        # ¶8: the colonel's threat to storm the two towns (THREATEN, told by the committee member); the
        # storming is hypothetical and the second threat (closing the checkpoint) optional; «إخراج مقاتليها
        # نحو الشمال» is generic background about other towns (optional)
        E(True, ["THREATEN"], [8], "تهديده", ["reported", "asserted"], mode="violence",
          source=RG_COLONEL, recipient=Q_TOWNS, location=DAHIYA, date=YESTERDAY,
          attribution=["عضو اللجنة"]),
        E(False, ["ASSAULT"], [8], "اقتحام البلدتين", ["hypothetical"], mode="firearms",
          source=RG_COLONEL, location=QUDSAYA_HAMEH, date=None),
        E(False, ["THREATEN", "COERCE"], [8], "لوّح", ["reported", "asserted"], mode="restrict",
          source=RG_COLONEL, recipient=Q_TOWNS, location=DAMASCUS, date=YESTERDAY),
        E(False, ["RETREAT"], [8], "إخراج مقاتليها", ["generic", "historical"], mode="withdraw",
          location=RIF_DIMASHQ, date=None),
        # ¶9: the pro-government page's blame of «the terrorist groups» (optional ACCUSE)
        E(False, ["ACCUSE"], [9], "قوله", ["reported"],
          source=PRO_GOV_SOURCE, recipient=TERRORISTS_Q, date=YESTERDAY),
        # the siege «منذ مطلع آب الماضي» (COERCE restrict, a standing act: dated over its span), also meant by
        # «منذ إطباق الحصار» in the lead; no UN convoy has entered since (optional, negated)
        E(True, ["COERCE"], [1, 10], "طوقاً محكماً", ["asserted"], mode="restrict",
          source=SY_REGIME_Q, recipient=QH_RESIDENTS, location=QUDSAYA_HAMEH,
          date=D("2016-09-21", "month", ("2016-08-01", "2016-09-21")), attribution=["المجلس المحلي لقدسيا"],
          tpara=10),
        E(False, ["AID"], [10], "قافلة إغاثة", ["negated"], mode="humanitarian",
          source=UN_CONVOY, location=QUDSAYA_HAMEH, date=None),
        # ¶11: the council's appeal to the UN and the ICRC (REQUEST) and its blame of the regime forces
        # (ACCUSE); its second appeal, to the Red Crescent, is optional
        E(True, ["REQUEST"], [11], "وناشد", ["asserted"],
          source=QUDSAYA_COUNCIL, recipient=UN_ICRC, location=QUDSAYA_HAMEH, date=YESTERDAY),
        E(True, ["ACCUSE"], [11], "محمّلاً", ["asserted"],
          source=QUDSAYA_COUNCIL, recipient=SY_REGIME_Q, location=HAMEH, date=YESTERDAY),
        E(False, ["REQUEST"], [11], "كما دعا", ["asserted"],
          source=QUDSAYA_COUNCIL, recipient=SARC, date=YESTERDAY),
        # ¶12 (the detainees' count since 2012: an aggregate) holds no event
        # ¶13: a 4th Division column near the Republican Guard housing, rumoured and unconfirmed (MOBILIZE);
        # the military action it would prepare is hypothetical (optional)
        E(True, ["MOBILIZE"], [13], "رتل من الدبابات", ["rumored"], mode="troops",
          source=FOURTH_DIV, location=RG_HOUSING, date=D("2016-09-20", "day", ("2016-09-19", "2016-09-21")),
          attribution=["صفحات محلية", "سكان من الحي الجنوبي"]),
        E(False, ["ASSAULT"], [13], "لعمل عسكري محتمل", ["hypothetical"], mode="firearms",
          source=FOURTH_DIV, location=RG_HOUSING, date=None),
        # background at another place: a young man of Qudsaya shot by a sniper near the Dummar project
        # checkpoint «صباح الخميس الماضي» (core, historical, 1)
        E(True, ["ASSAULT"], [14], "قناص", ["historical", "asserted"], mode="firearms",
          source=SY_REGIME_Q, recipient=QUDSAYA_YOUTH, location=DUMMAR, date=D("2016-09-15"), fatalities=1,
          acled=ATTACK),
        # ¶16: the next round «يوم الأحد المقبل» (planned CONSULT); «لم يقدّم أي ضمانات» optional, negated
        E(True, ["CONSULT"], [16], "جولة جديدة", ["planned"],
          source=Q_MEETING, recipient=Q_MEETING, location=DAHIYA, date=D("2016-09-25"),
          attribution=["المصدر"]),
        E(False, ["AGREE"], [16], "ضمانات مكتوبة", ["negated"],
          source=SY_GOV_SIDE, recipient=Q_NEGOTIATORS, date=None),
    ],
)
