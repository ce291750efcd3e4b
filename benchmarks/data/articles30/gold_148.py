"""Gold of article 148: the besieged eastern neighbourhoods of Aleppo (al-Sakhour, al-Shaar, Bustan al-Qasr, the
Sheikh Saeed front), a Syrian opposition news agency, 2016-10-25 (Tue)."""
from actors_places import (
                           ALEPPO,
                           ALEPPO_ACTIVISTS,
                           ALEPPO_CLASH,
                           ALEPPO_COUNCIL,
                           ALEPPO_EVAC,
                           ALEPPO_FAMILIES,
                           ALEPPO_OPP,
                           ALEPPO_REBELS,
                           ALEPPO_WOUNDED,
                           BQ_PROTESTERS,
                           BUSTAN_QASR,
                           CIVIL_DEFENCE,
                           CIVILIANS,
                           EAST_ALEPPO,
                           FACTION_REPS,
                           FIRDAWS,
                           HAMDANIYA,
                           HAMDANIYA_VICTIMS,
                           INTL_COMMUNITY,
                           LEAFLET_TARGETS,
                           LIWA_QUDS,
                           RAMOUSEH,
                           REGIME_HELI,
                           REGIME_MILITIAS,
                           RUS_AIR,
                           RUS_OFFICERS,
                           RUS_REGIME,
                           RUSSIA,
                           SAKHOUR,
                           SAKHOUR_VICTIMS,
                           SANA,
                           SHAAR,
                           SHEIKH_SAEED,
                           TURKEY,
                           UN_AL,
)
from common import AIR, CLASH, PEACEFUL, SHELL, D, E, paras_of

SLUG = "aleppo_east_sakhour_shaar_bustan_al_qasr_sheikh_saeed"
ARTICLE = dict(
    id="team30-148", slug=SLUG, published="2016-10-25", outlet="Madar Halab news agency (fictional)",
    paras=paras_of(f"148_{SLUG}.txt"),
    events=[
        # barrel bombs on al-Sakhour at noon: headline 0, lead 1 (the correspondent: 7 killed), retold in 9 by the
        # civil defence (two helicopters, four barrels, nine bodies recovered) → 7
        E(True, ["ASSAULT"], [0, 1, 9], "قصف مروحيات", ["asserted", "reported"], mode="aerial",
          source=REGIME_HELI, recipient=SAKHOUR_VICTIMS, location=SAKHOUR, date=D("2016-10-25"), fatalities=7,
          attribution=["مراسل «مدار حلب»", "مدير مركز الدفاع المدني في الحي"], acled=AIR, tpara=1),
        # air strikes said to be Russian near a civil defence centre in al-Shaar (two rescuers wounded)
        E(True, ["ASSAULT"], [0, 2], "ثلاث غارات جوية", ["asserted", "reported"], mode="aerial",
          source=RUS_AIR, recipient=CIVIL_DEFENCE, location=SHAAR, date=D("2016-10-25"),
          attribution=["ناشطون"], acled=AIR, tpara=2),
        # the Sheikh Saeed front since dawn: a two-sided clash; six attackers killed per a Fatah Halab commander
        E(True, ["ASSAULT"], [3], "اشتباكات عنيفة", ["asserted", "reported"], mode="firearms",
          source=ALEPPO_CLASH, location=SHEIKH_SAEED, date=D("2016-10-25"), fatalities=6,
          attribution=["قيادي في غرفة عمليات «فتح حلب»"], acled=CLASH),
        # Russia's unilateral truce of last week and the corridors opened during it, in relative clauses (optional,
        # historical); the regime's leaflets of yesterday calling on fighters to lay down arms (core)
        E(False, ["CONCEDE"], [4], "الهدنة", ["historical", "asserted"], mode="ceasefire",
          source=RUSSIA, location=EAST_ALEPPO, date=D("2016-10-20", "week", ("2016-10-17", "2016-10-23"))),
        E(False, ["RETREAT"], [4], "فُتح خلالها", ["historical", "asserted"], mode="access",
          source=RUS_REGIME, location=EAST_ALEPPO, date=D("2016-10-20", "week", ("2016-10-17", "2016-10-23"))),
        E(True, ["REQUEST", "THREATEN"], [4], "منشورات", ["asserted"],
          source=REGIME_HELI, recipient=LEAFLET_TARGETS, location=EAST_ALEPPO, date=D("2016-10-24")),
        # the Bustan al-Qasr demonstration after the noon prayer (headline 0, lead 5, the organiser's account 16) and
        # its demand to the factions, handed over as a five-point paper in 16 (one demand); the «rejection» of
        # displacement is the protest's stance (optional); the factions' promise to study it (optional)
        E(True, ["PROTEST"], [0, 5, 16], "مظاهرة", ["asserted"], mode="demo",
          source=BQ_PROTESTERS, location=BUSTAN_QASR, date=D("2016-10-25"), attribution=["أحد منظميها"],
          acled=PEACEFUL, tpara=5),
        E(False, ["REJECT"], [5], "رافضين", ["asserted"],
          source=BQ_PROTESTERS, recipient=RUSSIA, location=BUSTAN_QASR, date=D("2016-10-25")),
        E(True, ["REQUEST"], [5, 16], "وطالب المتظاهرون", ["asserted"],
          source=BQ_PROTESTERS, recipient=ALEPPO_REBELS, location=BUSTAN_QASR, date=D("2016-10-25")),
        E(False, ["AGREE"], [16], "وعدوا", ["asserted"],
          source=ALEPPO_REBELS, recipient=BQ_PROTESTERS, location=BUSTAN_QASR, date=D("2016-10-25")),
        # paragraph 6 describes the state of the hospitals: deliberately NO gold event
        # the city council's statement: demand to the UN, blame of Russia and the regime, and rejection of tying aid
        # to the fighters' exit
        E(True, ["REQUEST"], [7], "وطالب المجلس", ["asserted"],
          source=ALEPPO_COUNCIL, recipient=UN_AL, location=ALEPPO, date=D("2016-10-25"),
          attribution=["بيان المجلس المحلي لمدينة حلب"]),
        E(True, ["ACCUSE"], [7], "محمّلاً", ["asserted"],
          source=ALEPPO_COUNCIL, recipient=RUS_REGIME, location=ALEPPO, date=D("2016-10-25"),
          attribution=["بيان المجلس المحلي لمدينة حلب"]),
        E(True, ["REJECT"], [7], "ورافضاً", ["asserted"],
          source=ALEPPO_COUNCIL, location=ALEPPO, date=D("2016-10-25"),
          attribution=["بيان المجلس المحلي لمدينة حلب"]),
        # contacts in Turkey between Aleppo factions and Russian officers, told by informed sources and denied by an
        # FSA official; his «لن تقبل» is a refusal stated now (optional REJECT)
        E(True, ["CONSULT"], [8], "اتصالات", ["reported", "rumored", "negated"],
          source=FACTION_REPS, recipient=RUS_OFFICERS, location=TURKEY,
          date=D("2016-10-23", "week", ("2016-10-18", "2016-10-25")),
          attribution=["مصادر مطلعة", "مسؤول في المكتب السياسي لأحد فصائل «الجيش الحر»"]),
        E(False, ["REJECT"], [8], "لن تقبل", ["asserted"],
          source=ALEPPO_REBELS, location=ALEPPO, date=D("2016-10-25")),
        # the city council's relief office hands out food parcels in three neighbourhoods (one event)
        E(True, ["AID"], [10], "وزّع", ["asserted"], mode="humanitarian",
          source=ALEPPO_COUNCIL, recipient=ALEPPO_FAMILIES, location=FIRDAWS, date=D("2016-10-25")),
        # SANA's report of rockets on al-Hamdaniya (2 killed), told only by the state agency (reported); its
        # «متهمة» is the agency's framing (optional ACCUSE)
        E(True, ["ASSAULT"], [11], "استهدفت", ["reported", "asserted"], mode="heavy-weapons",
          source=ALEPPO_OPP, recipient=HAMDANIYA_VICTIMS, location=HAMDANIYA,
          date=D("2016-10-25", "day", ("2016-10-24", "2016-10-25")), fatalities=2, attribution=["سانا"],
          acled=SHELL),
        E(False, ["ACCUSE"], [11], "متهمة", ["asserted", "reported"],
          source=SANA, recipient=ALEPPO_OPP, date=D("2016-10-25")),
        # paragraph 12 is a monthly tally: deliberately NO gold event
        # a Liwa al-Quds commander's threat in a video circulated last night (the storming itself is only threatened:
        # optional; his call on civilians to leave optional)
        E(True, ["THREATEN"], [13], "وتوعّد", ["asserted", "reported"], mode="violence",
          source=LIWA_QUDS, location=EAST_ALEPPO, date=D("2016-10-24", "day", ("2016-10-24", "2016-10-25")),
          attribution=["صفحات موالية على فيسبوك"]),
        E(False, ["ASSAULT"], [13], "اقتحام", ["hypothetical", "planned"],
          source=LIWA_QUDS, location=EAST_ALEPPO, date=None),
        E(False, ["REQUEST"], [13], "داعياً", ["asserted"],
          source=LIWA_QUDS, recipient=CIVILIANS, location=EAST_ALEPPO, date=D("2016-10-24")),
        # the UN's new attempt to evacuate about fifty wounded on Thursday (planned), after last week's attempt
        # stalled (optional, negated)
        E(True, ["AID", "RETREAT"], [14], "لإجلاء", ["planned", "reported"], mode="humanitarian",
          source=UN_AL, recipient=ALEPPO_WOUNDED, location=ALEPPO_EVAC, date=D("2016-10-27"),
          attribution=["مصدر في مديرية صحة حلب الحرة"]),
        E(False, ["AID", "RETREAT"], [14], "تعثر محاولة سابقة", ["negated", "historical"],
          source=UN_AL, location=ALEPPO_EVAC, date=D("2016-10-20", "week", ("2016-10-17", "2016-10-23"))),
        # background: the siege re-imposed early in September after the regime retook al-Ramouseh, which the factions
        # had taken in August (all optional, historical)
        E(False, ["COERCE"], [15], "أعادت فرض الحصار", ["historical"], mode="restrict",
          source=REGIME_MILITIAS, location=EAST_ALEPPO, date=D("2016-09-05", "week", ("2016-09-01", "2016-09-10"))),
        E(False, ["ASSAULT"], [15], "استعادتها", ["historical"],
          source=REGIME_MILITIAS, location=RAMOUSEH, date=D("2016-09-05", "week", ("2016-09-01", "2016-09-10"))),
        E(False, ["ASSAULT"], [15], "سيطرت عليها", ["historical"],
          source=ALEPPO_REBELS, location=RAMOUSEH, date=D("2016-08-06", "month", ("2016-08-01", "2016-08-31"))),
        # the call for demonstrations next Friday (the protests planned: core; the call itself optional)
        E(True, ["PROTEST"], [17], "مظاهرات عامة", ["planned"], mode="demo",
          source=ALEPPO_ACTIVISTS, location=EAST_ALEPPO, date=D("2016-10-28"), acled=PEACEFUL),
        E(False, ["REQUEST"], [17], "ودعا", ["asserted"],
          source=ALEPPO_ACTIVISTS, recipient=INTL_COMMUNITY, location=EAST_ALEPPO, date=D("2016-10-25")),
    ],
)
