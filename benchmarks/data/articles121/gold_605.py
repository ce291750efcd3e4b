"""Gold of article 605: the local authority's meeting with the coalition's representatives on new security
arrangements, the sit-in committee's boycott and rejection, Saudi armour sent to the port of Nishtun, a clash
at a new checkpoint on its road kills three (main event, told in ¶4 after the meeting, the rejection and the
deployment; three per a security source, one number), a lorry driver's account, the coalition's version, the
committee's accusation and demand, its spokesman's threat to close the road to the Shahan crossing, the
sheikhs' support, a deal under Omani auspices rumoured and denied, the airport not handed back, joint
patrols due on Sunday, the funeral, the arrests since 2018, and a Saudi deployment at the Shahan crossing on
2 October 2019 (al-Mahra, Yemen), a Mukalla-based southern Yemeni news website, 2019-11-12 (Tue). Dateline
«الغيضة – «شراع»:» (the capital of the governorate; the main event happens on the road to the port)."""
from actors_places import (
    COALITION_MAHRA,
    COAST_GUARD_SAUDI,
    DEAL_SIDES,
    GHAYDAH,
    GHAYDAH_AIRPORT,
    HUF,
    MAHRA_AUTH,
    MAHRA_GOV,
    MAHRA_MEETING,
    MAHRA_SHEIKHS,
    NISHTUN,
    NISHTUN_CHECKPOINT,
    NISHTUN_SIDES,
    SAUDI,
    SAUDI_FORCE,
    SAUDI_FORCES,
    SHAHAN,
    SITIN_COMMITTEE,
    SITIN_SPOKESMAN,
    SPECIAL_SECURITY,
    YEMEN_GOV,
)
from common import CLASH, D, E, paras_of

SLUG = "mahra_2019_nishtun_shahan"
YESTERDAY = D("2019-11-11")
TODAY = D("2019-11-12")
# a statement or an act without a time of day: the day of publication, or the day before
STATED = D("2019-11-12", "day", ("2019-11-11", "2019-11-12"))
ARTICLE = dict(
    id="team121-605", slug=SLUG, published="2019-11-12",
    outlet="Shiraa, a Mukalla-based southern Yemeni news website (fictional)",
    paras=paras_of(f"605_{SLUG}.txt"),
    events=[
        # ¶1 (dateline «الغيضة – «شراع»:», the capital of the governorate): the local authority's meeting
        # with the coalition's representatives (CONSULT multilateral); the plan they put forward optional
        E(True, ["CONSULT"], [1], "اجتماعاً موسعاً", ["asserted"], mode="multilateral",
          source=MAHRA_MEETING, recipient=MAHRA_MEETING, location=GHAYDAH, date=YESTERDAY,
          attribution=["مراسل «شراع»"]),
        E(False, ["AGREE"], [1], "عرضوا", ["asserted"], source=COALITION_MAHRA, date=YESTERDAY),
        # ¶2: the sit-in committee rejects the arrangements (REJECT); its boycott of the meeting optional
        E(False, ["REJECT", "PROTEST"], [2], "وقاطعت", ["asserted"], source=SITIN_COMMITTEE, date=YESTERDAY),
        E(True, ["REJECT"], [2], "ورفضت", ["asserted"],
          source=SITIN_COMMITTEE, date=STATED, attribution=["بيان"]),
        # ¶3 (verb first): Saudi armour and troops sent to the port (MOBILIZE); the new checkpoint optional
        E(True, ["MOBILIZE"], [3], "ودفعت", ["asserted"], mode="troops",
          source=SAUDI_FORCES, location=NISHTUN, date=TODAY, attribution=["سكان في المنطقة"]),
        E(False, ["COERCE"], [3], "ونصبت", ["asserted"], mode="restrict", source=SPECIAL_SECURITY,
          location=NISHTUN, date=TODAY),
        # MAIN EVENT, told in ¶4 after the meeting, the rejection and the deployment («وبعد ساعات من نصب
        # الحاجز» refers back to ¶3; the hour told after the act in a sentence of its own): the clash at the
        # checkpoint, both sides as source; the driver ¶5, the coalition's version ¶6, the funerals ¶14 → 3
        E(True, ["ASSAULT"], [0, 4, 5, 6, 14], "اشتباكات", ["asserted"], mode="firearms",
          source=NISHTUN_SIDES, location=NISHTUN_CHECKPOINT, date=TODAY, fatalities=3,
          attribution=["مصدر أمني في السلطة المحلية"], acled=CLASH, tpara=4),
        # ¶7 (subject, a long parenthesis, verb): the accusation and the demand, two verbs joined with «و»;
        # the sit-ins held since 2018 in the parenthesis are optional and generic
        E(False, ["PROTEST"], [7], "اعتصامات", ["generic"], source=SITIN_COMMITTEE, date=None),
        E(True, ["ACCUSE"], [7], "اتهمت", ["asserted"],
          source=SITIN_COMMITTEE, recipient=SAUDI, date=STATED, attribution=["بيان"]),
        E(True, ["REQUEST"], [7], "وطالبت", ["asserted"],
          source=SITIN_COMMITTEE, recipient=YEMEN_GOV, date=STATED),
        # ¶8: the spokesman's threat in his own video (asserted); the closure and the withdrawal of its
        # condition optional and hypothetical
        E(True, ["THREATEN"], [8], "ولوّح", ["asserted"],
          source=SITIN_SPOKESMAN, recipient=SAUDI_FORCES, date=STATED, attribution=["تسجيل مصور"]),
        E(False, ["PROTEST"], [8], "إغلاق", ["hypothetical"], mode="obstruct", source=SITIN_SPOKESMAN,
          date=None),
        E(False, ["RETREAT"], [8], "تنسحب", ["hypothetical"], mode="withdraw", source=SAUDI_FORCES,
          date=None),
        # ¶9: the sheikhs back the committee (SUPPORT); their gathering and their call optional
        E(True, ["SUPPORT"], [9], "تأييدهم", ["asserted"],
          source=MAHRA_SHEIKHS, recipient=SITIN_COMMITTEE, location=HUF, date=STATED),
        E(False, ["CONSULT"], [9], "لقاء", ["asserted"], source=MAHRA_SHEIKHS, location=HUF, date=STATED),
        E(False, ["REQUEST"], [9], "ودعوا", ["asserted"], source=MAHRA_SHEIKHS, recipient=MAHRA_AUTH,
          date=STATED),
        # ¶10: a deal under Omani auspices, told by Twitter accounts and denied (rumoured, undated); the
        # withdrawal it would bring optional
        E(True, ["AGREE"], [10], "اتفاق", ["rumored"],
          source=DEAL_SIDES, recipient=DEAL_SIDES, location=NISHTUN, date=None,
          attribution=["حسابات يمنية على «تويتر»"]),
        E(False, ["RETREAT"], [10], "بانسحاب", ["rumored"], mode="withdraw", source=SAUDI_FORCES, date=None),
        # ¶11 (the province, its coast and its trade) holds no event. ¶12: the airport not handed back
        # (RETREAT, negated); last summer's pledge optional and historical
        E(True, ["RETREAT"], [12], "ولم تسلّم", ["negated"], mode="withdraw",
          source=SAUDI_FORCES, recipient=MAHRA_AUTH, location=GHAYDAH_AIRPORT, date=TODAY,
          attribution=["مسؤول في مكتب النقل بالمحافظة"]),
        E(False, ["AGREE"], [12], "تعهد", ["historical"],
          date=D("2019-07-15", "month", ("2019-06-01", "2019-08-31"))),
        # ¶13: joint patrols «يوم الأحد المقبل» (planned COOPERATE; «مع»; a purpose clause)
        E(True, ["COOPERATE"], [13], "دوريات بحرية مشتركة", ["planned"],
          source=COAST_GUARD_SAUDI, recipient=COAST_GUARD_SAUDI, location=MAHRA_GOV, date=D("2019-11-17")),
        # ¶14 is the funeral of the main event; the chants for the forces' departure optional. ¶15 (the
        # crossing and its trade) holds no event. ¶16: the arrests since 2018 («من قبل»; optional, generic)
        E(False, ["PROTEST", "REQUEST"], [14], "هتافات", ["asserted"], date=TODAY),
        E(False, ["COERCE"], [16], "اعتُقلوا", ["generic"], mode="arrest", date=None),
        # ¶17, «وكانت … قد» at another place: a Saudi force deployed at the Shahan crossing on 2 October
        # (core, historical); the protest the same day optional
        E(True, ["MOBILIZE"], [17], "انتشرت", ["historical", "asserted"], mode="troops",
          source=SAUDI_FORCE, location=SHAHAN, date=D("2019-10-02")),
        E(False, ["PROTEST"], [17], "وقفة", ["historical"], mode="demo", location=SHAHAN,
          date=D("2019-10-02")),
    ],
)
