"""Gold of article 355: Jabal al-Zawiya in southern Idlib (al-Bara, Fleifel and Sfuhun, Kafr Nabl and Hazarin,
Kafr Lusin, Jisr al-Shughur; Syria), a Syrian opposition news agency, 2022-11-14 (Mon). The lead is a Turkish
convoy; the main event, the regime's rockets on a house in al-Bara, is first told in ¶4, after the factions'
shelling of the night before and a description of the mountain."""
from actors_places import (
    ASSAD_FORCES,
    BARA,
    BARA_DISPLACED,
    BARA_FAMILIES,
    BARA_KANSAFRA,
    BARA_SURROUNDINGS,
    BARA_VICTIMS,
    BARA_YOUTHS,
    FATH_MUBIN,
    FLEIFEL,
    HTS,
    IDLIB_ACTIVISTS,
    IDLIB_PROTESTS,
    INTL_PARTIES,
    JABAL_ZAWIYA,
    JISR,
    KAFR_LUSIN_CAMPS,
    KAFRNABL_HAZARIN,
    MINISTER_VISIT,
    NUSRA,
    QUARRY_WORKERS,
    RU_AIR,
    RU_RECON,
    SALVATION_MINISTER,
    SRC,
    SY_CIVIL_DEFENCE,
    TURKISH_ARMY,
)
from common import AIR, ARREST, SHELL, D, E, paras_of

SLUG = "al_bara_2022_jabal_al_zawiya_fleifel_jisr_al_shughur"
TODAY = D("2022-11-14")
TODAY_OPEN = D("2022-11-14", "day", ("2022-11-13", "2022-11-14"))
ARTICLE = dict(
    id="team71-355", slug=SLUG, published="2022-11-14",
    outlet="Sanabel al-Shamal, Syrian opposition news agency (fictional)",
    paras=paras_of(f"355_{SLUG}.txt"),
    events=[
        # the lead: a Turkish convoy enters by Kafr Lusin and deploys to points in Jabal al-Zawiya (headline
        # 0)
        E(True, ["MOBILIZE"], [0, 1], "دخل", ["asserted"], mode="troops",
          source=TURKISH_ARMY, location=JABAL_ZAWIYA, date=TODAY, attribution=["مراسل الوكالة"], tpara=1),
        # ¶2: the operations room's shelling of Kafr Nabl and Hazarin «ليل أمس الأحد» (one verb: one event; a
        # «وكانت … قد» about the day before: asserted, historical accepted); the «targeting of homes» it
        # answers is a generic back-reference
        E(True, ["ASSAULT"], [2], "قصفت", ["asserted", "reported", "historical"], mode="heavy-weapons",
          source=FATH_MUBIN, recipient=ASSAD_FORCES, location=KAFRNABL_HAZARIN, date=D("2022-11-13"),
          attribution=["«غرفة عمليات الفتح المبين»"], acled=SHELL),
        E(False, ["ASSAULT"], [2], "استهداف", ["generic", "reported"], mode="heavy-weapons",
          source=ASSAD_FORCES, location=JABAL_ZAWIYA, date=None),
        # ¶3 (the mountain described, its habits) holds no event MAIN EVENT, first told in ¶4: the regime
        # forces' rockets on a house in al-Bara «عصر اليوم» (headline 0, the agency 4, SANA's version 8, the
        # civil defence 11) → 3 (one figure throughout)
        E(True, ["ASSAULT"], [0, 4, 8, 11], "قذائف صاروخية", ["asserted", "reported"], mode="heavy-weapons",
          source=ASSAD_FORCES, recipient=BARA_VICTIMS, location=BARA, date=TODAY, fatalities=3,
          attribution=["مراسل الوكالة", "أحد أقارب الضحايا", "وكالة «سانا»", "الدفاع المدني السوري"],
          acled=SHELL, tpara=4),
        # ¶5: the shelling of Fleifel, Sfuhun and al-Fatira (one verb, one event; no casualties), with a
        # farmer's account in ¶6
        E(True, ["ASSAULT"], [5, 6], "القصف المدفعي", ["asserted"], mode="heavy-weapons",
          source=ASSAD_FORCES, location=FLEIFEL, date=TODAY, attribution=["ناشطون", "مزارع من فليفل"],
          acled=SHELL),
        E(False, ["RETREAT"], [6], "وفرّ", ["reported"], mode="withdraw",
          location=FLEIFEL, date=TODAY),
        # ¶7: families driven out of al-Bara and Kansafra (displacement, optional RETREAT) and the Response
        # Coordinators' demand (REQUEST)
        E(False, ["RETREAT"], [7], "النزوح", ["asserted"], mode="withdraw",
          source=BARA_FAMILIES, location=BARA_KANSAFRA, date=TODAY),
        E(True, ["REQUEST"], [7], "طالب", ["asserted"],
          source=SRC, recipient=INTL_PARTIES, date=TODAY_OPEN),
        # ¶8: SANA's version belongs to the main event; the «dens destroyed» it claims is optional
        E(False, ["ASSAULT"], [8], "دمّرت", ["reported"], mode="heavy-weapons",
          source=ASSAD_FORCES, location=JABAL_ZAWIYA, date=TODAY),
        # ¶9: HTS arrests of three young men of al-Bara, told by local sources, neither confirmed nor denied
        # (rumoured); the charge is optional ACCUSE
        E(True, ["COERCE"], [9], "اعتقال", ["rumored", "reported"], mode="arrest",
          source=HTS, recipient=BARA_YOUTHS, location=BARA,
          date=D("2022-11-11", "week", ("2022-11-07", "2022-11-14")), attribution=["مصادر محلية"],
          acled=ARREST),
        E(False, ["ACCUSE"], [9], "بتهمة", ["rumored"],
          source=HTS, recipient=BARA_YOUTHS, date=None),
        # ¶10: the Russian reconciliation centre's accusation (ACCUSE) and threat (THREATEN) against
        # «al-Nusra»
        E(True, ["ACCUSE"], [10], "اتهم", ["asserted"],
          source=RU_RECON, recipient=NUSRA, date=TODAY_OPEN),
        E(True, ["THREATEN"], [10], "متوعداً", ["asserted"], mode="violence",
          source=RU_RECON, recipient=NUSRA, date=TODAY_OPEN),
        # ¶11: the civil defence's account belongs to the main event; the shell that fell near its volunteers
        # is the same actor, place and day (optional: ACLED would fold it into the main event)
        E(False, ["ASSAULT"], [11], "قذيفة أطلقتها", ["asserted"], mode="heavy-weapons",
          source=ASSAD_FORCES, recipient=SY_CIVIL_DEFENCE, date=TODAY, acled=SHELL),
        # ¶12: demonstrations due «يوم الجمعة المقبل» (planned); the activists' call is optional
        E(True, ["PROTEST"], [12], "مظاهرات", ["planned"], mode="demo",
          source=IDLIB_ACTIVISTS, location=IDLIB_PROTESTS, date=D("2022-11-18")),
        E(False, ["REQUEST"], [12], "بدعوة", ["asserted"],
          source=IDLIB_ACTIVISTS, date=None),
        # ¶13: the Turkish points did not return fire (ASSAULT, negated); the ministry's silence is no event
        E(True, ["ASSAULT"], [13], "تردّ", ["negated"], mode="heavy-weapons",
          source=TURKISH_ARMY, location=BARA_SURROUNDINGS, date=TODAY),
        # background at another place: Russian strikes on a stone-cutting yard near Jisr al-Shughur on 23
        # October (core, historical; two workers killed)
        E(True, ["ASSAULT"], [14], "غارات", ["historical", "asserted"], mode="aerial",
          source=RU_AIR, recipient=QUARRY_WORKERS, location=JISR, date=D("2022-10-23"), fatalities=2,
          attribution=["الدفاع المدني"], acled=AIR),
        # ¶15 (observers' reading) and ¶16 (the year's count of violations: an aggregate) hold no event ¶17:
        # the Salvation Government minister's visit to families displaced from al-Bara (CONSULT visit); his
        # pledge of tents and heating is optional AGREE
        E(True, ["CONSULT"], [17], "وزار", ["asserted"], mode="visit",
          source=MINISTER_VISIT, recipient=MINISTER_VISIT, location=KAFR_LUSIN_CAMPS, date=TODAY),
        E(False, ["AGREE", "AID"], [17], "ووعد", ["asserted"],
          source=SALVATION_MINISTER, recipient=BARA_DISPLACED, date=TODAY),
    ],
)
