"""Gold of article 633: an evacuation deal reached with Russian officers and the Fourth Division, the
ultimatum before the assault, the assault on the western quarters of al-Sanamayn (main event, told in ¶4
after the deal and the ultimatum; nine dead by one count), fighters bused north, checkpoints set up, the
end of operations announced, houses burnt by the attackers rumoured, no relief convoy let in, the 2018
settlement signed at Busra al-Sham, the negotiation commission's blame and appeal, a protest in Tafas, a
search campaign due on Wednesday, a local commander's refusal and the official agency's version with the
notables' welcome (Daraa, Syria), an Amman-based Syrian opposition news website, 2020-03-02 (Mon). Dateline
«الرمثا» (a border town in a neighbouring country)."""
from actors_places import (
    BUSRA,
    DARAA_FACTIONS,
    DIVISION_MEN,
    FOURTH_DIVISION,
    GROUP_COMMANDER,
    GROUP_LEADERS,
    LOCAL_LEADERS,
    MILITARY_SECURITY,
    MUZAYRIB,
    MUZAYRIB_YOUTHS,
    NEGOTIATION_COMMITTEE,
    RUSSIAN_OFFICER,
    RUSSIAN_SIDE,
    SANAMAYN,
    SANAMAYN_CLASH,
    SANAMAYN_DEAL,
    SANAMAYN_ENTRANCES,
    SANAMAYN_EVACUEES,
    SANAMAYN_FIGHTERS,
    SANAMAYN_NOTABLES,
    SANAMAYN_WEST,
    SNC_HNC,
    SOUTHERN_COMMITTEE,
    SYRIAN_ARMY_633,
    TAFAS,
    TAFAS_PROTESTERS,
    UN_633,
)
from common import AGREEMENT, CLASH, DESTRUCTION, OTHER, PEACEFUL, D, E, paras_of

SLUG = "sanamayn_2020_tafas_busra"
YESTERDAY = D("2020-03-01")
TODAY = D("2020-03-02")
TODAY_OR_EVE = D("2020-03-02", "day", ("2020-03-01", "2020-03-02"))
ARTICLE = dict(
    id="team127-633", slug=SLUG, published="2020-03-02",
    outlet="Nafidhat Hawran, an Amman-based Syrian opposition news website (fictional)",
    paras=paras_of(f"633_{SLUG}.txt"),
    events=[
        # ¶1 (dateline «الرمثا»): the deal, also in the headline; all three parties in either
        # role
        E(True, ["AGREE"], [0, 1], "اتفاق", ["asserted"], source=SANAMAYN_DEAL, recipient=SANAMAYN_DEAL,
          location=SANAMAYN, date=YESTERDAY, attribution=["عضو في اللجنة"], acled=AGREEMENT, tpara=1),
        # ¶2 (the town on the highway) holds no event. ¶3 (adverbial first): the ultimatum, told by the
        # mediators; the threatened assault optional, hypothetical; the leaders' refusal optional
        E(True, ["THREATEN"], [3], "أمهلت", ["asserted"], mode="violence", source=FOURTH_DIVISION,
          recipient=SANAMAYN_FIGHTERS, location=SANAMAYN, date=YESTERDAY,
          attribution=["وسطاء من وجهاء المدينة"]),
        E(False, ["ASSAULT"], [3], "الحسم العسكري", ["hypothetical"], source=FOURTH_DIVISION, date=None),
        E(False, ["REJECT"], [3], "رفضه", ["asserted"], source=GROUP_LEADERS, recipient=FOURTH_DIVISION,
          date=YESTERDAY),
        # MAIN EVENT, told in ¶4 (verb first): the assault and the clashes, both sides as source; the resident
        # ¶5, the official agency's version ¶17 (one count: 9)
        E(True, ["ASSAULT"], [0, 4, 5, 17], "واقتحمت", ["asserted"], mode="firearms", source=SANAMAYN_CLASH,
          location=SANAMAYN_WEST, date=YESTERDAY, fatalities=9, attribution=["«مكتب توثيق الشهداء في درعا»"],
          acled=CLASH, tpara=4),
        # ¶6 (the subject after a place and a time): the buses leave northwards; the Russian pledge optional
        E(True, ["RETREAT"], [6], "وغادرت", ["asserted"], mode="withdraw", source=SANAMAYN_EVACUEES,
          location=SANAMAYN, date=TODAY, attribution=["عضو لجنة التفاوض"], acled=OTHER),
        E(False, ["AGREE"], [6], "تعهد", ["asserted"], source=RUSSIAN_SIDE, date=TODAY),
        # ¶7 (verb first): checkpoints set up; the closure optional
        E(True, ["MOBILIZE"], [7], "ونشرت", ["asserted"], mode="troops", source=FOURTH_DIVISION,
          location=SANAMAYN_ENTRANCES, date=TODAY_OR_EVE),
        E(False, ["COERCE"], [7], "ومنعت", ["asserted"], mode="restrict", source=FOURTH_DIVISION,
          location=SANAMAYN, date=TODAY_OR_EVE),
        # ¶8: the end of operations announced (CONCEDE)
        E(True, ["CONCEDE"], [8], "وأعلنت", ["asserted"], mode="ceasefire", source=SOUTHERN_COMMITTEE,
          location=SANAMAYN, date=TODAY_OR_EVE),
        # ¶9: houses burnt and looted, told among residents and left unchecked (rumoured)
        E(True, ["ASSAULT"], [9], "أحرقوا", ["rumored"], mode="destroy", source=DIVISION_MEN,
          recipient=LOCAL_LEADERS, location=SANAMAYN_WEST, date=None, attribution=["الأهالي"],
          acled=DESTRUCTION),
        # ¶10 (a farmer) holds no event. ¶11 (the shortest paragraph): no relief convoy in (negated AID)
        E(True, ["AID"], [11], "ولم تدخل", ["negated"], mode="humanitarian", location=SANAMAYN_WEST,
          date=TODAY),
        # ¶12, «وكانت … قد» at another place: the settlement signed at Busra al-Sham in July 2018 (core,
        # historical)
        E(True, ["AGREE"], [12], "وقّعت", ["historical", "asserted"], source=DARAA_FACTIONS,
          recipient=RUSSIAN_SIDE, location=BUSRA, date=D("2018-07-15", "month", ("2018-07-01", "2018-07-31")),
          acled=AGREEMENT),
        # ¶13: the blame and the appeal, two verbs joined with «و»
        E(True, ["ACCUSE"], [13], "وحمّلت", ["asserted"], source=SNC_HNC, recipient=RUSSIAN_SIDE,
          date=TODAY_OR_EVE),
        E(True, ["REQUEST"], [13], "ودعت", ["asserted"], source=SNC_HNC, recipient=UN_633, date=TODAY_OR_EVE),
        # ¶14: the protest in Tafas; the road blocked in al-Muzayrib optional
        E(True, ["PROTEST"], [14], "وتظاهر", ["asserted"], mode="demo", source=TAFAS_PROTESTERS,
          location=TAFAS, date=YESTERDAY, acled=PEACEFUL),
        E(False, ["PROTEST"], [14], "أغلق", ["asserted"], mode="obstruct", source=MUZAYRIB_YOUTHS,
          location=MUZAYRIB, date=YESTERDAY),
        # ¶15: a search campaign «يوم الأربعاء المقبل» (planned COERCE); the officer's meeting optional
        E(True, ["COERCE"], [15], "حملة تفتيش", ["planned"], mode="confiscate", source=MILITARY_SECURITY,
          location=SANAMAYN, date=D("2020-03-04"), attribution=["ضابط روسي"]),
        E(False, ["CONSULT"], [15], "لقاء", ["asserted"], source=RUSSIAN_OFFICER, recipient=SANAMAYN_NOTABLES,
          location=SANAMAYN, date=TODAY),
        # ¶16: a local commander's refusal; his call and his counter-charge optional
        E(True, ["REJECT"], [16], "ورفض", ["asserted"], source=GROUP_COMMANDER, location=SANAMAYN,
          date=TODAY_OR_EVE),
        E(False, ["REQUEST"], [16], "داعياً", ["asserted"], source=GROUP_COMMANDER, date=TODAY_OR_EVE),
        E(False, ["ACCUSE"], [16], "ومتهماً", ["asserted"], source=GROUP_COMMANDER,
          recipient=NEGOTIATION_COMMITTEE, date=TODAY_OR_EVE),
        # ¶17: the official agency's version of the main event and the notables' welcome as it reports it
        E(True, ["SUPPORT"], [17], "ترحيبهم", ["reported", "asserted"], source=SANAMAYN_NOTABLES,
          recipient=SYRIAN_ARMY_633, location=SANAMAYN, date=TODAY_OR_EVE, attribution=["وكالة «سانا»"]),
    ],
)
