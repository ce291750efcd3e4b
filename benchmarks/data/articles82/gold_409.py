"""Gold of article 409: al-Jubah, Sirwah (al-Kassara), Raghwan, Harib and Marib city (Marib), a Yemeni news
website close to the government and the army, 2021-03-07 (Sun)."""
from actors_places import (
    BURNT_TENT_FAMILIES,
    COALITION_YE,
    HARIB,
    HARIB_CIVILIANS,
    HOUTHI_POLITBURO,
    HOUTHI_REINFORCEMENTS,
    HOUTHIS,
    HOUTHIS_IRAN,
    JUBAH,
    JUBAH_IDPS,
    KASSARA,
    KASSARA_SIDES,
    KSRELIEF,
    MARIB_CITY,
    MARIB_GOVERNOR,
    MARIB_IDPS,
    MARIB_TRIBES,
    OCHA,
    RAGHWAN,
    SIRWAH,
    UN_ENVOY_UNSC,
    UNHCR,
    YE_INFO_MINISTER,
    YE_PRESIDENT,
)
from common import AIR, CLASH, SHELL, D, E, paras_of

SLUG = "marib_2021_al_jubah_sirwah_raghwan_harib"
TODAY = D("2021-03-07")
ARTICLE = dict(
    id="team82-409", slug=SLUG, published="2021-03-07",
    outlet="Arsh Bilqis Net Yemeni news website close to the government and the army (fictional)",
    paras=paras_of(f"409_{SLUG}.txt"),
    events=[
        # the main event, first in the lead (no dateline; al-Jubah in the first sentence, passive «قُتل»): the
        # Houthi ballistic missile on a camp «مساء أمس السبت» (headline 0, the medical source 2, a witness 3,
        # the Houthi spokesman's version 4, the funeral 5); the camps unit's four against the medical source's
        # six → 4
        E(True, ["ASSAULT"], [0, 1, 2, 3, 4, 5], "صاروخ باليستي", ["asserted"], mode="heavy-weapons",
          source=HOUTHIS, recipient=JUBAH_IDPS, location=JUBAH, date=D("2021-03-06"), fatalities=4,
          attribution=["الوحدة التنفيذية لإدارة مخيمات النازحين", "مصدر طبي في المستشفى الميداني"],
          acled=SHELL, tpara=1),
        # ¶6: the information minister condemns and blames the Houthis and Iran, and asks the envoy and the
        # Security Council to list the group
        E(True, ["ACCUSE"], [6], "ودان", ["asserted"],
          source=YE_INFO_MINISTER, recipient=HOUTHIS_IRAN, date=TODAY,
          attribution=["وكالة الأنباء الحكومية"]),
        E(True, ["REQUEST"], [6], "وطالب", ["asserted"],
          source=YE_INFO_MINISTER, recipient=UN_ENVOY_UNSC, date=TODAY),
        # ¶7: the infiltration foiled on the al-Kassara front (headline 0): both sides are sources, no count
        # («قتلى وجرحى»); the attackers' withdrawal is optional
        E(True, ["ASSAULT"], [0, 7], "مواجهات عنيفة", ["asserted"], mode="firearms",
          source=KASSARA_SIDES, location=KASSARA, date=TODAY,
          attribution=["المركز الإعلامي للقوات المسلحة"], acled=CLASH, tpara=7),
        E(False, ["RETREAT"], [7], "بانسحاب المهاجمين", ["asserted"], mode="withdraw",
          source=HOUTHIS, location=KASSARA, date=TODAY),
        # ¶8: coalition air strikes on Houthi reinforcements in Sirwah (verb–subject–object)
        E(True, ["ASSAULT"], [8], "غارات", ["asserted"], mode="aerial",
          source=COALITION_YE, recipient=HOUTHI_REINFORCEMENTS, location=SIRWAH,
          date=D("2021-03-07", "day", ("2021-03-06", "2021-03-07")), acled=AIR),
        # ¶9: Houthi reinforcements to Raghwan, told by tribal sources and unverified (rumoured)
        E(True, ["MOBILIZE"], [9], "وصول تعزيزات", ["rumored", "reported"], mode="troops",
          source=HOUTHI_REINFORCEMENTS, location=RAGHWAN,
          date=D("2021-03-05", "week", ("2021-03-01", "2021-03-07")), attribution=["مصادر قبلية"]),
        # paragraph 10 (the camps of al-Jubah: description, aggregates) holds no event
        # ¶11: the president's phone call to the governor; the aid he ordered (planned) and his praise
        # optional
        E(True, ["CONSULT"], [11], "اتصالاً هاتفياً", ["asserted"], mode="phone",
          source=YE_PRESIDENT, recipient=MARIB_GOVERNOR, date=TODAY),
        E(False, ["AID"], [11], "بصرف مساعدات", ["planned"], mode="economic",
          source=YE_PRESIDENT, date=TODAY),
        E(False, ["SUPPORT"], [11], "مشيداً", ["asserted"], source=YE_PRESIDENT, date=TODAY),
        # ¶12: KSrelief's tents for the families whose tents burned (AID)
        E(True, ["AID"], [12], "وسلّم", ["asserted"], mode="humanitarian",
          source=KSRELIEF, recipient=BURNT_TENT_FAMILIES, location=JUBAH, date=TODAY,
          attribution=["مسؤول في الوحدة التنفيذية"]),
        # ¶13: OCHA's visit to the camp, due today, did not take place (negated CONSULT)
        E(True, ["CONSULT"], [13], "يزور", ["negated", "planned"], mode="visit",
          source=OCHA, location=JUBAH, date=TODAY, attribution=["مصدر في السلطة المحلية"]),
        # ¶14: a Houthi politburo member threatens to push on to Marib city (the advance hypothetical, his
        # call to the tribes optional)
        E(True, ["THREATEN"], [14], "وتوعّد", ["asserted"], mode="violence",
          source=HOUTHI_POLITBURO, date=TODAY, attribution=["قناة «المسيرة»"]),
        E(False, ["ASSAULT"], [14], "بمواصلة التقدم", ["hypothetical"], mode="firearms",
          source=HOUTHI_POLITBURO, location=MARIB_CITY, date=None),
        E(False, ["REQUEST"], [14], "داعياً", ["asserted"],
          source=HOUTHI_POLITBURO, recipient=MARIB_TRIBES, date=TODAY),
        # ¶15: the displaced's vigil before UNHCR in Marib city tomorrow (planned)
        E(True, ["PROTEST"], [15], "وقفة احتجاجية", ["planned"], mode="demo",
          source=MARIB_IDPS, recipient=UNHCR, location=MARIB_CITY, date=D("2021-03-08"),
          attribution=["ائتلاف للمنظمات المحلية"]),
        # background at another place, in «وكانت … قد»: a drone on Harib's market on 21 January (3 killed)
        E(True, ["ASSAULT"], [16], "طائرة مسيّرة مفخخة", ["historical", "asserted"], mode="aerial",
          source=HOUTHIS, recipient=HARIB_CIVILIANS, location=HARIB, date=D("2021-01-21"), fatalities=3,
          attribution=["السلطة المحلية في المديرية"], acled=AIR),
        # paragraph 17 (why Marib matters: analysis) holds no event
    ],
)
