"""Gold of article 683: gunfire on a funeral procession in Khaldeh and the clashes that followed (main event,
told in ¶2 after the arrest in Jiyeh; four dead), the army intelligence's arrest of the wedding shooter in
Jiyeh, the army's deployment on the coastal highway, a clan elder's threat read in the clan's guesthouse, the
truce document signed in Aramoun in October 2020, Hezbollah's accusation, the army commander's meeting with
the clans' notables at Yarzeh, no wanted man handed over (negated), a sit-in on the Khaldeh roundabout, gunmen
said to have reached Choueifat (rumoured), the UN special coordinator's call, a meeting due in Choueifat on
Thursday (planned), the prime minister-designate's praise and the highway reopened (Mount Lebanon, Lebanon), a
Jounieh-based Lebanese private television station's news website, 2021-08-02 (Mon). Dateline «الجية»."""
from actors_places import (
    ALL_PARTIES_683,
    ARAMOUN,
    CHOUEIFAT,
    CLAN_ELDER,
    FUNERAL_BATTLE,
    HEZBOLLAH,
    JIYEH,
    JIYEH_SUSPECT,
    KHALDEH,
    KHALDEH_CLANS,
    KHALDEH_GUESTHOUSE,
    KHALDEH_HIGHWAY,
    KHALDEH_ROUNDABOUT,
    KILLERS,
    LAF,
    LAF_AND_POLICE,
    LAF_COMMANDER,
    LAF_INTEL,
    MEETING_683,
    OUTSIDE_GUNMEN,
    PM_DESIGNATE,
    PROTESTERS_683,
    TRIBES_DELEGATION,
    TRIBES_HEZB,
    UNSCOL,
    WEDDING_VICTIM,
    YARZEH,
)
from common import AGREEMENT, ARREST, ATTACK, CLASH, PEACEFUL, D, E, paras_of

SLUG = "khaldeh_2021_jiyeh_aramoun"
YESTERDAY = D("2021-08-01")
TODAY = D("2021-08-02")
TODAY_OR_EVE = D("2021-08-02", "day", ("2021-08-01", "2021-08-02"))
NIGHT = D("2021-08-01", "day", ("2021-08-01", "2021-08-02"))
ARTICLE = dict(
    id="team137-683", slug=SLUG, published="2021-08-02",
    outlet="al-Sanawbar, a Jounieh-based Lebanese private television station's news website (fictional)",
    paras=paras_of(f"683_{SLUG}.txt"),
    events=[
        # ¶1 (dateline; verb first): the wedding shooter arrested in Jiyeh at dawn; the killing at the wedding
        # on Saturday optional
        E(True, ["COERCE"], [1], "أوقفت", ["asserted"], mode="arrest", source=LAF_INTEL,
          recipient=JIYEH_SUSPECT, location=JIYEH, date=TODAY, attribution=["قيادة الجيش"], acled=ARREST),
        E(False, ["ASSAULT"], [1], "أطلق", ["asserted", "reported"], mode="firearms",
          recipient=WEDDING_VICTIM, location=JIYEH, date=D("2021-07-31"), fatalities=1, acled=ATTACK),
        # MAIN EVENT, told in ¶2 after the arrest: the procession fired on from rooftops and the mourners'
        # return of fire, four dead; the headline and a mourner's account ¶3 (a quotation first, «ما إن …
        # حتى»)
        E(True, ["ASSAULT"], [0, 2, 3], "لإطلاق نار", ["asserted"], mode="firearms", source=FUNERAL_BATTLE,
          location=KHALDEH, date=YESTERDAY, fatalities=4, attribution=["مصدر أمني"], acled=CLASH, tpara=2),
        # ¶4: armoured units deployed on the coastal highway («بين … و…»); the warning that the army will fire
        # on any gunman optional
        E(True, ["MOBILIZE"], [4], "ونشر", ["asserted"], mode="troops", source=LAF, location=KHALDEH_HIGHWAY,
          date=NIGHT),
        E(False, ["THREATEN"], [4], "سيطلق", ["asserted"], mode="violence", source=LAF,
          location=KHALDEH_HIGHWAY, date=NIGHT),
        # ¶5 (adverbial first): a clan elder's statement read before the cameras in the guesthouse
        E(True, ["THREATEN"], [5], "توعّد", ["asserted"], mode="violence", source=CLAN_ELDER,
          location=KHALDEH_GUESTHOUSE, date=TODAY_OR_EVE),
        # ¶6, «وكان … قد» at another place: the truce document signed in Aramoun in October 2020 (core,
        # historical); the clash in Khaldeh in August 2020 optional
        E(True, ["AGREE"], [6], "وقّعوا", ["historical", "asserted"], source=TRIBES_HEZB,
          recipient=TRIBES_HEZB, location=ARAMOUN,
          date=D("2020-10-15", "month", ("2020-10-01", "2020-10-31")), acled=AGREEMENT),
        E(False, ["ASSAULT"], [6], "اشتباك", ["historical", "asserted"], mode="firearms", location=KHALDEH,
          date=D("2020-08-15", "month", ("2020-08-01", "2020-08-31")), fatalities=2, acled=CLASH),
        # ¶7: Hezbollah accuses a group of killers; its demand optional (a participle)
        E(True, ["ACCUSE"], [7], "واتهم", ["asserted"], source=HEZBOLLAH, recipient=KILLERS, date=YESTERDAY),
        E(False, ["REQUEST"], [7], "مطالباً", ["asserted"], source=HEZBOLLAH, recipient=LAF_AND_POLICE,
          date=YESTERDAY),
        # ¶8: the army commander receives the clans' notables at Yarzeh; their offer to hand over the gunmen
        # optional
        E(True, ["CONSULT"], [8], "واستقبل", ["asserted"], source=LAF_COMMANDER, recipient=TRIBES_DELEGATION,
          location=YARZEH, date=TODAY, attribution=["أحد أعضاء الوفد"]),
        E(False, ["AGREE"], [8], "أبدى", ["asserted"], source=TRIBES_DELEGATION, recipient=LAF_COMMANDER,
          location=YARZEH, date=TODAY),
        # ¶9 (the town, a verbless sentence) holds no event. ¶10: no wanted man handed over (negated, told by
        # a verb of failure)
        E(True, ["COOPERATE", "CONCEDE", "RETREAT"], [10], "بتسليم", ["negated"], source=KHALDEH_CLANS,
          date=TODAY, attribution=["مصدر قضائي"]),
        # ¶11: relatives of the dead block the roundabout with their cars
        E(True, ["PROTEST"], [11], "وقطع", ["asserted"], mode="obstruct", source=PROTESTERS_683,
          location=KHALDEH_ROUNDABOUT, date=TODAY, acled=PEACEFUL),
        # ¶12: gunmen said to have reached Choueifat (rumoured; a verbal noun carries it; a silence closes it)
        E(True, ["MOBILIZE"], [12], "وصول", ["rumored", "reported"], mode="troops", source=OUTSIDE_GUNMEN,
          location=CHOUEIFAT, date=None, attribution=["مجموعات على تطبيقات المراسلة"]),
        # ¶13: the UN special coordinator's office calls for restraint
        E(True, ["REQUEST"], [13], "ودعا", ["asserted"], source=UNSCOL, recipient=ALL_PARTIES_683,
          date=TODAY_OR_EVE),
        # ¶14: a wide meeting «يوم الخميس المقبل» in Choueifat (planned; a purpose clause)
        E(True, ["CONSULT"], [14], "لقاء", ["planned"], source=MEETING_683, recipient=MEETING_683,
          location=CHOUEIFAT, date=D("2021-08-05")),
        # ¶15: the prime minister-designate's praise (subject, parenthesis, verb; a silence closes it)
        E(True, ["SUPPORT"], [15], "أثنى", ["asserted"], source=PM_DESIGNATE, recipient=LAF,
          date=TODAY_OR_EVE),
        # ¶16 (the melon stalls) holds no event. ¶17 (the shortest): the highway reopened
        E(True, ["RETREAT", "CONCEDE"], [17], "وأعاد", ["asserted"], mode="access", source=LAF,
          location=KHALDEH, date=TODAY),
    ],
)
