"""Gold of article 262: Aytat and Hill 888, Choueifat, Kayfoun, Baysour, Aley and Bhamdoun, Khaldeh,
al-Yarzeh and Baakline (Mount Lebanon) and Beirut, a Beirut daily's Aley report, 2008-05-12 (Mon)."""
from actors_places import (
    ALEY_BHAMDOUN,
    ARAB_COMMITTEE,
    AYTAT,
    AYTAT_FIGHT,
    BAAKLINE,
    BAAKLINE_WOMEN,
    BAYSOUR,
    BEIRUT,
    CHOUEIFAT,
    FIGHT_PARTIES_LB,
    HEZ_MEMBERS,
    HEZ_OFFICIAL,
    HEZBOLLAH,
    KAYFOUN,
    KHALDEH,
    KHALDEH_GUNMEN,
    LB_ALL_PARTIES,
    LB_ARMY,
    LB_ARMY_CMDR,
    LB_DISPLACED,
    LB_LEADERS,
    LDP_MEDIATOR,
    LRC_NGOS,
    PSP,
    PSP_LEADER,
    PSP_MP,
    PSP_SUPPORTERS,
    PSP_VICTIMS,
    SNIPERS,
    YARZEH,
)
from common import ABDUCTION, AGREEMENT, ARREST, CLASH, PEACEFUL, SHELL, TRANSFER, D, E, paras_of

SLUG = "aley_2008_aytat_choueifat_kayfoun_baysour_baakline"
TODAY = D("2008-05-12")
YESTERDAY = D("2008-05-11")
SINCE_YESTERDAY = D("2008-05-12", "day", ("2008-05-11", "2008-05-12"))
OVERNIGHT = D("2008-05-11", "day", ("2008-05-11", "2008-05-12"))
ARTICLE = dict(
    id="team53-262", slug=SLUG, published="2008-05-12",
    outlet="al-Mashriq al-Jadid daily, Beirut, Aley report (fictional)",
    paras=paras_of(f"262_{SLUG}.txt"),
    events=[
        # the Hezbollah–PSP fighting around Aytat and Hill 888 «من فجر أمس الأحد حتى ساعات المساء»: headline
        # 0 (no number), lead 1 (security sources: eight), the follow-up 9 (a PSP source: eleven Hezbollah
        # fighters and four of its own; a Lebanese Democratic Party mediator: six bodies from both sides) → 6.
        # Two-sided: both are sources
        E(True, ["ASSAULT"], [0, 1, 9], "اشتباكات", ["asserted", "reported"], mode="heavy-weapons",
          source=AYTAT_FIGHT, location=AYTAT, date=YESTERDAY, fatalities=6,
          attribution=["مصادر أمنية", "مصدر في الحزب الاشتراكي", "أحد وسطاء الحزب الديمقراطي اللبناني",
                       "مسعفون"], acled=CLASH, tpara=1),
        # Choueifat: the army takes over the PSP's positions (headline 0; a hand-over carried out: RETREAT by
        # the PSP, a non-violent transfer), after the PSP leader announced it (CONCEDE); his request to his
        # supporters is part of the announcement (optional)
        E(True, ["RETREAT"], [0, 2], "تسلّمت", ["asserted"], mode="withdraw",
          source=PSP, recipient=LB_ARMY, location=CHOUEIFAT, date=YESTERDAY, acled=TRANSFER, tpara=2),
        E(True, ["CONCEDE"], [2], "أعلن", ["asserted"], mode="withdraw",
          source=PSP_LEADER, date=YESTERDAY),
        E(False, ["REQUEST"], [2], "طلب", ["asserted"],
          source=PSP_LEADER, recipient=PSP_SUPPORTERS, date=YESTERDAY),
        # mortar rounds on the edge of Kayfoun in the afternoon, told by residents; no known source
        E(True, ["ASSAULT"], [3], "قذائف هاون", ["reported", "asserted"], mode="heavy-weapons",
          location=KAYFOUN, date=YESTERDAY, attribution=["سكان في كيفون"], acled=SHELL),
        # paragraph 4 (the slopes above the southern suburb, «every hill a potential front line») holds no
        # event a Democratic Gathering MP's accusation of Hezbollah and his call on the army (the press
        # conference itself is no event)
        E(True, ["ACCUSE"], [5], "واتهم", ["asserted"],
          source=PSP_MP, recipient=HEZBOLLAH, date=TODAY),
        E(True, ["REQUEST"], [5], "داعياً", ["asserted"],
          source=PSP_MP, recipient=LB_ARMY, date=TODAY),
        # a Hezbollah official's conditional warning (made); his denial that the party started the fighting
        # (optional, negated), his counter-accusation (optional) and the abduction it alleges «ليل السبت»
        # (optional, reported)
        E(True, ["THREATEN"], [6], "حذّر", ["asserted"], mode="violence",
          source=HEZ_OFFICIAL, recipient=PSP, date=SINCE_YESTERDAY, attribution=["قناة «المنار»"]),
        E(False, ["ASSAULT"], [6], "بادر", ["negated"], mode="firearms",
          source=HEZBOLLAH, date=None),
        E(False, ["ACCUSE"], [6], "ومتهماً", ["asserted"],
          source=HEZ_OFFICIAL, recipient=PSP, date=SINCE_YESTERDAY),
        E(False, ["ASSAULT"], [6], "بخطف", ["reported"], mode="abduct",
          source=PSP, recipient=HEZ_MEMBERS, date=D("2008-05-10", "day", ("2008-05-10", "2008-05-11")),
          acled=ABDUCTION),
        # the rumoured fall of Baysour to Hezbollah, denied by its mayor
        E(True, ["ASSAULT", "COERCE"], [7], "سقوط", ["rumored", "negated", "reported"], mode="seize",
          source=HEZBOLLAH, location=BAYSOUR, date=SINCE_YESTERDAY,
          attribution=["مواقع إلكترونية ورسائل هاتفية", "رئيس بلدية بيصور"], acled=CLASH),
        # the Red Cross's and local associations' mattresses and meals for the families displaced to Aley and
        # Bhamdoun (their arrival is no event)
        E(True, ["AID"], [8], "وزّع", ["asserted"], mode="humanitarian",
          source=LRC_NGOS, recipient=LB_DISPLACED, location=ALEY_BHAMDOUN, date=SINCE_YESTERDAY),
        # in the follow-up, the short truce to take out the bodies (optional)
        E(False, ["AGREE", "CONCEDE"], [9], "هدنة", ["reported"], mode="ceasefire",
          source=LDP_MEDIATOR, location=AYTAT, date=YESTERDAY),
        # the army commander meets both sides at al-Yarzeh (CONSULT) and they agree on a ceasefire and the
        # army's deployment (AGREE); the ceasefire from six this morning and the deployment are the terms
        # (optional, planned)
        E(True, ["CONSULT"], [10], "التقى", ["asserted"], mode="third-party",
          source=LB_ARMY_CMDR, recipient=FIGHT_PARTIES_LB, location=YARZEH, date=YESTERDAY,
          attribution=["بيان لمديرية التوجيه"]),
        E(True, ["AGREE"], [10], "واتُّفق", ["asserted"],
          source=FIGHT_PARTIES_LB, location=YARZEH, date=YESTERDAY, acled=AGREEMENT),
        E(False, ["CONCEDE", "RETREAT"], [10], "وقف لإطلاق النار", ["planned", "asserted"], mode="ceasefire",
          source=FIGHT_PARTIES_LB, date=TODAY),
        E(False, ["MOBILIZE"], [10], "نشر وحدات", ["planned"], mode="troops",
          source=LB_ARMY, date=TODAY),
        # the Arab ministerial committee due on Wednesday (planned)
        E(True, ["CONSULT"], [11], "تصل", ["planned"], mode="visit",
          source=ARAB_COMMITTEE, recipient=LB_LEADERS, location=BEIRUT, date=D("2008-05-14")),
        # paragraph 12 (a road accident, an aggregate of the past six days) holds no event four gunmen
        # stopped at the Khaldeh checkpoint (the seizure of their weapons optional)
        E(True, ["COERCE"], [13], "وأوقفت", ["asserted"], mode="arrest",
          source=LB_ARMY, recipient=KHALDEH_GUNMEN, location=KHALDEH, date=TODAY, acled=ARREST),
        E(False, ["COERCE"], [13], "وصادرت", ["asserted"], mode="confiscate",
          source=LB_ARMY, recipient=KHALDEH_GUNMEN, location=KHALDEH, date=TODAY),
        # background: Friday before a Monday, snipers killed two PSP members in Choueifat (core, historical);
        # the PSP's blaming of Hezbollah for it (optional, historical)
        E(True, ["ASSAULT"], [14], "قُتل", ["historical", "asserted"], mode="firearms",
          source=SNIPERS, recipient=PSP_VICTIMS, location=CHOUEIFAT, date=D("2008-05-09"), fatalities=2,
          acled=CLASH),
        E(False, ["ACCUSE"], [14], "حمّل", ["historical"],
          source=PSP, recipient=HEZBOLLAH, date=D("2008-05-09", "day", ("2008-05-09", "2008-05-11"))),
        # the women's sit-in at the Baakline serail and their demand
        E(True, ["PROTEST"], [15], "اعتصاماً", ["asserted"], mode="demo",
          source=BAAKLINE_WOMEN, location=BAAKLINE, date=TODAY, acled=PEACEFUL),
        E(True, ["REQUEST"], [15], "وطالبن", ["asserted"],
          source=BAAKLINE_WOMEN, recipient=LB_ALL_PARTIES, location=BAAKLINE, date=TODAY),
    ],
)
