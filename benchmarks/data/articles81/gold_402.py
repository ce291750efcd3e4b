"""Gold of article 402: rockets on al-Haffah (main event, told first in the lead), army shelling around Salma,
a clash on the Rabia front, the governor's visit and praise, arrests in Jableh, a military source's accusation
of Turkey and threat, a rumoured build-up near Kessab, an aid convoy due tomorrow, gunmen who did not
surrender, rockets on Jableh's market on 17 August, the foreign ministry's letters to the UN (Latakia, Syria),
a Syrian pro-government daily newspaper's website, 2014-10-15 (Wed).
No dateline: the lead names al-Haffah in its first sentence; one toll (four), given by the police command in
the lead and retold by the hospital's director."""
from actors_places import (
    AKRAD,
    AKRAD_GUNMEN,
    HAFFAH,
    HAFFAH_DOCTORS,
    HAFFAH_FAMILIES,
    HAFFAH_LATAKIA,
    HAFFAH_PEOPLE,
    HAFFAH_VICTIMS,
    HAFFAH_WOUNDED,
    JABLEH,
    JABLEH_POLICE,
    JABLEH_REBELS,
    JABLEH_SUSPECTS,
    JABLEH_VICTIMS,
    KESSAB,
    LAT_REBELS,
    LATAKIA_CITIZENS,
    LATAKIA_GOVERNOR,
    MOUNTAIN_REBELS,
    RABIA,
    RABIA_FIGHT,
    RECONCILIATION,
    SAA,
    SAA_SOURCE,
    SALMA,
    SARC,
    SETTLED_YOUTHS,
    SY_AUTHORITIES,
    SY_MFA,
    TURKEY,
    UN,
)
from common import ARREST, CLASH, SHELL, D, E, paras_of

SLUG = "haffah_2014_jableh_rabia_kessab"
TODAY = D("2014-10-15")
YDAY = D("2014-10-14")
TODAY_OPEN = D("2014-10-15", "day", ("2014-10-14", "2014-10-15"))
ARTICLE = dict(
    id="team81-402", slug=SLUG, published="2014-10-15",
    outlet="Shurufat al-Sahel, Syrian pro-government daily newspaper's website (fictional)",
    paras=paras_of(f"402_{SLUG}.txt"),
    events=[
        # MAIN EVENT, told first in the lead: rockets fired by «المجموعات الإرهابية المسلحة» on al-Haffah
        # yesterday noon, four killed (the police command's source), the shells' fall ¶2, the hospital ¶3, the
        # funeral ¶16; the headline names it → 4
        E(True, ["ASSAULT"], [0, 1, 2, 3, 16], "قذائف صاروخية أطلقتها", ["asserted", "reported"],
          mode="heavy-weapons", source=LAT_REBELS, recipient=HAFFAH_VICTIMS, location=HAFFAH, date=YDAY,
          fatalities=4, attribution=["مصدر في قيادة شرطة محافظة اللاذقية", "مدير المشفى الوطني في اللاذقية"],
          acled=SHELL, tpara=1),
        # ¶3: the medical staff's call for blood donors (optional)
        E(False, ["REQUEST"], [3], "ودعت", ["asserted"],
          source=HAFFAH_DOCTORS, recipient=LATAKIA_CITIZENS, date=TODAY_OPEN),
        # ¶4: the army's answering shelling around Salma (headline 0), told by SANA through a military source;
        # «مقتل وإصابة أعداد» gives no death count
        E(True, ["ASSAULT"], [0, 4], "ضربات مركزة", ["reported", "asserted"], mode="heavy-weapons",
          source=SAA, recipient=LAT_REBELS, location=SALMA, date=TODAY_OPEN,
          attribution=["«سانا»", "مصدر عسكري"], acled=SHELL, tpara=4),
        # ¶5: the clash on the Rabia front since dawn (two-sided: both are sources)
        E(True, ["ASSAULT"], [5], "اشتباكات عنيفة", ["asserted", "reported"], mode="firearms",
          source=RABIA_FIGHT, location=RABIA, date=TODAY, attribution=["مصدر ميداني"], acled=CLASH),
        # ¶6 (the town described) holds no event. ¶7: the governor's visit (CONSULT) and praise (SUPPORT); the
        # compensation he orders is optional, planned
        E(True, ["CONSULT"], [7], "وتفقّد", ["asserted"], mode="visit",
          source=LATAKIA_GOVERNOR, recipient=HAFFAH_WOUNDED, location=HAFFAH_LATAKIA, date=TODAY),
        E(True, ["SUPPORT"], [7], "وأشاد", ["asserted"],
          source=LATAKIA_GOVERNOR, recipient=HAFFAH_PEOPLE, location=HAFFAH, date=TODAY),
        E(False, ["AID"], [7], "بصرف تعويضات", ["planned"], mode="economic",
          source=LATAKIA_GOVERNOR, recipient=HAFFAH_PEOPLE, location=HAFFAH, date=None),
        # ¶8: arrests in Jableh yesterday evening (subject-verb-object)
        E(True, ["COERCE"], [8], "ألقت القبض", ["asserted"], mode="arrest",
          source=JABLEH_POLICE, recipient=JABLEH_SUSPECTS, location=JABLEH, date=YDAY, acled=ARREST),
        # ¶9: one sentence, two events joined with «و»: the military source blames Turkey and threatens the
        # armed groups
        E(True, ["ACCUSE"], [9], "وحمّل", ["asserted"],
          source=SAA_SOURCE, recipient=TURKEY, date=TODAY_OPEN),
        E(True, ["THREATEN"], [9], "وتوعّد", ["asserted"], mode="violence",
          source=SAA_SOURCE, recipient=MOUNTAIN_REBELS, date=TODAY_OPEN),
        # ¶10: a build-up near Kessab told only by local pages (rumoured, neither confirmed nor denied)
        E(True, ["MOBILIZE"], [10], "حشد", ["rumored", "reported"], mode="troops",
          source=LAT_REBELS, location=KESSAB, date=D("2014-10-13", "week", ("2014-10-08", "2014-10-15")),
          attribution=["صفحات إخبارية محلية"]),
        # ¶11: a Red Crescent convoy due «غداً الخميس» (planned)
        E(True, ["AID"], [11], "قافلة مساعدات", ["planned"], mode="humanitarian",
          source=SARC, recipient=HAFFAH_FAMILIES, location=HAFFAH, date=D("2014-10-16"),
          attribution=["فرع المنظمة في اللاذقية"]),
        # ¶12: no gunman of Jabal al-Akrad surrendered (negated); the committee's deadline early this month is
        # optional, historical; the young men who settled their status are optional, generic
        E(True, ["RETREAT"], [12], "يسلّم", ["negated"], mode="disarm",
          source=AKRAD_GUNMEN, location=AKRAD, date=D("2014-10-15", "month", ("2014-10-01", "2014-10-15")),
          attribution=["عضو في اللجنة"]),
        E(False, ["THREATEN"], [12], "المهلة", ["historical", "asserted"],
          source=RECONCILIATION, recipient=AKRAD_GUNMEN,
          date=D("2014-10-02", "week", ("2014-10-01", "2014-10-07"))),
        E(False, ["RETREAT"], [12], "سوّوا أوضاعهم", ["generic", "historical"], mode="disarm",
          source=SETTLED_YOUTHS, date=None),
        # Background at another place, in «وكانت … قد»: rockets on Jableh's vegetable market on 17 August,
        # three killed; the authorities' blame then is optional, historical
        E(True, ["ASSAULT"], [13], "قذيفتان صاروخيتان", ["historical", "asserted"], mode="heavy-weapons",
          source=JABLEH_REBELS, recipient=JABLEH_VICTIMS, location=JABLEH, date=D("2014-08-17"), fatalities=3,
          acled=SHELL),
        E(False, ["ACCUSE"], [13], "حمّلت", ["historical", "asserted"],
          source=SY_AUTHORITIES, recipient=JABLEH_REBELS,
          date=D("2014-08-17", "week", ("2014-08-17", "2014-08-24"))),
        # ¶14 (analysis) holds no event. ¶15: the foreign ministry's demand to the UN, told by SANA
        E(True, ["REQUEST"], [15], "طالبت", ["asserted", "reported"],
          source=SY_MFA, recipient=UN, date=TODAY_OPEN, attribution=["«سانا»"]),
    ],
)
