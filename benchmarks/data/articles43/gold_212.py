"""Gold of article 212: Khan Shaykhun, Morek, at-Tamani'ah and Hish, an opposition local news site of southern
Idlib, 2018-09-08 (Sat). Dateline «خان شيخون – «نافذة الجنوب الإدلبي»:»."""
from actors_places import (
                           HTS,
                           KHAN_SH,
                           KHAN_SH_EAST,
                           KS_ACTIVISTS,
                           KS_COUNCIL,
                           KS_MAARRA,
                           KS_PROTESTERS,
                           KS_SOUTH,
                           KS_VICTIMS,
                           KS_YOUTHS,
                           MOREK,
                           NGOS,
                           RECONCILERS,
                           RU_AIR,
                           RU_TR_DEAL,
                           SY_HELI,
                           SY_REGIME,
                           SY_REGIME_FORCES,
                           TR_ARMY_KS,
                           TR_GUARANTOR,
                           UN_INQUIRY,
)
from common import AIR, ARREST, ATTACK, PEACEFUL, D, E, paras_of

SLUG = "khan_shaykhun_russian_strikes_barrels_morek_column"
ARTICLE = dict(
    id="team43-212", slug=SLUG, published="2018-09-08", outlet="Nafidhat al-Janub al-Idlibi news site (fictional)",
    paras=paras_of(f"212_{SLUG}.txt"),
    events=[
        # Russian air strikes on the residential quarters «ظهر اليوم السبت»: headline 0, lead 1, the observatories 2,
        # the details 9 (the house by the mosque, the rescue, the wounded) → 2 killed
        E(True, ["ASSAULT"], [0, 1, 2, 9], "غارات جوية", ["asserted"], mode="aerial",
          source=RU_AIR, recipient=KS_VICTIMS, location=KHAN_SH, date=D("2018-09-08"), fatalities=2,
          attribution=["المراصد العسكرية التابعة للفصائل", "مراسلنا", "مصدر طبي في المشفى الميداني"], acled=AIR,
          tpara=1),
        # the regime helicopters' four barrel bombs on the eastern outskirts, no one hurt (the act is asserted; 0 killed)
        E(True, ["ASSAULT"], [0, 1, 2], "ألقت", ["asserted"], mode="aerial",
          source=SY_HELI, location=KHAN_SH_EAST, date=D("2018-09-08"), fatalities=0,
          attribution=["فرق الدفاع المدني", "المراصد العسكرية التابعة للفصائل"], acled=AIR, tpara=1),
        # yesterday's Friday demonstration and its demand to the Turkish guarantor; the protests across the north are an
        # aggregate (optional, generic)
        E(True, ["PROTEST"], [3], "مظاهرة حاشدة", ["asserted"], mode="demo",
          source=KS_PROTESTERS, location=KHAN_SH, date=D("2018-09-07"), acled=PEACEFUL),
        E(True, ["REQUEST"], [3], "وطالب المتظاهرون", ["asserted"],
          source=KS_PROTESTERS, recipient=TR_GUARANTOR, location=KHAN_SH, date=D("2018-09-07")),
        E(False, ["PROTEST"], [3], "مظاهرات عمّت", ["generic", "asserted"], mode="demo", date=D("2018-09-07")),
        # HTS arrests three young men «فجر الخميس» after raiding their homes, and threatens reconciliation advocates
        E(True, ["COERCE"], [4], "اعتقلت", ["asserted", "reported"], mode="arrest",
          source=HTS, recipient=KS_YOUTHS, location=KHAN_SH, date=D("2018-09-06"), attribution=["ناشطون"],
          acled=ARREST),
        E(True, ["THREATEN"], [4], "توعّدت", ["asserted"], mode="violence",
          source=HTS, recipient=RECONCILERS, date=D("2018-09-07", "day", ("2018-09-06", "2018-09-08")),
          attribution=["بيان نشرته معرّفاتها الرسمية"]),
        # the Turkish column reaching the Morek observation post
        E(True, ["MOBILIZE"], [5], "رتل عسكري تركي", ["asserted"], mode="troops",
          source=TR_ARMY_KS, location=MOREK, date=D("2018-09-08"), attribution=["مراسلنا"]),
        # «لا نية لدى الأتراك للانسحاب»: a withdrawal that is not intended (optional, negated)
        E(False, ["RETREAT"], [5], "للانسحاب", ["negated"], mode="withdraw", source=TR_ARMY_KS, location=MOREK),
        # the rumoured Russian-Turkish deal (denied by an NLF source) and the handover it would bring (optional)
        E(True, ["AGREE"], [6], "اتفاق", ["rumored", "negated"],
          source=RU_TR_DEAL, location=KS_MAARRA, date=None, attribution=["صفحات موالية للنظام على فيسبوك"]),
        E(False, ["RETREAT"], [6], "بتسليم", ["rumored", "planned"],
          recipient=SY_REGIME_FORCES, location=KS_MAARRA),
        # paragraph 7 describes the town: deliberately NO gold event
        # the sarin attack of April 2017, the UN inquiry's blame and the feared campaign (all optional)
        E(False, ["ASSAULT"], [8], "الهجوم بغاز السارين", ["historical"], source=SY_REGIME, location=KHAN_SH,
          date=D("2017-04-15", "month", ("2017-04-01", "2017-04-30")), fatalities=12, acled=ATTACK),
        E(False, ["ACCUSE"], [8], "حمّلت", ["historical"], source=UN_INQUIRY, recipient=SY_REGIME),
        E(False, ["ASSAULT"], [8], "حملة عسكرية", ["hypothetical", "planned"], location=KHAN_SH),
        # the local council's call on humanitarian organisations (the school closure is no event)
        E(True, ["REQUEST"], [10], "ودعا", ["asserted"],
          source=KS_COUNCIL, recipient=NGOS, location=KHAN_SH, date=D("2018-09-08")),
        # protests due next Friday (planned); the activists' call optional
        E(True, ["PROTEST"], [11], "مظاهرات جديدة", ["planned"], mode="demo",
          source=KS_ACTIVISTS, location=KS_SOUTH, date=D("2018-09-14"), acled=PEACEFUL),
        E(False, ["REQUEST"], [11], "بدعوة", ["asserted"], source=KS_ACTIVISTS, location=KS_SOUTH),
    ],
)
