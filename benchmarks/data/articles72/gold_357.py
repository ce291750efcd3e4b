"""Gold of article 357: Thiban, al-Shuhayl, al-Hawayij, al-Busayrah and al-Subha (the eastern Deir ez-Zor
countryside, Syria), a local activist news network, 2019-04-30 (Tue)."""
from actors_places import (
    AKIDAT,
    BUSAYRAH,
    BUSAYRAH_ROAD,
    COALITION,
    DEIR_EZZOR,
    DMC,
    HAWAYIJ,
    HAWAYIJ_DETAINEES,
    HAWAYIJ_NOTABLES,
    IS_REGIME_CELLS,
    OMAR_FIELD,
    ROAD_BLOCKERS,
    SDF,
    SDF_MEDIA,
    SHUHAYL,
    SHUHAYL_COORD,
    SHUHAYL_PROTESTERS,
    STRIKE_TOWNS,
    STRIKERS,
    SUBHA,
    SUBHA_VICTIM,
    THIBAN,
    THIBAN_DETAINEES,
    THIBAN_MOURNERS,
    THIBAN_PROTESTERS,
    TRIBAL_NOTABLES,
    UNKNOWN_GUNMEN,
)
from common import ARREST, ATTACK, EXCESSIVE, PEACEFUL, D, E, paras_of

SLUG = "thiban_2019_shuhayl_hawayij_busayrah_subha"
TODAY = D("2019-04-30")
ARTICLE = dict(
    id="team72-357", slug=SLUG, published="2019-04-30",
    outlet="Difaf al-Furat local activist news network (fictional)",
    paras=paras_of(f"357_{SLUG}.txt"),
    events=[
        # the lead: a demonstration in al-Shuhayl; the placards' demands are optional (the contents are no
        # events)
        E(True, ["PROTEST"], [1], "مظاهرة", ["asserted"], mode="demo",
          source=SHUHAYL_PROTESTERS, location=SHUHAYL, date=TODAY, attribution=["مراسل «ضفاف الفرات»"],
          acled=PEACEFUL),
        E(False, ["REQUEST"], [1], "تطالب", ["asserted"],
          source=SHUHAYL_PROTESTERS, recipient=SDF, location=SHUHAYL, date=TODAY),
        # the general strike in its second day (headline 0, a trader's words 3); the call that started it is
        # its cause, no event; the road block with burning tyres is optional
        E(True, ["PROTEST"], [0, 2, 3], "إضراب عام", ["asserted"], mode="strike",
          source=STRIKERS, location=STRIKE_TOWNS, date=D("2019-04-30", "day", ("2019-04-29", "2019-04-30")),
          attribution=["مراسل «ضفاف الفرات»", "تاجر أقمشة في سوق الشحيل"], acled=PEACEFUL, tpara=2),
        E(False, ["PROTEST"], [2], "قطع", ["asserted"], mode="obstruct",
          source=ROAD_BLOCKERS, location=BUSAYRAH_ROAD, date=TODAY),
        # the main event, after the demonstration and the strike: SDF live fire on protesters in Thiban:
        # headline 0, ¶4 (the correspondent after witnesses: three), ¶6 (the SDF's denial), ¶7 (the hospital:
        # two), ¶8 (SANA: four), ¶15 (the funeral of the two) → 2; the gathering itself is an optional PROTEST
        E(True, ["ASSAULT"], [0, 4, 6, 7, 8, 15], "الرصاص الحي", ["asserted", "reported"], mode="firearms",
          source=SDF, recipient=THIBAN_PROTESTERS, location=THIBAN, date=TODAY, fatalities=2,
          attribution=["مراسل «ضفاف الفرات» نقلاً عن شهود عيان", "مصدر طبي في مشفى البصيرة", "وكالة «سانا»"],
          acled=EXCESSIVE, tpara=4),
        E(False, ["PROTEST"], [4], "تجمعوا", ["asserted"], mode="demo",
          source=THIBAN_PROTESTERS, location=THIBAN, date=TODAY, acled=PEACEFUL),
        # after the dispersal: a curfew on Thiban and a house-raid campaign with eleven arrests
        E(True, ["COERCE"], [5], "حظراً للتجوال", ["asserted"], mode="curfew",
          source=SDF, location=THIBAN, date=TODAY, attribution=["أحد وجهاء البلدة"]),
        E(True, ["COERCE"], [5], "واعتقلت", ["asserted"], mode="arrest",
          source=SDF, recipient=THIBAN_DETAINEES, location=THIBAN, date=TODAY,
          attribution=["أحد وجهاء البلدة"],
          acled=ARREST),
        # the SDF's statement: a denial (REJECT) and a counter-accusation (ACCUSE); the inquiry it announces
        # is no event
        E(True, ["REJECT"], [6], "نفى", ["asserted"],
          source=SDF_MEDIA, date=TODAY, attribution=["بيان «المركز الإعلامي» لـ«قسد»"]),
        E(True, ["ACCUSE"], [6], "متهماً", ["asserted"],
          source=SDF_MEDIA, recipient=IS_REGIME_CELLS, date=TODAY,
          attribution=["بيان «المركز الإعلامي» لـ«قسد»"]),
        # paragraph 9 (the towns, the tribe, the oil fields: description) holds no event
        # the Akidat notables' ultimatum (THREATEN: a 48-hour deadline with a threat to block the tankers'
        # roads, which is itself only hypothetical, optional) and their demand (REQUEST)
        E(True, ["THREATEN"], [10], "وأمهل", ["asserted"], mode="obstruct",
          source=AKIDAT, recipient=SDF, date=TODAY, attribution=["بيان مصوّر لوجهاء من قبيلة العكيدات"]),
        E(False, ["PROTEST"], [10], "قطع الطرق", ["hypothetical"], mode="obstruct",
          source=AKIDAT, date=None),
        E(True, ["REQUEST"], [10], "طالبوا", ["asserted"],
          source=AKIDAT, recipient=SDF, date=TODAY),
        # an SDF column to the al-Omar field, rumoured on Facebook pages; the «security campaign» it would
        # prepare is optional, hypothetical
        E(True, ["MOBILIZE"], [11], "رتل", ["rumored", "reported"], mode="troops",
          source=SDF, location=OMAR_FIELD, date=TODAY, attribution=["صفحات محلية على «فيسبوك»"]),
        E(False, ["COERCE"], [11], "حملة أمنية واسعة", ["hypothetical", "planned"], mode="arrest",
          source=SDF, date=None),
        # planned: a Deir ez-Zor Military Council meeting with the tribes «يوم الخميس المقبل» and a
        # demonstration in al-Busayrah after Friday prayers (the call for it optional)
        E(True, ["CONSULT"], [12], "يلتقي", ["planned"], mode="visit",
          source=DMC, recipient=TRIBAL_NOTABLES, location=BUSAYRAH, date=D("2019-05-02"),
          attribution=["عضو في «مجلس دير الزور المدني»"]),
        E(True, ["PROTEST"], [12], "مظاهرة مركزية", ["planned"], mode="demo",
          source=SHUHAYL_COORD, location=BUSAYRAH, date=D("2019-05-03")),
        E(False, ["REQUEST"], [12], "دعت", ["asserted"],
          source=SHUHAYL_COORD, location=BUSAYRAH, date=TODAY),
        # the young men of al-Hawayij not released (core RETREAT, negated); last week's arrests and the pledge
        # are optional
        E(True, ["RETREAT"], [13], "تُفرج", ["negated"], mode="release",
          source=SDF, recipient=HAWAYIJ_DETAINEES, location=HAWAYIJ, date=TODAY),
        E(False, ["COERCE"], [13], "اعتُقلوا", ["historical", "asserted"], mode="arrest",
          source=SDF, recipient=HAWAYIJ_DETAINEES, location=HAWAYIJ,
          date=D("2019-04-24", "week", ("2019-04-22", "2019-04-28")), acled=ARREST),
        E(False, ["AGREE"], [13], "تعهد", ["historical", "asserted"],
          source=DMC, recipient=HAWAYIJ_NOTABLES, location=HAWAYIJ,
          date=D("2019-04-26", "week", ("2019-04-22", "2019-04-30"))),
        # paragraph 14 (months of protests, grievances, wages: generic) holds no event
        # ¶15: the funeral is part of the shooting; the chants are an optional PROTEST
        E(False, ["PROTEST"], [15], "هتافات", ["asserted"], mode="demo",
          source=THIBAN_MOURNERS, location=THIBAN, date=TODAY, acled=PEACEFUL),
        # background at another place: a civil council member of al-Subha assassinated «مساء الجمعة الماضي»
        # (core, historical); «the fourth in a month» is a tally, no event
        E(True, ["ASSAULT"], [16], "اغتالوا", ["historical", "asserted"], mode="assassinate",
          source=UNKNOWN_GUNMEN, recipient=SUBHA_VICTIM, location=SUBHA, date=D("2019-04-26"), fatalities=1,
          acled=ATTACK),
        # the coalition's call for restraint
        E(True, ["REQUEST"], [17], "ودعا", ["asserted"],
          source=COALITION, location=DEIR_EZZOR, date=TODAY,
          attribution=["تغريدة للمتحدث باسم «التحالف الدولي»"]),
    ],
)
