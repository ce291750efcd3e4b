"""Gold of article 187: Baniyas and its countryside (Ras al-Nabaa, al-Bayda, the Baniyas–Jableh road), an opposition
news network's page, 2013-04-10 (Wed)."""
from actors_places import (
    BANIYAS,
    BANIYAS_JABLEH_ROAD,
    BAYDA,
    BAYDA_2011,
    BAYDA_ABDUCTEES,
    BAYDA_PROTESTERS,
    CHECKPOINT_DETAINEES,
    COAST_RESIDENTS,
    KILLED_YOUTH,
    LCC_COAST,
    MIL_SEC,
    NOTABLES_187,
    RAS_NABAA,
    RAS_NABAA_YOUTHS,
    REFINERY_BAYDA,
    RIGHTS_ORGS,
    SHABBIHA,
    SY_FORCES_187,
    SY_REGIME,
    TARTUS_GOVERNOR,
)
from common import ABDUCTION, ARREST, ATTACK, PEACEFUL, D, E, paras_of

SLUG = "baniyas_2013_ras_al_nabaa_raid_bayda_flying_demo"
ARTICLE = dict(
    id="team38-187", slug=SLUG, published="2013-04-10", outlet="Sham al-Sahel news network page (fictional)",
    paras=paras_of(f"187_{SLUG}.txt"),
    events=[
        # the dawn raid on Ras al-Nabaa with at least seventeen arrests (headline 0, lead 1, the activist's details
        # 8: the cordon, the students: one COERCE); the looting in the coordination committee's words is part of it
        E(True, ["COERCE"], [0, 1, 8], "واعتقلت", ["asserted", "reported"], mode="arrest",
          source=SY_FORCES_187, recipient=RAS_NABAA_YOUTHS, location=RAS_NABAA, date=D("2013-04-10"),
          attribution=["تنسيقية مدينة بانياس على فيسبوك", "ناشط من الحي"], acled=ARREST, tpara=1),
        # a young man shot dead by Military Security while fleeing (headline 0, 2; his body handed over in 8); the
        # neighbours kept from helping him (optional COERCE)
        E(True, ["ASSAULT"], [0, 2, 8], "برصاص عناصر الأمن العسكري", ["asserted", "reported"], mode="firearms",
          source=MIL_SEC, recipient=KILLED_YOUTH, location=RAS_NABAA, date=D("2013-04-10"), fatalities=1,
          attribution=["ناشطون من الحي", "أحد جيرانه"], acled=ATTACK, tpara=2),
        E(False, ["COERCE"], [2], "ومنعوا الأهالي", ["reported"], mode="restrict",
          source=MIL_SEC, location=RAS_NABAA, date=D("2013-04-10")),
        # last evening's flying demonstration in al-Bayda and its demand (headline 0: «تطالب»); the approaching
        # patrol is no event
        E(True, ["PROTEST"], [0, 3], "مظاهرة طيارة", ["asserted", "reported"], mode="demo",
          source=BAYDA_PROTESTERS, location=BAYDA, date=D("2013-04-09"),
          attribution=["تسجيل مصور نشرته تنسيقية القرية البيضا"], acled=PEACEFUL, tpara=3),
        E(True, ["REQUEST"], [0, 3], "وطالبوا", ["asserted"],
          source=BAYDA_PROTESTERS, location=BAYDA, date=D("2013-04-09"), tpara=3),
        # paragraph 4: the city described, no event
        # a woman and her son arrested at the Military Security checkpoint yesterday noon
        E(True, ["COERCE"], [5], "اعتقل", ["asserted", "reported"], mode="arrest",
          source=MIL_SEC, recipient=CHECKPOINT_DETAINEES, location=BANIYAS, date=D("2013-04-09"),
          attribution=["أحد أقاربهما"], acled=ARREST),
        # Monday evening's abduction of two al-Bayda men by shabbiha on the Jableh road (local sources); the ransom
        # (optional REQUEST), the threat (core) and the killing it threatens (optional, hypothetical)
        E(True, ["ASSAULT"], [6], "اختطاف", ["reported", "asserted"], mode="abduct",
          source=SHABBIHA, recipient=BAYDA_ABDUCTEES, location=BANIYAS_JABLEH_ROAD, date=D("2013-04-08"),
          attribution=["مصادر محلية في ريف بانياس"], acled=ABDUCTION),
        E(False, ["REQUEST"], [6], "وطلبوا فدية", ["reported"],
          source=SHABBIHA, recipient=BAYDA_ABDUCTEES, date=D("2013-04-09", "day", ("2013-04-08", "2013-04-10"))),
        E(True, ["THREATEN"], [6], "مهددين", ["reported", "asserted"], mode="violence",
          source=SHABBIHA, recipient=BAYDA_ABDUCTEES, date=D("2013-04-09", "day", ("2013-04-08", "2013-04-10")),
          attribution=["مصادر محلية في ريف بانياس"]),
        E(False, ["ASSAULT"], [6], "بتصفيتهما", ["hypothetical"], mode="firearms",
          source=SHABBIHA, recipient=BAYDA_ABDUCTEES, date=None),
        # the notables' meeting with the Military Security chief: demand, promise (AGREE; the release itself
        # optional, planned), refusal about the abductees, and a meeting with the governor on Sunday (planned)
        E(True, ["CONSULT"], [7], "التقى", ["asserted", "reported"], mode="visit",
          source=NOTABLES_187, recipient=MIL_SEC, location=BANIYAS, date=D("2013-04-10"),
          attribution=["أحد أعضاء الوفد"]),
        E(True, ["REQUEST"], [7], "وطالبوه", ["asserted", "reported"],
          source=NOTABLES_187, recipient=MIL_SEC, location=BANIYAS, date=D("2013-04-10"),
          attribution=["أحد أعضاء الوفد"]),
        E(True, ["AGREE"], [7], "وعد", ["asserted", "reported"],
          source=MIL_SEC, recipient=NOTABLES_187, location=BANIYAS, date=D("2013-04-10"),
          attribution=["أحد أعضاء الوفد"]),
        E(False, ["RETREAT", "CONCEDE"], [7], "بإطلاق سراح", ["planned"], mode="release",
          source=MIL_SEC, recipient=RAS_NABAA_YOUTHS, date=None),
        E(True, ["REJECT"], [7], "رفض البحث", ["asserted", "reported"],
          source=MIL_SEC, recipient=NOTABLES_187, location=BANIYAS, date=D("2013-04-10"),
          attribution=["أحد أعضاء الوفد"]),
        E(True, ["CONSULT"], [7], "يلتقي الوفد", ["planned"], mode="visit",
          source=NOTABLES_187, recipient=TARTUS_GOVERNOR, date=D("2013-04-14")),
        # the burial allowed only without a funeral procession (optional COERCE ban)
        E(False, ["COERCE"], [8], "شرط دفنه", ["asserted", "reported"], mode="ban",
          source=MIL_SEC, location=RAS_NABAA, date=D("2013-04-10")),
        # rumoured reinforcements from Tartus to the refinery and al-Bayda; the feared storming (optional,
        # hypothetical); the May 2011 siege and mass arrests in al-Bayda (optional, historical)
        E(True, ["MOBILIZE"], [9], "تعزيزات عسكرية", ["rumored", "reported"], mode="troops",
          source=SY_FORCES_187, location=REFINERY_BAYDA, date=D("2013-04-10"), attribution=["أنباء"]),
        E(False, ["ASSAULT", "COERCE"], [9], "اقتحام وشيك", ["hypothetical"], mode="seize",
          source=SY_FORCES_187, location=BAYDA, date=None),
        E(False, ["COERCE"], [9], "حوصرت", ["historical"], mode="restrict",
          recipient=BAYDA_2011, location=BAYDA, date=D("2011-05-15", "month", ("2011-05-01", "2011-05-31"))),
        E(False, ["COERCE"], [9], "واعتُقل المئات", ["historical"], mode="arrest",
          recipient=BAYDA_2011, location=BAYDA, date=D("2011-05-15", "month", ("2011-05-01", "2011-05-31")),
          acled=ARREST),
        # the coastal coordination committees' statement: accusation, demand to rights groups, and the call to the
        # people of the coast (optional)
        E(True, ["ACCUSE"], [10], "اتهم", ["asserted"],
          source=LCC_COAST, recipient=SY_REGIME, location=BAYDA, date=D("2013-04-10")),
        E(True, ["REQUEST"], [10], "وطالب", ["asserted"],
          source=LCC_COAST, recipient=RIGHTS_ORGS, date=D("2013-04-10")),
        E(False, ["REQUEST"], [10], "داعياً", ["asserted"],
          source=LCC_COAST, recipient=COAST_RESIDENTS, date=D("2013-04-10")),
    ],
)
