"""Gold of article 600: Khartoum (Jabra, al-Sahafa, Tayba al-Hasanab, Soba), Omdurman (al-Thawra, the old
quarters) and Bahri (Kafouri, Shambat), with Port Sudan, the Argeen crossing and Jeddah (Khartoum, Sudan), a
Khartoum-based independent Sudanese radio station's website, 2023-04-26 (Wed)."""
from actors_places import (
    ARGEEN,
    BAHRI_HOSPITAL,
    BOTH_SIDES,
    BOTH_SIDES_REPS,
    CENTRAL_KHARTOUM,
    DOCTORS_BAHRI,
    DOCTORS_SYNDICATE,
    EG_AUTHORITIES,
    EMBASSIES,
    EMERGENCY_ROOMS,
    FOREIGN_NATIONALS,
    HOSPITAL_VICTIMS,
    INTL_ORGS_600,
    IOM,
    JEDDAH,
    KHARTOUM_QUARTERS,
    OLD_OMDURMAN,
    PORT_SUDAN,
    RSF,
    RSF_AS_REBELS,
    RSF_CAMPS,
    SAF_AIR,
    SAF_AND_RSF,
    SAF_COMMAND,
    SAF_GENERAL_COMMAND,
    SHAMBAT,
    SHAMBAT_FAMILY,
    SRCS,
    STRANDED_FAMILIES,
    SUDANESE_FAMILIES,
    TAYBA_HASANAB,
    THAWRA_HOSPITAL,
    WAD_NUBAWI,
)
from common import AIR, CLASH, SHELL, D, E, paras_of

SLUG = "khartoum_2023_omdurman_thawra_bahri_argeen"
TODAY = D("2023-04-26")
YESTERDAY = D("2023-04-25")
SINCE_YESTERDAY = D("2023-04-26", "day", ("2023-04-25", "2023-04-26"))
ARTICLE = dict(
    id="team120-600", slug=SLUG, published="2023-04-26",
    outlet="Radio al-Diffatain, a Khartoum-based independent Sudanese radio station's website (fictional)",
    paras=paras_of(f"600_{SLUG}.txt"),
    events=[
        # ¶1 (no dateline; «الخرطوم» in the first sentence): renewed clashes between the army and the RSF in
        # the quarters of Khartoum and Bahri this morning (core ASSAULT, Armed clash, both sides as source; no
        # number); the truce the two sides declared on Monday night is optional (CONCEDE, AGREE accepted too)
        E(True, ["ASSAULT"], [1], "الاشتباكات", ["asserted", "reported"], mode="firearms",
          source=SAF_AND_RSF, location=KHARTOUM_QUARTERS, date=TODAY, attribution=["شهود عيان"], acled=CLASH),
        E(False, ["CONCEDE", "AGREE"], [1], "هدنة", ["asserted"], mode="ceasefire", source=SAF_AND_RSF,
          date=D("2023-04-24", "day", ("2023-04-24", "2023-04-25"))),
        # ¶2: army air strikes on RSF camps in Tayba al-Hasanab and Soba (core ASSAULT aerial, Air/drone
        # strike)
        E(True, ["ASSAULT"], [2], "غارات", ["asserted", "reported"], mode="aerial",
          source=SAF_AIR, recipient=RSF_CAMPS, location=TAYBA_HASANAB, date=TODAY,
          attribution=["سكان في المنطقتين"], acled=AIR),
        # the main event, in ¶3 after the clashes of ¶1 and the strikes of ¶2 (not first in the lead): shells
        # on a private hospital in al-Thawra, Omdurman, yesterday afternoon; six killed per the federal health
        # ministry, nine per the Central Committee of Sudan Doctors → 6 (the lowest); no side named as the
        # shooter; ¶4 the two sides' versions, ¶15 the burial of «القتلى الستة»; the headline names it
        E(True, ["ASSAULT"], [0, 3, 4, 15], "قذائف", ["asserted", "reported"], mode="heavy-weapons",
          recipient=HOSPITAL_VICTIMS, location=THAWRA_HOSPITAL, date=YESTERDAY, fatalities=6,
          attribution=["وزارة الصحة الاتحادية", "لجنة أطباء السودان المركزية"], acled=SHELL, tpara=3),
        # ¶4: the army blames the RSF for the shelling (optional ACCUSE; the RSF's own version is a paragraph
        # of the main event)
        E(False, ["ACCUSE"], [4], "حمّلت", ["asserted"], source=SAF_COMMAND, recipient=RSF_AS_REBELS,
          date=SINCE_YESTERDAY),
        # ¶5: a convoy evacuates foreign nationals towards Port Sudan this morning (core AID, RETREAT accepted
        # too); the first batch yesterday is optional; the purpose («تمهيداً لنقلهم») and the time told after
        # the act («، وذلك بعد يوم من إجلاء») add no event
        E(True, ["AID", "RETREAT"], [5], "قافلة", ["asserted"], mode="humanitarian",
          source=EMBASSIES, recipient=FOREIGN_NATIONALS, location=PORT_SUDAN, date=TODAY),
        E(False, ["AID", "RETREAT"], [5], "إجلاء", ["historical"], source=EMBASSIES, location=PORT_SUDAN,
          date=YESTERDAY),
        # paragraph 6 (the capital's three cities: a description and aggregates) holds no event
        # ¶7, verb–subject–object: the Egyptian authorities open the Argeen crossing round the clock (core
        # RETREAT access); the families' flight and the IOM's count are optional
        E(True, ["RETREAT"], [7], "وفتحت", ["asserted"], mode="access",
          source=EG_AUTHORITIES, location=ARGEEN, date=SINCE_YESTERDAY),
        E(False, ["RETREAT"], [7], "خرجت", ["asserted"], source=SUDANESE_FAMILIES, location=ARGEEN,
          date=None),
        E(False, ["RETREAT"], [7], "عبروا", ["generic"], source=IOM, location=ARGEEN, date=None),
        # ¶8: doctors and nurses held by the RSF in a hospital in Bahri, rumoured and unverified (core COERCE,
        # rumored; no time given); the purpose («لإجبارهم») adds no event
        E(True, ["COERCE"], [8], "احتجاز", ["rumored"], mode="arrest",
          source=RSF, recipient=DOCTORS_BAHRI, location=BAHRI_HOSPITAL, date=None,
          attribution=["منصات التواصل"]),
        # ¶9: the army's general command threatens to «حسم التمرد» (core THREATEN, an escalation); the
        # onslaught is optional, hypothetical
        E(True, ["THREATEN"], [9], "وتوعّدت", ["asserted"], mode="violence",
          source=SAF_GENERAL_COMMAND, recipient=RSF, date=YESTERDAY),
        E(False, ["ASSAULT"], [9], "حسم", ["hypothetical"], source=SAF_GENERAL_COMMAND, date=None),
        # paragraph 10 (a resident's words) holds no event
        # ¶11: representatives of the two sides to meet in Jeddah next Saturday under Saudi–US mediation (core
        # planned CONSULT third-party)
        E(True, ["CONSULT"], [11], "يجتمع", ["planned"], mode="third-party",
          source=BOTH_SIDES_REPS, location=JEDDAH, date=D("2023-04-29"),
          attribution=["مصدر دبلوماسي في الخرطوم"]),
        # ¶12: the Red Crescent unable to reach and recover the bodies (core AID, negated)
        E(True, ["AID"], [12], "لانتشالها", ["negated"], mode="humanitarian",
          source=SRCS, location=CENTRAL_KHARTOUM, date=SINCE_YESTERDAY, attribution=["متطوع في الجمعية"]),
        # background at another place, in «وكانت … قد»: shells on houses in Shambat, Bahri, on 17 April (core,
        # historical, 4; Shelling; no shooter named)
        E(True, ["ASSAULT"], [13], "قذائف", ["historical", "asserted", "reported"], mode="heavy-weapons",
          recipient=SHAMBAT_FAMILY, location=SHAMBAT, date=D("2023-04-17"), fatalities=4,
          attribution=["لجنة أطباء السودان المركزية"], acled=SHELL),
        # ¶14, subject–verb–object with a long parenthetical: the doctors' syndicate accuses both sides (core
        # ACCUSE) and, with «و» and a second verb, asks the international organisations to act (core REQUEST);
        # the outbreak of the fighting on 15 April in the parenthetical is optional (historical)
        E(True, ["ACCUSE"], [14], "اتهمت", ["asserted"],
          source=DOCTORS_SYNDICATE, recipient=BOTH_SIDES, date=SINCE_YESTERDAY),
        E(True, ["REQUEST"], [14], "وطالبت", ["asserted"],
          source=DOCTORS_SYNDICATE, recipient=INTL_ORGS_600, date=SINCE_YESTERDAY),
        E(False, ["ASSAULT"], [14], "القتال", ["historical"], source=BOTH_SIDES,
          location=CENTRAL_KHARTOUM, date=D("2023-04-15")),
        # ¶15, the burial of «القتلى الستة», is a paragraph of the main event
        # ¶16: the emergency rooms hand out meals in old Omdurman (core AID); the shelters opened are optional
        E(True, ["AID"], [16], "ووزّعت", ["asserted"], mode="humanitarian",
          source=EMERGENCY_ROOMS, recipient=STRANDED_FAMILIES, location=OLD_OMDURMAN, date=SINCE_YESTERDAY),
        E(False, ["AID"], [16], "مراكز إيواء", ["asserted"], source=EMERGENCY_ROOMS, location=WAD_NUBAWI,
          date=None),
        # ¶17: the toll of the fighting since mid-month (optional, generic)
        E(False, ["ASSAULT"], [17], "القتال", ["generic"], date=None),
    ],
)
