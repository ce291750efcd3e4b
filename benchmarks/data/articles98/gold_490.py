"""Gold of article 490: Kadugli, Dilling, Habila and al-Abbasiya (South Kordofan, Sudan), a London-based
pan-Arab news website writing from its Cairo bureau, 2025-03-11 (Tue)."""
from actors_places import (
    ABBASIYA,
    AIR_FORCE_SD,
    ARMY_SOURCE,
    CIVIL_SOCIETY,
    DILLING,
    DILLING_TOWN,
    DILLING_VICTIMS,
    HABILA,
    HABILA_DETAINEES,
    HERDERS,
    KADUGLI,
    KADUGLI_CIVILIANS,
    KADUGLI_DETAINEES,
    KADUGLI_RESIDENTS,
    MEDIATORS,
    MILITARY_INTEL,
    NINE_DETAINEES,
    RSF,
    RSF_COMMANDER,
    RSF_NOTABLES,
    RSF_SPLMN_SAF,
    RSF_SPOKESMAN,
    SAF,
    WARRING_SD,
    WFP,
)
from common import AIR, ARREST, CLASH, D, E, paras_of

SLUG = "south_kordofan_2025_kadugli_dilling_habila_mediation"
TODAY = D("2025-03-11")
YESTERDAY = D("2025-03-10")
SINCE_YESTERDAY = D("2025-03-11", "day", ("2025-03-10", "2025-03-11"))
SUNDAY_NIGHT = D("2025-03-09", "day", ("2025-03-09", "2025-03-10"))
ARTICLE = dict(
    id="team98-490", slug=SLUG, published="2025-03-11",
    outlet="Madar al-Khabar, a London-based pan-Arab news website, from its Cairo bureau (fictional)",
    paras=paras_of(f"490_{SLUG}.txt"),
    events=[
        # the main event, first in the lead (dateline: a foreign capital): a drone strike on Kadugli's market,
        # blamed on the RSF by the state health ministry; the ministry's five against the emergency room's
        # nine → 5; the RSF's denial 2 (the other side), the burial 17
        E(True, ["ASSAULT"], [0, 1, 2, 17], "استهدفت طائرة مسيّرة", ["asserted", "reported"], mode="aerial",
          source=RSF, recipient=KADUGLI_CIVILIANS, location=KADUGLI, date=YESTERDAY, fatalities=5,
          attribution=["وزارة الصحة في الولاية", "غرفة طوارئ كادقلي"], acled=AIR, tpara=1),
        # ¶2: the denial and the counter-charge are optional (they retell the main event)
        E(False, ["REJECT"], [2], "نفى", ["asserted"],
          source=RSF_SPOKESMAN, date=SINCE_YESTERDAY),
        E(False, ["ACCUSE"], [2], "متهماً", ["asserted"],
          source=RSF_SPOKESMAN, recipient=SAF, date=SINCE_YESTERDAY),
        # ¶3: three villages west of Dilling taken after a six-hour clash, told only by the two allied forces
        # (one two-sided ASSAULT, reported; «عشرات القتلى» → 12)
        E(True, ["ASSAULT"], [3], "سيطرتهما", ["reported"], mode="firearms",
          source=RSF_SPLMN_SAF, location=DILLING, date=D("2025-03-09"), fatalities=12,
          attribution=["بيان مشترك لقوات الدعم السريع والحركة الشعبية"], acled=CLASH),
        # ¶4 (verb–subject–object): army drone strikes near al-Abbasiya on Sunday night
        E(True, ["ASSAULT"], [4], "وشنّت", ["asserted", "reported"], mode="aerial",
          source=SAF, recipient=RSF, location=ABBASIYA, date=SUNDAY_NIGHT, attribution=["مصدر عسكري"],
          acled=AIR),
        # ¶5, one sentence: thirteen detainees released after a tribal mediation (RETREAT release, with the
        # headline 0), a pledge (AGREE) and the release of nine more due on Thursday (planned RETREAT); the
        # mediation itself and the detention since weeks, in clauses, are optional
        E(True, ["RETREAT"], [0, 5], "أفرجت", ["asserted", "reported"], mode="release",
          source=RSF, recipient=HABILA_DETAINEES, location=HABILA, date=YESTERDAY,
          attribution=["أحد الوسطاء"], tpara=5),
        E(False, ["CONSULT"], [5], "وساطة", ["asserted"], mode="third-party",
          source=MEDIATORS, recipient=RSF, location=HABILA,
          date=D("2025-03-08", "week", ("2025-03-05", "2025-03-10"))),
        E(False, ["ASSAULT", "COERCE"], [5], "تحتجزهم", ["historical", "asserted"], mode="abduct",
          source=RSF, recipient=HABILA_DETAINEES, location=HABILA, date=None),
        E(True, ["AGREE"], [5], "وتعهدت", ["asserted", "reported"],
          source=RSF, recipient=MEDIATORS, location=HABILA, date=YESTERDAY, attribution=["أحد الوسطاء"]),
        E(True, ["RETREAT"], [5], "بالإفراج", ["planned"], mode="release",
          source=RSF, recipient=NINE_DETAINEES, location=HABILA, date=D("2025-03-13")),
        # ¶6: no withdrawal from two villages (core RETREAT, negated); the mediators' earlier demand, in a
        # «كان … قد» clause, is optional
        E(True, ["RETREAT"], [6], "تنسحب", ["negated"], mode="withdraw",
          source=RSF, location=HABILA, date=SINCE_YESTERDAY, attribution=["أحد الوسطاء"]),
        E(False, ["REQUEST"], [6], "طالبوا", ["historical", "asserted"],
          source=MEDIATORS, recipient=RSF, date=None),
        # paragraph 7 (the two towns cut off: a standing situation) holds no event
        # ¶8: a strike on a livestock market told by social-media accounts, denied by the army (rumoured; the
        # denial optional REJECT)
        E(True, ["ASSAULT"], [8], "قصف", ["rumored", "reported"], mode="aerial",
          source=AIR_FORCE_SD, recipient=HERDERS, location=ABBASIYA,
          date=D("2025-03-10", "day", ("2025-03-09", "2025-03-10")),
          attribution=["حسابات على مواقع التواصل"]),
        E(False, ["REJECT"], [8], "نفى", ["asserted"],
          source=ARMY_SOURCE, date=SINCE_YESTERDAY),
        # ¶9: a conditional threat (asserted); the entry into Kadugli it threatens is hypothetical and the
        # call to the residents is optional
        E(True, ["THREATEN"], [9], "وتوعّد", ["asserted"], mode="violence",
          source=RSF_COMMANDER, recipient=SAF, location=KADUGLI, date=SINCE_YESTERDAY),
        E(False, ["ASSAULT"], [9], "دخول كادقلي", ["hypothetical"], mode="firearms",
          source=RSF, location=KADUGLI, date=None),
        E(False, ["REQUEST"], [9], "داعياً", ["asserted"],
          source=RSF_COMMANDER, recipient=KADUGLI_RESIDENTS, date=SINCE_YESTERDAY),
        # ¶10: the civil-society coordination asks both sides for a safe corridor (the famine warning is no
        # event)
        E(True, ["REQUEST"], [10], "وطالبت", ["asserted"],
          source=CIVIL_SOCIETY, recipient=WARRING_SD, date=SINCE_YESTERDAY),
        # ¶11: a WFP convoy reaches Dilling today (AID)
        E(True, ["AID"], [11], "قافلة", ["asserted"], mode="humanitarian",
          source=WFP, location=DILLING, date=TODAY),
        # paragraph 12 (drones in the Kordofan war: a generic statement) holds no event
        # ¶13: the mediators to meet on Thursday in al-Abbasiya (planned CONSULT)
        E(True, ["CONSULT"], [13], "يلتقي", ["planned"], mode="third-party",
          source=MEDIATORS, recipient=RSF_NOTABLES, location=ABBASIYA, date=D("2025-03-13"),
          attribution=["مصدر في الإدارة الأهلية"]),
        # background at another place, in «وكان … قد»: a drone strike on a Dilling fuel station on 16 February
        # (4)
        E(True, ["ASSAULT"], [14], "استهدفت", ["historical", "asserted"], mode="aerial",
          recipient=DILLING_VICTIMS, location=DILLING_TOWN, date=D("2025-02-16"), fatalities=4, acled=AIR),
        # ¶15: seven arrested by military intelligence over the last two days
        E(True, ["COERCE"], [15], "واعتقلت", ["asserted", "reported"], mode="arrest",
          source=MILITARY_INTEL, recipient=KADUGLI_DETAINEES, location=KADUGLI,
          date=D("2025-03-10", "day", ("2025-03-09", "2025-03-11")), attribution=["ذوو بعضهم"], acled=ARREST),
        # paragraph 16 (a trader's words) holds no event; ¶17, the burial, is a paragraph of the main event
    ],
)
