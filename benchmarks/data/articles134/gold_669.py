"""Gold of article 669: the fighting between Tuareg and Tebu armed groups for the central districts of Ubari,
the hospital's appeal, the families displaced, the ceasefire broken and restored and the Sharara field shut
(southern Libya), a Sabha-based Fezzan community radio's website, 2014-11-10 (Mon)."""
from actors_places import (
    BATTLE_669,
    CEASEFIRE_669,
    CENTRAL_DISTRICTS,
    FLEEING_FAMILIES_669,
    FOREIGN_FIGHTERS_669,
    GHAT,
    HEALTH_AND_AGENCIES,
    LRC_SABHA,
    LY_GOVS,
    MEDIATORS_669,
    OIL_GUNMEN,
    OTHER_SIDE_669,
    RESTORE_669,
    SABHA,
    SABHA_MAYOR,
    SABHA_MUNICIPALITY,
    SHARARA,
    TALKS_669,
    TEBU_COMMANDER,
    TEBU_REPS,
    TUAREG_GUNMEN,
    UBARI,
    UBARI_AIRPORT_ROAD,
    UBARI_CENTRE,
    UBARI_COUNCIL,
    UBARI_HOSPITAL,
    UBARI_HOSPITAL_DIRECTOR,
    UBARI_IDPS,
    UBARI_NOTABLE,
    UNKNOWN_GUNMEN,
    UNSMIL,
)
from common import AGREEMENT, ATTACK, CLASH, D, E, paras_of

SLUG = "ubari_2014_central_districts_sharara_sabha"
TODAY = D("2014-11-10")
YESTERDAY = D("2014-11-09")
LATELY = D("2014-11-10", "day", ("2014-11-09", "2014-11-10"))
LAST_TWO_DAYS = D("2014-11-10", "day", ("2014-11-08", "2014-11-10"))
ARTICLE = dict(
    id="team134-669", slug=SLUG, published="2014-11-10",
    outlet="Wahat Fezzan, a Sabha-based Fezzan community radio's website (fictional)",
    paras=paras_of(f"669_{SLUG}.txt"),
    events=[
        # the main event, told first in the lead after the dateline «سبها»: Tuareg and Tebu gunmen fight for
        # the central districts of Ubari from Friday night to dawn today; the hospital's 17 against a council
        # member's 24 («في المقابل», ¶2) -> 17; the headline names it
        E(True, ["ASSAULT"], [0, 1, 2], "اشتباكات", ["asserted"], mode="firearms", source=BATTLE_669,
          location=UBARI_CENTRE, date=D("2014-11-07", "day", ("2014-11-07", "2014-11-10")), fatalities=17,
          attribution=["مستشفى أوباري العام", "عضو في المجلس البلدي أوباري"], acled=CLASH, tpara=1),
        # paragraph 3 (Ubari: a description) holds no event; ¶4: the hospital director's appeal (core REQUEST)
        E(True, ["REQUEST"], [4], "وناشد", ["asserted"], source=UBARI_HOSPITAL_DIRECTOR,
          recipient=HEALTH_AND_AGENCIES, location=UBARI_HOSPITAL, date=LATELY),
        # ¶5: more than 300 families flee the central districts (core RETREAT); the hall opened in Sabha is
        # optional (AID)
        E(True, ["RETREAT"], [5], "ونزحت", ["asserted"], mode="withdraw", source=FLEEING_FAMILIES_669,
          location=CENTRAL_DISTRICTS, date=LAST_TWO_DAYS, attribution=["الهلال الأحمر الليبي"]),
        E(False, ["AID"], [5], "وفتحت", ["asserted"], mode="humanitarian", source=SABHA_MUNICIPALITY,
          location=SABHA, date=LATELY),
        # ¶6: the Red Crescent's Sabha branch hands out food and blankets (core AID)
        E(True, ["AID"], [6], "ووزع", ["asserted"], mode="humanitarian", source=LRC_SABHA,
          recipient=UBARI_IDPS, location=SABHA, date=YESTERDAY),
        # ¶7: the ceasefire agreed on Wednesday by the elders of Ghat and Murzuq with mediators from Niger
        # (core AGREE, Agreement), broken by the fighting of the main event
        E(True, ["AGREE"], [7], "اتفاق", ["asserted"], source=CEASEFIRE_669, location=UBARI,
          date=D("2014-11-05"), acled=AGREEMENT),
        # ¶8: gunmen close the valves of the Sharara field on Saturday (core COERCE)
        E(True, ["COERCE"], [8], "أغلق", ["asserted"], mode="seize", source=OIL_GUNMEN, location=SHARARA,
          date=D("2014-11-08")),
        # ¶9 and the headline: the two councils announce the ceasefire restored (core CONCEDE); the mediators'
        # contacts and the councils' call on the residents are optional
        E(True, ["CONCEDE"], [0, 9], "الالتزام", ["asserted"], mode="ceasefire", source=RESTORE_669,
          location=UBARI, date=TODAY, tpara=9),
        E(False, ["CONSULT"], [9], "اتصالات", ["asserted"], mode="third-party", source=MEDIATORS_669,
          date=LATELY),
        E(False, ["REQUEST"], [9], "ودعا", ["asserted"], source=RESTORE_669, date=TODAY),
        # ¶10: a Tebu commander's threat in an interview with an Italian newspaper, «حيثما وُجدوا» (core
        # THREATEN); his charge against the other side is optional
        E(True, ["THREATEN"], [10], "وهدد", ["asserted"], mode="violence", source=TEBU_COMMANDER,
          recipient=FOREIGN_FIGHTERS_669, location=UBARI, date=YESTERDAY),
        E(False, ["ACCUSE"], [10], "ومتهماً", ["asserted"], source=TEBU_COMMANDER, recipient=OTHER_SIDE_669,
          date=YESTERDAY),
        # ¶11: a shipment of arms said to have reached the Tuareg gunmen (core AID, rumored)
        E(True, ["AID"], [11], "شحنة أسلحة", ["rumored"], mode="military", recipient=TUAREG_GUNMEN,
          location=UBARI, date=None, attribution=["أوساط في سبها"]),
        # ¶12: the municipal council's charge against the interim government and the GNC (core ACCUSE); its
        # call for army units is optional
        E(True, ["ACCUSE"], [12], "واتهم", ["asserted"], source=UBARI_COUNCIL, recipient=LY_GOVS,
          date=LATELY),
        E(False, ["REQUEST"], [12], "وداعياً", ["asserted"], source=UBARI_COUNCIL, date=LATELY),
        # paragraph 13 (a displaced woman's words) holds no event; background in «وكان … قد», at another
        # place: a notable assassinated on the airport road on 22 September (core, historical, Attack)
        E(True, ["ASSAULT"], [14], "اغتالوا", ["historical", "asserted"], mode="assassinate",
          source=UNKNOWN_GUNMEN, recipient=UBARI_NOTABLE, location=UBARI_AIRPORT_ROAD, date=D("2014-09-22"),
          fatalities=1, acled=ATTACK),
        # ¶15: the Tebu representatives stay away from the Sabha mayor's meeting (core CONSULT, negated)
        E(True, ["CONSULT"], [15], "اجتماعاً", ["negated"], source=TEBU_REPS, recipient=SABHA_MAYOR,
          location=SABHA, date=None),
        # ¶16: UNSMIL's welcome (core SUPPORT); its call on both sides is optional
        E(True, ["SUPPORT"], [16], "ورحبت", ["asserted"], source=UNSMIL, location=UBARI, date=TODAY),
        E(False, ["REQUEST"], [16], "وداعيةً", ["asserted"], source=UNSMIL, date=TODAY),
        # ¶17: the meeting in Ghat «يوم الخميس المقبل» (core CONSULT, planned); the exchange of bodies and
        # prisoners it is to arrange is optional
        E(True, ["CONSULT"], [17], "يجتمع", ["planned"], mode="multilateral", source=TALKS_669, location=GHAT,
          date=D("2014-11-13"), attribution=["أحد الحكماء"]),
        E(False, ["COOPERATE"], [17], "وتبادل", ["planned"], source=TALKS_669, date=None),
    ],
)
