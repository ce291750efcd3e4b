"""Gold of article 685: a jihadist group's ambush with a roadside mine and gunfire on a National Guard patrol
near Ain Soltane (main event, told in ¶4 after the shelling and the threat; six dead), the army's shelling of
the wooded heights, the National Guard's text messages to the border villagers, the unions' condemnation, five
suspected suppliers arrested, the group said to have fled across the border (rumoured), Algerian coordination,
the guards' union's demand, no security chief relieved (negated), the head of government's visit to the
wounded, the attack at a fake checkpoint on the Jendouba road in February 2014, US equipment delivered last
month, a sit-in due in Jendouba on Wednesday (planned) and the Melloula crossing reopened (Jendouba, Tunisia),
a Kef-based Tunisian regional private radio station's website, 2018-07-09 (Mon). Dateline «طبرقة»."""
from actors_places import (
    AIN_SOLTANE,
    AIN_SOLTANE_AREA,
    ALG_ARMY,
    ALG_TN_ARMIES,
    ALGERIAN_SIDE,
    AMBUSH_BATTLE,
    ARMED_GROUP_2014,
    BORDER_STRIP,
    BORDER_VILLAGERS,
    FLEEING_CELL,
    GHARDIMAOU,
    GUARD_DIRECTORATE,
    GUARD_UNION,
    GUARD_UNITS,
    INTERIOR_MINISTER,
    JENDOUBA_BOUSALEM_ROAD,
    JENDOUBA_HOSPITAL,
    JENDOUBA_SEAT,
    MELLOULA,
    OPPOSITION_MPS,
    PM_OFFICE,
    SECURITY_CHIEFS,
    SECURITY_UNIONS,
    SUSPECTS_685,
    TERRORISTS_685,
    TN_ARMY,
    TN_AUTHORITIES,
    TN_GOV,
    TN_INTERIOR,
    TN_PM,
    TN_SECURITY_UNITS,
    TN_UNIONS,
    USA,
    VICTIMS_2014,
    WOUNDED_FAMILIES,
)
from common import ARREST, ATTACK, CLASH, SHELL, D, E, paras_of

SLUG = "ghardimaou_2018_soltane_tabarka"
YESTERDAY = D("2018-07-08")
TODAY = D("2018-07-09")
TODAY_OR_EVE = D("2018-07-09", "day", ("2018-07-08", "2018-07-09"))
NIGHT = D("2018-07-08", "day", ("2018-07-08", "2018-07-09"))
ARTICLE = dict(
    id="team137-685", slug=SLUG, published="2018-07-09",
    outlet="Idhaat al-Hidhab, a Kef-based Tunisian regional private radio station's website (fictional)",
    paras=paras_of(f"685_{SLUG}.txt"),
    events=[
        # ¶1 (dateline; verb first): artillery on the wooded heights of Ghardimaou; the combing optional
        E(True, ["ASSAULT"], [1], "قصفت", ["asserted"], mode="heavy-weapons", source=TN_ARMY,
          recipient=TERRORISTS_685, location=GHARDIMAOU, date=TODAY, attribution=["مصدر عسكري"], acled=SHELL),
        E(False, ["MOBILIZE"], [1], "تمشيط", ["asserted"], mode="troops", source=TN_ARMY, location=GHARDIMAOU,
          date=TODAY),
        # ¶2: the threat of prosecution in text messages to the border villagers; their call to report
        # optional
        E(True, ["THREATEN"], [2], "تنذر", ["asserted"], mode="arrest", source=GUARD_DIRECTORATE,
          recipient=BORDER_VILLAGERS, location=AIN_SOLTANE, date=TODAY_OR_EVE),
        E(False, ["REQUEST"], [2], "وتحثهم", ["asserted"], source=GUARD_DIRECTORATE,
          recipient=BORDER_VILLAGERS, location=AIN_SOLTANE, date=TODAY_OR_EVE),
        # ¶3 (the forests) holds no event. MAIN EVENT, told in ¶4 after two other core events: the ambush with
        # a mine and gunfire and the guards' return of fire, six dead; the headline and a wounded guard's
        # brother ¶5
        E(True, ["ASSAULT"], [0, 4, 5], "كميناً", ["asserted"], mode="explosives", source=AMBUSH_BATTLE,
          location=AIN_SOLTANE_AREA, date=YESTERDAY, fatalities=6, attribution=["وزارة الداخلية"],
          acled=CLASH, tpara=4),
        # ¶6: the unions' condemnation; the opposition MPs' blame and the minister's dismissal a month ago
        # optional
        E(True, ["ACCUSE"], [6], "ونددت", ["asserted"], source=TN_UNIONS, date=TODAY_OR_EVE),
        E(False, ["ACCUSE"], [6], "حمّل", ["asserted"], source=OPPOSITION_MPS, recipient=TN_GOV,
          date=TODAY_OR_EVE),
        E(False, ["SANCTION"], [6], "إقالة", ["historical", "asserted"], recipient=INTERIOR_MINISTER,
          date=None),
        # ¶7: five suspected suppliers arrested (a back-reference opens the clause)
        E(True, ["COERCE"], [7], "وأوقفت", ["asserted"], mode="arrest", source=TN_SECURITY_UNITS,
          recipient=SUSPECTS_685, location=GHARDIMAOU, date=NIGHT, attribution=["مصدر أمني"], acled=ARREST),
        # ¶8: the group said to have fled across the border (rumoured; a verbal noun, a silence)
        E(True, ["RETREAT"], [8], "فرار", ["rumored", "reported"], mode="withdraw", source=FLEEING_CELL,
          location=ALGERIAN_SIDE, date=None, attribution=["روايات في مقاهي غار الدماء"]),
        # ¶9: Algerian units coordinate with the Tunisian army («مع»); their deployment optional
        E(True, ["COOPERATE"], [9], "ونسّقت", ["asserted"], source=ALG_TN_ARMIES, recipient=ALG_TN_ARMIES,
          location=BORDER_STRIP, date=NIGHT, attribution=["مصدر عسكري تونسي"]),
        E(False, ["MOBILIZE"], [9], "فعززت", ["asserted"], mode="troops", source=ALG_ARMY,
          location=BORDER_STRIP, date=NIGHT),
        # ¶10: the guards' union's demand for armoured vehicles
        E(True, ["REQUEST"], [10], "وطالبت", ["asserted"], source=GUARD_UNION, recipient=TN_INTERIOR,
          date=TODAY_OR_EVE),
        # ¶11: no security chief relieved (negated)
        E(True, ["SANCTION"], [11], "إعفاء", ["negated"], source=PM_OFFICE, recipient=SECURITY_CHIEFS,
          date=TODAY),
        # ¶12: the head of government's visit to the wounded and the families
        E(True, ["CONSULT"], [12], "وزار", ["asserted"], mode="visit", source=TN_PM,
          recipient=WOUNDED_FAMILIES, location=JENDOUBA_HOSPITAL, date=TODAY),
        # ¶13, «وكان … قد» at another place: the attack at a fake checkpoint in February 2014 (core,
        # historical)
        E(True, ["ASSAULT"], [13], "قتلت", ["historical", "asserted"], mode="firearms",
          source=ARMED_GROUP_2014, recipient=VICTIMS_2014, location=JENDOUBA_BOUSALEM_ROAD,
          date=D("2014-02-16", "month", ("2014-02-01", "2014-02-28")), fatalities=3, acled=ATTACK),
        # ¶14: night sights and mine detectors delivered last month
        E(True, ["AID"], [14], "قدمتها", ["asserted"], mode="military", source=USA, recipient=GUARD_UNITS,
          date=D("2018-06-15", "month", ("2018-06-01", "2018-06-30")), attribution=["السفارة الأمريكية"]),
        # ¶15 (an old shepherd) holds no event. ¶16: a sit-in «يوم الأربعاء المقبل» (planned)
        E(True, ["PROTEST"], [16], "وقفة", ["planned"], mode="demo", source=SECURITY_UNIONS,
          location=JENDOUBA_SEAT, date=D("2018-07-11")),
        # ¶17 (the shortest): the crossing reopened by announcement; its closing optional («إثر»)
        E(True, ["CONCEDE", "RETREAT"], [17], "إعادة فتح", ["asserted"], mode="access", source=TN_AUTHORITIES,
          location=MELLOULA, date=TODAY),
        E(False, ["COERCE"], [17], "إغلاقه", ["asserted"], mode="restrict", source=TN_AUTHORITIES,
          location=MELLOULA, date=NIGHT),
    ],
)
