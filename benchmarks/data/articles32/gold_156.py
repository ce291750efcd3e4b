"""Gold of article 156: the Quneitra countryside and the Golan line (Jubata al-Khashab, Ufaniya, Madinat al-Baath,
Khan Arnabah, Jaba), an opposition news network, 2014-05-15 (Thu)."""
from actors_places import (
                           ARNABAH_DRIVER,
                           ARNABAH_PAGE,
                           AUSTRIAN_UNDOF,
                           BAATH,
                           BAATH_JABA_ROAD,
                           BARIQA_STUDENTS,
                           DRIVER_FAMILY,
                           FSA_Q,
                           GOLAN,
                           IL_ARMY,
                           JUBATA_COUNCIL,
                           JUBATA_NOTABLES,
                           JUBATA_UFANIYA,
                           JUBATA_VICTIMS,
                           KAZIYA_CHECKPOINT,
                           KHAN_ARNABAH,
                           NORTH_QUNEITRA,
                           Q_KIDNAPPERS,
                           QUNEITRA_CROSSING,
                           QUNEITRA_LINE,
                           REGIME_HELIS,
                           REGIME_POSITIONS_Q,
                           SASA_OFFICERS,
                           SY_REGIME_Q,
                           TAL_AHMAR,
                           UNDOF,
                           UNKNOWN,
)
from common import ABDUCTION, AIR, ARREST, CLASH, SHELL, D, E, paras_of

SLUG = "quneitra_jubata_al_khashab_ufaniya_khan_arnabah_baath"
WEEK_AFTER_MEETING = ("2014-05-10", "2014-05-15")
ARTICLE = dict(
    id="team32-156", slug=SLUG, published="2014-05-15", outlet="Nafidhat al-Jawlan news network (fictional)",
    paras=paras_of(f"156_{SLUG}.txt"),
    events=[
        # the barrel bombs on Jubata al-Khashab and Ufaniya under one verb (one event): headline 0, lead 1, and the
        # medical point's details with the fifth, unexploded barrel in 8 (the same attack told again) → 2 killed
        E(True, ["ASSAULT"], [0, 1, 8], "أربعة براميل متفجرة", ["asserted", "reported"], mode="aerial",
          source=REGIME_HELIS, recipient=JUBATA_VICTIMS, location=JUBATA_UFANIYA, date=D("2014-05-15"), fatalities=2,
          attribution=["مراسل «نافذة الجولان»", "النقطة الطبية في جباتا الخشب"], acled=AIR, tpara=1),
        # the FSA's mortar and rocket reply on Madinat al-Baath and Tal al-Kurum (no toll)
        E(True, ["ASSAULT"], [2], "باستهداف", ["asserted", "reported"], mode="heavy-weapons",
          source=FSA_Q, recipient=REGIME_POSITIONS_Q, location=BAATH, date=D("2014-05-15"),
          attribution=["تنسيقية ريف القنيطرة"], acled=SHELL),
        # a passive arrest with the agent after «من قبل» (headline 0): six students at the Khan Arnabah checkpoint,
        # yesterday morning; their transfer to the Sa'sa' branch is part of it
        E(True, ["COERCE"], [0, 3], "اعتُقل", ["asserted", "reported"], mode="arrest",
          source=KAZIYA_CHECKPOINT, recipient=BARIQA_STUDENTS, location=KHAN_ARNABAH, date=D("2014-05-14"),
          attribution=["مصادر محلية"], acled=ARREST, tpara=3),
        # Israeli artillery on a regime position near Khan Arnabah last evening; the stray mortar round that preceded
        # it has no named source (optional); the army's statement blames the Syrian regime (ACCUSE)
        E(True, ["ASSAULT"], [4], "قصفت المدفعية الإسرائيلية", ["asserted", "reported"], mode="heavy-weapons",
          source=IL_ARMY, recipient=REGIME_POSITIONS_Q, location=KHAN_ARNABAH, date=D("2014-05-14"),
          attribution=["ناشطون", "بيان جيش الاحتلال"], acled=SHELL),
        E(False, ["ASSAULT"], [4], "سقوط قذيفة هاون", ["asserted"], mode="heavy-weapons",
          location=GOLAN, date=D("2014-05-14"), acled=SHELL),
        E(True, ["ACCUSE"], [4], "يحمّل", ["asserted", "reported"],
          source=IL_ARMY, recipient=SY_REGIME_Q, date=D("2014-05-14", "day", ("2014-05-14", "2014-05-15")),
          attribution=["بيان جيش الاحتلال"]),
        # paragraph 5: the displaced, the schools as shelters, power cuts, fuel prices: deliberately NO gold event
        # last Saturday's meeting (explicit date), the officers' conditions (REQUEST: their content is no event), the
        # factions' rejection (some day after the meeting); the notables' counter-proposal (optional AGREE) and a
        # second meeting only «إذا وافق الطرفان» (optional, planned/hypothetical)
        E(True, ["CONSULT"], [6], "اجتماع جمع", ["asserted", "reported"],
          source=JUBATA_NOTABLES, recipient=SASA_OFFICERS, location=BAATH, date=D("2014-05-10"),
          attribution=["مصادر مطلعة على المفاوضات"]),
        E(True, ["REQUEST"], [6], "اشترطوا", ["asserted", "reported"],
          source=SASA_OFFICERS, recipient=FSA_Q, location=BAATH, date=D("2014-05-10"),
          attribution=["مصادر مطلعة على المفاوضات"]),
        E(True, ["REJECT"], [6], "رفضته", ["asserted", "reported"],
          source=FSA_Q, recipient=SASA_OFFICERS, location=JUBATA_UFANIYA,
          date=D("2014-05-12", "week", WEEK_AFTER_MEETING), attribution=["مصادر مطلعة على المفاوضات"]),
        E(False, ["AGREE"], [6], "مقترحاً مضاداً", ["asserted", "reported"],
          source=JUBATA_NOTABLES, recipient=SASA_OFFICERS, date=D("2014-05-12", "week", WEEK_AFTER_MEETING)),
        E(False, ["CONSULT"], [6], "لقاء آخر", ["planned", "hypothetical"],
          source=JUBATA_NOTABLES, recipient=SASA_OFFICERS, date=None),
        # the loyalist pages' rumoured FSA withdrawal from Tal al-Ahmar, denied by a rebel commander; the «focused
        # strikes» said to have caused it belong to the same rumour (optional)
        E(True, ["RETREAT"], [7], "انسحاب", ["rumored", "negated", "reported"], mode="withdraw",
          source=FSA_Q, location=TAL_AHMAR, date=D("2014-05-14", "day", ("2014-05-13", "2014-05-14")),
          attribution=["صفحات موالية للنظام", "قيادي في أحد الألوية العاملة في المنطقة"]),
        E(False, ["ASSAULT"], [7], "ضربات مركزة", ["rumored", "reported"], mode="heavy-weapons",
          source=SY_REGIME_Q, recipient=FSA_Q, location=TAL_AHMAR,
          date=D("2014-05-14", "day", ("2014-05-13", "2014-05-14"))),
        # the local council's statement this evening: blame of the regime and a demand to UNDOF
        E(True, ["ACCUSE"], [8], "وحمّل", ["asserted", "reported"],
          source=JUBATA_COUNCIL, recipient=SY_REGIME_Q, date=D("2014-05-15"),
          attribution=["بيان المجلس المحلي لجباتا الخشب"]),
        E(True, ["REQUEST"], [8], "وطالب", ["asserted", "reported"],
          source=JUBATA_COUNCIL, recipient=UNDOF, date=D("2014-05-15"),
          attribution=["بيان المجلس المحلي لجباتا الخشب"]),
        # a passive abduction with «على يد» on the Baath–Jaba road on Tuesday; the ransom demand and the loyalist
        # page's blame of the FSA are optional; the activists' remark about gangs is a habit, no event
        E(True, ["ASSAULT"], [9], "خُطف", ["asserted", "reported"], mode="abduct",
          source=UNKNOWN, recipient=ARNABAH_DRIVER, location=BAATH_JABA_ROAD, date=D("2014-05-13"),
          attribution=["صفحة «خان أرنبة الحدث»"], acled=ABDUCTION),
        E(False, ["REQUEST"], [9], "وطلبوا فدية", ["asserted", "reported"],
          source=Q_KIDNAPPERS, recipient=DRIVER_FAMILY, date=D("2014-05-14", "day", ("2014-05-13", "2014-05-15"))),
        E(False, ["ACCUSE"], [9], "واتهمت الصفحة", ["asserted"],
          source=ARNABAH_PAGE, recipient=FSA_Q, date=D("2014-05-14", "day", ("2014-05-13", "2014-05-15"))),
        # background: the rebels' takeover of the villages since late 2012 (historical and generic), the fighting
        # near the Quneitra crossing and the Austrian battalion's withdrawal last summer (all optional, historical)
        E(False, ["ASSAULT"], [10], "تنتزع القرى", ["historical", "generic"], mode="firearms",
          source=FSA_Q, location=QUNEITRA_LINE, date=D("2012-11-15", "month", ("2012-10-01", "2012-12-31"))),
        E(False, ["ASSAULT"], [10], "معارك دارت", ["historical"], mode="firearms",
          location=QUNEITRA_CROSSING, date=D("2013-07-15", "month", ("2013-06-01", "2013-08-31")), acled=CLASH),
        E(False, ["RETREAT"], [10], "انسحبت", ["historical"], mode="withdraw",
          source=AUSTRIAN_UNDOF, location=GOLAN, date=D("2013-07-15", "month", ("2013-06-01", "2013-08-31"))),
        # a regime column into Madinat al-Baath at dawn (MOBILIZE); the feared campaign is hypothetical (optional);
        # reconnaissance flights are no event
        E(True, ["MOBILIZE"], [11], "رتلاً", ["asserted", "reported"], mode="troops",
          source=SY_REGIME_Q, location=BAATH, date=D("2014-05-15"), attribution=["مراسل الشبكة"]),
        E(False, ["ASSAULT"], [11], "حملة عسكرية", ["hypothetical"], mode="heavy-weapons",
          source=SY_REGIME_Q, location=NORTH_QUNEITRA, date=None),
    ],
)
