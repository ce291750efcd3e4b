"""Gold of article 382: Asayish raids and arrests in Amuda, a Turkish drone strike on a car on the
Qamishli–al-Qahtaniyah road (main event), the SDF's accusation and threat, the Autonomous
Administration's rejection of the Turkish version, a joint SDF–coalition air landing, a joint
Russian–Turkish patrol not run, a rumoured Turkish build-up facing Amuda, a protest in al-Qahtaniyah, a
coalition visit due tomorrow, a drone strike near Rmelan on 14 January and Kurdish Red Crescent aid
(Hasakah, Syria), a north-east Syrian news agency, 2024-03-12 (Tue). No dateline: the first sentence
names Amuda; the main event comes first in ¶2, after the arrests, and its toll (3) is given only later,
in ¶4."""
from actors_places import (
    AANES,
    AMUDA,
    AMUDA_BORDER,
    AMUDA_DETAINEES,
    ASAYISH,
    BORDER_DISPLACED,
    COALITION,
    COALITION_RUSSIA,
    ISIS,
    KURD_RED_CRESCENT,
    QAHT_COUNCIL,
    QAHT_PROTESTERS,
    QAHT_SOUTHEAST,
    QAHT_VICTIMS,
    QAHT_VISIT,
    QAHTANIYAH,
    QAMISHLI,
    QAMISHLI_EAST,
    QAMISHLI_QAHT_ROAD,
    RMELAN,
    RMELAN_WORKERS,
    RU_TR_PATROL,
    SDF,
    SDF_COALITION,
    TR_ARMY,
    TR_BUILDUP,
    TR_DRONE,
)
from common import AGREEMENT, AIR, ARREST, PEACEFUL, D, E, paras_of

SLUG = "amuda_2024_qahtaniyah_qamishli_rmelan"
TODAY = D("2024-03-12")
TODAY_OPEN = D("2024-03-12", "day", ("2024-03-11", "2024-03-12"))
THIS_WEEK = D("2024-03-12", "week", ("2024-03-06", "2024-03-12"))
ARTICLE = dict(
    id="team77-382", slug=SLUG, published="2024-03-12",
    outlet=("Baydar News Agency, north-east Syrian news agency close to the Autonomous Administration "
            "(fictional)"),
    paras=paras_of(f"382_{SLUG}.txt"),
    events=[
        # ¶1: the Asayish raids in Amuda «فجر اليوم» and eleven arrests (headline 0); the cell's alleged
        # plan is optional, hypothetical, and the weapons seized optional
        E(True, ["COERCE"], [0, 1], "حملة مداهمات", ["asserted"], mode="arrest",
          source=ASAYISH, recipient=AMUDA_DETAINEES, location=AMUDA, date=TODAY,
          attribution=["بيان نشرته على معرّفاتها الرسمية"], acled=ARREST, tpara=1),
        E(False, ["ASSAULT"], [1], "لاستهداف", ["hypothetical", "reported"], mode="explosives",
          source=ISIS, location=AMUDA, date=None),
        E(False, ["COERCE"], [1], "ضبط", ["asserted"], mode="confiscate",
          source=ASAYISH, location=AMUDA, date=TODAY),
        # MAIN EVENT, first told in ¶2 (headline 0): a Turkish drone strikes a pick-up on the
        # Qamishli–al-Qahtaniyah road around 11 a.m.; the toll comes only in ¶4 (three), ¶5 is a farmer's
        # account and ¶7 the Turkish ministry's version («تحييد» three) → 3
        E(True, ["ASSAULT"], [0, 2, 4, 5, 7], "استهدفت", ["asserted", "reported"], mode="aerial",
          source=TR_DRONE, recipient=QAHT_VICTIMS, location=QAMISHLI_QAHT_ROAD, date=TODAY, fatalities=3,
          attribution=["مراسل «بيدر»", "مصادر طبية في المشفى الوطني بالقامشلي", "وزارة الدفاع التركية"],
          acled=AIR, tpara=2),
        # ¶6: one sentence, two events: the SDF accuses the Turkish army and threatens; its call on the
        # coalition and Russia is optional, and so is the 2019 ceasefire understandings recalled
        # (historical)
        E(True, ["ACCUSE"], [6], "واتهمت", ["asserted"],
          source=SDF, recipient=TR_ARMY, date=TODAY_OPEN, attribution=["بيان مطوّل"]),
        E(True, ["THREATEN"], [6], "وتوعّدت", ["asserted"], mode="violence",
          source=SDF, recipient=TR_ARMY, date=TODAY_OPEN, attribution=["بيان مطوّل"]),
        E(False, ["REQUEST"], [6], "داعيةً", ["asserted"],
          source=SDF, recipient=COALITION_RUSSIA, date=TODAY_OPEN),
        E(False, ["AGREE"], [6], "لتفاهمات", ["historical"],
          source=COALITION_RUSSIA, date=D("2019-10-22", "year", ("2019-01-01", "2019-12-31")),
          acled=AGREEMENT),
        # ¶8: the Autonomous Administration rejects the Turkish version (REJECT, ACCUSE accepted)
        E(True, ["REJECT", "ACCUSE"], [8], "ورفضت", ["asserted"],
          source=AANES, date=TODAY_OPEN, attribution=["بيان"]),
        # ¶9: a joint SDF–coalition air landing «ليل أمس» (COOPERATE, subject-verb-object); the arrest made
        # in it is optional
        E(True, ["COOPERATE"], [9], "عملية إنزال جوي", ["asserted", "reported"],
          source=SDF_COALITION, recipient=ISIS, location=QAHT_SOUTHEAST,
          date=D("2024-03-11", "day", ("2024-03-11", "2024-03-12")), attribution=["مصدر عسكري في «قسد»"],
          acled=ARREST),
        E(False, ["COERCE"], [9], "واعتقلت", ["asserted", "reported"], mode="arrest",
          source=SDF_COALITION, recipient=ISIS, location=QAHT_SOUTHEAST,
          date=D("2024-03-11", "day", ("2024-03-11", "2024-03-12"))),
        # ¶10: the joint Russian–Turkish patrol not run for a third week (COOPERATE, negated)
        E(True, ["COOPERATE"], [10], "ولم تُسيَّر", ["negated"],
          source=RU_TR_PATROL, location=QAMISHLI_EAST, date=THIS_WEEK),
        # ¶11: a Turkish build-up facing Amuda told by local pages (rumoured); the feared ground operation is
        # optional, hypothetical
        E(True, ["MOBILIZE"], [11], "حشود", ["rumored", "reported"], mode="troops",
          source=TR_BUILDUP, location=AMUDA_BORDER, date=None, attribution=["صفحات محلية على مواقع التواصل"]),
        E(False, ["ASSAULT"], [11], "لعملية برية", ["hypothetical"], mode="firearms",
          source=TR_ARMY, location=AMUDA_BORDER, date=None),
        # ¶12: the protest in al-Qahtaniyah; the banners' demand and the Asayish deployment are optional
        E(True, ["PROTEST"], [12], "وتظاهر", ["asserted"], mode="demo",
          source=QAHT_PROTESTERS, location=QAHTANIYAH, date=TODAY, acled=PEACEFUL),
        E(False, ["REQUEST"], [12], "تطالب", ["asserted"],
          source=QAHT_PROTESTERS, recipient=COALITION, location=QAHTANIYAH, date=TODAY),
        E(False, ["MOBILIZE"], [12], "انتشر", ["asserted"], mode="police",
          source=ASAYISH, location=QAHTANIYAH, date=TODAY),
        # ¶13: a coalition delegation due «يوم غد الأربعاء» (planned CONSULT); the council's demand optional
        E(True, ["CONSULT"], [13], "يزور", ["planned"], mode="visit",
          source=QAHT_VISIT, recipient=QAHT_VISIT, location=QAHTANIYAH, date=D("2024-03-13"),
          attribution=["الرئاسة المشتركة للمجلس"]),
        E(False, ["REQUEST"], [13], "ستطالب", ["planned"],
          source=QAHT_COUNCIL, recipient=COALITION, date=D("2024-03-13")),
        # ¶14 (electricity, water, flour) holds no event. Background at another place, in «وكانت … قد»: a
        # drone strike on an oil pumping station near Rmelan on 14 January (2)
        E(True, ["ASSAULT"], [15], "استهدفت", ["historical", "asserted"], mode="aerial",
          source=TR_DRONE, recipient=RMELAN_WORKERS, location=RMELAN, date=D("2024-01-14"), fatalities=2,
          acled=AIR),
        # ¶16: Kurdish Red Crescent aid to displaced families in Qamishli
        E(True, ["AID"], [16], "مساعدات", ["asserted"], mode="humanitarian",
          source=KURD_RED_CRESCENT, recipient=BORDER_DISPLACED, location=QAMISHLI, date=THIS_WEEK),
        # ¶17: near-daily strikes since the start of the year: an aggregate (optional, generic)
        E(False, ["ASSAULT"], [17], "ضربات", ["generic"], mode="aerial",
          source=TR_DRONE, date=None),
    ],
)
