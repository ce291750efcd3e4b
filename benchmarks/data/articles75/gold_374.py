"""Gold of article 374: an air strike on two cars between Azzan and Habban whose author and toll are
disputed, Ansar al-Sharia's accusation, the tribal elders' condemnation and the observatory's call for an
inquiry, an MP's accusation and the ministry's rejection, a governor who did not attend, the group's
threat, a raised alert, a road blocked in protest, a rumoured second strike near Nisab, a parliamentary
committee due on Thursday and a strike on al-Musayna'a on 29 March (Shabwa, Yemen), a Yemeni weekly
newspaper's news site, 2012-04-23 (Mon). Dateline «عتق – «صدى عتق»:»; the main event is told first, in
the lead, and again by tribal sources (¶2: nine), the defence ministry and witnesses (¶3), the group (¶4)
and a victim's father (¶5) → 6. Mostly about an air strike with disputed responsibility."""
from actors_places import (
    AAS,
    ATAQ,
    ATAQ_AZZAN_ROAD,
    AZZAN,
    AZZAN_ROAD,
    AZZAN_STRIKER,
    AZZAN_THREATENED,
    AZZAN_VICTIMS,
    MUSAYNAA,
    MUSAYNAA_VICTIMS,
    NISAB,
    SHABWA_AUTHORITIES,
    SHABWA_ELDERS,
    SHABWA_GOVERNOR,
    SHABWA_MP,
    SHABWA_OBSERVATORY,
    SHABWA_SEC_COMMITTEE,
    SHABWA_TRIBESMEN,
    USA,
    YE_GOV,
    YE_MOD_SOURCE,
    YE_PARL_VISIT,
)
from common import AIR, PEACEFUL, D, E, paras_of

SLUG = "azzan_2012_habban_ataq_nisab"
TODAY = D("2012-04-23")
TODAY_OPEN = D("2012-04-23", "day", ("2012-04-22", "2012-04-23"))
ARTICLE = dict(
    id="team75-374", slug=SLUG, published="2012-04-23",
    outlet="Sada Ataq, Yemeni weekly newspaper's news site (fictional)",
    paras=paras_of(f"374_{SLUG}.txt"),
    events=[
        # MAIN EVENT, told first in the lead: the air strike on two cars «مساء أمس الأحد» (headline 0; lead 1:
        # a security official's six; tribal sources 2: nine; the ministry's claim of a Yemeni jet and the
        # witnesses' drone 3; the group's statement 4; a victim's father 5) → 6 (the lowest count). The author
        # is disputed: every author named is accepted
        E(True, ["ASSAULT"], [0, 1, 2, 3, 4, 5], "غارة جوية", ["asserted", "reported"], mode="aerial",
          source=AZZAN_STRIKER, recipient=AZZAN_VICTIMS, location=AZZAN_ROAD, date=D("2012-04-22"),
          fatalities=6,
          attribution=["مسؤول أمني في المحافظة", "مصادر قبلية", "الموقع الإلكتروني لوزارة الدفاع",
                       "شهود عيان", "جماعة «أنصار الشريعة»"],
          acled=AIR, tpara=1),
        # ¶4: Ansar al-Sharia blames «the crusader American aircraft» (ACCUSE)
        E(True, ["ACCUSE"], [4], "واتهمت", ["asserted", "reported"],
          source=AAS, recipient=USA, date=TODAY_OPEN, attribution=["بيان نُشر على منتديات جهادية"]),
        # ¶6 (the dirt road described) holds no event. ¶7: the elders' condemnation (ACCUSE) and the
        # observatory's call for an independent inquiry (REQUEST)
        E(True, ["ACCUSE"], [7], "ودان", ["asserted"],
          source=SHABWA_ELDERS, recipient=SHABWA_AUTHORITIES, date=TODAY_OPEN, attribution=["بيان مشترك"]),
        E(True, ["REQUEST"], [7], "طالب", ["asserted"],
          source=SHABWA_OBSERVATORY, date=TODAY_OPEN),
        # ¶8: an MP accuses the government of covering for US strikes (ACCUSE; his demand optional) and a
        # ministry source rejects it (REJECT)
        E(True, ["ACCUSE"], [8], "اتهم", ["asserted"],
          source=SHABWA_MP, recipient=YE_GOV, date=TODAY_OPEN),
        E(False, ["REQUEST"], [8], "مطالباً", ["asserted"],
          source=SHABWA_MP, recipient=YE_GOV, date=TODAY_OPEN),
        E(True, ["REJECT"], [8], "رفضه", ["asserted"],
          source=YE_MOD_SOURCE, recipient=SHABWA_MP, date=TODAY_OPEN),
        # ¶9: the governor did not attend the elders' meeting (CONSULT, negated); sending his office director
        # instead is optional
        E(True, ["CONSULT"], [9], "ولم يحضر", ["negated"],
          source=SHABWA_GOVERNOR, recipient=SHABWA_ELDERS, location=ATAQ, date=TODAY,
          attribution=["أحد الحاضرين"]),
        E(False, ["CONSULT"], [9], "بإيفاد", ["asserted"],
          source=SHABWA_GOVERNOR, recipient=SHABWA_ELDERS, location=ATAQ, date=TODAY),
        # ¶10 (the embassy's silence) holds no event. ¶11: the group's threat (THREATEN); the earlier attacks
        # on army camps it recalls are optional, generic
        E(True, ["THREATEN"], [11], "وتوعّدت", ["asserted", "reported"], mode="violence",
          source=AAS, recipient=AZZAN_THREATENED, location=AZZAN, date=TODAY_OPEN),
        E(False, ["ASSAULT"], [11], "هجمات الجماعة", ["generic", "historical"], mode="firearms",
          source=AAS, date=None),
        # ¶12: the security committee raises the alert and deploys patrols (MOBILIZE)
        E(True, ["MOBILIZE"], [12], "رفع حالة التأهب", ["asserted", "reported"], mode="troops",
          source=SHABWA_SEC_COMMITTEE, location=ATAQ, date=TODAY_OPEN,
          attribution=["وكالة الأنباء اليمنية «سبأ»"]),
        # ¶13: tribesmen block the road in protest (PROTEST obstruct); the mediators' pledge is optional
        E(True, ["PROTEST"], [13], "قطع", ["asserted"], mode="obstruct",
          source=SHABWA_TRIBESMEN, location=ATAQ_AZZAN_ROAD, date=TODAY, acled=PEACEFUL),
        E(False, ["AGREE"], [13], "تعهدوا", ["asserted"],
          location=ATAQ_AZZAN_ROAD, date=TODAY),
        # ¶14: a second strike near Nisab, told by local sites and unconfirmed (rumoured)
        E(True, ["ASSAULT"], [14], "غارة ثانية", ["rumored", "reported"], mode="aerial",
          location=NISAB, date=TODAY, attribution=["مواقع إخبارية محلية"], acled=AIR),
        # ¶15: a parliamentary fact-finding committee due «يوم الخميس المقبل» (planned CONSULT)
        E(True, ["CONSULT"], [15], "تصل", ["planned"], mode="visit",
          source=YE_PARL_VISIT, recipient=YE_PARL_VISIT, location=ATAQ, date=D("2012-04-26"),
          attribution=["نائب عن المحافظة"]),
        # ¶16 (fuel and power) holds no event. Background at another place: a strike on a car in al-Musayna'a
        # on Thursday 29 March (3)
        E(True, ["ASSAULT"], [17], "غارة مماثلة", ["historical", "asserted"], mode="aerial",
          recipient=MUSAYNAA_VICTIMS, location=MUSAYNAA, date=D("2012-03-29"), fatalities=3, acled=AIR),
    ],
)
