"""Gold of article 364: a WFP convoy reaching Dilling, RSF shelling of Dilling's main market, a second convoy
looted near al-Dubeibat, a UNICEF convoy kept in El Obeid, the state government's blame and demand, a rumoured
detention of traders near Habila, a third convoy planned for Thursday, an RSF commander's threat, the
governor's meeting and agreement with OCHA in Kadugli, a drone strike near al-Hamadi on 4 February and an MSF
surgical team (South Kordofan, Sudan), a Sudanese daily's news site, 2025-02-17 (Mon). Mostly about aid
convoys: arrived, looted, blocked, planned, and the arrangements for them. No dateline: the lead names «مدينة
الدلنج» in its first sentence; the main event is first told in ¶2, after the convoy; its toll conflicts (the
state health ministry's six, the emergency room's nine → 6)."""
from actors_places import (
    BLOOD_DONORS,
    CONVOY_DRIVERS,
    DILLING,
    DILLING_CIVILIANS,
    DILLING_HOSPITAL,
    DILLING_HOSPITAL_STAFF,
    DILLING_KADUGLI,
    DILLING_MARKET,
    DUBEIBAT,
    EL_OBEID,
    EL_OBEID_ROAD,
    EMERGENCY_ROOM,
    HABILA,
    HABILA_TRADERS,
    HAMADI,
    HAMADI_VICTIMS,
    HUMANITARIAN_WORKERS,
    KADUGLI,
    KADUGLI_CONVOY,
    MSF,
    RSF,
    RSF_COMMANDER,
    RSF_GUNMEN,
    SAF,
    SK_GOV,
    SK_MEETING,
    UNICEF,
    UNSC_AU,
    WFP,
)
from common import ABDUCTION, AIR, ARREST, SHELL, D, E, paras_of

SLUG = "dilling_2025_kadugli_el_obeid_dubeibat_habila"
TODAY = D("2025-02-17")
TODAY_OPEN = D("2025-02-17", "day", ("2025-02-16", "2025-02-17"))
ARTICLE = dict(
    id="team73-364", slug=SLUG, published="2025-02-17",
    outlet="al-Ufuq, Sudanese daily newspaper's news site (fictional)",
    paras=paras_of(f"364_{SLUG}.txt"),
    events=[
        # ¶1: the WFP convoy reaching Dilling «مساء أمس الأحد» (headline 0)
        E(True, ["AID"], [0, 1], "قافلة", ["asserted", "reported"], mode="humanitarian",
          source=WFP, location=DILLING, date=D("2025-02-16"),
          attribution=["مسؤول في مفوضية العون الإنساني بالولاية"], tpara=1),
        # MAIN EVENT, first told in ¶2, after the convoy: RSF artillery on Dilling's main market «صباح اليوم»
        # (headline 0; the health ministry 2: six; the emergency room 4: nine; a vendor 5; the RSF's version
        # 9) → 6. The emergency room's call for donors, the RSF's denial and its blame of the army are
        # optional
        E(True, ["ASSAULT"], [0, 2, 4, 5, 9], "لقصف مدفعي", ["asserted", "reported"], mode="heavy-weapons",
          source=RSF, recipient=DILLING_CIVILIANS, location=DILLING_MARKET, date=TODAY, fatalities=6,
          attribution=["وزارة الصحة بالولاية", "غرفة طوارئ الدلنج", "بائع خضار"], acled=SHELL, tpara=2),
        E(False, ["REQUEST"], [4], "داعيةً", ["asserted"],
          source=EMERGENCY_ROOM, recipient=BLOOD_DONORS, date=TODAY),
        E(False, ["REJECT"], [9], "ونفت", ["asserted"],
          source=RSF, recipient=SK_GOV, date=TODAY_OPEN),
        E(False, ["ACCUSE"], [9], "متهمةً", ["asserted"],
          source=RSF, recipient=SAF, date=TODAY_OPEN),
        # ¶3: three trucks of a second convoy looted near al-Dubeibat «مساء السبت» «من قبل» gunmen in RSF
        # uniforms (COERCE seize, ASSAULT accepted); the drivers taken away and freed the next morning are
        # optional
        E(True, ["COERCE", "ASSAULT"], [3], "نُهبت", ["asserted", "reported"], mode="seize",
          source=RSF_GUNMEN, location=DUBEIBAT, date=D("2025-02-15"),
          attribution=["مسؤول في مفوضية العون الإنساني بالولاية"]),
        E(False, ["ASSAULT"], [3], "واقتيد", ["asserted", "reported"], mode="abduct",
          source=RSF_GUNMEN, recipient=CONVOY_DRIVERS, location=DUBEIBAT, date=D("2025-02-15"),
          acled=ABDUCTION),
        E(False, ["RETREAT"], [3], "يُطلق سراحهم", ["asserted", "reported"], mode="release",
          source=RSF_GUNMEN, recipient=CONVOY_DRIVERS, location=DUBEIBAT, date=D("2025-02-16")),
        # ¶6 (Dilling located) holds no event
        # ¶7: UNICEF's convoy has not moved to Kadugli (AID, negated) since the RSF refused its drivers passes
        # (REJECT, COERCE accepted)
        E(True, ["AID"], [7], "قافلة", ["negated"], mode="humanitarian",
          source=UNICEF, location=KADUGLI_CONVOY, date=None, attribution=["مصدر في المنظمة"]),
        E(True, ["REJECT", "COERCE"], [7], "رفضت", ["asserted", "reported"],
          source=RSF, recipient=UNICEF, location=EL_OBEID_ROAD,
          date=D("2025-02-06", "week", ("2025-02-06", "2025-02-17")), attribution=["مصدر في المنظمة"]),
        # ¶8: the state government's blame of the RSF (ACCUSE) and its demand to the Security Council and the
        # AU (REQUEST)
        E(True, ["ACCUSE"], [8], "وحمّلت", ["asserted", "reported"],
          source=SK_GOV, recipient=RSF, date=TODAY, attribution=["الناطق باسم حكومة الولاية"]),
        E(True, ["REQUEST"], [8], "وطالبت", ["asserted", "reported"],
          source=SK_GOV, recipient=UNSC_AU, date=TODAY, attribution=["الناطق باسم حكومة الولاية"]),
        # ¶10: traders held at an RSF checkpoint near Habila, told by social-media accounts and unconfirmed
        # (rumoured; the seizure of their goods is part of it)
        E(True, ["COERCE"], [10], "احتجاز", ["rumored", "reported"], mode="arrest",
          source=RSF, recipient=HABILA_TRADERS, location=HABILA,
          date=D("2025-02-17", "day", ("2025-02-15", "2025-02-17")),
          attribution=["حسابات على منصات التواصل الاجتماعي"], acled=ARREST),
        # ¶11: a third WFP convoy to leave El Obeid «يوم الخميس المقبل» (planned); the attacks on aid workers
        # it recalls are optional, generic
        E(True, ["AID"], [11], "قافلة ثالثة", ["planned"], mode="humanitarian",
          source=WFP, location=EL_OBEID, date=D("2025-02-20"), attribution=["مكتب البرنامج في السودان"]),
        E(False, ["ASSAULT"], [11], "استهداف العاملين", ["generic"], mode="firearms",
          recipient=HUMANITARIAN_WORKERS, date=None),
        # ¶12: an RSF field commander's threat to enter Dilling and Kadugli (THREATEN); his call to surrender
        # and the entry itself are optional
        E(True, ["THREATEN"], [12], "وهدّد", ["asserted", "reported"], mode="territory",
          source=RSF_COMMANDER, recipient=SAF, location=DILLING_KADUGLI, date=TODAY_OPEN,
          attribution=["مقطع مصور متداول"]),
        E(False, ["REQUEST"], [12], "داعياً", ["asserted"],
          source=RSF_COMMANDER, recipient=SAF, date=TODAY_OPEN),
        E(False, ["ASSAULT"], [12], "دخول الدلنج", ["hypothetical", "planned"], mode="firearms",
          source=RSF, location=DILLING_KADUGLI, date=None),
        # ¶13: the governor meets OCHA's delegation in Kadugli (CONSULT) and both agree on a joint committee
        # for the convoys (AGREE)
        E(True, ["CONSULT"], [13], "والتقى", ["asserted"], mode="visit",
          source=SK_MEETING, recipient=SK_MEETING, location=KADUGLI, date=TODAY),
        E(True, ["AGREE"], [13], "واتفق", ["asserted", "reported"],
          source=SK_MEETING, recipient=SK_MEETING, location=KADUGLI, date=TODAY,
          attribution=["إعلام الولاية"]),
        # ¶14 (prices) and ¶15 (aid workers' reading) hold no event background at another place: a drone
        # strike on a fuel truck near al-Hamadi on Tuesday 4 February (3), no one claimed it
        E(True, ["ASSAULT"], [16], "طائرة مسيّرة", ["historical", "asserted"], mode="aerial",
          recipient=HAMADI_VICTIMS, location=HAMADI, date=D("2025-02-04"), fatalities=3,
          attribution=["أحد أقارب السائق"], acled=AIR),
        # ¶17: MSF's surgical team sent to Dilling's hospital (AID)
        E(True, ["AID"], [17], "وأرسلت", ["asserted", "reported"], mode="humanitarian",
          source=MSF, recipient=DILLING_HOSPITAL_STAFF, location=DILLING_HOSPITAL, date=TODAY,
          attribution=["حساب المنظمة في منصة «إكس»"]),
    ],
)
