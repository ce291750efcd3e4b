"""Gold of article 661: a surface-to-surface missile with cluster munitions on Qah camp near the border wall
(main event, told in ¶4 after the convoy, the reinforcements and the commander's threat; thirteen dead by the
Syrian Civil Defence), a UN convoy through Bab al-Hawa, reinforcements round Jarjanaz, a field commander's
threat in a pro-government channel's report, the opposition coalition's accusation, an air strike on a camp
near Haas in August 2019, the wounded moved across the border, the UN coordinator's call, a Russian-Turkish
understanding (rumoured), the border gate kept shut (negated), a protest at the camp, new tents due on
Saturday, the camps' refusal and arrests at the border (Idlib, Syria), a Reyhanli-based Syrian displacement
camps' coordination network's news website, 2019-11-21 (Thu). Dateline: the border crossing nearest to the
camp of the event."""
from actors_places import (
    AFAD,
    ATMEH,
    BAB_AL_HAWA,
    BORDER_CAMPS,
    BORDER_WALL,
    BURNT_OUT_661,
    CAMP_COMMITTEES,
    CAMPS_AND_SALVATION,
    CROSSERS,
    DANA,
    EVACUATION_661,
    FRONT_RESIDENTS,
    HAAS,
    HAAS_CAMP,
    JARJANAZ,
    QAH,
    QAH_IDPS,
    QAH_PROTESTERS,
    REBELS_661,
    REGIME_AND_RUSSIA,
    RU_TR_TALKS,
    SALVATION_GOV,
    SNC,
    SOUTH_IDLIB,
    SY_COMMANDER,
    SY_FORCES,
    TR_AUTHORITIES,
    TR_GENDARMERIE,
    TR_GUARANTOR,
    UN_AGENCIES_661,
    UN_COORDINATOR,
    UNSC,
    WALL_FAMILIES,
)
from common import AGREEMENT, AIR, ARREST, PEACEFUL, SHELL, D, E, paras_of

SLUG = "qah_2019_atmeh_bab_hawa"
YESTERDAY = D("2019-11-20")
TODAY = D("2019-11-21")
TODAY_OR_EVE = D("2019-11-21", "day", ("2019-11-20", "2019-11-21"))
NIGHT = D("2019-11-20", "day", ("2019-11-20", "2019-11-21"))
TWO_DAYS = D("2019-11-20", "day", ("2019-11-19", "2019-11-21"))
ARTICLE = dict(
    id="team133-661", slug=SLUG, published="2019-11-21",
    outlet="Riwaq al-Shamal, a Reyhanli-based Syrian displacement camps' coordination network's news website "
           "(fictional)",
    paras=paras_of(f"661_{SLUG}.txt"),
    events=[
        # ¶1 (dateline; a verb, then a place and a time, its subject last): a UN convoy of thirty-six trucks
        E(True, ["AID"], [1], "قافلة", ["asserted"], mode="humanitarian", source=UN_AGENCIES_661,
          recipient=BORDER_CAMPS, location=BAB_AL_HAWA, date=TODAY, attribution=["موظف في إدارة المعبر"]),
        # ¶2 (adverbial first): reinforcements brought round Jarjanaz; the shelling of the town optional
        E(True, ["MOBILIZE"], [2], "استقدمت", ["asserted"], mode="troops", source=SY_FORCES,
          location=JARJANAZ, date=TWO_DAYS, attribution=["ناشطون محليون"]),
        E(False, ["ASSAULT"], [2], "قصف", ["asserted"], mode="heavy-weapons", source=SY_FORCES,
          location=JARJANAZ, date=TWO_DAYS, acled=SHELL),
        # ¶3: the field commander's threat in a pro-government channel's filmed report; his call optional
        E(True, ["THREATEN"], [3], "وتوعّد", ["asserted"], mode="violence", source=SY_COMMANDER,
          recipient=REBELS_661, date=YESTERDAY, attribution=["مراسل قناة موالية"]),
        E(False, ["REQUEST"], [3], "داعياً", ["asserted"], source=SY_COMMANDER, recipient=FRONT_RESIDENTS,
          date=YESTERDAY),
        # MAIN EVENT, told in ¶4 after three other core events: the missile on Qah camp; the headline and the
        # volunteer's account ¶5 (13 dead, one count)
        E(True, ["ASSAULT"], [0, 4, 5], "صاروخ", ["asserted"], mode="heavy-weapons", source=SY_FORCES,
          recipient=QAH_IDPS, location=QAH, date=NIGHT, fatalities=13, attribution=["الدفاع المدني السوري"],
          acled=SHELL, tpara=4),
        # ¶6 (the camp) holds no event. ¶7: the coalition's accusation (the Russian denial is the other side's
        # version, no event); its demand optional
        E(True, ["ACCUSE"], [7], "واتهم", ["asserted"], source=SNC, recipient=REGIME_AND_RUSSIA, date=TODAY),
        E(False, ["REQUEST"], [7], "مطالباً", ["asserted"], source=SNC, recipient=UNSC, date=TODAY),
        # ¶8, «وكان … قد» at another place: the air strike near Haas on 16 August 2019 (core, historical); the
        # strikes on the camps since the spring optional (generic)
        E(True, ["ASSAULT"], [8], "لغارة", ["historical", "asserted"], mode="aerial", recipient=HAAS_CAMP,
          location=HAAS, date=D("2019-08-16"), fatalities=9, acled=AIR),
        E(False, ["ASSAULT"], [8], "الضربات", ["generic"], date=None),
        # ¶9: the Civil Defence and the Turkish Red Crescent move the wounded together
        E(True, ["COOPERATE"], [9], "بالتنسيق", ["asserted"], source=EVACUATION_661, recipient=EVACUATION_661,
          location=BAB_AL_HAWA, date=NIGHT),
        # ¶10: the UN coordinator's call; the feared ground offensive optional (hypothetical)
        E(True, ["REQUEST"], [10], "ودعا", ["asserted"], source=UN_COORDINATOR, date=TODAY_OR_EVE),
        E(False, ["ASSAULT"], [10], "هجوم", ["hypothetical"], location=SOUTH_IDLIB, date=None),
        # ¶11: a Russian-Turkish understanding told by truck drivers (rumoured; a silence closes it)
        E(True, ["AGREE"], [11], "تفاهم", ["rumored", "reported"], source=RU_TR_TALKS, recipient=RU_TR_TALKS,
          location=SOUTH_IDLIB, date=None, attribution=["سائقو الشاحنات العابرة بين المعبر والمخيمات"],
          acled=AGREEMENT),
        # ¶12: the border gate not opened to the families at the wall (negated)
        E(True, ["RETREAT", "COERCE"], [12], "تفتح", ["negated"], mode="access", source=TR_AUTHORITIES,
          recipient=WALL_FAMILIES, location=BORDER_WALL, date=NIGHT, attribution=["اثنان منهم"]),
        # ¶13 (a mother in the camp) holds no event. ¶14: the protest at the camp's entrance; the demand
        # optional
        E(True, ["PROTEST"], [14], "وتظاهر", ["asserted"], mode="demo", source=QAH_PROTESTERS, location=QAH,
          date=TODAY, acled=PEACEFUL),
        E(False, ["REQUEST"], [14], "وطالبوا", ["asserted"], source=QAH_PROTESTERS, recipient=TR_GUARANTOR,
          location=QAH, date=TODAY),
        # ¶15: five hundred tents «يوم السبت المقبل» (planned)
        E(True, ["AID"], [15], "لنصب", ["planned"], mode="humanitarian", source=AFAD, recipient=BURNT_OUT_661,
          location=ATMEH, date=D("2019-11-23")),
        # ¶16: the camps' committees refuse the Salvation Government's offer; the offer optional
        E(True, ["REJECT"], [16], "ورفضت", ["asserted"], source=CAMP_COMMITTEES, recipient=SALVATION_GOV,
          date=TODAY_OR_EVE),
        E(False, ["AGREE"], [16], "عرضاً", ["asserted"], source=CAMPS_AND_SALVATION,
          recipient=CAMPS_AND_SALVATION, location=DANA, date=TODAY_OR_EVE),
        # ¶17 (the shortest): forty people held at the border near Atmeh
        E(True, ["COERCE"], [17], "واعتقل", ["asserted"], mode="arrest", source=TR_GENDARMERIE,
          recipient=CROSSERS, location=ATMEH, date=NIGHT, acled=ARREST),
    ],
)
