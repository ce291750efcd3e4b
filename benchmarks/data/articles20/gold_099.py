"""Gold of article 099: Quneitra (Jubata al-Khashab, Tal al-Ahmar al-Gharbi, Madinat al-Baath, the al-Mantara dam) and
western Daraa (Tasil, Nawa, Jasim, al-Shajara in the Yarmouk Basin, Ain Dhakar), a Golan news site, 2025-04-13
(Sun)."""
from actors_places import (
                           AIN_DHAKAR,
                           AIN_DHAKAR_YOUTHS,
                           BAATH_CITY,
                           GSA_DARAA,
                           GSA_JASIM,
                           IDF_SY,
                           ISRAEL,
                           JASIM,
                           JASIM_DETAINEES,
                           JUBATA,
                           JUBATA_SHEPHERDS,
                           MANTARA,
                           MANTARA_FARMLAND,
                           NAWA,
                           NAWA_PROTESTERS,
                           QUNEITRA_GOV,
                           SHAJARA,
                           SY_MOFA,
                           TAL_AHMAR,
                           TASIL,
                           TASIL_VICTIMS,
                           UN_UNDOF,
                           UNDOF,
                           UNSC,
                           YARMOUK_NOTABLES,
)
from common import AIR, ARREST, ATTACK, CLASH, DESTRUCTION, HQ, PEACEFUL, D, E, paras_of

SLUG = "quneitra_jubata_al_khashab_tasil_nawa_jasim_yarmouk_basin"
ARTICLE = dict(
    id="team20-099", slug=SLUG, published="2025-04-13", outlet="Sada al-Jawlan news site (fictional)",
    paras=paras_of(f"099_{SLUG}.txt"),
    events=[
        # the incursion into Jubata al-Khashab «فجر اليوم الأحد»: incursion, house raids and two arrests by one force
        # in one place and morning = one COERCE; headline 0, lead 1, the notable's quote 2 (the «المرة الرابعة … منذ
        # مطلع الشهر» tally is generic); the pull-back at the end is optional
        E(True, ["COERCE"], [0, 1, 2], "واعتقلت", ["asserted", "reported"], mode="arrest",
          source=IDF_SY, recipient=JUBATA_SHEPHERDS, location=JUBATA, date=D("2025-04-13"),
          attribution=["مراسل «صدى الجولان»", "أحد وجهاء البلدة"], acled=ARREST, tpara=1),
        E(False, ["RETREAT"], [1], "تنسحب", ["asserted"], mode="withdraw",
          source=IDF_SY, location=JUBATA, date=D("2025-04-13")),
        # the drone strike near Tasil (2): headline 0, lead 3, the army's «قضى على مخربَين» 4 (same act in its
        # words), the activists' follow-up 8 (who the two were); the «planning» of attacks the army alleges is
        # optional (hypothetical)
        E(True, ["ASSAULT"], [0, 3, 4, 8], "استهدفت", ["asserted", "reported"], mode="aerial",
          source=IDF_SY, recipient=TASIL_VICTIMS, location=TASIL, date=D("2025-04-13"), fatalities=2,
          attribution=["مصادر طبية في المشفى الوطني بمدينة نوى", "المتحدث باسم جيش الاحتلال", "ناشطون من المدينة"],
          acled=AIR, tpara=3),
        E(False, ["ASSAULT"], [4], "لتنفيذ عمليات", ["hypothetical", "planned"], mode="firearms",
          source=TASIL_VICTIMS, date=None),
        # a new permanent post on Tal al-Ahmar «خلال الأسابيع المقبلة», told by Kan on a military source (planned)
        E(True, ["MOBILIZE"], [4], "سيقيم موقعاً دائماً", ["planned", "reported"], mode="troops",
          source=IDF_SY, location=TAL_AHMAR, date=None,
          attribution=["هيئة البث الإسرائيلية «كان» عن مصدر عسكري"], acled=HQ),
        # Nawa: the vigil (PROTEST) and the call on the UN and UNDOF (recipients in the accusative before the demand)
        E(True, ["PROTEST"], [5], "وقفة احتجاجية", ["asserted"], mode="demo",
          source=NAWA_PROTESTERS, location=NAWA, date=D("2025-04-13"), acled=PEACEFUL),
        E(True, ["REQUEST"], [5], "ودعوا", ["asserted"],
          source=NAWA_PROTESTERS, recipient=UN_UNDOF, location=NAWA, date=D("2025-04-13")),
        # the foreign ministry's condemnation (ACCUSE); its participle demand on the Security Council is optional;
        # the 1974 agreement named is no event
        E(True, ["ACCUSE"], [6], "أدانت", ["asserted"],
          source=SY_MOFA, recipient=ISRAEL, date=D("2025-04-13")),
        E(False, ["REQUEST"], [6], "ومطالِبةً", ["asserted"],
          source=SY_MOFA, recipient=UNSC, date=D("2025-04-13")),
        # the governor meets UNDOF (CONSULT) and demands of «البعثةَ» (REQUEST)
        E(True, ["CONSULT"], [7], "التقى", ["asserted", "reported"], mode="visit",
          source=QUNEITRA_GOV, recipient=UNDOF, location=BAATH_CITY, date=D("2025-04-13"),
          attribution=["معرّفات المحافظة الرسمية"]),
        E(True, ["REQUEST"], [7], "وطالب", ["asserted", "reported"],
          source=QUNEITRA_GOV, recipient=UNDOF, location=BAATH_CITY, date=D("2025-04-13"),
          attribution=["معرّفات المحافظة الرسمية"]),
        # rumoured bulldozing of farmland near the al-Mantara dam (unconfirmed)
        E(True, ["ASSAULT"], [9], "تجريف", ["rumored", "reported"], mode="destroy",
          source=IDF_SY, recipient=MANTARA_FARMLAND, location=MANTARA, date=D("2025-04-13"),
          attribution=["ناشطون على مواقع التواصل الاجتماعي"], acled=DESTRUCTION),
        # ¶10, one sentence: a clash in Jasim told by local accounts and denied (negated), and the arrest of two men
        # the source asserts instead
        E(True, ["ASSAULT"], [10], "اشتباك", ["rumored", "negated", "reported"], mode="firearms",
          source=GSA_JASIM, location=JASIM, date=D("2025-04-12", "day", ("2025-04-12", "2025-04-13")),
          attribution=["حسابات محلية", "مصدر في الأمن العام بدرعا"], acled=CLASH),
        E(True, ["COERCE"], [10], "أوقفت", ["asserted", "reported"], mode="arrest",
          source=GSA_DARAA, recipient=JASIM_DETAINEES, location=JASIM,
          date=D("2025-04-12", "day", ("2025-04-12", "2025-04-13")), attribution=["مصدر في الأمن العام بدرعا"],
          acled=ARREST),
        # paragraph 11 is a generic statement (near-daily incursions, aggregate arrests since late last year): NO event
        # the notables' meeting «يوم الثلاثاء المقبل» (planned); their warning «في حال لم تتحرك الحكومة» optional
        E(True, ["CONSULT"], [12], "سيعقدون اجتماعاً موسعاً", ["planned", "asserted"], mode="multilateral",
          source=YARMOUK_NOTABLES, location=SHAJARA, date=D("2025-04-15")),
        E(False, ["THREATEN"], [12], "محذّرين", ["asserted", "hypothetical"], mode="violence",
          source=YARMOUK_NOTABLES, date=D("2025-04-13")),
        # background «وكان … قد» with a day: three young men wounded by an incursion force's fire «مساء الأربعاء
        # الماضي» (no one killed)
        E(True, ["ASSAULT"], [13], "برصاص قوة إسرائيلية", ["historical", "asserted"], mode="firearms",
          source=IDF_SY, recipient=AIN_DHAKAR_YOUTHS, location=AIN_DHAKAR, date=D("2025-04-09"), acled=ATTACK),
    ],
)
