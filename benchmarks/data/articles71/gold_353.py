"""Gold of article 353: displacement to Marib and its camps (al-Wadi, al-Jufainah), the Houthi missile on the
al-Rawda camp, the siege of al-Abdiyah and a landmine at Harib (Yemen), a Yemeni pro-government news site,
2021-10-12 (Tue). Mostly about humanitarian and political consequences: displaced families evacuated by truck,
aid handed out, aid planned and aid that never came, a governor's visit and appeal, the prime minister's call,
the UN envoy's call. The main event is first told in ¶2, after the displacement; its toll conflicts (the camps
unit's four, a hospital's six → 4)."""
from actors_places import (
    ABDIYAH,
    ABDIYAH_FAMILIES,
    ABDIYAH_MEN,
    ABDIYAH_RESIDENTS,
    COALITION,
    DISPLACED_ARRIVALS,
    EXEC_UNIT,
    GOVERNOR_VISIT,
    HARIB,
    HARIB_SHEPHERDS,
    HOUTHI_GUNMEN,
    HOUTHI_LEADER,
    HOUTHI_SOURCE,
    HOUTHIS,
    INTL_COMMUNITY,
    IOM,
    JUBA,
    JUBA_FAMILIES,
    JUBA_HARIB,
    JUFAINA,
    KSRELIEF,
    MARIB_CITY,
    MARIB_GOVERNOR,
    MARIB_TRIBES,
    NEW_ARRIVALS,
    NEW_IDPS,
    PM_CALL,
    QANIYA,
    RAWDA_CAMP,
    RAWDA_IDPS,
    UN_AGENCIES,
    UN_ENVOY_YE,
    WFP,
    YE_PM,
)
from common import MINE, SHELL, D, E, paras_of

SLUG = "marib_2021_al_wadi_camps_juba_abdiyah_harib"
TODAY = D("2021-10-12")
TODAY_OPEN = D("2021-10-12", "day", ("2021-10-11", "2021-10-12"))
ARTICLE = dict(
    id="team71-353", slug=SLUG, published="2021-10-12",
    outlet="Sada al-Sadd, Yemeni pro-government news site (fictional)",
    paras=paras_of(f"353_{SLUG}.txt"),
    events=[
        # ¶1: families fleeing to Marib over three days (displacement: ambiguous as an event, optional
        # RETREAT), the Houthis' ongoing shelling of al-Juba and Harib (generic, optional), and the camps
        # unit's transfer of 140 families by truck to al-Jufainah «مساء أمس الإثنين» (core: an evacuation
        # carried out, RETREAT or AID)
        E(False, ["RETREAT"], [0, 1], "وصلت", ["asserted"], mode="withdraw",
          source=DISPLACED_ARRIVALS, location=MARIB_CITY,
          date=D("2021-10-11", "day", ("2021-10-09", "2021-10-12")),
          tpara=1),
        E(False, ["ASSAULT"], [1], "والقصف", ["generic", "asserted"], mode="heavy-weapons",
          source=HOUTHIS, location=JUBA_HARIB, date=None),
        E(True, ["RETREAT", "AID"], [1], "نقلت", ["asserted", "reported"],
          source=EXEC_UNIT, recipient=JUBA_FAMILIES, location=JUFAINA, date=D("2021-10-11"),
          attribution=["مسؤول في الوحدة"]),
        # MAIN EVENT, first told in ¶2: the Houthi ballistic missile on the al-Rawda camp «فجر اليوم»
        # (headline 0; the camps unit 2: four; the Houthi channel's version 7; a hospital source 11: six
        # bodies) → 4
        E(True, ["ASSAULT"], [0, 2, 7, 11], "صاروخ باليستي", ["asserted", "reported"], mode="heavy-weapons",
          source=HOUTHIS, recipient=RAWDA_IDPS, location=RAWDA_CAMP, date=TODAY, fatalities=4,
          attribution=["الوحدة التنفيذية", "قناة «المسيرة»", "مصدر طبي في مستشفى الهيئة العامة"],
          acled=SHELL, tpara=2),
        # ¶3: KSrelief's distribution at al-Jufainah (AID); IOM's water point is optional
        E(True, ["AID"], [3], "وزّع", ["asserted"], mode="humanitarian",
          source=KSRELIEF, recipient=NEW_IDPS, location=JUFAINA, date=TODAY),
        E(False, ["AID"], [3], "أقامت", ["asserted"], mode="humanitarian",
          source=IOM, location=JUFAINA, date=TODAY),
        # ¶4: a displaced woman's account: shells near her home in al-Juba days ago (optional, no actor named)
        E(False, ["ASSAULT"], [4], "سقطت قذائف", ["reported", "historical"], mode="heavy-weapons",
          location=JUBA, date=None),
        E(False, ["RETREAT"], [4], "الفرار", ["reported", "historical"], mode="withdraw",
          location=JUBA, date=None),
        # ¶5: the governor's visit to the camp and the wounded (CONSULT visit) and his appeal to UN agencies
        # (REQUEST); blaming the international community for its silence is optional ACCUSE
        E(True, ["CONSULT"], [5], "وتفقّد", ["asserted"], mode="visit",
          source=GOVERNOR_VISIT, recipient=GOVERNOR_VISIT, location=RAWDA_CAMP, date=TODAY),
        E(True, ["REQUEST"], [5], "وناشد", ["asserted"],
          source=MARIB_GOVERNOR, recipient=UN_AGENCIES, date=TODAY),
        E(False, ["ACCUSE"], [5], "محمّلاً", ["asserted"],
          source=MARIB_GOVERNOR, recipient=INTL_COMMUNITY, date=TODAY),
        # ¶6 (Marib's displaced: an aggregate) holds no event
        # ¶7: the Houthi channel's version belongs to the main event; its blame of the coalition is optional
        E(False, ["ACCUSE"], [7], "ومتهماً", ["reported"],
          source=HOUTHI_SOURCE, recipient=COALITION, date=TODAY),
        # ¶8: the prime minister's phone call with the governor (CONSULT phone); the ordered emergency money
        # is optional AID (ordered, not yet given)
        E(True, ["CONSULT"], [8], "اتصالاً هاتفياً", ["asserted", "reported"], mode="phone",
          source=PM_CALL, recipient=PM_CALL, date=TODAY_OPEN, attribution=["وكالة الأنباء اليمنية «سبأ»"]),
        E(False, ["AID", "AGREE"], [8], "بصرف", ["planned", "asserted"], mode="economic",
          source=YE_PM, recipient=NEW_ARRIVALS, date=None),
        E(False, ["SUPPORT"], [8], "تأكيده", ["reported"],
          source=YE_PM, recipient=MARIB_GOVERNOR, date=TODAY_OPEN),
        # ¶9: the UN envoy's call on the Houthis (REQUEST); his urging of «all parties» is the same statement
        E(True, ["REQUEST"], [9], "ودعا", ["asserted"],
          source=UN_ENVOY_YE, recipient=HOUTHIS, date=TODAY_OPEN),
        E(False, ["RETREAT"], [9], "النزوح", ["hypothetical"], mode="withdraw",
          location=MARIB_CITY, date=None),
        E(False, ["REQUEST"], [9], "وحثّ", ["asserted"],
          source=UN_ENVOY_YE, date=TODAY_OPEN),
        # ¶10: Houthi gunmen keeping families of al-Abdiyah from leaving, told by tribal sources and unchecked
        # (rumoured); holding men at a checkpoint near Qaniya is optional
        E(True, ["COERCE"], [10], "منع", ["rumored", "reported"], mode="restrict",
          source=HOUTHI_GUNMEN, recipient=ABDIYAH_FAMILIES, location=ABDIYAH,
          date=D("2021-10-12", "day", ("2021-10-09", "2021-10-12")), attribution=["مصادر قبلية"]),
        E(False, ["COERCE"], [10], "واحتجازهم", ["rumored"], mode="arrest",
          source=HOUTHI_GUNMEN, recipient=ABDIYAH_MEN, location=QANIYA, date=None),
        # ¶12: a WFP convoy due «يوم الخميس المقبل» (planned)
        E(True, ["AID"], [12], "قافلة", ["planned"], mode="humanitarian",
          source=WFP, location=MARIB_CITY, date=D("2021-10-14"), attribution=["مكتب البرنامج في عدن"]),
        # ¶13: a Houthi leader's threat to enter Marib (THREATEN); his call on the tribes and the entry itself
        # are optional (the entry hypothetical)
        E(True, ["THREATEN"], [13], "وتوعّد", ["asserted"], mode="territory",
          source=HOUTHI_LEADER, recipient=MARIB_TRIBES, location=MARIB_CITY, date=TODAY_OPEN),
        E(False, ["REQUEST"], [13], "داعياً", ["asserted"],
          source=HOUTHI_LEADER, recipient=MARIB_TRIBES, date=TODAY_OPEN),
        E(False, ["ASSAULT"], [13], "دخول", ["hypothetical", "planned"], mode="firearms",
          source=HOUTHIS, location=MARIB_CITY, date=None),
        E(False, ["ACCUSE"], [13], "معتبرين", ["asserted"],
          recipient=HOUTHIS, date=TODAY_OPEN),
        # ¶14: no food or medicine convoy entered al-Abdiyah (AID, negated) and the Houthi siege of the
        # district for «more than two weeks» (COERCE restrict, a standing siege, dated over its span)
        E(True, ["AID"], [14], "قافلة", ["negated"], mode="humanitarian",
          recipient=ABDIYAH_RESIDENTS, location=ABDIYAH, date=None,
          attribution=["عضو في السلطة المحلية بالمديرية"]),
        E(True, ["COERCE"], [14], "المحاصرة", ["asserted"], mode="restrict",
          source=HOUTHIS, recipient=ABDIYAH_RESIDENTS, location=ABDIYAH,
          date=D("2021-10-12", "week", ("2021-09-20", "2021-10-12")),
          attribution=["عضو في السلطة المحلية بالمديرية"]),
        # background at another place: three shepherds killed by a Houthi landmine near Harib «صباح الخميس
        # الماضي»
        E(True, ["ASSAULT"], [15], "بانفجار لغم", ["historical", "asserted"], mode="explosives",
          source=HOUTHIS, recipient=HARIB_SHEPHERDS, location=HARIB, date=D("2021-10-07"), fatalities=3,
          attribution=["أحد أقاربهم"], acled=MINE),
        # ¶16 (aid workers' analysis) and ¶17 (an operations room set up) hold no event
    ],
)
