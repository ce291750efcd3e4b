"""Gold of article 487: Madaya, al-Zabadani, Bqin and Wadi Barada (western Rif Dimashq), an Istanbul-based
Syrian opposition exile news website, 2017-04-13 (Thu)."""
from actors_places import (
    BASIMA,
    BASIMA_CIVILIANS,
    BQIN,
    BQIN_JUNCTION,
    BQIN_VICTIMS,
    FOURTH_DIV,
    FOURTH_DIV_SOURCE,
    FOURTH_DIV_UN,
    HEZBOLLAH,
    HEZBOLLAH_4TH,
    MADAYA,
    MADAYA_CONVOY,
    MADAYA_COUNCIL,
    MADAYA_EVACUEES,
    MADAYA_FIGHTERS,
    MADAYA_YOUTHS,
    MADAYA_ZABADANI,
    NEG_COMMITTEE,
    SANA_SOURCE,
    SARC,
    SICK_ELDERLY,
    SY_REGIME,
    TERRORISTS,
    UN,
    WADI_BARADA_FIGHTERS,
    ZABADANI,
    ZABADANI_FIGHTERS,
)
from common import AGREEMENT, MINE, SHELL, D, E, paras_of

SLUG = "rif_dimashq_2017_madaya_zabadani_bqin_buses"
TODAY = D("2017-04-13")
YESTERDAY = D("2017-04-12")
SINCE_YESTERDAY = D("2017-04-12", "day", ("2017-04-12", "2017-04-13"))
ARTICLE = dict(
    id="team98-487", slug=SLUG, published="2017-04-13",
    outlet="Nawafidh al-Sham, an Istanbul-based Syrian opposition exile news website (fictional)",
    paras=paras_of(f"487_{SLUG}.txt"),
    events=[
        # ¶1 (no dateline; «مدينة مضايا» in the first sentence), one sentence, two events: the buses sent
        # under the deal enter Madaya yesterday (the deal carried out: COOPERATE, RETREAT also accepted) and
        # the convoy has not moved by today (core RETREAT, negated, with the headline 0)
        E(True, ["COOPERATE", "RETREAT"], [1], "دخلت", ["asserted"],
          source=SY_REGIME, recipient=MADAYA_EVACUEES, location=MADAYA, date=YESTERDAY),
        E(True, ["RETREAT"], [0, 1], "لم تتحرك", ["negated"], mode="withdraw",
          source=MADAYA_EVACUEES, location=MADAYA, date=TODAY, tpara=1),
        # the main event, in ¶2 after the buses (not first in the lead): a car bomb at the convoy's waiting
        # point, the time told after the act («، وذلك قرابة السابعة والنصف»); the state agency's version 3
        # (the other side), the wounded taken «من قبل» volunteers 16, the burial 17; no one claims it → 6
        E(True, ["ASSAULT"], [0, 2, 3, 16, 17], "انفجرت سيارة مفخخة", ["asserted"], mode="explosives",
          recipient=BQIN_VICTIMS, location=BQIN_JUNCTION, date=TODAY, fatalities=6,
          attribution=["مصدر طبي في المشفى الميداني بمضايا"], acled=MINE, tpara=2),
        # ¶2, in a relative clause: the first buses carried al-Zabadani's fighters out yesterday evening
        # (people leaving: RETREAT, asserted)
        E(True, ["RETREAT"], [2], "أقلّت", ["asserted"], mode="withdraw",
          source=ZABADANI_FIGHTERS, location=ZABADANI, date=YESTERDAY),
        # ¶3: the state agency blames «terrorists» for the car without a verb of blame (optional ACCUSE)
        E(False, ["ACCUSE"], [3], "أدخلوا السيارة", ["reported"],
          source=SANA_SOURCE, recipient=TERRORISTS, date=TODAY, attribution=["سانا"]),
        # ¶4: an accusation and a demand joined with «و» and a second verb («بالمسؤولية عن التفجير» retells
        # nothing new)
        E(True, ["ACCUSE"], [4], "واتهم", ["asserted"],
          source=MADAYA_COUNCIL, recipient=HEZBOLLAH_4TH, date=TODAY),
        E(True, ["REQUEST"], [4], "وطالب", ["asserted"],
          source=MADAYA_COUNCIL, recipient=UN, date=TODAY),
        # ¶5: the deal announced on Monday evening (AGREE, *Agreement*); its terms are its content: the
        # departure it provides for is an optional planned RETREAT, the settlement no event
        E(True, ["AGREE"], [5], "الاتفاق", ["asserted"],
          source=NEG_COMMITTEE, location=MADAYA_ZABADANI, date=D("2017-04-10"), acled=AGREEMENT),
        E(False, ["RETREAT"], [5], "بخروج المقاتلين", ["planned"], mode="withdraw",
          source=MADAYA_EVACUEES, location=MADAYA_ZABADANI, date=None),
        # ¶6: the terms disputed: the committee rejects the Fourth Division's demand (the demand, in a noun
        # phrase, an optional REQUEST)
        E(True, ["REJECT"], [6], "رفضت", ["asserted"],
          source=NEG_COMMITTEE, recipient=FOURTH_DIV, date=SINCE_YESTERDAY),
        E(False, ["REQUEST"], [6], "طلباً", ["asserted", "reported"],
          source=FOURTH_DIV, recipient=NEG_COMMITTEE, date=SINCE_YESTERDAY),
        # paragraph 7 (the people left in the towns: aggregates and a standing situation) holds no event
        # ¶8: arrests at a checkpoint told by local sources, unconfirmed (rumoured)
        E(True, ["COERCE"], [8], "اعتقال", ["rumored", "reported"], mode="arrest",
          source=FOURTH_DIV, recipient=MADAYA_YOUTHS, location=BQIN, date=YESTERDAY,
          attribution=["مصادر أهلية"]),
        # ¶9: a conditional threat (asserted); the entry by force it threatens is hypothetical (optional)
        E(True, ["THREATEN"], [9], "وهدّد", ["asserted"], mode="violence",
          source=FOURTH_DIV_SOURCE, recipient=MADAYA_FIGHTERS, location=MADAYA, date=TODAY),
        E(False, ["ASSAULT"], [9], "ودخول البلدة بالقوة", ["hypothetical"], mode="firearms",
          source=FOURTH_DIV, location=MADAYA, date=None),
        # ¶10: the convoy due to leave tomorrow (planned RETREAT), the waiting buses to follow («على أن»:
        # optional, planned)
        E(True, ["RETREAT"], [10], "تنطلق", ["planned"], mode="withdraw",
          source=MADAYA_CONVOY, location=MADAYA, date=D("2017-04-14"), attribution=["الهلال الأحمر"]),
        E(False, ["RETREAT"], [10], "تلحق", ["planned"], mode="withdraw",
          source=ZABADANI_FIGHTERS, location=BQIN_JUNCTION, date=D("2017-04-14")),
        # ¶11 (verb–subject–object): ambulances, medicines and food brought in (AID)
        E(True, ["AID"], [11], "وأدخل", ["asserted"], mode="humanitarian",
          source=SARC, recipient=SICK_ELDERLY, location=MADAYA, date=YESTERDAY,
          attribution=["متطوع في المنظمة"]),
        # ¶12: the committee meets Fourth Division officers and a UN envoy in Bqin; «من دون أن يصدر» negates
        # nothing
        E(True, ["CONSULT"], [12], "والتقى", ["asserted"], mode="third-party",
          source=NEG_COMMITTEE, recipient=FOURTH_DIV_UN, location=BQIN, date=TODAY),
        # paragraph 13 (a woman's words) holds no event
        # ¶14: Hezbollah reinforcements on the hills; the purpose clause («تمهيداً لدخول البلدة») is no event
        E(True, ["MOBILIZE"], [14], "ودفعت", ["asserted", "reported"], mode="troops",
          source=HEZBOLLAH, location=MADAYA, date=SINCE_YESTERDAY, attribution=["ناشطون"]),
        # background at another place, in «وكان … قد»: the shelling of Basima in Wadi Barada on 14 January
        # (4); the later Wadi Barada deal and its evacuation, in a clause, are optional (historical)
        E(True, ["ASSAULT"], [15], "قصفت", ["historical", "asserted"], mode="heavy-weapons",
          source=SY_REGIME, recipient=BASIMA_CIVILIANS, location=BASIMA, date=D("2017-01-14"), fatalities=4,
          acled=SHELL),
        E(False, ["AGREE"], [15], "اتفاق", ["historical"],
          location=BASIMA, date=D("2017-01-28", "week", ("2017-01-21", "2017-02-04"))),
        E(False, ["RETREAT"], [15], "أُخرج", ["historical"], mode="withdraw",
          source=WADI_BARADA_FIGHTERS, location=BASIMA, date=None),
        # ¶16 (the wounded) and ¶17 (the burial) are paragraphs of the main event
    ],
)
