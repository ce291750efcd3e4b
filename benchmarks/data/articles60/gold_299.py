"""Gold of article 299: Marib city (Yemen), al-Kasara and al-Mashjah, Sirwah, al-Jufainah camp, Safer, Medghal
and al-Hazm, a Yemeni news website close to the government, 2021-02-22 (Mon)."""
from actors_places import (
    COALITION,
    COALITION_AGGRESSION,
    HAZM,
    HOUTHI_REINFORCEMENTS,
    HOUTHI_SPOKESMAN,
    HOUTHIS,
    HOUTHIS_IRAN,
    JUFAINA,
    KASARA,
    KSRELIEF,
    MARIB,
    MARIB_CELL,
    MARIB_GOVERNOR,
    MARIB_IDPS,
    MARIB_POLICE,
    MARIB_TRIBES,
    MARIB_VICTIMS,
    MEDGHAL,
    MEDGHAL_CAMP,
    RAWDA_MARIB,
    SAFER,
    SAFER_LOC,
    SIRWAH,
    SIRWAH_MEDGHAL,
    UN_AGENCIES,
    UN_ENVOY_YE,
    YE_ARMY_HOUTHIS,
    YE_INFO_MIN,
)
from common import AIR, ARREST, CLASH, SHELL, D, E, paras_of

SLUG = "marib_2021_rawdah_kasara_sirwah_medghal"
TODAY = D("2021-02-22")
YESTERDAY = D("2021-02-21")
ARTICLE = dict(
    id="team60-299", slug=SLUG, published="2021-02-22",
    outlet="Marib al-Hadath Net Yemeni news website close to the government (fictional)",
    paras=paras_of(f"299_{SLUG}.txt"),
    events=[
        # the Houthi ballistic missile on al-Rawdah «مساء أمس الأحد»: headline 0, lead 1 (the local
        # authority: three), the Houthi channel's retelling 4 («تجمعاً لقيادات المرتزقة»: the same act), the
        # follow-up 5 (a doctor at Marib General Hospital: two bodies; a resident: the yard between two
        # houses) and the minister's four in 9 → 3 vs 2 vs 4 → 2
        E(True, ["ASSAULT"], [0, 1, 4, 5, 9], "سقوط صاروخ باليستي", ["asserted", "reported"],
          mode="heavy-weapons", source=HOUTHIS, recipient=MARIB_VICTIMS, location=RAWDA_MARIB, date=YESTERDAY,
          fatalities=2,
          attribution=["السلطة المحلية بالمحافظة", "طبيب في هيئة مستشفى مأرب العام", "أحد سكان الحي",
                       "وزير الإعلام في الحكومة الشرعية"], acled=SHELL, tpara=1),
        # one sentence, two events: the two-sided fighting on the al-Kasara and al-Mashjah fronts (both
        # sides are sources; «قتلى وجرحى» without a number) and the coalition's air raids on Houthi
        # reinforcements heading for Sirwah
        E(True, ["ASSAULT"], [0, 2], "معارك عنيفة", ["asserted"], mode="firearms",
          source=YE_ARMY_HOUTHIS, location=KASARA, date=TODAY, acled=CLASH, tpara=2),
        E(True, ["ASSAULT"], [0, 2], "سلسلة غارات", ["asserted", "reported"], mode="aerial",
          source=COALITION, recipient=HOUTHI_REINFORCEMENTS, location=SIRWAH, date=TODAY,
          attribution=["مصدر عسكري"], acled=AIR, tpara=2),
        # paragraph 3 (Marib, its oil and gas, its swollen population) holds no event
        # the Houthi spokesman's vow (made: asserted); the «wider operations» optional, hypothetical; the
        # lifting of the siege is its condition
        E(True, ["THREATEN"], [4], "توعّد", ["asserted"], mode="violence",
          source=HOUTHI_SPOKESMAN, recipient=COALITION_AGGRESSION, date=TODAY),
        E(False, ["ASSAULT"], [4], "بـ«عمليات أوسع", ["hypothetical"], mode="heavy-weapons",
          source=HOUTHIS, date=None),
        # KSrelief's food baskets and tents in al-Jufainah camp (the families' flight from the Sirwah camps
        # is no event)
        E(True, ["AID"], [6], "وزّع", ["asserted", "reported"], mode="humanitarian",
          source=KSRELIEF, recipient=MARIB_IDPS, location=JUFAINA, date=TODAY,
          attribution=["مسؤول في الوحدة التنفيذية لإدارة مخيمات النازحين"]),
        # a drone strike on the Safer oil facilities: rumoured by pro-Houthi accounts, denied by the company
        # (no attacker named)
        E(True, ["ASSAULT"], [7], "استهداف طائرة مسيّرة", ["rumored", "negated"], mode="aerial",
          recipient=SAFER, location=SAFER_LOC, date=TODAY,
          attribution=["حسابات موالية للمليشيا على «تويتر»", "مصدراً في الشركة"], acled=AIR),
        # the UN envoy's call on the Houthis to stop the offensive (his warning is no event)
        E(True, ["REQUEST"], [8], "دعا", ["asserted"],
          source=UN_ENVOY_YE, recipient=HOUTHIS, date=TODAY, attribution=["إحاطة عبر الفيديو"]),
        # the information minister's accusation of the Houthis and Tehran (his toll of four is a retelling)
        E(True, ["ACCUSE"], [9], "واتهم", ["asserted"],
          source=YE_INFO_MIN, recipient=HOUTHIS_IRAN, date=TODAY, attribution=["وكالة «سبأ»"]),
        # the governorate police's arrest of a three-man cell (its spotting of targets is the accusation's
        # content)
        E(True, ["COERCE"], [10], "ضبط خلية", ["asserted", "reported"], mode="arrest",
          source=MARIB_POLICE, recipient=MARIB_CELL, location=MARIB, date=TODAY,
          attribution=["شرطة المحافظة"], acled=ARREST),
        # the governor's meeting with the UN agencies tomorrow (planned; the displacement response is its
        # purpose)
        E(True, ["CONSULT"], [11], "أن يلتقي", ["planned"], mode="multilateral",
          source=MARIB_GOVERNOR, recipient=UN_AGENCIES, location=MARIB, date=D("2021-02-23")),
        # hundreds of tribesmen of Abidah, Murad and al-Jadaan moving to the tribal camps on the Sirwah and
        # Medghal fronts
        E(True, ["MOBILIZE"], [12], "وتدفّق", ["asserted", "reported"], mode="troops",
          source=MARIB_TRIBES, location=SIRWAH_MEDGHAL,
          date=D("2021-02-21", "day", ("2021-02-21", "2021-02-22")),
          attribution=["أحد مشايخ عبيدة"]),
        # paragraph 13 (the month's missiles and drones on Marib: an aggregate) holds no event
        # background at another place: a bomb-laden drone on a displaced persons' camp in Medghal «مساء
        # الخميس الماضي» (core, historical, 1; no actor named in the sentence); the Houthi capture of
        # al-Hazm in March 2020 optional, historical
        E(True, ["ASSAULT"], [14], "طائرة مسيّرة مفخخة", ["historical", "asserted", "reported"], mode="aerial",
          recipient=MEDGHAL_CAMP, location=MEDGHAL, date=D("2021-02-18"), fatalities=1,
          attribution=["الوحدة التنفيذية لإدارة المخيمات"], acled=AIR),
        E(False, ["ASSAULT", "COERCE"], [14], "سيطرت", ["historical"],
          source=HOUTHIS, location=HAZM, date=D("2020-03-01", "month", ("2020-03-01", "2020-03-31")),
          acled=CLASH),
        # paragraph 15 (no new displacement; markets and schools open) holds no event
    ],
)
