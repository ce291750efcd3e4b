"""Gold of article 360: Bulo Burte, Beledweyne and Jalalaqsi (Hiiraan, Somalia), the Arabic wire of a regional
news agency, 2018-03-12 (Mon)."""
from actors_places import (
    BELED_BULO_ROAD,
    BELEDWEYNE,
    BULO,
    BULO_AIRPORT,
    BULO_CIVILIANS,
    BULO_EAST,
    BULO_HOUSEHOLDS,
    BULO_JALA_ROAD,
    BULO_MARKET,
    BULO_OUTSKIRTS,
    BULO_POLICE,
    BULO_SUSPECTS,
    ETHIOPIAN,
    FGS_AMISOM,
    FGS_DELEGATION,
    HIIRAAN_GOVERNOR,
    HIIRAAN_OFFICIALS,
    JALALAQSI,
    MAAWISLEY,
    SHABAAB,
    SHABAAB_TARGETS,
    SHABELLE_EAST,
    SNA_AMISOM,
    SNA_SOLDIERS,
    SRCS,
    WFP,
)
from common import ARREST, MINE, SHELL, D, E, paras_of

SLUG = "bulo_burte_2018_hiiraan_beledweyne_jalalaqsi"
YESTERDAY = D("2018-03-11")
TODAY = D("2018-03-12")
LAST_WEEK = D("2018-03-05", "week", ("2018-03-03", "2018-03-07"))
ARTICLE = dict(
    id="team72-360", slug=SLUG, published="2018-03-12",
    outlet="Al-Qarn al-Ifriqi regional news agency, Arabic wire (fictional)",
    paras=paras_of(f"360_{SLUG}.txt"),
    events=[
        # the main event, first in the lead: al-Shabaab mortar shells on Bulo Burte's market «صباح اليوم
        # الإثنين»: headline 0, lead 1 (the police chief: five), a vendor 2, the claim 3 («more than twelve»),
        # the hospital 4 (seven bodies), the burial of «the five» 15 → 5
        E(True, ["ASSAULT"], [0, 1, 2, 3, 4, 15], "قذائف هاون", ["asserted"], mode="heavy-weapons",
          source=SHABAAB, recipient=BULO_CIVILIANS, location=BULO_MARKET, date=TODAY, fatalities=5,
          attribution=["قائد شرطة المدينة", "«إذاعة الأندلس»", "مصدر طبي في مستشفى بولوبرطي العام"],
          acled=SHELL,
          tpara=1),
        # government and Ethiopian AMISOM artillery on the launch sites across the Shabelle (results unknown)
        E(True, ["ASSAULT"], [5], "بقصف مدفعي", ["asserted"], mode="heavy-weapons",
          source=SNA_AMISOM, location=SHABELLE_EAST, date=TODAY, acled=SHELL),
        # three suspects arrested in a sweep of the eastern quarters
        E(True, ["COERCE"], [6], "اعتقال", ["asserted"], mode="arrest",
          source=BULO_POLICE, recipient=BULO_SUSPECTS, location=BULO_EAST, date=TODAY, acled=ARREST),
        # a WFP airlift landed «أمس الأحد» (AID); the roads closed by al-Shabaab are a standing situation
        # (optional)
        E(True, ["AID"], [7], "شحنة جوية", ["asserted"], mode="humanitarian",
          source=WFP, recipient=BULO_HOUSEHOLDS, location=BULO_AIRPORT, date=YESTERDAY,
          attribution=["مسؤول في البرنامج"]),
        E(False, ["COERCE"], [7], "إغلاق", ["generic", "asserted"], mode="restrict",
          source=SHABAAB, location=BULO, date=None),
        # paragraph 8 (the town, its river, its prices: description) holds no event
        # the governor condemns and blames al-Shabaab (one ACCUSE) and asks Mogadishu and AMISOM for troops
        # (REQUEST)
        E(True, ["ACCUSE"], [9], "ودان", ["asserted"],
          source=HIIRAAN_GOVERNOR, recipient=SHABAAB, date=TODAY),
        E(True, ["REQUEST"], [9], "مطالباً", ["asserted"],
          source=HIIRAAN_GOVERNOR, recipient=FGS_AMISOM, date=TODAY),
        # al-Shabaab's threat in the same statement (headline 0 «وتتوعد»)
        E(True, ["THREATEN"], [0, 10], "وتوعّدت", ["asserted", "reported"], mode="violence",
          source=SHABAAB, recipient=SHABAAB_TARGETS, date=TODAY, attribution=["بيان «حركة الشباب»"],
          tpara=10),
        # a clan militia masses two hundred fighters on the eastern outskirts (MOBILIZE)
        E(True, ["MOBILIZE"], [11], "حشد", ["asserted", "reported"], mode="troops",
          source=MAAWISLEY, location=BULO_OUTSKIRTS, date=TODAY, attribution=["قائد ميليشيا «معاويسلي»"]),
        # a rumoured Ethiopian withdrawal from a small base, denied by a local official; the feared takeover
        # is optional, hypothetical
        E(True, ["RETREAT"], [12], "انسحاب", ["rumored", "negated"], mode="withdraw",
          source=ETHIOPIAN, location=BULO_JALA_ROAD,
          date=D("2018-03-11", "day", ("2018-03-11", "2018-03-12")),
          attribution=["مصادر محلية"]),
        E(False, ["ASSAULT"], [12], "سيطرة", ["hypothetical"], mode="firearms",
          source=SHABAAB, location=BULO_JALA_ROAD, date=None),
        # the Red Crescent convoy that has not reached the town (core AID, negated); its stopping a week ago,
        # the fighters' demand for fees and the society's refusal are optional
        E(True, ["AID"], [13], "قافلة إغاثية", ["negated"], mode="humanitarian",
          source=SRCS, location=BULO, date=TODAY, attribution=["أحد سائقيها"]),
        E(False, ["COERCE"], [13], "أُوقفت", ["historical", "asserted"], mode="restrict",
          source=SHABAAB, recipient=SRCS, location=BELED_BULO_ROAD, date=LAST_WEEK),
        E(False, ["REQUEST"], [13], "طالبوا", ["historical", "asserted"],
          source=SHABAAB, recipient=SRCS, location=BELED_BULO_ROAD, date=LAST_WEEK),
        E(False, ["REJECT"], [13], "رفضت", ["historical", "asserted"],
          source=SRCS, recipient=SHABAAB, location=BELED_BULO_ROAD, date=LAST_WEEK),
        # a federal delegation due in Beledweyne «غداً الثلاثاء» (planned); its stop in Bulo Burte is
        # conditional (optional)
        E(True, ["CONSULT"], [14], "يصل", ["planned"], mode="visit",
          source=FGS_DELEGATION, recipient=HIIRAAN_OFFICIALS, location=BELEDWEYNE, date=D("2018-03-13"),
          attribution=["مكتب حاكم الإقليم"]),
        E(False, ["CONSULT"], [14], "سيزور", ["hypothetical", "planned"], mode="visit",
          source=FGS_DELEGATION, location=BULO, date=None),
        # ¶15: the burial is part of the shelling; paragraph 16 (al-Shabaab's habits and finances: generic)
        # holds no event
        # background at another place: four soldiers killed by an IED near Jalalaqsi «الخميس الماضي» (core,
        # historical)
        E(True, ["ASSAULT"], [17], "بانفجار عبوة ناسفة", ["historical", "asserted"], mode="explosives",
          source=SHABAAB, recipient=SNA_SOLDIERS, location=JALALAQSI, date=D("2018-03-08"), fatalities=4,
          attribution=["مسؤول عسكري في الإقليم"], acled=MINE),
    ],
)
