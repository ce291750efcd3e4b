"""Gold of article 507: al-Suwayda (al-Suwayda city, Shahba, Salkhad, al-Qrayya, al-Thaala, Ariqa), an
Amman-based Jordanian news website, 2023-09-15 (Fri)."""
from actors_places import (
    ANGRY_YOUTHS,
    ARIQA,
    ARIQA_FIGHTERS,
    ARIQA_YOUTH,
    BAATH,
    FOREIGN_AGENDAS,
    HOSTILE_PARTIES,
    LAWYERS,
    MEN_OF_DIGNITY,
    MIL_SECURITY_CHECKPOINT,
    MIL_SECURITY_HEAD,
    MOURNERS_SHAHBA,
    OUTLAW_GROUP,
    SALKHAD_QRAYYA,
    SECURITY_CHECKPOINTS,
    SHAHBA,
    SHAHBA_CHECKPOINT,
    SHAHBA_JUNCTION,
    SHAHBA_NOTABLES,
    SHAHBA_STRIKERS,
    SHAHBA_YOUTHS,
    SUWAYDA_CITY,
    SUWAYDA_CLOSERS,
    SUWAYDA_COORDINATION,
    SUWAYDA_GOVERNOR,
    SUWAYDA_POLICE,
    SUWAYDA_POLICE_SOURCE,
    SUWAYDA_PROTESTERS,
    SUWAYDA_SQUARE,
    SY_GOVERNMENT,
    THAALA,
    UN,
)
from common import ARREST, CLASH, EXCESSIVE, PEACEFUL, D, E, paras_of

SLUG = "suwayda_2023_shahba_salkhad_strike_protests"
TODAY = D("2023-09-15")
YESTERDAY = D("2023-09-14")
SINCE_LAST_NIGHT = D("2023-09-15", "day", ("2023-09-14", "2023-09-15"))
ARTICLE = dict(
    id="team102-507", slug=SLUG, published="2023-09-15",
    outlet="Shurfat Amman, an Amman-based Jordanian news website (fictional)",
    paras=paras_of(f"507_{SLUG}.txt"),
    events=[
        # ¶1 (dateline: a foreign capital): thousands gather in al-Sir square for the thirtieth day (core
        # PROTEST, Peaceful protest); the movement's start on 17 August is named by a noun, no event
        E(True, ["PROTEST"], [0, 1], "احتشد", ["asserted"], mode="demo",
          source=SUWAYDA_PROTESTERS, location=SUWAYDA_SQUARE, date=TODAY, acled=PEACEFUL, tpara=1),
        # the main event, in ¶2 after the gathering (not first in the lead): a Military Security checkpoint
        # at Shahba fires on two cars of protesters «مساء أمس الخميس» (two killed; Excessive force against
        # protesters); ¶3 the police's version («ردّوا على مصادر النيران»), later back-references (¶6 «مقتل
        # الشابين», ¶13 «مطلقي النار», ¶15 «الجريمة التي ارتكبها عناصر حاجز شهبا») and ¶17 the funeral of
        # «الشابين القتيلين»
        E(True, ["ASSAULT"], [0, 2, 3, 6, 13, 15, 17], "أطلق", ["asserted", "reported"], mode="firearms",
          source=MIL_SECURITY_CHECKPOINT, recipient=SHAHBA_YOUTHS, location=SHAHBA, date=YESTERDAY,
          fatalities=2, attribution=["مصدر طبي في المستشفى الوطني بالسويداء"], acled=EXCESSIVE, tpara=2),
        # ¶3 (the other side, through «سانا»): the armed group's «attack» on the checkpoint in the police's
        # words is an optional ASSAULT (reported); the police source's charge against «جهات معادية» is the
        # officials' counter-accusation (core ACCUSE, reported)
        E(False, ["ASSAULT"], [3], "هاجمت", ["reported"], mode="firearms",
          source=OUTLAW_GROUP, date=YESTERDAY, attribution=["وكالة «سانا»"]),
        E(True, ["ACCUSE"], [3], "متهماً", ["reported", "asserted"],
          source=SUWAYDA_POLICE_SOURCE, recipient=HOSTILE_PARTIES, date=SINCE_LAST_NIGHT,
          attribution=["وكالة «سانا»"]),
        # ¶4: protesters close and weld shut two Baath party offices in Salkhad and al-Qrayya (one verb: one
        # core PROTEST, obstruct); the count of offices closed since the start is an aggregate
        E(True, ["PROTEST"], [4], "وأغلق", ["asserted"], mode="obstruct",
          source=SUWAYDA_CLOSERS, recipient=BAATH, location=SALKHAD_QRAYYA, date=TODAY,
          attribution=["ناشطون"], acled=PEACEFUL),
        # ¶5 (verb–subject): the general strike in Shahba's markets for the fourth day (core PROTEST strike;
        # the headline 0 names it); the call that started it is a back-reference
        E(True, ["PROTEST"], [0, 5], "الإضراب العام", ["asserted"], mode="strike",
          source=SHAHBA_STRIKERS, location=SHAHBA, date=D("2023-09-15", "day", ("2023-09-12", "2023-09-15")),
          acled=PEACEFUL, tpara=5),
        # ¶6: young men block the al-Suwayda–Damascus road with burning tyres since last night (core PROTEST
        # obstruct, Peaceful protest; «بين السويداء ودمشق»); the police who did not step in: «من دون أن
        # تتدخل» negates nothing
        E(True, ["PROTEST"], [6], "وقطع", ["asserted"], mode="obstruct",
          source=ANGRY_YOUTHS, location=SHAHBA_JUNCTION, date=SINCE_LAST_NIGHT, acled=PEACEFUL),
        # paragraph 7 (al-Suwayda: a description, standing situations) holds no event
        # ¶8: the local armed faction's statement: a conditional threat (core THREATEN, asserted); the reply
        # it threatens is hypothetical and its pledge to protect the squares planned (both optional)
        E(True, ["THREATEN"], [8], "محذّرة", ["asserted"], mode="violence",
          source=MEN_OF_DIGNITY, recipient=SECURITY_CHECKPOINTS, location=SHAHBA, date=TODAY),
        E(False, ["ASSAULT"], [8], "بالرد", ["hypothetical"], mode="firearms",
          source=MEN_OF_DIGNITY, date=None),
        E(False, ["MOBILIZE"], [8], "سيحمون", ["planned"], mode="troops",
          source=MEN_OF_DIGNITY, date=None),
        # ¶9: the governor's counter-accusation against «أصحاب الأجندات الخارجية» (core ACCUSE); the
        # coordination's retort is an optional ACCUSE
        E(True, ["ACCUSE"], [9], "واتهم", ["asserted"],
          source=SUWAYDA_GOVERNOR, recipient=FOREIGN_AGENDAS, date=TODAY, attribution=["«سانا»"]),
        E(False, ["ACCUSE"], [9], "ردّت", ["asserted"],
          source=SUWAYDA_COORDINATION, recipient=SUWAYDA_GOVERNOR, date=TODAY),
        # ¶10: government reinforcements to al-Thaala airbase rumoured by accounts, denied by the police (the
        # denial optional REJECT)
        E(True, ["MOBILIZE"], [10], "تعزيزات", ["rumored"], mode="troops",
          source=SY_GOVERNMENT, location=THAALA, date=D("2023-09-14", "day", ("2023-09-13", "2023-09-15")),
          attribution=["حسابات على مواقع التواصل"]),
        E(False, ["REJECT"], [10], "نفى", ["asserted"],
          source=SUWAYDA_POLICE, date=TODAY),
        # ¶11: an open sit-in due «صباح الأحد المقبل» (core PROTEST, planned); the call is an optional
        # REQUEST, the lawyers' suspension of work an optional PROTEST strike; the demands' contents are no
        # events
        E(True, ["PROTEST"], [11], "اعتصام", ["planned"], mode="demo",
          source=SUWAYDA_COORDINATION, location=SUWAYDA_CITY, date=D("2023-09-17")),
        E(False, ["REQUEST"], [11], "ودعت", ["asserted"],
          source=SUWAYDA_COORDINATION, date=TODAY),
        E(False, ["PROTEST"], [11], "تعليق العمل", ["asserted", "planned"], mode="strike",
          source=LAWYERS, date=TODAY),
        # paragraph 12 (living costs: generic) holds no event
        # ¶13: the meeting planned yesterday between Shahba notables and the branch head was not held (core
        # CONSULT, negated; «بين … و…»); the delegation's excuse is an optional REJECT
        E(True, ["CONSULT"], [13], "اللقاء", ["negated"],
          source=SHAHBA_NOTABLES, recipient=MIL_SECURITY_HEAD, date=YESTERDAY,
          attribution=["أحد أعضاء الوفد"]),
        E(False, ["REJECT"], [13], "اعتذر", ["asserted"],
          source=SHAHBA_NOTABLES, recipient=MIL_SECURITY_HEAD, date=YESTERDAY),
        # background at another place, in «وكانت … قد»: clashes near Ariqa on 8 June (3), «بين مسلحين محليين
        # وعناصر…»; the arrest that set them off and the release that ended them are optional, historical
        E(True, ["ASSAULT"], [14], "اشتباكات", ["historical", "asserted"], mode="firearms",
          source=ARIQA_FIGHTERS, location=ARIQA, date=D("2023-06-08"), fatalities=3, acled=CLASH),
        E(False, ["COERCE"], [14], "اعتقال", ["historical"], mode="arrest",
          source=MIL_SECURITY_CHECKPOINT, recipient=ARIQA_YOUTH, location=ARIQA, date=D("2023-06-08"),
          acled=ARREST),
        E(False, ["RETREAT"], [14], "الإفراج", ["historical"], mode="release",
          recipient=ARIQA_YOUTH, location=ARIQA, date=D("2023-06-08")),
        # ¶15, one sentence, two events joined with «و» and a second verb: the coordination condemns the
        # checkpoint's «crime» (core ACCUSE) and asks the UN for an independent inquiry (core REQUEST); its
        # call on the protesters is optional
        E(True, ["ACCUSE"], [15], "ونددت", ["asserted"],
          source=SUWAYDA_COORDINATION, recipient=SHAHBA_CHECKPOINT, date=TODAY),
        E(True, ["REQUEST"], [15], "وطالبت", ["asserted"],
          source=SUWAYDA_COORDINATION, recipient=UN, date=TODAY),
        E(False, ["REQUEST"], [15], "ودعت", ["asserted"],
          source=SUWAYDA_COORDINATION, recipient=SUWAYDA_PROTESTERS, date=TODAY),
        # paragraph 16 (a teacher's words) holds no event; ¶17, the funeral, is a paragraph of the main event,
        # and its chanting procession an optional PROTEST
        E(False, ["PROTEST"], [17], "موكب", ["asserted"], mode="demo",
          source=MOURNERS_SHAHBA, location=SHAHBA, date=TODAY),
    ],
)
