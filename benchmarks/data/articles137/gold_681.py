"""Gold of article 681: rockets fired by Jabhat al-Nusra and allied brigades on the main market of the
besieged town of al-Zahraa (main event, told first in the lead; seven dead), rebel reinforcements in Bayanoun
and Hayyan, a Liwa al-Tawhid commander's threat heard on the walkie-talkie frequency, army helicopters
dropping flour and medicine over Nubl, the Iranian foreign ministry's accusation, the road closed at the Mayer
junction in July 2012, fourteen young men of Nubl abducted on the Kafr Naya road (reported), foreign fighters
said to have reached a camp near Ratyan (rumoured), a meeting with mediators from Mayer, the popular
committees' refusal to hand over their heavy weapons, four abducted women not released (negated), an exchange
due at the Hayyan junction on Thursday (planned), an Iranian MP's praise and two children hit by a sniper in
Nubl (Aleppo, Syria), a Tehran-based Iranian state broadcaster's Arabic-language channel website, 2012-12-11
(Tue). No dateline: the lead names al-Zahraa."""
from actors_places import (
    ABDUCTORS_681,
    ARMY_CHECKPOINT,
    ARMY_HELICOPTERS_681,
    BAYANOUN,
    BAYANOUN_HAYYAN,
    COMMITTEES,
    EXCHANGE_681,
    FOREIGN_FIGHTERS,
    HAYYAN_JUNCTION,
    IRAN_MAJLIS,
    IRAN_MFA,
    KAFR_NAYA_ROAD,
    MAYER_JUNCTION,
    MEETING_681,
    NUBL_ABDUCTEES,
    NUBL_NORTH,
    NUBL_STADIUM,
    NUBL_ZAHRAA,
    NUBL_ZAHRAA_PEOPLE,
    NUSRA_SHELLING,
    RATYAN,
    REBEL_BRIGADES,
    REBELS_BAYANOUN,
    SNIPED_CHILDREN,
    SY_ARMY_HELI,
    SY_GOV,
    TAWHID_COMMANDER,
    TAWHID_DETAINEES,
    TERROR_SPONSORS,
    UN_681,
    WOMEN_ABDUCTEES,
    ZAHRAA_MARKET,
    ZAHRAA_MAYER_ROAD,
    ZAHRAA_VICTIMS,
)
from common import ABDUCTION, ATTACK, CLASH, SHELL, D, E, paras_of

SLUG = "nubl_2012_zahraa_mayer"
YESTERDAY = D("2012-12-10")
TODAY = D("2012-12-11")
TODAY_OR_EVE = D("2012-12-11", "day", ("2012-12-10", "2012-12-11"))
NIGHT = D("2012-12-10", "day", ("2012-12-10", "2012-12-11"))
ARTICLE = dict(
    id="team137-681", slug=SLUG, published="2012-12-11",
    outlet=("al-Mishkat, a Tehran-based Iranian state broadcaster's Arabic-language channel website "
            "(fictional)"),
    paras=paras_of(f"681_{SLUG}.txt"),
    events=[
        # MAIN EVENT, told first in the lead ¶1 (a passive opens it; the place in the first sentence): rockets
        # on the market of al-Zahraa, seven dead; the headline and a nurse's account ¶2
        E(True, ["ASSAULT"], [0, 1, 2], "قذائف صاروخية", ["asserted"], mode="heavy-weapons",
          source=NUSRA_SHELLING, recipient=ZAHRAA_VICTIMS, location=ZAHRAA_MARKET, date=YESTERDAY,
          fatalities=7, attribution=["مصدر في اللجان الشعبية", "ممرض في المستشفى الميداني"], acled=SHELL,
          tpara=1),
        # ¶3 (the two towns, a verbless sentence) holds no event. ¶4 (adverbial first): reinforcements brought
        # to Bayanoun and Hayyan over three days; the farmers' path cut optional
        E(True, ["MOBILIZE"], [4], "استقدمت", ["asserted"], mode="troops", source=REBEL_BRIGADES,
          location=BAYANOUN_HAYYAN, date=D("2012-12-10", "week", ("2012-12-08", "2012-12-11")),
          attribution=["مقاتلو اللجان الشعبية"]),
        E(False, ["COERCE"], [4], "قطعت", ["asserted"], mode="restrict", source=REBEL_BRIGADES, date=None),
        # ¶5 (adverbial first): the threat heard on the walkie-talkie frequency, with a condition; the
        # storming it names optional (hypothetical), the six fighters held by the committees optional
        E(True, ["THREATEN"], [5], "توعّد", ["asserted"], mode="violence", source=TAWHID_COMMANDER,
          recipient=COMMITTEES, date=NIGHT, attribution=["التسجيل الذي حصلت «المشكاة» على نسخة منه"]),
        E(False, ["ASSAULT"], [5], "باقتحام", ["hypothetical"], source=TAWHID_COMMANDER, location=NUBL_ZAHRAA,
          date=None),
        E(False, ["COERCE"], [5], "تحتجزهم", ["asserted"], mode="arrest", source=COMMITTEES,
          recipient=TAWHID_DETAINEES, date=None),
        # ¶6 (verb first): flour and medicine dropped by two helicopters over the stadium of Nubl; the rebels'
        # bursts at one of them optional (two events joined with «و»)
        E(True, ["AID"], [6], "وألقت", ["asserted"], mode="humanitarian", source=SY_ARMY_HELI,
          location=NUBL_STADIUM, date=TODAY, attribution=["مراسل القناة"]),
        E(False, ["ASSAULT"], [6], "وأطلق", ["asserted"], mode="firearms", source=REBELS_BAYANOUN,
          recipient=ARMY_HELICOPTERS_681, location=BAYANOUN, date=TODAY),
        # ¶7: the Iranian foreign ministry's accusation; its call on the UN optional (a participle)
        E(True, ["ACCUSE"], [7], "واتهمت", ["asserted"], source=IRAN_MFA, recipient=TERROR_SPONSORS,
          date=TODAY),
        E(False, ["REQUEST"], [7], "داعيةً", ["asserted"], source=IRAN_MFA, recipient=UN_681, date=TODAY),
        # ¶8, «وكان … قد» at another place: the road closed at the Mayer junction in July 2012 (core,
        # historical); the seizure of the army checkpoint days before optional
        E(True, ["COERCE"], [8], "أغلقت", ["historical", "asserted"], mode="restrict", source=REBEL_BRIGADES,
          location=MAYER_JUNCTION, date=D("2012-07-15", "month", ("2012-07-01", "2012-07-31"))),
        E(False, ["ASSAULT"], [8], "سيطرتها", ["historical", "asserted"], mode="firearms",
          source=REBEL_BRIGADES, recipient=ARMY_CHECKPOINT, location=MAYER_JUNCTION, date=None, acled=CLASH),
        # ¶9: fourteen young men taken from a minibus last Wednesday, told by their relatives (reported; a
        # silence closes it)
        E(True, ["ASSAULT"], [9], "خُطفوا", ["reported", "asserted"], mode="abduct", source=ABDUCTORS_681,
          recipient=NUBL_ABDUCTEES, location=KAFR_NAYA_ROAD, date=D("2012-12-05"),
          attribution=["ذوو أربعة عشر شاباً من نبل"], acled=ABDUCTION),
        # ¶10: foreign fighters said to have reached a camp near Ratyan (rumoured; a verbal noun carries it)
        E(True, ["MOBILIZE"], [10], "وصول", ["rumored", "reported"], mode="troops", source=FOREIGN_FIGHTERS,
          location=RATYAN, date=None, attribution=["عائلات في الزهراء"]),
        # ¶11: notables of Mayer meet the committees' envoys between the lines
        E(True, ["CONSULT"], [11], "والتقى", ["asserted"], mode="third-party", source=MEETING_681,
          recipient=MEETING_681, date=YESTERDAY, attribution=["أحد المشاركين في اللقاء"]),
        # ¶12 (a woman baking bread) holds no event. ¶13: the committees refuse to hand over their heavy
        # weapons (a rhetorical question in the quotation); the condition carried by the mediators optional
        E(True, ["REJECT"], [13], "ورفضت", ["asserted"], source=COMMITTEES, date=TODAY_OR_EVE),
        E(False, ["REQUEST"], [13], "شرطاً", ["asserted", "reported"], source=REBEL_BRIGADES,
          recipient=COMMITTEES, date=None),
        # ¶14: the four women not released (negated); their abduction last month optional (historical)
        E(True, ["RETREAT", "CONCEDE"], [14], "تفرج", ["negated"], mode="release", source=REBEL_BRIGADES,
          recipient=WOMEN_ABDUCTEES, date=TODAY),
        E(False, ["ASSAULT"], [14], "خُطفن", ["historical", "asserted"], mode="abduct",
          recipient=WOMEN_ABDUCTEES, location=ZAHRAA_MAYER_ROAD,
          date=D("2012-11-15", "month", ("2012-11-01", "2012-11-30")),
          acled=ABDUCTION),
        # ¶15: a first exchange «يوم الخميس المقبل» at the Hayyan junction (planned; a verb, a day and a place
        # before its subject)
        E(True, ["COOPERATE", "RETREAT"], [15], "تبادل", ["planned"], source=EXCHANGE_681,
          recipient=EXCHANGE_681, location=HAYYAN_JUNCTION, date=D("2012-12-13"), attribution=["الوسطاء"]),
        # ¶16: an Iranian MP's praise (a back-reference to the market); his call optional
        E(True, ["SUPPORT"], [16], "وأشاد", ["asserted"], source=IRAN_MAJLIS, recipient=NUBL_ZAHRAA_PEOPLE,
          date=TODAY_OR_EVE),
        E(False, ["REQUEST"], [16], "داعياً", ["asserted"], source=IRAN_MAJLIS, recipient=SY_GOV,
          date=TODAY_OR_EVE),
        # ¶17 (the shortest): two children hit by a sniper, no shooter named
        E(True, ["ASSAULT"], [17], "برصاص قناص", ["asserted"], mode="firearms", recipient=SNIPED_CHILDREN,
          location=NUBL_NORTH, date=TODAY, attribution=["مراسل القناة"], acled=ATTACK),
    ],
)
