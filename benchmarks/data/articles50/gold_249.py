"""Gold of article 249: Silwan and East Jerusalem (Wadi Hilweh, al-Bustan, Sheikh Jarrah, the Old City), a
Jerusalem news site, 2010-04-21 (Wed)."""
from actors_places import (
                           AQSA,
                           AQSA_WORSHIPPERS,
                           BUSTAN,
                           BUSTAN_COMMITTEE,
                           BUSTAN_FAMILY,
                           BUSTAN_HOUSES,
                           BUSTAN_OWNERS,
                           EAST_JERUSALEM,
                           ELAD_GUARD,
                           EU_CONSULS,
                           ICRC,
                           IL_GOV,
                           IL_POLICE,
                           JER_CHARITY,
                           JER_FACTIONS,
                           JER_MUNICIPALITY,
                           OLD_CITY_SILWAN,
                           PA_JER_MINISTER,
                           QUARTET,
                           SETTLERS,
                           SHEIKH_JARRAH,
                           SHEIKH_JARRAH_ELDER,
                           SHEIKH_JARRAH_FAMILIES,
                           SILWAN,
                           SILWAN_DETAINEES,
                           SILWAN_RIOTERS,
                           SILWAN_VICTIMS,
                           WADI_HILWEH,
)
from common import ARREST, ATTACK, DESTRUCTION, EXCESSIVE, OTHER, RIOT, D, E, paras_of

SLUG = "silwan_2010_wadi_hilweh_bustan_sheikh_jarrah"
NIGHT = D("2010-04-20", "day", ("2010-04-20", "2010-04-21"))
ARTICLE = dict(
    id="team50-249", slug=SLUG, published="2010-04-21",
    outlet="Bawabat al-Aswar Jerusalem news site (fictional)",
    paras=paras_of(f"249_{SLUG}.txt"),
    events=[
        # the guard's fire in Wadi Hilweh «مساء أمس الثلاثاء»: headline 0 (one martyr), lead 1 (the
        # residents' committee: two), the follow-up 5 (the Red Crescent: one dead, one critical; the police's
        # version) → 1
        E(True, ["ASSAULT"], [0, 1, 5], "برصاص حارس أمن", ["asserted", "reported"], mode="firearms",
          source=ELAD_GUARD, recipient=SILWAN_VICTIMS, location=WADI_HILWEH, date=D("2010-04-20"),
          fatalities=1, acled=ATTACK, tpara=1,
          attribution=["لجنة أهالي الحي", "جمعية الهلال الأحمر الفلسطيني", "بيان شرطة الاحتلال"]),
        # the night of clashes (headline 0): youths' stones (PROTEST riot), the Border Police's fire
        # (optional), and twelve arrests in the same sentence
        E(True, ["PROTEST"], [0, 2], "رشق", ["asserted"], mode="riot",
          source=SILWAN_RIOTERS, location=SILWAN, date=NIGHT, acled=RIOT, tpara=2),
        E(False, ["ASSAULT"], [2], "أطلق عناصر حرس الحدود", ["asserted"], mode="firearms",
          source=IL_POLICE, recipient=SILWAN_RIOTERS, location=SILWAN, date=NIGHT, acled=EXCESSIVE),
        E(True, ["COERCE"], [0, 2], "واعتقلوا", ["asserted"], mode="arrest",
          source=IL_POLICE, recipient=SILWAN_DETAINEES, location=SILWAN, date=NIGHT, acled=ARREST, tpara=2),
        # the demolition in al-Bustan at dawn; the cordon around the quarter optional
        E(True, ["ASSAULT"], [3], "هدمت", ["asserted"], mode="destroy",
          source=JER_MUNICIPALITY, recipient=BUSTAN_FAMILY, location=BUSTAN, date=D("2010-04-21"),
          acled=DESTRUCTION),
        E(False, ["COERCE"], [3], "طوّقت", ["asserted"], mode="restrict",
          source=IL_POLICE, location=BUSTAN, date=D("2010-04-21")),
        # background at another place: settlers beat an old man in Sheikh Jarrah «مساء السبت الماضي»; the
        # eviction of two families there in August 2009 (passive «أُخرجت») optional, historical
        E(True, ["ASSAULT"], [4], "اعتدوا بالضرب", ["historical", "asserted"], mode="beat",
          source=SETTLERS, recipient=SHEIKH_JARRAH_ELDER, location=SHEIKH_JARRAH, date=D("2010-04-17"),
          acled=ATTACK),
        E(False, ["COERCE"], [4], "أُخرجت", ["historical"], mode="confiscate",
          recipient=SHEIKH_JARRAH_FAMILIES, location=SHEIKH_JARRAH,
          date=D("2009-08-15", "month", ("2009-08-01", "2009-08-31"))),
        # the guard's release after questioning (police statement) optional
        E(False, ["RETREAT", "CONCEDE"], [5], "أُطلق سراحه", ["reported", "asserted"], mode="release",
          source=IL_POLICE, recipient=ELAD_GUARD, date=D("2010-04-21", "day", ("2010-04-20", "2010-04-21"))),
        # the PA minister's blame of Israel and his demand to the Quartet
        E(True, ["ACCUSE"], [6], "وحمّل", ["asserted"],
          source=PA_JER_MINISTER, recipient=IL_GOV, date=D("2010-04-21", "day", ("2010-04-20",
                                                                                 "2010-04-21"))),
        E(True, ["REQUEST"], [6], "وطالب", ["asserted"],
          source=PA_JER_MINISTER, recipient=QUARTET, date=D("2010-04-21", "day", ("2010-04-20",
                                                                                  "2010-04-21"))),
        # one sentence, two events: the police reinforcements (MOBILIZE) and the announced age limit at
        # al-Aqsa for Friday (COERCE, planned)
        E(True, ["MOBILIZE"], [7], "دفعت", ["asserted"], mode="police",
          source=IL_POLICE, location=OLD_CITY_SILWAN, date=D("2010-04-21")),
        E(True, ["COERCE"], [7], "ستمنع", ["planned"], mode="restrict",
          source=IL_POLICE, recipient=AQSA_WORSHIPPERS, location=AQSA, date=D("2010-04-23"), acled=OTHER),
        # the rumoured plan to demolish 22 houses, denied by the municipality
        E(True, ["ASSAULT"], [8], "هدم", ["rumored", "negated", "planned"], mode="destroy",
          source=JER_MUNICIPALITY, recipient=BUSTAN_HOUSES, location=BUSTAN, date=None,
          attribution=["مواقع إخبارية عبرية", "متحدث باسم البلدية"], acled=DESTRUCTION),
        # paragraph 9 (where Silwan lies) holds no event
        # the consuls' visit to the protest tent (CONSULT); the months-long sit-in itself optional
        E(True, ["CONSULT"], [10], "وزار", ["asserted"], mode="visit",
          source=EU_CONSULS, recipient=BUSTAN_COMMITTEE, location=BUSTAN, date=D("2010-04-21")),
        E(False, ["PROTEST"], [10], "خيمة الاعتصام", ["asserted", "generic"], mode="demo",
          source=BUSTAN_COMMITTEE, location=BUSTAN, date=None),
        # the mayor's conditional threat (made, on army radio); the forced demolition hypothetical (optional)
        E(True, ["THREATEN"], [11], "هدّد", ["asserted", "reported"], mode="violence",
          source=JER_MUNICIPALITY, recipient=BUSTAN_OWNERS,
          date=D("2010-04-21", "day", ("2010-04-20", "2010-04-21")), attribution=["إذاعة الجيش الإسرائيلي"]),
        E(False, ["ASSAULT"], [11], "بتنفيذ أوامر الهدم", ["hypothetical"], mode="destroy",
          source=JER_MUNICIPALITY, recipient=BUSTAN_OWNERS, date=None),
        # the factions' mourning and shop closure tomorrow (PROTEST strike, planned)
        E(True, ["PROTEST"], [12], "وإغلاق المحال التجارية", ["planned"], mode="strike",
          source=JER_FACTIONS, location=EAST_JERUSALEM, date=D("2010-04-22")),
        # paragraph 13 (Elad's silence) and paragraph 14 (the guards' habits: generic) hold no event
        # the ICRC's tent and kits for the family; the charity's rent optional
        E(True, ["AID"], [15], "قدّمت", ["asserted"], mode="humanitarian",
          source=ICRC, recipient=BUSTAN_FAMILY, location=BUSTAN, date=D("2010-04-21")),
        E(False, ["AID"], [15], "تكفّلت", ["asserted"], mode="economic",
          source=JER_CHARITY, recipient=BUSTAN_FAMILY, location=BUSTAN, date=D("2010-04-21")),
    ],
)
