"""Gold of article 153: Daraya and Muadamiyat al-Sham (the western Ghouta), an opposition news site, 2016-07-14
(Thu)."""
from actors_places import (
                           ACTIVISTS_153,
                           AF_INTEL,
                           DARAYA,
                           DARAYA_CIVILIANS,
                           DARAYA_CLASH,
                           DARAYA_COUNCIL,
                           DARAYA_FIGHTERS,
                           DARAYA_FIGHTERS_CIVS,
                           DARAYA_MAN,
                           DARAYA_NW,
                           DARAYA_RESIDENTS,
                           DARAYA_SOUTH,
                           DARAYA_SOUTH_SNIPER,
                           FACTION_REPS,
                           FOURTH_DIV,
                           FOURTH_DIV_OFFICERS,
                           MUADAMIYA,
                           MUADAMIYA_COMMITTEE,
                           MUADAMIYA_DARAYA,
                           MUADAMIYA_PROTESTERS,
                           MUADAMIYA_REGIME,
                           MUADAMIYA_YOUTHS,
                           REGIME_153,
                           REGIME_HELI,
                           SARC_UN,
                           SNIPER,
                           UN,
                           WHEAT_FIELDS,
)
from common import AGREEMENT, AIR, ARREST, ATTACK, CLASH, PEACEFUL, SHELL, D, E, paras_of

SLUG = "daraya_barrels_council_paper_muadamiya_convoy"
LAST_NIGHT = D("2016-07-13", "day", ("2016-07-13", "2016-07-14"))
ARTICLE = dict(
    id="team31-153", slug=SLUG, published="2016-07-14", outlet="Bawabat al-Ghouta al-Gharbiya opposition site (fictional)",
    paras=paras_of(f"153_{SLUG}.txt"),
    events=[
        # 23 barrel bombs today (headline 0, lead 1, the civil defence volunteer 9: four children and a woman wounded,
        # nobody killed); the concurrent «Fil» rockets are the same day's shelling by the same side (optional)
        E(True, ["ASSAULT"], [0, 1, 9], "ألقت", ["asserted", "reported"], mode="aerial",
          source=REGIME_HELI, recipient=DARAYA_CIVILIANS, location=DARAYA, date=D("2016-07-14"),
          attribution=["المكتب الإعلامي للمجلس المحلي لمدينة داريا", "متطوع في الدفاع المدني"], acled=AIR,
          tpara=1),
        E(False, ["ASSAULT"], [1], "قصف بصواريخ", ["asserted", "reported"], mode="heavy-weapons",
          source=REGIME_153, location=DARAYA, date=D("2016-07-14"), acled=SHELL),
        # the night fight on the north-western front, two-sided, told by the correspondent and the brigade (2) and
        # again by loyalist pages (13): 2 rebels + 6 Fourth Division men → 8 (the pages' «dozens» is higher); the
        # pages' claimed capture of a block, denied, is optional
        E(True, ["ASSAULT"], [2, 13], "اشتباكات", ["asserted", "reported"], mode="firearms",
          source=DARAYA_CLASH, location=DARAYA_NW, date=LAST_NIGHT, fatalities=8,
          attribution=["مراسلنا", "بيان لواء شهداء الإسلام", "صفحات موالية للنظام على فيسبوك"], acled=CLASH),
        E(False, ["ASSAULT", "COERCE"], [13], "سيطر", ["reported", "negated"], mode="seize",
          source=FOURTH_DIV, location=DARAYA_NW, date=LAST_NIGHT),
        # the council's statement last night (headline 0): rejection of the regime's «paper» and the accusation; the
        # paper itself (an offer carried by mediators days ago) is optional
        E(True, ["REJECT"], [0, 3], "رفض", ["asserted"],
          source=DARAYA_COUNCIL, recipient=REGIME_153, location=DARAYA, date=D("2016-07-13"),
          attribution=["بيان المجلس المحلي على فيسبوك"], tpara=3),
        E(True, ["ACCUSE"], [3], "متهماً", ["asserted"],
          source=DARAYA_COUNCIL, recipient=REGIME_153, location=DARAYA, date=D("2016-07-13"),
          attribution=["بيان المجلس المحلي على فيسبوك"]),
        E(False, ["AGREE"], [3], "«الورقة»", ["asserted", "historical"],
          source=MUADAMIYA_REGIME, recipient=DARAYA_COUNCIL, location=MUADAMIYA_DARAYA,
          date=D("2016-07-10", "week", ("2016-07-06", "2016-07-13"))),
        # the same statement's demand to the UN (headline 0); the June convoy is background (optional, historical)
        E(True, ["REQUEST"], [0, 4], "وطالب", ["asserted"],
          source=DARAYA_COUNCIL, recipient=UN, location=DARAYA, date=D("2016-07-13"),
          attribution=["بيان المجلس المحلي على فيسبوك"], tpara=4),
        E(False, ["AID"], [4], "القافلة الأولى", ["historical", "asserted"], mode="humanitarian",
          recipient=DARAYA_RESIDENTS, location=DARAYA, date=D("2016-06-15", "month", ("2016-06-01", "2016-06-30"))),
        # paragraph 5 (population, fields, the one field hospital) holds no event
        # a man killed by a sniper yesterday noon (the month's count of five is an aggregate)
        E(True, ["ASSAULT"], [6], "برصاص قناص", ["asserted", "reported"], mode="firearms",
          source=SNIPER, recipient=DARAYA_MAN, location=DARAYA_SOUTH_SNIPER, date=D("2016-07-13"), fatalities=1,
          attribution=["ناشطون من داخل المدينة"], acled=ATTACK),
        # Tuesday's arrest at the Air Force Intelligence checkpoint of Muadamiya (passive, agent after «على يد»);
        # the road closed for hours after it (optional) and the 2013 truce (optional, historical)
        E(True, ["COERCE"], [7], "اعتُقل", ["asserted", "reported"], mode="arrest",
          source=AF_INTEL, recipient=MUADAMIYA_YOUTHS, location=MUADAMIYA, date=D("2016-07-12"),
          attribution=["تنسيقية معضمية الشام على فيسبوك"], acled=ARREST),
        E(False, ["COERCE"], [7], "أغلق الطريق", ["asserted", "reported"], mode="restrict",
          source=AF_INTEL, location=MUADAMIYA, date=D("2016-07-12")),
        E(False, ["AGREE"], [7], "بهدنة", ["historical"],
          source=MUADAMIYA_REGIME, location=MUADAMIYA, date=D("2013-12-15", "month", ("2013-10-01", "2013-12-31")),
          acled=AGREEMENT),
        # Tuesday evening's sit-in in Muadamiya, its demand to the reconciliation committee and a member's pledge;
        # the promised return of the three is future (optional, planned)
        E(True, ["PROTEST"], [8], "الاعتصام", ["asserted"], mode="demo",
          source=MUADAMIYA_PROTESTERS, location=MUADAMIYA, date=D("2016-07-12"), acled=PEACEFUL),
        E(True, ["REQUEST"], [8], "مطالبين", ["asserted"],
          source=MUADAMIYA_PROTESTERS, recipient=MUADAMIYA_COMMITTEE, location=MUADAMIYA, date=D("2016-07-12")),
        E(True, ["AGREE"], [8], "تعهد", ["asserted"],
          source=MUADAMIYA_COMMITTEE, recipient=MUADAMIYA_PROTESTERS, location=MUADAMIYA, date=D("2016-07-12")),
        E(False, ["RETREAT", "CONCEDE"], [8], "سيعودون", ["planned"], mode="release",
          recipient=MUADAMIYA_YOUTHS, location=MUADAMIYA, date=None),
        # rumoured meetings with Fourth Division officers, denied by the negotiation committee; the evacuation of
        # the wounded they would discuss is optional
        E(True, ["CONSULT"], [10], "لقاءات", ["rumored", "negated"],
          source=FACTION_REPS, recipient=FOURTH_DIV_OFFICERS, location=MUADAMIYA,
          date=D("2016-07-11", "week", ("2016-07-07", "2016-07-14")),
          attribution=["أحاديث بين الأهالي", "عضو في لجنة التفاوض"]),
        E(False, ["RETREAT"], [10], "إخراج الجرحى", ["rumored", "planned"],
          source=FACTION_REPS, location=DARAYA, date=None),
        # yesterday afternoon's leaflets: a threat (core), the call to lay down arms (optional) and the announced
        # escalation (optional, hypothetical)
        E(True, ["THREATEN"], [11], "مناشير ورقية", ["asserted"], mode="violence",
          source=REGIME_HELI, recipient=DARAYA_FIGHTERS_CIVS, location=DARAYA, date=D("2016-07-13")),
        E(False, ["REQUEST"], [11], "تدعو", ["asserted"],
          source=REGIME_HELI, recipient=DARAYA_FIGHTERS, location=DARAYA, date=D("2016-07-13")),
        E(False, ["ASSAULT"], [11], "العمليات العسكرية ستشتد", ["hypothetical", "planned"],
          source=REGIME_153, location=DARAYA, date=None),
        # the activists' accusation of napalm use and Sunday's strikes on the wheat fields (two events)
        E(True, ["ACCUSE"], [12], "واتهم", ["asserted"],
          source=ACTIVISTS_153, recipient=REGIME_153, location=DARAYA,
          date=D("2016-07-12", "week", ("2016-07-10", "2016-07-14"))),
        E(True, ["ASSAULT"], [12], "الغارات", ["asserted", "reported"], mode="aerial",
          source=REGIME_153, recipient=WHEAT_FIELDS, location=DARAYA_SOUTH, date=D("2016-07-10"),
          attribution=["ناشطون من داخل المدينة"], acled=AIR),
        # the second convoy due next Thursday if cleared (planned, conditional)
        E(True, ["AID"], [14], "القافلة الثانية", ["planned", "hypothetical"], mode="humanitarian",
          source=SARC_UN, recipient=DARAYA_RESIDENTS, location=DARAYA, date=D("2016-07-21"),
          attribution=["مصدر في الهلال الأحمر العربي السوري"]),
        # background: the siege since November 2012 and the massacre of August 2012 (optional, historical)
        E(False, ["COERCE"], [15], "حصاراً", ["historical", "asserted"], mode="restrict",
          source=REGIME_153, location=DARAYA, date=D("2012-11-15", "month", ("2012-11-01", "2012-11-30"))),
        E(False, ["ASSAULT"], [15], "المجازر", ["historical"],
          location=DARAYA, date=D("2012-08-15", "month", ("2012-08-01", "2012-08-31"))),
        # paragraph 16 (the UN's silence, the shrinking fields) holds no event
    ],
)
