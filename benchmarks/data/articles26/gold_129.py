"""Gold of article 129: northern Jordan and Amman (ar-Ramtha, ash-Shajarah, at-Turrah, Irbid's Yarmouk University,
al-Rabieh and the Kalouti mosque, Kafr Asad), a Jordanian news site of Irbid, 2024-04-30 (Tue)."""
from actors_places import (
                           CLAN_MARTYR,
                           CLAN_WANTED,
                           GAZA,
                           GAZANS,
                           HIRAK_ACTIVIST,
                           IRBID_YU,
                           JHCO,
                           JO_GENDARMERIE,
                           JO_GOV,
                           JO_INTERIOR,
                           JO_PSD,
                           KAFR_ASAD,
                           KAFR_ASAD_FAMILIES,
                           KAFR_ASAD_VICTIM,
                           KALOUTI_PROTESTERS,
                           RABIEH,
                           RAMTHA,
                           RAMTHA_3,
                           RAMTHA_CLANS,
                           RAMTHA_FIGHT,
                           RAMTHA_GOVERNOR,
                           RAMTHA_SUSPECTS,
                           RAMTHA_WANTED,
                           YU_ADMIN,
                           YU_STUDENTS,
)
from common import AGREEMENT, ARREST, CLASH, PEACEFUL, D, E, paras_of

SLUG = "irbid_ramtha_shajara_turra_amman_rabieh_yarmouk_university"
ARTICLE = dict(
    id="team26-129", slug=SLUG, published="2024-04-30", outlet="Arous al-Shamal news site (fictional)",
    paras=paras_of(f"129_{SLUG}.txt"),
    events=[
        # the gunfight during the Ramtha house raid: headline 0, lead 1 (a police sergeant killed, two wounded), the
        # follow-up 8 (three wanted brothers, one of them killed) → one two-sided event, 2 killed; the burial is no
        # event
        E(True, ["ASSAULT"], [0, 1, 8], "تبادل لإطلاق النار", ["asserted", "reported"], mode="firearms",
          source=RAMTHA_FIGHT, location=RAMTHA, date=D("2024-04-30"), fatalities=2,
          attribution=["الناطق الإعلامي باسم مديرية الأمن العام", "مصدر أمني لعروس الشمال"], acled=CLASH, tpara=1),
        # the interior minister's vow (THREATEN, no named target) and his praise of the police (SUPPORT)
        E(True, ["THREATEN"], [2], "ستضرب بيد من حديد", ["asserted", "reported"], mode="violence",
          source=JO_INTERIOR, date=D("2024-04-30"), attribution=["وكالة الأنباء الأردنية بترا"]),
        E(True, ["SUPPORT"], [2], "مشيداً", ["asserted", "reported"],
          source=JO_INTERIOR, recipient=JO_PSD, date=D("2024-04-30"), attribution=["وكالة الأنباء الأردنية بترا"]),
        # one sentence, two events near the Kalouti mosque last night: the pro-Gaza gathering and the Gendarmerie's
        # arrests (headline 0); the dispersal itself is optional as a separate COERCE
        E(True, ["PROTEST"], [3], "احتشدوا", ["asserted", "reported"], mode="demo",
          source=KALOUTI_PROTESTERS, location=RABIEH, date=D("2024-04-29"),
          attribution=["ناشطون شاركوا في الوقفة"], acled=PEACEFUL),
        E(True, ["COERCE"], [0, 3], "وأوقفت", ["asserted", "reported"], mode="arrest",
          source=JO_GENDARMERIE, recipient=KALOUTI_PROTESTERS, location=RABIEH, date=D("2024-04-29"),
          attribution=["ناشطون شاركوا في الوقفة"], acled=ARREST, tpara=3),
        E(False, ["COERCE"], [3], "فرّقت", ["asserted", "reported"], mode="restrict",
          source=JO_GENDARMERIE, recipient=KALOUTI_PROTESTERS, location=RABIEH, date=D("2024-04-29")),
        # simultaneous raids in three towns under one verb (one COERCE, nine arrests)
        E(True, ["COERCE"], [4], "حملة مداهمات", ["asserted", "reported"], mode="arrest",
          source=JO_PSD, recipient=RAMTHA_SUSPECTS, location=RAMTHA_3, date=D("2024-04-30"),
          attribution=["مصدر أمني لعروس الشمال"], acled=ARREST),
        # the students' sit-in, their demand to the government (cancelling the gas deal and expelling the ambassador
        # are its content, no events) and their appeal to the university (optional)
        E(True, ["PROTEST"], [5], "اعتصاماً", ["asserted"], mode="demo",
          source=YU_STUDENTS, location=IRBID_YU, date=D("2024-04-30"), acled=PEACEFUL),
        E(True, ["REQUEST"], [5], "مطالبين", ["asserted"],
          source=YU_STUDENTS, recipient=JO_GOV, location=IRBID_YU, date=D("2024-04-30")),
        E(False, ["REQUEST"], [5], "ومناشدين", ["asserted"],
          source=YU_STUDENTS, recipient=YU_ADMIN, location=IRBID_YU, date=D("2024-04-30")),
        # the district governor's clan meeting and the security «atwa» granted by the sergeant's clan (AGREE)
        E(True, ["CONSULT"], [6], "لقاءً عشائرياً", ["asserted"], mode="third-party",
          source=RAMTHA_GOVERNOR, recipient=RAMTHA_CLANS, location=RAMTHA, date=D("2024-04-30")),
        E(True, ["AGREE"], [6], "عطوة أمنية", ["asserted"],
          source=CLAN_MARTYR, recipient=CLAN_WANTED, location=RAMTHA, date=D("2024-04-30"), acled=AGREEMENT),
        # the Hashemite Charity Organization's convoy to Gaza on Thursday (planned)
        E(True, ["AID"], [7], "قافلة جديدة", ["planned", "reported"], mode="humanitarian",
          source=JHCO, recipient=GAZANS, location=GAZA, date=D("2024-05-02"),
          attribution=["الأمين العام للهيئة الخيرية الأردنية الهاشمية"]),
        # the arrest of the two other brothers during the raid (optional: part of the raid the lead tells)
        E(False, ["COERCE"], [8], "أُلقي القبض على الآخرَين", ["asserted", "reported"], mode="arrest",
          source=JO_PSD, recipient=RAMTHA_WANTED, date=D("2024-04-30"), acled=ARREST),
        # the rumoured detention of an activist, denied by the police
        E(True, ["COERCE"], [9], "توقيف ناشط بارز", ["rumored", "negated", "reported"], mode="arrest",
          source=JO_PSD, recipient=HIRAK_ACTIVIST, date=D("2024-04-29", "day", ("2024-04-29", "2024-04-30")),
          attribution=["منصات التواصل الاجتماعي", "مديرية الأمن العام"]),
        # the students' conditional warning (made: asserted); the open strike and the referral are hypothetical
        E(True, ["THREATEN"], [10], "وحذّر", ["asserted"], mode="protest",
          source=YU_STUDENTS, recipient=YU_ADMIN, date=D("2024-04-30")),
        E(False, ["PROTEST"], [10], "إضراباً مفتوحاً", ["hypothetical"], mode="strike",
          source=YU_STUDENTS, date=None),
        E(False, ["SANCTION", "COERCE"], [10], "إحالة", ["hypothetical"],
          source=YU_ADMIN, recipient=YU_STUDENTS, date=None),
        # paragraph 11 is a generic statement: deliberately NO gold event
        # last January's security campaign in ar-Ramtha, in a relative clause (optional, historical)
        E(False, ["COERCE"], [12], "الحملة الأمنية الواسعة", ["historical"], mode="arrest",
          source=JO_PSD, location=RAMTHA, date=D("2024-01-15", "month", ("2024-01-01", "2024-01-31")), acled=ARREST),
        # background: Friday before a Tuesday, a young man died of a gunshot in a brawl in Kafr Asad; the shooter's
        # arrest is optional
        E(True, ["ASSAULT"], [13], "بعيار ناري", ["historical", "asserted", "reported"], mode="firearms",
          source=KAFR_ASAD_FAMILIES, recipient=KAFR_ASAD_VICTIM, location=KAFR_ASAD, date=D("2024-04-26"),
          fatalities=1, attribution=["مصدر أمني"]),
        E(False, ["COERCE"], [13], "إلقاء القبض على مطلق النار", ["historical", "asserted"], mode="arrest",
          location=KAFR_ASAD, date=None),
    ],
)
