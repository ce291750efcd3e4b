"""Gold of article 169: Tell Rifaat and the northern Aleppo villages (Mare', Sheikh Issa, Menagh, Bab al-Salama,
Azaz, Afrin, Harbal), a local opposition news network of the northern countryside, 2016-03-23 (Wed)."""
from actors_places import (
                           AFAD,
                           AFRIN,
                           AZAZ,
                           AZAZ_ACTIVIST,
                           BAB_SALAMA,
                           CAMPS_IDPS,
                           FREE_POLICE,
                           HARBAL,
                           HARBAL_VICTIMS,
                           LEVANT_FRONT,
                           MAREA,
                           MAREA_VICTIMS,
                           MENAGH,
                           NUBL_ZAHRAA,
                           RU_AIR_GENERIC,
                           SHEIKH_ISSA_CIVILIANS,
                           SHEIKH_ISSA_TR,
                           SY_REGIME_ALEPPO,
                           TELL_RIFAAT,
                           THUWAR,
                           TR_ARMY,
                           TR_DELEGATION,
                           TR_DISPLACED,
                           UN_SPONSORS,
                           UNKNOWN,
                           YPG,
                           YPG_POSITIONS,
                           YPG_SDF,
)
from common import ABDUCTION, AGREEMENT, MINE, PEACEFUL, SHELL, D, E, paras_of

MINE_RELATIVE = {"en": ["a relative of the victims", "relative"], "ar": ["أحد أقاربهما"]}

SLUG = "tell_rifaat_marea_sheikh_issa_bab_al_salama_displaced"
ARTICLE = dict(
    id="team34-169", slug=SLUG, published="2016-03-23",
    outlet="Mirat al-Rif al-Shamali, local news network of the northern Aleppo countryside (fictional)",
    paras=paras_of(f"169_{SLUG}.txt"),
    events=[
        # the YPG's mortars on Mare' last evening: headline 0, lead 1 (our correspondent: 1 killed); Jaysh al-Thuwar's
        # statement in 5 calls its fighters' fire a reply (the same exchange told by the other side)
        E(True, ["ASSAULT"], [0, 1, 5], "قذائف هاون", ["asserted", "reported"], mode="heavy-weapons",
          source=YPG_SDF, recipient=MAREA_VICTIMS, location=MAREA, date=D("2016-03-22"), fatalities=1,
          attribution=["مراسل «مرآة الريف الشمالي»"], acled=SHELL, tpara=1),
        # the truce in force since late February, in a relative clause (optional, historical)
        E(False, ["AGREE", "CONCEDE"], [1], "للهدنة", ["historical"],
          date=D("2016-02-27"), acled=AGREEMENT),
        # the Levant Front's reply on Sheikh Issa and Tell Rifaat (2), retold by Jaysh al-Thuwar in 5 with a child
        # and a woman wounded: one event
        E(True, ["ASSAULT"], [2, 5], "بقصف مدفعي", ["asserted", "reported"], mode="heavy-weapons",
          source=LEVANT_FRONT, recipient=SHEIKH_ISSA_CIVILIANS, location=SHEIKH_ISSA_TR,
          date=D("2016-03-22", "day", ("2016-03-22", "2016-03-23")),
          attribution=["مصدر عسكري في الجبهة الشامية", "بيان «جيش الثوار» على فيسبوك"], acled=SHELL),
        # the displaced people's sit-in by Bab al-Salama (headline 0) and their demand; the banners' charge (optional)
        E(True, ["PROTEST"], [0, 3], "اعتصم", ["asserted"], mode="demo",
          source=TR_DISPLACED, location=BAB_SALAMA, date=D("2016-03-23"), acled=PEACEFUL, tpara=3),
        E(True, ["REQUEST"], [0, 3], "مطالبين", ["asserted"],
          source=TR_DISPLACED, recipient=UN_SPONSORS, location=BAB_SALAMA, date=D("2016-03-23"), tpara=3),
        E(False, ["ACCUSE"], [3], "تتهم", ["asserted"],
          source=TR_DISPLACED, recipient=YPG_SDF, location=BAB_SALAMA, date=D("2016-03-23")),
        # background of mid-February (all optional, historical): the SDF takeover, the Russian air cover and the
        # regime's advance towards Nubl and al-Zahraa, and the flight of tens of thousands
        E(False, ["ASSAULT"], [4], "سيطرت", ["historical"], mode="firearms",
          source=YPG_SDF, location=TELL_RIFAAT, date=D("2016-02-15", "week", ("2016-02-10", "2016-02-20"))),
        E(False, ["ASSAULT"], [4], "غطاء جوي روسي", ["historical"], mode="aerial",
          source=RU_AIR_GENERIC, location=TELL_RIFAAT, date=D("2016-02-15", "week", ("2016-02-10", "2016-02-20"))),
        E(False, ["ASSAULT"], [4], "تقدم قوات النظام", ["historical"], mode="firearms",
          source=SY_REGIME_ALEPPO, location=NUBL_ZAHRAA, date=D("2016-02-10", "month", ("2016-02-01", "2016-02-20"))),
        E(False, ["RETREAT"], [4], "النزوح", ["historical", "generic"],
          location=AZAZ, date=D("2016-02-15", "week", ("2016-02-10", "2016-02-20"))),
        # Jaysh al-Thuwar's accusation of the factions (its account of their shelling belongs to the event above)
        E(True, ["ACCUSE"], [5], "متهماً", ["asserted", "reported"],
          source=THUWAR, recipient=LEVANT_FRONT, date=D("2016-03-23", "day", ("2016-03-22", "2016-03-23")),
          attribution=["بيان «جيش الثوار» على فيسبوك"]),
        # Turkish artillery on YPG positions near Menagh at dawn, told by activists only
        E(True, ["ASSAULT"], [6], "استهدفت", ["reported", "asserted"], mode="heavy-weapons",
          source=TR_ARMY, recipient=YPG_POSITIONS, location=MENAGH, date=D("2016-03-23"),
          attribution=["ناشطون"], acled=SHELL),
        # paragraph 7 (the border camps) holds no event
        # Sunday's meeting in Afrin, the YPG's conditions (REQUEST), the delegation's refusal; no agreement (optional)
        E(True, ["CONSULT"], [8], "التقى", ["asserted", "reported"], mode="visit",
          source=TR_DELEGATION, recipient=YPG, location=AFRIN, date=D("2016-03-20"),
          attribution=["مصدر مطلع من وجهاء تل رفعت"]),
        E(True, ["REQUEST"], [8], "اشترطت", ["asserted", "reported"],
          source=YPG, recipient=TR_DELEGATION, location=AFRIN, date=D("2016-03-20")),
        E(True, ["REJECT"], [8], "رفضه الوفد", ["asserted", "reported"],
          source=TR_DELEGATION, recipient=YPG, location=AFRIN, date=D("2016-03-20")),
        E(False, ["AGREE"], [8], "دون التوصل إلى أي اتفاق", ["negated"],
          source=TR_DELEGATION, recipient=YPG, location=AFRIN, date=D("2016-03-20")),
        # a media activist abducted in Azaz last evening «على يد مسلحين مجهولين» (a passive); the Free Police's extra checkpoints (optional;
        # the investigation is no event)
        E(True, ["ASSAULT"], [9], "اختُطف", ["asserted", "reported"], mode="abduct",
          source=UNKNOWN, recipient=AZAZ_ACTIVIST, location=AZAZ, date=D("2016-03-22"),
          attribution=["زملاء له"], acled=ABDUCTION),
        E(False, ["MOBILIZE"], [9], "ونشرت حواجز", ["asserted", "reported"], mode="police",
          source=FREE_POLICE, location=AZAZ, date=D("2016-03-23", "day", ("2016-03-22", "2016-03-23"))),
        # AFAD's convoy through Bab al-Salama this morning; the distribution to come (optional, planned)
        E(True, ["AID"], [10], "قافلة", ["asserted"], mode="humanitarian",
          source=AFAD, recipient=CAMPS_IDPS, location=BAB_SALAMA, date=D("2016-03-23")),
        E(False, ["AID"], [10], "لتوزيعها", ["planned"], mode="humanitarian",
          source=AFAD, recipient=CAMPS_IDPS, location=BAB_SALAMA, date=None),
        # rumoured YPG build-up near Sheikh Issa, denied by a Levant Front commander (rumoured/negated); the attack it
        # would prepare (optional, hypothetical); the factions' readiness (optional)
        E(True, ["MOBILIZE"], [11], "حشود", ["rumored", "negated"], mode="troops",
          source=YPG, location=SHEIKH_ISSA_TR, date=D("2016-03-22", "week", ("2016-03-20", "2016-03-23")),
          attribution=["أوساط في المخيمات"]),
        E(False, ["ASSAULT"], [11], "لهجوم محتمل", ["hypothetical"], mode="firearms",
          source=YPG, location=MAREA, date=None),
        E(False, ["MOBILIZE"], [11], "في أعلى درجات الجاهزية", ["asserted"], mode="troops",
          source=LEVANT_FRONT, date=D("2016-03-23")),
        # the Levant Front commander's conditional threat and his accusation; the operation and the withdrawal he
        # names are hypothetical (optional)
        E(True, ["THREATEN"], [12], "وهدّد", ["asserted", "reported"], mode="violence",
          source=LEVANT_FRONT, recipient=YPG, location=TELL_RIFAAT, date=None,
          attribution=["تسجيل صوتي تناقلته صفحات محلية"]),
        E(False, ["ASSAULT"], [12], "عمل عسكري", ["hypothetical"], mode="firearms",
          source=LEVANT_FRONT, recipient=YPG, location=TELL_RIFAAT, date=None),
        E(False, ["RETREAT"], [12], "تنسحب", ["hypothetical"], mode="withdraw",
          source=YPG, location=TELL_RIFAAT, date=None),
        E(True, ["ACCUSE"], [12], "متهماً", ["asserted", "reported"],
          source=LEVANT_FRONT, recipient=YPG, date=None),
        # paragraph 13 (Tell Rifaat's importance) holds no event
        # the landmine near Harbal «يوم الجمعة الماضي» (2 killed; who laid it is only an accusation, optional)
        E(True, ["ASSAULT"], [14], "بانفجار لغم أرضي", ["historical", "asserted", "reported"], mode="explosives",
          recipient=HARBAL_VICTIMS, location=HARBAL, date=D("2016-03-18"), fatalities=2,
          attribution=["أحد أقاربهما"], acled=MINE),
        E(False, ["ACCUSE"], [14], "اتهم", ["asserted"],
          source=MINE_RELATIVE, recipient=YPG, location=HARBAL, date=None),
    ],
)
