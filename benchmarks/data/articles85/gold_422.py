"""Gold of article 422: a clash in Shahba's eastern quarter between the «رجال الكرامة» movement and a group
accused of kidnappings (main event, told first in the lead), the freed trader, a release and an exchange of
abductees at al-Sahwa, the kidnapped people's families' sit-in and demand in al-Suwayda, the governor
receiving them, a dead gunman's family's threat and the spiritual leadership's call for calm, a rumoured
arrest by Military Intelligence, a meeting of the Sheikhs of Aql due on Wednesday, no police patrol sent, a
sheikh's praise, a young man of al-Qrayya kidnapped and found dead on 3 August 2019 (al-Suwayda, Syria), a
Sweida activists' local news network, 2019-10-14 (Mon). No dateline: the lead names Shahba in its first
sentence; one toll (three)."""
from actors_places import (
    BOTH_SIDES_SHAHBA,
    DRUZE_LEADERSHIP,
    EXCHANGE_SIDES,
    FOUR_FREED,
    GANG_FAMILY,
    KIDNAP_FAMILIES,
    MASMIYAH,
    PROTEST_DELEGATION,
    QANAWAT,
    QRAYYA,
    QRAYYA_KIDNAPPERS,
    QRAYYA_VICTIM,
    RIJAL,
    SAHWA,
    SHAHBA_EAST,
    SHAHBA_FACTIONS,
    SHAHBA_FIGHT,
    SHAHBA_GANG,
    SHEIKHS_AQL,
    SUWAYDA_CITY,
    SW_GOVERNOR,
    SW_MEETING,
    SW_POLICE,
    SY_MI,
    SY_SECURITY,
    TRADER,
    TWO_GANG_MEMBERS,
)
from common import AGREEMENT, ATTACK, CLASH, PEACEFUL, D, E, paras_of

SLUG = "shahba_2019_qrayya_suwayda"
TODAY = D("2019-10-14")
TODAY_OPEN = D("2019-10-14", "day", ("2019-10-13", "2019-10-14"))
ARTICLE = dict(
    id="team85-422", slug=SLUG, published="2019-10-14",
    outlet="al-Rayyan News, a Sweida activists' local news network (fictional)",
    paras=paras_of(f"422_{SLUG}.txt"),
    events=[
        # MAIN EVENT, told first in the lead (passive «قُتل»; «بين … و…»; possessive actor «مقاتلي حركة»): a
        # two-hour clash «ليل السبت – الأحد» between the movement and the group, three killed; the movement's
        # version and a relative's ¶2, the hospital's breakdown ¶3, the funeral ¶15; the headline names it.
        # Two sides: both are sources, no recipient
        E(True, ["ASSAULT"], [0, 1, 2, 3, 15], "اشتباك", ["asserted", "reported"], mode="firearms",
          source=SHAHBA_FIGHT, location=SHAHBA_EAST,
          date=D("2019-10-13", "day", ("2019-10-12", "2019-10-13")), fatalities=3,
          attribution=["مراسل «الريّان نيوز»", "بيان الحركة", "مصدر طبي في المشفى الوطني بالسويداء"],
          acled=CLASH, tpara=1),
        # the residents' charge of kidnapping travellers over months: a habit, not one event (optional,
        # generic)
        E(False, ["ASSAULT"], [1], "بخطف", ["generic"], mode="abduct", source=SHAHBA_GANG, date=None),
        # ¶2: the trader held for six days, told by the movement only (optional, reported); ¶3: his return to
        # his family (optional)
        E(False, ["ASSAULT"], [2], "احتجازهم", ["reported"], mode="abduct",
          source=SHAHBA_GANG, recipient=TRADER, date=D("2019-10-08", "day", ("2019-10-07", "2019-10-08"))),
        E(False, ["RETREAT"], [3], "وأُعيد", ["asserted", "reported"], mode="return",
          recipient=TRADER, date=D("2019-10-13")),
        # ¶4 (passive «أُطلق»; the time after the act in its own clause «، وذلك قرابة السادسة»): four
        # abductees released (RETREAT) in an exchange carried out at al-Sahwa (COOPERATE, ACLED Agreement);
        # the two-week mediation optional; the freed man's captivity optional, historical
        E(True, ["RETREAT"], [4], "أُطلق سراح", ["asserted"], mode="release",
          recipient=FOUR_FREED, location=SAHWA, date=D("2019-10-13")),
        E(True, ["COOPERATE"], [4], "عملية تبادل", ["asserted"],
          source=EXCHANGE_SIDES, recipient=EXCHANGE_SIDES, location=SAHWA, date=D("2019-10-13"),
          acled=AGREEMENT),
        E(False, ["CONSULT"], [4], "وساطة", ["asserted", "historical"], mode="third-party",
          source=EXCHANGE_SIDES, date=D("2019-10-06", "week", ("2019-09-29", "2019-10-13"))),
        E(False, ["ASSAULT"], [4], "خاطفيه", ["historical", "asserted"], mode="abduct",
          recipient=FOUR_FREED, date=None),
        # ¶5: the families' sit-in at the governorate building and their demand to the security agencies
        # (their blame optional ACCUSE)
        E(True, ["PROTEST"], [5], "وقفة احتجاجية", ["asserted"], mode="demo",
          source=KIDNAP_FAMILIES, location=SUWAYDA_CITY, date=TODAY, acled=PEACEFUL),
        E(True, ["REQUEST"], [5], "وطالبوا", ["asserted"],
          source=KIDNAP_FAMILIES, recipient=SY_SECURITY, location=SUWAYDA_CITY, date=TODAY),
        E(False, ["ACCUSE"], [5], "محمّلين", ["asserted"], source=KIDNAP_FAMILIES, recipient=SY_SECURITY,
          date=TODAY),
        # ¶6: the governor receives a delegation (CONSULT); his vague promise and his request optional
        E(True, ["CONSULT"], [6], "واستقبل", ["asserted", "reported"],
          source=SW_MEETING, recipient=SW_MEETING, location=SUWAYDA_CITY, date=TODAY,
          attribution=["أحد أعضاء الوفد"]),
        E(False, ["AGREE"], [6], "ووعدهم", ["asserted", "reported"], source=SW_GOVERNOR,
          recipient=PROTEST_DELEGATION, date=TODAY),
        E(False, ["REQUEST"], [6], "طلب", ["reported"], source=SW_GOVERNOR, recipient=PROTEST_DELEGATION,
          date=TODAY),
        # ¶7 (Shahba described) holds no event. ¶8: a dead gunman's family threatens revenge (the revenge
        # itself conditional: optional, hypothetical); the spiritual leadership calls both sides to restraint
        E(True, ["THREATEN"], [8], "وهدّدت", ["asserted"], mode="violence",
          source=GANG_FAMILY, recipient=RIJAL, date=TODAY, attribution=["تسجيل صوتي تداوله ناشطون"]),
        E(False, ["ASSAULT"], [8], "بالثأر", ["hypothetical"],
          source=GANG_FAMILY, recipient=RIJAL, date=None),
        E(True, ["REQUEST"], [8], "دعت", ["asserted"],
          source=DRUZE_LEADERSHIP, recipient=BOTH_SIDES_SHAHBA, date=TODAY_OPEN),
        # ¶9: an arrest by Military Intelligence at the al-Masmiyah checkpoint, told only by local pages,
        # neither confirmed nor denied (rumoured; no time)
        E(True, ["COERCE"], [9], "اعتقال", ["rumored"], mode="arrest",
          source=SY_MI, recipient=TWO_GANG_MEMBERS, location=MASMIYAH, date=None,
          attribution=["صفحات محلية"]),
        # ¶10: the Sheikhs of Aql's meeting in Qanawat «يوم الأربعاء المقبل» (planned)
        E(True, ["CONSULT"], [10], "اجتماعاً موسّعاً", ["planned"], mode="multilateral",
          source=SHEIKHS_AQL, recipient=SHAHBA_FACTIONS, location=QANAWAT, date=D("2019-10-16")),
        # ¶11: no police patrol sent during or after the clash (negated MOBILIZE)
        E(True, ["MOBILIZE"], [11], "تُرسل", ["negated"], mode="police",
          source=SW_POLICE, location=SHAHBA_EAST, date=D("2019-10-13", "day", ("2019-10-12", "2019-10-14")),
          attribution=["سكان في الحي"]),
        # ¶12: a Sheikh of Aql praises the movement (SUPPORT)
        E(True, ["SUPPORT"], [12], "وأشاد", ["asserted"],
          source=SHEIKHS_AQL, recipient=RIJAL, date=TODAY_OPEN),
        # ¶13 (analysis of kidnapping and local arms) holds no event. ¶14, «وكانت … قد» at another place: a
        # young man of al-Qrayya kidnapped and found dead on 3 August
        E(True, ["ASSAULT"], [14], "خطفه", ["historical", "asserted"], mode="abduct",
          source=QRAYYA_KIDNAPPERS, recipient=QRAYYA_VICTIM, location=QRAYYA,
          date=D("2019-08-03", "day", ("2019-07-29", "2019-08-03")), fatalities=1, acled=ATTACK),
    ],
)
