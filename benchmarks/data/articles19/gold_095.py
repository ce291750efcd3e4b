"""Gold of article 095: the northern West Bank (Jenin camp and al-Damaj, Jenin city, Nur Shams in Tulkarm, Tammun and
Tubas), a Palestinian local site, 2024-12-23 (Mon)."""
from actors_places import (
                           AWDA_ROUNDABOUT,
                           CAMP_NOTABLES,
                           CAMP_RESIDENTS,
                           FATAH_JENIN,
                           HAMAS,
                           IDF,
                           JENIN_ALL,
                           JENIN_BATTALION,
                           JENIN_CAMP,
                           JENIN_CITY,
                           JENIN_GOV,
                           JENIN_GUNMEN,
                           JENIN_WANTED,
                           JENIN_YOUTHS,
                           NUR_SHAMS,
                           NUR_SHAMS_STREETS,
                           NUR_SHAMS_YOUTHS,
                           PA,
                           PA_BATTALION,
                           PA_OFFICER,
                           PA_SECURITY,
                           PA_SPOKESMAN,
                           TAMMUN,
                           TAMMUN_VICTIMS,
                           TUBAS,
                           TUBAS_FACTIONS,
                           VICTIM_FAMILY,
)
from common import AIR, ARREST, ATTACK, CLASH, DESTRUCTION, OTHER, PEACEFUL, RIOT, TRANSFER, D, E, paras_of

SLUG = "jenin_camp_damaj_nur_shams_tammun"
ARTICLE = dict(
    id="team19-095", slug=SLUG, published="2024-12-23", outlet="Maraya al-Shamal news site (fictional)",
    paras=paras_of(f"095_{SLUG}.txt"),
    events=[
        # the clash in al-Damaj «فجر اليوم» between the PA security services and the Jenin Battalion (two-sided):
        # headline 0, lead 1 («في اليوم التاسع عشر للعملية» places it in the ongoing operation, no new event), the
        # spokesman's version 2 («خارجين عن القانون»), the family's follow-up 8; 1 killed
        E(True, ["ASSAULT"], [0, 1, 2, 8], "اشتباكات مسلحة", ["asserted", "reported"], mode="firearms",
          source=PA_BATTALION, location=JENIN_CAMP, date=D("2024-12-23"), fatalities=1,
          attribution=["مصدر طبي في مستشفى جنين الحكومي", "الناطق باسم المؤسسة الأمنية الفلسطينية",
                       "عائلة الشاب القتيل"], acled=CLASH, tpara=1),
        # the Battalion's accusation of the security services on Telegram («الأجهزةَ الأمنية» after the full name)
        E(True, ["ACCUSE"], [2], "اتّهمت", ["asserted"],
          source=JENIN_BATTALION, recipient=PA_SECURITY, date=D("2024-12-23")),
        # one sentence, two events: seven arrests with a seizure of explosives (one COERCE; «كانت معدّة لاستهداف
        # عناصرها» is a claimed purpose, no event) and the youths' tyre-burning and road block in Jenin city
        E(True, ["COERCE"], [3], "اعتقلت", ["asserted"], mode="arrest",
          source=PA_SECURITY, recipient=JENIN_WANTED, location=JENIN_CAMP, date=D("2024-12-23"), acled=ARREST),
        E(True, ["PROTEST"], [3], "أحرق شبان غاضبون", ["asserted"], mode="riot",
          source=JENIN_YOUTHS, location=JENIN_CITY, date=D("2024-12-23"), acled=RIOT),
        # Nur Shams: the storming with four arrests (COERCE) and the bulldozing of three quarters under one verb
        # (ASSAULT destroy, one event; headline 0)
        E(True, ["COERCE"], [4], "اقتحمت", ["asserted", "reported"], mode="arrest",
          source=IDF, recipient=NUR_SHAMS_YOUTHS, location=NUR_SHAMS, date=D("2024-12-23"),
          attribution=["مراسل مرايا الشمال"], acled=ARREST),
        E(True, ["ASSAULT"], [0, 4], "وجرفت", ["asserted", "reported"], mode="destroy",
          source=IDF, recipient=NUR_SHAMS_STREETS, location=NUR_SHAMS, date=D("2024-12-23"),
          attribution=["مراسل مرايا الشمال"], acled=DESTRUCTION, tpara=4),
        # the drone strike at Tammun «مساء أمس» (3 killed); the army's claim of a «foiled» attack is optional; the
        # general strike declared for tomorrow (planned PROTEST)
        E(True, ["ASSAULT"], [5], "بقصف طائرة مسيّرة إسرائيلية", ["asserted"], mode="aerial",
          source=IDF, recipient=TAMMUN_VICTIMS, location=TAMMUN, date=D("2024-12-22"), fatalities=3, acled=AIR),
        E(False, ["ASSAULT"], [5], "هجوماً", ["negated", "planned", "reported"], mode="firearms",
          source=TAMMUN_VICTIMS, location=TAMMUN, date=None),
        E(True, ["PROTEST"], [5], "الإضراب الشامل", ["planned"], mode="strike",
          source=TUBAS_FACTIONS, location=TUBAS, date=D("2024-12-24"), acled=PEACEFUL),
        # Hamas's call on the PA (the campaign's end and the releases are its content); Fatah's spokesman accuses
        # «الحركةَ» (Hamas, by the short form only)
        E(True, ["REQUEST"], [6], "ودعت", ["asserted"],
          source=HAMAS, recipient=PA, location=JENIN_ALL, date=D("2024-12-23")),
        E(True, ["ACCUSE"], [6], "اتّهم", ["asserted"],
          source=FATAH_JENIN, recipient=HAMAS, location=JENIN_ALL, date=D("2024-12-23")),
        # the governor meets the camp's notables «مساء أمس» (CONSULT); their initiative is an offer (AGREE; its terms
        # are no events); the governor's pledge to study it optional
        E(True, ["CONSULT"], [7], "التقى", ["asserted"], mode="visit",
          source=JENIN_GOV, recipient=CAMP_NOTABLES, location=JENIN_ALL, date=D("2024-12-22")),
        E(True, ["AGREE"], [7], "طرحوا مبادرة", ["asserted"],
          source=CAMP_NOTABLES, location=JENIN_ALL, date=D("2024-12-22")),
        E(False, ["AGREE"], [7], "وتعهّد", ["asserted"],
          source=JENIN_GOV, recipient=CAMP_NOTABLES, date=D("2024-12-22")),
        # the family's participle demand for an independent inquiry (optional); the paragraph retells G1
        E(False, ["REQUEST"], [8], "ومطالبةً", ["asserted"],
          source=VICTIM_FAMILY, date=D("2024-12-23")),
        # the rumoured partial withdrawal near al-Awda roundabout, unconfirmed
        E(True, ["RETREAT"], [9], "انسحاب جزئي", ["rumored", "reported"], mode="withdraw",
          source=PA_SECURITY, location=AWDA_ROUNDABOUT, date=D("2024-12-22", "day", ("2024-12-22", "2024-12-23")),
          attribution=["منصات محلية"], acled=TRANSFER),
        # the Battalion rejects the initiative (REJECT) and threatens escalation on a condition (THREATEN); «لن
        # يسلّموا سلاحهم» is a refusal to disarm (optional, negated)
        E(True, ["REJECT"], [10], "رفضها", ["asserted"],
          source=JENIN_BATTALION, date=D("2024-12-23", "day", ("2024-12-22", "2024-12-23"))),
        E(True, ["THREATEN"], [10], "وهدّدت", ["asserted"], mode="violence",
          source=JENIN_BATTALION, recipient=PA_SECURITY, date=D("2024-12-23", "day", ("2024-12-22", "2024-12-23"))),
        E(False, ["RETREAT"], [10], "يسلّموا سلاحهم", ["negated"], mode="disarm",
          source=JENIN_BATTALION, date=None),
        # paragraph 11 is a generic statement (power cuts, closed schools, repeated raids, a yearly toll): NO event
        # the deliberate cut of power and water told by accounts and denied by the spokesman (the «عبث المسلحين» he
        # alleges is vague: no event)
        E(True, ["COERCE"], [12], "قطع", ["rumored", "negated", "reported"], mode="restrict",
          source=PA_SECURITY, recipient=CAMP_RESIDENTS, location=JENIN_CAMP,
          date=D("2024-12-23", "day", ("2024-12-22", "2024-12-23")),
          attribution=["حسابات على مواقع التواصل الاجتماعي", "الناطق باسم المؤسسة الأمنية"], acled=OTHER),
        # background: the Saturday before a Monday, a military-intelligence member shot dead near the camp; the PA's
        # blame of the Battalion in the relative clause is optional (historical)
        E(True, ["ASSAULT"], [13], "برصاص مسلحين", ["historical", "asserted", "reported"], mode="firearms",
          source=JENIN_GUNMEN, recipient=PA_OFFICER, location=JENIN_CAMP, date=D("2024-12-21"), fatalities=1,
          attribution=["المؤسسة الأمنية الفلسطينية"], acled=ATTACK),
        E(False, ["ACCUSE"], [13], "حمّلت", ["historical", "asserted"],
          source=PA_SPOKESMAN, recipient=JENIN_BATTALION, date=D("2024-12-21")),
    ],
)
