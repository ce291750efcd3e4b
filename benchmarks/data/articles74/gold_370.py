"""Gold of article 370: Dheisheh camp, Tuqu', Nahalin, Ofer, the Container checkpoint and the Gush Etzion
junction (Bethlehem, West Bank), a Palestinian local news website, 2016-11-07 (Mon)."""
from actors_places import (
    AGRI_DIRECTORATE,
    AIDA_PRISONER,
    BEIT_FAJJAR_YOUTH,
    BETHLEHEM_GOVERNOR,
    CIVIL_AFFAIRS,
    CONTAINER_CP,
    DHEISHEH,
    DHEISHEH_PROTESTERS,
    DHEISHEH_YOUTHS,
    ETZION_CAMP,
    GUSH_ETZION,
    IDF,
    IL_AUTHORITIES,
    IL_GOVERNMENT,
    INTL_ORGS,
    MANGER_SQUARE,
    MARTYR_BROTHER,
    MARTYR_FAMILY,
    NAHALIN,
    NAHALIN_FAMILY,
    NAHALIN_FARMERS,
    NATIONAL_FORCES,
    OFER,
    OFER_COURT,
    SETTLERS,
    TUQU,
    TUQU_FAMILIES,
    TUQU_PROTESTERS,
    TUQU_STRIKERS,
    TUQU_YOUTH,
)
from common import ARREST, ATTACK, DESTRUCTION, EXCESSIVE, PEACEFUL, RIOT, D, E, paras_of

SLUG = "tuqu_2016_dheisheh_nahalin_bethlehem"
YESTERDAY = D("2016-11-06")
TODAY = D("2016-11-07")
SINCE_YESTERDAY = D("2016-11-07", "day", ("2016-11-06", "2016-11-07"))
ARTICLE = dict(
    id="team74-370", slug=SLUG, published="2016-11-07",
    outlet="Bawabat al-Mahd Palestinian local news website (fictional)",
    paras=paras_of(f"370_{SLUG}.txt"),
    events=[
        # ¶1, no dateline: the raid on Dheisheh camp with five arrests (one COERCE, headline 0); the clashes
        # at the camp's entrance and the soldiers' gas and rubber bullets optional
        E(True, ["COERCE"], [0, 1], "اقتحمت", ["asserted"], mode="arrest",
          source=IDF, recipient=DHEISHEH_YOUTHS, location=DHEISHEH, date=TODAY,
          attribution=["مراسل «بوابة المهد»"], acled=ARREST, tpara=1),
        E(False, ["PROTEST"], [1], "مواجهات", ["asserted"], mode="riot",
          source=DHEISHEH_PROTESTERS, location=DHEISHEH, date=TODAY, acled=RIOT),
        E(False, ["ASSAULT"], [1], "أطلق", ["asserted"], mode="firearms",
          source=IDF, recipient=DHEISHEH_PROTESTERS, location=DHEISHEH, date=TODAY, acled=EXCESSIVE),
        # the main event, first told in ¶2 after the raid: a young man shot dead in clashes at Tuqu' «مساء أمس
        # الأحد» (headline 0, ¶2, the ministry 3, the army's version 4, his father 5, the mourning house 7)
        # → 1; the clashes themselves optional; the tally of nine since January is no event
        E(True, ["ASSAULT"], [0, 2, 3, 4, 5, 7], "برصاص جنود الاحتلال", ["asserted"], mode="firearms",
          source=IDF, recipient=TUQU_YOUTH, location=TUQU, date=YESTERDAY, fatalities=1,
          attribution=["شهود عيان", "وزارة الصحة الفلسطينية"], acled=EXCESSIVE, tpara=2),
        E(False, ["PROTEST"], [2], "مواجهات", ["asserted"], mode="riot",
          source=TUQU_PROTESTERS, location=TUQU, date=YESTERDAY, acled=RIOT),
        # ¶4: the army's claim of a petrol bomb being readied is only alleged (optional)
        E(False, ["ASSAULT"], [4], "لإلقاء زجاجة حارقة", ["reported", "hypothetical"], mode="firearms",
          source=TUQU_YOUTH, recipient=IDF, date=YESTERDAY),
        # ¶6: the body not handed over (core RETREAT, negated); the civil affairs authority's contacts
        # optional
        E(True, ["RETREAT"], [6], "تسلّم", ["negated"], mode="return",
          source=IL_AUTHORITIES, recipient=MARTYR_FAMILY, location=ETZION_CAMP, date=TODAY),
        E(False, ["CONSULT"], [6], "اتصالاتها", ["asserted"], mode="phone",
          source=CIVIL_AFFAIRS, recipient=IL_AUTHORITIES, date=TODAY),
        # ¶8: settlers beat olive pickers in Nahalin (ASSAULT; the felled trees optional)
        E(True, ["ASSAULT"], [8], "هاجموا", ["asserted"], mode="beat",
          source=SETTLERS, recipient=NAHALIN_FAMILY, location=NAHALIN, date=TODAY,
          attribution=["رئيس مجلس قروي نحالين"], acled=ATTACK),
        E(False, ["ASSAULT"], [8], "وقطعوا", ["asserted"], mode="destroy",
          source=SETTLERS, location=NAHALIN, date=TODAY, acled=DESTRUCTION),
        # ¶9: seedlings for Nahalin's farmers «يوم الخميس المقبل» (planned AID)
        E(True, ["AID"], [9], "توزع", ["planned"], mode="economic",
          source=AGRI_DIRECTORATE, recipient=NAHALIN_FARMERS, location=NAHALIN, date=D("2016-11-10"),
          attribution=["مدير المديرية"]),
        # paragraph 10 (the camps, the settlements and the wall: description) holds no event
        # ¶11: a prisoner of Aida camp sentenced at Ofer (SANCTION convict)
        E(True, ["SANCTION"], [11], "حكماً بالسجن", ["asserted"], mode="convict",
          source=OFER_COURT, recipient=AIDA_PRISONER, location=OFER, date=TODAY,
          attribution=["نادي الأسير الفلسطيني"]),
        # ¶12: the governor's ACCUSE and REQUEST (the «execution» is the main event retold)
        E(True, ["ACCUSE"], [12], "وحمّل", ["asserted"],
          source=BETHLEHEM_GOVERNOR, recipient=IL_GOVERNMENT, date=SINCE_YESTERDAY),
        E(True, ["REQUEST"], [12], "وطالب", ["asserted"],
          source=BETHLEHEM_GOVERNOR, recipient=INTL_ORGS, date=SINCE_YESTERDAY),
        # ¶13: leaflets threatening work permits and the closure of the town's entrance (THREATEN); the raid
        # on Tuqu' during which they were handed out and the closure held out are optional
        E(True, ["THREATEN"], [13], "تهدد", ["asserted"], mode="restrict",
          source=IDF, recipient=TUQU_FAMILIES, location=TUQU, date=TODAY,
          attribution=["أحد أعضاء المجلس البلدي"]),
        E(False, ["COERCE"], [13], "اقتحامهم", ["asserted"], mode="restrict",
          source=IDF, location=TUQU, date=TODAY),
        E(False, ["COERCE"], [13], "وبإغلاق", ["hypothetical"], mode="restrict",
          source=IDF, location=TUQU, date=None),
        # ¶14: the brother's arrest at the Container checkpoint, told by local sites and unconfirmed (rumored)
        E(True, ["COERCE"], [14], "اعتقال", ["rumored", "reported"], mode="arrest",
          recipient=MARTYR_BROTHER, location=CONTAINER_CP, date=TODAY, attribution=["مواقع محلية"]),
        # ¶15: the general strike in Tuqu' (PROTEST strike) and a march called for Wednesday (planned PROTEST;
        # the call optional)
        E(True, ["PROTEST"], [15], "الإضراب الشامل", ["asserted"], mode="strike",
          source=TUQU_STRIKERS, location=TUQU, date=TODAY, acled=PEACEFUL),
        E(True, ["PROTEST"], [15], "مسيرة", ["planned"], mode="demo",
          source=NATIONAL_FORCES, location=MANGER_SQUARE, date=D("2016-11-09")),
        E(False, ["REQUEST"], [15], "دعت", ["asserted"],
          source=NATIONAL_FORCES, date=TODAY),
        # paragraph 16 (farming and work: economy) holds no event
        # background at another place: a young man of Beit Fajjar shot at the Gush Etzion junction on 19
        # October (historical); the stabbing the army alleged optional
        E(True, ["ASSAULT"], [17], "برصاص جنود الاحتلال", ["historical", "asserted"], mode="firearms",
          source=IDF, recipient=BEIT_FAJJAR_YOUTH, location=GUSH_ETZION, date=D("2016-10-19"), fatalities=1,
          acled=ATTACK),
        E(False, ["ASSAULT"], [17], "طعن", ["reported", "historical"], mode="firearms",
          source=BEIT_FAJJAR_YOUTH, recipient=IDF, location=GUSH_ETZION, date=D("2016-10-19")),
    ],
)
