"""Gold of article 365: an al-Shabaab attack on an army base north of Jowhar (a car bomb and two hours of
clashes), AMISOM reinforcements, a US air strike near Balad, statements, reinforcements never sent, a rumoured
withdrawal from Mahaday, arrests in Jowhar, al-Shabaab's threat to clan elders, a reconciliation conference
due on Saturday and an attack on a police station in Beledweyne on 20 July (Hirshabelle, Somalia), an
Arabic-language Somali news site, 2017-08-24 (Thu). Dateline «جوهر – «منارة القرن»:»; the main event is told
first, in the lead, and retold by al-Shabaab's claim (¶2), the sector commander (¶3), a villager (¶4) and a
hospital (¶9); one toll (7), repeated."""
from actors_places import (
    AFRICOM,
    ALSHABAAB,
    AMISOM,
    BALAD,
    BASE_COMMANDER,
    BELEDWEYNE,
    BELEDWEYNE_POLICE,
    CLAN_ELDERS,
    DJIBOUTI_AMISOM,
    HS_PRESIDENT,
    HS_RESIDENTS,
    JOWHAR,
    JOWHAR_BASE,
    JOWHAR_FIGHT,
    JOWHAR_SECURITY,
    JOWHAR_SUSPECTS,
    MAHADAY,
    RECONCILIATION,
    SO_ARMY,
    SO_GOV,
    SO_MOD,
    SO_MP,
)
from common import AIR, ARREST, CLASH, D, E, paras_of

SLUG = "jowhar_2017_middle_shabelle_mahaday_balad_beledweyne"
TODAY = D("2017-08-24")
TODAY_OPEN = D("2017-08-24", "day", ("2017-08-23", "2017-08-24"))
ARTICLE = dict(
    id="team73-365", slug=SLUG, published="2017-08-24",
    outlet="Manarat al-Qarn, Arabic-language Somali news site (fictional)",
    paras=paras_of(f"365_{SLUG}.txt"),
    events=[
        # MAIN EVENT, told first in the lead: al-Shabaab's attack on the base north of Jowhar «فجر اليوم», a
        # car bomb and a two-hour clash «بين المهاجمين وجنود الحامية» (one two-sided fight: both are sources,
        # ACLED Armed clash; headline 0; an officer 1: seven; the claim 2; the sector commander 3: seven; a
        # villager 4; the hospital 9: seven) → 7. The claimed seizure of weapons and the attackers' withdrawal
        # are optional
        E(True, ["ASSAULT"], [0, 1, 2, 3, 4, 9], "هجوم شنّه", ["asserted", "reported"], mode="suicide-attack",
          source=JOWHAR_FIGHT, location=JOWHAR_BASE, date=TODAY, fatalities=7,
          attribution=["ضابط في الجيش", "إذاعة «الأندلس»", "قائد القطاع العسكري في إقليم شبيلي الوسطى",
                       "مصدر طبي في مستشفى جوهر العام"],
          acled=CLASH, tpara=1),
        E(False, ["COERCE"], [2], "وغنموا", ["reported"], mode="seize",
          source=ALSHABAAB, location=JOWHAR_BASE, date=TODAY),
        E(False, ["RETREAT"], [2], "ينسحبوا", ["reported"], mode="withdraw",
          source=ALSHABAAB, location=JOWHAR_BASE, date=TODAY),
        E(False, ["ASSAULT"], [2], "حملات الجيش", ["generic", "reported"], mode="firearms",
          source=SO_ARMY, date=None),
        # ¶5 (Jowhar described) holds no event
        # ¶6: AMISOM's reinforcements to the base (MOBILIZE); ¶7 (AMISOM's silence) holds no event
        E(True, ["MOBILIZE"], [6], "بتعزيزات", ["asserted", "reported"], mode="troops",
          source=AMISOM, location=JOWHAR, date=TODAY, attribution=["سكان محليون"]),
        # ¶8: a US air strike near Balad, announced by AFRICOM (coordination with the government optional)
        E(True, ["ASSAULT"], [8], "غارة جوية", ["reported", "asserted"], mode="aerial",
          source=AFRICOM, recipient=ALSHABAAB, location=BALAD, date=TODAY, attribution=["بيان «أفريكوم»"],
          acled=AIR),
        E(False, ["COOPERATE"], [8], "بالتنسيق", ["reported"],
          source=AFRICOM, recipient=SO_GOV, date=TODAY),
        # ¶10: the Hirshabelle president's condemnation (ACCUSE, no actor named) and call (REQUEST); an MP's
        # blame of the government (ACCUSE); reinforcements the ministry never sent (MOBILIZE, negated; the
        # commander's request two weeks ago optional, historical)
        E(True, ["ACCUSE"], [10], "ودان", ["asserted"],
          source=HS_PRESIDENT, date=TODAY),
        E(True, ["REQUEST"], [10], "داعياً", ["asserted"],
          source=HS_PRESIDENT, recipient=HS_RESIDENTS, date=TODAY),
        E(True, ["ACCUSE"], [10], "اتهم", ["asserted"],
          source=SO_MP, recipient=SO_GOV, date=TODAY),
        E(True, ["MOBILIZE", "AID"], [10], "ترسل", ["negated", "reported"], mode="troops",
          source=SO_MOD, location=JOWHAR_BASE, date=None, attribution=["نائب في البرلمان الفيدرالي"]),
        E(False, ["REQUEST"], [10], "طلبها", ["historical", "reported"],
          source=BASE_COMMANDER, recipient=SO_MOD,
          date=D("2017-08-10", "week", ("2017-08-07", "2017-08-14"))),
        # ¶11: a government withdrawal from a post at Mahaday, told by local sources and denied by the army
        # (rumoured; negated accepted); the feared attack is optional, hypothetical
        E(True, ["RETREAT"], [11], "انسحاب", ["rumored", "negated"], mode="withdraw",
          source=SO_ARMY, location=MAHADAY, date=TODAY, attribution=["مصادر محلية"]),
        E(False, ["ASSAULT"], [11], "لهجوم مماثل", ["hypothetical"], mode="firearms",
          source=ALSHABAAB, location=MAHADAY, date=None),
        # ¶12: a search campaign in Jowhar with fifteen arrests (COERCE); the releases and the campaign's next
        # days are optional, planned
        E(True, ["COERCE"], [12], "اعتقلت", ["asserted", "reported"], mode="arrest",
          source=JOWHAR_SECURITY, recipient=JOWHAR_SUSPECTS, location=JOWHAR, date=TODAY,
          attribution=["مسؤول في شرطة الولاية"], acled=ARREST),
        E(False, ["RETREAT"], [12], "سيُطلق", ["planned"], mode="release",
          source=JOWHAR_SECURITY, recipient=JOWHAR_SUSPECTS, location=JOWHAR, date=None),
        # ¶13: al-Shabaab's threat to the clan elders taking part in the conference (THREATEN); its demand
        # that they withdraw is optional
        E(True, ["THREATEN"], [13], "وهدّدت", ["asserted", "reported"], mode="violence",
          source=ALSHABAAB, recipient=CLAN_ELDERS, location=JOWHAR, date=TODAY,
          attribution=["إذاعة «الأندلس»"]),
        E(False, ["REQUEST"], [13], "ومطالبةً", ["asserted", "reported"],
          source=ALSHABAAB, recipient=CLAN_ELDERS, date=TODAY),
        # ¶14: the reconciliation conference to open «يوم السبت المقبل» (planned CONSULT); the document to be
        # signed and the past land clashes are optional
        E(True, ["CONSULT"], [14], "المؤتمر", ["planned"], mode="multilateral",
          source=RECONCILIATION, recipient=RECONCILIATION, location=JOWHAR, date=D("2017-08-26")),
        E(False, ["AGREE"], [14], "بتوقيع وثيقة", ["planned"],
          source=CLAN_ELDERS, location=JOWHAR, date=None),
        E(False, ["ASSAULT"], [14], "أودت بحياة العشرات", ["generic"], mode="firearms",
          date=None),
        # ¶15 (al-Shabaab's habits: generic) and ¶16 (analysts' reading) hold no event background at another
        # place: the attack on a police station in Beledweyne on Thursday 20 July (3, the police's figure;
        # al-Shabaab claimed ten); the Djiboutian reinforcements and the withdrawal are optional
        E(True, ["ASSAULT"], [17], "هاجموا", ["historical", "asserted"], mode="firearms",
          source=ALSHABAAB, recipient=BELEDWEYNE_POLICE, location=BELEDWEYNE, date=D("2017-07-20"),
          fatalities=3,
          attribution=["شرطة إقليم هيران"], acled=CLASH),
        E(False, ["MOBILIZE"], [17], "تعزيزات", ["historical"], mode="troops",
          source=DJIBOUTI_AMISOM, location=BELEDWEYNE, date=D("2017-07-20")),
        E(False, ["RETREAT"], [17], "ينسحبوا", ["historical"], mode="withdraw",
          source=ALSHABAAB, location=BELEDWEYNE, date=D("2017-07-20")),
    ],
)
