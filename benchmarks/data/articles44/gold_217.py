"""Gold of article 217: al-Qaboun, Barzeh and Tishreen (north-eastern Damascus) in February 2017, an opposition
local news network, 2017-02-23 (Thu)."""
from actors_places import (
                           AF_INTEL,
                           BARZEH,
                           BZ_COMMITTEE,
                           BZ_FIGHTERS,
                           BZ_PROTESTERS,
                           BZ_QB,
                           BZ_RESIDENTS,
                           BZ_STUDENTS,
                           FOURTH_DIV,
                           GENEVA,
                           GENEVA_PARTIES,
                           HNC,
                           QABOUN,
                           QB_BZ,
                           QB_BZ_FIGHTERS,
                           QB_CLASH,
                           QB_TISHREEN,
                           QB_VICTIMS,
                           RG_4TH,
                           SY_REGIME,
                           THREE_QUARTERS,
                           TISHREEN_HOSPITAL,
                           UN_RUSSIA,
)
from common import AGREEMENT, ARREST, CLASH, PEACEFUL, SHELL, D, E, paras_of

SLUG = "qaboun_barzeh_tishreen_crossing_students_geneva"
ARTICLE = dict(
    id="team44-217", slug=SLUG, published="2017-02-23", outlet="Sharq al-Asima news network (fictional)",
    paras=paras_of(f"217_{SLUG}.txt"),
    events=[
        # the «Fil» rockets on al-Qaboun «عصر أمس الأربعاء»: headline 0, lead 1, the civil defence's account 9
        # (4 per the medical office, 6 bodies per the civil defence → 4); the school closure is no event
        E(True, ["ASSAULT"], [0, 1, 9], "استهداف", ["asserted", "reported"], mode="heavy-weapons",
          source=SY_REGIME, recipient=QB_VICTIMS, location=QABOUN, date=D("2017-02-22"), fatalities=4,
          attribution=["المكتب الطبي الموحد في الحي", "مركز الدفاع المدني في الحي"], acled=SHELL, tpara=1),
        # the attempted advance and the clash on the orchards between al-Qaboun and Tishreen (two-sided, one fight),
        # retold with new details by a Faylaq al-Rahman commander in 10 (the destroyed vehicle is part of it)
        E(True, ["ASSAULT"], [2, 10], "الاشتباكات", ["asserted", "reported"], mode="firearms",
          source=QB_CLASH, location=QB_TISHREEN, date=D("2017-02-22", "day", ("2017-02-22", "2017-02-23")),
          fatalities=2, attribution=["مراسل الشبكة", "قيادي في «فيلق الرحمن»"], acled=CLASH),
        # one sentence, two events: the Barzeh crossing closed this morning (headline) and the four students
        # arrested at the same checkpoint last night (headline)
        E(True, ["COERCE"], [0, 3], "أغلقت", ["asserted", "reported"], mode="restrict",
          source=SY_REGIME, recipient=BZ_RESIDENTS, location=BARZEH, date=D("2017-02-23"),
          attribution=["ناشطون محليون"], tpara=3),
        E(True, ["COERCE"], [0, 3], "اعتقال", ["asserted", "reported"], mode="arrest",
          source=SY_REGIME, recipient=BZ_STUDENTS, location=BARZEH, date=D("2017-02-22"),
          attribution=["ناشطون محليون"], acled=ARREST, tpara=3),
        # the committee's meeting with Air Force Intelligence officers, which reached no agreement (optional,
        # negated); the officers' demand, the committee's refusal and the meeting due on Saturday
        E(True, ["CONSULT"], [4], "اجتماعاً", ["asserted", "reported"],
          source=BZ_COMMITTEE, recipient=AF_INTEL, location=BARZEH, date=D("2017-02-23"),
          attribution=["مصدر في اللجنة"]),
        E(False, ["AGREE"], [4], "دون التوصل", ["negated"],
          source=BZ_COMMITTEE, recipient=AF_INTEL, location=BARZEH, date=D("2017-02-23")),
        E(True, ["REQUEST"], [5], "طالبوا", ["asserted", "reported"],
          source=AF_INTEL, recipient=BZ_COMMITTEE, location=BARZEH, date=D("2017-02-23"),
          attribution=["مصدر في اللجنة"]),
        E(True, ["REJECT"], [5], "رفضته", ["asserted", "reported"],
          source=BZ_COMMITTEE, recipient=AF_INTEL, location=BARZEH, date=D("2017-02-23"),
          attribution=["مصدر في اللجنة"]),
        E(True, ["CONSULT"], [5], "للاجتماع", ["planned"],
          source=BZ_COMMITTEE, recipient=AF_INTEL, location=BARZEH, date=D("2017-02-25")),
        # ¶6 (a description of Barzeh) is no event
        # the evening demonstration in Barzeh; the chants' demand (optional)
        E(True, ["PROTEST"], [7], "مظاهرة", ["asserted"], mode="demo",
          source=BZ_PROTESTERS, location=BARZEH, date=D("2017-02-22"), acled=PEACEFUL),
        E(False, ["REQUEST"], [7], "هاتفين", ["asserted"],
          source=BZ_PROTESTERS, location=BARZEH, date=D("2017-02-22")),
        # the Republican Guard officer's conditional threat, told by loyalist pages; the «settling» it announces is
        # only hypothetical (optional)
        E(True, ["THREATEN"], [8], "تهديده", ["reported", "asserted"], mode="violence",
          source=RG_4TH, recipient=QB_BZ_FIGHTERS, date=D("2017-02-23", "day", ("2017-02-22", "2017-02-23")),
          attribution=["صفحات موالية للنظام على فيسبوك"]),
        E(False, ["ASSAULT"], [8], "ستحسم", ["hypothetical"], mode="firearms",
          source=RG_4TH, location=QB_BZ, date=None),
        # rumoured Fourth Division reinforcements near Tishreen hospital (unverified); the feared storming (optional)
        E(True, ["MOBILIZE"], [11], "تعزيزات جديدة", ["rumored", "reported"], mode="troops",
          source=FOURTH_DIV, location=TISHREEN_HOSPITAL, date=D("2017-02-22", "day", ("2017-02-22", "2017-02-23")),
          attribution=["حسابات محلية على مواقع التواصل"]),
        E(False, ["ASSAULT"], [11], "لاقتحام", ["hypothetical"], mode="firearms",
          source=FOURTH_DIV, location=THREE_QUARTERS, date=None),
        # the HNC delegate's accusation of the regime and demand to the UN and Russia; the Geneva round opening
        # today (optional)
        E(True, ["ACCUSE"], [12], "اتهم", ["asserted"],
          source=HNC, recipient=SY_REGIME, date=D("2017-02-23")),
        E(True, ["REQUEST"], [12], "وطالب", ["asserted"],
          source=HNC, recipient=UN_RUSSIA, date=D("2017-02-23")),
        E(False, ["CONSULT"], [12], "محادثات جنيف", ["planned", "asserted"], mode="multilateral",
          source=GENEVA_PARTIES, location=GENEVA, date=D("2017-02-23")),
        # background «وكان … قد»: the 2014 truce and the intermittent shelling since the start of the month
        # (optional)
        E(False, ["AGREE"], [13], "اتفاق هدنة", ["historical"],
          source=BZ_QB, location=QB_BZ, date=D("2014-01-15", "month", ("2014-01-01", "2014-02-28")),
          acled=AGREEMENT),
        E(False, ["ASSAULT"], [13], "لقصف القابون", ["generic", "historical"], mode="heavy-weapons",
          source=SY_REGIME, location=QABOUN, date=D("2017-02-10", "month", ("2017-02-01", "2017-02-22")),
          acled=SHELL),
        # the committee's «consent» to send fighters to Idlib, told by loyalist pages and denied; the exit itself
        # (optional)
        E(True, ["AGREE"], [14], "موافقة", ["rumored", "negated", "reported"],
          source=BZ_COMMITTEE, location=BARZEH, date=None,
          attribution=["صفحات موالية", "مصدر في لجنة التفاوض"]),
        E(False, ["RETREAT"], [14], "خروج المقاتلين", ["rumored", "negated", "planned"], mode="withdraw",
          source=BZ_FIGHTERS, location=BARZEH, date=None),
    ],
)
