"""Gold of article 113: Masafer Yatta (al-Mufaqara, Umm al-Khair, Susiya, al-Rakiz, al-Tuwani, Zanuta), Hebron's Old
City (Haret Jaber, the Abu al-Rish checkpoint) and Bani Naim, a Hebron news site, 2025-04-09 (Wed)."""
from actors_places import (
    ABU_RISH,
    BANI_NAIM,
    BANI_NAIM_RESIDENTS,
    EU_DIPLOMATS,
    HEBRON_COMMUTERS,
    HEBRON_FACTIONS,
    HEBRON_OLD_CITY,
    IDF,
    IL_GOVERNMENT,
    INTL_COMMUNITY,
    KIRYAT_ARBA_PLACE,
    MASAFER,
    MASAFER_RESIDENTS,
    MUFAQARA,
    MUFAQARA_ROAD,
    MUFAQARA_TABBAN,
    MUFAQARA_VICTIMS,
    OLD_CITY_YOUTHS,
    PRCS,
    PS_MOFA,
    RAKIZ,
    RAKIZ_HOMES,
    SETTLERS,
    SUSIYA,
    SUSIYA_OLIVES,
    TUWANI,
    TUWANI_FARMER,
    UMM_KHAIR,
    UMM_KHAIR_FAMILIES,
    UMM_KHAIR_REPS,
    ZANUTA,
    ZANUTA_RESIDENTS,
)
from common import ARREST, ATTACK, DESTRUCTION, D, E, paras_of

SLUG = "masafer_yatta_mufaqara_umm_al_khair_hebron_old_city_bani_naim"
YESTERDAY = D("2025-04-08")
TODAY = D("2025-04-09")
ARTICLE = dict(
    id="team23-113", slug=SLUG, published="2025-04-09", outlet="Sada al-Khalil news site (fictional)",
    paras=paras_of(f"113_{SLUG}.txt"),
    events=[
        # the settlers' attack on al-Mufaqara «مساء أمس الثلاثاء» (3 wounded; the beating and the burnt car and tent
        # are one attack): headline 0, lead 1, and the follow-up 5 that names the outpost they came from (one event;
        # «الرابع على الخربة منذ مطلع الشهر» is a tally)
        E(True, ["ASSAULT"], [0, 1, 5], "هجوم شنّه مستعمرون", ["asserted", "reported"], mode="beat",
          source=SETTLERS, recipient=MUFAQARA_VICTIMS, location=MUFAQARA, date=YESTERDAY,
          attribution=["مصادر محلية", "منسق لجان الحماية والصمود في مسافر يطا"], acled=ATTACK, tpara=1),
        # the army keeps the Red Crescent's ambulances from the hamlet for an hour (COERCE restrict); taking the
        # wounded to hospital is no event
        E(True, ["COERCE"], [2], "منعت", ["asserted", "reported"], mode="restrict",
          source=IDF, recipient=PRCS, location=MUFAQARA_ROAD, date=YESTERDAY,
          attribution=["جمعية الهلال الأحمر الفلسطيني"]),
        # the demolition in Umm al-Khair this morning (three homes, a sheepfold, a cistern; the forced emptying of
        # the homes is part of it): headline 0, ¶3
        E(True, ["ASSAULT", "COERCE"], [0, 3], "هدمت", ["asserted", "reported"], mode="destroy",
          source=IDF, recipient=UMM_KHAIR_FAMILIES, location=UMM_KHAIR, date=TODAY,
          attribution=["هيئة مقاومة الجدار والاستيطان"], acled=DESTRUCTION, tpara=3),
        # Hebron's Old City, one sentence, two events: four young men arrested in house raids (one COERCE) and the
        # Abu al-Rish checkpoint closed to passers-by (COERCE restrict); the pupils' detours are no event
        E(True, ["COERCE"], [4], "اعتقلت", ["asserted"], mode="arrest",
          source=IDF, recipient=OLD_CITY_YOUTHS, location=HEBRON_OLD_CITY, date=TODAY, acled=ARREST),
        E(True, ["COERCE"], [4], "وأغلقت", ["asserted"], mode="restrict",
          source=IDF, recipient=HEBRON_COMMUTERS, location=ABU_RISH, date=TODAY),
        # the foreign ministry condemns and blames the Israeli government (one ACCUSE: «أدانت … محمّلةً») and asks the
        # international community for sanctions (REQUEST; the sanctions are its content)
        E(True, ["ACCUSE"], [6], "وأدانت", ["asserted"],
          source=PS_MOFA, recipient=IL_GOVERNMENT, location=MASAFER, date=TODAY),
        E(True, ["REQUEST"], [6], "وطالبت", ["asserted"],
          source=PS_MOFA, recipient=INTL_COMMUNITY, date=TODAY),
        # European diplomats visit Umm al-Khair (CONSULT) and the residents' representatives press them (REQUEST,
        # recipient in the accusative «أعضاءَ الوفد»)
        E(True, ["CONSULT"], [7], "زار", ["asserted"], mode="visit",
          source=EU_DIPLOMATS, recipient=UMM_KHAIR_REPS, location=UMM_KHAIR, date=TODAY),
        E(True, ["REQUEST"], [7], "طالب", ["asserted"],
          source=UMM_KHAIR_REPS, recipient=EU_DIPLOMATS, location=UMM_KHAIR, date=TODAY),
        # paragraph 8 is generic (displacement threat, the firing zone, recurring demolitions and settler attacks):
        # NO gold event
        # an unverified clip of settlers cutting olive trees near Susiya (rumoured; undated: the day or the day
        # before)
        E(True, ["ASSAULT"], [9], "يقطعون", ["rumored", "reported"], mode="destroy",
          source=SETTLERS, recipient=SUSIYA_OLIVES, location=SUSIYA,
          date=D("2025-04-09", "day", ("2025-04-08", "2025-04-09")), attribution=["ناشطون"], acled=DESTRUCTION),
        # Bani Naim, one sentence, two events: the army storms the town and seals it off (one COERCE, asserted) and
        # the shooting towards Kiryat Arba it alleges, denied by the mayor (negated ASSAULT, no known shooter)
        E(True, ["COERCE"], [10], "اقتحمت", ["asserted"], mode="restrict",
          source=IDF, recipient=BANI_NAIM_RESIDENTS, location=BANI_NAIM, date=TODAY),
        E(True, ["ASSAULT"], [10], "«إطلاق نار»", ["negated", "rumored", "reported"], mode="firearms",
          location=KIRYAT_ARBA_PLACE, date=YESTERDAY,
          attribution=["رئيس بلدية بني نعيم", "الرواية الإسرائيلية"]),
        # the factions' solidarity stand due «يوم الجمعة المقبل» (planned PROTEST) and the intended demolition of
        # twelve homes in al-Rakiz (planned; undated); the notices delivered yesterday are optional (a written
        # warning: THREATEN or COERCE)
        E(True, ["PROTEST"], [11], "وقفة تضامنية", ["planned"], mode="demo",
          source=HEBRON_FACTIONS, location=UMM_KHAIR, date=D("2025-04-11")),
        E(True, ["ASSAULT", "COERCE"], [11], "هدم اثني عشر مسكناً", ["planned"], mode="destroy",
          source=IDF, recipient=RAKIZ_HOMES, location=RAKIZ),
        E(False, ["THREATEN", "COERCE"], [11], "سلّمت", ["asserted"],
          source=IDF, recipient=RAKIZ_HOMES, location=RAKIZ, date=YESTERDAY),
        # the settlers' leaflets threatening the residents (THREATEN asserted; the demanded departure is no event);
        # the commission head's warning of displacement «في حال» is a hypothetical warning, no event
        E(True, ["THREATEN"], [12], "وهدّد", ["asserted"],
          source=SETTLERS, recipient=MASAFER_RESIDENTS, location=MUFAQARA_TABBAN,
          date=D("2025-04-09", "day", ("2025-04-08", "2025-04-09"))),
        # background «وكان … قد»: settlers beat a farmer at al-Tuwani «مساء السبت الماضي»; Zanuta emptied by settler
        # attacks late in 2023 (optional historical)
        E(True, ["ASSAULT"], [13], "هاجموا", ["historical", "asserted"], mode="beat",
          source=SETTLERS, recipient=TUWANI_FARMER, location=TUWANI, date=D("2025-04-05"), acled=ATTACK),
        E(False, ["RETREAT", "ASSAULT", "COERCE"], [13], "هجّرتهم", ["historical"], mode="withdraw",
          source=SETTLERS, recipient=ZANUTA_RESIDENTS, location=ZANUTA,
          date=D("2023-11-15", "month", ("2023-10-01", "2023-12-31"))),
    ],
)
