"""Gold of article 351: Suwayda's protest movement (the Karama square, Shahba, Salkhad, al-Qrayya; Syria), a
local citizen news network, 2023-09-30 (Sat). Mostly about a mass protest movement and its dealings with the
authorities: a Friday rally, a general strike, a delegation's meeting with a demand and a promise, a
refusal, a planned sit-in, a dispersal with arrests, threats and calls; the fatal shooting at the Baath
Party division in Shahba is first told in ¶4, after the rally and the strike."""
from actors_places import (
    BAATH_GUARDS,
    COURTHOUSE,
    FOREIGN_LINKED,
    KARAMA_SQ,
    MASHYAKHA,
    PARTY_SOURCE,
    QRAYYA,
    QRAYYA_PROTESTERS,
    RIGHTS_UN,
    SALKHAD,
    SALKHAD_POLICE,
    SALKHAD_STUDENTS,
    SHAHBA,
    SHAHBA_BAATH,
    SHAHBA_GROUPS,
    SHAHBA_PROTESTERS,
    SHOOTERS,
    SW_BODY,
    SW_CLOSERS,
    SW_DELEGATION,
    SW_DETAINEES,
    SW_GOV_BUILDING,
    SW_GOVERNOR,
    SW_MEETING,
    SW_OFFICIALS,
    SW_PROTESTERS,
    SW_STRIKERS,
    SW_TOWNS,
    SY_AUTHORITIES,
    SY_GOV_FORCES,
    SY_SECURITY_MEN,
    THALA,
)
from common import ARREST, EXCESSIVE, PEACEFUL, D, E, paras_of

SLUG = "suwayda_2023_shahba_karama_square_salkhad_qrayya"
TODAY = D("2023-09-30")
YESTERDAY = D("2023-09-29")
# statements and posts without a time of day: today, or last night
TODAY_OPEN = D("2023-09-30", "day", ("2023-09-29", "2023-09-30"))
ARTICLE = dict(
    id="team71-351", slug=SLUG, published="2023-09-30",
    outlet="al-Muqrin local citizen news network (fictional)",
    paras=paras_of(f"351_{SLUG}.txt"),
    events=[
        # the Friday rally on the Karama square (headline 0, lead 1, the speeches and chants 2); the banners'
        # demand is optional REQUEST
        E(True, ["PROTEST"], [0, 1, 2], "احتشد", ["asserted"], mode="demo",
          source=SW_PROTESTERS, location=KARAMA_SQ, date=YESTERDAY, acled=PEACEFUL, tpara=1),
        E(False, ["REQUEST"], [1], "تطالب", ["asserted"],
          source=SW_PROTESTERS, location=KARAMA_SQ, date=YESTERDAY),
        # the general strike in its fourth day in three towns (one event); the General Body's earlier call is
        # optional (historical), and so is the chaining of government offices (part of the strike)
        E(True, ["PROTEST"], [3], "الإضراب العام", ["asserted"], mode="strike",
          source=SW_STRIKERS, location=SW_TOWNS, date=D("2023-09-29", "day", ("2023-09-26", "2023-09-30")),
          attribution=["ناشطون"], acled=PEACEFUL),
        E(False, ["REQUEST"], [3], "دعت", ["historical", "asserted"],
          source=SW_BODY, date=None),
        E(False, ["PROTEST"], [3], "أقفل", ["asserted"], mode="obstruct",
          source=SW_CLOSERS, location=SW_TOWNS, date=YESTERDAY, acled=PEACEFUL),
        # MAIN EVENT, first told in ¶4: the Baath division's guards fire on protesters in Shahba «مساء أمس»
        # (headline 0, the network's correspondent 4, the party source's version 6, the doctor 10) → 1 killed;
        # one-sided fire on protesters: ACLED excessive force, so COERCE and PROTEST are accepted as types.
        # The protesters' approach to close the building is optional; the party source's blame of
        # «foreign-linked parties» is optional ACCUSE; the funeral is no event
        E(True, ["ASSAULT", "COERCE", "PROTEST"], [0, 4, 6, 10], "برصاص", ["asserted", "reported"],
          mode="firearms", source=BAATH_GUARDS, recipient=SHAHBA_PROTESTERS, location=SHAHBA_BAATH,
          date=YESTERDAY, fatalities=1,
          attribution=["مراسل الشبكة", "مصدر في قيادة فرع الحزب", "طبيب في المشفى الوطني بالسويداء"],
          acled=EXCESSIVE, tpara=4),
        E(False, ["PROTEST"], [4], "اقترب", ["asserted"], mode="obstruct",
          source=SHAHBA_PROTESTERS, location=SHAHBA_BAATH, date=YESTERDAY),
        # ¶5 (Shahba described) holds no event
        E(False, ["PROTEST", "ASSAULT"], [6], "اقتحام", ["reported"], mode="riot",
          source=SHAHBA_PROTESTERS, location=SHAHBA_BAATH, date=YESTERDAY),
        E(False, ["ACCUSE"], [6], "متهماً", ["reported"],
          source=PARTY_SOURCE, recipient=FOREIGN_LINKED, date=TODAY_OPEN),
        # ¶7: the delegation meets the governor, the branch secretary and the police chief (CONSULT), demands
        # the shooters' handover (REQUEST), and the governor promises an inquiry (AGREE)
        E(True, ["CONSULT"], [7], "التقى", ["asserted"], mode="visit",
          source=SW_MEETING, recipient=SW_MEETING, location=SW_GOV_BUILDING, date=TODAY,
          attribution=["أحد أعضاء الوفد"]),
        E(True, ["REQUEST"], [7], "وطالب", ["asserted"],
          source=SW_DELEGATION, recipient=SW_OFFICIALS, location=SW_GOV_BUILDING, date=TODAY),
        E(True, ["AGREE"], [7], "ووعد", ["asserted", "reported"],
          source=SW_GOVERNOR, recipient=SW_DELEGATION, location=SW_GOV_BUILDING, date=TODAY,
          attribution=["أحد أعضاء الوفد"]),
        # ¶8: the General Body refuses the governor's proposal (REJECT; the proposal itself optional AGREE);
        # no detainee released (RETREAT, negated); the earlier pledge is optional, historical
        E(True, ["REJECT"], [8], "رفضت", ["asserted"],
          source=SW_BODY, recipient=SW_GOVERNOR, date=TODAY),
        E(False, ["AGREE"], [8], "مقترحاً", ["asserted"],
          source=SW_GOVERNOR, recipient=SW_BODY, date=TODAY),
        E(True, ["RETREAT"], [8], "تُفرج", ["negated"], mode="release",
          source=SY_AUTHORITIES, recipient=SW_DETAINEES, date=None),
        E(False, ["AGREE"], [8], "تعهّد", ["historical"],
          source=SW_GOVERNOR, recipient=SW_DETAINEES, date=None),
        # ¶9 (the ministry's silence) holds no event
        # ¶11: a government convoy to the Thaala airbase, rumoured by local pages and unconfirmed
        E(True, ["MOBILIZE"], [11], "وصول رتل", ["rumored", "reported"], mode="troops",
          source=SY_GOV_FORCES, location=THALA, date=TODAY_OPEN, attribution=["صفحات محلية"]),
        # ¶12: the armed groups' 48-hour ultimatum (THREATEN; the «response» itself hypothetical, optional)
        # and the spiritual leadership's call for restraint (REQUEST)
        E(True, ["THREATEN"], [12], "وتوعّدت", ["asserted"], mode="violence",
          source=SHAHBA_GROUPS, recipient=SHOOTERS, location=SHAHBA, date=TODAY_OPEN,
          attribution=["تسجيل مصوّر"]),
        E(False, ["ASSAULT"], [12], "الرد", ["hypothetical"], mode="firearms",
          source=SHAHBA_GROUPS, recipient=SHOOTERS, location=SHAHBA, date=None),
        E(True, ["REQUEST"], [12], "دعت", ["asserted"],
          source=MASHYAKHA, date=TODAY_OPEN),
        # ¶13: the sit-in before the courthouse «يوم غدٍ الأحد» (planned); the motorcade after it optional
        E(True, ["PROTEST"], [13], "اعتصاماً", ["planned"], mode="demo",
          source=SW_BODY, location=COURTHOUSE, date=D("2023-10-01")),
        E(False, ["PROTEST"], [13], "مسيرة", ["planned"], mode="demo",
          source=SW_BODY, location=SHAHBA, date=D("2023-10-01")),
        # background at another place: the party office in al-Qrayya sealed with cement on 24 August (core,
        # historical); the security men's not intervening is optional, negated
        E(True, ["PROTEST"], [14], "أغلقوا", ["historical", "asserted"], mode="obstruct",
          source=QRAYYA_PROTESTERS, location=QRAYYA, date=D("2023-08-24"), acled=PEACEFUL),
        E(False, ["COERCE"], [14], "يتدخل", ["negated", "historical"], mode="restrict",
          source=SY_SECURITY_MEN, location=QRAYYA, date=D("2023-08-24")),
        # ¶15 (analysis) holds no event ¶16: the police disperse the students' vigil with batons (excessive
        # force, one event with the vigil) and arrest two (COERCE); their release two hours later is optional
        # RETREAT
        E(True, ["ASSAULT", "COERCE", "PROTEST"], [16], "فرّقت", ["asserted"], mode="beat",
          source=SALKHAD_POLICE, recipient=SALKHAD_STUDENTS, location=SALKHAD, date=TODAY, acled=EXCESSIVE,
          attribution=["أحد المشاركين في الوقفة"]),
        E(True, ["COERCE"], [16], "واعتقلت", ["asserted"], mode="arrest",
          source=SALKHAD_POLICE, recipient=SALKHAD_STUDENTS, location=SALKHAD, date=TODAY, acled=ARREST),
        E(False, ["RETREAT"], [16], "تطلق", ["asserted"], mode="release",
          source=SALKHAD_POLICE, recipient=SALKHAD_STUDENTS, location=SALKHAD, date=TODAY),
        # ¶17: the General Body's call on rights groups and the UN envoy's office (REQUEST)
        E(True, ["REQUEST"], [17], "ودعت", ["asserted"],
          source=SW_BODY, recipient=RIGHTS_UN, date=TODAY),
    ],
)
