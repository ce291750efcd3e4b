"""Gold of article 300: al-Ruwaished (Mafraq, Jordan), Salkhad (Suwayda, Syria), Amman and Jaber, a Jordanian
daily newspaper of Amman, 2024-01-23 (Tue)."""
from actors_places import (
    AMMAN,
    DAMASCUS,
    IRAN_MILITIAS,
    JABER,
    JABER_SMUGGLERS,
    JAF,
    JAF_SMUGGLERS,
    JO_AIR,
    JO_AUTHORITIES,
    JO_FM,
    JO_GOV_SPOKESMAN,
    JO_NORTH_BORDER,
    JO_OFFICER,
    JO_SOLDIER,
    JO_SPEAKER,
    JO_SY,
    JO_SY_COMMITTEE,
    RUWAISHED,
    RUWAISHED_DETAINEES,
    RUWAISHED_SECTOR,
    SALKHAD,
    SALKHAD_HOUSES,
    SMUGGLERS,
    SUWAYDA_NOTABLES,
    SUWAYDA_YOUTH,
    SY_FM,
)
from common import AIR, ARREST, CLASH, D, E, paras_of

SLUG = "ruwaished_2024_mafraq_jaber_salkhad_suwayda"
TODAY = D("2024-01-23")
YESTERDAY = D("2024-01-22")
ARTICLE = dict(
    id="team60-300", slug=SLUG, published="2024-01-23",
    outlet="Al-Madar Jordanian daily newspaper of Amman (fictional)",
    paras=paras_of(f"300_{SLUG}.txt"),
    events=[
        # the dawn clash between a border-guard force and armed smugglers near al-Ruwaished, a two-sided
        # fight (both sides are sources): headline 0, lead 1 (the General Command: five smugglers killed),
        # its details 2 (the smugglers fired first: the same fight), the Suwayda network's version 4 (three
        # young men «برصاص الجيش الأردني») and the follow-up 9 (an officer: four bodies, a fifth perhaps
        # dragged back) → 5 vs 3 vs 4 → 3
        E(True, ["ASSAULT"], [0, 1, 2, 4, 9], "اشتباك مسلح", ["asserted", "reported"], mode="firearms",
          source=JAF_SMUGGLERS, location=RUWAISHED, date=TODAY, fatalities=3,
          attribution=["مصدر عسكري مسؤول في القيادة العامة", "شبكة «صدى الجبل» المحلية في السويداء",
                       "ضابط في المنطقة العسكرية الشرقية"], acled=CLASH, tpara=1),
        # four smugglers arrested (COERCE); the seizure of the hashish, pills and rifles optional
        E(True, ["COERCE"], [1], "وإلقاء القبض", ["asserted", "reported"], mode="arrest",
          source=JAF, recipient=RUWAISHED_DETAINEES, location=RUWAISHED, date=TODAY,
          attribution=["مصدر عسكري مسؤول في القيادة العامة"], acled=ARREST),
        E(False, ["COERCE"], [2], "وضبطت", ["asserted", "reported"], mode="confiscate",
          source=JAF, recipient=SMUGGLERS, location=RUWAISHED, date=TODAY),
        # paragraph 3 (al-Ruwaished on the road to Iraq) holds no event
        # the General Command's warning (made: asserted); the «iron fist» optional, hypothetical
        E(True, ["THREATEN"], [5], "وحذّرت", ["asserted"], mode="violence",
          source=JAF, recipient=SMUGGLERS, date=TODAY),
        E(False, ["ASSAULT"], [5], "«ستضرب بيد من حديد»", ["hypothetical"], mode="firearms",
          source=JAF, recipient=SMUGGLERS, date=None),
        # air strikes on two houses near Salkhad ascribed to Jordanian aircraft: rumoured on Suwayda's
        # pages, neither confirmed nor denied (an official's refusal to comment and Damascus's silence are
        # no events)
        E(True, ["ASSAULT"], [0, 6], "غارات جوية", ["rumored", "reported"], mode="aerial",
          source=JO_AIR, recipient=SALKHAD_HOUSES, location=SALKHAD,
          date=D("2024-01-23", "day", ("2024-01-22", "2024-01-23")),
          attribution=["صفحات محلية في السويداء"], acled=AIR, tpara=6),
        # the Suwayda notables' appeal to the Jordanian authorities (REQUEST) and their call on the area's
        # people (optional)
        E(True, ["REQUEST"], [7], "وناشد", ["asserted", "reported"],
          source=SUWAYDA_NOTABLES, recipient=JO_AUTHORITIES, date=TODAY,
          attribution=["بيان تداولته الصفحات ذاتها"]),
        E(False, ["REQUEST"], [7], "داعين", ["asserted", "reported"],
          source=SUWAYDA_NOTABLES, recipient=SUWAYDA_YOUTH, date=TODAY),
        # one sentence, three events: the two foreign ministers' phone call «مساء أمس» (CONSULT), their
        # agreement (AGREE) and the joint security committee's meeting in Amman early next month (planned)
        E(True, ["CONSULT"], [8], "اتصالاً هاتفياً", ["asserted"], mode="phone",
          source=JO_FM, recipient=SY_FM, date=YESTERDAY,
          attribution=["بيان صادر عن وزارة الخارجية وشؤون المغتربين"]),
        E(True, ["AGREE"], [8], "واتفق الجانبان", ["asserted"],
          source=JO_SY, date=YESTERDAY, attribution=["بيان صادر عن وزارة الخارجية وشؤون المغتربين"]),
        E(True, ["CONSULT"], [8], "اجتماعاً", ["planned"], mode="multilateral",
          source=JO_SY_COMMITTEE, location=AMMAN, date=D("2024-02-04", "week", ("2024-02-01", "2024-02-10"))),
        # the government spokesman's accusation (ACCUSE) and his demand to Damascus (REQUEST)
        E(True, ["ACCUSE"], [10], "واتهم", ["asserted"],
          source=JO_GOV_SPOKESMAN, recipient=IRAN_MILITIAS, date=TODAY),
        E(True, ["REQUEST"], [10], "مطالباً", ["asserted"],
          source=JO_GOV_SPOKESMAN, recipient=DAMASCUS, date=TODAY),
        # the Speaker's praise of the army
        E(True, ["SUPPORT"], [11], "وأشاد", ["asserted"],
          source=JO_SPEAKER, recipient=JAF, date=TODAY, attribution=["بيان مقتضب"]),
        # reinforcements to the border posts of the al-Ruwaished sector
        E(True, ["MOBILIZE"], [12], "بتعزيزات إضافية", ["asserted"], mode="troops",
          source=JAF, location=RUWAISHED_SECTOR, date=TODAY, attribution=["مراسل «المدار» في المنطقة"]),
        # paragraph 13 (last year's foiled attempts and seizures: aggregates) holds no event
        # background at another place: a border guard killed by smugglers near Jaber «ليل الخميس الماضي»
        # (core, historical, 1); the officer killed in January 2022 optional, historical
        E(True, ["ASSAULT"], [14], "برصاص مهربين", ["historical", "asserted"], mode="firearms",
          source=JABER_SMUGGLERS, recipient=JO_SOLDIER, location=JABER, date=D("2024-01-18"), fatalities=1,
          attribution=["القيادة العامة"], acled=CLASH),
        E(False, ["ASSAULT"], [14], "قُتل", ["historical"], mode="firearms",
          recipient=JO_OFFICER, location=JO_NORTH_BORDER,
          date=D("2022-01-15", "month", ("2022-01-01", "2022-01-31")), fatalities=1, acled=CLASH),
        # paragraph 15 (the paper's coming file) holds no event
    ],
)
