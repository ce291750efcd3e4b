"""Gold of article 428: Tal Afar, al-Qayyarah, al-Mahlabiya, Hammam al-Alil and Mosul (Nineveh), an Iraqi
Christian community news website of the Nineveh Plains, 2013-11-23 (Sat)."""
from actors_places import (
    AMBUSH_GUNMEN,
    AMBUSH_VICTIMS,
    ARCHBISHOP,
    ARRESTED_KIDNAPPER,
    BAGHDAD,
    DEAL_PARTIES,
    ELEC_MINISTER,
    ELEC_MINISTRY,
    ELEC_WORKERS,
    ENGINEERS_UNION,
    FIRST_BATCH,
    FREED_PAIR_RECEIVED,
    HAMMAM_ALIL,
    HOSTAGE_FAMILIES,
    HOSTAGES,
    IRAQI_ARMY,
    JUBUR_SHEIKHS,
    KIDNAPPERS,
    MAHLABIYA,
    MASKED_GUNMAN,
    MEDIATORS,
    MOSUL,
    NINEVEH_GOVERNOR,
    NINEVEH_SECURITY,
    PROTECTION_HEAD,
    QAYYARAH,
    RAID_SIDES,
    RAID_TRIBE,
    RELEASED_PAIR,
    SHEIKHS_CLERGY,
    TAL_AFAR,
    TECHNICIAN,
    TECHNICIAN_BROTHER,
    merge,
)
from common import AGREEMENT, ARREST, ATTACK, CLASH, D, E, paras_of

SLUG = "nineveh_2013_tal_afar_mahlabiya_engineers_kidnapping"
TODAY = D("2013-11-23")
FRIDAY = D("2013-11-22")
VIDEO_DAY = D("2013-11-13", "day", ("2013-11-12", "2013-11-14"))
ARTICLE = dict(
    id="team86-428", slug=SLUG, published="2013-11-23",
    outlet="Manarat al-Sahl, an Iraqi Christian community news website of the Nineveh Plains (fictional)",
    paras=paras_of(f"428_{SLUG}.txt"),
    events=[
        # ¶1 (dateline Mosul): the kidnappers free two engineers to the mediators in al-Qayyarah (RETREAT; the
        # homecoming in Bakhdida ¶16 and the headline); the mediation itself optional (third-party CONSULT)
        E(True, ["RETREAT"], [0, 1, 16], "أفرجت", ["asserted"], mode="release",
          source=KIDNAPPERS, recipient=RELEASED_PAIR, location=QAYYARAH, date=FRIDAY,
          attribution=["ذوو المُفرج عنهما"], tpara=1),
        E(False, ["CONSULT"], [1], "وساطة", ["asserted"], mode="third-party",
          source=MEDIATORS, recipient=KIDNAPPERS, location=QAYYARAH, date=None),
        # the main event, in ¶2 after the release: the army's raid on an orchard south of Tal Afar, a
        # half-hour firefight with the guards (both sides sources) freeing a third engineer; its toll only in
        # ¶3 (two kidnappers); the freed engineer's account 4, «قبل عملية الدهم» 10, the headline 0; the
        # tribesmen's part optional COOPERATE
        E(True, ["ASSAULT", "COERCE"], [0, 2, 3, 4, 10], "عملية دهم", ["asserted", "reported"],
          mode="firearms", source=RAID_SIDES, location=TAL_AFAR, date=FRIDAY, fatalities=2,
          attribution=["قيادة عمليات نينوى", "مصدر في قيادة عمليات نينوى"], acled=CLASH, tpara=2),
        E(False, ["COOPERATE"], [2], "بالتنسيق", ["asserted"],
          source=merge(IRAQI_ARMY, RAID_TRIBE), location=TAL_AFAR, date=FRIDAY),
        # ¶3: a third kidnapper caught (passive «اعتُقل»); the rifles and phones found optional
        E(True, ["COERCE"], [3], "اعتُقل", ["asserted", "reported"], mode="arrest",
          source=IRAQI_ARMY, recipient=ARRESTED_KIDNAPPER, location=TAL_AFAR, date=FRIDAY,
          attribution=["مصدر في قيادة عمليات نينوى"], acled=ARREST),
        E(False, ["COERCE"], [3], "عثرت", ["asserted", "reported"], mode="confiscate",
          source=IRAQI_ARMY, location=TAL_AFAR, date=FRIDAY),
        # background at another place, in «وكان … قد», its time told after the act («، وذلك قرابة السابعة»):
        # the ambush near al-Mahlabiya on 29 October (driver and policeman killed, seven engineers taken); the
        # ministry's inquiry into «ملابسات الكمين» (¶12) names it again
        E(True, ["ASSAULT"], [5, 12], "كميناً", ["historical", "asserted"], mode="firearms",
          source=AMBUSH_GUNMEN, recipient=AMBUSH_VICTIMS, location=MAHLABIYA, date=D("2013-10-29"),
          fatalities=2, acled=ATTACK),
        # ¶6: the video of ten days ago (posting it is no event): the ransom demand and the threat to kill the
        # hostages (the killing optional, hypothetical)
        E(True, ["REQUEST"], [6], "طالب", ["asserted", "historical"],
          source=MASKED_GUNMAN, date=VIDEO_DAY, attribution=["مقطع مصوّر نشرته الجماعة الخاطفة"]),
        E(True, ["THREATEN"], [6], "وهدّد", ["asserted", "historical"], mode="violence",
          source=MASKED_GUNMAN, recipient=HOSTAGES, date=VIDEO_DAY),
        E(False, ["ASSAULT"], [6], "تصفية", ["hypothetical"], mode="execute",
          source=KIDNAPPERS, recipient=HOSTAGES, date=None),
        # ¶7: the ministry rejects the kidnappers' demands (REJECT); its call on the families optional
        E(True, ["REJECT"], [7], "ورفضت", ["asserted"],
          source=ELEC_MINISTRY, recipient=KIDNAPPERS, date=TODAY, attribution=["الناطق باسم وزارة الكهرباء"]),
        E(False, ["REQUEST"], [7], "داعيةً", ["asserted"],
          source=ELEC_MINISTRY, recipient=HOSTAGE_FAMILIES, date=TODAY),
        # ¶8 (subject first, a long relative clause before the verb): the archbishop meets Jubur sheikhs in
        # al-Qayyarah (third-party CONSULT)
        E(True, ["CONSULT"], [8], "التقى", ["asserted"], mode="third-party",
          source=ARCHBISHOP, recipient=JUBUR_SHEIKHS, location=QAYYARAH, date=FRIDAY,
          attribution=["بيان صادر عن الأبرشية"]),
        # ¶9: the deal for a release in three batches, told by a mediator (AGREE), and the first batch freed
        # last Sunday near Hammam al-Alil («وكانت … قد»: RETREAT, historical)
        E(True, ["AGREE"], [9], "الاتفاق", ["reported", "asserted"],
          source=DEAL_PARTIES, date=D("2013-11-14", "week", ("2013-11-09", "2013-11-17")),
          attribution=["أحد الوسطاء"], acled=AGREEMENT),
        E(True, ["RETREAT"], [9], "أُطلقت", ["historical", "asserted"], mode="release",
          source=KIDNAPPERS, recipient=FIRST_BATCH, location=HAMMAM_ALIL, date=D("2013-11-17")),
        # ¶10: the Yazidi technician's execution, rumoured on Facebook and denied by his brother (the denial
        # optional)
        E(True, ["ASSAULT"], [10], "إعدام", ["rumored", "reported"], mode="execute",
          source=KIDNAPPERS, recipient=TECHNICIAN, date=None, attribution=["صفحات على «فيسبوك»"]),
        E(False, ["REJECT"], [10], "نفى", ["asserted"], source=TECHNICIAN_BROTHER, date=TODAY),
        # ¶11 (short): the technician not released (core RETREAT, negated)
        E(True, ["RETREAT"], [11], "يُفرج", ["negated"], mode="release",
          source=KIDNAPPERS, recipient=TECHNICIAN, date=TODAY),
        # ¶12: the minister relieves the protection chief and refers him to investigation
        E(True, ["SANCTION", "COERCE"], [12], "أعفى", ["asserted", "reported"],
          source=ELEC_MINISTER, recipient=PROTECTION_HEAD, location=BAGHDAD, date=TODAY,
          attribution=["وكالة الأنباء العراقية «واع»"]),
        # ¶13: the employees' vigil on Monday (planned); the union's refusal to send teams out unprotected
        # optional, hypothetical
        E(True, ["PROTEST"], [13], "وقفة احتجاجية", ["planned"], mode="demo",
          source=ELEC_WORKERS, location=MOSUL, date=D("2013-11-25"),
          attribution=["نقابة المهندسين في المحافظة"]),
        E(False, ["PROTEST"], [13], "لن تخرج", ["hypothetical"], mode="strike",
          source=ENGINEERS_UNION, location=MOSUL, date=None),
        # paragraph 14 (kidnapping for ransom in Nineveh: generic) holds no event
        # ¶15: the governor praises the sheikhs and clergy (SUPPORT); his reception of the two engineers and
        # his call on the security agencies optional
        E(True, ["SUPPORT"], [15], "وأشاد", ["asserted"],
          source=NINEVEH_GOVERNOR, recipient=SHEIKHS_CLERGY, location=MOSUL, date=TODAY),
        E(False, ["CONSULT"], [15], "استقباله", ["asserted"],
          source=NINEVEH_GOVERNOR, recipient=FREED_PAIR_RECEIVED, location=MOSUL, date=TODAY),
        E(False, ["REQUEST"], [15], "داعياً", ["asserted"],
          source=NINEVEH_GOVERNOR, recipient=NINEVEH_SECURITY, location=MOSUL, date=TODAY),
        # paragraph 17 (Bakhdida: description) holds no event
    ],
)
