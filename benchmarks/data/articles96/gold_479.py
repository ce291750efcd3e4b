"""Gold of article 479: El Fasher, Mellit, Kutum and Tawila (North Darfur), a Sudanese exile news website
published from Kampala, 2024-05-16 (Thu)."""
from actors_places import (
    AID_GROUPS,
    CAMPS_COORD,
    CONVOY_DRIVERS,
    EL_FASHER,
    FASHER_CIVILIANS,
    FASHER_TAWILA_ROAD,
    JOINT_FORCE,
    KUTUM,
    KUTUM_CIVILIANS,
    MELLIT,
    OCHA,
    REMAINING_TRUCKS,
    RSF,
    RSF_CIVIL_ADMIN,
    RSF_COMMANDER,
    RSF_POSITIONS,
    SAF,
    SAF_JOINT,
    SLA,
    TAWILA,
    TAWILA_DISPLACED,
    UN_AU,
    WFP,
)
from common import ABDUCTION, AIR, SHELL, D, E, paras_of

SLUG = "north_darfur_2024_el_fasher_convoys_siege"
TODAY = D("2024-05-16")
YESTERDAY = D("2024-05-15")
ARTICLE = dict(
    id="team96-479", slug=SLUG, published="2024-05-16",
    outlet="Shurfat al-Sudan, a Sudanese exile news website published from Kampala (fictional)",
    paras=paras_of(f"479_{SLUG}.txt"),
    events=[
        # ¶1 (dateline «كمبالا», with the headline 0): three trucks of a WFP convoy seized at Mellit (COERCE,
        # confiscate); the stop that came first is optional
        E(True, ["COERCE"], [0, 1], "استولت", ["asserted", "reported"], mode="confiscate",
          source=RSF, recipient=WFP, location=MELLIT, date=YESTERDAY, attribution=["سائق في القافلة"],
          tpara=1),
        E(False, ["COERCE"], [1], "أوقفت", ["asserted"], mode="restrict",
          source=RSF, location=MELLIT, date=YESTERDAY),
        # ¶2 (verb–subject–object): the El Fasher–Tawila road closed since Tuesday (COERCE, restrict)
        E(True, ["COERCE"], [2], "وأغلقت", ["asserted"], mode="restrict",
          source=RSF, location=FASHER_TAWILA_ROAD, date=D("2024-05-14"), attribution=["شهود"]),
        # the main event, in ¶3 after the convoy and the road (not first in the lead): shells on the main
        # market; the RSF's denial and counter-charge 4 (the other side), the burial 17; the headline 0 → 7
        # (the emergency room's 7 against the Saudi hospital's 12)
        E(True, ["ASSAULT"], [0, 3, 4, 17], "بقذائف مدفعية", ["asserted"], mode="heavy-weapons",
          source=RSF, recipient=FASHER_CIVILIANS, location=EL_FASHER, date=TODAY, fatalities=7,
          attribution=["غرفة طوارئ الفاشر", "مصدر طبي في المستشفى السعودي"], acled=SHELL, tpara=3),
        # ¶4: the RSF's denial (optional REJECT) and its accusation of the army and the Joint Force (ACCUSE)
        E(False, ["REJECT"], [4], "نفت", ["asserted"],
          source=RSF, date=TODAY),
        E(True, ["ACCUSE"], [4], "واتهمت", ["asserted"],
          source=RSF, recipient=SAF_JOINT, date=TODAY),
        # paragraph 5 (families arriving in the Tawila camps: an aggregate) holds no event
        # ¶6: the camps' coordination appeals for safe corridors (REQUEST); its warning of famine is no event
        E(True, ["REQUEST"], [6], "وناشدت", ["asserted"],
          source=CAMPS_COORD, recipient=UN_AU, location=EL_FASHER, date=TODAY),
        # ¶7: a field commander's conditional threat in a video (asserted); the storming is hypothetical
        E(True, ["THREATEN"], [7], "وتوعّد", ["asserted"], mode="violence",
          source=RSF_COMMANDER, recipient=JOINT_FORCE, location=EL_FASHER, date=YESTERDAY),
        E(False, ["ASSAULT"], [7], "اقتحام الفاشر", ["hypothetical"], mode="firearms",
          source=RSF, location=EL_FASHER, date=None),
        # ¶8: a convoy said to have been looted near Kutum (rumoured), denied by the RSF's civil
        # administration
        E(True, ["COERCE"], [8], "نهب", ["rumored", "reported"], mode="confiscate",
          location=KUTUM, date=D("2024-05-15", "day", ("2024-05-14", "2024-05-16")),
          attribution=["حسابات على مواقع التواصل الاجتماعي"]),
        E(False, ["REJECT"], [8], "نفت", ["asserted"],
          source=RSF_CIVIL_ADMIN, date=TODAY),
        # ¶9: a new convoy due from the Tina crossing on Sunday (planned AID)
        E(True, ["AID"], [9], "قافلة جديدة", ["planned"], mode="humanitarian",
          source=WFP, recipient=TAWILA_DISPLACED, location=TAWILA, date=D("2024-05-19"),
          attribution=["مصدر في برنامج الأغذية العالمي"]),
        # ¶10: the five remaining trucks not let through (core, negated)
        E(True, ["RETREAT"], [10], "تسمح", ["negated"], mode="access",
          source=RSF, recipient=REMAINING_TRUCKS, location=MELLIT, date=TODAY),
        # background at another place, in «وكان … قد»: an army drone on Kutum's cattle market on 23 April (5)
        E(True, ["ASSAULT"], [11], "قصفت", ["historical", "asserted"], mode="aerial",
          source=SAF, recipient=KUTUM_CIVILIANS, location=KUTUM, date=D("2024-04-23"), fatalities=5,
          acled=AIR),
        # paragraph 12 (life in the besieged city: a standing situation) holds no event
        # ¶13: army air strikes east of El Fasher (ASSAULT)
        E(True, ["ASSAULT"], [13], "غارات", ["asserted", "reported"], mode="aerial",
          source=SAF, recipient=RSF_POSITIONS, location=EL_FASHER, date=TODAY, attribution=["مصدر عسكري"],
          acled=AIR),
        # ¶14: aid agencies meet the SLM/A in Tawila (CONSULT)
        E(True, ["CONSULT"], [14], "والتقى", ["asserted"],
          source=AID_GROUPS, recipient=SLA, location=TAWILA, date=TODAY),
        # ¶15: two drivers detained in Mellit (a non-state group's detention: Abduction in ACLED)
        E(True, ["COERCE"], [15], "واعتقلت", ["asserted", "reported"], mode="arrest",
          source=RSF, recipient=CONVOY_DRIVERS, location=MELLIT,
          date=D("2024-05-16", "day", ("2024-05-15", "2024-05-16")), attribution=["زملائهما"],
          acled=ABDUCTION),
        # ¶16: OCHA's warning (no event) and its call on the RSF (REQUEST); the siege itself is optional
        E(True, ["REQUEST"], [16], "ودعا", ["asserted"],
          source=OCHA, recipient=RSF, location=EL_FASHER, date=TODAY),
        E(False, ["COERCE"], [16], "حصار الفاشر", ["asserted", "generic"], mode="restrict",
          source=RSF, location=EL_FASHER, date=None),
        # ¶17, the burial, is a paragraph of the main event
    ],
)
