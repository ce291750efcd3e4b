"""Gold of article 288: Bab al-Tabbaneh and Jabal Mohsen (Tripoli, Lebanon), Syria Street, al-Baqqar, the
al-Minyeh road, the Tripoli serail and al-Beddawi, a Beirut daily, 2013-04-17 (Wed)."""
from actors_places import (
    ADP,
    AXIS_LEADERS,
    BAQQAR,
    BAQQAR_WANTED,
    BEDDAWI,
    BEDDAWI_VICTIM,
    LB_ARMY,
    LB_SECURITY,
    LB_STATE,
    MINYEH_ROAD,
    MOHSEN_GUNMEN,
    MOHSEN_YOUTHS,
    NORTH_COMMANDER,
    NORTH_SECURITY_COUNCIL,
    SYRIA_STREET,
    TRIPOLI,
    TRIPOLI_AXES,
    TRIPOLI_FIGHT,
    TRIPOLI_MPS,
    TRIPOLI_MUFTI,
    TRIPOLI_NOTABLES,
    TRIPOLI_POLITICIANS,
    TRIPOLI_RESIDENTS,
    TRIPOLI_SERAIL,
    TRIPOLI_SIT_IN,
    UNKNOWN,
)
from common import ABDUCTION, AGREEMENT, ARREST, ATTACK, CLASH, PEACEFUL, D, E, paras_of

SLUG = "tripoli_2013_bab_al_tabbaneh_jabal_mohsen_beddawi"
TODAY = D("2013-04-17")
YESTERDAY = D("2013-04-16")
SINCE_MONDAY_NIGHT = D("2013-04-16", "day", ("2013-04-15", "2013-04-16"))
SINCE_YESTERDAY = D("2013-04-16", "day", ("2013-04-16", "2013-04-17"))
ARTICLE = dict(
    id="team58-288", slug=SLUG, published="2013-04-17",
    outlet="Al-Shurfa Beirut daily (fictional)",
    paras=paras_of(f"288_{SLUG}.txt"),
    events=[
        # the new round between gunmen of Bab al-Tabbaneh and Jabal Mohsen from Monday night to Tuesday
        # afternoon (two-sided: both are sources): headline 0 (two), lead 1 (the National News Agency: three),
        # the follow-up 5 (a resident: how it began; the Qobbeh government hospital: two bodies), the Arab
        # Democratic Party's version 6 («four martyrs») and the bursts that outlast the ceasefire 14 → 3 vs 2
        # vs 4 → 2
        E(True, ["ASSAULT"], [0, 1, 5, 6, 14], "الاشتباكات", ["asserted", "reported"], mode="firearms",
          source=TRIPOLI_FIGHT, location=TRIPOLI_AXES, date=SINCE_MONDAY_NIGHT, fatalities=2,
          attribution=["الوكالة الوطنية للإعلام", "أحد سكان حي الأميركان",
                       "مصدر طبي في المستشفى الحكومي في القبة", "الحزب العربي الديمقراطي"],
          acled=CLASH, tpara=1),
        # the army's return fire (headline 0) and, in the same sentence, the commandos' raid in al-Baqqar
        # with four arrests (weapons seized in the same act); the mechanised patrols optional
        E(True, ["ASSAULT"], [0, 2], "وردّ الجيش اللبناني", ["asserted", "reported"], mode="firearms",
          source=LB_ARMY, recipient=TRIPOLI_FIGHT, location=SYRIA_STREET, date=SINCE_MONDAY_NIGHT,
          attribution=["قيادة الجيش – مديرية التوجيه"], acled=CLASH, tpara=2),
        E(False, ["MOBILIZE"], [2], "وسيّر دوريات", ["asserted"], mode="troops",
          source=LB_ARMY, location=SYRIA_STREET, date=SINCE_MONDAY_NIGHT),
        E(True, ["COERCE"], [2], "أوقفت", ["asserted", "reported"], mode="arrest",
          source=LB_ARMY, recipient=BAQQAR_WANTED, location=BAQQAR, date=SINCE_MONDAY_NIGHT,
          attribution=["قيادة الجيش – مديرية التوجيه"], acled=ARREST),
        # paragraph 3 (Syria Street as a front line since the civil war, the numbered rounds: a habit) holds
        # no event
        # the Tripoli MPs' and ministers' emergency meeting and their demand to the army and security forces
        # (lifting the «political cover» is a statement, no event)
        E(True, ["CONSULT"], [4], "اجتماعاً طارئاً", ["asserted"], mode="multilateral",
          source=TRIPOLI_MPS, location=TRIPOLI, date=YESTERDAY),
        E(True, ["REQUEST"], [4], "طالبوا", ["asserted"],
          source=TRIPOLI_MPS, recipient=LB_SECURITY, location=TRIPOLI, date=YESTERDAY),
        # the sniper's shot at a car that began the round, told in a subordinate clause (optional)
        E(False, ["ASSAULT"], [5], "إطلاق قنّاص النار", ["asserted", "reported"], mode="firearms",
          location=TRIPOLI_AXES, date=SINCE_MONDAY_NIGHT),
        # the Arab Democratic Party's accusation (its «four martyrs» retell the round)
        E(True, ["ACCUSE"], [6], "متهماً", ["asserted"],
          source=ADP, recipient=TRIPOLI_POLITICIANS, date=SINCE_YESTERDAY),
        # two young men of Jabal Mohsen abducted on the al-Minyeh road: a rumour denied by a security source
        E(True, ["ASSAULT"], [7], "خطف", ["rumored", "negated", "reported"], mode="abduct",
          recipient=MOHSEN_YOUTHS, location=MINYEH_ROAD, date=YESTERDAY,
          attribution=["شائعات", "مصدر أمني"], acled=ABDUCTION),
        # the «axis leaders»' conditional threat (made: asserted); opening all fronts optional, hypothetical
        E(True, ["THREATEN"], [8], "وهدّد", ["asserted"], mode="violence",
          source=AXIS_LEADERS, recipient=MOHSEN_GUNMEN, date=SINCE_YESTERDAY),
        E(False, ["ASSAULT"], [8], "فتح الجبهات", ["hypothetical"], mode="firearms",
          source=AXIS_LEADERS, recipient=MOHSEN_GUNMEN, location=TRIPOLI_AXES, date=None, acled=CLASH),
        # the regional security council's extraordinary meeting this morning (planned; assessing the situation
        # is its purpose)
        E(True, ["CONSULT"], [9], "اجتماعاً استثنائياً", ["planned", "reported"], mode="multilateral",
          source=NORTH_SECURITY_COUNCIL, location=TRIPOLI_SERAIL, date=TODAY),
        # paragraph 10 (shuttered markets and schools, lorries taking side roads) holds no event
        # the sit-in before the serail; the banners' call to the state and the half-hour road block optional
        E(True, ["PROTEST"], [11], "اعتصاماً", ["asserted"], mode="demo",
          source=TRIPOLI_SIT_IN, location=TRIPOLI_SERAIL, date=YESTERDAY, acled=PEACEFUL),
        E(False, ["REQUEST"], [11], "تدعو الدولة", ["asserted"],
          source=TRIPOLI_SIT_IN, recipient=LB_STATE, location=TRIPOLI_SERAIL, date=YESTERDAY),
        E(False, ["PROTEST"], [11], "وقطعوا الطريق", ["asserted"], mode="obstruct",
          source=TRIPOLI_SIT_IN, location=TRIPOLI_SERAIL, date=YESTERDAY),
        # the mufti's praise of the army; his call to «the voice of reason» optional
        E(True, ["SUPPORT"], [12], "وأشاد", ["asserted"],
          source=TRIPOLI_MUFTI, recipient=LB_ARMY, location=TRIPOLI, date=YESTERDAY),
        E(False, ["REQUEST"], [12], "داعياً", ["asserted"],
          source=TRIPOLI_MUFTI, recipient=TRIPOLI_RESIDENTS, location=TRIPOLI, date=YESTERDAY),
        # background at another place: a young man of Jabal Mohsen shot dead in al-Beddawi «مساء السبت
        # الماضي» (core, historical, 1); the March ceasefire deal optional, historical
        E(True, ["ASSAULT"], [13], "برصاص مجهولين", ["historical", "asserted", "reported"], mode="firearms",
          source=UNKNOWN, recipient=BEDDAWI_VICTIM, location=BEDDAWI, date=D("2013-04-13"), fatalities=1,
          attribution=["مصادر أمنية"], acled=ATTACK),
        E(False, ["AGREE"], [13], "باتفاق", ["historical"],
          source=TRIPOLI_NOTABLES, location=TRIPOLI, date=D("2013-03-25", "month", ("2013-03-01",
                                                                                    "2013-03-31")),
          acled=AGREEMENT),
        # the evening ceasefire announced by figures of both quarters (CONCEDE), after the army commander's
        # contacts (optional CONSULT); the bursts that followed retell the fight
        E(True, ["CONCEDE"], [14], "وقفاً لإطلاق النار", ["asserted"], mode="ceasefire",
          source=TRIPOLI_NOTABLES, location=TRIPOLI_AXES, date=YESTERDAY),
        E(False, ["CONSULT"], [14], "اتصالات أجراها", ["asserted"], mode="third-party",
          source=NORTH_COMMANDER, recipient=TRIPOLI_NOTABLES, location=TRIPOLI_AXES, date=YESTERDAY),
        # paragraph 15 (a resident's bitter line) holds no event
    ],
)
