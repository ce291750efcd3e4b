"""Gold of article 404: gunmen attack a Popular Resistance checkpoint at the entrance of al-Turba (main event,
told first in the lead, its toll only in ¶3), one attacker arrested, a side road closed, the resistance
command's accusation and demand, four teachers abducted by the Houthis in Mawiyah and not released, a
de-escalation meeting due on Tuesday, rumoured Houthi reinforcements from al-Mokha, a front commander's
threat, a protest in al-Turba, the governor's call and praise, food baskets, a shell on al-Wazi'iyah on 14
February (Taiz, Yemen), a local news website of Taiz, 2016-05-29 (Sun).
No dateline: the lead names al-Turba in its first sentence; the lead and ¶2 tell the attack without a toll,
which comes only in ¶3 (three)."""
from actors_places import (
    HOUTHI_CELLS,
    HOUTHI_SUPERVISOR,
    HOUTHIS,
    HUJARIYA_COMMAND,
    MAWIYAH,
    MAWIYAH_NOTABLES,
    MAWIYAH_TEACHERS,
    ONE_ATTACKER,
    OTHER_SIDE,
    RELIEF_GROUP,
    TAIZ_GOVERNOR,
    TRUCE_COMMITTEE,
    TRUCE_PARTIES,
    TURBA,
    TURBA_AUTHORITY,
    TURBA_FIGHT,
    TURBA_IDPS,
    TURBA_PROTESTERS,
    TURBA_SECURITY,
    TURBA_SECURITY_CHIEF,
    WAZIIYAH,
    WAZIIYAH_COMMANDER,
    WAZIIYAH_FAMILIES,
    WAZIIYAH_MOKHA,
    WAZIIYAH_WOMEN,
    YE_GOVERNMENT,
)
from common import ABDUCTION, ARREST, CLASH, OTHER, PEACEFUL, SHELL, D, E, paras_of

SLUG = "turba_2016_mawiyah_waziiyah_mokha"
TODAY = D("2016-05-29")
YDAY = D("2016-05-28")
TODAY_OPEN = D("2016-05-29", "day", ("2016-05-28", "2016-05-29"))
ARTICLE = dict(
    id="team81-404", slug=SLUG, published="2016-05-29",
    outlet="Nawafidh al-Halima, local news website of Taiz (fictional)",
    paras=paras_of(f"404_{SLUG}.txt"),
    events=[
        # MAIN EVENT, told first in the lead: the attack on the checkpoint at dawn and the half-hour exchange
        # of fire (two-sided: gunmen and the checkpoint's men are both sources); the security source ¶2, the
        # toll only in ¶3 (the hospital: three), a shopkeeper ¶4; the headline names it → 3
        E(True, ["ASSAULT"], [0, 1, 2, 3, 4], "هاجم", ["asserted", "reported"], mode="firearms",
          source=TURBA_FIGHT, location=TURBA, date=TODAY, fatalities=3,
          attribution=["مصدر أمني في المديرية", "مصدر طبي في مستشفى خليفة العام بالتربة"], acled=CLASH,
          tpara=1),
        # ¶2: one attacker arrested after a chase; the place is the lead's
        E(True, ["COERCE"], [2], "واعتقلت", ["asserted", "reported"], mode="arrest",
          source=TURBA_SECURITY, recipient=ONE_ATTACKER, location=TURBA, date=TODAY,
          attribution=["مصدر أمني في المديرية"], acled=ARREST),
        # ¶5: the side road closed until further notice (COERCE restrict)
        E(True, ["COERCE"], [5], "وأغلقت", ["asserted"], mode="restrict",
          source=TURBA_SECURITY, location=TURBA, date=TODAY),
        # ¶6: one sentence, two events joined with «و»: the resistance command accuses «sleeper cells» working
        # for the Houthis and Saleh, and demands support from the government (no one claimed the attack: a
        # silence)
        E(True, ["ACCUSE"], [6], "اتهمت", ["asserted"],
          source=HUJARIYA_COMMAND, recipient=HOUTHI_CELLS, date=TODAY_OPEN),
        E(True, ["REQUEST"], [6], "وطالبت", ["asserted"],
          source=HUJARIYA_COMMAND, recipient=YE_GOVERNMENT, date=TODAY_OPEN),
        # ¶7 (the town described) holds no event. ¶8: four teachers abducted by Houthi gunmen in Mawiyah last
        # night (ASSAULT abduct, COERCE accepted); the headline names it; the charge and the phones seized are
        # optional
        E(True, ["ASSAULT", "COERCE"], [0, 8], "اختطف", ["asserted", "reported"], mode="abduct",
          source=HOUTHIS, recipient=MAWIYAH_TEACHERS, location=MAWIYAH, date=YDAY,
          attribution=["أحد أقاربهم"], acled=ABDUCTION, tpara=8),
        E(False, ["ACCUSE"], [8], "تتهمهم", ["asserted"],
          source=HOUTHIS, recipient=MAWIYAH_TEACHERS, date=YDAY),
        E(False, ["COERCE"], [8], "وصادروا", ["asserted", "reported"], mode="confiscate",
          source=HOUTHIS, recipient=MAWIYAH_TEACHERS, location=MAWIYAH, date=YDAY),
        # ¶9: the teachers not released (negated); the notables' contacts optional
        E(True, ["RETREAT"], [9], "تُفرج", ["negated"], mode="release",
          source=HOUTHIS, recipient=MAWIYAH_TEACHERS, date=TODAY),
        E(False, ["CONSULT"], [9], "اتصالات", ["asserted", "reported"], mode="third-party",
          source=MAWIYAH_NOTABLES, recipient=HOUTHI_SUPERVISOR, date=TODAY_OPEN),
        # ¶10: the de-escalation committee to meet the other side «يوم الثلاثاء المقبل» (planned); the
        # exchange of prisoners mid-month is optional (COOPERATE, RETREAT accepted)
        E(True, ["CONSULT"], [10], "اجتماعاً", ["planned"], mode="multilateral",
          source=TRUCE_COMMITTEE, recipient=OTHER_SIDE, date=D("2016-05-31")),
        E(False, ["COOPERATE", "RETREAT"], [10], "تبادلا", ["asserted", "historical"], mode="release",
          source=TRUCE_PARTIES, date=D("2016-05-15", "week", ("2016-05-11", "2016-05-20")), acled=OTHER),
        # ¶11: Houthi reinforcements from al-Mokha towards al-Wazi'iyah, told by tribal sources (rumoured)
        E(True, ["MOBILIZE"], [11], "بتعزيزات", ["rumored", "reported"], mode="troops",
          source=HOUTHIS, location=WAZIIYAH_MOKHA, date=D("2016-05-28", "day", ("2016-05-27", "2016-05-29")),
          attribution=["مصادر قبلية"]),
        # ¶12: the front commander's conditional threat; the «ردّ حاسم» itself optional, hypothetical
        E(True, ["THREATEN"], [12], "وتوعّد", ["asserted"], mode="violence",
          source=WAZIIYAH_COMMANDER, recipient=OTHER_SIDE, location=WAZIIYAH, date=TODAY_OPEN),
        E(False, ["ASSAULT"], [12], "ردٍّ حاسم", ["hypothetical"], mode="firearms",
          source=WAZIIYAH_COMMANDER, date=None),
        # ¶13: the protest in front of the district building (PROTEST); the demands in it optional
        E(True, ["PROTEST"], [13], "وقفة احتجاجية", ["asserted"], mode="demo",
          source=TURBA_PROTESTERS, location=TURBA, date=TODAY, acled=PEACEFUL),
        E(False, ["REQUEST"], [13], "وطالبوا", ["asserted"],
          source=TURBA_PROTESTERS, recipient=TURBA_AUTHORITY, location=TURBA, date=TODAY),
        # ¶14: the governor's phone call (CONSULT) and praise (SUPPORT) of the district's security men
        E(True, ["SUPPORT"], [14], "وأشاد", ["asserted"],
          source=TAIZ_GOVERNOR, recipient=TURBA_SECURITY_CHIEF, date=TODAY_OPEN),
        E(True, ["CONSULT"], [14], "اتصال هاتفي", ["asserted"], mode="phone",
          source=TAIZ_GOVERNOR, recipient=TURBA_SECURITY_CHIEF, date=TODAY_OPEN),
        # ¶15: food baskets handed out yesterday (AID)
        E(True, ["AID"], [15], "وسلّمت", ["asserted", "reported"], mode="humanitarian",
          source=RELIEF_GROUP, recipient=TURBA_IDPS, location=TURBA, date=YDAY,
          attribution=["القائمين عليها"]),
        # Background at another place, in «وكانت … قد»: a Houthi shell on a house in al-Wazi'iyah on 14
        # February, two women killed; the families who left the village that day optional, historical
        E(True, ["ASSAULT"], [16], "قذيفة أطلقها", ["historical", "asserted"], mode="heavy-weapons",
          source=HOUTHIS, recipient=WAZIIYAH_WOMEN, location=WAZIIYAH, date=D("2016-02-14"), fatalities=2,
          acled=SHELL),
        E(False, ["RETREAT"], [16], "مغادرة القرية", ["historical"],
          source=WAZIIYAH_FAMILIES, location=WAZIIYAH,
          date=D("2016-02-15", "week", ("2016-02-14", "2016-02-21"))),
        # ¶17 (remittances and prices) holds no event
    ],
)
