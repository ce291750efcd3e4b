"""Gold of article 278: Sinuni (the market, the northern complex), Dugure, Sinjar (the qaimmaqam's office),
the Khanasor–Sinjar road, Tal Afar, Mosul and the Duhok camps (Nineveh and Duhok, Iraq), a Mosul news site,
2022-05-10 (Tue)."""
from actors_places import (
    ALL_PARTIES_SINJAR,
    BAGHDAD_DELEGATION,
    BAGHDAD_ERBIL,
    DUGURE,
    DUHOK_CAMPS,
    IQ_ARMY_20,
    IQ_FED_GOV,
    IQ_JOC,
    IQ_MIGRATION,
    IQ_SOLDIERS4,
    ISIS_IQ,
    JOINT_SECURITY_COMMITTEE,
    KHANASOR_ROAD,
    KHANASOR_VICTIMS,
    KRG_MOI,
    MOSUL,
    PKK,
    SHARIYA_CAMP,
    SINJAR,
    SINJAR_NOTABLES,
    SINJAR_QAIMMAQAMIYA,
    SINJAR_TRUCE,
    SINUNI,
    SINUNI_FIGHT,
    SINUNI_MARKET,
    SINUNI_NORTH_COMPLEX,
    SINUNI_RESIDENTS,
    SINUNI_SINJAR_ROAD,
    TAL_AFAR_SINUNI,
    UN,
    UNAMI,
    YAZIDI_IDPS,
    YAZIDI_MP,
    YBS,
    YBS_COMMANDER,
    YBS_DETAINEES,
)
from common import AGREEMENT, AIR, ARREST, CLASH, PEACEFUL, D, E, paras_of

SLUG = "sinjar_2022_sinuni_dugure_khanasor_duhok"
TODAY = D("2022-05-10")
SINCE_YESTERDAY = D("2022-05-10", "day", ("2022-05-09", "2022-05-10"))
TOMORROW = D("2022-05-11")
ARTICLE = dict(
    id="team56-278", slug=SLUG, published="2022-05-10",
    outlet="Bawwabat al-Hadbaa news site, Mosul (fictional)",
    paras=paras_of(f"278_{SLUG}.txt"),
    events=[
        # the fighting in Sinuni's market «صباح اليوم الثلاثاء» between the army's 20th Division and the
        # Sinjar Resistance Units: headline 0 («قتلى», no number), lead 1 (a Nineveh operations source: four),
        # the follow-up 6 (the Joint Operations Command: a soldier and two gunmen; pages close to the YBS: six
        # names) → 3. Two-sided: both are sources
        E(True, ["ASSAULT"], [0, 1, 6], "اشتباكات اندلعت", ["asserted", "reported"], mode="firearms",
          source=SINUNI_FIGHT, location=SINUNI_MARKET, date=TODAY, fatalities=3,
          attribution=["مصدر أمني في قيادة عمليات نينوى", "بيان قيادة العمليات المشتركة",
                       "صفحات مقربة من «الوحدات»"], acled=CLASH, tpara=1),
        # two events in one sentence: the curfew (headline 0) and the reinforcements from Tal Afar that came
        # before it; the Media Cell's silence on losses negates nothing
        E(True, ["COERCE"], [0, 2], "وفرضت", ["asserted", "reported"], mode="curfew",
          source=IQ_JOC, recipient=SINUNI_RESIDENTS, location=SINUNI, date=TODAY,
          attribution=["خلية الإعلام الأمني"], tpara=2),
        E(True, ["MOBILIZE"], [2], "بتعزيزات", ["asserted", "reported"], mode="troops",
          source=IQ_JOC, location=TAL_AFAR_SINUNI, date=TODAY, attribution=["خلية الإعلام الأمني"]),
        # the families' flight is no PLOVER event («المواجهات» is a back-reference); the migration ministry's
        # tents and meals in the Duhok camps (AID)
        E(True, ["AID"], [3], "وزّعت", ["asserted"], mode="humanitarian",
          source=IQ_MIGRATION, recipient=YAZIDI_IDPS, location=DUHOK_CAMPS, date=TODAY),
        # paragraph 4 (a farming district on the mountain's northern slope; only part of its people back after
        # eight years) holds no event
        # a YBS commander's conditional warning in a voice message (made: asserted); the response it threatens
        # is hypothetical (optional); «what happened» and the agreement «written without Sinjar's people» are
        # back-references
        E(True, ["THREATEN"], [5], "وحذّر", ["asserted", "reported"], mode="violence",
          source=YBS_COMMANDER, recipient=IQ_ARMY_20, location=SINUNI_NORTH_COMPLEX, date=SINCE_YESTERDAY,
          attribution=["تسجيل صوتي تداولته مجموعات محلية على «تلغرام»"]),
        E(False, ["ASSAULT"], [5], "سيردّون", ["hypothetical"], mode="firearms",
          source=YBS, recipient=IQ_ARMY_20, location=SINUNI, date=None),
        # the follow-up (6) belongs to the first event, and adds a second one in the same sentence: three
        # gunmen arrested (the Joint Operations Command)
        E(True, ["COERCE"], [6], "واعتقال", ["reported", "asserted"], mode="arrest",
          source=IQ_JOC, recipient=YBS_DETAINEES, location=SINUNI, date=TODAY,
          attribution=["بيان قيادة العمليات المشتركة"], acled=ARREST),
        # four soldiers captured near Dugure: told only by social-media accounts, unconfirmed and not denied
        E(True, ["ASSAULT"], [7], "أسر", ["rumored", "reported"], mode="abduct",
          source=YBS, recipient=IQ_SOLDIERS4, location=DUGURE, date=TODAY,
          attribution=["حسابات على مواقع التواصل الاجتماعي"]),
        # the Baghdad delegation meets Yazidi notables and the local administration in Sinjar (CONSULT) and a
        # calm is agreed (AGREE); its two terms, due tomorrow, optional (planned)
        E(True, ["CONSULT"], [8], "واجتمع", ["asserted"], mode="visit",
          source=BAGHDAD_DELEGATION, recipient=SINJAR_NOTABLES, location=SINJAR_QAIMMAQAMIYA, date=TODAY),
        E(True, ["AGREE"], [8], "اتفاق على تهدئة", ["asserted"],
          source=SINJAR_TRUCE, location=SINJAR, date=TODAY, acled=AGREEMENT),
        E(False, ["RETREAT"], [8], "بانسحاب", ["planned"], mode="withdraw",
          source=YBS, location=SINUNI_MARKET, date=None),
        E(False, ["RETREAT"], [8], "وإعادة فتح الطريق", ["planned"], mode="access",
          source=IQ_JOC, location=SINUNI_SINJAR_ROAD, date=TOMORROW),
        # the KRG interior ministry blames the PKK; «متهمةً» retells the same blame (optional)
        E(True, ["ACCUSE"], [9], "وحمّلت", ["asserted"],
          source=KRG_MOI, recipient=PKK, date=SINCE_YESTERDAY),
        E(False, ["ACCUSE"], [9], "متهمةً", ["asserted"],
          source=KRG_MOI, recipient=PKK, date=SINCE_YESTERDAY),
        # a Yazidi MP's two demands in one sentence: to the federal government and to the UN
        E(True, ["REQUEST"], [10], "وطالب", ["asserted"],
          source=YAZIDI_MP, recipient=IQ_FED_GOV, date=SINCE_YESTERDAY),
        E(True, ["REQUEST"], [10], "مناشداً", ["asserted"],
          source=YAZIDI_MP, recipient=UN, date=SINCE_YESTERDAY),
        # paragraph 11 (tens of thousands in the camps for years; «until the big ones agree»; shared control
        # with checkpoints and flags) holds no event
        # background: Thursday before a Tuesday, an unattributed drone strike on a car on the Khanasor–Sinjar
        # road (core, historical, 2); after «يُذكر أن», the October 2020 agreement and the 2014 genocide
        # (optional, historical)
        E(True, ["ASSAULT"], [12], "قصفت", ["historical", "asserted"], mode="aerial",
          recipient=KHANASOR_VICTIMS, location=KHANASOR_ROAD, date=D("2022-05-05"), fatalities=2,
          attribution=["مصادر محلية"], acled=AIR),
        E(False, ["AGREE"], [12], "اتفاقاً", ["historical"],
          source=BAGHDAD_ERBIL, location=SINJAR, date=D("2020-10-15", "month", ("2020-10-01", "2020-10-31")),
          acled=AGREEMENT),
        E(False, ["ASSAULT"], [12], "لحملة إبادة", ["historical"], mode="firearms",
          source=ISIS_IQ, recipient=YAZIDI_IDPS, location=SINJAR,
          date=D("2014-08-03", "month", ("2014-06-01", "2014-09-30"))),
        # the Baghdad–Erbil security committee's meeting in Mosul on Sunday (planned)
        E(True, ["CONSULT"], [13], "تعقد", ["planned"], mode="multilateral",
          source=JOINT_SECURITY_COMMITTEE, location=MOSUL, date=D("2022-05-15"),
          attribution=["مصدر في ديوان محافظة نينوى"]),
        # the displaced people's demonstration in Sharya camp (one line)
        E(True, ["PROTEST"], [14], "وتظاهر", ["asserted"], mode="demo",
          source=YAZIDI_IDPS, location=SHARIYA_CAMP, date=TODAY, acled=PEACEFUL),
        # UNAMI's call on all parties (its concern is no event)
        E(True, ["REQUEST"], [15], "ودعت", ["asserted"],
          source=UNAMI, recipient=ALL_PARTIES_SINJAR, date=SINCE_YESTERDAY),
    ],
)
