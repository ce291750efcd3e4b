"""Gold of article 556: Jisr al-Shughur and the al-Ghab plain (the town, its National Hospital, the road to
the camps on the Turkish border, Ishtabraq, al-Ziyara and Qarqur, Muhambal), a London-based pan-Arab daily
newspaper's website, 2015-04-28 (Tue)."""
from actors_places import (
    BESIEGED,
    BORDER_CAMPS,
    GHAB,
    HOSPITAL,
    HOSPITAL_ROAD,
    ICRC,
    IHH,
    ISHTABRAQ_ROUTE,
    ISTANBUL,
    JAF,
    JAF_BESIEGED,
    JAF_REGIME,
    JAF_SPOKESMAN,
    JISR,
    JISR_CIVILIANS,
    JISR_FAMILIES,
    JISR_PARTIES,
    MUHAMBAL,
    MUHAMBAL_VICTIMS,
    REGIME_AIR,
    REGIME_FORCE,
    SEVEN_CAPTIVES,
    SNC,
    SY_REGIME,
    UNSC,
)
from common import AIR, CLASH, D, E, paras_of

SLUG = "idlib_2015_jisr_al_shughur_hospital_ghab_capture"
TODAY = D("2015-04-28")
YESTERDAY = D("2015-04-27")
SINCE_YESTERDAY = D("2015-04-28", "day", ("2015-04-27", "2015-04-28"))
SINCE_SATURDAY = D("2015-04-28", "day", ("2015-04-25", "2015-04-28"))
ARTICLE = dict(
    id="team112-556", slug=SLUG, published="2015-04-28",
    outlet="Al-Ufuq al-Arabi, a London-based pan-Arab daily newspaper's website (fictional)",
    paras=paras_of(f"556_{SLUG}.txt"),
    events=[
        # ¶1 (dateline «لندن», a foreign capital): Jaish al-Fath take Jisr al-Shughur on Saturday morning
        # after four days of fighting with the government forces (core ASSAULT, Armed clash, both sides as
        # source; dated on the day of the capture with a range over the four days); the government forces'
        # withdrawal towards al-Ghab is optional (¶3's «أعادت تموضعها» retells it); the soldiers holed up in
        # the hospital are a standing situation (¶4)
        E(True, ["ASSAULT"], [1], "سيطرتها", ["asserted"], mode="firearms",
          source=JAF_REGIME, location=JISR, date=D("2015-04-25", "day", ("2015-04-22", "2015-04-25")),
          attribution=["مصادر ميدانية"], acled=CLASH),
        E(False, ["RETREAT"], [1, 3], "انسحب", ["asserted"], mode="withdraw",
          source=SY_REGIME, location=JISR, date=D("2015-04-25")),
        # the main event, in ¶2 after the capture of ¶1 (not first in the lead): more than twenty government
        # air raids on the town's quarters yesterday; nine civilians killed per the civil defence centre,
        # fourteen per the Syrian Observatory → 9 (the lowest); ¶3 the state agency's version (no number), ¶17
        # the burial of «القتلى التسعة»; the headline 0 names it
        E(True, ["ASSAULT"], [0, 2, 3, 17], "عشرين غارة", ["asserted", "reported"], mode="aerial",
          source=REGIME_AIR, recipient=JISR_CIVILIANS, location=JISR, date=YESTERDAY, fatalities=9,
          attribution=["مركز الدفاع المدني في المدينة", "«المرصد السوري لحقوق الإنسان»"], acled=AIR, tpara=2),
        # ¶4: Jaish al-Fath besiege the National Hospital since Saturday (core COERCE restrict, dated today
        # with a range back to its start); the snipers watching the streets are a standing situation, no event
        E(True, ["COERCE"], [4], "ويطوّق", ["asserted"], mode="restrict",
          source=JAF, recipient=BESIEGED, location=HOSPITAL, date=SINCE_SATURDAY),
        # ¶5 (and the headline): the besieged soldiers' failed breakout at dawn, fought off in a two-hour
        # clash (core ASSAULT, Armed clash, both sides as source; «من دون أن يحدد عدد القتلى» gives no toll),
        # and in the same sentence seven of them taken prisoner (core COERCE, ASSAULT accepted; no ACLED label
        # of its own: ACLED codes the capture within the battle); the helicopters' covering fire is part of
        # the same battle (optional ASSAULT)
        E(True, ["ASSAULT"], [0, 5], "واشتبكوا", ["asserted", "reported"], mode="firearms",
          source=JAF_BESIEGED, location=HOSPITAL_ROAD, date=TODAY, attribution=["بيان «جيش الفتح»"],
          acled=CLASH, tpara=5),
        E(False, ["ASSAULT"], [5], "غطاء ناري", ["asserted"], mode="aerial",
          source=REGIME_AIR, recipient=JAF, location=HOSPITAL_ROAD, date=TODAY),
        E(True, ["COERCE", "ASSAULT"], [5], "أُسر", ["asserted", "reported"], mode="arrest",
          source=JAF, recipient=SEVEN_CAPTIVES, location=HOSPITAL_ROAD, date=TODAY,
          attribution=["بيان «جيش الفتح»"]),
        # ¶6, one sentence, two events: thousands of families flee towards the camps on the Turkish border
        # over four days (optional RETREAT: no actor's concession) and a Turkish relief body hands out tents
        # and food baskets to some eight hundred of them yesterday (core AID humanitarian)
        E(False, ["RETREAT"], [6], "ونزحت", ["asserted"], mode="withdraw",
          source=JISR_FAMILIES, location=BORDER_CAMPS,
          date=D("2015-04-26", "week", ("2015-04-24", "2015-04-28"))),
        E(True, ["AID"], [6], "ووزّعت", ["asserted"], mode="humanitarian",
          source=IHH, recipient=JISR_FAMILIES, location=BORDER_CAMPS, date=YESTERDAY,
          attribution=["أحد العاملين في المخيمات"]),
        # paragraph 7 (the town and its place: a description) holds no event
        # ¶8: a government force breaking through to the hospital from Ishtabraq, rumoured on pro-government
        # pages and denied by a Jaish al-Fath spokesman (core ASSAULT, rumored; the denial optional REJECT)
        E(True, ["ASSAULT", "MOBILIZE"], [8], "وصول قوة", ["rumored", "reported"], mode="firearms",
          source=REGIME_FORCE, recipient=JAF, location=ISHTABRAQ_ROUTE,
          date=D("2015-04-27", "day", ("2015-04-27", "2015-04-28")),
          attribution=["صفحات موالية للنظام على «فيسبوك»"]),
        E(False, ["REJECT"], [8], "نفى", ["asserted"],
          source=JAF_SPOKESMAN, location=HOSPITAL, date=SINCE_YESTERDAY),
        # ¶9: Jaish al-Fath's 48-hour ultimatum (core THREATEN); the storming is only threatened (optional,
        # hypothetical), and its pledge to treat those who surrender as prisoners an optional AGREE
        E(True, ["THREATEN"], [9], "وأمهل", ["asserted"], mode="violence",
          source=JAF, recipient=BESIEGED, location=HOSPITAL, date=SINCE_YESTERDAY),
        E(False, ["ASSAULT"], [9], "باقتحام", ["hypothetical"], mode="firearms",
          source=JAF, location=HOSPITAL, date=None),
        E(False, ["AGREE"], [9], "ومتعهداً", ["asserted"],
          source=JAF, recipient=BESIEGED, location=HOSPITAL, date=SINCE_YESTERDAY),
        # ¶10: an ICRC delegation due «يوم الخميس المقبل» to negotiate the evacuation of the wounded (core
        # CONSULT third-party, planned); the parties' not objecting negates nothing (optional, negated)
        E(True, ["CONSULT", "AID"], [10], "يصل وفد", ["planned"], mode="third-party",
          source=ICRC, recipient=JISR_PARTIES, location=HOSPITAL, date=D("2015-04-30"),
          attribution=["مصدر مطلع على الاتصالات"]),
        E(False, ["REJECT"], [10], "يعترضا", ["negated"],
          source=JISR_PARTIES, location=HOSPITAL, date=SINCE_YESTERDAY),
        # ¶11: government reinforcements of tanks and rocket launchers sent to al-Ziyara and Qarqur over the
        # last two days (core MOBILIZE, a three-day range); the counter-attack they prepare is optional
        # (planned, hypothetical)
        E(True, ["MOBILIZE"], [11], "دفعت", ["asserted"], mode="troops",
          source=SY_REGIME, location=GHAB, date=D("2015-04-27", "day", ("2015-04-26", "2015-04-28"))),
        E(False, ["ASSAULT"], [11], "لهجوم معاكس", ["planned", "hypothetical"], mode="firearms",
          source=SY_REGIME, location=JISR, date=None),
        # ¶12: no supplies dropped to the besieged since Sunday evening (core AID military, negated); the
        # boxes dropped the day before that fell among the factions are an earlier act (optional, historical)
        E(True, ["AID"], [12], "تُلقِ", ["negated"], mode="military",
          source=REGIME_AIR, recipient=BESIEGED, location=HOSPITAL,
          date=D("2015-04-28", "day", ("2015-04-26", "2015-04-28"))),
        E(False, ["AID"], [12], "ألقتها", ["historical", "asserted"], mode="military",
          source=REGIME_AIR, recipient=BESIEGED, location=HOSPITAL,
          date=D("2015-04-26", "day", ("2015-04-25", "2015-04-26"))),
        # paragraph 13 (a displaced man's words) holds no event
        # background at another place, in «وكان … قد»: barrel bombs on Muhambal on 22 March (core, historical,
        # 6; Air/drone strike)
        E(True, ["ASSAULT"], [14], "ألقت", ["historical", "asserted", "reported"], mode="aerial",
          source=REGIME_AIR, recipient=MUHAMBAL_VICTIMS, location=MUHAMBAL, date=D("2015-03-22"),
          fatalities=6, attribution=["ناشطون"], acled=AIR),
        # ¶15, subject–verb–object with a long parenthetical: the National Coalition accuses the government
        # (core ACCUSE) and, with «و» and a second verb, asks the Security Council for a no-fly zone (core
        # REQUEST); its political body's emergency meeting in Istanbul is in the relative clause (optional
        # CONSULT)
        E(True, ["ACCUSE"], [15], "اتهم", ["asserted"],
          source=SNC, recipient=SY_REGIME, date=SINCE_YESTERDAY),
        E(True, ["REQUEST"], [15], "وطالب", ["asserted"],
          source=SNC, recipient=UNSC, date=SINCE_YESTERDAY),
        E(False, ["CONSULT"], [15], "اجتماعاً طارئاً", ["asserted"], mode="multilateral",
          source=SNC, location=ISTANBUL, date=YESTERDAY),
        # paragraph 16 (flight since the start of April and nightly raids: aggregates and a generic statement)
        # holds no event; ¶17, the burial, is a paragraph of the main event
    ],
)
