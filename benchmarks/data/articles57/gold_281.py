"""Gold of article 281: Kanaker and Saasaa (Rural Damascus, Syria), Qatana, Damascus, Deir Khabiyah and
Darayya, a pro-government Damascus daily, 2016-11-21 (Mon). Mostly about politics: the settlement talks."""
from actors_places import (
    DAMASCUS,
    DARAYYA,
    DARAYYA_GUNMEN,
    DEIR_KHABIYAH,
    DEIR_KHABIYAH_MUKHTAR,
    HERMON_DELEGATION,
    IDLIB,
    KANAKER,
    KANAKER_DETAINEES,
    KANAKER_FARMS,
    KANAKER_GUNMAN_LEADER,
    KANAKER_GUNMEN,
    KANAKER_NOTABLES,
    NDF,
    RD_GOVERNOR,
    RD_RECON_COMMITTEE,
    RECON_AND_NOTABLES,
    RECON_MINISTER,
    SAA_281,
    SAASAA,
    SAASAA_CIVILIANS,
    SAASAA_RESIDENTS,
    SY_AUTHORITIES,
    UNKNOWN,
)
from common import AGREEMENT, ATTACK, PEACEFUL, SHELL, D, E, paras_of

SLUG = "kanaker_2016_saasaa_qatana_deir_khabiyah_darayya"
YESTERDAY = D("2016-11-20")
SATURDAY = D("2016-11-19")
SINCE_LAST_NIGHT = D("2016-11-20", "day", ("2016-11-20", "2016-11-21"))
ARTICLE = dict(
    id="team57-281", slug=SLUG, published="2016-11-21",
    outlet="Al-Fayha pro-government Damascus daily (fictional)",
    paras=paras_of(f"281_{SLUG}.txt"),
    events=[
        # the reconciliation committee's meeting with Kanaker's notables in Saasaa «أمس الأحد» (headline 0,
        # lead 1)
        E(True, ["CONSULT"], [0, 1], "اجتماعاً مطوّلاً", ["asserted", "reported"], mode="multilateral",
          source=RD_RECON_COMMITTEE, recipient=KANAKER_NOTABLES, location=SAASAA, date=YESTERDAY,
          attribution=["مصدر في اللجنة"], tpara=1),
        # what was agreed at its end (passive «اتُّفق»); the handover of the heavy weapons and the buses to
        # Idlib are the agreement's content (optional, planned); the settlement of the wanted men is no event
        E(True, ["AGREE"], [2], "اتُّفق", ["asserted", "reported"],
          source=RECON_AND_NOTABLES, location=SAASAA, date=YESTERDAY, attribution=["مصدر في اللجنة"],
          acled=AGREEMENT),
        E(False, ["RETREAT"], [2], "يسلّم المسلحون", ["planned"], mode="disarm",
          source=KANAKER_GUNMEN, location=KANAKER, date=None),
        E(False, ["RETREAT"], [2], "يُنقل", ["planned"], mode="withdraw",
          source=KANAKER_GUNMEN, location=IDLIB, date=None),
        # the gunmen's mortar shells on Saasaa «مساء أول أمس السبت»: ¶3 (a military source: three), the
        # follow-up ¶7 (a resident; Qatana hospital's director: two bodies; loyalist pages: «four martyrs»)
        # and the gunmen's retelling ¶10 (they deny only the target, not the act) → 3 vs 2 vs 4 → 2. The
        # army's return fire, in the same sentence, is another event
        E(True, ["ASSAULT"], [3, 7, 10], "قذائف هاون أطلقتها", ["asserted", "reported"], mode="heavy-weapons",
          source=KANAKER_GUNMEN, recipient=SAASAA_CIVILIANS, location=SAASAA, date=SATURDAY, fatalities=2,
          attribution=["مصدر عسكري", "أحد سكان الحي الغربي", "مدير مستشفى قطنا الوطني", "صفحات محلية موالية",
                       "أحد متزعمي المجموعات المسلحة"], acled=SHELL),
        E(True, ["ASSAULT"], [3], "ردّت وحدات", ["asserted", "reported"], mode="heavy-weapons",
          source=SAA_281, recipient=KANAKER_GUNMEN, location=KANAKER_FARMS, date=SATURDAY,
          attribution=["مصدر عسكري"], acled=SHELL),
        # paragraph 4 (where Kanaker lies, its farms and roads) holds no event
        # the notables' demand and the release of eleven detainees «صباح أمس» (passive «أُفرج», a release
        # carried out: RETREAT); the lists «under study» are no event
        E(True, ["REQUEST"], [5], "وطالب وفد الوجهاء", ["asserted"],
          source=KANAKER_NOTABLES, recipient=RD_RECON_COMMITTEE, date=YESTERDAY),
        E(True, ["RETREAT"], [5], "أُفرج", ["asserted", "reported"], mode="release",
          source=SY_AUTHORITIES, recipient=KANAKER_DETAINEES, date=YESTERDAY, attribution=["رئيس اللجنة"]),
        # the governor's warning with the end-of-month deadline (headline «مهلة»; a threat made: asserted);
        # the military action it hints at optional, hypothetical
        E(True, ["THREATEN"], [0, 6], "وحذّر", ["asserted"], mode="violence",
          source=RD_GOVERNOR, recipient=KANAKER_GUNMEN, date=YESTERDAY, tpara=6),
        E(False, ["ASSAULT"], [6], "بعمل عسكري", ["hypothetical"], mode="firearms",
          source=SAA_281, recipient=KANAKER_GUNMEN, date=None),
        # the minister receives a delegation in Damascus and praises Kanaker's notables (two events)
        E(True, ["CONSULT"], [8], "خلال استقباله", ["asserted"], mode="visit",
          source=HERMON_DELEGATION, recipient=RECON_MINISTER, location=DAMASCUS, date=YESTERDAY),
        E(True, ["SUPPORT"], [8], "وأشاد", ["asserted"],
          source=RECON_MINISTER, recipient=KANAKER_NOTABLES, location=DAMASCUS, date=YESTERDAY),
        # army reinforcements round Kanaker, rumoured on opposition pages and denied by the committee's
        # source; the storming they would prepare optional, hypothetical
        E(True, ["MOBILIZE"], [9], "تعزيزات كبيرة", ["rumored", "negated", "reported"], mode="troops",
          source=SAA_281, location=KANAKER, date=SINCE_LAST_NIGHT,
          attribution=["صفحات معارضة على مواقع التواصل الاجتماعي", "المصدر في لجنة المصالحة"]),
        E(False, ["ASSAULT"], [9], "لاقتحامها", ["hypothetical"], mode="firearms",
          source=SAA_281, location=KANAKER, date=None),
        # the gunmen's leader: his accusation of the NDF and his rejection of any displacement clause (no
        # party named; his denial of the target retells the shelling)
        E(True, ["ACCUSE"], [10], "واتهم", ["asserted", "reported"],
          source=KANAKER_GUNMAN_LEADER, recipient=NDF, date=SINCE_LAST_NIGHT, attribution=["تسجيل صوتي"]),
        E(True, ["REJECT"], [10], "رفضه", ["asserted", "reported"],
          source=KANAKER_GUNMAN_LEADER, date=SINCE_LAST_NIGHT, attribution=["تسجيل صوتي"]),
        # the second meeting inside Kanaker on Thursday (planned; receiving the lists is its purpose)
        E(True, ["CONSULT"], [11], "اجتماعاً ثانياً", ["planned"], mode="multilateral",
          source=RD_RECON_COMMITTEE, recipient=KANAKER_GUNMEN, location=KANAKER, date=D("2016-11-24"),
          attribution=["المصدر نفسه"]),
        # paragraph 12 (the year's settlements, an aggregate; the opponents' standing charge) holds no event
        # background at another place: the mukhtar of Deir Khabiyah assassinated «مساء الثلاثاء الماضي» (core,
        # historical, 1; unclaimed); the Darayya settlement of late August and the fighters' exit optional,
        # historical
        E(True, ["ASSAULT"], [13], "اغتالوا", ["historical", "asserted"], mode="assassinate",
          source=UNKNOWN, recipient=DEIR_KHABIYAH_MUKHTAR, location=DEIR_KHABIYAH, date=D("2016-11-15"),
          fatalities=1, acled=ATTACK),
        E(False, ["AGREE"], [13], "اتفاق تسوية", ["historical"],
          source=DARAYYA_GUNMEN, location=DARAYYA, date=D("2016-08-26", "week", ("2016-08-20", "2016-08-31")),
          acled=AGREEMENT),
        E(False, ["RETREAT"], [13], "خرج", ["historical"], mode="withdraw",
          source=DARAYYA_GUNMEN, location=DARAYYA, date=D("2016-08-26", "week", ("2016-08-20",
                                                                                 "2016-08-31"))),
        # the funeral in Saasaa turned into a rally for the reconciliation and the army (the funeral and
        # «ضحايا القذائف» are no new event)
        E(True, ["PROTEST"], [14], "مسيرة", ["asserted"], mode="demo",
          source=SAASAA_RESIDENTS, location=SAASAA, date=YESTERDAY, acled=PEACEFUL),
        # paragraph 15 (a wary calm, the schools open) holds no event
    ],
)
