"""Gold of article 368: Bab al-Tabbaneh, Jabal Mohsen and Syria Street, al-Qubbah and al-Nour Square (Tripoli,
North Lebanon), a Lebanese TV channel's news site, 2012-07-12 (Thu); mostly about a truce brokered by a
mediator."""
from actors_places import (
    ADP,
    ARMY_DEPLOYMENT,
    BOTH_FIGHTERS,
    BOTH_SIDES,
    FRONT_AXES,
    FRONT_LINES,
    ISF_MEMBER,
    JABAL_MOHSEN,
    LAF,
    LB_PM,
    LB_STATE,
    MEDIATORS,
    MOHSEN_SIDE,
    MOHSEN_SNIPERS,
    NOUR_SQUARE,
    QUBBAH,
    QUBBAH_GUNMEN,
    SERAIL,
    SNIPER,
    SYRIA_STREET,
    TABBANEH_CMDR,
    TABBANEH_GROUP_CMDR,
    TABBANEH_GUNMEN,
    TABBANEH_PROTESTERS,
    TABBANEH_VICTIMS,
    TRIPOLI,
    TRIPOLI_PEOPLE,
    TRUCE_PARTIES,
    UNKNOWN_GUNMEN,
)
from common import AGREEMENT, ARREST, ATTACK, CLASH, PEACEFUL, D, E, paras_of

SLUG = "tabbaneh_2012_mohsen_qubbah_nour"
YESTERDAY = D("2012-07-11")
TODAY = D("2012-07-12")
SINCE_YESTERDAY = D("2012-07-12", "day", ("2012-07-11", "2012-07-12"))
ARTICLE = dict(
    id="team74-368", slug=SLUG, published="2012-07-12",
    outlet="Al-Qalaa Lebanese TV channel news site (fictional)",
    paras=paras_of(f"368_{SLUG}.txt"),
    events=[
        # ¶1: the truce announced «مساء أمس الأربعاء» by the mediation committee (AGREE, with CONCEDE
        # accepted: an announced ceasefire), reached in a meeting it hosted with both sides (CONSULT
        # third-party)
        E(True, ["AGREE", "CONCEDE"], [0, 1], "اتفاق لوقف إطلاق النار", ["asserted"],
          source=TRUCE_PARTIES, location=TRIPOLI, date=YESTERDAY, acled=AGREEMENT, tpara=1),
        E(True, ["CONSULT"], [1], "اجتماع", ["asserted"], mode="third-party",
          source=MEDIATORS, recipient=BOTH_SIDES, location=TRIPOLI, date=YESTERDAY),
        # the main event, first told in ¶2 after the truce: two young men shot dead by a sniper on Syria
        # Street «فجر اليوم» (headline 0, ¶2, the blame 3, the tolls 4, a brother 5, the burial 13); the Red
        # Cross's two against the field sources' three → 2
        E(True, ["ASSAULT"], [0, 2, 3, 4, 5, 13], "برصاص قناص", ["asserted"], mode="firearms",
          source=SNIPER, recipient=TABBANEH_VICTIMS, location=SYRIA_STREET, date=TODAY, fatalities=2,
          attribution=["الصليب الأحمر اللبناني", "مصادر ميدانية في التبانة"], acled=ATTACK, tpara=2),
        # ¶2: the clashes that followed on three axes: a fight between the two sides, no side named in the
        # sentence
        E(True, ["ASSAULT"], [2], "اشتباكات متقطعة", ["asserted"], mode="firearms",
          location=FRONT_AXES, date=TODAY, attribution=["مراسل «القلعة»"], acled=CLASH),
        # ¶3: mutual accusations: the ADP blames the Tabbaneh gunmen, a Tabbaneh commander the Jabal Mohsen
        # snipers
        E(True, ["ACCUSE"], [3], "اتهم", ["asserted"],
          source=ADP, recipient=TABBANEH_GUNMEN, location=TRIPOLI, date=TODAY),
        E(True, ["ACCUSE"], [3], "حمّل", ["asserted"],
          source=TABBANEH_CMDR, recipient=MOHSEN_SNIPERS, location=TRIPOLI, date=TODAY),
        # ¶6: the army's extra deployment (MOBILIZE); its return fire optional
        E(True, ["MOBILIZE"], [6], "انتشاراً إضافياً", ["asserted"], mode="troops",
          source=LAF, location=ARMY_DEPLOYMENT, date=TODAY, attribution=["قيادة الجيش – مديرية التوجيه"]),
        E(False, ["ASSAULT"], [6], "ردّت", ["asserted"], mode="firearms",
          source=LAF, location=SYRIA_STREET, date=TODAY),
        # ¶7: the agreed withdrawal not carried out (core RETREAT, negated)
        E(True, ["RETREAT"], [7], "لم ينسحب", ["negated"], mode="withdraw",
          source=BOTH_FIGHTERS, location=FRONT_LINES, date=TODAY, attribution=["مراسلنا"]),
        # paragraph 8 (Syria Street: description) holds no event
        # ¶9: the committee's second meeting «يوم السبت المقبل» (planned CONSULT, headline 0)
        E(True, ["CONSULT"], [0, 9], "اجتماعاً ثانياً", ["planned"], mode="third-party",
          source=MEDIATORS, location=TRIPOLI, date=D("2012-07-14"), tpara=9),
        # ¶10: a Tabbaneh commander's conditional threat (THREATEN; the fighting he holds out optional,
        # hypothetical; his demand on the army optional)
        E(True, ["THREATEN"], [10], "وهدّد", ["asserted"], mode="violence",
          source=TABBANEH_GROUP_CMDR, recipient=SNIPER, location=TRIPOLI, date=TODAY),
        E(False, ["ASSAULT"], [10], "بـ«إشعال المحاور كلها»", ["hypothetical"], mode="firearms",
          source=TABBANEH_GROUP_CMDR, location=FRONT_LINES, date=None),
        E(False, ["REQUEST"], [10], "مطالباً", ["asserted"],
          source=TABBANEH_GROUP_CMDR, recipient=LAF, date=TODAY),
        # ¶11: weapons said to reach Jabal Mohsen by text messages (MOBILIZE, rumored, denied; the denial
        # optional)
        E(True, ["MOBILIZE"], [11], "وصول شحنة أسلحة", ["rumored", "negated"], mode="weapons",
          source=MOHSEN_SIDE, location=JABAL_MOHSEN, date=SINCE_YESTERDAY, attribution=["رسائل نصية"]),
        E(False, ["REJECT"], [11], "نفاه", ["asserted"],
          source=ADP, date=TODAY),
        # ¶12: a sit-in at the Serail (PROTEST) and its demands (optional REQUEST)
        E(True, ["PROTEST"], [12], "واعتصم", ["asserted"], mode="demo",
          source=TABBANEH_PROTESTERS, location=SERAIL, date=TODAY, acled=PEACEFUL),
        E(False, ["REQUEST"], [12], "مطالبين", ["asserted"],
          source=TABBANEH_PROTESTERS, recipient=LB_STATE, location=SERAIL, date=TODAY),
        # ¶13: the burial belongs to the main event; paragraph 14 (trade: economy) holds no event
        # ¶15: the prime minister welcomes the truce and praises the committee (SUPPORT; his call optional)
        E(True, ["SUPPORT"], [15], "ورحّب", ["asserted"],
          source=LB_PM, recipient=MEDIATORS, date=SINCE_YESTERDAY),
        E(False, ["REQUEST"], [15], "وداعياً", ["asserted"],
          source=LB_PM, recipient=TRIPOLI_PEOPLE, date=SINCE_YESTERDAY),
        # ¶16: three gunmen arrested in al-Qubbah
        E(True, ["COERCE"], [16], "وأوقفت", ["asserted"], mode="arrest",
          source=LAF, recipient=QUBBAH_GUNMEN, location=QUBBAH, date=TODAY, acled=ARREST),
        # background at another place: a policeman killed on al-Nour Square on 8 June (historical)
        E(True, ["ASSAULT"], [17], "قُتل", ["historical", "asserted"], mode="firearms",
          source=UNKNOWN_GUNMEN, recipient=ISF_MEMBER, location=NOUR_SQUARE, date=D("2012-06-08"),
          fatalities=1, acled=ATTACK),
    ],
)
