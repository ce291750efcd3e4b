"""Gold of article 398: the border villages west of Sinjar, Tal Afar, the Rabia crossing and the Bashiqa–Mosul
road (Nineveh), an Iraqi independent daily newspaper's website, 2013-05-26 (Sun)."""
from actors_places import (
    BASHIQA,
    BORDER_BRIGADE,
    BORDER_CLASH,
    BORDER_POLICE,
    BORDER_POSTS,
    INFILTRATORS,
    IQ_DEF_MINISTER,
    IQ_FED_GOV,
    IQ_GROUND_FORCES,
    MUKHTAR,
    NINEVEH_OFFICERS,
    NINEVEH_OPS,
    NINEVEH_SEC_COMMITTEE,
    PESHMERGA,
    POLICE_3,
    RABIA,
    SHEPHERDS,
    SINJAR,
    SINJAR_QAIMMAQAM,
    SMUGGLERS,
    SY_BORDER_FORCES,
    SYRIA_GOV,
    TAL_AFAR,
)
from common import ARREST, CLASH, MINE, D, E, paras_of

SLUG = "sinjar_2013_tal_afar_rabia_bashiqa"
TODAY = D("2013-05-26")
ARTICLE = dict(
    id="team80-398", slug=SLUG, published="2013-05-26",
    outlet="al-Raqim Iraqi independent daily newspaper website (fictional)",
    paras=paras_of(f"398_{SLUG}.txt"),
    events=[
        # ¶1: the curfew on seven border villages from 2 pm (headline 0; «ويأتي القرار» 2, the harvest 11 and
        # «قبل بدء الحظر» 12 refer to it); the ban on vehicles and the call to stay home are optional
        E(True, ["COERCE"], [0, 1, 2, 11, 12], "حظراً شاملاً للتجوال", ["asserted"], mode="curfew",
          source=NINEVEH_OPS, location=SINJAR, date=TODAY, tpara=1),
        E(False, ["COERCE"], [1], "ومنعت حركة", ["asserted"], mode="restrict",
          source=NINEVEH_OPS, location=SINJAR, date=TODAY),
        E(False, ["REQUEST"], [1], "وطلب منهم", ["asserted"], source=NINEVEH_OPS, date=TODAY),
        # the main event, in ¶2 after the curfew: the clash between a border guard patrol and infiltrators
        # from Syria before dawn (headline 0, the district head's toll 3, the funeral in Tal Afar 4); the
        # border command's one killed against the district head's two → 1; both sides are sources
        E(True, ["ASSAULT"], [0, 2, 3, 4], "اشتباك مسلح", ["asserted"], mode="firearms",
          source=BORDER_CLASH, location=SINJAR, date=TODAY, fatalities=1,
          attribution=["بيان مقتضب لقيادة قوات الحدود في المنطقة الثانية", "قائممقام قضاء سنجار"],
          acled=CLASH, tpara=2),
        E(False, ["RETREAT"], [3], "انسحبوا", ["asserted", "reported"], mode="withdraw",
          source=INFILTRATORS, location=SINJAR, date=TODAY),
        # ¶5: army reinforcements sent to the border sector (a verb-subject-object sentence); the extra
        # checkpoints on the Sinjar–Tal Afar road optional
        E(True, ["MOBILIZE"], [5], "تعزيزات", ["asserted"], mode="troops",
          source=IQ_GROUND_FORCES, location=SINJAR, date=TODAY),
        E(False, ["COERCE"], [5], "ونُصبت حواجز", ["asserted"], mode="restrict", location=SINJAR, date=TODAY),
        # ¶6: the acting defence minister tours the border posts (subject-verb-object with a long
        # parenthetical; headline 0); his promise optional
        E(True, ["CONSULT"], [0, 6], "تفقّد", ["asserted"], mode="visit",
          source=IQ_DEF_MINISTER, recipient=BORDER_POSTS, location=SINJAR, date=TODAY, tpara=6),
        E(False, ["AGREE"], [6], "ووعد", ["asserted"],
          source=IQ_DEF_MINISTER, recipient=BORDER_POSTS, date=TODAY),
        # ¶7: smuggled petrol seized and its drivers arrested in Tal Afar «مساء أمس السبت»: two events joined
        # with «و» and a second verb
        E(True, ["COERCE"], [7], "ضبطت", ["asserted"], mode="confiscate",
          source=BORDER_POLICE, recipient=SMUGGLERS, location=TAL_AFAR, date=D("2013-05-25")),
        E(True, ["COERCE"], [7], "واعتقلت", ["asserted"], mode="arrest",
          source=BORDER_POLICE, recipient=SMUGGLERS, location=TAL_AFAR, date=D("2013-05-25"),
          attribution=["مصدر في شرطة نينوى"], acled=ARREST),
        # paragraph 8 (the border and its smugglers: description, habits) holds no event
        # ¶9: the provincial council's security chief blames the Syrian government (the neighbouring state);
        # his call on Baghdad and the Syrian forces' withdrawal last summer are optional
        E(True, ["ACCUSE"], [9], "وحمّل", ["asserted"],
          source=NINEVEH_SEC_COMMITTEE, recipient=SYRIA_GOV, date=TODAY),
        E(False, ["REQUEST"], [9], "داعياً", ["asserted"],
          source=NINEVEH_SEC_COMMITTEE, recipient=IQ_FED_GOV, date=TODAY),
        E(False, ["RETREAT"], [9], "أخلت", ["historical"], mode="withdraw",
          source=SY_BORDER_FORCES, date=D("2012-07-15", "month", ("2012-06-01", "2012-09-30"))),
        # ¶10: the border brigade commander threatens to fire without warning (THREATEN)
        E(True, ["THREATEN"], [10], "وتوعّد", ["asserted"], mode="violence",
          source=BORDER_BRIGADE, location=SINJAR, date=TODAY),
        # ¶11: a mukhtar asks the command to exempt the harvesters from the curfew (REQUEST)
        E(True, ["REQUEST"], [11], "وطالب", ["asserted"],
          source=MUKHTAR, recipient=NINEVEH_OPS, date=TODAY),
        # ¶12: two shepherds abducted by the infiltrators, rumoured; no report filed, says the police
        E(True, ["ASSAULT"], [12], "اختطاف", ["rumored", "reported"], mode="abduct",
          source=INFILTRATORS, recipient=SHEPHERDS, location=SINJAR,
          date=D("2013-05-26", "day", ("2013-05-25", "2013-05-26")),
          attribution=["سكان في قرى سنجار الحدودية"]),
        # ¶13: the Rabia crossing still not reopened (core RETREAT, negated)
        E(True, ["RETREAT"], [13], "ولم تُعِد", ["negated"], mode="access",
          source=IQ_FED_GOV, location=RABIA, date=TODAY),
        # ¶14: the coordination meeting with the Peshmerga on Tuesday (planned)
        E(True, ["CONSULT"], [14], "اجتماعاً تنسيقياً", ["planned"],
          source=NINEVEH_OFFICERS, recipient=PESHMERGA, location=SINJAR, date=D("2013-05-28"),
          attribution=["مصدر في القيادة"]),
        # ¶15: the district head asks Baghdad for a trench (REQUEST)
        E(True, ["REQUEST"], [15], "وطالب", ["asserted"],
          source=SINJAR_QAIMMAQAM, recipient=IQ_FED_GOV, date=TODAY),
        # paragraph 16 (border control since the Syrian war: analysis) holds no event
        # background at another place: three policemen killed by an IED on the Bashiqa–Mosul road on 14 April
        E(True, ["ASSAULT"], [17], "بانفجار عبوة ناسفة", ["historical", "asserted"], mode="explosives",
          recipient=POLICE_3, location=BASHIQA, date=D("2013-04-14"), fatalities=3, acled=MINE),
    ],
)
