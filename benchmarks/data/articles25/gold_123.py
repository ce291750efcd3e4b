"""Gold of article 123: Maysan (al-Majar al-Kabir, al-Amarah, al-Kahla, al-Maymunah, Ali al-Gharbi), an Iraqi southern
news site, 2024-11-14 (Thu)."""
from actors_places import (
                           AMARAH,
                           AMARAH_TEACHER,
                           DRUG_SUSPECTS,
                           IQ_MOI,
                           KAHLA,
                           KAHLA_MAYMUNA_ALI,
                           MAJAR,
                           MAJAR_POLICE_DIRECTOR,
                           MAJAR_SUSPECTS,
                           MAJAR_TEACHERS,
                           MAYSAN_FUGITIVES,
                           MAYSAN_MEDIATION,
                           MAYSAN_NARC,
                           MAYSAN_NOTABLES,
                           MAYSAN_POLICE,
                           MAYSAN_POLICE_CHIEF,
                           MAYSAN_TRIBES,
                           NARC_MEMBER,
                           RRF,
                           UNKNOWN,
                           VICTIM_FAMILY,
)
from common import AGREEMENT, ARREST, ATTACK, CLASH, MINE, OTHER, PEACEFUL, D, E, paras_of

SLUG = "maysan_majar_al_kabir_amarah_kahla_tribal_clash"
ARTICLE = dict(
    id="team25-123", slug=SLUG, published="2024-11-14", outlet="Bareed Maysan news site (fictional)",
    paras=paras_of(f"123_{SLUG}.txt"),
    events=[
        # the tribal clash near al-Majar al-Kabir: headline 0 and lead 1 say only «قتلى وجرحى» (no number), the
        # follow-up 8 (the health directorate) adds the toll → 2; two-sided: both tribes are the source
        E(True, ["ASSAULT"], [0, 1, 8], "نزاع عشائري مسلح", ["asserted", "reported"], mode="firearms",
          source=MAYSAN_TRIBES, location=MAJAR, date=D("2024-11-13"), fatalities=2,
          attribution=["مصدر في قيادة شرطة ميسان", "دائرة صحة ميسان"], acled=CLASH, tpara=1),
        # one sentence, three events: Rapid Response reinforcements (MOBILIZE), the curfew (COERCE), the arrest of
        # eight (COERCE, headline 0; the weapons seized with them are part of it)
        E(True, ["MOBILIZE"], [2], "دفعت", ["asserted", "reported"], mode="troops",
          source=RRF, location=MAJAR, date=D("2024-11-14", "day", ("2024-11-13", "2024-11-14")),
          attribution=["بيان قيادة شرطة ميسان"]),
        E(True, ["COERCE"], [2], "حظراً شاملاً للتجوال", ["asserted", "reported"], mode="curfew",
          source=MAYSAN_POLICE, location=MAJAR, date=D("2024-11-14", "day", ("2024-11-13", "2024-11-14")),
          attribution=["بيان قيادة شرطة ميسان"], acled=OTHER),
        E(True, ["COERCE"], [0, 2], "اعتقلت", ["asserted", "reported"], mode="arrest",
          source=MAYSAN_POLICE, recipient=MAJAR_SUSPECTS, location=MAJAR,
          date=D("2024-11-14", "day", ("2024-11-13", "2024-11-14")), attribution=["بيان قيادة شرطة ميسان"],
          acled=ARREST, tpara=2),
        # a «دكة عشائرية» on a teacher's house in al-Amarah: shots and a stun grenade, nobody hurt (does not negate it)
        E(True, ["ASSAULT", "THREATEN"], [3], "أمطر مسلحون مجهولون", ["asserted", "reported"], mode="firearms",
          source=UNKNOWN, recipient=AMARAH_TEACHER, location=AMARAH, date=D("2024-11-14"),
          attribution=["مصدر أمني"], acled=ATTACK),
        # drug raids in three districts under one verb, with eleven arrests (one COERCE); the seizure is optional
        E(True, ["COERCE"], [4], "داهمت", ["asserted", "reported"], mode="arrest",
          source=MAYSAN_NARC, recipient=DRUG_SUSPECTS, location=KAHLA_MAYMUNA_ALI,
          date=D("2024-11-14", "day", ("2024-11-13", "2024-11-14")),
          attribution=["قناة العراقية عن مدير إعلام مديرية شؤون المخدرات"], acled=ARREST),
        E(False, ["COERCE"], [4], "وضبطت", ["asserted", "reported"], mode="confiscate",
          source=MAYSAN_NARC, location=KAHLA_MAYMUNA_ALI, date=D("2024-11-14", "day", ("2024-11-13", "2024-11-14"))),
        # the teachers' gathering in al-Amarah and their demand to the Interior Ministry (the demanded force is
        # content, no MOBILIZE)
        E(True, ["PROTEST"], [5], "تجمّع", ["asserted"], mode="demo",
          source=MAJAR_TEACHERS, location=AMARAH, date=D("2024-11-14"), acled=PEACEFUL),
        E(True, ["REQUEST"], [5], "وطالبوا", ["asserted"],
          source=MAJAR_TEACHERS, recipient=IQ_MOI, location=AMARAH, date=D("2024-11-14")),
        # the notables' meeting with the police chief and the truce («عطوة») both tribes accepted
        E(True, ["CONSULT"], [6], "اجتمع", ["asserted"], mode="third-party",
          source=MAYSAN_NOTABLES, recipient=MAYSAN_MEDIATION, location=MAJAR, date=D("2024-11-14")),
        E(True, ["AGREE"], [6], "موافقة الطرفين", ["asserted"],
          source=MAYSAN_TRIBES, location=MAJAR, date=D("2024-11-14"), acled=AGREEMENT),
        # the victim's family rejects any money settlement (told by tribal sources); the notables' next session on
        # Sunday (planned); «الفصل» in 6 and 7 is the settlement under discussion, no event
        E(True, ["REJECT"], [7], "رفضهم", ["asserted", "reported"],
          source=VICTIM_FAMILY, recipient=MAYSAN_NOTABLES, date=D("2024-11-14"), attribution=["مصادر عشائرية"]),
        E(True, ["CONSULT"], [7], "يلتئم", ["planned"], mode="third-party",
          source=MAYSAN_NOTABLES, date=D("2024-11-17")),
        # the rumoured dismissal and referral of the district police director, neither confirmed nor denied
        E(True, ["SANCTION", "COERCE"], [9], "بإعفاء", ["rumored", "reported"],
          source=IQ_MOI, recipient=MAJAR_POLICE_DIRECTOR, location=MAJAR,
          date=D("2024-11-14", "day", ("2024-11-13", "2024-11-14")), attribution=["صفحات محلية في فيسبوك"]),
        # the police chief's 48-hour deadline with a conditional threat (made: asserted); the raids it threatens are
        # hypothetical (optional); the press conference is no meeting
        E(True, ["THREATEN"], [10], "مهلة", ["asserted"], mode="arrest",
          source=MAYSAN_POLICE_CHIEF, recipient=MAYSAN_FUGITIVES, location=AMARAH, date=D("2024-11-14")),
        E(False, ["COERCE", "ASSAULT"], [10], "ستقتحم", ["hypothetical"], mode="arrest",
          source=MAYSAN_POLICE, recipient=MAYSAN_FUGITIVES, date=None),
        # paragraph 11 is a generic statement: deliberately NO gold event
        # the two tribes' clashes of summer 2022 and the settlement that closed them (optional, historical)
        E(False, ["ASSAULT"], [12], "اشتباكات مماثلة", ["historical"], mode="firearms",
          source=MAYSAN_TRIBES, date=D("2022-07-15", "month", ("2022-06-01", "2022-08-31")), acled=CLASH),
        E(False, ["AGREE"], [12], "بـ«فصل» دفعته", ["historical"],
          source=MAYSAN_TRIBES, date=D("2022-08-15", "year", ("2022-06-01", "2022-12-31"))),
        # background: Sunday before a Thursday, a sticky bomb killed a narcotics directorate member in al-Kahla
        E(True, ["ASSAULT"], [13], "انفجار عبوة لاصقة", ["historical", "asserted", "reported"], mode="explosives",
          recipient=NARC_MEMBER, location=KAHLA, date=D("2024-11-10"), fatalities=1,
          attribution=["مديرية شؤون المخدرات"], acled=MINE),
    ],
)
