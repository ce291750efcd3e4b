"""Gold of article 257: Mutsamudu, Domoni and Ouani (Anjouan), Moroni and Mayotte (the Comoros), a Gulf
daily's correspondent in Moroni, 1997-07-16 (Wed)."""
from actors_places import (
    ANJ_GENDARMERIE_CMDR,
    ANJ_LEADERS,
    ANJ_RESIDENTS,
    ANJ_SEPARATISTS,
    ANJOUAN,
    DOMONI,
    DOMONI_OUANI,
    FR_AMBASSADOR_KM,
    HOMBO_WOUNDED,
    KM_ARMY,
    KM_FED_GOV,
    KM_GENDARMERIE,
    KM_INTERIOR,
    KM_OPPOSITION,
    KM_PM,
    KM_PRESIDENT,
    KM_RED_CRESCENT,
    MORONI,
    MUTSAMUDU,
    MUTSAMUDU_BARRACKS,
    MUTSAMUDU_MARCHERS,
    MUTSAMUDU_PREFECTURE,
    OAU_ENVOY_KM,
)
from common import ARREST, EXCESSIVE, OTHER, PEACEFUL, RIOT, D, E, paras_of

SLUG = "mutsamudu_1997_anjouan_domoni_ouani_moroni_moheli"
TODAY = D("1997-07-16")
YESTERDAY = D("1997-07-15")
SINCE_YESTERDAY = D("1997-07-16", "day", ("1997-07-15", "1997-07-16"))
LAST_NIGHT = D("1997-07-15", "day", ("1997-07-15", "1997-07-16"))
ARTICLE = dict(
    id="team52-257", slug=SLUG, published="1997-07-16",
    outlet="Asdaa al-Khaleej daily, Moroni correspondent (fictional)",
    paras=paras_of(f"257_{SLUG}.txt"),
    events=[
        # the gendarmes' live fire on the separatist march in Mutsamudu «مساء أمس الثلاثاء»: headline 0, lead
        # 1 (a medical source at Hombo hospital: three), the follow-up 7 (the separatists' committee: six; a
        # Red Crescent volunteer: four bodies; the government: «victims» without a number) → 3
        E(True, ["ASSAULT"], [0, 1, 7], "أطلق", ["asserted", "reported"], mode="firearms",
          source=KM_GENDARMERIE, recipient=MUTSAMUDU_MARCHERS, location=MUTSAMUDU, date=YESTERDAY,
          fatalities=3,
          attribution=["مصدر طبي في مستشفى هومبو", "شهود عيان", "لجنة التنسيق الانفصالية",
                       "متطوع في الهلال الأحمر القمري"], acled=EXCESSIVE, tpara=1),
        # the march itself
        E(True, ["PROTEST"], [1], "مظاهرة", ["asserted"], mode="demo",
          source=MUTSAMUDU_MARCHERS, location=MUTSAMUDU, date=YESTERDAY, acled=PEACEFUL),
        # after the shooting: young men set fire to the prefecture and two gendarmerie cars (a riot), and the
        # gendarmes fall back to their barracks (a withdrawal carried out)
        E(True, ["PROTEST"], [2], "أضرموا النار", ["reported", "asserted"], mode="riot",
          source=MUTSAMUDU_MARCHERS, location=MUTSAMUDU_PREFECTURE, date=LAST_NIGHT,
          attribution=["سكان في المدينة"], acled=RIOT),
        E(True, ["RETREAT"], [2], "انسحب", ["reported", "asserted"], mode="withdraw",
          source=KM_GENDARMERIE, location=MUTSAMUDU_BARRACKS, date=LAST_NIGHT,
          attribution=["سكان في المدينة"]),
        # paragraph 3 (Anjouan's crops and its young men's emigration) holds no event the interior minister
        # dismisses the Anjouan gendarmerie commander and refers him for investigation, and imposes a night
        # curfew on Mutsamudu (two events); the statement's silence on the toll negates nothing
        E(True, ["COERCE", "SANCTION"], [4], "إقالة", ["asserted"],
          source=KM_INTERIOR, recipient=ANJ_GENDARMERIE_CMDR, location=MORONI, date=TODAY),
        E(True, ["COERCE"], [4], "وفرض حظر للتجول", ["asserted"], mode="curfew",
          source=KM_INTERIOR, location=MUTSAMUDU, date=TODAY, acled=OTHER),
        # the separatists' committee accuses Moroni of a massacre and calls a general strike from Saturday
        # (planned; headline 0); the call itself optional
        E(True, ["ACCUSE"], [5], "اتهمت", ["asserted"],
          source=ANJ_SEPARATISTS, recipient=KM_FED_GOV, date=SINCE_YESTERDAY),
        E(True, ["PROTEST"], [0, 5], "إضراب عام", ["planned"], mode="strike",
          source=ANJ_SEPARATISTS, location=ANJOUAN, date=D("1997-07-19"), tpara=5),
        E(False, ["REQUEST"], [5], "ودعت", ["asserted"],
          source=ANJ_SEPARATISTS, recipient=ANJ_RESIDENTS, date=SINCE_YESTERDAY),
        # the rumoured boat of arms from Mayotte landing at Domoni, denied by the French prefecture
        E(True, ["AID"], [6], "وصول زورق محمّل بالأسلحة", ["rumored", "negated", "reported"], mode="military",
          location=DOMONI, date=D("1997-07-15", "day", ("1997-07-13", "1997-07-16")),
          attribution=["ركاب قوارب الصيد القادمون إلى موروني", "مصدر في المحافظة الفرنسية في مايوت"]),
        # in the follow-up, the stones thrown at the gendarmes' vehicles are how the shooting began (optional)
        E(False, ["ASSAULT", "PROTEST"], [7], "رشق", ["reported"], mode="beat",
          source=MUTSAMUDU_MARCHERS, recipient=KM_GENDARMERIE, location=MUTSAMUDU, date=YESTERDAY),
        # the president receives the French ambassador (yesterday); the OAU envoy due on Friday (planned)
        E(True, ["CONSULT"], [8], "استقبل", ["asserted"], mode="visit",
          source=KM_PRESIDENT, recipient=FR_AMBASSADOR_KM, location=MORONI, date=YESTERDAY),
        E(True, ["CONSULT"], [8], "يصل", ["planned"], mode="visit",
          source=OAU_ENVOY_KM, recipient=KM_FED_GOV, location=MORONI, date=D("1997-07-18")),
        # the chief of staff's conditional threat (made); the landing of troops optional, hypothetical
        E(True, ["THREATEN"], [9], "وهدد", ["asserted"], mode="violence",
          source=KM_ARMY, recipient=ANJ_SEPARATISTS, location=ANJOUAN, date=SINCE_YESTERDAY),
        E(False, ["MOBILIZE", "ASSAULT"], [9], "إنزال وحدات الجيش", ["hypothetical"], mode="troops",
          source=KM_ARMY, location=ANJOUAN, date=None),
        # gendarmerie reinforcements sent to Domoni this morning, told by port workers
        E(True, ["MOBILIZE"], [10], "تعزيزات", ["reported"], mode="police",
          source=KM_GENDARMERIE, location=DOMONI, date=TODAY, attribution=["عاملون في ميناء موتسامودو"]),
        # paragraph 11 (a tense calm in Moroni and Fomboni) holds no event
        # the Red Crescent's doctors and medicines for Hombo hospital
        E(True, ["AID"], [12], "أرسلت", ["asserted", "reported"], mode="humanitarian",
          source=KM_RED_CRESCENT, recipient=HOMBO_WOUNDED, location=MUTSAMUDU, date=TODAY,
          attribution=["رئيس جمعية الهلال الأحمر القمري"]),
        # the prime minister rejects the referendum demand; the opposition parties back the OAU's call
        E(True, ["REJECT"], [13], "رفض", ["asserted"],
          source=KM_PM, recipient=ANJ_SEPARATISTS, date=SINCE_YESTERDAY),
        E(True, ["SUPPORT"], [13], "أيّدت", ["asserted"],
          source=KM_OPPOSITION, recipient=OAU_ENVOY_KM, location=MORONI, date=SINCE_YESTERDAY),
        # the OAU's call for a national dialogue, which the opposition backs (optional REQUEST, undated)
        E(False, ["REQUEST"], [13], "دعوة", ["asserted"],
          source=OAU_ENVOY_KM, date=None),
        # background: Saturday before a Wednesday, five separatist leaders arrested in Domoni and Ouani (core,
        # historical); their release two days later optional, historical
        E(True, ["COERCE"], [14], "اعتقلت", ["historical", "asserted"], mode="arrest",
          source=KM_GENDARMERIE, recipient=ANJ_LEADERS, location=DOMONI_OUANI, date=D("1997-07-12"),
          acled=ARREST),
        E(False, ["RETREAT"], [14], "تطلق سراحهم", ["historical"], mode="release",
          source=KM_GENDARMERIE, recipient=ANJ_LEADERS, location=DOMONI_OUANI, date=D("1997-07-14")),
        # the demonstrations across the island since Saturday, in a relative clause (optional, historical)
        E(False, ["PROTEST"], [14], "المظاهرات", ["historical"], mode="demo",
          location=ANJOUAN, date=D("1997-07-13", "day", ("1997-07-12", "1997-07-14"))),
        # paragraph 15 (independence in 1975, Mayotte, the migrants' boats) holds no event
    ],
)
