"""Gold of article 668: the breaking of the siege of Amerli by the security forces, the Popular Mobilization
Forces and the Peshmerga, the airdrops, the strikes on Yankaja and Sulaiman Beg and the officials' and the UN
envoy's statements (Salahuddin, Iraq), a Baghdad-based Iraqi Shiite Islamist party's satellite channel's
website, 2014-09-01 (Mon)."""
from actors_places import (
    AMERLI,
    AMERLI_NOTABLES,
    AMERLI_PEOPLE,
    AMERLI_TOWN,
    BATTLE_668,
    BUILDUP_668,
    COALITION_668,
    FOREIGN_PLANES,
    IQ_ARMY_AVIATION,
    IQ_FEDERAL_GOV,
    IQ_GOV_668,
    IQ_PM,
    IRCS_668,
    IS_668,
    IS_LEADERS_668,
    IS_REMNANTS,
    IS_SITES_668,
    NEG_DEAL_668,
    REGIONAL_STATES,
    SALAHUDDIN_COUNCIL,
    SALAHUDDIN_MEMBER,
    SB_AMERLI_ROAD,
    SB_FIELDS,
    SHEPHERD,
    SULAIMAN_BEG,
    TURKMEN_FARMERS,
    TURKMEN_MPS,
    TUZ,
    UN_SRSG_IRAQ,
    YANKAJA,
    YANKAJA_SB,
)
from common import ABDUCTION, AIR, CLASH, D, E, paras_of

SLUG = "amerli_2014_tuz_khurmatu_yankaja_sulaiman_beg"
TODAY = D("2014-09-01")
YESTERDAY = D("2014-08-31")
LATELY = D("2014-09-01", "day", ("2014-08-31", "2014-09-01"))
LAST_WEEK = D("2014-08-25", "week", ("2014-08-22", "2014-08-28"))
ARTICLE = dict(
    id="team134-668", slug=SLUG, published="2014-09-01",
    outlet=("al-Sanabil, a Baghdad-based Iraqi Shiite Islamist party's satellite channel's website "
            "(fictional)"),
    paras=paras_of(f"668_{SLUG}.txt"),
    events=[
        # the lead, after the dateline «طوزخورماتو»: volunteers, army units and Peshmerga gather on Saturday
        # evening (core MOBILIZE); the Islamic State's siege of Amerli since mid-June, in a relative clause
        # (core COERCE)
        E(True, ["MOBILIZE"], [1], "احتشد", ["asserted"], mode="troops", source=BUILDUP_668, location=TUZ,
          date=D("2014-08-30")),
        E(True, ["COERCE"], [1], "تطوقها", ["asserted", "historical"], mode="restrict", source=IS_668,
          recipient=AMERLI_TOWN, location=AMERLI, date=None),
        # ¶2: Friday's airdrop of flour, milk and medicine by Army Aviation helicopters (core AID); the
        # parachutes of foreign aircraft are optional (reported)
        E(True, ["AID"], [2], "وألقت", ["asserted"], mode="humanitarian", source=IQ_ARMY_AVIATION,
          location=AMERLI, date=D("2014-08-29")),
        E(False, ["AID"], [2], "أسقطتها", ["reported"], mode="humanitarian", source=FOREIGN_PLANES,
          location=AMERLI, date=None, attribution=["مصادر داخل البلدة"]),
        # ¶3: Army Aviation strikes on Yankaja and Sulaiman Beg at dawn on Sunday (core ASSAULT, Air/drone
        # strike); the coalition's strikes are optional (reported)
        E(True, ["ASSAULT"], [3], "ضربات", ["asserted"], mode="aerial", source=IQ_ARMY_AVIATION,
          recipient=IS_SITES_668, location=YANKAJA_SB, date=YESTERDAY, attribution=["ضابط في القوة الجوية"],
          acled=AIR),
        E(False, ["ASSAULT"], [3], "شاركت", ["reported"], mode="aerial", source=COALITION_668,
          location=SB_AMERLI_ROAD, date=YESTERDAY, attribution=["مصادر أمنية"]),
        # the main event, in ¶4 after the build-up, the siege, the airdrop and the strikes: the forces enter
        # Amerli, 56 Islamic State fighters killed per the Salahuddin operations command; ¶6, a defender's
        # account («ويروي», the 56 «الإرهابيين»), and the headline name it
        E(True, ["ASSAULT"], [0, 4, 6], "ودخلت", ["asserted"], mode="firearms", source=BATTLE_668,
          location=AMERLI, date=YESTERDAY, fatalities=56, attribution=["قيادة عمليات صلاح الدين"],
          acled=CLASH, tpara=4),
        # ¶5: the rest of the group's fighters withdraw towards Sulaiman Beg (core RETREAT)
        E(True, ["RETREAT"], [5], "وانسحب", ["asserted"], mode="withdraw", source=IS_REMNANTS,
          location=YANKAJA, date=YESTERDAY, attribution=["مصدر في الحشد الشعبي"]),
        # ¶7: the UN envoy's welcome (core SUPPORT); his call on the government is optional
        E(True, ["SUPPORT"], [7], "ورحب", ["asserted"], source=UN_SRSG_IRAQ, date=LATELY),
        E(False, ["REQUEST"], [7], "وداعياً", ["asserted"], source=UN_SRSG_IRAQ, recipient=IQ_GOV_668,
          date=LATELY),
        # paragraph 8 (Amerli: a description) holds no event; ¶9: the Turkmen MPs' demand (core REQUEST);
        # their call for an inquiry is optional
        E(True, ["REQUEST"], [9], "وطالب", ["asserted"], source=TURKMEN_MPS, recipient=IQ_FEDERAL_GOV,
          date=LATELY),
        E(False, ["REQUEST"], [9], "ودعوا", ["asserted"], source=TURKMEN_MPS, date=LATELY),
        # ¶10: the Iraqi Red Crescent's first convoy by road (core AID); a second one waiting is optional
        E(True, ["AID"], [10], "قافلة", ["asserted"], mode="humanitarian", source=IRCS_668, location=AMERLI,
          date=TODAY),
        E(False, ["AID"], [10], "قافلة ثانية", ["planned", "hypothetical"], mode="humanitarian",
          source=IRCS_668, location=TUZ, date=None),
        # ¶11: the handwritten letter carried by a released shepherd, «مَن يبقَ في بيته» (core THREATEN); the
        # shepherd's release is optional
        E(True, ["THREATEN"], [11], "توعدت", ["asserted"], mode="violence", source=IS_668,
          recipient=AMERLI_PEOPLE, location=AMERLI, date=LAST_WEEK),
        E(False, ["RETREAT"], [11], "أطلقت", ["asserted"], mode="release", source=IS_668, recipient=SHEPHERD,
          location=AMERLI, date=LAST_WEEK),
        # ¶12: commanders of the group said to have fled towards Hawija (core RETREAT, rumored)
        E(True, ["RETREAT"], [12], "فرار", ["rumored"], mode="withdraw", source=IS_LEADERS_668,
          location=SULAIMAN_BEG, date=None, attribution=["أوساط عشائرية"]),
        # background in «وكانت … قد», at another place: 14 Turkmen farmers abducted near Sulaiman Beg on 17
        # July (core, historical, Abduction/forced disappearance)
        E(True, ["ASSAULT"], [13], "خطفت", ["historical", "asserted"], mode="abduct", source=IS_668,
          recipient=TURKMEN_FARMERS, location=SB_FIELDS, date=D("2014-07-17"), acled=ABDUCTION),
        # ¶14: no deal won from the group by the Arab tribal sheikhs (core AGREE, negated)
        E(True, ["AGREE"], [14], "اتفاق", ["negated"], source=NEG_DEAL_668, location=AMERLI, date=None),
        # ¶15: the prime minister expected «بعد غد الأربعاء» (core CONSULT, planned)
        E(True, ["CONSULT"], [15], "للقاء", ["planned"], mode="visit", source=IQ_PM,
          recipient=AMERLI_NOTABLES, location=AMERLI, date=D("2014-09-03"), attribution=["مصدر في مكتبه"]),
        # ¶16: a provincial council member's charge against «دولاً إقليمية» (core ACCUSE); his demand and the
        # council's session next week are optional
        E(True, ["ACCUSE"], [16], "واتهم", ["asserted"], source=SALAHUDDIN_MEMBER, recipient=REGIONAL_STATES,
          date=LATELY),
        E(False, ["REQUEST"], [16], "وطالب", ["asserted"], source=SALAHUDDIN_MEMBER, date=LATELY),
        E(False, ["CONSULT"], [16], "جلسة طارئة", ["planned"], source=SALAHUDDIN_COUNCIL,
          date=D("2014-09-08", "week", ("2014-09-08", "2014-09-14"))),
        # paragraph 17 (the streets of Amerli this afternoon) holds no event
    ],
)
