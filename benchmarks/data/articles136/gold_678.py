"""Gold of article 678: the Lebanese army's final storming of the Nahr al-Bared camp after a hundred and five
days of battle with Fatah al-Islam, the shelling of the last pocket, the flight to Beddawi, a failed
mediation, an aid convoy shot at, funerals and a national day of mourning (north Lebanon), a Sidon-based
Palestinian refugees' rights organisation's news website, 2007-09-03 (Mon)."""
from actors_places import (
    ABDEH,
    AIN_ALAQ,
    AIN_ALAQ_BUSES,
    ARMY_POSTS,
    BATTLE_678,
    BEDDAWI,
    CAMP_EDGE,
    CAMP_RESIDENTS,
    DONORS_678,
    FI_BARE,
    FI_DETAINED,
    FI_ENVOYS,
    FI_GUNMEN,
    FI_LEADER,
    LAF,
    LAF_ARTILLERY,
    LAF_BARE,
    LAF_INTEL,
    LAST_CIVILIANS,
    LB_AUTHORITIES,
    LB_GOV,
    LB_PM,
    MEDIATORS_678,
    NAHR_AL_BARED,
    NEW_CAMP,
    OLD_CAMP,
    PAL_FACTIONS,
    RELEASED_678,
    RETURNEES_678,
    SOLDIERS_678,
    SUSPECTS_678,
    UNRWA_CONVOY,
)
from common import ARREST, ATTACK, CLASH, MINE, SHELL, D, E, paras_of

SLUG = "nahr_al_bared_2007_beddawi_abdeh_ain_alaq"
TODAY = D("2007-09-03")
YESTERDAY = D("2007-09-02")
LATELY = D("2007-09-03", "day", ("2007-09-02", "2007-09-03"))
LAST_WEEK = D("2007-08-30", "week", ("2007-08-27", "2007-09-02"))
ARTICLE = dict(
    id="team136-678", slug=SLUG, published="2007-09-03",
    outlet=("Bawwabat al-Laji, a Sidon-based Palestinian refugees' rights organisation's news website "
            "(fictional)"),
    paras=paras_of(f"678_{SLUG}.txt"),
    events=[
        # the main event, told first in the lead (no dateline, «نهر البارد» in the first sentence) and in
        # the headline: the army's last assault on the camp's southern pocket as the remaining Fatah
        # al-Islam fighters tried to break out, thirty-eight killed per the army command; ¶4, a commando's
        # account («ويتذكر»)
        E(True, ["ASSAULT"], [0, 1, 4], "هجوم", ["asserted"], mode="firearms", source=BATTLE_678,
          location=NAHR_AL_BARED, date=YESTERDAY, fatalities=38, attribution=["قيادة الجيش"], acled=CLASH,
          tpara=1),
        # ¶1: fifteen fighters detained in the same assault are optional (COERCE, coded with the battle)
        E(False, ["COERCE"], [1], "توقيف", ["asserted"], mode="arrest", source=LAF, recipient=FI_DETAINED,
          location=NAHR_AL_BARED, date=YESTERDAY),
        # background, at another place: the group's attack on army posts at the camp's entrances and in
        # al-Abdeh on 20 May, twenty-seven soldiers killed (core, historical, Armed clash)
        E(True, ["ASSAULT"], [2], "هاجم", ["historical", "asserted"], mode="firearms", source=FI_GUNMEN,
          recipient=ARMY_POSTS, location=ABDEH, date=D("2007-05-20"), fatalities=27, acled=CLASH),
        # ¶3: the last women and children taken out on the Friday before last (core RETREAT); the flight of
        # most residents to Beddawi in the first days is optional (historical)
        E(True, ["RETREAT"], [3], "خرجت", ["asserted"], mode="withdraw", source=LAST_CIVILIANS,
          location=NAHR_AL_BARED, date=D("2007-08-24")),
        E(False, ["RETREAT"], [3], "ونزح", ["historical", "asserted"], mode="withdraw",
          source=CAMP_RESIDENTS,
          location=BEDDAWI, date=D("2007-05-23", "week", ("2007-05-20", "2007-05-31"))),
        # paragraph 5 (the camp: a description) holds no event; ¶6: a week of artillery and helicopter fire
        # on the last pocket (core ASSAULT, Shelling)
        E(True, ["ASSAULT"], [6], "دكّت", ["asserted"], mode="heavy-weapons", source=LAF_ARTILLERY,
          location=OLD_CAMP, date=LAST_WEEK, acled=SHELL),
        # ¶7: the group's faxed statement, «ما إن … حتى» (core THREATEN)
        E(True, ["THREATEN"], [7], "توعدت", ["asserted"], mode="violence", source=FI_BARE,
          recipient=SOLDIERS_678, date=D("2007-08-27", "week", ("2007-08-27", "2007-08-29"))),
        # ¶8: the last mediation by Palestinian clerics and faction delegates (core CONSULT); the deal it
        # did not bring is optional (AGREE, negated)
        E(True, ["CONSULT"], [8], "الوساطة", ["asserted"], mode="third-party", source=MEDIATORS_678,
          recipient=FI_ENVOYS, location=CAMP_EDGE, date=LAST_WEEK),
        E(False, ["AGREE"], [8], "اتفاق", ["negated"], source=MEDIATORS_678, date=None),
        # ¶9: an UNRWA convoy shot at on 23 May, two drivers wounded (core, historical, Attack)
        E(True, ["ASSAULT"], [9], "لإطلاق نار", ["historical", "asserted"], mode="firearms",
          recipient=UNRWA_CONVOY, location=NAHR_AL_BARED, date=D("2007-05-23"), acled=ATTACK),
        # ¶10: the bombing of two buses in Ain Alaq on 13 February, three killed (core, historical, Remote
        # explosive), told through the authorities' charge, which is optional (ACCUSE)
        E(True, ["ASSAULT"], [10], "بتفجير", ["historical", "asserted"], mode="explosives",
          recipient=AIN_ALAQ_BUSES, location=AIN_ALAQ, date=D("2007-02-13"), fatalities=3, acled=MINE),
        E(False, ["ACCUSE"], [10], "وتتهم", ["asserted"], source=LB_AUTHORITIES, recipient=FI_BARE,
          date=LATELY),
        # ¶11: money and arms said to have reached the group by sea (core AID, rumored)
        E(True, ["AID"], [11], "تصل", ["rumored"], mode="military", recipient=FI_BARE, date=None,
          attribution=["أوساط أمنية في طرابلس"]),
        # paragraph 12 (a refugee's words) holds no event; ¶13: the prime minister's praise of the army
        # (core SUPPORT); the funerals and the day of mourning are no event
        E(True, ["SUPPORT"], [13], "وأشاد", ["asserted"], source=LB_PM, recipient=LAF_BARE, date=YESTERDAY),
        # ¶14: the Palestinian factions' demand to rebuild the camp (core REQUEST); their call on the donors
        # is optional
        E(True, ["REQUEST"], [14], "وطالبت", ["asserted"], source=PAL_FACTIONS, recipient=LB_GOV,
          date=LATELY),
        E(False, ["REQUEST"], [14], "ودعت", ["asserted"], source=PAL_FACTIONS, recipient=DONORS_678,
          date=LATELY),
        # ¶15: the group's leader not captured (core COERCE, negated)
        E(True, ["COERCE"], [15], "يُعتقل", ["negated"], mode="arrest", recipient=FI_LEADER, date=None),
        # ¶16: the dawn raid in Beddawi, six Palestinians arrested (core COERCE, Arrests); two of them
        # released is optional (RETREAT)
        E(True, ["COERCE"], [16], "واعتقلت", ["asserted"], mode="arrest", source=LAF_INTEL,
          recipient=SUSPECTS_678, location=BEDDAWI, date=TODAY, attribution=["مصدر أمني"], acled=ARREST),
        E(False, ["RETREAT"], [16], "أُطلقا", ["reported"], mode="release", source=LAF_INTEL,
          recipient=RELEASED_678, location=BEDDAWI, date=TODAY),
        # ¶17: the first families due back «الأسبوع المقبل» (core RETREAT, planned)
        E(True, ["RETREAT"], [17], "عودة", ["planned"], mode="return", source=RETURNEES_678,
          location=NEW_CAMP, date=D("2007-09-10", "week", ("2007-09-10", "2007-09-16"))),
    ],
)
