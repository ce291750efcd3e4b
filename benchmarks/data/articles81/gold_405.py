"""Gold of article 405: the governor of South Kordofan refuses the return of some two hundred displaced
families at a meeting with native administration leaders, SPLM-N shells on eastern Kadugli the Thursday before
(main event), families fleeing to a camp on the Kadugli–Dilling road, the camp flooded, food distribution
suspended then resumed, a return agreed with guarantees, returnees arrested by military intelligence, an
accusation and a demand, a rumoured release, a threat to leave the return committee, an organised return due
on Saturday, OCHA kept out, four herders killed near Abu Jubayhah on 12 May (South Kordofan, Sudan), a
Sudanese independent news website run from abroad, 2012-09-10 (Mon).
Dateline «كادقلي – «أصداء الجبال»:»; the main event comes first in ¶3, after the refusal and the meeting, with
one toll (the hospital's five), retold by a witness and by the SPLM-N. Mostly about displacement and return.
"""
from actors_places import (
    ABU_JUBAYHAH,
    CAMP_ROAD,
    DETAINEES,
    EAST_KADUGLI,
    FLEEING_FAMILIES,
    GOV_SPLMN,
    GOVERNOR_MEETING,
    HAC,
    HAC_WFP,
    INTL_ORGS,
    JUBAYHAH_GUNMEN,
    JUBAYHAH_HERDERS,
    KADUGLI,
    KADUGLI_VICTIMS,
    NATIVE_ADMIN,
    NATIVE_LEADER,
    OCHA,
    ORGANISED_RETURNEES,
    REJECTED,
    RETURN_PARTIES,
    RETURNEES,
    SAF,
    SAF_MI,
    SD_AUTHORITIES,
    SECURITY_AUTHORITIES,
    SELF_RETURNEES,
    SK_AGRICULTURE,
    SK_GOVERNOR,
    SPLMN,
    SPLMN_SPOKESMAN,
)
from common import ARREST, ATTACK, SHELL, D, E, paras_of

SLUG = "kadugli_2012_dilling_abu_jubayhah"
TODAY = D("2012-09-10")
YDAY = D("2012-09-09")
TODAY_OPEN = D("2012-09-10", "day", ("2012-09-09", "2012-09-10"))
ARTICLE = dict(
    id="team81-405", slug=SLUG, published="2012-09-10",
    outlet="Asda al-Jibal, Sudanese independent news website run from abroad (fictional)",
    paras=paras_of(f"405_{SLUG}.txt"),
    events=[
        # ¶1: the governor refuses the return of some families (REJECT), «وذلك خلال لقائه، أمس الأحد» (the
        # meeting is a CONSULT of its own; both parties accepted in either role); ¶2 quotes him; the headline
        # names it
        E(True, ["REJECT"], [0, 1, 2], "رفض", ["asserted", "reported"],
          source=SK_GOVERNOR, recipient=REJECTED, location=KADUGLI, date=YDAY,
          attribution=["أحد أعضاء الوفد"], tpara=1),
        E(True, ["CONSULT"], [1], "لقائه", ["asserted", "reported"], mode="visit",
          source=GOVERNOR_MEETING, recipient=GOVERNOR_MEETING, location=KADUGLI, date=YDAY,
          attribution=["أحد أعضاء الوفد"]),
        # ¶2: the delegation's request and the governor's vague promise (optional)
        E(False, ["REQUEST"], [2], "طلب", ["asserted", "reported"],
          source=NATIVE_ADMIN, recipient=SK_GOVERNOR, date=YDAY),
        E(False, ["AGREE"], [2], "فوعد", ["asserted", "reported"],
          source=SK_GOVERNOR, recipient=NATIVE_ADMIN, date=YDAY),
        # MAIN EVENT, first told in ¶3: SPLM-N shells on the eastern quarters of Kadugli last Thursday
        # evening, five civilians killed (the hospital), a woman's account ¶4, the SPLM-N's own telling ¶5
        # (the other side); the headline names it → 5
        E(True, ["ASSAULT"], [0, 3, 4, 5], "قذائف مدفعية أطلقها", ["asserted", "reported"],
          mode="heavy-weapons", source=SPLMN, recipient=KADUGLI_VICTIMS, location=EAST_KADUGLI,
          date=D("2012-09-06"), fatalities=5,
          attribution=["مصدر في مستشفى كادقلي التعليمي"], acled=SHELL, tpara=3),
        # ¶5: the spokesman's charge against the army and his call for an inquiry (optional)
        E(False, ["ACCUSE"], [5], "متهماً", ["asserted"],
          source=SPLMN_SPOKESMAN, recipient=SAF, date=TODAY_OPEN),
        E(False, ["REQUEST"], [5], "ومطالباً", ["asserted"],
          source=SPLMN_SPOKESMAN, recipient=INTL_ORGS, date=TODAY_OPEN),
        # ¶6: families flee the shelling towards the camp on the road between Kadugli and Dilling (RETREAT)
        E(True, ["RETREAT"], [6], "النزوح", ["asserted", "reported"],
          source=FLEEING_FAMILIES, location=CAMP_ROAD,
          date=D("2012-09-07", "day", ("2012-09-06", "2012-09-10")),
          attribution=["مفوضية العون الإنساني"]),
        # ¶7 (the camp flooded by the rains: no political event) holds no event. ¶8, in «وكانت … قد»: food
        # distribution suspended last Wednesday (SANCTION; COERCE accepted) and resumed this morning (AID)
        E(True, ["SANCTION", "COERCE"], [8], "علّقت", ["asserted", "reported"], mode="withdraw",
          source=HAC, location=CAMP_ROAD, date=D("2012-09-05"), attribution=["موظف في المفوضية"]),
        E(True, ["AID"], [8], "تستأنفه", ["asserted", "reported"], mode="humanitarian",
          source=HAC_WFP, location=CAMP_ROAD, date=TODAY, attribution=["موظف في المفوضية"]),
        # ¶9: the return agreed last Tuesday with «guarantees» (AGREE, no ACLED label: not between armed
        # parties); the meeting it came out of is optional
        E(True, ["AGREE"], [9], "اتفاق", ["asserted"],
          source=RETURN_PARTIES, recipient=RETURN_PARTIES, location=KADUGLI, date=D("2012-09-04")),
        E(False, ["CONSULT"], [9], "اجتماع", ["asserted"], mode="multilateral",
          source=RETURN_PARTIES, location=KADUGLI, date=D("2012-09-04")),
        # ¶10: seven returnees arrested by military intelligence on Saturday; the families who went back on
        # their own are an optional RETREAT
        E(True, ["COERCE"], [10], "اعتقلت", ["asserted", "reported"], mode="arrest",
          source=SAF_MI, recipient=RETURNEES, location=KADUGLI, date=D("2012-09-08"),
          attribution=["قريب لأحدهم"], acled=ARREST),
        E(False, ["RETREAT"], [10], "عادت", ["asserted", "reported"], mode="return",
          source=SELF_RETURNEES, date=D("2012-09-06", "week", ("2012-09-04", "2012-09-08"))),
        # ¶11: one sentence, two events joined with «و»: a leader accuses the authorities and demands the
        # release
        E(True, ["ACCUSE"], [11], "واتهم", ["asserted"],
          source=NATIVE_LEADER, recipient=SD_AUTHORITIES, date=TODAY_OPEN),
        E(True, ["REQUEST"], [11], "وطالب", ["asserted"],
          source=NATIVE_LEADER, recipient=SD_AUTHORITIES, date=TODAY_OPEN),
        # ¶12: a release told by local sources and not confirmed by a relative (rumoured)
        E(True, ["RETREAT"], [12], "إطلاق سراح", ["rumored"], mode="release",
          recipient=DETAINEES, date=TODAY, attribution=["مصادر محلية"]),
        # ¶13: the leaders' conditional threat to leave the joint committee; the walk-out itself optional,
        # hypothetical
        E(True, ["THREATEN"], [13], "ولوّح", ["asserted"], mode="withdraw",
          source=NATIVE_ADMIN, date=TODAY_OPEN),
        E(False, ["SANCTION", "RETREAT"], [13], "بالانسحاب", ["hypothetical"], mode="withdraw",
          source=NATIVE_ADMIN, date=None),
        # ¶14: the organised return due «يوم السبت المقبل» (planned RETREAT return); the seeds and shelter
        # material that go with it optional, planned
        E(True, ["RETREAT"], [14], "العودة المنظّمة", ["planned"], mode="return",
          source=ORGANISED_RETURNEES, location=KADUGLI, date=D("2012-09-15")),
        E(False, ["AID"], [14], "شاحنات", ["planned"], mode="humanitarian",
          source=SK_AGRICULTURE, date=D("2012-09-15")),
        # ¶15: OCHA not let into the villages (RETREAT access, negated; COERCE accepted); its repeated
        # requests optional, generic
        E(True, ["RETREAT", "COERCE"], [15], "تسمح", ["negated", "asserted"], mode="access",
          source=SECURITY_AUTHORITIES, recipient=OCHA, location=KADUGLI,
          date=D("2012-09-10", "month", ("2012-08-11", "2012-09-10"))),
        E(False, ["REQUEST"], [15], "طلبات متكررة", ["generic"],
          source=OCHA, recipient=SECURITY_AUTHORITIES, date=None),
        # Background at another place, in «وكان … قد»: four herders shot near Abu Jubayhah on 12 May; the
        # mutual charges then optional
        E(True, ["ASSAULT"], [16], "برصاص", ["historical", "asserted"], mode="firearms",
          source=JUBAYHAH_GUNMEN, recipient=JUBAYHAH_HERDERS, location=ABU_JUBAYHAH, date=D("2012-05-12"),
          fatalities=4, acled=ATTACK),
        E(False, ["ACCUSE"], [16], "الاتهامات", ["historical", "asserted"],
          source=GOV_SPLMN, date=D("2012-05-13", "week", ("2012-05-12", "2012-05-19"))),
        # ¶17 (farming and prices) holds no event
    ],
)
