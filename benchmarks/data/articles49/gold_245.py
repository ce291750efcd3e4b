"""Gold of article 245: Delga (Deir Mawas, Minya), Mallawi and Samalut, an Egyptian daily's Minya office,
2013-09-17 (Tue)."""
from actors_places import (
    ALLIANCE,
    BISHOP,
    COPT_GROCER,
    DELGA,
    DELGA_DELEGATION,
    DELGA_FAMILIES,
    DELGA_GUNMEN,
    DELGA_RESIDENTS,
    DELGA_SUSPECTS,
    DELGA_WANTED,
    EG_CLASH,
    EG_MOI,
    EG_SECURITY,
    EG_SOLIDARITY,
    EG_STATE,
    EGYPT_PROVINCES,
    GOV_DELGA,
    MALLAWI,
    MALLAWI_CHURCH,
    MALLAWI_GUNMEN,
    MB,
    MINYA,
    MINYA_COURT,
    MINYA_GOVERNOR,
    MINYA_SEC_CHIEF,
    SAMALUT,
    SAMALUT_CONVICTS,
    SAMALUT_POLICE,
    UNKNOWN,
)
from common import ARREST, ATTACK, CLASH, OTHER, D, E, paras_of

SLUG = "minya_2013_delga_deir_mawas_mallawi_curfew"
YESTERDAY_OR_TODAY = D("2013-09-16", "day", ("2013-09-16", "2013-09-17"))
ARTICLE = dict(
    id="team49-245", slug=SLUG, published="2013-09-17",
    outlet="Akhbar al-Sa'id daily, Minya office (fictional)",
    paras=paras_of(f"245_{SLUG}.txt"),
    events=[
        # the exchange of fire during the storming of Delga «فجر أمس الإثنين»: headline 0, lead 1 (a security
        # source: 1 conscript) and ¶7 (witnesses; local Facebook pages had said two, the source says one) → 1;
        # two-sided; the storming itself as a COERCE raid is optional
        E(True, ["ASSAULT"], [0, 1, 7], "تبادل لإطلاق النار", ["asserted", "reported"], mode="firearms",
          source=EG_CLASH, location=DELGA, date=D("2013-09-16"), fatalities=1,
          attribution=["مصدر أمني بمديرية أمن المنيا", "شهود عيان", "صفحات محلية على فيسبوك"], acled=CLASH,
          tpara=1),
        E(False, ["COERCE"], [0, 1], "اقتحام قوات مشتركة", ["asserted", "reported"], mode="seize",
          source=EG_SECURITY, location=DELGA, date=D("2013-09-16"), tpara=1),
        # the 41 arrests (headline 0; ¶2 names no actor: the campaign of the lead), and the weapons seized
        # (optional)
        E(True, ["COERCE"], [0, 2], "ضبط 41", ["asserted", "reported"], mode="arrest",
          source=EG_SECURITY, recipient=DELGA_SUSPECTS, location=DELGA, date=D("2013-09-16"),
          attribution=["مصدر أمني"], acled=ARREST, tpara=2),
        E(False, ["COERCE"], [2], "ضبط كمية من الأسلحة", ["asserted", "reported"], mode="confiscate",
          source=EG_SECURITY, location=DELGA, date=D("2013-09-16")),
        # the curfew (headline 0); the armoured vehicles' deployment optional
        E(True, ["COERCE"], [0, 3], "حظراً للتجوال", ["asserted"], mode="curfew",
          source=EG_SECURITY, recipient=DELGA_RESIDENTS, location=DELGA, date=D("2013-09-16"), acled=OTHER,
          tpara=3),
        E(False, ["MOBILIZE"], [3], "وانتشرت المدرعات", ["asserted"], mode="troops",
          source=EG_SECURITY, location=DELGA, date=D("2013-09-16")),
        # ¶4 (Delga's population) holds no event
        # background «وكان … قد»: a Coptic grocer shot dead on Thursday (the Thursday before a Tuesday); the
        # extortion imposed on him (optional) and the monastery burnt in mid-August (optional, historical)
        E(True, ["ASSAULT"], [5], "أطلقوا النار", ["historical", "asserted", "reported"], mode="firearms",
          source=UNKNOWN, recipient=COPT_GROCER, location=DELGA, date=D("2013-09-12"), fatalities=1,
          attribution=["أحد أقاربه"], acled=ATTACK),
        E(False, ["COERCE"], [5], "فُرضت عليه", ["historical"], mode="confiscate",
          recipient=COPT_GROCER, location=DELGA, date=None),
        E(False, ["ASSAULT"], [5], "أُحرق", ["historical"], mode="destroy",
          location=DELGA, date=D("2013-08-15", "week", ("2013-08-10", "2013-08-20"))),
        # the interior ministry's accusation
        E(True, ["ACCUSE"], [6], "واتّهمت", ["asserted"],
          source=EG_MOI, recipient=MB, date=YESTERDAY_OR_TODAY),
        # the gunmen's flight across the fields (optional: the end of the same fight)
        E(False, ["RETREAT"], [7], "يفرّوا", ["reported"], mode="withdraw",
          source=DELGA_GUNMEN, location=DELGA, date=D("2013-09-16")),
        # the Alliance's condemnation and accusation (one ACCUSE), its call (optional) and Friday's
        # demonstrations (planned)
        E(True, ["ACCUSE"], [8], "ندّد", ["asserted"],
          source=ALLIANCE, recipient=EG_SECURITY, date=YESTERDAY_OR_TODAY),
        E(False, ["REQUEST"], [8], "ودعا أنصاره", ["asserted"],
          source=ALLIANCE, date=YESTERDAY_OR_TODAY),
        E(True, ["PROTEST"], [8], "التظاهر", ["planned"], mode="demo",
          source=ALLIANCE, location=EGYPT_PROVINCES, date=D("2013-09-20")),
        # the governor receives a Delga delegation (host as source) and agrees on a committee
        E(True, ["CONSULT"], [9], "والتقى", ["asserted"],
          source=MINYA_GOVERNOR, recipient=DELGA_DELEGATION, location=MINYA, date=D("2013-09-16")),
        E(True, ["AGREE"], [9], "واتفق", ["asserted"],
          source=GOV_DELGA, location=MINYA, date=D("2013-09-16")),
        # the Social Solidarity directorate's aid to thirty families
        E(True, ["AID"], [10], "وزّعت", ["asserted"], mode="economic",
          source=EG_SOLIDARITY, recipient=DELGA_FAMILIES, location=DELGA, date=D("2013-09-16")),
        # the rumoured shots at a church in Mallawi, denied by a security source
        E(True, ["ASSAULT"], [11], "لإطلاق نار", ["rumored", "negated", "reported"], mode="firearms",
          source=MALLAWI_GUNMEN, recipient=MALLAWI_CHURCH, location=MALLAWI, date=D("2013-09-16"),
          attribution=["أنباء", "مصدر أمني"], acled=ATTACK),
        # the criminal court's sentence (SANCTION) for an August attack on the Samalut police station
        # (optional, historical)
        E(True, ["SANCTION"], [12], "قضت", ["asserted"], mode="convict",
          source=MINYA_COURT, recipient=SAMALUT_CONVICTS, location=MINYA, date=D("2013-09-16")),
        E(False, ["ASSAULT"], [12], "بالاعتداء", ["historical"], mode="firearms",
          source=SAMALUT_CONVICTS, recipient=SAMALUT_POLICE, location=SAMALUT,
          date=D("2013-08-15", "month", ("2013-08-01", "2013-08-31"))),
        # the security director's threat during his tour (the tour itself is no event)
        E(True, ["THREATEN"], [13], "وتوعّد", ["asserted"], mode="arrest",
          source=MINYA_SEC_CHIEF, recipient=DELGA_WANTED, location=DELGA, date=D("2013-09-16")),
        # ¶14 is a generic paragraph (recurring attacks and extortion): deliberately NO gold event
        # the bishop's praise
        E(True, ["SUPPORT"], [15], "وأشاد", ["asserted"],
          source=BISHOP, recipient=EG_STATE, date=YESTERDAY_OR_TODAY),
    ],
)
