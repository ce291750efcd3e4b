"""Gold of article 253: Galkayo (Mudug, Somalia) and Guriel, the Galkayo–Goldogob road and Mogadishu, a
Somali news site in Arabic, 2016-10-13 (Thu)."""
from actors_places import (
    BOTH_SIDES_SO,
    CLAN_ELDERS,
    GALKAYO,
    GALKAYO_EAST,
    GALKAYO_FIGHT,
    GALKAYO_GOLDOGOB_ROAD,
    GALKAYO_IDPS,
    GALKAYO_LEADERS,
    GALKAYO_NORTH,
    GALKAYO_SOUTH,
    GALKAYO_WOMEN,
    GALKAYO_WOUNDED,
    GALMUDUG,
    GALMUDUG_MILITIA,
    GURIEL,
    GURIEL_POLICE,
    IDP_CAMP,
    PUNTLAND,
    PUNTLAND_COMMANDER,
    PUNTLAND_CONVOY,
    SHABAAB,
    SO_FED_DELEGATION,
    SO_FEDERAL,
    SRCS,
    WFP,
)
from common import CLASH, PEACEFUL, SHELL, D, E, paras_of

SLUG = "galkayo_2016_garowe_guriel_goldogob_mogadishu"
TODAY = D("2016-10-13")
SINCE_YESTERDAY = D("2016-10-13", "day", ("2016-10-12", "2016-10-13"))
ARTICLE = dict(
    id="team51-253", slug=SLUG, published="2016-10-13",
    outlet="Nafidhat al-Qarn al-Ifriqi news site (fictional)",
    paras=paras_of(f"253_{SLUG}.txt"),
    events=[
        # the battle between Puntland's and Galmudug's forces across Galkayo's dividing line «أمس
        # الأربعاء»: headline 0, lead 1 (the director of Galkayo general hospital: nine), the follow-up 6
        # (witnesses on how it began; Puntland: «more than twenty» of Galmudug's men; notables: fifteen from
        # both sides; Galmudug silent on its losses) → 9. Two-sided: both are sources
        E(True, ["ASSAULT"], [0, 1, 6], "اشتباكات عنيفة", ["asserted", "reported"], mode="heavy-weapons",
          source=GALKAYO_FIGHT, location=GALKAYO, date=D("2016-10-12"), fatalities=9,
          attribution=["مدير مستشفى جالكعيو العام", "شهود عيان", "متحدث عسكري باسم بونتلاند",
                       "أعيان في الشطر الجنوبي"], acled=CLASH, tpara=1),
        # a mortar bomb on a camp for the displaced this morning, no side named (the flight of families from
        # the front-line quarters in the same sentence is no event)
        E(True, ["ASSAULT"], [2], "سقطت قذيفة هاون", ["reported", "asserted"], mode="heavy-weapons",
          recipient=IDP_CAMP, location=GALKAYO_SOUTH, date=TODAY, fatalities=2, attribution=["سكان المخيم"],
          acled=SHELL),
        # one sentence, two build-ups: Puntland's technicals from Garowe and Bosaso, Galmudug's clan militias
        E(True, ["MOBILIZE"], [3], "وعزّزت", ["asserted"], mode="troops",
          source=PUNTLAND, location=GALKAYO_NORTH, date=SINCE_YESTERDAY,
          attribution=["مراسل «نافذة القرن الإفريقي»"]),
        E(True, ["MOBILIZE"], [3], "حشدت", ["asserted"], mode="troops",
          source=GALMUDUG_MILITIA, location=GALKAYO, date=SINCE_YESTERDAY,
          attribution=["مراسل «نافذة القرن الإفريقي»"]),
        # paragraph 4 (the divided city) holds no event
        # the federal prime minister's call and the delegation due in Galkayo tomorrow (planned)
        E(True, ["REQUEST"], [5], "دعا رئيس الوزراء", ["asserted"],
          source=SO_FEDERAL, recipient=BOTH_SIDES_SO, date=SINCE_YESTERDAY),
        E(True, ["CONSULT"], [5], "سيتوجه", ["planned"], mode="visit",
          source=SO_FED_DELEGATION, recipient=GALKAYO_LEADERS, location=GALKAYO, date=D("2016-10-14")),
        # Galmudug's accusation (the shelling of homes is its content) and Puntland's refusal of mediation
        E(True, ["ACCUSE"], [7], "واتهمت", ["asserted"],
          source=GALMUDUG, recipient=PUNTLAND, date=D("2016-10-12")),
        E(True, ["REJECT"], [7], "رفضت", ["asserted"],
          source=PUNTLAND, date=SINCE_YESTERDAY),
        # the rumoured al-Shabaab attack on a police station in Guriel, denied by a Galmudug official
        E(True, ["ASSAULT"], [8], "هجوم", ["rumored", "negated", "reported"], mode="firearms",
          source=SHABAAB, recipient=GURIEL_POLICE, location=GURIEL, date=SINCE_YESTERDAY,
          attribution=["مواقع محلية", "مسؤول في إدارة غلمدغ"], acled=CLASH),
        # the Puntland commander's conditional threat (made); the «liberation» of the city optional,
        # hypothetical
        E(True, ["THREATEN"], [9], "وهدد", ["asserted"], mode="violence",
          source=PUNTLAND_COMMANDER, recipient=GALMUDUG, location=GALKAYO, date=SINCE_YESTERDAY),
        E(False, ["ASSAULT"], [9], "تحرير جالكعيو كلها", ["hypothetical"], mode="firearms",
          source=PUNTLAND, recipient=GALMUDUG, location=GALKAYO, date=None, acled=CLASH),
        # WFP's food for the displaced; the Red Crescent's evacuation of the wounded optional
        E(True, ["AID"], [10], "ووزّع", ["asserted"], mode="humanitarian",
          source=WFP, recipient=GALKAYO_IDPS, location=GALKAYO, date=TODAY),
        E(False, ["AID"], [10], "نقلت فرق", ["asserted"], mode="humanitarian",
          source=SRCS, recipient=GALKAYO_WOUNDED, location=GALKAYO, date=TODAY),
        # paragraph 11 (how the Galkayo fights usually go) is generic: no event
        # the elders' meeting east of the city and their agreement (the exchange of bodies and the corridor
        # are its content)
        E(True, ["CONSULT"], [12], "التقى شيوخ عشائر", ["asserted"],
          source=CLAN_ELDERS, location=GALKAYO_EAST, date=D("2016-10-12")),
        E(True, ["AGREE"], [12], "واتفقوا", ["asserted"],
          source=CLAN_ELDERS, location=GALKAYO_EAST, date=D("2016-10-12")),
        # the women's demonstration in south Galkayo; the banners' demand optional
        E(True, ["PROTEST"], [13], "مظاهرة", ["asserted"], mode="demo",
          source=GALKAYO_WOMEN, location=GALKAYO_SOUTH, date=TODAY, acled=PEACEFUL),
        E(False, ["REQUEST"], [13], "تطالب", ["asserted"],
          source=GALKAYO_WOMEN, recipient=BOTH_SIDES_SO, date=TODAY),
        # background at another place: al-Shabaab's ambush on the Galkayo–Goldogob road «مساء السبت الماضي»
        # (core, historical, 3); last November's fighting in the city optional, historical
        E(True, ["ASSAULT"], [14], "كميناً", ["historical", "asserted"], mode="firearms",
          source=SHABAAB, recipient=PUNTLAND_CONVOY, location=GALKAYO_GOLDOGOB_ROAD, date=D("2016-10-08"),
          fatalities=3, attribution=["سلطات الولاية"], acled=CLASH),
        E(False, ["ASSAULT"], [14], "معارك مماثلة", ["historical"], mode="heavy-weapons",
          source=GALKAYO_FIGHT, location=GALKAYO, date=D("2015-11-15", "month", ("2015-11-01", "2015-11-30")),
          acled=CLASH),
        # paragraph 15 (schools and markets closed, prices doubled) holds no event
    ],
)
