"""Gold of article 230: Bahrain (Sitra, Manama and Karzakan, Diraz, the Dry Dock, as-Sanabis), an opposition news
site, 2012-11-25 (Sun)."""
from actors_places import (
    AMNESTY,
    BH_AUTHORITIES,
    BH_COURT,
    BH_INTERIOR,
    BH_SECURITY,
    BUDAIYA,
    DETAINEE_BJ,
    DIRAZ,
    DIRAZ_FORCES,
    DIRAZ_YOUTHS,
    DRY_DOCK,
    DRY_DOCK_GUARDS,
    FEB14,
    KARZAKAN_YOUTHS,
    MANAMA_COURT,
    SANABIS,
    SANABIS_WOMEN,
    SITRA,
    SITRA_DETAINEES,
    SITRA_PROTESTERS,
    WEFAQ,
)
from common import ARREST, ATTACK, EXCESSIVE, RIOT, D, E, paras_of

SLUG = "bahrain_2012_sitra_march_shotgun_diraz_raids_court_sentences"
TODAY_OR_YESTERDAY = D("2012-11-25", "day", ("2012-11-24", "2012-11-25"))
ARTICLE = dict(
    id="team46-230", slug=SLUG, published="2012-11-25", outlet="Nabd al-Lulua news site (fictional)",
    paras=paras_of(f"230_{SLUG}.txt"),
    events=[
        # the security forces' attack on the Sitra march «عصر أمس السبت»: headline 0 («تقمع»), lead 1 (witnesses,
        # medics), the participant's account 2 (the encirclement is the same act); nobody killed
        E(True, ["ASSAULT", "COERCE"], [0, 1, 2], "هاجمت قوات الأمن", ["asserted", "reported"], mode="firearms",
          source=BH_SECURITY, recipient=SITRA_PROTESTERS, location=SITRA, date=D("2012-11-24"),
          attribution=["شهود عيان", "مسعفون ميدانيون", "أحد المشاركين"], tpara=1),
        # the march itself, told by the outlet as peaceful and by the ministry (¶3) as rioting «مخربين»: one protest;
        # its purpose «للمطالبة» is an optional REQUEST; the stones and Molotovs on a patrol (ministry) and the
        # activists' denial of any injured policeman (¶4) are an optional ASSAULT
        E(True, ["PROTEST"], [0, 1, 3], "مسيرة سلمية", ["asserted", "reported"], mode="demo",
          source=SITRA_PROTESTERS, location=SITRA, date=D("2012-11-24"),
          attribution=["شهود عيان", "بيان وزارة الداخلية"], acled=EXCESSIVE, tpara=1),
        E(False, ["REQUEST"], [1], "للمطالبة", ["asserted"], source=SITRA_PROTESTERS, date=D("2012-11-24")),
        E(False, ["ASSAULT", "PROTEST"], [3, 4], "ورشقت دورية أمنية", ["reported", "negated"], mode="riot",
          source=SITRA_PROTESTERS, recipient=BH_SECURITY, location=SITRA, date=D("2012-11-24"), acled=RIOT),
        # the ministry's five arrests (the referral to the prosecution is no SANCTION)
        E(True, ["COERCE"], [3], "وقبضت", ["reported"], mode="arrest",
          source=BH_SECURITY, recipient=SITRA_DETAINEES, location=SITRA, date=D("2012-11-24"),
          attribution=["بيان وزارة الداخلية على تويتر"], acled=ARREST),
        # the High Criminal Court's sentences (headline 0); the torture the lawyer says his client suffered during
        # questioning is optional (historical, reported)
        E(True, ["SANCTION"], [0, 5], "قضت", ["asserted"], mode="convict",
          source=BH_COURT, recipient=KARZAKAN_YOUTHS, location=MANAMA_COURT, date=D("2012-11-25"), tpara=5),
        E(False, ["ASSAULT"], [5], "للضرب والتعليق", ["historical", "reported"], mode="torture",
          recipient=KARZAKAN_YOUTHS, date=None),
        # the dawn raids in Diraz with four arrests (doors broken and phones taken in the same act)
        E(True, ["COERCE"], [6], "واعتقلت", ["asserted", "reported"], mode="arrest",
          source=DIRAZ_FORCES, recipient=DIRAZ_YOUTHS, location=DIRAZ, date=D("2012-11-25"),
          attribution=["ذوو المعتقلين"], acled=ARREST),
        # al-Wefaq: accusation and demand («القمع لن يثني» is generic)
        E(True, ["ACCUSE"], [7], "واتهمت", ["asserted"],
          source=WEFAQ, recipient=BH_AUTHORITIES, date=TODAY_OR_YESTERDAY),
        E(True, ["REQUEST"], [7], "وطالبت", ["asserted", "reported"],
          source=WEFAQ, recipient=BH_AUTHORITIES, date=TODAY_OR_YESTERDAY, attribution=["بيان جمعية الوفاق"]),
        # the ministry's refusal of al-Wefaq's notice (core); the Friday march notified (optional, planned and now
        # hypothetical); the ban on marches of late October, recalled here and in Amnesty's call ¶11 (optional,
        # historical); the notice itself is no event
        E(True, ["REJECT"], [8], "رفض الإخطار", ["asserted"],
          source=BH_INTERIOR, recipient=WEFAQ, date=D("2012-11-25")),
        E(False, ["PROTEST"], [8], "مسيرة جماهيرية", ["planned", "hypothetical"], mode="demo",
          source=WEFAQ, location=BUDAIYA, date=D("2012-11-30")),
        E(False, ["COERCE"], [8, 11], "قرار منع المسيرات والتجمعات", ["historical"], mode="ban",
          source=BH_INTERIOR, date=D("2012-10-30", "week", ("2012-10-20", "2012-10-31"))),
        # paragraph 9 is a generic description: deliberately NO gold event
        # the rumoured beating of a detainee at the Dry Dock, unconfirmed (official silence negates nothing)
        E(True, ["ASSAULT"], [10], "ضرب مبرح", ["rumored", "reported"], mode="torture",
          source=DRY_DOCK_GUARDS, recipient=DETAINEE_BJ, location=DRY_DOCK,
          date=D("2012-11-25", "day", ("2012-11-23", "2012-11-25")),
          attribution=["ناشطون على مواقع التواصل الاجتماعي"], acled=ATTACK),
        # Amnesty's call on the authorities
        E(True, ["REQUEST"], [11], "دعت", ["asserted"],
          source=AMNESTY, recipient=BH_AUTHORITIES, date=TODAY_OR_YESTERDAY),
        # the February 14 coalition's «week of anger» from Thursday (planned; the call itself optional)
        E(False, ["REQUEST"], [12], "دعا", ["asserted"], source=FEB14, date=TODAY_OR_YESTERDAY),
        E(True, ["PROTEST"], [12], "مسيرات ليلية", ["planned"], mode="demo",
          source=FEB14, date=D("2012-11-29", "week", ("2012-11-29", "2012-12-05"))),
        # «يُذكر أن … كانت قد»: last Wednesday the security forces broke up a women's sit-in in as-Sanabis and
        # detained three (core, historical); the sit-in and the release after midnight are optional
        E(True, ["COERCE"], [13], "فرّقت", ["historical", "asserted"], mode="arrest",
          source=BH_SECURITY, recipient=SANABIS_WOMEN, location=SANABIS, date=D("2012-11-21"), acled=ARREST),
        E(False, ["PROTEST"], [13], "اعتصاماً نسائياً", ["historical"], mode="demo",
          source=SANABIS_WOMEN, location=SANABIS, date=D("2012-11-21")),
        E(False, ["RETREAT"], [13], "أُطلق سراحهن", ["historical"], mode="release",
          source=BH_SECURITY, recipient=SANABIS_WOMEN, location=SANABIS,
          date=D("2012-11-22", "day", ("2012-11-21", "2012-11-22"))),
    ],
)
