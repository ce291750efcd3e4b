"""Gold of article 101: Deir ez-Zor's east bank of the Euphrates (al-Busayrah, Dhiban, al-Zir, Jdeed Bakkara, Abu
Hardub, al-Sabha) and al-Mayadin across the river, a Syrian local news site, 2024-08-14 (Wed)."""
from actors_places import (
                           AA_SECURITY,
                           BUSAYRAH,
                           BUSAYRAH_DHIBAN,
                           DETAINEES_FAMILIES,
                           DEZ_EAST_VILLAGES,
                           DEZ_MC,
                           DHIBAN,
                           DHIBAN_SHUHAIL,
                           DHIBAN_YOUTHS,
                           EAST_BANK_VICTIMS,
                           EAST_BANK_VILLAGES,
                           LOCAL_ORGS,
                           MAYADIN,
                           NOTABLES_DMC,
                           OKEIDAT_NOTABLES,
                           SABHA,
                           SABHA_ROAD,
                           SABHA_TRADER,
                           SDF,
                           SDF_COMMAND,
                           SDF_DHIBAN,
                           SDF_DMC,
                           SDF_TRIBAL,
                           SHELLED_FAMILIES,
                           SY_GOV_FORCES,
                           TRIBAL_FORCES,
                           UNKNOWN,
                           ZIR,
                           ZIR_MUKHTAR,
)
from common import ABDUCTION, AGREEMENT, ARREST, ATTACK, CLASH, PEACEFUL, SHELL, D, E, paras_of

SLUG = "busayrah_dhiban_al_zir_euphrates_tribal_forces_sdf"
LAST_NIGHT = D("2024-08-13", "day", ("2024-08-13", "2024-08-14"))
ARTICLE = dict(
    id="team21-101", slug=SLUG, published="2024-08-14", outlet="Sawt al-Diffatayn news site (fictional)",
    paras=paras_of(f"101_{SLUG}.txt"),
    events=[
        # the tribal fighters' attack on the SDF post at al-Busayrah «ليل أمس الثلاثاء» and the clashes that followed
        # it (same two sides, place and night: one two-sided battle, 2 killed): headline 0, lead 1, the SDF's
        # version 2 («أحبطوا محاولة تسلل»; its «الخامسة … منذ مطلع آب» tally is generic), the medical follow-up 8
        E(True, ["ASSAULT"], [0, 1, 2, 8], "هجوم", ["asserted", "reported"], mode="firearms",
          source=SDF_TRIBAL, location=BUSAYRAH, date=LAST_NIGHT, fatalities=2,
          attribution=["مصادر محلية", "المركز الإعلامي لـ«قسد»", "مصدر طبي في مستشفى الكسرة"], acled=CLASH,
          tpara=1),
        # the SDF statement blames the government forces («واتهم البيان القوات الحكومية»)
        E(True, ["ACCUSE"], [2], "واتهم", ["asserted"],
          source=SDF, recipient=SY_GOV_FORCES, date=D("2024-08-14")),
        # one sentence, two events: the raid on Dhiban's houses with seven arrests (one COERCE) and the clash that
        # broke out with local gunmen as a patrol withdrew (two-sided, one SDF member wounded, no fatalities)
        E(True, ["COERCE"], [0, 3], "داهمت", ["asserted", "reported"], mode="arrest",
          source=SDF, recipient=DHIBAN_YOUTHS, location=DHIBAN, date=D("2024-08-14"),
          attribution=["ناشطون من ذيبان"], acled=ARREST, tpara=3),
        E(True, ["ASSAULT"], [3], "اشتباكات", ["asserted", "reported"], mode="firearms",
          source=SDF_DHIBAN, location=DHIBAN, date=D("2024-08-14"), attribution=["ناشطون من ذيبان"], acled=CLASH),
        # government shelling of three east-bank towns under one verb (one event, a woman and her child: 2);
        # «بعد ساعات من هجوم البصيرة» is a back-reference
        E(True, ["ASSAULT"], [4], "قصفت", ["asserted", "reported"], mode="heavy-weapons",
          source=SY_GOV_FORCES, recipient=EAST_BANK_VICTIMS, location=EAST_BANK_VILLAGES, date=D("2024-08-14"),
          fatalities=2, attribution=["مصدر في الدفاع المدني"], acled=SHELL),
        # the detainees' families: sit-in, demand on the SDF command, and a conditional threat to block the road;
        # the road block itself is only hypothetical (optional)
        E(True, ["PROTEST"], [5], "اعتصم", ["asserted"], mode="demo",
          source=DETAINEES_FAMILIES, location=DHIBAN, date=D("2024-08-14"), acled=PEACEFUL),
        E(True, ["REQUEST"], [5], "وطالبوا", ["asserted"],
          source=DETAINEES_FAMILIES, recipient=SDF_COMMAND, location=DHIBAN, date=D("2024-08-14")),
        E(True, ["THREATEN"], [5], "وهدّدوا", ["asserted"],
          source=DETAINEES_FAMILIES, recipient=SDF_COMMAND, location=DHIBAN, date=D("2024-08-14")),
        E(False, ["PROTEST"], [5], "بقطع الطريق", ["hypothetical"], mode="obstruct",
          source=DETAINEES_FAMILIES, location=DHIBAN_SHUHAIL, date=None),
        # a sweep campaign announced through Hawar on a Military Council source (planned, no day: no date); the
        # participle call on the residents is optional
        E(True, ["COERCE", "MOBILIZE"], [6], "حملة تمشيط", ["planned", "reported"], mode="arrest",
          source=SDF_DMC, location=DEZ_EAST_VILLAGES, date=None,
          attribution=["وكالة «هاوار»", "مصدر في «مجلس دير الزور العسكري»"]),
        E(False, ["REQUEST"], [6], "داعياً", ["asserted", "reported"],
          source=DEZ_MC, date=D("2024-08-14")),
        # the Okaidat notables meet Military Council commanders in al-Sabha (CONSULT) and the two sides agree on the
        # release and the notables' pledge (AGREE; its content is no further event)
        E(True, ["CONSULT"], [7], "التقى", ["asserted"], mode="visit",
          source=OKEIDAT_NOTABLES, recipient=DEZ_MC, location=SABHA, date=D("2024-08-14")),
        E(True, ["AGREE"], [7], "واتفق", ["asserted"],
          source=NOTABLES_DMC, location=SABHA, date=D("2024-08-14"), acled=AGREEMENT),
        # ¶8 retells the al-Busayrah attack (snipers, the wounded commander); the attackers' return by boat is the
        # end of the fight (optional RETREAT)
        E(False, ["RETREAT"], [8], "عادوا أدراجهم", ["asserted", "reported"], mode="withdraw",
          source=TRIBAL_FORCES, location=BUSAYRAH, date=LAST_NIGHT),
        # rumoured kidnapping for ransom of a livestock trader (day unknown: the report's day or the two before)
        E(True, ["ASSAULT"], [9], "اختطاف", ["rumored", "reported"], mode="abduct",
          source=UNKNOWN, recipient=SABHA_TRADER, location=SABHA_ROAD,
          date=D("2024-08-14", "day", ("2024-08-12", "2024-08-14")), attribution=["ناشطون على مواقع التواصل الاجتماعي"],
          acled=ABDUCTION),
        # pro-government pages' claim of SDF shelling on al-Mayadin, denied by a Military Council source
        E(True, ["ASSAULT"], [10], "قصف مدفعي", ["rumored", "negated", "reported"], mode="heavy-weapons",
          source=SDF, location=MAYADIN, date=LAST_NIGHT,
          attribution=["صفحات موالية للحكومة", "مصدر في «مجلس دير الزور العسكري»"], acled=SHELL),
        # paragraph 11 is generic (weekly infiltrations and cross-river shelling, fears): deliberately NO gold event
        # an aid convoy due on Saturday (planned AID) and a curfew announced for the case of new attacks (planned and
        # conditional, no date)
        E(True, ["AID"], [12], "قافلة مساعدات", ["planned", "asserted"], mode="humanitarian",
          source=LOCAL_ORGS, recipient=SHELLED_FAMILIES, location=DHIBAN, date=D("2024-08-17")),
        E(True, ["COERCE"], [12], "ستفرض حظراً للتجوال", ["planned", "hypothetical", "asserted"], mode="curfew",
          source=AA_SECURITY, location=BUSAYRAH_DHIBAN, date=None),
        # background «وكان … قد»: the mukhtar of al-Zir shot dead by two gunmen on a motorbike «مساء الجمعة الماضي»
        E(True, ["ASSAULT"], [13], "اغتالا", ["historical", "asserted"], mode="assassinate",
          source=UNKNOWN, recipient=ZIR_MUKHTAR, location=ZIR, date=D("2024-08-09"), fatalities=1, acled=ATTACK),
    ],
)
