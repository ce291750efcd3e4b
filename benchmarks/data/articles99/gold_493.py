"""Gold of article 493: doctors suspending work over kidnappings, a surgeon abducted for ransom, a raid and a
clash that freed him (main event, told in ¶2 after the strike and the abduction; one toll: three), his
brother's account and a slain man's family's version, two arrests, the doctors' syndicate's accusation and
demand, the municipal council's meeting and agreement with elders, joint patrols, the interior minister's
conditional threat, a trader's abduction in Surman rumoured, the driver not freed, the funeral, kidnappers
sentenced, a doctors' protest due tomorrow, the year's kidnappings, and a money changer's escort shot dead
in Sabratha on 4 May 2023 (al-Zawiya, Libya), a western Libya local online news platform, 2023-06-13 (Tue).
Dateline from the town of the event («الزاوية»)."""
from actors_places import (
    ATTORNEY_GENERAL,
    CHANGER_ESCORT,
    COUNCIL_ELDERS,
    DOCTORS,
    DOCTORS_SYNDICATE,
    FOREIGN_WORKER,
    GANG,
    GOLD_TRADER,
    HARSHA,
    HARSHA_SUSPECTS,
    JOINT_PATROLS,
    KIDNAPPERS,
    LY_AUTHORITIES,
    LY_INTERIOR,
    RESCUE_CLASH,
    SABRATHA,
    SABRATHA_GUNMEN,
    SHELTERED_GANGS,
    SLAIN_FAMILY,
    SURGEON,
    SURGEON_DRIVER,
    SURGEON_FAMILY,
    SURMAN,
    THREATENED_GANG,
    WEST_COAST_LY,
    ZAWIYA,
    ZAWIYA_CENTRE,
    ZAWIYA_CONVICTS,
    ZAWIYA_COUNCIL_HQ,
    ZAWIYA_COURT,
    ZAWIYA_DOCTORS,
    ZAWIYA_HOSPITAL,
    ZAWIYA_SECURITY,
    ZAWIYA_SURMAN_ROAD,
)
from common import ABDUCTION, AGREEMENT, ARREST, ATTACK, CLASH, PEACEFUL, D, E, paras_of

SLUG = "zawiya_2023_harsha_sabratha"
YESTERDAY = D("2023-06-12")
TODAY = D("2023-06-13")
# a statement or an act of the day whose hour the text does not give: today, or the day before
TODAY_OR_EVE = D("2023-06-13", "day", ("2023-06-12", "2023-06-13"))
# «ليل أمس الإثنين»: the night from Monday into Tuesday
LAST_NIGHT = D("2023-06-12", "day", ("2023-06-12", "2023-06-13"))
ARTICLE = dict(
    id="team99-493", slug=SLUG, published="2023-06-13",
    outlet="Shati al-Gharb, a western Libya local online news platform (fictional)",
    paras=paras_of(f"493_{SLUG}.txt"),
    events=[
        # ¶1 (dateline «الزاوية»): the doctors suspend work in protest (PROTEST strike; the headline names
        # it), and the abduction of a surgeon on Saturday evening (ASSAULT abduct); the ransom demand is
        # optional
        E(True, ["PROTEST"], [0, 1], "علّق", ["asserted"], mode="strike",
          source=ZAWIYA_DOCTORS, location=ZAWIYA_HOSPITAL, date=TODAY,
          attribution=["عضو في نقابة الأطباء"], acled=PEACEFUL, tpara=1),
        E(True, ["ASSAULT"], [1], "اختطاف جرّاح", ["asserted"], mode="abduct",
          source=KIDNAPPERS, recipient=SURGEON, location=ZAWIYA_CENTRE, date=D("2023-06-10"),
          attribution=["عضو في نقابة الأطباء"], acled=ABDUCTION),
        E(False, ["REQUEST", "THREATEN"], [1], "طالبوا", ["asserted"],
          source=KIDNAPPERS, recipient=SURGEON_FAMILY, date=None),
        # MAIN EVENT, told in ¶2 after the strike and the abduction: the clash between the security force and
        # the gang at the farm where the surgeon was held (both sides are sources); the brother ¶3, a slain
        # man's family ¶4 (the other side's version) and the funeral ¶13 retell it. One toll: 3
        E(True, ["ASSAULT"], [0, 2, 3, 4, 13], "اشتباك", ["asserted"], mode="firearms",
          source=RESCUE_CLASH, location=HARSHA, date=LAST_NIGHT, fatalities=3,
          attribution=["بيان مديرية أمن الزاوية", "شقيق الجرّاح", "عائلة أحد القتيلين"], acled=CLASH, tpara=2),
        # ¶4: the family's accusation and its demand to the Attorney General (optional)
        E(False, ["ACCUSE"], [4], "متهمةً", ["asserted"],
          source=SLAIN_FAMILY, recipient=ZAWIYA_SECURITY, date=TODAY_OR_EVE),
        E(False, ["REQUEST"], [4], "ومطالبةً", ["asserted"],
          source=SLAIN_FAMILY, recipient=ATTORNEY_GENERAL, date=TODAY_OR_EVE),
        # ¶5: two more suspects arrested in the same raid (COERCE); the seizure of cars and rifles is optional
        E(True, ["COERCE"], [5], "واعتقلت", ["asserted"], mode="arrest",
          source=ZAWIYA_SECURITY, recipient=HARSHA_SUSPECTS, location=HARSHA, date=LAST_NIGHT,
          attribution=["بيان المديرية"], acled=ARREST),
        E(False, ["COERCE"], [5], "وضبطت", ["asserted"], mode="confiscate",
          source=ZAWIYA_SECURITY, location=HARSHA, date=LAST_NIGHT),
        # ¶6: the doctors' syndicate accuses gangs sheltered by armed formations and makes demands of the
        # Presidential Council and the government
        E(True, ["ACCUSE"], [6], "واتهمت", ["asserted"],
          source=DOCTORS_SYNDICATE, recipient=SHELTERED_GANGS, date=TODAY, attribution=["بيان صدر اليوم"]),
        E(True, ["REQUEST"], [6], "وطالبت", ["asserted"],
          source=DOCTORS_SYNDICATE, recipient=LY_AUTHORITIES, date=TODAY),
        # ¶7: the municipal council's emergency meeting with elders and commanders (CONSULT) and what was
        # agreed (AGREE, a passive «اتُّفق»)
        E(True, ["CONSULT"], [7], "اجتماعاً طارئاً", ["asserted"],
          source=COUNCIL_ELDERS, recipient=COUNCIL_ELDERS, location=ZAWIYA, date=YESTERDAY,
          attribution=["عضو في المجلس حضر الاجتماع"]),
        E(True, ["AGREE"], [7], "اتُّفق", ["asserted"],
          source=COUNCIL_ELDERS, recipient=COUNCIL_ELDERS, location=ZAWIYA, date=YESTERDAY, acled=AGREEMENT),
        # ¶8: joint patrols of the Security Directorate and the CID on the coast road between Zawiya and
        # Surman
        E(True, ["COOPERATE"], [8], "دوريات مشتركة", ["asserted"],
          source=JOINT_PATROLS, recipient=JOINT_PATROLS, location=ZAWIYA_SURMAN_ROAD, date=TODAY,
          attribution=["المتحدث باسم المديرية"]),
        # ¶9 (Zawiya described) holds no event. ¶10: the interior minister's conditional threat; the wide
        # operation is only threatened (optional, hypothetical)
        E(True, ["THREATEN"], [10], "وتوعّد", ["asserted"], mode="violence",
          source=LY_INTERIOR, recipient=THREATENED_GANG, location=HARSHA, date=TODAY_OR_EVE,
          attribution=["تصريحات لقناة محلية"]),
        E(False, ["ASSAULT", "COERCE"], [10], "عملية أمنية واسعة", ["hypothetical"],
          source=LY_INTERIOR, location=HARSHA, date=None),
        # ¶11: a gold trader's abduction in Surman, told by pages and unconfirmed (rumoured)
        E(True, ["ASSAULT"], [11], "اختطاف تاجر ذهب", ["rumored"], mode="abduct",
          recipient=GOLD_TRADER, location=SURMAN, date=YESTERDAY, attribution=["صفحات محلية"]),
        # ¶12: the gang has not freed the surgeon's driver (negated RETREAT)
        E(True, ["RETREAT"], [12], "تُفرج", ["negated"], mode="release",
          source=GANG, recipient=SURGEON_DRIVER, date=TODAY_OR_EVE, attribution=["شقيق الجرّاح"]),
        # the driver's abduction with the surgeon, told only here (optional)
        E(False, ["ASSAULT"], [12], "خُطف", ["asserted"], mode="abduct",
          recipient=SURGEON_DRIVER, date=D("2023-06-10")),
        # ¶13: the funeral belongs to the main event. ¶14: the court's sentences for a kidnapping (SANCTION,
        # convict); the kidnapping of a foreign worker behind them is optional, historical
        E(True, ["SANCTION"], [14], "بسجن", ["asserted"], mode="convict",
          source=ZAWIYA_COURT, recipient=ZAWIYA_CONVICTS, location=ZAWIYA, date=YESTERDAY,
          attribution=["وسائل إعلام محلية عن مصدر قضائي"]),
        E(False, ["ASSAULT"], [14], "بخطف", ["historical"], mode="abduct",
          recipient=FOREIGN_WORKER, location=ZAWIYA, date=None),
        # ¶15 (analysis) holds no event. ¶16: the doctors' protest due tomorrow (planned PROTEST); the year's
        # count of kidnappings is an aggregate (optional, generic)
        E(True, ["PROTEST"], [16], "وقفة احتجاجية", ["planned"], mode="demo",
          source=DOCTORS, location=ZAWIYA_COUNCIL_HQ, date=D("2023-06-14")),
        E(False, ["ASSAULT"], [16], "حالة خطف", ["generic"], mode="abduct", location=WEST_COAST_LY,
          date=None),
        E(False, ["RETREAT"], [16], "أُطلق سراح", ["generic"], mode="release", location=WEST_COAST_LY,
          date=None),
        # ¶17, «وكان … قد» at another place: a money changer's escort shot dead in Sabratha on 4 May (core,
        # historical, 1)
        E(True, ["ASSAULT"], [17], "أطلقوا النار", ["historical", "asserted"], mode="firearms",
          source=SABRATHA_GUNMEN, recipient=CHANGER_ESCORT, location=SABRATHA, date=D("2023-05-04"),
          fatalities=1, acled=ATTACK),
    ],
)
