"""Gold of article 125: River Nile State (Atbara, ad-Damer, Berber, al-Ubaydiyah, al-Matamma, Shendi), a Sudanese
pro-army newspaper, 2025-02-23 (Sun)."""
from actors_places import (
                           ATBARA,
                           ATBARA_DETAINEES,
                           ATBARA_STATION,
                           DAMER_BERBER_UBAYDIYAH,
                           DAMER_SHENDI,
                           DAMER_VICTIMS,
                           INTL_ORGS,
                           MATAMMA_BAYUDA,
                           MEROWE,
                           NORTHERN_STATES,
                           POP_RESISTANCE,
                           RN_GOV,
                           RN_SECURITY,
                           RN_WALI,
                           RSF,
                           RSF_ADVISER,
                           RSF_INFILTRATORS,
                           RSF_LOOTERS,
                           SAF,
                           SAF_3RD_DIV,
                           SHENDI,
                           SHENDI_DEPOTS,
                           SHENDI_EMERGENCY,
                           SHENDI_FARMERS,
                           SHENDI_MATAMMA_ABU_HAMAD,
                           SHENDI_WEST_BANK,
                           UNHCR,
                           WALI_UNHCR,
)
from common import AIR, ARREST, ATTACK, CLASH, PEACEFUL, D, E, paras_of

SLUG = "river_nile_atbara_damer_shendi_matamma_drones"
ARTICLE = dict(
    id="team25-125", slug=SLUG, published="2025-02-23", outlet="Qitar al-Shamal newspaper (fictional)",
    paras=paras_of(f"125_{SLUG}.txt"),
    events=[
        # the RSF drone strike on Atbara's main transformer station: headline 0, lead 1 (four workers burned), the
        # follow-up 8 that adds the toll (two engineers died of their burns) → 2
        E(True, ["ASSAULT"], [0, 1, 8], "استهدفت", ["asserted", "reported"], mode="aerial",
          source=RSF, recipient=ATBARA_STATION, location=ATBARA, date=D("2025-02-23"), fatalities=2,
          attribution=["الشركة السودانية لنقل الكهرباء"], acled=AIR, tpara=1),
        # drones on ad-Damer, Berber and al-Ubaydiyah under one verb (one event; the shrapnel wounds three in ad-Damer;
        # headline 0); the air defences' interception is optional
        E(True, ["ASSAULT"], [0, 2], "هاجمت مسيّرات أخرى", ["asserted", "reported"], mode="aerial",
          source=RSF, recipient=DAMER_VICTIMS, location=DAMER_BERBER_UBAYDIYAH, date=D("2025-02-23"),
          attribution=["لجنة أمن الولاية"], acled=AIR, tpara=2),
        E(False, ["ASSAULT"], [2], "وتصدّت لها الدفاعات الأرضية", ["asserted"], mode="heavy-weapons",
          source=SAF, location=DAMER_BERBER_UBAYDIYAH, date=D("2025-02-23")),
        # the army's ambush in the Bayuda desert, told by the 3rd Infantry Division (11 RSF killed); the vehicle
        # seized in the same fight is optional
        E(True, ["ASSAULT"], [3], "كميناً محكماً", ["reported", "asserted"], mode="firearms",
          source=SAF_3RD_DIV, recipient=RSF_INFILTRATORS, location=MATAMMA_BAYUDA, date=D("2025-02-22"),
          fatalities=11, attribution=["قيادة الفرقة الثالثة مشاة"], acled=CLASH),
        E(False, ["COERCE"], [3], "واستولت", ["reported"], mode="seize",
          source=SAF_3RD_DIV, recipient=RSF_INFILTRATORS, location=MATAMMA_BAYUDA, date=D("2025-02-22")),
        # forty-odd people without papers arrested in Atbara (the referral to the prosecution is no event)
        E(True, ["COERCE"], [4], "أوقفت", ["asserted", "reported"], mode="arrest",
          source=RN_SECURITY, recipient=ATBARA_DETAINEES, location=ATBARA, date=D("2025-02-23"),
          attribution=["سونا عن مدير شرطة الولاية"], acled=ARREST),
        # the state government's accusation and its appeal to the international organisations
        E(True, ["ACCUSE"], [5], "اتهمت", ["asserted"],
          source=RN_GOV, recipient=RSF, date=D("2025-02-23")),
        E(True, ["REQUEST"], [5], "وناشدت", ["asserted"],
          source=RN_GOV, recipient=INTL_ORGS, date=D("2025-02-23")),
        # the Popular Resistance rally in Atbara (its pro-army chants optional SUPPORT) and three new training camps
        # announced under one verb (one MOBILIZE)
        E(True, ["PROTEST"], [6], "موكباً جماهيرياً", ["asserted"], mode="demo",
          source=POP_RESISTANCE, location=ATBARA, date=D("2025-02-23"), acled=PEACEFUL),
        E(False, ["SUPPORT"], [6], "بشعارات مؤيدة", ["asserted"],
          source=POP_RESISTANCE, recipient=SAF, location=ATBARA, date=D("2025-02-23")),
        E(True, ["MOBILIZE"], [6], "فتح ثلاثة معسكرات", ["asserted"], mode="troops",
          source=POP_RESISTANCE, location=SHENDI_MATAMMA_ABU_HAMAD, date=D("2025-02-23")),
        # the governor and UNHCR: talks, an agreement on a new shelter, a meeting due on Tuesday (planned)
        E(True, ["CONSULT"], [7], "بحث", ["asserted"], mode="visit",
          source=RN_WALI, recipient=UNHCR, location=DAMER_SHENDI, date=D("2025-02-23")),
        E(True, ["AGREE"], [7], "واتفق الطرفان", ["asserted"],
          source=WALI_UNHCR, location=DAMER_SHENDI, date=D("2025-02-23")),
        E(True, ["CONSULT"], [7], "يجتمع", ["planned"], mode="visit",
          source=UNHCR, recipient=SHENDI_EMERGENCY, location=SHENDI, date=D("2025-02-25")),
        # an RSF claim of destroyed fuel depots in Shendi, denied by the army spokesman
        E(True, ["ASSAULT"], [9], "دمّرت", ["reported", "negated", "rumored"], mode="aerial",
          source=RSF, recipient=SHENDI_DEPOTS, location=SHENDI, date=D("2025-02-23"),
          attribution=["منصات إعلامية موالية للدعم السريع", "الناطق الرسمي باسم القوات المسلحة"], acled=AIR),
        # an RSF adviser's conditional threat (made: asserted); the strikes on northern facilities are hypothetical
        E(True, ["THREATEN"], [10], "وهدّد", ["asserted"], mode="violence",
          source=RSF_ADVISER, recipient=SAF, location=NORTHERN_STATES, date=D("2025-02-23")),
        E(False, ["ASSAULT"], [10], "سيكون هدفاً مشروعاً", ["hypothetical"], mode="aerial",
          source=RSF, location=NORTHERN_STATES, date=None),
        # paragraph 11 is a generic statement: deliberately NO gold event
        # the January drone attacks on the Merowe dam, recalled (optional, historical)
        E(False, ["ASSAULT"], [12], "هجمات بالمسيّرات", ["historical"], mode="aerial",
          location=MEROWE, date=D("2025-01-15", "month", ("2025-01-01", "2025-01-31")), acled=AIR),
        # background: Thursday before a Sunday, two farmers shot dead on the west bank opposite Shendi
        E(True, ["ASSAULT"], [13], "برصاص مجموعة مسلحة", ["historical", "asserted", "reported"], mode="firearms",
          source=RSF_LOOTERS, recipient=SHENDI_FARMERS, location=SHENDI_WEST_BANK, date=D("2025-02-20"),
          fatalities=2, attribution=["لجنة أمن المحلية"], acled=ATTACK),
    ],
)
