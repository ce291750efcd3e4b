"""Gold of article 623: the night curfew in Ben Guerdane extended, a clash between the National Guard and an
armed group holed up in a house (main event, told in ¶2 after the curfew; three dead, one count), a
resident's account, seven suspects held, the interior ministry's spokesman, armour sent towards the border
crossing, the crossing not reopened, a clash near El Aouinet on 2 March 2016, the labour union's demand and
blame, the head of government's threat, a traders' protest, an imam's arrest rumoured and denied, the
ministers' visit and praise, grants due on Tuesday and the fishermen exempted from the curfew (Medenine,
Tunisia), a Gabès-based regional weekly's website, 2016-03-19 (Sat). Dateline «مدنين» (the capital of the
governorate; the main event happens in Ben Guerdane)."""
from actors_places import (
    AOUINET,
    AOUINET_SIDES,
    BEN_GUERDANE,
    BG_CLASH_SIDES,
    BG_DELEGATION_SEAT,
    BG_HOUSE,
    BG_IMAM,
    FISHERMEN,
    LIBYA_MARKET_TRADERS,
    MEDENINE_AUTHORITIES,
    MEDENINE_HOSTS,
    NATIONAL_GUARD,
    NEEDY_FAMILIES,
    RAS_JEDIR,
    RAS_JEDIR_ROAD,
    SEVEN_SUSPECTS,
    TN_COLLABORATORS,
    TN_DEFENCE,
    TN_GOVERNMENT,
    TN_JOINT_PATROLS,
    TN_MINISTERS,
    TN_PM,
    TN_SECURITY_UNITS,
    TN_SOCIAL_AFFAIRS,
    UGTT_MEDENINE,
)
from common import ARREST, CLASH, PEACEFUL, D, E, paras_of

SLUG = "ben_guerdane_2016_medenine_jedir"
YESTERDAY = D("2016-03-18")
TODAY = D("2016-03-19")
TODAY_OR_EVE = D("2016-03-19", "day", ("2016-03-18", "2016-03-19"))
EVE_OR_TODAY = D("2016-03-18", "day", ("2016-03-18", "2016-03-19"))
ARTICLE = dict(
    id="team125-623", slug=SLUG, published="2016-03-19",
    outlet="Sada al-Janoub, a Gabès-based regional weekly newspaper's website (fictional)",
    paras=paras_of(f"623_{SLUG}.txt"),
    events=[
        # ¶1 (dateline «مدنين», the capital of the governorate): the curfew extended (COERCE curfew)
        E(True, ["COERCE"], [0, 1], "حظر الجولان", ["asserted"], mode="curfew", source=MEDENINE_AUTHORITIES,
          location=BEN_GUERDANE, date=YESTERDAY, attribution=["بلاغ صادر عن الولاية"], tpara=1),
        # MAIN EVENT, told in ¶2 after the curfew («وجاء القرار بعد ساعات من» refers back to ¶1): the clash,
        # both sides as source; the resident ¶3, the spokesman ¶5 → 3
        E(True, ["ASSAULT"], [0, 2, 3, 5], "اشتباك مسلح", ["asserted"], mode="firearms",
          source=BG_CLASH_SIDES, location=BG_HOUSE, date=YESTERDAY, fatalities=3,
          attribution=["وزارة الداخلية"], acled=CLASH, tpara=2),
        # ¶4 (verb first): seven held; the weapons seized optional
        E(True, ["COERCE"], [4], "وأوقفت", ["asserted"], mode="arrest", source=TN_SECURITY_UNITS,
          recipient=SEVEN_SUSPECTS, location=BEN_GUERDANE, date=EVE_OR_TODAY, acled=ARREST),
        E(False, ["COERCE"], [4], "وحجزت", ["asserted"], mode="confiscate", source=TN_SECURITY_UNITS,
          date=EVE_OR_TODAY),
        # ¶6: armour sent towards the crossing; the joint patrols since last week optional
        E(True, ["MOBILIZE"], [6], "وعززت", ["asserted"], mode="troops", source=TN_DEFENCE,
          location=RAS_JEDIR_ROAD, date=TODAY_OR_EVE),
        E(False, ["COOPERATE"], [6], "دوريات مشتركة", ["generic", "asserted"], source=TN_JOINT_PATROLS,
          recipient=TN_JOINT_PATROLS, date=None),
        # ¶7 (the shortest): the crossing not reopened (RETREAT access, negated); its closure optional
        E(True, ["RETREAT"], [7], "ولم تُستأنف", ["negated"], mode="access", location=RAS_JEDIR, date=TODAY),
        E(False, ["COERCE"], [7], "غلقه", ["historical", "asserted"], mode="restrict", location=RAS_JEDIR,
          date=D("2016-03-05", "week", ("2016-03-02", "2016-03-08"))),
        # ¶8, «وكانت … قد» at another place: the clash near El Aouinet on 2 March 2016 (core, historical;
        # «عدد من» → 3)
        E(True, ["ASSAULT"], [8], "اشتبكت", ["historical", "asserted"], mode="firearms", source=AOUINET_SIDES,
          location=AOUINET, date=D("2016-03-02"), fatalities=3, attribution=["بلاغ لوزارة الدفاع"],
          acled=CLASH),
        # ¶9: the demand and the blame, two verbs joined with «و»
        E(True, ["REQUEST"], [9], "وطالب", ["asserted"], source=UGTT_MEDENINE, recipient=TN_GOVERNMENT,
          date=TODAY_OR_EVE),
        E(True, ["ACCUSE"], [9], "واتهمها", ["asserted"], source=UGTT_MEDENINE, recipient=TN_GOVERNMENT,
          date=TODAY_OR_EVE),
        # ¶10: the head of government's threat in his own speech (asserted); his call and his praise optional
        E(True, ["THREATEN"], [10], "وتوعد", ["asserted"], mode="arrest", source=TN_PM,
          recipient=TN_COLLABORATORS, date=YESTERDAY),
        E(False, ["REQUEST"], [10], "داعياً", ["asserted"], source=TN_PM, date=YESTERDAY),
        E(False, ["SUPPORT"], [10], "ومشيداً", ["asserted"], source=TN_PM, recipient=NATIONAL_GUARD,
          date=YESTERDAY),
        # ¶11 (the town and its trade) holds no event. ¶12: the traders' protest; the banners' demand optional
        E(True, ["PROTEST"], [12], "تجمعاً احتجاجياً", ["asserted"], mode="demo", source=LIBYA_MARKET_TRADERS,
          location=BG_DELEGATION_SEAT, date=TODAY, acled=PEACEFUL),
        E(False, ["REQUEST"], [12], "تطالب", ["asserted"], source=LIBYA_MARKET_TRADERS, date=TODAY),
        # ¶13: an imam's arrest told by Facebook pages and denied (rumoured; the arrester after «من قبل»)
        E(True, ["COERCE"], [13], "إيقاف", ["rumored", "negated"], mode="arrest", source=TN_SECURITY_UNITS,
          recipient=BG_IMAM,
          location=BEN_GUERDANE, date=None, attribution=["صفحات محلية على «فيسبوك»"]),
        # ¶14: the ministers' visit and their praise
        E(True, ["CONSULT"], [14], "زيارة", ["asserted"], mode="visit", source=TN_MINISTERS,
          recipient=MEDENINE_HOSTS, location=BG_DELEGATION_SEAT, date=TODAY),
        E(True, ["SUPPORT"], [14], "وأشادا", ["asserted"], source=TN_MINISTERS, date=TODAY),
        # ¶15 (a café owner) holds no event. ¶16: grants «يوم الثلاثاء المقبل» (planned AID)
        E(True, ["AID"], [16], "صرف", ["planned"], mode="economic", source=TN_SOCIAL_AFFAIRS,
          recipient=NEEDY_FAMILIES, location=BEN_GUERDANE, date=D("2016-03-22")),
        # ¶17: the fishermen exempted from the curfew (CONCEDE)
        E(True, ["CONCEDE"], [17], "استثناء", ["asserted"], source=MEDENINE_AUTHORITIES, recipient=FISHERMEN,
          location=BEN_GUERDANE, date=TODAY),
    ],
)
