"""Gold of article 322: al-Shuhayl, Dhiban, al-Suwar, al-Tayyana, al-Busayrah, Hajin and al-Kishkiyah (Deir
ez-Zor, Syria), a news agency of the north-east's Autonomous Administration, 2022-05-18 (Wed)."""
from actors_places import (
    AANES_STAFF,
    ASAYISH,
    BAGHOUZ,
    BUSAYRAH,
    BUSAYRAH_PROTESTERS,
    DHIBAN,
    DHIBAN_HAWAYIJ,
    DHIBAN_LEADER,
    DZ_CIVIL_COUNCIL,
    DZ_MC_COMMANDER,
    DZ_TRIBES,
    HAJIN,
    IRAN_MILITIAS,
    ISIS_CELLS,
    KISHKIYAH,
    KISHKIYAH_KILLERS,
    KISHKIYAH_VICTIM,
    SDF,
    SDF_COALITION,
    SHUHAYL,
    SHUHAYL_FIGHT,
    SUWAR,
    TAYYANA,
)
from common import ARREST, ATTACK, CLASH, PEACEFUL, SHELL, D, E, paras_of

SLUG = "shuhayl_2022_dhiban_tayyana_busayrah_hajin"
TODAY = D("2022-05-18")
LAST_NIGHT = D("2022-05-17")
MARCH_2019 = D("2019-03-23", "month", ("2019-03-01", "2019-03-31"))
ARTICLE = dict(
    id="team65-322", slug=SLUG, published="2022-05-18",
    outlet="Difaf al-Furat north-east Syria news agency (fictional)",
    paras=paras_of(f"322_{SLUG}.txt"),
    events=[
        # the ISIS cells' attack on the Military Council's post at al-Shuhayl «فجر اليوم الأربعاء», a
        # two-sided fight (both are sources, no recipient; the attackers' flight is part of it): headline 0
        # («استشهاد مقاتلين», no number), lead 1 (the council: three fighters), the follow-up 6 (the
        # al-Busayrah hospital: two bodies; the Observatory: four) and 15 (the detainee's «link» to the
        # attack) → 3 vs 2 vs 4 → 2
        E(True, ["ASSAULT"], [0, 1, 6, 15], "لهجوم", ["asserted", "reported"], mode="firearms",
          source=SHUHAYL_FIGHT, location=SHUHAYL, date=TODAY, fatalities=2,
          attribution=["المركز الإعلامي للمجلس", "مصدر طبي في مشفى البصيرة", "المرصد السوري لحقوق الإنسان"],
          acled=CLASH, tpara=1),
        # the night raid in Dhiban and the arrest of an ISIS leader (headline 0; «من دون أن تُسجَّل أي إصابات»
        # negates nothing; ¶15 tells of his questioning); the coalition helicopters' backing (optional
        # COOPERATE)
        E(True, ["COERCE"], [0, 2, 15], "واعتقلت", ["asserted", "reported"], mode="arrest",
          source=SDF, recipient=DHIBAN_LEADER, location=DHIBAN, date=LAST_NIGHT,
          attribution=["مراسلنا في المنطقة", "المركز الإعلامي لقسد"], acled=ARREST, tpara=2),
        E(False, ["COOPERATE"], [2], "بمساندة مروحيات", ["asserted"],
          source=SDF_COALITION, location=DHIBAN, date=LAST_NIGHT),
        # paragraph 3 (the east-bank towns, their tribe and livelihoods, the other bank) holds no event
        # the Internal Security Forces' curfew on al-Shuhayl until tomorrow morning (the checkpoints are part
        # of it)
        E(True, ["COERCE"], [4], "حظراً للتجوال", ["asserted"], mode="curfew",
          source=ASAYISH, location=SHUHAYL, date=TODAY),
        # the SDF's withdrawal from al-Suwar: rumoured by pro-Damascus pages, denied by a council source
        E(True, ["RETREAT"], [5], "انسحاب قسد", ["rumored", "negated"], mode="withdraw",
          source=SDF, location=SUWAR, date=TODAY,
          attribution=["صفحات إخبارية مقرّبة من حكومة دمشق", "مصدر في مجلس دير الزور العسكري"]),
        # the leaflets hung in al-Tayyana «ليل أمس» (THREATEN, made; the killing and burning they threaten are
        # hypothetical: optional)
        E(True, ["THREATEN"], [7], "تهدد", ["asserted", "reported"], mode="violence",
          source=ISIS_CELLS, recipient=AANES_STAFF, location=TAYYANA, date=LAST_NIGHT,
          attribution=["أهالٍ من البلدة"]),
        E(False, ["ASSAULT"], [7], "بـ«القتل", ["hypothetical"], mode="firearms",
          source=ISIS_CELLS, recipient=AANES_STAFF, location=TAYYANA, date=None),
        # the council commander's accusation of the Iran-backed militias (smuggling is its content) and his
        # pledge to hunt the cells (optional THREATEN)
        E(True, ["ACCUSE"], [8], "واتهم", ["asserted"],
          source=DZ_MC_COMMANDER, recipient=IRAN_MILITIAS, date=TODAY),
        E(False, ["THREATEN"], [8], "متعهداً بملاحقة", ["asserted"], mode="violence",
          source=DZ_MC_COMMANDER, recipient=ISIS_CELLS, date=TODAY),
        # the gathering in al-Busayrah over fuel and bread (PROTEST) and its demand to the civil council
        E(True, ["PROTEST"], [9], "احتجاجاً", ["asserted"], mode="demo",
          source=BUSAYRAH_PROTESTERS, location=BUSAYRAH, date=TODAY, acled=PEACEFUL),
        E(True, ["REQUEST"], [9], "وطالبوا", ["asserted"],
          source=BUSAYRAH_PROTESTERS, recipient=DZ_CIVIL_COUNCIL, location=BUSAYRAH, date=TODAY),
        # the tribal gathering the civil council hosts in Hajin «يوم السبت المقبل» (planned; its purpose and
        # the invitations are no events)
        E(True, ["CONSULT"], [10], "يستضيف", ["planned", "reported"], mode="multilateral",
          source=DZ_CIVIL_COUNCIL, recipient=DZ_TRIBES, location=HAJIN, date=D("2022-05-21"),
          attribution=["الرئاسة المشتركة للمجلس"]),
        # mortar rounds from the militias' west-bank positions on farmland near Dhiban (passive «أُطلقت»; no
        # one hurt: the shelling stands)
        E(True, ["ASSAULT"], [11], "قذائف هاون", ["asserted", "reported"], mode="heavy-weapons",
          source=IRAN_MILITIAS, location=DHIBAN_HAWAYIJ, date=TODAY, attribution=["مراسلنا"],
          acled=SHELL),
        # background at another place: a local council member of al-Kishkiyah assassinated «مساء الأحد
        # الماضي» (core, historical, 1; ISIS's claim the next day is folded into it); the SDF's announced end
        # of ISIS's last pocket at al-Baghuz in March 2019 (optional, historical)
        E(True, ["ASSAULT"], [12], "اغتيل", ["historical", "asserted"], mode="assassinate",
          source=KISHKIYAH_KILLERS, recipient=KISHKIYAH_VICTIM, location=KISHKIYAH, date=D("2022-05-15"),
          fatalities=1, acled=ATTACK),
        E(False, ["ASSAULT", "COERCE"], [12], "القضاء على آخر جيب", ["historical"], mode="seize",
          source=SDF_COALITION, recipient=ISIS_CELLS, location=BAGHOUZ, date=MARCH_2019, acled=CLASH),
        # paragraph 13 (the year's count of assassinations and attacks: an aggregate) and paragraph 14 (a
        # funeral) hold no event
        # ¶15: the SDF's statement on the detainee's «link» to the attack (optional ACCUSE; a back-reference
        # to both the arrest and the attack)
        E(False, ["ACCUSE"], [15], "أثبتت صلته", ["asserted"],
          source=SDF, recipient=DHIBAN_LEADER, date=TODAY),
    ],
)
