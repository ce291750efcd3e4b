"""Gold of article 509: south Lebanon (Tyre, Kiryat Shmona across the border, Khiam, Bint Jbeil, Marjayoun,
Kfar Kila), a Sidon-based south Lebanon regional news website, 2024-10-17 (Thu)."""
from actors_places import (
    BINT_JBEIL,
    BLUE_LINE,
    DISPLACED_4000,
    FAMILIES_1200,
    HEZBOLLAH,
    HEZBOLLAH_IDF,
    IDF,
    IDF_SOLDIERS,
    IDF_SPOKESMAN,
    IDF_WARPLANE,
    IL_AIR_FORCE,
    IL_SPECIAL_FORCE,
    IL_STRIKE,
    INTL_ORGS,
    ISRAEL,
    ISRAELI_CITIES,
    KFAR_KILA,
    KHIAM,
    KHIAM_FAMILY,
    KIRYAT_SHMONA,
    LB_CARETAKER_PM,
    LEBANON,
    MARJAYOUN,
    TYRE,
    TYRE_DEAD,
    TYRE_FAMILIES,
    TYRE_MUNICIPALITY,
    TYRE_RAMEL,
    TYRE_RESIDENTS,
    TYRE_UNION,
    UNIFIL,
    UNSC,
    WFP,
)
from common import AIR, CLASH, SHELL, D, E, paras_of

SLUG = "tyre_2024_bint_jbeil_khiam_evacuation_strikes"
TODAY = D("2024-10-17")
YESTERDAY = D("2024-10-16")
SINCE_LAST_NIGHT = D("2024-10-17", "day", ("2024-10-16", "2024-10-17"))
ARTICLE = dict(
    id="team102-509", slug=SLUG, published="2024-10-17",
    outlet="Sada al-Zahrani, a Sidon-based south Lebanon regional news website (fictional)",
    paras=paras_of(f"509_{SLUG}.txt"),
    events=[
        # ¶1 (dateline: the town of the event): the Israeli army spokesman's evacuation warning to three Tyre
        # neighbourhoods this morning (core THREATEN; the headline 0 names it, ¶16 recalls it); the order to
        # leave is part of it (optional REQUEST), the families' flight to Sidon an optional RETREAT
        E(True, ["THREATEN"], [0, 1, 16], "إنذاراً", ["asserted"], mode="violence",
          source=IDF_SPOKESMAN, recipient=TYRE_RESIDENTS, location=TYRE, date=TODAY, tpara=1),
        E(False, ["REQUEST"], [1], "طالبهم", ["asserted"],
          source=IDF_SPOKESMAN, recipient=TYRE_RESIDENTS, date=TODAY),
        E(False, ["RETREAT"], [1], "النزوح", ["asserted"], mode="withdraw",
          source=TYRE_FAMILIES, location=TYRE, date=TODAY),
        # the main event, in ¶2 after the warning (not first in the lead): an Israeli air strike on a
        # four-storey building in Tyre «عصر أمس الأربعاء»; five killed per the health ministry, eight per the
        # disaster unit → 5; ¶3 the army's version (a weapons depot), ¶17 the burial of «القتلى الخمسة»
        E(True, ["ASSAULT"], [0, 2, 3, 17], "غارة", ["asserted", "reported"], mode="aerial",
          source=IDF_WARPLANE, recipient=TYRE_DEAD, location=TYRE_RAMEL, date=YESTERDAY, fatalities=5,
          attribution=["وزارة الصحة العامة", "وحدة إدارة الكوارث في اتحاد بلديات قضاء صور"], acled=AIR,
          tpara=2),
        # ¶3: the army's claim that Hezbollah used the building: optional ACCUSE
        E(False, ["ACCUSE"], [3], "زعم", ["asserted"],
          source=IDF, recipient=HEZBOLLAH, date=D("2024-10-16", "day", ("2024-10-16", "2024-10-17"))),
        # ¶4: Hezbollah's rockets on soldiers at Kiryat Shmona since last night, told in its statements
        # (core ASSAULT, reported; Shelling/artillery/missile attack); the interceptions are no event
        E(True, ["ASSAULT"], [4], "استهدفوا", ["reported"], mode="heavy-weapons",
          source=HEZBOLLAH, recipient=IDF_SOLDIERS, location=KIRYAT_SHMONA, date=SINCE_LAST_NIGHT,
          attribution=["بيانات «المقاومة الإسلامية»"], acled=SHELL),
        # ¶5: clashes on the Khiam axis since dawn between Hezbollah fighters and an Israeli force («بين
        # مقاتلي الحزب وقوة إسرائيلية»: two-sided, Armed clash), told by the outlet's correspondent
        E(True, ["ASSAULT"], [5], "اشتباكات", ["asserted", "reported"], mode="firearms",
          source=HEZBOLLAH_IDF, location=KHIAM, date=TODAY,
          attribution=["مراسل «صدى الزهراني» في مرجعيون"], acled=CLASH),
        # ¶6 (verb–subject–object), one sentence, two events: three air strikes on Bint Jbeil and Aynatha (one
        # event) and an artillery shell near Marjayoun's government building without casualties («من دون أن
        # تسفر عن إصابات» does not negate the shell)
        E(True, ["ASSAULT"], [6], "ثلاث غارات", ["asserted"], mode="aerial",
          source=IL_AIR_FORCE, location=BINT_JBEIL, date=TODAY, acled=AIR),
        E(True, ["ASSAULT"], [6], "قذيفة مدفعية", ["asserted"], mode="heavy-weapons",
          location=MARJAYOUN, date=TODAY, acled=SHELL),
        # paragraph 7 (Tyre emptied: a description, a standing situation) holds no event
        # ¶8: UNIFIL has not withdrawn from its positions (core RETREAT, negated; «اليونيفيل» in quotes); the
        # Israeli army's repeated demand is an optional REQUEST
        E(True, ["RETREAT"], [8], "تنسحب", ["negated"], mode="withdraw",
          source=UNIFIL, location=BLUE_LINE, date=TODAY),
        E(False, ["REQUEST"], [8], "مطالبته", ["asserted", "generic"],
          source=IDF, recipient=UNIFIL, date=None),
        # ¶9: an Israeli special force's incursion into Kfar Kila and houses blown up, rumoured on social
        # media and neither confirmed nor denied (core ASSAULT destroy, MOBILIZE also accepted)
        E(True, ["ASSAULT", "MOBILIZE"], [9], "وتفجيرها", ["rumored"], mode="destroy",
          source=IL_SPECIAL_FORCE, location=KFAR_KILA,
          date=D("2024-10-16", "day", ("2024-10-16", "2024-10-17")),
          attribution=["مواقع التواصل"]),
        # ¶10: a WFP convoy due in Tyre «يوم السبت المقبل» (core AID, planned); the union's appeal is optional
        E(True, ["AID"], [10], "قافلة", ["planned"], mode="humanitarian",
          source=WFP, recipient=DISPLACED_4000, location=TYRE, date=D("2024-10-19"),
          attribution=["اتحاد بلديات قضاء صور"]),
        E(False, ["REQUEST"], [10], "ناشد", ["asserted"],
          source=TYRE_UNION, recipient=INTL_ORGS, date=TODAY),
        # paragraph 11 (the war's toll and the displaced: aggregates) holds no event
        # ¶12 (verb–subject–object): Tyre municipality's meals for twelve hundred displaced families yesterday
        # evening (core AID)
        E(True, ["AID"], [12], "ووزّعت", ["asserted"], mode="humanitarian",
          source=TYRE_MUNICIPALITY, recipient=FAMILIES_1200, location=TYRE, date=YESTERDAY),
        # background at another place, in «وكانت … قد»: an Israeli strike on a house in Khiam on 8 August (3)
        E(True, ["ASSAULT"], [13], "دمّرت", ["historical", "asserted"], mode="aerial",
          source=IL_STRIKE, recipient=KHIAM_FAMILY, location=KHIAM, date=D("2024-08-08"), fatalities=3,
          acled=AIR),
        # ¶14, one sentence, two events joined with «و» and a second verb: the caretaker prime minister
        # accuses Israel (core ACCUSE) and asks the Security Council to act (core REQUEST); the renewed
        # commitment to deploy the army after a ceasefire is optional (planned, conditional)
        E(True, ["ACCUSE"], [14], "واتهم", ["asserted"],
          source=LB_CARETAKER_PM, recipient=ISRAEL, date=TODAY),
        E(True, ["REQUEST"], [14], "وطالب", ["asserted"],
          source=LB_CARETAKER_PM, recipient=UNSC, date=TODAY),
        E(False, ["AGREE"], [14], "التزام", ["planned", "hypothetical"],
          source=LEBANON, date=None),
        # paragraph 15 (a displaced woman's words) holds no event
        # ¶16: Hezbollah's conditional threat to widen its fire (core THREATEN, asserted); the fire on other
        # cities is hypothetical (optional)
        E(True, ["THREATEN"], [16], "وتوعّد", ["asserted"], mode="violence",
          source=HEZBOLLAH, recipient=ISRAELI_CITIES, date=TODAY),
        E(False, ["ASSAULT"], [16], "توسيع", ["hypothetical"], mode="heavy-weapons",
          source=HEZBOLLAH, date=None),
        # ¶17, the burial (and the wounded taken away «من قبل فرق الدفاع المدني»), is a paragraph of the main
        # event
    ],
)
