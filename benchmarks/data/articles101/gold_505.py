"""Gold of article 505: an attack on an army checkpoint south of Sheikh Zuweid (main event, told first in the
lead; four killed per the military spokesman, six per medical sources → 4), a survivor's account and the
jihadist group's claim, air strikes south of Rafah told by the spokesman, reinforcements and arrests in
al-Joura, the curfew extended and eased in al-Arish, the tribes' praise and food aid, the group's
conditional threat, a military court's sentences, a rumoured abduction near Rafah, the Rafah crossing kept
shut, the funerals, a medical convoy due on Saturday, the year's toll, and a roadside bomb in al-Masaeed on
12 July 2016 (North Sinai governorate, Egypt), an Egyptian private satellite TV channel's news website,
2016-08-24 (Wed). Dateline: al-Arish (the provincial capital; the events happen in its districts)."""
from actors_places import (
    ARISH,
    ARISH_TRADERS,
    ARMY_POLICE,
    BUS_SOLDIERS,
    CHECKPOINT_FIGHT,
    COLLABORATORS,
    CONVICTS,
    CURFEW_AREA,
    EG_AIR,
    EG_ARMY,
    EG_AUTH,
    EG_CABINET,
    EG_SECURITY,
    FOOD_DONORS,
    INTL_ROAD,
    INTL_ROAD_BUS,
    ISMAILIA,
    ISMAILIA_COURT,
    JOURA,
    JOURA_SUSPECTS,
    MAHDIYA,
    MAHDIYA_YOUTHS,
    MASAEED,
    MASKED_GUNMEN,
    MOH_CONVOY,
    NS_GOV,
    NS_GOVERNOR,
    POLICE_VEHICLE,
    RAFAH_CROSSING,
    RAFAH_MILITANTS,
    RAFAH_SOUTH,
    RAFAH_VILLAGES,
    SHEIKH_ZUWEID,
    SINAI_PROVINCE,
    STRANDED,
    SZ_FAMILIES,
    SZ_HOSPITAL,
    SZ_VILLAGES,
    TRIBAL_SHEIKHS,
)
from common import AIR, ARREST, CLASH, MINE, D, E, paras_of

SLUG = "north_sinai_2016_sheikh_zuweid_arish"
YESTERDAY = D("2016-08-23")
TODAY = D("2016-08-24")
# a statement or an act of the day whose hour the text does not give: today, or the evening before
TODAY_OR_EVE = D("2016-08-24", "day", ("2016-08-23", "2016-08-24"))
ARTICLE = dict(
    id="team101-505", slug=SLUG, published="2016-08-24",
    outlet="al-Duha, an Egyptian private satellite TV channel's news website (fictional)",
    paras=paras_of(f"505_{SLUG}.txt"),
    events=[
        # MAIN EVENT, told first in the lead (verb first): militants attack a checkpoint and its men fire back
        # (two-sided: both sides are sources, no recipient); medical sources' six and a survivor ¶2, the
        # group's claim ¶3 and the funerals ¶13 retell it. Conflicting tolls: the spokesman's four against the
        # hospital's six → 4
        E(True, ["ASSAULT"], [0, 1, 2, 3, 13], "هجوم شنّته", ["asserted"], mode="firearms",
          source=CHECKPOINT_FIGHT, location=SHEIKH_ZUWEID, date=YESTERDAY, fatalities=4,
          attribution=["المتحدث العسكري باسم القوات المسلحة", "مصادر طبية في مستشفى العريش العام",
                       "مجند نجا من الهجوم", "تنظيم «ولاية سيناء»"],
          acled=CLASH, tpara=1),
        # ¶4: air strikes south of Rafah told only by the military spokesman (reported; 18 killed per him; the
        # headline names them)
        E(True, ["ASSAULT"], [0, 4], "شنّت", ["reported", "asserted"], mode="aerial",
          source=EG_AIR, recipient=RAFAH_MILITANTS, location=RAFAH_SOUTH, date=TODAY, fatalities=18,
          attribution=["المتحدث العسكري"], acled=AIR, tpara=4),
        # ¶5, one sentence, two events joined with «و» and a second verb: reinforcements on the coastal road
        # (MOBILIZE) and the raid on al-Joura with eleven arrests (COERCE); the closing of the village's
        # entrances is optional
        E(True, ["MOBILIZE"], [5], "ودفعت", ["asserted"], mode="troops",
          source=EG_ARMY, location=INTL_ROAD, date=TODAY_OR_EVE),
        E(True, ["COERCE"], [5], "حملة مداهمات", ["asserted", "reported"], mode="arrest",
          source=EG_SECURITY, recipient=JOURA_SUSPECTS, location=JOURA, date=TODAY_OR_EVE,
          attribution=["مصدر أمني"], acled=ARREST),
        E(False, ["COERCE"], [5], "وأغلقت", ["asserted"], mode="restrict",
          source=EG_SECURITY, location=JOURA, date=TODAY_OR_EVE),
        # ¶6 (Sheikh Zuweid described) holds no event. ¶7: the curfew extended (COERCE) and eased inside
        # al-Arish (CONCEDE, announced)
        E(True, ["COERCE"], [7], "تمديد", ["asserted"], mode="curfew",
          source=EG_CABINET, location=CURFEW_AREA, date=TODAY_OR_EVE),
        E(True, ["CONCEDE"], [7], "تقليص", ["asserted", "planned"],
          source=NS_GOVERNOR, recipient=ARISH_TRADERS, location=ARISH, date=TODAY_OR_EVE),
        # ¶8: the tribal sheikhs' praise (SUPPORT) and food boxes handed out (AID)
        E(True, ["SUPPORT"], [8], "وأشاد", ["asserted"],
          source=TRIBAL_SHEIKHS, recipient=ARMY_POLICE, location=SZ_VILLAGES, date=TODAY_OR_EVE,
          attribution=["بيان"]),
        E(True, ["AID"], [8], "وزّعت", ["asserted"], mode="humanitarian",
          source=FOOD_DONORS, recipient=SZ_FAMILIES, location=SZ_VILLAGES, date=TODAY_OR_EVE),
        # ¶9: the group's threat in a leaflet; the houses blown up are conditional (optional, hypothetical)
        E(True, ["THREATEN"], [9], "وتوعّد", ["asserted", "reported"], mode="violence",
          source=SINAI_PROVINCE, recipient=COLLABORATORS, location=RAFAH_VILLAGES,
          date=D("2016-08-24", "day", ("2016-08-23", "2016-08-24")), attribution=["سكان في المنطقة"]),
        E(False, ["ASSAULT"], [9], "بتفجير منازل", ["hypothetical"], mode="destroy",
          source=SINAI_PROVINCE, recipient=COLLABORATORS, location=RAFAH_VILLAGES, date=None),
        # ¶10: the military court's sentences (SANCTION); the bus bombing behind them is optional, historical
        E(True, ["SANCTION"], [10], "وقضت", ["asserted"], mode="convict",
          source=ISMAILIA_COURT, recipient=CONVICTS, location=ISMAILIA, date=YESTERDAY,
          attribution=["مصدر قضائي"]),
        E(False, ["ASSAULT"], [10], "تفجير استهدف", ["historical"], mode="explosives",
          recipient=BUS_SOLDIERS, location=INTL_ROAD_BUS, fatalities=5,
          date=D("2015-11-15", "month", ("2015-11-01", "2015-11-30"))),
        # ¶11: two young men abducted near Rafah, told by tribal sources and left unconfirmed (rumoured)
        E(True, ["ASSAULT"], [11], "اختطاف", ["rumored"], mode="abduct",
          source=MASKED_GUNMEN, recipient=MAHDIYA_YOUTHS, location=MAHDIYA, date=None,
          attribution=["مصادر قبلية"]),
        # ¶12 (analysis) holds no event. ¶13: the funerals belong to the main event. ¶14: the Rafah crossing
        # not opened (negated RETREAT access); the opening announced last week is optional
        E(True, ["RETREAT"], [14], "تفتح", ["negated"], mode="access",
          source=EG_AUTH, recipient=STRANDED, location=RAFAH_CROSSING, date=YESTERDAY),
        E(False, ["CONCEDE"], [14], "إعلانها", ["historical"],
          source=EG_AUTH, location=RAFAH_CROSSING, date=None),
        # ¶15: the health ministry's medical convoy due on Saturday (planned AID)
        E(True, ["AID"], [15], "قافلة طبية", ["planned"], mode="humanitarian",
          source=MOH_CONVOY, location=SZ_HOSPITAL, date=D("2016-08-27"),
          attribution=["مصدر في مديرية الصحة بشمال سيناء"]),
        # ¶16: the year's toll on both sides (optional, generic)
        E(False, ["ASSAULT"], [16], "سقطوا", ["generic"], mode="firearms", location=NS_GOV, date=None),
        # ¶17, «وكانت … قد» at another place: a roadside bomb on a police armoured vehicle in al-Masaeed on
        # 12 July (core, historical; 3 killed), claimed by the group
        E(True, ["ASSAULT"], [17], "انفجرت", ["historical", "asserted"], mode="explosives",
          source=SINAI_PROVINCE, recipient=POLICE_VEHICLE, location=MASAEED, date=D("2016-07-12"),
          fatalities=3, acled=MINE),
    ],
)
