"""Gold of article 634: shells on houses during the clashes between the Anti-ISIS Operations Room and the 48th
Brigade in Sabratha (main event, told first in the lead; four civilians dead by the hospital's count),
families evacuated by the Red Crescent, the coordination with a force from Zuwara, the US strike at Qasr
Talil in February 2016, the Operations Room's accusation and the brigade's counter-charge, no ceasefire
reached by the elders, the UN mission's call, a withdrawal told by bloggers and denied, the brigade's funds
frozen, a safe corridor due on Sunday, the municipal council's support, the Operations Room commander's
threat, shells by the Roman theatre and a Presidency Council delegation meeting both sides (Zawiya
district, Libya), a Tunis-based Libyan private satellite channel's website, 2017-09-22 (Fri). Dateline
«صرمان» (a neighbouring coastal town of the same district)."""
from actors_places import (
    BRIGADE_48,
    EVACUATION_TOWNS,
    GNA_DEFENCE,
    ISIS_LIBYA,
    LIBYAN_RED_CRESCENT,
    OPS_AND_ZUWARA,
    OPS_ROOM,
    QASR_TALIL,
    ROMAN_THEATRE,
    SABRATHA,
    SABRATHA_COUNCIL,
    SABRATHA_ELDERS,
    SABRATHA_FAMILIES,
    SABRATHA_HOSPITAL,
    SABRATHA_SIDES,
    SABRATHA_TALKS,
    SURMAN,
    SURMAN_SHELTER,
    TOUB,
    TRAPPED_MIGRANTS,
    UNSMIL,
    US_AIRCRAFT,
    ZUWARA_FORCE,
)
from common import AIR, CLASH, SHELL, D, E, paras_of

SLUG = "sabratha_2017_surman_qasr_talil"
YESTERDAY = D("2017-09-21")
TODAY = D("2017-09-22")
TODAY_OR_EVE = D("2017-09-22", "day", ("2017-09-21", "2017-09-22"))
ARTICLE = dict(
    id="team127-634", slug=SLUG, published="2017-09-22",
    outlet="Shiraa, a Tunis-based Libyan private satellite channel's website (fictional)",
    paras=paras_of(f"634_{SLUG}.txt"),
    events=[
        # MAIN EVENT, told first in the lead ¶1 (dateline «صرمان»; «بين … و…»): the clashes and the
        # shells on the houses, both sides as source; the neighbour ¶3, each side's charge ¶7 (one count: 4);
        # the hospital's appeal optional
        E(True, ["ASSAULT"], [0, 1, 3, 7], "اشتباكات", ["asserted"], mode="heavy-weapons",
          source=SABRATHA_SIDES, location=TOUB, date=YESTERDAY, fatalities=4,
          attribution=["مستشفى صبراتة التعليمي"], acled=CLASH, tpara=1),
        E(False, ["REQUEST"], [1], "ناشد", ["asserted"], source=SABRATHA_HOSPITAL, date=YESTERDAY),
        # ¶2 (verb first): families evacuated by the Red Crescent; the fire on ambulances optional, generic
        E(True, ["AID"], [2], "وأجلت", ["asserted"], mode="humanitarian", source=LIBYAN_RED_CRESCENT,
          recipient=SABRATHA_FAMILIES, location=EVACUATION_TOWNS, date=TODAY, attribution=["متطوع في الفرع"]),
        E(False, ["ASSAULT"], [2], "لإطلاق نار", ["generic", "asserted"], mode="firearms", location=SABRATHA,
          date=None),
        # ¶4 (the town, its theatre and its coast) holds no event. ¶5: the coordination with the Zuwara force
        # (both in either role); the force's arrival optional
        E(True, ["COOPERATE"], [5], "بتنسيق كامل", ["asserted"], source=OPS_AND_ZUWARA,
          recipient=OPS_AND_ZUWARA, location=SABRATHA, date=TODAY_OR_EVE,
          attribution=["المتحدث باسم الغرفة"]),
        E(False, ["MOBILIZE"], [5], "قدمت", ["asserted"], mode="troops", source=ZUWARA_FORCE,
          location=SABRATHA, date=YESTERDAY),
        # ¶6, «وكانت … قد» at another place: the US strike at Qasr Talil on 19 February 2016 (core,
        # historical); the clashes after it optional
        E(True, ["ASSAULT"], [6], "قصفت", ["historical", "asserted"], mode="aerial", source=US_AIRCRAFT,
          recipient=ISIS_LIBYA, location=QASR_TALIL, date=D("2016-02-19"), fatalities=40, acled=AIR),
        E(False, ["ASSAULT"], [6], "المواجهات", ["historical", "asserted"], mode="firearms",
          source=ISIS_LIBYA, location=SABRATHA, date=None),
        # ¶7: the Operations Room's accusation; the brigade's counter-charge optional (both sides' versions of
        # the main event)
        E(True, ["ACCUSE"], [7], "واتهم", ["asserted"], source=OPS_ROOM, recipient=BRIGADE_48, date=TODAY),
        E(False, ["ACCUSE"], [7], "تقاتل نيابة", ["asserted"], source=BRIGADE_48, recipient=OPS_ROOM,
          date=TODAY_OR_EVE),
        # ¶8 (the migrants) holds no event. ¶9: no ceasefire reached (negated); the talks and the round that
        # may follow optional
        E(True, ["AGREE"], [9], "ولم يتوصل", ["negated"], source=SABRATHA_ELDERS, location=SABRATHA,
          date=TODAY, attribution=["أحد أعضاء المجلس"]),
        E(False, ["CONSULT"], [9], "اجتماعات متواصلة", ["asserted"], source=SABRATHA_ELDERS,
          location=SABRATHA, date=TODAY_OR_EVE),
        E(False, ["CONSULT"], [9], "جولة جديدة", ["hypothetical", "planned"], source=SABRATHA_ELDERS,
          location=SABRATHA, date=None),
        # ¶10: the UN mission's call
        E(True, ["REQUEST"], [10], "ودعت", ["asserted"], source=UNSMIL, date=TODAY_OR_EVE),
        # ¶11: a withdrawal told by bloggers and denied by the brigade (rumoured)
        E(True, ["RETREAT"], [11], "انسحاب", ["rumored", "negated"], mode="withdraw", source=BRIGADE_48,
          location=SABRATHA, date=None, attribution=["مدونون من المدينة على «فيسبوك»"]),
        # ¶12 (the shortest paragraph): the brigade's funds frozen
        E(True, ["SANCTION"], [12], "تجميد", ["asserted"], mode="withdraw", source=GNA_DEFENCE,
          recipient=BRIGADE_48, date=TODAY_OR_EVE),
        # ¶13: a safe corridor «يوم الأحد المقبل» (planned RETREAT access)
        E(True, ["RETREAT"], [13], "ممراً آمناً", ["planned"], mode="access", source=OPS_ROOM,
          recipient=TRAPPED_MIGRANTS, location=SURMAN_SHELTER, date=D("2017-09-24"),
          attribution=["المتحدث باسمها"]),
        # ¶14 (subject, parenthesis, verb): the council's support; its call optional
        E(True, ["SUPPORT"], [14], "تأييده", ["asserted"], source=SABRATHA_COUNCIL, recipient=OPS_ROOM,
          date=TODAY_OR_EVE),
        E(False, ["REQUEST"], [14], "داعياً", ["asserted"], source=SABRATHA_COUNCIL, date=TODAY_OR_EVE),
        # ¶15: the commander's threat in his own words; the hunt he threatens optional, hypothetical
        E(True, ["THREATEN"], [15], "وتوعد", ["asserted"], mode="violence", source=OPS_ROOM,
          recipient=BRIGADE_48, date=TODAY_OR_EVE),
        E(False, ["ASSAULT"], [15], "ملاحقة", ["hypothetical"], source=OPS_ROOM, date=None),
        # ¶16: shells by the Roman theatre at dawn (also in the headline); no actor is named
        E(True, ["ASSAULT"], [0, 16], "ثلاث قذائف", ["asserted"], mode="heavy-weapons",
          location=ROMAN_THEATRE, date=TODAY, attribution=["مصلحة الآثار"], acled=SHELL, tpara=16),
        # ¶17: the Presidency Council's delegation meets each side apart
        E(True, ["CONSULT"], [17], "والتقى", ["asserted"], mode="third-party", source=SABRATHA_TALKS,
          recipient=SABRATHA_TALKS, location=SURMAN, date=TODAY, attribution=["مصدر في البلدية"]),
    ],
)
