"""Gold of article 094: the Qusayr countryside and the Hermel border (Hawsh al-Sayyed Ali, al-Qasr and Sahlat al-Maa,
Qusayr city, Homs, the Jusiyah crossing), a Syrian Homs news site, 2025-02-09 (Sun)."""
from actors_places import (
                           FIRE_SOURCES,
                           GSA,
                           GSA_MEMBERS,
                           HAWSH,
                           HAWSH_HERMEL,
                           HERMEL_BORDER,
                           HERMEL_CIVILIANS,
                           HERMEL_VILLAGES,
                           HEZBOLLAH,
                           HOMS,
                           JOINT_COMMITTEE,
                           JUSIYAH,
                           LB_ARMY,
                           LB_CITIZENS,
                           LB_CLANS,
                           LB_MOD_MIN,
                           LB_STATE,
                           MEDIATORS,
                           MOD_CAPTIVES,
                           MOD_CLANS,
                           QASR_LB,
                           QASR_RESIDENTS,
                           QUSAYR,
                           QUSAYR_SMUGGLERS,
                           SY_LB_MINISTERS,
                           SY_MOD,
                           SY_MOD_MIN,
                           UNKNOWN,
)
from common import ABDUCTION, AGREEMENT, ARREST, CLASH, RIOT, SHELL, D, E, paras_of

SLUG = "qusayr_hawsh_al_sayyed_ali_hermel_border_clans"
ARTICLE = dict(
    id="team19-094", slug=SLUG, published="2025-02-09", outlet="Bawwabat al-Asi news site (fictional)",
    paras=paras_of(f"094_{SLUG}.txt"),
    events=[
        # the two-sided clash near Hawsh al-Sayyed Ali «مساء أمس السبت»: headline 0, lead 1, the ministry's
        # «كمين» version 2, the hospital's follow-up 8 (the funeral is no event); Hezbollah's denial of any link
        # in ¶10 denies its role, not the clash; 3 killed
        E(True, ["ASSAULT"], [0, 1, 2, 8], "اشتباكات عنيفة", ["asserted", "reported"], mode="firearms",
          source=MOD_CLANS, location=HAWSH, date=D("2025-02-08"), fatalities=3,
          attribution=["مصدر عسكري", "بيان وزارة الدفاع على معرّفاتها الرسمية", "مصدر طبي في المستشفى الوطني بحمص"],
          acled=CLASH, tpara=1),
        # the ministry's blame of Hezbollah («ميليشيا حزب الله» then «الحزبَ»)
        E(True, ["ACCUSE"], [2], "وحمّلت", ["asserted"],
          source=SY_MOD, recipient=HEZBOLLAH, date=D("2025-02-09")),
        # shells from the Syrian side on three Lebanese villages under one verb: one event; 2 civilians killed,
        # told through the NNA on local sources
        E(True, ["ASSAULT"], [0, 3], "سقطت قذائف مدفعية", ["asserted", "reported"], mode="heavy-weapons",
          source=SY_MOD, recipient=HERMEL_CIVILIANS, location=HERMEL_VILLAGES,
          date=D("2025-02-08", "day", ("2025-02-08", "2025-02-09")), fatalities=2,
          attribution=["الوكالة الوطنية للإعلام عن مصادر محلية"], acled=SHELL, tpara=3),
        # the Lebanese army: return fire (ASSAULT) and a reinforced deployment (MOBILIZE); its participle call to
        # citizens optional; «منعاً لأي تسلل» is a purpose, no event
        E(True, ["ASSAULT"], [4], "ردّت على مصادر النيران", ["asserted", "reported"], mode="heavy-weapons",
          source=LB_ARMY, recipient=FIRE_SOURCES, location=HERMEL_BORDER,
          date=D("2025-02-08", "day", ("2025-02-08", "2025-02-09")),
          attribution=["قيادة الجيش اللبناني – مديرية التوجيه"], acled=CLASH),
        E(True, ["MOBILIZE"], [4], "عزّزت انتشارها", ["asserted", "reported"], mode="troops",
          source=LB_ARMY, location=HERMEL_BORDER, date=D("2025-02-09", "day", ("2025-02-08", "2025-02-09")),
          attribution=["قيادة الجيش اللبناني – مديرية التوجيه"]),
        E(False, ["REQUEST"], [4], "داعيةً", ["asserted"],
          source=LB_ARMY, recipient=LB_CITIZENS, date=D("2025-02-09")),
        # the General Security raid in Qusayr: raid, seizure and four arrests by one actor, one place, one night =
        # one COERCE
        E(True, ["COERCE"], [5], "داهمت", ["asserted", "reported"], mode="arrest",
          source=GSA, recipient=QUSAYR_SMUGGLERS, location=QUSAYR, date=D("2025-02-09"),
          attribution=["إدارة الأمن العام"], acled=ARREST),
        # the ministers' phone call (CONSULT) and the ceasefire agreed in it (AGREE; the committee is its content)
        E(True, ["CONSULT"], [6], "اتصالاً هاتفياً", ["asserted", "reported"], mode="phone",
          source=SY_MOD_MIN, recipient=LB_MOD_MIN, date=D("2025-02-09"), attribution=["سانا عن مصدر في الوزارة"]),
        E(True, ["AGREE", "CONCEDE"], [6], "اتفق الجانبان", ["asserted", "reported"],
          source=SY_LB_MINISTERS, date=D("2025-02-09"), attribution=["سانا عن مصدر في الوزارة"], acled=AGREEMENT),
        # the committee's first meeting planned in Homs next Wednesday
        E(True, ["CONSULT"], [7], "تعقد", ["planned", "reported"], mode="multilateral",
          source=JOINT_COMMITTEE, location=HOMS, date=D("2025-02-12"), attribution=["مصدر في وزارة الدفاع"]),
        # the rumoured capture of two ministry soldiers (unconfirmed) and the rumoured mediation for a swap (optional)
        E(True, ["ASSAULT", "COERCE"], [9], "أسر", ["rumored", "reported"], mode="abduct",
          source=LB_CLANS, recipient=MOD_CAPTIVES, location=HAWSH_HERMEL, date=D("2025-02-08"),
          attribution=["حسابات لبنانية على مواقع التواصل الاجتماعي"], acled=ABDUCTION),
        E(False, ["CONSULT"], [9], "وساطة", ["rumored"], mode="third-party",
          source=MEDIATORS, location=QUSAYR, date=D("2025-02-09")),
        # Hezbollah's call on the Lebanese state (its denial of any link is no event)
        E(True, ["REQUEST"], [10], "ودعا", ["asserted"],
          source=HEZBOLLAH, recipient=LB_STATE, date=D("2025-02-09")),
        # paragraph 11 is a generic statement (smuggling corridor, recurring clashes): deliberately NO gold event
        # al-Qasr: road blocked with burning tyres (PROTEST) and the demand to the government; the participle threat
        # conditional on more shells is optional
        E(True, ["PROTEST"], [12], "وقطع", ["asserted"], mode="obstruct",
          source=QASR_RESIDENTS, location=QASR_LB, date=D("2025-02-09"), acled=RIOT),
        E(True, ["REQUEST"], [12], "وطالبوا", ["asserted"],
          source=QASR_RESIDENTS, recipient=LB_STATE, location=QASR_LB, date=D("2025-02-09")),
        E(False, ["THREATEN"], [12], "مهدّدين", ["asserted"], mode="violence",
          source=QASR_RESIDENTS, location=QASR_LB, date=D("2025-02-09")),
        # background, one sentence two events: the abduction of two General Security members «الأربعاء الماضي» and
        # their release on Friday evening through tribal mediation
        E(True, ["ASSAULT"], [13], "خطفوا", ["historical", "asserted", "reported"], mode="abduct",
          source=UNKNOWN, recipient=GSA_MEMBERS, location=JUSIYAH, date=D("2025-02-05"),
          attribution=["مصادر محلية"], acled=ABDUCTION),
        E(True, ["RETREAT"], [13], "يُفرج عنهما", ["historical", "asserted", "reported"], mode="release",
          source=UNKNOWN, recipient=GSA_MEMBERS, location=JUSIYAH, date=D("2025-02-07"),
          attribution=["مصادر محلية"]),
    ],
)
