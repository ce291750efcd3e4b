"""Gold of article 472: two barrel bombs on the vegetable market of Kafr Zita (main event, told first in the
lead; one toll), an activist's account and the state television's version, rebel rockets on Mhardeh, clashes
north of Morek, the local council's accusation and appeal, the Mhardeh notables' meeting with rebel
leaders that reached no agreement, a rumoured withdrawal denied, a rebel threat against Hama military airport,
a Red Crescent convoy due on Saturday, reinforcements sent towards Morek, the burial, arrests at checkpoints
in Hama, the month's tally, and a car bomb at the entrance of al-Suqaylabiyah on 21 October 2013 (Hama,
Syria), a Jordanian daily newspaper's website, 2013-11-27 (Wed). Dateline: a foreign capital, Amman."""
from actors_places import (
    HAMA_AIRBASE,
    HAMA_AIRPORT,
    HAMA_CITY,
    HAMA_GOV,
    HAMA_SIXTEEN,
    HUMANITARIAN_ORGS,
    KAFR_ZITA,
    KZ_CIVILIANS,
    KZ_COUNCIL,
    KZ_WOUNDED,
    LATAMNEH,
    MHARDEH,
    MHARDEH_PEOPLE,
    MHARDEH_TALKS,
    MIL_SECURITY,
    MOREK,
    MOREK_FIGHT,
    REBEL_GROUPING,
    REBELS,
    SARC,
    SUQ_BOMBERS,
    SUQ_SOLDIERS,
    SUQAYLABIYAH,
    SY_ARMY,
    SY_ARMY_AIR,
)
from common import AIR, ARREST, CLASH, MINE, SHELL, D, E, paras_of

SLUG = "kafr_zita_2013_mhardeh_morek"
YESTERDAY = D("2013-11-26")
TODAY = D("2013-11-27")
# a statement or an act of the day whose hour the text does not give: today, or the evening before
TODAY_OR_EVE = D("2013-11-27", "day", ("2013-11-26", "2013-11-27"))
ARTICLE = dict(
    id="team95-472", slug=SLUG, published="2013-11-27",
    outlet="Al-Shurfa, a Jordanian daily newspaper's website (fictional)",
    paras=paras_of(f"472_{SLUG}.txt"),
    events=[
        # MAIN EVENT, told first in the lead (dateline of a foreign capital): two barrel bombs dropped by a
        # helicopter on the market; the activist ¶2, the state television's version ¶3 and the burial ¶13
        # retell it; the headline names it. One toll: 7
        E(True, ["ASSAULT"], [0, 1, 2, 3, 13], "ألقت", ["asserted"], mode="aerial",
          source=SY_ARMY_AIR, recipient=KZ_CIVILIANS, location=KAFR_ZITA, date=TODAY, fatalities=7,
          attribution=["«المرصد السوري لحقوق الإنسان»", "ناشط إعلامي في البلدة", "التلفزيون الرسمي"],
          acled=AIR, tpara=1),
        # ¶4: rebel rockets on Mhardeh (the headline names them); «من دون أن يسفر» negates nothing
        E(True, ["ASSAULT"], [0, 4], "قصفت", ["asserted", "reported"], mode="heavy-weapons",
          source=REBELS, recipient=MHARDEH_PEOPLE, location=MHARDEH, date=TODAY_OR_EVE,
          attribution=["صفحات موالية"], acled=SHELL, tpara=4),
        # ¶5: the clashes north of Morek, a two-sided fight (both sides sources, no recipient)
        E(True, ["ASSAULT"], [5], "الاشتباكات", ["asserted"], mode="firearms",
          source=MOREK_FIGHT, location=MOREK, date=TODAY, fatalities=6, attribution=["المرصد"], acled=CLASH),
        # ¶6: the local council's accusation and its appeal
        E(True, ["ACCUSE"], [6], "واتهم", ["asserted"],
          source=KZ_COUNCIL, recipient=SY_ARMY, date=TODAY_OR_EVE),
        E(True, ["REQUEST"], [6], "وناشد", ["asserted"],
          source=KZ_COUNCIL, recipient=HUMANITARIAN_ORGS, date=TODAY_OR_EVE),
        # ¶7: the notables' meeting with rebel leaders (CONSULT) that reached no agreement (AGREE, negated)
        E(True, ["CONSULT"], [7], "لقاءً", ["asserted"], mode="third-party",
          source=MHARDEH_TALKS, recipient=MHARDEH_TALKS, location=LATAMNEH, date=YESTERDAY),
        E(True, ["AGREE"], [7], "يتوصلا", ["negated"],
          source=MHARDEH_TALKS, recipient=MHARDEH_TALKS, location=LATAMNEH, date=YESTERDAY,
          attribution=["أحد الوسطاء"]),
        # ¶8: a withdrawal told by loyalist pages and denied by a rebel commander (rumoured); his call to the
        # residents is optional
        E(True, ["RETREAT"], [8], "انسحاب", ["rumored", "negated"], mode="withdraw",
          source=REBELS, location=MOREK, date=None, attribution=["صفحات موالية"]),
        E(False, ["REQUEST"], [8], "داعياً", ["asserted"], source=REBELS, date=TODAY_OR_EVE),
        # ¶9 (Kafr Zita described) holds no event. ¶10: a conditional threat against Hama military airport
        # (asserted); the shelling it announces is hypothetical, the warning to civilians optional
        E(True, ["THREATEN"], [10], "وتوعّد", ["asserted"], mode="violence",
          source=REBEL_GROUPING, recipient=HAMA_AIRBASE, date=TODAY_OR_EVE, attribution=["تسجيل مصوّر"]),
        E(False, ["ASSAULT"], [10], "بقصف", ["hypothetical"], mode="heavy-weapons",
          source=REBEL_GROUPING, location=HAMA_AIRPORT, date=None),
        E(False, ["REQUEST"], [10], "ومطالباً", ["asserted"], source=REBEL_GROUPING, date=TODAY_OR_EVE),
        # ¶11: a Red Crescent convoy due on Saturday to evacuate wounded (planned AID)
        E(True, ["AID", "RETREAT"], [11], "قافلة", ["planned"], mode="humanitarian",
          source=SARC, recipient=KZ_WOUNDED, location=LATAMNEH, date=D("2013-11-30"),
          attribution=["ناشطون"]),
        # ¶12: reinforcements told by field sources (reported); the operation they may prepare is optional
        E(True, ["MOBILIZE"], [12], "استقدمت", ["reported", "asserted"], mode="troops",
          source=SY_ARMY, location=MOREK, date=D("2013-11-26", "day", ("2013-11-26", "2013-11-27")),
          attribution=["مصادر ميدانية"]),
        E(False, ["ASSAULT"], [12], "لعملية", ["hypothetical"], mode="firearms",
          source=SY_ARMY, location=MOREK, date=None),
        # ¶13: the burial belongs to the main event. ¶14 (analysis) holds no event. ¶15: arrests at two
        # checkpoints in Hama told by activists (reported)
        E(True, ["COERCE"], [15], "اعتقلت", ["reported", "asserted"], mode="arrest",
          source=MIL_SECURITY, recipient=HAMA_SIXTEEN, location=HAMA_CITY, date=TODAY_OR_EVE,
          attribution=["ناشطون"], acled=ARREST),
        # ¶16: the month's tally, an aggregate (optional, generic)
        E(False, ["ASSAULT"], [16], "مقتل", ["generic"], mode="aerial", location=HAMA_GOV, date=None),
        # ¶17, «وكان … قد» at another place: a car bomb at a checkpoint of al-Suqaylabiyah on 21 October
        # (core, historical); the raids that followed are optional
        E(True, ["ASSAULT"], [17], "فجّروا", ["historical", "asserted"], mode="explosives",
          source=SUQ_BOMBERS, recipient=SUQ_SOLDIERS, location=SUQAYLABIYAH, date=D("2013-10-21"),
          fatalities=4, acled=MINE),
        E(False, ["COERCE"], [17], "حملة مداهمات", ["historical"], mode="arrest",
          location=SUQAYLABIYAH, date=D("2013-10-22", "week", ("2013-10-21", "2013-10-31"))),
    ],
)
