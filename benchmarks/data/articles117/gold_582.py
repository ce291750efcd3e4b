"""Gold of article 582: rockets fired from Jabal al-Akrad on the al-Ziraa quarter of Latakia (main event, told
first in the lead ¶1; three per the university hospital), a greengrocer's account, an opposition operations
room's claim, the army's shelling of Kinsabba and Salma, the police's ban on motorcycles, the quarter's
committee's accusation and demand, a rebel commander's video threat, a young man's arrest at the sports city
rumoured and unconfirmed, nine young men not released, aid to the displaced of the sports city, more NDF men
due on Tuesday, the burial, the city council's praise, the civilians killed since January, and rockets on a
market in Jableh on 8 October 2014 (Latakia, Syria), a Latakia-based pro-government local news network's
Facebook page, 2014-11-16 (Sun). No dateline: the lead names Latakia in its first sentence."""
from actors_places import (
    AKRAD_COMMANDER,
    AKRAD_MILITANTS,
    ARMY_POLICE,
    AUTHORITIES,
    JABAL_AKRAD,
    JABLEH_MARKET,
    JABLEH_VICTIMS,
    KINSABBA_SALMA,
    LAT_CITY,
    LAT_CITY_COUNCIL,
    LAT_GOVERNOR,
    LAT_MILITANTS,
    LAT_POLICE,
    LATAKIA_PEOPLE,
    MIL_SECURITY,
    NDF_LAT,
    NINE_YOUNG,
    NORTH_QUARTERS,
    SAA,
    SARC_UNICEF,
    SPORTS_CITY,
    SPORTS_CITY_MAN,
    SPORTS_DISPLACED,
    SY_AIR,
    TERROR_SPONSORS,
    ZIRAA,
    ZIRAA_CIVILIANS,
    ZIRAA_COMMITTEE,
)
from common import ARREST, SHELL, D, E, paras_of

SLUG = "latakia_2014_ziraa_jableh"
YESTERDAY = D("2014-11-15")
TODAY = D("2014-11-16")
# a statement or an act without a time of day: the day of publication, or the day before
STATED = D("2014-11-16", "day", ("2014-11-15", "2014-11-16"))
ARTICLE = dict(
    id="team117-582", slug=SLUG, published="2014-11-16",
    outlet="Ain al-Sahel, a Latakia-based pro-government local news network's Facebook page (fictional)",
    paras=paras_of(f"582_{SLUG}.txt"),
    events=[
        # MAIN EVENT, told first in the lead ¶1 (no dateline; Latakia in the first sentence): rockets on
        # al-Ziraa; a greengrocer ¶2, the operations room's claim ¶3, the burial ¶14 → 3
        E(True, ["ASSAULT"], [0, 1, 2, 3, 14], "سقوط قذائف", ["asserted"], mode="heavy-weapons",
          source=LAT_MILITANTS, recipient=ZIRAA_CIVILIANS, location=ZIRAA, date=YESTERDAY, fatalities=3,
          attribution=["مصدر في مشفى تشرين الجامعي", "«غرفة عمليات الساحل»"], acled=SHELL, tpara=1),
        # ¶3: the air raids the claim names as its motive are optional (historical, generic)
        E(False, ["ASSAULT"], [3], "غارات الطيران", ["historical", "generic"], mode="aerial",
          source=SY_AIR, location=JABAL_AKRAD, date=None),
        # ¶4: the army shells the launch sites (VSO with «فـ»; «وفق ما نقلته»)
        E(True, ["ASSAULT"], [4], "وردّ الجيش", ["asserted"], mode="heavy-weapons",
          source=SAA, recipient=AKRAD_MILITANTS, location=KINSABBA_SALMA, date=STATED,
          attribution=["وكالة «سانا»"], acled=SHELL),
        # ¶5: the police command bans motorcycles and orders shops shut (COERCE ban); the impounding it
        # names is optional and hypothetical
        E(True, ["COERCE"], [5], "وقررت قيادة", ["asserted"], mode="ban",
          source=LAT_POLICE, location=LAT_CITY, date=TODAY, attribution=["مصدر في القيادة"]),
        E(False, ["COERCE"], [5], "حجز الدراجات", ["hypothetical"], mode="confiscate",
          source=LAT_POLICE, date=None),
        # ¶6 (subject, a long parenthesis, verb): the accusation and the demand, two verbs joined with «و»
        E(True, ["ACCUSE"], [6], "اتهمت", ["asserted"],
          source=ZIRAA_COMMITTEE, recipient=TERROR_SPONSORS, date=STATED, attribution=["بيان"]),
        E(True, ["REQUEST"], [6], "وطالبت", ["asserted"],
          source=ZIRAA_COMMITTEE, recipient=LAT_GOVERNOR, date=STATED),
        # ¶7 (the quarter) holds no event. ¶8: a video threat passed on by opposition pages (reported first);
        # the rockets it threatens and the air raids of its condition are optional
        E(True, ["THREATEN"], [8], "متوعّداً", ["reported", "asserted"], mode="violence",
          source=AKRAD_COMMANDER, recipient=LATAKIA_PEOPLE, location=JABAL_AKRAD, date=STATED,
          attribution=["صفحات معارضة"]),
        E(False, ["ASSAULT"], [8], "بـ«إمطار", ["hypothetical"], mode="heavy-weapons",
          source=AKRAD_COMMANDER, recipient=LATAKIA_PEOPLE, date=None),
        E(False, ["ASSAULT"], [8], "قصف قرى", ["hypothetical", "generic"], mode="aerial",
          source=SY_AIR, date=None),
        # ¶9: a young man's arrest told by local sources and left unconfirmed (rumoured; «فجراً» dates it)
        E(True, ["COERCE"], [9], "اعتقال", ["rumored"], mode="arrest",
          source=MIL_SECURITY, recipient=SPORTS_CITY_MAN, location=SPORTS_CITY, date=STATED,
          attribution=["مصادر أهلية"]),
        # ¶10: nine young men not released (RETREAT, negated); their arrest three weeks ago (passive) is
        # optional and historical
        E(True, ["RETREAT"], [10], "ولم تُفرج", ["negated"], mode="release",
          source=AUTHORITIES, recipient=NINE_YOUNG, location=SPORTS_CITY, date=TODAY, attribution=["ذووهم"]),
        E(False, ["COERCE"], [10], "اعتُقلوا", ["historical", "asserted"], mode="arrest",
          recipient=NINE_YOUNG, location=SPORTS_CITY,
          date=D("2014-10-26", "week", ("2014-10-23", "2014-10-29")), acled=ARREST),
        # ¶11: food baskets and school bags for the displaced («بالتعاون مع», «نقلاً عن»); the blankets to
        # come are optional and planned
        E(True, ["AID"], [11], "ووزّع", ["asserted"], mode="humanitarian",
          source=SARC_UNICEF, recipient=SPORTS_DISPLACED, location=SPORTS_CITY, date=TODAY,
          attribution=["مسؤول في فرع الهلال باللاذقية"]),
        E(False, ["AID"], [11], "ستوزع", ["planned"], mode="humanitarian", source=SARC_UNICEF, date=None),
        # ¶12: NDF men to be deployed «اعتباراً من يوم الثلاثاء المقبل» (planned MOBILIZE; a purpose clause)
        E(True, ["MOBILIZE"], [12], "تنشر", ["planned"], mode="troops",
          source=NDF_LAT, location=NORTH_QUARTERS, date=D("2014-11-18"),
          attribution=["مسؤول في القيادة"]),
        # ¶13 (the sports city) holds no event. ¶14: the burial belongs to the main event; the shots in
        # the air are a funeral custom. ¶15: the city council's praise (SUPPORT); its call optional
        E(True, ["SUPPORT"], [15], "وأشاد", ["asserted"],
          source=LAT_CITY_COUNCIL, recipient=ARMY_POLICE, location=LAT_CITY, date=STATED),
        E(False, ["REQUEST"], [15], "داعياً", ["asserted"], source=LAT_CITY_COUNCIL, date=STATED),
        # ¶16: the civilians killed since January, an aggregate (optional, generic)
        E(False, ["ASSAULT"], [16], "قُتل", ["generic"], location=LAT_CITY, date=None),
        # ¶17, «وكانت … قد» at another place: rockets on a market in Jableh on 8 October (core, historical; no
        # one claimed them)
        E(True, ["ASSAULT"], [17], "سقطتا", ["historical", "asserted"], mode="heavy-weapons",
          recipient=JABLEH_VICTIMS, location=JABLEH_MARKET, date=D("2014-10-08"), fatalities=2, acled=SHELL),
    ],
)
