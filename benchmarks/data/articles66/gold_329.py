"""Gold of article 329: Tripoli (Bab al-Tabbaneh, Jabal Mohsen, Syria Street, al-Qobbeh, al-Nour Square),
Baabda and al-Minyeh (North Lebanon), an official Lebanese news agency, 2013-10-24 (Thu)."""
from actors_places import (
    ADP,
    ADP_OFFICIAL,
    ALL_SIDES,
    ARMED_MEN,
    BAABDA,
    HIGHER_DEFENCE,
    JABAL_YOUTHS,
    LB_ARMY,
    LB_PM,
    LB_SECURITY_CHIEFS,
    LB_STATE,
    MINYEH,
    MINYEH_GUNMEN,
    MINYEH_WORKERS,
    MOSQUE_BOMBERS,
    MOSQUE_VICTIMS,
    MUFTI_TRIPOLI,
    NOUR_SQUARE,
    PM_HOME,
    QOBBEH,
    REGIONAL_GROUPS,
    TABBANEH_COMMANDER,
    TABBANEH_COMMANDERS,
    TABBANEH_JABAL,
    TRIPOLI_FIGHTERS,
    TRIPOLI_LB,
    TRIPOLI_MERCHANTS,
    TRIPOLI_MOSQUES,
    TRIPOLI_SNIPERS,
    TRIPOLI_WANTED,
)
from common import ARREST, ATTACK, CLASH, MINE, PEACEFUL, D, E, paras_of

SLUG = "tripoli_2013_bab_al_tabbaneh_jabal_mohsen_minyeh"
TODAY = D("2013-10-24")
SINCE_MIDNIGHT = D("2013-10-24", "day", ("2013-10-23", "2013-10-24"))
AUG_2013 = D("2013-08-23", "month", ("2013-08-01", "2013-08-31"))
ARTICLE = dict(
    id="team66-329", slug=SLUG, published="2013-10-24",
    outlet="Wakalat al-Arz official-style Lebanese news agency (fictional)",
    paras=paras_of(f"329_{SLUG}.txt"),
    events=[
        # the clashes between gunmen of Bab al-Tabbaneh and Jabal Mohsen, renewed «منذ منتصف ليل أمس» (the
        # sniping is part of them), two-sided (both are sources): headline 0 («قتلى وجرحى», no number), lead 1
        # (the agency's correspondent: four), ¶4 (the shells on Jabal Mohsen «منذ فجر الاثنين», content of the
        # party's blame), the follow-up 6 (the Islamic Charity Hospital: three bodies; a sniper's victim in
        # al-Mallouleh) and the evening count 15 (five) → 4 vs 3 vs 5 → 3
        E(True, ["ASSAULT"], [0, 1, 4, 6, 15], "الاشتباكات", ["asserted", "reported"], mode="firearms",
          source=TRIPOLI_FIGHTERS, location=TABBANEH_JABAL, date=SINCE_MIDNIGHT, fatalities=3,
          attribution=["مندوب «وكالة الأرز للأنباء» في طرابلس", "مصادر طبية في المستشفى الإسلامي الخيري",
                       "مصادر طبية"],
          acled=CLASH, tpara=1),
        # the army's statement, one sentence, two events: its return fire on the gunmen (headline 0) and the
        # raids on snipers' buildings with six arrests (one COERCE; headline 0); «لا إصابات في صفوف العسكريين»
        # negates nothing
        E(True, ["ASSAULT"], [0, 2], "ردّت على مصادر النيران", ["asserted", "reported"], mode="firearms",
          source=LB_ARMY, recipient=TRIPOLI_SNIPERS, location=TABBANEH_JABAL, date=TODAY,
          attribution=["قيادة الجيش – مديرية التوجيه"], acled=CLASH, tpara=2),
        E(True, ["COERCE"], [0, 2], "وأوقفت", ["asserted", "reported"], mode="arrest",
          source=LB_ARMY, recipient=TRIPOLI_WANTED, location=TABBANEH_JABAL, date=TODAY,
          attribution=["قيادة الجيش – مديرية التوجيه"], acled=ARREST, tpara=2),
        # paragraph 3 (Syria Street, the fault line and its poverty: a standing situation) holds no event
        # one sentence, two accusations: the Arab Democratic Party's official blames groups «funded by
        # regional parties»; a Tabbaneh axis commander accuses the party
        E(True, ["ACCUSE"], [4], "وحمّل", ["asserted", "reported"],
          source=ADP_OFFICIAL, recipient=REGIONAL_GROUPS, date=TODAY),
        E(True, ["ACCUSE"], [4], "اتهم", ["asserted", "reported"],
          source=TABBANEH_COMMANDER, recipient=ADP, date=TODAY, attribution=["محطة تلفزيونية محلية"]),
        # two young men of Jabal Mohsen abducted at a flying checkpoint in al-Qobbeh: rumour, denied by a
        # security source (his call not to follow rumours is optional)
        E(True, ["ASSAULT"], [5], "خطف", ["rumored", "negated"], mode="abduct",
          recipient=JABAL_YOUTHS, location=QOBBEH, date=TODAY,
          attribution=["شائعات", "مصدر أمني"]),
        E(False, ["REQUEST"], [5], "داعياً", ["asserted"], date=TODAY, location=TRIPOLI_LB),
        # the caretaker prime minister's security meeting at his Tripoli home (CONSULT; its purpose is no
        # event); the army's reinforcement announced for the coming hours (optional, planned)
        E(True, ["CONSULT"], [7], "اجتماعاً أمنياً", ["asserted"], mode="multilateral",
          source=LB_PM, recipient=LB_SECURITY_CHIEFS, location=PM_HOME, date=TODAY),
        E(False, ["MOBILIZE"], [7], "سيعزز انتشاره", ["planned"], mode="troops",
          source=LB_ARMY, location=TRIPOLI_LB, date=TODAY),
        # the Higher Defence Council's extraordinary session in Baabda «ظهر غدٍ الجمعة» (planned)
        E(True, ["CONSULT"], [8], "يلتئم", ["planned", "reported"], mode="multilateral",
          source=HIGHER_DEFENCE, location=BAABDA, date=D("2013-10-25"), attribution=["مصادر مطلعة"]),
        # the axis commanders' 48-hour deadline to the state (THREATEN, made) and their demand that the
        # suspects be sent to court; the August bombings of al-Taqwa and al-Salam mosques, in a noun phrase
        # (optional, historical)
        E(True, ["THREATEN"], [9], "وأمهل", ["asserted"], mode="violence",
          source=TABBANEH_COMMANDERS, recipient=LB_STATE, date=TODAY),
        E(True, ["REQUEST"], [9], "مطالبين", ["asserted"],
          source=TABBANEH_COMMANDERS, recipient=LB_STATE, date=TODAY),
        E(False, ["ASSAULT"], [9], "بتفجيري", ["historical"], mode="explosives",
          source=MOSQUE_BOMBERS, recipient=MOSQUE_VICTIMS, location=TRIPOLI_MOSQUES, date=AUG_2013,
          acled=MINE),
        # the Mufti's appeal to all sides (a ceasefire is its content)
        E(True, ["REQUEST"], [10], "ناشد", ["asserted"],
          source=MUFTI_TRIPOLI, recipient=ALL_SIDES, date=TODAY),
        # the army's second statement: a vow to answer any gunman (THREATEN, made); «لن تسمح» negates nothing
        E(True, ["THREATEN"], [11], "متوعّدةً", ["asserted"], mode="violence",
          source=LB_ARMY, recipient=ARMED_MEN, date=TODAY),
        # background at another place: unknown gunmen fired on a minibus of Jabal Mohsen workers at al-Minyeh
        # «مساء الاثنين الماضي», one killed (core, historical, 1); it set off the current round
        E(True, ["ASSAULT"], [12], "إطلاق مسلحين مجهولين النار", ["historical", "asserted"], mode="firearms",
          source=MINYEH_GUNMEN, recipient=MINYEH_WORKERS, location=MINYEH, date=D("2013-10-21"), fatalities=1,
          acled=ATTACK),
        # paragraph 13 (the rounds since 2008, their dead and losses: an aggregate) holds no event
        # one sentence, two acts: the merchants' sit-in in al-Nour Square and their demand to the state (the
        # security plan is its content)
        E(True, ["PROTEST"], [14], "اعتصاماً", ["asserted"], mode="demo",
          source=TRIPOLI_MERCHANTS, location=NOUR_SQUARE, date=TODAY, acled=PEACEFUL),
        E(True, ["REQUEST"], [14], "مطالبين", ["asserted"],
          source=TRIPOLI_MERCHANTS, recipient=LB_STATE, location=NOUR_SQUARE, date=TODAY),
        # ¶15: the evening count (five) belongs to the clashes
    ],
)
