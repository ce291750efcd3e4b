"""Gold of article 486: al-Hasakah, the Ghwayran prison, Tal Tamr and al-Shaddadi (Hasakah), a bilingual
Arabic–Kurdish regional news portal of north-east Syria, 2022-01-22 (Sat)."""
from actors_places import (
    AANES,
    AANES_REPS,
    ASAYISH,
    ASAYISH_SOURCE,
    COALITION,
    ESCAPED_GUNMEN,
    GHWAYRAN_PRISON,
    HASAKAH,
    HASAKAH_ESCAPEES,
    HASAKAH_SHEIKHS,
    HOME_STATES,
    HOSTAGES_12,
    INMATES,
    INTL_COMMUNITY,
    ISIS,
    ISIS_ACCOUNTS,
    ISIS_GUARDS,
    MUTINEERS,
    SDF,
    SDF_CHECKPOINT,
    SHADDADI,
    SHADDADI_ROAD,
    SURRENDERED,
    TAL_TAMR,
    TAL_TAMR_3,
    TRIBAL_NOTABLES,
    TWO_GUARDS,
    ZUHOUR,
)
from common import ABDUCTION, AIR, ARREST, CLASH, D, E, paras_of

SLUG = "hasakah_2022_ghwayran_prison_break_manhunt"
TODAY = D("2022-01-22")
SINCE_YESTERDAY = D("2022-01-22", "day", ("2022-01-21", "2022-01-22"))
LAST_NIGHT = D("2022-01-21", "day", ("2022-01-21", "2022-01-22"))
THURSDAY_NIGHT = D("2022-01-20", "day", ("2022-01-20", "2022-01-21"))
ARTICLE = dict(
    id="team98-486", slug=SLUG, published="2022-01-22",
    outlet="Nabd al-Jazira, a bilingual Arabic-Kurdish regional news portal of north-east Syria (fictional)",
    paras=paras_of(f"486_{SLUG}.txt"),
    events=[
        # ¶1 (dateline: the town of the event), one sentence, two events: the curfew extended today (COERCE
        # curfew, with the headline 0) and the raid on al-Zuhour with nineteen arrests (one COERCE: a raid and
        # its arrests by one actor at one place on one day; the manhunt of the headline 0)
        E(True, ["COERCE"], [0, 1], "مدّدت", ["asserted"], mode="curfew",
          source=AANES, location=HASAKAH, date=TODAY, tpara=1),
        E(True, ["COERCE"], [0, 1], "واعتقلت", ["asserted"], mode="arrest",
          source=ASAYISH, recipient=HASAKAH_ESCAPEES, location=ZUHOUR, date=TODAY, acled=ARREST, tpara=1),
        # the main event, in ¶2 after the curfew and the raid (not first in the lead): the tanker bomb, the
        # storming and the clash until dawn make one two-sided fight (Battles); the SDF's seven against the
        # Observatory's eleven and the Amaq claim's «dozens» (12) in ¶3 (the other side) → 7; the funeral 17
        E(True, ["ASSAULT"], [0, 2, 3, 17], "فجّر", ["asserted", "reported"], mode="firearms",
          source=ISIS_GUARDS, location=GHWAYRAN_PRISON, date=THURSDAY_NIGHT, fatalities=7,
          attribution=["المركز الإعلامي لـ«قسد»", "المرصد السوري لحقوق الإنسان"], acled=CLASH, tpara=2),
        # the inmates' escape has no PLOVER type of its own: an optional RETREAT (¶1 names the escapees)
        E(False, ["RETREAT"], [1, 2], "فرّوا", ["asserted", "reported"], mode="withdraw",
          source=INMATES, location=GHWAYRAN_PRISON, date=THURSDAY_NIGHT, tpara=2),
        # ¶4: twelve hostages held in the third dormitory (ASSAULT abduct, reported), then none released by
        # this evening (core, negated); the notables' contacts with the mutineers are an optional CONSULT
        E(True, ["ASSAULT", "COERCE"], [4], "ويحتجزون", ["reported", "asserted"], mode="abduct",
          source=MUTINEERS, recipient=HOSTAGES_12, location=GHWAYRAN_PRISON,
          date=D("2022-01-21", "day", ("2022-01-20", "2022-01-22")), attribution=["مصدر في «الأسايش»"],
          acled=ABDUCTION),
        E(True, ["RETREAT"], [4], "يُفرج", ["negated"], mode="release",
          source=MUTINEERS, recipient=HOSTAGES_12, location=GHWAYRAN_PRISON, date=TODAY),
        E(False, ["CONSULT"], [4], "اتصالات", ["asserted"], mode="third-party",
          source=TRIBAL_NOTABLES, recipient=MUTINEERS, location=GHWAYRAN_PRISON, date=SINCE_YESTERDAY),
        # ¶5: some sixty inmates surrender (RETREAT disarm); the running total since Friday is the same act
        E(True, ["RETREAT"], [5], "واستسلم", ["asserted", "reported"], mode="disarm",
          source=SURRENDERED, recipient=SDF, location=GHWAYRAN_PRISON, date=TODAY,
          attribution=["المتحدث باسم «قسد»"]),
        # ¶6 (verb–subject–object): coalition helicopters strike buildings in al-Zuhour «من دون أن يُعرف مصير»
        E(True, ["ASSAULT"], [6], "وشنّت", ["asserted"], mode="aerial",
          source=COALITION, recipient=ESCAPED_GUNMEN, location=ZUHOUR, date=LAST_NIGHT, acled=AIR),
        # paragraph 7 (the prison: a description) holds no event
        # ¶8: an execution of two hostages rumoured by pro-ISIS accounts, denied (the denial optional REJECT)
        E(True, ["ASSAULT"], [8], "إعدام", ["rumored", "reported"], mode="execute",
          recipient=TWO_GUARDS, location=GHWAYRAN_PRISON,
          date=D("2022-01-21", "day", ("2022-01-20", "2022-01-21")), attribution=["حسابات مقربة من التنظيم"]),
        E(False, ["REJECT"], [8], "نفى", ["asserted"],
          source=ASAYISH_SOURCE, recipient=ISIS_ACCOUNTS, date=TODAY),
        # ¶9: a conditional threat (asserted); the storming it threatens is hypothetical (optional)
        E(True, ["THREATEN"], [9], "وتوعّدت", ["asserted"], mode="violence",
          source=SDF, recipient=MUTINEERS, location=GHWAYRAN_PRISON, date=TODAY),
        E(False, ["ASSAULT"], [9], "اقتحام", ["hypothetical"], mode="firearms",
          source=SDF, location=GHWAYRAN_PRISON, date=None),
        # ¶10 (subject, long parenthetical, verb): three escapees arrested at the Tal Tamr checkpoint
        E(True, ["COERCE"], [10], "اعتقلوا", ["asserted", "reported"], mode="arrest",
          source=ASAYISH, recipient=TAL_TAMR_3, location=TAL_TAMR, date=TODAY,
          attribution=["سائق شاهد الحادثة"], acled=ARREST),
        # paragraph 11 (the neighbourhoods without bread or power: a standing situation) holds no event
        # ¶12 (subject, long parenthetical, verb): a blame and a demand joined with «و» and a second verb
        E(True, ["ACCUSE"], [12], "حمّلت", ["asserted"],
          source=AANES, recipient=INTL_COMMUNITY, date=TODAY),
        E(True, ["REQUEST"], [12], "وطالبت", ["asserted"],
          source=AANES, recipient=HOME_STATES, date=TODAY),
        # ¶13: a meeting with tribal sheikhs in al-Shaddadi tomorrow (planned)
        E(True, ["CONSULT"], [13], "يجتمع", ["planned"],
          source=AANES_REPS, recipient=HASAKAH_SHEIKHS, location=SHADDADI, date=D("2022-01-23"),
          attribution=["عضو في مجلس الشدادي المدني"]),
        # ¶14 (verb–subject): SDF reinforcements since Friday night; the purpose clause is no event
        E(True, ["MOBILIZE"], [14], "ودفعت", ["asserted"], mode="troops",
          source=SDF, location=GHWAYRAN_PRISON, date=LAST_NIGHT),
        # background at another place, in «وكان … قد»: an ISIS attack on an SDF checkpoint on 3 December (3)
        E(True, ["ASSAULT"], [15], "هاجموا", ["historical", "asserted"], mode="firearms",
          source=ISIS, recipient=SDF_CHECKPOINT, location=SHADDADI_ROAD, date=D("2021-12-03"), fatalities=3,
          acled=CLASH),
        # paragraph 16 (a resident's words) holds no event; ¶17, the funeral, is a paragraph of the main event
    ],
)
