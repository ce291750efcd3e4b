"""Gold of article 637: Sheikh Maskin, Nawa, Ibta' and Izra (the Hauran plain), a Russian state-funded
Arabic-language television channel's website based in Moscow, 2016-01-26 (Tue)."""
from actors_places import (
    ARMED_GROUPS_637,
    BATTLE_637,
    DISPLACED_637,
    DISPLACED_AT_BORDER,
    FACTION_LEADERS_637,
    FLIGHT_637,
    GENEVA,
    GENEVA_SIDES,
    GOV_FORCES_637,
    IBTA,
    IZRA,
    IZRA_PUPILS,
    IZRA_RESIDENTS,
    JO_AUTHORITIES,
    JO_BORDER,
    JO_FM,
    NAWA,
    NAWA_CONTACTS,
    NAWA_EAST,
    NAWA_HOSPITAL,
    NAWA_IBTA,
    OPPOSITION_PAGES,
    RU_AEROSPACE,
    RU_AIR_637,
    RU_FM,
    RU_SOLDIERS,
    RUSSIA_637,
    SAA_637,
    SHEIKH_MASKIN,
    SM_YOUTHS,
    SOUTHERN_FRONT,
    SY_HELICOPTERS,
    UN_637,
)
from common import AIR, CLASH, SHELL, D, E, paras_of

SLUG = "hauran_2016_sheikh_maskin_nawa_ibta_izra"
TODAY = D("2016-01-26")
YESTERDAY = D("2016-01-25")
LATELY = D("2016-01-26", "day", ("2016-01-25", "2016-01-26"))
LAST_24_HOURS = D("2016-01-25", "day", ("2016-01-25", "2016-01-26"))
THIS_WEEK = D("2016-01-26", "week", ("2016-01-24", "2016-01-26"))
ARTICLE = dict(
    id="team128-637", slug=SLUG, published="2016-01-26",
    outlet="Najmat al-Shamal, a Russian state-funded Arabic-language television channel's website based in "
           "Moscow (fictional)",
    paras=paras_of(f"637_{SLUG}.txt"),
    events=[
        # the main event, told first in the lead (dateline «موسكو»: the capital of a foreign power that
        # backs one side): the storming of Sheikh Maskin at dawn yesterday, 23 gunmen dead per a Syrian
        # military source; ¶6, an officer's account of the last battle, and the headline name it
        E(True, ["ASSAULT"], [0, 1, 6], "اقتحمت", ["asserted", "reported"], mode="firearms",
          source=BATTLE_637,
          location=SHEIKH_MASKIN, date=YESTERDAY, fatalities=23, attribution=["مصدر عسكري سوري"], acled=CLASH,
          tpara=1),
        # ¶2: Russian air raids on Ibta' and Da'el (core ASSAULT, Air strike); the 39 sorties over several
        # governorates are optional (generic)
        E(True, ["ASSAULT"], [2], "غارات", ["asserted", "reported"], mode="aerial", source=RU_AEROSPACE,
          recipient=ARMED_GROUPS_637, location=IBTA, date=LAST_24_HOURS, attribution=["إيجازها اليومي"],
          acled=AIR),
        E(False, ["ASSAULT"], [2], "طلعة", ["generic", "asserted"], mode="aerial", source=RU_AEROSPACE,
          date=None),
        # ¶3: raids on the national hospital of Nawa, told by opposition pages and denied by the Russian
        # ministry (core ASSAULT, reported, second label rumored); the pages' charge is optional
        E(True, ["ASSAULT"], [3], "لغارات", ["reported", "rumored"], mode="aerial", source=RU_AIR_637,
          location=NAWA_HOSPITAL, date=TODAY, attribution=["صفحات تابعة للمعارضة المسلحة"], acled=AIR),
        E(False, ["ACCUSE"], [3], "متهمة", ["asserted"], source=OPPOSITION_PAGES, recipient=RU_AIR_637,
          date=TODAY),
        # ¶4: five thousand families flee towards the Jordanian border since the start of the week (core
        # RETREAT)
        E(True, ["RETREAT"], [4], "ونزحت", ["asserted", "reported"], source=DISPLACED_637,
          location=FLIGHT_637,
          date=THIS_WEEK, attribution=["منظمة إغاثة دولية"]),
        # ¶5: the Jordanian crossings kept closed to the displaced (core COERCE, restrict); letting in
        # dozens of wounded is optional (RETREAT, access)
        E(True, ["COERCE"], [5], "مغلقة", ["asserted"], mode="restrict", source=JO_AUTHORITIES,
          recipient=DISPLACED_AT_BORDER, location=JO_BORDER, date=LATELY),
        E(False, ["RETREAT"], [5], "بإدخال", ["asserted"], mode="access", source=JO_AUTHORITIES, date=LATELY),
        # ¶6 is a paragraph of the main event; ¶7: dozens of young men said to be arrested in Sheikh Maskin,
        # denied by the military source (core COERCE, rumored)
        E(True, ["COERCE"], [7], "اعتقال", ["rumored"], mode="arrest", source=GOV_FORCES_637,
          recipient=SM_YOUTHS,
          location=SHEIKH_MASKIN, date=None, attribution=["مواقع معارضة"]),
        # ¶8: leaflets dropped over Nawa and Ibta' warn the gunmen «إن بقوا في مواقعهم» (core THREATEN);
        # their call to lay down arms is optional
        E(True, ["THREATEN"], [8], "وتحذرهم", ["asserted"], mode="violence", source=SY_HELICOPTERS,
          recipient=ARMED_GROUPS_637, location=NAWA_IBTA, date=TODAY),
        E(False, ["REQUEST"], [8], "تدعو", ["asserted"], source=SY_HELICOPTERS, recipient=ARMED_GROUPS_637,
          date=TODAY),
        # paragraph 9 (Sheikh Maskin: a description) holds no event
        # ¶10: the Southern Front accuses Russia (core ACCUSE); its demand to the UN is optional
        E(True, ["ACCUSE"], [10], "واتهمت", ["asserted"], source=SOUTHERN_FRONT, recipient=RUSSIA_637,
          date=LATELY),
        E(False, ["REQUEST"], [10], "مطالبة", ["asserted"], source=SOUTHERN_FRONT, recipient=UN_637,
          date=LATELY),
        # background in «وكانت … قد», at another place: rockets on a school in Izra on 21 January, four
        # pupils killed (core, historical, Shelling)
        E(True, ["ASSAULT"], [11], "قذائف", ["historical", "reported"], mode="heavy-weapons",
          source=ARMED_GROUPS_637, recipient=IZRA_PUPILS, location=IZRA, date=D("2016-01-21"), fatalities=4,
          attribution=["وسائل الإعلام السورية الرسمية"], acled=SHELL),
        # ¶12: the contacts of Nawa's notables lead to no agreement (core AGREE, negated); the contacts
        # themselves and the factions' refusal of the condition are optional
        E(True, ["AGREE"], [12], "اتفاق", ["negated"], source=NAWA_CONTACTS, location=NAWA, date=None,
          attribution=["مصدر مطلع على الاتصالات"]),
        E(False, ["CONSULT"], [12], "اتصالات", ["asserted", "reported"], source=NAWA_CONTACTS, location=NAWA,
          date=None),
        E(False, ["REJECT"], [12], "رفض", ["asserted", "reported"], source=FACTION_LEADERS_637, date=None),
        # ¶13: indirect talks to open in Geneva next Friday (core CONSULT, planned)
        E(True, ["CONSULT"], [13], "محادثات", ["planned"], mode="third-party", source=GENEVA_SIDES,
          location=GENEVA, date=D("2016-01-29")),
        # paragraph 14 (a man's words) holds no event; ¶15: Russian soldiers hand out food in Izra (core
        # AID)
        E(True, ["AID"], [15], "ووزع", ["asserted"], mode="humanitarian", source=RU_SOLDIERS,
          recipient=IZRA_RESIDENTS, location=IZRA, date=YESTERDAY),
        # ¶16: armour sent overnight to the eastern edge of Nawa (core MOBILIZE); the expected attack on the
        # city is optional (hypothetical)
        E(True, ["MOBILIZE"], [16], "تعزيزات", ["asserted"], mode="troops", source=SAA_637,
          location=NAWA_EAST,
          date=LAST_24_HOURS),
        E(False, ["ASSAULT"], [16], "هدفه التالي", ["hypothetical"], source=SAA_637, location=NAWA_EAST,
          date=None),
        # ¶17: the Russian and Jordanian foreign ministers' phone call (core CONSULT, phone)
        E(True, ["CONSULT"], [17], "اتصال هاتفي", ["asserted"], mode="phone", source=RU_FM, recipient=JO_FM,
          date=TODAY, attribution=["بيان للخارجية الروسية"]),
    ],
)
