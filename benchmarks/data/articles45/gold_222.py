"""Gold of article 222: Wadi al-Nasara and Qalaat al-Hosn (al-Hawash, al-Hosn, al-Zara, Marmarita, Anaz), a loyalist
local site, 2014-03-12 (Wed)."""
from actors_places import (
    AKKAR_DIOCESE,
    ANAZ,
    ANAZ_NDF_MEMBER,
    HAWASH,
    HAWASH_MISHTAYA,
    HAWASH_NOTABLES,
    HAWASH_VICTIMS,
    HOMS_GOVERNOR,
    HOSN,
    HOSN_NOTABLES,
    HOSN_TERRORISTS,
    INTL_ORGS,
    MARMARITA,
    NUSRA,
    SARC,
    SY_ARMY_LOY,
    SY_ARMY_NDF,
    SY_ARMY_OFFICERS,
    VALLEY,
    VALLEY_YOUTH,
    ZARA,
    ZARA_DISPLACED,
    ZARA_HOSN,
)
from common import CLASH, PEACEFUL, SHELL, D, E, paras_of

SLUG = "wadi_al_nasara_2014_hawash_mortars_hosn_zara_ambush"
ARTICLE = dict(
    id="team45-222", slug=SLUG, published="2014-03-12", outlet="Sada al-Wadi news site (fictional)",
    paras=paras_of(f"222_{SLUG}.txt"),
    events=[
        # the two mortar shells on al-Hawash last night: headline 0, lead 1 (a medical source: 2), the details in 8
        # (a local page says a third victim died, unconfirmed: 2 vs 3 → 2)
        E(True, ["ASSAULT"], [0, 1, 8], "قذيفتي هاون", ["asserted", "reported"], mode="heavy-weapons",
          source=HOSN_TERRORISTS, recipient=HAWASH_VICTIMS, location=HAWASH, date=D("2014-03-11"), fatalities=2,
          attribution=["مصدر طبي في المنطقة", "أحد سكان الحي", "صفحة شبكة أخبار الحواش"], acled=SHELL, tpara=1),
        # the army's artillery on al-Hosn within the hour (headline 0: «يدكّ»)
        E(True, ["ASSAULT"], [0, 2], "ودكّت", ["asserted", "reported"], mode="heavy-weapons",
          source=SY_ARMY_LOY, recipient=HOSN_TERRORISTS, location=HOSN, date=D("2014-03-11"),
          attribution=["مصدر ميداني"], acled=SHELL, tpara=2),
        # the infiltration foiled at dawn near al-Zara (headline 0): six killed per the army's source, two per the
        # militants' pages in 4 → 2; the retaking of al-Zara last week, in a relative clause (optional, historical)
        E(True, ["ASSAULT"], [0, 3, 4], "واشتبكت", ["asserted", "reported"], mode="firearms",
          source=SY_ARMY_NDF, recipient=HOSN_TERRORISTS, location=ZARA, date=D("2014-03-12"), fatalities=2,
          attribution=["مصدر ميداني", "صفحات تابعة للمسلحين على فيسبوك"], acled=CLASH, tpara=3),
        E(False, ["ASSAULT"], [3], "أعاد إليها الجيش الأمن والاستقرار", ["historical"], mode="firearms",
          source=SY_ARMY_LOY, location=ZARA, date=D("2014-03-06", "week", ("2014-03-02", "2014-03-09")),
          acled=CLASH),
        # reinforcements to al-Zara and the hills over the castle; «رافضاً الإفصاح» is no event
        E(True, ["MOBILIZE"], [4], "تعزيزات إضافية", ["reported", "asserted"], mode="troops",
          source=SY_ARMY_NDF, location=ZARA_HOSN, date=D("2014-03-12", "day", ("2014-03-11", "2014-03-12")),
          attribution=["مصدر ميداني"]),
        # paragraph 5 describes the valley: deliberately NO gold event
        # SARC's food baskets for the families displaced from al-Zara
        E(True, ["AID"], [6], "وزّع", ["asserted", "reported"], mode="humanitarian",
          source=SARC, recipient=ZARA_DISPLACED, location=HAWASH_MISHTAYA, date=D("2014-03-12"),
          attribution=["فرع الهلال الأحمر في حمص"]),
        # talks on the militants' exit rumoured by their pages and denied by a military source; the exit itself
        # (optional)
        E(True, ["CONSULT"], [7], "مفاوضات", ["rumored", "negated", "reported"], mode="third-party",
          source=HOSN_NOTABLES, recipient=SY_ARMY_OFFICERS, location=HOSN,
          date=D("2014-03-11", "day", ("2014-03-09", "2014-03-12")),
          attribution=["صفحات تابعة للمسلحين", "مصدر عسكري"]),
        E(False, ["RETREAT"], [7], "خروج المسلحين", ["rumored", "planned", "negated"], mode="withdraw",
          source=HOSN_TERRORISTS, location=HOSN, date=None),
        # the funeral is no event; the archdiocese condemns (no actor named) and calls on the organisations
        E(True, ["ACCUSE"], [9], "دانت", ["asserted"],
          source=AKKAR_DIOCESE, date=D("2014-03-12")),
        E(True, ["REQUEST"], [9], "وطالبت", ["asserted"],
          source=AKKAR_DIOCESE, recipient=INTL_ORGS, date=D("2014-03-12")),
        # the vigil in Marmarita and the support it voices for the army (optional)
        E(True, ["PROTEST"], [10], "وقفة", ["asserted"], mode="demo",
          source=VALLEY_YOUTH, location=MARMARITA, date=D("2014-03-12"), acled=PEACEFUL),
        E(False, ["SUPPORT"], [10], "وتأييداً", ["asserted"],
          source=VALLEY_YOUTH, recipient=SY_ARMY_LOY, date=D("2014-03-12")),
        # the governor's visit on Saturday (planned)
        E(True, ["CONSULT"], [11], "يزور", ["planned"], mode="visit",
          source=HOMS_GOVERNOR, recipient=HAWASH_NOTABLES, location=HAWASH, date=D("2014-03-15"),
          attribution=["رئيس مجلس بلدة الحواش"]),
        # Nusra's threat of last week (optional, historical) and the fighting it threatens (optional, hypothetical)
        E(False, ["THREATEN"], [12], "توعّدت", ["historical"], mode="violence",
          source=NUSRA, location=VALLEY, date=D("2014-03-06", "week", ("2014-03-02", "2014-03-09"))),
        E(False, ["ASSAULT"], [12], "نقل المعركة", ["hypothetical"], mode="firearms",
          source=NUSRA, location=VALLEY, date=None),
        # «يُذكر أن»: the takeover of the castle and the town in the summer of 2012 (optional, historical)
        E(False, ["ASSAULT"], [13], "سيطرت", ["historical"], mode="firearms",
          source=HOSN_TERRORISTS, location=HOSN, date=D("2012-07-15", "month", ("2012-06-01", "2012-08-31")),
          acled=CLASH),
        # background: Sunday before a Wednesday, an NDF member killed by a sniper at Anaz
        E(True, ["ASSAULT"], [14], "برصاص قناص", ["historical", "asserted", "reported"], mode="firearms",
          source=HOSN_TERRORISTS, recipient=ANAZ_NDF_MEMBER, location=ANAZ, date=D("2014-03-09"), fatalities=1,
          attribution=["مركز الدفاع الوطني في الوادي"], acled=CLASH),
        # paragraph 15 (schools open despite the shells): deliberately NO gold event
    ],
)
