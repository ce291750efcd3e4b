"""Gold of article 333: Ain Issa and Sayda (Raqqa, Syria), Raqqa city, Ankara, al-Mansoura and Sochi, a
London-based pan-Arab daily's correspondent, 2020-12-15 (Tue)."""
from actors_places import (
    AIN_ISSA,
    AIN_ISSA_BRIGADE,
    AIN_ISSA_CIVILIANS,
    AIN_ISSA_DISPLACED,
    AIN_ISSA_SAYDA,
    ANKARA,
    KURDISH_FIGHTERS,
    KURDISH_RC,
    MANSOURA,
    MANSOURA_ASAYISH,
    RAQQA_CITY,
    RAQQA_TRIBES,
    RU_DELEGATION,
    RU_MP,
    RU_TR_FMS,
    RUSSIA_2020,
    SDF,
    SDF_MEDIA,
    SDF_SEPARATIST,
    SNA_2020,
    SOCHI,
    SOCHI_PARTIES,
    SY_MFA,
    TR_COMMANDERS,
    TR_DEFENCE_MINISTER,
    TR_FORCES_2020,
    TURKEY_2020,
    TURKISH_ARMY,
    UN_CONVOY,
    YPG,
)
from common import AGREEMENT, MINE, SHELL, D, E, paras_of

SLUG = "ain_issa_2020_raqqa_sayda_ankara_mansoura"
TODAY = D("2020-12-15")
LAST_NIGHT = D("2020-12-14")
NEXT_WEEK = D("2020-12-21", "week", ("2020-12-19", "2020-12-23"))
ARTICLE = dict(
    id="team67-333", slug=SLUG, published="2020-12-15",
    outlet="al-Marafi' London-based pan-Arab daily (fictional)",
    paras=paras_of(f"333_{SLUG}.txt"),
    events=[
        # the Russian military delegation's visit to Ain Issa and its meeting with SDF commanders «صباح
        # اليوم» (headline 0, lead 1); the headline's «لإقناع «قسد» بتسليمها» names the demand of ¶2
        E(True, ["CONSULT"], [0, 1], "زار", ["asserted", "reported"], mode="visit",
          source=RU_DELEGATION, recipient=SDF, location=AIN_ISSA_BRIGADE, date=TODAY,
          attribution=["ثلاثة مصادر متطابقة"], tpara=1),
        # one sentence, three events: the Russian demand that the SDF pull out and hand the town over
        # (REQUEST, headline 0; the withdrawal and handover are its content), the SDF's refusal (REJECT) and
        # its counter-offer (AGREE)
        E(True, ["REQUEST"], [0, 2], "طلباً صريحاً", ["reported", "asserted"],
          source=RU_DELEGATION, recipient=SDF, location=AIN_ISSA, date=TODAY,
          attribution=["ثلاثة مصادر متطابقة"], tpara=2),
        E(True, ["REJECT"], [2], "رفضوا", ["reported", "asserted"],
          source=SDF, recipient=RU_DELEGATION, location=AIN_ISSA, date=TODAY,
          attribution=["ثلاثة مصادر متطابقة"]),
        E(True, ["AGREE"], [2], "وعرضوا", ["reported", "asserted"],
          source=SDF, recipient=RU_DELEGATION, location=AIN_ISSA, date=TODAY,
          attribution=["ثلاثة مصادر متطابقة"]),
        # paragraph 3 (the town, the M4 and its former role, for a reader abroad) holds no event
        # the SNA's shelling of Ain Issa's southern quarters and Sayda «ليل أمس» (one verb, two places: one
        # event): headline 0 («يقتل مدنيين»), ¶4 (the SDF: three), the follow-up 7 (the National Hospital:
        # two bodies; the Observatory: four) and 14 (the civil council mourns «the three») → 3 vs 2 vs 4 → 2
        E(True, ["ASSAULT"], [0, 4, 7, 14], "قصف مدفعي وصاروخي", ["asserted", "reported"],
          mode="heavy-weapons", source=SNA_2020, recipient=AIN_ISSA_CIVILIANS, location=AIN_ISSA_SAYDA,
          date=LAST_NIGHT, fatalities=2,
          attribution=["المركز الإعلامي لـ«قسد»", "مصدر طبي في المشفى الوطني بمدينة الرقة",
                       "المرصد السوري لحقوق الإنسان", "مجلس عين عيسى المدني"], acled=SHELL, tpara=4),
        # the Turkish defence minister's warning in Ankara (THREATEN, conditional: the threat is made); his
        # meeting with the border commanders (optional CONSULT); the move he threatens (optional,
        # hypothetical); «التفاهمات السابقة» is a back-reference
        E(True, ["THREATEN"], [5], "حذّر", ["asserted"], mode="violence",
          source=TR_DEFENCE_MINISTER, recipient=YPG, location=ANKARA, date=TODAY),
        E(False, ["CONSULT"], [5], "اجتماعه", ["asserted"],
          source=TR_DEFENCE_MINISTER, recipient=TR_COMMANDERS, location=ANKARA, date=TODAY),
        E(False, ["ASSAULT", "MOBILIZE"], [5], "للتحرك", ["hypothetical"], mode="troops",
          source=TR_FORCES_2020, recipient=YPG, date=None),
        # one sentence, two aid events: the Kurdish Red Crescent's distribution to families in Raqqa city
        # (done; their flight from Ain Issa, in a relative clause, is no event) and a UN convoy due on
        # Thursday (planned)
        E(True, ["AID"], [0, 6], "وزّع", ["asserted", "reported"], mode="humanitarian",
          source=KURDISH_RC, recipient=AIN_ISSA_DISPLACED, location=RAQQA_CITY, date=TODAY,
          attribution=["مسؤول في المنظمة"], tpara=6),
        E(True, ["AID"], [6], "قافلة أممية", ["planned"], mode="humanitarian",
          source=UN_CONVOY, location=RAQQA_CITY, date=D("2020-12-17")),
        # the SDF media centre's accusation of the Turkish army and its demand to Moscow (the content «لوقف
        # الاعتداءات» is no event)
        E(True, ["ACCUSE"], [8], "واتهم", ["asserted"],
          source=SDF_MEDIA, recipient=TURKISH_ARMY, date=TODAY),
        E(True, ["REQUEST"], [8], "مطالباً", ["asserted"],
          source=SDF_MEDIA, recipient=RUSSIA_2020, date=TODAY),
        # Damascus' foreign ministry source condemns Turkey (core ACCUSE) and blames the SDF in part
        # (optional)
        E(True, ["ACCUSE"], [9], "إدانته", ["reported", "asserted"],
          source=SY_MFA, recipient=TURKEY_2020, date=TODAY,
          attribution=["وكالة الأنباء السورية الرسمية (سانا)"]),
        E(False, ["ACCUSE"], [9], "وتحميله", ["reported", "asserted"],
          source=SY_MFA, recipient=SDF_SEPARATIST, date=TODAY),
        # a Russian military police column entering the town: rumoured by pro-faction accounts, denied by an
        # SDF commander
        E(True, ["MOBILIZE"], [10], "دخول رتل", ["rumored", "negated"], mode="troops",
          source=RU_MP, location=AIN_ISSA, date=D("2020-12-15", "day", ("2020-12-14", "2020-12-15")),
          attribution=["حسابات مقرّبة من الفصائل", "قيادي في «قسد»"]),
        # paragraph 11 (life in the town at a standstill: a standing situation) holds no event
        # background at another place: two Asayish members killed by a roadside bomb at al-Mansoura «مساء
        # الأربعاء الماضي» (core, historical, 2); the Sochi understanding of October 2019 (optional,
        # historical)
        E(True, ["ASSAULT"], [12], "بانفجار عبوة ناسفة", ["historical", "asserted"], mode="explosives",
          recipient=MANSOURA_ASAYISH, location=MANSOURA, date=D("2020-12-09"), fatalities=2, acled=MINE),
        E(False, ["AGREE"], [12], "توصلتا", ["historical"],
          source=SOCHI_PARTIES, recipient=KURDISH_FIGHTERS, location=SOCHI,
          date=D("2019-10-22", "month", ("2019-10-01", "2019-10-31")), acled=AGREEMENT),
        # the Russian and Turkish foreign ministers' phone call «مساء أمس» («من دون الإشارة» negates
        # nothing)
        E(True, ["CONSULT"], [13], "وبحث", ["asserted", "reported"], mode="phone",
          source=RU_TR_FMS, date=LAST_NIGHT, attribution=["الخارجية الروسية"]),
        # ¶14: the civil council's mourning belongs to the shelling (no event of its own)
        # the delegation's return «مطلع الأسبوع المقبل» (planned CONSULT) and the wider session with the
        # tribes during it (optional, planned)
        E(True, ["CONSULT"], [15], "يعود", ["planned"], mode="visit",
          source=RU_DELEGATION, location=AIN_ISSA, date=NEXT_WEEK),
        E(False, ["CONSULT"], [15], "جلسة موسعة", ["planned"], mode="multilateral",
          source=RU_DELEGATION, recipient=RAQQA_TRIBES, location=AIN_ISSA, date=NEXT_WEEK),
    ],
)
