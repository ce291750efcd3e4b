"""Gold of article 390: Burin, Beita and Jabal Sabih, Huwara and Osarin (Nablus governorate), a Palestinian
local news agency, 2025-10-22 (Wed); mostly about raids by settlers and soldiers on villages."""
from actors_places import (
    ARMY_SUSPECTS,
    BEITA,
    BEITA_DETAINEES,
    BEITA_MAYOR,
    BEITA_OSARIN,
    BEITA_RESIDENTS,
    BEITA_SABIH,
    BEITA_YOUTH,
    BEITA_YOUTHS,
    BURIN,
    BURIN_SHEPHERD,
    GROVE_OWNERS,
    HUWARA,
    HUWARA_FAMILIES,
    HUWARA_FAMILY,
    IL_AUTHORITIES,
    IL_BULLDOZERS,
    IL_FORCES,
    IL_GOV,
    IL_POLICE,
    IL_SOLDIERS,
    INTL_COMMUNITY,
    MARTYR_FAMILY,
    NABLUS_FACTIONS,
    NABLUS_GOV,
    NABLUS_GOVERNOR,
    PA_AGRICULTURE,
    SETTLER,
    SETTLERS,
    SOLDIERS_SETTLERS,
)
from common import ARREST, ATTACK, DESTRUCTION, RIOT, D, E, paras_of

SLUG = "beita_2025_burin_huwara_osarin_nablus"
TODAY = D("2025-10-22")
ARTICLE = dict(
    id="team78-390", slug=SLUG, published="2025-10-22",
    outlet="Sanabil Palestinian local news agency (fictional)",
    paras=paras_of(f"390_{SLUG}.txt"),
    events=[
        # ¶1: settlers set fire to olive groves in Burin «فجر اليوم» (ASSAULT destroy; headline 0, the
        # minister's «الكروم المحروقة» 10); the soldiers' closure of the dirt road optional
        E(True, ["ASSAULT"], [0, 1, 10], "أضرم", ["asserted"], mode="destroy",
          source=SETTLERS, location=BURIN, date=TODAY,
          attribution=["مسؤول ملف الاستيطان في شمال الضفة الغربية"], acled=DESTRUCTION, tpara=1),
        E(False, ["COERCE"], [1], "أغلقوا الطريق", ["asserted"], mode="restrict",
          source=IL_SOLDIERS, location=BURIN, date=TODAY),
        # the main event, in ¶2 after the fire: soldiers shoot a young man at Jabal Sabih «ظهر اليوم»; his
        # death comes only in ¶4 (headline 0, ¶2, the ministry 4, the father 5, the army's version 6, the
        # mourning house 14) → 1; ACLED codes lethal fire on stone-throwers as the riot itself
        E(True, ["ASSAULT"], [0, 2, 4, 5, 6, 14], "أطلق", ["asserted"], mode="firearms",
          source=IL_SOLDIERS, recipient=BEITA_YOUTH, location=BEITA_SABIH, date=TODAY, fatalities=1,
          attribution=["وزارة الصحة الفلسطينية"], acled=RIOT, tpara=2),
        E(False, ["COERCE", "ASSAULT"], [2], "اقتحموا", ["asserted"], mode="seize",
          source=SETTLERS, location=BEITA_SABIH, date=TODAY),
        E(False, ["COERCE"], [2], "احتُجزت سيارة الإسعاف", ["asserted"], mode="restrict",
          location=BEITA_SABIH, date=TODAY),
        # ¶3: stone-throwing youths («وكان … قد»: before the shooting) (PROTEST riot); the tear gas optional
        E(True, ["PROTEST"], [3], "رشقوا", ["asserted"], mode="riot",
          source=BEITA_YOUTHS, recipient=SOLDIERS_SETTLERS, location=BEITA_SABIH, date=TODAY, acled=RIOT),
        E(False, ["ASSAULT"], [3], "قنابل الغاز", ["asserted"],
          source=SOLDIERS_SETTLERS, location=BEITA_SABIH, date=TODAY),
        # ¶6: the army's version (the same shooting) says the youths threw firebombs: optional, reported
        E(False, ["ASSAULT"], [6], "ألقوا زجاجات حارقة", ["reported"],
          source=ARMY_SUSPECTS, recipient=IL_SOLDIERS, location=BEITA_SABIH, date=TODAY,
          attribution=["إذاعة الجيش"]),
        # ¶7: a verb-subject-object sentence and a second verb joined with «و»: a house demolished in Huwara
        # (ASSAULT destroy; the governor's «المنزل المهدوم» 14) and demolition notices to two more families
        # (THREATEN)
        E(True, ["ASSAULT"], [7, 14], "هدمت", ["asserted"], mode="destroy",
          source=IL_BULLDOZERS, recipient=HUWARA_FAMILY, location=HUWARA, date=TODAY, acled=DESTRUCTION),
        E(True, ["THREATEN"], [7], "وسلّمت", ["asserted"], mode="destroy",
          source=IL_AUTHORITIES, recipient=HUWARA_FAMILIES, location=HUWARA, date=TODAY),
        # ¶8: eight young men arrested at dawn in Beita and Osarin (COERCE)
        E(True, ["COERCE"], [8], "واعتقلت", ["asserted"], mode="arrest",
          source=IL_FORCES, recipient=BEITA_DETAINEES, location=BEITA_OSARIN, date=TODAY,
          attribution=["نادي الأسير الفلسطيني"], acled=ARREST),
        # ¶9: a general strike tomorrow (planned PROTEST); the call and the march optional
        E(True, ["PROTEST"], [9], "إضراب شامل", ["planned"], mode="strike",
          source=NABLUS_FACTIONS, location=NABLUS_GOV, date=D("2025-10-23")),
        E(False, ["REQUEST"], [9], "ودعت", ["asserted"], source=NABLUS_FACTIONS, date=TODAY),
        E(False, ["PROTEST"], [9], "مسيرة غاضبة", ["planned"], mode="demo",
          source=NABLUS_FACTIONS, location=BEITA, date=D("2025-10-23")),
        # ¶10: the agriculture minister's condemnation (ACCUSE) and call for international protection
        # (REQUEST); his tour of the groves and the saplings promised optional
        E(True, ["ACCUSE"], [10], "وندّد", ["asserted"],
          source=PA_AGRICULTURE, recipient=IL_GOV, date=TODAY),
        E(True, ["REQUEST"], [10], "وطالب", ["asserted"],
          source=PA_AGRICULTURE, recipient=INTL_COMMUNITY, date=TODAY),
        E(False, ["CONSULT"], [10], "جولة", ["asserted"], mode="visit",
          source=PA_AGRICULTURE, location=BURIN, date=TODAY),
        E(False, ["AID"], [10], "ستعوّض", ["planned"], mode="economic",
          source=PA_AGRICULTURE, recipient=GROVE_OWNERS, date=None),
        # paragraph 11 (settlements around Nablus, the olive economy: description) holds no event
        # ¶12: the army did not leave Jabal Sabih (core RETREAT, negated); the checkpoint kept optional
        E(True, ["RETREAT"], [12], "ولم تنسحب", ["negated"], mode="withdraw",
          source=IL_FORCES, location=BEITA_SABIH, date=TODAY),
        E(False, ["COERCE"], [12], "وأبقت على حاجز", ["asserted"], mode="restrict",
          source=IL_FORCES, location=BEITA, date=TODAY),
        # ¶13: a new outpost on Jabal Sabih in the coming days, rumoured by Hebrew sites (COERCE seize); the
        # mayor's warning optional
        E(True, ["COERCE"], [13], "إقامة بؤرة جديدة", ["rumored", "planned"], mode="seize",
          source=SETTLERS, location=BEITA_SABIH, date=D("2025-10-25", "week", ("2025-10-22", "2025-10-31")),
          attribution=["مواقع إخبارية عبرية"]),
        E(False, ["THREATEN"], [13], "لن يسمحوا", ["asserted"], source=BEITA_MAYOR, date=TODAY),
        # ¶14: the governor's condolence visit (CONSULT) and praise (SUPPORT); the repairs promised optional
        E(True, ["CONSULT"], [14], "وزار", ["asserted"], mode="visit",
          source=NABLUS_GOVERNOR, recipient=MARTYR_FAMILY, location=BEITA, date=TODAY),
        E(True, ["SUPPORT"], [14], "مشيداً", ["asserted"],
          source=NABLUS_GOVERNOR, recipient=BEITA_RESIDENTS, date=TODAY),
        E(False, ["AID"], [14], "ستتكفل", ["planned"], mode="economic",
          source=NABLUS_GOVERNOR, recipient=HUWARA_FAMILY, location=HUWARA, date=None),
        # paragraphs 15 (OCHA's aggregate) and 16 (the harvest season's attacks: generic) hold no event
        # background at another place: a shepherd of Burin shot dead by a settler on 2 September; the
        # shooter's questioning and release, and the absence of any trial, optional
        E(True, ["ASSAULT"], [17], "استشهد برصاص مستوطن", ["historical", "asserted"], mode="firearms",
          source=SETTLER, recipient=BURIN_SHEPHERD, location=BURIN, date=D("2025-09-02"), fatalities=1,
          acled=ATTACK),
        E(False, ["SANCTION"], [17], "يُحاسَب", ["negated"], recipient=SETTLER, date=None),
        E(False, ["RETREAT"], [17], "تطلق سراحه", ["historical"], mode="release",
          source=IL_POLICE, recipient=SETTLER, date=D("2025-09-03", "week", ("2025-09-02", "2025-09-09"))),
    ],
)
