"""Gold of article 294: Kirkuk (Iraq), its Qadisiyah quarter, Baghdad and al-Riyadh (Hawija), an Iraqi news
agency, 2023-12-27 (Wed). Mostly about politics: the talks, accusations and threats after the provincial
elections."""
from actors_places import (
    BAGHDAD,
    BOMB_SUSPECTS,
    CANDIDATE_GUARDS,
    IHEC,
    IQ_ARMY_POST,
    IQ_FEDERAL,
    IQ_PM_OFFICE,
    IQ_POLITICAL_FORCES,
    ISIS_REMNANTS,
    ITF,
    ITF_SUPPORTERS,
    KDP,
    KDP_ARAB,
    KIRKUK,
    KIRKUK_BLOCS,
    KIRKUK_GOVERNOR,
    KIRKUK_QADISIYAH,
    KIRKUK_SECURITY,
    PESHMERGA,
    RIYADH_KIRKUK,
    UNAMI,
)
from common import AGREEMENT, ARREST, CLASH, MINE, PEACEFUL, TRANSFER, D, E, paras_of

SLUG = "kirkuk_2023_baghdad_qadisiyah_riyadh_hawija"
TODAY = D("2023-12-27")
YESTERDAY = D("2023-12-26")
OCT_2017 = D("2017-10-16", "month", ("2017-10-01", "2017-10-31"))
ARTICLE = dict(
    id="team59-294", slug=SLUG, published="2023-12-27",
    outlet="Al-Qalaa News Iraqi news agency (fictional)",
    paras=paras_of(f"294_{SLUG}.txt"),
    events=[
        # the first meeting of Kirkuk's winning blocs, hosted by the prime minister's office in Baghdad «مساء
        # أمس الثلاثاء» (headline «اجتماع بغداد»)
        E(True, ["CONSULT"], [0, 1], "اجتماعاً", ["asserted", "reported"], mode="multilateral",
          source=KIRKUK_BLOCS, recipient=IQ_PM_OFFICE, location=BAGHDAD, date=YESTERDAY,
          attribution=["مصدر حكومي مطّلع"], tpara=1),
        # one sentence: what the meeting agreed (a small committee; the «paper» is its content), the Turkmen
        # Front's rejection (headline «فيتو») and its delegate's walk-out (optional)
        E(True, ["AGREE"], [2], "اتفقوا", ["asserted", "reported"],
          source=KIRKUK_BLOCS, location=BAGHDAD, date=YESTERDAY, attribution=["مصدر حكومي مطّلع"],
          acled=AGREEMENT),
        E(True, ["REJECT"], [0, 2], "رفض", ["asserted", "reported"],
          source=ITF, recipient=KIRKUK_BLOCS, location=BAGHDAD, date=YESTERDAY,
          attribution=["مصدر حكومي مطّلع"], tpara=2),
        E(False, ["REJECT", "PROTEST", "RETREAT"], [2], "وانسحب", ["asserted", "reported"],
          source=ITF, location=BAGHDAD, date=YESTERDAY),
        # the bomb at a winning candidate's door in al-Qadisiyah «فجر اليوم»: headline 0 («two guards»), the
        # list's statement 3 (two killed), the police source and the health directorate 5 (one man of the
        # protection unit; one body) → 2 vs 1 → 1; UNAMI's «تفجير القادسية» (12) only points back at it
        E(True, ["ASSAULT"], [0, 3, 5], "عبوة ناسفة", ["asserted", "reported"], mode="explosives",
          recipient=CANDIDATE_GUARDS, location=KIRKUK_QADISIYAH, date=TODAY, fatalities=1,
          attribution=["بيان أصدرته القائمة", "مصدر في قيادة شرطة كركوك", "دائرة صحة كركوك"], acled=MINE,
          tpara=3),
        # paragraph 4 (Kirkuk, its oil, its communities and its first local vote since 2005) holds no event
        # the operations command: two suspects arrested and more troops deployed round party offices (two
        # events)
        E(True, ["COERCE"], [6], "اعتقال", ["asserted", "reported"], mode="arrest",
          source=KIRKUK_SECURITY, recipient=BOMB_SUSPECTS, location=KIRKUK, date=TODAY, acled=ARREST,
          attribution=["قيادة عمليات كركوك"]),
        E(True, ["MOBILIZE"], [6], "ونشر قوات إضافية", ["asserted", "reported"], mode="police",
          source=KIRKUK_SECURITY, location=KIRKUK, date=TODAY, attribution=["قيادة عمليات كركوك"]),
        # the KDP branch's accusation of the acting governor and its demand to the commission for a manual
        # recount
        E(True, ["ACCUSE"], [7], "واتهم", ["asserted"],
          source=KDP, recipient=KIRKUK_GOVERNOR, location=KIRKUK, date=TODAY),
        E(True, ["REQUEST"], [7], "مطالباً", ["asserted"],
          source=KDP, recipient=IHEC, location=KIRKUK, date=TODAY),
        # the commission turns down most appeals (REJECT); accepting three is no event
        E(True, ["REJECT"], [8], "ردّ", ["asserted"],
          source=IHEC, location=KIRKUK, date=TODAY),
        # a secret KDP-Arab deal on the posts: rumoured on local platforms, denied by an alliance leader
        E(True, ["AGREE"], [9], "«اتفاق غير معلن»", ["rumored", "negated"],
          source=KDP_ARAB, location=KIRKUK, date=TODAY,
          attribution=["منصات إخبارية محلية", "قيادي في التحالف"]),
        # the Turkmen Front's conditional boycott threat (made: asserted); the boycott optional, hypothetical;
        # its call on its supporters optional
        E(True, ["THREATEN"], [10], "وهدّدت", ["asserted"], mode="boycott",
          source=ITF, location=KIRKUK, date=TODAY),
        E(False, ["PROTEST"], [10], "بمقاطعة", ["hypothetical"], mode="obstruct",
          source=ITF, location=KIRKUK, date=None),
        E(False, ["REQUEST"], [10], "داعيةً", ["asserted"],
          source=ITF, recipient=ITF_SUPPORTERS, location=KIRKUK, date=TODAY),
        # the Front's supporters' sit-in before the commission's office
        E(True, ["PROTEST"], [11], "اعتصاماً", ["asserted"], mode="demo",
          source=ITF_SUPPORTERS, location=KIRKUK, date=TODAY, acled=PEACEFUL),
        # UNAMI's praise of the vote (SUPPORT; no actor praised by name) and its call on the parties
        # (optional)
        E(True, ["SUPPORT"], [12], "وأشادت", ["asserted"],
          source=UNAMI, location=KIRKUK, date=TODAY),
        E(False, ["REQUEST"], [12], "داعيةً", ["asserted"],
          source=UNAMI, recipient=IQ_POLITICAL_FORCES, location=KIRKUK, date=TODAY),
        # paragraph 13 (the turnout and the even split of seats) holds no event
        # background at another place: IS remnants attack an army post in al-Riyadh «ليل الجمعة الماضي»
        # (core, historical, 1); the federal takeover of October 2017 and the Peshmerga's withdrawal optional,
        # historical
        E(True, ["ASSAULT"], [14], "هاجموا", ["historical", "asserted", "reported"], mode="firearms",
          source=ISIS_REMNANTS, recipient=IQ_ARMY_POST, location=RIYADH_KIRKUK, date=D("2023-12-22"),
          fatalities=1, attribution=["خلية الإعلام الأمني"], acled=CLASH),
        E(False, ["COERCE", "RETREAT"], [14], "تسلّمت", ["historical"], mode="seize",
          source=IQ_FEDERAL, location=KIRKUK, date=OCT_2017, acled=TRANSFER),
        E(False, ["RETREAT"], [14], "انسحاب", ["historical"], mode="withdraw",
          source=PESHMERGA, location=KIRKUK, date=OCT_2017),
        # the blocs' next round in Baghdad early next week (planned)
        E(True, ["CONSULT"], [15], "اجتماعاتهم", ["planned", "reported"], mode="multilateral",
          source=KIRKUK_BLOCS, location=BAGHDAD, date=D("2024-01-01", "week", ("2023-12-30", "2024-01-04")),
          attribution=["المصدر الحكومي"]),
        # paragraph 16 (the agency's results service) holds no event
    ],
)
