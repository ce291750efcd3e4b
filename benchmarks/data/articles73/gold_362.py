"""Gold of article 362: a prisoner exchange at the Abu al-Zandin crossing, a kidnapped dentist freed for a
ransom in Qabasin, a car bomb in al-Bab's wholesale market, blame and counter-blame, a rumoured abduction near
Bza'a, arrests, a kidnappers' threat in Tadef, a second exchange planned for Sunday, activists not released, a
motorcycle bomb in Jarabulus on 1 September and a vigil of abductees' families (Aleppo countryside, Syria), a
Syrian opposition news site, 2020-09-16 (Wed). Mostly about kidnappings, releases and prisoner exchanges.
Dateline «الباب – «مرآة الشمال»:»; the main event is first told in ¶4, after the exchange and the release; its
toll conflicts (the civil defence's and the hospital's five, the local council's seven → 5)."""
from actors_places import (
    ABU_ZANDIN,
    BAB,
    BAB_ACTIVISTS,
    BAB_BLAST_VICTIMS,
    BAB_COUNCIL,
    BAB_COUNCIL_BLDG,
    BAB_MARKET,
    BAB_MEDIATORS,
    BLAST_SUSPECTS,
    BZAA,
    BZAA_YOUTHS,
    DENTIST,
    DETAINED_WOMEN,
    EXCHANGE_NEXT,
    EXCHANGE_SIDES,
    HAMA_COUNTRYSIDE,
    JARABULUS,
    JARABULUS_VICTIMS,
    KIDNAP_FAMILIES,
    MASKED_GUNMEN,
    MIL_POLICE,
    PRO_TURKEY_FACTIONS,
    QABASIN,
    QABASIN_KIDNAPPERS,
    SDF_MEDIA,
    SIG,
    SNA,
    SOUTH_ALEPPO,
    SY_REGIME,
    TADEF,
    TADEF_FATHER,
    TADEF_HOSTAGE,
    TADEF_KIDNAPPERS,
    YPG,
)
from common import ABDUCTION, ARREST, MINE, OTHER, PEACEFUL, D, E, paras_of

SLUG = "al_bab_2020_abu_al_zandin_qabasin_tadef_jarabulus"
TODAY = D("2020-09-16")
TODAY_OPEN = D("2020-09-16", "day", ("2020-09-15", "2020-09-16"))
ARTICLE = dict(
    id="team73-362", slug=SLUG, published="2020-09-16",
    outlet="Mir'at al-Shamal, Syrian opposition news site (fictional)",
    paras=paras_of(f"362_{SLUG}.txt"),
    events=[
        # ¶1–2: the exchange carried out at Abu al-Zandin (headline 0; who was freed in ¶2): both sides are
        # sources; RETREAT (release) accepted. The two months of mediated talks, the student held two years
        # ago and the men captured in battle early this year are optional, historical
        E(True, ["COOPERATE", "RETREAT"], [0, 1, 2], "عملية تبادل", ["asserted", "reported"],
          source=EXCHANGE_SIDES, location=ABU_ZANDIN, date=TODAY,
          attribution=["مصدر عسكري في «الجيش الوطني»"], acled=OTHER, tpara=1),
        E(False, ["CONSULT"], [2], "مفاوضات", ["historical", "asserted"], mode="third-party",
          source=EXCHANGE_SIDES, recipient=BAB_MEDIATORS,
          date=D("2020-08-01", "month", ("2020-07-15", "2020-09-16"))),
        E(False, ["COERCE"], [2], "أوقف", ["historical"], mode="arrest",
          source=SY_REGIME, location=HAMA_COUNTRYSIDE, date=None),
        E(False, ["COERCE", "ASSAULT"], [2], "أُسروا", ["historical"], mode="arrest",
          source=SNA, location=SOUTH_ALEPPO, date=None),
        # ¶3: a dentist of Qabasin freed «مساء أمس الثلاثاء» for a ransom (RETREAT release); his abduction 23
        # days before is optional, historical
        E(True, ["RETREAT"], [3], "أطلقت", ["asserted", "reported"], mode="release",
          source=QABASIN_KIDNAPPERS, recipient=DENTIST, location=QABASIN, date=D("2020-09-15"),
          attribution=["أحد أقاربه"]),
        E(False, ["ASSAULT"], [3], "اختطافه", ["historical"], mode="abduct",
          source=QABASIN_KIDNAPPERS, recipient=DENTIST, location=QABASIN,
          date=D("2020-08-23", "day", ("2020-08-22", "2020-08-24")), acled=ABDUCTION),
        # MAIN EVENT, first told in ¶4: the car bomb at al-Bab's wholesale market «عصراً» (headline 0; the
        # civil defence 4: five; the local council 6: seven; the hospital 13: five) → 5. No perpetrator is
        # established
        E(True, ["ASSAULT"], [0, 4, 6, 13], "سيارة مفخخة", ["asserted", "reported"], mode="explosives",
          recipient=BAB_BLAST_VICTIMS, location=BAB_MARKET, date=TODAY, fatalities=5,
          attribution=["الدفاع المدني السوري «الخوذ البيضاء»", "المجلس المحلي لمدينة الباب",
                       "مدير مشفى الباب الجديد"],
          acled=MINE, tpara=4),
        # ¶5 (the market described) holds no event
        # ¶6: the local council blames the YPG (ACCUSE); its vow to pursue «whoever tampers» and the market's
        # closure are optional
        E(True, ["ACCUSE"], [6], "محمّلاً", ["asserted", "reported"],
          source=BAB_COUNCIL, recipient=YPG, date=TODAY, attribution=["بيان المجلس المحلي"]),
        E(False, ["THREATEN"], [6], "ومتوعداً", ["asserted"], mode="arrest",
          source=BAB_COUNCIL, location=BAB, date=TODAY),
        E(False, ["COERCE"], [6], "وإغلاق السوق", ["asserted", "planned"], mode="restrict",
          source=BAB_COUNCIL, location=BAB_MARKET, date=TODAY),
        # ¶7: the SDF's denial (optional REJECT), its counter-accusation (ACCUSE) and its call for an inquiry
        # (optional REQUEST)
        E(False, ["REJECT"], [7], "ونفى", ["asserted"],
          source=SDF_MEDIA, recipient=BAB_COUNCIL, date=TODAY_OPEN),
        E(True, ["ACCUSE"], [7], "متهماً", ["asserted"],
          source=SDF_MEDIA, recipient=PRO_TURKEY_FACTIONS, date=TODAY_OPEN),
        E(False, ["REQUEST"], [7], "وداعياً", ["asserted"],
          source=SDF_MEDIA, date=TODAY_OPEN),
        # ¶8: three young men of Bza'a abducted, told by local pages and unconfirmed (rumoured)
        E(True, ["ASSAULT"], [8], "اختطاف", ["rumored", "reported"], mode="abduct",
          source=MASKED_GUNMEN, recipient=BZAA_YOUTHS, location=BZAA, date=TODAY_OPEN,
          attribution=["صفحات محلية"], acled=ABDUCTION),
        # ¶9: four suspects detained by the military police and referred to military justice
        E(True, ["COERCE"], [9], "توقيف", ["asserted", "reported"], mode="arrest",
          source=MIL_POLICE, recipient=BLAST_SUSPECTS, location=BAB, date=TODAY,
          attribution=["الشرطة العسكرية في الباب"], acled=ARREST),
        # ¶10: the kidnappers' threat to kill a hostage of Tadef unless paid (THREATEN, told by his father);
        # the killing is hypothetical, the abduction ten days ago historical and the father's appeal optional
        E(True, ["THREATEN"], [10], "وهددوا", ["reported", "asserted"], mode="violence",
          source=TADEF_KIDNAPPERS, recipient=TADEF_FATHER, location=TADEF, date=D("2020-09-15"),
          attribution=["والد شاب مختطف"]),
        E(False, ["ASSAULT"], [10], "بتصفيته", ["hypothetical"], mode="execute",
          source=TADEF_KIDNAPPERS, recipient=TADEF_HOSTAGE, location=TADEF, date=None),
        E(False, ["ASSAULT"], [10], "مختطف", ["historical"], mode="abduct",
          source=TADEF_KIDNAPPERS, recipient=TADEF_HOSTAGE, location=TADEF,
          date=D("2020-09-06", "day", ("2020-09-05", "2020-09-07")), acled=ABDUCTION),
        E(False, ["REQUEST"], [10], "مناشداً", ["asserted"],
          source=TADEF_FATHER, date=TODAY_OPEN),
        # ¶11: the exchange's second stage «يوم الأحد المقبل» at the same crossing (planned); the reopening of
        # trade through the crossing is optional
        E(True, ["COOPERATE", "RETREAT"], [11], "المرحلة الثانية", ["planned"],
          source=EXCHANGE_NEXT, location=ABU_ZANDIN, date=D("2020-09-20"),
          attribution=["المصدر العسكري"]),
        E(False, ["RETREAT"], [11], "تُستأنف", ["hypothetical", "planned"], mode="access",
          location=ABU_ZANDIN, date=None),
        # ¶12: the regime did not free the media activists (RETREAT, negated); the women left out of the deal
        # and their families' earlier request are optional
        E(True, ["RETREAT"], [12], "يُفرج", ["negated"], mode="release",
          source=SY_REGIME, recipient=BAB_ACTIVISTS, date=TODAY),
        E(False, ["RETREAT"], [12], "تشمل", ["negated"], mode="release",
          source=SY_REGIME, recipient=DETAINED_WOMEN, date=TODAY),
        E(False, ["REQUEST"], [12], "طالبت", ["historical"],
          date=None),
        # ¶14 (monthly bombings, the population: generic) holds no event
        # background at another place: a motorcycle bomb in Jarabulus on Tuesday 1 September (4); the arrests
        # announced then are optional
        E(True, ["ASSAULT"], [15], "تفجير دراجة", ["historical", "asserted"], mode="explosives",
          recipient=JARABULUS_VICTIMS, location=JARABULUS, date=D("2020-09-01"), fatalities=4, acled=MINE),
        E(False, ["COERCE"], [15], "القبض", ["historical", "reported"], mode="arrest",
          location=JARABULUS, date=None),
        # ¶16: the abductees' families' silent vigil (PROTEST) and their demand to the interim government
        E(True, ["PROTEST"], [16], "وقفة صامتة", ["asserted"], mode="demo",
          source=KIDNAP_FAMILIES, recipient=SIG, location=BAB_COUNCIL_BLDG, date=TODAY, acled=PEACEFUL),
        E(True, ["REQUEST"], [16], "طالبوا", ["asserted"],
          source=KIDNAP_FAMILIES, recipient=SIG, date=TODAY),
    ],
)
