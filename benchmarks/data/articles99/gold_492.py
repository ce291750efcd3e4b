"""Gold of article 492: the first convoy of displaced families let back into the villages of al-Udhaim, a
roadside bomb that killed members of a returning family (main event, told in ¶2 after the return; three per
the police, four per a sheikh → 3), a sheikh's account and a Popular Mobilization faction's version,
reinforcements and arrests, Diyala MPs' accusation and demand, the governor's meeting with the sheikhs and
their agreement, grants for the returnees, the sheikhs' conditional threat, houses blown up near the dam,
rumoured and denied, armed factions that did not withdraw, the funeral, a second convoy due on Sunday, the
returns since the fighting, and two shepherds abducted near Balad Ruz on 7 February 2016 (Diyala, Iraq), an
Iraqi satellite TV channel's news website, 2016-03-10 (Thu). Dateline from the provincial capital
(«بعقوبة»)."""
from actors_places import (
    ARMED_FACTIONS,
    BALAD_RUZ,
    BALADRUZ_GUNMEN,
    BALADRUZ_SHEPHERDS,
    DIJLA,
    DIYALA_GOV,
    DIYALA_GOVERNOR,
    DIYALA_MPS,
    GOVERNOR_SHEIKHS,
    IQ_FEDERAL,
    ISIS_CELLS,
    KHALIS_OFFICE,
    MIGRATION_MINISTRY,
    OUTLAW_MILITIAS,
    PMF_FACTION,
    RETURNED_FAMILIES,
    RETURNING_FAMILY,
    SECOND_CONVOY,
    UDHAIM,
    UDHAIM_CLAN_SHEIKHS,
    UDHAIM_DAM,
    UDHAIM_RETURNEES,
    UDHAIM_ROAD,
    UDHAIM_SUSPECTS,
    UNHCR,
)
from common import ABDUCTION, AGREEMENT, ARREST, MINE, D, E, paras_of

SLUG = "udhaim_2016_khalis_baladruz"
YESTERDAY = D("2016-03-09")
TODAY = D("2016-03-10")
# a statement or an act of the day whose hour the text does not give: today, or the day before
TODAY_OR_EVE = D("2016-03-10", "day", ("2016-03-09", "2016-03-10"))
ARTICLE = dict(
    id="team99-492", slug=SLUG, published="2016-03-10",
    outlet="al-Basatin, an Iraqi satellite TV channel's news website (fictional)",
    paras=paras_of(f"492_{SLUG}.txt"),
    events=[
        # ¶1 (dateline «بعقوبة»): the Dijla Operations Command lets 140 displaced families through the
        # checkpoint back to their villages (RETREAT, access; the headline names the convoy)
        E(True, ["RETREAT", "CONCEDE"], [0, 1], "سمحت", ["asserted"], mode="access",
          source=DIJLA, recipient=UDHAIM_RETURNEES, location=UDHAIM, date=YESTERDAY,
          attribution=["مراسل «البساتين»"], tpara=1),
        # MAIN EVENT, told in ¶2 after the return (the hour after the act in a clause of its own): a roadside
        # bomb under a returning family's pickup; the sheikh's four ¶3 (a second count, «من قبل»), the PMF
        # faction's version ¶4 and the funeral ¶13 retell it. No perpetrator is established (no source). Toll
        # 3 vs 4 → 3
        E(True, ["ASSAULT"], [0, 2, 3, 4, 13], "انفجرت عبوة ناسفة", ["asserted"], mode="explosives",
          recipient=RETURNING_FAMILY, location=UDHAIM_ROAD, date=YESTERDAY, fatalities=3,
          attribution=["قيادة شرطة ديالى", "أحد شيوخ عشائر العظيم"], acled=MINE, tpara=2),
        # ¶4: the PMF faction's denial blames ISIS cells (optional ACCUSE)
        E(False, ["ACCUSE"], [4], "متهماً", ["asserted"],
          source=PMF_FACTION, recipient=ISIS_CELLS, date=TODAY_OR_EVE),
        # ¶5, two events joined with «و»: reinforcements (MOBILIZE) and six arrests (COERCE; «للتحقيق في صلتهم
        # بالعبوة» is a purpose clause that refers back to the main event)
        E(True, ["MOBILIZE"], [5], "ودفعت", ["asserted"], mode="troops",
          source=DIJLA, location=UDHAIM, date=TODAY_OR_EVE),
        E(True, ["COERCE"], [5], "واعتقلت", ["asserted"], mode="arrest",
          source=DIJLA, recipient=UDHAIM_SUSPECTS, location=UDHAIM, date=TODAY_OR_EVE, acled=ARREST),
        # ¶6: the Diyala MPs accuse «outlaw militias» and ask the federal government to pull the factions out
        E(True, ["ACCUSE"], [6], "واتهم", ["asserted"],
          source=DIYALA_MPS, recipient=OUTLAW_MILITIAS, date=TODAY_OR_EVE, attribution=["مؤتمر صحفي"]),
        E(True, ["REQUEST"], [6], "وطالبوا", ["asserted"],
          source=DIYALA_MPS, recipient=IQ_FEDERAL, date=TODAY_OR_EVE),
        # ¶7, subject – long parenthesis – verb: the governor meets the sheikhs and security chiefs (CONSULT)
        # and agrees with them on a local protection force (AGREE)
        E(True, ["CONSULT"], [7], "اجتمع", ["asserted"],
          source=GOVERNOR_SHEIKHS, recipient=GOVERNOR_SHEIKHS, location=KHALIS_OFFICE, date=TODAY,
          attribution=["مكتبه الإعلامي"]),
        # the governor's visit to Baghdad, cut short, is told in the parenthesis (optional)
        E(False, ["CONSULT"], [7], "زيارة", ["asserted", "historical"], mode="visit",
          source=DIYALA_GOVERNOR, date=TODAY_OR_EVE),
        E(True, ["AGREE"], [7], "واتفق", ["asserted"],
          source=GOVERNOR_SHEIKHS, recipient=GOVERNOR_SHEIKHS, location=KHALIS_OFFICE, date=TODAY,
          acled=AGREEMENT),
        # ¶8: the ministry's grants (AID); UNHCR's food baskets and tanks in the same sentence are optional
        E(True, ["AID"], [8], "ووزّعت", ["asserted"], mode="economic",
          source=MIGRATION_MINISTRY, recipient=RETURNED_FAMILIES, location=UDHAIM, date=TODAY_OR_EVE),
        E(False, ["AID"], [8], "قدّمتها", ["asserted"], mode="humanitarian",
          source=UNHCR, recipient=RETURNED_FAMILIES, location=UDHAIM, date=TODAY_OR_EVE),
        # ¶9 (al-Udhaim described) holds no event. ¶10: the sheikhs' conditional threat; taking up arms is
        # only threatened (optional, hypothetical)
        E(True, ["THREATEN"], [10], "وهدّد", ["asserted"], mode="violence",
          source=UDHAIM_CLAN_SHEIKHS, location=UDHAIM, date=YESTERDAY),
        E(False, ["MOBILIZE", "ASSAULT"], [10], "حمل السلاح", ["hypothetical"],
          source=UDHAIM_CLAN_SHEIKHS, location=UDHAIM, date=None),
        # ¶11: houses blown up near the dam, told by pages and denied by the police (rumoured, no source)
        E(True, ["ASSAULT"], [11], "تفجير ثلاثة منازل", ["rumored", "negated"], mode="destroy",
          location=UDHAIM_DAM, date=D("2016-03-08", "day", ("2016-03-08", "2016-03-09")),
          attribution=["صفحات على مواقع التواصل الاجتماعي"]),
        # ¶12: the armed factions did not withdraw from the orchards (negated RETREAT)
        E(True, ["RETREAT"], [12], "تنسحب", ["negated"], mode="withdraw",
          source=ARMED_FACTIONS, location=UDHAIM, date=TODAY_OR_EVE, attribution=["مراسل «البساتين»"]),
        # ¶13: the funeral belongs to the main event. ¶14: a second convoy due on Sunday (planned RETREAT)
        E(True, ["RETREAT", "CONCEDE"], [14], "قافلة ثانية", ["planned"], mode="access",
          source=DIJLA, recipient=SECOND_CONVOY, location=UDHAIM, date=D("2016-03-13"),
          attribution=["قيادة عمليات دجلة"]),
        # ¶15 (analysis) holds no event. ¶16: the returns since the fighting, an aggregate (optional, generic)
        E(False, ["RETREAT"], [16], "عادت", ["generic"], mode="access", location=DIYALA_GOV, date=None),
        # ¶17, «وكان … قد» at another place: two shepherds abducted near Balad Ruz on 7 February and found
        # dead (core, historical, 2)
        E(True, ["ASSAULT"], [17], "خطفوا", ["historical", "asserted"], mode="abduct",
          source=BALADRUZ_GUNMEN, recipient=BALADRUZ_SHEPHERDS, location=BALAD_RUZ, date=D("2016-02-07"),
          fatalities=2, acled=ABDUCTION),
    ],
)
