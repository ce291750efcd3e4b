"""Gold of article 462: the army's shelling of al-Qaboun and Barzeh, then mortar shells on a bus stop at
Bab Touma (main event, told in ¶2 after the shelling; four killed per SANA, six per a doctor → 4), the Free
Syrian Army council's version, arrests at the checkpoints of al-Midan, the information minister's accusation
(a long parenthesis between subject and verb), the Coalition's accusation and demand, rumoured talks in
Barzeh, the envoy's visit due on Saturday, the council's conditional threat, a Red Crescent convoy turned
back at al-Qaboun, a road reopened from tomorrow, the funeral, army reinforcements, and a car bomb in
al-Mezzeh on 24 April 2013 (Damascus, Syria), a Lebanese daily newspaper's website, 2013-05-22 (Wed).
Dateline: a foreign capital, Beirut."""
from actors_places import (
    ABBASIYYIN,
    BAB_TOUMA,
    BAB_TOUMA_VICTIMS,
    BARZEH,
    BARZEH_TALKS,
    CHECKPOINT_MEN,
    DAMASCUS,
    DAMASCUS_GOVERNORATE,
    ENVOY_FM,
    FSA_DAMASCUS,
    INFO_MINISTER,
    MEZZEH,
    MIDAN,
    MORTAR_SIDE,
    MUJTAHED,
    NUSRA,
    QABOUN,
    QABOUN_BARZEH,
    QABOUN_FIGHT,
    QB_CIVILIANS,
    REGIONAL_STATES,
    SANA,
    SARC,
    SECURITY_BRANCHES,
    SECURITY_CHECKPOINTS,
    SECURITY_SQUARE,
    SY_ARMY,
    SY_AUTHORITIES,
    SY_COALITION,
    SY_REGIME,
    TERROR_GROUPS,
    THIRTY_YOUTHS,
    UNSC,
)
from common import ARREST, CLASH, MINE, SHELL, D, E, paras_of

SLUG = "bab_touma_2013_qaboun_barzeh"
YESTERDAY = D("2013-05-21")
TODAY = D("2013-05-22")
# a statement or an act of the day whose hour the text does not give: today, or the day before
TODAY_OR_EVE = D("2013-05-22", "day", ("2013-05-21", "2013-05-22"))
# the night between Tuesday and Wednesday
NIGHT = D("2013-05-21", "day", ("2013-05-21", "2013-05-22"))
# an act of yesterday afternoon told today: yesterday, or today
YESTERDAY_OR_TODAY = D("2013-05-21", "day", ("2013-05-21", "2013-05-22"))
ARTICLE = dict(
    id="team93-462", slug=SLUG, published="2013-05-22",
    outlet="Al-Mada al-Sharqi, a Lebanese daily newspaper's website (fictional)",
    paras=paras_of(f"462_{SLUG}.txt"),
    events=[
        # ¶1 (dateline Beirut, a foreign capital): the army's shelling of al-Qaboun and Barzeh all day
        # yesterday (the headline names it); the clashes on al-Qaboun's edge, «بين مقاتلي المعارضة ووحدات من
        # الجيش», are optional; «من دون أن تتغير خريطة السيطرة» negates nothing
        E(True, ["ASSAULT"], [0, 1], "قصفت", ["asserted", "reported"], mode="heavy-weapons",
          source=SY_ARMY, recipient=QB_CIVILIANS, location=QABOUN_BARZEH, date=YESTERDAY,
          attribution=["ناشطون معارضون في الحيين"], acled=SHELL, tpara=1),
        E(False, ["ASSAULT"], [1], "اشتباكات متقطعة", ["reported", "asserted"], mode="firearms",
          source=QABOUN_FIGHT, location=QABOUN, date=NIGHT, acled=CLASH),
        # MAIN EVENT, told in ¶2 after the shelling: three mortar shells on the bus stop at Bab Touma;
        # SANA's four dead against a doctor's six ¶3 → 4 (ACLED's lowest count); the Free Syrian Army
        # council's version ¶4 (it fired at a checkpoint by the square: it is the source); the funeral ¶14.
        # The minister's visit ¶6 («قبل أن تُزال آثار الانفجار») is a back-reference, not added
        E(True, ["ASSAULT"], [0, 2, 3, 4, 14], "قذائف هاون", ["asserted", "reported"], mode="heavy-weapons",
          source=MORTAR_SIDE, recipient=BAB_TOUMA_VICTIMS, location=BAB_TOUMA, date=YESTERDAY, fatalities=4,
          attribution=["«سانا»", "طبيب في مستشفى المجتهد"], acled=SHELL, tpara=2),
        # the hospital's appeal for blood donors in the doctor's retelling ¶3 is optional
        E(False, ["REQUEST"], [3], "ناشد", ["asserted", "reported"], location=MUJTAHED, date=TODAY_OR_EVE),
        E(False, ["ACCUSE"], [2], "حمّلت", ["asserted"],
          source=SANA, recipient=TERROR_GROUPS, date=YESTERDAY),
        E(False, ["ACCUSE"], [4], "ومتهماً", ["asserted"],
          source=FSA_DAMASCUS, recipient=SY_REGIME, date=TODAY_OR_EVE),
        # ¶5: a passive with «من قبل»: more than thirty young men arrested at the checkpoints of al-Midan
        E(True, ["COERCE"], [5], "واعتُقل", ["reported", "asserted"], mode="arrest",
          source=SECURITY_CHECKPOINTS, recipient=THIRTY_YOUTHS, location=MIDAN, date=TODAY,
          attribution=["«لجان التنسيق المحلية»"], acled=ARREST),
        # ¶6: «ووزير الإعلام السوري، الذي …، اتهم»: a subject, a long parenthesis, then its verb (ACCUSE); the
        # visit to the wounded in the parenthesis is optional
        E(True, ["ACCUSE"], [6], "اتهم", ["asserted"],
          source=INFO_MINISTER, recipient=REGIONAL_STATES, date=YESTERDAY_OR_TODAY),
        E(False, ["CONSULT"], [6], "زار", ["asserted"], mode="visit",
          source=INFO_MINISTER, location=MUJTAHED, date=YESTERDAY),
        E(False, ["THREATEN"], [6], "ستواصل ملاحقة", ["asserted"],
          source=INFO_MINISTER, date=YESTERDAY_OR_TODAY),
        # ¶7: the Coalition's accusation and its demand to the Security Council
        E(True, ["ACCUSE"], [7], "وحمّل", ["asserted"],
          source=SY_COALITION, recipient=SY_REGIME, date=TODAY_OR_EVE),
        E(True, ["REQUEST"], [7], "وطالب", ["asserted"],
          source=SY_COALITION, recipient=UNSC, date=TODAY_OR_EVE),
        # ¶8: talks in Barzeh told only by local sources, unconfirmed (rumoured, undated); the truce they
        # aim at is optional, and so is the spring attempt that failed
        E(True, ["CONSULT"], [8], "مفاوضات", ["rumored", "reported"],
          source=BARZEH_TALKS, recipient=BARZEH_TALKS, location=BARZEH, date=None,
          attribution=["مصادر أهلية في برزة"]),
        E(False, ["AGREE"], [8], "هدنة", ["hypothetical", "planned", "rumored"],
          source=BARZEH_TALKS, recipient=BARZEH_TALKS, location=BARZEH, date=None),
        E(False, ["CONSULT", "AGREE"], [8], "محاولة مماثلة", ["historical", "negated"],
          location=BARZEH, date=D("2013-03-21", "month", ("2013-03-01", "2013-04-30"))),
        # ¶9: the envoy's visit «يوم السبت المقبل» (planned CONSULT with the foreign minister)
        E(True, ["CONSULT"], [9], "يلتقي", ["planned"], mode="visit",
          source=ENVOY_FM, recipient=ENVOY_FM, location=DAMASCUS, date=D("2013-05-25"),
          attribution=["مكتبه في جنيف"]),
        # ¶10: the council's conditional threat (asserted); the battle it announces is hypothetical (optional)
        E(True, ["THREATEN"], [10], "وهدد", ["asserted"], mode="violence",
          source=FSA_DAMASCUS, recipient=SECURITY_BRANCHES, date=TODAY_OR_EVE,
          attribution=["تسجيل مصوّر بثّه ناشطون على موقع «يوتيوب»"]),
        E(False, ["ASSAULT"], [10], "نقل المعركة", ["hypothetical"], mode="firearms",
          source=FSA_DAMASCUS, location=SECURITY_SQUARE, date=None),
        E(False, ["REQUEST"], [10], "داعياً", ["asserted"], source=FSA_DAMASCUS, date=TODAY_OR_EVE),
        # ¶11 (Bab Touma square described) holds no event. ¶12: the convoy that could not enter al-Qaboun
        # (AID, negated) and the checkpoint that stopped it (COERCE), two events in one sentence
        E(True, ["AID"], [12], "قافلة", ["negated"], mode="humanitarian",
          source=SARC, location=QABOUN, date=TODAY_OR_EVE, attribution=["متطوع في المنظمة"]),
        E(True, ["COERCE"], [12], "أوقفها", ["asserted", "reported"], mode="restrict",
          source=CHECKPOINT_MEN, recipient=SARC, location=QABOUN, date=TODAY_OR_EVE,
          attribution=["متطوع في المنظمة"]),
        # ¶13: the road reopened from tomorrow, announced today (CONCEDE, RETREAT accepted)
        E(True, ["CONCEDE", "RETREAT"], [13], "إعادة فتح", ["asserted"], mode="access",
          source=DAMASCUS_GOVERNORATE, location=ABBASIYYIN, date=TODAY, attribution=["التلفزيون الرسمي"]),
        # ¶14: the funeral belongs to the main event. ¶15 (residents' daily life, generic) holds no event.
        # ¶16: reinforcements during the night, told by field sources; the «wide operation» is only announced
        E(True, ["MOBILIZE"], [16], "ودفعت", ["reported", "asserted"], mode="troops",
          source=SY_ARMY, location=ABBASIYYIN, date=NIGHT, attribution=["مصادر ميدانية"]),
        E(False, ["ASSAULT"], [16], "عملية واسعة", ["planned", "hypothetical"], mode="heavy-weapons",
          source=SY_ARMY, location=QABOUN, date=None),
        # ¶17, «وكانت … قد» at another place: a car bomb in al-Mezzeh on 24 April (core, historical, 3); the
        # authorities' accusation then is optional
        E(True, ["ASSAULT"], [17], "سيارة مفخخة", ["historical", "asserted"], mode="explosives",
          location=MEZZEH, date=D("2013-04-24"), fatalities=3, acled=MINE),
        E(False, ["ACCUSE"], [17], "اتهمت", ["historical"],
          source=SY_AUTHORITIES, recipient=NUSRA,
          date=D("2013-04-24", "month", ("2013-04-24", "2013-05-21"))),
    ],
)
