"""Gold of article 316: Dhiban, al-Shuhail, al-Busayrah, al-Hawayij, al-Kasrah and al-Mayadin (Deir ez-Zor,
Syria), a local news page of the eastern countryside, 2022-06-14 (Tue). Mostly about arrests, raids,
detentions, forced conscription and releases."""
from actors_places import (
    AANES,
    ASAYISH,
    BORN_2004,
    BUSAYRAH,
    BUSAYRAH_HOSPITAL,
    COALITION,
    COALITION_SDF,
    DEZ_COUNTRYSIDE,
    DEZ_MC,
    DEZ_NOTABLES,
    DHIBAN,
    DHIBAN_PROTESTERS,
    DHIBAN_YOUTHS,
    DRAFT_AGE_YOUTHS,
    DRAFT_EVADERS,
    HAWAYIJ,
    HAWAYIJ_MEN,
    KASRAH,
    KASRAH_MUKHTAR,
    MAYADIN,
    MAYADIN_FIFTH,
    MAYADIN_YOUTHS,
    MIL_SECURITY_MAYADIN,
    REGIME_CELLS,
    SDF,
    SDF_DRAFT_OFFICE,
    SHUHAIL,
    SHUHAIL_BUSAYRAH_HAWAYIJ,
    UNKNOWN,
)
from common import ARREST, ATTACK, PEACEFUL, D, E, paras_of

SLUG = "deir_ez_zor_2022_dhiban_shuhail_busayrah_hawayij_mayadin"
TODAY = D("2022-06-14")
YESTERDAY = D("2022-06-13")
LAST_NIGHT = D("2022-06-13", "day", ("2022-06-13", "2022-06-14"))
ARTICLE = dict(
    id="team64-316", slug=SLUG, published="2022-06-14",
    outlet="Mir'at al-Rif al-Sharqi Deir ez-Zor local news page (fictional)",
    paras=paras_of(f"316_{SLUG}.txt"),
    events=[
        # the two young men shot at the SDF checkpoint at Dhiban's western entrance «صباح اليوم الثلاثاء»:
        # headline 0 and lead 1 (the page's correspondent: two killed), ¶4 (the SDF's statement: «مطلوباً …
        # قُتل» after he «fired on the checkpoint», a retelling with a claim, no new event) and the follow-up 7
        # (the hospital: one body, his cousin in intensive care) → 2 vs 1 vs 1 → 1
        E(True, ["ASSAULT"], [0, 1, 4, 7], "برصاص عناصر حاجز", ["asserted", "reported"], mode="firearms",
          source=SDF, recipient=DHIBAN_YOUTHS, location=DHIBAN, date=TODAY, fatalities=1,
          attribution=["مراسلنا في البلدة", "المركز الإعلامي لـ«قسد»", "مصدر طبي في مشفى البصيرة"],
          acled=ATTACK, tpara=1),
        # the dawn round-up in three towns under one verb (one event; the camp in Hasakah and the conscription
        # they are taken to are its purpose, no event); headline «حملة دهم تقتاد»
        E(True, ["COERCE"], [0, 2], "حملة دهم واعتقال", ["asserted", "reported"], mode="arrest",
          source=SDF, recipient=DRAFT_AGE_YOUTHS, location=SHUHAIL_BUSAYRAH_HAWAYIJ, date=TODAY,
          attribution=["ناشطين من المنطقة"], acled=ARREST, tpara=2),
        # paragraph 3 (Dhiban, its fields and its young men's habits) holds no event
        # the SDF's accusation of «cells linked to the regime» (the incitement is its content)
        E(True, ["ACCUSE"], [4], "متهماً", ["asserted"],
          source=SDF, recipient=REGIME_CELLS, location=DHIBAN, date=TODAY),
        # eleven of the detainees released after the notables' meeting with the Military Council (the
        # meeting optional CONSULT); the pledge to hand them over within two weeks is the release's
        # condition, no event
        E(True, ["RETREAT"], [5], "أطلقت «قسد» سراح", ["asserted", "reported"], mode="release",
          source=SDF, recipient=DRAFT_AGE_YOUTHS, location=BUSAYRAH, date=TODAY,
          attribution=["أحد الوجهاء المشاركين"]),
        E(False, ["CONSULT"], [5], "اجتماع", ["asserted"], source=DEZ_NOTABLES, recipient=DEZ_MC,
          location=BUSAYRAH, date=TODAY),
        # a curfew on Dhiban from this evening: rumoured on Facebook pages, denied by an Asayish official
        E(True, ["COERCE"], [6], "فرض حظر للتجوال", ["rumored", "negated"], mode="curfew",
          source=ASAYISH, location=DHIBAN, date=TODAY,
          attribution=["صفحات محلية على «فيسبوك»", "مسؤولاً في «الأسايش»"]),
        # the SDF members who came to the hospital and took the two young men's phones and ID cards
        E(True, ["COERCE"], [7], "وصادروا", ["asserted", "reported"], mode="confiscate",
          source=SDF, recipient=DHIBAN_YOUTHS, location=BUSAYRAH_HOSPITAL, date=TODAY,
          attribution=["مصدر طبي في مشفى البصيرة"]),
        # one sentence, two events: the march to the checkpoint with burning tyres (PROTEST) and its demand to
        # the SDF (REQUEST; accountability and an end to the round-ups are content)
        E(True, ["PROTEST"], [8], "مظاهرة", ["asserted"], mode="demo",
          source=DHIBAN_PROTESTERS, location=DHIBAN, date=TODAY, acled=PEACEFUL),
        E(True, ["REQUEST"], [8], "مطالبين", ["asserted"],
          source=DHIBAN_PROTESTERS, recipient=SDF, location=DHIBAN, date=TODAY),
        # the conscription office's vow to hunt and detain draft evaders, with a ten-day deadline (THREATEN,
        # made); the referral and the seizure of their vehicles it foresees optional, hypothetical
        E(True, ["THREATEN"], [9], "توعّد", ["asserted"], mode="arrest",
          source=SDF_DRAFT_OFFICE, recipient=DRAFT_EVADERS, location=DEZ_COUNTRYSIDE, date=TODAY),
        E(False, ["COERCE"], [9], "وستُحجز", ["hypothetical"], mode="confiscate",
          source=SDF_DRAFT_OFFICE, recipient=DRAFT_EVADERS, date=None),
        # the Autonomous Administration's decision to draft men born in 2004 from early July (planned; the
        # exemptions are a condition, no event)
        E(True, ["COERCE"], [10], "بسوق مواليد", ["planned"], mode="restrict",
          source=AANES, recipient=BORN_2004, location=DEZ_COUNTRYSIDE,
          date=D("2022-07-01", "month", ("2022-07-01", "2022-07-31")),
          attribution=["قرار اطّلعت «مرآة الريف الشرقي» على نسخة منه"]),
        # paragraph 11 (the Administration's silence) holds no event
        # background «وكان … قد» of yesterday: the Coalition's airborne raid with SDF members on a house in
        # al-Hawayij and the two men it took (who they are is disputed; «من دون أن يسفر … عن أي اشتباك»
        # negates nothing); the similar raid in al-Shuhail early in May optional, historical
        E(True, ["COERCE"], [12], "عملية إنزال جوي", ["asserted", "historical"], mode="arrest",
          source=COALITION_SDF, recipient=HAWAYIJ_MEN, location=HAWAYIJ, date=YESTERDAY,
          attribution=["بيان لـ«قسد»", "مصادر محلية"], acled=ARREST),
        E(False, ["COERCE"], [12], "إنزال مماثل", ["historical"], mode="arrest",
          source=COALITION, location=SHUHAIL, date=D("2022-05-05", "month", ("2022-05-01", "2022-05-15"))),
        # background at another place: a village mukhtar of al-Kasrah shot dead «مساء السبت الماضي» (core,
        # historical, 1; «لم تتبنّها أي جهة» negates nothing; «الثالثة من نوعها» is a tally)
        E(True, ["ASSAULT"], [13], "قُتل", ["historical", "asserted"], mode="firearms",
          source=UNKNOWN, recipient=KASRAH_MUKHTAR, location=KASRAH, date=D("2022-06-11"), fatalities=1,
          acled=ATTACK),
        # across the river, one sentence, two events: the Military Security raid and arrest of four settled
        # young men in al-Mayadin «ليل أمس» (the service they are taken to is the purpose) and a fifth
        # released for a bribe (passive «أُفرج»)
        E(True, ["COERCE"], [14], "واعتقلت", ["asserted", "reported"], mode="arrest",
          source=MIL_SECURITY_MAYADIN, recipient=MAYADIN_YOUTHS, location=MAYADIN, date=LAST_NIGHT,
          attribution=["مصدر محلي"], acled=ARREST),
        E(True, ["RETREAT"], [14], "أُفرج", ["asserted", "reported"], mode="release",
          source=MIL_SECURITY_MAYADIN, recipient=MAYADIN_FIFTH, location=MAYADIN, date=LAST_NIGHT,
          attribution=["مصدر محلي"]),
        # paragraph 15 (three hundred detained since January: an aggregate) holds no event
        # the Dhiban notables' call on the Coalition (REQUEST; the handover of the shooters is content) and
        # their vague warning (optional THREATEN)
        E(True, ["REQUEST"], [16], "طالب", ["asserted"],
          source=DEZ_NOTABLES, recipient=COALITION, date=TODAY),
        E(False, ["THREATEN"], [16], "محذرين", ["asserted"], mode="violence",
          source=DEZ_NOTABLES, recipient=SDF, date=TODAY),
    ],
)
