"""Gold of article 399: Bint Jbeil, Marjayoun, Khiam, Ibl al-Saqi, the Khardali bridge and Naqoura (south
Lebanon), a Lebanese TV channel's news website, 2012-07-16 (Mon)."""
from actors_places import (
    ACTIVISTS3,
    ARMY_CHECKPOINT,
    ARMY_INTEL,
    BEIRUT,
    BINT_JBEIL,
    BJ_MAYOR,
    BJ_SITIN,
    BJ_YOUTHS,
    EDL,
    EDL_MINISTRY,
    ENERGY_MINISTER,
    ENERGY_MINISTRY,
    FOURTH_ACTIVIST,
    IBL_SAQI,
    ISF_RIOT,
    ISRAEL_AIR,
    KHARDALI,
    KHIAM,
    KHIAM_DRIVER,
    KHIAM_PROTESTERS,
    KHIAM_YOUTH,
    MARJAYOUN,
    MARJAYOUN_SITIN,
    MOVEMENT_COORD,
    NABATIEH_GOV,
    NAQOURA,
    NAQOURA_MAN,
    SECURITY_SOURCE,
    SHOOTER,
    SITIN_DELEGATION,
    SOUTH_MOVEMENT,
    SOUTH_MPS,
    STATION_OWNERS,
)
from common import AIR, ARREST, ATTACK, PEACEFUL, RIOT, D, E, paras_of

SLUG = "bint_jbeil_2012_khiam_marjayoun_naqoura"
TODAY = D("2012-07-16")
ARTICLE = dict(
    id="team80-399", slug=SLUG, published="2012-07-16",
    outlet="Jabal Amel Lebanese TV channel news website (fictional)",
    paras=paras_of(f"399_{SLUG}.txt"),
    events=[
        # ¶1: the road into Bint Jbeil blocked with burning tyres (headline 0; the sit-in there refusing to
        # reopen it in ¶12): PROTEST `obstruct`, ACLED's violent demonstration; its chanted demand optional
        E(True, ["PROTEST"], [0, 1, 12], "قطع الطريق العام", ["asserted"], mode="obstruct",
          source=BJ_YOUTHS, location=BINT_JBEIL, date=TODAY, acled=RIOT, tpara=1),
        E(False, ["REQUEST"], [1], "تطالب", ["asserted"], source=BJ_YOUTHS, date=TODAY),
        # ¶2: the sit-in before the Marjayoun serail (retold in ¶4) and its banners' demand to EDL and the
        # ministry
        E(True, ["PROTEST"], [2, 4], "اعتصاماً", ["asserted"], mode="demo",
          source=SOUTH_MOVEMENT, location=MARJAYOUN, date=TODAY, acled=PEACEFUL),
        E(True, ["REQUEST"], [2], "تطالب", ["asserted"],
          source=SOUTH_MOVEMENT, recipient=EDL_MINISTRY, date=TODAY),
        # ¶3: the road into Khiam blocked too (headline 0) ...
        E(True, ["PROTEST"], [0, 3], "قطع الطريق", ["asserted"], mode="obstruct",
          source=KHIAM_PROTESTERS, location=KHIAM, date=TODAY, acled=RIOT, tpara=3),
        # ... and the main event, in ¶3 after two protests: a driver fires on the protesters and hits a young
        # man (headline 0); the death is told only in ¶5 (one); «دم الشاب» 9 and the funeral 17 refer to it
        E(True, ["ASSAULT"], [0, 3, 5, 9, 17], "أطلق سائق", ["asserted"], mode="firearms",
          source=KHIAM_DRIVER, recipient=KHIAM_YOUTH, location=KHIAM, date=TODAY, fatalities=1,
          attribution=["شهود عيان", "إدارة مستشفى مرجعيون الحكومي"], acled=ATTACK, tpara=3),
        # ¶4: riot police disperse the sit-in with tear gas and batons and arrest three activists, joined with
        # «و» and a second verb; the attempt to force the serail's door is optional
        E(True, ["COERCE", "ASSAULT"], [4], "فرّقت", ["asserted"], mode="restrict",
          source=ISF_RIOT, recipient=MARJAYOUN_SITIN, location=MARJAYOUN, date=TODAY),
        E(True, ["COERCE"], [4], "واعتقلت", ["asserted"], mode="arrest",
          source=ISF_RIOT, recipient=ACTIVISTS3, location=MARJAYOUN, date=TODAY, acled=ARREST),
        E(False, ["PROTEST"], [4], "اقتحام", ["asserted"], mode="riot",
          source=MARJAYOUN_SITIN, location=MARJAYOUN, date=TODAY),
        # ¶5: army intelligence arrests the gunman near Ibl al-Saqi
        E(True, ["COERCE"], [5], "أوقفت", ["asserted"], mode="arrest",
          source=ARMY_INTEL, recipient=SHOOTER, location=IBL_SAQI, date=TODAY,
          attribution=["بيان لقيادة الجيش"], acled=ARREST),
        # ¶6: the governor receives a delegation (CONSULT) and promises (AGREE); his call to the minister is
        # optional
        E(True, ["CONSULT"], [6], "واستقبل", ["asserted"], mode="visit",
          source=NABATIEH_GOV, recipient=SITIN_DELEGATION, location=MARJAYOUN, date=TODAY),
        E(True, ["AGREE"], [6], "ووعد", ["asserted"],
          source=NABATIEH_GOV, recipient=SITIN_DELEGATION, date=TODAY),
        E(False, ["CONSULT"], [6], "اتصل", ["asserted", "reported"], mode="phone",
          source=NABATIEH_GOV, recipient=ENERGY_MINISTER, date=TODAY),
        # ¶7: the fuel station owners call off tomorrow's strike (core PROTEST `strike`, negated; CONCEDE
        # accepted); their warning optional
        E(True, ["PROTEST", "CONCEDE"], [7], "تعليق الإضراب", ["negated", "planned"], mode="strike",
          source=STATION_OWNERS, date=D("2012-07-17")),
        E(False, ["THREATEN"], [7], "محذراً", ["asserted"], source=STATION_OWNERS, date=TODAY),
        # paragraph 8 (generators and diesel: description, habits) holds no event
        # ¶9: the movement threatens to block the roads again (THREATEN; the blocking itself hypothetical) and
        # blames the ministry for the young man's blood (ACCUSE); its call to the residents optional
        E(True, ["THREATEN"], [9], "وهدّد", ["asserted"], mode="obstruct", source=MOVEMENT_COORD, date=TODAY),
        E(False, ["PROTEST"], [9], "بالعودة إلى الشارع", ["hypothetical"], mode="obstruct",
          source=MOVEMENT_COORD, date=D("2012-07-19")),
        E(True, ["ACCUSE"], [9], "محمّلين", ["asserted"], source=MOVEMENT_COORD, recipient=ENERGY_MINISTRY,
          date=TODAY),
        E(False, ["REQUEST"], [9], "وداعين", ["asserted"], source=MOVEMENT_COORD, date=TODAY),
        # ¶10: a fourth activist detained at the Khardali bridge, rumoured and denied (the denial optional)
        E(True, ["COERCE"], [10], "توقيف", ["rumored", "reported"], mode="arrest",
          source=ARMY_CHECKPOINT, recipient=FOURTH_ACTIVIST, location=KHARDALI, date=TODAY,
          attribution=["مواقع إخبارية محلية"]),
        E(False, ["REJECT"], [10], "نفى", ["asserted"], source=SECURITY_SOURCE, date=TODAY),
        # ¶11: the MPs to meet the minister on Wednesday (planned)
        E(True, ["CONSULT"], [11], "يلتقي", ["planned"],
          source=SOUTH_MPS, recipient=ENERGY_MINISTER, location=BEIRUT, date=D("2012-07-18"),
          attribution=["أحد نواب المنطقة"]),
        # ¶12: the Bint Jbeil protesters refuse the mayor's wish to reopen the road (REJECT) and he praises
        # them (SUPPORT); his wish and his call are optional
        E(True, ["REJECT"], [12], "ورفض المعتصمون", ["asserted"],
          source=BJ_SITIN, recipient=BJ_MAYOR, location=BINT_JBEIL, date=TODAY),
        E(True, ["SUPPORT"], [12], "أشاد", ["asserted"], source=BJ_MAYOR, recipient=BJ_SITIN, date=TODAY),
        E(False, ["REQUEST"], [12], "داعياً", ["asserted"], source=BJ_MAYOR, recipient=BJ_SITIN, date=TODAY),
        # ¶13: the sixth anniversary of the July 2006 war (optional, historical)
        E(False, ["ASSAULT"], [13], "الغارات الإسرائيلية", ["historical"], mode="aerial",
          source=ISRAEL_AIR, date=D("2006-07-12", "month", ("2006-07-12", "2006-08-14")), acled=AIR),
        # ¶14: EDL denies any discrimination between regions (REJECT); its call to subscribers optional
        E(True, ["REJECT"], [14], "نافيةً", ["asserted"], source=EDL, date=TODAY),
        E(False, ["REQUEST"], [14], "وداعيةً", ["asserted"], source=EDL, date=TODAY),
        # background at another place: a man shot dead in a quarrel over a generator subscription in Naqoura
        # on 10 May
        E(True, ["ASSAULT"], [15], "بإطلاق نار", ["historical", "asserted"], mode="firearms",
          recipient=NAQOURA_MAN, location=NAQOURA, date=D("2012-05-10"), fatalities=1, acled=ATTACK),
        # paragraph 16 (the longest summer of power cuts: a generic statement) holds no event; ¶17 (the
        # funeral tomorrow) belongs to the main event
    ],
)
