"""Gold of article 205: Qalaat al-Madiq and al-Tuwayna, Kafr Nabudah and al-Habit, al-Suqaylabiyah, Shir Mughar, a
Hama opposition news network, 2019-05-07 (Tue). No dateline."""
from actors_places import (
    HTS,
    KAFR_NABUDAH,
    NFL,
    NOTABLES_RUSSIA,
    QALAAT_MADIQ,
    QM_BATTLE,
    QM_COUNCIL,
    QM_DETAINED,
    QM_SUQAYLABIYAH,
    QM_VICTIMS,
    REGIME_FORCES,
    REGIME_HELI,
    REGIME_RUSSIA,
    RU_AIR_205,
    RU_DEF_MIN,
    RUSSIA,
    SHIR_MUGHAR,
    TR_ARMY_205,
    TR_DEF_MIN,
    TR_OFFICERS,
    TR_POST,
    TR_RU,
    TURKEY_ORGS,
)
from common import AGREEMENT, AIR, ARREST, CLASH, SHELL, D, E, paras_of

SLUG = "qalaat_al_madiq_2019_barrel_bombs_settlement_rumour_shir_mughar"
ARTICLE = dict(
    id="team41-205", slug=SLUG, published="2019-05-07", outlet="Shabakat Sahl al-Ghab news network (fictional)",
    paras=paras_of(f"205_{SLUG}.txt"),
    events=[
        # the barrel bombs on Qalaat al-Madiq and al-Tuwayna «منذ فجر اليوم» (one verb, one event): headline 0, lead 1,
        # the civil defence volunteer's details 8 → 2 killed
        E(True, ["ASSAULT"], [0, 1, 8], "ألقت المروحيات", ["asserted", "reported"], mode="aerial",
          source=REGIME_HELI, recipient=QM_VICTIMS, location=QALAAT_MADIQ, date=D("2019-05-07"), fatalities=2,
          attribution=["تنسيقية قلعة المضيق", "متطوع في الدفاع المدني السوري"], acled=AIR, tpara=1),
        # the battle on the Kafr Nabudah front «منذ مساء أمس الإثنين» and the Russian strikes on Kafr Nabudah and
        # al-Habit alongside it
        E(True, ["ASSAULT"], [2], "معارك عنيفة", ["asserted", "reported"], mode="firearms",
          source=QM_BATTLE, location=KAFR_NABUDAH, date=D("2019-05-06", "day", ("2019-05-06", "2019-05-07")),
          attribution=["مراسل الشبكة في ريف حماة"], acled=CLASH),
        E(True, ["ASSAULT"], [2], "الغارات الجوية", ["asserted", "reported"], mode="aerial",
          source=RU_AIR_205, location=KAFR_NABUDAH, date=D("2019-05-06", "day", ("2019-05-06", "2019-05-07")),
          attribution=["مراسل الشبكة في ريف حماة"], acled=AIR),
        # paragraph 3 is the displacement figures: deliberately NO gold event
        # the «settlement» loyalist pages say the notables reached with Russian officers (rumoured, denied in 5;
        # headline 0); the meeting and the hand-over it would bring (optional)
        E(True, ["AGREE"], [0, 4], "توصّل وجهاء", ["rumored", "reported"],
          source=NOTABLES_RUSSIA, location=QM_SUQAYLABIYAH, date=None,
          attribution=["صفحات موالية للنظام"], acled=AGREEMENT, tpara=4),
        E(False, ["CONSULT"], [4], "اجتماع عُقد", ["rumored", "reported"],
          source=NOTABLES_RUSSIA, location=QM_SUQAYLABIYAH, date=None),
        E(False, ["RETREAT"], [4], "انسحاب الفصائل", ["rumored", "planned"], mode="withdraw",
          source=NFL, location=QALAAT_MADIQ, date=None),
        # the NFL commander's rejection of any settlement and threat to those in contact with the regime (no day:
        # since the rumour of «مساء أمس»)
        E(True, ["REJECT"], [5], "ترفض أي تسوية", ["asserted", "reported"],
          source=NFL, recipient=REGIME_RUSSIA, date=D("2019-05-07", "day", ("2019-05-06", "2019-05-07")),
          attribution=["قيادي في «الجبهة الوطنية للتحرير»"]),
        E(True, ["THREATEN"], [5], "وتوعّد", ["asserted", "reported"], mode="arrest",
          source=NFL, date=D("2019-05-07", "day", ("2019-05-06", "2019-05-07")),
          attribution=["قيادي في «الجبهة الوطنية للتحرير»"]),
        # HTS arrests two notables «مساء أمس» (HTS's silence is no event)
        E(True, ["COERCE"], [6], "اعتقلوا", ["reported", "asserted"], mode="arrest",
          source=HTS, recipient=QM_DETAINED, location=QALAAT_MADIQ, date=D("2019-05-06"),
          attribution=["مصادر محلية"], acled=ARREST),
        # background: the castle stormed in spring 2012 and the Sochi agreement of September 2018 (optional,
        # historical); «لم يوقف القصف» is generic
        E(False, ["ASSAULT"], [7], "اقتحمت قوات النظام", ["historical"],
          source=REGIME_FORCES, location=QALAAT_MADIQ, date=D("2012-04-15", "month", ("2012-03-01", "2012-05-31"))),
        E(False, ["AGREE"], [7], "اتفاق «سوتشي»", ["historical"],
          source=TR_RU, date=D("2018-09-17", "month", ("2018-09-01", "2018-09-30")), acled=AGREEMENT),
        # the Turkish column into the Shir Mughar post «ظهر أمس» and the regime shells near the post hours before
        E(True, ["MOBILIZE"], [9], "رتلاً عسكرياً تركياً", ["reported", "asserted"], mode="troops",
          source=TR_ARMY_205, location=SHIR_MUGHAR, date=D("2019-05-06"), attribution=["ناشطون"]),
        E(True, ["ASSAULT"], [9], "استهداف قوات النظام", ["reported", "asserted"], mode="heavy-weapons",
          source=REGIME_FORCES, recipient=TR_POST, location=SHIR_MUGHAR, date=D("2019-05-06"),
          attribution=["ناشطون"], acled=SHELL),
        # the local council's statement «ظهر اليوم»: demand (to Turkey and to the aid organisations, one sentence) and
        # accusation of Russia
        E(True, ["REQUEST"], [10], "وطالب المجلس المحلي", ["asserted"],
          source=QM_COUNCIL, recipient=TURKEY_ORGS, location=QALAAT_MADIQ, date=D("2019-05-07")),
        E(True, ["ACCUSE"], [10], "واتهم روسيا", ["asserted"],
          source=QM_COUNCIL, recipient=RUSSIA, date=D("2019-05-07")),
        # the defence ministers' phone call «مساء أمس» (Anadolu) and the Turkish demand made in it
        E(True, ["CONSULT"], [11], "اتصال هاتفي", ["asserted", "reported"], mode="phone",
          source=TR_DEF_MIN, recipient=RU_DEF_MIN, date=D("2019-05-06"), attribution=["وكالة «الأناضول»"]),
        E(True, ["REQUEST"], [11], "طالب بـ«وقف الهجمات", ["reported", "asserted"],
          source=TR_DEF_MIN, recipient=RU_DEF_MIN, date=D("2019-05-06"), attribution=["وكالة «الأناضول»"]),
        # the NFL–Turkish meeting at Shir Mughar «غداً الأربعاء» (planned); the feared sweep of the Ghab (optional,
        # hypothetical)
        E(True, ["CONSULT"], [12], "أن يلتقي ممثلون", ["planned", "reported"], mode="visit",
          source=NFL, recipient=TR_OFFICERS, location=SHIR_MUGHAR, date=D("2019-05-08"),
          attribution=["مصدر عسكري معارض"]),
        E(False, ["ASSAULT"], [12], "لاجتياح", ["hypothetical"], date=None),
    ],
)
