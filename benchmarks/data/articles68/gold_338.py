"""Gold of article 338: al-Mayadin, Mahkan, Albu Kamal and the al-Omar field (Deir ez-Zor, Syria), with
Damascus, Tehran, New York and Cairo, a Beirut-based pan-Arab daily, 2024-06-19 (Wed). Mostly about diplomatic
statements, accusations, a threat, sanctions, a phone call, a visit and a planned Council session around US
air strikes whose toll is given only in a later paragraph."""
from actors_places import (
    ALBU_KAMAL,
    ALL_PARTIES,
    ARAB_LEAGUE,
    CAIRO,
    CENTCOM,
    COALITION,
    DAMASCUS_338,
    FM_CALL,
    IRAN_MFA,
    IRAN_MILITIAS,
    IRAN_UN,
    IRI,
    MAYADIN,
    MAYADIN_MAHKAN,
    NEW_YORK,
    NSA_VISIT,
    OMAR_FIELD,
    PMF,
    RU_FM,
    RU_MISSION,
    SANCTIONED,
    SY_MFA,
    SYRIA,
    TEHRAN,
    UN_SG,
    UNSC,
    US_DOD,
    US_FORCES,
    US_GOV,
    US_TREASURY,
)
from common import AIR, D, E, paras_of

SLUG = "mayadin_2024_deir_ezzor_strikes_sanctions_calls"
MONDAY = D("2024-06-17")
YESTERDAY = D("2024-06-18")
ARTICLE = dict(
    id="team68-338", slug=SLUG, published="2024-06-19",
    outlet="Al-Mashriq al-Yawm Beirut-based pan-Arab daily (fictional)",
    paras=paras_of(f"338_{SLUG}.txt"),
    events=[
        # the US air strikes on Iran-backed factions in al-Mayadin «فجر الإثنين» (one event on four sites of
        # one town): headline 0, the lead's relative clause 1, the details 3 («وكانت … قد أغارت»), CENTCOM's
        # own account 4, and the toll only in ¶7 (a local monitoring network: seven; the factions' pages give
        # no number) → 7
        E(True, ["ASSAULT"], [0, 1, 3, 4, 7], "أغارت", ["asserted", "reported"], mode="aerial",
          source=US_FORCES, recipient=IRAN_MILITIAS, location=MAYADIN, date=MONDAY, fatalities=7,
          attribution=["سكان", "القيادة المركزية الأميركية «سنتكوم»",
                       "شبكة محلية تُعنى برصد الانتهاكات في دير الزور"], acled=AIR, tpara=3),
        # ¶1: Damascus condemns the US (ACCUSE, headline «دمشق تدين») and asks the Security Council to act
        E(True, ["ACCUSE"], [0, 1], "دانت", ["asserted"],
          source=SY_MFA, recipient=US_GOV, location=DAMASCUS_338, date=YESTERDAY, tpara=1),
        E(True, ["REQUEST"], [1], "وطالبت", ["asserted"],
          source=SY_MFA, recipient=UNSC, date=YESTERDAY),
        # ¶2: the Iranian spokesman's warning (THREATEN, headline «وطهران تحذّر»); the «response» is only
        # hypothetical, and his denial, his blame of Washington and the protest letter to the UN are optional
        E(True, ["THREATEN"], [0, 2], "حذّر", ["asserted"], mode="violence",
          source=IRAN_MFA, recipient=US_GOV, location=TEHRAN, date=YESTERDAY, tpara=2),
        E(False, ["ASSAULT"], [2], "بلا رد", ["hypothetical"], mode="aerial",
          source=IRAN_MFA, recipient=US_GOV, date=None),
        E(False, ["REJECT"], [2], "نافياً", ["asserted"],
          source=IRAN_MFA, recipient=US_GOV, date=YESTERDAY),
        E(False, ["ACCUSE"], [2], "ومتهماً", ["asserted"],
          source=IRAN_MFA, recipient=US_GOV, date=YESTERDAY),
        E(False, ["ACCUSE"], [2], "رسالة احتجاج", ["asserted", "reported"],
          source=IRAN_UN, recipient=UN_SG, date=None),
        # ¶4: CENTCOM blames the IRGC and its groups (ACCUSE); «ستحمي قواتها» is an optional THREATEN; the
        # «repeated attacks» on the coalition's bases are generic
        E(True, ["ACCUSE"], [4], "متهمةً", ["asserted"],
          source=CENTCOM, recipient=IRAN_MILITIAS, date=D("2024-06-17", "day", ("2024-06-17", "2024-06-18"))),
        E(False, ["THREATEN"], [4], "ستحمي قواتها", ["asserted"], mode="violence",
          source=CENTCOM, recipient=IRAN_MILITIAS, date=None),
        # ¶5: the Treasury's sanctions on three commanders and a Mayadin company (SANCTION, headline «وواشنطن
        # تعاقب»); the count of this year's packages is an aggregate
        E(True, ["SANCTION"], [0, 5], "فرض عقوبات", ["asserted"],
          source=US_TREASURY, recipient=SANCTIONED, date=MONDAY, tpara=5),
        # ¶6 (Baghdad's silence) holds no event
        # ¶8: the two foreign ministers' phone call (CONSULT phone) and Moscow's support (SUPPORT); the
        # rejection of the US presence and the agreement to keep coordinating are optional
        E(True, ["CONSULT"], [8], "اتصالاً هاتفياً", ["asserted"], mode="phone",
          source=FM_CALL, recipient=FM_CALL, date=YESTERDAY),
        E(True, ["SUPPORT"], [8], "دعم موسكو", ["asserted", "reported"],
          source=RU_FM, recipient=SYRIA, date=YESTERDAY, attribution=["بيان للخارجية السورية"]),
        E(False, ["REJECT"], [8], "رفض بلاده", ["asserted", "reported"],
          source=RU_FM, recipient=US_GOV, date=YESTERDAY),
        E(False, ["AGREE"], [8], "اتفقا", ["asserted", "reported"],
          source=FM_CALL, recipient=FM_CALL, date=YESTERDAY),
        # ¶9: the Syrian president receives Iraq's national security adviser in Damascus (CONSULT visit)
        E(True, ["CONSULT"], [9], "استقبل", ["asserted", "reported"], mode="visit",
          source=NSA_VISIT, recipient=NSA_VISIT, location=DAMASCUS_338, date=YESTERDAY,
          attribution=["الوكالة العربية السورية للأنباء «سانا»"]),
        # ¶10 (al-Mayadin as the factions' stronghold since late 2017) holds no event
        # ¶11: the factions clearing their offices and moving arms to farms near Mahkan, a leaked report that
        # could not be checked (rumoured; RETREAT, MOBILIZE accepted)
        E(True, ["RETREAT", "MOBILIZE"], [11], "إخلاء", ["rumored", "reported"], mode="withdraw",
          source=IRAN_MILITIAS, location=MAYADIN_MAHKAN,
          date=D("2024-06-17", "day", ("2024-06-17", "2024-06-18")),
          attribution=["أنباء من داخل المدينة", "أحد السكان"]),
        # background at another place: three drones on the al-Omar field base «مساء الخميس الماضي», claimed by
        # the Islamic Resistance in Iraq, nobody hurt (core, historical; the downing of two is part of it)
        E(True, ["ASSAULT"], [12], "لهجوم بثلاث طائرات مسيّرة", ["historical", "asserted"], mode="aerial",
          source=IRI, recipient=COALITION, location=OMAR_FIELD, date=D("2024-06-13"), acled=AIR),
        # ¶13: a closed Security Council session «يوم الجمعة المقبل» (planned CONSULT); Russia's request and
        # its memo accusing the US (told with «وكانت … قد») are optional
        E(True, ["CONSULT"], [13], "جلسة مشاورات مغلقة", ["planned"], mode="multilateral",
          source=UNSC, location=NEW_YORK, date=D("2024-06-21"), attribution=["دبلوماسي غربي في نيويورك"]),
        E(False, ["REQUEST"], [13], "بطلب من روسيا", ["asserted"],
          source=RU_MISSION, recipient=UNSC, date=None),
        E(False, ["ACCUSE"], [13], "تتهم", ["asserted", "historical"],
          source=RU_MISSION, recipient=US_GOV, location=NEW_YORK, date=YESTERDAY),
        # ¶14 (analysts' reading) holds no event
        # ¶15: a US strike on a PMF office near Albu Kamal «ليل الثلاثاء», told by Iranian media and denied by
        # the Pentagon (negated; the report is accepted as reported or rumoured)
        E(True, ["ASSAULT"], [15], "أي غارة", ["negated", "reported", "rumored"], mode="aerial",
          source=US_DOD, recipient=PMF, location=ALBU_KAMAL, date=YESTERDAY,
          attribution=["وزارة الدفاع الأميركية", "وسائل إعلام إيرانية"]),
        # ¶16: the Arab League's call on all parties (REQUEST); the Gulf states' silence is no event
        E(True, ["REQUEST"], [16], "ودعا", ["asserted"],
          source=ARAB_LEAGUE, recipient=ALL_PARTIES, location=CAIRO,
          date=D("2024-06-18", "day", ("2024-06-17", "2024-06-19"))),
    ],
)
