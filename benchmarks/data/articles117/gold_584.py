"""Gold of article 584: sit-in protesters close the oil valve at the El Kamour pumping station, a National
Guard vehicle runs over a young protester (main event, told in ¶2 after the closing; one dead), a protester's
account, the interior ministry's version, the regional labour union's accusation and demand, the defence
ministry's warning, army reinforcements, three coordinators' arrest rumoured and denied, no new measure from
the government, the district commander dismissed, the burial, a ministerial delegation due on Wednesday,
regional bodies' support, the protesters hurt since January, and a sit-in dispersed at Dhehiba on 6 April 2017
(Tataouine, Tunisia), a Sfax-based private radio station's website, 2017-05-15 (Mon). Dateline «تطاوين –
«موجات»:» (the capital of the governorate; the main event happens near El Kamour)."""
from actors_places import (
    COORDINATORS,
    DEFENCE,
    DHEHIBA,
    DHEHIBA_PROTESTERS,
    EMPLOYMENT_MINISTER,
    GN,
    GN_CHIEF,
    INTERIOR,
    INTERIOR_MINISTER,
    KAMOUR,
    KAMOUR_PROTESTERS,
    SOUTH_TN,
    SUPPORTERS,
    TALKS,
    TAT_CITY,
    THREAT_TARGETS,
    TN_ARMY,
    TN_GOV,
    UGTT_TAT,
    YOUNG_PROTESTER,
)
from common import ARREST, EXCESSIVE, PEACEFUL, RIOT, D, E, paras_of

SLUG = "tataouine_2017_kamour_dhehiba"
YESTERDAY = D("2017-05-14")
TODAY = D("2017-05-15")
# a statement or an act without a time of day (or one of the night before): the day of publication, or the
# day before
STATED = D("2017-05-15", "day", ("2017-05-14", "2017-05-15"))
LAST_WEEK = D("2017-05-10", "week", ("2017-05-08", "2017-05-14"))
ARTICLE = dict(
    id="team117-584", slug=SLUG, published="2017-05-15",
    outlet="Mawjat, a Sfax-based private radio station's website (fictional)",
    paras=paras_of(f"584_{SLUG}.txt"),
    events=[
        # ¶1 (dateline: the capital of the governorate): the protesters close the valve (PROTEST obstruct,
        # verb first; the headline names it)
        E(True, ["PROTEST"], [0, 1], "أغلق عشرات", ["asserted"], mode="obstruct",
          source=KAMOUR_PROTESTERS, location=KAMOUR, date=YESTERDAY,
          attribution=["عضو في تنسيقية الاعتصام"], acled=PEACEFUL, tpara=1),
        # MAIN EVENT, told in ¶2 after the closing («بعد ساعات من إغلاق الصمام» is a back-reference; the
        # hour told after the act in a clause of its own): the dispersal and the vehicle running the young
        # man over; a protester ¶3, the ministry's version ¶4, the burial ¶12 → 1
        E(True, ["ASSAULT"], [0, 2, 3, 4, 12], "فدهست سيارة", ["asserted"],
          source=GN, recipient=YOUNG_PROTESTER, location=KAMOUR, date=YESTERDAY, fatalities=1,
          attribution=["مصدر طبي في المستشفى", "وزارة الداخلية"], acled=EXCESSIVE, tpara=2),
        # ¶3: the stones thrown at the guards, told by the protester, are optional
        E(False, ["PROTEST"], [3], "يرشقون", ["asserted"], mode="riot",
          source=KAMOUR_PROTESTERS, location=KAMOUR, date=YESTERDAY, acled=RIOT),
        # ¶5 (subject, a long parenthesis, verb): the blame and the demand, two verbs joined with «و» («ضد»)
        E(True, ["ACCUSE"], [5], "حمّل", ["asserted"],
          source=UGTT_TAT, recipient=INTERIOR, date=STATED, attribution=["بيان"]),
        E(True, ["REQUEST"], [5], "وطالب", ["asserted"], source=UGTT_TAT, date=STATED),
        # ¶6: the defence ministry's warning, published «مساء أمس» (THREATEN); what it threatens is
        # optional and hypothetical, its call optional
        E(True, ["THREATEN"], [6], "وحذّرت", ["asserted"], mode="violence",
          source=DEFENCE, recipient=THREAT_TARGETS, date=YESTERDAY),
        E(False, ["ASSAULT", "COERCE"], [6], "«ستتصدى", ["hypothetical"], source=DEFENCE, date=None),
        E(False, ["REQUEST"], [6], "ودعت", ["asserted"], source=DEFENCE, date=YESTERDAY),
        # ¶7: army reinforcements to the station «ليل أمس» (MOBILIZE; a purpose clause)
        E(True, ["MOBILIZE"], [7], "ودفع الجيش", ["asserted"], mode="troops",
          source=TN_ARMY, location=KAMOUR, date=YESTERDAY, attribution=["شهود من المنطقة"]),
        # ¶8 (the station and the governorate) holds no event. ¶9: three coordinators' arrest told by
        # pages and denied (rumoured; «ليلاً» dates it)
        E(True, ["COERCE"], [9], "إيقاف", ["rumored", "negated"], mode="arrest",
          source=GN, recipient=COORDINATORS, location=TAT_CITY, date=STATED,
          attribution=["صفحات على «فيسبوك»"]),
        # ¶10: no new measure announced (CONCEDE, negated); the rejected offer of last week is optional
        E(True, ["CONCEDE"], [10], "ولم تُعلن", ["negated"],
          source=TN_GOV, recipient=KAMOUR_PROTESTERS, date=TODAY),
        E(False, ["REJECT"], [10], "رفضوا", ["historical", "asserted"],
          source=KAMOUR_PROTESTERS, recipient=EMPLOYMENT_MINISTER, date=LAST_WEEK),
        E(False, ["AGREE"], [10], "مقترحاً", ["historical", "asserted"],
          source=EMPLOYMENT_MINISTER, recipient=KAMOUR_PROTESTERS, date=LAST_WEEK),
        # ¶11: the district commander dismissed and sent to the inspectorate (SANCTION)
        E(True, ["SANCTION"], [11], "وأعفى", ["asserted"],
          source=INTERIOR_MINISTER, recipient=GN_CHIEF, location=TAT_CITY, date=TODAY,
          attribution=["إذاعة محلية"]),
        # ¶12: the burial belongs to the main event; the shops shut in mourning and the slogans are optional
        E(False, ["PROTEST"], [12], "أغلقت المحال", ["asserted"], mode="strike",
          location=TAT_CITY, date=TODAY, acled=PEACEFUL),
        # ¶13: a ministerial delegation «يوم الأربعاء المقبل» (planned CONSULT; both parties in either
        # role); the package to be offered is optional
        E(True, ["CONSULT"], [13], "يتحول وفد", ["planned"], mode="visit",
          source=TALKS, recipient=TALKS, location=TAT_CITY, date=D("2017-05-17"),
          attribution=["رئاسة الحكومة"]),
        E(False, ["AGREE"], [13], "تُعرض", ["planned"], source=TALKS, date=D("2017-05-17")),
        # ¶14 (the young men's livelihood) holds no event. ¶15: regional bodies back the protesters (SUPPORT);
        # their call for solidarity actions is optional
        E(True, ["SUPPORT"], [15], "مساندتها", ["asserted"],
          source=SUPPORTERS, recipient=KAMOUR_PROTESTERS, date=STATED),
        E(False, ["REQUEST", "PROTEST"], [15], "ودعت", ["asserted", "planned"],
          source=SUPPORTERS, location=SOUTH_TN, date=STATED),
        # ¶16: the protesters hurt since January, an aggregate (optional, generic)
        E(False, ["ASSAULT", "COERCE"], [16], "أصيبوا", ["generic"], location=SOUTH_TN, date=None),
        # ¶17, «وكانت … قد» at another place: a sit-in dispersed at Dhehiba on 6 April (core, historical); the
        # arrests and the release the next day are optional
        E(True, ["COERCE", "ASSAULT"], [17], "فرّقت", ["historical", "asserted"], mode="restrict",
          source=GN, recipient=DHEHIBA_PROTESTERS, location=DHEHIBA, date=D("2017-04-06")),
        E(False, ["COERCE"], [17], "وأوقفت", ["historical", "asserted"], mode="arrest",
          source=GN, recipient=DHEHIBA_PROTESTERS, location=DHEHIBA, date=D("2017-04-06"), acled=ARREST),
        E(False, ["RETREAT"], [17], "تفرج", ["historical", "asserted"], mode="release",
          source=GN, location=DHEHIBA, date=D("2017-04-07")),
    ],
)
