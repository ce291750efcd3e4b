"""Gold of article 133: Qalqilya and Salfit (Azzun, Yasuf, Habla/Kafr Thulth/Jayyus, Kafr Qaddum, Bruqin, Kafr
ad-Dik), a Palestinian news site, 2024-11-21 (Thu)."""
from actors_places import (
                           AZZUN,
                           AZZUN_DETAINEES,
                           AZZUN_KQ,
                           AZZUN_KQ_RESIDENTS,
                           AZZUN_SUSPECTS,
                           AZZUN_TOWN,
                           AZZUN_YOUTHS,
                           BRUQIN,
                           BRUQIN_SHEPHERD,
                           EU_DELEGATION,
                           HABLA_KT_JAYYUS,
                           ICRC,
                           IL_ARMY,
                           IL_DEF_MIN,
                           IL_PRISONS,
                           JAYYUS,
                           KAFR_AD_DIK,
                           KAFR_AD_DIK_VICTIMS,
                           KAFR_QADDUM,
                           KQ_COMMITTEE,
                           PRISONER_FAMILIES,
                           PS_MOFA,
                           QALQILYA,
                           QALQILYA_GOVERNOR,
                           QALQILYA_STRUCTURES,
                           SETTLER_SHOOTER,
                           SETTLERS,
                           SETTLERS_IL_GOV,
                           SHOMRON_HEAD,
                           YASUF,
                           YASUF_DETAINEES,
                           YASUF_FARMERS,
)
from common import ABDUCTION, ARREST, ATTACK, DESTRUCTION, OTHER, PEACEFUL, D, E, paras_of

SLUG = "qalqilya_azzun_yasuf_jayyus_kafr_qaddum_bruqin"
ARTICLE = dict(
    id="team27-133", slug=SLUG, published="2024-11-21", outlet="Bawwabat al-Jidar news site (fictional)",
    paras=paras_of(f"133_{SLUG}.txt"),
    events=[
        # the live fire on young men during the raid on Azzun: headline 0 (three wounded), lead 1, the follow-up 8
        # where the health ministry announces that the critically wounded man died (the toll: 1) and the army gives
        # its version: one event
        E(True, ["ASSAULT"], [0, 1, 8], "بالرصاص الحي", ["asserted", "reported"], mode="firearms",
          source=IL_ARMY, recipient=AZZUN_YOUTHS, location=AZZUN, date=D("2024-11-21"), fatalities=1,
          attribution=["مصادر محلية", "وزارة الصحة الفلسطينية", "جيش الاحتلال"], acled=ATTACK, tpara=1),
        # the raid into Azzun as a COERCE of its own is optional (it is the frame of the shooting and the arrests);
        # the four arrests in the same sentence (the house raids are part of them)
        E(False, ["COERCE"], [1], "اقتحام", ["asserted"], mode="seize",
          source=IL_ARMY, location=AZZUN, date=D("2024-11-21")),
        E(True, ["COERCE"], [1], "اعتقلت", ["asserted", "reported"], mode="arrest",
          source=IL_ARMY, recipient=AZZUN_DETAINEES, location=AZZUN, date=D("2024-11-21"),
          attribution=["مصادر محلية"], acled=ARREST),
        # one sentence, two events in Yasuf: the settlers' attack on olive pickers (headline 0) and the army's
        # detention of three farmers
        E(True, ["ASSAULT"], [0, 2], "هاجم مستعمرون", ["asserted", "reported"], mode="beat",
          source=SETTLERS, recipient=YASUF_FARMERS, location=YASUF, date=D("2024-11-21"),
          attribution=["وفا عن ناشط في البلدة"], acled=ATTACK, tpara=2),
        E(True, ["COERCE"], [2], "تحتجز", ["asserted", "reported"], mode="arrest",
          source=IL_ARMY, recipient=YASUF_DETAINEES, location=YASUF, date=D("2024-11-21"),
          attribution=["وفا عن ناشط في البلدة"], acled=ARREST),
        # demolitions in three villages under one verb: one event
        E(True, ["ASSAULT"], [3], "وهدمت", ["asserted", "reported"], mode="destroy",
          source=IL_ARMY, recipient=QALQILYA_STRUCTURES, location=HABLA_KT_JAYYUS, date=D("2024-11-21"),
          attribution=["مدير مكتب هيئة مقاومة الجدار والاستيطان في المحافظة"], acled=DESTRUCTION),
        # the prisoners' families' vigil in Qalqilya and their demand to the ICRC; the complaint about the prison
        # service's policy is optional (an accusation inside the demand)
        E(True, ["PROTEST"], [4], "وقفة", ["asserted"], mode="demo",
          source=PRISONER_FAMILIES, location=QALQILYA, date=D("2024-11-21"), acled=PEACEFUL),
        E(True, ["REQUEST"], [4], "وطالبوا", ["asserted"],
          source=PRISONER_FAMILIES, recipient=ICRC, location=QALQILYA, date=D("2024-11-21")),
        E(False, ["ACCUSE"], [4], "سياسة التجويع والتنكيل", ["asserted"],
          source=PRISONER_FAMILIES, recipient=IL_PRISONS, location=QALQILYA, date=D("2024-11-21")),
        # the EU delegation's visit to Jayyus with the governor, its head's pledge (AGREE) and the funding it
        # promises for next year (optional, planned)
        E(True, ["CONSULT"], [5], "وزار", ["asserted"], mode="visit",
          source=EU_DELEGATION, recipient=QALQILYA_GOVERNOR, location=JAYYUS, date=D("2024-11-21")),
        E(True, ["AGREE"], [5], "وتعهّد", ["asserted", "reported"],
          source=EU_DELEGATION, recipient=QALQILYA_GOVERNOR, location=JAYYUS, date=D("2024-11-21"),
          attribution=["بيان لمكتب محافظ قلقيلية"]),
        E(False, ["AID"], [5], "بـ«تمويل", ["planned"], mode="economic",
          source=EU_DELEGATION, location=JAYYUS, date=None),
        # the iron gates closed at the entrances of two towns (one closure)
        E(True, ["COERCE"], [6], "وأغلقت", ["asserted"], mode="restrict",
          source=IL_ARMY, recipient=AZZUN_KQ_RESIDENTS, location=AZZUN_KQ, date=D("2024-11-21"), acled=OTHER),
        # the weekly march called for tomorrow after Friday prayers (planned); the call itself is optional; the road
        # «المغلق منذ عام 2003» is the march's cause, no event
        E(True, ["PROTEST"], [7], "المسيرة الأسبوعية", ["planned"], mode="demo",
          source=KQ_COMMITTEE, location=KAFR_QADDUM, date=D("2024-11-22"), acled=PEACEFUL),
        E(False, ["REQUEST"], [7], "ودعت", ["asserted"],
          source=KQ_COMMITTEE, location=KAFR_QADDUM, date=D("2024-11-21")),
        # the army's claim that the young men threw explosive devices (optional: told only by the army)
        E(False, ["ASSAULT"], [8], "ألقوا عبوات متفجرة", ["reported"], mode="explosives",
          source=AZZUN_SUSPECTS, recipient=IL_ARMY, location=AZZUN, date=D("2024-11-21")),
        # the rumoured abduction of a shepherd near Bruqin, denied by the mayor
        E(True, ["ASSAULT"], [9], "اختطاف", ["rumored", "negated", "reported"], mode="abduct",
          source=SETTLERS, recipient=BRUQIN_SHEPHERD, location=BRUQIN, date=D("2024-11-20"),
          attribution=["صفحات محلية على مواقع التواصل الاجتماعي", "رئيس بلدية بروقين"], acled=ABDUCTION),
        # the settler council head's conditional threat (made: reported through army radio), the closure it threatens
        # (hypothetical, optional) and his demand to the defence minister; the stone-throwing is conditional, no event
        E(True, ["THREATEN"], [10], "هدّد", ["asserted", "reported"],
          source=SHOMRON_HEAD, recipient=AZZUN_TOWN, location=AZZUN,
          date=D("2024-11-21", "day", ("2024-11-20", "2024-11-21")), attribution=["إذاعة جيش الاحتلال"]),
        E(False, ["COERCE"], [10], "بـ«إغلاق", ["hypothetical"], mode="restrict",
          source=IL_ARMY, recipient=AZZUN_TOWN, location=AZZUN, date=None),
        E(True, ["REQUEST"], [10], "مطالباً", ["asserted", "reported"],
          source=SHOMRON_HEAD, recipient=IL_DEF_MIN, location=AZZUN,
          date=D("2024-11-21", "day", ("2024-11-20", "2024-11-21")), attribution=["إذاعة جيش الاحتلال"]),
        # paragraph 11 is a generic statement: deliberately NO gold event
        # the foreign ministry's condemnation (the blame in a participle: the same ACCUSE; «زارها الوفد الأوروبي اليوم»
        # is a back-reference); the confiscation of Jayyus land for the wall in 2003 (optional, historical)
        E(True, ["ACCUSE"], [12], "أدانت", ["asserted"],
          source=PS_MOFA, recipient=SETTLERS_IL_GOV, date=D("2024-11-21")),
        E(False, ["COERCE"], [12], "صودر", ["historical"], mode="confiscate",
          location=JAYYUS, date=D("2003-06-15", "year", ("2003-01-01", "2003-12-31"))),
        # background: Monday before a Thursday, a girl killed by a settler's fire near Kafr ad-Dik
        E(True, ["ASSAULT"], [13], "برصاص مستعمر", ["historical", "asserted", "reported"], mode="firearms",
          source=SETTLER_SHOOTER, recipient=KAFR_AD_DIK_VICTIMS, location=KAFR_AD_DIK, date=D("2024-11-18"),
          fatalities=1, attribution=["وزارة الصحة"], acled=ATTACK),
    ],
)
