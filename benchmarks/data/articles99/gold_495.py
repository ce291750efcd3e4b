"""Gold of article 495: a night of clashes between Bab al-Tabbaneh and Jabal Mohsen (main event, told first in
the lead; one toll: two), a shopkeeper's account and the Arab Democratic Party's version, army
reinforcements and arrests, a meeting at Dar al-Fatwa and its agreement, a frontline commander's pledge, a
residents' body's accusation and demand, a traders' strike, a commander's conditional threat, an abduction
rumoured and denied, no compensation paid, the funeral, the prime minister's praise of the army and
rejection of a military zone, a ministerial visit due tomorrow, the toll of the rounds since 2008, and a
grenade in al-Zahriyeh on 3 October 2012 (Tripoli, North Lebanon), a Tripoli private news agency's website,
2012-11-14 (Wed). No dateline: the lead names Tripoli in its first sentence."""
from actors_places import (
    AXIS_COMMANDER,
    DAMAGED_FAMILIES,
    DAR_AL_FATWA,
    ELDERLY_MAN,
    HRC,
    JABAL_MOHSEN,
    LAF,
    LB_GOVERNMENT,
    LB_PM,
    MINISTERIAL_DELEGATION,
    MOHSEN_YOUTHS,
    QUBBA,
    RESIDENTS_BODY,
    SNIPERS,
    SOME_MPS,
    TABBANEH,
    TABBANEH_COMMANDER,
    TABBANEH_MOHSEN,
    TRIPOLI,
    TRIPOLI_CLASH,
    TRIPOLI_DETAINEES,
    TRIPOLI_MEETING,
    TRIPOLI_SOUKS,
    TRIPOLI_TRADERS,
    ZAHRIYEH,
    ZAHRIYEH_ATTACKERS,
)
from common import AGREEMENT, ARREST, CLASH, PEACEFUL, D, E, paras_of

SLUG = "tripoli_2012_tabbaneh_jabal_mohsen"
TODAY = D("2012-11-14")
# a statement whose hour the text does not give: today, or the day before
TODAY_OR_EVE = D("2012-11-14", "day", ("2012-11-13", "2012-11-14"))
ARTICLE = dict(
    id="team99-495", slug=SLUG, published="2012-11-14",
    outlet="Anbaa al-Fayhaa, a Tripoli private news agency's website (fictional)",
    paras=paras_of(f"495_{SLUG}.txt"),
    events=[
        # MAIN EVENT, told first in the lead ¶1 (no dateline; Tripoli in the first sentence): the night's
        # clashes between gunmen of the two districts (both sides are sources); a shopkeeper ¶2, the party's
        # version and the Tabbaneh notables ¶3 and the funeral ¶13 retell it; the headline names it. One toll:
        # 2
        E(True, ["ASSAULT"], [0, 1, 2, 3, 13], "اشتباكات", ["asserted"], mode="firearms",
          source=TRIPOLI_CLASH, location=TABBANEH_MOHSEN, date=TODAY_OR_EVE, fatalities=2,
          attribution=["مصادر أمنية", "صاحب محل للخضار في شارع سوريا", "«الحزب العربي الديمقراطي»"],
          acled=CLASH, tpara=1),
        # ¶3: the party blames the Tabbaneh gunmen (optional ACCUSE)
        E(False, ["ACCUSE"], [3], "حمّل", ["asserted"],
          source=JABAL_MOHSEN, recipient=TABBANEH, date=TODAY_OR_EVE),
        # ¶4, two events joined with «و»: army reinforcements (MOBILIZE; the headline names them) and six
        # arrests in raids (COERCE); the weapons seized are optional
        E(True, ["MOBILIZE"], [0, 4], "ودفع", ["asserted"], mode="troops",
          source=LAF, location=TABBANEH_MOHSEN, date=TODAY, attribution=["بيان لقيادة الجيش"], tpara=4),
        E(True, ["COERCE"], [4], "أوقف", ["asserted"], mode="arrest",
          source=LAF, recipient=TRIPOLI_DETAINEES, location=TABBANEH_MOHSEN, date=TODAY, acled=ARREST),
        E(False, ["COERCE"], [4], "وضبط", ["asserted"], mode="confiscate",
          source=LAF, location=TABBANEH_MOHSEN, date=TODAY),
        # ¶5: the meeting at Dar al-Fatwa (CONSULT) and its agreement to hold the ceasefire (AGREE)
        E(True, ["CONSULT"], [5], "واجتمع", ["asserted"], mode="multilateral",
          source=TRIPOLI_MEETING, recipient=TRIPOLI_MEETING, location=DAR_AL_FATWA, date=TODAY,
          attribution=["بيان صدر عن المجتمعين"]),
        E(True, ["AGREE", "CONCEDE"], [5], "واتفقوا", ["asserted"],
          source=TRIPOLI_MEETING, recipient=TRIPOLI_MEETING, location=DAR_AL_FATWA, date=TODAY,
          acled=AGREEMENT),
        # ¶6: a Tabbaneh commander announces his men will hold the ceasefire (CONCEDE); the party official's
        # pledge is optional
        E(True, ["CONCEDE"], [6], "التزام", ["asserted"], mode="ceasefire",
          source=TABBANEH_COMMANDER, location=TABBANEH_MOHSEN, date=TODAY,
          attribution=["اتصال مع «أنباء الفيحاء»"]),
        E(False, ["CONCEDE"], [6], "لن يطلقوا", ["asserted"], mode="ceasefire",
          source=JABAL_MOHSEN, date=TODAY),
        # ¶7: the residents' body accuses the government and demands a security plan
        E(True, ["ACCUSE"], [7], "واتهمت", ["asserted"],
          source=RESIDENTS_BODY, recipient=LB_GOVERNMENT, date=TODAY_OR_EVE),
        E(True, ["REQUEST"], [7], "وطالبتها", ["asserted"],
          source=RESIDENTS_BODY, recipient=LB_GOVERNMENT, date=TODAY_OR_EVE),
        # ¶8: the traders' strike (PROTEST)
        E(True, ["PROTEST"], [8], "إضراب احتجاجي", ["asserted"], mode="strike",
          source=TRIPOLI_TRADERS, location=TRIPOLI_SOUKS, date=TODAY, acled=PEACEFUL),
        # ¶9 (Syria Street described) holds no event. ¶10: a commander's conditional threat; the storming of
        # the snipers' buildings is only threatened (optional, hypothetical)
        E(True, ["THREATEN"], [10], "وتوعّد", ["asserted"], mode="violence",
          source=AXIS_COMMANDER, recipient=SNIPERS, location=TABBANEH_MOHSEN, date=TODAY_OR_EVE),
        E(False, ["ASSAULT"], [10], "باقتحام", ["hypothetical"], mode="firearms",
          source=AXIS_COMMANDER, recipient=SNIPERS, location=TABBANEH_MOHSEN, date=None),
        # ¶11: two young men's abduction, told by accounts and denied (rumoured)
        E(True, ["ASSAULT"], [11], "خطف شابين", ["rumored", "negated"], mode="abduct",
          recipient=MOHSEN_YOUTHS, location=QUBBA, date=TODAY, attribution=["حسابات على مواقع التواصل"]),
        # ¶12: no compensation from the relief commission (negated AID)
        E(True, ["AID"], [12], "تعويض", ["negated"], mode="economic",
          source=HRC, recipient=DAMAGED_FAMILIES, location=TABBANEH_MOHSEN, date=TODAY_OR_EVE,
          attribution=["مختار في باب التبانة"]),
        # ¶13: the funeral belongs to the main event. ¶14: the prime minister praises the army (SUPPORT) and
        # rejects calls for a military zone (REJECT); the MPs' calls are optional
        E(True, ["SUPPORT"], [14], "وأشاد", ["asserted"],
          source=LB_PM, recipient=LAF, date=TODAY_OR_EVE),
        E(True, ["REJECT"], [14], "ورفض", ["asserted"],
          source=LB_PM, recipient=SOME_MPS, date=TODAY_OR_EVE),
        E(False, ["REQUEST"], [14], "دعوات", ["asserted", "historical"],
          source=SOME_MPS, date=None),
        # ¶15 (analysis) holds no event. ¶16: a ministerial visit due tomorrow (planned CONSULT); the toll of
        # the rounds since 2008 is an aggregate (optional, generic)
        E(True, ["CONSULT"], [16], "يزور", ["planned"], mode="visit",
          source=MINISTERIAL_DELEGATION, location=TRIPOLI, date=D("2012-11-15"),
          attribution=["مكتب وزير الداخلية"]),
        E(False, ["ASSAULT"], [16], "أوقعت", ["generic"], location=TABBANEH_MOHSEN, date=None),
        # ¶17, «وكان … قد» at another place: a grenade thrown at a coffee shop in al-Zahriyeh on 3 October
        # (core, historical, 1; no ACLED label: goldkit lists no grenade sub-event type)
        E(True, ["ASSAULT"], [17], "قنبلة يدوية", ["historical", "asserted"], mode="explosives",
          source=ZAHRIYEH_ATTACKERS, recipient=ELDERLY_MAN, location=ZAHRIYEH, date=D("2012-10-03"),
          fatalities=1),
    ],
)
