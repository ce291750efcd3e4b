"""Gold of article 258: Tinzaouaten (the Malian and Algerian sides), Tessalit, Anefis, Kidal, Menaka and
Aguelhok (northern Mali), Kati (near Bamako) and Bordj Badji Mokhtar (Algeria), an Algerian daily's bureau in
Tamanrasset, 2012-02-09 (Thu)."""
from actors_places import (
    AGUELHOK,
    ALGIERS,
    ANEFIS,
    BBM,
    BBM_SMUGGLERS,
    BBM_TINZA_DZ,
    DONORS,
    DZ_ARMY,
    DZ_GOV,
    DZ_RED_CRESCENT,
    ECOWAS,
    KATI,
    KATI_TRADERS,
    KATI_WOMEN,
    KATI_YOUTHS,
    KIDAL,
    MENAKA,
    MENAKA_CUSTOMS,
    ML_ARMY,
    ML_GENDARMERIE,
    ML_GOV,
    ML_PARTIES,
    ML_REFUGEES,
    ML_TALKS,
    MNLA,
    TESSALIT,
    TESSALIT_FIGHT,
    TINZA_NOMADS,
    TINZAOUATEN_DZ,
    TINZAOUATEN_ML,
    UNHCR,
)
from common import AIR, ARREST, CLASH, PEACEFUL, RIOT, D, E, paras_of

SLUG = "tinzaouaten_2012_tessalit_anefis_kati_menaka_bordj_badji_mokhtar"
TODAY = D("2012-02-09")
YESTERDAY = D("2012-02-08")
SINCE_YESTERDAY = D("2012-02-09", "day", ("2012-02-08", "2012-02-09"))
NEXT_WEEK = D("2012-02-15", "week", ("2012-02-12", "2012-02-19"))
ARTICLE = dict(
    id="team52-258", slug=SLUG, published="2012-02-09",
    outlet="Sada al-Ahaggar daily, Tamanrasset bureau (fictional)",
    paras=paras_of(f"258_{SLUG}.txt"),
    events=[
        # the Malian army helicopters' strike on the displaced nomads' camp near Tinzaouaten «مساء أمس
        # الأربعاء»: headline 0 (six), lead 1 (notables by satellite phone: six), the follow-up 11 (an
        # Algerian Red Crescent volunteer: four bodies brought across; the MNLA: eleven; the army: a rebel
        # supply base, no civilian victims — a denial of victims, not of the strike) → 4, against the headline
        E(True, ["ASSAULT"], [0, 1, 11], "قصف نفّذته", ["asserted", "reported"], mode="aerial",
          source=ML_ARMY, recipient=TINZA_NOMADS, location=TINZAOUATEN_ML, date=YESTERDAY, fatalities=4,
          attribution=["أعيان من المنطقة", "متطوع في الهلال الأحمر الجزائري",
                       "بيان الحركة الوطنية لتحرير أزواد", "الجيش المالي"], acled=AIR, tpara=1),
        # the fighting at Amachach camp near Tessalit since dawn today (headline 0); two-sided, both are
        # sources
        E(True, ["ASSAULT"], [0, 2], "معارك", ["asserted", "reported"], mode="firearms",
          source=TESSALIT_FIGHT, location=TESSALIT, date=TODAY,
          attribution=["متحدث باسم الحركة", "بيان وزارة الدفاع المالية"], acled=CLASH, tpara=2),
        # paragraph 3 (the twin towns of Tinzaouaten) holds no event
        # the Algerian army's reinforcements and alert on the border (reported by security sources)
        E(True, ["MOBILIZE"], [4], "بتعزيزات", ["reported"], mode="troops",
          source=DZ_ARMY, location=BBM_TINZA_DZ, date=SINCE_YESTERDAY, attribution=["مصادر أمنية جزائرية"]),
        # the Malian government accuses the MNLA of an alliance with AQIM (the MNLA's habitual denial is no
        # event)
        E(True, ["ACCUSE"], [5], "واتهمت", ["asserted"],
          source=ML_GOV, recipient=MNLA, date=YESTERDAY),
        # Kati: the soldiers' wives and mothers demonstrate and block the road (one PROTEST), demand the truth
        # from the presidency, young men loot Tuareg and Arab shops (a riot, reported through agencies), and
        # the gendarmerie disperses the women with tear gas (optional)
        E(True, ["PROTEST"], [6], "تظاهرت", ["asserted"], mode="demo",
          source=KATI_WOMEN, location=KATI, date=TODAY, acled=PEACEFUL),
        E(True, ["REQUEST"], [6], "مطالبات", ["asserted"],
          source=KATI_WOMEN, recipient=ML_GOV, location=KATI, date=TODAY),
        E(True, ["PROTEST", "ASSAULT"], [6], "اقتحمت", ["reported"], mode="riot",
          source=KATI_YOUTHS, recipient=KATI_TRADERS, location=KATI, date=TODAY,
          attribution=["وكالات الأنباء عن شهود"], acled=RIOT),
        E(False, ["COERCE", "ASSAULT"], [6], "تفرّق", ["asserted"], mode="restrict",
          source=ML_GENDARMERIE, recipient=KATI_WOMEN, location=KATI, date=TODAY),
        # the rumoured fall of Anefis, denied by the Malian army's spokesman
        E(True, ["ASSAULT", "COERCE"], [7], "سقوط", ["rumored", "negated", "reported"], mode="seize",
          source=MNLA, location=ANEFIS, date=SINCE_YESTERDAY,
          attribution=["أنباء راجت في تمنراست", "الناطق باسم الجيش المالي"], acled=CLASH),
        # the Algerian Red Crescent's convoy arrived this morning; the second convoy next week optional,
        # planned
        E(True, ["AID"], [8], "قافلة", ["asserted"], mode="humanitarian",
          source=DZ_RED_CRESCENT, recipient=ML_REFUGEES, location=TINZAOUATEN_DZ, date=TODAY),
        E(False, ["AID"], [8], "قافلة ثانية", ["planned"], mode="humanitarian",
          source=DZ_RED_CRESCENT, location=TINZAOUATEN_DZ, date=NEXT_WEEK),
        # paragraph 9 (tens of thousands fled since mid-January: an aggregate) holds no event the MNLA rejects
        # ECOWAS's ceasefire call and threatens Kidal unless the army withdraws (made); ECOWAS's call
        # (optional) and the attack on Kidal (optional, hypothetical)
        E(True, ["REJECT"], [10], "ورفضت", ["asserted"],
          source=MNLA, recipient=ECOWAS, date=SINCE_YESTERDAY),
        E(False, ["REQUEST"], [10], "دعوة", ["asserted"],
          source=ECOWAS, recipient=MNLA, date=None),
        E(True, ["THREATEN"], [10], "وهدد", ["asserted"], mode="violence",
          source=MNLA, recipient=ML_ARMY, location=KIDAL, date=SINCE_YESTERDAY),
        E(False, ["ASSAULT"], [10], "بمهاجمة", ["hypothetical"], mode="firearms",
          source=MNLA, location=KIDAL, date=None, acled=CLASH),
        # the Algerian border guards' arrest of nine men carrying ammunition near Bordj Badji Mokhtar
        E(True, ["COERCE"], [12], "أوقفت", ["asserted", "reported"], mode="arrest",
          source=DZ_ARMY, recipient=BBM_SMUGGLERS, location=BBM,
          date=D("2012-02-08", "day", ("2012-02-08", "2012-02-09")), attribution=["مصادر أمنية"],
          acled=ARREST),
        # talks in Algiers next week (planned) and the Algerian spokesman's call for restraint
        E(True, ["CONSULT"], [13], "تستضيف", ["planned"], mode="third-party",
          source=DZ_GOV, recipient=ML_TALKS, location=ALGIERS, date=NEXT_WEEK),
        E(True, ["REQUEST"], [13], "دعا", ["asserted"],
          source=DZ_GOV, recipient=ML_PARTIES, date=SINCE_YESTERDAY),
        # background: Friday before a Thursday, the MNLA's attack on the Menaka customs post (1; core,
        # historical); the Aguelhok fighting of late January and the executions Bamako speaks of (optional,
        # historical)
        E(True, ["ASSAULT"], [14], "هاجموا", ["historical", "asserted"], mode="firearms",
          source=MNLA, recipient=MENAKA_CUSTOMS, location=MENAKA, date=D("2012-02-03"), fatalities=1,
          acled=CLASH),
        E(False, ["ASSAULT"], [14], "معارك أغلهوك", ["historical"], mode="firearms",
          source=TESSALIT_FIGHT, location=AGUELHOK,
          date=D("2012-01-25", "week", ("2012-01-20", "2012-01-31")), acled=CLASH),
        E(False, ["ASSAULT"], [14], "بإعدام", ["historical", "reported"], mode="execute",
          source=MNLA, location=AGUELHOK, date=D("2012-01-25", "week", ("2012-01-20", "2012-01-31"))),
        # UNHCR's appeal to donors
        E(True, ["REQUEST"], [15], "وناشدت", ["asserted"],
          source=UNHCR, recipient=DONORS, date=SINCE_YESTERDAY),
    ],
)
