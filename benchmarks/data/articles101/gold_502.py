"""Gold of article 502: air strikes on Salma's market (main event, told first in the lead; six killed per the
Syrian Observatory, nine per the local coordination committee → 6), a vendor's account and the state agency's
version, Grad rockets on Latakia city told by the state agency, a clash near Kinsabba and the rebels'
withdrawal, the local council's accusation and demand, army reinforcements to Rabia, a Turkish relief convoy,
a rebel commander's conditional threat, a rumoured execution of two prisoners denied, the wounded not let into
Turkey, the burial, the factions' rejection of a settlement offer, a commanders' meeting due on Saturday, the
toll since January, and an air strike on a school in Kinsabba on 22 April 2015 (Latakia governorate, Syria), a
Beirut-based Lebanese daily newspaper's website, 2015-05-14 (Thu). Dateline: Beirut (a foreign capital)."""
from actors_places import (
    AKRAD_FACTIONS,
    BORDER_CAMPS,
    BORDER_VILLAGE,
    COASTAL_CMDR,
    FACTION_LEADERS,
    KINSABBA,
    KINSABBA_CLASH,
    KINSABBA_SCHOOL,
    KINSABBA_VICTIMS,
    LATAKIA_CITY,
    LATAKIA_GOV,
    LATAKIA_IDPS,
    LATAKIA_POLICE,
    LATAKIA_REBELS,
    NDF_PRISONERS,
    OPP_FIGHTERS,
    QARDAHA,
    QARDAHA_RESIDENTS,
    RABIA,
    RECONCILIATION,
    SALMA,
    SALMA_CIVILIANS,
    SALMA_COUNCIL,
    SALMA_WOUNDED,
    SY_AIR,
    SY_ARMY,
    SY_GOV_502,
    TR_AUTH,
    TR_BORDER,
    TURKISH_RELIEF,
    ZIRAA_VICTIMS,
)
from common import AIR, CLASH, SHELL, D, E, paras_of

SLUG = "latakia_2015_salma_kinsabba"
YESTERDAY = D("2015-05-13")
TODAY = D("2015-05-14")
# a statement or an act of the day whose hour the text does not give: today, or the evening before
TODAY_OR_EVE = D("2015-05-14", "day", ("2015-05-13", "2015-05-14"))
ARTICLE = dict(
    id="team101-502", slug=SLUG, published="2015-05-14",
    outlet="al-Marfa, a Beirut-based Lebanese daily newspaper's website (fictional)",
    paras=paras_of(f"502_{SLUG}.txt"),
    events=[
        # MAIN EVENT, told first in the lead (a passive opens it): air strikes on Salma's market; the local
        # coordination committee's nine and a vendor ¶2, the state agency's version ¶3 and the burial ¶13
        # retell it. Conflicting tolls: the Observatory's six against the committee's nine → 6
        E(True, ["ASSAULT"], [0, 1, 2, 3, 13], "غارات شنّتها", ["asserted"], mode="aerial",
          source=SY_AIR, recipient=SALMA_CIVILIANS, location=SALMA, date=YESTERDAY, fatalities=6,
          attribution=["المرصد السوري لحقوق الإنسان", "«تنسيقية جبل الأكراد»", "بائع خضار", "«سانا»"],
          acled=AIR, tpara=1),
        # ¶4: Grad rockets on a quarter of Latakia city, told by the state agency and blamed on the rebels
        # (reported; 2 killed); the police source's blame is optional
        E(True, ["ASSAULT"], [4], "سقطت", ["reported", "asserted"], mode="heavy-weapons",
          source=LATAKIA_REBELS, recipient=ZIRAA_VICTIMS, location=LATAKIA_CITY, date=YESTERDAY,
          fatalities=2, attribution=["«سانا» عن مصدر في قيادة الشرطة"], acled=SHELL),
        E(False, ["ACCUSE"], [4], "حمّل", ["reported"],
          source=LATAKIA_POLICE, recipient=LATAKIA_REBELS, date=YESTERDAY),
        # ¶5, one sentence, two events: the clash on a hill above Kinsabba (two-sided: both sides are sources)
        # (the headline names it) and the rebels' withdrawal after it (RETREAT); «قتلى وجرحى» without a number
        # → no fatalities
        E(True, ["ASSAULT"], [0, 5], "اشتباكات عنيفة", ["asserted"], mode="firearms",
          source=KINSABBA_CLASH, location=KINSABBA, date=TODAY, attribution=["مصادر ميدانية"], acled=CLASH,
          tpara=5),
        E(True, ["RETREAT"], [5], "انسحب", ["asserted"], mode="withdraw",
          source=OPP_FIGHTERS, location=KINSABBA, date=TODAY),
        # ¶6: the Salma council accuses the government forces and asks Turkey to open the border
        E(True, ["ACCUSE"], [6], "واتهم", ["asserted"],
          source=SALMA_COUNCIL, recipient=SY_AIR, date=TODAY_OR_EVE, attribution=["بيان مصوّر"]),
        E(True, ["REQUEST"], [6], "وطالب", ["asserted"],
          source=SALMA_COUNCIL, recipient=TR_AUTH, date=TODAY_OR_EVE),
        # ¶7 (Jabal al-Akrad described) holds no event. ¶8: subject, a long parenthesis, then the verb: the
        # army brings reinforcements to Rabia overnight (MOBILIZE)
        E(True, ["MOBILIZE"], [8], "استقدم", ["asserted", "reported"], mode="troops",
          source=SY_ARMY, location=RABIA, date=D("2015-05-13", "day", ("2015-05-13", "2015-05-14")),
          attribution=["ناشطون"]),
        # ¶9: a Turkish relief convoy reaches the camps (AID)
        E(True, ["AID"], [9], "قافلة", ["asserted"], mode="humanitarian",
          source=TURKISH_RELIEF, recipient=LATAKIA_IDPS, location=BORDER_CAMPS, date=TODAY,
          attribution=["منسق في المخيمات"]),
        # ¶10: a rebel commander's threat; the shelling of Qardaha is conditional (optional, hypothetical),
        # and so is his call on Qardaha's people (optional REQUEST)
        E(True, ["THREATEN"], [10], "وتوعّد", ["asserted"], mode="violence",
          source=COASTAL_CMDR, recipient=SY_GOV_502, date=TODAY_OR_EVE,
          attribution=["تسجيل صوتي تناقلته حسابات معارضة"]),
        E(False, ["ASSAULT"], [10], "بقصف", ["hypothetical"], mode="heavy-weapons",
          source=COASTAL_CMDR, location=QARDAHA, date=None),
        E(False, ["REQUEST"], [10], "ومطالباً", ["asserted"],
          source=COASTAL_CMDR, recipient=QARDAHA_RESIDENTS, date=TODAY_OR_EVE),
        # ¶11: the execution of two prisoners told by loyalist pages and denied by a faction (rumoured)
        E(True, ["ASSAULT"], [11], "إعدام", ["rumored", "negated"], mode="execute",
          source=OPP_FIGHTERS, recipient=NDF_PRISONERS, location=KINSABBA, date=None,
          attribution=["صفحات موالية"]),
        # ¶12: Turkey does not let the wounded cross (negated RETREAT access; the silence negates nothing)
        E(True, ["RETREAT"], [12], "تسمح", ["negated"], mode="access",
          source=TR_AUTH, recipient=SALMA_WOUNDED, location=TR_BORDER, date=TODAY,
          attribution=["طبيب في النقطة الطبية"]),
        # ¶13: the burial belongs to the main event. ¶14: the factions reject the reconciliation committee's
        # offer (REJECT); the offer itself is optional (AGREE, an offer made before)
        E(True, ["REJECT"], [14], "ورفضت", ["asserted"],
          source=AKRAD_FACTIONS, recipient=RECONCILIATION, date=TODAY_OR_EVE, attribution=["بيان مشترك"]),
        E(False, ["AGREE"], [14], "عرضاً", ["historical", "asserted"],
          source=RECONCILIATION, recipient=AKRAD_FACTIONS, date=None),
        # ¶15 (analysis) holds no event. ¶16: the commanders' meeting due on Saturday (planned CONSULT) and
        # the air strikes' toll since January (optional, generic)
        E(True, ["CONSULT"], [16], "اجتماعاً", ["planned"], mode="multilateral",
          source=FACTION_LEADERS, recipient=FACTION_LEADERS, location=BORDER_VILLAGE, date=D("2015-05-16"),
          attribution=["مصدر معارض"]),
        E(False, ["ASSAULT"], [16], "قتلت", ["generic"], mode="aerial", location=LATAKIA_GOV, date=None),
        # ¶17, «وكانت … قد» at another place: an air strike on a school in Kinsabba on 22 April (core,
        # historical; 5 killed)
        E(True, ["ASSAULT"], [17], "غارات مماثلة", ["historical", "asserted"], mode="aerial",
          source=SY_AIR, recipient=KINSABBA_VICTIMS, location=KINSABBA_SCHOOL, date=D("2015-04-22"),
          fatalities=5, acled=AIR),
    ],
)
