"""Gold of article 179: Jaramana (al-Sayouf square), al-Mulayhah and Zibdin, al-Kiswah and the Daraa highway; a
loyalist Facebook news page of Jaramana, 2014-05-15 (Thu)."""
from actors_places import (
    ARMY_VS_JI,
    COUNCIL_HEAD_179,
    GHOUTA_REBELS,
    GOV_COUNCIL,
    JARAMANA,
    JARAMANA_EAST,
    JARAMANA_KIDNAPPERS,
    JARAMANA_NOTABLES,
    JARAMANA_RESIDENTS,
    JARAMANA_VICTIMS,
    KISWAH,
    KISWAH_POLICE,
    KISWAH_ROAD,
    KISWAH_SUSPECTS,
    MLEIHA,
    REBEL_TARGETS,
    SEC_179,
    SY_ARMY_179,
    TAXI_DRIVER,
    TAXI_FAMILY,
    ZIBDIN_MLEIHA,
)
from common import ABDUCTION, ARREST, CLASH, MINE, SHELL, D, E, paras_of

SLUG = "jaramana_kiswah_2014_mortars_mleiha_zibdin_deir_khabiyah"
TODAY = D("2014-05-15")
ARTICLE = dict(
    id="team36-179", slug=SLUG, published="2014-05-15", outlet="Yawmiyat Jaramana loyalist Facebook page (fictional)",
    paras=paras_of(f"179_{SLUG}.txt"),
    events=[
        # mortar shells on al-Sayouf square at noon: headline 0, lead 1 (three dead per the page, two per SANA's
        # police source → 2), the page's details 3 (no new toll)
        E(True, ["ASSAULT"], [0, 1, 3], "قذائف هاون", ["asserted", "reported"], mode="heavy-weapons",
          source=GHOUTA_REBELS, recipient=JARAMANA_VICTIMS, location=JARAMANA, date=TODAY, fatalities=2,
          attribution=["«يوميات جرمانا»", "«سانا» عن مصدر في قيادة شرطة ريف دمشق"], acled=SHELL, tpara=1),
        # the army's shelling of Zibdin and the Mleiha farms «in response» (headline 0; «قتلى ومصابين» gives no
        # number), and today's clash on Mleiha's southern edge with the block of buildings taken (the weeks of
        # fighting and the snipers' use of the block are habitual: no event)
        E(True, ["ASSAULT"], [0, 2], "استهدفت", ["asserted", "reported"], mode="heavy-weapons",
          source=SY_ARMY_179, recipient=REBEL_TARGETS, location=ZIBDIN_MLEIHA, date=TODAY,
          attribution=["مصدر ميداني"], acled=SHELL, tpara=2),
        E(True, ["ASSAULT"], [2], "اشتباكات", ["asserted", "reported"], mode="firearms",
          source=ARMY_VS_JI, location=MLEIHA, date=TODAY, attribution=["مصدر ميداني"], acled=CLASH),
        # the arrest of two men at the al-Kiswah checkpoint (undated: today or yesterday); the rumoured car bomb,
        # denied by the police (optional), and the hour-long road closure (optional)
        E(True, ["COERCE"], [4], "القبض", ["asserted", "reported"], mode="arrest",
          source=SEC_179, recipient=KISWAH_SUSPECTS, location=KISWAH,
          date=D("2014-05-15", "day", ("2014-05-14", "2014-05-15")), attribution=["مصدر أمني"], acled=ARREST),
        E(False, ["ASSAULT"], [4], "سيارة مفخخة", ["rumored", "negated"], mode="explosives",
          location=KISWAH, date=TODAY, acled=MINE),
        E(False, ["COERCE"], [4], "إغلاق الطريق", ["asserted"], mode="restrict",
          source=KISWAH_POLICE, location=KISWAH, date=TODAY),
        # ¶5 (crowding, checkpoints, prices) is generic: deliberately NO gold event
        # the residents' demand through the page, the council head meeting the notables, and his promise
        E(True, ["REQUEST"], [6], "وطالب", ["asserted"],
          source=JARAMANA_RESIDENTS, recipient=GOV_COUNCIL, location=JARAMANA,
          date=D("2014-05-15", "day", ("2014-05-14", "2014-05-15"))),
        E(True, ["CONSULT"], [6], "التقى", ["asserted"], mode="visit",
          source=COUNCIL_HEAD_179, recipient=JARAMANA_NOTABLES, location=JARAMANA, date=TODAY),
        E(True, ["AGREE"], [6], "ووعد", ["asserted", "reported"],
          source=COUNCIL_HEAD_179, recipient=JARAMANA_NOTABLES, location=JARAMANA, date=TODAY,
          attribution=["أحد الحاضرين"]),
        # the taxi driver abducted on Tuesday evening near al-Kiswah (passive, «على يد مجهولين»); the ransom call
        # yesterday (optional)
        E(True, ["ASSAULT"], [7], "اختُطف", ["asserted"], mode="abduct",
          source=JARAMANA_KIDNAPPERS, recipient=TAXI_DRIVER, location=KISWAH_ROAD, date=D("2014-05-13"),
          acled=ABDUCTION),
        E(False, ["REQUEST", "THREATEN"], [7], "يطالبهم بدفع", ["asserted"],
          source=JARAMANA_KIDNAPPERS, recipient=TAXI_FAMILY, date=D("2014-05-14")),
        # background: two shells on Sunday without casualties (no perpetrator named); the 2012 car bombs, an aggregate
        # (optional)
        E(True, ["ASSAULT"], [8], "قذيفتي هاون", ["historical", "asserted"], mode="heavy-weapons",
          location=JARAMANA_EAST, date=D("2014-05-11"), acled=SHELL),
        E(False, ["ASSAULT"], [8], "التفجيرات", ["historical", "generic"], mode="explosives",
          location=JARAMANA, date=D("2012-07-01", "year", ("2012-01-01", "2012-12-31")), acled=MINE),
    ],
)
