"""Gold of article 385: a clash with an arms-smuggling gang near Kurmuk that killed four soldiers (main
event), the seizure of two lorries of weapons, a drone shot down, the Kurmuk crossing closed and a demand
to Ethiopia, accusations between Khartoum and the Ethiopian embassy and the embassy's rejection, a phone
call and a joint security committee agreed, its first meeting due next week, suspects not handed over, a
rumoured gathering of smugglers, the division commander's threat and reinforcements, a court's sentence
and an ambush near Qeissan on 24 January (Blue Nile, Sudan), a Sudanese daily newspaper's site,
2021-03-16 (Tue). Dateline «الدمازين – «التخوم»:»; the main event is told first in the lead, with one
toll (4). Mostly about smuggling across a border."""
from actors_places import (
    BENISHANGUL,
    BN_BSG,
    BN_SECURITY_COMMITTEE,
    CONVICTS,
    CUSTOMS_POLICE,
    DAMAZIN,
    DAMAZIN_COURT,
    DIV4_COMMANDER,
    ET_AUTHORITIES,
    ET_BORDER_SIDE,
    ET_EMBASSY,
    ET_SIDE,
    GOLD_SUSPECTS,
    JOINT_COMMITTEE,
    KURMUK,
    KURMUK_CLASH,
    KURMUK_CROSSING,
    KURMUK_QEISSAN,
    QEISSAN,
    QEISSAN_SMUGGLERS,
    SD_AIR_DEFENCE,
    SD_ARMED_ELEMENTS,
    SD_AUTHORITIES,
    SD_GOV,
    SD_MFA,
    SD_UNIT,
    SMUGGLER_GROUPS,
    SMUGGLERS,
)
from common import AGREEMENT, CLASH, OTHER, D, E, paras_of

SLUG = "kurmuk_2021_damazin_qeissan"
TODAY = D("2021-03-16")
YDAY = D("2021-03-15")
TODAY_OPEN = D("2021-03-16", "day", ("2021-03-15", "2021-03-16"))
ARTICLE = dict(
    id="team77-385", slug=SLUG, published="2021-03-16",
    outlet="Al-Tukhum, Sudanese daily newspaper's news site (fictional)",
    paras=paras_of(f"385_{SLUG}.txt"),
    events=[
        # MAIN EVENT, told first in the lead (headline 0; ¶1: four soldiers killed «فجر أمس الاثنين»; ¶4:
        # SUNA's version from the army spokesman; ¶8: the funeral of «الجنود الأربعة الذين قضوا في اشتباك
        # الكرمك») → 4; a two-sided fight: both sides are sources. The smugglers' pull-back is optional.
        E(True, ["ASSAULT"], [0, 1, 4, 8], "اشتباك", ["asserted", "reported"], mode="firearms",
          source=KURMUK_CLASH, location=KURMUK, date=YDAY, fatalities=4,
          attribution=["مصدر عسكري بالفرقة الرابعة مشاة في الدمازين",
                       "«سونا» عن الناطق الرسمي باسم القوات المسلحة"],
          acled=CLASH, tpara=1),
        E(False, ["RETREAT"], [1], "يتراجع", ["asserted", "reported"], mode="withdraw",
          source=SMUGGLERS, location=KURMUK, date=YDAY),
        # ¶2: two lorries of weapons and hashish seized (COERCE confiscate)
        E(True, ["COERCE"], [2], "وضبطت", ["asserted", "reported"], mode="confiscate",
          source=SD_UNIT, recipient=SMUGGLERS, location=KURMUK, date=YDAY, attribution=["المصدر نفسه"]),
        # ¶3: a small unidentified drone shot down near Kurmuk, told by a military source (reported; ASSAULT
        # destroy, ACLED Other)
        E(True, ["ASSAULT"], [3], "أسقطت", ["reported", "asserted"], mode="destroy",
          source=SD_AIR_DEFENCE, location=KURMUK, date=YDAY, attribution=["مصدر عسكري"], acled=OTHER),
        # ¶5: one sentence, two events: the crossing closed (COERCE restrict; headline 0) and the demand to
        # Ethiopia
        E(True, ["COERCE"], [0, 5], "وأغلقت", ["asserted"], mode="restrict",
          source=BN_SECURITY_COMMITTEE, location=KURMUK_CROSSING, date=TODAY_OPEN, tpara=5),
        E(True, ["REQUEST"], [5], "وطالبت", ["asserted"],
          source=BN_SECURITY_COMMITTEE, recipient=ET_AUTHORITIES, date=TODAY_OPEN),
        # ¶6: Khartoum's foreign ministry accuses «parties on the Ethiopian side» (headline 0); its demand
        # optional
        E(True, ["ACCUSE"], [0, 6], "واتهمت", ["asserted"],
          source=SD_MFA, recipient=ET_SIDE, date=YDAY, attribution=["بيان صدر مساء أمس"], tpara=6),
        E(False, ["REQUEST"], [6], "مطالبة", ["asserted"],
          source=SD_MFA, recipient=ET_SIDE, date=YDAY),
        # ¶7: the Ethiopian embassy rejects the charges (REJECT) and accuses in turn (ACCUSE; headline 0);
        # its call for diplomacy is optional
        E(True, ["REJECT"], [7], "رفضت", ["asserted"],
          source=ET_EMBASSY, recipient=SD_MFA, date=TODAY_OPEN),
        E(True, ["ACCUSE"], [0, 7], "واتهمت", ["asserted"],
          source=ET_EMBASSY, recipient=SD_ARMED_ELEMENTS, location=BENISHANGUL, date=TODAY_OPEN, tpara=7),
        E(False, ["REQUEST"], [7], "داعية", ["asserted"],
          source=ET_EMBASSY, date=TODAY_OPEN),
        # ¶9 (Kurmuk described) holds no event. ¶10: a phone call (CONSULT) and a joint committee agreed
        # (AGREE)
        E(True, ["CONSULT"], [10], "اتصال هاتفي", ["asserted"], mode="phone",
          source=BN_BSG, recipient=BN_BSG, date=TODAY_OPEN,
          attribution=["بيان صادر عن أمانة حكومة الولاية"]),
        E(True, ["AGREE"], [10], "واتفق", ["asserted"],
          source=BN_BSG, recipient=BN_BSG, date=TODAY_OPEN, attribution=["بيان صادر عن أمانة حكومة الولاية"],
          acled=AGREEMENT),
        # ¶11: the committee's first meeting «مطلع الأسبوع المقبل» (planned CONSULT, week)
        E(True, ["CONSULT"], [11], "اجتماعها الأول", ["planned"], mode="multilateral",
          source=JOINT_COMMITTEE, recipient=JOINT_COMMITTEE, location=DAMAZIN,
          date=D("2021-03-21", "week", ("2021-03-20", "2021-03-25"))),
        # ¶12: seven suspects not handed over by Ethiopia (RETREAT, negated; COOPERATE accepted); Khartoum's
        # earlier request is optional, historical
        E(True, ["RETREAT", "COOPERATE"], [12], "ولم تسلّم", ["negated"], mode="return",
          source=ET_AUTHORITIES, recipient=GOLD_SUSPECTS, date=TODAY,
          attribution=["مصدر في النيابة العامة بالولاية"]),
        E(False, ["REQUEST"], [12], "طلب رسمي", ["historical", "asserted"],
          source=SD_GOV, recipient=ET_AUTHORITIES, date=None),
        # ¶13: armed smugglers gathering across the border, told by local sources (rumoured)
        E(True, ["MOBILIZE"], [13], "تجمع", ["rumored", "reported"], mode="troops",
          source=SMUGGLER_GROUPS, location=ET_BORDER_SIDE, date=None, attribution=["مصادر أهلية في الكرمك"]),
        # ¶14: the division commander (subject, a relative clause, then the verb) threatens and announces
        # reinforcements between Kurmuk and Qeissan; his inspection visit is optional
        E(True, ["THREATEN"], [14], "توعّد", ["asserted"], mode="violence",
          source=DIV4_COMMANDER, recipient=SMUGGLERS, date=TODAY),
        E(True, ["MOBILIZE"], [14], "بتعزيزات", ["asserted", "planned"], mode="troops",
          source=DIV4_COMMANDER, location=KURMUK_QEISSAN, date=TODAY),
        E(False, ["CONSULT"], [14], "تفقد", ["asserted"], mode="visit",
          source=DIV4_COMMANDER, location=KURMUK, date=TODAY),
        # ¶15: three men sentenced to ten years (SANCTION convict); their arrest last month is optional
        E(True, ["SANCTION"], [15], "حكماً", ["asserted", "reported"], mode="convict",
          source=DAMAZIN_COURT, recipient=CONVICTS, location=DAMAZIN, date=YDAY,
          attribution=["النيابة العامة بالولاية"]),
        E(False, ["COERCE"], [15], "ضُبطوا", ["historical", "asserted"], mode="arrest",
          recipient=CONVICTS, date=None),
        # ¶16 (smuggling networks in general) holds no event. Background at another place, in «وكان … قد»: an
        # ambush near Qeissan on 24 January (3); no arrest announced since (optional, negated)
        E(True, ["ASSAULT"], [17], "كمين", ["historical", "asserted"], mode="firearms",
          source=QEISSAN_SMUGGLERS, recipient=CUSTOMS_POLICE, location=QEISSAN, date=D("2021-01-24"),
          fatalities=3, acled=CLASH),
        E(False, ["COERCE"], [17], "توقيف", ["negated"], mode="arrest",
          source=SD_AUTHORITIES, location=QEISSAN, date=None),
    ],
)
