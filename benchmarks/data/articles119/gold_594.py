"""Gold of article 594: a Houthi ballistic missile on a quarter of Marib city, the Houthi attack on the
army's positions on the al-Kasara front in Sirwah (main event, told in ¶2 after the missile; seven per the
armed forces' media centre, nine per a medical source → 7), the hospital and a wounded soldier, the Houthi
channel's version, tribal fighters sent to the fronts, the government's accusation and demand, the Houthis'
threat (the strikes optional, hypothetical), the army's withdrawal from Jabal Hailan rumoured and denied,
the coalition's air strikes, an exchange of bodies not carried out, tents from the IOM due on Thursday, the
road to Sirwah closed, the funeral, the camps shelled since January, and a ballistic missile on soldiers in
Bayhan on 28 January 2021 (Marib, Yemen), a Marib-based local radio station's website, 2021-02-16 (Tue).
Dateline «مأرب – «ريحان»:» (the capital of the governorate; the main event happens on the Sirwah front, west
of the city)."""
from actors_places import (
    ARMY_HOUTHIS,
    BAYHAN,
    BAYHAN_SOLDIERS,
    COALITION,
    HAILAN,
    HOUTHI_FIGHTERS,
    HOUTHI_POSITIONS,
    HOUTHIS,
    IDP_FAMILIES,
    IOM,
    KASARA,
    KASARA_SIDES,
    MARIB_AUTHORITY,
    MARIB_CIVILIANS,
    MARIB_OUTSKIRTS,
    MARIB_QUARTER,
    MARIB_SIRWAH_ROAD,
    MARIB_TRIBES,
    SIRWAH,
    UNSC,
    YEMEN_ARMY,
    YEMEN_GOV,
)
from common import AIR, CLASH, SHELL, D, E, paras_of

SLUG = "marib_2021_sirwah_kasara_bayhan"
YESTERDAY = D("2021-02-15")
TODAY = D("2021-02-16")
# a statement or an act without a time of day: the day of publication, or the day before
STATED = D("2021-02-16", "day", ("2021-02-15", "2021-02-16"))
# an act from yesterday evening until dawn
OVERNIGHT = D("2021-02-15", "day", ("2021-02-15", "2021-02-16"))
ARTICLE = dict(
    id="team119-594", slug=SLUG, published="2021-02-16",
    outlet="Rayhan, a Marib-based local radio station's website (fictional)",
    paras=paras_of(f"594_{SLUG}.txt"),
    events=[
        # ¶1 (dateline of the governorate's capital): the ballistic missile on a quarter of the city
        # (ASSAULT, no toll); the second missile, shot down, is optional
        E(True, ["ASSAULT"], [1], "صاروخ باليستي", ["asserted"], mode="heavy-weapons",
          source=HOUTHIS, location=MARIB_QUARTER, date=YESTERDAY, attribution=["مراسل «ريحان»"], acled=SHELL),
        E(False, ["ASSAULT"], [1], "صاروخاً ثانياً", ["asserted"], source=HOUTHIS, date=YESTERDAY),
        # MAIN EVENT, told in ¶2 after the missile («وبعد ساعات من سقوط الصاروخ» is a back-reference; verb
        # first, «مقاتلو ميليشيا الحوثي»): the attack and the fighting, both sides as source; the hospital's
        # nine and the wounded soldier ¶3, the Houthi channel's version ¶4, the funeral ¶14 → 7, the lowest
        # count (the channel's «العشرات» of the other side is higher)
        E(True, ["ASSAULT"], [0, 2, 3, 4, 14], "هجوماً واسعاً", ["asserted"], mode="firearms",
          source=KASARA_SIDES, location=KASARA, date=OVERNIGHT, fatalities=7,
          attribution=["المركز الإعلامي للقوات المسلحة", "مصدر طبي في مستشفى هيئة مأرب العام",
                       "قناة «المسيرة»"], acled=CLASH, tpara=2),
        # ¶3: the attackers falling back, and ¶4: the positions the channel says were taken, are optional
        E(False, ["RETREAT"], [3], "يتراجعوا", ["asserted"], source=HOUTHI_FIGHTERS, date=OVERNIGHT),
        E(False, ["ASSAULT"], [4], "سيطروا", ["reported"], source=HOUTHI_FIGHTERS, date=OVERNIGHT),
        # ¶5 (verb first; a purpose clause): the tribes send hundreds of fighters to the fronts (MOBILIZE)
        E(True, ["MOBILIZE"], [5], "ودفعت", ["asserted"], mode="troops",
          source=MARIB_TRIBES, location=SIRWAH, date=TODAY, attribution=["شيخ قبلي"]),
        # ¶6 (subject, a long parenthesis, verb): the blame and the demand, two verbs joined with «و»; the
        # flight of the displaced over the years is optional and generic
        E(True, ["ACCUSE"], [6], "حمّلت", ["asserted"],
          source=YEMEN_GOV, recipient=HOUTHIS, date=STATED, attribution=["بيان"]),
        E(True, ["REQUEST"], [6], "وطالبت", ["asserted"],
          source=YEMEN_GOV, recipient=UNSC, date=STATED),
        E(False, ["RETREAT"], [6], "فرّ", ["generic"], date=None),
        # ¶7: the Houthis' threat in a statement of their own (asserted); the strikes it threatens are
        # optional and hypothetical, the coalition raids of its condition optional
        E(True, ["THREATEN"], [7], "وتوعّدت", ["asserted"], mode="violence",
          source=HOUTHIS, recipient=COALITION, date=STATED, attribution=["قناة «المسيرة»"]),
        E(False, ["ASSAULT"], [7], "بـ«ضربات", ["hypothetical"], source=HOUTHIS, date=None),
        E(False, ["ASSAULT"], [7], "غارات التحالف", ["hypothetical", "asserted"], source=COALITION,
          date=None),
        # ¶8 (the city and its camps, a standing situation) holds no event. ¶9: the army's withdrawal from
        # Jabal Hailan, told by pro-Houthi accounts and denied (rumoured, undated)
        E(True, ["RETREAT"], [9], "انسحاب", ["rumored", "negated"], mode="withdraw",
          source=YEMEN_ARMY, location=HAILAN, date=None, attribution=["حسابات موالية للحوثيين على «تويتر»"]),
        # ¶10: the coalition's air strikes on the Houthis at Sirwah and al-Mashjah
        E(True, ["ASSAULT"], [10], "وشنّت مقاتلات", ["asserted"], mode="aerial",
          source=COALITION, recipient=HOUTHI_POSITIONS, location=SIRWAH, date=OVERNIGHT,
          attribution=["مصدر في الجيش"], acled=AIR),
        # ¶11: an exchange of bodies not carried out (COOPERATE, negated); the deal announced last week is
        # optional and historical
        E(True, ["COOPERATE"], [11], "ولم تُنفَّذ", ["negated"],
          source=ARMY_HOUTHIS, recipient=ARMY_HOUTHIS, location=SIRWAH, date=TODAY,
          attribution=["أحد الوسطاء"]),
        E(False, ["AGREE"], [11], "التوصل", ["historical"],
          date=D("2021-02-09", "week", ("2021-02-07", "2021-02-13"))),
        # ¶12: tents and blankets from the IOM «يوم الخميس المقبل» (planned AID)
        E(True, ["AID"], [12], "توزّع", ["planned"], mode="humanitarian",
          source=IOM, recipient=IDP_FAMILIES, location=MARIB_OUTSKIRTS, date=D("2021-02-18")),
        # ¶13: the road between the city and Sirwah closed to civilians (COERCE)
        E(True, ["COERCE"], [13], "وأغلقت", ["asserted"], mode="restrict",
          source=MARIB_AUTHORITY, recipient=MARIB_CIVILIANS, location=MARIB_SIRWAH_ROAD, date=TODAY),
        # ¶14: the funeral belongs to the main event. ¶15 (prices and the road east) holds no event.
        # ¶16: the camps shelled since January, an aggregate (optional, generic)
        E(False, ["ASSAULT"], [16], "القصف", ["generic"], date=None),
        # ¶17, «وكان … قد» at another place: a ballistic missile on soldiers in Bayhan on 28 January (core,
        # historical)
        E(True, ["ASSAULT"], [17], "استهدف", ["historical", "asserted"], mode="heavy-weapons",
          source=HOUTHIS, recipient=BAYHAN_SOLDIERS, location=BAYHAN, date=D("2021-01-28"), fatalities=3,
          acled=SHELL),
    ],
)
