"""Gold of article 326: Raqqa (al-Naim roundabout, al-Mashlab, al-Rumaila), Hazima, al-Mansoura, the al-Karama
road and al-Tabqa (Raqqa, Syria), a Raqqa local news page, 2019-11-26 (Tue). Mostly about kidnappings,
assassinations and bombings, and the disputed claims, accusations and denials around them."""
from actors_places import (
    AID_WORKER,
    ASAYISH,
    ASAYISH_SDF,
    CIVILIANS,
    HAZIMA,
    HAZIMA_CLAN,
    HAZIMA_KILLERS,
    HAZIMA_VICTIM,
    KARAMA_KIDNAPPERS,
    KARAMA_ROAD,
    KARAMA_TEACHERS,
    MANSOURA,
    MASHLAB,
    NAIM,
    NAIM_BOMBERS,
    NAIM_VICTIMS,
    RAQQA_ASAYISH_SPOKESMAN,
    RAQQA_CC,
    RAQQA_CC_HQ,
    RAQQA_CITY,
    RAQQA_ISIS,
    RAQQA_NOTABLES,
    RAQQA_SUSPECTS,
    SDF,
    SDF_COALITION,
    SNA,
    TABQA,
    TABQA_VICTIM,
    TEACHERS_FAMILY,
    TURKISH_INTEL,
)
from common import ABDUCTION, ARREST, ATTACK, CLASH, MINE, D, E, paras_of

SLUG = "raqqa_2019_naim_roundabout_hazima_karama_tabqa"
TODAY = D("2019-11-26")
YESTERDAY = D("2019-11-25")
LAST_NIGHT = D("2019-11-25", "day", ("2019-11-25", "2019-11-26"))
OCT_2017 = D("2017-10-17", "month", ("2017-10-01", "2017-10-31"))
ARTICLE = dict(
    id="team66-326", slug=SLUG, published="2019-11-26",
    outlet="Mir'at al-Raqqa local news page (fictional)",
    paras=paras_of(f"326_{SLUG}.txt"),
    events=[
        # the car bomb by the Asayish checkpoint near al-Naim roundabout «صباح اليوم الثلاثاء»: headline 0
        # («قتلى», no number), lead 1 (the civil council's health committee: five), ¶4 (ISIS's claim, folded
        # into the attack; the Asayish blame a cell from the Turkish-backed areas: a disputed claim, so every
        # claimant is accepted as source), the follow-up 6 (the National Hospital: four bodies; a shopkeeper's
        # account of the parked pickup), ¶9 (the SNA's reminder of the claim, a back-reference) and the
        # evening toll 15 (six) → 5 vs 4 vs 6 → 4
        E(True, ["ASSAULT"], [0, 1, 4, 6, 9, 15], "بانفجار سيارة مفخخة", ["asserted", "reported"],
          mode="explosives", source=NAIM_BOMBERS, recipient=NAIM_VICTIMS, location=NAIM, date=TODAY,
          fatalities=4,
          attribution=["لجنة الصحة في مجلس الرقة المدني", "معرّفات تابعة لتنظيم «داعش»",
                       "طبيب مناوب في مشفى الرقة الوطني", "صاحب محل قريب", "مصدر طبي"],
          acled=MINE, tpara=1),
        # the assassination of a tribal notable in Hazima «ليل أمس» by two gunmen on a motorcycle (headline
        # 0); his son's wound is part of it
        E(True, ["ASSAULT"], [0, 2], "اغتال", ["asserted", "reported"], mode="assassinate",
          source=HAZIMA_KILLERS, recipient=HAZIMA_VICTIM, location=HAZIMA, date=LAST_NIGHT, fatalities=1,
          attribution=["أحد أقارب الضحية"], acled=ATTACK, tpara=2),
        # paragraph 3 (the roundabout's morning crowd, its shops) holds no event
        # the Asayish spokesman's accusation of Turkish intelligence (what the cell did and why is content)
        E(True, ["ACCUSE"], [4], "متهماً", ["asserted", "reported"],
          source=RAQQA_ASAYISH_SPOKESMAN, recipient=TURKISH_INTEL, date=TODAY,
          attribution=["الناطق باسم قوى الأمن الداخلي في الرقة"]),
        # an aid worker's abduction near al-Mansoura: rumoured on Facebook, denied by his office's director (a
        # broken-down car is no event)
        E(True, ["ASSAULT"], [5], "اختطاف", ["rumored", "negated"], mode="abduct",
          recipient=AID_WORKER, location=MANSOURA, date=YESTERDAY,
          attribution=["صفحات محلية على «فيسبوك»", "مدير مكتب المنظمة في المدينة"], acled=ABDUCTION),
        # two teachers abducted on the al-Karama road «عصر أمس الاثنين» (passive «اختُطف»; headline 0); the
        # ransom call is optional (a demand by the kidnappers); «ولم تعلن أي جهة مسؤوليتها» negates nothing
        E(True, ["ASSAULT"], [0, 7], "اختُطف", ["asserted", "reported"], mode="abduct",
          source=KARAMA_KIDNAPPERS, recipient=KARAMA_TEACHERS, location=KARAMA_ROAD, date=YESTERDAY,
          attribution=["شقيق أحدهما"], acled=ABDUCTION, tpara=7),
        E(False, ["REQUEST", "THREATEN"], [7], "يطالبها بفدية", ["reported"],
          source=KARAMA_KIDNAPPERS, recipient=TEACHERS_FAMILY, date=YESTERDAY, attribution=["شقيق أحدهما"]),
        # one sentence, two events: the raids in al-Mashlab and al-Rumaila with eleven arrests (one COERCE;
        # the SDF's backing is part of it) and the ban on motorcycles in the city
        E(True, ["COERCE"], [8], "اعتقلت", ["asserted"], mode="arrest",
          source=ASAYISH_SDF, recipient=RAQQA_SUSPECTS, location=MASHLAB, date=TODAY, acled=ARREST),
        E(True, ["COERCE"], [8], "منعت حركة الدراجات النارية", ["asserted"], mode="ban",
          source=ASAYISH, location=RAQQA_CITY, date=TODAY),
        # the SNA spokesman's denial (optional) and his counter-accusation of the SDF (core); «مذكّراً بأن
        # التنظيم تبنّى العملية» is a back-reference to the car bomb
        E(False, ["REJECT"], [9], "نفى", ["asserted", "reported"],
          source=SNA, recipient=RAQQA_ASAYISH_SPOKESMAN, date=TODAY, attribution=["موقع معارض"]),
        E(True, ["ACCUSE"], [9], "واتهم", ["asserted", "reported"],
          source=SNA, recipient=SDF, date=TODAY, attribution=["موقع معارض"]),
        # the clan's statement: a demand to the SDF and the Asayish (handing over the killers is content) and
        # a threat with a three-day deadline (THREATEN, made; aimed at no one named); the revenge it threatens
        # is hypothetical (optional)
        E(True, ["REQUEST"], [10], "طالبوا", ["asserted"],
          source=HAZIMA_CLAN, recipient=ASAYISH_SDF, date=TODAY),
        E(True, ["THREATEN"], [10], "ملوّحين", ["asserted"], mode="violence",
          source=HAZIMA_CLAN, date=TODAY),
        E(False, ["ASSAULT"], [10], "أخذ الحق باليد", ["hypothetical"], mode="firearms",
          source=HAZIMA_CLAN, date=None),
        # the civil council's enlarged meeting with the tribal sheikhs «يوم الخميس المقبل» (planned; its
        # purpose and the committee to come out of it are no events)
        E(True, ["CONSULT"], [11], "يعقد", ["planned", "reported"], mode="multilateral",
          source=RAQQA_CC, recipient=RAQQA_NOTABLES, location=RAQQA_CC_HQ, date=D("2019-11-28"),
          attribution=["عضو في المجلس"]),
        # background at another place: a Tabqa civil council member killed by a sticky bomb under his car
        # «مساء الخميس الماضي» (core, historical, 1; unclaimed, no perpetrator); the SDF's takeover of Raqqa
        # in October 2017 (optional, historical)
        E(True, ["ASSAULT"], [12], "بانفجار عبوة ناسفة لاصقة", ["historical", "asserted"], mode="explosives",
          recipient=TABQA_VICTIM, location=TABQA, date=D("2019-11-21"), fatalities=1, acled=MINE),
        E(False, ["ASSAULT", "COERCE"], [12], "سيطرت", ["historical"], mode="seize",
          source=SDF_COALITION, recipient=RAQQA_ISIS, location=RAQQA_CITY, date=OCT_2017, acled=CLASH),
        # paragraph 13 (the year's count of assassinations, bombings and kidnappings: an aggregate) holds no
        # event
        # the civil council's condemnation, naming no one, and its call on residents (optional)
        E(True, ["ACCUSE"], [14], "ودان", ["asserted"], source=RAQQA_CC, date=TODAY),
        E(False, ["REQUEST"], [14], "داعياً", ["asserted"],
          source=RAQQA_CC, recipient=CIVILIANS, date=TODAY),
        # ¶15: the evening toll (six) belongs to the car bomb
    ],
)
