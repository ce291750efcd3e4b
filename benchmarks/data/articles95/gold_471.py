"""Gold of article 471: wheat fields set on fire around Thiban, gunmen who shot the farmers fighting the fire
(main event, told in ¶2 after the fire; one toll), a survivor's account and the Islamic State's claim, SDF
raids with arrests and guards posted on the farm roads, the Civil Council's accusation and demand, the
farmers' protest at al-Busayrah and the compensation promised for next week, the group's threat against those
who sell their wheat, a rumoured arrest denied, coalition aircraft that struck nothing, the funeral, a
purchase offer rejected, the month's tally of burnt land, and a field burnt at al-Kasrah on 28 May 2019
(eastern and western Deir ez-Zor countryside, Syria), a Deir ez-Zor activist news network's website,
2019-06-10 (Mon). No dateline: the lead names Thiban in its first sentence."""
from actors_places import (
    AGRI_COMMITTEE,
    BUSAYRAH,
    COALITION,
    DZ_ACCUSED,
    DZ_ARSONISTS,
    DZ_BURNT_OWNERS,
    DZ_CIVIL_COUNCIL,
    DZ_COUNTRYSIDE,
    DZ_FARMERS,
    DZ_GUNMEN,
    DZ_MILITARY_COUNCIL,
    DZ_NINE,
    DZ_NOTABLE,
    DZ_PROTESTERS,
    DZ_PURCHASE,
    DZ_SELLERS,
    HAWAYIJ,
    HAWAYIJ_FARMERS,
    ISIS,
    KASRAH,
    KASRAH_ARSONISTS,
    KASRAH_FAMILY,
    SDF,
    SDF_ALL,
    SHUHAIL,
    THIBAN,
    THIBAN_HAWAYIJ,
    THIBAN_SHUHAIL,
)
from common import ARREST, ATTACK, DESTRUCTION, PEACEFUL, D, E, paras_of

SLUG = "thiban_2019_shuhail_kasrah"
YESTERDAY = D("2019-06-09")
TODAY = D("2019-06-10")
# a statement or an act of the day whose hour the text does not give: today, or the evening before
TODAY_OR_EVE = D("2019-06-10", "day", ("2019-06-09", "2019-06-10"))
ARTICLE = dict(
    id="team95-471", slug=SLUG, published="2019-06-10",
    outlet="Sanabil al-Sharq, a Deir ez-Zor activist news network's website (fictional)",
    paras=paras_of(f"471_{SLUG}.txt"),
    events=[
        # ¶1 (no dateline; Thiban in the first sentence): the fields set on fire (the headline names the
        # fires; the group's claim ¶4 retells the burning and names the group)
        E(True, ["ASSAULT"], [0, 1, 4], "أضرم", ["asserted"], mode="destroy",
          source=DZ_ARSONISTS, location=THIBAN, date=YESTERDAY,
          attribution=["مراسل «سنابل الشرق»"], acled=DESTRUCTION, tpara=1),
        # MAIN EVENT, told in ¶2 after the fire (a purpose clause opens it; the hour comes after the act in a
        # clause of its own): two gunmen fire on the farmers fighting the fire; a survivor ¶3, the group's
        # claim ¶4 and the funeral ¶13 retell it; the headline names it. One toll: 3
        E(True, ["ASSAULT"], [0, 2, 3, 4, 13], "أطلق", ["asserted"], mode="firearms",
          source=DZ_GUNMEN, recipient=DZ_FARMERS, location=THIBAN, date=YESTERDAY, fatalities=3,
          attribution=["أحد أقارب القتلى", "مزارع نجا من إطلاق النار", "تنظيم «داعش»"],
          acled=ATTACK, tpara=2),
        # ¶5, two events joined with «و» and a second verb: the SDF raids with nine arrests and the Military
        # Council's guards on the farm roads («الهجوم» is a back-reference)
        E(True, ["COERCE"], [5], "حملة دهم", ["asserted"], mode="arrest",
          source=SDF, recipient=DZ_NINE, location=THIBAN_HAWAYIJ, date=TODAY, acled=ARREST),
        E(True, ["MOBILIZE"], [5], "ونشر", ["asserted"], mode="troops",
          source=SDF_ALL, location=THIBAN_SHUHAIL, date=TODAY),
        # ¶6: the Civil Council's accusation and its demand to the coalition
        E(True, ["ACCUSE"], [6], "واتهم", ["asserted"],
          source=DZ_CIVIL_COUNCIL, recipient=DZ_ACCUSED, date=TODAY, attribution=["بيان صدر ظهر اليوم"]),
        E(True, ["REQUEST"], [6], "وطالب", ["asserted"],
          source=DZ_CIVIL_COUNCIL, recipient=COALITION, date=TODAY),
        # ¶7: the farmers' protest at al-Busayrah (their banners' demand is optional)
        E(True, ["PROTEST"], [7], "وتجمّع", ["asserted"], mode="demo",
          source=DZ_PROTESTERS, location=BUSAYRAH, date=TODAY, acled=PEACEFUL),
        E(False, ["REQUEST"], [7], "تطالب", ["asserted"],
          source=DZ_PROTESTERS, recipient=AGRI_COMMITTEE, location=BUSAYRAH, date=TODAY),
        # ¶8: the committee's promise (optional AGREE) and the compensation due next week (planned AID);
        # «من دون أن تحدد» negates nothing
        E(False, ["AGREE"], [8], "ووعدت", ["asserted"],
          source=AGRI_COMMITTEE, recipient=DZ_BURNT_OWNERS, date=TODAY),
        E(True, ["AID", "AGREE"], [8], "بصرف تعويضات", ["planned"], mode="economic",
          source=AGRI_COMMITTEE, recipient=DZ_BURNT_OWNERS, location=BUSAYRAH,
          date=D("2019-06-17", "week", ("2019-06-10", "2019-06-23"))),
        # ¶9 (the wheat belt described) holds no event. ¶10: the group's leaflets threaten to burn the crops
        # of those who sell to the administration (THREATEN, asserted); the burning is hypothetical (optional)
        E(True, ["THREATEN"], [10], "تتوعد", ["asserted"], mode="violence",
          source=ISIS, recipient=DZ_SELLERS, location=SHUHAIL, date=YESTERDAY),
        E(False, ["ASSAULT"], [10], "بإحراق", ["hypothetical"], mode="destroy",
          source=ISIS, location=SHUHAIL, date=None),
        # ¶11: an arrest told by local pages and denied (rumoured); the release promised for the coming days
        # is optional (planned)
        E(True, ["COERCE"], [11], "اعتقال", ["rumored", "negated"], mode="arrest",
          source=SDF, recipient=DZ_NOTABLE, location=THIBAN, date=None, attribution=["صفحات محلية"]),
        E(False, ["RETREAT"], [11], "سيُفرج", ["planned"], mode="release",
          source=DZ_MILITARY_COUNCIL, recipient=DZ_NINE, date=None),
        # ¶12: the coalition aircraft struck nothing (negated ASSAULT); «من دون أن يصدر» negates nothing
        E(True, ["ASSAULT"], [12], "تستهدف", ["negated"], mode="aerial",
          source=COALITION, location=THIBAN, date=D("2019-06-09", "day", ("2019-06-09", "2019-06-10")),
          attribution=["سكان تحدثوا للشبكة"]),
        # ¶13: the funeral belongs to the main event. ¶14 (analysis) holds no event. ¶15: a purchase offer
        # rejected by farmers of al-Hawayij
        E(True, ["REJECT"], [15], "ورفض", ["asserted"],
          source=HAWAYIJ_FARMERS, recipient=DZ_PURCHASE, location=HAWAYIJ, date=TODAY_OR_EVE),
        # ¶16: the tally of burnt land since mid-May, an aggregate (optional, generic)
        E(False, ["ASSAULT"], [16], "احتراق", ["generic"], mode="destroy",
          location=DZ_COUNTRYSIDE, date=None),
        # ¶17, «وكان … قد» at another place: fields burnt at al-Kasrah on 28 May (core, historical; a child
        # suffocated)
        E(True, ["ASSAULT"], [17], "أحرقوا", ["historical", "asserted"], mode="destroy",
          source=KASRAH_ARSONISTS, recipient=KASRAH_FAMILY, location=KASRAH, date=D("2019-05-28"),
          fatalities=1, acled=DESTRUCTION),
    ],
)
