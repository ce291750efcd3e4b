"""Gold of article 199: Jableh and its countryside (Ain Shiqaq, al-Qutaylibiyah, Bayt Yashut, the Jableh–Qardaha road),
a loyalist Facebook news page, 2017-10-17 (Tue)."""
from actors_places import (
                           AIN_SHIQAQ_NOTABLES,
                           AIN_SHIQAQ_PROTESTERS,
                           BAYT_YASHUT_YOUTH,
                           DEZ_EAST,
                           ISIS_DEZ,
                           JABLEH,
                           JABLEH_AUTHORITIES,
                           JABLEH_KIDNAPPERS,
                           JABLEH_OFFICIALS,
                           JABLEH_QARDAHA_ROAD,
                           MP_MS_PATROL,
                           NDF_JABLEH,
                           NDF_MAN,
                           QUTAYLIBIYAH,
                           SY_ARMY_POST,
                           TAXI_DRIVER,
)
from common import ABDUCTION, ARREST, ATTACK, CLASH, PEACEFUL, D, E, paras_of

SLUG = "jableh_2017_driver_killed_ndf_sit_in_qutaylibiyah_arrest"
ARTICLE = dict(
    id="team40-199", slug=SLUG, published="2017-10-17", outlet="Nabd Jableh Facebook news page (fictional)",
    paras=paras_of(f"199_{SLUG}.txt"),
    events=[
        # a taxi driver shot dead last night by an NDF member after a quarrel (headline 0, lead 1)
        E(True, ["ASSAULT"], [0, 1], "طلقات نارية", ["asserted", "reported"], mode="firearms",
          source=NDF_MAN, recipient=TAXI_DRIVER, location=JABLEH, date=D("2017-10-16"), fatalities=1,
          attribution=["شهود عيان"], acled=ATTACK, tpara=1),
        # this morning's sit-in before the Serail (headline 0) and its demand to the authorities; the road they
        # blocked for an hour is part of the sit-in (optional)
        E(True, ["PROTEST"], [0, 2], "واعتصم", ["asserted"], mode="demo",
          source=AIN_SHIQAQ_PROTESTERS, location=JABLEH, date=D("2017-10-17"), acled=PEACEFUL, tpara=2),
        E(False, ["PROTEST"], [2], "وقطعوا الطريق", ["asserted"], mode="obstruct",
          source=AIN_SHIQAQ_PROTESTERS, location=JABLEH, date=D("2017-10-17")),
        E(True, ["REQUEST"], [2], "وطالبوا", ["asserted"],
          source=AIN_SHIQAQ_PROTESTERS, recipient=JABLEH_AUTHORITIES, location=JABLEH, date=D("2017-10-17")),
        # the joint patrol's arrest of the killer near al-Qutaylibiyah this afternoon (the police command's page);
        # the NDF's statement that it had expelled him months ago is an optional, historical SANCTION
        E(True, ["COERCE"], [3], "ألقت القبض", ["asserted", "reported"], mode="arrest",
          source=MP_MS_PATROL, recipient=NDF_MAN, location=QUTAYLIBIYAH, date=D("2017-10-17"),
          attribution=["قيادة شرطة محافظة اللاذقية"], acled=ARREST),
        E(False, ["SANCTION"], [3], "مفصول", ["historical", "reported"], mode="expel",
          source=NDF_JABLEH, recipient=NDF_MAN, location=JABLEH, date=None),
        # the district director and the Baath section secretary meet the notables and the family, pledge to follow
        # the case (AGREE) and call the residents to calm (REQUEST)
        E(True, ["CONSULT"], [4], "والتقى", ["asserted"], mode="visit",
          source=JABLEH_OFFICIALS, recipient=AIN_SHIQAQ_NOTABLES, location=JABLEH, date=D("2017-10-17")),
        E(True, ["AGREE"], [4], "وتعهّدا", ["asserted"],
          source=JABLEH_OFFICIALS, recipient=AIN_SHIQAQ_NOTABLES, location=JABLEH, date=D("2017-10-17")),
        E(True, ["REQUEST"], [4], "ودعوا", ["asserted"],
          source=JABLEH_OFFICIALS, recipient=AIN_SHIQAQ_NOTABLES, location=JABLEH, date=D("2017-10-17")),
        # the kidnapping of a young man of Bayt Yashut on the Jableh–Qardaha road less than a week ago (recalled in
        # a subordinate clause, day not given); the ransom demand and the May 2016 bombings are optional
        E(True, ["ASSAULT"], [5], "اختطاف", ["asserted", "historical", "reported"], mode="abduct",
          source=JABLEH_KIDNAPPERS, recipient=BAYT_YASHUT_YOUTH, location=JABLEH_QARDAHA_ROAD,
          date=D("2017-10-13", "week", ("2017-10-10", "2017-10-16")), attribution=["صفحة أخبار بيت ياشوط"],
          acled=ABDUCTION),
        E(False, ["REQUEST", "THREATEN"], [5], "وطالبوهم بفدية", ["asserted", "historical"],
          source=JABLEH_KIDNAPPERS, recipient=BAYT_YASHUT_YOUTH, date=None),
        E(False, ["ASSAULT"], [5], "التفجيرات", ["historical"], mode="explosives",
          location=JABLEH, date=D("2016-05-23", "month", ("2016-05-01", "2016-05-31"))),
        # paragraph 6 is a standing complaint (random fire, thefts, kidnappings, unplated cars): NO gold event
        # the rumoured night curfew from tomorrow, denied by the city council (rumored, negated), and the conscript
        # killed yesterday repelling an ISIS attack in the eastern Deir ez-Zor countryside (the funeral is no event)
        E(True, ["COERCE"], [7], "حظر تجوّل", ["rumored", "negated", "planned"], mode="curfew",
          location=JABLEH, date=D("2017-10-18"), attribution=["صفحات محلية", "مصدر في مجلس المدينة"]),
        E(True, ["ASSAULT"], [7], "لهجوم شنّه", ["asserted"], mode="firearms",
          source=ISIS_DEZ, recipient=SY_ARMY_POST, location=DEZ_EAST, date=D("2017-10-16"), fatalities=1,
          acled=CLASH),
    ],
)
