"""Gold of article 284: Dhibin and Salkhad (Sweida, Syria), Shahba, Sweida city, Qanawat, Ariqa and
al-Qrayya, a local Facebook-page news network of Sweida, 2021-06-09 (Wed)."""
from actors_places import (
    ARIQA,
    ARIQA_DRIVER,
    DAMASCUS_SWEIDA_ROAD,
    DHIBIN,
    DHIBIN_FARM,
    DHIBIN_FIGHT,
    DHIBIN_FIGHTERS,
    DHIBIN_HOSTAGE,
    DHIBIN_NOTABLES,
    DHIBIN_SALKHAD_ROAD,
    DRUZE_SPIRITUAL,
    KIDNAP_FAMILIES,
    MIL_SEC_SWEIDA,
    QANAWAT,
    QRAYYA,
    QRAYYA_8TH_BRIGADE,
    SALKHAD,
    SHAHBA_DOCTOR,
    SWEIDA_CITY,
    SWEIDA_ELDERS,
    SWEIDA_GANG,
    SWEIDA_GOVERNOR,
    SY_SECURITY_SWEIDA,
    UNKNOWN,
)
from common import ABDUCTION, CLASH, DESTRUCTION, PEACEFUL, D, E, paras_of

SLUG = "dhibin_2021_salkhad_shahba_qanawat_ariqa"
TODAY = D("2021-06-09")
ARTICLE = dict(
    id="team57-284", slug=SLUG, published="2021-06-09",
    outlet="Ruba al-Jabal Facebook news network (fictional)",
    paras=paras_of(f"284_{SLUG}.txt"),
    events=[
        # the dawn fight between Dhibin's young men and a kidnapping gang on the Dhibin–Salkhad road
        # (two-sided: both are sources): headline 0, lead 1 (local sources through the network's
        # correspondent: four), how it began 2, the 13:15 update 4 (Salkhad hospital: three bodies; families
        # mourn two of their own) and the local faction's statement 5 (five of the gang) → 4 vs 3 vs 5 → 3
        E(True, ["ASSAULT"], [0, 1, 2, 4, 5], "اشتباك مسلح", ["asserted", "reported"], mode="firearms",
          source=DHIBIN_FIGHT, location=DHIBIN_SALKHAD_ROAD, date=TODAY, fatalities=3,
          attribution=["مراسل الشبكة", "مصادر أهلية", "مصدر طبي في مشفى صلخد الوطني",
                       "فصيل محلي مسلح في ذيبين"],
          acled=CLASH, tpara=1),
        # the kidnapping three days earlier and the ransom demanded, in a relative clause (optional,
        # historical)
        E(False, ["ASSAULT"], [2], "اختطفته", ["historical"], mode="abduct",
          source=SWEIDA_GANG, recipient=DHIBIN_HOSTAGE, location=SALKHAD, date=D("2021-06-06"),
          acled=ABDUCTION),
        E(False, ["REQUEST"], [2], "وطالبت ذويه", ["historical"],
          source=SWEIDA_GANG, date=D("2021-06-06", "day", ("2021-06-06", "2021-06-08"))),
        # the 11:40 update: the hostage freed (part of the fight) and the farm burnt (passive, no actor:
        # optional)
        E(False, ["ASSAULT"], [3], "وأُحرقت", ["asserted"], mode="destroy",
          recipient=DHIBIN_FARM, location=DHIBIN_SALKHAD_ROAD, date=TODAY, acled=DESTRUCTION),
        # the local faction's accusation of the Military Security branch (its toll retells the fight)
        E(True, ["ACCUSE"], [5], "متهماً", ["asserted"],
          source=DHIBIN_FIGHTERS, recipient=MIL_SEC_SWEIDA, date=TODAY, attribution=["صفحته في «فيسبوك»"]),
        # paragraph 6 (Dhibin, its vines and emigrants) holds no event a doctor from Shahba abducted on the
        # Damascus–Sweida road, rumoured and denied by the doctors' branch
        E(True, ["ASSAULT"], [7], "اختطاف طبيب", ["rumored", "negated", "reported"], mode="abduct",
          recipient=SHAHBA_DOCTOR, location=DAMASCUS_SWEIDA_ROAD, date=D("2021-06-08"),
          attribution=["صفحات محلية", "فرع نقابة الأطباء في السويداء"], acled=ABDUCTION),
        # the notables' gathering (optional), their conditional warning (made: asserted; the pursuit optional,
        # hypothetical) and their demand to the Druze spiritual leadership
        E(False, ["CONSULT"], [8], "اجتماع عقدوه", ["asserted"], mode="multilateral",
          source=DHIBIN_NOTABLES, location=DHIBIN, date=TODAY),
        E(True, ["THREATEN"], [8], "وحذّر", ["asserted"], mode="violence",
          source=DHIBIN_NOTABLES, recipient=SWEIDA_GANG, location=DHIBIN, date=TODAY),
        E(False, ["ASSAULT"], [8], "سيلاحقون", ["hypothetical"], mode="firearms",
          source=DHIBIN_NOTABLES, recipient=SWEIDA_GANG, date=None),
        E(True, ["REQUEST"], [8], "مطالبين", ["asserted"],
          source=DHIBIN_NOTABLES, recipient=DRUZE_SPIRITUAL, location=DHIBIN, date=TODAY),
        # the security services' reinforced checkpoints and patrols in Salkhad («من دون أن تتدخل» negates
        # nothing)
        E(True, ["MOBILIZE"], [9], "عزّزت الأجهزة الأمنية", ["asserted", "reported"], mode="police",
          source=SY_SECURITY_SWEIDA, location=SALKHAD, date=TODAY, attribution=["مراسل الشبكة"]),
        # the governor receives Dhibin's notables and promises to refer the culprits to the courts
        E(True, ["CONSULT"], [10], "والتقى محافظ السويداء", ["asserted", "reported"],
          source=SWEIDA_GOVERNOR, recipient=DHIBIN_NOTABLES, location=SWEIDA_CITY, date=TODAY,
          attribution=["صفحة المحافظة الرسمية"]),
        E(True, ["AGREE"], [10], "ووعدهم", ["asserted", "reported"],
          source=SWEIDA_GOVERNOR, recipient=DHIBIN_NOTABLES, location=SWEIDA_CITY, date=TODAY,
          attribution=["صفحة المحافظة الرسمية"]),
        # paragraph 11 (the province's lawlessness, a standing complaint and a standing denial) holds no event
        # the wide meeting in Qanawat on Friday (planned; its subject is a purpose)
        E(True, ["CONSULT"], [12], "اجتماع موسّع", ["planned", "reported"], mode="multilateral",
          source=SWEIDA_ELDERS, location=QANAWAT, date=D("2021-06-11"),
          attribution=["مصادر مقربة من الرئاسة الروحية"]),
        # background at another place: a taxi driver of Ariqa abducted «مساء السبت الماضي» (core, historical)
        # and freed two days later for a ransom (optional); the al-Qrayya clashes of last September optional,
        # historical
        E(True, ["ASSAULT"], [13], "اختطفوا", ["historical", "asserted"], mode="abduct",
          source=UNKNOWN, recipient=ARIQA_DRIVER, location=ARIQA, date=D("2021-06-05"), acled=ABDUCTION),
        E(False, ["RETREAT"], [13], "وأفرجوا", ["historical"], mode="release",
          source=UNKNOWN, recipient=ARIQA_DRIVER, location=ARIQA, date=D("2021-06-07")),
        E(False, ["ASSAULT"], [13], "اشتباكات عنيفة", ["historical"], mode="firearms",
          source=QRAYYA_8TH_BRIGADE, location=QRAYYA, date=D("2020-09-29", "month", ("2020-09-01",
                                                                                     "2020-09-30")),
          acled=CLASH),
        # the families' vigil at the governorate building; the banners' demand optional
        E(True, ["PROTEST"], [14], "وقفة احتجاجية", ["asserted"], mode="demo",
          source=KIDNAP_FAMILIES, location=SWEIDA_CITY, date=TODAY, acled=PEACEFUL),
        E(False, ["REQUEST"], [14], "تطالب", ["asserted"],
          source=KIDNAP_FAMILIES, location=SWEIDA_CITY, date=TODAY),
        # paragraphs 15 (the calm and the funeral) and 16 (the network's note on names) hold no event
    ],
)
