"""Gold of article 157: Latakia city and its northern mountains (al-Raml al-Shamali, Ghmam and Kinsabba in Jabal
al-Akrad, Salma and Jabal al-Turkman, Kessab), a loyalist Facebook news network, 2015-11-04 (Wed)."""
from actors_places import (
                           AKRAD_TURKMAN,
                           DAHER_SUSPECTS,
                           GHMAM_KINSABBA,
                           IDLIB_COUNTRYSIDE,
                           KESSAB,
                           KESSAB_45,
                           KESSAB_FAMILIES,
                           KESSAB_RESIDENTS,
                           LAT_CLASH,
                           LAT_GOV_BUILDING,
                           LAT_GOVERNOR,
                           LAT_HOSPITAL,
                           LAT_MILITANT_HQ,
                           LAT_MILITANTS,
                           LAT_NORTH,
                           LAT_NORTH_FRONTS,
                           LAT_SECURITY,
                           LAT_WOUNDED,
                           LATAKIA_RAML,
                           MISSING_FAMILIES,
                           NDF_COMMANDER,
                           RAML_VICTIMS,
                           RUS_AIR,
                           RUS_SY,
                           SALMA_TURKMAN,
                           SARC,
                           SHEIKH_DAHER,
                           SY_AIRFORCE,
                           SY_ARMY_L,
                           SY_ARMY_NDF,
                           SY_GOV_L,
                           TURKEY_L,
                           TURKMAN,
)
from common import AIR, ARREST, CLASH, PEACEFUL, SHELL, D, E, paras_of

SLUG = "latakia_raml_shamali_kinsabba_salma_kessab"
ARTICLE = dict(
    id="team32-157", slug=SLUG, published="2015-11-04", outlet="Nabd al-Ladhiqiya news network (fictional)",
    paras=paras_of(f"157_{SLUG}.txt"),
    events=[
        # the rocket shells on al-Raml al-Shamali and al-Da'tour (one verb, two neighbourhoods: one event): headline 0,
        # lead 1 (three per the police source), SANA's count 2 (two dead, five shells), the doctor's details 7 →
        # the lowest toll, 2
        E(True, ["ASSAULT"], [0, 1, 2, 7], "أطلقتها", ["asserted", "reported"], mode="heavy-weapons",
          source=LAT_MILITANTS, recipient=RAML_VICTIMS, location=LATAKIA_RAML, date=D("2015-11-04"), fatalities=2,
          attribution=["مصدر في قيادة شرطة محافظة اللاذقية", "سانا", "أحد أطباء المشفى الوطني"], acled=SHELL,
          tpara=1),
        # the army/NDF fight with Nusra and the TIP from Ghmam towards Kinsabba (two-sided: all are sources; headline
        # 0): «أكثر من عشرين إرهابياً» → 20; the two hills taken are part of the same fight
        E(True, ["ASSAULT"], [0, 3], "اشتباكات عنيفة", ["asserted", "reported"], mode="firearms",
          source=LAT_CLASH, location=GHMAM_KINSABBA, date=D("2015-11-04"), fatalities=20,
          attribution=["مصدر ميداني"], acled=CLASH, tpara=3),
        # Russian strikes on Salma and Jabal al-Turkman (one event); the «high coordination» with the ground units is
        # an optional COOPERATE
        E(True, ["ASSAULT"], [4], "غارات شنّها", ["asserted", "reported"], mode="aerial",
          source=RUS_AIR, recipient=LAT_MILITANT_HQ, location=SALMA_TURKMAN, date=D("2015-11-04"),
          attribution=["مصدر ميداني"], acled=AIR),
        E(False, ["COOPERATE"], [4], "تنسيق عالٍ", ["asserted", "reported"],
          source=RUS_SY, location=SALMA_TURKMAN, date=D("2015-11-04")),
        # paragraph 5: the city's mood, the displaced, rents: deliberately NO gold event
        # two arrests in al-Sheikh Daher yesterday evening (the continuing investigation is no event)
        E(True, ["COERCE"], [6], "القبض", ["asserted", "reported"], mode="arrest",
          source=LAT_SECURITY, recipient=DAHER_SUSPECTS, location=SHEIKH_DAHER, date=D("2015-11-03"),
          attribution=["مصدر أمني"], acled=ARREST),
        # the governor's hospital visit (host-less visit: the governor is the source) and his blame of Turkey
        E(True, ["CONSULT"], [7], "وتفقّد", ["asserted"], mode="visit",
          source=LAT_GOVERNOR, recipient=LAT_WOUNDED, location=LAT_HOSPITAL, date=D("2015-11-04")),
        E(True, ["ACCUSE"], [7], "وحمّل", ["asserted"],
          source=LAT_GOVERNOR, recipient=TURKEY_L, date=D("2015-11-04")),
        # the opposition pages' claim of a downed Syrian jet, denied by a military source (no shooter named)
        E(True, ["ASSAULT"], [8], "إسقاط طائرة", ["rumored", "negated", "reported"],
          recipient=SY_AIRFORCE, location=TURKMAN, date=D("2015-11-04"),
          attribution=["صفحات «التنسيقيات»", "مصدر عسكري"]),
        # background: the attack on Kessab and Observatory 45 in March 2014, the displacement of its people, and the
        # army's return in June 2014 (all optional, historical)
        E(False, ["ASSAULT"], [9], "هاجمت", ["historical"], mode="firearms",
          source=LAT_MILITANTS, location=KESSAB_45, date=D("2014-03-21", "month", ("2014-03-01", "2014-03-31")),
          acled=CLASH),
        E(False, ["RETREAT"], [9], "تهجير", ["historical"], mode="withdraw",
          recipient=KESSAB_RESIDENTS, location=KESSAB, date=D("2014-03-21", "month", ("2014-03-01", "2014-03-31"))),
        E(False, ["ASSAULT"], [9], "يستعيد الجيش", ["historical"], mode="firearms",
          source=SY_ARMY_L, location=KESSAB, date=D("2014-06-15", "month", ("2014-06-01", "2014-06-30")),
          acled=CLASH),
        # SARC's distribution in Kessab yesterday
        E(True, ["AID"], [10], "وزّعت", ["asserted", "reported"], mode="humanitarian",
          source=SARC, recipient=KESSAB_FAMILIES, location=KESSAB, date=D("2015-11-03"),
          attribution=["لجنة أهلية في كسب"]),
        # the families' vigil and demand to the government; the spring battles in Idlib, in a relative clause, are
        # optional (historical)
        E(True, ["PROTEST"], [11], "وقفة احتجاجية", ["asserted"], mode="demo",
          source=MISSING_FAMILIES, location=LAT_GOV_BUILDING, date=D("2015-11-04"), acled=PEACEFUL),
        E(True, ["REQUEST"], [11], "وطالبوا", ["asserted"],
          source=MISSING_FAMILIES, recipient=SY_GOV_L, location=LAT_GOV_BUILDING, date=D("2015-11-04")),
        E(False, ["ASSAULT"], [11], "معارك ريف إدلب", ["historical"], mode="firearms",
          location=IDLIB_COUNTRYSIDE, date=D("2015-04-15", "month", ("2015-03-01", "2015-05-31")), acled=CLASH),
        # the governor receives the protesters' delegation and promises (AGREE); the place comes from ¶11/the dateline
        E(True, ["CONSULT"], [12], "واستقبل", ["asserted"], mode="visit",
          source=LAT_GOVERNOR, recipient=MISSING_FAMILIES, location=LAT_GOV_BUILDING, date=D("2015-11-04")),
        E(True, ["AGREE"], [12], "ووعدهم", ["asserted", "reported"],
          source=LAT_GOVERNOR, recipient=MISSING_FAMILIES, date=D("2015-11-04"), attribution=["أحد أعضاء الوفد"]),
        # an NDF commander's threat in a video (the day of the recording is not given)
        E(True, ["THREATEN"], [13], "توعّد", ["asserted", "reported"], mode="violence",
          source=NDF_COMMANDER, recipient=LAT_MILITANTS, location=LAT_NORTH,
          date=D("2015-11-04", "day", ("2015-11-03", "2015-11-04")),
          attribution=["تسجيل مصوّر تناقلته صفحات محلية"]),
        # reinforcements over the past days (week) and the «wide operation» they prepare (optional, planned)
        E(True, ["MOBILIZE"], [14], "تعزيزات عسكرية", ["asserted", "reported"], mode="troops",
          source=SY_ARMY_NDF, location=LAT_NORTH_FRONTS, date=D("2015-11-01", "week", ("2015-10-28", "2015-11-04")),
          attribution=["مصدر ميداني"]),
        E(False, ["ASSAULT"], [14], "عملية واسعة", ["planned"], mode="heavy-weapons",
          source=SY_ARMY_NDF, location=AKRAD_TURKMAN, date=None),
        # paragraph 15: tomorrow's funeral and the empty streets: deliberately NO gold event
    ],
)
