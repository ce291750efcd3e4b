"""Gold of article 408: Baqubah, al-Muqdadiyah, Bani Saad and Khanaqin (Diyala), an Iraqi satellite TV
channel's news website, 2024-02-20 (Tue)."""
from actors_places import (
    BANI_SAAD,
    BAQUBAH,
    BAQUBAH_COURT,
    DIYALA,
    DIYALA_HQ,
    DIYALA_MP,
    DIYALA_POLICE_CHIEF,
    DOCTOR,
    DOCTOR_FAMILY,
    DOCTOR_FAMILY_PROTEST,
    DOCTORS_SYNDICATE,
    FOUR_ARRESTED,
    FOUR_GUNMEN,
    GANG_LEADER,
    INFLUENTIAL_PARTIES,
    IQ_AUTHORITIES,
    IQ_FEDERAL_GOV,
    IQ_HEALTH_MINISTER,
    IQ_INTERIOR_MINISTER,
    IQ_SECURITY_FORCES,
    KHANAQIN,
    KIDNAPPERS,
    LIVESTOCK_TRADER,
    MUALLIMIN_BAQUBAH,
    MUQDADIYAH,
    POLICE_408,
    POLICE_COMMAND,
    RAID_FORCE,
    RAID_PARTIES,
    SHEIKHS_408,
    STATION_CHIEF,
    TRIBAL_MEDIATORS,
)
from common import ABDUCTION, ARREST, CLASH, PEACEFUL, D, E, paras_of

SLUG = "diyala_2024_baqubah_muqdadiyah_bani_saad_khanaqin"
TODAY = D("2024-02-20")
YESTERDAY = D("2024-02-19")
SIT_IN = D("2024-02-15", "week", ("2024-02-15", "2024-02-19"))
ARTICLE = dict(
    id="team82-408", slug=SLUG, published="2024-02-20",
    outlet="al-Basatin Iraqi satellite TV channel news website (fictional)",
    paras=paras_of(f"408_{SLUG}.txt"),
    events=[
        # ¶1: the doctor released «مساء أمس» after the ransom was paid (headline 0; the sit-in ended on the
        # news 5, the checkpoints set up after it 16): RETREAT, passive «أُطلق»
        E(True, ["RETREAT"], [0, 1, 5, 16], "أُطلق سراح", ["asserted"], mode="release",
          source=KIDNAPPERS, recipient=DOCTOR, location=BANI_SAAD, date=YESTERDAY,
          attribution=["مصدر أمني"], tpara=1),
        # the main event, in ¶2 after the release: the raid on the orchard north of al-Muqdadiyah and the
        # clash with the gang «فجر اليوم» (headline 0, the spokesman 3, «قبل المداهمة» 9): both sides are
        # sources → 1
        E(True, ["ASSAULT", "COERCE"], [0, 2, 3, 9], "تشتبك", ["asserted"], mode="firearms",
          source=RAID_PARTIES, location=MUQDADIYAH, date=TODAY, fatalities=1,
          attribution=["بيان لقيادة شرطة المحافظة", "المتحدث باسم قيادة الشرطة"], acled=CLASH, tpara=2),
        # ¶2: four arrested in the same raid (their confessions 3); the joint force is an optional COOPERATE
        # and the weapons and money found an optional seizure
        E(True, ["COERCE"], [0, 2, 3], "واعتقال", ["asserted"], mode="arrest",
          source=RAID_FORCE, recipient=FOUR_ARRESTED, location=MUQDADIYAH, date=TODAY, acled=ARREST, tpara=2),
        E(False, ["COOPERATE"], [2], "قوة مشتركة", ["asserted"], source=RAID_FORCE, location=MUQDADIYAH,
          date=TODAY),
        E(False, ["COERCE"], [3], "عثرت", ["asserted"], mode="confiscate", source=POLICE_408,
          location=MUQDADIYAH, date=TODAY),
        # background at another place, in «وكان … قد»: the abduction in front of his clinic in Baqubah on the
        # 11th (headline 0, «من قبل مسلحين مجهولين» 1); the ransom demand two days later is optional
        E(True, ["ASSAULT"], [0, 1, 4], "اعترضوا", ["historical", "asserted"], mode="abduct",
          source=FOUR_GUNMEN, recipient=DOCTOR, location=MUALLIMIN_BAQUBAH, date=D("2024-02-11"),
          acled=ABDUCTION, tpara=4),
        E(False, ["REQUEST"], [4], "طالبين", ["historical"], source=FOUR_GUNMEN, recipient=DOCTOR_FAMILY,
          date=D("2024-02-13")),
        # ¶5: the relatives' sit-in since Thursday (PROTEST) and the syndicate's threat of a strike (the
        # strike itself is hypothetical, optional)
        E(True, ["PROTEST"], [5], "اعتصاماً", ["asserted"], mode="demo",
          source=DOCTOR_FAMILY_PROTEST, location=DIYALA_HQ, date=SIT_IN, acled=PEACEFUL),
        E(True, ["THREATEN"], [5], "لوّحت", ["asserted"], mode="strike",
          source=DOCTORS_SYNDICATE, location=DIYALA,
          date=D("2024-02-17", "week", ("2024-02-15", "2024-02-19"))),
        E(False, ["PROTEST"], [5], "إضراب عام", ["hypothetical"], mode="strike",
          source=DOCTORS_SYNDICATE, date=None),
        # ¶6: the tribal sheikhs' mediation with the kidnappers (CONSULT, third party); the lowered ransom
        # they reached is an optional AGREE
        E(True, ["CONSULT"], [6], "التفاوض", ["asserted"], mode="third-party",
          source=TRIBAL_MEDIATORS, recipient=KIDNAPPERS, location=DIYALA,
          date=D("2024-02-16", "week", ("2024-02-13", "2024-02-19")),
          attribution=["أحد الشيوخ المشاركين في الوساطة"]),
        E(False, ["AGREE"], [6], "خفض الفدية", ["asserted"], source=TRIBAL_MEDIATORS,
          date=D("2024-02-18", "week", ("2024-02-13", "2024-02-19"))),
        # ¶7: the family asks for the recovered ransom money
        E(True, ["REQUEST"], [7], "وطالبت السلطات", ["asserted"],
          source=DOCTOR_FAMILY, recipient=IQ_AUTHORITIES, date=TODAY),
        # paragraph 8 (kidnapping for ransom in Diyala, doctors leaving: generic) holds no event
        # ¶9: the gang leader not arrested (negated); the court's warrant is optional
        E(True, ["COERCE"], [9], "اعتقال", ["negated"], mode="arrest",
          source=POLICE_408, recipient=GANG_LEADER, date=TODAY),
        E(False, ["COERCE"], [9], "مذكرة قبض", ["asserted"], mode="arrest",
          source=BAQUBAH_COURT, recipient=GANG_LEADER, location=BAQUBAH, date=TODAY),
        # ¶10: the interior minister dismisses the station chief and refers him for investigation (SANCTION)
        E(True, ["SANCTION", "COERCE"], [10], "بإعفاء", ["asserted"],
          source=IQ_INTERIOR_MINISTER, recipient=STATION_CHIEF, location=MUALLIMIN_BAQUBAH, date=TODAY,
          attribution=["وثيقة صادرة عن مكتب الوزير"]),
        # ¶11: the police chief's visit and his threat, verb–subject–object
        E(True, ["CONSULT"], [11], "وزار", ["asserted"], mode="visit",
          source=DIYALA_POLICE_CHIEF, recipient=DOCTOR, date=TODAY),
        E(True, ["THREATEN"], [11], "وتوعّد", ["asserted"], mode="arrest",
          source=DIYALA_POLICE_CHIEF, recipient=GANG_LEADER, date=TODAY),
        # ¶12: a trader abducted in Khanaqin, rumoured and not confirmed by the police
        E(True, ["ASSAULT"], [12], "اختطاف", ["rumored", "reported"], mode="abduct",
          recipient=LIVESTOCK_TRADER, location=KHANAQIN,
          date=D("2024-02-19", "day", ("2024-02-19", "2024-02-20")),
          attribution=["صفحات محلية"]),
        # ¶13: the syndicate's demand to the federal government and an MP's accusation
        E(True, ["REQUEST"], [13], "وطالبت نقابة الأطباء", ["asserted"],
          source=DOCTORS_SYNDICATE, recipient=IQ_FEDERAL_GOV, date=TODAY),
        E(True, ["ACCUSE"], [13], "اتهم", ["asserted"],
          source=DIYALA_MP, recipient=INFLUENTIAL_PARTIES, date=TODAY),
        # ¶14: the health minister's praise (SUPPORT); his phone call to the doctor is optional
        E(True, ["SUPPORT"], [14], "وأشاد", ["asserted"],
          source=IQ_HEALTH_MINISTER, recipient=IQ_SECURITY_FORCES, date=TODAY),
        E(False, ["CONSULT"], [14], "اتصال هاتفي", ["asserted"], mode="phone",
          source=IQ_HEALTH_MINISTER, recipient=DOCTOR, date=TODAY),
        # ¶15: the sheikhs' «charter of honour», to be signed on Thursday (planned)
        E(True, ["AGREE"], [15], "يوقّع", ["planned"], source=SHEIKHS_408, date=D("2024-02-22")),
        # ¶16: more checkpoints around the hospitals of Baqubah, the time told after the act in its own clause
        E(True, ["MOBILIZE"], [16], "ونشرت", ["asserted"], mode="police",
          source=POLICE_COMMAND, location=BAQUBAH, date=TODAY),
        # paragraph 17 (the doctor's words) holds no event
    ],
)
