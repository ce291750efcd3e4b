"""Gold of article 576: Douma, the al-Wafideen crossing and its road, Arbin (Rif Dimashq), an Istanbul-based
Syrian opposition radio station's website, 2018-04-02 (Mon)."""
from actors_places import (
    ABDUCTEES,
    ARBIN,
    ARBIN_VICTIMS,
    CIVIL_COMMITTEE,
    DOUMA,
    DOUMA_MARKET,
    DOUMA_PEOPLE,
    DOUMA_YOUNG_MEN,
    FAYLAQ,
    ISTANBUL,
    JAISH,
    JAISH_MEDIA,
    JAISH_RU,
    MARKET_VICTIMS,
    MIL_SECURITY,
    REBELS,
    REGIME_SOURCE,
    RU_JETS,
    RU_MP,
    RU_OFFICERS,
    RU_RECONCILIATION,
    RU_REGIME,
    RU_SIDE,
    SARC_UN,
    SNC,
    UN,
    WAFIDEEN,
    WAFIDEEN_ROAD,
    WARPLANES,
)
from common import AIR, ARREST, D, E, paras_of

SLUG = "rif_dimashq_2018_douma_wafideen_buses_market"
TODAY = D("2018-04-02")
SUNDAY = D("2018-04-01")
SATURDAY = D("2018-03-31")
SINCE_YESTERDAY = D("2018-04-02", "day", ("2018-04-01", "2018-04-02"))
ARTICLE = dict(
    id="team116-576", slug=SLUG, published="2018-04-02",
    outlet="Athir al-Sham, an Istanbul-based Syrian opposition radio station's website (fictional)",
    paras=paras_of(f"576_{SLUG}.txt"),
    events=[
        # ¶1 (no dateline; Douma named in the first sentence) and the headline: the first buses carrying
        # Jaysh al-Islam's fighters and their families leave Douma for the north this morning (core RETREAT
        # withdraw, no ACLED label); the deal reached last evening is recalled in a relative clause (optional,
        # historical AGREE)
        E(True, ["RETREAT"], [0, 1], "انطلقت", ["asserted"], mode="withdraw",
          source=JAISH, location=DOUMA, date=TODAY, attribution=["مراسل «أثير الشام»"], tpara=1),
        E(False, ["AGREE", "CONCEDE"], [1], "للاتفاق", ["historical", "asserted"],
          source=CIVIL_COMMITTEE, recipient=RU_SIDE, location=DOUMA, date=SUNDAY),
        # the main event, in ¶2 after the departure of ¶1 (not first in the lead): Russian warplanes strike a
        # market in the centre of Douma on Saturday evening; nine killed per the Syrian Civil Defence,
        # thirteen per the Unified Medical Office → 9 (the lowest); ¶3 the Russian version (no number), ¶15
        # the burial of «الشهداء التسعة»; the headline names it
        E(True, ["ASSAULT"], [0, 2, 3, 15], "أغارت", ["asserted", "reported"], mode="aerial",
          source=RU_JETS, recipient=MARKET_VICTIMS, location=DOUMA_MARKET, date=SATURDAY, fatalities=9,
          attribution=["«الدفاع المدني السوري»", "«المكتب الطبي الموحد»"], acled=AIR, tpara=2),
        # ¶3: the Reconciliation Centre's denial (optional REJECT) and its accusation of the rebels (optional
        # ACCUSE); the pictures posted by Russian accounts are no event
        E(False, ["REJECT"], [3], "نفى", ["asserted"],
          source=RU_RECONCILIATION, location=DOUMA, date=SINCE_YESTERDAY),
        E(False, ["ACCUSE"], [3], "واتهم", ["asserted"],
          source=RU_RECONCILIATION, recipient=REBELS, date=SINCE_YESTERDAY),
        # ¶4, verb–subject–object: the Russian military police deploy at the al-Wafideen crossing since dawn
        # (core MOBILIZE police)
        E(True, ["MOBILIZE"], [4], "ونشرت", ["asserted"], mode="police",
          source=RU_MP, location=WAFIDEEN, date=TODAY, attribution=["أحد السائقين"]),
        # ¶5: an aid convoy enters Douma yesterday (core AID humanitarian); its load distributed, in a passive
        # (optional AID)
        E(True, ["AID"], [5], "ودخلت", ["asserted"], mode="humanitarian",
          source=SARC_UN, location=DOUMA, date=SUNDAY, attribution=["عضو في المجلس المحلي"]),
        E(False, ["AID"], [5], "ووُزعت", ["asserted"], mode="humanitarian",
          recipient=DOUMA_PEOPLE, location=DOUMA, date=SUNDAY),
        # paragraph 6 (Douma: a description and aggregates) holds no event
        # ¶7: the abductees released by Jaysh al-Islam and handed to the Russians, rumoured on pro-government
        # pages and denied (core RETREAT release, rumored; the denial optional REJECT)
        E(True, ["RETREAT"], [7], "إطلاق", ["rumored", "reported"], mode="release",
          source=JAISH, recipient=ABDUCTEES, location=WAFIDEEN, date=None,
          attribution=["صفحات موالية للنظام"]),
        E(False, ["REJECT"], [7], "نفى", ["asserted"],
          source=JAISH_MEDIA, date=SINCE_YESTERDAY),
        # ¶8: a government military source's conditional threat (core THREATEN); the resumed operations are
        # only threatened (optional, hypothetical)
        E(True, ["THREATEN"], [8], "وتوعّد", ["asserted"], mode="violence",
          source=REGIME_SOURCE, recipient=JAISH, location=DOUMA, date=SINCE_YESTERDAY),
        E(False, ["ASSAULT"], [8], "استئناف", ["hypothetical"],
          source=REGIME_SOURCE, location=DOUMA, date=None),
        # ¶9: the civil committee to negotiate with Russian officers tomorrow (planned CONSULT)
        E(True, ["CONSULT"], [9], "تعقد", ["planned"],
          source=CIVIL_COMMITTEE, recipient=RU_OFFICERS, location=WAFIDEEN, date=D("2018-04-03"),
          attribution=["عضو في اللجنة"]),
        # ¶10: no heavy weapon handed over yet (core RETREAT disarm, negated); the last batch's departure is
        # the deal's content, not an event
        E(True, ["RETREAT"], [10], "يسلّم", ["negated"], mode="disarm",
          source=JAISH, recipient=RU_MP, location=DOUMA, date=SINCE_YESTERDAY,
          attribution=["مصدر مطلع على سير المفاوضات"]),
        # paragraph 11 (an old man's words) holds no event
        # background at another place, in «وكان … قد»: warplanes strike a basement in Arbin on 20 March (core,
        # historical, 16; Air/drone strike); Faylaq al-Rahman's departure under a similar deal days later is
        # optional (historical RETREAT and AGREE)
        E(True, ["ASSAULT"], [12], "استهدفت", ["historical", "asserted", "reported"], mode="aerial",
          source=WARPLANES, recipient=ARBIN_VICTIMS, location=ARBIN, date=D("2018-03-20"), fatalities=16,
          attribution=["«الدفاع المدني»"], acled=AIR),
        E(False, ["RETREAT"], [12], "يخرج", ["historical", "asserted"], mode="withdraw",
          source=FAYLAQ, location=ARBIN, date=None),
        E(False, ["AGREE"], [12], "اتفاق", ["historical", "asserted"],
          source=FAYLAQ, date=None),
        # ¶13, subject–verb–object with a long parenthetical: the National Coalition accuses Russia and the
        # government (core ACCUSE) and, with «و» and a second verb, asks the UN for observers (core REQUEST);
        # its political body's emergency meeting in Istanbul is in the relative clause (optional CONSULT)
        E(True, ["ACCUSE"], [13], "اتهم", ["asserted"],
          source=SNC, recipient=RU_REGIME, date=SINCE_YESTERDAY),
        E(True, ["REQUEST"], [13], "وطالب", ["asserted"],
          source=SNC, recipient=UN, date=SINCE_YESTERDAY),
        E(False, ["CONSULT"], [13], "اجتماعاً", ["asserted"], mode="multilateral",
          source=SNC, location=ISTANBUL, date=SUNDAY),
        # ¶14: Jaysh al-Islam's leaders reject a Russian clause on the tunnel maps (core REJECT); the meeting
        # «بين ممثلي الفصيل وضباط روس» on Sunday night is optional (CONSULT)
        E(True, ["REJECT"], [14], "ورفض", ["asserted"],
          source=JAISH, recipient=RU_SIDE, location=WAFIDEEN, date=SINCE_YESTERDAY,
          attribution=["مصدر مقرّب من الفصيل"]),
        E(False, ["CONSULT"], [14], "الاجتماع", ["asserted"],
          source=JAISH_RU, location=WAFIDEEN, date=SUNDAY),
        # ¶15, the burial of «الشهداء التسعة», is a paragraph of the main event
        # ¶16, a passive with «من قبل»: dozens of young men arrested at a checkpoint on the crossing's road
        # (core COERCE arrest, Arrests)
        E(True, ["COERCE"], [16], "واعتُقل", ["asserted", "reported"], mode="arrest",
          source=MIL_SECURITY, recipient=DOUMA_YOUNG_MEN, location=WAFIDEEN_ROAD, date=SUNDAY,
          attribution=["ناشطون"], acled=ARREST),
        # paragraph 17 (those who left the Ghouta since mid-March: aggregates) holds no event
    ],
)
