"""Gold of article 636: Kessab, the Samra crossing and the hill of Observatory 45, with rockets on Latakia
city (northern Latakia countryside), an Armenian community daily's website based in Bourj Hammoud (Beirut),
2014-03-31 (Mon)."""
from actors_places import (
    ARMENIAN_DIOCESE,
    ARMENIAN_PROTESTERS,
    ARMENIAN_SOCIETIES,
    BATTLE_636,
    BORDER_STRIP,
    CATHOLICOS,
    KESSAB,
    KESSAB_DELEGATION,
    KESSAB_ELDERLY,
    KESSAB_FAMILIES,
    LATAKIA_CITY,
    LATAKIA_CIVILIANS,
    LATAKIA_FROM_BEIRUT,
    LATAKIA_GOVERNOR,
    NUSRA_636,
    NUSRA_COMMANDER,
    OBSERVATORY_45,
    QASTAL_MAAF,
    RABIA,
    RABIEH,
    REBELS_636,
    SAMRA,
    SY_AIR_FORCE_636,
    SY_ARMY_636,
    SY_JET,
    SY_MFA,
    TR_GOV_636,
    TR_JET,
    UN_SG_636,
    UNSC_636,
)
from common import AIR, CLASH, PEACEFUL, SHELL, D, E, paras_of

SLUG = "latakia_2014_kessab_samra_observatory_45_qastal_maaf"
TODAY = D("2014-03-31")
YESTERDAY = D("2014-03-30")
LATELY = D("2014-03-31", "day", ("2014-03-30", "2014-03-31"))
SINCE_DAWN_YESTERDAY = D("2014-03-30", "day", ("2014-03-30", "2014-03-31"))
LAST_TWO_DAYS = D("2014-03-31", "day", ("2014-03-29", "2014-03-31"))
SINCE_FRIDAY = D("2014-03-31", "day", ("2014-03-28", "2014-03-31"))
ARTICLE = dict(
    id="team128-636", slug=SLUG, published="2014-03-31",
    outlet="Sada Ararat, an Armenian community daily's website based in Bourj Hammoud, Beirut (fictional)",
    paras=paras_of(f"636_{SLUG}.txt"),
    events=[
        # the lead (no dateline; «كسب» in the first sentence): four rockets fired from the hills around
        # Kessab fall on Latakia this morning, seven civilians wounded (core ASSAULT, Shelling; the headline
        # names it)
        E(True, ["ASSAULT"], [0, 1], "سقطت", ["asserted", "reported"], mode="heavy-weapons",
          source=REBELS_636,
          recipient=LATAKIA_CIVILIANS, location=LATAKIA_CITY, date=TODAY,
          attribution=["مصدر في قيادة شرطة المحافظة"], acled=SHELL, tpara=1),
        # ¶2: more than twenty air raids on al-Samra and its crossing since dawn yesterday (core ASSAULT,
        # Air strike); the army's counter-offensive along the border strip, named in the same sentence, is
        # optional
        E(True, ["ASSAULT"], [2], "غارة", ["asserted"], mode="aerial", source=SY_AIR_FORCE_636,
          location=SAMRA,
          date=SINCE_DAWN_YESTERDAY, attribution=["مصدر عسكري"], acled=AIR),
        E(False, ["ASSAULT"], [2], "هجوم معاكس", ["asserted"], mode="firearms", source=SY_ARMY_636,
          location=BORDER_STRIP, date=None),
        # ¶3: the Syrian foreign ministry accuses the Turkish government (core ACCUSE); its demand to the
        # Security Council (participle «مطالبة») is optional
        E(True, ["ACCUSE"], [3], "واتهمت", ["asserted"], source=SY_MFA, recipient=TR_GOV_636, date=YESTERDAY),
        E(False, ["REQUEST"], [3], "مطالبة", ["asserted"], source=SY_MFA, recipient=UNSC_636, date=YESTERDAY),
        # ¶4: reinforcements sent to Qastal Maaf and Nabaa al-Murr (core MOBILIZE)
        E(True, ["MOBILIZE"], [4], "ودفعت", ["asserted"], mode="troops", source=SY_ARMY_636,
          location=QASTAL_MAAF,
          date=LAST_TWO_DAYS, attribution=["مراسل «صدى أرارات»"]),
        # the main event, in ¶5 after the rockets, the raids, the accusation and the reinforcements: three
        # days of battles for the hill of Observatory 45, nine soldiers and militiamen dead per a military
        # source; ¶13, a wounded militiaman's account of Friday night (and «القتلى التسعة»), and the
        # headline name it
        E(True, ["ASSAULT"], [0, 5, 13], "معارك", ["asserted", "reported"], mode="firearms",
          source=BATTLE_636,
          location=OBSERVATORY_45, date=SINCE_FRIDAY, fatalities=9, attribution=["مصدر عسكري"], acled=CLASH,
          tpara=5),
        # paragraph 6 (Kessab: a description) holds no event ¶7: the Armenian Orthodox diocese hands out
        # food and blankets (core AID); the families' flight from Kessab (told in a relative clause, ten
        # days before) is optional
        E(True, ["AID"], [7], "ووزعت", ["asserted"], mode="humanitarian", source=ARMENIAN_DIOCESE,
          recipient=KESSAB_FAMILIES, location=LATAKIA_CITY, date=YESTERDAY),
        E(False, ["RETREAT"], [7], "نزحت", ["historical", "asserted"], source=KESSAB_FAMILIES,
          location=KESSAB,
          date=None),
        # ¶8: new gatherings of al-Nusra fighters near Rabia, told by loyalist Facebook pages and confirmed
        # by no one (core MOBILIZE, rumored)
        E(True, ["MOBILIZE"], [8], "حشود", ["rumored"], mode="troops", source=NUSRA_636, location=RABIA,
          date=None,
          attribution=["صفحات موالية على «فيسبوك»"]),
        # ¶9: some twenty elderly Armenians not released (core RETREAT, negated); their holding in a church,
        # told by relatives, is optional
        E(True, ["RETREAT"], [9], "تُفرج", ["negated"], mode="release", source=REBELS_636,
          recipient=KESSAB_ELDERLY, location=KESSAB, date=TODAY),
        E(False, ["COERCE"], [9], "محتجزون", ["reported"], mode="arrest", source=REBELS_636,
          recipient=KESSAB_ELDERLY, location=KESSAB, date=None),
        # ¶10: an al-Nusra commander threatens to carry the fighting further «إن لم يتوقف قصف الطائرات»
        # (core THREATEN, in a video)
        E(True, ["THREATEN"], [10], "وتوعد", ["asserted"], mode="violence", source=NUSRA_COMMANDER,
          date=LATELY),
        # ¶11: a sit-in in front of the Turkish embassy in Rabieh (core PROTEST, Peaceful protest); the
        # banners' blame on Ankara is optional
        E(True, ["PROTEST"], [11], "واعتصم", ["asserted"], mode="demo", source=ARMENIAN_PROTESTERS,
          location=RABIEH, date=YESTERDAY, acled=PEACEFUL),
        E(False, ["ACCUSE"], [11], "تحمّل", ["asserted"], source=ARMENIAN_PROTESTERS, recipient=TR_GOV_636,
          date=YESTERDAY),
        # background in «وكانت … قد», at another place: a Turkish fighter shot down a Syrian warplane over
        # Kessab on 23 March (core, historical, Air strike)
        E(True, ["ASSAULT"], [12], "أسقطت", ["historical", "asserted"], mode="aerial", source=TR_JET,
          recipient=SY_JET, location=KESSAB, date=D("2014-03-23"), acled=AIR),
        # ¶13 is a paragraph of the main event; ¶14: a second aid convoy to leave Beirut next Thursday (core
        # AID, planned)
        E(True, ["AID"], [14], "قافلة", ["planned"], mode="humanitarian", source=ARMENIAN_SOCIETIES,
          location=LATAKIA_FROM_BEIRUT, date=D("2014-04-03")),
        # paragraph 15 (a woman's words) holds no event; ¶16: the governor receives a delegation of Kessab
        # (core CONSULT) and promises temporary housing (optional AGREE)
        E(True, ["CONSULT"], [16], "واستقبل", ["asserted"], mode="visit", source=LATAKIA_GOVERNOR,
          recipient=KESSAB_DELEGATION, location=LATAKIA_CITY, date=TODAY, attribution=["بيان للمحافظة"]),
        E(False, ["AGREE"], [16], "ووعد", ["asserted"], source=LATAKIA_GOVERNOR, recipient=KESSAB_DELEGATION,
          date=TODAY),
        # ¶17: the Catholicos's appeal to the UN Secretary-General (core REQUEST); the massacres of 1915 he
        # recalls are optional (historical)
        E(True, ["REQUEST"], [17], "وناشد", ["asserted"], source=CATHOLICOS, recipient=UN_SG_636,
          date=LATELY),
        E(False, ["ASSAULT"], [17], "مجازر", ["historical"], date=None),
    ],
)
