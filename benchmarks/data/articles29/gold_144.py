"""Gold of article 144: the infighting in Eastern Ghouta (Misraba, Saqba, Hamouriyah, Ein Tarma) and the regime's
push in the Marj (Zabdin, Deir al-Asafir), an independent Syrian news site, 2016-05-10 (Tue). No dateline."""
from actors_places import (
    CHECKPOINT_GUNMEN,
    DEIR_ASAFIR,
    DEIR_ASAFIR_VICTIMS,
    EIN_TARMA,
    FACTION_LEADERS,
    FAYLAQ,
    FAYLAQ_NUSRA,
    GHOUTA,
    GHOUTA_ATTENDEE,
    HAMOURIYAH,
    JAI,
    JAI_COMMANDER,
    JAI_FAYLAQ,
    JAI_FIGHTERS,
    MISRABA,
    REGIME,
    REGIME_FAYLAQ,
    SAQBA,
    SAQBA_PROTESTERS,
    SY_AIR_G,
    ZABDIN,
)
from common import AGREEMENT, AIR, ARREST, CLASH, PEACEFUL, D, E, paras_of

SLUG = "eastern_ghouta_misraba_saqba_hamouriyah_zabdin"
ARTICLE = dict(
    id="team29-144", slug=SLUG, published="2016-05-10", outlet="Manarat al-Ghouta news site (fictional)",
    paras=paras_of(f"144_{SLUG}.txt"),
    events=[
        # the Jaysh al-Islam–Faylaq al-Rahman clash at Misraba last night (two-sided): headline 0, lead 1 (the
        # page: 4 killed), Faylaq's «صدّوا الهجوم» 2, and the attendee's «الاشتباكات التي اندلعت في مسرابا بعد
        # ساعات» 6 (it came after the meeting); the checkpoint's capture last week is recalled (optional)
        E(True, ["ASSAULT"], [0, 1, 2, 6], "اشتباكات", ["asserted", "reported"], mode="firearms",
          source=JAI_FAYLAQ, location=MISRABA, date=D("2016-05-09", "day", ("2016-05-09", "2016-05-10")),
          fatalities=4, attribution=["صفحة «مسرابا الحدث» على فيسبوك", "مصدر عسكري في «فيلق الرحمن»",
                                     "أحد الحاضرين"], acled=CLASH, tpara=1),
        E(False, ["ASSAULT", "COERCE"], [1], "سيطر", ["historical"], mode="seize",
          source=FAYLAQ, location=MISRABA, date=D("2016-05-04", "week", ("2016-05-01", "2016-05-07"))),
        # Faylaq's capture of three Jaysh al-Islam fighters (a separate act within the fight); Jaysh al-Islam's
        # accusation and threat this morning
        E(True, ["COERCE", "ASSAULT"], [2], "وأسروا", ["reported", "asserted"], mode="seize",
          source=FAYLAQ, recipient=JAI_FIGHTERS, location=MISRABA,
          date=D("2016-05-09", "day", ("2016-05-09", "2016-05-10")), attribution=["مصدر عسكري في «فيلق الرحمن»"]),
        E(True, ["ACCUSE"], [2], "اتهم", ["asserted"],
          source=JAI, recipient=FAYLAQ_NUSRA, location=GHOUTA, date=D("2016-05-10"),
          attribution=["المكتب الإعلامي لـ«جيش الإسلام»"]),
        E(True, ["THREATEN"], [2], "وتوعّد", ["asserted"], mode="violence",
          source=JAI, location=GHOUTA, date=D("2016-05-10"), attribution=["المكتب الإعلامي لـ«جيش الإسلام»"]),
        # the Saqba sit-in (headline 0) and its demand (headline «يطالب»); shots in the air to disperse it by men of
        # an unidentified checkpoint (no one hurt: no negation); the organisers' pledge to return daily (planned,
        # open-ended: no date)
        E(True, ["PROTEST"], [0, 3], "اعتصاماً", ["asserted"], mode="demo",
          source=SAQBA_PROTESTERS, location=SAQBA, date=D("2016-05-10"), acled=PEACEFUL, tpara=3),
        E(True, ["REQUEST"], [0, 3], "وطالبوا", ["asserted"],
          source=SAQBA_PROTESTERS, recipient=FACTION_LEADERS, location=SAQBA, date=D("2016-05-10"), tpara=3),
        E(True, ["COERCE", "ASSAULT"], [3], "أطلقوا النار في الهواء", ["reported", "asserted"],
          source=CHECKPOINT_GUNMEN, recipient=SAQBA_PROTESTERS, location=SAQBA, date=D("2016-05-10"),
          attribution=["ناشطون"]),
        E(True, ["PROTEST"], [3], "سيعودون", ["planned"], mode="demo",
          source=SAQBA_PROTESTERS, location=SAQBA, date=None),
        # ¶4 describes the two factions' zones and institutions: deliberately NO gold event
        # the regime's advance around Zabdin on Sunday evening after hours of fighting with Faylaq (one battle; the
        # shelling that covered it is part of it), and this morning's air strikes on Deir al-Asafir (1 killed)
        E(True, ["ASSAULT"], [5], "وسيطرت", ["asserted"], mode="firearms",
          source=REGIME_FAYLAQ, location=ZABDIN, date=D("2016-05-08"), acled=CLASH),
        E(True, ["ASSAULT"], [5], "غارات عدة", ["asserted", "reported"], mode="aerial",
          source=SY_AIR_G, recipient=DEIR_ASAFIR_VICTIMS, location=DEIR_ASAFIR, date=D("2016-05-10"), fatalities=1,
          attribution=["مركز الدفاع المدني في البلدة"], acled=AIR),
        # last night's mediated meeting in Hamouriyah and the agreement in principle reached there (undone by the
        # later clash, but reached: asserted); the attendee's blame of both sides is optional
        E(True, ["CONSULT"], [6], "اجتماعاً", ["asserted", "reported"], mode="third-party",
          source=JAI, recipient=FAYLAQ, location=HAMOURIYAH, date=D("2016-05-09"),
          attribution=["مصادر خاصة لـ«منارة الغوطة»"]),
        E(True, ["AGREE"], [6], "الاتفاق مبدئياً", ["asserted", "reported"],
          source=JAI_FAYLAQ, location=HAMOURIYAH, date=D("2016-05-09"),
          attribution=["مصادر خاصة لـ«منارة الغوطة»"], acled=AGREEMENT),
        E(False, ["ACCUSE"], [6], "حمّل الطرفين", ["asserted"],
          source=GHOUTA_ATTENDEE, recipient=JAI_FAYLAQ, date=D("2016-05-09")),
        # the rumoured arrest of a Jaysh al-Islam commander at Ein Tarma, denied by Faylaq
        E(True, ["COERCE"], [7], "اعتقال", ["rumored", "negated"], mode="arrest",
          source=FAYLAQ, recipient=JAI_COMMANDER, location=EIN_TARMA,
          date=D("2016-05-10", "day", ("2016-05-09", "2016-05-10")),
          attribution=["صفحات مقربة من «جيش الإسلام»", "المكتب الإعلامي للفيلق"], acled=ARREST),
        # background: the siege since late 2012 and the August 2013 chemical attack («مئات» → 100), both optional;
        # the «جولات توتر» are generic
        E(False, ["COERCE"], [8], "حصاراً", ["asserted", "historical"], mode="restrict",
          source=REGIME, location=GHOUTA, date=D("2012-11-15", "month", ("2012-10-01", "2012-12-31"))),
        E(False, ["ASSAULT"], [8], "لهجوم بالأسلحة الكيميائية", ["historical"], mode="heavy-weapons",
          location=GHOUTA, date=D("2013-08-15", "month", ("2013-08-01", "2013-08-31")), fatalities=100),
    ],
)
