"""Gold of article 219: Tartus, Safita, ad-Duraykish, ash-Shaykh Badr and Baniyas (the Syrian coast) in August 2023,
an independent coastal news site, 2023-08-26 (Sat)."""
from actors_places import (
                           AUTHORITIES,
                           BAATH_TARTUS,
                           BANIYAS,
                           BANIYAS_REFINERY,
                           BANIYAS_YOUTHS,
                           COAST_ACTIVISTS,
                           DREIKISH,
                           MIL_POLICE,
                           MIL_SEC,
                           NDF_SUSPECTS,
                           NDF_TARTUS,
                           POL_SEC,
                           REFINERY_EMPLOYEE,
                           SAFITA,
                           SAFITA_DREIKISH,
                           SAFITA_PROTESTERS,
                           SB_RELATIVES,
                           SB_TARTUS_ROAD,
                           SB_YOUTHS,
                           SHEIKH_BADR,
                           SY_GOV,
                           SY_SECURITY,
                           TARTUS,
                           TARTUS_GOVERNOR,
                           TARTUS_POLICE,
                           TEACHER,
                           TEACHER_FAMILY,
                           THEFT_SUSPECTS,
                           VILLAGE_DELEGATION,
)
from common import ARREST, ATTACK, PEACEFUL, D, E, paras_of

SLUG = "tartus_dreikish_safita_sheikh_badr_baniyas"
ARTICLE = dict(
    id="team44-219", slug=SLUG, published="2023-08-26", outlet="Hams al-Sahel coastal news site (fictional)",
    paras=paras_of(f"219_{SLUG}.txt"),
    events=[
        # the teacher arrested in ad-Duraykish «فجر أمس الجمعة» (headline 0, lead 1); his post is no event
        E(True, ["COERCE"], [0, 1], "اعتقلت", ["asserted", "reported"], mode="arrest",
          source=MIL_SEC, recipient=TEACHER, location=DREIKISH, date=D("2023-08-25"),
          attribution=["أحد أقاربه"], acled=ARREST, tpara=1),
        # the silent vigil in Safita today (headline) and the protesters' demand to the government (the banner's
        # words are its content)
        E(True, ["PROTEST"], [0, 2], "وقفة صامتة", ["asserted"], mode="demo",
          source=SAFITA_PROTESTERS, location=SAFITA, date=D("2023-08-26"), acled=PEACEFUL, tpara=2),
        E(True, ["REQUEST"], [2], "وطالبوا", ["asserted"],
          source=SAFITA_PROTESTERS, recipient=SY_GOV, location=SAFITA, date=D("2023-08-26")),
        # Political Security orders the protesters to disperse (optional); «no arrest» negates nothing
        E(False, ["COERCE", "REQUEST"], [3], "وطلبت من المشاركين التفرّق", ["asserted", "reported"], mode="restrict",
          source=POL_SEC, recipient=SAFITA_PROTESTERS, location=SAFITA, date=D("2023-08-26")),
        # the young man shot dead by NDF men at their checkpoint «مساء الخميس», retold in 9 (1 dead per the local
        # source; a page's report of a second death is denied by a relative → 1)
        E(True, ["ASSAULT"], [4, 9], "برصاص", ["asserted", "reported"], mode="firearms",
          source=NDF_TARTUS, recipient=SB_YOUTHS, location=SHEIKH_BADR, date=D("2023-08-24"), fatalities=1,
          attribution=["مصدر أهلي", "صفحة «أخبار الشيخ بدر»"], acled=ATTACK),
        # the relatives block the road with burning tyres and demand the shooter's trial
        E(True, ["PROTEST"], [5], "وقطع", ["asserted"], mode="obstruct",
          source=SB_RELATIVES, location=SB_TARTUS_ROAD, date=D("2023-08-25")),
        E(True, ["REQUEST"], [5], "مطالبين", ["asserted"],
          source=SB_RELATIVES, location=SB_TARTUS_ROAD, date=D("2023-08-25")),
        # the governor hosts the villagers and pledges accountability; the military police reportedly hold two NDF
        # men (no official word)
        E(True, ["CONSULT"], [6], "واستقبل", ["asserted"], mode="visit",
          source=TARTUS_GOVERNOR, recipient=VILLAGE_DELEGATION, location=TARTUS, date=D("2023-08-25")),
        E(True, ["AGREE"], [6], "وتعهّد", ["asserted", "reported"],
          source=TARTUS_GOVERNOR, recipient=VILLAGE_DELEGATION, location=TARTUS, date=D("2023-08-25"),
          attribution=["صفحة المحافظة على فيسبوك"]),
        E(True, ["COERCE"], [6], "أوقفت", ["reported"], mode="arrest",
          source=MIL_POLICE, recipient=NDF_SUSPECTS, location=TARTUS,
          date=D("2023-08-25", "day", ("2023-08-24", "2023-08-26")), attribution=["مصدر أهلي"], acled=ARREST),
        # ¶7 (living conditions on the coast) is no event
        # the Baath branch secretary's warning and threat at a party meeting in Baniyas
        E(True, ["THREATEN"], [8], "متوعداً", ["asserted"], mode="arrest",
          source=BAATH_TARTUS, location=BANIYAS, date=D("2023-08-25")),
        # the relatives accuse the local NDF commander (the death of the wounded man is the page's retelling, denied)
        E(True, ["ACCUSE"], [9], "اتهم", ["asserted", "reported"],
          source=SB_RELATIVES, recipient=NDF_TARTUS, location=SHEIKH_BADR,
          date=D("2023-08-26", "day", ("2023-08-25", "2023-08-26")),
          attribution=["تسجيل مصوّر تداولته صفحات محلية"]),
        # the rumoured arrest campaign in Baniyas, denied by the police; the graffiti (optional, rumoured) and the
        # two theft arrests the police speak of (optional)
        E(True, ["COERCE"], [10], "حملة دهم واعتقال", ["rumored", "negated", "reported"], mode="arrest",
          source=SY_SECURITY, recipient=BANIYAS_YOUTHS, location=BANIYAS,
          date=D("2023-08-24", "day", ("2023-08-24", "2023-08-25")),
          attribution=["حسابات على مواقع التواصل الاجتماعي", "مصدر في قيادة شرطة طرطوس"], acled=ARREST),
        E(False, ["PROTEST"], [10], "كتابة شعارات", ["rumored", "reported"], mode="demo",
          source=BANIYAS_YOUTHS, location=BANIYAS, date=D("2023-08-24", "week", ("2023-08-18", "2023-08-25"))),
        E(False, ["COERCE"], [10], "توقيف شخصين", ["asserted", "reported"], mode="arrest",
          source=TARTUS_POLICE, recipient=THEFT_SUSPECTS, location=BANIYAS,
          date=D("2023-08-24", "day", ("2023-08-24", "2023-08-25"))),
        # the general strike called for next Thursday (planned); the call itself (optional)
        E(True, ["PROTEST"], [11], "إضراب عام", ["planned"], mode="strike",
          source=COAST_ACTIVISTS, location=SAFITA_DREIKISH, date=D("2023-08-31"), acled=PEACEFUL),
        E(False, ["REQUEST"], [11], "ودعت", ["asserted"],
          source=COAST_ACTIVISTS, location=SAFITA_DREIKISH, date=None),
        # the teacher's family appeals for his release
        E(True, ["REQUEST"], [12], "وناشدت", ["asserted"],
          source=TEACHER_FAMILY, recipient=AUTHORITIES, date=D("2023-08-26", "day", ("2023-08-25", "2023-08-26"))),
        # background «وكان … قد»: an arrest in January last year and the release two months later (optional,
        # historical)
        E(False, ["COERCE"], [13], "اعتقلت", ["historical"], mode="arrest",
          source=SY_SECURITY, recipient=REFINERY_EMPLOYEE, location=BANIYAS_REFINERY,
          date=D("2022-01-15", "month", ("2022-01-01", "2022-01-31")), acled=ARREST),
        E(False, ["RETREAT"], [13], "وأُفرج عنه", ["historical"], mode="release",
          source=SY_SECURITY, recipient=REFINERY_EMPLOYEE, location=BANIYAS_REFINERY,
          date=D("2022-03-15", "month", ("2022-03-01", "2022-03-31"))),
    ],
)
