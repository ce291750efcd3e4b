"""Gold of article 181: Darayya and Muadamiyat al-Sham (barrel bombs, the Fourth Division talks, a sniper, the western
front, the Sahnaya checkpoint), an opposition local network, 2014-02-18 (Tue)."""
from actors_places import (
    AF_INTEL,
    DARAYYA,
    DARAYYA_ACTIVISTS,
    DARAYYA_CHILD,
    DARAYYA_CIVILIANS,
    DARAYYA_CLASH,
    DARAYYA_COUNCIL,
    DARAYYA_DELEGATION,
    DARAYYA_DISPLACED,
    DARAYYA_FIGHTERS,
    DARAYYA_MUADAMIYA,
    DARAYYA_YOUTH,
    FOURTH_DIV,
    LSI,
    MEZZEH_FRONT,
    MEZZEH_MUADAMIYA,
    MUADAMIYA,
    MUADAMIYA_PARTIES,
    SAHNAYA,
    SAHNAYA_DARAYYA,
    SY_ARMY_181,
    SY_HELI,
    SY_REGIME,
    UN_ICRC,
)
from common import AGREEMENT, AIR, ARREST, ATTACK, CLASH, PEACEFUL, D, E, merge, paras_of

SLUG = "darayya_barrels_fourth_division_talks_muadamiya"
ARTICLE = dict(
    id="team37-181", slug=SLUG, published="2014-02-18", outlet="Mirat Darayya local network (fictional)",
    paras=paras_of(f"181_{SLUG}.txt"),
    events=[
        # eighteen barrel bombs this morning: headline 0, lead 1 (the council: 3 killed), the civil defence volunteer
        # and the field hospital 11 (5 per the hospital) → the lowest number, 3
        E(True, ["ASSAULT"], [0, 1, 11], "ألقى", ["asserted"], mode="aerial", tpara=1,
          source=SY_HELI, recipient=DARAYYA_CIVILIANS, location=DARAYYA, date=D("2014-02-18"), fatalities=3,
          attribution=["المكتب الإعلامي للمجلس المحلي لمدينة داريا", "متطوعي فريق الدفاع المدني",
                       "المشفى الميداني"], acled=AIR),
        # yesterday's meeting in Muadamiya (the headline's «يعود من المعضمية») and the officers' conditions
        E(True, ["CONSULT"], [0, 2], "التقى", ["asserted"], tpara=2,
          source=DARAYYA_DELEGATION, recipient=FOURTH_DIV, location=MUADAMIYA, date=D("2014-02-17"),
          attribution=["أحد أعضاء الوفد"]),
        E(True, ["REQUEST"], [2], "اشترطوا", ["asserted", "reported"],
          source=FOURTH_DIV, recipient=DARAYYA_DELEGATION, location=MUADAMIYA, date=D("2014-02-17"),
          attribution=["أحد أعضاء الوفد"]),
        # the meeting ended without an agreement (headline «بلا اتفاق»): the absence of an event, optional
        E(False, ["AGREE"], [0, 3], "التوصل", ["negated"], tpara=3,
          source=merge(DARAYYA_DELEGATION, FOURTH_DIV), location=MUADAMIYA, date=D("2014-02-17")),
        # the brigade's rejection and accusation, in one statement last night
        E(True, ["REJECT"], [3], "رفضه", ["asserted"],
          source=LSI, recipient=FOURTH_DIV, date=D("2014-02-17"),
          attribution=["بيان لواء شهداء الإسلام على صفحته في فيسبوك"]),
        E(True, ["ACCUSE"], [3], "متهماً", ["asserted"],
          source=LSI, recipient=SY_REGIME, date=D("2014-02-17"),
          attribution=["بيان لواء شهداء الإسلام على صفحته في فيسبوك"]),
        # paragraph 4 is a description of life under siege: deliberately NO gold event
        # a young man killed by a sniper yesterday noon; the same sniper's shot at a child last week (optional)
        E(True, ["ASSAULT"], [5], "برصاص قناص", ["asserted"], mode="firearms",
          source=SY_REGIME, recipient=DARAYYA_YOUTH, location=DARAYYA_MUADAMIYA, date=D("2014-02-17"),
          fatalities=1, attribution=["تنسيقية داريا"], acled=ATTACK),
        E(False, ["ASSAULT"], [5], "أصاب", ["historical"], mode="firearms",
          source=SY_REGIME, recipient=DARAYYA_CHILD, location=DARAYYA_MUADAMIYA,
          date=D("2014-02-12", "week", ("2014-02-10", "2014-02-16")), acled=ATTACK),
        # the fight on the western front since dawn (the advance under artillery cover is the same battle):
        # six attackers at least and one brigade fighter → 7
        E(True, ["ASSAULT"], [6], "اشتباكات", ["asserted", "reported"], mode="firearms",
          source=DARAYYA_CLASH, location=MEZZEH_FRONT, date=D("2014-02-18"), fatalities=7,
          attribution=["ناشطون"], acled=CLASH),
        # loyalist pages' rumour of a surrender at the Sahnaya checkpoint, denied by the council (the denial optional)
        E(True, ["RETREAT"], [7], "استسلام", ["rumored", "negated", "reported"], mode="disarm",
          source=DARAYYA_FIGHTERS, recipient=SY_ARMY_181, location=SAHNAYA_DARAYYA, date=None,
          attribution=["صفحات موالية على فيسبوك"]),
        E(False, ["REJECT"], [7], "نفى", ["asserted"],
          source=DARAYYA_COUNCIL, date=D("2014-02-18", "day", ("2014-02-17", "2014-02-18"))),
        # the council's appeal for an aid convoy («لم تدخلها أي مساعدات» is a standing complaint, no event)
        E(True, ["REQUEST"], [8], "وناشد", ["asserted"],
          source=DARAYYA_COUNCIL, recipient=UN_ICRC, location=DARAYYA,
          date=D("2014-02-18", "day", ("2014-02-17", "2014-02-18")), attribution=["المجلس المحلي"]),
        # four displaced young men arrested at the Sahnaya checkpoint last night (the year's tally is no event)
        E(True, ["COERCE"], [9], "اعتقلت", ["asserted", "reported"], mode="arrest",
          source=AF_INTEL, recipient=DARAYYA_DISPLACED, location=SAHNAYA, date=D("2014-02-17"),
          attribution=["صفحة تجمع نازحي داريا على فيسبوك"], acled=ARREST),
        # background: the siege and the campaign since November 2012, the massacre of August 2012 (all optional)
        E(False, ["COERCE"], [10], "لحصار", ["historical", "asserted"], mode="restrict",
          source=SY_REGIME, location=DARAYYA, date=D("2012-11-15", "month", ("2012-11-01", "2012-11-30"))),
        E(False, ["ASSAULT"], [10], "حملة عسكرية", ["historical"],
          source=SY_REGIME, location=DARAYYA, date=D("2012-11-15", "month", ("2012-11-01", "2012-11-30"))),
        E(False, ["ASSAULT"], [10], "المجزرة", ["historical"], mode="firearms",
          source=SY_REGIME, location=DARAYYA, date=D("2012-08-25", "month", ("2012-08-01", "2012-08-31")),
          fatalities=500, acled=ATTACK),
        # reinforcements over the last three days, and the officers' threat at yesterday's meeting; the storming they
        # threaten is hypothetical (optional)
        E(True, ["MOBILIZE"], [12], "استقدمت", ["reported", "asserted"], mode="troops",
          source=FOURTH_DIV, location=MEZZEH_MUADAMIYA, date=D("2014-02-16", "week", ("2014-02-15", "2014-02-18")),
          attribution=["مصادر محلية"]),
        E(True, ["THREATEN"], [12], "تهديداً", ["asserted", "reported"], mode="violence",
          source=FOURTH_DIV, recipient=DARAYYA_FIGHTERS, location=DARAYYA_MUADAMIYA, date=D("2014-02-17"),
          attribution=["مصادر محلية"]),
        E(False, ["ASSAULT"], [12], "اقتحام", ["hypothetical"],
          source=FOURTH_DIV, date=None),
        # the second meeting on Thursday (planned; «في المكان ذاته», no place named), the activists' call and the
        # sit-in after Friday prayers (planned)
        E(True, ["CONSULT"], [13], "للقاء", ["planned", "reported"],
          source=DARAYYA_DELEGATION, recipient=FOURTH_DIV, date=D("2014-02-20"), attribution=["عضو الوفد"]),
        E(False, ["REQUEST"], [13], "دعا", ["asserted"],
          source=DARAYYA_ACTIVISTS, location=DARAYYA, date=D("2014-02-18", "day", ("2014-02-17", "2014-02-18"))),
        E(True, ["PROTEST"], [13], "وقفة احتجاجية", ["planned"], mode="demo",
          source=DARAYYA_ACTIVISTS, location=DARAYYA, date=D("2014-02-21"), acled=PEACEFUL),
        # background: Muadamiya's truce at the end of last year (optional, historical)
        E(False, ["AGREE"], [14], "هدنة", ["historical"],
          source=MUADAMIYA_PARTIES, location=MUADAMIYA, date=D("2013-12-20", "month", ("2013-12-01", "2013-12-31")),
          acled=AGREEMENT),
    ],
)
