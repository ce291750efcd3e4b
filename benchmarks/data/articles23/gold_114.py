"""Gold of article 114: al-Hol camp, the al-Shaddadi countryside (near al-Arishah), the Rabia crossing, the
al-Darbasiyah–Amuda road, Qamishli, Rmelan (Kharab al-Jir) and Hasakah's Ghweiran prison, a north-east Syrian news
site, 2024-11-06 (Wed)."""
from actors_places import (
    ARISHA,
    ARISHA_CELL,
    ASAYISH,
    BAGHOUZ,
    DARBASIYAH,
    DARBASIYAH_VICTIMS,
    GHWEIRAN,
    HOL,
    HOL_ADMIN,
    HOL_KILLERS,
    HOL_RESIDENTS,
    HOL_SECTIONS,
    HOL_WOMAN,
    IQ_GOVERNMENT,
    ISIS_PRISONERS,
    KHARAB_JIR,
    QAMISHLI,
    QAMISHLI_PROTESTERS,
    RABIA,
    SDF,
    SDF_CELL,
    SDF_COALITION,
    SHADDADI_MUKHTAR,
    SHADDADI_SOUTH,
    TURKISH_ARMY,
    UN,
    UNKNOWN,
    US_MILITARY,
)
from common import AIR, ARREST, ATTACK, CLASH, PEACEFUL, D, E, paras_of

SLUG = "al_hol_camp_shaddadi_arisha_darbasiyah_qamishli_ghweiran"
YESTERDAY = D("2024-11-05")
LAST_NIGHT = D("2024-11-05", "day", ("2024-11-05", "2024-11-06"))
TODAY = D("2024-11-06")
ARTICLE = dict(
    id="team23-114", slug=SLUG, published="2024-11-06", outlet="Sawt al-Jazira news site (fictional)",
    paras=paras_of(f"114_{SLUG}.txt"),
    events=[
        # the killing of an Iraqi woman in al-Hol's fifth section «ليل أمس الثلاثاء» (1 killed): headline 0, lead 1,
        # and the Asayish statement 2 that names the perpetrator («خلايا مرتبطة بتنظيم داعش») — one event; «التاسعة
        # … منذ مطلع العام» is a tally
        E(True, ["ASSAULT"], [0, 1, 2], "برصاص مسلحين مجهولين", ["asserted", "reported"], mode="firearms",
          source=HOL_KILLERS, recipient=HOL_WOMAN, location=HOL, date=LAST_NIGHT, fatalities=1,
          attribution=["مصادر من داخل المخيم", "قوى الأمن الداخلي في شمال وشرق سوريا (الأسايش)"], acled=ATTACK,
          tpara=1),
        # the Asayish curfew on two sections and the tent searches (one COERCE, participle «معلنةً» with a verbal
        # noun: the curfew is imposed)
        E(True, ["COERCE"], [2], "فرض حظر للتجوال", ["asserted"], mode="curfew",
          source=ASAYISH, recipient=HOL_RESIDENTS, location=HOL_SECTIONS, date=TODAY),
        # the SDF–coalition heliborne raid near al-Arishah, one sentence, two events: the arrest of an ISIS commander
        # and three aides (COERCE; the media centre's follow-up 4 tells who he is — the financing and smuggling are
        # habitual content, «ستواصل ملاحقة» no event) and the short clash in which a fourth cell member is killed
        E(True, ["COERCE"], [0, 3, 4], "اعتقلت", ["asserted", "reported"], mode="arrest",
          source=SDF_COALITION, recipient=ARISHA_CELL, location=ARISHA, date=TODAY,
          attribution=["المركز الإعلامي لـ«قسد»"], acled=ARREST, tpara=3),
        E(True, ["ASSAULT"], [3], "اشتباك قصير", ["asserted", "reported"], mode="firearms",
          source=SDF_CELL, location=ARISHA, date=TODAY, fatalities=1,
          attribution=["المركز الإعلامي لـ«قسد»"], acled=CLASH),
        # the camp administration hands 140 Iraqi families to an Iraqi government delegation at Rabia (a return
        # carried out: RETREAT; COOPERATE accepted); the yearly total is a tally
        E(True, ["RETREAT", "COOPERATE"], [5], "سلّمت", ["asserted"], mode="return",
          source=HOL_ADMIN, recipient=IQ_GOVERNMENT, location=RABIA, date=TODAY),
        # a Turkish drone on a car on the al-Darbasiyah–Amuda road «مساء أمس» (3 killed) and the SDF's accusation of
        # the Turkish army (ACCUSE)
        E(True, ["ASSAULT"], [6], "استهدفت", ["asserted", "reported"], mode="aerial",
          source=TURKISH_ARMY, recipient=DARBASIYAH_VICTIMS, location=DARBASIYAH, date=YESTERDAY, fatalities=3,
          attribution=["ناشطين من المنطقة"], acled=AIR),
        E(True, ["ACCUSE"], [6], "واتهمت", ["asserted"],
          source=SDF, recipient=TURKISH_ARMY, date=D("2024-11-05", "day", ("2024-11-05", "2024-11-06"))),
        # Qamishli: hundreds demonstrate at the UN mission (PROTEST) and demand a clear UN stand (REQUEST)
        E(True, ["PROTEST"], [7], "تظاهر", ["asserted"], mode="demo",
          source=QAMISHLI_PROTESTERS, location=QAMISHLI, date=TODAY, acled=PEACEFUL),
        E(True, ["REQUEST"], [7], "وطالبوا", ["asserted"],
          source=QAMISHLI_PROTESTERS, recipient=UN, location=QAMISHLI, date=TODAY),
        # paragraph 8 is generic (the camp's population, recurring killings and smuggling, warnings): NO gold event
        # Kurdish media's unconfirmed report of a meeting between the SDF commander and a US military delegation at
        # Kharab al-Jir «مساء أمس» (rumoured CONSULT)
        E(True, ["CONSULT"], [9], "لقاء", ["rumored", "reported"], mode="visit",
          source=SDF, recipient=US_MILITARY, location=KHARAB_JIR, date=YESTERDAY,
          attribution=["مواقع إعلامية كردية"]),
        # the release of dozens of ISIS members from the Ghweiran prison told by Turkish media and denied by an
        # Autonomous Administration official (negated RETREAT; «خلال الأيام الماضية»)
        E(True, ["RETREAT"], [10], "إطلاق سراح", ["negated", "rumored", "reported"], mode="release",
          source=HOL_ADMIN, recipient=ISIS_PRISONERS, location=GHWEIRAN,
          date=D("2024-11-04", "week", ("2024-10-30", "2024-11-06")),
          attribution=["مسؤول في الإدارة الذاتية", "وسائل إعلام تركية"]),
        # a new handover due «منتصف الشهر الجاري» (planned RETREAT) and the SDF commander's conditional threat to
        # Turkey (THREATEN asserted; the «ردّ» itself optional hypothetical)
        E(True, ["RETREAT", "COOPERATE"], [11], "تسليم دفعة جديدة", ["planned"], mode="return",
          source=HOL_ADMIN, recipient=IQ_GOVERNMENT, location=HOL,
          date=D("2024-11-15", "week", ("2024-11-10", "2024-11-20"))),
        E(True, ["THREATEN"], [11], "توعّد", ["asserted"],
          source=SDF, recipient=TURKISH_ARMY, date=TODAY),
        E(False, ["ASSAULT"], [11], "ردّ مناسب", ["hypothetical"],
          source=SDF, recipient=TURKISH_ARMY),
        # background «وكان … قد»: a village mukhtar shot dead south of al-Shaddadi «مساء الجمعة الماضي»; the SDF's
        # last great battle with ISIS at al-Baghouz in March 2019 (optional historical)
        E(True, ["ASSAULT"], [12], "اغتالوا", ["historical", "asserted"], mode="assassinate",
          source=UNKNOWN, recipient=SHADDADI_MUKHTAR, location=SHADDADI_SOUTH, date=D("2024-11-01"), fatalities=1,
          acled=ATTACK),
        E(False, ["ASSAULT"], [12], "معارك", ["historical"], mode="firearms",
          source=SDF, location=BAGHOUZ,
          date=D("2019-03-23", "month", ("2019-03-01", "2019-03-31"))),
    ],
)
