"""Gold of article 421: a General Security raid with arrests in Qudsaya at dawn, its planned extension,
weapons handed over last week, then the attack on a checkpoint at al-Tall's southern entrance (main event),
the interior ministry's accusation and threat, the funeral, dismissed teachers' sit-in, the governor's visit
and promise, a rumoured arrest in Saydnaya, detainees not released, a Red Crescent distribution due on
Thursday, reinforced checkpoints, a committee head assassinated in al-Zabadani on 11 February 2025 (Rif
Dimashq, Syria), a local radio station's website, 2025-03-18 (Tue). Dateline «قدسيا – «راديو بردى»:»; the main
event comes first in ¶4, after the raid (¶1), the planned extension (¶2) and the handover (¶3); one toll
(two)."""
from actors_places import (
    GS_GUARDS,
    GS_RD,
    HAMA_JAMRAYA,
    ONE_ATTACKER,
    QUDSAYA,
    QUDSAYA_FAMILIES,
    QUDSAYA_HALL,
    QUDSAYA_NINE,
    QUDSAYA_NORTH,
    QUDSAYA_POLICE,
    QUDSAYA_YOUTHS,
    RD_GOVERNOR,
    REMNANTS,
    RETURNEES,
    SARC,
    SAYDNAYA,
    SY_MOI,
    TALL,
    TALL_GATE,
    TALL_GUNMEN,
    TALL_NOTABLES,
    TALL_SCHOOLS,
    TALL_TEACHERS,
    ZABADANI,
    ZABADANI_GUNMEN,
    ZABADANI_VICTIM,
)
from common import ARREST, ATTACK, CLASH, PEACEFUL, D, E, paras_of

SLUG = "tall_2025_qudsaya_zabadani"
TODAY = D("2025-03-18")
TODAY_OPEN = D("2025-03-18", "day", ("2025-03-17", "2025-03-18"))
ARTICLE = dict(
    id="team85-421", slug=SLUG, published="2025-03-18",
    outlet="Radio Barada, a local radio station of the Damascus countryside, news website (fictional)",
    paras=paras_of(f"421_{SLUG}.txt"),
    events=[
        # ¶1 (verb-subject-object, passive «اعتُقل», an acronym in quotes «آر بي جي»): General Security's raid
        # on Qudsaya's northern quarters at dawn, nine arrested; the headline names it. The weapons seized are
        # part of the raid (optional COERCE confiscate)
        E(True, ["COERCE"], [0, 1], "حملة دهم", ["asserted"], mode="arrest",
          source=GS_RD, recipient=QUDSAYA_NINE, location=QUDSAYA_NORTH, date=TODAY,
          attribution=["معرّفاتها الرسمية"], acled=ARREST, tpara=1),
        E(False, ["COERCE"], [1], "ضبطوا", ["asserted", "reported"], mode="confiscate",
          source=GS_RD, location=QUDSAYA, date=TODAY),
        # ¶2: the cordon of the quarter (optional COERCE restrict, possessive actor «عناصر الأمن العام»); the
        # campaign to be extended to al-Hamah and Jamraya in the coming days (planned); the call to hand in
        # weapons (optional REQUEST)
        E(False, ["COERCE"], [2], "طوّقوا", ["asserted"], mode="restrict",
          source=GS_RD, location=QUDSAYA_NORTH, date=TODAY, attribution=["مراسل الإذاعة"]),
        E(True, ["COERCE"], [2], "ستمتد", ["planned", "reported"], mode="arrest",
          source=GS_RD, location=HAMA_JAMRAYA, date=D("2025-03-21", "week", ("2025-03-18", "2025-03-25")),
          attribution=["مصدر في قيادة الأمن العام"]),
        E(False, ["REQUEST"], [2], "داعياً", ["asserted", "reported"], source=GS_RD, date=TODAY),
        # ¶3 («وكان … قد», a recent act: asserted): more than sixty young men handed in their weapons last
        # week
        E(True, ["RETREAT"], [3], "سلّموا", ["asserted"], mode="disarm",
          source=QUDSAYA_YOUTHS, location=QUDSAYA_HALL,
          date=D("2025-03-12", "week", ("2025-03-08", "2025-03-16")), attribution=["البلدية"]),
        # MAIN EVENT, first told in ¶4: two gunmen on a motorcycle attack the checkpoint at al-Tall's southern
        # entrance «مساء أمس الإثنين», two General Security members killed; the shopkeeper's account ¶5, the
        # ministry's mourning and findings ¶6, the funeral ¶7; the headline names it. An attack on an armed
        # post: ACLED Armed clash
        E(True, ["ASSAULT"], [0, 4, 5, 6, 7], "بهجوم", ["asserted", "reported"], mode="firearms",
          source=TALL_GUNMEN, recipient=GS_GUARDS, location=TALL_GATE, date=D("2025-03-17"), fatalities=2,
          attribution=["بيان لوزارة الداخلية", "صاحب محل لبيع المحروقات"], acled=CLASH, tpara=4),
        # ¶6: two events in one sentence joined by «و» and a second verb: the ministry accuses «cells linked
        # to the remnants of the former regime» and vows to pursue the perpetrators
        E(True, ["ACCUSE"], [6], "واتهمت", ["asserted"],
          source=SY_MOI, recipient=REMNANTS, date=TODAY_OPEN, attribution=["بيان وزارة الداخلية"]),
        E(True, ["THREATEN"], [6], "وتوعّدت", ["asserted"], mode="arrest",
          source=SY_MOI, recipient=TALL_GUNMEN, date=TODAY_OPEN, attribution=["بيان وزارة الداخلية"]),
        # ¶8 (al-Tall and Qudsaya described) holds no event. ¶9: the dismissed teachers' sit-in (their
        # dismissal over two months optional, historical; the banners' demand optional REQUEST)
        E(True, ["PROTEST"], [9], "وقفة احتجاجية", ["asserted"], mode="demo",
          source=TALL_TEACHERS, location=TALL_SCHOOLS, date=TODAY, acled=PEACEFUL),
        E(False, ["SANCTION"], [9], "فُصلوا", ["historical", "asserted"],
          recipient=TALL_TEACHERS, location=TALL,
          date=D("2025-02-18", "month", ("2025-01-18", "2025-03-18"))),
        E(False, ["REQUEST"], [9], "تطالب", ["asserted"], source=TALL_TEACHERS, date=TODAY),
        # ¶10: the governor visits al-Tall, meets notables and teachers (the checkpoint inspected is part of
        # the visit) and promises a case-by-case review (AGREE: a commitment)
        E(True, ["CONSULT"], [10], "زار", ["asserted"], mode="visit",
          source=RD_GOVERNOR, recipient=TALL_NOTABLES, location=TALL, date=TODAY),
        E(True, ["AGREE"], [10], "ووعد", ["asserted", "reported"],
          source=RD_GOVERNOR, recipient=TALL_TEACHERS, location=TALL, date=TODAY,
          attribution=["أحد الحاضرين"]),
        # ¶11: an arrest of one of the attackers in Saydnaya, told only by Telegram groups (rumoured; no time)
        E(True, ["COERCE"], [11], "اعتقال", ["rumored"], mode="arrest",
          recipient=ONE_ATTACKER, location=SAYDNAYA, date=None,
          attribution=["مجموعات محلية على تطبيق «تلغرام»"]),
        # ¶12: none of the nine released (negated); the relatives' gathering and demands (optional)
        E(True, ["RETREAT"], [12], "يُفرج", ["negated"], mode="release",
          source=GS_RD, recipient=QUDSAYA_NINE, location=QUDSAYA_POLICE, date=TODAY),
        E(False, ["PROTEST"], [12], "تجمّعوا", ["asserted"], mode="demo",
          source=QUDSAYA_FAMILIES, location=QUDSAYA_POLICE, date=TODAY),
        E(False, ["REQUEST"], [12], "مطالبات", ["asserted"], source=QUDSAYA_FAMILIES, date=TODAY),
        # ¶13: the Red Crescent's distribution due on Thursday (planned AID)
        E(True, ["AID"], [13], "يوزّع", ["planned", "reported"], mode="humanitarian",
          source=SARC, recipient=RETURNEES, location=TALL, date=D("2025-03-20"),
          attribution=["فرعه في ريف دمشق"]),
        # ¶14 (analysis of the northern Damascus countryside) holds no event. ¶15, «وكان … قد» at another
        # place: gunmen assassinated a committee head in al-Zabadani on 11 February
        E(True, ["ASSAULT"], [15], "اغتالوا", ["historical", "asserted"], mode="assassinate",
          source=ZABADANI_GUNMEN, recipient=ZABADANI_VICTIM, location=ZABADANI, date=D("2025-02-11"),
          fatalities=1, acled=ATTACK),
        # ¶16: checkpoints at al-Tall reinforced this evening
        E(True, ["MOBILIZE"], [16], "وعزّزت", ["asserted"], mode="police",
          source=GS_RD, location=TALL, date=TODAY),
    ],
)
