"""Gold of article 464: the displaced of Abyan demonstrating in Aden, then a landmine that killed returnees on
the dirt road between Jaar and Zinjibar (main event, told in ¶2 after the protest; three killed per the
health office, four per the Popular Committees → 3), a survivor's account, a joint demining operation, the
local authority's accusation and demand, food aid, rumoured gunmen in the al-Maraqisha mountains, the
group's conditional threat, a minister's visit due on Wednesday, compensation not paid, a return plan
rejected, the funeral, checkpoints handed over, and a shepherd killed by a mine near Shuqra on 23 June 2012
(Abyan, Yemen), a southern Yemeni weekly newspaper's website, 2012-07-09 (Mon). No dateline: the lead names
Abyan in its first sentence."""
from actors_places import (
    ABYAN_AUTHORITY,
    ABYAN_DISPLACED,
    ADEN_SCHOOL,
    AQAP,
    CENTRAL_SECURITY,
    DEMINING_PARTNERS,
    FAMILY_VICTIMS,
    IDP_COMMITTEE,
    INTL_ORGS,
    JAAR,
    JAAR_ZINJIBAR,
    JAAR_ZINJIBAR_ROAD,
    MARAQISHA,
    MINISTER_AUTHORITY,
    POPULAR_COMMITTEES,
    RETURNEES_ZINJIBAR,
    RETURNING_FAMILIES,
    SHEIKH_OTHMAN,
    SHUQRA,
    SHUQRA_SHEPHERD,
    WFP,
    YE_GOV,
    ZINJIBAR,
)
from common import MINE, PEACEFUL, TRANSFER, D, E, paras_of

SLUG = "jaar_2012_zinjibar_shuqra"
YESTERDAY = D("2012-07-08")
TODAY = D("2012-07-09")
# a statement or an act of the day whose hour the text does not give: today, or the day before
TODAY_OR_EVE = D("2012-07-09", "day", ("2012-07-08", "2012-07-09"))
ARTICLE = dict(
    id="team93-464", slug=SLUG, published="2012-07-09",
    outlet="Al-Delta, a southern Yemeni weekly newspaper's website (fictional)",
    paras=paras_of(f"464_{SLUG}.txt"),
    events=[
        # ¶1 (no dateline, Abyan in the first sentence): the displaced demonstrate in Aden (the headline names
        # it) and demand (REQUEST); the street they block is part of the demonstration
        E(True, ["PROTEST"], [0, 1], "تظاهر", ["asserted"], mode="demo",
          source=ABYAN_DISPLACED, location=SHEIKH_OTHMAN, date=YESTERDAY, attribution=["مراسل «الدلتا»"],
          acled=PEACEFUL, tpara=1),
        E(True, ["REQUEST"], [1], "مطالبين", ["asserted"],
          source=ABYAN_DISPLACED, recipient=YE_GOV, location=SHEIKH_OTHMAN, date=YESTERDAY),
        # MAIN EVENT, told in ¶2 after the protest (the hour comes after the act in its own clause, «وكان
        # ذلك قرابة الرابعة عصراً»): the landmine on the Jaar–Zinjibar road, laid by Ansar al-Sharia per the
        # health office; the Popular Committees' four ¶3 against the health office's three → 3; the survivor
        # ¶4 and the funeral ¶14 retell it; the headline names it. Ansar al-Sharia's withdrawal last month
        # is optional
        E(True, ["ASSAULT"], [0, 2, 3, 4, 14], "بانفجار لغم أرضي", ["asserted", "reported"],
          mode="explosives",
          source=AQAP, recipient=FAMILY_VICTIMS, location=JAAR_ZINJIBAR_ROAD, date=YESTERDAY, fatalities=3,
          attribution=["مصدر في مكتب الصحة بالمحافظة", "قائد اللجان الشعبية في جعار"], acled=MINE, tpara=2),
        E(False, ["RETREAT"], [2], "انسحابهم", ["historical"], mode="withdraw",
          source=AQAP, location=JAAR_ZINJIBAR, date=D("2012-06-15", "month", ("2012-06-01", "2012-06-30"))),
        # ¶5: the joint demining operation of the army engineers and the Popular Committees (COOPERATE); its
        # continuation is announced, no event of its own
        E(True, ["COOPERATE"], [5], "عملية مشتركة", ["asserted", "reported"],
          source=DEMINING_PARTNERS, recipient=DEMINING_PARTNERS, location=JAAR, date=TODAY,
          attribution=["مصدر عسكري في المنطقة العسكرية الجنوبية"]),
        # ¶6: the local authority's accusation and its demand to international organisations
        E(True, ["ACCUSE"], [6], "واتهمت", ["asserted"],
          source=ABYAN_AUTHORITY, recipient=AQAP, date=TODAY_OR_EVE),
        E(True, ["REQUEST"], [6], "وطالبت", ["asserted"],
          source=ABYAN_AUTHORITY, recipient=INTL_ORGS, date=TODAY_OR_EVE),
        # the houses booby-trapped before the withdrawal, in the statement's words (optional)
        E(False, ["ASSAULT"], [6], "فُخّخت", ["historical", "generic"], mode="explosives",
          source=AQAP, location=JAAR_ZINJIBAR, date=None),
        # ¶7: WFP food baskets for families back in Zinjibar (AID)
        E(True, ["AID"], [7], "ووزّع", ["asserted", "reported"], mode="humanitarian",
          source=WFP, recipient=RETURNING_FAMILIES, location=ZINJIBAR, date=YESTERDAY,
          attribution=["مسؤول في الوحدة التنفيذية لمخيمات النازحين"]),
        # ¶8: gunmen gathering in the al-Maraqisha mountains, told by tribal sources and unconfirmed
        # (rumoured, «خلال الأيام الأخيرة»: a week)
        E(True, ["MOBILIZE"], [8], "تجمّع", ["rumored", "reported"], mode="troops",
          source=AQAP, location=MARAQISHA, date=D("2012-07-06", "week", ("2012-07-02", "2012-07-09")),
          attribution=["مصادر قبلية في مديرية المحفد"]),
        # ¶9 (Jaar described) holds no event. ¶10: the group's conditional threat (asserted); the strikes it
        # announces are hypothetical and its accusation is optional
        E(True, ["THREATEN"], [10], "وتوعّد", ["asserted"], mode="violence",
          source=AQAP, recipient=POPULAR_COMMITTEES, date=TODAY_OR_EVE,
          attribution=["بيان نُشر على منتديات جهادية"]),
        E(False, ["ASSAULT"], [10], "ضربات موجعة", ["hypothetical"], mode="explosives",
          source=AQAP, recipient=POPULAR_COMMITTEES, date=None),
        E(False, ["ACCUSE"], [10], "متهماً", ["asserted"],
          source=AQAP, recipient=POPULAR_COMMITTEES, date=TODAY_OR_EVE),
        # ¶11: the minister's visit «يوم الأربعاء المقبل» (planned CONSULT)
        E(True, ["CONSULT"], [11], "يزور", ["planned"], mode="visit",
          source=MINISTER_AUTHORITY, recipient=MINISTER_AUTHORITY, location=ZINJIBAR, date=D("2012-07-11"),
          attribution=["مكتب المحافظ"]),
        # ¶12: the compensation never paid to the returnees (AID, negated)
        E(True, ["AID"], [12], "التعويضات", ["negated"], mode="economic",
          source=YE_GOV, recipient=RETURNEES_ZINJIBAR, location=ZINJIBAR, date=TODAY,
          attribution=["أعضاء في لجنة النازحين"]),
        # ¶13: the committee rejects the local authority's plan (REJECT); its own demand is optional
        E(True, ["REJECT"], [13], "ورفضت", ["asserted"],
          source=IDP_COMMITTEE, recipient=ABYAN_AUTHORITY, location=ADEN_SCHOOL, date=YESTERDAY),
        E(False, ["REQUEST"], [13], "ومطالبةً", ["asserted"],
          source=IDP_COMMITTEE, recipient=ABYAN_AUTHORITY, date=YESTERDAY),
        # ¶14: the funeral belongs to the main event. ¶15 (aid workers on the mines, generic) holds no event.
        # ¶16: three checkpoints handed over by the committees to the Central Security (RETREAT)
        E(True, ["RETREAT"], [16], "وسلّمت", ["asserted"], mode="withdraw",
          source=POPULAR_COMMITTEES, recipient=CENTRAL_SECURITY, location=JAAR, date=TODAY, acled=TRANSFER),
        # ¶17, «وكان … قد» at another place: a shepherd killed by a mine near Shuqra on 23 June (core,
        # historical, 1)
        E(True, ["ASSAULT"], [17], "بانفجار لغم أرضي", ["historical", "asserted"], mode="explosives",
          recipient=SHUQRA_SHEPHERD, location=SHUQRA, date=D("2012-06-23"), fatalities=1, acled=MINE),
    ],
)
