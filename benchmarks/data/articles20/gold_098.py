"""Gold of article 098: Diyala (the Hamrin hills near al-Udhaim, Wadi Zghaytun, al-Islah village, Abu Saida and the
al-Hurriya village, Baqubah) and Kirkuk (al-Wasiti quarter, al-Rashad, the airport), an Iraqi news site, 2023-11-23
(Thu)."""
from actors_places import (
                           ABU_SAIDA,
                           BAQUBAH,
                           HAMRIN_STRIKES,
                           HURRIYA_RESIDENTS,
                           IHEC,
                           IQ_AIR_FORCE,
                           IQ_PM,
                           ISIS_IQ,
                           ISLAH_MUKHTAR,
                           ISLAH_UDHAIM,
                           KDP,
                           KIRKUK,
                           KIRKUK_AIRPORT,
                           KIRKUK_COMMANDERS,
                           KIRKUK_GOV,
                           KIRKUK_POLICE,
                           PMF,
                           RASHAD,
                           RASHAD_FARMERS,
                           UDHAIM,
                           UNKNOWN,
                           WASITI,
                           WASITI_SUSPECTS,
)
from common import AIR, ARREST, ATTACK, CLASH, DESTRUCTION, PEACEFUL, RIOT, SHELL, D, E, paras_of

GRENADE = ["Explosions/Remote violence/Grenade"]

SLUG = "diyala_hamrin_udhaim_kirkuk_wasiti_abu_saida"
ARTICLE = dict(
    id="team20-098", slug=SLUG, published="2023-11-23", outlet="al-Qalaa News site (fictional)",
    paras=paras_of(f"098_{SLUG}.txt"),
    events=[
        # the ISIS attack on a PMF post near al-Udhaim «ليلة أمس الأربعاء» (3): headline 0, lead 1, the PMF's
        # version 2 (infiltration and an hour-long exchange: one fight), the hospital's follow-up 8 (the funeral and
        # its gunfire are no events); the attackers' forced flight is optional
        E(True, ["ASSAULT"], [0, 1, 2, 8], "بهجوم شنّه", ["asserted", "reported"], mode="firearms",
          source=ISIS_IQ, recipient=PMF, location=UDHAIM, date=D("2023-11-22", "day", ("2023-11-22", "2023-11-23")),
          fatalities=3, attribution=["مصدر أمني", "هيئة الحشد الشعبي", "مصدر في مستشفى بعقوبة التعليمي"],
          acled=CLASH, tpara=1),
        E(False, ["RETREAT"], [2], "الفرار", ["asserted", "reported"], mode="withdraw",
          source=ISIS_IQ, date=D("2023-11-22", "day", ("2023-11-22", "2023-11-23"))),
        # ¶3, one sentence, two events: a stun grenade thrown at a KDP candidate's office (no one hurt: no fatalities
        # field) and the police's arrest of two suspects «بعد ساعات»
        E(True, ["ASSAULT"], [0, 3], "ألقى مجهولون", ["asserted"], mode="explosives",
          source=UNKNOWN, recipient=KDP, location=WASITI, date=D("2023-11-23"), acled=GRENADE, tpara=3),
        E(True, ["COERCE"], [3], "أوقفت", ["asserted"], mode="arrest",
          source=KIRKUK_POLICE, recipient=WASITI_SUSPECTS, location=KIRKUK, date=D("2023-11-23"), acled=ARREST),
        # F-16 strikes on three places under one verb (one event), told by the Security Media Cell; «مقتل عدد من
        # الإرهابيين» → 3 (the spec's rule for «عدد من»)
        E(True, ["ASSAULT"], [4], "شنّت", ["asserted", "reported"], mode="aerial",
          source=IQ_AIR_FORCE, recipient=ISIS_IQ, location=HAMRIN_STRIKES, date=D("2023-11-23"), fatalities=3,
          attribution=["خلية الإعلام الأمني"], acled=AIR),
        # Abu Saida: a road blocked with burning tyres (PROTEST) and the demand on the prime minister; the displacement
        # recalled by the anniversary («في الذكرى الثانية لتهجيرهم») is historical and optional
        E(True, ["PROTEST"], [5], "قطع", ["asserted"], mode="obstruct",
          source=HURRIYA_RESIDENTS, location=ABU_SAIDA, date=D("2023-11-23"), acled=RIOT),
        E(True, ["REQUEST"], [5], "وطالبوا", ["asserted"],
          source=HURRIYA_RESIDENTS, recipient=IQ_PM, location=ABU_SAIDA, date=D("2023-11-23")),
        E(False, ["RETREAT", "COERCE"], [5], "لتهجيرهم", ["historical"], mode="return",
          recipient=HURRIYA_RESIDENTS, location=ABU_SAIDA, date=D("2021-11-23", "month", ("2021-11-01", "2021-11-30"))),
        # the KDP («الحزب» in its second mention): blame of the Kirkuk police («عقب الهجوم» is a back-reference) and
        # its demand on the electoral commission
        E(True, ["ACCUSE"], [6], "حمّل", ["asserted"],
          source=KDP, recipient=KIRKUK_POLICE, location=KIRKUK, date=D("2023-11-23")),
        E(True, ["REQUEST"], [6], "وطالب الحزب", ["asserted"],
          source=KDP, recipient=IHEC, date=D("2023-11-23")),
        # the governor's security meeting (CONSULT) and the commissioners' visit «يوم الأحد المقبل» (planned)
        E(True, ["CONSULT"], [7], "اجتماعاً أمنياً", ["asserted"], mode="multilateral",
          source=KIRKUK_GOV, recipient=KIRKUK_COMMANDERS, location=KIRKUK, date=D("2023-11-23")),
        E(True, ["CONSULT"], [7], "يزور", ["planned", "asserted"], mode="visit",
          source=IHEC, location=KIRKUK, date=D("2023-11-26")),
        # rumoured arson of wheat fields by ISIS in al-Rashad (unconfirmed)
        E(True, ["ASSAULT"], [9], "أضرموا النار", ["rumored"], mode="destroy",
          source=ISIS_IQ, recipient=RASHAD_FARMERS, location=RASHAD,
          date=D("2023-11-22", "day", ("2023-11-22", "2023-11-23")), acled=DESTRUCTION),
        # a rocket near Kirkuk airport told by local channels and denied by the Cell (the controlled detonation of old
        # ordnance it names instead is no event)
        E(True, ["ASSAULT"], [10], "سقوط صاروخ", ["rumored", "negated", "reported"], mode="heavy-weapons",
          location=KIRKUK_AIRPORT, date=D("2023-11-22"), attribution=["قنوات محلية", "خلية الإعلام الأمني"],
          acled=SHELL),
        # paragraph 11 is a generic statement (fragile security, ISIS cells, blocked returns): deliberately NO event
        # the open sit-in announced for next Saturday if no answer comes (planned and conditional)
        E(True, ["PROTEST"], [12], "خيام اعتصام", ["planned", "hypothetical", "asserted"], mode="demo",
          source=HURRIYA_RESIDENTS, location=BAQUBAH, date=D("2023-11-25"), acled=PEACEFUL),
        # background «وكان … قد» with a day: the mukhtar of al-Islah assassinated «مساء السبت الماضي» (1)
        E(True, ["ASSAULT"], [13], "اغتالوا", ["historical", "asserted"], mode="assassinate",
          source=UNKNOWN, recipient=ISLAH_MUKHTAR, location=ISLAH_UDHAIM, date=D("2023-11-18"), fatalities=1,
          acled=ATTACK),
    ],
)
