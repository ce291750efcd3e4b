"""Gold of article 454: an armed attack on Sabratha's prison at dawn that let dozens of inmates escape (main
event, told first in the lead; two guards dead per the Judicial Police, three per the hospital → 2), a
survivor's account, the justice ministry's accusation, a general alert and checkpoints, fugitives recaptured
in a joint operation with Surman's police, the director suspended, the guards' protest, strike and demand,
rumoured talks with the attackers, an ultimatum, the mayor's meeting with the elders, a Presidential Council
visit due tomorrow, five wanted men still at large, the funeral, and an RPG attack on al-Ajaylat's police
station on 4 September 2017 (western Libya), a Libyan private TV channel's news website, 2017-11-08 (Wed).
Dateline «صبراتة – «قناة الشاطئ الغربي»:»; mostly about a prison break."""
from actors_places import (
    AJAYLAT,
    AJAYLAT_GUNMEN,
    AJAYLAT_POLICE,
    CIVILIAN_GUNMEN,
    COASTAL_ROAD,
    EIGHTEEN_FUGITIVES,
    FARMS_SOUTH,
    FARMS_TO_SURMAN,
    FIVE_DETAINEES,
    FUGITIVE_FAMILIES,
    GNA,
    JOINT_SECURITY,
    JOURNALISTS,
    JP_PROTESTERS,
    LY_JUSTICE_MINISTER,
    LY_MOJ,
    MAYOR_ELDERS,
    MUNICIPAL_COUNCIL,
    PC_DELEGATION,
    PRISON_DIRECTOR,
    PRISON_GUARDS,
    PRISON_GUNMEN,
    PRISON_HQ,
    SABRATHA,
    SABRATHA_HOSPITAL,
    SABRATHA_NOTABLES,
    SABRATHA_PRISON,
    SABRATHA_SECURITY,
    SMUGGLING_LEADER,
    SMUGGLING_NETWORKS,
)
from common import ARREST, CLASH, PEACEFUL, D, E, paras_of

SLUG = "sabratha_2017_surman_ajaylat"
TODAY = D("2017-11-08")
ARTICLE = dict(
    id="team91-454", slug=SLUG, published="2017-11-08",
    outlet="Al-Shati al-Gharbi, a Libyan private TV channel's news website (fictional)",
    paras=paras_of(f"454_{SLUG}.txt"),
    events=[
        # MAIN EVENT, told first in the lead: the attack on the prison at dawn (two dead per the Judicial
        # Police), the hospital's three bodies ¶2, a surviving guard's account of the hour-long exchange of
        # fire ¶3, the funerals and the unnamed third victim ¶17; the headline names it. Gunmen against
        # armed guards: ACLED Armed clash, the gunmen as source. Conflicting tolls → the lowest, 2. The
        # escape itself is no PLOVER event
        E(True, ["ASSAULT"], [0, 1, 2, 3, 17], "هجوم شنّته", ["asserted"], mode="firearms",
          source=PRISON_GUNMEN, recipient=PRISON_GUARDS, location=SABRATHA_PRISON, date=TODAY, fatalities=2,
          attribution=["جهاز الشرطة القضائية", "مصدر طبي في مستشفى صبراتة التعليمي", "أحد الحراس الناجين"],
          acled=CLASH, tpara=1),
        # ¶2: the blood bank's appeal and gunmen in civilian clothes keeping journalists from filming the
        # wounded (both optional)
        E(False, ["REQUEST"], [2], "نداء", ["asserted"], location=SABRATHA_HOSPITAL, date=TODAY),
        E(False, ["COERCE"], [2], "منع", ["asserted"], mode="restrict",
          source=CIVILIAN_GUNMEN, recipient=JOURNALISTS, location=SABRATHA_HOSPITAL, date=TODAY),
        # ¶4: the ministry blames the smuggling networks
        E(True, ["ACCUSE"], [4], "واتهمت", ["asserted"],
          source=LY_MOJ, recipient=SMUGGLING_NETWORKS, date=TODAY),
        # ¶5: the general alert (MOBILIZE) and the checkpoints on the coastal road (optional)
        E(True, ["MOBILIZE"], [5], "حالة النفير العام", ["asserted"], mode="police",
          source=SABRATHA_SECURITY, location=SABRATHA, date=TODAY),
        E(False, ["COERCE", "MOBILIZE"], [5], "ونشرت", ["asserted"], mode="restrict",
          source=SABRATHA_SECURITY, location=COASTAL_ROAD, date=TODAY),
        # ¶6: a joint operation with Surman's police (COOPERATE) that recaptured eighteen fugitives (COERCE);
        # the families who handed in seven others optional
        E(True, ["COOPERATE"], [6], "عملية مشتركة", ["asserted"],
          source=JOINT_SECURITY, recipient=JOINT_SECURITY, location=FARMS_TO_SURMAN, date=TODAY),
        E(True, ["COERCE"], [6], "إعادة القبض", ["asserted"], mode="arrest",
          source=SABRATHA_SECURITY, recipient=EIGHTEEN_FUGITIVES, location=FARMS_TO_SURMAN, date=TODAY,
          acled=ARREST),
        E(False, ["COOPERATE", "RETREAT"], [6], "سلّم", ["asserted"], source=FUGITIVE_FAMILIES, date=TODAY),
        # ¶7, a long parenthesis between the subject and its verb: the director and his deputy suspended and
        # referred to an inquiry (SANCTION, COERCE accepted); the fact-finding committee optional
        E(True, ["SANCTION", "COERCE"], [7], "بإيقاف", ["asserted"],
          source=LY_JUSTICE_MINISTER, recipient=PRISON_DIRECTOR, location=SABRATHA_PRISON, date=TODAY),
        E(False, ["AGREE"], [7], "وشكّل", ["asserted"], source=LY_JUSTICE_MINISTER, date=TODAY),
        # ¶8: the guards' sit-in (PROTEST), their work stoppage (optional PROTEST strike) and their demand
        E(True, ["PROTEST"], [8], "وقفة احتجاجية", ["asserted"], mode="demo",
          source=JP_PROTESTERS, location=PRISON_HQ, date=TODAY, acled=PEACEFUL),
        E(False, ["PROTEST"], [8], "تعليق العمل", ["asserted"], mode="strike",
          source=JP_PROTESTERS, location=PRISON_HQ, date=TODAY),
        E(True, ["REQUEST"], [8], "مطالبين", ["asserted"],
          source=JP_PROTESTERS, recipient=GNA, location=PRISON_HQ, date=TODAY),
        # ¶9 (the prison described) holds no event. ¶10: rumoured talks between notables and the attackers
        # (undated)
        E(True, ["CONSULT"], [10], "مفاوضات", ["rumored", "reported"],
          source=SABRATHA_NOTABLES, recipient=PRISON_GUNMEN, location=SABRATHA, date=None,
          attribution=["مصادر محلية"]),
        # ¶11: verb-subject-object: the 48-hour ultimatum (THREATEN); the storming itself only threatened
        # (optional, hypothetical)
        E(True, ["THREATEN"], [11], "وأمهلت", ["asserted"], mode="violence",
          source=SABRATHA_SECURITY, recipient=PRISON_GUNMEN, location=SABRATHA, date=TODAY),
        E(False, ["ASSAULT"], [11], "اقتحام", ["hypothetical"], mode="firearms",
          source=SABRATHA_SECURITY, recipient=PRISON_GUNMEN, location=FARMS_SOUTH, date=None),
        # ¶12: the mayor meets the elders
        E(True, ["CONSULT"], [12], "والتقى", ["asserted"],
          source=MAYOR_ELDERS, recipient=MAYOR_ELDERS, location=MUNICIPAL_COUNCIL, date=TODAY),
        # ¶13: the Presidential Council's visit tomorrow (planned)
        E(True, ["CONSULT"], [13], "يصل", ["planned"], mode="visit",
          source=PC_DELEGATION, location=SABRATHA, date=D("2017-11-09")),
        # ¶14: none of the five wanted men caught (COERCE, negated); the smuggler's arrest three months ago
        # optional, historical
        E(True, ["COERCE"], [14], "القبض", ["negated"], mode="arrest",
          source=SABRATHA_SECURITY, recipient=FIVE_DETAINEES, location=SABRATHA, date=TODAY),
        E(False, ["COERCE"], [14], "أُوقف", ["historical"], mode="arrest",
          recipient=SMUGGLING_LEADER, location=COASTAL_ROAD,
          date=D("2017-08-08", "month", ("2017-07-25", "2017-08-22"))),
        # ¶15 (analysis) holds no event. ¶16, «وكان … قد» at another place: RPGs on al-Ajaylat's police
        # station on 4 September
        E(True, ["ASSAULT"], [16], "هاجموا", ["historical", "asserted"], mode="heavy-weapons",
          source=AJAYLAT_GUNMEN, recipient=AJAYLAT_POLICE, location=AJAYLAT, date=D("2017-09-04"),
          fatalities=1, acled=CLASH),
        # ¶17: the funerals belong to the main event
    ],
)
