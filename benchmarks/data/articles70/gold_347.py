"""Gold of article 347: Hasakah city, the al-Waleed crossing, the Tal Tamr countryside (Umm al-Kayf, Tal
Tawil), Ras al-Ain, al-Darbasiyah and Tal Hamis (Hasakah, Syria), a pro-government daily, 2021-11-25 (Thu)."""
from actors_places import (
    DARBASIYAH,
    FUNERAL_TAL_TAMR,
    HASAKAH_CITY,
    HASAKAH_FAMILIES,
    HASAKAH_YOUTHS,
    MUFTI_QUARTER,
    RAS_AIN,
    RAS_AIN_CITY,
    RU_TR_PATROL,
    SAA,
    SDF,
    SNA,
    SY_MOFA,
    TAL_HAMIS,
    TAL_HAMIS_PROTESTERS,
    TAL_TAMR_VICTIMS,
    TR_DEFMIN,
    TRIBAL_NOTABLES,
    TURKEY_SNA,
    TURKISH_GOV,
    UMM_KAYF,
    UN_SG_UNSC,
    US_FORCES,
    WALEED,
)
from common import ARREST, EXCESSIVE, PEACEFUL, SHELL, D, E, paras_of

SLUG = "tal_tamr_2021_umm_al_kayf_hasakah_tal_hamis"
TODAY = D("2021-11-25")
ARTICLE = dict(
    id="team70-347", slug=SLUG, published="2021-11-25",
    outlet="Al-Khabour pro-government daily (fictional)",
    paras=paras_of(f"347_{SLUG}.txt"),
    events=[
        # the SDF's house raids and conscription arrests in Ghuwayran and al-Nashwa (one COERCE; headline 0)
        E(True, ["COERCE"], [0, 1], "داهم مسلحوها", ["asserted"], mode="arrest",
          source=SDF, recipient=HASAKAH_YOUTHS, location=HASAKAH_CITY, date=TODAY,
          attribution=["مراسل «الخابور»"], acled=ARREST, tpara=1),
        # a US convoy of weapons and logistics through al-Waleed «مساء أمس الأربعاء» (MOBILIZE weapons)
        E(True, ["MOBILIZE"], [2], "رتل", ["asserted", "reported"], mode="weapons",
          source=US_FORCES, location=WALEED, date=D("2021-11-24"), attribution=["مصادر أهلية"]),
        # the main event, told in ¶3 after the raids and the convoy: Turkish shelling of Umm al-Kayf and Tal
        # Tawil «ظهر اليوم» (headline 0, ¶3, the hospital 4, Ankara's version 7, the funeral 15) → 2
        E(True, ["ASSAULT"], [0, 3, 4, 7, 15], "قصف مدفعي", ["asserted"], mode="heavy-weapons",
          source=TURKEY_SNA, recipient=TAL_TAMR_VICTIMS, location=UMM_KAYF, date=TODAY, fatalities=2,
          attribution=["مراسل «الخابور»", "مصدر طبي في مشفى الحسكة الوطني"], acled=SHELL, tpara=3),
        # the Syrian army's return fire on the factions near Ras al-Ain (another actor pair: its own event);
        # «ستبقى على جاهزيتها» is an optional MOBILIZE (alert)
        E(True, ["ASSAULT"], [5], "استهدفت", ["reported", "asserted"], mode="heavy-weapons",
          source=SAA, recipient=SNA, location=RAS_AIN, date=TODAY, attribution=["مصدر ميداني"], acled=SHELL),
        E(False, ["MOBILIZE"], [5], "جاهزيتها", ["asserted", "reported"], mode="troops",
          source=SAA, location=UMM_KAYF, date=TODAY),
        # paragraph 6 (the Khabour villages and their people: description) holds no event
        # the foreign ministry's condemnation of Turkey (ACCUSE) and its letters to the UN (REQUEST)
        E(True, ["ACCUSE"], [8], "وأدانت", ["asserted"],
          source=SY_MOFA, recipient=TURKISH_GOV, date=TODAY),
        E(True, ["REQUEST"], [8], "وطالبت", ["asserted"],
          source=SY_MOFA, recipient=UN_SG_UNSC, date=TODAY),
        # the Turkish defence minister's threat «بعد يوم واحد» = yesterday; the operation is hypothetical
        E(True, ["THREATEN"], [9], "تهديد", ["asserted", "reported"], mode="violence",
          source=TR_DEFMIN, recipient=SDF, date=D("2021-11-24")),
        E(False, ["ASSAULT"], [9], "عملية عسكرية", ["hypothetical"], mode="firearms",
          source=TR_DEFMIN, recipient=SDF, date=None),
        # the factions massing around Ras al-Ain «خلال الأيام الماضية»: rumoured, unconfirmed
        E(True, ["MOBILIZE"], [10], "حشد", ["rumored", "reported"], mode="troops",
          source=SNA, location=RAS_AIN_CITY, date=D("2021-11-23", "week", ("2021-11-18", "2021-11-25")),
          attribution=["صفحات محلية", "ناشطون"]),
        # a Russian–Turkish joint patrol «يوم الأحد المقبل» (planned COOPERATE)
        E(True, ["COOPERATE"], [11], "دورية مشتركة", ["planned"],
          source=RU_TR_PATROL, location=DARBASIYAH, date=D("2021-11-28")),
        # the young men of al-Mufti not released (core RETREAT, negated); last week's arrests, the appeals and
        # the tribal mediation are optional
        E(True, ["RETREAT"], [12], "تُفرج", ["negated"], mode="release",
          source=SDF, recipient=HASAKAH_YOUTHS, location=MUFTI_QUARTER, date=TODAY,
          attribution=["والد أحد المعتقلين"]),
        E(False, ["COERCE"], [12], "اعتقلتهم", ["historical", "asserted"], mode="arrest",
          source=SDF, recipient=HASAKAH_YOUTHS, location=MUFTI_QUARTER,
          date=D("2021-11-17", "week", ("2021-11-15", "2021-11-21")), acled=ARREST),
        E(False, ["REQUEST"], [12], "مناشدات", ["asserted"],
          source=HASAKAH_FAMILIES, recipient=SDF, date=None),
        E(False, ["CONSULT"], [12], "ووساطة", ["asserted"],
          source=TRIBAL_NOTABLES, recipient=SDF, date=None),
        # paragraph 13 (conscription as a standing practice, flight, remittances: generic) holds no event
        # background at another place: a protester shot dead in Tal Hamis «مساء الإثنين الماضي» (core,
        # historical); the protest itself is optional
        E(True, ["ASSAULT"], [14], "برصاص", ["historical", "asserted"], mode="firearms",
          source=SDF, recipient=TAL_HAMIS_PROTESTERS, location=TAL_HAMIS, date=D("2021-11-22"), fatalities=1,
          attribution=["شهود عيان"], acled=EXCESSIVE),
        E(False, ["PROTEST"], [14], "وقفة احتجاجية", ["historical", "asserted"], mode="demo",
          source=TAL_HAMIS_PROTESTERS, location=TAL_HAMIS, date=D("2021-11-22"), acled=PEACEFUL),
        # ¶15: the funeral (part of the shelling); its chants are an optional PROTEST
        E(False, ["PROTEST"], [15], "هتافات", ["asserted"], mode="demo",
          source=FUNERAL_TAL_TAMR, location=UMM_KAYF, date=TODAY),
    ],
)
