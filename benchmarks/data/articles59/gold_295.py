"""Gold of article 295: Bab al-Tabbaneh and Jabal Mohsen (Tripoli, Lebanon), al-Malloula, al-Qubba,
al-Beddawi, the Palma bridge, Baabda and Bebnine (Akkar), a pan-Arab daily, 2013-10-24 (Thu)."""
from actors_places import (
    ADP,
    AXIS_COMMANDER,
    BAABDA,
    BEBNINE,
    BEBNINE_WORKER,
    BEDDAWI,
    HIGHWAY_VICTIMS,
    LAF,
    LAF_295,
    LB_DEFENCE_COUNCIL,
    LB_RELIEF,
    MALLOULA,
    MOSQUE_WORSHIPPERS,
    PALMA,
    QUBBA,
    SY_REGIME_LB,
    SYRIA_STREET,
    SYRIA_STREET_FAMILIES,
    TABBANEH_ARMED_GROUPS,
    TABBANEH_COMMANDER,
    TABBANEH_GUNMEN,
    TABBANEH_MOHSEN,
    TRIPOLI,
    TRIPOLI_FIGHT,
    TRIPOLI_HOSTS,
    TRIPOLI_MPS,
    TRIPOLI_SNIPER,
    TRIPOLI_YOUTHS,
    UNKNOWN,
)
from common import ARREST, ATTACK, CLASH, MINE, PEACEFUL, D, E, paras_of

SLUG = "tripoli_2013_bab_al_tabbaneh_jabal_mohsen_baabda_bebnine"
TODAY = D("2013-10-24")
YESTERDAY = D("2013-10-23")
SINCE_LAST_NIGHT = D("2013-10-23", "day", ("2013-10-23", "2013-10-24"))
ARTICLE = dict(
    id="team59-295", slug=SLUG, published="2013-10-24",
    outlet="Al-Ufuq pan-Arab daily, London (fictional)",
    paras=paras_of(f"295_{SLUG}.txt"),
    events=[
        # the night's fighting between Bab al-Tabbaneh and Jabal Mohsen «ليل أمس الأربعاء» (two-sided: both
        # sides are sources): headline 0 («at least three»), lead 1 (the National News Agency: four) and the
        # follow-up 5 (a medical source: three bodies, one a boy hit by a sniper; the ADP: «six martyrs» of
        # Jabal Mohsen) → 4 vs 3 vs 6 → 3
        E(True, ["ASSAULT"], [0, 1, 5], "اشتباكات", ["asserted", "reported"], mode="firearms",
          source=TRIPOLI_FIGHT, location=TABBANEH_MOHSEN, date=YESTERDAY, fatalities=3,
          attribution=["الوكالة الوطنية للإعلام", "مصدر طبي في المستشفى الحكومي في طرابلس",
                       "مسؤول في الحزب العربي الديمقراطي"], acled=CLASH, tpara=1),
        # sniping on the Akkar highway this morning: a driver and a soldier wounded (the closed schools and
        # shops are no event)
        E(True, ["ASSAULT"], [2], "القنص", ["asserted"], mode="firearms",
          source=TRIPOLI_SNIPER, recipient=HIGHWAY_VICTIMS, location=MALLOULA, date=TODAY, acled=ATTACK),
        # the army: reinforcements to Syria Street (headline «يعزّز انتشاره») and return fire on the sources
        # (two events in one sentence)
        E(True, ["MOBILIZE"], [0, 3], "بتعزيزات", ["asserted", "reported"], mode="troops",
          source=LAF, location=SYRIA_STREET, date=SINCE_LAST_NIGHT, attribution=["مديرية التوجيه"], tpara=3),
        E(True, ["ASSAULT"], [3], "وردّت وحداتها", ["asserted", "reported"], mode="firearms",
          source=LAF, location=SYRIA_STREET, date=SINCE_LAST_NIGHT, attribution=["مديرية التوجيه"],
          acled=CLASH),
        # paragraph 4 (Syria Street as a front line; the two quarters' poverty) holds no event
        # the ADP official's accusation (the «six martyrs» belong to the fight above)
        E(True, ["ACCUSE"], [5], "متهماً", ["asserted"],
          source=ADP, recipient=TABBANEH_ARMED_GROUPS, location=TRIPOLI, date=TODAY),
        # the Tripoli MPs' emergency meeting at the mufti's house, their demand to the army and their blame of
        # the Syrian regime (three events)
        E(True, ["CONSULT"], [6], "اجتماعاً طارئاً", ["asserted"], mode="multilateral",
          source=TRIPOLI_MPS, recipient=TRIPOLI_HOSTS, location=TRIPOLI, date=TODAY),
        E(True, ["REQUEST"], [6], "وطالبوا", ["asserted"],
          source=TRIPOLI_MPS, recipient=LAF_295, location=TRIPOLI, date=TODAY),
        E(True, ["ACCUSE"], [6], "محمّلين", ["asserted"],
          source=TRIPOLI_MPS, recipient=SY_REGIME_LB, location=TRIPOLI, date=TODAY),
        # the ADP rejects the MPs' words (its «not one bullet» denies nothing of the fight)
        E(True, ["REJECT"], [7], "رفض", ["asserted"],
          source=ADP, recipient=TRIPOLI_MPS, date=TODAY),
        # an axis commander arrested by army intelligence at al-Beddawi: a rumour, neither confirmed nor
        # denied (the silence of the army command and of his friends adds nothing)
        E(True, ["COERCE"], [8], "توقيف", ["rumored", "reported"], mode="arrest",
          source=LAF, recipient=AXIS_COMMANDER, location=BEDDAWI, date=TODAY, attribution=["شائعات"],
          acled=ARREST),
        # another axis commander's conditional threat (made: asserted); «فتح كل الجبهات» optional,
        # hypothetical; the mosque bombings are the content of his demand
        E(True, ["THREATEN"], [9], "وتوعّد", ["asserted"], mode="violence",
          source=TABBANEH_COMMANDER, date=TODAY),
        E(False, ["ASSAULT"], [9], "بـ«فتح كل الجبهات»", ["hypothetical"], mode="firearms",
          source=TABBANEH_GUNMEN, location=TRIPOLI, date=None),
        # the Higher Defence Council's extraordinary meeting at Baabda tomorrow (planned)
        E(True, ["CONSULT"], [10], "اجتماعاً استثنائياً", ["planned", "reported"], mode="multilateral",
          source=LB_DEFENCE_COUNCIL, location=BAABDA, date=D("2013-10-25"), attribution=["مصدر وزاري"]),
        # young men block the highway at the Palma bridge with burning tyres; the army reopens it (optional)
        E(True, ["PROTEST"], [11], "وقطع شبان", ["asserted"], mode="obstruct",
          source=TRIPOLI_YOUTHS, location=PALMA, date=TODAY, acled=PEACEFUL),
        E(False, ["COERCE", "RETREAT"], [11], "يعيد الجيش فتحه", ["asserted"], mode="restrict",
          source=LAF, location=PALMA, date=TODAY),
        # background at another place: a Syrian worker shot dead in Bebnine «ليل السبت الماضي» (core,
        # historical, 1); the twin car bombs on the two mosques on 23 August optional, historical
        E(True, ["ASSAULT"], [12], "أطلقوا النار", ["historical", "asserted", "reported"], mode="firearms",
          source=UNKNOWN, recipient=BEBNINE_WORKER, location=BEBNINE, date=D("2013-10-19"), fatalities=1,
          attribution=["مصادر أمنية"], acled=ATTACK),
        E(False, ["ASSAULT"], [12], "تفجيرين", ["historical"], mode="explosives",
          recipient=MOSQUE_WORSHIPPERS, location=TRIPOLI, date=D("2013-08-23"), fatalities=12, acled=MINE),
        # paragraph 13 (the year's dead in successive rounds: an aggregate) holds no event
        # charities and the Higher Relief Commission hand out food and mattresses to families sheltering in
        # al-Qubba's schools
        E(True, ["AID"], [14], "توزيع حصص غذائية", ["asserted"], mode="humanitarian",
          source=LB_RELIEF, recipient=SYRIA_STREET_FAMILIES, location=QUBBA, date=TODAY),
        # paragraph 15 (empty streets) holds no event
    ],
)
