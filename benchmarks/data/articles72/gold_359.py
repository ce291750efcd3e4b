"""Gold of article 359: Qataba, al-Fakhir, Damt, Murais and al-Husha (al-Dhale, Yemen), a southern Yemeni
local news site, 2020-02-17 (Mon)."""
from actors_places import (
    DAMT,
    DAMT_SHEIKH,
    DAMT_TEACHERS,
    DHALE_CITY,
    EDU_OFFICE,
    FAKHIR,
    HOUTHI_COMMITTEE,
    HOUTHIS,
    HUSHA,
    IBB,
    INVADERS,
    MEDIATION,
    MOTHERS,
    MURAIS,
    MURAIS_DETAINEE,
    QATABA_ABDUCTEES,
    QATABA_CMDR,
    QATABA_DAMT,
    QATABA_MARKET,
    QATABA_VICTIMS,
    SHEPHERDS,
    SOUTH_HOUTHI,
    UNICEF,
    YE_GOVERNMENT,
)
from common import ABDUCTION, AGREEMENT, MINE, SHELL, D, E, paras_of

SLUG = "qataba_2020_fakhir_damt_murais_husha"
YESTERDAY = D("2020-02-16")
TODAY = D("2020-02-17")
SINCE_YESTERDAY = D("2020-02-17", "day", ("2020-02-16", "2020-02-17"))
LAST_WEEK = D("2020-02-12", "week", ("2020-02-10", "2020-02-16"))
ARTICLE = dict(
    id="team72-359", slug=SLUG, published="2020-02-17",
    outlet="Al-Dhale al-Yawm southern Yemeni local news site (fictional)",
    paras=paras_of(f"359_{SLUG}.txt"),
    events=[
        # the lead: a prisoner exchange carried out at al-Fakhir «ظهر أمس الأحد» (COOPERATE, RETREAT
        # accepted): headline 0, lead 1, the freed men's reception 2, the Houthi committee's confirmation 12
        E(True, ["COOPERATE", "RETREAT"], [0, 1, 2, 12], "صفقة لتبادل الأسرى", ["asserted"],
          source=SOUTH_HOUTHI, location=FAKHIR, date=YESTERDAY,
          attribution=["مصدر في «لجنة الأسرى» بالمحافظة"], tpara=1),
        # the tribal mediation of three weeks (CONSULT third-party) and the lists agreed last week (AGREE)
        E(True, ["CONSULT"], [3], "لوساطة", ["asserted"], mode="third-party",
          source=DAMT_SHEIKH, recipient=SOUTH_HOUTHI, location=QATABA_DAMT,
          date=D("2020-02-06", "week", ("2020-01-26", "2020-02-16"))),
        E(True, ["AGREE"], [3], "يتفق", ["asserted", "historical"],
          source=SOUTH_HOUTHI, date=LAST_WEEK, acled=AGREEMENT),
        # the main event, after the exchange: a Houthi shell on Qataba's qat market «مساء أمس»: headline 0, ¶4
        # (the local authority), ¶7 (the hospital), ¶16 (the funeral) → 3
        E(True, ["ASSAULT"], [0, 4, 7, 16], "قذيفة مدفعية", ["asserted"], mode="heavy-weapons",
          source=HOUTHIS, recipient=QATABA_VICTIMS, location=QATABA_MARKET, date=YESTERDAY, fatalities=3,
          attribution=["مصدر في السلطة المحلية بالمديرية", "مدير مستشفى قعطبة الريفي"], acled=SHELL, tpara=4),
        # two teachers abducted at a Houthi checkpoint at Damt «فجر اليوم» (told again in ¶6)
        E(True, ["ASSAULT"], [5, 6], "اختطف", ["asserted", "reported"], mode="abduct",
          source=HOUTHIS, recipient=DAMT_TEACHERS, location=DAMT, date=TODAY, attribution=["أحد أقاربهما"],
          acled=ABDUCTION),
        # the education office condemns the abduction (ACCUSE) and asks UNICEF to press for their release
        # (REQUEST)
        E(True, ["ACCUSE"], [6], "ودان", ["asserted"],
          source=EDU_OFFICE, recipient=HOUTHIS, date=TODAY),
        E(True, ["REQUEST"], [6], "وطالب", ["asserted"],
          source=EDU_OFFICE, recipient=UNICEF, date=TODAY),
        # paragraph 8 (Qataba, its road and its front: description) holds no event
        # the Qataba axis commander's threat of retaliation; his remark that his forces held their fire during
        # the handover is no event
        E(True, ["THREATEN"], [9], "وتوعّد", ["asserted"], mode="violence",
          source=QATABA_CMDR, date=SINCE_YESTERDAY),
        # a rumoured death under torture of an abductee from Murais in a Houthi prison in Ibb (unverified);
        # his abduction a year ago is optional, historical
        E(True, ["ASSAULT"], [10], "التعذيب", ["rumored", "reported"], mode="torture",
          source=HOUTHIS, recipient=MURAIS_DETAINEE, location=IBB, date=None, attribution=["مصادر محلية"]),
        E(False, ["ASSAULT"], [10], "اختطافه", ["historical"], mode="abduct",
          source=HOUTHIS, recipient=MURAIS_DETAINEE, location=MURAIS,
          date=D("2019-02-15", "month", ("2019-01-01", "2019-03-31")), acled=ABDUCTION),
        # four abductees left out of the deal: the Houthis refused (REJECT) and did not release them (core
        # RETREAT, negated); the mediation's demand and their arrest six months ago are optional
        E(True, ["RETREAT"], [11], "الإفراج", ["negated"], mode="release",
          source=HOUTHIS, recipient=QATABA_ABDUCTEES, date=YESTERDAY, attribution=["مصدر في «لجنة الأسرى»"]),
        E(True, ["REJECT"], [11], "رفضت", ["asserted", "reported"],
          source=HOUTHIS, recipient=MEDIATION, date=D("2020-02-16", "week", ("2020-02-10", "2020-02-16")),
          attribution=["مصدر في «لجنة الأسرى»"]),
        E(False, ["REQUEST"], [11], "طالبت", ["historical", "asserted"],
          source=MEDIATION, recipient=HOUTHIS, date=None),
        E(False, ["COERCE", "ASSAULT"], [11], "اعتُقلوا", ["historical", "asserted"], mode="arrest",
          source=HOUTHIS, recipient=QATABA_ABDUCTEES,
          date=D("2019-08-17", "month", ("2019-08-01", "2019-09-15"))),
        # the Houthi prisoners committee's tweet: it confirms the exchange (part of it) and blames the
        # government (ACCUSE); its offer to «empty the prisons» is optional
        E(True, ["ACCUSE"], [12], "متهماً", ["asserted"],
          source=HOUTHI_COMMITTEE, recipient=YE_GOVERNMENT, date=SINCE_YESTERDAY,
          attribution=["تغريدة على «تويتر»"]),
        E(False, ["AGREE"], [12], "ومبدياً", ["asserted"],
          source=HOUTHI_COMMITTEE, date=SINCE_YESTERDAY),
        # the Houthi version: mortar fire on villages of Murais, told only by a Houthi source (reported)
        E(True, ["ASSAULT"], [13], "استهدفت", ["reported"], mode="heavy-weapons",
          source=INVADERS, location=MURAIS, date=YESTERDAY,
          attribution=["مصدر عسكري حوثي", "قناة «المسيرة»"], acled=SHELL),
        # planned: the exchange's second stage «يوم الخميس المقبل» and the mothers' vigil on Wednesday
        E(True, ["COOPERATE", "RETREAT"], [14], "بإطلاق سراح", ["planned"],
          source=SOUTH_HOUTHI, date=D("2020-02-20")),
        E(True, ["PROTEST"], [14], "وقفة احتجاجية", ["planned"], mode="demo",
          source=MOTHERS, location=DHALE_CITY, date=D("2020-02-19")),
        # paragraph 15 (the association's count of civilians held: aggregate) holds no event
        # ¶16: the funeral is part of the shelling
        # background at another place: two shepherds killed by a landmine in al-Husha «الخميس الماضي» (core,
        # historical); the deminers' estimate is no event
        E(True, ["ASSAULT"], [17], "بانفجار لغم أرضي", ["historical", "asserted"], mode="explosives",
          source=HOUTHIS, recipient=SHEPHERDS, location=HUSHA, date=D("2020-02-13"), fatalities=2,
          attribution=["مصدر محلي"], acled=MINE),
    ],
)
