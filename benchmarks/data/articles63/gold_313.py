"""Gold of article 313: al-Suqaylabiyah, al-Huwayz and al-Habit, Kafr Nabudah, Jurin and Mhardeh (Hama,
Syria), with Damascus, a Syrian official news agency, 2019-05-16 (Thu)."""
from actors_places import (
    DAMASCUS,
    HAMA_GOVERNOR,
    HAMA_TERRORISTS,
    HWAYZ_HABIT,
    JURIN,
    KAFR_NABUDAH,
    MHARDEH,
    MHARDEH_CHILD,
    NUSRA,
    NW_HAMA,
    SAA,
    SARC,
    SUQ_FAMILIES,
    SUQ_HOSPITAL,
    SUQ_VICTIMS,
    SUQ_WOUNDED,
    SUQAYLABIYAH,
    SY_MOFA,
    TURKEY_REGIME,
    UNSC_SG,
)
from common import SHELL, D, E, paras_of

SLUG = "suqaylabiyah_2019_hwayz_kafr_nabudah_jurin_mhardeh"
TODAY = D("2019-05-16")
EARLY_MAY = D("2019-05-06", "week", ("2019-05-01", "2019-05-10"))
ARTICLE = dict(
    id="team63-313", slug=SLUG, published="2019-05-16",
    outlet="Anbaa al-Assi Syrian official news agency (fictional)",
    paras=paras_of(f"313_{SLUG}.txt"),
    events=[
        # the rockets on al-Suqaylabiyah «ظهر اليوم الخميس»: headline 0 («شهداء وجرحى», no number), lead 1
        # (a police source: four), the follow-up 2 (the hospital director: three bodies), the armed groups'
        # version 9 («مواقع لميليشيات النظام»: a retelling), the Russian centre's count 10 (one of 22
        # «violations»: a retelling) → 4 vs 3 → 3 (the funeral of «الشهداء الثلاثة» in ¶15 is no event)
        E(True, ["ASSAULT"], [0, 1, 2, 9, 10], "اعتداء", ["asserted", "reported"], mode="heavy-weapons",
          source=HAMA_TERRORISTS, recipient=SUQ_VICTIMS, location=SUQAYLABIYAH, date=TODAY, fatalities=3,
          attribution=["مصدر في قيادة شرطة المحافظة", "مدير المشفى الوطني في المدينة",
                       "صفحات المجموعات الإرهابية", "المركز الروسي لمصالحة الأطراف المتحاربة"],
          acled=SHELL, tpara=1),
        # the army's answering barrage on al-Huwayz and al-Habit (two places under one verb: one event;
        # «قتلى ومصابين» without a number), headline 0 («تدك»)
        E(True, ["ASSAULT"], [0, 3], "ضربات مركزة", ["asserted", "reported"], mode="heavy-weapons",
          source=SAA, recipient=NUSRA, location=HWAYZ_HABIT, date=TODAY, attribution=["مصدر عسكري"],
          acled=SHELL, tpara=3),
        # the same military source's warning (THREATEN, made); the strikes it foresees optional, hypothetical
        E(True, ["THREATEN"], [4], "محذراً", ["asserted", "reported"], mode="violence",
          source=SAA, recipient=HAMA_TERRORISTS, date=TODAY, attribution=["المصدر العسكري"]),
        E(False, ["ASSAULT"], [4], "هدفاً مشروعاً", ["hypothetical"], mode="heavy-weapons",
          source=SAA, date=None),
        # paragraph 5 (the town, its fields and markets) holds no event
        # the army's withdrawal from Kafr Nabudah: rumoured by the armed groups' pages, denied by a military
        # source (the purpose he alleges is no event)
        E(True, ["RETREAT"], [6], "انسحاب", ["rumored", "negated"], mode="withdraw",
          source=SAA, location=KAFR_NABUDAH, date=TODAY,
          attribution=["صفحات تابعة للمجموعات الإرهابية على مواقع التواصل الاجتماعي", "مصدر عسكري"]),
        # the foreign ministry's two letters: blame on Turkey (ACCUSE) and the demand to the Council (REQUEST;
        # «إدانة … واتخاذ إجراءات رادعة» is content)
        E(True, ["ACCUSE"], [7], "حمّلت", ["asserted"],
          source=SY_MOFA, recipient=TURKEY_REGIME, location=DAMASCUS, date=TODAY),
        E(True, ["REQUEST"], [7], "وطالبت", ["asserted"],
          source=SY_MOFA, recipient=UNSC_SG, location=DAMASCUS, date=TODAY),
        # the governor's visit to the wounded (CONSULT); the aid and compensation he orders optional, planned
        E(True, ["CONSULT"], [8], "وتفقد", ["asserted"], mode="visit",
          source=HAMA_GOVERNOR, recipient=SUQ_WOUNDED, location=SUQ_HOSPITAL, date=TODAY),
        E(False, ["AID", "AGREE"], [8], "وتعويض المتضررين", ["planned"], mode="economic",
          source=HAMA_GOVERNOR, recipient=SUQ_WOUNDED, location=SUQAYLABIYAH, date=None),
        # two shells on wheat fields near Jurin, the fire put out, no one hurt (the shelling stands)
        E(True, ["ASSAULT"], [11], "سقوط قذيفتين", ["asserted"], mode="heavy-weapons",
          source=HAMA_TERRORISTS, location=JURIN, date=TODAY, acled=SHELL),
        # paragraph 12 (hundreds of shells since January: an aggregate) holds no event
        # background at another place: a girl killed by a rocket in Mhardeh «مساء الأحد الماضي» (core,
        # historical, 1); the army's operation since early May optional, historical
        E(True, ["ASSAULT"], [13], "بقذيفة صاروخية", ["historical", "asserted"], mode="heavy-weapons",
          source=NUSRA, recipient=MHARDEH_CHILD, location=MHARDEH, date=D("2019-05-12"), fatalities=1,
          acled=SHELL),
        E(False, ["ASSAULT"], [13], "عملية عسكرية", ["historical"], mode="heavy-weapons",
          source=SAA, recipient=HAMA_TERRORISTS, location=NW_HAMA, date=EARLY_MAY),
        # the Red Crescent's convoy to families who left the front-line villages, «يوم السبت المقبل» (planned)
        E(True, ["AID"], [14], "قافلة مساعدات", ["planned"], mode="humanitarian",
          source=SARC, recipient=SUQ_FAMILIES, location=SUQAYLABIYAH, date=D("2019-05-18")),
        # paragraph 15 (tomorrow's funeral) holds no event
    ],
)
