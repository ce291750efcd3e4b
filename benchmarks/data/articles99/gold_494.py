"""Gold of article 494: barrel bombs dropped by helicopters on Jubata al-Khashab (main event, told first in
the lead; five per the Syrian Observatory, seven per the local council → 5), a medic's account and the
state television's version, a rebel attack on a checkpoint at Khan Arnabah, UNDOF leaving an observation
post, the opposition coalition's accusation and demand, Israeli tank fire after a mortar round, food
parcels in al-Rafid, a rebel commander's conditional threat, reinforcements at Baath City rumoured, a
meeting with UNDOF not held, the burial, Security Council consultations due on Friday, the year's toll, and
the shelling of al-Qahtaniyah on 28 April 2014 (Quneitra, Syria), a London-based pan-Arab daily newspaper's
website, 2014-05-21 (Wed). Dateline from a foreign capital («لندن»)."""
from actors_places import (
    BAATH_CITY,
    BIR_AJAM,
    IDF,
    JUBATA,
    JUBATA_CIVILIANS,
    KHAN_ARNABAH,
    KHAN_CLASH,
    LINE_VILLAGES,
    NEW_YORK,
    NORTH_OF_QUNEITRA,
    OCCUPIED_GOLAN,
    QAHTANIYA,
    QAHTANIYA_WOMEN,
    QUNEITRA_GOV,
    RAFID,
    RAFID_IDPS,
    REBEL_COMMANDER,
    REGIME_ARTILLERY,
    REGIME_FORCES,
    REGIME_HELICOPTERS,
    RELIEF_BODY,
    SY_ARMY_POST,
    SY_COALITION,
    SY_REGIME,
    UNDOF,
    UNDOF_COUNCILS,
    UNSC,
)
from common import AIR, CLASH, SHELL, D, E, paras_of

SLUG = "jubata_khashab_2014_khan_arnabah"
YESTERDAY = D("2014-05-20")
TODAY = D("2014-05-21")
ARTICLE = dict(
    id="team99-494", slug=SLUG, published="2014-05-21",
    outlet="al-Jisr, a London-based pan-Arab daily newspaper's website (fictional)",
    paras=paras_of(f"494_{SLUG}.txt"),
    events=[
        # MAIN EVENT, told first in the lead ¶1 (dateline «لندن»): two barrel bombs dropped by helicopters on
        # Jubata al-Khashab; the local council's seven and a medic ¶2, the state television's version ¶3 and
        # the burial ¶13 retell it; the headline names it. Toll 5 vs 7 → 5
        E(True, ["ASSAULT"], [0, 1, 2, 3, 13], "إلقاء مروحيات", ["asserted"], mode="aerial",
          source=REGIME_HELICOPTERS, recipient=JUBATA_CIVILIANS, location=JUBATA, date=TODAY, fatalities=5,
          attribution=["المرصد السوري لحقوق الإنسان", "المجلس المحلي في البلدة", "مسعف في نقطة طبية ميدانية",
                       "التلفزيون الرسمي"], acled=AIR, tpara=1),
        # ¶4 (verb-subject-object): the rebels' attack on a checkpoint at Khan Arnabah and the two-hour clash,
        # told only by the rebels' video (reported; both sides are sources; the claimed three dead)
        E(True, ["ASSAULT"], [0, 4], "وهاجم", ["reported", "asserted"], mode="firearms",
          source=KHAN_CLASH, location=KHAN_ARNABAH, date=TODAY, fatalities=3,
          attribution=["«تجمّع ثوار الجولان»"], acled=CLASH, tpara=4),
        # ¶5: UNDOF («أندوف», a quoted acronym) leaves an observation post (RETREAT carried out)
        E(True, ["RETREAT"], [5], "وأخلت", ["asserted"], mode="withdraw",
          source=UNDOF, location=BIR_AJAM, date=YESTERDAY, attribution=["بيان مقتضب للبعثة"]),
        # ¶6: the opposition coalition's accusation and demand to the Security Council
        E(True, ["ACCUSE"], [6], "واتهم", ["asserted"],
          source=SY_COALITION, recipient=SY_REGIME, date=TODAY, attribution=["بيان صدر مساء اليوم"]),
        E(True, ["REQUEST"], [6], "وطالب", ["asserted"],
          source=SY_COALITION, recipient=UNSC, date=TODAY),
        # ¶7: a mortar round that hurt no one (optional; «من دون أن تسفر عن إصابات» negates nothing) and the
        # Israeli tanks' fire on a Syrian army position (core, told by the Israeli army)
        E(False, ["ASSAULT"], [7], "قذيفة هاون", ["asserted", "reported"], mode="heavy-weapons",
          location=OCCUPIED_GOLAN, date=TODAY),
        E(True, ["ASSAULT"], [7], "بقصف", ["asserted", "reported"], mode="heavy-weapons",
          source=IDF, recipient=SY_ARMY_POST, location=NORTH_OF_QUNEITRA, date=TODAY,
          attribution=["الجيش الإسرائيلي"], acled=SHELL),
        # ¶8: food parcels for displaced families in al-Rafid (AID)
        E(True, ["AID"], [8], "ووزّعت", ["asserted"], mode="humanitarian",
          source=RELIEF_BODY, recipient=RAFID_IDPS, location=RAFID, date=TODAY,
          attribution=["مسؤول في الهيئة"]),
        # ¶9 (the countryside described) holds no event. ¶10: the rebel commander's conditional threat; moving
        # the battle into Baath City is only threatened (optional, hypothetical)
        E(True, ["THREATEN"], [10], "وتوعّد", ["asserted"], mode="violence",
          source=REBEL_COMMANDER, location=BAATH_CITY, date=TODAY),
        E(False, ["ASSAULT"], [10], "نقل المعركة", ["hypothetical"], mode="firearms",
          source=REBEL_COMMANDER, location=BAATH_CITY, date=None),
        # ¶11: a column of tanks at Baath City, told by opposition sources and unconfirmed (rumoured MOBILIZE)
        E(True, ["MOBILIZE"], [11], "وصول رتل", ["rumored", "reported"], mode="troops",
          source=REGIME_FORCES, location=BAATH_CITY,
          date=D("2014-05-20", "day", ("2014-05-20", "2014-05-21")), attribution=["مصادر في المعارضة"]),
        # ¶12: the meeting of UNDOF officers with local councils was not held (negated CONSULT)
        E(True, ["CONSULT"], [12], "يعقد", ["negated"],
          source=UNDOF_COUNCILS, recipient=UNDOF_COUNCILS, location=LINE_VILLAGES, date=TODAY,
          attribution=["أحد المدعوين"]),
        # ¶13: the burial belongs to the main event. ¶14 (analysis) holds no event. ¶15: the Security
        # Council's closed consultations due on Friday (planned CONSULT)
        E(True, ["CONSULT"], [15], "جلسة مشاورات مغلقة", ["planned"], mode="multilateral",
          source=UNSC, location=NEW_YORK, date=D("2014-05-23"), attribution=["دبلوماسي غربي في نيويورك"]),
        # ¶16: the year's toll in the governorate, an aggregate (optional, generic)
        E(False, ["ASSAULT"], [16], "قُتلوا", ["generic"], location=QUNEITRA_GOV, date=None),
        # ¶17, «وكانت … قد» at another place: the shelling of al-Qahtaniyah on 28 April (core, historical, 2)
        E(True, ["ASSAULT"], [17], "قصفت", ["historical", "asserted"], mode="heavy-weapons",
          source=REGIME_ARTILLERY, recipient=QAHTANIYA_WOMEN, location=QAHTANIYA, date=D("2014-04-28"),
          fatalities=2, acled=SHELL),
    ],
)
