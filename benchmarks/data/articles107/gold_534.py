"""Gold of article 534: masked gunmen raiding a gathering of artisanal gold miners in the Atmur desert east
of Abu Hamad, killing four and taking their gold (main event, told first in the lead; one toll), a
survivor's account and the concession company's version, miners blocking the Atbara–Abu Hamad road, police
reinforcements, five suspects arrested near al-Ubaidiya, the concession company suspended by the state
government, the commissioner's meeting and agreement with the miners (the company's representatives absent),
the miners' conditional threat, a second raid rumoured and unconfirmed, the miners' refusal of the
ministry's plan, the burial, a ministry committee due next week, the season's robberies, and a truck
ambushed between Berber and al-Ubaidiya on 25 January 2013 (River Nile State, Sudan), an ad-Damer-based
regional weekly newspaper's website, 2013-02-17 (Sun). Dateline «الدامر» (the capital of the state).
Mostly about gold mining and its violence."""
from actors_places import (
    ABU_HAMAD,
    ABU_HAMAD_COMMISSIONER,
    ABU_HAMAD_LOCALITY,
    ABU_HAMAD_MEETING,
    ABU_HAMAD_ROAD,
    ACCUSING_MINERS,
    ATMUR_GUNMEN,
    ATMUR_MINERS,
    ATMUR_MINERS_REJECT,
    ATMUR_MINES,
    ATMUR_SITE,
    BERBER_ROAD,
    COMPANY_GUARDS,
    CONCESSION_COMPANY,
    DAMER,
    DISPUTE_PARTIES,
    FIVE_SUSPECTS,
    JOINT_SECURITY_FORCE,
    MINERALS_MINISTRY,
    MINERS_REPS,
    MINISTRY_COMMITTEE,
    PATROL_PARTNERS,
    RIVER_NILE_GOV,
    RIVER_NILE_POLICE,
    ROAD_PROTESTERS,
    STATE_SECURITY_COMMITTEE,
    TRUCK_CREW,
    TRUCK_GUNMEN,
    UBAIDIYA,
    WEST_ABU_HAMAD_CAMP,
    WEST_CAMP_MINERS,
)
from common import ARREST, ATTACK, PEACEFUL, D, E, paras_of

SLUG = "river_nile_2013_abu_hamad_ubaidiya"
YESTERDAY = D("2013-02-16")
TODAY = D("2013-02-17")
# a statement of the day whose hour the text does not give: today, or the evening before
TODAY_OR_EVE = D("2013-02-17", "day", ("2013-02-16", "2013-02-17"))
ARTICLE = dict(
    id="team107-534", slug=SLUG, published="2013-02-17",
    outlet="al-Diffa, an ad-Damer-based regional weekly newspaper's website (fictional)",
    paras=paras_of(f"534_{SLUG}.txt"),
    events=[
        # MAIN EVENT, told first in the lead (dateline «الدامر»; verb first): masked gunmen raid the
        # miners in the Atmur desert; a survivor ¶2, the company's version ¶3 and the burial ¶13 retell
        # it. One toll: 4. The gold taken is optional (COERCE seize)
        E(True, ["ASSAULT"], [0, 1, 2, 3, 13], "هاجم", ["asserted"], mode="firearms",
          source=ATMUR_GUNMEN, recipient=ATMUR_MINERS, location=ATMUR_SITE, date=YESTERDAY, fatalities=4,
          attribution=["مصدر في شرطة محلية أبو حمد", "أحد الناجين", "الشركة الخاصة صاحبة الامتياز"],
          acled=ATTACK, tpara=1),
        E(False, ["COERCE", "ASSAULT"], [1], "استولوا", ["asserted"], mode="seize",
          source=ATMUR_GUNMEN, recipient=ATMUR_MINERS, location=ATMUR_SITE, date=YESTERDAY),
        # ¶3: the company's denial and the miners' blame it answers retell the raid (both optional)
        E(False, ["REJECT"], [3], "نفت", ["asserted"],
          source=CONCESSION_COMPANY, recipient=ACCUSING_MINERS, date=TODAY_OR_EVE),
        E(False, ["ACCUSE"], [3], "اتهمهم", ["asserted", "reported"],
          source=ACCUSING_MINERS, recipient=COMPANY_GUARDS, date=None),
        # ¶4: miners and villagers block the Atbara–Abu Hamad road (PROTEST obstruct); their demand is
        # optional
        E(True, ["PROTEST"], [4], "وأغلق", ["asserted"], mode="obstruct",
          source=ROAD_PROTESTERS, location=ABU_HAMAD_ROAD, date=YESTERDAY, acled=PEACEFUL),
        E(False, ["REQUEST"], [4], "وطالبوا", ["asserted"],
          source=ROAD_PROTESTERS, recipient=CONCESSION_COMPANY, date=YESTERDAY),
        # ¶5: Central Reserve Police sent to Abu Hamad (MOBILIZE police); the road reopened and the
        # notables' pledge are optional
        E(True, ["MOBILIZE"], [5], "ودفعت", ["asserted"], mode="police",
          source=RIVER_NILE_POLICE, location=ABU_HAMAD, date=YESTERDAY),
        E(False, ["RETREAT", "CONCEDE"], [5], "فتح", ["asserted"], mode="access",
          source=ROAD_PROTESTERS, location=ABU_HAMAD,
          date=D("2013-02-16", "day", ("2013-02-16", "2013-02-17"))),
        E(False, ["AGREE"], [5], "تعهد", ["asserted"], location=ABU_HAMAD, date=YESTERDAY),
        # ¶6: five suspects arrested near al-Ubaidiya (COERCE arrest); the weapons and detectors seized
        # are optional
        E(True, ["COERCE"], [6], "واعتقلت", ["asserted"], mode="arrest",
          source=JOINT_SECURITY_FORCE, recipient=FIVE_SUSPECTS, location=UBAIDIYA, date=TODAY,
          attribution=["المصدر في الشرطة"], acled=ARREST),
        E(False, ["COERCE"], [6], "وضبطت", ["asserted"], mode="confiscate",
          source=JOINT_SECURITY_FORCE, recipient=FIVE_SUSPECTS, location=UBAIDIYA, date=TODAY),
        # ¶7 (the gold rush in the Atmur desert) holds no event. ¶8: the concession company suspended by
        # the state government (SANCTION); the security committee's emergency meeting is optional
        E(True, ["SANCTION"], [8], "تعليق", ["asserted"], mode="withdraw",
          source=RIVER_NILE_GOV, recipient=CONCESSION_COMPANY, location=DAMER,
          date=D("2013-02-16", "day", ("2013-02-16", "2013-02-17")),
          attribution=["وكالة السودان للأنباء «سونا»"]),
        E(False, ["CONSULT"], [8], "اجتماع طارئ", ["asserted"], mode="multilateral",
          source=STATE_SECURITY_COMMITTEE, location=DAMER, date=YESTERDAY),
        # ¶9: three events in one sentence: the commissioner meets the miners' representatives (CONSULT),
        # both agree on joint night patrols (AGREE; both parties in either role), and the company's
        # representatives do not attend (CONSULT, negated); the patrols due are optional and planned
        E(True, ["CONSULT"], [9], "واجتمع", ["asserted"],
          source=ABU_HAMAD_MEETING, recipient=ABU_HAMAD_MEETING, location=ABU_HAMAD_LOCALITY, date=TODAY),
        E(True, ["AGREE"], [9], "واتفق", ["asserted"],
          source=ABU_HAMAD_MEETING, recipient=ABU_HAMAD_MEETING, location=ABU_HAMAD_LOCALITY, date=TODAY),
        E(True, ["CONSULT"], [9], "يحضر", ["negated"],
          source=CONCESSION_COMPANY, recipient=ABU_HAMAD_COMMISSIONER, location=ABU_HAMAD_LOCALITY,
          date=TODAY),
        E(False, ["COOPERATE"], [9], "ستبدأ", ["planned"],
          source=PATROL_PARTNERS, recipient=PATROL_PARTNERS, location=ATMUR_MINES, date=None),
        # ¶10 (subject, a long parenthesis, verb): the miners' conditional threat; the road blocked again is
        # optional and hypothetical
        E(True, ["THREATEN"], [10], "لوّحوا", ["asserted"], mode="obstruct",
          source=MINERS_REPS, recipient=CONCESSION_COMPANY, location=ATMUR_MINES, date=TODAY_OR_EVE),
        E(False, ["PROTEST"], [10], "بإغلاق", ["hypothetical"], mode="obstruct",
          source=MINERS_REPS, location=ABU_HAMAD, date=None),
        # ¶11: a second raid west of Abu Hamad «في الليلة ذاتها», told by traders, neither confirmed nor
        # denied (rumoured)
        E(True, ["ASSAULT"], [11], "هجوم آخر", ["rumored", "reported"], mode="firearms",
          source=ATMUR_GUNMEN, recipient=WEST_CAMP_MINERS, location=WEST_ABU_HAMAD_CAMP,
          date=D("2013-02-16", "day", ("2013-02-15", "2013-02-16")), attribution=["تجار في سوق العبيدية"]),
        # ¶12: the miners refuse the ministry's plan (REJECT); the move it plans is optional
        E(True, ["REJECT"], [12], "ورفض", ["asserted"],
          source=ATMUR_MINERS_REJECT, recipient=MINERALS_MINISTRY, date=TODAY_OR_EVE),
        E(False, ["COERCE"], [12], "بنقلهم", ["planned", "hypothetical"], mode="restrict",
          source=MINERALS_MINISTRY, recipient=ATMUR_MINERS_REJECT, date=None),
        # ¶13: the burials belong to the main event. ¶14: the ministry committee due «الأسبوع المقبل»
        # (planned CONSULT visit); the consultation on its date is optional
        E(True, ["CONSULT"], [14], "تصل", ["planned"], mode="visit",
          source=MINISTRY_COMMITTEE, recipient=DISPUTE_PARTIES, location=ABU_HAMAD,
          date=D("2013-02-24", "week", ("2013-02-18", "2013-03-02")), attribution=["المعتمد"]),
        E(False, ["CONSULT"], [14], "التشاور", ["planned"],
          source=ABU_HAMAD_COMMISSIONER, recipient=RIVER_NILE_GOV, date=None),
        # ¶15 (the gold market of al-Ubaidiya) holds no event. ¶16: the season's robberies, an aggregate
        # (optional, generic)
        E(False, ["ASSAULT"], [16], "حوادث السطو", ["generic"], location=ATMUR_MINES, date=None),
        # ¶17, «وكان … قد» at another place: a truck ambushed between Berber and al-Ubaidiya on 25 January
        # (core, historical; 2 killed); the money taken is optional
        E(True, ["ASSAULT"], [17], "اعترضوا", ["historical", "asserted"], mode="firearms",
          source=TRUCK_GUNMEN, recipient=TRUCK_CREW, location=BERBER_ROAD, date=D("2013-01-25"), fatalities=2,
          acled=ATTACK),
        E(False, ["COERCE", "ASSAULT"], [17], "واستولوا", ["historical"], mode="seize",
          source=TRUCK_GUNMEN, location=BERBER_ROAD, date=D("2013-01-25")),
    ],
)
