"""Gold of article 566: Ras al-Ain (Serê Kaniyê), the road to Tal Tamr, al-Hasakah, the border strip to Tal
Abyad, the M4 road near Ain Issa and Suluk, an Erbil-based Kurdish news agency's Arabic service, 2019-10-20
(Sun)."""
from actors_places import (
    AANES,
    AIN_ISSA,
    BORDER_STRIP,
    COALITION_INTL,
    CONVOY_CIVILIANS,
    CONVOY_ROAD,
    DISPLACED_FAMILIES,
    HASAKAH,
    HOSPITAL_STAFF,
    M4_AIN_ISSA,
    MSD,
    QAMISHLI,
    RAS_AL_AIN,
    RAS_HOSPITAL,
    RU_DELEGATION,
    SDF,
    SDF_COMMAND,
    SDF_SNA,
    SDF_SOURCE,
    SNA,
    SULUK,
    SULUK_VICTIMS,
    TAL_TAMR,
    TR_ARTILLERY,
    TR_DRONE,
    TR_MOD,
    TR_PRESIDENCY,
    TR_SHELLS,
    TR_US,
    TURKEY,
    UN,
)
from common import AGREEMENT, AIR, CLASH, SHELL, D, E, paras_of

SLUG = "hasakah_2019_ras_al_ain_tal_tamr_convoy_truce"
TODAY = D("2019-10-20")
YESTERDAY = D("2019-10-19")
THURSDAY = D("2019-10-17")
LAST_NIGHT = D("2019-10-19", "day", ("2019-10-19", "2019-10-20"))
SINCE_YESTERDAY = D("2019-10-20", "day", ("2019-10-19", "2019-10-20"))
ARTICLE = dict(
    id="team114-566", slug=SLUG, published="2019-10-20",
    outlet="Khabur Press, an Erbil-based Kurdish news agency's Arabic service (fictional)",
    paras=paras_of(f"566_{SLUG}.txt"),
    events=[
        # ¶1 (no dateline; Ras al-Ain named in the first sentence) and the headline: the SDF fighters leave
        # Ras al-Ain this morning under the deal (core RETREAT withdraw, no ACLED label: ACLED codes the side
        # that takes the ground); the deal announced on Thursday is told again in a relative clause (optional,
        # historical AGREE; the announcement itself is ¶6's CONCEDE)
        E(True, ["RETREAT"], [0, 1], "غادر", ["asserted"], mode="withdraw",
          source=SDF, location=RAS_AL_AIN, date=TODAY, attribution=["مراسل «خابور برس»"], tpara=1),
        E(False, ["AGREE", "CONCEDE"], [1], "للاتفاق", ["historical", "asserted"],
          location=RAS_AL_AIN, date=THURSDAY),
        # the main event, in ¶2 after the withdrawal of ¶1 (not first in the lead): a Turkish drone strikes a
        # convoy of civilian cars on the road between Ras al-Ain and Tal Tamr yesterday evening; seven killed
        # per the Kurdish Red Crescent, eleven per the Syrian Observatory → 7 (the lowest); ¶3 the Turkish
        # defence ministry's version (no number), ¶17 the burial of «القتلى السبعة»; the headline names it
        E(True, ["ASSAULT"], [0, 2, 3, 17], "استهدفت", ["asserted", "reported"], mode="aerial",
          source=TR_DRONE, recipient=CONVOY_CIVILIANS, location=CONVOY_ROAD, date=YESTERDAY, fatalities=7,
          attribution=["«هيئة الهلال الأحمر الكردي»", "«المرصد السوري لحقوق الإنسان»"], acled=AIR, tpara=2),
        # ¶3: the ministry's denial (optional REJECT) and the SDF's accusation of a breach (optional ACCUSE)
        E(False, ["REJECT"], [3], "نفت", ["asserted"],
          source=TR_MOD, location=RAS_AL_AIN, date=SINCE_YESTERDAY),
        E(False, ["ACCUSE"], [3], "اتهمت", ["asserted"],
          source=SDF, recipient=TURKEY, date=SINCE_YESTERDAY),
        # ¶4, verb–subject–object: Turkish artillery behind the border shells the National Hospital on
        # Thursday (core ASSAULT, Shelling; four staff wounded, no toll)
        E(True, ["ASSAULT"], [4], "وقصفت", ["asserted"], mode="heavy-weapons",
          source=TR_ARTILLERY, recipient=HOSPITAL_STAFF, location=RAS_HOSPITAL, date=THURSDAY,
          attribution=["أحد أطبائه"], acled=SHELL),
        # ¶5, one sentence, two events: hundreds of families flee to al-Hasakah (optional RETREAT: no
        # actor's concession) and the Autonomous Administration houses them (core AID humanitarian); the
        # hundred thousand displaced since the start of the offensive are an aggregate
        E(False, ["RETREAT"], [5], "ونزحت", ["asserted"], mode="withdraw",
          source=DISPLACED_FAMILIES, location=HASAKAH, date=YESTERDAY),
        E(True, ["AID"], [5], "وأسكنت", ["asserted"], mode="humanitarian",
          source=AANES, recipient=DISPLACED_FAMILIES, location=HASAKAH, date=YESTERDAY,
          attribution=["مسؤول في مكتب شؤون النازحين"]),
        # ¶6: Ankara and Washington announce a 120-hour pause (core CONCEDE, AGREE accepted, Agreement); the
        # SDF's withdrawal from the strip is only planned (optional) and its pledge to keep the pause an
        # optional AGREE
        E(True, ["CONCEDE", "AGREE"], [6], "وأعلنت", ["asserted"],
          source=TR_US, recipient=SDF, location=BORDER_STRIP, date=THURSDAY, acled=AGREEMENT),
        E(False, ["RETREAT"], [6], "ينسحب", ["planned"], mode="withdraw",
          source=SDF, date=None),
        E(False, ["AGREE"], [6], "ستلتزم", ["asserted"],
          source=SDF, location=BORDER_STRIP, date=SINCE_YESTERDAY),
        # paragraph 7 (Ras al-Ain and its river: a description) holds no event
        # ¶8: the factions entering the edge of Tal Tamr, rumoured on pro-faction accounts and denied (core
        # MOBILIZE, rumored, ASSAULT accepted; the denial optional REJECT)
        E(True, ["MOBILIZE", "ASSAULT"], [8], "دخول", ["rumored", "reported"], mode="troops",
          source=SNA, location=TAL_TAMR, date=LAST_NIGHT, attribution=["حسابات موالية للفصائل"]),
        E(False, ["REJECT"], [8], "نفى", ["asserted"],
          source=SDF_SOURCE, location=TAL_TAMR, date=SINCE_YESTERDAY),
        # ¶9: the Turkish presidency's conditional threat (core THREATEN); the resumed offensive is only
        # threatened (optional, hypothetical)
        E(True, ["THREATEN"], [9], "وهدّدت", ["asserted"], mode="violence",
          source=TR_PRESIDENCY, recipient=SDF, date=SINCE_YESTERDAY),
        E(False, ["ASSAULT"], [9], "باستئناف", ["hypothetical"],
          source=TR_PRESIDENCY, date=None),
        # ¶10: a Russian delegation to meet the SDF command in Qamishli tomorrow (planned CONSULT); the
        # deployment it will discuss is planned (optional MOBILIZE), the posts evacuated an optional earlier
        # RETREAT
        E(True, ["CONSULT"], [10], "يعقد", ["planned"],
          source=RU_DELEGATION, recipient=SDF_COMMAND, location=QAMISHLI, date=D("2019-10-21"),
          attribution=["مصدر كردي مطلع"]),
        E(False, ["MOBILIZE"], [10], "نشر", ["planned"], mode="troops", date=None),
        E(False, ["RETREAT"], [10], "أُخليت", ["historical", "asserted"], mode="withdraw", date=None),
        # ¶11: clashes between the SDF and the factions on the M4 near Ain Issa last night (core ASSAULT,
        # Armed clash, both sides as source); the road cut «من قبل الفصائل» before them is optional (COERCE)
        E(True, ["ASSAULT"], [11], "اشتباكات", ["asserted"], mode="firearms",
          source=SDF_SNA, location=M4_AIN_ISSA, date=LAST_NIGHT, acled=CLASH),
        E(False, ["COERCE"], [11], "قطع", ["asserted"], mode="restrict",
          source=SNA, location=M4_AIN_ISSA, date=LAST_NIGHT),
        # ¶12: no UN aid convoy into Tal Tamr since the pause (core AID, negated)
        E(True, ["AID"], [12], "تُدخل", ["negated"], mode="humanitarian",
          source=UN, location=TAL_TAMR, date=D("2019-10-20", "day", ("2019-10-17", "2019-10-20")),
          attribution=["مسؤول في «الهلال الأحمر الكردي»"]),
        # paragraph 13 (a displaced woman's words) holds no event
        # background at another place, in «وكان … قد»: Turkish shells on Suluk on 10 October (core,
        # historical, 3; Shelling); the factions' capture of the town days later is optional (historical)
        E(True, ["ASSAULT"], [14], "سقطت", ["historical", "asserted", "reported"], mode="heavy-weapons",
          source=TR_SHELLS, recipient=SULUK_VICTIMS, location=SULUK, date=D("2019-10-10"), fatalities=3,
          attribution=["منظمات محلية"], acled=SHELL),
        E(False, ["ASSAULT", "MOBILIZE"], [14], "تسيطر", ["historical", "asserted"],
          source=SNA, location=SULUK, date=None),
        # ¶15, subject–verb–object with a long parenthetical: the Syrian Democratic Council accuses Turkey
        # (core ACCUSE) and, with «و» and a second verb, asks the international coalition to press Ankara
        # (core REQUEST); its presidency's emergency meeting in Ain Issa is in the relative clause (optional)
        E(True, ["ACCUSE"], [15], "اتهم", ["asserted"],
          source=MSD, recipient=TURKEY, date=SINCE_YESTERDAY),
        E(True, ["REQUEST"], [15], "وطالب", ["asserted"],
          source=MSD, recipient=COALITION_INTL, date=SINCE_YESTERDAY),
        E(False, ["CONSULT"], [15], "اجتماعاً", ["asserted"], mode="multilateral",
          source=MSD, location=AIN_ISSA, date=YESTERDAY),
        # paragraph 16 (schools shut and people near the front lines: aggregates) holds no event; ¶17, the
        # burial, is a paragraph of the main event
    ],
)
