"""Gold of article 307: Idlib city (the Clock Square), the Binnish road, Jisr al-Shughur, Sarmin, Sarmada and
al-Dana (Idlib, Syria), an independent Idlib news site, 2024-04-19 (Fri). Mostly about protests, strikes and
sit-ins and their dispersal."""
from actors_places import (
    BINNISH_ROAD,
    BINNISH_SITIN,
    CLIMBERS,
    DANA,
    DANA_PROTESTER,
    DETAINEE_FAMILIES,
    HIRAK_COMMITTEE,
    HIRAK_REPS,
    HTS,
    HTS_DETAINEES,
    HTS_GS,
    HTS_LEADER,
    HTS_SUPPORTERS,
    IDLIB,
    IDLIB_CLOCK,
    IDLIB_GOV,
    IDLIB_LAWYERS,
    IDLIB_MARKETS,
    IDLIB_PROTESTERS,
    JISR,
    JISR_ORGANISERS,
    JUSTICE_MIN,
    REGIME_LINKED,
    SALVATION_GOV,
    SARMADA,
    SARMIN,
    SARMIN_PREACHER,
    SHURA_COUNCIL,
    STRIKERS,
    TORTURE_VICTIM,
)
from common import ARREST, EXCESSIVE, PEACEFUL, D, E, paras_of

SLUG = "idlib_2024_binnish_jisr_al_shughur_sarmada_dana"
TODAY = D("2024-04-19")
LAST_NIGHT = D("2024-04-18", "day", ("2024-04-18", "2024-04-19"))
SINCE_YESTERDAY = D("2024-04-19", "day", ("2024-04-18", "2024-04-19"))
LATE_FEBRUARY = D("2024-02-25", "week", ("2024-02-20", "2024-02-29"))
ARTICLE = dict(
    id="team62-307", slug=SLUG, published="2024-04-19",
    outlet="Sahat al-Shamal independent Idlib news site (fictional)",
    paras=paras_of(f"307_{SLUG}.txt"),
    events=[
        # the Friday demonstration in the Clock Square (headline «آلاف في ساحة الساعة», lead); what it asks
        # for is its content (optional REQUEST); «منذ انطلاق الحراك» points back at the start recalled in ¶7
        E(True, ["PROTEST"], [0, 1], "تظاهر", ["asserted"], mode="demo",
          source=IDLIB_PROTESTERS, location=IDLIB_CLOCK, date=TODAY, acled=PEACEFUL, tpara=1),
        E(False, ["REQUEST"], [0, 1], "مطالبين", ["asserted"],
          source=IDLIB_PROTESTERS, recipient=HTS_LEADER, location=IDLIB_CLOCK, date=TODAY, tpara=1),
        # paragraph 2 (the square full every Friday for weeks: a habit) holds no event
        # the sit-in on the Binnish road broken up with live fire «ليل أمس الخميس»: headline («مقتل متظاهر
        # خلال فضّ اعتصام»), ¶3 (witnesses through our correspondent: one young man), the follow-up ¶9 (a
        # doctor: one body; the committee: two) and the General Security's retelling ¶11 («تعرّضت لإطلاق
        # نار من مندسين», no toll) → 1 vs 1 vs 2 → 1; the sit-in itself, three days old, optional
        E(True, ["ASSAULT"], [0, 3, 9, 11], "وأطلقوا الرصاص الحي", ["asserted", "reported"], mode="firearms",
          source=HTS_GS, recipient=BINNISH_SITIN, location=BINNISH_ROAD, date=LAST_NIGHT, fatalities=1,
          attribution=["مراسل «ساحة الشمال» عن شهود", "طبيب في مشفى إدلب المركزي", "«لجنة تنسيق الحراك»",
                       "«جهاز الأمن العام»"],
          acled=EXCESSIVE, tpara=3),
        E(False, ["PROTEST"], [3], "اعتصاماً", ["historical", "asserted"], mode="demo",
          source=BINNISH_SITIN, location=BINNISH_ROAD,
          date=D("2024-04-17", "week", ("2024-04-16", "2024-04-18")), acled=PEACEFUL),
        # the general strike called for tomorrow (planned PROTEST); the call optional; the mourning and the
        # rejection are its purpose
        E(True, ["PROTEST"], [4], "إضراب عام", ["planned"], mode="strike",
          source=STRIKERS, location=IDLIB_MARKETS, date=D("2024-04-20"), acled=PEACEFUL),
        E(False, ["REQUEST"], [4], "ودعت", ["asserted"],
          source=HIRAK_COMMITTEE, location=IDLIB_MARKETS, date=TODAY),
        # seven protest organisers arrested in Jisr al-Shughur after their homes were raided (one act)
        E(True, ["COERCE"], [5], "اعتقل", ["asserted", "reported"], mode="arrest",
          source=HTS_GS, recipient=JISR_ORGANISERS, location=JISR, date=TODAY,
          attribution=["أحد أقاربهم"], acled=ARREST),
        # the HTS leader's recorded speech «مساء أمس»: a vow to punish (THREATEN) and, in the same speech, a
        # release announced (CONCEDE: not yet carried out)
        E(True, ["THREATEN"], [6], "توعّد", ["asserted"], mode="arrest",
          source=HTS_LEADER, recipient=CLIMBERS, date=LAST_NIGHT),
        E(True, ["CONCEDE"], [6], "الإفراج", ["asserted"],
          source=HTS_LEADER, recipient=HTS_DETAINEES, date=LAST_NIGHT),
        # background at another place: a protester run down by a General Security car while a demonstration
        # was broken up in al-Dana «مساء الثلاثاء الماضي» (core, historical; no one killed); that
        # demonstration, the movement's start in late February and the detainee's death under torture
        # optional, historical
        E(True, ["ASSAULT"], [7], "صدمته", ["historical", "asserted"],
          source=HTS_GS, recipient=DANA_PROTESTER, location=DANA, date=D("2024-04-16"), acled=EXCESSIVE),
        E(False, ["PROTEST"], [7], "مظاهرة", ["historical"], mode="demo",
          location=DANA, date=D("2024-04-16"), acled=PEACEFUL),
        E(False, ["PROTEST"], [7], "انطلق", ["historical"], mode="demo",
          location=IDLIB_GOV, date=LATE_FEBRUARY, acled=PEACEFUL),
        E(False, ["ASSAULT"], [7], "التعذيب", ["historical"], mode="torture",
          source=HTS, recipient=TORTURE_VICTIM, location=IDLIB_GOV, date=LATE_FEBRUARY),
        # the preacher of Sarmin's arrest (no arrester named): rumoured on Telegram, denied by the preacher
        # himself
        E(True, ["COERCE"], [8], "اعتقال", ["rumored", "negated"], mode="arrest",
          recipient=SARMIN_PREACHER, location=SARMIN, date=TODAY,
          attribution=["حسابات على «تلغرام»", "الخطيب نفسه"], acled=ARREST),
        # the detainees' families' sit-in before the Salvation Government's justice ministry, fifth day
        E(True, ["PROTEST"], [10], "اعتصامهم", ["asserted"], mode="demo",
          source=DETAINEE_FAMILIES, recipient=SALVATION_GOV, location=JUSTICE_MIN, date=TODAY,
          acled=PEACEFUL),
        # the General Security's statement: its account of the Binnish road belongs to the shooting above;
        # its accusation of «regime-linked parties» (ACCUSE); its silence on the dead negates nothing
        E(True, ["ACCUSE"], [11], "متهماً", ["asserted"],
          source=HTS_GS, recipient=REGIME_LINKED, date=SINCE_YESTERDAY),
        # HTS supporters' rally in Sarmada (PROTEST); what their banners back optional
        E(True, ["PROTEST"], [12], "وقفة", ["asserted", "reported"], mode="demo",
          source=HTS_SUPPORTERS, location=SARMADA, date=TODAY, attribution=["معرّفات مقرّبة منها"],
          acled=PEACEFUL),
        E(False, ["SUPPORT"], [12], "تؤيد", ["asserted"],
          source=HTS_SUPPORTERS, recipient=HTS, location=SARMADA, date=TODAY),
        # paragraph 13 (Idlib's population, camps, prices) holds no event
        # the Shura Council's delegation to meet the movement on Sunday (planned); the member's condition (a
        # release) optional; the «reforms» HTS promised, a relative clause, optional, historical
        E(True, ["CONSULT"], [14], "يلتقي", ["planned", "reported"], mode="multilateral",
          source=SHURA_COUNCIL, recipient=HIRAK_REPS, location=IDLIB, date=D("2024-04-21"),
          attribution=["عضو في «لجنة تنسيق الحراك»"]),
        E(False, ["REQUEST", "RETREAT"], [14], "اشترط", ["asserted", "hypothetical"],
          source=HIRAK_COMMITTEE, recipient=HTS, location=JISR, date=TODAY),
        E(False, ["AGREE"], [14], "وعدت", ["historical"],
          source=HTS, recipient=HIRAK_REPS, date=None),
        # the lawyers' three-day boycott of the courts from today (PROTEST, strike)
        E(True, ["PROTEST"], [15], "امتناع أعضائه", ["asserted"], mode="strike",
          source=IDLIB_LAWYERS, location=IDLIB, date=TODAY, acled=PEACEFUL),
    ],
)
