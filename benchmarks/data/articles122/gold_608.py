"""Gold of article 608: al-Muqdadiyah and its quarters of al-Asri and al-Muallimin, Abu Saida, Khanaqin, the
road between al-Khalis and Baqubah (Diyala, Iraq), an Erbil-based Kurdish news agency's Arabic website,
2016-01-13 (Wed)."""
from actors_places import (
    ABU_SAIDA,
    ABU_SAIDA_IMAM,
    ASRI,
    BARZANI_FOUNDATION,
    BLACK_CLAD_GUNMEN,
    DIYALA_MPS,
    DIYALA_POLICE,
    IMAM_GUNMEN,
    IQ_ARMY_608,
    IQ_FEDERAL_GOV,
    IQ_PM,
    IQ_SECURITY,
    IRAQI_FORCES_ALLIANCE,
    ISIS_608,
    ISIS_CELLS,
    KHALIS_ROAD,
    KHALIS_WORKERS,
    KHANAQIN,
    KHANAQIN_ADMIN,
    KHANAQIN_FAMILIES,
    KRG,
    MOURNERS,
    MUALLIMIN,
    MUQDADIYAH,
    MUQDADIYAH_DISTRICT,
    MUQDADIYAH_VILLAGES,
    PARL_DELEGATION,
    PMF_LEADER,
    ROGUE_MILITIAS,
    SEVEN_YOUNG_MEN,
    UNKNOWN_GUNMEN_608,
)
from common import ABDUCTION, DESTRUCTION, MINE, D, E, paras_of

SLUG = "diyala_2016_muqdadiyah_baqubah_khanaqin_khalis"
TODAY = D("2016-01-13")
AFTER_MIDNIGHT = D("2016-01-13", "day", ("2016-01-12", "2016-01-13"))
LATELY = D("2016-01-13", "day", ("2016-01-12", "2016-01-13"))
ARTICLE = dict(
    id="team122-608", slug=SLUG, published="2016-01-13",
    outlet="Ashti, an Erbil-based Kurdish news agency's Arabic website (fictional)",
    paras=paras_of(f"608_{SLUG}.txt"),
    events=[
        # ¶1 (no dateline; al-Muqdadiyah named in the first sentence): the Diyala police impose a curfew on
        # the district at noon (core COERCE curfew); the headline names it
        E(True, ["COERCE"], [0, 1], "حظراً", ["asserted"], mode="curfew", source=DIYALA_POLICE,
          location=MUQDADIYAH_DISTRICT, date=TODAY, attribution=["مراسل «آشتي»"], tpara=1),
        # the main event, in ¶2 after the curfew of ¶1 (not first in the lead): a car bomb by a mourning
        # gathering and a second bomb among the rescuers yesterday evening; 17 killed per the Diyala health
        # directorate, 23 per a member of the district council → 17 (the lowest); ¶4 ISIS's claim, ¶16 the
        # bodies taken to be buried; the headline names it
        E(True, ["ASSAULT"], [0, 2, 4, 16], "تفجير", ["asserted", "reported"], mode="explosives",
          source=ISIS_608, recipient=MOURNERS, location=ASRI, date=D("2016-01-12"), fatalities=17,
          attribution=["دائرة صحة ديالى", "عضو في مجلس قضاء المقدادية"], acled=MINE, tpara=2),
        # ¶4: ISIS threatens more attacks in its claim (optional THREATEN)
        E(False, ["THREATEN"], [4], "ومتوعداً", ["asserted", "reported"], source=ISIS_608, date=LATELY),
        # paragraph 3 (the district and its people: a description) holds no event
        # ¶5: after midnight, men in black burn two mosques and blow up a third, and set shops on fire (core
        # ASSAULT destroy, Destruction of property); the headline names it
        E(True, ["ASSAULT"], [0, 5], "إحراق", ["asserted", "reported"], mode="destroy",
          source=BLACK_CLAD_GUNMEN, location=MUALLIMIN, date=AFTER_MIDNIGHT, attribution=["شهود عيان"],
          acled=DESTRUCTION, tpara=5),
        # ¶6, verb–subject–object: seven young men abducted at dawn (core ASSAULT abduct, Abduction); the
        # headline names it
        E(True, ["ASSAULT"], [0, 6], "واختطف", ["asserted", "reported"], mode="abduct",
          source=UNKNOWN_GUNMEN_608, recipient=SEVEN_YOUNG_MEN, location=MUQDADIYAH_VILLAGES, date=TODAY,
          attribution=["أحد وجهاء القرية"], acled=ABDUCTION, tpara=6),
        # ¶7: an imam said to be killed in Abu Saida, confirmed by no official (core ASSAULT, rumored, 1);
        # «من دون أن تؤكد» is the rumour's own hedge
        E(True, ["ASSAULT"], [7], "مقتل", ["rumored", "reported"], mode="firearms", source=IMAM_GUNMEN,
          recipient=ABU_SAIDA_IMAM, location=ABU_SAIDA, date=None, fatalities=1,
          attribution=["مواقع إخبارية محلية"]),
        # ¶8: a PMF commander denies any link (optional REJECT) and blames cells tied to ISIS
        # (optional ACCUSE)
        E(False, ["REJECT"], [8], "نفى", ["asserted"], source=PMF_LEADER, date=LATELY),
        E(False, ["ACCUSE"], [8], "متهماً", ["asserted"], source=PMF_LEADER, recipient=ISIS_CELLS,
          date=LATELY),
        # ¶9: the Iraqi Forces Alliance threatens to boycott parliament (core THREATEN)
        E(True, ["THREATEN"], [9], "وهدد", ["asserted"], mode="boycott", source=IRAQI_FORCES_ALLIANCE,
          recipient=IQ_FEDERAL_GOV, date=LATELY),
        # ¶10: Diyala MPs accuse «ميليشيات منفلتة» (core ACCUSE) and, with «و» and a second verb, ask the
        # prime minister to hand security to the army (core REQUEST)
        E(True, ["ACCUSE"], [10], "واتهم", ["asserted"], source=DIYALA_MPS, recipient=ROGUE_MILITIAS,
          date=LATELY),
        E(True, ["REQUEST"], [10], "وطالبوا", ["asserted"], source=DIYALA_MPS, recipient=IQ_PM, date=LATELY),
        # ¶11: army and rapid-response troops reach al-Muqdadiyah at noon (core MOBILIZE); the time is told
        # after the act («، وذلك بعد ساعات من أمر…»)
        E(True, ["MOBILIZE"], [11], "ووصلت", ["asserted"], mode="troops", source=IQ_ARMY_608,
          location=MUQDADIYAH, date=TODAY),
        # ¶12: a parliamentary delegation to visit next Saturday (core planned CONSULT visit); the hearing of
        # the security chiefs it prepares is optional
        E(True, ["CONSULT"], [12], "يزور", ["planned"], mode="visit", source=PARL_DELEGATION,
          location=MUQDADIYAH, date=D("2016-01-16"), attribution=["أحد أعضاء الوفد"]),
        E(False, ["CONSULT"], [12], "لاستضافة", ["planned"], source=PARL_DELEGATION, date=None),
        # ¶13: food and heaters for families who fled to Khanaqin (core AID); their flight and the request for
        # a camp are optional
        E(True, ["AID"], [13], "وقدمت", ["asserted"], mode="humanitarian", source=BARZANI_FOUNDATION,
          recipient=KHANAQIN_FAMILIES, location=KHANAQIN, date=LATELY, attribution=["مسؤول في إدارة خانقين"]),
        E(False, ["RETREAT"], [13], "نزحت", ["asserted"], source=KHANAQIN_FAMILIES, location=MUQDADIYAH,
          date=LATELY),
        E(False, ["REQUEST"], [13], "طلبت", ["asserted", "reported"], source=KHANAQIN_ADMIN, recipient=KRG,
          location=KHANAQIN, date=LATELY),
        # ¶14: no one arrested for the attacks (core COERCE, negated)
        E(True, ["COERCE"], [14], "اعتقال", ["negated"], mode="arrest", source=IQ_SECURITY,
          location=MUQDADIYAH_DISTRICT, date=LATELY),
        # background at another place, in «وكانت … قد»: a roadside bomb on a workers' minibus between
        # al-Khalis and Baqubah on 28 December (core, historical, 6; Remote explosive)
        E(True, ["ASSAULT"], [15], "انفجرت", ["historical", "asserted"], mode="explosives",
          recipient=KHALIS_WORKERS, location=KHALIS_ROAD, date=D("2015-12-28"), fatalities=6,
          attribution=["مصادر أمنية في قضاء الخالص"], acled=MINE),
        # ¶16, the bodies taken to Najaf, is a paragraph of the main event
        # paragraph 17 (a displaced man's words) holds no event
    ],
)
