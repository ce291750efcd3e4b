"""Gold of article 182: al-Rastan and Talbiseh, the northern Homs countryside (the evacuation buses, the heavy-weapons
handover, mortars on Jabourin, an abduction in al-Rastan, the al-Dar al-Kabira meeting), a loyalist news network,
2018-05-06 (Sun)."""
from actors_places import (
    DAR_KABIRA,
    HOMS_OLD,
    JABOURIN,
    JABOURIN_GIRLS,
    NH_AGREE_PARTIES,
    NH_MILITANTS,
    NH_NEGOTIATORS,
    NH_SETTLERS,
    NH_SURRENDERERS,
    NUSRA_HTS,
    RASTAN,
    RASTAN_FAMILIES,
    RASTAN_NOTABLES,
    RASTAN_TALBISEH,
    RECONC_RUS,
    RUSSIA,
    SARC,
    SY_ARMY_NH,
    SY_REGIME,
    TALBISEH,
)
from common import ABDUCTION, AGREEMENT, CLASH, OTHER, SHELL, D, E, merge, paras_of

SLUG = "rastan_talbiseh_buses_heavy_weapons_jabourin"
ARTICLE = dict(
    id="team37-182", slug=SLUG, published="2018-05-06", outlet="al-Assi news network, loyalist (fictional)",
    paras=paras_of(f"182_{SLUG}.txt"),
    events=[
        # the evacuation of those who refuse the settlement, due tomorrow morning (the buses' arrival is its
        # preparation, not a separate event): headline 0, lead 1
        E(True, ["RETREAT"], [0, 1], "لإخراج", ["planned", "reported"], mode="withdraw", tpara=1,
          source=NH_MILITANTS, location=RASTAN_TALBISEH, date=D("2018-05-07"),
          attribution=["مراسل الشبكة في الريف الشمالي لحمص"]),
        # yesterday's handover of heavy weapons in Talbiseh (headline «يسلّمون دفعة جديدة»)
        E(True, ["RETREAT"], [0, 2], "سلّمت", ["asserted", "reported"], mode="disarm", tpara=2,
          source=NH_MILITANTS, recipient=SY_ARMY_NH, location=TALBISEH, date=D("2018-05-05"),
          attribution=["مصدر ميداني"], acled=OTHER),
        # paragraph 3 is a description of the road and the region: deliberately NO gold event
        # two mortar rounds on Jabourin last night (two girls wounded, one died this morning: ¶10) → 1; the army's
        # return fire on the northern edge of Talbiseh
        E(True, ["ASSAULT"], [4, 10], "استهدف", ["asserted", "reported"], mode="heavy-weapons",
          source=NH_MILITANTS, recipient=JABOURIN_GIRLS, location=JABOURIN, date=D("2018-05-05"), fatalities=1,
          attribution=["سانا عن مصدر عسكري", "مصدر طبي في المشفى الوطني بحمص"], acled=SHELL),
        E(True, ["ASSAULT"], [4], "وردّت", ["asserted", "reported"],
          source=SY_ARMY_NH, recipient=NH_MILITANTS, location=TALBISEH, date=D("2018-05-05"),
          attribution=["سانا عن مصدر عسكري"], acled=CLASH),
        # al-Nusra's abduction of three notables at dawn, and the families' appeal to the Russians
        E(True, ["ASSAULT"], [5], "اختطاف", ["reported", "asserted"], mode="abduct",
          source=NUSRA_HTS, recipient=RASTAN_NOTABLES, location=RASTAN, date=D("2018-05-06"),
          attribution=["مصادر أهلية في الرستن"], acled=ABDUCTION),
        E(True, ["REQUEST"], [5], "ناشدت", ["reported", "asserted"],
          source=RASTAN_FAMILIES, recipient=RUSSIA, location=RASTAN, date=D("2018-05-06"),
          attribution=["مصادر أهلية في الرستن"]),
        # yesterday evening's meeting in al-Dar al-Kabira and what was agreed in it
        E(True, ["CONSULT"], [6], "اجتماعاً", ["asserted", "reported"],
          source=RECONC_RUS, recipient=NH_NEGOTIATORS, location=DAR_KABIRA, date=D("2018-05-05"),
          attribution=["مصدر في لجنة المصالحة"]),
        E(True, ["AGREE"], [6], "الاتفاق", ["asserted", "reported"],
          source=NH_AGREE_PARTIES, location=DAR_KABIRA, date=D("2018-05-05"),
          attribution=["مصدر في لجنة المصالحة"], acled=AGREEMENT),
        # the settlements so far: an aggregate over several days (optional)
        E(False, ["AGREE"], [7], "سوّوا", ["generic", "asserted"],
          source=NH_SETTLERS, location=DAR_KABIRA, date=None),
        # HTS's rejection of the agreement and its threat to anyone who hands over weapons
        E(True, ["REJECT"], [8], "رفضها", ["asserted", "reported"],
          source=NUSRA_HTS, recipient=merge(SY_REGIME, RUSSIA),
          date=D("2018-05-06", "day", ("2018-05-05", "2018-05-06")),
          attribution=["بيان تداولته صفحات المسلحين"]),
        E(True, ["THREATEN"], [8], "وتوعّدت", ["asserted", "reported"], mode="violence",
          source=NUSRA_HTS, recipient=NH_SURRENDERERS, location=RASTAN,
          date=D("2018-05-06", "day", ("2018-05-05", "2018-05-06")),
          attribution=["بيان تداولته صفحات المسلحين"]),
        # background (optional, historical): the 2012 takeover, the army's retaking of old Homs in 2014, last summer's
        # de-escalation agreement
        E(False, ["ASSAULT"], [9], "سيطرت", ["historical"],
          source=NH_MILITANTS, location=RASTAN_TALBISEH,
          date=D("2012-06-01", "year", ("2012-01-01", "2012-12-31"))),
        E(False, ["ASSAULT", "COERCE"], [9], "استعادة", ["historical"],
          source=SY_REGIME, location=HOMS_OLD, date=D("2014-05-08", "year", ("2014-01-01", "2014-12-31"))),
        E(False, ["AGREE"], [9], "اتفاق لتخفيف التصعيد", ["historical"],
          source=merge(NH_MILITANTS, RUSSIA), location=RASTAN_TALBISEH,
          date=D("2017-08-01", "month", ("2017-06-21", "2017-09-22")), acled=AGREEMENT),
        # the Red Crescent convoy into Talbiseh at noon
        E(True, ["AID"], [10], "قافلة مساعدات", ["asserted", "reported"], mode="humanitarian",
          source=SARC, location=TALBISEH, date=D("2018-05-06"), attribution=["مراسلنا"]),
    ],
)
