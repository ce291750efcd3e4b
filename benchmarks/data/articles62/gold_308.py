"""Gold of article 308: al-Karama, Ain Issa (Saida and al-Mu'allaq), al-Kasrat, al-Tabqa, al-Mansoura and
Raqqa city (Raqqa, Syria), a news agency close to the Autonomous Administration, 2021-11-15 (Mon)."""
from actors_places import (
    AANES,
    AANES_TEACHERS,
    AIN_ISSA_CIVILIANS,
    AIN_ISSA_M4,
    COALITION,
    COUNCIL_NOTABLES,
    INTL_COMMUNITY,
    ISIS,
    KARAMA,
    KARAMA_NOTABLES,
    KARAMA_SUSPECTS,
    KASRAT,
    MANSOURA,
    RAQQA,
    RAQQA_CIVIL_COUNCIL,
    RAQQA_COUNTRYSIDE,
    RAQQA_DETAINEES,
    RU_MP,
    RUSSIA_COALITION,
    SAIDA_MUALLAQ,
    SDF,
    SDF_ASAYISH,
    SDF_FIGHTER,
    SDF_FIGHTERS,
    TABQA,
    TABQA_COUNCIL,
    TABQA_RESIDENTS,
    TURKEY_SNA,
)
from common import ARREST, CLASH, MINE, PEACEFUL, SHELL, D, E, paras_of

SLUG = "raqqa_2021_karama_ain_issa_tabqa_mansoura"
TODAY = D("2021-11-15")
SINCE_YESTERDAY = D("2021-11-15", "day", ("2021-11-14", "2021-11-15"))
ARTICLE = dict(
    id="team62-308", slug=SLUG, published="2021-11-15",
    outlet="al-Diffatayn news agency, close to the Autonomous Administration (fictional)",
    paras=paras_of(f"308_{SLUG}.txt"),
    events=[
        # the IS cell's attack on the Raqqa Military Council post at al-Karama «فجر اليوم الإثنين»: headline,
        # lead (our correspondent: two fighters), the follow-up 3 (the military hospital: three bodies; Amaq:
        # five; the attackers' slipping in, the exchange of fire and their withdrawal are the same fight) → 2
        # vs 3 vs 5 → 2
        E(True, ["ASSAULT"], [0, 1, 3], "هجوم شنّته", ["asserted", "reported"], mode="firearms",
          source=ISIS, recipient=SDF_FIGHTERS, location=KARAMA, date=TODAY, fatalities=2,
          attribution=["مراسل وكالتنا", "مصدر في المشفى العسكري بالرقة", "وكالة «أعماق»"], acled=CLASH,
          tpara=1),
        E(False, ["RETREAT"], [3], "وانسحبوا", ["asserted", "reported"], mode="withdraw",
          source=ISIS, location=KARAMA, date=TODAY),
        # the sweep that followed (the SDF with the Internal Security Forces): five suspects arrested, weapons
        # and motorcycles seized (one act)
        E(True, ["COERCE"], [2], "اعتقال", ["asserted"], mode="arrest",
          source=SDF_ASAYISH, recipient=KARAMA_SUSPECTS, location=KARAMA, date=TODAY, acled=ARREST),
        # Turkish shelling of Saida and al-Mu'allaq (one verb, one event): ¶4 (a child wounded) and the
        # update ¶15 (a woman: two wounded; no one killed)
        E(True, ["ASSAULT"], [0, 4, 15], "قصف", ["asserted"], mode="heavy-weapons",
          source=TURKEY_SNA, recipient=AIN_ISSA_CIVILIANS, location=SAIDA_MUALLAQ, date=TODAY,
          attribution=["مراسلنا"], acled=SHELL, tpara=4),
        # the Autonomous Administration's statement: blame on the international community (ACCUSE) and a
        # demand to Russia and the Coalition (REQUEST; stopping the shelling is its content)
        E(True, ["ACCUSE"], [5], "وحمّلت", ["asserted"],
          source=AANES, recipient=INTL_COMMUNITY, date=TODAY),
        E(True, ["REQUEST"], [5], "وطالبت", ["asserted"],
          source=AANES, recipient=RUSSIA_COALITION, date=TODAY),
        # the SDF's withdrawal from the M4 in favour of Russian military police: rumoured, denied
        E(True, ["RETREAT"], [6], "انسحاب", ["rumored", "negated"], mode="withdraw",
          source=SDF, recipient=RU_MP, location=AIN_ISSA_M4, date=SINCE_YESTERDAY,
          attribution=["صفحات محلية", "مسؤول في مجلس تل أبيض العسكري"]),
        # the Civil Council's co-chairs meet al-Karama's tribal notables (CONSULT) and agree on village
        # committees (AGREE; what the committees will do is content)
        E(True, ["CONSULT"], [7], "والتقت", ["asserted"], mode="visit",
          source=RAQQA_CIVIL_COUNCIL, recipient=KARAMA_NOTABLES, location=KARAMA, date=TODAY),
        E(True, ["AGREE"], [7], "واتفق", ["asserted"],
          source=COUNCIL_NOTABLES, location=KARAMA, date=TODAY),
        # background at another place: an SDF fighter killed by a mine left by IS near al-Mansoura «مساء
        # الخميس الماضي» (core, historical, 1); the capture of Raqqa in October 2017 optional, historical
        E(True, ["ASSAULT"], [8], "بانفجار لغم أرضي", ["historical", "asserted"], mode="explosives",
          source=ISIS, recipient=SDF_FIGHTER, location=MANSOURA, date=D("2021-11-11"), fatalities=1,
          acled=MINE),
        E(False, ["ASSAULT", "COERCE", "RETREAT"], [8], "حرّرت", ["historical"], mode="seize",
          source=SDF, recipient=ISIS, location=RAQQA,
          date=D("2017-10-15", "month", ("2017-10-01", "2017-10-31")), acled=CLASH),
        # IS leaflets vowing «retribution» to teachers unless they quit within a week (THREATEN, made); the
        # retribution optional, hypothetical
        E(True, ["THREATEN"], [9], "تتوعّد", ["asserted", "reported"], mode="violence",
          source=ISIS, recipient=AANES_TEACHERS, location=KASRAT, date=SINCE_YESTERDAY,
          attribution=["أحد المعلمين"]),
        E(False, ["ASSAULT"], [9], "القصاص", ["hypothetical"], mode="execute",
          source=ISIS, recipient=AANES_TEACHERS, location=KASRAT, date=None),
        # paragraph 10 (the Euphrates running low: a state of things) holds no event
        # the gathering in al-Tabqa for more heating fuel (PROTEST); its demand (a purpose) and the petition
        # handed over optional
        E(True, ["PROTEST"], [11], "تجمّع", ["asserted"], mode="demo",
          source=TABQA_RESIDENTS, location=TABQA, date=TODAY, acled=PEACEFUL),
        E(False, ["REQUEST", "CONSULT"], [11], "للمطالبة", ["asserted"],
          source=TABQA_RESIDENTS, recipient=TABQA_COUNCIL, location=TABQA, date=TODAY),
        # twenty-four detainees freed on their tribes' guarantee (RETREAT, release); the Administration's
        # initiative, in a relative clause, optional, historical
        E(True, ["RETREAT"], [12], "أفرجت", ["asserted"], mode="release",
          source=SDF, recipient=RAQQA_DETAINEES, location=RAQQA_COUNTRYSIDE, date=SINCE_YESTERDAY),
        E(False, ["CONCEDE", "AGREE"], [12], "مبادرة", ["historical"],
          source=AANES, recipient=RAQQA_DETAINEES, date=None),
        # a Coalition delegation due at the Civil Council on Wednesday (planned)
        E(True, ["CONSULT"], [13], "يزور", ["planned", "reported"], mode="visit",
          source=COALITION, recipient=RAQQA_CIVIL_COUNCIL, location=RAQQA, date=D("2021-11-17"),
          attribution=["عضو في المجلس"]),
        # paragraph 14 (Raqqa today: rebuilding, ruins, cheap markets, students) holds no event
    ],
)
