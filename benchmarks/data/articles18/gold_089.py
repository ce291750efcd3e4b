"""Gold of article 089: the northern West Bank (Tammun, al-Far'a camp, Balata, Huwara, Aqqaba), a Palestinian local
site, 2025-03-05 (Wed)."""
from actors_places import (
                           AQQABA,
                           AQQABA_YOUTHS,
                           BALATA,
                           BALATA_YOUTHS,
                           FARAA,
                           FARAA_GATE,
                           FARAA_RESIDENTS,
                           FARAA_STREETS,
                           FARAA_YOUTHS,
                           HUWARA,
                           HUWARA_DRIVERS,
                           IL_ARMY,
                           IL_DEF_MIN,
                           IL_GOV_ARMY,
                           IL_VEHICLE,
                           INTL_COMMUNITY,
                           NORTH_CAMPS,
                           NORTH_WB,
                           PRCS,
                           SETTLERS,
                           TAMMUN,
                           TAMMUN_YOUTHS,
                           TUBAS,
                           TUBAS_BN,
                           TUBAS_BN_IL,
                           TUBAS_FACTIONS,
                           TUBAS_GOVERNOR,
                           UNRWA,
)
from common import AIR, ARREST, ATTACK, CLASH, DESTRUCTION, MINE, OTHER, D, E, paras_of

SLUG = "tubas_tammun_faraa_camp_balata_nablus"
ARTICLE = dict(
    id="team18-089", slug=SLUG, published="2025-03-05", outlet="Sada al-Aghwar news site (fictional)",
    paras=paras_of(f"089_{SLUG}.txt"),
    events=[
        # the killing of two young men in Tammun: headline 0, lead 1, the follow-up 8 (witnesses: a special unit in a
        # civilian car; the army's claim) → 2; the raid into Tammun as a COERCE is optional (the raid is the frame of
        # the killing)
        E(True, ["ASSAULT"], [0, 1, 8], "برصاص قوات الاحتلال", ["asserted", "reported"], mode="firearms",
          source=IL_ARMY, recipient=TAMMUN_YOUTHS, location=TAMMUN, date=D("2025-03-05"), fatalities=2,
          attribution=["وزارة الصحة الفلسطينية", "شهود عيان", "بيان جيش الاحتلال"], acled=ATTACK, tpara=1),
        E(False, ["COERCE"], [1], "اقتحامها", ["asserted"], mode="seize",
          source=IL_ARMY, location=TAMMUN, date=D("2025-03-05")),
        # one sentence, three events in al-Far'a camp (headline 0: the raid «يتواصل»): the house raids and arrests
        # (one COERCE; houses turned into barracks are part of it), the release of most detainees (carried out:
        # RETREAT), the bulldozing of the main street and the networks (destruction)
        E(True, ["COERCE"], [0, 2], "واعتقلوا", ["asserted"], mode="arrest",
          source=IL_ARMY, recipient=FARAA_YOUTHS, location=FARAA, date=D("2025-03-05"), acled=ARREST, tpara=2),
        E(True, ["RETREAT"], [2], "أُفرج", ["asserted"], mode="release",
          source=IL_ARMY, recipient=FARAA_YOUTHS, location=FARAA, date=D("2025-03-05")),
        E(True, ["ASSAULT"], [2], "جرّفت", ["asserted"], mode="destroy",
          source=IL_ARMY, recipient=FARAA_STREETS, location=FARAA, date=D("2025-03-05"), acled=DESTRUCTION),
        # the Tubas Battalion's IED on an Israeli vehicle (claimed; the army confirms an explosion «من دون أن تُسجَّل
        # إصابات»: no negation); the exchange of fire in the same sentence is optional as a separate ASSAULT
        E(True, ["ASSAULT"], [3], "فجّروا عبوة ناسفة", ["reported", "asserted"], mode="explosives",
          source=TUBAS_BN, recipient=IL_VEHICLE, location=FARAA_GATE, date=D("2025-03-05"),
          attribution=["كتيبة طوباس", "جيش الاحتلال"], acled=MINE),
        E(False, ["ASSAULT"], [3], "واشتبكوا", ["reported"], mode="firearms",
          source=TUBAS_BN_IL, location=FARAA_GATE, date=D("2025-03-05"), acled=CLASH),
        # one sentence, two events in Nablus: the Balata raid with five arrests and the settlers' stoning of cars
        E(True, ["COERCE"], [4], "واعتقلت", ["asserted", "reported"], mode="arrest",
          source=IL_ARMY, recipient=BALATA_YOUTHS, location=BALATA, date=D("2025-03-05"),
          attribution=["مسؤول ملف الاستيطان في شمال الضفة"], acled=ARREST),
        E(True, ["ASSAULT"], [4], "هاجم مستوطنون", ["asserted", "reported"], mode="beat",
          source=SETTLERS, recipient=HUWARA_DRIVERS, location=HUWARA, date=D("2025-03-05"),
          attribution=["مسؤول ملف الاستيطان في شمال الضفة"], acled=ATTACK),
        # the Red Crescent kept from the wounded for over an hour (COERCE restrict); the year's toll is an aggregate
        E(True, ["COERCE"], [5], "منعت", ["asserted", "reported"], mode="restrict",
          source=IL_ARMY, recipient=PRCS, location=TAMMUN, date=D("2025-03-05"),
          attribution=["جمعية الهلال الأحمر الفلسطيني"], acled=OTHER),
        # the governor's condemnation (with the blame in a participle: the same ACCUSE) and his demand
        E(True, ["ACCUSE"], [6], "وأدان", ["asserted"],
          source=TUBAS_GOVERNOR, recipient=IL_GOV_ARMY, date=D("2025-03-05")),
        E(True, ["REQUEST"], [6], "وطالب", ["asserted"],
          source=TUBAS_GOVERNOR, recipient=INTL_COMMUNITY, date=D("2025-03-05")),
        # the commercial strike called for tomorrow (planned); the call itself optional; the funeral is no event
        E(True, ["PROTEST"], [7], "إضراب تجاري شامل", ["planned"], mode="strike",
          source=TUBAS_FACTIONS, location=TUBAS, date=D("2025-03-06")),
        E(False, ["REQUEST"], [7], "ودعت", ["asserted"],
          source=TUBAS_FACTIONS, location=TUBAS, date=D("2025-03-05")),
        # the army's claim that the two were planning an attack (optional, planned in the army's words)
        E(False, ["ASSAULT"], [8], "لتنفيذ هجوم", ["planned", "reported"], mode="firearms",
          source=TAMMUN_YOUTHS, recipient=IL_ARMY, date=None),
        # the rumoured Israeli withdrawal from al-Far'a, denied by the camp's popular committee
        E(True, ["RETREAT"], [9], "انسحاب", ["rumored", "negated", "reported"], mode="withdraw",
          source=IL_ARMY, location=FARAA, date=D("2025-03-05"),
          attribution=["حسابات على مواقع التواصل الاجتماعي", "مصدر في اللجنة الشعبية للمخيم"]),
        # the Israeli minister's conditional threat (made: reported through the broadcaster); the destruction it
        # threatens is hypothetical (optional)
        E(True, ["THREATEN"], [10], "هدّد", ["asserted", "reported"], mode="violence",
          source=IL_DEF_MIN, recipient=NORTH_CAMPS, location=NORTH_WB, date=D("2025-03-05"),
          attribution=["هيئة البث الإسرائيلية كان"]),
        E(False, ["ASSAULT"], [10], "بـ«تحويل مخيمات", ["hypothetical"], mode="destroy",
          source=IL_ARMY, recipient=NORTH_CAMPS, location=NORTH_WB, date=None),
        # paragraph 11 is a generic statement: deliberately NO gold event
        # UNRWA's two trucks into al-Far'a
        E(True, ["AID"], [12], "أدخلت", ["asserted", "reported"], mode="humanitarian",
          source=UNRWA, recipient=FARAA_RESIDENTS, location=FARAA, date=D("2025-03-05"),
          attribution=["مدير خدمات الأونروا في المخيم"]),
        # background: Saturday before a Wednesday, a drone strike in Aqqaba killed three
        E(True, ["ASSAULT"], [13], "قصفت", ["historical", "asserted", "reported"], mode="aerial",
          source=IL_ARMY, recipient=AQQABA_YOUTHS, location=AQQABA, date=D("2025-03-01"), fatalities=3,
          attribution=["وزارة الصحة"], acled=AIR),
    ],
)
