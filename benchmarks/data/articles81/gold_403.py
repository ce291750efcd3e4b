"""Gold of article 403: a curfew on al-Hawija, the storming of its prison the night before with a car bomb and
a clash with the guards (main event) and the escape of some sixty detainees, escapees re-arrested, a reward
and a warning to anyone sheltering them, the prison director and six guards arrested for complicity, a
commander dismissed, an accusation against the Naqshbandi Army and its denial and counter-accusation, a
rumoured clash, a sheikhs' threat and the curfew eased, a parliamentary delegation due on Saturday, a police
chief absent from the council, an attack in Dibis on 3 March (Kirkuk, Iraq), an Iraqi daily newspaper's
website, 2013-09-26 (Thu).
Dateline «كركوك – «ضفاف الزاب»:»; the main event comes first in ¶2, after the curfew, and its toll conflicts
(the police's four guards, the hospital's six bodies with two attackers → 4). Mostly about an attack on a
prison and a jailbreak."""
from actors_places import (
    COUNCIL_MEMBERS,
    DIBIS,
    DIBIS_FIGHT,
    ESCAPEES,
    GUARD_COMMANDER,
    HARBOURERS,
    HAWIJA,
    HAWIJA_PEOPLE,
    HAWIJA_POLICE_CHIEF,
    HAWIJA_PRISON,
    HAWIJA_SHEIKHS,
    IQ_AUTHORITIES,
    KIRKUK,
    KIRKUK_COUNCIL,
    KIRKUK_POLICE,
    KIRKUK_POLICE_CHIEF,
    MOI,
    MOI_COMMITTEE,
    NAQSHBANDI,
    PARLIAMENT_COMMITTEE,
    PRISON_FIGHT,
    PRISON_GUNMEN,
    PRISON_STAFF,
    REASONABLE_MEN,
    RIYADH,
    TIGRIS_COMMAND,
    TWO_ESCAPEES,
    ZAB,
    ZAB_FIGHT,
)
from common import ARREST, CLASH, MINE, D, E, paras_of

SLUG = "hawija_2013_riyadh_zab_dibis"
TODAY = D("2013-09-26")
YDAY = D("2013-09-25")
TODAY_OPEN = D("2013-09-26", "day", ("2013-09-25", "2013-09-26"))
ARTICLE = dict(
    id="team81-403", slug=SLUG, published="2013-09-26",
    outlet="Difaf al-Zab, Iraqi daily newspaper's website (fictional)",
    paras=paras_of(f"403_{SLUG}.txt"),
    events=[
        # ¶1: the curfew imposed this morning (verb-subject-object); the headline names it
        E(True, ["COERCE"], [0, 1], "حظراً شاملاً للتجوال", ["asserted"], mode="curfew",
          source=KIRKUK_POLICE, location=HAWIJA, date=TODAY, attribution=["مراسل «ضفاف الزاب»"], tpara=1),
        # MAIN EVENT, first told in ¶2: gunmen storm the prison with a car bomb and fight the guards for an
        # hour, «وذلك قرابة الحادية عشرة من ليل أمس» (a time told after the act); the escape and the pull-back
        # ¶3, the hospital ¶4 (six bodies, two of them attackers), a neighbour ¶5; the police's four → 4.
        # Two-sided: the gunmen and the guards are both sources.
        E(True, ["ASSAULT"], [0, 2, 3, 4, 5], "هجوم شنّه", ["asserted", "reported"], mode="firearms",
          source=PRISON_FIGHT, location=HAWIJA_PRISON, date=YDAY, fatalities=4,
          attribution=["مصدر في قيادة شرطة كركوك", "مصدر طبي في مستشفى الحويجة العام"], acled=CLASH, tpara=2),
        # ¶3: the attackers' pull-back (optional; the detainees' escape belongs to the attack)
        E(False, ["RETREAT"], [3], "ينسحبوا", ["asserted", "reported"], mode="withdraw",
          source=PRISON_GUNMEN, location=HAWIJA, date=YDAY),
        # ¶6: nineteen escapees re-arrested in the villages of al-Riyadh; two who gave themselves up optional
        E(True, ["COERCE"], [6], "أعادت اعتقال", ["asserted", "reported"], mode="arrest",
          source=TIGRIS_COMMAND, recipient=ESCAPEES, location=RIYADH, date=TODAY,
          attribution=["قيادة عمليات دجلة"], acled=ARREST),
        E(False, ["RETREAT"], [6], "سلّما نفسيهما", ["asserted", "reported"],
          source=TWO_ESCAPEES, date=TODAY),
        # ¶7: the reward and the call for information (REQUEST), and the warning that anyone sheltering an
        # escapee «سيُعامل معاملة الإرهابي» (THREATEN)
        E(True, ["REQUEST"], [7], "داعيةً", ["asserted"],
          source=KIRKUK_POLICE, recipient=HAWIJA_PEOPLE, date=TODAY_OPEN),
        E(True, ["THREATEN"], [7], "ومحذّرةً", ["asserted"], mode="arrest",
          source=KIRKUK_POLICE, recipient=HARBOURERS, date=TODAY_OPEN),
        # ¶8: the prison director and six guards arrested for complicity (passive «اعتُقل», «نقلاً عن»); the
        # headline names it; the place is the dateline's
        E(True, ["COERCE", "SANCTION"], [0, 8], "واعتُقل", ["asserted", "reported"], mode="arrest",
          source=MOI_COMMITTEE, recipient=PRISON_STAFF, location=HAWIJA, date=TODAY,
          attribution=["ضابط في مديرية شرطة كركوك"], acled=ARREST, tpara=8),
        # ¶9: the commander of the prison's protection force dismissed and sent to an inquiry (SANCTION;
        # COERCE accepted)
        E(True, ["SANCTION", "COERCE"], [9], "إعفاء", ["asserted"],
          source=MOI, recipient=GUARD_COMMANDER, date=TODAY),
        # ¶10: the police chief, after a long parenthesis, accuses the Naqshbandi Army (ACCUSE); the July
        # attempt on his life (optional, historical) and his vow (optional THREATEN)
        E(True, ["ACCUSE"], [10], "اتهم", ["asserted"],
          source=HAWIJA_POLICE_CHIEF, recipient=NAQSHBANDI, location=HAWIJA, date=TODAY_OPEN),
        E(False, ["ASSAULT"], [10], "محاولة اغتيال", ["historical", "asserted"], mode="assassinate",
          recipient=HAWIJA_POLICE_CHIEF, date=D("2013-07-15", "month", ("2013-07-01", "2013-07-31")),
          acled=MINE),
        E(False, ["THREATEN"], [10], "ومتوعّداً", ["asserted"], mode="arrest",
          source=HAWIJA_POLICE_CHIEF, date=TODAY_OPEN),
        # ¶11: the Naqshbandi Army's denial (optional REJECT) and its counter-accusation of the authorities
        # (ACCUSE); its call on «العقلاء» optional
        E(False, ["REJECT"], [11], "نفى", ["asserted"],
          source=NAQSHBANDI, recipient=HAWIJA_POLICE_CHIEF, date=TODAY_OPEN),
        E(True, ["ACCUSE"], [11], "واتهم", ["asserted"],
          source=NAQSHBANDI, recipient=IQ_AUTHORITIES, date=TODAY_OPEN),
        E(False, ["REQUEST"], [11], "وداعياً", ["asserted"],
          source=NAQSHBANDI, recipient=REASONABLE_MEN, date=TODAY_OPEN),
        # ¶12 (the district and its prison described) holds no event. ¶13: a clash near al-Zab told only by
        # tribal sources, unconfirmed (rumoured; two killed)
        E(True, ["ASSAULT"], [13], "اشتباك", ["rumored"], mode="firearms",
          source=ZAB_FIGHT, location=ZAB, date=TODAY, fatalities=2, attribution=["مصادر عشائرية"],
          acled=CLASH),
        # ¶14: the sheikhs' conditional threat (the sit-in itself optional, hypothetical) and the easing of
        # the curfew announced (CONCEDE)
        E(True, ["THREATEN"], [14], "وهدّد", ["asserted"], mode="obstruct",
          source=HAWIJA_SHEIKHS, recipient=KIRKUK_POLICE, location=HAWIJA, date=TODAY_OPEN),
        E(False, ["PROTEST"], [14], "الاعتصام المفتوح", ["hypothetical"], mode="demo",
          source=HAWIJA_SHEIKHS, location=HAWIJA, date=None),
        E(True, ["CONCEDE"], [14], "تخفيف الحظر", ["asserted"],
          source=KIRKUK_POLICE, location=HAWIJA, date=TODAY),
        # ¶15: a parliamentary delegation due «يوم السبت المقبل» (planned); the council's emergency session
        # (optional) that the provincial police chief did not attend (negated); the members' demand optional
        E(True, ["CONSULT"], [15], "يصل", ["planned"], mode="visit",
          source=PARLIAMENT_COMMITTEE, location=KIRKUK, date=D("2013-09-28")),
        E(False, ["CONSULT"], [15], "جلسة طارئة", ["asserted"], mode="multilateral",
          source=KIRKUK_COUNCIL, location=KIRKUK, date=TODAY),
        E(True, ["CONSULT"], [15], "يحضرها", ["negated"], mode="multilateral",
          source=KIRKUK_POLICE_CHIEF, recipient=KIRKUK_COUNCIL, location=KIRKUK, date=TODAY),
        E(False, ["REQUEST"], [15], "طالبوا", ["asserted"],
          source=COUNCIL_MEMBERS, recipient=KIRKUK_POLICE_CHIEF, date=TODAY),
        # Background at another place, in «وكان … قد»: gunmen attack a police station in Dibis on 3 March
        # (three policemen killed; two-sided)
        E(True, ["ASSAULT"], [16], "هاجموا", ["historical", "asserted"], mode="firearms",
          source=DIBIS_FIGHT, location=DIBIS, date=D("2013-03-03"), fatalities=3, acled=CLASH),
        # ¶17 (analysis) holds no event
    ],
)
