"""Gold of article 090: al-Qusayr and the Hermel border (Jousieh, Hawsh al-Sayyed Ali, al-Qasr, Rablah, Zita), a
Syrian local site, 2025-04-08 (Tue)."""
from actors_places import (
                           BORDER_COMMITTEE,
                           HAWSH_QASR,
                           HERMEL_CIVILIANS,
                           HERMEL_NOTABLES,
                           HEZBOLLAH,
                           JOUSIEH,
                           LB_ARMY,
                           LB_CLAN_GUNMEN,
                           LB_DEF_MIN,
                           LB_GUNMEN,
                           LB_STATE,
                           QASR_LB,
                           QUSAYR,
                           QUSAYR_SMUGGLERS,
                           RABLAH,
                           RABLAH_SHEPHERDS,
                           SY_DEF_MIN,
                           SY_GS,
                           SY_LB_MINISTERS,
                           SY_MOD,
                           UNKNOWN,
                           ZITA,
                           ZITA_VICTIM,
)
from common import AGREEMENT, ARREST, ATTACK, CLASH, SHELL, D, E, paras_of

ABDUCTION = ["Violence against civilians/Abduction/forced disappearance"]

SLUG = "qusayr_jousieh_hawsh_al_sayyed_ali_hermel_border"
ARTICLE = dict(
    id="team18-090", slug=SLUG, published="2025-04-08", outlet="Ain al-Qusayr news site (fictional)",
    paras=paras_of(f"090_{SLUG}.txt"),
    events=[
        # the attack on the General Security checkpoint near Jousieh: headline 0, lead 1 (SANA through a Homs security
        # source), the follow-up 8 (the obituary; the Observatory names the attackers' origin and tells of the
        # exchange of fire and their retreat: the same fight) → 2 killed
        E(True, ["ASSAULT"], [0, 1, 8], "بهجوم شنّه", ["asserted", "reported"], mode="firearms",
          source=LB_GUNMEN, recipient=SY_GS, location=JOUSIEH, date=D("2025-04-08"), fatalities=2,
          attribution=["سانا عن مصدر في مديرية أمن حمص", "إدارة الأمن العام", "المرصد السوري لحقوق الإنسان"],
          acled=CLASH, tpara=1),
        # the Syrian shelling of two Lebanese villages under one verb (one event), told by the Lebanese agency
        E(True, ["ASSAULT"], [2], "بقصف مدفعي", ["asserted", "reported"], mode="heavy-weapons",
          source=SY_MOD, recipient=HERMEL_CIVILIANS, location=HAWSH_QASR, date=D("2025-04-08"),
          attribution=["الوكالة الوطنية للإعلام"], acled=SHELL),
        # the Lebanese army: reinforced deployment (headline 0) and return fire at unnamed sources
        E(True, ["MOBILIZE"], [0, 3], "عزّزت انتشارها", ["asserted", "reported"], mode="troops",
          source=LB_ARMY, location=HAWSH_QASR, date=D("2025-04-08"), attribution=["بيان قيادة الجيش اللبناني"],
          tpara=3),
        E(True, ["ASSAULT"], [3], "ردّت على مصادر النيران", ["asserted", "reported"], mode="firearms",
          source=LB_ARMY, location=HAWSH_QASR, date=D("2025-04-08"), attribution=["بيان قيادة الجيش اللبناني"],
          acled=CLASH),
        # the Syrian ministry's accusation of Hezbollah and its conditional threat (made: asserted); Hezbollah's
        # denial of any link (optional REJECT)
        E(True, ["ACCUSE"], [4], "واتهمت", ["asserted", "reported"],
          source=SY_MOD, recipient=HEZBOLLAH, date=D("2025-04-08"), attribution=["معرّفات وزارة الدفاع السورية"]),
        E(True, ["THREATEN"], [4], "وتوعّدت", ["asserted", "reported"], mode="violence",
          source=SY_MOD, date=D("2025-04-08"), attribution=["معرّفات وزارة الدفاع السورية"]),
        E(False, ["REJECT"], [4], "نفى الحزب", ["asserted"],
          source=HEZBOLLAH, recipient=SY_MOD, date=D("2025-04-08")),
        # the two ministers' phone call and what they agreed (the ceasefire to be «consolidated» and the committee
        # to be formed are the agreement's content)
        E(True, ["CONSULT"], [5], "اتصالاً هاتفياً", ["asserted", "reported"], mode="phone",
          source=SY_DEF_MIN, recipient=LB_DEF_MIN, date=D("2025-04-08"), attribution=["سانا"]),
        E(True, ["AGREE"], [5], "واتفق", ["asserted", "reported"],
          source=SY_LB_MINISTERS, date=D("2025-04-08"), attribution=["سانا"], acled=AGREEMENT),
        # the committee's first meeting on Thursday (planned)
        E(True, ["CONSULT"], [6], "اجتماعاتها", ["planned", "reported"], mode="multilateral",
          source=BORDER_COMMITTEE, location=JOUSIEH, date=D("2025-04-10"),
          attribution=["مصدر عسكري سوري"]),
        # four arrests in al-Qusayr (the truck seized in the same act)
        E(True, ["COERCE"], [7], "اعتقلت", ["asserted", "reported"], mode="arrest",
          source=SY_GS, recipient=QUSAYR_SMUGGLERS, location=QUSAYR, date=D("2025-04-08"),
          attribution=["مصدر محلي"], acled=ARREST),
        # the rumoured abduction of two shepherds near Rablah, unconfirmed (not denied)
        E(True, ["ASSAULT"], [9], "اختطاف", ["rumored", "reported"], mode="abduct",
          source=LB_CLAN_GUNMEN, recipient=RABLAH_SHEPHERDS, location=RABLAH,
          date=D("2025-04-08", "day", ("2025-04-07", "2025-04-08")),
          attribution=["صفحات محلية على مواقع التواصل الاجتماعي"], acled=ABDUCTION),
        # the Hermel notables' conditional warning (a threat made: asserted; the fighting it foresees is hypothetical,
        # optional) and their demand to the Lebanese state; the crowd of clansmen is no event
        E(True, ["THREATEN"], [10], "وحذّر", ["asserted"], mode="violence",
          source=HERMEL_NOTABLES, recipient=SY_MOD, location=QASR_LB, date=D("2025-04-08")),
        E(False, ["ASSAULT"], [10], "سيدافعون", ["hypothetical"], mode="firearms",
          source=HERMEL_NOTABLES, location=QASR_LB, date=None),
        E(True, ["REQUEST"], [10], "مطالبين", ["asserted"],
          source=HERMEL_NOTABLES, recipient=LB_STATE, location=QASR_LB, date=D("2025-04-08")),
        # paragraph 11 is a generic statement: deliberately NO gold event
        # last February's clashes and the truce of late March, recalled «في المنطقة نفسها» (optional, historical;
        # no place name in the paragraph)
        E(False, ["ASSAULT"], [12], "الاشتباكات", ["historical"], mode="firearms",
          date=D("2025-02-15", "month", ("2025-02-01", "2025-02-28")), acled=CLASH),
        E(False, ["AGREE"], [12], "باتفاق تهدئة", ["historical"],
          date=D("2025-03-28", "week", ("2025-03-20", "2025-03-31")), acled=AGREEMENT),
        # background: Friday before a Tuesday, a young man shot dead near Zita
        E(True, ["ASSAULT"], [13], "برصاص مسلحين مجهولين", ["historical", "asserted", "reported"], mode="firearms",
          source=UNKNOWN, recipient=ZITA_VICTIM, location=ZITA, date=D("2025-04-04"), fatalities=1,
          attribution=["ذوو الضحية"], acled=ATTACK),
    ],
)
