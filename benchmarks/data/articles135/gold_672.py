"""Gold of article 672: the Peshmerga and the Popular Mobilization Forces complete the retaking of Jalawla
from the Islamic State (main event, told first in the lead; fourteen dead by the Khanaqin health
directorate), a Badr commander's threat at a press conference, Peshmerga battalions deployed on the hills,
the two sides' meeting without agreement (negated), Asayish arrests at the Qara Tapa checkpoint, houses
blown up (rumoured), a Diyala MP's accusation, joint demining, the governor's call, the army's withdrawal
from Saadiya in June 2014,
the prime minister's praise, UNHCR aid in Alwand camp, the PMF's withdrawal due on Thursday (planned) and the
Khanaqin road opened (Diyala, Iraq), a Sulaymaniyah-based Kurdish independent news agency's Arabic service,
2014-11-25 (Tue). Dateline: a Kurdish-held town further up the road from the town of the event."""
from actors_places import (
    ALWAND_CAMP,
    ALWAND_FAMILIES,
    ANNEXERS,
    ARAB_IDPS_672,
    ARAB_RETURNEES,
    ASAYISH,
    BADR_LEADER,
    CIVILIANS_672,
    COALITION,
    DEMINING_672,
    DIYALA_GOVERNOR,
    DIYALA_MP,
    HAMRIN,
    IRAQI_ARMY_672,
    IRAQI_PM,
    IS_672,
    IS_REMNANTS,
    IS_SAADIYA,
    JALAWLA,
    JALAWLA_BATTLE,
    JALAWLA_NORTH,
    JALAWLA_SAADIYA,
    JALAWLA_SOUTH,
    JALAWLA_SOUTH_GATE,
    JALAWLA_TALKS,
    JALAWLA_WEST,
    KHANAQIN_ROAD,
    KRG,
    LOCAL_POLICE,
    PESH_AND_PMF,
    PESH_KHANAQIN_CMD,
    PESHMERGA_COMMAND,
    PESHMERGA_KHANAQIN,
    PMF_FACTIONS,
    QARA_TAPA,
    SAADIYA,
    SUSPECT_FAMILIES,
    UNHCR,
)
from common import AIR, ARREST, CLASH, DESTRUCTION, D, E, paras_of

SLUG = "jalawla_2014_khanaqin_saadiya"
YESTERDAY = D("2014-11-24")
TODAY = D("2014-11-25")
TODAY_OR_EVE = D("2014-11-25", "day", ("2014-11-24", "2014-11-25"))
TWO_DAYS = D("2014-11-24", "day", ("2014-11-23", "2014-11-24"))
ARTICLE = dict(
    id="team135-672", slug=SLUG, published="2014-11-25",
    outlet="Karwan News, a Sulaymaniyah-based Kurdish independent news agency's Arabic service (fictional)",
    paras=paras_of(f"672_{SLUG}.txt"),
    events=[
        # MAIN EVENT, told first in the lead (dateline, verb first): two days of fighting for Jalawla, both
        # forces and the Islamic State as source; the headline and a medic's account ¶2 (14, one count); the
        # coalition's air strikes optional
        E(True, ["ASSAULT"], [0, 1, 2], "معارك", ["asserted"], mode="firearms", source=JALAWLA_BATTLE,
          location=JALAWLA, date=TWO_DAYS, fatalities=14, attribution=["مديرية صحة خانقين"], acled=CLASH,
          tpara=1),
        E(False, ["ASSAULT"], [1], "قصف", ["asserted"], mode="aerial", source=COALITION, recipient=IS_672,
          location=JALAWLA, date=TWO_DAYS, acled=AIR),
        # ¶2: the Islamic State's remnants leave at dawn for the Hamrin hills (optional)
        E(False, ["RETREAT"], [2], "انسحبوا", ["asserted"], mode="withdraw", source=IS_REMNANTS,
          location=HAMRIN, date=YESTERDAY),
        # ¶3 (adverbial first): a Badr commander's threat at a press conference in a tent
        E(True, ["THREATEN"], [3], "توعّد", ["asserted"], mode="territory", source=BADR_LEADER,
          recipient=ANNEXERS, location=JALAWLA_SOUTH_GATE, date=YESTERDAY),
        # ¶4 (the town on the river) holds no event. ¶5: two Peshmerga battalions deployed on the hills
        E(True, ["MOBILIZE"], [5], "ونشرت", ["asserted"], mode="troops", source=PESHMERGA_KHANAQIN,
          location=JALAWLA_NORTH, date=TODAY),
        # ¶6: the leaders' meeting (optional) and no agreement on who runs the town (negated)
        E(False, ["CONSULT"], [6], "والتقى", ["asserted"], mode="third-party", source=JALAWLA_TALKS,
          recipient=JALAWLA_TALKS, location=JALAWLA, date=YESTERDAY),
        E(True, ["AGREE"], [6], "يتفقا", ["negated"], source=JALAWLA_TALKS, recipient=JALAWLA_TALKS,
          location=JALAWLA, date=YESTERDAY, attribution=["أحد الحاضرين"]),
        # ¶7 (verb first): twenty-three young Arab returnees held at the Qara Tapa checkpoint; their release
        # if cleared optional (hypothetical)
        E(True, ["COERCE"], [7], "واعتقلت", ["asserted"], mode="arrest", source=ASAYISH,
          recipient=ARAB_RETURNEES,
          location=QARA_TAPA, date=D("2014-11-23", "day", ("2014-11-23", "2014-11-25")),
          attribution=["مسؤول في الأسايش"], acled=ARREST),
        E(False, ["RETREAT"], [7], "سيُطلق", ["hypothetical", "planned"], mode="release", source=ASAYISH,
          recipient=ARAB_RETURNEES, location=QARA_TAPA, date=None),
        # ¶8: houses of suspects' families blown up, told in whispers in Alwand camp (rumoured; silences)
        E(True, ["ASSAULT"], [8], "تفجير", ["rumored", "reported"], mode="destroy",
          recipient=SUSPECT_FAMILIES,
          location=JALAWLA_WEST, date=None, attribution=["نازحون عرب في مخيم الوند"], acled=DESTRUCTION),
        # ¶9: a Diyala MP accuses the Peshmerga command (the regional government's version follows); his
        # demand and the ban on the Arabs' return, which both sides name, optional
        E(True, ["ACCUSE"], [9], "واتهم", ["asserted"], source=DIYALA_MP, recipient=PESHMERGA_COMMAND,
          location=JALAWLA, date=TODAY_OR_EVE),
        E(False, ["REQUEST"], [9], "مطالباً", ["asserted"], source=DIYALA_MP, recipient=IRAQI_PM,
          date=TODAY_OR_EVE),
        E(False, ["COERCE"], [9], "منع", ["asserted", "reported"], mode="restrict", source=KRG,
          recipient=ARAB_IDPS_672, location=JALAWLA, date=None),
        # ¶10: the two forces' engineers clear the streets together
        E(True, ["COOPERATE"], [10], "مهمة مشتركة", ["asserted"], source=DEMINING_672, recipient=DEMINING_672,
          location=JALAWLA, date=D("2014-11-24", "day", ("2014-11-24", "2014-11-25")),
          attribution=["ضابط هندسة"]),
        # ¶11: the governor's call
        E(True, ["REQUEST"], [11], "ودعا", ["asserted"], source=DIYALA_GOVERNOR, location=JALAWLA,
          date=TODAY_OR_EVE),
        # ¶12, «وكان … قد» at another place: the army's withdrawal from Saadiya in June 2014 (core,
        # historical); the Islamic State's seizure of the town in August optional
        E(True, ["RETREAT"], [12], "انسحبت", ["historical", "asserted"], mode="withdraw",
          source=IRAQI_ARMY_672,
          location=SAADIYA, date=D("2014-06-15", "month", ("2014-06-01", "2014-06-30"))),
        E(False, ["ASSAULT"], [12], "يسيطر", ["historical", "asserted"], source=IS_SAADIYA, location=SAADIYA,
          date=D("2014-08-15", "month", ("2014-08-01", "2014-08-31"))),
        # ¶13: the prime minister's praise (a silence closes it)
        E(True, ["SUPPORT"], [13], "وأشاد", ["asserted"], source=IRAQI_PM, recipient=PESH_AND_PMF,
          location=JALAWLA_SAADIYA, date=TODAY),
        # ¶14 (verb first): tents, blankets and heaters in Alwand camp
        E(True, ["AID"], [14], "ووزّعت", ["asserted"], mode="humanitarian", source=UNHCR,
          recipient=ALWAND_FAMILIES, location=ALWAND_CAMP, date=TODAY_OR_EVE),
        # ¶15: the PMF's withdrawal from the southern quarters «يوم الخميس المقبل» (planned); the police
        # taking over optional
        E(True, ["RETREAT"], [15], "تنسحب", ["planned"], mode="withdraw", source=PMF_FACTIONS,
          location=JALAWLA_SOUTH, date=D("2014-11-27"), attribution=["مسؤول في القائممقامية"]),
        E(False, ["MOBILIZE"], [15], "لتحل", ["planned"], mode="police", source=LOCAL_POLICE,
          location=JALAWLA_SOUTH, date=D("2014-11-27")),
        # ¶16: the road to Khanaqin opened to civilians (announced)
        E(True, ["CONCEDE", "RETREAT"], [16], "فتح", ["asserted"], mode="access", source=PESH_KHANAQIN_CMD,
          recipient=CIVILIANS_672, location=KHANAQIN_ROAD, date=TODAY),
        # ¶17 (the shortest; the burnt market) holds no event
    ],
)
