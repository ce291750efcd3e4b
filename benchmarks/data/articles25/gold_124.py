"""Gold of article 124: Hadramawt (Wadi Daw'an, al-Mukalla, the oil plateau, Seiyun, al-Shihr, al-Abr, al-Qatn), a
Hadrami news site, 2025-08-09 (Sat)."""
from actors_places import (
                           ABR,
                           AQAP,
                           DABBA,
                           DABBA_TERMINAL,
                           DAWAN,
                           DEPUTY_HTA,
                           ELITE,
                           FUWWAH,
                           FUWWAH_VICTIM,
                           HADRAMAWT_AUTHORITY,
                           HADRAMAWT_DEPUTY,
                           HADRAMAWT_POWER,
                           HOUTHIS,
                           HTA,
                           MUKALLA,
                           MUKALLA_PORT,
                           MUKALLA_PROTESTERS,
                           OIL_PLATEAU,
                           QATN,
                           SDRPY,
                           SEIYUN,
                           SHIHR,
                           SHIHR_SUSPECTS,
                           SSF,
                           STC,
                           TANKER_DRIVERS,
                           YE_GOV,
                           YE_SECURITY,
)
from common import AIR, ARREST, CLASH, EXCESSIVE, MINE, OTHER, PEACEFUL, D, E, paras_of

SLUG = "hadramawt_mukalla_dawan_seiyun_oil_plateau"
ARTICLE = dict(
    id="team25-124", slug=SLUG, published="2025-08-09", outlet="Shurfat al-Ahqaf news site (fictional)",
    paras=paras_of(f"124_{SLUG}.txt"),
    events=[
        # the attack on the Hadrami Elite checkpoint in Wadi Daw'an: headline 0, lead 1 (masked gunmen, no group
        # named), the follow-up 8 where the security committee names al-Qaeda (one event, not two) → 2 killed; the
        # attackers' flight in 8 is optional; the burial is no event
        E(True, ["ASSAULT"], [0, 1, 8], "هجوم بالأسلحة الرشاشة", ["asserted", "reported"], mode="firearms",
          source=AQAP, recipient=ELITE, location=DAWAN, date=D("2025-08-08"), fatalities=2,
          attribution=["ضابط في قيادة المنطقة العسكرية الثانية", "اللجنة الأمنية في حضرموت"], acled=CLASH,
          tpara=1),
        # one sentence, two events: the night protest in three neighbourhoods of al-Mukalla under one verb (one
        # PROTEST; headline 0) and the security forces' fire that wounded a young man in Fuwwah
        E(True, ["PROTEST"], [0, 2], "خرج مئات المحتجين", ["asserted"], mode="demo",
          source=MUKALLA_PROTESTERS, location=MUKALLA, date=D("2025-08-08", "day", ("2025-08-08", "2025-08-09")),
          acled=PEACEFUL, tpara=2),
        E(True, ["ASSAULT"], [2], "تفتح قوات الأمن النار", ["asserted", "reported"], mode="firearms",
          source=YE_SECURITY, recipient=FUWWAH_VICTIM, location=FUWWAH,
          date=D("2025-08-08", "day", ("2025-08-08", "2025-08-09")), attribution=["شهود عيان"], acled=EXCESSIVE),
        # the Tribal Alliance deploys gunmen around the oil fields (MOBILIZE) and stops crude tankers (COERCE);
        # the stated aim is no event
        E(True, ["MOBILIZE"], [3], "نشر", ["asserted"], mode="troops",
          source=HTA, location=OIL_PLATEAU, date=D("2025-08-09", "day", ("2025-08-08", "2025-08-09"))),
        E(True, ["COERCE"], [3], "وأوقف عبور", ["asserted"], mode="restrict",
          source=HTA, location=OIL_PLATEAU, date=D("2025-08-09", "day", ("2025-08-08", "2025-08-09")), acled=OTHER),
        # the STC accuses the Alliance; the Alliance rejects the local authority's call (the call itself, told in
        # passing, is an optional REQUEST; «الانسحاب» in the spokesman's words is no event)
        E(True, ["ACCUSE"], [4], "واتهم", ["asserted", "reported"],
          source=STC, recipient=HTA, date=D("2025-08-09"), attribution=["بيان الهيئة التنفيذية للانتقالي"]),
        E(False, ["REQUEST"], [4], "دعوة", ["asserted"],
          source=HADRAMAWT_AUTHORITY, recipient=HTA, date=D("2025-08-09", "day", ("2025-08-08", "2025-08-09"))),
        E(True, ["REJECT"], [4], "رفض الحلف", ["asserted", "reported"],
          source=HTA, recipient=HADRAMAWT_AUTHORITY, date=D("2025-08-09"), attribution=["المتحدث باسم الحلف"]),
        # the deputy governor meets the Alliance's envoys in Seiyun (mediators present); the meeting ends without
        # agreement (negated AGREE)
        E(True, ["CONSULT"], [5], "التقى", ["asserted", "reported"], mode="third-party",
          source=HADRAMAWT_DEPUTY, recipient=HTA, location=SEIYUN, date=D("2025-08-09"),
          attribution=["مصدر حضر اللقاء"]),
        E(True, ["AGREE"], [5], "اتفاق", ["negated"],
          source=DEPUTY_HTA, location=SEIYUN, date=D("2025-08-09")),
        # the Saudi diesel tanker due on Monday (planned AID)
        E(True, ["AID"], [6], "ناقلة", ["planned", "reported"], mode="economic",
          source=SDRPY, recipient=HADRAMAWT_POWER, location=MUKALLA_PORT, date=D("2025-08-11"),
          attribution=["المؤسسة العامة للكهرباء في حضرموت"]),
        # four suspects arrested in al-Shihr (the house surrounded is part of the arrest)
        E(True, ["COERCE"], [7], "أوقفت", ["asserted", "reported"], mode="arrest",
          source=ELITE, recipient=SHIHR_SUSPECTS, location=SHIHR, date=D("2025-08-09"), attribution=["مصدر أمني"],
          acled=ARREST),
        E(False, ["RETREAT"], [8], "فرّوا", ["asserted", "reported"], mode="withdraw",
          source=AQAP, location=DAWAN, date=D("2025-08-08")),
        # the rumoured seizure of a tanker convoy and its drivers near al-Abr, denied by the Alliance
        E(True, ["COERCE", "ASSAULT"], [9], "احتجزوا قافلة", ["rumored", "negated", "reported"], mode="seize",
          source=HTA, recipient=TANKER_DRIVERS, location=ABR, date=D("2025-08-09", "day", ("2025-08-08", "2025-08-09")),
          attribution=["حسابات على منصة إكس", "المتحدث باسم الحلف"]),
        # the Alliance's conditional threat to stop all production (made: asserted); the stoppage is hypothetical
        E(True, ["THREATEN"], [10], "ولوّح", ["asserted"], mode="restrict",
          source=HTA, recipient=YE_GOV, date=D("2025-08-09")),
        E(False, ["COERCE"], [10], "وقف الإنتاج", ["hypothetical"], mode="restrict",
          source=HTA, date=None),
        # paragraph 11 is a generic statement (the «اتهامات» there are a habit): deliberately NO gold event
        # the Houthi drone strike on the al-Dhabba terminal in October 2022, in a clause (optional, historical)
        E(False, ["ASSAULT"], [12], "استهدفت طائرات مسيّرة حوثية", ["historical"], mode="aerial",
          source=HOUTHIS, recipient=DABBA_TERMINAL, location=DABBA,
          date=D("2022-10-21", "month", ("2022-10-01", "2022-10-31")), acled=AIR),
        # background: Wednesday before a Saturday, a roadside bomb killed a Special Security soldier in al-Qatn
        E(True, ["ASSAULT"], [13], "بانفجار عبوة ناسفة", ["historical", "asserted"], mode="explosives",
          recipient=SSF, location=QATN, date=D("2025-08-06"), fatalities=1, acled=MINE),
    ],
)
