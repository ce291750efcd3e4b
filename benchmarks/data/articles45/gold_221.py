"""Gold of article 221: the Beit Jinn pocket on Mount Hermon (Mughr al-Mir, Beit Jinn, Mazraat Beit Jinn, Sa'sa'), an
opposition news network, 2017-12-26 (Tue)."""
from actors_places import (
    ASSAD_4TH,
    ASSAD_FORCES,
    BEIT_JINN,
    BJ_COMMITTEE,
    BJ_FARMS,
    BJ_FIGHT,
    BJ_FIGHTERS,
    BJ_MUGHR_ROAD,
    BJ_POCKET,
    BJ_PROTESTERS,
    BJ_WOMEN,
    BJ_YOUTHS,
    FOURTH_DIV,
    HTS_BJ,
    KHAN_SHIH,
    KS_FIGHTERS,
    KS_PARTIES,
    MAZRAAT_BJ,
    MIL_SECURITY,
    MUGHR,
    MUGHR_COUNCIL,
    MUGHR_VICTIMS,
    NDF_ASSAD,
    REGIME_NEGOTIATORS,
    RUSSIA_BJ,
    SASA,
    UN_HUMANITARIAN,
)
from common import AGREEMENT, AIR, ARREST, CLASH, PEACEFUL, SHELL, TRANSFER, D, E, paras_of

SLUG = "beit_jinn_2017_mughr_al_mir_barrels_sasa_talks"
ARTICLE = dict(
    id="team45-221", slug=SLUG, published="2017-12-26", outlet="Jabal al-Sheikh News Network (fictional)",
    paras=paras_of(f"221_{SLUG}.txt"),
    events=[
        # the barrel bombs on Mughr al-Mir this morning: headline 0, lead 1 (the network's correspondent: a woman and
        # her two children), retold in 6 by a local council member (four, three of them children): 3 vs 4 → 3; the
        # water tank destroyed in 6 is the same strike
        E(True, ["ASSAULT"], [0, 1, 6], "براميل متفجرة", ["asserted", "reported"], mode="aerial",
          source=ASSAD_FORCES, recipient=MUGHR_VICTIMS, location=MUGHR, date=D("2017-12-26"), fatalities=3,
          attribution=["مراسل شبكة أخبار جبل الشيخ", "عضو في المجلس المحلي لمغر المير"], acled=AIR, tpara=1),
        # same sentence, a second event: the Fourth Division's artillery on the farms around Beit Jinn since dawn
        E(True, ["ASSAULT"], [1], "قذائف مدفعية", ["asserted", "reported"], mode="heavy-weapons",
          source=FOURTH_DIV, recipient=BJ_FARMS, location=BEIT_JINN, date=D("2017-12-26"),
          attribution=["مراسل شبكة أخبار جبل الشيخ"], acled=SHELL),
        # the battle for Mazraat Beit Jinn since yesterday's dawn (two-sided: both sides are sources); 4 opposition
        # fighters killed, the attackers' losses unquantified; retold in 8 by loyalist pages («more than twenty») → 4
        E(True, ["ASSAULT"], [2, 8], "معارك عنيفة", ["asserted", "reported"], mode="firearms",
          source=BJ_FIGHT, location=MAZRAAT_BJ, date=D("2017-12-25", "day", ("2017-12-25", "2017-12-26")),
          fatalities=4, attribution=["ناشطون", "صفحات موالية للنظام على فيسبوك", "قيادي ميداني في الجيش الحر"],
          acled=CLASH),
        # the third round of talks in Sa'sa' last night (committee with Fourth Division officers and a Russian
        # officer), the Russian offer made in it (AGREE: an offer), and the exit it proposes (optional, planned; also
        # the headline's «لإخراج المقاتلين»)
        E(True, ["CONSULT"], [3], "المحادثات", ["asserted", "reported"], mode="multilateral",
          source=BJ_COMMITTEE, recipient=REGIME_NEGOTIATORS, location=SASA, date=D("2017-12-25"),
          attribution=["عضو في لجنة التفاوض"]),
        E(True, ["AGREE"], [3], "عرضاً", ["asserted", "reported"],
          source=RUSSIA_BJ, recipient=BJ_COMMITTEE, location=SASA, date=D("2017-12-25"),
          attribution=["عضو في لجنة التفاوض"]),
        E(False, ["RETREAT"], [0, 3], "بخروج المقاتلين", ["planned", "hypothetical"], mode="withdraw",
          source=BJ_FIGHTERS, location=BJ_POCKET, date=None, tpara=3),
        # the committee's request for 48 hours (optional), the fourth round due on Thursday (planned) and HTS's
        # rejection of any handover of weapons (headline 0)
        E(False, ["REQUEST"], [4], "طلب مهلة", ["asserted", "reported"],
          source=BJ_COMMITTEE, recipient=REGIME_NEGOTIATORS, date=D("2017-12-25")),
        E(True, ["CONSULT"], [4], "جولة رابعة", ["planned"], mode="multilateral",
          source=BJ_COMMITTEE, location=SASA, date=D("2017-12-28"), attribution=["عضو في لجنة التفاوض"]),
        E(True, ["REJECT"], [0, 4], "رفضها المطلق", ["asserted", "reported"],
          source=HTS_BJ, date=D("2017-12-25", "day", ("2017-12-25", "2017-12-26")),
          attribution=["عضو في لجنة التفاوض"], tpara=4),
        # paragraph 5 describes the pocket: deliberately NO gold event
        # the Mughr al-Mir council's appeal to the UN (the toll is the barrel strike's retelling)
        E(True, ["REQUEST"], [6], "وناشد", ["asserted"],
          source=MUGHR_COUNCIL, recipient=UN_HUMANITARIAN, location=MUGHR, date=D("2017-12-26")),
        # three women arrested at the Sa'sa' checkpoint yesterday noon
        E(True, ["COERCE"], [7], "اعتقلت", ["asserted", "reported"], mode="arrest",
          source=MIL_SECURITY, recipient=BJ_WOMEN, location=SASA, date=D("2017-12-25"),
          attribution=["ناشطون من بيت جن"], acled=ARREST),
        # the loyalist pages' claim of a hilltop taken, denied by an FSA commander (optional)
        E(False, ["ASSAULT"], [8], "سيطرت", ["reported", "negated"], mode="firearms",
          source=ASSAD_FORCES, location=MAZRAAT_BJ, date=D("2017-12-26", "day", ("2017-12-25", "2017-12-26")),
          acled=CLASH),
        # background: the campaign launched early in October (optional, historical)
        E(False, ["ASSAULT"], [9], "حملتها العسكرية", ["historical"], mode="heavy-weapons",
          source=ASSAD_FORCES, location=BJ_POCKET, date=D("2017-10-05", "month", ("2017-10-01", "2017-10-15")),
          acled=CLASH),
        # reinforcements reported by local sources in Sa'sa', unverified
        E(True, ["MOBILIZE"], [10], "رتل من التعزيزات", ["reported", "rumored"], mode="troops",
          source=NDF_ASSAD, location=SASA, date=D("2017-12-25", "day", ("2017-12-25", "2017-12-26")),
          attribution=["مصادر أهلية في سعسع"]),
        # the Fourth Division officer's conditional threat (made: asserted); the «black fate» itself is hypothetical
        E(True, ["THREATEN"], [11], "توعّد", ["asserted", "reported"], mode="violence",
          source=FOURTH_DIV, recipient=BJ_FIGHTERS, location=BEIT_JINN,
          date=D("2017-12-26", "day", ("2017-12-24", "2017-12-26")),
          attribution=["تسجيل صوتي تناقلته مجموعات موالية على واتساب"]),
        E(False, ["ASSAULT"], [11], "بـ«مصير أسود»", ["hypothetical"], mode="aerial",
          source=ASSAD_4TH, location=BEIT_JINN, date=None),
        # paragraph 12 (bread and fuel, roads cut by snow): deliberately NO gold event
        # the demonstration in Beit Jinn this afternoon and its demand to the negotiating committee
        E(True, ["PROTEST"], [13], "مظاهرة", ["asserted"], mode="demo",
          source=BJ_PROTESTERS, location=BEIT_JINN, date=D("2017-12-26"), acled=PEACEFUL),
        E(True, ["REQUEST"], [13], "وطالبوا", ["asserted"],
          source=BJ_PROTESTERS, recipient=BJ_COMMITTEE, location=BEIT_JINN, date=D("2017-12-26")),
        # the protest's stated aim, «رفضاً لـ«التهجير القسري»» (optional)
        E(False, ["REJECT"], [13], "رفضاً", ["asserted"],
          source=BJ_PROTESTERS, location=BEIT_JINN, date=D("2017-12-26")),
        # «يُذكر أن»: the Khan al-Shih exit and the deal behind it, late November 2016 (optional, historical)
        E(False, ["RETREAT"], [14], "خرجوا", ["historical"], mode="withdraw",
          source=KS_FIGHTERS, location=KHAN_SHIH, date=D("2016-11-27", "week", ("2016-11-20", "2016-11-30")),
          acled=TRANSFER),
        E(False, ["AGREE"], [14], "بموجب اتفاق", ["historical"],
          source=KS_PARTIES, location=KHAN_SHIH, date=D("2016-11-27", "week", ("2016-11-20", "2016-11-30")),
          acled=AGREEMENT),
        # background: Friday before a Tuesday, three young men killed by a guided missile (no perpetrator named)
        E(True, ["ASSAULT"], [15], "بصاروخ موجّه", ["historical", "asserted", "reported"], mode="heavy-weapons",
          recipient=BJ_YOUTHS, location=BJ_MUGHR_ROAD, date=D("2017-12-22"), fatalities=3,
          attribution=["الدفاع المدني في ريف دمشق الغربي"], acled=SHELL),
    ],
)
