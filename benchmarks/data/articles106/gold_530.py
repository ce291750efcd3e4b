"""Gold of article 530: the fronts of Marib (al-Kassara and al-Sanabil camp in Sirwah, Marib city, Madghal,
Raghwan, al-Jubah), a Marib-based Yemeni pro-government weekly newspaper's website, 2021-02-17 (Wed)."""
from actors_places import (
    CAMP_VICTIMS,
    CAMPS_UNIT,
    COALITION_AIR,
    DISPLACED_FAMILIES,
    HOUTHI_LEADER,
    HOUTHI_REINFORCEMENTS,
    HOUTHIS,
    INT_ORGANISATIONS,
    JUBAH,
    JUBAH_VICTIMS,
    KASSARA_SIRWAH,
    MADGHAL,
    MARIB,
    MARIB_CITY,
    MARIB_DEFENDERS,
    MARIB_TRIBESMEN,
    MASIRAH,
    MURAD_ABIDAH,
    OCHA,
    RAGHWAN,
    RAGHWAN_MADGHAL,
    SANABIL_CAMP,
    SIRWAH_BATTLE,
    SIRWAH_FRONTS,
    SIRWAH_RAGHWAN,
    THIRD_REGION_SOURCE,
    TRIBAL_SHEIKHS,
    UN_ENVOY,
    UNSC_530,
    US_ENVOY,
    YE_GOV,
    YE_HR_MINISTRY,
)
from common import AIR, CLASH, SHELL, D, E, paras_of

SLUG = "marib_2021_sirwah_raghwan_camps_drones"
TODAY = D("2021-02-17")
YESTERDAY = D("2021-02-16")
SINCE_YESTERDAY = D("2021-02-17", "day", ("2021-02-16", "2021-02-17"))
ARTICLE = dict(
    id="team106-530", slug=SLUG, published="2021-02-17",
    outlet="al-Musnad, a Marib-based Yemeni pro-government weekly newspaper's website (fictional)",
    paras=paras_of(f"530_{SLUG}.txt"),
    events=[
        # ¶1 (no dateline: «بمديرية صرواح» in the first sentence): the army and tribesmen repel a wide
        # Houthi attack on their positions at al-Kassara at dawn (core ASSAULT, Armed clash, both sides as
        # source); the headline 0 names it
        E(True, ["ASSAULT"], [0, 1], "هجوماً واسعاً", ["asserted", "reported"], mode="firearms",
          source=SIRWAH_BATTLE, location=KASSARA_SIRWAH, date=TODAY,
          attribution=["المركز الإعلامي للقوات المسلحة"], acled=CLASH, tpara=1),
        # the main event, in ¶2 after the attack (not first in the lead): Houthi shells on al-Sanabil camp
        # «مساء أمس», four displaced people killed per the health office, six per the camp administration
        # → 4 (the lowest); ¶3 the Houthi channel's version, ¶15 the ministry's condemnation (a paragraph
        # of the main event: «مقتل النازحين الأربعة»), ¶17 the burial of «القتلى الأربعة»
        E(True, ["ASSAULT"], [0, 2, 3, 15, 17], "قذائف مدفعية", ["asserted", "reported"],
          mode="heavy-weapons",
          source=HOUTHIS, recipient=CAMP_VICTIMS, location=SANABIL_CAMP, date=YESTERDAY, fatalities=4,
          attribution=["مكتب الصحة في المحافظة", "إدارة المخيم"], acled=SHELL, tpara=2),
        # ¶3 («في المقابل، زعمت …»): the Houthi channel's accusation of twelve coalition raids on Madghal
        # (core ACCUSE, reported)
        E(True, ["ACCUSE"], [3], "واتهمت", ["reported", "asserted"],
          source=MASIRAH, recipient=COALITION_AIR, location=MADGHAL, date=SINCE_YESTERDAY,
          attribution=["قناة «المسيرة»"]),
        # ¶4 (verb–subject–object): two explosive drones shot down over Marib city (core ASSAULT,
        # Air/drone strike: the attack was made) and a ballistic missile intercepted (optional: the same
        # actors, place and day); «من دون أن تقع إصابات» negates nothing
        E(True, ["ASSAULT"], [4], "طائرتين مسيّرتين", ["asserted"], mode="aerial",
          source=HOUTHIS, location=MARIB_CITY, date=TODAY, acled=AIR),
        E(False, ["ASSAULT"], [4], "صاروخاً باليستياً", ["asserted"], mode="heavy-weapons",
          source=HOUTHIS, location=MARIB_CITY, date=TODAY),
        # ¶5 (verb–subject–object): coalition raids on Houthi reinforcements heading for Madghal (core
        # ASSAULT, Air/drone strike; «مقتل من كانوا على متنها» gives no number: no fatalities)
        E(True, ["ASSAULT"], [5], "غارات", ["asserted", "reported"], mode="aerial",
          source=COALITION_AIR, recipient=HOUTHI_REINFORCEMENTS, location=MADGHAL, date=SINCE_YESTERDAY,
          attribution=["مصدر عسكري"], acled=AIR),
        # ¶6 (verb–subject–object): the Murad and Abidah tribes send hundreds of armed men to the fronts
        # (core MOBILIZE); the sheikhs' meeting in al-Jubah is an optional CONSULT
        E(True, ["MOBILIZE"], [6], "وحشدت", ["asserted"], mode="troops",
          source=MURAD_ABIDAH, location=RAGHWAN_MADGHAL, date=SINCE_YESTERDAY),
        E(False, ["CONSULT"], [6], "اجتماع موسّع", ["asserted"], mode="multilateral",
          source=TRIBAL_SHEIKHS, location=JUBAH, date=None),
        # ¶7, one sentence, two events: the UN envoy's call for a ceasefire in Marib and the US envoy's
        # demand on the Houthis (two core REQUEST events)
        E(True, ["REQUEST"], [7], "دعوته", ["asserted"],
          source=UN_ENVOY, location=MARIB, date=SINCE_YESTERDAY),
        E(True, ["REQUEST"], [7], "طالب", ["asserted"],
          source=US_ENVOY, recipient=HOUTHIS, date=SINCE_YESTERDAY),
        # paragraph 8 (Marib as a refuge: a description and aggregates) holds no event
        # ¶9: the week's displacement (optional RETREAT: an aggregate) and the camps unit's appeal (core
        # REQUEST)
        E(False, ["RETREAT"], [9], "نزحت", ["generic", "asserted"], mode="withdraw",
          source=DISPLACED_FAMILIES, location=SIRWAH_RAGHWAN, date=None),
        E(True, ["REQUEST"], [9], "وطالبت", ["asserted"],
          source=CAMPS_UNIT, recipient=INT_ORGANISATIONS, location=MARIB_CITY, date=TODAY),
        # ¶10: the capture of Raghwan's centre rumoured by Houthi accounts and denied (core COERCE seize,
        # rumored, no date; ASSAULT also accepted; the possessive «مقاتلي الجماعة»); the denial is an
        # optional REJECT
        E(True, ["COERCE", "ASSAULT"], [10], "سيطرة", ["rumored"], mode="seize",
          source=HOUTHIS, location=RAGHWAN, date=None, attribution=["حسابات تابعة للميليشيا على «تويتر»"]),
        E(False, ["REJECT"], [10], "نفى", ["asserted"],
          source=THIRD_REGION_SOURCE, date=TODAY),
        # ¶11: a Houthi leader's conditional threat (core THREATEN; the entry into Marib optional,
        # hypothetical; his call to the tribesmen optional REQUEST)
        E(True, ["THREATEN"], [11], "وهدّد", ["asserted", "reported"], mode="violence",
          source=HOUTHI_LEADER, recipient=MARIB_DEFENDERS, location=MARIB_CITY, date=SINCE_YESTERDAY,
          attribution=["قناة «المسيرة»"]),
        E(False, ["ASSAULT"], [11], "دخول مدينة مأرب", ["hypothetical"], mode="firearms",
          source=HOUTHIS, location=MARIB_CITY, date=None),
        E(False, ["REQUEST"], [11], "داعياً", ["asserted"],
          source=HOUTHI_LEADER, recipient=MARIB_TRIBESMEN, date=SINCE_YESTERDAY),
        # ¶12: an OCHA team due «يوم السبت المقبل» (core CONSULT visit, planned; «لتقييم» is a purpose
        # clause)
        E(True, ["CONSULT"], [12], "يصل", ["planned", "reported"], mode="visit",
          source=OCHA, location=MARIB, date=D("2021-02-20"), attribution=["السلطة المحلية في المحافظة"]),
        # ¶13: the Houthis have not stopped their attacks (core RETREAT ceasefire, negated)
        E(True, ["RETREAT"], [13], "توقف", ["negated"], mode="ceasefire",
          source=HOUTHIS, location=SIRWAH_FRONTS, date=TODAY),
        # background at another place, in «وكان … قد»: a ballistic missile on a market in al-Jubah on 31
        # January (core, historical, 3); the government's description then is an optional historical
        # ACCUSE
        E(True, ["ASSAULT"], [14], "صاروخ باليستي", ["historical", "asserted"], mode="heavy-weapons",
          source=HOUTHIS, recipient=JUBAH_VICTIMS, location=JUBAH, date=D("2021-01-31"), fatalities=3,
          acled=SHELL),
        E(False, ["ACCUSE"], [14], "وصفته", ["historical"],
          source=YE_GOV, date=D("2021-01-31")),
        # ¶15: the human rights ministry's condemnation of the camp shelling (core ACCUSE) and its demand
        # to the Security Council (optional REQUEST); the year's documented attacks are an aggregate
        E(True, ["ACCUSE"], [15], "ودانت", ["asserted"],
          source=YE_HR_MINISTRY, recipient=HOUTHIS, date=SINCE_YESTERDAY),
        E(False, ["REQUEST"], [15], "ومطالبةً", ["asserted"],
          source=YE_HR_MINISTRY, recipient=UNSC_530, date=SINCE_YESTERDAY),
        # paragraph 16 (a displaced man's words) holds no event; ¶17, the burial, is a paragraph of the
        # main event
    ],
)
